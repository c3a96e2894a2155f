"""Matching the astronauts CSV (../shared/reference, Stavnichuk & Corlett 2020) to our
people and flights: its vehicle cells to our flight ids, its names to our person ids.

Shared by the reference cross-checks in tests/ and by `spacebot data report`, which lists
the people whose EVA totals disagree with it. See ../shared/reference/SOURCES.md for the
file's known errors (soft hyphens in vehicle names, misspellings, swapped vehicles).
"""

from __future__ import annotations

import csv
import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .facts import Facts
from .names import compact, fold

ASTRONAUTS_CSV = "astronauts_stavnichuk_corlett_2020.csv"


def vehicle_index(facts: Facts) -> dict[str, str]:
    """compact designation -> flight id, from each flight's id, name and aliases."""
    index: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    for f in facts.flights.values():
        labels = [f.id, f.name, *f.aliases]
        if f.program == "apollo" and f.spacecraft:
            labels.append(f"Apollo {f.spacecraft}")  # the CSV's `Apollo CSM-117`
        for label in labels:
            key = compact(label)
            if key:
                index.setdefault(key, f.id)
                owners.setdefault(key, set()).add(f.id)
    # a label two flights share ("Apollo-Soyuz": both vehicles) names neither; a flight's
    # own id or name still wins
    own = {compact(x): f.id for f in facts.flights.values() for x in (f.id, f.name)}
    return {k: own.get(k, v) for k, v in index.items() if len(owners[k]) == 1 or k in own}


# Cells in the astronauts CSV that name no vehicle.
NO_VEHICLE = {"", "na", "notcompletedyet", "inspace", "aborted", "exploded", "explosion"}
_ORBITERS = re.compile(r"\s+(columbia|challenger|discovery|atlantis|endeavour)$", re.I)


def normalise_vehicle(cell: str, side: str = "up") -> str:
    """The astronauts CSV's vehicle cell as a compact designation (`soyuztma14m`, `sts102`).

    Soft hyphens (U+00AD) stand in for hyphens; spacing and hyphens vary (`Soyuz TMA20M`,
    `Soyuz TM14`, `STS 102`, `Soyuz-TM21`, `Soyuz TM-A12M`); a few cells carry the orbiter
    name (`STS-40 Columbia`) or a misspelt programme (`Soyz TM-31`). `Soyuz TM-2/3` means up
    on TM-2 and down on TM-3 (`side` picks one). `Soyuz TMA-33`/`TMA-34` can only be TM-33
    and TM-34: no Soyuz TMA flew with a number above 22 (the series went on as TMA-01M).
    """
    text = cell.replace("\u00ad", "-")
    text = re.sub(r"-{2,}", "-", text).strip()
    text = _ORBITERS.sub("", text)
    m = re.fullmatch(r"(.*?)(\d+)/(\d+)", text)
    if m:
        text = m.group(1) + (m.group(2) if side == "up" else m.group(3))
    text = re.sub(r"^soyz\b", "Soyuz", text, flags=re.I)
    text = re.sub(r"^apollo sk\.?\s*(\d)$", r"Skylab \1", text, flags=re.I)
    key = compact(text)
    m = re.fullmatch(r"soyuztma(\d+)", key)
    if m and int(m.group(1)) > 22:
        key = f"soyuztm{m.group(1)}"
    return key


# --------------------------------------------------------------------------------------
# People


@dataclass(frozen=True)
class RefPerson:
    """One astronauts-CSV row's person, folded: surname, given names, native-script name.

    `name` is usually `Surname, Given`; a few rows have `Given Patronymic Surname` with no
    comma, sometimes with a bracketed variant (`Aidyn (Aydyn) Akanovich Aimbetov`).
    `original_name` is `SURNAME Given Patronymic` or `Given Patronymic Surname` in Cyrillic,
    the name in Chinese or Japanese script, or a copy of `name`.
    """

    surname: str
    given: str
    native: str

    @classmethod
    def from_row(cls, row: dict[str, str]) -> RefPerson:
        name = re.sub(r"\([^)]*\)", " ", row["name"])
        if "," in name:
            surname, _, given = name.partition(",")
        else:
            given, _, surname = name.strip().rpartition(" ")
        return cls(fold(surname), fold(given), fold(row.get("original_name", "")))

    def natives(self) -> set[str]:
        """The native name in the orders our `native_name` may use, patronymic dropped."""
        t = self.native.split()
        if not t:
            return set()
        if all(len(w) == 1 for w in t):  # CJK characters, one "word" each
            return {"".join(t)}
        out = {self.native}
        if len(t) >= 2:
            out |= {f"{t[1]} {t[0]}", f"{t[0]} {t[-1]}", f"{t[0]} {t[1]}"}
        return out


@dataclass
class PeopleIndex:
    """Our people's folded names (name, aliases, native name), and who has which surname."""

    forms: dict[str, list[str]] = field(default_factory=dict)
    by_word: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def of(cls, facts: Facts) -> PeopleIndex:
        idx = cls()
        for p in facts.people.values():
            forms = [fold(x) for x in (p.name, *p.aliases, p.native_name) if x and fold(x)]
            idx.forms[p.id] = forms
            for f in forms:
                words = f.split()
                idx.by_word[words[-1]].add(p.id)
                idx.by_word[words[0]].add(p.id)
                idx.by_word[f.replace(" ", "")].add(p.id)
        return idx

    def candidates(self, ref: RefPerson) -> set[str]:
        out: set[str] = set()
        for word in (*ref.surname.split()[-1:], *ref.native.split(), ref.native.replace(" ", "")):
            out |= self.by_word.get(word, set())
        return out

    def score(self, ref: RefPerson, pid: str) -> int:
        """How well a reference person fits one of ours.

        4: full name or native name; 3: surname and first given name (no clashing middle
        initial); 2: surname and given initial; 1: given initial and a surname spelt nearly
        the same (`Hermaszewske`, `Saint-Jaques`); 0: no.
        """
        forms = self.forms[pid]
        full = f"{ref.given} {ref.surname}".strip()
        natives = ref.natives()
        if any(f == full or f in natives or f.replace(" ", "") in natives for f in forms):
            return 4
        given = ref.given.split()
        if not given or not ref.surname:
            return 0
        best = 0
        for f in forms:
            if not f.endswith(" " + ref.surname):
                continue
            words = f[: -len(ref.surname)].split()
            if not words:
                continue
            if words[0] == given[0]:
                clash = len(given) > 1 and len(words) > 1 and given[1][0] != words[1][0]
                best = max(best, 2 if clash else 3)
            elif words[0][0] == given[0][0]:
                best = max(best, 2)
        if best:
            return best
        for f in forms:
            words = f.split()
            if len(words) >= 2 and words[0][0] == given[0][0]:
                tail = " ".join(words[1:])
                if max(ratio(tail, ref.surname), ratio(words[-1], ref.surname)) >= 0.8:
                    return 1
        return 0

    def match(self, ref: RefPerson, pool: set[str], least: int) -> str | None:
        """The single best-scoring person in `pool` scoring at least `least`, or None."""
        scored = sorted(((self.score(ref, pid), pid) for pid in pool), reverse=True)
        if not scored or scored[0][0] < least:
            return None
        if len(scored) > 1 and scored[1][0] == scored[0][0]:
            return None
        return scored[0][1]


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


# --------------------------------------------------------------------------------------
# Check 1: who went up and came down on which vehicle (astronauts CSV)


def read_astronauts_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def cell(text: str) -> str:
    return text.replace("\u00ad", "-").strip()
