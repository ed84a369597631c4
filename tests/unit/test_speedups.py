"""bot/speedups.py: action-server responses are validated as before, the schema checked once."""

from __future__ import annotations

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

import bot.speedups as speedups

VALID = {"events": [{"event": "slot", "name": "requested_slot", "value": "age"}],
         "responses": [{"text": "How old are you?"}]}


def _action() -> RemoteAction:
    return RemoteAction("validate_triage_form", None)


def test_a_valid_response_passes():
    assert _action()._validate_action_result(VALID) is True


@pytest.mark.parametrize("bad", [
    {"events": "not a list"},
    {"events": [{"event": "slot"}]},  # a slot event without a name
    {"responses": ["not an object"]},
])
def test_an_invalid_response_still_raises(bad):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        _action()._validate_action_result(bad)


def test_the_schema_is_checked_once(monkeypatch):
    checks = []
    monkeypatch.setattr(speedups, "_validator", None)
    cls = type(speedups.action_result_validator())
    monkeypatch.setattr(speedups, "_validator", None)
    monkeypatch.setattr(cls, "check_schema", classmethod(lambda c, schema, **kw: checks.append(schema)))
    for _ in range(5):
        _action()._validate_action_result(VALID)
    assert len(checks) == 1
