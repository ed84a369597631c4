"""Broken services for the never-silent tests.

- ``HungActionServer``: accepts connections and never answers (a stuck action
  server, not a stopped one).
- ``SwitchableTrackerStore``: a tracker store (loaded by the Rasa server) that
  breaks on demand. Selected in endpoints with
  ``type: tests.e2e.broken_services.SwitchableTrackerStore`` and
  ``fail_flag: <path>``: while that file exists every read and write fails the
  way a lost database does, with the conversation in the error text (as
  SQLAlchemy's errors carry their parameters), so a test can check that the
  text never reaches the log.
"""

from __future__ import annotations

import socket
import sqlite3
import threading
from pathlib import Path
from typing import Any, List, Optional, Text

import sqlalchemy.exc
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import DurableSQLTrackerStore


class HungActionServer:
    """Accepts connections and never answers."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.5)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/webhook"
        self.accepted: List[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._hold_connections, daemon=True)
        self._thread.start()

    def _hold_connections(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self.sock.accept()
            except socket.timeout:
                continue
            self.accepted.append(connection)  # read nothing, answer nothing

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for connection in self.accepted:
            connection.close()
        self.sock.close()


class SwitchableTrackerStore(DurableSQLTrackerStore):
    def __init__(self, fail_flag: Text, **kwargs: Any) -> None:
        self.fail_flag = Path(fail_flag)
        super().__init__(**kwargs)

    def _fail_if_switched_on(self, detail: Text) -> None:
        if self.fail_flag.exists():
            raise sqlalchemy.exc.OperationalError(
                "INSERT INTO events (data) VALUES (?)", (detail,), sqlite3.OperationalError("disk I/O error")
            )

    async def retrieve(self, sender_id: Text) -> Optional[DialogueStateTracker]:
        self._fail_if_switched_on(sender_id)
        return await super().retrieve(sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._fail_if_switched_on(str(tracker.latest_message.text if tracker.latest_message else ""))
        await super().save(tracker)
