# ruff: noqa: F811  (the `bot` and `fake` fixtures are imported, then named as arguments)
"""Charts on Discord: /aboard, /astronaut and /expedition attach the chart to their embed;
a chart that fails or comes late never holds back the text answer."""

from __future__ import annotations

import struct

from bot.cogs import charts as charts_mod
from tests.fakes.harness import bot, fake  # noqa: F401


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def attached(body: dict) -> tuple[dict, dict]:
    """(the embed, the one attached file) of a message the bot sent with a chart."""
    data = body.get("data", body)
    (embed,) = data["embeds"]
    (file,) = body["files"]
    assert embed["image"]["url"] == f"attachment://{file['filename']}"
    (meta,) = data["attachments"]
    assert meta["filename"] == file["filename"] and meta["description"]  # the alt text
    assert png_size(file["data"])[0] == 960
    return embed, file


async def test_the_three_commands_attach_their_chart(bot, fake):
    embed, file = attached(await fake.slash("aboard", date="2015-01-01", station="iss"))
    assert file["filename"] == "aboard-iss-2015-01-01.png"
    assert "Terry Virts" in embed["fields"][-1]["value"] or embed["description"]

    body = await fake.slash("astronaut", name="yelena-serova")
    embed, file = attached(body)
    assert embed["title"] == "Elena Serova" and file["filename"] == "person-yelena-serova.png"
    assert "Elena Serova's 1 flight" in body["data"]["attachments"][0]["description"]

    embed, file = attached(await fake.slash("expedition", number=42))
    assert embed["title"] == "Expedition 42" and file["filename"] == "expedition-iss-42.png"

    # a month asked for is a month's chart; a command without a chart sends no file
    _, file = attached(await fake.slash("aboard", date="March 2015"))
    assert file["filename"] == "aboard-iss-2015-03-01.png"
    body = await fake.slash("crew", flight="soyuz-tma-14m")
    assert not body.get("files") and "image" not in body["data"]["embeds"][0]


async def test_a_chart_that_fails_leaves_the_text_answer(bot, fake, monkeypatch):
    def broken(facts, req):
        raise RuntimeError("matplotlib fell over")

    monkeypatch.setattr(charts_mod, "_draw", broken)
    body = await fake.slash("astronaut", name="yelena-serova")
    (embed,) = body["data"]["embeds"]
    assert embed["title"] == "Elena Serova" and "image" not in embed
    assert not body.get("files")


async def test_a_late_chart_is_added_to_the_sent_answer(bot, fake, monkeypatch):
    monkeypatch.setattr(charts_mod, "SLASH_DEADLINE", 0.0)  # as if the answer took ~2.5 s
    interaction = await fake.interact(2, {"id": "1", "name": "expedition", "type": 1,
                                          "options": [{"name": "number", "type": 4, "value": 42}]})  # fmt: skip
    body = await fake.callback(interaction)
    assert body["data"]["embeds"][0]["title"] == "Expedition 42"  # the text did not wait
    assert not body.get("files")
    (edit,) = await fake.wait_for(lambda: fake.webhook_posts(interaction))
    embed, file = attached(edit)
    assert embed["title"] == "Expedition 42" and file["filename"] == "expedition-iss-42.png"


async def test_a_forum_post_about_who_was_aboard_gets_the_chart(bot, fake):
    thread = await fake.forum_post(
        "Crew in early 2015", "Who was aboard the ISS on 1 January 2015?"
    )
    (reply,) = await fake.wait_for(lambda: fake.sent_to(thread))
    embed, file = attached(reply)
    assert file["filename"] == "aboard-iss-2015-01-01.png"
    assert "6 aboard" in embed["description"]
    # other answers stay text only
    await fake.post_message(thread, "who flew on soyuz tma-14m?")
    (second,) = await fake.wait_for(lambda: fake.sent_to(thread)[1:])
    assert not second.get("files") and "image" not in second["embeds"][0]
