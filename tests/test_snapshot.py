"""The store's snapshot (what Engine.open reads instead of every table): the same facts and
the same answers as the tables give, and never used once it no longer matches them; and
the shortcuts that make reading fast give what the long way gives."""

from __future__ import annotations

import json
import shutil
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.qa.engine import Engine
from bot.qa.linking import EntityIndex
from bot.store.build import ensure_built
from bot.store.facts import Facts, load_facts
from bot.store.names import _fold_any, fold
from bot.store.snapshot import _FACTS_FIELDS, open_facts

from .conftest import DATA, ROOT

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
QUESTIONS = [
    "who landed with Butch Wilmore in March 2015?",
    "tma-14m crew?",
    "who was aboard the iss on new year's day 2015?",
    "who commanded expedition forty-two?",
    "how many times has Butch flown?",
    "first Chinese woman to do a spacewalk",
    "which flight delivered Destiny?",
    "when did serrova come back from the iss",
    "who was living on mir in april 1986",
    "youngest person on the ISS",
    "who commanded expedition 300?",
    "Кто летал на Союз ТМА-14М?",
]


def _questions() -> list[str]:
    qs = list(QUESTIONS)
    if DEV.is_file():
        qs += [json.loads(line)["q"] for line in DEV.read_text().splitlines() if line.strip()]
    return qs


def _engine_from_tables(db: Path) -> Engine:
    return Engine(load_facts(db))


def test_the_snapshot_holds_the_same_facts_as_the_tables(real_db):
    snap, tables = open_facts(real_db), load_facts(real_db)
    assert snap.loaded_from == "snapshot" and tables.loaded_from == "tables"
    # every field of Facts, evas and events included: the snapshot must name each one
    assert {f.name for f in fields(Facts)} == _FACTS_FIELDS
    for f in fields(Facts):
        if f.compare:
            a, b = getattr(snap, f.name), getattr(tables, f.name)
            # the real store has some of everything, so equal can't mean "both empty"
            assert b or f.name == "memo", f"{f.name}: empty in the real store"
            assert a == b, f.name
            assert type(a) is type(b), f.name
            if isinstance(a, dict):
                assert list(a) == list(b), f"{f.name}: order"
    assert snap.aliases == tables.aliases
    # the rows' derived values too (an EVA's length comes from both clock times)
    for eva_id, eva in tables.evas.items():
        assert snap.evas[eva_id].duration == eva.duration, eva_id
    for person in tables.evas_by_person:
        assert snap.evas_of(person) == tables.evas_of(person), person
    # every attribute of the alias index, so one added to its build but not to what the
    # snapshot keeps (EntityIndex.prepared) fails here rather than in a question
    made, built = vars(EntityIndex(snap)), vars(EntityIndex(tables))
    assert made.keys() == built.keys()
    for name in made.keys() - {"facts"}:
        assert made[name] == built[name], name


def test_answers_are_the_same_from_the_snapshot_and_from_the_tables(real_db):
    snap, tables = Engine.open(real_db), _engine_from_tables(real_db)
    assert snap.facts.loaded_from == "snapshot"
    for q in _questions():
        a, b = snap.ask(q), tables.ask(q)
        assert (a.text, a.intent, a.answered) == (b.text, b.intent, b.answered), q


def _rename_tma14m_in_snapshot(db: Path) -> None:
    """Edit the snapshot only, so an answer shows whether it was read."""
    conn = sqlite3.connect(db)
    part = "values.strings"
    (body,) = conn.execute("select body from snapshot where part = ?", (part,)).fetchone()
    body = body.replace(b'"Soyuz TMA-14M"', b'"Soyuz TMA-14M-SNAPSHOT"')
    conn.execute("update snapshot set body = ? where part = ?", (body, part))
    conn.commit()
    conn.close()


def _set(db: Path, sql: str) -> None:
    conn = sqlite3.connect(db)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "stale",
    [
        "update meta set value = 'other data' where key = 'data_hash'",
        "update snapshot set key = 'an older build' where part = 'index'",
        "update meta set value = '1:x:older engine' where key = 'snapshot_key'",
        "drop table snapshot",
    ],
)
def test_a_stale_snapshot_is_never_used(real_db, tmp_path, stale):
    db = tmp_path / "spacebot.db"
    shutil.copy(real_db, db)
    _rename_tma14m_in_snapshot(db)
    assert "TMA-14M-SNAPSHOT" in Engine.open(db).ask("tma-14m crew?").text  # it is read
    _set(db, stale)
    engine = Engine.open(db)
    assert engine.facts.loaded_from == "tables"
    text = engine.ask("tma-14m crew?").text
    assert "Soyuz TMA-14M flew with crew" in text and "SNAPSHOT" not in text


def test_a_store_with_a_stale_snapshot_is_rebuilt_at_start_up(real_db, tmp_path):
    db = tmp_path / "spacebot.db"
    shutil.copy(real_db, db)
    assert ensure_built(DATA, db) is None  # up to date
    _set(db, "update meta set value = '1:x:older engine' where key = 'snapshot_key'")
    result = ensure_built(DATA, db)
    assert result is not None and result.ok
    assert Engine.open(db).facts.loaded_from == "snapshot"


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_folding_plain_ascii_quickly_gives_what_the_full_folding_gives(text):
    # names and questions are mostly ASCII: fold() skips the Unicode steps for them
    assert fold(text) == _fold_any(text)


def test_parts_made_on_first_use_are_made_once_when_many_threads_ask(real_db):
    facts = open_facts(real_db)
    assert "stays" not in facts.__dict__  # not made yet
    names = ["stays", "trips", "seats_by_person", "members", "stay_starts"] * 4
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda name: (name, getattr(facts, name)), names))
    for name, value in got:
        assert value is getattr(facts, name)
    assert facts.stays == load_facts(real_db).stays


@given(
    st.text(alphabet="abcdeimnorstuvw", max_size=12),
    st.text(alphabet="abcdeimnorstuvw", max_size=12),
)
def test_a_pair_of_words_skipped_before_fuzzy_matching_could_never_have_matched(a, b):
    # parse skips rapidfuzz (and its import) for pairs that cannot reach the score: the
    # same words are then absorbed next to a name as before
    from rapidfuzz import fuzz

    from bot.qa.parse import may_be_alike

    if fuzz.ratio(a, b) >= 75:
        assert may_be_alike(a, b)
