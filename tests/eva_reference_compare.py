"""The EVA cross-check as reviewable disagreements (the comparison itself is in
bot/store/eva_reference.py, shared with `spacebot data report`).

Reviewed disagreements live in tests/eva_reference_exceptions.csv, matched like the crew
check's. Run on its own this prints the unexplained ones as candidate rows:

    python -m tests.eva_reference_compare          # unexplained only
    python -m tests.eva_reference_compare --all    # every disagreement
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

from bot.store import eva_reference
from bot.store.facts import Facts

from . import reference_compare as rc

EXCEPTIONS = Path(__file__).resolve().parent / "eva_reference_exceptions.csv"
CHECK = "evas"


def compare_evas(
    facts: Facts, rows: list[dict[str, str]]
) -> tuple[int, list[rc.Disagreement], set[str]]:
    """(flights and careers compared, disagreements, people compared)."""
    compared, mismatches, people = eva_reference.compare_evas(facts, rows)
    found = [
        rc.Disagreement(
            CHECK,
            rc.ASTRONAUTS_CSV,
            m.key,
            eva_reference.say(m.ours),
            eva_reference.say(m.theirs),
            ", ".join(m.walks),
        )
        for m in mismatches
    ]
    return compared, found, people


def main(argv: list[str]) -> int:
    facts = rc._facts_from_data()
    rows = rc.read_astronauts_csv(rc.REFERENCE / rc.ASTRONAUTS_CSV)
    compared, found, who = compare_evas(facts, rows)
    known = rc.load_exceptions(EXCEPTIONS)
    unexplained, stale = rc.split(found, known)
    shown = found if "--all" in argv else unexplained
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(rc.EXCEPTION_COLUMNS)
    for d in shown:
        writer.writerow([d.check, d.reference, d.key, d.ours, d.theirs, "", d.detail])
    sys.stdout.write(buf.getvalue())
    print(
        f"# {compared} compared ({len(who)} people), {len(found)} disagreements, "
        f"{len(unexplained)} unexplained, {len(stale)} stale exceptions",
        file=sys.stderr,
    )
    return 1 if unexplained or stale else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
