"""Unit tests (no server) of conversation scoping, REST access checks, bounded
JSON and the rate limiter (issue 10, items 1 and 4)."""

from __future__ import annotations

import asyncio
import json
from typing import List

import pytest
from rasa.core.channels.channel import CollectingOutputChannel

from bot import safety
from bot.channels import common
from bot.channels.common import (
    BadRequest,
    PlatformOutput,
    allowed_metadata,
    check_sender_id,
    conversation_id,
    json_too_deep,
    load_json,
    parse_message_body,
    platform_id,
    scoped_message,
)
from bot.channels.ratelimit import Limits, RateLimiter, per_minute_from_env, retry_after_header
from bot.channels.rest import CheckedRestInput, loopback_error, token_error


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --- rate limiter ---------------------------------------------------------------------


def test_a_burst_of_the_limit_passes_then_the_next_request_waits():
    clock = FakeClock()
    limiter = RateLimiter(30, clock)
    assert [limiter.hit("a") for _ in range(30)] == [0.0] * 30
    wait = limiter.hit("a")
    assert wait == pytest.approx(2.0)  # 30 a minute: one every 2 seconds
    clock.now += 1.0
    assert limiter.hit("a") == pytest.approx(1.0), "a refused request does not earn a token"
    clock.now += 1.0
    assert limiter.hit("a") == 0.0
    assert limiter.hit("a") > 0


def test_keys_have_their_own_buckets():
    limiter = RateLimiter(2, FakeClock())
    assert limiter.hit("a") == limiter.hit("a") == 0.0
    assert limiter.hit("a") > 0
    assert limiter.hit("b") == 0.0


def test_the_bucket_refills_to_the_limit_and_no_more():
    clock = FakeClock()
    limiter = RateLimiter(6, clock)
    for _ in range(6):
        limiter.hit("a")
    clock.now += 3600
    assert [limiter.hit("a") for _ in range(6)] == [0.0] * 6
    assert limiter.hit("a") == pytest.approx(10.0)


def test_zero_turns_a_limit_off():
    limiter = RateLimiter(0, FakeClock())
    assert not limiter.enabled
    assert all(limiter.hit("a") == 0.0 for _ in range(1000))


def test_the_buckets_are_bounded():
    limiter = RateLimiter(1, FakeClock(), max_keys=3)
    for key in "abcd":
        limiter.hit(key)
    assert len(limiter._buckets) == 3
    assert limiter.hit("a") == 0.0, "the oldest key was dropped and starts afresh"
    assert limiter.hit("d") > 0


def test_retry_after_is_whole_seconds_and_at_least_one():
    assert retry_after_header(0.01) == "1"
    assert retry_after_header(2.0) == "2"
    assert retry_after_header(2.1) == "3"


def test_limits_from_the_environment():
    assert per_minute_from_env("X", 30, {}) == 30
    assert per_minute_from_env("X", 30, {"X": " 5 "}) == 5
    assert per_minute_from_env("X", 30, {"X": "0"}) == 0
    assert per_minute_from_env("X", 30, {"X": "-1"}) == 30
    assert per_minute_from_env("X", 30, {"X": "lots"}) == 30
    limits = Limits.from_env({"RATE_LIMIT_PER_SENDER": "7", "RATE_LIMIT_PER_IP": "70"})
    assert (limits.sender.per_minute, limits.ip.per_minute) == (7, 70)


# --- conversation ids -----------------------------------------------------------------


@pytest.mark.parametrize(
    "sender", ["me", "a.b_c:d-1", "user@example.org", "U024BE7LH", "-100123456", "f" * 32, "x" * 128]
)
def test_valid_sender_ids(sender):
    assert check_sender_id(sender) == sender


@pytest.mark.parametrize(
    "sender",
    [
        "",
        "x" * 129,
        "with space",
        "ünïcødé",
        "../../etc/passwd",
        "a/b",
        "a\nb",
        "me\n",
        None,
        True,
        1.5,
        ["a"],
        {"a": 1},
    ],
)
def test_invalid_sender_ids_are_a_bad_request(sender):
    with pytest.raises(BadRequest, match="sender"):
        check_sender_id(sender)


def test_numbers_are_ids_too():
    assert check_sender_id(-1001234) == "-1001234"


def test_every_channel_has_its_own_prefix():
    assert conversation_id("rest", "me") == "rest:me"
    assert conversation_id("socketio", "ab" * 16) == "web:" + "ab" * 16
    assert conversation_id("slack", "U1") == "slack:U1"
    assert conversation_id("telegram", 42) == "telegram:42"
    assert conversation_id("telehealth", "visit-1") == "telehealth:visit-1"
    # A REST sender naming another channel's conversation stays in REST's space.
    assert conversation_id("rest", "telehealth:visit-1") == "rest:telehealth:visit-1"
    assert len(set(common.SCOPES.values())) == len(common.SCOPES)


def test_platform_id_strips_only_its_own_channels_prefix():
    assert platform_id("telegram", "telegram:42") == "42"
    assert platform_id("rest", "rest:telehealth:v") == "telehealth:v"
    assert platform_id("slack", "rest:U1") == "rest:U1"


def test_metadata_keeps_only_allow_listed_keys_of_their_type():
    assert allowed_metadata({"hidden": True, "input_channel": "slack", "role": "admin"}) == {"hidden": True}
    assert allowed_metadata({"hidden": "yes", "telegram_update_id": True}) == {}
    assert allowed_metadata({"out_channel": "C1", "thread_id": "x" * 129, "telegram_update_id": 7}) == {
        "out_channel": "C1",
        "telegram_update_id": 7,
    }
    assert allowed_metadata(["hidden"]) == {}
    assert allowed_metadata(None) == {}


def test_scoped_message_prefixes_the_id_fixes_the_channel_and_filters_metadata():
    collector = CollectingOutputChannel()
    message = scoped_message("telehealth", "visit-9", "hi", collector, {"hidden": True, "x": 1})
    assert message.sender_id == "telehealth:visit-9"
    assert message.input_channel == "telehealth"
    assert message.metadata == {"hidden": True}
    assert isinstance(message.output_channel, PlatformOutput)
    assert message.output_channel.name() == collector.name()
    with pytest.raises(BadRequest):
        scoped_message("rest", "no spaces allowed", "hi", collector)


def test_replies_go_to_the_platform_id():
    collector = CollectingOutputChannel()
    output = scoped_message("rest", "me", "hi", collector).output_channel

    async def send() -> None:
        await output.send_response("rest:me", {"text": "one", "buttons": [{"title": "A", "payload": "/a"}]})
        await output.send_text_message("rest:me", "two")
        await output.send_custom_json("rest:me", {"triage": {}})

    asyncio.run(send())
    assert [m["recipient_id"] for m in collector.messages] == ["me", "me", "me"]


def test_the_safety_message_goes_to_the_platform_id():
    sent: List[str] = []

    class Recorder(CollectingOutputChannel):
        async def send_text_message(self, recipient_id, text, **kwargs):
            sent.append(recipient_id)

    output = scoped_message("telegram", 42, "hi", Recorder()).output_channel
    assert asyncio.run(safety.send_safety_message(output, "telegram:42", "m1"))
    assert sent == ["42"]


# --- bounded JSON -----------------------------------------------------------------------


def test_deeply_nested_json_is_a_bad_request_not_a_recursion_error():
    body = b'{"sender": "a", "message": "x", "metadata": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    with pytest.raises(BadRequest, match="nests deeper"):
        parse_message_body(body, True)
    with pytest.raises(BadRequest):
        load_json(b"[" * 100_000)


def test_depth_counts_brackets_outside_strings_only():
    assert not json_too_deep(json.dumps({"message": "[" * 1000 + '\\"{' * 100}).encode())
    assert json_too_deep(b"[" * 33)
    assert not json_too_deep(b"[" * 32 + b"]" * 32)
    assert load_json(json.dumps({"a": [[{"b": 1}]]}).encode()) == {"a": [[{"b": 1}]]}


def test_parse_message_body_checks_the_sender_id():
    assert parse_message_body(b'{"sender": " me ", "message": "hi"}', True)[0] == "me"
    with pytest.raises(BadRequest, match="sender"):
        parse_message_body(b'{"sender": "x y", "message": "hi"}', True)
    with pytest.raises(BadRequest, match="sender"):
        parse_message_body(json.dumps({"sender": "x" * 129, "message": "hi"}).encode(), True)


# --- REST access ------------------------------------------------------------------------


def test_the_token_must_match_exactly():
    token = b"s3cret-token"
    assert token_error(token, "Bearer s3cret-token") is None
    assert token_error(token, "bearer  s3cret-token ") is None
    assert token_error(token, None) == "missing Authorization: Bearer <token> header"
    assert token_error(token, "Basic s3cret-token")
    assert token_error(token, "Bearer ") == "missing Authorization: Bearer <token> header"
    assert token_error(token, "Bearer s3cret-toke") == "invalid token"
    assert token_error(token, "Bearer s3cret-token2") == "invalid token"
    assert token_error(token, "Bearer sécret") == "invalid token"


@pytest.mark.parametrize("ip", ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "::ffff:127.0.0.1"])
def test_without_a_token_loopback_clients_may_talk(ip):
    assert loopback_error(ip, {}) is None


@pytest.mark.parametrize(
    "ip", ["10.0.0.5", "192.168.1.20", "8.8.8.8", "2001:db8::1", "::ffff:10.0.0.1", "", None, "localhost"]
)
def test_without_a_token_other_clients_may_not(ip):
    assert loopback_error(ip, {})


@pytest.mark.parametrize("header", ["X-Forwarded-For", "Forwarded", "X-Real-IP"])
def test_without_a_token_requests_through_a_local_proxy_may_not(header):
    assert "proxy" in loopback_error("127.0.0.1", {header.lower(): "203.0.113.9"})


def test_rest_reads_its_token_from_the_environment(monkeypatch, caplog):
    monkeypatch.setenv("REST_CHANNEL_TOKEN", " tok ")
    assert CheckedRestInput.from_credentials(None).token == b"tok"
    monkeypatch.delenv("REST_CHANNEL_TOKEN")
    with caplog.at_level("WARNING", logger="bot.channels.rest"):
        channel = CheckedRestInput.from_credentials({"token": "ignored"})
    assert channel.token is None
    warnings = [r for r in caplog.records if r.name == "bot.channels.rest"]
    assert len(warnings) == 1 and "development" in warnings[0].getMessage()
