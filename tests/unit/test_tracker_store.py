"""bot.tracker_store: WAL, busy timeout, retried saves and a private SQLite file."""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
import stat
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import pytest
import sqlalchemy.exc
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot import settings
from bot.tracker_store import DurableSQLTrackerStore

DOMAIN = Domain.from_yaml("version: '3.1'\nintents: [greet]\n")


class RecordingBroker:
    """An event broker that keeps what it was given."""

    def __init__(self) -> None:
        self.published: List[Dict[str, Any]] = []

    def publish(self, event: Dict[str, Any]) -> None:
        self.published.append(event)


class ReleaseOnRetry(logging.Handler):
    """Ends the other connection's write transaction when the store announces a retry."""

    def __init__(self, locker: sqlite3.Connection) -> None:
        super().__init__(logging.WARNING)
        self.locker = locker
        self.retries = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "saving again" in record.getMessage():
            self.retries += 1
            if self.locker.in_transaction:
                self.locker.execute("COMMIT")


def conversation(sender: str = "rest:abc") -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("hello", {"name": "greet", "confidence": 1.0}))
    return tracker


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "trackers.db"


@pytest.fixture
def locker(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another connection that holds the database's write lock until told otherwise."""
    store = DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path))  # creates the file and tables
    store.engine.dispose()
    connection = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    connection.execute("BEGIN IMMEDIATE")
    yield connection
    if connection.in_transaction:
        connection.execute("COMMIT")
    connection.close()


def test_file_is_0600_in_a_new_0700_folder(db_path: Path):
    old_umask = os.umask(0o022)  # the usual default, which would give 0644 / 0755
    try:
        store = DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path))
        asyncio.run(store.save(conversation()))
        assert mode(db_path.parent) == 0o700
        assert mode(db_path) == 0o600
        with store.engine.connect() as connection:  # the WAL files exist while a connection is open
            connection.exec_driver_sql("SELECT count(*) FROM events").scalar()
            for suffix in ("-wal", "-shm"):
                side_file = db_path.with_name(db_path.name + suffix)
                assert mode(side_file) == 0o600, f"SQLite gives {suffix} the database's mode"
    finally:
        os.umask(old_umask)


def test_an_existing_readable_file_is_made_private(db_path: Path):
    db_path.parent.mkdir(mode=0o700)
    db_path.touch()
    db_path.chmod(0o644)
    DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path))
    assert mode(db_path) == 0o600


def test_wal_mode_and_busy_timeout(db_path: Path):
    store = DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path), busy_timeout_ms=1234)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 1234
    # WAL is a property of the file: any other connection sees it.
    with sqlite3.connect(db_path) as other:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_default_busy_timeout_is_set(db_path: Path):
    store = DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_a_save_is_retried_while_another_connection_holds_the_lock(db_path: Path, locker: sqlite3.Connection):
    broker = RecordingBroker()
    store = DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path), busy_timeout_ms=20, event_broker=broker)
    release = ReleaseOnRetry(locker)
    logging.getLogger("bot.tracker_store").addHandler(release)
    try:
        asyncio.run(store.save(conversation("rest:locked")))
    finally:
        logging.getLogger("bot.tracker_store").removeHandler(release)
    assert release.retries == 1, "the first attempt met the lock, the second saved"
    saved = asyncio.run(store.retrieve("rest:locked"))
    assert saved is not None and saved.latest_message.text == "hello"
    assert [e["event"] for e in broker.published] == ["action", "user"], "events streamed once, not per attempt"


def test_a_save_gives_up_after_its_attempts(db_path: Path, locker: sqlite3.Connection, caplog):
    store = DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path), busy_timeout_ms=10, save_attempts=2)
    with caplog.at_level(logging.WARNING, logger="bot.tracker_store"):
        with pytest.raises(sqlalchemy.exc.OperationalError, match="locked"):
            asyncio.run(store.save(conversation("rest:stuck")))
    assert sum("saving again" in r.getMessage() for r in caplog.records) == 1


def test_rasa_builds_it_from_the_endpoints_settings_write(db_path: Path):
    config = settings.endpoints({"TRACKER_DB": str(db_path)})["tracker_store"]
    store = TrackerStore.create(EndpointConfig.from_dict(config), DOMAIN)
    assert isinstance(store, DurableSQLTrackerStore), "Rasa falls back to memory when the class can't load"
    asyncio.run(store.save(conversation("rest:settings")))
    assert asyncio.run(store.retrieve("rest:settings")) is not None


def postgres_is_running() -> bool:
    import socket

    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", 5432)) == 0


@pytest.mark.skipif(not postgres_is_running(), reason="no PostgreSQL on 127.0.0.1:5432")
def test_postgres_through_the_same_class_is_plain_rasa(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no SQLite file may appear anywhere
    config = settings.endpoints({"TRACKER_DB_URL": "postgresql://postgres@127.0.0.1:5432/postgres"})["tracker_store"]
    # A database of its own, created by Rasa through the maintenance database.
    config.update({"db": "triage_tracker_store_test", "login_db": "postgres"})
    store = TrackerStore.create(EndpointConfig.from_dict(config), DOMAIN)
    assert isinstance(store, DurableSQLTrackerStore) and not store.is_sqlite_file
    sender = f"rest:pg-{uuid.uuid4().hex}"
    asyncio.run(store.save(conversation(sender)))
    assert asyncio.run(store.retrieve(sender)).latest_message.text == "hello"
    assert list(tmp_path.iterdir()) == []


# --- the plain SQL statements against Rasa's own ORM queries ---------------------------------


def two_sessions(sender: str) -> DialogueStateTracker:
    """A conversation with a first session, then a second one (its own SessionStarted)."""
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    first, second = 1000.0, 2000.0
    for event in (SessionStarted(timestamp=first), ActionExecuted("action_listen", timestamp=first + 1),
                  UserUttered("one", {"name": "greet", "confidence": 1.0}, timestamp=first + 2),
                  SessionStarted(timestamp=second), ActionExecuted("action_listen", timestamp=second + 1),
                  UserUttered("two", {"name": "greet", "confidence": 1.0}, timestamp=second + 2)):
        tracker.update(event)
    return tracker


def dumped(tracker: Optional[DialogueStateTracker]) -> Optional[List[Dict[str, Any]]]:
    return None if tracker is None else [e.as_dict() for e in tracker.events]


@pytest.mark.parametrize("make", [two_sessions, conversation], ids=["two sessions", "no session start"])
def test_the_statements_read_what_rasas_queries_read(db_path: Path, make):
    store = DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path))
    rasa = SQLTrackerStore(domain=DOMAIN, db=str(db_path))
    asyncio.run(store.save(make("rest:one")))
    asyncio.run(store.save(conversation("rest:other")))  # another conversation in the same table
    for sender in ("rest:one", "rest:other", "rest:nobody"):
        assert dumped(asyncio.run(store.retrieve(sender))) == dumped(asyncio.run(rasa.retrieve(sender)))
        assert dumped(asyncio.run(store.retrieve_full_tracker(sender))) == dumped(
            asyncio.run(rasa.retrieve_full_tracker(sender)))
    latest = asyncio.run(store.retrieve("rest:one"))
    with store.session_scope() as session:
        assert len(list(store._additional_events(session, latest))) == 0
    with rasa.session_scope() as session:
        assert rasa._event_query(session, "rest:one", fetch_events_from_all_sessions=False).count() == len(
            latest.events)


def test_a_turn_saves_and_streams_only_its_new_events(db_path: Path):
    broker = RecordingBroker()
    store = DurableSQLTrackerStore(domain=DOMAIN, db=str(db_path), event_broker=broker)
    asyncio.run(store.save(two_sessions("rest:turns")))
    assert [e["event"] for e in broker.published] == ["session_started", "action", "user"] * 2
    broker.published.clear()
    tracker = asyncio.run(store.retrieve("rest:turns"))
    assert [e.as_dict()["event"] for e in tracker.events] == ["session_started", "action", "user"]
    tracker.update(ActionExecuted("utter_greet"))
    tracker.update(ActionExecuted("action_listen"))
    asyncio.run(store.save(tracker))
    assert [e.get("name") for e in broker.published] == ["utter_greet", "action_listen"]
    full = asyncio.run(store.retrieve_full_tracker("rest:turns"))
    assert len(full.events) == 8, "the new events stored once, after both sessions"
