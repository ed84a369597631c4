"""Slack channels and Telegram groups against the running Rasa server (issue 10):
the bot asks once per group to be messaged privately, and nothing said in the
group reaches the dialogue. The bot's calls land in the fake APIs."""

from __future__ import annotations

import itertools
import random
import time
import uuid
from typing import Any, Dict

import pytest

from bot.replies import PRIVATE_CHAT_ONLY_TEXT
from tests.channels.fakes import (
    FakeChatApis,
    compact,
    post,
    slack_button_click,
    slack_headers,
    slack_message_event,
    telegram_text_update,
    user_texts,
)

pytestmark = pytest.mark.e2e

TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SETTLE = 3.0  # seconds to wait for answers that must not come
_update_ids = itertools.count(random.randint(10**8, 10**9))


def slack_mention(user: str, channel: str, text: str) -> Dict[str, Any]:
    """An app_mention in a public channel (Slack sends these without a channel_type)."""
    event = slack_message_event(user, channel, f"<@U0BOT> {text}", f"Ev{uuid.uuid4().hex[:10].upper()}")
    event["event"]["type"] = "app_mention"
    del event["event"]["channel_type"]
    return event


def telegram_group_update(chat_id: int, user_id: int, text: str, chat_type: str = "group") -> Dict[str, Any]:
    update = telegram_text_update(next(_update_ids), chat_id, text)
    update["message"]["chat"] = {"id": chat_id, "type": chat_type, "title": "Running club"}
    update["message"]["from"] = {"id": user_id, "is_bot": False, "first_name": "Test"}
    return update


def test_slack_channel_mentions_get_one_request_to_message_privately(rasa_url, channel_env, fake_apis: FakeChatApis):
    webhook = f"{rasa_url}/webhooks/slack/webhook"
    secret = channel_env["SLACK_SIGNING_SECRET"]
    tag = uuid.uuid4().hex[:8].upper()
    channel, group_dm = f"C{tag}", f"G{tag}"
    users = [f"U{tag}A", f"U{tag}B"]
    events = [
        slack_mention(users[0], channel, "my lower back has been burning since Tuesday"),
        slack_mention(users[1], channel, "me too, and I have a fever"),
        slack_mention(users[0], channel, "hello?"),
    ]
    group_dm_mention = slack_mention(users[1], group_dm, "my back burns")  # a group DM is a group too
    for event in [*events, group_dm_mention]:
        body = compact(event)
        assert post(webhook, body, slack_headers(secret, body)).status == 200

    for where in [channel, group_dm]:
        (call,) = fake_apis.wait_for(lambda c, where=where: c.params.get("channel") == where, settle=SETTLE)
        assert call.method == "chat.postMessage" and call.params["text"] == PRIVATE_CHAT_ONLY_TEXT
    # A click on a button in the channel answers nothing either.
    click = slack_button_click(users[0], channel, '/inform{"answer": "none"}', message_ts="1700000000.000002")
    form = "application/x-www-form-urlencoded"
    assert post(webhook, click, slack_headers(secret, click, content_type=form)).status == 200
    time.sleep(SETTLE)
    assert len(fake_apis.slack_posts(channel)) == 1
    for user in users:
        assert user_texts(rasa_url, user) == [], "nothing said in a channel reaches the dialogue"


@pytest.mark.parametrize("chat_type", ["group", "supergroup"])
def test_telegram_groups_get_one_request_to_message_privately(
    rasa_url, channel_env, fake_apis: FakeChatApis, chat_type
):
    webhook = f"{rasa_url}/webhooks/telegram/webhook"
    headers = {TELEGRAM_SECRET_HEADER: channel_env["TELEGRAM_SECRET_TOKEN"]}
    group = -random.randint(10**12, 10**13)
    people = [random.randint(10**9, 10**10) for _ in range(2)]
    for person, text in [
        (people[0], "/start@back_heat_test_bot"),
        (people[1], "my lower back has been burning since Tuesday"),
        (people[0], "None of these"),
    ]:
        answer = post(webhook, compact(telegram_group_update(group, person, text, chat_type)), headers)
        assert answer.status == 200, answer

    (call,) = fake_apis.wait_for(lambda c: str(c.params.get("chat_id")) == str(group), settle=SETTLE)
    assert call.method == "sendMessage" and call.params["text"] == PRIVATE_CHAT_ONLY_TEXT
    assert "keyboard" not in (call.params.get("reply_markup") or "").replace("remove_keyboard", "")
    for tracker_id in [group, *people]:
        assert user_texts(rasa_url, str(tracker_id)) == [], "nothing said in a group reaches the dialogue"
