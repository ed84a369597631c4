"""Runtime settings from environment variables (nothing secret lives in the repo).

`python -m bot.settings endpoints` prints an endpoints.yml for `rasa run`:

- ACTION_ENDPOINT_URL  action server webhook (default http://127.0.0.1:5055/webhook,
                       or http://127.0.0.1:$ACTION_PORT/webhook)
- TRACKER_DB_URL       SQLAlchemy URL of a SQL tracker store, e.g.
                       postgresql://user:pass@host:5432/rasa (default: SQLite file
                       TRACKER_DB, default .rasa/trackers.db), kept by
                       bot.tracker_store.DurableSQLTrackerStore
- RASA_API_TOKEN       turns Rasa's HTTP API on, with this token (`?token=`); see
                       bot/serve.py. Without it (or RASA_JWT_SECRET) the API is off.
- RASA_JWT_SECRET      turns the HTTP API on with JWT auth (`Authorization: Bearer`);
                       RASA_JWT_METHOD selects the algorithm (default HS256)
- ACTION_TIMEOUT_SECONDS how long the Rasa server waits for the action server
                       before it sends the safety message (default 10)
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import unquote, urlparse

import yaml

logger = logging.getLogger(__name__)

TRACKER_STORE_TYPE = "bot.tracker_store.DurableSQLTrackerStore"
DEFAULT_ACTION_TIMEOUT_SECONDS = 10.0


def endpoints(env: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    env = os.environ if env is None else env
    port = env.get("ACTION_PORT", "5055")
    action_url = env.get("ACTION_ENDPOINT_URL") or f"http://127.0.0.1:{port}/webhook"
    db_url = env.get("TRACKER_DB_URL")
    if db_url:
        url = urlparse(db_url)
        # SQLAlchemy URLs are percent-encoded; Rasa wants the plain values.
        # sqlite:////abs/path.db keeps its absolute path.
        db = url.path[1:] if url.path.startswith("/") else url.path
        tracker = {
            "type": TRACKER_STORE_TYPE,
            "dialect": url.scheme,
            "url": url.hostname,
            "port": url.port,
            "username": unquote(url.username) if url.username else None,
            "password": unquote(url.password) if url.password else None,
            "db": unquote(db),
        }
        tracker = {k: v for k, v in tracker.items() if v is not None}
    else:
        tracker = {"type": TRACKER_STORE_TYPE, "dialect": "sqlite", "db": env.get("TRACKER_DB", ".rasa/trackers.db")}
    return {"action_endpoint": {"url": action_url}, "tracker_store": tracker}


def api_auth_args(env: Optional[Mapping[str, str]] = None) -> List[str]:
    """`rasa run` options for the HTTP API: on only with a token or a JWT secret, else none (API off)."""
    env = os.environ if env is None else env
    token = env.get("RASA_API_TOKEN", "").strip()
    jwt_secret = env.get("RASA_JWT_SECRET", "").strip()
    args: List[str] = []
    if token:
        args += ["--auth-token", token]
    if jwt_secret:
        args += ["--jwt-secret", jwt_secret, "--jwt-method", env.get("RASA_JWT_METHOD", "").strip() or "HS256"]
    return ["--enable-api", *args] if args else []


def action_timeout_seconds(env: Optional[Mapping[str, str]] = None) -> float:
    """Seconds the Rasa server waits for the action server (ACTION_TIMEOUT_SECONDS, default 10)."""
    env = os.environ if env is None else env
    raw = env.get("ACTION_TIMEOUT_SECONDS", "").strip()
    if not raw:
        return DEFAULT_ACTION_TIMEOUT_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 300:  # 300 s is Rasa's own limit
        logger.warning("ACTION_TIMEOUT_SECONDS must be a number of seconds in (0, 300]; using %s",
                       DEFAULT_ACTION_TIMEOUT_SECONDS)
        return DEFAULT_ACTION_TIMEOUT_SECONDS
    return seconds


def main(argv: list) -> int:
    if argv[1:] == ["endpoints"]:
        sys.stdout.write(yaml.safe_dump(endpoints(), sort_keys=False))
        return 0
    sys.stderr.write("usage: python -m bot.settings endpoints\n")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
