"""Wording rules of spec section 6 and the message shapes of contract section 3."""

from __future__ import annotations

import json
import re
from typing import Any, Dict, List

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import replies
from bot.clinical.engine import ABSENT, EMERGENCY_LEVELS, PRESENT, UNKNOWN, default_spec
from bot.clinical.interview import Ask, new_state, next_question, read_message

SPEC = default_spec()
DISCLAIMER = (
    "This is not a diagnosis and does not replace a medical professional. "
    "If you think this is an emergency, call your local emergency number."
)
# A set of findings for every level, and a few mixtures.
EXAMPLES: Dict[str, Dict[str, Any]] = {
    "emergency_ambulance": {"chest_pain": PRESENT, "fever": PRESENT, "anxiety": PRESENT},
    "emergency": {"leg_weakness": PRESENT, "rash": PRESENT, "age": 60},
    "consultation_24": {"one_sided_band": PRESENT, "fever": ABSENT, "medications": ["antidepressant"]},
    "consultation": {"duration": 20, "back_history": PRESENT, "night_sweats": UNKNOWN},
    "self_care": {"external_heat_source": PRESENT, "recent_strain": PRESENT, "sunburn": PRESENT,
                  "duration": 1, "age": 30},
}
EMERGENCY_FIRST_SENTENCE = {
    "emergency_ambulance": re.compile(r"^call emergency services now", re.I),
    "emergency": re.compile(r"^go to an emergency department now", re.I),
}


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!])\s", text.strip(), maxsplit=1)[0]


def test_examples_cover_every_level():
    assert {SPEC.evaluate(f).level for f in EXAMPLES.values()} == set(SPEC.levels)
    for level, findings in EXAMPLES.items():
        assert SPEC.evaluate(findings).level == level


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_result_text_puts_the_level_advice_first(level):
    result = SPEC.evaluate(EXAMPLES[level])
    text = replies.result_text(SPEC, result)
    assert text.startswith(result.advice)
    if level in EMERGENCY_LEVELS:
        sentence = first_sentence(text)
        assert EMERGENCY_FIRST_SENTENCE[level].match(sentence), sentence
        assert len(sentence) < 100, "one short sentence"


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_result_text_always_has_the_disclaimer(level):
    text = replies.result_text(SPEC, SPEC.evaluate(EXAMPLES[level]))
    assert DISCLAIMER in " ".join(text.split())


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_result_text_never_says_you_have(level):
    text = replies.result_text(SPEC, SPEC.evaluate(EXAMPLES[level]))
    assert "you have" not in text.lower()


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_possible_causes_are_phrased_can_be_caused_by(level):
    result = SPEC.evaluate(EXAMPLES[level])
    text = replies.result_text(SPEC, result)
    assert result.possible_causes
    assert "can be caused by" in text
    after = text.split("can be caused by", 1)[1]
    for cause in result.possible_causes:
        assert SPEC.cause_label(cause) in after, cause


def test_result_text_names_the_findings_that_led_there():
    result = SPEC.evaluate({"one_sided_band": PRESENT, "fever": ABSENT})
    text = replies.result_text(SPEC, result)
    assert SPEC.findings["one_sided_band"].label in text
    assert SPEC.findings["fever"].label not in text.split("can be caused by")[0]


def test_result_text_of_self_care_has_the_advice_and_safety_net():
    result = SPEC.evaluate(EXAMPLES["self_care"])
    text = replies.result_text(SPEC, result)
    for advice in result.self_care_advice:
        assert advice in text
    assert result.safety_net in text


def test_result_text_has_the_medication_note():
    result = SPEC.evaluate({"medications": ["adhd_stimulant"]})
    assert "do not stop" in replies.result_text(SPEC, result).lower()


def test_result_messages_carry_the_triage_payload():
    result = SPEC.evaluate(EXAMPLES["consultation_24"])
    messages = replies.result_messages(SPEC, result)
    payloads = [m["custom"]["triage"] for m in messages if "triage" in (m.get("custom") or {})]
    assert payloads == [result.as_payload()]
    assert messages[0]["text"] == replies.result_text(SPEC, result)


YES_NO = SPEC.yes_no_findings()


@settings(max_examples=200, deadline=None)
@given(findings=st.fixed_dictionaries({}, optional={
    **{f: st.sampled_from([PRESENT, ABSENT, UNKNOWN]) for f in YES_NO},
    "age": st.integers(18, 100), "duration": st.integers(0, 60),
    "location": st.sampled_from(list(SPEC.findings["location"].choices)),
    "sensation": st.sampled_from(list(SPEC.findings["sensation"].choices)),
    "activity_effect": st.sampled_from(list(SPEC.findings["activity_effect"].choices)),
    "medications": st.lists(st.sampled_from(list(SPEC.findings["medications"].choices)), max_size=2),
}))
def test_wording_rules_hold_for_any_findings(findings):
    result = SPEC.evaluate(findings)
    text = replies.result_text(SPEC, result)
    assert text.startswith(result.advice)
    assert "you have" not in text.lower()
    assert DISCLAIMER in " ".join(text.split())
    if result.possible_causes:
        assert "can be caused by" in text


# --------------------------------------------------------------------------
# Question messages


def asks_of_an_interview(findings: Dict[str, Any], scripted: List[str]) -> List[Ask]:
    """The questions of one interview answered "no" after the ``scripted`` intents."""
    asks: List[Ask] = []
    state = {**new_state(), "findings": dict(findings)}
    while True:
        ask = next_question(SPEC, state)
        if ask is None:
            return asks
        asks.append(ask)
        intent, text = (scripted.pop(0), "") if scripted else ("deny", "no")
        entities: List[Dict[str, Any]] = []
        if ask.type == "number":
            intent, text = "inform", "I'm 30"
        elif ask.type == "duration":
            intent, text = "inform", "yesterday"
        elif ask.type == "choice":
            intent, entities = "inform", [{"entity": "answer", "value": ask.choices[0][0]}]
        state = read_message(SPEC, state, ask.id, intent, entities, text).state
        assert len(asks) < 80


# Plain, split into single questions (a bare "yes"), simpler wording (after "don't know"),
# and one where urinary symptoms make the location (a choice) matter.
ASKS = asks_of_an_interview({}, ["dont_know", "affirm"]) \
    + asks_of_an_interview({"urinary_symptoms": PRESENT}, [])
CONTRACT_TYPES = {"yes_no", "multiple", "choice", "number", "duration", "free_text"}


def test_the_interview_covers_several_question_types():
    assert {a.type for a in ASKS} == CONTRACT_TYPES
    assert any(a.simpler for a in ASKS)


@pytest.mark.parametrize("ask", ASKS, ids=lambda a: f"{a.id}{'-simpler' if a.simpler else ''}")
def test_question_message_buttons_and_payload(ask):
    message = replies.question_message(ask)
    assert message["text"] == ask.text
    assert message["buttons"], "every question offers quick replies"
    assert len(message["buttons"]) == len(ask.choices)
    for btn, (choice_id, label) in zip(message["buttons"], ask.choices):
        assert btn["title"] == label
        payload = btn["payload"]
        assert payload.startswith("/inform{")
        assert json.loads(payload[len("/inform"):]) == {"answer": choice_id}

    question = message["custom"]["question"]
    assert question["id"] == ask.id
    assert question["type"] in CONTRACT_TYPES
    assert question["type"] == ask.type
    assert isinstance(question["findings"], list)
    for choice in question["choices"]:
        assert set(choice) >= {"id", "label"}
    assert [c["id"] for c in question["choices"]] == [cid for cid, _ in ask.choices]
    if question["type"] in ("yes_no", "multiple"):
        assert question["findings"], "yes_no and multiple questions name their findings"
        assert all(f in SPEC.findings for f in question["findings"])
    if question["type"] == "yes_no":
        assert question["findings"] == [question["id"]] or question["id"] in SPEC.questions_by_id
        assert question["choices"] == [{"id": "present", "label": "Yes"}, {"id": "absent", "label": "No"},
                                       {"id": "unknown", "label": "I don't know"}]
    if question["type"] == "multiple":
        assert [c["id"] for c in question["choices"]][:len(question["findings"])] == question["findings"]
        assert {"none", "unknown"} <= {c["id"] for c in question["choices"]}
    json.dumps(message)


def test_question_message_when_unclear():
    ask = next_question(SPEC, new_state())
    message = replies.question_message(ask, unclear=True)
    assert message["text"].endswith(ask.text)
    assert message["text"] != ask.text


# --------------------------------------------------------------------------
# Other texts


def test_service_unavailable_text_lists_every_emergency_red_flag():
    text = replies.service_unavailable_text(SPEC)
    emergency_red_flags = [f for f in SPEC.red_flags() if SPEC.level_of({f: PRESENT}) in EMERGENCY_LEVELS]
    assert len(emergency_red_flags) == 11
    for fid in emergency_red_flags:
        assert SPEC.findings[fid].label in text, fid
    assert "911" in text


def test_why_text_is_the_rationale_of_the_question():
    for question in SPEC.questions:
        assert replies.why_text(SPEC, question.id) == question.why
        for fid in question.findings:  # a single question split from a group
            assert replies.why_text(SPEC, fid) == question.why
    assert replies.why_text(SPEC, None)


def test_causes_text_never_diagnoses():
    state = {**new_state(), "findings": {"rash": PRESENT}}
    text = replies.causes_text(SPEC, state)
    assert "can be caused by" in text
    assert "shingles" in text


def test_handoff_text_has_a_summary():
    state = {**new_state(), "findings": {"fever": PRESENT, "age": 52, "rash": ABSENT}}
    text = replies.handoff_text(SPEC, state)
    assert "summary" in text.lower()
    assert SPEC.findings["fever"].label in text
    assert "52" in text
    assert SPEC.findings["rash"].label not in text
