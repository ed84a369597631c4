"""Rasa 3.6 NLU components: the lexicon entity extractor and the strict answer reader.

In config.yml, after DIETClassifier:

    - name: bot.nlu.components.LexiconEntityExtractor

The extractor analyses the text once (bot/nlu/merge.py, extract_merge_and_hint):
it adds the lexicon's entities (canonical values, "role": "negated" for
denied mentions) and leaves one consistent list with the other extractors':
the lexicon wins wherever its entities overlap theirs (or where it chose not
to report an uncertain mention), their values are turned into canonical ids
or dropped, the same negation rules decide their roles, and duplicates are
removed. It also adds `red_flag_hints` to the parse result: the red flags the
words hint at without stating them (bot/nlu/hints.py), then those the message
is close to in meaning (bot/nlu/semantic.py; `semantic_hints: false` or env
SEMANTIC_HINTS=off leaves them out), which the interview asks first.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Dict, List, Optional, Text, Tuple

import numpy as np
import scipy.sparse

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.featurizers.sparse_featurizer.regex_featurizer import RegexFeaturizer
from rasa.shared.nlu.constants import (
    ENTITIES, FEATURE_TYPE_SENTENCE, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from rasa.utils.tensorflow.constants import RANKING_LENGTH

from bot.nlu.answers import AFFIRM, DENY, answer_words
from bot.nlu.extractor import LexiconMatcher, default_matcher
from bot.nlu.lexicon import default_lexicon, load_lexicon
from bot.nlu.hints import HINTS_KEY
from bot.nlu.language import OTHER_LANGUAGE_KEY, LanguageMarkers
from bot.nlu.lookup_matcher import LookupMatcher, Span
from bot.nlu.merge import extract_merge_and_hint
from bot.nlu.semantic import SemanticHints, default_semantic_hints

logger = logging.getLogger(__name__)

NLU_FALLBACK = "nlu_fallback"


def _matcher(config: Dict[Text, Any]) -> LexiconMatcher:
    path = config.get("lexicon_path")
    if path:
        return LexiconMatcher(load_lexicon(path))
    return default_matcher()


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class LexiconEntityExtractor(GraphComponent, EntityExtractorMixin):
    """Entities from bot/clinical/lexicon.yml, with negation (see bot.nlu.extractor),
    merged with those of the extractors before it (DIET's), in one pass."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # Another lexicon file (default: the project's).
            "lexicon_path": None,
            # Entities of other extractors below this confidence are dropped.
            "min_confidence": 0.0,
            # Red flags close in meaning are hinted too (bot/nlu/semantic.py).
            "semantic_hints": True,
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = {**self.get_default_config(), **(config or {})}
        # Loading validates the lexicon against the clinical spec: a model with
        # a lexicon value the spec does not know fails here, at load time.
        self.matcher = _matcher(self._config)
        lexicon = self.matcher.lexicon
        self.languages = LanguageMarkers.from_raw(lexicon.raw.get("languages"), lexicon.origin)
        # Loaded (and its files' checksums checked) here, so a missing model fails at load time.
        self.semantic: Optional[SemanticHints] = (
            default_semantic_hints() if self._config["semantic_hints"] else None)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LexiconEntityExtractor":
        return cls(config)

    @staticmethod
    def required_packages() -> List[Text]:
        return ["spacy"]

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text:
                continue
            merged, hints = extract_merge_and_hint(
                text,
                message.get(ENTITIES, []),
                matcher=self.matcher,
                lexicon_extractor=self.name,
                min_confidence=float(self._config["min_confidence"]),
                semantic=self.semantic,
            )
            message.set(ENTITIES, merged, add_to_output=True)
            # Red flags the words hint at: the interview asks them first (bot/nlu/hints.py).
            message.set(HINTS_KEY, hints, add_to_output=True)
            # A message the assistant cannot read: the interview says so and asks the warning signs at once.
            message.set(OTHER_LANGUAGE_KEY, self.languages.other_language(text), add_to_output=True)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=True)
class LookupRegexFeaturizer(RegexFeaturizer):
    """Rasa's RegexFeaturizer with the same features, found faster: a lookup
    table's matches come from a character trie (bot/nlu/lookup_matcher.py)
    instead of a regex of ~3,000 alternatives tried at every character. Any
    other pattern, or a case-sensitive configuration, uses the regex."""

    def _lookup_matcher(self, pattern: str) -> Optional[LookupMatcher]:
        cache: Dict[str, Optional[LookupMatcher]] = self.__dict__.setdefault("_lookup_matchers", {})
        if pattern not in cache:
            cache[pattern] = None if self.case_sensitive else LookupMatcher.from_pattern(pattern)
        return cache[pattern]

    def _spans(self, pattern: str, text: str) -> List[Span]:
        matcher = self._lookup_matcher(pattern)
        spans = matcher.spans(text) if matcher is not None else None
        if spans is None:
            flags = 0 if self.case_sensitive else re.IGNORECASE
            spans = [m.span() for m in re.finditer(pattern, text, flags=flags)]
        return spans

    def _features_for_patterns(
        self, message: Message, attribute: Text
    ) -> Tuple[Optional[scipy.sparse.coo_matrix], Optional[scipy.sparse.coo_matrix]]:
        # As RegexFeaturizer._features_for_patterns (Rasa 3.6), with the spans from _spans.
        text = message.get(attribute)
        tokens = message.get(TOKENS_NAMES[attribute], []) if text else []
        if not tokens:
            return None, None
        sequence = np.zeros([len(tokens), len(self.known_patterns)])
        sentence = np.zeros([1, len(self.known_patterns)])
        for index, pattern in enumerate(self.known_patterns):
            spans = self._spans(pattern["pattern"], text)
            for token_index, token in enumerate(tokens):
                flags = token.get("pattern", default={})
                hit = any(token.start < end and token.end > start for start, end in spans)
                flags[pattern["name"]] = hit
                if hit:
                    sequence[token_index][index] = 1.0
                    sentence[0][index] = 1.0
                token.set("pattern", flags)
        return scipy.sparse.coo_matrix(sequence), scipy.sparse.coo_matrix(sentence)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class IntentClassifier(LogisticRegressionClassifier):
    """Rasa's LogisticRegressionClassifier, except that a message it cannot
    classify gets no intent (confidence 0, so the FallbackClassifier makes it
    `nlu_fallback`) instead of an error: in Rasa 3.6 an empty or blank message
    gets fewer features than the classifier was trained on, and the error
    left the person without any reply. Each message's row is built once, from
    its sentence features (calling Rasa's process after the width check built
    it a second time, each time with a deep copy of the sequence features)."""

    def process(self, messages: List[Message]) -> List[Message]:
        expected = self.clf.n_features_in_
        rows = [(m, self.sentence_features(m)) for m in messages]
        readable = [(m, x) for m, x in rows if x.shape[1] == expected]
        if readable:
            probas = self.clf.predict_proba(scipy.sparse.vstack([x for _, x in readable]))
            for (message, _), row in zip(readable, probas):
                self._set_intent(message, row)
        for message, x in rows:
            if x.shape[1] != expected:
                message.set(INTENT, {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0}, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [], add_to_output=True)
        return messages

    @staticmethod
    def sentence_features(message: Message) -> scipy.sparse.csr_matrix:
        """The row `_create_X([message])` gives: the sparse sentence features of every
        featurizer side by side in the message's order, then the dense ones; without
        Rasa's deep copy of the sequence features, which it then throws away."""
        sentence = [f for f in message.features if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE]
        blocks = [f.features for f in sentence if f.is_sparse()]
        blocks += [scipy.sparse.csr_matrix(f.features) for f in sentence if f.is_dense()]
        if not blocks:
            return scipy.sparse.csr_matrix((1, 0))
        return scipy.sparse.hstack(blocks, format="csr")

    def _set_intent(self, message: Message, probas: Any) -> None:
        # As LogisticRegressionClassifier.process (Rasa 3.6) does for one message.
        ranking = sorted(({INTENT_NAME_KEY: k, PREDICTED_CONFIDENCE_KEY: v} for k, v in zip(self.clf.classes_, probas)),
                         key=lambda e: -e[PREDICTED_CONFIDENCE_KEY])
        if self.config[RANKING_LENGTH] > 0:
            ranking = ranking[: self.config[RANKING_LENGTH]]
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class StrictAnswerReader(GraphComponent):
    """Yes, no and "I don't know" only when the words say so (bot/nlu/answers.py).

    A clear answer sets its intent whatever the classifier said; a message the
    classifier called yes or no that its words do not bear out becomes
    `nlu_fallback` (not understood), so "hmm" never answers "have you fainted?"."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"lexicon_path": None}

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._config = {**self.get_default_config(), **(config or {})}
        path = self._config.get("lexicon_path")
        lexicon = load_lexicon(path) if path else default_lexicon()
        self.words = answer_words(lexicon)

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "StrictAnswerReader":
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get(INTENT) or {}
            clear = self.words.read(message.get(TEXT) or "")
            if clear is not None:
                message.set(INTENT, {INTENT_NAME_KEY: clear, PREDICTED_CONFIDENCE_KEY: 1.0}, add_to_output=True)
            elif intent.get(INTENT_NAME_KEY) in (AFFIRM, DENY) and \
                    not self.words.confirms(intent[INTENT_NAME_KEY], message.get(TEXT) or ""):
                message.set(INTENT, {INTENT_NAME_KEY: NLU_FALLBACK,
                                     PREDICTED_CONFIDENCE_KEY: intent.get(PREDICTED_CONFIDENCE_KEY, 0.0)},
                            add_to_output=True)
        return messages
