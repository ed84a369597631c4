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
    assert len(spec.rules) == 24
    assert default_spec().version == spec.version == "1"


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
    ({"any_class": "fever"}, "fever"),                 # any_class needs a classes finding
    ({"any_class": "location"}, "location"),
], ids=lambda v: str(v))
def test_finding_of_the_wrong_kind_for_an_operator(condition, finding):
    raw = variant(lambda r: rule(r, "anxiety_related").update(when=condition))
    rejects(raw, finding, "anxiety_related")


def test_at_least_needs_a_number():
    raw = variant(lambda r: rule(r, "new_pain_over_50").update(when={"at_least": {"age": "fifty"}}))
    rejects(raw, "fifty", "new_pain_over_50")


def test_any_unknown_needs_a_known_group():
    raw = variant(lambda r: rule(r, "unknown_red_flag").update(when={"any_unknown": "red_flags"}))
    rejects(raw, "red_flags", "unknown_red_flag")


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


def test_choice_finding_without_choices():
    raw = variant(lambda r: r["findings"]["location"].pop("choices"))
    rejects(raw, "location")
