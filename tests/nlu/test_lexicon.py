"""The lexicon against the clinical spec, and the NLU data against the lexicon."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
import yaml

from bot.clinical.engine import default_spec
from bot.nlu.evaluation import load_heldout
from bot.nlu.lexicon import (
    LEXICON_PATH,
    LexiconError,
    build_lexicon,
    default_lexicon,
    guard_free_words,
    phrase_to_regex,
    spec_choices,
    with_fragments,
)
from tests.scripts import script

ROOT = Path(__file__).resolve().parents[2]
NLU_DIR = ROOT / "data" / "nlu"
ANNOTATION = re.compile(r"\[([^\]]*)\](\{[^}]*\}|\(([^)]*)\))")


def raw_lexicon():
    return yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))


def test_every_yes_no_finding_has_lexicon_entries_and_no_value_is_unknown():
    spec = default_spec()
    lexicon = default_lexicon()  # validated against the spec when loaded
    symptoms = lexicon.phrases["symptom"]
    assert set(symptoms) == set(spec.yes_no_findings())
    for value, phrases in symptoms.items():
        has_pattern = any(e.entity == "symptom" and e.value == value for e in lexicon.entries)
        assert phrases or has_pattern, value
    assert set(lexicon.phrases["body_location"]) == set(spec.findings["location"].choices)
    assert set(lexicon.phrases["sensation"]) == set(spec.findings["sensation"].choices)
    medications = spec.findings["medications"]
    assert medications.unrecognised == "other" and "other" in medications.choices
    assert set(lexicon.phrases["medication"]) == set(medications.choices) - {"other"}
    assert "anticoagulant" in lexicon.phrases["medication"]


def test_the_contracts_symptom_list_is_covered():
    contract = {"collapse", "chest_pain", "tearing_pain", "paralysis", "severe_burn",
                "bladder_bowel_dysfunction", "saddle_numbness", "leg_weakness", "high_fever",
                "severe_pain", "trauma", "fever", "leg_numbness", "rash", "one_sided_band",
                "urinary_symptoms", "weight_loss", "night_sweats", "iv_drug_use", "immunosuppressed",
                "cancer_history", "osteoporosis_or_steroids", "recent_strain", "back_history",
                "external_heat_source", "radiating_leg_pain", "hot_flashes", "heat_intolerance",
                "anxiety", "sunburn",
                # spec v2
                "very_unwell", "both_legs_affected", "diabetes", "recent_spinal_procedure", "pregnant"}
    assert contract == set(default_lexicon().phrases["symptom"])
    assert set(default_lexicon().phrases["medication"]) == {
        "antidepressant", "adhd_stimulant", "muscle_relaxant", "hormonal_therapy", "chemotherapy", "anticoagulant"}


def test_the_unrecognised_medicine_class_has_no_words():
    raw = copy.deepcopy(raw_lexicon())
    raw["entities"]["medication"]["other"] = {"phrases": ["lisinopril"]}
    with pytest.raises(LexiconError, match="'other' is what spec finding 'medications' records"):
        build_lexicon(raw).validate(default_spec())
    raw = copy.deepcopy(raw_lexicon())
    del raw["entities"]["medication"]["anticoagulant"]
    with pytest.raises(LexiconError, match="anticoagulant"):
        build_lexicon(raw).validate(default_spec())


def test_spec_choices_without_an_unrecognised_attribute():
    from types import SimpleNamespace

    finding = SimpleNamespace(choices={"a": "A", "other": "Other"})  # an older Finding
    spec = SimpleNamespace(findings={"medications": finding})
    assert spec_choices(spec, "medications") == {"a", "other"}
    finding.unrecognised = "other"
    assert spec_choices(spec, "medications") == {"a"}


def test_free_words_in_patterns_are_guarded():
    rx = re.compile(guard_free_words(r"groin\s+is\s+(?:\w+\s+)?numb"), re.I)
    assert rx.fullmatch("groin is really numb") and not rx.fullmatch("groin is not numb")
    rx = re.compile(guard_free_words(r"surgery\s+{WORD}{0,4}?ago"), re.I)
    assert rx.fullmatch("surgery six weeks ago")
    assert not rx.fullmatch("surgery and weeks ago") and not rx.fullmatch("surgery not long ago")


def test_a_fragment_is_written_once_and_filled_into_every_pattern_that_names_it():
    raw = {"fragments": {"NOT_COLD": r"(?!\s+in\s+the\s+cold)"},
           "entities": {"symptom": {"x": {"patterns": [r"lips\s+blue{NOT_COLD}", {"regex": r"toes\s+blue{NOT_COLD}"}],
                                          "phrases": ["{NOT_COLD} stays a phrase"]}}},
           "ignore": {"patterns": [r"blue{NOT_COLD}\s+lolly"]}}
    out = with_fragments(raw)
    patterns = out["entities"]["symptom"]["x"]["patterns"]
    assert patterns[0] == r"lips\s+blue(?!\s+in\s+the\s+cold)"
    assert patterns[1]["regex"] == r"toes\s+blue(?!\s+in\s+the\s+cold)"
    assert out["ignore"]["patterns"][0].startswith(r"blue(?!")
    assert out["entities"]["symptom"]["x"]["phrases"] == ["{NOT_COLD} stays a phrase"]  # only patterns
    assert raw["entities"]["symptom"]["x"]["patterns"][0].endswith("{NOT_COLD}")  # the input is not changed


@pytest.mark.parametrize("fragments, message", [
    ({"WORD": "x"}, "UPPER_CASE"), ({"lower": "x"}, "UPPER_CASE"), ({"BAD": "(?!"}, "bad regex"),
    ({"UNUSED": "x"}, "never used"),
])
def test_a_bad_or_unused_fragment_is_rejected(fragments, message):
    raw = {"fragments": fragments, "entities": {"symptom": {"x": {"patterns": ["plain"]}}}}
    with pytest.raises(LexiconError, match=message):
        with_fragments(raw)


@pytest.mark.parametrize("text, present", [
    ("her lips have gone blue and she's not making sense", True),
    ("her lips went blue in the sea at Whitby, back warm", False),
    ("I can't feel my bum, back burning", True),
    ("can't feel my bum on this freezing bench, back warm", False),
    ("I can't feel my feet since this morning", True),
    ("can't feel my feet in this frost, back warm", False),
])
def test_the_shared_cold_exclusions_still_apply(text, present):
    from bot.nlu.extractor import extract

    signs = set(default_spec().emergency_signs())
    found = {e["value"] for e in extract(text) if e.get("role") != "negated"} & signs
    assert bool(found) is present, (text, found)


def test_unknown_value_is_rejected():
    raw = copy.deepcopy(raw_lexicon())
    raw["entities"]["symptom"]["back_ache"] = {"phrases": ["backache"]}
    with pytest.raises(LexiconError, match="back_ache"):
        build_lexicon(raw).validate(default_spec())


def test_missing_value_is_rejected():
    raw = copy.deepcopy(raw_lexicon())
    del raw["entities"]["symptom"]["sunburn"]
    with pytest.raises(LexiconError, match="sunburn"):
        build_lexicon(raw).validate(default_spec())
    raw = copy.deepcopy(raw_lexicon())
    del raw["entities"]["sensation"]["itching"]
    with pytest.raises(LexiconError, match="itching"):
        build_lexicon(raw).validate(default_spec())


def test_clashing_phrase_is_rejected():
    raw = copy.deepcopy(raw_lexicon())
    raw["entities"]["sensation"]["warmth"]["phrases"].append("burning")
    with pytest.raises(LexiconError, match="burning"):
        build_lexicon(raw).validate(default_spec())


def test_phrase_syntax():
    rx = re.compile(phrase_to_regex("numbness in {my} legs"), re.I)
    for text in ["numbness in my legs", "numbness in legs", "numbness in both legs"]:
        assert rx.fullmatch(text), text
    rx = re.compile(phrase_to_regex("can't feel"), re.I)
    assert rx.fullmatch("cant feel") and rx.fullmatch("can’t feel")
    rx = re.compile(phrase_to_regex("lower back"), re.I)
    assert rx.fullmatch("lowerback") and rx.fullmatch("lower-back")
    assert re.compile(phrase_to_regex("burning"), re.I).fullmatch("burnin")


def test_words_slot_takes_up_to_three_words_and_no_punctuation():
    rx = re.compile(phrase_to_regex("nobody {words} knows", {}), re.I)
    for text in ["nobody knows", "nobody else knows", "nobody at work knows", "nobody at the office knows"]:
        assert rx.fullmatch(text), text
    for text in ["nobody at the big office knows", "nobody fainted, she knows", "nobody. knows"]:
        assert not rx.fullmatch(text), text
    with pytest.raises(LexiconError, match="negation lists"):
        phrase_to_regex("nobody {words} knows")  # an entity phrase: it is also spelled out literally


def test_number_slot_takes_the_number_words_of_the_lexicon():
    from bot.nlu.quantities import Quantities

    slots = {"{num}": Quantities.from_raw(raw_lexicon()).small_number_regex()}
    rx = re.compile(phrase_to_regex("when i was {NUM}", slots), re.I)
    for text in ["when i was 15", "when i was twelve", "when I was forty-five", "when i was sixty two"]:
        assert rx.fullmatch(text), text
    assert not rx.fullmatch("when i was 150") and not rx.fullmatch("when i was tall")
    assert re.compile(phrase_to_regex("in {YEAR}"), re.I).fullmatch("in 1998")
    with pytest.raises(LexiconError, match="NUM"):
        phrase_to_regex("when i was {NUM}")  # no number words given: not silently digits only


def test_generated_synonyms_and_lookups_are_in_sync():
    gen_nlu_synonyms = script("gen_nlu_synonyms")
    for path, text in gen_nlu_synonyms.outputs().items():
        assert path.exists(), f"{path} missing: run scripts/gen_nlu_synonyms.py"
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run scripts/gen_nlu_synonyms.py"


def _training_examples():
    for path in sorted(NLU_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for block in data.get("nlu") or []:
            if "intent" in block:
                for line in str(block["examples"]).splitlines():
                    if line.strip().startswith("- "):
                        yield block["intent"], line.strip()[2:]


def test_training_annotations_use_canonical_values_and_never_answer():
    import json

    lexicon = default_lexicon()
    n = 0
    for _intent, example in _training_examples():
        for words, meta, plain in ANNOTATION.findall(example):
            if plain:
                entity, value, role = plain, words, None
            else:
                d = json.loads(meta)
                entity, value, role = d["entity"], d.get("value", words), d.get("role")
            assert entity != "answer", example
            assert entity in ("symptom", "body_location", "sensation", "duration", "medication"), example
            if entity != "duration":
                assert value in lexicon.phrases[entity], example
            assert role in (None, "negated"), example
            n += 1
    assert n > 500


def test_training_data_size_and_intents():
    counts = {}
    for intent, _ in _training_examples():
        counts[intent] = counts.get(intent, 0) + 1
    expected = {"inform", "affirm", "deny", "dont_know", "greet", "goodbye", "thank", "ask_why",
                "ask_serious", "ask_causes", "request_human", "restart", "out_of_scope", "bot_challenge"}
    assert set(counts) == expected
    assert sum(counts.values()) >= 600
    assert min(counts.values()) >= 20


def _norm(text):
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


@pytest.mark.parametrize("name", ["heldout.yml", "heldout_blind.yml"])
def test_heldout_sets_are_not_in_the_training_data(name):
    training = {_norm(ANNOTATION.sub(lambda m: m.group(1), ex)) for _, ex in _training_examples()}
    heldout = load_heldout(Path(__file__).with_name(name))
    assert len(heldout) >= 60
    overlap = [e.text for e in heldout if _norm(e.text) in training]
    assert overlap == []


def test_subsumed_by_names_findings_of_the_spec():
    raw = copy.deepcopy(raw_lexicon())
    raw["subsumed_by"] = {"fever": "very_high_fever"}
    with pytest.raises(LexiconError, match="subsumed_by: 'very_high_fever'"):
        build_lexicon(raw).validate(default_spec())
    assert default_lexicon().subsumed_by == {"fever": "high_fever", "rash": "severe_burn"}
