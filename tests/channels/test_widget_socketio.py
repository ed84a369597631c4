"""The widget's Socket.IO channel against the running Rasa server, with
clients that send a browser's Origin header (tests/channels/widget_client.py):
the Origin allow-list, the frame and message limits, and expired sessions
(issue 10)."""

from __future__ import annotations

import asyncio
import re
import uuid
from typing import Awaitable, Callable, List, TypeVar
from urllib.parse import urlparse

import pytest
import socketio
import websockets

from bot.channels.webchat import MAX_FRAME_BYTES, MAX_MESSAGE_CHARS
from bot.replies import message_too_long_text
from tests.channels.widget_client import RawWebSocket, WidgetClient, copy_conversation, user_texts

pytestmark = pytest.mark.e2e

SYMPTOM = '/inform{"symptom": "rash"}'
TWO_HOURS = 2 * 60 * 60
T = TypeVar("T")


def run(scenario: Callable[[], Awaitable[T]]) -> T:
    return asyncio.run(scenario())


async def chat(client: WidgetClient, session_id: str, message: str = SYMPTOM) -> None:
    """Says something and waits for the bot's answer."""
    before = len(client.of("bot_uttered"))
    await client.say(session_id, message)
    await client.wait_for("bot_uttered", before + 1)


def foreign_origins(rasa_url: str) -> List[str]:
    port = urlparse(rasa_url).port
    return [
        "https://evil.example",
        f"http://evil.example:{port}",
        "null",
        f"https://127.0.0.1:{port}",
        f"http://127.0.0.1:{port + 1}",
    ]


def test_a_foreign_origin_is_refused_at_connect(rasa_url):
    async def scenario() -> None:
        for origin in foreign_origins(rasa_url):
            with pytest.raises(websockets.exceptions.InvalidStatusCode) as refused:
                await RawWebSocket.open(rasa_url, origin)
            assert refused.value.status_code == 400, origin
            client = WidgetClient(rasa_url, origin)
            with pytest.raises(socketio.exceptions.ConnectionError, match="Unexpected status code 400"):
                await client.connect("polling")
            assert not client.sio.connected, origin

    run(scenario)


def test_the_servers_own_origin_connects_and_chats(rasa_url):
    port = urlparse(rasa_url).port

    async def scenario() -> None:
        for origin in [rasa_url, f"http://localhost:{port}"]:
            raw = await RawWebSocket.open(rasa_url, origin)
            try:
                assert raw.handshake["maxPayload"] == MAX_FRAME_BYTES
                await raw.emit("session_request", {"session_id": None})
                assert re.fullmatch(r"[0-9a-f]{32}", await raw.event("session_confirm"))
            finally:
                await raw.close()

            client = WidgetClient(rasa_url, origin)
            await client.connect("polling")
            try:
                session_id = await client.start_session()
                assert re.fullmatch(r"[0-9a-f]{32}", session_id)
                (expiry,) = client.of("session_expiry")
                assert expiry == {"session_id": session_id, "expires_after_s": 3600, "expires_in_s": 3600}
                await chat(client, session_id)
                answer = client.of("bot_uttered")[0]
                assert "any of these" in answer["text"] and answer["quick_replies"], answer
            finally:
                await client.close()
            assert user_texts(rasa_url, session_id) == [SYMPTOM]

    run(scenario)


def test_an_oversize_frame_closes_the_connection_and_reaches_nothing(rasa_url):
    async def scenario() -> str:
        raw = await RawWebSocket.open(rasa_url, rasa_url)
        await raw.emit("session_request", {"session_id": None})
        session_id = await raw.event("session_confirm")
        await raw.emit(
            "user_uttered", {"message": "my back burns " * (MAX_FRAME_BYTES // 10), "session_id": session_id}
        )
        with pytest.raises(websockets.exceptions.ConnectionClosed):
            await raw.event("bot_uttered")
        return session_id

    session_id = run(scenario)
    assert user_texts(rasa_url, session_id) == []


def test_a_too_long_message_is_refused_with_a_reply_and_reaches_nothing(rasa_url):
    async def scenario() -> str:
        client = WidgetClient(rasa_url, rasa_url)
        await client.connect("polling")
        try:
            session_id = await client.start_session()
            await chat(client, session_id, "b" * (MAX_MESSAGE_CHARS + 1))
            assert client.of("bot_uttered") == [{"text": message_too_long_text(MAX_MESSAGE_CHARS)}]
            await chat(client, session_id)  # the connection still works
        finally:
            await client.close()
        return session_id

    session_id = run(scenario)
    assert user_texts(rasa_url, session_id) == [SYMPTOM]


def test_an_expired_session_is_not_resumed_and_gets_a_new_id(rasa_url):
    """A page asking again for a session held earlier gets its history; asking for an expired
    (or unknown) one gets a new session id and no history."""

    async def scenario() -> None:
        first = WidgetClient(rasa_url, rasa_url)
        await first.connect("polling")
        try:
            session_id = await first.start_session()
            await chat(first, session_id)
        finally:
            await first.close()
        recent = copy_conversation(rasa_url, session_id, age_seconds=60)
        expired = copy_conversation(rasa_url, session_id, age_seconds=TWO_HOURS)

        page = WidgetClient(rasa_url, rasa_url)
        await page.connect("polling")
        try:
            assert await page.start_session(recent) == recent
            (history,) = await page.wait_for("session_history")
            assert history["session_id"] == recent
            assert history["messages"][0] == {"sender": "user", "text": SYMPTOM}
            assert 3400 < page.of("session_expiry")[-1]["expires_in_s"] <= 3540

            for asked in [expired, uuid.uuid4().hex]:
                given = await page.start_session(asked)
                assert given != asked and re.fullmatch(r"[0-9a-f]{32}", given)
                assert page.of("session_expiry")[-1] == {
                    "session_id": given,
                    "expires_after_s": 3600,
                    "expires_in_s": 3600,
                }
            await chat(page, given)  # the new session starts a conversation of its own
            await asyncio.sleep(1)
            assert len(page.of("session_history")) == 1, "no history for the expired or unknown session"
        finally:
            await page.close()
        assert user_texts(rasa_url, given) == [SYMPTOM]

    run(scenario)
