"""The clinical interview (spec section 4): what to ask next, and what an answer says.

Pure Python, like the engine. The state of one interview is a plain dict so it
can live in a single Rasa slot:

    {"findings": {...}, "dont_know": {question_id: n}, "expanded": [group ids],
     "unclear": {question_id: n}, "named": [group ids], "medicine_names": [...]}

Design choices (see README "Clinical interview"):
- The red-flag screen is always asked in full, most dangerous first, unless an
  emergency level is already reached (then the interview stops at once).
- Any other question is asked only while some answer to it could still change
  the level of care or the self-care advice, looking one other unanswered
  question ahead (pairs of findings, such as back history and duration,
  decide some rules together).
- "I don't know" is asked once more in simpler words, then recorded as unknown.
- A grouped ("any of these?") answer records only what it says: named or
  tapped items are present, and the rest are asked again ("any of the
  others?"); only "none of these" or a plain "no" records the items shown as
  absent. A "yes" without saying which splits the group into single yes/no
  questions. Items never answered stay not known (an emergency stops the
  interview with them unanswered).
- Of a group that is not a red-flag group, only the items whose answer could
  still matter are shown.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from bot.clinical.engine import (
    ABSENT,
    EMERGENCY_LEVELS,
    PRESENT,
    UNKNOWN,
    Question,
    TriageSpec,
)
from bot.nlu.answers import free_answers

NONE_CHOICE = "none"
AFFIRM, DENY, DONT_KNOW = "affirm", "deny", "dont_know"
ANSWER_ENTITY = "answer"  # button payloads: /inform{"answer": "<choice id>"}
NEGATED = "negated"

State = Dict[str, Any]
Outcome = Callable[[TriageSpec, Mapping[str, Any]], Any]


UNCLEAR_LIMIT = 2  # answers not understood before a question is split or recorded unknown
MAX_ASKS = 4  # times one question is put before it is recorded unknown, whatever was said
VAGUE_LIMIT = 2  # vague messages before the interview before the red-flag screen starts anyway


def new_state() -> State:
    # named: grouped questions where the person named some items (asked again
    # as "any of the others?"); medicine_names: medicines not recognised, as
    # written; asked: times each question was put; vague: messages before the
    # interview that named nothing; log: every question put, in order, with the
    # answers it got (see log_question: the clinician hand-off, issue 12);
    # hinted: red flags the words hinted at without stating them, asked first
    # (bot/nlu/hints.py); english_only_told: the person was told, once, that the
    # assistant reads English only (a message in another language, bot/nlu/language.py).
    return {"findings": {}, "dont_know": {}, "expanded": [], "unclear": {}, "named": [],
            "medicine_names": [], "asked": {}, "vague": 0, "log": [], "hinted": [], "english_only_told": False}


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
    """A question as it is put to the person at this point: ids only (bot/replies.py words it)."""

    id: str  # the question id, or a finding id when one item of a group is asked alone
    type: str
    findings: Tuple[str, ...]  # the items asked about (a group: only those not yet answered)
    choices: Tuple[str, ...]  # choice ids, in the order they are offered
    question: str  # the spec question it comes from
    simpler: bool = False  # asked again after "I don't know" or an unclear answer
    others: bool = False  # some items of the group were named: "any of the others?"
    hinted: bool = False  # a red flag the words hinted at, asked first to check it


YES_NO_CHOICES = (PRESENT, ABSENT, UNKNOWN)


def _choices(spec: TriageSpec, question: Question, items: Tuple[str, ...]) -> Tuple[str, ...]:
    if question.type == "multiple":
        return items + (NONE_CHOICE, UNKNOWN)
    if question.type == "yes_no":
        return YES_NO_CHOICES
    if question.type == "duration":
        return tuple(question.duration_choices) + (UNKNOWN,)
    if question.type == "choice":
        return tuple(spec.findings[question.findings[0]].choices) + (UNKNOWN,)
    if question.type == "free_text":
        return (NONE_CHOICE, UNKNOWN)
    return (UNKNOWN,)  # number


def _asked_again(state: State, key: str) -> bool:
    return state["dont_know"].get(key, 0) > 0 or state["unclear"].get(key, 0) > 0


def _ask_for(spec: TriageSpec, question: Question, state: State, items: Tuple[str, ...]) -> Ask:
    if question.type == "multiple" and question.id in state["expanded"]:
        # The person said "yes" without saying which: one item at a time.
        return _ask_alone(question, state, items[0])
    return Ask(question.id, question.type, items, _choices(spec, question, items), question.id,
               _asked_again(state, question.id), question.id in state["named"])


def _ask_alone(question: Question, state: State, fid: str, hinted: bool = False) -> Ask:
    """One finding's own yes/no question (an item of a group asked alone, or a question of its own)."""
    return Ask(fid, "yes_no", (fid,), YES_NO_CHOICES, question.id, _asked_again(state, fid), hinted=hinted)


def _hinted_question(spec: TriageSpec, state: State, among: Iterable[str]) -> Optional[Ask]:
    """The first red flag of `among` the words hinted at (bot/nlu/hints.py) and not known
    yet, asked alone so that the person's answer decides it."""
    among = frozenset(among)
    for fid in state["hinted"]:
        question = spec.question_of_finding.get(fid)
        if fid in among and fid not in state["findings"] and question is not None:
            return _ask_alone(question, state, fid, hinted=True)
    return None


def note_hints(spec: TriageSpec, state: State, hints: Iterable[str]) -> None:
    """Keeps the red flags a message hinted at, to be asked first; a hint records nothing."""
    for fid in hints:
        finding = spec.findings.get(fid)
        if finding is not None and finding.group == "red_flag" and fid not in state["findings"] \
                and fid not in state["hinted"]:
            state["hinted"].append(fid)


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
    # classes (medications): none, or any one class
    return [{finding.id: []}] + [{finding.id: [c]} for c in finding.choices]


def _outcome(spec: TriageSpec, findings: Mapping[str, Any]) -> Tuple[str, Tuple[str, ...]]:
    """The level of care and, at self-care, which advice applies."""
    level = spec.level_of(findings)
    return level, (spec.advice_for(findings) if level == spec.lowest_level else ())


def could_change(spec: TriageSpec, question: Question, state: State,
                 outcome: Outcome = TriageSpec.level_of) -> bool:
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


def _items_to_ask(spec: TriageSpec, question: Question, state: State, outcome: Outcome) -> Tuple[str, ...]:
    """The items of a question worth asking now (empty: skip the question).

    The red-flag screen is asked in full. Another question is asked only while
    an answer could change the outcome; of a group, only the items that could
    (spec section 4, step 3: `pregnant` only where it matters)."""
    findings = state["findings"]
    pending = tuple(f for f in question.findings if f not in findings)
    if not pending:
        return ()
    if spec.findings[pending[0]].group == "red_flag":
        return pending
    if question.level_only and outcome is not TriageSpec.level_of:
        return ()
    if not could_change(spec, question, state, outcome):
        return ()
    if question.type != "multiple":
        return pending
    single = {f: Question(f, "yes_no", (f,), "", "", "") for f in pending}
    mattering = tuple(f for f in pending if could_change(spec, single[f], state, outcome))
    return mattering or pending


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
    # A hinted emergency sign is asked at once; another hinted red flag alone, in its group's turn.
    hinted = _hinted_question(spec, state, spec.emergency_sign_set)
    if hinted is not None:
        return hinted
    pending = [q for q in spec.questions if not all(f in findings for f in q.findings)]
    for outcome in (TriageSpec.level_of, _outcome):
        for question in pending:
            items = _items_to_ask(spec, question, state, outcome)
            if items:
                return _hinted_question(spec, state, items) or _ask_for(spec, question, state, items)
    return None


def is_finished(spec: TriageSpec, state: State) -> bool:
    return next_question(spec, state) is None


# --------------------------------------------------------------------------
# Reading an answer


@dataclass(frozen=True)
class Reading:
    """What one message did to the interview."""

    state: State
    changed: bool  # a finding or a don't-know count changed
    answered: bool  # the current question got an answer (or a don't-know)
    new_findings: Tuple[str, ...]  # findings whose value changed


@dataclass
class _Message:
    """One user message as the answer readers see it."""

    intent: Optional[str]
    answer_values: List[str]  # button payloads: choice ids
    updates: Dict[str, Any]  # findings the message's entities state
    text: str
    medicine_names: List[str]  # medicines named that no class recognises
    today: dt.date
    entities: Sequence[Mapping[str, Any]] = ()  # the NLU's entities, with their parsed quantities

    @property
    def said_unknown(self) -> bool:
        return self.intent == DONT_KNOW or UNKNOWN in self.answer_values


def _parsed(ent: Mapping[str, Any], key: str, finding: Any) -> Optional[float]:
    """A quantity the NLU parsed (bot/nlu/quantities.py): ent[key] when it is
    a number within the finding's range. The interview parses no words."""
    value = ent.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        return None
    low = finding.minimum if finding.minimum is not None else float("-inf")
    high = finding.maximum if finding.maximum is not None else float("inf")
    return float(value) if low <= value <= high else None


def _bare_numbers(message: "_Message", finding: Any) -> List[float]:
    """Numbers said alone ("52"): the NLU's `number` entities, within the finding's range."""
    found = (_parsed(e, "number", finding) for e in message.entities if e.get("entity") == "number")
    return [n for n in found if n is not None]


def _entity_updates(spec: TriageSpec, entities: Iterable[Mapping[str, Any]], today: dt.date,
                    medicine_names: List[str]) -> Dict[str, Any]:
    updates: Dict[str, Any] = {}
    medications: List[str] = []
    meds = spec.findings["medications"]
    for ent in entities:
        name, value = ent.get("entity"), ent.get("value")
        negated = ent.get("role") == NEGATED
        if not isinstance(value, str):
            value = str(value) if value is not None else ""
        if name == "symptom" and value in spec.findings and spec.findings[value].kind == "yes_no":
            if updates.get(value) != PRESENT:  # said and denied in one message: the assertion wins
                updates[value] = ABSENT if negated else PRESENT
        elif name == "body_location" and value in spec.findings["location"].choices and not negated:
            updates["location"] = value
        elif name == "sensation" and value in spec.findings["sensation"].choices and not negated:
            # Several feelings in one message ("a warm ache", "burning and tingling"): the
            # one the spec lists first, the heat before the ache, is the complaint.
            order = list(spec.findings["sensation"].choices)
            if "sensation" not in updates or order.index(value) < order.index(updates["sensation"]):
                updates["sensation"] = value
        elif name == "medication" and not negated and value in meds.choices and value != meds.unrecognised:
            medications.append(value)
        elif name == "medication" and not negated and value.strip() and meds.unrecognised:
            # A medicine name the classes do not know: kept as written, never dropped.
            medications.append(meds.unrecognised)
            medicine_names.append(str(ent.get("text") or value).strip())
        elif name == "duration" and not negated:
            days = _parsed(ent, "days", spec.findings["duration"])
            # Two times in one message ("hot since the weekend, and since this morning I
            # can't pee"): the earliest onset is how long the symptoms have lasted.
            if days is not None and days >= updates.get("duration", -1.0):
                updates["duration"] = days
        elif name == "age" and not negated and "age" in spec.findings:
            years = _parsed(ent, "years", spec.findings["age"])
            if years is not None:
                updates["age"] = int(years)
    if medications:
        updates["medications"] = list(dict.fromkeys(medications))
    return updates


def read_message(
    spec: TriageSpec,
    state: State,
    question_id: Optional[str],
    intent: Optional[str],
    entities: Sequence[Mapping[str, Any]],
    text: str = "",
    today: Optional[dt.date] = None,
    hints: Sequence[str] = (),
) -> Reading:
    """Apply one user message to the interview state.

    ``question_id`` is the question the person was asked (None before the
    interview starts). Findings named anywhere in the message are recorded
    whatever the question; the intent (yes / no / don't know) answers the
    current question. ``hints``: red flags the words hinted at without
    stating them (bot/nlu/hints.py): asked next, recorded only from the answer.
    """
    today = today or dt.date.today()
    state = normalise_state(state)
    before = spec.clean(state["findings"])
    asked = _asked_items(spec, state, question_id)  # what the open question asked, before this message
    findings = dict(before)
    content = [e for e in entities if e.get("entity") != ANSWER_ENTITY]
    message = _Message(intent, [str(e.get("value")) for e in entities if e.get("entity") == ANSWER_ENTITY],
                       {}, text or "", [], today, content)
    message.updates = _entity_updates(spec, content, today, message.medicine_names)
    _apply_updates(findings, before, message.updates, question_id)

    answered = dont_know = False
    question = _current_question(spec, question_id)
    if question is not None and question_id is not None:
        answered, dont_know = _answer_current(spec, state, question_id, question, asked, findings, message)
    _keep_medicine_names(state, findings, message.medicine_names)

    state["findings"] = findings
    note_hints(spec, state, hints)
    if dont_know and question_id:
        state["dont_know"][question_id] = state["dont_know"].get(question_id, 0) + 1
        if state["dont_know"][question_id] >= 2:
            _record_unknown(findings, asked)
    new = tuple(f for f in findings if before.get(f) != findings[f])
    if question_id and not answered and not new:
        _not_understood(spec, state, question_id, asked)
        new = tuple(f for f in findings if before.get(f) != findings[f])
    return Reading(state, bool(new) or dont_know, answered, new)


def _record_unknown(findings: Dict[str, Any], items: Iterable[str]) -> None:
    for fid in items:
        findings.setdefault(fid, UNKNOWN)


def _not_understood(spec: TriageSpec, state: State, question_id: str, asked: Tuple[str, ...]) -> None:
    """The clarification protocol: an answer not understood is asked once more
    in simpler words; after a second one, a group is split into single yes/no
    questions and a single question is recorded as unknown (never a dead end)."""
    count = state["unclear"][question_id] = state["unclear"].get(question_id, 0) + 1
    if count < UNCLEAR_LIMIT:
        return
    question = spec.questions_by_id.get(question_id)
    if question is not None and question.type == "multiple" and question_id not in state["expanded"]:
        state["expanded"].append(question_id)
    else:
        _record_unknown(state["findings"], asked)


def ask_next(spec: TriageSpec, state: State) -> Tuple[State, Optional[Ask]]:
    """The next question, counted as asked once more. A question put MAX_ASKS
    times without an answer (digressions, silence, anything) is recorded as
    unknown, so every interview ends within a bounded number of turns."""
    state = normalise_state(state)
    while True:
        _log_answers(spec, state)
        ask = next_question(spec, state)
        if ask is None:
            return state, None
        count = state["asked"][ask.id] = state["asked"].get(ask.id, 0) + 1
        if count <= MAX_ASKS:
            log_question(state, ask)
            return state, ask
        findings = spec.clean(state["findings"])
        _record_unknown(findings, ask.findings)
        state["findings"] = findings


def log_question(state: State, ask: Ask) -> None:
    """Adds a question to the log when it is new: asked again in simpler words
    it is the same question; "any of the others?" (fewer items) is a new one."""
    last = state["log"][-1] if state["log"] else None
    if last is not None and last.get("id") == ask.id and last.get("items") == list(ask.findings):
        return
    state["log"].append({"id": ask.id, "question": ask.question, "items": list(ask.findings),
                         "others": ask.others, "answers": {}})


def _log_answers(spec: TriageSpec, state: State) -> None:
    """Records, on the last question put, the values its items have now: the
    answer it got ("unknown" after two "I don't know"s). A later correction
    changes the finding, not what was answered then."""
    if not state["log"]:
        return
    entry = state["log"][-1]
    findings = spec.clean(state["findings"])
    answers = entry.setdefault("answers", {})
    for fid in entry.get("items") or []:
        if fid in findings and fid not in answers:
            answers[fid] = findings[fid]


#: Questions whose answer may carry a time of its own ("yes, about 10 weeks" to
#: "are you pregnant?"): that time is not the onset of the symptoms.
TIMED_ANSWERS = frozenset({"pregnant"})


def _apply_updates(findings: Dict[str, Any], before: Mapping[str, Any], updates: Dict[str, Any],
                   question_id: Optional[str]) -> None:
    if "duration" in updates and (("duration" in before and question_id != "duration")
                                  or question_id in TIMED_ANSWERS):
        # A time said in passing ("worse since this morning", "cancer 3 years
        # ago") does not move the onset once it is known; the duration
        # question itself, or a correction to it, does.
        del updates["duration"]
    if "medications" in updates:  # named medicines add to what is already known
        known = findings.get("medications") if isinstance(findings.get("medications"), list) else []
        updates["medications"] = list(dict.fromkeys(known + updates["medications"]))
    findings.update(updates)


def _keep_medicine_names(state: State, findings: Mapping[str, Any], names: Sequence[str]) -> None:
    meds = findings.get("medications")
    if not isinstance(meds, list) or not meds:
        return
    for name in names:
        if name and name.lower() not in (n.lower() for n in state["medicine_names"]):
            state["medicine_names"].append(name[:80])


def _current_question(spec: TriageSpec, question_id: Optional[str]) -> Optional[Question]:
    if not question_id:
        return None
    if question_id in spec.questions_by_id:
        return spec.questions_by_id[question_id]
    if question_id in spec.findings:  # an item of a split group, asked alone
        return spec.question_of_finding[question_id]
    return None


def _asked_items(spec: TriageSpec, state: State, question_id: Optional[str]) -> Tuple[str, ...]:
    """The items the open question asked about: what next_question offered for
    this state. A grouped "none of these" covers only those, never an item the
    person was not shown."""
    if not question_id:
        return ()
    findings = spec.clean(state["findings"])
    if question_id in spec.findings and question_id not in spec.questions_by_id:
        return (question_id,) if question_id not in findings else ()
    ask = next_question(spec, {**state, "findings": findings})
    if ask is not None and ask.id == question_id:
        return ask.findings
    question = spec.questions_by_id.get(question_id)
    return tuple(f for f in question.findings if f not in findings) if question else ()


def _answer_current(spec: TriageSpec, state: State, question_id: str, question: Question,
                    asked: Tuple[str, ...], findings: Dict[str, Any], message: _Message) -> Tuple[bool, bool]:
    """Record the answer to the current question. Returns (answered, dont_know)."""
    pending = [f for f in asked if f not in findings]
    if asked and not pending:  # everything it asks about is now known (maybe from entities)
        return True, False
    single_item = question_id in spec.findings and question_id not in spec.questions_by_id
    kind = "yes_no" if single_item else question.type
    reader = _ANSWER_READERS[kind]
    if reader(spec, state, question, asked, findings, message):
        return True, False
    if message.said_unknown:
        return True, True
    return False, False


def _read_yes_no(spec: TriageSpec, state: State, question: Question, asked: Tuple[str, ...],
                 findings: Dict[str, Any], message: _Message) -> bool:
    fid = asked[0] if asked else question.findings[0]
    if PRESENT in message.answer_values or (message.intent == AFFIRM and fid not in message.updates):
        findings[fid] = PRESENT
        return True
    if ABSENT in message.answer_values or NONE_CHOICE in message.answer_values or message.intent == DENY:
        findings[fid] = ABSENT
        return True
    return False


def _read_multiple(spec: TriageSpec, state: State, question: Question, asked: Tuple[str, ...],
                   findings: Dict[str, Any], message: _Message) -> bool:
    """A grouped answer records only what it says (spec section 4, step 2)."""
    tapped = [v for v in message.answer_values if v in question.findings]
    for fid in tapped:
        findings[fid] = PRESENT
    mentioned = [f for f in question.findings if f in message.updates or f in tapped]
    if NONE_CHOICE in message.answer_values or (message.intent == DENY and not mentioned):
        # An explicit "none of these" or "no" to the whole list: only the items shown.
        for fid in asked:
            findings.setdefault(fid, ABSENT)
        return True
    if mentioned:
        # Some items named (or denied one by one): ask again about the others.
        # Only items still open are news; repeating known ones answers nothing.
        newly = [f for f in mentioned if f in asked]
        if newly:
            if question.id not in state["named"]:
                state["named"].append(question.id)
            for counts in (state["dont_know"], state["unclear"], state["asked"]):
                counts.pop(question.id, None)  # "any of the others?" is a new question
        return bool(newly)
    if message.intent == AFFIRM and not message.said_unknown:
        if question.id not in state["expanded"]:
            state["expanded"].append(question.id)
        return True
    return False


def _read_number(spec: TriageSpec, state: State, question: Question, asked: Tuple[str, ...],
                 findings: Dict[str, Any], message: _Message) -> bool:
    """An age said any way is the NLU's `age` entity (recorded with the other
    entities); to "how old are you?" one number said alone ("52") is the
    answer, and so is a payload `/inform{"answer": "52"}` (a number, not words)."""
    finding = spec.findings[question.findings[0]]
    if finding.id in message.updates:
        return True
    payloads = [{"number": float(v)} for v in message.answer_values if re.fullmatch(r"\d+(?:\.\d+)?", v.strip())]
    numbers = [n for n in (_parsed(p, "number", finding) for p in payloads) if n is not None]
    numbers = numbers or _bare_numbers(message, finding)
    if len(numbers) == 1:
        findings[finding.id] = int(numbers[0]) if finding.id == "age" else numbers[0]
        return True
    return False


def _read_duration(spec: TriageSpec, state: State, question: Question, asked: Tuple[str, ...],
                   findings: Dict[str, Any], message: _Message) -> bool:
    """A button, or the NLU's `duration` entity (its `days`). A number said
    alone has no unit: it is read as days only once the question has been
    asked in its simpler words ("Roughly how many days ago did it start?")."""
    for value in message.answer_values:
        if value in question.duration_choices:
            findings["duration"] = question.duration_choices[value][1]
            return True
    finding = spec.findings["duration"]
    days = [d for d in (_parsed(e, "days", finding) for e in message.entities
                        if e.get("entity") == "duration" and e.get("role") != NEGATED) if d is not None]
    if days:
        findings["duration"] = days[0]
        return True
    asked_simpler = state["unclear"].get(question.id, 0) > 0 or state["dont_know"].get(question.id, 0) > 0
    numbers = _bare_numbers(message, finding)
    if asked_simpler and len(numbers) == 1:
        findings["duration"] = numbers[0]
        return True
    return False


def _read_choice(spec: TriageSpec, state: State, question: Question, asked: Tuple[str, ...],
                 findings: Dict[str, Any], message: _Message) -> bool:
    finding = spec.findings[question.findings[0]]
    for value in message.answer_values:
        if value in finding.choices:
            findings[finding.id] = value
            return True
    named = free_answers().choice(finding.id, message.text)  # words in lexicon.yml `free_answers`
    if named:
        findings[finding.id] = named
        return True
    lowered = message.text.lower()
    for choice, label in finding.choices.items():  # the label typed back
        if label.lower() in lowered or choice.replace("_", " ") in lowered:
            findings[finding.id] = choice
            return True
    if finding.id == "activity_effect" and message.intent == DENY:
        findings[finding.id] = "no_change"
        return True
    return False


def says_no_medicines(text: str) -> bool:
    """"none", "nothing regular", "I don't take any": a no, and no other word than filler."""
    return free_answers().says_no_medicines(text)


def medicine_name_as_written(text: str) -> str:
    """The medicine names of a free answer as written ("I take metformin daily" -> "metformin")."""
    return free_answers().medicine_name_as_written(text)


def _read_medicines(spec: TriageSpec, state: State, question: Question, asked: Tuple[str, ...],
                    findings: Dict[str, Any], message: _Message) -> bool:
    fid = question.findings[0]
    finding = spec.findings[fid]
    no_medicines = not message.updates.get(fid) and says_no_medicines(message.text)
    if NONE_CHOICE in message.answer_values or no_medicines or (message.intent == DENY and fid not in message.updates):
        findings[fid] = []
        return True
    if fid in message.updates:
        return True
    if message.said_unknown or not finding.unrecognised:
        return False
    name = medicine_name_as_written(message.text)
    if not name:
        return False
    # Not a medicine the classes recognise: kept as written (spec section 2).
    before = findings.get(fid)
    known: List[Any] = before if isinstance(before, list) else []
    findings[fid] = list(dict.fromkeys(known + [finding.unrecognised]))
    message.medicine_names.append(name)
    return True


_ANSWER_READERS: Dict[str, Callable[..., bool]] = {
    "yes_no": _read_yes_no,
    "multiple": _read_multiple,
    "number": _read_number,
    "duration": _read_duration,
    "choice": _read_choice,
    "free_text": _read_medicines,
}
