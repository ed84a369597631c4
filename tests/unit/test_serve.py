"""bot.serve / bot.settings.api_auth_args: Rasa's HTTP API is on only when it is authenticated."""

from __future__ import annotations

import pytest

from bot import serve, settings

API_ENV = ("RASA_API_TOKEN", "RASA_JWT_SECRET", "RASA_JWT_METHOD")


@pytest.fixture
def no_api_env(monkeypatch):
    for name in API_ENV:
        monkeypatch.delenv(name, raising=False)


def test_no_variables_leave_the_api_off(no_api_env):
    assert settings.api_auth_args() == []
    assert settings.api_auth_args({"RASA_API_TOKEN": "  ", "RASA_JWT_SECRET": ""}) == []
    argv = serve.rasa_argv(["-p", "5005"])
    assert argv == ["rasa", "run", "-p", "5005"]


def test_a_token_turns_the_api_on_with_it():
    assert settings.api_auth_args({"RASA_API_TOKEN": "t0k"}) == ["--enable-api", "--auth-token=t0k"]


def test_a_token_or_secret_that_starts_with_a_dash_reaches_rasa_as_a_value():
    from rasa.__main__ import create_argument_parser

    args = settings.api_auth_args({"RASA_API_TOKEN": "-Xy_1", "RASA_JWT_SECRET": "--s3"})
    parsed = create_argument_parser().parse_args(["run", *args])
    assert (parsed.auth_token, parsed.jwt_secret, parsed.enable_api) == ("-Xy_1", "--s3", True)


def test_a_jwt_secret_turns_the_api_on_with_jwt():
    assert settings.api_auth_args({"RASA_JWT_SECRET": "s3cret"}) == [
        "--enable-api", "--jwt-secret=s3cret", "--jwt-method", "HS256"]
    assert settings.api_auth_args({"RASA_JWT_SECRET": "pub", "RASA_JWT_METHOD": "RS256"})[-1] == "RS256"


def test_token_and_jwt_together():
    args = settings.api_auth_args({"RASA_API_TOKEN": "t", "RASA_JWT_SECRET": "s"})
    assert args.count("--enable-api") == 1
    assert {"--auth-token=t", "--jwt-secret=s"} <= set(args)


def test_the_launcher_adds_the_token_from_the_environment(monkeypatch, no_api_env):
    monkeypatch.setenv("RASA_API_TOKEN", "from-env")
    assert serve.rasa_argv(["--model", "models"]) == [
        "rasa", "run", "--model", "models", "--enable-api", "--auth-token=from-env"]


def test_the_launcher_refuses_an_unauthenticated_api(no_api_env):
    with pytest.raises(SystemExit, match="RASA_API_TOKEN"):
        serve.rasa_argv(["--enable-api"])


# --- the tracker store must be a real one (never Rasa's silent in-memory fallback) ---


def _endpoints(tmp_path, content):
    path = tmp_path / "endpoints.yml"
    path.write_text(content)
    return ["--endpoints", str(path)]


def test_the_settings_tracker_store_is_accepted(tmp_path):
    import yaml

    options = _endpoints(tmp_path, yaml.safe_dump(settings.endpoints({})))
    assert serve.endpoints_problem(options) is None
    assert serve.endpoints_problem(_endpoints(tmp_path, "tracker_store:\n  type: SQL\n")) is None


@pytest.mark.parametrize("content", [
    "action_endpoint:\n  url: http://127.0.0.1:5055/webhook\n",          # no tracker store at all
    "tracker_store:\n  tracker_store:\n    type: SQL\n",                  # a section without a type
    "tracker_store:\n  type: bot.tracker_store.NoSuchStore\n",            # a class that is not there
])
def test_a_store_rasa_would_replace_by_memory_is_refused(tmp_path, content):
    options = _endpoints(tmp_path, content)
    assert "memory" in serve.endpoints_problem(options)
    with pytest.raises(SystemExit, match="bot.serve"):
        serve.main(options)


def test_a_missing_endpoints_file_is_refused(tmp_path):
    assert serve.endpoints_problem(["--endpoints", str(tmp_path / "nope.yml")]) == "the --endpoints file does not exist"
