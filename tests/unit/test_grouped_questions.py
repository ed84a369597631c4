"""Grouped ("any of these?") questions, spec version 2, section 4 step 2.

A grouped answer records only what it says: the items named or tapped are
present, and the others are asked again ("any of the others?"); only an
explicit "none of these" or "no" to the whole list records the items shown
as absent. An emergency stops the interview with the rest not known. Groups
that are not red flags show only the items that could still change the
outcome, and never record an item they did not show.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Set, Tuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import replies
from bot.clinical.engine import ABSENT, EMERGENCY_LEVELS, PRESENT, UNKNOWN, default_spec
from bot.clinical.interview import NONE_CHOICE, Ask, new_state, next_question, read_message

SPEC = default_spec()
TODAY = dt.date(2024, 5, 16)
GROUPS = [q for q in SPEC.questions if q.type == "multiple"]
RED_FLAG_GROUPS = [q for q in GROUPS if all(SPEC.findings[f].group == "red_flag" for f in q.findings)]
EMERGENCY_SIGNS = set(SPEC.emergency_signs())
SINCE = re.compile(r"\bsince (this|it|the back problem|the problem) (started|began)\b", re.I)
NOT_NOW = re.compile(r"\bright now\b|\bat the moment\b|\bcurrently\b", re.I)


def state_with(**findings: Any) -> Dict[str, Any]:
    return {**new_state(), "findings": dict(findings)}


def read(state, question_id, intent=None, entities: Sequence[Mapping[str, Any]] = (), text=""):
    return read_message(SPEC, state, question_id, intent, list(entities), text, today=TODAY)


def button(choice_id: str) -> Dict[str, Any]:
    return {"entity": "answer", "value": choice_id}


def symptom(value: str, negated: bool = False) -> Dict[str, Any]:
    ent = {"entity": "symptom", "value": value}
    if negated:
        ent["role"] = "negated"
    return ent


def screened_before(group_id: str) -> Dict[str, str]:
    """The red flags of the questions before ``group_id`` answered "no"."""
    out: Dict[str, str] = {}
    for question in SPEC.questions:
        if question.id == group_id:
            return out
        if all(SPEC.findings[f].group == "red_flag" for f in question.findings):
            out.update({f: ABSENT for f in question.findings})
    raise AssertionError(group_id)


def at_group(group_id: str) -> Dict[str, Any]:
    state = state_with(**screened_before(group_id))
    assert next_question(SPEC, state).id == group_id
    return state


def new_in(after: Mapping[str, Any], before: Mapping[str, Any]) -> Dict[str, Any]:
    return {f: v for f, v in after.items() if before.get(f) != v}


# Every (red-flag group, item) whose tap leaves the level below emergency.
NON_EMERGENCY_TAPS = [(q.id, f) for q in RED_FLAG_GROUPS for f in q.findings if f not in EMERGENCY_SIGNS]
EMERGENCY_TAPS = [(q.id, f) for q in RED_FLAG_GROUPS for f in q.findings if f in EMERGENCY_SIGNS]


def test_the_red_flag_groups():
    assert [q.id for q in RED_FLAG_GROUPS][:3] == ["emergency_signs", "urgent_signs", "warning_signs"]
    assert NON_EMERGENCY_TAPS and EMERGENCY_TAPS
    for question in GROUPS:
        assert question.others and question.item, question.id


# --------------------------------------------------------------------------
# A tap or a name: only that item; the others are asked again


@pytest.mark.parametrize("group_id, fid", NON_EMERGENCY_TAPS)
def test_a_tap_records_one_item_and_asks_about_the_others(group_id, fid):
    state = at_group(group_id)
    first = next_question(SPEC, state)
    reading = read(state, group_id, "inform", [button(fid)])
    assert reading.answered
    assert new_in(reading.state["findings"], state["findings"]) == {fid: PRESENT}

    again = next_question(SPEC, reading.state)
    assert again.id == group_id and again.type == "multiple"
    assert again.others and not first.others
    assert again.findings == tuple(f for f in first.findings if f != fid)
    assert again.choices == again.findings + (NONE_CHOICE, UNKNOWN)
    text = replies.question_text(SPEC, again)
    assert text.startswith(SPEC.questions_by_id[group_id].others)
    assert SPEC.findings[fid].label[1:] not in text
    payload = replies.question_payload(SPEC, again)
    assert payload["findings"] == list(again.findings)

    # "None of these" now records only the items shown again.
    after = read(reading.state, again.id, "inform", [button(NONE_CHOICE)]).state
    assert new_in(after["findings"], reading.state["findings"]) == {f: ABSENT for f in again.findings}
    assert after["findings"][fid] == PRESENT
    nxt = next_question(SPEC, after)
    assert nxt is None or nxt.id != group_id


@pytest.mark.parametrize("group_id, fid", NON_EMERGENCY_TAPS[:4])
def test_a_plain_no_to_the_others_records_them_absent(group_id, fid):
    state = read(at_group(group_id), group_id, "inform", [button(fid)]).state
    again = next_question(SPEC, state)
    after = read(state, again.id, "deny", text="no").state
    assert new_in(after["findings"], state["findings"]) == {f: ABSENT for f in again.findings}


def test_no_with_a_named_item_does_not_record_the_rest():
    state = at_group("warning_signs")
    reading = read(state, "warning_signs", "deny", [symptom("rash")], "no, only a rash")
    assert new_in(reading.state["findings"], state["findings"]) == {"rash": PRESENT}
    again = next_question(SPEC, reading.state)
    assert again.id == "warning_signs" and again.others
    assert "rash" not in again.findings and "fever" in again.findings


def test_no_with_a_denied_item_records_only_that_item():
    state = at_group("warning_signs")
    reading = read(state, "warning_signs", "deny", [symptom("rash", negated=True)], "no rash")
    assert new_in(reading.state["findings"], state["findings"]) == {"rash": ABSENT}
    again = next_question(SPEC, reading.state)
    assert again.id == "warning_signs" and again.others and "rash" not in again.findings


def test_a_typed_answer_naming_two_items():
    state = at_group("warning_signs")
    reading = read(state, "warning_signs", "inform", [symptom("fever"), symptom("urinary_symptoms")],
                   "I've had a fever and it burns when I pee")
    assert reading.answered
    assert new_in(reading.state["findings"], state["findings"]) == {"fever": PRESENT, "urinary_symptoms": PRESENT}
    again = next_question(SPEC, reading.state)
    assert again.id == "warning_signs" and again.others
    assert again.findings == tuple(f for f in SPEC.questions_by_id["warning_signs"].findings
                                   if f not in ("fever", "urinary_symptoms"))


def test_others_are_asked_until_answered():
    state = at_group("warning_signs")
    state = read(state, "warning_signs", "inform", [button("rash")]).state
    state = read(state, "warning_signs", "inform", [button("fever")]).state
    again = next_question(SPEC, state)
    assert again.id == "warning_signs" and again.others
    assert "rash" not in again.findings and "fever" not in again.findings
    state = read(state, "warning_signs", "deny", text="no, none of those").state
    assert all(state["findings"][f] in (PRESENT, ABSENT) for f in SPEC.questions_by_id["warning_signs"].findings)


# --------------------------------------------------------------------------
# An emergency stops the interview; the rest stays not known


@pytest.mark.parametrize("group_id, fid", EMERGENCY_TAPS)
@pytest.mark.parametrize("how", ["button", "entity"])
def test_an_emergency_item_stops_with_the_rest_not_known(group_id, fid, how):
    state = at_group(group_id)
    entities = [button(fid)] if how == "button" else [symptom(fid)]
    reading = read(state, group_id, "inform", entities, "yes that one")
    assert new_in(reading.state["findings"], state["findings"]) == {fid: PRESENT}
    assert next_question(SPEC, reading.state) is None
    for other in SPEC.questions_by_id[group_id].findings:
        if other != fid:
            assert other not in reading.state["findings"], other
    assert SPEC.evaluate(reading.state["findings"]).level in EMERGENCY_LEVELS


def test_an_emergency_named_in_the_others_question_stops():
    state = at_group("warning_signs")
    state = read(state, "warning_signs", "inform", [button("rash")]).state
    reading = read(state, "warning_signs", "inform", [symptom("leg_weakness")], "my legs keep giving way")
    assert reading.state["findings"]["leg_weakness"] == PRESENT
    assert next_question(SPEC, reading.state) is None
    assert all(f not in reading.state["findings"] for f in SPEC.questions_by_id["warning_signs"].findings
               if f != "rash")


# --------------------------------------------------------------------------
# "I don't know" twice: the items asked become unknown


@pytest.mark.parametrize("group_id", [q.id for q in RED_FLAG_GROUPS])
def test_dont_know_twice_to_a_group_records_the_shown_items_unknown(group_id):
    state = at_group(group_id)
    shown = next_question(SPEC, state).findings
    state = read(state, group_id, "dont_know", text="I don't know").state
    again = next_question(SPEC, state)
    assert again.id == group_id and again.simpler and again.findings == shown
    after = read(state, group_id, "dont_know", text="no idea").state
    assert new_in(after["findings"], state["findings"]) == {f: UNKNOWN for f in shown}


def test_dont_know_twice_to_the_others_records_only_the_others_unknown():
    state = at_group("warning_signs")
    state = read(state, "warning_signs", "inform", [button("rash")]).state
    others = next_question(SPEC, state).findings
    state = read(state, "warning_signs", "dont_know", text="not sure").state
    again = next_question(SPEC, state)
    assert again.id == "warning_signs" and again.others and again.simpler
    after = read(state, "warning_signs", "inform", [button(UNKNOWN)]).state
    assert new_in(after["findings"], state["findings"]) == {f: UNKNOWN for f in others}
    assert after["findings"]["rash"] == PRESENT


# --------------------------------------------------------------------------
# Risk factors: only the items that could matter are shown, and only those recorded


def risk_state(**extra: Any) -> Dict[str, Any]:
    findings = {f: ABSENT for f in SPEC.red_flags()}
    findings.update(age=30, **extra)
    state = state_with(**findings)
    return state


@pytest.mark.parametrize("extra, shown, hidden", [
    ({}, {"cancer_history", "osteoporosis_or_steroids"}, {"diabetes", "iv_drug_use", "recent_spinal_procedure"}),
    ({"fever": PRESENT}, {"diabetes", "iv_drug_use", "recent_spinal_procedure", "immunosuppressed"}, set()),
    ({"rash": PRESENT}, {"immunosuppressed"}, {"diabetes", "iv_drug_use", "recent_spinal_procedure"}),
])
def test_the_risk_factor_group_shows_only_what_could_matter(extra, shown, hidden):
    ask = next_question(SPEC, risk_state(**extra))
    assert ask.id == "risk_factors"
    assert shown <= set(ask.findings)
    assert not hidden & set(ask.findings)
    assert "pregnant" not in ask.findings and "pregnant" in SPEC.questions_by_id
    assert SPEC.questions_by_id["pregnant"].type == "yes_no"


@pytest.mark.parametrize("extra", [{}, {"rash": PRESENT}, {"fever": PRESENT}])
@pytest.mark.parametrize("answer", ["deny", "none", "dont_know_twice"])
def test_the_risk_factor_group_never_records_an_item_it_did_not_show(extra, answer):
    state = risk_state(**extra)
    ask = next_question(SPEC, state)
    assert ask.id == "risk_factors"
    if answer == "deny":
        after = read(state, ask.id, "deny", text="no").state
        expected = ABSENT
    elif answer == "none":
        after = read(state, ask.id, "inform", [button(NONE_CHOICE)]).state
        expected = ABSENT
    else:
        after = read(state, ask.id, "dont_know", text="not sure").state
        after = read(after, ask.id, "dont_know", text="no idea").state
        expected = UNKNOWN
    assert new_in(after["findings"], state["findings"]) == {f: expected for f in ask.findings}
    for fid in SPEC.questions_by_id["risk_factors"].findings:
        if fid not in ask.findings:
            assert fid not in after["findings"], fid


def test_a_hidden_risk_factor_is_asked_once_it_matters():
    state = risk_state()
    ask = next_question(SPEC, state)
    state = read(state, ask.id, "deny", text="no").state
    assert "diabetes" not in state["findings"]
    # A correction: a fever after all. Diabetes now matters, and is asked.
    state = read(state, "duration", "inform", [symptom("fever")], "actually I do have a fever").state
    nxt = next_question(SPEC, state)
    assert nxt.id == "risk_factors" and "diabetes" in nxt.findings
    assert "cancer_history" not in nxt.findings, "already answered"


def test_pregnant_is_asked_when_a_fever_makes_it_matter():
    state = risk_state(fever=PRESENT)
    state = read(state, "risk_factors", "deny", text="no").state
    ask = next_question(SPEC, state)
    assert ask.id == "pregnant" and ask.type == "yes_no" and ask.findings == ("pregnant",)
    after = read(state, "pregnant", "affirm", text="yes").state
    assert SPEC.evaluate(after["findings"]).level == "emergency"
    assert next_question(SPEC, after) is None


def test_pregnant_is_asked_with_urinary_symptoms_high_on_the_back():
    state = risk_state(urinary_symptoms=PRESENT, location="upper_back")
    asked = []
    while (ask := next_question(SPEC, state)) is not None and len(asked) < 20:
        asked.append(ask.id)
        if ask.id == "pregnant":
            break
        intent, entities, text = ("inform", [button(ask.choices[0])], "") if ask.type in ("choice", "duration") \
            else ("deny", [], "no")
        state = read(state, ask.id, intent, entities, text).state
    assert "pregnant" in asked


def _deny_all(state: Dict[str, Any]) -> List[str]:
    asked: List[str] = []
    while (ask := next_question(SPEC, state)) is not None:
        asked.append(ask.id)
        assert len(asked) < 40
        if ask.type in ("choice", "duration"):
            state = read(state, ask.id, "inform", [button(ask.choices[0])]).state
        elif ask.type == "number":
            state = read(state, ask.id, "inform", [{"entity": "number", "value": "30", "number": 30}], "30").state
        else:
            state = read(state, ask.id, "deny", text="no").state
    return asked


def test_pregnant_is_not_asked_when_nothing_it_could_change_is_left():
    # No fever, no urinary symptoms, no strain: its answer can change nothing.
    assert "pregnant" not in _deny_all(risk_state(recent_strain=ABSENT))


def test_pregnant_is_only_asked_where_it_could_change_the_level():
    assert "pregnant" not in _deny_all(risk_state())


# --------------------------------------------------------------------------
# Property: a grouped answer records only what was said


SYMPTOMS = SPEC.yes_no_findings()


@st.composite
def answer_to(draw, ask: Ask) -> Tuple[Optional[str], List[Dict[str, Any]], str]:
    kind = draw(st.sampled_from(["button", "button", "intent", "intent", "entities"]))
    if ask.type == "number" and kind != "button":
        # As the NLU reports them: an age, a number said alone, or no number.
        return draw(st.sampled_from([
            ("inform", [{"entity": "age", "value": "30", "years": 30}], "I'm 30"),
            ("inform", [{"entity": "number", "value": "55", "number": 55}], "55"),
            ("inform", [], "no idea"), ("inform", [], "old")]))
    if kind == "button":
        return "inform", [button(draw(st.sampled_from(ask.choices)))], ""
    group = SPEC.questions_by_id[ask.question].findings
    names = draw(st.lists(st.sampled_from(list(group) + SYMPTOMS[:3] + ["recent_strain", "diabetes"]),
                          max_size=2, unique=True))
    entities = [symptom(n, negated=draw(st.booleans())) for n in names]
    if kind == "entities":
        return "inform", entities, "..."
    intent = draw(st.sampled_from(["deny", "affirm", "dont_know", "inform"]))
    return intent, draw(st.sampled_from([[], entities])), draw(st.sampled_from(["no", "yes", "not sure", "hm"]))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), skip=st.integers(0, 3), start=st.sampled_from([{}, {"fever": PRESENT}, {"rash": PRESENT},
                                                                       {"recent_strain": PRESENT}]))
def test_a_grouped_answer_records_only_what_was_said(data, skip, start):
    findings: Dict[str, Any] = {}
    for question in RED_FLAG_GROUPS[:skip]:
        findings.update({f: ABSENT for f in question.findings})
    findings.update(start)
    state = state_with(**findings)
    said_absent: Set[str] = {f for f, v in findings.items() if v == ABSENT}
    said_present: Set[str] = {f for f, v in findings.items() if v == PRESENT}
    said_unknown: Set[str] = set()
    not_understood: Dict[str, int] = {}
    for _ in range(18):
        ask = next_question(SPEC, state)
        if ask is None:
            break
        intent, entities, text = data.draw(answer_to(ask))
        about_it = [e for e in entities if e.get("value") in ask.findings or e["entity"] == "answer"]
        if not about_it and intent not in ("affirm", "deny", "dont_know") and ask.type != "multiple":
            # The clarification protocol: a second answer not understood records the item unknown.
            not_understood[ask.id] = not_understood.get(ask.id, 0) + 1
            if not_understood[ask.id] >= 2:
                said_unknown.update(ask.findings)
        values = [e["value"] for e in entities if e["entity"] == "answer"]
        symptoms = [e for e in entities if e["entity"] == "symptom"]
        group = SPEC.questions_by_id[ask.question].findings
        mentioned = [e["value"] for e in symptoms if e["value"] in group]
        said_absent.update(e["value"] for e in symptoms if e.get("role") == "negated")
        said_present.update(e["value"] for e in symptoms if e.get("role") != "negated")
        said_present.update(v for v in values if v in group)
        if ask.type == "yes_no":
            if ABSENT in values or NONE_CHOICE in values or intent == "deny":
                said_absent.update(ask.findings)
            if PRESENT in values or intent == "affirm":
                said_present.update(ask.findings)
        if ask.type == "multiple" and (NONE_CHOICE in values or (intent == "deny" and not mentioned)):
            said_absent.update(ask.findings)
        if UNKNOWN in values or intent == "dont_know":
            said_unknown.update(ask.findings)
        state = read(state, ask.id, intent, entities, text).state
        for fid, value in state["findings"].items():
            if SPEC.findings[fid].kind != "yes_no":
                continue
            if value == ABSENT:
                assert fid in said_absent, (fid, ask, intent, entities)
            elif value == PRESENT:
                assert fid in said_present, (fid, ask, intent, entities)
            elif value == UNKNOWN:
                assert fid in said_unknown, (fid, ask, intent, entities)
        if SPEC.level_of(state["findings"]) in EMERGENCY_LEVELS:
            assert next_question(SPEC, state) is None


# --------------------------------------------------------------------------
# Wording: "since this started", never "right now"


@pytest.mark.parametrize("question", [q for q in SPEC.questions if all(SPEC.findings[f].group == "red_flag"
                                                                       for f in q.findings)], ids=lambda q: q.id)
def test_every_red_flag_question_asks_since_this_started(question):
    wordings = {"text": question.text, "simple": question.simple, "others": question.others,
                "item": question.item}
    for name, text in wordings.items():
        assert SINCE.search(text), (name, text)
        assert not NOT_NOW.search(text), (name, text)
    assert re.search(r"since this started", question.text, re.I)
    assert re.search(r"since this started", question.others, re.I)
    assert re.search(r"since this started", question.item, re.I)


@pytest.mark.parametrize("group_id", [q.id for q in RED_FLAG_GROUPS])
def test_every_rendered_red_flag_question_asks_since_this_started(group_id):
    state = at_group(group_id)
    first = next_question(SPEC, state)
    items = list(first.findings)
    asks = [first]
    dont_know = read(state, group_id, "dont_know", text="?").state
    asks.append(next_question(SPEC, dont_know))
    split = read(state, group_id, "affirm", text="yes").state
    asks.append(next_question(SPEC, split))
    asks.append(next_question(SPEC, read(split, asks[-1].id, "dont_know").state))
    safe = [f for f in items if f not in EMERGENCY_SIGNS]
    if safe:
        asks.append(next_question(SPEC, read(state, group_id, "inform", [button(safe[0])]).state))
        assert asks[-1].others
    assert any(a.simpler for a in asks) and any(a.id != group_id for a in asks)
    for ask in asks:
        text = replies.question_text(SPEC, ask)
        assert SINCE.search(text), text
        assert not NOT_NOW.search(text), text
