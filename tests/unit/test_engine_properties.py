"""Property-based tests of the triage engine (hypothesis).

- Making a yes/no finding `present` never lowers the level of care.
- Turning a `present` finding into `absent` never raises it.
- The engine never raises, whatever it is given; clean() drops what is not
  well-formed.

The spec itself makes some findings protective: their presence switches a rule
off (`external_heat_source` switches off persistent_symptoms, `back_history`
switches off new_pain_over_50). The engine derives that set from the rules
(`spec.protective_findings()`); the monotonic properties hold for every other
finding, and the set is pinned below so that a new exception is a visible
decision.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.clinical.engine import ABSENT, PRESENT, UNKNOWN, default_spec

SPEC = default_spec()
PROTECTIVE = set(SPEC.protective_findings())
YES_NO = SPEC.yes_no_findings()
MONOTONIC = [f for f in YES_NO if f not in PROTECTIVE]
MED_CLASSES = sorted(SPEC.findings["medications"].choices)

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def rank(findings) -> int:
    return SPEC.rank(SPEC.evaluate(findings).level)


def valid_value(fid: str) -> st.SearchStrategy:
    finding = SPEC.findings[fid]
    if finding.kind == "yes_no":
        return st.sampled_from([PRESENT, ABSENT, UNKNOWN])
    if finding.kind in ("number", "duration"):
        return st.one_of(
            st.integers(0, 120),
            st.floats(0, 400, allow_nan=False),
            st.sampled_from([2, 3, 13, 14, 49, 50]),
            st.just(UNKNOWN),
        )
    if finding.kind == "choice":
        return st.sampled_from(list(finding.choices) + [UNKNOWN])
    # classes (medications): lists of class ids (with names the spec does not know), or unknown
    return st.one_of(
        st.lists(st.sampled_from(MED_CLASSES + ["ibuprofen", "paracetamol"]), max_size=4),
        st.just(UNKNOWN),
    )


FINDINGS = st.fixed_dictionaries({}, optional={fid: valid_value(fid) for fid in SPEC.findings})

GARBAGE_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from([PRESENT, ABSENT, UNKNOWN, "Present", "yes", "no", "", "flank", "antidepressant"]),
    st.lists(st.one_of(st.none(), st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2)),
             max_size=3),
    st.tuples(st.text(max_size=5)),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sets(st.integers(), max_size=2),
)
GARBAGE_KEY = st.one_of(st.sampled_from(list(SPEC.findings)), st.text(max_size=12))
GARBAGE_FINDINGS = st.dictionaries(GARBAGE_KEY, st.one_of(GARBAGE_VALUE, st.deferred(lambda: FINDING_VALUE)),
                                   max_size=12)
FINDING_VALUE = st.sampled_from(list(SPEC.findings)).flatmap(valid_value)


# --------------------------------------------------------------------------
# (a) making a yes/no finding present never lowers the level


@SETTINGS
@given(findings=FINDINGS, fid=st.sampled_from(MONOTONIC), missing=st.booleans())
def test_making_a_finding_present_never_lowers_the_level(findings, fid, missing):
    """From not known or absent to present."""
    before = dict(findings)
    if missing:
        before.pop(fid, None)
    else:
        before[fid] = ABSENT
    after = {**before, fid: PRESENT}
    assert rank(after) <= rank(before), (fid, SPEC.evaluate(before).level, SPEC.evaluate(after).level)


# unknown -> present: urinary_symptoms is an open question (see the xfail below).
UNKNOWN_TO_PRESENT_OPEN = {"urinary_symptoms"}


@SETTINGS
@given(findings=FINDINGS, fid=st.sampled_from([f for f in MONOTONIC if f not in UNKNOWN_TO_PRESENT_OPEN]))
def test_making_an_unknown_finding_present_never_lowers_the_level(findings, fid):
    before = {**findings, fid: UNKNOWN}
    after = {**findings, fid: PRESENT}
    assert rank(after) <= rank(before), (fid, SPEC.evaluate(before).level, SPEC.evaluate(after).level)


@pytest.mark.xfail(strict=True, reason=(
    "Open question for the lead: with the spec as written, urinary_symptoms 'unknown' fires "
    "unknown_red_flag (consultation) but 'present' fires nothing unless location is flank or "
    "lower_back, so learning that the symptom IS present lowers the level to self_care."))
def test_urinary_symptoms_unknown_to_present_does_not_lower_the_level():
    before = {"urinary_symptoms": UNKNOWN, "location": "upper_back"}
    after = {"urinary_symptoms": PRESENT, "location": "upper_back"}
    assert rank(after) <= rank(before)


# --------------------------------------------------------------------------
# (b) turning a present finding into absent never raises the level


@SETTINGS
@given(findings=FINDINGS, fid=st.sampled_from(MONOTONIC))
def test_turning_a_present_finding_absent_never_raises_the_level(findings, fid):
    before = {**findings, fid: PRESENT}
    after = {**findings, fid: ABSENT}
    assert rank(after) >= rank(before), (fid, SPEC.evaluate(before).level, SPEC.evaluate(after).level)


# Numbers and classes grow in one direction too.


@SETTINGS
@given(findings=FINDINGS, fid=st.sampled_from(["age", "duration"]),
       low=st.floats(0, 120, allow_nan=False), extra=st.floats(0, 120, allow_nan=False))
def test_a_larger_age_or_duration_never_lowers_the_level(findings, fid, low, extra):
    high = min(low + extra, SPEC.findings[fid].maximum)  # beyond the valid range a value is dropped
    assert rank({**findings, fid: high}) <= rank({**findings, fid: low})


@SETTINGS
@given(findings=FINDINGS, med=st.sampled_from(MED_CLASSES))
def test_adding_a_medication_class_never_lowers_the_level(findings, med):
    known = findings.get("medications")
    known = known if isinstance(known, list) else []
    assert rank({**findings, "medications": known + [med]}) <= rank({**findings, "medications": known})


# --------------------------------------------------------------------------
# The protective findings: exactly these two, each with its counter-example.


def test_the_protective_findings_are_exactly_the_two_of_the_spec():
    assert PROTECTIVE == {"external_heat_source", "back_history"}


def test_external_heat_source_present_lowers_persistent_symptoms():
    before = {"duration": 3, "external_heat_source": ABSENT}
    after = {"duration": 3, "external_heat_source": PRESENT}
    assert SPEC.evaluate(before).level == "consultation"
    assert SPEC.evaluate(after).level == "self_care"


def test_back_history_present_lowers_new_pain_over_50():
    before = {"age": 50, "back_history": ABSENT}
    after = {"age": 50, "back_history": PRESENT}
    assert SPEC.evaluate(before).level == "consultation"
    assert SPEC.evaluate(after).level == "self_care"


# --------------------------------------------------------------------------
# (c) the engine never raises


def well_formed(fid: str, value: Any) -> bool:
    finding = SPEC.findings[fid]
    if value == UNKNOWN:
        return True
    if finding.kind == "yes_no":
        return value in (PRESENT, ABSENT)
    if finding.kind in ("number", "duration"):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if finding.kind == "choice":
        return isinstance(value, str) and value in finding.choices
    return isinstance(value, list) and all(isinstance(v, str) and v in finding.choices for v in value)


@SETTINGS
@given(findings=GARBAGE_FINDINGS)
def test_evaluate_never_raises_and_clean_drops_garbage(findings):
    result = SPEC.evaluate(findings)
    assert result.level in SPEC.levels
    for fid, value in result.findings.items():
        assert fid in SPEC.findings
        assert well_formed(fid, value), (fid, value)
    assert SPEC.clean(findings) == dict(result.findings)
    assert SPEC.evaluate(result.findings).level == result.level
    result.as_payload()


@pytest.mark.parametrize("findings", [
    None, {}, {"fever": None}, {"fever": True}, {"fever": 1}, {"fever": "yes"}, {"no_such": PRESENT},
    {"age": "fifty"}, {"age": True}, {"age": None}, {"age": float("nan")}, {"duration": [3]},
    {"location": "kidney"}, {"location": None}, {"location": ["flank"]}, {"location": {"flank": 1}},
    {"sensation": []}, {"medications": "antidepressant"}, {"medications": None},
    {"medications": [None, 3, "antidepressant"]}, {"medications": [["antidepressant"]]},
    {"medications": [{"x": 1}]}, {"medications": {"antidepressant": 1}},
], ids=repr)
def test_evaluate_never_raises_on_garbage_examples(findings):
    result = SPEC.evaluate(findings)
    for fid, value in result.findings.items():
        assert well_formed(fid, value), (fid, value)


def test_clean_keeps_well_formed_values_and_drops_the_rest():
    cleaned = SPEC.clean({
        "fever": PRESENT, "rash": "yes", "age": 52, "duration": 2.5, "location": "flank",
        "sensation": "hot", "medications": ["antidepressant", "ibuprofen", "antidepressant"],
        "no_such": PRESENT, "chest_pain": UNKNOWN, "age_typo": 3,
    })
    assert cleaned == {"fever": PRESENT, "age": 52, "duration": 2.5, "location": "flank",
                       "medications": ["antidepressant"], "chest_pain": UNKNOWN}


@SETTINGS
@given(findings=FINDINGS)
def test_evaluate_is_the_same_on_cleaned_findings(findings):
    raw = SPEC.evaluate(findings)
    cleaned = SPEC.evaluate(SPEC.clean(findings))
    assert raw.as_payload() == cleaned.as_payload()
    assert SPEC.level_of(SPEC.clean(findings)) == raw.level
    payload = raw.as_payload()
    assert not any(isinstance(v, float) and math.isnan(v) for v in payload["findings"].values())
