"""Never silence: with the action server down, an emergency still gets the emergency instruction.

Every clinical decision runs in the action server. When it cannot be reached,
the Rasa server itself must answer with what to do in an emergency (call the
emergency number if any emergency sign is present). The action server is
restarted afterwards (in `finally`) so later tests keep working.
"""

from __future__ import annotations

import re
import uuid

import pytest

pytestmark = pytest.mark.e2e

EMERGENCY_NUMBER = re.compile(r"\b(911|999|112)\b")


def new_sender() -> str:
    return f"down-{uuid.uuid4().hex[:12]}"


def assert_emergency_instruction(rest, reply) -> None:
    text = rest.text(reply)
    assert reply and text.strip(), "silence while the action server is down"
    assert "emergency" in text.lower(), text
    assert EMERGENCY_NUMBER.search(text), f"no emergency number in: {text}"


def test_emergency_message_with_the_action_server_down(servers, rest):
    # An interview already under way when the action server goes away.
    midway = new_sender()
    assert rest.questions(rest.say(midway, '/inform{"symptom": "rash"}')), "interview started"
    servers.stop_actions()
    try:
        # An emergency as a button payload, as the first message.
        reply = rest.say(new_sender(), '/inform{"symptom": "leg_weakness"}')
        assert_emergency_instruction(rest, reply)

        # The same in words.
        reply = rest.say(new_sender(), "my legs are giving way and I've lost control of my bladder")
        assert_emergency_instruction(rest, reply)

        # An answer in the middle of an interview.
        reply = rest.say(midway, '/inform{"answer": "chest_pain"}')
        assert_emergency_instruction(rest, reply)

        # A non-emergency description is not met with silence either.
        reply = rest.say(new_sender(), '/inform{"symptom": "rash"}')
        assert_emergency_instruction(rest, reply)
    finally:
        servers.start_actions()

    # Back to normal once the action server is up again.
    reply = rest.say(new_sender(), '/inform{"symptom": "leg_weakness"}')
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency", rest.text(reply)
