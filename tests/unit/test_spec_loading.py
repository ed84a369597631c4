"""The rules file is validated at load: a mistake is a clear SpecError naming the
offending item, never a silent skip.

Every variant is a deep copy of bot/clinical/triage_spec.yml with one mistake.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, Callable, Dict

import pytest
import yaml

from bot.clinical.engine import SPEC_PATH, SpecError, TriageSpec, default_spec, load_spec

RAW: Dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def variant(mutate: Callable[[Dict[str, Any]], Any]) -> Dict[str, Any]:
    raw = copy.deepcopy(RAW)
    mutate(raw)
    return raw


def rule(raw: Dict[str, Any], rule_id: str) -> Dict[str, Any]:
    return next(r for r in raw["rules"] if r["id"] == rule_id)


def question_asking(raw: Dict[str, Any], fid: str) -> Dict[str, Any]:
    return next(q for q in raw["questions"] if fid in q["findings"])


def rejects(raw: Dict[str, Any], *names: str) -> str:
    """Loading fails with a SpecError whose message names every one of ``names``."""
    with pytest.raises(SpecError) as info:
        TriageSpec(raw)
    message = str(info.value)
    for name in names:
        assert name in message, f"{name!r} not named in: {message}"
    return message


# --------------------------------------------------------------------------


def test_the_project_rules_file_loads():
    spec = TriageSpec(copy.deepcopy(RAW))
    assert len(spec.rules) == 34
    assert default_spec().version == spec.version == "2"


def test_load_spec_reads_a_file(tmp_path: Path):
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(RAW), encoding="utf-8")
    assert [r.id for r in load_spec(path).rules] == [r.id for r in default_spec().rules]


def test_load_spec_error_names_the_file(tmp_path: Path):
    raw = variant(lambda r: rule(r, "paralysis").update(level="urgent"))
    path = tmp_path / "broken_rules.yml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_spec(path)
    assert "broken_rules.yml" in str(info.value)
    assert "urgent" in str(info.value)


def test_spec_error_is_a_value_error():
    assert issubclass(SpecError, ValueError)


# --------------------------------------------------------------------------
# Rules


def test_unknown_finding_id_in_a_rule():
    raw = variant(lambda r: rule(r, "paralysis").update(when={"present": "paralyses"}))
    rejects(raw, "paralyses", "paralysis")


def test_unknown_finding_id_nested_in_a_rule():
    def mutate(raw):
        rule(raw, "spinal_infection_risk")["when"] = {
            "all": [{"present": "fever"}, {"any": [{"present": "iv_drugs"}, {"present": "immunosuppressed"}]}]}
    rejects(variant(mutate), "iv_drugs", "spinal_infection_risk")


@pytest.mark.parametrize("operator", ["at_least", "one_of"])
def test_unknown_finding_id_in_a_keyed_condition(operator):
    arg = {"ages": 50} if operator == "at_least" else {"place": ["flank"]}
    raw = variant(lambda r: rule(r, "new_pain_over_50").update(when={operator: arg}))
    rejects(raw, "ages" if operator == "at_least" else "place", "new_pain_over_50")


def test_unknown_level():
    raw = variant(lambda r: rule(r, "cauda_equina").update(level="urgent"))
    rejects(raw, "urgent", "cauda_equina")


def test_the_self_care_level_is_not_a_rule_level():
    raw = variant(lambda r: rule(r, "anxiety_related").update(level="self_care"))
    rejects(raw, "self_care")


def test_unknown_condition_operator():
    raw = variant(lambda r: rule(r, "new_pain_over_50").update(when={"greater_than": {"age": 50}}))
    rejects(raw, "greater_than", "new_pain_over_50")


def test_unknown_condition_operator_nested():
    def mutate(raw):
        rule(raw, "persistent_symptoms")["when"] = {
            "all": [{"at_least": {"duration": 3}}, {"absent": "external_heat_source"}]}
    rejects(variant(mutate), "absent", "persistent_symptoms")


def test_unknown_choice_value_in_one_of():
    def mutate(raw):
        rule(raw, "possible_kidney_infection")["when"] = {
            "all": [{"present": "urinary_symptoms"}, {"one_of": {"location": ["flank", "kidney"]}}]}
    rejects(variant(mutate), "kidney", "location", "possible_kidney_infection")


def test_duplicate_rule_id():
    def mutate(raw):
        copy_of = copy.deepcopy(rule(raw, "severe_pain"))
        copy_of["level"] = "consultation"
        raw["rules"].append(copy_of)
    rejects(variant(mutate), "severe_pain")


def test_duplicate_rule_id_by_renaming():
    raw = variant(lambda r: rule(r, "severe_burn").update(id="paralysis"))
    rejects(raw, "paralysis")


def test_duplicate_level():
    raw = variant(lambda r: r["levels"].append(copy.deepcopy(r["levels"][1])))
    rejects(raw, "emergency")


@pytest.mark.parametrize("condition, finding", [
    ({"present": "age"}, "age"),                       # present needs a yes/no finding
    ({"not_present": "duration"}, "duration"),
    ({"present": "location"}, "location"),
    ({"at_least": {"fever": 3}}, "fever"),             # at_least needs a number
    ({"at_least": {"location": 3}}, "location"),
    ({"one_of": {"fever": ["present"]}}, "fever"),     # one_of needs a choice
    ({"one_of": {"age": [50]}}, "age"),
    ({"has_class": {"fever": ["antidepressant"]}}, "fever"),      # has_class needs a classes finding
    ({"has_class": {"location": ["flank"]}}, "location"),
    ({"not_one_of": {"fever": ["present"]}}, "fever"),            # not_one_of needs a choice
    ({"not_one_of": {"age": [50]}}, "age"),
    ({"not_one_of": {"medications": ["other"]}}, "medications"),
], ids=lambda v: str(v))
def test_finding_of_the_wrong_kind_for_an_operator(condition, finding):
    raw = variant(lambda r: rule(r, "anxiety_related").update(when=condition))
    rejects(raw, finding, "anxiety_related")


def test_at_least_needs_a_number():
    raw = variant(lambda r: rule(r, "new_pain_over_50").update(when={"at_least": {"age": "fifty"}}))
    rejects(raw, "fifty", "new_pain_over_50")


def test_any_class_was_removed():
    raw = variant(lambda r: rule(r, "medication_effect").update(when={"any_class": "medications"}))
    rejects(raw, "any_class", "medication_effect")


# --------------------------------------------------------------------------
# The operators of version 2: has_class, not_one_of, any_unknown, rule, not


@pytest.mark.parametrize("classes, name", [
    (["antidepressant", "blood_thinner"], "blood_thinner"),
    (["warfarin"], "warfarin"),
    ("anticoagulant", "anticoagulant"),  # a list of classes, not one class
    ([], "medications"),
], ids=repr)
def test_has_class_with_an_unknown_class(classes, name):
    raw = variant(lambda r: rule(r, "medication_effect").update(when={"has_class": {"medications": classes}}))
    rejects(raw, name, "medication_effect")


def test_has_class_takes_one_finding():
    when = {"has_class": {"medications": ["antidepressant"], "location": ["flank"]}}
    raw = variant(lambda r: rule(r, "medication_effect").update(when=when))
    rejects(raw, "has_class", "medication_effect")


def test_not_one_of_with_an_unknown_choice():
    def mutate(raw):
        rule(raw, "possible_kidney_infection")["when"] = {
            "all": [{"present": "urinary_symptoms"},
                    {"not_one_of": {"location": ["upper_back", "top_of_the_back"]}}]}
    rejects(variant(mutate), "top_of_the_back", "location", "possible_kidney_infection")


def test_not_one_of_unknown_finding():
    raw = variant(lambda r: rule(r, "possible_aortic_aneurysm").update(when={"not_one_of": {"place": ["flank"]}}))
    rejects(raw, "place", "possible_aortic_aneurysm")


@pytest.mark.parametrize("arg, names", [
    ("red_flag", ["any_unknown"]),                                   # not a mapping
    (["red_flag"], ["any_unknown"]),
    ({"group": "red_flag"}, ["any_unknown"]),                        # signs missing
    ({"signs": "emergency"}, ["any_unknown"]),                       # group missing
    ({"group": "red_flag", "signs": "emergency", "level": "x"}, ["any_unknown"]),  # an extra key
    ({"group": "red_flags", "signs": "emergency"}, ["red_flags"]),   # unknown group
    ({"group": "red_flag", "signs": "urgent"}, ["urgent"]),          # signs: emergency | other
    ({"group": "red_flag", "signs": ["emergency"]}, ["emergency"]),
], ids=repr)
def test_any_unknown_bad_arguments(arg, names):
    raw = variant(lambda r: rule(r, "unknown_red_flag").update(when={"any_unknown": arg}))
    rejects(raw, "unknown_red_flag", *names)


@pytest.mark.parametrize("when", [
    {"not": {"present": "external_heat_source"}},
    {"all": [{"at_least": {"duration": 3}}, {"not": {"present": "external_heat_source"}}]},
    {"any": [{"present": "anxiety"}, {"all": [{"present": "fever"}, {"not": {"present": "rash"}}]}]},
], ids=repr)
def test_not_is_never_in_a_rule(when):
    raw = variant(lambda r: rule(r, "persistent_symptoms").update(when=when))
    rejects(raw, "not", "persistent_symptoms")


def test_not_is_never_in_a_cause():
    raw = variant(lambda r: next(c for c in r["causes"] if c["id"] == "external_heat").update(
        when={"not": {"present": "fever"}}))
    rejects(raw, "not", "external_heat")


def test_not_is_allowed_in_advice_and_notes():
    def mutate(raw):
        raw["result_notes"][0]["when"] = {"all": [{"present": "severe_burn"}, {"not": {"present": "sunburn"}}]}
    spec = TriageSpec(variant(mutate))
    assert spec.result_notes[0].id == RAW["result_notes"][0]["id"]
    assert any("not" in str(a["when"]) for a in RAW["self_care_advice"]), "the project file uses `not` in advice"


def test_not_in_advice_still_checks_its_condition():
    raw = variant(lambda r: r["self_care_advice"][0].update(when={"not": {"present": "heating_pads"}}))
    rejects(raw, "heating_pads")


def test_unknown_rule_in_a_cause():
    raw = variant(lambda r: next(c for c in r["causes"] if c["id"] == "spinal_bleeding").update(
        when={"rule": "bleeding_risk_nerve_sign"}))
    rejects(raw, "bleeding_risk_nerve_sign", "spinal_bleeding")


def test_rule_in_a_cause_fires_with_the_rule():
    spec = TriageSpec(copy.deepcopy(RAW))
    findings = {"medications": ["anticoagulant"], "radiating_leg_pain": "present"}
    assert "spinal_bleeding" in spec.evaluate(findings).possible_causes


@pytest.mark.parametrize("where", ["rule", "advice", "note"])
def test_the_rule_operator_is_for_causes_only(where):
    """`rule` is for causes only: a rule, an advice or a note naming a rule is a mistake.

    Fails with the engine as it is: `_ConditionCompiler._op_rule` accepts `rule`
    anywhere (in a rule when the named rule comes earlier in the file).
    """
    def mutate(raw):
        target = {
            "rule": lambda: rule(raw, "anxiety_related"),
            "advice": lambda: raw["self_care_advice"][0],
            "note": lambda: raw["result_notes"][0],
        }[where]()
        target["when"] = {"rule": "paralysis"}  # an existing rule, defined before all three
        return target["id"]
    raw = copy.deepcopy(RAW)
    item_id = mutate(raw)
    rejects(raw, "rule", item_id)


# --------------------------------------------------------------------------
# The safety net is checked against the rules at load


def safety_tier(raw: Dict[str, Any], level: str) -> Dict[str, Any]:
    return next(t for t in raw["safety_net"] if t["level"] == level)


@pytest.mark.parametrize("sign, from_level, to_level", [
    ("fever", "consultation_24", "emergency"),                 # fever alone: consultation_24
    ("leg_weakness", "emergency", "consultation_24"),          # leg weakness alone: emergency
    ("chest_pain", "emergency_ambulance", "emergency"),        # chest pain alone: an ambulance
    ("saddle_numbness", "emergency", "emergency_ambulance"),
])
def test_safety_net_sign_in_the_wrong_tier(sign, from_level, to_level):
    def mutate(raw):
        phrase = safety_tier(raw, from_level)["signs"].pop(sign)
        safety_tier(raw, to_level)["signs"][sign] = phrase
    rejects(variant(mutate), sign, to_level, from_level)


def test_safety_net_sign_that_alone_fires_nothing():
    raw = variant(lambda r: safety_tier(r, "consultation_24")["signs"].update(pregnant="are pregnant"))
    rejects(raw, "pregnant", "consultation_24", "self_care")


@pytest.mark.parametrize("sign", ["age", "location", "fevers"])
def test_safety_net_sign_that_is_not_a_yes_no_finding(sign):
    raw = variant(lambda r: safety_tier(r, "emergency")["signs"].update({sign: "x"}))
    rejects(raw, sign)


def test_safety_net_tier_of_unknown_level():
    raw = variant(lambda r: safety_tier(r, "emergency").update(level="urgent"))
    rejects(raw, "urgent")


def test_the_safety_net_is_required():
    with pytest.raises(SpecError):
        TriageSpec(variant(lambda r: r.pop("safety_net")))


# --------------------------------------------------------------------------
# Medicines: the class of a medicine that is not recognised


@pytest.mark.parametrize("fid, unrecognised", [
    ("medications", "herbal"),        # not one of its classes
    ("location", "upper_back"),       # not a classes finding
    ("fever", "other"),
])
def test_unrecognised_must_be_a_class_of_a_classes_finding(fid, unrecognised):
    raw = variant(lambda r: r["findings"][fid].update(unrecognised=unrecognised))
    rejects(raw, fid)


def test_unrecognised_class_removed_from_the_choices():
    raw = variant(lambda r: r["findings"]["medications"]["choices"].pop("other"))
    rejects(raw, "medications")


@pytest.mark.parametrize("when", [{}, {"present": "fever", "not_present": "rash"}, "fever", [], {"any": []}],
                         ids=repr)
def test_malformed_condition(when):
    raw = variant(lambda r: rule(r, "anxiety_related").update(when=when))
    rejects(raw, "anxiety_related")


def test_missing_key_is_a_spec_error_not_a_key_error():
    def mutate(raw):
        del rule(raw, "anxiety_related")["level"]
    with pytest.raises(SpecError):
        TriageSpec(variant(mutate))


def test_not_a_mapping():
    with pytest.raises(SpecError):
        TriageSpec(["rules"])  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Causes, advice, notes use the same conditions


def test_unknown_finding_in_a_cause():
    raw = variant(lambda r: next(c for c in r["causes"] if c["id"] == "shingles").update(
        when={"present": "shingle_rash"}))
    rejects(raw, "shingle_rash", "shingles")


def test_unknown_finding_in_self_care_advice():
    raw = variant(lambda r: r["self_care_advice"][0].update(when={"present": "heating_pad"}))
    rejects(raw, "heating_pad")


# --------------------------------------------------------------------------
# Findings and questions


def test_question_naming_an_unknown_finding():
    def mutate(raw):
        question_asking(raw, "fever")["findings"].append("fevers")
    raw = variant(mutate)
    qid = question_asking(raw, "fever")["id"]
    rejects(raw, "fevers", qid)


def test_finding_asked_by_no_question():
    def mutate(raw):
        question = question_asking(raw, "sunburn")
        question["findings"].remove("sunburn")
        if not question["findings"]:
            raw["questions"].remove(question)
    rejects(variant(mutate), "sunburn")


def test_finding_asked_by_two_questions():
    def mutate(raw):
        question_asking(raw, "anxiety")["findings"].append("rash")
    rejects(variant(mutate), "rash")


def test_question_of_unknown_type():
    raw = variant(lambda r: question_asking(r, "age").update(type="slider"))
    rejects(raw, "slider", "age")


def test_yes_no_question_over_a_non_yes_no_finding():
    def mutate(raw):
        question = question_asking(raw, "fever")
        question_asking(raw, "age")["findings"].remove("age")
        raw["questions"] = [q for q in raw["questions"] if q["findings"]]
        question["findings"].append("age")
    raw = variant(mutate)
    rejects(raw, question_asking(raw, "fever")["id"])


def test_finding_of_unknown_kind():
    raw = variant(lambda r: r["findings"]["fever"].update(kind="boolean"))
    rejects(raw, "fever", "boolean")


def test_finding_of_unknown_group():
    raw = variant(lambda r: r["findings"]["fever"].update(group="red_flags"))
    rejects(raw, "fever", "red_flags")


@pytest.mark.parametrize("missing", ["others", "item"])
@pytest.mark.parametrize("qid", ["emergency_signs", "risk_factors", "other_symptoms"])
def test_multiple_question_needs_others_and_item_wording(missing, qid):
    def mutate(raw):
        question = next(q for q in raw["questions"] if q["id"] == qid)
        assert question["type"] == "multiple"
        del question[missing]
    rejects(variant(mutate), qid, missing)


@pytest.mark.parametrize("missing", ["others", "item"])
def test_multiple_question_with_empty_others_or_item_wording(missing):
    raw = variant(lambda r: next(q for q in r["questions"] if q["id"] == "urgent_signs").update({missing: ""}))
    rejects(raw, "urgent_signs", missing)


def test_every_multiple_question_of_the_project_has_others_and_item_wording():
    for question in default_spec().questions:
        if question.type == "multiple":
            assert question.others.strip() and question.item.strip(), question.id
            assert "{label}" in question.item, question.id


def test_choice_finding_without_choices():
    raw = variant(lambda r: r["findings"]["location"].pop("choices"))
    rejects(raw, "location")
