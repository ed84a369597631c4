"""The scripted person of the vignettes (tests/vignettes/vignette_person.py) answers a grouped question
as a real one would: a finding it does not know is never given as "none of these"."""

from __future__ import annotations

from tests.vignettes.vignette_person import ABSENT, PRESENT, UNKNOWN, Case, Person

URGENT = {"id": "urgent_signs", "type": "multiple",
          "findings": ["bladder_bowel_dysfunction", "saddle_numbness", "leg_weakness"]}


def _person(truth, mode="buttons"):
    case = Case(id="c", expected="consultation_24", opening="my back is warm", says={}, truth=truth, mode=mode)
    return Person(case, use_text=True)


def test_a_group_with_one_finding_not_known_and_none_present_gets_i_dont_know():
    assert _person({"leg_weakness": UNKNOWN}).answer(URGENT, text=False) == ("/dont_know", "dont_know")
    message, kind = _person({"leg_weakness": UNKNOWN}, mode="text").answer(URGENT, text=True)
    assert kind == "dont_know" and "none" not in message.lower()


def test_a_group_with_a_finding_present_names_it_even_beside_one_not_known():
    message, kind = _person({"leg_weakness": UNKNOWN, "saddle_numbness": PRESENT}).answer(URGENT, text=False)
    assert kind == "answer" and "saddle_numbness" in message


def test_a_group_all_absent_is_none_of_these():
    message, kind = _person({"leg_weakness": ABSENT}).answer(URGENT, text=False)
    assert kind == "answer" and '"none"' in message
