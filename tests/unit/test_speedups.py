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


# --- event classes by type name ----------------------------------------------------------

def test_every_event_type_resolves_to_rasas_class():
    from rasa.shared.utils.common import all_subclasses
    from rasa.shared.core.events import Event

    for cls in all_subclasses(Event):
        expected = speedups._rasa_resolve_by_type(cls.type_name)
        assert Event.resolve_by_type(cls.type_name) is expected, cls.type_name


def test_unknown_types_are_answered_as_rasa_answers_them():
    from rasa.shared.core.events import Event, UserUttered

    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", UserUttered) is UserUttered
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")


def test_an_event_class_defined_later_is_found(monkeypatch):
    from rasa.shared.core.events import ActionExecuted, Event

    Event.resolve_by_type("action")  # the memo is filled
    monkeypatch.setattr(speedups, "_event_classes", dict(speedups._event_classes))

    class LateEvent(ActionExecuted):
        type_name = "late_event_for_test"

    assert Event.resolve_by_type("late_event_for_test") is LateEvent


def test_a_stored_tracker_loads_the_same_events():
    from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events = [SessionStarted(), ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet"}),
              SlotSet("age", 40)]
    dumped = [e.as_dict() for e in events]
    loaded = DialogueStateTracker.from_dict("someone", dumped)
    assert [type(e) for e in loaded.events] == [type(e) for e in events]
    assert [e.as_dict() for e in loaded.events] == dumped
