"""Whole conversations over POST /webhooks/rest/webhook against real servers."""

from __future__ import annotations

import uuid

import pytest

from tests.unit.test_never_a_dead_end import TURN_BOUND

pytestmark = pytest.mark.e2e

EMERGENCY_LEVELS = {"emergency_ambulance", "emergency"}


def sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


def answer(choice: str) -> str:
    return '/inform{"answer": "%s"}' % choice


def test_button_conversation_reaches_a_triage_payload(rest):
    user = sender()
    reply = rest.say(user, '/inform{"symptom": "rash"}')
    asked = []
    for _ in range(30):
        result = rest.triage(reply)
        if result:
            break
        (question,) = rest.questions(reply)
        asked.append(question["id"])
        # While a question is asked, requested_slot holds its id (contract 3).
        assert rest.tracker(user)["slots"]["requested_slot"] == question["id"]
        assert {"present", "absent", "none"} & {c["id"] for c in question["choices"]}
        reply = rest.say(user, answer("absent" if question["type"] == "yes_no" else "none"))
    assert result is not None, f"no result after {asked}"
    assert result["level"] == "consultation_24"
    assert [r["rule"] for r in result["reasons"]] == ["possible_shingles"]
    assert result["findings"]["rash"] == "present"
    assert result["findings"]["fever"] == "absent"
    assert "shingles" in result["possible_causes"]
    assert result["disclaimer"].startswith("This is not a diagnosis")
    assert result["spec_version"] == "2"
    assert asked[0] == "emergency_signs", "the most dangerous signs are asked first"
    slots = rest.tracker(user)["slots"]
    assert slots["triage_level"] == "consultation_24"
    assert slots["requested_slot"] is None


def test_emergency_in_first_message_is_answered_at_once(rest):
    reply = rest.say(sender(), '/inform{"symptom": "saddle_numbness"}')
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency"
    assert rest.questions(reply) == []
    first_text = next(m["text"] for m in reply if m.get("text"))
    assert first_text.startswith("Go to an emergency department now")


def test_emergency_mid_interview_stops_the_interview(rest):
    user = sender()
    reply = rest.say(user, '/inform{"symptom": "rash"}')
    assert rest.questions(reply)[0]["id"] == "emergency_signs"
    reply = rest.say(user, answer("none"))
    assert rest.questions(reply)[0]["id"] == "urgent_signs"
    reply = rest.say(user, answer("leg_weakness"))
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency"
    assert "progressive_neuro_deficit" in [r["rule"] for r in result["reasons"]]
    assert rest.questions(reply) == []


def test_dont_know_twice_records_unknown(rest):
    user = sender()
    reply = rest.say(user, '/inform{"symptom": "rash"}')
    first = rest.questions(reply)[0]
    reply = rest.say(user, "/dont_know")
    again = rest.questions(reply)[0]
    assert again["id"] == first["id"] and again["text"] != first["text"], "asked again in simpler words"
    reply = rest.say(user, "/dont_know")
    assert rest.questions(reply)[0]["id"] != first["id"]
    findings = rest.tracker(user)["slots"]["interview"]["findings"]
    assert all(findings[f] == "unknown" for f in first["findings"])


def test_a_no_that_names_a_finding_starts_the_interview_and_keeps_it(rest):
    """'No, but my legs are weak' as a first message: the finding is not lost."""
    reply = rest.say(sender(), '/deny{"symptom": "leg_weakness"}')
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency"


def test_a_first_message_in_another_language_starts_the_warning_signs_at_once(rest):
    """A message the assistant cannot read: it says it reads English only, gives the
    emergency numbers and asks the warning signs (buttons) in the same reply."""
    reply = rest.say(sender(), "Hola, tengo la espalda muy caliente desde hace dos días y estoy preocupada")
    assert "only read english" in rest.text(reply).lower()
    (question,) = rest.questions(reply)
    assert question["id"] in {"emergency_signs", "collapse"}


def test_a_bare_no_outside_the_interview_asks_for_a_description(rest):
    reply = rest.say(sender(), "/deny")
    assert rest.triage(reply) is None and rest.questions(reply) == []
    assert "tell me what you are feeling" in rest.text(reply).lower()


# --------------------------------------------------------------------------
# Grouped questions (spec v2 section 4, step 2): an answer records only what it says.


def _to_warning_signs(rest, user):
    reply = rest.say(user, '/inform{"symptom": "rash"}')
    reply = rest.say(user, answer("none"))
    reply = rest.say(user, answer("none"))
    (question,) = rest.questions(reply)
    assert question["id"] == "warning_signs" and "rash" not in question["findings"]
    return question


def test_a_tapped_item_asks_about_the_others_and_records_nothing_else(rest):
    user = sender()
    first = _to_warning_signs(rest, user)
    reply = rest.say(user, answer("fever"))
    (others,) = rest.questions(reply)
    assert others["id"] == "warning_signs" and others["type"] == "multiple"
    assert others["findings"] == [f for f in first["findings"] if f != "fever"]
    assert "any of the others" in others["text"]
    findings = rest.tracker(user)["slots"]["interview"]["findings"]
    assert findings["fever"] == "present"
    assert not set(others["findings"]) & set(findings), "unnamed items stay not known"

    reply = rest.say(user, answer("none"))
    findings = rest.tracker(user)["slots"]["interview"]["findings"]
    assert all(findings[f] == "absent" for f in others["findings"])


def test_a_typed_answer_naming_one_item_asks_about_the_others(rest):
    user = sender()
    first = _to_warning_signs(rest, user)
    reply = rest.say(user, "yes I've been running a fever")
    (others,) = rest.questions(reply)
    assert others["id"] == "warning_signs" and "fever" not in others["findings"]
    findings = rest.tracker(user)["slots"]["interview"]["findings"]
    assert findings["fever"] == "present"
    assert not set(first["findings"]) - {"fever"} & set(findings)


def test_an_emergency_item_stops_with_the_other_items_not_known(rest):
    user = sender()
    reply = rest.say(user, '/inform{"symptom": "rash"}')
    (question,) = rest.questions(reply)
    reply = rest.say(user, answer("collapse"))
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency_ambulance"
    unanswered = [f for f in question["findings"] if f != "collapse"]
    assert not set(unanswered) & set(result["findings"]), "never recorded absent"
    text = rest.text(reply)
    assert text.startswith("Call emergency services now")
    assert "Go to an emergency department straight away if you" in text, "the safety net is on emergencies too"
    assert "not a diagnosis" in text


def test_an_unrecognised_medicine_is_kept_and_repeated_back(rest):
    """Leg numbness makes the medicines matter (a blood thinner would make it an emergency)."""
    user = sender()
    reply = rest.say(user, '/inform{"symptom": "leg_numbness"}')
    asked = []
    for _ in range(30):
        result = rest.triage(reply)
        if result:
            break
        (question,) = rest.questions(reply)
        asked.append(question["id"])
        if question["type"] == "free_text":
            reply = rest.say(user, "I take metformin")
        elif question["type"] == "number":
            reply = rest.say(user, answer("40"))
        else:
            reply = rest.say(user, answer("absent" if question["type"] == "yes_no" else "none"))
    else:
        raise AssertionError(f"no result after {asked}")
    assert "medications" in asked
    assert result["level"] == "consultation_24"
    assert result["findings"]["medications"] == ["other"]
    assert result["medicines_as_written"] == ["metformin"]
    assert "You told me you take metformin" in rest.text(reply)


# --------------------------------------------------------------------------
# Safe in real language (issue 9): first-message emergencies in words the
# v1 lexicon did not know, and never a dead end.

FIRST_MESSAGE_EMERGENCIES = [
    ("I spilled drain cleaner down my back while unblocking the sink and it's burning like mad",
     "emergency_ambulance"),
    ("got a shock off the fuse box at work and now there's a burning patch on my back", "emergency_ambulance"),
    ("my lower back is burning and my temperature is 103.5F", "emergency"),
    ("my upper back is burning and it spreads into my jaw and down my left arm", "emergency_ambulance"),
]


@pytest.mark.parametrize("opening, level", FIRST_MESSAGE_EMERGENCIES, ids=[lv for _, lv in FIRST_MESSAGE_EMERGENCIES])
def test_first_message_emergencies_in_lay_words_escalate_in_the_first_reply(rest, opening, level):
    reply = rest.say(sender(), opening)
    result = rest.triage(reply)
    assert result is not None, f"no result in the first reply: {rest.text(reply)[:300]}"
    assert result["level"] == level
    assert rest.questions(reply) == []


def test_hesitation_is_never_a_yes_and_the_conversation_still_ends(rest):
    user = sender()
    reply = rest.say(user, "my back feels hot")
    asked = rest.questions(reply)[0]["id"]
    for _ in range(TURN_BOUND):  # the bound of tests/unit/test_never_a_dead_end.py
        if rest.triage(reply):
            break
        assert rest.text(reply).strip(), "never an empty answer"
        reply = rest.say(user, "hmm")
    else:
        raise AssertionError(f"no result after {TURN_BOUND} hesitations")
    result = rest.triage(reply)
    assert asked == "emergency_signs"
    assert "present" not in result["findings"].values(), "hesitation made a finding present"
    assert result["level"] == "consultation_24", "unknown emergency signs lift the level"


def test_a_red_flag_the_words_hint_at_is_asked_first_and_the_answer_decides(rest):
    """"I keep going dizzy": not a faint, but the faint question comes first, alone
    (bot/nlu/hints.py); "no" records it absent and the screen goes on."""
    user = sender()
    reply = rest.say(user, "I keep going dizzy and my lower back is hot")
    (question,) = rest.questions(reply)
    assert (question["id"], question["type"]) == ("collapse", "yes_no")
    reply = rest.say(user, "no, never passed out")
    (question,) = rest.questions(reply)
    assert question["id"] == "emergency_signs" and "collapse" not in question["findings"]
    findings = rest.tracker(user)["slots"]["interview"]["findings"]
    assert findings["collapse"] == "absent"
