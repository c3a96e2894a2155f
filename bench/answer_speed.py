"""How fast the answer engine starts and answers, on the real store (or any data folder).

    python bench/answer_speed.py                  # data/ -> temp db, dev questions x 20
    python bench/answer_speed.py --repeat 50 --json
    python bench/answer_speed.py --db spacebot.db # an already built store

Measures, in one process on one core:

- start-up: `Engine.open(db)` = `open_facts` (read the store's snapshot, or its tables
  when it has none) + `EntityIndex` (the alias index), over several runs;
- answering: every question of `../shared/eval/dev.jsonl` (field "q"; a built-in list
  when that file is absent), repeated N times: p50/p90/p99/max per question in ms and
  throughput in questions per second;
- peak RSS (`resource.getrusage`) of a child process that opens the store once and
  answers every question once. The store is built in a child process too, so the
  build's memory does not count against the engine.

Nothing here asserts a time: targets are printed next to the measurement (see README).
`run_answer_bench()` is the reusable part; bench/synthetic.py calls it at 100x scale.
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"

# Used when ../shared/eval/dev.jsonl is absent: crews, landings, launches, people,
# expeditions, stations on a date, typos, nicknames, dates, follow-up style, abstentions.
BUILTIN_QUESTIONS = [
    "who flew on soyuz tma-14m?",
    "tma-16m crew?",
    "who was on the crew of sts-88",
    "crew-1 crew list",
    "who went up on shenzhou 12?",
    "who came home on soyuz tma-18m",
    "how many people launched on soyuz tm-25",
    "where did soyuz tma-14m land?",
    "what time utc did tma-15m touch down",
    "where did crew-1 splash down?",
    "when and where did atlantis land at the end of sts-135",
    "where did the skylab 4 crew splash down",
    "when did soyuz ms-10 launch and from where",
    "when did shenzhou 13 lift off",
    "how long was the soyuz t-15 mission",
    "how long did skylab 4 last",
    "how long were kelly and kornienko in space on the one-year mission",
    "how many days has peggy whitson spent in space altogether",
    "what missions has gennady padalka flown?",
    "how many times has mikhail kornienko been to space",
    "what agency does samantha cristoforetti work for",
    "when was yelena serova born",
    "who was the commander of expedition 1",
    "who was on expedition 42",
    "when did expedition 44 start and end",
    "who commanded mir eo-1",
    "who was aboard the iss on new year's day 2015?",
    "who was living on mir in april 1986",
    "who was aboard skylab on christmas day 1973",
    "who was on the iss on 2016-03-01",
    "who was the first woman to command the iss",
    "what was the last space shuttle mission",
    "who flew with wilmor on tma 14m",
    "when did serrova come back from the iss",
    "who was the commandr of expidition 42",
    "who was on shenzou 13",
    "how many times has butch been to space",
    "when did suni and butch finally get home",
    "what's the weather in houston tomorrow?",
    "who commanded expedition 250?",
    "who will be the first person on mars",
    "what's the capital of australia",
]

# name -> (target, unit); "lower is better" for all of them
TARGETS_REAL = {
    "startup_ms_median": 50.0,
    "p50_ms": 0.5,
    "p99_ms": 2.0,
    "peak_rss_mb": 150.0,
}


def load_questions(path: Path | None = None) -> tuple[list[str], str]:
    """The questions to time and where they came from."""
    path = path or DEV
    if path.is_file():
        qs = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line).get("q")
                if q:
                    qs.append(q)
        return qs, str(path)
    return list(BUILTIN_QUESTIONS), "built-in list"


def _build_child(data_dir: str, db_path: str, out) -> None:
    from bot.store.build import build

    result = build(Path(data_dir), Path(db_path))
    out.put((result.ok, result.seconds, [str(p) for p in result.problems[:20]]))


def child_result(proc, queue):
    """What a child process put on `queue`; exits if the child died without a result."""
    import queue as queue_module

    while True:
        try:
            result = queue.get(timeout=0.5)
        except queue_module.Empty:
            if not proc.is_alive():
                sys.exit(f"child process {proc.pid} failed (exit code {proc.exitcode})")
            continue
        proc.join()
        return result


def build_in_child(data_dir: Path, db_path: Path) -> float:
    """Build `data_dir` into `db_path` in a separate process (so its memory stays out of
    this process's peak RSS); returns the build's seconds, or exits on problems."""
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_build_child, args=(str(data_dir), str(db_path), out))
    proc.start()
    ok, seconds, problems = child_result(proc, out)
    if not ok:
        sys.exit(f"build of {data_dir} failed:\n" + "\n".join(problems))
    return seconds


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss is KiB on Linux)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def current_rss_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[k]


def measure_startup(db_path: Path, runs: int) -> dict:
    """Engine.open over `runs` runs, split into reading the facts (from the store's
    snapshot, or its tables when it has none) and the alias index."""
    from bot.qa.engine import Engine
    from bot.store.snapshot import open_facts, without_gc

    load, index, total = [], [], []
    for _ in range(runs):  # Engine.open in its two steps
        facts = None  # drop the previous store, so peak RSS counts only one
        gc.collect()
        with without_gc():  # as Engine.open does
            t0 = time.perf_counter()
            facts = open_facts(db_path)
            t1 = time.perf_counter()
            Engine(facts)
            t2 = time.perf_counter()
        load.append((t1 - t0) * 1000)
        index.append((t2 - t1) * 1000)
    facts = engine = None
    for _ in range(runs):
        engine = None
        gc.collect()
        t0 = time.perf_counter()
        engine = Engine.open(db_path)
        t1 = time.perf_counter()
        total.append((t1 - t0) * 1000)
    return {
        "loaded_from": engine.facts.loaded_from,
        "runs": runs,
        "startup_ms_median": statistics.median(total),
        "startup_ms_min": min(total),
        "startup_ms_max": max(total),
        "load_facts_ms_median": statistics.median(load),
        "alias_index_ms_median": statistics.median(index),
        "engine": engine,
    }


def measure_answers(engine, questions: list[str], repeat: int) -> dict:
    """Answer every question `repeat` times (after one warm-up pass); per-answer timings."""
    for q in questions:  # warm-up: first-touch costs (regex compilation, caches)
        engine.ask(q)
    times: list[float] = []
    per_q: dict[str, list[float]] = {q: [] for q in questions}
    failures = 0
    clock = time.perf_counter_ns
    started = clock()
    for _ in range(repeat):
        for q in questions:
            t0 = clock()
            answer = engine.ask(q)
            dt = (clock() - t0) / 1e6
            times.append(dt)
            per_q[q].append(dt)
            if answer.text.startswith("Sorry, something went wrong"):
                failures += 1
    wall = (clock() - started) / 1e9
    times.sort()
    slowest = sorted(per_q.items(), key=lambda kv: -statistics.median(kv[1]))[:5]
    return {
        "questions": len(questions),
        "repeat": repeat,
        "answers": len(times),
        "p50_ms": percentile(times, 50),
        "p90_ms": percentile(times, 90),
        "p99_ms": percentile(times, 99),
        "max_ms": times[-1] if times else float("nan"),
        "mean_ms": statistics.fmean(times) if times else float("nan"),
        "throughput_qps": len(times) / wall if wall else float("nan"),
        "engine_failures": failures,
        "slowest": [{"q": q, "median_ms": statistics.median(v)} for q, v in slowest],
    }


def _memory_child(db_path: str, questions: list[str], out) -> None:
    import bot.qa.engine  # imported first, so "before" counts the code, not the data

    before = current_rss_mb()
    engine = bot.qa.engine.Engine.open(Path(db_path))
    with_engine = current_rss_mb()
    for q in questions:
        engine.ask(q)
    out.put((before, with_engine, current_rss_mb(), peak_rss_mb()))


def measure_memory(db_path: Path, questions: list[str]) -> dict:
    """RSS of a process that opens the store once and answers every question once: in a
    child of its own, as the timing runs here open it many times (their freed memory is
    not all handed back to the system, so their peak says more about the allocator)."""
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_memory_child, args=(str(db_path), questions, out))
    proc.start()
    before, with_engine, after, peak = child_result(proc, out)
    return {
        "rss_before_engine_mb": before,
        "rss_with_engine_mb": with_engine,
        "rss_after_answers_mb": after,
        "peak_rss_mb": peak,
    }


def run_answer_bench(db_path: Path, questions: list[str], *, repeat: int = 20,
                     startup_runs: int = 5) -> dict:  # fmt: skip
    """Start-up, answer latency and memory of the engine on one built store."""
    memory = measure_memory(db_path, questions)
    startup = measure_startup(db_path, startup_runs)
    engine = startup.pop("engine")
    answers = measure_answers(engine, questions, repeat)
    facts = engine.facts
    return {
        "store": {
            "db": str(db_path),
            "db_mb": db_path.stat().st_size / 1e6,
            "people": len(facts.people),
            "flights": len(facts.flights),
            "crew": len(facts.seats),
            "expeditions": len(facts.expeditions),
            "members": len(facts.members),
            "aliases": int(facts.meta.get("rows_aliases", 0)),
        },
        "startup": startup,
        "answers": answers,
        "memory": memory,
    }


def _verdict(value: float, target: float | None) -> str:
    if target is None:
        return ""
    return "ok" if value <= target else "MISSED"


def format_result(result: dict, targets: dict[str, float], title: str) -> str:
    s, st, a, m = result["store"], result["startup"], result["answers"], result["memory"]
    rows = [
        ("start-up (Engine.open), median", st["startup_ms_median"], "ms", "startup_ms_median"),
        ("  min / max", f"{st['startup_ms_min']:.1f} / {st['startup_ms_max']:.1f}", "ms", None),
        (f"  read facts ({st['loaded_from']}), median", st["load_facts_ms_median"], "ms", None),
        ("  alias index, median", st["alias_index_ms_median"], "ms", None),
        ("answer p50", a["p50_ms"], "ms", "p50_ms"),
        ("answer p90", a["p90_ms"], "ms", "p90_ms"),
        ("answer p99", a["p99_ms"], "ms", "p99_ms"),
        ("answer max", a["max_ms"], "ms", "max_ms"),
        ("answer mean", a["mean_ms"], "ms", None),
        ("throughput (1 core)", a["throughput_qps"], "q/s", None),
        ("peak RSS (open once, ask each once)", m["peak_rss_mb"], "MB", "peak_rss_mb"),
        ("  RSS before / with engine / after",
         f"{m['rss_before_engine_mb'] or 0:.0f} / {m['rss_with_engine_mb'] or 0:.0f} / "
         f"{m['rss_after_answers_mb'] or 0:.0f}", "MB", None),
    ]  # fmt: skip
    lines = [
        title,
        f"store: {s['people']} people, {s['flights']} flights, {s['crew']} crew rows, "
        f"{s['expeditions']} expeditions, {s['aliases']} aliases ({s['db_mb']:.1f} MB)",
        f"questions: {a['questions']} x {a['repeat']} = {a['answers']} answers; "
        f"start-up runs: {st['runs']}; engine failures: {a['engine_failures']}",
        "",
        f"{'measure':<36}{'value':>14}  {'unit':<4}  {'target':>8}  verdict",
    ]
    for label, value, unit, key in rows:
        target = targets.get(key) if key else None
        shown = f"{value:.3f}" if isinstance(value, float) and value < 10 else (
            f"{value:.1f}" if isinstance(value, float) else str(value))  # fmt: skip
        tshown = f"<= {target:g}" if target is not None else ""
        lines.append(
            f"{label:<36}{shown:>14}  {unit:<4}  {tshown:>8}  {_verdict(value, target)}".rstrip()
        )
    lines.append("")
    lines.append("slowest questions (median ms):")
    for item in a["slowest"]:
        lines.append(f"  {item['median_ms']:8.3f}  {item['q']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DATA, help="data folder to build (default data/)")
    p.add_argument("--db", type=Path, help="use this built store instead of building --data")
    p.add_argument("--questions", type=Path, help="a .jsonl file with a 'q' field per line")
    p.add_argument("--repeat", type=int, default=20, help="passes over the questions")
    p.add_argument("--startup-runs", type=int, default=5)
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    args = p.parse_args(argv)

    questions, source = load_questions(args.questions)
    with tempfile.TemporaryDirectory(prefix="spacebot-bench-") as tmp:
        build_s = None
        db = args.db
        if db is None:
            db = Path(tmp) / "spacebot.db"
            build_s = build_in_child(args.data, db)
        result = run_answer_bench(db, questions, repeat=args.repeat, startup_runs=args.startup_runs)
    result["questions_source"] = source
    result["build_s"] = build_s
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_result(result, TARGETS_REAL, f"answer speed on {args.db or args.data}"))
        print(f"questions from: {source}")
        if build_s is not None:
            print(f"store built in a child process in {build_s:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
