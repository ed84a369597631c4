"""Conversations scoped to their channel and owner, REST authentication, and
bounded input (issue 10, items 1 and 4), against real servers.

The module starts its own server pair with REST_CHANNEL_TOKEN set and low
rate limits; the session's shared servers (no token, as `make run`) check
the development mode. The per-address limit is tested last: it leaves this
module's server refusing 127.0.0.1 for a while.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest
import socketio

from bot.channels.common import MAX_BODY_BYTES, conversation_id
from bot.channels.telehealth import signed_headers
from bot.clinical.engine import default_spec
from tests.channels.fakes import Answer, post, post_oversized, tracker, user_texts
from tests.harness import RestClient, Servers, start_servers

pytestmark = pytest.mark.e2e

TOKEN = "test-rest-token-not-real"
PER_SENDER = 4
PER_IP = 120
RASH = default_spec().findings["rash"].label


@pytest.fixture(scope="module")
def scoped_servers(
    trained_model_path: Path, tmp_path_factory: pytest.TempPathFactory, channel_env: Dict[str, str]
) -> Iterator[Servers]:
    env = {
        **channel_env,
        "REST_CHANNEL_TOKEN": TOKEN,
        "RATE_LIMIT_PER_SENDER": str(PER_SENDER),
        "RATE_LIMIT_PER_IP": str(PER_IP),
    }
    srv = start_servers(trained_model_path, tmp_path_factory.mktemp("scoped"), env)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def client(scoped_servers: Servers) -> RestClient:
    return RestClient(scoped_servers.rasa_url, TOKEN)


@pytest.fixture(scope="module")
def rest_url(scoped_servers: Servers) -> str:
    return f"{scoped_servers.rasa_url}/webhooks/rest/webhook"


@pytest.fixture(scope="module")
def telehealth_url(scoped_servers: Servers) -> str:
    return f"{scoped_servers.rasa_url}/webhooks/telehealth/webhook"


def new_id(kind: str) -> str:
    return f"{kind}-{uuid.uuid4().hex[:12]}"


def body(sender: Any, message: str) -> bytes:
    return json.dumps({"sender": sender, "message": message}).encode()


def bearer(token: str) -> Dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def texts(answer: Answer) -> str:
    assert answer.status == 200, (answer.status, answer.body[:300])
    return "\n".join(m.get("text", "") for m in answer.json())


def start_with_a_rash(client: RestClient) -> str:
    """A REST conversation whose summary would name the rash; returns its sender."""
    owner = new_id("owner")
    client.say(owner, '/inform{"symptom": "rash"}')
    handoff = RestClient.text(client.say(owner, "/request_human"))
    assert RASH in handoff, "the owner's own summary names the finding"
    return owner


# --- who may reach a conversation --------------------------------------------------------


@pytest.mark.parametrize("headers", [{}, bearer("wrong-token"), bearer(TOKEN + "x"), {"Authorization": TOKEN}])
def test_rest_without_the_token_gets_401(rest_url, scoped_servers, headers):
    user = new_id("anon")
    answer = post(rest_url, body(user, '/inform{"symptom": "rash"}'), headers)
    assert answer.status == 401, (answer.status, answer.body)
    assert answer.headers.get("WWW-Authenticate") == "Bearer"
    assert "error" in answer.json()
    assert user_texts(scoped_servers.rasa_url, conversation_id("rest", user)) == []


def test_another_rest_client_cannot_take_over_a_conversation(client, rest_url, scoped_servers):
    owner = start_with_a_rash(client)
    before = user_texts(scoped_servers.rasa_url, conversation_id("rest", owner))
    for headers in ({}, bearer("guess")):
        for message in ("/request_human", "/restart"):
            answer = post(rest_url, body(owner, message), headers)
            assert answer.status == 401 and RASH not in answer.body.decode()
    assert user_texts(scoped_servers.rasa_url, conversation_id("rest", owner)) == before, "nothing reached it"
    # Another sender with the token has its own conversation, without the owner's findings.
    other = RestClient.text(client.say(new_id("other"), "/request_human"))
    assert other and RASH not in other


def test_a_rest_sender_cannot_name_a_telehealth_conversation(client, scoped_servers, telehealth_url, channel_env):
    visit = new_id("visit")
    secret = channel_env["TELEHEALTH_WEBHOOK_SECRET"]
    signed = body(visit, '/inform{"symptom": "rash"}')
    answer = post(telehealth_url, signed, signed_headers(secret, signed))
    assert answer.status == 200 and all(m["recipient_id"] == visit for m in answer.json())
    telehealth_id = conversation_id("telehealth", visit)
    before = user_texts(scoped_servers.rasa_url, telehealth_id)
    assert before == ['/inform{"symptom": "rash"}']
    for name in (visit, telehealth_id):
        reply = client.say(name, "/request_human")
        assert RASH not in RestClient.text(reply), f"REST sender {name!r} read the visit's summary"
        assert all(m["recipient_id"] == name for m in reply)
    assert user_texts(scoped_servers.rasa_url, telehealth_id) == before, "the visit was not touched"
    assert user_texts(scoped_servers.rasa_url, conversation_id("rest", telehealth_id)) == ["/request_human"]


def test_client_input_channel_and_unknown_metadata_are_not_stored(rest_url, scoped_servers):
    user = new_id("meta")
    payload = {
        "sender": user,
        "message": "hello",
        "input_channel": "telehealth",
        "metadata": {"hidden": True, "role": "clinician", "findings": {"fever": "absent"}},
    }
    answer = post(rest_url, json.dumps(payload).encode(), bearer(TOKEN))
    assert answer.status == 200
    events = tracker(scoped_servers.rasa_url, conversation_id("rest", user))["events"]
    (uttered,) = [e for e in events if e.get("event") == "user"]
    assert uttered["input_channel"] == "rest"
    metadata = uttered.get("metadata") or {}
    assert metadata.get("hidden") is True
    assert "role" not in metadata and "findings" not in metadata


def test_without_a_token_rest_refuses_requests_through_a_proxy(rest, servers):
    """The shared servers run like `make run`: no token, loopback clients only."""
    user = new_id("proxied")
    url = f"{servers.rasa_url}/webhooks/rest/webhook"
    answer = post(url, body(user, "hello"), {"X-Forwarded-For": "203.0.113.7"})
    assert answer.status == 403 and "REST_CHANNEL_TOKEN" in answer.json()["error"]
    assert user_texts(servers.rasa_url, conversation_id("rest", user)) == []
    assert RestClient.text(rest.say(user, "hello")), "a direct loopback client is answered"


async def widget_turn(url: str, session_id: Any, message: str = "") -> Dict[str, Any]:
    """One widget connection: asks for a session, says `message`, returns what the server sent."""
    received: "asyncio.Queue[tuple]" = asyncio.Queue()
    client = socketio.AsyncClient()
    for event in ("session_confirm", "session_history", "bot_uttered"):
        client.on(event, lambda data, event=event: received.put_nowait((event, data)))
    await client.connect(url, headers={"Origin": url}, transports=["polling"], socketio_path="/socket.io")
    seen: Dict[str, Any] = {"bot_uttered": []}
    try:
        await client.emit("session_request", {"session_id": session_id})
        while "session_confirm" not in seen or (session_id and "session_history" not in seen):
            event, data = await asyncio.wait_for(received.get(), 120)
            seen[event] = data
        if message:
            await client.emit("user_uttered", {"message": message, "session_id": seen["session_confirm"]})
            event, data = await asyncio.wait_for(received.get(), 120)
            seen["bot_uttered"].append(data)
    finally:
        await client.disconnect()
    return seen


def test_the_widget_is_answered_in_its_room_and_restores_its_web_conversation(scoped_servers):
    url = scoped_servers.rasa_url
    first = asyncio.run(widget_turn(url, None, '/inform{"symptom": "rash"}'))
    session_id = first["session_confirm"]
    assert first["bot_uttered"], "the reply reached the session's room (the platform id, not web:...)"
    web_id = conversation_id("socketio", session_id)
    assert web_id == f"web:{session_id}"
    assert user_texts(url, web_id) == ['/inform{"symptom": "rash"}']
    again = asyncio.run(widget_turn(url, session_id))
    assert again["session_confirm"] == session_id
    assert any(m.get("sender") == "user" for m in again["session_history"]["messages"]), (
        "the history is read from the web: conversation"
    )


# --- bounded input ---------------------------------------------------------------------


def test_a_1_mb_body_gets_413_on_every_webhook(scoped_servers, rest_url, telehealth_url):
    big = body(new_id("big"), "x" * (1024 * 1024))
    for url, headers in (
        (rest_url, bearer(TOKEN)),
        (telehealth_url, {}),
        (f"{scoped_servers.rasa_url}/webhooks/slack/webhook", {}),
        (f"{scoped_servers.rasa_url}/webhooks/telegram/webhook", {}),
    ):
        answer = post_oversized(url, big, headers)
        assert answer.status == 413, (url, answer.status, answer.body[:200])
        assert str(MAX_BODY_BYTES) in answer.json()["error"]
    # Just under the limit is read (and refused for its content, not its size).
    near = json.dumps({"sender": new_id("near"), "message": "x" * 11_000}).encode()
    assert len(near) < MAX_BODY_BYTES
    assert post(rest_url, near, bearer(TOKEN)).status == 400


def test_deeply_nested_json_gets_400(rest_url, telehealth_url, channel_env):
    user = new_id("nested")
    nested = b'{"sender": "%s", "message": "hi", "metadata": ' % user.encode() + b"[" * 20_000 + b"]" * 20_000 + b"}"
    answer = post(rest_url, nested, bearer(TOKEN))
    assert answer.status == 400 and "nests deeper" in answer.json()["error"]
    signed = post(telehealth_url, nested, signed_headers(channel_env["TELEHEALTH_WEBHOOK_SECRET"], nested))
    assert signed.status == 400 and "nests deeper" in signed.json()["error"]


@pytest.mark.parametrize("sender", ["with space", "x" * 129, "ünïcødé", "../etc/passwd", ""])
def test_an_invalid_sender_id_gets_400(rest_url, telehealth_url, channel_env, sender):
    answer = post(rest_url, body(sender, "hello"), bearer(TOKEN))
    assert answer.status == 400 and "sender" in answer.json()["error"]
    signed_body = body(sender, "hello")
    signed = post(telehealth_url, signed_body, signed_headers(channel_env["TELEHEALTH_WEBHOOK_SECRET"], signed_body))
    assert signed.status == 400 and "sender" in signed.json()["error"]


def assert_too_many(answer: Answer) -> int:
    assert answer.status == 429, (answer.status, answer.body[:200])
    retry_after = int(answer.headers["Retry-After"])
    assert retry_after >= 1
    return retry_after


def test_a_conversation_over_its_rate_limit_gets_429(client, rest_url, telehealth_url, channel_env):
    user = new_id("chatty")
    for _ in range(PER_SENDER):
        assert client.say(user, "hello")
    retry_after = assert_too_many(post(rest_url, body(user, "hello"), bearer(TOKEN)))
    assert retry_after <= 60 // PER_SENDER + 1
    assert client.say(new_id("calm"), "hello"), "other conversations are not held back"
    # The same on the telehealth webhook, per visit.
    secret = channel_env["TELEHEALTH_WEBHOOK_SECRET"]
    visit = new_id("visit")
    answers: List[Answer] = []
    for number in range(PER_SENDER + 1):
        # Each request differs (a replayed signature would get 409, not 429).
        signed = json.dumps({"sender": visit, "message": "hello", "metadata": {"request_id": number}}).encode()
        answers.append(post(telehealth_url, signed, signed_headers(secret, signed)))
    assert [a.status for a in answers[:PER_SENDER]] == [200] * PER_SENDER
    assert_too_many(answers[-1])


def test_a_client_address_over_its_rate_limit_gets_429(rest_url, scoped_servers):
    """Last in the module: afterwards this server refuses 127.0.0.1 for a while."""
    statuses = []
    for _ in range(PER_IP * 2):
        answer = post(rest_url, body(new_id("flood"), "hello"), bearer("wrong"))
        statuses.append(answer.status)
        if answer.status == 429:
            break
    assert statuses[-1] == 429, f"no 429 after {len(statuses)} requests"
    assert set(statuses[:-1]) == {401}
    assert_too_many(answer)
    # Even with the right token, this address waits now.
    assert_too_many(post(rest_url, body(new_id("late"), "hello"), bearer(TOKEN)))
