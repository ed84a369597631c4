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
    assert settings.api_auth_args({"RASA_API_TOKEN": "t0k"}) == ["--enable-api", "--auth-token", "t0k"]


def test_a_jwt_secret_turns_the_api_on_with_jwt():
    assert settings.api_auth_args({"RASA_JWT_SECRET": "s3cret"}) == [
        "--enable-api", "--jwt-secret", "s3cret", "--jwt-method", "HS256"]
    assert settings.api_auth_args({"RASA_JWT_SECRET": "pub", "RASA_JWT_METHOD": "RS256"})[-1] == "RS256"


def test_token_and_jwt_together():
    args = settings.api_auth_args({"RASA_API_TOKEN": "t", "RASA_JWT_SECRET": "s"})
    assert args.count("--enable-api") == 1
    assert {"--auth-token", "--jwt-secret"} <= set(args)


def test_the_launcher_adds_the_token_from_the_environment(monkeypatch, no_api_env):
    monkeypatch.setenv("RASA_API_TOKEN", "from-env")
    assert serve.rasa_argv(["--model", "models"]) == [
        "rasa", "run", "--model", "models", "--enable-api", "--auth-token", "from-env"]


def test_the_launcher_refuses_an_unauthenticated_api(no_api_env):
    with pytest.raises(SystemExit, match="RASA_API_TOKEN"):
        serve.rasa_argv(["--enable-api"])
