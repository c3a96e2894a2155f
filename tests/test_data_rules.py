"""Rules the real data must keep, checked on the store `spacebot build` makes from data/.

These guard facts a user asks about directly: who commanded the station on a given day,
and whether a government astronaut is ever counted as a paying tourist.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.store.when import parse_instant

# (expedition, handover day, outgoing commander, incoming commander): command passed at a
# change-of-command ceremony a day or more before the undocking that ended the expedition
# (or, for Expedition 74, mid-expedition before Crew-11's early return).
HANDOVERS = [
    ("iss-21", "2009-11-24", "frank-de-winne", "jeffrey-williams"),
    ("iss-22", "2010-03-17", "jeffrey-williams", "oleg-kotov"),
    ("iss-23", "2010-05-27", "oleg-kotov", "aleksandr-aleksandrovich-skvortsov"),
    ("iss-24", "2010-09-22", "aleksandr-aleksandrovich-skvortsov", "douglas-h-wheelock"),
    ("iss-25", "2010-11-24", "douglas-h-wheelock", "scott-kelly"),
    ("iss-26", "2011-03-14", "scott-kelly", "dmitri-kondratyev"),
    ("iss-27", "2011-05-22", "dmitri-kondratyev", "andrei-borisenko"),
    ("iss-28", "2011-09-14", "andrei-borisenko", "michael-e-fossum"),
    ("iss-30", "2012-04-25", "daniel-c-burbank", "oleg-kononenko"),
    ("iss-31", "2012-06-30", "oleg-kononenko", "gennady-padalka"),
    ("iss-32", "2012-09-15", "gennady-padalka", "sunita-williams"),
    ("iss-33", "2012-11-17", "sunita-williams", "kevin-a-ford"),
    ("iss-34", "2013-03-13", "kevin-a-ford", "chris-hadfield"),
    ("iss-35", "2013-05-12", "chris-hadfield", "pavel-vinogradov"),
    ("iss-36", "2013-09-09", "pavel-vinogradov", "fyodor-yurchikhin"),
    ("iss-38", "2014-03-09", "oleg-kotov", "koichi-wakata"),
    ("iss-39", "2014-05-12", "koichi-wakata", "steven-swanson"),
    ("iss-40", "2014-09-09", "steven-swanson", "maksim-surayev"),
    ("iss-42", "2015-03-10", "barry-wilmore", "terry-w-virts"),
    ("iss-43", "2015-06-10", "terry-w-virts", "gennady-padalka"),
    ("iss-44", "2015-09-05", "gennady-padalka", "scott-kelly"),
    ("iss-46", "2016-02-29", "scott-kelly", "timothy-kopra"),
    ("iss-50", "2017-04-09", "robert-s-kimbrough", "peggy-whitson"),
    ("iss-51", "2017-06-01", "peggy-whitson", "fyodor-yurchikhin"),
    ("iss-52", "2017-09-01", "fyodor-yurchikhin", "randolph-bresnik"),
    ("iss-53", "2017-12-13", "randolph-bresnik", "alexander-misurkin"),
    ("iss-56", "2018-10-03", "drew-feustel", "alexander-gerst"),
    ("iss-57", "2018-12-19", "alexander-gerst", "oleg-kononenko"),
    ("iss-59", "2019-06-23", "oleg-kononenko", "aleksey-ovchinin"),
    ("iss-60", "2019-10-02", "aleksey-ovchinin", "luca-parmitano"),
    ("iss-61", "2020-02-05", "luca-parmitano", "oleg-skripochka"),
    ("iss-62", "2020-04-15", "oleg-skripochka", "christopher-cassidy"),
    ("iss-63", "2020-10-20", "christopher-cassidy", "sergey-nikolayevich-ryzhikov"),
    ("iss-64", "2021-04-15", "sergey-nikolayevich-ryzhikov", "shannon-walker"),
    ("iss-66", "2022-03-29", "anton-shkaplerov", "thomas-marshburn"),
    ("iss-67", "2022-09-28", "oleg-artemyev", "samantha-cristoforetti"),
    ("iss-69", "2023-09-26", "sergey-prokopyev", "andreas-mogensen"),
    ("iss-71", "2024-09-22", "oleg-kononenko", "sunita-williams"),
    ("iss-72", "2025-04-18", "aleksey-ovchinin", "takuya-onishi"),
    ("iss-73", "2025-12-07", "sergey-nikolayevich-ryzhikov", "michael-fincke"),
    ("iss-74", "2026-01-12", "michael-fincke", "sergey-kud-sverchkov"),
]


def _commands(db) -> list[tuple[str, str, datetime, datetime]]:
    """Every ISS command span as (expedition, person, from, to), open ends filled from the
    expedition's own dates (an open end of a running expedition runs to the far future)."""
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "select c.expedition, c.person, coalesce(nullif(c.start_utc, ''), e.start_utc), "
        "coalesce(nullif(c.end_utc, ''), e.end_utc) from expedition_crew c "
        "join expeditions e on e.id = c.expedition where c.role = 'commander' "
        "and e.station = 'iss'"
    ).fetchall()
    conn.close()
    far = datetime.max.replace(tzinfo=UTC)
    spans = []
    for exp, person, start, end in rows:
        lo, hi = parse_instant(start), parse_instant(end)
        spans.append((exp, person, lo.dt, hi.dt if hi else far))
    return spans


def _commander_at(spans, moment: datetime) -> list[str]:
    return [person for _, person, lo, hi in spans if lo <= moment < hi]


@pytest.mark.parametrize(("expedition", "day", "outgoing", "incoming"), HANDOVERS)
def test_commander_on_handover_day_is_the_incoming_one(
    real_db, expedition, day, outgoing, incoming
):
    spans = _commands(real_db)
    noon = datetime.combine(date.fromisoformat(day), time(12), tzinfo=UTC)
    assert _commander_at(spans, noon) == [incoming], f"{expedition} on {day}"
    day_before = noon - timedelta(days=1)
    assert _commander_at(spans, day_before) == [outgoing], f"{expedition} the day before {day}"


def test_the_iss_never_has_two_commanders_at_once(real_db):
    spans = sorted(_commands(real_db), key=lambda s: s[2])
    clashes = [
        f"{a[1]} ({a[0]}) and {b[1]} ({b[0]}) from {b[2]:%Y-%m-%d %H:%M}"
        for a, b in zip(spans, spans[1:], strict=False)
        if b[2] < a[3]
    ]
    assert not clashes, "overlapping ISS command spans:\n" + "\n".join(clashes)


# Astronauts sent by their governments on Axiom flights: never paying tourists.
GOVERNMENT_ASTRONAUTS = [
    "rayyanah-barnawi",
    "ali-alqarni",
    "alper-gezeravci",
    "walter-villadei",
    "marcus-wandt",
    "shubhanshu-shukla",
    "slawosz-uznanski-wisniewski",
    "tibor-kapu",
]
PAYING_TOURISTS = ["dennis-tito", "mark-shuttleworth", "yusaku-maezawa", "larry-connor"]


def _kinds(db) -> dict[str, str]:
    conn = sqlite3.connect(db)
    kinds = dict(conn.execute("select id, kind from people"))
    conn.close()
    return kinds


def test_government_astronauts_on_commercial_flights_are_not_tourists(real_db):
    kinds = _kinds(real_db)
    wrong = {p: kinds.get(p) for p in GOVERNMENT_ASTRONAUTS if kinds.get(p) != "government"}
    assert not wrong, f"should be kind 'government', not a participant: {wrong}"
    assert all(kinds[p] == "participant" for p in PAYING_TOURISTS)


def test_every_person_has_flown(real_db):
    """A person row exists because of a flight: one with no crew row is an unfinished entry
    (a crew announced but not flown is not a fact the bot can answer about yet)."""
    conn = sqlite3.connect(real_db)
    grounded = [
        r[0]
        for r in conn.execute("select id from people where id not in (select person from crew)")
    ]
    conn.close()
    assert not grounded, f"people with no flight: {grounded}"


def test_orbit_counts_fit_each_flights_length(engine):
    """An orbit count that the flight's own length cannot hold is a typo or a wrong flight:
    a crewed low orbit takes 86 to 92 minutes, NASA's Gemini counts are revolutions over
    the turning Earth (up to ~97 minutes each, with launch and re-entry), and a count may
    leave out the last, partial one."""
    facts = engine.facts
    assert facts.orbits, "data/orbits.csv holds the early flights' counts"
    for o in facts.orbits.values():
        f = facts.flights[o.id]
        minutes = (f.landing.dt - f.launch.dt).total_seconds() / 60
        assert minutes / 100 - 1 <= o.count <= minutes / 86, (o.id, o.count, round(minutes))
