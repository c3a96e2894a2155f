"""The bot: an `AutoShardedBot` holding the answer engine, swapped atomically on reload.

Everything a handler needs from the store is in one immutable `Store` (the engine and the
autocomplete catalogs made from the same facts). A handler reads `bot.store` once and
uses that object to the end, so a reload that swaps the reference mid-request can never
give it an engine from one build and names from another.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import multiprocessing
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..config import Settings
from ..qa.engine import Engine
from ..store.build import BuildResult, build
from ..store.facts import Facts
from .builder import build_store
from .lookup import Lookup

log = logging.getLogger("spacebot.discord")

COGS = ("bot.cogs.ask", "bot.cogs.chat", "bot.cogs.admin")
TEXT_PREFIX = "!"  # only for the owner's DM text commands (`!reload`)


def log_event(event: str, level: int = logging.INFO, **fields: Any) -> None:
    """One structured log line: `event key=value ...` (never pass the token here)."""
    parts = [event]
    for k, v in fields.items():
        if v is None:
            continue
        text = str(v)
        parts.append(f"{k}={json.dumps(text) if (' ' in text or not text) else text}")
    log.log(level, " ".join(parts))


@dataclass(frozen=True)
class Store:
    engine: Engine
    lookup: Lookup

    @classmethod
    def open(cls, db_path: Path) -> Store:
        engine = Engine.open(db_path).prepare()  # no question waits for a part of the store
        return cls(engine, Lookup(engine.facts))

    @classmethod
    def from_facts(cls, facts: Facts) -> Store:
        return cls(Engine(facts), Lookup(facts))


class LRU(OrderedDict):
    """A dict that forgets its least recently used keys beyond `size`."""

    def __init__(self, size: int = 2000):
        super().__init__()
        self.size = size

    def get(self, key, default=None):
        if key in self:
            self.move_to_end(key)
            return self[key]
        return default

    def put(self, key, value) -> None:
        self[key] = value
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


class Recent:
    """What the bot answered lately: key -> value for `ttl` seconds, at most `size` of them
    (the least recently used go first). `clock` is injectable: tests need not wait."""

    def __init__(self, size: int, ttl: float, clock: Callable[[], float] = time.monotonic):
        self.ttl, self.clock = ttl, clock
        self._items: LRU = LRU(max(0, size))

    def put(self, key, value) -> None:
        if self._items.size > 0:
            self._items.put(key, (self.clock() + self.ttl, value))

    def get(self, key, default=None):
        """The value if it was put less than `ttl` seconds ago, else `default`."""
        got = self._items.get(key)
        if got is None:
            return default
        until, value = got
        if self.clock() >= until:
            del self._items[key]
            return default
        return value

    def pop(self, key, default=None):
        """The value (even if expired: a deletion still cleans up), removed."""
        got = self._items.pop(key, None)
        return default if got is None else got[1]

    def __len__(self) -> int:
        return len(self._items)


class UserCooldown:
    """A rate limit per key (a user id, a channel id), shared by slash commands and chat:
    `rate` uses per `per` seconds."""

    def __init__(self, rate: int, per: float, size: int = 10000):
        self.rate, self.per = rate, per
        self._buckets: LRU = LRU(size)

    def hit(self, key: int) -> float:
        """Count one use; 0.0 if allowed, else the seconds until `key` may ask again."""
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = app_commands.Cooldown(self.rate, self.per)
            self._buckets.put(key, bucket)
        return bucket.update_rate_limit() or 0.0


def is_admin(
    settings: Settings, user: discord.abc.User, permissions: discord.Permissions | None
) -> bool:
    """Checked in code on every /reload: server managers, configured users and roles.

    `default_permissions` only hides the command; a server's integration settings can
    open it to anyone, so this is what actually decides.
    """
    if user.id in settings.admin_user_ids:
        return True
    if not isinstance(user, discord.Member):
        return False
    if permissions is not None and (permissions.manage_guild or permissions.administrator):
        return True
    return bool(settings.admin_role_ids & {r.id for r in user.roles})


class Refused(app_commands.CheckFailure):
    """A check said no; the message is shown to the user (ephemeral)."""


class ChannelBusy(Refused):
    """The channel's own limit (many users asking at once) is used up."""


def expired_token(error: Exception) -> discord.NotFound | None:
    """The 404 Discord answers for an interaction whose token is no longer valid: 10062
    (not answered within 3 s) or 10015 (its webhook is gone, after 15 min)."""
    error = getattr(error, "original", error)
    if isinstance(error, discord.NotFound) and error.code in (10062, 10015):
        return error
    return None


class SpaceTree(app_commands.CommandTree):
    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.type is not discord.InteractionType.application_command:
            return True  # autocomplete is never rate limited: it must answer at once
        bot: SpaceBot = interaction.client  # type: ignore[assignment]
        room = bot.room_of(interaction.channel, interaction.guild_id, interaction.channel_id)
        limited = bot.over_limit(interaction.user.id, room)
        if limited is None:
            return True
        scope, wait = limited
        if scope == "channel":
            raise ChannelBusy(channel_busy_text(wait))
        limit = bot.cooldown
        raise app_commands.CommandOnCooldown(app_commands.Cooldown(limit.rate, limit.per), wait)

    async def on_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        name = interaction.command.qualified_name if interaction.command else "?"
        if gone := expired_token(error):
            # too late to say anything: the token is dead, so every reply would 404 again
            age = (discord.utils.utcnow() - interaction.created_at).total_seconds()
            log_event("interaction_expired", logging.WARNING, command=name,
                      user=interaction.user.id, code=gone.code, age_s=f"{age:.1f}")  # fmt: skip
            return
        if isinstance(error, app_commands.CommandOnCooldown):
            text = cooldown_text(error.retry_after)
        elif isinstance(error, Refused | app_commands.NoPrivateMessage):
            text = str(error) or "You can't use that here."
        elif isinstance(error, app_commands.CheckFailure):
            text = "You can't use that command."
        else:
            log.error("command failed: /%s", name, exc_info=error)
            text = "Sorry, something went wrong answering that."
        log_event("refused" if isinstance(error, app_commands.CheckFailure) else "error",
                  command=name, user=interaction.user.id, reason=type(error).__name__)  # fmt: skip
        try:
            if interaction.response.is_done():
                await interaction.followup.send(text, ephemeral=True)
            else:
                await interaction.response.send_message(text, ephemeral=True)
        except discord.HTTPException:
            pass


def cooldown_text(seconds: float) -> str:
    return f"Easy there! You're asking quickly; try again in {max(1, round(seconds))} s."


def channel_busy_text(seconds: float) -> str:
    return (
        f"This channel is asking me a lot at once; I'll answer again in {max(1, round(seconds))} s."
    )


def intents_for(settings: Settings) -> discord.Intents:
    """Only what the bot uses.

    guilds: channels, threads and roles; guild_messages / dm_messages: the chat.
    message_content (privileged) only when forum channels are configured: forum posts are
    ordinary messages, but a mention of the bot and a DM carry their text without it.
    """
    intents = discord.Intents.none()
    intents.guilds = True
    intents.guild_messages = True
    intents.dm_messages = True
    intents.message_content = bool(settings.forum_channel_ids)
    return intents


def commands_hash_path(settings: Settings) -> Path:
    return settings.db_path.with_name(settings.db_path.name + ".commands.json")


class SpaceBot(commands.AutoShardedBot):
    def __init__(
        self,
        settings: Settings,
        store: Store | None,
        *,
        sync_on_start: bool = True,
        cooldown: tuple[int, float] | None = None,  # per user; default: settings.user_cooldown
        channel_cooldown: tuple[int, float] | None = None,  # default: settings.channel_cooldown
        contexts: int | None = None,  # conversations kept; default: settings.conversations
        starter_grace: float = 2.0,
        build_in_process: bool = True,
        **options: Any,
    ):
        if settings.shard_count is not None:
            options.setdefault("shard_count", settings.shard_count)
        if settings.shard_ids:
            options.setdefault("shard_ids", list(settings.shard_ids))
        super().__init__(
            command_prefix=TEXT_PREFIX,
            intents=options.pop("intents", intents_for(settings)),
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=SpaceTree,
            help_command=None,
            **options,
        )
        self.settings = settings
        self.store = store
        self.sync_on_start = sync_on_start
        user_rate = cooldown or settings.user_cooldown
        channel_rate = channel_cooldown or settings.channel_cooldown
        self.cooldown = UserCooldown(*user_rate) if user_rate else None
        self.channel_cooldown = UserCooldown(*channel_rate) if channel_rate else None
        # conversation -> Context (the last query), for follow-ups; bounded, idle ones expire
        self.contexts = Recent(
            settings.conversations if contexts is None else contexts, settings.conversation_idle
        )
        self.starter_grace = starter_grace  # seconds to wait for a forum post's first message
        self.build_in_process = build_in_process  # False: build in a thread (tests patch build)
        self._builder: ProcessPoolExecutor | None = None
        self._reload_lock = asyncio.Lock()

    # ------------------------------------------------------------------ rate limits

    def room_of(
        self, channel: Any, guild_id: int | None, channel_id: int | None = None
    ) -> int | None:
        """The key of the per-channel limit: the channel (or thread) asked in, except that
        a forum counts as one channel with all its posts; None in DMs (one user only)."""
        if guild_id is None:
            return None
        if (
            isinstance(channel, discord.Thread)
            and channel.parent_id in self.settings.forum_channel_ids
        ):
            return channel.parent_id
        return channel.id if channel is not None else channel_id

    def over_limit(self, user_id: int, room: int | None) -> tuple[str, float] | None:
        """Count one question; ("user" | "channel", seconds to wait) if it must not be
        answered. The user's own limit is checked first, so one user's flood never uses up
        the channel's share."""
        if self.cooldown is not None and (wait := self.cooldown.hit(user_id)):
            return "user", wait
        limit = self.channel_cooldown
        if room is not None and limit is not None and (wait := limit.hit(room)):
            return "channel", wait
        return None

    # ------------------------------------------------------------------ life cycle

    async def setup_hook(self) -> None:
        for name in COGS:
            await self.load_extension(name)
        if self.sync_on_start:
            try:
                await self.sync_if_changed()
            except discord.HTTPException as e:
                log_event("sync_failed", logging.WARNING, status=e.status, code=e.code)

    async def on_ready(self) -> None:  # never syncs: see sync_if_changed
        log_event("ready", user=self.user.id if self.user else None, guilds=len(self.guilds),
                  shards=self.shard_count)  # fmt: skip

    async def on_resumed(self) -> None:
        log_event("resumed")

    async def on_message(self, message: discord.Message) -> None:
        # Text commands exist only for the owner, in DMs; guild chat is the chat cog's.
        if message.guild is None and not message.author.bot:
            await self.process_commands(message)

    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        if isinstance(error, commands.CommandNotFound):
            return
        if isinstance(error, commands.CheckFailure):
            await ctx.reply("Only the bot's owner can do that.", mention_author=False)
            return
        log.error("text command failed", exc_info=error)

    # ------------------------------------------------------------------ commands sync

    def command_definitions(
        self, guild: discord.abc.Snowflake | None = None
    ) -> list[dict[str, Any]]:
        cmds = self.tree.get_commands(guild=guild) if guild else self.tree.get_commands()
        return sorted((c.to_dict(self.tree) for c in cmds), key=lambda d: d["name"])

    def sync_scope(self, guild_id: int | None) -> str:
        """The key of a sync's hash: the application and where its commands went. The same
        checkout run with another bot's token (a test bot, then the real one) must sync
        again: Discord keeps commands per application."""
        where = f"guild:{guild_id}" if guild_id else "global"
        return f"app:{self.application_id}/{where}"

    def commands_hash(self) -> str:
        text = json.dumps(self.command_definitions(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()

    async def sync_commands(self, guild_id: int | None = None) -> list[app_commands.AppCommand]:
        """Register the command definitions with Discord (one bulk PUT) and remember them."""
        guild = discord.Object(guild_id) if guild_id else None
        if guild is not None:
            self.tree.copy_global_to(guild=guild)
        synced = await self.tree.sync(guild=guild)
        scope = self.sync_scope(guild_id)
        path = commands_hash_path(self.settings)
        try:
            saved = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        saved[scope] = self.commands_hash()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(saved, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        log_event("synced", scope=scope, commands=len(synced))
        return synced

    async def sync_if_changed(self) -> bool:
        """At start-up: sync only when the definitions differ from the last sync's hash."""
        guild_id = self.settings.guild_id
        scope = self.sync_scope(guild_id)
        try:
            saved = json.loads(commands_hash_path(self.settings).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        if saved.get(scope) == self.commands_hash():
            log_event("sync_skipped", scope=scope, reason="unchanged")
            return False
        await self.sync_commands(guild_id)
        return True

    # ------------------------------------------------------------------ the store

    async def _build(self, data_dir: Path, db_path: Path) -> BuildResult:
        """Build the new store file (and its snapshot) in the helper process.

        The helper (started on the first reload, see bot/cogs/builder.py) keeps the
        build's SQLite calls out of this process, where each would wait for the GIL
        behind the threads answering questions. Without it (or when it died) the build
        runs in a thread.
        """
        if self.build_in_process:
            if self._builder is None:
                spawn = multiprocessing.get_context("spawn")  # no fork of a threaded process
                self._builder = ProcessPoolExecutor(max_workers=1, mp_context=spawn)
            loop = asyncio.get_running_loop()
            try:
                return await loop.run_in_executor(self._builder, build_store, data_dir, db_path)
            except BrokenProcessPool:  # the helper died (killed, out of memory): build here
                log_event("builder_lost", logging.WARNING)
                self._builder = None
        return await asyncio.to_thread(build, data_dir, db_path)

    def shutdown_builder(self) -> None:
        if self._builder is not None:
            self._builder.shutdown(wait=False, cancel_futures=True)
            self._builder = None

    async def close(self) -> None:
        try:
            await super().close()
        finally:
            self.shutdown_builder()

    async def reload_store(self) -> ReloadReport:
        """Rebuild from data/ (see `_build`), open the new store in a thread, then swap;
        the old store serves until then."""
        async with self._reload_lock:
            started = time.perf_counter()
            old = self.store
            s = self.settings
            try:
                result = await self._build(s.data_dir, s.db_path)
            except Exception as e:  # e.g. disk full, or a built file that does not read back
                log.exception("reload: the build failed")
                return ReloadReport(False, problems=[f"the build failed: {e}"])
            if not result.ok:
                log_event("reload_failed", logging.WARNING, problems=len(result.problems))
                return ReloadReport(False, problems=[str(p) for p in result.problems])
            try:
                new, changes = await asyncio.to_thread(_open_and_compare, s.db_path, old)
            except Exception as e:  # a built file that does not open: keep serving
                log.exception("reload: the new store did not open")
                return ReloadReport(False, problems=[f"the new store did not open: {e}"])
            swapping = time.perf_counter()
            self.store = new  # one reference assignment: atomic for every handler
            done = time.perf_counter()
            # `held`: the only part on the event loop, where no handler runs meanwhile
            report = ReloadReport(True, counts=dict(result.counts), changes=changes,
                                  seconds=done - started, held=done - swapping)  # fmt: skip
            log_event("reloaded", seconds=f"{report.seconds:.2f}", changes=len(report.changes),
                      held_ms=f"{report.held * 1000:.3f}")  # fmt: skip
            return report


def _open_and_compare(db_path: Path, old: Store | None) -> tuple[Store, list[str]]:
    """Off the event loop: open the new store (from its snapshot) and say what changed:
    tens of ms on the real data, more under load; on the loop it would hold every
    handler that long."""
    new = Store.open(db_path)
    return new, describe_changes(old.engine.facts if old else None, new.engine.facts)


@dataclass
class ReloadReport:
    ok: bool
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    changes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    held: float = 0.0  # seconds the swap kept the event loop (and so every handler) waiting

    def text(self, limit: int = 1900) -> str:
        if not self.ok:
            head = (
                f"Reload failed: {len(self.problems)} problem{'s' * (len(self.problems) != 1)} "
                "in data/. Still answering from the previous store.\n"
            )
            body, shown = "", 0
            for p in self.problems:
                line = p + "\n"
                if len(head) + len(body) + len(line) + 40 > limit:
                    break
                body += line
                shown += 1
            more = (
                f"... and {len(self.problems) - shown} more\n" if shown < len(self.problems) else ""
            )
            return f"{head}```\n{body}{more}```"
        counts = ", ".join(f"{v} {k}" for k, v in self.counts.items() if k in _COUNTED)
        changes = "\n".join(f"- {c}" for c in self.changes) or "No changes."
        text = f"Reloaded in {self.seconds:.2f} s: {counts}.\n{changes}"
        return text if len(text) <= limit else text[: limit - 1] + "…"


_COUNTED = ("stations", "people", "flights", "crew", "expeditions", "expedition_crew")


def describe_changes(old, new) -> list[str]:
    """What a reload changed, in words: added, removed and edited rows per table."""
    if old is None:
        return ["First load."]
    out = []
    for table in ("flights", "people", "expeditions", "stations"):
        a, b = getattr(old, table), getattr(new, table)
        added = [b[k].name for k in b.keys() - a.keys()]
        removed = [a[k].name for k in a.keys() - b.keys()]
        edited = [b[k].name for k in a.keys() & b.keys() if a[k] != b[k]]
        for verb, names in (("added", added), ("removed", removed), ("changed", edited)):
            if names:
                names.sort()
                shown = ", ".join(names[:5]) + (
                    f" and {len(names) - 5} more" if len(names) > 5 else ""
                )
                out.append(f"{table} {verb} ({len(names)}): {shown}")
    for table in ("seats", "members"):
        a, b = set(getattr(old, table)), set(getattr(new, table))
        label = {"seats": "crew rows", "members": "expedition crew rows"}[table]
        if a != b:
            out.append(f"{label}: +{len(b - a)} / -{len(a - b)}")
    return out
