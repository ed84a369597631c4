"""Red flags by meaning, not by phrase (issue 9). Plain Python.

A body site and a symptom word in one clause report a finding: "my chest is
being squeezed", "pins and needles in my left foot", "peeing makes the pain
worse", "I spilled drain cleaner down my back". The words and the table of
site x symptom -> finding are the `compositions` section of
bot/clinical/lexicon.yml (its header explains the rules); this module
compiles them (`build_compositions`, called when the lexicon is loaded) and
finds the pairs (`Compositions.find`). The extractor (bot/nlu/extractor.py)
adds them to the lexicon's own matches (`Compositions.combine`) and decides
their negation with the same ConText rules, plus a negation word between the
two words ("my feet aren't numb").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Any, Dict, List, Mapping, Optional, Pattern, Sequence, Set, Tuple

from bot.nlu.lexicon import _SEP, LexiconError, _alternation, all_matches, bounded, phrase_to_regex

SITE, SYMPTOM_WORD = "site", "symptom"
ANY, NEAREST = "any", "nearest"

#: `{side}` in a composition term: an optional side or part.
SIDE = r"(?:(?:left|right|inner|outer|lower|upper)\s+)?"
_SIDE_MARK = "zzsidezz"
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[^\sa-z0-9]")
_HARD_BREAK = {".", "!", "?", ";", ":", "(", ")", "\u2014", "\u2013"}
#: Back words: a sensation word used as a red-flag symptom is still the
#: back's sensation when the clause names the back ("my chest and back burn").
_BACK_WORDS = {"back", "spine", "backbone"}


class CompositionError(LexiconError):
    """The `compositions` section is malformed or names an unknown finding."""


@dataclass(frozen=True)
class Category:
    name: str
    kind: str  # SITE or SYMPTOM_WORD
    attach: str  # ANY or NEAREST
    regex: Pattern
    terms: Tuple[str, ...]
    # Said as an aside, across a comma, it still belongs to the clause ("a band round to the front, left side only").
    across_comma: bool = False


@dataclass(frozen=True)
class Rule:
    finding: str
    drop_if_negated: bool = False
    literal: bool = False
    implies: Tuple[str, ...] = ()  # findings the same words also report (numb feet, both sides)


@dataclass(frozen=True)
class Occurrence:
    """Words of one or more categories ("burns" is a burning word and a
    contact word of a chemical burn; "blisters" a site of a wide burn and a
    contact word)."""

    start: int
    end: int
    categories: Tuple[Category, ...]
    first: int  # token indices, inclusive
    last: int

    @property
    def kind(self) -> str:
        return SITE if any(c.kind == SITE for c in self.categories) else SYMPTOM_WORD

    def of_kind(self, kind: str) -> List[Category]:
        return [c for c in self.categories if c.kind == kind]


@dataclass(frozen=True)
class Composition:
    """A site and a symptom word that report `finding`."""

    start: int
    end: int
    finding: str
    site: Tuple[int, int]
    symptom: Tuple[int, int]
    drop_if_negated: bool
    back_in_clause: bool
    implies: Tuple[str, ...] = ()

    @property
    def anchors(self) -> Tuple[Tuple[int, int], Tuple[int, int]]:
        return tuple(sorted((self.site, self.symptom)))  # type: ignore[return-value]

    @property
    def gap(self) -> Tuple[int, int]:
        first, second = self.anchors
        return first[1], second[0]


def term_regex(term: str) -> str:
    """The regex of a composition term: the lexicon's phrase syntax plus {side}."""
    regex = phrase_to_regex(term.replace("{side}", _SIDE_MARK))
    return regex.replace(_SIDE_MARK + _SEP, SIDE).replace(_SIDE_MARK, SIDE)


def _words(items: Sequence[Any]) -> List[Tuple[str, ...]]:
    return [tuple(_TOKEN.findall(str(i).lower())) for i in items]


@dataclass
class Compositions:
    window: int
    fillers: Set[str]
    coordinators: Set[str]  # words that join the items of a list
    breakers: List[Tuple[str, ...]]
    similes: List[Tuple[str, ...]]
    categories: Dict[str, Category]
    rules: Dict[Tuple[str, str], Rule]
    findings: Set[str] = field(default_factory=set)
    #: Findings whose words are not paired again into another finding.
    not_paired_inside: Set[str] = field(default_factory=set)
    #: A leg finding said to be on both sides also reports `Bilateral.adds`.
    bilateral: Optional["Bilateral"] = None
    #: Verbs that carry a comma-set-off site on to its symptom ("my bottom and thighs, have gone numb").
    predicates: Set[str] = field(default_factory=set)
    #: Hesitations set off by commas ("numb around my, um, rear end"): the commas do not end the clause.
    hesitations: Set[str] = field(default_factory=set)
    #: Prepositions that bind a symptom word to the site right after them ("pins and needles in his left foot").
    own_site_prepositions: Set[str] = field(default_factory=set)

    def terms(self) -> List[str]:
        """Every term (for the typo corrector's vocabulary)."""
        return [t for c in self.categories.values() for t in c.terms]

    # -- finding the pairs -------------------------------------------------------

    def _occurrences(self, text: str, starts: List[int], tokens: List[Tuple[int, int, str]]) -> List[Occurrence]:
        found = []
        for cat in self.categories.values():
            for m in all_matches(cat.regex, text):
                found.append((m.start(), m.end(), cat))
        # Longest wins where terms overlap; the same words may be of several categories.
        chosen: Dict[Tuple[int, int], List[Category]] = {}
        for s, e, cat in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
            if (s, e) in chosen:
                chosen[(s, e)].append(cat)
            elif not any(s < ce and cs < e for cs, ce in chosen):
                chosen[(s, e)] = [cat]
        out = []
        for (s, e), cats in sorted(chosen.items()):
            first = bisect.bisect_left(starts, s)
            last = bisect.bisect_left(starts, e) - 1
            if first <= last:
                out.append(Occurrence(s, e, tuple(cats), first, last))
        return out

    def _phrase_at(self, words: List[str], i: int, phrases: List[Tuple[str, ...]]) -> int:
        """Length (in tokens) of the longest phrase starting at token i, or 0."""
        best = 0
        for p in phrases:
            if len(p) > best and tuple(words[i:i + len(p)]) == p:
                best = len(p)
        return best

    def find(self, text: str) -> List[Composition]:
        """The (site, symptom) pairs of `text` that a rule turns into a finding."""
        low = text.lower()
        tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(low)]
        if not tokens:
            return []
        occs = self._occurrences(low, [t[0] for t in tokens], tokens)
        if not any(o.of_kind(SITE) for o in occs) or not any(o.of_kind(SYMPTOM_WORD) for o in occs):
            return []
        layout = _Layout(self, low, tokens, occs)
        return self._pairs(layout, occs)

    def _pairs(self, layout: "_Layout", occs: List[Occurrence]) -> List[Composition]:
        """Each symptom word with the sites in its reach that a rule pairs it with."""
        group = layout.groups(occs)
        back_clauses = {layout.clause[k] for k, w in enumerate(layout.words) if w in _BACK_WORDS}
        sites = [o for o in occs if o.of_kind(SITE)]
        out: List[Composition] = []
        for s in (o for o in occs if o.of_kind(SYMPTOM_WORD)):
            reach = [(t, d) for t in sites if t is not s
                     for d in [layout.distance(s, t)] if d is not None and d <= self.window]
            if not reach:
                continue
            # The nearest site (with those listed with it) owns the symptom word.
            owned = [(t, d) for t, d in reach if any(c.attach == NEAREST for c in t.of_kind(SITE))]
            nearest_groups: Set[int] = set()
            if owned:
                best = min(d for _, d in owned)
                nearest = layout.own_site(s, [t for t, _ in owned]) or [t for t, d in owned if d == best]
                nearest_groups = {group[t] for t in layout.heading_site(s, nearest)}
            for t, _ in reach:
                for site_cat in t.of_kind(SITE):
                    for symptom_cat in s.of_kind(SYMPTOM_WORD):
                        rule = self.rules.get((site_cat.name, symptom_cat.name))
                        if rule is None:
                            continue
                        if NEAREST == site_cat.attach == symptom_cat.attach and group[t] not in nearest_groups:
                            continue
                        if rule.literal and self._after_simile(layout.words, t.first):
                            continue
                        out.append(Composition(min(s.start, t.start), max(s.end, t.end), rule.finding,
                                               (t.start, t.end), (s.start, s.end), rule.drop_if_negated,
                                               layout.clause[s.first] in back_clauses, rule.implies))
        return out

    def _after_simile(self, words: List[str], first: int) -> bool:
        """A simile word ends at most 3 tokens before token `first`."""
        for sim in self.similes:
            n = len(sim)
            for end in range(max(0, first - 3), first):
                if end - n + 1 >= 0 and tuple(words[end - n + 1:end + 1]) == sim:
                    return True
        return False

    # -- combining with the lexicon's matches --------------------------------------

    def combine(self, text: str, chosen: Sequence[Any]) -> Tuple[List[Any], List[Composition]]:
        """The lexicon's chosen mentions (objects with start, end, entity, value)
        as they stand next to the compositions of `text`, and those
        compositions. Returns (mentions kept, compositions kept)."""
        comps = self.find(text)
        if not comps:
            return list(chosen), []
        dropped: Set[int] = set()
        kept: List[Tuple[Composition, List[int]]] = []

        def overlaps(a: Tuple[int, int], m: Any) -> bool:
            return a[0] < m.end and m.start < a[1]

        for c in comps:
            ok = True
            losers: List[int] = []
            for idx, m in enumerate(chosen):
                on_site, on_symptom = overlaps(c.site, m), overlaps(c.symptom, m)
                if not (on_site or on_symptom):
                    continue
                if m.entity is None:  # an ignore entry longer than the term wins
                    anchor = c.site if on_site else c.symptom
                    if not (anchor[0] <= m.start and m.end <= anchor[1]):
                        ok = False
                        break
                elif m.entity == "symptom":
                    covers = m.start <= c.start and c.end <= m.end
                    if m.value == c.finding and covers and m.drop_if_negated and not c.drop_if_negated:
                        # The same words read as the whole finding: denied, they deny it
                        # ("no pressure on my chest", where a pattern reads only a part).
                        losers.append(idx)
                    elif c.implies and (m.value in c.implies or m.value == c.finding) and (
                            covers or (c.start <= m.start and m.end <= c.end)):
                        # The composition reports the same, and what it implies ("both my legs" read alone as
                        # both legs, inside "both my legs have pins and needles": also leg numbness).
                        losers.append(idx)
                    elif m.value == c.finding or covers:
                        ok = False
                        break
                    elif m.value in self.not_paired_inside and any(m.start <= a[0] and a[1] <= m.end
                                                                   for a in (c.site, c.symptom)):
                        ok = False
                        break
                elif m.entity == "body_location" and on_site:
                    if m.end - m.start > c.site[1] - c.site[0]:
                        ok = False
                        break
                    losers.append(idx)
                elif m.entity == "sensation" and on_symptom and c.start <= m.start and m.end <= c.end:
                    if not c.back_in_clause:
                        losers.append(idx)
            if ok:
                kept.append((c, losers))
        for _, losers in kept:
            dropped.update(losers)
        kept = [(c, losers) for c, losers in kept if c in _tightest([k for k, _ in kept])]
        return [m for i, m in enumerate(chosen) if i not in dropped], [c for c, _ in kept]


#: Where the words after a leg finding stop speaking of it: a sentence end or a contrast.
_BILATERAL_STOP = re.compile(r"[.!?;]|\b(?:but|except|only|apart\s+from)\b")


@dataclass(frozen=True)
class Bilateral:
    """A finding of one leg or both, with "both sides" / "left and right"
    after it in the same sentence ("my shins and feet are prickly, both
    sides"): it also reports `adds` (both_legs_affected)."""

    findings: Set[str]
    adds: str
    marker: Pattern[str]
    window: int
    #: The marker patterns that also count right before the finding, in its clause ("de right foot an' de left
    #: foot gone numb", "from both hip down to the foot there is no feeling").
    before: Optional[Pattern[str]] = None

    def implied(self, text: str, mentions: Sequence[Any]) -> List[Any]:
        """`mentions` (extractor mentions), each leg finding followed by a
        marker given `adds` among the findings it implies."""
        out = []
        for m in mentions:
            if m.entity == "symptom" and m.value in self.findings and m.role is None and (
                    self._marked(text, m.end) or self._marked_before(text, m.start, m.end)):
                if ("symptom", self.adds) not in m.implies:
                    m = replace(m, implies=tuple(m.implies) + (("symptom", self.adds),))
            out.append(m)
        return out

    def _marked(self, text: str, end: int) -> bool:
        after = _BILATERAL_STOP.split(text[end:end + self.window].lower(), maxsplit=1)[0]
        return self.marker.search(after) is not None

    def _marked_before(self, text: str, start: int, end: int) -> bool:
        """A marker pattern before the finding in its clause, or inside its words."""
        if self.before is None:
            return False
        before = _BILATERAL_STOP.split(text[max(0, start - self.window):end].lower())[-1]
        return self.before.search(before) is not None


def _build_bilateral(raw: Optional[Mapping[str, Any]], findings: Set[str], problems: List[str]) -> Optional[Bilateral]:
    if not raw:
        return None
    wanted = {str(f) for f in raw.get("findings") or []} | {str(raw.get("adds"))}
    problems += [f"bilateral: unknown finding {f!r}" for f in sorted(wanted - findings)]
    words = _alternation(str(w) for w in raw.get("markers") or [])
    # Regex markers for a pattern of words ("the left one an' the right one", "right foot and left foot").
    patterns = [str(p) for p in raw.get("patterns") or []]
    words = "|".join(w for w in [words] + patterns if w)
    not_of = _alternation(str(w) for w in raw.get("not_of") or [])
    marker = re.compile(rf"\b(?:{words})\b" + (rf"(?!\s+of\s+(?:my|the|his|her|their|your)\s+(?:{not_of})\b)"
                                                 if not_of else ""))
    before = re.compile(r"\b(?:" + "|".join(patterns) + r")\b") if patterns else None
    return Bilateral({str(f) for f in raw.get("findings") or []}, str(raw.get("adds")), marker,
                     int(raw.get("window", 45)), before)


class _Layout:
    """The words of a text as the pairing sees them: which occurrence owns each
    token, the clause of each token, distances and lists."""

    def __init__(self, comps: Compositions, low: str, tokens: List[Tuple[int, int, str]],
                 occs: List[Occurrence]) -> None:
        self.comps = comps
        self.low = low
        self.tokens = tokens
        self.words = [t[2] for t in tokens]
        self.owner: Dict[int, Occurrence] = {}
        for o in occs:
            for i in range(o.first, o.last + 1):
                self.owner[i] = o
        self.clause = self._clauses()

    def neighbour(self, i: int, step: int) -> Optional[Occurrence]:
        """The occurrence next to token i, skipping fillers and articles."""
        j = i + step
        while 0 <= j < len(self.words) and j not in self.owner and self.words[j] in self.comps.fillers:
            j += step
        return self.owner.get(j)

    def _clauses(self) -> List[int]:
        """Clause numbers: sentence ends, breakers, and commas that do not
        separate the items of a list."""
        clause = [0] * len(self.tokens)
        current = 0
        i = 0
        while i < len(self.tokens):
            if i in self.owner:
                clause[i] = current
                i += 1
                continue
            n, breaks = self._boundary_at(i)
            current += breaks
            for k in range(i, i + n):
                clause[k] = current
            i += n
        return clause

    def _boundary_at(self, i: int) -> Tuple[int, int]:
        """(tokens taken, 1 when a new clause starts there) for the token i, not inside an occurrence."""
        w, low, tokens = self.words[i], self.low, self.tokens
        newline = int(i > 0 and "\n" in low[tokens[i - 1][1]:tokens[i][0]])
        dash = w == "-" and i > 0 and low[tokens[i][0] - 1:tokens[i][0]] == " "
        if (w == ":" or dash) and self._heading(i):
            return 1, newline  # "Legs: both numb", "Bladder - can't hold it": a list heading names the site
        if w in _HARD_BREAK or dash:
            return 1, newline + 1
        if w == "," and self._around_a_hesitation(i):
            return 1, newline
        if w == ",":
            before, after = self.neighbour(i, -1), self.neighbour(i, 1)
            listed = (_body_site(before) and _body_site(after)) or (
                before is not None and after is not None and before.kind == after.kind == SYMPTOM_WORD) or (
                any(c.across_comma for o in (before, after) if o is not None for c in o.categories)) or (
                _body_site(before) and self._predicate_after(i))
            return 1, newline + (0 if listed else 1)
        n = self.comps._phrase_at(self.words, i, self.comps.breakers)
        if n and not any(k in self.owner for k in range(i, i + n)):
            # "pain in my back and my chest": a list of sites, not a new clause.
            before, after = self.neighbour(i, -1), self.neighbour(i + n - 1, 1)
            coordination = (self.words[i] in ("and", "or") and self.words[i + n - 1] in self.comps.fillers
                            and _body_site(before) and _body_site(after))
            return n, newline + (0 if coordination else 1)
        return 1, newline

    def _around_a_hesitation(self, i: int) -> bool:
        """The comma at i opens or closes ", um," (a hesitation alone between two commas)."""
        words, hes = self.words, self.comps.hesitations
        return (i + 2 < len(words) and words[i + 1] in hes and words[i + 2] == ",") or (
            i >= 2 and words[i - 1] in hes and words[i - 2] == ",")

    def _predicate_after(self, i: int) -> bool:
        """After the comma at token i, a verb and then a symptom word: the site
        before the comma is the verb's subject ("the insides of my thighs, have
        gone numb"), not the end of a clause."""
        j, verbs = i + 1, 0
        while j < len(self.words) and j not in self.owner and (
                self.words[j] in self.comps.predicates or self.words[j] in self.comps.fillers):
            verbs += self.words[j] in self.comps.predicates
            j += 1
        nxt = self.owner.get(j)
        return verbs > 0 and nxt is not None and nxt.kind == SYMPTOM_WORD

    def _heading(self, i: int) -> bool:
        """Token i (a colon or dash) ends a heading that is only a body site: the site
        starts its line or the text, with fillers alone before it."""
        site = self.neighbour(i, -1)
        if site is None or not _body_site(site):
            return False
        j = site.first - 1
        while j >= 0 and j not in self.owner and self.words[j] in self.comps.fillers:
            j -= 1
        if j < 0:
            return True
        between = self.low[self.tokens[j][1]:self.tokens[j + 1][0]]
        return "\n" in between or self.words[j] in ("-", "*", "\u2022")

    def distance(self, a: Occurrence, b: Occurrence) -> Optional[int]:
        """Words between two occurrences of one clause, fillers and other occurrences not counted."""
        lo, hi = (a, b) if a.first < b.first else (b, a)
        if self.clause[lo.last] != self.clause[hi.first]:
            return None
        n = 0
        for k in range(lo.last + 1, hi.first):
            w = self.words[k]
            if k in self.owner or w in self.comps.fillers or w in self.comps.coordinators or not w[0].isalnum():
                continue
            n += 1
        return n

    def own_site(self, s: Occurrence, sites: List[Occurrence]) -> List[Occurrence]:
        """The site a preposition right after symptom word `s` leads to ("... mid back and pins and needles in his
        left foot": the foot's, not the back's, though "and" is all that parts it from the back)."""
        own = []
        for t in sites:
            between = self.words[s.last + 1:t.first]
            if (between and between[0] in self.comps.own_site_prepositions  # empty unless t comes after s
                    and all(w in self.comps.fillers for w in between[1:])
                    and not any(k in self.owner for k in range(s.last + 1, t.first))):
                own.append(t)
        return own

    def heading_site(self, s: Occurrence, nearest: List[Occurrence]) -> List[Occurrence]:
        """Of the sites equally near symptom word `s`, the one it stands right before
        when a comma parts it from the others: in "leg weakness, numb saddle" the
        numbness is the saddle's, a new item of the list, not the legs'."""
        after = [t for t in nearest if t.first == s.last + 1]
        if not after:
            return nearest
        parted = [t for t in nearest if t.last < s.first and "," in self.words[t.last + 1:s.first]]
        return [t for t in nearest if t not in parted] if parted else nearest

    def groups(self, occs: List[Occurrence]) -> Dict[Occurrence, int]:
        """Sites (or symptoms) listed together share a group: what is said of one is said of all."""
        group: Dict[Occurrence, int] = {}
        gid = 0
        prev: Optional[Occurrence] = None
        for o in occs:
            if prev is not None and prev.kind == o.kind and self.clause[prev.last] == self.clause[o.first]:
                between = range(prev.last + 1, o.first)
                if all(self.words[k] in self.comps.fillers or self.words[k] in self.comps.coordinators
                       for k in between):
                    group[o] = group[prev]
                    prev = o
                    continue
            gid += 1
            group[o] = gid
            prev = o
        return group


def _body_site(o: Optional[Occurrence]) -> bool:
    """A place on the body (not passing urine, not a cause of a burn)."""
    return o is not None and any(c.kind == SITE and c.attach == NEAREST for c in o.categories)


def _tightest(comps: List[Composition]) -> List[Composition]:
    """One composition per finding where several overlap: the shortest."""
    out: List[Composition] = []
    for c in sorted(comps, key=lambda c: (c.end - c.start, c.start)):
        if any(o.finding == c.finding and c.start < o.end and o.start < c.end for o in out):
            continue
        out.append(c)
    return sorted(out, key=lambda c: (c.start, c.end))


_RULE_KEYS = {"sites", "symptoms", "finding", "on_negation", "literal", "implies"}
_CATEGORY_KEYS = {"words", "attach", "across_comma"}


def _build_categories(raw: Mapping[str, Any], problems: List[str]) -> Dict[str, Category]:
    """The named site and symptom categories, each with its compiled terms."""
    categories: Dict[str, Category] = {}
    for kind, key in ((SITE, "sites"), (SYMPTOM_WORD, "symptoms")):
        for name, spec in (raw.get(key) or {}).items():
            name = str(name)
            if name in categories:
                problems.append(f"category {name!r} is both a site and a symptom")
                continue
            if not isinstance(spec, Mapping) or not spec.get("words"):
                problems.append(f"{key}.{name}: expected a mapping with `words`")
                continue
            unknown = set(spec) - _CATEGORY_KEYS
            if unknown:
                problems.append(f"{key}.{name}: unknown keys {sorted(unknown)}")
            attach = str(spec.get("attach", NEAREST))
            if attach not in (ANY, NEAREST):
                problems.append(f"{key}.{name}: attach must be {ANY!r} or {NEAREST!r}")
            terms = tuple(str(t) for t in spec["words"])
            alternation = "|".join(sorted({term_regex(t) for t in terms}, key=len, reverse=True))
            try:
                regex = re.compile(bounded(alternation), re.IGNORECASE)
            except re.error as exc:
                problems.append(f"{key}.{name}: bad term: {exc}")
                continue
            categories[name] = Category(name, kind, attach, regex, terms, bool(spec.get("across_comma", False)))
    return categories


def _build_rules(raw: Mapping[str, Any], categories: Dict[str, Category], findings: Set[str],
                 problems: List[str]) -> Dict[Tuple[str, str], Rule]:
    """(site, symptom) -> rule; the first rule naming a pair gives its finding."""
    rules: Dict[Tuple[str, str], Rule] = {}
    for n, spec in enumerate(raw.get("rules") or []):
        if not isinstance(spec, Mapping):
            problems.append(f"rules[{n}]: expected a mapping")
            continue
        unknown = set(spec) - _RULE_KEYS
        if unknown:
            problems.append(f"rules[{n}]: unknown keys {sorted(unknown)}")
        finding = str(spec.get("finding"))
        if finding not in findings:
            problems.append(f"rules[{n}]: unknown finding {finding!r} (not a symptom value of the lexicon)")
        on_negation = spec.get("on_negation")
        if on_negation not in (None, "drop"):
            problems.append(f"rules[{n}]: on_negation must be 'drop'")
        implies = tuple(str(f) for f in spec.get("implies") or [])
        problems += [f"rules[{n}]: implies unknown finding {f!r}" for f in implies if f not in findings]
        rule = Rule(finding, on_negation == "drop", bool(spec.get("literal", False)), implies)
        for site in spec.get("sites") or []:
            if categories.get(site) is None or categories[site].kind != SITE:
                problems.append(f"rules[{n}]: unknown site category {site!r}")
            for symptom in spec.get("symptoms") or []:
                if categories.get(symptom) is None or categories[symptom].kind != SYMPTOM_WORD:
                    if site == (spec.get("sites") or [None])[0]:
                        problems.append(f"rules[{n}]: unknown symptom category {symptom!r}")
                    continue
                rules.setdefault((str(site), str(symptom)), rule)
        if not spec.get("sites") or not spec.get("symptoms"):
            problems.append(f"rules[{n}]: needs `sites` and `symptoms`")
    return rules


def build_compositions(raw: Optional[Mapping[str, Any]], findings: Set[str],
                       origin: str = "lexicon.yml") -> Optional[Compositions]:
    """Compile the `compositions` section; `findings` are the lexicon's symptom
    values (a rule naming another finding is an error)."""
    if not raw:
        return None
    problems: List[str] = []
    categories = _build_categories(raw, problems)
    rules = _build_rules(raw, categories, findings, problems)
    not_paired_inside = {str(f) for f in raw.get("not_paired_inside") or []}
    problems += [f"not_paired_inside: unknown finding {f!r}" for f in sorted(not_paired_inside - findings)]
    bilateral = _build_bilateral(raw.get("bilateral"), findings, problems)
    if problems:
        raise CompositionError(f"{origin}: compositions: " + "; ".join(problems))
    return Compositions(
        window=int(raw.get("window", 5)),
        fillers={str(w).lower() for w in raw.get("fillers") or []},
        coordinators={w for phrase in _words(raw.get("coordinators") or []) for w in phrase},
        breakers=_words(raw.get("breakers") or []),
        similes=_words(raw.get("similes") or []),
        categories=categories,
        rules=rules,
        findings={r.finding for r in rules.values()},
        not_paired_inside=not_paired_inside,
        bilateral=bilateral,
        predicates={str(w).lower() for w in raw.get("predicates") or []},
        hesitations={str(w).lower() for w in raw.get("hesitations") or []},
        own_site_prepositions={str(w).lower() for w in raw.get("own_site_prepositions") or []},
    )
