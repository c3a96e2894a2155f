# ruff: noqa: F811  (the `bot` and `fake` fixtures are imported, then named as arguments)
"""Bad databases at start-up and bad data at /reload.

A store file that is missing, not a database at all, empty, or damaged inside is rebuilt
from data/ at start-up (`ensure_built`, used by `spacebot ask/chat/run`). Data that does
not validate makes /reload fail with file:line problems while the bot keeps answering
from the store it had.
"""

from __future__ import annotations

import os
import random
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.cogs import runner
from bot.cogs.client import SpaceBot, Store
from bot.config import Settings
from bot.store.build import StoreUnavailable, build, ensure_built, stored_hash
from tests.fakes.harness import bot, copy_fixture_data, fake  # noqa: F401

QUESTION = "who flew on soyuz tma-14m?"


@pytest.fixture
def data(tmp_path) -> Path:
    return copy_fixture_data(tmp_path / "data")


def _random_bytes(db: Path) -> None:
    db.write_bytes(random.Random(8).randbytes(64 * 1024))


def _empty(db: Path) -> None:
    db.write_bytes(b"")


def _damaged_page(db: Path) -> None:
    """Garbage over the page of the table opening reads (the snapshot): the header and the
    meta table still read."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("pragma page_size").fetchone()[0]
    (root,) = conn.execute("select rootpage from sqlite_master where name = 'snapshot'").fetchone()
    conn.close()
    with db.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(random.Random(8).randbytes(page_size))


DAMAGE = {"missing": None, "random bytes": _random_bytes, "empty file": _empty,
          "damaged page": _damaged_page}  # fmt: skip


@pytest.mark.parametrize("how", list(DAMAGE))
def test_a_bad_store_file_is_rebuilt_at_start_up(data, tmp_path, how):
    db = tmp_path / "spacebot.db"
    damage = DAMAGE[how]
    if damage is not None:
        assert build(data, db).ok
        damage(db)
    if damage is _damaged_page:  # what used to pass as up to date, then fail to open
        with pytest.raises(sqlite3.DatabaseError):
            Store.open(db)
    assert stored_hash(db) is None
    result = ensure_built(data, db)
    assert result is not None and result.ok
    assert Store.open(db).engine.ask(QUESTION).answered
    assert ensure_built(data, db) is None  # and now it is up to date


def test_spacebot_run_opens_a_rebuilt_store(data, tmp_path):
    settings = Settings(data_dir=data, db_path=tmp_path / "spacebot.db")
    settings.db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # looks like one
    assert runner.open_store(settings).engine.ask(QUESTION).answered


def test_a_bad_store_file_and_bad_data_is_a_clear_error(data, tmp_path):
    db = tmp_path / "spacebot.db"
    _random_bytes(db)
    (data / "flights.csv").write_text("id,name\nbroken,row\n")
    with pytest.raises(StoreUnavailable):
        ensure_built(data, db)


def _cli(args: list[str], data: Path, db: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, SPACEBOT_DATA_DIR=str(data), SPACEBOT_DB=str(db))
    env.pop("DISCORD_TOKEN", None)
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True,
                          text=True, env=env, timeout=60)  # fmt: skip


def test_the_cli_rebuilds_a_store_damaged_inside(data, tmp_path):
    # `spacebot ask` does not read every page before opening (see bot/cli.py): a store
    # whose meta reads but whose snapshot does not is rebuilt when opening it fails
    db = tmp_path / "spacebot.db"
    assert build(data, db).ok
    _damaged_page(db)
    r = _cli(["ask", QUESTION], data, db)
    assert r.returncode == 0, r.stderr
    assert "Samokutyaev" in r.stdout and "Traceback" not in r.stderr
    assert stored_hash(db) is not None  # rebuilt whole


def test_the_cli_answers_over_a_corrupt_store_file(data, tmp_path):
    db = tmp_path / "spacebot.db"
    _random_bytes(db)
    r = _cli(["ask", QUESTION], data, db)
    assert r.returncode == 0, r.stderr
    assert "Samokutyaev" in r.stdout and "Traceback" not in r.stderr
    (data / "flights.csv").write_text("id,name\nbroken,row\n")  # and now nothing can build
    _random_bytes(db)
    r = _cli(["ask", QUESTION], data, db)
    assert r.returncode == 1 and "could not be built" in r.stderr and "Traceback" not in r.stderr


# ---------------------------------------------------------------------- /reload with bad data


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _bad_quoting(d: Path) -> None:
    people = d / "people.csv"
    people.write_text(people.read_text(encoding="utf-8") + 'broken,"unterminated\n')


def _wrong_encoding(d: Path) -> None:  # saved by a spreadsheet as Windows-1252
    flights = d / "flights.csv"
    text = flights.read_text(encoding="utf-8").replace("Landed in the northern", "Atterri près de")
    flights.write_bytes(text.encode("cp1252"))


def _duplicate_id(d: Path) -> None:
    people = d / "people.csv"
    lines = people.read_text(encoding="utf-8").splitlines()
    people.write_text("\n".join([*lines, lines[2]]) + "\n", encoding="utf-8")


# name -> (break the data, file, problem text, text on the reported line or None)
BREAKS: dict[str, tuple[Callable[[Path], None], str, str, str | None]] = {
    "bad CSV quoting": (_bad_quoting, "people.csv", "bad CSV", '"unterminated'),
    "wrong encoding": (_wrong_encoding, "flights.csv", "not UTF-8", None),  # see below
    "missing column": (lambda d: _edit(d / "flights.csv", "landing_kind,", "landing_type,"),
                       "flights.csv", "missing landing_kind", "landing_type"),
    "dangling reference": (lambda d: _edit(d / "crew.csv", "soyuz-tma-14m,barry-wilmore",
                                           "soyuz-tma-14m,barry-wilmoore"),
                           "crew.csv", "'barry-wilmoore' is not an id in people", "barry-wilmoore"),
    "duplicate id": (_duplicate_id, "people.csv", "duplicate id barry-wilmore (first at people.csv:",
                     "barry-wilmore,"),
    "impossible date": (lambda d: _edit(d / "flights.csv", "2015-03-12T02:07Z", "2015-02-30T02:07Z"),
                        "flights.csv", "'2015-02-30T02:07Z' is not a UTC time", "2015-02-30"),
    "landing before launch": (lambda d: _edit(d / "flights.csv", "2015-03-12T02:07Z",
                                              "2014-03-12T02:07Z"),
                              "flights.csv", "landing_utc is before launch_utc", "2014-03-12T02:07Z"),
}  # fmt: skip


@pytest.mark.parametrize("kind", list(BREAKS))
async def test_reload_with_broken_data_names_file_and_line_and_keeps_serving(bot, fake, kind):
    breaker, file, problem, on_line = BREAKS[kind]
    data = bot.settings.data_dir
    original = (data / file).read_bytes()
    breaker(data)
    old_store = bot.store

    interaction = await fake.interact(2, {"id": "1", "name": "reload", "type": 1}, fake.admin)
    await fake.callback(interaction)
    (report,) = await fake.wait_for(lambda: fake.webhook_posts(interaction))
    text = report["content"]
    assert text.startswith("Reload failed: ") and "previous store" in text
    found = re.search(rf"^{re.escape(file)}:(\d+): .*{re.escape(problem)}", text, re.M)
    assert found, text
    if on_line is not None:  # the line it names is the broken one
        lines = (data / file).read_text(encoding="utf-8").splitlines()
        assert on_line in lines[int(found[1]) - 1], (found[0], lines[int(found[1]) - 1])
    # (a file that is not UTF-8 is reported at line 1 with the byte offset, whichever line
    # holds the bad byte: bot/store/load.py reads the file whole before splitting lines)

    assert bot.store is old_store
    body = await fake.slash("crew", flight="soyuz-tma-14m")
    (embed,) = body["data"]["embeds"]
    assert embed["title"] == "Soyuz TMA-14M"
    assert "Alexander Samokutyaev" in embed["description"]

    (data / file).write_bytes(original)  # fixed: the next reload goes through
    assert (await bot.reload_store()).ok and bot.store is not old_store


async def test_problems_come_back_from_the_build_helper_process(tmp_path, data):
    """What `spacebot run` does: the build runs in the helper process, and its problems
    (file:line) come back through it intact."""
    settings = Settings(data_dir=data, db_path=tmp_path / "spacebot.db")
    assert build(data, settings.db_path).ok
    bot2 = SpaceBot(settings, Store.open(settings.db_path), sync_on_start=False)
    try:
        assert bot2.build_in_process
        original = (data / "people.csv").read_bytes()
        _duplicate_id(data)
        report = await bot2.reload_store()
        assert not report.ok
        assert report.problems == [
            "people.csv:11: duplicate id barry-wilmore (first at people.csv:3)"
        ]
        (data / "people.csv").write_bytes(original)
        assert (await bot2.reload_store()).ok
    finally:
        bot2.shutdown_builder()
