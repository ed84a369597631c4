"""bot/nlu/evaluation.py on small hand-made sets and predictions (no model, no Rasa).

Unlabelled durations, the gold intent `unclear`, the red-flag table, the
false-emergency rate and negated red flags reported as present.
"""

from __future__ import annotations

import textwrap

import pytest

from bot.clinical.engine import default_spec
from bot.nlu.evaluation import Example, evaluate, load_heldout, parse_label, scored_intent

RED_FLAGS = ["collapse", "chest_pain", "fever", "rash"]  # the order of the table
SIGNS = ["collapse", "chest_pain"]  # emergency signs among them


def ent(entity, value, negated=False):
    out = {"entity": entity, "value": value}
    if negated:
        out["role"] = "negated"
    return out


def pred(intent="inform", *entities):
    return {"intent": {"name": intent}, "entities": list(entities)}


def ex(text, intent="inform", *labels, durations_unlabelled=False):
    return Example(text, intent, {parse_label(x) for x in labels}, durations_unlabelled=durations_unlabelled)


# ---------------------------------------------------------------- loading


def _write(tmp_path, body):
    path = tmp_path / "set.yml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_load_reads_durations_unlabelled(tmp_path):
    path = _write(tmp_path, """\
        set: dev
        durations_unlabelled: true
        examples:
          - text: "burning for 3 days, no fever"
            intent: inform
            entities: ["sensation:burning", "symptom:fever:negated"]
            note: ignored
        """)
    [example] = load_heldout(path)
    assert example.durations_unlabelled is True
    assert example.entities == {("sensation", "burning", False), ("symptom", "fever", True)}


def test_load_defaults_to_labelled_durations(tmp_path):
    path = _write(tmp_path, """\
        examples:
          - text: "burning for 3 days"
            intent: inform
            entities: ["duration:for 3 days"]
        """)
    [example] = load_heldout(path)
    assert example.durations_unlabelled is False
    assert ("duration", "for 3 days", False) in example.entities


# ---------------------------------------------------------------- durations


def test_predicted_durations_are_ignored_where_unlabelled():
    examples = [ex("burning for 3 days", "inform", "sensation:burning", durations_unlabelled=True)]
    predictions = [pred("inform", ent("sensation", "burning"), ent("duration", "for 3 days"))]
    report = evaluate(examples, predictions)
    assert report.entity_micro["f1"] == 1.0
    assert "duration" not in report.entity_per_type
    assert report.entity_errors == []
    assert report.durations_ignored == 1
    assert "durations not labelled" in report.format()


def test_predicted_durations_count_where_labelled():
    examples = [ex("burning for 3 days", "inform", "sensation:burning")]
    predictions = [pred("inform", ent("sensation", "burning"), ent("duration", "for 3 days"))]
    report = evaluate(examples, predictions)
    assert report.entity_per_type["duration"]["precision"] == 0.0
    assert report.entity_micro["precision"] == 0.5
    assert report.durations_ignored == 0


# ---------------------------------------------------------------- unclear


@pytest.mark.parametrize("predicted,right", [
    ("nlu_fallback", True), ("out_of_scope", True), ("dont_know", True), ("inform", True), ("", True),
    ("affirm", False), ("deny", False),
])
def test_unclear_is_right_unless_yes_or_no(predicted, right):
    report = evaluate([ex("hmm", "unclear")], [pred(predicted)])
    assert (report.intent_accuracy == 1.0) is right
    assert (report.intent_errors == []) is right
    if not right:
        assert report.intent_errors == [("hmm", "unclear", predicted)]


def test_unclear_mapping_only_for_gold_unclear():
    assert scored_intent("unclear", "nlu_fallback") == "unclear"
    assert scored_intent("unclear", "affirm") == "affirm"
    assert scored_intent("deny", "nlu_fallback") == "nlu_fallback"
    assert scored_intent("deny", "unclear") == "unclear"


def test_unclear_in_macro_f1():
    examples = [ex("hmm", "unclear"), ex("er", "unclear"), ex("yes", "affirm"), ex("no", "deny")]
    predictions = [pred("nlu_fallback"), pred("affirm"), pred("affirm"), pred("deny")]
    report = evaluate(examples, predictions)
    assert report.intent_accuracy == 0.75
    assert report.intent_per_label["unclear"]["recall"] == 0.5
    assert report.intent_per_label["unclear"]["precision"] == 1.0
    assert report.intent_per_label["affirm"]["precision"] == 0.5
    assert "nlu_fallback" not in report.intent_per_label


# ---------------------------------------------------------------- red flags


def _red_flag_report():
    examples = [
        ex("passed out, chest tight", "inform", "symptom:collapse", "symptom:chest_pain"),  # 0
        ex("passed out", "inform", "symptom:collapse"),  # 1
        ex("feverish", "inform", "symptom:fever"),  # 2
        ex("no fainting, no chest pain", "inform", "symptom:collapse:negated", "symptom:chest_pain:negated"),  # 3
        ex("back burns", "inform", "sensation:burning"),  # 4
        ex("a rash, no fever", "inform", "symptom:rash", "symptom:fever:negated"),  # 5
    ]
    predictions = [
        pred("inform", ent("symptom", "collapse"), ent("symptom", "chest_pain")),  # both found
        pred("inform"),  # collapse missed
        pred("inform", ent("symptom", "fever"), ent("symptom", "chest_pain", negated=True)),  # negated: not reported
        pred("inform", ent("symptom", "collapse", negated=True), ent("symptom", "chest_pain")),  # negated -> present
        pred("inform", ent("symptom", "collapse")),  # false emergency
        pred("inform", ent("symptom", "rash"), ent("symptom", "fever")),  # negated fever -> present (not a sign)
    ]
    return evaluate(examples, predictions, RED_FLAGS, emergency_signs=SIGNS)


def test_red_flag_table():
    table = _red_flag_report().red_flag_table
    assert list(table) == RED_FLAGS
    collapse = table["collapse"]
    assert (collapse["support"], collapse["predicted"], collapse["correct"]) == (2, 2, 1)
    assert collapse["recall"] == 0.5 and collapse["precision"] == 0.5
    chest = table["chest_pain"]  # gold present in 0 only; predicted present in 0 and 3
    assert (chest["support"], chest["predicted"], chest["correct"]) == (1, 2, 1)
    assert chest["recall"] == 1.0 and chest["precision"] == 0.5
    fever = table["fever"]  # gold present in 2; predicted present in 2 and 5 (gold negated there)
    assert fever["recall"] == 1.0 and fever["precision"] == 0.5
    rash = table["rash"]
    assert rash["recall"] == 1.0 and rash["precision"] == 1.0


def test_red_flag_without_support_or_predictions_has_no_ratio():
    report = evaluate([ex("back burns", "inform", "sensation:burning")], [pred("inform")],
                      ["collapse"], emergency_signs=["collapse"])
    row = report.red_flag_table["collapse"]
    assert row["support"] == 0 and row["recall"] is None and row["precision"] is None
    assert report.false_emergency["rate"] == 0.0
    assert "collapse" in report.format()


def test_false_emergency_rate():
    report = _red_flag_report()
    fe = report.false_emergency
    # Safe (no emergency sign present in the gold): 2, 3, 4, 5 (3 has them negated only).
    assert fe["safe"] == 4
    # False: 3 (chest_pain stated present) and 4 (collapse); not 2 (negated) nor 5 (fever is no sign).
    assert fe["false"] == 2 and fe["rate"] == 0.5
    assert [text for text, _ in report.false_emergency_examples] == ["no fainting, no chest pain", "back burns"]
    assert report.false_emergency_examples[0][1] == ["chest_pain"]
    # Emergency messages: 0 and 1; found in 0 only.
    assert fe["emergency"] == 2 and fe["emergency_found"] == 1


def test_no_false_emergency_rate_without_signs():
    report = evaluate([ex("back burns")], [pred("inform", ent("symptom", "collapse"))], RED_FLAGS)
    assert report.false_emergency == {}
    assert "false emergencies" not in report.format()


def test_negated_red_flags_reported_as_present():
    report = _red_flag_report()
    assert sorted(report.red_flag_violations) == [("a rash, no fever", "fever"),
                                                  ("no fainting, no chest pain", "chest_pain")]


def test_red_flag_errors_per_message():
    errors = {text: (missed, wrong) for text, missed, wrong in _red_flag_report().red_flag_errors}
    assert errors["passed out"] == (["collapse"], [])
    assert errors["back burns"] == ([], ["collapse"])
    assert "passed out, chest tight" not in errors


def test_format_has_the_red_flag_table():
    text = _red_flag_report().format(details=False)
    assert "finding" in text and "support" in text and "recall" in text and "precision" in text
    row = next(line for line in text.splitlines() if line.strip().startswith("collapse"))
    assert row.split()[:4] == ["collapse", "2", "0.500", "0.500"]
    assert next(line for line in text.splitlines() if "all red flags" in line).split()[3:5] == ["5", "0.800"]
    assert "false emergencies: 2/4 = 50.0%" in text
    assert "negated red flags reported as present: 2" in text
    details = _red_flag_report().format_red_flags(details=True, table=False)
    assert "false emergency ['collapse']: 'back burns'" in details
    assert "NEGATED-AS-PRESENT chest_pain" in details


def test_red_flags_do_not_change_the_entity_scores():
    examples = [ex("passed out", "inform", "symptom:collapse")]
    predictions = [pred("inform", ent("symptom", "collapse"))]
    with_flags = evaluate(examples, predictions, RED_FLAGS, emergency_signs=SIGNS)
    without = evaluate(examples, predictions)
    assert with_flags.entity_micro == without.entity_micro
    assert with_flags.intent_macro_f1 == without.intent_macro_f1


def test_predictions_must_match_examples():
    with pytest.raises(ValueError):
        evaluate([ex("a"), ex("b")], [pred()])


def test_spec_emergency_signs_are_red_flags():
    spec = default_spec()
    assert set(spec.emergency_signs()) <= set(spec.red_flags())
    assert {"collapse", "chest_pain", "bladder_bowel_dysfunction"} <= set(spec.emergency_signs())
    assert "fever" in spec.red_flags() and "fever" not in spec.emergency_signs()


def test_hints_count_the_missed_red_flags_asked_first_and_their_cost():
    from bot.nlu.hints import HINTS_KEY

    examples = [ex("went dizzy and hit the floor", "inform", "symptom:collapse"),
                ex("my chest feels odd", "inform", "symptom:chest_pain"),
                ex("my back is warm", "inform"),
                ex("my back is hot after the gym", "inform")]
    preds = [dict(pred("inform"), **{HINTS_KEY: ["collapse"]}),   # missed, hinted: asked first
             dict(pred("inform"), **{HINTS_KEY: []}),             # missed, not hinted
             dict(pred("inform"), **{HINTS_KEY: []}),
             dict(pred("inform"), **{HINTS_KEY: ["trauma"]})]     # an extra first question
    report = evaluate(examples, preds, ["collapse", "chest_pain", "trauma"])
    assert report.hints == {"missed_hinted": 1, "hints": 2, "hints_right": 1, "quiet": 2, "quiet_hinted": 1}
    text = report.format_red_flags()
    assert "recognised, or hinted and asked first: 1/2 = 0.500" in text
    assert "with a hint (an extra first question): 1/2 = 50.0%" in text


def test_predictions_without_hints_report_no_hint_line():
    report = evaluate([ex("my chest hurts", "inform", "symptom:chest_pain")], [pred("inform")], ["chest_pain"])
    assert report.hints == {} and "hinted" not in report.format_red_flags()
