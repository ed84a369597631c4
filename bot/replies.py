"""What the assistant says: questions, results and answers to digressions.

Pure Python (no Rasa imports), so the wording rules of spec section 6 are
unit-tested here: never "you have X", emergency advice first, the disclaimer
on every result, no advice to change a prescription.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional

from bot.clinical.engine import EMERGENCY_LEVELS, PRESENT, UNKNOWN, TriageResult, TriageSpec
from bot.clinical.interview import ANSWER_ENTITY, Ask, State

Message = Dict[str, Any]  # {"text": str, "buttons": [...], "custom": {...}}

DESCRIBE_PROMPT = (
    "Please tell me what you are feeling in your back, for example where it is, "
    "what it feels like, since when, and anything else you have noticed."
)
RESTART_TEXT = "All cleared. Let's start again: tell me what you are feeling in your back."


def answer_payload(choice_id: str) -> str:
    """The quick-reply payload for a choice; Rasa parses it without NLU."""
    return "/inform" + json.dumps({ANSWER_ENTITY: choice_id})


def question_message(ask: Ask, unclear: bool = False) -> Message:
    text = ask.text
    if unclear:
        text = "Sorry, I didn't quite get that. " + text
    return {
        "text": text,
        "buttons": [{"title": label, "payload": answer_payload(cid)} for cid, label in ask.choices],
        "custom": {"question": ask.as_payload()},
    }


def describe_finding(spec: TriageSpec, fid: str, value: Any) -> str:
    finding = spec.findings[fid]
    if value == UNKNOWN:
        return f"not sure about {finding.label}"
    if fid == "age":
        return f"your age ({value:g})"
    if fid == "duration":
        days = float(value)
        if days < 1:
            return "it started today"
        return f"it has lasted about {days:g} day{'s' if days != 1 else ''}"
    if finding.kind == "choice":
        return f"{finding.label}: {finding.choices.get(value, value).lower()}"
    if finding.kind == "classes":
        names = [finding.choices[c] for c in value if c in finding.choices]
        return "taking " + " and ".join(names) if names else "no medicines that matter here"
    return finding.label


def _join(items: List[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _reason_phrases(spec: TriageSpec, result: TriageResult, reasons) -> List[str]:
    phrases: List[str] = []
    for reason in reasons:
        for fid in reason.findings:
            value = result.findings.get(fid)
            if reason.rule == "unknown_red_flag":
                phrase = f"we could not rule out {spec.findings[fid].label}"
            else:
                phrase = describe_finding(spec, fid, value)
            if phrase not in phrases:
                phrases.append(phrase)
    return phrases


def result_text(spec: TriageSpec, result: TriageResult) -> str:
    """The result as one message: advice first, then why, causes, advice, safety net."""
    parts = [result.advice]
    deciding = [r for r in result.reasons if r.level == result.level]
    others = [r for r in result.reasons if r.level != result.level]
    if deciding:
        parts.append("I suggest this because of: " + _join(_reason_phrases(spec, result, deciding)) + ".")
    else:
        parts.append("Nothing you told me points to a need to see a doctor right now.")
    if others:
        parts.append("Also worth telling a clinician: " + _join(_reason_phrases(spec, result, others)) + ".")
    if result.possible_causes:
        labels = [spec.cause_label(c) for c in result.possible_causes]
        parts.append(
            "A picture like this can be caused by " + _join(labels)
            + ". Only a clinician who examines you can say what it is."
        )
    parts.extend(result.self_care_advice)
    parts.extend(result.notes)
    if result.level not in EMERGENCY_LEVELS:
        parts.append(result.safety_net)
    parts.append(result.disclaimer)
    return "\n\n".join(p for p in parts if p)


def result_messages(spec: TriageSpec, result: TriageResult) -> List[Message]:
    return [{"text": result_text(spec, result), "custom": {"triage": result.as_payload()}}]


def why_text(spec: TriageSpec, question_id: Optional[str]) -> str:
    """The rationale of the question being asked."""
    question = spec.questions_by_id.get(question_id or "")
    if question is None and question_id in spec.question_of_finding:
        question = spec.question_of_finding[question_id]
    if question is None:
        return (
            "I ask about the most dangerous signs first, then about your health "
            "and the symptom itself, so I can suggest how soon to get care."
        )
    return question.why


def known_summary(spec: TriageSpec, findings: Mapping[str, Any]) -> List[str]:
    """The findings worth telling a clinician: what is present, unknown or measured."""
    lines = []
    for fid, value in findings.items():
        finding = spec.findings.get(fid)
        if finding is None:
            continue
        if finding.kind == "yes_no" and value != PRESENT and value != UNKNOWN:
            continue
        if finding.kind == "classes" and not value:
            continue
        lines.append(describe_finding(spec, fid, value))
    return lines


def serious_text(spec: TriageSpec, state: State, finished: bool) -> str:
    result = spec.evaluate(state["findings"])
    if result.is_emergency:
        return result.advice
    if finished:
        return (
            "Based on what you told me: " + result.advice
            + " I can't say for sure how serious it is; a clinician can."
        )
    return (
        "Most back heat or burning has a harmless cause, but a few causes need "
        "quick care, which is why I ask about warning signs first. I can give "
        "you a clearer answer after a few more questions. If you feel very "
        "unwell, call your emergency number now."
    )


def causes_text(spec: TriageSpec, state: State) -> str:
    result = spec.evaluate(state["findings"])
    if not result.possible_causes:
        return (
            "Heat or burning in the back can be caused by many things, from a "
            "strained muscle or warm bedding to an irritated nerve, shingles or "
            "an infection. Your answers help narrow it down."
        )
    labels = [spec.cause_label(c) for c in result.possible_causes]
    return (
        "From what you have told me so far, this can be caused by " + _join(labels)
        + ". This is not a diagnosis; a clinician can tell you more."
    )


def handoff_text(spec: TriageSpec, state: State) -> str:
    result = spec.evaluate(state["findings"])
    summary = known_summary(spec, result.findings)
    lines = [
        "I can't connect you to a person from here, but here is what to do.",
        "If this could be an emergency, call your emergency number (911 / 999 / 112) now.",
        "Otherwise contact your GP surgery, an urgent care centre, a telehealth "
        "service or a non-emergency medical helpline (such as 111 in the UK).",
    ]
    if summary:
        lines.append("You can show them this summary: " + "; ".join(summary) + ".")
    if result.reasons:
        lines.append("So far my suggestion would be: " + result.advice)
    lines.append("You can also carry on with my questions by telling me more.")
    return "\n\n".join(lines)


def service_unavailable_text(spec: TriageSpec) -> str:
    """Said by the Rasa server itself when the action server cannot be reached."""
    # Findings that on their own call for emergency care.
    urgent = [f.label for fid, f in spec.findings.items()
              if f.kind == "yes_no" and spec.level_of({fid: PRESENT}) in EMERGENCY_LEVELS]
    return (
        "Sorry, I can't finish the check right now because of a technical problem. "
        "Call your emergency number (911 / 999 / 112) now if you have any of these: "
        + "; ".join(urgent)
        + ". Otherwise please try again in a few minutes or contact a doctor."
    )
