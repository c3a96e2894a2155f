"""Our spacewalks, read through the real store, against the astronauts CSV's EVA columns.

Like tests/test_reference.py: skipped when ../shared/reference is absent; every
disagreement is either fixed in data/ or listed, with reason and evidence, in
tests/eva_reference_exceptions.csv (`python -m tests.eva_reference_compare` prints
candidates); an exception that no longer matches anything fails too.

Only flights whose every EVA data/evas covers are compared (see COVERED in
bot/store/eva_reference.py): today the ISS from 2014 on.
"""

from __future__ import annotations

import pytest

from . import eva_reference_compare as erc
from . import reference_compare as rc
from .conftest import REFERENCE


@pytest.fixture(scope="module")
def exceptions():
    return rc.load_exceptions(erc.EXCEPTIONS)


def test_eva_counts_and_hours_agree_with_astronauts_csv(engine, exceptions):
    if not REFERENCE.is_dir():
        pytest.skip(f"reference data not found at {REFERENCE}")
    rows = rc.read_astronauts_csv(REFERENCE / rc.ASTRONAUTS_CSV)
    compared, found, people = erc.compare_evas(engine.facts, rows)
    assert len(people) >= 50, f"only {len(people)} people compared: matching is broken"
    unexplained, stale = rc.split(found, exceptions)
    lines = [f"{len(unexplained)} unexplained EVA disagreement(s) of {compared} compared:"]
    lines += ["  " + d.line() for d in unexplained]
    lines += [f"{len(stale)} exception(s) that no longer match:"]
    lines += [f"  {e.key} | ours: {e.ours} | theirs: {e.theirs}" for e in stale]
    assert not unexplained and not stale, "\n".join(lines)


def test_eva_exceptions_are_reviewed(exceptions):
    seen = set()
    for e in exceptions:
        assert (e.check, e.reference) == (erc.CHECK, rc.ASTRONAUTS_CSV), e.key
        assert e.reason and e.evidence, f"{e.key}: an exception needs a reason and evidence"
        assert e.match_key not in seen, f"{e.key}: listed twice"
        seen.add(e.match_key)


def test_a_flight_outside_the_covered_eras_is_not_compared(engine):
    """Feustel's Hubble spacewalks (STS-125) are not station EVAs, so his career total is
    not compared (it would be a false disagreement), but his 2018 ISS flight is."""
    rows = [
        {"id": "1", "name": "Feustel, Andrew J.", "original_name": "", "ascend_shuttle":
         "STS-125", "descend_shuttle": "STS-125", "field21": "3", "eva_hrs_mission": "21",
         "total_eva_hrs": "61.8"},
        {"id": "2", "name": "Feustel, Andrew J.", "original_name": "", "ascend_shuttle":
         "Soyuz MS-08", "descend_shuttle": "Soyuz MS-08", "field21": "3",
         "eva_hrs_mission": "19.5", "total_eva_hrs": "61.8"},
    ]  # fmt: skip
    compared, found, people = erc.compare_evas(engine.facts, rows)
    assert (compared, found, people) == (1, [], {"drew-feustel"})
