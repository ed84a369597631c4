"""The FHIR R4 hand-off bundle (issue 12), validated with fhir.resources (R4 4.0.1).

- Every vignette of the suite (tests/vignettes/cases.yml and the lay
  development set) is played as a whole conversation through the real actions
  (no servers: the dialogue rules are simulated as in test_never_a_dead_end,
  answers are sent as button payloads), and the bundle of its final state must
  validate as FHIR R4, with one Observation per finding of the `triage`
  payload, the questions in the order they were asked, and the level and
  priority of the result.
- Unit checks of each resource: coded presence, dataAbsentReason, quantities,
  body sites, the narrative, "can be caused by", the priority mapping.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import pytest
from fhir.resources.bundle import Bundle
from pydantic import ValidationError

from actions.actions import (
    ActionAnswerCauses,
    ActionAnswerOutsideInterview,
    ActionAnswerSerious,
    ActionExplainQuestion,
    ActionTriageResult,
    ValidateTriageForm,
)
from bot import fhir, replies
from bot.clinical.engine import ABSENT, PRESENT, UNKNOWN, default_spec
from bot.clinical.interview import new_state
from tests.unit.test_actions import make_tracker, run, slot_events
from tests.vignettes.vignette_person import CASES_PATH, LAY_CASES_PATHS, load_cases, play

SPEC = default_spec()
WHEN = dt.datetime(2026, 12, 2, 15, 0, tzinfo=dt.timezone.utc)
PAYLOAD = re.compile(r"^/(\w+)(\{.*\})?$", re.S)
OUTSIDE_ACTIONS = {
    "ask_why": ActionExplainQuestion,
    "ask_serious": ActionAnswerSerious,
    "ask_causes": ActionAnswerCauses,
}


# --------------------------------------------------------------------------
# The conversation without servers


def parse(message: str) -> Tuple[str, List[Dict[str, Any]]]:
    """A message as Rasa parses it without NLU: "/intent{json}" (a list value is
    one entity per item, as Rasa's RegexMessageHandler does); words are not understood."""
    match = PAYLOAD.match(message.strip())
    if not match:
        return "nlu_fallback", []
    raw = json.loads(match.group(2)) if match.group(2) else {}
    entities = [
        {"entity": name, "value": v}
        for name, value in raw.items()
        for v in (value if isinstance(value, list) else [value])
    ]
    return match.group(1), entities


@dataclass
class LocalConversation:
    """One conversation as the Rasa server runs it (data/rules.yml), with the real actions."""

    state: Optional[Dict[str, Any]] = None
    asked: Optional[str] = None
    active: bool = False
    last_read: Optional[str] = None
    level: Optional[str] = None
    turns: int = 0
    triages: List[Dict[str, Any]] = field(default_factory=list)

    def say(self, message: str) -> List[Dict[str, Any]]:
        self.turns += 1
        intent, entities = parse(message)
        message_id = f"msg-{self.turns}"
        if self.active:
            return self._form(message, intent, entities, message_id)
        if intent == "inform":  # rule: describing a symptom starts (or resumes) the interview
            self.active = True
            return self._form(message, intent, entities, message_id)
        action = OUTSIDE_ACTIONS.get(intent, ActionAnswerOutsideInterview)()
        events, messages = run(action, self._tracker(message, intent, entities, message_id))
        self._apply(events)
        if any(e.get("event") == "followup" for e in events):
            self.active = True
            messages += self._form(message, intent, entities, message_id)
        return messages

    def _tracker(self, text: str, intent: str, entities: List[Dict[str, Any]], message_id: str, **kwargs: Any):
        return make_tracker(
            text=text,
            intent=intent,
            entities=entities,
            message_id=message_id,
            interview=self.state,
            requested_slot=self.asked,
            last_read_message=self.last_read,
            triage_level=self.level,
            active_loop="triage_form" if self.active else None,
            **kwargs,
        )

    def _form(self, text: str, intent: str, entities: List[Dict[str, Any]], message_id: str) -> List[Dict[str, Any]]:
        tracker = self._tracker(text, intent, entities, message_id)
        events, messages = run(ValidateTriageForm(), tracker)
        if not events:  # rejected: the digression's rule answers, then the form asks again
            resumed = [
                {"event": "action", "name": "utter_out_of_scope", "timestamp": 2.1},
                {"event": "action", "name": "triage_form", "timestamp": 2.2},
            ]
            events, messages = run(
                ValidateTriageForm(), self._tracker(text, intent, entities, message_id, events_after_user=resumed)
            )
        self._apply(events)
        if self.asked is None:
            self.active = False
            events, result = run(ActionTriageResult(), self._tracker(text, intent, entities, message_id))
            self._apply(events)
            messages = messages + result
        self.triages += [m["custom"]["triage"] for m in messages if "triage" in (m.get("custom") or {})]
        return messages

    def _apply(self, events: List[Dict[str, Any]]) -> None:
        slots = slot_events(events)
        self.state = slots.get("interview", self.state)
        self.asked = slots.get("requested_slot", self.asked)
        self.last_read = slots.get("last_read_message", self.last_read)
        self.level = slots.get("triage_level", self.level)


class LocalBot:
    def __init__(self) -> None:
        self.conversations: Dict[str, LocalConversation] = {}

    def say(self, sender: str, message: str) -> List[Dict[str, Any]]:
        return self.conversations.setdefault(sender, LocalConversation()).say(message)


# --------------------------------------------------------------------------
# Checks of one bundle


def resources(bundle: Dict[str, Any], kind: str) -> List[Dict[str, Any]]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]


def finding_id(observation: Dict[str, Any]) -> str:
    (local,) = [c["code"] for c in observation["code"]["coding"] if c["system"] == f"{fhir.LOCAL}:finding"]
    return local


def expected_value(observation: Dict[str, Any], value: Any) -> None:
    """The Observation holds the payload's value, in its proper type."""
    finding = SPEC.findings[finding_id(observation)]
    if value == UNKNOWN:
        assert observation["dataAbsentReason"]["coding"][0]["code"] == "asked-unknown"
        assert not [k for k in observation if k.startswith("value")]
    elif finding.kind == "yes_no":
        codes = [c["code"] for c in observation["valueCodeableConcept"]["coding"]]
        assert codes == [SPEC.qualifier_codes[value].code]
    elif finding.kind in ("number", "duration"):
        quantity = observation["valueQuantity"]
        assert quantity["value"] == value and quantity["system"] == fhir.UCUM
        assert quantity["code"] == {"number": "a", "duration": "d"}[finding.kind]
    elif finding.kind == "choice":
        local = [c["code"] for c in observation["valueCodeableConcept"]["coding"] if c["system"].startswith(fhir.LOCAL)]
        assert local == [value]
    else:
        classes = [c["code"]["coding"][0]["code"] for c in observation.get("component", [])]
        assert classes == list(value)


def check_bundle(bundle: Dict[str, Any], triage: Dict[str, Any], state: Dict[str, Any]) -> None:
    Bundle.parse_obj(bundle)  # FHIR R4 (4.0.1) schema: raises on any invalid element
    urls = {e["fullUrl"] for e in bundle["entry"]}
    observations = resources(bundle, "Observation")
    # One Observation per finding of the triage payload, one to one, with its value.
    assert sorted(finding_id(o) for o in observations) == sorted(triage["findings"])
    for obs in observations:
        expected_value(obs, triage["findings"][finding_id(obs)])
    (risk,) = resources(bundle, "RiskAssessment")
    assert risk["prediction"][0]["qualitativeRisk"]["coding"][0]["code"] == triage["level"]
    assert {b["reference"] for b in risk["basis"]} <= urls
    assert {f"urn:uuid:{o['id']}" for o in observations} <= {b["reference"] for b in risk["basis"]}
    assert [p["outcome"]["coding"][0]["code"] for p in risk["prediction"][1:]] == triage["possible_causes"]
    assert all(r["rule"] in risk["prediction"][0]["rationale"] for r in triage["reasons"])
    assert replies.level_title(triage["level"]) in risk["text"]["div"]
    (request,) = resources(bundle, "ServiceRequest")
    assert request["priority"] == fhir.PRIORITY_BY_LEVEL[triage["level"]]
    (answers,) = resources(bundle, "QuestionnaireResponse")
    # Every question put, in the order put.
    assert [i["linkId"].split(".", 1)[1] for i in answers.get("item", [])] == [e["id"] for e in state["log"]]


# --------------------------------------------------------------------------
# Every vignette's final bundle


VIGNETTES = load_cases(CASES_PATH) + load_cases(LAY_CASES_PATHS["dev"])


@pytest.mark.slow  # plays ~140 whole conversations through the actions: about a minute
def test_every_vignette_bundle_validates_and_matches_its_triage_payload():
    bot = LocalBot()
    checked, levels_differ = 0, []
    for case in VIGNETTES:
        outcome = play(case, bot.say, case.id, nlu=False)
        assert outcome.error is None, outcome.transcript()
        conversation = bot.conversations[case.id]
        triage = conversation.triages[-1]
        bundle = fhir.bundle_for_state(SPEC, conversation.state, case.id, WHEN)
        check_bundle(bundle, triage, conversation.state)
        checked += 1
        if outcome.level != case.expected:
            levels_differ.append(case.id)
    print(
        f"\nFHIR bundles validated: {checked}/{len(VIGNETTES)} vignettes "
        f"({len(levels_differ)} ended at another level without NLU: {levels_differ})"
    )
    assert checked == len(VIGNETTES)


def test_a_played_vignette_logs_its_questions_and_dont_knows_in_order():
    case = next(c for c in load_cases(CASES_PATH) if c.dont_know and max(c.dont_know.values()) >= 2)
    bot = LocalBot()
    outcome = play(case, bot.say, case.id, nlu=False)
    conversation = bot.conversations[case.id]
    bundle = fhir.bundle_for_state(SPEC, conversation.state, case.id, WHEN)
    check_bundle(bundle, conversation.triages[-1], conversation.state)
    # Each question put once, in order; put again unchanged (simpler words) it is the same question.
    put = [(q["id"], q["findings"]) for turn in outcome.turns for q in turn.questions]
    expected = [key for i, key in enumerate(put) if i == 0 or key != put[i - 1]]
    assert [(e["id"], e["items"]) for e in conversation.state["log"]] == expected
    (answers,) = resources(bundle, "QuestionnaireResponse")
    codes = json.dumps(answers)
    assert '"asked-unknown"' in codes, "an 'I don't know' recorded as unknown is in the answers"


# --------------------------------------------------------------------------
# The resources, one by one


def state_with(log: Optional[List[Dict[str, Any]]] = None, names: Tuple[str, ...] = (), **findings: Any):
    state = new_state()
    state["findings"] = findings
    state["medicine_names"] = list(names)
    state["log"] = log or []
    return state


FINDINGS = {
    "fever": PRESENT,
    "rash": ABSENT,
    "collapse": UNKNOWN,
    "age": 52,
    "duration": 3,
    "location": "lower_back",
    "sensation": "tingling",
    "medications": ["antidepressant", "other"],
}


@pytest.fixture(scope="module")
def bundle() -> Dict[str, Any]:
    log = [
        {
            "id": "emergency_signs",
            "question": "emergency_signs",
            "items": ["collapse", "chest_pain"],
            "others": False,
            "answers": {"collapse": UNKNOWN},
        },
        {"id": "age", "question": "age", "items": ["age"], "others": False, "answers": {"age": 52}},
        {
            "id": "medications",
            "question": "medications",
            "items": ["medications"],
            "others": False,
            "answers": {"medications": ["antidepressant", "other"]},
        },
    ]
    return fhir.bundle_for_state(SPEC, state_with(log, ("metformin",), **FINDINGS), "conv-1", WHEN)


def observation_of(bundle: Dict[str, Any], fid: str) -> Dict[str, Any]:
    return next(o for o in resources(bundle, "Observation") if finding_id(o) == fid)


def test_the_bundle_validates_and_is_stable(bundle):
    parsed = Bundle.parse_obj(bundle)
    # Patient, QuestionnaireResponse, the Observations, RiskAssessment, ServiceRequest.
    assert parsed.type == "collection" and len(parsed.entry) == 2 + len(FINDINGS) + 2
    again = fhir.bundle_for_state(SPEC, state_with(None, ("metformin",), **FINDINGS), "conv-1", WHEN)
    assert [e["fullUrl"] for e in again["entry"]] == [e["fullUrl"] for e in bundle["entry"]]


def test_the_validator_rejects_a_broken_bundle(bundle):
    """The schema check is real: a RiskAssessment without its required status fails."""
    broken = json.loads(json.dumps(bundle))
    del resources(broken, "RiskAssessment")[0]["status"]
    with pytest.raises(ValidationError):
        Bundle.parse_obj(broken)


def test_presence_is_coded_and_unknown_is_a_data_absent_reason(bundle):
    fever, rash, collapse = (observation_of(bundle, f) for f in ("fever", "rash", "collapse"))
    assert fever["valueCodeableConcept"]["coding"] == [
        {"system": fhir.SNOMED, "code": "52101004", "display": "Present (qualifier value)"}
    ]
    assert rash["valueCodeableConcept"]["coding"][0]["code"] == "2667000"
    assert collapse["dataAbsentReason"]["coding"][0] == fhir.DONT_KNOW
    assert "valueCodeableConcept" not in collapse
    # A finding with a verified code carries it; one without goes as text (and our id) only.
    assert {"system": fhir.SNOMED, "code": "386661006"} in fever["code"]["coding"]
    assert [c["system"] for c in rash["code"]["coding"]] == [f"{fhir.LOCAL}:finding"]
    assert rash["code"]["text"] == SPEC.findings["rash"].label


def test_age_duration_and_location_have_their_proper_types(bundle):
    assert observation_of(bundle, "age")["valueQuantity"] == {
        "value": 52,
        "unit": "years",
        "system": fhir.UCUM,
        "code": "a",
    }
    assert observation_of(bundle, "duration")["valueQuantity"]["code"] == "d"
    site = observation_of(bundle, "location")["valueCodeableConcept"]
    assert site["coding"][0] == {
        "system": fhir.SNOMED,
        "code": "52612000",
        "display": "Lumbar region back structure (body structure)",
    }
    tingling = observation_of(bundle, "sensation")["valueCodeableConcept"]  # no verified code: text only
    assert [c["system"] for c in tingling["coding"]] == [f"{fhir.LOCAL}:sensation"]


def test_medicines_are_kept_with_the_names_as_written(bundle):
    medicines = observation_of(bundle, "medications")
    assert "metformin (as written)" in medicines["valueString"]
    assert [c["code"]["coding"][0]["code"] for c in medicines["component"]] == ["antidepressant", "other"]


def test_the_questionnaire_response_holds_the_answers_in_order(bundle):
    (answers,) = resources(bundle, "QuestionnaireResponse")
    first, age, medicines = answers["item"]
    assert first["linkId"] == "1.emergency_signs" and first["text"].startswith("First, to be safe")
    collapse, chest = first["item"]
    assert collapse["answer"] == [{"valueCoding": fhir.DONT_KNOW}]
    assert "answer" not in chest, "an item never answered has no answer"
    assert age["answer"][0]["valueQuantity"]["value"] == 52
    assert {"valueString": "metformin"} in medicines["answer"]


def test_the_risk_assessment_gives_level_reasons_causes_and_a_narrative(bundle):
    (risk,) = resources(bundle, "RiskAssessment")
    level = risk["prediction"][0]
    assert level["qualitativeRisk"]["coding"][0] == {
        "system": f"{fhir.LOCAL}:level",
        "code": "consultation_24",
        "display": replies.level_title("consultation_24"),
    }
    assert "fever_with_back_pain" in level["rationale"] and "unknown_emergency_sign" in level["rationale"]
    for cause in risk["prediction"][1:]:
        assert cause["outcome"]["text"].startswith("This can be caused by")
        assert "not a diagnosis" in cause["outcome"]["text"]
    div = risk["text"]["div"]
    assert div.startswith('<div xmlns="http://www.w3.org/1999/xhtml">')
    for part in (
        "See a doctor within 24 hours",
        "Present:",
        "a fever or chills",
        "Absent:",
        "a rash or blisters",
        "Not known:",
        "Fainting or nearly fainting",
        "Medicines:",
        "metformin",
        "This is not a diagnosis",
    ):
        assert part in div, part
    assert not re.search(r"\byou have\b", json.dumps(bundle), re.I)


def test_the_narrative_escapes_what_the_person_wrote():
    state = state_with(None, ("<script>alert(1)</script>",), fever=PRESENT, medications=["other"])
    bundle = fhir.bundle_for_state(SPEC, state, "conv-x", WHEN)
    Bundle.parse_obj(bundle)
    div = resources(bundle, "RiskAssessment")[0]["text"]["div"]
    assert "<script>" not in div and "&lt;script&gt;" in div


def test_every_level_has_a_priority():
    assert set(fhir.PRIORITY_BY_LEVEL) == set(SPEC.levels)
    assert set(fhir.PRIORITY_BY_LEVEL.values()) <= {"routine", "urgent", "asap", "stat"}
    ranks = ["stat", "asap", "urgent", "routine"]
    priorities = [ranks.index(fhir.PRIORITY_BY_LEVEL[level]) for level in SPEC.levels]
    assert priorities == sorted(priorities), "a more urgent level never gets a lower priority"


@pytest.mark.parametrize(
    "level, findings",
    [
        ("emergency_ambulance", {"chest_pain": PRESENT}),
        ("emergency", {"leg_weakness": PRESENT}),
        ("self_care", {f: ABSENT for f in SPEC.red_flags()}),
    ],
)
def test_the_disposition_carries_the_mapped_priority(level, findings):
    bundle = fhir.bundle_for_state(SPEC, state_with(None, **findings), "conv-2", WHEN)
    Bundle.parse_obj(bundle)
    (request,) = resources(bundle, "ServiceRequest")
    assert request["priority"] == fhir.PRIORITY_BY_LEVEL[level]
    assert request["intent"] == "proposal" and request["patientInstruction"] == SPEC.level_advice[level]


def test_the_builder_imports_nothing_from_rasa():
    from pathlib import Path

    source = Path(fhir.__file__).read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+rasa", source, re.M)
