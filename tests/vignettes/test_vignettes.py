"""The vignette suite: written cases played as whole conversations over REST.

Each case of cases.yml is a person with a hidden truth; a scripted person
(vignette_person.py) opens in their own words and answers every `question`
payload until the `triage` payload arrives. Per case the final level is
asserted (expected levels are derived by hand from triage-spec.md, never from
the engine); first-message emergencies must be escalated in the first reply.
`test_targets` prints and asserts the issue's targets over all cases of
cases.yml; the same summary is printed by conftest.py at the end of the run.

The lay vignettes (issue 9, item 4; written without the lexicon or the NLU
data) are played by `test_lay_vignette` (lay_cases_dev.yml, every run) and
`test_lay_vignette_final` (lay_cases_final.yml, the blind set: only with
VIGNETTES_FINAL=1, played once at the end by `make evaluate-blind`). Their
results are kept apart from the main suite's (never in `test_targets`); per
case only "the conversation reaches a result" is asserted (never a dead
end), and for the dev cases that an emergency in the opening is answered in
the first reply; `test_lay_summary` prints exact accuracy, under-/over-triage,
emergencies escalated, first-message emergencies escalated in the first
reply and conversations without a result, per set.

Run: .venv/bin/python -m pytest tests/vignettes -q
     VIGNETTES_FINAL=1 .venv/bin/python -m pytest tests/vignettes -q -s \
         -k "test_lay_vignette_final or test_lay_summary"      # the blind lay set, once
Openings and text answers are sent in words when the model has NLU; a model
without NLU gets them as payloads (VIGNETTE_OPENINGS=text|payload overrides).
"""

from __future__ import annotations

import json
import os
import sys
import uuid

import pytest

from tests.harness import ROOT, api_url, http_json
from vignette_person import (
    EMERGENCY_LEVELS,
    LAY_CASES_PATHS,
    LAY_RESULTS,
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

# The blind lay set is read (and played) only when asked for.
# VIGNETTES_FINAL=1 plays lay_cases_final.yml; VIGNETTES_FINAL=final2 (any other
# blind set of LAY_CASES_PATHS) plays lay_cases_final2.yml; an unknown name is an error.
_ASKED = os.environ.get("VIGNETTES_FINAL", "").strip()
FINAL_SET = "final" if _ASKED == "1" else (_ASKED or None)
if FINAL_SET is not None and (FINAL_SET == "dev" or FINAL_SET not in LAY_CASES_PATHS):
    raise ValueError(f"VIGNETTES_FINAL={_ASKED}: not a blind set of {sorted(set(LAY_CASES_PATHS) - {'dev'})}")
FINAL = FINAL_SET is not None
LAY_CASES = {"dev": load_cases(LAY_CASES_PATHS["dev"]),
             "final": load_cases(LAY_CASES_PATHS[FINAL_SET]) if FINAL_SET else []}
FINAL_SKIP = "the blind lay set (lay_cases_final.yml) is played once, at the end: set VIGNETTES_FINAL=1"


@pytest.fixture(scope="session")
def nlu(servers) -> bool:
    """Whether the model understands words (a model without NLU data parses nothing)."""
    forced = os.environ.get("VIGNETTE_OPENINGS", "").strip().lower()
    if forced in ("text", "payload"):
        SESSION["nlu"] = forced == "text"
        return SESSION["nlu"]
    parsed = http_json("POST", api_url(servers.rasa_url, "/model/parse"),
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


# --------------------------------------------------------------------------
# Lay vignettes (reported, not held to the targets)


def _play_lay(case, rest, nlu, subset: str) -> None:
    outcome = play(case, rest.say, f"lay-{subset}-{case.id}-{uuid.uuid4().hex[:8]}", nlu)
    LAY_RESULTS.setdefault(subset, []).append(outcome)
    SESSION["lay_total"][subset] = len(LAY_CASES[subset])
    # Only the never-a-dead-end requirement is asserted; levels are reported by test_lay_summary.
    # (The blind set's transcripts are not printed: its numbers are reported as they come out.)
    detail = outcome.transcript() if subset == "dev" else f"case {case.id}: {outcome.error}"
    assert outcome.levels, "the conversation never reached a result\n" + detail
    if subset == "dev" and case.emergency_in_opening:
        # Issue 9: an emergency said in lay words in the first message is answered in the first reply.
        assert outcome.first_reply_emergency, "first-message emergency not escalated in the FIRST reply\n" + detail


def _final_params():
    if not FINAL:
        return [pytest.param(None, marks=pytest.mark.skip(reason=FINAL_SKIP), id="not-asked")]
    return [pytest.param(c, id=c.id) for c in LAY_CASES["final"]]


@pytest.mark.parametrize("case", LAY_CASES["dev"], ids=[c.id for c in LAY_CASES["dev"]])
def test_lay_vignette(case, rest, nlu):
    _play_lay(case, rest, nlu, "dev")


@pytest.mark.parametrize("case", _final_params())
def test_lay_vignette_final(case, rest, nlu):
    _play_lay(case, rest, nlu, "final")


@pytest.mark.parametrize("subset", ["dev", "final"])
def test_lay_summary(subset):
    """Prints the lay metrics of a set (after its cases); asserts only that every conversation ended in a result."""
    if subset == "final" and not FINAL:
        pytest.skip(FINAL_SKIP)
    outcomes = LAY_RESULTS.get(subset) or []
    if not outcomes:
        pytest.skip(f"no lay {subset} case was played")
    text = format_summary(outcomes, bool(SESSION.get("nlu")), title=f"Lay vignettes ({subset})", targets=False,
                          details=subset != "final")  # the blind set: numbers only
    if len(outcomes) < len(LAY_CASES[subset]):
        text += f"\n  (partial run: {len(outcomes)} of {len(LAY_CASES[subset])} cases)"
    report = ROOT / "results" / f"vignettes_lay_{subset}.json"
    report.parent.mkdir(exist_ok=True)
    report.write_text(json.dumps(report_json(outcomes, bool(SESSION.get("nlu"))), indent=2))
    print("\n" + text, file=sys.stderr)
    s = summary(outcomes)
    assert s["no_result"] == 0, f"{s['no_result']} conversation(s) without a result\n" + text
