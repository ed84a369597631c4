"""The triage engine: the clinical rules of triage_spec.yml, applied to findings.

Pure Python on purpose (no Rasa imports): the dialogue and the actions are thin
adapters around this module, and every rule is unit-tested here.

Findings are a plain dict ``{finding_id: value}``. A yes/no finding's value is
``"present"``, ``"absent"`` or ``"unknown"``; a number or duration finding holds
a number (or ``"unknown"``); a choice finding holds a choice id (or
``"unknown"``); a classes finding (medications) holds a list of class ids
(``[]`` for none). A finding that is not in the dict is not yet known.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import yaml

SPEC_PATH = Path(__file__).with_name("triage_spec.yml")

PRESENT, ABSENT, UNKNOWN = "present", "absent", "unknown"
YES_NO_STATES = (PRESENT, ABSENT, UNKNOWN)
FINDING_KINDS = ("yes_no", "number", "duration", "choice", "classes")
FINDING_GROUPS = ("red_flag", "risk_factor", "clinical")
QUESTION_TYPES = ("yes_no", "multiple", "choice", "number", "duration", "free_text")
# Levels remembered per findings state: choosing the next question asks for the
# level of hundreds of what-if states per turn, most of them seen before.
LEVEL_MEMO_SIZE = 8192
EMERGENCY_LEVELS = ("emergency_ambulance", "emergency")

Findings = Mapping[str, Any]


class SpecError(ValueError):
    """The rules file is malformed: an unknown id, level or condition."""


@dataclass(frozen=True)
class Code:
    """A SNOMED CT code of the rules file and the key of its published source."""

    code: str
    source: str
    display: str = ""  # as the source gives it; empty when it gives none


# --------------------------------------------------------------------------
# Spec objects


@dataclass(frozen=True)
class Finding:
    id: str
    kind: str
    group: str
    label: str
    choices: Mapping[str, str] = field(default_factory=dict)
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    unrecognised: Optional[str] = None  # classes: the choice of a medicine not recognised
    button: str = ""  # a short label for a quick-reply button (empty: the label)
    code: Optional[Code] = None  # SNOMED CT (issue 12); None: sent as text only
    choice_codes: Mapping[str, Code] = field(default_factory=dict)  # body sites, qualifiers


@dataclass(frozen=True)
class Condition:
    """A compiled condition: ``test(findings)`` gives (holds, findings that made it hold)."""

    test: Callable[[Findings], Tuple[bool, Tuple[str, ...]]]
    finding_ids: Tuple[str, ...]  # every finding the condition reads
    negated_ids: Tuple[str, ...]  # findings read as "not present" (protective)

    def __call__(self, findings: Findings) -> Tuple[bool, Tuple[str, ...]]:
        return self.test(findings)


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    when: Condition
    source: str


@dataclass(frozen=True)
class Cause:
    id: str
    label: str
    when: Condition


@dataclass(frozen=True)
class Advice:
    """A piece of self-care advice or a result note: its id and when it applies."""

    id: str
    when: Condition
    text: str


@dataclass(frozen=True)
class SafetyNetTier:
    """Signs that, if they appear, call for this level of care (spec section 3)."""

    level: str
    intro: str
    signs: Tuple[Tuple[str, str], ...]  # (finding id, phrase)


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    findings: Tuple[str, ...]
    text: str
    simple: str
    why: str
    # For a duration question: choice id -> (label, days).
    duration_choices: Mapping[str, Tuple[str, float]] = field(default_factory=dict)
    # For a multiple question: asking again about the items not yet answered,
    # and asking about one item alone ("{label}").
    others: str = ""
    item: str = ""
    level_only: bool = False  # asked only where it could change the level, never for advice alone


@dataclass(frozen=True)
class Reason:
    rule: str
    level: str
    findings: Tuple[str, ...]

    def as_dict(self) -> Dict[str, Any]:
        return {"rule": self.rule, "level": self.level, "findings": list(self.findings)}


@dataclass(frozen=True)
class TriageResult:
    """The triage as ids and states; bot/replies.py turns it into words."""

    level: str
    reasons: Tuple[Reason, ...]
    possible_causes: Tuple[str, ...]
    findings: Mapping[str, Any]
    spec_version: str
    self_care_advice: Tuple[str, ...] = ()  # advice ids (self_care level only)
    notes: Tuple[str, ...] = ()  # note ids, at any level
    # The safety net for this person: (level, sign finding ids), most urgent first.
    safety_net: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()

    @property
    def is_emergency(self) -> bool:
        return self.level in EMERGENCY_LEVELS


# --------------------------------------------------------------------------
# Conditions


def _state(findings: Findings, finding_id: str) -> Any:
    return findings.get(finding_id)


def _findings_key(findings: Findings) -> Optional[frozenset]:
    """A hashable, order-free form of a findings state (None: not memoisable).

    Lists (medication classes) become tuples; booleans are tagged, because
    True == 1 would otherwise share a key with the number 1 (not a number here)."""
    odd = {fid: (tuple(v) if type(v) is list else ("bool", v))
           for fid, v in findings.items() if type(v) is list or type(v) is bool}
    try:
        return frozenset({**findings, **odd}.items() if odd else findings.items())
    except TypeError:  # another unhashable value: computed, not remembered
        return None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class _ConditionCompiler:
    """Turns a condition of the rules file into a Condition, one ``_op_*`` per operator."""

    def __init__(self, spec: "TriageSpec", where: str, allow_not: bool = False, allow_rule: bool = False,
                 thresholds: Optional[Dict[str, set]] = None):
        self.spec = spec
        self.findings = spec.findings
        self.where = where
        # Bounds that rules compare numbers with (the interview probes them).
        self.thresholds = thresholds if thresholds is not None else {}
        # A rule never fires on the absence of something: `not` is for advice and notes.
        self.allow_not = allow_not
        # `rule: ID` (a rule fired) is for causes: a rule reading another rule hides its findings.
        self.allow_rule = allow_rule

    def _finding(self, finding_id: Any, kinds: Sequence[str]) -> Finding:
        if finding_id not in self.findings:
            raise SpecError(f"{self.where}: unknown finding id {finding_id!r}")
        finding = self.findings[finding_id]
        if finding.kind not in kinds:
            raise SpecError(
                f"{self.where}: finding {finding_id!r} is a {finding.kind} finding, "
                f"expected one of {', '.join(kinds)}"
            )
        return finding

    def compile(self, spec: Any) -> Condition:
        if not isinstance(spec, dict) or len(spec) != 1:
            raise SpecError(f"{self.where}: a condition is a mapping with one key, got {spec!r}")
        (op, arg), = spec.items()
        handler = getattr(self, f"_op_{op}", None)
        if handler is None:
            raise SpecError(f"{self.where}: unknown condition {op!r}")
        return handler(arg)

    def _op_present(self, fid: str) -> Condition:
        self._finding(fid, ["yes_no"])
        return Condition(lambda f: (_state(f, fid) == PRESENT, (fid,)), (fid,), ())

    def _op_not_present(self, fid: str) -> Condition:
        self._finding(fid, ["yes_no"])
        return Condition(lambda f: (_state(f, fid) != PRESENT, ()), (fid,), (fid,))

    def _single(self, arg: Any, op: str) -> Tuple[str, Any]:
        if not isinstance(arg, dict) or len(arg) != 1:
            raise SpecError(f"{self.where}: {op} takes one finding, got {arg!r}")
        return next(iter(arg.items()))

    def _op_at_least(self, arg: Any) -> Condition:
        fid, bound = self._single(arg, "at_least")
        self._finding(fid, ["number", "duration"])
        if not _is_number(bound):
            raise SpecError(f"{self.where}: at_least needs a number, got {bound!r}")
        self.thresholds.setdefault(fid, set()).add(float(bound))

        def test(f: Findings) -> Tuple[bool, Tuple[str, ...]]:
            value = _state(f, fid)
            return (_is_number(value) and value >= bound, (fid,))

        return Condition(test, (fid,), ())

    def _choices(self, arg: Any, op: str) -> Tuple[str, frozenset]:
        """A choice finding and some of its choices, as one_of and not_one_of take them."""
        fid, values = self._single(arg, op)
        finding = self._finding(fid, ["choice"])
        unknown = [v for v in values if v not in finding.choices]
        if unknown:
            raise SpecError(f"{self.where}: {fid} has no choice {unknown}")
        return fid, frozenset(values)

    def _op_one_of(self, arg: Any) -> Condition:
        fid, allowed = self._choices(arg, "one_of")
        return Condition(lambda f: (_state(f, fid) in allowed, (fid,)), (fid,), ())

    def _op_not_one_of(self, arg: Any) -> Condition:
        fid, excluded = self._choices(arg, "not_one_of")
        return Condition(lambda f: (_state(f, fid) not in excluded, ()), (fid,), (fid,))

    def _op_has_class(self, arg: Any) -> Condition:
        fid, values = self._single(arg, "has_class")
        finding = self._finding(fid, ["classes"])
        unknown = [v for v in values if v not in finding.choices] if isinstance(values, list) else [values]
        if unknown or not values:
            raise SpecError(f"{self.where}: {fid} has no class {unknown}")
        wanted = frozenset(values)

        def test(f: Findings) -> Tuple[bool, Tuple[str, ...]]:
            value = _state(f, fid)
            return (isinstance(value, (list, tuple)) and any(v in wanted for v in value), (fid,))

        return Condition(test, (fid,), ())

    def _op_any_unknown(self, arg: Any) -> Condition:
        if not isinstance(arg, dict) or set(arg) != {"group", "signs"}:
            raise SpecError(f"{self.where}: any_unknown takes {{group: ..., signs: emergency | other}}")
        group, signs = arg["group"], arg["signs"]
        if group not in FINDING_GROUPS:
            raise SpecError(f"{self.where}: unknown finding group {group!r}")
        if signs not in ("emergency", "other"):
            raise SpecError(f"{self.where}: any_unknown signs is emergency or other, got {signs!r}")
        ids = tuple(fid for fid, fd in self.findings.items() if fd.group == group and fd.kind == "yes_no")
        spec = self.spec
        want_emergency = signs == "emergency"

        def test(f: Findings) -> Tuple[bool, Tuple[str, ...]]:
            # Which findings are emergency signs is known once every rule is
            # loaded (spec.emergency_signs); the test runs only after that.
            emergency = spec.emergency_sign_set
            hits = tuple(fid for fid in ids
                         if _state(f, fid) == UNKNOWN and (fid in emergency) == want_emergency)
            return (bool(hits), hits)

        return Condition(test, ids, ())

    def _op_rule(self, rule_id: Any) -> Condition:
        if not self.allow_rule:
            raise SpecError(f"{self.where}: `rule` is only for causes")
        rule = next((r for r in self.spec.rules if r.id == rule_id), None)
        if rule is None:
            raise SpecError(f"{self.where}: unknown rule {rule_id!r}")
        return Condition(rule.when.test, rule.when.finding_ids, rule.when.negated_ids)

    def _op_not(self, arg: Any) -> Condition:
        if not self.allow_not:
            raise SpecError(f"{self.where}: `not` is only for advice and notes, never in a rule")
        inner = self.compile(arg)
        return Condition(lambda f: (not inner(f)[0], ()), inner.finding_ids, inner.finding_ids)

    def _parts(self, arg: Any, op: str) -> List[Condition]:
        if not isinstance(arg, list) or not arg:
            raise SpecError(f"{self.where}: {op} takes a non-empty list of conditions")
        return [self.compile(part) for part in arg]

    def _op_any(self, arg: Any) -> Condition:
        parts = self._parts(arg, "any")

        def test(f: Findings) -> Tuple[bool, Tuple[str, ...]]:
            hits: List[str] = []
            holds = False
            for part in parts:
                ok, used = part(f)
                if ok:
                    holds = True
                    hits.extend(u for u in used if u not in hits)
            return holds, tuple(hits)

        return _combine(test, parts)

    def _op_all(self, arg: Any) -> Condition:
        parts = self._parts(arg, "all")

        def test(f: Findings) -> Tuple[bool, Tuple[str, ...]]:
            hits: List[str] = []
            for part in parts:
                ok, used = part(f)
                if not ok:
                    return False, ()
                hits.extend(u for u in used if u not in hits)
            return True, tuple(hits)

        return _combine(test, parts)


def _text(value: Any) -> str:
    """Folded YAML text on one line."""
    return " ".join(str(value).split())


def _no_duplicates(origin: str, what: str, ids: Sequence[str]) -> None:
    twice = sorted({i for i in ids if list(ids).count(i) > 1})
    if twice:
        raise SpecError(f"{origin}: {what}(s) listed twice: {', '.join(twice)}")


def _verhoeff_ok(digits: str) -> bool:
    """The check digit every SNOMED CT identifier ends with (Verhoeff's dihedral scheme)."""
    d = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
         [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
         [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
         [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    p = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]]
    for _ in range(6):
        p.append([p[1][x] for x in p[-1]])
    check = 0
    for i, ch in enumerate(reversed(digits)):
        check = d[check][p[i % 8][int(ch)]]
    return check == 0


SCTID = re.compile(r"^[1-9][0-9]{5,17}$")


def _combine(test: Callable, parts: Sequence[Condition]) -> Condition:
    ids: List[str] = []
    negated: List[str] = []
    for part in parts:
        ids.extend(i for i in part.finding_ids if i not in ids)
        negated.extend(i for i in part.negated_ids if i not in negated)
    return Condition(test, tuple(ids), tuple(negated))


# --------------------------------------------------------------------------
# The spec


class TriageSpec:
    """The loaded, validated rules file, and the triage computed from it."""

    def __init__(self, raw: Mapping[str, Any], origin: str = "spec"):
        self.origin = origin
        self._level_memo: "OrderedDict[frozenset, str]" = OrderedDict()
        try:
            self._load(raw)
        except SpecError:
            raise
        except (KeyError, TypeError, AttributeError, ValueError) as exc:
            raise SpecError(f"{origin}: malformed rules file ({exc!r})") from exc

    # -- loading ------------------------------------------------------------

    def _load(self, raw: Mapping[str, Any]) -> None:
        if not isinstance(raw, Mapping):
            raise SpecError(f"{self.origin}: the rules file must be a mapping")
        self.version = str(raw["spec_version"])
        self.disclaimer = _text(raw["disclaimer"])
        self.findings: Dict[str, Finding] = {}
        self.rules: List[Rule] = []
        self.code_sources = {str(k): _text(v) for k, v in (raw.get("code_sources") or {}).items()}
        self.qualifier_codes = {state: self._code(c, f"qualifier {state!r}")
                                for state, c in (raw.get("qualifier_codes") or {}).items()}
        self._load_levels(raw["levels"])
        self._load_findings(raw["findings"])
        self._load_rules(raw["rules"])
        self.causes = [
            Cause(c["id"], str(c["label"]), self._compile(c["when"], f"cause {c['id']!r}", allow_rule=True))
            for c in raw["causes"]
        ]
        self.self_care_advice = self._load_advice(raw.get("self_care_advice", []), "advice")
        self.result_notes = self._load_advice(raw.get("result_notes", []), "note")
        self._load_safety_net(raw["safety_net"])
        self._load_questions(raw["questions"])

    def _compile(self, when: Any, where: str, **kwargs: Any) -> Condition:
        return _ConditionCompiler(self, f"{self.origin}: {where}", **kwargs).compile(when)

    def _load_levels(self, levels: Sequence[Mapping[str, Any]]) -> None:
        self.levels: Tuple[str, ...] = tuple(lv["id"] for lv in levels)
        _no_duplicates(self.origin, "level", self.levels)
        self.level_advice = {lv["id"]: _text(lv["advice"]) for lv in levels}
        self._rank = {level: i for i, level in enumerate(self.levels)}  # 0 = most urgent
        self.lowest_level = self.levels[-1]

    def _load_findings(self, raw: Mapping[str, Any]) -> None:
        for fid, fd in raw.items():
            kind, group = fd["kind"], fd["group"]
            if kind not in FINDING_KINDS:
                raise SpecError(f"{self.origin}: finding {fid!r} has unknown kind {kind!r}")
            if group not in FINDING_GROUPS:
                raise SpecError(f"{self.origin}: finding {fid!r} has unknown group {group!r}")
            choices = dict(fd.get("choices") or {})
            if kind in ("choice", "classes") and not choices:
                raise SpecError(f"{self.origin}: {kind} finding {fid!r} needs choices")
            unrecognised = fd.get("unrecognised")
            if unrecognised is not None and (kind != "classes" or unrecognised not in choices):
                raise SpecError(f"{self.origin}: finding {fid!r}: unrecognised must be one of its classes")
            code = self._code(fd["code"], f"finding {fid!r}") if fd.get("code") else None
            self.findings[fid] = Finding(fid, kind, group, str(fd["label"]), choices, fd.get("minimum"),
                                         fd.get("maximum"), unrecognised, str(fd.get("button") or fd["label"]),
                                         code, self._choice_codes(fid, fd.get("choice_codes") or {}, choices))

    def _code(self, raw: Any, where: str) -> Code:
        """A SNOMED CT code: well formed, with a valid check digit and a listed source."""
        if not isinstance(raw, Mapping) or not set(raw) <= {"code", "display", "source"}:
            raise SpecError(f"{self.origin}: {where}: a code is {{code, source, display}}, got {raw!r}")
        code, source = str(raw.get("code", "")), str(raw.get("source", ""))
        if not SCTID.match(code) or not _verhoeff_ok(code):
            raise SpecError(f"{self.origin}: {where}: {code!r} is not a valid SNOMED CT identifier")
        if source not in self.code_sources:
            raise SpecError(f"{self.origin}: {where}: code {code} needs a source listed in code_sources, "
                            f"got {source!r}")
        return Code(code, source, str(raw.get("display") or ""))

    def _choice_codes(self, fid: str, raw: Mapping[str, Any], choices: Mapping[str, str]) -> Dict[str, Code]:
        unknown = [c for c in raw if c not in choices]
        if unknown:
            raise SpecError(f"{self.origin}: finding {fid!r}: choice_codes for unknown choice(s) {unknown}")
        return {cid: self._code(c, f"finding {fid!r} choice {cid!r}") for cid, c in raw.items()}

    def _load_rules(self, raw: Sequence[Mapping[str, Any]]) -> None:
        self.thresholds: Dict[str, set] = {}
        self.emergency_sign_set: frozenset = frozenset()
        for rule in raw:
            where = f"rule {rule.get('id')!r}"
            if rule["level"] not in self._rank:
                raise SpecError(f"{self.origin}: {where}: unknown level {rule['level']!r}")
            cond = self._compile(rule["when"], where, thresholds=self.thresholds)
            self.rules.append(Rule(rule["id"], rule["level"], cond, str(rule.get("source", ""))))
        _no_duplicates(self.origin, "rule id", [r.id for r in self.rules])
        if self.lowest_level in {r.level for r in self.rules}:
            raise SpecError(f"{self.origin}: {self.lowest_level} is the level when no rule fires")
        # A yes/no finding is an emergency sign when its presence alone leads
        # to an emergency level (spec: `unknown_emergency_sign`).
        self.emergency_sign_set = frozenset(
            fid for fid, f in self.findings.items()
            if f.kind == "yes_no" and self.level_of({fid: PRESENT}) in EMERGENCY_LEVELS
        )

    def _load_advice(self, raw: Sequence[Mapping[str, Any]], key: str) -> List[Advice]:
        items = [
            Advice(str(a["id"]), self._compile(a["when"], f"{key} {a.get('id')!r}", allow_not=True), _text(a[key]))
            for a in raw
        ]
        _no_duplicates(self.origin, f"{key} id", [a.id for a in items])
        return items

    def _load_safety_net(self, raw: Sequence[Mapping[str, Any]]) -> None:
        """Each sign sits in the tier of the level its presence alone leads to."""
        self.safety_net: List[SafetyNetTier] = []
        for tier in raw:
            level = tier["level"]
            if level not in self._rank:
                raise SpecError(f"{self.origin}: safety net: unknown level {level!r}")
            for fid in tier["signs"]:
                if fid not in self.findings or self.findings[fid].kind != "yes_no":
                    raise SpecError(f"{self.origin}: safety net: {fid!r} is not a yes/no finding")
                alone = self.level_of({fid: PRESENT})
                if alone != level:
                    raise SpecError(f"{self.origin}: safety net lists {fid!r} under {level}, "
                                    f"but the rules give {alone}")
            signs = tuple((fid, _text(phrase)) for fid, phrase in tier["signs"].items())
            self.safety_net.append(SafetyNetTier(level, _text(tier["intro"]), signs))
        # Signs that other findings can make more urgent than their tier: those
        # read, with other findings, by a rule more urgent than the tier.
        self._movable_signs = frozenset(
            fid for tier in self.safety_net for fid, _ in tier.signs
            if any(fid in r.when.finding_ids and len(r.when.finding_ids) > 1 and self.more_urgent(r.level, tier.level)
                   for r in self.rules)
        )
        named = {fid for tier in self.safety_net for fid, _ in tier.signs}
        missing = sorted(self.emergency_sign_set - named)
        if missing:
            raise SpecError(f"{self.origin}: the safety net must name every emergency sign; missing {missing}")

    def _load_questions(self, raw: Sequence[Mapping[str, Any]]) -> None:
        self.questions: List[Question] = []
        seen: set = set()
        for q in raw:
            question = self._load_question(q)
            for fid in question.findings:
                if fid in seen:
                    raise SpecError(f"{self.origin}: finding {fid!r} is asked by two questions")
                seen.add(fid)
            self.questions.append(question)
        unasked = set(self.findings) - seen
        if unasked:
            raise SpecError(f"{self.origin}: findings no question asks: {sorted(unasked)}")
        _no_duplicates(self.origin, "question id", [q.id for q in self.questions])
        self.questions_by_id = {q.id: q for q in self.questions}
        self.question_of_finding = {fid: q for q in self.questions for fid in q.findings}

    def _load_question(self, q: Mapping[str, Any]) -> Question:
        qid, qtype = q["id"], q["type"]
        if qtype not in QUESTION_TYPES:
            raise SpecError(f"{self.origin}: question {qid!r} has unknown type {qtype!r}")
        unknown = [fid for fid in q["findings"] if fid not in self.findings]
        if unknown:
            raise SpecError(f"{self.origin}: question {qid!r}: unknown finding id {unknown[0]!r}")
        if qtype in ("yes_no", "multiple") and any(self.findings[f].kind != "yes_no" for f in q["findings"]):
            raise SpecError(f"{self.origin}: question {qid!r} mixes in non yes/no findings")
        if qtype == "multiple" and not (q.get("others") and q.get("item")):
            raise SpecError(f"{self.origin}: multiple question {qid!r} needs `others` and `item` wording")
        duration_choices = {
            cid: (str(c["label"]), float(c["days"])) for cid, c in (q.get("choices") or {}).items()
        }
        return Question(qid, qtype, tuple(q["findings"]), _text(q["text"]), _text(q["simple"]),
                        _text(q["why"]), duration_choices, _text(q.get("others", "")), _text(q.get("item", "")),
                        bool(q.get("level_only", False)))

    # -- queries -------------------------------------------------------------

    def rank(self, level: str) -> int:
        """0 for the most urgent level; higher numbers are less urgent."""
        return self._rank[level]

    def more_urgent(self, a: str, b: str) -> bool:
        return self._rank[a] < self._rank[b]

    def red_flags(self) -> List[str]:
        return [fid for fid, f in self.findings.items() if f.group == "red_flag"]

    def yes_no_findings(self) -> List[str]:
        return [fid for fid, f in self.findings.items() if f.kind == "yes_no"]

    def protective_findings(self) -> List[str]:
        """Findings a value of which switches a rule off (``not_present``, ``not_one_of``)."""
        out: List[str] = []
        for rule in self.rules:
            out.extend(f for f in rule.when.negated_ids if f not in out)
        return out

    def emergency_signs(self) -> List[str]:
        """Yes/no findings whose presence alone leads to an emergency level, in spec order."""
        return [fid for fid in self.findings if fid in self.emergency_sign_set]

    def fired_rules(self, findings: Findings) -> List[Reason]:
        reasons = []
        for rule in self.rules:
            holds, used = rule.when(findings)
            if holds:
                reasons.append(Reason(rule.id, rule.level, used))
        reasons.sort(key=lambda r: self._rank[r.level])  # stable: spec order within a level
        return reasons

    def level_of(self, findings: Findings) -> str:
        key = _findings_key(findings)
        memo = self._level_memo
        if key is None:  # not memoisable: computed each time
            return self._fired_level(findings)
        level = memo.get(key)
        if level is None:
            level = memo[key] = self._fired_level(findings)
            if len(memo) > LEVEL_MEMO_SIZE:
                memo.popitem(last=False)
        else:
            memo.move_to_end(key)
        return level

    def _fired_level(self, findings: Findings) -> str:
        reasons = self.fired_rules(findings)
        return reasons[0].level if reasons else self.lowest_level

    def unknown_red_flags(self, findings: Findings) -> List[str]:
        """Red-flag findings not yet known (not asked, or not answered)."""
        return [fid for fid in self.red_flags() if fid not in findings]

    def evaluate(self, findings: Findings) -> TriageResult:
        """The triage for these findings: the most urgent level of every rule that fires."""
        findings = self.clean(findings)
        reasons = tuple(self.fired_rules(findings))
        level = reasons[0].level if reasons else self.lowest_level
        advice = self.advice_for(findings) if level == self.lowest_level else ()
        return TriageResult(
            level=level,
            reasons=reasons,
            possible_causes=tuple(c.id for c in self.causes if c.when(findings)[0]),
            findings=findings,
            spec_version=self.version,
            self_care_advice=advice,
            notes=tuple(n.id for n in self.result_notes if n.when(findings)[0]),
            safety_net=self.safety_net_for(findings),
        )

    def safety_net_for(self, findings: Findings) -> Tuple[Tuple[str, Tuple[str, ...]], ...]:
        """Each safety-net sign not yet present, under the level it would lead to for this person.

        A sign sits in the tier of the level its presence alone gives, moved up
        when this person's other findings make it more urgent (a fever when
        pregnant is an emergency), so the safety net agrees with the rules."""
        by_level: Dict[str, List[str]] = {}
        for tier in self.safety_net:
            for fid, _ in tier.signs:
                if findings.get(fid) == PRESENT:
                    continue  # already part of the result: not something to watch for
                by_level.setdefault(self._sign_level(findings, fid, tier.level), []).append(fid)
        return tuple((level, tuple(by_level[level])) for level in self.levels if level in by_level)

    def _sign_level(self, findings: Findings, fid: str, default: str) -> str:
        if fid not in self._movable_signs:
            return default
        without = {r.rule for r in self.fired_rules({**findings, fid: ABSENT})}
        added = [r.level for r in self.fired_rules({**findings, fid: PRESENT}) if r.rule not in without]
        return min(added + [default], key=self.rank)

    def advice_for(self, findings: Findings) -> Tuple[str, ...]:
        """Ids of the self-care advice that these findings call for."""
        return tuple(a.id for a in self.self_care_advice if a.when(findings)[0])

    def is_screen_complete(self, findings: Findings) -> bool:
        """Every red flag has an answer (present, absent or unknown)."""
        return not self.unknown_red_flags(findings)

    def clean(self, findings: Any) -> Dict[str, Any]:
        """Keep only well-formed values of known findings, so bad input never raises."""
        out: Dict[str, Any] = {}
        if not isinstance(findings, Mapping):
            return out
        for fid, value in findings.items():
            finding = self.findings.get(fid) if isinstance(fid, str) else None
            if finding is None:
                continue
            if value == UNKNOWN:
                out[fid] = UNKNOWN
            elif finding.kind == "yes_no" and value in (PRESENT, ABSENT):
                out[fid] = value
            elif finding.kind in ("number", "duration") and _is_number(value) and math.isfinite(value):
                low = finding.minimum if finding.minimum is not None else 0
                high = finding.maximum if finding.maximum is not None else math.inf
                if low <= value <= high:
                    out[fid] = value
            elif finding.kind == "choice" and isinstance(value, str) and value in finding.choices:
                out[fid] = value
            elif finding.kind == "classes" and isinstance(value, (list, tuple)):
                names = [v for v in value if isinstance(v, str) and v in finding.choices]
                out[fid] = list(dict.fromkeys(names))
        return out

    def cause_label(self, cause_id: str) -> str:
        return next(c.label for c in self.causes if c.id == cause_id)

    def advice_text(self, advice_id: str) -> str:
        return next(a.text for a in self.self_care_advice if a.id == advice_id)

    def note_text(self, note_id: str) -> str:
        return next(n.text for n in self.result_notes if n.id == note_id)

    def safety_net_intro(self, level: str) -> str:
        return next((t.intro for t in self.safety_net if t.level == level), self.level_advice[level])

    def safety_net_phrase(self, fid: str) -> str:
        return next(p for t in self.safety_net for f, p in t.signs if f == fid)


def load_spec(path: Path | str = SPEC_PATH) -> TriageSpec:
    """Load and validate a rules file; raises SpecError with a clear message."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    return TriageSpec(raw, origin=path.name)


@lru_cache(maxsize=1)
def default_spec() -> TriageSpec:
    """The project's rules, loaded once per process."""
    return load_spec(SPEC_PATH)
