"""Keeps message text and sender ids out of the logs at INFO and above.

Rasa logs what people write at DEBUG, and in places at ERROR too (the REST
channel's failure line, structlog events with a ``text`` key, tracebacks whose
exception message quotes the input); Sanic's error lines carry URLs such as
``/conversations/<sender id>/tracker``. ``install()`` wraps the logging
module's record factory, so every record at INFO or above, from any logger,
whatever its handler, is cleaned when it is created:

- the text and sender id of the message being handled (remembered per asyncio
  task when Rasa builds a ``UserMessage``, or when the action server receives
  a call) are replaced wherever they appear, traceback included;
- values of structlog's message keys (``text``, ``user_message``, ...) and of
  quoted ids/texts in Rasa's own wording are replaced;
- conversation ids in API paths are replaced.

DEBUG records are left as they are: ``--debug`` is for development only and
logs health data (docs/privacy.md).

Installed by importing bot.channels (the Rasa server loads the channels of
credentials.yml) and actions (the action server), and idempotent.
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import traceback
from typing import Any, Callable, Iterable, Optional, Tuple

REDACTED = "[redacted]"
# Shorter remembered values ("no", "ok") are replaced only where quoted, so
# ordinary words of a log line stay readable.
MIN_FREE_TEXT_LENGTH = 4
_SENSITIVE: contextvars.ContextVar[Tuple[str, ...]] = contextvars.ContextVar("triage_log_sensitive", default=())

# structlog keys whose values are message content or ids (Rasa's own
# anonymizable keys, plus the ids).
STRUCTLOG_KEYS = frozenset(
    {
        "text",
        "response_text",
        "user_text",
        "parse_data_text",
        "parse_data_entities",
        "message",
        "user_message",
        "json_message",
        "tracker_latest_message",
        "slot_values",
        "prefilled_slots",
        "rasa_event",
        "rasa_events",
        "entity",
        "token_text",
        "sender_id",
        "conversation_id",
        "recipient_id",
        "sender",
        "chat_id",
    }
)
# '<value>' after a word that says it is an id or a text (Rasa's f-strings).
_QUOTED_AFTER_NAME = re.compile(
    r"(?P<name>\b(?:sender(?:[ _]id)?|conversation(?:[ _]id)?|user message|message|text|utterance|"
    r"recipient(?:[ _]id)?|chat(?:[ _]id)?|user(?:[ _]id)?|session(?:[ _]id)?|line)\b[\s:=]+)"
    # the closing quote ends a word, so "can't" inside a quoted text does not end it
    r"(?P<quote>['\"])(?P<value>.*?)(?P=quote)(?=[\s.,;:!?)\]}]|$)",
    re.IGNORECASE,
)
_CONVERSATION_PATH = re.compile(r"(/conversations/)[^/\s'\"?]+")
# Rasa's warning about a malformed "/intent{...}" payload ends with the payload's arguments.
_PAYLOAD_REST = re.compile(r"(<dictionary of entities> Continuing without )[^\n]*")


def _forms_of(value: str) -> Tuple[str, ...]:
    """A value as it may appear in a log line: as is, JSON-escaped, repr-escaped, and for a
    ``/intent{...}`` payload its arguments alone (Rasa quotes them in its parse warnings)."""
    forms = {value, json.dumps(value)[1:-1], repr(value)[1:-1]}
    stripped = value.strip()
    if stripped.startswith("/"):
        arguments = re.split(r"[{@]", stripped, maxsplit=1)
        if len(arguments) == 2:
            forms.add(stripped[len(arguments[0]) :])
    return tuple(form for form in forms if form.strip())


def remember(*values: Optional[str]) -> None:
    """Mark values (a message text, a sender id) as never to be logged, for this task."""
    kept = tuple(form for v in values if isinstance(v, str) and v.strip() for form in _forms_of(v))
    if kept:
        _SENSITIVE.set(kept)


def _replace_values(text: str, values: Iterable[str]) -> str:
    for value in sorted(values, key=len, reverse=True):
        if len(value) >= MIN_FREE_TEXT_LENGTH:
            text = text.replace(value, REDACTED)
        else:
            for quote in ("'", '"'):
                text = text.replace(f"{quote}{value}{quote}", f"{quote}{REDACTED}{quote}")
    return text


def _redact_plain(text: str, values: Iterable[str]) -> str:
    text = _replace_values(text, values)
    text = _QUOTED_AFTER_NAME.sub(lambda m: f"{m['name']}{m['quote']}{REDACTED}{m['quote']}", text)
    text = _PAYLOAD_REST.sub(rf"\g<1>{REDACTED}.", text)
    return _CONVERSATION_PATH.sub(rf"\g<1>{REDACTED}", text)


def _redact_json_value(value: Any, values: Iterable[str]) -> Any:
    """A structlog event (or part of it): message keys and traceback locals replaced, strings cleaned."""
    if isinstance(value, dict):
        return {
            key: REDACTED if key in STRUCTLOG_KEYS or key == "locals" else _redact_json_value(item, values)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_redact_json_value(item, values) for item in value]
    if isinstance(value, str):
        return _redact_plain(value, values)
    return value


def redact(text: str, values: Iterable[str] = ()) -> str:
    """`text` without the given values, structlog message keys, quoted ids/texts and API ids."""
    if text.startswith("{"):  # structlog renders its events as JSON (Rasa's server logs)
        try:
            event = json.loads(text)
        except ValueError:
            event = None
        if isinstance(event, dict) and "event" in event:
            return json.dumps(_redact_json_value(event, tuple(values)), default=str)
    return _redact_plain(text, values)


def redact_record(record: logging.LogRecord) -> None:
    """Clean a record in place: its message, and its traceback rendered now."""
    if record.levelno < logging.INFO:
        return
    values = _SENSITIVE.get()
    try:
        message = record.getMessage()
    except Exception:  # noqa: BLE001 - a broken format string: keep the template only
        message = str(record.msg)
    record.msg, record.args = redact(message, values), ()
    if record.exc_info and record.exc_info[0] is not None:
        rendered = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.exc_text = redact(rendered, values)
        record.exc_info = None  # formatters print exc_text; the raw exception could quote the input
    if record.stack_info:
        record.stack_info = redact(record.stack_info, values)


def _redacting_factory(original: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = original(*args, **kwargs)
        redact_record(record)
        return record

    factory._triage_redacting = True  # type: ignore[attr-defined]
    return factory


def _remember_user_messages() -> None:
    """Rasa server: every UserMessage remembers its text and sender id for the logs."""
    from rasa.core.channels.channel import UserMessage

    if getattr(UserMessage.__init__, "_triage_remembers", False):
        return
    original = UserMessage.__init__

    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        remember(self.text, self.sender_id)

    init._triage_remembers = True  # type: ignore[attr-defined]
    UserMessage.__init__ = init  # type: ignore[method-assign]


def remember_action_call(action_call: Any) -> None:
    """Action server: the sender id and latest text of an action call."""
    if not isinstance(action_call, dict):
        return
    tracker = action_call.get("tracker") or {}
    latest = tracker.get("latest_message") or {} if isinstance(tracker, dict) else {}
    remember(
        action_call.get("sender_id") or (tracker.get("sender_id") if isinstance(tracker, dict) else None),
        latest.get("text") if isinstance(latest, dict) else None,
    )


def _remember_action_calls() -> None:
    from rasa_sdk.executor import ActionExecutor

    if getattr(ActionExecutor.run, "_triage_remembers", False):
        return
    original = ActionExecutor.run

    async def run(self: Any, action_call: Any) -> Any:
        remember_action_call(action_call)
        return await original(self, action_call)

    run._triage_remembers = True  # type: ignore[attr-defined]
    ActionExecutor.run = run  # type: ignore[method-assign]


def install(rasa_server: bool = True, action_server: bool = False) -> None:
    """Redact every record from now on, and remember what the servers receive (idempotent)."""
    if not getattr(logging.getLogRecordFactory(), "_triage_redacting", False):
        logging.setLogRecordFactory(_redacting_factory(logging.getLogRecordFactory()))
    # Python warnings (Rasa's raise_warning) go through logging, so they are cleaned too.
    logging.captureWarnings(True)
    if rasa_server:
        _remember_user_messages()
    if action_server:
        _remember_action_calls()
