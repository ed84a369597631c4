"""Rasa's HTTP API answers only with the token (issue 10, item 2).

The test servers are started as `make run` starts them with RASA_API_TOKEN set
(tests/harness.py: bot.serve with the run's token). Without the token, or
with a wrong one, reading a conversation, loading a model, training or
writing events answers 401; with it, they work.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from typing import Any, Optional

import pytest

from bot.channels.common import conversation_id
from tests.harness import api_url

pytestmark = pytest.mark.e2e


def status_of(method: str, url: str, body: Optional[Any] = None) -> int:
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture(scope="module")
def conversation(rest) -> str:
    sender = f"api-{uuid.uuid4().hex[:12]}"
    assert rest.questions(rest.say(sender, "my lower back has been burning since Tuesday"))
    return sender


def protected_calls(sender: str, model: str):
    sender = conversation_id("rest", sender)
    return [
        ("GET", "/status", None),
        ("GET", f"/conversations/{sender}/tracker", None),
        ("POST", f"/conversations/{sender}/tracker/events", [{"event": "slot", "name": "triage_level",
                                                               "value": "self_care"}]),
        ("PUT", "/model", {"model_file": model}),
        ("POST", "/model/train", {}),
        ("POST", "/model/parse", {"text": "my back burns"}),
    ]


@pytest.mark.parametrize("token", [None, "wrong-token"])
def test_the_api_refuses_requests_without_the_token(servers, rest, conversation, token):
    for method, path, body in protected_calls(conversation, str(servers.model)):
        url = f"{servers.rasa_url}{path}" if token is None else api_url(servers.rasa_url, path, token)
        assert status_of(method, url, body) == 401, (method, path, token)
    # Nothing was written: the slot is still unset.
    assert rest.tracker(conversation)["slots"].get("triage_level") is None


def test_the_api_works_with_the_token(servers, rest, conversation):
    tracker = rest.tracker(conversation)
    texts = [e.get("text") for e in tracker["events"] if e.get("event") == "user"]
    assert texts == ["my lower back has been burning since Tuesday"]
    # Loading a model with the token works (the same model, so later tests are unaffected).
    assert status_of("PUT", api_url(servers.rasa_url, "/model"), {"model_file": str(servers.model)}) == 204
    assert rest.questions(rest.say(f"api-{uuid.uuid4().hex[:12]}", "my upper back feels hot")), "still answering"
