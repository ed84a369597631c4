"""Scripted conversations for the integration tests, and what their trackers must hold."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional

from tests.harness import RestClient

Messages = List[Dict[str, Any]]
OPENING = '/inform{"symptom": "rash"}'
ASK_WHY = "/ask_why"


def answer(choice: str) -> str:
    return '/inform{"answer": "%s"}' % choice


# A rash with every other sign absent is possible shingles (consultation_24);
# weak legs at the second red-flag question make it an emergency.
SHINGLES = "consultation_24"
LEG_WEAKNESS_SCRIPT = [OPENING, answer("none"), answer("leg_weakness")]


def next_answer(question: Dict[str, Any]) -> str:
    """'No' to anything asked: the conversation ends at the rash's own level."""
    return answer("absent" if question["type"] == "yes_no" else "none")


@dataclass
class Transcript:
    """What one conversation sent and got back, turn by turn."""

    sender: str
    sent: List[str] = field(default_factory=list)
    received: Messages = field(default_factory=list)

    def record(self, message: str, reply: Messages) -> Messages:
        self.sent.append(message)
        self.received.extend(reply)
        return reply

    def level(self) -> Optional[str]:
        found = [m["custom"]["triage"]["level"] for m in self.received if "triage" in (m.get("custom") or {})]
        return found[-1] if found else None


def tracker_events(rest: RestClient, sender: str) -> List[Dict[str, Any]]:
    return rest.tracker(sender)["events"]


def assert_tracker_matches(transcript: Transcript, events: List[Dict[str, Any]]) -> None:
    """Every message sent is in the tracker once, every reply received once, one turn at a time."""
    user_texts = [e["text"] for e in events if e["event"] == "user"]
    assert Counter(user_texts) == Counter(transcript.sent), "user messages lost or duplicated"
    bot_events = [e for e in events if e["event"] == "bot"]
    # One bot event can reach REST as several messages (its text split at blank lines by
    # Rasa's collecting channel, its custom payload apart): compare paragraphs and payloads.
    assert paragraphs(e.get("text") for e in bot_events) == paragraphs(m.get("text") for m in transcript.received), (
        "bot texts lost or duplicated"
    )
    assert payloads((e.get("data") or {}).get("custom") for e in bot_events) == payloads(
        m.get("custom") for m in transcript.received
    ), "bot payloads lost or duplicated"
    keys = [json.dumps(e, sort_keys=True) for e in events]
    assert len(keys) == len(set(keys)), "an event was stored twice"
    assert_one_turn_at_a_time(events)


def paragraphs(texts: Iterable[Optional[str]]) -> Counter:
    return Counter(part.strip() for text in texts if text for part in text.strip().split("\n\n"))


def payloads(customs: Iterable[Optional[Dict[str, Any]]]) -> Counter:
    return Counter(json.dumps(custom, sort_keys=True) for custom in customs if custom)


def assert_one_turn_at_a_time(events: List[Dict[str, Any]]) -> None:
    """Each message's turn ends (action_listen) before the next message is read.

    Two processes answering one conversation at once without a shared lock
    interleave their turns: a user event right after another, or a turn that
    never ends before the next one begins.
    """
    open_turn = False
    for event in events:
        if event["event"] == "user":
            assert not open_turn, "a message was read while the previous turn was still running"
            open_turn = True
        elif event["event"] == "action" and event.get("name") == "action_listen":
            open_turn = False
    assert not open_turn, "the last turn never ended"
