"""Is the store up to date with data/ (and the code that shapes its snapshot)? Build it
when it is not.

Every `spacebot ask` asks this before it opens the store, so it imports only what the
question needs: the builder (sqlite-utils, the validator, the CSV reader) is imported
when a build is due, not before.
"""

from __future__ import annotations

import sqlite3

# blake2b from its C module: `import hashlib` loads OpenSSL first (~5-8 ms of every
# `spacebot ask`, which checks the store against data/ and the code that shapes it)
from _blake2 import blake2b
from pathlib import Path
from typing import TYPE_CHECKING

from .snapshot import snapshot_key

if TYPE_CHECKING:
    from .build import BuildResult
    from .load import Problem


def data_files(data_dir: Path) -> list[Path]:
    """Every CSV file of data/: `data/<table>.csv` and `data/<table>/*.csv`, in a stable
    order (by name, not by table: listing the tables would import the schema)."""
    return sorted([*data_dir.glob("*.csv"), *data_dir.glob("*/*.csv")])


def data_hash(data_dir: Path) -> str:
    """One hash over every data file's name and bytes, to tell whether a rebuild is due."""
    h = blake2b(digest_size=32)
    for f in data_files(data_dir):
        h.update(str(f.relative_to(data_dir)).encode())
        h.update(b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def data_stat(data_dir: Path) -> str:
    """A hash of every data file's name, size and modification time: when it matches the
    one recorded at build time, the files are the ones built from and `data_hash` (which
    reads every byte, ~3 ms of each `spacebot ask`) need not be worked out again. An edit
    changes the time; a copy that keeps times and sizes but not bytes is the one case it
    misses, as `make` would."""
    h = blake2b(digest_size=16)
    for f in data_files(data_dir):
        st = f.stat()
        h.update(f"{f.relative_to(data_dir)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


def _stored_keys(db_path: Path, check_pages: bool = True) -> dict[str, str] | None:
    """The meta keys saying what a built database was made from (`data_hash`, and
    `snapshot_key` when it has a snapshot), or None if it is missing, unreadable or
    damaged. `quick_check` (~3 ms) catches a file whose first pages are fine but whose
    others are not: its meta table still reads, but opening the store would fail. Without
    `check_pages` the caller must handle that failure when it opens the store."""
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            # every page is read: mapped, without a system call each (~6.5 -> ~3 ms of
            # every `spacebot ask`), as the snapshot is read (bot/store/snapshot.py)
            conn.execute("pragma mmap_size = 1073741824")
            if check_pages and conn.execute("pragma quick_check").fetchone() != ("ok",):
                return None
            rows = conn.execute(
                "select key, value from meta where key in ('data_hash', 'data_stat', 'snapshot_key')"
            ).fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return dict(rows) if rows else None


def stored_hash(db_path: Path) -> str | None:
    """The data hash a built database was made from, or None if it is missing, unreadable
    or damaged."""
    keys = _stored_keys(db_path)
    return keys.get("data_hash") if keys else None


class StoreUnavailable(Exception):
    """No usable database: it is missing and the data does not build."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"the fact store could not be built ({len(problems)} problems)")


def ensure_built(data_dir: Path, db_path: Path, check_pages: bool = True) -> BuildResult | None:
    """Build the store if it is missing or older than data/; None when it is up to date.

    When a rebuild fails but an older database exists, the old one stays in use (the
    returned result carries the problems); with no database at all, StoreUnavailable.
    `check_pages=False` skips reading every page (see `_stored_keys`): for a caller that
    rebuilds when opening fails (`spacebot ask`, see `bot/cli.py`).
    """
    keys = _stored_keys(db_path, check_pages) if db_path.exists() else None
    have = keys.get("data_hash") if keys else None
    if have is not None and not data_dir.is_dir():
        return None
    # An up-to-date store whose snapshot an older engine made is rebuilt too: it would
    # still answer (from its tables), but every process would pay for reading them.
    if (
        have is not None
        and keys.get("snapshot_key") == snapshot_key(have)
        and (keys.get("data_stat") == data_stat(data_dir) or have == data_hash(data_dir))
    ):
        return None
    from .build import build

    result = build(data_dir, db_path)
    if not result.ok and have is None:
        raise StoreUnavailable(result.problems)
    return result
