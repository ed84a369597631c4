"""Is a message written in a language the assistant does not read? Plain Python, no Rasa.

The lexicon knows the red flags in a few other languages, but the interview is
in English. A message in another language that names nothing the lexicon knows
would otherwise get "please describe it again" until the vague-message limit
starts the warning-sign questions. This module tells such a message apart, from
the lexicon's `languages` section: enough words of one other language, and few
English words beside them. The interview then says that it reads English only,
gives the emergency numbers and asks the warning signs at once (the answers are
buttons). A mixed message ("mi esposo se cayó, his back is burning") is English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Mapping, Optional

#: Key of the parse result (and of the tracker's latest message): the language a message is written in, when it
#: is not English and the assistant cannot read it (None otherwise).
OTHER_LANGUAGE_KEY = "other_language"

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


class LanguagesError(ValueError):
    """The lexicon's `languages` section is malformed."""


@dataclass(frozen=True)
class LanguageMarkers:
    """Words that mark English and the other languages (the lexicon's `languages`)."""

    min_words: int
    english: FrozenSet[str]
    others: Dict[str, FrozenSet[str]]

    @classmethod
    def from_raw(cls, raw: Optional[Mapping[str, Any]], origin: str = "lexicon.yml") -> "LanguageMarkers":
        raw = raw or {}
        english = frozenset(str(w).lower() for w in raw.get("english") or [])
        others = {str(name): frozenset(str(w).lower() for w in words or [])
                  for name, words in (raw.get("others") or {}).items()}
        shared = sorted(w for words in others.values() for w in words & english)
        if shared:
            raise LanguagesError(f"{origin}: languages: words both English and another language's: {shared}")
        if any(" " in w for words in others.values() for w in words):
            raise LanguagesError(f"{origin}: languages: one word per item")
        return cls(int(raw.get("min_words", 3)), english, others)

    def other_language(self, text: str) -> Optional[str]:
        """The other language `text` is written in, or None (English, mixed, too short to tell)."""
        words = [w.lower().replace("\u2019", "'") for w in _WORD.findall(text)]
        if len(words) < self.min_words or not self.others:
            return None
        counts = {name: sum(w in marks for w in words) for name, marks in self.others.items()}
        name, count = max(counts.items(), key=lambda item: item[1])
        english = sum(w in self.english for w in words)
        if count < self.min_words or 3 * english > count:
            return None
        return name


@lru_cache(maxsize=1)
def default_markers() -> LanguageMarkers:
    from bot.nlu.lexicon import default_lexicon

    lexicon = default_lexicon()
    return LanguageMarkers.from_raw(lexicon.raw.get("languages"), lexicon.origin)


def other_language(text: str) -> Optional[str]:
    """The project's reading: the other language `text` is written in, or None."""
    return default_markers().other_language(text)
