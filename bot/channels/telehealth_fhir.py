"""``POST /webhooks/telehealth/fhir``: the triage of a conversation as a FHIR R4 Bundle (issue 12).

Body ``{"sender": "<conversation id>"}``, signed exactly like the telehealth
messages (bot/channels/telehealth.py: ``X-Telehealth-Timestamp`` and
``X-Telehealth-Signature``, checked before the body is read). Answers:

- 200 with the Bundle (``Content-Type: application/fhir+json``) once the triage is decided;
- 409 while the interview is still running (or has not started);
- 404 for a conversation the tracker store does not know;
- 401 / 400 / 413 like the message webhook.

The tracker is read through the Rasa server's agent (``request.app.ctx.agent``)
by ``find_tracker``: the one place that turns a portal's sender into a tracker
id. The bundle is built by bot/fhir.py from the interview slot, never from
what was said. Documented in docs/telehealth-openapi.yaml and docs/fhir.md.
"""

from __future__ import annotations

import datetime as dt
import logging
from http import HTTPStatus
from typing import Any, Optional

from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import fhir
from bot.channels.common import BadRequest, check_sender_id, conversation_id, load_json
from bot.clinical.engine import default_spec

logger = logging.getLogger(__name__)

FORM = "triage_form"
INTERVIEW_SLOT = "interview"
LEVEL_SLOT = "triage_level"


def _error(status: HTTPStatus, message: str) -> HTTPResponse:
    return response.json({"error": message}, status=status)


def parse_sender(body: bytes) -> str:
    """The ``sender`` of a ``{"sender": "<conversation id>"}`` body; BadRequest says what is wrong."""
    payload = load_json(body)
    if not isinstance(payload, dict) or "sender" not in payload:
        raise BadRequest('the body must be a JSON object {"sender": "<conversation id>"}')
    return check_sender_id(payload["sender"])


async def find_tracker(agent: Any, sender: str) -> Optional[DialogueStateTracker]:
    """The tracker of a portal conversation, or None: the portal's id is scoped
    to the telehealth channel ("telehealth:<id>"), like its messages."""
    store = getattr(agent, "tracker_store", None)
    if store is None:
        return None
    return await store.retrieve(conversation_id("telehealth", sender))


def is_decided(tracker: DialogueStateTracker) -> bool:
    """The result was sent (triage_level is set) and no interview is running again."""
    return tracker.get_slot(LEVEL_SLOT) is not None and tracker.active_loop_name != FORM


def decided_at(tracker: DialogueStateTracker) -> Optional[dt.datetime]:
    """When the last result was given (the slot event's time)."""
    for event in reversed(tracker.events):
        if isinstance(event, SlotSet) and event.key == LEVEL_SLOT and event.value is not None:
            return dt.datetime.fromtimestamp(event.timestamp, dt.timezone.utc)
    return None


async def _bundle_response(request: Request, sender: str) -> HTTPResponse:
    tracker = await find_tracker(getattr(request.app.ctx, "agent", None), sender)
    if tracker is None or not tracker.events:
        return _error(HTTPStatus.NOT_FOUND, "unknown conversation")
    if not is_decided(tracker):
        return _error(HTTPStatus.CONFLICT, "the interview is still running: no triage yet")
    spec = default_spec()
    bundle = fhir.bundle_for_state(spec, tracker.get_slot(INTERVIEW_SLOT), sender, decided_at(tracker))
    logger.info("telehealth fhir: bundle sent (%d resources)", len(bundle["entry"]))
    return response.json(bundle, content_type=fhir.CONTENT_TYPE)


def add_fhir_route(blueprint: Blueprint, channel: Any) -> None:
    """Registers ``POST /fhir`` on the telehealth blueprint, verified with the
    channel's own check (the same as its messages)."""

    @blueprint.route("/fhir", methods=["POST"])
    async def fhir_bundle(request: Request) -> HTTPResponse:
        rejected = channel.rejection(request)  # size, signature, window and replay, as for messages
        if rejected is not None:
            return rejected
        body = request.body or b""
        try:
            sender = parse_sender(body)
        except BadRequest as exc:
            return _error(HTTPStatus.BAD_REQUEST, str(exc))
        return await _bundle_response(request, sender)
