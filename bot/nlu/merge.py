"""Merging the lexicon's entities with another extractor's (DIET's). Plain Python.

Rules
- The lexicon wins on overlap: an entity of another extractor that overlaps a
  lexicon entity, or a span the lexicon chose not to report (an uncertain
  mention such as "not sure if I have a fever"), is dropped.
- Canonical values always: another extractor's value is kept if it is a
  canonical id of its entity, else mapped through the lexicon (its value,
  then its words, then the closest spelling of that entity), else dropped.
  Durations keep the words as written and get their days from
  bot/nlu/quantities.py; words with no days in them are not a duration.
- Negation: the lexicon's ConText rules decide it for the other extractor's
  mentions too (its own role is replaced): "no feavr" is negated even when
  DIET says it is not; an uncertain mention is dropped.
- No duplicates: one entity per (entity, value, role); the first wins, and
  the lexicon's come first.
- Entities the lexicon does not handle (e.g. `answer`) pass through. A bare
  `number` of the lexicon's blocks nothing ("lost 5 kg" found by DIET stays).

Hints: the lexicon's (bot/nlu/hints.py) first, then the red flags the
message is close to in meaning (bot/nlu/semantic.py), at most MAX_HINTS of
each; neither kind ever names a red flag the merged entities state or deny.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from bot.nlu.extractor import (
    ASKING, ASSERTED, EXTRA, NEG, UNCERTAIN, Analysis, LexiconMatcher, Mention, default_matcher, hints_of,
)
from bot.nlu.hints import MAX_HINTS, said_findings
from bot.nlu.lexicon import DURATION, NEGATED, VALUE_ENTITIES, expand_phrase
from bot.nlu.quantities import FEVER, HIGH_FEVER, NUMBER
from bot.nlu.semantic import SemanticHints, default_semantic_hints

#: `semantic=` of extract_merge_and_hint: the project's semantic layer (None: none).
PROJECT_SEMANTIC = "project"

#: How close (difflib ratio) a misspelt value must be to a lexicon spelling.
FUZZY_CUTOFF = 0.84
HANDLED = set(VALUE_ENTITIES) | {DURATION}


def _overlaps(a: Tuple[int, int], spans: Iterable[Tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def _duration_days(words: str, matcher: LexiconMatcher) -> Optional[float]:
    """Days of a duration from another extractor ("a" or "at night" has none)."""
    return matcher.quantities.duration_days(words)


def _canonical(entity: Dict[str, Any], text: str, matcher: LexiconMatcher) -> Optional[str]:
    name = str(entity.get("entity") or "")
    start, end = entity.get("start"), entity.get("end")
    words = text[start:end] if isinstance(start, int) and isinstance(end, int) else ""
    if name == DURATION:
        words = words or str(entity.get("value") or "")
        return words if _duration_days(words, matcher) is not None else None
    lexicon = matcher.lexicon
    value = entity.get("value")
    if isinstance(value, str) and value in lexicon.phrases.get(name, {}):
        return value
    for candidate in (value, words):
        if candidate:
            found = lexicon.canonical(name, str(candidate))
            if found:
                return found
    if words:  # the words contain a lexicon phrase of the same entity
        same = [e for e in matcher.analyse(words).entities if e["entity"] == name]
        if len(same) == 1:
            return same[0]["value"]
        # A misspelling the lexicon does not list ("burnign"): the closest
        # spelling of the same entity, if it is close enough.
        if _known_words(lexicon) & set(re.findall(r"[a-z']+", words.lower())):
            return None  # a real word used elsewhere ("peeing"), not a misspelling
        spellings = _spellings(lexicon, name)
        close = difflib.get_close_matches(" ".join(words.lower().split()), list(spellings), n=1, cutoff=FUZZY_CUTOFF)
        if close:
            return spellings[close[0]]
    return None


def _known_words(lexicon) -> set:
    cache = getattr(lexicon, "_known_words_cache", None)
    if cache is None:
        cache = set()
        for values in lexicon.phrases.values():
            for phrases in values.values():
                for phrase in phrases:
                    for spelled in expand_phrase(phrase):
                        cache.update(re.findall(r"[a-z']+", spelled))
        lexicon._known_words_cache = cache
    return cache


def _spellings(lexicon, entity: str) -> Dict[str, str]:
    cache = getattr(lexicon, "_spellings_cache", None)
    if cache is None:
        cache = {}
        lexicon._spellings_cache = cache
    if entity not in cache:
        table: Dict[str, str] = {}
        for value, phrases in lexicon.phrases.get(entity, {}).items():
            for phrase in phrases:
                for spelled in expand_phrase(phrase):
                    if len(spelled) >= 5:
                        table.setdefault(spelled, value)
        cache[entity] = table
    return cache[entity]


def _span(entity: Dict[str, Any]) -> Optional[Tuple[int, int]]:
    start, end = entity.get("start"), entity.get("end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None


def _blocked_span(span: Optional[Tuple[int, int]], blocked: List[Tuple[int, int]]) -> bool:
    return span is not None and _overlaps(span, blocked)


def _blocked(lexicon_entities: Sequence[Dict[str, Any]], suppressed: Iterable[Sequence[int]]) -> List[Tuple[int, int]]:
    """Spans no other extractor may report: the lexicon's (not its bare
    numbers: "lost 5 kg" found by DIET stays) and those it chose not to report."""
    spans = [(e["start"], e["end"]) for e in lexicon_entities if e.get("entity") != NUMBER]
    return spans + [(int(s), int(e)) for s, e in suppressed]


def _candidates(
    text: str, others: Sequence[Dict[str, Any]], matcher: LexiconMatcher, min_confidence: float,
    blocked: Sequence[Tuple[int, int]] = (),
) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """(entities passed through untouched, entities with canonical values) of another extractor."""
    passthrough: List[Dict[str, Any]] = []
    candidates: List[Dict[str, Any]] = []
    for ent in (dict(e) for e in others):
        name = ent.get("entity")
        if name not in HANDLED:
            passthrough.append(ent)
            continue
        span = _span(ent)
        if span and _overlaps(span, blocked):
            continue
        confidence = ent.get("confidence_entity")
        if confidence is not None and float(confidence) < min_confidence:
            continue
        value = _canonical(ent, text, matcher)
        if value is None:
            continue
        ent["value"] = value
        if name == DURATION:
            ent["days"] = _duration_days(value, matcher)
        candidates.append(ent)
    return passthrough, candidates


def _extra_mentions(candidates: Sequence[Dict[str, Any]]) -> List[Mention]:
    return [Mention(e["start"], e["end"], e["entity"], e["value"], kind=EXTRA) for e in candidates if _span(e)]


def _combine(
    lexicon_entities: List[Dict[str, Any]], passthrough: List[Dict[str, Any]],
    candidates: List[Dict[str, Any]], analysis: Analysis,
) -> List[Dict[str, Any]]:
    """One list: the lexicon's entities, the others' with the negation the
    ConText rules gave them (DIET finds the words, the rules decide whether
    they are denied; an uncertain mention is dropped), without duplicates."""
    statuses: Dict[Tuple[Any, Any, Any], str] = {
        (m.start, m.end, m.entity): status for m, status in analysis.mentions if m.kind == EXTRA}
    kept: List[Dict[str, Any]] = lexicon_entities + passthrough
    for ent in candidates:
        status = statuses.get((ent.get("start"), ent.get("end"), ent.get("entity")), ASSERTED)
        if status in (UNCERTAIN, ASKING):
            continue
        ent.pop("confidence_role", None)
        if status == NEG and ent["entity"] != DURATION:
            ent["role"] = NEGATED
        else:
            ent.pop("role", None)
        kept.append(ent)

    out: List[Dict[str, Any]] = []
    seen = set()
    for ent in kept:
        if ent.get("entity") in HANDLED:
            key = (ent.get("entity"), ent.get("value"), ent.get("role"))
            if key in seen:
                continue
            seen.add(key)
        out.append(ent)
    return sorted(out, key=lambda e: (e.get("start", 0), e.get("end", 0)))


def extract_merge_and_hint(
    text: str,
    others: Sequence[Dict[str, Any]] = (),
    matcher: Optional[LexiconMatcher] = None,
    lexicon_extractor: str = "LexiconEntityExtractor",
    min_confidence: float = 0.0,
    semantic: Optional[SemanticHints] | str = PROJECT_SEMANTIC,
) -> Tuple[List[Dict[str, Any]], List[str]]:
    """The lexicon's entities of `text` merged with another extractor's
    (`others`), from ONE analysis of the text: the others' mentions go into
    it as extras, so the same pass finds the lexicon's entities and decides
    the negation of everyone's. And the red flags the words hint at without
    stating them (bot/nlu/hints.py), outside every merged entity and ignored
    span, then those `semantic` finds the message close to in meaning."""
    matcher = matcher or default_matcher()
    passthrough, candidates = _candidates(text, others, matcher, min_confidence)
    analysis = matcher.analyse(text, extra=_extra_mentions(candidates))
    lexicon_entities = [dict(e, extractor=lexicon_extractor) for e in analysis.entities]
    blocked = _blocked(lexicon_entities, analysis.suppressed)
    candidates = [c for c in candidates if not _blocked_span(_span(c), blocked)]
    entities = _combine(lexicon_entities, passthrough, candidates, analysis)
    lexical = hints_of(matcher, text, entities, analysis.suppressed, analysis.asked)
    layer = default_semantic_hints() if isinstance(semantic, str) else semantic
    return entities, lexical + _semantic_hints(layer, text, entities, lexical)


def _semantic_hints(layer: Optional[SemanticHints], text: str, entities: Sequence[Dict[str, Any]],
                    lexical: Sequence[str]) -> List[str]:
    """The red flags close in meaning that the message neither states, denies nor hints at in words."""
    if layer is None:
        return []
    said = said_findings(entities) | set(lexical)
    if any("temperature" in e for e in entities) or any(
            e.get("value") == FEVER and e.get("role") == "negated" for e in entities):
        said.add(HIGH_FEVER)  # a reading already says how high the fever is; no fever is no high fever
    return layer.hints(text, said)[:MAX_HINTS]


def merge_entities(
    text: str,
    entities: Sequence[Dict[str, Any]],
    suppressed: Sequence[Sequence[int]] = (),
    matcher: Optional[LexiconMatcher] = None,
    lexicon_extractor: str = "LexiconEntityExtractor",
    min_confidence: float = 0.0,
) -> List[Dict[str, Any]]:
    """Merging when the lexicon's entities (and `suppressed` spans) are
    already in `entities`, e.g. from bot.nlu.analyse; the Rasa component uses
    extract_merge_and_hint, which analyses the text once."""
    matcher = matcher or default_matcher()
    lexicon_entities = [dict(e) for e in entities if e.get("extractor") == lexicon_extractor]
    others = [e for e in entities if e.get("extractor") != lexicon_extractor]
    passthrough, candidates = _candidates(text, others, matcher, min_confidence,
                                          _blocked(lexicon_entities, suppressed))
    analysis = matcher.analyse(text, extra=_extra_mentions(candidates))
    return _combine(lexicon_entities, passthrough, candidates, analysis)
