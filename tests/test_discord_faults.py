# ruff: noqa: F811  (the `bot` and `fake` fixtures are imported, then named as arguments)
"""Discord misbehaving, through the fake: rate limits and 5xx on the routes the bot answers
through, interactions whose token is already dead, forum posts whose starter message is
deleted, and gateway sessions that cannot be resumed. Each time: no crash, and the bot
still answers afterwards."""

from __future__ import annotations

import asyncio
import logging
import re
import time

import pytest

from bot.cogs.client import SpaceBot
from tests.fakes.harness import bot, fake, settings_for, start_bot, stop_bot  # noqa: F401

CREW = {"id": "1", "name": "crew", "type": 1,
        "options": [{"name": "flight", "type": 3, "value": "soyuz-tma-14m"}]}  # fmt: skip
MESSAGES = r"/channels/\d+/messages"
CALLBACK = r"/interactions/\d+/[^/]+/callback"


def title(body: dict) -> str:
    (embed,) = body["embeds"]
    return embed["title"]


async def eventually(predicate, timeout: float = 2.0):
    """For what the fake cannot wait on (log lines): poll until true."""
    deadline = time.monotonic() + timeout
    while not (result := predicate()):
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.01)
    return result


def posts_to(fake, path_regex: str) -> list:
    return [c for c in fake.calls if c.method == "POST" and re.fullmatch(path_regex, c.path)]


# ---------------------------------------------------------------------- 429 and 5xx


@pytest.mark.parametrize("fault", ["429", "500"])
async def test_chat_reply_survives_a_rate_limit_or_a_server_error(bot, fake, fault):
    if fault == "429":
        fake.rate_limit("POST", MESSAGES, retry_after=0.3)
    else:
        fake.server_error("POST", MESSAGES, status=500)  # discord.py waits 1 s, then retries
    me = fake.bot_user
    asked = await fake.post_message(fake.text_channel_id, f"<@{me['id']}> who flew on soyuz tma-14m?",
                                    mentions=[me])  # fmt: skip
    (reply,) = await fake.wait_for(lambda: fake.sent_to(fake.text_channel_id), timeout=5)
    assert title(reply) == "Soyuz TMA-14M"
    assert str(reply["message_reference"]["message_id"]) == asked["id"]
    first, second = posts_to(fake, MESSAGES)  # the refused one, then the retry
    assert fake.faulted == [first]
    if fault == "429":
        assert second.at - first.at >= 0.3  # it waited retry_after, not less


@pytest.mark.parametrize("fault", ["429", "500"])
async def test_slash_answer_survives_a_rate_limit_or_a_server_error(bot, fake, fault):
    if fault == "429":
        fake.rate_limit("POST", CALLBACK, retry_after=0.3)
    else:
        fake.server_error("POST", CALLBACK, status=500)
    body = await fake.slash("crew", flight="soyuz-tma-14m")
    assert body["type"] == 4 and title(body["data"]) == "Soyuz TMA-14M"
    assert body["elapsed"] < 3.0  # still inside Discord's 3 s for the first response
    assert len(posts_to(fake, CALLBACK)) == 2 and len(fake.faulted) == 1


async def test_a_global_rate_limit_delays_but_does_not_drop(bot, fake):
    fake.rate_limit("POST", MESSAGES, retry_after=0.2, is_global=True)
    thread = await fake.forum_post("Crew", "Who flew on Soyuz TMA-15M?")
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread), timeout=5)
    assert title(reply) == "Soyuz TMA-15M"
    assert len(fake.faulted) == 1


# ---------------------------------------------------------------------- expired tokens


async def test_an_expired_interaction_is_logged_and_later_ones_answered(bot, fake, caplog):
    caplog.set_level(logging.INFO, logger="spacebot.discord")
    late = await fake.interact(2, CREW, expired=True)
    await fake.wait_for(lambda: posts_to(fake, rf"/interactions/{late['id']}/[^/]+/callback"))
    line = await eventually(
        lambda: [r for r in caplog.records if r.getMessage().startswith("interaction_expired")]
    )
    assert "command=crew" in line[0].getMessage() and "code=10062" in line[0].getMessage()
    assert line[0].levelno == logging.WARNING
    # one try only: no "something went wrong" sent after it on the dead token
    assert len(posts_to(fake, rf"/interactions/{late['id']}/[^/]+/callback")) == 1
    assert not [
        c for c in fake.calls if c.path.startswith(f"/webhooks/{fake.app_id}/{late['token']}")
    ]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]

    body = await fake.slash("crew", flight="soyuz-tma-14m")
    assert title(body["data"]) == "Soyuz TMA-14M"
    assert (await fake.autocomplete("crew", "flight", "tma 15"))[0]["value"] == "soyuz-tma-15m"


async def test_an_expired_slow_interaction_fails_at_the_defer(bot, fake, caplog, monkeypatch):
    caplog.set_level(logging.INFO, logger="spacebot.discord")
    monkeypatch.setattr(bot.extensions["bot.cogs.ask"], "SLOW_SECONDS", 0.01)
    engine = bot.store.engine
    real_ask = engine.ask
    monkeypatch.setattr(engine, "ask", lambda q, c=None: (time.sleep(0.1), real_ask(q, c))[1])
    await fake.interact(2, CREW, expired=True)
    await eventually(lambda: "interaction_expired" in caplog.text)
    monkeypatch.setattr(engine, "ask", real_ask)
    # back to the real threshold: on a busy machine even a fast answer can take 10 ms
    monkeypatch.setattr(bot.extensions["bot.cogs.ask"], "SLOW_SECONDS", 1.5)
    body = await fake.slash("crew", flight="soyuz-tma-15m")
    assert title(body["data"]) == "Soyuz TMA-15M"


# ---------------------------------------------------------------------- deleted forum starter


async def test_a_forum_post_deleted_before_it_is_read(fake, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="spacebot.discord")
    bot2, task = await start_bot(settings_for(fake, tmp_path), starter_grace=0.05)
    thread = await fake.forum_post("Crew", "Who flew on Soyuz TMA-14M?", starter_deleted=True)
    fetch = f"/channels/{thread}/messages/{thread}"
    await fake.wait_for(lambda: len([c for c in fake.calls if c.path == fetch]) == 2, timeout=3)
    await eventually(lambda: "forum_post_unanswered" in caplog.text)
    assert fake.sent_to(thread) == []
    assert not posts_to(fake, f"/channels/{thread}/messages")  # not even a try
    assert not task.done()

    later = await fake.forum_post("Crew again", "Who flew on Soyuz TMA-14M?")
    (reply,) = await fake.wait_for(lambda: fake.sent_to(later))
    assert title(reply) == "Soyuz TMA-14M"
    await stop_bot(bot2, task)


# ---------------------------------------------------------------------- gateway sessions


@pytest.mark.parametrize(
    "how", ["close 4009, then RESUME refused", "INVALID_SESSION on a live socket"]
)
async def test_a_lost_session_is_identified_again(bot, fake, monkeypatch, how):
    hooks = []

    async def no_wait(self, shard_id, *, initial=False):  # discord.py waits 5 s here
        hooks.append((shard_id, initial))

    monkeypatch.setattr(SpaceBot, "before_identify_hook", no_wait)
    assert fake.identifies == 1
    if how.startswith("close"):
        await fake.drop_connections(4009, forget=True)  # session timed out: not resumable
    else:
        await fake.invalidate_sessions()
    await fake.wait_for(lambda: fake.identifies == 2, timeout=10)
    assert hooks == [(0, False)]  # a fresh IDENTIFY, not the start-up one
    assert fake.resumes == 0
    assert fake.resumes_refused == (1 if how.startswith("close") else 0)

    body = await fake.slash("crew", flight="soyuz-tma-14m")
    assert title(body["data"]) == "Soyuz TMA-14M"
    thread = await fake.forum_post("Crew", "Who flew on Soyuz TMA-15M?")  # guild cache is back
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread))
    assert title(reply) == "Soyuz TMA-15M"
    assert len([c for c in fake.calls if c.path.endswith("/commands")]) == 1  # no sync again
