"""`spacebot data import ll2`: Launch Library 2 JSON -> a reviewed proposal -> data/.

Runs on hand-written fixtures (tests/fixtures/ll2, see its README); never on the network.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

from bot.store.build import build, check

# --- the optional ll2_id column -------------------------------------------------------


def _add_column(path: Path, values: dict[str, str], at_end: bool = True) -> None:
    """Rewrite a CSV with an ll2_id column (last, or first to test the order check)."""
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, body = rows[0], rows[1:]
    out = []
    for row in body:
        value = values.get(row[0], "")
        out.append(row + [value] if at_end else [value] + row)
    header = header + ["ll2_id"] if at_end else ["ll2_id"] + header
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([header, *out])


def test_a_file_may_carry_ll2_ids_in_a_last_column(mini_data, tmp_path):
    _add_column(mini_data / "flights" / "slice.csv", {"soyuz-tma-14m": "1234"})
    result = build(mini_data, tmp_path / "s.db")
    assert result.ok, result.problems
    conn = sqlite3.connect(tmp_path / "s.db")
    got = conn.execute("select ll2_id from flights where id = 'soyuz-tma-14m'").fetchone()
    assert got == ("1234",)


def test_files_without_the_column_still_build(mini_data, tmp_path):
    header = (mini_data / "people" / "slice.csv").read_text().splitlines()[0]
    assert "ll2_id" not in header
    assert build(mini_data, tmp_path / "s.db").ok


def test_ll2_id_must_be_the_last_column(mini_data):
    _add_column(mini_data / "flights" / "slice.csv", {}, at_end=False)
    _, problems = check(mini_data)
    assert any("header does not match the flights table" in p.message for p in problems)


def test_ll2_id_must_be_a_number_and_unique(mini_data):
    _add_column(mini_data / "flights" / "slice.csv", {"soyuz-tma-14m": "x12"})
    _add_column(
        mini_data / "people" / "slice.csv",
        {"barry-wilmore": "77", "yelena-serova": "77"},
    )
    _, problems = check(mini_data)
    messages = [p.message for p in problems]
    assert any("ll2_id 'x12' is not a number" in m for m in messages)
    assert any("ll2_id 77 is also on yelena-serova" in m for m in messages)
