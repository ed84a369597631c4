"""Fixtures for the integration tests: real PostgreSQL, Redis and RabbitMQ, and a
deployment of two Rasa instances sharing them (one action server).

The services are the shared local ones when they answer (tests/integration/services.py
starts throwaway ones otherwise). Each run gets its own database, its own
RabbitMQ exchange and queue, and random conversation ids, so runs in parallel
(other worktrees) do not see each other's data; all are removed afterwards.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator

import pytest

from bot import settings
from bot.audit import amqp_url
from tests.conftest import TEST_CHANNEL_ENV
from tests.harness import Servers, start_servers
from tests.integration import services


@dataclass
class Services:
    tracker_db_url: str
    lock_store_url: str
    event_broker_url: str
    queue: str
    exchange: str

    def env(self) -> Dict[str, str]:
        """The deployment's environment, as an operator would set it (docs/deploy.md)."""
        return {
            "TRACKER_DB_URL": self.tracker_db_url,
            "LOCK_STORE_URL": self.lock_store_url,
            "EVENT_BROKER_URL": self.event_broker_url,
            "EVENT_BROKER_QUEUE": self.queue,
        }

    def endpoints(self) -> Dict[str, Any]:
        """endpoints.yml sections from bot.settings (the code under test), on a private exchange."""
        written = settings.endpoints(self.env())
        written.pop("action_endpoint")
        written["event_broker"]["exchange_name"] = self.exchange
        return written


@pytest.fixture(scope="session")
def postgres_port() -> Iterator[int]:
    port, throwaway = services.shared_postgres_port()
    yield port
    if throwaway is not None:
        throwaway.close()


@pytest.fixture(scope="session")
def redis_port() -> Iterator[int]:
    port, throwaway = services.shared_redis_port()
    yield port
    if throwaway is not None:
        throwaway.close()


@pytest.fixture(scope="session")
def amqp_port() -> Iterator[int]:
    port, throwaway = services.shared_amqp_port()
    yield port
    if throwaway is not None:
        throwaway.close()


@pytest.fixture(scope="session")
def scale_services(postgres_port: int, redis_port: int, amqp_port: int) -> Iterator[Services]:
    run = uuid.uuid4().hex[:10]
    database = f"it_triage_{run}"
    found = Services(
        tracker_db_url=services.create_database(postgres_port, database),
        lock_store_url=f"redis://{services.HOST}:{redis_port}/1",
        event_broker_url=f"amqp://guest:guest@{services.HOST}:{amqp_port}/",
        queue=f"it_events_{run}",
        exchange=f"it-exchange-{run}",
    )
    yield found
    asyncio.run(_delete_queue(found))
    services.drop_database(postgres_port, database)


async def _delete_queue(found: Services) -> None:
    import aio_pika

    connection = await aio_pika.connect(amqp_url(found.event_broker_url))
    async with connection:
        channel = await connection.channel()
        await channel.queue_delete(found.queue)
        await channel.exchange_delete(found.exchange)


@dataclass
class Deployment:
    """Two Rasa instances (a and b) on one Postgres, one Redis and one RabbitMQ queue."""

    a: Servers
    b: Servers
    services: Services


@pytest.fixture(scope="session")
def deployment(
    trained_model_path: Path, scale_services: Services, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Deployment]:
    env = {**TEST_CHANNEL_ENV, **scale_services.env()}
    endpoints = scale_services.endpoints()
    a = start_servers(trained_model_path, tmp_path_factory.mktemp("instance-a"), env, endpoints)
    try:
        b = start_servers(
            trained_model_path, tmp_path_factory.mktemp("instance-b"), env, endpoints, action_port=a.action_port
        )
    except BaseException:
        a.stop()
        raise
    try:
        yield Deployment(a, b, scale_services)
    finally:
        b.stop()
        a.stop()
