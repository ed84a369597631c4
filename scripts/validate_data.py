"""`rasa data validate`, failing on every warning but the responses that are sent
by name from custom actions (which no story or rule can show).

Rasa's validator warns about a response no story or rule uses. These are used:
- utter_default: by Rasa's action_default_fallback (the core fallback, config.yml);
- utter_greet_again, utter_iamabot, utter_out_of_scope: by the interview form,
  which answers digressions itself in one action-server call (actions/actions.py).
Used by `make validate`, `make lint` and tests/e2e/test_stories.py.
"""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path
from typing import List

ROOT = Path(__file__).resolve().parents[1]
SENT_BY_ACTIONS = {"utter_default", "utter_greet_again", "utter_iamabot", "utter_out_of_scope"}
UNUSED = re.compile(r"The utterance '([^']+)' is not used in any story or rule")


# Raised by Rasa 3.6 on every domain load, whatever the domain: not a finding.
ALWAYS_RAISED = ("Slot auto-fill has been removed in 3.0",)


def is_expected(message: str) -> bool:
    unused = UNUSED.search(message)
    return (bool(unused) and unused.group(1) in SENT_BY_ACTIONS) or message.startswith(ALWAYS_RAISED)


def validation_warnings() -> List[str]:
    """Runs Rasa's own validation of the project (as `rasa data validate` does) and returns
    every warning it raised; an error ends the process as the command would."""
    import rasa.cli.utils
    from rasa.shared.importers.importer import TrainingDataImporter

    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rasa.cli.utils.validate_files(False, None, importer)
    return [str(w.message) for w in caught if issubclass(w.category, UserWarning)]


def main() -> int:
    unexpected = [message for message in validation_warnings() if not is_expected(message)]
    if unexpected:
        sys.stderr.write("rasa data validate warnings:\n" + "\n".join(unexpected) + "\n")
        return 1
    print("rasa data validate: no warnings besides the responses sent by name from actions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
