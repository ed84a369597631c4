"""bot.store_errors: Rasa's FailSafeTrackerStore re-raises instead of starting the conversation over."""

from __future__ import annotations

import asyncio
import logging

import pytest
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

import bot.channels  # noqa: F401 - the Rasa server imports it; that installs the hooks


class DatabaseDown(Exception):
    pass


class UnreachableStore(InMemoryTrackerStore):
    async def retrieve(self, sender_id):
        raise DatabaseDown("could not connect: SELECT ... parameters ('my back burns',)")

    async def save(self, tracker):
        raise DatabaseDown("could not connect: INSERT ... parameters ('my back burns',)")


def test_a_failed_retrieve_raises_instead_of_returning_no_tracker(caplog):
    store = FailSafeTrackerStore(UnreachableStore(Domain.empty()))
    with caplog.at_level(logging.DEBUG), pytest.raises(DatabaseDown):
        asyncio.run(store.retrieve("someone"))
    assert "DatabaseDown" in caplog.text
    assert "my back burns" not in caplog.text, "the database error's parameters are never logged"


def test_a_failed_save_raises_and_nothing_goes_to_memory():
    store = FailSafeTrackerStore(UnreachableStore(Domain.empty()))
    tracker = DialogueStateTracker.from_events("someone", [UserUttered("hello")])
    with pytest.raises(DatabaseDown):
        asyncio.run(store.save(tracker))
    assert store._fallback_tracker_store is None, "no fallback store was used"


def test_a_working_store_is_unchanged():
    store = FailSafeTrackerStore(InMemoryTrackerStore(Domain.empty()))
    tracker = DialogueStateTracker.from_events("someone", [UserUttered("hello")])
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("someone")).latest_message.text == "hello"
