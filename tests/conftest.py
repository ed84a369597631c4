"""Shared fixtures: one trained model and one pair of real servers per test run.

- ``trained_model_path``: trains the model once per run, and reuses it across
  runs while its inputs (config, domain, data, NLU code, lexicon, pinned
  requirements) are unchanged (cached under .cache/models by fingerprint).
- ``servers``: the action server and the Rasa server (REST + the channels of
  credentials.yml, SQLite tracker store) started on free loopback ports.
- ``rest``: a small client for POST /webhooks/rest/webhook.

Unit tests need none of these and run in seconds. The machinery is in
tests/harness.py (shared with scripts/benchmark.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, Iterator

import pytest

from tests.harness import RestClient, Servers, TrainingFailed, start_servers, trained_model

# Channel secrets and fake API URLs for the test servers (never real ones).
TEST_CHANNEL_ENV: Dict[str, str] = {
    # The channels of credentials.yml (docs/channels.md). The fake Slack and
    # Telegram APIs listen on a free port chosen when tests/channels is
    # collected, which puts SLACK_API_URL and TELEGRAM_API_URL in os.environ.
    "TELEHEALTH_WEBHOOK_SECRET": "test-telehealth-secret-not-real",
    "SLACK_TOKEN": "xoxb-0000-test-token-not-real",
    "SLACK_SIGNING_SECRET": "test-slack-signing-secret-not-real",
    "TELEGRAM_TOKEN": "123456789:TEST-telegram-token_not-real",
    "TELEGRAM_VERIFY": "back_heat_test_bot",
    "TELEGRAM_SECRET_TOKEN": "test-telegram-secret-token_not-real",
    "TELEGRAM_WEBHOOK_URL": "https://bot.example.invalid/webhooks/telegram/webhook",
    # The tests send everything from one loopback address, and a conversation
    # much faster than a person types: no rate limits here (tests/channels/
    # test_scope.py checks them on a server of its own).
    "RATE_LIMIT_PER_IP": "0",
    "RATE_LIMIT_PER_SENDER": "0",
}


@pytest.fixture(scope="session")
def trained_model_path() -> Path:
    """Path of a model trained from the repo (trained at most once per run)."""
    try:
        return trained_model(TEST_CHANNEL_ENV)
    except TrainingFailed as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def servers(trained_model_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """The action server and the Rasa server, running for the whole session."""
    srv = start_servers(trained_model_path, tmp_path_factory.mktemp("servers"), TEST_CHANNEL_ENV)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture(scope="session")
def rest(servers: Servers) -> RestClient:
    return RestClient(servers.rasa_url)
