"""Spacewalks and station events as data: what validation refuses, what the store holds."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.store.build import build, check
from bot.store.facts import load_facts

HEADER = "id,name,station,flight,start_utc,end_utc,crew,kind,airlock,purpose,source,notes\n"
SOURCE = "https://www.nasa.gov/feature/spacewalkers-complete-cable-job"
# Wilmore and Virts's three Expedition 42 spacewalks (both were aboard from TMA-14M/15M)
EXP42 = [
    "iss-us-eva-29,US EVA 29,iss,,2015-02-21T12:45Z,2015-02-21T19:26Z,"
    f"barry-wilmore|terry-w-virts,eva,Quest,Cables for the docking adapters.,{SOURCE},",
    "iss-us-eva-30,US EVA 30,iss,,2015-02-25T11:51Z,2015-02-25T18:34Z,"
    f"barry-wilmore|terry-w-virts,eva,Quest,More cables.,{SOURCE},",
    "iss-us-eva-31,US EVA 31,iss,,2015-03-01T11:52Z,2015-03-01T17:30Z,"
    f"terry-w-virts|barry-wilmore,eva,Quest,Antennas and cables.,{SOURCE},",
]


def _write_evas(data: Path, rows: list[str]) -> None:
    (data / "evas").mkdir(exist_ok=True)
    (data / "evas" / "iss-test.csv").write_text(HEADER + "\n".join(rows) + "\n")


def _problems(data: Path) -> list[str]:
    _, problems = check(data)
    return [str(p) for p in problems]


def test_a_built_store_has_each_walkers_evas_in_order(mini_data, tmp_path):
    _write_evas(mini_data, list(reversed(EXP42)))
    (mini_data / "events.csv").write_text(
        "id,date_utc,station,flight,people,kind,summary,module,source,notes\n"
        "test-leak,2015-01-14T09:00Z,iss,,barry-wilmore|yelena-serova,leak,"
        "An alarm that turned out false.,Destiny,https://www.nasa.gov/x,\n"
    )
    result = build(mini_data, tmp_path / "s.db")
    assert result.ok, result.problems
    assert result.counts["evas"] == 3 and result.counts["eva_crew"] == 6
    facts = load_facts(tmp_path / "s.db")
    walks = facts.evas_of("barry-wilmore")
    assert [e.name for e in walks] == ["US EVA 29", "US EVA 30", "US EVA 31"]
    assert walks[0].crew == ("barry-wilmore", "terry-w-virts")  # EV1 first, as written
    assert walks[0].duration == timedelta(hours=6, minutes=41)
    assert sum((e.duration for e in walks), timedelta()) == timedelta(hours=19, minutes=2)
    assert facts.evas_of("barry-wilmore", until=walks[1].start.dt) == walks[:2]
    assert facts.evas_of("yelena-serova") == []
    event = facts.events["test-leak"]
    assert event.people == ("barry-wilmore", "yelena-serova") and event.kind == "leak"


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (EXP42[0].replace("19:26Z", "11:26Z"), "end_utc is not after start_utc"),
        (EXP42[0].replace("2015-02-21T19:26Z", "2015-02-22T19:26Z"), "longer than any EVA"),
        # TMA-14M launched on 25 Sep 2014: nobody of its crew was in space in August
        (EXP42[0].replace("2015-02-21", "2014-08-21"), "barry-wilmore was not in space"),
        (EXP42[0].replace("terry-w-virts", "yuri-gagarin"), "'yuri-gagarin' is not an id"),
        (EXP42[0].replace("|terry-w-virts", "|barry-wilmore"), "lists someone twice"),
        (EXP42[0].replace(",eva,", ",moonwalk,"), "kind 'moonwalk' is not one of"),
        (EXP42[0].replace(",iss,", ",iss-2,"), "station 'iss-2' is not an id"),
        (EXP42[0].replace(",iss,,", ",iss,soyuz-tma-16m,"), "not between soyuz-tma-16m's"),
    ],
)
def test_a_bad_eva_row_is_reported_with_file_and_line(mini_data, row, message):
    _write_evas(mini_data, [EXP42[1], row])
    problems = _problems(mini_data)
    assert any(p.startswith("evas/iss-test.csv:3: ") and message in p for p in problems), problems


def test_nobody_walks_twice_at_once(mini_data):
    overlapping = EXP42[1].replace("iss-us-eva-30", "iss-us-eva-30b").replace(
        "2015-02-25T11:51Z", "2015-02-21T19:00Z"
    ).replace("2015-02-25T18:34Z", "2015-02-21T20:00Z")  # fmt: skip
    _write_evas(mini_data, [EXP42[0], overlapping])
    problems = _problems(mini_data)
    assert "evas/iss-test.csv:3: barry-wilmore is in two EVAs at once: this and " in "\n".join(
        problems
    )


def test_a_bad_event_row_is_reported(mini_data):
    (mini_data / "events.csv").write_text(
        "id,date_utc,station,flight,people,kind,summary,module,source,notes\n"
        "x,2015-13-01,iss,,barry-wilmore,meltdown,What.,,https://x,\n"
    )
    problems = "\n".join(_problems(mini_data))
    assert "events.csv:2: date_utc '2015-13-01' is not a UTC time" in problems
    assert "events.csv:2: kind 'meltdown' is not one of" in problems


# The real data.


def test_the_real_store_has_the_iss_spacewalks_and_events(engine):
    facts = engine.facts
    iss = [e for e in facts.evas.values() if e.station == "iss"]
    assert len(iss) >= 100
    wilmore_2015 = [e.name for e in facts.evas_of("barry-wilmore") if e.start.dt.year == 2015]
    assert wilmore_2015 == ["US EVA 29", "US EVA 30", "US EVA 31"]
    first_all_woman = facts.evas["iss-us-eva-58"]
    assert first_all_woman.crew == ("christina-koch", "jessica-meir")
    assert first_all_woman.duration == timedelta(hours=7, minutes=17)
    fire = facts.events["mir-fire-1997"]
    assert fire.kind == "fire" and fire.module == "mir-kvant-1" and len(fire.people) == 6
    assert facts.events["soyuz-ms-22-coolant-leak"].flight == "soyuz-ms-22"


def test_every_iss_spacewalk_since_2014_has_an_end(engine):
    """The ISS has had a spacewalk every few months; each one we list has both hatch times."""
    # Earlier eras may hold a walk whose hatch times no source gives (date only, by the data rules).
    open_ended = [
        e.id
        for e in engine.facts.evas.values()
        if e.station == "iss" and e.start.dt.year >= 2014 and not e.duration
    ]
    assert open_ended == []


def test_the_data_report_counts_evas_and_lists_those_without_an_end(mini_data, tmp_path):
    from bot.store.report import data_report, eva_counts

    no_end = EXP42[2].replace("2015-03-01T17:30Z", "")
    _write_evas(mini_data, [EXP42[0], EXP42[1], no_end])
    assert build(mini_data, tmp_path / "s.db").ok
    facts = load_facts(tmp_path / "s.db")
    assert eva_counts(facts) == {("iss", "2015"): (3, pytest.approx(6 + 41 / 60 + 6 + 43 / 60))}
    report = data_report(facts)
    assert "Spacewalks (EVAs): 3, events: 0" in report
    assert "EVAs without an end time (or with a date only): 1" in report
    assert "evas/iss-us-eva-31" in report
    assert "reference not found, not compared" in report


def test_the_real_store_has_tiangong_spacewalks(engine):
    facts = engine.facts
    tiangong = [e for e in facts.evas_by_start if e.station == "tiangong"]
    assert tiangong[0].id == "shenzhou-12-eva-1"  # the first spacewalk from Tiangong
    assert [e.start.date.isoformat() for e in facts.evas_of("wang-yaping")] == ["2021-11-07"]
    longest = max((e for e in facts.evas.values() if e.duration), key=lambda e: e.duration)
    assert longest.id == "shenzhou-19-eva-1"
    assert longest.duration == timedelta(hours=9, minutes=6)
    assert len(facts.evas_of("cai-xuzhe")) == 5


def test_a_persons_eva_record_is_complete_only_inside_the_covered_eras(engine):
    from bot.store.eva_reference import evas_complete_for

    facts = engine.facts
    assert evas_complete_for(facts, "jasmin-moghbeli")  # one flight, 2023, ISS
    assert evas_complete_for(facts, "wang-yaping")  # Tiangong-1 (none) and Tiangong
    assert evas_complete_for(facts, "peggy-whitson")  # every ISS era, 1998 on, is in
    assert not evas_complete_for(facts, "anatoly-solovyev")  # Mir is outside the covered eras
    assert not evas_complete_for(facts, "zhai-zhigang")  # Shenzhou 7's free-flyer EVA
