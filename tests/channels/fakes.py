"""Test doubles and helpers of the channel tests.

- ``FakeChatApis``: a fake Slack Web API (``/slack/api/<method>``) and a fake
  Telegram Bot API (``/telegram/bot<token>/<method>``) on one loopback port,
  recording every call the Rasa server makes to them.
- Signing helpers for Slack and the telehealth webhook, and a small HTTP
  client that returns the status of 4xx/5xx answers instead of raising.
"""

from __future__ import annotations

import hashlib
import http.client
import hmac
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional
from urllib.parse import parse_qs, urlencode, urlparse

from tests.harness import api_url, http_json


@dataclass
class ApiCall:
    api: str  # "slack" or "telegram"
    method: str  # "chat.postMessage", "sendMessage", ...
    params: Dict[str, Any]
    headers: Dict[str, str]
    at: float = field(default_factory=time.monotonic)


class FakeChatApis:
    """Both fake APIs, served by a thread; answers like the real ones do, minimally."""

    def __init__(self, telegram_username: str = "back_heat_test_bot") -> None:
        self.telegram_username = telegram_username
        self.calls: List[ApiCall] = []
        self._cond = threading.Condition()
        self._message_id = 0
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                status, answer = fake._handle(self.path, dict(self.headers), raw)
                body = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, name="fake-chat-apis", daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def slack_api_url(self) -> str:
        return f"{self.url}/slack/api/"

    @property
    def telegram_api_url(self) -> str:
        return f"{self.url}/telegram"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- requests -----------------------------------------------------------------

    @staticmethod
    def _params(headers: Dict[str, str], raw: bytes) -> Dict[str, Any]:
        content_type = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
        if not raw:
            return {}
        if "json" in content_type:
            return json.loads(raw)
        if "multipart/form-data" in content_type:
            boundary = content_type.split("boundary=")[1].strip('"').encode()
            params = {}
            for part in raw.split(b"--" + boundary):
                if b"name=\"" not in part:
                    continue
                head, _, value = part.partition(b"\r\n\r\n")
                name = head.split(b"name=\"")[1].split(b"\"")[0].decode()
                params[name] = value.rstrip(b"\r\n").decode()
            return params
        return {k: v[0] for k, v in parse_qs(raw.decode(), keep_blank_values=True).items()}

    def _handle(self, path: str, headers: Dict[str, str], raw: bytes) -> Any:
        parts = urlparse(path).path.strip("/").split("/")
        params = self._params(headers, raw)
        if parts[:2] == ["slack", "api"] and len(parts) == 3:
            call = ApiCall("slack", parts[2], params, headers)
            answer = self._slack_answer(call)
        elif parts[0] == "telegram" and len(parts) == 3 and parts[1].startswith("bot"):
            call = ApiCall("telegram", parts[2], params, headers)
            answer = self._telegram_answer(call)
        else:
            return 404, {"ok": False, "error": "unknown_method"}
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()
        return 200, answer

    def _slack_answer(self, call: ApiCall) -> Dict[str, Any]:
        if call.method == "chat.postMessage":
            with self._cond:
                self._message_id += 1
                ts = f"{int(time.time())}.{self._message_id:06d}"
            return {"ok": True, "channel": call.params.get("channel"), "ts": ts,
                    "message": {"text": call.params.get("text"), "ts": ts}}
        return {"ok": True}

    def _telegram_answer(self, call: ApiCall) -> Dict[str, Any]:
        if call.method.lower() == "getme":
            return {"ok": True, "result": {"id": 123456789, "is_bot": True, "first_name": "Back heat test",
                                           "username": self.telegram_username}}
        if call.method.lower() == "sendmessage":
            with self._cond:
                self._message_id += 1
                message_id = self._message_id
            chat_id = int(call.params.get("chat_id"))
            return {"ok": True, "result": {"message_id": message_id, "date": int(time.time()),
                                           "chat": {"id": chat_id, "type": "private"},
                                           "text": call.params.get("text", "")}}
        return {"ok": True, "result": True}

    # --- assertions ---------------------------------------------------------------

    def find(self, predicate: Callable[[ApiCall], bool]) -> List[ApiCall]:
        with self._cond:
            return [c for c in self.calls if predicate(c)]

    def wait_for(self, predicate: Callable[[ApiCall], bool], count: int = 1, timeout: float = 60,
                 settle: float = 0.0) -> List[ApiCall]:
        """The matching calls once there are at least `count`, then `settle` seconds for more."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len([c for c in self.calls if predicate(c)]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    found = [c for c in self.calls if predicate(c)]
                    raise AssertionError(f"expected {count} matching API call(s) in {timeout}s, "
                                         f"got {len(found)}: {[(c.method, c.params) for c in found]}")
                self._cond.wait(left)
        if settle:
            time.sleep(settle)
        return self.find(predicate)

    def slack_posts(self, channel: str) -> List[ApiCall]:
        return self.find(lambda c: c.api == "slack" and c.method == "chat.postMessage"
                         and c.params.get("channel") == channel)

    def telegram_messages(self, chat_id: int) -> List[ApiCall]:
        return self.find(lambda c: c.api == "telegram" and c.method.lower() == "sendmessage"
                         and str(c.params.get("chat_id")) == str(chat_id))


# --- HTTP ---------------------------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: Dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


def post(url: str, body: bytes, headers: Optional[Dict[str, str]] = None, timeout: float = 60) -> Answer:
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Answer(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, dict(error.headers), error.read())


def post_oversized(url: str, body: bytes, headers: Optional[Dict[str, str]] = None, timeout: float = 60) -> Answer:
    """POST a body the server may refuse before reading it all.

    A server that answers 413 from the headers alone may close the connection
    while the body is still being sent; urllib then reports the broken pipe
    instead of the answer. Here the body is sent in pieces, a closed
    connection stops the sending, and the answer is read all the same.
    """
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.putrequest("POST", parts.path + (f"?{parts.query}" if parts.query else ""))
        for name, value in {"Content-Type": "application/json", **(headers or {}),
                            "Content-Length": str(len(body))}.items():
            connection.putheader(name, value)
        connection.endheaders()
        try:
            for start in range(0, len(body), 64 * 1024):
                connection.send(body[start:start + 64 * 1024])
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server has answered and closed: read the answer
        answer = connection.getresponse()
        return Answer(answer.status, dict(answer.getheaders()), answer.read())
    finally:
        connection.close()


def get(url: str, timeout: float = 30) -> Answer:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return Answer(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Answer(error.code, dict(error.headers), error.read())


def user_texts(rasa_url: str, sender: str) -> List[str]:
    """The user messages in a conversation's tracker (what reached the dialogue)."""
    tracker = http_json("GET", api_url(rasa_url, f"/conversations/{sender}/tracker"))
    return [e.get("text") for e in tracker.get("events") or [] if e.get("event") == "user"]


def wait_for_user_texts(rasa_url: str, sender: str, expected: List[str], timeout: float = 20) -> List[str]:
    """The conversation's user messages once they equal `expected` (the tracker is saved after the
    replies are sent, so it can lag behind them a little)."""
    deadline = time.monotonic() + timeout
    while True:
        texts = user_texts(rasa_url, sender)
        if texts == expected or time.monotonic() > deadline:
            return texts
        time.sleep(0.2)


def tracker(rasa_url: str, sender: str) -> Dict[str, Any]:
    return http_json("GET", api_url(rasa_url, f"/conversations/{sender}/tracker"))


def compact(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()


# --- Slack --------------------------------------------------------------------------


def slack_signature(secret: str, timestamp: int, body: bytes) -> str:
    basestring = f"v0:{timestamp}:".encode() + body
    return "v0=" + hmac.new(secret.encode(), basestring, hashlib.sha256).hexdigest()


def slack_headers(secret: str, body: bytes, timestamp: Optional[int] = None,
                  content_type: str = "application/json") -> Dict[str, str]:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": slack_signature(secret, timestamp, body)}


def slack_message_event(user: str, channel: str, text: str, event_id: str) -> Dict[str, Any]:
    ts = f"{time.time():.6f}"
    return {
        "token": "unused", "team_id": "T0TEST", "api_app_id": "A0TEST", "type": "event_callback",
        "event_id": event_id, "event_time": int(time.time()),
        "authorizations": [{"user_id": "U0BOT", "is_bot": True}],
        "event": {"type": "message", "channel_type": "im", "user": user, "text": text,
                  "channel": channel, "ts": ts, "event_ts": ts},
    }


def slack_button_click(user: str, channel: str, value: str, message_ts: str) -> bytes:
    payload = {
        "type": "block_actions", "user": {"id": user}, "channel": {"id": channel},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
        "message": {"ts": message_ts},
        "actions": [{"type": "button", "action_id": "choice_x", "block_id": "choices_0",
                     "value": value, "action_ts": f"{time.time():.6f}"}],
    }
    return urlencode({"payload": json.dumps(payload)}).encode()


# --- Telegram -----------------------------------------------------------------------


def telegram_text_update(update_id: int, chat_id: int, text: str) -> Dict[str, Any]:
    return {"update_id": update_id, "message": {
        "message_id": update_id, "date": int(time.time()), "text": text,
        "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
        "from": {"id": chat_id, "is_bot": False, "first_name": "Test"},
    }}
