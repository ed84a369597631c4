"""POST /webhooks/telehealth/fhir against the running Rasa server (issue 12): a portal
round trip. Signed messages in, the triage out as a schema-valid FHIR R4 Bundle
whose Observations match the `triage` payload's findings one to one; 409 while
the interview runs, 404 for an unknown conversation, 401 when not signed."""

from __future__ import annotations

import json
import uuid
from typing import Any, Dict, List

import pytest
from fhir.resources.bundle import Bundle

from bot import fhir
from bot.channels.telehealth import signed_headers
from tests.channels.fakes import Answer, post

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def secret(channel_env: Dict[str, str]) -> str:
    return channel_env["TELEHEALTH_WEBHOOK_SECRET"]


@pytest.fixture(scope="module")
def urls(rasa_url: str) -> Dict[str, str]:
    base = f"{rasa_url}/webhooks/telehealth"
    return {"message": f"{base}/webhook", "fhir": f"{base}/fhir"}


def say(urls: Dict[str, str], secret: str, user: str, message: str) -> List[Dict[str, Any]]:
    body = json.dumps({"sender": user, "message": message}).encode()
    answer = post(urls["message"], body, signed_headers(secret, body))
    assert answer.status == 200, answer
    return answer.json()


def ask_bundle(urls: Dict[str, str], secret: str, user: str) -> Answer:
    # A request id: asking twice within one second is two requests, not a replay (409).
    body = json.dumps({"sender": user, "request_id": uuid.uuid4().hex}).encode()
    return post(urls["fhir"], body, signed_headers(secret, body))


def triage_of(messages: List[Dict[str, Any]]) -> Dict[str, Any]:
    (found,) = [m["custom"]["triage"] for m in messages if "triage" in (m.get("custom") or {})]
    return found


def finding_ids(bundle: Dict[str, Any]) -> List[str]:
    return sorted(
        c["code"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] == "Observation"
        for c in e["resource"]["code"]["coding"]
        if c["system"] == f"{fhir.LOCAL}:finding"
    )


def test_a_portal_round_trip_gets_a_valid_bundle_once_the_triage_is_decided(urls, secret):
    user = f"portal-fhir-{uuid.uuid4().hex[:10]}"
    first = say(urls, secret, user, '/inform{"symptom": "rash"}')
    assert [m for m in first if "question" in (m.get("custom") or {})], first
    running = ask_bundle(urls, secret, user)
    assert running.status == 409, (running.status, running.body)

    decided = say(urls, secret, user, '/inform{"answer": "chest_pain"}')  # an emergency: decided at once
    triage = triage_of(decided)
    answer = ask_bundle(urls, secret, user)
    assert answer.status == 200, (answer.status, answer.body)
    headers = {name.lower(): value for name, value in answer.headers.items()}
    assert headers["content-type"].startswith("application/fhir+json")
    bundle = answer.json()
    Bundle.parse_obj(bundle)  # schema-valid FHIR R4
    assert finding_ids(bundle) == sorted(triage["findings"])
    (risk,) = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "RiskAssessment"]
    assert risk["prediction"][0]["qualitativeRisk"]["coding"][0]["code"] == triage["level"] == "emergency_ambulance"
    (request,) = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "ServiceRequest"]
    assert request["priority"] == "stat"
    (answers,) = [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "QuestionnaireResponse"]
    assert answers["item"][0]["linkId"] == "1.emergency_signs"
    # The chat got the same summary with the result.
    assert any(m.get("text", "").startswith("If you see a doctor") for m in decided)


def test_an_unknown_conversation_is_404(urls, secret):
    answer = ask_bundle(urls, secret, f"never-seen-{uuid.uuid4().hex[:10]}")
    assert answer.status == 404, (answer.status, answer.body)


def test_an_unsigned_or_malformed_request_is_refused(urls, secret):
    body = json.dumps({"sender": "anyone"}).encode()
    assert post(urls["fhir"], body).status == 401
    tampered = signed_headers(secret, body)
    assert post(urls["fhir"], b'{"sender": "someone-else"}', tampered).status == 401
    bad = b'{"conversation": "x"}'
    assert post(urls["fhir"], bad, signed_headers(secret, bad)).status == 400
