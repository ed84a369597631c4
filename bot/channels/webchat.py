"""The website widget: Rasa's socket.io channel with lasting sessions, and the page.

- Socket.IO at ``/socket.io`` (events as Rasa's ``socketio`` channel:
  ``session_request`` / ``session_confirm``, ``user_uttered`` / ``bot_uttered``).
- Sessions last: the page keeps the session id it was given and asks for it
  again after a reload; the server then sends ``session_history``, the
  conversation so far read from the tracker store, so the page can show it.
- ``bot_uttered`` carries ``{"text", "quick_replies"}`` for a question (the
  choices as quick replies, as Rasa's channel does) and ``{"custom": {...}}``
  for the ``question`` and ``triage`` payloads, which the page uses to show the
  result. Texts are not split into one message per paragraph.
- The page (``web/``) is served by the Rasa server itself at ``/chat/``, so it
  needs no other process and talks to the same origin.

Two fixes over Rasa 3.6's channel: python-socketio 5.x made ``enter_room`` a
coroutine that Rasa does not await (so with ``session_persistence`` the bot's
answers never reached the page), and a custom payload was passed to ``emit``
as keyword arguments (a TypeError for any payload but Socket.IO's own).
Session ids are the 32 hex digits the server hands out, and the conversation
is ``web:<session id>`` (bot/channels/common.py), so a page cannot address a
Slack, Telegram or REST conversation by its id.

Hostile input is bounded (docs/channels.md):

- Origin allow-list: a browser page may connect only from the origins in
  ``WEB_ALLOWED_ORIGINS`` (comma-separated ``scheme://host[:port]``), or, when
  that is unset, from the server's own origin (its Host, with the loopback
  names on the same port). Any other ``Origin`` is refused at connect.
- Frames over ``MAX_FRAME_BYTES`` close the connection (Engine.IO's
  ``max_http_buffer_size``); messages over ``MAX_MESSAGE_CHARS`` are answered
  with a request to shorten them and never reach the dialogue.
- An expired session (no user message for the domain's
  ``session_expiration_time``) is never resumed: the page is given a new
  session id and no history, so the next person at the same browser does not
  see the last one's conversation.
"""

from __future__ import annotations

import logging
import mimetypes
import os
import re
import time
import uuid
from pathlib import Path
from typing import Any, Awaitable, Callable, Coroutine, Dict, FrozenSet, Iterable, List, Mapping, Optional, Set, Text
from urllib.parse import urlsplit

import rasa.core.channels.channel
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from rasa.shared.core.domain import SessionConfig
from rasa.shared.core.events import BotUttered, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncRedisManager, AsyncServer

from bot.channels.common import conversation_id, scoped_message
from bot.channels.shared_memory import REDIS_URL_ENV  # the lock store's Redis, also for Socket.IO
from bot.replies import message_too_long_text

logger = logging.getLogger(__name__)

SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
PAGE_ROUTE = "/chat"
PAGE_DIR_ENV = "WEBCHAT_PAGE_DIR"
DEFAULT_PAGE_DIR = Path(__file__).resolve().parents[2] / "web"
PAGE_FILE_TYPES = {".html", ".js", ".css", ".svg", ".png", ".ico", ".webmanifest"}
PAGE_HEADERS = {
    # Everything from this server: no CDN, no inline script.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
                               "form-action 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
# Widget-only messages (the greeting that opens a chat) carry this metadata and are not shown.
HIDDEN_METADATA_KEY = "hidden"
ALLOWED_ORIGINS_ENV = "WEB_ALLOWED_ORIGINS"
# One Socket.IO frame (Engine.IO packet, or a long-polling POST body); a bigger one closes the connection.
MAX_FRAME_BYTES = 64 * 1024
# The page allows 1000 characters; a longer message is refused, not cut.
MAX_MESSAGE_CHARS = 5000
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "[::1]")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Sanic reports a WebSocket upgrade as ws/wss; its page was served over http/https.
PAGE_SCHEMES = {"ws": "http", "wss": "https", "http": "http", "https": "https"}




def client_manager() -> Optional[AsyncRedisManager]:
    """Redis pub/sub when LOCK_STORE_URL is set, so a reply reaches the page on whichever instance holds its socket."""
    url = os.environ.get(REDIS_URL_ENV)
    return AsyncRedisManager(url, channel="webchat") if url else None


def new_session_id() -> str:
    return uuid.uuid4().hex


def valid_session_id(value: Any) -> bool:
    return isinstance(value, str) and bool(SESSION_ID.match(value))


def history_messages(events: Iterable[Event], channel: str = "socketio") -> List[Dict[str, Any]]:
    """The current session of a tracker as the page shows it.

    User messages that were a quick-reply payload are shown with the choice's
    title. Empty unless the conversation was held on this channel.
    """
    messages: List[Dict[str, Any]] = []
    titles: Dict[str, str] = {}
    own = False
    for event in events:
        if isinstance(event, SessionStarted):
            messages, titles = [], {}
        elif isinstance(event, UserUttered):
            own = own or event.input_channel == channel
            if (event.metadata or {}).get(HIDDEN_METADATA_KEY) or not event.text:
                continue
            messages.append({"sender": "user", "text": titles.get(event.text, event.text)})
        elif isinstance(event, BotUttered):
            data = event.data or {}
            buttons = data.get("buttons") or []
            if event.text:
                message: Dict[str, Any] = {"sender": "bot", "text": event.text}
                if buttons:
                    message["quick_replies"] = quick_replies(buttons)
                    titles = {str(b.get("payload")): str(b.get("title")) for b in buttons}
                messages.append(message)
            if data.get("custom"):
                messages.append({"sender": "bot", "custom": data["custom"]})
    return messages if own else []


def session_expired(events: Iterable[Event], config: SessionConfig, now: float) -> bool:
    """Rasa's own rule (MessageProcessor._has_session_expired): the last user message is older
    than the session expiry. Never expired when sessions are off or nobody has spoken yet."""
    if not config.are_sessions_enabled():
        return False
    last_spoken = [event.timestamp for event in events if isinstance(event, UserUttered)]
    return bool(last_spoken) and (now - last_spoken[-1]) / 60 > config.session_expiration_time


def held_on_channel(events: Iterable[Event], channel: str = "socketio") -> bool:
    return any(isinstance(event, UserUttered) and event.input_channel == channel for event in events)


def resumable_history(tracker: Optional[DialogueStateTracker], config: SessionConfig,
                      now: float) -> Optional[List[Dict[str, Any]]]:
    """The history to show when a page asks for this session again, or None when it must not be
    resumed: unknown, held on another channel, or expired (then the page gets a new session)."""
    if tracker is None or not held_on_channel(tracker.events) or session_expired(tracker.events, config, now):
        return None
    return history_messages(tracker.events)


def session_expiry(session_id: str, tracker: Optional[DialogueStateTracker], config: SessionConfig,
                   now: float) -> Dict[str, Any]:
    """What the page needs to clear itself when the session expires while it stays open:
    the expiry in seconds (None when sessions never expire) and the seconds left of a resumed one."""
    if not config.are_sessions_enabled():
        return {"session_id": session_id, "expires_after_s": None, "expires_in_s": None}
    after = config.session_expiration_time * 60
    spoken = [e.timestamp for e in (tracker.events if tracker is not None else []) if isinstance(e, UserUttered)]
    left = after - (now - spoken[-1]) if spoken else after
    return {"session_id": session_id, "expires_after_s": round(after), "expires_in_s": max(0, round(left))}


def normal_origin(value: str) -> Optional[str]:
    """``scheme://host[:port]`` as browsers send it in ``Origin`` (lower case, no default port),
    or None when the value is not an http(s) origin."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.username or parts.password \
            or parts.path not in ("", "/") or parts.query or parts.fragment:
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    shown_port = f":{port}" if port is not None and port != DEFAULT_PORTS[parts.scheme] else ""
    return f"{parts.scheme}://{host}{shown_port}"


def allowed_origins_from_env(env: Optional[Mapping[str, str]] = None) -> Optional[FrozenSet[str]]:
    """The origins of WEB_ALLOWED_ORIGINS, or None (same origin only) when it is unset or has none."""
    env = os.environ if env is None else env
    entries = [entry.strip() for entry in (env.get(ALLOWED_ORIGINS_ENV) or "").split(",") if entry.strip()]
    origins: Set[str] = set()
    for entry in entries:
        origin = normal_origin(entry)
        if origin is None:
            logger.warning("webchat: %s entry %r is not an origin (scheme://host[:port]); ignored",
                           ALLOWED_ORIGINS_ENV, entry[:100])
        else:
            origins.add(origin)
    if entries and not origins:
        logger.warning("webchat: no valid origin in %s; only the server's own origin may connect",
                       ALLOWED_ORIGINS_ENV)
    return frozenset(origins) or None


def same_origins(scheme: str, host: str) -> Set[str]:
    """The origin of a page this server served (the request's scheme and Host) and, on
    loopback, the same port under the other loopback names."""
    own = normal_origin(f"{PAGE_SCHEMES.get(scheme.lower(), scheme)}://{host}")
    if own is None:
        return set()
    parts = urlsplit(own)
    own_host = f"[{parts.hostname}]" if ":" in (parts.hostname or "") else parts.hostname
    if own_host not in LOOPBACK_HOSTS:
        return {own}
    port = f":{parts.port}" if parts.port is not None else ""
    return {f"{parts.scheme}://{name}{port}" for name in LOOPBACK_HOSTS}


class OriginCheck:
    """Engine.IO's ``cors_allowed_origins`` callable: is a browser's ``Origin`` allowed to connect?

    Engine.IO refuses the connection (400) when this says no; requests without an
    ``Origin`` (not from a browser page) are not checked, as in Engine.IO.
    """

    def __init__(self, allowed: Optional[FrozenSet[str]]) -> None:
        self.allowed = allowed

    def __call__(self, origin: Optional[str], environ: Mapping[str, Any]) -> bool:
        given = normal_origin(origin) if origin else None
        if given is None:
            return False
        if self.allowed is not None:
            return given in self.allowed
        request = environ.get("sanic.request")
        scheme = getattr(request, "scheme", None) or "http"
        host = getattr(request, "host", None) or environ.get("HTTP_HOST") or ""
        return given in same_origins(scheme, host)


def too_long(message: Any) -> bool:
    return isinstance(message, str) and len(message) > MAX_MESSAGE_CHARS


def quick_replies(buttons: Iterable[Dict[str, Any]]) -> List[Dict[str, Any]]:
    return [{"content_type": "text", "title": b.get("title"), "payload": b.get("payload")} for b in buttons]


class WebChatOutput(SocketIOOutput):
    """Emits one ``bot_uttered`` per bot message to the session's room."""

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"text": text})

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"text": text, "quick_replies": quick_replies(buttons)})

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any],
                               **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"custom": json_message})


class _PageBlueprint(SocketBlueprint):
    """Attaches Socket.IO, and serves the page at /chat/ beside the API."""

    def register(self, app: Sanic, options: Dict[Text, Any]) -> None:
        self.ctx.app = app
        page_dir = self.ctx.page_dir
        if page_dir is not None:
            app.add_route(_page_handler(page_dir, "index.html"), PAGE_ROUTE + "/", methods=["GET"],
                          name="webchat_page")
            app.add_route(_page_file_handler(page_dir), PAGE_ROUTE + "/<path:path>", methods=["GET"],
                          name="webchat_page_file")
        super().register(app, options)


def _safe_file(page_dir: Path, path: str) -> Optional[Path]:
    candidate = (page_dir / path).resolve()
    try:
        candidate.relative_to(page_dir)
    except ValueError:
        return None
    if candidate.suffix not in PAGE_FILE_TYPES or not candidate.is_file():
        return None
    return candidate


def _page_handler(page_dir: Path, path: str) -> Callable[[Request], Coroutine[Any, Any, HTTPResponse]]:
    async def page(_: Request) -> HTTPResponse:
        return await _serve(page_dir, path)
    return page


def _page_file_handler(page_dir: Path) -> Callable[..., Coroutine[Any, Any, HTTPResponse]]:
    async def page_file(_: Request, path: str = "") -> HTTPResponse:
        return await _serve(page_dir, path or "index.html")
    return page_file


async def _serve(page_dir: Path, path: str) -> HTTPResponse:
    file = _safe_file(page_dir, path)
    if file is None:
        return response.text("Not found", status=404)
    mime = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    if mime.startswith("text/") or mime == "application/javascript":
        mime += "; charset=utf-8"
    return await response.file(str(file), headers=PAGE_HEADERS, mime_type=mime)


class WebChatInput(SocketIOInput):
    """Rasa's socket.io channel with lasting sessions and the page at /chat/."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        page_dir = os.environ.get(PAGE_DIR_ENV) or credentials.get("page_dir") or str(DEFAULT_PAGE_DIR)
        return cls(
            credentials.get("user_message_evt", "user_uttered"),
            credentials.get("bot_message_evt", "bot_uttered"),
            credentials.get("namespace"),
            credentials.get("session_persistence", True),
            credentials.get("socketio_path", "/socket.io"),
            os.environ.get("SOCKETIO_JWT_KEY") or None,
            credentials.get("jwt_method", "HS256"),
            credentials.get("metadata_key", "metadata"),
            page_dir=page_dir,
            allowed_origins=allowed_origins_from_env(),
        )

    def __init__(self, *args: Any, page_dir: Optional[str] = None,
                 allowed_origins: Optional[FrozenSet[str]] = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allowed_origins = allowed_origins  # None: the server's own origin only
        path = Path(page_dir).resolve() if page_dir else None
        if path is not None and not (path / "index.html").is_file():
            logger.warning("webchat: no index.html in %s; the page at %s/ is not served", path, PAGE_ROUTE)
            path = None
        self.page_dir = path
        self.sessions: Dict[str, str] = {}  # socket id -> session id

    def get_output_channel(self) -> Optional[OutputChannel]:
        if self.sio is None:
            return super().get_output_channel()
        return WebChatOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=OriginCheck(self.allowed_origins),
                          max_http_buffer_size=MAX_FRAME_BYTES, client_manager=client_manager())
        socketio_webhook = _PageBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        socketio_webhook.ctx.page_dir = self.page_dir
        self.sio = sio
        namespace = self.namespace

        @socketio_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=namespace)
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict]) -> bool:
            if self.jwt_key:
                token = (auth or {}).get("token")
                payload = rasa.core.channels.channel.decode_bearer_token(
                    token, self.jwt_key, self.jwt_algorithm) if token else None
                return bool(payload)
            return True

        @sio.on("disconnect", namespace=namespace)
        async def disconnect(sid: Text, *args: Any) -> None:
            self.sessions.pop(sid, None)

        @sio.on("session_request", namespace=namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            asked = (data or {}).get("session_id") if isinstance(data, dict) else None
            await self._start_session(sio, socketio_webhook, sid, asked if valid_session_id(asked) else None)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
                return
            if too_long(data.get("message")):
                logger.info("webchat: refused a message over %d characters", MAX_MESSAGE_CHARS)
                await WebChatOutput(sio, self.bot_message_evt).send_text_message(
                    sid, message_too_long_text(MAX_MESSAGE_CHARS))
                return
            if self.session_persistence:
                sender_id = self.sessions.get(sid)
                if sender_id is None or data.get("session_id") not in (None, sender_id):
                    logger.warning("webchat: message from %s without a confirmed session; ignored", sid)
                    return
            else:
                sender_id = sid
            text = data.get("message")
            if not isinstance(text, str) or not text.strip():
                return
            metadata = data.get(self.metadata_key) or {}
            if not isinstance(metadata, dict):
                metadata = {}
            await on_new_message(scoped_message(self.name(), sender_id, text[:5000],
                                                WebChatOutput(sio, self.bot_message_evt), metadata))

        return socketio_webhook

    async def _start_session(self, sio: AsyncServer, blueprint: SocketBlueprint, sid: Text,
                             asked: Optional[str]) -> None:
        """Confirms the asked session when it may be resumed (then sends its history), else a new one.

        Every confirmation is followed by ``session_expiry``, so that the page clears itself when
        the session expires while it stays open.
        """
        namespace = self.namespace
        config = self._session_config(blueprint)
        tracker = await self._tracker(blueprint, asked) if asked and config else None
        now = time.time()
        history = resumable_history(tracker, config, now) if config else None
        session_id = asked if asked and history is not None else new_session_id()
        previous = self.sessions.get(sid)
        if self.session_persistence:
            if previous and previous != session_id:  # "start over" on the same connection
                await sio.leave_room(sid, previous, namespace=namespace)
            await sio.enter_room(sid, session_id, namespace=namespace)
        self.sessions[sid] = session_id
        await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)
        if config is not None:
            expiry = session_expiry(session_id, tracker if history is not None else None, config, now)
            await sio.emit("session_expiry", expiry, room=sid, namespace=namespace)
        if history is not None:
            await sio.emit("session_history", {"session_id": session_id, "messages": history},
                           room=sid, namespace=namespace)

    @staticmethod
    def _agent(blueprint: SocketBlueprint) -> Any:
        app = getattr(blueprint.ctx, "app", None)
        return getattr(getattr(app, "ctx", None), "agent", None)

    def _session_config(self, blueprint: SocketBlueprint) -> Optional[SessionConfig]:
        domain = getattr(self._agent(blueprint), "domain", None)
        return domain.session_config if domain is not None else None

    async def _tracker(self, blueprint: SocketBlueprint, session_id: str) -> Optional[DialogueStateTracker]:
        store = getattr(self._agent(blueprint), "tracker_store", None)
        if store is None:
            return None
        try:
            tracker = await store.retrieve(conversation_id(self.name(), session_id))
        except Exception:  # noqa: BLE001 - a new session is better than no chat
            logger.exception("webchat: could not read the history of a session")
            return None
        return tracker
