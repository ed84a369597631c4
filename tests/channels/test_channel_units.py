"""Unit tests of the channels (no server): signatures, configuration from the
environment, how questions are shaped for Slack and Telegram, the widget's
history and the page's files."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from pathlib import Path
from typing import Any, Dict, List

import pytest
from aiogram.types import Update
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered

from bot import replies
from bot.clinical.engine import default_spec
from bot.clinical.interview import next_question, normalise_state
from bot.channels import common, slack, telegram, telehealth, webchat
from bot.channels.telehealth import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign, verification_error

ROOT = Path(__file__).resolve().parents[2]
SECRET = "unit-test-secret"
BODY = b'{"sender":"p1","message":"my back burns"}'
NOW = 1_750_000_000

ALL_CHANNEL_ENV = ["TELEHEALTH_WEBHOOK_SECRET", "SLACK_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_CHANNEL",
                   "SLACK_API_URL", "TELEGRAM_TOKEN", "TELEGRAM_VERIFY", "TELEGRAM_SECRET_TOKEN",
                   "TELEGRAM_WEBHOOK_URL", "TELEGRAM_API_URL"]


@pytest.fixture
def no_channel_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ALL_CHANNEL_ENV:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def first_question() -> Dict[str, Any]:
    """The first question the interview asks, as the action sends it (8 choices, long labels)."""
    spec = default_spec()
    ask = next_question(spec, normalise_state(None))
    assert ask is not None
    return replies.question_message(spec, ask)


def question_buttons() -> List[Dict[str, str]]:
    return first_question()["buttons"]


# --- telehealth signature -------------------------------------------------------------


def test_signature_is_hmac_sha256_of_timestamp_dot_body():
    import hmac
    expected = hmac.new(SECRET.encode(), f"{NOW}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign(SECRET, NOW, BODY) == "sha256=" + expected
    assert sign(SECRET, str(NOW), BODY.decode()) == sign(SECRET, NOW, BODY)


def test_valid_signature_is_accepted():
    assert verification_error(SECRET, str(NOW), sign(SECRET, NOW, BODY), BODY, now=NOW) is None
    # within the window on both sides: 300 s old, or 60 s ahead of the server's clock
    assert verification_error(SECRET, str(NOW), sign(SECRET, NOW, BODY), BODY, now=NOW + 300) is None
    assert verification_error(SECRET, str(NOW), sign(SECRET, NOW, BODY), BODY, now=NOW - 60) is None
    headers = telehealth.signed_headers(SECRET, BODY, timestamp=NOW)
    timestamp, signature = headers[TIMESTAMP_HEADER], headers[SIGNATURE_HEADER]
    assert verification_error(SECRET, timestamp, signature, BODY, now=NOW) is None


@pytest.mark.parametrize("timestamp, signature, body, now, reason", [
    (None, sign(SECRET, NOW, BODY), BODY, NOW, "missing"),
    (str(NOW), None, BODY, NOW, "missing"),
    ("", "", BODY, NOW, "missing"),
    (str(NOW), sign("another-secret", NOW, BODY), BODY, NOW, "invalid signature"),
    (str(NOW), sign(SECRET, NOW, BODY), BODY.replace(b"burns", b"hurts"), NOW, "invalid signature"),
    (str(NOW), sign(SECRET, NOW, BODY), BODY + b" ", NOW, "invalid signature"),
    (str(NOW), sign(SECRET, NOW + 1, BODY), BODY, NOW, "invalid signature"),
    (str(NOW), sign(SECRET, NOW, BODY)[len("sha256="):], BODY, NOW, "invalid signature"),
    (str(NOW), "sha1=" + "0" * 40, BODY, NOW, "invalid signature"),
    (str(NOW), "sha256=é", BODY, NOW, "invalid signature"),
    (str(NOW), sign(SECRET, NOW, BODY), BODY, NOW + 301, "more than 300 seconds in the past"),
    (str(NOW), sign(SECRET, NOW, BODY), BODY, NOW - 61, "more than 60 seconds in the future"),
    (str(NOW), sign(SECRET, NOW, BODY), BODY, NOW - 300, "more than 60 seconds in the future"),
    ("1750000000.5", sign(SECRET, "1750000000.5", BODY), BODY, NOW, "unix seconds"),
    ("-1", sign(SECRET, "-1", BODY), BODY, NOW, "unix seconds"),
    ("soon", sign(SECRET, "soon", BODY), BODY, NOW, "unix seconds"),
])
def test_bad_requests_are_rejected_with_a_reason(timestamp, signature, body, now, reason):
    problem = verification_error(SECRET, timestamp, signature, body, now=now)
    assert problem is not None and reason in problem


def test_a_signature_is_accepted_once_while_it_could_be_valid():
    seen = telehealth.SeenSignatures(keep_seconds=301)
    signature = sign(SECRET, NOW, BODY)
    assert seen.first_time(signature, NOW, now=NOW)
    assert not seen.first_time(signature, NOW, now=NOW + 1)
    assert not seen.first_time(signature, NOW, now=NOW + 300), "a replay at the end of the window"
    assert seen.first_time(sign(SECRET, NOW + 1, BODY), NOW + 1, now=NOW + 1), "signed again: not a replay"
    # once no request signed at NOW can be authentic, its signature is forgotten
    seen.first_time(sign(SECRET, NOW + 400, BODY), NOW + 400, now=NOW + 400)
    assert len(seen) == 1


def test_remembered_signatures_are_bounded():
    seen = telehealth.SeenSignatures(keep_seconds=301, max_size=3)
    for i in range(10):
        assert seen.first_time(f"sig-{i}", NOW, now=NOW)
    assert len(seen) == 3


def test_signature_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch):
    import hmac as hmac_module
    calls = []
    real = hmac_module.compare_digest
    monkeypatch.setattr(telehealth.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or real(a, b))
    verification_error(SECRET, str(NOW), "sha256=" + "0" * 64, BODY, now=NOW)
    assert calls, "the signature must be compared with hmac.compare_digest"


# --- configuration from the environment -------------------------------------------------


@pytest.mark.parametrize("channel_class, missing", [
    (telehealth.TelehealthInput, ["TELEHEALTH_WEBHOOK_SECRET"]),
    (slack.SlackInput, ["SLACK_TOKEN", "SLACK_SIGNING_SECRET"]),
    (telegram.TelegramInput, ["TELEGRAM_TOKEN", "TELEGRAM_VERIFY", "TELEGRAM_SECRET_TOKEN"]),
])
def test_a_channel_without_its_variables_is_left_out_with_a_clear_log_line(
        no_channel_env, caplog: pytest.LogCaptureFixture, channel_class, missing):
    caplog.set_level("WARNING")
    channel = channel_class.from_credentials(None)
    assert isinstance(channel, common.UnavailableChannel)
    assert channel.url_prefix() == channel_class.name()
    for name in missing:
        assert name in channel.reason
    assert any(all(n in r.getMessage() for n in missing) for r in caplog.records)
    blueprint = channel.blueprint(lambda message: None)
    assert blueprint.name == f"{channel_class.name()}_unavailable"


def test_blank_variables_count_as_missing(no_channel_env):
    no_channel_env.setenv("TELEHEALTH_WEBHOOK_SECRET", "   ")
    assert isinstance(telehealth.TelehealthInput.from_credentials({}), common.UnavailableChannel)


def test_channels_read_their_settings_from_the_environment(no_channel_env):
    env = no_channel_env
    env.setenv("TELEHEALTH_WEBHOOK_SECRET", "s3cret")
    channel = telehealth.TelehealthInput.from_credentials(None)
    assert isinstance(channel, telehealth.TelehealthInput) and channel.secret == b"s3cret"

    env.setenv("SLACK_TOKEN", "xoxb-1")
    env.setenv("SLACK_SIGNING_SECRET", "signing")
    env.setenv("SLACK_CHANNEL", "C123")
    env.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")
    channel = slack.SlackInput.from_credentials({"slack_token": "ignored", "use_threads": True})
    assert isinstance(channel, slack.SlackInput)
    assert (channel.slack_token, channel.slack_signing_secret, channel.slack_channel, channel.api_url) == \
        ("xoxb-1", "signing", "C123", "http://127.0.0.1:9/api/")
    assert channel.use_threads is True
    output = channel.get_output_channel("D1")
    assert output.client.base_url == "http://127.0.0.1:9/api/"

    env.setenv("TELEGRAM_TOKEN", "123:abc")
    env.setenv("TELEGRAM_VERIFY", "@my_bot")
    env.setenv("TELEGRAM_SECRET_TOKEN", "tok_en-1")
    env.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9/tg")
    channel = telegram.TelegramInput.from_credentials(None)
    assert isinstance(channel, telegram.TelegramInput)
    assert channel.verify == "my_bot" and channel.webhook_url is None
    bot = channel.get_output_channel()
    assert bot is channel.get_output_channel(), "one client per server"
    assert bot.server.api_url("123:abc", "getMe") == "http://127.0.0.1:9/tg/bot123:abc/getMe"


@pytest.mark.parametrize("name, value, problem", [
    ("TELEGRAM_SECRET_TOKEN", "has spaces in it", "TELEGRAM_SECRET_TOKEN"),
    ("TELEGRAM_SECRET_TOKEN", "x" * 257, "TELEGRAM_SECRET_TOKEN"),
    ("TELEGRAM_TOKEN", "not-a-token", "TELEGRAM_TOKEN"),
])
def test_telegram_rejects_malformed_settings_without_crashing(no_channel_env, name, value, problem):
    for key, good in {"TELEGRAM_TOKEN": "123:abc", "TELEGRAM_VERIFY": "bot",
                      "TELEGRAM_SECRET_TOKEN": "secret"}.items():
        no_channel_env.setenv(key, good)
    no_channel_env.setenv(name, value)
    channel = telegram.TelegramInput.from_credentials(None)
    assert isinstance(channel, common.UnavailableChannel) and problem in channel.reason


def test_credentials_file_lists_the_channels_without_secrets():
    import yaml
    credentials = yaml.safe_load((ROOT / "credentials.yml").read_text())
    assert "rest" not in credentials, "REST is served by the checked subclass (same URL)"
    for path in ["bot.channels.rest.CheckedRestInput", "bot.channels.telehealth.TelehealthInput",
                 "bot.channels.slack.SlackInput",
                 "bot.channels.telegram.TelegramInput", "bot.channels.webchat.WebChatInput"]:
        assert path in credentials
    text = (ROOT / "credentials.yml").read_text().lower()
    assert not re.search(r"(token|secret|signing)\s*:", text), "no secrets in credentials.yml"


# --- Slack -------------------------------------------------------------------------------


def test_slack_question_blocks_have_every_choice_as_a_button():
    buttons = question_buttons()
    blocks = slack.button_blocks("Do you have any of these?\n- A\n- B", buttons)
    assert blocks[0] == {"type": "section", "text": {"type": "plain_text",
                                                     "text": "Do you have any of these?\n- A\n- B"}}
    (actions,) = [b for b in blocks if b["type"] == "actions"]
    assert [e["value"] for e in actions["elements"]] == [b["payload"] for b in buttons]
    assert len(buttons) > 5, "more than Rasa's 5-button limit, all kept"
    for element, button in zip(actions["elements"], buttons, strict=True):
        label = element["text"]["text"]
        assert len(label) <= 75
        shortened = label.endswith("\u2026") and button["title"].startswith(label[:-1])
        assert label == button["title"] or shortened
    assert len({e["action_id"] for e in actions["elements"]}) == len(buttons)


def test_slack_splits_many_buttons_and_long_texts_within_block_kit_limits():
    buttons = [{"title": f"Choice {i}", "payload": f"/inform{{\"answer\": \"c{i}\"}}"} for i in range(30)]
    blocks = slack.button_blocks("word " * 1000, buttons)
    sections = [b for b in blocks if b["type"] == "section"]
    actions = [b for b in blocks if b["type"] == "actions"]
    assert len(sections) == 2 and all(len(s["text"]["text"]) <= 3000 for s in sections)
    assert [len(a["elements"]) for a in actions] == [25, 5]


def test_slack_output_posts_text_and_buttons_and_skips_the_contract_payloads():
    output = slack.SlackOutput("xoxb-test", api_url="http://127.0.0.1:9/api/")
    posted: List[Dict[str, Any]] = []

    async def record(channel: str, **kwargs: Any) -> None:
        posted.append({"channel": channel, **kwargs})

    output._post_message = record  # type: ignore[assignment]
    asyncio.run(output.send_response("D1", first_question()))
    asyncio.run(output.send_response("D1", {"text": "Result <b>&", "custom": {"triage": {"level": "x"}}}))
    assert len(posted) == 2, posted
    assert posted[0]["channel"] == "D1" and posted[0]["blocks"][-1]["type"] == "actions"
    assert posted[1] == {"channel": "D1", "text": "Result &lt;b&gt;&amp;"}


# --- Telegram ----------------------------------------------------------------------------


def test_telegram_reply_keyboard_has_one_choice_per_row():
    buttons = question_buttons()
    markup = json.loads(telegram.reply_keyboard(buttons).as_json())
    assert markup["keyboard"] == [[{"text": b["title"]}] for b in buttons]
    assert markup["one_time_keyboard"] is True and markup["resize_keyboard"] is True


def test_telegram_keyboard_taps_become_the_choice_payload():
    keyboards = telegram.ChatKeyboards(size=2)
    buttons = question_buttons()
    keyboards.remember(42, buttons)
    assert keyboards.payload_for(42, "None of these") == '/inform{"answer": "none"}'
    assert keyboards.payload_for("42", "  none OF these ") == '/inform{"answer": "none"}'
    assert keyboards.payload_for(42, "something else") is None
    assert keyboards.payload_for(7, "None of these") is None
    keyboards.remember(1, buttons)
    keyboards.remember(2, buttons)
    assert keyboards.payload_for(42, "None of these") is None, "bounded: the oldest chat is dropped"
    keyboards.forget(2)
    assert keyboards.payload_for(2, "None of these") is None


def test_telegram_long_texts_are_split_at_paragraphs():
    text = ("a" * 3000 + "\n\n") * 3
    parts = telegram.split_message(text)
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert telegram.split_message("short") == ["short"]
    assert all(len(p) <= 4096 for p in telegram.split_message("x" * 10000))


def _telegram_input() -> telegram.TelegramInput:
    return telegram.TelegramInput("123:abc", "my_bot", None, secret_token="secret", api_url="http://127.0.0.1:9")


@pytest.mark.parametrize("update, expected", [
    ({"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"},
                                  "text": "my back burns"}}, (5, "my back burns")),
    ({"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"},
                                  "text": "/start"}}, (5, "/greet")),
    ({"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": -9, "type": "group"},
                                  "text": "/start@my_bot"}}, (-9, "/greet")),
    ({"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"},
                                  "text": "/restart@my_bot"}}, (5, "/restart")),
    ({"update_id": 1, "callback_query": {"id": "q", "from": {"id": 5, "is_bot": False, "first_name": "T"},
                                         "chat_instance": "c", "data": "/inform{\"answer\": \"none\"}",
                                         "message": {"message_id": 3, "date": 0,
                                                     "chat": {"id": 5, "type": "private"}}}},
     (5, '/inform{"answer": "none"}')),
    ({"update_id": 1}, (None, None)),
    ({"update_id": 1, "my_chat_member": {"chat": {"id": 5, "type": "private"}, "date": 0}}, (None, None)),
    ({"update_id": 1, "edited_message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"},
                                         "text": "edited"}}, (None, None)),
    ({"update_id": 1, "message": {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"},
                                  "sticker": {"file_id": "x", "file_unique_id": "y", "width": 1, "height": 1,
                                              "is_animated": False}}}, (None, None)),
])
def test_telegram_reads_the_text_of_an_update_or_ignores_it(update, expected):
    assert _telegram_input().text_of(Update.to_object(update)) == expected


def test_telegram_maps_a_keyboard_tap_in_an_update_to_its_payload():
    channel = _telegram_input()
    channel.keyboards.remember(5, question_buttons())
    update = Update.to_object({"update_id": 1, "message": {
        "message_id": 1, "date": 0, "text": "None of these", "chat": {"id": 5, "type": "private"}}})
    assert channel.text_of(update) == (5, '/inform{"answer": "none"}')


def test_telegram_output_sends_keyboards_and_skips_the_contract_payloads():
    output = telegram.TelegramOutput("123:abc", api_url="http://127.0.0.1:9")
    sent: List[Dict[str, Any]] = []

    async def record(chat_id: Any, text: str, **kwargs: Any) -> None:
        sent.append({"chat_id": chat_id, "text": text, **kwargs})

    output.send_message = record  # type: ignore[assignment]
    buttons = question_buttons()
    asyncio.run(output.send_response("5", {"text": "Question?", "buttons": buttons,
                                           "custom": {"question": {"id": "q"}}}))
    assert output.keyboards.payload_for("5", buttons[0]["title"]) == buttons[0]["payload"]
    asyncio.run(output.send_response("5", {"text": "Result", "custom": {"triage": {"level": "x"}}}))
    assert [s["text"] for s in sent] == ["Question?", "Result"]
    assert sent[0]["reply_markup"].keyboard[0][0].text == buttons[0]["title"]
    assert type(sent[1]["reply_markup"]).__name__ == "ReplyKeyboardRemove"
    assert output.keyboards.payload_for("5", buttons[0]["title"]) is None


# --- website widget ----------------------------------------------------------------------


def test_widget_history_shows_the_current_session_with_choice_titles():
    buttons = [{"title": "No", "payload": '/inform{"answer": "absent"}'}]
    events = [
        UserUttered("old session", input_channel="socketio"),
        SessionStarted(),
        ActionExecuted("action_listen"),
        UserUttered("/greet", input_channel="socketio", metadata={"hidden": True}),
        BotUttered("Hello"),
        UserUttered("my back burns", input_channel="socketio"),
        BotUttered("Any fever?", data={"buttons": buttons, "custom": {"question": {"id": "fever"}}}),
        UserUttered('/inform{"answer": "absent"}', input_channel="socketio"),
        BotUttered("Result text", data={"custom": {"triage": {"level": "self_care"}}}),
    ]
    assert webchat.history_messages(events) == [
        {"sender": "bot", "text": "Hello"},
        {"sender": "user", "text": "my back burns"},
        {"sender": "bot", "text": "Any fever?", "quick_replies": [
            {"content_type": "text", "title": "No", "payload": '/inform{"answer": "absent"}'}]},
        {"sender": "bot", "custom": {"question": {"id": "fever"}}},
        {"sender": "user", "text": "No"},
        {"sender": "bot", "text": "Result text"},
        {"sender": "bot", "custom": {"triage": {"level": "self_care"}}},
    ]


def test_widget_history_is_not_given_for_another_channels_conversation():
    events = [UserUttered("hello", input_channel="telegram"), BotUttered("Hi")]
    assert webchat.history_messages(events) == []


def test_widget_session_ids_are_server_issued_hex():
    assert webchat.valid_session_id(webchat.new_session_id())
    for bad in [None, "", "123456789", "U0123ABC", "../" + "a" * 29, "A" * 32, 42]:
        assert not webchat.valid_session_id(bad)


def test_widget_output_emits_one_message_per_bot_message():
    emitted: List[Any] = []

    class FakeSio:
        async def emit(self, event: str, data: Any = None, room: Any = None, **kwargs: Any) -> None:
            emitted.append((event, data, room))

    output = webchat.WebChatOutput(FakeSio(), "bot_uttered")
    asyncio.run(output.send_response("s1", {"text": "Q?\n\nSecond paragraph",
                                            "buttons": [{"title": "Yes", "payload": "/y"}],
                                            "custom": {"question": {"id": "q"}}}))
    assert emitted == [
        ("bot_uttered", {"text": "Q?\n\nSecond paragraph",
                         "quick_replies": [{"content_type": "text", "title": "Yes", "payload": "/y"}]}, "s1"),
        ("bot_uttered", {"custom": {"question": {"id": "q"}}}, "s1"),
    ]


def test_page_files_are_served_only_from_the_web_folder():
    page_dir = (ROOT / "web").resolve()
    assert webchat._safe_file(page_dir, "index.html") == page_dir / "index.html"
    assert webchat._safe_file(page_dir, "vendor/socket.io.min.js") is not None
    for path in ["../credentials.yml", "/etc/passwd", "package.json", "update-vendor.sh", "missing.js",
                 "vendor/../../bot/channels/webchat.py"]:
        assert webchat._safe_file(page_dir, path) is None, path


def test_the_page_loads_nothing_from_other_servers():
    for name in ["index.html", "widget.js", "widget.css"]:
        text = (ROOT / "web" / name).read_text()
        assert not re.search(r"(src|href)\s*=\s*[\"'](https?:)?//", text), name
        assert "cdn" not in text.lower(), name
    assert webchat.PAGE_HEADERS["Content-Security-Policy"].startswith("default-src 'self'")


def test_vendored_socket_io_client_matches_its_checksums():
    vendor = ROOT / "web" / "vendor"
    for line in (vendor / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
    version = (vendor / "VERSION").read_text().split()[-1]
    assert version.startswith("4."), "socket.io-client 4.x speaks the protocol of python-socketio 5.x"
    lock = json.loads((ROOT / "web" / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/socket.io-client"]["version"] == version


def test_seen_ids_is_bounded():
    seen = common.SeenIds(size=2)
    assert seen.add("a") and seen.add("b") and not seen.add("a")
    assert seen.add("c") and "b" not in seen and "a" in seen


# --- REST-like bodies (REST and telehealth) ----------------------------------------------


@pytest.mark.parametrize("body, reason", [
    (b"{not json", "not valid JSON"),
    (b"[1, 2]", "JSON object"),
    (b'{"message": "hi"}', '"sender"'),
    (b'{"sender": "", "message": "hi"}', '"sender"'),
    (b'{"sender": "a"}', '"message" must be a string'),
    (b'{"sender": "a", "message": 5}', '"message" must be a string'),
    (b'{"sender": "a", "message": "x", "metadata": []}', '"metadata"'),
    (json.dumps({"sender": "a", "message": "x" * 10_001}).encode(), "at most 10000"),
])
def test_malformed_bodies_are_rejected_with_a_reason(body, reason):
    from bot.channels.common import BadRequest, parse_message_body
    with pytest.raises(BadRequest, match=re.escape(reason)):
        parse_message_body(body, allow_empty_message=True)


def test_well_formed_bodies_pass_and_empty_messages_depend_on_the_channel():
    from bot.channels.common import BadRequest, parse_message_body
    assert parse_message_body(b'{"sender": 42, "message": "hi"}', True) == ("42", "hi", None)
    assert parse_message_body(json.dumps({"sender": "a", "message": "x" * 10_000}).encode(), True)[1]
    assert parse_message_body(b'{"sender": "a", "message": ""}', True)[1] == ""
    with pytest.raises(BadRequest):
        parse_message_body(b'{"sender": "a", "message": "  "}', False)
