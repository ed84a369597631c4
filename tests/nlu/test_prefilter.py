"""The lexicon's literal prefilter (bot/nlu/prefilter.py): it may only skip a
regex that cannot match, and it must be able to skip most of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.nlu.evaluation import load_heldout
from bot.nlu.extractor import default_matcher
from bot.nlu.prefilter import may_match, required_literals

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
def test_required_literals(pattern, needs):
    assert required_literals(re.compile(pattern, re.IGNORECASE)) == frozenset(needs)


@pytest.mark.parametrize("pattern", [r"\d+", r"foo|\d+", r"(?:foo)?", r"(?:foo)*bar?", r"[a-z]+", r"(a)\1"])
def test_no_requirement_when_a_match_needs_no_literal(pattern):
    needs = required_literals(re.compile(pattern))
    assert needs is None or "" not in needs
    if needs is None:
        assert may_match(needs, "")


def test_may_match():
    needs = frozenset({"faint", "keeled"})
    assert may_match(needs, "he keeled over")
    assert not may_match(needs, "he fell over")
    assert may_match(None, "anything")


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
    entries = default_matcher().lexicon.entries
    lost = []
    for text in _sample_texts():
        lowered = text.lower()
        for entry in entries:
            if not may_match(entry.needs, lowered) and entry.regex.search(text):
                lost.append((entry.regex.pattern[:60], text[:60]))
    assert lost == []


def test_most_entries_have_a_requirement():
    """The point of the prefilter: a message skips the regexes of words it does not hold."""
    entries = default_matcher().lexicon.entries
    assert sum(e.needs is not None for e in entries) >= 0.95 * len(entries)
