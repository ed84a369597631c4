"""The scripted person of the vignette suite, and the metrics over all cases.

A case (tests/vignettes/cases.yml) is a person with a hidden truth. The person
opens the conversation with a message in their own words, then answers every
``question`` payload the assistant sends from that truth, until a ``triage``
payload arrives (and, for corrections, until the triage that follows them).

Answers are sent either as quick-reply payloads (``mode: buttons``; Rasa parses
"/intent{json}" without NLU) or as words (``mode: text``). A text answer the
assistant did not understand (it asks the same question again, "Sorry, I didn't
quite get that") is followed by the button payload, as a person would tap the
button; those are counted and printed so NLU gaps stay visible.

Grouped ("any of these?") questions, spec version 2: an answer records only
what it names. In buttons mode the person taps the first present item shown
(or "None of these"); in text mode they name every present item shown. The
assistant then asks about the items not named ("any of the others?", a
``multiple`` question over the remaining findings), and the person answers it
the same way from the truth: the next present item, or "none".

Medicines: the truth's ``medications`` holds recognised classes and/or
``other`` (a medicine the assistant does not recognise, said as the case's
``medication_text``). In buttons mode the recognised classes are sent as a
payload; when ``other`` is among them there is no button for it, so the person
types ``medication_text`` instead.

Pure Python apart from the REST client passed in; no Rasa import.
"""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Set, Tuple

import yaml

HERE = Path(__file__).resolve().parent
CASES_PATH = HERE / "cases.yml"
# Lay vignettes (issue 9): `dev` played with the suite, `final` (blind) only with VIGNETTES_FINAL=1.
# "final" was scored once (2026-12-02, before the second round of NLU work);
# "final2", written later by another blind writer, is scored once after it;
# "final3" (a third blind writer, 2026-12-03) after that, then "final4" and "final5".
LAY_CASES_PATHS = {"dev": HERE / "lay_cases_dev.yml", "final": HERE / "lay_cases_final.yml",
                   "final2": HERE / "lay_cases_final2.yml", "final3": HERE / "lay_cases_final3.yml",
                   "final4": HERE / "lay_cases_final4.yml", "final5": HERE / "lay_cases_final5.yml",
                   "final7": HERE / "lay_cases_final7.yml", "final8": HERE / "lay_cases_final8.yml",
                   "final9": HERE / "lay_cases_final9.yml", "final10": HERE / "lay_cases_final10.yml",
                   # Eleventh blind set (2026-12-04, second session): to be played ONCE, at the end.
                   "final11": HERE / "lay_cases_final11.yml", "final12": HERE / "lay_cases_final12.yml",
                   # Thirteenth blind set (2026-12-04, fifth session): to be played ONCE, at the end.
                   "final13": HERE / "lay_cases_final13.yml",
                   # Fourteenth blind set (2026-12-05, sixth session): to be played ONCE, at the end.
                   "final14": HERE / "lay_cases_final14.yml",
                   # Fifteenth blind set (2026-12-05, seventh session): to be played ONCE, at the end.
                   "final15": HERE / "lay_cases_final15.yml",
                   # Sixteenth blind set (2026-12-05, eighth session): to be played ONCE, at the end.
                   "final16": HERE / "lay_cases_final16.yml",
                   # Seventeenth blind set (2026-12-05, ninth session): to be played ONCE, at the end.
                   "final17": HERE / "lay_cases_final17.yml",
                   # Eighteenth blind set (2026-12-05, tenth session): to be played ONCE, at the end.
                   "final18": HERE / "lay_cases_final18.yml",
                   # Nineteenth blind set (2026-12-05, tenth session): to be played ONCE, at the end.
                   "final19": HERE / "lay_cases_final19.yml",
                   # Twentieth blind set (2026-12-05, eleventh session): to be played ONCE, at the end.
                   "final20": HERE / "lay_cases_final20.yml",
                   # Twenty-first blind set (2026-12-06, twelfth session): to be played ONCE, at the end.
                   "final21": HERE / "lay_cases_final21.yml",
                   # Twenty-second blind set (2026-12-06, thirteenth session): to be played ONCE, at the end.
                   "final22": HERE / "lay_cases_final22.yml",
                   # Twenty-third blind set (2026-12-06, fourteenth session): to be played ONCE, at the end.
                   "final23": HERE / "lay_cases_final23.yml",
                   # Twenty-fourth blind set (2026-12-06, fifteenth session): to be played ONCE, at the end.
                   "final24": HERE / "lay_cases_final24.yml",
                   # Twenty-fifth blind set (2026-12-06, sixteenth session): to be played ONCE, at the end.
                   "final25": HERE / "lay_cases_final25.yml",
                   # Twenty-sixth blind set (2026-12-06, sixteenth session): to be played ONCE, at the end.
                   "final26": HERE / "lay_cases_final26.yml",
                   # Twenty-seventh blind set (2026-12-06, seventeenth session): to be played ONCE, at the end.
                   "final27": HERE / "lay_cases_final27.yml",
                   # Twenty-eighth blind set (2026-12-06, seventeenth session): to be played ONCE, at the end.
                   "final28": HERE / "lay_cases_final28.yml",
                   # Twenty-ninth blind set (2026-12-06, eighteenth session): to be played ONCE, at the end.
                   "final29": HERE / "lay_cases_final29.yml",
                   # Thirtieth blind set (2026-12-06, eighteenth session): to be played ONCE, at the end.
                   "final30": HERE / "lay_cases_final30.yml",
                   # Thirty-first blind set (2026-12-07, nineteenth session): to be played ONCE, at the end.
                   "final31": HERE / "lay_cases_final31.yml",
                   # Thirty-second blind set (2026-12-07, nineteenth session): to be played ONCE, at the end.
                   "final32": HERE / "lay_cases_final32.yml",
                   # Thirty-third blind set (2026-12-07, twentieth session): to be played ONCE, at the end.
                   "final33": HERE / "lay_cases_final33.yml",
                   # Thirty-fourth blind set (2026-12-07, twentieth session): to be played ONCE, at the end.
                   "final34": HERE / "lay_cases_final34.yml",
                   # Thirty-fifth blind set (2026-12-07, twentieth session): to be played ONCE, at the end.
                   "final35": HERE / "lay_cases_final35.yml",
                   # Thirty-sixth blind set (2026-12-07, twenty-first session): to be played ONCE, at the end.
                   "final36": HERE / "lay_cases_final36.yml",
                   # Thirty-seventh blind set (2026-12-07, twenty-second session): to be played ONCE, at the end.
                   "final37": HERE / "lay_cases_final37.yml",
                   # Thirty-eighth blind set (2026-12-07, twenty-third session): to be played ONCE, at the end.
                   "final38": HERE / "lay_cases_final38.yml",
                   # Thirty-ninth blind set (2026-12-07, twenty-third session): to be played ONCE, at the end.
                   "final39": HERE / "lay_cases_final39.yml",
                   # Fortieth blind set (2026-12-07, twenty-fourth session): to be played ONCE, at the end.
                   "final40": HERE / "lay_cases_final40.yml",
                   # Forty-first blind set (2026-12-07, twenty-fourth session): to be played ONCE, at the end.
                   "final41": HERE / "lay_cases_final41.yml",
                   # Forty-second blind set (2026-12-07, twenty-fifth session): to be played ONCE, at the end.
                   "final42": HERE / "lay_cases_final42.yml",
                   # Forty-third blind set (2026-12-08, twenty-sixth session): to be played ONCE, at the end.
                   "final43": HERE / "lay_cases_final43.yml"}

LEVELS = ["emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care"]
EMERGENCY_LEVELS = {"emergency_ambulance", "emergency"}
RANK = {level: i for i, level in enumerate(LEVELS)}  # 0 = most urgent
PRESENT, ABSENT, UNKNOWN, NONE = "present", "absent", "unknown", "none"
MAX_TURNS = 40

# Findings with a value rather than yes/no, and what the person says when a
# case does not set them (they never change the level in these cases).
VALUE_FINDINGS = ("age", "duration", "location", "localized", "sensation", "activity_effect",
                  "medications")
VALUE_DEFAULTS = {"localized": "one_spot", "activity_effect": "no_change", "sensation": "burning"}
# The values a case may give a choice finding (triage_spec.yml), checked at load.
CHOICES = {
    "location": {"upper_back", "between_shoulder_blades", "middle_back", "lower_back", "flank",
                 "whole_back"},
    "sensation": {"burning", "warmth", "tingling", "electric", "itching", "aching", "sharp"},
    "activity_effect": {"worse_with_movement", "worse_at_rest", "no_change"},
    "localized": {"one_spot", "widespread"},
}
# A medicine the assistant does not recognise (kept as written, never dropped).
OTHER_MEDICATION = "other"

# How the person names a finding in words ("yes, <phrase>").
FINDING_WORDS = {
    "collapse": "I nearly passed out earlier",
    "chest_pain": "I've got chest pain",
    "very_unwell": "I feel really ill, all muddled and I can't stop shaking",
    "tearing_pain": "it came on as a sudden tearing pain",
    "paralysis": "I couldn't move my legs for a few minutes",
    "severe_burn": "it's a bad burn with big blisters",
    "bladder_bowel_dysfunction": "I've lost control of my bladder",
    "saddle_numbness": "I'm numb down there between my legs",
    "leg_weakness": "my legs feel weak",
    "both_legs_affected": "it goes down the back of both my legs",
    "high_fever": "I have a very high fever, over 40",
    "severe_pain": "the pain is unbearable",
    "trauma": "I fell off a ladder",
    "fever": "I have a fever",
    "leg_numbness": "I get pins and needles in my left foot",  # one side: both legs is both_legs_affected
    "rash": "there's a rash",
    "one_sided_band": "it's in a band on one side",
    "urinary_symptoms": "it burns when I pee",
    "weight_loss": "I've lost weight without trying",
    "night_sweats": "I get night sweats",
    "iv_drug_use": "I inject drugs",
    "immunosuppressed": "my immune system is weak",
    "cancer_history": "I had cancer",
    "osteoporosis_or_steroids": "I have osteoporosis",
    "diabetes": "I'm diabetic",
    "recent_spinal_procedure": "I had an injection in my spine a few weeks ago",
    "pregnant": "I'm pregnant",
    "radiating_leg_pain": "pain shoots down my leg",
    "hot_flashes": "I get hot flushes",
    "heat_intolerance": "I always feel too hot",
    "anxiety": "I get anxious and panicky",
    "recent_strain": "I strained my back",
    "external_heat_source": "I've been using a heating pad",
    "back_history": "I've had back trouble before",
    "sunburn": "it's a mild sunburn",
}
CHOICE_WORDS = {
    "location": {
        "upper_back": "my upper back", "between_shoulder_blades": "between my shoulder blades",
        "middle_back": "the middle of my back", "lower_back": "lower back",
        "flank": "on my side just under the ribs", "whole_back": "all over my back",
    },
    "sensation": {
        "burning": "burning", "warmth": "it feels warm", "tingling": "tingling",
        "electric": "like electric shocks", "itching": "itchy", "aching": "aching",
        "sharp": "sharp",
    },
    "activity_effect": {
        "worse_with_movement": "worse when I move", "worse_at_rest": "worse when I rest",
        "no_change": "no difference either way",
    },
    "localized": {"one_spot": "just one spot", "widespread": "spread all over"},
}
MEDICATION_WORDS = {
    "antidepressant": "sertraline", "adhd_stimulant": "Ritalin for my ADHD",
    "muscle_relaxant": "a muscle relaxant, cyclobenzaprine", "hormonal_therapy": "HRT patches",
    "chemotherapy": "chemotherapy", "anticoagulant": "apixaban for my heart rhythm",
}
MEDICATION_CLASSES = set(MEDICATION_WORDS) | {OTHER_MEDICATION}
YES_WORDS = ["yes", "yeah", "yep, I do", "yes I have"]
NO_WORDS = ["no", "nope", "no, not really", "not that I know of"]
DONT_KNOW_WORDS = ["I don't know", "not sure, honestly", "no idea"]
NONE_WORDS = ["none of those", "no, none of them", "nope, nothing like that"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
                9: "nine", 10: "ten"}


def answer_payload(choice: str) -> str:
    return "/inform" + json.dumps({"answer": choice})


def inform_payload(**entities: Any) -> str:
    return "/inform" + json.dumps({k: v for k, v in entities.items() if v not in (None, [], "")})


def duration_choice(days: float) -> str:
    """The duration quick reply of triage_spec.yml for a number of days."""
    if days < 1:
        return "today"
    if days < 3:
        return "few_days"
    if days < 14:
        return "this_week"
    return "weeks"


def duration_words(days: float) -> str:
    days = int(days)
    if days < 1:
        return "since this morning"
    if days == 1:
        return "since yesterday"
    if days < 14:
        return f"about {NUMBER_WORDS.get(days, days)} days"
    weeks = days // 7
    return f"about {NUMBER_WORDS.get(weeks, weeks)} weeks"


# --------------------------------------------------------------------------
# Cases


@dataclass
class Case:
    id: str
    expected: str
    opening: str
    says: Dict[str, Any]
    truth: Dict[str, Any]  # finding id -> present/absent or a value
    mode: str = "buttons"
    emergency_in_opening: bool = False
    expected_first: Optional[str] = None
    opening_payload: Optional[str] = None
    dont_know: Dict[str, int] = field(default_factory=dict)
    misreport: Dict[str, Any] = field(default_factory=dict)
    script: List[Dict[str, Any]] = field(default_factory=list)
    affirm_groups: List[str] = field(default_factory=list)
    medication_text: Optional[str] = None
    why: str = ""
    subset: Optional[str] = None  # the `set:` of the lay cases (dev / final); None in cases.yml

    @property
    def is_emergency(self) -> bool:
        return self.expected in EMERGENCY_LEVELS

    def value_of(self, fid: str) -> Any:
        """The truth of a finding (yes/no findings not listed are absent)."""
        return self.truth.get(fid, ABSENT)


def load_cases(path: Path = CASES_PATH) -> List[Case]:
    """The cases of a file. A file-level or per-case `set:` (the lay files) is kept as
    ``Case.subset``; every case of a file must be of the file's set."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    file_set = raw.get("set")
    cases = []
    for item in raw["cases"]:
        subset = item.get("set", file_set)
        assert file_set is None or subset == file_set, \
            f"case {item.get('id')}: set {subset!r} in a file of set {file_set!r}"
        truth_raw = dict(item["truth"])
        truth: Dict[str, Any] = {f: PRESENT for f in truth_raw.pop("present", [])}
        truth.update({f: UNKNOWN for f in truth_raw.pop("unknown", [])})
        medication_text = truth_raw.pop("medication_text", None)
        truth.update(truth_raw)
        case = Case(
            id=item["id"], expected=item["expected"], opening=item["opening"],
            says=dict(item.get("says") or {}), truth=truth, mode=item.get("mode", "buttons"),
            emergency_in_opening=bool(item.get("emergency_in_opening", False)),
            expected_first=item.get("expected_first"), opening_payload=item.get("opening_payload"),
            dont_know=dict(item.get("dont_know") or {}), misreport=dict(item.get("misreport") or {}),
            script=list(item.get("script") or []), affirm_groups=list(item.get("affirm_groups") or []),
            medication_text=medication_text, why=item.get("why", ""),
            subset=None if subset is None else str(subset),
        )
        validate_case(case)
        cases.append(case)
    ids = [c.id for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    return cases


def validate_case(case: Case) -> None:
    where = f"case {case.id}"
    assert case.expected in LEVELS, f"{where}: unknown level {case.expected}"
    assert case.mode in ("buttons", "text"), f"{where}: mode is buttons or text"
    assert "age" in case.truth and "duration" in case.truth and "location" in case.truth, \
        f"{where}: truth needs age, duration and location"
    for key, value in case.truth.items():
        if key == "medications":
            assert isinstance(value, list) and set(value) <= MEDICATION_CLASSES, \
                f"{where}: medications is a list of {sorted(MEDICATION_CLASSES)}"
            continue
        if key in CHOICES:
            assert value in CHOICES[key] or value == UNKNOWN, f"{where}: {key} {value!r} is not a choice"
            continue
        if key in ("age", "duration"):
            assert value == UNKNOWN or isinstance(value, (int, float)), f"{where}: {key} is a number"
            continue
        assert key in FINDING_WORDS, f"{where}: unknown finding {key}"
        assert value in (PRESENT, ABSENT, UNKNOWN), f"{where}: {key} is present/absent/unknown"
    medications = case.truth.get("medications") or []
    if OTHER_MEDICATION in medications:
        assert case.medication_text, f"{where}: an `other` medicine needs medication_text (what they say)"
    if case.medication_text:
        assert medications, f"{where}: medication_text without medications in the truth"
    for key, value in case.says.items():
        if key == "medications":
            assert isinstance(value, list) and set(value) <= MEDICATION_CLASSES, f"{where}: says {key}"
        elif key not in VALUE_FINDINGS:
            assert key in FINDING_WORDS, f"{where}: says an unknown finding {key}"
            assert value in (PRESENT, ABSENT), f"{where}: says {key} is present or absent"
            assert value == ABSENT or case.value_of(key) == PRESENT or key in case.misreport, \
                f"{where}: says {key} is present but the truth does not have it"
    if case.emergency_in_opening:
        assert case.is_emergency, f"{where}: emergency_in_opening needs an emergency level"
    for step in case.script:
        assert "at" in step and "text" in step and "payload" in step, f"{where}: bad script step {step}"
        assert isinstance(step["at"], str) or set(step["at"]) == {"after"}, f"{where}: bad `at` {step}"


# --------------------------------------------------------------------------
# The person


class Person:
    """Answers questions from a case's truth, in buttons or text mode."""

    def __init__(self, case: Case, use_text: bool):
        self.case = case
        self.use_text = use_text and case.mode == "text"
        self.dont_know_said: Dict[str, int] = {}
        self.misreport = dict(case.misreport)
        self.script = list(case.script)
        self.asked: set = set()  # findings the assistant has asked about so far
        self.affirmed: set = set()  # affirm_groups keys already answered with a bare "yes"
        self.last_states: List[str] = []  # findings the last answer gave a value to
        self.turn = 0

    # -- what the person believes they should say ----------------------------

    def value(self, fid: str) -> Any:
        if fid in self.misreport:
            return self.misreport[fid]
        if fid in self.case.truth:
            return self.case.truth[fid]
        if fid in VALUE_DEFAULTS:
            return VALUE_DEFAULTS[fid]
        if fid == "medications":
            return []
        return ABSENT

    @staticmethod
    def matches(key: str, question: Mapping[str, Any]) -> bool:
        """A key names a question by its id or by a finding it asks about."""
        return key == question.get("id") or key in (question.get("findings") or [])

    def scripted(self, question: Optional[Mapping[str, Any]]) -> Optional[Dict[str, Any]]:
        """The script step for this question (None: the result), if any; used once."""
        for i, step in enumerate(self.script):
            at = step["at"]
            if question is None:
                hit = at == "result"
            elif isinstance(at, dict):
                hit = at["after"] in self.asked and at["after"] not in question.get("findings", [])
            else:
                hit = self.matches(at, question)
            if hit:
                del self.script[i]
                for fid in step.get("fixes", []):
                    self.misreport.pop(fid, None)
                return step
        return None

    def note_asked(self, question: Mapping[str, Any]) -> None:
        self.asked.update(question.get("findings") or [])

    def step_message(self, step: Mapping[str, Any]) -> str:
        if (self.use_text and "text" in step) or "payload" not in step:
            return step["text"]
        return step["payload"]

    # -- answers ---------------------------------------------------------------

    def _pick(self, words: Sequence[str]) -> str:
        self.turn += 1
        return words[self.turn % len(words)]

    def types_medicines(self, question: Mapping[str, Any]) -> bool:
        """The medicines question, and a medicine with no button: it must be typed."""
        value = self.value("medications")
        return question.get("type") == "free_text" and isinstance(value, list) and OTHER_MEDICATION in value

    def answer(self, question: Mapping[str, Any], text: bool) -> Tuple[str, str]:
        """(message, kind) for a question payload; kind is answer, affirm or dont_know.

        Sets ``last_states``: the findings the answer gives a value to (for an
        "any of these?" question only the items it names, or all of them for
        "none")."""
        self.last_states = []
        qid, qtype = question["id"], question["type"]
        findings: List[str] = list(question.get("findings") or [])
        values = [self.value(f) for f in findings]
        dont_know = self._dont_know(question, values, text)
        if dont_know is not None:
            return dont_know
        if qtype == "multiple":
            return self._answer_group(question, findings, values, text)
        self.last_states = findings or [qid]
        if qtype == "yes_no":
            present = values[0] == PRESENT
            if text:
                return self._pick(YES_WORDS if present else NO_WORDS), "answer"
            return answer_payload(PRESENT if present else ABSENT), "answer"
        fid = findings[0] if findings else qid
        return self._answer_value(qtype, fid, self.value(fid), text), "answer"

    def _dont_know(self, question: Mapping[str, Any], values: List[Any], text: bool) -> Optional[Tuple[str, str]]:
        """"I don't know", when the case plans it for this question or the truth is unknown."""
        key = next((k for k in self.case.dont_know if self.matches(k, question)), None)
        planned = self.case.dont_know.get(key, 0) if key else 0
        said = self.dont_know_said.get(key, 0) if key else 0
        # Nothing of the question present and some of it not known: "I don't know", not "none of these"
        # (which would record the unknown finding as absent).
        truly_unknown = UNKNOWN in values and PRESENT not in values
        if not (said < planned or truly_unknown):
            return None
        if key:
            self.dont_know_said[key] = said + 1
        return (self._pick(DONT_KNOW_WORDS) if text else "/dont_know"), "dont_know"

    def _answer_group(self, question: Mapping[str, Any], findings: List[str], values: List[Any],
                      text: bool) -> Tuple[str, str]:
        """An "any of these?" question: only the items shown (after a tap, "any of the
        others?" shows the rest)."""
        present = [f for f, v in zip(findings, values, strict=True) if v == PRESENT]
        affirm = next((k for k in self.case.affirm_groups
                       if k not in self.affirmed and self.matches(k, question)), None)
        if present and affirm is not None:
            self.affirmed.add(affirm)  # a bare "yes" once; asked again, they name it
            return ("yes, one of those" if text else "/affirm"), "affirm"
        if not present:
            self.last_states = findings
            return (self._pick(NONE_WORDS) if text else answer_payload(NONE)), "answer"
        if text:
            self.last_states = present
            return "yes, " + " and ".join(FINDING_WORDS[f] for f in present), "answer"
        self.last_states = present[:1]
        return answer_payload(present[0]), "answer"

    def _answer_value(self, qtype: str, fid: str, value: Any, text: bool) -> str:
        """A number, duration, choice or the medicines, in words or as a payload."""
        if qtype == "number":  # age: typed as words first ("I'm 52"), else the number alone
            return f"I'm {value}" if text else answer_payload(str(value))
        if qtype == "duration":
            return duration_words(value) if text else answer_payload(duration_choice(value))
        if qtype == "choice":
            if text:
                return CHOICE_WORDS.get(fid, {}).get(value, str(value).replace("_", " "))
            return answer_payload(value)
        if qtype == "free_text":  # medications
            return self._answer_medicines(value if isinstance(value, list) else [], text)
        raise AssertionError(f"question type {qtype!r} not handled by the scripted person")

    def _answer_medicines(self, classes: List[str], text: bool) -> str:
        if text or OTHER_MEDICATION in classes:  # no button for a medicine not recognised
            if self.case.medication_text:
                return self.case.medication_text
            if not classes:
                return self._pick(["none", "no medicines", "nothing regular"])
            return "I take " + " and ".join(MEDICATION_WORDS[c] for c in classes)
        if classes:
            return inform_payload(medication=classes)
        return answer_payload(NONE)

    def opening_as_payload(self) -> str:
        """The opening as a payload (for a model without NLU): what it asserts."""
        if self.case.opening_payload:
            return self.case.opening_payload
        says = self.case.says
        symptoms = [f for f, v in says.items() if f not in VALUE_FINDINGS and v == PRESENT]
        duration = says.get("duration")
        # The contract's medication entity has no value for a medicine it does not recognise.
        meds = [m for m in says.get("medications") or [] if m != OTHER_MEDICATION]
        return inform_payload(
            symptom=symptoms,
            body_location=says.get("location"),
            sensation=says.get("sensation"),
            duration=None if duration is None else duration_words(duration),
            medication=meds,
        )


# --------------------------------------------------------------------------
# Playing a case


@dataclass
class Turn:
    said: str
    questions: List[Dict[str, Any]]
    triage: Optional[Dict[str, Any]]
    texts: List[str]


@dataclass
class Outcome:
    case: Case
    turns: List[Turn] = field(default_factory=list)
    levels: List[str] = field(default_factory=list)  # every triage level received, in order
    questions_to_result: int = 0
    first_reply_emergency: bool = False
    first_reply_questions: int = 0
    text_not_understood: List[str] = field(default_factory=list)
    reasked: List[str] = field(default_factory=list)
    misread: List[str] = field(default_factory=list)
    problems: List[str] = field(default_factory=list)
    seconds: float = 0.0
    error: Optional[str] = None

    @property
    def level(self) -> Optional[str]:
        return self.levels[-1] if self.levels else None

    @property
    def correct(self) -> bool:
        return self.level == self.case.expected

    @property
    def under_triaged(self) -> bool:
        return self.level is None or RANK[self.level] > RANK[self.case.expected]

    @property
    def over_triaged(self) -> bool:
        return self.level is not None and RANK[self.level] < RANK[self.case.expected]

    def transcript(self) -> str:
        lines = [f"case {self.case.id}: expected {self.case.expected}, got {self.level}"
                 f" (levels {self.levels}); {self.case.why}"]
        for turn in self.turns:
            lines.append(f"  person: {turn.said[:160]}")
            for q in turn.questions:
                lines.append(f"    bot asks {q['id']} ({q['type']}) {q.get('findings')}")
            if turn.triage:
                reasons = [r["rule"] for r in turn.triage.get("reasons", [])]
                lines.append(f"    bot triage: {turn.triage['level']} {reasons}")
            if not turn.questions and not turn.triage:
                lines.append("    bot says: " + " | ".join(t[:100] for t in turn.texts))
        if self.turns and self.turns[-1].triage:
            found = self.turns[-1].triage.get("findings", {})
            lines.append("  final findings: " + json.dumps(found, sort_keys=True))
        for m in self.misread:
            lines.append("  recorded differently: " + m)
        for p in self.problems:
            lines.append("  problem: " + p)
        if self.error:
            lines.append("  error: " + self.error)
        return "\n".join(lines)


Say = Callable[[str, str], List[Dict[str, Any]]]


def _questions(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [m["custom"]["question"] for m in messages if "question" in (m.get("custom") or {})]


def _triages(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [m["custom"]["triage"] for m in messages if "triage" in (m.get("custom") or {})]


def play(case: Case, say: Say, sender: str, nlu: bool) -> Outcome:
    """Play one case as a whole conversation; never raises (errors go in the outcome)."""
    out = Outcome(case)
    person = Person(case, use_text=nlu)
    started = time.monotonic()
    try:
        _play(case, say, sender, nlu, person, out)
    except Exception as exc:  # the conversation broke: record it, the test reports it
        out.error = f"{type(exc).__name__}: {exc}"
    out.seconds = time.monotonic() - started
    return out


def _send(say: Say, sender: str, message: str, out: Outcome) -> Turn:
    replies = say(sender, message)
    triages = _triages(replies)
    if len(triages) > 1:
        out.problems.append(f"{len(triages)} triage payloads in one reply")
    turn = Turn(message, _questions(replies), triages[-1] if triages else None,
                [m["text"] for m in replies if m.get("text")])
    if len(turn.questions) > 1:
        out.problems.append(f"{len(turn.questions)} questions in one reply: "
                            + ", ".join(q["id"] for q in turn.questions))
    if turn.triage and turn.questions:
        out.problems.append("a triage and a question in the same reply")
    if not replies:
        out.problems.append(f"empty reply to {message[:60]!r}")
    out.turns.append(turn)
    if turn.triage:
        out.levels.append(turn.triage["level"])
    return turn


def _open(case: Case, say: Say, sender: str, nlu: bool, person: Person, out: Outcome) -> Turn:
    """The opening, and the first reply's measures; an opening not understood at all is
    said once more (as the payload of what it says)."""
    turn = _send(say, sender, case.opening if nlu else person.opening_as_payload(), out)
    out.first_reply_questions = len(turn.questions)
    out.first_reply_emergency = bool(turn.triage) and turn.triage["level"] in EMERGENCY_LEVELS \
        and not turn.questions
    if nlu and not turn.questions and not turn.triage:
        out.problems.append("opening not understood: " + " | ".join(turn.texts)[:200])
        turn = _send(say, sender, person.opening_as_payload(), out)
    return turn


def _stated_in_opening(case: Case, nlu: bool) -> Set[str]:
    """Findings the person has given in the opening: they must never be asked again."""
    if nlu:
        return set(case.says)
    return {f for f, v in case.says.items()
            if v == PRESENT or f in ("location", "sensation", "duration", "medications")}


def _reply_to(question: Dict[str, Any], not_understood: Optional[str], person: Person,
              out: Outcome, stated: Set[str]) -> Tuple[str, str, Dict[str, Any]]:
    """(message, kind, question as answered) for a question of the bot. `not_understood`:
    the words of the last answer, when the bot asked the same question again after them."""
    if not_understood is not None:
        # A typed answer the bot did not understand: the person taps the button
        # (a medicine with no button is typed again; asked a third time, it fails).
        out.text_not_understood.append(f"{question['id']}: {not_understood!r}")
        message, kind = person.answer(question, text=False)
        return message, kind, question
    step = person.scripted(question)
    if step is not None:
        stated.update(step.get("states", []))
        if step.get("answers"):
            stated.update(question.get("findings") or [])
        return person.step_message(step), "script", question
    words = person.use_text or question["type"] == "number" or person.types_medicines(question)
    message, kind = person.answer(question, text=words)
    if words and kind == "answer":
        question = dict(question, _words=message)
    return message, kind, question


def _play(case: Case, say: Say, sender: str, nlu: bool, person: Person, out: Outcome) -> None:
    turn = _open(case, say, sender, nlu, person, out)
    stated = _stated_in_opening(case, nlu)
    last_question: Optional[Dict[str, Any]] = None
    last_kind = ""
    result_seen = False
    for _ in range(MAX_TURNS):
        if turn.triage:
            result_seen = True
            _check_result_reply(turn, out)
            step = person.scripted(None)
            if step is None:
                out.misread = compare_findings(person, turn.triage.get("findings") or {})
                return
            stated.update(step.get("states", []))
            turn = _send(say, sender, person.step_message(step), out)
            last_question, last_kind = None, ""
            continue
        if not turn.questions:
            raise AssertionError("the reply has neither a question nor a triage: "
                                 + " | ".join(turn.texts)[:300])
        question = turn.questions[-1]
        if not result_seen:
            out.questions_to_result += 1
        # The same question again (same id, same items). "Any of the others?"
        # after some items were named has the same id (or not) but fewer
        # items: that is a new question, answered from the truth.
        again = last_question is not None and question["id"] == last_question["id"] \
            and sorted(question.get("findings") or []) == sorted(last_question.get("findings") or [])
        not_understood = again and last_kind == "answer" and bool(last_question.get("_words"))
        if not (again and last_kind in ("dont_know", "script")) and not not_understood:
            out.reasked.extend(f"{question['id']}:{f}" for f in question.get("findings") or []
                               if f in stated)
        words_again = None
        if again and last_kind == "answer":
            if not last_question.get("_words"):
                raise AssertionError(f"question {question['id']} asked again after the answer "
                                     f"{out.turns[-1].said!r}")
            words_again = last_question["_words"]
        message, kind, question = _reply_to(question, words_again, person, out, stated)
        person.note_asked(question)
        turn = _send(say, sender, message, out)
        if kind == "answer":
            stated.update(person.last_states)
        last_question, last_kind = question, kind
    raise AssertionError(f"no result after {MAX_TURNS} turns")


def compare_findings(person: Person, recorded: Mapping[str, Any]) -> List[str]:
    """Findings the bot recorded differently from what the person said.

    A yes/no finding recorded present that the person does not have, or
    absent that the person has, is reported (spec version 2: a tap on one item
    of a group no longer records the others as absent, so a present finding
    recorded absent is always a misreading)."""
    out = []
    for fid, value in recorded.items():
        said = person.value(fid)
        if fid in FINDING_WORDS:
            if value == PRESENT and said != PRESENT:
                out.append(f"{fid}: recorded present, is {said}")
            elif value == ABSENT and said == PRESENT:
                out.append(f"{fid}: recorded absent, is present")
        elif fid == "duration" and isinstance(value, (int, float)) and isinstance(said, (int, float)):
            if duration_choice(value) != duration_choice(said):
                out.append(f"duration: recorded {value:g} days, is {said} days")
        elif fid == "age" and value != said:
            out.append(f"age: recorded {value}, is {said}")
        elif fid in ("location", "sensation") and value not in (said, UNKNOWN):
            out.append(f"{fid}: recorded {value}, is {said}")
        elif fid == "medications" and isinstance(value, list) and isinstance(said, list) \
                and sorted(value) != sorted(said):
            out.append(f"medications: recorded {value}, is {said}")
    return out


def _check_result_reply(turn: Turn, out: Outcome) -> None:
    level = turn.triage["level"]
    if level in EMERGENCY_LEVELS:
        first = turn.texts[0] if turn.texts else ""
        if "emergency" not in first.lower():
            out.problems.append(f"{level}: the first message does not start with the emergency "
                                f"advice: {first[:120]!r}")
    if not turn.triage.get("disclaimer", "").startswith("This is not a diagnosis"):
        out.problems.append("result without the disclaimer")


# --------------------------------------------------------------------------
# Metrics


def summary(outcomes: Sequence[Outcome]) -> Dict[str, Any]:
    n = len(outcomes)
    emergencies = [o for o in outcomes if o.case.is_emergency]
    first = [o for o in emergencies if o.case.emergency_in_opening]
    non_emergency = [o for o in outcomes if not o.case.is_emergency]
    questions = [o.questions_to_result for o in non_emergency if o.levels]

    def pct(part: int, whole: int) -> float:
        return 100.0 * part / whole if whole else 100.0

    return {
        "cases": n,
        "exact": sum(o.correct for o in outcomes),
        "accuracy_pct": pct(sum(o.correct for o in outcomes), n),
        "under": sum(o.under_triaged for o in outcomes),
        "under_pct": pct(sum(o.under_triaged for o in outcomes), n),
        "over": sum(o.over_triaged for o in outcomes),
        "over_pct": pct(sum(o.over_triaged for o in outcomes), n),
        "emergencies": len(emergencies),
        "emergencies_escalated": sum(o.level in EMERGENCY_LEVELS for o in emergencies),
        "emergencies_escalated_pct": pct(sum(o.level in EMERGENCY_LEVELS for o in emergencies),
                                         len(emergencies)),
        "first_message_emergencies": len(first),
        "first_reply_escalated": sum(o.first_reply_emergency for o in first),
        "first_reply_escalated_pct": pct(sum(o.first_reply_emergency for o in first), len(first)),
        "non_emergency_cases": len(non_emergency),
        "median_questions_non_emergency": statistics.median(questions) if questions else None,
        "max_questions_non_emergency": max(questions) if questions else None,
        "no_result": sum(o.level is None for o in outcomes),
        "text_not_understood": sum(len(o.text_not_understood) for o in outcomes),
        "reasked": sum(len(o.reasked) for o in outcomes),
        "misread": sum(len(o.misread) for o in outcomes),
        "by_level": {lv: f"{sum(o.correct for o in outcomes if o.case.expected == lv)}/"
                         f"{sum(o.case.expected == lv for o in outcomes)}" for lv in LEVELS},
    }


def format_summary(outcomes: Sequence[Outcome], nlu: bool, title: str = "Vignette suite",
                   targets: bool = True, details: bool = True) -> str:
    """The metrics as text. `targets`: annotate the issue's targets (the main suite);
    the lay suites print the same numbers without them (they are reported, not asserted).
    `details`: name the cases behind the counts (not for a blind set: numbers only)."""
    s = summary(outcomes)
    how = "in words (NLU model)" if nlu else "as payloads: the model has no NLU"

    def target(text: str) -> str:
        return f"  ({text})" if targets else ""

    lines = [
        f"{title}: {s['cases']} cases played over REST (openings and text answers {how})",
        f"  exact level accuracy        {s['exact']}/{s['cases']} = {s['accuracy_pct']:.1f}%"
        + target("target >= 95%"),
        f"  under-triage                {s['under']} = {s['under_pct']:.1f}%" + target("target 0"),
        f"  over-triage                 {s['over']} = {s['over_pct']:.1f}%",
        f"  emergencies escalated       {s['emergencies_escalated']}/{s['emergencies']} = "
        f"{s['emergencies_escalated_pct']:.1f}%" + target("target 100%"),
        f"  first-message emergencies escalated in the first reply "
        f"{s['first_reply_escalated']}/{s['first_message_emergencies']} = "
        f"{s['first_reply_escalated_pct']:.1f}%" + target("target 100%"),
        f"  median questions to a result (non-emergency, {s['non_emergency_cases']} cases) "
        f"{s['median_questions_non_emergency']}  (max {s['max_questions_non_emergency']}"
        + ("; target <= 10)" if targets else ")"),
        "  per expected level (exact)  " + ", ".join(f"{k} {v}" for k, v in s["by_level"].items()),
        f"  conversations without a result {s['no_result']}; text answers not understood "
        f"{s['text_not_understood']}; known findings asked again {s['reasked']}; "
        f"findings recorded differently from what the person said {s['misread']}",
    ]
    if details:
        lines += _case_lines(outcomes)
    return "\n".join(lines)


def _case_lines(outcomes: Sequence[Outcome]) -> List[str]:
    """The cases behind the counts: broken, disagreeing, asked again, misread, not understood."""
    lines: List[str] = []
    broken = [o for o in outcomes if o.error]
    if broken:
        lines.append("  conversations that broke: "
                     + "; ".join(f"{o.case.id} ({o.error[:120]})" for o in broken))
    wrong = [o for o in outcomes if not o.correct]
    if wrong:
        lines.append("  disagreements (expected from triage-spec.md -> bot):")
        for o in wrong:
            kind = "UNDER" if o.under_triaged else "over"
            lines.append(f"    [{kind}] {o.case.id}: {o.case.expected} -> {o.level}"
                         + (f" ({o.error})" if o.error else ""))
    reasked = [o for o in outcomes if o.reasked]
    if reasked:
        lines.append("  known findings asked again: "
                     + "; ".join(f"{o.case.id} {o.reasked}" for o in reasked))
    misread = [o for o in outcomes if o.misread]
    if misread:
        lines.append("  findings recorded differently: "
                     + "; ".join(f"{o.case.id} {o.misread}" for o in misread))
    misunderstood = [o for o in outcomes if o.text_not_understood]
    if misunderstood:
        lines.append("  text answers not understood: "
                     + "; ".join(f"{o.case.id} {o.text_not_understood}" for o in misunderstood))
    return lines


def report_json(outcomes: Sequence[Outcome], nlu: bool) -> Dict[str, Any]:
    return {
        "nlu": nlu,
        "summary": summary(outcomes),
        "cases": [
            {"id": o.case.id, "expected": o.case.expected, "levels": o.levels, "correct": o.correct,
             "questions_to_result": o.questions_to_result, "reasked": o.reasked,
             "text_not_understood": o.text_not_understood, "misread": o.misread,
             "problems": o.problems,
             "error": o.error, "seconds": round(o.seconds, 2), "transcript": o.transcript()}
            for o in outcomes
        ],
    }


# Outcomes of this pytest session, in the order played (read by conftest.py).
# RESULTS: the main suite (cases.yml) only, the one the targets are asserted on;
# LAY_RESULTS: the lay suites, per set ("dev", "final"), reported separately.
RESULTS: List[Outcome] = []
LAY_RESULTS: Dict[str, List[Outcome]] = {}
SESSION: Dict[str, Any] = {"nlu": None, "total": None, "lay_total": {}}
