"""The indexes a large store answers "who was the first woman on the ISS" from (trips by
station, sex, nationality and date; flights by program and station) give the answers a
scan of every trip and flight gives. The real store is below the size where they are
used, so here they are forced on."""

from __future__ import annotations

import json

import bot.qa.execute as execute
from bot.qa.engine import Engine

from .conftest import ROOT

SETS = [ROOT.parent / "shared" / "eval" / "dev.jsonl", ROOT / "tests" / "questions" / "own.jsonl"]
# trips under way on a date (the longest trip bounds where to look), a West German (also
# a German), launch and landing dates, a station, a program
MORE = [
    "how many people flew in 1997",
    "who flew to space in 1998",
    "which americans flew on soyuz in 2010",
    "who flew in march 2001",
    "who from west germany flew to space",
    "who landed on 11 march 2015",
    "who was the first russian woman on the iss",
    "first shuttle flight to start building the iss?",
]


def _answers(db, questions: list[str]) -> list[tuple[str, str, bool]]:
    engine = Engine.open(db)
    return [(a.text, a.intent, a.answered) for a in map(engine.ask, questions)]


def test_indexed_trips_and_flights_give_the_answers_a_scan_gives(real_db, monkeypatch):
    questions = MORE + [
        json.loads(line)["q"]
        for path in SETS
        if path.is_file()
        for line in path.read_text().splitlines()
        if line.strip()
    ]
    assert len(questions) > 300
    scanned = _answers(real_db, questions)
    monkeypatch.setattr(execute, "INDEX_TRIPS_FROM", 0)
    indexed = _answers(real_db, questions)
    for q, a, b in zip(questions, scanned, indexed, strict=True):
        assert a == b, q
