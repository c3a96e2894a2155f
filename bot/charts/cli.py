"""`spacebot plot aboard|person|crew-count|expedition ...`: a chart to a PNG or SVG file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .make import ChartRequest

# .data and .make are imported by the commands that draw: `spacebot ask` imports this
# module only for `add_parser`.

EXAMPLES = """examples:
  spacebot plot aboard iss 2015-03-01 -o aboard.png     (the day ±60 days)
  spacebot plot aboard mir "march 1995"                  (a month; or a year: 2009)
  spacebot plot aboard iss "expedition 42"
  spacebot plot person "peggy whitson" -o whitson.png
  spacebot plot crew-count iss -o iss.png --svg
"""


def add_parser(sub) -> None:
    p = sub.add_parser(
        "plot", help="draw a crew chart to a PNG (or SVG) file",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    p.add_argument("chart", choices=["aboard", "person", "crew-count", "expedition"])
    p.add_argument("what", nargs="+", help="station and date | person | station | number")
    p.add_argument("-o", "--output", help="file to write (default: <chart>.png in this folder)")
    p.add_argument("--svg", action="store_true", help="write an SVG (vector) file")
    p.add_argument("--station", default="iss", help="for `expedition`: the station (ISS)")


def _fail(text: str) -> int:
    print(f"spacebot: {text}", file=sys.stderr)
    return 2


def request_from_args(facts, args: argparse.Namespace) -> ChartRequest | str:
    """The chart the arguments ask for, or why they ask for none (a message)."""
    from .data import resolve_person, resolve_station
    from .make import ChartRequest, expedition_id, window_from_text

    what = args.what
    if args.chart == "person":
        name = " ".join(what)
        person = resolve_person(facts, name)
        return (
            ChartRequest("person", person=person) if person else f"I know no one called {name!r}."
        )
    if args.chart == "expedition":
        station = resolve_station(facts, args.station)
        if station is None:
            return f"I know no station called {args.station!r}."
        eid = expedition_id(facts, station, " ".join(what))
        if eid is None:
            return f"I have no record of {' '.join(what)!r} on {facts.stations[station].name}."
        return ChartRequest("expedition", expedition=eid)
    station = resolve_station(facts, what[0])
    if station is None:
        return f"I know no station called {what[0]!r}."
    if args.chart == "crew-count":
        return ChartRequest("crew-count", station=station)
    if len(what) < 2:
        return "plot aboard needs a station and a date, e.g. plot aboard iss 2015-03-01"
    when = " ".join(what[1:])
    eid = expedition_id(facts, station, when) if not when.strip().isdigit() else None
    if eid is not None:
        return ChartRequest("expedition", expedition=eid)
    window = window_from_text(when)
    if window is None:
        return f"I couldn't read {when!r} as a date; try 2015-03-01, March 2015 or 2015."
    return ChartRequest("aboard", station=station, window=window)


def cmd_plot(args: argparse.Namespace, settings) -> int:
    from ..store.build import StoreUnavailable, ensure_built
    from ..store.facts import load_facts
    from .make import chart_data, render

    try:
        ensure_built(settings.data_dir, settings.db_path)
    except StoreUnavailable:
        return _fail("the fact store could not be built from data/ (run `spacebot build`).")
    facts = load_facts(settings.db_path)
    req = request_from_args(facts, args)
    if isinstance(req, str):
        return _fail(req)
    out = Path(args.output) if args.output else Path(f"{req.stem}.{'svg' if args.svg else 'png'}")
    if args.svg:
        out = out.with_suffix(".svg")
    fmt = "svg" if out.suffix.lower() == ".svg" else "png"
    chart = chart_data(facts, req)
    drawn = render(chart, fmt)
    try:
        out.write_bytes(drawn.data)
    except OSError as e:
        return _fail(f"cannot write {out}: {e.strerror}")
    if chart.empty:
        print(chart.empty_message, file=sys.stderr)
    print(
        f"wrote {out} ({drawn.width}x{drawn.height} px, {len(drawn.data) // 1024} KB): {drawn.alt}"
    )
    return 0
