"""Literal prefilters for the lexicon's regular expressions.

The lexicon compiles to about 1,400 regexes, and running each over every
message was most of the parse time. Almost every one of them needs some
literal text to match at all ("faint" in `fainted|fainting`, "collapsed" in a
long pattern around it). `required_clauses` reads those requirements off the
parsed regex: sets of strings, one of each of which must occur in the
(lower-cased) text for the regex to have any chance of matching; `strongest`
is the rarest of them. A message that fails one skips the regex. The
requirements are conservative by construction (zero-width assertions keep a
literal run going, anything else ends it; optional parts and character
classes require nothing), so skipping never loses a match;
tests/nlu/test_prefilter.py checks that on every sentence of the test sets.

A regex needs more than its rarest string: every literal run and alternation
of its top-level sequence is a requirement (`required_clauses`), and all must
hold. `LiteralIndex` checks them for a whole message at once: it finds which
of the lexicon's distinct strings the message holds (looking up only the
strings whose first three letters occur in it) and returns the regexes whose
every requirement is met, in their order (about 60 of 2,000 on a typical
message, against about 220 with the rarest string alone).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Dict, FrozenSet, List, Optional, Pattern, Sequence, Set, Tuple

try:  # Python 3.11+
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse  # type: ignore[no-redef]

Requirement = Optional[FrozenSet[str]]  # None: the regex may match without any literal
Clauses = Tuple[FrozenSet[str], ...]  # each: one of these strings must occur; () requires nothing

_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


def required_clauses(regex: Pattern[str]) -> Clauses:
    """Every requirement of `regex`'s sequence (lower-cased); a match meets them all."""
    return tuple(dict.fromkeys(_all_of(sre_parse.parse(regex.pattern, regex.flags))))


def strongest(clauses: Sequence[FrozenSet[str]]) -> Requirement:
    """The rarest requirement (longest shortest string, then fewest strings), or None when there is none."""
    return max(clauses, key=_strength, default=None)


def _sequence(items: Sequence[Any]) -> Requirement:
    """The strongest requirement among the parts of a sequence."""
    return strongest(_all_of(items))


def _all_of(items: Sequence[Any]) -> List[FrozenSet[str]]:
    """The requirements of every part of a sequence (a group or a repeat's parts count too)."""
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
        if name == "SUBPATTERN":
            found += _all_of(arg[-1])
        elif name in _REPEATS and arg[0] >= 1:
            found += _all_of(arg[2])
        else:
            part = _item(name, arg)
            if part is not None:
                found.append(part)
    if run:
        found.append(frozenset({run}))
    return found


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


_KEY = 3  # strings are looked up by their first three letters


class LiteralIndex:
    """Which of a list of regexes may match a text: those whose every requirement it meets."""

    def __init__(self, regexes: Sequence[Pattern[str]]) -> None:
        self.clauses: List[Clauses] = [required_clauses(r) for r in regexes]
        self.always = [i for i, c in enumerate(self.clauses) if not c]
        by_string: Dict[str, List[int]] = defaultdict(list)  # the rarest requirement's strings -> regexes
        for i, clauses in enumerate(self.clauses):
            for s in strongest(clauses) or ():
                by_string[s].append(i)
        self.by_string = dict(by_string)
        strings = {s for clauses in self.clauses for clause in clauses for s in clause}
        self.short = [s for s in strings if len(s) < _KEY]
        self.by_key: Dict[str, List[str]] = defaultdict(list)
        for s in strings:
            if len(s) >= _KEY:
                self.by_key[s[:_KEY]].append(s)

    def present(self, lowered: str) -> Set[str]:
        """The strings of the requirements that occur in `lowered`."""
        keys = {lowered[i:i + _KEY] for i in range(len(lowered) - _KEY + 1)}
        found = {s for s in self.short if s in lowered}
        for key in keys & self.by_key.keys():
            found.update(s for s in self.by_key[key] if s in lowered)
        return found

    def candidates(self, lowered: str) -> List[int]:
        """The indexes, in order, of the regexes whose every requirement `lowered` meets."""
        present = self.present(lowered)
        out = set(self.always)
        for s in present:
            for i in self.by_string.get(s, ()):
                if i not in out and all(not clause.isdisjoint(present) for clause in self.clauses[i]):
                    out.add(i)
        return sorted(out)
