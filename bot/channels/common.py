"""Shared pieces of the channels: configuration from the environment, the
placeholder of a channel that is not configured, the payload helpers, and the
one place where a conversation id is made from a channel's own id
(``scoped_message``) and where request bodies are bounded (``bound_body``)."""

from __future__ import annotations

import json
import logging
import os
import re
from collections import OrderedDict
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Text, Tuple

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, Sanic, response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.ratelimit import retry_after_header
from bot.channels.shared_memory import SharedKeys

logger = logging.getLogger(__name__)

DOCS = "docs/channels.md"
# Custom payloads of contract section 3: carried to REST-like clients as they
# are; chat apps get the same content from the text and buttons instead.
CONTRACT_PAYLOADS = ("question", "triage")


def read_env(required: Sequence[str], optional: Sequence[str] = (),
             env: Optional[Mapping[str, str]] = None) -> Tuple[Dict[str, str], Tuple[str, ...]]:
    """The values of the named variables (blank counts as missing) and the missing required names."""
    env = os.environ if env is None else env
    values = {name: env[name].strip() for name in (*required, *optional) if (env.get(name) or "").strip()}
    missing = tuple(name for name in required if name not in values)
    return values, missing


def contract_payload_kind(json_message: Any) -> Optional[str]:
    """"question" or "triage" when a custom payload is one of the contract's, else None."""
    if isinstance(json_message, Mapping):
        for kind in CONTRACT_PAYLOADS:
            if kind in json_message:
                return kind
    return None


class UnavailableChannel(InputChannel):
    """Stands in for a channel whose environment variables are missing.

    Registered under the channel's own URL prefix so its webhook answers
    503 with a clear message instead of 404, and logs one warning at start.
    """

    def __init__(self, channel_name: str, missing: Iterable[str] = (), problem: Optional[str] = None) -> None:
        self.channel_name = channel_name
        self.missing = tuple(missing)
        problem = problem or f"missing environment variable(s) {', '.join(self.missing)}"
        self.reason = f"The {channel_name} channel is not configured: {problem} (see {DOCS})."
        logger.warning("%s Its webhook answers 503; the other channels run normally.", self.reason)

    @classmethod
    def name(cls) -> Text:
        return "unavailable"

    def url_prefix(self) -> Text:
        return self.channel_name

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = Blueprint(f"{self.channel_name}_unavailable", __name__)

        async def unavailable(request: Request, path: str = "") -> HTTPResponse:
            return response.json({"error": self.reason}, status=HTTPStatus.SERVICE_UNAVAILABLE)

        blueprint.add_route(unavailable, "/", methods=["GET", "POST"])
        blueprint.add_route(unavailable, "/<path:path>", methods=["GET", "POST"])
        return blueprint


class SeenIds:
    """A bounded set of recently seen ids (event ids, update ids), oldest dropped first.

    With `shared` (LOCK_STORE_URL set: bot/channels/shared_memory.py), an id any
    instance saw counts as seen too.
    """

    def __init__(self, size: int = 10000, shared: Optional[SharedKeys] = None) -> None:
        self.size = size
        self.shared = shared
        self._ids: "OrderedDict[str, None]" = OrderedDict()

    def __contains__(self, key: object) -> bool:
        if key in self._ids:
            return True
        return isinstance(key, str) and self.shared is not None and self.shared.seen(key) is True

    def add(self, key: str) -> bool:
        """Adds the id; False when it was already there (here, or at another instance)."""
        first_anywhere = self.shared.first_time(key) if self.shared is not None else None
        if key in self._ids:
            self._ids.move_to_end(key)
            return False
        self._ids[key] = None
        while len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return first_anywhere is not False


# Limits of a request body on every webhook, and of a REST-like message.
MAX_BODY_BYTES = 64 * 1024
MAX_MESSAGE_CHARS = 10_000
MAX_JSON_DEPTH = 32  # Slack's and Telegram's payloads nest about 8 deep
# The rest of the server (Rasa's HTTP API, Socket.IO) keeps a larger bound than
# Sanic's 100 MB default, unless SANIC_REQUEST_MAX_SIZE sets one.
APP_MAX_BODY_BYTES = 10 * 1024 * 1024
APP_MAX_BODY_ENV = "SANIC_REQUEST_MAX_SIZE"


class BadRequest(ValueError):
    """A request that cannot be handled; the text says why (sent as a 400)."""


# --- conversation ids: one id space per channel ------------------------------------

# Channel name (InputChannel.name()) -> the prefix of its conversation ids, so
# that no channel can name another channel's conversation.
SCOPES: Dict[str, str] = {"rest": "rest", "socketio": "web", "slack": "slack",
                          "telegram": "telegram", "telehealth": "telehealth"}
SENDER_ID_MAX = 128
SENDER_ID = re.compile(r"[A-Za-z0-9._:@-]{1,%d}" % SENDER_ID_MAX)  # fullmatch: "$" would let "\n" end it
# Metadata a message may carry into the tracker (every other key is dropped):
# the widget's hidden greeting, and what the Slack and Telegram channels note
# about where a message came from.
ALLOWED_METADATA: Dict[str, type] = {"hidden": bool, "out_channel": str, "thread_id": str,
                                     "telegram_update_id": int}
METADATA_TEXT_MAX = 128


def check_sender_id(sender: Any) -> str:
    """A channel's own id of a person or chat, as text; BadRequest unless it is 1-128 of [A-Za-z0-9._:@-]."""
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)
    if not isinstance(sender, str) or not SENDER_ID.fullmatch(sender):
        raise BadRequest(f'"sender" must be 1-{SENDER_ID_MAX} characters of A-Z a-z 0-9 . _ : @ -')
    return sender


def conversation_id(channel: str, sender: Any) -> str:
    """The tracker id of `sender` on `channel`: "<scope>:<sender>" (e.g. "rest:me", "web:<session>")."""
    return f"{SCOPES[channel]}:{check_sender_id(sender)}"


def platform_id(channel: str, recipient_id: str) -> str:
    """The channel's own id inside a conversation id of that channel (else the id as it is)."""
    prefix = SCOPES[channel] + ":"
    return recipient_id[len(prefix):] if recipient_id.startswith(prefix) else recipient_id


def allowed_metadata(metadata: Any) -> Dict[str, Any]:
    """Only the allow-listed keys, with values of their type (short texts)."""
    if not isinstance(metadata, Mapping):
        return {}
    kept: Dict[str, Any] = {}
    for key, kind in ALLOWED_METADATA.items():
        value = metadata.get(key)
        if isinstance(value, bool) and kind is not bool:
            continue
        if isinstance(value, kind) and not (isinstance(value, str) and len(value) > METADATA_TEXT_MAX):
            kept[key] = value
    return kept


class PlatformOutput(OutputChannel):
    """Wraps a channel's output so it is addressed with the platform's id, not the conversation id.

    Rasa (and bot/safety.py) send to ``tracker.sender_id``, which is the
    prefixed conversation id; Slack, Telegram, Socket.IO rooms and the REST
    reply's ``recipient_id`` need the id the platform gave.
    """

    def __init__(self, channel: str, inner: OutputChannel) -> None:
        self.channel = channel
        self.inner = inner

    def name(self) -> Text:  # type: ignore[override]  # the wrapped channel's name (NLG variations)
        return self.inner.name()

    def _to(self, recipient_id: Text) -> Text:
        return platform_id(self.channel, recipient_id)

    async def send_response(self, recipient_id: Text, message: Dict[Text, Any]) -> None:
        await self.inner.send_response(self._to(recipient_id), message)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self.inner.send_text_message(self._to(recipient_id), text, **kwargs)

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        await self.inner.send_image_url(self._to(recipient_id), image, **kwargs)

    async def send_attachment(self, recipient_id: Text, attachment: Text, **kwargs: Any) -> None:
        await self.inner.send_attachment(self._to(recipient_id), attachment, **kwargs)

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        await self.inner.send_text_with_buttons(self._to(recipient_id), text, buttons, **kwargs)

    async def send_quick_replies(self, recipient_id: Text, text: Text, quick_replies: List[Dict[Text, Any]],
                                 **kwargs: Any) -> None:
        await self.inner.send_quick_replies(self._to(recipient_id), text, quick_replies, **kwargs)

    async def send_elements(self, recipient_id: Text, elements: Iterable[Dict[Text, Any]], **kwargs: Any) -> None:
        await self.inner.send_elements(self._to(recipient_id), elements, **kwargs)

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        await self.inner.send_custom_json(self._to(recipient_id), json_message, **kwargs)


def scoped_message(channel: str, sender: Any, text: Optional[str], output: OutputChannel,
                   metadata: Any = None) -> UserMessage:
    """The one way channels build a UserMessage.

    The tracker id is the channel-prefixed `sender` (checked; BadRequest when
    invalid), the input channel is the channel itself (never the client's
    word), replies go to the platform's id, and only allow-listed metadata
    is kept.
    """
    return UserMessage(text, PlatformOutput(channel, output), conversation_id(channel, sender),
                       input_channel=channel, metadata=allowed_metadata(metadata) or None)


# --- bounded input -------------------------------------------------------------------


def json_too_deep(body: bytes, max_depth: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON text nests objects/arrays deeper than `max_depth` (brackets in strings don't count)."""
    depth = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > max_depth:
                return True
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return False


def load_json(body: bytes) -> Any:
    """Parsed JSON; BadRequest when it is not JSON or nests too deep (never a RecursionError)."""
    if json_too_deep(body):
        raise BadRequest(f"the JSON nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise BadRequest("the body is not valid JSON") from exc


def bound_body(blueprint: Blueprint, max_bytes: int = MAX_BODY_BYTES) -> None:
    """Answer 413 to a body over `max_bytes` on the blueprint's routes, before Sanic reads it.

    Sanic checks the size while it reads a body; lowering the limit of the
    matched route right after routing stops a large body at its
    Content-Length (or as soon as a chunked one grows too big). The rest of the
    server is bounded by APP_MAX_BODY_BYTES instead of Sanic's 100 MB.
    """
    route_part = f".{blueprint.name}."

    @blueprint.signal("http.routing.after")
    async def lower_body_limit(request: Request, route: Any, **_: Any) -> None:
        if route is not None and route_part in f".{route.name}." and request.stream is not None:
            request.stream.request_max_size = min(request.stream.request_max_size, max_bytes)

    @blueprint.exception(PayloadTooLarge)
    async def too_large(request: Request, exception: Exception) -> HTTPResponse:
        return error_response(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the body must be at most {max_bytes} bytes")

    @blueprint.listener("before_server_start")
    async def lower_app_limit(app: Sanic, _: Any) -> None:
        if not os.environ.get(APP_MAX_BODY_ENV):
            app.config.REQUEST_MAX_SIZE = min(app.config.REQUEST_MAX_SIZE, APP_MAX_BODY_BYTES)


def client_address(request: Request) -> str:
    """The client's address for rate limits: the forwarded one when Sanic is told to trust a proxy
    (SANIC_PROXIES_COUNT, SANIC_REAL_IP_HEADER, SANIC_FORWARDED_SECRET), else the socket's peer."""
    return request.remote_addr or request.ip or ""


def error_response(status: HTTPStatus, message: str, headers: Optional[Dict[str, str]] = None) -> HTTPResponse:
    return response.json({"error": message}, status=status, headers=headers)


def too_many_requests(wait_seconds: float) -> HTTPResponse:
    """429 with Retry-After (whole seconds)."""
    return error_response(HTTPStatus.TOO_MANY_REQUESTS, "too many requests; try again later",
                          headers={"Retry-After": retry_after_header(wait_seconds)})


def parse_message_body(body: bytes, allow_empty_message: bool) -> Tuple[str, str, Optional[Dict[str, Any]]]:
    """Validate a ``{"sender", "message", "metadata"}`` JSON body.

    Returns (sender, message, metadata); raises BadRequest with a clear reason.
    The sender is the client's own id, checked but not yet scoped.
    """
    payload = load_json(body)
    if not isinstance(payload, dict):
        raise BadRequest('the body must be a JSON object {"sender", "message"}')
    sender = payload.get("sender")
    if isinstance(sender, str):
        sender = sender.strip()
    sender = check_sender_id(sender)
    message = payload.get("message")
    if not isinstance(message, str):
        raise BadRequest('"message" must be a string')
    if not allow_empty_message and not message.strip():
        raise BadRequest('"message" must not be empty')
    if len(message) > MAX_MESSAGE_CHARS:
        raise BadRequest(f'"message" must be at most {MAX_MESSAGE_CHARS} characters')
    metadata = payload.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest('"metadata" must be a JSON object')
    return sender, message, metadata
