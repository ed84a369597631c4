"""The audit trail: every clinical decision, read back from the event broker's queue.

With EVENT_BROKER_URL set, the Rasa server publishes every tracker event to a
RabbitMQ queue (EVENT_BROKER_QUEUE, default ``rasa_events``; bot/settings.py).
A triage decision is the bot message that carries the ``triage`` payload
(docs/api.md): its event holds the level, the rules that fired with their
findings, and all findings. This module turns those events into one record
per decision:

    python -m bot.audit                 # print the decisions in the queue, leave the queue as it is
    python -m bot.audit --consume       # ... and remove every message read (acknowledged)
    python -m bot.audit --sender ID     # only one conversation

Prints one JSON object per line: sender_id, timestamp, level, rules, reasons,
findings, spec_version. The queue holds health data: read it on a trusted host.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from typing import Any, Dict, Iterable, List, Optional

from bot.settings import DEFAULT_EVENT_QUEUE, SettingsError, event_broker

READ_TIMEOUT = 5.0  # seconds to wait for a message before the queue counts as read


def decision(event: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """The decision a published event carries, or None (most events carry none)."""
    if event.get("event") != "bot":
        return None
    triage = ((event.get("data") or {}).get("custom") or {}).get("triage")
    if not isinstance(triage, dict):
        return None
    reasons = triage.get("reasons") or []
    return {
        "sender_id": event.get("sender_id"),
        "timestamp": event.get("timestamp"),
        "level": triage.get("level"),
        "rules": [reason.get("rule") for reason in reasons],
        "reasons": reasons,
        "findings": triage.get("findings") or {},
        "spec_version": triage.get("spec_version"),
    }


def decisions(events: Iterable[Dict[str, Any]], sender_id: Optional[str] = None) -> List[Dict[str, Any]]:
    found = (decision(event) for event in events if sender_id in (None, event.get("sender_id")))
    return [d for d in found if d is not None]


def amqp_url(broker_url: str) -> str:
    """The URL to connect with, credentials included (never printed or logged)."""
    config = event_broker(broker_url)
    scheme, rest = config["url"].split("://", 1)
    return f"{scheme}://{config['username']}:{config['password']}@{rest}"


async def read_queue(
    broker_url: str, queue: str = DEFAULT_EVENT_QUEUE, consume: bool = False, timeout: float = READ_TIMEOUT
) -> List[Dict[str, Any]]:
    """Every event in the queue, oldest first.

    Without `consume` nothing is acknowledged, so RabbitMQ puts every message
    back when the channel closes; with it, each message read is removed.
    """
    import aio_pika

    connection = await aio_pika.connect(amqp_url(broker_url))
    events: List[Dict[str, Any]] = []
    async with connection:
        channel = await connection.channel()
        # Declared as Rasa declares it, so reading before the first event works too.
        source = await channel.declare_queue(queue, durable=True)
        while True:
            message = await source.get(no_ack=False, fail=False, timeout=timeout)
            if message is None:
                break
            events.append(json.loads(message.body))
            if consume:
                await message.ack()
    return events


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("--queue", default=os.environ.get("EVENT_BROKER_QUEUE") or DEFAULT_EVENT_QUEUE)
    parser.add_argument("--sender", help="only this conversation")
    parser.add_argument("--consume", action="store_true", help="remove the messages read from the queue")
    args = parser.parse_args(argv)
    broker_url = os.environ.get("EVENT_BROKER_URL")
    if not broker_url:
        sys.stderr.write("EVENT_BROKER_URL is not set (amqp://user:pass@host:5672/vhost)\n")
        return 2
    try:
        events = asyncio.run(read_queue(broker_url, args.queue, args.consume))
    except SettingsError as exc:
        sys.stderr.write(f"configuration error: {exc}\n")
        return 2
    for record in decisions(events, args.sender):
        sys.stdout.write(json.dumps(record, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
