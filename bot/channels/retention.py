"""The retention schedule inside the Rasa server (bot/retention.py does the work).

Listed in credentials.yml like a channel, only so that the Rasa server loads
it: it serves no URL. When the server has started it purges the conversations
older than DATA_RETENTION_DAYS, then again every DATA_PURGE_INTERVAL_SECONDS,
on the tracker store the server itself uses (SQL only; another store logs one
warning). The purge runs in a worker thread, off the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, Sanic

from bot.retention import RetentionSettings, purge, retention_settings, sql_engine_of

logger = logging.getLogger(__name__)


class RetentionSchedule(InputChannel):
    """Purges old conversations at start and then on a fixed interval."""

    @classmethod
    def name(cls) -> Text:
        return "retention"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        # An invalid DATA_RETENTION_DAYS stops the server: health data must not
        # be kept longer than configured because of a typo.
        return cls(retention_settings())

    def __init__(self, settings: RetentionSettings) -> None:
        self.settings = settings
        self._task: Optional["asyncio.Task[None]"] = None

    async def purge_once(self, app: Sanic) -> None:
        engine = sql_engine_of(getattr(getattr(app.ctx, "agent", None), "tracker_store", None))
        if engine is None:
            logger.warning("retention: the tracker store is not SQL; conversations are not purged")
            return
        result = await asyncio.get_running_loop().run_in_executor(None, purge, engine, self.settings)
        # One INFO line when something was purged; counts only, never ids.
        logger.log(
            logging.INFO if result.conversations else logging.DEBUG,
            "retention: purged %d conversation(s) older than %g day(s)",
            result.conversations,
            self.settings.days,
        )

    async def run_forever(self, app: Sanic) -> None:
        while True:
            try:
                await self.purge_once(app)
            except Exception as exc:  # noqa: BLE001 - keep the schedule; try again next time
                logger.error(
                    "retention: purge failed (%s); retrying in %g s", type(exc).__name__, self.settings.interval_seconds
                )
            await asyncio.sleep(self.settings.interval_seconds)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        schedule = Blueprint("retention_schedule", __name__)

        @schedule.listener("after_server_start")
        async def start(app: Sanic, _: Any) -> None:
            self._task = asyncio.create_task(self.run_forever(app))

        @schedule.listener("before_server_stop")
        async def stop(app: Sanic, _: Any) -> None:
            if self._task is not None:
                self._task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._task

        return schedule
