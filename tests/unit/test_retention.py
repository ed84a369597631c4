"""bot.retention on Rasa's own SQL tracker store, in SQLite and in PostgreSQL.

Conversations are written by Rasa's SQLTrackerStore, then purged or erased,
and read back from the `events` table and through the store.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Dict, Iterable, Iterator

import pytest
import sqlalchemy as sa
import yaml
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot import retention
from tests.sql_databases import tracker_db_url  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[2]
DAY = 86400
NOW = time.time()


@pytest.fixture
def store(tracker_db_url: str) -> Iterator[SQLTrackerStore]:  # noqa: F811
    tracker_store = SQLTrackerStore(Domain.empty(), host=tracker_db_url)
    yield tracker_store
    tracker_store.engine.dispose()


def save_conversation(store: SQLTrackerStore, sender: str, days_ago: Iterable[float]) -> None:
    """A conversation with one user message (and the listen after it) per age given."""
    events = []
    for age in days_ago:
        stamp = NOW - age * DAY
        events += [
            UserUttered("my lower back burns", {"name": "inform", "confidence": 1.0}, timestamp=stamp),
            ActionExecuted("action_listen", timestamp=stamp),
        ]
    asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))


def events_per_sender(engine: sa.engine.Engine) -> Dict[str, int]:
    table = retention.EVENTS
    with engine.connect() as connection:
        rows = connection.execute(sa.select(table.c.sender_id, sa.func.count()).group_by(table.c.sender_id))
        return {sender: count for sender, count in rows}


def test_purge_deletes_only_conversations_whose_last_event_is_past_the_retention(store):
    save_conversation(store, "rest:old", [45, 40])
    save_conversation(store, "telehealth:resumed", [45, 2])  # began long ago, active recently: kept whole
    save_conversation(store, "web:fresh", [0])
    result = retention.purge(store.engine, retention.RetentionSettings(days=30, interval_seconds=3600), now=NOW)
    assert result == retention.PurgeResult(conversations=1, events=4)
    assert events_per_sender(store.engine) == {"telehealth:resumed": 4, "web:fresh": 2}
    assert asyncio.run(store.retrieve("rest:old")) is None
    assert asyncio.run(store.retrieve("telehealth:resumed")).latest_message.text == "my lower back burns"


def test_a_shorter_retention_purges_more(store):
    save_conversation(store, "rest:a", [3])
    save_conversation(store, "rest:b", [0.5])
    assert (
        retention.purge(store.engine, retention.retention_settings({"DATA_RETENTION_DAYS": "1"}), now=NOW).conversations
        == 1
    )
    assert events_per_sender(store.engine) == {"rest:b": 2}


def test_erase_deletes_every_event_of_one_conversation_only(store):
    save_conversation(store, "telehealth:visit-1", [1, 0])
    save_conversation(store, "telehealth:visit-2", [0])
    assert retention.erase(store.engine, "telehealth:visit-1") == 4
    assert events_per_sender(store.engine) == {"telehealth:visit-2": 2}
    assert asyncio.run(store.retrieve("telehealth:visit-1")) is None
    assert retention.erase(store.engine, "telehealth:visit-1") == 0


def test_erase_in_server_holds_the_conversation_lock_and_unwraps_rasas_wrappers(store):
    save_conversation(store, "rest:x", [0])
    wrapped = AwaitableTrackerStore(FailSafeTrackerStore(store))
    agent = SimpleNamespace(tracker_store=wrapped, lock_store=InMemoryLockStore())
    assert retention.sql_engine_of(wrapped) is store.engine

    async def erase_while_a_message_is_handled() -> int:
        lock = agent.lock_store
        async with lock.lock("rest:x"):
            erasing = asyncio.create_task(retention.erase_in_server(agent, "rest:x"))
            await asyncio.sleep(0.3)
            assert not erasing.done(), "erasure waits for the message being handled"
            assert events_per_sender(store.engine) == {"rest:x": 2}
        return await erasing

    assert asyncio.run(erase_while_a_message_is_handled()) == 2
    assert events_per_sender(store.engine) == {}


def test_erase_in_server_without_a_sql_store_says_so():
    agent = SimpleNamespace(tracker_store=object(), lock_store=InMemoryLockStore())
    assert asyncio.run(retention.erase_in_server(agent, "rest:x")) is None


def test_a_database_without_the_events_table_has_nothing_to_purge(tmp_path):
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    assert retention.purge_older_than(engine, NOW) == retention.PurgeResult(0, 0)
    assert retention.erase(engine, "rest:x") == 0


def run_command(*args: str, env: Dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.retention", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT), **env},
    )


def test_the_command_purges_and_erases_the_database_of_the_environment(
    store,
    tracker_db_url,  # noqa: F811
    monkeypatch,
    capsys,
):
    save_conversation(store, "rest:stale", [12])
    save_conversation(store, "rest:recent", [1])
    save_conversation(store, "telehealth:visit-9", [0])
    env = {"TRACKER_DB_URL": tracker_db_url, "DATA_RETENTION_DAYS": "10"}
    purged = run_command("--purge", env=env)  # as `make purge` runs it
    assert purged.returncode == 0, purged.stderr
    assert "purged 1 conversation(s), 2 event(s)" in purged.stdout
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert retention.main(["--erase", "telehealth:visit-9"]) == 0
    assert events_per_sender(store.engine) == {"rest:recent": 2}
    capsys.readouterr()
    assert retention.main(["--erase", "telehealth:visit-9"]) == 3
    out = capsys.readouterr()
    assert "no such conversation" in out.out
    assert "visit-9" not in out.out + out.err


def test_the_command_reads_an_endpoints_file(store, tmp_path):
    if store.engine.dialect.name != "sqlite":
        pytest.skip("one dialect is enough for the file format")
    save_conversation(store, "rest:stale", [40])
    endpoints = tmp_path / "endpoints.yml"
    endpoints.write_text(
        yaml.safe_dump({"tracker_store": {"type": "SQL", "dialect": "sqlite", "db": store.engine.url.database}})
    )
    assert retention.main(["--purge", "--endpoints", str(endpoints)]) == 0
    assert events_per_sender(store.engine) == {}


@pytest.mark.parametrize("value", ["0", "-3", "thirty", "inf", "nan"])
def test_an_invalid_retention_is_refused(value):
    with pytest.raises(ValueError, match="DATA_RETENTION_DAYS"):
        retention.retention_settings({"DATA_RETENTION_DAYS": value})


def test_retention_defaults_to_30_days_checked_hourly():
    settings = retention.retention_settings({})
    assert (settings.days, settings.interval_seconds) == (30, 3600)
    assert settings.max_age_seconds == 30 * DAY
    assert retention.retention_settings({"DATA_PURGE_INTERVAL_SECONDS": "60"}).interval_seconds == 60
