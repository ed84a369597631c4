"""Typing mistakes by edit distance (issue 9). Plain Python.

A word of a message that is not a word of the lexicon nor a known English
word is read as the lexicon word it is closest to, when it keeps the first
letter and is within Damerau-Levenshtein distance 1 (the message word at
least `min_length` letters, the lexicon word at least `min_target`) or 2 (both
at least `distance_2_length`), and no other lexicon word is as close (ties:
the word the lexicon uses most; then the only one of them that the message word
is with a letter left out; still tied: no correction). A shorter word
(at least `swap_min_length` letters) is read only by swapping two neighbouring
letters ("bakc" is back). "chets pain" is
read as "chest pain", "burnign" as "burning", "feavr" as "feaver" (a listed
spelling of fever). A word spelt by sound that no edit rule reads ("privits",
"bernin", "cheast") is read as the lexicon word with the same `sound_key`
(a reduced Metaphone), when configured (`sound_min_length`). Real words are never changed: the lexicon's
`typos.known_words` lists the English words that lie that close to a lexicon
word ("chess", "painting", "peeking", "passing"); scripts/gen_typo_words.py
writes it from an English word list.

`TypoCorrector.correct(text)` returns the corrected text and an `OffsetMap`
between the two texts, so that the extractor matches on the corrected text
and reports spans of the original.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Mapping, Optional, Set, Tuple

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*")
_PHRASE_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")


def osa_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (optimal string alignment); anything
    above `limit` is returned as limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if a == b:
        return 0
    prev2: List[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            best = min(best, v)
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[len(b)], limit + 1)


#: Spellings that sound alike written alike (a reduced Metaphone), in order.
_SOUNDS = [(re.compile(a), b) for a, b in [
    (r"ing$", "in"), (r"tch", "ch"), (r"dge", "j"), (r"ph", "f"), (r"gh", ""), (r"ck", "k"), (r"^wr", "r"),
    (r"^kn", "n"), (r"mb$", "m"), (r"x(?!$)", "ks"), (r"th", "0"), (r"sh", "x"), (r"ch", "x"), (r"c(?=[eiy])", "s"),
    (r"c", "k"), (r"q", "k"), (r"z", "s"), (r"(.)\1+", r"\1")]]
_SILENT = re.compile(r"[aeiouyhw]")


def sound_key(word: str) -> str:
    """How a word sounds, roughly: "tite" and "tight" are "tt", "privits" and "privates" "prvts",
    "numm" and "numb" "nm". The first letter is kept; later vowels, h and w are dropped."""
    w = word.lower()
    for regex, repl in _SOUNDS:
        w = regex.sub(repl, w)
    return w[:1] + _SILENT.sub("", w[1:]) if w else w


#: A word written without vowels after its first letter ("brnng", "bck", "accdnts").
_VOWELLESS = re.compile(r"[a-z][b-df-hj-np-tv-z]{2,}")


def skeleton(word: str) -> str:
    """A word's first letter and its later consonants: "burning" is "brnng", "accidents" "accdnts"."""
    return word[:1] + re.sub(r"[aeiou]", "", word[1:])


def _deletes(word: str, depth: int) -> Set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        nxt = set()
        for w in frontier:
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1:])
        out |= nxt
        frontier = nxt
    return out


@dataclass
class OffsetMap:
    """Positions of the corrected text -> positions of the original text."""

    # (corrected start, corrected end, original start, original end) of each
    # replaced word, in order.
    pieces: List[Tuple[int, int, int, int]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.pieces)

    def to_original(self, pos: int, end: bool = False) -> int:
        if not self.pieces:
            return pos
        i = bisect.bisect_right([p[0] for p in self.pieces], pos) - 1
        if i < 0:
            return pos
        cs, ce, os_, oe = self.pieces[i]
        if pos >= ce:
            return oe + (pos - ce)
        if pos == cs:
            return os_
        return oe if end else os_

    def to_corrected(self, pos: int, end: bool = False) -> int:
        if not self.pieces:
            return pos
        i = bisect.bisect_right([p[2] for p in self.pieces], pos) - 1
        if i < 0:
            return pos
        cs, ce, os_, oe = self.pieces[i]
        if pos >= oe:
            return ce + (pos - oe)
        if pos == os_:
            return cs
        return ce if end else cs


class TypoCorrector:
    def __init__(self, vocabulary: Iterable[str], known_words: Iterable[str] = (), min_length: int = 5,
                 min_target: int = 4, distance_2_length: int = 8, shorthand: Optional[Mapping[str, str]] = None,
                 swap_min_length: Optional[int] = None, sound_min_length: Optional[int] = None,
                 sound_max_distance: int = 2, sound_min_target: int = 5, emoji: Optional[Mapping[str, str]] = None,
                 possessives: Optional[Mapping[str, Any]] = None, vowelless_min_words: Optional[int] = None):
        #: Text-speak read as its word whatever its length ("cudnt" is "couldnt").
        self.shorthand = {str(k).lower(): str(v) for k, v in (shorthand or {}).items()}
        #: Dialect possessives read as "my" before a part of the body ("me back", "mi legs"), not elsewhere
        #: ("lift me off the floor").
        poss = possessives or {}
        self.possessives = {str(k).lower(): str(v) for k, v in (poss.get("words") or {}).items()}
        self.possessed = {str(w).lower() for w in poss.get("before") or []}
        #: "me left leg" (a modifier, then a part of the body) but not "caught me right across the back".
        self.modifiers = {str(w).lower() for w in poss.get("modifiers") or []}
        #: "carry me back up the path", "take me back to A&E": an adverb, not a part of the body.
        self.adverb_if_followed = {str(k).lower(): {str(w).lower() for w in v}
                                   for k, v in (poss.get("adverb_if_followed_by") or {}).items()}
        #: Emoji read as words ("back 🔥" is "back fire"), padded so that they stand apart.
        self.emoji = {str(k): f" {v} " for k, v in (emoji or {}).items()}
        longest_first = sorted(self.emoji, key=len, reverse=True)
        self._token = re.compile("|".join([_WORD.pattern] + [re.escape(e) for e in longest_first]))
        counts = Counter(w for w in vocabulary if w.isalpha())
        self.counts = counts
        self.min_length = min_length
        self.min_target = min_target
        self.distance_2_length = distance_2_length
        #: Shorter words are corrected only by swapping two neighbouring letters ("bakc", "mvoe").
        self.swap_min_length = min_length if swap_min_length is None else swap_min_length
        self.known: Set[str] = set(counts) | {str(w).lower().replace("'", "") for w in known_words}
        self.index: Dict[str, Set[str]] = {}
        for word in counts:
            if len(word) < min_target:
                continue
            for d in _deletes(word, self._max_distance(word)):
                self.index.setdefault(d, set()).add(word)
        #: A word no edit rule reads is read as the lexicon word that sounds the same
        #: ("privits" is privates, "bernin" burning), from this length on (None: never).
        self.sound_min_length = sound_min_length
        self.sound_max_distance = sound_max_distance
        self.sounds: Dict[str, Set[str]] = {}
        for word in counts:
            if len(word) >= sound_min_target:  # short words sound like too many others ("mera", "more")
                self.sounds.setdefault(sound_key(word), set()).add(word)
        #: Text with its vowels left out ("sddn rppng pain thru his bck"): when a message has at least this many
        #: such words, each is read as the lexicon word with the same consonants (None: never).
        self.vowelless_min_words = vowelless_min_words
        sharing: Dict[str, Set[str]] = {}
        for word in counts:
            if len(word) >= 3 and skeleton(word) != word:
                sharing.setdefault(skeleton(word), set()).add(word)
        #: Consonants -> the lexicon word they stand for: the one the lexicon uses most (None on a tie).
        self.skeletons: Dict[str, Optional[str]] = {key: self._most_used(words) for key, words in sharing.items()}
        self._lookup = lru_cache(maxsize=4096)(self._closest)

    def _max_distance(self, word: str) -> int:
        return 2 if len(word) >= self.distance_2_length else 1

    def _allowed(self, token: str, target: str, distance: int) -> bool:
        if token[0] != target[0] or distance == 0:
            return False
        if distance == 1 and len(token) < self.min_length:
            return len(token) >= self.swap_min_length and len(token) == len(target) and sorted(token) == sorted(target)
        if distance == 1:
            return len(token) >= self.min_length and len(target) >= self.min_target
        return distance == 2 and min(len(token), len(target)) >= self.distance_2_length

    def candidates(self, token: str) -> List[Tuple[int, str]]:
        """(distance, lexicon word) of every allowed correction of `token`."""
        found: Set[str] = set()
        for d in _deletes(token, self._max_distance(token)):
            found |= self.index.get(d, set())
        out = []
        for target in found:
            dist = osa_distance(token, target)
            if self._allowed(token, target, dist):
                out.append((dist, target))
        return sorted(out)

    def sound_alikes(self, token: str) -> List[Tuple[int, str]]:
        """(distance, lexicon word) of the words that sound like `token` ("bernin": burning),
        same first letter, within `sound_max_distance` edits."""
        if self.sound_min_length is None or len(token) < self.sound_min_length:
            return []
        out = []
        for target in self.sounds.get(sound_key(token), ()):
            dist = osa_distance(token, target, self.sound_max_distance)
            if target[0] == token[0] and 0 < dist <= self.sound_max_distance:
                out.append((dist, target))
        return sorted(out)

    def _closest(self, token: str) -> Optional[str]:
        if token in self.shorthand:
            return self.shorthand[token]
        archaic = self._archaic_verb(token)
        if archaic:
            return archaic
        if len(token) >= 5 and token.endswith("in") and token + "g" in self.known:
            # A dropped g is its -ing word ("burnin", "tinglin'" are the lexicon's burning, tingling;
            # "paintin'" is painting, an English word, not "panting" one edit away; "lookin" is looking,
            # which a pattern may name).
            return token + "g"
        if len(token) < min(self.min_length, self.swap_min_length) or token in self.known:
            return None
        cands = self.candidates(token) or self.sound_alikes(token)
        if not cands:
            return None
        best = cands[0][0]
        tied = sorted((t for d, t in cands if d == best), key=lambda t: -self.counts[t])
        if len(tied) > 1 and self.counts[tied[0]] == self.counts[tied[1]]:
            # Still tied: a dropped letter is the likelier slip ("confusd" is confused, not confuse).
            top = [t for t in tied if self.counts[t] == self.counts[tied[0]]]
            dropped = [t for t in top if len(t) == len(token) + 1 and token in _deletes(t, 1)]
            return dropped[0] if len(dropped) == 1 else None
        return tied[0]

    def _archaic_verb(self, token: str) -> Optional[str]:
        """The present tense of an old "-eth" verb: "burneth" burns, "sitteth" sits, "passeth" passes
        (not an ordinal: "twentieth")."""
        if len(token) < 6 or not token.endswith("eth") or token.endswith("ieth") or token in self.known:
            return None
        stem = token[:-3]
        single = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "sl" else stem
        forms = [stem + "s", single + "s", stem + "es", single + "es"]
        known = next((f for f in forms if f in self.known), None)
        if known:
            return known
        return single + ("es" if single.endswith(("s", "sh", "ch", "x", "z")) else "s")

    def _most_used(self, words: Set[str]) -> Optional[str]:
        ranked = sorted(words, key=lambda w: (-self.counts[w], w))
        if len(ranked) > 1 and self.counts[ranked[0]] == self.counts[ranked[1]]:
            return None
        return ranked[0]

    def vowelless(self, token: str) -> Optional[str]:
        """The lexicon word a word written without its vowels stands for ("brnng" burning, "sddn" sudden):
        the one with the same consonants, or the one the lexicon uses most."""
        if token in self.known or token in self.shorthand:
            return None
        return self.skeletons.get(token)

    def _vowelless_message(self, words: List[str]) -> bool:
        if self.vowelless_min_words is None:
            return False
        return sum(1 for w in words if _VOWELLESS.fullmatch(w) and self.vowelless(w)) >= self.vowelless_min_words

    def correction(self, word: str) -> Optional[str]:
        """The lexicon word `word` is read as, or None."""
        return self._lookup(word.lower())

    def _before_the_body(self, text: str, end: int) -> bool:
        words = _next_words(text, end, 2)
        first = words[0] if words else ""
        second = words[1] if len(words) > 1 else ""
        if first in self.modifiers:
            return second in self.possessed
        return first in self.possessed and second not in self.adverb_if_followed.get(first, ())

    def correct(self, text: str) -> Tuple[str, OffsetMap]:
        pieces: List[Tuple[int, int, int, int]] = []
        out: List[str] = []
        last = 0
        shift = 0
        vowelless = self._vowelless_message([m.group(0).lower() for m in _WORD.finditer(text)])
        for m in self._token.finditer(text):
            word = m.group(0)
            if word.lower().endswith("eth") and word[:1].isupper() and not word.isupper():
                continue  # a name ("Kenneth", "Gareth"), not an old verb
            consonants = self.vowelless(word.lower()) if vowelless and _VOWELLESS.fullmatch(word.lower()) else None
            if consonants:
                fixed: Optional[str] = consonants
            elif word.lower() in self.possessives and self._before_the_body(text, m.end()):
                fixed = self.possessives[word.lower()]
            elif "'" in word or "\u2019" in word:
                # Only text-speak is read in a word with an apostrophe ("wee'd" is "weed"): no edit distance.
                fixed = self.shorthand.get(word.lower().replace("\u2019", "'"))
            else:
                fixed = self.emoji.get(word) or self._lookup(word.lower())
                if fixed and _mid_sentence_name(text, m.start(), word) and osa_distance(word.lower(), fixed) > 1:
                    fixed = None  # a place or a name ("a buzzard at Blacktoft"), not "blackout" mistyped
            if fixed is None:
                continue
            end = m.end() + _dropped_g_apostrophe(text, m.end(), word, fixed)
            out.append(text[last:m.start()])
            cs = m.start() + shift
            out.append(fixed)
            pieces.append((cs, cs + len(fixed), m.start(), end))
            shift += len(fixed) - (end - m.start())
            last = end
        if not pieces:
            return text, OffsetMap()
        out.append(text[last:])
        return "".join(out), OffsetMap(pieces)


def _next_words(text: str, end: int, n: int) -> List[str]:
    """The next `n` words after `end` (fewer at the end of the text or of a clause)."""
    out: List[str] = []
    for _ in range(n):
        m = _NEXT_WORD.match(text, end)
        if not m:
            break
        out.append(m.group(1).lower())
        end = m.end()
    return out


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _mid_sentence_name(text: str, start: int, word: str) -> bool:
    """A capitalised word inside a sentence: most likely a name, not a misspelling."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'(\u2018\u201c-\u2013\u2014"


def _dropped_g_apostrophe(text: str, end: int, word: str, fixed: str) -> int:
    """1 when the word read as an -ing word is followed by the apostrophe of its
    dropped g ("givin' way" is "giving way", not "giving' way"), else 0."""
    if (word.lower().endswith("in") and fixed.lower().endswith("ing") and end < len(text)
            and text[end] in "'\u2019" and not text[end + 1:end + 2].isalpha()):
        return 1
    return 0


def _phrase_words(phrase: str) -> List[str]:
    text = str(phrase).lower().replace("\u2019", "'").replace("{my}", " ").replace("{side}", " ")
    return [w.replace("'", "") for w in _PHRASE_WORD.findall(text)]


def vocabulary(raw: Mapping[str, Any]) -> List[str]:
    """Every word of the lexicon's phrases, ignore phrases, negation words and
    composition terms, apostrophes dropped ("haven't" is "havent"), with
    repeats: the corrector prefers the words the lexicon uses most. Patterns
    are not read."""
    words: List[str] = []

    def add(items: Any) -> None:
        for item in items or []:
            words.extend(_phrase_words(str(item)))

    for values in (raw.get("entities") or {}).values():
        for spec in (values or {}).values():
            for group in spec if isinstance(spec, list) else [spec]:
                add(group.get("phrases"))
    add((raw.get("ignore") or {}).get("phrases"))
    negation = raw.get("negation") or {}
    for key in ("pre", "post", "pseudo", "uncertain", "asking", "terminators", "connectors"):
        add(negation.get(key))
    compositions = raw.get("compositions") or {}
    for key in ("fillers", "coordinators", "breakers", "similes"):
        add(compositions.get(key))
    for key in ("sites", "symptoms"):
        for spec in (compositions.get(key) or {}).values():
            add(spec.get("words"))
    return words


#: A word written whole in a pattern: not right after a regex escape or a repeat that may add letters
#: ("\\w+ing"), and not followed by anything that may add or drop letters ("urinat\\w*", "neighbou?r").
_WHOLE_PATTERN_WORD = re.compile(r"(?<![\\a-zA-Z])(?<!\\w[+*?])(?<![)\]][+*?])([a-zA-Z]+)"
                                 r"(?![a-zA-Z?*+{(\[]|\\[wWSdD]|\)\??[a-zA-Z(])")
_GROUP_NAME = re.compile(r"\(\?P<[^>]*>")


def pattern_words(raw_lexicon: Mapping[str, Any]) -> List[str]:
    """The whole words written in the lexicon's patterns ("(?:tv|telly)\\s+fell"): words the
    lexicon itself names are never typing mistakes ("telly" is not "tell"); a stem ("urinat\\w*")
    is no word, so "urinat" is still read as "urinate"."""
    words: List[str] = []

    def walk(node: Any, in_patterns: bool = False) -> None:
        if isinstance(node, Mapping):
            for key, value in node.items():
                walk(value, in_patterns or key == "patterns")
        elif isinstance(node, list):
            for item in node:
                walk(item, in_patterns)
        elif in_patterns and isinstance(node, str):
            words.extend(w.lower() for w in _WHOLE_PATTERN_WORD.findall(_GROUP_NAME.sub(" ", node)))

    walk(raw_lexicon.get("entities") or {})
    walk(raw_lexicon.get("ignore") or {})
    return words


def build_typos(raw: Optional[Mapping[str, Any]], words: Iterable[str],
                also_known: Iterable[str] = ()) -> Optional[TypoCorrector]:
    if raw is None:
        return None
    known = ([str(w) for w in (raw.get("known_words") or [])] + [str(w) for w in (raw.get("extra_known_words") or [])]
             + [str(w) for w in also_known])
    shorthand = raw.get("shorthand") or {}
    bad = {k: v for k, v in shorthand.items() if not isinstance(k, str) or not isinstance(v, str)}
    if bad:  # YAML reads off/on/yes/no as booleans: quote them
        raise ValueError(f"typos.shorthand: not words (quote them): {bad}")
    return TypoCorrector(words, known, min_length=int(raw.get("min_length", 5)),
                         min_target=int(raw.get("min_target", 4)),
                         distance_2_length=int(raw.get("distance_2_length", 8)),
                         swap_min_length=int(raw["swap_min_length"]) if "swap_min_length" in raw else None,
                         sound_min_length=int(raw["sound_min_length"]) if "sound_min_length" in raw else None,
                         sound_max_distance=int(raw.get("sound_max_distance", 2)),
                         sound_min_target=int(raw.get("sound_min_target", 5)),
                         shorthand=shorthand, emoji=raw.get("emoji") or {},
                         possessives=raw.get("possessives") or {},
                         vowelless_min_words=int(raw["vowelless_min_words"]) if "vowelless_min_words" in raw else None)
