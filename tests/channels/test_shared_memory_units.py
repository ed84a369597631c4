"""bot/channels/shared_memory.py without a Redis: what the webhooks do when Redis is configured
but does not answer (the process memory answers, Redis is tried again later), and how keys are
named. With a real Redis: tests/integration/test_shared_memory.py."""

from __future__ import annotations

import socket

import pytest
import redis

from bot.channels import shared_memory
from bot.channels.common import SeenIds
from bot.channels.ratelimit import Limits, RateLimiter
from bot.channels.shared_memory import (RETRY_AFTER_FAILURE_SECONDS, RedisStore, SharedBuckets, SharedKeys,
                                        redis_key)
from bot.channels.telehealth import SeenSignatures


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens once the socket is closed


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def down(clock: FakeClock) -> RedisStore:
    """A store whose Redis refuses connections."""
    client = redis.Redis(host="127.0.0.1", port=closed_port(), socket_timeout=0.25, socket_connect_timeout=0.25)
    return RedisStore(client, clock)


def test_keys_hold_a_hash_of_the_id_not_the_id():
    key = redis_key("sender", "rest:patient-1234")
    assert key.startswith("webhook:sender:") and "patient-1234" not in key
    assert key == redis_key("sender", "rest:patient-1234"), "the same id, the same key"
    assert key != redis_key("ip", "rest:patient-1234"), "namespaces do not mix"
    assert len(redis_key("sender", "x" * 10_000)) < 100, "a hostile id makes a short key"


def test_a_failed_call_answers_none_and_redis_is_left_alone_for_a_while(down: RedisStore, clock: FakeClock):
    calls = []

    def call(client: redis.Redis) -> int:
        calls.append(1)
        return client.ping()

    assert down.run(call) is None and len(calls) == 1
    assert not down.available
    assert down.run(call) is None and len(calls) == 1, "not tried again at once"
    clock.now += RETRY_AFTER_FAILURE_SECONDS
    assert down.available
    assert down.run(call) is None and len(calls) == 2, "tried again after the pause"


def test_unavailable_shared_ids_leave_the_process_memory_in_charge(down: RedisStore):
    seen = SeenIds(shared=SharedKeys(down, "slack-event", 60))
    assert seen.add("Ev1")
    assert not seen.add("Ev1"), "a retry to this process is still caught"
    assert "Ev1" in seen and "Ev2" not in seen


def test_unavailable_shared_signatures_leave_the_process_memory_in_charge(down: RedisStore):
    seen = SeenSignatures(keep_seconds=301, shared=SharedKeys(down, "telehealth-signature", 301))
    assert seen.first_time("sig", 1000, now=1000)
    assert not seen.first_time("sig", 1000, now=1001)


def test_unavailable_shared_buckets_leave_the_process_buckets_in_charge(down: RedisStore, clock: FakeClock):
    limiter = RateLimiter(3, clock, shared=SharedBuckets(down, "sender"))
    assert [limiter.hit("a") for _ in range(3)] == [0.0] * 3
    assert limiter.hit("a") == pytest.approx(20.0)


def test_limits_share_their_buckets_only_when_a_redis_is_named():
    local = Limits.from_env({"RATE_LIMIT_PER_SENDER": "7"})
    assert local.sender.shared is None and local.ip.shared is None
    shared = Limits.from_env({"RATE_LIMIT_PER_SENDER": "7", "LOCK_STORE_URL": "redis://127.0.0.1:6379/1"})
    assert isinstance(shared.sender.shared, SharedBuckets) and isinstance(shared.ip.shared, SharedBuckets)
    assert shared.sender.shared.namespace != shared.ip.shared.namespace
    assert shared.sender.per_minute == 7


def test_the_store_is_read_from_lock_store_url():
    assert shared_memory.shared_store({}) is None
    assert shared_memory.shared_store({"LOCK_STORE_URL": "  "}) is None
    store = shared_memory.shared_store({"LOCK_STORE_URL": "redis://127.0.0.1:6390/2"})
    assert store is not None
    kwargs = store.client.connection_pool.connection_kwargs
    assert (kwargs["port"], kwargs["db"], kwargs["socket_timeout"]) == (6390, 2, shared_memory.TIMEOUT_SECONDS)
