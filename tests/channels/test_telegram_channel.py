"""Telegram against the running Rasa server; its Bot API calls land in the fake API."""

from __future__ import annotations

import itertools
import json
import random
import time
from typing import Dict, List

import pytest

from bot.channels.common import conversation_id
from tests.channels.fakes import (ApiCall, FakeChatApis, compact, post, telegram_text_update, tracker,
                                  user_texts, wait_for_user_texts)

pytestmark = pytest.mark.e2e

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_update_ids = itertools.count(random.randint(10**6, 10**8))


@pytest.fixture(scope="module")
def secret(channel_env: Dict[str, str]) -> str:
    return channel_env["TELEGRAM_SECRET_TOKEN"]


@pytest.fixture(scope="module")
def webhook(rasa_url: str) -> str:
    return f"{rasa_url}/webhooks/telegram/webhook"


def new_chat() -> int:
    return random.randint(10**9, 10**10)


def send(webhook: str, secret: str, chat_id: int, text: str) -> None:
    body = compact(telegram_text_update(next(_update_ids), chat_id, text))
    answer = post(webhook, body, {SECRET_HEADER: secret})
    assert answer.status == 200, answer


def keyboard_of(call: ApiCall) -> List[str]:
    markup = json.loads(call.params.get("reply_markup") or "{}")
    return [row[0]["text"] for row in markup.get("keyboard", [])]


def test_a_verified_update_is_answered_with_a_reply_keyboard(webhook, secret, fake_apis: FakeChatApis,
                                                              rasa_url):
    chat = new_chat()
    send(webhook, secret, chat, '/inform{"symptom": "rash"}')
    (call,) = fake_apis.wait_for(lambda c: str(c.params.get("chat_id")) == str(chat), settle=1.0)
    assert call.method == "sendMessage"
    assert "any of these" in call.params["text"]
    markup = json.loads(call.params["reply_markup"])
    assert markup["one_time_keyboard"] is True
    labels = keyboard_of(call)
    assert len(labels) == 8 and labels[-2:] == ["None of these", "I don't know"]
    assert "question" not in call.params["text"] and "{" not in call.params["text"], "no raw payload"

    # A tap on the keyboard sends the label as text; the bot reads it as the choice's payload.
    send(webhook, secret, chat, "None of these")
    calls = fake_apis.wait_for(lambda c: str(c.params.get("chat_id")) == str(chat), count=2)
    assert calls[1].params["text"] != calls[0].params["text"]
    assert keyboard_of(calls[1]), "the next question has its keyboard"
    expected = ['/inform{"symptom": "rash"}', '/inform{"answer": "none"}']
    assert wait_for_user_texts(rasa_url, conversation_id("telegram", chat), expected) == expected
    assert len(fake_apis.find(lambda c: c.method == "getMe")) == 1, "the bot's identity is checked once"


def _messages_to(fake_apis: FakeChatApis, chat: int, count: int) -> List[ApiCall]:
    return fake_apis.wait_for(lambda c: c.method == "sendMessage" and str(c.params.get("chat_id")) == str(chat),
                              count=count)


def _interview_findings(rasa_url: str, chat: int, expected_user_messages: int) -> Dict[str, str]:
    """The findings the tracker holds once the given number of messages has been read."""
    deadline = time.time() + 20
    while True:
        data = tracker(rasa_url, conversation_id("telegram", chat))
        users = [e for e in data.get("events") or [] if e.get("event") == "user"]
        findings = ((data.get("slots") or {}).get("interview") or {}).get("findings") or {}
        if len(users) >= expected_user_messages or time.time() > deadline:
            return findings
        time.sleep(0.2)


def test_tapping_one_item_of_a_group_asks_about_the_others(webhook, secret, fake_apis: FakeChatApis, rasa_url):
    """Spec v2 section 4, step 2, on a button channel: a tap records only that item."""
    chat = new_chat()
    send(webhook, secret, chat, '/inform{"symptom": "rash"}')
    _messages_to(fake_apis, chat, 1)
    send(webhook, secret, chat, "None of these")  # emergency signs
    _messages_to(fake_apis, chat, 2)
    send(webhook, secret, chat, "None of these")  # same-day emergency signs
    third = _messages_to(fake_apis, chat, 3)[2]
    labels = keyboard_of(third)
    assert "A fever or chills" in labels and "since this started" in third.params["text"].lower()

    send(webhook, secret, chat, "A fever or chills")
    fourth = _messages_to(fake_apis, chat, 4)[3]
    assert "any of the others" in fourth.params["text"]
    others = keyboard_of(fourth)
    assert "A fever or chills" not in others and "Soaking night sweats" in others
    assert others[-2:] == ["None of these", "I don't know"]
    findings = _interview_findings(rasa_url, chat, 4)
    assert findings["fever"] == "present"
    for unnamed in ("leg_numbness", "one_sided_band", "urinary_symptoms", "weight_loss", "night_sweats"):
        assert unnamed not in findings, f"{unnamed} was recorded without being answered"

    send(webhook, secret, chat, "None of these")
    _messages_to(fake_apis, chat, 5)
    findings = _interview_findings(rasa_url, chat, 5)
    assert all(findings[f] == "absent" for f in ("leg_numbness", "one_sided_band", "urinary_symptoms",
                                                   "weight_loss", "night_sweats"))


def test_tapping_an_emergency_item_stops_with_the_rest_not_known(webhook, secret, fake_apis: FakeChatApis,
                                                                 rasa_url):
    chat = new_chat()
    send(webhook, secret, chat, '/inform{"symptom": "rash"}')
    first = _messages_to(fake_apis, chat, 1)[0]
    assert "Chest pain, pressure or discomfort" in keyboard_of(first)
    send(webhook, secret, chat, "Chest pain, pressure or discomfort")
    result = _messages_to(fake_apis, chat, 2)[1]
    assert result.params["text"].startswith("Call emergency services now")
    assert "not a diagnosis" in result.params["text"]
    findings = _interview_findings(rasa_url, chat, 2)
    assert findings["chest_pain"] == "present"
    for unnamed in ("collapse", "very_unwell", "tearing_pain", "paralysis", "severe_burn"):
        assert unnamed not in findings


def test_start_command_greets_without_a_keyboard(webhook, secret, fake_apis: FakeChatApis):
    chat = new_chat()
    send(webhook, secret, chat, "/start")
    (call,) = fake_apis.wait_for(lambda c: str(c.params.get("chat_id")) == str(chat), settle=1.0)
    assert call.params["text"].startswith("Hello")
    assert json.loads(call.params["reply_markup"]) == {"remove_keyboard": True}


@pytest.mark.parametrize("headers", [{}, {SECRET_HEADER: "wrong"}, {SECRET_HEADER: ""},
                                     {"X-Telegram-Bot-Api-Secret": "close-but-no"}])
def test_requests_without_the_secret_token_are_rejected(webhook, secret, fake_apis: FakeChatApis, rasa_url,
                                                         headers):
    chat = new_chat()
    body = compact(telegram_text_update(next(_update_ids), chat, "my back burns"))
    answer = post(webhook, body, headers)
    assert answer.status == 401, answer
    time.sleep(1)
    assert fake_apis.telegram_messages(chat) == []
    assert user_texts(rasa_url, conversation_id("telegram", chat)) == []


def test_updates_without_a_message_are_ignored_safely(webhook, secret, fake_apis: FakeChatApis, rasa_url):
    chat = new_chat()
    now = int(time.time())
    updates = [
        {"update_id": next(_update_ids)},
        {"update_id": next(_update_ids), "my_chat_member": {
            "chat": {"id": chat, "type": "private"}, "from": {"id": chat, "is_bot": False, "first_name": "T"},
            "date": now,
            "old_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True, "first_name": "B"}},
            "new_chat_member": {"status": "kicked", "user": {"id": 1, "is_bot": True, "first_name": "B"},
                                "until_date": 0}}},
        {"update_id": next(_update_ids), "edited_message": {
            "message_id": 1, "date": now, "edit_date": now, "text": "edited",
            "chat": {"id": chat, "type": "private"}}},
        {"update_id": next(_update_ids), "message": {
            "message_id": 2, "date": now, "chat": {"id": chat, "type": "private"},
            "sticker": {"file_id": "x", "file_unique_id": "y", "width": 1, "height": 1,
                        "is_animated": False}}},
        {"update_id": next(_update_ids), "message": None},
        {"update_id": next(_update_ids), "channel_post": {"message_id": 3, "date": now, "text": "hi",
                                                          "chat": {"id": -100, "type": "channel"}}},
    ]
    for update in updates:
        answer = post(webhook, compact(update), {SECRET_HEADER: secret})
        assert answer.status == 200, (update, answer)
    assert post(webhook, b"{not json", {SECRET_HEADER: secret}).status == 400
    time.sleep(1)
    assert fake_apis.telegram_messages(chat) == []
    assert user_texts(rasa_url, conversation_id("telegram", chat)) == []
    # The server is still fine.
    send(webhook, secret, chat, "/start")
    fake_apis.wait_for(lambda c: str(c.params.get("chat_id")) == str(chat))


def test_a_redelivered_update_is_answered_once(webhook, secret, fake_apis: FakeChatApis, rasa_url):
    chat = new_chat()
    body = compact(telegram_text_update(next(_update_ids), chat, '/inform{"symptom": "rash"}'))
    for _ in range(2):
        assert post(webhook, body, {SECRET_HEADER: secret}).status == 200
    calls = fake_apis.wait_for(lambda c: str(c.params.get("chat_id")) == str(chat), settle=2.0)
    assert len(calls) == 1
    assert wait_for_user_texts(rasa_url, conversation_id("telegram", chat), ['/inform{"symptom": "rash"}']) == \
        ['/inform{"symptom": "rash"}']


def test_set_webhook_registers_the_url_with_the_secret_token(rasa_url, secret, fake_apis: FakeChatApis,
                                                             channel_env: Dict[str, str]):
    url = f"{rasa_url}/webhooks/telegram/set_webhook"
    assert post(url, b"", {}).status == 401
    answer = post(url, b"", {SECRET_HEADER: secret})
    assert answer.status == 200 and answer.json() == {"ok": True}
    (call,) = fake_apis.find(lambda c: c.method == "setWebhook")
    assert call.params["url"] == channel_env["TELEGRAM_WEBHOOK_URL"]
    assert call.params["secret_token"] == secret
