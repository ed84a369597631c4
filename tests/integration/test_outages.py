"""A PostgreSQL or Redis outage mid-conversation: the safe reply, then the conversation resumes.

The shared services are never stopped: this module runs its own Rasa server on a
throwaway PostgreSQL (tracker store) and a throwaway Redis (lock store), both on
free ports, and stops and restarts those. The message sent during the outage
must get the safe reply (bot/replies.py service_unavailable_text: the signs
that mean "call emergency services now"); once the service is back the same
question is answered as if the outage had not happened.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from bot import settings
from bot.clinical.engine import default_spec
from bot.replies import service_unavailable_text
from tests.conftest import TEST_CHANNEL_ENV
from tests.harness import RestClient, Servers, start_servers
from tests.integration import services
from tests.integration.conversations import OPENING, answer

pytestmark = [pytest.mark.integration, pytest.mark.e2e]


@pytest.fixture(scope="module")
def throwaway_postgres() -> Iterator[services.ThrowawayPostgres]:
    pg = services.ThrowawayPostgres()
    try:
        pg.start()
        yield pg
    finally:
        pg.close()


@pytest.fixture(scope="module")
def throwaway_redis() -> Iterator[services.ThrowawayRedis]:
    red = services.ThrowawayRedis()
    try:
        red.start()
        yield red
    finally:
        red.close()


@pytest.fixture(scope="module")
def outage_servers(
    trained_model_path: Path, throwaway_postgres, throwaway_redis, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Servers]:
    env = {**TEST_CHANNEL_ENV, "TRACKER_DB_URL": throwaway_postgres.url, "LOCK_STORE_URL": throwaway_redis.url}
    endpoints = settings.endpoints(env)
    endpoints.pop("action_endpoint")
    srv = start_servers(trained_model_path, tmp_path_factory.mktemp("outage"), env, endpoints)
    try:
        yield srv
    finally:
        srv.stop()


def texts(reply: List[Dict[str, Any]]) -> str:
    return RestClient.text(reply)


@pytest.mark.parametrize("service", ["postgres", "redis"])
def test_an_outage_gives_the_safe_reply_and_the_conversation_resumes(
    service, outage_servers, throwaway_postgres, throwaway_redis
):
    down = throwaway_postgres if service == "postgres" else throwaway_redis
    rest = RestClient(outage_servers.rasa_url)
    user = f"it-outage-{service}-{uuid.uuid4().hex[:12]}"
    (asked,) = rest.questions(rest.say(user, OPENING))
    assert asked["id"] == "emergency_signs"

    down.stop()
    try:
        during = rest.say(user, answer("none"))
    finally:
        down.start()

    # Back: the answer lost in the outage is given again and the interview goes on.
    after = rest.say(user, answer("none"))
    assert [q["id"] for q in rest.questions(after)] == ["urgent_signs"], texts(after)
    assert rest.tracker(user)["slots"]["interview"]["findings"]["chest_pain"] == "absent"
    # Checked last, so a missing reply does not hide whether the conversation resumed.
    assert service_unavailable_text(default_spec()) in texts(during), (
        f"the {service} outage got {during!r} instead of the safe reply"
    )
