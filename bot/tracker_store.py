"""The tracker store: Rasa's SQL tracker store, made durable and private on SQLite.

Selected in endpoints.yml (bot/settings.py writes it) with::

    tracker_store:
      type: bot.tracker_store.DurableSQLTrackerStore
      dialect: sqlite            # or postgresql, with url/port/username/password
      db: .rasa/trackers.db

On SQLite:

- the database runs in WAL mode, so reads never wait for a write;
- every connection has a busy timeout, so a write waits for another writer
  (a purge, a second worker) instead of failing at once;
- a save that still finds the database locked is retried a few times, with a
  pause that does not block the server;
- the file is created 0600 in a folder created 0700 (an existing folder open
  to others is reported, not changed: it may be shared).

On every dialect, the queries of a turn are plain SQL statements, the same
as Rasa's ORM queries (the events of the latest session, and their number):
SQLAlchemy rebuilt Rasa's query and its cache key on every call, about a
fifth of the Rasa server's time per turn (docs/performance.md). The new
events of a save are found by that count, also for the event broker (Rasa
loaded the whole tracker again to find them).

Other dialects (PostgreSQL) otherwise behave exactly as Rasa's SQLTrackerStore.
"""

from __future__ import annotations

import asyncio
import contextvars
import itertools
import json
import logging
import os
import stat
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Iterator, Optional, Text

import sqlalchemy as sa
import sqlalchemy.exc
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT_MS = 2000
DEFAULT_SAVE_ATTEMPTS = 4
RETRY_PAUSE_SECONDS = 0.2  # doubled after each locked attempt
FILE_MODE = 0o600
FOLDER_MODE = 0o700

# Set while a save is retried: its events were already streamed to the event broker.
_EVENTS_STREAMED: contextvars.ContextVar[bool] = contextvars.ContextVar("events_streamed", default=False)


# Rasa's SQLTrackerStore._event_query: a conversation's events from its latest
# session start on (all of them when it has none), in the order they were stored.
_LATEST_SESSION = (
    "sender_id = :sender_id AND ("
    "(SELECT max(timestamp) FROM {table} WHERE sender_id = :sender_id AND type_name = :session_started) IS NULL"
    " OR timestamp >= "
    "(SELECT max(timestamp) FROM {table} WHERE sender_id = :sender_id AND type_name = :session_started))"
)


def event_statements(table: str) -> Dict[str, Any]:
    """The plain SQL statements of a turn, for the events table `table`."""
    latest = _LATEST_SESSION.format(table=table)
    return {
        "latest_session": sa.text(f"SELECT data FROM {table} WHERE {latest} ORDER BY id"),
        "all_sessions": sa.text(f"SELECT data FROM {table} WHERE sender_id = :sender_id ORDER BY id"),
        "count_latest_session": sa.text(f"SELECT count(*) FROM {table} WHERE {latest}"),
    }


def is_locked_error(error: BaseException) -> bool:
    """True for SQLite's "database is locked" / "database table is locked" (SQLITE_BUSY/LOCKED)."""
    return isinstance(error, sqlalchemy.exc.OperationalError) and "locked" in str(error.orig).lower()


def prepare_private_file(db: Text) -> Path:
    """Create the SQLite file 0600 (and missing folders 0700) before SQLite opens it."""
    path = Path(db)
    folder = path.parent
    if not folder.exists():
        folder.mkdir(mode=FOLDER_MODE, parents=True)
        folder.chmod(FOLDER_MODE)  # mkdir's mode is reduced by the umask
    elif stat.S_IMODE(folder.stat().st_mode) & 0o077:
        logger.warning("the tracker database folder %s is open to other users; make it 0700", folder)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
    os.close(fd)
    path.chmod(FILE_MODE)  # an existing file keeps its mode on open
    return path


def _busy_timeout_setter(busy_timeout_ms: int) -> Callable[[Any, Any], None]:
    """A connect hook: the busy timeout is per connection (WAL mode is kept in the file)."""

    def on_connect(dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.close()

    return on_connect


class DurableSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore with WAL, a busy timeout, retried saves and a private file on SQLite."""

    def __init__(
        self,
        dialect: Text = "sqlite",
        db: Text = "rasa.db",
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        save_attempts: int = DEFAULT_SAVE_ATTEMPTS,
        **kwargs: Any,
    ) -> None:
        self.is_sqlite_file = dialect == "sqlite" and db not in ("", ":memory:") and not kwargs.get("host")
        if self.is_sqlite_file:
            prepare_private_file(db)
        super().__init__(dialect=dialect, db=db, **kwargs)
        self.save_attempts = max(1, int(save_attempts))
        self.statements = event_statements(self.SQLEvent.__tablename__)
        if self.is_sqlite_file:
            sa.event.listen(self.engine, "connect", _busy_timeout_setter(busy_timeout_ms))
            self.engine.dispose()  # connections opened by Rasa's setup had no busy timeout
            self._use_wal()

    def _use_wal(self) -> None:
        with self.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode = WAL").scalar()
        if str(mode).lower() != "wal":
            logger.warning("the tracker database could not switch to WAL mode (journal mode %s)", mode)

    def _parameters(self, sender_id: Text) -> Dict[str, Any]:
        return {"sender_id": sender_id, "session_started": SessionStarted.type_name}

    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool
                        ) -> Optional[DialogueStateTracker]:
        statement = self.statements["all_sessions" if fetch_events_from_all_sessions else "latest_session"]
        with self.session_scope() as session:
            rows = session.execute(statement, self._parameters(sender_id)).scalars().all()
        if not self.domain or not rows:
            return None
        return DialogueStateTracker.from_dict(sender_id, [json.loads(data) for data in rows], self.domain.slots)

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Event]:
        """The tracker's events after those stored for its latest session."""
        stored = session.execute(self.statements["count_latest_session"], self._parameters(tracker.sender_id)).scalar()
        return itertools.islice(tracker.events, int(stored or 0), len(tracker.events))

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        """Publishes the events not stored yet (Rasa loaded the whole stored tracker to find them)."""
        if self.event_broker is None or _EVENTS_STREAMED.get():
            return
        with self.session_scope() as session:
            new_events = list(self._additional_events(session, tracker))
        await self._stream_new_events(self.event_broker, new_events, tracker.sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Save the new events; on a locked SQLite database, try again a few times."""
        await self._retry_while_locked(lambda: self.stream_events(tracker))
        streamed = _EVENTS_STREAMED.set(True)
        try:
            await self._retry_while_locked(lambda: super(DurableSQLTrackerStore, self).save(tracker))
        finally:
            _EVENTS_STREAMED.reset(streamed)

    async def _retry_while_locked(self, attempt: Callable[[], Awaitable[None]]) -> None:
        pause = RETRY_PAUSE_SECONDS
        for number in range(1, self.save_attempts + 1):
            try:
                await attempt()
                return
            except sqlalchemy.exc.OperationalError as error:
                if not (self.is_sqlite_file and is_locked_error(error)) or number == self.save_attempts:
                    raise
            logger.warning("tracker database locked; saving again (attempt %d of %d)", number + 1, self.save_attempts)
            await asyncio.sleep(pause)  # let the other writer finish without blocking the server
            pause *= 2
