"""Telegram: Rasa's connector, configured from the environment, with
Telegram's secret token verified and the choices as a reply keyboard.

Environment (docs/channels.md):

- ``TELEGRAM_TOKEN`` (required): the bot token from @BotFather;
- ``TELEGRAM_VERIFY`` (required): the bot's username; messages are only
  answered while the token belongs to that bot (checked once with getMe);
- ``TELEGRAM_SECRET_TOKEN`` (required): the secret given to setWebhook;
  Telegram sends it back in ``X-Telegram-Bot-Api-Secret-Token`` and any
  request without it gets 401 (1-256 characters: A-Z, a-z, 0-9, _ and -);
- ``TELEGRAM_WEBHOOK_URL`` (optional): the public URL of
  /webhooks/telegram/webhook, registered by POST /webhooks/telegram/set_webhook;
- ``TELEGRAM_API_URL`` (optional): base URL of the Bot API (default
  https://api.telegram.org); the tests point it at a fake API on loopback.

Nothing is sent to Telegram at start (Rasa's connector calls setWebhook
while the server starts). A question's choices become a one-time reply
keyboard; a tap on it sends the choice's label as text, which is turned back
into the choice's payload. Updates without a message (joins, edits, polls,
...) are acknowledged and ignored.

Only private chats start a triage. In a group or supergroup the bot answers
once per group with a request to message it privately, and nothing of it
reaches the dialogue.
"""

from __future__ import annotations

import hmac
import json
import logging
import re
from collections import OrderedDict
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple, Union

from aiogram import Bot
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer, check_token
from aiogram.types import KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove, Update
from aiogram.utils.exceptions import ValidationError
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramInput as RasaTelegramInput
from rasa.core.channels.telegram import TelegramOutput as RasaTelegramOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import (BadRequest, SeenIds, UnavailableChannel, bound_body, client_address,
                                 contract_payload_kind, load_json, read_env, scoped_message, too_many_requests)
from bot.channels.ratelimit import limits
from bot.channels.shared_memory import RETRIES_REMEMBERED_SECONDS, shared_keys
from bot.replies import PRIVATE_CHAT_ONLY_TEXT

logger = logging.getLogger(__name__)

REQUIRED_ENV = ("TELEGRAM_TOKEN", "TELEGRAM_VERIFY", "TELEGRAM_SECRET_TOKEN")
OPTIONAL_ENV = ("TELEGRAM_WEBHOOK_URL", "TELEGRAM_API_URL")
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET_TOKEN_FORMAT = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
MESSAGE_MAX = 4096  # characters in one Telegram message
KEYBOARD_PLACEHOLDER = "Tap an answer or type it"
START_COMMAND = "/start"
PRIVATE_CHAT = "private"  # Telegram's chat type of a one-to-one chat with the bot
GREET = "/greet"


def _normal(label: str) -> str:
    return " ".join(label.split()).casefold()


class ChatKeyboards:
    """The reply keyboard last shown in each chat: label -> payload (bounded, in memory).

    After a restart of the server a tap arrives as its label, which the NLU
    reads like any typed answer.
    """

    def __init__(self, size: int = 10000) -> None:
        self.size = size
        self._chats: "OrderedDict[str, Dict[str, str]]" = OrderedDict()

    def remember(self, chat_id: Any, buttons: List[Dict[str, Any]]) -> None:
        key = str(chat_id)
        self._chats[key] = {_normal(str(b["title"])): str(b["payload"])
                            for b in buttons if b.get("title") and b.get("payload")}
        self._chats.move_to_end(key)
        while len(self._chats) > self.size:
            self._chats.popitem(last=False)

    def forget(self, chat_id: Any) -> None:
        self._chats.pop(str(chat_id), None)

    def payload_for(self, chat_id: Any, text: str) -> Optional[str]:
        return self._chats.get(str(chat_id), {}).get(_normal(text))


def is_private_chat(update: Update) -> bool:
    """Whether the update comes from a one-to-one chat with the bot (not a group or channel)."""
    message = update.message
    if message is None and update.callback_query is not None:
        message = update.callback_query.message
    chat = message.chat if message is not None else None
    return chat is not None and chat.type == PRIVATE_CHAT


def split_message(text: str, limit: int = MESSAGE_MAX) -> List[str]:
    """Cuts a long text at paragraph, then line, ends into Telegram-sized messages."""
    text = text.strip()
    parts: List[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n\n", 0, limit), text.rfind("\n", 0, limit))
        cut = cut if cut > 0 else limit
        parts.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    parts.append(text)
    return parts


def _error(status: HTTPStatus, message: str) -> HTTPResponse:
    return response.json({"error": message}, status=status)


def reply_keyboard(buttons: List[Dict[str, Any]]) -> ReplyKeyboardMarkup:
    """One choice per row (the labels are sentences), hidden after a tap."""
    markup = ReplyKeyboardMarkup(resize_keyboard=True, one_time_keyboard=True,
                                 input_field_placeholder=KEYBOARD_PLACEHOLDER)
    for button in buttons:
        if button.get("title"):
            markup.row(KeyboardButton(str(button["title"])))
    return markup


class TelegramOutput(RasaTelegramOutput):
    """Sends the bot's messages; the contract's custom payloads are not sent."""

    def __init__(self, access_token: Text, api_url: Optional[Text] = None,
                 keyboards: Optional[ChatKeyboards] = None) -> None:
        server = TelegramAPIServer.from_base(api_url) if api_url else TELEGRAM_PRODUCTION
        Bot.__init__(self, access_token, server=server)
        self.keyboards = keyboards if keyboards is not None else ChatKeyboards()

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        parts = split_message(text)
        for part in parts[:-1]:
            await self.send_message(recipient_id, part)
        # A message without choices takes away the keyboard of an earlier question.
        await self.send_message(recipient_id, parts[-1], reply_markup=ReplyKeyboardRemove())
        self.keyboards.forget(recipient_id)

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     button_type: Optional[Text] = "reply", **kwargs: Any) -> None:
        parts = split_message(text)
        for part in parts[:-1]:
            await self.send_message(recipient_id, part)
        self.keyboards.remember(recipient_id, buttons)
        await self.send_message(recipient_id, parts[-1], reply_markup=reply_keyboard(buttons))

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any],
                               **kwargs: Any) -> None:
        kind = contract_payload_kind(json_message)
        if kind:
            logger.debug("telegram: not sending the %s payload (already shown as text)", kind)
            return
        await super().send_custom_json(recipient_id, json_message, **kwargs)


class TelegramInput(RasaTelegramInput):
    """Rasa's Telegram connector, configured from the environment (see the module doc)."""

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        values, missing = read_env(REQUIRED_ENV, OPTIONAL_ENV)
        if missing:
            return UnavailableChannel(cls.name(), missing)
        if not SECRET_TOKEN_FORMAT.match(values["TELEGRAM_SECRET_TOKEN"]):
            return UnavailableChannel(cls.name(), problem="TELEGRAM_SECRET_TOKEN must be 1-256 characters "
                                                          "of A-Z, a-z, 0-9, _ and -")
        try:
            check_token(values["TELEGRAM_TOKEN"])
        except ValidationError:
            return UnavailableChannel(cls.name(), problem="TELEGRAM_TOKEN is not a bot token (<id>:<secret>)")
        return cls(values["TELEGRAM_TOKEN"], values["TELEGRAM_VERIFY"], values.get("TELEGRAM_WEBHOOK_URL"),
                   secret_token=values["TELEGRAM_SECRET_TOKEN"], api_url=values.get("TELEGRAM_API_URL"))

    def __init__(self, access_token: Text, verify: Text, webhook_url: Optional[Text], secret_token: Text,
                 api_url: Optional[Text] = None) -> None:
        super().__init__(access_token, verify.lstrip("@"), webhook_url, debug_mode=False)
        if not secret_token:
            raise ValueError("a Telegram secret token is required")
        self.secret_token = secret_token.encode("utf-8")
        self.api_url = api_url
        self.keyboards = ChatKeyboards()
        self.seen_updates = SeenIds(shared=shared_keys("telegram-update", RETRIES_REMEMBERED_SECONDS))
        self.groups_told = SeenIds()  # group chats already asked to message the bot privately
        self._output: Optional[TelegramOutput] = None
        self._identity_ok: Optional[bool] = None

    def get_output_channel(self) -> TelegramOutput:
        """The bot client (one per server); unlike Rasa's, it calls nothing at creation."""
        if self._output is None:
            self._output = TelegramOutput(self.access_token, self.api_url, self.keyboards)
        return self._output

    def is_authentic(self, request: Request) -> bool:
        given = (request.headers.get(SECRET_HEADER) or "").encode("utf-8", "surrogateescape")
        return hmac.compare_digest(given, self.secret_token)

    async def identity_ok(self, bot: TelegramOutput) -> bool:
        """Whether TELEGRAM_TOKEN belongs to the bot TELEGRAM_VERIFY names (asked once)."""
        if self._identity_ok is None:
            me = await bot.get_me()
            self._identity_ok = (me.username or "").casefold() == (self.verify or "").casefold()
            if not self._identity_ok:
                logger.error("telegram: TELEGRAM_TOKEN belongs to @%s, not to TELEGRAM_VERIFY @%s; "
                             "messages are ignored", me.username, self.verify)
        return self._identity_ok

    def text_of(self, update: Update) -> Tuple[Optional[Any], Optional[str]]:
        """(chat id, text for the bot) of an update, or (None, None) when there is nothing to answer."""
        if update.callback_query is not None and update.callback_query.message is not None:
            return update.callback_query.message.chat.id, update.callback_query.data
        message = update.message
        if message is None or message.chat is None:
            return None, None  # edits, channel posts, member changes, polls, ...
        if message.text:
            text = message.text.strip()
        elif message.location is not None:
            text = json.dumps({"lng": message.location.longitude, "lat": message.location.latitude})
        else:
            return None, None  # stickers, photos, voice, ...
        if text.startswith("/"):
            command, _, rest = text.partition(" ")
            command = re.sub(r"@\w+$", "", command)  # "/start@my_bot" in groups
            text = GREET if command == START_COMMAND else (command + (" " + rest if rest else ""))
        return message.chat.id, (self.keyboards.payload_for(message.chat.id, text) or text)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = Blueprint("telegram_webhook", __name__)
        bound_body(telegram_webhook)

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram_webhook.route("/set_webhook", methods=["POST"])
        async def set_webhook(request: Request) -> HTTPResponse:
            return await self._set_webhook(request)

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            return await self._on_update(request, on_new_message)

        return telegram_webhook

    async def _set_webhook(self, request: Request) -> HTTPResponse:
        """Registers TELEGRAM_WEBHOOK_URL and the secret token with Telegram (needs the secret header)."""
        if not self.is_authentic(request):
            return _error(HTTPStatus.UNAUTHORIZED, f"missing or wrong {SECRET_HEADER}")
        if not self.webhook_url:
            return _error(HTTPStatus.BAD_REQUEST, "TELEGRAM_WEBHOOK_URL is not set")
        result = await self.get_output_channel().request("setWebhook", {
            "url": self.webhook_url,
            "secret_token": self.secret_token.decode(),
            "allowed_updates": json.dumps(["message", "callback_query"]),
        })
        logger.info("telegram: webhook set to %s", self.webhook_url)
        return response.json({"ok": bool(result)})

    def _read_update(self, request: Request) -> Union[HTTPResponse, Tuple[Any, Any, str, bool]]:
        """The checked update: (update id, chat id, text, private chat), or the answer to give instead."""
        if not self.is_authentic(request):
            logger.warning("telegram: rejected a request without the right %s", SECRET_HEADER)
            # Telegram's own requests share a few addresses: only failures count against them.
            wait = limits().ip.hit(client_address(request))
            if wait:
                return too_many_requests(wait)
            return _error(HTTPStatus.UNAUTHORIZED, f"missing or wrong {SECRET_HEADER}")
        try:
            data = load_json(request.body or b"")
        except BadRequest as exc:
            return _error(HTTPStatus.BAD_REQUEST, str(exc))
        if not isinstance(data, dict):
            return _error(HTTPStatus.BAD_REQUEST, "the body must be a JSON object")
        update_id = data.get("update_id")
        if update_id is not None and str(update_id) in self.seen_updates:
            return response.json({"status": "duplicate"})
        try:
            update = Update.to_object(data)
            chat_id, text = self.text_of(update)
            private = is_private_chat(update)
        except Exception:  # noqa: BLE001 - a shape we don't know: acknowledge, don't crash
            logger.warning("telegram: could not read update %s", update_id, exc_info=True)
            chat_id, text, private = None, None, False
        if chat_id is None or not text:
            return response.json({"status": "ignored"})
        return update_id, chat_id, text, private

    async def _on_update(self, request: Request,
                         on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        read = self._read_update(request)
        if isinstance(read, HTTPResponse):
            return read
        update_id, chat_id, text, private = read
        bot = self.get_output_channel()
        try:
            if not await self.identity_ok(bot):
                return response.json({"status": "ignored"})
        except Exception:  # noqa: BLE001 - Telegram unreachable: let it retry later
            logger.exception("telegram: getMe failed; asking Telegram to retry")
            return _error(HTTPStatus.SERVICE_UNAVAILABLE, "Telegram API unreachable")
        user_message = scoped_message(self.name(), chat_id, text, bot, {"telegram_update_id": update_id})
        wait = limits().sender.hit(user_message.sender_id)
        if wait:
            return too_many_requests(wait)  # before the update id is marked seen: the retry is answered
        if update_id is not None and not self.seen_updates.add(str(update_id)):
            return response.json({"status": "duplicate"})
        if not private:
            return await self._ask_for_a_private_chat(bot, chat_id)
        try:
            await on_new_message(user_message)
        except Exception:  # noqa: BLE001 - a retry would fail the same way
            logger.exception("telegram: failed to handle update %s", update_id)
        return response.json({"status": "ok"})

    async def _ask_for_a_private_chat(self, bot: TelegramOutput, chat_id: Any) -> HTTPResponse:
        """Says once per group that checks happen in a private chat; nothing reaches the dialogue."""
        if self.groups_told.add(str(chat_id)):
            try:
                await bot.send_text_message(chat_id, PRIVATE_CHAT_ONLY_TEXT)
            except Exception:  # noqa: BLE001 - a retry of the update would not be answered either
                logger.exception("telegram: could not ask a group to message the bot privately")
        return response.json({"status": "group"})
