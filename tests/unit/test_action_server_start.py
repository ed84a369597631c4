"""The action server reads the clinical data when it starts, not on the first message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import actions.actions
from bot.clinical.engine import default_spec
from bot.nlu.answers import free_answers
from bot.nlu.quantities import default_quantities
print([f.cache_info().currsize for f in (default_spec, free_answers, default_quantities)])
"""


def test_importing_the_actions_loads_the_spec_and_the_lexicon_words():
    # A fresh interpreter: in this one, other tests may have loaded them already.
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[1, 1, 1]"
