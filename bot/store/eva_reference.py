"""Our spacewalks against the astronauts CSV's EVA columns (Stavnichuk & Corlett 2020).

The CSV gives, per person per flight, the number of EVAs (`field21`) and their hours
(`eva_hrs_mission`), and each person's career EVA hours (`total_eva_hrs`), to January
2020. Only flights whose every EVA data/evas covers can be compared: a row is in scope
when its person's trip (matched as in the crew cross-check) went to a station in
`COVERED` and lies inside that station's span; a flight still under way in January 2020
is compared up to the cut-off. A career total is compared when every one of the
person's rows is in scope. Hours agree within `HOURS_TOLERANCE`: the CSV gives two
decimals and is not always consistent about rounding.

Used by tests/test_eva_reference.py (with reviewed exceptions) and `spacebot data report`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from .facts import Eva, Facts, Trip
from .refmatch import PeopleIndex, RefPerson, cell, normalise_vehicle, vehicle_index

# Where data/evas holds every EVA: station -> (from, to). Extend it when an era is added:
# a person's EVA count is only complete when all their trips lie inside these spans.
# Tiangong-1 and Tiangong-2 had no spacewalks at all, so they are complete by definition.
COVERED: dict[str, tuple[datetime, datetime]] = {
    "iss": (datetime(1998, 11, 20, tzinfo=UTC), datetime(2025, 11, 1, tzinfo=UTC)),
    "tiangong": (datetime(2021, 4, 29, tzinfo=UTC), datetime(2025, 11, 1, tzinfo=UTC)),
    "tiangong-1": (datetime(2011, 9, 29, tzinfo=UTC), datetime(2018, 4, 3, tzinfo=UTC)),
    "tiangong-2": (datetime(2016, 9, 15, tzinfo=UTC), datetime(2019, 7, 20, tzinfo=UTC)),
}
HOURS_TOLERANCE = 0.1  # six minutes
# The CSV was gathered before 15 Jan 2020; EVAs after that are not in it.
CUTOFF = datetime(2020, 1, 15, tzinfo=UTC)


@dataclass(frozen=True)
class EvaMismatch:
    key: str  # `csv:1207 <person> <up flight>` for a flight, `career <person>` for a total
    person: str
    ours: tuple[int, float]  # (EVAs, hours)
    theirs: tuple[int, float]
    walks: tuple[str, ...] = field(default=(), compare=False)  # our EVA names, for a reader


def say(count_hours: tuple[int, float]) -> str:
    return f"{count_hours[0]} EVAs, {count_hours[1]:.2f} h"


def _hours(walks: list[Eva]) -> float:
    return sum((w.duration or timedelta(0) for w in walks), timedelta(0)).total_seconds() / 3600


def _agree(ours: tuple[int, float], theirs: tuple[int, float]) -> bool:
    return ours[0] == theirs[0] and abs(ours[1] - theirs[1]) <= HOURS_TOLERANCE


def trip_covered(facts: Facts, trip: Trip, until: datetime | None = None) -> bool:
    """Whether data/evas holds every EVA the trip could have had (up to `until`)."""
    span = COVERED.get(facts.flights[trip.up_flight].station)
    if span is None:
        return False
    end = trip.end or until or span[1]
    if until is not None:
        end = min(end, until)
    return span[0] <= trip.start and end <= span[1]


def evas_complete_for(facts: Facts, person: str) -> bool:
    """Whether a person's EVA count and time from data/evas is their whole career: every
    trip of theirs went to a station and era data/evas covers. Whitson's 2002 and 2008
    spacewalks are not in it yet, so her count would be short: answer only when True."""
    trips = facts.trips_by_person.get(person, [])
    return all(trip_covered(facts, t) for t in trips)


def _covered(facts: Facts, trip: Trip) -> bool:
    return trip_covered(facts, trip, until=CUTOFF)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def compare_evas(
    facts: Facts, rows: list[dict[str, str]]
) -> tuple[int, list[EvaMismatch], set[str]]:
    """(flights and careers compared, mismatches, people compared)."""
    vehicles = vehicle_index(facts)
    people = PeopleIndex.of(facts)
    crew_of: dict[str, set[str]] = defaultdict(set)
    for s in facts.seats:
        crew_of[s.flight].add(s.person)
    out: list[EvaMismatch] = []
    compared = 0
    compared_people: set[str] = set()
    rows_of: dict[str, list[tuple[dict[str, str], Trip | None]]] = defaultdict(list)
    for row in rows:
        up = vehicles.get(normalise_vehicle(cell(row["ascend_shuttle"]), "up"))
        down = vehicles.get(normalise_vehicle(cell(row["descend_shuttle"]), "down"))
        ref = RefPerson.from_row(row)
        pool = crew_of[up or ""] | crew_of[down or ""]
        pid = people.match(ref, pool, 1) or people.match(ref, people.candidates(ref), 3)
        if pid is None:
            continue
        trips = facts.trips_by_person.get(pid, [])
        trip = next((t for t in trips if up and t.up_flight == up), None) or next(
            (t for t in trips if down and t.down_flight == down), None
        )
        rows_of[pid].append((row, trip))
        if trip is None or not _covered(facts, trip):
            continue
        compared += 1
        compared_people.add(pid)
        end = min(trip.end or CUTOFF, CUTOFF)
        walks = [e for e in facts.evas_of(pid) if trip.start <= e.start.dt <= end]
        ours = (len(walks), _hours(walks))
        theirs = (int(_number(row["field21"])), _number(row["eva_hrs_mission"]))
        if not _agree(ours, theirs):
            key = f"csv:{row['id']} {pid} {trip.up_flight}"
            out.append(EvaMismatch(key, pid, ours, theirs, tuple(w.name for w in walks)))
    for pid, entries in rows_of.items():
        if not all(trip is not None and _covered(facts, trip) for _, trip in entries):
            continue
        compared += 1
        walks = [w for w in facts.evas_of(pid) if w.start.dt < CUTOFF]
        ours = (len(walks), _hours(walks))
        theirs = (
            sum(int(_number(r["field21"])) for r, _ in entries),
            _number(entries[0][0]["total_eva_hrs"]),
        )
        if not _agree(ours, theirs):
            out.append(EvaMismatch(f"career {pid}", pid, ours, theirs))
    return compared, out, compared_people
