"""Compare our fact store with the third-party reference datasets in ../shared/reference.

The references (described, with their known errors, in ../shared/reference/SOURCES.md):

- `astronauts_stavnichuk_corlett_2020.csv`: one row per person per flight, up and down
  vehicle (`ascend_shuttle` / `descend_shuttle`), to January 2020.
- `space_people_wikidata_2026-05.sqlite`: table `missions`, launch/landing times in UTC.
- `aspa_tblMissions.csv`: ISS expedition date ranges (rows `ISS-N`).

Every comparison yields `Disagreement`s. `tests/reference_exceptions.csv` lists the reviewed
ones (where the reference is wrong, or uses another convention), matched exactly on
check, reference, key, ours and theirs: when our data changes, the old exception stops
matching and the test says so.

This module is used by tests/test_reference.py, and run on its own it prints the current
disagreements as candidate rows for the exceptions file:

    python -m tests.reference_compare             # unexplained disagreements only, as CSV
    python -m tests.reference_compare --all       # every disagreement, explained or not
    python -m tests.reference_compare --stale     # exceptions that no longer match anything

Candidate rows come with empty `reason` and `evidence`: fill them in only after checking
that the reference (and not our data) is wrong.
"""

from __future__ import annotations

import csv
import io
import re
import sqlite3
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.store.facts import Facts, Flight
from bot.store.names import compact

# The matching of the astronauts CSV to our people and flights is shared with
# `spacebot data report`; the names are re-exported for tests/test_reference.py.
from bot.store.refmatch import NO_VEHICLE as _NO_VEHICLE
from bot.store.refmatch import PeopleIndex, RefPerson, normalise_vehicle, read_astronauts_csv
from bot.store.refmatch import cell as _cell
from bot.store.refmatch import vehicle_index as _vehicle_index

from .conftest import DATA, REFERENCE

EXCEPTIONS = Path(__file__).resolve().parent / "reference_exceptions.csv"

ASTRONAUTS_CSV = "astronauts_stavnichuk_corlett_2020.csv"
WIKIDATA_SQLITE = "space_people_wikidata_2026-05.sqlite"
ASPA_CSV = "aspa_tblMissions.csv"

EXCEPTION_COLUMNS = ["check", "reference", "key", "ours", "theirs", "reason", "evidence"]

# The astronauts CSV was gathered before 15 Jan 2020; flights after that are not in it.
ASTRONAUTS_CUTOFF = datetime(2020, 1, 15, tzinfo=UTC)


@dataclass(frozen=True)
class Disagreement:
    check: str  # crew | times | expeditions
    reference: str  # file name in ../shared/reference
    key: str  # what: `csv:1220 aleksandr-samokutyayev`, `soyuz-tma-1 landing`, `iss-18`
    ours: str
    theirs: str
    detail: str = field(default="", compare=False)  # context for a human, not matched

    @property
    def match_key(self) -> tuple[str, str, str, str, str]:
        return (self.check, self.reference, self.key, self.ours, self.theirs)

    def line(self) -> str:
        extra = f" ({self.detail})" if self.detail else ""
        return (
            f"{self.check} | {self.reference} | {self.key} | ours: {self.ours} | "
            f"theirs: {self.theirs}{extra}"
        )


@dataclass(frozen=True)
class KnownDisagreement:
    check: str
    reference: str
    key: str
    ours: str
    theirs: str
    reason: str
    evidence: str

    @property
    def match_key(self) -> tuple[str, str, str, str, str]:
        return (self.check, self.reference, self.key, self.ours, self.theirs)


def load_exceptions(path: Path = EXCEPTIONS) -> list[KnownDisagreement]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != EXCEPTION_COLUMNS:
            raise ValueError(f"{path.name}: header must be {','.join(EXCEPTION_COLUMNS)}")
        return [
            KnownDisagreement(**{k: (v or "").strip() for k, v in row.items()}) for row in reader
        ]


def split(
    found: list[Disagreement], exceptions: list[KnownDisagreement]
) -> tuple[list[Disagreement], list[KnownDisagreement]]:
    """(disagreements no exception explains, exceptions that explain nothing)."""
    known = {e.match_key for e in exceptions}
    seen = {d.match_key for d in found}
    return (
        [d for d in found if d.match_key not in known],
        [e for e in exceptions if e.match_key not in seen],
    )


def candidate_rows(found: list[Disagreement]) -> str:
    """CSV text (with header) for new exception rows, reason and evidence left to a human."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(EXCEPTION_COLUMNS)
    for d in found:
        w.writerow([d.check, d.reference, d.key, d.ours, d.theirs, "", ""])
    return out.getvalue()


def compare_crews(facts: Facts, rows: list[dict[str, str]]) -> tuple[int, list[Disagreement]]:
    """(person-flights compared, disagreements).

    A reference row is in scope when its up or down vehicle is one of our flights. Its person
    is looked for among our crews of those flights first, allowing a misspelt surname, then
    among everyone by exact surname. The row must then agree with that person's journey
    (our trip) through those flights. Then the other way round: each of our journeys on a
    flight the reference covers, before its January 2020 cut-off, must have a row.
    """
    ref_name = ASTRONAUTS_CSV
    vehicles = _vehicle_index(facts)
    people = PeopleIndex.of(facts)
    crew_of: dict[str, set[str]] = defaultdict(set)
    for s in facts.seats:
        crew_of[s.flight].add(s.person)
    out: list[Disagreement] = []
    compared = 0
    rows_of: dict[str, list[tuple[dict[str, str], str | None, str | None]]] = defaultdict(list)
    covered: set[str] = set()  # our flights the reference mentions at all

    for row in rows:
        up_raw, down_raw = _cell(row["ascend_shuttle"]), _cell(row["descend_shuttle"])
        up_key = normalise_vehicle(up_raw, "up")
        down_key = normalise_vehicle(down_raw, "down")
        up, down = vehicles.get(up_key), vehicles.get(down_key)
        ref = RefPerson.from_row(row)
        pool = crew_of[up or ""] | crew_of[down or ""]
        # In the crews of the row's flights any fit will do; among everyone, only a close one.
        pid = people.match(ref, pool, 1) or people.match(ref, people.candidates(ref), 3)
        if pid:
            rows_of[pid].append((row, up, down))
        if not up and not down:
            continue
        covered.update(x for x in (up, down) if x)
        compared += 1
        up_known, down_known = up_key not in _NO_VEHICLE, down_key not in _NO_VEHICLE
        theirs = (
            f"up {(up or up_raw) if up_known else '?'}, "
            f"down {(down or down_raw) if down_known else '?'}"
        )
        if pid is None:
            out.append(
                Disagreement(
                    "crew",
                    ref_name,
                    f"csv:{row['id']}",
                    "no such person",
                    theirs,
                    f"{row['name']} / {row['original_name']}, {row['year_of_mission']}",
                )
            )
            continue
        trips = facts.trips_by_person.get(pid, [])
        flights = {up, down} - {None}
        trip = (
            next((t for t in trips if up and t.up_flight == up), None)
            or next((t for t in trips if down and t.down_flight == down), None)
            or next((t for t in trips if {t.up_flight, t.down_flight} & flights), None)
        )
        key = f"csv:{row['id']} {pid}"
        if trip is None:
            out.append(Disagreement("crew", ref_name, key, "not on this flight", theirs))
            continue
        ours = f"up {trip.up_flight}, down {trip.down_flight or '-'}"
        same_up = not up_known or trip.up_flight == (up or up_raw)
        same_down = not down_known or (trip.down_flight or "-") == (down or down_raw)
        if not (same_up and same_down):
            out.append(Disagreement("crew", ref_name, key, ours, theirs))

    # Our journeys the reference does not have.
    for trip in facts.trips:
        f = facts.flights[trip.up_flight]
        if trip.up_flight not in covered or not f.launch or f.launch.dt >= ASTRONAUTS_CUTOFF:
            continue
        compared += 1
        mine = {trip.up_flight, trip.down_flight}
        if any(({u, d} - {None}) & mine for _, u, d in rows_of[trip.person]):
            continue
        # Say what the reference has for this person that year, if anything.
        year = str(f.launch.dt.year)
        same_year = [r for r, _, _ in rows_of[trip.person] if r["year_of_mission"] == year]
        theirs = "; ".join(
            f"csv:{r['id']} up {_cell(r['ascend_shuttle'])}, down {_cell(r['descend_shuttle'])}"
            for r in same_year
        )
        out.append(
            Disagreement(
                "crew",
                ref_name,
                f"{trip.up_flight} {trip.person}",
                f"up {trip.up_flight}, down {trip.down_flight or '-'}",
                theirs or "no row",
                facts.people[trip.person].name,
            )
        )
    return compared, out


# --------------------------------------------------------------------------------------
# Check 2: launch and landing times (wikidata sqlite)


def read_missions(path: Path) -> list[dict[str, object]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [
            dict(r)
            for r in conn.execute(
                "select name, launch_at, launch_precision, landing_at, landing_precision from missions"
            )
        ]
    finally:
        conn.close()


def _ref_instant(text: object, precision: object) -> tuple[datetime, bool] | None:
    """(UTC datetime, has time of day) from the sqlite; None when missing or coarser than a day."""
    if not text:
        return None
    prec = int(precision or 0)
    if prec < 11:
        return None
    dt = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    return dt, prec >= 12


def _fmt(dt: datetime, has_time: bool) -> str:
    if not has_time:
        return dt.strftime("%Y-%m-%d")
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ") if dt.second else dt.strftime("%Y-%m-%dT%H:%MZ")


def _times_agree(ours: tuple[datetime, bool], theirs: tuple[datetime, bool]) -> bool:
    (a, a_time), (b, b_time) = ours, theirs
    if a_time and b_time:
        return abs(a - b) <= timedelta(hours=1)
    return abs(a.date() - b.date()) <= timedelta(days=0 if a_time == b_time else 1)


def compare_times(
    facts: Facts, missions: list[dict[str, object]]
) -> tuple[int, list[Disagreement]]:
    """(times compared, disagreements): launch and landing within one hour of the sqlite's."""
    vehicles = _vehicle_index(facts)
    out: list[Disagreement] = []
    compared = 0
    for m in missions:
        fid = vehicles.get(compact(str(m["name"])))
        if not fid:
            continue
        flight: Flight = facts.flights[fid]
        for what, ours_i, at, prec in (
            ("launch", flight.launch, m["launch_at"], m["launch_precision"]),
            ("landing", flight.landing, m["landing_at"], m["landing_precision"]),
        ):
            theirs = _ref_instant(at, prec)
            if theirs is None:
                continue
            compared += 1
            key = f"{fid} {what}"
            if ours_i is None:
                out.append(
                    Disagreement(
                        "times",
                        WIKIDATA_SQLITE,
                        key,
                        "none",
                        _fmt(*theirs),
                        f"sqlite mission {m['name']!r}",
                    )
                )
                continue
            ours = (ours_i.dt, ours_i.has_time)
            if not _times_agree(ours, theirs):
                out.append(
                    Disagreement(
                        "times",
                        WIKIDATA_SQLITE,
                        key,
                        _fmt(*ours),
                        _fmt(*theirs),
                        f"sqlite mission {m['name']!r}",
                    )
                )
    return compared, out


# --------------------------------------------------------------------------------------
# Check 3: ISS expedition date ranges (ASPA)


def read_aspa(path: Path) -> dict[int, tuple[date, date]]:
    """ISS expedition number -> (start, end) from the ASPA missions table."""
    out: dict[int, tuple[date, date]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            m = re.fullmatch(r"ISS-(\d+)", (row["MissionName"] or "").strip())
            if m:
                out[int(m.group(1))] = (
                    _aspa_date(row["MissionStart"]),
                    _aspa_date(row["MissionEnd"]),
                )
    return out


def _aspa_date(text: str) -> date:
    text = text.strip()
    for fmt in ("%d-%b-%y", "%m/%d/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"unreadable ASPA date {text!r}")


def compare_expeditions(
    facts: Facts, aspa: dict[int, tuple[date, date]]
) -> tuple[int, list[Disagreement]]:
    """(expeditions compared, disagreements): start and end within one day, one row each."""
    out: list[Disagreement] = []
    compared = 0
    for e in sorted(facts.expeditions.values(), key=lambda e: e.number):
        if e.station != "iss" or e.number not in aspa:
            continue
        compared += 1
        start, end = aspa[e.number]
        ours_s = e.start.date if e.start else None
        ours_e = e.end.date if e.end else None
        off = []
        if ours_s is None or abs(ours_s - start) > timedelta(days=1):
            off.append("start")
        if ours_e is None or abs(ours_e - end) > timedelta(days=1):
            off.append("end")
        if off:
            out.append(
                Disagreement(
                    "expeditions",
                    ASPA_CSV,
                    e.id,
                    f"{ours_s or '-'} to {ours_e or '-'}",
                    f"{start} to {end}",
                    " and ".join(off)
                    + (" differ" if len(off) > 1 else " differs")
                    + " by more than a day",
                )
            )
    return compared, out


# --------------------------------------------------------------------------------------


def compare_all(
    facts: Facts, reference: Path = REFERENCE
) -> dict[str, tuple[int, list[Disagreement]]]:
    return {
        "crew": compare_crews(facts, read_astronauts_csv(reference / ASTRONAUTS_CSV)),
        "times": compare_times(facts, read_missions(reference / WIKIDATA_SQLITE)),
        "expeditions": compare_expeditions(facts, read_aspa(reference / ASPA_CSV)),
    }


def _facts_from_data() -> Facts:
    import tempfile

    from bot.store.build import build
    from bot.store.facts import load_facts

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "spacebot.db"
        result = build(DATA, db)
        if not result.ok:
            raise SystemExit("data does not build:\n" + "\n".join(map(str, result.problems[:20])))
        return load_facts(db)


def main(argv: list[str]) -> int:
    if not REFERENCE.is_dir():
        print(f"no reference folder at {REFERENCE}", file=sys.stderr)
        return 2
    facts = _facts_from_data()
    results = compare_all(facts)
    exceptions = load_exceptions()
    found = [d for _, ds in results.values() for d in ds]
    unexplained, stale = split(found, exceptions)
    for check, (n, ds) in results.items():
        print(f"{check}: {n} compared, {len(ds)} disagreements", file=sys.stderr)
    print(f"{len(unexplained)} unexplained, {len(stale)} stale exceptions", file=sys.stderr)
    if "--stale" in argv:
        for e in stale:
            print(",".join([e.check, e.reference, e.key, e.ours, e.theirs]))
        return 0
    print(candidate_rows(found if "--all" in argv else unexplained), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
