"""A tracker store that cannot be reached is an error, never a silent fresh start.

Rasa wraps every tracker store in ``FailSafeTrackerStore``: when PostgreSQL is
down, ``retrieve`` returns None and ``save`` writes to process memory. The
conversation then starts over in the middle of an interview (an answer such as
"none" or "chest pain" read with no question open) and what is said during the
outage is kept only in one process. Its default log line also carries the
database error text, which for SQLAlchemy includes the statement's parameters
(message text). Here both error hooks log only the error's type and re-raise,
so the message fails like any other server-side error (and gets the safe
reply of the server's error guard) and the conversation resumes from the
database once it is back.

Installed when the Rasa server imports ``bot.channels`` (credentials.yml lists
its channels).
"""

from __future__ import annotations

import logging

from rasa.core.tracker_store import FailSafeTrackerStore

logger = logging.getLogger(__name__)


def _raise_store_error(self: FailSafeTrackerStore, error: Exception) -> None:
    logger.error(
        "tracker store %s failed (%s); the message is not processed",
        type(self._tracker_store).__name__,
        type(error).__name__,
    )
    raise error


def install() -> None:
    """Make FailSafeTrackerStore re-raise instead of falling back to memory (idempotent)."""
    FailSafeTrackerStore.on_tracker_store_error = _raise_store_error  # type: ignore[method-assign]
    FailSafeTrackerStore.on_tracker_store_retrieve_error = _raise_store_error  # type: ignore[method-assign]


install()
