"""Slack against the running Rasa server; its Web API calls land in the fake API."""

from __future__ import annotations

import json
import time
import uuid
from typing import Dict, List

import pytest

from bot.channels.common import conversation_id
from tests.channels.fakes import (ApiCall, FakeChatApis, compact, post, slack_button_click, slack_headers,
                                  slack_message_event, slack_signature, user_texts,
                                  wait_for_user_texts)

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def signing_secret(channel_env: Dict[str, str]) -> str:
    return channel_env["SLACK_SIGNING_SECRET"]


@pytest.fixture(scope="module")
def webhook(rasa_url: str) -> str:
    return f"{rasa_url}/webhooks/slack/webhook"


def ids() -> tuple:
    tag = uuid.uuid4().hex[:10].upper()
    return f"U{tag}", f"D{tag}", f"Ev{tag}"


def buttons_of(call: ApiCall) -> List[Dict]:
    actions = [b for b in call.params.get("blocks") or [] if b["type"] == "actions"]
    return [e for block in actions for e in block["elements"]]


def section_text(call: ApiCall) -> str:
    return "\n".join(b["text"]["text"] for b in call.params.get("blocks") or [] if b["type"] == "section")


def test_a_signed_message_is_answered_with_the_question_and_its_buttons(
        webhook, signing_secret, fake_apis: FakeChatApis, rasa_url):
    user, channel, event_id = ids()
    body = compact(slack_message_event(user, channel, '/inform{"symptom": "rash"}', event_id))
    answer = post(webhook, body, slack_headers(signing_secret, body))
    assert answer.status == 200, answer

    (call,) = fake_apis.wait_for(lambda c: c.params.get("channel") == channel, settle=1.0)
    assert call.method == "chat.postMessage"
    assert call.headers.get("Authorization") == "Bearer xoxb-0000-test-token-not-real"
    assert "any of these" in section_text(call) and "any of these" in call.params["text"]
    buttons = buttons_of(call)
    assert len(buttons) == 8
    assert [b["value"] for b in buttons][-2:] == ['/inform{"answer": "none"}', '/inform{"answer": "unknown"}']
    assert [b["text"]["text"] for b in buttons][-2:] == ["None of these", "I don't know"]
    assert all(len(b["text"]["text"]) <= 75 for b in buttons)
    assert "question" not in json.dumps(call.params), "the question payload is not posted raw"

    # The user clicks "None of these": Slack posts the interaction, form-encoded.
    click = slack_button_click(user, channel, buttons[-2]["value"], message_ts="1700000000.000001")
    form = "application/x-www-form-urlencoded"
    answer = post(webhook, click, slack_headers(signing_secret, click, content_type=form))
    assert answer.status == 200, answer
    calls = fake_apis.wait_for(lambda c: c.params.get("channel") == channel, count=2)
    assert section_text(calls[1]) != section_text(calls[0]), "the next question"
    assert buttons_of(calls[1])
    expected = ['/inform{"symptom": "rash"}', '/inform{"answer": "none"}']
    assert wait_for_user_texts(rasa_url, conversation_id("slack", user), expected) == expected


def test_unsigned_or_badly_signed_or_stale_requests_are_rejected(
        webhook, signing_secret, fake_apis: FakeChatApis, rasa_url):
    user, channel, event_id = ids()
    body = compact(slack_message_event(user, channel, "my back burns", event_id))
    now = int(time.time())
    stale = now - 6 * 60
    attempts = {
        "unsigned": {"Content-Type": "application/json"},
        "no timestamp": {"Content-Type": "application/json",
                         "X-Slack-Signature": slack_signature(signing_secret, now, body)},
        "wrong secret": slack_headers("not-the-secret", body),
        "stale": slack_headers(signing_secret, body, timestamp=stale),
        "tampered": slack_headers(signing_secret, body.replace(b"burns", b"hurts")),
    }
    for name, headers in attempts.items():
        answer = post(webhook, body, headers)
        assert answer.status == 401, (name, answer)
    time.sleep(2)
    assert fake_apis.slack_posts(channel) == []
    assert user_texts(rasa_url, conversation_id("slack", user)) == []


def test_a_retried_event_is_answered_once(webhook, signing_secret, fake_apis: FakeChatApis, rasa_url):
    user, channel, event_id = ids()
    body = compact(slack_message_event(user, channel, '/inform{"symptom": "rash"}', event_id))
    assert post(webhook, body, slack_headers(signing_secret, body)).status == 200
    for attempt, reason in [(1, "http_timeout"), (2, "http_error")]:
        retry = post(webhook, body, {**slack_headers(signing_secret, body),
                                     "X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": reason})
        assert retry.status == 200
        assert retry.headers.get("X-Slack-No-Retry") == "1"
    posts = fake_apis.wait_for(lambda c: c.params.get("channel") == channel, settle=3.0)
    assert len(posts) == 1, [p.params.get("text") for p in posts]
    assert wait_for_user_texts(rasa_url, conversation_id("slack", user), ['/inform{"symptom": "rash"}']) == \
        ['/inform{"symptom": "rash"}']


def test_url_verification_challenge_is_answered(webhook, signing_secret):
    body = compact({"type": "url_verification", "challenge": "abc123", "token": "unused"})
    answer = post(webhook, body, slack_headers(signing_secret, body))
    assert answer.status == 200 and answer.json() == {"challenge": "abc123"}
    assert post(webhook, body).status == 401


def test_bot_messages_are_not_answered(webhook, signing_secret, fake_apis: FakeChatApis):
    user, channel, event_id = ids()
    event = slack_message_event(user, channel, "I am the bot", event_id)
    event["event"]["bot_id"] = "B0BOT"
    body = compact(event)
    assert post(webhook, body, slack_headers(signing_secret, body)).status == 200
    time.sleep(1.5)
    assert fake_apis.slack_posts(channel) == []
