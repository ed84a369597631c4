"""Rate limits of the webhooks: per conversation (sender) and per client address.

Each key (a conversation id, an IP address) has a token bucket: it holds at
most ``per_minute`` requests and refills evenly, so a burst of up to
``per_minute`` requests passes and then about one every ``60 / per_minute``
seconds. A request over the limit is told how many seconds to wait, which
the channels send back as ``429`` with ``Retry-After``.

Environment (docs/channels.md):

- ``RATE_LIMIT_PER_SENDER``: messages a minute per conversation (default 30;
  a person types far fewer, a tapped button is one message);
- ``RATE_LIMIT_PER_IP``: requests a minute per client address (default 300;
  several people may share an address). 0 turns a limit off.

The buckets live in memory, bounded (least recently used dropped first): per
server process, empty after a restart. With LOCK_STORE_URL they live in Redis
instead, counted by every instance (bot/channels/shared_memory.py), and the
process's own buckets stand in while Redis is unavailable.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections import OrderedDict
from typing import Callable, Mapping, Optional, Tuple

from bot.channels.shared_memory import RedisStore, SharedBuckets, shared_store

logger = logging.getLogger(__name__)

SENDER_ENV = "RATE_LIMIT_PER_SENDER"
IP_ENV = "RATE_LIMIT_PER_IP"
DEFAULT_PER_SENDER = 30
DEFAULT_PER_IP = 300
MAX_KEYS = 100_000

Clock = Callable[[], float]


class RateLimiter:
    """Token buckets by key: `per_minute` requests, refilled evenly over a minute."""

    def __init__(self, per_minute: int, clock: Clock = time.monotonic, max_keys: int = MAX_KEYS,
                 shared: Optional[SharedBuckets] = None) -> None:
        if per_minute < 0:
            raise ValueError("per_minute must be 0 (off) or more")
        self.per_minute = per_minute
        self.clock = clock
        self.max_keys = max_keys
        self.shared = shared
        # key -> (tokens left, time they were counted)
        self._buckets: "OrderedDict[str, Tuple[float, float]]" = OrderedDict()

    @property
    def enabled(self) -> bool:
        return self.per_minute > 0

    def hit(self, key: str) -> float:
        """Counts one request of `key`: 0 when it may pass, else the seconds to wait."""
        if not self.enabled:
            return 0.0
        if self.shared is not None:
            wait = self.shared.take(key, self.per_minute)
            if wait is not None:
                return wait
        # This process's own buckets: the only ones, or while the shared ones are unavailable.
        now = self.clock()
        rate = self.per_minute / 60.0  # tokens a second
        tokens, then = self._buckets.pop(key, (float(self.per_minute), now))
        tokens = min(float(self.per_minute), tokens + max(0.0, now - then) * rate)
        if tokens >= 1.0:
            self._remember(key, tokens - 1.0, now)
            return 0.0
        self._remember(key, tokens, now)
        return (1.0 - tokens) / rate

    def _remember(self, key: str, tokens: float, now: float) -> None:
        self._buckets[key] = (tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)  # the least recently seen key starts afresh


def retry_after_header(wait_seconds: float) -> str:
    """The Retry-After value (whole seconds, at least 1) for a wait."""
    return str(max(1, math.ceil(wait_seconds)))


def per_minute_from_env(name: str, default: int, env: Optional[Mapping[str, str]] = None) -> int:
    """A limit from the environment; a value that is not a whole number >= 0 keeps the default."""
    env = os.environ if env is None else env
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        logger.warning("%s must be a whole number of requests a minute (0 = off); using %d", name, default)
        return default
    return value


class Limits:
    """The two limits every webhook applies."""

    def __init__(self, per_sender: int, per_ip: int, clock: Clock = time.monotonic,
                 store: Optional[RedisStore] = None) -> None:
        shared = (None, None) if store is None else (SharedBuckets(store, "sender"), SharedBuckets(store, "ip"))
        self.sender = RateLimiter(per_sender, clock, shared=shared[0])
        self.ip = RateLimiter(per_ip, clock, shared=shared[1])

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None) -> "Limits":
        """The limits of RATE_LIMIT_*, counted across instances when LOCK_STORE_URL is set."""
        return cls(
            per_minute_from_env(SENDER_ENV, DEFAULT_PER_SENDER, env), per_minute_from_env(IP_ENV, DEFAULT_PER_IP, env),
            store=shared_store(env),
        )


_limits: Optional[Limits] = None


def limits() -> Limits:
    """The server's limits (one set for all channels, read from the environment once)."""
    global _limits
    if _limits is None:
        _limits = Limits.from_env()
        logger.info(
            "rate limits: %s per conversation, %s per client address (requests a minute; 0 = off)",
            _limits.sender.per_minute,
            _limits.ip.per_minute,
        )
    return _limits
