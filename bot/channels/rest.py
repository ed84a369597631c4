"""The REST channel (POST /webhooks/rest/webhook): authenticated, bounded, scoped.

Same URL, body and replies as Rasa's RestInput, with these differences:

- With ``REST_CHANNEL_TOKEN`` set, every request needs
  ``Authorization: Bearer <token>`` (compared in constant time), else 401.
  Without it the channel is for development: it answers loopback clients
  only (403 otherwise, or when the request came through a proxy) and says so
  in one warning at start.
- Bodies over 64 KiB get 413 before they are read; malformed or deeply nested
  JSON and invalid sender ids get 400 with ``{"error": "..."}``.
- Per client address and per conversation rate limits answer 429 with
  ``Retry-After`` (bot/channels/ratelimit.py).
- The conversation is ``rest:<sender>``, so a REST client cannot name a
  conversation of another channel; ``input_channel`` in the body is ignored
  and metadata keys are allow-listed (bot/channels/common.py).
- An empty message is passed on: the dialogue asks again. Message text never
  reaches the logs. Rasa's ``?stream=true`` variant is not offered (the
  answer is always the whole list).
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import os
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Mapping, Optional, Text, Tuple, Union

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import (MAX_BODY_BYTES, BadRequest, bound_body, client_address, error_response,
                                 parse_message_body, scoped_message, too_many_requests)
from bot.channels.ratelimit import limits

logger = logging.getLogger(__name__)

TOKEN_ENV = "REST_CHANNEL_TOKEN"
# Headers a reverse proxy adds: such a request is not from a local client.
FORWARDING_HEADERS = ("forwarded", "x-forwarded-for", "x-real-ip")


def token_error(expected: bytes, authorization: Optional[str]) -> Optional[str]:
    """Why an Authorization header does not carry the token, or None when it does (constant time)."""
    scheme, _, given = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return "missing Authorization: Bearer <token> header"
    if not hmac.compare_digest(given.strip().encode("utf-8", "surrogateescape"), expected):
        return "invalid token"
    return None


def loopback_error(ip: Optional[str], headers: Mapping[str, str]) -> Optional[str]:
    """Why a client may not use the channel without a token, or None for a direct loopback client."""
    try:
        address = ipaddress.ip_address((ip or "").strip("[]"))
    except ValueError:
        return "the client address is unknown"
    mapped = getattr(address, "ipv4_mapped", None)
    if not (mapped or address).is_loopback:
        return f"without {TOKEN_ENV} the REST channel only answers clients on this machine"
    if any(headers.get(name) for name in FORWARDING_HEADERS):
        return f"without {TOKEN_ENV} the REST channel does not answer requests through a proxy"
    return None


class CheckedRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        """Reads REST_CHANNEL_TOKEN from the environment (never from credentials.yml)."""
        return cls(os.environ.get(TOKEN_ENV))

    def __init__(self, token: Optional[str] = None) -> None:
        token = (token or "").strip()
        self.token = token.encode("utf-8") if token else None
        if self.token is None:
            logger.warning("%s is not set: the REST channel is for development only and answers "
                           "clients on this machine only (see docs/channels.md).", TOKEN_ENV)

    def access_error(self, request: Request) -> Optional[HTTPResponse]:
        """401/403 unless the request has the token (or, without one, comes straight from loopback)."""
        if self.token is not None:
            problem = token_error(self.token, request.headers.get("authorization"))
            if problem:
                return error_response(HTTPStatus.UNAUTHORIZED, problem, headers={"WWW-Authenticate": "Bearer"})
            return None
        problem = loopback_error(request.ip, request.headers)
        return error_response(HTTPStatus.FORBIDDEN, problem) if problem else None

    def checked_message(self, request: Request) -> Union[HTTPResponse, Tuple[str, str, Optional[Dict[str, Any]]]]:
        """(sender, text, metadata) of an allowed request, or the error response."""
        wait = limits().ip.hit(client_address(request))
        if wait:
            return too_many_requests(wait)
        denied = self.access_error(request)
        if denied is not None:
            return denied
        body = request.body or b""
        if len(body) > MAX_BODY_BYTES:
            return error_response(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                                  f"the body must be at most {MAX_BODY_BYTES} bytes")
        try:
            return parse_message_body(body, allow_empty_message=True)
        except BadRequest as exc:
            return error_response(HTTPStatus.BAD_REQUEST, str(exc))

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        rest = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)
        bound_body(rest)

        @rest.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @rest.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            checked = self.checked_message(request)
            if isinstance(checked, HTTPResponse):
                return checked
            sender, text, metadata = checked
            collector = CollectingOutputChannel()
            message = scoped_message(self.name(), sender, text, collector, metadata)
            wait = limits().sender.hit(message.sender_id)
            if wait:
                return too_many_requests(wait)
            try:
                await on_new_message(message)
            except asyncio.CancelledError:
                logger.error("rest: handling a message timed out")
            except Exception:  # noqa: BLE001 - answer what was collected; never log the text
                logger.exception("rest: failed to handle a message")
            return response.json(collector.messages)

        return rest
