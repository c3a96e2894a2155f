"""spacebot's command line: ask | chat | build | data | plot | run | sync.

`ask` and `chat` need no Discord token: they are the same engine the bot uses.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
from pathlib import Path
from typing import NoReturn

from .config import Settings, load_settings

MAX_QUESTION_CHARS = 4000


def _setup_logging(level: str):
    """The "spacebot" logger, writing to stderr. `ask` sets it up only to warn: importing
    logging is ~5 ms of a ~100 ms `spacebot ask` (a second call changes nothing)."""
    import logging

    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return logging.getLogger("spacebot")


def _print_problems(problems, limit: int = 200) -> None:
    for p in problems[:limit]:
        print(p, file=sys.stderr)
    if len(problems) > limit:
        print(f"... and {len(problems) - limit} more", file=sys.stderr)


def cmd_build(args: argparse.Namespace, settings: Settings) -> int:
    from .store.build import build, check

    data_dir = Path(args.data) if args.data else settings.data_dir
    if args.check:
        _, problems = check(data_dir)
        if problems:
            _print_problems(problems)
            print(f"{len(problems)} problems in {data_dir}", file=sys.stderr)
            return 1
        print(f"{data_dir}: no problems")
        return 0
    db_path = Path(args.db) if args.db else settings.db_path
    result = build(data_dir, db_path)
    if not result.ok:
        _print_problems(result.problems)
        print(
            f"build failed: {len(result.problems)} problems; {db_path} was not changed",
            file=sys.stderr,
        )
        return 1
    counts = ", ".join(f"{k} {v}" for k, v in result.counts.items())
    print(f"built {db_path} in {result.seconds:.2f} s: {counts}")
    return 0


def open_engine(settings: Settings):
    """The answer engine on an up-to-date store (built on first use)."""
    from .qa.engine import Engine
    from .store.freshness import ensure_built

    # Every page is not read first (~3 ms): a store damaged inside fails to open, and is
    # rebuilt then.
    result = ensure_built(settings.data_dir, settings.db_path, check_pages=False)
    try:
        engine = Engine.open(settings.db_path)
    except sqlite3.DatabaseError:
        result = ensure_built(settings.data_dir, settings.db_path)  # finds the damage: rebuilds
        engine = Engine.open(settings.db_path)
    if result is not None and not result.ok:
        _setup_logging(settings.log_level).warning(
            "data/ has %d problems; answering from the previous store. "
            "Run `spacebot build --check` to see them.",
            len(result.problems),
        )
    return engine


def _clean_question(text: str) -> str:
    return " ".join(text.split())


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from .qa.render import answer_json, answer_text
    from .store.freshness import StoreUnavailable

    if args.batch:
        try:
            lines = Path(args.batch).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as e:
            print(f"spacebot: cannot read {args.batch}: {e.strerror}", file=sys.stderr)
            return 2
    else:
        question = " ".join(args.question)
        if not question.strip():
            print('spacebot: ask needs a question, e.g. spacebot ask "who flew on soyuz tma-14m?"',
                  file=sys.stderr)  # fmt: skip
            return 2
        if len(question) > MAX_QUESTION_CHARS:
            print(
                f"spacebot: that question is {len(question)} characters; "
                f"please keep it under {MAX_QUESTION_CHARS}.",
                file=sys.stderr,
            )
            return 2
        lines = [question]
    try:
        engine = open_engine(settings)
    except StoreUnavailable as e:
        _print_problems(e.problems, 20)
        print("spacebot: the fact store could not be built from data/ (see above).",
              file=sys.stderr)  # fmt: skip
        return 1
    out = sys.stdout
    if args.threads:
        return _ask_threads(engine, lines, out, as_json=args.json)
    for line in lines:
        answer = engine.ask(line)
        if args.json:
            out.write(json.dumps(answer_json(answer), ensure_ascii=False) + "\n")
        else:
            out.write(answer_text(answer) + "\n")
            if len(lines) > 1:
                out.write("\n")
    out.flush()
    return 0


def _ask_threads(engine, lines: list[str], out, as_json: bool) -> int:
    """JSONL `{"thread": ..., "question": ...}` in, one answer per line out; each thread
    keeps its own conversation, so threads may interleave. A bad line gets an error object
    on its own line: the output never shifts."""
    from .qa.render import answer_json, answer_text

    contexts: dict[str, object] = {}
    for n, line in enumerate(lines, 1):
        try:
            item = json.loads(line)
            thread, question = str(item["thread"]), str(item["question"])
        except (ValueError, KeyError, TypeError):
            err = {"answer": f"line {n}: expected a JSON object with thread and question",
                   "answered": False, "error": "bad line"}  # fmt: skip
            out.write((json.dumps(err) if as_json else err["answer"]) + "\n")
            continue
        answer = engine.ask(question[:MAX_QUESTION_CHARS], contexts.get(thread))
        contexts[thread] = answer.context
        out.write((json.dumps(answer_json(answer), ensure_ascii=False) if as_json
                   else answer_text(answer) + "\n") + "\n")  # fmt: skip
    out.flush()
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from .qa.render import answer_text

    engine = open_engine(settings)
    context = None
    print("spacebot chat: ask about space-station crews, flights and landings. Ctrl-D to quit.")
    while True:
        try:
            line = input("you> ")
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if not line.strip():
            continue
        if line.strip().lower() in {"quit", "exit", ":q"}:
            return 0
        answer = engine.ask(line[:MAX_QUESTION_CHARS], context)
        context = answer.context
        print(answer_text(answer))


def cmd_data(args: argparse.Namespace, settings: Settings) -> int:
    from .store.refmatch import ASTRONAUTS_CSV, read_astronauts_csv
    from .store.report import data_report

    engine = open_engine(settings)
    # The reference datasets sit next to the project (../shared/reference) when present.
    reference = Path(args.reference) if args.reference else (
        settings.data_dir.resolve().parent.parent / "shared" / "reference"
    )  # fmt: skip
    csv_path = reference / ASTRONAUTS_CSV
    rows = read_astronauts_csv(csv_path) if csv_path.is_file() else None
    print(data_report(engine.facts, rows))
    return 0


def cmd_plot(args: argparse.Namespace, settings: Settings) -> int:
    from .charts.cli import cmd_plot as plot

    return plot(args, settings)


def cmd_import_ll2(args: argparse.Namespace, settings: Settings) -> int:
    from .store import ll2

    data_dir = Path(args.data) if args.data else settings.data_dir
    files = list(args.files)
    apply_dir = args.apply
    if apply_dir and apply_dir.endswith(".json"):
        files.append(apply_dir)  # `--apply x.json`: argparse took the file as --apply's DIR
        apply_dir = ""
    if apply_dir and files:
        print("spacebot: give either FILEs to import or --apply DIR, not both "
              "(--apply alone after FILEs applies the new proposal)", file=sys.stderr)  # fmt: skip
        return 2
    if apply_dir:
        return _apply_ll2(Path(apply_dir), data_dir)
    if not files:
        print("spacebot: data import ll2 needs LL2 JSON files (or URLs with --fetch), "
              "or --apply DIR; see --help", file=sys.stderr)  # fmt: skip
        return 2
    out = Path(args.out) if args.out else ll2.default_out_dir(data_dir.resolve().parent)
    if args.fetch:
        import os

        paths, stopped = ll2.fetch(
            files, out / "ll2-json", args.max_requests, os.environ.get("SPACEBOT_LL2_TOKEN", "")
        )
        if stopped:
            print(f"spacebot: {stopped}", file=sys.stderr)
        if not paths:
            return 1
    else:
        paths = [Path(f) for f in files]
    objects, problems = ll2.read_files(paths)
    proposal = ll2.propose(objects, data_dir)
    proposal.read_problems[:0] = problems
    report = ll2.write_proposal(proposal, out, [str(p) for p in paths])
    counts = ", ".join(f"{t} {len(rows)}" for t, rows in proposal.rows.items())
    print(f"read {proposal.objects} LL2 objects; proposed {counts}; "
          f"{len(proposal.conflicts)} conflicts, {len(proposal.unmapped)} not mapped")  # fmt: skip
    print(f"review {report} and the CSV files beside it")
    if args.apply is not None:
        return _apply_ll2(out, data_dir)
    return 0


def _apply_ll2(proposal_dir: Path, data_dir: Path) -> int:
    from .store import ll2

    if not (proposal_dir / ll2.REPORT_NAME).is_file():
        print(f"spacebot: {proposal_dir} is not an LL2 proposal folder (no {ll2.REPORT_NAME})",
              file=sys.stderr)  # fmt: skip
        return 2
    result = ll2.apply_proposal(proposal_dir, data_dir)
    for line in result.skipped:
        print(f"skipped {line}")
    if not result.ok:
        _print_problems(result.problems)
        print(f"not applied: data/ would have {len(result.problems)} problems; "
              f"fix the proposal in {proposal_dir} and apply again", file=sys.stderr)  # fmt: skip
        return 1
    for rel, n in sorted(result.written.items()):
        print(f"appended {n} rows to {rel}")
    for rel in result.dropped_ll2_ids:
        print(f"{rel} has no ll2_id column: the LL2 id stays in those rows' source URL")
    print("now run `spacebot build`")
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from .cogs.runner import run_bot

    return run_bot(settings)


def cmd_sync(args: argparse.Namespace, settings: Settings) -> int:
    from .cogs.runner import sync_commands

    return sync_commands(settings, guild_id=args.guild)


LL2_HELP = """\
Read Launch Library 2 (thespacedevs.com) JSON and write a PROPOSAL for review:
one CSV per table (people, flights, crew, expeditions, expedition_crew) in data/'s
column order, and report.md listing new rows, fields where LL2 differs from data/
(never overwritten), gaps LL2 could fill, and what could not be mapped.

Accepts API 2.2.0 and 2.3.0, single objects or paginated pages, from
  2.3.0/spacecraft_flights/   2.2.0/spacecraft/flight/   (launch and landing crews)
  2.3.0/expeditions/          2.2.0/expedition/
  2.3.0/astronauts/           2.2.0/astronaut/
Flight list pages need ?mode=detailed (2.3.0) to include crews.

Launch crew -> direction up, landing crew -> down, both -> both. Rows are matched
by their LL2 id (ll2_id column or LL2 URL in source), else by name or alias.

examples:
  spacebot data import ll2 saved/*.json
  spacebot data import ll2 --apply data-proposals/ll2-20261206T040000Z
  spacebot data import ll2 --fetch "spacecraft_flights/?search=Soyuz MS-28"
"""


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help formatter is given the terminal's width. Left to find
    it, the formatter imports `shutil` (with bz2 and lzma), and `add_argument` builds one
    for every argument: ~2 ms of each `spacebot ask`. Subparsers inherit the class."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        try:
            width = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
        except (ValueError, OSError):
            width = 80
        return self.formatter_class(prog=self.prog, width=max(width - 2, 20))


def make_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="spacebot",
        description="Answers questions about space-station crews, missions and landings.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("ask", help="answer one question (or a file of them) and exit")
    a.add_argument("question", nargs="*", help="the question, e.g. who flew on soyuz tma-14m?")
    a.add_argument("--json", action="store_true", help="print one JSON object per answer")
    a.add_argument("--batch", metavar="FILE", help="answer each line of FILE, in order")
    a.add_argument("--threads", action="store_true",
                   help='with --batch: lines are JSON {"thread": ..., "question": ...}; '
                   "each thread is one conversation")  # fmt: skip
    a.set_defaults(func=cmd_ask)

    c = sub.add_parser("chat", help="an interactive console on the same engine (no token)")
    c.set_defaults(func=cmd_chat)

    b = sub.add_parser("build", help="validate data/ and build the SQLite store")
    b.add_argument("--check", action="store_true", help="only validate; write nothing")
    b.add_argument("--data", help="data folder (default: SPACEBOT_DATA_DIR or ./data)")
    b.add_argument("--db", help="database file (default: SPACEBOT_DB or ./spacebot.db)")
    b.set_defaults(func=cmd_build)

    d = sub.add_parser("data", help="data tools")
    dsub = d.add_subparsers(dest="data_command", required=True)
    r = dsub.add_parser("report", help="counts and every gap in the data")
    r.add_argument(
        "--reference",
        help="folder holding the astronauts CSV to compare EVA totals with "
        "(default: ../shared/reference next to the project, if present)",
    )
    r.set_defaults(func=cmd_data)
    imp = dsub.add_parser("import", help="propose rows from another database, for review")
    isub = imp.add_subparsers(dest="import_source", required=True)
    ll2p = isub.add_parser(
        "ll2",
        help="propose rows from Launch Library 2 JSON",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=LL2_HELP,
    )
    ll2p.add_argument("files", nargs="*", metavar="FILE",
                      help="LL2 JSON saved from spacecraft flight, expedition or astronaut "
                      "endpoints (with --fetch: LL2 URLs or API paths)")  # fmt: skip
    ll2p.add_argument("--fetch", action="store_true",
                      help="fetch each FILE from the LL2 API first (network; free tier: "
                      "15 requests an hour)")  # fmt: skip
    ll2p.add_argument("--apply", nargs="?", const="", metavar="DIR",
                      help="append a reviewed proposal folder to data/; after FILEs, "
                      "apply the proposal just written")  # fmt: skip
    ll2p.add_argument("--out", metavar="DIR",
                      help="proposal folder (default: data-proposals/ll2-<UTC time>/)")  # fmt: skip
    ll2p.add_argument("--data", metavar="DIR",
                      help="data folder (default: SPACEBOT_DATA_DIR or ./data)")  # fmt: skip
    ll2p.add_argument("--max-requests", type=int, default=15, metavar="N",
                      help="stop fetching after N requests (default 15)")  # fmt: skip
    ll2p.set_defaults(func=cmd_import_ll2)

    from .charts.cli import add_parser as add_plot_parser  # matplotlib is not imported here

    add_plot_parser(sub)
    sub.choices["plot"].set_defaults(func=cmd_plot)

    run = sub.add_parser("run", help="start the Discord bot (needs DISCORD_TOKEN)")
    run.set_defaults(func=cmd_run)

    s = sub.add_parser("sync", help="register slash commands with Discord")
    s.add_argument("--guild", type=int, help="sync to this server only (instant)")
    s.set_defaults(func=cmd_sync)
    return p


# Commands that start no threads and hold nothing to close once they return.
_ONE_SHOT = frozenset({"ask", "build", "data"})


def _exit_now(code: int) -> NoReturn:
    """End the process without first freeing every object of the store one by one: ~15 ms
    of a ~120 ms `spacebot ask`, for memory the system takes back at once anyway. Only the
    output and the log need flushing (what an ordinary exit would also do)."""
    if "logging" in sys.modules:  # not imported by a plain `spacebot ask`
        sys.modules["logging"].shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # e.g. `spacebot ask ... | head`: as Python itself does
        os._exit(120)
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    settings = load_settings()
    if args.command != "ask":
        _setup_logging(settings.log_level)
    try:
        code = args.func(args, settings) or 0
    except KeyboardInterrupt:
        return 130
    if argv is None and args.command in _ONE_SHOT:  # the process's own command line
        _exit_now(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
