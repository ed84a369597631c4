"""bot.log_privacy: what a log record at INFO and above may not carry, and what it keeps."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest

from bot import log_privacy

TEXT = "my lower back has been burning since tuesday"
SENDER = "telehealth:portal-visit-8841"


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture):
    log_privacy.install(rasa_server=True, action_server=True)
    caplog.set_level(logging.DEBUG, logger="privacy-test")
    return caplog


def in_task(func) -> None:
    """Run `func` in its own asyncio task, as a request handler runs."""

    async def run() -> None:
        func()

    asyncio.run(run())


def test_the_message_being_handled_never_reaches_a_record_at_info_or_above(records):
    logger = logging.getLogger("privacy-test")

    def handle() -> None:
        from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

        UserMessage(TEXT, CollectingOutputChannel(), SENDER)  # as a channel builds it
        logger.info("handling %s for %s", TEXT, SENDER)
        logger.error(f"An exception occured while handling user message '{TEXT}'.")
        try:
            raise ValueError(f"cannot read {TEXT!r} of {SENDER}")
        except ValueError:
            logger.exception("failed")
        logger.debug("debug keeps %s", TEXT)

    in_task(handle)
    rendered = [logging.Formatter().format(r) for r in records.records]
    info_and_above = [line for line, r in zip(rendered, records.records) if r.levelno >= logging.INFO]
    assert len(info_and_above) == 3 and all(log_privacy.REDACTED in line for line in info_and_above)
    assert not [line for line in info_and_above if TEXT in line or "portal-visit-8841" in line]
    assert "ValueError" in info_and_above[2], "the traceback stays, without the values"
    assert TEXT in rendered[3], "DEBUG is left alone (development only)"


def test_an_action_call_is_remembered_in_the_action_server(records):
    call = {
        "next_action": "action_x",
        "sender_id": SENDER,
        "tracker": {"sender_id": SENDER, "latest_message": {"text": TEXT}},
    }

    def handle() -> None:
        log_privacy.remember_action_call(call)
        logging.getLogger("privacy-test").warning("action failed for %s on %r", SENDER, TEXT)

    in_task(handle)
    (record,) = records.records
    assert TEXT not in record.getMessage() and SENDER not in record.getMessage()


@pytest.mark.parametrize(
    "line",
    [
        f"Circuit breaker tripped. Stopped predicting more actions for sender '{SENDER}'.",
        f"Failed to parse arguments in line '/inform{{\"answer\": none {TEXT}'. Make sure your regex string is in the "
        f"following format:/<intent_name>@<confidence-value><dictionary of entities> Continuing without "
        f'{{"answer": none {TEXT}. ',
        f"Exception occurred while handling uri: 'http://127.0.0.1:5005/conversations/{SENDER}/tracker'",
        f"User '{SENDER}' does not have permissions",
    ],
)
def test_rasas_own_wording_loses_quoted_texts_and_ids_without_knowing_them(line):
    cleaned = log_privacy.redact(line)
    assert TEXT not in cleaned and "portal-visit-8841" not in cleaned
    assert log_privacy.REDACTED in cleaned


def test_structlog_events_lose_message_keys_and_traceback_locals():
    event = {
        "event": "rest.message.received.failure",
        "text": TEXT,
        "level": "error",
        "exception": [
            {
                "exc_type": "KeyError",
                "exc_value": f"sender '{SENDER}'",
                "frames": [{"name": "handler", "locals": {"text": TEXT}}],
            }
        ],
    }
    cleaned = json.loads(log_privacy.redact(json.dumps(event)))
    assert cleaned["event"] == "rest.message.received.failure" and cleaned["level"] == "error"
    assert TEXT not in json.dumps(cleaned) and "portal-visit-8841" not in json.dumps(cleaned)
    assert cleaned["exception"][0]["exc_type"] == "KeyError"


def test_ordinary_lines_are_left_as_they_are():
    for line in [
        "interview read message: question=fever answered=True new_findings=2",
        "Registered function for 'action_triage'.",
        "Rasa server is up and running.",
        "retention: purged 3 conversation(s) older than 30 day(s)",
    ]:
        assert log_privacy.redact(line, values=("no",)) == line


def test_short_answers_are_replaced_only_where_quoted():
    assert log_privacy.redact("not now; got 'no'", values=("no",)) == f"not now; got '{log_privacy.REDACTED}'"


def test_install_is_idempotent():
    log_privacy.install(action_server=True)
    factory = logging.getLogRecordFactory()
    log_privacy.install(action_server=True)
    assert logging.getLogRecordFactory() is factory
