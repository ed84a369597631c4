"""How long conversations are kept, and how one is erased.

Conversations live in the table Rasa's SQL tracker store defines (``events``:
one row per event, with ``sender_id`` and ``timestamp``), in SQLite or
PostgreSQL alike. This module works on that table through SQLAlchemy, so it
serves Rasa's SQLTrackerStore and any subclass of it.

- A conversation whose last event is older than ``DATA_RETENTION_DAYS``
  (default 30) is purged: all its events are deleted.
- One conversation can be erased on request, by its tracker id.

Inside the Rasa server, bot/channels/retention.py runs the purge at start and
then every ``DATA_PURGE_INTERVAL_SECONDS`` (default 3600), and the telehealth
channel offers a signed erase call. On demand::

    python -m bot.retention --purge           # what `make purge` runs
    python -m bot.retention --erase rest:abc  # one conversation, by tracker id

The command finds the database the way `make run` does (bot/settings.py:
TRACKER_DB_URL, else the SQLite file TRACKER_DB), or in ``--endpoints FILE``.
It prints counts only, never ids or message text.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
import time
from dataclasses import dataclass
from typing import Any, Iterator, List, Mapping, Optional, Sequence

import sqlalchemy as sa
import yaml
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from sqlalchemy.engine import Connection, Engine

logger = logging.getLogger(__name__)

RETENTION_ENV = "DATA_RETENTION_DAYS"
INTERVAL_ENV = "DATA_PURGE_INTERVAL_SECONDS"
DEFAULT_RETENTION_DAYS = 30.0
DEFAULT_INTERVAL_SECONDS = 3600.0
SECONDS_PER_DAY = 86400
# Ids per DELETE statement (well under SQLite's limit of bound parameters).
_CHUNK = 500

EVENTS: sa.Table = SQLTrackerStore.SQLEvent.__table__


@dataclass(frozen=True)
class RetentionSettings:
    days: float
    interval_seconds: float

    @property
    def max_age_seconds(self) -> float:
        return self.days * SECONDS_PER_DAY


def _positive_number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        raise ValueError(f"{name} must be a positive number, not {raw!r} (see docs/privacy.md)")
    return value


def retention_settings(env: Optional[Mapping[str, str]] = None) -> RetentionSettings:
    """The retention period and purge interval from the environment; ValueError when invalid."""
    env = os.environ if env is None else env
    return RetentionSettings(
        _positive_number(env, RETENTION_ENV, DEFAULT_RETENTION_DAYS),
        _positive_number(env, INTERVAL_ENV, DEFAULT_INTERVAL_SECONDS),
    )


@dataclass(frozen=True)
class PurgeResult:
    conversations: int
    events: int


def _has_events_table(connection: Connection) -> bool:
    return sa.inspect(connection).has_table(EVENTS.name)


def _stale_ids_query(cutoff: float) -> sa.sql.Select:
    """Tracker ids whose last event is older than `cutoff` (unix seconds)."""
    return sa.select(EVENTS.c.sender_id).group_by(EVENTS.c.sender_id).having(sa.func.max(EVENTS.c.timestamp) < cutoff)


def _chunks(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def purge_older_than(engine: Engine, cutoff: float) -> PurgeResult:
    """Delete every conversation whose last event is older than `cutoff`.

    Each DELETE checks again that the conversation is still stale, so one
    that got a new message since the ids were read is kept whole.
    """
    with engine.connect() as connection:
        if not _has_events_table(connection):
            return PurgeResult(0, 0)
        stale: List[str] = [row[0] for row in connection.execute(_stale_ids_query(cutoff))]
    deleted = 0
    for chunk in _chunks(stale, _CHUNK):
        with engine.begin() as connection:
            result = connection.execute(
                EVENTS.delete().where(
                    EVENTS.c.sender_id.in_(chunk), EVENTS.c.sender_id.in_(_stale_ids_query(cutoff).scalar_subquery())
                )
            )
            deleted += max(result.rowcount or 0, 0)
    return PurgeResult(len(stale), deleted)


def purge(engine: Engine, settings: RetentionSettings, now: Optional[float] = None) -> PurgeResult:
    """Delete the conversations that are past the retention period."""
    now = time.time() if now is None else now
    return purge_older_than(engine, now - settings.max_age_seconds)


def erase(engine: Engine, sender_id: str) -> int:
    """Delete every event of one conversation; the number of events deleted (0: none stored)."""
    with engine.begin() as connection:
        if not _has_events_table(connection):
            return 0
        result = connection.execute(EVENTS.delete().where(EVENTS.c.sender_id == sender_id))
        return max(result.rowcount or 0, 0)


# --- inside the Rasa server ---------------------------------------------------


def sql_engine_of(tracker_store: Any) -> Optional[Engine]:
    """The SQLAlchemy engine of a SQL tracker store, looking through Rasa's wrappers.

    None when the store is not SQL (in memory, Redis, ...).
    """
    store = tracker_store
    for _ in range(5):  # AwaitableTrackerStore / FailSafeTrackerStore wrap the real one
        engine = getattr(store, "engine", None)
        if isinstance(engine, Engine):
            return engine
        store = getattr(store, "_tracker_store", None)
        if store is None:
            return None
    return None


async def erase_in_server(agent: Any, sender_id: str) -> Optional[int]:
    """Erase a conversation of the running server; None when its store is not SQL.

    Holds the conversation's lock, so a message being handled is saved first
    and cannot write the conversation back after it is erased.
    """
    engine = sql_engine_of(getattr(agent, "tracker_store", None))
    if engine is None:
        return None
    async with agent.lock_store.lock(sender_id):
        return await asyncio.get_running_loop().run_in_executor(None, erase, engine, sender_id)


# --- the command ----------------------------------------------------------------


def db_url(tracker_store: Mapping[str, Any]) -> Any:
    """The SQLAlchemy URL of a `tracker_store` endpoint of type SQL (or a subclass)."""
    dialect = tracker_store.get("dialect", "sqlite")
    db = str(tracker_store.get("db", "rasa.db"))
    if dialect.startswith("sqlite"):
        return f"sqlite:///{db}"
    return SQLTrackerStore.get_db_url(
        dialect,
        tracker_store.get("url"),
        tracker_store.get("port"),
        db,
        tracker_store.get("username"),
        tracker_store.get("password"),
        query=tracker_store.get("query"),
    )


def tracker_store_config(endpoints_file: Optional[str]) -> Mapping[str, Any]:
    """The tracker store of an endpoints file, or the one `make run` uses (bot/settings.py)."""
    if endpoints_file:
        with open(endpoints_file, encoding="utf-8") as stream:
            config = (yaml.safe_load(stream) or {}).get("tracker_store")
    else:
        from bot.settings import endpoints

        config = endpoints().get("tracker_store")
    if not config or "dialect" not in config and "db" not in config:
        raise SystemExit("no SQL tracker store is configured; retention works on SQL tracker stores only")
    return config


def engine_for(endpoints_file: Optional[str] = None) -> Engine:
    url = db_url(tracker_store_config(endpoints_file))
    # hide_parameters: an error message never carries a conversation id.
    return sa.create_engine(url, hide_parameters=True, **create_engine_kwargs(url))


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.retention", description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument(
        "--purge", action="store_true", help=f"delete conversations older than {RETENTION_ENV} days (default 30)"
    )
    action.add_argument("--erase", metavar="CONVERSATION_ID", help="delete one conversation, by tracker id")
    parser.add_argument(
        "--endpoints", help="an endpoints.yml to read the tracker store from (default: the environment, as `make run`)"
    )
    args = parser.parse_args(argv)
    try:
        engine = engine_for(args.endpoints)
        if args.purge:
            result = purge(engine, retention_settings())
            print(f"purged {result.conversations} conversation(s), {result.events} event(s)")
            return 0
        erased = erase(engine, args.erase)
    except (ValueError, sa.exc.SQLAlchemyError) as exc:
        print(f"error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"erased {erased} event(s)" if erased else "no such conversation")
    return 0 if erased else 3


if __name__ == "__main__":
    raise SystemExit(main())
