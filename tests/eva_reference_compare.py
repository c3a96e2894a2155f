"""Compare our spacewalks with the EVA counts and hours of the astronauts CSV.

The astronauts CSV (Stavnichuk & Corlett, to January 2020; see ../shared/reference/SOURCES.md)
gives, per person per flight, the number of EVAs (`field21`) and their hours
(`eva_hrs_mission`), and each person's career EVA hours (`total_eva_hrs`).

Only flights whose every EVA our data/evas covers can be compared: a reference row is in
scope when its person's trip (matched as in the crew check) went to a station and era in
`COVERED` and ended before the CSV's cut-off (a flight still under way in January 2020
is compared up to the cut-off). A career total is compared when every one of that
person's reference rows is in scope. Hours agree within `HOURS_TOLERANCE`: the CSV gives
two decimals and is not always consistent about rounding.

Reviewed disagreements live in tests/eva_reference_exceptions.csv, matched like the crew
check's. Run on its own this prints the unexplained ones as candidate rows:

    python -m tests.eva_reference_compare
"""

from __future__ import annotations

import csv
import io
import sys
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store.facts import Eva, Facts, Trip

from . import reference_compare as rc

EXCEPTIONS = Path(__file__).resolve().parent / "eva_reference_exceptions.csv"
CHECK = "evas"

# Where data/evas holds every EVA: station -> (from, to). A trip is comparable only when
# it went to one of these stations and lies wholly inside the span.
COVERED: dict[str, tuple[datetime, datetime]] = {
    "iss": (datetime(2014, 1, 1, tzinfo=UTC), datetime(2025, 11, 1, tzinfo=UTC)),
}
HOURS_TOLERANCE = 0.1  # six minutes


def _hours(walks: list[Eva]) -> float:
    return sum((w.duration or timedelta(0) for w in walks), timedelta(0)).total_seconds() / 3600


def _say(count: int, hours: float) -> str:
    return f"{count} EVAs, {hours:.2f} h"


def _agree(ours: tuple[int, float], theirs: tuple[int, float]) -> bool:
    return ours[0] == theirs[0] and abs(ours[1] - theirs[1]) <= HOURS_TOLERANCE


def _covered(facts: Facts, trip: Trip) -> bool:
    station = facts.flights[trip.up_flight].station
    span = COVERED.get(station)
    if span is None:
        return False
    end = trip.end or rc.ASTRONAUTS_CUTOFF
    return span[0] <= trip.start and min(end, rc.ASTRONAUTS_CUTOFF) <= span[1]


def _walks_in(facts: Facts, person: str, trip: Trip) -> list[Eva]:
    end = min(trip.end or rc.ASTRONAUTS_CUTOFF, rc.ASTRONAUTS_CUTOFF)
    return [e for e in facts.evas_of(person) if trip.start <= e.start.dt <= end]


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def compare_evas(
    facts: Facts, rows: list[dict[str, str]]
) -> tuple[int, list[rc.Disagreement], set[str]]:
    """(person-flights and careers compared, disagreements, people compared)."""
    vehicles = rc._vehicle_index(facts)
    people = rc.PeopleIndex.of(facts)
    crew_of: dict[str, set[str]] = defaultdict(set)
    for s in facts.seats:
        crew_of[s.flight].add(s.person)
    out: list[rc.Disagreement] = []
    compared = 0
    compared_people: set[str] = set()
    rows_of: dict[str, list[tuple[dict[str, str], Trip | None]]] = defaultdict(list)
    for row in rows:
        up = vehicles.get(rc.normalise_vehicle(rc._cell(row["ascend_shuttle"]), "up"))
        down = vehicles.get(rc.normalise_vehicle(rc._cell(row["descend_shuttle"]), "down"))
        ref = rc.RefPerson.from_row(row)
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
        walks = _walks_in(facts, pid, trip)
        ours = (len(walks), _hours(walks))
        theirs = (int(_number(row["field21"])), _number(row["eva_hrs_mission"]))
        if not _agree(ours, theirs):
            out.append(
                rc.Disagreement(
                    CHECK,
                    rc.ASTRONAUTS_CSV,
                    f"csv:{row['id']} {pid} {trip.up_flight}",
                    _say(*ours),
                    _say(*theirs),
                    ", ".join(w.name for w in walks),
                )
            )
    # Career totals, for people whose every reference flight could be compared.
    for pid, entries in rows_of.items():
        if not all(trip is not None and _covered(facts, trip) for _, trip in entries):
            continue
        compared += 1
        walks = [w for w in facts.evas_of(pid) if w.start.dt < rc.ASTRONAUTS_CUTOFF]
        ours = (len(walks), _hours(walks))
        theirs = (
            sum(int(_number(r["field21"])) for r, _ in entries),
            _number(entries[0][0]["total_eva_hrs"]),
        )
        if not _agree(ours, theirs):
            out.append(
                rc.Disagreement(
                    CHECK, rc.ASTRONAUTS_CSV, f"career {pid}", _say(*ours), _say(*theirs)
                )
            )
    return compared, out, compared_people


def main(argv: list[str]) -> int:
    facts = rc._facts_from_data()
    rows = rc.read_astronauts_csv(rc.REFERENCE / rc.ASTRONAUTS_CSV)
    compared, found, who = compare_evas(facts, rows)
    known = rc.load_exceptions(EXCEPTIONS)
    unexplained, stale = rc.split(found, known)
    shown = found if "--all" in argv else unexplained
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(rc.EXCEPTION_COLUMNS)
    for d in shown:
        writer.writerow([d.check, d.reference, d.key, d.ours, d.theirs, "", d.detail])
    sys.stdout.write(buf.getvalue())
    print(
        f"# {compared} compared ({len(who)} people), {len(found)} disagreements, "
        f"{len(unexplained)} unexplained, {len(stale)} stale exceptions",
        file=sys.stderr,
    )
    return 1 if unexplained or stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
