"""Rasa's Redis lock store, safe when several instances share one conversation.

Rasa 3.6's RedisLockStore keeps a conversation's ticket lock as one JSON value
and changes it by read, modify, write (issue a ticket, drop expired tickets,
finish serving). Two instances doing that for the same conversation at the
same moment overwrite each other's tickets; one of them then finds the lock
gone and raises LockError, and both messages are answered with the safety
message instead of being handled in turn (seen in
tests/integration/test_scale_out.py under concurrent load). Here each of those
steps holds a short Redis mutex for that conversation, so they happen one at a
time across all instances. Selected by bot/settings.py for LOCK_STORE_URL.
"""

from __future__ import annotations

from typing import Any, Optional, Text

from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# Each guarded step is a few Redis round trips; a mutex older than this was left by a dead process.
MUTEX_SECONDS = 5.0


class AtomicRedisLockStore(RedisLockStore):
    """RedisLockStore whose ticket updates are atomic per conversation across instances."""

    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, **kwargs: Any) -> None:
        # Rasa builds a lock store named by module path with the endpoint's config only.
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url, **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _mutex(self, conversation_id: Text) -> Any:
        return self.red.lock(f"{self.key_prefix}{conversation_id}:mutex", timeout=MUTEX_SECONDS,
                             blocking_timeout=MUTEX_SECONDS)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._mutex(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: Text) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().cleanup(conversation_id, ticket_number)
