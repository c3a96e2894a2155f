"""`spacebot data report`: counts of the fixture store, and every kind of gap it lists."""

from __future__ import annotations

import csv
from pathlib import Path

from bot.store.build import build
from bot.store.facts import Facts, load_facts
from bot.store.report import count_by, data_report, find_gaps


def _facts(data: Path, tmp_path: Path) -> Facts:
    db = tmp_path / "report.db"
    result = build(data, db)
    assert result.ok, "\n".join(map(str, result.problems))
    return load_facts(db)


def _rewrite(path: Path, change) -> None:
    """Edit a CSV file row by row: `change(row)` edits the dict in place, or returns False
    to drop the row."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames
        rows = [row for row in reader if change(row) is not False]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _set(path: Path, match: dict[str, str], **values: str) -> None:
    hits = []

    def change(row):
        if all(row[k] == v for k, v in match.items()):
            row.update(values)
            hits.append(row)

    _rewrite(path, change)
    assert hits, f"no row matching {match} in {path}"


def _lines_with(report: str, text: str) -> list[str]:
    return [line for line in report.splitlines() if text in line]


def test_counts_of_the_fixture_store(mini_data, tmp_path):
    facts = _facts(mini_data, tmp_path)
    # 4 Soyuz flights to the ISS, 3 launch seats each, 12 different people launched
    assert count_by(facts, "station")["iss"] == (4, 12, 12, 1)
    assert count_by(facts, "station")["mir"] == (0, 0, 0, 0)  # every station is listed
    assert count_by(facts, "program") == {"soyuz": (4, 12, 12, None)}
    by_year = count_by(facts, "year")
    assert by_year == {"2014": (2, 6, 6, 1), "2015": (2, 6, 6, 0)}

    report = data_report(facts)
    assert "By station" in report and "By program" in report and "By launch year" in report
    iss = _lines_with(report, "  iss ")
    assert iss and iss[0].split() == ["iss", "4", "12", "12", "1"]
    assert _lines_with(report, "  2015 ")[0].split() == ["2015", "2", "6", "6", "0"]
    # the clean fixture has no gaps at all
    assert find_gaps(facts) == []
    assert report.splitlines()[-1].startswith("total: 0 gaps in 0 rows")


def test_report_columns_are_aligned(mini_data, tmp_path):
    report = data_report(_facts(mini_data, tmp_path))
    lines = report.splitlines()
    start = lines.index("By station") + 2
    table = lines[start : start + 5]
    # numbers are right-aligned: every row of the table ends at the same column
    assert len({len(line) for line in table}) == 1, table
    assert all(line == line.rstrip() for line in lines)


def test_blank_landing_site_is_reported_with_the_flight_id(mini_data, tmp_path):
    _set(mini_data / "flights/slice.csv", {"id": "soyuz-tma-15m"}, landing_site="", landing_tz="")
    report = data_report(_facts(mini_data, tmp_path))
    hits = _lines_with(report, "flights/soyuz-tma-15m")
    assert len(hits) == 1
    assert "no landing_site" in hits[0] and "no landing_tz" in hits[0]
    assert "Soyuz TMA-15M" in hits[0]
    assert not _lines_with(report, "flights/soyuz-tma-14m")
    assert report.splitlines()[-1].startswith("total: 2 gaps in 1 rows (flights 1,")


def test_missing_launch_fields_and_landing_time(mini_data, tmp_path):
    _set(
        mini_data / "flights/slice.csv",
        {"id": "soyuz-tma-14m"},
        launch_site="",
        launch_pad="",
        launch_tz="",
        landing_utc="",
    )
    gaps = {g.id: g.what for g in find_gaps(_facts(mini_data, tmp_path))}
    # it has a landing site, so it has landed: a blank landing time is a gap
    assert gaps["soyuz-tma-14m"] == ("no launch_site", "no launch_tz", "no landing_utc")


def test_person_gaps(mini_data, tmp_path):
    people = mini_data / "people/slice.csv"
    _set(people, {"id": "aleksandr-samokutyayev"}, native_name="")
    _set(people, {"id": "aidyn-aimbetov"}, native_name="", sex="")
    _set(people, {"id": "scott-kelly"}, birth_date="")
    _set(people, {"id": "samantha-cristoforetti"}, native_name="")  # Latin script: fine
    gaps = {g.id: g.what for g in find_gaps(_facts(mini_data, tmp_path))}
    assert gaps == {
        "aleksandr-samokutyayev": ("no native_name (Russia)",),
        "aidyn-aimbetov": ("no native_name (Kazakhstan)", "no sex"),
        "scott-kelly": ("no birth_date",),
    }


def test_unexplained_crew_change_and_open_trips(mini_data, tmp_path):
    # TMA-16M launched Padalka, Kornienko and Kelly; drop its two landing-only seats, so
    # it lands only Padalka, and remove every note that says where the other two went.
    _rewrite(
        mini_data / "crew/slice.csv",
        lambda r: not (r["flight"] == "soyuz-tma-16m" and r["direction"] == "down"),
    )
    _set(mini_data / "crew/slice.csv", {"flight": "soyuz-tma-16m", "direction": "up"}, notes="")
    _set(mini_data / "flights/slice.csv", {"id": "soyuz-tma-16m"}, notes="")
    facts = _facts(mini_data, tmp_path)
    report = data_report(facts)

    crew = _lines_with(report, "flights/soyuz-tma-16m")
    assert len(crew) == 1
    assert "launched 3, landed 1" in crew[0]
    assert "mikhail-korniyenko" in crew[0] and "scott-kelly" in crew[0]

    # Mogensen and Aimbetov went up on TMA-18M and now never come down
    open_trips = _lines_with(report, "no later `down` seat")
    assert {line.split()[0] for line in open_trips} == {
        "crew/soyuz-tma-18m,andreas-mogensen",
        "crew/soyuz-tma-18m,aidyn-aimbetov",
    }
    assert "still in space or missing return" in report


def test_crew_change_explained_in_flight_notes_is_not_a_gap(mini_data, tmp_path):
    # as above, but the flight's notes still say Kelly and Kornienko came home on TMA-18M
    _rewrite(
        mini_data / "crew/slice.csv",
        lambda r: not (r["flight"] == "soyuz-tma-16m" and r["direction"] == "down"),
    )
    _set(mini_data / "crew/slice.csv", {"flight": "soyuz-tma-16m", "direction": "up"}, notes="")
    gaps = find_gaps(_facts(mini_data, tmp_path))
    assert not [g for g in gaps if g.kind == "flight_crew"]


def test_expedition_gaps(mini_data, tmp_path):
    _set(mini_data / "expeditions/slice.csv", {"id": "iss-42"}, end_utc="")
    _set(mini_data / "expedition_crew/slice.csv", {"role": "commander"}, role="flight engineer")
    with (mini_data / "expeditions/slice.csv").open("a", encoding="utf-8") as fh:
        fh.write("iss-43,iss,43,Expedition 43,2015-03-11T22:44Z,2015-06-11T10:20Z,https://x,\n")
    report = data_report(_facts(mini_data, tmp_path))
    assert "no commander; no end_utc" in _lines_with(report, "expeditions/iss-42 ")[0]
    assert "no members" in _lines_with(report, "expeditions/iss-43 ")[0]
    assert report.splitlines()[-1].startswith("total: 3 gaps in 2 rows")
