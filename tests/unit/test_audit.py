"""bot.audit: the clinical decisions in the event broker's stream (no RabbitMQ needed here;
tests/integration/test_scale_out.py reads a real queue)."""

from __future__ import annotations

from rasa.shared.core.events import BotUttered, SlotSet, UserUttered

from bot import audit, replies
from bot.clinical.engine import PRESENT, default_spec

SPEC = default_spec()


def published(sender: str, event) -> dict:
    """An event as Rasa's tracker store publishes it to the broker."""
    return {"sender_id": sender, **event.as_dict()}


def shingles_payload() -> dict:
    result = SPEC.evaluate({"rash": PRESENT})
    return replies.triage_payload(SPEC, result)


def test_the_triage_message_is_read_back_as_a_decision_with_its_rules_and_findings():
    payload = shingles_payload()
    events = [
        published("a", UserUttered("my back burns and there is a rash")),
        published("a", BotUttered(data={"custom": {"triage": payload}})),
        published("a", SlotSet("triage_level", payload["level"])),
    ]
    (decision,) = audit.decisions(events)
    assert decision["sender_id"] == "a"
    assert decision["level"] == payload["level"]
    assert decision["rules"] == [reason["rule"] for reason in payload["reasons"]] != []
    assert decision["reasons"] == payload["reasons"]
    assert decision["findings"]["rash"] == PRESENT
    assert decision["spec_version"] == "2"
    assert isinstance(decision["timestamp"], float)


def test_other_events_and_other_conversations_are_not_decisions():
    payload = shingles_payload()
    events = [
        published(
            "a",
            BotUttered(
                "Since this started, have you noticed any of these?",
                data={"custom": {"question": {"id": "urgent_signs"}}},
            ),
        ),
        published("b", BotUttered(data={"custom": {"triage": payload}})),
        {"sender_id": "a", "event": "bot", "data": {"custom": {"triage": "not a payload"}}},
    ]
    assert audit.decisions(events, sender_id="a") == []
    assert [d["sender_id"] for d in audit.decisions(events)] == ["b"]


def test_amqp_url_puts_the_credentials_back_for_connecting():
    assert audit.amqp_url("amqp://app:p%40ss@mq:5673/triage") == "amqp://app:p%40ss@mq:5673/triage"
    assert audit.amqp_url("amqp://guest:guest@127.0.0.1/") == "amqp://guest:guest@127.0.0.1:5672"


def test_main_without_a_broker_url_says_what_is_missing(monkeypatch, capsys):
    monkeypatch.delenv("EVENT_BROKER_URL", raising=False)
    assert audit.main([]) == 2
    assert "EVENT_BROKER_URL" in capsys.readouterr().err

