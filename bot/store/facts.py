"""The built store, opened read-only and held in memory as plain rows.

Each row is a NamedTuple rather than a frozen dataclass: as immutable and as readable, but
making the classes costs ~0.15 ms each at import instead of ~0.8 ms, which every
`spacebot ask` paid.

The whole store is a few thousand rows, so the engine reads it once and answers from
memory: a question then costs microseconds of dictionary lookups, not SQL round trips.
`load_facts` reads the tables; `Engine.open` reads the same facts from the snapshot the
build made of them (bot/store/snapshot.py), which is much faster. The connection is
opened with `mode=ro`, so nothing a question contains can change it.
"""

from __future__ import annotations

import bisect
import json
import re
import sqlite3
import threading
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

from .names import fold, split_list
from .when import Instant, parse_date, parse_instant

# the outcomes of a flight that killed its crew: lost in flight, or during launch
LOST_WITH_CREW = ("crew_loss", "ascent_loss")


class Station(NamedTuple):
    """A space station (ISS, Mir, Tiangong, ...)."""

    id: str
    name: str
    aliases: tuple[str, ...]
    operator: tuple[str, ...]
    launch: Instant | None
    end: Instant | None
    end_notes: str
    call_sign: str
    complete_to: Instant | None
    source: str
    notes: str


_PARTICLES = frozenset(
    {"van", "vande", "von", "de", "da", "di", "del", "della", "le", "la", "dos", "du"}
)


class Person(NamedTuple):
    """Someone who flew to orbit."""

    id: str
    name: str
    native_name: str
    aliases: tuple[str, ...]
    nationality: tuple[str, ...]
    agency: tuple[str, ...]
    sex: str
    birth_date: object
    kind: str
    firsts: tuple[str, ...]
    source: str
    notes: str

    @property
    def surname(self) -> str:
        """The family name: first for Chinese names, else the last word with its particles
        ("Vande Hei", "De Winne")."""
        words = self.name.split() or [self.id]
        if "China" in self.nationality:
            return words[0]
        i = len(words) - 1
        while i > 1 and words[i - 1].lower() in _PARTICLES:
            i -= 1
        return " ".join(words[i:])


class Flight(NamedTuple):
    """One crewed flight: launch, docking, undocking and landing."""

    id: str
    name: str
    aliases: tuple[str, ...]
    program: str
    spacecraft: str
    station: str
    launch: Instant | None
    launch_site: str
    launch_pad: str
    launch_tz: str
    docking: Instant | None
    undocking: Instant | None
    docking_port: str
    landing: Instant | None
    landing_site: str
    landing_tz: str
    landing_lat: float | None
    landing_lon: float | None
    landing_kind: str
    recovery_ship: str
    outcome: str
    payload: tuple[str, ...]
    source: str
    notes: str

    @property
    def reached_station(self) -> bool:
        return bool(self.station) and self.outcome not in ("launch_abort", "docking_failure")


class Seat(NamedTuple):
    """One person's place on one flight, going up, coming down or both."""

    flight: str
    person: str
    role: str
    direction: str
    source: str
    notes: str

    @property
    def went_up(self) -> bool:
        return self.direction in ("up", "both")

    @property
    def came_down(self) -> bool:
        return self.direction in ("down", "both")


class Expedition(NamedTuple):
    """A numbered long-duration crew of a station."""

    id: str
    station: str
    number: int
    name: str
    start: Instant | None
    end: Instant | None
    source: str
    notes: str


class Member(NamedTuple):
    """One person's role in one expedition."""

    expedition: str
    person: str
    role: str
    start: Instant | None
    end: Instant | None
    source: str
    notes: str


class Module(NamedTuple):
    """A pressurised module or other element of a station."""

    id: str
    station: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    launch: Instant | None
    attached: Instant | None
    delivered_by: str
    launch_vehicle: str
    end: Instant | None
    source: str
    notes: str


# "Duration 3 h 29 min per NASA's EVA table": a walk's length said in its row's notes
# (compiled on first use: most questions never read a date-only walk's length)
_NOTED_LENGTH = r"\b[Dd]uration (?:of )?(?:about )?(\d{1,2}) h(?:\s*(\d{1,2}) min)?"


class Eva(NamedTuple):
    """One spacewalk (or stand-up or intravehicular EVA); crew in order, EV1 first."""

    id: str
    name: str
    station: str
    flight: str
    start: Instant
    end: Instant | None
    crew: tuple[str, ...]
    kind: str
    airlock: str
    purpose: str
    source: str
    notes: str

    @property
    def duration(self) -> timedelta | None:
        """Hatch to hatch; for a walk recorded by date only, the length its row's notes give
        from the source ("Duration 3 h 29 min per NASA's EVA table"); else None."""
        if self.end is None or not (self.start.has_time and self.end.has_time):
            m = re.search(_NOTED_LENGTH, self.notes) if "uration" in self.notes else None
            if m is None:
                return None
            return timedelta(hours=int(m.group(1)), minutes=int(m.group(2) or 0))
        return self.end.dt - self.start.dt


class Event(NamedTuple):
    """Something that happened to a station or a flight: a fire, a leak, an abort."""

    id: str
    date: Instant
    station: str
    flight: str
    people: tuple[str, ...]
    kind: str
    summary: str
    module: str
    source: str
    notes: str


class Trip(NamedTuple):
    """One journey of one person: up in one vehicle, down in the same or another."""

    person: str
    up_flight: str
    down_flight: str | None
    start: datetime
    end: datetime | None  # None: still in space


class Stay(NamedTuple):
    """Time a person spent aboard a station, from their vehicle's docking to undocking."""

    person: str
    station: str
    start: datetime
    end: datetime | None
    trip: Trip


class Occupation(NamedTuple):
    """What some flyers were on Earth (teacher, senator, physician), and who: "the teacher
    who flew in 2007". `complete` says whether every such flyer in the records is listed,
    so that a count or a "nobody" is only given when it can be trusted."""

    id: str
    words: tuple[str, ...]
    complete: bool
    people: tuple[str, ...]
    sources: tuple[str, ...]  # one per person: where their occupation is stated
    source: str
    notes: str


class WorldEvent(NamedTuple):
    """A day on Earth people date things by ("when the Soviet Union collapsed", "on 9/11"):
    the words they use for it and its date, so a question can be asked about that day."""

    id: str
    name: str
    aliases: tuple[str, ...]
    date: Instant
    source: str
    notes: str


class Docking(NamedTuple):
    """One docking of a flight that moved between stations (data/station_dockings.csv):
    Soyuz T-15 docked with Mir, then Salyut 7, then Mir again. A flight with none here
    docked once, with its own `station`."""

    id: str  # "<flight>@<docking time>"
    flight: str
    station: str
    docked: Instant
    undocked: Instant | None
    port: str
    source: str
    notes: str


class MoonLanding(NamedTuple):
    """A crewed landing on the Moon (or Apollo 13's planned one): where, when, how long."""

    id: str  # the flight's id
    site: str
    site_aliases: tuple[str, ...]
    lunar_module: str
    lm_aliases: tuple[str, ...]
    touchdown: Instant | None
    liftoff: Instant | None
    lat: float | None
    lon: float | None
    moonwalks: int
    moonwalk_total: str
    kind: str  # landed | aborted
    source: str
    notes: str


class Orbits(NamedTuple):
    """How many times a flight went around the Earth (the early flights, where people ask)."""

    id: str  # the flight's id
    count: int
    source: str
    notes: str


@dataclass
class Facts:
    """Everything the engine answers from, and the indexes `index()` derives from it."""

    stations: dict[str, Station] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    flights: dict[str, Flight] = field(default_factory=dict)
    expeditions: dict[str, Expedition] = field(default_factory=dict)
    modules: dict[str, Module] = field(default_factory=dict)
    seats: list[Seat] = field(default_factory=list)
    members: list[Member] = field(default_factory=list)
    trips: list[Trip] = field(default_factory=list)
    evas: dict[str, Eva] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    occupations: dict[str, Occupation] = field(default_factory=dict)
    moon_landings: dict[str, MoonLanding] = field(default_factory=dict)
    orbits: dict[str, Orbits] = field(default_factory=dict)
    dockings: dict[str, Docking] = field(default_factory=dict)
    world_events: dict[str, WorldEvent] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)
    # indexes, filled by index()
    seats_by_flight: dict[str, list[Seat]] = field(default_factory=dict)
    # the stations a flight that moved between them docked with, in order (Soyuz T-15)
    visits_by_flight: dict[str, tuple[str, ...]] = field(default_factory=dict)
    seats_by_person: dict[str, list[Seat]] = field(default_factory=dict)
    trips_by_person: dict[str, list[Trip]] = field(default_factory=dict)
    evas_by_person: dict[str, list[Eva]] = field(default_factory=dict)  # in start order
    evas_by_start: list[Eva] = field(default_factory=list)
    members_by_expedition: dict[str, list[Member]] = field(default_factory=dict)
    members_by_person: dict[str, list[Member]] = field(default_factory=dict)
    expedition_by_number: dict[tuple[str, int], Expedition] = field(default_factory=dict)
    stays: list[Stay] = field(default_factory=list)
    claims: list[tuple[str, str, str]] = field(default_factory=list)  # person, first, folded core
    claim_words: dict[str, set[int]] = field(default_factory=dict)
    # stays by station and in start order, and the longest stay: "who was aboard on <date>"
    # looks only at stays that began within that span before the date
    stays_by_start: list[Stay] = field(default_factory=list)
    stay_starts: list[datetime] = field(default_factory=list)
    longest_stay: timedelta = timedelta(0)
    open_stays: list[Stay] = field(default_factory=list)
    flights_by_launch: list[Flight] = field(default_factory=list)
    memo: dict = field(default_factory=dict)  # answers that depend only on the store
    # What other parts of the program prepared from these facts at build time (the alias
    # index), read back with them from the store's snapshot; empty when read from tables.
    prepared: dict = field(default_factory=dict, repr=False, compare=False)
    loaded_from: str = field(default="tables", repr=False, compare=False)  # or "snapshot"
    # `aliases` (kind, id, folded, shared) is needed only to build the alias index, which
    # a snapshot already holds: decoded from `_aliases_json` on first use.
    _aliases: list[tuple[str, str, str, bool]] | None = field(
        default=None, repr=False, compare=False
    )
    _aliases_json: bytes | None = field(default=None, repr=False, compare=False)  # zlib
    # attribute -> what sets it (and the others read with it): the parts of a snapshot
    # that are made on first use, see __getattr__
    _loaders: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def aliases(self) -> list[tuple[str, str, str, bool]]:
        if self._aliases is None:
            rows = json.loads(zlib.decompress(self._aliases_json)) if self._aliases_json else []
            self._aliases = [(k, e, f, bool(s)) for k, e, f, s in rows]
        return self._aliases

    @aliases.setter
    def aliases(self, rows: list[tuple[str, str, str, bool]]) -> None:
        self._aliases = rows

    def __getattr__(self, name: str):
        # Reached only for an attribute not set yet: at 100x, reading the links (crew
        # rows, expedition crews, trips and stays: ~450,000 objects) when the store opens
        # would take most of the opening time, and a question may need none of them.
        loader = self.__dict__.get("_loaders", {}).get(name)
        if loader is None:
            if name in self.__dict__:  # made by another thread since this lookup began
                return self.__dict__[name]
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        with _LOADING:
            if name not in self.__dict__:  # another thread may have just made it
                loader()
                # forgotten once run: when all have, what they kept for reading goes too
                for made in [n for n, f in self._loaders.items() if f is loader]:
                    del self._loaders[made]
        return self.__dict__[name]

    def load_all(self) -> Facts:
        """Make every part now (a server does, so that no question pays for it)."""
        for name in list(self._loaders):
            getattr(self, name)  # a no-op for a part made meanwhile
        return self

    def index(self) -> Facts:
        # Groups are tuples: read-only, and ~32 bytes lighter each than a list (a quarter
        # of a million groups at 100x)
        def group(items, key):
            out = defaultdict(list)
            for it in items:
                out[key(it)].append(it)
            return {k: tuple(v) for k, v in out.items()}

        def launched(seat: Seat):
            f = self.flights[seat.flight]
            return f.launch.dt if f.launch else datetime.max

        self.seats_by_flight = group(self.seats, lambda s: s.flight)
        self.seats_by_person = {
            k: tuple(sorted(v, key=launched))
            for k, v in group(self.seats, lambda s: s.person).items()
        }
        self.trips_by_person = {
            k: tuple(sorted(v, key=lambda t: t.start))
            for k, v in group(self.trips, lambda t: t.person).items()
        }
        self.evas_by_start = sorted(self.evas.values(), key=lambda e: e.start.dt)
        walks = defaultdict(list)
        for eva in self.evas_by_start:
            for person in eva.crew:
                walks[person].append(eva)
        self.evas_by_person = {k: tuple(v) for k, v in walks.items()}
        self.members_by_expedition = group(self.members, lambda m: m.expedition)
        self.members_by_person = group(self.members, lambda m: m.person)
        self.expedition_by_number = {(e.station, e.number): e for e in self.expeditions.values()}
        # a first's words without its parenthesis ("(Shenzhou 9, 2012)"), folded once
        # "first human in space and first person to orbit the Earth" is two firsts
        self.claims = [
            (p.id, c, fold(re.sub(r"\([^)]*\)", " ", part)))
            for p in self.people.values()
            for c in p.firsts
            for part in re.split(r"\s+and (?=(?:the )?first\b)", c)
        ]
        # word-start index over the claims, so a question only meets the claims it could match
        words = defaultdict(set)
        for i, (_pid, _claim, core) in enumerate(self.claims):
            for w in core.split():
                if len(w) > 2:
                    words[w[:4]].add(i)
        # a plain dict, as the snapshot gives: a lookup of a missing word never adds it
        self.claim_words = dict(words)
        self.stays = []
        # a flight that moved between stations: its dockings in order (Soyuz T-15)
        moved: dict[str, list[Docking]] = defaultdict(list)
        for d in sorted(self.dockings.values(), key=lambda d: d.docked.dt):
            moved[d.flight].append(d)
        # only the flights that moved between stations; the others visited their `station`
        self.visits_by_flight = {
            fid: tuple(dict.fromkeys(d.station for d in docks)) for fid, docks in moved.items()
        }
        for trip in self.trips:
            up = self.flights[trip.up_flight]
            if not up.reached_station:
                continue
            if moved.get(up.id) and trip.down_flight == up.id:
                # one stay per docking: aboard Mir, then Salyut 7, then Mir again
                for d in moved[up.id]:
                    end = d.undocked.dt if d.undocked else trip.end
                    self.stays.append(Stay(trip.person, d.station, d.docked.dt, end, trip))
                continue
            start = (up.docking or up.launch).dt if (up.docking or up.launch) else trip.start
            end = None
            if trip.down_flight:
                down = self.flights[trip.down_flight]
                end_i = down.undocking or down.landing
                end = end_i.dt if end_i else trip.end
            self.stays.append(Stay(trip.person, up.station, start, end, trip))
        self.stays_by_start = sorted(self.stays, key=lambda s: s.start)
        self.stay_starts = [s.start for s in self.stays_by_start]
        closed = [s.end - s.start for s in self.stays if s.end]
        self.longest_stay = max(closed, default=timedelta(0))
        self.open_stays = [s for s in self.stays_by_start if s.end is None]
        self.flights_by_launch = sorted(
            (f for f in self.flights.values() if f.launch), key=lambda f: f.launch.dt
        )
        self.memo = {}
        return self

    def evas_of(self, person: str, until: datetime | None = None) -> list[Eva]:
        """A person's EVAs in time order, those begun by `until` when it is given."""
        walks = self.evas_by_person.get(person, [])
        return [e for e in walks if until is None or e.start.dt <= until]

    def stays_overlapping(self, lo: datetime, hi: datetime) -> list[Stay]:
        """Stays that were under way at some moment between lo and hi, in start order."""
        first = bisect.bisect_left(self.stay_starts, lo - self.longest_stay)
        last = bisect.bisect_right(self.stay_starts, hi)
        out = [s for s in self.stays_by_start[first:last] if s.end is not None and s.end >= lo]
        out += [s for s in self.open_stays if s.start <= hi]
        return sorted(out, key=lambda s: s.start)


_LOADING = threading.RLock()  # one part at a time; a part may need another (stays: trips)


def _inst(v: str | None) -> Instant | None:
    return parse_instant(v) if v else None


def _s(v: object) -> str:
    return "" if v is None else str(v)


def connect_readonly(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def load_facts(db_path: Path) -> Facts:
    """Read the whole store into memory (read-only connection, closed afterwards)."""
    conn = connect_readonly(db_path)
    try:
        q = conn.execute
        facts = Facts()
        for r in q("select * from stations"):
            facts.stations[r["id"]] = Station(
                r["id"], r["name"], tuple(split_list(_s(r["aliases"]))),
                tuple(split_list(_s(r["operator"]))), _inst(r["launch_utc"]),
                _inst(r["end_utc"]), _s(r["end_notes"]), _s(r["call_sign"]), _inst(r["complete_to"]),
                _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
        for r in q("select * from people"):
            facts.people[r["id"]] = Person(
                r["id"], r["name"], _s(r["native_name"]),
                tuple(a.lstrip("~") for a in split_list(_s(r["aliases"]))),
                tuple(split_list(_s(r["nationality"]))), tuple(split_list(_s(r["agency"]))),
                _s(r["sex"]), parse_date(r["birth_date"]), _s(r["kind"]),
                tuple(split_list(_s(r["firsts"]))), _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
        for r in q("select * from flights"):
            facts.flights[r["id"]] = Flight(
                r["id"], r["name"], tuple(a.lstrip("~") for a in split_list(_s(r["aliases"]))),
                r["program"], _s(r["spacecraft"]), _s(r["station"]), _inst(r["launch_utc"]),
                _s(r["launch_site"]), _s(r["launch_pad"]), _s(r["launch_tz"]),
                _inst(r["docking_utc"]), _inst(r["undocking_utc"]), _s(r["docking_port"]),
                _inst(r["landing_utc"]), _s(r["landing_site"]), _s(r["landing_tz"]),
                r["landing_lat"], r["landing_lon"], _s(r["landing_kind"]),
                _s(r["recovery_ship"]), _s(r["outcome"]) or "success",
                tuple(split_list(_s(r["payload"]))), _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
        for r in q("select * from expeditions"):
            facts.expeditions[r["id"]] = Expedition(
                r["id"], r["station"], int(float(r["number"])), r["name"],
                _inst(r["start_utc"]), _inst(r["end_utc"]), _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
        for r in q("select * from modules"):
            facts.modules[r["id"]] = Module(
                r["id"], r["station"], r["name"],
                tuple(a.lstrip("~") for a in split_list(_s(r["aliases"]))), _s(r["kind"]),
                _inst(r["launch_utc"]), _inst(r["attached_utc"]), _s(r["delivered_by"]),
                _s(r["launch_vehicle"]), _inst(r["end_utc"]), _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
        facts.seats = [
            Seat(r["flight"], r["person"], r["role"], r["direction"], _s(r["source"]),
                 _s(r["notes"]))
            for r in q("select * from crew")
        ]  # fmt: skip
        facts.members = [
            Member(r["expedition"], r["person"], r["role"], _inst(r["start_utc"]),
                   _inst(r["end_utc"]), _s(r["source"]), _s(r["notes"]))
            for r in q("select * from expedition_crew")
        ]  # fmt: skip
        facts.trips = [
            Trip(r["person"], r["up_flight"], r["down_flight"],
                 parse_instant(r["start_utc"]).dt,
                 parse_instant(r["end_utc"]).dt if r["end_utc"] else None)
            for r in q("select * from trips")
        ]  # fmt: skip
        for r in q("select * from evas"):
            facts.evas[r["id"]] = Eva(
                r["id"], r["name"], _s(r["station"]), _s(r["flight"]),
                parse_instant(r["start_utc"]), _inst(r["end_utc"]),
                tuple(split_list(r["crew"])), r["kind"], _s(r["airlock"]), _s(r["purpose"]),
                _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
        for r in q("select * from events"):
            facts.events[r["id"]] = Event(
                r["id"], parse_instant(r["date_utc"]), _s(r["station"]), _s(r["flight"]),
                tuple(split_list(_s(r["people"]))), r["kind"], r["summary"], _s(r["module"]),
                _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
        held: dict[str, list[tuple[str, str]]] = {}
        for r in q("select * from occupations order by person"):
            held.setdefault(r["occupation"], []).append((r["person"], _s(r["source"])))
        for r in q("select * from occupation_kinds"):
            who = held.get(r["occupation"], [])
            facts.occupations[r["occupation"]] = Occupation(
                r["occupation"], tuple(split_list(r["words"])), r["complete"] == "yes",
                tuple(p for p, _ in who), tuple(src for _, src in who), _s(r["source"]),
                _s(r["notes"]),
            )  # fmt: skip
        for r in q("select * from world_events"):
            facts.world_events[r["id"]] = WorldEvent(
                r["id"], r["name"], tuple(split_list(r["aliases"])), parse_instant(r["date_utc"]),
                _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
        for r in q("select * from station_dockings order by flight, docking_utc"):
            d = Docking(
                f"{r['flight']}@{r['docking_utc']}", r["flight"], r["station"],
                parse_instant(r["docking_utc"]), _inst(r["undocking_utc"]), _s(r["port"]),
                _s(r["source"]), _s(r["notes"]),
            )  # fmt: skip
            facts.dockings[d.id] = d
        for r in q("select * from orbits"):
            facts.orbits[r["flight"]] = Orbits(
                r["flight"], int(float(r["orbits"])), _s(r["source"]), _s(r["notes"])
            )
        for r in q("select * from moon_landings"):
            facts.moon_landings[r["flight"]] = MoonLanding(
                r["flight"], r["site"], tuple(split_list(_s(r["site_aliases"]))),
                _s(r["lunar_module"]), tuple(split_list(_s(r["lm_aliases"]))),
                _inst(r["touchdown_utc"]), _inst(r["liftoff_utc"]),
                float(r["lat"]) if r["lat"] not in (None, "") else None,
                float(r["lon"]) if r["lon"] not in (None, "") else None,
                int(r["moonwalks"] or 0), _s(r["moonwalk_total"]), r["kind"], _s(r["source"]),
                _s(r["notes"]),
            )  # fmt: skip
        facts.aliases = [
            (r["kind"], r["entity"], r["folded"], bool(r["shared"]))
            for r in q("select kind, entity, folded, shared from aliases")
        ]
        facts.meta = {r["key"]: r["value"] for r in q("select key, value from meta")}
    finally:
        conn.close()
    return facts.index()
