"""The lookup tables matched with a trie give exactly Rasa's regex matches and features."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.nlu.utils.pattern_utils import _generate_lookup_regex
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.components import LookupRegexFeaturizer
from bot.nlu.evaluation import load_heldout
from bot.nlu.lookup_matcher import LookupMatcher, lookup_phrases

ROOT = Path(__file__).resolve().parents[2]

PHRASES = ["back", "back pain", "pins and needles", "pins", "can't walk", "c++", "needles", "hot", "a.b"]
PATTERN = _generate_lookup_regex({"name": "t", "elements": PHRASES})

TEXTS = [
    "Back pain and PINS AND NEEDLES", "backpain", "my back, pain", "pins and needle", "I can't walk!",
    "c++ code", "a.b axb", "hothot hot-water", "_back back_", "", "   ", "🔥 back 🔥", "hot.", "back" * 50,
    "x" * 10_000, "Ünïcode back burning ß", "pins pins and needles needles",
]


def regex_spans(pattern: str, text: str) -> list:
    return [m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE)]


def test_the_phrases_come_back_from_the_pattern():
    assert lookup_phrases(PATTERN) == PHRASES


@pytest.mark.parametrize("pattern", [r"\d+ ?(?:years|yrs)", "(\\bback\\b)|x", "(\\b\\b)", "(back)"])
def test_a_pattern_that_is_not_a_lookup_table_is_left_to_the_regex(pattern):
    assert LookupMatcher.from_pattern(pattern) is None


@pytest.mark.parametrize("text", TEXTS)
def test_the_spans_are_those_of_the_regex(text):
    # The first-listed phrase wins at a start ("back" before "back pain"), as in the regex.
    assert LookupMatcher(PHRASES).spans(text) == regex_spans(PATTERN, text)


def test_a_text_whose_lower_case_changes_length_falls_back():
    assert LookupMatcher(PHRASES).spans("İstanbul back") is None


def test_the_spans_of_the_project_lookups_are_the_regex_spans_on_every_test_sentence():
    tables = load_data(str(ROOT / "data" / "nlu" / "lookups.yml")).lookup_tables
    patterns = [_generate_lookup_regex(t) for t in tables]
    matchers = [LookupMatcher.from_pattern(p) for p in patterns]
    assert all(matchers)
    texts = [e.text for path in sorted((ROOT / "tests" / "nlu").glob("lay_final3*.yml")) for e in load_heldout(path)]
    for text in texts[:600]:
        for pattern, matcher in zip(patterns, matchers):
            assert matcher.spans(text) == regex_spans(pattern, text), text


def _featurize(cls, tmp_path, text):
    config = {**cls.get_default_config(), "case_sensitive": False}
    storage = LocalModelStorage(tmp_path / cls.__name__)
    featurizer = cls(config, storage, Resource("regex"), ExecutionContext(None, "regex"),
                     known_patterns=[{"name": "t", "pattern": PATTERN}, {"name": "r", "pattern": r"\d+ ?days"}])
    message = Message(data={TEXT: text})
    WhitespaceTokenizer(WhitespaceTokenizer.get_default_config()).process([message])
    featurizer.process([message])
    seq, sent = message.get_sparse_features(TEXT)
    patterns = [t.get("pattern") for t in message.get("text_tokens")]
    return seq.features.toarray().tolist(), sent.features.toarray().tolist(), patterns


@pytest.mark.parametrize("text", ["Back pain for 3 days, pins and needles", "hot hot hot", "nothing here at all"])
def test_the_featurizer_gives_rasas_features(tmp_path, text):
    assert _featurize(LookupRegexFeaturizer, tmp_path, text) == _featurize(RegexFeaturizer, tmp_path, text)


def _message_with_features() -> Message:
    from rasa.shared.nlu.training_data.features import Features
    import numpy as np
    import scipy.sparse

    message = Message(data={TEXT: "my back burns"})
    rng = np.random.default_rng(7)
    for origin, width in (("regex", 4), ("words", 9), ("chars", 13)):
        seq = scipy.sparse.coo_matrix(rng.integers(0, 2, size=(3, width)))
        sent = scipy.sparse.coo_matrix(rng.integers(0, 3, size=(1, width)))
        message.add_features(Features(seq, "sequence", TEXT, origin))
        message.add_features(Features(sent, "sentence", TEXT, origin))
    message.add_features(Features(np.array([[0.5, -1.0]]), "sentence", TEXT, "dense"))
    return message


def test_the_intent_classifiers_features_are_rasas_row():
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

    from bot.nlu.components import IntentClassifier

    message = _message_with_features()
    ours = IntentClassifier.sentence_features(message)
    rasas = LogisticRegressionClassifier._create_X(None, [message])  # it uses no state of the classifier
    assert ours.shape == rasas.shape == (1, 28)
    assert (ours != rasas).nnz == 0
    assert IntentClassifier.sentence_features(Message(data={TEXT: ""})).shape == (1, 0)
