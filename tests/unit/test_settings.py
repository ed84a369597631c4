"""bot.settings: the endpoints the servers run with, from environment variables."""

from __future__ import annotations

import yaml

from bot import settings

SETTINGS_ENV = ("TRACKER_DB_URL", "TRACKER_DB", "ACTION_ENDPOINT_URL", "ACTION_PORT", "ACTION_TIMEOUT_SECONDS")


def clear_env(monkeypatch):
    for name in SETTINGS_ENV:
        monkeypatch.delenv(name, raising=False)


def test_defaults_are_sqlite_and_a_loopback_action_server(monkeypatch):
    clear_env(monkeypatch)
    endpoints = settings.endpoints()
    assert endpoints["action_endpoint"] == {"url": "http://127.0.0.1:5055/webhook"}
    tracker = endpoints["tracker_store"]
    assert tracker["type"] == "bot.tracker_store.DurableSQLTrackerStore"
    assert tracker["dialect"] == "sqlite"
    assert tracker["db"].endswith(".db")
    assert settings.endpoints({}) == endpoints


def test_explicit_empty_env_gives_the_defaults():
    endpoints = settings.endpoints({})
    assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:5055/webhook"
    assert endpoints["tracker_store"] == {"type": settings.TRACKER_STORE_TYPE, "dialect": "sqlite",
                                             "db": ".rasa/trackers.db"}


def test_postgres_tracker_store_and_action_endpoint_from_env(monkeypatch):
    clear_env(monkeypatch)
    monkeypatch.setenv("TRACKER_DB_URL", "postgresql://u:p@h:5432/db")
    monkeypatch.setenv("ACTION_ENDPOINT_URL", "http://actions.internal:6000/webhook")
    endpoints = settings.endpoints()
    assert endpoints["action_endpoint"] == {"url": "http://actions.internal:6000/webhook"}
    assert endpoints["tracker_store"] == {
        "type": settings.TRACKER_STORE_TYPE, "dialect": "postgresql", "url": "h", "port": 5432,
        "username": "u", "password": "p", "db": "db",
    }


def test_postgres_url_without_port_or_password():
    tracker = settings.endpoints({"TRACKER_DB_URL": "postgresql://u@h/db"})["tracker_store"]
    assert tracker == {"type": settings.TRACKER_STORE_TYPE, "dialect": "postgresql", "url": "h",
                       "username": "u", "db": "db"}


def test_percent_encoded_password_is_decoded():
    # SQLAlchemy URLs percent-encode special characters in the password; Rasa's SQL tracker
    # store takes the plain password.
    tracker = settings.endpoints({"TRACKER_DB_URL": "postgresql://u:p%40ss%3Aword@h:5432/db"})["tracker_store"]
    assert tracker["password"] == "p@ss:word"


def test_action_port_and_sqlite_file_from_env():
    endpoints = settings.endpoints({"ACTION_PORT": "5056", "TRACKER_DB": "/tmp/x/trackers.db"})
    assert endpoints["action_endpoint"]["url"] == "http://127.0.0.1:5056/webhook"
    assert endpoints["tracker_store"]["db"] == "/tmp/x/trackers.db"


def test_action_endpoint_url_wins_over_action_port():
    endpoints = settings.endpoints({"ACTION_PORT": "5056", "ACTION_ENDPOINT_URL": "http://a:1/webhook"})
    assert endpoints["action_endpoint"]["url"] == "http://a:1/webhook"


def test_main_prints_endpoints_yaml(monkeypatch, capsys):
    clear_env(monkeypatch)
    assert settings.main(["bot.settings", "endpoints"]) == 0
    printed = yaml.safe_load(capsys.readouterr().out)
    assert printed == settings.endpoints({})


def test_main_usage(capsys):
    assert settings.main(["bot.settings"]) == 2
    assert "usage" in capsys.readouterr().err


def test_action_timeout_defaults_to_ten_seconds(monkeypatch):
    clear_env(monkeypatch)
    assert settings.action_timeout_seconds() == 10
    assert settings.action_timeout_seconds({"ACTION_TIMEOUT_SECONDS": " "}) == 10


def test_action_timeout_from_env():
    assert settings.action_timeout_seconds({"ACTION_TIMEOUT_SECONDS": "2.5"}) == 2.5


def test_unusable_action_timeout_falls_back_to_the_default(caplog):
    for raw in ("soon", "0", "-3", "301", "nan"):
        assert settings.action_timeout_seconds({"ACTION_TIMEOUT_SECONDS": raw}) == 10, raw
    assert "ACTION_TIMEOUT_SECONDS" in caplog.text
