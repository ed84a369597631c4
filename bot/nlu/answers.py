"""Is a message a clear yes, no or "I don't know"? (issue: hesitation is not yes)

An intent classifier reads "hmm" as yes and "No entiendo" as no with high
confidence. Yes and no to a red-flag question decide emergencies, so they are
read strictly here: only a message whose every word is a word of a clear
answer (lexicon.yml `answers`), or one typo away from a longer one, counts.
Pure Python; the Rasa component in bot/nlu/components.py applies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, FrozenSet, Mapping, Optional, Tuple

AFFIRM, DENY, DONT_KNOW = "affirm", "deny", "dont_know"
KINDS = (AFFIRM, DENY, DONT_KNOW)
MIN_TYPO_LENGTH = 4  # shorter words must be spelled exactly ("no" is not "so")
ANY_TYPO_LENGTH = 5  # a 4-letter word may only have two letters swapped ("nose" is not "none")


def _normalise(text: str) -> str:
    text = (text or "").lower().replace("’", "'").replace("`", "'")
    return " ".join(re.sub(r"[^a-z' ]+", " ", text).split())


def _token(phrase: str) -> str:
    return _normalise(phrase).replace(" ", "_")


def _swapped(a: str, b: str) -> bool:
    diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _is_typo_of(token: str, word: str) -> bool:
    """A typo keeps the first letter ("hope" is not "nope"); short words only swap two letters."""
    if len(word) < MIN_TYPO_LENGTH or word[0] != token[0]:
        return False
    if len(token) < ANY_TYPO_LENGTH:
        return _swapped(token, word)
    return _one_edit_apart(token, word)


def _one_edit_apart(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance at most 1 (one insertion, deletion, substitution or swap)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


@dataclass(frozen=True)
class AnswerWords:
    kinds: Mapping[str, FrozenSet[str]]  # kind -> single-token forms of its phrases
    filler: FrozenSet[str]
    phrases: Tuple[Tuple[str, str], ...]  # (normalised phrase, token), longest first

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> "AnswerWords":
        missing = [k for k in KINDS + ("filler",) if not raw.get(k)]
        if missing:
            raise ValueError(f"lexicon answers: missing {missing}")
        kinds = {kind: frozenset(_token(p) for p in raw[kind]) for kind in KINDS}
        every = [p for kind in KINDS for p in raw[kind]] + list(raw["filler"])
        multi = sorted({_normalise(p) for p in every if " " in _normalise(p)}, key=len, reverse=True)
        return cls(kinds, frozenset(_token(p) for p in raw["filler"]),
                   tuple((p, p.replace(" ", "_")) for p in multi))

    def _kind_of(self, token: str) -> Optional[str]:
        for kind in KINDS:
            if token in self.kinds[kind]:
                return kind
        if token in self.filler:
            return "filler"
        if len(token) >= MIN_TYPO_LENGTH:
            for kind in KINDS:
                if any(_is_typo_of(token, w) for w in self.kinds[kind]):
                    return kind
        return None

    def read(self, text: str) -> Optional[str]:
        """affirm, deny or dont_know for a clear answer; None for anything else."""
        norm = f" {_normalise(text)} "
        for phrase, token in self.phrases:
            norm = norm.replace(f" {phrase} ", f" {token} ")
        found: Dict[str, int] = {}
        for token in norm.split():
            kind = self._kind_of(token)
            if kind is None:
                return None
            found[kind] = found.get(kind, 0) + 1
        if DONT_KNOW in found:
            return DONT_KNOW
        if (AFFIRM in found) == (DENY in found):
            return None  # neither, or both ("yes no")
        return AFFIRM if AFFIRM in found else DENY
