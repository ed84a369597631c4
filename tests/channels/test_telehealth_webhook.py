"""The signed telehealth webhook against the running Rasa server."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any, Dict, List, Optional

import pytest

from bot.channels.common import conversation_id
from bot.channels.telehealth import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign, signed_headers
from tests.channels.fakes import Answer, post, tracker, user_texts

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def secret(channel_env: Dict[str, str]) -> str:
    return channel_env["TELEHEALTH_WEBHOOK_SECRET"]


@pytest.fixture(scope="module")
def webhook(rasa_url: str) -> str:
    return f"{rasa_url}/webhooks/telehealth/webhook"


def sender() -> str:
    return f"portal-{uuid.uuid4().hex[:12]}"


def body_of(user: str, message: str, **extra: Any) -> bytes:
    return json.dumps({"sender": user, "message": message, **extra}).encode()


def send(webhook: str, secret: str, user: str, message: str) -> List[Dict[str, Any]]:
    # A request id makes two identical answers within one second two requests,
    # not a replay (docs/channels.md).
    body = body_of(user, message, metadata={"request_id": uuid.uuid4().hex})
    answer = post(webhook, body, signed_headers(secret, body))
    assert answer.status == 200, answer
    return answer.json()


def questions(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [m["custom"]["question"] for m in messages if "question" in (m.get("custom") or {})]


def triage(messages: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    found = [m["custom"]["triage"] for m in messages if "triage" in (m.get("custom") or {})]
    assert len(found) <= 1
    return found[0] if found else None


def assert_rejected(answer: Answer, rasa_url: str, user: str, reason: str) -> None:
    assert answer.status == 401, (answer.status, answer.body)
    assert reason in answer.json()["error"]
    assert user_texts(rasa_url, conversation_id("telehealth", user)) == [], \
        "a rejected request must not reach the dialogue"


def test_a_signed_request_gets_the_first_question_like_rest(webhook, secret, rasa_url):
    user = sender()
    messages = send(webhook, secret, user, '/inform{"symptom": "rash"}')
    (question,) = questions(messages)
    assert question["id"] == "emergency_signs" and question["type"] == "multiple"
    with_buttons = [m for m in messages if m.get("buttons")]
    assert with_buttons and with_buttons[0]["text"]
    assert '/inform{"answer": "none"}' in [b["payload"] for b in with_buttons[0]["buttons"]]
    assert all(m["recipient_id"] == user for m in messages)
    assert user_texts(rasa_url, conversation_id("telehealth", user)) == ['/inform{"symptom": "rash"}']


def test_a_full_conversation_reaches_a_triage_payload(webhook, secret, rasa_url):
    user = sender()
    reply = send(webhook, secret, user, '/inform{"symptom": "rash"}')
    asked = []
    for _ in range(30):
        result = triage(reply)
        if result:
            break
        (question,) = questions(reply)
        asked.append(question["id"])
        choice = "absent" if question["type"] == "yes_no" else "none"
        reply = send(webhook, secret, user, '/inform{"answer": "%s"}' % choice)
    assert result is not None, f"no result after {asked}"
    assert result["level"] == "consultation_24"
    assert "possible_shingles" in [r["rule"] for r in result["reasons"]]
    assert result["disclaimer"].startswith("This is not a diagnosis")
    assert any(m.get("text") for m in reply), "the result also comes as text"
    conversation = tracker(rasa_url, conversation_id("telehealth", user))
    assert conversation["slots"]["triage_level"] == "consultation_24"
    channels = {e.get("input_channel") for e in conversation["events"] if e.get("event") == "user"}
    assert channels == {"telehealth"}


def test_a_wrong_signature_is_rejected(webhook, secret, rasa_url):
    user = sender()
    body = body_of(user, "my back burns")
    answer = post(webhook, body, signed_headers("not-the-secret", body))
    assert_rejected(answer, rasa_url, user, "invalid signature")


@pytest.mark.parametrize("drop", [TIMESTAMP_HEADER, SIGNATURE_HEADER, "both"])
def test_missing_headers_are_rejected(webhook, secret, rasa_url, drop):
    user = sender()
    body = body_of(user, "my back burns")
    headers = signed_headers(secret, body)
    for name in ([TIMESTAMP_HEADER, SIGNATURE_HEADER] if drop == "both" else [drop]):
        headers.pop(name)
    assert_rejected(post(webhook, body, headers), rasa_url, user, "missing")


def signed_at(secret: str, body: bytes, timestamp: int) -> Dict[str, str]:
    return {TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: sign(secret, timestamp, body)}


def test_a_stale_timestamp_is_rejected_even_when_correctly_signed(webhook, secret, rasa_url):
    user = sender()
    body = body_of(user, "my back burns")
    stale = int(time.time()) - 301 - 5
    answer = post(webhook, body, signed_at(secret, body, stale))
    assert_rejected(answer, rasa_url, user, "seconds in the past")


def test_a_timestamp_more_than_a_minute_ahead_is_rejected(webhook, secret, rasa_url):
    user = sender()
    body = body_of(user, "my back burns")
    for ahead in (90, 600):
        answer = post(webhook, body, signed_at(secret, body, int(time.time()) + ahead))
        assert_rejected(answer, rasa_url, user, "60 seconds in the future")


def test_a_small_clock_skew_ahead_is_accepted(webhook, secret, rasa_url):
    user = sender()
    body = body_of(user, '/inform{"symptom": "rash"}')
    answer = post(webhook, body, signed_at(secret, body, int(time.time()) + 20))
    assert answer.status == 200, answer
    assert user_texts(rasa_url, conversation_id("telehealth", user)) == ['/inform{"symptom": "rash"}']


def test_a_replayed_request_gets_409_and_never_reaches_the_dialogue(webhook, secret, rasa_url):
    user = sender()
    body = body_of(user, '/inform{"symptom": "rash"}')
    headers = signed_headers(secret, body)
    first = post(webhook, body, headers)
    assert first.status == 200, first
    for _ in range(2):
        replay = post(webhook, body, headers)
        assert replay.status == 409, replay
        assert "already used" in replay.json()["error"]
    assert user_texts(rasa_url, conversation_id("telehealth", user)) == ['/inform{"symptom": "rash"}']
    # the same message signed again (another second) is a new request
    time.sleep(1.1)
    again = post(webhook, body, signed_headers(secret, body))
    assert again.status == 200, again
    assert user_texts(rasa_url, conversation_id("telehealth", user)) == ['/inform{"symptom": "rash"}'] * 2


def test_a_body_changed_after_signing_is_rejected(webhook, secret, rasa_url):
    user = sender()
    body = body_of(user, "my back is a bit warm")
    headers = signed_headers(secret, body)
    tampered = body_of(user, '/inform{"symptom": "saddle_numbness"}')
    assert_rejected(post(webhook, tampered, headers), rasa_url, user, "invalid signature")
    other_user = sender()
    redirected = body.replace(user.encode(), other_user.encode())
    assert_rejected(post(webhook, redirected, headers), rasa_url, other_user, "invalid signature")
    assert user_texts(rasa_url, conversation_id("telehealth", user)) == []


@pytest.mark.parametrize("body, error", [
    (b'{"sender": "x", "message": ', "not valid JSON"),
    (b'["sender", "message"]', "JSON object"),
    (b'{"message": "hello"}', '"sender"'),
    (b'{"sender": "portal-x", "message": 3}', '"message" must be a string'),
    (b'{"sender": "portal-x", "message": "   "}', "must not be empty"),
    (b'{"sender": "portal-x", "message": "hi", "metadata": []}', '"metadata"'),
])
def test_signed_but_malformed_bodies_get_400_with_a_clear_error(webhook, secret, body, error):
    answer = post(webhook, body, signed_headers(secret, body))
    assert answer.status == 400, answer
    assert error in answer.json()["error"]


def test_an_unsigned_malformed_body_gets_401_not_400(webhook):
    answer = post(webhook, b"not json at all")
    assert answer.status == 401


# --- erasure ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def erase_url(rasa_url: str) -> str:
    return f"{rasa_url}/webhooks/telehealth/erase"


def test_a_signed_erase_deletes_the_conversation(webhook, erase_url, secret, rasa_url):
    user, other = sender(), sender()
    send(webhook, secret, user, '/inform{"symptom": "rash"}')
    send(webhook, secret, user, '/inform{"answer": "none"}')
    send(webhook, secret, other, '/inform{"symptom": "rash"}')
    body = json.dumps({"sender": user}).encode()
    answer = post(erase_url, body, signed_headers(secret, body))
    assert answer.status == 200, answer
    assert answer.json()["erased"] is True and answer.json()["events"] > 0
    erased, kept = conversation_id("telehealth", user), conversation_id("telehealth", other)
    assert tracker(rasa_url, erased)["events"] in ([], None) or user_texts(rasa_url, erased) == []
    assert user_texts(rasa_url, kept) == ['/inform{"symptom": "rash"}'], "only that conversation"
    time.sleep(1.1)  # a new signature for the same body
    again = post(erase_url, body, signed_headers(secret, body))
    assert again.status == 404, again


def test_erase_is_signed_and_not_replayable(webhook, erase_url, secret, rasa_url):
    user = sender()
    send(webhook, secret, user, '/inform{"symptom": "rash"}')
    body = json.dumps({"sender": user}).encode()
    assert post(erase_url, body).status == 401
    assert post(erase_url, body, signed_headers("not-the-secret", body)).status == 401
    said = user_texts(rasa_url, conversation_id("telehealth", user))
    assert said == ['/inform{"symptom": "rash"}'], "an unsigned erase erases nothing"
    headers = signed_headers(secret, body)
    assert post(erase_url, body, headers).status == 200
    send(webhook, secret, user, "my back burns")  # the conversation starts again
    replay = post(erase_url, body, headers)
    assert replay.status == 409, replay
    assert user_texts(rasa_url, conversation_id("telehealth", user)) == ["my back burns"]


def test_a_signed_erase_with_a_bad_body_gets_400(erase_url, secret):
    body = b'{"conversation": "x"}'
    answer = post(erase_url, body, signed_headers(secret, body))
    assert answer.status == 400 and '"sender"' in answer.json()["error"]
