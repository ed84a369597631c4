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

Other dialects (PostgreSQL) behave exactly as Rasa's SQLTrackerStore.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import os
import stat
from pathlib import Path
from typing import Any, Awaitable, Callable, Text

import sqlalchemy as sa
import sqlalchemy.exc
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

logger = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT_MS = 2000
DEFAULT_SAVE_ATTEMPTS = 4
RETRY_PAUSE_SECONDS = 0.2  # doubled after each locked attempt
FILE_MODE = 0o600
FOLDER_MODE = 0o700

# Set while a save is retried: its events were already streamed to the event broker.
_EVENTS_STREAMED: contextvars.ContextVar[bool] = contextvars.ContextVar("events_streamed", default=False)


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
        if self.is_sqlite_file:
            sa.event.listen(self.engine, "connect", _busy_timeout_setter(busy_timeout_ms))
            self.engine.dispose()  # connections opened by Rasa's setup had no busy timeout
            self._use_wal()

    def _use_wal(self) -> None:
        with self.engine.connect() as connection:
            mode = connection.exec_driver_sql("PRAGMA journal_mode = WAL").scalar()
        if str(mode).lower() != "wal":
            logger.warning("the tracker database could not switch to WAL mode (journal mode %s)", mode)

    async def stream_events(self, tracker: DialogueStateTracker) -> None:
        if not _EVENTS_STREAMED.get():
            await super().stream_events(tracker)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Save the new events; on a locked SQLite database, try again a few times."""
        await self._retry_while_locked(lambda: super(DurableSQLTrackerStore, self).stream_events(tracker))
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
