"""What `Engine.open` needs, prepared once at build time and read back in one query.

Reading the store's tables row by row, parsing every date and building the alias index
took ~60 ms per process on the real data and ~7 s at 100x; `spacebot ask` paid it on every
call. `spacebot build` therefore also writes a `snapshot` table: the in-memory facts
(`Facts` after `index()`) and what other parts prepared from them (the alias index), plus
the sorted English word list. Every part is plain data that cannot run code when read (no
pickle): JSON texts, and arrays of little-endian integers.

It is compact rather than a copy of every row: each distinct string, tuple of strings,
moment and `Instant` is written once and rows refer to it by number (an array per
column), so equal values are one shared object in memory too, and no int objects are
made while reading; the grouped and sorted views (`seats_by_person`, `stays_by_start`,
...) are arrays of row numbers, so no sort runs when reading.

A snapshot is used only when its key matches: the data hash of the tables beside it and
a hash of the code that shapes it (this module, `facts.py`, `names.py`, `when.py` and the
alias index in `bot/qa/linking.py`). Anything else (no snapshot, an old one, a changed
engine) reads the tables as before, so a stale snapshot can cost time but never answers.
"""

from __future__ import annotations

import gc
import json
import sqlite3
import sys
import zlib

# blake2b from its C module: `import hashlib` loads OpenSSL first (~5-8 ms of every
# `spacebot ask`, which checks the store against data/ and the code that shapes it)
from _blake2 import blake2b
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from functools import cache, partial
from pathlib import Path

from .facts import (
    Docking,
    Eva,
    Event,
    Expedition,
    Facts,
    Flight,
    Member,
    Module,
    MoonLanding,
    Occupation,
    Orbits,
    Person,
    Seat,
    Station,
    Stay,
    Trip,
    WorldEvent,
    connect_readonly,
    load_facts,
)
from .when import Instant

FORMAT = 2
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_HERE = Path(__file__).resolve().parent
# The code whose output the snapshot holds: a change to any of these makes it stale.
_SHAPING_FILES = (
    _HERE / "snapshot.py",
    _HERE / "facts.py",
    _HERE / "names.py",
    _HERE / "when.py",
    _HERE.parent / "qa" / "linking.py",
    _HERE.parent / "qa" / "phrases.py",
)

# (Facts attribute, row class) for the row lists, in decoding order: stays refer to trips.
_ENTITIES = (
    ("stations", Station),
    ("people", Person),
    ("flights", Flight),
    ("expeditions", Expedition),
    ("modules", Module),
    ("evas", Eva),
    ("events", Event),
    ("occupations", Occupation),
    ("moon_landings", MoonLanding),
    ("orbits", Orbits),
    ("dockings", Docking),
    ("world_events", WorldEvent),
)
_LISTS = (("seats", Seat), ("members", Member), ("trips", Trip), ("stays", Stay))
# Facts attribute -> the row list its values come from.
_GROUPS = {
    "seats_by_flight": "seats",
    "seats_by_person": "seats",
    "trips_by_person": "trips",
    "members_by_expedition": "members",
    "members_by_person": "members",
    "evas_by_person": "evas",
}
# How a field of a row class is written, by its annotation.
_KIND = {
    "str": "str",
    "str | None": "str",
    "tuple[str, ...]": "tuple",
    "Instant": "instant",
    "Instant | None": "instant",
    "datetime": "moment",
    "datetime | None": "moment",
    "float | None": "plain",
    "int": "plain",
    "bool": "plain",
    "object": "date",  # Person.birth_date
    "Trip": "trip",
}
# Every Facts field and where the snapshot keeps it; a new field must be added here (the
# build fails loudly until it is), so a snapshot can never silently drop one.
_FACTS_FIELDS = {
    *(name for name, _ in _ENTITIES),
    *(name for name, _ in _LISTS),
    *_GROUPS,
    "meta",
    "expedition_by_number",
    "claims",
    "claim_words",
    "evas_by_start",
    "stays_by_start",
    "stay_starts",
    "longest_stay",
    "visits_by_flight",
    "open_stays",
    "flights_by_launch",
    "memo",
    "prepared",
    "loaded_from",
    "_aliases",
    "_aliases_json",
    "_loaders",
}


@cache
def code_hash() -> str:
    h = blake2b(digest_size=32)
    try:
        for path in _SHAPING_FILES:
            h.update(path.read_bytes())
    except OSError:  # no sources to compare (a zipped install): never trust a snapshot
        return "unknown"
    return h.hexdigest()[:16]


def _row_fields(cls) -> list[tuple[str, str]]:
    """(name, annotation as written) of a row class: NamedTuple keeps each annotation as
    a ForwardRef of its text."""
    return [(n, getattr(t, "__forward_arg__", t)) for n, t in cls.__annotations__.items()]


def snapshot_key(data_hash: str) -> str:
    """What a snapshot made now from data with this hash would be keyed by."""
    code = code_hash()
    return f"{FORMAT}:{data_hash}:{code}" if code != "unknown" else "unknown"


# ------------------------------------------------------------------------------- writing


class _Table:
    """Distinct values in first-seen order, each written once and referred to by number."""

    def __init__(self, first: list | None = None):
        self.values: list = list(first or [])
        self._number = {v: i for i, v in enumerate(self.values)}

    def __call__(self, value) -> int:
        n = self._number.get(value)
        if n is None:
            n = self._number[value] = len(self.values)
            self.values.append(value)
        return n


def _moment_seconds(dt: datetime) -> int:
    if dt.microsecond or dt.utcoffset() != timedelta(0):
        raise ValueError(f"not a whole-second UTC moment: {dt!r}")
    return int((dt - _EPOCH).total_seconds())


def _ints(values, code: str = "I") -> bytes:
    """Numbers as a little-endian array: 4 bytes each, and no int objects when read."""
    arr = array(code, values)
    if sys.byteorder != "little":
        arr.byteswap()
    return arr.tobytes()


def _array(blob: bytes, code: str = "I") -> array:
    arr = array(code)
    arr.frombytes(blob)
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


# Column kinds written as arrays of numbers (into the value tables or row lists).
_NUMBERED = frozenset({"str", "tuple", "instant", "moment", "trip"})


def encode(facts: Facts, prepared: dict) -> dict[str, bytes]:
    """The snapshot's parts for `facts` (already indexed) and `prepared`: JSON texts and
    arrays of numbers, as bytes."""
    missing = {f.name for f in fields(Facts)} - _FACTS_FIELDS
    if missing:
        raise ValueError(f"the snapshot does not know Facts fields {sorted(missing)}")
    strings = _Table([None, ""])
    tuples = _Table([()])
    moments = _Table()
    instants = _Table()
    moment = lambda dt: 0 if dt is None else 1 + moments(_moment_seconds(dt))  # noqa: E731

    def instant(i: Instant | None) -> int:
        return 0 if i is None else 1 + instants(2 * (moment(i.dt) - 1) + int(i.has_time))

    number = {}  # id(row) -> its position in its list, for groups and references
    trip_number = {id(t): i for i, t in enumerate(facts.trips)}
    encoders = {
        "str": strings,
        "tuple": lambda v: tuples(tuple(strings(s) for s in v)),
        "instant": instant,
        "moment": moment,
        "plain": lambda v: v,
        "date": lambda v: v.isoformat() if v else None,
        "trip": lambda v: trip_number[id(v)],
    }
    parts: dict[str, bytes] = {}
    for name, cls in (*_ENTITIES, *_LISTS):
        rows = list(getattr(facts, name).values()) if name in dict(_ENTITIES) else getattr(
            facts, name
        )  # fmt: skip
        for i, r in enumerate(rows):
            number[id(r)] = i
        plain = {"count": len(rows)}
        for field_name, annotation in _row_fields(cls):
            kind = _KIND[annotation]
            column = [encoders[kind](getattr(r, field_name)) for r in rows]
            if kind in _NUMBERED:
                parts[f"col.{name}.{field_name}"] = _ints(column)
            else:
                plain[field_name] = column
        parts[f"rows.{name}"] = _json(plain)
    for attr in _GROUPS:
        keys, starts, order = [], [0], []
        for k, v in getattr(facts, attr).items():
            keys.append(strings(k))
            order.extend(number[id(r)] for r in v)
            starts.append(len(order))
        parts[f"group.{attr}.keys"] = _ints(keys)
        parts[f"group.{attr}.starts"] = _ints(starts)
        parts[f"group.{attr}.order"] = _ints(order)
    for attr in ("stays_by_start", "open_stays", "flights_by_launch", "evas_by_start"):
        parts[f"list.{attr}"] = _ints(number[id(r)] for r in getattr(facts, attr))
    parts["index"] = _json(
        {
            "expedition_by_number": [
                [st, n, number[id(e)]] for (st, n), e in facts.expedition_by_number.items()
            ],
            "claims": [[strings(p), strings(c), strings(core)] for p, c, core in facts.claims],
            "claim_words": {w: sorted(ids) for w, ids in facts.claim_words.items()},
            "longest_stay": [
                facts.longest_stay.days,
                facts.longest_stay.seconds,
                facts.longest_stay.microseconds,
            ],
            "visits_by_flight": {f: list(v) for f, v in facts.visits_by_flight.items()},
        }
    )
    parts["values.strings"] = _json(strings.values)
    parts["values.tuples"] = _json(tuples.values)
    parts["values.moments"] = _ints(moments.values, "q")
    parts["values.instants"] = _ints(instants.values)
    # needed only to rebuild the alias index, which is here too: kept compressed
    parts["aliases"] = zlib.compress(_json([[k, e, f, int(s)] for k, e, f, s in facts.aliases]))
    for name, value in prepared.items():
        parts[f"prepared.{name}"] = _json(value)
    return parts


def write(conn: sqlite3.Connection, data_hash: str, facts: Facts, prepared: dict,
          blobs: dict[str, bytes]) -> str:  # fmt: skip
    """Store the snapshot of `facts` in `conn` (the build's new database); its key."""
    key = snapshot_key(data_hash)
    conn.execute("create table snapshot (part text primary key, key text not null, body blob)")
    rows = [(part, key, body) for part, body in encode(facts, prepared).items()]
    rows += [(f"blob.{name}", key, value) for name, value in blobs.items()]
    conn.executemany("insert into snapshot values (?, ?, ?)", rows)
    conn.execute("insert or replace into meta (key, value) values ('snapshot_key', ?)", (key,))
    return key


# ------------------------------------------------------------------------------- reading


def decode(parts: dict[str, bytes], meta: dict[str, str]) -> Facts:
    """Facts from the snapshot's parts; each part is dropped from `parts` once used, so
    the bytes read and the objects made from them are not all held at once. The links
    (crew, expedition crews, trips, stays) are made when first used."""
    take = parts.pop
    strings = json.loads(take("values.strings"))
    tuples = [tuple([strings[i] for i in t]) for t in json.loads(take("values.tuples"))]
    moments = [None] + [_EPOCH + timedelta(seconds=s) for s in _array(take("values.moments"), "q")]
    instants = [None] + [
        Instant(moments[1 + (v >> 1)], bool(v & 1)) for v in _array(take("values.instants"))
    ]
    facts = Facts()
    decoders = {
        "str": lambda col: [strings[i] for i in col],
        "tuple": lambda col: [tuples[i] for i in col],
        "instant": lambda col: [instants[i] for i in col],
        "moment": lambda col: [moments[i] for i in col],
        "plain": lambda col: col,
        "date": lambda col: [date.fromisoformat(v) if v else None for v in col],
        "trip": lambda col: [facts.trips[i] for i in col],
    }

    def rows(name: str, cls) -> list:
        plain = json.loads(take(f"rows.{name}"))
        columns = []
        for field_name, annotation in _row_fields(cls):
            kind = _KIND[annotation]
            raw = (
                _array(take(f"col.{name}.{field_name}")) if kind in _NUMBERED else plain[field_name]
            )
            columns.append(decoders[kind](raw))
        return list(map(cls, *columns)) if columns else []

    def group(attr: str, rows: list) -> dict[str, list]:
        keys = _array(take(f"group.{attr}.keys"))
        starts = _array(take(f"group.{attr}.starts"))
        order = tuple([rows[i] for i in _array(take(f"group.{attr}.order"))])
        # tuple slices: read-only groups, lighter than lists (see Facts.index)
        return {strings[k]: order[starts[n] : starts[n + 1]] for n, k in enumerate(keys)}

    entities = {}
    for name, cls in _ENTITIES:
        entities[name] = rows(name, cls)
        setattr(facts, name, {r.id: r for r in entities[name]})
    flights, exps = entities["flights"], entities["expeditions"]
    facts.flights_by_launch = [flights[i] for i in _array(take("list.flights_by_launch"))]
    evas = entities["evas"]
    facts.evas_by_start = [evas[i] for i in _array(take("list.evas_by_start"))]
    facts.evas_by_person = group("evas_by_person", evas)
    index = json.loads(take("index"))
    facts.expedition_by_number = {(st, n): exps[i] for st, n, i in index["expedition_by_number"]}
    facts.claims = [(strings[p], strings[c], strings[k]) for p, c, k in index["claims"]]
    facts.claim_words = {w: set(ids) for w, ids in index["claim_words"].items()}
    facts.longest_stay = timedelta(*index["longest_stay"])
    facts.visits_by_flight = {f: tuple(v) for f, v in index["visits_by_flight"].items()}
    facts.meta = meta
    facts._aliases_json = take("aliases")

    # The links are made on first use (Facts.__getattr__), each with its indexes.
    def load_seats() -> None:
        with without_gc():
            facts.seats = rows("seats", Seat)
            facts.seats_by_flight = group("seats_by_flight", facts.seats)
            facts.seats_by_person = group("seats_by_person", facts.seats)

    def load_members() -> None:
        with without_gc():
            facts.members = rows("members", Member)
            facts.members_by_expedition = group("members_by_expedition", facts.members)
            facts.members_by_person = group("members_by_person", facts.members)

    def load_trips() -> None:
        with without_gc():
            facts.trips = rows("trips", Trip)
            facts.trips_by_person = group("trips_by_person", facts.trips)

    def load_stays() -> None:
        with without_gc():
            facts.stays = stays = rows("stays", Stay)  # reads facts.trips: their unit first
            facts.stays_by_start = [stays[i] for i in _array(take("list.stays_by_start"))]
            facts.stay_starts = [s.start for s in facts.stays_by_start]
            facts.open_stays = [stays[i] for i in _array(take("list.open_stays"))]

    for load, names in (
        (load_seats, ("seats", "seats_by_flight", "seats_by_person")),
        (load_members, ("members", "members_by_expedition", "members_by_person")),
        (load_trips, ("trips", "trips_by_person")),
        (load_stays, ("stays", "stays_by_start", "stay_starts", "open_stays")),
    ):
        for name in names:
            del facts.__dict__[name]
            facts._loaders[name] = load
    # kept as read (JSON, bytes): whoever prepared a part decodes it (EntityIndex)
    facts.prepared = {
        name.split(".", 1)[1]: parts.pop(name)
        for name in list(parts)
        if name.startswith("prepared.")
    }
    facts.loaded_from = "snapshot"
    return facts


def read(conn: sqlite3.Connection) -> tuple[dict[str, str | bytes], dict[str, str]] | None:
    """The snapshot's parts and the store's meta table, or None when there is no snapshot
    or it is stale."""
    meta = dict(conn.execute("select key, value from meta"))
    if "data_hash" not in meta:
        return None
    key = snapshot_key(meta["data_hash"])
    if key == "unknown" or meta.get("snapshot_key") != key:
        return None
    try:
        # not the blobs (the dictionary): read when first needed, see read_blobs
        rows = conn.execute(
            "select part, key, body from snapshot where part not like 'blob.%'"
        ).fetchall()
    except sqlite3.OperationalError:  # a store built before snapshots
        return None
    key = meta["snapshot_key"]
    if not rows or any(k != key for _, k, _ in rows):
        return None
    return {part: body for part, _, body in rows}, meta


@contextmanager
def without_gc() -> Iterator[None]:
    """Reading a store makes thousands (at 100x, ~a million) of objects that all live on:
    the cyclic collector would scan them over and over meanwhile, for nothing (a third of
    the time on the real store)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_blobs(db_path: Path) -> tuple[bytes, bytes] | None:
    """The dictionary the build kept (the english-words list as `SortedWords` blobs), or
    None when the store no longer has one. The same for every build, so a store rebuilt
    since opening serves as well."""
    try:
        conn = connect_readonly(db_path)
        conn.row_factory = None
        try:
            parts = dict(
                conn.execute(
                    "select part, body from snapshot"
                    " where part in ('blob.english_words', 'blob.english_offsets')"
                )
            )
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    if len(parts) != 2:
        return None
    return parts["blob.english_words"], parts["blob.english_offsets"]


def open_facts(db_path: Path) -> Facts:
    """The store's facts: from its snapshot when it is current, else from its tables."""
    conn = connect_readonly(db_path)
    conn.row_factory = None
    # The snapshot is a few MB of overflow pages (~55 MB at 100x): mapped into memory,
    # SQLite reads them without a system call per page (~5 ms -> ~1 ms on the real store).
    conn.execute("pragma mmap_size = 1073741824")
    try:
        parts = read(conn)
    finally:
        conn.close()
    with without_gc():
        if parts is None:
            return load_facts(db_path)
        facts = decode(*parts)
    facts.prepared["english_words"] = partial(read_blobs, db_path)
    return facts
