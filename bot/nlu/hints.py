"""Red flags hinted at, not stated (issue 9: "a semantic layer proposes and the
person confirms"). Plain Python, no Rasa.

The lexicon finds red flags said in the words its classes know. A person who
writes "I keep going dizzy" or "my legs feel funny" has not said they fainted
or that their legs are weak, but a clinician would ask about that first. The
section `hints` of the lexicon lists, per red flag, the words that point
towards it. A hint word counts when

- it lies outside every entity the message reported and every span the
  lexicon chose to ignore ("fell asleep" is not a fall), and
- the message neither states nor denies that red flag.

A red flag named only in a question, a fear or a doubt ("should I go in if my
legs go weak?", "not sure if it's a rash") is not reported by the extractor
(bot/nlu/extractor.py) and is hinted the same way (`asked`).

The hinted red flags (most dangerous first: the section is in the spec's
red-flag order, checked by Lexicon.validate; at most `MAX_HINTS`) go to the
interview under the parse key `HINTS_KEY`. The interview asks a hinted
emergency sign at once, and another hinted red flag in its group's turn, each
as its own yes/no question; the answer decides. A hint never records a
finding, present or absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, List, Mapping, Optional, Pattern, Sequence, Tuple

#: Key of the parse result (and of the tracker's latest message) that carries the hints.
HINTS_KEY = "red_flag_hints"
#: At most this many red flags are hinted per message: the most dangerous first.
MAX_HINTS = 2

Span = Tuple[int, int]


class HintsError(ValueError):
    pass


@dataclass(frozen=True)
class Hints:
    """The compiled `hints` section: one regex per red flag, in the lexicon's order."""

    patterns: Tuple[Tuple[str, Pattern], ...]

    def find(self, text: str, entities: Sequence[Mapping[str, Any]], skip: Iterable[Span] = (),
             negators: Optional[Pattern] = None, asked: Iterable[str] = ()) -> List[str]:
        """The red flags `text` hints at, in the lexicon's (the spec's) order. `entities`:
        what the NLU reported for it (start/end in `text`); `skip`: other spans to leave
        alone (ignore matches); `negators`: negation words: a hint word just after one
        ("no dizziness") is denied; `asked`: red flags named only in a question or a
        doubt ("what if my legs go weak?"), hinted whatever the words."""
        if not text:
            return []
        asked = set(asked)
        norm = text.replace("\u2019", "'").replace("\u2018", "'")
        said = said_findings(entities)
        taken = [(int(e["start"]), int(e["end"])) for e in entities
                 if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)] + list(skip)
        denied = [m.end() for m in negators.finditer(norm)] if negators is not None else []
        found = [fid for fid, regex in self.patterns
                 if fid not in said and (fid in asked or any(
                     _outside(m.span(), taken) and not _just_after(norm, m.start(), denied)
                     for m in regex.finditer(norm)))]
        return found[:MAX_HINTS]


def said_findings(entities: Sequence[Mapping[str, Any]]) -> set:
    """The findings the entities state or deny: never hinted (by words or by meaning)."""
    return {str(e.get("value")) for e in entities if e.get("entity") == "symptom"}


#: How far back a negation word reaches a hint word, in words of the same clause.
NEGATION_REACH = 3


def _just_after(text: str, start: int, negation_ends: Sequence[int]) -> bool:
    """Whether a negation word ends at most NEGATION_REACH words before `start`, in the same clause."""
    for end in negation_ends:
        gap = text[end:start]
        if end <= start and not re.search(r"[.,;:!?]|\bbut\b", gap) and len(gap.split()) <= NEGATION_REACH:
            return True
    return False


def _outside(span: Span, taken: Sequence[Span]) -> bool:
    a, b = span
    return not any(a < e and s < b for s, e in taken)


def build_hints(raw: Optional[Mapping[str, Any]], symptoms: Iterable[str], origin: str,
                to_regex: Any, compile_regex: Any) -> Optional[Hints]:
    """Compile the `hints` section. `to_regex` turns a phrase into a regex and
    `compile_regex` compiles one (both from bot.nlu.lexicon, so the syntax is
    the lexicon's); every key must be a symptom of the lexicon (that it is a
    red flag of the spec is checked with the spec, by Lexicon.validate)."""
    if not raw:
        return None
    if not isinstance(raw, Mapping):
        raise HintsError(f"{origin}: hints: expected a mapping of red flag -> phrases / patterns")
    known = set(symptoms)
    patterns: List[Tuple[str, Pattern]] = []
    for fid, group in raw.items():
        where = f"{origin}: hints.{fid}"
        if fid not in known:
            raise HintsError(f"{where}: not a symptom of the lexicon")
        if not isinstance(group, Mapping) or set(group) - {"phrases", "patterns"}:
            raise HintsError(f"{where}: expected `phrases` and/or `patterns`")
        alternatives = sorted({to_regex(str(p)) for p in group.get("phrases") or []}, key=len, reverse=True)
        alternatives += [str(p) for p in group.get("patterns") or []]
        if not alternatives:
            raise HintsError(f"{where}: no phrases or patterns")
        patterns.append((str(fid), compile_regex("|".join(f"(?:{a})" for a in alternatives), where)))
    return Hints(tuple(patterns))
