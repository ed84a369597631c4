"""Socket.IO clients that talk to the widget channel like the page does, and
helpers to make a widget conversation look old (for the session expiry tests).

Both send the ``Origin`` header a browser would send, so the server's Origin
allow-list applies to them:

- ``WidgetClient``: python-socketio over long-polling (its WebSocket transport
  needs a newer aiohttp than Rasa 3.6 pins);
- ``RawWebSocket``: Engine.IO v4 / Socket.IO v5 packets over a plain WebSocket
  (the ``websockets`` library), for what only the WebSocket transport shows.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any, Dict, List, Optional, Tuple

import socketio
import websockets

from tests.harness import http_json

CONNECT_TIMEOUT = 30


def widget_tracker_id(session_id: str) -> str:
    """The tracker id of a widget session (the one place to change if tracker ids get a prefix)."""
    return session_id


class WidgetClient:
    """One page: connects with an Origin, asks for a session, records everything the server emits."""

    EVENTS = ("session_confirm", "session_expiry", "session_history", "bot_uttered")

    def __init__(self, rasa_url: str, origin: Optional[str]) -> None:
        self.rasa_url = rasa_url
        self.origin = origin
        self.sio = socketio.AsyncClient(reconnection=False)
        self.received: List[Tuple[str, Any]] = []
        self.disconnected = asyncio.Event()
        self._arrived = asyncio.Condition()
        for name in self.EVENTS:
            self.sio.on(name, self._recorder(name))
        self.sio.on("disconnect", self._on_disconnect)

    def _recorder(self, name: str):
        async def record(data: Any = None) -> None:
            async with self._arrived:
                self.received.append((name, data))
                self._arrived.notify_all()

        return record

    async def _on_disconnect(self, *args: Any) -> None:
        self.disconnected.set()

    async def connect(self, transport: str = "polling") -> None:
        headers = {"Origin": self.origin} if self.origin else {}
        await self.sio.connect(
            self.rasa_url,
            headers=headers,
            transports=[transport],
            socketio_path="/socket.io",
            wait_timeout=CONNECT_TIMEOUT,
        )

    async def close(self) -> None:
        await self.sio.disconnect()

    def of(self, name: str) -> List[Any]:
        return [data for event, data in self.received if event == name]

    async def wait_for(self, name: str, count: int = 1, timeout: float = 60) -> List[Any]:
        """The data of the first `count` events called `name`, once they have arrived."""

        async def arrived() -> None:
            async with self._arrived:
                await self._arrived.wait_for(lambda: len(self.of(name)) >= count)

        await asyncio.wait_for(arrived(), timeout)
        return self.of(name)[:count]

    async def start_session(self, session_id: Optional[str] = None) -> str:
        before = len(self.of("session_confirm"))
        await self.sio.emit("session_request", {"session_id": session_id})
        confirms = await self.wait_for("session_confirm", before + 1)
        await self.wait_for("session_expiry", before + 1)
        return confirms[-1]

    async def say(self, session_id: str, message: str) -> None:
        await self.sio.emit("user_uttered", {"message": message, "session_id": session_id})


class RawWebSocket:
    """The widget's Socket.IO protocol spoken by hand over one WebSocket."""

    def __init__(self, connection: Any, handshake: Dict[str, Any]) -> None:
        self.connection = connection
        self.handshake = handshake  # Engine.IO's open packet: sid, pingInterval, maxPayload, ...

    @classmethod
    async def open(cls, rasa_url: str, origin: Optional[str]) -> "RawWebSocket":
        """Connects (raises websockets.exceptions.InvalidStatusCode when refused) and joins "/"."""
        url = rasa_url.replace("http://", "ws://", 1) + "/socket.io/?EIO=4&transport=websocket"
        connection = await websockets.connect(url, origin=origin, max_size=2**22, open_timeout=CONNECT_TIMEOUT)
        opening = await connection.recv()
        assert opening.startswith("0"), opening
        raw = cls(connection, json.loads(opening[1:]))
        await connection.send("40")
        assert (await raw.packet()).startswith("40"), "joined the default namespace"
        return raw

    async def packet(self, timeout: float = 60) -> str:
        """The next packet, answering the server's pings on the way."""
        while True:
            data = await asyncio.wait_for(self.connection.recv(), timeout)
            if data == "2":
                await self.connection.send("3")
                continue
            return data

    async def emit(self, event: str, data: Any) -> None:
        await self.connection.send("42" + json.dumps([event, data]))

    async def event(self, name: str, timeout: float = 60) -> Any:
        """The data of the next Socket.IO event called `name` (others are skipped)."""
        while True:
            data = await self.packet(timeout)
            if data.startswith("42"):
                event, *args = json.loads(data[2:])
                if event == name:
                    return args[0] if args else None

    async def close(self) -> None:
        await self.connection.close()


def tracker_events(rasa_url: str, session_id: str) -> List[Dict[str, Any]]:
    tracker = http_json("GET", f"{rasa_url}/conversations/{widget_tracker_id(session_id)}/tracker?include_events=ALL")
    return tracker.get("events") or []


def user_texts(rasa_url: str, session_id: str) -> List[str]:
    return [e.get("text") for e in tracker_events(rasa_url, session_id) if e.get("event") == "user"]


def copy_conversation(rasa_url: str, session_id: str, age_seconds: float) -> str:
    """A new widget session holding the events of `session_id`, each `age_seconds` older.

    Written with the HTTP API (PUT .../tracker/events) under a new id, since the SQL tracker
    store only appends to an existing conversation.
    """
    events = tracker_events(rasa_url, session_id)
    assert events, "nothing to copy"
    aged = [{**event, "timestamp": event["timestamp"] - age_seconds} for event in events]
    copy = uuid.uuid4().hex
    http_json("PUT", f"{rasa_url}/conversations/{widget_tracker_id(copy)}/tracker/events", aged)
    return copy
