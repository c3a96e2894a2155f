"""Read the CSV files of data/ into rows that remember where they came from."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from .schema import TABLES


@dataclass(frozen=True)
class Row:
    table: str
    file: str  # path relative to the data folder, for error messages
    line: int  # 1-based line of the row's first physical line
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")

    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def table_files(data_dir: Path, table: str) -> list[Path]:
    """`data/<table>.csv` plus every `data/<table>/*.csv`, in a stable order."""
    files = []
    single = data_dir / f"{table}.csv"
    if single.is_file():
        files.append(single)
    folder = data_dir / table
    if folder.is_dir():
        files.extend(sorted(folder.glob("*.csv")))
    return files


def read_tables(data_dir: Path) -> tuple[dict[str, list[Row]], list[Problem]]:
    """Read every table; problems with files themselves (encoding, header) are collected."""
    tables: dict[str, list[Row]] = {t: [] for t in TABLES}
    problems: list[Problem] = []
    for name, spec in TABLES.items():
        for path in table_files(data_dir, name):
            rel = str(path.relative_to(data_dir))
            try:
                text = path.read_text(encoding="utf-8-sig")
            except UnicodeDecodeError as e:
                problems.append(Problem(rel, 1, f"not UTF-8 ({e.reason} at byte {e.start})"))
                continue
            reader = csv.reader(text.splitlines(keepends=True), strict=True)
            try:
                header = next(reader, None)
            except csv.Error as e:
                problems.append(Problem(rel, 1, f"bad CSV: {e}"))
                continue
            if header is None:
                problems.append(Problem(rel, 1, "empty file (no header)"))
                continue
            header = [h.strip() for h in header]
            expected = spec.header_for(header)
            if tuple(header) != expected:
                missing = [c for c in expected if c not in header]
                extra = [c for c in header if c not in spec.columns]
                detail = []
                if missing:
                    detail.append("missing " + ", ".join(missing))
                if extra:
                    detail.append("unknown " + ", ".join(extra))
                if not detail:
                    detail.append("columns out of order")
                problems.append(
                    Problem(
                        rel,
                        1,
                        f"header does not match the {name} table ({'; '.join(detail)}); "
                        f"expected: {','.join(expected)}"
                        + (
                            f" (optional last columns: {','.join(spec.optional)})"
                            if spec.optional
                            else ""
                        ),
                    )
                )
                continue
            while True:
                line = reader.line_num + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as e:
                    problems.append(Problem(rel, line, f"bad CSV: {e}"))
                    break
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(header):
                    problems.append(
                        Problem(
                            rel,
                            line,
                            f"has {len(cells)} fields, the header has {len(header)} "
                            "(a comma inside a cell needs quotes)",
                        )
                    )
                    continue
                values = {h: c.strip() for h, c in zip(header, cells, strict=True)}
                tables[name].append(Row(name, rel, line, values))
    return tables, problems
