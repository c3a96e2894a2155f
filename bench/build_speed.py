"""How long `build(data/, db)` takes, and a whole reload (build + open the new store).

    python bench/build_speed.py              # data/, 5 runs
    python bench/build_speed.py --runs 10 --json
    python bench/build_speed.py --data /tmp/synthetic-data --runs 2

Per run, into a fresh temporary file:

- check: read the CSV files and validate them (what `spacebot build --check` does);
- build: check + write the SQLite file and rename it into place (`build()`);
- reload: what the bot's /reload does: build, then open the new store (`Engine.open`
  plus the autocomplete `Lookup` when bot.cogs is present).

Nothing here asserts a time; the target (build/reload <= 1 s on the real data) is printed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TARGET_S = 1.0


def _stats(values: list[float]) -> dict:
    return {
        "median_s": statistics.median(values),
        "min_s": min(values),
        "max_s": max(values),
        "runs": len(values),
    }


def run_build_bench(data_dir: Path, runs: int = 5) -> dict:
    from bot.qa.engine import Engine
    from bot.store.build import build, check

    try:
        from bot.cogs.lookup import Lookup
    except ImportError:  # the Discord layer is optional for this measurement
        Lookup = None

    check_s, build_s, reload_s = [], [], []
    counts: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="spacebot-build-bench-") as tmp:
        for i in range(runs):
            t0 = time.perf_counter()
            _, problems = check(data_dir)
            check_s.append(time.perf_counter() - t0)
            if problems:
                sys.exit(f"{data_dir} has {len(problems)} problems, e.g. {problems[0]}")

            db = Path(tmp) / f"build-{i}.db"
            t0 = time.perf_counter()
            result = build(data_dir, db)
            build_s.append(time.perf_counter() - t0)
            counts = result.counts

            db = Path(tmp) / f"reload-{i}.db"
            t0 = time.perf_counter()
            build(data_dir, db)
            engine = Engine.open(db)
            if Lookup is not None:
                Lookup(engine.facts)
            reload_s.append(time.perf_counter() - t0)
            del engine
    return {
        "data": str(data_dir),
        "counts": counts,
        "check": _stats(check_s),
        "build": _stats(build_s),
        "reload": _stats(reload_s),
        "reload_includes_lookup": Lookup is not None,
    }


def format_result(r: dict, target_s: float | None = TARGET_S) -> str:
    counts = ", ".join(f"{k} {v}" for k, v in r["counts"].items())
    lines = [
        f"build speed on {r['data']} ({r['build']['runs']} runs)",
        f"rows: {counts}",
        "",
        f"{'step':<40}{'median':>9}{'min':>9}{'max':>9}  {'target':>7}  verdict",
    ]
    what = "build + Engine.open" + (" + Lookup" if r["reload_includes_lookup"] else "")
    for key, label, has_target in (
        ("check", "check (read + validate)", False),
        ("build", "build (check + write SQLite)", True),
        ("reload", f"reload ({what})", True),
    ):
        s = r[key]
        t = target_s if has_target else None
        verdict = "" if t is None else ("ok" if s["median_s"] <= t else "MISSED")
        tshown = f"<= {t:g} s" if t is not None else ""
        lines.append(
            f"{label:<40}{s['median_s']:>8.3f}s{s['min_s']:>8.3f}s{s['max_s']:>8.3f}s"
            f"  {tshown:>7}  {verdict}".rstrip()
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DATA)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    result = run_build_bench(args.data, args.runs)
    print(json.dumps(result, indent=2) if args.json else format_result(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
