"""Conversation tests: `rasa data validate` and `rasa test core` on tests/test_stories.yml.

`rasa test core` only predicts the next action from the story's own events
(it never runs custom actions; a form that the story continues past is
treated as rejected), so it needs the trained model but no running servers.

- test_data_validate: the domain, NLU data, stories and rules are consistent
  (`rasa data validate --fail-on-warnings`, as `make validate` runs it).
- test_conversation_stories: every story's actions are predicted
  (`--fail-on-prediction-errors`). A model without NLU is tested on the
  stories whose user turns are all payloads ("/intent{json}").
- test_conversation_stories_end_to_end: with `--e2e`, the words of the
  stories must also be understood (intent and entities) by the NLU; every
  failing story is listed. Skipped for a model without NLU.
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from pathlib import Path
from typing import List, Tuple

import pytest
import yaml

from tests.harness import RASA, ROOT, base_env

pytestmark = pytest.mark.e2e

STORIES = ROOT / "tests" / "test_stories.yml"
TIMEOUT = 900


def run(args: List[str], cwd: Path = ROOT) -> Tuple[int, str]:
    proc = subprocess.run(args, cwd=cwd, env=base_env(), stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, timeout=TIMEOUT)
    return proc.returncode, proc.stdout


def model_has_nlu(model: Path) -> bool:
    """A model trained without NLU data holds no intent classifier."""
    with tarfile.open(model) as tar:
        return any(classifier in name for name in tar.getnames()
                   for classifier in ("DIETClassifier", "train_DIET", "IntentClassifier"))


def only_payload_stories(target: Path) -> Path:
    """tests/test_stories.yml without the stories that need NLU (user turns in words)."""
    data = yaml.safe_load(STORIES.read_text(encoding="utf-8"))
    data["stories"] = [
        story for story in data["stories"]
        if all(str(step.get("user", "/")).startswith("/") for step in story["steps"])
    ]
    target.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return target


def report(out_dir: Path, output: str) -> str:
    parts = [output[-6000:]]
    for name in ("failed_test_stories.yml", "stories_with_warnings.yml"):
        path = out_dir / name
        if path.exists() and path.read_text().strip():
            parts.append(f"--- {name} ---\n" + path.read_text()[:12000])
    return "\n".join(parts)


def test_data_validate():
    code, output = run([sys.executable, str(ROOT / "scripts" / "validate_data.py")])
    assert code == 0, output[-6000:]


def test_test_stories_are_valid_story_data():
    """The test stories themselves reference only intents, actions and entities of the domain."""
    code, output = run([RASA, "data", "validate", "stories", "--data", "data", str(STORIES),
                        "--max-history", "5"])
    assert code == 0, output[-6000:]


def _test_core(model: Path, stories: Path, out_dir: Path, e2e: bool) -> None:
    args = [RASA, "test", "core", "--model", str(model), "--stories", str(stories),
            "--out", str(out_dir), "--no-plot"]
    # The end-to-end run collects every failing story (the report names each
    # misunderstood message) instead of stopping at the first one.
    args += ["--e2e"] if e2e else ["--fail-on-prediction-errors"]
    code, output = run(args)
    assert code == 0, "rasa test core failed:\n" + report(out_dir, output)
    failed = out_dir / "failed_test_stories.yml"
    assert not failed.exists() or "story:" not in failed.read_text(), \
        "stories with wrong predictions (see '# predicted:'):\n" + report(out_dir, output)


def test_conversation_stories(trained_model_path, tmp_path):
    """`rasa test core --stories tests/test_stories.yml --fail-on-prediction-errors`."""
    stories = STORIES if model_has_nlu(trained_model_path) \
        else only_payload_stories(tmp_path / "payload_stories.yml")
    _test_core(trained_model_path, stories, tmp_path / "results", e2e=False)


def test_conversation_stories_end_to_end(trained_model_path, tmp_path):
    """The same stories with `--e2e`: the words must be understood too (intent and entities)."""
    if not model_has_nlu(trained_model_path):
        pytest.skip("the model has no NLU: the words of the stories cannot be understood")
    _test_core(trained_model_path, STORIES, tmp_path / "results", e2e=True)
