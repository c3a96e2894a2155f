"""The Discord layer's parts on their own, and `spacebot run` / `spacebot sync` end to end."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from bot import cli
from bot.cogs import runner
from bot.cogs.client import LRU, ReloadReport, SpaceBot, Store, UserCooldown, describe_changes
from bot.cogs.embeds import answer_embed, answer_pages, decline_text, pages
from bot.cogs.lookup import Catalog, Named
from bot.config import Settings
from bot.qa.answer import Answer
from bot.store.build import build
from tests.fakes.discord_api import TOKEN
from tests.fakes.harness import copy_fixture_data, fake_in_thread


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    tmp = tmp_path_factory.mktemp("discord")
    data = copy_fixture_data(tmp / "data")
    assert build(data, tmp / "x.db").ok
    return Store.open(tmp / "x.db")


# ---------------------------------------------------------------------- lookup


def test_resolve_accepts_ids_names_aliases_and_other_scripts(store):
    flights, people = store.lookup.flights, store.lookup.people
    assert flights.resolve("soyuz-tma-14m").id == "soyuz-tma-14m"
    assert flights.resolve("soyuz tma-14m").id == "soyuz-tma-14m"
    assert flights.resolve("TMA14M").id == flights.resolve("tma-14m").id == "soyuz-tma-14m"
    assert people.resolve("Butch Wilmore").id == "barry-wilmore"
    assert people.resolve("Елена Серова").id == "yelena-serova"
    assert people.resolve("serova").id == "yelena-serova"  # a surname, when only one has it
    assert flights.resolve("Soyuz TMA-14") is None  # close is not the same: did-you-mean instead
    assert [n.id for n in flights.did_you_mean("Soyuz TMA-14")][:1] == ["soyuz-tma-14m"]


def test_suggestions_are_bounded_on_a_big_catalog():
    # speed is measured in bench/, not asserted here: a loaded CI machine makes timings noise
    items = [(Named("people", f"p{i}", f"Person Number{i}", f"Person Number{i}"), [f"alias {i}"])
             for i in range(5000)]  # fmt: skip
    catalog = Catalog(items)
    for typed in ("person number12", "numbr 4999", "zzz", ""):
        assert len(catalog.suggest(typed)) <= 25
    assert catalog.suggest("person number4999")[0].id == "p4999"


def test_choice_fits_discord_limits():
    long = Named("flights", "x" * 150, "y" * 150, "z" * 150)
    name, value = long.choice
    assert len(name) == 100 and len(value) == 100


# ---------------------------------------------------------------------- embeds


def test_embed_limits_and_decline_text(store):
    answer = Answer("q", True, "t" * 5000, details=["d" * 2000], sources=["https://a", "https://b"],
                    title="T" * 300, items=[f"item {i}" for i in range(23)])  # fmt: skip
    embed = answer_embed(answer, store.engine.facts).to_dict()
    assert len(embed["title"]) == 256 and len(embed["description"]) <= 4096
    # a text longer than a description is cut over the pages, not clipped
    texts = [e.description for e in answer_pages(answer, store.engine.facts)]
    assert "".join(texts[:2]) == "t" * 5000
    assert all(len(f["value"]) <= 1024 for f in embed["fields"])
    assert embed["footer"]["text"] == "Source: https://a (+1 more)"
    assert pages(answer) == 3
    assert answer_embed(answer, None, page=2).to_dict()["fields"][0]["name"] == "List (21-23 of 23)"
    declined = Answer(
        "q", False, "I have no record of Soyuz TMA-99M.", suggestions=["Soyuz TMA-19M"]
    )
    assert (
        decline_text(declined) == "I have no record of Soyuz TMA-99M.\nDid you mean: Soyuz TMA-19M"
    )


# ---------------------------------------------------------------------- reload pieces


def test_reload_report_fits_one_message():
    report = ReloadReport(
        False, problems=[f"flights/x.csv:{i}: a long problem " * 3 for i in range(500)]
    )
    text = report.text()
    assert len(text) <= 2000 and "more" in text and text.startswith("Reload failed: 500 problems")
    ok = ReloadReport(True, counts={"flights": 3, "aliases": 9}, changes=[], seconds=0.5)
    assert ok.text() == "Reloaded in 0.50 s: 3 flights.\nNo changes."


def test_describe_changes(store, tmp_path):
    data = copy_fixture_data(tmp_path / "data")
    people = data / "people.csv"
    people.write_text(people.read_text().replace("Butch Wilmore|", ""))
    assert build(data, tmp_path / "y.db").ok
    changes = describe_changes(store.engine.facts, Store.open(tmp_path / "y.db").engine.facts)
    assert changes == ["people changed (1): Barry Wilmore"]
    assert describe_changes(None, store.engine.facts) == ["First load."]


def test_lru_and_cooldown():
    lru = LRU(2)
    lru.put("a", 1)
    lru.put("b", 2)
    lru.get("a")
    lru.put("c", 3)
    assert list(lru) == ["a", "c"]
    cooldown = UserCooldown(2, 60)
    assert cooldown.hit(1) == 0 and cooldown.hit(1) == 0 and cooldown.hit(1) > 0
    assert cooldown.hit(2) == 0


# ---------------------------------------------------------------------- commands hash


async def test_commands_hash_changes_only_with_the_definitions(tmp_path):
    settings = Settings(data_dir=tmp_path, db_path=tmp_path / "x.db")

    async def hashed(edit=None) -> str:
        bot = SpaceBot(settings, None, sync_on_start=False)
        for name in ("bot.cogs.ask", "bot.cogs.chat", "bot.cogs.admin"):
            await bot.load_extension(name)
        if edit:
            edit(bot)
        return bot.commands_hash()  # never logged in: nothing to close

    first = await hashed()
    assert await hashed() == first

    def describe(bot):
        bot.tree.get_command("crew").description = "Who flew on a spaceflight"

    assert await hashed(describe) != first


# ---------------------------------------------------------------------- runner and CLI


def test_no_token_is_one_line_not_a_traceback(tmp_path, capsys):
    settings = Settings(data_dir=tmp_path, db_path=tmp_path / "x.db", token="")
    assert runner.run_bot(settings) == 2
    assert runner.sync_commands(settings) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [runner.NO_TOKEN, runner.NO_TOKEN]
    assert "DISCORD_TOKEN" in err[0] and ".env" in err[0]


def test_shard_ids_need_a_shard_count(tmp_path, capsys):
    settings = Settings(data_dir=tmp_path, db_path=tmp_path / "x.db", token=TOKEN, shard_ids=(1,))
    assert runner.run_bot(settings) == 2
    assert capsys.readouterr().err.strip() == runner.SHARDS


def test_the_token_is_masked_in_logs(caplog):
    handler = logging.StreamHandler()
    handler.addFilter(runner.RedactToken(TOKEN))
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "connecting with %s", (TOKEN,), None)
    handler.filter(record)
    assert TOKEN not in record.getMessage() and "***" in record.getMessage()


def _env(monkeypatch, tmp_path: Path, token: str) -> None:
    copy_fixture_data(tmp_path / "data")
    monkeypatch.chdir(tmp_path)  # no stray .env
    for key, value in {"DISCORD_TOKEN": token, "SPACEBOT_DATA_DIR": str(tmp_path / "data"),
                       "SPACEBOT_DB": str(tmp_path / "spacebot.db"), "SPACEBOT_GUILD_ID": "",
                       "SPACEBOT_SHARD_COUNT": "", "SPACEBOT_SHARD_IDS": ""}.items():  # fmt: skip
        monkeypatch.setenv(key, value)


def test_rejected_token_is_one_line(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path, "a-wrong-token-that-looks-plausible.xyz")
    with fake_in_thread(monkeypatch):
        assert cli.main(["run"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == runner.BAD_TOKEN and "Traceback" not in err


def test_spacebot_sync_registers_commands_in_a_guild(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path, TOKEN)
    with fake_in_thread(monkeypatch) as fake:
        assert cli.main(["sync", "--guild", str(fake.guild_id)]) == 0
        assert not any(c.path == "/gateway/bot" for c in fake.calls)  # REST only
        names = {c["name"] for c in fake.commands[str(fake.guild_id)]}
    assert names == {
        "ask",
        "crew",
        "astronaut",
        "landing",
        "expedition",
        "aboard",
        "spacewalk",
        "reload",
    }
    out = capsys.readouterr().out
    assert out.startswith(f"synced 8 commands to server {fake.guild_id}")
    saved = json.loads((tmp_path / "spacebot.db.commands.json").read_text())
    assert list(saved) == [f"app:{fake.app_id}/guild:{fake.guild_id}"]


def test_missing_message_content_intent_is_one_line(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path, TOKEN)
    with fake_in_thread(monkeypatch) as fake:
        fake.message_content_allowed = False
        monkeypatch.setenv("SPACEBOT_FORUM_CHANNEL_IDS", str(fake.forum_id))
        assert cli.main(["run"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == runner.NO_INTENT and "Traceback" not in err


def test_data_that_does_not_build_is_one_line(monkeypatch, tmp_path, capsys):
    _env(monkeypatch, tmp_path, TOKEN)
    (tmp_path / "data" / "flights.csv").write_text("id,name\nbroken,row\n")
    assert cli.main(["run"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "spacebot build --check" in err
