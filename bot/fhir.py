"""The triage as a FHIR R4 Bundle for a telehealth portal or an EHR (issue 12).

Pure Python (no Rasa imports), like the engine. Built from the engine's
``TriageResult`` and the interview state, never from reply text; every word
in it comes from the rules file or bot/replies.py. Resources (docs/fhir.md):

- Patient: no demographics, only the conversation id as an identifier;
- QuestionnaireResponse: every question put, in order, with the answer it got
  (the interview's ``log``), "I don't know" included;
- Observation: one per finding of the result, present/absent as a coded value,
  unknown as a dataAbsentReason, age and duration as Quantities, choices coded;
- RiskAssessment: the level in ``prediction.qualitativeRisk``, ``basis`` ->
  the Observations, the rules that fired, what it can be caused by, and the
  clinician narrative (``text.div``);
- ServiceRequest: the disposition, its ``priority`` mapped from the level.

Codes: SNOMED CT where the rules file has a verified one (bot/clinical/
triage_spec.yml, each with its source), else text only; the project's own
ids under ``urn:backheat-triage:*`` systems.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from typing import Any, Dict, List, Mapping, Optional, Sequence

from bot import replies
from bot.clinical.engine import PRESENT, UNKNOWN, Code, Finding, TriageResult, TriageSpec
from bot.clinical.interview import normalise_state

Resource = Dict[str, Any]

SNOMED = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
YES_NO = "http://terminology.hl7.org/CodeSystem/v2-0136"  # with asked-unknown: ValueSet yesnodontknow
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
LOCAL = "urn:backheat-triage"  # the project's own code systems: LOCAL + ":finding", ":level", ...
XHTML = "http://www.w3.org/1999/xhtml"
CONTENT_TYPE = "application/fhir+json"

# The disposition's ServiceRequest.priority (routine | urgent | asap | stat) for
# each level of care: docs/fhir.md explains the mapping.
PRIORITY_BY_LEVEL = {
    "emergency_ambulance": "stat",
    "emergency": "asap",
    "consultation_24": "urgent",
    "consultation": "routine",
    "self_care": "routine",
}
UNITS = {"number": ("a", "years"), "duration": ("d", "days")}  # UCUM code, unit as written
DONT_KNOW = {"system": DATA_ABSENT_REASON, "code": "asked-unknown", "display": "Don't know"}
YES = {"system": YES_NO, "code": "Y", "display": "Yes"}
NO = {"system": YES_NO, "code": "N", "display": "No"}


def resource_id(conversation_id: str, key: str) -> str:
    """A stable id: the same conversation gives the same bundle ids every time."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{LOCAL}:{conversation_id}:{key}"))


def _ref(rid: str) -> Dict[str, str]:
    return {"reference": f"urn:uuid:{rid}"}


def _snomed(code: Optional[Code]) -> List[Dict[str, str]]:
    if code is None:
        return []
    coding = {"system": SNOMED, "code": code.code}
    return [dict(coding, display=code.display) if code.display else coding]


def _local(kind: str, code: str, display: str) -> Dict[str, str]:
    return {"system": f"{LOCAL}:{kind}", "code": code, "display": display}


def finding_concept(finding: Finding) -> Dict[str, Any]:
    """A finding: its SNOMED CT code when verified, always its id and its label as asked."""
    return {"coding": _snomed(finding.code) + [_local("finding", finding.id, finding.label)], "text": finding.label}


def choice_concept(finding: Finding, choice: str) -> Dict[str, Any]:
    label = finding.choices[choice]
    return {"coding": _snomed(finding.choice_codes.get(choice)) + [_local(finding.id, choice, label)], "text": label}


def _quantity(finding: Finding, value: float) -> Dict[str, Any]:
    code, unit = UNITS[finding.kind]
    return {"value": value, "unit": unit, "system": UCUM, "code": code}


# --------------------------------------------------------------------------
# Observations


def observation_value(spec: TriageSpec, finding: Finding, value: Any, medicine_names: Sequence[str]) -> Dict[str, Any]:
    """The value[x] (or dataAbsentReason) and components of one finding's Observation."""
    if value == UNKNOWN:
        return {"dataAbsentReason": {"coding": [DONT_KNOW], "text": replies.YES_NO_LABELS[UNKNOWN]}}
    if finding.kind == "yes_no":
        qualifier = spec.qualifier_codes.get(value)
        return {"valueCodeableConcept": {"coding": _snomed(qualifier), "text": replies.YES_NO_LABELS[value]}}
    if finding.kind in UNITS:
        return {"valueQuantity": _quantity(finding, value)}
    if finding.kind == "choice":
        return {"valueCodeableConcept": choice_concept(finding, value)}
    components = [
        {
            "code": {"coding": [_local("medicine-class", c, finding.choices[c])], "text": finding.choices[c]},
            "valueCodeableConcept": {
                "coding": _snomed(spec.qualifier_codes.get(PRESENT)),
                "text": replies.YES_NO_LABELS[PRESENT],
            },
        }
        for c in value
        if c in finding.choices
    ]
    text = replies.summary_medicines(spec, {finding.id: value}, medicine_names)
    return {"valueString": text, **({"component": components} if components else {})}


def observation(
    spec: TriageSpec, fid: str, value: Any, rid: str, patient: str, when: str, medicine_names: Sequence[str]
) -> Resource:
    finding = spec.findings[fid]
    return {
        "resourceType": "Observation",
        "id": rid,
        "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}],
        "code": finding_concept(finding),
        "subject": _ref(patient),
        "effectiveDateTime": when,
        **observation_value(spec, finding, value, medicine_names),
    }


# --------------------------------------------------------------------------
# QuestionnaireResponse


def _answer(spec: TriageSpec, fid: str, value: Any, medicine_names: Sequence[str]) -> List[Dict[str, Any]]:
    """The answers recorded to one item of a question."""
    finding = spec.findings[fid]
    if value == UNKNOWN:
        return [{"valueCoding": DONT_KNOW}]
    if finding.kind == "yes_no":
        return [{"valueCoding": YES if value == PRESENT else NO}]
    if finding.kind in UNITS:
        return [{"valueQuantity": _quantity(finding, value)}]
    if finding.kind == "choice":
        concept = choice_concept(finding, value)
        return [{"valueCoding": concept["coding"][0]}]
    known = [c for c in value if c in finding.choices and c != finding.unrecognised]
    answers: List[Dict[str, Any]] = [{"valueCoding": _local("medicine-class", c, finding.choices[c])} for c in known]
    answers += [{"valueString": name} for name in medicine_names]
    return answers or [{"valueCoding": NO}]


def questionnaire_item(
    spec: TriageSpec, index: int, entry: Mapping[str, Any], medicine_names: Sequence[str]
) -> Dict[str, Any]:
    """One question put, with the answer it got; a group has one sub-item per finding shown."""
    link = f"{index}.{entry['id']}"
    item: Dict[str, Any] = {"linkId": link, "text": replies.logged_question_text(spec, entry)}
    items = [f for f in entry.get("items") or [] if f in spec.findings]
    answers = entry.get("answers") or {}
    question = spec.questions_by_id[entry["question"]]
    if question.type == "multiple" and entry["id"] == question.id:
        item["item"] = [
            dict(
                {"linkId": f"{link}.{fid}", "text": replies.short_label(spec, fid)},
                **({"answer": _answer(spec, fid, answers[fid], ())} if fid in answers else {}),
            )
            for fid in items
        ]
    elif items and items[0] in answers:
        item["answer"] = _answer(spec, items[0], answers[items[0]], medicine_names)
    return item


def questionnaire_response(
    spec: TriageSpec, state: Mapping[str, Any], rid: str, patient: str, when: str, medicine_names: Sequence[str]
) -> Resource:
    items = [
        questionnaire_item(spec, i, entry, medicine_names)
        for i, entry in enumerate(state.get("log") or [], start=1)
        if isinstance(entry, Mapping) and entry.get("question") in spec.questions_by_id
    ]
    return {
        "resourceType": "QuestionnaireResponse",
        "id": rid,
        "status": "completed",
        "subject": _ref(patient),
        "authored": when,
        **({"item": items} if items else {}),
    }


# --------------------------------------------------------------------------
# RiskAssessment and the disposition


def narrative(spec: TriageSpec, result: TriageResult, medicine_names: Sequence[str]) -> Dict[str, str]:
    """The clinician summary of bot/replies.py as the RiskAssessment's XHTML narrative."""
    rows = "".join(
        f"<li><b>{html.escape(heading)}:</b> {html.escape(text)}</li>"
        for heading, text in replies.clinician_summary(spec, result, medicine_names)
    )
    title = html.escape(replies.SUMMARY_TITLE)
    return {"status": "generated", "div": f'<div xmlns="{XHTML}"><p><b>{title}</b></p><ul>{rows}</ul></div>'}


def level_concept(level: str) -> Dict[str, Any]:
    title = replies.level_title(level)
    return {"coding": [_local("level", level, title)], "text": title}


def risk_assessment(
    spec: TriageSpec,
    result: TriageResult,
    rid: str,
    patient: str,
    when: str,
    basis: Sequence[str],
    medicine_names: Sequence[str],
) -> Resource:
    level = {
        "outcome": {"text": "Level of care needed"},
        "qualitativeRisk": level_concept(result.level),
        "rationale": replies.risk_rationale(spec, result),
    }
    causes = [
        {"outcome": {"coding": [_local("cause", c, spec.cause_label(c))], "text": replies.cause_outcome_text(spec, c)}}
        for c in result.possible_causes
    ]
    return {
        "resourceType": "RiskAssessment",
        "id": rid,
        "text": narrative(spec, result, medicine_names),
        "status": "final",
        "method": {"text": f"Back heat triage rules, spec version {result.spec_version}"},
        "subject": _ref(patient),
        "occurrenceDateTime": when,
        "basis": [_ref(b) for b in basis],
        "prediction": [level] + causes,
        "mitigation": spec.level_advice[result.level],
        "note": [{"text": spec.disclaimer}],
    }


def service_request(
    spec: TriageSpec, result: TriageResult, rid: str, patient: str, when: str, assessment: str
) -> Resource:
    return {
        "resourceType": "ServiceRequest",
        "id": rid,
        "status": "active",
        "intent": "proposal",
        "priority": PRIORITY_BY_LEVEL[result.level],
        "code": level_concept(result.level),
        "subject": _ref(patient),
        "authoredOn": when,
        "reasonReference": [_ref(assessment)],
        "patientInstruction": spec.level_advice[result.level],
        "note": [{"text": spec.disclaimer}],
    }


# --------------------------------------------------------------------------
# The bundle


def _timestamp(when: Optional[dt.datetime]) -> str:
    when = when or dt.datetime.now(dt.timezone.utc)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return when.isoformat(timespec="seconds")


def build_bundle(
    spec: TriageSpec, result: TriageResult, state: Any, conversation_id: str, when: Optional[dt.datetime] = None
) -> Resource:
    """The Bundle (type collection) of a decided triage: Patient, QuestionnaireResponse,
    one Observation per finding of ``result``, RiskAssessment and ServiceRequest."""
    state = normalise_state(state)
    names = list(state["medicine_names"])
    stamp = _timestamp(when)
    ids = {key: resource_id(conversation_id, key) for key in ("patient", "answers", "risk", "disposition")}
    patient = {
        "resourceType": "Patient",
        "id": ids["patient"],
        "identifier": [{"system": f"{LOCAL}:conversation", "value": conversation_id}],
    }
    observations = [
        observation(spec, fid, value, resource_id(conversation_id, f"finding:{fid}"), ids["patient"], stamp, names)
        for fid, value in result.findings.items()
    ]
    answers = questionnaire_response(spec, state, ids["answers"], ids["patient"], stamp, names)
    basis = [o["id"] for o in observations] + [ids["answers"]]
    resources = [
        patient,
        answers,
        *observations,
        risk_assessment(spec, result, ids["risk"], ids["patient"], stamp, basis, names),
        service_request(spec, result, ids["disposition"], ids["patient"], stamp, ids["risk"]),
    ]
    return {
        "resourceType": "Bundle",
        "id": resource_id(conversation_id, "bundle"),
        "type": "collection",
        "timestamp": stamp,
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def bundle_for_state(
    spec: TriageSpec, state: Any, conversation_id: str, when: Optional[dt.datetime] = None
) -> Resource:
    """The bundle of an interview state: the engine's result for its findings."""
    state = normalise_state(state)
    return build_bundle(spec, spec.evaluate(state["findings"]), state, conversation_id, when)
