"""Privacy against the running servers: the retention schedule and log redaction.

One server pair for the module, started on a tracker database that already
holds an expired conversation, with a purge every few seconds.
"""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Callable, Dict, Iterator

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.telehealth import signed_headers
from tests.channels.fakes import post
from tests.harness import Servers, start_servers

pytestmark = pytest.mark.e2e

SECRET = "privacy-test-secret-not-real"
DAY = 86400
# One marker per run, in every sender id and every message text sent below:
# it must not appear anywhere in either server's log.
MARK = uuid.uuid4().hex[:10]


def save_conversation(db: Path, sender: str, days_ago: float) -> None:
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
    stamp = time.time() - days_ago * DAY
    events = [
        UserUttered("my lower back burns", {"name": "inform", "confidence": 1.0}, timestamp=stamp),
        ActionExecuted("action_listen", timestamp=stamp),
    ]
    import asyncio

    asyncio.run(store.save(DialogueStateTracker.from_events(sender, events)))
    store.engine.dispose()


def senders_in(db: Path) -> set:
    engine = sa.create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as connection:
            return {row[0] for row in connection.execute(sa.text("SELECT DISTINCT sender_id FROM events"))}
    finally:
        engine.dispose()


def wait_until(condition: Callable[[], bool], timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return condition()


@pytest.fixture(scope="module")
def privacy_servers(trained_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    workdir = tmp_path_factory.mktemp("privacy")
    save_conversation(workdir / "trackers.db", "rest:expired-at-start", days_ago=40)
    save_conversation(workdir / "trackers.db", "rest:recent", days_ago=1)
    env: Dict[str, str] = {
        "TELEHEALTH_WEBHOOK_SECRET": SECRET,
        "DATA_RETENTION_DAYS": "30",
        "DATA_PURGE_INTERVAL_SECONDS": "2",
    }
    srv = start_servers(trained_model_path, workdir, env)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="module")
def db(privacy_servers: Servers) -> Path:
    return privacy_servers.workdir / "trackers.db"


def test_the_server_purges_expired_conversations_at_start_and_then_on_its_schedule(privacy_servers, db):
    assert wait_until(lambda: "rest:expired-at-start" not in senders_in(db)), "not purged at start"
    assert "rest:recent" in senders_in(db), "a conversation within the retention is kept"
    save_conversation(db, "rest:expired-later", days_ago=31)
    assert wait_until(lambda: "rest:expired-later" not in senders_in(db)), "not purged by the schedule"
    assert "rest:recent" in senders_in(db)
    assert "retention: purged 1 conversation(s) older than 30 day(s)" in privacy_servers.log("rasa")


def say_rest(srv: Servers, sender: str, text: str) -> int:
    body = json.dumps({"sender": sender, "message": text}).encode()
    return post(f"{srv.rasa_url}/webhooks/rest/webhook", body).status


def say_telehealth(srv: Servers, sender: str, text: str) -> int:
    body = json.dumps({"sender": sender, "message": text}).encode()
    return post(f"{srv.rasa_url}/webhooks/telehealth/webhook", body, signed_headers(SECRET, body)).status


def test_logs_carry_no_message_text_and_no_sender_id_even_when_the_store_fails(privacy_servers, db):
    srv = privacy_servers
    # A conversation on two channels, a malformed button payload, an emergency.
    assert say_rest(srv, f"log-{MARK}-a", f"my lower back has been burning since tuesday {MARK}") == 200
    assert say_rest(srv, f"log-{MARK}-a", '/inform{"answer": none ' + MARK) == 200
    assert say_telehealth(srv, f"visit-{MARK}", f"burning between my shoulder blades {MARK}") == 200
    assert say_rest(srv, f"log-{MARK}-b", f"I fainted and my back burns {MARK}") == 200
    # The tracker store fails: Rasa logs the SQL error with its parameters
    # (the sender id) and, where the turn fails, the message text.
    with sqlite3.connect(db) as connection:
        connection.execute("ALTER TABLE events RENAME TO events_away")
    try:
        say_rest(srv, f"log-{MARK}-c", f"my back burns and the store is down {MARK}")
        say_telehealth(srv, f"visit-{MARK}-d", f"still burning {MARK}")
    finally:
        with sqlite3.connect(db) as connection:
            connection.execute("ALTER TABLE events_away RENAME TO events")
    rasa_log, actions_log = srv.log("rasa"), srv.log("actions")
    # The store's failure reaches the server's error guard (bot/safety.py), which logs its type only.
    assert "TrackerStoreUnavailable" in rasa_log, "the failure path was exercised (and logged)"
    assert "interview read message" in actions_log, "the action server logged the turns"
    for name, log in (("rasa", rasa_log), ("actions", actions_log)):
        leaks = [line for line in log.splitlines() if MARK in line]
        assert not leaks, f"{name} server log carries message text or a sender id:\n" + "\n".join(leaks[:5])
