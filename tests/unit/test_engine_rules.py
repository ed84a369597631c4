"""Every rule, level, possible cause and self-care rule of shared/clinical/triage-spec.md (version 2).

The tables and the oracle below are written from the spec text (sections 1, 2,
3, 4 and 5), not from bot/clinical/triage_spec.yml: they are an independent
statement of what the data file must say. The data file is checked against
them, so a change to the data file that diverges from the spec fails here.

One reading of the spec is a choice, made here on purpose and reported to the
lead: `unknown_emergency_sign` ("a red-flag finding of an emergency_ambulance
or emergency rule is unknown") is read as section 4 words it, "an unknown
emergency sign": a red flag whose presence *alone* fires an emergency_ambulance
or emergency rule. The literal reading (a red flag named anywhere in such a
rule, e.g. `urinary_symptoms` through kidney_infection_in_pregnancy) would break
the section 7 property: `urinary_symptoms` unknown would give consultation_24,
present with the location upper_back only consultation.
"""

from __future__ import annotations

import json
import re
from itertools import combinations
from typing import Any, Callable, Dict, List, Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.clinical.engine import default_spec

SPEC = default_spec()
P, A, U = "present", "absent", "unknown"

# --------------------------------------------------------------------------
# Spec section 1: levels, most urgent first.

LEVELS = ["emergency_ambulance", "emergency", "consultation_24", "consultation", "self_care"]
RANK = {level: i for i, level in enumerate(LEVELS)}
EMERGENCY_LEVELS = {"emergency_ambulance", "emergency"}

# Words the advice of each level must carry (spec section 1, "what the person is told";
# section 6 for self-care: "safe to look after this at home *for now*").
LEVEL_ADVICE_WORDS = {
    "emergency_ambulance": ["call emergency services now", "911", "999", "112", "do not drive yourself"],
    "emergency": ["emergency department now", "ambulance"],
    "consultation_24": ["24 hours", "emergency department"],
    "consultation": ["gp", "physiotherapist", "next few days"],
    "self_care": ["home", "for now", "few days"],
}

DISCLAIMER = (
    "This is not a diagnosis and does not replace a medical professional. "
    "If you think this is an emergency, call your local emergency number."
)

# --------------------------------------------------------------------------
# Spec section 2: findings.

RED_FLAGS = [  # in the spec's order (most dangerous first)
    "collapse", "chest_pain", "very_unwell", "tearing_pain", "paralysis", "severe_burn",
    "bladder_bowel_dysfunction", "saddle_numbness", "leg_weakness", "both_legs_affected", "high_fever",
    "severe_pain", "trauma", "fever", "leg_numbness", "rash", "one_sided_band", "urinary_symptoms",
    "weight_loss", "night_sweats",
]
RISK_FACTORS = [
    "age", "iv_drug_use", "immunosuppressed", "cancer_history", "osteoporosis_or_steroids", "diabetes",
    "recent_spinal_procedure", "pregnant",
]
CLINICAL = [
    "duration", "recent_strain", "activity_effect", "location", "localized", "sensation",
    "medications", "back_history", "external_heat_source", "radiating_leg_pain", "hot_flashes",
    "heat_intolerance", "anxiety", "sunburn",
]
KINDS = {
    "age": "number",
    "duration": "duration",
    "activity_effect": "choice",
    "location": "choice",
    "localized": "choice",
    "sensation": "choice",
    "medications": "classes",
}  # every other finding is yes/no
# The recognised medicine classes; a medicine that is not recognised is `other`.
RECOGNISED_MEDS = ["antidepressant", "adhd_stimulant", "muscle_relaxant", "hormonal_therapy", "chemotherapy",
                   "anticoagulant"]
OTHER_MED = "other"
EFFECT_MEDS = [m for m in RECOGNISED_MEDS if m != "anticoagulant"]  # medication_effect
ALL_MEDS = RECOGNISED_MEDS + [OTHER_MED]
CHOICES = {
    "activity_effect": {"worse_with_movement", "worse_at_rest", "no_change"},
    "location": {"upper_back", "middle_back", "lower_back", "flank", "between_shoulder_blades", "whole_back"},
    "localized": {"one_spot", "widespread"},
    "sensation": {"burning", "warmth", "tingling", "electric", "itching", "aching", "sharp"},
    "medications": set(ALL_MEDS),
}
LOCATIONS = sorted(CHOICES["location"])
ALL_FINDINGS = RED_FLAGS + RISK_FACTORS + CLINICAL
YES_NO = [f for f in ALL_FINDINGS if f not in KINDS]

# Red flags whose presence alone fires an emergency_ambulance or emergency rule
# (section 3; the "emergency signs" of section 4 and of unknown_emergency_sign).
EMERGENCY_SIGNS = [
    "collapse", "chest_pain", "very_unwell", "tearing_pain", "paralysis", "severe_burn",
    "bladder_bowel_dysfunction", "saddle_numbness", "leg_weakness", "both_legs_affected", "high_fever",
    "severe_pain", "trauma",
]
OTHER_RED_FLAGS = [rf for rf in RED_FLAGS if rf not in EMERGENCY_SIGNS]

# --------------------------------------------------------------------------
# Spec section 3: rules. id -> (level, minimal sets of findings that fire it).
# Every listed set fires the rule; taking any one finding out of it does not.

SPEC_RULES: Dict[str, tuple] = {
    # emergency_ambulance
    "possible_aortic_or_cardiac_event": (
        "emergency_ambulance", [{"collapse": P}, {"chest_pain": P}, {"tearing_pain": P}]),
    "paralysis": ("emergency_ambulance", [{"paralysis": P}]),
    "severe_burn": ("emergency_ambulance", [{"severe_burn": P}]),
    "possible_sepsis": ("emergency_ambulance", [{"very_unwell": P}]),
    "possible_aortic_aneurysm": ("emergency_ambulance", [{"age": 60, "severe_pain": P}]),
    # emergency
    "cauda_equina": (
        "emergency", [{"bladder_bowel_dysfunction": P}, {"saddle_numbness": P}, {"both_legs_affected": P}]),
    "progressive_neuro_deficit": ("emergency", [{"leg_weakness": P}]),
    "high_fever": ("emergency", [{"high_fever": P}]),
    "severe_pain": ("emergency", [{"severe_pain": P}]),
    "significant_trauma": ("emergency", [{"trauma": P}]),
    "spinal_infection_risk": (
        "emergency", [{"fever": P, risk: P}
                      for risk in ("iv_drug_use", "immunosuppressed", "diabetes", "recent_spinal_procedure")]),
    "spinal_cord_compression_risk": (
        "emergency", [{"cancer_history": P, "leg_numbness": P}, {"cancer_history": P, "radiating_leg_pain": P}]),
    "kidney_infection_in_pregnancy": (
        "emergency", [{"pregnant": P, "fever": P}, {"pregnant": P, "urinary_symptoms": P}]),
    "shingles_immunosuppressed": (
        "emergency", [{"rash": P, "immunosuppressed": P}, {"one_sided_band": P, "immunosuppressed": P}]),
    "bleeding_risk_nerve_signs": (
        "emergency", [{"medications": ["anticoagulant"], "leg_numbness": P},
                      {"medications": ["anticoagulant"], "radiating_leg_pain": P}]),
    # consultation_24
    "fever_with_back_pain": ("consultation_24", [{"fever": P}]),
    "possible_kidney_infection": ("consultation_24", [{"urinary_symptoms": P}]),  # location not known
    "possible_shingles": ("consultation_24", [{"rash": P}, {"one_sided_band": P}]),
    "new_leg_numbness": ("consultation_24", [{"leg_numbness": P}]),
    "systemic_warning_signs": ("consultation_24", [{"weight_loss": P}, {"night_sweats": P}]),
    "cancer_history": ("consultation_24", [{"cancer_history": P}]),
    "possible_fracture": ("consultation_24", [{"osteoporosis_or_steroids": P}]),
    "unknown_emergency_sign": ("consultation_24", [{sign: U} for sign in EMERGENCY_SIGNS]),
    "rest_pain_over_50": ("consultation_24", [{"activity_effect": "worse_at_rest", "age": 50}]),
    # consultation
    "persistent_symptoms": ("consultation", [{"duration": 3}]),
    "sciatica_pattern": ("consultation", [{"radiating_leg_pain": P}]),
    "hormonal_or_thyroid": ("consultation", [{"hot_flashes": P}, {"heat_intolerance": P}]),
    "medication_effect": ("consultation", [{"medications": [c]} for c in EFFECT_MEDS]),
    "anxiety_related": ("consultation", [{"anxiety": P}]),
    "recurrent_back_problem": ("consultation", [{"back_history": P, "duration": 3}]),
    "new_pain_over_50": ("consultation", [{"age": 50}]),
    "unknown_red_flag": ("consultation", [{rf: U} for rf in OTHER_RED_FLAGS]),
    "urinary_symptoms_reported": ("consultation", [{"urinary_symptoms": P}]),
    "long_lasting_symptoms": ("consultation", [{"duration": 14}]),
}
UNKNOWN_RULES = ("unknown_emergency_sign", "unknown_red_flag")

# Findings a rule reads besides those of its firing sets: the protective ones,
# and every red flag for the two rules about unknown red flags.
EXTRA_READS = {
    "possible_aortic_aneurysm": {"location"},
    "possible_kidney_infection": {"location"},
    "persistent_symptoms": {"external_heat_source"},
    "new_pain_over_50": {"back_history"},
    "unknown_emergency_sign": set(RED_FLAGS),
    "unknown_red_flag": set(RED_FLAGS),
}


def _present(f: Mapping[str, Any], fid: str) -> bool:
    return f.get(fid) == P


def _at_least(f: Mapping[str, Any], fid: str, bound: float) -> bool:
    v = f.get(fid)
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v >= bound


def _any_present(*ids: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda f: any(_present(f, i) for i in ids)


def _has_class(f: Mapping[str, Any], *classes: str) -> bool:
    meds = f.get("medications")
    return isinstance(meds, list) and any(c in meds for c in classes)


def _aortic_aneurysm(f: Mapping[str, Any]) -> bool:
    return _at_least(f, "age", 60) and _present(f, "severe_pain") and f.get("location") != "upper_back"


def _bleeding_risk(f: Mapping[str, Any]) -> bool:
    return _has_class(f, "anticoagulant") and (_present(f, "leg_numbness") or _present(f, "radiating_leg_pain"))


def _spinal_infection(f: Mapping[str, Any]) -> bool:
    return _present(f, "fever") and _any_present("iv_drug_use", "immunosuppressed", "diabetes",
                                                 "recent_spinal_procedure")(f)


# The same rules as predicates, written from the spec's "fires when" column
# (an oracle the engine is compared with on arbitrary findings).
SPEC_RULE_ORACLE: Dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "possible_aortic_or_cardiac_event": _any_present("collapse", "chest_pain", "tearing_pain"),
    "paralysis": _any_present("paralysis"),
    "severe_burn": _any_present("severe_burn"),
    "possible_sepsis": _any_present("very_unwell"),
    "possible_aortic_aneurysm": _aortic_aneurysm,
    "cauda_equina": _any_present("bladder_bowel_dysfunction", "saddle_numbness", "both_legs_affected"),
    "progressive_neuro_deficit": _any_present("leg_weakness"),
    "high_fever": _any_present("high_fever"),
    "severe_pain": _any_present("severe_pain"),
    "significant_trauma": _any_present("trauma"),
    "spinal_infection_risk": _spinal_infection,
    "spinal_cord_compression_risk": lambda f: _present(f, "cancer_history")
    and _any_present("leg_numbness", "radiating_leg_pain")(f),
    "kidney_infection_in_pregnancy": lambda f: _present(f, "pregnant")
    and _any_present("fever", "urinary_symptoms")(f),
    "shingles_immunosuppressed": lambda f: _any_present("rash", "one_sided_band")(f)
    and _present(f, "immunosuppressed"),
    "bleeding_risk_nerve_signs": _bleeding_risk,
    "fever_with_back_pain": _any_present("fever"),
    "possible_kidney_infection": lambda f: _present(f, "urinary_symptoms")
    and f.get("location") not in ("upper_back", "between_shoulder_blades"),
    "possible_shingles": _any_present("rash", "one_sided_band"),
    "new_leg_numbness": _any_present("leg_numbness"),
    "systemic_warning_signs": _any_present("weight_loss", "night_sweats"),
    "cancer_history": _any_present("cancer_history"),
    "possible_fracture": _any_present("osteoporosis_or_steroids"),
    "unknown_emergency_sign": lambda f: any(f.get(rf) == U for rf in EMERGENCY_SIGNS),
    "rest_pain_over_50": lambda f: f.get("activity_effect") == "worse_at_rest" and _at_least(f, "age", 50),
    "persistent_symptoms": lambda f: _at_least(f, "duration", 3) and not _present(f, "external_heat_source"),
    "sciatica_pattern": _any_present("radiating_leg_pain"),
    "hormonal_or_thyroid": _any_present("hot_flashes", "heat_intolerance"),
    "medication_effect": lambda f: _has_class(f, *EFFECT_MEDS),
    "anxiety_related": _any_present("anxiety"),
    "recurrent_back_problem": lambda f: _present(f, "back_history") and _at_least(f, "duration", 3),
    "new_pain_over_50": lambda f: _at_least(f, "age", 50) and not _present(f, "back_history"),
    "unknown_red_flag": lambda f: any(f.get(rf) == U for rf in OTHER_RED_FLAGS),
    "urinary_symptoms_reported": _any_present("urinary_symptoms"),
    "long_lasting_symptoms": lambda f: _at_least(f, "duration", 14),
}

# Spec section 5: possible causes. id -> minimal sets of findings that suggest it.
SPEC_CAUSES: Dict[str, List[dict]] = {
    "external_heat": [{"external_heat_source": P}],
    "muscle_strain": [{"recent_strain": P}, {"activity_effect": "worse_with_movement"}],
    "spinal_joint_inflammation": [{"back_history": P}, {"duration": 14}],
    "nerve_irritation": [{"radiating_leg_pain": P}, {"leg_numbness": P},
                         {"sensation": "electric"}, {"sensation": "tingling"}],
    "shingles": [{"rash": P}, {"one_sided_band": P}],
    "kidney_infection_or_stone": [{"urinary_symptoms": P}, {"location": "flank"}, {"fever": P}],
    "systemic_infection_fever": [{"fever": P}, {"high_fever": P}],
    "spinal_infection": SPEC_RULES["spinal_infection_risk"][1],
    "hormonal_change": [{"hot_flashes": P}],
    "hyperthyroidism": [{"heat_intolerance": P}],
    "medication_side_effect": [{"medications": [c]} for c in RECOGNISED_MEDS],
    "anxiety_or_panic": [{"anxiety": P}],
    "burn_or_sunburn": [{"severe_burn": P}, {"sunburn": P}],
    "cauda_equina_syndrome": [{"bladder_bowel_dysfunction": P}, {"saddle_numbness": P},
                              {"both_legs_affected": P}],
    "heart_or_aorta_emergency": [{"chest_pain": P}, {"tearing_pain": P}, {"collapse": P},
                                 {"age": 60, "severe_pain": P}],
    "sepsis": [{"very_unwell": P}],
    "serious_spinal_condition": [{"weight_loss": P}, {"night_sweats": P}, {"cancer_history": P},
                                 {"osteoporosis_or_steroids": P}, {"activity_effect": "worse_at_rest", "age": 50}],
    "spinal_bleeding": SPEC_RULES["bleeding_risk_nerve_signs"][1],
    "nerve_disease": [{"leg_numbness": P, "sensation": "burning"}],
}

SPEC_CAUSE_ORACLE: Dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "external_heat": _any_present("external_heat_source"),
    "muscle_strain": lambda f: _present(f, "recent_strain") or f.get("activity_effect") == "worse_with_movement",
    "spinal_joint_inflammation": lambda f: _present(f, "back_history") or _at_least(f, "duration", 14),
    "nerve_irritation": lambda f: _present(f, "radiating_leg_pain") or _present(f, "leg_numbness")
    or f.get("sensation") in ("electric", "tingling"),
    "shingles": _any_present("rash", "one_sided_band"),
    "kidney_infection_or_stone": lambda f: _present(f, "urinary_symptoms") or f.get("location") == "flank"
    or _present(f, "fever"),
    "systemic_infection_fever": _any_present("fever", "high_fever"),
    "spinal_infection": _spinal_infection,
    "hormonal_change": _any_present("hot_flashes"),
    "hyperthyroidism": _any_present("heat_intolerance"),
    "medication_side_effect": lambda f: _has_class(f, *RECOGNISED_MEDS),
    "anxiety_or_panic": _any_present("anxiety"),
    "burn_or_sunburn": _any_present("severe_burn", "sunburn"),
    "cauda_equina_syndrome": _any_present("bladder_bowel_dysfunction", "saddle_numbness", "both_legs_affected"),
    "heart_or_aorta_emergency": lambda f: _any_present("chest_pain", "tearing_pain", "collapse")(f)
    or _aortic_aneurysm(f),
    "sepsis": _any_present("very_unwell"),
    "serious_spinal_condition": lambda f: _any_present("weight_loss", "night_sweats", "cancer_history",
                                                       "osteoporosis_or_steroids")(f)
    or (f.get("activity_effect") == "worse_at_rest" and _at_least(f, "age", 50)),
    "spinal_bleeding": _bleeding_risk,
    "nerve_disease": lambda f: _present(f, "leg_numbness") and f.get("sensation") == "burning"
    and not _present(f, "recent_strain"),
}

RULE_CASES = [
    pytest.param(rule_id, level, findings, id=f"{rule_id}-{i}")
    for rule_id, (level, alternatives) in SPEC_RULES.items()
    for i, findings in enumerate(alternatives)
]


def fired(findings: Mapping[str, Any]) -> List[str]:
    return [r.rule for r in SPEC.evaluate(findings).reasons]


def level(findings: Mapping[str, Any]) -> str:
    return SPEC.evaluate(findings).level


def expected_rules(findings: Mapping[str, Any]) -> set:
    return {rule for rule, holds in SPEC_RULE_ORACLE.items() if holds(findings)}


def expected_level(findings: Mapping[str, Any]) -> str:
    levels = [SPEC_RULES[r][0] for r in expected_rules(findings)]
    return min(levels, key=RANK.__getitem__) if levels else "self_care"


# --------------------------------------------------------------------------
# The data file says what the spec says.


def test_levels_match_spec_section_1():
    assert list(SPEC.levels) == LEVELS
    assert SPEC.lowest_level == "self_care"
    assert [SPEC.rank(lv) for lv in LEVELS] == sorted(SPEC.rank(lv) for lv in LEVELS)


@pytest.mark.parametrize("level_id", LEVELS)
def test_level_advice_says_what_spec_section_1_says(level_id):
    advice = SPEC.level_advice[level_id].lower()
    for words in LEVEL_ADVICE_WORDS[level_id]:
        assert words in advice, (level_id, words, advice)


def test_findings_match_spec_section_2():
    assert list(SPEC.findings) == ALL_FINDINGS
    assert SPEC.red_flags() == RED_FLAGS, "red flags, most dangerous first"
    assert [f for f, d in SPEC.findings.items() if d.group == "risk_factor"] == RISK_FACTORS
    assert [f for f, d in SPEC.findings.items() if d.group == "clinical"] == CLINICAL
    for fid, finding in SPEC.findings.items():
        assert finding.kind == KINDS.get(fid, "yes_no"), fid
        if fid in CHOICES:
            assert set(finding.choices) == CHOICES[fid], fid
    assert SPEC.yes_no_findings() == YES_NO


def test_a_medicine_not_recognised_is_other():
    assert SPEC.findings["medications"].unrecognised == OTHER_MED


def test_rule_table_matches_spec_section_3():
    data = {rule.id: rule.level for rule in SPEC.rules}
    assert data == {rule_id: lv for rule_id, (lv, _) in SPEC_RULES.items()}
    assert len(SPEC.rules) == len(SPEC_RULES) == 34


@pytest.mark.parametrize("rule", SPEC.rules, ids=lambda r: r.id)
def test_every_rule_in_the_data_is_in_the_spec_table_and_reads_the_spec_findings(rule):
    assert rule.id in SPEC_RULES, f"rule {rule.id} is not in triage-spec.md section 3"
    rule_level, alternatives = SPEC_RULES[rule.id]
    assert rule.level == rule_level
    reads = set().union(*(set(a) for a in alternatives)) | EXTRA_READS.get(rule.id, set())
    assert set(rule.when.finding_ids) == reads
    assert rule.source.strip(), f"rule {rule.id} names no source"


def test_cause_table_matches_spec_section_5():
    assert {c.id for c in SPEC.causes} == set(SPEC_CAUSES)
    assert len(SPEC_CAUSES) == 19


def test_disclaimer_is_the_text_of_spec_section_6():
    assert SPEC.disclaimer == DISCLAIMER


def test_spec_version_is_2():
    assert SPEC.version == "2"
    assert SPEC.evaluate({}).spec_version == "2"


def test_emergency_signs_are_the_red_flags_that_alone_give_an_emergency_level():
    from_oracle = [rf for rf in RED_FLAGS if expected_level({rf: P}) in EMERGENCY_LEVELS]
    assert from_oracle == EMERGENCY_SIGNS
    assert SPEC.emergency_signs() == EMERGENCY_SIGNS


# --------------------------------------------------------------------------
# Each rule: fires on its findings, not without them, not on absent/unknown.


@pytest.mark.parametrize("rule_id, rule_level, findings", RULE_CASES)
def test_rule_fires_on_its_findings(rule_id, rule_level, findings):
    result = SPEC.evaluate(findings)
    assert rule_id in fired(findings)
    assert result.level == expected_level(findings)
    assert RANK[result.level] <= RANK[rule_level]
    reason = next(r for r in result.reasons if r.rule == rule_id)
    assert reason.level == rule_level
    assert reason.findings, "a reason names the findings that led to it"
    assert set(reason.findings) <= set(findings)


@pytest.mark.parametrize("rule_id, rule_level, findings", RULE_CASES)
def test_rule_does_not_fire_without_any_one_of_its_findings(rule_id, rule_level, findings):
    assert rule_id not in fired({})
    for fid in findings:
        rest = {k: v for k, v in findings.items() if k != fid}
        assert rule_id not in fired(rest), f"fires without {fid}"


def _weakened(value: Any) -> List[Any]:
    """Values that must not fire a rule in place of a firing value."""
    if value == P:
        return [A, U]
    if isinstance(value, list):  # medications
        return [U, [], [OTHER_MED]]
    return [U]  # a number or a choice that is not known


@pytest.mark.parametrize("rule_id, rule_level, findings",
                         [c for c in RULE_CASES if c.values[0] not in UNKNOWN_RULES])
def test_rule_does_not_fire_on_absent_or_unknown(rule_id, rule_level, findings):
    # The two unknown_* rules fire on unknown by definition: see their own tests below.
    for fid, value in findings.items():
        for weaker in _weakened(value):
            variant = {**findings, fid: weaker}
            assert rule_id not in fired(variant), f"fires with {fid}={weaker!r}"


@pytest.mark.parametrize("fid", YES_NO)
def test_a_single_present_finding_fires_exactly_the_spec_rules(fid):
    findings = {fid: P}
    assert set(fired(findings)) == expected_rules(findings)
    assert level(findings) == expected_level(findings)


@pytest.mark.parametrize("fid", YES_NO)
@pytest.mark.parametrize("value", [A, U])
def test_a_single_absent_or_unknown_finding_fires_exactly_the_spec_rules(fid, value):
    findings = {fid: value}
    assert set(fired(findings)) == expected_rules(findings)


# --------------------------------------------------------------------------
# Invariant over the rules: a present red flag always needs a clinician.


@pytest.mark.parametrize("red_flag", RED_FLAGS)
def test_every_red_flag_present_alone_fires_a_rule_at_consultation_or_above(red_flag):
    assert red_flag in SPEC.red_flags()
    result = SPEC.evaluate({red_flag: P})
    assert result.reasons, f"{red_flag} present fires no rule"
    assert RANK[result.level] <= RANK["consultation"]
    assert any(red_flag in r.findings for r in result.reasons), "the reason names the red flag"


def test_the_red_flags_of_the_data_are_the_spec_red_flags():
    # The invariant above runs over the spec list; the data has no red flag beyond it.
    assert set(SPEC.red_flags()) == set(RED_FLAGS)


# --------------------------------------------------------------------------
# unknown_emergency_sign and unknown_red_flag (spec sections 3 and 4)


@pytest.mark.parametrize("sign", EMERGENCY_SIGNS)
def test_an_unknown_emergency_sign_gives_consultation_24(sign):
    result = SPEC.evaluate({sign: U})
    assert fired({sign: U}) == ["unknown_emergency_sign"]
    assert result.level == "consultation_24"
    assert list(result.reasons[0].findings) == [sign]


@pytest.mark.parametrize("red_flag", OTHER_RED_FLAGS)
def test_another_unknown_red_flag_gives_consultation(red_flag):
    result = SPEC.evaluate({red_flag: U})
    assert fired({red_flag: U}) == ["unknown_red_flag"]
    assert result.level == "consultation"
    assert list(result.reasons[0].findings) == [red_flag]


@pytest.mark.parametrize("fid", [f for f in ALL_FINDINGS if f not in RED_FLAGS])
def test_no_unknown_rule_fires_on_other_unknown_findings(fid):
    assert set(UNKNOWN_RULES).isdisjoint(fired({fid: U}))


def test_unknown_rules_do_not_fire_on_present_absent_or_missing_red_flags():
    for findings in ({}, {rf: A for rf in RED_FLAGS}, {rf: P for rf in RED_FLAGS}):
        assert set(UNKNOWN_RULES).isdisjoint(fired(findings))


def test_unknown_rules_list_every_unknown_red_flag_of_their_kind():
    findings = {"saddle_numbness": U, "collapse": U, "rash": U, "urinary_symptoms": U, "fever": A,
                "iv_drug_use": U, "pregnant": U}
    result = SPEC.evaluate(findings)
    reasons = {r.rule: set(r.findings) for r in result.reasons}
    assert reasons == {"unknown_emergency_sign": {"saddle_numbness", "collapse"},
                       "unknown_red_flag": {"rash", "urinary_symptoms"}}
    assert result.level == "consultation_24"


def test_an_unknown_emergency_sign_beside_a_present_one_is_still_listed():
    result = SPEC.evaluate({"chest_pain": P, "leg_weakness": U})
    assert result.level == "emergency_ambulance"
    assert {"possible_aortic_or_cardiac_event", "unknown_emergency_sign"} <= set(fired(result.findings))


# --------------------------------------------------------------------------
# New and changed rules of version 2: edge cases.


@pytest.mark.parametrize("location, fires", [(loc, loc != "upper_back") for loc in LOCATIONS]
                         + [(U, True), (None, True)])
def test_possible_aortic_aneurysm_location(location, fires):
    findings: Dict[str, Any] = {"age": 70, "severe_pain": P}
    if location is not None:
        findings["location"] = location
    assert ("possible_aortic_aneurysm" in fired(findings)) is fires
    assert level(findings) == ("emergency_ambulance" if fires else "emergency")  # severe_pain alone: emergency
    assert ("heart_or_aorta_emergency" in SPEC.evaluate(findings).possible_causes) is fires


@pytest.mark.parametrize("age, fires", [(59, False), (59.9, False), (60, True), (60.0, True), (95, True),
                                        (U, False), (None, False)])
def test_possible_aortic_aneurysm_age(age, fires):
    findings: Dict[str, Any] = {"severe_pain": P, "location": "lower_back"}
    if age is not None:
        findings["age"] = age
    assert ("possible_aortic_aneurysm" in fired(findings)) is fires
    assert level(findings) == ("emergency_ambulance" if fires else "emergency")


@pytest.mark.parametrize("severe_pain", [A, U, None])
def test_possible_aortic_aneurysm_needs_severe_pain(severe_pain):
    findings: Dict[str, Any] = {"age": 75, "location": "flank"}
    if severe_pain is not None:
        findings["severe_pain"] = severe_pain
    assert "possible_aortic_aneurysm" not in fired(findings)
    assert RANK[level(findings)] > RANK["emergency_ambulance"]


def test_possible_aortic_aneurysm_reason_names_age_and_severe_pain():
    reason = next(r for r in SPEC.evaluate({"age": 64, "severe_pain": P}).reasons
                  if r.rule == "possible_aortic_aneurysm")
    assert set(reason.findings) == {"age", "severe_pain"}


@pytest.mark.parametrize("sign", ["bladder_bowel_dysfunction", "saddle_numbness", "both_legs_affected"])
def test_cauda_equina_signs_each_give_an_emergency(sign):
    result = SPEC.evaluate({sign: P})
    assert [r.rule for r in result.reasons] == ["cauda_equina"]
    assert result.level == "emergency"
    assert "cauda_equina_syndrome" in result.possible_causes


def test_radiating_pain_down_one_leg_is_not_cauda_equina():
    assert "cauda_equina" not in fired({"radiating_leg_pain": P})
    assert level({"radiating_leg_pain": P}) == "consultation"


@pytest.mark.parametrize("risk", ["iv_drug_use", "immunosuppressed", "diabetes", "recent_spinal_procedure"])
def test_spinal_infection_risk_needs_fever_and_a_risk_factor(risk):
    assert "spinal_infection_risk" in fired({"fever": P, risk: P})
    assert level({"fever": P, risk: P}) == "emergency"
    assert "spinal_infection" in SPEC.evaluate({"fever": P, risk: P}).possible_causes
    for findings in ({"fever": P}, {risk: P}, {"fever": P, risk: A}, {"fever": P, risk: U},
                     {"fever": A, risk: P}, {"fever": U, risk: P}):
        assert "spinal_infection_risk" not in fired(findings), findings
        assert "spinal_infection" not in SPEC.evaluate(findings).possible_causes, findings
    assert "spinal_infection_risk" not in fired({"high_fever": P, risk: P}), "the rule names fever"
    # Fever alone is consultation_24, with the risk factor it is an emergency.
    assert level({"fever": P, risk: A}) == "consultation_24"


@pytest.mark.parametrize("nerve_sign, alone", [("leg_numbness", "consultation_24"),
                                               ("radiating_leg_pain", "consultation")])
def test_spinal_cord_compression_risk(nerve_sign, alone):
    assert level({"cancer_history": P, nerve_sign: P}) == "emergency"
    assert "spinal_cord_compression_risk" in fired({"cancer_history": P, nerve_sign: P})
    assert level({nerve_sign: P}) == alone
    assert level({"cancer_history": P}) == "consultation_24"
    for other in (A, U):
        assert "spinal_cord_compression_risk" not in fired({"cancer_history": other, nerve_sign: P})
        assert "spinal_cord_compression_risk" not in fired({"cancer_history": P, nerve_sign: other})


@pytest.mark.parametrize("sign", ["fever", "urinary_symptoms"])
@pytest.mark.parametrize("location", LOCATIONS + [None])
def test_kidney_infection_in_pregnancy_anywhere_on_the_back(sign, location):
    findings: Dict[str, Any] = {"pregnant": P, sign: P}
    if location is not None:
        findings["location"] = location
    assert "kidney_infection_in_pregnancy" in fired(findings)
    assert level(findings) == "emergency"


@pytest.mark.parametrize("sign", ["fever", "urinary_symptoms"])
def test_kidney_infection_in_pregnancy_needs_pregnancy(sign):
    assert level({"pregnant": P}) == "self_care"
    for pregnant in (A, U, None):
        findings = {sign: P} if pregnant is None else {sign: P, "pregnant": pregnant}
        assert "kidney_infection_in_pregnancy" not in fired(findings)
        assert level(findings) == "consultation_24"


@pytest.mark.parametrize("skin_sign", ["rash", "one_sided_band"])
def test_shingles_immunosuppressed(skin_sign):
    assert level({skin_sign: P, "immunosuppressed": P}) == "emergency"
    assert {"shingles_immunosuppressed", "possible_shingles"} <= set(fired({skin_sign: P, "immunosuppressed": P}))
    for value in (A, U):
        assert level({skin_sign: P, "immunosuppressed": value}) == "consultation_24"
    assert level({"immunosuppressed": P}) == "self_care"


@pytest.mark.parametrize("nerve_sign", ["leg_numbness", "radiating_leg_pain"])
@pytest.mark.parametrize("medications", [["anticoagulant"], ["anticoagulant", "other"],
                                         ["antidepressant", "anticoagulant"], ALL_MEDS])
def test_bleeding_risk_nerve_signs_fires_when_medications_contain_anticoagulant(nerve_sign, medications):
    findings = {"medications": medications, nerve_sign: P}
    assert "bleeding_risk_nerve_signs" in fired(findings)
    assert level(findings) == "emergency"
    assert "spinal_bleeding" in SPEC.evaluate(findings).possible_causes


@pytest.mark.parametrize("nerve_sign", ["leg_numbness", "radiating_leg_pain"])
@pytest.mark.parametrize("medications", [[OTHER_MED], [], U, None, EFFECT_MEDS, [OTHER_MED] + EFFECT_MEDS]
                         + [[c] for c in EFFECT_MEDS], ids=str)
def test_bleeding_risk_nerve_signs_not_without_an_anticoagulant(nerve_sign, medications):
    findings: Dict[str, Any] = {nerve_sign: P}
    if medications is not None:
        findings["medications"] = medications
    assert "bleeding_risk_nerve_signs" not in fired(findings)
    assert "spinal_bleeding" not in SPEC.evaluate(findings).possible_causes
    assert RANK[level(findings)] > RANK["emergency"]


@pytest.mark.parametrize("nerve_sign", [A, U])
def test_bleeding_risk_nerve_signs_needs_a_nerve_sign(nerve_sign):
    findings = {"medications": ["anticoagulant"], "leg_numbness": nerve_sign, "radiating_leg_pain": nerve_sign}
    assert "bleeding_risk_nerve_signs" not in fired(findings)
    assert level({"medications": ["anticoagulant"]}) == "self_care"


@pytest.mark.parametrize("location, fires", [
    ("flank", True), ("lower_back", True), ("middle_back", True), ("whole_back", True),
    ("upper_back", False), ("between_shoulder_blades", False), (U, True), (None, True),
])
def test_possible_kidney_infection_location(location, fires):
    findings: Dict[str, Any] = {"urinary_symptoms": P}
    if location is not None:
        findings["location"] = location
    assert ("possible_kidney_infection" in fired(findings)) is fires
    # urinary_symptoms_reported: at least a consultation anywhere on the back.
    assert "urinary_symptoms_reported" in fired(findings)
    assert level(findings) == ("consultation_24" if fires else "consultation")


@pytest.mark.parametrize("location", LOCATIONS)
def test_possible_kidney_infection_needs_urinary_symptoms(location):
    for value in (A, U, None):
        findings: Dict[str, Any] = {"location": location}
        if value is not None:
            findings["urinary_symptoms"] = value
        assert "possible_kidney_infection" not in fired(findings)
        assert "urinary_symptoms_reported" not in fired(findings)


@pytest.mark.parametrize("activity, age, fires", [
    ("worse_at_rest", 50, True), ("worse_at_rest", 50.0, True), ("worse_at_rest", 81, True),
    ("worse_at_rest", 49, False), ("worse_at_rest", 49.9, False), ("worse_at_rest", U, False),
    ("worse_at_rest", None, False), ("worse_with_movement", 60, False), ("no_change", 60, False),
    (U, 60, False), (None, 60, False),
])
def test_rest_pain_over_50(activity, age, fires):
    findings: Dict[str, Any] = {"back_history": P}  # so that new_pain_over_50 stays quiet
    if activity is not None:
        findings["activity_effect"] = activity
    if age is not None:
        findings["age"] = age
    assert ("rest_pain_over_50" in fired(findings)) is fires
    assert level(findings) == ("consultation_24" if fires else "self_care")
    assert ("serious_spinal_condition" in SPEC.evaluate(findings).possible_causes) is fires


@pytest.mark.parametrize("med_class", EFFECT_MEDS)
def test_a_medication_class_of_article_1_fires_medication_effect(med_class):
    result = SPEC.evaluate({"medications": [med_class]})
    assert [r.rule for r in result.reasons] == ["medication_effect"]
    assert result.level == "consultation"
    assert "medication_side_effect" in result.possible_causes


@pytest.mark.parametrize("medications", [["anticoagulant"], [OTHER_MED], ["anticoagulant", OTHER_MED], [], U,
                                         "antidepressant", ["paracetamol"]], ids=str)
def test_no_medication_effect_for_anticoagulant_other_or_nothing(medications):
    assert "medication_effect" not in fired({"medications": medications})
    assert level({"medications": medications}) == "self_care"


def test_medication_effect_with_an_anticoagulant_and_an_article_1_class():
    assert "medication_effect" in fired({"medications": ["anticoagulant", "hormonal_therapy"]})


@pytest.mark.parametrize("location", LOCATIONS + [U, None])
def test_urinary_symptoms_reported_anywhere_on_the_back(location):
    findings: Dict[str, Any] = {"urinary_symptoms": P}
    if location is not None:
        findings["location"] = location
    assert "urinary_symptoms_reported" in fired(findings)
    assert RANK[level(findings)] <= RANK["consultation"]


@pytest.mark.parametrize("duration, heat, back_history, fires", [
    (13, None, None, False), (13.9, None, None, False), (14, None, None, True), (14.0, None, None, True),
    (400, None, None, True), (14, P, None, True), (30, P, None, True), (14, None, P, True), (14, P, P, True),
    (13, P, None, False), (U, None, None, False),
])
def test_long_lasting_symptoms_whatever_the_cause(duration, heat, back_history, fires):
    findings: Dict[str, Any] = {"duration": duration}
    if heat is not None:
        findings["external_heat_source"] = heat
    if back_history is not None:
        findings["back_history"] = back_history
    assert ("long_lasting_symptoms" in fired(findings)) is fires
    if fires:
        assert level(findings) == "consultation"


def test_an_external_heat_source_does_not_switch_off_14_days():
    findings = {"duration": 14, "external_heat_source": P}
    assert fired(findings) == ["long_lasting_symptoms"]
    assert level(findings) == "consultation"
    assert level({"duration": 13, "external_heat_source": P}) == "self_care"


@pytest.mark.parametrize("duration, heat, fires", [
    (2, None, False), (2.9, None, False), (3, None, True), (3.0, None, True), (13, None, True),
    (3, A, True), (3, U, True), (3, P, False), (13, P, False), (2, A, False), (U, None, False),
])
def test_persistent_symptoms_duration_and_external_heat_source(duration, heat, fires):
    findings: Dict[str, Any] = {"duration": duration}
    if heat is not None:
        findings["external_heat_source"] = heat
    assert ("persistent_symptoms" in fired(findings)) is fires
    assert level(findings) == ("consultation" if fires else "self_care")


@pytest.mark.parametrize("back_history, duration, fires", [
    (P, 3, True), (P, 10, True), (P, 2, False), (P, U, False), (P, None, False),
    (A, 3, False), (U, 3, False), (None, 3, False),
])
def test_recurrent_back_problem(back_history, duration, fires):
    findings: Dict[str, Any] = {}
    if back_history is not None:
        findings["back_history"] = back_history
    if duration is not None:
        findings["duration"] = duration
    assert ("recurrent_back_problem" in fired(findings)) is fires


@pytest.mark.parametrize("age, back_history, fires", [
    (49, None, False), (49.9, None, False), (50, None, True), (50.0, None, True), (87, None, True),
    (50, A, True), (50, U, True), (50, P, False), (87, P, False), (49, A, False), (U, None, False),
])
def test_new_pain_over_50_age_and_back_history(age, back_history, fires):
    findings: Dict[str, Any] = {"age": age}
    if back_history is not None:
        findings["back_history"] = back_history
    assert ("new_pain_over_50" in fired(findings)) is fires
    assert level(findings) == ("consultation" if fires else "self_care")


# --------------------------------------------------------------------------
# Combining rules: the most urgent wins, every rule is listed, most urgent first.


def _first(rule_id: str) -> dict:
    return SPEC_RULES[rule_id][1][0]


@pytest.mark.parametrize("a, b", list(combinations(SPEC_RULES, 2)))
def test_the_most_urgent_rule_wins_for_every_pair_of_rules(a, b):
    findings = {**_first(a), **_first(b)}
    result = SPEC.evaluate(findings)
    assert set(fired(findings)) == expected_rules(findings)
    assert result.level == expected_level(findings)
    if {a, b} <= expected_rules(findings):  # both fire (not so when one's findings switch the other off)
        # At least the more urgent of the two (a combined rule such as
        # spinal_cord_compression_risk can make it more urgent still).
        assert RANK[result.level] <= min(RANK[SPEC_RULES[a][0]], RANK[SPEC_RULES[b][0]])


def test_reasons_list_every_rule_that_fired_most_urgent_first():
    findings = {
        "anxiety": P, "rash": P, "leg_weakness": P, "chest_pain": P, "fever": P,
        "duration": 5, "age": 60, "medications": ["antidepressant"], "night_sweats": U,
    }
    result = SPEC.evaluate(findings)
    assert result.level == "emergency_ambulance"
    rules = [r.rule for r in result.reasons]
    assert set(rules) == {
        "possible_aortic_or_cardiac_event", "progressive_neuro_deficit", "fever_with_back_pain",
        "possible_shingles", "persistent_symptoms", "medication_effect", "anxiety_related",
        "new_pain_over_50", "unknown_red_flag",
    }
    ranks = [RANK[r.level] for r in result.reasons]
    assert ranks == sorted(ranks)
    assert rules[0] == "possible_aortic_or_cardiac_event"


def test_every_rule_at_once():
    findings: Dict[str, Any] = {
        "collapse": P, "paralysis": P, "severe_burn": P, "very_unwell": P, "age": 70, "severe_pain": P,
        "saddle_numbness": P, "leg_weakness": P, "high_fever": P, "trauma": P, "fever": P, "diabetes": P,
        "cancer_history": P, "leg_numbness": P, "pregnant": P, "rash": P, "immunosuppressed": P,
        "medications": ["anticoagulant", "antidepressant"], "urinary_symptoms": P, "location": "flank",
        "weight_loss": P, "osteoporosis_or_steroids": P, "tearing_pain": U, "activity_effect": "worse_at_rest",
        "duration": 20, "radiating_leg_pain": P, "hot_flashes": P, "anxiety": P, "night_sweats": U,
    }
    result = SPEC.evaluate(findings)
    assert result.level == "emergency_ambulance"
    assert set(fired(findings)) == set(SPEC_RULES) - {"recurrent_back_problem"}  # back_history not known
    findings["back_history"] = P
    assert set(fired(findings)) == set(SPEC_RULES) - {"new_pain_over_50"}


def test_self_care_when_nothing_fires():
    for findings in [{}, {f: A for f in YES_NO},
                     {**{f: A for f in YES_NO}, "age": 30, "duration": 1, "medications": [],
                      "location": "lower_back", "sensation": "burning", "activity_effect": "no_change",
                      "localized": "one_spot"}]:
        result = SPEC.evaluate(findings)
        assert result.level == "self_care"
        assert result.reasons == ()
        assert result.self_care_advice == ()


# --------------------------------------------------------------------------
# Safety net (spec section 3): it agrees with the rules and names the signs
# the spec lists.

SAFETY_NET_MUST_NAME = {
    "chest_pain": "chest pain",
    "collapse": "fainting",
    "leg_weakness": "weakness in the legs",
    "leg_numbness": "numbness in the legs",
    "bladder_bowel_dysfunction": "trouble passing urine or loss of bladder or bowel control",
    "saddle_numbness": "numbness between the legs",
    "high_fever": "a high fever",
    "severe_pain": "pain that becomes severe",
}
SAFETY_NET_INTRO_WORDS = {
    "emergency_ambulance": "emergency services",
    "emergency": "emergency department",
}


def _safety_net_signs() -> Dict[str, str]:
    return {fid: tier.level for tier in SPEC.safety_net for fid, _ in tier.signs}


def test_safety_net_tiers_are_distinct_levels_most_urgent_first():
    tiers = [tier.level for tier in SPEC.safety_net]
    assert tiers, "there is a safety net"
    assert len(set(tiers)) == len(tiers)
    assert [RANK[t] for t in tiers] == sorted(RANK[t] for t in tiers)
    assert "self_care" not in tiers


@pytest.mark.parametrize("sign, tier_level", sorted(_safety_net_signs().items()))
def test_each_safety_net_sign_is_in_the_tier_of_the_level_its_presence_alone_gives(sign, tier_level):
    assert SPEC.findings[sign].kind == "yes_no"
    assert level({sign: P}) == tier_level
    assert expected_level({sign: P}) == tier_level, "and that is the level the spec text gives"


def test_each_sign_is_listed_once():
    signs = [fid for tier in SPEC.safety_net for fid, _ in tier.signs]
    assert len(signs) == len(set(signs))


@pytest.mark.parametrize("sign", list(SAFETY_NET_MUST_NAME))
def test_the_safety_net_names_what_spec_section_3_lists(sign):
    signs = _safety_net_signs()
    assert sign in signs, f"the safety net does not name {SAFETY_NET_MUST_NAME[sign]} ({sign})"
    assert signs[sign] == expected_level({sign: P})


def test_weakness_in_the_legs_means_an_emergency_department_and_chest_pain_an_ambulance():
    signs = _safety_net_signs()
    assert signs["leg_weakness"] == "emergency"
    assert signs["chest_pain"] == signs["collapse"] == "emergency_ambulance"


# The safety net of a result agrees with the rules *for this person*: a sign is
# placed under the level it leads to given the other findings (section 3:
# kidney_infection_in_pregnancy, shingles_immunosuppressed,
# bleeding_risk_nerve_signs, spinal_infection_risk, spinal_cord_compression_risk).
SAFETY_NET_CONTEXTS = [
    ({"pregnant": P}, "fever"), ({"pregnant": P}, "urinary_symptoms"), ({"immunosuppressed": P}, "rash"),
    ({"medications": ["anticoagulant"]}, "leg_numbness"), ({"diabetes": P}, "fever"),
    ({"cancer_history": P}, "leg_numbness"),
]


def _result_tier(findings, sign):
    return next(lv for lv, signs in SPEC.evaluate(findings).safety_net if sign in signs)


@pytest.mark.parametrize("context, sign", SAFETY_NET_CONTEXTS, ids=str)
def test_the_safety_net_tier_of_a_sign_agrees_with_the_rules_for_this_person(context, sign):
    tier_level = _result_tier(context, sign)
    assert tier_level == expected_level({**context, sign: P}) == "emergency", (context, sign, tier_level)
    assert _result_tier({}, sign) == "consultation_24", "without the context the sign stays in its own tier"


def test_a_present_sign_is_not_in_the_safety_net():
    net = SPEC.evaluate({"fever": P}).safety_net
    assert not any("fever" in signs for _, signs in net)
    assert any("high_fever" in signs for _, signs in net)


@pytest.mark.parametrize("tier", SPEC.safety_net, ids=lambda t: t.level)
def test_safety_net_wording(tier):
    assert tier.intro.strip()
    if tier.level in SAFETY_NET_INTRO_WORDS:
        assert SAFETY_NET_INTRO_WORDS[tier.level] in tier.intro.lower()
    for fid, phrase in tier.signs:
        assert phrase.strip(), fid


# --------------------------------------------------------------------------
# Self-care advice (spec section 3, self_care) and result notes.

NSAID_WORDS = ("ibuprofen", "naproxen", "diclofenac", "anti-inflammator", "nsaid")
NEGATIONS = ("not ", "n't", "never", "avoid")


def _sentences(text: str) -> List[str]:
    return [s.lower() for s in re.split(r"(?<=[.!?;:])\s+", text) if s.strip()]


def _suggests(text: str, words) -> bool:
    """A sentence names one of ``words`` and is not a negation ("do not take ...")."""
    return any(any(w in s for w in words) and not any(n in s for n in NEGATIONS) for s in _sentences(text))


def _advice_texts(result) -> List[str]:
    return [SPEC.advice_text(a) for a in result.self_care_advice]


ADVICE_IDS = [a.id for a in SPEC.self_care_advice]
NOTE_IDS = [n.id for n in SPEC.result_notes]

SELF_CARE_WORDS = {
    "external_heat_source": ["breathable", "bedding"],
    "recent_strain": ["active", "paracetamol", "acetaminophen", "pack"],
    "sunburn": ["cool", "moisturiser", "sun"],
}


@pytest.mark.parametrize("fid", list(SELF_CARE_WORDS))
def test_self_care_advice_follows_the_finding(fid):
    result = SPEC.evaluate({fid: P, "duration": 1, "age": 30})
    assert result.level == "self_care"
    texts = " ".join(_advice_texts(result)).lower()
    for word in SELF_CARE_WORDS[fid]:
        assert word in texts, (fid, word)
    for value in (A, U):
        assert SPEC.evaluate({fid: value}).self_care_advice == ()


def test_strain_advice_keeps_active_and_offers_paracetamol_or_an_nsaid():
    texts = _advice_texts(SPEC.evaluate({"recent_strain": P}))
    assert any(_suggests(t, ("paracetamol",)) for t in texts)
    assert any(_suggests(t, NSAID_WORDS) for t in texts), "an NSAID if suitable (article 3)"
    assert not any(_suggests(t, ("bed rest",)) for t in texts), "NICE NG59 advises against bed rest"


def test_sunburn_advice_alone_offers_no_painkiller():
    texts = _advice_texts(SPEC.evaluate({"sunburn": P}))
    assert texts
    assert not any(_suggests(t, NSAID_WORDS + ("paracetamol", "aspirin")) for t in texts)


def test_the_nsaid_advice_says_when_an_nsaid_is_not_suitable():
    for advice_id in ADVICE_IDS:
        text = SPEC.advice_text(advice_id).lower()
        if _suggests(text, NSAID_WORDS):
            for words in ("pregnan", "blood thinner", "stomach ulcer", "kidney", "heart"):
                assert words in text, (advice_id, words)


@pytest.mark.parametrize("context", [
    {"medications": ["anticoagulant"]}, {"medications": ["anticoagulant", OTHER_MED]},
    {"medications": ALL_MEDS}, {"pregnant": P}, {"pregnant": P, "medications": ["anticoagulant"]},
    {"pregnant": P, "external_heat_source": P},
], ids=str)
def test_never_an_nsaid_with_an_anticoagulant_or_in_pregnancy(context):
    result = SPEC.evaluate({"recent_strain": P, **context})
    if "antidepressant" not in context.get("medications", []):
        assert result.level == "self_care"
        texts = _advice_texts(result)
        assert any(_suggests(t, ("paracetamol",)) for t in texts), "paracetamol is still offered"
    for advice_id in SPEC.advice_for(result.findings):  # what would be said at self-care
        assert not _suggests(SPEC.advice_text(advice_id), NSAID_WORDS), advice_id


def _all_wording() -> List[tuple]:
    items = [("level", lv, SPEC.level_advice[lv]) for lv in SPEC.levels]
    items += [("advice", a, SPEC.advice_text(a)) for a in ADVICE_IDS]
    items += [("note", n, SPEC.note_text(n)) for n in NOTE_IDS]
    items += [("safety_net", fid, phrase) for tier in SPEC.safety_net for fid, phrase in tier.signs]
    items += [("cause", c.id, c.label) for c in SPEC.causes]
    items += [("disclaimer", "disclaimer", SPEC.disclaimer)]
    return items


@pytest.mark.parametrize("kind, item_id, text", _all_wording(), ids=lambda v: str(v)[:40])
def test_aspirin_is_never_suggested(kind, item_id, text):
    for sentence in _sentences(text):
        if "aspirin" in sentence:
            assert any(n in sentence for n in NEGATIONS), (kind, item_id, sentence)


def test_burn_first_aid_with_a_severe_burn_at_emergency_level():
    result = SPEC.evaluate({"severe_burn": P})
    assert result.level == "emergency_ambulance"
    assert result.self_care_advice == ()
    notes = " ".join(SPEC.note_text(n) for n in result.notes).lower()
    for words in ("cool running water", "20 minutes", "jewellery", "unless", "ice", "cream", "butter",
                  "cling film", "plastic bag"):
        assert words in notes, words
    assert not _suggests(notes, ("ice",)), "no ice"


def _burn_first_aid_ids() -> set:
    return {n for n in NOTE_IDS if "20 minutes" in SPEC.note_text(n)}


@pytest.mark.parametrize("findings", [
    {"severe_burn": P, "chest_pain": P}, {"severe_burn": P, "sunburn": P, "external_heat_source": P},
    {"severe_burn": P, "medications": ["anticoagulant"], "pregnant": P},
], ids=str)
def test_burn_first_aid_with_other_findings(findings):
    assert _burn_first_aid_ids() <= set(SPEC.evaluate(findings).notes)
    assert _burn_first_aid_ids()


@pytest.mark.parametrize("findings", [{}, {"sunburn": P}, {"severe_burn": A}, {"severe_burn": U},
                                      {"external_heat_source": P}], ids=str)
def test_no_burn_first_aid_without_a_severe_burn(findings):
    assert not _burn_first_aid_ids() & set(SPEC.evaluate(findings).notes)


HEAT_PACK_WORDS = ("heat pack", "heating pad", "warm or cold pack", "hot water bottle", "heat rub")


def test_the_heat_pad_caution_mentions_diabetes_and_reduced_feeling():
    cautions = [a for a in ADVICE_IDS
                if "diabetes" in SPEC.advice_text(a).lower() and "heat" in SPEC.advice_text(a).lower()]
    assert cautions, "an advice warns about heat packs and diabetes"
    for advice_id in cautions:
        text = SPEC.advice_text(advice_id).lower()
        assert "reduced feeling" in text and "burn" in text, text


@pytest.mark.parametrize("findings", [{"recent_strain": P}, {"external_heat_source": P},
                                      {"recent_strain": P, "pregnant": P}, {"recent_strain": P, "diabetes": P},
                                      {"recent_strain": P, "medications": ["anticoagulant"]}], ids=str)
def test_heat_pack_advice_comes_with_the_diabetes_caution(findings):
    texts = [t.lower() for t in _advice_texts(SPEC.evaluate(findings))]
    assert any(w in t for t in texts for w in HEAT_PACK_WORDS)
    assert any("diabetes" in t for t in texts)


@pytest.mark.parametrize("med_class", ALL_MEDS)
def test_a_medicine_gives_the_keep_taking_it_note(med_class):
    notes = [SPEC.note_text(n).lower() for n in SPEC.evaluate({"medications": [med_class]}).notes]
    assert any("do not stop" in note for note in notes)


@pytest.mark.parametrize("medications", [[], U, "antidepressant"], ids=str)
def test_no_keep_taking_note_without_a_medicine(medications):
    notes = [SPEC.note_text(n).lower() for n in SPEC.evaluate({"medications": medications}).notes]
    assert not any("do not stop" in note for note in notes)


def test_shingles_note():
    for sign in ("rash", "one_sided_band"):
        assert any("72 hours" in SPEC.note_text(n) for n in SPEC.evaluate({sign: P}).notes)
    assert not any("72 hours" in SPEC.note_text(n) for n in SPEC.evaluate({"fever": P}).notes)


def test_advice_and_note_ids_resolve_to_text():
    for advice_id in ADVICE_IDS:
        assert SPEC.advice_text(advice_id).strip()
    for note_id in NOTE_IDS:
        assert SPEC.note_text(note_id).strip()


# --------------------------------------------------------------------------
# The result (contract section 3: the engine's part of the `triage` payload).


@pytest.mark.parametrize("findings", [
    {}, {"one_sided_band": P, "fever": A, "bladder_bowel_dysfunction": A},
    {"chest_pain": P}, {"saddle_numbness": P, "age": 70}, {"external_heat_source": P},
    {"medications": ["chemotherapy"], "duration": 20, "back_history": P}, {"paralysis": U},
    {"severe_burn": P}, {"recent_strain": P, "medications": ["anticoagulant"]},
], ids=str)
def test_result_is_plain_ids(findings):
    result = SPEC.evaluate(findings)
    assert result.level in LEVELS
    assert result.spec_version == "2"
    assert dict(result.findings) == findings
    assert set(result.possible_causes) <= set(SPEC_CAUSES)
    assert set(result.self_care_advice) <= set(ADVICE_IDS)
    assert set(result.notes) <= set(NOTE_IDS)
    reasons = [r.as_dict() for r in result.reasons]
    for reason in reasons:
        assert set(reason) == {"rule", "level", "findings"}
        assert isinstance(reason["findings"], list)
    plain = {"level": result.level, "reasons": reasons, "possible_causes": list(result.possible_causes),
             "findings": dict(result.findings), "spec_version": result.spec_version}
    assert json.loads(json.dumps(plain)) == plain, "the result is plain JSON"
    assert result.is_emergency is (result.level in EMERGENCY_LEVELS)


def test_contract_example_shingles():
    result = SPEC.evaluate({"one_sided_band": P, "fever": A, "bladder_bowel_dysfunction": A})
    assert result.level == "consultation_24"
    assert [r.as_dict() for r in result.reasons] == [
        {"rule": "possible_shingles", "level": "consultation_24", "findings": ["one_sided_band"]}]
    assert "shingles" in result.possible_causes


# --------------------------------------------------------------------------
# Possible causes (spec section 5).

CAUSE_CASES = [
    pytest.param(cause, findings, id=f"{cause}-{i}")
    for cause, alternatives in SPEC_CAUSES.items()
    for i, findings in enumerate(alternatives)
]


@pytest.mark.parametrize("cause, findings", CAUSE_CASES)
def test_cause_appears_for_its_findings(cause, findings):
    assert cause in SPEC.evaluate(findings).possible_causes
    for fid, value in findings.items():
        rest = {k: v for k, v in findings.items() if k != fid}
        assert cause not in SPEC.evaluate(rest).possible_causes, f"without {fid}"
        for weaker in _weakened(value):
            assert cause not in SPEC.evaluate({**findings, fid: weaker}).possible_causes, (fid, weaker)


def test_no_cause_without_findings():
    assert SPEC.evaluate({}).possible_causes == ()


@pytest.mark.parametrize("findings, cause, present", [
    ({"duration": 13}, "spinal_joint_inflammation", False),
    ({"duration": 14}, "spinal_joint_inflammation", True),
    ({"location": "lower_back"}, "kidney_infection_or_stone", False),
    ({"sensation": "burning"}, "nerve_irritation", False),
    ({"activity_effect": "worse_at_rest"}, "muscle_strain", False),
    ({"fever": P}, "spinal_infection", False),
    ({"leg_numbness": P, "sensation": "burning", "recent_strain": P}, "nerve_disease", False),
    ({"leg_numbness": P, "sensation": "burning", "recent_strain": A}, "nerve_disease", True),
    ({"leg_numbness": P, "sensation": "tingling"}, "nerve_disease", False),
    ({"medications": [OTHER_MED]}, "medication_side_effect", False),
    ({"medications": ["anticoagulant"]}, "medication_side_effect", True),  # a recognised class
    ({"age": 70, "severe_pain": P, "location": "upper_back"}, "heart_or_aorta_emergency", False),
    ({"age": 59, "severe_pain": P}, "heart_or_aorta_emergency", False),
    ({"activity_effect": "worse_at_rest", "age": 49}, "serious_spinal_condition", False),
    ({"medications": ["antidepressant"], "leg_numbness": P}, "spinal_bleeding", False),
], ids=str)
def test_cause_edge_cases(findings, cause, present):
    assert (cause in SPEC.evaluate(findings).possible_causes) is present


# --------------------------------------------------------------------------
# The engine agrees with the spec oracle on arbitrary well-formed findings.


def _value(fid: str) -> st.SearchStrategy:
    kind = KINDS.get(fid, "yes_no")
    if kind == "yes_no":
        return st.sampled_from([P, A, U])
    if kind == "number":
        return st.one_of(st.integers(0, 120), st.floats(0, 120), st.just(U), st.sampled_from([49, 50, 59, 60]))
    if kind == "duration":
        return st.one_of(st.integers(0, 60), st.floats(0, 60), st.just(U), st.sampled_from([2, 3, 13, 14]))
    if kind == "choice":
        return st.sampled_from(sorted(CHOICES[fid]) + [U])
    return st.one_of(st.just(U), st.lists(st.sampled_from(ALL_MEDS), max_size=3, unique=True))


FINDINGS = st.fixed_dictionaries({}, optional={fid: _value(fid) for fid in ALL_FINDINGS})


@settings(max_examples=300, deadline=None)
@given(findings=FINDINGS)
def test_engine_agrees_with_the_spec_oracle(findings):
    result = SPEC.evaluate(findings)
    assert {r.rule for r in result.reasons} == expected_rules(findings)
    assert result.level == expected_level(findings)
    assert set(result.possible_causes) == {c for c, holds in SPEC_CAUSE_ORACLE.items() if holds(findings)}
    ranks = [RANK[r.level] for r in result.reasons]
    assert ranks == sorted(ranks), "reasons are ordered most urgent first"
    assert SPEC.level_of(findings) == result.level
    if result.level != "self_care":
        assert result.self_care_advice == (), "self-care advice only at the self_care level"
    meds = findings.get("medications")
    if (isinstance(meds, list) and "anticoagulant" in meds) or findings.get("pregnant") == P:
        for advice_id in SPEC.advice_for(result.findings):
            assert not _suggests(SPEC.advice_text(advice_id), NSAID_WORDS), advice_id
