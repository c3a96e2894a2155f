"""What /reload runs in its helper process: build the store file, then read it into memory.

Both steps are many small SQLite calls, each of which lets go of the GIL and then waits
to get it back. In the bot's own process, beside threads that are answering questions,
every one of those waits can take a whole switch interval (the "convoy effect"): with 8
busy askers a 0.3 s reload of the real data took 1-1.5 s, and beside 8 threads that never
pause, from 26 s to minutes (bench/reload_under_load.py). In a helper process they run at full speed; the facts come back pickled
(about 1 MB, 10 ms to unpickle), and the bot only builds its in-memory indexes from them.

Imports no discord: the helper loads only this and the store.
"""

from __future__ import annotations

from pathlib import Path

from ..store.build import BuildResult, build
from ..store.facts import Facts, load_facts


def build_and_load(data_dir: Path, db_path: Path) -> tuple[BuildResult, Facts | None]:
    """Build `db_path` from `data_dir`; on success also the new store's facts."""
    result = build(data_dir, db_path)
    return result, (load_facts(db_path) if result.ok else None)
