"""The CLI as a user runs it: in a subprocess, on the small fixture store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import MINI


def run(args: list[str], tmp_path: Path, data: Path = MINI, stdin: str | None = None):
    env = dict(os.environ)
    env.update(SPACEBOT_DATA_DIR=str(data), SPACEBOT_DB=str(tmp_path / "cli.db"))
    env.pop("DISCORD_TOKEN", None)
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        capture_output=True, text=True, env=env, timeout=60, input=stdin,
    )  # fmt: skip


def test_ask_prints_short_sourced_answer(tmp_path):
    r = run(["ask", "who landed with Butch Wilmore in March 2015?"], tmp_path)
    assert r.returncode == 0, r.stderr
    first = r.stdout.splitlines()[0]
    assert "Samokutyaev" in first and "Serova" in first
    assert "Source: http" in r.stdout
    assert "Traceback" not in r.stderr


def test_ask_builds_store_on_first_use(tmp_path):
    assert not (tmp_path / "cli.db").exists()
    r = run(["ask", "tma-14m crew?"], tmp_path)
    assert r.returncode == 0 and (tmp_path / "cli.db").exists()


def test_ask_json_has_the_contract_keys(tmp_path):
    r = run(["ask", "--json", "when did soyuz tma-14m land?"], tmp_path)
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    for key in ("question", "answer", "answered", "intent", "confidence", "entities", "sources",
                "suggestions"):  # fmt: skip
        assert key in obj
    assert obj["answered"] is True
    assert "2015" in obj["answer"] and "02:07" in obj["answer"]
    assert obj["entities"][0]["id"] == "soyuz-tma-14m"


def test_batch_answers_every_line_in_order(tmp_path):
    questions = tmp_path / "q.txt"
    questions.write_text(
        "tma-14m crew?\n\nwhat's the capital of australia\nwho was on expedition 42\n"
    )
    r = run(["ask", "--json", "--batch", str(questions)], tmp_path)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert len(lines) == 4
    objs = [json.loads(line) for line in lines]
    assert [o["answered"] for o in objs] == [True, False, False, True]
    assert "Wilmore" in objs[0]["answer"] and "Cristoforetti" in objs[3]["answer"]


@pytest.mark.parametrize("question", ["", "   "])
def test_empty_question_gets_a_clear_message(tmp_path, question):
    r = run(["ask", question], tmp_path)
    assert r.returncode == 2
    assert "ask needs a question" in r.stderr
    assert "Traceback" not in r.stderr


def test_very_long_question_is_refused_clearly(tmp_path):
    r = run(["ask", "why " * 1250], tmp_path)
    assert r.returncode == 2
    assert "please keep it under 4000" in r.stderr
    assert "Traceback" not in r.stderr


def test_missing_batch_file(tmp_path):
    r = run(["ask", "--json", "--batch", str(tmp_path / "nope.txt")], tmp_path)
    assert r.returncode == 2 and "cannot read" in r.stderr and "Traceback" not in r.stderr


def test_build_check_reports_errors_with_exit_1(tmp_path, mini_data):
    crew = mini_data / "crew" / "slice.csv"
    crew.write_text(crew.read_text().replace("barry-wilmore", "nobody", 1))
    r = run(["build", "--check"], tmp_path, data=mini_data)
    assert r.returncode == 1
    assert "crew/slice.csv:" in r.stderr and "'nobody' is not an id in people" in r.stderr


def test_broken_data_with_no_database_is_a_clear_error(tmp_path, mini_data):
    crew = mini_data / "crew" / "slice.csv"
    crew.write_text(crew.read_text().replace("barry-wilmore", "nobody", 1))
    r = run(["ask", "tma-14m crew?"], tmp_path, data=mini_data)
    assert r.returncode == 1
    assert "could not be built" in r.stderr and "Traceback" not in r.stderr


def test_broken_data_keeps_answering_from_previous_store(tmp_path, mini_data):
    assert run(["build"], tmp_path, data=mini_data).returncode == 0
    crew = mini_data / "crew" / "slice.csv"
    crew.write_text(crew.read_text().replace("barry-wilmore", "nobody", 1))
    r = run(["ask", "tma-14m crew?"], tmp_path, data=mini_data)
    assert r.returncode == 0 and "Wilmore" in r.stdout
    assert "answering from the previous store" in r.stderr


def test_chat_console_follow_up(tmp_path):
    r = run(["chat"], tmp_path, stdin="who flew on soyuz tma-14m?\nand when did they land?\n")
    assert r.returncode == 0, r.stderr
    assert "12 March 2015" in r.stdout


def test_json_answer_never_contains_a_live_mention(tmp_path):
    r = run(["ask", "--json", "@everyone who flew on tma-14m? <@&123>"], tmp_path)
    obj = json.loads(r.stdout)
    assert "@everyone" not in obj["answer"] and "<@&" not in obj["answer"]


def test_ask_on_a_built_store_loads_neither_the_builder_nor_discord(tmp_path):
    # sqlite_utils (only to build) and discord (only for run/sync) cost a one-shot
    # `spacebot ask` ~100 ms of imports that its answer never uses; nor the charts (the
    # plot command's arguments are read, its modules are not)
    assert run(["ask", "tma-14m crew?"], tmp_path).returncode == 0  # builds the store
    env = dict(os.environ)
    env.update(SPACEBOT_DATA_DIR=str(MINI), SPACEBOT_DB=str(tmp_path / "cli.db"))
    code = (
        "import sys\nfrom bot.cli import main\nmain(['ask', 'tma-14m crew?'])\n"
        "print(sorted(m for m in ('sqlite_utils', 'discord', 'bot.charts.data', 'matplotlib')"
        " if m in sys.modules))"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       timeout=60)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "[]"


def test_settings_come_from_a_dotenv_file_in_the_working_folder(tmp_path):
    (tmp_path / ".env").write_text(f"SPACEBOT_DB={tmp_path / 'from-dotenv.db'}\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SPACEBOT_")}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    code = "from bot.config import load_settings; print(load_settings().db_path)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                       cwd=tmp_path, timeout=60)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(tmp_path / "from-dotenv.db")


def test_help_wraps_to_the_terminal_width(monkeypatch):
    # the parser sizes its help itself (finding the width through shutil cost every
    # `spacebot ask` ~2 ms); a narrow terminal must still get narrow help
    from bot.cli import make_parser

    monkeypatch.setenv("COLUMNS", "50")
    narrow = make_parser().format_help()
    monkeypatch.setenv("COLUMNS", "120")
    wide = make_parser().format_help()
    line = "Answers questions about space-station crews, missions and landings."
    assert line in wide.splitlines()
    assert line not in narrow and "Answers questions about space-station" in narrow
