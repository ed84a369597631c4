"""The lexicon's literal prefilter (bot/nlu/prefilter.py): it may only skip a
regex that cannot match, and it must be able to skip most of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.nlu.evaluation import load_heldout
from bot.nlu.extractor import default_matcher
from bot.nlu.prefilter import LiteralIndex, required_clauses, strongest

NLU_SETS = Path(__file__).parent


@pytest.mark.parametrize(
    "pattern, needs",
    [
        (r"fainted|fainting", {"faint"}),  # the parser factors out the common prefix
        (r"(?:very\s+)?hot", {"hot"}),  # an optional part requires nothing
        (r"\bpins\b", {"pins"}),  # zero-width assertions keep the literal whole
        (r"(?<![\w])(?:legs?)(?![\w])", {"leg"}),
        (r"a\s+collapsed", {"collapsed"}),  # the longest literal of a sequence
        (r"(?:numb\s+)+toes", {"numb"}),  # the repeated part (4 letters) before "toes"
        (r"(?:abc)+", {"abc"}),  # repeated at least once
        (r"FAINT", {"faint"}),  # lower-cased (the lexicon compiles with IGNORECASE)
        (r"(?:black(?:ed)?\s+out|keeled\s+over)", {"black", "keeled"}),
    ],
)
def test_the_strongest_requirement(pattern, needs):
    assert strongest(required_clauses(re.compile(pattern, re.IGNORECASE))) == frozenset(needs)


@pytest.mark.parametrize("pattern", [r"\d+", r"foo|\d+", r"(?:foo)?", r"(?:foo)*bar?", r"[a-z]+", r"(a)\1"])
def test_no_requirement_when_a_match_needs_no_literal(pattern):
    needs = strongest(required_clauses(re.compile(pattern)))
    assert needs is None or "" not in needs
    assert all("" not in clause for clause in required_clauses(re.compile(pattern)))


@pytest.mark.parametrize(
    "pattern, clauses",
    [
        (r"\bmy\s+back\s+is\s+on\s+fire", [{"my"}, {"back"}, {"is"}, {"on"}, {"fire"}]),
        (r"(?:black(?:ed)?\s+out|keeled\s+over)", [{"black", "keeled"}]),  # an alternation: one requirement
        (r"(?:very\s+)?hot\s+(?:back|spine)", [{"hot"}, {"back", "spine"}]),  # the optional part: none
        (r"(?:numb\s+)+toes", [{"numb"}, {"toes"}]),  # a repeat's parts count when it must occur
        (r"(?:pins(?:\s+and\s+needles)?)", [{"pins"}]),
        (r"\d+\s*degrees", [{"degrees"}]),
        (r"\d+", []),
    ],
)
def test_required_clauses(pattern, clauses):
    assert list(required_clauses(re.compile(pattern, re.IGNORECASE))) == [frozenset(c) for c in clauses]


def test_literal_index_keeps_the_regexes_whose_every_requirement_is_met():
    regexes = [re.compile(p, re.IGNORECASE) for p in (
        r"\bmy\s+back\s+is\s+on\s+fire", r"fainted|fainting", r"\d+", r"(?:numb\s+)+to", r"\bno\b")]
    index = LiteralIndex(regexes)
    assert index.candidates("my back is on fire") == [0, 2]
    assert index.candidates("my back is hot, i fainted") == [1, 2]  # "on" and "fire" are missing for 0
    assert index.candidates("numb numb toes, no") == [2, 3, 4]  # "to" is shorter than the lookup key
    assert index.candidates("") == [2]


def test_literal_index_finds_exactly_the_strings_a_text_holds():
    """Looking strings up by their first three letters finds every one the text holds, and no other."""
    index = default_matcher().literal_index
    strings = {s for clauses in index.clauses for clause in clauses for s in clause}
    for text in _sample_texts(every=10):
        lowered = text.lower()
        assert index.present(lowered) == {s for s in strings if s in lowered}, text


def _sample_texts(every: int = 40):
    texts = []
    for path in sorted(NLU_SETS.glob("*.yml")):
        try:
            texts += [e.text for e in load_heldout(path)]
        except (KeyError, TypeError, ValueError):
            continue  # not an example set
    return texts[::every]


def test_skipping_never_loses_a_match():
    """Every regex the prefilter would skip on a sentence of the test sets finds nothing in it."""
    matcher = default_matcher()
    lost = []
    for text in _sample_texts():
        kept = set(matcher.literal_index.candidates(text.lower()))
        for i, entry in enumerate(matcher.entries):
            if i not in kept and entry.regex.search(text):
                lost.append((entry.regex.pattern[:60], text[:60]))
    assert lost == []


def test_most_entries_have_a_requirement():
    """The point of the prefilter: a message skips the regexes of words it does not hold."""
    index = default_matcher().literal_index
    assert len(index.always) <= 0.05 * len(index.clauses)


def test_a_typical_message_runs_few_regexes():
    """Every requirement counts, not only the rarest: most regexes are skipped on a real message."""
    matcher = default_matcher()
    texts = _sample_texts()
    kept = sum(len(matcher.literal_index.candidates(t.lower())) for t in texts) / len(texts)
    assert kept < 0.1 * len(matcher.entries)
