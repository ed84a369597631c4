"""bot.safety: the guards that keep the Rasa server from going silent (no model, no servers).

The same behaviour is checked against a running server in tests/e2e/test_never_silent.py.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Optional

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.agent import Agent
from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot import safety
from bot.clinical.engine import default_spec
from bot.replies import service_unavailable_text
from tests.e2e.broken_services import HungActionServer

SAFETY_TEXT = service_unavailable_text(default_spec())
DOMAIN = Domain.from_yaml("version: '3.1'\nintents: [greet]\n")
HEALTH_WORDS = "I lost control of my bladder"


class BrokenProcessor:
    async def handle_message(self, message: UserMessage) -> None:
        raise RuntimeError(f"could not parse '{message.text}'")


class BrokenStore(InMemoryTrackerStore):
    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        raise OSError(f"disk I/O error reading {sender_id}: {HEALTH_WORDS}")

    async def save(self, tracker: DialogueStateTracker) -> None:
        raise OSError(f"disk I/O error writing {HEALTH_WORDS}")


class DeadChannel(OutputChannel):
    async def send_text_message(self, recipient_id: str, text: str, **kwargs) -> None:
        raise ConnectionError("Slack is down")


def tracker_after(text: str, message_id: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker("rest:person", DOMAIN.slots)
    tracker.update(UserUttered(text, {"name": "greet", "confidence": 1.0}, message_id=message_id))
    return tracker


@pytest.fixture
def hung() -> HungActionServer:
    server = HungActionServer()
    yield server
    server.close()


def test_the_guards_are_installed():
    assert getattr(RemoteAction.run, "_triage_guarded", False)
    assert getattr(Agent.handle_message, "_triage_guarded", False)


def test_a_hung_action_server_is_cut_off_with_the_safety_message(monkeypatch, hung: HungActionServer):
    monkeypatch.setenv("ACTION_TIMEOUT_SECONDS", "0.5")
    action = RemoteAction("validate_triage_form", EndpointConfig(hung.url))
    channel = CollectingOutputChannel()
    tracker = tracker_after("my back burns", "m1")
    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(action.run(channel, None, tracker, DOMAIN))
    assert [m["text"] for m in channel.messages] == [SAFETY_TEXT]
    assert len(hung.accepted) == 1

    # Later custom actions of the same turn don't wait again, and the message isn't repeated.
    with pytest.raises(safety.ActionServerFailed):
        asyncio.run(RemoteAction("action_triage", EndpointConfig(hung.url)).run(channel, None, tracker, DOMAIN))
    assert len(hung.accepted) == 1
    assert [m["text"] for m in channel.messages] == [SAFETY_TEXT]


def test_the_next_message_is_tried_again(monkeypatch, hung: HungActionServer):
    monkeypatch.setenv("ACTION_TIMEOUT_SECONDS", "0.3")
    action = RemoteAction("validate_triage_form", EndpointConfig(hung.url))
    channel = CollectingOutputChannel()
    for message_id in ("m1", "m2"):
        with pytest.raises(asyncio.TimeoutError):
            asyncio.run(action.run(channel, None, tracker_after("no", message_id), DOMAIN))
    assert len(hung.accepted) == 2
    assert [m["text"] for m in channel.messages] == [SAFETY_TEXT, SAFETY_TEXT]


def test_any_error_while_handling_a_message_is_answered_not_logged(caplog):
    agent = Agent(domain=DOMAIN)
    agent.processor = BrokenProcessor()  # type: ignore[assignment]
    channel = CollectingOutputChannel()
    with caplog.at_level(logging.DEBUG):
        answer = asyncio.run(agent.handle_message(UserMessage(HEALTH_WORDS, channel, "rest:person")))
    assert answer == channel.messages
    assert [m["text"] for m in channel.messages] == [SAFETY_TEXT]
    assert "RuntimeError" in caplog.text
    assert HEALTH_WORDS not in caplog.text and "could not parse" not in caplog.text


def test_a_failing_tracker_store_is_an_error_not_a_new_empty_conversation(caplog):
    store = FailSafeTrackerStore(BrokenStore(DOMAIN))
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(safety.TrackerStoreUnavailable, match="OSError") as raised:
            asyncio.run(store.retrieve("rest:person"))
        with pytest.raises(safety.TrackerStoreUnavailable):
            asyncio.run(store.save(tracker_after("hello", "m1")))
    assert HEALTH_WORDS not in str(raised.value) and raised.value.__suppress_context__
    assert HEALTH_WORDS not in caplog.text


def test_a_dead_output_channel_does_not_raise(caplog):
    sent = asyncio.run(safety.send_safety_message(DeadChannel(), "slack:U1", "m1"))
    assert sent is False
    assert "ConnectionError" in caplog.text
