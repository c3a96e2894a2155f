"""Crew charts: what each shows (bars, spans, labels) as plain values on the real store,
and that each drawing is a real PNG (or SVG) whose labels never overlap."""

from __future__ import annotations

import struct
from datetime import UTC, date, datetime
from itertools import combinations

import pytest

from bot.charts import (
    Window,
    career,
    crew_count,
    occupancy,
    render_career,
    render_crew_count,
    render_occupancy,
    resolve_person,
    resolve_station,
)
from bot.charts.data import count_at
from bot.charts.make import ChartCache, ChartRequest, expedition_id, window_from_text
from bot.charts.render import DPI, WIDTH_IN, career_figure, occupancy_figure


@pytest.fixture(scope="module")
def facts(engine):
    return engine.facts


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def day(d: datetime | None) -> str | None:
    return d.date().isoformat() if d else None


# ---------------------------------------------------------------------- occupancy data


def test_aboard_iss_in_march_2015_shows_each_crew_from_docking_to_undocking(facts):
    chart = occupancy(facts, "iss", Window.around(date(2015, 3, 1)))
    bars = {b.name: b for b in chart.bars}
    assert list(bars) == ["B. Wilmore", "A. Samokutyaev", "E. Serova", "T. Virts",
                          "A. Shkaplerov", "S. Cristoforetti", "G. Padalka", "S. Kelly",
                          "M. Kornienko"]  # fmt: skip
    wilmore = bars["B. Wilmore"]
    assert (day(wilmore.start), day(wilmore.end)) == ("2014-09-26", "2015-03-11")
    assert wilmore.label == "Soyuz TMA-14M" and wilmore.family == "soyuz"
    # up in one Soyuz, down in another: both named
    assert bars["S. Kelly"].label == "Soyuz TMA-16M → Soyuz TMA-18M"
    assert [b.label for b in chart.bands] == ["Exp 42", "Exp 43"]
    assert count_at(chart.steps, chart.window.marked) == 6
    assert count_at(chart.steps, datetime(2015, 3, 20, tzinfo=UTC)) == 3  # the handover gap
    assert chart.title == "Aboard ISS, 1 Mar 2015"
    assert "9 people" in chart.alt and "6 on 1 Mar 2015" in chart.alt


def test_a_month_and_a_year_are_windows_too(facts):
    march = occupancy(facts, "mir", Window.month(1995, 3))
    assert (day(march.window.start), day(march.window.end)) == ("1995-03-01", "1995-04-01")
    assert {b.name for b in march.bars} >= {"V. Polyakov", "N. Thagard"}
    thagard = next(b for b in march.bars if b.name == "N. Thagard")
    assert thagard.vehicle == "Soyuz TM-21" and thagard.down_vehicle == "STS-71"
    year = occupancy(facts, "iss", Window.year(2009))
    assert max(c for _, c in year.steps) == 13  # STS-127 docked to a six-person crew
    assert "shuttle" in {b.family for b in year.bars}


def test_a_window_with_no_one_aboard_says_so(facts):
    chart = occupancy(facts, "mir", Window.around(date(2005, 3, 1)))
    assert chart.empty and chart.bars == []
    assert chart.empty_message == "No one was aboard Mir within 60 days of 1 Mar 2005."
    assert chart.alt == chart.empty_message
    drawn = render_occupancy(chart)
    assert png_size(drawn.data)[0] == round(WIDTH_IN * DPI)
    assert drawn.alt.startswith("No one was aboard")


def test_expedition_chart_covers_the_expedition_and_highlights_it(facts):
    req = ChartRequest("expedition", expedition=expedition_id(facts, "iss", "42"))
    from bot.charts.make import chart_data

    chart = chart_data(facts, req)
    assert chart.highlight == "Exp 42" and chart.title == "Aboard ISS, Expedition 42"
    e = facts.expedition_by_number[("iss", 42)]
    assert chart.window.start < e.start.dt and chart.window.end > e.end.dt
    names = {b.name for b in chart.bars}
    assert {"B. Wilmore", "S. Cristoforetti", "M. Surayev"} <= names


def test_dates_as_typed_become_windows():
    assert window_from_text("2015-03-01").marked == datetime(2015, 3, 1, 12, tzinfo=UTC)
    assert window_from_text("March 2015").label == "March 2015"
    assert window_from_text("2015-03").label == "March 2015"
    assert window_from_text("in 2009").label == "2009"
    assert window_from_text("someday") is None


# ---------------------------------------------------------------------- career, crew count


def test_career_lists_each_flight_with_vehicles_station_and_days(facts):
    chart = career(facts, resolve_person(facts, "peggy whitson"))
    assert [f.label for f in chart.flights] == [
        "STS-111 → STS-113 · ISS · 185 d",
        "Soyuz TMA-11 · ISS · 192 d",
        "Soyuz MS-03 → Soyuz MS-04 · ISS · 289 d",
        "Axiom Mission 2 · ISS · 9 d",
        "Axiom Mission 4 · ISS · 20 d",
    ]
    assert chart.title == "Peggy Whitson: 5 flights, 695 days in space"
    assert "2002–2025" in chart.alt


def test_career_marks_spacewalks_from_the_store(facts):
    pid = resolve_person(facts, "whitson")
    walks = [e.start.dt for e in facts.evas_by_person.get(pid, [])]
    assert walks, "the store has Whitson's 2017 spacewalks"
    chart = career(facts, pid)
    assert chart.evas == len(walks)
    marked = [w for f in chart.flights for w in f.evas]
    assert sorted(marked) == sorted(walks)  # each walk sits on the flight it was made from
    assert f"{len(walks)} spacewalk" in chart.alt


def test_crew_count_spans_the_station_life_and_marks_the_records_end(facts):
    iss = crew_count(facts, "iss")
    assert iss.peak == 13 and day(iss.peak_at) == "2009-07-17"
    assert day(iss.as_of) == facts.stations["iss"].complete_to.dt.date().isoformat()
    assert count_at(iss.steps, datetime(2015, 3, 1, tzinfo=UTC)) == 6
    mir = crew_count(facts, "mir")
    assert mir.as_of is None  # a station that is gone has no "records to" line
    assert mir.start.year in (1986, 1987) and mir.end.year in (2000, 2001)
    assert "Mir, 1986–2000" in mir.title


def test_names_resolve_through_the_alias_table(facts):
    assert resolve_person(facts, "Peggy Whitson") == "peggy-whitson"
    assert resolve_person(facts, "padalka") == "gennady-padalka"
    assert resolve_person(facts, "Падалка Геннадий") in (None, "gennady-padalka")
    assert resolve_person(facts, "nobody at all") is None
    assert resolve_station(facts, "ISS") == "iss" and resolve_station(facts, "мир") == "mir"


# ---------------------------------------------------------------------- drawings


def test_each_chart_is_a_png_of_the_expected_width(facts):
    for drawn in (
        render_occupancy(occupancy(facts, "iss", Window.around(date(2015, 3, 1)))),
        render_career(career(facts, "peggy-whitson")),
        render_crew_count(crew_count(facts, "iss")),
    ):
        w, h = png_size(drawn.data)
        assert (w, h) == (drawn.width, drawn.height) and w == 960
        assert 200 < h < 2000
        assert len(drawn.data) < 400_000
        assert drawn.alt


def test_svg_is_a_vector_file(facts):
    drawn = render_crew_count(crew_count(facts, "mir"), "svg")
    assert drawn.format == "svg" and b"<svg" in drawn.data[:1000]


def _overlaps(fig) -> list[tuple[str, str]]:
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    texts = list(fig.texts)
    for ax in fig.axes:
        texts += list(ax.texts)
        texts += [t for t in ax.get_yticklabels() if t.get_text()]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts if t.get_visible()]
    return [(a, b) for (a, ba), (b, bb) in combinations(boxes, 2) if ba.overlaps(bb)]


def test_labels_never_overlap_even_on_a_crowded_year(facts):
    crowded = occupancy(facts, "iss", Window.year(2009))  # 40+ people, shuttle visits
    assert len(crowded.bars) > 40
    assert _overlaps(occupancy_figure(crowded)) == []
    assert (
        _overlaps(occupancy_figure(occupancy(facts, "iss", Window.around(date(2015, 3, 1))))) == []
    )
    assert _overlaps(career_figure(career(facts, "gennady-padalka"))) == []


def test_the_cache_draws_a_chart_once_per_data(facts):
    cache = ChartCache(size=2)
    req = ChartRequest("crew-count", station="mir")
    first = cache.get_or_make(facts, req)
    assert cache.get_or_make(facts, req) is first and cache.hits == 1
    for station in ("iss", "tiangong"):
        cache.get_or_make(facts, ChartRequest("crew-count", station=station))
    assert len(cache) == 2  # bounded: the oldest was forgotten
    assert cache.get_or_make(facts, req) is not first


def test_a_flight_still_in_space_counts_to_the_records_end(facts):
    chart = career(facts, "zhang-lu")  # Shenzhou 21 was still up when the records end
    last = chart.flights[-1]
    assert last.end is None and last.label.endswith("so far")
    tiangong_end = facts.stations["tiangong"].complete_to.dt
    assert last.until.date() > tiangong_end.date() > last.start.date()


def test_windows_are_named_in_the_alt_text(facts):
    span = occupancy(facts, "iss", Window.days(date(2015, 1, 5), date(2015, 2, 7)))
    assert "from 2015-01-05 to 2015-02-07" in span.alt
    assert occupancy(facts, "iss", Window.year(2009)).alt.endswith("in 2009.")


def test_charts_import_neither_discord_nor_matplotlib_until_one_is_drawn():
    import subprocess
    import sys

    code = ("import sys, bot.charts, bot.charts.cli, bot.cli; bot.cli.make_parser(); "
            "print(sorted(m for m in ('discord', 'matplotlib') if m in sys.modules))")  # fmt: skip
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
