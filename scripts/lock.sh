#!/usr/bin/env bash
# Re-pins the two lock files with hashes (needs PyPI): requirements.lock (what
# the servers run) from requirements.txt, and requirements-dev.lock (tests and
# tools, constrained to the runtime pins) from requirements-dev.txt. Pins
# already in a lock file are kept; pass --upgrade to take newer releases.
# `lock.sh --audit` instead checks both lock files with pip-audit.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/python310.sh
PY=$(find_python310) || { echo "error: no Python 3.10 found (set PYTHON310)" >&2; exit 1; }
venv=.cache/lock-venv
[ -x "$venv/bin/pip-compile" ] || { "$PY" -m venv "$venv" && "$venv/bin/pip" install -q "pip<24.1" "pip-tools==7.4.1"; }
if [ "${1:-}" = --audit ]; then
  "$venv/bin/pip" install -q pip-audit
  exec "$venv/bin/pip-audit" --disable-pip --require-hashes -r requirements.lock -r requirements-dev.lock
fi
compile() {
  CUSTOM_COMPILE_COMMAND="make lock" "$venv/bin/pip-compile" --quiet --generate-hashes --allow-unsafe \
    --strip-extras --no-emit-index-url --no-emit-find-links --no-header "$@"
}
compile "$@" -o requirements.lock requirements.txt
compile "$@" -o requirements-dev.lock requirements-dev.txt
