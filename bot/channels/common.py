"""Shared pieces of the channels: configuration from the environment, the
placeholder of a channel that is not configured, and the payload helpers."""

from __future__ import annotations

import json
import logging
import os
from collections import OrderedDict
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Iterable, Mapping, Optional, Sequence, Text, Tuple

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

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
    """A bounded set of recently seen ids (event ids, update ids), oldest dropped first."""

    def __init__(self, size: int = 10000) -> None:
        self.size = size
        self._ids: "OrderedDict[str, None]" = OrderedDict()

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def add(self, key: str) -> bool:
        """Adds the id; False when it was already there."""
        if key in self._ids:
            self._ids.move_to_end(key)
            return False
        self._ids[key] = None
        while len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return True


# Limits of a REST-like body ({"sender", "message", "metadata"}).
MAX_BODY_BYTES = 64 * 1024
MAX_MESSAGE_CHARS = 10_000


class BadRequest(ValueError):
    """A REST-like body that cannot be handled; the text says why (sent as a 400)."""


def parse_message_body(body: bytes, allow_empty_message: bool) -> Tuple[str, str, Optional[Dict[str, Any]]]:
    """Validate a ``{"sender", "message", "metadata"}`` JSON body.

    Returns (sender, message, metadata); raises BadRequest with a clear reason.
    """
    try:
        payload = json.loads(body)
    except ValueError as exc:
        raise BadRequest("the body is not valid JSON") from exc
    if not isinstance(payload, dict):
        raise BadRequest('the body must be a JSON object {"sender", "message"}')
    sender = payload.get("sender")
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)
    if not isinstance(sender, str) or not sender.strip():
        raise BadRequest('"sender" must be a non-empty string')
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
    return sender.strip(), message, metadata
