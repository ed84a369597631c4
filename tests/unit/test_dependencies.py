"""The lock files: every pin hashed, runtime and development kept apart (issue 10, item 8)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)")


def _name(raw: str) -> str:
    return re.sub(r"[-_.]+", "-", raw).lower()


def _entries(lock: str) -> Dict[str, List[str]]:
    """Each pinned package of a lock file with the lines of its entry (pin and hashes)."""
    entries: Dict[str, List[str]] = {}
    current = None
    for line in (ROOT / lock).read_text().splitlines():
        match = PIN.match(line)
        if match:
            current = _name(match.group(1))
            entries[current] = [line]
        elif current and line.strip().startswith("--hash="):
            entries[current].append(line)
        elif not line.startswith(" "):
            current = None
    return entries


def _direct(requirements: str) -> Dict[str, str]:
    pins = {}
    for line in (ROOT / requirements).read_text().splitlines():
        match = PIN.match(line.strip())
        if match:
            pins[_name(match.group(1))] = match.group(2)
    return pins


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-dev.lock"])
def test_every_pin_carries_a_sha256_hash(lock: str) -> None:
    entries = _entries(lock)
    assert entries, f"{lock} pins nothing"
    unhashed = [name for name, lines in entries.items() if not any("--hash=sha256:" in x for x in lines)]
    assert unhashed == []


@pytest.mark.parametrize("requirements,lock", [("requirements.txt", "requirements.lock"),
                                               ("requirements-dev.txt", "requirements-dev.lock")])
def test_each_direct_dependency_is_locked_at_its_pin(requirements: str, lock: str) -> None:
    locked = {name: PIN.match(lines[0]).group(2) for name, lines in _entries(lock).items()}  # type: ignore[union-attr]
    direct = _direct(requirements)
    assert direct
    assert {name: locked.get(name) for name in direct} == direct


def test_the_runtime_lock_holds_no_test_tools() -> None:
    runtime = _entries("requirements.lock")
    for tool in _direct("requirements-dev.txt"):
        assert tool not in runtime, f"{tool} is a development tool but the servers would install it"


def test_shared_packages_are_pinned_alike_in_both_locks() -> None:
    runtime, dev = _entries("requirements.lock"), _entries("requirements-dev.lock")
    differing = {n: (runtime[n][0], dev[n][0]) for n in runtime.keys() & dev.keys() if runtime[n][0] != dev[n][0]}
    assert differing == {}


def test_bootstrap_installs_both_locks_with_hashes_required() -> None:
    script = (ROOT / "scripts" / "bootstrap.sh").read_text()
    assert re.search(r"--require-hashes\s*\\?\s*-r requirements\.lock -r requirements-dev\.lock", script)
