"""Red flags hinted at, not stated (bot/nlu/hints.py; issue 9: the semantic layer
proposes, the person confirms). The lexicon alone, no model.

A hint is a proposal: the interview asks the red flag's own question first
(tests/unit/test_interview_hints.py). Here: which words hint, and which never
do (a red flag already stated or denied, a denied hint word, words that another
entity or an ignore entry took).
"""

from __future__ import annotations

import pytest
import yaml

from bot.clinical.engine import default_spec
from bot.nlu.extractor import extract, hinted
from bot.nlu.hints import MAX_HINTS
from bot.nlu.lexicon import LEXICON_PATH, LexiconError, build_lexicon

SPEC = default_spec()


@pytest.mark.parametrize("text, finding", [
    ("I keep going dizzy and my back is hot", "collapse"),
    ("the room was spinning this morning, back still warm", "collapse"),
    ("my chest feels odd and my upper back burns", "chest_pain"),
    ("my husband seems a bit spaced out today and his back is hot", "very_unwell"),
    ("something went pop in my back and now it's burning", "tearing_pain"),
    ("I couldn't get up off the sofa this morning, my back is burning", "paralysis"),
    ("the steam from the kettle caught my back and it's weeping", "severe_burn"),
    ("the loo has been a problem since yesterday and my back burns", "bladder_bowel_dysfunction"),
    ("my bum feels different since the heat started", "saddle_numbness"),
    ("my legs don't feel right and my back is warm", "leg_weakness"),
    ("I haven't checked my temperature but I'm roasting", "high_fever"),
    ("I was in tears last night, my back is on fire", "severe_pain"),
    ("I slipped on the ice last week and now my back is warm", "trauma"),
])
def test_a_word_that_points_at_a_red_flag_hints_at_it(text, finding):
    assert finding in hinted(text), hinted(text)


@pytest.mark.parametrize("text", [
    "my lower back is warm",
    "burning between my shoulder blades since Tuesday",
    "I fell asleep on the sofa with a heat pad",  # an ignore entry took "fell"
])
def test_plain_descriptions_hint_at_nothing(text):
    assert hinted(text) == []


def test_a_red_flag_already_stated_is_not_hinted():
    assert "collapse" not in hinted("I fainted and I still feel dizzy")


def test_a_red_flag_already_denied_is_not_hinted():
    assert "collapse" not in hinted("I haven't fainted but I feel dizzy")


@pytest.mark.parametrize("text", ["no dizziness", "I'm not dizzy at all", "never been dizzy"])
def test_a_denied_hint_word_hints_at_nothing(text):
    assert "collapse" not in hinted(text)


def test_a_word_inside_another_finding_is_not_a_hint():
    """"pee" in "burning when I pee" is the urinary symptom, not a hint of bladder trouble."""
    assert "bladder_bowel_dysfunction" not in hinted("it's burning when I pee")


def test_hints_come_most_dangerous_first_and_are_capped():
    got = hinted("I went dizzy, slipped on the stairs and now my legs feel funny")
    order = SPEC.red_flags()
    assert len(got) <= MAX_HINTS
    assert got == sorted(got, key=order.index)
    assert got[0] == "collapse"


def _raw_with_hints(hints):
    with open(LEXICON_PATH, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    raw["hints"] = hints
    return raw


def test_a_hint_for_an_unknown_symptom_is_refused():
    with pytest.raises(LexiconError, match="hints.no_such_finding"):
        build_lexicon(_raw_with_hints({"no_such_finding": {"phrases": ["dizzy"]}}))


def test_a_hint_for_a_finding_that_is_not_a_red_flag_fails_validation():
    lexicon = build_lexicon(_raw_with_hints({"diabetes": {"phrases": ["sugar"]}}))
    with pytest.raises(LexiconError, match="hints: 'diabetes' is not a red flag"):
        lexicon.validate(SPEC)


def test_hints_out_of_the_spec_order_fail_validation():
    lexicon = build_lexicon(_raw_with_hints({"trauma": {"phrases": ["slipped"]}, "collapse": {"phrases": ["dizzy"]}}))
    with pytest.raises(LexiconError, match="not in the spec's red-flag order"):
        lexicon.validate(SPEC)


def test_every_hinted_finding_is_a_red_flag_of_the_spec():
    from bot.nlu.lexicon import default_lexicon

    hints = default_lexicon().hints
    assert hints is not None
    assert {fid for fid, _ in hints.patterns} <= set(SPEC.red_flags())


# ------------------------------------------------ asked about, feared, long ago


def symptoms(text):
    return {(e["value"], e.get("role") == "negated") for e in extract(text) if e["entity"] == "symptom"}


@pytest.mark.parametrize("text, finding", [
    ("would I need A&E if my legs went weak?", "leg_weakness"),
    ("if I lose control of my bladder is that an emergency?", "bladder_bowel_dysfunction"),
    ("what's classed as a really high temperature?", "high_fever"),
    ("I'm scared I'll faint when I'm out shopping", "collapse"),
    ("should I worry about tearing pain with this?", "tearing_pain"),
    ("how do I know if it's numb down there?", "saddle_numbness"),
    ("my physio said to look out for numb legs", "leg_numbness"),
    # Advice read somewhere, in the second person (fifteenth round).
    ("an article said if you lose control of your bladder go to A&E", "bladder_bowel_dysfunction"),
    ("apparently if someone's legs go weak with back pain it's urgent?", "leg_weakness"),
])
def test_a_red_flag_only_asked_about_is_hinted_not_stated(text, finding):
    """A question, a fear or advice names the red flag: it is asked first, never recorded."""
    assert finding in hinted(text), (text, hinted(text))
    assert (finding, False) not in symptoms(text)


@pytest.mark.parametrize("text, cause", [
    ("Can being diabetic lead to a burning back?", "diabetes"),
    ("could a tumble off a stepladder cause this heat in my spine?", "trauma"),
    ("would steroid tablets make my back feel hot like this?", "osteoporosis_or_steroids"),
])
def test_a_cause_asked_about_is_not_recorded(text, cause):
    """"Does diabetes cause numb feet?" says nothing of having diabetes (it was recorded: over-triage with a fever)."""
    assert (cause, False) not in symptoms(text), symptoms(text)


@pytest.mark.parametrize("text, cause", [
    ("Being diabetic can lead to this, can't it? I am diabetic.", "diabetes"),
    ("Does my diabetes make the burning worse?", "diabetes"),
    ("My diabetes could cause this. My back burns.", "diabetes"),
])
def test_a_cause_said_of_oneself_is_still_recorded(text, cause):
    assert (cause, False) in symptoms(text), symptoms(text)


@pytest.mark.parametrize("text, finding", [
    ("my colleague passed out at the office party, different story, I just have a hot back", "collapse"),
    ("my sister's legs went numb after her epidural, mine haven't, it's only my back that burns", "leg_numbness"),
    ("a guy at work came off his motorbike, not me, my back is just warm", "trauma"),
    # An adverb inside the other person's clause does not end it (fifteenth round).
    ("my uncle only ever fainted the once, at his wedding; I'm asking for myself, my back feels hot", "collapse"),
    ("my friend still has weak legs from her accident, not me though, my back is warm", "leg_weakness"),
])
def test_someone_elses_red_flag_set_apart_from_the_writer_is_asked_not_reported(text, finding):
    """Asked first: if it is the patient after all, the answer escalates."""
    assert finding in hinted(text), (text, hinted(text))
    assert (finding, False) not in symptoms(text)


@pytest.mark.parametrize("text, finding", [
    ("my dad collapsed in the kitchen and his back is burning", "collapse"),
    ("it's not me, it's my husband, he collapsed an hour ago and his back is hot", "collapse"),
    ("my son fell off the roof, he's the one with the burning back", "trauma"),
])
def test_a_carers_report_of_the_patient_is_still_reported(text, finding):
    assert (finding, False) in symptoms(text)


def test_an_adverb_that_leads_the_writers_own_clause_still_ends_the_other_persons():
    # "only my legs went weak" is the writer's: reported, whatever the not_me cue later.
    assert ("leg_weakness", False) in symptoms("my wife says I'm fine only my legs went weak, I'm just asking")


@pytest.mark.parametrize("text, finding", [
    ("my legs go weak if I stand for long", "leg_weakness"),
    ("if I get up my legs give way, is that bad?", "leg_weakness"),
    ("my legs are numb, is that serious?", "leg_numbness"),
])
def test_a_condition_or_a_question_after_the_finding_still_states_it(text, finding):
    assert (finding, False) in symptoms(text)


@pytest.mark.parametrize("text, finding", [
    ("passed out once as a teenager at the dentist, nothing since", "collapse"),
    ("came off my bike in 2009, that's long gone", "trauma"),
    ("back in my twenties I had a horrible fever with glandular fever", "fever"),
    ("had a urine infection years ago, antibiotics cleared it up", "urinary_symptoms"),
])
def test_a_red_flag_long_ago_is_not_reported_nor_hinted(text, finding):
    assert (finding, False) not in symptoms(text)
    assert finding not in hinted(text)


@pytest.mark.parametrize("text, finding", [
    ("I fainted years ago and fainted again this morning", "collapse"),
    ("I've had a fever since last year", "fever"),
    ("lost weight over the last year without trying", "weight_loss"),
    ("I had cancer years ago and now my legs are numb", "leg_numbness"),
])
def test_a_red_flag_back_now_or_ongoing_is_reported(text, finding):
    assert (finding, False) in symptoms(text)


@pytest.mark.parametrize("text, finding", [
    ("I fainted two years back and now my back burns", "collapse"),
    ("crashed the quad bike years ago, but now I get this burning", "trauma"),
    ("had a really high fever in my twenties and now my back feels warm", "high_fever"),
])
def test_a_now_that_opens_the_next_clause_does_not_bring_a_red_flag_long_ago_back(text, finding):
    # "... and now my back burns": the "now" is the burning's, not the faint's.
    assert (finding, False) not in symptoms(text)


@pytest.mark.parametrize("text, finding", [
    ("my legs have always been a bit weak with my MS, nothing new, back warm this week", "leg_weakness"),
    ("I've been incontinent for years, nothing new there, my back has been warm since this morning",
     "bladder_bowel_dysfunction"),
])
def test_a_long_standing_sign_is_not_reported_when_the_new_time_is_another_clauses(text, finding):
    # The week (or the morning) is the back's, not the sign's; the red-flag screen still asks it.
    assert (finding, False) not in symptoms(text)


@pytest.mark.parametrize("text, finding", [
    ("fainted years ago and now again, back hot", "collapse"),
    ("I collapsed years ago and now I keep collapsing", "collapse"),
])
def test_a_now_in_the_red_flags_own_clause_still_brings_it_back(text, finding):
    assert (finding, False) in symptoms(text)


def test_a_history_finding_long_ago_is_still_a_history_finding():
    assert ("cancer_history", False) in symptoms("I had breast cancer in my forties")
