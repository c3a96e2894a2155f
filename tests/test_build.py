"""`spacebot build`: validation errors name file, line and problem; failed builds change nothing."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bot.store.build import build, check, ensure_built, stored_hash


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def _messages(data: Path) -> list[str]:
    _, problems = check(data)
    return [str(p) for p in problems]


def test_fixture_builds_with_keys_indexes_and_meta(mini_data, tmp_path):
    db = tmp_path / "x.db"
    result = build(mini_data, db)
    assert result.ok, result.problems
    assert result.counts["flights"] == 4
    conn = sqlite3.connect(db)
    fks = conn.execute("pragma foreign_key_list(crew)").fetchall()
    assert {row[2] for row in fks} == {"flights", "people"}
    indexes = {r[1] for r in conn.execute("select * from sqlite_master where type='index'")}
    assert any("crew_person" in i for i in indexes)
    meta = dict(conn.execute("select key, value from meta"))
    assert meta["rows_flights"] == "4" and len(meta["data_hash"]) == 64
    # the TMA-16M launch crew and landing crew differ, and the store says so
    up = {
        r[0]
        for r in conn.execute(
            "select person from crew where flight='soyuz-tma-16m' and direction in ('up','both')"
        )
    }
    down = {
        r[0]
        for r in conn.execute(
            "select person from crew where flight='soyuz-tma-16m' and direction in ('down','both')"
        )
    }
    assert "scott-kelly" in up and "scott-kelly" not in down
    assert "andreas-mogensen" in down and "andreas-mogensen" not in up


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "crew/slice.csv",
            "soyuz-tma-14m,barry-wilmore",
            "soyuz-tma-14m,barry-wilmoore",
            "person 'barry-wilmoore' is not an id in people",
        ),
        ("flights/slice.csv", "2015-03-12T02:07", "2015-03-32T02:07", "is not a UTC time"),
        (
            "flights/slice.csv",
            "2015-03-12T02:07",
            "2014-03-12T02:07",
            "landing_utc is before launch_utc",
        ),
        (
            "expeditions/slice.csv",
            "iss-42,iss,42",
            "iss-42,iss,forty-two",
            "number 'forty-two' is not a number",
        ),
        ("crew/slice.csv", ",both,", ",sideways,", "direction 'sideways' is not one of"),
        ("flights/slice.csv", ",soyuz,", ",zeppelin,", "program 'zeppelin' is not one of"),
    ],
)
def test_each_validation_error_names_file_line_and_problem(mini_data, file, old, new, expected):
    _edit(mini_data / file, old, new)
    messages = _messages(mini_data)
    hits = [m for m in messages if expected in m]
    assert hits, messages
    assert hits[0].startswith(file + ":"), hits[0]
    line = int(hits[0].split(":")[1])
    assert new in (mini_data / file).read_text().splitlines()[line - 1]


def test_duplicate_id_points_at_the_first(mini_data):
    people = mini_data / "people" / "slice.csv"
    lines = people.read_text(encoding="utf-8").splitlines()
    wilmore = next(line for line in lines if line.startswith("barry-wilmore,"))
    (mini_data / "people" / "more.csv").write_text(lines[0] + "\n" + wilmore + "\n")
    messages = _messages(mini_data)
    # files are read in name order: more.csv first, so slice.csv holds the duplicate
    assert any(
        m.startswith("people/slice.csv:")
        and "duplicate id barry-wilmore (first at people/more.csv:2)" in m
        for m in messages
    ), messages


def test_alias_naming_two_people_is_refused_unless_marked_shared(mini_data):
    people = mini_data / "people" / "slice.csv"
    _edit(people, "Butch Wilmore", "Butch Wilmore|Gennady Padalka")
    messages = _messages(mini_data)
    assert any("alias 'Gennady Padalka' also names" in m for m in messages), messages
    _edit(people, "|Gennady Padalka", "|~Gennady Padalka")
    assert not any("also names" in m for m in _messages(mini_data))


@pytest.mark.parametrize(
    "mirror",
    [
        "https://s.cnmilf.com/wiki/Matthew_Dominick",  # a subdomain of a listed mirror
        "https://wikimili.com/en/Yelena_Serova",
        "HTTPS://WWW.MEMIM.COM/yelena-serova.html",  # hosts are case-insensitive
    ],
)
def test_source_on_a_mirror_site_is_refused_with_file_and_line(mini_data, mirror):
    people = mini_data / "people" / "slice.csv"
    _edit(people, "https://en.wikipedia.org/wiki/Yelena_Serova", mirror)
    hits = [m for m in _messages(mini_data) if "a site that copies other pages" in m]
    assert len(hits) == 1, hits
    assert hits[0].startswith("people/slice.csv:"), hits[0]
    line = int(hits[0].split(":")[1])
    assert people.read_text(encoding="utf-8").splitlines()[line - 1].startswith("yelena-serova,")


def test_original_sources_and_reference_names_are_not_taken_for_mirrors(mini_data):
    people = mini_data / "people" / "slice.csv"
    _edit(
        people,
        "https://en.wikipedia.org/wiki/Yelena_Serova",
        "https://en.wikipedia.org/wiki/Yelena_Serova | https://www.nasa.gov/memim.com | "
        "aspa_tblMissions.csv | https://notmemim.com/x",
    )
    assert not any("copies other pages" in m for m in _messages(mini_data))


def test_overlapping_flights_for_one_person(mini_data):
    # put Wilmore on TMA-15M too, while he was still up on TMA-14M
    crew = mini_data / "crew" / "slice.csv"
    crew.write_text(crew.read_text() + "soyuz-tma-15m,barry-wilmore,flight engineer,both,test,\n")
    assert any("barry-wilmore is on two overlapping flights" in m for m in _messages(mini_data))


def test_bad_header_and_bad_csv_quoting(mini_data):
    flights = mini_data / "flights" / "slice.csv"
    _edit(flights, "landing_kind,", "landing_type,")
    people = mini_data / "people" / "slice.csv"
    people.write_text(people.read_text() + 'broken,"unterminated\n')
    messages = _messages(mini_data)
    assert any(
        m.startswith("flights/slice.csv:1:") and "missing landing_kind" in m for m in messages
    )
    assert any(
        m.startswith("people/slice.csv:") and ("bad CSV" in m or "fields" in m) for m in messages
    )


def test_not_utf8_is_reported(mini_data):
    (mini_data / "people" / "latin1.csv").write_bytes(
        (mini_data / "people" / "slice.csv").read_text().splitlines()[0].encode()
        + "\nx,Jos\xe9\n".encode("latin-1")
    )
    assert any("people/latin1.csv:1: not UTF-8" in m for m in _messages(mini_data))


def test_all_errors_reported_at_once(mini_data):
    _edit(mini_data / "crew" / "slice.csv", "soyuz-tma-14m,barry-wilmore", "soyuz-tma-14m,nobody")
    _edit(mini_data / "flights" / "slice.csv", "2015-03-12T02:07", "yesterday")
    assert len(_messages(mini_data)) >= 2


def test_failed_build_leaves_previous_database_intact(mini_data, tmp_path):
    db = tmp_path / "store.db"
    assert build(mini_data, db).ok
    before = db.read_bytes()
    _edit(mini_data / "crew" / "slice.csv", "soyuz-tma-14m,barry-wilmore", "soyuz-tma-14m,nobody")
    result = build(mini_data, db)
    assert not result.ok and result.problems
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))


def test_ensure_built_builds_once_and_rebuilds_on_change(mini_data, tmp_path):
    db = tmp_path / "store.db"
    assert ensure_built(mini_data, db).ok
    assert ensure_built(mini_data, db) is None  # up to date
    first = stored_hash(db)
    _edit(mini_data / "flights" / "slice.csv", "Baikonur Cosmodrome", "Baikonur Cosmodrome ")
    _edit(mini_data / "flights" / "slice.csv", "146 km", "145 km")
    assert ensure_built(mini_data, db).ok
    assert stored_hash(db) != first


def test_an_edit_that_keeps_the_size_is_seen_and_a_touch_is_not_a_change(mini_data, tmp_path):
    db = tmp_path / "store.db"
    assert ensure_built(mini_data, db).ok
    first = stored_hash(db)
    flights = mini_data / "flights" / "slice.csv"
    size = flights.stat().st_size
    flights.write_bytes(flights.read_bytes().replace(b"146 km", b"145 km"))  # same size
    assert flights.stat().st_size == size
    assert ensure_built(mini_data, db).ok
    assert stored_hash(db) != first
    second = stored_hash(db)
    os.utime(flights)  # new time, same bytes: checked by hash, nothing to build
    assert ensure_built(mini_data, db) is None
    assert stored_hash(db) == second


def test_real_data_builds(real_db):
    conn = sqlite3.connect(real_db)
    assert conn.execute("select count(*) from flights").fetchone()[0] > 10
