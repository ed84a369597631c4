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
- LOCK_STORE_URL       redis://[:password@]host:port/db for a Redis lock store (bot.lock_store)
                       (default: Rasa's in-memory lock store, one process only)
- EVENT_BROKER_URL     amqp://user:pass@host:port/vhost for Rasa's Pika event broker
                       (default: none); every event goes to the queue
                       EVENT_BROKER_QUEUE (default rasa_events)

`python -m bot.settings workers` prints how many Sanic workers to run
(RASA_WORKERS, only with a Redis lock store; see scripts/run.sh).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any, Dict, List, Mapping, Optional
from urllib.parse import ParseResult, quote, unquote, urlparse

import yaml

logger = logging.getLogger(__name__)

TRACKER_STORE_TYPE = "bot.tracker_store.DurableSQLTrackerStore"
LOCK_STORE_TYPE = "bot.lock_store.AtomicRedisLockStore"
DEFAULT_ACTION_TIMEOUT_SECONDS = 10.0
DEFAULT_EVENT_QUEUE = "rasa_events"
DEFAULT_REDIS_PORT = 6379
DEFAULT_AMQP_PORT = 5672


class SettingsError(ValueError):
    """A variable is set to something the servers cannot run with (the message names it)."""


def endpoints(env: Optional[Mapping[str, str]] = None) -> Dict[str, Any]:
    env = os.environ if env is None else env
    port = env.get("ACTION_PORT", "5055")
    action_url = env.get("ACTION_ENDPOINT_URL") or f"http://127.0.0.1:{port}/webhook"
    result: Dict[str, Any] = {"action_endpoint": {"url": action_url}, "tracker_store": tracker_store(env)}
    if env.get("LOCK_STORE_URL"):
        result["lock_store"] = lock_store(env["LOCK_STORE_URL"])
    if env.get("EVENT_BROKER_URL"):
        result["event_broker"] = event_broker(env["EVENT_BROKER_URL"], env.get("EVENT_BROKER_QUEUE"))
    return result


def tracker_store(env: Mapping[str, str]) -> Dict[str, Any]:
    db_url = env.get("TRACKER_DB_URL")
    if not db_url:
        return {"type": TRACKER_STORE_TYPE, "dialect": "sqlite", "db": env.get("TRACKER_DB", ".rasa/trackers.db")}
    url = urlparse(db_url)
    # SQLAlchemy URLs are percent-encoded; Rasa wants the plain values.
    # sqlite:////abs/path.db keeps its absolute path.
    db = url.path[1:] if url.path.startswith("/") else url.path
    tracker = {
        "type": TRACKER_STORE_TYPE,
        "dialect": url.scheme,
        "url": url.hostname,
        "port": url.port,
        "username": _plain(url.username),
        "password": _plain(url.password),
        "db": unquote(db),
    }
    return {k: v for k, v in tracker.items() if v is not None}


def lock_store(value: str) -> Dict[str, Any]:
    """The Redis lock store (bot.lock_store) from redis://[user[:password]@]host[:port][/db] (rediss:// for TLS)."""
    url = _parse(value, ("redis", "rediss"), "LOCK_STORE_URL")
    db = url.path.strip("/") or "0"
    if not db.isdigit():
        raise SettingsError("LOCK_STORE_URL: the database after the host must be a number, e.g. redis://host:6379/1")
    store = {
        "type": LOCK_STORE_TYPE,
        "url": url.hostname,
        "port": url.port or DEFAULT_REDIS_PORT,
        "db": int(db),
        "username": _plain(url.username),
        "password": _plain(url.password),
        "use_ssl": url.scheme == "rediss" or None,
    }
    return {k: v for k, v in store.items() if v is not None}


def event_broker(value: str, queue: Optional[str] = None) -> Dict[str, Any]:
    """Rasa's Pika broker from amqp://user:pass@host:port/vhost, publishing to one durable queue.

    Credentials stay out of `url`: Rasa logs the broker's url at INFO level. They are
    kept percent-encoded because Rasa puts them back into an AMQP URL to connect.
    """
    url = _parse(value, ("amqp", "amqps"), "EVENT_BROKER_URL")
    if not url.username or url.password is None:
        raise SettingsError("EVENT_BROKER_URL needs a user and a password: amqp://user:pass@host:5672/vhost")
    port = url.port or DEFAULT_AMQP_PORT
    # An empty path is RabbitMQ's default vhost "/" (aio-pika's default too).
    vhost = url.path if url.path not in ("", "/") else ""
    return {
        "type": "pika",
        "url": f"{url.scheme}://{url.hostname}:{port}{vhost}",
        "port": port,
        "username": quote(unquote(url.username), safe=""),
        "password": quote(unquote(url.password), safe=""),
        "queues": [queue or DEFAULT_EVENT_QUEUE],
    }


def sanic_workers(env: Optional[Mapping[str, str]] = None) -> int:
    """RASA_WORKERS Rasa server workers; more than one needs LOCK_STORE_URL (a shared lock store)."""
    env = os.environ if env is None else env
    raw = env.get("RASA_WORKERS", "1").strip() or "1"
    if not raw.isdigit() or int(raw) < 1:
        raise SettingsError(f"RASA_WORKERS must be a whole number of at least 1, not {raw!r}")
    workers = int(raw)
    if workers > 1 and not env.get("LOCK_STORE_URL"):
        # Two workers with in-memory locks would both write one conversation and lose events.
        raise SettingsError("RASA_WORKERS > 1 needs LOCK_STORE_URL (a Redis lock store shared by the workers)")
    return workers


def _parse(value: str, schemes: tuple, name: str) -> ParseResult:
    url = urlparse(value)
    if url.scheme not in schemes or not url.hostname:
        raise SettingsError(f"{name} must look like {schemes[0]}://host:port/..., got scheme {url.scheme!r}")
    try:
        url.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError as exc:
        raise SettingsError(f"{name}: the port is not a number") from exc
    return url


def _plain(part: Optional[str]) -> Optional[str]:
    return unquote(part) if part else None


def api_auth_args(env: Optional[Mapping[str, str]] = None) -> List[str]:
    """`rasa run` options for the HTTP API: on only with a token or a JWT secret, else none (API off)."""
    env = os.environ if env is None else env
    token = env.get("RASA_API_TOKEN", "").strip()
    jwt_secret = env.get("RASA_JWT_SECRET", "").strip()
    args: List[str] = []
    # "--option=value": a value that starts with "-" (token_urlsafe makes some) is not read as an option.
    if token:
        args += [f"--auth-token={token}"]
    if jwt_secret:
        args += [f"--jwt-secret={jwt_secret}", "--jwt-method", env.get("RASA_JWT_METHOD", "").strip() or "HS256"]
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
    command = argv[1:]
    try:
        if command == ["endpoints"]:
            sys.stdout.write(yaml.safe_dump(endpoints(), sort_keys=False))
            return 0
        if command == ["workers"]:
            sys.stdout.write(f"{sanic_workers()}\n")
            return 0
    except SettingsError as exc:
        sys.stderr.write(f"configuration error: {exc}\n")
        return 1
    sys.stderr.write("usage: python -m bot.settings endpoints|workers\n")
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
