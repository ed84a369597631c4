"""The trained model on the held-out set, with the targets of issue 3.

Entity F1 >= 0.95 on (entity, canonical value, negated) triples, negation
accuracy >= 0.97, no negated red flag reported as present, intent macro
F1 >= 0.95. Uses the session fixture `trained_model_path`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clinical.engine import default_spec
from bot.nlu.evaluation import evaluate, load_heldout, parse_timed

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session")
def nlu_parse(trained_model_path):
    from rasa.core.agent import Agent

    agent = Agent.load(str(trained_model_path))

    return lambda texts: parse_timed(agent, texts)


def _report(nlu_parse, name):
    examples = load_heldout(HERE / name)
    predictions, latencies = nlu_parse([e.text for e in examples])
    spec = default_spec()
    report = evaluate(examples, predictions, spec.red_flags(), latencies, emergency_signs=spec.emergency_signs())
    print(f"\n[{name}]\n" + report.format())
    return report


@pytest.fixture(scope="session")
def heldout_report(nlu_parse):
    return _report(nlu_parse, "heldout.yml")


@pytest.fixture(scope="session")
def blind_report(nlu_parse):
    return _report(nlu_parse, "heldout_blind.yml")


def test_entity_f1(heldout_report):
    assert heldout_report.entity_micro["f1"] >= 0.95, heldout_report.format()


def test_negation_accuracy(heldout_report):
    assert heldout_report.negation_accuracy >= 0.97, heldout_report.format()


def test_no_negated_red_flag_reported_as_present(heldout_report, blind_report):
    assert heldout_report.red_flag_violations == []
    assert blind_report.red_flag_violations == []


def test_intent_macro_f1(heldout_report):
    assert heldout_report.intent_macro_f1 >= 0.95, heldout_report.format()


def test_latency_is_reported(heldout_report):
    assert heldout_report.latency_ms["p50"] > 0


def test_blind_set(blind_report):
    # The set never used for tuning: safety properties must hold there too.
    assert blind_report.negation_accuracy >= 0.97, blind_report.format()
    assert blind_report.entity_micro["f1"] >= 0.85, blind_report.format()


@pytest.mark.parametrize("text,expected", [
    ("no fever but my lower back burns",
     {("symptom", "fever", True), ("body_location", "lower_back", False), ("sensation", "burning", False)}),
    ("I haven't lost control of my bladder", {("symptom", "bladder_bowel_dysfunction", True)}),
    ("lower back's been burnin since tues, no fever, can't feel my groin",
     {("body_location", "lower_back", False), ("sensation", "burning", False), ("duration", "since tues", False),
      ("symptom", "fever", True), ("symptom", "saddle_numbness", False)}),
])
def test_parse_examples(nlu_parse, text, expected):
    from bot.nlu.evaluation import triples

    [result], _ = nlu_parse([text])
    assert triples(result["entities"]) == expected
    assert result["intent"]["name"] == "inform"
    assert all(e.get("entity") != "answer" for e in result["entities"])


def test_the_trained_model_reports_the_red_flags_the_words_hint_at(nlu_parse):
    """The LexiconEntityExtractor adds `red_flag_hints` to the parse result (bot/nlu/hints.py)."""
    from bot.nlu.hints import HINTS_KEY

    (hinting, plain), _ = nlu_parse(["I keep going dizzy and my back is hot", "my lower back is warm"])
    assert hinting[HINTS_KEY] == ["collapse"]
    assert plain[HINTS_KEY] == []
