"""`spacebot data report`: what the store holds, and every gap a contributor could fill.

A pure function of the loaded `Facts`, so it runs the same from the CLI, a test or a
notebook. The output is plain text in aligned columns, meant for a terminal:

1. totals, then counts by station, by program and by launch year;
2. spacewalks by station and year, EVAs without an end time, and EVA totals that
   disagree with the astronauts CSV (when ../shared/reference is at hand);
3. gaps, one line per row: the row's id and what is missing;
4. a summary of the gaps, ending with one line of totals.

Counting conventions: "seats" are launch seats (crew rows with direction `up` or
`both`), "people" are the distinct people who launched on those flights, and
"expeditions" are counted by station and by the year they started. Every station is
listed, even one with no flights yet.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .eva_reference import compare_evas, say
from .facts import LOST_WITH_CREW, Facts, Flight, Person
from .names import fold

# Nationalities whose people write their names in a script other than Latin: a person
# holding any of them should have `native_name` filled (`Александр Самокутяев`, `聂海胜`).
NON_LATIN_NATIONALITIES = frozenset(
    {
        # Cyrillic
        "Russia", "Soviet Union", "Ukraine", "Belarus", "Bulgaria", "Kazakhstan",
        "Kyrgyzstan", "Tajikistan", "Mongolia", "Serbia", "North Macedonia",
        # CJK, Korean, other Asian scripts
        "China", "Taiwan", "Hong Kong", "Japan", "South Korea", "North Korea", "India",
        "Thailand", "Nepal", "Sri Lanka", "Bangladesh", "Myanmar",
        # Arabic, Persian, Hebrew, Greek, Armenian, Georgian
        "Syria", "Saudi Arabia", "United Arab Emirates", "Afghanistan", "Iran", "Iraq",
        "Egypt", "Jordan", "Kuwait", "Qatar", "Bahrain", "Oman", "Lebanon", "Pakistan",
        "Israel", "Greece", "Armenia", "Georgia",
    }
)  # fmt: skip

# A vehicle that came back without (some of) the crew it launched, by design.
_EXPLAINING_OUTCOMES = frozenset({"uncrewed_return"})


@dataclass(frozen=True)
class Gap:
    """One row with something missing: `what` lists each missing thing."""

    kind: str  # the section it is listed under (a key of SECTIONS)
    table: str
    id: str
    label: str  # a short description of the row (name, date), for the reader
    what: tuple[str, ...]


# kind -> (heading of its section, short label for the summary), in report order
SECTIONS: dict[str, tuple[str, str]] = {
    "flight_fields": ("Flights with missing fields", "flights: missing fields"),
    "flight_crew": (
        "Flights that landed fewer crew than they launched, not explained in notes",
        "flights: unexplained crew change",
    ),
    "person_fields": ("People with missing fields", "people: missing fields"),
    "open_trip": (
        "Trips that never end: still in space or missing return",
        "trips: still in space or missing return",
    ),
    "expedition": ("Expeditions with missing facts", "expeditions: missing facts"),
}


# -- helpers -------------------------------------------------------------------------


def _table(rows: Sequence[Sequence[object]], header: Sequence[str] | None = None,
           indent: int = 2, numeric: Iterable[int] = ()) -> list[str]:  # fmt: skip
    """Rows as aligned columns; `numeric` columns are right-aligned. The last column is
    left ragged (no trailing spaces)."""
    numeric = set(numeric)
    cells = [[str(c) for c in r] for r in rows]
    if header is not None:
        cells.insert(0, list(header))
    if not cells:
        return []
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    out = []
    for r in cells:
        parts = []
        for i, c in enumerate(r):
            last = i == len(r) - 1
            if i in numeric:
                parts.append(c.rjust(widths[i]))
            else:
                parts.append(c if last else c.ljust(widths[i]))
        out.append((" " * indent + "  ".join(parts)).rstrip())
    return out


def _heading(title: str) -> list[str]:
    return ["", title, "-" * len(title)]


def _day(instant) -> str:
    return instant.date.isoformat() if instant else "????-??-??"


def _flight_label(f: Flight) -> str:
    return f"{f.name}, launched {_day(f.launch)}"


def _has_landed(facts: Facts, f: Flight) -> bool:
    """False only for a vehicle that looks still up: no landing time, site or kind, and
    crew who launched on it with no return yet (or no crew rows at all). Without that
    evidence a blank landing time is a gap, not a flight in progress."""
    if f.landing or f.landing_site or f.landing_kind:
        return True
    seats = facts.seats_by_flight.get(f.id, [])
    if not seats:
        return False
    open_here = {t.person for t in facts.trips if t.up_flight == f.id and t.end is None}
    return not open_here


def _mentions(text: str, person: Person) -> bool:
    """Whether a note names the person (surname, full name or any alias)."""
    folded = f" {fold(text)} "
    names = (person.name, person.surname, person.native_name, *person.aliases)
    return any(f" {fold(n)} " in folded for n in names if n and fold(n))


# -- gaps ----------------------------------------------------------------------------


def _flight_gaps(facts: Facts) -> list[Gap]:
    gaps = []
    for f in sorted(facts.flights.values(), key=_launch_key):
        landed = _has_landed(facts, f)
        missing = []
        if not f.launch_site:
            missing.append("no launch_site")
        if not f.launch_tz:
            missing.append("no launch_tz")
        if landed:
            if f.landing is None:
                missing.append("no landing_utc")
            if not f.landing_site:
                missing.append("no landing_site")
            if not f.landing_tz:
                missing.append("no landing_tz")
        if missing:
            gaps.append(Gap("flight_fields", "flights", f.id, _flight_label(f), tuple(missing)))
    return gaps


def _crew_gaps(facts: Facts) -> list[Gap]:
    gaps = []
    for f in sorted(facts.flights.values(), key=_launch_key):
        seats = facts.seats_by_flight.get(f.id, [])
        up = [s for s in seats if s.went_up]
        down = [s for s in seats if s.came_down]
        if len(down) >= len(up) or f.outcome in _EXPLAINING_OUTCOMES:
            continue
        down_people = {s.person for s in down}
        unexplained = []
        for s in up:
            if s.person in down_people:
                continue
            person = facts.people.get(s.person)
            if s.notes or (person and _mentions(f.notes, person)):
                continue  # the seat says where they went, or the flight's notes name them
            unexplained.append(s.person)
        if unexplained:
            gaps.append(
                Gap(
                    "flight_crew",
                    "flights",
                    f.id,
                    _flight_label(f),
                    (
                        f"launched {len(up)}, landed {len(down)}; notes do not say how "
                        + ", ".join(unexplained)
                        + " came home",
                    ),
                )
            )
    return gaps


def _person_gaps(facts: Facts) -> list[Gap]:
    gaps = []
    for p in sorted(facts.people.values(), key=lambda p: p.id):
        missing = []
        non_latin = [n for n in p.nationality if n in NON_LATIN_NATIONALITIES]
        if not p.native_name and non_latin:
            missing.append(f"no native_name ({non_latin[0]})")
        if not p.birth_date:
            missing.append("no birth_date")
        if not p.sex:
            missing.append("no sex")
        if missing:
            label = f"{p.name} ({'|'.join(p.nationality) or 'no nationality'})"
            gaps.append(Gap("person_fields", "people", p.id, label, tuple(missing)))
    return gaps


def _open_trips(facts: Facts) -> list[Gap]:
    gaps = []
    for t in sorted(facts.trips, key=lambda t: (t.start, t.person)):
        if t.end is not None or facts.flights[t.up_flight].outcome in LOST_WITH_CREW:
            continue  # a crew lost in flight (Challenger, Columbia) is not a gap
        p = facts.people.get(t.person)
        name = p.name if p else t.person
        label = f"{name}, launched {t.start.date().isoformat()}"
        what = ("no landing: no later `down` seat",)
        gaps.append(Gap("open_trip", "crew", f"{t.up_flight},{t.person}", label, what))
    return gaps


def _expedition_gaps(facts: Facts) -> list[Gap]:
    gaps = []
    for e in sorted(facts.expeditions.values(), key=lambda e: (e.station, e.number, e.id)):
        members = facts.members_by_expedition.get(e.id, [])
        missing = []
        if not members:
            missing.append("no members")
        elif not any(m.role == "commander" for m in members):
            missing.append("no commander")
        if e.end is None:
            missing.append("no end_utc")
        if missing:
            label = f"{e.name}, started {_day(e.start)}"
            gaps.append(Gap("expedition", "expeditions", e.id, label, tuple(missing)))
    return gaps


def find_gaps(facts: Facts) -> list[Gap]:
    """Every gap the report lists, in report order."""
    return (
        _flight_gaps(facts)
        + _crew_gaps(facts)
        + _person_gaps(facts)
        + _open_trips(facts)
        + _expedition_gaps(facts)
    )


# -- counts --------------------------------------------------------------------------


def _launch_key(f: Flight):
    return (f.launch.dt.isoformat() if f.launch else "9999", f.id)


@dataclass
class _Tally:
    flights: int = 0
    seats: int = 0
    people: set[str] | None = None
    expeditions: int = 0


def _tallies(facts: Facts, flight_key, expedition_key) -> dict[str, _Tally]:
    out: dict[str, _Tally] = defaultdict(lambda: _Tally(people=set()))
    for f in facts.flights.values():
        t = out[flight_key(f)]
        t.flights += 1
        for s in facts.seats_by_flight.get(f.id, []):
            if s.went_up:
                t.seats += 1
                t.people.add(s.person)
    if expedition_key is not None:
        for e in facts.expeditions.values():
            out[expedition_key(e)].expeditions += 1
    return out


def count_by(facts: Facts, what: str) -> dict[str, tuple[int, int, int, int | None]]:
    """(flights, launch seats, distinct people, expeditions) per station, program or
    launch year (`what` is "station", "program" or "year"); expeditions is None by
    program (an expedition has no program)."""
    if what == "station":
        tallies = _tallies(facts, lambda f: f.station, lambda e: e.station)
        for sid in facts.stations:
            tallies[sid]  # noqa: B018 - a station with no flights still gets a row
    elif what == "program":
        tallies = _tallies(facts, lambda f: f.program, None)
    elif what == "year":
        tallies = _tallies(
            facts,
            lambda f: str(f.launch.dt.year) if f.launch else "unknown",
            lambda e: str(e.start.dt.year) if e.start else "unknown",
        )
    else:
        raise ValueError(f"count_by: unknown grouping {what!r}")
    return {
        k: (t.flights, t.seats, len(t.people), None if what == "program" else t.expeditions)
        for k, t in tallies.items()
    }


def _count_section(facts: Facts, what: str, title: str, order) -> list[str]:
    counts = count_by(facts, what)
    keys = sorted(counts, key=order)
    rows = [[k, *("-" if v is None else v for v in counts[k])] for k in keys]
    total = [sum(counts[k][i] or 0 for k in keys) for i in range(4)]
    people_total = len({s.person for s in facts.seats if s.went_up})
    exp_total = "-" if what == "program" else total[3]
    rows.append(["total", total[0], total[1], people_total, exp_total])
    header = [what, "flights", "seats", "people", "expeditions"]
    lines = _heading(title) + _table(rows, header, numeric=(1, 2, 3, 4))
    # a rule above the total row
    width = max(len(line) for line in lines[3:])
    lines.insert(len(lines) - 1, "  " + "-" * (width - 2))
    return lines


# -- spacewalks ----------------------------------------------------------------------


def eva_counts(facts: Facts) -> dict[tuple[str, str], tuple[int, float]]:
    """(EVAs, hours) per (station, start year); a free flyer's EVAs count under "-". EVAs
    without an end time add to the count but not to the hours."""
    out: dict[tuple[str, str], tuple[int, float]] = {}
    for e in facts.evas.values():
        key = (e.station or "-", str(e.start.dt.year))
        n, h = out.get(key, (0, 0.0))
        hours = e.duration.total_seconds() / 3600 if e.duration else 0.0
        out[key] = (n + 1, h + hours)
    return out


def _eva_section(facts: Facts, reference_rows: list[dict[str, str]] | None) -> list[str]:
    station_order = {sid: i for i, sid in enumerate(facts.stations)}
    counts = eva_counts(facts)
    keys = sorted(counts, key=lambda k: (station_order.get(k[0], len(station_order)), k[1]))
    rows = [[st, year, counts[st, year][0], f"{counts[st, year][1]:.1f}"] for st, year in keys]
    rows.append(["total", "", len(facts.evas), f"{sum(h for _, h in counts.values()):.1f}"])
    lines = _heading(f"Spacewalks (EVAs): {len(facts.evas)}, events: {len(facts.events)}")
    lines += _table(rows, ["station", "year", "EVAs", "hours"], numeric=(2, 3))
    no_end = sorted((e for e in facts.evas.values() if e.duration is None),
                    key=lambda e: e.start.dt)  # fmt: skip
    lines.append("")
    lines.append(f"EVAs without an end time (or with a date only): {len(no_end) or 'none'}")
    lines += _table([[f"evas/{e.id}", e.name, _day(e.start)] for e in no_end], indent=4)
    lines.append("")
    if reference_rows is None:
        lines.append("EVA totals against the astronauts CSV: reference not found, not compared")
        return lines
    compared, mismatches, people = compare_evas(facts, reference_rows)
    lines.append(
        f"EVA counts and hours that disagree with the astronauts CSV: "
        f"{len(mismatches) or 'none'} of {compared} compared ({len(people)} people whose "
        "flights data/evas covers; reviewed ones are in tests/eva_reference_exceptions.csv)"
    )
    lines += _table(
        [[m.key, f"ours {say(m.ours)}", f"theirs {say(m.theirs)}"] for m in mismatches],
        indent=4,
    )
    return lines


# -- the report ----------------------------------------------------------------------


def data_report(facts: Facts, reference_rows: list[dict[str, str]] | None = None) -> str:
    """The whole report as one string (no trailing newline). `reference_rows` are the
    astronauts CSV's rows, to compare EVA totals with; None when it is not at hand."""
    lines: list[str] = ["spacebot data report"]
    built = facts.meta.get("built_utc")
    digest = facts.meta.get("data_hash", "")
    if built or digest:
        lines.append(f"store built {built or '?'} from data hash {digest[:12] or '?'}")
    for st in facts.stations.values():
        if st.complete_to:
            lines.append(f"records of {st.name} complete to {st.complete_to.dt:%Y-%m-%d}")

    station_order = {sid: i for i, sid in enumerate(facts.stations)}
    up_seats = sum(s.went_up for s in facts.seats)
    lines += _heading("Totals")
    lines += _table(
        [
            ["stations", len(facts.stations)],
            ["people", len(facts.people)],
            ["flights", len(facts.flights)],
            ["crew rows", len(facts.seats)],
            ["  launch seats", up_seats],
            ["  landing seats", sum(s.came_down for s in facts.seats)],
            ["trips", len(facts.trips)],
            ["expeditions", len(facts.expeditions)],
            ["expedition members", len(facts.members)],
        ],
        numeric=(1,),
    )
    lines.append("  (below: seats = launch seats; people = distinct people who launched)")
    lines += _count_section(
        facts, "station", "By station", lambda k: (station_order.get(k, len(station_order)), k)
    )
    lines += _count_section(facts, "program", "By program", lambda k: k)
    lines += _count_section(facts, "year", "By launch year (expeditions by start year)", str)

    lines += _eva_section(facts, reference_rows)

    gaps = find_gaps(facts)
    by_kind: dict[str, list[Gap]] = defaultdict(list)
    for g in gaps:
        by_kind[g.kind].append(g)
    lines += _heading(f"Gaps ({len(gaps)} rows)")
    for kind, (title, _) in SECTIONS.items():
        items = by_kind.get(kind, [])
        lines.append("")
        lines.append(f"{title}: {len(items) or 'none'}")
        lines += _table(
            [[f"{g.table}/{g.id}", g.label, "; ".join(g.what)] for g in items], indent=4
        )

    lines += _heading("Summary")
    missing_counts = Counter(
        w.split(" (")[0] if w.startswith("no ") else "unexplained crew change"
        for g in gaps
        for w in g.what
        if g.kind != "open_trip"
    )
    rows = [[label, len(by_kind.get(k, []))] for k, (_, label) in SECTIONS.items()]
    lines += _table(rows, numeric=(1,))
    if missing_counts:
        lines.append("  by what is missing: "
                     + ", ".join(f"{w} {n}" for w, n in missing_counts.most_common()))  # fmt: skip
    n_items = sum(len(g.what) for g in gaps)
    tables = Counter(g.table for g in gaps)
    lines.append(
        f"total: {n_items} gaps in {len(gaps)} rows "
        f"(flights {tables['flights']}, people {tables['people']}, crew {tables['crew']}, "
        f"expeditions {tables['expeditions']}) over {len(facts.flights)} flights, "
        f"{len(facts.people)} people, {len(facts.expeditions)} expeditions"
    )
    return "\n".join(lines)
