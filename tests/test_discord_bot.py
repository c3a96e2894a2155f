# ruff: noqa: F811  (the `bot` and `fake` fixtures are imported, then named as arguments)
"""spacebot against a fake Discord: the real discord.py client, driven as Discord drives it.

Every test starts the bot on a fresh store built from tests/fixtures/discord_data/ and a
fresh fake (127.0.0.1 only), then sends gateway events and checks what came back.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time

import pytest

from bot.cogs import client as client_mod
from bot.cogs import embeds as embeds_mod
from bot.cogs.client import SpaceBot, commands_hash_path
from tests.fakes.discord_api import TOKEN, FakeDiscord, snowflake
from tests.fakes.harness import bot, fake, settings_for, start_bot, stop_bot  # noqa: F401

EPHEMERAL = 64
EXPECTED = {"ask", "crew", "astronaut", "landing", "expedition", "aboard", "spacewalk", "reload"}


def no_pings(body: dict) -> bool:
    """allowed_mentions that let nothing ping: no @everyone, roles, users or replied user."""
    am = body["allowed_mentions"]
    return (
        am["parse"] == []
        and not am.get("users")
        and not am.get("roles")
        and not am.get("replied_user")
    )


def embed_of(body: dict) -> dict:
    (embed,) = body["embeds"]
    return embed


def field(embed: dict, name: str) -> str:
    return next(f["value"] for f in embed.get("fields", []) if f["name"].startswith(name))


async def settle(seconds: float = 0.2) -> None:
    """Give the bot time to (not) react to something it should ignore."""
    await asyncio.sleep(seconds)


# Note: cog modules are loaded by `load_extension`, which makes fresh module objects; patch
# them through `bot.extensions[...]`, not a module imported here.

# ---------------------------------------------------------------------- connecting, sync


async def test_start_up_syncs_changed_commands_once(fake, tmp_path):
    settings = settings_for(fake, tmp_path)
    bot1, task = await start_bot(settings)
    puts = [c for c in fake.calls if c.method == "PUT"]
    assert [c.path for c in puts] == [f"/applications/{fake.app_id}/commands"]
    synced = {c["name"]: c for c in fake.commands["global"]}
    assert set(synced) == EXPECTED
    # /reload: hidden from non-managers by default, guild only
    assert str(synced["reload"]["default_member_permissions"]) == str(1 << 5)
    assert synced["reload"]["contexts"] == [0]
    assert synced["ask"]["default_member_permissions"] is None
    options = {o["name"]: o for o in synced["crew"]["options"]}
    assert options["flight"]["autocomplete"] is True and options["flight"]["required"] is True
    aboard = {o["name"]: o for o in synced["aboard"]["options"]}
    assert aboard["station"]["autocomplete"] and not aboard["station"]["required"]
    saved = json.loads(commands_hash_path(settings).read_text())
    assert saved[f"app:{fake.app_id}/global"] == bot1.commands_hash()
    await stop_bot(bot1, task)

    # a restart with the same definitions does not sync again
    bot2, task = await start_bot(settings)
    assert len([c for c in fake.calls if c.method == "PUT"]) == 1
    await stop_bot(bot2, task)

    # changed definitions (simulated by a stale hash) sync once more
    commands_hash_path(settings).write_text(json.dumps({f"app:{fake.app_id}/global": "old"}))
    bot3, task = await start_bot(settings)
    assert len([c for c in fake.calls if c.method == "PUT"]) == 2
    await stop_bot(bot3, task)


async def test_another_application_syncs_although_the_first_ones_hash_is_stored(fake, tmp_path):
    # the same checkout (and store) moved from a test bot's token to the real bot's
    settings = settings_for(fake, tmp_path)
    test_bot, task = await start_bot(settings)
    await stop_bot(test_bot, task)
    first_app = fake.app_id
    fake.app_id = snowflake()  # a token of another application
    real_bot, task = await start_bot(settings)
    puts = [c.path for c in fake.calls if c.method == "PUT"]
    assert puts == [f"/applications/{first_app}/commands", f"/applications/{fake.app_id}/commands"]
    assert {c["name"] for c in fake.commands["global"]} == EXPECTED
    saved = json.loads(commands_hash_path(settings).read_text())
    assert set(saved) == {f"app:{first_app}/global", f"app:{fake.app_id}/global"}
    await stop_bot(real_bot, task)
    # and each application, restarted, is still skipped
    again, task = await start_bot(settings)
    assert len([c for c in fake.calls if c.method == "PUT"]) == 2
    await stop_bot(again, task)


async def test_identify_asks_only_for_the_intents_it_uses(bot, fake, tmp_path):
    (session,) = fake.sessions.values()
    guilds, guild_messages, dm_messages, message_content = 1 << 0, 1 << 9, 1 << 12, 1 << 15
    assert session.intents == guilds | guild_messages | dm_messages | message_content
    assert client_mod.intents_for(
        settings_for(fake, tmp_path, forum_channel_ids=frozenset())
    ).value == (guilds | guild_messages | dm_messages)


async def test_reconnect_resumes_and_keeps_answering(bot, fake):
    assert fake.identifies == 1
    await fake.drop_connections()
    # an interaction sent while the socket is down is replayed on RESUME, as Discord does
    pending = await fake.interact(2, {"id": "1", "name": "crew", "type": 1,
                                      "options": [{"name": "flight", "type": 3,
                                                   "value": "soyuz-tma-15m"}]})  # fmt: skip
    body = await fake.callback(pending, timeout=10)
    assert embed_of(body["data"])["title"] == "Soyuz TMA-15M"
    assert fake.resumes == 1 and fake.identifies == 1
    body = await fake.slash("landing", flight="Soyuz TMA-14M")
    assert "landed" in embed_of(body["data"])["description"]
    assert len([c for c in fake.calls if c.method == "PUT"]) == 1  # no sync on reconnect


async def test_start_up_sync_goes_to_the_configured_guild(fake, tmp_path):
    bot2, task = await start_bot(settings_for(fake, tmp_path, guild_id=fake.guild_id))
    (put,) = [c for c in fake.calls if c.method == "PUT"]
    assert put.path == f"/applications/{fake.app_id}/guilds/{fake.guild_id}/commands"
    assert {c["name"] for c in fake.commands[str(fake.guild_id)]} == EXPECTED
    # a guild-registered command arrives with data.guild_id and is still found
    interaction = await fake.interact(2, {"id": "1", "name": "crew", "type": 1, "guild_id": str(fake.guild_id),
                                          "options": [{"name": "flight", "type": 3, "value": "soyuz-tma-14m"}]})  # fmt: skip
    assert embed_of((await fake.callback(interaction))["data"])["title"] == "Soyuz TMA-14M"
    await stop_bot(bot2, task)


async def test_sharded_deployment_identifies_each_shard(fake, tmp_path, monkeypatch):
    async def no_wait(self, shard_id, *, initial=False):  # discord.py waits 5 s per shard
        return None

    monkeypatch.setattr(SpaceBot, "before_identify_hook", no_wait)
    fake.shard_count = 2
    settings = settings_for(fake, tmp_path, shard_count=2, shard_ids=(0, 1))
    bot2, task = await start_bot(settings)
    assert sorted(s.shard for s in fake.sessions.values()) == [(0, 2), (1, 2)]
    body = await fake.slash("crew", flight="soyuz-tma-14m")
    assert embed_of(body["data"])["title"] == "Soyuz TMA-14M"
    await stop_bot(bot2, task)


# ---------------------------------------------------------------------- slash commands


async def test_crew_answers_with_an_embed_fast(bot, fake):
    body = await fake.slash("crew", flight="soyuz-tma-14m")
    assert body["type"] == 4  # CHANNEL_MESSAGE_WITH_SOURCE
    data = body["data"]
    assert no_pings(data)
    assert not data.get("flags", 0) & EPHEMERAL
    embed = embed_of(data)
    assert embed["title"] == "Soyuz TMA-14M"
    assert embed["description"].startswith("Soyuz TMA-14M flew with crew: Alexander Samokutyaev")
    assert field(embed, "Crew") == "Alexander Samokutyaev, Barry Wilmore, Elena Serova"
    assert field(embed, "Launch").startswith("25 Sep 2014, 20:25 UTC")
    assert field(embed, "Landing site") == "146 km SE of Zhezkazgan, Kazakhstan"
    read_as, source = embed["footer"]["text"].split("\n")
    assert read_as == "Read as: Soyuz TMA-14M · who fly"  # the reading, in small print
    assert source.startswith("Source: http")
    assert embed["url"].startswith("http")
    assert body["elapsed"] < 1.0, body["elapsed"]  # well inside Discord's 3 s


async def test_each_command_renders_its_answer(bot, fake):
    body = await fake.slash("landing", flight="Soyuz TMA-14M")  # a name works as well as an id
    embed = embed_of(body["data"])
    assert "12 March 2015" in embed["description"]  # the crew came back that day
    assert field(embed, "Landing").startswith("12 Mar 2015, 02:07 UTC")

    embed = embed_of((await fake.slash("astronaut", name="yelena-serova"))["data"])
    assert embed["title"] == "Elena Serova" and "cosmonaut" in embed["description"]

    embed = embed_of((await fake.slash("expedition", number=42))["data"])
    assert embed["title"] == "Expedition 42"
    assert "Barry Wilmore (commander)" in field(embed, "Crew")
    assert field(embed, "Start").startswith("10 Nov 2014")

    embed = embed_of((await fake.slash("aboard", date="1 January 2015"))["data"])
    assert "6 aboard International Space Station" in embed["description"]
    assert "Terry Virts" in field(embed, "Aboard International Space Station")

    embed = embed_of((await fake.slash("aboard", date="2015-01-01", station="iss"))["data"])
    assert embed["description"].startswith("On 1 January 2015, 6 aboard")


async def test_submitted_values_are_checked_again(bot, fake):
    # autocomplete is only a suggestion: a typed value that names nothing gets "did you mean"
    body = await fake.slash("crew", flight="Soyuz TMA-14")
    assert body["data"]["flags"] & EPHEMERAL
    assert "Did you mean: Soyuz TMA-14M" in body["data"]["content"]
    body = await fake.slash("astronaut", name="Serovaa")
    assert body["data"]["flags"] & EPHEMERAL and "Elena Serova" in body["data"]["content"]
    body = await fake.slash("expedition", number=7)
    assert body["data"]["flags"] & EPHEMERAL and "41 to 42" in body["data"]["content"]
    body = await fake.slash("aboard", date="someday")
    assert body["data"]["flags"] & EPHEMERAL and "2015-01-01" in body["data"]["content"]
    body = await fake.slash("aboard", date="2015-01-01", station="Death Star")
    assert body["data"]["flags"] & EPHEMERAL and "no station" in body["data"]["content"]


async def test_ask_free_text_with_follow_up_and_decline(bot, fake):
    embed = embed_of((await fake.slash("ask", question="who flew on soyuz tma-14m?"))["data"])
    assert embed["title"] == "Soyuz TMA-14M"
    # the same user in the same channel keeps the conversation
    embed = embed_of((await fake.slash("ask", question="and when did they land?"))["data"])
    assert "12 March 2015" in embed["description"]  # the crew came back that day
    body = await fake.slash("ask", question="what is the best pizza topping?")
    assert body["data"]["flags"] & EPHEMERAL
    assert no_pings(body["data"])


async def test_autocomplete_is_fuzzy_bounded_and_fast(bot, fake):
    started = time.perf_counter()
    choices = await fake.autocomplete("crew", "flight", "tma 14")
    assert time.perf_counter() - started < 0.5
    assert choices[0] == {"name": "Soyuz TMA-14M (2014, International Space Station)",
                          "value": "soyuz-tma-14m"}  # fmt: skip
    assert len(choices) <= 25
    assert [c["value"] for c in await fake.autocomplete("landing", "flight", "")][:1] == [
        "soyuz-tma-15m"  # empty input: most recent first
    ]
    people = await fake.autocomplete("astronaut", "name", "serova")
    assert people[0]["value"] == "yelena-serova"
    assert (await fake.autocomplete("astronaut", "name", "Серова"))[0]["value"] == "yelena-serova"
    stations = await fake.autocomplete("aboard", "station", "iss", date="2015-01-01")
    assert stations[0]["value"] == "iss"
    numbers = await fake.autocomplete("expedition", "number", "4")
    assert [c["value"] for c in numbers] == [41, 42]
    # autocomplete is never rate limited and never deferred
    cbs = [b for b in fake.callbacks.values() if b["type"] == 8]
    assert len(cbs) == 6 and max(b["elapsed"] for b in cbs) < 0.5


async def test_long_lists_are_paged_with_buttons(bot, fake, monkeypatch):
    monkeypatch.setattr(embeds_mod, "PAGE_SIZE", 4)
    body = await fake.slash("expedition", number=42)
    embed = embed_of(body["data"])
    assert field(embed, "Crew (1-4 of 6)").count("•") == 4
    (row,) = body["data"]["components"]
    previous, counter, nxt = row["components"]
    assert previous["disabled"] and counter["label"] == "1/2" and not nxt.get("disabled")

    turned = await fake.click(body["message_id"], nxt["custom_id"])
    assert turned["type"] == 7  # UPDATE_MESSAGE
    assert "Terry Virts" in field(embed_of(turned["data"]), "Crew (5-6 of 6)")

    someone_else = await fake.click(body["message_id"], nxt["custom_id"], who=fake.admin)
    assert someone_else["type"] == 4 and someone_else["data"]["flags"] & EPHEMERAL


async def test_slow_answer_is_deferred_then_followed_up(bot, fake, monkeypatch):
    monkeypatch.setattr(bot.extensions["bot.cogs.ask"], "SLOW_SECONDS", 0.05)
    engine = bot.store.engine
    real_answer = engine.answer_query  # /crew builds its query from the picked id

    def slow_answer(query, context=None):
        time.sleep(0.3)
        return real_answer(query, context)

    monkeypatch.setattr(engine, "answer_query", slow_answer)
    interaction = await fake.interact(2, {"id": "1", "name": "crew", "type": 1, "options": [
        {"name": "flight", "type": 3, "value": "soyuz-tma-14m"}]})  # fmt: skip
    body = await fake.callback(interaction)
    assert body["type"] == 5 and body["elapsed"] < 0.3, body  # DEFERRED: no 10062
    (followup,) = await fake.wait_for(lambda: fake.webhook_posts(interaction))
    assert embed_of(followup)["title"] == "Soyuz TMA-14M"
    assert no_pings(followup)


async def test_per_user_cooldown_is_friendly(fake, tmp_path):
    bot2, task = await start_bot(settings_for(fake, tmp_path), cooldown=(2, 60.0))
    for _ in range(2):
        assert (await fake.slash("crew", flight="soyuz-tma-14m"))["type"] == 4
    body = await fake.slash("crew", flight="soyuz-tma-14m")
    assert body["data"]["flags"] & EPHEMERAL and "try again in" in body["data"]["content"]
    # another user is not affected
    assert embed_of((await fake.slash("crew", who=fake.admin, flight="soyuz-tma-14m"))["data"])
    await stop_bot(bot2, task)


# ---------------------------------------------------------------------- /reload


async def test_reload_is_refused_to_non_admins(bot, fake):
    # Discord would let them run it if a server opened the command up; the code says no
    body = await fake.slash("reload", who=fake.member)
    assert body["type"] == 4 and body["data"]["flags"] & EPHEMERAL
    assert "Only server managers" in body["data"]["content"]
    assert not any(c.path.startswith(f"/webhooks/{fake.app_id}") for c in fake.calls)


async def test_reload_rebuilds_and_reports_changes(bot, fake):
    flights = bot.settings.data_dir / "flights.csv"
    flights.write_text(
        flights.read_text().replace("Landed in the northern", "Came down in the northern")
    )
    old_store = bot.store
    interaction = await fake.interact(2, {"id": "1", "name": "reload", "type": 1}, fake.admin)
    body = await fake.callback(interaction)
    assert body["type"] == 5 and body["data"]["flags"] & EPHEMERAL  # deferred, ephemeral
    (report,) = await fake.wait_for(lambda: fake.webhook_posts(interaction))
    assert report["content"].startswith("Reloaded in")
    assert "3 flights" in report["content"]
    assert "flights changed (1): Soyuz TMA-13M" in report["content"]
    assert no_pings(report)
    assert bot.store is not old_store


async def test_reload_with_invalid_data_keeps_serving(bot, fake):
    flights = bot.settings.data_dir / "flights.csv"
    flights.write_text(flights.read_text().replace(",iss,2014-09-25", ",death-star,2014-09-25"))
    old_store = bot.store
    interaction = await fake.interact(2, {"id": "1", "name": "reload", "type": 1}, fake.owner)
    await fake.callback(interaction)
    (report,) = await fake.wait_for(lambda: fake.webhook_posts(interaction))
    assert report["content"].startswith("Reload failed: ")
    assert "death-star" in report["content"] and "previous store" in report["content"]
    assert bot.store is old_store
    assert embed_of((await fake.slash("crew", flight="soyuz-tma-14m"))["data"])


async def test_questions_are_answered_while_a_reload_builds(bot, fake, monkeypatch):
    real_build = client_mod.build

    def slow_build(data_dir, db_path):
        time.sleep(0.6)
        return real_build(data_dir, db_path)

    monkeypatch.setattr(client_mod, "build", slow_build)
    reload = await fake.interact(2, {"id": "1", "name": "reload", "type": 1}, fake.admin)
    await fake.callback(reload)
    body = await fake.slash("crew", flight="soyuz-tma-14m")
    assert body["elapsed"] < 0.3 and not fake.webhook_posts(reload)  # answered mid-build
    (report,) = await fake.wait_for(lambda: fake.webhook_posts(reload))
    assert report["content"].startswith("Reloaded in")


async def test_configured_admin_ids_may_reload(fake, tmp_path):
    settings = settings_for(fake, tmp_path, admin_user_ids=frozenset({int(fake.member["id"])}))
    bot2, task = await start_bot(settings)
    body = await fake.slash("reload", who=fake.member)
    assert body["type"] == 5
    await stop_bot(bot2, task)


async def test_configured_admin_roles_may_reload(fake, tmp_path):
    fake.roles[fake.member["id"]] = [fake.helper_role_id]  # a role without Manage Server
    bot1, task = await start_bot(settings_for(fake, tmp_path))
    refused = await fake.slash("reload", who=fake.member)
    assert refused["type"] == 4 and refused["data"]["flags"] & EPHEMERAL
    await stop_bot(bot1, task)
    settings = settings_for(fake, tmp_path, admin_role_ids=frozenset({fake.helper_role_id}))
    bot2, task = await start_bot(settings)
    assert (await fake.slash("reload", who=fake.member))["type"] == 5
    await stop_bot(bot2, task)


async def test_owner_can_reload_by_dm_text_command(bot, fake):
    dm = await fake.dm("!reload", who=fake.owner)
    (reply,) = await fake.wait_for(lambda: fake.sent_to(dm), timeout=10)
    assert reply["content"].startswith("Reloaded in") and no_pings(reply)
    dm = await fake.dm("!reload", who=fake.admin)  # a server manager, not the owner
    (reply,) = await fake.wait_for(lambda: fake.sent_to(dm))
    assert reply["content"] == "Only the bot's owner can do that."


# ---------------------------------------------------------------------- chat


async def test_forum_post_is_answered_in_its_thread(bot, fake):
    thread = await fake.forum_post("Soyuz TMA-14M crew?", "Who flew on Soyuz TMA-14M?")
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread))
    assert embed_of(reply)["title"] == "Soyuz TMA-14M"
    assert no_pings(reply)
    assert "message_reference" not in reply  # a new post: answered in the thread itself
    # the bot never wrote to the thread before its starter message existed (no 40058),
    # and joined it so that follow-ups reach it
    assert len([c for c in fake.calls if c.path == f"/channels/{thread}/messages"]) == 1
    assert int(fake.bot_user["id"]) in fake.thread_members[thread]

    follow = await fake.post_message(thread, "and when did they land?")
    replies = await fake.wait_for(lambda: fake.sent_to(thread)[1:])
    assert "12 March 2015" in embed_of(replies[0])["description"]
    assert replies[0]["message_reference"]["message_id"] == int(follow["id"])


async def test_forum_title_alone_can_be_the_question(bot, fake):
    thread = await fake.forum_post("Who was on Expedition 42?", "Thanks in advance!")
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread))
    assert embed_of(reply)["title"] == "Expedition 42"


async def test_forum_threads_keep_separate_contexts(bot, fake):
    a = await fake.forum_post("TMA-14M", "Who flew on Soyuz TMA-14M?")
    b = await fake.forum_post("TMA-15M", "Who flew on Soyuz TMA-15M?")
    await fake.wait_for(lambda: fake.sent_to(a) and fake.sent_to(b))
    await fake.post_message(b, "when did it land?")
    await fake.post_message(a, "when did it land?")
    ra = await fake.wait_for(lambda: fake.sent_to(a)[1:])
    rb = await fake.wait_for(lambda: fake.sent_to(b)[1:])
    assert embed_of(ra[0])["description"].startswith("Soyuz TMA-14M landed")
    assert embed_of(rb[0])["description"].startswith("Soyuz TMA-15M landed")


async def test_starter_message_before_thread_create_is_still_answered(bot, fake):
    thread = await fake.forum_post("Crew", "Who flew on Soyuz TMA-15M?", starter_first=True)
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread))
    assert embed_of(reply)["title"] == "Soyuz TMA-15M"
    assert ("GET", f"/channels/{thread}") in {(c.method, c.path) for c in fake.calls}


async def test_a_post_whose_starter_message_never_arrives_is_fetched(bot, fake):
    thread = await fake.forum_post("Crew", "Who flew on Soyuz TMA-14M?", deliver_starter=False)
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread))
    assert embed_of(reply)["title"] == "Soyuz TMA-14M"
    assert ("GET", f"/channels/{thread}/messages/{thread}") in {
        (c.method, c.path) for c in fake.calls
    }


async def test_40058_on_a_post_is_retried(bot, fake, monkeypatch):
    monkeypatch.setattr(bot.extensions["bot.cogs.chat"], "RETRY_40058", 0.05)
    fake.late_starters = 1  # the first send to the thread fails as if the starter were late
    thread = await fake.forum_post("Crew", "Who flew on Soyuz TMA-14M?")
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread))
    assert embed_of(reply)["title"] == "Soyuz TMA-14M"
    assert len([c for c in fake.calls if c.path == f"/channels/{thread}/messages"]) == 2


async def test_mentions_in_text_channels_and_dms_are_answered(bot, fake):
    me = fake.bot_user
    ignored = await fake.post_message(fake.text_channel_id, "who flew on soyuz tma-14m?")
    asked = await fake.post_message(fake.text_channel_id, f"<@{me['id']}> who flew on soyuz tma-14m?",
                                    mentions=[me])  # fmt: skip
    (reply,) = await fake.wait_for(lambda: fake.sent_to(fake.text_channel_id))
    assert str(reply["message_reference"]["message_id"]) == asked["id"] != ignored["id"]
    assert embed_of(reply)["title"] == "Soyuz TMA-14M"
    assert no_pings(reply)  # and the author is not pinged by the reply

    dm = await fake.dm("who commanded expedition 42?")
    (reply,) = await fake.wait_for(lambda: fake.sent_to(dm))
    assert "Barry Wilmore" in embed_of(reply)["description"]

    dm = await fake.dm("what's for lunch?")
    (reply,) = await fake.wait_for(lambda: fake.sent_to(dm))
    assert reply["content"] and not reply.get("embeds")  # a decline is plain text


async def test_never_answers_itself_or_other_bots(bot, fake):
    me = fake.bot_user
    await fake.post_message(fake.text_channel_id, f"<@{me['id']}> who flew on soyuz tma-14m?",
                            who=fake.other_bot, mentions=[me])  # fmt: skip
    await fake.post_message(fake.text_channel_id, f"<@{me['id']}> who flew on soyuz tma-14m?",
                            who=me, mentions=[me])  # fmt: skip
    await fake.forum_post("Crew?", "Who flew on Soyuz TMA-14M?", who=fake.other_bot)
    await fake.dm("who flew on soyuz tma-14m?", who=fake.other_bot)
    await settle()
    assert fake.posted == []


async def test_a_reply_can_never_ping_anyone(bot, fake):
    thread = await fake.forum_post("@everyone", "@everyone <@&1234> who flew on soyuz tma-14m?")
    await fake.wait_for(lambda: fake.sent_to(thread))
    await fake.slash("ask", question="@everyone who flew on soyuz tma-14m?")
    bodies = [b for _, b, _ in fake.posted] + [b["data"] for b in fake.callbacks.values()]
    assert bodies and all(no_pings(b) for b in bodies)


async def test_chat_cooldown_warns_once(fake, tmp_path):
    bot2, task = await start_bot(settings_for(fake, tmp_path), cooldown=(1, 60.0))
    dm = await fake.dm("who flew on soyuz tma-14m?")
    for _ in range(3):
        await fake.dm("and when did they land?", dm_id=dm)
    await fake.wait_for(lambda: len(fake.sent_to(dm)) >= 2)
    await settle()
    answers = [b for b in fake.sent_to(dm) if b.get("embeds")]
    warnings = [b for b in fake.sent_to(dm) if "try again in" in (b.get("content") or "")]
    assert len(answers) == 1 and embed_of(answers[0])["title"] == "Soyuz TMA-14M"
    assert len(warnings) == 1 and len(fake.sent_to(dm)) == 2  # warned once, not per message
    await stop_bot(bot2, task)


async def test_logs_never_contain_the_token(bot, fake, caplog):
    caplog.set_level(logging.DEBUG)
    await fake.slash("crew", flight="soyuz-tma-14m")
    await fake.drop_connections()
    await fake.wait_for(lambda: fake.resumes, timeout=10)
    await fake.slash("crew", flight="soyuz-tma-14m")
    assert "IDENTIFY" in caplog.text or "RESUME" in caplog.text  # the gateway was logged
    assert TOKEN not in caplog.text


def test_fake_is_loopback_only():
    server = FakeDiscord()
    assert server.base.startswith("http://127.0.0.1:")
    assert server.gateway_url.startswith("ws://127.0.0.1:")


@pytest.mark.parametrize("starter_first", [False, True])
async def test_forum_post_is_answered_once(bot, fake, starter_first):
    thread = await fake.forum_post(
        "Crew", "Who flew on Soyuz TMA-14M?", starter_first=starter_first
    )
    await fake.wait_for(lambda: fake.sent_to(thread))
    await fake.dispatch("THREAD_UPDATE", fake.channels[thread])
    await settle(0.5)  # past the bot's grace period for fetching a missing starter message
    assert len(fake.sent_to(thread)) == 1
