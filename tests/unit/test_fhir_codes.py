"""The codes of the rules file and the interview's question log (issue 12).

Codes: every SNOMED CT code in bot/clinical/triage_spec.yml is well formed,
has a valid check digit and names a listed source; a mistake is a SpecError
naming the item. The log: every question put, in order, once; the answer it
got, "I don't know" included.
"""

from __future__ import annotations

import copy
from typing import Any, Dict

import pytest
import yaml

from bot.clinical.engine import SPEC_PATH, UNKNOWN, SpecError, TriageSpec, default_spec
from bot.clinical.interview import ask_next, new_state, read_message

SPEC = default_spec()
RAW: Dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def all_codes():
    for finding in SPEC.findings.values():
        if finding.code:
            yield finding.id, finding.code
        for choice, code in finding.choice_codes.items():
            yield f"{finding.id}.{choice}", code
    for state, code in SPEC.qualifier_codes.items():
        yield state, code


def test_every_code_names_a_listed_source_and_every_source_is_used():
    codes = list(all_codes())
    assert len(codes) >= 15
    used = {code.source for _, code in codes}
    assert used == set(SPEC.code_sources), "a source listed but never used, or the reverse"
    for text in SPEC.code_sources.values():
        assert "github.com/" in text or "http" in text, text  # citable: where to find it
    assert set(SPEC.qualifier_codes) == {"present", "absent"}


def rejects(mutate, *names: str) -> None:
    raw = copy.deepcopy(RAW)
    mutate(raw)
    with pytest.raises(SpecError) as info:
        TriageSpec(raw)
    for name in names:
        assert name in str(info.value), str(info.value)


def test_a_mistyped_code_fails_its_check_digit():
    def typo(raw):
        raw["findings"]["fever"]["code"]["code"] = "386661007"

    rejects(typo, "fever", "386661007")


def test_a_code_without_a_listed_source_is_refused():
    def unsourced(raw):
        raw["findings"]["fever"]["code"]["source"] = "somewhere"

    rejects(unsourced, "fever", "code_sources")


def test_a_code_for_an_unknown_choice_is_refused():
    def stray(raw):
        raw["findings"]["location"]["choice_codes"]["left_elbow"] = {"code": "52612000", "source": "hl7_cimi_pain"}

    rejects(stray, "location", "left_elbow")


def test_a_finding_without_a_code_is_text_only():
    assert SPEC.findings["rash"].code is None
    assert "tingling" not in SPEC.findings["sensation"].choice_codes


# --------------------------------------------------------------------------
# The question log


def button(choice: str) -> Dict[str, Any]:
    return {"entity": "answer", "value": choice}


def test_the_log_holds_each_question_once_in_order_with_its_answers():
    state, ask = ask_next(SPEC, new_state())
    assert ask.id == "emergency_signs"
    state, again = ask_next(SPEC, state)  # put again (a digression in between): the same question
    assert [e["id"] for e in state["log"]] == ["emergency_signs"]
    state = read_message(SPEC, state, ask.id, "dont_know", []).state
    state, ask = ask_next(SPEC, state)  # asked once more, in simpler words
    state = read_message(SPEC, state, ask.id, "dont_know", []).state
    state, nxt = ask_next(SPEC, state)
    first = state["log"][0]
    assert first["answers"] == {f: UNKNOWN for f in first["items"]}, "two don't-knows: recorded unknown"
    assert [e["id"] for e in state["log"]] == ["emergency_signs", nxt.id]


def test_any_of_the_others_is_a_new_question_in_the_log():
    state, ask = ask_next(SPEC, new_state())
    state = read_message(SPEC, state, ask.id, "deny", []).state
    state, ask = ask_next(SPEC, state)
    state = read_message(SPEC, state, ask.id, "deny", []).state
    state, ask = ask_next(SPEC, state)
    assert ask.id == "warning_signs"
    state = read_message(SPEC, state, ask.id, "inform", [button("rash")]).state
    state, others = ask_next(SPEC, state)
    assert others.id == "warning_signs" and others.others
    assert [e["id"] for e in state["log"]] == ["emergency_signs", "urgent_signs", "warning_signs", "warning_signs"]
    assert state["log"][0]["answers"] == {f: "absent" for f in state["log"][0]["items"]}
    assert state["log"][2]["answers"] == {"rash": "present"}
    assert state["log"][3]["others"] is True and "rash" not in state["log"][3]["items"]
