"""scripts/validate_data.py lets through only the responses sent by name from actions."""

from __future__ import annotations

from pathlib import Path

from tests.scripts import script

ROOT = Path(__file__).resolve().parents[2]
validate_data = script("validate_data")


def test_the_responses_sent_by_actions_are_expected():
    for name in sorted(validate_data.SENT_BY_ACTIONS):
        assert validate_data.is_expected(f"The utterance '{name}' is not used in any story or rule.")


def test_any_other_unused_response_or_warning_is_not():
    assert not validate_data.is_expected("The utterance 'utter_forgotten' is not used in any story or rule.")
    assert not validate_data.is_expected("The intent 'greet' is not used in any story, rule or flow.")
    assert not validate_data.is_expected("Issue found in 'data/rules.yml': the action 'x' is not in the domain")


def test_every_allowed_response_exists_in_the_domain_and_is_sent_by_an_action():
    import yaml

    responses = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]
    actions = (ROOT / "actions" / "actions.py").read_text()
    for name in validate_data.SENT_BY_ACTIONS - {"utter_default"}:  # utter_default: Rasa's fallback
        assert name in responses and f'"{name}"' in actions, name
