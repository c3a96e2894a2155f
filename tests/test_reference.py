"""Our data, read through the real store, checked against three third-party references.

The references live in ../shared/reference (see SOURCES.md there, with their known errors);
when that folder is absent these tests skip. Every disagreement must be either fixed in
data/ or listed, with the reason the reference is wrong and the evidence, in
tests/reference_exceptions.csv. An exception that no longer matches a disagreement fails
too, so the file cannot go stale.

When a check fails, `python -m tests.reference_compare` prints the unexplained
disagreements as candidate rows for the exceptions file (reason and evidence left empty:
check the reference is really wrong before filling them in; otherwise fix data/).
"""

from __future__ import annotations

import pytest

from . import reference_compare as rc
from .conftest import REFERENCE

HINT = (
    "Fix data/ where we are wrong; where the reference is, add a row with reason and evidence "
    "to tests/reference_exceptions.csv (`python -m tests.reference_compare` prints candidates)."
)


@pytest.fixture(scope="module")
def reference():
    if not REFERENCE.is_dir():
        pytest.skip(f"reference data not found at {REFERENCE}")
    return REFERENCE


@pytest.fixture(scope="module")
def exceptions():
    return rc.load_exceptions()


def _assert_explained(check: str, compared: int, found, exceptions) -> None:
    mine = [e for e in exceptions if e.check == check]
    unexplained, stale = rc.split(found, mine)
    lines = []
    if unexplained:
        lines.append(
            f"{len(unexplained)} unexplained {check} disagreement(s) of {compared} compared:"
        )
        lines += ["  " + d.line() for d in unexplained]
    if stale:
        lines.append(f"{len(stale)} {check} exception(s) no longer match any disagreement:")
        lines += [f"  {e.check} | {e.reference} | {e.key} | ours: {e.ours} | theirs: {e.theirs}"
                  for e in stale]  # fmt: skip
    if lines:
        pytest.fail("\n".join([*lines, HINT]), pytrace=False)


def test_crews_agree_with_astronauts_csv(engine, reference, exceptions):
    """Who went up and who came down on each vehicle (Stavnichuk & Corlett, to Jan 2020)."""
    rows = rc.read_astronauts_csv(reference / rc.ASTRONAUTS_CSV)
    compared, found = rc.compare_crews(engine.facts, rows)
    assert compared >= 1000, f"only {compared} person-flights compared: matching is broken"
    _assert_explained("crew", compared, found, exceptions)


def test_launch_and_landing_times_agree_with_wikidata_sqlite(engine, reference, exceptions):
    """Launch and landing within one hour (a day where either side has only the date)."""
    missions = rc.read_missions(reference / rc.WIKIDATA_SQLITE)
    compared, found = rc.compare_times(engine.facts, missions)
    assert compared >= 300, f"only {compared} times compared: mission matching is broken"
    _assert_explained("times", compared, found, exceptions)


def test_iss_expedition_dates_agree_with_aspa(engine, reference, exceptions):
    """ISS expedition start and end within one day."""
    aspa = rc.read_aspa(reference / rc.ASPA_CSV)
    compared, found = rc.compare_expeditions(engine.facts, aspa)
    assert compared >= 60, f"only {compared} expeditions compared"
    _assert_explained("expeditions", compared, found, exceptions)


# The exceptions file itself; needs no reference data.


def test_exceptions_file_is_reviewed(exceptions):
    checks = {"crew": rc.ASTRONAUTS_CSV, "times": rc.WIKIDATA_SQLITE, "expeditions": rc.ASPA_CSV}
    seen = set()
    for e in exceptions:
        where = f"{e.check} {e.key}"
        assert checks.get(e.check) == e.reference, f"{where}: unknown check/reference pair"
        assert e.reason and e.evidence, f"{where}: an exception needs a reason and evidence"
        assert e.match_key not in seen, f"{where}: listed twice"
        seen.add(e.match_key)


# The normalising and name matching the checks rely on.


@pytest.mark.parametrize(
    ("cell", "side", "expected"),
    [
        ("Soyuz TMA\u00ad14M", "up", "soyuztma14m"),
        ("Soyuz TMA20M", "up", "soyuztma20m"),
        ("Soyuz TM14", "up", "soyuztm14"),
        ("Soyuz TM-A12M", "up", "soyuztma12m"),
        ("STS 102", "up", "sts102"),
        ("STS-40 Columbia", "up", "sts40"),
        ("Soyz TM-31", "up", "soyuztm31"),
        ("Soyuz TM\u00ad2/3", "up", "soyuztm2"),
        ("Soyuz TM\u00ad2/3", "down", "soyuztm3"),
        ("Soyuz TMA-34", "down", "soyuztm34"),
        ("Apollo Sk.2", "up", "skylab2"),
        ("not completed yet", "down", "notcompletedyet"),
    ],
)
def test_normalise_vehicle(cell, side, expected):
    assert rc.normalise_vehicle(cell, side) == expected


def test_reference_names_map_to_our_people(engine):
    people = rc.PeopleIndex.of(engine.facts)

    def who(name, original="", pool=None, least=1):
        ref = rc.RefPerson.from_row({"name": name, "original_name": original})
        return people.match(ref, pool if pool is not None else people.candidates(ref), least)

    assert who("Samokutyayev, Aleksandr", "САМОКУТЯЕВ Александр Михайлович") == (
        "aleksandr-samokutyayev"
    )
    assert who("Wilmore, Barry E.", least=3) == "barry-wilmore"
    assert who("Yuri Vladimirovich Usachyov", "Юрий Владимирович Усачёв") == "yury-usachov"
    crew = {s.person for s in engine.facts.seats if s.flight == "soyuz-tma-14m"}
    assert who("Cristofretti, Samantha", pool=crew | {"samantha-cristoforetti"}) == (
        "samantha-cristoforetti"
    )
    # Among everyone only a close fit counts: an initial alone must not pick a namesake.
    assert who("Yang, Liwei", "杨利伟", least=3) == "yang-liwei"
    assert who("Yang, Lixin", least=3) is None  # nobody of that name: no near miss
