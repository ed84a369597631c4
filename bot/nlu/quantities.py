"""Quantities in free text: durations, ages, temperatures, pain scores. Plain Python.

The one owner of numbers said in words. The NLU (bot/nlu/extractor.py)
finds them here and reports them with their parsed values; the dialogue only
reads those values and never parses words itself.

    >>> import datetime as dt
    >>> duration_days("a couple of weeks"), duration_days("since Tuesday", today=dt.date(2024, 5, 16))
    (14.0, 2.0)
    >>> age_years("I'm in my seventies"), temperature("103F").finding, pain_score("8 out of 10").finding
    (70, 'high_fever', 'severe_pain')

The words (number words, units, weekdays, points in time, unit words of
temperatures, ...) and the thresholds live in bot/clinical/lexicon.yml,
sections `duration` and `numbers`; the grammar (how they combine) is here,
except the duration patterns, which are in the lexicon too.

Decisions
- Durations are days since the onset, a float rounded to 3 decimals (an hour
  is 1/24). A range ("2-3 days", "two or three weeks") counts as its larger
  end; "and a half" adds half a unit; a plural unit without a quantity ("for
  weeks") is `duration.plural_quantity` of them; "for ages" is
  `duration.vague` (30 days: any value of 14 or more reads the same in the
  spec's rules). "since <weekday>" counts back to the last such day (7 on
  that day itself); "since the weekend" to its Saturday. A bare number ("3")
  is not a duration: its unit is unknown.
- A misspelt unit ("weeeks", "dayz", "mnths") is found by edit distance
  (optimal string alignment): same first letter, one edit (two when both
  words have 7 letters or more), after squeezing letters repeated three
  times or more to two; real words near a unit (`duration.not_units`:
  "weak", "mouth", ...) never are units.
- Ages: "born in 1958" is this year minus 1958 (the birthday is unknown: the
  older of the two possible ages, which never hides an age threshold); "in
  my seventies" is 70 (the first year of the decade, so the spec's 50 and 60
  thresholds read right), early/mid/late add 0/4/7.
- Temperatures: Celsius up to 45 and Fahrenheit from 90 when no unit is
  said; fever and high fever by the thresholds of `numbers.temperature`
  (spec: high fever 39.4 °C / 103 °F; fever from 38 °C / 100.4 °F); a normal
  reading is a denied fever.
- Pain scores: N/10, "N out of 10", "pain level N": severe_pain when N >= 8,
  else denied; a range ("7-8/10") counts as its larger end.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, Iterable, List, Mapping, Optional, Pattern, Sequence, Tuple

import yaml

LEXICON_PATH = Path(__file__).resolve().parent.parent / "clinical" / "lexicon.yml"

DURATION = "duration"
AGE = "age"
NUMBER = "number"
TEMPERATURE = "temperature"
PAIN_SCORE = "pain_score"
#: Words after a number that make it no score ("2 days ago it was a 3"); each score pattern may add its own.
_UNITS = r"days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|times|o'?clock|am|pm|degrees|percent"


def _no_unit_after(*extra: str) -> str:
    """Lookaheads: the score is not part of a longer number, and no unit word follows it (one word may come first)."""
    return r"(?![\w%°º/]|[.,]\d)(?!\s+(?:\w+\s+)?(?:" + "|".join((_UNITS,) + extra) + r")\b)"

FEVER, HIGH_FEVER, SEVERE_PAIN = "fever", "high_fever", "severe_pain"


class QuantitiesError(ValueError):
    """The `duration` or `numbers` section of the lexicon is malformed."""


@dataclass(frozen=True)
class Found:
    """One quantity in a text: its span and what it means."""

    start: int
    end: int
    kind: str  # duration | age | number | temperature | pain_score
    value: float  # days, years, the number, degrees (in `unit`), score
    finding: Optional[str] = None  # temperature and pain score: the symptom it reports
    negated: bool = False  # a reading under the threshold: the finding is denied
    unit: Optional[str] = None  # temperature: "C" or "F"
    past_event: bool = False  # duration: it dates a past event, not the symptom (dates_a_past_event)
    borderline: bool = False  # temperature: under the fever threshold but not by much (37.5-38 C)

    @property
    def length(self) -> int:
        return self.end - self.start


# --------------------------------------------------------------------------
# Helpers


#: The start of a number said digit by digit from one hundred: "one-oh-three", "one oh four".
_ONE_OH = r"one[\s\-]+(?:oh|o|zero)"


def bounded(regex: str) -> str:
    """Match only on word boundaries."""
    return r"(?<![\w])(?:" + regex + r")(?![\w])"


def _phrase(phrase: str) -> str:
    """A phrase as a regex: spaces match any run of spaces or hyphens."""
    return r"[\s\-]+".join(re.escape(w) for w in str(phrase).lower().split())


def _alt(phrases: Iterable[str]) -> str:
    items = sorted({_phrase(p) for p in phrases if str(p).strip()}, key=len, reverse=True)
    return "(?:" + "|".join(items) + ")" if items else "(?!)"


# Where a clause ends: punctuation, or a word that starts another statement.
CLAUSE_BREAK = re.compile(r"[.,;:!?()]|\b(?:and|but|now|then|so|which|since)\b", re.IGNORECASE)


def _norm(text: str) -> str:
    """Straight apostrophes; same length as the text, so spans stay valid."""
    return (text or "").replace("\u2019", "'").replace("\u2018", "'")


def _key(words: str) -> str:
    return " ".join(re.split(r"[\s\-]+", _norm(words).lower().strip()))


def osa_distance(a: str, b: str, limit: int = 3) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment);
    anything above `limit` is reported as limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: List[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return min(prev[len(b)], limit + 1)


def _squeeze(word: str) -> str:
    """Letters repeated three times or more count as two ("weeeks" -> "weeks")."""
    return re.sub(r"(\w)\1{2,}", r"\1\1", word)


def _days_value(raw: Any, where: str) -> float:
    try:
        return float(Fraction(str(raw).strip()))
    except (ValueError, ZeroDivisionError) as exc:
        raise QuantitiesError(f"{where}: not a number of days: {raw!r}") from exc


# --------------------------------------------------------------------------
# The vocabulary and grammar


def _weekdays(duration: Mapping[str, Any], where: str) -> Dict[str, int]:
    """Each spelling of a weekday (duration.weekdays) -> its number, Monday 0."""
    out: Dict[str, int] = {}
    order = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for day, spellings in (duration.get("weekdays") or {}).items():
        if str(day).lower() not in order:
            raise QuantitiesError(f"{where}.weekdays: unknown weekday {day!r}")
        for spelled in spellings or [day]:
            out[str(spelled).lower()] = order.index(str(day).lower())
    return out


def _dates(duration: Mapping[str, Any], where: str) -> Dict[str, Tuple[int, int]]:
    """Each named date (duration.dates, "MM-DD") -> (month, day)."""
    out: Dict[str, Tuple[int, int]] = {}
    for name, month_day in (duration.get("dates") or {}).items():
        m = re.fullmatch(r"(\d{1,2})-(\d{1,2})", str(month_day).strip())
        if not m:
            raise QuantitiesError(f"{where}.dates: {name!r}: expected MM-DD, got {month_day!r}")
        out[_key(name)] = (int(m.group(1)), int(m.group(2)))
    return out


@dataclass
class Quantities:
    """Compiled from the lexicon's `duration` and `numbers` sections."""

    number_words: Dict[str, int]
    quantity_words: Dict[str, float]
    units: Dict[str, float]  # spelling (unit, plural, short form) -> days
    fuzzy_targets: Dict[str, str]  # unit names (>= 4 letters) -> canonical unit
    not_units: FrozenSet[str]
    plural_quantity: float
    vague: Dict[str, float]
    weekdays: Dict[str, int]  # spelling -> weekday (Monday 0)
    parts_of_day: List[str]
    weekend: List[str]
    dates: Dict[str, Tuple[int, int]]
    points: Dict[str, float]
    duration_regexes: List[Pattern]
    temperature: Mapping[str, Any]
    pain: Mapping[str, Any]
    age: Mapping[str, Any]
    # Words of an event a time may date instead of the symptom (duration.past_events).
    past_events: Pattern = field(default=re.compile("(?!)"))
    # Words before a time that make it how often, not how long ("flares up every couple of years").
    how_often: Pattern = field(default=re.compile("(?!)"))
    # Words after a time that make it an offset from an event ("gone an hour after I get up"), not how long.
    offset: Pattern = field(default=re.compile("(?!)"))
    # Words before "on <weekday>" in its clause that make it a day to come ("before the committee comes round on
    # Saturday"), not the onset.
    to_come: Pattern = field(default=re.compile("(?!)"))
    _cache: Dict[str, Any] = field(default_factory=dict, repr=False)

    # -- construction ----------------------------------------------------

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any], origin: str = "lexicon.yml") -> "Quantities":
        duration = (raw or {}).get("duration") or {}
        numbers = (raw or {}).get("numbers") or {}
        where = f"{origin}: duration"
        number_words = {str(k).lower(): int(v) for k, v in (numbers.get("words") or {}).items()}
        if not number_words:
            raise QuantitiesError(f"{origin}: numbers.words is missing")
        quantity_words = {_key(k): float(v) for k, v in (duration.get("quantities") or {}).items()}
        units: Dict[str, float] = {}
        fuzzy: Dict[str, str] = {}
        for name, days in (duration.get("units") or {}).items():
            name = str(name).lower()
            value = _days_value(days, f"{where}.units.{name}")
            for spelled in (name, name + "s"):
                units[spelled] = value
                if len(spelled) >= 4:
                    fuzzy[spelled] = name
        for short, name in (duration.get("abbreviations") or {}).items():
            if str(name).lower() not in units:
                raise QuantitiesError(f"{where}.abbreviations: {short!r} names unknown unit {name!r}")
            units[str(short).lower()] = units[str(name).lower()]
        if not units:
            raise QuantitiesError(f"{where}.units is missing")
        self = cls(
            number_words=number_words,
            quantity_words=quantity_words,
            units=units,
            fuzzy_targets=fuzzy,
            not_units=frozenset(str(w).lower() for w in duration.get("not_units") or []),
            plural_quantity=float(duration.get("plural_quantity", 3)),
            vague={_key(k): float(v) for k, v in (duration.get("vague") or {}).items()},
            weekdays=_weekdays(duration, where),
            parts_of_day=[str(p).lower() for p in duration.get("parts_of_day") or []],
            weekend=[_key(w) for w in duration.get("weekend") or []],
            dates=_dates(duration, where),
            points={_key(k): float(v) for k, v in (duration.get("points") or {}).items()},
            duration_regexes=[],
            temperature=numbers.get("temperature") or {},
            pain=numbers.get("pain_score") or {},
            age=numbers.get("age") or {},
            past_events=re.compile(bounded(_alt(duration.get("past_events") or [])), re.IGNORECASE),
            how_often=re.compile(r"\b" + _alt(duration.get("how_often") or []) + r"\s+$", re.IGNORECASE),
            # A word must follow ("2 weeks before." ending its sentence is "2 weeks ago").
            offset=re.compile(r"^\s+" + _alt(duration.get("offset") or []) + r"\s+[a-z]", re.IGNORECASE),
            to_come=re.compile(bounded(_alt(duration.get("to_come") or [])), re.IGNORECASE),
        )
        self.duration_regexes = [self._compile_duration(str(p), where) for p in duration.get("patterns") or []]
        self._compile_numbers()
        return self

    # Number words ---------------------------------------------------------

    def _number_regex(self, decimals_required: bool = False) -> str:
        """Number words: "seven", "sixty-seven", "a hundred and three", "thirty
        nine point five"; with `decimals_required`, only those with a point or
        "and a half"."""
        words = self.number_words
        hundred = [w for w, v in words.items() if v == 100]
        digits = [w for w, v in words.items() if 0 <= v <= 9]
        below100 = self._below_100_regex()
        out = below100
        if hundred:
            out = f"(?:(?:(?:a|one)\\s+)?{_alt(hundred)}(?:\\s+(?:(?:and|an|n)\\s+)?{below100})?|{below100})"
        # Digit by digit, as a reading is said aloud: "one-oh-three" (103).
        out = f"(?:{_ONE_OH}[\\s\\-]+{_alt(digits)}|{out})"
        if decimals_required:
            return f"(?:{out}(?:\\s+point(?:\\s+{_alt(digits)})+|\\s+and\\s+(?:a\\s+)?half))"
        return f"(?:{out}(?:\\s+point(?:\\s+{_alt(digits)})+)?)"

    def _words_between(self, low: int, high: int, step: int = 1) -> List[str]:
        """The number words whose value lies in [low, high] and is a multiple of `step`."""
        return [w for w, v in self.number_words.items() if low <= v <= high and v % step == 0]

    def _below_100_regex(self) -> str:
        """Number words from one to ninety-nine: "seven", "twelve", "sixty-seven"."""
        ones, teens, tens = self._words_between(1, 9), self._words_between(10, 19), self._words_between(20, 90, 10)
        return f"(?:{_alt(tens)}(?:[\\s\\-]+{_alt(ones)})?|{_alt(teens)}|{_alt(ones)})"

    def _spoken_decimal_regex(self) -> str:
        """A reading said as "thirty-nine eight" (39.8): tens and ones, then one digit word."""
        ones, tens, digits = self._words_between(1, 9), self._words_between(20, 90, 10), self._words_between(0, 9)
        return f"(?:{_alt(tens)}[\\s\\-]+{_alt(ones)}\\s+{_alt(digits)})"

    def small_number_regex(self) -> str:
        """A number below 100 in one or two digits or in words: the {NUM} slot
        of the lexicon's phrases ("when i was {NUM}": 15, twelve, forty-five)."""
        return f"(?:\\d{{1,2}}|{self._below_100_regex()})"

    def number_value(self, words: str) -> Optional[float]:
        """The value of digits or number words ("52", "38,5", "sixty-seven"), or None."""
        text = re.sub(r" and half$", " and a half", _key(words))  # "forty and half"
        if re.fullmatch(r"\d+(?:(?:[.,]|\s+point\s+)\d+)?", text):  # "38,5", "39 point 9"
            return float(re.sub(r",|\s+point\s+", ".", text))
        if text.endswith(" and a half"):  # "thirty-eight and a half"
            whole_value = self.number_value(text[: -len(" and a half")])
            return None if whole_value is None else whole_value + 0.5
        whole, _, decimals = text.partition(" point ")
        one_oh = re.fullmatch(_ONE_OH + r"[\s\-]+(\w+)", whole)
        if one_oh and self.number_words.get(one_oh.group(1), 10) <= 9:  # "one-oh-three": 103
            whole = f"hundred {one_oh.group(1)}"
        spoken = re.fullmatch(r"(\w+[\s\-]+\w+)\s+(\w+)", whole) if not decimals else None
        if spoken and self._cache["spoken_decimal"].fullmatch(whole):
            whole, decimals = spoken.group(1), spoken.group(2)  # "thirty-nine eight": 39.8
        total = 0
        current = 0
        for token in re.split(r"[\s\-]+", whole):
            if token in ("and", "an", "n", "a") or not token:
                continue
            value = self.number_words.get(token)
            if value is None:
                return None
            if value == 100:
                current = max(current, 1) * 100
            else:
                current += value
        total += current
        if decimals:
            digits = [self.number_words.get(t) for t in decimals.split()]
            if any(d is None or d > 9 for d in digits):
                return None
            return float(f"{total}." + "".join(str(d) for d in digits))
        return float(total)

    # Units ----------------------------------------------------------------

    def unit_days(self, word: str) -> Optional[float]:
        """Days in one unit named by `word` (exact, short or misspelt), or None."""
        word = _norm(word).strip(". ")
        if word in self.units:
            return self.units[word]
        if word in self.not_units or len(word) < 3:
            return None
        squeezed = _squeeze(word)
        if squeezed in self.units:
            return self.units[squeezed]
        best: Optional[Tuple[int, str]] = None
        for target, unit in self.fuzzy_targets.items():
            if target[0] != squeezed[0]:
                continue
            allowed = 2 if len(target) >= 7 and len(squeezed) >= 7 else 1
            distance = osa_distance(squeezed, target, allowed)
            if distance <= allowed and (best is None or distance < best[0]):
                best = (distance, unit)
        return self.units[best[1]] if best else None

    # Durations --------------------------------------------------------------

    def _compile_duration(self, template: str, where: str) -> Pattern:
        number = self._number_regex()
        digits = r"\d+(?:[.,]\d+)?"
        qty = (
            r"(?:(?P<qty>(?:" + digits + r"\s*(?:-|\u2013|to|or)\s*)?" + digits + r")\s*"
            r"|(?P<qtyw>(?:" + number + r"\s+(?:or|to)\s+)?" + number + "|" + _alt(self.quantity_words) + r")\s+)"
        )
        parts = [f"{_alt(self.weekdays)}(?:[\\s\\-]+{_alt(self.parts_of_day)})?"]
        weekday = "(?P<weekday>" + "|".join(parts) + ")"
        point = "(?P<point>" + _alt(self.points) + ")"
        day = "(?P<day>" + "|".join([parts[0], _alt(self.weekend), _alt(self.dates), _alt(self.points)]) + ")"
        vague = "(?P<vague>" + _alt(self.vague) + ")"
        regex = (template.replace("{QTY}", qty).replace("{UNIT}", r"(?P<unit>[a-z]+)")
                 .replace("{WEEKDAY}", weekday).replace("{POINT}", point).replace("{DAY}", day)
                 .replace("{VAGUE}", vague))
        try:
            return re.compile(bounded(regex), re.IGNORECASE)
        except re.error as exc:
            raise QuantitiesError(f"{where}: bad pattern {template!r}: {exc}") from exc

    @property
    def duration_regex(self) -> Pattern:
        """All duration patterns as one regex (for reference; matching uses each)."""
        if "duration_regex" not in self._cache:
            union = "|".join(f"(?:{re.sub(r'[(][?]P<[a-z0-9_]+>', '(?:', r.pattern)})" for r in self.duration_regexes)
            self._cache["duration_regex"] = re.compile(union, re.IGNORECASE)
        return self._cache["duration_regex"]

    def _quantity(self, g: Mapping[str, Optional[str]]) -> Optional[float]:
        qty = g.get("qty")
        if qty:
            values = [float(x.replace(",", ".")) for x in re.findall(r"\d+(?:[.,]\d+)?", qty)]
            return max(values) if values else None
        words = g.get("qtyw")
        if not words:
            return None
        key = _key(words)
        if key in self.quantity_words:
            return self.quantity_words[key]
        parsed = [self.number_value(part) for part in re.split(r"\s+(?:or|to)\s+", key)]
        values = [v for v in parsed if v is not None]
        return max(values) if values and len(values) == len(parsed) else None

    def _since_day(self, words: str, today: dt.date) -> Optional[float]:
        key = _key(words)
        if key in self.points:
            return self.points[key]
        if key in self.weekend:
            since = float((today.weekday() - 5) % 7)
            if key.startswith("last") and today.weekday() >= 5:
                since += 7
            return since
        if key in self.dates:
            month, day = self.dates[key]
            for year in (today.year, today.year - 1):
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    continue
                if date <= today:
                    return float((today - date).days)
            return None
        first = key.split()[0] if key else ""
        if first in self.weekdays:
            return float((today.weekday() - self.weekdays[first]) % 7 or 7)
        return None

    def days_of_match(self, m: "re.Match", today: Optional[dt.date] = None) -> Optional[float]:
        """Days since the onset of one match of a duration pattern, or None when
        the words are not a duration after all ("a weak stream")."""
        today = today or dt.date.today()
        g = m.groupdict()
        for name in ("day", "weekday", "point"):
            if g.get(name):
                return self._since_day(g[name], today)
        if g.get("vague"):
            return self.vague.get(_key(g["vague"]))
        unit = g.get("unit")
        if not unit:
            return None
        per_unit = self.unit_days(unit)
        if per_unit is None:
            return self.vague.get(_key(unit))
        words = _key(m.group(0))
        count = self._quantity(g)
        if count is None:
            if g.get("qty") or g.get("qtyw"):
                return None
            if words.startswith("half "):
                count = 0.5
            elif words.startswith("for "):
                count = self.plural_quantity
            else:
                count = 1.0
        if re.search(r"\band a half\b", words):
            count += 0.5
        return round(count * per_unit, 3)

    def duration_candidates(self, text: str, today: Optional[dt.date] = None) -> List[Found]:
        """Every duration match of every pattern whose days are known (they may overlap)."""
        today = today or dt.date.today()
        norm = _norm(text)
        out: List[Found] = []
        for regex in self.duration_regexes:
            pos = 0
            while pos <= len(norm):
                m = regex.search(norm, pos)
                if not m:
                    break
                if m.end() > m.start():
                    days = self.days_of_match(m, today)
                    if days is not None:
                        out.append(Found(m.start(), m.end(), DURATION, days,
                                         past_event=self.dates_a_past_event(norm, m.start(), m.end())))
                pos = m.start() + 1
        return out

    def dates_a_past_event(self, text: str, start: int, end: int) -> bool:
        """Does the time at text[start:end] share its clause with a past event ("bowel cancer
        a couple of years back", "my op 3 weeks ago", "30 weeks pregnant"), or is it a day to
        come ("the committee comes round on Saturday")? Then it dates that event, not the
        symptom: the entity is kept (the words were said) without `days`, so the interview asks
        how long instead."""
        before = CLAUSE_BREAK.split(text[:start])[-1]
        after = CLAUSE_BREAK.split(text[end:])[0]
        if self.how_often.search(before):
            return True  # "every couple of years" is how often it comes back: the interview asks how long
        if self.offset.match(text[end:]):
            return True  # "an hour after I get up" times something else: the interview asks how long
        if text[start:end].lower().startswith("on ") and self.to_come.search(before):
            return True  # "the committee comes round on Saturday" is a day to come: the interview asks
        return bool(self.past_events.search(before) or self.past_events.search(after))

    def durations(self, text: str, today: Optional[dt.date] = None) -> List[Found]:
        """The durations of a text: longest first where they overlap, in text order."""
        return _longest(self.duration_candidates(text, today))

    def duration_days(self, text: str, today: Optional[dt.date] = None) -> Optional[float]:
        """Days since the onset said in `text` (its first duration that dates no past event), or None."""
        found = [f for f in self.durations(text, today) if not f.past_event]
        return found[0].value if found else None

    # Ages, temperatures, pain scores, bare numbers -------------------------

    def _compile_numbers(self) -> None:
        """The patterns of ages, temperatures, pain scores and bare numbers."""
        number = self._number_regex()
        self._cache["spoken_decimal"] = re.compile(self._spoken_decimal_regex(), re.IGNORECASE)
        self._compile_ages(number)
        self._compile_temperatures(number)
        self._compile_pain_scores()
        self._cache["bare"] = re.compile(
            r"(?<![\w.,/:'])(?P<n>\d{1,3}(?:[.,]\d+)?(?![\w%°º/])(?![.,]\d)|" + number + r")(?![\w'])",
            re.IGNORECASE)

    def _compile_ages(self, number: str) -> None:
        tens = [w for w, v in self.number_words.items() if 20 <= v <= 90 and v % 10 == 0]
        decade_words = [w[:-1] + "ies" if w.endswith("y") else w + "s" for w in tens]
        self._cache["decades"] = {d: self.number_words[t] for d, t in zip(decade_words, tens)}
        n = r"(?P<n>\d{1,3}|" + number + ")"
        years = r"(?:years?|yrs?)"
        age_patterns = [
            # "67 years old", "67-year-old", "67 yrs of age", "67yo", "67 y/o", "67 y.o."
            n + r"\s*-?\s*" + years + r"\s*-?\s*(?:old|of\s+age)|" + n.replace("<n>", "<n2>")
            + r"\s*(?:y\s*/\s*o|y\.\s*o\.?|yo)(?![a-z])",
            # "I'm 67", "I am nearly 67", "I'm 67 years"
            r"(?:i'?m|i\s+am)\s+(?:(?:only|just|nearly|almost|about|around|roughly|over|turning|now)\s+)?"
            + n.replace("<n>", "<im>") + r"(?P<yrs>\s*" + years + r"(?:\s*-?\s*old|\s+of\s+age)?)?",
            # "aged 67", "age 67", "age: 67", "my age is 67", "at the age of 67"
            r"(?:my\s+age\s+is|aged|age(?:\s+is|\s+of)?\s*[:=\-]?)\s*" + n.replace("<n>", "<n3>"),
            # "in my seventies", "I'm in my late 60s", "I'm early sixties"
            r"(?:in\s+my|i'?m|i\s+am)\s+(?:(?P<part>early|mid|late)[\s\-]*)?(?P<decade>"
            + _alt(self._cache["decades"]) + r"|[1-9]0'?s)",
            # "born in 1958", "born '58", "DOB 12/03/1958"
            r"(?:(?:i\s+was\s+)?born\s+(?:in\s+)?(?:the\s+year\s+)?|(?:my\s+)?(?:dob|d\.o\.b\.?|date\s+of\s+birth)\s*[:\-]?\s*"
            r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-])?)(?P<born>(?:19|20)\d{2}|'\d{2})",
        ]
        self._cache["age"] = [re.compile(bounded(p), re.IGNORECASE) for p in age_patterns]
        not_after = [str(w) for w in self.age.get("not_followed_by") or []]
        self._cache["not_age_after"] = re.compile(
            r"\s*(?:[.,]\d|[%/'\"°º]|-\s*\d|\d|" + _alt(not_after) + r"(?![a-z]))", re.IGNORECASE)
        self._cache["next_word"] = re.compile(r"\s*([a-z]+)", re.IGNORECASE)
        others = [str(w) for w in self.age.get("someone_else") or []]
        self._cache["someone_else"] = re.compile(bounded(_alt(others)), re.IGNORECASE) if others else None

    def _compile_temperatures(self, number: str) -> None:
        temp = self.temperature
        c_units = [str(u) for u in (temp.get("celsius") or {}).get("units") or ["c", "celsius"]]
        f_units = [str(u) for u in (temp.get("fahrenheit") or {}).get("units") or ["f", "fahrenheit"]]
        self._cache["temp_units"] = (c_units, f_units)
        num = (r"(?P<num>(?:\d{2,3}(?:(?:[.,]|\s+point\s+)\d{1,2})?|" + self._spoken_decimal_regex() + "|" + number
               + r")(?:\s+and\s+(?:a\s+)?half)?)")
        unit = (r"(?:\s*(?:°|º|deg(?:ree)?s?\.?)(?:\s*(?P<unit1>[a-z]+))?"
                r"|\s?(?:in\s+)?(?P<unit2>(?!of\b)[a-z]+))")  # "39.9 in Celsius" (not "40 of fever")
        context = _alt(temp.get("context") or ["temp", "temperature", "fever"])
        linking = _alt(list(temp.get("linking") or ["is", "was", "of"]) + list(temp.get("linking_denials") or []))
        self._cache["temp_denial"] = re.compile(bounded(_alt(temp.get("linking_denials") or ["not"])))
        self._cache["temp_with_unit"] = re.compile(bounded(num + unit), re.IGNORECASE)
        self._cache["temp_context"] = re.compile(bounded(
            context + r"(?:'s|s)?\s*[:=\-,]?\s*(?:" + linking + r",?\s+){0,4}" + num + "(?:" + unit + ")?"),
            re.IGNORECASE)
        self._cache["temp_before"] = re.compile(bounded(
            num + "(?:" + unit + r")?\s+(?:of\s+)?(?:degree\s+)?" + context), re.IGNORECASE)  # "40 of fever"
        # "my actual temperature is 36.7": the reading the person says is theirs (`temperatures`).
        self._cache["temp_actual"] = re.compile(
            r"\b(?:my|his|her|their|your|our)\s+(?:" + _alt(temp.get("actual") or ["actual"]) + r")\s+"
            + r"(?:" + context + r"(?:'s|s)?\s*[:=\-,]?\s*(?:" + linking + r",?\s+){0,3})?$", re.IGNORECASE)
        # "39.9 on the thermometer", "101 according to my temp": the reading, then where it was read.
        read_on = _alt(temp.get("read_on") or ["on the", "on my"])
        kind = "(?:" + _alt(temp.get("read_on_kinds") or ["digital"]) + r"\s+)?"
        self._cache["temp_read_on"] = re.compile(bounded(num + r"\s+" + read_on + r"\s+" + kind + context),
                                                 re.IGNORECASE)
        # "39.4 and still going up": a reading with one decimal alone, not
        # after money or a weight word and not before a unit of something else.
        words = self._number_regex(decimals_required=True)
        self._cache["temp_decimal"] = re.compile(
            r"(?<![\w.,/:'£$€])(?P<num>\d{2,3}(?:[.,]|\s+point\s+)\d|" + words + r")(?![\w%°º/]|[.,]\d)",
            re.IGNORECASE)
        not_before = [str(w) for w in temp.get("decimal_not_after") or []]
        self._cache["temp_decimal_not_after"] = re.compile(
            r"(?:^|\W)(?:" + _alt(not_before) + r")\W+(?:\w+\W+)?$", re.IGNORECASE) if not_before else None

    @staticmethod
    def _score_out_of_scale(score: str, of_scale: str, low: str) -> Pattern:
        """"8/10", "8 out of 10", "7-8/10", "a 9 out of ten", "6 on a scale of 10", "9 on 10", "9 of 10"."""
        return re.compile(bounded(
            r"(?:a\s+|an\s+)?" + score.replace("(", "(?P<a>", 1) + r"(?:\s*(?:-|\u2013|to|or)\s*"
            + score.replace("(", "(?P<b>", 1) + r")?\s*(?:/|out\s+of|outta|over|on|o[ou]t\s+o(?:f|')?(?=\s)|"
            r"on\s+(?:a|the)\s+scale\s+of"
            r"(?:\s+" + low + r"\s*(?:-|to)\s*)?"
            # "9 of 10", "9 from 10" (translated), never "9 of 10 doctors" nor "2 of 10 tablets"
            r"|(?:of|from)(?=\s+" + of_scale + r"(?!\s+(?!(?:is|was|has|this|as|its|plus)\b)"
            r"(?:[a-z]+s|men|women|children|people|of|in|who|that|would|will|say|said)\b)))\s*"
            + of_scale), re.IGNORECASE)

    def _compile_pain_scores(self) -> None:
        # Up to twenty: "twelve out of ten" is off the scale, read as the top of it.
        score_words = [w for w, v in self.number_words.items() if 0 <= v <= 20]
        score = r"(\d{1,2}(?:\.\d)?|" + _alt(score_words) + ")"
        scale = str(int(self.pain.get("scale", 10)))
        scale_words = [w for w, v in self.number_words.items() if v == int(scale)]
        of_scale = "(?:" + scale + "|" + _alt(scale_words or [scale]) + ")"
        low = "(?:0|1|" + _alt([w for w, v in self.number_words.items() if v in (0, 1)]) + ")"
        self._cache["date_before"] = frozenset(str(w).lower() for w in self.pain.get("date_before") or [])
        self._cache["pain"] = [
            self._score_out_of_scale(score, of_scale, low),
            # "pain level 8", "pain score of 9", "my pain is at a 9 on the pain scale"
            re.compile(bounded(
                r"pain\s+(?:level|score|rating)\s*(?:is\s+|of\s+|at\s+|:\s*|=\s*|was\s+)?(?:about\s+|around\s+)?"
                r"(?:a\s+|an\s+)?" + score.replace("(", "(?P<a>", 1)), re.IGNORECASE),
            re.compile(bounded(
                r"(?:a\s+|an\s+)?" + score.replace("(", "(?P<a>", 1) + r"\s+on\s+(?:the|a|my)\s+pain\s+scale"),
                re.IGNORECASE),
            # "on a scale of 1 to 10 it's a 9"; asked and answered: "On a scale of one to ten? Solid eleven."
            re.compile(bounded(
                r"on\s+a\s+scale\s+of\s+" + low + r"\s*(?:-|to)\s*" + of_scale + r"\s*[,?:!.]*\s+(?:(?:it'?s|its|"
                r"it\s+is|i'?d\s+say|id\s+say|i\s+would\s+say|about|around|maybe|probably|like|solid|a\s+solid|"
                r"easily|definitely|at\s+least)\s+){0,3}(?:a\s+|an\s+)?"
                + score.replace("(", "(?P<a>", 1) + _no_unit_after()), re.IGNORECASE),
            # "on a scale I'd say 8", "the pain is a solid 9", "this burning in my side is a 9",
            # "pain score, I'd say 8": a score said alone after a pain or scale word (not "the
            # pain is 2 days old": no unit or other number word may follow).
            re.compile(bounded(
                r"(?P<lead>on\s+a\s+scale|pain\s+score|(?:the\s+|my\s+|this\s+)?(?:pain|burning|ache)"
                r"(?:\s+(?:in|on|across)\s+(?:my|the|his|her)\s+\w+)?(?:'s|\s+is|\s+was|\s+has\s+been|\s+feels\s+like"
                r"|(?:\s+has|\s+'s)?\s+(?:gone|went|got|come|climbed|crept)\s+up\s+to|\s+(?:has\s+)?(?:reached|hit)"
                # "pain like 9": no verb before "like"
                r"|(?=\s+like\s)))"
                r",?\s+(?:(?:i'?d\s+say|id\s+say|i\s+would\s+say|it'?s|its|it\s+is|about|around|maybe|probably|"
                r"like|at|a\s+solid|a\s+good|a\s+strong|solid|easily|definitely)\s+){0,3}(?:a\s+|an\s+)?"
                + score.replace("(", "(?P<a>", 1) + _no_unit_after("out", "of", "or", "to", r"and\s+(?:a\s+half|\d)")),
                re.IGNORECASE),
            *self._scores_rated(score),
        ]
        self._compile_scores_said_alone(score)

    @staticmethod
    def _scores_rated(score: str) -> List[Pattern[str]]:
        """A rating said as such ("I'd rate it an 8"), or a number put on it ("a number on it, 8")."""
        return [
            # "I'd rate it an 8", "I'd give the pain a 9", "scored it 7": a rating said as such.
            re.compile(bounded(
                r"(?:rate|rated|rating|give|giving|gave|score|scored|scoring|put|putting)\s+(?:it|the\s+pain|this|"
                r"that|the\s+burning|my\s+pain|the\s+ache)\s+(?:at\s+|as\s+)?(?:about\s+|around\s+|maybe\s+|"
                r"probably\s+|easily\s+|a\s+solid\s+|a\s+good\s+)?(?:a\s+|an\s+)?" + score.replace("(", "(?P<a>", 1)
                + _no_unit_after("stars?", "points?")), re.IGNORECASE),
            # "If I had to put a number on it, 8", "give it a score, I'd say 9" (twenty-seventh round).
            re.compile(bounded(
                r"(?:a\s+number|a\s+score|a\s+figure|a\s+rating)\s+(?:on|to)\s+(?:it|the\s+pain|this|that)\s*[,:-]?\s*"
                r"(?:(?:i'?d\s+say|id\s+say|i\s+would\s+say|it'?s|its|about|around|maybe|probably|like|easily|"
                r"a\s+solid|solid)\s+){0,2}(?:a\s+|an\s+)?" + score.replace("(", "(?P<a>", 1)
                + _no_unit_after("stars?", "points?", "out", "of", "or", "to")), re.IGNORECASE),
        ]

    def _compile_scores_said_alone(self, score: str) -> None:
        """The scores said with no pain word, and the next score after "now"."""
        # "it's a 9", "I'd say perhaps an 8", "this is a 10": a score said with no
        # pain word counts only when it is severe (see pain_scores).
        self._cache["pain_alone"] = re.compile(bounded(
            r"(?:it'?s|its|it\s+is|this\s+is|that'?s|i'?d\s+say|id\s+say|i\s+would\s+say|like|i\s+think|"
            r"i\s+reckon|i\s+guess|sort\s+of|kind\s+of|worse\s+than\s+(?:that|this|it|ever|before|childbirth|labour|labor)\s*,)\s+"
            r"(?:(?:perhaps|maybe|probably|definitely|easily|about|around|like|at\s+least|solid|a\s+solid|"
            r"a\s+good|a\s+strong)\s+){0,2}(?:a\s+|an\s+)" + score.replace("(", "(?P<a>", 1)
            + r"(?![\w%°º/]|[.,]\d)(?!\s*(?:-|\w+\s+)?(?:\w+\s+)?(?:days?|weeks?|months?|years?|yrs?|hours?|hrs?|"
            r"minutes?|mins?|times|o'?clock|am|pm|degrees|percent|out|of|or|to|and|year|bed|bedroom|"
            r"storey|pound|quid|mile|k|km|inch|foot|ft|stone|st|kg|size|seater|door|part|page|point)\b)"),
            re.IGNORECASE)
        # "... the burning was like a 5 ... Now is 9": after a score, "now" and a number is the next score.
        self._cache["pain_now"] = re.compile(bounded(
            r"now\s+(?:(?:is|it'?s|its|it\s+is|at|about|around|a\s+solid|easily)\s+){0,2}(?:a\s+|an\s+)?"
            + score.replace("(", "(?P<a>", 1) + _no_unit_after("out", "of", "or", "to", "kg", "stone")),
            re.IGNORECASE)

    # Ages

    def _age_in_range(self, years: Optional[float]) -> Optional[int]:
        if years is None:
            return None
        low, high = (self.age.get("range") or [1, 120])[:2]
        return int(years) if float(low) <= years <= float(high) else None

    def ages(self, text: str, today: Optional[dt.date] = None) -> List[Found]:
        """Ages said any way ("I'm 67", "67 yo", "aged sixty-seven", "in my
        seventies", "born in 1958"), longest first where they overlap."""
        today = today or dt.date.today()
        norm = _norm(text)
        found: List[Found] = []
        for regex in self._cache["age"]:
            for m in regex.finditer(norm):
                years = self._age_of_match(m, norm, today)
                if years is not None:
                    found.append(Found(m.start(), m.end(), AGE, float(years)))
        return _longest(found)

    def _someone_elses(self, m: "re.Match", norm: str) -> bool:
        """An age that is not the person's: "my 3 year old", "I have a 2 year
        old", "my husband is 67 years old", "my son was born in 2019" (the
        few words before it in the same clause name someone else)."""
        regex = self._cache["someone_else"]
        if regex is None or re.match(r"(?:i'?m|i\s+am|i\s+was|my\s+age|in\s+my)\b", m.group(0), re.IGNORECASE):
            return False
        before = re.split(r"[.!?;,\n]", norm[:m.start()])[-1]
        return bool(regex.search(" ".join(before.split()[-3:])))

    def _age_of_match(self, m: "re.Match", norm: str, today: dt.date) -> Optional[int]:
        g = m.groupdict()
        if self._someone_elses(m, norm):
            return None
        if g.get("born"):
            raw = g["born"].lstrip("'")
            year = int(raw)
            if len(raw) == 2:
                year += 2000 if year <= today.year % 100 else 1900
            return self._age_in_range(today.year - year) if year <= today.year else None
        if g.get("decade"):
            decade = g["decade"].replace("'", "")
            base = self._cache["decades"].get(decade)
            if base is None:
                base = int(decade[:-1])
            extra = {"early": 0, "mid": 4, "late": 7}.get((g.get("part") or "").lower(), 0)
            return self._age_in_range(base + extra)
        for name in ("n", "n2", "n3"):
            if g.get(name):
                return self._age_in_range(self.number_value(g[name]))
        words = g.get("im")
        if not words:
            return None
        value = self.number_value(words)
        if value is None:
            return None
        if not words[0].isdigit() and value < 11:
            return None  # "I'm one of them", "I'm two steps away"
        if not g.get("yrs"):
            rest = norm[m.end():]
            if self._cache["not_age_after"].match(rest):
                return None  # "I'm 100% sure", "I'm 6 foot", "I'm 8 out of 10"
            nxt = self._cache["next_word"].match(rest)
            if nxt and self.unit_days(nxt.group(1)) is not None:
                return None  # "I'm 12 weeks pregnant", "I'm 3 days post op"
        return self._age_in_range(value)

    def age_years(self, text: str, today: Optional[dt.date] = None) -> Optional[int]:
        found = self.ages(text, today)
        return int(found[0].value) if found else None

    # Temperatures

    def _temp_unit(self, word: Optional[str]) -> Optional[str]:
        if not word:
            return None
        word = word.lower()
        c_units, f_units = self._cache["temp_units"]
        for letter, names in (("C", c_units), ("F", f_units)):
            if word in names:
                return letter
        for letter, names in (("C", c_units), ("F", f_units)):
            for name in names:
                if len(name) >= 6 and len(word) >= 5 and word[0] == name[0] \
                        and osa_distance(word, name, 3) <= (3 if len(name) >= 9 else 2):
                    return letter
        return None

    def _reading(self, m: "re.Match", need_unit: bool) -> Optional[Found]:
        number = self.number_value(m.group("num"))
        if number is None:
            return None
        g = m.groupdict()
        end = m.end()
        unit = None
        if g.get("unit1") is not None:
            unit = self._temp_unit(g["unit1"])
            if unit is None:
                end = m.start("unit1")
                end = len(m.string[:end].rstrip()) if m.string[:end].rstrip() else end
        elif g.get("unit2") is not None:
            unit = self._temp_unit(g["unit2"])
            if unit is None:
                if need_unit:
                    return None
                if m.end() == m.end("unit2"):
                    end = m.end("num")
                else:
                    return None  # a word between the number and the context word
        elif need_unit and not re.search(r"°|º|deg", m.group(0), re.IGNORECASE):
            return None
        celsius = self.temperature.get("celsius") or {"fever": 38.0, "high_fever": 39.4, "range": [34, 44]}
        fahrenheit = self.temperature.get("fahrenheit") or {"fever": 100.4, "high_fever": 103.0,
                                                            "range": [93, 112]}
        if unit is None:
            unit = "C" if number <= 45 else "F" if number >= 90 else None
            if unit is None:
                return None
        scale = celsius if unit == "C" else fahrenheit
        low, high = scale["range"]
        if not float(low) <= number <= float(high):
            return None
        denied = bool(self._cache["temp_denial"].search(m.group(0)))
        # "temperature hasn't gone over 39.4", "never reached 103": the reading is a limit not reached.
        if number >= float(scale["high_fever"]):
            return Found(m.start(), end, TEMPERATURE, number, HIGH_FEVER, negated=denied, unit=unit)
        if number >= float(scale["fever"]):
            return Found(m.start(), end, TEMPERATURE, number, FEVER, negated=denied, unit=unit)
        near = scale.get("borderline")
        borderline = near is not None and number >= float(near) and not denied
        return Found(m.start(), end, TEMPERATURE, number, FEVER, negated=True, unit=unit, borderline=borderline)

    def temperatures(self, text: str) -> List[Found]:
        """Temperature readings: "39.5C", "103F", "102.5 degrees", "temp of 104",
        "a 103 fever", "39.4 and rising"; each reports fever or high_fever
        (denied when normal). When one is said to be the person's actual one
        ("my actual temperature is 36.7"), it is the only one."""
        norm = _norm(text)
        found: List[Found] = []
        for key, need_unit in (("temp_with_unit", True), ("temp_context", False), ("temp_before", False),
                                ("temp_read_on", False)):
            for m in self._cache[key].finditer(norm):
                reading = self._reading(m, need_unit)
                if reading:
                    found.append(reading)
        found.extend(self._decimal_readings(norm))
        found = _longest(found)
        actual = [f for f in found if self._cache["temp_actual"].search(norm, max(0, f.start - 40), f.start)]
        return actual or found

    def _decimal_readings(self, norm: str) -> List[Found]:
        """Readings with one decimal and no context word, only inside the
        `decimal_alone` ranges (a number like 39.4 in this chat is a reading)."""
        ranges = self.temperature.get("decimal_alone") or {}
        found: List[Found] = []
        for m in self._cache["temp_decimal"].finditer(norm):
            number = self.number_value(m.group("num"))
            rest = norm[m.end():]
            not_after = self._cache["temp_decimal_not_after"]
            if number is None or self._cache["not_age_after"].match(rest) \
                    or (not_after is not None and not_after.search(norm[:m.start()])):
                continue
            nxt = self._cache["next_word"].match(rest)
            if nxt and self.unit_days(nxt.group(1)) is not None:
                continue  # "38.5 hours"
            if any(float(low) <= number <= float(high) for low, high in ranges.values()):
                reading = self._reading(m, need_unit=False)
                if reading:
                    found.append(reading)
        return found

    # Pain scores

    def pain_scores(self, text: str) -> List[Found]:
        """Pain scores out of 10: severe_pain from `numbers.pain_score.severe`, else denied."""
        norm = _norm(text)
        severe = float(self.pain.get("severe", 8))
        scale = float(self.pain.get("scale", 10))
        found: List[Found] = []
        for n, regex in enumerate(self._cache["pain"] + [self._cache["pain_alone"]]):
            for m in regex.finditer(norm):
                g = m.groupdict()
                parsed = [self.number_value(g[k]) for k in ("a", "b") if g.get(k)]
                scores = [s for s in parsed if s is not None]
                if not scores or len(scores) != len(parsed):
                    continue
                score = max(scores)
                if score > scale:
                    if n == 0 and "/" in m.group(0) and self._written_as_a_date(norm[:m.start()]):
                        continue  # "since 12/10" is a date ("its 11/10 mate", "11 out of 10" are not)
                    score = scale  # "pain level about a 12", "11 out of 10": off the scale
                if regex is self._cache["pain_alone"] and score < severe:
                    continue  # "it's a 2" may be anything
                # The words that lead to the score ("the burning in my side is") keep their own entities.
                start = m.end("lead") if g.get("lead") else m.start()
                found.append(Found(start, m.end(), PAIN_SCORE, score, SEVERE_PAIN, negated=score < severe))
        if found:
            first = min(f.start for f in found)
            for m in self._cache["pain_now"].finditer(norm):
                value = self.number_value(m.group("a"))
                if m.start() > first and value is not None:
                    value = min(value, scale)
                    found.append(Found(m.start(), m.end(), PAIN_SCORE, value, SEVERE_PAIN, negated=value < severe))
        return _longest(found)

    def _written_as_a_date(self, before: str) -> bool:
        """Is a number written "12/10" a date? When it stands alone (an answer to "when did it start?") or
        right after a word that leads to a date (`pain_score.date_before`: "since", "on", "till")."""
        words = re.findall(r"[a-z']+", before.lower()[-20:])
        return not words or words[-1] in self._cache["date_before"]

    # Bare numbers

    def numbers(self, text: str) -> List[Found]:
        """Every number standing alone ("52", "fifty two"; number words from
        eleven up, since "one" and "two" are ordinary words too). Another
        quantity that contains one wins over it (see bot/nlu/extractor.py)."""
        norm = _norm(text)
        found: List[Found] = []
        for m in self._cache["bare"].finditer(norm):
            value = self.number_value(m.group("n"))
            if value is None:
                continue
            if not m.group("n")[0].isdigit() and value < 11:
                continue
            found.append(Found(m.start(), m.end(), NUMBER, value))
        return found


def _longest(found: Sequence[Found]) -> List[Found]:
    """Non-overlapping, longest first, in text order."""
    chosen: List[Found] = []
    for f in sorted(found, key=lambda f: (-f.length, f.start)):
        if not any(f.start < c.end and c.start < f.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


# --------------------------------------------------------------------------
# The project's vocabulary


@lru_cache(maxsize=1)
def default_quantities() -> Quantities:
    """Quantities from the project's lexicon (bot/clinical/lexicon.yml)."""
    with LEXICON_PATH.open(encoding="utf-8") as fh:
        return Quantities.from_raw(yaml.safe_load(fh), origin=LEXICON_PATH.name)


def duration_days(text: str, today: Optional[dt.date] = None) -> Optional[float]:
    """Days since the onset ("a couple of weeks" -> 14, "since Tuesday"), or None."""
    return default_quantities().duration_days(text, today)


def age_years(text: str, today: Optional[dt.date] = None) -> Optional[int]:
    """An age in years said any way ("I'm 67", "67 yo", "born in 1958"), or None."""
    return default_quantities().age_years(text, today)


def temperature(text: str) -> Optional[Found]:
    """The first temperature reading of `text` (`.finding`: fever or high_fever,
    `.negated`: a normal reading), or None."""
    found = default_quantities().temperatures(text)
    return found[0] if found else None


def pain_score(text: str) -> Optional[Found]:
    """The first pain score of `text` (`.finding`: severe_pain, `.negated`
    when under the threshold), or None."""
    found = default_quantities().pain_scores(text)
    return found[0] if found else None


def with_parsed_values(entities: Sequence[Mapping[str, Any]], today: Optional[dt.date] = None) -> List[Dict[str, Any]]:
    """Entities with their parsed quantities: a `duration` without `days`, an
    `age` without `years` or a `number` without `number` gets it from its value
    (entities of a structured payload such as `/inform{"duration": "yesterday"}`
    skip the NLU pipeline). A quantity whose words cannot be parsed is dropped;
    other entities are returned unchanged."""
    q = default_quantities()
    out: List[Dict[str, Any]] = []
    for ent in entities:
        ent = dict(ent)
        name, value = ent.get("entity"), ent.get("value")
        key = {DURATION: "days", AGE: "years", NUMBER: "number"}.get(str(name))
        if key is None or key in ent:
            out.append(ent)
            continue
        parsed: Optional[float] = None
        if isinstance(value, (int, float)) and not isinstance(value, bool) and name != DURATION:
            parsed = float(value)
        elif value is not None:
            words = str(value)
            if name == DURATION:
                parsed = q.duration_days(words, today)
            elif name == AGE:
                parsed = q.age_years(words, today)
                if parsed is None:
                    parsed = q.number_value(words)
            else:
                parsed = q.number_value(words)
        if parsed is None:
            continue
        ent[key] = int(parsed) if name == AGE else parsed
        out.append(ent)
    return out
