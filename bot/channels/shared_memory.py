"""What the webhooks remember, shared by every server process when LOCK_STORE_URL names a Redis.

Behind a load balancer, two checks must hold across instances, not only
within one process:

- a request already handled (a signed telehealth request, a Slack event, a
  Telegram update) is refused or ignored when its replay or retry reaches
  another instance;
- a conversation's rate limit, and a client address's, counts the requests
  every instance received.

Without LOCK_STORE_URL each process keeps its own memory (the single-process
default: bot/channels/common.SeenIds, telehealth.SeenSignatures,
ratelimit.RateLimiter). With it, those classes also ask Redis, through the
objects here. The process memory is always kept as well: when Redis fails,
it answers alone for ``RETRY_AFTER_FAILURE_SECONDS`` and Redis is then tried
again, so an outage degrades to per-process checks instead of refusing every
message (the lock store fails then anyway, and the person gets the safe reply).

Keys hold a hash of the id (a conversation id, an address, a signature), not
the id, under ``webhook:<namespace>:``; every key expires. Calls are
synchronous with short timeouts, as Rasa's own Redis lock store calls Redis.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from typing import Any, Callable, Mapping, Optional, TypeVar

import redis

logger = logging.getLogger(__name__)

REDIS_URL_ENV = "LOCK_STORE_URL"
KEY_PREFIX = "webhook:"
TIMEOUT_SECONDS = 0.25
RETRY_AFTER_FAILURE_SECONDS = 5.0
# A token bucket left alone this long is full again: Redis may forget it.
BUCKET_SECONDS = 61
# Slack retries an event for minutes, Telegram an update for hours: ids are remembered a day.
RETRIES_REMEMBERED_SECONDS = 24 * 3600

T = TypeVar("T")

# One token bucket, atomically, on Redis's clock (the instances' clocks may differ).
TAKE_TOKEN_LUA = """
local capacity = tonumber(ARGV[1])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local rate = capacity / 60.0
local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(bucket[1]) or capacity
local at = tonumber(bucket[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = (1 - tokens) / rate end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))
return tostring(wait)
"""


class RedisStore:
    """A Redis client that steps aside for a few seconds after each failure."""

    def __init__(self, client: "redis.Redis[Any]", clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.clock = clock
        self._down_until = 0.0
        self._take_token = client.register_script(TAKE_TOKEN_LUA)

    @classmethod
    def from_url(cls, url: str) -> "RedisStore":
        client = redis.Redis.from_url(url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS)
        return cls(client)

    @property
    def available(self) -> bool:
        return self.clock() >= self._down_until

    def run(self, call: Callable[["redis.Redis[Any]"], T]) -> Optional[T]:
        """The call's result, or None when Redis failed now or a moment ago."""
        if not self.available:
            return None
        try:
            return call(self.client)
        except (redis.RedisError, OSError) as exc:
            self._down_until = self.clock() + RETRY_AFTER_FAILURE_SECONDS
            logger.warning("webhook memory: Redis unavailable (%s); each process checks replays and rate limits"
                           " on its own for %.0f s", type(exc).__name__, RETRY_AFTER_FAILURE_SECONDS)
            return None

    def take_token(self, key: str, per_minute: int) -> Optional[float]:
        result = self.run(lambda _: self._take_token(keys=[key], args=[per_minute, BUCKET_SECONDS]))
        return None if result is None else float(result)


def redis_key(namespace: str, key: str) -> str:
    """The Redis key of an id: hashed, so ids and signatures are not stored as they are."""
    return f"{KEY_PREFIX}{namespace}:{hashlib.sha256(key.encode('utf-8', 'surrogateescape')).hexdigest()[:40]}"


class SharedKeys:
    """Ids remembered for a while by all instances (SET NX with an expiry)."""

    def __init__(self, store: RedisStore, namespace: str, ttl_seconds: float) -> None:
        self.store = store
        self.namespace = namespace
        self.ttl_seconds = ttl_seconds

    def first_time(self, key: str, ttl_seconds: Optional[float] = None) -> Optional[bool]:
        """True when no instance had it (now remembered), False when one had, None when Redis is unavailable."""
        ttl_ms = max(1, int(1000 * (self.ttl_seconds if ttl_seconds is None else ttl_seconds)))
        name = redis_key(self.namespace, key)
        # SET NX answers True, or None when the key was there.
        return self.store.run(lambda client: bool(client.set(name, b"1", nx=True, px=ttl_ms)))

    def seen(self, key: str) -> Optional[bool]:
        """Whether an instance has it; None when Redis is unavailable."""
        name = redis_key(self.namespace, key)
        result = self.store.run(lambda client: client.exists(name))
        return None if result is None else bool(result)


class SharedBuckets:
    """Token buckets counted by all instances."""

    def __init__(self, store: RedisStore, namespace: str) -> None:
        self.store = store
        self.namespace = namespace

    def take(self, key: str, per_minute: int) -> Optional[float]:
        """0 when the request may pass, else the seconds to wait; None when Redis is unavailable."""
        return self.store.take_token(redis_key(self.namespace, key), per_minute)


_store: Optional[RedisStore] = None
_store_read = False


def shared_store(env: Optional[Mapping[str, str]] = None) -> Optional[RedisStore]:
    """The server's Redis for webhook memory (read from LOCK_STORE_URL once), or None."""
    global _store, _store_read
    if env is not None:
        url = (env.get(REDIS_URL_ENV) or "").strip()
        return RedisStore.from_url(url) if url else None
    if not _store_read:
        _store = shared_store(os.environ)
        _store_read = True
        if _store is not None:
            logger.info("webhook memory: replays and rate limits are shared by the instances through Redis")
    return _store


def shared_keys(namespace: str, ttl_seconds: float) -> Optional[SharedKeys]:
    store = shared_store()
    return None if store is None else SharedKeys(store, namespace, ttl_seconds)


def shared_buckets(namespace: str) -> Optional[SharedBuckets]:
    store = shared_store()
    return None if store is None else SharedBuckets(store, namespace)
