"""Wording rules of spec section 6 and the message shapes of contract section 3.

bot/replies.py words what the engine and the interview decided (a
``TriageResult``, an ``Ask``, ids only); these tests check its words.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, List, Sequence

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import replies
from bot.clinical.engine import ABSENT, EMERGENCY_LEVELS, PRESENT, UNKNOWN, default_spec
from bot.clinical.interview import Ask, new_state, next_question, read_message

SPEC = default_spec()
ROOT = Path(__file__).resolve().parents[2]
DISCLAIMER = (
    "This is not a diagnosis and does not replace a medical professional. "
    "If you think this is an emergency, call your local emergency number."
)
# A set of findings for every level, and a few mixtures.
EXAMPLES: Dict[str, Dict[str, Any]] = {
    "emergency_ambulance": {"chest_pain": PRESENT, "fever": PRESENT, "anxiety": PRESENT},
    "emergency": {"leg_weakness": PRESENT, "rash": PRESENT, "age": 60},
    "consultation_24": {"one_sided_band": PRESENT, "fever": ABSENT, "medications": ["antidepressant"]},
    "consultation": {"duration": 20, "back_history": PRESENT, "night_sweats": UNKNOWN},
    "self_care": {**{f: ABSENT for f in SPEC.red_flags()},
                  "external_heat_source": PRESENT, "recent_strain": PRESENT, "sunburn": PRESENT,
                  "duration": 1, "age": 30},
}
EMERGENCY_FIRST_SENTENCE = {
    "emergency_ambulance": re.compile(r"^call emergency services now", re.I),
    "emergency": re.compile(r"^go to an emergency department now", re.I),
}
# "most" as reassurance ("most back heat is harmless"); "the most dangerous
# signs first" is a superlative, not a reassurance.
REASSURING_MOST = re.compile(r"(?<!the )\bmost\b", re.I)
# "You have X" is a diagnosis; "what you have told me" is not.
YOU_HAVE = re.compile(r"\byou have\b(?! (not )?told)", re.I)
REASSURANCE = re.compile(r"harmless|nothing (serious|to worry)|\bmany\b", re.I)


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!])\s", text.strip(), maxsplit=1)[0]


def sentences(text: str) -> List[str]:
    return [s for s in re.split(r"(?<=[.!?;])\s+|\n+", text) if s.strip()]


def flat(text: str) -> str:
    return " ".join(text.split())


def result_text_of(findings: Dict[str, Any], medicine_names: Sequence[str] = ()) -> str:
    return replies.result_text(SPEC, SPEC.evaluate(findings), medicine_names)


def test_examples_cover_every_level():
    assert {SPEC.evaluate(f).level for f in EXAMPLES.values()} == set(SPEC.levels)
    for level, findings in EXAMPLES.items():
        assert SPEC.evaluate(findings).level == level


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_result_text_puts_the_level_advice_first(level):
    result = SPEC.evaluate(EXAMPLES[level])
    text = replies.result_text(SPEC, result)
    assert text.startswith(SPEC.level_advice[level])
    if level in EMERGENCY_LEVELS:
        sentence = first_sentence(text)
        assert EMERGENCY_FIRST_SENTENCE[level].match(sentence), sentence
        assert len(sentence) < 100, "one short sentence"


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_result_text_always_ends_with_the_safety_net_and_the_disclaimer(level):
    result = SPEC.evaluate(EXAMPLES[level])
    text = replies.result_text(SPEC, result)
    assert DISCLAIMER in flat(text)
    net = replies.safety_net_text(SPEC, result)
    assert net and result.safety_net
    assert text.endswith("\n\n".join([net, SPEC.disclaimer]))


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_result_text_never_says_you_have(level):
    text = replies.result_text(SPEC, SPEC.evaluate(EXAMPLES[level]))
    assert "you have" not in text.lower()


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_possible_causes_are_phrased_can_be_caused_by(level):
    result = SPEC.evaluate(EXAMPLES[level])
    text = replies.result_text(SPEC, result)
    assert result.possible_causes
    assert "can be caused by" in text
    after = text.split("can be caused by", 1)[1]
    for cause in result.possible_causes:
        assert SPEC.cause_label(cause) in after, cause


def test_result_text_names_the_findings_that_led_there():
    result = SPEC.evaluate({"one_sided_band": PRESENT, "fever": ABSENT})
    text = replies.result_text(SPEC, result)
    assert SPEC.findings["one_sided_band"].label in text
    assert SPEC.findings["fever"].label not in text.split("can be caused by")[0]


def test_result_text_of_an_unknown_sign_says_it_could_not_be_ruled_out():
    result = SPEC.evaluate({**{f: ABSENT for f in SPEC.red_flags()}, "collapse": UNKNOWN})
    assert result.level == "consultation_24"
    assert "could not rule out " + SPEC.findings["collapse"].label in replies.result_text(SPEC, result)


def test_result_text_of_self_care_has_the_advice_and_safety_net():
    result = SPEC.evaluate(EXAMPLES["self_care"])
    text = replies.result_text(SPEC, result)
    assert result.self_care_advice
    for advice in result.self_care_advice:
        assert SPEC.advice_text(advice) in text
    assert replies.safety_net_text(SPEC, result) in text


def test_self_care_says_for_now_and_never_that_nothing_points_to_a_doctor():
    assert "for now" in SPEC.level_advice["self_care"]
    text = result_text_of(EXAMPLES["self_care"])
    assert "for now" in text
    assert not re.search(r"nothing (here )?(points|suggests|means)|no need (to see|for) a (doctor|clinician)"
                         r"|(don't|do not) need (to see )?a (doctor|clinician)", text, re.I)


def test_result_text_has_the_medication_note():
    result = SPEC.evaluate({"medications": ["adhd_stimulant"]})
    assert "do not stop" in replies.result_text(SPEC, result).lower()


def test_severe_burn_result_gives_first_aid_after_the_emergency_advice():
    result = SPEC.evaluate({"severe_burn": PRESENT})
    assert result.level == "emergency_ambulance"
    assert "burn_first_aid" in result.notes
    text = replies.result_text(SPEC, result)
    assert EMERGENCY_FIRST_SENTENCE["emergency_ambulance"].match(first_sentence(text))
    first_aid = SPEC.note_text("burn_first_aid")
    assert first_aid in text
    low = first_aid.lower()
    for words in ("cool running water", "20 minutes", "ice", "creams", "butter", "cling film", "jewellery"):
        assert words in low, words
    assert text.index(first_aid) > text.index(SPEC.level_advice[result.level])
    assert first_aid in replies.triage_payload(SPEC, result)["notes"]
    assert "burn_first_aid" not in SPEC.evaluate({"sunburn": PRESENT}).notes


@pytest.mark.parametrize("blocker", [{"medications": ["anticoagulant"]}, {"pregnant": PRESENT},
                                     {"medications": ["other", "anticoagulant"], "pregnant": PRESENT}])
def test_no_nsaid_is_suggested_with_a_blood_thinner_or_in_pregnancy(blocker):
    findings = {**EXAMPLES["self_care"], **blocker}
    result = SPEC.evaluate(findings)
    assert result.level == "self_care"
    assert "pain_relief_with_nsaid" not in result.self_care_advice
    assert "pain_relief_without_nsaid" in result.self_care_advice
    for sentence in sentences(replies.result_text(SPEC, result)):
        if re.search(r"ibuprofen|anti-?inflammator|nsaid|naproxen|diclofenac", sentence, re.I):
            assert re.search(r"\bnot\b", sentence, re.I), sentence


def test_nsaid_is_suggested_with_its_cautions_otherwise():
    result = SPEC.evaluate(EXAMPLES["self_care"])
    assert "pain_relief_with_nsaid" in result.self_care_advice
    text = SPEC.advice_text("pain_relief_with_nsaid").lower()
    for caution in ("pregnant", "blood thinner", "stomach ulcer", "kidney", "heart"):
        assert caution in text, caution


def test_self_care_advice_warns_about_burns_from_heat_packs():
    result = SPEC.evaluate(EXAMPLES["self_care"])
    text = replies.result_text(SPEC, result).lower()
    assert "heat_pad_caution" in result.self_care_advice
    assert "diabetes" in text and "without noticing" in text


def test_result_messages_carry_the_triage_payload():
    result = SPEC.evaluate(EXAMPLES["consultation_24"])
    messages = replies.result_messages(SPEC, result, ["metformin"])
    payloads = [m["custom"]["triage"] for m in messages if "triage" in (m.get("custom") or {})]
    assert payloads == [replies.triage_payload(SPEC, result, ["metformin"])]
    assert messages[0]["text"] == replies.result_text(SPEC, result, ["metformin"])
    # Then the clinician summary, to show a doctor (issue 12).
    assert messages[1]["text"].endswith(replies.clinician_summary_text(SPEC, result, ["metformin"]))


@pytest.mark.parametrize("level", list(EXAMPLES))
def test_triage_payload_follows_the_contract(level):
    result = SPEC.evaluate(EXAMPLES[level])
    payload = replies.triage_payload(SPEC, result)
    assert {"level", "advice", "reasons", "possible_causes", "findings", "disclaimer", "spec_version"} <= set(payload)
    assert payload["level"] == level
    assert payload["advice"] == SPEC.level_advice[level]
    assert payload["spec_version"] == "2" == SPEC.version
    assert payload["disclaimer"] == DISCLAIMER
    assert payload["safety_net"] == replies.safety_net_text(SPEC, result)
    assert payload["findings"] == SPEC.clean(EXAMPLES[level])
    assert payload["medicines_as_written"] == []
    for reason in payload["reasons"]:
        assert set(reason) == {"rule", "level", "findings"}
    assert payload["self_care_advice"] == [SPEC.advice_text(a) for a in result.self_care_advice]
    json.dumps(payload)


# --------------------------------------------------------------------------
# Properties over any findings

YES_NO = SPEC.yes_no_findings()
MEDICINE_NAMES = ["metformin", "Ramipril 5mg", "St John's wort"]
ANY_FINDINGS = st.fixed_dictionaries({}, optional={
    **{f: st.sampled_from([PRESENT, ABSENT, UNKNOWN]) for f in YES_NO},
    "age": st.integers(18, 100), "duration": st.integers(0, 60),
    "location": st.sampled_from(list(SPEC.findings["location"].choices)),
    "sensation": st.sampled_from(list(SPEC.findings["sensation"].choices)),
    "activity_effect": st.sampled_from(list(SPEC.findings["activity_effect"].choices)),
    "medications": st.lists(st.sampled_from(list(SPEC.findings["medications"].choices)), max_size=2),
})


def _names_for(findings: Dict[str, Any], draw_names: List[str]) -> List[str]:
    return draw_names if "other" in (findings.get("medications") or []) else []


@settings(max_examples=150, deadline=None)
@given(findings=ANY_FINDINGS, names=st.lists(st.sampled_from(MEDICINE_NAMES), max_size=2, unique=True))
def test_wording_rules_hold_for_any_findings(findings, names):
    names = _names_for(findings, names)
    result = SPEC.evaluate(findings)
    text = replies.result_text(SPEC, result, names)
    # The level advice first; an emergency's in one short sentence.
    assert text.startswith(SPEC.level_advice[result.level])
    if result.level in EMERGENCY_LEVELS:
        assert EMERGENCY_FIRST_SENTENCE[result.level].match(first_sentence(text))
    assert "you have" not in text.lower()
    # The safety net and the disclaimer on every result, emergencies included, at the end.
    assert DISCLAIMER in flat(text)
    net = replies.safety_net_text(SPEC, result)
    every_sign_present = all(findings.get(f) == PRESENT for t in SPEC.safety_net for f, _ in t.signs)
    assert net or every_sign_present
    assert text.endswith(net + "\n\n" + SPEC.disclaimer)
    assert_safety_net_agrees_with_the_rules(findings, result)
    if result.possible_causes:
        assert "can be caused by" in text
    assert not REASSURING_MOST.search(text), "'many', never 'most'"
    # Never suggest aspirin; no NSAID with a blood thinner or in pregnancy.
    blocked = "anticoagulant" in (findings.get("medications") or []) or findings.get("pregnant") == PRESENT
    for sentence in sentences(text):
        if "aspirin" in sentence.lower():
            assert re.search(r"\bnot\b", sentence, re.I), sentence
        if blocked and re.search(r"ibuprofen|anti-?inflammator", sentence, re.I):
            assert re.search(r"\bnot\b", sentence, re.I), sentence
        # No advice to start, stop or change a prescription medicine.
        if re.search(r"\b(stop|start|change)\b[^.]*\b(medicine|medication|prescription)", sentence, re.I):
            assert re.search(r"\bnot\b", sentence, re.I), sentence
    # Unrecognised medicines are repeated back as written.
    for name in names:
        assert name in replies.medicines_text(names)
        assert name in text
    if names:
        assert replies.medicines_text(names) in text
        assert "pharmacist or doctor" in replies.medicines_text(names)
    if result.level == "self_care":
        assert "for now" in text
    if findings.get("severe_burn") == PRESENT:
        assert SPEC.note_text("burn_first_aid") in text
    payload = replies.triage_payload(SPEC, result, names)
    assert payload["disclaimer"] == SPEC.disclaimer and payload["safety_net"] == net
    assert payload["medicines_as_written"] == names
    json.dumps(payload)


@settings(max_examples=60, deadline=None)
@given(findings=ANY_FINDINGS)
def test_result_text_reassures_only_after_the_red_flag_screen(findings):
    text = result_text_of(findings)
    if re.search(r"harmless", text, re.I):
        assert SPEC.is_screen_complete(findings), findings


# --------------------------------------------------------------------------
# The safety net


TIER_WORDS = {"emergency_ambulance": "call emergency services", "emergency": "emergency department",
              "consultation_24": "doctor"}
BASE_TIER = {fid: t.level for t in SPEC.safety_net for fid, _ in t.signs}


def assert_safety_net_agrees_with_the_rules(findings: Dict[str, Any], result) -> None:
    """Each sign to watch for sits under the level its appearance would lead to for this person:
    the most urgent of its own tier and the rules it would newly fire."""
    findings = SPEC.clean(findings)
    listed = [fid for _, signs in result.safety_net for fid in signs]
    assert len(listed) == len(set(listed)), "each sign once"
    assert set(listed) == {f for f in BASE_TIER if findings.get(f) != PRESENT}
    assert [lv for lv, _ in result.safety_net] == sorted((lv for lv, _ in result.safety_net), key=SPEC.rank)
    for level, signs in result.safety_net:
        for fid in signs:
            without = {r.rule for r in SPEC.fired_rules({**findings, fid: ABSENT})}
            added = [r.level for r in SPEC.fired_rules({**findings, fid: PRESENT}) if r.rule not in without]
            assert level == min(added + [BASE_TIER[fid]], key=SPEC.rank), (fid, level, added)
    text = replies.safety_net_text(SPEC, result)
    position = 0
    for level, signs in result.safety_net:
        intro = SPEC.safety_net_intro(level)
        assert TIER_WORDS[level] in intro.lower()
        start = text.index(intro, position)
        end = min([text.index(SPEC.safety_net_intro(lv), start + 1) for lv, _ in result.safety_net
                   if SPEC.rank(lv) > SPEC.rank(level)] or [len(text)])
        for fid in signs:
            assert SPEC.safety_net_phrase(fid) in text[start:end], (fid, level)
        position = start


def test_safety_net_tiers_agree_with_the_levels():
    assert [t.level for t in SPEC.safety_net] == sorted((t.level for t in SPEC.safety_net), key=SPEC.rank)
    assert [t.level for t in SPEC.safety_net][:2] == ["emergency_ambulance", "emergency"]
    for tier in SPEC.safety_net:
        assert TIER_WORDS[tier.level] in tier.intro.lower()
        for fid, _ in tier.signs:
            assert SPEC.level_of({fid: PRESENT}) == tier.level, (fid, tier.level)
    for findings in EXAMPLES.values():
        assert_safety_net_agrees_with_the_rules(findings, SPEC.evaluate(findings))


@pytest.mark.parametrize("findings, fid, level", [
    ({"pregnant": PRESENT}, "fever", "emergency"),
    ({"pregnant": PRESENT}, "urinary_symptoms", "emergency"),
    ({"medications": ["anticoagulant"]}, "leg_numbness", "emergency"),
    ({"immunosuppressed": PRESENT}, "rash", "emergency"),
    ({"diabetes": PRESENT}, "fever", "emergency"),
    ({}, "fever", "consultation_24"),
    ({"age": 65}, "severe_pain", "emergency_ambulance"),
])
def test_the_safety_net_moves_a_sign_up_when_this_person_makes_it_more_urgent(findings, fid, level):
    result = SPEC.evaluate(findings)
    tiers = {fid_: lv for lv, signs in result.safety_net for fid_ in signs}
    assert tiers[fid] == level
    text = replies.safety_net_text(SPEC, result)
    intro = SPEC.safety_net_intro(level)
    assert text.index(SPEC.safety_net_phrase(fid)) > text.index(intro)


def test_a_present_sign_is_not_something_to_watch_for():
    result = SPEC.evaluate({"fever": PRESENT})
    assert "fever" not in [f for _, signs in result.safety_net for f in signs]
    assert SPEC.safety_net_phrase("fever") not in replies.safety_net_text(SPEC, result)


def test_safety_net_names_the_signs_the_spec_requires():
    signs = dict(BASE_TIER)
    for fid in ("chest_pain", "collapse", "leg_weakness", "bladder_bowel_dysfunction", "saddle_numbness",
                "high_fever", "severe_pain"):
        assert fid in signs, fid
    assert signs["leg_weakness"] == "emergency", "weakness in the legs: emergency department now"
    assert signs["chest_pain"] == signs["collapse"] == "emergency_ambulance"
    for findings in ({}, EXAMPLES["self_care"], EXAMPLES["consultation"]):
        text = replies.safety_net_text(SPEC, SPEC.evaluate(findings)).lower()
        for words in ("chest pain", "faint", "weakness in your legs", "numbness", "passing urine",
                      "bladder or bowels", "numb between your legs", "high fever", "severe"):
            assert words in text, words


def test_service_unavailable_text_names_every_emergency_sign():
    text = replies.service_unavailable_text(SPEC).lower()
    phrases = {fid: p for t in SPEC.safety_net for fid, p in t.signs}
    missing = [fid for fid in SPEC.emergency_signs()
               if SPEC.findings[fid].label.lower() not in text and phrases.get(fid, "\0").lower() not in text]
    assert missing == []


def test_service_unavailable_text_says_to_call_the_emergency_number():
    text = replies.service_unavailable_text(SPEC)
    assert "911" in text
    for tier in SPEC.safety_net:
        if tier.level in EMERGENCY_LEVELS:
            for _, phrase in tier.signs:
                assert phrase in text


# --------------------------------------------------------------------------
# Question messages


def asks_of_an_interview(findings: Dict[str, Any], scripted: List[Any]) -> List[Ask]:
    """The questions of one interview answered "no" after the ``scripted`` answers
    (an intent, or a button's choice id as ``("button", id)``)."""
    asks: List[Ask] = []
    state = {**new_state(), "findings": dict(findings)}
    while True:
        ask = next_question(SPEC, state)
        if ask is None:
            return asks
        asks.append(ask)
        entities: List[Dict[str, Any]] = []
        answer = scripted.pop(0) if scripted else "deny"
        intent, text = (answer, "") if isinstance(answer, str) else ("inform", "")
        if not isinstance(answer, str):
            entities = [{"entity": "answer", "value": answer[1]}]
        if ask.type == "number":
            intent, text, entities = "inform", "I'm 30", [{"entity": "age", "value": "30", "years": 30}]
        elif ask.type == "duration":
            intent, text, entities = "inform", "yesterday", [{"entity": "duration", "value": "yesterday", "days": 1}]
        elif ask.type == "choice":
            intent, entities = "inform", [{"entity": "answer", "value": ask.choices[0]}]
        state = read_message(SPEC, state, ask.id, intent, entities, text).state
        assert len(asks) < 80


# Plain, split into single questions (a bare "yes"), simpler wording (after "don't know"),
# "any of the others?" (after a tap), and one where urinary symptoms make the location
# (a choice) matter.
ASKS = asks_of_an_interview({}, ["dont_know", "affirm"]) \
    + asks_of_an_interview({}, [("button", "collapse")])[:1] \
    + asks_of_an_interview({f: ABSENT for f in SPEC.questions_by_id["emergency_signs"].findings},
                           [("button", "severe_pain"), "dont_know"])[:3] \
    + asks_of_an_interview({"urinary_symptoms": PRESENT}, [])
ASKS += [Ask("urgent_signs", "multiple", ("saddle_numbness", "trauma"),
             ("saddle_numbness", "trauma", "none", UNKNOWN), "urgent_signs", others=True)]
CONTRACT_TYPES = {"yes_no", "multiple", "choice", "number", "duration", "free_text"}


def test_the_interview_covers_several_question_types():
    assert {a.type for a in ASKS} == CONTRACT_TYPES
    assert any(a.simpler for a in ASKS)
    assert any(a.others for a in ASKS)


def _ask_id(ask: Ask) -> str:
    return f"{ask.id}{'-simpler' if ask.simpler else ''}{'-others' if ask.others else ''}-{len(ask.findings)}"


@pytest.mark.parametrize("ask", ASKS, ids=_ask_id)
def test_question_message_buttons_and_payload(ask):
    message = replies.question_message(SPEC, ask)
    assert message["text"] == replies.question_text(SPEC, ask)
    assert message["buttons"], "every question offers quick replies"
    assert len(message["buttons"]) == len(ask.choices)
    for btn, choice_id in zip(message["buttons"], ask.choices):
        assert btn["title"] == replies.choice_label(SPEC, ask, choice_id)
        payload = btn["payload"]
        assert payload.startswith("/inform{")
        assert json.loads(payload[len("/inform"):]) == {"answer": choice_id}

    question = message["custom"]["question"]
    assert question == replies.question_payload(SPEC, ask)
    assert question["id"] == ask.id
    assert question["type"] in CONTRACT_TYPES
    assert question["type"] == ask.type
    assert question["findings"] == list(ask.findings)
    for choice in question["choices"]:
        assert set(choice) >= {"id", "label"} and choice["label"]
    assert [c["id"] for c in question["choices"]] == list(ask.choices)
    if question["type"] in ("yes_no", "multiple"):
        assert question["findings"], "yes_no and multiple questions name their findings"
        assert all(f in SPEC.findings for f in question["findings"])
    if question["type"] == "yes_no":
        assert question["findings"] == [question["id"]] or question["id"] in SPEC.questions_by_id
        assert question["choices"] == [{"id": "present", "label": "Yes"}, {"id": "absent", "label": "No"},
                                       {"id": "unknown", "label": "I don't know"}]
    if question["type"] == "multiple":
        assert [c["id"] for c in question["choices"]][:len(question["findings"])] == question["findings"]
        assert {"none", "unknown"} <= {c["id"] for c in question["choices"]}
        for fid in ask.findings:  # every item shown is listed, and only those
            assert SPEC.findings[fid].label[1:] in question["text"]
        for fid in SPEC.questions_by_id[ask.question].findings:
            if fid not in ask.findings:
                assert SPEC.findings[fid].label[1:] not in question["text"]
    assert not REASSURING_MOST.search(question["text"])
    json.dumps(message)


def test_an_others_question_uses_the_others_wording():
    ask = Ask("urgent_signs", "multiple", ("saddle_numbness", "trauma"),
              ("saddle_numbness", "trauma", "none", UNKNOWN), "urgent_signs", others=True)
    text = replies.question_text(SPEC, ask)
    assert text.startswith(SPEC.questions_by_id["urgent_signs"].others)
    assert not text.startswith(SPEC.questions_by_id["urgent_signs"].text)


def test_question_message_when_unclear():
    ask = next_question(SPEC, new_state())
    message = replies.question_message(SPEC, ask, unclear=True)
    text = replies.question_text(SPEC, ask)
    assert message["text"].endswith(text)
    assert message["text"] != text
    assert message["text"].startswith(replies.UNCLEAR_PREFIX)


# --------------------------------------------------------------------------
# Other texts


def test_why_text_is_the_rationale_of_the_question():
    for question in SPEC.questions:
        assert replies.why_text(SPEC, question.id) == question.why
        for fid in question.findings:  # a single question split from a group
            assert replies.why_text(SPEC, fid) == question.why
    assert replies.why_text(SPEC, None)


def test_causes_text_never_diagnoses():
    text = replies.causes_text(SPEC, SPEC.evaluate({"rash": PRESENT}))
    assert "can be caused by" in text
    assert "shingles" in text
    assert not YOU_HAVE.search(text)
    assert "can be caused by" in replies.causes_text(SPEC, SPEC.evaluate({}))


def test_handoff_text_has_a_summary_and_promises_no_person():
    result = SPEC.evaluate({"fever": PRESENT, "age": 52, "rash": ABSENT, "medications": ["other"]})
    text = replies.handoff_text(SPEC, result, ["metformin"])
    assert text.startswith(replies.NO_PERSON_TEXT)
    assert "summary" in text.lower()
    assert SPEC.findings["fever"].label in text
    assert "52" in text
    assert "metformin" in text
    # The clinician summary (issue 12): a denied red flag only under "Absent".
    absent = next(line for line in text.splitlines() if line.startswith("- Absent:"))
    assert "rash" in absent.lower() and "rash" not in text.replace(absent, "").lower()
    assert replies.clinician_summary_text(SPEC, result, ["metformin"]) in text
    assert "911" in text


@pytest.mark.parametrize("findings, finished, screen_complete", [
    ({"chest_pain": PRESENT}, False, False),
    ({"fever": PRESENT}, True, True),
    ({"collapse": ABSENT}, False, False),
    ({f: ABSENT for f in SPEC.red_flags()}, False, True),
])
def test_serious_text(findings, finished, screen_complete):
    result = SPEC.evaluate(findings)
    text = replies.serious_text(SPEC, result, finished, screen_complete)
    assert not REASSURING_MOST.search(text)
    assert not YOU_HAVE.search(text)
    if result.is_emergency:
        assert text == SPEC.level_advice[result.level]
    if not screen_complete:
        assert not REASSURANCE.search(text), "no reassurance before the red-flag screen is complete"
    if screen_complete and not finished and not result.reasons:
        assert "many" in text.lower()


# --------------------------------------------------------------------------
# "Many", never "most"; the hand-off and the greeting agree


def _every_reply_text() -> List[str]:
    texts = [result_text_of(f, ["metformin"]) for f in EXAMPLES.values()]
    texts += [replies.question_text(SPEC, a) for a in ASKS]
    texts += [replies.why_text(SPEC, q.id) for q in SPEC.questions] + [replies.why_text(SPEC, None)]
    for findings in EXAMPLES.values():
        result = SPEC.evaluate(findings)
        texts += [replies.causes_text(SPEC, result), replies.handoff_text(SPEC, result, ["metformin"])]
        for finished in (False, True):
            for complete in (False, True):
                texts.append(replies.serious_text(SPEC, result, finished, complete))
    texts += [replies.service_unavailable_text(SPEC), replies.DESCRIBE_PROMPT, replies.RESTART_TEXT,
              replies.NO_PERSON_TEXT, replies.medicines_text(["metformin"])]
    return texts


def test_most_never_reassures_in_any_reply():
    for text in _every_reply_text():
        assert not REASSURING_MOST.search(text), text


def _domain_texts() -> Dict[str, List[str]]:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    return {name: [v.get("text", "") for v in variants] for name, variants in domain["responses"].items()}


PROMISES_A_PERSON = re.compile(
    r"(I'll|I will|I can|let me|we'll|we will)\s+(put you through|connect you|transfer you|pass you)"
    r"|(a|an)\s+(person|human|agent|nurse|doctor|clinician)\s+(will|is going to)\s+(contact|call|join|be with|talk)"
    r"|(talk|speak|chat) (to|with) (a|an) (person|human|agent)(?! from here)", re.I)
SAYS_NO_PERSON = re.compile(r"can(?:'|no)t\s+(put you through|connect you)\s+to a person", re.I)


def test_handoff_and_greeting_agree_that_no_person_can_be_reached():
    responses = _domain_texts()
    for name in ("utter_greet", "utter_iamabot"):
        assert responses[name], name
        for text in responses[name]:
            assert SAYS_NO_PERSON.search(flat(text)), (name, text)
            assert not PROMISES_A_PERSON.search(flat(text)), (name, text)
    for name, texts in responses.items():
        for text in texts:
            assert not PROMISES_A_PERSON.search(flat(text)), (name, text)
            assert not REASSURING_MOST.search(text), (name, text)
    handoff = replies.handoff_text(SPEC, SPEC.evaluate({}))
    assert SAYS_NO_PERSON.search(handoff)
    assert not PROMISES_A_PERSON.search(handoff)


def test_replies_never_runs_the_engine_or_the_interview():
    source = (ROOT / "bot" / "replies.py").read_text(encoding="utf-8")
    code = re.sub(r'"""(.|\n)*?"""', "", source)  # docstrings may talk about it
    for call in (r"\.evaluate\(", r"\blevel_of\(", r"\bnext_question\(", r"\bfired_rules\(",
                 r"\bis_finished\(", r"\bcould_change\(", r"\bread_message\("):
        assert not re.search(call, code), call
    assert not re.search(r"import[^\n]*\b(next_question|read_message|default_spec)\b", code)
