"""The widget across instances: Socket.IO through Redis pub/sub when a Redis lock store is set."""

from __future__ import annotations

from bot.channels import webchat


def test_webchat_uses_redis_pubsub_only_with_a_lock_store(monkeypatch):
    monkeypatch.delenv("LOCK_STORE_URL", raising=False)
    assert webchat.client_manager() is None
    monkeypatch.setenv("LOCK_STORE_URL", "redis://127.0.0.1:6379/1")
    manager = webchat.client_manager()
    assert manager is not None and manager.redis_url == "redis://127.0.0.1:6379/1"
