"""Unit tests of the lexicon entity extractor alone (no Rasa training)."""

from __future__ import annotations

import pytest

from bot.nlu import extract
from bot.nlu.lexicon import NEGATED


def triples(text):
    return {(e["entity"], e["value"], e.get("role") == NEGATED) for e in extract(text)}


def has(text, entity, value, negated=False):
    got = triples(text)
    assert (entity, value, negated) in got, f"{text!r}: expected {(entity, value, negated)}, got {sorted(got)}"


def lacks(text, entity, value):
    got = triples(text)
    assert not any(t[:2] == (entity, value) for t in got), f"{text!r}: did not expect {value}, got {sorted(got)}"


# --- every canonical value, from several phrasings ---------------------------

SYMPTOM_PHRASINGS = {
    "collapse": ["I fainted this morning", "I passed out in the shower", "I feel like I'm going to black out"],
    "chest_pain": ["I have chest pain", "there's pressure in my chest", "my chest feels tight"],
    "tearing_pain": ["a tearing pain in my back", "it feels like something ripped", "ripping pain"],
    "paralysis": ["I can't move my legs", "I'm paralysed", "I can't feel my legs"],
    "severe_burn": ["I have a severe burn", "a chemical burn on my back", "second degree burn"],
    "bladder_bowel_dysfunction": ["I lost control of my bladder", "I wet myself", "I can't pee"],
    "saddle_numbness": ["numbness in my groin", "I can't feel my groin", "my bum feels numb"],
    "leg_weakness": ["my legs feel weak", "my legs keep giving way", "I have trouble walking"],
    "high_fever": ["I have a very high fever", "my temperature is 40 degrees", "104F"],
    "severe_pain": ["the pain is unbearable", "it's 9 out of 10", "excruciating"],
    "trauma": ["I was in a car accident", "I fell off a ladder", "I fell down the stairs"],
    "fever": ["I have a fever", "I've got the chills", "feeling feverish"],
    "leg_numbness": ["numbness in my legs", "pins and needles in my feet", "my feet are numb"],
    "rash": ["I have a rash", "there are blisters", "red bumps on my back"],
    "one_sided_band": ["a band on one side", "it wraps around my side", "like a belt"],
    "urinary_symptoms": ["it burns when I pee", "blood in my urine", "I'm peeing all the time"],
    "weight_loss": ["I've lost weight", "I lost 6 kg", "my clothes are getting loose"],
    "night_sweats": ["I have night sweats", "I wake up drenched", "sweating at night"],
    "iv_drug_use": ["I inject drugs", "I'm an IV drug user", "I used to shoot up"],
    "immunosuppressed": ["I have a weak immune system", "I'm immunocompromised", "I'm HIV positive"],
    "cancer_history": ["I had cancer", "I had a tumour removed", "I'm in remission from lymphoma"],
    "osteoporosis_or_steroids": ["I have osteoporosis", "I take steroid tablets", "I'm on prednisolone"],
    "recent_strain": ["I pulled a muscle", "I lifted something heavy", "I was moving furniture"],
    "back_history": ["I've had back problems before", "I have a bad back", "I had a slipped disc"],
    "external_heat_source": ["I use a heating pad", "I sleep on memory foam", "I had a hot bath"],
    "radiating_leg_pain": ["the pain shoots down my leg", "I have sciatica", "burning going down my left leg"],
    "hot_flashes": ["I get hot flashes", "hot flushes at night", "waves of heat"],
    "heat_intolerance": ["I'm always too hot", "I can't stand the heat", "I have an overactive thyroid"],
    "anxiety": ["I've been anxious", "I have panic attacks", "anxiety"],
    "sunburn": ["I have sunburn", "I got sunburnt", "my back is sunburned"],
}

OTHER_PHRASINGS = {
    ("body_location", "upper_back"): ["my upper back", "the top of my back", "uper back"],
    ("body_location", "middle_back"): ["the middle of my back", "mid back", "midback"],
    ("body_location", "lower_back"): ["my lower back", "lowerback", "the small of my back"],
    ("body_location", "flank"): ["my flank", "below my ribs on the side", "around my kidneys"],
    ("body_location", "between_shoulder_blades"): ["between my shoulder blades", "between the shoulderblades"],
    ("body_location", "whole_back"): ["my whole back", "all over my back", "my entire back"],
    ("sensation", "burning"): ["it burns", "burning", "burnin", "on fire"],
    ("sensation", "warmth"): ["it's warm", "it feels hot", "heat in my back"],
    ("sensation", "tingling"): ["tingling", "it tingles", "pins and needles in my back"],
    ("sensation", "electric"): ["electric shocks", "zapping", "like an electric shock"],
    ("sensation", "itching"): ["itchy", "it itches", "itching"],
    ("sensation", "aching"): ["it aches", "a dull ache", "sore"],
    ("sensation", "sharp"): ["sharp", "stabbing pain", "like a knife"],
    ("medication", "antidepressant"): ["I take sertraline", "I'm on prozac", "antidepressants"],
    ("medication", "adhd_stimulant"): ["I take adderall", "ritalin", "my ADHD meds"],
    ("medication", "muscle_relaxant"): ["a muscle relaxant", "cyclobenzaprine", "baclofen"],
    ("medication", "hormonal_therapy"): ["I'm on HRT", "tamoxifen", "hormone therapy"],
    ("medication", "chemotherapy"): ["I'm on chemo", "chemotherapy", "I'm having chemo"],
}


@pytest.mark.parametrize("value,text", [(v, t) for v, ts in SYMPTOM_PHRASINGS.items() for t in ts])
def test_each_symptom_from_several_phrasings(value, text):
    has(text, "symptom", value)


@pytest.mark.parametrize("key,text", [(k, t) for k, ts in OTHER_PHRASINGS.items() for t in ts])
def test_each_location_sensation_and_medication(key, text):
    has(text, *key)


def test_phrasing_table_covers_every_symptom_value():
    from bot.clinical.engine import default_spec

    assert set(SYMPTOM_PHRASINGS) == set(default_spec().yes_no_findings())


def test_output_format():
    [ent] = extract("no fever")
    assert ent == {"entity": "symptom", "value": "fever", "start": 3, "end": 8, "text": "fever", "role": "negated"}
    [ent] = extract("My LOWER BACK")
    assert ent["value"] == "lower_back" and ent["text"] == "LOWER BACK" and "role" not in ent
    assert extract("") == [] and extract("hello there") == []


# --- negation scope -----------------------------------------------------------

def test_negation_stops_at_but():
    got = triples("no fever but my back burns")
    assert got == {("symptom", "fever", True), ("sensation", "burning", False)}


def test_havent_lost_control_of_bladder_is_negated():
    assert triples("I haven't lost control of my bladder") == {
        ("symptom", "bladder_bowel_dysfunction", True)}


def test_cant_feel_my_legs_is_asserted():
    has("I can't feel my legs", "symptom", "paralysis")
    has("can't feel my groin", "symptom", "saddle_numbness")
    has("i cant pee", "symptom", "bladder_bowel_dysfunction")


@pytest.mark.parametrize("text,value", [
    ("no fever", "fever"),
    ("I don't have a rash", "rash"),
    ("without any rash", "rash"),
    ("denies chest pain", "chest_pain"),
    ("I've never had cancer", "cancer_history"),
    ("I haven't lost weight", "weight_loss"),
    ("I'm not anxious", "anxiety"),
    ("not feverish", "fever"),
    ("I don't think I have a fever", "fever"),
    ("my legs aren't weak", "leg_weakness"),
    ("the pain isn't severe", "severe_pain"),
    ("the rash has gone", "rash"),
    ("nope, no night sweats", "night_sweats"),
])
def test_negation_triggers(text, value):
    has(text, "symptom", value, negated=True)


@pytest.mark.parametrize("text,negated,asserted", [
    ("no fever, chills or night sweats", ["fever", "night_sweats"], []),
    ("no rash although it itches", ["rash"], []),
    ("no fever however my legs feel weak", ["fever"], ["leg_weakness"]),
    ("no fever, just numb feet", ["fever"], ["leg_numbness"]),
    ("no rash. I have a fever", ["rash"], ["fever"]),
    ("no chest pain but I fainted", ["chest_pain"], ["collapse"]),
    ("no fever, can't feel my groin", ["fever"], ["saddle_numbness"]),
    ("I don't have a fever and I have a rash", ["fever"], ["rash"]),
    ("No I do have a fever", [], ["fever"]),
    ("no, my legs are numb", [], ["leg_numbness"]),
])
def test_negation_scope(text, negated, asserted):
    got = triples(text)
    for value in negated:
        assert ("symptom", value, True) in got, (text, got)
        assert ("symptom", value, False) not in got, (text, got)
    for value in asserted:
        assert ("symptom", value, False) in got, (text, got)
        assert ("symptom", value, True) not in got, (text, got)


def test_scope_ends_after_a_few_words():
    has("I don't know why but there's a rash", "symptom", "rash")
    has("nothing I do seems to stop it and I also wake up with night sweats", "symptom", "night_sweats")


def test_pseudo_negations_are_not_negations():
    has("it won't stop burning", "sensation", "burning")
    has("the burning never goes away", "sensation", "burning")
    has("nothing helps the burning", "sensation", "burning")
    has("not only burning but tingling", "sensation", "burning")


def test_negated_location_and_sensation():
    got = triples("it's not in my lower back, it's between my shoulder blades")
    assert ("body_location", "lower_back", True) in got
    assert ("body_location", "between_shoulder_blades", False) in got
    got = triples("not burning, more like tingling")
    assert got == {("sensation", "burning", True), ("sensation", "tingling", False)}


def test_uncertain_and_hypothetical_mentions_are_not_reported():
    assert triples("I'm not sure if I have a fever") == set()
    assert triples("I don't know whether I've lost weight") == set()
    assert triples("could it be cancer?") == set()
    assert triples("my mum had breast cancer") == set()
    assert triples("family history of osteoporosis") == set()


def test_partial_findings_denied_say_nothing():
    assert triples("I'm not short of breath") == set()
    assert triples("I don't take steroids") == set()
    has("I'm short of breath", "symptom", "chest_pain")


# --- several findings, typos, numbers ---------------------------------------------

def test_several_findings_in_one_sentence():
    got = triples("lower back's been burnin since tues, no fever, can't feel my groin")
    assert got == {
        ("body_location", "lower_back", False),
        ("sensation", "burning", False),
        ("duration", "since tues", False),
        ("symptom", "fever", True),
        ("symptom", "saddle_numbness", False),
    }
    got = triples("fever of 38.5, burning when I pee and pain in my right flank for 3 days")
    assert {("symptom", "fever", False), ("symptom", "urinary_symptoms", False),
            ("body_location", "flank", False), ("duration", "3 days", False)} <= got
    assert ("sensation", "burning", False) not in got  # the burning is the urine's


@pytest.mark.parametrize("text,entity,value", [
    ("burnin", "sensation", "burning"),
    ("buring", "sensation", "burning"),
    ("lowerback", "body_location", "lower_back"),
    ("lower-back", "body_location", "lower_back"),
    ("feaver", "symptom", "fever"),
    ("itchey", "sensation", "itching"),
    ("shoulderblades", "body_location", "between_shoulder_blades"),
    ("I’m on Zoloft", "medication", "antidepressant"),
    ("tinglin", "sensation", "tingling"),
])
def test_typos_and_spellings(text, entity, value):
    has(text, entity, value)


@pytest.mark.parametrize("text,value,negated", [
    ("40 degrees", "high_fever", False),
    ("39.5C", "high_fever", False),
    ("39.4 °C", "high_fever", False),
    ("104F", "high_fever", False),
    ("103 fahrenheit", "high_fever", False),
    ("temp of 39", "fever", False),
    ("38 degrees", "fever", False),
    ("my temperature is 39.3", "fever", False),
    ("100.4F", "fever", False),
    ("102.9 F", "fever", False),
    ("temperature 101", "fever", False),
    ("my temp was 37.2", "fever", True),
    ("98.6 fahrenheit", "fever", True),
    ("9 out of 10", "severe_pain", False),
    ("8/10", "severe_pain", False),
    ("10/10", "severe_pain", False),
    ("ten out of ten", "severe_pain", False),
    ("7-8/10", "severe_pain", False),
    ("about 4 out of 10", "severe_pain", True),
    ("3/10", "severe_pain", True),
])
def test_numbers(text, value, negated):
    has(text, "symptom", value, negated)


def test_ages_are_not_temperatures_or_durations():
    assert triples("I'm 39") == set()
    assert triples("I'm 52 years old") == set()
    assert triples("52 y/o female") == set()


@pytest.mark.parametrize("text,words", [
    ("three days", "three days"),
    ("since tuesday", "since tuesday"),
    ("2 weeks", "2 weeks"),
    ("for a couple of days", "a couple of days"),
    ("it started yesterday", "yesterday"),
    ("about a week ago", "a week ago"),
    ("for the past 10 days", "past 10 days"),
    ("since last week", "since last week"),
])
def test_durations_are_the_words_as_written(text, words):
    durations = [e["value"] for e in extract(text) if e["entity"] == "duration"]
    assert durations == [words]


def test_durations_ignore_frequencies():
    assert [e for e in extract("I take it twice a day") if e["entity"] == "duration"] == []


def test_chemotherapy_implies_immunosuppression_and_cancer():
    got = triples("I'm on chemo")
    assert got == {("medication", "chemotherapy", False), ("symptom", "immunosuppressed", False),
                   ("symptom", "cancer_history", False)}
    assert triples("not on chemo") == {("medication", "chemotherapy", True)}


def test_ignored_phrases():
    assert triples("I fell asleep on the sofa") == set()
    assert triples("I had heartburn") == set()
    lacks("I have a steroid inhaler", "symptom", "osteoporosis_or_steroids")
