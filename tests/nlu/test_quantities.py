"""Quantities (bot/nlu/quantities.py): durations, ages, temperatures, pain scores.

One owner for numbers said in words: the NLU parses them here and reports the
parsed values with its entities (a `duration` has `days`, an `age` has
`years`); the interview reads only those values (tests/unit/test_interview.py).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from bot.nlu import extract
from bot.nlu.evaluation import load_heldout
from bot.nlu.lexicon import LEXICON_PATH, LexiconError, build_lexicon
from bot.nlu.merge import merge_entities
from bot.nlu.quantities import (
    Quantities,
    QuantitiesError,
    age_years,
    default_quantities,
    duration_days,
    osa_distance,
    pain_score,
    temperature,
)

TODAY = dt.date(2024, 5, 16)  # a Thursday
ROOT = Path(__file__).resolve().parents[2]
ANNOTATION = re.compile(r"\[([^\]]*)\](\{[^}]*\}|\(([^)]*)\))")


def raw_lexicon():
    return yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------
# Durations: days since the onset

DURATIONS = [
    # issue 9: read the same everywhere (the interview used to read 7 days)
    ("a couple of weeks", 14), ("couple of weeks", 14), ("a couple weeks", 14),
    ("a fortnight", 14), ("2 weeeks", 14), ("since the weekend", 5), ("since Tuesday", 2),
    ("since tuesday", 2), ("since tues", 2), ("3 days", 3), ("since last month", 30),
    ("a few hours", 0.125), ("yesterday", 1), ("this morning", 0),
    # "for ages": at least two weeks (any value >= 14 reads the same in the
    # spec's rules); 30 days, "a month or more".
    ("for ages", 30),
    # numbers and quantities
    ("three days", 3), ("for 3 days", 3), ("two days ago", 2), ("10 days", 10), ("twenty one days", 21),
    ("a week", 7), ("last week", 7), ("2 weeks", 14), ("two weeks", 14), ("a month", 30),
    ("about a month ago", 30), ("a year", 365), ("five years ago", 365 * 5), ("a few days", 3),
    ("several days", 4), ("a couple of days ago", 2), ("past 10 days", 10), ("over the past few days", 3),
    ("3 weeks now", 21), ("a week now", 7), ("an hour ago", 0.042), ("a few minutes ago", 0.002),
    ("half a day", 0.5), ("2 and a half weeks", 17.5), ("a week and a half", 10.5), ("1.5 weeks", 10.5),
    # ranges: the larger end
    ("2-3 days", 3), ("2 to 3 weeks", 21), ("two or three weeks", 21),
    # a plural unit without a quantity: a few of them
    ("for days", 3), ("for weeks", 21), ("for months", 90), ("for years", 365 * 3),
    # typos of units, by edit distance (none of them is listed)
    ("3 dys", 3), ("5 dayz", 5), ("2 mnths", 60), ("3 yeras", 365 * 3), ("4 weks", 28), ("2 wekks", 14),
    ("6 hourz", 0.25), ("a fortnihgt", 14), ("about 3 wks", 21), ("2 hrs", 0.083),
    # points in time
    ("last night", 1), ("since last night", 1), ("since yesterday", 1), ("today", 0), ("tonight", 0),
    ("since the day before yesterday", 2), ("the night before last", 2), ("since yday", 1),
    ("the other day", 3), ("last year", 365), ("since this morning", 0),
    # weekdays, counted back from Thursday 16 May 2024
    ("since Monday", 3), ("on Monday", 3), ("last Monday", 3), ("since monday morning", 3),
    ("since wednesday", 1), ("since thursday night", 7), ("on saturday", 5), ("since fri", 6),
    ("since last weekend", 5),
    ("since christmas", 143), ("since new year", 136),
]


@pytest.mark.parametrize("text, days", DURATIONS)
def test_durations(text, days):
    assert duration_days(text, today=TODAY) == pytest.approx(days, abs=0.001)


@pytest.mark.parametrize("text", [
    "", "banana", "I don't know", "it burns",
    "3",  # a number alone has no unit (the interview reads it as days only after asking for days)
    "a weak stream", "a mouth ulcer", "a wee bit", "my dads", "a fortnite now", "last time", "at night",
    "since the holidays",  # Christmas or the summer? not guessed
])
def test_no_duration(text):
    assert duration_days(text, today=TODAY) is None


@pytest.mark.parametrize("today, text, days", [
    (dt.date(2024, 5, 14), "since Tuesday", 7),  # on a Tuesday: a week ago
    (dt.date(2024, 5, 18), "since the weekend", 0),  # Saturday
    (dt.date(2024, 5, 19), "since the weekend", 1),  # Sunday
    (dt.date(2024, 5, 19), "since last weekend", 8),  # Sunday: the weekend before
    (dt.date(2024, 5, 20), "since the weekend", 2),  # Monday
    (dt.date(2024, 12, 24), "since christmas", 365),  # last year's
    (dt.date(2025, 1, 2), "since christmas", 8),
])
def test_durations_depend_on_today(today, text, days):
    assert duration_days(text, today=today) == days


def test_the_first_duration_of_a_sentence_is_its_duration():
    assert duration_days("my back has burned for 2 weeks, worse since yesterday", today=TODAY) == 14


@pytest.mark.parametrize("a, b, distance", [
    ("weeks", "weeks", 0), ("dayz", "days", 1), ("dys", "days", 1), ("mnths", "months", 1),
    ("yeras", "years", 1), ("fortnite", "fortnight", 3), ("abc", "xyz", 3),
])
def test_osa_distance(a, b, distance):
    assert osa_distance(a, b) == distance


@pytest.mark.parametrize("word, days", [
    ("weeks", 7), ("week", 7), ("wks", 7), ("weeeeeks", 7), ("weks", 7), ("dayz", 1), ("dys", 1),
    ("mnths", 30), ("monthes", 30), ("yeras", 365), ("hourz", 1 / 24), ("fortnihgt", 14), ("minuts", 1 / 1440),
    ("weak", None), ("mouth", None), ("wee", None), ("dads", None), ("yeah", None), ("fortnite", None),
    ("weekly", None), ("monthly", None), ("daily", None), ("time", None), ("dry", None), ("tour", None),
])
def test_units_by_edit_distance(word, days):
    got = default_quantities().unit_days(word)
    assert got == (pytest.approx(days) if days is not None else None)


def test_the_words_come_from_the_lexicon():
    raw = raw_lexicon()
    q = default_quantities()
    assert q.units["fortnight"] == 14 and q.weekdays["tues"] == 1 and q.number_words["sixty"] == 60
    raw = copy.deepcopy(raw)
    raw["duration"]["units"]["decade"] = 3650
    raw["numbers"]["words"]["dozen"] = 12
    custom = Quantities.from_raw(raw)
    assert custom.duration_days("a decade ago", TODAY) == 3650
    assert custom.duration_days("a dozen days", TODAY) == 12
    assert default_quantities().duration_days("a decade ago", TODAY) is None


def test_a_malformed_duration_section_is_an_error():
    raw = copy.deepcopy(raw_lexicon())
    raw["duration"]["units"]["week"] = "seven"
    with pytest.raises(QuantitiesError):
        Quantities.from_raw(raw)
    with pytest.raises(LexiconError, match="units.week"):
        build_lexicon(raw)
    raw = copy.deepcopy(raw_lexicon())
    raw["duration"]["abbreviations"]["fn"] = "fortnite"
    with pytest.raises(LexiconError, match="unknown unit"):
        build_lexicon(raw)


# --------------------------------------------------------------------------
# Ages, said any way


@pytest.mark.parametrize("text, years", [
    ("I'm 67", 67), ("I’m 67", 67), ("im 67", 67), ("I am 67", 67), ("I am nearly 60", 60), ("67 yo", 67),
    ("67yo", 67), ("67 y/o female", 67), ("67 y.o.", 67), ("67 years old", 67), ("67 year old", 67),
    ("67-year-old man", 67), ("I'm 67 years old", 67), ("i'm 30 years", 30), ("I'm a 67 year old woman", 67),
    ("hi, 45 year old here", 45), ("aged sixty-seven", 67), ("aged 67", 67), ("age: 52", 52),
    ("my age is 44", 44), ("at the age of 70", 70), ("I'm fifty two", 52), ("I'm fifty-two", 52),
    ("I'm twenty", 20), ("I'm 87 next week", 87), ("I'm 39", 39),
    # decades: their first year (so the spec's 50 and 60 thresholds read right)
    ("I'm in my seventies", 70), ("in my 70s", 70), ("in my late 50s", 57), ("I'm early sixties", 60),
    ("in my mid-forties", 44),
    # born in: this year minus the year (the older of the two possible ages)
    ("born in 1958", 66), ("I was born in '58", 66), ("dob 12/03/1958", 66), ("born 2001", 23),
])
def test_ages(text, years):
    assert age_years(text, today=TODAY) == years


@pytest.mark.parametrize("text", [
    "", "pensioner", "I'm retired", "old enough", "I'm 150",
    "I'm 12 weeks pregnant", "I'm 3 days post op", "I'm 2 hours away", "I'm 100% sure", "I'm 6 foot",
    "I'm 5'8", "I'm 70kg", "I'm 8 out of 10", "I'm one of them", "stage 4 cancer", "52",
    # someone else's age
    "I have a 3 year old", "my 2 year old keeps me up", "my husband is 67 years old", "my son was born in 2019",
])
def test_no_age(text):
    assert age_years(text, today=TODAY) is None


# --------------------------------------------------------------------------
# Temperatures (spec: high fever 39.4 °C / 103 °F; fever from 38 °C / 100.4 °F)


@pytest.mark.parametrize("text, finding, negated, unit", [
    ("39.5C", "high_fever", False, "C"), ("39.4 °C", "high_fever", False, "C"),
    ("40 degrees", "high_fever", False, "C"),
    ("a temperature of 39.8c", "high_fever", False, "C"), ("temp of thirty nine point five", "high_fever", False, "C"),
    ("38.5°C", "fever", False, "C"), ("38 degrees", "fever", False, "C"), ("temp of 39", "fever", False, "C"),
    ("temp 38,5", "fever", False, "C"), ("39 celcius", "fever", False, "C"), ("temp: 38.9", "fever", False, "C"),
    ("my temp was 37.2", "fever", True, "C"),
    # Fahrenheit, in a first message (issue 9)
    ("103F", "high_fever", False, "F"), ("I have a fever of 103F", "high_fever", False, "F"),
    ("temp of 104", "high_fever", False, "F"), ("fever 103 f", "high_fever", False, "F"),
    ("I had 103°F last night", "high_fever", False, "F"), ("it was 103.5f", "high_fever", False, "F"),
    ("a 103 fever", "high_fever", False, "F"), ("temp's 103", "high_fever", False, "F"),
    ("103 farenheit", "high_fever", False, "F"), ("fever of a hundred and three", "high_fever", False, "F"),
    ("102.5 degrees", "fever", False, "F"), ("my temperature is 102.5 degrees", "fever", False, "F"),
    ("fever of 101.3 F", "fever", False, "F"), ("running a 102", "fever", False, "F"),
    ("a 102 temperature", "fever", False, "F"), ("100.4F", "fever", False, "F"), ("102.9 F", "fever", False, "F"),
    ("temperature 101", "fever", False, "F"), ("98.6 fahrenheit", "fever", True, "F"),
    # A reading with one decimal needs no context word; nor does one said in words (issue 9).
    ("39.4 and still going up", "high_fever", False, "C"), ("38.6 this morning", "fever", False, "C"),
    ("it's 102.6 and climbing", "fever", False, "F"), ("thirty nine point seven", "high_fever", False, "C"),
    ("thirty-eight and a half", "fever", False, "C"), ("temp 38 and a half", "fever", False, "C"),
    ("mujhe 104 bukhar hai", "high_fever", False, "F"),
    # A decimal said without "point" (the thermometer's digits read out)
    ("thermometer says thirty nine eight", "high_fever", False, "C"),
    ("temp thirty-nine nine", "high_fever", False, "C"), ("temperature thirty eight five", "fever", False, "C"),
    # Said digit by digit from a hundred (sixteenth round: "one-oh-three point five").
    ("the thermometer reads one oh three", "high_fever", False, "F"),
    ("temp one-oh-one point two", "fever", False, "F"),
    # Digits and a half before the context word (seventeenth round).
    ("a 39 and a half degree fever", "high_fever", False, "C"),
    ("38 and half degrees temperature", "fever", False, "C"),
])
def test_temperatures(text, finding, negated, unit):
    reading = temperature(text)
    assert (reading.finding, reading.negated, reading.unit) == (finding, negated, unit)


@pytest.mark.parametrize("text", ["I'm 39", "it's 39 cats", "I'm 67", "room 101", "3 days", "60 degrees",
                                  # one decimal, but a weight, money, a unit or out of the fever ranges
                                  "I lost 38.5 kilos", "my bmi is 38.5", "sugar was 39.5", "£39.5",
                                  "38.5 hours a week", "37.2 this morning", "12.5", "I'm 38.5 weeks pregnant",
                                  "I'm thirty nine", "my kids are twenty one and nine"])
def test_not_a_temperature(text):
    assert temperature(text) is None


# --------------------------------------------------------------------------
# Pain scores: severe_pain from 8 out of 10


@pytest.mark.parametrize("text, score, severe", [
    ("9 out of 10", 9, True), ("8/10", 8, True), ("10/10", 10, True), ("ten out of ten", 10, True),
    ("7-8/10", 8, True), ("a 9 on the pain scale", 9, True), ("pain level 8", 8, True),
    ("pain score of 9", 9, True), ("on a scale of 1 to 10 it's a 9", 9, True), ("8 on a scale of 1 to 10", 8, True),
    ("about 4 out of 10", 4, False), ("3/10", 3, False), ("7.5/10", 7.5, False), ("seven out of ten", 7, False),
    # Off the scale after a pain word; a severe score said alone (issue 9).
    ("pain level about a 12", 10, True), ("my pain is a 15", 10, True),
    ("I'd say perhaps an 8", 8, True), ("this is a 9", 9, True), ("it's a ten", 10, True),
    # A rating said as such, with no scale (issue 9, eighth round).
    ("like 11 out of 10", 10, True), ("id rate it an 8", 8, True), ("I'd give the burning a solid 9", 9, True),
    ("I'd rate it a 3", 3, False),
    # "N on 10" (Indian English).
    ("10 on 10", 10, True), ("pain is 9 on 10", 9, True), ("4 on 10", 4, False),
    # "N of 10", "N from 10" (sixteenth round: translated English).
    ("ten of 10, I can't move", 10, True), ("it is 3 from 10", 3, False),
    # Off the scale written with a slash, after anything but a date's word (seventeenth round).
    ("honestly it's 14/10 today", 10, True), ("the burning is 11/10", 10, True),
    # The scale asked, then answered (twenty-first round).
    ("On a scale of one to ten? Easily a nine.", 9, True), ("on a scale of 1-10: 4", 4, False),
    # A number put on it, after a comma (twenty-seventh round).
    ("if you want a figure on it - I'd say 9", 9, True), ("putting a score to the pain, about 3", 3, False),
])
def test_pain_scores(text, score, severe):
    found = pain_score(text)
    assert (found.value, found.finding, found.negated) == (score, "severe_pain", not severe)


@pytest.mark.parametrize("text", ["12/10", "since 12/10", "the GP can see me on 11/10",
                                  "2 of 10 tablets", "9 of 10 doctors agree", "one of ten people",
                                  "I'm 8", "8 days",
                                  # a number said alone is a score only when severe, and not a count of things
                                  "it's a 2", "it's a 9 year old mattress", "it's a 10 minute walk",
                                  "it's an 8 hour shift", "it's a 3 bed house",
                                  "I gave it 5 stars", "I'd rate it 4 points above the last one",
                                  "put a number on it, 8 out of the 12 nights I was up"])
def test_not_a_pain_score(text):
    assert pain_score(text) is None


@pytest.mark.parametrize("text, scores", [
    ("the burning was about a 4 at lunch, now it's 9", [4, 9]),
    ("3/10 when I woke, now a solid 8", [3, 8]),
    # "now" and a number before any score, or with a unit, is no score.
    ("now 9 days of this and the pain is 3/10", [3]),
    ("pain 4/10, now 2 weeks in", [4]),
])
def test_after_a_score_now_and_a_number_is_the_next_score(text, scores):
    assert [f.value for f in default_quantities().pain_scores(text)] == scores


# --------------------------------------------------------------------------
# The extractor reports them with their parsed values


def entities(text, entity=None):
    return [e for e in extract(text, today=TODAY) if entity is None or e["entity"] == entity]


def test_duration_entities_keep_the_words_and_add_days():
    assert entities("burning for a couple of weeks", "duration") == [
        {"entity": "duration", "value": "a couple of weeks", "start": 12, "end": 29, "text": "a couple of weeks",
         "days": 14.0}]
    assert [(e["value"], e["days"]) for e in entities("my back's been hot since the weekend, and 2 weeeks before")
            if e["entity"] == "duration"] == [("since the weekend", 5.0), ("2 weeeks", 14.0)]


def test_age_entities():
    assert entities("67 yo, my lower back is burning", "age") == [
        {"entity": "age", "value": "67", "start": 0, "end": 5, "text": "67 yo", "years": 67}]
    assert [e["years"] for e in entities("I'm in my seventies and it burns", "age")] == [70]
    assert entities("I have a 3 year old", "age") == []


def test_number_entities_are_numbers_said_alone():
    assert entities("52", "number") == [{"entity": "number", "value": "52", "start": 0, "end": 2, "text": "52",
                                         "number": 52}]
    assert [e["number"] for e in entities("about fifty two I think", "number")] == [52]
    # A number inside another quantity or finding is not alone.
    for text in ["I'm 52", "3 days", "temp of 101", "8/10", "I'm running a temp of 101", "I lost 5 kg"]:
        assert entities(text, "number") == [], text


@pytest.mark.parametrize("text, finding", [
    ("103F and my back is burning", "high_fever"), ("temp of 104, lower back hot", "high_fever"),
    ("102.5 degrees since yesterday", "fever"), ("I've got a 103 fever and my back burns", "high_fever"),
])
def test_fahrenheit_in_a_first_message(text, finding):
    found = [e for e in entities(text, "symptom") if e["value"] in ("fever", "high_fever")]
    assert [(e["value"], e.get("role"), e["unit"]) for e in found] == [(finding, None, "F")]


@pytest.mark.parametrize("text, value", [
    ("no rash, temp of 39.5", "high_fever"), ("no rash, temperature of 38.5", "fever"),
    ("no fever, 8/10 pain", "severe_pain"), ("not feverish but my temp is 103F", "high_fever"),
])
def test_a_reading_is_not_negated_by_the_words_around_it(text, value):
    """The reading decides: a denial earlier in the list does not reach it."""
    assert (value, None) in [(e["value"], e.get("role")) for e in entities(text, "symptom")]


@pytest.mark.parametrize("text, value, temperature", [
    ("having high temperature 103 with chills", "high_fever", 103.0),
    ("high temperature 100.5", "fever", 100.5), ("a high fever of 39.9", "high_fever", 39.9),
])
def test_a_reading_wins_over_the_fever_words_it_overlaps(text, value, temperature):
    """"high temperature 103": the words say fever, the reading how high; one entity, the reading's."""
    found = [e for e in entities(text, "symptom") if e["value"] in ("fever", "high_fever")]
    assert [(e["value"], e.get("role"), e["temperature"]) for e in found] == [(value, None, temperature)]


def test_a_normal_reading_is_a_denied_fever():
    assert [(e["value"], e.get("role"), e["temperature"]) for e in entities("temp 37.4", "symptom")] == [
        ("fever", "negated", 37.4)]


# --------------------------------------------------------------------------
# Every duration the extractor emits on the project's sentences has its days


def _sentences():
    out = []
    for name in ("heldout.yml", "heldout_blind.yml"):
        out += [e.text for e in load_heldout(Path(__file__).with_name(name))]
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if "intent" in block:
                for line in str(block["examples"]).splitlines():
                    if line.strip().startswith("- "):
                        out.append(ANNOTATION.sub(lambda m: m.group(1), line.strip()[2:]))
    return out


# What the durations of those sentences are meant to be (today: Thursday 16 May 2024).
INTENDED = {
    "a couple of weeks": 14, "a fortnight": 14, "3 dys": 3, "since the weekend": 5, "for months": 90,
    "for years": 1095, "past 10 days": 10, "10 days ago": 10,
    "a few minutes ago": 0.002, "an hour ago": 0.042, "since thursday night": 7, "on saturday": 5,
    "since tues": 2, "since monday morning": 3, "past month": 30,
    "a couple of days ago": 2, "3 weeks now": 21, "a week now": 7, "this morning": 0, "tonight": 0,
    "today": 0, "yesterday": 1, "since last night": 1, "a few days": 3, "three days": 3, "five days": 5,
}
# Times that date a past event in those sentences ("I had chemo two years ago"): no days.
DATING_PAST_EVENTS = {"two years ago", "five years ago", "last month", "last year"}


def test_every_duration_on_the_project_sentences_has_days():
    seen: dict = {}
    dated: set = set()
    for text in _sentences():
        for ent in entities(text, "duration"):
            if ent.get("dates") == "past_event":  # "I had chemo two years ago": no days (the test below)
                assert ent["days"] is None, (text, ent)
                dated.add(ent["value"].lower())
                continue
            days = ent.get("days")
            assert isinstance(days, float) and days >= 0, (text, ent)
            seen.setdefault(ent["value"].lower(), days)
    assert len(seen) >= 40
    missing = sorted(set(INTENDED) - set(seen))
    assert not missing, f"no longer found: {missing}"
    wrong = {w: (seen[w], d) for w, d in INTENDED.items() if seen[w] != pytest.approx(d, abs=0.001)}
    assert not wrong, wrong
    assert DATING_PAST_EVENTS <= dated


def test_diet_durations_get_days_or_are_dropped():
    text = "it started about 3 wks back and gets worse at night"
    diet = [{"entity": "duration", "value": "about 3 wks", "start": 11, "end": 22, "extractor": "DIETClassifier"},
            {"entity": "duration", "value": "at night", "start": 43, "end": 51, "extractor": "DIETClassifier"}]
    got = [(e["value"], e.get("days")) for e in merge_entities(text, diet) if e["entity"] == "duration"]
    assert got == [("about 3 wks", 21.0)]


def test_a_bare_number_does_not_block_what_diet_found():
    text = "lost 5 kg"
    ents = [{"entity": "number", "value": "5", "start": 5, "end": 6, "number": 5,
             "extractor": "LexiconEntityExtractor"},
            {"entity": "symptom", "value": "weight_loss", "start": 0, "end": 9, "extractor": "DIETClassifier"}]
    assert ("symptom", "weight_loss") in [(e["entity"], e["value"]) for e in merge_entities(text, ents)]


def test_payload_entities_get_their_parsed_values():
    """Entities of a structured payload (/inform{"duration": "yesterday"}) skip the NLU."""
    from bot.nlu.quantities import with_parsed_values

    got = with_parsed_values([
        {"entity": "duration", "value": "yesterday"}, {"entity": "duration", "value": "for ages"},
        {"entity": "duration", "value": "banana"}, {"entity": "age", "value": 52}, {"entity": "age", "value": "67 yo"},
        {"entity": "age", "value": "70"}, {"entity": "number", "value": "fifty two"},
        {"entity": "duration", "value": "a week", "days": 8.0}, {"entity": "symptom", "value": "fever"},
    ], today=TODAY)
    assert got == [
        {"entity": "duration", "value": "yesterday", "days": 1.0},
        {"entity": "duration", "value": "for ages", "days": 30.0},
        {"entity": "age", "value": 52, "years": 52}, {"entity": "age", "value": "67 yo", "years": 67},
        {"entity": "age", "value": "70", "years": 70}, {"entity": "number", "value": "fifty two", "number": 52.0},
        {"entity": "duration", "value": "a week", "days": 8.0}, {"entity": "symptom", "value": "fever"},
    ]


def test_an_age_does_not_hide_the_words_that_end_a_denial():
    """"no I'm 60 with a fever": "I'm" still ends the reach of the answer "no"."""
    assert ("fever", None) in [(e["value"], e.get("role")) for e in entities("no I'm 60 with a fever", "symptom")]
    assert ("fever", "negated") in [(e["value"], e.get("role")) for e in entities("I'm 60, no fever", "symptom")]


# A time that dates a past event is not how long the symptom has lasted (issue 9).
@pytest.mark.parametrize("text, days", [
    ("I had bowel cancer a couple of years back and now my back burns", None),
    ("had a heart attack five years ago, my back feels hot", None),
    ("I had an operation 2 weeks ago", None),
    ("my knee surgery 3 years ago, back burning for 4 days", 4),
    ("I'm 30 weeks pregnant and my lower back has been burning for 3 days", 3),
    ("broke my wrist last year. back is hot since yesterday", 1),
    ("my back has burned for 6 days", 6),
    ("burning started 2 weeks ago", 14),
    ("I had a slipped disc ten years ago, and since yesterday my lower back feels warm", 1),
    ("diabetic for 20 years, back hot for 2 days", 2),
    ("on steroid tablets for 6 years, and my back has been hot for 3 days", 3),
    ("taking warfarin for 2 years, back burning since the day before yesterday", 2),
    ("I've had a dodgy back for years but this burning feeling is new, since yesterday", 1),
    # A fall or an infection dated in its own clause (lay_final8, final9).
    ("had a bad fall off a ladder twenty years back. lower back burning for 2 days", 2),
    ("fell off a roof ten years back, now my lower back burns", None),
    ("had a water infection a month ago, back warm for 3 days", 3),
    ("my back has been hot for 5 days, had flu last month", 5),
    # A faint dated in its own clause (fifteenth round).
    ("I passed out two years back and now my back is on fire", None),
    ("blacked out once two years ago at a wedding. back warm for 3 days", 3),
    # How often, not how long (lay_cases_final12).
    ("my back flares up every couple of years, this time the warmth started 2 days ago", 2),
    ("it comes back every few months", None),
    # A weekday ahead is no duration (sixteenth round): "wait for my GP on Monday", "till Friday".
    ("numb bottom since this morning, can I hold on till Thursday?", 0),
    ("back burning, my appointment is on Wednesday, should I wait?", None),
    # How far along, after a comma (eighteenth round: "I'm expecting, about 30 weeks" was 210 days of symptoms).
    ("I'm expecting, around 24 weeks, and my back has been warm for 2 days", 2),
    ("pregnant, twenty weeks, lower back hot", None),
    # An activity dated in its own sentence (lay_cases_final15: "did his first rugby session on Tuesday. Now ...").
    ("played my first match on Sunday. Now my lower back feels warm", None),
    ("stood there for ages at the urinal, back burning since yesterday", 1),
    # A working life, a marriage or a clot dated (nineteenth round, lay_cases_final15's misread durations).
    ("bricklayer, thirty years on the tools, and the small of my back has been hot for 2 days", 2),
    ("she had a blood clot in her leg 3 years ago and her back has burned for a week", 7),
    ("married 40 years, never ill, back warm for 5 days", 5),
    # Where the writer has lived or worked (thirty-fourth round, lay_cases_final34: "I have lived abroad for years
    # now" was taken as 1095 days of symptoms).
    ("we've been living in Leeds for twelve years; the burning in my back started 3 days ago", 3),
    ("I worked at the docks for decades, and for four days my lower back has been warm", 4),
    # A day to come in its clause (forty-third round, lay_cases_final42: "before the committee comes round on
    # Saturday" was three days of symptoms on a Tuesday).
    ("the in-laws are coming round on Saturday and my lower back has been warm for 2 days", 2),
    ("we're meant to be moving house on Sunday, back hot since this morning", 0),
    ("my sister arrives on Friday, the burning started 2 days ago", 2),
    ("back burning, the committee comes round on Saturday", None),
])
def test_a_time_that_dates_a_past_event_is_not_the_symptoms_duration(text, days):
    """The words stay a `duration` entity; only the symptom's own time has days."""
    found = [e["days"] for e in entities(text, "duration") if e.get("dates") != "past_event"]
    assert found == ([] if days is None else [days])
    assert all(e["days"] is None for e in entities(text, "duration") if e.get("dates") == "past_event")


def test_the_interview_takes_no_duration_from_a_dated_past_event():
    from bot.clinical.engine import default_spec
    from bot.clinical.interview import new_state, read_message

    spec = default_spec()
    for text, days in [("I had bowel cancer a couple of years back and my back burns", None),
                       ("my back has been burning for 6 days", 6)]:
        reading = read_message(spec, new_state(), None, "inform", extract(text), text)
        assert reading.state["findings"].get("duration") == days, text


@pytest.mark.parametrize("text, finding", [
    ("feeling feverish and the thermometer says 39.9", "high_fever"),
    ("temp 40.2 and I'm burning up", "high_fever"),
    ("a fever of 38.4 with chills", "fever"),
])
def test_a_high_fever_is_not_also_an_ordinary_fever(text, finding):
    """Spec section 2: `fever` is a fever that is not high; a high reading makes it high_fever alone."""
    present = {e["value"] for e in entities(text, "symptom") if e.get("role") != "negated"}
    assert present & {"fever", "high_fever"} == {finding}


@pytest.mark.parametrize("text", [
    "sat in the hot tub at 40 degrees for an hour",
    "the bath was 40 degrees",
    "the heating is on 40 and my back is warm",
    "my heat pad was set to 45",
])
def test_a_reading_of_water_or_heating_is_not_a_body_temperature(text):
    assert "high_fever" not in {e["value"] for e in entities(text, "symptom")}


@pytest.mark.parametrize("text", ["his temp's on 40", "the thermometer keeps showing 103", "my temperature is on 39.6"])
def test_a_reading_said_on_or_kept_showing_is_a_temperature(text):
    assert "high_fever" in {e["value"] for e in entities(text, "symptom")}


# Forty-second round (lay_final41): a reading the person says is their actual one is the only reading; the other
# numbers (a lesson's, an app's) are not their temperature.
@pytest.mark.parametrize("text, values", [
    ("the quiz answer was 39.6, but my actual temperature is 36.8", [36.8]),
    ("the app said 103 F, his real temp was 98.9", [98.9]),
    ("my true temperature: 39.9, the other thermometer said 37.0", [39.9]),
    ("temp 39.6 this morning, 38.2 now", [39.6, 38.2]),  # no reading set above the others: both kept
])
def test_the_actual_reading_is_the_only_one(text, values):
    assert [f.value for f in default_quantities().temperatures(text)] == values
