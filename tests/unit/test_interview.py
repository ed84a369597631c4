"""The clinical interview (spec section 4): what is asked next, and what an answer records.

Question ids of grouped questions are the project's own, so they are looked up
from the spec data (`spec.question_of_finding`) rather than written here; only
`emergency_signs` (the first question) is named.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import pytest

from bot import replies
from bot.clinical.engine import ABSENT, EMERGENCY_LEVELS, PRESENT, UNKNOWN, TriageSpec, default_spec
from bot.clinical.interview import (
    Ask,
    could_change,
    is_finished,
    new_state,
    next_question,
    read_message,
)

SPEC = default_spec()
TODAY = dt.date(2024, 5, 16)  # a Thursday
RED_FLAGS = SPEC.red_flags()
EMERGENCY_FINDINGS = [f for f in SPEC.yes_no_findings() if SPEC.level_of({f: PRESENT}) in EMERGENCY_LEVELS]
NON_EMERGENCY_RED_FLAGS = [f for f in RED_FLAGS if f not in EMERGENCY_FINDINGS]


def group_of(fid: str) -> str:
    return SPEC.question_of_finding[fid].id


def state_with(**findings: Any) -> Dict[str, Any]:
    return {**new_state(), "findings": dict(findings)}


def text_of(ask: Ask) -> str:
    return replies.question_text(SPEC, ask)


def screened_before(group_id: str) -> Dict[str, str]:
    """Every red flag of the questions before ``group_id`` answered "no", so that
    ``group_id`` is the question the interview asks next."""
    out: Dict[str, str] = {}
    for question in SPEC.questions:
        if question.id == group_id:
            return out
        out.update({f: ABSENT for f in question.findings})
    raise AssertionError(group_id)


def symptom(value: str, negated: bool = False) -> Dict[str, Any]:
    ent = {"entity": "symptom", "value": value}
    if negated:
        ent["role"] = "negated"
    return ent


def button(choice_id: str) -> Dict[str, Any]:
    return {"entity": "answer", "value": choice_id}


# Quantities as the NLU reports them (bot/nlu/quantities.py parses the words;
# the interview reads only the parsed values).
def age(years: int) -> Dict[str, Any]:
    return {"entity": "age", "value": str(years), "years": years}


def duration(words: str, days: float) -> Dict[str, Any]:
    return {"entity": "duration", "value": words, "days": days}


def number(value: float) -> Dict[str, Any]:
    return {"entity": "number", "value": str(value), "number": value}


def read(state, question_id, intent=None, entities: Sequence[Mapping[str, Any]] = (), text=""):
    return read_message(SPEC, state, question_id, intent, list(entities), text, today=TODAY)


Answerer = Callable[[Ask], Tuple[Optional[str], List[Dict[str, Any]], str]]


def deny_everything(ask: Ask) -> Tuple[Optional[str], List[Dict[str, Any]], str]:
    if ask.type == "number":
        return "inform", [age(30)], "I'm 30"
    if ask.type == "duration":
        return "inform", [duration("yesterday", 1)], "yesterday"
    if ask.type == "choice":
        return "inform", [button(ask.choices[0])], ""
    return "deny", [], "no"


def interview_trace(answer: Answerer, state=None, limit: int = 60):
    """Each question asked with the state it was asked in, and the final state."""
    state = state or new_state()
    trace: List[Tuple[Ask, Dict[str, Any]]] = []
    while True:
        ask = next_question(SPEC, state)
        if ask is None:
            return trace, state
        trace.append((ask, state))
        assert len(trace) <= limit, [a.id for a, _ in trace]
        intent, entities, text = answer(ask)
        state = read(state, ask.id, intent, entities, text).state


def run_interview(answer: Answerer, state=None, limit: int = 60) -> Tuple[List[Ask], Dict[str, Any]]:
    trace, state = interview_trace(answer, state, limit)
    return [ask for ask, _ in trace], state


def all_red_flags_absent() -> Dict[str, str]:
    return {f: ABSENT for f in RED_FLAGS}


# --------------------------------------------------------------------------
# Order


def test_the_first_question_is_the_emergency_screen():
    ask = next_question(SPEC, new_state())
    assert ask.id == "emergency_signs"
    assert ask.type == "multiple"
    assert set(ask.findings) == {"collapse", "chest_pain", "very_unwell", "tearing_pain", "paralysis",
                                 "severe_burn"}
    assert ask.findings == SPEC.questions_by_id["emergency_signs"].findings
    assert all(SPEC.level_of({f: PRESENT}) == "emergency_ambulance" for f in ask.findings)
    assert SPEC.questions[0].id == "emergency_signs"
    assert not ask.others and not ask.simpler


def test_red_flags_are_asked_first_most_dangerous_first():
    asked, _ = run_interview(deny_everything)
    kinds = [all(SPEC.findings[f].group == "red_flag" for f in a.findings) for a in asked]
    n_red = kinds.index(False)
    assert all(kinds[:n_red]) and not any(kinds[n_red:]), "the red-flag screen comes before anything else"
    asked_red_flags = [f for a in asked[:n_red] for f in a.findings]
    assert sorted(asked_red_flags) == sorted(RED_FLAGS), "every red flag is asked, once"
    # Each red-flag question is no more urgent than the one before it.
    urgency = [min(SPEC.rank(SPEC.level_of({f: PRESENT})) for f in a.findings) for a in asked[:n_red]]
    assert urgency == sorted(urgency)
    assert urgency[0] == SPEC.rank("emergency_ambulance")


@pytest.mark.parametrize("known", [{}, {"recent_strain": PRESENT}, {"fever": PRESENT}])
def test_risk_factors_come_before_clinical_questions(known):
    trace, _ = interview_trace(deny_everything, state_with(**known))
    groups = [SPEC.findings[a.findings[0]].group for a, _ in trace]
    order = {"red_flag": 0, "risk_factor": 1, "clinical": 2}
    # Questions that only change the self-care advice may come at the end; risk factors never
    # come after a clinical question while they could still change the level.
    first_clinical = groups.index("clinical") if "clinical" in groups else len(groups)
    assert [order[g] for g in groups[:first_clinical]] == sorted(order[g] for g in groups[:first_clinical])
    for ask, state in trace[first_clinical:]:
        if SPEC.findings[ask.findings[0]].group == "risk_factor":
            question = SPEC.questions_by_id[ask.question]
            assert not could_change(SPEC, question, state, TriageSpec.level_of), ask


# --------------------------------------------------------------------------
# Known findings are never asked again


def test_a_partly_known_group_lists_only_pending_findings():
    ask = next_question(SPEC, state_with(chest_pain=ABSENT, collapse=ABSENT))
    assert ask.id == "emergency_signs"
    assert ask.findings == ("very_unwell", "tearing_pain", "paralysis", "severe_burn")
    choice_ids = list(ask.choices)
    assert "chest_pain" not in choice_ids and "collapse" not in choice_ids
    assert choice_ids == ["very_unwell", "tearing_pain", "paralysis", "severe_burn", "none", UNKNOWN]
    text = text_of(ask).lower()
    assert SPEC.findings["chest_pain"].label.lower() not in text
    assert SPEC.findings["paralysis"].label.lower() in text
    # "No" to the rest leaves the known ones as they were.
    state = read(state_with(chest_pain=ABSENT, collapse=ABSENT), ask.id, "deny", text="no").state
    assert state["findings"] == {"chest_pain": ABSENT, "collapse": ABSENT, "very_unwell": ABSENT,
                                 "tearing_pain": ABSENT, "paralysis": ABSENT, "severe_burn": ABSENT}


def test_a_fully_known_group_is_skipped():
    ask = next_question(SPEC, state_with(collapse=ABSENT, chest_pain=ABSENT, very_unwell=ABSENT,
                                         tearing_pain=ABSENT, paralysis=ABSENT, severe_burn=ABSENT))
    assert ask.id != "emergency_signs"
    assert ask.id == group_of("bladder_bowel_dysfunction")


def test_findings_known_from_the_start_are_never_asked():
    known = {"chest_pain": ABSENT, "fever": PRESENT, "rash": ABSENT, "age": 40, "duration": 5,
             "location": "upper_back", "back_history": ABSENT, "medications": [], "anxiety": PRESENT}
    asked, state = run_interview(deny_everything, state_with(**known))
    for ask in asked:
        assert not set(ask.findings) & set(known), ask
    for fid, value in known.items():
        assert state["findings"][fid] == value
    assert "age" not in [a.id for a in asked]
    assert "duration" not in [a.id for a in asked]


def test_no_finding_is_asked_twice_in_a_whole_interview():
    asked, _ = run_interview(deny_everything)
    findings = [f for a in asked for f in a.findings]
    assert len(findings) == len(set(findings))


# --------------------------------------------------------------------------
# Emergencies stop the interview at once


@pytest.mark.parametrize("fid", EMERGENCY_FINDINGS)
def test_an_emergency_finding_in_the_first_message_stops_at_once(fid):
    reading = read(new_state(), None, "inform", [symptom(fid)], "...")
    assert reading.state["findings"][fid] == PRESENT
    assert next_question(SPEC, reading.state) is None
    assert is_finished(SPEC, reading.state)
    assert SPEC.evaluate(reading.state["findings"]).level in EMERGENCY_LEVELS


def test_the_emergency_findings_are_those_of_the_spec():
    assert set(EMERGENCY_FINDINGS) == {
        "collapse", "chest_pain", "very_unwell", "tearing_pain", "paralysis", "severe_burn",
        "bladder_bowel_dysfunction", "saddle_numbness", "leg_weakness", "both_legs_affected",
        "high_fever", "severe_pain", "trauma",
    }
    assert EMERGENCY_FINDINGS == SPEC.emergency_signs()


def test_an_emergency_finding_at_a_later_turn_stops_at_once():
    state = state_with(**all_red_flags_absent())
    state["findings"].pop("saddle_numbness")
    assert next_question(SPEC, state).id == group_of("saddle_numbness")
    # Asked the age, the person mentions numbness between the legs instead.
    state = state_with(**all_red_flags_absent())
    assert next_question(SPEC, state).id == "age"
    reading = read(state, "age", "inform", [symptom("saddle_numbness")], "I'm numb down there")
    assert reading.state["findings"]["saddle_numbness"] == PRESENT
    assert next_question(SPEC, reading.state) is None


def test_an_emergency_finding_named_with_a_button_stops_at_once():
    reading = read(new_state(), "emergency_signs", "inform", [button("tearing_pain")])
    assert reading.state["findings"]["tearing_pain"] == PRESENT
    assert next_question(SPEC, reading.state) is None


# --------------------------------------------------------------------------
# "I don't know"


def test_dont_know_to_a_group_is_asked_again_in_simpler_words_then_recorded_unknown():
    first = next_question(SPEC, new_state())
    reading = read(new_state(), first.id, "dont_know", text="I don't know")
    assert reading.answered
    assert reading.state["findings"] == {}, "nothing recorded after the first don't know"
    again = next_question(SPEC, reading.state)
    assert again.id == first.id
    assert again.simpler and not first.simpler
    assert text_of(again).startswith(SPEC.questions_by_id[first.id].simple)
    assert text_of(again) != text_of(first)
    assert again.findings == first.findings
    reading = read(reading.state, again.id, "dont_know", text="no idea")
    assert reading.state["findings"] == {f: UNKNOWN for f in first.findings}
    after = next_question(SPEC, reading.state)
    assert after is not None and after.id != first.id
    # Emergency signs that could not be ruled out: a clinician the same day (spec v2).
    result = SPEC.evaluate(reading.state["findings"])
    assert result.level == "consultation_24"
    assert "unknown_emergency_sign" in [r.rule for r in result.reasons]


def test_dont_know_twice_to_a_non_emergency_group_is_an_unknown_red_flag():
    group = group_of("weight_loss")
    state = state_with(**screened_before(group))
    ask = next_question(SPEC, state)
    assert ask.id == group
    state = read(state, group, "dont_know", text="not sure").state
    state = read(state, group, "dont_know", text="no idea").state
    assert all(state["findings"][f] == UNKNOWN for f in ask.findings)
    assert not set(ask.findings) & set(EMERGENCY_FINDINGS)
    result = SPEC.evaluate(state["findings"])
    assert result.level == "consultation"
    assert [r.rule for r in result.reasons] == ["unknown_red_flag"]


def test_dont_know_with_the_button():
    state = read(new_state(), "age", "inform", [button(UNKNOWN)]).state
    assert state["findings"] == {}
    state = read(state, "age", "inform", [button(UNKNOWN)]).state
    assert state["findings"] == {"age": UNKNOWN}


def test_dont_know_to_a_number_question():
    state = state_with(**all_red_flags_absent())
    assert next_question(SPEC, state).id == "age"
    state = read(state, "age", "dont_know", text="not sure").state
    again = next_question(SPEC, state)
    assert again.id == "age" and again.simpler
    state = read(state, "age", "dont_know", text="no idea").state
    assert state["findings"]["age"] == UNKNOWN
    assert next_question(SPEC, state).id != "age"


def test_dont_know_to_a_split_single_question():
    state = read(new_state(), "emergency_signs", "affirm", text="yes").state
    ask = next_question(SPEC, state)
    assert ask.id == "collapse" and not ask.simpler
    state = read(state, "collapse", "dont_know").state
    ask = next_question(SPEC, state)
    assert ask.id == "collapse" and ask.simpler
    state = read(state, "collapse", "dont_know").state
    assert state["findings"]["collapse"] == UNKNOWN
    assert next_question(SPEC, state).id == "chest_pain"


# --------------------------------------------------------------------------
# Grouped questions


def test_yes_to_a_group_without_naming_splits_it_into_single_questions():
    fid = NON_EMERGENCY_RED_FLAGS[0]
    group = SPEC.question_of_finding[fid]
    before = {f: ABSENT for f in RED_FLAGS if f not in group.findings}
    state = state_with(**before)
    ask = next_question(SPEC, state)
    assert ask.id == group.id and ask.type == "multiple"

    reading = read(state, group.id, "affirm", text="yes")
    assert reading.answered
    state = reading.state
    assert state["findings"] == before, "a bare yes records nothing yet"
    singles = []
    for expected in group.findings:
        ask = next_question(SPEC, state)
        assert ask.type == "yes_no"
        assert ask.id == expected and ask.findings == (expected,)
        assert ask.question == group.id
        assert ask.choices == (PRESENT, ABSENT, UNKNOWN)
        assert SPEC.findings[expected].label in text_of(ask)
        singles.append(ask.id)
        # yes to the second one, no to the others
        answer = "affirm" if len(singles) == 2 else "deny"
        state = read(state, ask.id, answer, text=answer).state
    assert singles == list(group.findings)
    assert state["findings"][group.findings[1]] == PRESENT
    assert all(state["findings"][f] == ABSENT for f in group.findings if f != group.findings[1])
    after = next_question(SPEC, state)  # None when the level is already settled
    assert after is None or after.id not in group.findings


def test_yes_to_the_emergency_group_then_yes_to_one_stops():
    state = read(new_state(), "emergency_signs", "affirm", text="yes").state
    assert next_question(SPEC, state).id == "collapse"
    state = read(state, "collapse", "deny").state
    assert next_question(SPEC, state).id == "chest_pain"
    state = read(state, "chest_pain", "affirm").state
    assert state["findings"] == {"collapse": ABSENT, "chest_pain": PRESENT}
    assert next_question(SPEC, state) is None


@pytest.mark.parametrize("how", ["entity", "button"])
def test_naming_a_finding_in_a_group_records_only_it_and_asks_about_the_others(how):
    # Spec v2, section 4 step 2: a tap on one item no longer records the others absent.
    fid = "rash"
    group = SPEC.question_of_finding[fid]
    before = screened_before(group.id)
    entities = [symptom(fid)] if how == "entity" else [button(fid)]
    reading = read(state_with(**before), group.id, "inform", entities, "I have a rash")
    assert reading.answered
    findings = reading.state["findings"]
    assert findings == {**before, fid: PRESENT}
    for other in group.findings:
        if other != fid:
            assert other not in findings, other
    again = next_question(SPEC, reading.state)
    assert again.id == group.id and again.others
    assert again.findings == tuple(f for f in group.findings if f != fid)


def test_naming_two_findings_of_a_group_with_buttons():
    group = SPEC.question_of_finding["rash"]
    before = screened_before(group.id)
    reading = read(state_with(**before), group.id, "inform", [button("rash"), button("fever")])
    findings = reading.state["findings"]
    assert findings["rash"] == findings["fever"] == PRESENT
    assert all(f not in findings for f in group.findings if f not in ("rash", "fever"))
    again = next_question(SPEC, reading.state)
    assert again.id == group.id and again.others
    assert again.findings == tuple(f for f in group.findings if f not in ("rash", "fever"))


@pytest.mark.parametrize("how", ["deny", "none_button"])
def test_no_to_a_group_makes_all_shown_absent(how):
    group = SPEC.question_of_finding["fever"]
    before = screened_before(group.id)
    state = state_with(**before)
    ask = next_question(SPEC, state)
    assert ask.findings == group.findings, "a red-flag group is always shown in full"
    if how == "deny":
        reading = read(state, group.id, "deny", text="no")
    else:
        reading = read(state, group.id, "inform", [button("none")])
    assert reading.answered
    assert reading.state["findings"] == {**before, **{f: ABSENT for f in group.findings}}


# --------------------------------------------------------------------------
# Corrections and negations


def test_a_later_present_entity_corrects_an_absent_finding():
    state = state_with(**all_red_flags_absent())
    assert SPEC.evaluate(state["findings"]).level == "self_care"
    reading = read(state, "age", "inform", [symptom("fever")], "I do have a fever actually")
    assert reading.state["findings"]["fever"] == PRESENT
    assert "fever" in reading.new_findings
    assert reading.changed
    assert SPEC.evaluate(reading.state["findings"]).level == "consultation_24"


def test_a_later_negated_entity_corrects_a_present_finding():
    state = state_with(**{**all_red_flags_absent(), "rash": PRESENT})
    reading = read(state, "age", "inform", [symptom("rash", negated=True)], "actually there is no rash")
    assert reading.state["findings"]["rash"] == ABSENT
    assert "rash" in reading.new_findings


@pytest.mark.parametrize("fid", SPEC.yes_no_findings())
def test_a_negated_entity_records_absent_and_never_escalates(fid):
    reading = read(new_state(), "emergency_signs", "inform", [symptom(fid, negated=True)], f"no {fid}")
    assert reading.state["findings"][fid] == ABSENT
    assert SPEC.evaluate(reading.state["findings"]).level == "self_care"
    assert next_question(SPEC, reading.state) is not None


@pytest.mark.parametrize("fid", EMERGENCY_FINDINGS)
def test_a_negated_emergency_finding_in_the_first_message_does_not_stop(fid):
    reading = read(new_state(), None, "inform", [symptom(fid, negated=True)], "...")
    assert reading.state["findings"] == {fid: ABSENT}
    ask = next_question(SPEC, reading.state)
    assert ask is not None and fid not in ask.findings


def test_present_role_is_present():
    ent = {**symptom("fever"), "role": "present"}
    assert read(new_state(), None, "inform", [ent]).state["findings"] == {"fever": PRESENT}


def test_negated_location_and_sensation_are_not_recorded():
    entities = [{"entity": "body_location", "value": "flank", "role": "negated"},
                {"entity": "sensation", "value": "burning", "role": "negated"}]
    assert read(new_state(), None, "inform", entities).state["findings"] == {}


@pytest.mark.parametrize("said, recorded", [
    (["warmth", "aching"], "warmth"), (["aching", "warmth"], "warmth"),
    (["tingling", "burning"], "burning"), (["sharp", "electric"], "electric"),
])
def test_several_feelings_in_one_message_record_the_one_the_spec_lists_first(said, recorded):
    entities = [{"entity": "sensation", "value": v} for v in said]
    assert read(new_state(), None, "inform", entities).state["findings"]["sensation"] == recorded


def test_a_later_message_still_changes_the_feeling():
    state = read(new_state(), None, "inform", [{"entity": "sensation", "value": "burning"}]).state
    state = read(state, "sensation", "inform", [{"entity": "sensation", "value": "aching"}]).state
    assert state["findings"]["sensation"] == "aching"


# --------------------------------------------------------------------------
# Durations and ages


# The words are parsed by the NLU (tests/nlu/test_quantities.py); the
# interview reads the parsed values only.


def test_age_answer():
    assert read(new_state(), "age", "inform", [age(52)], "I'm 52").state["findings"] == {"age": 52}


def test_an_age_said_in_passing_is_recorded():
    reading = read(new_state(), "emergency_signs", "deny", [age(67)], "no, and I'm 67")
    assert reading.state["findings"]["age"] == 67
    assert reading.state["findings"]["collapse"] == ABSENT


def test_a_number_payload_answers_the_age_question():
    assert read(new_state(), "age", "inform", [button("52")]).state["findings"] == {"age": 52}


def test_a_number_said_alone_answers_the_age_question():
    reading = read(new_state(), "age", "inform", [number(52)], "52")
    assert reading.answered and reading.state["findings"] == {"age": 52}


@pytest.mark.parametrize("entities", [[], [number(5), number(2)], [number(150)]])
def test_no_single_number_is_no_age(entities):
    """The interview parses no words ("I'm 52" without the NLU's entity is not
    read); two numbers ("5 foot 2") or one out of range are not an age."""
    reading = read(new_state(), "age", "inform", entities, "I'm 52")
    assert not reading.answered and "age" not in reading.state["findings"]


def test_a_bare_number_is_not_an_age_at_another_question():
    reading = read(new_state(), "emergency_signs", "inform", [number(52)], "52")
    assert "age" not in reading.state["findings"]


@pytest.mark.parametrize("entities, days", [
    ([duration("three days", 3)], 3),
    ([duration("since Tuesday", 2)], 2),
    ([duration("a couple of weeks", 14)], 14),
    ([duration("a few hours", 0.125)], 0.125),
])
def test_duration_answer(entities, days):
    assert read(new_state(), "duration", "inform", entities, "...").state["findings"] == {"duration": days}


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_of_two_times_in_one_message_the_earliest_onset_counts(order):
    """"Hot since the weekend, and since this morning I can't pee": 5 days, not 0."""
    times = [duration("since the weekend", 5), duration("since this morning", 0)]
    reading = read(new_state(), None, "inform", [times[i] for i in order], "...")
    assert reading.state["findings"]["duration"] == 5


def test_a_time_in_the_answer_to_are_you_pregnant_is_not_the_onset():
    """"Yes, about 10 weeks": how far along, not how long the back has been hot."""
    reading = read(new_state(), "pregnant", "affirm", [duration("about 10 weeks", 70)], "yes, about 10 weeks")
    assert reading.state["findings"]["pregnant"] == PRESENT
    assert "duration" not in reading.state["findings"]


def test_a_duration_without_days_is_not_read():
    """Only the parsed days count: the interview does not parse the words."""
    reading = read(new_state(), "duration", "inform", [{"entity": "duration", "value": "three days"}], "three days")
    assert not reading.answered and "duration" not in reading.state["findings"]


def _state_asking_duration() -> Dict[str, Any]:
    trace, _ = interview_trace(deny_everything)
    return next(state for ask, state in trace if ask.id == "duration")


def test_a_bare_number_is_days_only_after_the_simpler_question():
    state = _state_asking_duration()
    assert next_question(SPEC, state).id == "duration"
    first = read(state, "duration", "inform", [number(3)], "3")
    assert not first.answered and "duration" not in first.state["findings"]
    ask = next_question(SPEC, first.state)
    assert ask.id == "duration" and ask.simpler
    second = read(first.state, "duration", "inform", [number(3)], "3")
    assert second.answered and second.state["findings"]["duration"] == 3


@pytest.mark.parametrize("choice_id", list(SPEC.questions_by_id["duration"].duration_choices))
def test_duration_answer_with_a_button(choice_id):
    days = SPEC.questions_by_id["duration"].duration_choices[choice_id][1]
    reading = read(new_state(), "duration", "inform", [button(choice_id)])
    assert reading.state["findings"] == {"duration": days}


def test_a_duration_mentioned_at_any_question_is_recorded():
    reading = read(new_state(), "emergency_signs", "deny", [duration("a week", 7)], "no, it's been a week")
    assert reading.state["findings"]["duration"] == 7
    assert reading.state["findings"]["collapse"] == ABSENT


# --------------------------------------------------------------------------
# Choice questions

CHOICE_CASES = [(fid, choice) for fid in ("activity_effect", "location", "localized", "sensation")
                for choice in SPEC.findings[fid].choices]


@pytest.mark.parametrize("fid, choice", CHOICE_CASES)
def test_choice_answer_with_a_button(fid, choice):
    reading = read(new_state(), fid, "inform", [button(choice)])
    assert reading.answered
    assert reading.state["findings"] == {fid: choice}


@pytest.mark.parametrize("fid, text, choice", [
    ("activity_effect", "worse when I move", "worse_with_movement"),
    ("activity_effect", "it hurts more when I'm walking about", "worse_with_movement"),
    ("activity_effect", "it's worse when I rest", "worse_at_rest"),
    ("activity_effect", "no difference", "no_change"),
    ("localized", "it's all over", "widespread"),
    ("localized", "just in one spot", "one_spot"),
    ("location", "lower back", "lower_back"),
])
def test_choice_answer_in_free_text(fid, text, choice):
    reading = read(new_state(), fid, "inform", [], text)
    assert reading.state["findings"] == {fid: choice}


def test_choice_entities_are_recorded_at_any_question():
    entities = [{"entity": "body_location", "value": "flank"}, {"entity": "sensation", "value": "burning"}]
    findings = read(new_state(), "emergency_signs", "inform", entities, "burning in my side").state["findings"]
    assert findings == {"location": "flank", "sensation": "burning"}


def test_an_unreadable_choice_answer_is_not_recorded():
    reading = read(new_state(), "activity_effect", "inform", [], "purple")
    assert not reading.answered
    assert not reading.changed
    assert reading.state["findings"] == {}


# --------------------------------------------------------------------------
# Medications


@pytest.mark.parametrize("intent, entities, text", [
    ("deny", [], "none"),
    ("deny", [], "no"),
    ("deny", [], "I don't take anything"),
    ("inform", [button("none")], ""),
])
def test_no_medicines(intent, entities, text):
    reading = read(new_state(), "medications", intent, entities, text)
    assert reading.answered
    assert reading.state["findings"] == {"medications": []}
    assert reading.state["medicine_names"] == []


MEDICATION_EFFECT_CLASSES = ["antidepressant", "adhd_stimulant", "muscle_relaxant", "hormonal_therapy",
                             "chemotherapy"]
UNRECOGNISED = SPEC.findings["medications"].unrecognised


def test_the_recognised_medication_classes_are_those_of_the_spec():
    assert UNRECOGNISED == "other"
    assert set(SPEC.findings["medications"].choices) == set(MEDICATION_EFFECT_CLASSES) | {"anticoagulant", "other"}


@pytest.mark.parametrize("med", MEDICATION_EFFECT_CLASSES)
def test_a_medication_entity_records_its_class(med):
    reading = read(new_state(), "medications", "inform", [{"entity": "medication", "value": med}], "...")
    assert reading.state["findings"] == {"medications": [med]}
    assert reading.state["medicine_names"] == []
    assert "medication_effect" in [r.rule for r in SPEC.evaluate(reading.state["findings"]).reasons]


def test_warfarin_is_an_anticoagulant_and_not_a_medication_effect():
    entity = {"entity": "medication", "value": "anticoagulant", "text": "warfarin"}
    reading = read(new_state(), "medications", "inform", [entity], "I take warfarin")
    assert reading.answered
    assert reading.state["findings"] == {"medications": ["anticoagulant"]}
    assert reading.state["medicine_names"] == [], "a recognised medicine is not an unrecognised name"
    assert "medication_effect" not in [r.rule for r in SPEC.evaluate(reading.state["findings"]).reasons]


@pytest.mark.parametrize("text, name", [
    ("metformin", "metformin"),
    ("I take metformin daily", "metformin"),
    ("I take metformin and ramipril", "metformin and ramipril"),
    ("Lisinopril 10mg", "Lisinopril 10mg"),
])
def test_an_unrecognised_medicine_in_free_text_is_kept_as_written(text, name):
    reading = read(new_state(), "medications", "inform", [], text)
    assert reading.answered
    assert reading.state["findings"] == {"medications": [UNRECOGNISED]}
    assert reading.state["medicine_names"] == [name]
    result = SPEC.evaluate(reading.state["findings"])
    assert "medication_effect" not in [r.rule for r in result.reasons], "an unknown medicine is not a class"
    assert next_question(SPEC, reading.state) is None or next_question(SPEC, reading.state).id != "medications"


def test_an_unrecognised_medication_entity_value_is_kept_as_written():
    entity = {"entity": "medication", "value": "metformin", "text": "Metformin"}
    reading = read(new_state(), "medications", "inform", [entity], "Metformin")
    assert reading.state["findings"] == {"medications": [UNRECOGNISED]}
    assert reading.state["medicine_names"] == ["Metformin"]


def test_a_recognised_and_an_unrecognised_medicine_together():
    state = read(new_state(), "medications", "inform", [], "metformin").state
    state = read(state, "back_history", "inform",
                 [{"entity": "medication", "value": "anticoagulant", "text": "apixaban"}], "and apixaban").state
    assert state["findings"]["medications"] == [UNRECOGNISED, "anticoagulant"]
    assert state["medicine_names"] == ["metformin"]


@pytest.mark.parametrize("question_id", ["medications", "risk_factors", None])
def test_injecting_insulin_never_records_injecting_drugs(question_id):
    # Only a symptom entity iv_drug_use may record it; the words alone never do.
    reading = read(new_state(), question_id, "inform", [], "I inject insulin")
    assert "iv_drug_use" not in reading.state["findings"]
    if question_id == "medications":
        assert reading.state["findings"] == {"medications": [UNRECOGNISED]}
        assert reading.state["medicine_names"] == ["insulin"]


@pytest.mark.parametrize("text", ["I don't take anything", "no I don't take any"])
def test_a_free_text_no_with_a_contraction_is_not_a_medicine(text):
    reading = read(new_state(), "medications", "inform", [], text)
    assert reading.state["medicine_names"] == []
    assert reading.state["findings"].get("medications") in (None, [])


def test_several_medications_and_later_additions():
    entities = [{"entity": "medication", "value": "antidepressant"},
                {"entity": "medication", "value": "chemotherapy"}]
    state = read(new_state(), "medications", "inform", entities, "sertraline and chemo").state
    assert state["findings"]["medications"] == ["antidepressant", "chemotherapy"]
    state = read(state, "back_history", "inform", [{"entity": "medication", "value": "muscle_relaxant"}],
                 "oh and a muscle relaxant").state
    assert state["findings"]["medications"] == ["antidepressant", "chemotherapy", "muscle_relaxant"]


# --------------------------------------------------------------------------
# A whole interview


def test_a_complete_self_care_interview():
    def answer(ask: Ask):
        if ask.id == "age":
            return "inform", [age(30)], "I'm 30"
        if ask.id == "duration":
            return "inform", [duration("1 day", 1)], "1 day"
        if ask.id == "external_heat_source":
            return "affirm", [], "yes, I sleep on a memory foam mattress"
        if ask.findings == ("external_heat_source",):
            return "affirm", [], "yes"
        if "external_heat_source" in ask.findings:
            return "inform", [button("external_heat_source")], ""
        return deny_everything(ask)

    asked, state = run_interview(answer)
    result = SPEC.evaluate(state["findings"])
    print(f"\nself-care interview: {len(asked)} questions: {[a.id for a in asked]}")
    assert result.level == "self_care"
    assert state["findings"]["external_heat_source"] == PRESENT
    assert state["findings"]["duration"] == 1
    assert state["findings"]["age"] == 30
    assert all(state["findings"][f] == ABSENT for f in RED_FLAGS)
    assert "remove_heat_source" in result.self_care_advice
    assert any("bedding" in SPEC.advice_text(a) for a in result.self_care_advice)
    assert len(asked) <= 14
    assert is_finished(SPEC, state)
