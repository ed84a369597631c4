"""Fixtures of the channel tests.

When this folder is collected, a fake Slack Web API and a fake Telegram Bot
API start on a free loopback port, and their URLs go into the environment
(SLACK_API_URL, TELEGRAM_API_URL) that the test servers inherit, so the bot's
outgoing calls are captured instead of reaching the real services. The fake
secrets come from TEST_CHANNEL_ENV in tests/conftest.py.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, Iterator

import pytest

from tests.channels.fakes import FakeChatApis

ROOT = Path(__file__).resolve().parents[2]

FAKE_APIS = FakeChatApis()
os.environ["SLACK_API_URL"] = FAKE_APIS.slack_api_url
os.environ["TELEGRAM_API_URL"] = FAKE_APIS.telegram_api_url


@pytest.fixture(scope="session")
def fake_apis() -> Iterator[FakeChatApis]:
    yield FAKE_APIS


@pytest.fixture(scope="session")
def channel_env(pytestconfig: pytest.Config) -> Dict[str, str]:
    """The fake channel secrets the test servers run with (tests/conftest.py TEST_CHANNEL_ENV)."""
    root = pytestconfig.pluginmanager.get_plugin(str(ROOT / "tests" / "conftest.py"))
    assert root is not None, "tests/conftest.py is not loaded"
    return dict(root.TEST_CHANNEL_ENV)


@pytest.fixture(scope="session")
def rasa_url(servers) -> str:
    return servers.rasa_url


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    FAKE_APIS.close()
