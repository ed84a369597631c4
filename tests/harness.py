"""Running the assistant for tests and benchmarks: train once, start real servers.

Used by tests/conftest.py (fixtures) and scripts/benchmark.py.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import urlencode

import yaml

from bot.settings import TRACKER_STORE_TYPE

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
RASA = str(VENV_BIN / "rasa")
MODEL_INPUTS = ["config.yml", "domain.yml", "data", "bot/nlu", "bot/safety.py",
                "bot/clinical/lexicon.yml", "requirements.lock"]
SERVER_START_TIMEOUT = 900  # seconds; loading TensorFlow and the model is slow, slower on a loaded machine
# Rasa's HTTP API answers only with this token (`?token=`), as in production; made per test run.
API_TOKEN = secrets.token_urlsafe(24)


def api_url(rasa_url: str, path: str, token: str = API_TOKEN, **params: str) -> str:
    """A URL of Rasa's HTTP API (e.g. /conversations/<id>/tracker) with the test run's token."""
    return f"{rasa_url}{path}?{urlencode({**params, 'token': token})}"


class TrainingFailed(RuntimeError):
    pass


def model_fingerprint() -> str:
    digest = hashlib.sha256()
    for name in MODEL_INPUTS:
        path = ROOT / name
        # Documentation (*.md) beside the code is not a model input.
        files = sorted(p for p in path.rglob("*")
                       if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".md") \
            if path.is_dir() else ([path] if path.exists() else [])
        for file in files:
            digest.update(str(file.relative_to(ROOT)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def base_env(extra: Optional[Mapping[str, str]] = None) -> Dict[str, str]:
    env = dict(os.environ)
    env.update({"RASA_TELEMETRY_ENABLED": "false", "SANIC_HOST": "127.0.0.1",
                "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2"})
    env.update(extra or {})
    return env


def trained_model(extra_env: Optional[Mapping[str, str]] = None) -> Path:
    """A model trained from the repo, cached under .cache/models by fingerprint."""
    cache = ROOT / ".cache" / "models"
    cache.mkdir(parents=True, exist_ok=True)
    name = f"model-{model_fingerprint()}"
    model = cache / f"{name}.tar.gz"
    with (cache / "train.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one training at a time, even across runs
        if not model.exists():
            _train(cache, name, model, extra_env)
    return model


def _train(cache: Path, name: str, model: Path, extra_env: Optional[Mapping[str, str]]) -> None:
    log = cache / f"{name}.train.log"
    start = time.perf_counter()
    with log.open("w") as out:
        proc = subprocess.run(
            [RASA, "train", "--out", str(cache), "--fixed-model-name", name],
            cwd=ROOT, env=base_env(extra_env), stdout=out, stderr=subprocess.STDOUT,
        )
    if proc.returncode != 0 or not model.exists():
        raise TrainingFailed(f"rasa train failed (exit {proc.returncode}); see {log}:\n"
                             + log.read_text()[-3000:])
    # Read by scripts/benchmark.py (training time of the cached model).
    (cache / f"{name}.train_seconds").write_text(f"{time.perf_counter() - start:.0f}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_json(method: str, url: str, body: Any = None, headers: Optional[Dict[str, str]] = None,
              timeout: float = 60) -> Any:
    data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        raw = response.read()
    return json.loads(raw) if raw else None


def wait_until_up(url: str, proc: subprocess.Popen, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited ({proc.returncode}); log {log}:\n" + log.read_text()[-3000:])
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(1)
    raise RuntimeError(f"server at {url} did not start in {timeout}s; log {log}:\n" + log.read_text()[-3000:])


def stop_process(proc: Optional[subprocess.Popen]) -> None:
    """Terminate a process we started, killing it if it has not ended within 30 s."""
    if proc is not None and proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=30)


@dataclass
class Servers:
    rasa_url: str
    action_port: int
    workdir: Path
    model: Path
    env: Dict[str, str] = field(default_factory=dict)
    tracker_store: Optional[Dict[str, Any]] = None  # endpoints' tracker_store; default: SQLite in workdir
    # Extra endpoints.yml sections (tracker_store, lock_store, event_broker), e.g. from
    # bot.settings.endpoints(); they replace the SQLite tracker store and the defaults.
    endpoints: Dict[str, Any] = field(default_factory=dict)
    _procs: Dict[str, subprocess.Popen] = field(default_factory=dict)

    def start_actions(self) -> None:
        log = self.workdir / "actions.log"
        proc = subprocess.Popen(
            [RASA, "run", "actions", "--port", str(self.action_port)],
            cwd=ROOT, env=base_env(self.env), stdout=log.open("a"), stderr=subprocess.STDOUT,
        )
        self._procs["actions"] = proc
        wait_until_up(f"http://127.0.0.1:{self.action_port}/health", proc, log, 120)

    def stop_actions(self) -> None:
        proc = self._procs.pop("actions", None)
        if proc and proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=30)

    def start_rasa(self, port: int) -> None:
        endpoints = self.workdir / "endpoints.yml"
        endpoints.write_text(yaml.safe_dump({
            "action_endpoint": {"url": f"http://127.0.0.1:{self.action_port}/webhook"},
            "tracker_store": self.tracker_store or {
                "type": TRACKER_STORE_TYPE, "dialect": "sqlite", "db": str(self.workdir / "trackers.db")},
            **self.endpoints,
        }))
        log = self.workdir / "rasa.log"
        # Started as `make run` starts it: bot.serve turns the HTTP API on with RASA_API_TOKEN
        # (the test run's token, unless self.env sets another, or "" for no API).
        env = base_env({"RASA_API_TOKEN": API_TOKEN, **self.env})
        proc = subprocess.Popen(
            [str(VENV_BIN / "python"), "-m", "bot.serve", "-i", "127.0.0.1", "-p", str(port),
             "--model", str(self.model), "--endpoints", str(endpoints), "--credentials", str(ROOT / "credentials.yml")],
            cwd=ROOT, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT,
        )
        self._procs["rasa"] = proc
        token = env["RASA_API_TOKEN"]
        ready = api_url(self.rasa_url, "/status", token) if token else f"{self.rasa_url}/"
        wait_until_up(ready, proc, log, SERVER_START_TIMEOUT)

    def stop_rasa(self) -> None:
        """Stops the Rasa server only (a restart, or an instance going away)."""
        stop_process(self._procs.pop("rasa", None))

    def stop(self) -> None:
        for proc in self._procs.values():
            if proc.poll() is None:
                proc.terminate()
        for proc in self._procs.values():
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        self._procs.clear()

    def pid(self, name: str) -> Optional[int]:
        proc = self._procs.get(name)
        return proc.pid if proc else None

    def log(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text() if path.exists() else ""


def start_servers(model: Path, workdir: Path, extra_env: Optional[Mapping[str, str]] = None,
                  endpoints: Optional[Mapping[str, Any]] = None, action_port: Optional[int] = None) -> Servers:
    """Start the action server and the Rasa server on free loopback ports.

    `endpoints` adds endpoints.yml sections (tracker store, lock store, event broker).
    With `action_port`, only a Rasa server is started, using the action server
    already listening there (a second instance of the same deployment).
    """
    rasa_port = free_port()
    srv = Servers(f"http://127.0.0.1:{rasa_port}", action_port or free_port(), workdir, model,
                  env=dict(extra_env or {}), endpoints=dict(endpoints or {}))
    try:
        if action_port is None:
            srv.start_actions()
        srv.start_rasa(rasa_port)
    except BaseException:
        srv.stop()
        raise
    return srv


class RestClient:
    """Talks to the REST channel like an integrator would (with the channel's token when it has one)."""

    def __init__(self, base_url: str, token: Optional[str] = None):
        self.base_url = base_url
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def say(self, sender: str, message: str) -> List[Dict[str, Any]]:
        return http_json("POST", f"{self.base_url}/webhooks/rest/webhook",
                         {"sender": sender, "message": message}, headers=self.headers)

    def tracker(self, sender: str) -> Dict[str, Any]:
        """The tracker of the REST conversation of `sender` (its id is "rest:<sender>")."""
        from bot.channels.common import conversation_id  # imports Rasa: only when a test needs it

        return http_json("GET", api_url(self.base_url, f"/conversations/{conversation_id('rest', sender)}/tracker"))

    @staticmethod
    def questions(messages: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
        return [m["custom"]["question"] for m in messages if "question" in (m.get("custom") or {})]

    @staticmethod
    def triage(messages: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
        found = [m["custom"]["triage"] for m in messages if "triage" in (m.get("custom") or {})]
        assert len(found) <= 1, "one triage payload per reply at most"
        return found[0] if found else None

    @staticmethod
    def text(messages: List[Dict[str, Any]]) -> str:
        return "\n".join(m.get("text", "") for m in messages)
