"""`spacebot ask` as a person or a script runs it: a whole new process per command.

    python bench/whole_process.py                       # this checkout, 20 runs each
    python bench/whole_process.py --runs 40 --json
    python bench/whole_process.py --tree /tmp/before    # another checkout side by side

Per code tree (this checkout, plus each `--tree`: any folder holding a `bot/` package,
e.g. `git archive <commit> | tar -x -C /tmp/before`), on a store that tree built
beforehand from the same `--data`:

- `spacebot ask "<q>"`: one process per question, cycling through the dev questions
  (../shared/eval/dev.jsonl, field "q"), `--runs` processes;
- `spacebot ask --json --batch FILE`: one process answering every dev question, `--runs`
  times;
- in-process, for comparison: `Engine.open` and the first question, then every dev
  question answered a few times (p50 / p99), in one child process of that tree;

next to a bare `python -c pass` (`--runs` times) on the same interpreter. Modules are
read from their cached bytecode (`.pyc`) as in an installed spacebot, also when
PYTHONDONTWRITEBYTECODE is set here (`--no-bytecode-cache` keeps it: no `.pyc` is
written, so a tree without them compiles every import, ~2x the import time; those
already there are still read). Runs of the
different commands are interleaved, so a machine that slows down mid-run slows all of
them alike. Wall time per process: median, p10 / p90, min / max and the ratio to the bare
start. Nothing here asserts a time; targets are printed beside the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import answer_speed  # noqa: E402 (bench/ is not a package)

ROOT = answer_speed.ROOT
TARGET_ASK_MS = 150.0
TARGET_RATIO = 4.0  # whole-process ask vs a bare python start

# What the `spacebot` console script runs (see pyproject.toml), with the tree's own `bot`
# first on the path instead of the installed one.
_CLI = "import sys\nfrom bot.cli import main\nsys.exit(main())"

# In a child process of one tree: open the engine, answer the first question, then every
# question `repeat` times; prints one JSON object.
_IN_PROCESS = r"""
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from bot.qa.engine import Engine
t1 = time.perf_counter()
engine = Engine.open(Path(sys.argv[1]))
t2 = time.perf_counter()
questions = json.loads(Path(sys.argv[2]).read_text())
engine.ask(questions[0])
t3 = time.perf_counter()
times = []
for _ in range(int(sys.argv[3])):
    for q in questions:
        a = time.perf_counter_ns()
        engine.ask(q)
        times.append((time.perf_counter_ns() - a) / 1e6)
times.sort()
print(json.dumps({"import_ms": (t1 - t0) * 1000, "open_ms": (t2 - t1) * 1000,
                  "first_ms": (t3 - t2) * 1000, "p50_ms": times[len(times) // 2],
                  "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))]}))
"""


def _base_env(bytecode: bool) -> dict[str, str]:
    env = dict(os.environ)
    if bytecode:  # as an installed spacebot runs: modules compiled once, then read from .pyc
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _env(tree: Path, db: Path, data: Path, bytecode: bool) -> dict[str, str]:
    env = _base_env(bytecode)
    env["PYTHONPATH"] = str(tree)
    env["SPACEBOT_DB"] = str(db)
    env["SPACEBOT_DATA_DIR"] = str(data)
    env["SPACEBOT_LOG_LEVEL"] = "WARNING"
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def _timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    """Wall time of one process in ms; exits if it fails."""
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)  # fmt: skip
    ms = (time.perf_counter() - t0) * 1000
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[:4])}... failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return ms


def _spread(values: list[float]) -> dict:
    v = sorted(values)
    return {
        "runs": len(v),
        "median_ms": statistics.median(v),
        "p10_ms": answer_speed.percentile(v, 10),
        "p90_ms": answer_speed.percentile(v, 90),
        "min_ms": v[0],
        "max_ms": v[-1],
    }


def run(trees: list[Path], data: Path, questions: list[str], runs: int, repeat: int,
        bytecode: bool = True) -> dict:  # fmt: skip
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="spacebot-whole-") as tmp_name:
        tmp = Path(tmp_name)  # also the working folder: no .env of the project applies
        qfile = tmp / "questions.txt"
        qfile.write_text("\n".join(questions) + "\n", encoding="utf-8")
        qjson = tmp / "questions.json"
        qjson.write_text(json.dumps(questions), encoding="utf-8")
        envs = {}
        for n, tree in enumerate(trees):
            db = tmp / f"store{n}.db"
            env = envs[tree] = _env(tree, db, data, bytecode)
            # builds the store (first use), then once more warm: the disk cache is hot
            for _ in range(2):
                _timed([py, "-c", _CLI, "ask", questions[0]], env, tmp)
        bare: list[float] = []
        ask = {t: [] for t in trees}
        batch = {t: [] for t in trees}
        for i in range(runs):
            bare.append(_timed([py, "-c", "pass"], _base_env(bytecode), tmp))
            for tree in trees:
                q = questions[i % len(questions)]
                ask[tree].append(_timed([py, "-c", _CLI, "ask", q], envs[tree], tmp))
                batch[tree].append(
                    _timed(
                        [py, "-c", _CLI, "ask", "--json", "--batch", str(qfile)], envs[tree], tmp
                    )  # fmt: skip
                )
        in_process = {}
        for tree in trees:
            out = subprocess.run(
                [py, "-c", _IN_PROCESS, envs[tree]["SPACEBOT_DB"], str(qjson), str(repeat)],
                env=envs[tree], cwd=tmp, capture_output=True, text=True, check=True,
            )  # fmt: skip
            in_process[tree] = json.loads(out.stdout.strip().splitlines()[-1])
    bare_s = _spread(bare)
    result = {"bare_python": bare_s, "questions": len(questions), "bytecode_cache": bytecode,
              "trees": []}  # fmt: skip
    for tree in trees:
        a, b = _spread(ask[tree]), _spread(batch[tree])
        result["trees"].append(
            {
                "tree": str(tree),
                "ask": a,
                "ask_ratio_to_bare": a["median_ms"] / bare_s["median_ms"],
                "batch": b,
                "batch_per_question_ms": b["median_ms"] / len(questions),
                "in_process": in_process[tree],
            }
        )
    return result


def format_result(result: dict) -> str:
    n = result["questions"]
    head = f"{'command':<44}{'median':>8}{'p10':>8}{'p90':>8}{'min':>8}{'max':>8}  x bare"
    lines = [
        "whole-process spacebot (wall ms per process)",
        head,
    ]

    def row(label: str, s: dict, ratio: str = "") -> str:
        return (
            f"{label:<44}{s['median_ms']:8.1f}{s['p10_ms']:8.1f}{s['p90_ms']:8.1f}"
            f"{s['min_ms']:8.1f}{s['max_ms']:8.1f}  {ratio}"
        ).rstrip()

    bare = result["bare_python"]
    lines.append(row("python -c pass", bare))
    for t in result["trees"]:
        name = Path(t["tree"]).name
        verdict = "ok" if t["ask"]["median_ms"] <= TARGET_ASK_MS else "MISSED"
        ratio = f"{t['ask_ratio_to_bare']:.1f}x (target <= {TARGET_RATIO:g}x)"
        lines.append(row(f"[{name}] ask \"<q>\"  ({verdict} <= {TARGET_ASK_MS:g})", t["ask"],
                         ratio))  # fmt: skip
        lines.append(row(f"[{name}] ask --json --batch ({n} q)", t["batch"]))
        lines.append(f"{'':<44}{t['batch_per_question_ms']:8.2f} ms per question in the batch")
    lines.append("")
    lines.append("in-process (one child per tree), ms")
    lines.append(f"{'tree':<20}{'import':>9}{'open':>9}{'1st q':>9}{'p50':>9}{'p99':>9}")
    for t in result["trees"]:
        ip = t["in_process"]
        lines.append(
            f"{Path(t['tree']).name:<20}{ip['import_ms']:9.1f}{ip['open_ms']:9.1f}"
            f"{ip['first_ms']:9.1f}{ip['p50_ms']:9.3f}{ip['p99_ms']:9.3f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=answer_speed.DATA, help="data folder (data/)")
    p.add_argument("--questions", type=Path, help="a .jsonl file with a 'q' field per line")
    p.add_argument("--runs", type=int, default=20, help="processes per command")
    p.add_argument("--repeat", type=int, default=5, help="in-process passes over the questions")
    p.add_argument("--tree", type=Path, action="append", default=[],
                   help="another checkout to measure beside this one (repeatable)")  # fmt: skip
    p.add_argument("--no-bytecode-cache", action="store_true",
                   help="keep PYTHONDONTWRITEBYTECODE if set: no .pyc is written (a tree "
                   "without them compiles every import)")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    args = p.parse_args(argv)

    questions, source = answer_speed.load_questions(args.questions)
    trees = [t.resolve() for t in args.tree] + [ROOT]
    bytecode = not args.no_bytecode_cache
    result = run(trees, args.data.resolve(), questions, args.runs, args.repeat, bytecode)
    result["questions_source"] = source
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(format_result(result))
        cache = "on" if bytecode else "as the environment says"
        print(f"questions from: {source}; python: {sys.executable}; bytecode cache: {cache}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
