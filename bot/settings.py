"""Runtime settings from environment variables (nothing secret lives in the repo).

`python -m bot.settings endpoints` prints an endpoints.yml for `rasa run`:

- ACTION_ENDPOINT_URL  action server webhook (default http://127.0.0.1:5055/webhook,
                       or http://127.0.0.1:$ACTION_PORT/webhook)
- TRACKER_DB_URL       SQLAlchemy URL of a SQL tracker store, e.g.
                       postgresql://user:pass@host:5432/rasa (default: SQLite file
                       TRACKER_DB, default .rasa/trackers.db)
"""

from __future__ import annotations

import os
import sys
from typing import Any, Dict, Mapping, Optional
from urllib.parse import unquote, urlparse

import yaml


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
            "type": "SQL",
            "dialect": url.scheme,
            "url": url.hostname,
            "port": url.port,
            "username": unquote(url.username) if url.username else None,
            "password": unquote(url.password) if url.password else None,
            "db": unquote(db),
        }
        tracker = {k: v for k, v in tracker.items() if v is not None}
    else:
        tracker = {"type": "SQL", "dialect": "sqlite", "db": env.get("TRACKER_DB", ".rasa/trackers.db")}
    return {"action_endpoint": {"url": action_url}, "tracker_store": tracker}


def main(argv: list) -> int:
    if argv[1:] == ["endpoints"]:
        sys.stdout.write(yaml.safe_dump(endpoints(), sort_keys=False))
        return 0
    sys.stderr.write("usage: python -m bot.settings endpoints\n")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
