"""The static checks of `make lint` run in the test suite too, so CI catches a
type error or a lint error like a failing test (ruff, mypy as configured in
pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    done = _run(str(BIN / "ruff"), "check", "bot", "actions", "tests", "scripts")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow  # about half a minute without mypy's cache
def test_mypy_finds_no_type_error():
    done = _run(str(BIN / "mypy"))
    assert done.returncode == 0, done.stdout + done.stderr
