"""bot.settings: the endpoints the servers run with, from environment variables."""

from __future__ import annotations

import yaml

from bot import settings

import pytest

SETTINGS_ENV = ("TRACKER_DB_URL", "TRACKER_DB", "ACTION_ENDPOINT_URL", "ACTION_PORT", "ACTION_TIMEOUT_SECONDS",
                "LOCK_STORE_URL", "EVENT_BROKER_URL", "EVENT_BROKER_QUEUE", "RASA_WORKERS")


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
    # No lock store (Rasa's in-memory one) and no event broker unless asked for.
    assert set(endpoints) == {"action_endpoint", "tracker_store"}


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


# --- Redis lock store, RabbitMQ event broker, workers (issue 11) ---


def test_redis_lock_store_from_env():
    store = settings.endpoints({"LOCK_STORE_URL": "redis://cache.internal:6380/3"})["lock_store"]
    assert store == {"type": settings.LOCK_STORE_TYPE, "url": "cache.internal", "port": 6380, "db": 3}


def test_redis_lock_store_defaults_port_and_db_and_decodes_the_password():
    store = settings.lock_store("redis://:s%40cret@r")
    assert store == {"type": settings.LOCK_STORE_TYPE, "url": "r", "port": 6379, "db": 0, "password": "s@cret"}


def test_rediss_means_tls_and_a_user_is_kept():
    store = settings.lock_store("rediss://app:pw@r:6379/1")
    assert store["use_ssl"] is True
    assert (store["username"], store["password"]) == ("app", "pw")


@pytest.mark.parametrize("value", ["http://r:6379/1", "redis:///1", "redis://r:6379/one", "redis://r:port/1"])
def test_a_lock_store_url_that_is_not_redis_is_refused(value):
    with pytest.raises(settings.SettingsError, match="LOCK_STORE_URL"):
        settings.endpoints({"LOCK_STORE_URL": value})


def test_pika_event_broker_from_env_publishes_to_rasa_events():
    broker = settings.endpoints({"EVENT_BROKER_URL": "amqp://app:pw@mq.internal:5673/triage"})["event_broker"]
    assert broker == {"type": "pika", "url": "amqp://mq.internal:5673/triage", "port": 5673,
                      "username": "app", "password": "pw", "queues": ["rasa_events"]}


def test_event_broker_queue_name_from_env():
    broker = settings.endpoints({"EVENT_BROKER_URL": "amqp://u:p@h/", "EVENT_BROKER_QUEUE": "audit"})["event_broker"]
    assert broker["queues"] == ["audit"]
    # RabbitMQ's default vhost and port.
    assert broker["url"] == "amqp://h:5672"


def test_event_broker_url_never_carries_the_credentials():
    # Rasa logs the broker's url at INFO level; the password must not be in it.
    broker = settings.event_broker("amqp://app:p%40ss%2Fw@h:5672/v")
    assert "p%40ss" not in broker["url"] and "app" not in broker["url"]
    # Kept percent-encoded: Rasa builds amqp://user:password@host from them.
    assert broker["password"] == "p%40ss%2Fw"


@pytest.mark.parametrize("value", ["amqp://h:5672/", "http://u:p@h:5672/", "amqp://u@h/"])
def test_an_event_broker_url_without_credentials_or_not_amqp_is_refused(value):
    with pytest.raises(settings.SettingsError, match="EVENT_BROKER_URL"):
        settings.event_broker(value)


def test_endpoints_with_every_service_load_into_rasa_endpoint_configs(tmp_path):
    from rasa.core.utils import AvailableEndpoints

    env = {"TRACKER_DB_URL": "postgresql://u:p@db:5432/rasa", "LOCK_STORE_URL": "redis://r:6379/1",
           "EVENT_BROKER_URL": "amqp://u:p@mq:5672/"}
    path = tmp_path / "endpoints.yml"
    path.write_text(yaml.safe_dump(settings.endpoints(env)))
    loaded = AvailableEndpoints.read_endpoints(str(path))
    assert loaded.lock_store.type == settings.LOCK_STORE_TYPE and loaded.lock_store.url == "r"
    assert loaded.event_broker.type == "pika" and loaded.event_broker.kwargs["queues"] == ["rasa_events"]
    assert loaded.tracker_store.kwargs["dialect"] == "postgresql"


def test_one_worker_by_default():
    assert settings.sanic_workers({}) == 1


def test_several_workers_with_a_redis_lock_store():
    assert settings.sanic_workers({"RASA_WORKERS": "3", "LOCK_STORE_URL": "redis://r/1"}) == 3


def test_several_workers_without_a_shared_lock_store_are_refused():
    with pytest.raises(settings.SettingsError, match="LOCK_STORE_URL"):
        settings.sanic_workers({"RASA_WORKERS": "2"})


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5"])
def test_a_worker_count_that_is_not_a_positive_number_is_refused(value):
    with pytest.raises(settings.SettingsError, match="RASA_WORKERS"):
        settings.sanic_workers({"RASA_WORKERS": value, "LOCK_STORE_URL": "redis://r/1"})


def test_main_prints_workers_and_reports_a_bad_setting(monkeypatch, capsys):
    clear_env(monkeypatch)
    monkeypatch.setenv("RASA_WORKERS", "2")
    monkeypatch.setenv("LOCK_STORE_URL", "redis://r/1")
    assert settings.main(["bot.settings", "workers"]) == 0
    assert capsys.readouterr().out.strip() == "2"
    monkeypatch.delenv("LOCK_STORE_URL")
    assert settings.main(["bot.settings", "workers"]) == 1
    assert "LOCK_STORE_URL" in capsys.readouterr().err
