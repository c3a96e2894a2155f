# ruff: noqa: F811  (the `bot` and `fake` fixtures are imported, then named as arguments)
"""Long chat messages, list answers that page, and edited or deleted questions, against
the fake Discord (tests/fakes) with the real discord.py client."""

from __future__ import annotations

import asyncio

import pytest

from bot.cogs.client import Recent
from bot.cogs.embeds import answer_pages, reply_for
from bot.config import load_settings
from bot.qa.answer import Answer
from tests.conftest import DATA
from tests.fakes.harness import bot, fake, settings_for, start_bot, stop_bot  # noqa: F401

EPHEMERAL = 64
FILLER = (
    "I have been reading about the early days of the station and the long missions that "
    "followed, and about how crews were rotated between the Soyuz and the Shuttle. "
)
MIR_CREW = [f"Person {i:03d} ({1 + i % 3} flights)" for i in range(1, 121)]
# the list questions of issue 17, which the engine declines until it answers lists
LIST_QUESTIONS = (
    "who has been aboard mir?",
    "list every iss expedition",
    "who flew on the space shuttle?",
)


def embeds_of(body: dict) -> list[dict]:
    return body.get("embeds") or []


def embed_of(body: dict) -> dict:
    (embed,) = embeds_of(body)
    return embed


def list_field(embed: dict) -> dict:
    return next(f for f in embed["fields"] if f["name"].startswith(("List", "Crew")))


def buttons(body: dict) -> list[dict]:
    (row,) = body["components"]
    return row["components"]


def within_discord_limits(embeds: list[dict]) -> bool:
    """4,096 per description, 1,024 per field, 25 fields, 6,000 in the whole message."""

    def size(e: dict) -> int:
        return (len(e.get("title", "")) + len(e.get("description", ""))
                + sum(len(f["name"]) + len(f["value"]) for f in e.get("fields", []))
                + len((e.get("footer") or {}).get("text", "")))  # fmt: skip

    return (
        len(embeds) <= 10
        and all(len(e.get("description", "")) <= 4096 for e in embeds)
        and all(len(e.get("fields", [])) <= 25 for e in embeds)
        and all(len(f["value"]) <= 1024 for e in embeds for f in e.get("fields", []))
        and sum(size(e) for e in embeds) <= 6000
    )


def mir_lists(bot, monkeypatch) -> None:
    """The engine as the lead is making it: each list question answered with 120 items."""
    engine = bot.store.engine
    real_ask = engine.ask

    def ask(question, context=None):
        if not any(q in question.lower() for q in LIST_QUESTIONS):
            return real_ask(question, context)
        return Answer(question, True, "120 people have been aboard Mir in the records.",
                      sources=["https://en.wikipedia.org/wiki/Mir"], intent="people_query",
                      title="Aboard Mir", items=list(MIR_CREW))  # fmt: skip

    monkeypatch.setattr(engine, "ask", ask)


async def pages_through(fake, message_id: str, first: dict, who: dict) -> list[str]:
    """Click ▶ until the last page; the list lines of every page, in order."""
    lines = list_field(embed_of(first))["value"].splitlines()
    body = first
    while not buttons(body)[2].get("disabled"):
        turned = await fake.click(message_id, buttons(body)[2]["custom_id"], who=who)
        assert turned["type"] == 7  # UPDATE_MESSAGE: the same message shows the next page
        body = turned["data"]
        assert within_discord_limits(embeds_of(body))
        lines += list_field(embed_of(body))["value"].splitlines()
    return lines


# ---------------------------------------------------------------------- long messages


async def test_a_long_forum_post_with_the_question_last_is_answered(bot, fake):
    body = FILLER * 13 + "Anyway, thanks for reading. Who flew on Soyuz TMA-14M?"
    assert len(body) >= 2000
    thread = await fake.forum_post("A question about crews", body)
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread))
    assert embed_of(reply)["title"] == "Soyuz TMA-14M"


async def test_a_question_whose_subject_is_in_the_sentence_before(bot, fake):
    me = fake.bot_user
    text = f"<@{me['id']}> {FILLER * 3}I was looking at Soyuz TMA-15M last night. Who flew on it?"
    asked = await fake.post_message(fake.text_channel_id, text, mentions=[me])
    (reply,) = await fake.wait_for(lambda: fake.replies_to(asked["id"]))
    assert embed_of(reply)["title"] == "Soyuz TMA-15M"


async def test_several_questions_are_answered_in_one_reply(bot, fake):
    dm = await fake.dm(
        "Hi! Who flew on Soyuz TMA-14M?\nAnd when did they land? Also, what's for lunch?"
    )
    (reply,) = await fake.wait_for(lambda: fake.sent_to(dm))
    first, second, third = embeds_of(reply)
    assert first["title"] == "Soyuz TMA-14M"
    assert "12 March 2015" in second["description"]  # the follow-up kept the context
    assert third["title"] == "Also, what's for lunch?"  # a decline says which question
    assert within_discord_limits(embeds_of(reply)) and not reply.get("content")

    five = " ".join(f"Who flew on Soyuz TMA-1{n}M?" for n in (1, 2, 3, 4, 5))
    dm = await fake.dm(five)
    (reply,) = await fake.wait_for(lambda: fake.sent_to(dm))
    assert reply["content"] == "You asked 5 questions; here are answers to the last 3."
    assert [e["title"] for e in embeds_of(reply)] == [
        "Soyuz TMA-13M",
        "Soyuz TMA-14M",
        "Soyuz TMA-15M",
    ]


# ---------------------------------------------------------------------- lists that page


@pytest.mark.parametrize("question", LIST_QUESTIONS)
async def test_a_long_list_by_slash_command_pages_for_the_asker_only(bot, fake, monkeypatch,
                                                                     question):  # fmt: skip
    mir_lists(bot, monkeypatch)
    body = await fake.slash("ask", question=question)
    data = body["data"]
    assert within_discord_limits(embeds_of(data))
    assert list_field(embed_of(data))["name"] == "List (1-10 of 120)"
    previous, counter, nxt = buttons(data)
    assert previous["disabled"] and counter["label"] == "1/12" and not nxt.get("disabled")

    refused = await fake.click(body["message_id"], nxt["custom_id"], who=fake.admin)
    assert refused["type"] == 4 and refused["data"]["flags"] & EPHEMERAL
    assert "Only the person who asked" in refused["data"]["content"]

    lines = await pages_through(fake, body["message_id"], data, fake.member)
    assert lines == [f"• {name}" for name in MIR_CREW]  # every item, once, in order


@pytest.mark.parametrize("where", ["mention", "forum"])
@pytest.mark.parametrize("question", LIST_QUESTIONS)
async def test_a_long_list_by_mention_or_forum_post_pages(bot, fake, monkeypatch, where, question):
    mir_lists(bot, monkeypatch)
    me = fake.bot_user
    if where == "mention":
        await fake.post_message(fake.text_channel_id, f"<@{me['id']}> {question}", mentions=[me])
        channel = fake.text_channel_id
    else:
        channel = await fake.forum_post("Crews", FILLER * 10 + question.capitalize())
    (reply,) = await fake.wait_for(lambda: fake.sent_to(channel))
    (message,) = [m for cid, _, m in fake.posted if cid == channel]
    assert buttons(reply)[1]["label"] == "1/12"
    refused = await fake.click(message["id"], buttons(reply)[2]["custom_id"], who=fake.admin)
    assert refused["type"] == 4 and refused["data"]["flags"] & EPHEMERAL
    lines = await pages_through(fake, message["id"], reply, fake.member)
    assert lines == [f"• {name}" for name in MIR_CREW]


async def test_a_list_the_real_engine_gives_pages(fake, tmp_path, real_db):
    # the real data, where "which women flew to the ISS?" is a list of dozens of names
    settings = settings_for(fake, tmp_path, data_dir=DATA, db_path=real_db)
    bot2, task = await start_bot(settings, sync_on_start=False)
    body = await fake.slash("ask", question="which women flew to the ISS?")
    data = body["data"]
    count = len(bot2.store.engine.ask("which women flew to the ISS?").items)
    assert count > 40 and list_field(embed_of(data))["name"] == f"List (1-10 of {count})"
    lines = await pages_through(fake, body["message_id"], data, fake.member)
    assert len(lines) == count and any("Elena Serova" in line for line in lines)
    await stop_bot(bot2, task)


async def test_the_page_buttons_are_taken_off_when_they_time_out(fake, tmp_path, monkeypatch):
    bot2, task = await start_bot(settings_for(fake, tmp_path, page_timeout=0.3))
    mir_lists(bot2, monkeypatch)
    interaction = await fake.interact(2, {"id": "1", "name": "ask", "type": 1, "options": [
        {"name": "question", "type": 3, "value": "who has been aboard Mir?"}]})  # fmt: skip
    assert buttons((await fake.callback(interaction))["data"])
    # the slash command's reply: edited through the interaction's webhook
    (edit,) = await fake.wait_for(lambda: fake.webhook_posts(interaction), timeout=5)
    assert edit["components"] == []

    me = fake.bot_user
    await fake.post_message(fake.text_channel_id, f"<@{me['id']}> who has been aboard Mir?",
                            mentions=[me])  # fmt: skip
    (reply,) = await fake.wait_for(lambda: fake.sent_to(fake.text_channel_id))
    assert buttons(reply)
    (_, mid, body) = (await fake.wait_for(lambda: fake.edited, timeout=5))[0]
    assert body["components"] == [] and fake.messages[mid]["components"] == []
    await stop_bot(bot2, task)


# ---------------------------------------------------------------------- edits, deletions


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def injected_clock(bot) -> Clock:
    clock = Clock()
    bot.get_cog("Chat").answered.clock = clock
    return clock


async def remembered(bot, message: dict) -> None:
    """Wait until the bot has noted its answer to `message` (just after sending it)."""
    answered = bot.get_cog("Chat").answered
    async with asyncio.timeout(5):
        while answered.get(int(message["id"])) is None:
            await asyncio.sleep(0.01)


async def test_an_edited_question_gets_its_reply_edited(bot, fake):
    clock = injected_clock(bot)
    me = fake.bot_user
    asked = await fake.post_message(fake.text_channel_id, f"<@{me['id']}> who flew on soyuz tma-13m?",
                                    mentions=[me])  # fmt: skip
    (reply,) = await fake.wait_for(lambda: fake.replies_to(asked["id"]))
    assert embed_of(reply)["title"] == "Soyuz TMA-13M"
    await remembered(bot, asked)
    clock.now += 14 * 60  # a typo fixed 14 minutes later
    await fake.edit_message(asked["id"], f"<@{me['id']}> who flew on soyuz tma-14m?")
    await fake.wait_for(lambda: fake.edited)
    (reply,) = fake.replies_to(asked["id"])  # the same message, now answering the new text
    assert embed_of(reply)["title"] == "Soyuz TMA-14M"
    assert len(fake.sent_to(fake.text_channel_id)) == 1  # no second reply

    # an update that does not change the text (a link preview) changes nothing
    preview = {"type": "link", "url": "https://example.org", "title": "Soyuz"}
    await fake.dispatch("MESSAGE_UPDATE", {**fake.messages[int(asked["id"])], "embeds": [preview]})
    clock.now += 2 * 60  # 16 minutes after the answer: too late to change it
    await fake.edit_message(asked["id"], f"<@{me['id']}> who flew on soyuz tma-15m?")
    await asyncio.sleep(0.3)
    assert (
        len(fake.edited) == 1
        and embed_of(fake.replies_to(asked["id"])[0])["title"] == "Soyuz TMA-14M"
    )


async def test_an_edited_forum_post_and_dm_are_answered_again(bot, fake):
    injected_clock(bot)
    thread = await fake.forum_post("Crew", "Who flew on Soyuz TMA-13M?")
    await fake.wait_for(lambda: fake.sent_to(thread))
    await remembered(bot, {"id": thread})
    await fake.edit_message(thread, "Who flew on Soyuz TMA-15M?")
    (cid, mid, body) = (await fake.wait_for(lambda: fake.edited))[0]
    assert cid == thread and embed_of(body)["title"] == "Soyuz TMA-15M"

    dm = await fake.dm("who flew on soyuz tma-14m?")
    await fake.wait_for(lambda: fake.sent_to(dm))
    (message,) = [
        m
        for m in fake.messages.values()
        if m["channel_id"] == str(dm) and m["author"] == fake.member
    ]
    await remembered(bot, message)
    await fake.edit_message(message["id"], "what's for lunch?")
    (_, _, body) = (await fake.wait_for(lambda: fake.edited[1:]))[0]
    assert body["embeds"] == [] and body["content"]  # now a decline, as plain text


async def test_a_deleted_question_takes_its_reply_with_it(bot, fake):
    injected_clock(bot)
    me = fake.bot_user
    asked = await fake.post_message(fake.text_channel_id, f"<@{me['id']}> who flew on soyuz tma-14m?",
                                    mentions=[me])  # fmt: skip
    (reply,) = await fake.wait_for(lambda: fake.replies_to(asked["id"]))
    await remembered(bot, asked)
    await fake.delete_message(fake.text_channel_id, asked["id"])
    await fake.wait_for(lambda: fake.deleted)
    assert fake.deleted == [(fake.text_channel_id, int(reply["id"]))]
    assert not fake.replies_to(asked["id"])

    # a message the bot did not answer: nothing is deleted
    ignored = await fake.post_message(fake.text_channel_id, "who flew on soyuz tma-14m?")
    await fake.delete_message(fake.text_channel_id, ignored["id"])
    await asyncio.sleep(0.2)
    assert len(fake.deleted) == 1


async def test_a_purge_takes_the_replies_and_a_gone_reply_is_not_edited(bot, fake):
    injected_clock(bot)
    me = fake.bot_user
    asked = []
    for flight in ("13m", "14m", "15m"):
        message = await fake.post_message(fake.text_channel_id, f"<@{me['id']}> who flew on soyuz tma-{flight}?",
                                          mentions=[me])  # fmt: skip
        await fake.wait_for(lambda m=message: fake.replies_to(m["id"]))
        await remembered(bot, message)
        asked.append(message)
    reply_of = {m["id"]: int(fake.replies_to(m["id"])[0]["id"]) for m in asked}
    await fake.delete_messages(fake.text_channel_id, [m["id"] for m in asked[:2]])
    await fake.wait_for(lambda: len(fake.deleted) == 2)
    assert {mid for _, mid in fake.deleted} == {reply_of[m["id"]] for m in asked[:2]}

    # a moderator removed the third reply; its question is then edited: nothing is sent
    (last,) = fake.replies_to(asked[2]["id"])
    await fake.delete_message(fake.text_channel_id, last["id"])
    await fake.edit_message(asked[2]["id"], f"<@{me['id']}> who flew on soyuz tma-14m?")
    await fake.wait_for(lambda: any(c.method == "PATCH" for c in fake.calls))
    await asyncio.sleep(0.1)
    assert fake.edited == [] and len(fake.sent_to(fake.text_channel_id)) == 3
    assert bot.get_cog("Chat").answered.get(int(asked[2]["id"])) is None  # forgotten


# ---------------------------------------------------------------------- the parts on their own


def test_every_page_keeps_within_discord_limits_and_loses_nothing():
    text = "A long sentence about the crews of the station. " * 250  # 12,000 characters
    items = [f"Person {i:03d} " + "x" * 200 for i in range(120)]
    answer = Answer("q", True, text, details=["d" * 3000], title="T" * 300, items=items,
                    sources=[f"https://example.org/{i}" for i in range(30)],
                    suggestions=["s" * 2000])  # fmt: skip
    pages = [e.to_dict() for e in answer_pages(answer)]
    assert all(within_discord_limits([p]) for p in pages)
    listed = [line for p in pages for line in list_field(p)["value"].splitlines()]
    assert listed == [f"• {i}" for i in items]
    told = " ".join(p["description"] for p in pages if p["description"] != "(continued)")
    assert " ".join(told.split()) == " ".join(text.split())


def test_several_answers_share_one_message():
    big = Answer("q", True, "x " * 3000, title="Big", items=[f"Person {i}" for i in range(120)])
    declined = Answer("what's for lunch?", False, "I only know about space-station crews.")
    reply = reply_for([big, declined, big], None, owner_id=7, note="You asked 4 questions.")
    assert reply.content == "You asked 4 questions."
    assert within_discord_limits([e.to_dict() for e in reply.embeds])
    assert reply.embeds[1].title == "what's for lunch?"
    # the first list pages, in place, the others stay as they are
    assert reply.view is not None and reply.view.at == 0 and reply.view.pages > 1
    alone = reply_for([declined], None, owner_id=7)
    assert alone.embeds == [] and alone.content == declined.text and alone.view is None


def test_recent_answers_expire_and_are_bounded():
    now = [0.0]
    recent = Recent(2, ttl=900, clock=lambda: now[0])
    recent.put(1, "a")
    recent.put(2, "b")
    now[0] = 899
    assert recent.get(1) == "a"
    recent.put(3, "c")  # the least recently used (2) goes
    assert recent.get(2) is None and len(recent) == 2
    now[0] = 901
    assert recent.get(1) is None and recent.get(3) == "c"
    assert recent.pop(3) == "c" and recent.pop(3) is None
    off = Recent(0, ttl=900)
    off.put(1, "a")
    assert off.get(1) is None


@pytest.mark.parametrize(
    "env, page, window, memory",
    [({}, 600.0, 900.0, 5000),
     ({"SPACEBOT_PAGE_TIMEOUT": "120", "SPACEBOT_EDIT_WINDOW": "60", "SPACEBOT_REPLY_MEMORY": "10"}, 120.0, 60.0, 10),
     ({"SPACEBOT_PAGE_TIMEOUT": "3600", "SPACEBOT_EDIT_WINDOW": "soon"}, 840.0, 900.0, 5000),
     ({"SPACEBOT_PAGE_TIMEOUT": "1", "SPACEBOT_REPLY_MEMORY": "-5"}, 10.0, 900.0, 0)],
)  # fmt: skip
def test_paging_and_edit_settings_are_read_from_the_environment(env, page, window, memory):
    settings = load_settings(env, dotenv=False)
    assert (settings.page_timeout, settings.edit_window, settings.reply_memory) == (
        page,
        window,
        memory,
    )
