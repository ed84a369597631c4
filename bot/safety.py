"""Never silence: the Rasa server's own answer when something on the server fails.

Every clinical decision runs in the action server, and every turn reads and
writes the tracker store. When one of them fails, stock Rasa logs the error
and sends nothing (REST answers 200 ``[]``, Slack and Telegram stay silent), or
silently starts the interview again. This module patches three places, narrowly:

- ``RemoteAction.run``: the call to the action server is bounded by
  ``ACTION_TIMEOUT_SECONDS`` (default 10; Rasa waits 300 s). On a refused
  connection, a timeout or an error, the person is told which signs mean
  "call emergency services now" (built from the clinical rules) and to try
  again. Later custom actions of the same turn are not tried again.
- ``Agent.handle_message``: any other exception while handling a message
  (NLU, tracker store, lock store, a channel) gives the same safety message
  through the message's own output channel, on every channel.
- ``FailSafeTrackerStore``: a tracker store error raises instead of falling
  back to an empty in-memory conversation, so it reaches the guard above.

The safety message is sent at most once per user message. Errors are logged
by type and code location only: exception texts can carry the message text.

It is installed by listing ``bot.safety.ActionServerGuard`` in the NLU
pipeline of config.yml: the Rasa server imports it when it loads the model.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.agent import Agent
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.tracker_store import FailSafeTrackerStore
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.exceptions import RasaException
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.clinical.engine import default_spec
from bot.replies import service_unavailable_text
from bot.settings import action_timeout_seconds

logger = logging.getLogger(__name__)

_SENT_ATTRIBUTE = "_triage_safety_message_sent_for"
_GUARDED = "_triage_guarded"


class ActionServerFailed(RasaException):
    """A custom action could not run (the action server failed earlier in this turn)."""


class TrackerStoreUnavailable(RasaException):
    """The tracker store failed; the turn cannot be read or kept."""


def error_site(exc: BaseException) -> str:
    """Where an exception was raised ("module.py:123"), without its message (it may hold health data)."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return "unknown"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


def _message_key(sender_id: Text, message_id: Optional[Text]) -> Tuple[Text, Optional[Text]]:
    return (sender_id, message_id)


def _tracker_key(tracker: Any) -> Tuple[Text, Optional[Text]]:
    latest = getattr(tracker, "latest_message", None)
    return _message_key(tracker.sender_id, getattr(latest, "message_id", None))


def already_sent(output_channel: Any, key: Tuple[Text, Optional[Text]]) -> bool:
    return output_channel is not None and getattr(output_channel, _SENT_ATTRIBUTE, None) == key


async def send_safety_message(output_channel: Any, sender_id: Text, message_id: Optional[Text]) -> bool:
    """Send the service-unavailable safety message once per user message; True if sent now."""
    key = _message_key(sender_id, message_id)
    if output_channel is None or already_sent(output_channel, key):
        return False
    setattr(output_channel, _SENT_ATTRIBUTE, key)
    try:
        await output_channel.send_text_message(sender_id, service_unavailable_text(default_spec()))
    except Exception as exc:  # noqa: BLE001 - the channel itself is down: nothing more we can do
        logger.error("could not send the safety message (%s at %s)", type(exc).__name__, error_site(exc))
        return False
    return True


def _guard_remote_action() -> None:
    """Bound the action-server call and answer with the safety message when it fails."""
    original = RemoteAction.run

    async def guarded_run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any,
                          domain: Any) -> List[Any]:
        key = _tracker_key(tracker)
        if already_sent(output_channel, key):
            # Failed earlier in this turn: don't make the person wait for another timeout.
            raise ActionServerFailed(f"action server already failed this turn; skipped {self.name()}")
        try:
            return await asyncio.wait_for(original(self, output_channel, nlg, tracker, domain),
                                          timeout=action_timeout_seconds())
        except ActionExecutionRejection:
            raise  # a normal form rejection, not a failure
        except Exception as exc:
            logger.error("action server failed while running %s (%s); sending the safety message",
                         self.name(), type(exc).__name__)
            await send_safety_message(output_channel, *key)
            raise

    setattr(guarded_run, _GUARDED, True)
    RemoteAction.run = guarded_run  # type: ignore[assignment]


def _guard_message_handling() -> None:
    """Any exception while handling a message becomes the safety message on its own channel."""
    original = Agent.handle_message

    async def guarded_handle_message(self: Agent, message: UserMessage) -> Optional[List[Dict[Text, Any]]]:
        try:
            return await original(self, message)
        except Exception as exc:
            # Never the exception text or the message: they can carry health data.
            logger.error("handling a message failed (%s at %s); sending the safety message",
                         type(exc).__name__, error_site(exc))
            await send_safety_message(message.output_channel, message.sender_id, message.message_id)
            if isinstance(message.output_channel, CollectingOutputChannel):
                return message.output_channel.messages
            return None

    setattr(guarded_handle_message, _GUARDED, True)
    Agent.handle_message = guarded_handle_message  # type: ignore[assignment]


def _raise_tracker_store_error(self: FailSafeTrackerStore, error: Exception) -> None:
    # `from None`: the database error's text can hold the conversation's events.
    raise TrackerStoreUnavailable(f"{type(error).__name__} at {error_site(error)}") from None


def _fail_loudly_on_tracker_store_errors() -> None:
    """A failing tracker store must not silently start the conversation over in memory."""
    FailSafeTrackerStore.on_tracker_store_error = _raise_tracker_store_error  # type: ignore[assignment]
    FailSafeTrackerStore.on_tracker_store_retrieve_error = _raise_tracker_store_error  # type: ignore[assignment]


def install() -> None:
    """Install the guards (idempotent)."""
    if getattr(RemoteAction.run, _GUARDED, False):
        return
    _guard_remote_action()
    _guard_message_handling()
    _fail_loudly_on_tracker_store_errors()


install()


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class ActionServerGuard(GraphComponent):
    """A no-op pipeline component whose import installs the guards in the server."""

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
