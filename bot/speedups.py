"""Rasa 3.6 costs removed in the Rasa server, installed by importing this module.

- Rasa checks every action-server response with `jsonschema.validate`, which
  first checks the SCHEMA itself against the JSON Schema meta-schema, on every
  call: a third of the Rasa server's time per interview turn under load
  (docs/performance.md). Here the schema is checked once and its validator
  reused; each response is still validated against the same schema and a bad
  one still raises the same `ValidationError`.
- Rasa finds the class of every stored event by walking all subclasses of
  `Event` (and checking each for abstract methods), once per event, whenever
  a tracker is loaded: about a tenth of a turn. Here the class of each event
  type is remembered; an unknown type looks again (a module imported since
  may define it) and is then answered exactly as Rasa does.

In config.yml as the no-op pipeline component `bot.speedups.RasaSpeedups`
(like bot.safety.ActionServerGuard), so the Rasa server imports it.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Text, Type

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

from bot.safety import ActionServerGuard

_validator: Optional[Any] = None


def action_result_validator() -> Any:
    """The validator of RemoteAction's response schema, its schema checked once."""
    global _validator
    if _validator is None:
        schema = RemoteAction.action_response_format_spec()
        cls = validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(schema)
    return _validator


def validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    """RemoteAction._validate_action_result, without re-checking the schema."""
    error = best_match(action_result_validator().iter_errors(result))
    if error is not None:
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the "
            f"Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


_rasa_resolve_by_type = Event.resolve_by_type
_event_classes: Dict[Text, Type[Event]] = {}


def _known_event_classes() -> Dict[Text, Type[Event]]:
    """type name -> class, the first of Rasa's subclass order for each name (as Rasa picks)."""
    classes: Dict[Text, Type[Event]] = {}
    for cls in all_subclasses(Event):
        classes.setdefault(cls.type_name, cls)
    return classes


def resolve_event_type(type_name: Text, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
    """Event.resolve_by_type, remembering the class of each type name."""
    found = _event_classes.get(type_name)
    if found is None:
        _event_classes.clear()
        _event_classes.update(_known_event_classes())
        found = _event_classes.get(type_name)
    if found is not None:
        return found
    return _rasa_resolve_by_type(type_name, default)  # topic, default, or Rasa's ValueError


def install() -> None:
    """Replace RemoteAction._validate_action_result and Event.resolve_by_type (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]
    Event.resolve_by_type = staticmethod(resolve_event_type)  # type: ignore[assignment]


install()


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class RasaSpeedups(ActionServerGuard):
    """bot.safety's no-op pipeline component, installing the speed-ups instead."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> "RasaSpeedups":
        install()
        return cls()
