"""The vignette summary of a blind set names no case (tests/vignettes/vignette_person.py):
numbers only, so that scoring a blind set once does not show its cases."""

from __future__ import annotations

from tests.vignettes.vignette_person import CASES_PATH, Outcome, format_summary, load_cases


def _outcomes():
    case = load_cases(CASES_PATH)[0]
    return [Outcome(case, levels=[case.expected], reasked=["emergency_signs:collapse"],
                    misread=["duration: recorded 1 days, is 2 days"])]


def test_the_summary_names_the_cases_behind_the_counts():
    text = format_summary(_outcomes(), True)
    assert _outcomes()[0].case.id in text and "known findings asked again 1" in text


def test_a_blind_summary_gives_numbers_only():
    text = format_summary(_outcomes(), True, details=False)
    assert "known findings asked again 1" in text
    assert _outcomes()[0].case.id not in text and "recorded 1 days" not in text
