"""Every check a data change must pass before it may become the bot's store.

All problems are collected and reported together, each with file, line and what is wrong,
so one run of `spacebot build --check` shows a contributor everything to fix.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .load import Problem, Row
from .names import fold, split_list
from .schema import TABLES
from .when import Instant, parse_date, parse_instant

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
AMBIGUOUS_MARK = "~"  # an alias written "~Kelly" may be shared by several entities

# Sites that copy other people's pages: Wikipedia mirrors, news scrapers and proxies. They
# hide who published a fact, sometimes alter it, and some carry unrelated or adult content;
# a row cites the original (agency page, news report, en.wikipedia.org) instead. A host
# matches itself and its subdomains.
MIRROR_DOMAINS = frozenset(
    {
        "39.io.vn", "academickids.com", "archyde.com", "arraynetworks.net", "bdmobi.com",
        "clateway.com", "cnmilf.com", "colitco.com", "corpora.tika.apache.org", "cosmos-indirekt.de",
        "czech.wiki", "db0nus869y26v.cloudfront.net", "deepnewz.com", "dewiki.de", "en-academic.com",
        "encyclopedia.kids.net.au", "exampleproblems.com", "exbulletin.com", "fplib.org",
        "frwiki.wiki", "gayaone.com", "germannews.org", "getarchive.net", "handwiki.org",
        "hubbry.com", "iinews.ru", "imag.one", "imtqy.com", "keneci.com", "keneci.locals.com",
        "kiddle.co", "kiwix.lema.org", "knowledgr.com", "likeher.org", "liquisearch.com",
        "mdsite.deno.dev", "memim.com", "mixedtimes.com", "nasa-img-viewer.pages.dev",
        "news-pravda.com", "newsyorknet.com", "osmarks.net", "ourairports.biz", "owiki.org",
        "piglix.com", "profilpelajar.com", "remotevs.com", "scribd.com", "skynews.icu",
        "spacenewshubb.com", "spinics.net", "teknopedia.teknokrat.ac.id", "textfiles.com",
        "thedailyripple.org", "trueviralnews.com", "ttav89.com", "typolinks.com", "ukobiw.net",
        "vshangxuetang.com", "wiki-org.ru", "wiki.li", "wikide.org", "wikimili.com", "wikisort.org",
        "wikisum.wiki", "wikizero.net", "xlgl365.com", "zejournal.mobi", "zxc.wiki",
    }
)  # fmt: skip


def _p(row: Row, message: str) -> Problem:
    return Problem(row.file, row.line, message)


def _check_cells(tables: dict[str, list[Row]]) -> list[Problem]:
    problems = []
    for name, rows in tables.items():
        spec = TABLES[name]
        for row in rows:
            for col in spec.required:
                if not row[col]:
                    problems.append(_p(row, f"{col} is empty"))
            if "id" in spec.pk and row["id"] and not _SLUG.match(row["id"]):
                problems.append(_p(row, f"id {row['id']!r} is not a lowercase slug (a-z, 0-9, -)"))
            for col in spec.times:
                if row[col] and parse_instant(row[col]) is None:
                    problems.append(
                        _p(
                            row,
                            f"{col} {row[col]!r} is not a UTC time like 2014-09-25T20:25Z "
                            "or a date like 2014-09-25",
                        )
                    )
            for col in spec.dates:
                if row[col] and parse_date(row[col]) is None:
                    problems.append(_p(row, f"{col} {row[col]!r} is not a date like 1962-12-29"))
            for col, allowed in spec.choices.items():
                if row[col] and row[col] not in allowed:
                    problems.append(
                        _p(row, f"{col} {row[col]!r} is not one of: {', '.join(sorted(allowed))}")
                    )
            for col in spec.numbers:
                if row[col]:
                    try:
                        float(row[col])
                    except ValueError:
                        problems.append(_p(row, f"{col} {row[col]!r} is not a number"))
            for col in spec.external_ids:
                if row[col] and not row[col].isdigit():
                    problems.append(_p(row, f"{col} {row[col]!r} is not a number like 1234"))
            for col in ("launch_tz", "landing_tz"):
                if row[col]:
                    try:
                        ZoneInfo(row[col])
                    except (ZoneInfoNotFoundError, ValueError):
                        problems.append(_p(row, f"{col} {row[col]!r} is not an IANA time zone"))
    return problems


def _check_keys(tables: dict[str, list[Row]]) -> list[Problem]:
    problems = []
    for name, rows in tables.items():
        spec = TABLES[name]
        seen: dict[tuple[str, ...], Row] = {}
        for row in rows:
            key = tuple(row[c] for c in spec.pk)
            if not all(row[c] for c in spec.pk if c in spec.required):
                continue  # already reported as an empty required cell
            if key in seen:
                first = seen[key]
                what = "id " + key[0] if spec.pk == ("id",) else "row " + ", ".join(key)
                problems.append(_p(row, f"duplicate {what} (first at {first.where()})"))
            else:
                seen[key] = row
        for col in spec.external_ids:
            # two rows claiming one outside id would make a later import match the wrong row
            holder: dict[str, Row] = {}
            for row in rows:
                if not row[col]:
                    continue
                if row[col] in holder:
                    first = holder[row[col]]
                    problems.append(
                        _p(row, f"{col} {row[col]} is also on {first['id']} ({first.where()})")
                    )
                else:
                    holder[row[col]] = row
        for col, target in spec.references.items():
            known = {r[TABLES[target].pk[0]] for r in tables[target]}
            for row in rows:
                if row[col] and row[col] not in known:
                    problems.append(_p(row, f"{col} {row[col]!r} is not an id in {target}"))
        for col, target in spec.list_references.items():
            known = {r["id"] for r in tables[target]}
            for row in rows:
                items = split_list(row[col])
                for item in items:
                    if item not in known:
                        problems.append(_p(row, f"{col} item {item!r} is not an id in {target}"))
                if len(set(items)) != len(items):
                    problems.append(_p(row, f"{col} lists someone twice"))
    return problems


def _check_aliases(tables: dict[str, list[Row]]) -> list[Problem]:
    """A name or alias must lead to one thing, unless it is marked as shared with `~`."""
    problems = []
    for name in ("stations", "people", "flights", "modules"):
        owner: dict[str, tuple[str, Row]] = {}
        for row in tables[name]:
            names = [row["name"]] + split_list(row["aliases"])
            for alias in names:
                if alias.startswith(AMBIGUOUS_MARK):
                    continue
                key = fold(alias)
                if not key:
                    continue
                prev = owner.get(key)
                if prev and prev[0] != row["id"]:
                    problems.append(
                        _p(
                            row,
                            f"alias {alias!r} also names {prev[0]} ({prev[1].where()}); "
                            f"write it as '{AMBIGUOUS_MARK}{alias}' in both rows if it is "
                            "really shared",
                        )
                    )
                else:
                    owner[key] = (row["id"], row)
    return problems


def mirror_domain(source: str) -> str | None:
    """The copy/mirror site a source URL points at, or None for an original or a name."""
    try:
        host = (urlsplit(source.strip()).hostname or "").rstrip(".")
    except ValueError:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if ".".join(parts[i:]) in MIRROR_DOMAINS:
            return ".".join(parts[i:])
    return None


def _check_sources(tables: dict[str, list[Row]]) -> list[Problem]:
    problems = []
    for rows in tables.values():
        for row in rows:
            for source in row["source"].split(" | "):
                mirror = mirror_domain(source)
                if mirror:
                    problems.append(
                        _p(
                            row,
                            f"source {source.strip()!r} is on {mirror}, a site that copies "
                            "other pages; cite the original (agency page, news report, "
                            "en.wikipedia.org)",
                        )
                    )
    return problems


def _t(row: Row, col: str) -> Instant | None:
    return parse_instant(row[col])


def _check_order(tables: dict[str, list[Row]]) -> list[Problem]:
    problems = []
    now = datetime.now(UTC)
    for row in tables["flights"]:
        launch, landing = _t(row, "launch_utc"), _t(row, "landing_utc")
        dock, undock = _t(row, "docking_utc"), _t(row, "undocking_utc")
        if launch and landing and landing.dt < launch.dt:
            problems.append(_p(row, "landing_utc is before launch_utc"))
        if launch and dock and dock.dt < launch.dt and dock.has_time and launch.has_time:
            problems.append(_p(row, "docking_utc is before launch_utc"))
        if dock and undock and undock.dt < dock.dt:
            problems.append(_p(row, "undocking_utc is before docking_utc"))
        if undock and landing and landing.dt < undock.dt and landing.has_time and undock.has_time:
            problems.append(_p(row, "landing_utc is before undocking_utc"))
        for col in ("launch_utc", "landing_utc"):
            t = _t(row, col)
            if t and t.dt > now:
                problems.append(_p(row, f"{col} is in the future (planned dates are not facts)"))
        if row["landing_utc"] and not row["landing_kind"]:
            problems.append(_p(row, "landing_utc is set but landing_kind is empty"))
    for row in tables["expeditions"]:
        start, end = _t(row, "start_utc"), _t(row, "end_utc")
        if start and end and end.dt < start.dt:
            problems.append(_p(row, "end_utc is before start_utc"))
    for row in tables["expedition_crew"]:
        start, end = _t(row, "start_utc"), _t(row, "end_utc")
        if start and end and end.dt < start.dt:
            problems.append(_p(row, "end_utc is before start_utc"))
    return problems


def _check_trips(tables: dict[str, list[Row]]) -> list[Problem]:
    """Each person's seats must pair into trips (up ... down) that never overlap."""
    flights = {r["id"]: r for r in tables["flights"]}
    by_person: dict[str, list[Row]] = defaultdict(list)
    for row in tables["crew"]:
        if row["flight"] in flights and row["direction"]:
            by_person[row["person"]].append(row)
    problems = []
    for person, seats in by_person.items():
        trips, trip_problems = pair_trips(person, seats, flights)
        problems.extend(trip_problems)
        trips.sort(key=lambda t: t.start)
        for a, b in zip(trips, trips[1:], strict=False):
            if a.end is None or b.start < a.end:
                problems.append(
                    _p(
                        b.up,
                        f"{person} is on two overlapping flights: this trip starts before the "
                        f"one from {a.up.where()} ends",
                    )
                )
    return problems


@dataclass(frozen=True)
class Trip:
    start: datetime
    end: datetime | None  # None: not back yet
    up: Row
    down: Row | None


def pair_trips(
    person: str, seats: list[Row], flights: dict[str, Row]
) -> tuple[list[Trip], list[Problem]]:
    """Pair a person's crew rows into trips to space, in time order.

    An `up` seat is paired with the next `down` seat in time; a `both` seat is a trip.
    """

    def moment(seat: Row) -> datetime:
        f = flights[seat["flight"]]
        col = "landing_utc" if seat["direction"] == "down" else "launch_utc"
        t = parse_instant(f[col]) or parse_instant(f["launch_utc"])
        return t.dt if t else datetime.max.replace(tzinfo=UTC)

    trips: list[Trip] = []
    problems: list[Problem] = []
    open_up: Row | None = None
    for seat in sorted(seats, key=moment):
        f = flights[seat["flight"]]
        launch = parse_instant(f["launch_utc"])
        landing = parse_instant(f["landing_utc"])
        if seat["direction"] == "both":
            if open_up is not None:
                problems.append(_p(open_up, f"{person} went up here but never came down"))
                open_up = None
            if launch:
                trips.append(Trip(launch.dt, landing.dt if landing else None, seat, seat))
        elif seat["direction"] == "up":
            if open_up is not None:
                problems.append(_p(open_up, f"{person} went up here but never came down"))
            open_up = seat
        else:  # down
            if open_up is None:
                problems.append(
                    _p(seat, f"{person} came down on {seat['flight']} but no earlier 'up' seat")
                )
                continue
            start = parse_instant(flights[open_up["flight"]]["launch_utc"])
            if start:
                trips.append(Trip(start.dt, landing.dt if landing else None, open_up, seat))
            open_up = None
    if open_up is not None:
        start = parse_instant(flights[open_up["flight"]]["launch_utc"])
        if start:  # still in space (no landing yet): an open trip
            trips.append(Trip(start.dt, None, open_up, None))
    return trips, problems


# The longest spacewalk ever lasted 9 h 6 min (Shenzhou 19, December 2024); ten hours
# means a typo.
MAX_EVA = timedelta(hours=10)


def _check_evas(tables: dict[str, list[Row]]) -> list[Problem]:
    """An EVA ends after it starts, lasts under ten hours, happens while each walker is in
    space (within one of their trips, and within the flight named on the row), and
    nobody is in two EVAs at once."""
    problems = []
    flights = {r["id"]: r for r in tables["flights"]}
    seats: dict[str, list[Row]] = defaultdict(list)
    for row in tables["crew"]:
        if row["flight"] in flights and row["direction"]:
            seats[row["person"]].append(row)
    trips = {person: pair_trips(person, rows, flights)[0] for person, rows in seats.items()}
    spans: dict[str, list[tuple[datetime, datetime, Row]]] = defaultdict(list)
    for row in tables["evas"]:
        start, end = _t(row, "start_utc"), _t(row, "end_utc")
        if start is None:
            continue  # reported as empty or malformed already
        if end is not None:
            # a bare start date (the start time was never published) only bounds the day
            if (end.dt <= start.dt) if start.has_time else (end.date < start.date):
                problems.append(_p(row, "end_utc is not after start_utc"))
                continue
            if start.has_time and end.has_time and end.dt - start.dt > MAX_EVA:
                problems.append(
                    _p(row, f"lasts {end.dt - start.dt}, longer than any EVA (10 h): a typo?")
                )
        last = end.dt if end else start.dt
        if not start.has_time:  # a bare date: any moment of that day
            start = type(start)(start.dt.replace(hour=23, minute=59), False)
            last = max(last, start.dt) if end is None or not end.has_time else last
        flight = flights.get(row["flight"])
        if flight is not None:
            launch, landing = _t(flight, "launch_utc"), _t(flight, "landing_utc")
            if (launch and start.dt < launch.dt) or (landing and last > landing.dt):
                problems.append(_p(row, f"is not between {row['flight']}'s launch and landing"))
        for person in split_list(row["crew"]):
            if person not in trips:
                problems.append(_p(row, f"{person} has no flight in crew: never in space"))
                continue
            if not any(
                t.start <= start.dt and (t.end is None or last <= t.end)
                for t in trips.get(person, [])
            ):
                problems.append(_p(row, f"{person} was not in space at {row['start_utc']}"))
            spans[person].append((start.dt, last, row))
    for person, walks in spans.items():
        walks.sort(key=lambda w: w[0])
        for a, b in zip(walks, walks[1:], strict=False):
            if b[0] < a[1]:
                problems.append(
                    _p(b[2], f"{person} is in two EVAs at once: this and {a[2].where()}")
                )
    for row in tables["events"]:
        flight = flights.get(row["flight"])
        when = _t(row, "date_utc")
        if flight is not None and when is not None:
            launch = _t(flight, "launch_utc")
            # an aborted launch attempt comes before the real launch (Soyuz MS-25 by two
            # days), but not by months: that would be a typo in the year or the month
            if launch and when.dt < launch.dt - timedelta(days=30):
                problems.append(_p(row, f"date_utc is before {row['flight']} launched"))
    return problems


def validate(tables: dict[str, list[Row]]) -> list[Problem]:
    problems = []
    for check in (
        _check_cells,
        _check_keys,
        _check_aliases,
        _check_sources,
        _check_order,
        _check_trips,
        _check_evas,
    ):
        problems.extend(check(tables))
    return sorted(problems, key=lambda p: (p.file, p.line))
