"""Lexicon entity extraction with ConText-style negation, in plain Python.

    >>> from bot.nlu import extract
    >>> [(e["entity"], e["value"], e.get("role")) for e in extract("no fever but my back burns")]
    [('symptom', 'fever', 'negated'), ('sensation', 'burning', None)]

How it works
0. Typing mistakes (bot/nlu/typos.py): a word one or two edits away from one
   lexicon word, and not a known English word, is read as that word; spans
   are reported on the original text.
1. Matching. Every phrase and pattern of bot/clinical/lexicon.yml, plus the
   quantities of bot/nlu/quantities.py (durations, ages, temperatures, pain
   scores, bare numbers), is matched on the text. Where matches overlap the
   longest wins (ties: ignore entries, temperatures and pain scores, ages,
   then symptom, body_location, sensation, medication, duration, bare
   numbers, then the entry listed first in the lexicon); `ignore` matches
   report nothing. Quantities carry their parsed value: a `duration` entity
   has `days`, an `age` entity `years` (its value is the number of years as
   a string), a `number` entity (a number standing alone, "52") `number`; a
   temperature's fever or high_fever has `temperature` and `unit`, a pain
   score's severe_pain has `score`. Then the compositions
   (bot/nlu/compose.py): a body site and a symptom word in one clause ("my
   chest is being squeezed", "pins and needles in my foot") add the findings
   the phrases missed; a negation between the two words denies them ("my
   feet aren't numb").
2. Negation (NegEx / ConText). spaCy's blank English tokenizer gives the
   words. A mention is negated when a negation trigger ("no", "not",
   "haven't", "without", "denies", ...) comes before it in the same clause:
   at most `window` words in between (words of other mentions not counted),
   no comma, no terminator ("but", "although", "however", "just", ...), no
   sentence end. Answer particles ("no", "nope") only reach a mention that
   follows at once ("no fever", not "no I have a fever"). A negation carries
   on along a list ("no fever, chills or rash"). Post triggers ("the rash
   has gone") negate the mention just before them. Triggers inside a
   mention do not count: "can't feel my legs" is an asserted symptom.
   Pseudo-triggers ("won't stop", "not only", "nothing helps") are not
   negations (nor questions: "the thing is it stings"). A temperature or
   pain score is never negated by the words around it: the reading decides
   ("no rash, temp of 39.5" is a high fever; "temp 37.2" a denied fever).
3. Uncertainty. A mention after "not sure if", "don't know whether", ... or
   right after "could it be", "worried it's", ... is not reported at all (the
   dialogue asks about it instead); its span is kept in `suppressed` so a
   merger can drop what another extractor found there. So are the spans of
   `ignore` matches ("a heat pack for the pain", "I inject my Humira") and of
   denied parts of a finding (`on_negation: drop`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Dict, Iterator, List, Mapping, Optional, Pattern, Sequence, Set, Tuple

from bot.nlu.lexicon import (
    all_matches,
    BODY_LOCATION,
    DURATION,
    NEGATED,
    SYMPTOM,
    VALUE_ENTITIES,
    Lexicon,
    bounded,
    default_lexicon,
    NUM_SLOT,
    phrase_to_regex,
    SENSATION,
)
from bot.nlu.prefilter import LiteralIndex
from bot.nlu.quantities import AGE, FEVER, HIGH_FEVER, NUMBER, Quantities

# Statuses of a mention.
ASSERTED, NEG, UNCERTAIN, ASKING = "asserted", "negated", "uncertain", "asking"
#: Status of a red flag said to have happened long ago ("fainted once when I was 15").
HISTORICAL = "historical"
#: Status of a red flag said of someone else, set apart from the writer ("my mate
#: collapsed at the gym, different story, mine's a burning"): asked, not reported.
SOMEONE_ELSE = "someone_else"
#: Mention.kind of a mention found by another extractor (see analyse(extra=...)).
EXTRA = "extra"
#: Mention.kind of a site and a symptom word read together (bot/nlu/compose.py).
COMPOSITION = "composition"

#: Mention.kind of a number standing alone (entity `number`).
BARE_NUMBER = "bare_number"
#: Entities that are never negated nor carry a negation along a list.
QUANTITY_ENTITIES = (DURATION, AGE, NUMBER)

_PRIORITY: Dict[Optional[str], int] = {
    None: 0, "number": 1, AGE: 1, **{e: 2 + i for i, e in enumerate(VALUE_ENTITIES)}, DURATION: 9, BARE_NUMBER: 10}

#: A pictograph between two words ends a sentence too ("isn't trying to \U0001FAB5 yesterday a beam hit him"): people
#: use them as full stops. Not the marks that answer a finding ("fainting \u274c"), which the answer rules read.
#: Not inside a quotation ("she wrote 'im dead \U0001F480 collapsed on the floor'": one quoted line).
_PICTOGRAPH = re.compile(
    r"(?<=\w\s)(?![\u2611\u2705\u2713\u2714\u2716\u2717\u2718\u274c\u274e])[\u2600-\u27bf\U0001f000-\U0001faff]")
_SENTENCE_END = re.compile(r"[.!?;]+(?!\d)|\n")
#: The rest of a sentence up to its question mark (a decimal point is no sentence end: "above 39.4, would ...?").
_TO_QUESTION_MARK = r"(?:[^.!;\n?]|(?<=\d)\.(?=\d))*\?"
#: "if" in a sentence that ends in a question mark: "if I start wetting myself
#: do I ring 999?" asks about a finding, it does not state it.
_IF_IN_QUESTION = re.compile(r"\bif\b(?=" + _TO_QUESTION_MARK + ")", re.IGNORECASE)
#: A whole question about what might come ("What if the burning becomes very, very strong, like 9 or 10?"):
#: every finding in it is asked about, however far from its first words.
_WHAT_IF_QUESTION = re.compile(r"\bwhat\s+(?:if|happens\s+if|about\s+if)\b" + _TO_QUESTION_MARK, re.IGNORECASE)
#: The bot's word asked about ("What is 'saddle numbness'?"): the words right before the finding.
_WHAT_IS = re.compile(r"\bwhat\s+(?:is|'s|are|does|do\s+you\s+mean\s+by)\s+(?:a\s+|an\s+|the\s+)?['\"\u2018\u201c]?$",
                      re.IGNORECASE)
#: A general question about a finding, at the start of a sentence: about a cause ("Can sciatica cause both legs
#: to go numb?", where the verb is the cue, as the cause may be a finding's own words) or about a kind of finding
#: ("Is a tearing pain something that happens?").
_CAUSES = r"(?:cause|make|lead\s+to|give\s+(?:you|people)|bring\s+on|mean)\b"
#: "Can <something> cause" at the start of a sentence: an auxiliary, then up to three words that are no person.
#: A colon starts one too: a question passed on ("She asked me to ask: can back trouble make your legs give way?").
_SENTENCE_START = r"(?:^|(?<=[.!?\n:])\s*)"
_AUXILIARY = r"(?:can|could|does|do|would|will|might|may)"
_SOMETHING = r"\s+(?!(?:i|you|my|he|she|we|they|it|his|her)\b)(?:\w+\s+){1,3}?"
_GENERAL_QUESTION = re.compile(_SENTENCE_START + "(?:" + _AUXILIARY + _SOMETHING +
                               r"(?P<cue>" + _CAUSES + ")"
                               r"|(?:is|are|can|could|does|do|would)\s+an?\b"
                               # "Is numbness in both legs something to look out for?"
                               r"|(?:is|are)(?=\s+(?!(?:i|you|my|he|she|we|they|it|his|her|this|that|there)\b)(?:\w+\s+){1,6}?"
                               r"(?:something|a\s+sign|normal|serious|dangerous|bad|worrying|an\s+emergency|a\s+red\s+flag"
                               r"|a\s+concern|common|urgent)\b))"
                               r"(?=" + _TO_QUESTION_MARK + ")", re.IGNORECASE)
#: The cause named in such a question is asked about too ("Does diabetes cause numb feet?" says nothing of
#: having diabetes): the auxiliary is its cue.
_CAUSE_ASKED = re.compile(_SENTENCE_START + _AUXILIARY + "(?=" + _SOMETHING + _CAUSES + r"[^?.!]*\?)", re.IGNORECASE)
_AS_IF = re.compile(r"\b(?:as|like)\s+if\b", re.IGNORECASE)
#: A name after "our"/"my" ("our Maureen", "my Kev"): a relative or friend, someone else.
_NAMED_RELATIVE = re.compile(r"(?<![\w'])(?:[Oo]ur|[Mm]y|[Mm]e)\s+(?!I\b)(?!(?:Back|Legs?|Chest|Spine)\b)"
                             r"[A-Z][a-z]+(?:'s)?\b")
_THIRD_PERSON = frozenset({"he", "she", "they"})
#: Words in quotation marks: a title, a name or someone's words ('Collapse', 'THAT'S HOW IT STARTED, A TEARING
#: PAIN'); an apostrophe inside a word does not close them.
_QUOTED = re.compile("(?<![\\w'])['\"\u2018\u201c](?:[^'\"\u2019\u201d]|(?<=\\w)'(?=\\w)){1,160}"
                     "['\"\u2019\u201d](?!\\w)")
#: A quote this short is a word set apart, a scare quote or a name ('collapsed', 'collapse call', 'paralysed'):
#: used in another sense than the writer's report.
_SCARE_QUOTE_WORDS = 2
#: Plain denials that may stand before a word of the present ("but not now", "but never since").
_DENIAL_WORDS = frozenset({"not", "no", "nothing", "never", "none", "nor"})
#: Words that report the patient's own "I'm fine" ("he says he's ok", "she insists she is fine").
_MAKING_LIGHT = re.compile(r"\b(?:says?|said|insists?|insisted|reckons?|claims?|claimed|swears?|keeps\s+saying|"
                           r"tells\s+me|told\s+me)\s+(?:that\s+)?$", re.IGNORECASE)
#: A likeness just before a finding ("feels like a fever", "as if she had a fever").
_LIKENESS = re.compile(r"\b(?:like|as\s+if|as\s+though)\s+(?:[\w']+\s+){0,3}$")
#: A composition's symptom that is itself an inability: a "nor" after it adds a second one ("can't feel nor move
#: his feet"), it denies nothing.
_CANNOT = re.compile(r"\b(?:can'?t|cannot|can\s+not|couldn'?t|could\s+not|unable|won'?t|wouldn'?t)\b", re.IGNORECASE)
#: A time said as how long something has lasted ("since last year", "for two years"), not a date.
_ONSET = re.compile(r"(?:since|for|from)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|mine|myself)\b")
_FIRST_PERSON_SUBJECTS = frozenset({"i", "i'm", "im", "i've", "ive", "i'd", "i'll"})
_JOINING_WORDS = frozenset({"and", "then", "suddenly", "just", "nearly", "almost", "promptly", "out", "in", "up",
                            "off", "home", "back", "around", "round", "for", "a", "walk"})
_THIRD_PARTY = frozenset({"he", "she", "they", "his", "her", "him", "them", "their", "himself", "herself"})
#: "his"/"her": one other person or animal ("them" may be the writer's legs: "a tingling down both of them").
_ONE_OTHER = frozenset({"he", "she", "his", "her", "him", "himself", "herself"})
_FIRST_PERSON_WORDS = frozenset({"i", "me", "my", "mine", "myself", "i'm", "im", "i've", "ive"})
#: Whose back and whose red flag (`_told_of_the_other_one`).
_WRITER, _OTHER = "writer", "other"
_OWNED_BACK = re.compile(r"(?<![\w'])(?P<owner>[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[A-Za-z]+'s)\s+"
                         r"(?:(?:own|lower|upper|middle|mid|whole|left|right|poor|bad|old|sore)\s+){0,2}back\b")
#: "call her back", "gave him back": the verb's particle, not a back ("up her back": "upper back" misspelt).
_CALL_BACK = frozenset({"up", "call", "called", "calling", "ring", "rang", "phone", "phoned", "text", "texted", "get",
                        "got", "write", "wrote", "pay", "paid", "bring", "brought", "take", "took", "give", "gave",
                        "send", "sent", "want", "wanted", "have", "had", "hold", "held", "answer", "answered"})
#: "it's back", "that's back": a verb, not an owner.
_CONTRACTED = frozenset({"it", "he", "she", "that", "there", "what", "who", "here", "where", "how", "this", "one",
                         "pain", "heat", "burning", "everything", "nothing", "something", "today", "let", "ache"})
_WRITER_SUBJECTS = frozenset({"i", "myself", "im", "i'm", "ive", "i've"})
#: Tok Pisin subjects before its predicate marker "i" ("em i tok lek i no strong"): that "i" is not the writer.
_PREDICATE_MARKED = frozenset({"em", "ol", "lek", "bek", "skin"})
#: A person after one of these (and perhaps "the") is not a subject ("the one we use for the kids").
_PREPOSITIONS = frozenset({"for", "with", "to", "at", "of", "by", "from", "about", "like", "than", "after"})
#: Verbs of the `observer_verbs` that only carry another ("the kids have had a vomiting bug").
_AUXILIARIES = frozenset({"have", "had", "got", "get", "can", "could", "would", "will", "want", "need", "'d"})
#: How far before a finding told with "his"/"her" its subject may be (about a dozen words).
_JUST_BEFORE_CHARS = 80
_SOFT_BOUNDARY = re.compile(r"[,:()\u2014\u2013]|\s-\s")
#: A trigger's list opened right after it ("No (fainting, chest pain)", "no x4: fainting, ..."): no boundary.
_OPENS_A_LIST = re.compile(r"\s*[(:]\s*")
#: A finding asked and answered in the message ("Numb legs? No."): the answer word after the question mark;
#: "not" only on its own ("Fever? Not." but not "they just... don't? Not weak, just nothing").
#: An interjection may come first ("Did I faint? Oh no I didn't!").
_ANSWER_AFTER_QUESTION = re.compile(r"[^?.!\n]{0,20}\?\s*(?:(?:oh|ah|well|erm|er|um|hmm)\b[\s,]*)?"
                                    r"(?!not\b(?!\s*(?:[.,;!\n\u2022]|$)))([a-z]+)\b")
#: A checklist line answered after a colon, a comma or on its own ("Fever: none.", "Fainting, no.", "Fever no."),
#: or in translated word order ("Fever there is not.", "Chest pains I have none.", "Fever he has not.", "Fever I
#: don't have."): the answer word, then the end of the line or of the clause.
# "Fainting, never in my life.": an answer word may carry "in my life" before its clause ends.
# "Fever, I have not even a little.": an answer word may carry "even a little" (not "at all": "can't move
# them, not at all" insists).
_END_OF_CLAUSE = r"\s*(?:[.,;!\n\u2022]|$)"
#: What separates a checklist item from its answer ("Fever: none", "Fainting, no", "Rash - gone").
_ANSWER_SEPARATOR = r"[:=,\-\u2013\u2014]"
_ANSWER_THEN_END = (r"([a-z]+)(?:\s+in\s+(?:my|his|her|their)\s+(?:whole\s+)?life"
                    r"|\s+even\s+(?:a\s+little|a\s+bit|one))?" + _END_OF_CLAUSE)
_PERSON = r"(?:i|he|she|we|they)\s+"
#: A short bracketed aside inside a sentence ("my legs (both of them) would not move").
_ASIDE = re.compile(r"\s?\([^()\n]{1,80}\)")
#: A finding answered "I don't know" right after it ("High fever I don't know, no thermometer"): asked, not stated
#: (not "fainted, don't know why").
_UNKNOWN_AFTER_IT = re.compile(r"\s*[,:\-]?\s*(?:(?:i\s+)?(?:don'?t|do\s+not)\s+know|not\s+sure|dunno|no\s+idea)\b"
                               r"(?!\s+(?:why|how|what|when|where|if|whether|who|which|the\s+cause))")
_ANSWER_AFTER_HEADING = re.compile(
    r"\s*(?:" + _ANSWER_SEPARATOR + r"\s*)?"
    r"(?:(?:there\s+)?(?:is|are|was|were)\s+|" + _PERSON + r"(?:have|has|had)\s+"
    r"|" + _PERSON + r"(?=(?:don't|doesn't|didn't|haven't|hasn't)\s+(?:have|has|got)\b))?"
    r"(?:(?P<lacks>[a-z]+n't)\s+(?:have|has|got)\s*(?:[.,;!\n\u2022]|$)|" + _ANSWER_THEN_END + ")")
#: The same after a heading of several findings ("Fever/chills: no") or in brackets ("Fever (no), chills (no)").
_ANSWER_AFTER_LIST_HEADING = re.compile(
    r"(?:\s*(?:/|&|,|\band\b|\bor\b)\s*[a-z]+(?:\s+[a-z]+)?)+\s*" + _ANSWER_SEPARATOR + r"\s*" + _ANSWER_THEN_END
    + r"|\s*\(\s*([a-z]+)\s*\)")

@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: Optional[str]
    value: Optional[str]
    role: Optional[str] = None
    implies: Tuple[Tuple[str, str], ...] = ()
    drop_if_negated: bool = False
    kind: Optional[str] = None  # entity, or "number" for temperatures and scores, "bare_number"
    data: Tuple[Tuple[str, Any], ...] = ()  # parsed values added to the entity (days, years, ...)
    #: A composition's site and symptom words: only these are "inside" the
    #: mention (a negation between them denies it: "my feet aren't numb").
    anchors: Tuple[Tuple[int, int], ...] = ()

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass
class Analysis:
    """What extract() saw: the entities, and the spans it chose not to report."""

    text: str
    entities: List[Dict[str, Any]]
    suppressed: List[Tuple[int, int]] = field(default_factory=list)
    mentions: List[Tuple[Mention, str]] = field(default_factory=list)

    @property
    def asked(self) -> List[str]:
        """Symptoms named only in a question, a fear or a doubt ("should I go in
        if my legs go weak?", "not sure if it's a rash"): not reported, but
        the interview asks about them first (bot/nlu/hints.py)."""
        return [str(m.value) for m, status in self.mentions
                if status in (UNCERTAIN, ASKING, SOMEONE_ELSE) and m.entity == SYMPTOM and m.value is not None]


def _alt_regex(items: Sequence[str], slots: Optional[Mapping[str, str]] = None,
               unless_followed_by: Sequence[str] = ()) -> Optional[Pattern]:
    if not items:
        return None
    alt = "|".join(sorted((phrase_to_regex(i, slots) for i in items), key=len, reverse=True))
    regex = bounded(alt)
    if unless_followed_by:
        regex += r"(?!\s+(?:" + "|".join(phrase_to_regex(w, slots) for w in unless_followed_by) + r")\b)"
    return re.compile(regex, re.IGNORECASE)


class LexiconMatcher:
    """The compiled lexicon plus spaCy's tokenizer; `analyse(text)` does the work."""

    def __init__(self, lexicon: Optional[Lexicon] = None):
        import spacy

        self.lexicon = lexicon or default_lexicon()
        self.compositions = self.lexicon.compositions
        # Durations are the quantities' (quantity_mentions), with their days.
        self.entries = [e for e in self.lexicon.entries if e.entity != DURATION]
        self.literal_index = LiteralIndex([e.regex for e in self.entries])
        self.typos = self.lexicon.typos
        self.nlp = spacy.blank("en")
        quantities = getattr(self.lexicon, "quantities", None)
        self.quantities: Quantities = quantities or Quantities.from_raw(self.lexicon.raw, self.lexicon.origin)
        rules = self.lexicon.negation
        self.rules = rules
        #: Words of telling or watching between a person and a red flag (`_told_of_a_third_person`).
        self.telling = (rules.speech_verbs | rules.observer_verbs) - _AUXILIARIES
        # "when I was {NUM}": the number words are the quantities' (one owner).
        slots = {NUM_SLOT: self.quantities.small_number_regex()}
        self.pre = _alt_regex(rules.pre, slots)
        self.post = _alt_regex(rules.post, slots)
        self.pseudo = _alt_regex(rules.pseudo, slots)
        self.uncertain = _alt_regex(rules.uncertain, slots)
        self.asking = _alt_regex(rules.asking, slots)
        self.historical = _alt_regex(rules.historical, slots)
        self.current = _alt_regex(rules.current, slots)
        self.quoted_advice = _alt_regex(rules.quoted_advice, slots)
        self.chronic = _alt_regex(rules.chronic, slots)
        self.changed = _alt_regex(rules.changed, slots)
        self.changed_when = _alt_regex(rules.changed_when, slots)
        self.someone_else = _alt_regex(rules.someone_else, slots)
        self.never_the_writer = _alt_regex(rules.never_the_writer, slots, rules.never_the_writer_unless_followed_by)
        self.not_me = _alt_regex(rules.not_me + rules.carers, slots)
        self.until_now = _alt_regex(rules.until_now, slots)
        self.talked_about = _alt_regex(rules.talked_about, slots)
        self.last_word = _alt_regex(rules.last_word, slots)
        self.time_limits = _alt_regex(rules.time_limits, slots)
        self.terminators = _alt_regex(rules.terminators, slots)
        self.topic_denial = self._topic_denial_regex(rules, slots)
        self.asides = (re.compile(r",\s*(?:" + "|".join(phrase_to_regex(a, slots) for a in rules.asides) + r")\s*(?=,)",
                                  re.IGNORECASE) if rules.asides else None)
        self.connectors = set(rules.connectors) | {w for c in rules.connectors for w in c.split()}
        # A checklist ticked with a cross ("fainting \u2717 chest pain \u2717"): a mark needs no line end after it.
        marks = [w for w in rules.answer_denials if not any(c.isalnum() for c in w)]
        self.denial_mark = (re.compile(r"\s*[:=\-\u2013\u2014]?\s*(?:" + "|".join(map(re.escape, marks)) + ")")
                            if marks else None)
        # A reading named as a limit ("fever over 103", "39.4 or over"): the lexicon's numbers.temperature words.
        temperature = self.quantities.temperature
        self.limit = _alt_regex(list(temperature.get("limits") or []))
        or_over = list(temperature.get("or_over") or [])
        self.or_over = (re.compile(r"\s*(?:" + "|".join(map(phrase_to_regex, or_over)) + ")", re.IGNORECASE)
                        if or_over else None)
        # The same marks written before each item ("\U0001F6AB fainting \U0001F6AB chest pain").
        self.mark_before = re.compile("(?:" + "|".join(map(re.escape, marks)) + r")\s*$") if marks else None

    # -- matching ------------------------------------------------------------

    def candidates(self, text: str, today: Optional[dt.date] = None) -> List[Mention]:
        found = self._lexicon_mentions(text)
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text)]
        if asides:
            # "my legs (both of them) simply would not move": the words around a bracketed aside, read as if
            # it were not there (blanked, so every offset stays), add what crosses it; the aside is read too.
            blanked = _ASIDE.sub(lambda m: " " * len(m.group(0)), text)
            found += [c for c in self._lexicon_mentions(blanked)
                      if any(c.start < s and e < c.end for s, e in asides)]
        found = _readings_take_fever_words(found, self.quantity_mentions(text, today), text)
        # A number is bare only when nothing else found takes it ("temp of
        # 101" inside "I'm running a temp of 101": no bare 101).
        others = [(c.start, c.end) for c in found if c.kind != BARE_NUMBER]
        return [c for c in found
                if c.kind != BARE_NUMBER or not any(c.start < e and s < c.end for s, e in others)]

    @staticmethod
    def _topic_denial_regex(rules: Any, slots: Mapping[str, str]) -> Optional[Pattern]:
        """A denial after a finding named as a topic: a comma or colon, perhaps "it"/"that"/"they" taking it up
        again, a topic denial or post-denial, then the end of the clause after at most four tail words."""
        if not rules.topic_denials:
            return None
        denials = list(rules.topic_denials) + list(rules.post)
        alt = "|".join(sorted((phrase_to_regex(d, slots) for d in denials), key=len, reverse=True))
        tail = "|".join(re.escape(w) for w in rules.topic_denial_tail) or "(?!)"
        return re.compile(r"\s*" + _ANSWER_SEPARATOR + r"\s*(?:(?:it|that|this|they|those|these)(?:['\u2019]s)?\s+)?"
                          r"(?:" + alt + r")(?:[\s,]+(?:" + tail + r")){0,4}" + _END_OF_CLAUSE, re.IGNORECASE)

    def _lexicon_mentions(self, text: str) -> List[Mention]:
        """Every match of every lexicon entry but the durations (they are the quantities')."""
        found: List[Mention] = []
        # Only the regexes whose required strings the message holds (bot/nlu/prefilter.py).
        for index in self.literal_index.candidates(text.lower()):
            entry = self.entries[index]
            neg_group = "neg" in entry.regex.groupindex
            for m in all_matches(entry.regex, text):
                role = NEGATED if neg_group and m.group("neg") else entry.role
                found.append(Mention(m.start(), m.end(), entry.entity, entry.value, role,
                                     entry.implies, entry.drop_if_negated, kind=entry.entity))
        return found

    def quantity_mentions(self, text: str, today: Optional[dt.date] = None) -> List[Mention]:
        """Durations, ages, temperatures, pain scores and bare numbers, as mentions."""
        q = self.quantities
        out: List[Mention] = []
        for f in q.duration_candidates(text, today):
            # A time dating a past event keeps its entity but gives no days (quantities.dates_a_past_event).
            parsed = (("days", None), ("dates", "past_event")) if f.past_event else (("days", f.value),)
            out.append(Mention(f.start, f.end, DURATION, None, kind=DURATION, data=parsed))
        for f in q.ages(text, today):
            years = int(f.value)
            out.append(Mention(f.start, f.end, AGE, str(years), kind=AGE, data=(("years", years),)))
        for f in q.temperatures(text):
            data: Tuple[Tuple[str, Any], ...] = (("temperature", f.value), ("unit", f.unit))
            out.append(Mention(f.start, f.end, SYMPTOM, f.finding, role=NEGATED if f.negated else None, kind="number",
                               data=data + ((("borderline", True),) if f.borderline else ())))
        for f in q.pain_scores(text):
            out.append(Mention(f.start, f.end, SYMPTOM, f.finding, role=NEGATED if f.negated else None, kind="number",
                               data=(("score", f.value),)))
        for f in q.numbers(text):
            number = int(f.value) if f.value == int(f.value) else f.value
            out.append(Mention(f.start, f.end, NUMBER, None, kind=BARE_NUMBER, data=(("number", number),)))
        return out

    @staticmethod
    def choose(candidates: List[Mention]) -> List[Mention]:
        """Longest match wins; ties by priority, then position, then the
        order of the lexicon's entries. Ignore matches (entity None) included.
        A shorter match of the same finding that sticks out of a chosen one
        widens it instead of being dropped (`_widened`)."""
        chosen: List[Mention] = []
        for c in sorted(candidates, key=lambda c: (-c.length, _PRIORITY.get(c.kind, 5), c.start)):
            hit = [i for i, k in enumerate(chosen) if c.start < k.end and k.start < c.end]
            if not hit:
                chosen.append(c)
            elif len(hit) == 1:
                chosen[hit[0]] = _widened(chosen[hit[0]], c, chosen)
        return sorted(chosen, key=lambda c: c.start)

    @classmethod
    def resolve(cls, candidates: List[Mention]) -> List[Mention]:
        """The chosen mentions that report something (no ignore matches)."""
        return [c for c in cls.choose(candidates) if c.entity is not None]

    # -- negation ------------------------------------------------------------

    def analyse(self, text: str, extra: Sequence[Mention] = (), today: Optional[dt.date] = None) -> Analysis:
        """Entities of `text`. `extra`: mentions found by another extractor
        (DIET), which get the same negation and uncertainty decisions; their
        statuses are in `Analysis.mentions` (they are not in `entities`).
        `today` (default: the date now) dates "since Tuesday" and "born in 1958"."""
        text = text or ""
        norm = text.replace("\u2019", "'").replace("\u2018", "'")
        offsets = None
        originals: Dict[int, Mention] = {}
        if self.typos is not None:
            norm, offsets = self.typos.correct(norm)
            if offsets:
                extra, originals = _moved_to_corrected(extra, offsets)
        to_original = _SpanMap(offsets)
        own, ignored = self._own_mentions(norm, today)
        extra = [m for m in extra if not any(m.start < o.end and o.start < m.end for o in own)]
        mentions = sorted(own + list(extra), key=lambda m: (m.start, m.end))
        if not mentions:
            return Analysis(text, [], [to_original(a, b) for a, b in ignored])
        statuses = _Context(self, norm, mentions).statuses()
        entities, suppressed = _entities(text, statuses, to_original)
        entities = _without_subsumed(entities, self.lexicon.subsumed_by)
        suppressed = [to_original(a, b) for a, b in ignored] + suppressed
        if offsets:
            statuses = [(originals.get(id(m)) or to_original.mention(m), status) for m, status in statuses]
        return Analysis(text, entities, suppressed, statuses)

    def _own_mentions(self, norm: str, today: Optional[dt.date]) -> Tuple[List[Mention], List[Tuple[int, int]]]:
        """The lexicon's mentions (phrases, patterns, quantities, compositions), and
        the spans an ignore entry took ("heat pack for the pain", "injecting my
        insulin", "my mum had cancer"): no other extractor may report those."""
        chosen = self.choose(self.candidates(norm, today))
        compositions = []
        if self.compositions is not None:
            chosen, compositions = self.compositions.combine(norm, chosen)
        own = [c for c in chosen if c.entity is not None]
        own += [Mention(c.start, c.end, SYMPTOM, c.finding, implies=tuple((SYMPTOM, f) for f in c.implies),
                        drop_if_negated=c.drop_if_negated, kind=COMPOSITION, anchors=c.anchors)
                for c in compositions]
        if self.compositions is not None and self.compositions.bilateral is not None:
            own = self.compositions.bilateral.implied(norm, own)
        return own, [(c.start, c.end) for c in chosen if c.entity is None]


def _widened(kept: Mention, other: Mention, chosen: List[Mention]) -> Mention:
    """`kept` grown over `other` when both are the same plainly stated symptom
    and the union touches no other chosen mention. Otherwise `kept` as it was.
    Why: in "he can't lift either leg off the bed, they won't budge" the longer
    match starts at "leg", and the "can't" of the shorter one, left outside,
    would deny the paralysis both state."""
    same = (kept.entity == other.entity == SYMPTOM and kept.kind == other.kind == SYMPTOM
            and kept.value == other.value and kept.role is None and other.role is None
            and not kept.data and not other.data)
    start, end = min(kept.start, other.start), max(kept.end, other.end)
    if not same or (start, end) == (kept.start, kept.end):
        return kept
    if any(k is not kept and start < k.end and k.start < end for k in chosen):
        return kept
    return replace(kept, start=start, end=end)


_FEVERS = (FEVER, HIGH_FEVER)
#: A fever word that only names the measure ("temperature"), and an owner just before it ("his temperature"): looked
#: for in the few characters before the word only (`search` with a start still sees the word boundary before it).
_OWNED_MEASURE = re.compile(r"temp(?:erature)?s?", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"\b(?:my|his|her|their|your|our|the)\s+$", re.IGNORECASE)


def _readings_take_fever_words(found: List[Mention], quantities: List[Mention], text: str) -> List[Mention]:
    """`found` and the quantities, where a temperature reading has grown over the
    fever words it overlaps: in "a high temperature 103" the reading says how high.
    A reading just under the threshold gives way to the word "fever" it
    overlaps ("Fever is 100 F": the person calls it a fever, the interview
    takes their word rather than deny it), but not to an owned measure ("his
    temperature was 37.9" names what was measured, not a fever)."""
    fever_words = [m for m in found if m.entity == SYMPTOM and m.value in _FEVERS]  # the lexicon's words only
    out = list(found)
    for q in quantities:
        if q.kind == "number" and any(k == "temperature" for k, _ in q.data):
            over = [m for m in fever_words if m.start < q.end and q.start < m.end]
            if ("borderline", True) in q.data and any(
                    m.value == FEVER and not (_OWNED_MEASURE.fullmatch(text, m.start, m.end)
                                              and _OWNER_BEFORE.search(text, max(0, m.start - 12), m.start))
                    for m in over):
                # Read as words, so "no" still denies it; the reading stays on the entity.
                data = tuple(d for d in q.data if d[0] != "borderline")
                q = replace(q, role=None, kind=SYMPTOM, data=data)
            if over:
                q = replace(q, start=min([q.start] + [m.start for m in over]), end=max([q.end] + [m.end for m in over]))
        out.append(q)
    return out


def _moved_to_corrected(extra: Sequence[Mention], offsets: Any) -> Tuple[List[Mention], Dict[int, Mention]]:
    """Another extractor's mentions on the typo-corrected text, and the originals by id."""
    moved, originals = [], {}
    for m in extra:
        c = replace(m, start=offsets.to_corrected(m.start), end=offsets.to_corrected(m.end, end=True))
        originals[id(c)] = m
        moved.append(c)
    return moved, originals


class _SpanMap:
    """Spans of the typo-corrected text mapped back to the text as written."""

    def __init__(self, offsets: Any) -> None:
        self.offsets = offsets

    def __call__(self, a: int, b: int) -> Tuple[int, int]:
        if not self.offsets:
            return a, b
        return self.offsets.to_original(a), self.offsets.to_original(b, end=True)

    def mention(self, m: Mention) -> Mention:
        start, end = self(m.start, m.end)
        return replace(m, start=start, end=end, anchors=tuple(self(*a) for a in m.anchors))


def _entities(text: str, statuses: List[Tuple[Mention, str]],
              to_original: _SpanMap) -> Tuple[List[Dict[str, Any]], List[Tuple[int, int]]]:
    """The reported entities (with what they imply) and the spans not reported:
    uncertain or asked about, or a denied part of a finding. A finding the writer denies in words is not
    implied by another ("the bits I sit on have no feeling ... I haven't wet myself")."""
    entities: List[Dict[str, Any]] = []
    suppressed: List[Tuple[int, int]] = []
    denied = {(m.entity, m.value) for m, status in statuses
              if m.kind != EXTRA and (status == NEG or m.role == NEGATED) and not m.drop_if_negated}
    for m, status in statuses:
        if m.kind == EXTRA:
            continue
        start, end = to_original(m.start, m.end)
        negated = status == NEG or m.role == NEGATED
        if status in (UNCERTAIN, ASKING, HISTORICAL, SOMEONE_ELSE) or (negated and m.drop_if_negated):
            suppressed.append((start, end))
            continue
        ent: Dict[str, Any] = {
            "entity": m.entity,
            "value": m.value if m.value is not None else text[start:end],
            "start": start,
            "end": end,
            "text": text[start:end],
        }
        ent.update(m.data)
        if negated:
            ent["role"] = NEGATED
        entities.append(ent)
        if not negated:
            for entity, value in m.implies:
                if (entity, value) in denied:
                    continue
                entities.append({"entity": entity, "value": value, "start": start, "end": end,
                                 "text": text[start:end]})
    return entities, suppressed


def _without_subsumed(entities: List[Dict[str, Any]], subsumed_by: Mapping[str, str]) -> List[Dict[str, Any]]:
    """The entities without a present finding whose stronger finding (the lexicon's
    `subsumed_by`) is present too."""
    present = {e["value"] for e in entities if e["entity"] == SYMPTOM and e.get("role") != NEGATED}
    return [e for e in entities
            if not (e["entity"] == SYMPTOM and e.get("role") != NEGATED and subsumed_by.get(e["value"]) in present)]


Cue = Tuple[int, int, str]


class _Context:
    """The negation, uncertainty and question cues of one text, and the status
    each mention gets from them (ConText; the rules are in the module's doc)."""

    def __init__(self, matcher: "LexiconMatcher", norm: str, mentions: List[Mention]) -> None:
        self.norm = norm
        self.rules = matcher.rules
        self.telling = matcher.telling
        self.subsumed_by = matcher.lexicon.subsumed_by
        self.connectors = matcher.connectors
        self.denial_mark = matcher.denial_mark
        self.topic_denial = matcher.topic_denial
        self.mark_before = matcher.mark_before
        self.limit = matcher.limit
        self.or_over = matcher.or_over
        self.mentions = mentions
        self.crosses_lead = self._crosses_lead()
        doc = matcher.nlp.make_doc(norm)
        self.tokens = [(t.idx, t.idx + len(t.text), t.text.lower(), t.is_punct) for t in doc]
        # An age or a bare number is not a mention here: its words ("I'm" of
        # "I'm 60") still count, so "no I'm 60 with a fever" stays asserted.
        self.spans = [a for m in mentions if m.entity not in (AGE, NUMBER)
                      for a in (m.anchors or ((m.start, m.end),))]
        self.sentence_ends = sorted([m.start() for m in _SENTENCE_END.finditer(norm)] + [
            m.start() for m in _PICTOGRAPH.finditer(norm) if not self._quoted(m.start())])
        self.soft = [m.start() for m in _SOFT_BOUNDARY.finditer(norm)]
        self.terms = [(m.start(), m.end()) for m in matcher.terminators.finditer(norm)] if matcher.terminators else []
        self.what_if = [(m.start(), m.end()) for m in _WHAT_IF_QUESTION.finditer(norm)]
        self.talked_about = self._matches(matcher.talked_about)
        self.last_word = self._matches(matcher.last_word)
        self.quoted_advice = self._matches(matcher.quoted_advice)
        self.time_limits = self._matches(matcher.time_limits)
        #: Asides between commas, from the first comma up to the second (not included).
        self.asides = [(m.start(), m.end()) for m in matcher.asides.finditer(norm)] if matcher.asides else []
        self._find_cues(matcher)

    def _find_cues(self, matcher: "LexiconMatcher") -> None:
        pseudo = self._matches(matcher.pseudo)
        # "as if someone was slicing": a comparison, not a hypothetical.
        uncertain = [t for t in self._matches(matcher.uncertain)
                     if not self.inside_mention(t[0], t[1]) and not _AS_IF.search(self.norm[max(0, t[0] - 6):t[1]])]
        # "the only thing is it stings": a pseudo-trigger is not a question either.
        questions = self._matches(_IF_IN_QUESTION) + self._matches(_GENERAL_QUESTION) + self._matches(_CAUSE_ASKED)
        asking = [t for t in self._matches(matcher.asking) + questions
                  if not self.inside_mention(t[0], t[1]) and not _overlaps(t, pseudo)]
        pre = [t for t in self._matches(matcher.pre)
               if not self.inside_mention(t[0], t[1]) and not _overlaps(t, pseudo) and not _overlaps(t, uncertain)]
        self.post = [t for t in self._matches(matcher.post)
                     if not self.inside_mention(t[0], t[1]) and not _overlaps(t, pseudo)]
        self.triggers = sorted([(s, e, w, NEG) for s, e, w in pre]
                               + [(s, e, w, UNCERTAIN) for s, e, w in uncertain]
                               + [(s, e, w, ASKING) for s, e, w in asking], key=lambda t: t[1])
        self.consumed = [t for t in self._matches(matcher.pre) if self.inside_mention(t[0], t[1])]
        # A date may be a duration's or an age's words ("last year", "in my twenties").
        self.historical = [t for t in self._matches(matcher.historical) if not _overlaps(t, pseudo)]
        self.current = [t for t in self._matches(matcher.current)
                        if not _overlaps(t, self.historical) and not self._denied_in_its_clause(t[0])]
        self.chronic = self._matches(matcher.chronic)
        self.changed = [t for t in self._matches(matcher.changed) if not _overlaps(t, self.chronic)]
        self.changed_when = [t for t in self._matches(matcher.changed_when) if not _overlaps(t, self.chronic)]
        # "... for years, but this week I can't hold it": a time set against the long-standing sign is news.
        # Not when the back is what comes next ("tingled for years, but this week my lower back feels hot").
        self.changed += [t for t in self.changed_when
                         if self._word_before(t[0]) in self.rules.contrasts and not self._back_news(t[1])]
        self.someone_else, self.never_the_writer = (
            [t for t in self._matches(regex) if not self.inside_mention(t[0], t[1])]
            for regex in (matcher.someone_else, matcher.never_the_writer))
        # "he says he's ok but I don't believe him": the patient making light of it, not another person set apart.
        self.not_me = [t for t in self._matches(matcher.not_me)
                       if not _MAKING_LIGHT.search(self.norm[max(0, t[0] - 30):t[0]])]
        if self._back_told_of_another():
            # "My client's temp just read 103.5 F and she says her whole back is burning. I'm her carer": the
            # writer only reports; the patient is the one whose back it is, not someone set apart.
            self.not_me = [t for t in self.not_me if not t[2].startswith(tuple(self.rules.carers))]
        self.until_now = self._matches(matcher.until_now)
        #: Words after which a subject belongs to the clause before ("when I pee", "with my bladder").
        self.leads_in = set(self.rules.subordinators) | set(self.rules.prepositions)

    def _back_news(self, pos: int) -> bool:
        """The first mention after `pos`, in its sentence, is where or how the back feels."""
        after = [m for m in self.mentions if m.start >= pos and self.sentence(m.start) == self.sentence(pos)
                 and m.entity not in QUANTITY_ENTITIES]
        return bool(after) and min(after, key=lambda m: m.start).entity in (BODY_LOCATION, SENSATION)

    def _matches(self, regex: Optional[Pattern]) -> List[Cue]:
        """The cues `regex` finds; where it has a `cue` group that took part, that group is the cue."""
        if regex is None:
            return []
        has_cue = "cue" in regex.groupindex
        spans = [m.span("cue") if has_cue and m.group("cue") else m.span() for m in regex.finditer(self.norm)]
        return [(a, b, self.norm[a:b].lower()) for a, b in spans]

    def inside_mention(self, a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in self.spans)

    def sentence(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_ends, pos)

    def gap_words(self, a: int, b: int) -> List[str]:
        return [w for s, e, w, punct in self.tokens
                if s >= a and e <= b and not punct and not self.inside_mention(s, e) and not self._in_aside(s)]

    def _talked_about(self, m: Mention) -> bool:
        """A finding after advice, a warning, a lesson or a dream in its sentence ("the leaflet says go to A&E if you
        get numbness between your legs, can't control your wee ..."), with no word of now between them ("... and now
        they are")."""
        if m.entity != SYMPTOM:
            return False
        return any(e <= m.start and self.sentence(s) == self.sentence(m.start)
                   and not any(e <= c < m.start and self._starts_a_clause_after(e, c) for c, _, _ in self.current)
                   for s, e, _ in self.talked_about)

    def _starts_a_clause_after(self, a: int, b: int) -> bool:
        """A comma or a clause join between `a` and `b`: the word at `b` begins a clause of its own ("..., and now
        they are weak"; not "the first aid course this week - someone who's passed out")."""
        between = self.norm[a:b].lower()
        return "," in between or any(w in self.rules.clause_joins for w in re.findall(r"[\w']+", between))

    def _asked_by_a_what_question(self, m: Mention) -> bool:
        """Inside a "What if ...?" question, the subject of "What is ...?", or a word quoted back with a "?"."""
        if m.entity != SYMPTOM:
            return False
        if any(s <= m.start and m.end <= e for s, e in self.what_if):
            return True
        if re.search(r"['\"\u2018\u201c]\s*$", self.norm[max(0, m.start - 2):m.start]) and re.match(
                r"\s*['\"\u2019\u201d]\s*\?", self.norm[m.end:m.end + 4]):
            return True  # a word quoted back as a question, in any language ("Wanem nao 'rigors'?")
        return bool(_WHAT_IS.search(self.norm[self._sentence_start(m.start):m.start])) and bool(
            re.match(r"['\"\u2019\u201d]?\s*\?", self.norm[m.end:m.end + 3]))

    def _in_aside(self, pos: int) -> bool:
        """Within an aside or on one of its two commas."""
        return any(s <= pos <= e for s, e in self.asides)

    def _without_asides(self, a: int, b: int) -> str:
        """text[a:b] with its asides left out (their closing comma stays)."""
        return "".join(c for i, c in enumerate(self.norm[a:b], a) if not any(s <= i < e for s, e in self.asides))

    def blocked(self, a: int, b: int, inner_adverbs: bool = False) -> bool:
        """A clause boundary in text[a:b]. With `inner_adverbs`, an adverb terminator inside the clause
        ("my grandmother only had paralysis") is no boundary unless it leads a new subject ("only my legs")."""
        if any(a <= p < b and not self._in_aside(p) for p in self.soft):
            return True
        # A terminator that starts in the gap counts even if the next
        # mention begins inside it ("no chest pain and my legs are numb").
        return any(a <= s < b and not (inner_adverbs and self._inner_adverb(s, e)) for s, e in self.terms)

    def _inner_adverb(self, s: int, e: int) -> bool:
        rules = self.rules
        return self.norm[s:e].lower() in rules.clause_adverbs and self._word_after(e) not in rules.new_subjects

    def direct(self, m: Mention) -> Optional[str]:
        """The status a trigger before the mention gives it, if one reaches it."""
        before = [t for t in self.triggers if t[1] <= m.start and self.sentence(t[0]) == self.sentence(m.start)]
        if not before:
            return None
        s, e, word, kind = before[-1]
        if self.blocked(e, m.start) and not _OPENS_A_LIST.fullmatch(self.norm[e:m.start]):
            return None
        words = self.gap_words(e, m.start)
        if kind == ASKING:
            # A reading is asked about across its clause ("if the pain gets to 8/10 should I go in?").
            # So is a finding in the clause a hypothetical "if" opens ("If the burning moved into my chest,
            # would ...?"; not "if I get up my legs give way, is that bad?", which happens).
            hypothetical = word == "if" and _HYPOTHETICAL.search(self._sentence_text(s)) is not None
            limit = self.rules.window if m.kind == "number" or hypothetical else self.rules.asking_window
            return ASKING if len(words) <= limit and m.entity == SYMPTOM else None
        if kind == NEG and self._and_a_subject(words, m):
            return None
        if kind == NEG and word in self.rules.particles:
            # "no my legs are numb": the mention's own first word may start the clause.
            if len(words) > self.rules.particle_window or self._starts_clause(words + self._first_word(m)):
                return None
            return NEG
        if kind == NEG and word in self.rules.verb_triggers and self._new_subject(words, m):
            return None
        if kind == NEG and self._cannot_feel_or_lift_a_part(word, words):
            return None
        return kind if len(words) <= self.rules.window else None

    def _cannot_feel_or_lift_a_part(self, trigger: str, words: Sequence[str]) -> bool:
        """"I can't feel me bits or me bum cheeks … gone numb", "she can't lift her right foot properly, it
        slaps": not feeling or not lifting a part of the body is itself the symptom, not a denial of the one said
        after it ("I can't feel any numbness" still denies)."""
        return (trigger.replace("’", "'") in self.rules.cannot and len(words) >= 3
                and words[0] in self.rules.body_verbs)

    def _starts_clause(self, words: Sequence[str]) -> bool:
        """Whether the words after an answer particle start a clause of their own ("no I have a fever")."""
        return any(w in self.rules.particle_blockers and not (i and words[i - 1] in self.rules.prepositions)
                   for i, w in enumerate(words))

    def _first_word(self, m: Mention) -> List[str]:
        """The mention's first word, as a list (empty for an empty span)."""
        return self.norm[m.start:m.end].lower().split(maxsplit=1)[:1]

    def _and_a_subject(self, words: List[str], m: Mention) -> bool:
        """"and" then a subject starts another clause: "no fever and his legs are weak"."""
        after = words + self._first_word(m)
        return any(a == "and" and b in self.rules.new_subjects for a, b in zip(after, after[1:]))

    def _new_subject(self, words: List[str], m: Mention) -> bool:
        """A subject after a negated verb starts another clause ("I can't sit my bum is numb"), unless
        the verb takes a clause ("I don't think my legs are weak") or a subordinator leads it in."""
        if not words or words[0] in self.rules.clause_verbs:
            return False
        after = words[1:] + self._first_word(m)
        return any(w in self.rules.new_subjects and not (i and after[i - 1] in self.leads_in)
                   for i, w in enumerate(after))

    def answered_no(self, m: Mention) -> bool:
        """A finding asked and answered in the message: "Numb legs? No." (a checklist written out)."""
        after = self.norm[m.end:m.end + 40].lower()
        match = (_ANSWER_AFTER_QUESTION.match(after) or _ANSWER_AFTER_HEADING.match(after)
                 or _ANSWER_AFTER_LIST_HEADING.match(after))
        if match and match.groupdict().get("lacks"):
            return True  # "Fever I don't have."
        answer = next((g for g in match.groups() if g), None) if match else None
        return (answer in self.rules.answer_denials or bool(self.denial_mark and self.denial_mark.match(after))
                or self._answered_by_post_denial(m) or self._denied_as_a_topic(m))

    def _denied_as_a_topic(self, m: Mention) -> bool:
        """A finding named first and denied after a comma ("The fever, it did not visit me", "Chest pain,
        it's not an issue", "Fainting: never happened")."""
        regex = self.topic_denial
        return regex is not None and regex.match(self.norm, m.end) is not None

    def _answered_by_post_denial(self, m: Mention) -> bool:
        """A checklist item answered after a comma or colon by a denial that may follow a finding
        ("chest pain, not a sausage!", "rash: gone."), the clause ending there."""
        sep = _ANSWER_SEP.match(self.norm, m.end)
        if sep is None:
            return False
        return any(s == sep.end() and _CLAUSE_END.match(self.norm, e) is not None for s, e, _ in self.post)

    def answered_conditionally(self, m: Mention) -> bool:
        """A finding asked in the message and answered with a condition ("Chest pain?
        Only when Kerry lose."), or with "I don't know" ("High fever I don't know"): a joke
        or a real "only when I climb stairs" alike need the plain question, so it is asked
        first rather than reported."""
        after = self.norm[m.end:m.end + 40].lower()
        if _UNKNOWN_AFTER_IT.match(after):
            return True
        match = _ANSWER_AFTER_QUESTION.match(after)
        return match is not None and match.group(1) in self.rules.conditional_answers

    def post_negated(self, m: Mention) -> bool:
        # The mention's last character dates its sentence: its end may be the full stop's offset.
        after = [t for t in self.post if t[0] >= m.end and self.sentence(t[0]) == self.sentence(m.end - 1)]
        if not after:
            return False
        s, e, _ = min(after)
        if self.blocked(m.end, s) or self._symptom_between(m.end, s):
            return False  # "fainted and fever gone": the fever is gone; a list is reached by its chain
        return len(self.gap_words(m.end, s)) <= self.rules.post_window

    def _symptoms_between(self, a: int, b: int) -> Iterator[Mention]:
        """The symptom mentions wholly inside text[a:b]."""
        return (x for x in self.mentions if x.entity == SYMPTOM and a <= x.start and x.end <= b)

    def _symptom_between(self, a: int, b: int) -> bool:
        return any(self._symptoms_between(a, b))

    def _denied_until_now(self, m: Mention) -> bool:
        """An "until now" word a few words after a denied mention, in its sentence and clause."""
        return any(s >= m.end and self.sentence(s) == self.sentence(m.end - 1) and not self.blocked(m.end, s)
                   and len(self.gap_words(m.end, s)) <= self.rules.post_window for s, _, _ in self.until_now)

    def long_ago(self, m: Mention) -> bool:
        """A red flag dated long ago in its own clause ("a car crash in my
        twenties", "fainted once when I was 15"), with no word saying it is
        back now ("... and again this week"); or one the person has had for
        years ("incontinent for years, nothing new") with no word saying it is
        new or worse."""
        if m.entity != SYMPTOM or m.value not in self.rules.historical_findings or m.role == "negated":
            return False  # a denial is no sign to date ("bowel habits are unchanged")
        if self._dated(m, self.historical, self.current):
            return True
        # Anything new or worse anywhere in the message keeps a long-standing sign ("... and it's worse this week");
        # a time only in the sign's own clause ("weak for years, back warm this week": the week is the back's).
        return not self.changed and self._dated(m, self.chronic, self.changed_when)

    def _dated(self, m: Mention, cues: List[Cue], cancels: List[Cue]) -> bool:
        """A cue near `m` in its clause, and none of `cancels` in that clause."""
        sentence = self.sentence(m.start)
        for s, e, _ in cues:
            if self.sentence(s) != sentence:
                continue
            a, b = (e, m.start) if e <= m.start else (m.end, s)
            if m.start <= s and e <= m.end:
                a = b = s  # in the mention's own words ("legs have always been a bit weak")
            # A clitic ("'s" of "Siobhan's wedding") is no word of its own.
            words = [w for w in self.gap_words(a, b) if not w.startswith("'")]
            # A date that leads its sentence ("Long ago as a boy I had malaria with a very big fever") reaches
            # further into its clause than one said beside the sign.
            window = self.rules.historical_window * (2 if e <= a and self._leads_sentence(s) else 1)
            if a > b or self._date_parted(a, b, s, e) or len(words) > window or self._cue_of_a_later_sign(m, s):
                continue
            lo, hi = min(s, m.start), max(e, m.end)
            # Across a comma, a cancelling word anywhere in the sentence keeps the sign ("Back in June, I
            # collapsed, and again today").
            loose = self.blocked(a, b)
            if not any(self.sentence(c) == sentence and (loose or self._same_clause(c, lo, hi))
                       for c, _, _ in cancels):
                return True
        return False

    def _cue_of_a_later_sign(self, m: Mention, s: int) -> bool:
        """A cue after `m` with another sign between, after a comma or an "and" ("passed out, the temperature
        has cleared up"; "fainted and fever gone now"): the cue is that sign's. Not one the sign leads to
        ("paralysed from a car crash years ago") or the same sign again ("a funny turn and passed out ...
        back in 2015")."""
        return s >= m.end and any(
            x.value != m.value and (self.blocked(m.end, x.start) or "and" in self.gap_words(m.end, x.start))
            for x in self._symptoms_between(m.end, s))

    def _date_parted(self, a: int, b: int, s: int, e: int) -> bool:
        """A clause boundary between a date (at s:e) and a sign (the gap a:b). Commas alone do not part
        a date that leads its sentence ("Years ago, like 2009, I collapsed") or trails the sign with no
        clause after it ("a high fever, 40 degrees, back in January with the flu")."""
        if not self.blocked(a, b):
            return False
        if any(a <= p < b and self.norm[p] != "," for p in self.soft) or any(a <= t < b for t, _ in self.terms):
            return True
        if e <= a:
            # The date comes first: it leads its sentence, perhaps after another ("Long ago, when I was an apprentice,
            # I fell"), or the sign follows its comma at once, saying how it happened ("Hurt his back years ago, fell
            # off scaffolding").
            return not (self._leads_sentence(s) or not self.gap_words(a, b))
        after = self._word_after(e)
        if after in self.rules.contrasts:
            return False  # "fainted once, at his wedding, fifty years ago, but not now": the date is the faint's
        return after in self.rules.new_subjects or after in self.rules.particle_blockers

    def _leads_sentence(self, s: int) -> bool:
        """The date at `s` starts its sentence, perhaps after another date."""
        start = self._sentence_start(s)
        lead = "".join(ch if not any(cs <= i < ce for cs, ce, _ in self.historical) else " "
                       for i, ch in enumerate(self.norm[start:s], start))
        return not lead.strip(" \t\n.!?\"',")

    def set_apart(self, m: Mention) -> Optional[str]:
        """HISTORICAL for a red flag dated long ago, SOMEONE_ELSE for another
        person's (both not reported), else None."""
        if self.long_ago(m):
            return HISTORICAL
        return SOMEONE_ELSE if self.said_of_someone_else(m) else None

    def said_of_someone_else(self, m: Mention) -> bool:
        """A red flag whose clause starts with another person ("my mate collapsed at
        the gym") in a message where the writer sets themself apart from them
        ("different story, mine's a burning"), or with an animal or a character in a
        game ("my dog collapsed at the vet"), who needs no setting apart. Not reported
        but asked first: a carer's report of the patient then still leads to the question."""
        if m.entity != SYMPTOM or m.value not in self.rules.historical_findings:
            return False
        marked = self._third_person_marked(m)
        if not self._the_writers_own(m) and any(
                (self._leads_clause_of(e, m) and not self._writers_verb_joined(s, e, m))
                or (marked and self._just_before(e, m)) for s, e, _ in self.never_the_writer):
            return True
        named = [e for _, e, _ in self.someone_else] + [x.end() for x in _NAMED_RELATIVE.finditer(self.norm)]
        if any(self._leads_clause_of(e, m) and any(c >= e for c, _, _ in self.not_me) for e in named):
            return True
        # "My grandmother cannot move her legs ... For me, my upper back is warm": told of her, and the writer
        # names their own complaint apart (not "so I'm worried": a carer's report stays the patient's).
        if marked and any(self._just_before(e, m) for e in named) and any(
                c > m.start and w.startswith(tuple(self.rules.own_complaint)) for c, _, w in self.not_me):
            return True
        # "My husband had the stone last year, he was rolling on the floor ... For me it is not like that": "he"
        # after such a subject in its sentence, when a later sentence sets the writer apart in the first person
        # (not "he's fine now": a carer's report of the patient stays the patient's).
        if any(self._leads_clause_of(e, m) for e in self._pronouns_after(named)) and any(
                self.sentence(c) > self.sentence(m.start) and _FIRST_PERSON.search(w) for c, _, w in self.not_me):
            return True
        return self._told_of_the_other_one(m) or self._told_of_a_third_person(m)

    def _told_of_the_other_one(self, m: Mention) -> bool:
        """The back is another person's and the red flag the writer's own: "Mum's back is burning ... I'm the one
        who fainted", "I myself am in bed with a temperature of 39.6". Whose back: the first back named with an
        owner. Whose red flag: the writer's when the nearest person word before it in its sentence is the writer as
        subject ("I", "myself") or "my" with a part of the body ("my hip's a 9 out of 10"), and the writer sets
        themself apart or is the subject of the red flag itself, with no watching or caring verb between ("I took
        the temp: 40.1", "the man I care for fell" stay the patient's). Not the other way round: a writer whose own
        back it is tells of others mostly through their own body ("everything went black at my aunty's")."""
        if self._whose_back() != _OTHER:
            return False
        at = self._writer_as_subject_before(m)
        return at is not None and self._writer_apart(at, m)

    def _whose_back(self) -> Optional[str]:
        """_WRITER ("my lower back") or _OTHER ("his back", "Mum's back"), by the first back named with an owner."""
        owner = self._back_owner()
        return None if owner is None else _WRITER if owner == "my" else _OTHER

    def _back_owner(self) -> Optional[str]:
        """The owner of the first back named with one: "my", "his", "her", "their" or a person ("mum", "dave");
        None when no back is named with an owner ("it's back", "called her back" are not)."""
        cached = self.__dict__.get("_owner", False)
        if cached is not False:
            return cached
        owner = None
        for match in _OWNED_BACK.finditer(self.norm):
            if self._word_before(match.start()) in _CALL_BACK:
                continue
            word = match.group("owner").lower()
            name = word[:-2]
            if word in ("my", "his", "her", "their"):
                owner = word
            elif word.endswith("'s") and (name in self.rules.relatives
                                          or match.group("owner")[0].isupper() and name not in _CONTRACTED):
                owner = name
            else:
                continue
            break
        self.__dict__["_owner"] = owner
        return owner

    def _told_of_a_third_person(self, m: Mention) -> bool:
        """Another person's back and a red flag told of someone of another sex or number: "her lower back's been
        warm ... that's Tom, he fainted in the shower", "Both kids have had a vomiting bug ... my husband has a hot
        spot on his lower back". The red flag's person: a person word in the mention, else the nearest before it
        in its sentence, with no word of telling or watching between ("his wife says the fever hit 40" stays his)."""
        owner = self._back_owner()
        patient = None if owner in (None, "my") else self._sex(owner)
        if patient is None:
            return False
        tokens = [t for t in self.tokens if not t[3]]
        # Not "my dead uncle's name": a person named as an owner inside the mention is not its subject.
        inside = {self._sex(w) for i, (s, e, w, _) in enumerate(tokens) if m.start <= s and e <= m.end
                  and (i + 1 == len(tokens) or tokens[i + 1][2] != "'s")} - {None}
        # "in agony with his stomach": the owner of the part named just after the mention.
        after = [w for s, _, w, _ in tokens if s >= m.end][:2]
        if not inside and len(after) == 2 and after[0] in ("with", "in"):
            inside = {self._sex(after[1])} - {None}
        if inside:
            return patient not in inside
        sentence = self.sentence(m.start)
        words = [t for t in tokens if t[1] <= m.start and self.sentence(t[0]) == sentence]
        for i in range(len(words) - 1, -1, -1):
            w = words[i][2]
            if w in _FIRST_PERSON_WORDS or w in _WRITER_SUBJECTS:
                return False
            sex = self._sex(w)
            if sex is not None and not {x[2] for x in words[max(0, i - 2):i]} & _PREPOSITIONS:
                gap = {x[2] for x in words[i + 1:]}
                return sex != patient and not gap & self.telling
        return False

    def _sex(self, word: str) -> Optional[str]:
        """"m", "f" or "many" for a word naming a person ("he", "mum", "kids"); None for any other."""
        rules = self.rules
        return ("m" if word in rules.male_persons else "f" if word in rules.female_persons
                else "many" if word in rules.many_persons else None)

    def _writer_as_subject_before(self, m: Mention) -> Optional[int]:
        """Where the nearest person word before `m` in its sentence starts, when it is the writer as subject ("I",
        "myself") or "my" with a part of the body; None when it is another person or there is none. "me" and
        "mine" decide nothing ("she did not know me", "a colleague of mine")."""
        inside = {w for s, e, w, punct in self.tokens if m.start <= s and e <= m.end and not punct}
        if inside & (_THIRD_PARTY | self.rules.relatives):
            return None  # "I found him in a heap", "I can barely wake him": told of the patient
        sentence = self.sentence(m.start)
        words = [t for t in self.tokens if not t[3] and t[1] <= m.start and self.sentence(t[0]) == sentence
                 and not self._quoted(t[0])]
        for i in range(len(words) - 1, -1, -1):
            s, _, w, _ = words[i]
            if w in _WRITER_SUBJECTS and not (w == "i" and i and words[i - 1][2] in _PREDICATE_MARKED):
                # "she comes down: Dad, I can't feel my bum", "he goes I can't": the patient's words.
                before = [x[2] for x in words[max(0, i - 4):i]]
                reported = not set(before) & _WRITER_SUBJECTS and (
                    any(x in self.rules.speech_verbs for x in before) or ":" in self.norm[words[max(0, i - 4)][0]:s])
                return None if reported else s
            if w == "my":
                following = words[i + 1][2] if i + 1 < len(words) else ""
                return s if following in self.rules.the_writers_body else None
            if w in _THIRD_PARTY or w in ("hers", "he's", "she's") or w in self.rules.relatives:
                return None
        return None

    def _quote_spans(self) -> List[Tuple[int, int]]:
        """Where each quotation in the text is (found once per message)."""
        spans = self.__dict__.get("_quotes")
        if spans is None:
            spans = self.__dict__["_quotes"] = [q.span() for q in _QUOTED.finditer(self.norm)]
        return spans

    def _quoted(self, pos: int) -> bool:
        """`pos` is inside quotation marks (someone's words, not the writer's)."""
        return any(s <= pos < e for s, e in self._quote_spans())

    def _writer_apart(self, at: int, m: Mention) -> bool:
        """The writer's own red flag: said with a word that sets the writer apart in its sentence ("I myself",
        "I'm the one who"), or within three words of the writer's "I"/"my" with no watching or caring verb
        between ("I fainted", "I fell off a ladder", "my hip's a 9 out of 10")."""
        sentence = self.sentence(m.start)
        words = " " + " ".join(w for s, _, w, punct in self.tokens if self.sentence(s) == sentence and not punct) + " "
        if any(f" {marker} " in words for marker in self.rules.self_markers):
            return True
        gap = [w for s, e, w, punct in self.tokens if at < s and e <= m.start and not punct]
        return len(gap) <= 3 and not self.rules.observer_verbs.intersection(gap)

    def _back_told_of_another(self) -> bool:
        """Every place of the back named is someone else's ("her whole back", "his lower back"), none the writer's."""
        places = [x for x in self.mentions if x.entity == BODY_LOCATION]
        return bool(places) and all(self._third_person_marked(x) for x in places)

    def _third_person_marked(self, m: Mention) -> bool:
        """"his"/"her"/"himself" in the mention or in the two words before it ("cannot hold her pee", "made her all
        confused"): the finding is told of someone; whose, the subjects before it say."""
        before = [w for s, _, w, punct in self.tokens
                  if s < m.start and not punct and self.sentence(s) == self.sentence(m.start)][-2:]
        inside = [w for s, e, w, punct in self.tokens if m.start <= s and e <= m.end and not punct]
        return bool(set(before + inside) & _ONE_OTHER) and not set(before + inside) & _FIRST_PERSON_WORDS

    def _just_before(self, end: int, m: Mention) -> bool:
        """A subject ending at `end` a few words before the mention, in its sentence."""
        return (end <= m.start and self.sentence(end - 1) == self.sentence(m.start)
                and m.start - end <= _JUST_BEFORE_CHARS)

    def _writers_verb_joined(self, s: int, e: int, m: Mention) -> bool:
        """"I was walking the dog and collapsed": the animal is the writer's object and the finding a verb
        joined to the writer's by "and"/"then", not the animal's."""
        gap = self.gap_words(e, m.start)
        if not gap or not set(gap) & {"and", "then"} or not set(gap) <= _JOINING_WORDS:
            return False
        start = self._sentence_start(s)
        return any(start <= ts < s and w in _FIRST_PERSON_SUBJECTS for ts, _, w, _ in self.tokens)

    def _pronouns_after(self, subjects: List[int]) -> List[int]:
        """Where each "he"/"she"/"they" ends that follows one of `subjects` in its sentence."""
        return [e for s, e, w, _ in self.tokens if w in _THIRD_PERSON
                and any(x <= s and self.sentence(x - 1) == self.sentence(s) for x in subjects)]

    def _the_writers_own(self, m: Mention) -> bool:
        """A mention that names the writer's own body ("something in my back tore"), whoever leads its clause."""
        own = self.rules.the_writers_own
        return any(w in own for s, e, w, punct in self.tokens if m.start <= s and e <= m.end and not punct)

    def _leads_clause_of(self, end: int, m: Mention) -> bool:
        """Whether a subject ending at `end` leads the clause of the mention, within the window."""
        if end > m.start or self.sentence(end - 1) != self.sentence(m.start):
            return False
        return (not self.blocked(end, m.start, inner_adverbs=True)
                and len(self.gap_words(end, m.start)) <= self.rules.someone_else_window)

    def _word_before(self, pos: int) -> str:
        return next((w for s, e, w, punct in reversed(self.tokens) if e <= pos and not punct), "")

    def _word_after(self, pos: int) -> str:
        return next((w for s, _, w, punct in self.tokens if s >= pos and not punct), "")

    def _clause_start(self, pos: int) -> int:
        """Where the clause holding `pos` starts: after the last comma before it in its sentence."""
        return max(self._sentence_start(pos), self.norm.rfind(",", 0, pos) + 1)

    def _denied_in_its_clause(self, pos: int) -> bool:
        """A contrast, then a denial before `pos` in its clause: "..., but nothing of the kind now" says that
        nothing is back now."""
        start = self._clause_start(pos)
        words = self.norm[start:pos].lower().split()
        return bool(words) and words[0] in self.rules.contrasts and (
            any(w in _DENIAL_WORDS for w in words[1:])
            or any(start <= s and e <= pos and kind == NEG for s, e, _, kind in self.triggers))

    def _same_clause(self, pos: int, lo: int, hi: int) -> bool:
        a, b = (pos, lo) if pos < lo else (hi, pos)
        return not self.blocked(a, b) and not (pos >= hi and self._leads_new_clause(pos))

    def _leads_new_clause(self, pos: int) -> bool:
        """A cue between "and" and a subject opens the next clause: in "fainted two years back and now my
        back burns" the "now" is the burning's, not the faint's."""
        i = next((k for k, t in enumerate(self.tokens) if t[0] <= pos < t[1]), None)
        if i is None or i == 0:
            return False
        cue_end = next((e for s, e, _ in self.current if s == pos), pos + 1)
        return self.tokens[i - 1][2] in self.rules.clause_joins and self._word_after(cue_end) in self.rules.new_subjects

    def between(self, m: Mention) -> Optional[str]:
        """A negation (or uncertainty) between a composition's words."""
        if len(m.anchors) < 2:
            return None
        a, b = m.anchors[0][1], m.anchors[-1][0]
        inside = [t for t in self.triggers if a <= t[0] and t[1] <= b and t[3] in (NEG, UNCERTAIN)
                  and not (t[2].lower() == "nor" and _CANNOT.search(self.norm[m.anchors[0][0]:a]))]
        return inside[-1][3] if inside else None

    def chained(self, prev: Mention, m: Mention) -> bool:
        """`m` is the next item of a list that `prev` began ("no fever, chills or rash")."""
        if m.start < prev.end:
            return False  # overlapping (a composition and a word inside it)
        if self.sentence(prev.end) != self.sentence(m.start):
            return False
        if any(m.start <= s and e <= m.end for s, e, _ in self.consumed):
            return False  # "no fever, can't feel my groin": a clause of its own
        if any(prev.end <= p < m.start for p in self.sentence_ends):
            return False
        words = self._list_words(prev, m)
        if not all(w in self.connectors for w in words) or any(prev.end <= t < m.start for t, _ in self.terms):
            return False
        if self._and_a_subject(words, m):
            return False  # "no fever and his legs are weak": a new clause, not the list's next item
        strong = {"or", "nor", "no", "not", "either", "neither"}
        if not any(w in strong for w in words) and (self._is_clause(m) or self._contrasted(m)):
            return False  # "no fever, my legs feel weak (though)": a clause of its own, not the next item
        return prev.entity == m.entity or any(w in strong for w in words)

    def _sentence_start(self, pos: int) -> int:
        return max((p + 1 for p in self.sentence_ends if p < pos), default=0)

    def _sentence_end(self, pos: int) -> int:
        """Where the sentence of `pos` ends (its end mark, or the end of the text)."""
        sent = self.sentence(pos)
        return self.sentence_ends[sent] if sent < len(self.sentence_ends) else len(self.norm)

    def _sentence_text(self, pos: int) -> str:
        return self.norm[self._sentence_start(pos):self._sentence_end(pos) + 1].lower()

    def _crossed_before(self, m: Mention) -> bool:
        """A cross written before the item, in a message whose first cross comes before its first finding
        ("\U0001F6AB fainting \U0001F6AB chest pain"): crosses that lead their items."""
        return (self.crosses_lead and self.mark_before is not None
                and self.mark_before.search(self.norm[max(0, m.start - 6):m.start]) is not None)

    def _crosses_lead(self) -> bool:
        """Two or more crosses, the first before the first finding. One cross is emphasis, not a list
        ("\U0001F9B5\U0001F9B5\u274c can't move either leg")."""
        crosses = list(self.denial_mark.finditer(self.norm)) if self.denial_mark else []
        first_mention = min((x.start for x in self.mentions if x.entity == SYMPTOM), default=len(self.norm))
        return len(crosses) >= 2 and crosses[0].end() <= first_mention

    def _crossed_out(self, m: Mention) -> bool:
        """A checklist's cross right after a reading ("temp over 39.4 \u2717", "Temp 39.4 or over \u2717")."""
        start = m.end + self._or_over_after(m)
        return bool(self.denial_mark and self.denial_mark.match(self.norm[start:start + 12]))

    def _or_over_after(self, m: Mention) -> int:
        """The length of an "or over" / "+" right after a reading (0 when there is none)."""
        found = self.or_over.match(self.norm, m.end, m.end + 24) if self.or_over else None
        return found.end() - m.end if found else 0

    def _threshold(self, m: Mention) -> bool:
        """A reading named as a limit, not taken ("fever over 103", "39.4 or over"): a denial
        before it or an answer after it denies it like any finding ("No fever over 103")."""
        return bool((self.limit and self.limit.search(self.norm[m.start:m.end])) or self._or_over_after(m))

    def _denied_reading(self, m: Mention, status: Optional[str]) -> bool:
        if self._crossed_out(m):
            return True
        if self._threshold(m):
            return status == NEG or self.post_negated(m) or self.answered_no(m)
        return status == NEG and self._denies_the_number(m)

    def _denies_the_number(self, m: Mention) -> bool:
        """A denial right before a reading ("not 10/10", "isn't a 9 out of 10"), nothing else between."""
        if "score" not in dict(m.data):
            return False  # a temperature keeps its own reading ("no fever, 39.5" is still 39.5)
        before = [t for t in self.triggers if t[1] <= m.start and t[3] == NEG]
        if not before or before[-1][2] in self.rules.particles:
            return False  # "no 10/10": an answer then the score, not a denied score
        return _RIGHT_BEFORE.fullmatch(self.norm[before[-1][1]:m.start].lower()) is not None

    def _is_clause(self, m: Mention) -> bool:
        """The mention has a subject or a verb of its own ("my legs are weak", "legs feel weak")."""
        return self._starts_clause(re.findall(r"[\w']+", self.norm[m.start:m.end].lower()))

    def _contrasted(self, m: Mention) -> bool:
        """A contrast word right after the mention ("legs weak though")."""
        after = re.findall(r"[\w']+", self.norm[m.end:m.end + 12].lower())[:1]
        return bool(after) and after[0] in self.rules.trailing_contrasts

    def statuses(self) -> List[Tuple[Mention, str]]:
        """Each mention with its status: asserted, negated, uncertain, asking or historical."""
        out: List[Tuple[Mention, str]] = []
        prev: Optional[Mention] = None
        prev_status = ASSERTED
        plain: Set[int] = set()  # mentions nothing around gave a status (asserted by default)
        denied_after: Set[int] = set()  # mentions a denial after them negated ("fever gone")
        answered: Set[int] = set()  # mentions asked and answered no ("Numb legs? No.")
        for m in self.mentions:
            if m.entity in QUANTITY_ENTITIES:
                out.append((m, ASSERTED))
                continue
            if m.kind == "number":
                # A temperature or a pain score: the reading says whether it is
                # a fever or severe pain ("no rash, temp of 39.5" is a high
                # fever); only an uncertain or asking context, a date long ago
                # or someone else drops it.
                status = self.direct(m)
                if self._denied_reading(m, status):
                    out.append((m, NEG))  # "not 10/10, about a 5", "temp over 39.4 \u2717": the number denied
                    continue
                if status not in (UNCERTAIN, ASKING):
                    # Still dated or someone else's: "39.5 when I had flu back in January",
                    # "my dog has a fever of 40 ..., none for me".
                    status = self.set_apart(m) or ASSERTED
                out.append((m, status))
                continue
            status = (ASKING if self._asked_by_a_what_question(m) else UNCERTAIN if self._talked_about(m)
                      else (self.direct(m) or self.between(m)))
            if status is None and prev is not None and prev_status in (NEG, UNCERTAIN) and self.chained(prev, m):
                status = prev_status
            if status is None and m.entity == SYMPTOM and self.answered_conditionally(m):
                status = ASKING
            if status is None and self.answered_no(m):
                status = NEG
                answered.add(len(out))
            if status is None and self.post_negated(m):
                status = NEG
                denied_after.add(len(out))
            if status is None and self._crossed_before(m):
                status = NEG
            if status == NEG and self._denied_until_now(m):
                status = None  # "never fainted before today": it happened today
                denied_after.discard(len(out))
                answered.discard(len(out))
            if status is None:
                status = self.set_apart(m)
            if status is None:
                plain.add(len(out))
            status = status or ASSERTED
            out.append((m, status))
            prev, prev_status = m, status
        out = self._denied_with_the_next_item(out, plain, denied_after, answered)
        return self._likeness_read_normal(self._quoted_and_denied(self._taken_back_later(
            self._lengths_of_a_history(self._dates_of_denials(self._past_dates(
                self._denied_for_the_writer(self._denied_after_the_list(out))))))))

    def _denied_with_the_next_item(self, out: List[Tuple[Mention, str]], plain: Set[int], denied_after: Set[int],
                                   answered: Set[int]) -> List[Tuple[Mention, str]]:
        """A denial after a list reaches back over its items, as a denial before a list reaches forward: an
        item nothing else gave a status, listed right before an item denied after it, is denied too. A list
        asked and answered ("numbness and weakness in the legs: no"; "chest pain or short of breath? no")
        is denied whole; a denial after a list's last item ("muddled and talking rubbish, but that was the
        drink") reaches back over "or", or over "and" only when both items say the same finding: in
        "fainted and fever gone" only the fever is gone. Never over a comma ("collapsed and confused, fever
        gone")."""
        out = list(out)
        for i in range(len(out) - 1, 0, -1):
            first, second = out[i - 1][0], out[i][0]
            if (i in denied_after or i in answered) and i - 1 in plain and self._next_apart(out, i - 1) == i \
                    and self._joined(first, second, i in answered) and self.chained(first, second):
                out[i - 1] = (first, NEG)
                (answered if i in answered else denied_after).add(i - 1)
        return out

    def _list_words(self, first: Mention, second: Mention) -> List[str]:
        """The words and marks between two mentions, asides left out ("fever, to be honest, or chills")."""
        return re.findall(r"[\w']+|[^\w\s]", self._without_asides(first.end, second.start).lower())

    def _joined(self, first: Mention, second: Mention, answered: bool) -> bool:
        """`first` and `second` are joined by "or"/"nor", or by "and" in an answered list or when both say
        the same finding."""
        words = self._list_words(first, second)
        if words in (["or"], ["nor"]):
            return True
        return words == ["and"] and (answered or (first.entity, first.value) == (second.entity, second.value))

    @staticmethod
    def _next_apart(out: List[Tuple[Mention, str]], i: int) -> Optional[int]:
        """The index of the next mention after `i` that does not overlap it."""
        return next((j for j in range(i + 1, len(out)) if out[j][0].start >= out[i][0].end), None)

    def _likeness_read_normal(self, out: List[Tuple[Mention, str]]) -> List[Tuple[Mention, str]]:
        """A fever said as a likeness ("it feels like a fever") with a normal reading after it in its sentence
        ("but the thermometer shows 36.8"): the reading is the fact, the likeness is asked, not recorded."""
        normal = [(self.sentence(m.start), m.start) for m, status in out if m.kind == "number"
                  and m.value == FEVER and (status == NEG or m.role == NEGATED)]
        if not normal:
            return out
        return [(m, UNCERTAIN) if status == ASSERTED and m.entity == SYMPTOM and m.value == FEVER
                and m.kind != "number" and m.role != NEGATED
                and any(n == self.sentence(m.start) and start > m.end for n, start in normal)
                and _LIKENESS.search(self.norm[max(0, m.start - 40):m.start])
                else (m, status) for m, status in out]

    def _taken_back_later(self, out: List[Tuple[Mention, str]]) -> List[Tuple[Mention, str]]:
        """A finding named in one sentence and denied by the writer in a later one as their last word on it (the
        lexicon's `last_word`), in a clause with no word of time ("she got FEVERS on a triple word ... No fever
        here, before anyone asks"; "everybody saying I'm burning up. Nah, no fever"): the first is not reported (the
        denial is). A plain later denial may be a misreading and keeps what came first ("Never passed out in my life
        before"), as does a denial limited in time ("Not fainted since", "so no fever now"), a finding said again
        after the denial, and a normal reading ("temp 37.1") of a fever had before it."""
        said = [(m, status) for m, status in out if m.entity == SYMPTOM and m.value is not None]
        denials = [(str(m.value), self.sentence(m.start)) for m, status in said
                   if status == NEG and m.kind != "number"  # a normal reading now does not undo a fever had
                   and self._the_last_word(m) and not self._limited_in_time(m)
                   and not self._of_another_person(self.sentence(m.start))]
        if not denials:
            return out
        last_said = {str(m.value): self.sentence(m.start) for m, status in said
                     if status == ASSERTED and m.role != NEGATED}
        return [(m, UNCERTAIN) if status == ASSERTED and m.entity == SYMPTOM and m.role != NEGATED
                and any(v == m.value and self.sentence(m.start) < n and last_said.get(v, -1) < n for v, n in denials)
                else (m, status) for m, status in out]

    def _quoted_and_denied(self, out: List[Tuple[Mention, str]]) -> List[Tuple[Mention, str]]:
        """A finding in quotation marks (a show called 'Collapse', a friend's 'IT STARTED WITH A TEARING PAIN', a TV
        doctor's 'NUMB BUM = EMERGENCY') that the message denies outside them ("no fainting or nothin"), or in a
        quotation of advice (the lexicon's `quoted_advice`: "'IF HIS LEGS GO RING AN AMBULANCE'"), or wholly inside
        a quote of one or two words (a word set apart or a name: 'collapsed', 'Blackout Betty'): the quote is not
        the writer's report. Asked first, not recorded. A longer quoted finding otherwise stays: people quote the
        patient ("Grandad says: 'my legs have gone weak'")."""
        quotes = self._quote_spans()
        if not quotes:
            return out

        def within(m: Mention, spans: List[Tuple[int, int]]) -> bool:  # or across a mark ("numb 'down below'")
            return any(s < m.end and m.start < e for s, e in spans)

        advice = [(s, e) for s, e in quotes if any(s <= a < e for a, _, _ in self.quoted_advice)]
        scare = [(s, e) for s, e in quotes if len(self.norm[s + 1:e - 1].split()) <= _SCARE_QUOTE_WORDS]
        denied = {str(m.value) for m, status in out if (status == NEG or m.role == NEGATED)
                  and m.entity == SYMPTOM and m.value is not None and not within(m, quotes)}
        return [(m, UNCERTAIN) if status == ASSERTED and m.entity == SYMPTOM and m.role != NEGATED
                and ((str(m.value) in denied and within(m, quotes)) or within(m, advice)
                     or any(s <= m.start and m.end <= e for s, e in scare))
                else (m, status) for m, status in out]

    def _the_last_word(self, m: Mention) -> bool:
        sentence = self.sentence(m.start)
        return any(self.sentence(s) == sentence for s, _, _ in self.last_word)

    def _limited_in_time(self, m: Mention) -> bool:
        """A word of time in the mention's clause (between commas in its sentence): "no fever now", "not since"."""
        start = self._clause_start(m.start)
        end = self._sentence_end(m.start)
        comma = self.norm.find(",", m.end, end)
        end = comma if comma >= 0 else end
        return any(start <= c < end for c, _, _ in self.time_limits + self.current)

    def _denied_for_the_writer(self, out: List[Tuple[Mention, str]]) -> List[Tuple[Mention, str]]:
        """A red flag told of someone else ("a stranger fell down and people say he wet himself"), then denied
        by the writer in a later sentence ("Me, I hold my water well, no problem there"): the first is theirs,
        not reported (asked first). Only when the first sentence names another person and no "I" of its own. A
        denied fever denies their high fever too ("a very high fever 40 degree ... I am not having fever")."""
        denied = [(str(m.value), self.sentence(m.start)) for m, status in out
                  if status == NEG and m.entity == SYMPTOM and m.value is not None and self._said_by_the_writer(m)]
        if not denied:
            return out
        return [(m, SOMEONE_ELSE) if status == ASSERTED and m.entity == SYMPTOM
                and m.value in self.rules.historical_findings and not self._the_writers_own(m)
                and any((v == m.value or (SYMPTOM, v) in m.implies or self.subsumed_by.get(v) == m.value)
                        and n > self.sentence(m.start) for v, n in denied)
                and self._of_another_person(self.sentence(m.start)) else (m, status)
                for m, status in out]

    def _said_by_the_writer(self, m: Mention) -> bool:
        """An "I" before the mention in its sentence, and no "he"/"she"/"they" between them."""
        start = self._sentence_start(m.start)
        last = None
        for s, _, w, _ in self.tokens:
            if start <= s < m.start and (w in _FIRST_PERSON_SUBJECTS or w in _THIRD_PERSON):
                last = w
        return last in _FIRST_PERSON_SUBJECTS

    def _of_another_person(self, sentence: int) -> bool:
        """A sentence with another person in it ("he", "her", "a stranger", "my mate") and no "I"."""
        words = {w for s, _, w, _ in self.tokens if self.sentence(s) == sentence}
        if words & _FIRST_PERSON_SUBJECTS:
            return False
        cues = self.someone_else + self.never_the_writer
        return bool(words & _THIRD_PARTY) or any(self.sentence(s) == sentence for s, _, _ in cues)

    def _past_dates(self, out: List[Tuple[Mention, str]]) -> List[Tuple[Mention, str]]:
        """A date long ago of a red flag set long ago or someone else's, or in a sentence about someone else
        ("keeled over at a wedding, twelve year ago now", "my dad had a kidney stone two years ago, he ...") is
        that event's date, not how long the back has been bad: not reported as a duration."""
        past = {self.sentence(m.start) for m, status in out if status in (HISTORICAL, SOMEONE_ELSE)}
        return [(m, HISTORICAL) if m.entity == DURATION and self._a_past_date(m, past) else (m, status)
                for m, status in out]

    def _dates_of_denials(self, out: List[Tuple[Mention, str]]) -> List[Tuple[Mention, str]]:
        """A time in a sentence that only denies or sets apart ("I lost 6 kilo but this is on purpose, I am on diet
        since January"), when another sentence dates what the writer has ("burning low ..., started yesterday"):
        the diet's date, not how long the back has been bad: not reported as a duration."""
        durations = [(m, status) for m, status in out if m.entity == DURATION and status == ASSERTED]
        if len(durations) < 2:
            return out
        asserted = {self.sentence(m.start) for m, status in out if m.entity != DURATION and status == ASSERTED
                    and m.entity is not None and m.role != NEGATED}
        denied = {self.sentence(m.start) for m, status in out if m.entity == SYMPTOM
                  and (status != ASSERTED or m.role == NEGATED)}
        dated = {self.sentence(m.start) for m, _ in durations}
        only_denying = (dated - asserted) & denied
        if not only_denying or not dated & asserted:
            return out
        return [(m, HISTORICAL) if m.entity == DURATION and status == ASSERTED
                and self.sentence(m.start) in only_denying else (m, status) for m, status in out]

    def _lengths_of_a_history(self, out: List[Tuple[Mention, str]]) -> List[Tuple[Mention, str]]:
        """A length of time of a year or more, or a past event's date, in the clause of an old back trouble ("It's
        the same old back I've had on and off for years") is how far back the trouble goes, not when this began:
        not reported as a duration. A shorter one may be this episode's ("my usual back pain, for 3 days now")."""
        rules = self.rules
        histories = [m for m, status in out if status == ASSERTED and m.entity == SYMPTOM and m.role != NEGATED
                     and m.value in rules.history_of_the_complaint]
        if not histories:
            return out
        return [(m, HISTORICAL) if m.entity == DURATION and status == ASSERTED and self._a_length_of_years(m)
                and any(self._one_clause(h, m) for h in histories) else (m, status)
                for m, status in out]

    def _a_length_of_years(self, m: Mention) -> bool:
        """A duration of a year or more, or a past event's date ("had a bad back for years")."""
        data = dict(m.data)
        days = data.get("days")
        return days is None if data.get("dates") else (days or 0) >= self.rules.history_length_min_days

    def _one_clause(self, a: Mention, b: Mention) -> bool:
        """Two mentions that overlap, or with nothing between them that ends a clause."""
        lo, hi = (a, b) if a.start <= b.start else (b, a)
        return hi.start <= lo.end or not _CLAUSE_BREAK.search(self.norm[lo.end:hi.start])

    def _a_past_date(self, m: Mention, past: Set[int]) -> bool:
        if not _overlaps((m.start, m.end, ""), self.historical):
            return False
        sentence = self.sentence(m.start)
        return sentence in past or (self._of_another_person(sentence) and not _ONSET.match(self.norm[m.start:m.end]))

    def _denied_after_the_list(self, out: List[Tuple[Mention, str]]) -> List[Tuple[Mention, str]]:
        """"fainting, chest pain, numb bum. None of those.": a list of findings, then a sentence that denies
        it. Only a list: findings with nothing but list words between them."""
        by_sentence: Dict[int, List[int]] = {}
        for i, (m, _) in enumerate(out):
            if m.entity == SYMPTOM:
                by_sentence.setdefault(self.sentence(m.start), []).append(i)
        for sent, idx in by_sentence.items():
            items = [out[i][0] for i in idx]
            if len(items) < 2 or not self._denies_what_came_before(sent):
                continue
            if (self._heads_its_sentence(items[0]) and not any(self._says_who_or_is(m) for m in items)
                    and all(self._list_gap(a, b) for a, b in zip(items, items[1:]))):
                out = [(m, NEG if i in idx and st == ASSERTED else st) for i, (m, st) in enumerate(out)]
        return out

    def _says_who_or_is(self, m: Mention) -> bool:
        """An item that is a sentence of its own: it starts with a subject or holds a verb "to be" or the
        like ("my legs are numb"; not "can't move my legs")."""
        words = re.findall(r"[\w']+", self.norm[m.start:m.end].lower())
        return bool(words) and (words[0] in self.rules.new_subjects or any(w in _ITEM_VERBS for w in words))

    def _heads_its_sentence(self, m: Mention) -> bool:
        """Nothing but a heading ("Read your list:") or list words before the mention in its sentence."""
        before = self.norm[self._sentence_start(m.start):m.start]
        if ":" in before:
            before = before.rsplit(":", 1)[1]
        words = re.findall(r"[\w']+", before.lower())
        return all(w in self.connectors for w in words) or self._names_a_list(words)

    def _names_a_list(self, words: List[str]) -> bool:
        """A heading that names a list and ends in its verb, with no person in it ("That other site's list
        was", "the warning signs are")."""
        rules = self.rules
        nouns = {w[:-2] if w.endswith("'s") else w for w in words}
        return (bool(words) and words[-1] in rules.list_heading_verbs and bool(nouns & rules.list_heading_nouns)
                and not nouns & rules.other_persons)

    def _list_gap(self, a: Mention, b: Mention) -> bool:
        words = re.findall(r"[\w']+", self.norm[a.end:b.start].lower())
        return b.start >= a.end and all(w in self.connectors for w in words)

    def _denies_what_came_before(self, sent: int) -> bool:
        """The sentence after `sent` starts with a list denial."""
        if sent >= len(self.sentence_ends):
            return False
        rest = self.norm[self.sentence_ends[sent] + 1:].lstrip(" .!?\n").lower()
        return any(re.match(re.escape(d) + r"\b", rest) for d in self.rules.list_denials)


#: What ends a clause between two mentions ("I've had a bad back for years, but this started 3 days ago"). Not
#: quantities.CLAUSE_BREAK, whose bare "and" would part "the back I've had on and off for years".
_CLAUSE_BREAK = re.compile(r"[.;:!?,\n]|\b(?:but|though|although|whereas|and\s+(?:this|now|it|then))\b", re.IGNORECASE)

#: A question about what has not happened ("If it moved into my chest, would that be my heart?").
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might|were\s+to|was\s+to)\b")

#: Verbs that make a list item a sentence of its own ("my legs are numb").
_ITEM_VERBS = frozenset({"is", "are", "was", "were", "am", "'m", "'s", "have", "has", "had", "feel", "feels", "felt",
                         "went", "got", "get", "gets", "keep", "keeps"})

#: A checklist item's answer after it: the separator, and the end of its clause.
_ANSWER_SEP = re.compile(r"\s*" + _ANSWER_SEPARATOR + r"\s*")
_CLAUSE_END = re.compile(_END_OF_CLAUSE)
#: What may stand between a denial and the reading it denies.
_RIGHT_BEFORE = re.compile(r"\s*(?:(?:a|an|even|quite|really|at)\s+)?")


def _overlaps(t: Cue, others: List[Cue]) -> bool:
    return any(t[0] < e and s < t[1] for s, e, _ in others)


@lru_cache(maxsize=1)
def default_matcher() -> LexiconMatcher:
    return LexiconMatcher()


def analyse(text: str, today: Optional[dt.date] = None) -> Analysis:
    return default_matcher().analyse(text, today=today)


def hints_of(matcher: "LexiconMatcher", text: str, entities: Sequence[Dict[str, Any]],
             suppressed: Sequence[Tuple[int, int]] = (), asked: Sequence[str] = ()) -> List[str]:
    """The red flags `text` hints at without stating them, or names only in a
    question or a doubt (`asked`; bot/nlu/hints.py)."""
    hints = matcher.lexicon.hints
    return hints.find(text, entities, suppressed, negators=matcher.pre, asked=asked) if hints is not None else []


def hinted(text: str) -> List[str]:
    """The red flags `text` hints at, with the default lexicon (plain Python)."""
    analysis = analyse(text)
    return hints_of(default_matcher(), text, analysis.entities, analysis.suppressed, analysis.asked)


def extract(text: str, today: Optional[dt.date] = None) -> List[Dict[str, Any]]:
    """Entities of `text`: dicts {entity, value, start, end, text[, role]}.

    `value` is the canonical id (the words as written for durations and bare
    numbers, the years as a string for ages); quantities add their parsed
    value (`days`, `years`, `number`, ...); a denied mention has
    ``"role": "negated"``.
    """
    return analyse(text, today).entities
