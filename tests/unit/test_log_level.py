"""The Rasa server keeps logging at INFO after the intent classifier's imports (bot/log_level.py)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import logging
logging.getLogger().setLevel(logging.INFO)
{prepare}
import skops.io  # what Rasa's LogisticRegressionClassifier.load imports
print(logging.getLogger().level)
"""


def _root_level_after_loading(prepare: str) -> int:
    out = subprocess.run([sys.executable, "-c", PROBE.format(prepare=prepare)], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.strip().splitlines()[-1])


def test_the_classifiers_imports_lower_the_level_on_their_own():
    # The reason for bot/log_level.py: if this starts failing, the workaround may be dropped.
    assert _root_level_after_loading("") == 30


def test_after_bot_channels_is_imported_the_level_stays():
    assert _root_level_after_loading("import bot.channels") == 20
