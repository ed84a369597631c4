"""The telehealth portal's webhook: Rasa's REST channel behind an HMAC signature.

``POST /webhooks/telehealth/webhook`` takes the body of Rasa's REST channel,
``{"sender": "<conversation id>", "message": "<text>", "metadata": {...}}``,
and answers the same list of bot messages, including the ``question`` and
``triage`` custom payloads (contract section 3).

Each request carries two headers:

- ``X-Telehealth-Timestamp``: the time of signing, in unix seconds;
- ``X-Telehealth-Signature``: ``sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">``
  keyed with the shared secret in the environment variable
  ``TELEHEALTH_WEBHOOK_SECRET``.

A request with a missing, malformed or wrong signature, or with a timestamp
more than 300 seconds in the past or more than 60 seconds in the future of the
server's clock, gets 401 before its body is even parsed, so it never reaches
the dialogue. A correctly signed request whose signature was already seen
within that window is a replay and gets 409.

``POST /webhooks/telehealth/erase`` with ``{"sender": "<conversation id>"}``,
signed the same way, erases that conversation from the tracker store
(bot/retention.py): 200 when it was there, 404 when not.

The OpenAPI description is docs/telehealth-openapi.yaml; signing examples are
in docs/channels.md.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import time
from collections import OrderedDict
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Union

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import (MAX_BODY_BYTES, BadRequest, UnavailableChannel, bound_body, client_address,
                                 conversation_id, parse_message_body, read_env, scoped_message,
                                 too_many_requests)
from bot.channels.ratelimit import limits
from bot.channels.shared_memory import SharedKeys, shared_keys
from bot.channels.telehealth_fhir import add_fhir_route, parse_sender
from bot.retention import erase_in_server

logger = logging.getLogger(__name__)

SECRET_ENV = "TELEHEALTH_WEBHOOK_SECRET"
TIMESTAMP_HEADER = "X-Telehealth-Timestamp"
SIGNATURE_HEADER = "X-Telehealth-Signature"
SIGNATURE_PREFIX = "sha256="
# How old a signed request may be, and how far ahead of the server's clock
# (a small clock skew, not a request signed for later use).
PAST_TOLERANCE_SECONDS = 300
FUTURE_TOLERANCE_SECONDS = 60
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")


def _as_bytes(value: Union[str, bytes]) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")


def sign(secret: Union[str, bytes], timestamp: Union[int, str], body: Union[str, bytes]) -> str:
    """The X-Telehealth-Signature value for a body sent at `timestamp`."""
    signed = str(timestamp).encode("ascii") + b"." + _as_bytes(body)
    return SIGNATURE_PREFIX + hmac.new(_as_bytes(secret), signed, hashlib.sha256).hexdigest()


def signed_headers(secret: Union[str, bytes], body: Union[str, bytes],
                   timestamp: Optional[int] = None) -> Dict[str, str]:
    """The two headers of a request with `body`, signed now (or at `timestamp`)."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {TIMESTAMP_HEADER: str(timestamp), SIGNATURE_HEADER: sign(secret, timestamp, body)}


def verification_error(secret: Union[str, bytes], timestamp: Optional[str], signature: Optional[str],
                       body: bytes, now: Optional[float] = None,
                       past: int = PAST_TOLERANCE_SECONDS,
                       future: int = FUTURE_TOLERANCE_SECONDS) -> Optional[str]:
    """Why a request is not authentic, or None when it is.

    The signature is compared in constant time; it is checked for every
    request with a plausible timestamp, whatever the body.
    """
    if not timestamp or not signature:
        return f"missing {TIMESTAMP_HEADER} or {SIGNATURE_HEADER} header"
    timestamp = timestamp.strip()
    if not _TIMESTAMP.match(timestamp):
        return f"{TIMESTAMP_HEADER} must be unix seconds"
    now = time.time() if now is None else now
    if now - int(timestamp) > past:
        return f"{TIMESTAMP_HEADER} is more than {past} seconds in the past"
    if int(timestamp) - now > future:
        return f"{TIMESTAMP_HEADER} is more than {future} seconds in the future"
    expected = sign(secret, timestamp, body).encode("ascii")
    given = signature.strip().encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(expected, given):
        return "invalid signature"
    return None


def _error(status: HTTPStatus, message: str) -> HTTPResponse:
    return response.json({"error": message}, status=status)


class SeenSignatures:
    """Signatures of accepted requests, kept until their timestamp leaves the window.

    A request is authentic only inside the window, so remembering each
    signature that long is enough to refuse every replay. With `shared`
    (LOCK_STORE_URL set: bot/channels/shared_memory.py), a signature another
    instance accepted is a replay too; otherwise the memory is per process.
    """

    def __init__(self, keep_seconds: float, max_size: int = 100_000, shared: Optional[SharedKeys] = None) -> None:
        self.keep_seconds = keep_seconds
        self.max_size = max_size
        self.shared = shared
        self._expiry: "OrderedDict[str, float]" = OrderedDict()

    def first_time(self, signature: str, timestamp: int, now: Optional[float] = None) -> bool:
        """Remembers the signature; False when it was seen before (a replay)."""
        now = time.time() if now is None else now
        while self._expiry and next(iter(self._expiry.values())) < now:
            self._expiry.popitem(last=False)
        expiry = timestamp + self.keep_seconds
        first_anywhere = self.shared.first_time(signature, expiry - now) if self.shared is not None else None
        if signature in self._expiry:
            return False
        self._expiry[signature] = expiry
        while len(self._expiry) > self.max_size:
            self._expiry.popitem(last=False)
        return first_anywhere is not False

    def __len__(self) -> int:
        return len(self._expiry)


class TelehealthInput(InputChannel):
    """Signed REST-style webhook for the telehealth portal."""

    @classmethod
    def name(cls) -> Text:
        return "telehealth"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        """Reads the secret from the environment (never from credentials.yml)."""
        values, missing = read_env([SECRET_ENV])
        if missing:
            return UnavailableChannel(cls.name(), missing)
        return cls(values[SECRET_ENV])

    def __init__(self, secret: Text, past: int = PAST_TOLERANCE_SECONDS,
                 future: int = FUTURE_TOLERANCE_SECONDS) -> None:
        if not secret:
            raise ValueError(f"{SECRET_ENV} must not be empty")
        self.secret = secret.encode("utf-8")
        self.past = past
        self.future = future
        # A signature stays valid from `future` seconds before its timestamp
        # until `past` seconds after it; remembered that long, and a little more.
        self.seen = SeenSignatures(keep_seconds=past + 1, shared=shared_keys("telehealth-signature", past + 1))

    def rejection(self, request: Request) -> Optional[HTTPResponse]:
        """The answer to a request that is too large, not authentic (401) or a replay (409), else None."""
        body = request.body or b""
        if len(body) > MAX_BODY_BYTES:
            return _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"the body must be at most {MAX_BODY_BYTES} bytes")
        timestamp = request.headers.get(TIMESTAMP_HEADER)
        problem = verification_error(self.secret, timestamp, request.headers.get(SIGNATURE_HEADER), body,
                                     past=self.past, future=self.future)
        if problem:
            logger.warning("telehealth webhook: rejected request from %s: %s", request.ip, problem)
            # The portal's own requests share one address: only failures count against it.
            wait = limits().ip.hit(client_address(request))
            return too_many_requests(wait) if wait else _error(HTTPStatus.UNAUTHORIZED, problem)
        # Authentic, so the timestamp parses; key on the expected signature.
        stamp = str(timestamp).strip()
        if not self.seen.first_time(sign(self.secret, stamp, body), int(stamp)):
            logger.warning("telehealth webhook: refused a replayed request from %s", request.ip)
            return _error(HTTPStatus.CONFLICT, "this signature was already used: sign every request anew")
        return None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telehealth = Blueprint("telehealth_webhook", __name__)
        bound_body(telehealth)

        @telehealth.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telehealth.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            rejected = self.rejection(request)
            if rejected is not None:
                return rejected

            try:
                sender, message, metadata = parse_message_body(request.body or b"", allow_empty_message=False)
            except BadRequest as exc:
                return _error(HTTPStatus.BAD_REQUEST, str(exc))

            collector = CollectingOutputChannel()
            user_message = scoped_message(self.name(), sender, message, collector, metadata)
            wait = limits().sender.hit(user_message.sender_id)
            if wait:
                return too_many_requests(wait)
            try:
                await on_new_message(user_message)
            except Exception as exc:  # noqa: BLE001 - answer what was collected, like the REST channel
                logger.error("telehealth webhook: failed to handle a message (%s)", type(exc).__name__)
            return response.json(collector.messages)

        @telehealth.route("/erase", methods=["POST"])
        async def erase(request: Request) -> HTTPResponse:
            rejected = self.rejection(request)
            if rejected is not None:
                return rejected
            try:
                sender = parse_sender(request.body or b"")
            except BadRequest as exc:
                return _error(HTTPStatus.BAD_REQUEST, str(exc))
            return await self.erase_conversation(request, sender)

        add_fhir_route(telehealth, self)  # POST /fhir: the triage as a FHIR R4 Bundle (issue 12)
        return telehealth

    async def erase_conversation(self, request: Request, sender: str) -> HTTPResponse:
        """200 when the conversation was erased, 404 when there was none, 503 without a SQL store."""
        erased = await erase_in_server(request.app.ctx.agent, conversation_id(self.name(), sender))
        if erased is None:
            return _error(HTTPStatus.SERVICE_UNAVAILABLE, "erasure needs the SQL tracker store")
        if not erased:
            return _error(HTTPStatus.NOT_FOUND, "no conversation with this sender")
        logger.info("telehealth webhook: erased a conversation (%d events)", erased)
        return response.json({"erased": True, "events": erased})
