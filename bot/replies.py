"""What the assistant says: the one layer that turns structured results into words.

Pure Python (no Rasa imports). The clinical layer (engine and interview) hands
over ids, states and choices (a ``TriageResult``, an ``Ask``); this module
words them, using the labels and texts of the rules file. It never runs the
engine itself: the caller passes in what the engine decided.

Wording rules of spec section 6 are unit-tested here: never "you have X",
emergency advice first, the safety net and disclaimer on every result, no
advice to change a prescription, reassurance only after the red-flag screen,
unrecognised medicines repeated back as written.
"""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

from bot.clinical.engine import (
    ABSENT,
    EMERGENCY_LEVELS,
    PRESENT,
    UNKNOWN,
    Question,
    Reason,
    TriageResult,
    TriageSpec,
)
from bot.clinical.interview import ANSWER_ENTITY, NONE_CHOICE, Ask

Message = Dict[str, Any]  # {"text": str, "buttons": [...], "custom": {...}}

DESCRIBE_PROMPT = (
    "Please tell me what you are feeling in your back, for example where it is, "
    "what it feels like, since when, and anything else you have noticed."
)
SCREEN_ANYWAY_TEXT = ("I'm not sure I understood, so to be safe let me first ask about a few warning signs. "
                      "You can tell me more about your back at any time.")
ENGLISH_ONLY_TEXT = ("I can only read English, so I may have missed what you wrote. If this could be an emergency, "
                     "call emergency services now (911 / 999 / 112). Otherwise, please answer a few questions about "
                     "warning signs with the buttons below.")
RESTART_TEXT = "All cleared. Let's start again: tell me what you are feeling in your back."
UNCLEAR_PREFIX = "Sorry, I didn't quite get that. "
NO_PERSON_TEXT = "I can't connect you to a person from here, but here is what to do."
YES_NO_LABELS = {PRESENT: "Yes", ABSENT: "No", UNKNOWN: "I don't know"}
NONE_LABELS = {"multiple": "None of these", "free_text": "No medicines"}


# --------------------------------------------------------------------------
# Channels (said by a channel itself; nothing here reaches the dialogue)

# In a Slack channel or Telegram group: health details are not discussed in front of others.
PRIVATE_CHAT_ONLY_TEXT = (
    "Hi! To keep your health information private, I don't do symptom checks in group chats. "
    "Please message me privately and we can go through it there. "
    "If someone is in danger right now, call your local emergency number."
)


def message_too_long_text(limit: int) -> str:
    """A message over the channel's length limit is refused, not cut (the cut part could matter)."""
    return (f"Sorry, that message is too long for me (more than {limit} characters). "
            "Please send it again in a shorter form.")


# --------------------------------------------------------------------------
# Questions


def answer_payload(choice_id: str) -> str:
    """The quick-reply payload for a choice; Rasa parses it without NLU."""
    return "/inform" + json.dumps({ANSWER_ENTITY: choice_id})


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def choice_label(spec: TriageSpec, ask: Ask, choice_id: str) -> str:
    question = spec.questions_by_id[ask.question]
    if choice_id == NONE_CHOICE:
        return NONE_LABELS.get(ask.type, "None")
    if ask.type in ("yes_no", "number") or choice_id == UNKNOWN:
        return YES_NO_LABELS[choice_id]
    if ask.type == "multiple":
        return _capitalise(spec.findings[choice_id].button)
    if ask.type == "duration":
        return question.duration_choices[choice_id][0]
    return spec.findings[question.findings[0]].choices[choice_id]


#: Before a red flag the person's words hinted at (bot/nlu/hints.py), asked alone.
HINTED_PREFACE = "To be safe, I'd like to check one thing first. "


def question_text(spec: TriageSpec, ask: Ask) -> str:
    question: Question = spec.questions_by_id[ask.question]
    preface = HINTED_PREFACE if ask.hinted and not ask.simpler else ""
    if ask.id != question.id:  # one item of a group, asked alone
        text = question.item.format(label=spec.findings[ask.id].label)
        return preface + (text if not ask.simpler else "To be sure, please answer yes, no or I don't know. " + text)
    if ask.type != "multiple":
        return preface + (question.simple if ask.simpler else question.text)
    intro = question.others if ask.others else (question.simple if ask.simpler else question.text)
    return intro + "\n" + "\n".join(f"- {_capitalise(spec.findings[f].label)}" for f in ask.findings)


def question_payload(spec: TriageSpec, ask: Ask) -> Dict[str, Any]:
    """The contract's ``question`` payload."""
    return {
        "id": ask.id,
        "type": ask.type,
        "findings": list(ask.findings),
        "choices": [{"id": cid, "label": choice_label(spec, ask, cid)} for cid in ask.choices],
        "text": question_text(spec, ask),
    }


def question_message(spec: TriageSpec, ask: Ask, unclear: bool = False) -> Message:
    payload = question_payload(spec, ask)
    return {
        "text": (UNCLEAR_PREFIX if unclear else "") + payload["text"],
        "buttons": [{"title": c["label"], "payload": answer_payload(c["id"])} for c in payload["choices"]],
        "custom": {"question": payload},
    }


# --------------------------------------------------------------------------
# Findings in words


def describe_finding(spec: TriageSpec, fid: str, value: Any, medicine_names: Sequence[str] = ()) -> str:
    finding = spec.findings[fid]
    if value == UNKNOWN:
        return f"not sure about {finding.label}"
    if finding.kind == "number":
        return f"{finding.label} {value:g}"
    if finding.kind == "duration":
        days = float(value)
        if days < 1:
            return "it started today"
        return f"it has lasted about {days:g} day{'s' if days != 1 else ''}"
    if finding.kind == "choice":
        return f"{finding.label}: {finding.choices.get(value, value).lower()}"
    if finding.kind == "classes":
        names = [finding.choices[c] for c in value if c in finding.choices and c != finding.unrecognised]
        names += [f"{name} (as you wrote it)" for name in medicine_names]
        return "taking " + _join(names) if names else "no regular medicines"
    return finding.label


def _join(items: Sequence[str], word: str = "and", sep: str = ", ") -> str:
    """"a, b and c"; with sep="; " (items that hold commas): "a; b; or c"."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {word} {items[1]}"
    tail = f"; {word} " if sep == "; " else f" {word} "
    return sep.join(items[:-1]) + tail + items[-1]


def _reason_phrases(spec: TriageSpec, result: TriageResult, reasons: Sequence[Reason],
                    medicine_names: Sequence[str]) -> List[str]:
    phrases: List[str] = []
    for reason in reasons:
        for fid in reason.findings:
            value = result.findings.get(fid)
            if value == UNKNOWN:
                phrase = f"we could not rule out {spec.findings[fid].label}"
            else:
                phrase = describe_finding(spec, fid, value, medicine_names)
            if phrase not in phrases:
                phrases.append(phrase)
    return phrases


def known_summary(spec: TriageSpec, findings: Mapping[str, Any], medicine_names: Sequence[str] = ()) -> List[str]:
    """The findings worth telling a clinician: what is present, unknown or measured."""
    lines = []
    for fid, value in findings.items():
        finding = spec.findings.get(fid)
        if finding is None:
            continue
        if finding.kind == "yes_no" and value not in (PRESENT, UNKNOWN):
            continue
        if finding.kind == "classes" and not value:
            continue
        lines.append(describe_finding(spec, fid, value, medicine_names))
    return lines


# --------------------------------------------------------------------------
# The result


def safety_net_text(spec: TriageSpec, result: TriageResult) -> str:
    """What to watch for, tier by tier, as the engine placed the signs for this person."""
    return " ".join(
        f"{spec.safety_net_intro(level)}: {_join([spec.safety_net_phrase(f) for f in signs], 'or', '; ')}."
        for level, signs in result.safety_net
    )


def medicines_text(medicine_names: Sequence[str]) -> str:
    if not medicine_names:
        return ""
    return (f"You told me you take {_join(list(medicine_names))}. I can't tell how it affects this, "
            "so tell a pharmacist or doctor about it.")


def result_text(spec: TriageSpec, result: TriageResult, medicine_names: Sequence[str] = ()) -> str:
    """The result as one message: advice first, then why, causes, advice, safety net, disclaimer."""
    parts = [spec.level_advice[result.level]]
    deciding = [r for r in result.reasons if r.level == result.level]
    others = [r for r in result.reasons if r.level != result.level]
    if deciding:
        parts.append("I suggest this because of: "
                     + _join(_reason_phrases(spec, result, deciding, medicine_names)) + ".")
    elif spec.is_screen_complete(result.findings):
        parts.append("You did not tell me about any of the warning signs I asked about. "
                     "Many cases of heat or burning in the back have a harmless cause.")
    if others:
        parts.append("Also worth telling a clinician: "
                     + _join(_reason_phrases(spec, result, others, medicine_names)) + ".")
    if result.possible_causes:
        labels = [spec.cause_label(c) for c in result.possible_causes]
        parts.append("A picture like this can be caused by " + _join(labels)
                     + ". Only a clinician who examines you can say what it is.")
    parts.extend(spec.advice_text(a) for a in result.self_care_advice)
    parts.extend(spec.note_text(n) for n in result.notes)
    parts.append(medicines_text(medicine_names))
    parts.append(safety_net_text(spec, result))
    parts.append(spec.disclaimer)
    return "\n\n".join(p for p in parts if p)


def triage_payload(spec: TriageSpec, result: TriageResult, medicine_names: Sequence[str] = ()) -> Dict[str, Any]:
    """The contract's ``triage`` payload (shared/contract.md section 3)."""
    return {
        "level": result.level,
        "advice": spec.level_advice[result.level],
        "reasons": [r.as_dict() for r in result.reasons],
        "possible_causes": list(result.possible_causes),
        "findings": dict(result.findings),
        "medicines_as_written": list(medicine_names),
        "self_care_advice": [spec.advice_text(a) for a in result.self_care_advice],
        "notes": [spec.note_text(n) for n in result.notes],
        "safety_net": safety_net_text(spec, result),
        "disclaimer": spec.disclaimer,
        "spec_version": result.spec_version,
    }


def result_messages(spec: TriageSpec, result: TriageResult, medicine_names: Sequence[str] = ()) -> List[Message]:
    """The result, then the clinician summary to show a doctor or nurse (issue 12)."""
    return [{"text": result_text(spec, result, medicine_names),
             "custom": {"triage": triage_payload(spec, result, medicine_names)}},
            {"text": SHOW_SUMMARY_TEXT + "\n\n" + clinician_summary_text(spec, result, medicine_names)}]


# --------------------------------------------------------------------------
# The clinician summary (issue 12): read in ten seconds. The chat channels send
# it as text; bot/fhir.py puts the same lines in the RiskAssessment's narrative.

SUMMARY_TITLE = "Back heat triage: summary for a clinician"
SHOW_SUMMARY_TEXT = "If you see a doctor or nurse about this, you can show them this summary:"
LEVEL_TITLES = {
    "emergency_ambulance": "Emergency: ambulance now",
    "emergency": "Emergency department now",
    "consultation_24": "See a doctor within 24 hours",
    "consultation": "See a GP or physiotherapist within a few days",
    "self_care": "Self-care at home, with safety-net advice",
}
NOT_A_DIAGNOSIS = "not a diagnosis"
CAUSES_LEAD = "can be caused by"


def short_label(spec: TriageSpec, fid: str) -> str:
    """A finding's short name: its button label when the label is long (else the label as asked)."""
    return spec.findings[fid].button


def level_title(level: str) -> str:
    return LEVEL_TITLES.get(level, level)


def _summary_findings(spec: TriageSpec, findings: Mapping[str, Any], state: str) -> List[str]:
    """Yes/no findings in one state (red flags only when absent: the key negatives)."""
    return [short_label(spec, fid) for fid, value in findings.items()
            if fid in spec.findings and spec.findings[fid].kind == "yes_no" and value == state
            and (state != ABSENT or spec.findings[fid].group == "red_flag")]


def _summary_values(spec: TriageSpec, findings: Mapping[str, Any]) -> List[str]:
    """Age, duration, where and what it feels like, in the summary's words."""
    return [describe_finding(spec, fid, value) for fid, value in findings.items()
            if fid in spec.findings and spec.findings[fid].kind in ("number", "duration", "choice")
            and value != UNKNOWN]


def summary_medicines(spec: TriageSpec, findings: Mapping[str, Any], medicine_names: Sequence[str]) -> str:
    value = findings.get("medications")
    if not isinstance(value, list):
        return "not known"
    finding = spec.findings["medications"]
    names = [finding.choices[c] for c in value if c in finding.choices and c != finding.unrecognised]
    names += [f"{name} (as written)" for name in medicine_names]
    return _join(names) if names else "none"


def summary_reasons(spec: TriageSpec, result: TriageResult, medicine_names: Sequence[str] = ()) -> str:
    """The findings behind the deciding rules, in short words, and the rule ids."""
    deciding = [r for r in result.reasons if r.level == result.level]
    if not deciding:
        return "no warning sign reported"
    phrases: List[str] = []
    for fid in (f for r in deciding for f in r.findings):
        value = result.findings.get(fid)
        if value == UNKNOWN:
            phrase = "not known: " + short_label(spec, fid).lower()
        elif spec.findings[fid].kind == "yes_no":
            phrase = short_label(spec, fid).lower()
        else:
            phrase = describe_finding(spec, fid, value, medicine_names)
        if phrase not in phrases:
            phrases.append(phrase)
    return _join(phrases) + " (rules: " + ", ".join(r.rule for r in deciding) + ")"


def clinician_summary(spec: TriageSpec, result: TriageResult,
                      medicine_names: Sequence[str] = ()) -> List[Tuple[str, str]]:
    """(heading, text) lines: level, reasons, key findings present and absent,
    medicines, what it can be caused by, the disclaimer. Empty parts are left out."""
    findings = result.findings
    present = _summary_findings(spec, findings, PRESENT) + _summary_values(spec, findings)
    causes = [spec.cause_label(c) for c in result.possible_causes]
    lines = [
        ("Level of care", f"{level_title(result.level)} ({result.level})"),
        ("Why", summary_reasons(spec, result, medicine_names)),
        ("Present", "; ".join(present)),
        ("Absent", "; ".join(_summary_findings(spec, findings, ABSENT))),
        ("Not known", "; ".join(_summary_findings(spec, findings, UNKNOWN))),
        ("Medicines", summary_medicines(spec, findings, medicine_names)),
        (_capitalise(CAUSES_LEAD), "; ".join(causes) + f" ({NOT_A_DIAGNOSIS})" if causes else ""),
        ("Note", spec.disclaimer),
    ]
    return [(heading, text) for heading, text in lines if text]


def clinician_summary_text(spec: TriageSpec, result: TriageResult, medicine_names: Sequence[str] = ()) -> str:
    return SUMMARY_TITLE + "\n" + "\n".join(
        f"- {heading}: {text}" for heading, text in clinician_summary(spec, result, medicine_names))


def risk_rationale(spec: TriageSpec, result: TriageResult) -> str:
    """Every rule that fired, with its level and findings (RiskAssessment.prediction.rationale)."""
    if not result.reasons:
        return "No rule fired: the lowest level applies."
    return "Rules fired: " + "; ".join(
        f"{r.rule} ({r.level}: {', '.join(r.findings) or 'no finding'})" for r in result.reasons) + "."


def cause_outcome_text(spec: TriageSpec, cause_id: str) -> str:
    return f"This {CAUSES_LEAD} {spec.cause_label(cause_id)} ({NOT_A_DIAGNOSIS})."


def logged_question_text(spec: TriageSpec, entry: Mapping[str, Any]) -> str:
    """The words of a question of the interview log (as first put, not the simpler retry)."""
    question = spec.questions_by_id[entry["question"]]
    items = tuple(entry.get("items") or ())
    qtype = question.type if entry["id"] == question.id else "yes_no"
    ask = Ask(entry["id"], qtype, items, (), question.id, others=bool(entry.get("others")))
    return question_text(spec, ask)


# --------------------------------------------------------------------------
# Digressions


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


def serious_text(spec: TriageSpec, result: TriageResult, finished: bool, screen_complete: bool) -> str:
    """How serious is it? Reassurance only once the red-flag screen is complete."""
    if result.is_emergency:
        return spec.level_advice[result.level]
    if finished:
        return ("Based on what you told me: " + spec.level_advice[result.level]
                + " I can't say for sure how serious it is; a clinician can.")
    if screen_complete and not result.reasons:
        return ("Many cases of heat or burning in the back have a harmless cause, and you have "
                "not told me about any warning sign so far. A few more questions will let me "
                "give you a clearer answer.")
    return ("I can't tell yet. A few causes need quick care, which is why I ask about "
            "warning signs first; I can give you a clearer answer after a few more "
            "questions. If you feel very unwell, call your emergency number now.")


def causes_text(spec: TriageSpec, result: TriageResult) -> str:
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


def handoff_text(spec: TriageSpec, result: TriageResult, medicine_names: Sequence[str] = ()) -> str:
    lines = [
        NO_PERSON_TEXT,
        "If this could be an emergency, call your emergency number (911 / 999 / 112) now.",
        "Otherwise contact your GP surgery, an urgent care centre, a telehealth "
        "service or a non-emergency medical helpline (such as 111 in the UK).",
    ]
    lines.append("You can show them this summary:\n" + clinician_summary_text(spec, result, medicine_names))
    if result.reasons:
        lines.append("So far my suggestion would be: " + spec.level_advice[result.level])
    lines.append("You can also carry on with my questions by telling me more.")
    return "\n\n".join(lines)


def service_unavailable_text(spec: TriageSpec) -> str:
    """Said by the Rasa server itself when the action server cannot be reached."""
    urgent = [phrase for tier in spec.safety_net if tier.level in EMERGENCY_LEVELS
              for _, phrase in tier.signs]
    return (
        "Sorry, I can't finish the check right now because of a technical problem. "
        "Call your emergency number (911 / 999 / 112) now if you: "
        + _join(urgent, "or", "; ")
        + ". Otherwise please try again in a few minutes or contact a doctor."
    )
