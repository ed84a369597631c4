"""Whole conversations over POST /webhooks/rest/webhook against real servers."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.e2e

EMERGENCY_LEVELS = {"emergency_ambulance", "emergency"}


def sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


def answer(choice: str) -> str:
    return '/inform{"answer": "%s"}' % choice


def test_button_conversation_reaches_a_triage_payload(rest):
    user = sender()
    reply = rest.say(user, '/inform{"symptom": "rash"}')
    asked = []
    for _ in range(30):
        result = rest.triage(reply)
        if result:
            break
        (question,) = rest.questions(reply)
        asked.append(question["id"])
        # While a question is asked, requested_slot holds its id (contract 3).
        assert rest.tracker(user)["slots"]["requested_slot"] == question["id"]
        assert {"present", "absent", "none"} & {c["id"] for c in question["choices"]}
        reply = rest.say(user, answer("absent" if question["type"] == "yes_no" else "none"))
    assert result is not None, f"no result after {asked}"
    assert result["level"] == "consultation_24"
    assert [r["rule"] for r in result["reasons"]] == ["possible_shingles"]
    assert result["findings"]["rash"] == "present"
    assert result["findings"]["fever"] == "absent"
    assert "shingles" in result["possible_causes"]
    assert result["disclaimer"].startswith("This is not a diagnosis")
    assert result["spec_version"] == "1"
    assert asked[0] == "emergency_signs", "the most dangerous signs are asked first"
    slots = rest.tracker(user)["slots"]
    assert slots["triage_level"] == "consultation_24"
    assert slots["requested_slot"] is None


def test_emergency_in_first_message_is_answered_at_once(rest):
    reply = rest.say(sender(), '/inform{"symptom": "saddle_numbness"}')
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency"
    assert rest.questions(reply) == []
    first_text = next(m["text"] for m in reply if m.get("text"))
    assert first_text.startswith("Go to an emergency department now")


def test_emergency_mid_interview_stops_the_interview(rest):
    user = sender()
    reply = rest.say(user, '/inform{"symptom": "rash"}')
    assert rest.questions(reply)[0]["id"] == "emergency_signs"
    reply = rest.say(user, answer("none"))
    assert rest.questions(reply)[0]["id"] == "urgent_signs"
    reply = rest.say(user, answer("leg_weakness"))
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency"
    assert "progressive_neuro_deficit" in [r["rule"] for r in result["reasons"]]
    assert rest.questions(reply) == []


def test_dont_know_twice_records_unknown(rest):
    user = sender()
    reply = rest.say(user, '/inform{"symptom": "rash"}')
    first = rest.questions(reply)[0]
    reply = rest.say(user, "/dont_know")
    again = rest.questions(reply)[0]
    assert again["id"] == first["id"] and again["text"] != first["text"], "asked again in simpler words"
    reply = rest.say(user, "/dont_know")
    assert rest.questions(reply)[0]["id"] != first["id"]
    findings = rest.tracker(user)["slots"]["interview"]["findings"]
    assert all(findings[f] == "unknown" for f in first["findings"])


def test_a_no_that_names_a_finding_starts_the_interview_and_keeps_it(rest):
    """'No, but my legs are weak' as a first message: the finding is not lost."""
    reply = rest.say(sender(), '/deny{"symptom": "leg_weakness"}')
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency"


def test_a_bare_no_outside_the_interview_asks_for_a_description(rest):
    reply = rest.say(sender(), "/deny")
    assert rest.triage(reply) is None and rest.questions(reply) == []
    assert "tell me what you are feeling" in rest.text(reply).lower()
