"""Two Rasa instances on one PostgreSQL, one Redis lock store and one RabbitMQ queue.

- A conversation survives a restart of the Rasa server and continues at the same question.
- Concurrent conversations whose messages alternate between the instances all end
  at the right level, and each tracker holds exactly the messages sent and the
  replies received (none lost, none twice, one turn at a time), also when two
  messages of one conversation reach the two instances at the same moment.
- A signed telehealth request replayed to the other instance is refused (409).
- The event broker delivers every event of a conversation, the triage decision included.
"""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List, Tuple

import pytest

from bot.channels.common import conversation_id
from bot.channels.telehealth import signed_headers
from bot import audit
from tests.conftest import TEST_CHANNEL_ENV
from tests.harness import RestClient, api_url, http_json
from tests.integration.conversations import (
    ASK_WHY,
    LEG_WEAKNESS_SCRIPT,
    OPENING,
    SHINGLES,
    Transcript,
    answer,
    assert_tracker_matches,
    next_answer,
    tracker_events,
)

pytestmark = [pytest.mark.integration, pytest.mark.e2e]

CONVERSATIONS = 8  # concurrent, each alternating between the two instances
MAX_TURNS = 30


def new_sender(kind: str) -> str:
    return f"it-{kind}-{uuid.uuid4().hex[:12]}"


def only_question(reply: List[Dict[str, Any]]) -> Dict[str, Any]:
    questions = RestClient.questions(reply)
    assert len(questions) == 1, f"expected one question, got {RestClient.text(reply)!r}"
    return questions[0]


# --------------------------------------------------------------------------
# restart


def test_a_conversation_survives_a_restart_and_continues_at_the_same_question(deployment):
    server = deployment.a
    rest = RestClient(server.rasa_url)
    user = new_sender("restart")
    rest.say(user, OPENING)
    reply = rest.say(user, answer("none"))
    asked = only_question(reply)
    assert asked["id"] == "urgent_signs"

    port = int(server.rasa_url.rsplit(":", 1)[1])
    server.stop_rasa()
    server.start_rasa(port)

    assert rest.tracker(user)["slots"]["requested_slot"] == "urgent_signs", "the open question was kept"
    reply = rest.say(user, answer("none"))
    assert only_question(reply)["id"] == "warning_signs", "continues after the question asked before the restart"
    for _ in range(MAX_TURNS):
        if rest.triage(reply):
            break
        reply = rest.say(user, next_answer(only_question(reply)))
    result = rest.triage(reply)
    assert result is not None and result["level"] == SHINGLES
    # The answers given before the restart still count.
    assert result["findings"]["rash"] == "present"
    assert result["findings"]["chest_pain"] == "absent"


# --------------------------------------------------------------------------
# two instances, concurrent load


def play_alternating(clients: Tuple[RestClient, RestClient], index: int) -> Tuple[Transcript, str]:
    """One conversation, each message to the other instance; returns it and the level it must end at."""
    transcript = Transcript(new_sender(f"two-{index}"))
    turn = index % 2  # half the conversations start on each instance

    def say(message: str) -> List[Dict[str, Any]]:
        nonlocal turn
        client = clients[turn % 2]
        turn += 1
        return transcript.record(message, client.say(transcript.sender, message))

    if index % 4 == 3:
        for message in LEG_WEAKNESS_SCRIPT:
            say(message)
        return transcript, "emergency"
    reply = say(OPENING)
    say_at_once(clients, transcript)  # the same conversation on both instances at one moment
    for _ in range(MAX_TURNS):
        if RestClient.triage(reply) or not RestClient.questions(reply):
            break
        reply = say(next_answer(RestClient.questions(reply)[-1]))
    return transcript, SHINGLES


def say_at_once(clients: Tuple[RestClient, RestClient], transcript: Transcript) -> None:
    """Two digressions sent to both instances together: the lock makes them take turns."""
    with ThreadPoolExecutor(2) as pool:
        replies = list(pool.map(lambda c: c.say(transcript.sender, ASK_WHY), clients))
    for reply in replies:
        transcript.record(ASK_WHY, reply)
        assert RestClient.questions(reply)[-1]["id"] == "emergency_signs", "the same question is asked again"


def test_two_instances_share_conversations_under_concurrent_load(deployment):
    clients = (RestClient(deployment.a.rasa_url), RestClient(deployment.b.rasa_url))
    with ThreadPoolExecutor(CONVERSATIONS) as pool:
        played = list(pool.map(lambda i: play_alternating(clients, i), range(CONVERSATIONS)))
    for transcript, expected_level in played:
        assert transcript.level() == expected_level, (
            f"{transcript.sender}: {transcript.sent} -> {transcript.received[-2:]}"
        )
        events_a = tracker_events(clients[0], transcript.sender)
        assert events_a == tracker_events(clients[1], transcript.sender), "both instances see one tracker"
        assert_tracker_matches(transcript, events_a)


def post_signed(rasa_url: str, body: bytes, headers: Dict[str, str]) -> int:
    request = urllib.request.Request(f"{rasa_url}/webhooks/telehealth/webhook", data=body, method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=60) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_telehealth_request_replayed_to_the_other_instance_is_refused(deployment):
    visit = new_sender("replay")
    body = json.dumps({"sender": visit, "message": OPENING}).encode()
    headers = signed_headers(TEST_CHANNEL_ENV["TELEHEALTH_WEBHOOK_SECRET"], body)
    assert post_signed(deployment.a.rasa_url, body, headers) == 200
    assert post_signed(deployment.b.rasa_url, body, headers) == 409, "the replay reached the other instance"
    assert post_signed(deployment.a.rasa_url, body, headers) == 409
    path = f"/conversations/{conversation_id('telehealth', visit)}/tracker"
    events = http_json("GET", api_url(deployment.b.rasa_url, path))["events"]
    said = [e["text"] for e in events if e["event"] == "user"]
    assert said == [OPENING], "the message was handled once"


# --------------------------------------------------------------------------
# event broker


def event_key(event: Dict[str, Any]) -> Tuple[Any, ...]:
    return (event["event"], event.get("timestamp"), event.get("name"), event.get("text"))


def test_the_event_broker_delivers_every_event_and_the_triage_decision(deployment):
    rest = RestClient(deployment.b.rasa_url)
    user = new_sender("audit")
    reply = rest.say(user, OPENING)
    for _ in range(MAX_TURNS):
        if rest.triage(reply):
            break
        reply = rest.say(user, next_answer(only_question(reply)))
    result = rest.triage(reply)
    assert result is not None

    found = deployment.services
    published = asyncio.run(audit.read_queue(found.event_broker_url, found.queue, consume=True, timeout=3))
    mine = [event for event in published if event.get("sender_id") == conversation_id("rest", user)]
    stored = tracker_events(rest, user)
    assert [event_key(e) for e in mine] == [event_key(e) for e in stored], "every event, once, in order"

    (decision,) = audit.decisions(published, conversation_id("rest", user))
    assert decision["level"] == result["level"] == SHINGLES
    assert decision["rules"] == ["possible_shingles"]
    assert decision["reasons"] == result["reasons"]
    assert decision["findings"] == result["findings"]
    assert decision["findings"]["rash"] == "present"
    slots = [e for e in mine if e["event"] == "slot" and e["name"] == "triage_level"]
    assert [e["value"] for e in slots] == [SHINGLES]
