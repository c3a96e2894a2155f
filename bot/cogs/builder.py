"""What /reload runs in its helper process: build the store file.

A build is many small SQLite calls, each of which lets go of the GIL and then waits to
get it back. In the bot's own process, beside threads that are answering questions,
every one of those waits can take a whole switch interval (the "convoy effect"): with 8
busy askers a 0.3 s reload of the real data took 1-1.5 s, and beside 8 threads that never
pause, from 26 s to minutes (bench/reload_under_load.py). In a helper process they run at
full speed. The build also writes the store's snapshot (bot/store/snapshot.py), so the
bot then reads the new facts and alias index in one query and a few JSON texts, instead
of receiving them pickled from here and rebuilding the index itself.

Imports no discord: the helper loads only this and the store.
"""

from __future__ import annotations

from pathlib import Path

from ..store.build import BuildResult, build


def build_store(data_dir: Path, db_path: Path) -> BuildResult:
    """Build `db_path` from `data_dir` (the snapshot included)."""
    return build(data_dir, db_path)
