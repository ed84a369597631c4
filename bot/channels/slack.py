"""Slack: Rasa's connector, configured from the environment, with signed
requests only, Slack's retries answered once and the choices as buttons.

Environment (docs/channels.md):

- ``SLACK_TOKEN`` (required): the bot token (xoxb-...);
- ``SLACK_SIGNING_SECRET`` (required): the app's signing secret;
- ``SLACK_CHANNEL`` (optional): a channel the bot also answers in without
  being mentioned (it always answers direct messages and mentions);
- ``SLACK_API_URL`` (optional): base URL of the Web API (default
  https://slack.com/api/); the tests point it at a fake API on loopback.

``POST /webhooks/slack/webhook`` takes both the Events API (JSON) and the
interactivity requests (button clicks, form-encoded). Every request must carry
a valid ``X-Slack-Signature`` made within 5 minutes (``X-Slack-Request-Timestamp``),
else 401. An event is handled once: a repeated ``event_id``, and a retry
(``X-Slack-Retry-Num``) of an event already received, are acknowledged with
``X-Slack-No-Retry: 1`` and not answered again.

Only direct messages start a triage. A mention in a channel (or a message in
``SLACK_CHANNEL``, or in a group DM) is answered once per channel with a
request to message the bot privately, and nothing of it reaches the
dialogue; button clicks from outside a direct message are ignored.
"""

from __future__ import annotations

import asyncio
import logging
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot
from rasa.core.channels.slack import SlackInput as RasaSlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from bot.channels.common import (BadRequest, SeenIds, UnavailableChannel, bound_body, client_address,
                                 contract_payload_kind, load_json, read_env, scoped_message, too_many_requests)
from bot.channels.ratelimit import limits
from bot.channels.shared_memory import RETRIES_REMEMBERED_SECONDS, shared_keys
from bot.replies import PRIVATE_CHAT_ONLY_TEXT

logger = logging.getLogger(__name__)

REQUIRED_ENV = ("SLACK_TOKEN", "SLACK_SIGNING_SECRET")
OPTIONAL_ENV = ("SLACK_CHANNEL", "SLACK_API_URL")
DEFAULT_API_URL = "https://slack.com/api/"
# Limits of Slack's Block Kit.
BUTTON_TEXT_MAX = 75
BUTTON_VALUE_MAX = 2000
BUTTONS_PER_ACTIONS_BLOCK = 25
SECTION_TEXT_MAX = 3000
# Non-secret options that credentials.yml may still set.
OPTIONS = ("use_threads", "conversation_granularity", "proxy")


def escape(text: str) -> str:
    """Escapes the three characters Slack gives a meaning to in message text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _chunks(text: str, limit: int) -> List[str]:
    """Splits text at paragraph or line ends into pieces of at most `limit` characters."""
    pieces: List[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            pieces.append(line[:limit])
            line = line[limit:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            candidate = line
        current = candidate
    if current or not pieces:
        pieces.append(current)
    return pieces


def is_direct_message(event: Dict[str, Any]) -> bool:
    """A one-to-one conversation with the bot: channel type "im" (such channel ids start with D).

    Mentions carry no channel type; they happen in channels, never in a direct message.
    """
    channel_type = event.get("channel_type")
    if channel_type is not None:
        return channel_type == "im"
    return str(event.get("channel") or "").startswith("D")


def button_blocks(text: str, buttons: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Block Kit for a question: the text, then every choice as a button.

    Slack cuts a button's label at 75 characters; a longer label is
    shortened (the full wording is in the question text above it).
    """
    blocks: List[Dict[str, Any]] = [
        {"type": "section", "text": {"type": "plain_text", "text": part or " "}}
        for part in _chunks(text, SECTION_TEXT_MAX)
    ]
    elements = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": _shorten(str(button.get("title", "")), BUTTON_TEXT_MAX)},
            "value": str(button["payload"])[:BUTTON_VALUE_MAX],
            "action_id": f"choice_{index}",
        }
        for index, button in enumerate(buttons)
        if button.get("payload")
    ]
    for start in range(0, len(elements), BUTTONS_PER_ACTIONS_BLOCK):
        blocks.append({"type": "actions", "block_id": f"choices_{start}",
                       "elements": elements[start:start + BUTTONS_PER_ACTIONS_BLOCK]})
    return blocks


class SlackOutput(SlackBot):
    """Posts the bot's messages; the contract's custom payloads are not posted."""

    def __init__(self, token: Text, slack_channel: Optional[Text] = None, thread_id: Optional[Text] = None,
                 proxy: Optional[Text] = None, api_url: Optional[Text] = None) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        self.client = AsyncWebClient(token, base_url=api_url or DEFAULT_API_URL, proxy=proxy)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        recipient = self.slack_channel or recipient_id
        for part in _chunks(escape(text.strip()), 3900):
            await self._post_message(channel=recipient, text=part)

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        recipient = self.slack_channel or recipient_id
        await self._post_message(channel=recipient, text=_shorten(escape(text), 3900),
                                 blocks=button_blocks(text, buttons))

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any],
                               **kwargs: Any) -> None:
        kind = contract_payload_kind(json_message)
        if kind:
            # The question's text and buttons, and the result's text, were posted already.
            logger.debug("slack: not posting the %s payload (already shown as text)", kind)
            return
        await super().send_custom_json(recipient_id, json_message, **kwargs)


class SlackInput(RasaSlackInput):
    """Rasa's Slack connector, configured from the environment (see the module doc)."""

    @classmethod
    def name(cls) -> Text:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        values, missing = read_env(REQUIRED_ENV, OPTIONAL_ENV)
        if missing:
            return UnavailableChannel(cls.name(), missing)
        options = {k: v for k, v in (credentials or {}).items() if k in OPTIONS}
        return cls(
            values["SLACK_TOKEN"],
            slack_channel=values.get("SLACK_CHANNEL"),
            proxy=options.get("proxy"),
            use_threads=bool(options.get("use_threads", False)),
            slack_signing_secret=values["SLACK_SIGNING_SECRET"],
            conversation_granularity=options.get("conversation_granularity", "sender"),
            api_url=values.get("SLACK_API_URL"),
        )

    def __init__(self, slack_token: Text, slack_channel: Optional[Text] = None, proxy: Optional[Text] = None,
                 use_threads: bool = False, slack_signing_secret: Text = "",
                 conversation_granularity: Optional[Text] = "sender", api_url: Optional[Text] = None) -> None:
        super().__init__(
            slack_token, slack_channel, proxy,
            slack_retry_reason_header="x-slack-retry-reason",
            slack_retry_number_header="x-slack-retry-num",
            use_threads=use_threads,
            slack_signing_secret=slack_signing_secret,
            conversation_granularity=conversation_granularity,
        )
        self.api_url = api_url
        self.seen_events = SeenIds(shared=shared_keys("slack-event", RETRIES_REMEMBERED_SECONDS))
        self.channels_told = SeenIds()  # channels already asked to message the bot privately

    def get_output_channel(self, channel: Optional[Text] = None,
                           thread_id: Optional[Text] = None) -> OutputChannel:
        return SlackOutput(self.slack_token, channel or self.slack_channel, thread_id, self.proxy,
                           self.api_url)

    def is_duplicate(self, request: Request, event_id: Optional[str]) -> bool:
        """True when this event was received before (Slack retries, or sends twice)."""
        retry = request.headers.get(self.retry_num_header)
        if event_id:
            first_time = self.seen_events.add(event_id)
            if not first_time:
                logger.info("slack: event %s already received (retry %s); not answering again",
                            event_id, retry or "-")
            return not first_time
        # A retry without an event id cannot be matched to the original: never answer it twice.
        return bool(retry)

    async def process_message(self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                              text: Text, sender_id: Optional[Text], metadata: Optional[Dict]) -> Any:
        """Hands the message to the dialogue in the background and acknowledges at once.

        Slack expects an answer within 3 seconds; the replies are posted with the Web API.
        """
        metadata = metadata or {}
        thread_id = metadata.get("thread_id") if self.use_threads else None
        try:
            user_message = scoped_message(self.name(), sender_id, text,
                                          self.get_output_channel(metadata.get("out_channel"), thread_id), metadata)
        except BadRequest as exc:
            return response.json({"error": str(exc)}, status=HTTPStatus.BAD_REQUEST)
        wait = limits().sender.hit(user_message.sender_id)
        if wait:
            return too_many_requests(wait)
        task = asyncio.create_task(_run(on_new_message(user_message)))
        self._background_tasks.add(task)
        task.add_done_callback(self._background_tasks.discard)
        task.add_done_callback(_log_failure)
        return response.text("")

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        slack_webhook = Blueprint("slack_webhook", __name__)
        bound_body(slack_webhook)

        @slack_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @slack_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self.is_request_from_slack_authentic(request):
                logger.warning("slack: rejected a request without a valid, recent X-Slack-Signature")
                # Slack's own requests share a few addresses: only failures count against them.
                wait = limits().ip.hit(client_address(request))
                if wait:
                    return too_many_requests(wait)
                return response.json({"error": "missing, stale or invalid X-Slack-Signature"},
                                     status=HTTPStatus.UNAUTHORIZED)
            content_type = (request.headers.get("content-type") or "").split(";")[0].strip()
            if content_type == "application/json":
                return await self._handle_event(request, on_new_message)
            if content_type == "application/x-www-form-urlencoded":
                return await self._handle_interaction(request, on_new_message)
            return response.json({"error": "unsupported content type"}, status=HTTPStatus.BAD_REQUEST)

        return slack_webhook

    async def _handle_event(self, request: Request,
                            on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        try:
            output = load_json(request.body)
        except BadRequest as exc:
            return response.json({"error": str(exc)}, status=HTTPStatus.BAD_REQUEST)
        if not isinstance(output, dict):
            return response.json({"error": "the body must be a JSON object"}, status=HTTPStatus.BAD_REQUEST)
        if "challenge" in output:  # url_verification when the events URL is set up
            return response.json({"challenge": output.get("challenge")})
        if not self._is_user_message(output):
            return response.text("Bot message delivered.")
        if self.is_duplicate(request, output.get("event_id")):
            return response.text("", headers={"X-Slack-No-Retry": "1"})
        event = output.get("event", {})
        metadata = self._metadata_of_event(output)
        if not self._is_supported_channel(output, metadata):
            logger.warning("slack: message on an unsupported channel %s", metadata["out_channel"])
            return response.text("channel not supported.")
        if not is_direct_message(event):
            return self._ask_for_a_private_chat(metadata.get("out_channel"))
        conversation_id = self._get_conversation_id(event.get("user", ""), metadata.get("out_channel"),
                                                    metadata.get("thread_id"))
        text = self._sanitize_user_message(event.get("text", ""), metadata["users"])
        return await self.process_message(request, on_new_message, text, conversation_id, metadata)

    async def _handle_interaction(self, request: Request,
                                  on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        try:
            payload = load_json(request.form["payload"][0].encode())
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            return response.json({"error": "missing or invalid payload"}, status=HTTPStatus.BAD_REQUEST)
        if not self._is_interactive_message(payload):
            return response.text("")
        action = payload["actions"][0]
        text = self._get_interactive_response(action)
        if text is None:
            return response.text("")  # a link button: nothing to tell the bot
        # A click is one action; Slack does not retry these, but a double click sends two.
        click_id = f"{payload.get('container', {}).get('message_ts')}:{action.get('action_ts')}"
        if self.is_duplicate(request, click_id if action.get("action_ts") else None):
            return response.text("")
        sender_id = (payload.get("user") or {}).get("id")
        metadata = self.get_metadata(request)
        if not is_direct_message({"channel": metadata.get("out_channel")}):
            logger.info("slack: ignored a button click outside a direct message")
            return response.text("")
        conversation_id = self._get_conversation_id(sender_id, metadata.get("out_channel"),
                                                    metadata.get("thread_id"))
        return await self.process_message(request, on_new_message, text, conversation_id, metadata)

    def _ask_for_a_private_chat(self, channel: Optional[str]) -> HTTPResponse:
        """Says once per channel that checks happen in a direct message; nothing reaches the dialogue."""
        if channel and self.channels_told.add(channel):
            output = self.get_output_channel(channel)
            task = asyncio.create_task(output.send_text_message(channel, PRIVATE_CHAT_ONLY_TEXT))
            self._background_tasks.add(task)
            task.add_done_callback(self._background_tasks.discard)
            task.add_done_callback(_log_failure)
        return response.text("")

    @staticmethod
    def _metadata_of_event(slack_event: Dict[str, Any]) -> Dict[str, Any]:
        event = slack_event.get("event", {})
        users: List[str] = []
        if slack_event.get("authed_users"):
            users = list(slack_event["authed_users"])
        elif slack_event.get("authorizations"):
            users.append(slack_event["authorizations"][0].get("user_id"))
        return {"out_channel": event.get("channel"), "thread_id": event.get("thread_ts", event.get("ts")),
                "users": users}


def _log_failure(task: "asyncio.Task[Any]") -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("slack: failed to handle a message", exc_info=task.exception())


async def _run(awaitable: Awaitable[Any]) -> Any:
    """An awaitable as a coroutine, which is what asyncio.create_task takes."""
    return await awaitable
