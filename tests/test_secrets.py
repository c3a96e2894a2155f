"""The token stays secret: not in the settings' repr or str, not in log records (their
tracebacks included), not in what `spacebot run` prints when it stops, and `.env` is never
committed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cogs import runner
from bot.config import load_settings
from tests.fakes.discord_api import TOKEN, error
from tests.fakes.harness import copy_fixture_data, fake_in_thread

ROOT = Path(__file__).resolve().parent.parent


def test_settings_never_show_the_token():
    settings = load_settings({"DISCORD_TOKEN": TOKEN, "SPACEBOT_ADMIN_USER_IDS": "1,2"})
    assert settings.token == TOKEN
    for shown in (repr(settings), str(settings), f"{settings}", f"{settings!r}",
                  format(settings, ""), repr([settings]), repr({"s": settings})):  # fmt: skip
        assert TOKEN not in shown
        assert "DISCORD_TOKEN=***" in shown
    assert "DISCORD_TOKEN=(unset)" in repr(load_settings({}, dotenv=False))


def test_a_logged_traceback_is_masked_too():
    """An exception whose message carries the token (say, from a library that quotes a
    header) is logged with its traceback: RedactToken masks that text as well."""
    logger = logging.getLogger("spacebot.test-secrets")
    logger.propagate = False
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            lines.append(self.format(record))

    handler = Collect()
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    handler.addFilter(runner.RedactToken(TOKEN))
    logger.addHandler(handler)
    try:
        try:
            raise RuntimeError(f"bad header: Authorization: Bot {TOKEN}")
        except RuntimeError:
            logger.exception("failed with token %s", TOKEN)
        logger.warning("plain", stack_info=True)
    finally:
        logger.removeHandler(handler)
    text = "\n".join(lines)
    assert "Traceback" in text and "RuntimeError: bad header: Authorization: Bot ***" in text
    assert TOKEN not in text


# A child process runs `spacebot run` against the fake, as a user would, with DEBUG logs.
RUN = """
import socket, sys
real = socket.getaddrinfo
def loopback_only(host, *args, **kwargs):
    if host not in ("127.0.0.1", "localhost"):
        raise OSError(f"loopback only; refused to resolve {host!r}")
    return real(host, *args, **kwargs)
socket.getaddrinfo = loopback_only
import discord, yarl
from discord.gateway import DiscordWebSocket
discord.http.Route.BASE = sys.argv[1]
DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(sys.argv[2])
from bot import cli
sys.exit(cli.main(["run"]))
"""


def _break_gateway_auth(fake) -> None:
    fake.refuse_identify = 4004  # the REST API took the token, the gateway does not


def _break_ready(fake) -> None:
    # a READY the client chokes on, with the token in the error: an unexpected crash
    fake.ready_overrides = {"user": {**fake.bot_user, "id": TOKEN}}


def _echo_token(fake) -> None:
    # an error text that quotes the token (a proxy, say)
    fake.fail("GET", "/oauth2/applications/@me", lambda: error(400, 0, f"Invalid token {TOKEN}"))


@pytest.mark.parametrize(
    ("breaker", "code", "says"),
    [
        (_break_gateway_auth, 2, runner.GATEWAY_CLOSED[4004]),
        (_echo_token, 2, "spacebot: Discord answered 400 (Invalid token ***)."),
        (_break_ready, 1, "spacebot stopped on an unexpected error"),
    ],
    ids=["gateway refuses IDENTIFY", "error text quoting the token", "unexpected crash"],
)
def test_spacebot_run_stopping_never_prints_the_token(monkeypatch, tmp_path, breaker, code, says):
    copy_fixture_data(tmp_path / "data")
    env = dict(os.environ, DISCORD_TOKEN=TOKEN, SPACEBOT_DATA_DIR=str(tmp_path / "data"),
               SPACEBOT_DB=str(tmp_path / "spacebot.db"), SPACEBOT_LOG_LEVEL="DEBUG")  # fmt: skip
    for key in ("SPACEBOT_GUILD_ID", "SPACEBOT_SHARD_COUNT", "SPACEBOT_SHARD_IDS",
                "SPACEBOT_FORUM_CHANNEL_IDS"):  # fmt: skip
        env.pop(key, None)
    with fake_in_thread(monkeypatch) as fake:
        breaker(fake)
        r = subprocess.run([sys.executable, "-c", RUN, fake.api_base, fake.gateway_url],
                           capture_output=True, text=True, env=env, cwd=tmp_path,
                           timeout=60)  # fmt: skip
        logged_in = any(c.path == "/users/@me" for c in fake.calls)
    out = r.stdout + r.stderr
    assert logged_in  # it got as far as using the token
    assert r.returncode == code, out[-3000:]
    assert says in r.stderr
    assert "DEBUG discord." in r.stderr  # the library's own logs were on, and masked
    assert TOKEN not in out
    if code == 2:  # a problem a person can fix: one line, no traceback
        assert "Traceback" not in out
        assert r.stderr.strip().splitlines()[-1] == says
    else:  # a bug: the traceback is there, through the masking log filter
        assert "Traceback" in r.stderr and "***" in r.stderr


def test_dotenv_is_ignored_by_git():
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split("\n")
    assert ".env" in [line.strip() for line in ignored]
    check = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "-q", ".env"],
                           capture_output=True)  # fmt: skip
    if check.returncode != 128:  # 128: git missing or not a repository here
        assert check.returncode == 0, "git would commit .env"
        example = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "-q", ".env.example"],
                                 capture_output=True)  # fmt: skip
        assert example.returncode == 1  # the example is committed ...
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    assert "DISCORD_TOKEN=\n" in example  # ... and holds no token
