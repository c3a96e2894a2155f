"""`spacebot data import ll2`: Launch Library 2 JSON -> a reviewed proposal -> data/.

Runs on hand-written fixtures (tests/fixtures/ll2, see its README); never on the network.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import urllib.error
from pathlib import Path

from bot import cli
from bot.store import ll2
from bot.store.build import build, check
from bot.store.load import read_tables
from bot.store.schema import TABLES

from .conftest import DATA

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


# --- mapping LL2 objects --------------------------------------------------------------

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ll2"
MS23 = FIXTURES / "spacecraft_flight-2.3.0-soyuz-ms-23.json"
MS22_PAGE = FIXTURES / "spacecraft_flights-2.2.0-page.json"
EXP69 = FIXTURES / "expedition-2.3.0-iss-69.json"
ASTRONAUTS = FIXTURES / "astronauts-2.3.0-page.json"


def _objects(*paths: Path) -> list[ll2.LL2Object]:
    objects, problems = ll2.read_files(paths or sorted(FIXTURES.glob("*.json")))
    assert problems == []
    return objects


def _seats(proposal: ll2.Proposal, flight: str) -> dict[str, tuple[str, str]]:
    return {
        r["person"]: (r["role"], r["direction"])
        for r in proposal.rows["crew"]
        if r["flight"] == flight
    }


def test_reads_single_objects_and_pages_of_both_api_versions():
    found = {(o.kind, o.version, o.id) for o in _objects()}
    assert found == {
        ("flight", "2.3.0", "9023"),
        ("flight", "2.2.0", "9022"),
        ("expedition", "2.3.0", "9069"),
        ("astronaut", "2.3.0", "9103"),
        ("astronaut", "2.3.0", "9104"),
    }


def test_other_json_is_reported_not_guessed(tmp_path):
    odd = tmp_path / "launch.json"
    odd.write_text(json.dumps({"id": "x", "name": "Falcon 9 | Starlink", "net": "2024-01-01"}))
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    objects, problems = ll2.read_files([odd, broken])
    assert objects == []
    assert len(problems) == 2 and "Starlink" in problems[0] and "broken.json" in problems[1]


def test_crew_swap_maps_launch_crew_up_and_landing_crew_down(mini_data):
    proposal = ll2.propose(_objects(), mini_data)
    flights = {r["id"]: r for r in proposal.rows["flights"]}
    crew = ("sergey-prokopyev", "dmitry-petelin", "francisco-rubio")
    # MS-22 launched the crew and came home empty; MS-23 launched empty and landed them
    assert _seats(proposal, "soyuz-ms-22") == {
        "sergey-prokopyev": ("commander", "up"),
        "dmitry-petelin": ("flight engineer", "up"),
        "francisco-rubio": ("flight engineer", "up"),
    }
    assert _seats(proposal, "soyuz-ms-23") == {
        p: _seats(proposal, "soyuz-ms-22")[p][:1] + ("down",) for p in crew
    }
    assert flights["soyuz-ms-22"]["outcome"] == "uncrewed_return"
    assert flights["soyuz-ms-23"]["outcome"] == "success"
    assert "launched uncrewed" in flights["soyuz-ms-23"]["notes"]
    ms23 = flights["soyuz-ms-23"]
    assert (ms23["station"], ms23["launch_utc"], ms23["landing_utc"]) == (
        "iss",
        "2023-02-24T00:24:27Z",
        "2023-09-27T11:17Z",
    )
    assert (ms23["launch_site"], ms23["launch_pad"], ms23["docking_port"]) == (
        "Baikonur Cosmodrome",
        "Site 31/6",
        "Poisk",
    )
    assert ms23["ll2_id"] == "9023"


def test_every_proposed_row_cites_its_ll2_object_and_asks_for_review(mini_data):
    proposal = ll2.propose(_objects(), mini_data)
    assert proposal.count() == 15
    for table, rows in proposal.rows.items():
        for row in rows:
            assert row["source"].startswith("https://ll.thespacedevs.com/2."), (table, row)
            assert ll2.LL2_NOTE in row["notes"], (table, row)
    ms22 = next(r for r in proposal.rows["flights"] if r["id"] == "soyuz-ms-22")
    assert ms22["source"] == "https://ll.thespacedevs.com/2.2.0/spacecraft/flight/9022/"


def test_new_people_are_named_by_wikipedia_title_and_need_a_flight(mini_data):
    proposal = ll2.propose(_objects(), mini_data)
    people = {r["id"]: r for r in proposal.rows["people"]}
    assert set(people) == {"sergey-prokopyev", "dmitry-petelin", "francisco-rubio"}
    rubio = people["francisco-rubio"]  # title "Francisco_Rubio_(astronaut)"
    assert (rubio["nationality"], rubio["agency"], rubio["birth_date"]) == (
        "United States",
        "NASA",
        "1975-12-11",
    )
    assert people["dmitry-petelin"]["nationality"] == "Russia"  # 2.2.0 demonym "Russian"
    assert people["dmitry-petelin"]["agency"] == "Roscosmos"  # LL2 abbrev RFSA
    # Jeremy Hansen is in the astronauts page but on no flight of this import
    assert "jeremy-hansen" not in people
    assert any("Jeremy Hansen" in u.what and "not proposed" in u.why for u in proposal.unmapped)


def test_people_spelt_differently_match_our_aliases():
    proposal = ll2.propose(_objects(), DATA)
    assert proposal.rows["people"] == []
    how = {our_id: how for table, our_id, _, how in proposal.matched if table == "people"}
    assert how["francisco-rubio"] == "alias of Frank Rubio"  # LL2 "Francisco Rubio"
    assert how["dmitry-petelin"] == "alias of Dmitry Petelin"  # LL2 "Dmitri Petelin"
    assert how["sergey-prokopyev"] == "name"


def test_existing_rows_are_compared_never_overwritten():
    objects = _objects(MS22_PAGE, MS23, EXP69)
    agreeing = ll2.propose(objects, DATA)
    # 00:24:27Z agrees with our 00:24Z: equal to the precision both have
    assert agreeing.conflicts == [] and agreeing.count() == 0
    ms22 = objects[0].data
    ms22["launch"]["net"] = "2022-09-21T14:54:49Z"
    ms22["mission_end"] = None
    ms22["launch_crew"][0]["role"]["role"] = "Flight Engineer"
    proposal = ll2.propose(objects, DATA)
    got = {(d.id, d.column, d.ours, d.theirs) for d in proposal.conflicts}
    assert ("soyuz-ms-22", "launch_utc", "2022-09-21T13:54:49Z", "2022-09-21T14:54:49Z") in got
    assert ("soyuz-ms-22/sergey-prokopyev", "role", "commander", "flight engineer") in got
    assert proposal.count() == 0


def test_roles_map_to_ours_and_unknown_ones_are_reported(mini_data):
    objects = _objects(MS22_PAGE)
    seats = objects[0].data["launch_crew"]
    seats[0]["role"]["role"] = "Mission Specialist 2"
    seats[1]["role"] = "Space Tourist"  # some records carry the role as a bare string
    seats[2]["role"]["role"] = "Lunar Module Pilot"
    proposal = ll2.propose(objects, mini_data)
    assert _seats(proposal, "soyuz-ms-22") == {
        "sergey-prokopyev": ("mission specialist", "up"),
        "dmitry-petelin": ("spaceflight participant", "up"),
    }
    assert any("'Lunar Module Pilot'" in u.why for u in proposal.unmapped)


def test_planned_flights_and_crewless_list_pages_are_not_proposed(mini_data):
    planned, listed = _objects(MS23)[0].data, _objects(MS22_PAGE)[0].data
    planned["launch"]["status"] = {"id": 1, "name": "Go for Launch", "abbrev": "Go"}
    planned["launch"]["net"] = "2099-01-01T00:00:00Z"
    for key in ("launch_crew", "onboard_crew", "landing_crew"):
        del listed[key]  # a 2.3.0 list page in `normal` mode has no crews
    objects, _ = ll2.objects_from_json(
        {"count": 2, "next": None, "results": [planned, listed]}, "x"
    )
    proposal = ll2.propose(objects, mini_data)
    assert [r["id"] for r in proposal.rows["flights"]] == ["soyuz-ms-22"]
    assert proposal.rows["crew"] == []
    whys = " ".join(u.why for u in proposal.unmapped)
    assert "not launched yet" in whys and "mode=detailed" in whys


def test_expedition_maps_to_our_id_and_roles(mini_data):
    proposal = ll2.propose(_objects(EXP69), mini_data)
    (row,) = proposal.rows["expeditions"]
    assert (row["id"], row["station"], row["number"], row["name"]) == (
        "iss-69",
        "iss",
        "69",
        "Expedition 69",
    )
    assert (row["start_utc"], row["end_utc"]) == ("2023-03-28T09:57Z", "2023-09-27T07:55Z")
    roles = {r["person"]: r["role"] for r in proposal.rows["expedition_crew"]}
    assert roles == {
        "sergey-prokopyev": "commander",
        "dmitry-petelin": "flight engineer",
        "francisco-rubio": "flight engineer",
    }


def test_report_lists_new_rows_conflicts_and_what_could_not_map(mini_data, tmp_path):
    objects = _objects()
    objects_ms22 = next(o for o in objects if o.id == "9022")
    objects_ms22.data["docking_events"][0]["space_station"]["name"] = "Gateway"
    proposal = ll2.propose(objects, mini_data)
    report = ll2.write_proposal(proposal, tmp_path / "p", ["a.json"]).read_text()
    assert "### flights: 2" in report and "`soyuz-ms-23` Soyuz MS-23" in report
    assert "unknown station 'Gateway'" in report
    with (tmp_path / "p" / "crew.csv").open(newline="") as fh:
        header = next(csv.reader(fh))
    assert tuple(header) == TABLES["crew"].columns


# --- applying a proposal --------------------------------------------------------------


def _data_without_ms23(tmp_path: Path) -> Path:
    """A copy of data/ where Soyuz MS-23 (the crew swap's return leg) was never entered."""
    dest = tmp_path / "data"
    shutil.copytree(DATA, dest)
    for table, column in (("flights", "id"), ("crew", "flight")):
        for path in (dest / table).glob("*.csv"):
            with path.open(newline="", encoding="utf-8") as fh:
                rows = list(csv.reader(fh))
            i = rows[0].index(column)
            kept = [r for r in rows if r[i] != "soyuz-ms-23"]
            if len(kept) != len(rows):
                with path.open("w", newline="", encoding="utf-8") as fh:
                    csv.writer(fh, lineterminator="\n").writerows(kept)
    return dest


def test_import_then_apply_then_build_end_to_end(tmp_path):
    data = _data_without_ms23(tmp_path)
    proposal_dir = tmp_path / "proposal"
    files = [str(p) for p in sorted(FIXTURES.glob("*.json"))]
    assert (
        cli.main(["data", "import", "ll2", *files, "--data", str(data), "--out", str(proposal_dir)])
        == 0
    )
    assert (proposal_dir / "report.md").is_file()
    assert (
        cli.main(["data", "import", "ll2", "--apply", str(proposal_dir), "--data", str(data)]) == 0
    )

    result = build(data, tmp_path / "s.db")
    assert result.ok, result.problems[:5]
    conn = sqlite3.connect(tmp_path / "s.db")
    landed = conn.execute(
        "select person, role from crew where flight = 'soyuz-ms-23' "
        "and direction in ('down', 'both') order by person"
    ).fetchall()
    assert landed == [
        ("dmitry-petelin", "flight engineer"),
        ("francisco-rubio", "flight engineer"),
        ("sergey-prokopyev", "commander"),
    ]
    trip = conn.execute(
        "select up_flight, down_flight from trips where person = 'francisco-rubio'"
    ).fetchall()
    assert trip == [("soyuz-ms-22", "soyuz-ms-23")]
    # appended to the era file that holds 2023's ISS flights, in that file's columns
    era = (data / "flights" / "iss-2020-2025.csv").read_text(encoding="utf-8")
    assert "spacecraft_flights/9023/" in era.splitlines()[-1]

    # a second import of the same JSON matches MS-23 by the LL2 URL kept in its source
    again = ll2.propose(_objects(), data)
    assert again.count() == 0
    assert (
        "flights",
        "soyuz-ms-23",
        ll2.api_url({"id": 9023}, "flight", "2.3.0"),
        "LL2 id",
    ) in again.matched


def test_apply_refuses_a_proposal_that_would_not_build(mini_data, tmp_path, capsys):
    proposal = ll2.propose(_objects(MS23), mini_data)
    proposal_dir = tmp_path / "p"
    ll2.write_proposal(proposal, proposal_dir, [])
    # the reviewer deleted the people rows: the crew rows now name nobody
    people = proposal_dir / "people.csv"
    people.write_text(people.read_text().splitlines()[0] + "\n")
    before = {p: p.read_bytes() for p in mini_data.rglob("*.csv")}
    code = cli.main(
        ["data", "import", "ll2", "--apply", str(proposal_dir), "--data", str(mini_data)]
    )
    assert code == 1
    assert "is not an id in people" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in mini_data.rglob("*.csv")} == before


def test_new_rows_go_to_the_era_file_for_their_station_and_year():
    tables, _ = read_tables(DATA)
    flights = DATA / "flights"

    def target(station: str, year: int, program: str) -> str:
        return str(
            ll2._file_for(DATA, "flights", station, year, program, tables).relative_to(flights)
        )

    assert target("iss", 2023, "soyuz") == "iss-2020-2025.csv"
    assert target("iss", 2026, "dragon") == "iss-2026.csv"  # no file covers 2026 yet
    assert target("tiangong", 2026, "shenzhou") == "tiangong.csv"
    assert target("", 1995, "shuttle") == "no-station-shuttle-1992-2011.csv"
    assert target("", 2026, "") == "no-station-other.csv"


def test_new_era_file_gets_the_full_header_with_ll2_id(tmp_path):
    path = tmp_path / "flights" / "iss-2026.csv"
    assert ll2._append(path, "flights", [{"id": "x", "ll2_id": "5"}])
    with path.open(newline="") as fh:
        header, row = list(csv.reader(fh))
    assert tuple(header) == TABLES["flights"].columns and row[-1] == "5"


# --- fetching, with a stand-in for the network ----------------------------------------


class _Page:
    def __init__(self, body: dict):
        self.body = json.dumps(body).encode()

    def read(self) -> bytes:
        return self.body

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_fetch_follows_pages_and_stops_at_the_request_budget(tmp_path):
    asked: list[str] = []

    def opener(request, timeout):
        asked.append(request.full_url)
        n = len(asked)
        return _Page(
            {
                "count": 9,
                "next": f"https://ll.thespacedevs.com/2.3.0/astronauts/?offset={n}",
                "results": [],
            }
        )

    lines: list[str] = []
    files, stopped = ll2.fetch(
        ["astronauts/?search=Hansen"], tmp_path, 2, progress=lines.append, opener=opener
    )
    assert len(asked) == 2 and len(files) == 2
    assert "mode=detailed" in asked[0] and "format=json" in asked[0]
    assert "stopped after 2 requests" in stopped
    assert lines[0].startswith("[#-] request 1/2")


def test_fetch_stops_when_ll2_says_too_many_requests(tmp_path):
    def opener(request, timeout):
        raise urllib.error.HTTPError(
            request.full_url, 429, "Too Many Requests", {"Retry-After": "900"}, None
        )

    files, stopped = ll2.fetch(["expeditions/"], tmp_path, progress=lambda _: None, opener=opener)
    assert files == [] and "429" in stopped and "900" in stopped


def test_astronaut_files_check_people_we_have():
    objects = _objects(ASTRONAUTS, MS23)
    rubio = next(o for o in objects if o.id == "9103")
    rubio.data["date_of_birth"] = "1975-12-12"
    rubio.data["nationality"] = [{"id": 99, "name": "Atlantis"}]
    proposal = ll2.propose(objects, DATA)
    assert _conflict(proposal, "francisco-rubio", "birth_date") == ("1975-12-11", "1975-12-12")
    assert any("Atlantis" in u.why for u in proposal.unmapped)


def _conflict(proposal: ll2.Proposal, our_id: str, column: str) -> tuple[str, str]:
    (d,) = [d for d in proposal.conflicts if d.id == our_id and d.column == column]
    return d.ours, d.theirs
