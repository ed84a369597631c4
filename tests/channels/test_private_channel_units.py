"""Unit tests (no server) of issue 10's channel checks: the widget's Origin
allow-list, message limit and session expiry; what counts as a private chat on
Slack and Telegram."""

from __future__ import annotations

import logging
from types import SimpleNamespace
from typing import Any, Dict, List

import pytest
from aiogram.types import Update
from rasa.shared.core.domain import SessionConfig
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels import slack, telegram, webchat

NOW = 1_800_000_000.0
HOUR = SessionConfig(session_expiration_time=60, carry_over_slots=False)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("https://Triage.Example.org", "https://triage.example.org"),
        ("https://triage.example.org:443/", "https://triage.example.org"),
        ("http://127.0.0.1:5005", "http://127.0.0.1:5005"),
        ("http://[::1]:5005", "http://[::1]:5005"),
        (" http://localhost:80 ", "http://localhost"),
        ("null", None),
        ("file://", None),
        ("ftp://example.org", None),
        ("https://example.org/chat/", None),
        ("https://user:pw@example.org", None),
        ("https://example.org:99999", None),
        ("*", None),
    ],
)
def test_origins_are_compared_in_the_form_browsers_send(value, expected):
    assert webchat.normal_origin(value) == expected


def test_the_allow_list_comes_from_the_environment(caplog: pytest.LogCaptureFixture):
    assert webchat.allowed_origins_from_env({}) is None
    assert webchat.allowed_origins_from_env({"WEB_ALLOWED_ORIGINS": " , "}) is None
    env = {"WEB_ALLOWED_ORIGINS": "https://Clinic.example.org/, http://localhost:8080,*"}
    with caplog.at_level(logging.WARNING):
        allowed = webchat.allowed_origins_from_env(env)
    assert allowed == {"https://clinic.example.org", "http://localhost:8080"}
    assert "'*' is not an origin" in caplog.text
    with caplog.at_level(logging.WARNING):
        assert webchat.allowed_origins_from_env({"WEB_ALLOWED_ORIGINS": "*"}) is None
    assert "only the server's own origin may connect" in caplog.text


def request_environ(scheme: str, host: str) -> Dict[str, Any]:
    return {"sanic.request": SimpleNamespace(scheme=scheme, host=host), "HTTP_HOST": host}


@pytest.mark.parametrize(
    "scheme, host, origin, allowed",
    [
        ("ws", "127.0.0.1:5005", "http://127.0.0.1:5005", True),
        ("http", "127.0.0.1:5005", "http://localhost:5005", True),
        ("ws", "localhost:5005", "http://[::1]:5005", True),
        ("ws", "127.0.0.1:5005", "http://127.0.0.1:5006", False),
        ("ws", "127.0.0.1:5005", "https://127.0.0.1:5005", False),
        ("ws", "127.0.0.1:5005", "http://evil.example", False),
        ("ws", "127.0.0.1:5005", "null", False),
        ("wss", "triage.example.org", "https://triage.example.org", True),
        ("wss", "triage.example.org", "http://triage.example.org", False),
        ("wss", "triage.example.org", "https://localhost", False),
        ("https", "triage.example.org", "https://triage.example.org.evil.example", False),
    ],
)
def test_by_default_only_the_servers_own_origin_may_connect(scheme, host, origin, allowed):
    assert webchat.OriginCheck(None)(origin, request_environ(scheme, host)) is allowed


def test_with_an_allow_list_only_its_origins_may_connect():
    check = webchat.OriginCheck(frozenset({"https://clinic.example.org"}))
    own = request_environ("wss", "triage.example.org")
    assert check("https://clinic.example.org", own)
    assert check("https://CLINIC.example.org:443", own)
    assert not check("https://triage.example.org", own), "the list replaces the same-origin default"
    assert not check("https://evil.example", own)
    assert not check(None, own)


def test_too_long_messages_are_spotted_before_they_reach_the_dialogue():
    assert not webchat.too_long("a" * webchat.MAX_MESSAGE_CHARS)
    assert webchat.too_long("a" * (webchat.MAX_MESSAGE_CHARS + 1))
    assert not webchat.too_long(None) and not webchat.too_long({"text": "x" * 10**6})
    # A message at the limit fits one frame even when every character is escaped in JSON.
    assert webchat.MAX_MESSAGE_CHARS * len("\\u00e9") < webchat.MAX_FRAME_BYTES


def widget_events(last_user_at: float, channel: str = "socketio") -> List[Event]:
    return [
        ActionExecuted("action_session_start", timestamp=last_user_at - 60),
        SessionStarted(timestamp=last_user_at - 60),
        ActionExecuted("action_listen", timestamp=last_user_at - 60),
        UserUttered("my back burns", input_channel=channel, timestamp=last_user_at),
        BotUttered("Have you had any of these?", timestamp=last_user_at + 1),
    ]


def tracker_of(events: List[Event]) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("0" * 32, events)


def test_a_session_expires_an_hour_after_the_last_user_message_as_in_rasa():
    assert not webchat.session_expired(widget_events(NOW - 59 * 60), HOUR, NOW)
    assert webchat.session_expired(widget_events(NOW - 61 * 60), HOUR, NOW)
    assert not webchat.session_expired(widget_events(NOW - 61 * 60)[:3], HOUR, NOW), "nobody spoke yet"
    never = SessionConfig(session_expiration_time=0, carry_over_slots=False)
    assert not webchat.session_expired(widget_events(NOW - 10 * 24 * 3600), never, NOW)


def test_only_a_live_widget_session_is_resumed_with_its_history():
    live = webchat.resumable_history(tracker_of(widget_events(NOW - 60)), HOUR, NOW)
    assert live is not None and live[0] == {"sender": "user", "text": "my back burns"}
    assert webchat.resumable_history(tracker_of(widget_events(NOW - 2 * 3600)), HOUR, NOW) is None
    assert webchat.resumable_history(tracker_of(widget_events(NOW - 60, channel="rest")), HOUR, NOW) is None
    assert webchat.resumable_history(None, HOUR, NOW) is None


def test_the_page_is_told_when_its_session_expires():
    resumed = webchat.session_expiry("a" * 32, tracker_of(widget_events(NOW - 600)), HOUR, NOW)
    assert resumed == {"session_id": "a" * 32, "expires_after_s": 3600, "expires_in_s": 3000}
    assert webchat.session_expiry("b" * 32, None, HOUR, NOW)["expires_in_s"] == 3600
    never = SessionConfig(session_expiration_time=0, carry_over_slots=False)
    assert webchat.session_expiry("c" * 32, None, never, NOW)["expires_after_s"] is None


@pytest.mark.parametrize(
    "event, direct",
    [
        ({"channel_type": "im", "channel": "D0123"}, True),
        ({"channel": "D0123"}, True),
        ({"channel_type": "channel", "channel": "C0123"}, False),
        ({"channel_type": "group", "channel": "G0123"}, False),
        ({"channel_type": "mpim", "channel": "G0123"}, False),
        ({"channel_type": "channel", "channel": "D0123"}, False),
        ({"channel": "C0123"}, False),  # an app_mention
        ({}, False),
    ],
)
def test_slack_only_direct_messages_are_private(event, direct):
    assert slack.is_direct_message(event) is direct


def telegram_update(chat_type: str, callback: bool = False) -> Update:
    message = {"message_id": 1, "date": 1, "text": "hi", "chat": {"id": -5, "type": chat_type}}
    if callback:
        return Update.to_object(
            {
                "update_id": 1,
                "callback_query": {
                    "id": "1",
                    "from": {"id": 7, "is_bot": False, "first_name": "T"},
                    "chat_instance": "x",
                    "data": "yes",
                    "message": message,
                },
            }
        )
    return Update.to_object({"update_id": 1, "message": message})


@pytest.mark.parametrize(
    "chat_type, private", [("private", True), ("group", False), ("supergroup", False), ("channel", False)]
)
def test_telegram_only_private_chats_are_private(chat_type, private):
    assert telegram.is_private_chat(telegram_update(chat_type)) is private
    assert telegram.is_private_chat(telegram_update(chat_type, callback=True)) is private
    assert telegram.is_private_chat(Update.to_object({"update_id": 2})) is False
