"""Never a dead end (issue 9): whatever a person types, the conversation reaches a
result within a bounded number of turns, and every turn gets an answer.

The conversation is played through the real actions (the form's validation
action, the result action, the action for messages outside the interview),
with Rasa's dialogue rules simulated as data/rules.yml states them: inside
the interview the form answers a digression itself and asks again.

- A hypothesis property over random messages: intents of every kind (yes, no,
  don't know, not understood, out of scope, questions about the bot), random
  findings (asserted or denied), button payloads, gibberish, emoji, other
  languages, silence-like messages, contradictions.
- Fuzzing with seeded random sequences of the worst inputs (only digressions
  and gibberish), which must also end within the bound.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from actions.actions import (
    ActionAnswerCauses,
    ActionAnswerOutsideInterview,
    ActionAnswerSerious,
    ActionExplainQuestion,
    ActionTriageResult,
    ValidateTriageForm,
)
from bot.clinical.engine import default_spec
from bot.clinical.interview import MAX_ASKS, VAGUE_LIMIT
from tests.unit.test_actions import make_tracker, run, slot_events

SPEC = default_spec()
# Every question asked MAX_ASKS times, every group split into single items:
# an upper bound on the turns of any interview.
ITEMS = sum(len(q.findings) for q in SPEC.questions)
TURN_BOUND = VAGUE_LIMIT + MAX_ASKS * (len(SPEC.questions) + ITEMS)

DIGRESSION_INTENTS = ["ask_why", "ask_serious", "ask_causes", "bot_challenge", "out_of_scope"]
ANSWER_INTENTS = ["affirm", "deny", "dont_know", "inform", "nlu_fallback"]
YES_NO_FINDINGS = SPEC.yes_no_findings()
CHOICE_IDS = ["present", "absent", "unknown", "none", "today", "weeks", "lower_back", "burning", "42",
              "worse_at_rest", "no_change", "one_spot"] + YES_NO_FINDINGS
WEIRD_TEXTS = ["", "   ", "\U0001F525\U0001F62B", "hmm", "asdfgh qwerty", "¿Qué?", "Ich weiß nicht",
               "yes no maybe", "x" * 10_000, "<script>alert(1)</script>", "/inform{\"answer\": ",
               "null", "0", "-1", "999 years", "tomorrow", "I take zzzz"]


# data/rules.yml: the action answering each intent before the interview (the
# rest go to action_answer_outside_interview).
OUTSIDE_ACTIONS = {"ask_why": ActionExplainQuestion, "ask_serious": ActionAnswerSerious,
                   "ask_causes": ActionAnswerCauses}


@dataclass
class Message:
    intent: str
    text: str
    entities: List[Dict[str, Any]] = field(default_factory=list)
    hints: List[str] = field(default_factory=list)  # red flags the words hinted at (bot/nlu/hints.py)


@dataclass
class Conversation:
    """A conversation as the Rasa server runs it, with the real actions."""

    state: Optional[Dict[str, Any]] = None
    asked: Optional[str] = None
    active: bool = False
    last_read: Optional[str] = None
    turns: int = 0
    result: Optional[Dict[str, Any]] = None
    silent_turns: List[int] = field(default_factory=list)

    def say(self, message: Message) -> None:
        self.turns += 1
        message_id = f"msg-{self.turns}"
        sent = self._outside(message, message_id) if not self.active else self._form(message, message_id)
        if not sent:
            self.silent_turns.append(self.turns)

    def _tracker(self, message: Message, message_id: str, **kwargs: Any):
        return make_tracker(text=message.text, intent=message.intent, entities=message.entities,
                            message_id=message_id, interview=self.state, requested_slot=self.asked,
                            last_read_message=self.last_read, active_loop="triage_form" if self.active else None,
                            hints=message.hints, **kwargs)

    def _outside(self, message: Message, message_id: str) -> int:
        if message.intent == "inform":  # rule: describing a symptom starts the interview
            self.active = True
            return self._form(message, message_id)
        action = OUTSIDE_ACTIONS.get(message.intent, ActionAnswerOutsideInterview)()
        events, messages = run(action, self._tracker(message, message_id))
        self._apply(events)
        if any(e.get("event") == "followup" for e in events):
            self.active = True
            return len(messages) + self._form(message, message_id)
        return len(messages)

    def _form(self, message: Message, message_id: str) -> int:
        events, messages = run(ValidateTriageForm(), self._tracker(message, message_id))
        # Only the intents that end the interview are rejected, and they are not played here.
        assert events, f"the form rejected {message.intent}"
        self._apply(events)
        if self.asked is None:
            self.active = False
            events, result_messages = run(ActionTriageResult(), self._tracker(message, message_id))
            self.result = next(m["custom"]["triage"] for m in result_messages if "triage" in (m.get("custom") or {}))
            messages = messages + result_messages
        return len([m for m in messages if m.get("text")])

    def _apply(self, events: List[Dict[str, Any]]) -> None:
        slots = slot_events(events)
        self.state = slots.get("interview", self.state)
        self.asked = slots.get("requested_slot", self.asked)
        self.last_read = slots.get("last_read_message", self.last_read)


def play(messages: List[Message]) -> Conversation:
    conversation = Conversation()
    for message in messages:
        conversation.say(message)
        if conversation.result is not None:
            return conversation
    # The person keeps typing whatever comes next: the worst is an endless stream of the last kinds.
    filler = messages[-1] if messages else Message("nlu_fallback", "hmm")
    while conversation.result is None and conversation.turns < TURN_BOUND + 5:
        conversation.say(filler)
    return conversation


finding_entity = st.builds(
    lambda fid, negated: {"entity": "symptom", "value": fid, **({"role": "negated"} if negated else {})},
    st.sampled_from(YES_NO_FINDINGS), st.booleans())
answer_entity = st.builds(lambda v: {"entity": "answer", "value": v}, st.sampled_from(CHOICE_IDS))
messages = st.builds(
    Message,
    intent=st.sampled_from(ANSWER_INTENTS + DIGRESSION_INTENTS),
    text=st.one_of(st.sampled_from(WEIRD_TEXTS), st.text(max_size=40)),
    entities=st.lists(st.one_of(finding_entity, answer_entity), max_size=2),
    hints=st.lists(st.sampled_from(SPEC.red_flags() + ["diabetes", "not_a_finding"]), max_size=3),
)


def _check(conversation: Conversation) -> None:
    assert conversation.result is not None, f"no result after {conversation.turns} turns"
    assert conversation.turns <= TURN_BOUND, conversation.turns
    assert conversation.silent_turns == [], f"turns without any answer: {conversation.silent_turns}"
    assert conversation.result["level"] in SPEC.levels


@pytest.mark.slow  # plays whole conversations through the actions: about a minute
@settings(max_examples=40, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate],
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(messages, min_size=1, max_size=25))
def test_any_message_sequence_ends_in_a_result_within_the_bound(sequence):
    _check(play(sequence))


def _fuzz_sequence(rng: random.Random, kinds: Tuple[str, ...]) -> List[Message]:
    return [Message(rng.choice(kinds), rng.choice(WEIRD_TEXTS)) for _ in range(rng.randint(1, 40))]


def test_fuzzing_with_only_digressions_and_gibberish_still_ends_in_a_result():
    rng = random.Random(20261202)
    for _ in range(4):
        _check(play(_fuzz_sequence(rng, tuple(DIGRESSION_INTENTS + ["nlu_fallback"]))))


def test_unreadable_answers_only_end_with_unknown_red_flags_and_a_same_day_level():
    """Nothing understood at all: the screen's items end unknown, never absent, and the level is lifted."""
    conversation = play([Message("inform", "my back is hot")] + [Message("nlu_fallback", "hmm")] * 3)
    _check(conversation)
    findings = conversation.result["findings"]
    assert not [f for f, v in findings.items() if v == "absent"], "nothing was denied"
    assert all(findings.get(f) == "unknown" for f in SPEC.emergency_signs())
    assert conversation.result["level"] == "consultation_24"


def test_a_second_unreadable_answer_splits_a_group_into_single_questions():
    conversation = Conversation()
    conversation.say(Message("inform", "my back is burning"))
    assert conversation.asked == "emergency_signs"
    conversation.say(Message("nlu_fallback", "it kind of goes up into my whatsit"))
    assert conversation.asked == "emergency_signs", "asked once more, in simpler words"
    conversation.say(Message("nlu_fallback", "the thing, you know"))
    assert conversation.asked == "collapse", "split into single yes/no questions"


def test_hesitation_never_makes_a_red_flag_present():
    conversation = play([Message("inform", "my back is burning")] + [Message("nlu_fallback", "hmm")] * 200)
    _check(conversation)
    assert "present" not in conversation.result["findings"].values()
