"""Lookup-table matches found with a character trie instead of one huge regex.

Rasa's RegexFeaturizer turns each lookup table into ``(\\bA\\b|\\bB\\b|...)`` and
runs ``re.finditer`` on every message: with the lexicon's ~3,000 phrases the
regex engine tries every alternative at every character, which cost a third of
the parse time of the whole pipeline. A lookup pattern is a plain list of
words, so its matches can be found by walking a trie from each word boundary.

The spans are exactly those of ``re.finditer(pattern, text, re.IGNORECASE)``:
the leftmost match first, at a start the alternative listed FIRST wins (not the
longest), and the search goes on after the end of each match. A pattern that
is not a lookup table (a hand-written regex) or a text whose lower case changes
its length returns None, and the caller uses the regex.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

Span = Tuple[int, int]

_PREFIX, _JOIN, _SUFFIX = "(\\b", "\\b|\\b", "\\b)"
_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_END = ""  # the trie key that holds the index of a phrase ending at this node


def lookup_phrases(pattern: str) -> Optional[List[str]]:
    """The phrases of a pattern Rasa generated from a lookup table with word
    boundaries, or None for any other pattern (checked by regenerating it)."""
    if not (pattern.startswith(_PREFIX) and pattern.endswith(_SUFFIX)) or len(pattern) <= len(_PREFIX + _SUFFIX):
        return None
    parts = pattern[len(_PREFIX):-len(_SUFFIX)].split(_JOIN)
    phrases = [_UNESCAPE.sub(r"\1", p) for p in parts]
    if not all(phrases) or _PREFIX + _JOIN.join(re.escape(p) for p in phrases) + _SUFFIX != pattern:
        return None
    return phrases


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class LookupMatcher:
    """The spans of one lookup table's phrases in a text (case-insensitive)."""

    def __init__(self, phrases: List[str]) -> None:
        self.trie: Dict[str, Any] = {}
        for index, phrase in enumerate(phrases):
            folded = phrase.lower()
            if len(folded) != len(phrase):
                raise ValueError(f"lookup phrase {phrase!r} changes length in lower case")
            node = self.trie
            for ch in folded:
                node = node.setdefault(ch, {})
            node.setdefault(_END, index)  # a repeated phrase keeps its first place

    @classmethod
    def from_pattern(cls, pattern: str) -> Optional["LookupMatcher"]:
        phrases = lookup_phrases(pattern)
        if phrases is None:
            return None
        try:
            return cls(phrases)
        except ValueError:
            return None

    def spans(self, text: str) -> Optional[List[Span]]:
        """``[(start, end)]`` as ``re.finditer`` gives them, or None when the
        text's lower case has another length (the caller uses the regex)."""
        folded = text.lower()
        if len(folded) != len(text):
            return None
        word = [_is_word(ch) for ch in text]
        n = len(text)
        out: List[Span] = []
        pos = 0
        while pos < n:
            end = self._match_at(folded, word, pos) if self._boundary(word, pos) else None
            if end is None:
                pos += 1
            else:
                out.append((pos, end))
                pos = end
        return out

    @staticmethod
    def _boundary(word: List[bool], pos: int) -> bool:
        before = word[pos - 1] if pos > 0 else False
        after = word[pos] if pos < len(word) else False
        return before != after

    def _match_at(self, folded: str, word: List[bool], start: int) -> Optional[int]:
        """The end of the first-listed phrase that matches at `start` between word boundaries."""
        node = self.trie
        best: Optional[Tuple[int, int]] = None  # (phrase index, end)
        pos = start
        n = len(folded)
        while True:
            index = node.get(_END)
            if index is not None and pos > start and self._boundary(word, pos) and (best is None or index < best[0]):
                best = (index, pos)
            if pos >= n:
                break
            node = node.get(folded[pos])  # type: ignore[assignment]
            if node is None:
                break
            pos += 1
        return None if best is None else best[1]
