"""pytest fixtures: a fake Discord on 127.0.0.1 and a real spacebot connected to it.

Import the fixtures into a test module (`from tests.fakes.harness import bot, fake  # noqa`).
"""

from __future__ import annotations

import asyncio
import csv
import shutil
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

import discord
import pytest
import yarl
from discord.gateway import DiscordWebSocket

from bot.cogs.client import SpaceBot, Store
from bot.config import Settings
from bot.store.build import build
from bot.store.schema import TABLES

from .discord_api import TOKEN, FakeDiscord

FIXTURE_DATA = Path(__file__).resolve().parent.parent / "fixtures" / "discord_data"


def copy_fixture_data(dest: Path) -> Path:
    """Copy the fixture CSVs, re-headed to the current schema: a column added to a table
    later (empty in these few rows) does not break the Discord tests."""
    dest.mkdir(parents=True)
    for src in sorted(FIXTURE_DATA.glob("*.csv")):
        spec = TABLES.get(src.stem)
        if spec is None:
            shutil.copy(src, dest / src.name)
            continue
        with src.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        with (dest / src.name).open("w", newline="", encoding="utf-8") as fh:
            out = csv.DictWriter(fh, spec.columns, extrasaction="ignore", lineterminator="\n")
            out.writeheader()
            out.writerows(rows)
    return dest


def settings_for(fake: FakeDiscord, tmp_path: Path, **overrides) -> Settings:
    data_dir = tmp_path / "data"
    if not data_dir.exists():
        copy_fixture_data(data_dir)
    values = dict(
        data_dir=data_dir,
        db_path=tmp_path / "spacebot.db",
        token=TOKEN,
        forum_channel_ids=frozenset({fake.forum_id}),
        admin_role_ids=frozenset(),
        admin_user_ids=frozenset(),
    )
    values.update(overrides)
    return Settings(**values)


_running: list[tuple[SpaceBot, asyncio.Task]] = []  # stopped by the `fake` fixture if a test fails


async def start_bot(settings: Settings, **options) -> tuple[SpaceBot, asyncio.Task]:
    """Build the store, start the bot against the fake, wait for READY + GUILD_CREATE."""
    if not settings.db_path.exists():
        result = build(settings.data_dir, settings.db_path)
        assert result.ok, result.problems
    options.setdefault("guild_ready_timeout", 0.05)
    options.setdefault("cooldown", (1000, 60.0))
    options.setdefault("channel_cooldown", (1000, 60.0))
    options.setdefault("starter_grace", 0.2)
    # tests patch `build` (not picklable into the helper process) and start many bots:
    # build in a thread unless a test asks for the process (what `spacebot run` does)
    options.setdefault("build_in_process", False)
    bot = SpaceBot(settings, Store.open(settings.db_path), **options)
    task = asyncio.create_task(bot.start(settings.token))
    _running.append((bot, task))
    waiter = asyncio.create_task(bot.wait_until_ready())
    done, _ = await asyncio.wait({task, waiter}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if task in done:
        waiter.cancel()
        task.result()  # raises what stopped the bot
    assert waiter in done, "the bot did not become ready"
    return bot, task


async def stop_bot(bot: SpaceBot, task: asyncio.Task) -> None:
    if (bot, task) in _running:
        _running.remove((bot, task))
    await bot.close()
    await asyncio.wait_for(task, 5)


def loopback_only(monkeypatch) -> None:
    """Fail any name lookup other than 127.0.0.1: no test may reach the real Discord."""
    real = socket.getaddrinfo

    def guarded(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost"):
            raise OSError(f"tests are loopback only; refused to resolve {host!r}")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@contextmanager
def fake_in_thread(monkeypatch):
    """The fake on its own loop in a thread, for code that calls asyncio.run itself (or
    another process: pass it `fake.api_base` and `fake.gateway_url`)."""
    loopback_only(monkeypatch)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    fake = FakeDiscord()
    asyncio.run_coroutine_threadsafe(fake.start(), loop).result(5)
    monkeypatch.setattr(discord.http.Route, "BASE", fake.api_base)
    try:
        yield fake
    finally:
        asyncio.run_coroutine_threadsafe(fake.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.close()


@pytest.fixture
async def fake(monkeypatch):
    loopback_only(monkeypatch)
    server = FakeDiscord()
    await server.start()
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    # a non-sharded client (or a fixed shard count) goes here, not to /gateway/bot's url
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    yield server
    while _running:
        await stop_bot(*_running[-1])
    await server.stop()


@pytest.fixture
async def bot(fake, tmp_path):
    spacebot, task = await start_bot(settings_for(fake, tmp_path))
    yield spacebot
    await stop_bot(spacebot, task)
