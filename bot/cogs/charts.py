"""Charts attached to answers: which chart an answer gets, drawn in a worker thread, cached.

A chart is extra: the text answer never waits long for it and never fails because of it.
A slash command waits for the chart only while the 3-second interaction deadline allows;
a chart that comes later is added to the sent answer by an edit, and one that fails to
draw is logged and left out.
"""

from __future__ import annotations

import asyncio
import io
import logging
import time
from datetime import date

import discord

from ..charts.data import Window
from ..charts.make import ChartCache, ChartRequest, window_from_text
from ..qa.answer import Answer
from ..store.facts import Facts
from .client import Store, log_event

log = logging.getLogger("spacebot.discord")

CACHE = ChartCache(size=64)  # keyed by the store's data hash: a reload never serves stale
SLASH_DEADLINE = 2.4  # seconds after the interaction: the answer must be sent by then (3 s)
CHART_WAIT = 1.0  # at most this long a slash answer waits for its chart (drawn in ~0.1 s)
CHAT_WAIT = 3.0  # a message reply has no deadline, but nobody should wait much for a picture


def chart_for(answer: Answer, question: str, kinds: tuple[str, ...]) -> ChartRequest | None:
    """The chart that shows `answer`, if it is one of `kinds` (aboard | person | expedition)."""
    if not answer.answered:
        return None
    got = answer.facts or {}
    if "aboard" in kinds and isinstance(got.get("aboard"), dict):
        aboard = got.get("aboard")
        if not isinstance(aboard, dict) or not aboard:
            return None
        # the station with the most people aboard (the ISS, when Tiangong is crewed too)
        station = max(aboard, key=lambda s: len(aboard[s] or ()))
        window = window_from_text(question)
        if window is None and isinstance(got.get("date"), str):
            window = window_from_text(got["date"])
        if window is None:
            return None
        return ChartRequest("aboard", station=station, window=window)
    if "person" in kinds and isinstance(got.get("person"), str):
        return ChartRequest("person", person=got["person"])
    if "expedition" in kinds and isinstance(got.get("expedition"), str):
        return ChartRequest("expedition", expedition=got["expedition"])
    return None


def _draw(facts: Facts, req: ChartRequest):
    return CACHE.get_or_make(facts, req)


def start(store: Store, req: ChartRequest) -> asyncio.Task:
    """Begin drawing `req` in a worker thread (the event loop never draws)."""
    return asyncio.ensure_future(asyncio.to_thread(_draw, store.engine.facts, req))


async def ready(
    task: asyncio.Task, wait: float, req: ChartRequest
) -> tuple[discord.File, str] | None:
    """The drawn chart as (file, attachment url) if done within `wait` seconds; None if it
    is still drawing (the task goes on) or failed (logged)."""
    try:
        drawn = await asyncio.wait_for(asyncio.shield(task), max(0.0, wait))
    except TimeoutError:
        return None
    except Exception:
        log.warning("chart failed: %s", req.stem, exc_info=True)
        log_event("chart_failed", logging.WARNING, chart=req.kind)
        return None
    name = drawn.filename(req.stem)
    file = discord.File(io.BytesIO(drawn.data), filename=name, description=drawn.alt[:1024])
    return file, f"attachment://{name}"


def failed(task: asyncio.Task) -> bool:
    return task.done() and (task.cancelled() or task.exception() is not None)


def slash_wait(interaction: discord.Interaction) -> float:
    """How long a slash command can still wait for its chart before answering."""
    if interaction.response.is_done():  # deferred: 15 minutes, but the text comes first
        return 5.0
    # the interaction's age by its snowflake; a host clock that runs behind Discord's would
    # make it look younger, so never wait more than CHART_WAIT whatever it says
    age = max(0.0, (discord.utils.utcnow() - interaction.created_at).total_seconds())
    return max(0.0, min(CHART_WAIT, SLASH_DEADLINE - age))


async def attach_later(interaction: discord.Interaction, task: asyncio.Task, req: ChartRequest,
                       embed: discord.Embed) -> None:  # fmt: skip
    """Add a chart that finished after the answer was sent, by editing the answer."""
    started = time.perf_counter()
    got = await ready(task, 30.0, req)
    if got is None:
        return
    file, url = got
    embed.set_image(url=url)
    try:
        await interaction.edit_original_response(embed=embed, attachments=[file])
    except discord.HTTPException as e:
        log_event("chart_edit_failed", logging.WARNING, status=e.status, code=e.code)
        return
    log_event("chart_late", chart=req.kind, ms=f"{(time.perf_counter() - started) * 1000:.0f}")


_background: set[asyncio.Task] = set()  # held until done: the loop keeps only weak refs


def in_background(coro) -> None:
    task = asyncio.ensure_future(coro)
    _background.add(task)
    task.add_done_callback(_background.discard)


def warm_up() -> None:
    """Import matplotlib and draw once, in a thread at start-up: the first chart a user
    asks for then costs ~100 ms, not the ~1 s of a cold import."""
    try:
        from ..charts import render_occupancy
        from ..charts.data import Occupancy

        w = Window.around(date(2000, 1, 1))
        render_occupancy(Occupancy("", "", w, [], [], [], "", ""))
    except Exception:  # a chart is extra: never stop the bot for it
        log.warning("chart warm-up failed", exc_info=True)
