"""Literal prefilters for the lexicon's regular expressions.

The lexicon compiles to about 1,400 regexes, and running each over every
message was most of the parse time. Almost every one of them needs some
literal text to match at all ("faint" in `fainted|fainting`, "collapsed" in a
long pattern around it). `required_literals` reads that requirement off the
parsed regex: a set of strings one of which must occur in the (lower-cased)
text for the regex to have any chance of matching. A message that holds none
of them skips the regex. The requirement is conservative by construction
(zero-width assertions keep a literal run going, anything else ends it;
optional parts and character classes require nothing), so skipping never loses
a match; tests/nlu/test_prefilter.py checks that on every sentence of the test
sets.
"""

from __future__ import annotations

from typing import Any, FrozenSet, List, Optional, Pattern, Sequence

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

Requirement = Optional[FrozenSet[str]]  # None: the regex may match without any literal

_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def required_literals(regex: Pattern[str]) -> Requirement:
    """Strings one of which every match of `regex` contains (lower-cased), or None."""
    return _sequence(sre_parse.parse(regex.pattern, regex.flags))


def may_match(needs: Requirement, lowered_text: str) -> bool:
    """False only when the text holds none of the required strings."""
    return needs is None or any(s in lowered_text for s in needs)


def _sequence(items: Sequence[Any]) -> Requirement:
    """The strongest requirement among the parts of a sequence."""
    found: List[FrozenSet[str]] = []
    run = ""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            run += chr(arg).lower()
            continue
        if name in _ZERO_WIDTH:
            continue  # consumes nothing: the literals on both sides are adjacent in the text
        if run:
            found.append(frozenset({run}))
            run = ""
        part = _item(name, arg)
        if part is not None:
            found.append(part)
    if run:
        found.append(frozenset({run}))
    return max(found, key=_strength, default=None)


def _item(name: str, arg: Any) -> Requirement:
    if name == "SUBPATTERN":
        return _sequence(arg[-1])
    if name == "BRANCH":
        return _branches(arg[1])
    if name in _REPEATS:
        low, _high, body = arg
        return _sequence(body) if low >= 1 else None
    return None  # a character class, any character, a back-reference: no literal


def _branches(branches: Sequence[Any]) -> Requirement:
    out: set[str] = set()
    for branch in branches:
        need = _sequence(branch)
        if need is None:
            return None  # one branch can match without a literal, so the whole can
        out |= need
    return frozenset(out)


def _strength(need: FrozenSet[str]) -> tuple[int, int]:
    """Longer shortest string first (rarer in text), then fewer alternatives."""
    return min(map(len, need)), -len(need)
