"""Custom actions: thin adapters between Rasa and the clinical engine.

All clinical decisions are made in bot.clinical (engine and interview); the
wording is in bot.replies. These classes only read the tracker, call them, and
turn the answer into events and messages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.clinical.engine import default_spec
from bot.clinical.interview import VAGUE_LIMIT, ask_next, normalise_state, read_message
from bot.nlu.answers import free_answers
from bot.nlu.hints import HINTS_KEY, MAX_HINTS
from bot.nlu.language import OTHER_LANGUAGE_KEY
from bot.nlu.quantities import default_quantities, with_parsed_values
from bot import replies

logger = logging.getLogger(__name__)


def load_clinical_data() -> None:
    """Reads the spec and the lexicon's answer words and quantities now.

    They are read on first use (about 1.3 s of YAML); doing it when the action
    server imports this module keeps that wait off the first person's message.
    """
    default_spec()
    free_answers()
    default_quantities()


load_clinical_data()

FORM = "triage_form"
REQUESTED_SLOT = "requested_slot"
# Intents that never answer a question. Inside the interview the form answers
# DIGRESSION_REPLIES itself and asks the same question again (one action-server
# call per turn); it rejects ENDING_INTENTS, which the rules answer by ending
# the interview. `nlu_fallback` (not understood) is not a digression: the
# interview itself asks again in simpler words, then splits or records unknown.
ENDING_INTENTS = {"request_human", "restart", "goodbye"}
# Entities the interview reads, as the NLU gives them: quantities come parsed
# (duration: `days`, age: `years`, number: `number`; bot/nlu/quantities.py).
FINDING_ENTITIES = {"symptom", "body_location", "sensation", "duration", "medication", "answer", "age", "number"}
# A number said alone ("52") answers a question but names no finding.
BARE_NUMBER_ENTITY = "number"


def _why(dispatcher: CollectingDispatcher, spec: Any, state: Dict[str, Any], asked: Optional[Text],
         finished: bool) -> None:
    dispatcher.utter_message(text=replies.why_text(spec, asked))


def _serious(dispatcher: CollectingDispatcher, spec: Any, state: Dict[str, Any], asked: Optional[Text],
             finished: bool) -> None:
    findings = state["findings"]
    dispatcher.utter_message(text=replies.serious_text(
        spec, spec.evaluate(findings), finished, screen_complete=spec.is_screen_complete(findings)))


def _causes(dispatcher: CollectingDispatcher, spec: Any, state: Dict[str, Any], asked: Optional[Text],
            finished: bool) -> None:
    dispatcher.utter_message(text=replies.causes_text(spec, spec.evaluate(state["findings"])))


def _response(name: Text) -> Callable[..., None]:
    def send(dispatcher: CollectingDispatcher, *_: Any) -> None:
        dispatcher.utter_message(response=name)
    return send


# The answer to each digression, in the interview and (the first three) outside it.
DIGRESSION_REPLIES: Dict[Text, Callable[..., None]] = {
    "ask_why": _why,
    "ask_serious": _serious,
    "ask_causes": _causes,
    "out_of_scope": _response("utter_out_of_scope"),
    "bot_challenge": _response("utter_iamabot"),
    "greet": _response("utter_greet_again"),
    "thank": _response("utter_you_are_welcome"),
}
# Answered even when the message also named findings ("is it serious that I
# have a fever?"); the others only when it named nothing ("hi, I have a fever"
# is read as a description, without "Hello again").
ALWAYS_ANSWERED = {"ask_why", "ask_serious", "ask_causes"}
DIGRESSIONS = set(DIGRESSION_REPLIES) | ENDING_INTENTS


# To a free-text question (the medicines) a message the NLU finds out of scope
# or cannot classify is still the answer: medicine names are not in its data.
FREE_ANSWER_INTENTS = {"out_of_scope", "nlu_fallback"}
# A medicine name the classifier takes for a greeting or thanks ("hydroxychloroquine" as greet) is the
# answer too, unless the message holds only greeting words.
GREETING_INTENTS = {"greet", "thank"}


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


def _vague_before_interview(dispatcher: CollectingDispatcher, tracker: Tracker) -> List[EventType]:
    """A message before the interview that named nothing. After VAGUE_LIMIT of
    them the red-flag screen starts anyway, so no conversation stays without advice;
    at once when it is written in a language the assistant cannot read."""
    if tracker.active_loop.get("name") == FORM or tracker.get_slot("triage_level") is not None:
        return []
    state = _state(tracker)
    state["vague"] += 1
    other_language = _in_another_language(tracker)
    if state["vague"] < VAGUE_LIMIT and not other_language:
        return [SlotSet("interview", state)]
    # Written in a language the assistant cannot read: asking again would not help; the buttons need no English.
    dispatcher.utter_message(text=replies.ENGLISH_ONLY_TEXT if other_language else replies.SCREEN_ANYWAY_TEXT)
    state["english_only_told"] = state["english_only_told"] or other_language
    # Marked as read: the interview starts with its first question, not by reading this message.
    return [SlotSet("interview", state), SlotSet("last_read_message", _latest_user_message_id(tracker)),
            FollowupAction(FORM)]


def _in_another_language(tracker: Tracker) -> bool:
    """The latest message is written in a language the assistant cannot read (the NLU's `other_language`)."""
    return bool((tracker.latest_message or {}).get(OTHER_LANGUAGE_KEY))


@dataclass
class _Turn:
    """What the form made of the latest user message."""

    state: Dict[str, Any]
    unclear: bool = False  # an answer to the question that could not be read
    answer_digression: Optional[Text] = None  # the digression to answer before asking again


def _message_parts(spec: Any, asked: Optional[Text], tracker: Tracker) -> Tuple[Optional[Text], Text, List[Dict]]:
    """(intent, text, finding entities) of the latest message, as the interview reads them."""
    message = tracker.latest_message or {}
    intent = (message.get("intent") or {}).get("name")
    text = message.get("text") or ""
    # Entities of a payload ("/inform{"duration": "yesterday"}") skip the
    # NLU: their quantities are parsed by the NLU's own code here.
    entities = with_parsed_values(
        [e for e in message.get("entities") or [] if e.get("entity") in FINDING_ENTITIES])
    if not _has_content(text) and not entities:
        intent = None  # empty, blank or emoji-only: never an answer
    if _asks_free_text(spec, asked) and (intent in FREE_ANSWER_INTENTS or (
            intent in GREETING_INTENTS and not free_answers().only_a_greeting(text))):
        intent = None  # "omeprazole for my stomach" is an answer, not out of scope
    return intent, text, entities


def _read_turn(spec: Any, state: Dict[str, Any], asked: Optional[Text], tracker: Tracker) -> Optional[_Turn]:
    """Reads the latest message; None when the form should reject it (an
    ending intent that named nothing: the rules end the interview)."""
    intent, text, entities = _message_parts(spec, asked, tracker)
    hints = _hints(tracker)
    if not (intent in DIGRESSIONS and tracker.active_loop.get("name") == FORM):
        reading = read_message(spec, state, asked, intent, entities, text, hints=hints)
        _log_reading(asked, reading)
        return _Turn(reading.state, unclear=bool(asked) and not reading.answered and not reading.changed)
    # A digression: its findings are kept ("is it serious that I have a
    # fever?"), a number in it ("set an alarm for 7") answers nothing.
    entities = [e for e in entities if e.get("entity") != BARE_NUMBER_ENTITY]
    digression = read_message(spec, state, asked, None, entities, text, hints=hints) if entities or hints \
        else None
    changed = digression is not None and digression.changed
    if digression is not None:
        _log_reading(asked, digression)
    if digression is not None and changed:
        state = digression.state
    if intent in ENDING_INTENTS:
        return _Turn(state) if changed else None
    answer = intent if intent in ALWAYS_ANSWERED or not changed else None
    return _Turn(state, answer_digression=answer)


def _names_a_finding(tracker: Tracker) -> bool:
    """Whether the latest message names a finding or hints at a red flag (asked at once, bot/nlu/hints.py)."""
    entities = [e for e in (tracker.latest_message or {}).get("entities") or []
                if e.get("entity") in FINDING_ENTITIES - {BARE_NUMBER_ENTITY}]
    return bool(entities) or bool(_hints(tracker))


def _hints(tracker: Tracker) -> List[Text]:
    """Red flags the latest message hinted at (the NLU's `red_flag_hints`; none for a payload)."""
    hints = (tracker.latest_message or {}).get(HINTS_KEY)
    return [str(h) for h in hints][:MAX_HINTS] if isinstance(hints, list) else []


def _log_reading(asked: Optional[Text], reading: Any) -> None:
    logger.info("interview read message: question=%s answered=%s new_findings=%d",
                asked, reading.answered, len(reading.new_findings))


class ValidateTriageForm(Action):
    """Reads each user message once, answers a digression, then asks the next
    question or ends the form: the one action-server call of an interview turn.

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
        message_id = _latest_user_message_id(tracker)
        asked = tracker.get_slot(REQUESTED_SLOT)
        events: List[EventType] = []
        unclear = False

        digression: Optional[Text] = None
        english_only = False
        if message_id and message_id != tracker.get_slot("last_read_message"):
            turn = _read_turn(spec, state, asked, tracker)
            if turn is None:
                return []  # not an answer: reject, so the rules end the interview
            state, unclear, digression = turn.state, turn.unclear, turn.answer_digression
            events.append(SlotSet("last_read_message", message_id))
            # Said once, before the next question: the questions are in English, their buttons are not words.
            english_only = _in_another_language(tracker) and not state["english_only_told"]
            state["english_only_told"] = state["english_only_told"] or english_only

        state, ask = ask_next(spec, state)
        # An emergency's advice comes first: its result answers "what must I do?" and "is it serious?".
        if digression and not (ask is None and spec.evaluate(state["findings"]).is_emergency):
            DIGRESSION_REPLIES[digression](dispatcher, spec, state, asked, False)
        events.append(SlotSet("interview", state))  # the message read and the question counted
        if ask is None:
            return events + [SlotSet(REQUESTED_SLOT, None)]
        if english_only:
            dispatcher.utter_message(text=replies.ENGLISH_ONLY_TEXT)
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
        # Health data: DEBUG only (the audit trail is the event broker, docs/deploy.md).
        logger.debug("triage result: level=%s rules=%s", result.level,
                    ",".join(r.rule for r in result.reasons))
        return [SlotSet("triage_level", result.level)]


class _DigressionOutsideInterview:
    """A digression with no interview running (inside it the form answers):
    the same reply as in the interview, counted as a vague message. A mixin,
    not an Action: rasa_sdk registers every Action subclass by its name."""

    intent: Text = ""

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        finished = tracker.get_slot("triage_level") is not None and tracker.active_loop.get("name") != FORM
        if not finished and _names_a_finding(tracker):
            # "I could not move my legs for five minutes. What must I do?": the interview reads the
            # findings (an emergency ends it at once) and answers the question, in this one turn.
            return [FollowupAction(FORM)]
        DIGRESSION_REPLIES[self.intent](dispatcher, default_spec(), _state(tracker),
                                        tracker.get_slot(REQUESTED_SLOT), finished)
        return _vague_before_interview(dispatcher, tracker)


class ActionExplainQuestion(_DigressionOutsideInterview, Action):
    intent = "ask_why"

    def name(self) -> Text:
        return "action_explain_question"


class ActionAnswerSerious(_DigressionOutsideInterview, Action):
    intent = "ask_serious"

    def name(self) -> Text:
        return "action_answer_serious"


class ActionAnswerCauses(_DigressionOutsideInterview, Action):
    intent = "ask_causes"

    def name(self) -> Text:
        return "action_answer_causes"


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
    a misread intent never loses a red flag, or hints at one ("I keep going dizzy");
    else reply as the intent asks."""

    REPLY_BY_INTENT = {"out_of_scope": "utter_out_of_scope", "nlu_fallback": "utter_default",
                       "bot_challenge": "utter_iamabot"}

    def name(self) -> Text:
        return "action_answer_outside_interview"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[EventType]:
        message = tracker.latest_message or {}
        if _names_a_finding(tracker):
            return [FollowupAction(FORM)]
        events = _vague_before_interview(dispatcher, tracker)
        if any(e.get("event") == "followup" for e in events):
            return events
        response = self.REPLY_BY_INTENT.get(str((message.get("intent") or {}).get("name")))
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
