"""The vignette suite: written cases played as whole conversations over REST.

Each case of cases.yml is a person with a hidden truth; a scripted person
(vignette_person.py) opens in their own words and answers every `question`
payload until the `triage` payload arrives. Per case the final level is
asserted (expected levels are derived by hand from triage-spec.md, never from
the engine); first-message emergencies must be escalated in the first reply.
`test_targets` (last) prints and asserts the issue's targets over all cases;
the same summary is printed by conftest.py at the end of the run.

Run: .venv/bin/python -m pytest tests/vignettes -q
Openings and text answers are sent in words when the model has NLU; a model
without NLU gets them as payloads (VIGNETTE_OPENINGS=text|payload overrides).
"""

from __future__ import annotations

import json
import os
import sys
import uuid

import pytest

from tests.harness import ROOT, http_json
from vignette_person import (
    EMERGENCY_LEVELS,
    RESULTS,
    SESSION,
    format_summary,
    load_cases,
    play,
    report_json,
    summary,
)

pytestmark = pytest.mark.e2e

CASES = load_cases()
REPORT = ROOT / "results" / "vignettes.json"


@pytest.fixture(scope="session")
def nlu(servers) -> bool:
    """Whether the model understands words (a model without NLU data parses nothing)."""
    forced = os.environ.get("VIGNETTE_OPENINGS", "").strip().lower()
    if forced in ("text", "payload"):
        SESSION["nlu"] = forced == "text"
        return SESSION["nlu"]
    parsed = http_json("POST", f"{servers.rasa_url}/model/parse",
                       {"text": "my lower back is burning and I have a fever"})
    SESSION["nlu"] = bool((parsed.get("intent") or {}).get("name"))
    return SESSION["nlu"]


def test_cases_file_is_complete():
    """At least 45 cases covering every level, both kinds of emergency, and the scenarios."""
    assert len(CASES) >= 45
    levels = {c.expected for c in CASES}
    assert levels == {"emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care"}
    for level in levels:
        assert sum(c.expected == level for c in CASES) >= 5, level
    assert sum(c.emergency_in_opening for c in CASES) >= 5
    assert sum(c.is_emergency and not c.emergency_in_opening for c in CASES) >= 5
    assert any(c.dont_know and max(c.dont_know.values()) >= 2 for c in CASES)
    assert any(c.misreport for c in CASES), "corrections"
    assert any(v == "absent" for c in CASES for v in c.says.values()), "negations in openings"
    assert sum(c.mode == "text" for c in CASES) >= 15 and sum(c.mode == "buttons" for c in CASES) >= 15


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_vignette(case, rest, nlu):
    outcome = play(case, rest.say, f"vignette-{case.id}-{uuid.uuid4().hex[:8]}", nlu)
    RESULTS.append(outcome)
    SESSION["total"] = len(CASES)
    transcript = outcome.transcript()
    assert outcome.error is None, transcript
    if case.emergency_in_opening:
        assert outcome.first_reply_emergency, "first-message emergency not escalated in the FIRST reply " \
            "(with no question)\n" + transcript
    if case.expected_first:
        assert len(outcome.levels) >= 2, "the correction did not produce a new triage\n" + transcript
        assert outcome.levels[0] == case.expected_first, transcript
    assert outcome.level == case.expected, transcript
    if case.expected in EMERGENCY_LEVELS:
        assert not [p for p in outcome.problems if "emergency advice" in p], transcript


def test_targets(nlu):
    """The issue's targets over the whole suite (runs last; needs every case played)."""
    if len({o.case.id for o in RESULTS}) < len(CASES):
        pytest.skip("only part of the suite was played (targets need every case)")
    text = format_summary(RESULTS, nlu)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report_json(RESULTS, nlu), indent=2))
    print("\n" + text, file=sys.stderr)
    s = summary(RESULTS)
    failures = []
    if s["emergencies_escalated"] != s["emergencies"]:
        failures.append("not every emergency was escalated")
    if s["first_reply_escalated"] != s["first_message_emergencies"]:
        failures.append("not every first-message emergency was escalated in the first reply")
    if s["under"]:
        failures.append("under-triage")
    if s["accuracy_pct"] < 95.0:
        failures.append("exact accuracy below 95%")
    if s["median_questions_non_emergency"] is None or s["median_questions_non_emergency"] > 10:
        failures.append("median questions for non-emergencies above 10")
    assert not failures, "; ".join(failures) + "\n" + text + f"\n(details: {REPORT})"
