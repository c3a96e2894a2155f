"""Settings, read from the environment (and a `.env` file beside where you run).

The token is kept out of every repr and log line: `Settings` shows `DISCORD_TOKEN=***`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _ids(text: str) -> frozenset[int]:
    out = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if part.isdigit():
            out.add(int(part))
    return frozenset(out)


Rate = tuple[int, float]  # (uses, per seconds)
USER_COOLDOWN: Rate = (5, 20.0)
CHANNEL_COOLDOWN: Rate = (20, 20.0)
PAGE_TIMEOUT = 600.0
MAX_PAGE_TIMEOUT = 840.0  # the buttons are taken off with the interaction's token: 15 min
EDIT_WINDOW = 900.0
REPLY_MEMORY = 5000
CONVERSATIONS = 2000  # conversations (threads, DMs, a user in a channel) remembered at once
CONVERSATION_IDLE = 6 * 3600.0  # seconds after which an idle conversation is forgotten
_RATE = re.compile(r"(\d+)\s*/\s*(\d+(?:\.\d+)?)\s*s?")


def _rate(text: str, default: Rate | None) -> Rate | None:
    """`5/20` (5 uses per 20 seconds); `off` or `0` for no limit; empty or unreadable: default."""
    text = text.strip().lower()
    if text in ("off", "0", "none"):
        return None
    m = _RATE.fullmatch(text)
    if m is None or int(m[1]) < 1 or float(m[2]) <= 0:
        return default
    return int(m[1]), float(m[2])


def _show_rate(rate: Rate | None) -> str:
    return "off" if rate is None else f"{rate[0]}/{rate[1]:g}s"


def _number(text: str, default: float, low: float, high: float) -> float:
    """A number of seconds (or entries) within [low, high]; empty or unreadable: default."""
    try:
        value = float(text.strip())
    except ValueError:
        return default
    return min(max(value, low), high) if value == value else default  # NaN: default


@dataclass(frozen=True)
class Settings:
    data_dir: Path
    db_path: Path
    token: str = field(default="", repr=False)
    admin_user_ids: frozenset[int] = frozenset()
    admin_role_ids: frozenset[int] = frozenset()
    forum_channel_ids: frozenset[int] = frozenset()
    guild_id: int | None = None
    log_level: str = "INFO"
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    user_cooldown: Rate | None = USER_COOLDOWN  # questions per user (slash and chat together)
    channel_cooldown: Rate | None = CHANNEL_COOLDOWN  # per channel, whoever asks
    page_timeout: float = PAGE_TIMEOUT  # seconds a list's page buttons stay
    edit_window: float = EDIT_WINDOW  # seconds after an answer that editing the question re-answers
    reply_memory: int = REPLY_MEMORY  # answered messages remembered for edits and deletions
    conversations: int = CONVERSATIONS  # conversations whose last question is kept
    conversation_idle: float = CONVERSATION_IDLE  # seconds before an idle one is forgotten

    def __repr__(self) -> str:  # never print the token, even by accident
        token = "***" if self.token else "(unset)"
        return (
            f"Settings(data_dir={str(self.data_dir)!r}, db_path={str(self.db_path)!r}, "
            f"DISCORD_TOKEN={token}, admin_user_ids={sorted(self.admin_user_ids)}, "
            f"admin_role_ids={sorted(self.admin_role_ids)}, "
            f"forum_channel_ids={sorted(self.forum_channel_ids)}, guild_id={self.guild_id}, "
            f"log_level={self.log_level!r}, shard_count={self.shard_count}, "
            f"shard_ids={self.shard_ids}, user_cooldown={_show_rate(self.user_cooldown)}, "
            f"channel_cooldown={_show_rate(self.channel_cooldown)}, "
            f"page_timeout={self.page_timeout:g}, edit_window={self.edit_window:g}, "
            f"reply_memory={self.reply_memory})"
        )

    __str__ = __repr__


def _dotenv_may_exist() -> bool:
    """Whether python-dotenv could find a `.env`: it looks in this file's folder and its
    parents, or from the working folder up when run interactively. When there is none
    anywhere on either path, importing it (~7 ms of every `spacebot ask`) is skipped."""
    for start in (Path(__file__).resolve().parent, Path.cwd()):
        for folder in (start, *start.parents):
            if os.path.exists(folder / ".env"):
                return True
    return False


def load_settings(env: dict[str, str] | None = None, dotenv: bool = True) -> Settings:
    """Settings from `env` (default: the process environment, after loading `.env`)."""
    if env is None:
        if dotenv and _dotenv_may_exist():
            from dotenv import load_dotenv

            load_dotenv(override=False)
        env = dict(os.environ)
    data_dir = Path(env.get("SPACEBOT_DATA_DIR") or PROJECT_ROOT / "data")
    db_path = Path(env.get("SPACEBOT_DB") or PROJECT_ROOT / "spacebot.db")
    guild = env.get("SPACEBOT_GUILD_ID", "").strip()
    shard_count = env.get("SPACEBOT_SHARD_COUNT", "").strip()
    shard_ids = env.get("SPACEBOT_SHARD_IDS", "").strip()
    return Settings(
        data_dir=data_dir,
        db_path=db_path,
        token=env.get("DISCORD_TOKEN", "").strip(),
        admin_user_ids=_ids(env.get("SPACEBOT_ADMIN_USER_IDS", "")),
        admin_role_ids=_ids(env.get("SPACEBOT_ADMIN_ROLE_IDS", "")),
        forum_channel_ids=_ids(env.get("SPACEBOT_FORUM_CHANNEL_IDS", "")),
        guild_id=int(guild) if guild.isdigit() else None,
        log_level=(env.get("SPACEBOT_LOG_LEVEL") or "INFO").upper(),
        shard_count=int(shard_count) if shard_count.isdigit() else None,
        shard_ids=tuple(sorted(_ids(shard_ids))) or None,
        user_cooldown=_rate(env.get("SPACEBOT_USER_COOLDOWN", ""), USER_COOLDOWN),
        channel_cooldown=_rate(env.get("SPACEBOT_CHANNEL_COOLDOWN", ""), CHANNEL_COOLDOWN),
        page_timeout=_number(
            env.get("SPACEBOT_PAGE_TIMEOUT", ""), PAGE_TIMEOUT, 10.0, MAX_PAGE_TIMEOUT
        ),  # fmt: skip
        edit_window=_number(env.get("SPACEBOT_EDIT_WINDOW", ""), EDIT_WINDOW, 0.0, 24 * 3600.0),
        reply_memory=int(_number(env.get("SPACEBOT_REPLY_MEMORY", ""), REPLY_MEMORY, 0, 10**6)),
        conversations=int(_number(env.get("SPACEBOT_CONVERSATIONS", ""), CONVERSATIONS, 0, 10**6)),
        conversation_idle=_number(
            env.get("SPACEBOT_CONVERSATION_IDLE", ""), CONVERSATION_IDLE, 60.0, 7 * 24 * 3600.0
        ),
    )
