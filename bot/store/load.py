"""Read the CSV files of data/ into rows that remember where they came from."""

from __future__ import annotations

import csv

# blake2b from its C module: `import hashlib` loads OpenSSL first (~5-8 ms of every
# `spacebot ask`, which checks the store against data/ and the code that shapes it)
from _blake2 import blake2b
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


def data_files(data_dir: Path) -> list[Path]:
    return [f for t in TABLES for f in table_files(data_dir, t)]


def data_hash(data_dir: Path) -> str:
    """One hash over every data file's name and bytes, to tell whether a rebuild is due."""
    h = blake2b(digest_size=32)
    for f in data_files(data_dir):
        h.update(str(f.relative_to(data_dir)).encode())
        h.update(b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def data_stat(data_dir: Path) -> str:
    """A hash of every data file's name, size and modification time: when it matches the
    one recorded at build time, the files are the ones built from and `data_hash` (which
    reads every byte, ~3 ms of each `spacebot ask`) need not be worked out again. An edit
    changes the time; a copy that keeps times and sizes but not bytes is the one case it
    misses, as `make` would."""
    h = blake2b(digest_size=16)
    for f in data_files(data_dir):
        st = f.stat()
        h.update(f"{f.relative_to(data_dir)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


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
