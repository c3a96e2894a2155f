"""`spacebot run` and `spacebot sync`: start the bot or register its commands.

Problems a person can fix (no token, a rejected token, a missing privileged intent, no
usable data) end in one line saying what to do and a non-zero exit code, never a
traceback. The token never reaches a log line: a filter masks it everywhere.
"""

from __future__ import annotations

import asyncio
import logging
import sys

import discord

from ..config import Settings
from ..store.build import StoreUnavailable, ensure_built
from .client import SpaceBot, Store, log_event

log = logging.getLogger("spacebot.discord")

PORTAL = "https://discord.com/developers/applications"
NO_TOKEN = (
    "spacebot: DISCORD_TOKEN is not set. Put DISCORD_TOKEN=<your bot token> in .env or the "
    f"environment (get one at {PORTAL} -> your app -> Bot -> Reset Token)."
)
BAD_TOKEN = (
    "spacebot: Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset the token at "
    f"{PORTAL} -> your app -> Bot and update .env."
)
NO_INTENT = (
    "spacebot: Discord refused the Message Content intent, needed for forum chat. Enable it at "
    f"{PORTAL} -> your app -> Bot -> Privileged Gateway Intents, or unset "
    "SPACEBOT_FORUM_CHANNEL_IDS."
)
SHARDS = "spacebot: SPACEBOT_SHARD_IDS needs SPACEBOT_SHARD_COUNT (the total over all processes)."


GATEWAY_CLOSED = {  # close codes that end the bot, and what to do about them
    4004: BAD_TOKEN.replace("(401 Unauthorized)", "(gateway: authentication failed)"),
    4010: "spacebot: Discord refused the shard id; check SPACEBOT_SHARD_IDS and SHARD_COUNT.",
    4011: "spacebot: Discord requires sharding for this bot; set SPACEBOT_SHARD_COUNT (or "
    "leave both shard settings empty to let discord.py pick).",
    4013: "spacebot: Discord refused the gateway intents (4013); update discord.py.",
}


class RedactToken(logging.Filter):
    """Masks the token in every log record, whatever logger or argument carried it: the
    message, and the traceback of a logged exception (formatted here, then masked)."""

    def __init__(self, token: str):
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        if self.token in record.getMessage():
            record.msg = record.getMessage().replace(self.token, "***")
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "***")
        if record.stack_info and self.token in record.stack_info:
            record.stack_info = record.stack_info.replace(self.token, "***")
        return True


def _guard_logs(token: str) -> None:
    flt = RedactToken(token)
    for handler in logging.getLogger().handlers:
        handler.addFilter(flt)


def _problem(text: str, token: str = "") -> int:
    if token:  # e.g. an error text from Discord or a proxy that echoed it
        text = text.replace(token, "***")
    print(text, file=sys.stderr)
    return 2


def _check(settings: Settings) -> str | None:
    if not settings.token:
        return NO_TOKEN
    if any(c.isspace() for c in settings.token) or len(settings.token) < 20:
        return (
            "spacebot: DISCORD_TOKEN does not look like a bot token. " + BAD_TOKEN.split(". ", 1)[1]
        )
    if settings.shard_ids and settings.shard_count is None:
        return SHARDS
    return None


def open_store(settings: Settings) -> Store:
    result = ensure_built(settings.data_dir, settings.db_path)
    if result is not None and not result.ok:
        log_event("store_stale", logging.WARNING, problems=len(result.problems))
    return Store.open(settings.db_path)


def make_bot(settings: Settings, store: Store | None, **options) -> SpaceBot:
    return SpaceBot(settings, store, **options)


async def start(bot: SpaceBot, token: str) -> None:
    async with bot:
        await bot.start(token)


def run_bot(settings: Settings) -> int:
    if problem := _check(settings):
        return _problem(problem)
    _guard_logs(settings.token)
    try:
        store = open_store(settings)
    except StoreUnavailable as e:
        return _problem(
            f"spacebot: the fact store could not be built from {settings.data_dir} "
            f"({len(e.problems)} problems). Run `spacebot build --check` to see them."
        )
    bot = make_bot(settings, store)
    log_event("starting", forum_chat=bool(settings.forum_channel_ids),
              shards=settings.shard_count or "auto")  # fmt: skip
    return _run(start(bot, settings.token), settings.token)


async def _sync(settings: Settings, guild_id: int | None) -> int:
    bot = make_bot(settings, None, sync_on_start=False)
    async with bot:
        await bot.login(settings.token)  # REST only: no gateway connection
        synced = await bot.sync_commands(guild_id)
    where = (
        f"to server {guild_id} (available now)"
        if guild_id
        else "globally (may take up to an hour to show)"
    )
    print(f"synced {len(synced)} commands {where}: {', '.join('/' + c.name for c in synced)}")
    return 0


def sync_commands(settings: Settings, guild_id: int | None = None) -> int:
    if problem := _check(settings):
        return _problem(problem)
    _guard_logs(settings.token)
    return _run(_sync(settings, guild_id), settings.token)


def _run(coro, token: str = "") -> int:
    try:
        return asyncio.run(coro) or 0
    except discord.LoginFailure:
        return _problem(BAD_TOKEN)
    except discord.PrivilegedIntentsRequired:
        return _problem(NO_INTENT)
    except discord.GatewayNotFound:
        return _problem("spacebot: could not reach Discord's gateway; check the network and retry.")
    except discord.HTTPException as e:
        text = f"spacebot: Discord answered {e.status} ({e.text or 'no detail'})."
        return _problem(text, token)
    except discord.ConnectionClosed as e:  # a close code discord.py does not reconnect after
        return _problem(
            GATEWAY_CLOSED.get(e.code)
            or f"spacebot: Discord closed the gateway connection with code {e.code}; "
            "see https://discord.com/developers/docs/topics/opcodes-and-status-codes"
        )
    except (OSError, TimeoutError) as e:
        return _problem(
            f"spacebot: could not reach Discord ({type(e).__name__}); check the network."
        )
    except KeyboardInterrupt:
        return 130
    except Exception:
        # a bug: the traceback goes through logging, where RedactToken masks the token
        log.critical("spacebot stopped on an unexpected error", exc_info=True)
        return 1
