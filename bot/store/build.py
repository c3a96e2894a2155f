"""`spacebot build`: validate data/ and write one SQLite file, atomically.

The database is built next to the target under a temporary name and renamed over it
only when the whole build succeeded, so a failed build never replaces a good store and a
running bot that reopens the file always sees a complete one.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .freshness import StoreUnavailable, data_hash, data_stat, ensure_built, stored_hash
from .load import Problem, Row
from .names import fold, split_list
from .schema import ENTITY_TABLES, TABLES

# sqlite_utils (~40 ms to import) and the validator are imported by the functions that
# build: `spacebot ask` on a built store only compares the data hash.


@dataclass
class BuildResult:
    ok: bool
    problems: list[Problem] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    db_path: Path | None = None
    data_hash: str = ""


def check(data_dir: Path) -> tuple[dict[str, list[Row]], list[Problem]]:
    from .load import read_tables
    from .validate import validate

    tables, problems = read_tables(data_dir)
    problems = problems + validate(tables)
    return tables, problems


def _records(rows: list[Row]) -> list[dict[str, object]]:
    out = []
    for row in rows:
        spec = TABLES[row.table]
        rec: dict[str, object] = {}
        for col in spec.columns:
            v = row[col]
            if col in spec.numbers:
                rec[col] = float(v) if v else None
            else:
                rec[col] = v or None
        out.append(rec)
    return out


def _alias_rows(tables: dict[str, list[Row]]) -> list[dict[str, object]]:
    """Every name an entity is known by, folded, for exact lookup by the engine."""
    from .validate import AMBIGUOUS_MARK

    rows = []
    for table in ENTITY_TABLES:
        for row in tables[table]:
            names = [(row["name"], False)]
            names += [
                (a.removeprefix(AMBIGUOUS_MARK), a.startswith(AMBIGUOUS_MARK))
                for a in split_list(row["aliases"])
            ]
            if table == "people" and row["native_name"]:
                names.append((row["native_name"], False))
            seen = set()
            for alias, shared in names:
                key = fold(alias)
                if key and key not in seen:
                    seen.add(key)
                    rows.append(
                        {
                            "kind": table,
                            "entity": row["id"],
                            "alias": alias,
                            "folded": key,
                            "shared": int(shared),
                        }
                    )
    return rows


def _trip_rows(tables: dict[str, list[Row]]) -> list[dict[str, object]]:
    """Each person's trips to space: the seat they went up in and the one they came down in."""
    from .validate import pair_trips

    flights = {r["id"]: r for r in tables["flights"]}
    by_person: dict[str, list[Row]] = {}
    for row in tables["crew"]:
        by_person.setdefault(row["person"], []).append(row)
    out = []
    for person, seats in by_person.items():
        trips, _ = pair_trips(person, seats, flights)
        for trip in trips:
            out.append(
                {
                    "person": person,
                    "up_flight": trip.up["flight"],
                    "down_flight": trip.down["flight"] if trip.down else None,
                    "start_utc": trip.start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "end_utc": trip.end.strftime("%Y-%m-%dT%H:%M:%SZ") if trip.end else None,
                }
            )
    return out


def _write_snapshot(conn: sqlite3.Connection, db_path: Path, digest: str) -> None:
    """What every `Engine.open` needs, made once here (see bot/store/snapshot.py): the
    facts as read back from the new tables, and the alias index the engine builds from
    them. The engine's linking module is imported for that, and only here."""
    from ..qa.linking import EntityIndex, english_words
    from ..qa.phrases import local_times
    from . import snapshot
    from .facts import load_facts

    facts = load_facts(db_path)
    prepared = {"alias_index": EntityIndex(facts).prepared(), "local_times": local_times(facts)}
    snapshot.write(conn, digest, facts, prepared, english_words().blobs())


def build(data_dir: Path, db_path: Path) -> BuildResult:
    import tempfile

    import sqlite_utils

    started = time.perf_counter()
    tables, problems = check(data_dir)
    if problems:
        return BuildResult(False, problems, seconds=time.perf_counter() - started)

    db_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=db_path.name + ".", suffix=".tmp", dir=db_path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    # before reading: a file edited while the build runs then no longer matches it
    stat = data_stat(data_dir)
    digest = data_hash(data_dir)
    try:
        db = sqlite_utils.Database(tmp)
        for name, spec in TABLES.items():
            fks = [(col, target, TABLES[target].pk[0]) for col, target in spec.references.items()]
            pk = spec.pk[0] if len(spec.pk) == 1 else spec.pk
            if name == "expedition_crew":
                pk = None  # start_utc may be empty; rows are kept unique by validation
            columns = {c: (float if c in spec.numbers else str) for c in spec.columns}
            table = db[name]
            table.create(columns, pk=pk, foreign_keys=fks or None, not_null=set(spec.required))
            table.insert_all(_records(tables[name]))
        db["aliases"].insert_all(_alias_rows(tables))
        db["trips"].create(
            {
                "person": str,
                "up_flight": str,
                "down_flight": str,
                "start_utc": str,
                "end_utc": str,
            },
            foreign_keys=[
                ("person", "people", "id"),
                ("up_flight", "flights", "id"),
                ("down_flight", "flights", "id"),
            ],
        )
        db["trips"].insert_all(_trip_rows(tables))
        # one row per walker per EVA, so "whose EVAs" is an indexed lookup, not a LIKE
        db["eva_crew"].create(
            {"eva": str, "person": str, "position": int},
            pk=("eva", "person"),
            foreign_keys=[("eva", "evas", "id"), ("person", "people", "id")],
        )
        db["eva_crew"].insert_all(
            {"eva": row["id"], "person": person, "position": i}
            for row in tables["evas"]
            for i, person in enumerate(split_list(row["crew"]), start=1)
        )
        for table, cols in (
            ("aliases", ["folded"]),
            ("aliases", ["kind", "entity"]),
            ("crew", ["person"]),
            ("crew", ["flight"]),
            ("flights", ["station", "launch_utc"]),
            ("expeditions", ["station", "number"]),
            ("expedition_crew", ["expedition"]),
            ("expedition_crew", ["person"]),
            ("trips", ["person"]),
            ("trips", ["start_utc", "end_utc"]),
            ("eva_crew", ["person"]),
            ("evas", ["start_utc"]),
            ("evas", ["station", "start_utc"]),
            ("events", ["date_utc"]),
        ):
            db[table].create_index(cols, if_not_exists=True)
        counts = {name: db[name].count for name in (*TABLES, "aliases", "trips", "eva_crew")}
        db["meta"].insert_all(
            [
                {"key": "built_utc", "value": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")},
                {"key": "data_hash", "value": digest},
                {"key": "data_stat", "value": stat},
                *({"key": f"rows_{k}", "value": str(v)} for k, v in counts.items()),
            ],
            pk="key",
        )
        db.conn.commit()
        _write_snapshot(db.conn, tmp, digest)
        db.conn.commit()
        db.close()
        # A reader that opened the old file keeps it; new readers get the new one.
        os.replace(tmp, db_path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BuildResult(
        True, [], counts, time.perf_counter() - started, db_path=db_path, data_hash=digest
    )


__all__ = ["BuildResult", "StoreUnavailable", "build", "check", "ensure_built", "stored_hash"]
