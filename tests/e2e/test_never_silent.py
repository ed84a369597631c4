"""Never silent: a hung action server and a broken tracker store still get the safety message.

One Rasa server for the module, started like `make run` with no variables
(so its HTTP API is off), whose action endpoint is a HUNG server (it accepts
connections and never answers) and whose tracker store fails on demand
(tests/e2e/broken_services.py). The person must get the emergency-signs
safety message (bot.replies.service_unavailable_text) within an ordinary HTTP
client timeout, far below Rasa's own 300 s, and nothing they wrote may reach
the log.
"""

from __future__ import annotations

import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List

import pytest

from bot.clinical.engine import default_spec
from bot.replies import service_unavailable_text
from tests.e2e.broken_services import HungActionServer
from tests.harness import RestClient, Servers, free_port, http_json

pytestmark = pytest.mark.e2e

CLIENT_TIMEOUT = 60  # seconds: far below Rasa's own 300 s action timeout
SAFETY_TEXT = service_unavailable_text(default_spec())


@pytest.fixture(scope="module")
def hung_actions() -> Iterator[HungActionServer]:
    server = HungActionServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def guarded(trained_model_path: Path, hung_actions: HungActionServer,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    workdir = tmp_path_factory.mktemp("never-silent")
    port = free_port()
    srv = Servers(
        f"http://127.0.0.1:{port}", hung_actions.port, workdir, trained_model_path,
        env={"RASA_API_TOKEN": "", "RASA_JWT_SECRET": ""},  # as `make run` with no variables: API off
        tracker_store={"type": "tests.e2e.broken_services.SwitchableTrackerStore", "dialect": "sqlite",
                       "db": str(workdir / "trackers.db"), "fail_flag": str(workdir / "tracker-store-down")},
    )
    srv.start_rasa(port)
    try:
        yield srv
    finally:
        srv.stop()


@pytest.fixture
def tracker_store_down(guarded: Servers) -> Iterator[None]:
    flag = guarded.workdir / "tracker-store-down"
    flag.touch()
    try:
        yield
    finally:
        flag.unlink()


def say(srv: Servers, sender: str, message: str) -> List[Dict[str, Any]]:
    return http_json("POST", f"{srv.rasa_url}/webhooks/rest/webhook", {"sender": sender, "message": message},
                     timeout=CLIENT_TIMEOUT)


def safety_messages(reply: List[Dict[str, Any]]) -> int:
    return sum(m.get("text") == SAFETY_TEXT for m in reply)


def test_a_hung_action_server_gets_the_safety_message(guarded: Servers, hung_actions: HungActionServer):
    before = len(hung_actions.accepted)
    reply = say(guarded, f"hung-{uuid.uuid4().hex[:8]}", '/inform{"symptom": "leg_weakness"}')
    assert safety_messages(reply) == 1, RestClient.text(reply)
    assert "911" in SAFETY_TEXT and "try again" in SAFETY_TEXT
    assert len(hung_actions.accepted) > before, "the action server was called and hung (not refused)"


def test_each_message_of_a_conversation_gets_it_once(guarded: Servers):
    sender = f"hung-{uuid.uuid4().hex[:8]}"
    for message in ("my lower back has been burning since Tuesday", "no"):
        reply = say(guarded, sender, message)
        assert safety_messages(reply) == 1, RestClient.text(reply)


def test_a_broken_tracker_store_gets_the_safety_message(guarded: Servers, tracker_store_down: None):
    marker = f"quokka{uuid.uuid4().hex[:8]}"
    reply = say(guarded, f"store-{uuid.uuid4().hex[:8]}", f"my back burns and I have {marker} pain")
    assert reply, "REST answered 200 [] (silence)"
    assert safety_messages(reply) == 1, RestClient.text(reply)
    log = guarded.log("rasa")
    assert "TrackerStoreUnavailable" in log, "the failure is logged by its type"
    assert marker not in log, "the message text must not reach the log"


def test_the_http_api_is_off_without_a_token_or_jwt_secret(guarded: Servers):
    for method, path in (("GET", "/status"), ("GET", "/conversations/someone/tracker"), ("PUT", "/model")):
        body = b"{}" if method == "PUT" else None
        request = urllib.request.Request(f"{guarded.rasa_url}{path}", method=method, data=body)
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(request, timeout=CLIENT_TIMEOUT)
        assert answer.value.code in (404, 405), (method, path)
    assert "The HTTP API is off" in guarded.log("rasa")
