"""Never silence: the Rasa server's own answer when the action server fails.

Every clinical decision runs in the action server. If it cannot be reached
(down, timing out, erroring), Rasa would log the error and send nothing. This
module wraps Rasa's RemoteAction so that, in that case, the Rasa server itself
tells the person which signs mean "call emergency services now" (the list is
built from the clinical rules) and to try again later. It is sent at most once
per user message.

It is installed by listing ``bot.safety.ActionServerGuard`` in the NLU
pipeline of config.yml: the Rasa server imports it when it loads the model.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.clinical.engine import default_spec
from bot.replies import service_unavailable_text

logger = logging.getLogger(__name__)

_SENT_ATTRIBUTE = "_triage_safety_message_sent_for"


async def send_safety_message(output_channel: Any, tracker: Any) -> bool:
    """Send the service-unavailable safety message once per user message."""
    latest = getattr(tracker, "latest_message", None)
    key = (tracker.sender_id, getattr(latest, "message_id", None))
    if output_channel is None or getattr(output_channel, _SENT_ATTRIBUTE, None) == key:
        return False
    setattr(output_channel, _SENT_ATTRIBUTE, key)
    await output_channel.send_text_message(tracker.sender_id, service_unavailable_text(default_spec()))
    return True


def install() -> None:
    """Wrap RemoteAction.run (idempotent)."""
    if getattr(RemoteAction.run, "_triage_guarded", False):
        return
    original = RemoteAction.run

    async def guarded_run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any,
                          domain: Any) -> List[Any]:
        try:
            return await original(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise  # a normal form rejection, not a failure
        except Exception:
            logger.error("action server failed while running %s; sending the safety message", self.name())
            await send_safety_message(output_channel, tracker)
            raise

    guarded_run._triage_guarded = True  # type: ignore[attr-defined]
    RemoteAction.run = guarded_run  # type: ignore[assignment]


install()


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class ActionServerGuard(GraphComponent):
    """A no-op pipeline component whose import installs the guard in the server."""

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> "ActionServerGuard":
        install()
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    @staticmethod
    def required_packages() -> List[Text]:
        return []
