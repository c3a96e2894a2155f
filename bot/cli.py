"""spacebot's command line: ask | chat | build | data | run | sync.

`ask` and `chat` need no Discord token: they are the same engine the bot uses.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path
from typing import NoReturn

from .config import Settings, load_settings

log = logging.getLogger("spacebot")

MAX_QUESTION_CHARS = 4000


def _setup_logging(level: str) -> None:
    logging.basicConfig(
        stream=sys.stderr,
        level=getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )


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
    from .store.build import ensure_built

    result = ensure_built(settings.data_dir, settings.db_path)
    if result is not None and not result.ok:
        log.warning(
            "data/ has %d problems; answering from the previous store. "
            "Run `spacebot build --check` to see them.",
            len(result.problems),
        )
    return Engine.open(settings.db_path)


def _clean_question(text: str) -> str:
    return " ".join(text.split())


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from .qa.render import answer_json, answer_text
    from .store.build import StoreUnavailable

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
    from .store.report import data_report

    engine = open_engine(settings)
    print(data_report(engine.facts))
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from .cogs.runner import run_bot

    return run_bot(settings)


def cmd_sync(args: argparse.Namespace, settings: Settings) -> int:
    from .cogs.runner import sync_commands

    return sync_commands(settings, guild_id=args.guild)


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="spacebot",
        description="Answers questions about space-station crews, missions and landings.",
    )
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("ask", help="answer one question (or a file of them) and exit")
    a.add_argument("question", nargs="*", help="the question, e.g. who flew on soyuz tma-14m?")
    a.add_argument("--json", action="store_true", help="print one JSON object per answer")
    a.add_argument("--batch", metavar="FILE", help="answer each line of FILE, in order")
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
    r.set_defaults(func=cmd_data)

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
    logging.shutdown()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # e.g. `spacebot ask ... | head`: as Python itself does
        os._exit(120)
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    settings = load_settings()
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
