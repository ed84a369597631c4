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
EMERGENCY_LEVELS = ("emergency_ambulance", "emergency")

Findings = Mapping[str, Any]


class SpecError(ValueError):
    """The rules file is malformed: an unknown id, level or condition."""


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
    when: Condition
    text: str


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


@dataclass(frozen=True)
class Reason:
    rule: str
    level: str
    findings: Tuple[str, ...]

    def as_dict(self) -> Dict[str, Any]:
        return {"rule": self.rule, "level": self.level, "findings": list(self.findings)}


@dataclass(frozen=True)
class TriageResult:
    level: str
    advice: str
    reasons: Tuple[Reason, ...]
    possible_causes: Tuple[str, ...]
    findings: Mapping[str, Any]
    disclaimer: str
    spec_version: str
    self_care_advice: Tuple[str, ...] = ()
    notes: Tuple[str, ...] = ()
    safety_net: str = ""

    @property
    def is_emergency(self) -> bool:
        return self.level in EMERGENCY_LEVELS

    def as_payload(self) -> Dict[str, Any]:
        """The contract's ``triage`` payload (shared/contract.md section 3)."""
        return {
            "level": self.level,
            "advice": self.advice,
            "reasons": [r.as_dict() for r in self.reasons],
            "possible_causes": list(self.possible_causes),
            "findings": dict(self.findings),
            "self_care_advice": list(self.self_care_advice),
            "notes": list(self.notes),
            "safety_net": self.safety_net,
            "disclaimer": self.disclaimer,
            "spec_version": self.spec_version,
        }


# --------------------------------------------------------------------------
# Conditions


def _state(findings: Findings, finding_id: str) -> Any:
    return findings.get(finding_id)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class _ConditionCompiler:
    def __init__(self, findings: Mapping[str, Finding], where: str,
                 thresholds: Optional[Dict[str, set]] = None):
        self.findings = findings
        self.where = where
        self.thresholds = thresholds if thresholds is not None else {}

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

    def _op_one_of(self, arg: Any) -> Condition:
        fid, values = self._single(arg, "one_of")
        finding = self._finding(fid, ["choice"])
        unknown = [v for v in values if v not in finding.choices]
        if unknown:
            raise SpecError(f"{self.where}: {fid} has no choice {unknown}")
        allowed = frozenset(values)
        return Condition(lambda f: (_state(f, fid) in allowed, (fid,)), (fid,), ())

    def _op_any_class(self, fid: str) -> Condition:
        finding = self._finding(fid, ["classes"])
        known = frozenset(finding.choices)

        def test(f: Findings) -> Tuple[bool, Tuple[str, ...]]:
            value = _state(f, fid)
            return (isinstance(value, (list, tuple)) and any(v in known for v in value), (fid,))

        return Condition(test, (fid,), ())

    def _op_any_unknown(self, group: str) -> Condition:
        if group not in FINDING_GROUPS:
            raise SpecError(f"{self.where}: unknown finding group {group!r}")
        ids = tuple(fid for fid, fd in self.findings.items() if fd.group == group)

        def test(f: Findings) -> Tuple[bool, Tuple[str, ...]]:
            hits = tuple(fid for fid in ids if _state(f, fid) == UNKNOWN)
            return (bool(hits), hits)

        return Condition(test, ids, ())

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
        self.disclaimer = " ".join(str(raw["disclaimer"]).split())
        self.safety_net = " ".join(str(raw.get("safety_net", "")).split())

        self.levels: Tuple[str, ...] = tuple(lv["id"] for lv in raw["levels"])
        twice = sorted({lv for lv in self.levels if self.levels.count(lv) > 1})
        if twice:
            raise SpecError(f"{self.origin}: level(s) listed twice: {', '.join(twice)}")
        self.level_advice = {lv["id"]: " ".join(lv["advice"].split()) for lv in raw["levels"]}
        self._rank = {level: i for i, level in enumerate(self.levels)}  # 0 = most urgent
        self.lowest_level = self.levels[-1]

        self.findings: Dict[str, Finding] = {}
        for fid, fd in raw["findings"].items():
            kind, group = fd["kind"], fd["group"]
            if kind not in FINDING_KINDS:
                raise SpecError(f"{self.origin}: finding {fid!r} has unknown kind {kind!r}")
            if group not in FINDING_GROUPS:
                raise SpecError(f"{self.origin}: finding {fid!r} has unknown group {group!r}")
            choices = dict(fd.get("choices") or {})
            if kind in ("choice", "classes") and not choices:
                raise SpecError(f"{self.origin}: {kind} finding {fid!r} needs choices")
            self.findings[fid] = Finding(
                fid, kind, group, str(fd["label"]), choices, fd.get("minimum"), fd.get("maximum")
            )

        self.rules: List[Rule] = []
        # Bounds the rules compare numbers with (the interview probes them).
        self.thresholds: Dict[str, set] = {}
        for rule in raw["rules"]:
            where = f"{self.origin}: rule {rule.get('id')!r}"
            if rule["level"] not in self._rank:
                raise SpecError(f"{where}: unknown level {rule['level']!r}")
            cond = _ConditionCompiler(self.findings, where, self.thresholds).compile(rule["when"])
            self.rules.append(Rule(rule["id"], rule["level"], cond, str(rule.get("source", ""))))
        ids = [r.id for r in self.rules]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise SpecError(f"{self.origin}: rule id(s) used twice: {', '.join(twice)}")
        if self.lowest_level in {r.level for r in self.rules}:
            raise SpecError(f"{self.origin}: {self.lowest_level} is the level when no rule fires")

        self.causes = [
            Cause(c["id"], str(c["label"]),
                  _ConditionCompiler(self.findings, f"{self.origin}: cause {c['id']!r}").compile(c["when"]))
            for c in raw["causes"]
        ]
        self.self_care_advice = [
            Advice(_ConditionCompiler(self.findings, f"{self.origin}: self_care_advice").compile(a["when"]),
                   " ".join(a["advice"].split()))
            for a in raw.get("self_care_advice", [])
        ]
        self.result_notes = [
            Advice(_ConditionCompiler(self.findings, f"{self.origin}: result_notes").compile(a["when"]),
                   " ".join(a["note"].split()))
            for a in raw.get("result_notes", [])
        ]

        self.questions: List[Question] = []
        seen: set = set()
        for q in raw["questions"]:
            qid, qtype = q["id"], q["type"]
            if qtype not in QUESTION_TYPES:
                raise SpecError(f"{self.origin}: question {qid!r} has unknown type {qtype!r}")
            for fid in q["findings"]:
                if fid not in self.findings:
                    raise SpecError(f"{self.origin}: question {qid!r}: unknown finding id {fid!r}")
                if fid in seen:
                    raise SpecError(f"{self.origin}: finding {fid!r} is asked by two questions")
                seen.add(fid)
            if qtype in ("yes_no", "multiple") and any(
                self.findings[f].kind != "yes_no" for f in q["findings"]
            ):
                raise SpecError(f"{self.origin}: question {qid!r} mixes in non yes/no findings")
            duration_choices = {
                cid: (str(c["label"]), float(c["days"])) for cid, c in (q.get("choices") or {}).items()
            }
            self.questions.append(
                Question(qid, qtype, tuple(q["findings"]), " ".join(q["text"].split()),
                         " ".join(q["simple"].split()), " ".join(q["why"].split()), duration_choices)
            )
        unasked = set(self.findings) - seen
        if unasked:
            raise SpecError(f"{self.origin}: findings no question asks: {sorted(unasked)}")
        self.questions_by_id = {q.id: q for q in self.questions}
        self.question_of_finding = {fid: q for q in self.questions for fid in q.findings}

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
        """Findings whose presence switches a rule off (read as ``not_present``)."""
        out: List[str] = []
        for rule in self.rules:
            out.extend(f for f in rule.when.negated_ids if f not in out)
        return out

    def fired_rules(self, findings: Findings) -> List[Reason]:
        reasons = []
        for rule in self.rules:
            holds, used = rule.when(findings)
            if holds:
                reasons.append(Reason(rule.id, rule.level, used))
        reasons.sort(key=lambda r: self._rank[r.level])  # stable: spec order within a level
        return reasons

    def level_of(self, findings: Findings) -> str:
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
        causes = tuple(c.id for c in self.causes if c.when(findings)[0])
        advice = tuple(a.text for a in self.self_care_advice if a.when(findings)[0]) \
            if level == self.lowest_level else ()
        notes = tuple(n.text for n in self.result_notes if n.when(findings)[0])
        return TriageResult(
            level=level,
            advice=self.level_advice[level],
            reasons=reasons,
            possible_causes=causes,
            findings=findings,
            disclaimer=self.disclaimer,
            spec_version=self.version,
            self_care_advice=advice,
            notes=notes,
            safety_net=self.safety_net,
        )

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
