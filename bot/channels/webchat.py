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
Session ids are the 32 hex digits the server hands out, so a page cannot
address a Slack, Telegram or REST conversation by its id.
"""

from __future__ import annotations

import logging
import mimetypes
import os
import re
import uuid
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Iterable, List, Optional, Text

import rasa.core.channels.channel
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from rasa.shared.core.events import BotUttered, Event, SessionStarted, UserUttered
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse
from socketio import AsyncRedisManager, AsyncServer

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
# With several instances, Socket.IO emits go through Redis pub/sub (the lock store's Redis).
REDIS_URL_ENV = "LOCK_STORE_URL"
# Widget-only messages (the greeting that opens a chat) carry this metadata and are not shown.
HIDDEN_METADATA_KEY = "hidden"


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


def client_manager() -> Optional[AsyncRedisManager]:
    """Redis pub/sub when LOCK_STORE_URL is set, so a reply reaches the page on whichever instance holds its socket."""
    url = os.environ.get(REDIS_URL_ENV)
    return AsyncRedisManager(url, channel="webchat") if url else None


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


def _page_handler(page_dir: Path, path: str) -> Callable[[Request], Awaitable[HTTPResponse]]:
    async def page(_: Request) -> HTTPResponse:
        return await _serve(page_dir, path)
    return page


def _page_file_handler(page_dir: Path) -> Callable[..., Awaitable[HTTPResponse]]:
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
        )

    def __init__(self, *args: Any, page_dir: Optional[str] = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
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
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=[], client_manager=client_manager())
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
            session_id = asked if valid_session_id(asked) else new_session_id()
            previous = self.sessions.get(sid)
            if self.session_persistence:
                if previous and previous != session_id:  # "start over" on the same connection
                    await sio.leave_room(sid, previous, namespace=namespace)
                await sio.enter_room(sid, session_id, namespace=namespace)
            self.sessions[sid] = session_id
            await sio.emit("session_confirm", session_id, room=sid, namespace=namespace)
            if session_id == asked:
                history = await self._history(socketio_webhook, session_id)
                await sio.emit("session_history", {"session_id": session_id, "messages": history},
                               room=sid, namespace=namespace)

        @sio.on(self.user_message_evt, namespace=namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            if not isinstance(data, dict):
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
            await on_new_message(UserMessage(text[:5000], WebChatOutput(sio, self.bot_message_evt), sender_id,
                                             input_channel=self.name(), metadata=metadata))

        return socketio_webhook

    async def _history(self, blueprint: SocketBlueprint, session_id: str) -> List[Dict[str, Any]]:
        app = getattr(blueprint.ctx, "app", None)
        agent = getattr(getattr(app, "ctx", None), "agent", None)
        store = getattr(agent, "tracker_store", None)
        if store is None:
            return []
        try:
            tracker = await store.retrieve(session_id)
        except Exception:  # noqa: BLE001 - no history is better than no chat
            logger.exception("webchat: could not read the history of a session")
            return []
        return history_messages(tracker.events) if tracker is not None else []
