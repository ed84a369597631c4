"""Custom actions: thin adapters between Rasa and the clinical engine.

All clinical decisions are made in bot.clinical (engine and interview); the
wording is in bot.replies. These classes only read the tracker, call them, and
turn the answer into events and messages.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.clinical.engine import default_spec
from bot.clinical.interview import VAGUE_LIMIT, ask_next, normalise_state, read_message
from bot.nlu.quantities import with_parsed_values
from bot import replies

logger = logging.getLogger(__name__)

FORM = "triage_form"
REQUESTED_SLOT = "requested_slot"
# Intents that never answer a question: inside the form they are handed back to
# the rules (the form rejects), unless the message also names a finding.
# `nlu_fallback` (not understood) is not among them: the interview itself asks
# again in simpler words, then splits or records unknown (never a dead end).
DIGRESSIONS = {
    "ask_why", "ask_serious", "ask_causes", "request_human", "restart", "goodbye",
    "greet", "thank", "out_of_scope", "bot_challenge",
}
# Entities the interview reads, as the NLU gives them: quantities come parsed
# (duration: `days`, age: `years`, number: `number`; bot/nlu/quantities.py).
FINDING_ENTITIES = {"symptom", "body_location", "sensation", "duration", "medication", "answer", "age", "number"}
# A number said alone ("52") answers a question but names no finding.
BARE_NUMBER_ENTITY = "number"
# Answers to digressions, when the form answers them itself (the message also
# named findings, so it is read rather than handed to the rules).
DIGRESSION_REPLIES = {
    "ask_why": lambda spec, state, asked: replies.why_text(spec, asked),
    "ask_serious": lambda spec, state, asked: replies.serious_text(
        spec, spec.evaluate(state["findings"]), finished=False,
        screen_complete=spec.is_screen_complete(state["findings"])),
    "ask_causes": lambda spec, state, asked: replies.causes_text(spec, spec.evaluate(state["findings"])),
}


# To a free-text question (the medicines) a message the NLU finds out of scope
# or cannot classify is still the answer: medicine names are not in its data.
FREE_ANSWER_INTENTS = {"out_of_scope", "nlu_fallback"}


def _asks_free_text(spec: Any, asked: Optional[Text]) -> bool:
    question = spec.questions_by_id.get(asked or "")
    return question is not None and question.type == "free_text"


def _has_content(text: Text) -> bool:
    """Letters or digits: an empty, blank or emoji-only message has none."""
    return any(ch.isalnum() for ch in text or "")


def _state(tracker: Tracker) -> Dict[str, Any]:
    return normalise_state(tracker.get_slot("interview"))


def _send(dispatcher: CollectingDispatcher, message: Dict[str, Any]) -> None:
    dispatcher.utter_message(
        text=message.get("text"),
        buttons=message.get("buttons") or [],
        json_message=message.get("custom"),
    )


def _latest_user_message_id(tracker: Tracker) -> Optional[Text]:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("message_id") or str(event.get("timestamp"))
    return None


# Actions that run between a user message and the form reading it (the last
# one hands a yes/no message that names findings over to the form).
_FORM_TURN_ACTIONS = {"action_listen", "action_extract_slots", FORM, f"validate_{FORM}",
                      "action_answer_outside_interview"}


def _resuming_after_digression(tracker: Tracker) -> bool:
    """True when another action (a digression's answer) ran since the user spoke."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") not in _FORM_TURN_ACTIONS:
            return True
    return False


def _vague_before_interview(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """A message before the interview that named nothing. After VAGUE_LIMIT of
    them the red-flag screen starts anyway, so no conversation stays without advice."""
    if tracker.active_loop.get("name") == FORM or tracker.get_slot("triage_level") is not None:
        return []
    state = _state(tracker)
    state["vague"] += 1
    if state["vague"] < VAGUE_LIMIT:
        return [SlotSet("interview", state)]
    dispatcher.utter_message(text=replies.SCREEN_ANYWAY_TEXT)
    # Marked as read: the interview starts with its first question, not by reading this message.
    return [SlotSet("interview", state), SlotSet("last_read_message", _latest_user_message_id(tracker)),
            FollowupAction(FORM)]


class ValidateTriageForm(Action):
    """Reads each user message once, then asks the next question or ends the form.

    Sets `requested_slot` to the id of the question it asks (contract section 3)
    and `requested_slot` to None when the interview is finished, which hands
    over to `action_triage_result` (an emergency finishes it at once).
    """

    def name(self) -> Text:
        return f"validate_{FORM}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        spec = default_spec()
        state = _state(tracker)
        message = tracker.latest_message or {}
        message_id = _latest_user_message_id(tracker)
        asked = tracker.get_slot(REQUESTED_SLOT)
        events: List[EventType] = []
        unclear = False

        fresh = message_id != tracker.get_slot("last_read_message")
        if message_id and fresh and not _resuming_after_digression(tracker):
            intent = (message.get("intent") or {}).get("name")
            text = message.get("text") or ""
            # Entities of a payload ("/inform{"duration": "yesterday"}") skip the
            # NLU: their quantities are parsed by the NLU's own code here.
            entities = with_parsed_values(
                [e for e in message.get("entities") or [] if e.get("entity") in FINDING_ENTITIES])
            if not _has_content(text) and not entities:
                intent = None  # empty, blank or emoji-only: never an answer
            if intent in FREE_ANSWER_INTENTS and _asks_free_text(spec, asked):
                intent = None  # "omeprazole for my stomach" is an answer, not out of scope
            digression = intent in DIGRESSIONS and tracker.active_loop.get("name") == FORM
            if digression:
                # A number in a digression ("set an alarm for 7") answers nothing.
                entities = [e for e in entities if e.get("entity") != BARE_NUMBER_ENTITY]
            if digression and not entities:
                # Not an answer: reject, so the digression rules reply and resume the form.
                return []
            # A digression that names findings ("is it serious that I have a
            # fever?"): keep the findings, and answer the digression here.
            reading = read_message(spec, state, asked, None if digression else intent, entities, text)
            if digression and not reading.changed:
                return []
            state = reading.state
            unclear = bool(asked) and not reading.answered and not reading.changed
            events.append(SlotSet("last_read_message", message_id))
            if digression and intent in DIGRESSION_REPLIES:
                dispatcher.utter_message(text=DIGRESSION_REPLIES[intent](spec, state, asked))
            logger.info("interview read message: question=%s answered=%s new_findings=%d",
                        asked, reading.answered, len(reading.new_findings))

        state, ask = ask_next(spec, state)
        events.append(SlotSet("interview", state))  # the message read and the question counted
        if ask is None:
            return events + [SlotSet(REQUESTED_SLOT, None)]
        _send(dispatcher, replies.question_message(spec, ask, unclear=unclear and ask.id == asked))
        return events + [SlotSet(REQUESTED_SLOT, ask.id)]


class ActionTriageResult(Action):
    """Computes the triage and sends the result with the `triage` payload."""

    def name(self) -> Text:
        return "action_triage_result"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        spec = default_spec()
        state = _state(tracker)
        result = spec.evaluate(state["findings"])
        for message in replies.result_messages(spec, result, state["medicine_names"]):
            _send(dispatcher, message)
        logger.info("triage result: level=%s rules=%s", result.level,
                    ",".join(r.rule for r in result.reasons))
        return [SlotSet("triage_level", result.level)]


class ActionExplainQuestion(Action):
    def name(self) -> Text:
        return "action_explain_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        dispatcher.utter_message(text=replies.why_text(default_spec(), tracker.get_slot(REQUESTED_SLOT)))
        return _vague_before_interview(dispatcher, tracker)


class ActionAnswerSerious(Action):
    def name(self) -> Text:
        return "action_answer_serious"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        spec = default_spec()
        findings = _state(tracker)["findings"]
        finished = tracker.get_slot("triage_level") is not None and tracker.active_loop.get("name") != FORM
        dispatcher.utter_message(text=replies.serious_text(
            spec, spec.evaluate(findings), finished, screen_complete=spec.is_screen_complete(findings)))
        return _vague_before_interview(dispatcher, tracker)


class ActionAnswerCauses(Action):
    def name(self) -> Text:
        return "action_answer_causes"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        spec = default_spec()
        dispatcher.utter_message(text=replies.causes_text(spec, spec.evaluate(_state(tracker)["findings"])))
        return _vague_before_interview(dispatcher, tracker)


class ActionHandoff(Action):
    """A request for a person: what to do next, with a summary (a rule ends the form)."""

    def name(self) -> Text:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        spec = default_spec()
        state = _state(tracker)
        dispatcher.utter_message(text=replies.handoff_text(
            spec, spec.evaluate(state["findings"]), state["medicine_names"]))
        return []


class ActionAnswerOutsideInterview(Action):
    """A message with no question open that is not a description (yes / no /
    don't know, or one the NLU calls out of scope or is unsure about): start
    the interview if it names a finding ("no, but I can't feel my groin"), so
    a misread intent never loses a red flag; else reply as the intent asks."""

    REPLY_BY_INTENT = {"out_of_scope": "utter_out_of_scope", "nlu_fallback": "utter_default",
                       "bot_challenge": "utter_iamabot"}

    def name(self) -> Text:
        return "action_answer_outside_interview"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        message = tracker.latest_message or {}
        entities = [e for e in message.get("entities") or []
                    if e.get("entity") in FINDING_ENTITIES - {BARE_NUMBER_ENTITY}]
        if entities:
            return [FollowupAction(FORM)]
        events = _vague_before_interview(dispatcher, tracker)
        if any(e.get("event") == "followup" for e in events):
            return events
        response = self.REPLY_BY_INTENT.get((message.get("intent") or {}).get("name"))
        if response:
            dispatcher.utter_message(response=response)
        else:
            dispatcher.utter_message(text=replies.DESCRIBE_PROMPT)
        return events


class ActionRestart(Action):
    """Overrides Rasa's action_restart: forget everything, and say so."""

    def name(self) -> Text:
        return "action_restart"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        dispatcher.utter_message(text=replies.RESTART_TEXT)
        return [Restarted()]
