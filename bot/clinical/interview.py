"""The clinical interview (spec section 4): what to ask next, and what an answer says.

Pure Python, like the engine. The state of one interview is a plain dict so it
can live in a single Rasa slot:

    {"findings": {...}, "dont_know": {question_id: n}, "expanded": [group ids],
     "unclear": {question_id: n}}

Design choices (see README "Clinical interview"):
- The red-flag screen is always asked in full, most dangerous first, unless an
  emergency level is already reached (then the interview stops at once).
- Any other question is asked only while some answer to it could still change
  the level of care or the self-care advice, looking one other unanswered
  question ahead (pairs of findings, such as back history and duration,
  decide some rules together).
- "I don't know" is asked once more in simpler words, then recorded as unknown.
- A "yes" to an "any of these?" question without saying which splits the
  group into single yes/no questions.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass
from itertools import chain
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from bot.clinical.engine import (
    ABSENT,
    EMERGENCY_LEVELS,
    PRESENT,
    UNKNOWN,
    Question,
    TriageSpec,
)

NONE_CHOICE = "none"
AFFIRM, DENY, DONT_KNOW = "affirm", "deny", "dont_know"
ANSWER_ENTITY = "answer"  # button payloads: /inform{"answer": "<choice id>"}
NEGATED = "negated"

State = Dict[str, Any]


def new_state() -> State:
    return {"findings": {}, "dont_know": {}, "expanded": [], "unclear": {}}


def normalise_state(raw: Any) -> State:
    """A well-formed copy of a stored state (slots may hold anything)."""
    state = new_state()
    if isinstance(raw, Mapping):
        for key in state:
            value = raw.get(key)
            if isinstance(value, type(state[key])):
                state[key] = copy.deepcopy(value)
    return state


# --------------------------------------------------------------------------
# Questions as asked


@dataclass(frozen=True)
class Ask:
    """A question as it is put to the person at this point of the interview."""

    id: str
    type: str
    findings: Tuple[str, ...]
    text: str
    why: str
    choices: Tuple[Tuple[str, str], ...]  # (choice id, label)
    simpler: bool = False

    def as_payload(self) -> Dict[str, Any]:
        """The contract's ``question`` payload."""
        return {
            "id": self.id,
            "type": self.type,
            "findings": list(self.findings),
            "choices": [{"id": cid, "label": label} for cid, label in self.choices],
            "text": self.text,
        }


YES_NO_CHOICES = ((PRESENT, "Yes"), (ABSENT, "No"), (UNKNOWN, "I don't know"))
DONT_KNOW_CHOICE = (UNKNOWN, "I don't know")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ask_for(spec: TriageSpec, question: Question, state: State) -> Ask:
    findings = state["findings"]
    pending = tuple(f for f in question.findings if f not in findings)
    if question.type == "multiple" and question.id in state["expanded"]:
        # The person said "yes" without saying which: one finding at a time.
        fid = pending[0]
        simpler = state["dont_know"].get(fid, 0) > 0 or state["unclear"].get(fid, 0) > 0
        text = f"Do you have {spec.findings[fid].label}?"
        return Ask(fid, "yes_no", (fid,), text, question.why, YES_NO_CHOICES, simpler)

    simpler = state["dont_know"].get(question.id, 0) > 0 or state["unclear"].get(question.id, 0) > 0
    text = question.simple if simpler else question.text
    if question.type == "multiple":
        labels = [spec.findings[f].label for f in pending]
        text = text + "\n" + "\n".join(f"- {_capitalise(label)}" for label in labels)
        choices = tuple((f, _capitalise(spec.findings[f].label)) for f in pending) + (
            (NONE_CHOICE, "None of these"),
            DONT_KNOW_CHOICE,
        )
        return Ask(question.id, "multiple", pending, text, question.why, choices, simpler)
    finding = spec.findings[question.findings[0]]
    if question.type == "yes_no":
        choices = YES_NO_CHOICES
    elif question.type == "duration":
        choices = tuple((cid, label) for cid, (label, _) in question.duration_choices.items())
        choices += (DONT_KNOW_CHOICE,)
    elif question.type == "choice":
        choices = tuple(finding.choices.items()) + (DONT_KNOW_CHOICE,)
    elif question.type == "free_text":
        choices = ((NONE_CHOICE, "No medicines"), DONT_KNOW_CHOICE)
    else:  # number
        choices = (DONT_KNOW_CHOICE,)
    return Ask(question.id, question.type, question.findings, text, question.why, choices, simpler)


# --------------------------------------------------------------------------
# What to ask next


def _answer_options(spec: TriageSpec, question: Question, findings: Mapping[str, Any]) -> List[Dict[str, Any]]:
    """Representative answers to a question: enough to see every rule it can switch."""
    pending = [f for f in question.findings if f not in findings]
    if not pending:
        return []
    finding = spec.findings[pending[0]]
    if question.type in ("yes_no", "multiple"):
        options = [{f: ABSENT for f in pending}]
        for f in pending:
            option = {g: ABSENT for g in pending}
            option[f] = PRESENT
            options.append(option)
        return options
    if question.type in ("number", "duration"):
        probes = {0.0}
        for bound in spec.thresholds.get(finding.id, ()):
            probes.update({bound - 1, bound})
        return [{finding.id: v} for v in sorted(p for p in probes if p >= 0)]
    if question.type == "choice":
        return [{finding.id: c} for c in finding.choices]
    # classes (medications): none, or any one recognised class
    return [{finding.id: []}, {finding.id: [next(iter(finding.choices))]}]


def _outcome(spec: TriageSpec, findings: Mapping[str, Any]) -> Tuple[str, Tuple[str, ...]]:
    level = spec.level_of(findings)
    if level != spec.lowest_level:
        return level, ()
    return level, tuple(a.text for a in spec.self_care_advice if a.when(findings)[0])


def could_change(spec: TriageSpec, question: Question, state: State,
                 outcome=TriageSpec.level_of) -> bool:
    """Could some answer to ``question`` change the outcome (by default the
    level of care), alone or together with an answer to one other unanswered
    question? Pairs matter: back history and duration decide a rule together."""
    findings = state["findings"]
    own = _answer_options(spec, question, findings)
    others: List[Dict[str, Any]] = [{}]
    for other in spec.questions:
        if other.id != question.id:
            others.extend(_answer_options(spec, other, findings))
    for context in others:
        base = {**findings, **context}
        baseline = outcome(spec, base)
        for answer in own:
            if outcome(spec, {**base, **answer}) != baseline:
                return True
    return False


def next_question(spec: TriageSpec, state: State) -> Optional[Ask]:
    """The next question to ask, or None when the interview is finished.

    The red-flag screen is always asked (unless an emergency is already
    known). After it, questions that could still change the level of care
    come first, in spec order; then those that could only change the
    self-care advice.
    """
    findings = state["findings"]
    if spec.level_of(findings) in EMERGENCY_LEVELS:
        return None
    pending = [q for q in spec.questions if not all(f in findings for f in q.findings)]
    for question in pending:
        if spec.findings[question.findings[0]].group == "red_flag" or could_change(spec, question, state):
            return _ask_for(spec, question, state)
    for question in pending:
        if could_change(spec, question, state, outcome=_outcome):
            return _ask_for(spec, question, state)
    return None


def is_finished(spec: TriageSpec, state: State) -> bool:
    return next_question(spec, state) is None


# --------------------------------------------------------------------------
# Reading an answer


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "couple": 2, "few": 3, "several": 4,
}
UNIT_DAYS = {"minute": 0, "hour": 0, "day": 1, "night": 1, "week": 7, "fortnight": 14,
             "month": 30, "year": 365}
_UNIT_RE = r"(minute|min|hour|hr|day|night|week|wk|fortnight|month|year|yr)s?"
_QTY_RE = r"(\d+(?:\.\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"


def _unit(word: str) -> float:
    word = {"min": "minute", "hr": "hour", "wk": "week", "yr": "year"}.get(word, word)
    return UNIT_DAYS[word]


def _qty(word: str) -> float:
    return float(word) if word[0].isdigit() else float(NUMBER_WORDS[word])


def parse_duration_days(text: str, today: Optional[dt.date] = None) -> Optional[float]:
    """Days since onset, from free words: "three days", "since Tuesday", "2 wks"."""
    if not text:
        return None
    t = text.lower()
    today = today or dt.date.today()
    if re.search(r"\b(today|this (morning|afternoon|evening)|tonight|an hour|just now|few hours"
                 r"|minutes? ago|hours? ago)\b", t):
        return 0.0
    if re.search(r"\b(yesterday|last night)\b", t):
        return 1.0
    m = re.search(r"\b(?:since|on|last)\s+(" + "|".join(WEEKDAYS) + r")", t)
    if m:
        delta = (today.weekday() - WEEKDAYS.index(m.group(1))) % 7
        return float(delta or 7)
    m = re.search(r"\b(?:since|from)\s+(tues?|wed|thu(?:rs)?|fri|sat|sun|mon)\b", t)
    if m:
        abbrev = {"tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                  "sat": 5, "sun": 6, "mon": 0}[m.group(1)]
        return float((today.weekday() - abbrev) % 7 or 7)
    m = re.search(r"\b(?:last|past|this)\s+" + _UNIT_RE, t)
    if m and not re.search(_QTY_RE + r"\s*" + _UNIT_RE, t):
        return max(_unit(m.group(1)), 1.0) if m.group(1) not in ("hour", "hr", "minute", "min") else 0.0
    m = re.search(_QTY_RE + r"\s*(?:or so\s+|more\s+)?" + _UNIT_RE, t)
    if m:
        return _qty(m.group(1)) * _unit(m.group(2))
    m = re.search(r"\b" + _UNIT_RE + r"\b", t)  # "a week", "for weeks"
    if m:
        return _unit(m.group(1)) if not t.strip().startswith("for ") else _unit(m.group(1)) * 2
    m = re.fullmatch(r"\s*(\d+)\s*", t)
    if m:
        return float(m.group(1))
    return None


def parse_age(text: str, minimum: float = 0, maximum: float = 120) -> Optional[int]:
    """An age in years from "I'm 52", "52 years old", "fifty"."""
    if not text:
        return None
    t = text.lower()
    for m in re.finditer(r"\b(\d{1,3})\b", t):
        value = int(m.group(1))
        if minimum <= value <= maximum:
            return value
    tens = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}
    units = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
             "seven": 7, "eight": 8, "nine": 9}
    m = re.search(r"\b(" + "|".join(tens) + r")(?:[\s-](" + "|".join(units) + r"))?\b", t)
    if m:
        return tens[m.group(1)] + (units[m.group(2)] if m.group(2) else 0)
    return None


ACTIVITY_WORDS = [
    ("worse_at_rest", r"\b(rest|resting|lying|lie down|still|sitting|sit|night|in bed)\b"),
    ("worse_with_movement", r"\b(mov\w*|walk\w*|bend\w*|lift\w*|twist\w*|activity|active|exercis\w*)\b"),
    ("no_change", r"\b(same|no difference|doesn'?t (matter|change)|neither|not really|constant)\b"),
]
LOCALIZED_WORDS = [
    ("widespread", r"\b(all over|everywhere|spread\w*|wide|whole|entire|general)\b"),
    ("one_spot", r"\b(one (spot|place|area|point)|single|specific|just (there|here)|small|patch)\b"),
]


@dataclass(frozen=True)
class Reading:
    """What one message did to the interview."""

    state: State
    changed: bool  # a finding or a don't-know count changed
    answered: bool  # the current question got an answer (or a don't-know)
    new_findings: Tuple[str, ...]  # findings whose value changed


def _entity_updates(spec: TriageSpec, entities: Iterable[Mapping[str, Any]], today: dt.date) -> Dict[str, Any]:
    updates: Dict[str, Any] = {}
    medications: List[str] = []
    for ent in entities:
        name, value = ent.get("entity"), ent.get("value")
        negated = ent.get("role") == NEGATED
        if not isinstance(value, str):
            value = str(value) if value is not None else ""
        if name == "symptom" and value in spec.findings and spec.findings[value].kind == "yes_no":
            updates[value] = ABSENT if negated else PRESENT
        elif name == "body_location" and value in spec.findings["location"].choices and not negated:
            updates["location"] = value
        elif name == "sensation" and value in spec.findings["sensation"].choices and not negated:
            updates["sensation"] = value
        elif name == "medication" and value in spec.findings["medications"].choices and not negated:
            medications.append(value)
        elif name == "duration" and not negated:
            days = parse_duration_days(value, today)
            if days is not None:
                updates["duration"] = days
    if medications:
        updates["medications"] = medications
    return updates


def read_message(
    spec: TriageSpec,
    state: State,
    question_id: Optional[str],
    intent: Optional[str],
    entities: Sequence[Mapping[str, Any]],
    text: str = "",
    today: Optional[dt.date] = None,
) -> Reading:
    """Apply one user message to the interview state.

    ``question_id`` is the question the person was asked (None before the
    interview starts). Findings named anywhere in the message are recorded
    whatever the question; the intent (yes / no / don't know) answers the
    current question.
    """
    today = today or dt.date.today()
    state = normalise_state(state)
    before = spec.clean(state["findings"])
    findings = dict(before)
    answer_values = [str(e.get("value")) for e in entities if e.get("entity") == ANSWER_ENTITY]
    content = [e for e in entities if e.get("entity") != ANSWER_ENTITY]

    updates = _entity_updates(spec, content, today)
    if "duration" in updates and "duration" in before and question_id != "duration":
        # A time said in passing ("worse since this morning", "cancer 3 years
        # ago") does not move the onset once it is known; the duration
        # question itself, or a correction to it, does.
        del updates["duration"]
    if "medications" in updates:  # named medicines add to what is already known
        known = findings.get("medications") if isinstance(findings.get("medications"), list) else []
        updates["medications"] = list(dict.fromkeys(known + updates["medications"]))
    findings.update(updates)

    answered = False
    dont_know = False
    question = _current_question(spec, question_id)
    if question is not None:
        answered, dont_know = _answer_current(
            spec, state, question_id, question, findings, updates, intent, answer_values, text, today
        )

    new = tuple(f for f in findings if before.get(f) != findings[f])
    state["findings"] = findings
    if dont_know:
        key = question_id
        state["dont_know"][key] = state["dont_know"].get(key, 0) + 1
        if state["dont_know"][key] >= 2:
            for fid in _asked_findings(spec, question_id, before):
                findings.setdefault(fid, UNKNOWN)
            new = tuple(f for f in findings if before.get(f) != findings[f])
    if question_id and not answered and not new:
        state["unclear"][question_id] = state["unclear"].get(question_id, 0) + 1
    return Reading(state, bool(new) or dont_know, answered, new)


def _current_question(spec: TriageSpec, question_id: Optional[str]) -> Optional[Question]:
    if not question_id:
        return None
    if question_id in spec.questions_by_id:
        return spec.questions_by_id[question_id]
    if question_id in spec.findings:  # a finding of a split group, asked alone
        return spec.question_of_finding[question_id]
    return None


def _asked_findings(spec: TriageSpec, question_id: str, findings: Mapping[str, Any]) -> List[str]:
    if question_id in spec.findings and question_id not in spec.questions_by_id:
        return [question_id]
    question = spec.questions_by_id.get(question_id)
    return [f for f in question.findings if f not in findings] if question else []


def _answer_current(
    spec: TriageSpec,
    state: State,
    question_id: str,
    question: Question,
    findings: Dict[str, Any],
    updates: Mapping[str, Any],
    intent: Optional[str],
    answer_values: Sequence[str],
    text: str,
    today: dt.date,
) -> Tuple[bool, bool]:
    """Record the answer to the current question. Returns (answered, dont_know)."""
    asked = _asked_findings(spec, question_id, {})
    pending = [f for f in asked if f not in findings]
    if not pending:  # everything it asks about is now known (maybe from entities)
        return True, False
    said_unknown = intent == DONT_KNOW or UNKNOWN in answer_values
    kind = "yes_no" if len(asked) == 1 and question.type == "multiple" else question.type

    if kind == "yes_no":
        fid = asked[0]
        if PRESENT in answer_values or (intent == AFFIRM and fid not in updates):
            findings[fid] = PRESENT
            return True, False
        if ABSENT in answer_values or NONE_CHOICE in answer_values or intent == DENY:
            findings[fid] = ABSENT
            return True, False
    elif kind == "multiple":
        named = [v for v in answer_values if v in question.findings]
        for fid in named:
            findings[fid] = PRESENT
        mentioned_present = [f for f in asked if findings.get(f) == PRESENT and f in (set(updates) | set(named))]
        if mentioned_present or NONE_CHOICE in answer_values or (intent == DENY and not said_unknown):
            # "Any of these?" answered by naming some (or none): the rest are absent.
            for fid in pending:
                findings.setdefault(fid, ABSENT)
            return True, False
        if intent == AFFIRM and not any(f in updates for f in asked):
            if question.id not in state["expanded"]:
                state["expanded"].append(question.id)
            return True, False
        if any(f in updates for f in asked):
            return True, False
    elif kind == "number":
        finding = spec.findings[question.findings[0]]
        age = None
        for value in chain(answer_values, [text]):
            age = parse_age(value, finding.minimum or 0, finding.maximum or 150)
            if age is not None:
                break
        if age is not None:
            findings[finding.id] = age
            return True, False
    elif kind == "duration":
        for value in answer_values:
            if value in question.duration_choices:
                findings["duration"] = question.duration_choices[value][1]
                return True, False
        days = parse_duration_days(text, today)
        if days is not None:
            findings["duration"] = days
            return True, False
    elif kind == "choice":
        finding = spec.findings[question.findings[0]]
        for value in answer_values:
            if value in finding.choices:
                findings[finding.id] = value
                return True, False
        table = {"activity_effect": ACTIVITY_WORDS, "localized": LOCALIZED_WORDS}.get(finding.id, [])
        lowered = (text or "").lower()
        for choice, pattern in table:
            if re.search(pattern, lowered):
                findings[finding.id] = choice
                return True, False
        for choice, label in finding.choices.items():  # the label typed back
            if label.lower() in lowered or choice.replace("_", " ") in lowered:
                findings[finding.id] = choice
                return True, False
        if finding.id == "activity_effect" and intent == DENY:
            findings[finding.id] = "no_change"
            return True, False
    elif kind == "free_text":  # medications
        fid = question.findings[0]
        if NONE_CHOICE in answer_values or intent == DENY:
            findings[fid] = []
            return True, False
        if not said_unknown and intent not in (AFFIRM, None) and (text or "").strip():
            # Named medicines we do not recognise: none of the classes that matter.
            findings[fid] = []
            return True, False
    if said_unknown:
        return True, True
    return False, False
