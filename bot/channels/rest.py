"""The REST channel (POST /webhooks/rest/webhook) with clear answers to bad bodies.

Rasa's own RestInput answers a JSON list with a 500 and a body without a
message with an empty 200. This subclass keeps the same URL and replies, and
answers a malformed body with 400 and {"error": "..."} before it reaches the
dialogue. An empty message is passed on: the dialogue asks again.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Awaitable, Callable, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.common import MAX_BODY_BYTES, BadRequest, parse_message_body


class CheckedRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)

        @blueprint.middleware("request")
        async def check_body(request: Request) -> Optional[HTTPResponse]:
            if request.method != "POST" or not request.path.rstrip("/").endswith("/webhook"):
                return None
            body = request.body or b""
            if len(body) > MAX_BODY_BYTES:
                return response.json({"error": f"the body must be at most {MAX_BODY_BYTES} bytes"},
                                     status=HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
            try:
                parse_message_body(body, allow_empty_message=True)
            except BadRequest as exc:
                return response.json({"error": str(exc)}, status=HTTPStatus.BAD_REQUEST)
            return None  # well-formed: Rasa's handler takes it

        return blueprint
