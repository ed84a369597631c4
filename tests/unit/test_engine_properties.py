"""Property-based tests of the triage engine (hypothesis).

- Spec version 2, section 7: for every yes/no finding except
  `external_heat_source` and `back_history`, changing it from not known,
  `absent` or `unknown` to `present` never lowers the level of care.
- Turning a `present` finding into `absent` never raises it; a larger age or
  duration, or one more medicine, never lowers it.
- A present red flag, whatever else is known, never gives self-care.
- The engine never raises, whatever it is given; clean() drops what is not
  well-formed.

The two exceptions are pinned from the spec text, not taken from the engine's
`protective_findings()`, so that a new protective finding cannot weaken the
property unnoticed.
"""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.clinical import engine
from bot.clinical.engine import ABSENT, PRESENT, UNKNOWN, default_spec, load_spec

SPEC = default_spec()
# Spec section 7: the only findings whose presence may lower the level.
SPEC_EXCEPTIONS = {"external_heat_source", "back_history"}
YES_NO = SPEC.yes_no_findings()
MONOTONIC = [f for f in YES_NO if f not in SPEC_EXCEPTIONS]
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
            st.sampled_from([2, 3, 13, 14, 49, 50, 59, 60]),
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
# (a) spec section 7: making a yes/no finding present never lowers the level


def test_the_property_covers_every_yes_no_finding_but_the_two_of_the_spec():
    assert SPEC_EXCEPTIONS <= set(YES_NO)
    assert len(MONOTONIC) == len(YES_NO) - 2
    assert {"urinary_symptoms", "fever", "pregnant", "diabetes", "recent_strain", "sunburn"} <= set(MONOTONIC)


@SETTINGS
@given(findings=FINDINGS, fid=st.sampled_from(MONOTONIC), before_value=st.sampled_from([None, ABSENT, UNKNOWN]))
def test_making_a_finding_present_never_lowers_the_level(findings, fid, before_value):
    """From not known, absent or unknown to present."""
    before = dict(findings)
    if before_value is None:
        before.pop(fid, None)
    else:
        before[fid] = before_value
    after = {**before, fid: PRESENT}
    assert rank(after) <= rank(before), (fid, before_value, SPEC.evaluate(before).level,
                                         SPEC.evaluate(after).level)


@pytest.mark.parametrize("fid", MONOTONIC)
@pytest.mark.parametrize("before_value", [None, ABSENT, UNKNOWN])
@pytest.mark.parametrize("context", [
    {}, {"location": "upper_back"}, {"location": "between_shoulder_blades"}, {"location": "flank"},
    {"age": 70, "location": "upper_back"}, {"duration": 14, "external_heat_source": PRESENT},
    {"age": 55, "back_history": PRESENT, "activity_effect": "worse_at_rest"},
    {"pregnant": PRESENT}, {"medications": ["anticoagulant"]}, {"cancer_history": PRESENT},
], ids=str)
def test_making_a_finding_present_never_lowers_the_level_in_these_contexts(fid, before_value, context):
    """Every monotonic finding, explicitly, in the contexts where a rule reads a location or a protective finding."""
    before = dict(context)
    if before_value is None:
        before.pop(fid, None)
    else:
        before[fid] = before_value
    after = {**before, fid: PRESENT}
    assert rank(after) <= rank(before), (fid, before_value, SPEC.evaluate(before).level,
                                         SPEC.evaluate(after).level)


@pytest.mark.parametrize("location", [None, "upper_back", "between_shoulder_blades", "flank"])
def test_urinary_symptoms_unknown_to_present_does_not_lower_the_level(location):
    """The open question of version 1, closed by urinary_symptoms_reported."""
    context = {} if location is None else {"location": location}
    before = {**context, "urinary_symptoms": UNKNOWN}
    after = {**context, "urinary_symptoms": PRESENT}
    assert SPEC.evaluate(before).level == "consultation"
    assert rank(after) <= rank(before)


@SETTINGS
@given(findings=FINDINGS, fid=st.sampled_from(YES_NO))
def test_a_finding_becoming_unknown_never_lowers_the_level(findings, fid):
    """Not known or absent to unknown: what could not be ruled out never lowers the level."""
    for before_value in (None, ABSENT):
        before = dict(findings)
        if before_value is None:
            before.pop(fid, None)
        else:
            before[fid] = before_value
        after = {**before, fid: UNKNOWN}
        assert rank(after) <= rank(before), (fid, before_value)


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
# A present red flag never gives self-care, whatever else is known.


@SETTINGS
@given(findings=FINDINGS, red_flag=st.sampled_from(SPEC.red_flags()))
def test_a_present_red_flag_with_any_other_findings_never_gives_self_care(findings, red_flag):
    result = SPEC.evaluate({**findings, red_flag: PRESENT})
    assert result.level != SPEC.lowest_level, red_flag
    assert SPEC.rank(result.level) <= SPEC.rank("consultation")


# --------------------------------------------------------------------------
# The protective findings: the two of the spec, and location (not_one_of).


def test_the_protective_findings():
    assert set(SPEC.protective_findings()) == SPEC_EXCEPTIONS | {"location"}


def test_external_heat_source_present_lowers_persistent_symptoms_below_14_days():
    before = {"duration": 3, "external_heat_source": ABSENT}
    after = {"duration": 3, "external_heat_source": PRESENT}
    assert SPEC.evaluate(before).level == "consultation"
    assert SPEC.evaluate(after).level == "self_care"
    # ... but not from 14 days on (long_lasting_symptoms).
    assert SPEC.evaluate({"duration": 14, "external_heat_source": PRESENT}).level == "consultation"


def test_back_history_present_lowers_new_pain_over_50():
    before = {"age": 50, "back_history": ABSENT}
    after = {"age": 50, "back_history": PRESENT}
    assert SPEC.evaluate(before).level == "consultation"
    assert SPEC.evaluate(after).level == "self_care"
    # ... but not rest pain over 50.
    rest = {"age": 50, "activity_effect": "worse_at_rest"}
    assert SPEC.evaluate({**rest, "back_history": PRESENT}).level == "consultation_24"


@pytest.mark.parametrize("location", ["upper_back", "between_shoulder_blades"])
def test_a_known_upper_location_lowers_urinary_symptoms_to_consultation_only(location):
    assert SPEC.evaluate({"urinary_symptoms": PRESENT}).level == "consultation_24"
    assert SPEC.evaluate({"urinary_symptoms": PRESENT, "location": location}).level == "consultation"


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
    assert all(r.findings and set(r.findings) <= set(result.findings) for r in result.reasons)


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
        "sensation": "hot", "no_such": PRESENT, "chest_pain": UNKNOWN, "age_typo": 3,
        # Class ids only: the interview turns a medicine it does not recognise into `other`.
        "medications": ["antidepressant", "other", "ibuprofen", "antidepressant", "anticoagulant"],
    })
    assert cleaned == {"fever": PRESENT, "age": 52, "duration": 2.5, "location": "flank",
                       "medications": ["antidepressant", "other", "anticoagulant"], "chest_pain": UNKNOWN}


@SETTINGS
@given(findings=FINDINGS)
def test_evaluate_is_the_same_on_cleaned_findings(findings):
    raw = SPEC.evaluate(findings)
    cleaned = SPEC.evaluate(SPEC.clean(findings))
    assert raw == cleaned
    assert SPEC.level_of(SPEC.clean(findings)) == raw.level
    assert not any(isinstance(v, float) and math.isnan(v) for v in raw.findings.values())


# --------------------------------------------------------------------------
# The level memo (issue 11): remembering levels per findings state never changes them.


def _fresh_level(findings) -> str:
    reasons = SPEC.fired_rules(findings)
    return reasons[0].level if reasons else SPEC.lowest_level


@SETTINGS
@given(st.lists(FINDINGS, min_size=1, max_size=6))
def test_the_level_memo_gives_the_level_the_rules_give(states):
    for findings in states + states[::-1]:  # the second pass is answered from the memo
        assert SPEC.level_of(findings) == _fresh_level(findings)


def test_the_level_memo_keeps_apart_values_that_compare_equal_across_types():
    # True == 1 in Python, but a boolean age is not a number to the rules.
    assert engine._findings_key({"age": True}) != engine._findings_key({"age": 1})
    spec = load_spec()
    assert spec.level_of({"age": True, "duration": True}) == _fresh_level({"age": True, "duration": True})
    meds = {"medications": ["anticoagulant"], "rash": PRESENT}
    assert engine._findings_key(meds) == engine._findings_key({"rash": PRESENT, "medications": ["anticoagulant"]})
    assert spec.level_of(meds) == _fresh_level(meds)
    assert engine._findings_key({"medications": {"a": 1}}) is None  # unhashable: computed, not remembered
    assert spec.level_of({"medications": {"a": 1}}) == _fresh_level({"medications": {"a": 1}})


def test_the_level_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(engine, "LEVEL_MEMO_SIZE", 50)
    spec = load_spec()
    for age in range(200):
        spec.level_of({"age": age, "rash": PRESENT})
    assert len(spec._level_memo) == 50
    assert spec.level_of({"age": 199, "rash": PRESENT}) == _fresh_level({"age": 199, "rash": PRESENT})
