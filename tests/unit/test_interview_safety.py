"""Safety properties of the interview's question pruning.

The interview skips questions whose answers cannot change the level of care.
These properties check that claim against the rules themselves: when the
interview stops, no completion of the unanswered findings changes the level,
and a red flag is never skipped.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.clinical.engine import ABSENT, EMERGENCY_LEVELS, PRESENT, UNKNOWN, default_spec
from bot.clinical.interview import new_state, next_question, read_message

SPEC = default_spec()


def value_strategy(fid: str) -> st.SearchStrategy:
    finding = SPEC.findings[fid]
    if finding.kind == "yes_no":
        # Mostly absent, so that many states are not emergencies and the
        # pruning (which only applies below emergency level) is exercised.
        return st.sampled_from([ABSENT] * 5 + [PRESENT, UNKNOWN])
    if finding.kind in ("number", "duration"):
        return st.one_of(st.integers(0, 100).map(float), st.just(UNKNOWN))
    if finding.kind == "choice":
        return st.sampled_from(list(finding.choices) + [UNKNOWN])
    return st.lists(st.sampled_from(list(finding.choices)), max_size=2)


@st.composite
def partial_findings(draw, red_flags_known: bool = True) -> dict:
    findings = {}
    for fid in SPEC.findings:
        must = red_flags_known and SPEC.findings[fid].group == "red_flag"
        if must or draw(st.booleans()):
            findings[fid] = draw(value_strategy(fid))
    return findings


@st.composite
def completion(draw, findings: dict) -> dict:
    return {fid: draw(value_strategy(fid)) for fid in SPEC.findings if fid not in findings}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_when_the_interview_stops_no_unasked_answer_changes_the_level(data):
    findings = data.draw(partial_findings())
    state = {**new_state(), "findings": findings}
    if next_question(SPEC, state) is not None:
        return
    level = SPEC.level_of(findings)
    if level in EMERGENCY_LEVELS:
        return  # stopped on purpose: nothing can make an emergency less urgent to act on
    event("stopped below emergency level")
    rest = data.draw(completion(findings))
    completed = {**findings, **rest}
    # `unknown` is only recorded after asking twice; an unasked finding is simply missing.
    completed = {k: v for k, v in completed.items() if not (k in rest and v == UNKNOWN)}
    assert SPEC.level_of(completed) == level, (
        f"stopped at {level} but answers {rest} would give {SPEC.level_of(completed)}"
    )


@settings(max_examples=300, deadline=None)
@given(findings=partial_findings(red_flags_known=False))
def test_a_red_flag_is_never_skipped(findings):
    state = {**new_state(), "findings": findings}
    question = next_question(SPEC, state)
    unknown_red_flags = [f for f in SPEC.red_flags() if f not in findings]
    if SPEC.level_of(findings) in EMERGENCY_LEVELS:
        assert question is None, "an emergency stops the interview at once"
    elif unknown_red_flags:
        assert question is not None
        assert set(question.findings) <= set(SPEC.red_flags()), "red flags are asked first"
        assert question.findings[0] == unknown_red_flags[0], "most dangerous first"


def test_every_emergency_finding_alone_stops_the_interview_at_once():
    emergency_findings = [
        fid for fid in SPEC.yes_no_findings()
        if SPEC.level_of({fid: PRESENT}) in EMERGENCY_LEVELS
    ]
    assert set(emergency_findings) == {
        "collapse", "chest_pain", "very_unwell", "tearing_pain", "paralysis", "severe_burn",
        "bladder_bowel_dysfunction", "saddle_numbness", "leg_weakness", "both_legs_affected",
        "high_fever", "severe_pain", "trauma",
    }
    for fid in emergency_findings:
        assert next_question(SPEC, {**new_state(), "findings": {fid: PRESENT}}) is None, fid
        assert next_question(SPEC, {**new_state(), "findings": {fid: ABSENT}}) is not None, fid


# --------------------------------------------------------------------------
# An emergency sign that could not be ruled out (spec v2: `unknown_emergency_sign`)

AT_MOST_24_HOURS = SPEC.rank("consultation_24")
EMERGENCY_GROUPS = [q.id for q in SPEC.questions
                    if q.type == "multiple" and set(q.findings) & set(SPEC.emergency_signs())]


def _screened_before(question_id: str) -> dict:
    out: dict = {}
    for question in SPEC.questions:
        if question.id == question_id:
            return out
        out.update({f: ABSENT for f in question.findings})
    raise AssertionError(question_id)


def test_the_emergency_signs_are_asked_in_groups():
    assert EMERGENCY_GROUPS[0] == "emergency_signs"
    assert len(EMERGENCY_GROUPS) >= 2


@pytest.mark.parametrize("group_id", EMERGENCY_GROUPS)
@pytest.mark.parametrize("how", ["intent", "button"])
def test_dont_know_twice_to_an_emergency_group_needs_a_clinician_within_24_hours(group_id, how):
    state = {**new_state(), "findings": _screened_before(group_id)}
    ask = next_question(SPEC, state)
    assert ask.id == group_id
    for _ in range(2):
        if how == "intent":
            state = read_message(SPEC, state, ask.id, "dont_know", [], "I don't know").state
        else:
            state = read_message(SPEC, state, ask.id, "inform", [{"entity": "answer", "value": UNKNOWN}]).state
    assert all(state["findings"][f] == UNKNOWN for f in ask.findings)
    result = SPEC.evaluate(state["findings"])
    assert SPEC.rank(result.level) <= AT_MOST_24_HOURS, result.level
    assert "unknown_emergency_sign" in [r.rule for r in result.reasons]
    assert next_question(SPEC, state) is not None, "an unknown sign is not an emergency: the screen goes on"


@pytest.mark.parametrize("fid", sorted(set(SPEC.emergency_signs()) & set(SPEC.red_flags())))
def test_one_unknown_emergency_sign_needs_a_clinician_within_24_hours(fid):
    findings = {f: ABSENT for f in SPEC.red_flags()}
    findings[fid] = UNKNOWN
    assert SPEC.rank(SPEC.level_of(findings)) <= AT_MOST_24_HOURS


def test_dont_know_twice_to_one_emergency_item_asked_alone():
    state = read_message(SPEC, new_state(), "emergency_signs", "affirm", [], "yes").state
    ask = next_question(SPEC, state)
    assert ask.type == "yes_no" and ask.id in SPEC.emergency_signs()
    for _ in range(2):
        state = read_message(SPEC, state, ask.id, "dont_know", [], "not sure").state
    assert state["findings"] == {ask.id: UNKNOWN}
    assert SPEC.rank(SPEC.level_of(state["findings"])) <= AT_MOST_24_HOURS
