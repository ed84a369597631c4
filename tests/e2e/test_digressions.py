"""Digressions, corrections and bad input inside the interview, over REST.

Every digression is answered and the SAME question (same `question.id`) is
asked again in the same reply; a request for a human or a goodbye ends the
interview; restart forgets everything; a correction after the result sends a
new triage; one message can fill several findings; bad input gets a clear,
safe answer and loses nothing (the next answer to the open question still
works).

Turns are sent as button payloads ("/intent{json}", no NLU needed) and, when
the model has NLU, also in words.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from typing import Any, Dict, List, Optional, Tuple

import pytest

from bot.clinical.engine import default_spec
from tests.harness import api_url, http_json

pytestmark = pytest.mark.e2e

Messages = List[Dict[str, Any]]


# --------------------------------------------------------------------------
# helpers


@pytest.fixture(scope="module")
def nlu(servers) -> bool:
    parsed = http_json("POST", api_url(servers.rasa_url, "/model/parse"), {"text": "why do you ask?"})
    return bool((parsed.get("intent") or {}).get("name"))


def new_sender() -> str:
    return f"digress-{uuid.uuid4().hex[:12]}"


def answer(choice: str) -> str:
    return '/inform{"answer": "%s"}' % choice


def only_question(rest, reply: Messages) -> Dict[str, Any]:
    questions = rest.questions(reply)
    assert len(questions) == 1, f"expected exactly one question, got {questions}: {rest.text(reply)}"
    return questions[0]


def start(rest, opening: str = '/inform{"symptom": "rash"}') -> Tuple[str, Dict[str, Any]]:
    """A new conversation in the interview; returns (sender, the question asked)."""
    user = new_sender()
    reply = rest.say(user, opening)
    return user, only_question(rest, reply)


def state(rest, user: str) -> Tuple[Optional[str], Dict[str, Any], Optional[str]]:
    """(requested_slot, findings, active loop) from the tracker."""
    tracker = rest.tracker(user)
    slots = tracker["slots"]
    findings = (slots.get("interview") or {}).get("findings") or {}
    return slots.get("requested_slot"), findings, (tracker.get("active_loop") or {}).get("name")


def neutral_answer(question: Dict[str, Any]) -> str:
    """An answer to any question that adds no red flag."""
    qtype = question["type"]
    if qtype == "yes_no":
        return answer("absent")
    if qtype in ("multiple", "free_text"):
        return answer("none")
    if qtype == "number":
        return "I'm 30"
    if qtype == "duration":
        return answer("few_days")
    return answer(question["choices"][0]["id"])


def finish(rest, user: str, reply: Messages, limit: int = 30) -> Tuple[Dict[str, Any], List[str]]:
    """Answer neutrally until the result; returns (triage, ids of the questions asked)."""
    asked = []
    for _ in range(limit):
        result = rest.triage(reply)
        if result:
            return result, asked
        question = only_question(rest, reply)
        asked.append(question["id"])
        reply = rest.say(user, neutral_answer(question))
    raise AssertionError(f"no result after {asked}")


def assert_same_question_again(rest, user: str, reply: Messages, question: Dict[str, Any]) -> str:
    """The digression got an answer and the same question follows in the same reply."""
    texts = [m["text"] for m in reply if m.get("text")]
    assert rest.triage(reply) is None, "a digression must not end the interview with a result"
    again = only_question(rest, reply)
    assert again["id"] == question["id"], f"asked {again['id']} instead of {question['id']} again"
    assert len(texts) >= 2 and texts[0] != again["text"], \
        f"the digression was not answered before the question: {texts}"
    requested, _, loop = state(rest, user)
    assert requested == question["id"] and loop == "triage_form"
    return texts[0]


# --------------------------------------------------------------------------
# digressions that come back to the question

DIGRESSIONS = [
    # (payload, words, a piece of the expected answer)
    ("/ask_why", "why do you ask?", None),  # checked against the rationale below
    ("/ask_serious", "is this serious?", ""),
    ("/ask_causes", "what could cause this?", "can be caused"),
    ("/out_of_scope", "what's the weather like in Paris?", "I can only help"),
    ("/bot_challenge", "am I talking to a bot?", "automated assistant"),
    ("/greet", "hello there", "Hello again"),
    ("/thank", "thanks", "welcome"),
]


@pytest.mark.parametrize("payload,words,expected", DIGRESSIONS, ids=[d[0][1:] for d in DIGRESSIONS])
@pytest.mark.parametrize("form", ["payload", "words"])
def test_digression_is_answered_and_the_same_question_is_asked_again(rest, nlu, payload, words,
                                                                      expected, form):
    if form == "words" and not nlu:
        pytest.skip("the model has no NLU")
    user, question = start(rest)
    _, findings_before, _ = state(rest, user)
    reply = rest.say(user, payload if form == "payload" else words)
    first_text = assert_same_question_again(rest, user, reply, question)
    if payload == "/ask_why":
        assert first_text == default_spec().questions_by_id[question["id"]].why
    elif expected:
        assert expected.lower() in first_text.lower(), first_text
    _, findings_after, _ = state(rest, user)
    assert findings_after == findings_before, "a digression changed the findings"
    # The interview goes on: the next answer is read.
    reply = rest.say(user, neutral_answer(question))
    nxt = rest.questions(reply)
    assert rest.triage(reply) or (nxt and nxt[0]["id"] != question["id"])


def test_why_do_you_ask_explains_the_question_being_asked(rest):
    """The rationale follows the question: a later question gets its own rationale."""
    spec = default_spec()
    user, question = start(rest)
    seen = []
    reply = None
    for _ in range(8):
        reply = rest.say(user, "/ask_why")
        text = assert_same_question_again(rest, user, reply, question)
        asked = spec.questions_by_id.get(question["id"]) or spec.question_of_finding[question["id"]]
        assert text == asked.why
        seen.append(question["id"])
        reply = rest.say(user, neutral_answer(question))
        if rest.triage(reply):
            break
        question = only_question(rest, reply)
    assert len(seen) >= 3, seen


def test_why_do_you_ask_after_dont_know_keeps_the_simpler_question(rest):
    user, question = start(rest)
    reply = rest.say(user, "/dont_know")
    simpler = only_question(rest, reply)
    assert simpler["id"] == question["id"] and simpler["text"] != question["text"]
    reply = rest.say(user, "/ask_why")
    assert_same_question_again(rest, user, reply, question)
    # One more "don't know" records it as unknown and moves on.
    reply = rest.say(user, "/dont_know")
    assert only_question(rest, reply)["id"] != question["id"]
    _, findings, _ = state(rest, user)
    assert all(findings.get(f) == "unknown" for f in question["findings"]), findings


def test_digression_naming_a_symptom_is_still_answered(rest, nlu):
    """'why does my back burn like this?' inside the interview: a question about causes,
    with a sensation in it. It must be answered, and the interview must go on."""
    if not nlu:
        pytest.skip("the model has no NLU")
    user, question = start(rest)
    reply = rest.say(user, "what could be causing the burning?")
    texts = rest.text(reply)
    assert "cause" in texts.lower(), "the question about causes was not answered (a digression " \
        "that names a finding is read as an answer instead): " + texts
    assert rest.questions(reply), "the interview must go on after the digression"


# --------------------------------------------------------------------------
# digressions that end the interview


@pytest.mark.parametrize("form", ["payload", "words"])
def test_request_for_a_human_hands_off_with_a_summary_and_ends_the_form(rest, nlu, form):
    if form == "words" and not nlu:
        pytest.skip("the model has no NLU")
    user, question = start(rest, '/inform{"symptom": "rash", "body_location": "lower_back"}')
    reply = rest.say(user, "/request_human" if form == "payload" else "can I talk to a real person?")
    text = rest.text(reply)
    assert rest.questions(reply) == [], "the hand-off must not ask the next question"
    assert rest.triage(reply) is None
    assert any(n in text for n in ("911", "999", "112")), text
    assert "summary" in text.lower(), text
    spec = default_spec()
    assert spec.findings["rash"].label in text, "the summary lists what the person said"
    requested, findings, loop = state(rest, user)
    assert loop is None and requested is None, "the form ends"
    assert findings.get("rash") == "present", "the hand-off keeps the findings"


def test_goodbye_inside_the_interview_ends_it(rest):
    user, _ = start(rest)
    reply = rest.say(user, "/goodbye")
    assert rest.questions(reply) == [] and rest.text(reply).strip()
    requested, _, loop = state(rest, user)
    assert loop is None and requested is None


@pytest.mark.parametrize("form", ["payload", "words"])
def test_restart_clears_the_findings(rest, nlu, form):
    if form == "words" and not nlu:
        pytest.skip("the model has no NLU")
    user, question = start(rest, '/inform{"symptom": ["rash", "fever"]}')
    rest.say(user, answer("none"))
    _, findings, _ = state(rest, user)
    assert findings.get("rash") == "present"
    reply = rest.say(user, "/restart" if form == "payload" else "let's start again from scratch")
    assert rest.text(reply).strip(), "restart is acknowledged"
    assert rest.questions(reply) == [] and rest.triage(reply) is None
    requested, findings, loop = state(rest, user)
    assert findings == {} and requested is None and loop is None
    assert rest.tracker(user)["slots"].get("triage_level") is None
    # A new description starts a new interview from the first question.
    reply = rest.say(user, '/inform{"symptom": "one_sided_band"}')
    again = only_question(rest, reply)
    assert again["id"] == question["id"] == "emergency_signs"
    _, findings, _ = state(rest, user)
    assert findings == {"one_sided_band": "present"}, findings


# --------------------------------------------------------------------------
# corrections and several findings at once


@pytest.mark.parametrize("form", ["payload", "words"])
def test_correction_after_the_result_recomputes_it(rest, nlu, form):
    if form == "words" and not nlu:
        pytest.skip("the model has no NLU")
    user = new_sender()
    reply = rest.say(user, '/inform{"body_location": "lower_back", "duration": "yesterday"}')
    first, _ = finish(rest, user, reply)
    assert first["level"] == "self_care", first
    correction = '/inform{"symptom": "fever"}' if form == "payload" \
        else "actually I do have a fever, I just took my temperature"
    reply = rest.say(user, correction)
    second, asked = finish(rest, user, reply)
    assert second["level"] == "consultation_24", second
    assert second["findings"]["fever"] == "present"
    assert "fever_with_back_pain" in [r["rule"] for r in second["reasons"]]
    assert "fever" not in asked
    assert rest.tracker(user)["slots"]["triage_level"] == "consultation_24"


def test_correction_to_an_emergency_after_the_result_escalates_at_once(rest):
    user = new_sender()
    first, _ = finish(rest, user, rest.say(user, '/inform{"symptom": "rash"}'))
    assert first["level"] == "consultation_24"
    reply = rest.say(user, '/inform{"symptom": "leg_weakness"}')
    result = rest.triage(reply)
    assert result is not None and result["level"] == "emergency", rest.text(reply)
    assert rest.questions(reply) == []


def test_correction_mid_interview_changes_the_finding(rest, nlu):
    """'No rash' first, then 'actually I do have a rash' while another question is open."""
    user, question = start(rest, '/inform{"body_location": "middle_back", "duration": "yesterday"}')
    asked: List[str] = []
    reply = None
    for _ in range(6):  # answer "none" up to the question after the rash was denied
        asked += question["findings"]
        reply = rest.say(user, neutral_answer(question))
        question = only_question(rest, reply)
        _, findings, _ = state(rest, user)
        if findings.get("rash") == "absent":
            break
    assert "rash" in asked
    reply = rest.say(user, '/inform{"symptom": "rash"}' if not nlu else "oh wait, actually I do have a rash")
    _, findings, _ = state(rest, user)
    assert findings.get("rash") == "present", findings
    result, _ = finish(rest, user, reply)
    assert result["level"] == "consultation_24"
    assert result["findings"]["rash"] == "present"


@pytest.mark.parametrize("form", ["payload", "words"])
def test_one_message_with_several_findings_fills_them_all(rest, nlu, form):
    if form == "words" and not nlu:
        pytest.skip("the model has no NLU")
    user = new_sender()
    message = '/inform{"symptom": ["rash", "urinary_symptoms", "night_sweats"], "body_location": "flank"}' \
        if form == "payload" else \
        "I've got a rash on my side under the ribs, it stings when I pee and I get night sweats"
    reply = rest.say(user, message)
    _, findings, _ = state(rest, user)
    for fid in ("rash", "urinary_symptoms", "night_sweats"):
        assert findings.get(fid) == "present", findings
    assert findings.get("location") == "flank", findings
    asked_findings: List[str] = []
    for _ in range(30):
        if rest.triage(reply):
            break
        question = only_question(rest, reply)
        asked_findings += question["findings"]
        assert question["id"] != "location"
        reply = rest.say(user, neutral_answer(question))
    result = rest.triage(reply)
    assert result and result["level"] == "consultation_24"
    assert not {"rash", "urinary_symptoms", "night_sweats", "location"} & set(asked_findings)
    assert {"possible_kidney_infection", "possible_shingles", "systemic_warning_signs"} <= \
        {r["rule"] for r in result["reasons"]}


def test_an_answer_that_also_names_a_finding_fills_both(rest):
    user, question = start(rest)
    assert question["id"] == "emergency_signs"
    reply = rest.say(user, '/inform{"answer": "none", "symptom": "fever"}')
    _, findings, _ = state(rest, user)
    assert findings.get("fever") == "present"
    assert all(findings.get(f) == "absent" for f in question["findings"])
    nxt = only_question(rest, reply)
    assert nxt["id"] != "emergency_signs"
    result, asked = finish(rest, user, reply)
    assert result["level"] == "consultation_24"


# --------------------------------------------------------------------------
# bad input: a clear, safe answer, and nothing lost


def assert_nothing_lost(rest, user: str, question: Dict[str, Any], findings_before: Dict[str, Any]):
    requested, findings, loop = state(rest, user)
    assert loop == "triage_form" and requested == question["id"], (requested, loop)
    for fid, value in findings_before.items():
        assert findings.get(fid) == value, f"{fid} changed from {value} to {findings.get(fid)}"
    # The open question still takes its answer.
    reply = rest.say(user, neutral_answer(question))
    nxt = rest.questions(reply)
    assert rest.triage(reply) or (nxt and nxt[0]["id"] != question["id"]), rest.text(reply)


def assert_clear_answer(rest, reply: Messages) -> str:
    text = rest.text(reply).strip()
    assert reply and text, "no answer at all (silence)"
    assert rest.triage(reply) is None, "bad input must not produce a result"
    return text


BAD_INPUTS = {
    "empty": "",
    "whitespace": "   \n\t ",
    "ten_thousand_characters": ("lorem ipsum dolor sit amet consectetur " * 300)[:10000],
    "emoji_only": "\U0001F525\U0001F525\U0001F62B",
    "spanish": "Hola, ¿me puede ayudar? No entiendo bien el inglés.",
    "german": "Entschuldigung, sprechen Sie Deutsch? Ich verstehe das nicht.",
    "html_and_sql": "<script>alert(1)</script>'; DROP TABLE events; --",
    "broken_payload": '/inform{"answer": ',
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_inside_the_interview_gets_a_safe_answer_and_loses_nothing(rest, name):
    user, question = start(rest, '/inform{"symptom": "rash", "body_location": "middle_back"}')
    reply = rest.say(user, answer("none"))  # one answer in, so there is state to lose
    question = only_question(rest, reply)
    _, findings_before, _ = state(rest, user)
    reply = rest.say(user, BAD_INPUTS[name])
    text = assert_clear_answer(rest, reply)
    if rest.questions(reply):
        asked = rest.questions(reply)[-1]
        hint = " (the bad input was taken as an answer: a bare 'yes' splits an 'any of these?' " \
            "question into single ones)" if asked["id"] in question["findings"] else ""
        assert asked["id"] == question["id"], \
            f"the open question {question['id']} must be asked again, not {asked['id']}{hint}"
    assert len(text) < 5000, "the answer is short and clear"
    assert_nothing_lost(rest, user, question, findings_before)


def test_foreign_language_first_message_is_answered_safely(rest):
    """A description in Spanish: the bot cannot triage it, but must not stay silent or guess."""
    user = new_sender()
    reply = rest.say(user, "Me arde la espalda desde hace tres días")
    text = assert_clear_answer(rest, reply)
    assert text


def test_unknown_sender_ids_get_a_normal_conversation(rest):
    # An answer from a conversation the server has never seen: no question is open.
    user = new_sender()
    reply = rest.say(user, answer("present"))
    text = rest.text(reply).strip()
    assert reply and text, "an answer with no open question still gets a reply"
    assert rest.triage(reply) is None
    # Odd but valid ids (1-128 of A-Z a-z 0-9 . _ : @ -) work like any other.
    for odd in ("user@example.org-", "a.b_c:d-", "telehealth:visit-", "x" * 120):
        reply = rest.say(odd + uuid.uuid4().hex[:6], '/inform{"symptom": "rash"}')
        assert only_question(rest, reply)["id"] == "emergency_signs"
    # Other ids are refused before they reach a conversation.
    url = f"{rest.base_url}/webhooks/rest/webhook"
    for bad in ("ünïcødé-sender-ß", "x" * 300, "sender with spaces", "../../etc/passwd"):
        status, body = post_raw(url, json.dumps({"sender": bad, "message": "hello"}).encode())
        assert status == 400 and "sender" in body, (bad, status, body[:200])


def post_raw(url: str, body: bytes, content_type: str = "application/json") -> Tuple[int, str]:
    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")


MALFORMED = {
    "truncated_json": b'{"sender": "x", "message": ',
    "not_json": b"hello there",
    "json_list": b'["sender", "message"]',
    "missing_message": b'{"sender": "malformed-missing-message"}',
    "message_not_a_string": b'{"sender": "malformed-number", "message": {"text": 5}}',
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_malformed_requests_get_a_4xx_and_the_server_keeps_answering(rest, name):
    url = f"{rest.base_url}/webhooks/rest/webhook"
    user, question = start(rest)
    _, findings_before, _ = state(rest, user)
    status, body = post_raw(url, MALFORMED[name])
    assert 400 <= status < 500, f"{name}: HTTP {status}: {body[:300]}"
    # The server is still up and the open interview is intact.
    assert_nothing_lost(rest, user, question, findings_before)
    user2, first = start(rest)
    assert first["id"] == "emergency_signs"


# --------------------------------------------------------------------------
# one action-server call per turn


def _action_server_calls_per_turn(tracker: Dict[str, Any]) -> List[Tuple[str, List[str]]]:
    """(user text, the actions that called the action server) for every user turn.

    Calls are read from the tracker: each custom action executed (the form
    calls validate_triage_form), and each rejected run of the form (it called
    the action server too)."""
    import yaml

    from tests.harness import ROOT

    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    custom = set(domain["actions"]) | set(domain["forms"])
    turns: List[Tuple[str, List[str]]] = []
    for event in tracker["events"]:
        if event["event"] == "user":
            turns.append((event.get("text") or "", []))
        elif turns and event["event"] == "action" and event["name"] in custom:
            turns[-1][1].append(event["name"])
        elif turns and event["event"] == "action_execution_rejected":
            turns[-1][1].append(f"{event['name']} (rejected)")
    return turns


def test_every_interview_turn_makes_one_action_server_call(rest, nlu):
    """Digressions in the interview are answered by the form itself: no rule
    bounce (rejected form, digression action, form again)."""
    digressions = ["/ask_why", "/ask_serious", "/ask_causes", "/out_of_scope", "/bot_challenge", "/greet",
                   "/thank"]
    if nlu:
        digressions += ["why do you ask?", "is this serious?", "am I talking to a bot?", "thanks"]
    user, _ = start(rest)
    reply: Messages = []
    for digression in digressions:
        reply = rest.say(user, digression)
        # (A question put MAX_ASKS times is recorded unknown and the next one follows.)
        assert only_question(rest, reply) and not rest.triage(reply)
    result, _ = finish(rest, user, reply)
    assert result, "the interview ended with a result"

    turns = _action_server_calls_per_turn(rest.tracker(user))
    *interview, last = turns
    assert len(interview) >= 1 + len(digressions)
    for text, calls in interview:
        assert calls == ["triage_form"], f"{text!r}: action-server calls {calls}"
    # The last answer ends the form, and the result follows as its own action.
    assert last[1] == ["triage_form", "action_triage_result"], last
