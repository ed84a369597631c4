"""A Rasa 3.6 cost removed in the Rasa server, installed by importing this module.

Rasa checks every action-server response with `jsonschema.validate`, which
first checks the SCHEMA itself against the JSON Schema meta-schema, on every
call: a third of the Rasa server's time per interview turn under load
(docs/performance.md). Here the schema is checked once and its validator
reused; each response is still validated against the same schema and a bad
one still raises the same `ValidationError`.

In config.yml as the no-op pipeline component `bot.speedups.RasaSpeedups`
(like bot.safety.ActionServerGuard), so the Rasa server imports it.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Text

from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.constants import DOCS_BASE_URL

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


def install() -> None:
    """Replace RemoteAction._validate_action_result (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[assignment]


install()


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class RasaSpeedups(ActionServerGuard):
    """bot.safety's no-op pipeline component, installing the speed-ups instead."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> "RasaSpeedups":
        install()
        return cls()
