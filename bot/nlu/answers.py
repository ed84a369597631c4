"""Is a message a clear yes, no or "I don't know"? (issue: hesitation is not yes)

An intent classifier reads "hmm" as yes and "No entiendo" as no with high
confidence. Yes and no to a red-flag question decide emergencies, so they are
checked here, with the words of lexicon.yml `answers`:

- ``read``: a message made only of answer words and filler ("nope, none of
  those") is that answer, whatever the classifier said;
- ``confirms``: the classifier's yes or no stands only when the message holds
  a word of that answer, none of the opposite one, no question, and mostly
  words this assistant knows (English function words, answer words, the
  lexicon's words) — so "hmm", "¿qué?" and "No entiendo bien" are not answers.

Pure Python; the Rasa component in bot/nlu/components.py applies it.

Also here (``FreeAnswers``, lexicon.yml `free_answers`): the words the
interview reads in free answers to a choice question ("worse when I walk")
and to the medicines question ("nothing regular", "ramipril daily").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Tuple

import yaml

AFFIRM, DENY, DONT_KNOW = "affirm", "deny", "dont_know"
KINDS = (AFFIRM, DENY, DONT_KNOW)
MIN_TYPO_LENGTH = 4  # shorter words must be spelled exactly ("no" is not "so")
CONTRACTION_ENDS = frozenset({"s", "ve", "re", "ll", "d", "t", "m"})
ANY_TYPO_LENGTH = 5  # a 4-letter word may only have two letters swapped ("nose" is not "none")


def _normalise(text: str) -> str:
    # Letters of any alphabet are kept ("no sé" is not "no s"), everything else separates words.
    text = (text or "").lower().replace("’", "'").replace("`", "'").replace("_", " ")
    return " ".join(re.sub(r"[^\w' ]+|\d", " ", text).split())


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
    known: FrozenSet[str] = frozenset()  # other words the assistant knows (function words, the lexicon's)
    emoji: Tuple[Tuple[str, str], ...] = ()  # (emoji, the words it answers), longest first

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any], known: Iterable[str] = ()) -> "AnswerWords":
        missing = [k for k in KINDS + ("filler",) if not raw.get(k)]
        if missing:
            raise ValueError(f"lexicon answers: missing {missing}")
        kinds = {kind: frozenset(_token(p) for p in raw[kind]) for kind in KINDS}
        every = [p for kind in KINDS for p in raw[kind]] + list(raw["filler"])
        multi = sorted({_normalise(p) for p in every if " " in _normalise(p)}, key=len, reverse=True)
        emoji = tuple(sorted(((str(k), f" {v} ") for k, v in (raw.get("emoji") or {}).items()),
                             key=lambda kv: -len(kv[0])))
        return cls(kinds, frozenset(_token(p) for p in raw["filler"]),
                   tuple((p, p.replace(" ", "_")) for p in multi), frozenset(w.lower() for w in known), emoji)

    def _tokens(self, text: str) -> List[str]:
        for mark, words in self.emoji:  # before _normalise, which drops every emoji
            text = (text or "").replace(mark, words)
        norm = f" {_normalise(text)} "
        for phrase, token in self.phrases:
            norm = norm.replace(f" {phrase} ", f" {token} ")
        return norm.split()

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

    def confirms(self, intent: str, text: str) -> bool:
        """Does the message bear out a classifier's affirm or deny?"""
        if intent not in (AFFIRM, DENY) or "?" in (text or ""):
            return False
        opposite = DENY if intent == AFFIRM else AFFIRM
        kinds = [self._kind_of(t) for t in self._tokens(text)]
        if intent not in kinds or opposite in kinds:
            return False
        unknown = [t for t, k in zip(self._tokens(text), kinds) if k is None and not self._is_known(t)]
        return len(unknown) * 2 < len(kinds)  # mostly words this assistant knows

    def _is_known(self, token: str) -> bool:
        """A known word, or a contraction of known words ("that's", "i've")."""
        parts = [p for p in token.split("'") if p]
        return bool(parts) and all(p in self.known or p in CONTRACTION_ENDS for p in parts)

    def read(self, text: str) -> Optional[str]:
        """affirm, deny or dont_know for a clear answer; None for anything else."""
        found: Dict[str, int] = {}
        for token in self._tokens(text):
            kind = self._kind_of(token)
            if kind is None:
                return None
            found[kind] = found.get(kind, 0) + 1
        if DONT_KNOW in found:
            return DONT_KNOW
        if (AFFIRM in found) == (DENY in found):
            return None  # neither, or both ("yes no")
        return AFFIRM if AFFIRM in found else DENY


def answer_words(lexicon: Any) -> AnswerWords:
    """The answer words of a loaded lexicon, knowing English function words and the lexicon's own words."""
    from spacy.lang.en.stop_words import STOP_WORDS  # a word list; no model is loaded

    known = set(STOP_WORDS)
    for values in lexicon.phrases.values():
        for phrases in values.values():
            for phrase in phrases:
                known.update(re.findall(r"[a-z]+", phrase.lower()))
    return AnswerWords.from_raw(lexicon.raw.get("answers") or {}, known)


# --------------------------------------------------------------------------
# Free answers to choice and medicine questions (lexicon.yml `free_answers`)

_WORD_SPLIT = re.compile(r"[^\w'’ -]+")


def _term_regex(term: str) -> str:
    """A `free_answers` term: the lexicon's phrase syntax, "*" at the end for any ending."""
    from bot.nlu.lexicon import phrase_to_regex  # imported late: the lexicon module imports much more

    if term.endswith("*"):
        return phrase_to_regex(term[:-1]) + r"\w*"
    return phrase_to_regex(term)


@dataclass(frozen=True)
class FreeAnswers:
    """The words that read a free answer to a choice question or the medicines question."""

    choices: Mapping[str, Tuple[Tuple[str, "re.Pattern[str]"], ...]]  # finding -> (choice, regex), in order
    no_words: FrozenSet[str]
    medicine_filler: FrozenSet[str]
    greetings: FrozenSet[str] = frozenset()

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> "FreeAnswers":
        choices = {}
        for finding, table in (raw.get("choices") or {}).items():
            choices[str(finding)] = tuple(
                (str(choice), re.compile(r"(?<![\w])(?:" + "|".join(_term_regex(str(t)) for t in terms) + r")(?![\w])",
                                         re.IGNORECASE))
                for choice, terms in table.items())
        medicines = raw.get("medicines") or {}
        if not medicines.get("no") or not medicines.get("filler"):
            raise ValueError("lexicon free_answers.medicines: needs `no` and `filler`")
        return cls(choices, frozenset(str(w).lower() for w in medicines["no"]),
                   frozenset(str(w).lower() for w in medicines["filler"]),
                   frozenset(str(w).lower() for w in medicines.get("greetings") or []))

    def choice(self, finding_id: str, text: str) -> Optional[str]:
        """The choice of `finding_id` that a free answer names ("when I walk" -> worse_with_movement)."""
        for choice, regex in self.choices.get(finding_id, ()):
            if regex.search(text or ""):
                return choice
        return None

    @staticmethod
    def _words(text: str) -> List[str]:
        return _WORD_SPLIT.sub(" ", text or "").split()

    @staticmethod
    def _key(word: str) -> str:
        return word.lower().replace("’", "'")

    def _is_filler(self, word: str) -> bool:
        return self._key(word) in self.medicine_filler

    def says_no_medicines(self, text: str) -> bool:
        """"none", "nothing regular", "I don't take any": a no, and no other word than filler."""
        words = self._words(text)
        said_no = any(self._key(w) in self.no_words for w in words)
        return said_no and all(self._is_filler(w) for w in words)

    def only_a_greeting(self, text: str) -> bool:
        """"hi", "thanks a lot": greeting or thanking words and filler, no name of anything."""
        words = [self._key(w) for w in self._words(text)]
        return any(w in self.greetings for w in words) and all(
            w in self.greetings or w in self.medicine_filler for w in words)

    def medicine_name_as_written(self, text: str) -> str:
        """The medicine names of a free answer as written, without the filler around
        them ("I take metformin and ramipril daily" -> "metformin and ramipril"),
        or "" when only filler is left."""
        words = self._words(text)
        filler = [self._is_filler(w) for w in words]
        if all(filler) or not any(re.search(r"[a-z]{3,}", w.lower()) for w, f in zip(words, filler) if not f):
            return ""
        start = filler.index(False)
        end = len(words) - filler[::-1].index(False)
        return " ".join(words[start:end])[:80]


@lru_cache(maxsize=1)
def free_answers() -> FreeAnswers:
    """The `free_answers` words of bot/clinical/lexicon.yml (read once)."""
    from bot.nlu.quantities import LEXICON_PATH

    with LEXICON_PATH.open(encoding="utf-8") as fh:
        return FreeAnswers.from_raw(yaml.safe_load(fh).get("free_answers") or {})
