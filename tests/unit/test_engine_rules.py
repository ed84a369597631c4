"""Every rule, level and possible cause of shared/clinical/triage-spec.md.

The tables below are written from the spec (sections 1, 2, 3 and 5), not from
bot/clinical/triage_spec.yml: they are an independent statement of what the
data file must say. The data file is checked against them, so a change to the
data file that diverges from the spec fails here.
"""

from __future__ import annotations

import json
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

# Words the advice of each level must carry (spec section 1, "what the person is told").
LEVEL_ADVICE_WORDS = {
    "emergency_ambulance": ["call emergency services now", "911", "999", "112", "do not drive yourself"],
    "emergency": ["emergency department now", "ambulance"],
    "consultation_24": ["24 hours", "emergency department"],
    "consultation": ["gp", "physiotherapist", "next few days"],
    "self_care": ["home", "few days"],
}

DISCLAIMER = (
    "This is not a diagnosis and does not replace a medical professional. "
    "If you think this is an emergency, call your local emergency number."
)

# --------------------------------------------------------------------------
# Spec section 2: findings.

RED_FLAGS = [  # in the spec's order (most dangerous first)
    "collapse", "chest_pain", "tearing_pain", "paralysis", "severe_burn",
    "bladder_bowel_dysfunction", "saddle_numbness", "leg_weakness", "high_fever",
    "severe_pain", "trauma", "fever", "leg_numbness", "rash", "one_sided_band",
    "urinary_symptoms", "weight_loss", "night_sweats",
]
RISK_FACTORS = ["age", "iv_drug_use", "immunosuppressed", "cancer_history", "osteoporosis_or_steroids"]
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
CHOICES = {
    "activity_effect": {"worse_with_movement", "worse_at_rest", "no_change"},
    "location": {"upper_back", "middle_back", "lower_back", "flank", "between_shoulder_blades", "whole_back"},
    "localized": {"one_spot", "widespread"},
    "sensation": {"burning", "warmth", "tingling", "electric", "itching", "aching", "sharp"},
    "medications": {"antidepressant", "adhd_stimulant", "muscle_relaxant", "hormonal_therapy", "chemotherapy"},
}
MED_CLASSES = sorted(CHOICES["medications"])
ALL_FINDINGS = RED_FLAGS + RISK_FACTORS + CLINICAL
YES_NO = [f for f in ALL_FINDINGS if f not in KINDS]

# --------------------------------------------------------------------------
# Spec section 3: rules. id -> (level, minimal sets of findings that fire it).
# Every listed set fires the rule; taking any one finding out of it does not.

SPEC_RULES: Dict[str, tuple] = {
    # emergency_ambulance
    "possible_aortic_or_cardiac_event": (
        "emergency_ambulance", [{"collapse": P}, {"chest_pain": P}, {"tearing_pain": P}]),
    "paralysis": ("emergency_ambulance", [{"paralysis": P}]),
    "severe_burn": ("emergency_ambulance", [{"severe_burn": P}]),
    # emergency
    "cauda_equina": ("emergency", [{"bladder_bowel_dysfunction": P}, {"saddle_numbness": P}]),
    "progressive_neuro_deficit": ("emergency", [{"leg_weakness": P}]),
    "high_fever": ("emergency", [{"high_fever": P}]),
    "severe_pain": ("emergency", [{"severe_pain": P}]),
    "significant_trauma": ("emergency", [{"trauma": P}]),
    "spinal_infection_risk": (
        "emergency", [{"fever": P, "iv_drug_use": P}, {"fever": P, "immunosuppressed": P}]),
    # consultation_24
    "fever_with_back_pain": ("consultation_24", [{"fever": P}]),
    "possible_kidney_infection": (
        "consultation_24",
        [{"urinary_symptoms": P, "location": "flank"}, {"urinary_symptoms": P, "location": "lower_back"}]),
    "possible_shingles": ("consultation_24", [{"rash": P}, {"one_sided_band": P}]),
    "new_leg_numbness": ("consultation_24", [{"leg_numbness": P}]),
    "systemic_warning_signs": ("consultation_24", [{"weight_loss": P}, {"night_sweats": P}]),
    "cancer_history": ("consultation_24", [{"cancer_history": P}]),
    "possible_fracture": ("consultation_24", [{"osteoporosis_or_steroids": P}]),
    # consultation
    "persistent_symptoms": ("consultation", [{"duration": 3}]),
    "sciatica_pattern": ("consultation", [{"radiating_leg_pain": P}]),
    "hormonal_or_thyroid": ("consultation", [{"hot_flashes": P}, {"heat_intolerance": P}]),
    "medication_effect": ("consultation", [{"medications": [c]} for c in MED_CLASSES]),
    "anxiety_related": ("consultation", [{"anxiety": P}]),
    "recurrent_back_problem": ("consultation", [{"back_history": P, "duration": 3}]),
    "new_pain_over_50": ("consultation", [{"age": 50}]),
    "unknown_red_flag": ("consultation", [{rf: U} for rf in RED_FLAGS]),
}

# Findings a rule reads besides those of its firing sets (the protective ones).
EXTRA_READS = {
    "persistent_symptoms": {"external_heat_source"},
    "new_pain_over_50": {"back_history"},
}


def _present(f: Mapping[str, Any], fid: str) -> bool:
    return f.get(fid) == P


def _at_least(f: Mapping[str, Any], fid: str, bound: float) -> bool:
    v = f.get(fid)
    return isinstance(v, (int, float)) and not isinstance(v, bool) and v >= bound


def _any_present(*ids: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda f: any(_present(f, i) for i in ids)


# The same rules as predicates, written from the spec's "fires when" column
# (an oracle the engine is compared with on arbitrary findings).
SPEC_RULE_ORACLE: Dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "possible_aortic_or_cardiac_event": _any_present("collapse", "chest_pain", "tearing_pain"),
    "paralysis": _any_present("paralysis"),
    "severe_burn": _any_present("severe_burn"),
    "cauda_equina": _any_present("bladder_bowel_dysfunction", "saddle_numbness"),
    "progressive_neuro_deficit": _any_present("leg_weakness"),
    "high_fever": _any_present("high_fever"),
    "severe_pain": _any_present("severe_pain"),
    "significant_trauma": _any_present("trauma"),
    "spinal_infection_risk": lambda f: _present(f, "fever") and (
        _present(f, "iv_drug_use") or _present(f, "immunosuppressed")),
    "fever_with_back_pain": _any_present("fever"),
    "possible_kidney_infection": lambda f: _present(f, "urinary_symptoms")
    and f.get("location") in ("flank", "lower_back"),
    "possible_shingles": _any_present("rash", "one_sided_band"),
    "new_leg_numbness": _any_present("leg_numbness"),
    "systemic_warning_signs": _any_present("weight_loss", "night_sweats"),
    "cancer_history": _any_present("cancer_history"),
    "possible_fracture": _any_present("osteoporosis_or_steroids"),
    "persistent_symptoms": lambda f: _at_least(f, "duration", 3) and not _present(f, "external_heat_source"),
    "sciatica_pattern": _any_present("radiating_leg_pain"),
    "hormonal_or_thyroid": _any_present("hot_flashes", "heat_intolerance"),
    "medication_effect": lambda f: isinstance(f.get("medications"), list)
    and any(c in MED_CLASSES for c in f["medications"]),
    "anxiety_related": _any_present("anxiety"),
    "recurrent_back_problem": lambda f: _present(f, "back_history") and _at_least(f, "duration", 3),
    "new_pain_over_50": lambda f: _at_least(f, "age", 50) and not _present(f, "back_history"),
    "unknown_red_flag": lambda f: any(f.get(rf) == U for rf in RED_FLAGS),
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
    "spinal_infection": [{"fever": P, "iv_drug_use": P}, {"fever": P, "immunosuppressed": P}],
    "hormonal_change": [{"hot_flashes": P}],
    "hyperthyroidism": [{"heat_intolerance": P}],
    "medication_side_effect": [{"medications": [c]} for c in MED_CLASSES],
    "anxiety_or_panic": [{"anxiety": P}],
    "burn_or_sunburn": [{"severe_burn": P}, {"sunburn": P}],
    "cauda_equina_syndrome": [{"bladder_bowel_dysfunction": P}, {"saddle_numbness": P}],
    "heart_or_aorta_emergency": [{"chest_pain": P}, {"tearing_pain": P}, {"collapse": P}],
    "serious_spinal_condition": [{"weight_loss": P}, {"night_sweats": P}, {"cancer_history": P},
                                 {"osteoporosis_or_steroids": P}],
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
    "spinal_infection": SPEC_RULE_ORACLE["spinal_infection_risk"],
    "hormonal_change": _any_present("hot_flashes"),
    "hyperthyroidism": _any_present("heat_intolerance"),
    "medication_side_effect": SPEC_RULE_ORACLE["medication_effect"],
    "anxiety_or_panic": _any_present("anxiety"),
    "burn_or_sunburn": _any_present("severe_burn", "sunburn"),
    "cauda_equina_syndrome": _any_present("bladder_bowel_dysfunction", "saddle_numbness"),
    "heart_or_aorta_emergency": _any_present("chest_pain", "tearing_pain", "collapse"),
    "serious_spinal_condition": _any_present("weight_loss", "night_sweats", "cancer_history",
                                             "osteoporosis_or_steroids"),
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


@pytest.mark.parametrize("level", LEVELS)
def test_level_advice_says_what_spec_section_1_says(level):
    advice = SPEC.level_advice[level].lower()
    for words in LEVEL_ADVICE_WORDS[level]:
        assert words in advice, (level, words, advice)


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


def test_rule_table_matches_spec_section_3():
    data = {rule.id: rule.level for rule in SPEC.rules}
    assert data == {rule_id: level for rule_id, (level, _) in SPEC_RULES.items()}
    assert len(SPEC.rules) == len(SPEC_RULES) == 24


@pytest.mark.parametrize("rule", SPEC.rules, ids=lambda r: r.id)
def test_every_rule_in_the_data_is_in_the_spec_table_and_reads_the_spec_findings(rule):
    assert rule.id in SPEC_RULES, f"rule {rule.id} is not in triage-spec.md section 3"
    level, alternatives = SPEC_RULES[rule.id]
    assert rule.level == level
    reads = set().union(*(set(a) for a in alternatives)) | EXTRA_READS.get(rule.id, set())
    assert set(rule.when.finding_ids) == reads
    assert rule.source.strip(), f"rule {rule.id} names no source"


def test_cause_table_matches_spec_section_5():
    assert {c.id for c in SPEC.causes} == set(SPEC_CAUSES)


def test_disclaimer_is_the_text_of_spec_section_6():
    assert SPEC.disclaimer == DISCLAIMER


# --------------------------------------------------------------------------
# Each rule: fires on its findings, not without them, not on absent/unknown.


@pytest.mark.parametrize("rule_id, level, findings", RULE_CASES)
def test_rule_fires_on_its_findings(rule_id, level, findings):
    result = SPEC.evaluate(findings)
    assert rule_id in fired(findings)
    assert result.level == level
    reason = next(r for r in result.reasons if r.rule == rule_id)
    assert reason.level == level
    assert reason.findings, "a reason names the findings that led to it"
    assert set(reason.findings) <= set(findings)


@pytest.mark.parametrize("rule_id, level, findings", RULE_CASES)
def test_rule_does_not_fire_without_any_one_of_its_findings(rule_id, level, findings):
    assert rule_id not in fired({})
    for fid in findings:
        rest = {k: v for k, v in findings.items() if k != fid}
        assert rule_id not in fired(rest), f"fires without {fid}"


def _weakened(value: Any) -> List[Any]:
    """Values that must not fire a rule in place of a firing value."""
    if value == P:
        return [A, U]
    if isinstance(value, list):  # medications
        return [U, [], ["paracetamol"]]
    return [U]  # a number or a choice that is not known


@pytest.mark.parametrize("rule_id, level, findings",
                         [c for c in RULE_CASES if c.values[0] != "unknown_red_flag"])
def test_rule_does_not_fire_on_absent_or_unknown(rule_id, level, findings):
    # unknown_red_flag fires on unknown by definition: see its own tests below.
    for fid, value in findings.items():
        for weaker in _weakened(value):
            variant = {**findings, fid: weaker}
            assert rule_id not in fired(variant), f"fires with {fid}={weaker!r}"


@pytest.mark.parametrize("fid", YES_NO)
def test_a_single_present_finding_fires_exactly_the_spec_rules(fid):
    findings = {fid: P}
    assert set(fired(findings)) == expected_rules(findings)
    assert SPEC.evaluate(findings).level == expected_level(findings)


# --------------------------------------------------------------------------
# unknown_red_flag


@pytest.mark.parametrize("red_flag", RED_FLAGS)
def test_unknown_red_flag_fires_on_each_unknown_red_flag(red_flag):
    result = SPEC.evaluate({red_flag: U})
    assert fired({red_flag: U}) == ["unknown_red_flag"]
    assert result.level == "consultation"
    assert list(result.reasons[0].findings) == [red_flag]


@pytest.mark.parametrize("fid", [f for f in ALL_FINDINGS if f not in RED_FLAGS])
def test_unknown_red_flag_does_not_fire_on_other_unknown_findings(fid):
    assert "unknown_red_flag" not in fired({fid: U})


def test_unknown_red_flag_does_not_fire_on_present_absent_or_missing_red_flags():
    assert "unknown_red_flag" not in fired({})
    assert "unknown_red_flag" not in fired({rf: A for rf in RED_FLAGS})
    assert "unknown_red_flag" not in fired({rf: P for rf in RED_FLAGS})


def test_unknown_red_flag_lists_every_unknown_red_flag():
    findings = {"saddle_numbness": U, "rash": U, "fever": A, "iv_drug_use": U}
    reason = next(r for r in SPEC.evaluate(findings).reasons if r.rule == "unknown_red_flag")
    assert set(reason.findings) == {"saddle_numbness", "rash"}


# --------------------------------------------------------------------------
# Multi-condition rules: edge cases.


@pytest.mark.parametrize("risk", ["iv_drug_use", "immunosuppressed"])
def test_spinal_infection_risk_needs_fever_and_a_risk_factor(risk):
    assert "spinal_infection_risk" in fired({"fever": P, risk: P})
    assert SPEC.evaluate({"fever": P, risk: P}).level == "emergency"
    assert "spinal_infection_risk" not in fired({"fever": P})
    assert "spinal_infection_risk" not in fired({risk: P})
    assert "spinal_infection_risk" not in fired({"fever": P, risk: A})
    assert "spinal_infection_risk" not in fired({"fever": P, risk: U})
    assert "spinal_infection_risk" not in fired({"fever": A, risk: P})
    assert "spinal_infection_risk" not in fired({"fever": U, risk: P})
    assert "spinal_infection_risk" not in fired({"high_fever": P, risk: P}), "the rule names fever"
    # Fever alone is consultation_24, with the risk factor it is an emergency.
    assert SPEC.evaluate({"fever": P, risk: A}).level == "consultation_24"


@pytest.mark.parametrize("location, fires", [
    ("flank", True), ("lower_back", True), ("upper_back", False), ("middle_back", False),
    ("between_shoulder_blades", False), ("whole_back", False), (U, False), (None, False),
])
def test_possible_kidney_infection_location(location, fires):
    findings = {"urinary_symptoms": P}
    if location is not None:
        findings["location"] = location
    assert ("possible_kidney_infection" in fired(findings)) is fires
    assert SPEC.evaluate(findings).level == ("consultation_24" if fires else "self_care")


@pytest.mark.parametrize("location", ["flank", "lower_back"])
def test_possible_kidney_infection_needs_urinary_symptoms(location):
    assert "possible_kidney_infection" not in fired({"location": location})
    assert "possible_kidney_infection" not in fired({"location": location, "urinary_symptoms": A})
    assert "possible_kidney_infection" not in fired({"location": location, "urinary_symptoms": U})


@pytest.mark.parametrize("duration, heat, fires", [
    (2, None, False), (2.9, None, False), (3, None, True), (3.0, None, True), (30, None, True),
    (3, A, True), (3, U, True), (3, P, False), (30, P, False), (2, A, False), (U, None, False),
])
def test_persistent_symptoms_duration_and_external_heat_source(duration, heat, fires):
    findings: Dict[str, Any] = {"duration": duration}
    if heat is not None:
        findings["external_heat_source"] = heat
    assert ("persistent_symptoms" in fired(findings)) is fires
    assert SPEC.evaluate(findings).level == ("consultation" if fires else "self_care")


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
    assert SPEC.evaluate(findings).level == ("consultation" if fires else "self_care")


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
        assert result.level == min(SPEC_RULES[a][0], SPEC_RULES[b][0], key=RANK.__getitem__)
        assert {a, b} <= set(fired(findings))


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
    findings: Dict[str, Any] = {}
    for rule_id, (_, alternatives) in SPEC_RULES.items():
        if rule_id not in ("unknown_red_flag", "new_pain_over_50"):
            findings.update(alternatives[0])
    findings.update({"night_sweats": U, "weight_loss": P})  # an unknown red flag as well
    result = SPEC.evaluate(findings)
    assert result.level == "emergency_ambulance"
    assert set(fired(findings)) == set(SPEC_RULES) - {"new_pain_over_50"}  # back_history is present


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
# Self-care advice (spec section 3, self_care).

SELF_CARE_WORDS = {
    "external_heat_source": ["breathable", "bedding"],
    "recent_strain": ["rest", "paracetamol", "acetaminophen", "ibuprofen"],
    "sunburn": ["cool", "moisturiser", "sun"],
}


@pytest.mark.parametrize("fid", list(SELF_CARE_WORDS))
def test_self_care_advice_follows_the_finding(fid):
    result = SPEC.evaluate({fid: P, "duration": 1, "age": 30})
    assert result.level == "self_care"
    assert len(result.self_care_advice) == 1
    text = result.self_care_advice[0].lower()
    for word in SELF_CARE_WORDS[fid]:
        assert word in text, (fid, word)
    for other, words in SELF_CARE_WORDS.items():
        if other != fid:
            assert not all(w in text for w in words)
    for value in (A, U):
        assert SPEC.evaluate({fid: value}).self_care_advice == ()


def test_self_care_advice_for_several_findings():
    result = SPEC.evaluate({fid: P for fid in SELF_CARE_WORDS})
    assert result.level == "self_care"
    assert len(result.self_care_advice) == 3


def test_every_result_has_a_safety_net():
    for findings in [{}, {"fever": P}, {"chest_pain": P}, {"external_heat_source": P}]:
        assert SPEC.evaluate(findings).safety_net.strip()


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
])
def test_cause_edge_cases(findings, cause, present):
    assert (cause in SPEC.evaluate(findings).possible_causes) is present


# --------------------------------------------------------------------------
# Medications.


@pytest.mark.parametrize("med_class", MED_CLASSES)
def test_a_recognised_medication_class_fires_medication_effect_with_the_note(med_class):
    result = SPEC.evaluate({"medications": [med_class]})
    assert [r.rule for r in result.reasons] == ["medication_effect"]
    assert result.level == "consultation"
    assert "medication_side_effect" in result.possible_causes
    assert any("do not stop" in note.lower() for note in result.notes)


@pytest.mark.parametrize("medications", [[], ["paracetamol"], U, "antidepressant"])
def test_no_recognised_medication_no_medication_effect_and_no_note(medications):
    result = SPEC.evaluate({"medications": medications})
    assert "medication_effect" not in fired({"medications": medications})
    assert not any("do not stop" in note.lower() for note in result.notes)


def test_medications_with_a_recognised_and_an_unknown_class():
    result = SPEC.evaluate({"medications": ["ibuprofen", "antidepressant"]})
    assert "medication_effect" in [r.rule for r in result.reasons]
    assert result.findings["medications"] == ["antidepressant"]


def test_shingles_note():
    assert any("72 hours" in note for note in SPEC.evaluate({"rash": P}).notes)
    assert not any("72 hours" in note for note in SPEC.evaluate({"fever": P}).notes)


# --------------------------------------------------------------------------
# The result payload (contract section 3).

CONTRACT_TRIAGE_KEYS = {"level", "advice", "reasons", "possible_causes", "findings", "disclaimer",
                        "spec_version"}


@pytest.mark.parametrize("findings", [
    {}, {"one_sided_band": P, "fever": A, "bladder_bowel_dysfunction": A},
    {"chest_pain": P}, {"saddle_numbness": P, "age": 70}, {"external_heat_source": P},
    {"medications": ["chemotherapy"], "duration": 20, "back_history": P}, {"paralysis": U},
], ids=str)
def test_result_payload_has_every_contract_key(findings):
    result = SPEC.evaluate(findings)
    payload = result.as_payload()
    assert CONTRACT_TRIAGE_KEYS <= set(payload)
    assert payload["level"] == result.level
    assert payload["level"] in LEVELS
    assert payload["advice"] == SPEC.level_advice[result.level]
    assert payload["disclaimer"] == DISCLAIMER
    assert payload["spec_version"] == "1"
    assert payload["findings"] == findings
    for reason in payload["reasons"]:
        assert set(reason) == {"rule", "level", "findings"}
        assert isinstance(reason["findings"], list)
    assert isinstance(payload["possible_causes"], list)
    assert json.loads(json.dumps(payload)) == payload, "the payload is plain JSON"


def test_contract_example_shingles():
    payload = SPEC.evaluate({"one_sided_band": P, "fever": A, "bladder_bowel_dysfunction": A}).as_payload()
    assert payload["level"] == "consultation_24"
    assert payload["reasons"] == [
        {"rule": "possible_shingles", "level": "consultation_24", "findings": ["one_sided_band"]}]
    assert "shingles" in payload["possible_causes"]


# --------------------------------------------------------------------------
# The engine agrees with the spec oracle on arbitrary well-formed findings.


def _value(fid: str) -> st.SearchStrategy:
    kind = KINDS.get(fid, "yes_no")
    if kind == "yes_no":
        return st.sampled_from([P, A, U])
    if kind == "number":
        return st.one_of(st.integers(0, 120), st.floats(0, 120), st.just(U), st.sampled_from([49, 50]))
    if kind == "duration":
        return st.one_of(st.integers(0, 60), st.floats(0, 60), st.just(U), st.sampled_from([2, 3, 13, 14]))
    if kind == "choice":
        return st.sampled_from(sorted(CHOICES[fid]) + [U])
    return st.one_of(st.just(U), st.lists(st.sampled_from(MED_CLASSES + ["ibuprofen"]), max_size=3))


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
