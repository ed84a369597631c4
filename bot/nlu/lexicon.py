"""Loading, validating and compiling bot/clinical/lexicon.yml.

Pure Python (no Rasa import). The lexicon is the one place for the words; this
module turns its phrases into regular expressions and checks its canonical
values against the clinical spec (bot/clinical/triage_spec.yml).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, Iterator, List, Mapping, Optional, Pattern, Set, Tuple

import yaml

from bot.nlu.quantities import DURATION as DURATION  # re-exported: the NLU entity names are read from here
from bot.nlu.quantities import LEXICON_PATH, Quantities, QuantitiesError
from bot.nlu.quantities import bounded as bounded  # re-exported: one definition, used by compose and extractor

SYMPTOM = "symptom"
BODY_LOCATION = "body_location"
SENSATION = "sensation"
MEDICATION = "medication"
NEGATED = "negated"

#: Entities with canonical values, in the order ties between equally long
#: matches are broken.
VALUE_ENTITIES = (SYMPTOM, BODY_LOCATION, SENSATION, MEDICATION)
#: Spec finding whose choices are the canonical values of an entity.
SPEC_CHOICES = {BODY_LOCATION: "location", SENSATION: "sensation", MEDICATION: "medications"}

_DETERMINER = (
    r"(?:(?:my|me|ma|the|both|both of my|both my|both me|my both|his both|her both|his|her|their|your|our|a|an|one|"
    r"this|that|these|those)\s+)?"
)
_SEP = r"[\s\-]*"
#: {words}: up to three words, none of them a punctuation mark ("nobody {words} knows": "nobody at work knows").
WORDS_SLOT = "{words}"
_FEW_WORDS = r"(?:[\s\-]+[\w'\u2019]+){0,3}?"
_APOSTROPHE = "['\u2019]?"


class LexiconError(ValueError):
    """The lexicon file is malformed or names a value the spec does not know."""


def spec_choices(spec: Any, finding_id: str) -> set:
    """The choices of a spec finding that the lexicon must name: all of them
    except the finding's `unrecognised` choice (medications: `other`, a
    medicine kept as written, which no word can name)."""
    finding = spec.findings[finding_id]
    choices = set(finding.choices)
    choices.discard(getattr(finding, "unrecognised", None))
    return choices


#: Slots a phrase may hold: a year ("in {YEAR}"); and a small number in digits
#: or words ("when i was {NUM}": 15, twelve, forty-five), whose regex the
#: caller gives from the lexicon's number words (Quantities.small_number_regex).
_YEAR_SLOT = {"{year}": r"(?:(?:19|20)\d\d|'\d\d|’\d\d)"}  # "in 2009", "in '98"
NUM_SLOT = "{num}"


def phrase_to_regex(phrase: str, slots: Optional[Mapping[str, str]] = None) -> str:
    """The regex (no boundaries) of one lexicon phrase; see the file's syntax notes.
    `slots`: the regex of each slot other than {YEAR} (a {NUM} without one is an error)."""
    words = phrase.lower().split()
    if not words:
        raise LexiconError("empty phrase")
    number_slots = {**_YEAR_SLOT, **(slots or {})}
    out = ""
    pending_sep = False
    for word in words:
        if word == "{my}":
            out += (_SEP if pending_sep else "") + _DETERMINER
            pending_sep = False
            continue
        if word == WORDS_SLOT:
            if slots is None:  # entity phrases are also spelled out literally (synonyms, lookup tables)
                raise LexiconError(f"{phrase!r}: {{words}} is only read in the negation lists")
            out += _FEW_WORDS  # its own separators; the next word's comes after it
            pending_sep = True
            continue
        if word == NUM_SLOT and word not in number_slots:
            raise LexiconError(f"{phrase!r}: {{NUM}} is only read where the number words are known (negation lists)")
        if word in number_slots:
            out += (_SEP if pending_sep else "") + number_slots[word]
            pending_sep = True
            continue
        piece = ""
        for ch in word:
            piece += _APOSTROPHE if ch in "'\u2019" else re.escape(ch)
        if word.endswith("ing") and len(word) > 4:
            piece = piece[: -len("ing")] + "in(?:g|['\u2019])?"
        out += (_SEP if pending_sep else "") + piece
        pending_sep = True
    return out


def expand_phrase(phrase: str) -> List[str]:
    """Literal spellings of a phrase (for synonyms and lookup tables)."""
    words = phrase.lower().split()
    if "{my}" not in words:
        return [" ".join(words)]
    with_my = " ".join("my" if w == "{my}" else w for w in words)
    without = " ".join(w for w in words if w != "{my}")
    return list(dict.fromkeys([with_my, without]))


@dataclass(frozen=True)
class Entry:
    """One compiled matcher: a group of phrases, or one pattern."""

    entity: Optional[str]  # None: an `ignore` entry
    value: Optional[str]  # None for durations and ignore entries
    regex: Pattern
    role: Optional[str] = None  # fixed role ("negated") for this entry
    implies: Tuple[Tuple[str, str], ...] = ()
    drop_if_negated: bool = False
    source: str = "phrase"  # phrase | pattern | duration | ignore


@dataclass
class NegationRules:
    window: int
    pre: List[str]
    particles: List[str]
    particle_window: int
    post: List[str]
    post_window: int
    pseudo: List[str]
    uncertain: List[str]
    asking: List[str]
    asking_window: int
    terminators: List[str]
    connectors: List[str]
    historical: List[str] = field(default_factory=list)
    historical_window: int = 6
    historical_findings: List[str] = field(default_factory=list)
    #: Findings of an old trouble of the back: a length of time of a year or more in their clause is how far
    #: back the trouble goes, not when this began.
    history_of_the_complaint: List[str] = field(default_factory=list)
    history_length_min_days: float = 365.0
    chronic: List[str] = field(default_factory=list)
    changed: List[str] = field(default_factory=list)
    changed_when: List[str] = field(default_factory=list)
    #: Words that answer a finding asked or listed in the message ("Numb legs? No.", "Fever: none").
    answer_denials: List[str] = field(default_factory=list)
    #: Words that answer it with a condition ("Fainted? Only when I see the bill."): asked first, not reported.
    conditional_answers: List[str] = field(default_factory=list)
    current: List[str] = field(default_factory=list)
    someone_else: List[str] = field(default_factory=list)
    someone_else_window: int = 10
    not_me: List[str] = field(default_factory=list)
    #: Subjects whose red flags are never the writer's: animals, characters, the news ("my dog collapsed").
    never_the_writer: List[str] = field(default_factory=list)
    #: Words after such a subject that make it a person or a thing ("the dog walker found me").
    never_the_writer_unless_followed_by: List[str] = field(default_factory=list)
    #: Words inside a mention that make it the writer's own ("the dog and something in my back tore").
    the_writers_own: List[str] = field(default_factory=list)
    #: Whose back and whose red flag (bot/nlu/extractor.py, `_told_of_the_other_one`): nouns for the patient as
    #: another person ("Mum's back", "my husband fainted"), words by which the writer sets themself apart
    #: ("I myself", "I'm the one who"), and verbs by which the writer only watches or acts on the patient
    #: ("I took the temp", "I saw blisters"). Sets of single words, looked up once per word of a message.
    relatives: FrozenSet[str] = frozenset()
    the_writers_body: FrozenSet[str] = frozenset()
    speech_verbs: FrozenSet[str] = frozenset()
    male_persons: FrozenSet[str] = frozenset()
    female_persons: FrozenSet[str] = frozenset()
    many_persons: FrozenSet[str] = frozenset()
    self_markers: List[str] = field(default_factory=list)
    observer_verbs: FrozenSet[str] = frozenset()
    verb_triggers: List[str] = field(default_factory=list)
    clause_verbs: List[str] = field(default_factory=list)
    new_subjects: List[str] = field(default_factory=list)
    subordinators: List[str] = field(default_factory=list)
    #: Words that end the reach of an answer particle ("no I have a fever").
    particle_blockers: List[str] = field(default_factory=list)
    #: After one of these a possessive or pronoun belongs to the noun phrase ("no trouble with my bladder").
    prepositions: List[str] = field(default_factory=list)
    #: "can't feel …" or "can't lift …" + a body part is itself the symptom (`body_verbs` are the verbs
    #: that make it so), not a denial of the symptom said after it.
    cannot: List[str] = field(default_factory=list)
    body_verbs: List[str] = field(default_factory=list)
    #: Terminators that are adverbs inside a clause ("my grandmother only had paralysis").
    clause_adverbs: List[str] = field(default_factory=list)
    #: Words that set what follows against what came before ("weak for years, but today ...").
    contrasts: List[str] = field(default_factory=list)
    #: Words after a finding that set it against what was denied before it ("no fever, legs weak though").
    trailing_contrasts: List[str] = field(default_factory=list)
    #: A sentence that denies the list of findings just before it ("fainting, chest pain. None of those.").
    list_denials: List[str] = field(default_factory=list)
    #: A heading the list may follow: a noun naming it a list, then a verb ("That site's list was: ...").
    list_heading_nouns: FrozenSet[str] = frozenset()
    list_heading_verbs: FrozenSet[str] = frozenset()
    #: Words that join a clause to the one before ("... and now my back burns").
    clause_joins: List[str] = field(default_factory=list)
    #: Asides between two commas, read as if not there ("not fainted, nor, as you put it, collapsed").
    asides: List[str] = field(default_factory=list)
    #: After a denial, words that end it at now, so that it asserts now ("never fainted before today").
    until_now: List[str] = field(default_factory=list)
    #: Denials of a finding named first, as a topic ("The fever, it never came", "Fainting: did not happen").
    topic_denials: List[str] = field(default_factory=list)
    #: Findings talked about, not lived: advice, warnings, lessons, forms, quizzes, dreams ("the leaflet says go to A&E
    #: if", "lecture about"): findings after one, in its sentence, are asked first.
    talked_about: List[str] = field(default_factory=list)
    #: Words that make a later denial the writer's last word on a finding named before it ("No fever here, before
    #: anyone asks"): the earlier mention is not reported.
    last_word: List[str] = field(default_factory=list)
    #: Words that limit a later denial in time ("not fainted since"): it keeps what was said before it.
    time_limits: List[str] = field(default_factory=list)
    #: The `not_me` words that name the writer's own complaint apart ("for me, my ...", "my own back").
    own_complaint: List[str] = field(default_factory=list)
    #: The writer as the patient's carer ("I'm her carer"): `not_me` words, unless the back named is someone else's.
    carers: List[str] = field(default_factory=list)
    #: Words that make a quotation advice about a finding, not a report of it ("'a tearing pain is an emergency'").
    quoted_advice: List[str] = field(default_factory=list)
    #: Words that may follow a topic denial before its clause ends ("never came, not once", "I have none at all").
    topic_denial_tail: List[str] = field(default_factory=list)

    @cached_property
    def other_persons(self) -> FrozenSet[str]:
        """Words that start a clause about another person: the new subjects but the writer's own ("he", "my mum";
        not "I", "my")."""
        return frozenset(self.new_subjects) - frozenset(self.the_writers_own)


@dataclass
class Lexicon:
    raw: Mapping[str, Any]
    entries: List[Entry]
    #: entity -> canonical value -> literal phrases (all groups)
    phrases: Dict[str, Dict[str, List[str]]]
    negation: NegationRules
    numbers: Mapping[str, Any]
    duration_regex: Pattern
    origin: str = "lexicon.yml"
    #: Red flags by meaning (bot.nlu.compose.Compositions), or None.
    compositions: Any = None
    #: Typing mistakes (bot.nlu.typos.TypoCorrector), or None.
    typos: Any = None
    #: finding -> the stronger finding that makes it unsaid when both are present (`subsumed_by`).
    subsumed_by: Mapping[str, str] = field(default_factory=dict)
    #: Durations, ages, temperatures and pain scores (sections `duration` and `numbers`).
    quantities: Optional[Quantities] = None
    #: Red flags hinted at, not stated (bot.nlu.hints.Hints), or None.
    hints: Any = None
    _lookup: Dict[Tuple[str, str], str] = field(default_factory=dict, repr=False)

    def values(self, entity: str) -> List[str]:
        return list(self.phrases.get(entity, {}))

    def canonical(self, entity: str, text: str) -> Optional[str]:
        """The canonical value of `text` as a whole (for values found by DIET)."""
        if not self._lookup:
            for ent, values in self.phrases.items():
                for value, phrases in values.items():
                    self._lookup[(ent, value.lower())] = value
                    for ph in phrases:
                        for spelled in expand_phrase(ph):
                            self._lookup.setdefault((ent, spelled), value)
        key = " ".join(str(text).lower().replace("\u2019", "'").split())
        if (entity, key) in self._lookup:
            return self._lookup[(entity, key)]
        for entry in self.entries:  # patterns and spelling variants
            if entry.entity == entity and entry.value and entry.regex.fullmatch(key):
                return entry.value
        return None

    def _negation_finding_problems(self, red_flags: List[str], yes_no: Set[str]) -> List[str]:
        """The finding ids the negation rules name that the spec does not have as such."""
        neg = self.negation
        return ([f"negation.historical_findings: {fid!r} is not a red flag of the spec"
                 for fid in neg.historical_findings if fid not in red_flags]
                + [f"negation.history_of_the_complaint: {fid!r} is not a yes/no finding of the spec"
                   for fid in neg.history_of_the_complaint if fid not in yes_no])

    def validate(self, spec: Any) -> None:
        """Check the canonical values against the clinical spec (a TriageSpec):
        `symptom` is exactly the spec's yes/no findings; `body_location`,
        `sensation` and `medication` exactly the choices of `location`,
        `sensation` and `medications` minus a finding's `unrecognised` choice."""
        problems: List[str] = []
        yes_no = set(spec.yes_no_findings())
        have = set(self.phrases.get(SYMPTOM, {}))
        for missing in sorted(yes_no - have):
            problems.append(f"symptom: yes/no finding {missing!r} has no lexicon entry")
        for unknown in sorted(have - yes_no):
            problems.append(f"symptom: {unknown!r} is not a yes/no finding of the spec")
        for entity, finding_id in SPEC_CHOICES.items():
            choices = spec_choices(spec, finding_id)
            got = set(self.phrases.get(entity, {}))
            for missing in sorted(choices - got):
                problems.append(f"{entity}: spec choice {missing!r} has no lexicon entry")
            unrecognised = getattr(spec.findings[finding_id], "unrecognised", None)
            for unknown in sorted(got - choices):
                if unknown == unrecognised:
                    problems.append(f"{entity}: {unknown!r} is what spec finding {finding_id!r} records for "
                                    "an unrecognised answer (kept as written); no words may name it")
                else:
                    problems.append(f"{entity}: {unknown!r} is not a choice of spec finding {finding_id!r}")
        for weaker, stronger in self.subsumed_by.items():
            for fid in (weaker, stronger):
                if fid not in yes_no:
                    problems.append(f"subsumed_by: {fid!r} is not a yes/no finding of the spec")
        red_flags = spec.red_flags()
        problems += self._negation_finding_problems(red_flags, yes_no)
        hinted = [fid for fid, _ in self.hints.patterns] if self.hints is not None else []
        for fid in hinted:
            if fid not in red_flags:
                problems.append(f"hints: {fid!r} is not a red flag of the spec")
        known = [fid for fid in hinted if fid in red_flags]
        if known != sorted(known, key=red_flags.index):  # the order hints are kept in: most dangerous first
            problems.append("hints: not in the spec's red-flag order")
        for entry in self.entries:
            for ent, value in entry.implies:
                if value not in self.phrases.get(ent, {}):
                    problems.append(f"implies: unknown value {ent}:{value}")
        for entity, values in self.phrases.items():
            for value, phrases in values.items():
                if not phrases and not any(e.value == value and e.entity == entity for e in self.entries):
                    problems.append(f"{entity}: {value!r} has no phrases or patterns")
        # The same words must not name two values (synonyms would clash).
        seen: Dict[str, Tuple[str, str]] = {}
        for entity, values in self.phrases.items():
            for value, phrases in values.items():
                for ph in phrases:
                    for spelled in expand_phrase(ph):
                        other = seen.setdefault(spelled, (entity, value))
                        if other != (entity, value):
                            problems.append(f"phrase {spelled!r} names both {other} and {(entity, value)}")
        if problems:
            raise LexiconError(f"{self.origin}: " + "; ".join(problems))


def all_matches(regex: Pattern, text: str) -> Iterator["re.Match"]:
    """One match per start position (so "big burn with blisters" also finds
    "burn with blisters" although "big burn" overlaps it)."""
    pos = 0
    while pos <= len(text):
        m = regex.search(text, pos)
        if not m:
            return
        if m.end() > m.start():
            yield m
        pos = m.start() + 1


def _groups(spec_value: Any) -> List[Mapping[str, Any]]:
    if isinstance(spec_value, list):
        return spec_value
    if isinstance(spec_value, Mapping):
        return [spec_value]
    raise LexiconError(f"expected a mapping or a list of mappings, got {spec_value!r}")


#: A free word in a pattern, as written in the lexicon ...
FREE_WORD = r"(?:\w+\s+)"
#: ... and what it compiles to: any word but a negation, so that a pattern
#: never swallows the denial inside it ("my groin is not numb" must not match
#: "groin is (?:\w+\s+)?numb" as an asserted mention).
GUARDED_WORD = r"(?:(?!(?:not|no|never|nothing|none|nor|without)\s)\w+\s+)"
#: `{WORD}` in a pattern: one word that is neither a negation nor a
#: conjunction, so a long pattern cannot run into the next clause.
CLAUSE_WORD = (r"(?:(?!(?:and|but|or|then|so|because|while|since|not|no|never|nothing|none|nor|without)\s)"
               r"\w+\s+)")


#: Placeholders the patterns already give a meaning to; a fragment may not take their names.
RESERVED_PLACEHOLDERS = {"WORD", "YEAR", "NUM"}
_FRAGMENT_NAME = re.compile(r"[A-Z][A-Z0-9_]*")


def with_fragments(raw: Mapping[str, Any], origin: str = "lexicon.yml") -> Mapping[str, Any]:
    """`raw` with each `{NAME}` of the `fragments` section filled in, in every
    pattern of every section: one exclusion shared by several patterns is
    written once ("lips gone blue" and "purplish lips", not in the cold sea)."""
    fragments = raw.get("fragments") or {}
    if not isinstance(fragments, Mapping):
        raise LexiconError(f"{origin}: `fragments` must be a mapping of NAME: regex")
    for name, regex in fragments.items():
        if not _FRAGMENT_NAME.fullmatch(str(name)) or name in RESERVED_PLACEHOLDERS:
            raise LexiconError(f"{origin}: fragment name {name!r} must be UPPER_CASE and not one of "
                               f"{sorted(RESERVED_PLACEHOLDERS)}")
        _compile(str(regex), f"{origin}: fragment {name}")
    if not fragments:
        return raw
    used: Set[str] = set()

    def fill(text: str) -> str:
        for name, regex in fragments.items():
            if "{" + name + "}" in text:
                used.add(name)
                text = text.replace("{" + name + "}", str(regex))
        return text

    def walk(node: Any, in_patterns: bool = False) -> Any:
        if isinstance(node, Mapping):
            return {k: walk(v, in_patterns or k in ("patterns", "regex")) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v, in_patterns) for v in node]
        return fill(node) if in_patterns and isinstance(node, str) else node

    out = {k: (v if k == "fragments" else walk(v)) for k, v in raw.items()}
    unused = set(map(str, fragments)) - used
    if unused:
        raise LexiconError(f"{origin}: fragments never used in a pattern: {sorted(unused)}")
    return out


def guard_free_words(regex: str) -> str:
    """A pattern as compiled: its free words guarded, `{WORD}` filled in."""
    return regex.replace(FREE_WORD, GUARDED_WORD).replace("{WORD}", CLAUSE_WORD)


def _compile(regex: str, where: str) -> Pattern:
    try:
        return re.compile(bounded(regex), re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: bad regex {regex!r}: {exc}") from exc


def _alternation(phrases: Iterable[str]) -> str:
    regexes = sorted({phrase_to_regex(p) for p in phrases}, key=len, reverse=True)
    return "|".join(regexes)


def build_lexicon(raw: Mapping[str, Any], origin: str = "lexicon.yml") -> Lexicon:
    """The lexicon of a parsed lexicon.yml: its sections compiled, one step each."""
    if not isinstance(raw, Mapping) or "entities" not in raw:
        raise LexiconError(f"{origin}: expected a mapping with `entities`")
    raw = with_fragments(raw, origin)
    entries, phrases = _entity_entries(raw["entities"], origin)
    # Durations (and the other quantities) are found and parsed by
    # bot/nlu/quantities.py, so that each one comes with its days.
    try:
        quantities = Quantities.from_raw(raw, origin)
    except QuantitiesError as exc:
        raise LexiconError(str(exc)) from exc
    entries += _ignore_entries(raw.get("ignore") or {}, origin)
    from bot.nlu.compose import build_compositions
    from bot.nlu.hints import HintsError, build_hints
    from bot.nlu.typos import build_typos, pattern_words, vocabulary

    try:
        hints = build_hints(raw.get("hints"), phrases[SYMPTOM], origin, phrase_to_regex,
                            lambda regex, where: _compile(guard_free_words(regex), where))
    except HintsError as exc:
        raise LexiconError(str(exc)) from exc
    return Lexicon(raw=raw, entries=entries, phrases=phrases, negation=_negation_rules(raw.get("negation") or {}),
                   numbers=raw.get("numbers") or {}, duration_regex=quantities.duration_regex, origin=origin,
                   quantities=quantities,
                   compositions=build_compositions(raw.get("compositions"), set(phrases[SYMPTOM]), origin),
                   typos=build_typos(raw.get("typos"), vocabulary(raw), pattern_words(raw)), hints=hints,
                   subsumed_by={str(k): str(v) for k, v in (raw.get("subsumed_by") or {}).items()})


def _entity_entries(raw_entities: Mapping[str, Any], origin: str
                    ) -> Tuple[List[Entry], Dict[str, Dict[str, List[str]]]]:
    """The matchers of the `entities` section, and its literal phrases per entity and value."""
    for entity in raw_entities:
        if entity not in VALUE_ENTITIES:
            raise LexiconError(f"{origin}: unknown entity {entity!r} (expected one of {VALUE_ENTITIES})")
    entries: List[Entry] = []
    phrases: Dict[str, Dict[str, List[str]]] = {}
    for entity in VALUE_ENTITIES:
        phrases[entity] = {}
        for value, spec_value in (raw_entities.get(entity) or {}).items():
            value = str(value)
            phrases[entity][value] = []
            for group in _groups(spec_value):
                entries += _group_entries(entity, value, group, f"{origin}: {entity}.{value}")
                phrases[entity][value].extend(str(p) for p in group.get("phrases") or [])
    return entries, phrases


def _group_entries(entity: str, value: str, group: Mapping[str, Any], where: str) -> List[Entry]:
    """One group of a value: its phrases as one matcher, each pattern as another."""
    unknown_keys = set(group) - {"phrases", "patterns", "implies", "on_negation"}
    if unknown_keys:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown_keys)}")
    implies = tuple((str(i["entity"]), str(i["value"])) for i in group.get("implies") or [])
    drop = group.get("on_negation") == "drop"
    group_phrases = [str(p) for p in group.get("phrases") or []]
    entries: List[Entry] = []
    if group_phrases:
        entries.append(Entry(entity, value, _compile(_alternation(group_phrases), where),
                             implies=implies, drop_if_negated=drop))
    for pattern in group.get("patterns") or []:
        role = None
        if isinstance(pattern, Mapping):
            role = pattern.get("role")
            pattern = pattern["regex"]
        entries.append(Entry(entity, value, _compile(guard_free_words(str(pattern)), where), role=role,
                             implies=implies, drop_if_negated=drop, source="pattern"))
    return entries


def _ignore_entries(ignore: Mapping[str, Any], origin: str) -> List[Entry]:
    """Matches that report nothing (the `ignore` section)."""
    entries: List[Entry] = []
    if ignore.get("phrases"):
        entries.append(Entry(None, None, _compile(_alternation(ignore["phrases"]), f"{origin}: ignore"),
                             source="ignore"))
    for pattern in ignore.get("patterns") or []:
        # `{WORD}` as in the entities' patterns; free words stay free (an ignore entry may span a denial).
        entries.append(Entry(None, None, _compile(str(pattern).replace("{WORD}", CLAUSE_WORD), f"{origin}: ignore"),
                             source="ignore"))
    return entries


#: Small word sets of the clause rules, read as lower-case lists from the `negation` section.
_CLAUSE_WORD_SETS = ("particle_blockers", "prepositions", "cannot", "body_verbs", "clause_adverbs", "contrasts",
                     "trailing_contrasts",
                     "clause_joins")


def _negation_rules(neg: Mapping[str, Any]) -> NegationRules:
    return NegationRules(
        window=int(neg.get("window", 6)),
        pre=[str(x) for x in neg.get("pre", [])],
        particles=[str(x).lower() for x in neg.get("particles", [])],
        particle_window=int(neg.get("particle_window", 3)),
        post=[str(x) for x in neg.get("post", [])],
        post_window=int(neg.get("post_window", 3)),
        pseudo=[str(x) for x in neg.get("pseudo", [])],
        uncertain=[str(x) for x in neg.get("uncertain", [])],
        asking=[str(x) for x in neg.get("asking", [])],
        asking_window=int(neg.get("asking_window", 2)),
        terminators=[str(x) for x in neg.get("terminators", [])],
        connectors=[str(x).lower() for x in neg.get("connectors", [])],
        historical=[str(x) for x in neg.get("historical", [])],
        historical_window=int(neg.get("historical_window", 6)),
        historical_findings=[str(x) for x in neg.get("historical_findings", [])],
        history_of_the_complaint=[str(x) for x in neg.get("history_of_the_complaint", [])],
        history_length_min_days=float(neg.get("history_length_min_days", 365)),
        chronic=[str(x) for x in neg.get("chronic", [])],
        changed=[str(x) for x in neg.get("changed", [])],
        changed_when=[str(x) for x in neg.get("changed_when", [])],
        answer_denials=[str(x).lower() for x in neg.get("answer_denials", [])],
        conditional_answers=[str(x).lower() for x in neg.get("conditional_answers", [])],
        list_denials=[str(x).lower() for x in neg.get("list_denials", [])],
        list_heading_nouns=frozenset(str(x).lower() for x in neg.get("list_heading_nouns", [])),
        list_heading_verbs=frozenset(str(x).lower() for x in neg.get("list_heading_verbs", [])),
        current=[str(x) for x in neg.get("current", [])],
        someone_else=[str(x) for x in neg.get("someone_else", [])],
        someone_else_window=int(neg.get("someone_else_window", 10)),
        not_me=[str(x) for x in neg.get("not_me", [])],
        asides=[str(x) for x in neg.get("asides", [])],
        until_now=[str(x) for x in neg.get("until_now", [])],
        topic_denials=[str(x) for x in neg.get("topic_denials", [])],
        talked_about=[str(x) for x in neg.get("talked_about", [])],
        last_word=[str(x) for x in neg.get("last_word", [])],
        time_limits=[str(x) for x in neg.get("time_limits", [])],
        own_complaint=[str(x).lower() for x in neg.get("own_complaint", [])],
        carers=[str(x).lower() for x in neg.get("carers", [])],
        quoted_advice=[str(x).lower() for x in neg.get("quoted_advice", [])],
        topic_denial_tail=[str(x).lower() for x in neg.get("topic_denial_tail", [])],
        never_the_writer=[str(x) for x in neg.get("never_the_writer", [])],
        never_the_writer_unless_followed_by=[
            str(x).lower() for x in neg.get("never_the_writer_unless_followed_by", [])],
        # Each also as texted without its apostrophe ("couldnt", "dont").
        verb_triggers=list(dict.fromkeys(w for x in neg.get("verb_triggers", [])
                                         for w in (str(x).lower(), str(x).lower().replace("'", "")))),
        clause_verbs=[str(x).lower() for x in neg.get("clause_verbs", [])],
        new_subjects=[str(x).lower() for x in neg.get("new_subjects", [])],
        the_writers_own=[str(x).lower() for x in neg.get("the_writers_own", [])],
        relatives=frozenset(str(x).lower() for x in neg.get("relatives", [])),
        the_writers_body=frozenset(str(x).lower() for x in neg.get("the_writers_body", [])),
        speech_verbs=frozenset(str(x).lower() for x in neg.get("speech_verbs", [])),
        male_persons=frozenset(str(x).lower() for x in neg.get("male_persons", [])),
        female_persons=frozenset(str(x).lower() for x in neg.get("female_persons", [])),
        many_persons=frozenset(str(x).lower() for x in neg.get("many_persons", [])),
        self_markers=[str(x).lower() for x in neg.get("self_markers", [])],
        observer_verbs=frozenset(str(x).lower() for x in neg.get("observer_verbs", [])),
        subordinators=[str(x).lower() for x in neg.get("subordinators", [])],
        **{key: [str(x).lower() for x in neg.get(key, [])] for key in _CLAUSE_WORD_SETS},
    )


def load_lexicon(path: Path | str = LEXICON_PATH, spec: Any = None, validate: bool = True) -> Lexicon:
    """Load the lexicon and (by default) validate it against the clinical spec."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        raw = yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # C parser where built
    lexicon = build_lexicon(raw, origin=path.name)
    if validate:
        if spec is None:
            from bot.clinical.engine import default_spec

            spec = default_spec()
        lexicon.validate(spec)
    return lexicon


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The project's lexicon, loaded and validated once per process."""
    return load_lexicon(LEXICON_PATH)
