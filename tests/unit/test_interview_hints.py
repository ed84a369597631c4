"""Red flags hinted at by the words (bot/nlu/hints.py) in the interview: the
semantic layer proposes, the person confirms (issue 9).

A hinted emergency sign is asked at once, alone; another hinted red flag alone
in its group's turn (spec section 4: most dangerous first). The answer decides:
a hint never records a finding, present or absent, and an answer that cannot be
read is bounded like every other question.
"""

from __future__ import annotations

from typing import Any, Dict

import pytest

from bot import replies
from bot.clinical.engine import ABSENT, PRESENT, UNKNOWN, default_spec
from bot.clinical.interview import ask_next, new_state, next_question, note_hints, read_message

SPEC = default_spec()
EMERGENCY_SIGNS = SPEC.emergency_signs()
OTHER_RED_FLAGS = [f for f in SPEC.red_flags() if f not in EMERGENCY_SIGNS]


def read(state: Dict[str, Any], question_id, intent=None, text="", hints=()):
    return read_message(SPEC, state, question_id, intent, [], text, hints=hints)


def opened_with(*hints: str) -> Dict[str, Any]:
    """The state after a first message that hinted at `hints` and named nothing else."""
    return read(new_state(), None, "inform", "my back is hot", hints=hints).state


@pytest.mark.parametrize("fid", EMERGENCY_SIGNS)
def test_a_hinted_emergency_sign_is_asked_first_alone(fid):
    state = opened_with(fid)
    ask = next_question(SPEC, state)
    assert (ask.id, ask.type, ask.findings, ask.hinted) == (fid, "yes_no", (fid,), True)
    assert fid not in state["findings"], "a hint records nothing"
    assert replies.question_text(SPEC, ask).startswith(replies.HINTED_PREFACE)


@pytest.mark.parametrize("fid", EMERGENCY_SIGNS)
def test_yes_to_a_hinted_emergency_sign_ends_the_interview(fid):
    state = opened_with(fid)
    state = read(state, fid, "affirm", "yes").state
    assert state["findings"][fid] == PRESENT
    assert next_question(SPEC, state) is None


@pytest.mark.parametrize("fid", EMERGENCY_SIGNS)
def test_no_to_a_hinted_emergency_sign_records_it_absent_and_goes_on(fid):
    state = read(opened_with(fid), fid, "deny", "no").state
    assert state["findings"][fid] == ABSENT
    ask = next_question(SPEC, state)
    assert ask is not None and not ask.hinted and fid not in ask.findings


@pytest.mark.parametrize("fid", OTHER_RED_FLAGS)
def test_another_hinted_red_flag_waits_for_its_groups_turn(fid):
    state = opened_with(fid)
    first = next_question(SPEC, state)
    assert first.id != fid and not first.hinted
    # Every question before its group answered "no": then it is asked alone.
    group = SPEC.question_of_finding[fid]
    for question in SPEC.questions:
        if question is group:
            break
        state = read(state, next_question(SPEC, state).id, "deny", "no").state
    ask = next_question(SPEC, state)
    assert (ask.id, ask.type, ask.hinted) == (fid, "yes_no", True)


def test_a_hint_for_a_known_finding_is_not_asked():
    state = read(new_state(), None, "inform", "no fainting", hints=()).state
    state["findings"]["collapse"] = ABSENT
    note_hints(SPEC, state, ["collapse"])
    assert state["hinted"] == []
    assert next_question(SPEC, state).id != "collapse"


def test_a_hint_that_is_not_a_red_flag_is_ignored():
    state = new_state()
    note_hints(SPEC, state, ["diabetes", "no_such_finding"])
    assert state["hinted"] == []


def test_two_hints_are_asked_in_turn_then_the_screen_goes_on():
    state = opened_with("collapse", "trauma")
    assert next_question(SPEC, state).id == "collapse"
    state = read(state, "collapse", "deny", "no").state
    assert next_question(SPEC, state).id == "trauma"
    state = read(state, "trauma", "deny", "no").state
    ask = next_question(SPEC, state)
    assert not ask.hinted and "collapse" not in ask.findings and "trauma" not in ask.findings


def test_an_unreadable_answer_to_a_hinted_question_ends_in_unknown_and_moves_on():
    state = opened_with("collapse")
    for text in ("hmm", "banana"):
        assert next_question(SPEC, state).id == "collapse"
        state = read(state, "collapse", "nlu_fallback", text).state
    assert state["findings"]["collapse"] == UNKNOWN
    assert next_question(SPEC, state).id != "collapse"


def test_a_hinted_question_is_put_a_bounded_number_of_times():
    state = opened_with("paralysis")
    asked = 0
    while True:
        state, ask = ask_next(SPEC, state)
        if ask is None or ask.id != "paralysis":
            break
        asked += 1
        state = read(state, "paralysis", None, "").state  # silence: no intent, nothing said
        assert asked < 10
    assert state["findings"]["paralysis"] in (UNKNOWN,)
