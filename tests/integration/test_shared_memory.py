"""bot/channels/shared_memory.py on a real Redis: two server processes (here two sets of
objects, each with its own process memory, sharing one Redis) refuse each other's replays,
skip each other's retries and count one rate limit together."""

from __future__ import annotations

import time
import uuid
from typing import Iterator

import pytest
import redis

from bot.channels.common import SeenIds
from bot.channels.ratelimit import Limits
from bot.channels.shared_memory import KEY_PREFIX, RedisStore, SharedKeys
from bot.channels.telehealth import SeenSignatures

pytestmark = pytest.mark.integration
DB = 4


@pytest.fixture
def url(redis_port: int) -> Iterator[str]:
    yield f"redis://127.0.0.1:{redis_port}/{DB}"


def store(url: str) -> RedisStore:
    return RedisStore.from_url(url)


def new_id(kind: str) -> str:
    return f"{kind}-{uuid.uuid4().hex}"


def test_an_id_seen_by_one_instance_is_seen_by_the_other(url: str):
    a = SeenIds(shared=SharedKeys(store(url), "slack-event", 60))
    b = SeenIds(shared=SharedKeys(store(url), "slack-event", 60))
    event = new_id("Ev")
    assert event not in b
    assert a.add(event)
    assert event in b, "the other instance knows it"
    assert not b.add(event), "a retry that reaches the other instance is not handled again"
    assert not a.add(event)
    assert b.add(new_id("Ev"))


def test_a_signature_replayed_to_the_other_instance_is_refused(url: str):
    now = time.time()
    a = SeenSignatures(keep_seconds=301, shared=SharedKeys(store(url), "telehealth-signature", 301))
    b = SeenSignatures(keep_seconds=301, shared=SharedKeys(store(url), "telehealth-signature", 301))
    signature = new_id("sha256=")
    assert a.first_time(signature, int(now), now=now)
    assert not b.first_time(signature, int(now), now=now + 1)
    assert b.first_time(new_id("sha256="), int(now), now=now + 1)


def test_shared_ids_expire(url: str):
    shared = SharedKeys(store(url), "telegram-update", ttl_seconds=0.2)
    update = new_id("update")
    assert shared.first_time(update) is True
    assert shared.first_time(update) is False
    time.sleep(0.35)
    assert shared.seen(update) is False and shared.first_time(update) is True


def test_one_rate_limit_is_counted_across_instances(url: str):
    env = {"RATE_LIMIT_PER_SENDER": "5", "RATE_LIMIT_PER_IP": "0", "LOCK_STORE_URL": url}
    a, b = Limits.from_env(env), Limits.from_env(env)
    sender = new_id("rest:sender")
    passed = [a.sender.hit(sender), b.sender.hit(sender), a.sender.hit(sender), b.sender.hit(sender),
              a.sender.hit(sender)]
    assert passed == [0.0] * 5
    wait = b.sender.hit(sender)
    assert 11.0 < wait <= 12.0, "5 a minute: the next token in about 12 s, whichever instance is asked"
    assert a.sender.hit(new_id("rest:sender")) == 0.0, "another conversation has its own bucket"
    assert a.ip.hit("10.0.0.1") == 0.0, "a limit of 0 is off"


def test_redis_holds_no_id_and_every_key_expires(url: str):
    sender = new_id("rest:private-sender")
    Limits.from_env({"RATE_LIMIT_PER_SENDER": "5", "LOCK_STORE_URL": url}).sender.hit(sender)
    SeenIds(shared=SharedKeys(store(url), "slack-event", 60)).add(sender)
    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match=f"{KEY_PREFIX}*"))
    assert keys
    assert all(sender.encode() not in key for key in keys)
    assert all(client.pttl(key) != -1 for key in keys), "nothing is kept for ever (-1: no expiry)"
    assert all(sender.encode() not in (client.dump(key) or b"") for key in keys)
