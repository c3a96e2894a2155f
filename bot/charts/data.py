"""What each chart shows, as plain values computed from the facts (no drawing here).

The renderers in `render.py` only lay these out; tests check these values (which bars,
from when to when, which labels) without looking at a single pixel.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from ..store.facts import Facts, Flight, Stay
from ..store.names import fold

AROUND_DAYS = 60  # "who was aboard on <day>": the chart shows the day ±60 days


@dataclass(frozen=True)
class Window:
    """A span of time a chart covers, and the moment it marks (the asked date), if any."""

    start: datetime
    end: datetime
    marked: datetime | None = None
    label: str = ""

    @classmethod
    def around(cls, day: date, days: int = AROUND_DAYS) -> Window:
        noon = datetime.combine(day, time(12), UTC)
        return cls(noon - timedelta(days=days), noon + timedelta(days=days), noon,
                   f"{day.day} {day:%b %Y}")  # fmt: skip

    @classmethod
    def month(cls, year: int, month: int) -> Window:
        last = calendar.monthrange(year, month)[1]
        return cls(_day_start(date(year, month, 1)), _day_start(date(year, month, last)) + _DAY,
                   label=f"{calendar.month_name[month]} {year}")  # fmt: skip

    @classmethod
    def year(cls, year: int) -> Window:
        return cls(_day_start(date(year, 1, 1)), _day_start(date(year + 1, 1, 1)), label=str(year))

    @classmethod
    def days(cls, first: date, last: date) -> Window:
        """Whole calendar days, first to last inclusive (a month, a year, any range)."""
        if first == last:
            return cls.around(first)
        if first.day == 1 and last == date(first.year, first.month,
                                           calendar.monthrange(first.year, first.month)[1]):  # fmt: skip
            return cls.month(first.year, first.month)
        if (first.month, first.day, last.month, last.day) == (
            1,
            1,
            12,
            31,
        ) and first.year == last.year:
            return cls.year(first.year)
        return cls(_day_start(first), _day_start(last) + _DAY,
                   label=f"{first.isoformat()} to {last.isoformat()}")  # fmt: skip


_DAY = timedelta(days=1)


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time(0), UTC)


# ---------------------------------------------------------------------- vehicles


def vehicle_family(flight: Flight | None) -> str:
    """The kind of vehicle, which picks a bar's colour: soyuz, shuttle, dragon, ..."""
    return (flight.program or "other").lower() if flight else "other"


def short_vehicle(flight: Flight | None) -> str:
    """A flight's name as a label: `Soyuz TMA-16M`, `STS-131`, `Crew-1`, `Shenzhou 13`."""
    if flight is None:
        return "?"
    name = flight.name
    for prefix in ("SpaceX ", "Boeing "):
        name = name.removeprefix(prefix)
    return name


def designation(flight: Flight | None) -> str:
    """The shortest unambiguous form for tight spots: `TMA-16M` for `Soyuz TMA-16M`."""
    name = short_vehicle(flight)
    head, _, rest = name.partition(" ")
    return rest if rest and any(c.isdigit() for c in rest) else name


def short_name(facts: Facts, person_id: str) -> str:
    """`P. Whitson`: the initial and the family name, so every row label stays short."""
    p = facts.people.get(person_id)
    if p is None:
        return person_id
    family = p.surname
    words = p.name.split()
    if "China" in p.nationality or len(words) < 2:
        return p.name
    given = p.name.replace(family, "").split()
    return f"{given[0][0]}. {family}" if given else family


# ---------------------------------------------------------------------- occupancy


@dataclass(frozen=True)
class Bar:
    """One person's time aboard: from arrival to departure (None: still aboard)."""

    person: str
    name: str  # as labelled: "P. Whitson"
    start: datetime
    end: datetime | None
    vehicle: str  # the vehicle they came on, as labelled
    family: str  # the vehicle's kind, for its colour
    down_vehicle: str  # the vehicle they left on ("" while still aboard)

    @property
    def label(self) -> str:
        if self.down_vehicle and self.down_vehicle != self.vehicle:
            return f"{self.vehicle} → {self.down_vehicle}"
        return self.vehicle


@dataclass(frozen=True)
class Band:
    """A shaded span behind the bars: an expedition."""

    label: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Occupancy:
    station: str
    station_name: str
    window: Window
    bars: list[Bar]
    bands: list[Band]
    steps: list[tuple[datetime, int]]  # from each time on, that many people aboard
    title: str
    alt: str
    highlight: str = ""  # a band to emphasise (the expedition asked about)

    @property
    def empty(self) -> bool:
        return not self.bars

    @property
    def empty_message(self) -> str:
        return f"No one was aboard {self.station_name} {_span_words(self.window)}."


def _span_words(window: Window) -> str:
    """`within 60 days of 1 Mar 2015`, `in March 2015`, `in Expedition 42`, `from ... to ...`."""
    if window.marked is not None:
        return f"within {AROUND_DAYS} days of {window.label}"
    if " to " in window.label:
        return f"from {window.label}"
    return (
        f"in {window.label}"
        if window.label
        else f"from {_when(window.start)} to {_when(window.end)}"
    )


def _bar(facts: Facts, stay: Stay) -> Bar:
    up = facts.flights.get(stay.trip.up_flight)
    down = facts.flights.get(stay.trip.down_flight) if stay.trip.down_flight else None
    return Bar(stay.person, short_name(facts, stay.person), stay.start, stay.end,
               short_vehicle(up), vehicle_family(up),
               short_vehicle(down) if down else "")  # fmt: skip


def steps(stays: list[Stay], lo: datetime, hi: datetime) -> list[tuple[datetime, int]]:
    """The number aboard as a step function over [lo, hi]: (time, count from then on),
    starting with the count at `lo` and ending with a point at `hi`."""
    changes: dict[datetime, int] = {}
    aboard = 0
    for s in stays:
        if s.start <= lo:
            aboard += 1
        elif s.start < hi:
            changes[s.start] = changes.get(s.start, 0) + 1
        if s.end is not None and lo < s.end < hi:
            changes[s.end] = changes.get(s.end, 0) - 1
        elif s.end is not None and s.end <= lo and s.start <= lo:
            aboard -= 1
    out = [(lo, aboard)]
    for t in sorted(changes):
        aboard += changes[t]
        if changes[t]:
            out.append((t, aboard))
    out.append((hi, aboard))
    return out


def count_at(points: list[tuple[datetime, int]], moment: datetime) -> int:
    """How many were aboard at `moment`, read from `steps`."""
    n = 0
    for t, c in points:
        if t > moment:
            break
        n = c
    return n


def _when(d: datetime) -> str:
    return f"{d.day} {d:%b %Y}"


def occupancy(
    facts: Facts, station: str, window: Window, highlight: str = "", title: str = ""
) -> Occupancy:
    """Who was aboard `station` during `window`: one bar per stay, in arrival order."""
    st = facts.stations.get(station)
    name = st.name if st else station
    short = _station_short(facts, station)
    stays = [s for s in facts.stays_overlapping(window.start, window.end) if s.station == station]
    bars = [_bar(facts, s) for s in stays]
    # two people with the same initial and family name on one chart: full names for them
    owners: dict[str, set[str]] = {}
    for b in bars:
        owners.setdefault(b.name, set()).add(b.person)
    bars = [
        replace(b, name=facts.people[b.person].name)
        if len(owners[b.name]) > 1 and b.person in facts.people
        else b
        for b in bars
    ]
    bands = [
        Band(
            f"Exp {e.number}" if station in ("iss", "mir") else e.name,
            e.start.dt,
            e.end.dt if e.end else window.end,
        )  # fmt: skip
        for e in sorted(facts.expeditions.values(), key=lambda e: e.number)
        if e.station == station
        and e.start
        and e.start.dt < window.end
        and (e.end is None or e.end.dt > window.start)
    ]
    title = title or f"Aboard {short}, {window.label}"
    people = len({b.person for b in bars})
    if not bars:
        alt = f"No one was aboard {name} {_span_words(window)}."
    else:
        alt = f"Timeline of the {people} people aboard {name} {_span_words(window)}"
        if window.marked is not None:
            alt += f"; {count_at(steps(stays, window.start, window.end), window.marked)} on {window.label}"
        alt += "."
    return Occupancy(station, name, window, bars, bands, steps(stays, window.start, window.end),
                     title, alt, highlight)  # fmt: skip


def expedition_window(facts: Facts, expedition: str) -> tuple[str, Window, str]:
    """(station, window, band label) for an expedition: its span plus a margin, so the
    crews arriving and leaving at its edges show."""
    e = facts.expeditions[expedition]
    start = e.start.dt if e.start else datetime.now(UTC)
    end = e.end.dt if e.end else _records_end(facts, e.station)
    margin = max(timedelta(days=7), (end - start) * 0.08)
    label = f"Exp {e.number}" if e.station in ("iss", "mir") else e.name
    return e.station, Window(start - margin, end + margin, label=e.name), label


def _records_end(facts: Facts, station: str) -> datetime:
    st = facts.stations.get(station)
    if st and st.complete_to:
        return st.complete_to.dt + _DAY
    return datetime.now(UTC)


# ---------------------------------------------------------------------- career


@dataclass(frozen=True)
class FlightBar:
    """One journey of a person: up in one vehicle, down in the same or another."""

    start: datetime
    end: datetime | None
    up: str
    down: str
    family: str
    station: str  # the station's short name, "" if the flight visited none
    days: float
    evas: tuple[datetime, ...] = ()
    until: datetime | None = None  # the end as drawn: `end`, or the records' end if in space

    @property
    def label(self) -> str:
        vehicles = self.up if not self.down or self.down == self.up else f"{self.up} → {self.down}"
        where = f" · {self.station}" if self.station else ""
        so_far = " so far" if self.end is None else ""  # still in space at the records' end
        return f"{vehicles}{where} · {_days_text(self.days)}{so_far}"


def _days_text(days: float) -> str:
    return f"{days:.0f} d" if days >= 2 else f"{days * 24:.0f} h"


@dataclass(frozen=True)
class Career:
    person: str
    name: str
    flights: list[FlightBar]
    total_days: float
    evas: int
    title: str
    alt: str
    as_of: datetime | None = None

    @property
    def empty(self) -> bool:
        return not self.flights

    @property
    def empty_message(self) -> str:
        return f"{self.name} has no flights in my records."


def _station_short(facts: Facts, station: str) -> str:
    """`ISS`, `Mir`, `Tiangong`: a station's name as short as a label needs it."""
    if not station:
        return ""
    st = facts.stations.get(station)
    if station == "iss":
        return "ISS"
    return st.name.removesuffix(" space station") if st else station


def _instant_dt(value) -> datetime | None:
    """A datetime from whatever an EVA row carries (Instant, datetime, ISO text)."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    dt = getattr(value, "dt", None)
    if isinstance(dt, datetime):
        return dt
    if isinstance(value, str):
        from ..store.when import parse_instant

        inst = parse_instant(value)
        return inst.dt if inst else None
    return None


def _eva_times(facts: Facts, person: str) -> list[datetime]:
    # spacewalks may not be in the store yet (another change adds `evas_by_person`)
    rows = (getattr(facts, "evas_by_person", None) or {}).get(person, [])
    out = []
    for row in rows:
        for attr in ("start", "start_utc", "date", "when"):
            if (dt := _instant_dt(getattr(row, attr, None))) is not None:
                out.append(dt)
                break
    return sorted(out)


def career(facts: Facts, person: str) -> Career:
    """A person's flights, in order: when, in what up and down, where, how long."""
    p = facts.people.get(person)
    name = p.name if p else person
    # the records' end: the latest date any station's crews are complete to
    as_of = max((st.complete_to.dt + _DAY for st in facts.stations.values() if st.complete_to),
                default=datetime.now(UTC))  # fmt: skip
    evas = _eva_times(facts, person)
    bars = []
    for trip in facts.trips_by_person.get(person, []):
        up = facts.flights.get(trip.up_flight)
        down = facts.flights.get(trip.down_flight) if trip.down_flight else None
        # still in space: counted up to the end of its station's records
        until = trip.end or (_records_end(facts, up.station) if up and up.station else as_of)
        until = max(until, trip.start)
        days = (until - trip.start).total_seconds() / 86400
        station = _station_short(facts, up.station) if up and up.reached_station else ""
        mine = tuple(t for t in evas if trip.start <= t <= until)
        bars.append(FlightBar(trip.start, trip.end, short_vehicle(up),
                              short_vehicle(down) if down else "", vehicle_family(up),
                              station, days, mine, until))  # fmt: skip
    total = sum(b.days for b in bars)
    n = len(bars)
    title = f"{name}: {n} flight{'s' * (n != 1)}, {total:.0f} days in space"
    if not bars:
        alt = f"{name} has no flights in my records."
    else:
        first, last = bars[0].start.year, bars[-1].until.year
        years = str(first) if first == last else f"{first}–{last}"
        alt = f"Timeline of {name}'s {n} flight{'s' * (n != 1)}, {years}, {total:.0f} days in space"
        if evas:
            alt += f", {len(evas)} spacewalk{'s' * (len(evas) != 1)}"
        alt += "."
    return Career(person, name, bars, total, len(evas), title, alt, as_of)


# ---------------------------------------------------------------------- crew count


@dataclass(frozen=True)
class CrewCount:
    station: str
    station_name: str
    steps: list[tuple[datetime, int]]
    start: datetime
    end: datetime
    as_of: datetime | None  # the records' end (stations.complete_to) while the station flies
    peak: int
    peak_at: datetime | None
    title: str
    alt: str

    @property
    def empty(self) -> bool:
        return self.peak == 0

    @property
    def empty_message(self) -> str:
        return f"No one was ever aboard {self.station_name} in my records."


def crew_count(facts: Facts, station: str) -> CrewCount:
    """People aboard a station across its whole crewed life."""
    st = facts.stations.get(station)
    name = st.name if st else station
    short = _station_short(facts, station)
    stays = [s for s in facts.stays if s.station == station]
    as_of = st.complete_to.dt if st and st.complete_to and st.end is None else None
    if stays:
        start = min(s.start for s in stays) - timedelta(days=30)
        last = max((s.end for s in stays if s.end), default=start)
        end = as_of + _DAY if as_of else last + timedelta(days=30)
        if any(s.end is None for s in stays) and not as_of:
            end = max(end, datetime.now(UTC))
    else:
        start = st.launch.dt if st and st.launch else datetime(1971, 1, 1, tzinfo=UTC)
        end = st.end.dt if st and st.end else start + timedelta(days=365)
    points = steps(stays, start, end)
    peak_n, peak_at = 0, None
    for t, c in points:
        if c > peak_n:
            peak_n, peak_at = c, t
    years = f"{start.year + (start.month == 12)}–{end.year}"
    title = f"People aboard {short}, {years}"
    if peak_n == 0:
        alt = f"No one was ever aboard {name} in my records."
    else:
        alt = (f"Step chart of the number of people aboard {name}, {years}; "
               f"at most {peak_n}, first on {_when(peak_at)}")  # fmt: skip
        alt += f"; records to {_when(as_of)}." if as_of else "."
    return CrewCount(station, name, points, start, end, as_of, peak_n, peak_at, title, alt)


# ---------------------------------------------------------------------- names, hashing


def resolve_person(facts: Facts, text: str) -> str | None:
    """The one person `text` names: id, name or any alias (any case, accents, Cyrillic);
    else a family name that only one person has."""
    key = fold(text or "")
    if not key:
        return None
    if text in facts.people:
        return text
    hits = {e for kind, e, folded, _ in facts.aliases if kind == "people" and folded == key}
    hits |= {p.id for p in facts.people.values() if fold(p.name) == key}
    if len(hits) == 1:
        return hits.pop()
    if hits:
        return None
    family = {p.id for p in facts.people.values() if fold(p.surname) == key}
    return family.pop() if len(family) == 1 else None


def resolve_station(facts: Facts, text: str) -> str | None:
    key = fold(text or "")
    if text in facts.stations:
        return text
    for kind, e, folded, _ in facts.aliases:
        if kind == "stations" and folded == key:
            return e
    for s in facts.stations.values():
        if key in {fold(s.name), fold(s.id)} or key in {fold(a) for a in s.aliases}:
            return s.id
    return None


def data_hash(facts: Facts) -> str:
    """What a cached chart depends on: the store's data hash (or, without one, its rows)."""
    if h := facts.meta.get("data_hash"):
        return h
    text = repr(sorted(facts.meta.items())) + repr(len(facts.stays))
    return hashlib.sha256(text.encode()).hexdigest()


__all__ = [
    "AROUND_DAYS", "Band", "Bar", "Career", "CrewCount", "FlightBar", "Occupancy", "Window",
    "career", "count_at", "crew_count", "data_hash", "expedition_window", "occupancy",
    "resolve_person", "resolve_station", "short_name", "steps",
]  # fmt: skip
