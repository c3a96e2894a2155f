"""Answering a `Query` from the facts: filter, rank, aggregate, then say each asked part.

One generic path over a handful of record sets — a person's *trips* (launch to landing),
*stays* aboard a station (docking to undocking), *flights*, and expedition *commands* —
with one table of predicates per constraint. A constraint a record set cannot apply
raises `Unanswerable` naming it: the unconstrained answer is never given instead.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import re
from array import array
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from ..store.facts import LOST_WITH_CREW, Facts, Flight, Station, Stay, Trip
from ..store.names import fold
from . import phrases as ph
from .claims import DAYS_PER, DURATION_UNITS, check_claim, duration_fits, holds, years_between
from .compose import (
    FAILURE_WORDS,
    Reply,
    Unanswerable,
    aboard_at,
    core_module,
    crew_reply,
    crew_stay,
    day_end,
    day_start,
    docking_reply,
    duration_reply,
    everyone_aboard,
    flight_end,
    hours,
    in_series,
    join_replies,
    landing_crew,
    landing_reply,
    launch_crew,
    launch_reply,
    loss_of,
    modules_in_order,
    names,
    noon,
    outcome_sentence,
    payload_reply,
    program_ok,
    series_label,
    story,
    trip_at,
    trip_duration_line,
    trip_label,
    trip_seconds,
    trip_span,
    vehicle_reply,
    within,
)
from .dates import YEAR_IN_TEXT, DateSpan
from .lexicon import PHRASES, Word, is_nation
from .query import GENERIC_PLACE, Part, Query, When
from .spacewalks import eva_query, event_reply, events_matching, events_reply, flight_events

_SLACK = timedelta(days=1)  # a date in local time may be the next or previous UTC day
_NEVER = datetime.max.replace(tzinfo=UTC)


# ------------------------------------------------------------------ predicates


def _date_ok(w: When, start: datetime | None, end: datetime | None, event: str) -> bool:
    """Does a record [start, end] meet a date constraint for this event?"""
    if w.span.annual:  # "on 12 April", any year: the launch's (or landing's) day of the year
        point = end if event == "land" else start
        return point is not None and (point.month, point.day) == (w.span.start.month,
                                                                  w.span.start.day)  # fmt: skip
    first, last = w.bounds()
    lo, hi = day_start(first), day_end(last)
    if event == "launch":
        point = start
    elif event == "land":
        point = end
    else:
        point = None
    if w.op == "before":
        return (point or start) is not None and (point or start) <= hi
    if w.op == "after":
        # "who flew after Columbia?": went up after it; only a landing is asked by its end
        return (point or start or _NEVER) >= lo
    if point is not None or event in ("launch", "land"):
        return within(point, lo, hi, _SLACK)
    return start is not None and start <= hi and (end is None or end >= lo)


def _at_dates(dates: Iterable[When], at: datetime) -> bool:
    """Whether one moment (a launch, a docking, a loss) meets every date said."""
    return all(_date_ok(w, at, at, "any") for w in dates)


# countries that no longer exist, and the year each ended: a citizen of one flew as that,
# whatever they hold now
_STATE_ENDED = {"Soviet Union": 1992, "Czechoslovakia": 1993, "East Germany": 1991,
                "West Germany": 1991, "Yugoslavia": 1992}  # fmt: skip
_FORMER_STATES = frozenset(_STATE_ENDED)


def nat_ok(nats: set[str], p) -> bool:
    mine = set(p.nationality)
    if "West Germany" in nats and "Germany" in mine and "East Germany" not in mine:
        return True
    return bool(nats & mine)


def times_ok(facts: Facts, times: str, pid: str, programs: set[str] | None = None,
             dates: list[When] | None = None) -> bool:  # fmt: skip
    """Has `pid` flown that many times ("7", ">1", "=first")? With `programs`, only trips
    that went up on them count: "who flew two Soyuz missions?"; with `dates`, only those
    launched then: "who had flown more than once before 2020?"."""
    trips = facts.trips_by_person.get(pid, [])
    if programs:
        trips = [t for t in trips if facts.flights[t.up_flight].program in programs]
    if dates:
        # "twice, in 2007 and again in 2009": each date names one of the trips counted
        trips = [t for t in trips if any(_date_ok(w, t.start, t.end, "launch") for w in dates)]
    return count_holds(len(trips), times)


def commands_of(facts: Facts, pid: str, stations: Iterable[str] = ()) -> list[list]:
    """A person's commands (of the stations given, or any), one across an expedition's end
    counted once (Walker, 64 into 65): `merge_spells` of their spells."""
    where = set(stations)
    spells = [x for x in _commands(facts)
              if x[2] == pid and (not where or facts.expeditions[x[3]].station in where)]  # fmt: skip
    return merge_spells(facts, spells)


def count_holds(n: int, times: str) -> bool:
    """Whether a count says what a "times" filter asks: ">1" more than once, "3" exactly."""
    if times.startswith(">"):
        return n > int(times[1:])
    return times == "=first" or n == int(times)


def merge_spells(facts: Facts, spells: list) -> list[list]:
    """Spells of command ((start, end, person, expedition), in time order) as commands: one
    across an expedition's end on the same station (Pesquet, 65 into 66; Walker, 64 into
    65) is one, with its expeditions listed — [start, end, person, [expeditions]]."""
    merged: list[list] = []
    for lo, hi, who, e in spells:
        if (
            merged
            and abs((lo - merged[-1][1]).total_seconds()) < 2 * 86400
            and (facts.expeditions[e].station == facts.expeditions[merged[-1][3][-1]].station)
        ):
            merged[-1][1] = hi
            merged[-1][3].append(e)
        else:
            merged.append([lo, hi, who, [e]])
    return merged


# person kinds that are also seats on a flight (crew.csv's role)
_SEAT_KINDS = {"payload_specialist": "payload specialist"}


def person_ok(facts: Facts, q: Query, pid: str) -> bool:
    p = facts.people[pid]
    if q.nat and not nat_ok(q.nat, p):
        return False
    # ("not Russian" leaves out Soviet citizens too: Gagarin is what people mean by Russian)
    if q.nat_not and set(p.nationality) & (
        q.nat_not | ({"Soviet Union"} if "Russia" in q.nat_not else set())
    ):
        return False
    if q.nat_label and p.nationality and p.nationality[-1] not in q.nat:
        return False  # "the first European": by main citizenship (listed last), not a second one
    if q.sex and p.sex != q.sex:
        return False
    if q.agencies and not (q.agencies & set(p.agency)):
        return False
    if q.times and q.times != "=first" and not times_ok(facts, q.times, pid, q.programs, q.dates):
        return False
    walks = [c for c in q.claims if c.unit == "spacewalks"]
    if walks and not q.people:
        # "who made five spacewalks in 2017?": their walks (in that time) are counted
        mine = [e for e in facts.evas_by_person.get(pid, [])
                if all(_date_ok(w, e.start.dt, e.start.dt, "launch") for w in q.dates)]  # fmt: skip
        if not all(holds(c, len(mine)) for c in walks):
            return False
    if q.occupations and not all(pid in facts.occupations[o].people for o in q.occupations
                                 if o in facts.occupations):  # fmt: skip
        return False
    return not (q.kinds and p.kind not in q.kinds)


def _flight_is_asked(q: Query) -> bool:
    """ "The first spaceflight to carry more than one person": a flight, whose crew size
    flights_matching can select by."""
    return bool(q.asks & {"flight", "flights"}) and not q.people


def _described(q: Query) -> bool:
    """ "Who stayed 437 days on Mir?": a length that picks out whom the question is about
    (no one named, not a yes or no), rather than a claim to check."""
    return q.agg != "yesno" and not q.claim and not q.people and not q.flights


def _event(part_events: set[str]) -> str:
    for e in ("launch", "land"):
        if e in part_events and not ({"launch", "land"} - {e}) & part_events:
            return e
    return "any"


_GOVERNMENT = frozenset(
    {"NASA", "Roscosmos", "ESA", "JAXA", "CSA", "CMSA", "Soviet space program", "Interkosmos",
     "CNES", "DLR", "ASI", "MBRSC", "Saudi Space Agency", "Turkish Space Agency", "ISRO",
     "POLSA", "Swedish National Space Agency"}
)  # fmt: skip


def _all_women(facts: Facts, f: Flight) -> bool:
    """An all-female crew: two or more aboard, every one a woman (a solo flight is not one)."""
    crew = launch_crew(facts, f)
    return len(crew) >= 2 and all(facts.people[s.person].sex == "female" for s in crew)


def outcome_is(f: Flight, asked: str) -> bool:
    """ "Lost" covers a crew lost on the way up (Challenger) and later (Columbia)."""
    if asked == "crew_loss":
        return f.outcome in LOST_WITH_CREW
    if asked == "survived":  # "did they survive?": nobody lost, an abort included
        return f.outcome not in LOST_WITH_CREW
    return f.outcome == asked


def reached_orbit(f: Flight) -> bool:
    """A hop shorter than one orbit (Mercury-Redstone, New Shepard) or a launch that failed
    (Soyuz 18a, Challenger) never reached orbit."""
    if f.outcome in ("launch_abort", "ascent_loss") or f.program == "suborbital":
        return False
    if f.launch and f.landing:
        return (f.landing.dt - f.launch.dt).total_seconds() >= 80 * 60
    return f.outcome != "ascent_loss"


def private_flight(facts: Facts, f: Flight) -> bool:
    """Flown by people with no government agency seat at the time: paying or private crews
    (Inspiration4, Axiom Mission 1). A former agency astronaut flying for a company counts
    as private when the company is among their agencies."""
    seats = facts.seats_by_flight.get(f.id, [])
    if not seats or f.program not in ("dragon", "soyuz", "starliner"):
        return False
    for s in seats:
        p = facts.people[s.person]
        if p.kind == "participant":
            continue
        if set(p.agency) - _GOVERNMENT:  # flew for a company (López-Alegría for Axiom)
            continue
        return False
    return True


INDEX_TRIPS_FROM = 2000  # the real store has ~1,400 trips: a scan there takes ~1 ms


def _trip_index(facts: Facts) -> dict:
    """Trip positions (in `facts.trips`) by what trips_matching tests most: the station a
    leg reached, the person's sex and nationality, and the trips in launch and landing
    order. Made once per store (`facts.memo`): at 100x a question that scans all ~140,000
    trips takes ~100 ms, one that looks at those of a station or a day well under 10.

    A value shared by more than half of the trips (the ISS, men) is kept the other way
    round, as the trips without it (under "without"): a set of all of them would cost the
    most memory (~35 MB at 100x for every value as it is)."""
    index = facts.memo.get("trip_index")
    if index is not None:
        return index
    trips = facts.trips
    positions = list(range(len(trips)))  # one int object per trip, shared by every pool
    groups: dict[str, dict[str, list[int]]] = {"station": {}, "sex": {}, "nat": {}}
    station, sex, nat = groups["station"], groups["sex"], groups["nat"]
    reached = {f.id: f.station for f in facts.flights.values() if f.reached_station}
    people = facts.people
    still_up: list[int] = []
    longest = timedelta(0)
    for i, t in zip(positions, trips):
        up, down = reached.get(t.up_flight), reached.get(t.down_flight) if t.down_flight else None
        if up:
            station.setdefault(up, []).append(i)
        if down and down != up:
            station.setdefault(down, []).append(i)
        p = people[t.person]
        sex.setdefault(p.sex, []).append(i)
        for n in p.nationality:  # a repeat is dropped by the set below
            nat.setdefault(n, []).append(i)
        if t.end is None:
            still_up.append(i)
        elif t.end - t.start > longest:
            longest = t.end - t.start
    half = len(trips) // 2
    index: dict = {"without": {name: {} for name in groups}}
    for name, by_value in groups.items():
        index[name] = {}
        for value, found in by_value.items():
            # positions as 4-byte arrays (a set of ints takes ~10x the memory: ~14 MB at
            # 100x); a question turns the one or two it needs into a set
            if len(found) > half:  # found is in trip order: the others are the gaps
                others = [
                    i
                    for a, b in zip([-1, *found], [*found, len(trips)])
                    for i in positions[a + 1 : b]
                ]
                index["without"][name][value] = array("I", others)
            else:
                index[name][value] = array("I", found)
        by_value.clear()  # let each list go as soon as its set is made
    # trip positions in launch and landing order, 4 bytes each
    index["by_start"] = array("I", sorted(positions, key=lambda i: trips[i].start))
    ends = sorted((i for i in positions if trips[i].end), key=lambda i: trips[i].end)
    index["by_end"] = array("I", ends)
    index["still_up"] = still_up
    index["longest"] = longest
    facts.memo["trip_index"] = index
    return index


def _trip_candidates(facts: Facts, q: Query, event: str) -> list[Trip]:
    """Every trip that can pass trips_matching's tests (a superset, in `facts.trips`
    order, so the result and its order are those of a scan): the trips in every pool the
    indexes give, or all trips when none applies."""
    trips = facts.trips
    if not (q.stations or q.sex or q.nat or q.dates) or len(trips) < INDEX_TRIPS_FROM:
        return trips  # nothing to narrow, or a scan costs less than the index
    index = _trip_index(facts)
    none: frozenset[int] = frozenset()

    pools: list[set[int]] = []  # the trips must be in each of these
    outside: list[array] = []  # and in none of these
    asked = [("station", q.stations), ("sex", [q.sex] if q.sex else []), ("nat", q.nat)]
    if q.nat and "West Germany" in q.nat:  # as nat_ok: also a German, not an East German
        asked[2] = ("nat", {*q.nat, "Germany"})
    for name, values in asked:
        if not values:
            continue
        if len(values) == 1 and (v := next(iter(values))) in index["without"][name]:
            outside.append(index["without"][name][v])  # a common value: those without it
        elif not any(v in index["without"][name] for v in values):
            pools.append(set().union(*(index[name].get(v, none) for v in values)))
        # else: one of several values is common, so they narrow little: no pool
    for w in q.dates:
        if w.op != "in":
            continue
        lo, hi = day_start(w.span.start), day_end(w.span.end)
        if event == "land":
            order, when = index["by_end"], (lambda i: trips[i].end)
        else:
            order, when = index["by_start"], (lambda i: trips[i].start)
        if event in ("launch", "land"):
            lo, hi = lo - _SLACK, hi + _SLACK
        else:  # under way at some moment of [lo, hi]: began at most the longest trip before
            lo = lo - index["longest"]
        found = order[
            bisect.bisect_left(order, lo, key=when) : bisect.bisect_right(order, hi, key=when)
        ]
        pools.append({*found} if event in ("launch", "land") else {*found, *index["still_up"]})
        break
    if not pools:  # only "without" sets (or none): all but them is most trips anyway
        return trips
    pools.sort(key=len)
    common = pools[0].intersection(*pools[1:]) if len(pools) > 1 else pools[0]
    if outside and len(common) > _NARROW_ENOUGH:
        # a few thousand candidates: the full test drops those outside faster than a set
        # difference against the large lists of positions would
        common = common.difference(*outside)
    return [trips[i] for i in sorted(common)]


_NARROW_ENOUGH = 5_000


def _trips_event(q: Query) -> str:
    event = _event(q.events)
    if event == "any" and q.rank in ("first", "last") and q.dates:
        event = "launch"  # "the first to visit Mir in 1997": the first who came in 1997
    return event


def _trip_test(facts: Facts, q: Query, event: str, roles: set[str],
               by_person: bool) -> Callable[[Trip], bool] | None:  # fmt: skip
    """Does a trip meet every constraint of the query (see trips_matching)? What each test
    needs is looked up once, and a test the query does not ask for is not run: every trip
    of the store may be looked at ("the first woman to ...", "the longest single flight").
    None when the query asks nothing of a trip: every one fits, and none need be tested."""
    if not (by_person or q.flights or q.outcome or q.resident or q.orbital or q.all_female
            or q.programs or q.series or q.stations or q.any_station or q.dates or q.claims
            or roles or q.excluded):  # fmt: skip
        return None
    flights = facts.flights
    person_fits: dict[str, bool] = {}
    named = set(q.flights)
    left_out = set(q.excluded) & set(flights)  # "who flew Apollo besides Apollo 11?"

    def fits(t: Trip) -> bool:
        if left_out and t.up_flight in left_out:
            return False
        if by_person:
            ok = person_fits.get(t.person)
            if ok is None:
                ok = person_fits[t.person] = person_ok(facts, q, t.person)
            if not ok:
                return False
        up = flights[t.up_flight]
        down = flights[t.down_flight] if t.down_flight else None
        legs = (up, down) if down else (up,)
        if named:
            if event == "launch" and up.id not in named:
                return False
            if event == "land" and not (down and down.id in named):
                return False
            if not ({f.id for f in legs} & named):
                return False
        # the date first: the most selective test, and cheaper than which stations a
        # flight visited
        if q.dates:
            end = t.end
            if end is None and up.outcome in LOST_WITH_CREW:
                end = flight_end(facts, up) or t.start  # lost (Columbia 1 Feb 2003): not after
            if any(not _date_ok(w, t.start, end, event) for w in q.dates):
                return False
        if q.outcome and not any(outcome_is(f, q.outcome) for f in legs):
            return False
        if q.resident and not (t.end and (t.end - t.start).days >= 30):
            return False
        if q.orbital and not reached_orbit(up):
            return False
        if q.all_female and not _all_women(facts, up):
            return False
        if q.programs:
            leg = [up] if event == "launch" else [down] if event == "land" and down else legs
            if not any(program_ok(f, q.programs) for f in leg):
                return False
        if q.series and not any(in_series(q.series, f) for f in legs):
            return False
        if q.stations and not any(set(visited(facts, f)) & set(q.stations) for f in legs):
            return False
        if q.any_station and not any(f.station and f.reached_station for f in legs):
            return False  # "the first people aboard a space station": not Soyuz 10's crew
        if q.claims and not duration_fits(q.claims, trip_seconds(t), _described(q)):
            return False  # "stayed more than 14 months"
        if roles:
            seat = next(
                (s for s in facts.seats_by_flight.get(up.id, []) if s.person == t.person), None
            )
            if not seat or seat.role not in roles:
                return False
            if q.seat and f"seat: {q.seat}" not in (seat.notes or "").lower():
                return False  # "the command module pilot", not just any pilot
        return True

    return fits


def _person_tests(q: Query) -> bool:
    return bool(
        q.nat
        or q.nat_not
        or q.sex
        or q.agencies
        or (q.times and q.times != "=first")
        or q.kinds
        or q.occupations
        or any(c.unit == "spacewalks" for c in q.claims)
    )


def trips_matching(facts: Facts, q: Query, people: Iterable[str] | None = None,
                   roles: set[str] | None = None) -> list[Trip]:  # fmt: skip
    """Trips meeting every constraint of the query, in launch order."""
    event = _trips_event(q)
    pool = (
        [t for p in people for t in facts.trips_by_person.get(p, [])]
        if people is not None
        else _trip_candidates(facts, q, event)
    )
    roles = q.roles if roles is None else roles
    if q.programs and people is None:
        # "a Soyuz that came back on …": the few trips with a leg of that program, by a set
        # lookup, before the full test (a scan of every trip, ~1 ms of such a question)
        ok = {f.id for f in facts.flights.values() if program_ok(f, q.programs)}
        pool = [t for t in pool if t.up_flight in ok or t.down_flight in ok]
    fits = _trip_test(facts, q, event, roles, by_person=people is None and _person_tests(q))
    # ("the longest single spaceflight": nothing to test, every trip)
    out = [t for t in pool if fits(t)] if fits is not None else list(pool)
    out.sort(key=lambda t: t.start)
    if q.times == "=first":  # rookies: the trip that was the person's first
        out = [t for t in out if facts.trips_by_person[t.person][0] is t]
    return out


def _first_trip_matching(facts: Facts, q: Query) -> Trip | None:
    """trips_matching(facts, q)[0] (or None) without testing every later trip."""
    event = _trips_event(q)
    pool = _trip_candidates(facts, q, event)
    fits = _trip_test(facts, q, event, q.roles, by_person=_person_tests(q))
    if pool is facts.trips and len(pool) >= INDEX_TRIPS_FROM:
        order: Iterable[Trip] = (pool[i] for i in _trip_index(facts)["by_start"])
    else:  # launch order; a tie in the order of the pool (a stable sort, as trips_matching)
        order = sorted(pool, key=lambda t: t.start)
    rookies = q.times == "=first"
    return next(
        (t for t in order if (fits is None or fits(t))
         and (not rookies or facts.trips_by_person[t.person][0] is t)
         and (q.outcome or reached_space(facts, t))),
        None,
    )  # fmt: skip


def reached_space(facts: Facts, t: Trip) -> bool:
    """Whether a trip got to space: Challenger's last crew (lost 73 s after launch) and the
    aborted launches never did, so none of them is "the first teacher in space"."""
    return facts.flights[t.up_flight].outcome not in ("ascent_loss", "launch_abort")


def _flight_index(facts: Facts) -> tuple[dict, dict, dict]:
    """Positions in `flights_by_launch` by program and by station, and of each flight id."""
    index = facts.memo.get("flight_index")
    if index is None:
        by_program: dict[str, list[int]] = {}
        by_station: dict[str, list[int]] = {}
        for i, f in enumerate(facts.flights_by_launch):
            by_program.setdefault(f.program, []).append(i)
            for st in visited(facts, f) or (f.station,):
                by_station.setdefault(st, []).append(i)
        position = {f.id: i for i, f in enumerate(facts.flights_by_launch)}
        index = facts.memo["flight_index"] = (by_program, by_station, position)
    return index


def prepare(facts: Facts) -> None:
    """Make now the indexes a large store's questions would make on first use (~1 s at
    100x): a server does, off its event loop, so that no question waits for them."""
    if len(facts.trips) >= INDEX_TRIPS_FROM:
        _trip_index(facts)
    if len(facts.flights_by_launch) >= INDEX_TRIPS_FROM:
        _flight_index(facts)


def _flight_candidates(facts: Facts, q: Query) -> list[Flight]:
    """Every flight that can pass flights_matching's tests, in launch order: those of the
    asked programs, stations and vehicles (positions in `flights_by_launch` indexed once
    per store), or all of them when the store is small or nothing narrows the query."""
    flights = facts.flights_by_launch
    if not (q.programs or q.stations or q.spacecraft) or len(flights) < INDEX_TRIPS_FROM:
        return flights
    by_program, by_station, position = _flight_index(facts)
    pools: list[set[int]] = []
    if q.programs:
        pools.append(set().union(*(by_program.get(p, ()) for p in q.programs)))
    if q.stations:
        pools.append(set().union(*(by_station.get(s, ()) for s in q.stations)))
    if q.spacecraft:
        pools.append({position[f] for f in q.spacecraft if f in position})
    pools.sort(key=len)
    return [flights[i] for i in sorted(set(pools[0]).intersection(*pools[1:]))]


def visited(facts: Facts, f: Flight) -> tuple[str, ...]:
    """The stations a flight docked with, in order: one, or Mir then Salyut 7 (Soyuz T-15)."""
    moved = facts.visits_by_flight.get(f.id)
    if moved:
        return moved
    return (f.station,) if f.station and f.reached_station else ()


def trip_stations(facts: Facts, t: Trip) -> list[str]:
    """The stations a trip's flights docked with, up then down, each once."""
    return list(dict.fromkeys(st for f in (t.up_flight, t.down_flight) if f
                              for st in visited(facts, facts.flights[f])))  # fmt: skip


_LIVED_ABOARD = frozenset({"lived", "live", "living", "inside", "stayed", "aboard", "onboard"})


def _flight_fits(facts: Facts, q: Query, f: Flight, event: str) -> bool:
    """Does a flight meet every constraint of the query (see flights_matching)?"""
    if f.id in q.excluded:
        return False  # "how many crewed Apollo flights, not counting Apollo–Soyuz?"
    if q.programs and not program_ok(f, q.programs):
        return False
    if q.stations and not set(visited(facts, f) or (f.station,)) & set(q.stations):
        return False
    if q.any_station and not f.station:
        return False
    if (
        ("arrive" in q.events or ("aboard" in q.events and _LIVED_ABOARD & set(q.tokens)))
        and (q.stations or q.any_station)
        and not f.reached_station
    ):
        return False  # "the first crew to board a station", "lived aboard": Soyuz 10 never got in
    if q.spacecraft and f.id not in q.spacecraft:
        return False
    if q.series and not in_series(q.series, f):
        return False
    if q.orbital and not reached_orbit(f):
        return False
    if q.outcome and not outcome_is(f, q.outcome):
        return False
    if (
        not q.outcome
        and f.outcome in ("ascent_loss", "launch_abort")
        and any(
            a in ("to", "in", "into", "reached", "reach") and b == "space"
            for a, b in zip(q.tokens, q.tokens[1:])
        )
    ):
        return False  # "which teacher flew to space first?": Challenger never got there
    seats = facts.seats_by_flight.get(f.id, [])
    if not q.uncrewed and event == "launch" and not any(x.went_up for x in seats):
        return False  # launched empty (Soyuz MS-23): not a crewed launch
    if (
        not q.uncrewed
        and event == "land"
        and not any(x.came_down for x in seats)
        and f.outcome not in ("crew_loss", "ascent_loss", "launch_abort")
    ):
        return False
    start = f.launch.dt if f.launch else None
    end = f.landing.dt if f.landing else None
    if end is None and f.outcome in LOST_WITH_CREW:
        end = start  # lost in flight: the only date on record is the launch
    if q.dates and any(not _date_ok(w, start, end, event) for w in q.dates):
        return False
    if q.claims and not duration_fits(
        q.claims,
        (end - start).total_seconds() if start and end and end > start else None,
        _described(q),
    ):
        return False  # "missions that lasted more than 100 days"
    if q.all_private and not private_flight(facts, f):
        return False
    if q.all_female and not _all_women(facts, f):
        return False
    if (
        q.agg != "yesno"
        and any(c.unit == "people" for c in q.claims)
        and not all(holds(c, len(launch_crew(facts, f))) for c in q.claims if c.unit == "people")
    ):
        return False  # "the Soyuz whose three-man crew died": the crew's size
    if q.people:
        aboard = {s.person for s in facts.seats_by_flight.get(f.id, [])}
        if not set(q.people) <= aboard:
            return False
    # someone aboard must fit the crew filters ("China's first female flight engineer")
    # among those it carried up, or down when landings are asked: Soyuz TM-11 landed with
    # Helen Sharman, but "the Soyuz of the first Briton" is TM-12, which took her up
    crew_filters = q.describes_person or q.agencies or q.roles

    def stayed(pid: str) -> bool:  # "the first woman to make a long-duration flight": a month+
        return any(f.id in (t.up_flight, t.down_flight) and t.end and (t.end - t.start).days >= 30
                   for t in facts.trips_by_person.get(pid, ()))  # fmt: skip

    return not crew_filters or any(
        person_ok(facts, q, s.person)
        and (not q.roles or s.role in q.roles)
        and (not (q.resident and q.describes_person) or stayed(s.person))
        for s in seats
        if (s.came_down if event == "land" else s.went_up)
    )


def _flights_event(q: Query) -> str:
    event = _event(q.events)
    if event == "any" and q.dates and not q.events & {"aboard", "dock", "arrive", "leave"}:
        event = "launch"  # "how many missions did China fly in 2022?": those launched in it
    return event


def flights_matching(facts: Facts, q: Query) -> list[Flight]:
    event = _flights_event(q)
    return [f for f in _flight_candidates(facts, q) if _flight_fits(facts, q, f, event)]


def _first_flight_matching(facts: Facts, q: Query, last: bool = False) -> Flight | None:
    """flights_matching(facts, q)[0] (or [-1]) without testing every other flight."""
    event = _flights_event(q)
    flights = _flight_candidates(facts, q)
    return next((f for f in (reversed(flights) if last else flights)
                 if _flight_fits(facts, q, f, event)), None)  # fmt: skip


def _first_to_reach_flight(facts: Facts, q: Query) -> Flight | None:
    """The first (or last) flight of the ranking that got aboard its station."""
    event = _flights_event(q)
    fits = [f for f in _flight_candidates(facts, q)
            if f.reached_station and f.station in q.stations and _flight_fits(facts, q, f, event)]  # fmt: skip
    return fits[-1 if q.rank == "last" else 0] if fits else None


def _first_to_reach(facts: Facts, q: Query, missed: Flight) -> Reply | None:
    """ "Was Soyuz 26 the first crew on Salyut 6?": the first (or last) flight of the ranking
    that got aboard the station, when the one ranked first never did (Soyuz 25)."""
    pick = _first_to_reach_flight(facts, q)
    if pick is None or not pick.launch:
        return None
    st = facts.stations[pick.station].name
    crew = [x.person for x in launch_crew(facts, pick)]
    return Reply(f"The {q.rank} crewed flight to get aboard {st} was {pick.name} "
                 f"({names(facts, crew)}), launched {ph.day(pick.launch.dt)} ({missed.name} had "
                 "not docked).", [], ph.sources_of(pick.source), people=crew, flights=[pick.id])  # fmt: skip


def _commands(facts: Facts) -> list[tuple[datetime, datetime, str, str]]:
    """Every spell of command: (start, end, person, expedition), in time order."""
    if "commands" not in facts.memo:
        spells = []
        for m in facts.members:
            if m.role != "commander":
                continue
            e = facts.expeditions[m.expedition]
            lo = (m.start or e.start).dt if (m.start or e.start) else None
            hi = (m.end or e.end).dt if (m.end or e.end) else _NEVER
            if lo:
                spells.append((lo, hi, m.person, e.id))
        facts.memo["commands"] = sorted(spells)
    return facts.memo["commands"]


# ------------------------------------------------------------------ entry point


def execute(facts: Facts, q: Query) -> Reply:
    """The answer to a query, or `Unanswerable` with the reason."""
    q = _one_event_a_part(q)
    if q.spacecraft and q.outcome in LOST_WITH_CREW:
        # an orbiter said of a loss is its own lost flight
        lost = [x for x in q.spacecraft if facts.flights[x].outcome in LOST_WITH_CREW]
        if q.people and q.roles and not q.flights and len(lost) == 1:
            # "Columbia broke up on 1 Feb 2003 and was commanded by Rick Husband?": the loss
            # names the flight (STS-107) the rest is said of (who was aboard is checked
            # against the orbiter's flights, below)
            q = q.copy(flights=lost, spacecraft=[])
        elif q.agg == "count" and not q.people and lost and (q.flights or len(lost) > 1):
            # "how many died in the Challenger and Columbia disasters combined?": STS-51-L,
            # counted with any other named
            q = q.copy(flights=list(dict.fromkeys([*q.flights, *lost])), spacecraft=[])
    if (
        "dates" in q.tokens
        and q.people
        and not q.flights
        and q.agg == "one"
        and q.asks <= {"when", "flight"}
        and not q.events
    ):
        # "Tamayo Méndez flight dates?": when the trip began and when it ended
        q = q.copy(parts=[Part({"when"}, {"launch"}, set()), Part({"when"}, {"land"}, set())])
    if "duration" in q.asks and _GAP_HINTS & set(q.tokens):
        from .gaps import time_between  # only a question that may ask a time between two

        gap = time_between(facts, q)
        if gap is not None:
            return gap
    if (place := _country_place(q)) and not (
        q.people or q.flights or q.nat or q.stations or q.programs or q.dates
    ):
        return countries_in_order(facts, q, place)  # "the third country to make a spacewalk"
    r = _station_ranked(facts, q) or _described_then(facts, q) or _execute(facts, q)
    seats = [p for p in q.parts if p.roles and "walk" not in p.events and p.asks <= {"who"}]
    if len(q.flights) == 1 and seats and any("walk" in p.events for p in q.parts):
        # "Voskhod 2: who did the first spacewalk, who was the commander, …?": the walks
        # answer the walk; the seat asked beside it is the flight's
        for p in seats:
            try:
                seat = _execute(facts, q.copy(parts=[p], rank="", rank_of=""))
            except Unanswerable:
                continue
            if seat.text not in r.text:
                r.text += " " + seat.text
    if (
        "where" in q.asks
        and "land" in q.events
        and not {"splash", "splashed", "splashdown", "earth", "home", "back", "ocean"}
        & set(q.tokens)
        and len(r.flights) >= 1
        and (ml := facts.moon_landings.get(r.flights[0])) is not None
        and ml.kind == "landed"
        and ml.touchdown is not None
        and ml.site not in r.text
    ):
        # "who walked on the Moon on Apollo 15?" "where did they land?": the Moon, or the
        # splashdown — both said, in the answer itself
        r.text += (f" On the Moon, its lunar module {ml.lunar_module} had landed at {ml.site} on "
                   f"{ph.day(ml.touchdown.dt)}.")  # fmt: skip
    if "nationality" in q.asks and q.describes_person and not q.people:
        # "first Latin American in space: name, country, Soyuz number": the one found's
        # country, when the answer went on to the flight without it
        found = [p for p in dict.fromkeys(r.people) if p in facts.people and person_ok(facts, q, p)]
        if len(found) == 1 and (p := facts.people[found[0]]).nationality:
            said = ph.demonyms(p.nationality)
            if said.split(" (")[0] not in r.text:
                r.text += f" {p.name} is {said}."
    return r


_GAP_HINTS = frozenset({"between", "after", "before", "later", "earlier", "since", "apart"})


def _one_event_a_part(q: Query) -> Query:
    """ "When did STS-1 launch and land?": two dates are asked, one a part."""
    parts: list[Part] = []
    for p in q.parts:
        if {"launch", "land"} <= p.events and p.asks & {"when", "where", "time"}:
            parts += [Part(set(p.asks), {"launch"}, set(p.roles)),
                      Part(set(p.asks), {"land"}, set(p.roles))]  # fmt: skip
        else:
            parts.append(p)
    if len(parts) == len(q.parts):
        return q
    return q.copy(parts=parts)


_PLACE_WORDS = {"first", "last", "second", "third", "fourth", "fifth", "longest", "shortest",
                "youngest", "oldest", "most", "final", "earliest", "latest", "1st", "2nd",
                "3rd", "4th", "5th"}  # fmt: skip


def _nation_claimed(q: Query) -> bool:
    """ "… was from Poland", "… was Polish": a nationality said of whoever holds the place
    (after "was"/"is"), not one that narrows the ranking ("the first Polish astronaut")."""
    toks = q.tokens
    if (
        toks[:1] in (["was"], ["is"])
        and len(toks) > 4
        and is_nation(toks[-1])
        and toks[-2] not in ("the", "a", "an", "first", "last", "second", "third")
    ):
        return True  # "was the first woman in space Russian?"
    for i, t in enumerate(toks[:-1]):
        if t in ("was", "is", "were") and i > 2:
            nxt = toks[i + 1 : i + 3]
            if (
                nxt[:1] in (["a"], ["an"])
                and toks[i - 1] not in ("who", "that")
                and any(is_nation(w) for w in nxt[1:])
            ):
                return True  # "… was a Pole" ("a Polish person"), not "who was a Pole"
            if nxt[:1] == ["from"] or (nxt and nxt[0] not in ("the", "a", "an", "in", "on")):
                return any(is_nation(w) for w in toks[i + 1 : i + 3])
    return False


def _ranked_by_the(q: Query) -> bool:
    """ "X was *the* second woman in space", "X flew *the* very last Mercury mission": a
    place in a ranking of everyone, claimed for X — not "her second flight" (X's own)."""
    toks = q.tokens
    for i, t in enumerate(toks):
        if t in _PLACE_WORDS:
            j = i - 1
            while j >= 0 and toks[j] in ("very", "ever", "single"):
                j -= 1
            return j >= 0 and toks[j] == "the"
    return False


def _first_in_words(facts: Facts, q: Query, asked: Query, run) -> Reply:
    """For a claimed place: the ranking `run` finds for `asked`, unless the records state
    that first in words ("first Chinese civilian in space") and name someone else — the
    ranking missed a qualifier then. A word no filter reads ("civilian") must not turn
    into a "no" about someone else, so with neither the claim is not checked."""
    held = None
    if q.rank == "first":
        # (the name of the one claimed is no part of the first: "was Gui Haichao the …")
        named = {w for x in q.people for w in fold(facts.people[x].name).split()}
        named |= {w for x in q.flights for w in fold(facts.flights[x].name).split()}
        held = recorded_first(facts, asked.copy(tokens=[t for t in q.tokens if t not in named]))
    if held is None and q.unparsed:
        raise Unanswerable(f"I can't check that: I don't understand “{q.unparsed[0]}” there.")
    try:
        found = run(facts, asked)
    except Unanswerable:
        if held is None:
            raise
        return held
    return held if held is not None and held.people[:1] != found.people[:1] else found


def _person_ranked_claim(facts: Facts, q: Query) -> Reply:
    """The ranking asked without the person, then whether the person holds that place:
    "Sally Ride was the second woman in space?" — no: Savitskaya; the date a claim adds
    ("…Mohri, in 1992") is part of the claim, so the ranking is over all years."""
    pid = q.people[0]
    # (an expedition the claim adds — "…, on Expedition 38" — is part of the claim too)
    asked = q.copy(people=[], agg="one", claim=False, dates=[], pronouns=set(), expeditions=[])
    if q.rank in ("longest", "shortest"):
        # ("is Rubio's 371 days the longest single ISS stay ever?": the length is his, said
        # with the claim, not a filter of the ranking)
        asked = asked.copy(claims=[c for c in q.claims if c.unit not in DURATION_UNITS])
    found = _first_in_words(facts, q, asked, _execute)
    if q.rank_of == "flight" or (found.flights and not found.people):
        yes = any(
            s.person == pid for f in found.flights[:1] for s in facts.seats_by_flight.get(f, [])
        )
    elif "walk" in q.events:
        # "was Al Neyadi the first Arab to do a spacewalk?": one of that walk's crew, the one
        # of that description (Bowen walked beside him)
        fit = [x for x in found.people if person_ok(facts, q.copy(people=[]), x)]
        yes = fit[:1] == [pid]  # the walk's first of that description (EV1 leads its crew)
    elif q.rank in ("longest", "shortest") and found.flights:
        # a record flight is held by everyone who made it ("Chub has the longest single ISS
        # stay?": yes, with Kononenko)
        up = found.flights[0]
        yes = pid in found.people and any(
            t.up_flight == up for t in facts.trips_by_person.get(pid, [])
        )
    else:
        yes = bool(found.people) and found.people[0] == pid
    if yes and q.dates and found.flights:
        # the date claimed may be the launch or, said with a landing, the landing ("when
        # Koch landed in February 2020 … it was the longest flight by a woman")
        f = facts.flights[found.flights[0]]
        trip = next((t for t in facts.trips_by_person.get(pid, []) if t.up_flight == f.id), None)
        end = trip.end if trip is not None else (f.landing.dt if f.landing else None)
        yes = any(
            (bool(f.launch) and _date_ok(w, f.launch.dt, f.launch.dt, "launch"))
            or ("land" in q.events and end is not None and _date_ok(w, end, end, "land"))
            for w in q.dates
        )  # fmt: skip
    if yes and q.expeditions and not set(q.expeditions) <= set(found.expeditions):
        # the right person on the wrong expedition: say which part fails
        where = ph.join(
            [facts.expeditions[e].name for e in q.expeditions if e in facts.expeditions]
        )
        return Reply(f"No, not on {where}: {found.text}", found.details, found.sources,
                     people=list(found.people) or [pid], flights=found.flights)  # fmt: skip
    # the thread goes on with whoever holds the place ("oh. when did he fly then?")
    return _verdict(found, yes, list(found.people) or [pid])


def _nation_ranked_claim(facts: Facts, q: Query) -> Reply:
    """ "The first person in space who wasn't Soviet or American was from Poland?": the
    first found without the claimed nation, then whether they were from it."""
    found = _execute(facts, q.copy(nat=set(), nat_label="", agg="one", claim=False, compare=""))
    yes = bool(found.people) and bool(q.nat & set(facts.people[found.people[0]].nationality))
    return _verdict(found, yes, list(found.people))


def _verdict(found: Reply, yes: bool, people: list[str]) -> Reply:
    """A claim's yes or no, in front of the answer that settled it."""
    return Reply(f"{'Yes' if yes else 'No'}: {found.text}", found.details, found.sources,
                 people=people, flights=found.flights)  # fmt: skip


def _any_beyond(facts: Facts, q: Query) -> Reply:
    """ "Was any Shuttle mission longer than STS-78?": the flights the rest of the query
    allows set against the one named — yes with the longest few, or no."""
    f = facts.flights[q.flights[0]]
    if not (f.launch and f.landing):
        raise Unanswerable(f"I have no length for {f.name}.")

    def secs(g: Flight) -> float:
        return (g.landing.dt - g.launch.dt).total_seconds()

    pool = [g for g in flights_matching(facts, q.copy(flights=[], compare="", agg="list"))
            if g.id != f.id and g.launch and g.landing]  # fmt: skip
    longer = q.compare == "longer"
    beyond = sorted((g for g in pool if (secs(g) > secs(f)) == longer and secs(g) != secs(f)),
                    key=secs, reverse=longer)  # fmt: skip
    desc = _flight_desc(facts, q.copy(flights=[]))
    one = desc[:-1] if desc.endswith("flights") else desc
    base = f"{f.name} lasted {ph.duration(secs(f))}"
    if not beyond:
        return Reply(f"No: {base}; no other {one} was {q.compare} in my records.", [],
                     ph.sources_of(f.source), flights=[f.id])  # fmt: skip
    shown = "; ".join(f"{g.name} ({ph.duration(secs(g))})" for g in beyond[:5])
    more = f" and {len(beyond) - 5} more" if len(beyond) > 5 else ""
    return Reply(f"Yes: {base}; {len(beyond)} {desc if len(beyond) > 1 else one} "
                 f"{'were' if len(beyond) > 1 else 'was'} "
                 f"{q.compare}: {shown}{more}.", [], ph.sources_of(f.source, beyond[0].source),
                 flights=[beyond[0].id, f.id])  # fmt: skip


def _walk_claim(facts: Facts, q: Query, span) -> Reply:
    """ "Leonov's first spacewalk lasted about 2 hours, correct?": the walk's own length."""
    pid = q.people[0]
    walks = list(facts.evas_by_person.get(pid, ()))
    p = facts.people[pid]
    if not walks:
        raise Unanswerable(f"I have no spacewalk of {p.name} in my records.")
    if q.rank == "last":
        walks = walks[-1:]
    elif q.rank.isdigit():
        walks = walks[int(q.rank) - 1 : int(q.rank)]
    elif q.rank == "first" or len(walks) == 1:
        walks = walks[:1]
    else:
        raise Unanswerable(f"{p.name} made {len(walks)} spacewalks: which one do you mean?")
    if not walks:
        raise Unanswerable(f"{p.name} made fewer spacewalks than that in my records.")
    e = walks[0]
    if e.duration is None:
        raise Unanswerable(f"I have no recorded length for {e.name} ({ph.day(e.start.dt)}).")
    secs = e.duration.total_seconds()
    yes = holds(span, secs / 86400 / DAYS_PER[span.unit])
    text = (f"{'Yes' if yes else 'No'}: {e.name} ({ph.day(e.start.dt)}) lasted "
            f"{ph.duration(secs)}, not {span.label()}." if not yes else
            f"Yes: {e.name} ({ph.day(e.start.dt)}) lasted {ph.duration(secs)}.")  # fmt: skip
    return Reply(text, [], ph.sources_of(e.source), people=[pid])


def _to_reach(q: Query) -> bool:
    """ "The first to spend a year in space", "the first person to pass 1,000 days": a rank
    over who reached a time, not a time said of something ranked ("his first spacewalk
    lasted two hours")."""
    toks = q.tokens
    if "walk" in q.events or "first" not in toks:
        return False
    i = toks.index("first")
    ranked_thing = {"spacewalk", "flight", "mission", "trip", "eva", "walk", "stay", "expedition"}
    return not ranked_thing & set(toks[i + 1 : i + 3])


_PASS_WORDS = frozenset({"pass", "passed", "reach", "reached", "hit", "cross", "crossed",
                         "surpass", "surpassed", "top", "topped", "exceed", "exceeded"})  # fmt: skip


def person_reached(facts: Facts, q: Query) -> Reply | None:
    """ "When did Kononenko pass 1,000 days in space?": the day a person's time in space, over
    all flights in order, reached the amount said. None when the question is not that."""
    spans = [c for c in q.claims if c.unit in DURATION_UNITS]
    if (
        len(q.people) != 1
        or len(spans) != 1
        or "when" not in q.asks
        or (q.flights and not q.from_context)
        or not (_PASS_WORDS & set(q.tokens) or (q.from_context and spans[0].op == ">"))
    ):
        return None  # (after "who beat him?", a bare "when?" is when he passed the mark)
    pid, span = q.people[0], spans[0]
    need = timedelta(days=span.value * DAYS_PER[span.unit])
    p = facts.people[pid]
    hit = _passed_at(facts, pid, need, single=False, reaching=True)
    if hit is not None:
        at, t = hit
        return Reply(f"{p.name} passed {span.label()} in space in all on {ph.day(at)}, "
                     f"during {trip_label(facts, t)}.", [], ph.sources_of(p.source),
                     people=[pid], flights=[t.up_flight])  # fmt: skip
    total = sum(
        (t.end - t.start for t in facts.trips_by_person.get(pid, []) if t.end), timedelta(0)
    )
    raise Unanswerable(f"{p.name} spent {ph.duration(total.total_seconds())} in space in my "
                       f"records, short of {span.label()}.")  # fmt: skip


def _passed_at(
    facts: Facts, pid: str, need: timedelta, single: bool, reaching: bool = False
) -> tuple[datetime, Trip] | None:
    """When `pid` first had more than `need` in space (or, `reaching`, at least `need`): on
    one flight (`single`) or over all their flights in order."""
    total = timedelta(0)
    for t in facts.trips_by_person.get(pid, []):
        if t.end is None:
            continue
        have = (t.end - t.start) if single else total + (t.end - t.start)
        if have > need or (reaching and have == need):
            return t.start + (need - (timedelta(0) if single else total)), t
        if not single:
            total += t.end - t.start
    return None


def record_taker(facts: Facts, holder: str, single: bool) -> Reply:
    """ "Krikalev's total-time record — who took it from him?": the first other person to
    pass his figure (on one flight, or in all), and when."""
    held = _figure(facts, holder, single)
    if held is None:
        raise Unanswerable("I have no time in space for them.")
    mine = held[0]
    passed = [(x[0], pid, x[1]) for pid in facts.trips_by_person if pid != holder
              if (x := _passed_at(facts, pid, mine, single)) is not None]  # fmt: skip
    h = facts.people[holder]
    what = "single-flight" if single else "total"
    if not passed:
        return Reply(f"Nobody has passed {h.name}'s {what} time in space of "
                     f"{ph.duration(mine.total_seconds())} in my records.", [],
                     ph.sources_of(h.source), people=[holder])  # fmt: skip
    at, pid, t = min(passed, key=lambda x: x[0])
    p = facts.people[pid]
    return Reply(f"{p.name} passed {h.name}'s {what} time in space "
                 f"({ph.duration(mine.total_seconds())}) on {ph.day(at)}, during {trip_label(facts, t)}.",
                 [], ph.sources_of(p.source, h.source), {"days": mine.total_seconds() / 86400},
                 people=[pid], flights=[t.up_flight])  # fmt: skip


def _record_when_set(facts: Facts, q: Query) -> Reply | None:
    """ "Mark Vande Hei set the US single-flight record of 355 days?": a record said in the
    past tense is checked at the time: the person's longest trip was the longest of the
    group's trips that had ended by then (and who has passed it since is said). None when
    the question asks about now ("still", "is", "holds") or the trip was never the record."""
    toks = set(q.tokens)
    if q.rank != "longest" or {"still", "is", "holds", "hold", "currently", "now"} & toks:
        return None
    if not {"was", "set", "became", "broke", "had", "held"} & toks:
        return None
    pid = q.people[0]
    pool = [t for t in trips_matching(facts, q.copy(claims=[], people=[], rank="")) if t.end]
    mine = [t for t in pool if t.person == pid]
    if not mine:
        return None
    best = max(mine, key=trip_seconds)
    done = best.end
    rivals = [t for t in pool if t.person != pid and t.end and t.end <= done]  # type: ignore[operator]
    if any(trip_seconds(t) > trip_seconds(best) for t in rivals):
        return None
    p = facts.people[pid]
    later = max(pool, key=trip_seconds)
    text = (f"Yes: when {p.name} landed on {ph.day(done)}, {ph.duration(trip_seconds(best))} "
            f"on {trip_label(facts, best)} was the longest single spaceflight among"
            f"{_desc(q.copy(people=[], claims=[]))} people.")  # fmt: skip
    if later.person != pid:
        text += (f" {facts.people[later.person].name} has since passed it: "
                 f"{ph.duration(trip_seconds(later))} on {trip_label(facts, later)}.")  # fmt: skip
    if not duration_fits(q.claims, trip_seconds(best), True):
        text = "Yes, but not the length said: " + text[len("Yes: ") :]
    return Reply(text, [], ph.sources_of(p.source), people=[pid], flights=[best.up_flight])


def record_passed(facts: Facts, pid: str, holder: str, single: bool) -> Reply:
    """ "When did Kononenko beat Padalka's total-time record?": the day one person's time
    in space (in all, or on one flight) first passed another's whole figure."""
    held = _figure(facts, holder, single)
    p, h = facts.people[pid], facts.people[holder]
    if held is None:
        raise Unanswerable(f"I have no time in space for {h.name}.")
    what = "single-flight" if single else "total"
    x = _passed_at(facts, pid, held[0], single)
    figure = ph.duration(held[0].total_seconds())
    if x is None:
        return Reply(f"{p.name} never passed {h.name}'s {what} time in space ({figure}) in my "
                     "records.", [], ph.sources_of(p.source, h.source), people=[pid, holder])  # fmt: skip
    at, t = x
    if held[1] > at:
        # (Avdeyev's 379 days ended in 1999: Polyakov had more by 1995, and beat no record
        # of his)
        return Reply(f"{p.name} never beat a record of {h.name}'s: {h.name}'s {what} time in "
                     f"space ({figure}) came later, reached on {ph.day(held[1])}, and "
                     f"{p.name} had already had more by {ph.day(at)}.", [],
                     ph.sources_of(p.source, h.source), people=[pid, holder])  # fmt: skip
    return Reply(f"{p.name} passed {h.name}'s {what} time in space ({figure}) on {ph.day(at)}, "
                 f"during {trip_label(facts, t)}.", [], ph.sources_of(p.source, h.source),
                 people=[pid, holder], flights=[t.up_flight])  # fmt: skip


_TIE = timedelta(hours=1)  # figures this close are one record, shared


def _figure(facts: Facts, pid: str, single: bool) -> tuple[timedelta, datetime] | None:
    """A person's time in space (their longest flight, or all flights added up) and when
    they had it all: the end of that flight, or of their last."""
    trips = [t for t in facts.trips_by_person.get(pid, []) if t.end]
    if not trips:
        return None
    if single:
        t = max(trips, key=lambda t: t.end - t.start)
        return t.end - t.start, t.end
    return sum((t.end - t.start for t in trips), timedelta(0)), max(t.end for t in trips)


def record_beaten(facts: Facts, pid: str, single: bool, among: Query | None = None) -> Reply:
    """ "Whose record did Kononenko beat?": the biggest figure (total, or on one flight)
    that was someone else's, whole, when this person passed it — unless a bigger one was
    there too, when this person did not set a record."""
    p = facts.people[pid]
    mine = _figure(facts, pid, single)
    if mine is None:
        raise Unanswerable(f"I have no time in space for {p.name}.")
    what = "single-flight" if single else "total"
    best: tuple[timedelta, str, datetime, Trip] | None = None
    # ("the American record": among the people `among`'s filters hold for)
    figures = {o: f for o in facts.trips_by_person if o != pid
               if (among is None or person_ok(facts, among, o))
               and (f := _figure(facts, o, single)) is not None}  # fmt: skip
    scope = (
        "world"
        if among is None
        else (
            _desc(among.copy(sex="")).strip()
            + {"female": " women's", "male": " men's"}.get(among.sex, "")
        ).strip()
    )
    for other, (theirs, done) in figures.items():
        x = _passed_at(facts, pid, theirs, single)
        if x is not None and done <= x[0] and (best is None or theirs > best[0]):
            best = (theirs, other, x[0], x[1])
    if best is None:
        raise Unanswerable(
            f"{p.name} set no {scope} record for {what} time in space in my records."
        )
    figure, other, at, t = best
    higher = [o for o, (f, done) in figures.items() if f - figure > _TIE and done <= at]
    if higher:
        top = max(higher, key=lambda o: figures[o][0])
        raise Unanswerable(f"{p.name} never held the {scope} record for {what} time in space: "
                           f"{facts.people[top].name}'s {ph.duration(figures[top][0].total_seconds())} "
                           "stayed ahead.")  # fmt: skip
    # (Titov and Manarov shared the 365-day record: both are named)
    tied = [other] + [o for o, (f, done) in figures.items()
                      if o != other and abs(f - figure) <= _TIE and done <= at]  # fmt: skip
    o = facts.people[other]
    holders = ph.join([facts.people[x].name for x in tied])
    return Reply(f"{p.name} passed {holders}'s {'' if scope == 'world' else scope + ' '}{what} "
                 "time in space record "
                 f"({ph.duration(figure.total_seconds())}) on {ph.day(at)}, during {trip_label(facts, t)}.",
                 [], ph.sources_of(p.source, o.source), people=[*tied, pid], flights=[t.up_flight])  # fmt: skip


def countries_flown(facts: Facts, q: Query) -> Reply:
    """ "Which countries had put someone into space by the end of 1980?": the countries of
    the people the rest of the query allows, each with its first flyer (a person's first
    listed nationality: the Soviet Union for Soviet cosmonauts)."""
    trips = sorted(trips_matching(facts, q.copy(parts=[Part({"who"}, set(q.events), set(q.roles))])),
                   key=lambda t: t.start)  # fmt: skip
    first: dict[str, tuple[str, Trip]] = {}
    for t in trips:
        nat = facts.people[t.person].nationality
        if nat and nat[0] not in first:
            first[nat[0]] = (t.person, t)
    if not first:
        raise Unanswerable(f"I find nobody{_desc(q)} in my records.")
    said = "; ".join(f"{c} ({facts.people[p].name}, {t.start.year})" for c, (p, t) in first.items())
    when = " ".join(w.label() for w in q.dates)
    return Reply(f"{len(first)} countries{(' ' + when) if when else ''}: {said}.", [], [],
                 {"count": len(first)}, people=[p for p, _ in first.values()])  # fmt: skip


def all_orbiters(facts: Facts, q: Query) -> Reply:
    """ "Who flew on all five Shuttle orbiters?": the people whose Shuttle flights took in
    every orbiter that flew crews, and when each completed the set."""
    orbiters = {f.spacecraft for f in facts.flights_by_launch
                if f.program == "shuttle" and f.spacecraft}  # fmt: skip
    done: list[tuple[datetime, str, Trip]] = []
    for pid, trips in facts.trips_by_person.items():
        seen: set[str] = set()
        for t in trips:
            for leg in dict.fromkeys(x for x in (t.up_flight, t.down_flight) if x):
                f = facts.flights[leg]
                if f.program == "shuttle" and f.spacecraft:
                    seen.add(f.spacecraft)
            if seen >= orbiters:
                done.append((t.start, pid, t))
                break
    if not done:
        raise Unanswerable(f"Nobody flew on all {len(orbiters)} Shuttle orbiters in my records.")
    done.sort(key=lambda x: x[0])
    if q.agg == "yesno" and q.people:
        # "true or false: Musgrave flew on all five orbiters"
        hit = [x for x in done if x[1] == q.people[0]]
        p = facts.people[q.people[0]]
        if hit:
            return Reply(f"Yes: {p.name} flew on all {len(orbiters)} Shuttle orbiters, completing "
                         f"the set with {trip_label(facts, hit[0][2])} on {ph.day(hit[0][0])}.", [],
                         ph.sources_of(p.source), people=[p.id])  # fmt: skip
        return Reply(f"No: {p.name} did not fly on all {len(orbiters)} Shuttle orbiters.", [],
                     ph.sources_of(p.source), people=[p.id])  # fmt: skip
    if q.rank == "first" or len(done) == 1:
        at, pid, t = done[0]
        only = " the only one" if len(done) == 1 else ""
        text = (f"{facts.people[pid].name} was{only or ' the first'} to fly on all {len(orbiters)} "
                f"Shuttle orbiters ({', '.join(sorted(orbiters))}), completing the set with "
                f"{trip_label(facts, t)} on {ph.day(at)}.")  # fmt: skip
        return Reply(text, [], ph.sources_of(facts.people[pid].source), people=[pid],
                     flights=[t.up_flight])  # fmt: skip
    text = (
        f"{len(done)} people flew on all {len(orbiters)} Shuttle orbiters: "
        + "; ".join(f"{facts.people[p].name} ({t.start.year})" for _, p, t in done)
        + "."
    )
    return Reply(text, [], [], people=[p for _, p, _ in done])


def _months_after(start: datetime, months: float) -> datetime:
    """The same time of day `months` calendar months after `start` (the day clamped to the
    month's last: 31 August + 6 months is 28 or 29 February)."""
    total = start.month - 1 + int(months)
    year, month = start.year + total // 12, total % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return start.replace(year=year, month=month, day=min(start.day, last))


def first_to_reach(facts: Facts, q: Query, span) -> Reply:
    """ "Who were the first to spend a full year in space on one flight?" (on one trip) or
    "the first to pass 1,000 days in space" (over a career): who reached that time
    first, and when, among the people and trips the rest of the query allows."""
    need = timedelta(days=span.value * DAYS_PER[span.unit])
    q2 = q.copy(claims=[c for c in q.claims if c is not span], rank="")
    reached: list[tuple[datetime, str, Trip]] = []
    career = not q.single and "total" in q.asks | set(q.tokens)
    matching = trips_matching(facts, q2)
    for t in matching:
        if t.end is None:
            continue
        # ("the first Chinese crew to stay six months": months by the calendar, as people
        # count them — Shenzhou 13, 15 October to 16 April, not 6 x 30.44 days)
        at = (_months_after(t.start, span.value) if span.unit == "months"
              and float(span.value).is_integer() else t.start + need)  # fmt: skip
        if not career and t.end >= at:
            reached.append((at, t.person, t))
    if not reached and not q.single:
        career = True  # "the first to pass 1,000 days": no single flight was that long
    if career:
        for pid in {t.person for t in matching}:
            hit = _passed_at(facts, pid, need, single=False, reaching=True)
            if hit is not None:
                reached.append((hit[0], pid, hit[1]))
    if not reached:
        raise Unanswerable(f"Nobody{_desc(q)} has spent {span.label()} in space in my records.")
    reached.sort(key=lambda x: x[0])
    at, _, t = reached[0]
    # crewmates who got there within the same day share the first place
    firsts = [x for x in reached if x[0] - at < timedelta(days=1)]
    who = names(facts, list(dict.fromkeys(x[1] for x in firsts)))
    scope = "in all" if career else f"on one flight ({trip_label(facts, t)})"
    text = (f"{who} {'were' if len(firsts) > 1 else 'was'} the first{_desc(q)} to spend "
            f"{span.label()} in space {scope}, on {ph.day(at)}; back on Earth {ph.day(t.end)}.")  # fmt: skip
    return Reply(text, [], ph.sources_of(*(facts.people[x[1]].source for x in firsts)),
                 people=[x[1] for x in firsts], flights=[t.up_flight])  # fmt: skip


def _asked_program_after_rank(q: Query) -> bool:
    """ "second woman in space: which Soyuz?": a program asked after the rank that found
    the person ("which Shuttle mission had the first female commander?" asks it first)."""
    from .lexicon import is_rank_word

    at = next((i for i, t in enumerate(q.tokens) if is_rank_word(t)), None)
    return at is not None and any(i > at for i in q.programs_asked_at())


def _described_then(facts: Facts, q: Query) -> Reply | None:
    """ "The first South Korean astronaut — who was she, and when did she land?": the first
    part finds whom (or which flight) the description means; the other parts are then
    asked of that one, as if named. None when there is no such split to make."""
    if (
        len(q.parts) == 1
        and q.rank_of == "flight"
        and not q.flights
        and {"flight", "payload"} <= q.parts[0].asks
    ):
        # "first ISS assembly Shuttle flight: the module it carried": which flight, then
        # its cargo (one part held both)
        (p,) = q.parts
        q = q.copy(parts=[Part({"flight"}, set(p.events), set(p.roles)),
                          Part(p.asks - {"flight"}, set(p.events), set(p.roles))])  # fmt: skip
    elif (
        q.rank_of == "person"
        and not any(p.asks & {"who", "crew"} for p in q.parts)
        and any(p.asks == {"flight"} for p in q.parts)
        and not (q.people or q.flights)
        and _asked_program_after_rank(q)
    ):
        # "first Canadian to command the ISS: which Soyuz?", "second woman in space: which
        # Soyuz and what year?": who the description means, then the Soyuz asked of them
        # (not a Soyuz a Canadian commanded, nor the second Soyuz with a woman aboard)
        p = next(p for p in q.parts if p.asks == {"flight"})
        q = q.copy(parts=[Part({"who"}, set(p.events), set(p.roles)),
                          *(Part(set(x.asks), set(x.events), set()) for x in q.parts)])  # fmt: skip
    if (
        q.people
        or q.flights
        or q.expeditions
        or len(q.parts) < 2
        or q.agg in ("yesno", "count")
        or q.compare
        or not (any(p.asks & {"who", "flight"} for p in q.parts) or q.rank_of == "flight")
        or q.rank not in ("", "first", "last")
        and not q.rank.isdigit()
    ):
        return None  # (a superlative's answer already says who and by how much)
    # the part that finds whom or which flight, wherever it stands ("how long was the second
    # Skylab crew up, and who were they?")
    at = next((i for i, p in enumerate(q.parts) if p.asks & {"who", "flight"}), None)
    if at is None:
        # "first Skylab crew: commander, launch date and how many days up there?": a flight
        # described, then every part asked of it
        first, rest = Part({"flight"}, set(), set()), list(q.parts)
    else:
        first, rest = q.parts[at], q.parts[:at] + q.parts[at + 1 :]
    if all(p.asks <= first.asks for p in rest):
        return None  # "who launched and landed on it": one asked thing, two events
    # "first space tourist — who, which Soyuz did he launch on?": the program is asked of
    # the one found, not a filter on finding them
    asked_program = (
        "who" in first.asks
        and (q.rank_of == "person" or "flight" not in first.asks)
        and bool(q.programs_asked_at())
    )
    found = _execute(facts, q.copy(parts=[first], programs=set() if asked_program else q.programs,
                                   all_programs=q.all_programs and not asked_program))  # fmt: skip
    if "who" in first.asks and len(found.people) == 1:
        on = _flight_said(facts, found.people[0], found, q) if not q.dates else []
        if asked_program and on and facts.flights[on[0]].program not in q.programs:
            on = []  # ("… which Soyuz?" of one found on a Shuttle flight: his Soyuz, asked)
        # (the description found them: its rank is not theirs to rank again — "the first
        # American on a Soyuz, on what date?" is his Soyuz's date, not his first launch)
        named = q.copy(people=list(found.people), parts=rest, flights=on,
                       rank="" if on else q.rank, rank_of="" if on else q.rank_of)  # fmt: skip
        for p in named.parts:  # "the first Japanese commander — which expedition?": commanded
            if p.asks & {"expedition", "flight"} and not p.roles and not asked_program:
                p.roles |= first.roles
    else:  # the flight the answer named, or the one flight the description fits
        flights = found.flights
        if not flights and found.people:
            # "who was the crew that lived aboard Salyut 3?": the one flight they all went up on
            shared = {(t.up_flight, t.down_flight) for p in found.people
                      for t in trips_matching(facts, q.copy(parts=[first]), [p])}  # fmt: skip
            # (up and home on the same one: else "when did she land?" is not that flight's)
            flights = [f for f, g in shared if f == g] if len(shared) == 1 else []
        flights = flights or [f.id for f in flights_matching(facts, q.copy(parts=[first]))]
        if len(flights) != 1:
            return None
        if at is None and any(
            s.person in found.people and not s.came_down
            for s in facts.seats_by_flight.get(flights[0], [])
        ):
            return None  # (the first ISS crew came home on another vehicle: not its landing)
        # the flight found is the subject now: the description's rank, station and kind of
        # crew found it and must not filter the rest ("who commanded it?" is its commander)
        named = Query(raw=q.raw, flights=flights[:1], parts=rest, tokens=q.tokens,
                      pronouns=set(q.pronouns))  # fmt: skip
    return _then_asked(facts, found, named, rest)


def _then_asked(facts: Facts, found: Reply, named: Query, rest: list[Part]) -> Reply | None:
    """`found` (who or which flight a description means), then the other asked parts of
    it, `named` as if the user had named it; just `found` when they add nothing, None
    when they can't be answered."""
    try:
        more = _execute(facts, named)
    except Unanswerable:
        return None
    seats = any(p.roles for p in rest)  # ("and his commander": another person, always new)
    if not seats and adds_nothing(facts, found, more, set().union(*(p.asks for p in rest))):
        return found
    joined = join_replies([found, more])
    if more.people:  # "they" next are the ones the rest named (a flight's crew), not all found
        joined.people = list(more.people)
    return joined


_DAY = re.compile(r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September"
                  r"|October|November|December) \d{4}\b")  # fmt: skip


def adds_nothing(facts: Facts, found: Reply, more: Reply, asks: set[str]) -> bool:
    """True when what the other parts ask is already in `found`: "the first person in
    space, and on what date?" is answered by its first sentence (which gives the launch)."""
    if asks - {"when", "who", "flight", "flights", "expedition"}:
        return False  # how long, where, ...: not said by a "who" answer
    wanted: list[str] = []
    if "when" in asks:
        wanted += _DAY.findall(more.text)[:1]
    if asks & {"flight", "flights"}:
        wanted += [facts.flights[f].name for f in more.flights[:1] if f in facts.flights]
    if "expedition" in asks:
        wanted += [facts.expeditions[e].name for e in more.expeditions[:1]]
    if "who" in asks and not found.people:
        wanted += [facts.people[p].name for p in more.people if p in facts.people]
    said = " ".join([found.text, *found.details])
    if asks == {"who"} and found.people:
        # the people asked are named in the answer itself (an event's may be only in its
        # details, as those aboard the station, not as the flight's crew)
        return all(facts.people[p].name in found.text for p in more.people if p in facts.people)
    return bool(wanted) and all(x in said for x in wanted)


_RANK_WORDS = {"first": "first", "1st": "first", "last": "last", "final": "last", "latest": "last",
               "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "fifth": "5"}  # fmt: skip


def _arrival_day(facts: Facts, q: Query) -> tuple[date, str] | None:
    """The day (and flight) a flight or person named after "when" arrived at the station asked about, for
    "who was aboard … when they arrived / docked?"; None for any other question."""
    toks = q.tokens
    word = "when" if "when" in toks[1:] else "while" if "while" in toks[1:] else ""
    if not word or q.roles or not (q.stations or q.any_station):
        return None
    if not ("who" in q.asks or q.agg == "count") or q.asks - {"who", "docking", "count"}:
        return None
    if not (q.events & {"arrive", "dock"} or "docking" in q.asks or word == "while"):
        return None  # "while Ax-4 was there": any day of its stay; its arrival day is one
    at = toks.index(word, 1)
    if q.flights and (len(q.flights) == 1 or word == "while"):
        # ("while Apollo-Soyuz was flying": its first flight's day)
        f = facts.flights[q.flights[0]]
        moment = f.docking if f.docking and f.reached_station else f.launch
        return (moment.dt.date(), f.id) if moment else None
    if q.people and all(toks.index(w) > at for w in fold(facts.people[q.people[0]].surname).split()
                        if w in toks) or (q.people and "when" in toks and q.pronouns):  # fmt: skip
        trips = [t for t in facts.trips_by_person.get(q.people[0], [])
                 if not q.stations or facts.flights[t.up_flight].station in q.stations]  # fmt: skip
        if trips:
            up = facts.flights[trips[0].up_flight]
            moment = up.docking.dt if up.docking and up.reached_station else trips[0].start
            return (moment.date(), up.id) if moment else None
    return None


def _nth_expedition(facts: Facts, q: Query) -> str | None:
    """ "The first ISS expedition", "the second expedition to Mir", "the last Mir
    expedition": the rank is the expedition's number, not a rank of people."""
    if not q.rank or q.expeditions or q.people or q.flights or len(q.stations) != 1:
        return None
    toks = q.tokens
    for i, t in enumerate(toks):
        if t in _RANK_WORDS and "expedition" in toks[i + 1 : i + 4]:
            numbers = sorted(n for (st, n) in facts.expedition_by_number if st == q.stations[0])
            if not numbers:
                return None
            rank = _RANK_WORDS[t]
            n = numbers[0] if rank == "first" else numbers[-1] if rank == "last" else int(rank)
            e = facts.expedition_by_number.get((q.stations[0], n))
            return e.id if e else None
    return None


_VISIT_WORDS = frozenset({"visit", "visited", "visiting", "visitors", "visitor"})


def visitors_during(facts: Facts, q: Query) -> Reply | None:
    """ "Who was the first crew to visit them?" after a station crew, "the second visiting
    crew": the crews that came aboard during the long stay under way when the thread's
    flight arrived (its own, or the one it visited), in order of arrival."""
    toks = q.tokens
    visits = any(t in _VISIT_WORDS and (t in ("visitors", "visitor", "visiting")
                 or toks[i + 1 : i + 2] in (["them"], ["him"], ["her"]))
                 for i, t in enumerate(toks))  # fmt: skip
    hosts_named = [p for p in q.people if q.before_mention.get(p) in _VISIT_WORDS] or (
        q.people if visits else []  # "who visited them?" after a list of them
    )
    said_visit = bool(_VISIT_WORDS & set(toks))
    if said_visit and len(q.expeditions) == 1 and not (q.flights or q.people):
        # "which crews visited Expedition 1?": the stay of its crew, who came up together
        e = facts.expeditions[q.expeditions[0]]
        ups = [t.up_flight for m in facts.members_by_expedition.get(e.id, [])
               for t in facts.trips_by_person.get(m.person, [])
               if e.start and t.start <= e.start.dt and (t.end is None or t.end >= e.start.dt)]  # fmt: skip
        if ups:
            q = q.copy(flights=[max(set(ups), key=ups.count)], expeditions=[])
            visits = True
    if hosts_named and not q.flights:
        # "who visited Kizim on Salyut 7 in 1984?": his stay there is the one visited
        trips = [t for t in facts.trips_by_person.get(hosts_named[0], [])
                 if (not q.stations or set(visited(facts, facts.flights[t.up_flight])) & set(q.stations))
                 and all(_date_ok(w, t.start, t.end or t.start, "any") for w in q.dates)]  # fmt: skip
        shared = [t for t in trips if all(
            any(u.up_flight == t.up_flight for u in facts.trips_by_person.get(p, [])) for p in q.people)]  # fmt: skip
        if shared or len(trips) == 1:
            # the dates that found the stay are kept to narrow the arrivals ("in April")
            q = q.copy(flights=[(shared or trips)[0].up_flight], people=[])
            visits = True
    elif (
        visits
        and q.people
        and len(q.flights) == 1
        and all(
            any(t.up_flight == q.flights[0] for t in facts.trips_by_person.get(p, []))
            for p in q.people
        )
    ):  # "who came up to visit them?" with the crew and their flight in the thread
        q = q.copy(people=[])
    # ("which Shuttle crew visited them?" asks the flight too; "what did the visitors fly
    # home in?" asks another one, theirs)
    crew_flight = {"flight"} if not q.events & {"land", "launch"} else set()
    if not visits or len(q.flights) != 1 or q.asks - {"who", "handover"} - crew_flight or q.people:
        return None
    f = facts.flights[q.flights[0]]
    at = f.docking or f.launch
    if at is None or not visited(facts, f):
        return None
    sid = visited(facts, f)[0]
    here = [x for x in facts.stays_overlapping(at.dt, at.dt) if x.station == sid and x.end]
    if not here:
        return None
    host = max(here, key=lambda x: x.end - x.start)
    lo, hi = host.start, host.end
    arrivals = sorted({x.trip.up_flight: x.start for x in facts.stays_overlapping(lo, hi)
                       if x.station == sid and lo < x.start < hi
                       and x.trip.up_flight != host.trip.up_flight}.items(), key=lambda kv: kv[1])  # fmt: skip
    hosts = names(facts, sorted({x.person for x in facts.stays_overlapping(host.start, host.start)
                                 if x.trip.up_flight == host.trip.up_flight}))  # fmt: skip
    st = facts.stations[sid].name
    if not arrivals:
        return Reply(f"No other crew came aboard {st} during the stay of {hosts}.", [], [])
    if q.programs:
        # "which Shuttle crew visited them first?": the arrivals on that vehicle
        arrivals = [(g, w) for g, w in arrivals if program_ok(facts.flights[g], q.programs)]
        if not arrivals:
            raise Unanswerable(f"No {'/'.join(sorted(q.programs)).title()} crew came aboard "
                               f"{st} during the stay of {hosts}.")  # fmt: skip
    if q.dates:
        # "who visited them in April?": the arrivals in that span of the stay
        arrivals = [(g, w) for g, w in arrivals if all(_date_ok(d, w, w, "any") for d in q.dates)]
        if not arrivals:
            return Reply(f"No other crew came aboard {st} during the stay of {hosts} "
                         f"{' '.join(d.label() for d in q.dates)}, as far as my records show.", [],
                         ph.sources_of(f.source), flights=[f.id])  # fmt: skip
    if q.nat or q.sex:
        # "which Indian cosmonaut visited them?": the visitor of that description
        fit = [(x.person, fid) for fid, _ in arrivals for x in launch_crew(facts, facts.flights[fid])
               if person_ok(facts, q, x.person)]  # fmt: skip
        if not fit:
            raise Unanswerable(f"No visitor{_desc(q)} came aboard {st} during the stay of {hosts}.")
        said = "; ".join(f"{facts.people[p].name} ({facts.flights[g].name}, arrived "
                         f"{ph.day(dict(arrivals)[g])})" for p, g in fit)  # fmt: skip
        return Reply(f"{said[0].upper()}{said[1:]} visited {hosts} on {st}.", [], ph.sources_of(f.source),
                     people=[p for p, _ in fit], flights=list(dict.fromkeys(g for _, g in fit)))  # fmt: skip
    if q.rank in ("first", "last") or q.rank.isdigit():
        i = 0 if q.rank == "first" else -1 if q.rank == "last" else int(q.rank) - 1
        if not -len(arrivals) <= i < len(arrivals):
            raise Unanswerable(f"Only {len(arrivals)} crews visited {hosts} on {st}.")
        arrivals = [arrivals[i]]
    lines = []
    for fid, when in arrivals[:12]:
        g = facts.flights[fid]
        lines.append(f"{g.name} ({names(facts, [x.person for x in launch_crew(facts, g)])}), "
                     f"arrived {ph.day(when)}")  # fmt: skip
    head = (f"The {'#' + q.rank if q.rank.isdigit() else q.rank} crew to visit {hosts} on {st}"
            if len(arrivals) == 1 and q.rank else f"Crews that visited {hosts} on {st}")  # fmt: skip
    return Reply(f"{head}: {'; '.join(lines)}.", [], ph.sources_of(f.source),
                 people=[x.person for fid, _ in arrivals for x in launch_crew(facts, facts.flights[fid])],
                 flights=[fid for fid, _ in arrivals])  # fmt: skip


_NTH_WORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}


def _station_ranked(facts: Facts, q: Query) -> Reply | None:
    """ "What was the first space station, and when did it launch?": the stations in launch
    order — "space station" after a rank is any station, not the ISS it otherwise names."""
    toks = q.tokens
    # "the first space station", "the first American space station", "America's first
    # space station": a rank (and maybe a country) just before "space station"
    at = [(i, r) for i in range(1, len(toks) - 1) if toks[i : i + 2] == ["space", "station"]
          for r in (i - 1, i - 2) if r >= 0 and toks[r] in _NTH_WORD
          and (r == i - 1 or q.nat)]  # fmt: skip
    named = [x for x in q.stations if x != "iss"]
    if (
        at
        and q.rank
        and len(named) == 1
        and not (q.people or q.flights)
        and (q.agg != "yesno" or q.dates or any(p.asks or p.events for p in q.parts))
    ):
        # "Salyut 1 was the first space station - when did it launch?": the rank describes
        # the station named (checked first, when claimed), and the rest is asked of it
        rest = _execute(facts, q.copy(rank="", any_station=False, nat=set(), nat_label="",
                                      stations=named))  # fmt: skip
        if q.agg != "yesno":
            return rest
        check = _station_ranked(facts, q.copy(dates=[], parts=[Part(set(), set(), set())]))
        return join_replies([check, rest]) if check is not None else rest
    # "was Skylab the first space station?": the station named is the claim checked
    claimed = [x for x in q.stations if x != "iss"] or (["iss"] if "iss" in toks else [])
    if q.agg == "yesno" and len(claimed) == 1 and set(q.stations) <= {claimed[0], "iss"}:
        q = q.copy(stations=[])
    else:
        claimed = []
    if not at or q.people or q.flights or q.stations not in ([], ["iss"]) or q.dates:
        return None
    people_asked = [p for p in q.parts if p.asks & {"who", "crew"}]
    then_people = bool(people_asked) and len(people_asked) < len(q.parts)
    if not then_people and any(
        w in toks for w in ("crew", "crews", "person", "people", "visit", "visited", "who")
    ):
        return None  # "the first crew / person to visit a space station": people, not stations
    if q.nat_not or q.sex or q.kinds or q.occupations or q.programs:
        return None
    word = toks[at[0][1]]
    n = _NTH_WORD[word]
    order = sorted((s for s in facts.stations.values() if s.launch), key=lambda s: s.launch.dt)
    if q.nat:
        want = set(q.nat) | (
            {"Soviet Union", "Russia"} if q.nat & {"Soviet Union", "Russia"} else set()
        )
        order = [s for s in order if set(s.operator) & want]
    if not order or abs(n) > len(order):
        return None
    st = order[n - 1] if n > 0 else order[-1]
    if q.nat:
        word = f"{word} {q.nat_label or ph.join([ph.demonym(n) for n in sorted(q.nat)])}"
    # (my records hold the stations crews lived on: Salyut 2 and Cosmos 557 failed first)
    of = "" if n == 1 else " of those crews lived on"
    text = f"The {word} space station{of} was {st.name}, launched {ph.utc(st.launch)}"
    if st.end:
        note = st.end_notes[:1].lower() + st.end_notes[1:] if st.end_notes else ""
        text += f"; it ended {ph.day(st.end.dt)}" + (f" ({note})" if note else "")
    if claimed:
        text = ("Yes: " if st.id == claimed[0] else "No: ") + text[0].lower() + text[1:]
    found = Reply(text + ".", [], ph.sources_of(st.source), {"station": st.id}, title=st.name,
                  stations=[st.id])  # fmt: skip
    if then_people and not claimed:
        # "what was the first space station, when was it launched, and which crew lived
        # aboard it?": the station, then its crew asked of it as if named
        try:
            more = execute(facts, q.copy(stations=[st.id], rank="", nat=set(), nat_label="",
                                         parts=people_asked))  # fmt: skip
        except Unanswerable:
            return found
        return join_replies([found, more])
    return found


def _module_ranked(facts: Facts, q: Query) -> Reply | None:
    """ "What was the first ISS module launched?": a station's modules in launch order (Zarya),
    not the first person to go there."""
    toks = set(q.tokens)
    if (
        q.rank not in ("first", "last")
        or not toks & {"module", "modules", "modul", "element", "piece"}
        or len(q.stations) != 1
        or q.people
        or q.flights
        or q.has_filters()
        or toks & {"crew", "who", "person", "people"}
        or q.events - {"launch"}  # ("the first spacewalk from the Tianhe module": a walk)
    ):
        return None
    mods = modules_in_order(facts, q.stations[0])
    if not mods:
        return None
    m = mods[0] if q.rank == "first" else mods[-1]
    st = facts.stations[q.stations[0]].name
    by = f" on {m.launch_vehicle}" if m.launch_vehicle else ""
    return Reply(f"The {q.rank} module of {st} to launch was {m.name}, on {ph.utc(m.launch)}{by}.",
                 [], ph.sources_of(m.source), title=m.name)  # fmt: skip


def _ranked_docking_in_orbit(facts: Facts, q: Query) -> Reply:
    """ "which flight made the first docking in space?", "who did the first docking?":
    dockings are recorded with stations only (Gemini 8 and its Agena are not), so no rank of
    flights or people answers it; a first the records state in words may ("first docking of
    two spacecraft in orbit")."""
    hit = recorded_first(facts, q, loose=True) if q.rank == "first" else None
    if hit is not None:
        return asked_of_holder(facts, q, hit)
    raise Unanswerable("I have dockings with space stations only, not other dockings in "
                       "orbit (such as Gemini with its Agena target).")  # fmt: skip


def _expedition_ride_checked(facts: Facts, q: Query) -> Reply | None:
    """ "Did Expedition 1 go up on a Space Shuttle?": the flights its crew went up (or came
    home) on, checked against the vehicle said (No: Soyuz TM-31). None otherwise."""
    events = q.events & {"launch", "land"}
    if not (q.agg == "yesno" and len(q.expeditions) == 1 and q.programs and len(events) == 1
            and not (q.people or q.flights)):  # fmt: skip
        return None
    e = facts.expeditions.get(q.expeditions[0])
    if e is None or e.start is None:
        return None
    at = (e.end if "land" in events else e.start) or e.start
    legs: dict[str, list[str]] = {}
    for m in facts.members_by_expedition.get(e.id, []):
        if (t := trip_at(facts, m.person, at.dt)) is not None:
            leg = t.down_flight if "land" in events else t.up_flight
            if leg and m.person not in legs.setdefault(leg, []):
                legs[leg].append(m.person)
    if not legs:
        return None
    yes = any(program_ok(facts.flights[f], q.programs) for f in legs)
    verb = "came home on" if "land" in events else "went up on"

    def when(f: str) -> str:
        at = facts.flights[f].landing if "land" in events else facts.flights[f].launch
        return f", {ph.day(at.dt)}" if at else ""

    said = "; ".join(f"{names(facts, who)} {verb} {ph.flight_label(facts.flights[f])}{when(f)}"
                     for f, who in legs.items())  # fmt: skip
    return Reply(f"{'Yes' if yes else 'No'}: {said}.", [],
                 ph.sources_of(*(facts.flights[f].source for f in legs)),
                 people=[p for who in legs.values() for p in who], flights=list(legs),
                 expeditions=[e.id])  # fmt: skip


def _years_said(raw: str) -> list[int]:
    """The years written out in a question ("in 2007 and 2008": 2007, 2008)."""
    return [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", raw)]


def _record_claimed_of(facts: Facts, q: Query) -> Reply | None:
    """ "Peggy Whitson still holds the women's record for total spacewalk time?", "Suni
    Williams has more days in space than any other American woman, right?": a record of a
    description said of one person is checked over everyone of it (Williams; Whitson), not
    among the person's own walks or flights, where it is always theirs. None when the
    question is not that."""
    if not (
        q.agg == "yesno"
        and len(q.people) == 1
        and q.rank == "most"
        and (q.nat or q.sex or q.kinds or q.occupations)
        and not (q.flights or q.stations or q.dates or q.programs or q.claims or q.roles)
        and (q.compare == "" or ("than" in q.tokens and "any" in q.tokens))
    ):
        return None
    walk = "walk" in q.events
    if not walk and not ({"days", "time", "longer"} & set(q.tokens) or q.asks & {"total", "time"}):
        return None
    timed = {"time", "hours", "days", "longer"} & set(q.tokens) or q.asks & {"total", "time"}
    # ("the most spacewalks of any woman": a count of walks, not their hours)
    asked = Part({"total", "time"} if timed else set(), {"walk"} if walk else set(), set())
    try:
        held = _execute(facts, q.copy(people=[], agg="one", claim=False, compare="",
                                      parts=[asked], rank_of=""))  # fmt: skip
    except Unanswerable:
        return None
    if not held.people:
        return None
    yes = held.people[:1] == q.people
    return Reply(f"{'Yes' if yes else 'No'}: {held.text}", held.details, held.sources,
                 people=[*held.people[:1], q.people[0]])  # fmt: skip


def _execute(facts: Facts, q: Query) -> Reply:
    if (
        "docking" in q.asks
        and "who" in q.asks
        and q.rank
        and not (q.stations or q.any_station or q.people or q.flights)
    ):
        # (asked as "who", not as a flight: not the first person to fly)
        return _ranked_docking_in_orbit(facts, q)
    if (
        q.agg == "yesno"
        and len(q.flights) == 1
        and q.spacecraft
        and q.flights[0] in facts.flights
        # (not "the return to flight after Columbia": the orbiter as a time, not the craft)
        and q.compare not in ("later", "earlier")
    ):
        f = facts.flights[q.flights[0]]
        said = {facts.flights[c].spacecraft for c in q.spacecraft if c in facts.flights}
        if f.spacecraft and said and f.spacecraft not in said and f.id not in q.spacecraft:
            # "STS-71, the first Shuttle docking with Mir — that was Discovery, right?": the
            # craft said is part of the claim (Atlantis flew it); a loss claimed of the
            # craft says which flight it was lost on
            text = f"No: {f.name} was flown by {f.spacecraft}, not {ph.join(sorted(said))}."
            lost = [facts.flights[c] for c in q.spacecraft if c in facts.flights
                    and facts.flights[c].outcome in LOST_WITH_CREW]  # fmt: skip
            if q.outcome and lost and lost[0].launch:
                text += f" {lost[0].spacecraft} was lost on {lost[0].name}, on {_lost_day(facts, lost[0])}."
            if q.rank:  # "the last Shuttle flight was STS-135 on Discovery?": the ranking too
                try:
                    held = flights_query(
                        facts, q.copy(flights=[], spacecraft=[], agg="one", claim=False)
                    )
                    text += f" {held.text}" if held.flights[:1] == [f.id] else ""
                except Unanswerable:
                    pass
            return Reply(
                text, [], ph.sources_of(f.source), flights=[f.id, *(x.id for x in lost[:1])]
            )
    # (a record said of one person, an expedition's ride: claims checked over their own facts)
    checked = _record_claimed_of(facts, q) or _expedition_ride_checked(facts, q)
    if checked is not None:
        return checked
    if (
        q.claims
        and q.agg == "yesno"
        and len(q.people) == 1
        and q.rank in ("longest", "shortest")
        # ("is Scott Kelly's 340 days still the American record?": the record said of him)
        and (
            q.rank_of == "person"
            or (not q.rank_of and "record" in q.tokens and (q.nat or q.sex or q.kinds))
        )
        and (q.nat or q.sex or q.kinds or q.occupations or q.programs or q.stations)
        and all(c.unit in DURATION_UNITS for c in q.claims)
    ):
        # "the longest single spaceflight by a US astronaut is Scott Kelly's 340 days?": a
        # record claimed of him, checked over all of them (Rubio's 371), not among his own
        # trips of 340 days; the length said is checked on the record too ("Koch holds the
        # record for a woman, 340 days?": she does, with 328)
        try:
            r = _execute(facts, q.copy(claims=[]))
        except Unanswerable:
            then = _record_when_set(facts, q)
            if then is None:
                raise
            return then
        if r.text.startswith("No") and (then := _record_when_set(facts, q)) is not None:
            # (a record said in the past is checked at the time, only when it is not held now)
            return then
        mine = [t for t in facts.trips_by_person.get(q.people[0], []) if t.up_flight in r.flights]
        if (
            r.text.startswith("Yes")
            and mine
            and not duration_fits(q.claims, trip_seconds(mine[0]), True)
        ):
            r.text = "Yes, but not the length said: " + r.text[len("Yes: ") :]
        return r
    ranked_station = _station_ranked(facts, q) or _module_ranked(facts, q)
    if ranked_station is not None:
        return ranked_station
    if (
        q.modules
        and (
            not q.stations
            or (
                q.stations == [facts.modules[q.modules[0]].station]
                and core_module(facts, q.modules[0])
            )
        )  # ("Tiangong (Tianhe)")
        and ("crew" in q.tokens or q.resident or q.events & {"aboard"})
        and not q.asks & {"payload", "docking"}
        and facts.modules[q.modules[0]].station in facts.stations
    ):
        # "the first crew to live on the Tianhe core module": a crew lives on the station
        # the module is part of
        q = q.copy(modules=[], stations=[facts.modules[q.modules[0]].station])
    visitors = visitors_during(facts, q)
    if visitors is not None:
        return visitors
    reached = person_reached(facts, q)
    if reached is not None:
        return reached
    toks = set(q.tokens)
    if {"all", "every", "each"} & toks and {"orbiter", "orbiters"} & toks and not q.flights:
        return all_orbiters(facts, q)
    if (
        "nationality" in q.asks
        and not (q.people or q.flights or q.expeditions)
        and ({"countries", "nations", "nationalities"} & toks)
    ):
        return countries_flown(facts, q.copy(parts=[Part({"nationality"}, {"fly"}, set())]))
    if (
        len(q.dates) == 2
        and all(w.span.is_day for w in q.dates)
        and (q.compare == "or" or q.rank == "most" or "compared" in q.tokens)
        and (q.stations or q.any_station)
        and not (q.people or q.flights or q.expeditions)
        and q.asks <= {"who"}
        and q.events <= {"aboard"}
    ):
        return aboard_on_two_days(facts, q)
    if (
        q.agg == "yesno"
        and q.nat
        and not (q.people or q.flights)
        and (q.rank in ("first", "last") or q.rank.isdigit())
        and _nation_claimed(q)
    ):
        return _nation_ranked_claim(facts, q)  # "the first … was from Poland?"
    if (
        q.agg == "yesno"
        and len(q.people) == 1
        and not q.flights
        and q.rank
        and not q.compare
        and not q.moon  # (the Moon's rankings check their own claims)
        and _ranked_by_the(q)
    ):
        return _person_ranked_claim(facts, q)  # "Sally Ride was the second woman in space?"
    if (
        q.agg == "yesno"
        and q.compare in ("longer", "shorter")
        and len(q.flights) == 1
        and not q.people
        and {"any", "ever", "other", "anything", "anyone"} & set(q.tokens)
    ):
        return _any_beyond(facts, q)  # "was any Shuttle mission longer than STS-78?"
    if (
        q.agg == "yesno"
        and q.rank in ("first", "last")
        and len(q.flights) == 1
        and not q.people
        and (q.nat or q.sex or q.kinds or q.occupations or "walk" in q.events)
        and not q.from_context  # "was it the British guy's first flight?": his, not Britain's
    ):
        # "China's first spacewalk was on Shenzhou 6, wasn't it?": the first found without
        # the flight, then checked against it
        found = _execute(facts, q.copy(flights=[], agg="one"))
        if "walk" in q.events and not found.flights:
            from .spacewalks import matching

            walks = matching(facts, q.copy(flights=[], rank="", agg="one"))
            if walks:
                found.flights = [walks[0 if q.rank == "first" else -1].flight]
        if found.flights or found.people:
            f = facts.flights[q.flights[0]]
            yes = f.id in found.flights or any(
                f.id in (t.up_flight, t.down_flight) and len(found.people) == 1
                for p in found.people[:1] for t in facts.trips_by_person.get(p, [])[:1])  # fmt: skip
            return Reply(f"{'Yes' if yes else 'No'}: {found.text}", found.details, found.sources,
                         people=found.people, flights=found.flights)  # fmt: skip
    toks = q.tokens
    if (
        q.agg == "yesno"
        and q.nat
        and not (q.people or q.flights)
        and len(toks) >= 3
        and toks[-2] in ("was", "is", "were", "are")
        and q.rank
    ):
        # "the first Intercosmos guest was Polish, right?": the nationality is the claim about
        # the one described, not a filter on whom to find
        found = _execute(facts, q.copy(nat=set(), nat_label="", agg="one"))
        if len(found.people) == 1:
            p = facts.people[found.people[0]]
            yes = bool(q.nat & set(p.nationality))
            said = ph.demonyms(p.nationality)
            return Reply(f"{'Yes' if yes else 'No'}: {found.text} {p.name} is {said}.", found.details,
                         found.sources, people=found.people, flights=found.flights)  # fmt: skip
    # "wasn't there a Brit before him?": the thread's man, as if named after "before"
    around_him = next((a for a, b in pairwise(q.tokens) if a in ("before", "after")
                       and b in ("him", "her")), "") if q.from_context else ""  # fmt: skip
    if (
        (q.agg == "yesno" or around_him)
        and len(q.people) == 1
        and (not q.flights or around_him)
        and (q.before_mention.get(q.people[0]) in ("before", "after") or around_him)
        and (q.nat or q.sex or q.kinds or q.occupations)
        and not q.rank
    ):
        # "did a Syrian fly before Rakesh Sharma?": the first one described, against the
        # named person's first flight, not a check of the named person's nationality
        ref = facts.trips_by_person.get(q.people[0], [])
        before = (around_him or q.before_mention[q.people[0]]) == "before"
        after = [] if before or not ref else [When(DateSpan(ref[0].start.date(), ref[0].start.date(),
                                                            ph.day(ref[0].start)), "after", True)]  # fmt: skip
        found = people_query(facts, q.copy(people=[], agg="one", rank="first", rank_of="person",
                                           dates=after, parts=[Part({"who"}, {"fly"}, set())]))  # fmt: skip
        mine = facts.trips_by_person.get(found.people[0], []) if len(found.people) == 1 else []
        if ref and mine and found.people[0] == q.people[0] and before:
            r = facts.people[q.people[0]]
            return Reply(f"No: {r.name} was the first of them, on {trip_label(facts, ref[0])}, "
                         f"{ph.day(ref[0].start)}.", [], ph.sources_of(r.source), people=[r.id])  # fmt: skip
        if ref and mine and found.people[0] != q.people[0]:
            mine = [t for t in mine if before or t.start > ref[0].start]
            yes = bool(mine) and (mine[0].start < ref[0].start) == before
            p, r = facts.people[found.people[0]], facts.people[q.people[0]]
            said = f"{'Yes' if yes else 'No'}: the first" if q.agg == "yesno" else "The first"
            return Reply(f"{said} was {p.name}, on "
                         f"{trip_label(facts, mine[0])}, {ph.day(mine[0].start)}; {r.name} first "
                         f"flew on {ph.day(ref[0].start)}.", [], ph.sources_of(p.source, r.source),
                         people=[p.id, r.id])  # fmt: skip
    if (
        q.rank in ("first", "last")
        and len(q.nat) == 2
        and q.tokens.count(q.rank) >= 2
        and not (q.people or q.flights)
    ):
        # "the first Vietnamese and the first Cuban in space": two firsts, one each
        return join_replies(
            [_execute(facts, q.copy(nat={n}, nat_label="", plural=False)) for n in sorted(q.nat)]
        )
    nth = _nth_expedition(facts, q)
    if nth is not None:
        q = q.copy(expeditions=[nth], rank="", rank_of="")
        for p in q.parts:
            p.asks.discard("expedition")
            if not p.asks and not p.events and not p.roles:
                p.asks.add("who")
    if q.live and not (q.people or q.flights or q.expeditions or q.describes_person
                       or q.asks - {"who", "when"} or q.rank):  # fmt: skip
        return live(facts, q)
    q.live = False  # "a Turkish astronaut now?": the word is colour, not a time
    time_asked = bool(q.asks & {"duration", "total", "time"}) or "time" in q.tokens
    if q.rank == "most" and q.compare == "or" and time_asked:
        q.compare = "longer"  # "who has more total time in space, A or B?": time, not flights
    if q.rank == "longest" and "total" in q.asks and not q.single and not q.flights:
        q.rank = "most"  # "the most total days in space": a career, not one flight
        if q.parts:
            q.parts[0].asks.add("total")
    spans = [c for c in q.claims if c.unit in DURATION_UNITS] if _to_reach(q) else []
    if q.agg == "yesno" and q.rank == "first" and len(spans) == 1 and len(q.people) == 1:
        # "was Padalka the first to reach 800 days in space?"
        r = first_to_reach(facts, q.copy(people=[], agg="one"), spans[0])
        yes = q.people[0] in r.people
        return Reply(f"{'Yes' if yes else 'No'}: {r.text}", r.details, r.sources,
                     people=r.people, flights=r.flights)  # fmt: skip
    if (
        q.agg == "yesno"
        and q.rank in ("first", "last")
        and q.rank_of == "person"
        and len(q.people) == 1
    ):
        return _was_it_them(facts, q)
    if (
        q.agg == "yesno"
        and q.rank in ("most", "longest", "oldest", "youngest")
        and q.rank_of in ("person", "")
        and len(q.people) == 1
        and not (q.flights or q.expeditions)
        and (
            any(a in ("the", "record") and b in ("record", "holder") for a, b in pairwise(q.tokens))
            or any(
                a == "the" and c == "record" and is_nation(b)
                for a, b, c in zip(q.tokens, q.tokens[1:], q.tokens[2:])
            )  # fmt: skip
        )
    ):
        # "Padalka still has the record for most days in space, right?", "Kelly holds the
        # American record …": who holds it (of that kind), then
        # compare (never "yes" because he has some time in space)
        return _was_it_them(facts, q)
    if (
        q.agg == "yesno"
        and q.rank in ("oldest", "youngest")
        and q.rank_of == "person"
        and len(q.people) == 1
        and len(q.flights) <= 1
        and not q.expeditions
        and all(
            any(s.person == q.people[0] for s in facts.seats_by_flight.get(f, []))
            for f in q.flights
        )
    ):
        # "was Musgrave the oldest person to fly when he flew on STS-80?": the oldest up to
        # that flight, then compare — never "yes" because he flew
        f = facts.flights[q.flights[0]] if q.flights else None
        dates = list(q.dates)
        if f is not None and f.launch is not None:
            day = f.launch.dt.date()
            dates.append(When(DateSpan(day, day, f"up to {f.name}"), "before"))
        return _was_it_them(facts, q.copy(dates=dates, flights=[]))
    if (
        q.agg == "yesno"
        and q.rank == "first"
        and len(q.flights) == 1
        and not q.people
        and q.describes_person
    ):
        # "was the first Canadian on STS-41-G?": find the first, then check the flight
        r = _execute(facts, q.copy(flights=[], agg="one", parts=[Part({"who"}, {"fly"}, set())]))
        f = facts.flights[q.flights[0]]
        aboard = {s.person for s in facts.seats_by_flight.get(f.id, [])}
        if len(r.people) == 1:
            yes = r.people[0] in aboard
            return Reply(f"{'Yes' if yes else 'No'}: {r.text}", r.details, r.sources,
                         people=r.people, flights=[f.id, *r.flights])  # fmt: skip
    if (
        q.agg == "yesno"
        and q.orbital
        and len(q.flights) == 1
        and not (q.dates or q.stations or q.rank or q.compare or q.modules or q.unparsed)
        and all(
            any(s.person == p for s in facts.seats_by_flight.get(q.flights[0], []))
            for p in q.people
        )
        and q.events <= {"fly", "launch"}
        and "orbits" not in q.asks  # ("… go around the Earth 5 times?": a count, not the reach)
        # ("orbited for about 21 hours?": how long, not whether it reached orbit)
        and not any(c.unit in DURATION_UNITS for c in q.claims)
    ):
        # "was Shepard's Freedom 7 flight an orbital flight?": the flight's own reach
        f = facts.flights[q.flights[0]]
        if reached_orbit(f):
            text = f"Yes: {ph.flight_label(f)} reached orbit."
        elif f.outcome in ("launch_abort", "ascent_loss"):
            text = f"No: {ph.flight_label(f)} never reached orbit: its launch failed."
        else:
            span = (f" ({ph.duration((f.landing.dt - f.launch.dt).total_seconds())})"
                    if f.launch and f.landing else "")  # fmt: skip
            text = f"No: {ph.flight_label(f)} was a suborbital flight{span}."
        return Reply(text, [], ph.sources_of(f.source), people=list(q.people), flights=[f.id])
    if (
        q.agg == "yesno"
        and q.claim
        and "vehicle" in q.asks
        and not (q.flights or q.programs or q.spacecraft or q.series or q.stations)
    ):
        # "Gagarin stayed inside his capsule all the way to touchdown. Correct?": a claim about
        # the craft that names none to check against; a yes would only say that he flew
        raise Unanswerable(
            "I can't check that from my records: they say who flew which craft and when, not that."
        )
    if (
        q.agg == "yesno"
        and q.rank in ("first", "last")
        and q.rank_of == "flight"
        and q.places
        and not (q.people or q.flights)
    ):
        # "did the last Shuttle mission land at Edwards?": the last one, then where it came
        # down — not the last of those that landed there
        try:
            held = _execute(facts, q.copy(places=[], agg="one", claim=False))
        except Unanswerable:
            held = None
        if held is not None and len(held.flights) >= 1:
            f = facts.flights[held.flights[0]]
            land = "land" in q.events
            site = (f.landing_site if land else f.launch_site) or ""
            yes = fold(q.places[0]) in fold(site)
            verb = "landed" if land else "launched"
            return Reply(f"{'Yes' if yes else 'No'}: the {q.rank} one was {ph.flight_label(f)}, "
                         f"which {verb} at {site or 'a site not in my records'}.", [],
                         ph.sources_of(f.source), flights=[f.id])  # fmt: skip
    biggest = largest_crew(facts, q)
    if biggest is not None:
        return biggest
    if (
        q.rank == "first"
        and "story" in q.asks
        and not (q.people or q.flights or q.stations or q.expeditions or q.dates)
    ):
        # "the first rendezvous between two crewed spacecraft": an event the records call
        # the first of its kind (Gemini 6A and 7), not the first crewed flight
        said = [t for t in q.tokens if len(t) >= 5]
        firsts = [ev for ev in facts.events.values()
                  if any(re.search(rf"\bthe first {re.escape(t)}\b", ev.summary.lower())
                         for t in said)]  # fmt: skip
        if len(firsts) == 1:
            return event_reply(facts, q, firsts[0])
    if "orbits" in q.asks:
        return _with_orbits(facts, q)
    if (
        q.seat
        and len(q.flights) == 1
        and "who" in q.asks
        and q.agg == "one"
        and len({p.seat for p in q.parts if p.seat}) < 2  # (not "the LMP and the CMP")
    ):
        # "on Apollo 17, who stayed in lunar orbit while the others walked on the Moon?":
        # the seat is asked; the walkers are context
        f = facts.flights[q.flights[0]]
        seat = flight_part(facts, q.copy(people=[]), f, Part({"who"}, set(), set(q.roles)))
        # the parts that ask something else, or who did something other than sit in the seat
        # ("who walked on the Moon and who stayed in lunar orbit?")
        others = [
            p for p in q.parts if "who" not in p.asks or p.events & {"walk", "land", "launch"}
        ]
        if len(others) == len(q.parts) and not any(p.roles for p in others):
            others = others[1:] if len(others) > 1 else []  # (a part with the seat's role
            # is read below for what else it asks)
        if not others:
            return seat
        # "who stayed in lunar orbit, and where did the other two land?": each part answered
        # the seat's own words ("stayed in lunar orbit") are not the other part's
        toks = [t for t in q.tokens if t not in ("orbit", "orbited", "orbiting", "lunar")]
        parts, origin = [], []  # (each new part and the one of the question it stands for)
        for p in others:
            asks = set(p.asks)
            if p.roles:  # ("who stayed in orbit, and in what region did they land?": the
                # seat's "who" was the seat's; a question word left asks where they landed,
                # and "while the others landed" asks nothing more)
                left = asks - {"who", "how"}
                asks = left or ({"where"} if "how" in asks and p.events & {"land"} else set())
            if asks:
                parts.append(Part(asks, set(p.events), set()))
                origin.append(p)
        if not parts:
            return seat
        rest_q = q.copy(seat="", tokens=toks, parts=parts)
        try:
            if q.moon and not ("story" in q.asks or q.outcome):
                from .moon import moon_query, off_the_moon, part_tokens

                # the walkers and where they landed, each part in turn, with the words of
                # its own clause ("… what day did they land on the Moon, and when was
                # splashdown?"); a launch asked beside them is the flight's, from Earth
                every = part_tokens(q)
                own = dict(zip(map(id, q.parts), every, strict=True))

                def each(p: Part, o: Part) -> Reply:
                    mine = [t for t in own.get(id(o), toks) if t in toks]
                    if off_the_moon(q, next(i for i, x in enumerate(q.parts) if x is o)):
                        return _execute(facts, rest_q.copy(moon=False, parts=[p], tokens=mine))
                    return moon_query(facts, rest_q.copy(parts=[p], tokens=mine))

                answered = []
                for p, o in zip(parts, origin, strict=True):
                    # (a part the records can't answer leaves the others: "who stayed in
                    # orbit, what was the LM called, and when did it land?")
                    with contextlib.suppress(Unanswerable):
                        answered.append(each(p, o))
                if not answered:
                    return seat
                rest = join_replies(answered)
            else:
                rest = _execute(facts, rest_q)
        except Unanswerable:
            return seat  # the seat is what the records can say
        return join_replies([seat, rest])
    if q.moon and not ("story" in q.asks or q.outcome):
        from .moon import moon_query  # ~1 ms to import: only a question about the Moon

        # (a seat, or the craft's name: "… and what was the command module called?")
        # (or the whole crew, asked with no event: "which three astronauts, and what region
        # of the Moon did they land in?")
        crew_parts = [p for p in q.parts
                      if ((p.roles or p.asks == {"callsign"}) and not p.events & {"walk", "land"})
                      or (p.asks == {"who"} and q.expected >= 3 and len(q.parts) > 1
                          and "walk" not in p.events)]  # fmt: skip
        if crew_parts and len(crew_parts) < len(q.parts) and q.flights:
            # "who commanded Apollo 12 and what was the lunar module called?": the commander
            # is the flight's, the lunar module the Moon's — each part where it is answered
            rest = [p for p in q.parts if p not in crew_parts]
            return join_replies([_execute(facts, q.copy(moon=False, parts=crew_parts)),
                                 moon_query(facts, q.copy(parts=rest))])  # fmt: skip
        if (
            q.flights
            and len(q.parts) == 1
            and "callsign" in q.asks
            and {"command", "cm", "csm"} & set(q.tokens)
        ):
            # "the call signs of the lunar module and the command module?": both craft, which
            # the flight's own record names
            return _execute(facts, q.copy(moon=False, parts=[Part({"callsign"}, set(), set())]))
        return moon_query(facts, q)  # (an accident "on the way to the Moon" is a flight's story)
    if (
        q.rank in ("next", "previous")
        and len(q.people) == 1
        and (q.kinds or q.occupations or q.nat or q.nat_not or q.sex)
    ):
        return _next_of_kind(facts, q)
    walk_spans = [c for c in q.claims if c.unit in DURATION_UNITS]
    if walk_spans and "walk" in q.events and len(q.people) == 1 and (q.agg == "yesno" or q.claim):
        return _walk_claim(facts, q, walk_spans[0])
    visits = [c for c in q.claims if c.unit in ("stations", "different stations")]
    per_flight = {"crew", "crews", "between", "mission", "flight", "trip"} & set(q.tokens)
    if visits and not (q.people or q.expeditions or q.flights or q.single or per_flight):
        # "who has visited three different space stations?": over all their flights
        who = [p for p in facts.people
               if all(holds(c, len({st for t in facts.trips_by_person.get(p, [])
                                    for x in {t.up_flight, t.down_flight} if x
                                    for st in visited(facts, facts.flights[x])})) for c in visits)]  # fmt: skip
        if who:
            return Reply(f"{len(who)} {'person' if len(who) == 1 else 'people'} visited "
                         f"{visits[0].label()}: {names(facts, who[:12])}"
                         + (" and others." if len(who) > 12 else "."), [], [], people=who[:12])  # fmt: skip
    if (
        visits
        and not q.people
        and not q.expeditions
        and not (q.flights and q.agg != "yesno" and q.asks - {"who", "station"})
    ):
        # "which crew visited two stations on one mission?", "they went to two stations,
        # right?": the stations each flight docked with
        fs = [facts.flights[x] for x in q.flights] or [
            f
            for f in facts.flights_by_launch
            if all(holds(c, len(visited(facts, f))) for c in visits)
        ]
        if not fs:
            return Reply("No flight in my records fits that.", [], [])
        lines = [f"{f.name} ({names(facts, [s.person for s in launch_crew(facts, f)])}) docked with "
                 + ph.join([facts.stations[x].name for x in visited(facts, f)] or ["no station"])
                 for f in fs[:5]]  # fmt: skip
        ok = all(holds(c, len(visited(facts, fs[0]))) for c in visits)
        head = ("Yes: " if ok else "No: ") if q.flights else ""
        moves = sorted((d for d in facts.dockings.values() if d.flight in {f.id for f in fs}),
                       key=lambda d: d.docked.dt)  # fmt: skip
        details = [f"{facts.flights[d.flight].name} docked with {facts.stations[d.station].name} on "
                   f"{ph.utc(d.docked)}." for d in moves]  # fmt: skip
        return Reply(head + "; ".join(lines) + ".", details,
                     ph.sources_of(*(f.source for f in fs[:2])), flights=[f.id for f in fs[:5]])  # fmt: skip
    if (
        q.claims
        and q.agg == "yesno"
        and len(q.people) == 1
        and {"launch", "land"} <= q.events
        and "same" in q.tokens
    ):
        # "Polyakov launched and landed in the same Soyuz on his 437-day flight": the
        # length only says which trip; the claim is about the ship
        spans_ = [c for c in q.claims if c.unit in DURATION_UNITS]
        trips = [t for t in facts.trips_by_person.get(q.people[0], []) if t.end and (
            not spans_ or all(holds(c, (t.end - t.start).total_seconds() / 86400 / DAYS_PER[c.unit])
                              for c in spans_))]  # fmt: skip
        if len(trips) == 1:
            t = trips[0]
            same = t.up_flight == t.down_flight or not t.down_flight
            p = facts.people[q.people[0]]
            back = facts.flights[t.down_flight or t.up_flight].name
            return Reply(f"{'Yes' if same else 'No'}: {p.name} launched on "
                         f"{facts.flights[t.up_flight].name} and came home on {back}.", [],
                         ph.sources_of(p.source), people=[p.id], flights=[t.up_flight])  # fmt: skip
    if q.claims and (q.agg == "yesno" or q.claim):
        # (a bound said of a named flight is the claim, not a filter on which trip:
        # "was Yang Liwei's Shenzhou 5 flight longer than a day?")
        pick = q.copy(claims=[]) if q.flights and (q.agg == "yesno" or q.claim) else q
        return check_claim(
            facts, q, lambda pid: _rank_trips(trips_matching(facts, pick, [pid]), q.rank)
        )
    if q.rank == "first" and q.agg != "yesno" and len(spans) == 1 and not (q.people or q.flights):
        return first_to_reach(facts, q, spans[0])  # "the first to spend a year in space"
    bounds = [c for c in q.claims if c.op not in ("=", "~") and c.unit not in DURATION_UNITS
              and not (c.unit == "people" and _flight_is_asked(q))]  # fmt: skip
    if (
        q.rank in ("first", "last") and q.agg != "yesno"
    ):  # "the first to spend 1,000 days": a threshold
        bounds += [c for c in q.claims if c.unit in DURATION_UNITS and c not in bounds]
    # "two different things on one flight": a count of things we cannot select by
    bounds += [c for c in q.claims if c.unit.startswith("different ")]
    flightish = bool(q.asks & {"flight", "flights"} or q.programs or q.series or q.outcome)
    if (
        q.agg != "yesno"
        and not bounds
        and not (q.flights or q.people or q.expeditions)
        and (q.events & {"aboard"} or "expedition" in q.asks or q.roles or q.stations)
        and not flightish
    ):
        # "the first expedition to have six people aboard": a station's head count, which
        # we cannot select by (a flight's crew size we can: flights_matching)
        bounds = [c for c in q.claims if c.unit == "people"]
    if bounds:
        raise Unanswerable(f"I can't pick out records by “{bounds[0].label()}” yet; ask for the "
                           "record holder, or about one person or flight.")  # fmt: skip
    walking = [p for p in q.parts if "walk" in p.events]
    if walking and len(walking) < len(q.parts) and (q.flights or q.people) and not q.rank:
        # "on Gemini 10, who was the command pilot, and which crewman did the spacewalks?":
        # each part answered in turn, the spacewalks by the spacewalk records
        return join_replies([_execute(facts, q.copy(parts=[p])) for p in q.parts])
    if (
        "walk" in q.events
        and not q.flights
        and len(q.people) == 1
        and q.roles
        and q.asks <= {"who", "flight"}
        and q.rank in ("first", "last")
    ):
        # "who commanded the flight on which Leonov made the first spacewalk?": that walk's
        # flight
        walks = [e for e in facts.evas.values() if q.people[0] in e.crew and e.flight]
        if walks:
            walks.sort(key=lambda e: e.start.dt)
            q = q.copy(flights=[(walks[0] if q.rank == "first" else walks[-1]).flight])
    if "walk" in q.events and len(q.flights) == 1 and q.roles and q.asks <= {"who", "flight"}:
        # "which cosmonaut commanded Voskhod 2, the flight on which Leonov made the first
        # spacewalk?": the walk only describes the flight; its commander is asked
        q = q.copy(rank="", parts=[Part({"who"}, set(), set(q.roles))])
    walking = [p for p in q.parts if "walk" in p.events]
    if (
        walking
        and len(walking) < len(q.parts)
        and q.people
        and not q.flights
        and (
            all(
                p.events & {"launch", "land", "fly"} and p.asks for p in q.parts if p not in walking
            )
        )
    ):
        # "Tim Peake: which Soyuz did he launch on, launch date, and the date of his first
        # spacewalk?": the walk's rank is the walk's; the other items are of his flights
        others = [p for p in q.parts if p not in walking]
        return join_replies([_execute(facts, q.copy(parts=others, rank="", place=1)),
                             _execute(facts, q.copy(parts=walking))])  # fmt: skip
    if "walk" in q.events:
        hit = recorded_first(facts, q) if q.rank == "first" and not q.named else None
        return asked_of_holder(facts, q, hit) if hit else eva_query(facts, q)
    either_or = q.compare == "or"  # "who flew first, Shepard or Gagarin?": a comparison said
    if q.compare == "or" and q.rank in ("most", "longest", "oldest", "youngest", "first"):
        q.compare = {"most": "more_flights", "longest": "longer", "oldest": "older",
                     "youngest": "younger", "first": "earlier"}[q.rank]  # fmt: skip
    which_craft = q.rank in ("most", "fewest") and " ".join(q.tokens[:3]) in (
        "which shuttle flew", "which space shuttle", "what shuttle flew", "what space shuttle")  # fmt: skip
    if (
        q.rank in ("most", "fewest")
        and (
            "vehicle" in q.asks
            or (which_craft and not (q.nat or q.sex or q.kinds or q.occupations))
        )
        and not (q.people or q.flights)
    ):
        # "which orbiter flew the most missions?", "which shuttle flew the most times?"
        return craft_ranking(facts, q.copy(tokens=[*q.tokens, "orbiter"]) if which_craft else q)
    toks = set(q.tokens)
    if (
        len(q.parts) > 1
        and any(p.asks in ({"together"}, {"who", "together"}) for p in q.parts)
        and not all("together" in p.asks for p in q.parts)
        and {"space", "orbit", "up"} & toks
        and q.flights
    ):
        # "Gemini 7: who was aboard, how long did it last, and which Gemini met it in
        # orbit?": each part on its own, the last being who was up with it
        return join_replies([
            _execute(facts, q.copy(parts=[Part(p.asks | ({"who"} if p.asks == {"together"} else set()),
                                               set(p.events), set(p.roles))]))
            for p in q.parts
        ])  # fmt: skip
    if (
        (
            {"together", "who"} <= q.asks
            or (
                "who" in q.asks
                and {"during", "while"} & toks
                and {"else", "other", "others"} & toks
            )
        )
        and {"space", "orbit", "up"} & toks
        and not q.dates
        and (hit := _one_trip_span(facts, q)) is not None
    ):
        # "who was up in space at the same time as Tereshkova?": anyone in space while her
        # flight was up, besides its own crew
        f, lo, hi = hit
        crew = [s.person for s in facts.seats_by_flight.get(f.id, [])]
        r = in_space(facts, q.copy(people=[], flights=[], stations=[], any_station=False),
                     lo, hi, besides=crew)  # fmt: skip
        # the one asked about stays in the thread beside those found ("and her?")
        r.people = list(dict.fromkeys([*r.people, *crew]))
        found = [x for x in r.flights if x != f.id]
        r.flights = list(dict.fromkeys([*r.flights, f.id]))
        # the flights found are what a follow-up's "that one" means ("when did it launch?")
        r.listed = list(dict.fromkeys([*found, *(r.listed or r.people)]))
        return r
    if (
        len(q.people) == 2
        and len(q.flights) == 1  # (two flights named: compare_flights weighs them)
        and q.compare in ("longer", "shorter")
        and (r := _named_trips_compared(facts, q))
    ):
        return _said_yes_or_no(q, r, r.people == q.people[:1])
    if len(q.people) == 2 and q.compare in ("older", "younger"):
        # "who was older at launch, Glenn on STS-95 or Whitson on Ax-4?": the people's ages
        # on those flights, not which flight went first
        q = _subject_first(q)
        r = compare_people(facts, q)
        return _said_yes_or_no(q, r, r.people == q.people[:1])
    if q.flights and len(q.flights) >= 2 and q.compare:
        r = compare_flights(facts, q)
        return _said_yes_or_no(q, r, r.flights[:1] == q.flights[:1])
    if len(q.people) >= 2 and q.agg == "yesno" and "again" in q.tokens and not q.compare:
        return _either_again(facts, q)  # "did either of them fly again after 1986?"
    if len(q.people) > 2 and q.compare in ("longer", "shorter", "older", "younger"):
        raise Unanswerable("I compare two people at a time; name the two you mean.")
    if (
        q.people
        and len(q.people) >= 2
        and q.compare
        and not q.flights
        and not (q.compare in ("later", "earlier") and "duration" in q.asks and not either_or)
    ):  # ("how long were they up after their Soyuz sprang a leak?" is a length, not an order)
        q = _subject_first(q)
        r = compare_people(facts, q)
        return _said_yes_or_no(q, r, r.people == q.people[:1])
    arrival = _arrival_day(facts, q)
    if arrival is not None:
        # "who did Hermaszewski find aboard when he got to Salyut 6?", "how many were on Mir
        # when STS-71 docked?": the day of that arrival is the date asked about
        day = arrival[0]
        then = q.copy(people=[], flights=[], dates=[When(DateSpan(day, day, ph.day(day)))])
        then.parts = [Part(set(p.asks) - {"docking"}, set(p.events) - {"arrive", "dock", "launch", "land"},
                           set(p.roles)) for p in q.parts]  # fmt: skip
        r = _execute(facts, then)
        here = set(visited(facts, facts.flights[arrival[1]]))
        arriving = [x.person for x in launch_crew(facts, facts.flights[arrival[1]])
                    if x.person not in r.people and here & set(q.stations or here)]  # fmt: skip
        if arriving and r.people:
            # "how many were aboard Mir when STS-71 docked?": those there, and those arriving
            f = facts.flights[arrival[1]]
            r.text += (f" {f.name} brought {names(facts, arriving)}, making "
                       f"{len(r.people) + len(arriving)} aboard.")  # fmt: skip
        return r
    if (
        q.roles == {"commander"}
        and len(q.flights) == 1
        and (q.stations or q.any_station)
        and "when" in q.tokens
        and not q.people
    ):
        # "who commanded the station when Crew-9 arrived?": the station's command that day
        f = facts.flights[q.flights[0]]
        moment = (f.landing if "land" in q.events else f.launch if "launch" in q.events
                  else f.docking or f.launch)  # fmt: skip
        if moment is None or not f.station:
            raise Unanswerable(f"I have no {f.name} moment at a station to date that by.")
        day = moment.dt.date()
        return commands_query(facts, q.copy(flights=[], stations=[f.station], any_station=False,
                                            dates=[When(DateSpan(day, day, ph.day(moment.dt)))]))  # fmt: skip
    if q.agg == "yesno" and len(q.flights) == 1 and len(q.people) >= 2 and not q.compare:
        return crew_claim(facts, q)
    if (
        q.flights
        and q.people
        and q.roles
        and "who" in q.asks
        and len(q.flights) == 1
        and "handover" not in q.asks  # "who came after her as commander?" is her command's
        and not {"his", "her", "their"} & set(q.tokens)  # "his commander": on his own trip
    ):
        # "who piloted STS-1 alongside John Young?": a seat on that flight, the name is context
        f = facts.flights[q.flights[0]]
        return join_replies([flight_part(facts, q.copy(people=[]), f, p) for p in q.parts])
    if (
        q.flights
        and len(q.expeditions) == 1
        and not q.people
        and "commander" in q.roles
        and q.asks <= {"who"}
        and q.agg == "one"
    ):
        # "Expedition 1 launched on Soyuz TM-31 — who was the commander?": the expedition's
        # commander, and the ship's where that was someone else (Shepherd; Gidzenko)
        seat = Part({"who"}, set(), {"commander"})  # (the launch said is the remark's)
        e = expedition_part(facts, q.copy(flights=[], dates=[]), seat)
        f = flight_part(facts, q.copy(expeditions=[], dates=[]), facts.flights[q.flights[0]], seat)
        return e if set(f.people) <= set(e.people) else join_replies([e, f])
    if q.flights and not q.people:
        # "who flew Vostok 3 and Vostok 4?": every named flight, not the first only
        if len(q.flights) > 1 and (q.describes_person or q.agencies) and q.agg != "yesno":
            # "the two Soviets on Apollo–Soyuz": the flights that had someone of that kind
            fits = [fid for fid in q.flights
                    if any(person_ok(facts, q, s.person) for s in facts.seats_by_flight.get(fid, []))]  # fmt: skip
            q = q.copy(flights=fits or q.flights)
        r = join_replies(
            [flight_part(facts, q, facts.flights[fid], p) for fid in q.flights for p in q.parts]
        )
        if q.agg == "count" and len(q.flights) > 1 and q.asks <= {"who"}:
            # "how many people flew on Apollo-Soyuz in total?": the sum as well as each crew
            everyone = {
                s.person for fid in q.flights for s in launch_crew(facts, facts.flights[fid])
            }
            r.text = f"{len(everyone)} people in all. " + r.text
        elif q.agg == "count" and len(q.flights) > 1 and q.outcome == "crew_loss":
            # "how many died in the Challenger and Columbia disasters combined?": the sum
            dead = {p for fid in q.flights if facts.flights[fid].outcome in LOST_WITH_CREW
                    for p in (s.person for s in launch_crew(facts, facts.flights[fid]))}  # fmt: skip
            r.text = f"{len(dead)} died in all. " + r.text
        return r
    if (
        len(q.people) == 1
        and q.before_mention.get(q.people[0]) == "when"
        and (q.stations or q.any_station)
        and "who" in q.asks
    ):
        # "who was commanding the station when Thomas Reiter arrived in July 2006?": the
        # day of his arrival (or landing) is the date asked about, he is not the subject
        pid = q.people[0]
        ev = _event(q.events) if q.events & {"launch", "land"} else "any"
        trips = trips_matching(facts, q.copy(people=[], parts=[Part(set(), set(q.events), set())]), [pid]) or \
            facts.trips_by_person.get(pid, [])  # fmt: skip
        if trips:
            t = trips[0]
            up = facts.flights[t.up_flight]
            moment = (
                t.end
                if ev == "land"
                else (up.docking.dt if getattr(up, "docking", None) else t.start)
            )
            if moment:
                day = moment.date()
                then = q.copy(people=[], dates=[When(DateSpan(day, day, day.isoformat()))])
                for p in then.parts:
                    p.events -= {"arrive", "launch", "land"}
                return _execute(facts, then)
    if (
        q.people
        and q.rank_of == "person"
        and (q.rank in ("first", "last") or q.rank.isdigit())
        and (q.sex or q.nat or q.nat_not or q.kinds or q.occupations)
        and len(q.people) == 1
        and q.before_mention.get(q.people[0]) in ("after", "before", "than", "since")
    ):
        # "who was the second woman in space, and how many years after Tereshkova?": the
        # named person is the yardstick, not the one described
        found = people_query(facts, q.copy(people=[], parts=[Part({"who"}, set(q.events), set())]))
        if len(found.people) == 1:
            ref = facts.trips_by_person.get(q.people[0], [])
            mine = facts.trips_by_person.get(found.people[0], [])
            if ref and mine:
                days = (mine[0].start - ref[0].start).days
                gap = (
                    f"{abs(days) / 365.2425:.1f} years" if abs(days) >= 365 else f"{abs(days)} days"
                )
                found.text += (f" That was {gap} {'after' if days >= 0 else 'before'} "
                               f"{facts.people[q.people[0]].name}'s first flight ({ph.day(ref[0].start)}).")  # fmt: skip
        return found
    solo = (
        [t.up_flight for t in facts.trips_by_person.get(q.people[0], [])]
        if len(q.people) == 1
        else []
    )
    if len(solo) > 1 and (q.nat or q.sex or q.kinds or q.occupations):
        # "Glenn's flight" with a Spaniard aboard: the one of his flights that had one
        kind = q.copy(people=[], flights=[], programs=set(), dates=[])
        solo = [f for f in solo if any(s.person != q.people[0] and person_ok(facts, kind, s.person)
                                       for s in facts.seats_by_flight.get(f, []))]  # fmt: skip
    named_flight = q.flights or (solo if len(solo) == 1 else [])
    if (
        len(q.people) == 1
        and len(named_flight) == 1
        and (q.nat or q.sex or q.kinds or q.occupations)
        and q.agg == "one"
        and (
            "who" in q.asks
            or _PEOPLE_NOUNS & set(q.tokens)
            or {"astronaut", "cosmonaut"} & set(q.tokens)
        )
        and not q.asks - {"who", "flight"}
        and any(s.person == q.people[0] for s in facts.seats_by_flight.get(named_flight[0], []))
        and not person_ok(
            facts, q.copy(people=[], flights=[], programs=set(), dates=[]), q.people[0]
        )
    ):
        # "who was the Spanish astronaut on Glenn's flight?": Glenn names the flight; the
        # description is of someone else aboard it
        return execute(facts, q.copy(people=[], flights=named_flight,
                                     parts=[Part({"who"}, set(q.events), set(q.roles))]))  # fmt: skip
    if q.people:
        return person_query(facts, q)
    if q.expeditions and len(q.expeditions) == 1 and q.compare in ("earlier", "later"):
        # "who commanded the ISS before Expedition 42?": the expedition before it
        e = facts.expeditions[q.expeditions[0]]
        other = facts.expedition_by_number.get(
            (e.station, e.number + (1 if q.compare == "later" else -1))
        )
        if other is None:
            raise Unanswerable(
                f"I have no expedition {'after' if q.compare == 'later' else 'before'} {e.name}."
            )
        q = q.copy(expeditions=[other.id], compare="")
    if q.expeditions:
        return join_replies([expedition_part(facts, q, p) for p in q.parts])
    if q.modules and "who" in q.asks and ("story" in q.asks or q.outcome):
        # "who was on Mir when the Progress crashed into Spektr?": the event at that module
        m = facts.modules[q.modules[0]]
        q2 = q.copy(modules=[], stations=q.stations or [m.station])
        hit = [
            ev
            for ev in events_matching(facts, q2)
            if fold(m.name) in fold(f"{ev.module} {ev.summary}")
        ]
        if len(hit) == 1:
            return event_reply(facts, q2, hit[0])
        return set_query(facts, q2)
    if q.modules:
        return module_reply(facts, q)
    if q.spacecraft and "who" in q.asks and q.describes_person and not q.people:
        # "the Israeli astronaut who died on Columbia": the crews of that vehicle, filtered
        fs = [facts.flights[x] for x in q.spacecraft]
        if q.outcome:
            fs = [f for f in fs if outcome_is(f, q.outcome)] or fs
        hits = [
            (s.person, f)
            for f in fs
            for s in launch_crew(facts, f)
            if person_ok(facts, q, s.person)
        ]
        if not hits:
            raise Unanswerable(f"Nobody{_desc(q)} flew on {ph.join([f.name for f in fs[:3]])}"
                               " in my records.")  # fmt: skip
        lines = [f"{facts.people[pid].name} ({ph.flight_label(f)}, {f.launch.dt.year if f.launch else ''})"
                 for pid, f in hits]  # fmt: skip
        return Reply(ph.join(lines) + ".", [], ph.sources_of(*(f.source for _, f in hits[:3])),
                     people=[pid for pid, _ in hits], flights=[f.id for _, f in hits])  # fmt: skip
    if q.spacecraft and (q.stations or q.any_station) and "who" in q.asks and q.outcome:
        # "who was on the ISS when Columbia broke up?": that station at the moment of the
        # loss; "who was commanding the ISS when Columbia was lost in 2003?": its command then
        lost = [ev for x in q.spacecraft if (ev := loss_of(facts, facts.flights[x]))]
        lost = [ev for ev in lost if _at_dates(q.dates, ev.date.dt)]
        if lost and q.roles:
            day = lost[0].date.dt.date()
            then = q.copy(spacecraft=[], outcome="", outcomes=set(),
                          dates=[When(DateSpan(day, day, day.isoformat()))])  # fmt: skip
            for p in then.parts:
                p.asks.discard("story")
            return _execute(facts, then)
        if lost and not q.dates:
            return event_reply(facts, q, lost[0])
    if (
        q.spacecraft
        and not q.rank
        and not (q.stations or q.any_station)
        and (q.dates or q.roles or q.asks & {"who", "when", "where", "duration", "time"})
        and "story" not in q.asks
    ):
        # "who commanded Discovery in 2001?": the vehicle's flights then, each answered;
        # never the vehicle's whole history for a question about one of its flights
        fs = sorted((facts.flights[x] for x in q.spacecraft),
                    key=lambda f: f.launch.dt if f.launch else _NEVER)  # fmt: skip
        event = _event(q.events)
        fits = [f for f in fs if all(_date_ok(w, f.launch.dt if f.launch else None,
                                              f.landing.dt if f.landing else None, event)
                                     for w in q.dates)]  # fmt: skip
        craft = fs[0].spacecraft
        if not fits:
            raise Unanswerable(f"I have no flight of {craft} "
                               f"{' '.join(w.label() for w in q.dates)} in my records.")  # fmt: skip
        if len(fits) > 3:
            labels = [f"{f.name} ({f.launch.dt.year})" for f in fits if f.launch]
            raise Unanswerable(f"{craft} flew {len(fits)} crewed flights"
                               f"{' ' + ' '.join(w.label() for w in q.dates) if q.dates else ''}; "
                               f"which one do you mean? {ph.join(labels[:12])}"
                               f"{' …' if len(labels) > 12 else ''}.")  # fmt: skip
        q2 = q.copy(spacecraft=[], flights=[f.id for f in fits], dates=[])
        return join_replies([flight_part(facts, q2, f, p) for f in fits for p in q2.parts])
    if q.spacecraft and not (q.dates and (q.stations or q.any_station) and "who" in q.asks):
        return spacecraft_reply(facts, q)
    return set_query(facts, q)


def crew_claim(facts: Facts, q: Query) -> Reply:
    """ "Apollo 11's crew was Armstrong, Aldrin and Lovell — right?": each named person
    checked against who flew; the real crew given either way."""
    f = facts.flights[q.flights[0]]
    event = _event(q.events)
    seats = facts.seats_by_flight.get(f.id, [])
    if event == "launch":
        seats = [s for s in seats if s.went_up]
    elif event == "land":
        seats = [s for s in seats if s.came_down]
    aboard = list(dict.fromkeys(s.person for s in seats))
    missing = [p for p in q.people if p not in aboard]
    r = crew_reply(facts, f, down=event == "land", up=event == "launch")
    moment = f.landing if event == "land" else f.launch
    when = ""
    if moment is not None and (q.dates or event in ("land", "launch")):
        when = f", which {'landed' if event == 'land' else 'launched'} on {ph.utc(moment)}"
    if "survived" in q.outcomes and f.outcome in LOST_WITH_CREW:
        # "did any of them survive?" of the Soyuz 11 crew: no — never "yes, all aboard"
        r.text = f"No: {names(facts, q.people)} died when {f.name} was lost. " + r.text
        return r
    try:
        _check_flight_constraints(facts, q, f, Part(set(), set(q.events), set()))
    except Unanswerable as e:  # "…splashed down on 18 March 2025 with X and Y aboard?"
        r.text = f"No: {e.text} " + r.text
        return r
    here = q.places or q.site_words
    if here and event in ("land", "launch") and not _at_places(f, here, q.events):
        # "Demo-2 with Behnken and Hurley splashed down in the Atlantic, true?": the place is
        # part of the claim — no: the Gulf of Mexico
        site = f.landing_site if event == "land" else f.launch_site
        r.text = (f"No: {f.name} {'came down' if event == 'land' else 'launched'} "
                  f"{'in' if event == 'land' else 'from'} {site or 'a place not in my records'}, "
                  f"not {' '.join(w.title() for w in here)}. " + r.text)  # fmt: skip
        return r
    if missing:
        word = {"launch": "launch on", "land": "come home on"}.get(event, "fly on")
        head = f"No: {names(facts, missing)} did not {word} {f.name}"
        trips = [t for p in missing for t in facts.trips_by_person.get(p, [])
                 if f.id in (t.up_flight, t.down_flight)]  # fmt: skip
        lines = []
        if event in ("land", "launch"):
            # they were on it the other way: the vehicle and the day they did come home (or
            # go up) on, which is what the asker wants next
            by: dict[str, list[str]] = {}
            for t in trips:
                other = t.down_flight if event == "land" else t.up_flight
                if other:
                    by.setdefault(other, []).append(t.person)
            for g_id, who in by.items():
                g = facts.flights[g_id]
                at = g.landing if event == "land" else g.launch
                verb = "came home on" if event == "land" else "went up on"
                lines.append(f"{names(facts, who)} {verb} {ph.flight_label(g)}"
                             + (f", {ph.utc(at)}" if at else ""))  # fmt: skip
        else:  # they were on it the other way: say how they flew
            lines = [f"{facts.people[t.person].name}: {trip_label(facts, t)}" for t in trips]
        rest = r.text
        if lines and event in ("land", "launch"):
            # (the crew reply's own "… came home on Crew-9." would say it twice)
            verb = "came home on" if event == "land" else "went up on"
            rest = " ".join(x for x in re.split(r"(?<=\.)\s+", rest) if verb not in x)
        r.text = head + (": " + "; ".join(lines) if lines else "") + ". " + rest
    else:
        both = "both" if len(q.people) == 2 else "all"
        r.text = f"Yes: {names(facts, q.people)} were {both} aboard {f.name}{when}. " + r.text
    return r


def _said_yes_or_no(q: Query, r: Reply, first_named_wins: bool) -> Reply:
    """ "Was Skylab 3 longer than Skylab 2?": the comparison, led by yes or no."""
    if q.agg == "yesno" and q.compare != "or" and not r.text.startswith(("Neither", "Both", "No:")):
        r.text = ("Yes: " if first_named_wins else "No: ") + r.text
    return r


def _next_of_kind(facts: Facts, q: Query) -> Reply:
    """ "Who was the next space tourist after him?": the first trip by someone of that kind
    that began after the named person's first (or, for "previous", the last before it)."""
    pid = q.people[0]
    mine = facts.trips_by_person.get(pid, [])
    if not mine:
        raise Unanswerable(f"I have no spaceflights recorded for {facts.people[pid].name}.")
    ref = mine[0].start
    others = [t for t in trips_matching(facts, q.copy(people=[], rank="")) if t.person != pid]
    if q.nat and not q.nat <= _FORMER_STATES:
        # "the next Indian to fly" after Sharma: by main citizenship (listed last), Shukla,
        # not Kalpana Chawla, who flew as an American
        others = [t for t in others if facts.people[t.person].nationality[-1:]
                  and facts.people[t.person].nationality[-1] in q.nat] or others  # fmt: skip
    pick = ([t for t in others if t.start > ref][:1] if q.rank == "next"
            else [t for t in others if t.start < ref][-1:])  # fmt: skip
    if not pick:
        raise Unanswerable(f"I have no one of that description {'after' if q.rank == 'next' else 'before'} "
                           f"{facts.people[pid].name} in my records.")  # fmt: skip
    t = pick[0]
    word = "after" if q.rank == "next" else "before"
    desc = _desc(q).strip() or "person"
    if {"crew", "crews"} & set(q.tokens):
        # "the next Chinese crew after him": everyone that flight took up
        crew = [x.person for x in launch_crew(facts, facts.flights[t.up_flight])] or [t.person]
        which = "next" if q.rank == "next" else "previous"
        return Reply(f"The {which} {desc} crew {word} {facts.people[pid].name} was "
                     f"{trip_label(facts, t)}'s: {names(facts, crew)}, launched {ph.day(t.start)}.",
                     [], ph.sources_of(facts.flights[t.up_flight].source), people=crew,
                     flights=[t.up_flight])  # fmt: skip
    return Reply(f"The {desc} {word} {facts.people[pid].name} was {facts.people[t.person].name}, on "
                 f"{trip_label(facts, t)}, launched {ph.day(t.start)}.", [],
                 ph.sources_of(facts.people[t.person].source), people=[t.person], flights=[t.up_flight])  # fmt: skip


_HEADS = frozenset({"people", "persons", "astronauts", "cosmonauts", "crew", "crewmembers",
                    "aboard", "onboard"})  # fmt: skip
_ONE_CRAFT = frozenset({"flight", "mission", "spacecraft", "ship", "capsule", "vehicle", "launch",
                        "launched", "crew"})  # fmt: skip


def largest_crew(facts: Facts, q: Query) -> Reply | None:
    """ "Which flight had the most people aboard?", "the biggest crew ever launched on one
    spacecraft": flights ranked by how many went up on them (ties named together) — not
    people ranked by how many flights they made."""
    toks = set(q.tokens)
    if (
        q.rank != "most"
        or q.people
        or q.flights
        or q.expeditions
        or q.stations
        or q.any_station
        or q.agg not in ("one", "list")
        or not toks & _HEADS
        or not (toks & _ONE_CRAFT or (q.programs and toks & {"which", "what"}))
        or toks & {"flights", "missions", "times", "spacewalks", "walks", "days", "time"}
        or q.describes_person
    ):
        return None
    from .compose import launch_crew

    fs = [f for f in facts.flights_by_launch
          if (not q.programs or program_ok(f, q.programs))
          and all(_date_ok(w, f.launch.dt if f.launch else None,
                           f.landing.dt if f.landing else None, "launch") for w in q.dates)]  # fmt: skip
    sized = [(len(launch_crew(facts, f)), f) for f in fs]
    if not sized:
        return None
    top = max(n for n, _ in sized)
    best = [f for n, f in sized if n == top]
    said = "; ".join(f"{ph.flight_label(f)}, {ph.day(f.launch.dt)}" for f in best[:8] if f.launch)
    if len(best) > 8:
        said += f"; and {len(best) - 8} more"
    kind = " ".join(p.title() for p in sorted(q.programs))
    one = f"one {kind} flight" if kind else "one flight"
    text = (f"The most people launched on {one} was {top}: {said}." if len(best) == 1
            else f"The most people launched on {one} was {top}, on {len(best)} flights: {said}.")  # fmt: skip
    return Reply(text, [], ph.sources_of(*(f.source for f in best[:2])), {"count": top},
                 flights=[f.id for f in best])  # fmt: skip


def _was_it_them(facts: Facts, q: Query) -> Reply:
    """ "Was Wang Yaping the first Chinese woman in space?", "…the first woman to walk in
    space?": find who was, then compare — never "yes" because the person merely fits."""
    pid = q.people[0]
    named = list(q.flights) if not q.from_context else []
    asked = q.copy(people=[], flights=[], agg="one")
    found = _first_in_words(facts, q, asked, execute)
    fits = [x for x in found.people if x in facts.people and person_ok(facts, q, x)] or found.people
    yes = fits[:1] == [pid] and (not named or bool(set(found.flights) & set(named)))
    text = found.text[:1].lower() + found.text[1:] if found.text.startswith("The ") else found.text
    found.text = ("Yes: " if yes else "No: ") + text
    return found


# ------------------------------------------------------------------ a named flight


def _check_flight_constraints(facts: Facts, q: Query, f: Flight, part: Part) -> None:
    event = _event(part.events)
    start = f.launch.dt if f.launch else None
    end = f.landing.dt if f.landing else None
    # "Soyuz MS-22 sprang a leak in Dec 2022 - … when did they come home?": a date said
    # with what happened on the flight dates that, not the landing asked beside it
    story_dated = any("story" in p.asks for p in q.parts)
    for w in q.dates:
        if not _date_ok(w, start, end, event) and not (
            story_dated and _date_ok(w, start, end, "any")
        ):
            raise Unanswerable(f"I have no record of {f.name} {w.label()}: it flew "
                               f"{ph.day(start) if start else '?'} to {ph.day(end) if end else '?'}.")  # fmt: skip
    if q.programs and f.program not in q.programs:
        a = "an" if f.program[:1] in "aeiou" else "a"
        raise Unanswerable(f"{f.name} was {a} {f.program.title()} flight, not "
                           f"{'/'.join(sorted(q.programs)).title()}.")  # fmt: skip


_CREW_WORDS = frozenset({"crew", "crews", "they", "them", "their", "stay", "stayed", "stays",
                         "cosmonauts", "astronauts", "taikonauts", "crewmembers"})  # fmt: skip


def _of_the_crew(q: Query) -> bool:
    """Whether a duration asked of a flight is its crew's stay ("how long were they up?",
    "the Soyuz 26 crew's stay") rather than the vehicle's own flight."""
    return bool(_CREW_WORDS & set(q.tokens))


def in_orbit_with(facts: Facts, q: Query, f: Flight) -> Reply:
    """ "Which flight was in orbit at the same time as Gemini 7?", "which Gemini met up with
    them?": the crewed flights whose time in space overlapped this one's."""
    if not (f.launch and f.landing):
        raise Unanswerable(f"I have no launch and landing of {f.name} to compare.")
    a, b = f.launch.dt, f.landing.dt

    def end(g: Flight) -> datetime:  # a lost flight ended with its loss (Challenger), not "now"
        return flight_end(facts, g) or (g.launch.dt if g.outcome in _LOST else _NEVER)

    both = [g for g in facts.flights_by_launch if g.id != f.id and g.launch and g.launch.dt <= b
            and end(g) >= a and launch_crew(facts, g)
            and (not q.programs or program_ok(g, q.programs))]  # fmt: skip
    if not both:
        return Reply(f"No other crewed flight was in space while {f.name} was.", [],
                     ph.sources_of(f.source), flights=[f.id])  # fmt: skip
    lines = [f"{g.name} ({ph.day(g.launch.dt)} to {ph.day(end(g)) if end(g) < _NEVER else 'now'})"
             for g in both[:12]]  # fmt: skip
    return Reply(f"In space at the same time as {f.name} ({ph.day(a)} to {ph.day(b)}): "
                 f"{'; '.join(lines)}.", [], ph.sources_of(f.source, *(g.source for g in both[:1])),
                 flights=[g.id for g in both], listed=[g.id for g in both])  # fmt: skip


def crew_relief(facts: Facts, q: Query, f: Flight) -> Reply | None:
    """ "Who replaced them?" after a station crew: the long-stay crew that arrived while they
    were aboard (the last before they left); "the crew before them": the one they found
    aboard, who left after they came. None when the flight stayed at no station."""
    sid = next(iter(visited(facts, f)), None)
    crew = [s.person for s in launch_crew(facts, f)]
    ends = [
        t.end
        for p in crew
        for t in facts.trips_by_person.get(p, [])
        if t.up_flight == f.id and t.end
    ]
    if not sid or not ends or not (f.docking or f.launch):
        return None
    start, end = (f.docking or f.launch).dt, max(ends)
    stays: dict[str, Stay] = {}
    stayers: dict[str, list[str]] = {}  # a Shuttle's long-stay members, not its whole crew
    longs: list[Stay] = []
    for x in facts.stays_overlapping(start - timedelta(days=800), end + timedelta(days=800)):
        long = x.end and x.end - x.start >= timedelta(days=30)
        if x.station == sid and long and x.trip.up_flight != f.id:
            stays.setdefault(x.trip.up_flight, x)
            stayers.setdefault(x.trip.up_flight, []).append(x.person)
            longs.append(x)
    toks = q.tokens
    # "which crew handed Tiangong over to the Shenzhou 19 crew / over to them?": they
    # received it, from the crew before
    to_them = q.before_mention.get(f.id) == "to" or any(
        a == "to" and (b in ("them", "her", "him") or (
            b == "the" and i + 2 < len(toks) and toks[i + 2] in fold(f.name).split()))
        for i, (a, b) in enumerate(zip(toks, toks[1:]))
    )  # fmt: skip
    before = bool({"before", "previous", "earlier", "preceding"} & set(toks))
    before = before or _takes_over(facts, q) or to_them
    if before:  # the crew aboard when they came (who left after), else the last to leave
        cands = sorted((x for x in stays.values() if x.start < start <= x.end), key=lambda x: x.end)
        cands = cands[:1] or sorted((x for x in stays.values() if x.end <= start),
                                    key=lambda x: x.end)[-1:]  # fmt: skip
    else:  # the crew that came while they were aboard (the last), else the next to come
        cands = sorted((x for x in stays.values() if start < x.start <= end), key=lambda x: x.start)
        cands = cands[-1:] or sorted((x for x in stays.values() if x.start > end),
                                     key=lambda x: x.start)[:1]  # fmt: skip
    if not cands and before and f.launch:
        # "the crew before them that couldn't get in?" (Soyuz 11): none was aboard, but a
        # crew flew there and could not get aboard (Soyuz 10)
        tried = [g for g in facts.flights_by_launch if g.station == sid and not g.reached_station
                 and g.launch and g.launch.dt < f.launch.dt and launch_crew(facts, g)]  # fmt: skip
        if tried:
            g = tried[-1]
            who = [s.person for s in launch_crew(facts, g)]
            st = facts.stations[sid].name
            why = outcome_sentence(g) or f"{g.name} did not get aboard."
            return Reply(f"No crew had been aboard {st} before {f.name}'s, but {g.name} "
                         f"({names(facts, who)}) flew there on {ph.day(g.launch.dt)} and could not "
                         f"get aboard: {why}", [], ph.sources_of(g.source, f.source), people=who,
                         flights=[g.id])  # fmt: skip
    if not cands:
        st = facts.stations[sid].name
        return Reply(f"No long-stay crew was aboard {st} {'before' if before else 'after'} "
                     f"{f.name}'s, as far as my records show.", [], ph.sources_of(f.source),
                     flights=[f.id])  # fmt: skip
    x = cands[0]
    g = facts.flights[x.trip.up_flight]
    who = list(dict.fromkeys(stayers.get(g.id, []))) or [s.person for s in launch_crew(facts, g)]
    if before:
        # the crew they followed is everyone who left with that crew, whichever flight
        # brought them up (Avdeyev came a flight earlier than Afanasyev and Haigneré)
        left = [y.person for y in longs if y.end and abs(y.end - x.end) < timedelta(days=1)
                and y.person not in crew]  # fmt: skip
        who = list(dict.fromkeys(who + left)) if left else who
    mine = names(facts, crew)
    text = (f"{g.name} ({names(facts, who)}) was the crew before {f.name}'s ({mine}): aboard "
            f"{facts.stations[sid].name} from {ph.day(x.start)}, left {ph.day(x.end)}." if before
            else f"{g.name} ({names(facts, who)}) replaced {f.name}'s crew ({mine}) aboard "
            f"{facts.stations[sid].name}: arrived {ph.day(x.start)}; {f.name}'s crew left "
            f"{ph.day(end)}.")  # fmt: skip
    return Reply(text, [], ph.sources_of(g.source, f.source), people=who, flights=[g.id])


def _crew_nations(facts: Facts, f: Flight, what: str = "nationality") -> Reply:
    """ "Which countries were the Ax-3 crew from?", "which agencies were they from?": each
    crew member's nationality (or agency), then the countries (agencies) together."""
    crew = everyone_aboard(facts, f.id)
    if not crew:
        raise Unanswerable(f"I have no crew for {f.name}.")

    def of(p: str) -> tuple[str, ...]:
        person = facts.people[p]
        return tuple(person.agency if what == "agency" else person.nationality)

    lines = [f"{facts.people[p].name} ({'/'.join(of(p)) or 'unknown'})" for p in crew]
    together = list(dict.fromkeys(n for p in crew for n in of(p)))
    said = "Agencies" if what == "agency" else "Countries"
    return Reply(f"{ph.flight_label(f)} crew: {'; '.join(lines)}. {said}: {ph.join(together)}.",
                 [], ph.sources_of(f.source), people=crew, flights=[f.id])  # fmt: skip


def _home_said(facts: Facts, pid: str, f: Flight) -> str:
    """ "on Soyuz TM-6, 21 December 1988": how someone who went up on `f` came home."""
    t = next((t for t in facts.trips_by_person.get(pid, []) if t.up_flight == f.id), None)
    g = facts.flights.get(t.down_flight) if t and t.down_flight else None
    if g is None:
        return "on another flight" if t and t.end else "later (still up at the end of my records)"
    return f"on {ph.flight_label(g)}" + (f", {ph.day(g.landing.dt)}" if g.landing else "")


def crew_flights(facts: Facts, eid: str) -> list[str]:
    """The flights that took an expedition's crew up and home, member by member, each once."""
    e = facts.expeditions[eid]
    crew = dict.fromkeys(m.person for m in facts.members_by_expedition.get(eid, []))
    return list(dict.fromkeys(
        f for p in crew for t in facts.trips_by_person.get(p, [])
        for f in (t.up_flight, t.down_flight) if f
        and (e.start is None or t.end is None or t.end >= e.start.dt)
        and (e.end is None or t.start <= e.end.dt)))  # fmt: skip


def _leg_asked(q: Query, events: set[str]) -> bool:
    """ "Did he come home on TM-32 too?", "did Tito come home on it?": a yes or no about one
    leg of a trip, in the craft the question names or points at — not any trip it was a
    leg of."""
    if q.agg != "yesno" or len(events & {"land", "launch"}) != 1:
        return False
    if any(f in q.before_mention for f in q.flights):
        return True
    return any(a in ("on", "in", "aboard") and b in ("it", "that", "same")
               for a, b in zip(q.tokens, q.tokens[1:]))  # fmt: skip


def _expeditions_carried(facts: Facts, f: Flight) -> Reply | None:
    """ "Which expedition was Soyuz TMA-11?": the expeditions its crew served on, on the
    trips it took them up or brought them home on."""
    crews: dict[str, list[str]] = {}
    for t in (t for s in facts.seats_by_flight.get(f.id, [])
              for t in facts.trips_by_person.get(s.person, [])
              if f.id in (t.up_flight, t.down_flight)):  # fmt: skip
        served = [
            facts.expeditions[m.expedition]
            for m in facts.members_by_person.get(t.person, [])
            if (e := facts.expeditions[m.expedition]).start
            and e.start.dt <= (t.end or _NEVER)
            and (e.end is None or e.end.dt >= t.start)
        ]
        served.sort(key=lambda e: e.start.dt)
        # up on it: the expedition joined; home on it: the one left (Reiter, up on STS-121
        # to Expedition 13, home on STS-116 from Expedition 14)
        for e in ([served[0]] if served and t.up_flight == f.id else []) + (
            [served[-1]] if served and t.down_flight == f.id else []
        ):
            crews.setdefault(e.id, [])
            if t.person not in crews[e.id]:
                crews[e.id].append(t.person)
    if not crews:
        return None
    order = sorted(crews, key=lambda e: facts.expeditions[e].start.dt)
    said = "; ".join(f"{facts.expeditions[e].name} crew: {names(facts, crews[e])}" for e in order)
    return Reply(f"{f.name} carried {said}.", [],
                 ph.sources_of(f.source, *(facts.expeditions[e].source for e in order)),
                 people=list(dict.fromkeys(p for e in order for p in crews[e])),
                 flights=[f.id], expeditions=order)  # fmt: skip


_SEAT_VERB = {"commander": "commanded", "pilot": "piloted"}
_LOST = frozenset({"crew_loss", "ascent_loss", "launch_abort"})
_CREW_WORDS = frozenset({"astronauts", "cosmonauts", "taikonauts", "crew", "they", "them"})


def _times_said(tokens: list[str]) -> int | None:
    """The number of times a question says ("5 times", "twice"), or None."""
    for i, t in enumerate(tokens):
        if t in ("once", "twice", "thrice"):
            return {"once": 1, "twice": 2, "thrice": 3}[t]
        if t == "times" and i and tokens[i - 1].isdigit():
            return int(tokens[i - 1])
    return None


def _with_orbits(facts: Facts, q: Query) -> Reply:
    """ "How many orbits did Vostok 6 make?", "… and how many times did he go round?": the
    count for the flights named, or the named people's flights that have one (the early
    flights); the rest of the question answered beside it."""
    fids = list(q.flights) or [t.up_flight for p in q.people
                               for t in facts.trips_by_person.get(p, [])]  # fmt: skip
    counted = [facts.orbits[f] for f in dict.fromkeys(fids) if f in facts.orbits]
    if not counted or (q.flights and len(counted) < len(q.flights)) or len(counted) > 3:
        raise Unanswerable("I have orbit counts only for the early flights (Vostok, Voskhod, "
                           "Mercury, Gemini, the first Shenzhous), not for that one.")  # fmt: skip
    if q.people and len(counted) > 1 and q.dates:
        # ("how many orbits did Cooper make in 1963?": the flight of that year)
        counted = [o for o in counted if facts.flights[o.id].launch and all(
            _date_ok(w, facts.flights[o.id].launch.dt, facts.flights[o.id].launch.dt, "launch")
            for w in q.dates)] or counted  # fmt: skip
    crews = {o.id: [x.person for x in launch_crew(facts, facts.flights[o.id])] for o in counted}
    text = " ".join(f"{ph.flight_label(facts.flights[o.id])}, flown by {names(facts, crews[o.id])}, "
                    f"made {o.count} orbit{'s' if o.count != 1 else ''} of the Earth."
                    for o in counted)  # fmt: skip
    claimed = _times_said(q.tokens)
    if q.agg == "yesno" and len(counted) == 1 and claimed is not None:
        # "did Glenn go around the Earth 5 times?", "Gagarin circled the Earth twice?"
        text = f"{'Yes' if claimed == counted[0].count else 'No'}: {text}"
    said = Reply(
        text,
        [], ph.sources_of(*(o.source for o in counted[:2])),
        # (the crew, so "how old was he?" next is the one who flew it)
        people=list(q.people) or [p for o in counted for p in crews[o.id]],
        flights=[o.id for o in counted],
    )  # fmt: skip
    rest = [Part(p.asks - {"orbits", "howmany"}, set(p.events), set(p.roles), p.seat)
            for p in q.parts]  # fmt: skip
    rest = [p for p in rest if p.asks or p.roles]
    if not rest:
        return said
    others = _execute(facts, q.copy(parts=rest, agg="one" if q.agg == "count" else q.agg))
    return join_replies([said, others])


def _with_date_asked(r: Reply, f: Flight, asks: set[str], events: set[str]) -> Reply:
    """A crew answer with the date asked beside it: "who flew Vostok 3, and in what year?",
    "how many aboard, launch date?"."""
    if asks & {"when", "time"} and f.launch:
        moment = f.landing if "land" in events and f.landing else f.launch
        word = "Landing" if moment is f.landing else "Launch"
        r.text += f" {word}: {ph.when(moment, f.landing_tz if word == 'Landing' else f.launch_tz)}."
    return r


def flight_part(facts: Facts, q: Query, f: Flight, part: Part) -> Reply:
    asks, events, roles = part.asks, part.events, part.roles
    if asks == {"age"} and not q.people and f.launch and len(q.parts) > 1:
        # "who flew Vostok 2 and how old was he at the time?": the crew's ages at launch
        crew = [s.person for s in launch_crew(facts, f) if not roles or s.role in roles]
        born = [(p, facts.people[p].birth_date) for p in crew if facts.people[p].birth_date]
        if born:
            ages = [
                f"{facts.people[p].name} {years_between(b, f.launch.dt.date())}" for p, b in born
            ]
            return Reply(f"Age at launch on {ph.day(f.launch.dt)}: {ph.join(ages)}.", [],
                         ph.sources_of(*(facts.people[p].source for p, _ in born[:2])),
                         people=[p for p, _ in born], flights=[f.id])  # fmt: skip
    if q.agg == "count" and q.outcome == "crew_loss" and not q.people:
        # "how many people died on Soyuz 11?": its crew, if it was lost with them
        lost = loss_of(facts, f) if f.outcome in LOST_WITH_CREW else None
        crew = [s.person for s in launch_crew(facts, f)]
        if lost is None or not crew:
            return Reply(f"None: nobody died on {f.name}, as far as my records show.", [],
                         ph.sources_of(f.source), {"count": 0}, flights=[f.id])  # fmt: skip
        return Reply(f"{len(crew)} died on {f.name}: {names(facts, crew)} ({ph.day(lost.date.dt)}).",
                     [lost.summary], ph.sources_of(f.source, lost.source), {"count": len(crew)},
                     people=crew, flights=[f.id])  # fmt: skip
    if (
        asks & {"flight", "vehicle"}
        and "land" in events
        and not (q.people or roles or q.agg != "one")
        and {"crew", "crews", "they", "them"} & set(q.tokens)
    ):
        # "which Soyuz did the Soyuz 27 crew ride home in?": the crew's ride, not the craft's
        up = [s.person for s in launch_crew(facts, f)]
        rides: dict[str, list[str]] = {}
        for p in up:
            for t in facts.trips_by_person.get(p, []):
                if t.up_flight == f.id and t.down_flight:
                    rides.setdefault(t.down_flight, []).append(p)
        if up and set(rides) - {f.id}:
            said = []
            for g, who in rides.items():
                h = facts.flights[g]
                when = f", {ph.when(h.landing, h.landing_tz)}" if h.landing else ""
                said.append(f"{names(facts, who)} came home on {ph.flight_label(h)}{when}")
            text = "; ".join(said) + f" (they had gone up on {ph.flight_label(f)})."
            return Reply(text[0].upper() + text[1:], [], ph.sources_of(f.source), people=up,
                         flights=[*rides, f.id])  # fmt: skip
    if asks - {"who"} in ({"nationality"}, {"agency"}) and not q.people and not roles:
        # ("which agencies were the crew of Crew-5 from?": "crew" says who, not a second ask)
        return _crew_nations(facts, f, next(iter(asks - {"who"})))
    craft_words = {"ship", "soyuz", "capsule", "spacecraft", "vehicle", "craft", "lifeboat", "it"}
    if (
        "handover" in asks
        and ("flight" in asks or q.tokens[:1] == ["what"])  # ("what replaced it?": a thing)
        and "plural" not in q.pronouns
        and craft_words & set(q.tokens)
        and f.outcome == "uncrewed_return"
    ):
        # "Soyuz MS-22 sprang a leak" … "which ship replaced it?": the craft that brought its
        # crew home (MS-23, sent up empty), not the next crew
        ups = [s.person for s in launch_crew(facts, f)]
        rides = list(dict.fromkeys(t.down_flight for p in ups for t in facts.trips_by_person.get(p, [])
                                   if t.up_flight == f.id and t.down_flight and t.down_flight != f.id))  # fmt: skip
        if len(rides) == 1:
            g = facts.flights[rides[0]]
            return Reply(f"{ph.flight_label(g)} replaced {f.name}: it brought {f.name}'s crew "
                         f"({names(facts, ups)}) home" + (f" on {ph.when(g.landing, g.landing_tz)}"
                         if g.landing else "") + ".", [], ph.sources_of(g.source, f.source),
                         people=ups, flights=[g.id])  # fmt: skip
    if "handover" in asks and not roles and not q.people:
        relief = crew_relief(facts, q, f)  # "who replaced them?" of a station crew
        if relief is not None:
            return relief
        if f.id in q.before_mention and not asks - {"handover", "who"}:
            # "what about the crew before them, Soyuz 10?": the crew is named; no station
            # stay of its own to find a relief from, so its crew is what is asked
            part = Part({"who"}, set(events), set(roles))
            asks = part.asks
    if "together" in asks and q.agg != "yesno" and q.tokens[:1] == ["which"] and not q.people:
        return in_orbit_with(facts, q, f)
    if asks - {"who"} == {"expedition"} and not (q.people or roles or q.expeditions):
        served = _expeditions_carried(facts, f)
        if served:
            return served
    if (
        roles == {"commander"}
        and asks <= {"who"}
        and not q.people
        and any(p.asks - {"who"} == {"expedition"} for p in q.parts if p is not part)
        and (served := _expeditions_carried(facts, f)) is not None
        and len(served.expeditions) == 1
    ):
        # "which expedition was that, and who was in command?": the expedition's commander
        e = facts.expeditions[served.expeditions[0]]
        boss = [
            m.person for m in facts.members_by_expedition.get(e.id, []) if m.role == "commander"
        ]
        if boss:
            return Reply(f"{names(facts, boss)} commanded {e.name}.", [], ph.sources_of(e.source),
                         people=boss, expeditions=[e.id])  # fmt: skip
    toks = set(q.tokens)
    if (
        q.agg == "yesno"
        and "land" in events
        and not q.people
        and len(q.flights) == 1
        and not (q.dates or q.places or q.site_words)
        and {"all", "everyone", "everybody", "three"} & toks
        and {"it", "same", "that"} & toks
    ):
        # "did all three come home on it?": its launch crew against its landing crew
        up = [s.person for s in launch_crew(facts, f)]
        down = [s.person for s in landing_crew(facts, f)]
        if up:
            extra = [p for p in down if p not in up]  # came home on it, not up on it
            with_ = f" (with {names(facts, extra)})" if extra else ""
            if set(up) <= set(down):
                return Reply(f"Yes: everyone who launched on {f.name} came home on it{with_}.",
                             [], ph.sources_of(f.source), people=up, flights=[f.id])  # fmt: skip
            stayed = [p for p in up if p not in down]
            text = (f"No: of {f.name}'s launch crew, "
                    + (f"{names(facts, [p for p in up if p in down])} came home on it{with_}; " if set(up) & set(down) else "")
                    + "; ".join(f"{facts.people[p].name} came home "
                                f"{_home_said(facts, p, f)}" for p in stayed) + ".")  # fmt: skip
            return Reply(text, [], ph.sources_of(f.source), people=up, flights=[f.id])
    if (
        q.rank in ("oldest", "youngest")
        and not q.people
        and q.agg != "yesno"
        and f.launch
        and (
            not part.asks or part.asks & {"who", "age"}
        )  # ("…splash down, and who was its youngest?")
    ):
        # "who was the oldest person on STS-80?", "how old was the youngest one?" (in a
        # thread): among that flight's launch crew, by age at its launch
        aged = [(f.launch.dt.date() - b, s.person) for s in launch_crew(facts, f)
                if (b := facts.people[s.person].birth_date)]  # fmt: skip
        if len(aged) >= 2:
            days, pid = max(aged) if q.rank == "oldest" else min(aged)
            years = int(days.days // 365.2425)
            unknown = [s.person for s in launch_crew(facts, f)
                       if not facts.people[s.person].birth_date]  # fmt: skip
            # a crew member with no birth date on record is said, not silently skipped
            caveat = (f" (I have no birth date for {names(facts, unknown)}, so "
                      f"{'that one is' if len(unknown) == 1 else 'they are'} not compared.)"
                      if unknown else "")  # fmt: skip
            return Reply(f"The {q.rank} aboard {ph.flight_label(f)} was {facts.people[pid].name}, "
                         f"aged {years} at launch on {ph.day(f.launch.dt)}.{caveat}", [],
                         ph.sources_of(f.source, facts.people[pid].source), people=[pid],
                         flights=[f.id])  # fmt: skip
    if q.agg != "yesno":
        _check_flight_constraints(facts, q, f, part)
    if q.uncrewed and q.agg == "yesno" and not q.people and f.landing and "launch" not in events:
        # "Soyuz MS-22 — did it come back empty?": its landing crew, or nobody
        down = [s.person for s in landing_crew(facts, f)]
        text = (f"No: {ph.flight_label(f)} landed with {names(facts, down)}" if down
                else f"Yes: {ph.flight_label(f)} came back with nobody aboard")  # fmt: skip
        return Reply(f"{text}, {ph.when(f.landing, f.landing_tz)}.", [], ph.sources_of(f.source),
                     people=down, flights=[f.id])  # fmt: skip
    if q.uncrewed and landing_crew(facts, f):
        raise Unanswerable(f"{f.name} did not come back empty: it landed with a crew.")
    only = None
    if (
        q.nat
        or q.nat_not
        or q.sex
        or q.kinds
        or q.occupations
        or q.agencies
        or q.times
        or q.excluded
    ):
        seat_kinds = {k for k in q.kinds if k in _SEAT_KINDS}
        only = {
            s.person for s in facts.seats_by_flight.get(f.id, [])
            if s.person not in q.excluded
            and (person_ok(facts, q, s.person)
                 # "the payload specialists on STS-9": the seat on that flight (Merbold flew
                 # it, though he is on record as a career astronaut)
                 or (seat_kinds and _SEAT_KINDS[next(iter(seat_kinds))] == s.role
                     and person_ok(facts, q.copy(kinds=q.kinds - seat_kinds), s.person)))
        }  # fmt: skip
        if q.times == "=first":
            only = {p for p in (only or {s.person for s in facts.seats_by_flight.get(f.id, [])})
                    if facts.trips_by_person[p][0].up_flight == f.id}  # fmt: skip
        if "land" in q.events and any(q.before_mention.get(x) == "from" for x in q.stations):
            # "which American came home from Mir on STS-91?": who had been living there,
            # not the Shuttle's own crew
            stayed = {p for p in only if any(t.down_flight == f.id and t.up_flight != f.id
                                              for t in facts.trips_by_person.get(p, []))}  # fmt: skip
            only = stayed or only
        if q.agg == "yesno":
            desc = _desc(q).strip() or "of that description"
            leg = _event(q.events & {"land", "launch"})
            if leg in ("land", "launch"):
                # "the Shenzhou 20 taikonauts came home in their own capsule, right?": the
                # people of that description who came down (or went up) on it, not aboard
                seats = facts.seats_by_flight.get(f.id, [])
                on_leg = {s.person for s in seats if (s.came_down if leg == "land" else s.went_up)}
                verb = "came home on" if leg == "land" else "went up on"
                if only & on_leg:
                    fit = sorted(only & on_leg)
                    return Reply(f"Yes: {names(facts, fit)} ({desc}) {verb} {f.name}.", [],
                                 ph.sources_of(f.source), people=fit, flights=[f.id])  # fmt: skip
                if only:
                    by: dict[str, list[str]] = {}
                    for p in sorted(only):
                        for t in facts.trips_by_person.get(p, []):
                            g = t.down_flight if leg == "land" else t.up_flight
                            if f.id in (t.up_flight, t.down_flight) and g in facts.flights:
                                by.setdefault(g, []).append(p)
                    said = "; ".join(f"{names(facts, who)} {verb} {ph.flight_label(facts.flights[g])}"
                                     for g, who in by.items())  # fmt: skip
                    return Reply(f"No: nobody {desc} {verb} {f.name}. {said}.", [],
                                 ph.sources_of(f.source), people=sorted(only), flights=[f.id])  # fmt: skip
            if only:
                return Reply(f"Yes: {names(facts, sorted(only))} ({desc}) flew on {f.name}.", [],
                             ph.sources_of(f.source), people=sorted(only), flights=[f.id])  # fmt: skip
            return Reply(f"No: nobody {desc} flew on {f.name}, as far as my records show.", [],
                         ph.sources_of(f.source), flights=[f.id])  # fmt: skip
        if not only:
            raise Unanswerable(f"Nobody of that description flew on {f.name}.", none_aboard=f.id)
        if not asks & {"who", "when", "where", "time", "duration"} and q.agg != "count":
            asks = asks | {"who"}  # "which Russian launched on Crew-8?": the person is asked
    if (
        q.agg == "yesno"
        and (q.rank in ("longest", "shortest") or (q.rank in ("first", "last") and not q.moon))
        and not q.people
        and len(q.flights) == 1
        and q.rank_of != "person"
        and not q.compare
        and not q.asks & {"together", "walk"}
    ):
        # "was STS-1 the longest Shuttle flight?": the ranking found without the flight
        # named, then whether it is that one (never a yes for merely being a Shuttle flight)
        try:
            # (the orbiter said is of the flight named, not of the ranking: "the last shuttle
            # flight was STS-135 on Discovery?")
            ranked = q.copy(flights=[], spacecraft=[], agg="one", claim=False)
            if q.site_words and (held := flights_query(facts, ranked.copy(places=[]))).flights[
                :1
            ] == [f.id]:
                # "the final shuttle mission STS-135 landed at Edwards — true?": the flight is
                # the last; where it came down is the claim (Kennedy), not the last to land
                # at Edwards
                r = flight_part(facts, q.copy(rank="", places=[], agg="one", claim=False), f,
                                Part({"where"}, set(events) or {"land"}, set()))  # fmt: skip
                fits = _at_places(f, q.site_words, events or {"land"})
                return Reply(f"{'Yes' if fits else 'No'}: {r.text}", r.details, r.sources,
                             flights=[f.id])  # fmt: skip
            held = flights_query(facts, ranked)
        except Unanswerable as e:
            raise Unanswerable(f"I can't check that ranking: {e.text}") from None
        if q.stations and held.flights and not facts.flights[held.flights[0]].reached_station:
            held = _first_to_reach(facts, ranked, facts.flights[held.flights[0]]) or held
        yes = held.flights[:1] == [f.id]
        # (an orbiter said wrongly is answered before this, at the top of _execute)
        return Reply(f"{'Yes' if yes else 'No'}: {held.text}", held.details, held.sources,
                     flights=[f.id, *held.flights[:1]])  # fmt: skip
    if (
        q.agg == "yesno"
        and q.compare in ("longer", "shorter")
        and len(q.flights) == 1
        and not (q.people or q.claims or q.dates or q.rank)
    ):
        # "Axiom-1 ended up longer than planned, right?": no plan is in the records, and
        # nothing else is named to compare with; its length is what they can say
        # (said as what the records hold, beside "I can't check that claim as a whole")
        return flight_part(facts, q.copy(agg="one", claim=False, compare=""), f, Part({"duration"}))
    if q.agg == "yesno" and q.modules and "payload" in asks and q.modules[0] in facts.modules:
        # "STS-88 carried Zarya up to start the ISS, right?": the module's own flight decides
        m = facts.modules[q.modules[0]]
        if m.delivered_by == f.id:
            return Reply(f"Yes: {f.name} carried {m.name} up.", [], ph.sources_of(m.source, f.source),
                         flights=[f.id])  # fmt: skip
        by = facts.flights.get(m.delivered_by) if m.delivered_by else None
        how = (f"on {ph.flight_label(by)}" if by else f"on its own {m.launch_vehicle} rocket"
               if m.launch_vehicle else "separately")  # fmt: skip
        when = f", {ph.day(m.launch.dt)}" if m.launch else ""
        cargo = payload_reply(facts, f)
        return Reply(f"No: {m.name} went up {how}{when}. {cargo.text}", [],
                     ph.sources_of(m.source, f.source), flights=[f.id])  # fmt: skip
    if q.agg == "yesno" and (
        q.dates
        or q.stations
        or q.programs
        or q.outcome
        or events & {"arrive", "dock"}
        or q.places
        or ("callsign" in asks and q.people)  # "Cooper's capsule was called Faith 7, right?"
    ):
        ok = True
        try:
            _check_flight_constraints(facts, q, f, part)
        except Unanswerable:
            ok = False
        aboard = {s.person for s in facts.seats_by_flight.get(f.id, [])}
        if any(p not in aboard for p in q.people):
            # "Carpenter's Mercury capsule was called Faith 7, right?": Faith 7 is Cooper's
            # flight; a flight that fits is no yes for someone who was not on it
            ok = False
        if (q.stations or events & {"arrive", "dock"}) and not f.reached_station:
            ok = False
        if q.stations and not set(visited(facts, f)) & set(q.stations):
            ok = False
        named_places = [w for w in q.places if w not in _GENERIC_PLACE]
        if named_places:  # "did Crew-10 splash down in the Pacific?": the first place named
            site = f.launch_site if _event(events) == "launch" else f.landing_site
            ok = ok and named_places[0] in fold(site or "")
        if any(not outcome_is(f, o) for o in (q.outcomes or {q.outcome} - {""})):
            ok = False  # "was the crew killed in the launch failure?": every part must hold
        toks_ = set(q.tokens)
        low_ = " ".join(q.tokens)
        if (events & {"arrive", "dock"} or q.stations) and (
            {"failed", "fail", "unable", "couldnt", "didnt"} & toks_
            or "could not" in low_
            or "did not" in low_
            or "never" in toks_
        ):
            # "Soyuz 33 failed to dock with Salyut 6, right?": the failure is what is claimed
            ok = not f.reached_station and (not q.stations or f.station in q.stations)
        if len(q.stations) > 1 and not set(q.stations) <= set(visited(facts, f)) and ok:
            raise Unanswerable(f"My records give one station per flight: {f.name} docked with "
                               f"{facts.stations[f.station].name}; they can't confirm the other.")  # fmt: skip
        event = _event(events)
        lost = loss_of(facts, f)
        base = (event_reply(facts, q, lost) if lost and q.outcome in LOST_WITH_CREW
                else landing_reply(facts, f) if event == "land" and f.landing
                else launch_reply(facts, f) if event == "launch" or q.dates
                else docking_reply(facts, f) if (q.stations or events & {"arrive", "dock"}) and f.docking and f.reached_station
                else crew_reply(facts, f))  # fmt: skip
        moves = sorted(
            (d for d in facts.dockings.values() if d.flight == f.id), key=lambda d: d.docked.dt
        )
        if moves and (q.stations or events & {"arrive", "dock"}):
            # "did Soyuz T-15 also go to Salyut 7?": each of its dockings, not only the first
            base = Reply(f"{f.name} docked with " + ph.join([f"{facts.stations[d.station].name} on "
                                                             f"{ph.utc(d.docked)}" for d in moves]) + ".",
                         [], ph.sources_of(f.source, moves[0].source), flights=[f.id])  # fmt: skip
        base.details = [d for d in base.details if d != outcome_sentence(f)]
        line = outcome_sentence(f)
        if not ok and not line and (q.stations or events & {"arrive", "dock"}) and not moves:
            # "did Inspiration4 dock with the ISS?": say what it did instead
            line = (f"{f.name} was bound for {facts.stations[f.station].name} but did not dock."
                    if f.station and not f.reached_station
                    else f"{f.name} did not dock with any station: it flew free."
                    if not f.station else line)  # fmt: skip
        base.text = ("Yes. " if ok else "No. ") + (line + " " if line else "") + base.text
        if (
            not ok
            and q.rank == "first"
            and events & {"arrive", "aboard"}
            and (q.stations or q.any_station)
        ):
            # "the Soyuz 10 crew were the first people to board a space station, right?": no —
            # and whose crew were
            first = next((x for x in facts.flights_by_launch if x.reached_station and x.id != f.id
                          and (not q.stations or x.station in q.stations)), None)  # fmt: skip
            if first is not None and (first.launch.dt < f.launch.dt or not f.reached_station):
                crew = names(facts, [s.person for s in launch_crew(facts, first)])
                base.text += (f" The first crew aboard {facts.stations[first.station].name} came on "
                              f"{ph.flight_label(first)}: {crew}, launched {ph.day(first.launch.dt)}.")  # fmt: skip
        elif (
            not ok
            and f.station
            and not f.reached_station
            and f.launch
            and events & {"arrive", "aboard", "dock"}
            and (g := _next_crew_aboard(facts, f)) is not None
        ):
            # "Soyuz 10's crew went aboard Salyut 1, right?": no, and who next did (Soyuz 11)
            crew = names(facts, [s.person for s in launch_crew(facts, g)])
            base.text += (f" The next crew to get aboard {facts.stations[f.station].name} came on "
                          f"{ph.flight_label(g)}: {crew}, launched {ph.day(g.launch.dt)}.")  # fmt: skip
        return base
    lost = loss_of(facts, f)
    if "howmany" in asks:  # "… and how many were aboard?"
        r = crew_reply(facts, f, down="land" in events and "launch" not in events,
                       up="launch" in events, count=True)  # fmt: skip
        return _with_date_asked(r, f, asks, events)  # ("how many aboard, launch date?")
    if "story" in asks and q.outcome and asks & {"when", "time"} and lost:
        return event_reply(facts, q, lost)  # "what date did it break up?": the day it was lost
    own = flight_events(facts, f) if "story" in asks else []
    dated_event = lost or len(own) == 1
    if (
        "story" in asks
        and asks & {"when", "time"}
        and not events & {"launch", "land"}
        and dated_event
    ):
        # "what date did it break up?", "when was the accident on STS-107?": the day of the
        # loss or of the flight's one recorded event, never its launch
        return event_reply(facts, q, lost or own[0])
    if (
        "story" in asks
        and asks & {"who", "with"}
        and len(own) == 1
        and own[0].flight != f.id
        and own[0].flight not in q.flights  # (both named: "name all four astronauts")
    ):
        # "which crew came up to rendezvous with them?": the other vehicle's crew
        other = facts.flights.get(own[0].flight)
        if other is not None:
            r = crew_reply(facts, other)
            r.details = [own[0].summary, *r.details]
            return r
    if "story" in asks and q.outcome == "crew_loss" and asks & {"when", "time"} and f.landing:
        # "what day did Komarov die on Soyuz 1?": the crew died at the landing itself
        r = landing_reply(facts, f)
        r.details = [story(f.notes)] if f.notes else r.details
        return r
    if (
        "story" in asks
        and {"why", "happened", "happen", "caused", "wrong"} & set(q.tokens)
        and f.notes
    ):
        # "why did Soyuz MS-22 stay up so long?": the story is the answer; the rest is detail
        r = crew_reply(facts, f)
        held = [s.person for s in facts.seats_by_flight.get(f.id, []) if s.role in roles]
        lead = (
            f"{names(facts, held)} {_SEAT_VERB.get(sorted(roles)[0], 'flew as ' + sorted(roles)[0] + ' of')} "
            f"{ph.flight_label(f)}. "
            if held
            else ""
        )  # ("who commanded it, and why …?")
        # (the sentences of the notes that say the question's words first, bar the
        # flight's own name: "why did Crew-11 come back early?" is the early return)
        named = set(re.findall(r"[a-z0-9]+", f"{f.name} {f.spacecraft or ''} {f.program}".lower()))
        about = [t for t in q.tokens if t not in named]
        if {"wrong", "happened", "happen"} & set(q.tokens):
            # "what went wrong with their Soyuz?": the notes' sentence on the mishap first,
            # not the ship's name or its programme
            about += sorted(FAILURE_WORDS)
        return Reply(lead + story(f.notes, about=about), [r.text, *r.details], r.sources,
                     flights=[f.id])  # fmt: skip
    if "story" in asks and not asks & {"when", "time", "where", "duration"}:
        r = crew_reply(facts, f)
        r.details = [story(f.notes)] if f.notes else r.details
        return r
    if len(roles) > 1:
        # "who were the commander and pilot of STS-1?": each seat asked
        return join_replies([flight_part(facts, q, f, Part(set(asks), set(events), {r},
                                                           part.seat if r == "pilot" else ""))
                             for r in sorted(roles)])  # fmt: skip
    if roles:
        role = sorted(roles)[0]
        seats = [s for s in facts.seats_by_flight.get(f.id, []) if s.role == role]
        if only is not None:
            fit = [s for s in seats if s.person in only]
            if (
                not fit
                and seats
                and only
                and q.expected
                and len(only) == q.expected
                and "who" in asks
                and len(q.parts) == 1
                and not q.excluded
            ):
                # "Axiom-1: who was the commander and the three paying crew?": the seat is the
                # flight's, and the three described are asked beside it (the count says so)
                held = [s.person for s in seats]
                said = list(dict.fromkeys(s.person for s in facts.seats_by_flight.get(f.id, [])
                                          if s.person in only))  # fmt: skip
                return Reply(f"{names(facts, held)} {_SEAT_VERB.get(role, f'flew as {role} of')} "
                             f"{ph.flight_label(f)}, with {names(facts, said)}.", [],
                             ph.sources_of(f.source), people=[*held, *said], flights=[f.id])  # fmt: skip
            # "Axiom-2: who was the first Saudi woman in space, who commanded…?": when no
            # holder fits, the description was another clause's, and the seat is the flight's
            described_elsewhere = any(
                p is not part and not p.roles and "who" in p.asks for p in q.parts
            )
            seats = fit if fit or not described_elsewhere else seats
        seat = part.seat or q.seat
        if seat and role in seat:
            # "command module pilot": the seat is written in the crew notes ("Seat: …"),
            # and it is the pilot's part only ("who commanded it, who was the LM pilot?")
            seats = [s for s in seats if f"seat: {seat}" in (s.notes or "").lower()]
            role = seat
        if not seats:
            raise Unanswerable(f"I have no {role} recorded for {f.name}.")
        rest = asks - {"who", "crew", "with", "flight"}  # "who commanded her mission?"
        if rest or events & {"land", "launch"}:
            # "how long was the commander up?": a question about that person
            holder = seats[0].person
            q2 = q.copy(people=[holder], flights=[f.id])
            r = person_part(facts, q2, holder, Part(set(asks) - {"who"}, set(events), set()))
            if "who" in asks and role in _SEAT_VERB:
                # "who commanded, and launch date?": whose seat it was, said, then the rest
                r.text = (
                    f"{facts.people[holder].name} {_SEAT_VERB[role]} {ph.flight_label(f)}. {r.text}"
                )
            return r
        verb = _SEAT_VERB.get(role, f"flew as {role} of")
        who = [s.person for s in seats]
        r = Reply(f"{names(facts, who)} {verb} {ph.flight_label(f)}.", [], ph.sources_of(f.source),
                  {"flight": f.id, "role": role}, people=who, flights=[f.id], title=f.name)  # fmt: skip
        return r
    if (
        "station" in asks
        and asks & {"who", "crew"}
        and not roles
        and not q.people
        and not q.has_filters()
    ):
        # "Shenzhou 11: the two crew and the station they visited?": both asked
        return join_replies([flight_part(facts, q, f, Part(asks - {"station"}, set(events), set())),
                             flight_part(facts, q, f, Part({"station"}, set(), set()))])  # fmt: skip
    if "station" in asks:
        if not f.station:
            return Reply(
                f"{f.name} visited no space station.", [], ph.sources_of(f.source), flights=[f.id]
            )
        moves = [d for d in facts.dockings.values() if d.flight == f.id]
        if moves:
            # "which stations did Soyuz T-15 visit?": each docking, in order
            legs = [f"{facts.stations[d.station].name} on {ph.utc(d.docked)}"
                    for d in sorted(moves, key=lambda d: d.docked.dt)]  # fmt: skip
            return Reply(f"{f.name} docked with {ph.join(legs)}.", [],
                         ph.sources_of(f.source, moves[0].source), flights=[f.id], title=f.name)  # fmt: skip
        st = facts.stations[f.station].name
        verb = "docked with" if f.reached_station else "was bound for, but did not reach,"
        return Reply(f"{f.name} {verb} {st}" + (f" on {ph.utc(f.docking)}." if f.docking else "."),
                     [], ph.sources_of(f.source), flights=[f.id], title=f.name)  # fmt: skip
    if (
        "payload" in asks
        and (_PEOPLE_NOUNS & set(q.tokens) or "who" in asks)
        and not q.people
        and "story" not in asks  # ("who flew up to bring Salyut 7 back to life?": the crew)
    ):
        # "which two cosmonauts did STS-71 deliver to Mir?": the people it took up who
        # stayed behind (came home on another craft)
        up = [s.person for s in launch_crew(facts, f)]
        stayed = [p for p in up if any(t.up_flight == f.id and t.down_flight != f.id
                                       for t in facts.trips_by_person.get(p, []))]  # fmt: skip
        kind = q.copy(people=[], flights=[], programs=set(), dates=[], stations=[])
        fit = [p for p in stayed if person_ok(facts, kind, p)] or stayed
        if fit:
            where = facts.stations[f.station].name if f.station in facts.stations else "orbit"
            return Reply(f"{f.name} delivered {names(facts, fit)} to {where} to stay (home on "
                         "another craft).", [], ph.sources_of(f.source), people=fit,
                         flights=[f.id])  # fmt: skip
    if "payload" in asks:
        return payload_reply(facts, f)
    if "callsign" in asks and not asks & {"when", "where", "time", "duration", "who"}:
        if _named_craft(f):
            # "what was Cooper's capsule called?": Faith 7, the name it flew under (a serial
            # number such as CSM-107 is no name)
            return vehicle_reply(facts, f, ship=False)
        # (Apollo 7 and 8 had no call sign of their own, only a serial number)
        serial = f", only its serial number {f.spacecraft}" if f.spacecraft else ""
        raise Unanswerable(f"I have no name for {f.name}'s spacecraft in my records{serial}.")
    # ("splashdown date and recovery ship?": the landing, which names its ship)
    if asks & {"vehicle", "ship"} and not asks & {"where", "when", "time"}:
        return vehicle_reply(facts, f, ship="ship" in asks)
    if "docking" in asks and not ({"who", "duration"} & asks):
        return docking_reply(facts, f)
    if asks & {"when", "time"} and events == {"arrive"} and f.docking and f.reached_station:
        return docking_reply(facts, f)  # "when did the new crew arrive?": at the station
    if (
        "duration" in asks
        and (events & {"arrive", "dock"} or "docking" in asks)
        and f.docking
        and f.launch
    ):
        # "how long did Soyuz TMA-08M take to reach the ISS?": launch to docking
        secs = (f.docking.dt - f.launch.dt).total_seconds()
        st = facts.stations[f.station].name if f.station in facts.stations else "the station"
        about = f" (about {round(secs / 3600)} hours)" if 3600 <= secs < 2 * 86400 else ""
        return Reply(f"{f.name} reached {st} {ph.duration(secs)}{about} after launch: launched "
                     f"{ph.utc(f.launch)}, docked {ph.utc(f.docking)}.", [],
                     ph.sources_of(f.source), flights=[f.id])  # fmt: skip
    if ("leave" in events or "arrive" in events) and ("who" in asks or "aboard" in events):
        return aboard_around(facts, f, leaving="leave" in events)
    if "duration" in asks:
        return duration_reply(facts, f, crew_first=_of_the_crew(q))
    people_counted = (
        q.agg == "count" and bool(_PEOPLE_NOUNS & set(q.tokens)) and not asks - {"who", "flight"}
    )
    if "who" in asks or (q.agg == "count" and not asks - {"who"}) or people_counted:
        # ("how many astronauts were on Columbia's final flight, STS-107?": its crew counted)
        r = crew_reply(facts, f, down="land" in events and "launch" not in events,
                       up="launch" in events, count=q.agg == "count", only=only)  # fmt: skip
        if q.excluded and only and not _person_tests(q) and q.agg != "count":
            # "besides Schirra and Eisele, who was on Apollo 7?": the others, said as such
            aboard = {s.person for s in facts.seats_by_flight.get(f.id, [])}
            named = names(facts, [x for x in q.excluded if x in aboard])
            r.text = f"Besides {named}, {f.name} carried {names(facts, sorted(only))}."
        if only and (q.nat_not or q.nat_label) and q.agg != "count" and len(only) <= 3:
            # "who was the non-American on Artemis II?": the country that answers it
            r.text += " " + " ".join(
                f"{facts.people[x].name} is {ph.demonyms(facts.people[x].nationality)}."
                for x in sorted(only)
            )
        return _with_date_asked(r, f, asks, events)
    if "land" in events:
        r = landing_reply(facts, f)
        own_name = set(fold(f.name).replace("-", " ").split())  # ("Crew Flight Test", "Crew-9")
        own_name = own_name if own_name <= set(q.tokens) else set()  # (only when said)
        # (the crew asked about, on a flight that came home empty: only then are trips read)
        up = launch_crew(facts, f) if _CREW_WORDS & (set(q.tokens) - own_name) and not landing_crew(facts, f) else []  # fmt: skip
        home_elsewhere = [x for x in up if not any(
            t.up_flight == f.id and t.down_flight == f.id for t in facts.trips_by_person.get(x.person, []))]  # fmt: skip
        if home_elsewhere and len(home_elsewhere) == len(up):
            # "when did the Shenzhou 20 astronauts get back?": their return on another
            # vehicle, before the empty capsule's own landing
            trip = next(
                t for t in facts.trips_by_person[home_elsewhere[0].person] if t.up_flight == f.id
            )
            home = person_return(facts, [x.person for x in home_elsewhere], trip)
            back = (
                facts.flights[trip.down_flight].landing
                if trip.down_flight in facts.flights
                else None
            )
            when = "earlier" if f.landing and back and f.landing.dt < back.dt else "later"
            # ("where did Starliner land?": the empty craft's own landing too, when a place is
            # asked; "when did the astronauts get back?" is theirs alone)
            where = (f", {ph.day(f.landing.dt)}" + (f", at {f.landing_site}" if f.landing_site else "")
                     if f.landing and "where" in asks else "")  # fmt: skip
            home.details = [
                f"{f.name} itself came back {when}, without a crew{where}.",
                *home.details,
            ]
            return home
        if q.outcome in LOST_WITH_CREW and f.outcome in LOST_WITH_CREW and f.notes:
            r.details.insert(0, story(f.notes))
        return r
    if "launch" in events or "where" in asks:
        return launch_reply(facts, f)
    if q.outcome and asks & {"when", "time"}:
        r = landing_reply(facts, f) if f.outcome != "launch_abort" else launch_reply(facts, f)
        if f.notes:
            r.details.insert(0, story(f.notes))
        return r
    if asks & {"when", "time"} and "leave" in events and f.undocking:
        # "when did the last Shuttle undock from the ISS?": its undocking, said with its docking
        r = docking_reply(facts, f)
        r.text = f"{f.name} undocked from the station on {ph.utc(f.undocking)}. " + r.text
        return r
    if asks & {"when", "time"}:
        r = launch_reply(facts, f)
        if f.landing:
            if {"dates", "dated"} & set(q.tokens):  # "the flight dates of Soyuz 38": both ends
                r.text += " " + ph.landing_sentence(facts, f)
            else:
                r.details.insert(0, ph.landing_sentence(facts, f))
        return r
    if asks - {"flight", "number"} or events - {"fly", "aboard"}:
        raise Unanswerable(f"I know {f.name}, but I can't answer that about it from my records.")
    r = crew_reply(facts, f, only=only)
    if f.launch:
        r.details.append(f"Launch: {ph.when(f.launch, f.launch_tz)}.")
    if f.landing:
        r.details.append(f"Landing: {ph.when(f.landing, f.landing_tz)}.")
    return r


def _next_crew_aboard(facts: Facts, f: Flight) -> Flight | None:
    """The first crewed flight after `f` (launched) that got aboard `f`'s station."""
    return next((g for g in facts.flights_by_launch if g.station == f.station and g.reached_station
                 and g.launch and g.launch.dt > f.launch.dt and launch_crew(facts, g)), None)  # fmt: skip


def aboard_around(facts: Facts, f: Flight, leaving: bool) -> Reply:
    if not f.station:
        raise Unanswerable(f"{f.name} visited no station.")
    if not f.reached_station and f.launch:
        # "Soyuz 25 docked fine, right? who were the first to actually get aboard?": it
        # never got aboard; the first crew that did after it
        st = facts.stations[f.station].name
        why = outcome_sentence(f) or f"{f.name} did not get aboard {st}."
        g = _next_crew_aboard(facts, f)
        if g is None:
            return Reply(why, [], ph.sources_of(f.source), flights=[f.id])
        crew = [s.person for s in launch_crew(facts, g)]
        when = g.docking or g.launch
        return Reply(f"{why} The first crew aboard {st} after it came on {g.name}: "
                     f"{names(facts, crew)}, {ph.day(when.dt)}.", [],
                     ph.sources_of(f.source, g.source), people=crew, flights=[g.id])  # fmt: skip
    moment_i = (f.undocking or f.landing) if leaving else (f.docking or f.launch)
    if moment_i is None:
        raise Unanswerable(f"I have no {'undocking' if leaving else 'docking'} time for {f.name}.")
    moment = moment_i.dt + (timedelta(minutes=1) if leaving else timedelta(minutes=-1))
    own = {s.person for s in facts.seats_by_flight.get(f.id, [])}
    stays = [s for s in aboard_at(facts, f.station, moment, moment) if s.person not in own]
    st = facts.stations[f.station].name
    who = [s.person for s in stays]
    if not who:
        text = f"Nobody else was aboard {st} {'after' if leaving else 'when'} {f.name} {'left' if leaving else 'arrived'}."
    elif leaving:
        text = f"After {f.name} left on {ph.utc(moment_i)}, {names(facts, who)} stayed aboard {st}."
    else:
        text = f"When {f.name} arrived on {ph.utc(moment_i)}, {names(facts, who)} were aboard {st}."
        came = [s.person for s in launch_crew(facts, f)]
        if came:  # "how many were aboard once they got there?": both crews
            text += f" With its crew of {len(came)}, that made {len(who) + len(came)} aboard."
    return Reply(text, [], ph.sources_of(f.source), {"flight": f.id, "aboard": who},
                 people=who, flights=[f.id], title=st)  # fmt: skip


def compare_flights(facts: Facts, q: Query) -> Reply:
    fs = [facts.flights[i] for i in q.flights[:2]]
    events = q.events
    if q.agg == "yesno" and q.people and q.compare in ("earlier", "later"):
        # "buzz aldrin flew gemini 10 before apollo 11, yeah?": each flight said of him is
        # part of the claim (he flew Gemini 12), not only which launched first
        for pid in q.people:
            aboard = {s.flight for s in facts.seats_by_person.get(pid, [])}
            amiss = [f for f in fs if f.id not in aboard]
            if amiss:
                theirs = facts.trips_by_person.get(pid, [])
                p = facts.people[pid]
                return Reply(f"No: {p.name} did not fly on {ph.join([f.name for f in amiss])}; "
                             f"{p.name}'s flights: {trips_said(facts, theirs)}.", [],
                             ph.sources_of(p.source), people=[pid],
                             flights=[t.up_flight for t in theirs])  # fmt: skip
    if q.compare == "bigger_crew":
        sizes = [len(launch_crew(facts, f)) for f in fs]
        if sizes[0] == sizes[1]:
            return Reply(f"Neither: both launched with {sizes[0]} people.", [],
                         ph.sources_of(*(f.source for f in fs)), flights=[f.id for f in fs])  # fmt: skip
        best = 0 if sizes[0] > sizes[1] else 1
        lines = [
            f"{f.name}: {names(facts, [x.person for x in launch_crew(facts, f)])}." for f in fs
        ]
        return Reply(f"{fs[best].name} had the bigger crew: {sizes[best]} people, against "
                     f"{sizes[1 - best]} on {fs[1 - best].name}.", lines,
                     ph.sources_of(*(f.source for f in fs)),
                     flights=[fs[best].id, fs[1 - best].id])  # fmt: skip
    if q.compare in ("longer", "shorter") or "duration" in q.asks:
        ends = [flight_end(facts, f) for f in fs]
        durs = [
            (end - f.launch.dt).total_seconds() if f.launch and end else None
            for f, end in zip(fs, ends, strict=True)
        ]
        # ("soyuz 26 (grechko and romanenko) or skylab 4?": a crew named beside its flight)
        named_crew = bool(q.people) and all(
            any(x.person == pid for f in fs for x in launch_crew(facts, f)) for pid in q.people
        )
        if _of_the_crew(q) or named_crew:  # "Skylab 4 or the Soyuz 26 crew's stay?"
            for i, f in enumerate(fs):
                stay = crew_stay(facts, f)
                if stay:
                    durs[i] = (stay[1].end - stay[1].start).total_seconds()
        if None in durs:
            raise Unanswerable("One of those flights has no landing in my records.")
        pick = max if q.compare != "shorter" else min
        best = pick(range(2), key=lambda i: durs[i])
        lines = [f"{f.name}: {ph.duration(d)}." for f, d in zip(fs, durs, strict=True)]
        word = "longer" if q.compare != "shorter" else "shorter"
        order = [fs[best].id] + [f.id for f in fs if f.id != fs[best].id]  # "the longer one"
        other = 1 - best
        gap = abs(durs[best] - durs[other])

        def said(secs: float) -> str:  # short flights are counted in hours ("26 hours")
            return ph.about_days(secs) + (f"; {hours(secs)}" if secs < 4 * 86400 else "")

        def who(f: Flight) -> str:  # "Yang Liwei on Shenzhou 5 vs Gagarin": the ones named
            aboard = [
                x
                for x in q.people
                if any(s.person == x for s in facts.seats_by_flight.get(f.id, []))
            ]
            if not aboard and not q.people:  # "Vostok 5 or Vostok 6?": who flew each, when few
                crew = [s.person for s in launch_crew(facts, f)]
                aboard = crew if len(crew) <= 3 else []
            return f" ({names(facts, aboard)})" if aboard else ""

        return Reply(f"{fs[best].name}{who(fs[best])} was {word}: {ph.duration(durs[best])} ({said(durs[best])}), "
                     f"against {ph.duration(durs[other])} ({said(durs[other])}) for {fs[other].name}{who(fs[other])}; "
                     f"{ph.duration(gap)} ({ph.about_days(gap)}) {word}.", lines,
                     ph.sources_of(*(f.source for f in fs)), flights=order)  # fmt: skip
    event = "land" if "land" in events else "launch"
    moments = [(f.landing if event == "land" else f.launch) for f in fs]
    if None in moments:
        raise Unanswerable("One of those flights has no such time in my records.")
    later = q.compare == "later"
    best = (
        max(range(2), key=lambda i: moments[i].dt)
        if later
        else min(range(2), key=lambda i: moments[i].dt)
    )
    verb = "landed" if event == "land" else "launched"
    lines = [f"{f.name} {verb} on {ph.utc(m)}." for f, m in zip(fs, moments, strict=True)]
    order = [fs[best].id] + [
        f.id for f in fs if f.id != fs[best].id
    ]  # "when was that?": the winner
    crew = [
        s.person
        for s in (
            landing_crew(facts, fs[best]) if event == "land" else launch_crew(facts, fs[best])
        )
    ]
    who = f" ({names(facts, crew)})" if 0 < len(crew) <= 3 else ""  # "Vostok 6 (Tereshkova)"
    return Reply(f"{fs[best].name}{who} {verb} {'later' if later else 'first'}.", lines,
                 ph.sources_of(*(f.source for f in fs)), flights=order, people=crew)  # fmt: skip


# ------------------------------------------------------------------ named people


def _each_yes_no(facts: Facts, q: Query, pids: list[str]) -> Reply:
    """A yes or no asked of several people at once, each answered on their own: yes when
    it holds for every one of them, and each one's answer as the detail."""
    replies = []
    for pid in pids:
        try:
            replies.append(_execute(facts, q.copy(people=[pid], agg="yesno")))
        except Unanswerable as e:
            replies.append(Reply(f"No: {e}", [], [], people=[pid]))
    yes = [r.text.startswith("Yes") for r in replies]
    if not all(r.text.startswith(("Yes", "No")) for r in replies):
        return join_replies(replies)
    head = ("Yes, both." if len(pids) == 2 else "Yes, all of them.") if all(yes) else (
        "No, neither." if len(pids) == 2 and not any(yes) else "No." if not any(yes)
        else f"No, not {'both' if len(pids) == 2 else 'all'}.")  # fmt: skip
    for r in replies:  # "Yes, both: Armstrong flew…; Aldrin flew…"
        r.text = re.sub(r"^(?:Yes|No)[:.,]\s*", "", r.text)
    body = join_replies(replies)
    return Reply(f"{head} {body.text}", body.details, body.sources, people=list(pids),
                 flights=body.flights)  # fmt: skip


def person_query(facts: Facts, q: Query) -> Reply:
    pids = q.people
    if (
        len(pids) >= 2
        and len(q.flights) == 1
        and q.asks == {"who"}
        and not (q.events or q.roles or q.rank or q.has_filters())
        and q.agg in ("one", "list")
        and {"crew", "crews", "crewmembers"} & set(q.tokens)
    ):
        # "who were the crew?" in a thread about Soyuz MS-22: that flight's crew, not a
        # profile of the first of them
        f = facts.flights[q.flights[0]]
        return crew_reply(facts, f)
    if len(pids) >= 2 and "together" in q.asks:
        if q.tokens[:1] == ["which"] and q.agg != "yesno" and (q.programs or "flight" in q.asks):
            # "which Gemini met up with them?": another flight in space with theirs, not
            # whether they flew together
            shared = _shared_trips(facts, pids[:2])
            if len(shared) > 1:  # the thread's flight, else theirs of the program asked
                shared = [t for t in shared if t.up_flight in q.flights] or [
                    t for t in shared if program_ok(facts.flights[t.up_flight], q.programs)
                ]
            if len(shared) == 1:
                return in_orbit_with(facts, q, facts.flights[shared[0].up_flight])
            raise Unanswerable("Which of their flights do you mean?")
        leg = ({"land", "launch"} & q.events) if len(q.events & {"land", "launch"}) == 1 else set()
        if leg and q.agg == "yesno" and not q.flights:
            return _same_leg(facts, pids[0], pids[1], leg.pop())
        return together(facts, pids[0], pids[1])
    if (
        len(pids) >= 2
        and q.rank in ("first", "last")
        and q.events & {"land", "launch"}
        and not q.asks - {"who"}
        and q.agg == "one"
    ):
        return _who_first_of(facts, q, pids)
    if len(pids) >= 2 and {"total", "duration"} <= q.asks and q.agg != "count":
        if not q.flights:
            # "how much time did Kizim, Solovyov and Atkov spend in space in total?": each
            # one's own, not only the first named
            return join_replies([
                total_time(facts, pid, facts.trips_by_person.get(pid, []), "") for pid in pids
            ])  # fmt: skip
        # "how many days were they up there in total?" of a crew of the thread's flight:
        # the stay they shared, all of it (up on one ship, down on another)
        q = q.copy(parts=[Part(p.asks - {"total"} | {"duration"}, set(p.events), set(p.roles))
                          for p in q.parts])  # fmt: skip
    asked_yes_no = q.agg == "yesno" or (
        q.tokens[:1] in (["did"], ["have"], ["has"], ["had"], ["were"]) and q.agg == "one"
    )  # "did they both fly Gemini missions? which ones?": a yes or no, then its detail
    if (
        len(pids) >= 2
        and asked_yes_no
        and {"both", "each"} & set(q.tokens)
        and "same" not in q.tokens
        and not q.flights
        and not q.asks & {"with", "together"}
    ):
        # "did Armstrong and Aldrin both fly Gemini missions?", "Ross and Chang-Díaz both flew
        # seven times?": each one asked apart (Gemini 8 and Gemini 12), not a flight they shared
        return _each_yes_no(facts, q, pids)
    if len(pids) >= 2 and q.rank in ("youngest", "oldest") and q.agg == "one" and not q.flights:
        # "who walked on the Moon?" … "who was the youngest of them?": by birth date
        born = [(p, facts.people[p].birth_date) for p in pids if facts.people[p].birth_date]
        if len(born) < len(pids):
            raise Unanswerable(
                f"I don't have every birth date of those {len(pids)}, so I can't say."
            )
        pick, b = (max if q.rank == "youngest" else min)(born, key=lambda x: x[1])
        return Reply(f"Of those {len(pids)}, the {q.rank} is {facts.people[pick].name}, born "
                     f"{b.day} {b.strftime('%B %Y')}.", [], ph.sources_of(facts.people[pick].source),
                     people=[pick], listed=list(pids))  # fmt: skip
    if len(pids) >= 2:
        # "when did suni and butch get home": the trip they shared
        shared = _shared_trips(facts, pids)
        if q.agg == "yesno" and q.dates and not q.flights and q.asks & {"with", "together"}:
            # "did Collins fly with Armstrong before Apollo 11?": the flights they shared, in
            # the time asked
            inside = [t for t in shared if all(_date_ok(w, t.start, t.end or t.start, "any")
                                               for w in q.dates)]  # fmt: skip
            label = _filter_label(facts, q)
            both = "; ".join(
                f"{trip_label(facts, t)}, {ph.day(t.start)}" for t in (inside or shared)
            )
            if inside:
                text = f"Yes: {names(facts, pids)} flew together {label}: {both}."
            else:
                text = (f"No: {names(facts, pids)} did not fly together {label}"
                        + (f"; they flew together on {both}." if shared else ", as far as my records show.")
                        + " " + _flights_of_each(facts, pids))  # fmt: skip
            return Reply(" ".join(text.split()), [],
                         ph.sources_of(*(facts.people[p].source for p in pids)),
                         people=list(pids), flights=[t.up_flight for t in (inside or shared)])  # fmt: skip
        if not shared and q.agg == "yesno" and len(pids) == 2 and not q.flights:
            # "did Gerst and Cristoforetti ever launch on the same Soyuz?": no, and on what
            # each did fly; "did Peake launch with Scott Kelly?": no, with whom he did, and
            # their time aboard a station together
            met = _aboard_together(facts, *pids)
            ups = facts.trips_by_person.get(pids[0], [])
            who_with = (
                _launched_with(facts, pids[0], ups) if len(ups) <= 2 and "with" in q.tokens else ""
            )
            return Reply(f"No: {names(facts, pids)} never flew together, as far as my records "
                         f"show. {who_with or _flights_of_each(facts, pids)}"
                         + (f" {met}" if met else ""), [],
                         ph.sources_of(*(facts.people[p].source for p in pids)), people=list(pids))  # fmt: skip
        if not shared:
            raise Unanswerable(
                f"{names(facts, pids)} never flew together, as far as my records show."
            )
        q2 = q.copy(people=[pids[0]])
        r = join_replies(
            [person_part(facts, q2, pids[0], p, group=pids, pool=shared) for p in q.parts]
        )
        return r
    return join_replies([person_part(facts, q, pids[0], p) for p in q.parts])


def _who_first_of(facts: Facts, q: Query, pids: list[str]) -> Reply:
    """ "Which of them came back first?" of a crew: each one's landing (or launch) on the
    trip the thread is about, in order; the first (or last) named, with the others' dates."""
    land = "land" in q.events
    moments: list[tuple[datetime, str, str]] = []
    for pid in pids:
        trips = facts.trips_by_person.get(pid, [])
        t = next((t for t in trips if set(q.flights) & {t.up_flight, t.down_flight}), None)
        if t is None and len(trips) == 1:
            t = trips[0]
        if t is None:
            # (no flight in play: the trip that overlaps one of the others' — Bykovsky's
            # Vostok 5, up with Tereshkova)
            others = [u for o in pids if o != pid for u in facts.trips_by_person.get(o, [])]
            t = next((t for t in trips if any(
                u.start <= (t.end or u.start) and t.start <= (u.end or t.start) for u in others)), None)  # fmt: skip
        at = (t.end if land else t.start) if t else None
        leg = (t.down_flight if land else t.up_flight) if t else None
        if at is None or leg is None:
            raise Unanswerable(f"I have no {'landing' if land else 'launch'} of "
                               f"{facts.people[pid].name} there in my records.")  # fmt: skip
        moments.append((at, pid, leg))
    moments.sort()
    pick = moments[0][0] if q.rank == "first" else moments[-1][0]
    won = [m for m in moments if abs((m[0] - pick).total_seconds()) < 3600]
    rest = [m for m in moments if m not in won]
    verb = "came back" if land else "went up"
    lead = (f"{names(facts, [m[1] for m in won])} {verb} {q.rank}: {ph.day(won[0][0])}, on "
            f"{facts.flights[won[0][2]].name}")  # fmt: skip
    others = "; ".join(f"{facts.people[m[1]].name} on {ph.day(m[0])} ({facts.flights[m[2]].name})"
                       for m in rest)  # fmt: skip
    return Reply(lead + (f". Then: {others}." if others else "."), [],
                 ph.sources_of(*(facts.flights[m[2]].source for m in moments[:2])),
                 people=[m[1] for m in won], flights=[won[0][2]])  # fmt: skip


def _shared_trips(facts: Facts, pids: list[str]) -> list[Trip]:
    first = facts.trips_by_person.get(pids[0], [])
    out = []
    for t in first:
        legs = {t.up_flight, t.down_flight}
        if all(
            any({u.up_flight, u.down_flight} & legs for u in facts.trips_by_person.get(p, []))
            for p in pids[1:]
        ):
            out.append(t)
    return out


def together(facts: Facts, a: str, b: str) -> Reply:
    fa = {s.flight for s in facts.seats_by_person.get(a, [])}
    fb = {s.flight for s in facts.seats_by_person.get(b, [])}
    shared = sorted(
        fa & fb, key=lambda f: facts.flights[f].launch.dt if facts.flights[f].launch else _NEVER
    )
    na, nb = facts.people[a].name, facts.people[b].name
    if shared:
        text = f"Yes: {na} and {nb} flew together on {ph.join([facts.flights[f].name for f in shared])}."
    else:
        met = _aboard_together(facts, a, b)
        if met:
            text = f"They never shared a vehicle, but {met}"
        else:
            text = f"No: {na} and {nb} never flew together, as far as my records show. " + (
                _flights_of_each(facts, [a, b])
            )
    return Reply(text, [], ph.sources_of(facts.people[a].source, facts.people[b].source),
                 people=[a, b], flights=shared)  # fmt: skip


def _same_leg(facts: Facts, a: str, b: str, event: str) -> Reply:
    """ "Did they come back together?" of two who launched together: whether one vehicle
    brought both home (or took both up) on the trip they shared, else each one's ride."""
    ta, tb = facts.trips_by_person.get(a, []), facts.trips_by_person.get(b, [])
    pairs = [
        (x, y) for x in ta for y in tb
        if {x.up_flight, x.down_flight} & {y.up_flight, y.down_flight}
    ]  # fmt: skip
    if not pairs:
        return together(facts, a, b)
    x, y = pairs[-1]

    def leg(t: Trip) -> str | None:
        return t.down_flight if event == "land" else t.up_flight

    verb = "came back" if event == "land" else "went up"
    na, nb = facts.people[a].name, facts.people[b].name
    if leg(x) and leg(x) == leg(y):
        f = facts.flights[leg(x)]
        moment = f.landing if event == "land" else f.launch
        text = f"Yes: {na} and {nb} {verb} together on {f.name}" + (
            f", {ph.day(moment.dt)}." if moment else "."
        )
        flights = [f.id]
    else:

        def said(t: Trip) -> str:
            fid = leg(t)
            if fid is None:
                return "not yet"
            f = facts.flights[fid]
            moment = f.landing if event == "land" else f.launch
            return f"on {f.name}" + (f", {ph.day(moment.dt)}" if moment else "")

        text = f"No: {na} {verb} {said(x)}; {nb} {said(y)}."
        flights = [f for f in (leg(x), leg(y)) if f]
    return Reply(text, [], ph.sources_of(*(facts.flights[f].source for f in flights)),
                 people=[a, b], flights=flights)  # fmt: skip


def trips_said(facts: Facts, trips: Iterable[Trip]) -> str:
    """ "STS-7 (Challenger), 1983; STS-41-G (Challenger), 1984": trips with their years."""
    return "; ".join(f"{trip_label(facts, t)}, {t.start.year}" for t in trips)


def _launched_with(facts: Facts, pid: str, trips: list[Trip]) -> str:
    """ "Tim Peake launched on Soyuz TMA-19M with Yuri Malenchenko and Tim Kopra.", one
    sentence per trip that had someone beside them."""
    said = []
    for t in trips:
        f = facts.flights[t.up_flight]
        mates = [x.person for x in launch_crew(facts, f) if x.person != pid]
        if mates:
            said.append(f"{facts.people[pid].name} launched on {ph.flight_label(f)} "
                        f"with {names(facts, mates)}.")  # fmt: skip
    return " ".join(said)


def _aboard_together(facts: Facts, a: str, b: str) -> str:
    """ "Tim Peake and Scott Kelly were aboard the ISS together from 15 December 2015.", or
    "" when their stays never met."""
    sa = [s for s in facts.stays if s.person == a]
    sb = [s for s in facts.stays if s.person == b]
    both = [(x, y) for x in sa for y in sb
            if x.station == y.station and x.start <= (y.end or _NEVER) and y.start <= (x.end or _NEVER)]  # fmt: skip
    if not both:
        return ""
    x, y = both[0]
    return (f"{facts.people[a].name} and {facts.people[b].name} were aboard "
            f"{facts.stations[x.station].name} together from {ph.day(max(x.start, y.start))}.")  # fmt: skip


def _flights_of_each(facts: Facts, pids: list[str]) -> str:
    """ "Liu Yang: Shenzhou 9, 2012; Shenzhou 14, 2022. Nie Haisheng: …": what each did
    fly, so a "no, never together" shows why."""
    return " ".join(
        f"{facts.people[p].name}: {trips_said(facts, facts.trips_by_person.get(p, [])) or 'no flight'}."
        for p in pids
    )


def _rank_trips(trips: list[Trip], rank: str) -> list[Trip]:
    if not trips or not rank:
        return trips
    if rank == "first":
        return trips[:1]
    if rank == "last":
        return trips[-1:]
    if rank.isdigit():
        n = int(rank)
        return trips[n - 1 : n] if len(trips) >= n else []
    if rank == "longest":
        return [max(trips, key=lambda t: trip_seconds(t) or 0)]
    if rank == "shortest":
        return [min(trips, key=lambda t: trip_seconds(t) or float("inf"))]
    return trips


_NAMED_POSSESSIVE = re.compile(
    r"\w['’]s?\s+(?:\w+\s+){0,2}(?:commander|pilot|captain|skipper|crewmates?)\b"
    # "the commander of the flight that took Sally Ride up", "who commanded the flight John
    # Glenn returned to space on": the seat of the flight the person flew, not theirs
    r"|\b(?:commander|commanded|pilot|piloted|captain|skipper)\s+(?:of\s+)?(?:the|that|her|his)\s+"
    r"(?:\w+\s+)?(?:flight|mission|spacecraft|ship|capsule|trip|shuttle|soyuz)\s+(?:that|which|who|he|she|[a-z])",
    re.IGNORECASE,
)


def _named_craft(f: Flight) -> bool:
    """Whether a flight's craft had a name of its own (Faith 7, Molly Brown, "Columbia
    (CSM-107)"), not only a serial number (CSM-103)."""
    return bool(f.spacecraft) and not re.fullmatch(r"[A-Z]+-\d+", f.spacecraft)


def person_part(facts: Facts, q: Query, pid: str, part: Part, group: list[str] | None = None,
                pool: list[Trip] | None = None) -> Reply:  # fmt: skip
    p = facts.people[pid]
    asks, events, roles = part.asks, part.events, part.roles
    who_group = group or [pid]
    if "firsts" in asks:
        return _firsts_of(facts, q, pid)
    if q.agg == "yesno" and q.spacecraft and not (q.flights or q.dates) and group is None:
        # "did Kalpana Chawla die on Challenger?": the orbiter named is part of the claim
        theirs = facts.trips_by_person.get(pid, [])
        craft = set(q.spacecraft)
        if theirs and not any({t.up_flight, t.down_flight} & craft for t in theirs):
            lost = _lost_with_craft(facts, theirs, LOST_WITH_CREW)
            if lost and q.outcome == "crew_loss":
                f = facts.flights[lost[0].up_flight]
                on = f" on {_lost_day(facts, f)}"
                return Reply(f"No: {p.name} was lost on {ph.flight_label(f)}{on}, not "
                             f"{_craft_said(facts, q)}.", [], ph.sources_of(p.source, f.source),
                             people=[pid], flights=[f.id])  # fmt: skip
            return Reply(f"No: {p.name} never flew on {_craft_said(facts, q)}; "
                         f"{p.name}'s flights: {trips_said(facts, theirs)}.", [],
                         ph.sources_of(p.source), people=[pid],
                         flights=[t.up_flight for t in theirs])  # fmt: skip
    # attributes of the person, not of a flight
    if "where" in asks and q.tokens[-1:] == ["from"] and not events:
        asks = asks | {"nationality"}
    if "callsign" in asks and not q.stations:
        # "what was Cooper's Mercury capsule called?": the name of each craft he flew
        mine = facts.trips_by_person.get(pid, [])
        if q.rank and not q.flights:
            mine = _rank_trips(mine, q.rank)  # "Shepard's first flight: capsule name?"
        fids = [t.up_flight for t in mine
                if (not q.programs or facts.flights[t.up_flight].program in q.programs)
                and (not q.flights or t.up_flight in q.flights)
                and _named_craft(facts.flights[t.up_flight])]  # fmt: skip
        if not fids and q.flights:
            # "Carpenter's capsule was called Faith 7? What was it really called?": his own
            # craft (Aurora 7), whatever the claim named
            fids = [t.up_flight for t in facts.trips_by_person.get(pid, [])
                    if (not q.programs or facts.flights[t.up_flight].program in q.programs)
                    and _named_craft(facts.flights[t.up_flight])]  # fmt: skip
            if fids and q.agg == "yesno":
                claimed = facts.flights[q.flights[0]]
                theirs = ph.join([ph.flight_label(facts.flights[f]) for f in fids])
                others = names(facts, [s.person for s in launch_crew(facts, claimed)])
                return Reply(f"No: {p.name}'s craft was {theirs}; {ph.flight_label(claimed)} was "
                             f"{others or 'another crew'}'s.", [],
                             ph.sources_of(p.source, claimed.source), people=[pid],
                             flights=[*fids, claimed.id])  # fmt: skip
            if fids:
                q = q.copy(flights=[])
        if fids:
            return join_replies([flight_part(facts, q, facts.flights[f], part) for f in fids[:4]])
        if not asks - {"callsign"} and not q.flights:
            # "what was her call sign?" (Tereshkova's "Chaika"): not her profile
            if not {"call", "callsign", "radio", "sign"} & set(q.tokens):
                # "what was her spacecraft called?": the flights, which are the craft's names
                ups = [t.up_flight for t in facts.trips_by_person.get(pid, [])]
                return Reply(f"{p.name} flew {ph.join([facts.flights[f].name for f in ups])}; my "
                             "records have no other name for the craft.", [],
                             ph.sources_of(p.source), people=[pid], flights=ups)  # fmt: skip
            raise Unanswerable(f"I have no radio call signs in my records, so I can't tell "
                               f"{p.name}'s.")  # fmt: skip
    seat_of_it = asks == {"who"} and bool(roles) and "it" in q.tokens
    if (asks in ({"payload"}, {"ship"}, {"ship", "flight"}) and not q.stations) or seat_of_it:
        # "Merbold's first flight: what was the payload lab called?", "what ship recovered
        # them?", "which Skylab crew did Garriott fly with, and who commanded it?": asked of
        # the one flight of theirs meant — its cargo up, its ship home, a seat on it
        mine = [t for t in facts.trips_by_person.get(pid, [])
                if (not q.flights or q.flights[0] in (t.up_flight, t.down_flight))
                and (not q.programs or program_ok(facts.flights[t.up_flight], q.programs))
                and (not q.stations or facts.flights[t.up_flight].station in q.stations)]  # fmt: skip
        mine = _rank_trips(mine, q.rank)[:1] if q.rank and not q.flights else mine
        if len(mine) == 1 and seat_of_it:
            up = facts.flights[mine[0].up_flight]
            return flight_part(facts, q.copy(people=[], flights=[up.id]), up, part)
        if len(mine) == 1 and asks == {"payload"}:
            return payload_reply(facts, facts.flights[mine[0].up_flight])
        if len(mine) == 1 and {"recovered", "recovery", "picked", "pick", "carrier"} & set(
            q.tokens
        ):
            home = facts.flights[mine[0].down_flight or mine[0].up_flight]
            return flight_part(facts, q.copy(people=[], flights=[home.id]), home, part)
    after_it = any(q.before_mention.get(f) == "after" for f in q.flights) and bool(
        q.events & {"fly", "launch", "aboard"} or "back" in q.tokens
    )  # "did Liu Yang go back to space after Shenzhou 9?"
    after_station = (
        not q.flights
        and any(q.before_mention.get(s) == "after" for s in q.stations)
        and ("again" in q.tokens or bool(q.events & {"fly", "launch"}))
    )  # "did Owen Garriott fly again after Skylab?": after his last stay there
    if q.agg == "yesno" and (("again" in q.tokens or after_it) and q.flights or after_station):
        # "did she fly again?": a flight after the one in question
        theirs = facts.trips_by_person.get(pid, [])
        if after_station:
            ref = [t for t in theirs if set(trip_stations(facts, t)) & set(q.stations)][-1:]
        else:
            ref = [t for t in theirs if {t.up_flight, t.down_flight} & set(q.flights)]
        if ref:
            later = [t for t in facts.trips_by_person.get(pid, []) if t.start > ref[0].start]
            text = (f"Yes: {p.name} flew again: " + "; ".join(f"{trip_label(facts, t)}, {t.start.year}" for t in later) + "."
                    if later else f"No: {p.name} did not fly again after {trip_label(facts, ref[0])}, as far as my records show.")  # fmt: skip
            return Reply(
                text,
                [],
                ph.sources_of(p.source),
                people=[pid],
                flights=[t.up_flight for t in later],
            )
    if q.agg == "yesno" and "commander" in roles and (q.stations or q.any_station) and q.flights:
        # "did she command the station on that one?": an expedition command during that trip
        trips = [t for t in facts.trips_by_person.get(pid, [])
                 if {t.up_flight, t.down_flight} & set(q.flights)]  # fmt: skip
        if trips:
            t = trips[0]
            spells = [
                x
                for x in _commands(facts)
                if x[2] == pid and x[0] < (t.end or _NEVER) and x[1] > t.start
            ]
            exps = list(dict.fromkeys(facts.expeditions[x[3]].name for x in spells))
            text = (f"Yes: {p.name} commanded {ph.join(exps)} during {trip_label(facts, t)}, "
                    f"from {ph.day(max(spells[0][0], t.start))}." if exps
                    else f"No: {p.name} did not command a station during {trip_label(facts, t)}.")  # fmt: skip
            return Reply(text, [], ph.sources_of(p.source), people=[pid], flights=[t.up_flight])
    if (
        q.agg == "yesno"
        and q.times
        # ("Simonyi went to the ISS three times?": his visits to it counted)
        and (not q.stations or (q.claim or "times" in q.tokens or "twice" in q.tokens))
        # ("Simonyi flew twice, in 2007 and 2008?": the count, and a flight in each year)
        and (not q.dates or (q.claim and _years_said(q.raw)))
        # ("did Liu Yang only fly once, on Shenzhou 9?": the count, and that flight)
        and (not q.flights or (q.times == "1" and "only" in q.tokens))
        and not ("expedition" in asks or "commander" in roles)
    ):
        # "did Whitson fly three Soyuz missions?": counted on that program when one is named
        mine = [t for t in facts.trips_by_person.get(pid, [])
                if not q.programs or facts.flights[t.up_flight].program in q.programs]  # fmt: skip
        if q.stations:
            mine = [t for t in mine if set(trip_stations(facts, t)) & set(q.stations)]
        n = len(mine)
        yes = count_holds(n, q.times) and all(
            any(f in (t.up_flight, t.down_flight) for t in mine) for f in q.flights
        )
        if q.dates:
            yes = yes and all(any(t.start.year == y for t in mine) for y in _years_said(q.raw))
        on = f" {_on_program(q)}" if q.programs else ""
        went = (f"been to {ph.join([facts.stations[x].name for x in q.stations])}" if q.stations
                else f"flown{on}")  # fmt: skip
        text = f"{'Yes' if yes else 'No'}: {p.name} has {went} {n} time{'s' if n != 1 else ''}"
        if mine and (q.programs or len(mine) <= 12):  # which, so a "no" says what is right
            text += ": " + "; ".join(f"{trip_label(facts, t)}, {t.start.year}" for t in mine)
        return Reply(text + ".", [], ph.sources_of(p.source), people=[pid])
    if "nationality" in asks or (
        q.agg == "yesno"
        and q.nat
        and not (q.flights or q.stations or q.programs or q.rank in _SUPERLATIVE_RANKS)
    ):  # ("Kelly holds the American record for most days, right?": the record is checked)
        if q.agg == "yesno" and q.nat:
            yes = bool(q.nat & set(p.nationality))
            text = f"{'Yes' if yes else 'No'}: {p.name} is {ph.demonyms(p.nationality)}."
        else:
            text = f"{p.name} is {ph.demonyms(p.nationality)} ({ph.join(list(p.nationality))})."
        said = Reply(text, [], ph.sources_of(p.source), people=[pid])
        rest = asks - {"nationality", "where"}
        if rest and events and q.agg != "yesno":
            # "Tamayo Méndez flew what year and from which country?": the flight too
            try:
                return join_replies([said, person_part(facts, q, pid, Part(rest, set(events), set(roles)),
                                                       group, pool)])  # fmt: skip
            except Unanswerable:
                return said
        return said
    if (
        q.agg == "yesno"
        and q.sex
        and not (q.flights or q.stations or q.programs or q.dates or q.rank or roles)
        and not events - {"aboard"}
    ):
        # "was Chun Wang a woman?": the person's sex, not whether they flew
        said = {"female": "a woman", "male": "a man"}
        return Reply(f"{'Yes' if p.sex == q.sex else 'No'}: {p.name} is {said.get(p.sex, p.sex)}.",
                     [], ph.sources_of(p.source), people=[pid])  # fmt: skip
    if "agency" in asks:
        return Reply(f"{p.name} flew for {ph.join(list(p.agency)) or 'no agency on record'}.", [],
                     ph.sources_of(p.source), people=[pid])  # fmt: skip
    if "born" in asks and "where" in asks and "when" in q.tokens:
        r = _age(facts, q, pid)  # "when and where was Gagarin born?": the day, and why no place
        r.text += " I have no birthplaces in my records."
        return r
    if "born" in asks and "where" in asks:
        # "where was López-Alegría born?": a birthplace, which the records do not hold
        raise Unanswerable(f"I have {p.name}'s birth date"
                           + (f" ({p.birth_date.day} {p.birth_date.strftime('%B %Y')})" if p.birth_date else "")
                           + " but no birthplaces in my records.")  # fmt: skip
    if "occupation" in asks and q.agg != "yesno":
        # "what did he do for a living?": the occupations recorded for this person
        jobs = [o.words[0] if o.words else o.id for o in facts.occupations.values()
                if pid in o.people]  # fmt: skip
        if not jobs:
            raise Unanswerable(f"I have no occupation recorded for {p.name}; my records list "
                               "only some (teachers, journalists, physicians, politicians…).")  # fmt: skip
        pron = "her" if p.sex == "female" else "his"
        return Reply(f"{p.name} was a {ph.join(jobs)} ({pron} occupation on Earth, in my records).",
                     [], ph.sources_of(p.source), people=[pid])  # fmt: skip
    if "born" in asks or "age" in asks:
        return _age(facts, q, pid)
    if "name" in asks:
        if not p.native_name:
            raise Unanswerable(f"I have no native-script name for {p.name}.")
        return Reply(
            f"{p.name} is written {p.native_name}.", [], ph.sources_of(p.source), people=[pid]
        )
    bare = not (asks - {"who"}) and not events and not roles and not q.rank
    bare = bare and not _asks_mates(q)  # "who were her crewmates?" is not a profile
    if bare and not (q.has_filters() or q.flights or q.stations) and q.agg == "one" and not group:
        return profile(facts, pid)  # "who is Christina Koch?", a bare name
    if "handover" in asks and asks & {"when"}:
        return command_dates(facts, q, pid)  # "when did she take over?": her command's start
    if "handover" in asks:
        return handover(facts, q, pid)
    if "commander" in roles and events & {"land", "launch"} and asks & {"when", "where", "time"} \
            and not q.flights:  # fmt: skip
        # "when did Hadfield land after commanding the station?": the trip he commanded on
        spells = [facts.expeditions[m.expedition] for m in facts.members_by_person.get(pid, [])
                  if m.role == "commander"]  # fmt: skip
        led = [t for t in facts.trips_by_person.get(pid, [])
               if any(x.start and t.start <= x.start.dt <= (t.end or _NEVER) for x in spells)]  # fmt: skip
        if led:
            if "land" in events:
                return join_replies([person_return(facts, [pid], t) for t in led])
            return join_replies([person_launch(facts, [pid], t) for t in led])
    if (
        "commander" in roles
        and asks & {"when"}
        and not q.flights
        and _station_command(facts, q, pid)
    ):
        return command_dates(facts, q, pid)
    if "station" in asks and not (q.flights or q.stations):
        return stations_visited(facts, pid, q.dates)
    if "station" in asks and len(q.flights) == 1 and not q.stations and q.agg != "yesno":
        # "which two stations did Kizim and Solovyov visit on Soyuz T-15?": that flight's
        f = facts.flights[q.flights[0]]
        sts = [facts.stations[x].name for x in visited(facts, f)]
        text = (f"On {ph.flight_label(f)}, {names(facts, q.people)} visited {ph.join(sts)}." if sts
                else f"{ph.flight_label(f)} visited no space station in my records.")  # fmt: skip
        return Reply(text, [], ph.sources_of(f.source), people=list(q.people), flights=[f.id])
    possessive = any(
        a in ("her", "his", "their") and _ROLE_WORDS & set(q.tokens[i + 1 : i + 3])
        for i, a in enumerate(q.tokens)
    ) or bool(_NAMED_POSSESSIVE.search(q.raw))  # "his commander", "Farkas's commander"
    which_seat = asks <= {"with"} and q.agg != "yesno" and not q.claim  # "which commander…with"
    if ("with" in asks or possessive) and ("who" in asks or which_seat) and roles and q.expeditions:
        # "who was the Expedition 8 commander, the one with Kaleri?": the expedition's seat
        e = facts.expeditions[q.expeditions[0]]
        crew = facts.members_by_expedition.get(e.id, [])
        if not any(m.person == pid for m in crew):
            raise Unanswerable(f"{p.name} was not on {e.name} in my records.")
        fit = list(dict.fromkeys(m.person for m in crew if m.role in roles and m.person != pid))
        if not fit:
            raise Unanswerable(f"I have no {'/'.join(sorted(roles))} of {e.name} besides {p.name}.")
        return Reply(f"{names(facts, fit)} was {'/'.join(sorted(roles))} of {e.name}, with {p.name}.",
                     [], ph.sources_of(e.source), people=fit, expeditions=[e.id])  # fmt: skip
    if ("with" in asks or possessive) and ("who" in asks or which_seat) and roles:
        # "who flew up with her as commander?", "who was her commander that time?"
        # "who flew up with Savitskaya as commander?": the seat is the crewmate's, and so
        # is a nationality ("who was his Soviet commander?")
        trips = trips_matching(facts, q.copy(nat=set(), nat_not=set()), [pid], roles=set())
        if not trips and q.flights:  # up on the thread's flight, home on another
            trips = [t for t in facts.trips_by_person.get(pid, [])
                     if {t.up_flight, t.down_flight} & set(q.flights)]  # fmt: skip
        r = crewmates(facts, pid, _rank_trips(trips, q.rank), _event(events), roles)
        if (q.nat or q.nat_not) and not all(
            nat_ok(q.nat, facts.people[x]) and not (q.nat_not and nat_ok(q.nat_not, facts.people[x]))
            for x in r.listed
        ):  # fmt: skip
            raise Unanswerable(
                f"I have no {q.nat_label or 'such'} crewmate of {p.name} in that seat."
            )
        return r
    if "expedition" in asks or (
        "commander" in roles
        and (q.stations or not q.flights)
        and not q.programs
        and not asks & {"flight", "flights"}
        # ("when did Cernan command?": the flight he commanded, not "no expedition")
        # (but "which of them was commander?" of an expedition's crew is its command)
        and (
            q.stations
            or q.expeditions
            or q.agg in ("list", "yesno")
            or _station_command(facts, q, pid)
        )
    ):
        return person_expeditions(facts, q, pid, commanded="commander" in roles)
    if "leave" in events and not events & {"launch", "land"}:
        events = events | {"land"}  # a person leaving a station: their trip home
        q = q.copy()
        q.parts = [Part(set(asks), set(events), set(roles))]
    if pool is not None:
        # the trips shared with the others named, each constraint still applied; a flight
        # the conversation supplied names the trip (either leg), one the question named
        # must be the leg it asks about ("launched on Crew-9")
        loose = q.from_context and q.flights
        fits = trips_matching(facts, q.copy(flights=[]) if loose else q, [pid], roles=roles)
        trips = [t for t in pool if t in fits
                 and (not loose or {t.up_flight, t.down_flight} & set(q.flights))]  # fmt: skip
    elif q.from_context and q.flights and not _leg_asked(q, events):
        # a flight the conversation supplied names the trip, either leg: "how long was her
        # flight in the end?" after Soyuz MS-12, which she did not come home on
        fits = trips_matching(facts, q.copy(flights=[]), [pid], roles=roles)
        trips = [t for t in fits if {t.up_flight, t.down_flight} & set(q.flights)]
    else:
        trips = trips_matching(facts, q, [pid], roles=roles)
    if q.orbital and q.agg == "yesno" and not q.claims:
        # "did Shepard reach orbit on his first flight?", "was Grissom's Mercury flight an
        # orbital one?": the flight (first, Mercury) is found first, then whether it reached
        # orbit — not the first of his orbital flights (Apollo 14)
        base = trips_matching(facts, q.copy(orbital=False), [pid], roles=roles)
        base = _rank_trips(base, q.rank) if q.rank else base
        if not (q.rank or q.programs or q.series or q.flights or q.dates or q.stations):
            # "did Shepard ever reach orbit?": on any flight (Apollo 14)
            base = [t for t in base if reached_orbit(facts.flights[t.up_flight])] or base
        if base:
            sub = [t for t in base if not reached_orbit(facts.flights[t.up_flight])]
            said = "; ".join(f"{trip_label(facts, t)}, {ph.day(t.start)}" for t in base)
            f = facts.flights[sub[0].up_flight] if sub else None
            how = ((outcome_sentence(f) or "it did not reach orbit.") if f and f.outcome in (
                "ascent_loss", "launch_abort") else "it was suborbital.")  # fmt: skip
            verdict = (f"No: {p.name}'s flight {trip_label(facts, sub[0])} did not reach orbit; {how}"
                       if sub else f"Yes: {p.name} reached orbit: {said}.")  # fmt: skip
            return Reply(verdict, [], ph.sources_of(p.source), people=[pid],
                         flights=[t.up_flight for t in base])  # fmt: skip
    spans = [c for c in q.claims if c.unit in DURATION_UNITS and c.op in ("=", "~")]
    if spans and q.agg != "yesno" and not q.claim and "duration" not in asks and len(trips) > 1:
        # "Scott Kelly did a year in space, right? who went with him": the length said picks
        # out which of his flights is meant (when one fits)
        trips = [t for t in trips if duration_fits(spans, trip_seconds(t), True)] or trips
    if q.expeditions and trips and "expedition" not in asks:
        # "how did Whitson get home from Expedition 16?": her trip that spanned it
        spans = [(m.start or facts.expeditions[m.expedition].start,
                  m.end or facts.expeditions[m.expedition].end)
                 for m in facts.members_by_person.get(pid, []) if m.expedition in q.expeditions]  # fmt: skip
        during = [t for t in trips if any(a and t.start <= a.dt and (t.end is None or (b and t.end >= b.dt) or t.end >= a.dt)
                                          for a, b in spans)]  # fmt: skip
        trips = during or trips
    arriving = (
        "arrive" in events
        and asks & {"when", "time"}
        and (q.stations or q.any_station or "station" in q.tokens)
    )
    if (
        (asks & {"docking"} or arriving)
        and asks <= {"docking", "when", "time", "with"}
        and trips
        and not roles
        and q.agg != "yesno"
    ):
        # "when did Behnken and Hurley dock at the station on Demo-2?": their vehicle's docking
        f = facts.flights[trips[0].up_flight]
        if f.docking:
            return docking_reply(facts, f)
    if roles and "who" in asks and not trips and q.agg != "yesno":
        # "who commanded her mission?", "which flight did Bill Nelson fly, and who
        # commanded it?": the seat on their flight, when they did not hold it themselves
        theirs = trips_matching(
            facts, q.copy(flights=[]) if q.from_context else q, [pid], roles=set()
        )
        if q.flights:
            theirs = [t for t in theirs if {t.up_flight, t.down_flight} & set(q.flights)]
        if q.rank:  # "who commanded Sally Ride's first flight?"
            theirs = _rank_trips(theirs, q.rank)[:1]
        if len(theirs) == 1:
            f = facts.flights[theirs[0].up_flight]
            r = flight_part(
                facts, q.copy(people=[], flights=[f.id]), f, Part({"who"}, set(), set(roles))
            )
            return Reply(r.text, r.details, r.sources, people=r.people, flights=r.flights)
    all_trips = facts.trips_by_person.get(pid, [])
    if not all_trips:
        raise Unanswerable(f"I have no spaceflights recorded for {p.name}.")
    label = _filter_label(facts, q)
    if q.agg == "yesno" and q.flights and (q.rank in ("first", "last") or q.rank.isdigit()):
        # "was that his first flight?" on the thread's flight: is it his first of all
        nth = _rank_trips(all_trips, q.rank)
        if nth:
            t = nth[0]
            yes = bool({t.up_flight, t.down_flight} & set(q.flights))
            which = _NTH.get(q.rank, q.rank)
            text = (f"{'Yes' if yes else 'No'}: {p.name}'s {which} flight was "
                    f"{trip_label(facts, t)}, {ph.day(t.start)}.")  # fmt: skip
            return Reply(text, [], ph.sources_of(p.source), people=[pid], flights=[t.up_flight])
    if q.agg == "yesno" and "with" in asks and len(q.people) == 1 and trips and not roles:
        # "did Beregovoy fly Soyuz 3 with a crewmate?": whether anyone flew with him
        t = trips[0]
        mates = [s.person for f in dict.fromkeys((t.up_flight, t.down_flight)) if f
                 for s in facts.seats_by_flight.get(f, []) if s.person != pid]  # fmt: skip
        mates = list(dict.fromkeys(mates))
        text = (f"Yes: {p.name} flew with {names(facts, mates)} ({trip_label(facts, t)})." if mates
                else f"No: {p.name} flew {trip_label(facts, t)} alone.")  # fmt: skip
        if q.dates and t.end and "land" in q.events:
            # "Soyuz MS-27 with Jonny Kim landed 9 Dec 2025, right?": the day that was checked
            text += f" {p.name} came back on {ph.day(t.end)}."
        elif q.dates:
            text += f" {p.name} launched on {ph.day(t.start)}."
        return Reply(text, [], ph.sources_of(p.source), people=[pid, *mates], flights=[t.up_flight])
    if (
        q.agg == "yesno"
        and (q.rank in ("first", "last") or q.rank.isdigit())
        and (q.programs or q.stations or q.spacecraft)
        and _rank_scope(q) != "within"
    ):
        # "Merbold first flew on a Soyuz?", "she flew to Mir on a Shuttle for her first
        # flight?": the first of all his flights, then whether it was that — not his first
        # Soyuz flight (that is "his first Soyuz flight"); "her second trip to the ISS on a
        # Soyuz?": her second to the ISS, then whether it was a Soyuz
        pool = all_trips
        if _rank_scope(q) == "station" and q.stations:
            pool = trips_matching(
                facts, q.copy(programs=set(), spacecraft=[], series="", rank=""), [pid]
            )
        nth = _rank_trips(pool, q.rank)
        if nth:
            t = nth[0]
            yes = any(x.up_flight == t.up_flight for x in trips)
            which = _NTH.get(q.rank, q.rank)
            text = (f"{'Yes' if yes else 'No'}: {p.name}'s {which} flight was "
                    f"{trip_label(facts, t)}, {ph.day(t.start)}.")  # fmt: skip
            return Reply(text, [], ph.sources_of(p.source), people=[pid], flights=[t.up_flight])
    if q.agg == "yesno" and q.occupations and not (q.rank or q.dates or q.roles or q.stations):
        # "was he a doctor?": his occupation, not his flights
        known = [o for o in q.occupations if o in facts.occupations]
        if known:
            yes = all(pid in facts.occupations[o].people for o in known)
            what = ph.join(sorted(known), "and")
            if not yes and not all(facts.occupations[o].complete for o in known):
                raise Unanswerable(f"My list of {what}s is not complete, so I can't say "
                                   f"whether {p.name} was one.")  # fmt: skip
            text = (f"Yes: {p.name} is a {what} in my records." if yes
                    else f"No: my records don't list {p.name} as a {what}.")  # fmt: skip
            return Reply(text, [], ph.sources_of(p.source), people=[pid])
    if q.agg == "yesno" and q.places and q.events & {"land", "launch"} and trips:
        # "did they come down off Florida like the earlier Dragon crews?": the place claimed
        trips = (
            _rank_trips(trips, q.rank) if q.rank in ("first", "last") or q.rank.isdigit() else trips
        )
        here = [t for t in trips if _at_places(facts.flights[t.down_flight or t.up_flight]
                                                if "land" in q.events else facts.flights[t.up_flight],
                                                q.places, q.events)]  # fmt: skip
        t = (here or trips)[0]
        f = (
            facts.flights[t.down_flight or t.up_flight]
            if "land" in q.events
            else facts.flights[t.up_flight]
        )
        site = (
            f.landing_site if "land" in q.events else f.launch_site
        ) or "a place not in my records"
        verb = "came down" if "land" in q.events else "launched"
        moment = f.landing if "land" in q.events else f.launch
        # ("… splashed down off Florida on 19 March 2025": the day said is checked too)
        on_day = not q.dates or (moment is not None and _at_dates(q.dates, moment.dt))
        when = f" on {ph.utc(moment)}" if q.dates and moment is not None else ""
        wrong_day = "" if on_day else f", not {' '.join(w.label() for w in q.dates)}"
        return Reply(f"{'Yes' if here and on_day else 'No'}: {p.name} {verb} on {f.name} "
                     f"{'in' if 'land' in q.events else 'from'} {site}"
                     + ("" if here else f", not {' '.join(w.title() for w in q.places)}")
                     + (f",{when}{wrong_day}" if when else "") + ".",
                     [], ph.sources_of(f.source), people=[pid], flights=[f.id])  # fmt: skip
    if q.agg == "yesno" and not q.rank and not q.dates:
        toks_ = set(q.tokens)
        if (
            {"space", "orbit"} & toks_
            and not q.flights
            and not q.stations
            and trips
            and all(
                facts.flights[t.up_flight].outcome in ("ascent_loss", "launch_abort") for t in trips
            )
        ):
            # "was Christa McAuliffe ever in space?": her only flight never got there
            f = facts.flights[trips[0].up_flight]
            return Reply(f"No: {p.name} never reached space. {outcome_sentence(f) or ''}".strip(),
                         [], ph.sources_of(p.source, f.source), people=[pid], flights=[f.id])  # fmt: skip
        lost_here = _lost_with_craft(facts, trips)
        if (
            "land" in events
            and lost_here
            and (
                {"ok", "okay", "alive", "safely", "safe", "survive", "survived"} & toks_
                or "back" in toks_
            )
        ):
            # "did Komarov come back OK from Soyuz 1?": no — he died in it
            f = facts.flights[lost_here[0].up_flight]
            return Reply(f"No: {p.name} did not survive. {outcome_sentence(f) or f.name + ' was lost with its crew.'}",
                         [], ph.sources_of(p.source, f.source), people=[pid], flights=[f.id])  # fmt: skip
    if q.agg == "yesno" and trips and q.outcome == "crew_loss" and not roles:
        lost = _lost_with_craft(facts, trips, LOST_WITH_CREW)
        if lost:
            # "Komarov died when Soyuz 1 crashed, right?": yes — and when (the day it ended,
            # not the launch)
            f = facts.flights[lost[0].up_flight]
            others = [s.person for s in launch_crew(facts, f) if s.person != pid]
            with_ = f", with {names(facts, others)}" if others else ""
            return Reply(f"Yes: {p.name} was lost on {ph.flight_label(f)}, {_lost_day(facts, f)}"
                         f"{with_}.", [], ph.sources_of(p.source, f.source),
                         people=[pid, *others], flights=[f.id])  # fmt: skip
    if q.agg == "yesno" and not trips and q.outcome == "crew_loss" and all_trips:
        # "did Gagarin die up there?": no — every flight of his came home (what befell him on
        # Earth is not in the records); "was Leonov one of those who died on Soyuz 11?": and
        # who did
        lost = [facts.flights[f] for f in q.flights if f in facts.flights
                and facts.flights[f].outcome in LOST_WITH_CREW]  # fmt: skip
        who = (f" {lost[0].name} was lost with {names(facts, [s.person for s in launch_crew(facts, lost[0])])}."
               if lost else "")  # fmt: skip
        mine = _lost_with_craft(facts, all_trips, LOST_WITH_CREW)
        if mine:
            # "Komarov died on Soyuz 11, correct?": no — he was lost on Soyuz 1
            f = facts.flights[mine[0].up_flight]
            said = ph.join([facts.flights[x].name for x in q.flights]) or _craft_said(facts, q)
            return Reply(f"No: {p.name} was lost on {ph.flight_label(f)} ({_lost_day(facts, f)}), "
                         f"not {said or 'then'}. "
                         f"{outcome_sentence(f)}{who}", [], ph.sources_of(p.source, f.source),
                         people=[pid], flights=[f.id])  # fmt: skip
        return Reply(f"No: {p.name} was not lost on a spaceflight; every flight came home "
                     f"({trips_said(facts, all_trips)}).{who} My records hold only spaceflights, "
                     "not what happened on Earth.", [], ph.sources_of(p.source), people=[pid],
                     flights=[t.up_flight for t in all_trips])  # fmt: skip
    if q.agg == "yesno":
        if q.rank in ("longest", "shortest", "most", "fewest", "youngest", "oldest") and not (
            q.flights or q.stations or q.any_station or q.dates or q.claims or q.programs
            or events - {"aboard", "fly"} or roles or q.compare
        ):  # fmt: skip
            # "Mark Kelly did the year in space, right?": a superlative said of one person is
            # a record claimed, which one person's own flights cannot check (every person has
            # a longest flight) — never a "yes" for that; the most time in all is checked over
            # everyone ("Padalka still holds the total time record?": no, Kononenko)
            if q.rank == "most" and asks & {"total", "time"} and not q.nat and not q.sex:
                held = _execute(facts, q.copy(people=[], agg="one", claim=False))
                yes = held.people[:1] == [pid]
                return Reply(f"{'Yes' if yes else 'No'}: {held.text}", held.details, held.sources,
                             people=[*held.people[:1], pid])  # fmt: skip
            if q.rank == "longest" and (q.single or q.nat or q.sex) and not asks - {"duration"}:
                # "Scott Kelly still holds the US single-flight record?": the longest single
                # flight of everyone of that description, then whether it is theirs
                held = _execute(facts, q.copy(people=[], agg="one", claim=False, single=True))
                if held.people:
                    yes = held.people[:1] == [pid]
                    return Reply(f"{'Yes' if yes else 'No'}: {held.text}", held.details,
                                 held.sources, people=[*held.people[:1], pid])  # fmt: skip
            raise Unanswerable(f"I can't check that record from {p.name}'s flights alone; ask "
                               f"who holds it, or what {p.name}'s longest flight was.")  # fmt: skip
        if q.rank:
            trips = _rank_trips(trips, q.rank)
            label = (label + f" (a {_NTH.get(q.rank, q.rank)} time)").strip()
        yes = bool(trips)
        if yes and q.all_programs and len(q.programs) > 1:
            # "did Grissom fly Mercury, Gemini and Apollo?": each of them, not any one
            missing = _programs_missed(facts, pid, q.programs)
            if missing:
                return _not_all_programs(facts, q, pid, trips, missing)
        if {"launch", "land"} <= events and ("same" in q.tokens or _craft_of_other_leg(q.tokens)):
            # "did she launch and land on the same Soyuz?", "did he come home on the Soyuz he
            # launched on?"
            same = [t for t in trips if t.up_flight == t.down_flight]
            yes, trips = bool(same), same or trips
            text = f"{'Yes' if yes else 'No'}: " + "; ".join(
                f"{p.name} launched on {ph.flight_label(facts.flights[t.up_flight])}"
                + (f" and landed on {ph.flight_label(facts.flights[t.down_flight])}"
                   if t.down_flight else "") for t in trips) + "."  # fmt: skip
        elif q.stations and not q.flights:
            detail = (
                ph.join([f"{trip_label(facts, t)}, {ph.day(t.start)}" for t in trips])
                if trips
                else ""
            )
            st = ph.join([facts.stations[s].name for s in q.stations])
            # every visit, whatever the vehicle or the date asked: "came home from Mir on a
            # Soyuz?" — no: on STS-71
            bare = q.copy(dates=[], programs=set(), series="", spacecraft=[],
                          parts=[Part({"who"}, {"aboard"}, set())])  # fmt: skip
            visits = trips_matching(facts, bare, [pid]) if not yes else []
            in_dates = [t for t in visits if _at_dates(q.dates, t.start)]
            # (", not in 2001" only when no visit was then: Tito's Soyuz flight was in 2001)
            not_asked = (
                (", not " + " ".join(w.label() for w in q.dates))
                if q.dates and not in_dates
                else ""
            )
            text = (
                (f"Yes: {p.name} has been to {st}" + (f" ({detail})." if detail else "."))
                if yes
                else f"No: {p.name} went to {st} on " + "; ".join(
                    f"{trip_label(facts, t)}, {ph.day(t.start)}" for t in visits) + not_asked + "."
                if visits
                else f"No: {p.name} never visited {st}, as far as my records show."
            )  # fmt: skip
            if not yes and visits and q.dates:
                # "Malyshev's 1980 flight went to Salyut 7?": where that flight did go
                then = [t for t in all_trips if _at_dates(q.dates, t.start)]
                went = [(t, trip_stations(facts, t)) for t in then if t not in visits]
                said = [f"{trip_label(facts, t)}, {ph.day(t.start)}, went to "
                        f"{ph.join([facts.stations[x].name for x in where])}"
                        for t, where in went if where]  # fmt: skip
                if said:
                    text += f" {p.name}'s flight then: {'; '.join(said)}."
            if not yes and not visits and all_trips:  # "was Chawla ever aboard Mir?": what she flew
                text += f" {p.name}'s flights: {trips_said(facts, all_trips)}."
            if not yes and not visits:
                # "…flew to Salyut 7?" — no, and where to instead: a "no" says what is right
                elsewhere = stations_visited(facts, pid).text
                if " visited " in elsewhere and " never " not in elsewhere:
                    text += " " + elsewhere
        else:
            ev = _event(events)
            day_claims = [w for w in q.dates if w.op == "in" and w.span.is_day]
            if yes and ev in ("launch", "land") and day_claims and "utc" in q.tokens:
                # "…launched on 16 October 2021 UTC?": the UTC day, exactly (Shenzhou 13 left
                # at 16:23 UTC on the 15th, which was the 16th in Beijing)
                moments = [(facts.flights[t.up_flight].launch if ev == "launch"
                            else facts.flights[t.down_flight or t.up_flight].landing) for t in trips]  # fmt: skip
                yes = any(m and m.dt.date() == w.span.start for m in moments for w in day_claims)
                if not yes and moments and moments[0]:
                    f = facts.flights[
                        trips[0].up_flight
                        if ev == "launch"
                        else (trips[0].down_flight or trips[0].up_flight)
                    ]
                    tz = f.launch_tz if ev == "launch" else f.landing_tz
                    verb = "launched" if ev == "launch" else "landed"
                    return Reply(f"No: {f.name} {verb} on {ph.when(moments[0], tz)}, not on "
                                 f"{day_claims[0].span.label()} UTC.", [], ph.sources_of(f.source),
                                 people=[pid], flights=[f.id])  # fmt: skip
            text = (
                (
                    f"Yes: {p.name} flew {label or (f'{len(trips)} times' if len(trips) > 1 else 'on')}"
                    + (
                        f" as {q.seat or '/'.join(sorted(roles))}"
                        if roles and "as " not in label
                        else ""
                    )
                    + (": " if label or len(trips) > 1 else " ")
                    + "; ".join(
                        f"{trip_label(facts, t)}{_station_of_trip(facts, t, q)}, "
                        f"{_claim_day(t, events, len(trips))}"
                        for t in trips
                    )  # fmt: skip
                    + "."
                )
                if yes
                else f"No: I have no {_TRIP_WORD.get(_event(events), 'flight')} of {p.name} {label}."
            )
            # ("the Apollo side of Apollo–Soyuz": the flight of the program said)
            sided = [x for x in q.flights
                     if not q.programs or facts.flights[x].program in q.programs]  # fmt: skip
            if not yes and roles and len(sided) == 1:
                # "Sally Ride commanded STS-41-G, right?": no — and who did
                f = facts.flights[sided[0]]
                holders = [s.person for s in facts.seats_by_flight.get(f.id, []) if s.role in roles]
                mine_seat = next(
                    (s.role for s in facts.seats_by_flight.get(f.id, []) if s.person == pid), ""
                )
                if holders:
                    text += (f" {f.name}'s {'/'.join(sorted(roles))} was {names(facts, holders)}"
                             + (f"; {p.name} flew as {mine_seat}." if mine_seat else "."))  # fmt: skip
                held = [s.flight for s in facts.seats_by_person.get(pid, [])
                        if s.role in roles and s.flight in facts.flights]  # fmt: skip
                if held:
                    # "Eileen Collins commanded STS-63?": no — and what she did command
                    role = "/".join(sorted(roles))
                    text += (f" {p.name} was {role} of "
                             f"{ph.join([ph.flight_label(facts.flights[x]) for x in held])}.")  # fmt: skip
                if not mine_seat:  # not aboard at all: what they did fly
                    text += f" {p.name}'s flights: {trips_said(facts, all_trips)}."
            elif (
                not yes and q.dates and (undated := trips_matching(facts, q.copy(dates=[]), [pid]))
            ):
                # "…launched on Starliner in May 2024?": no — and when they did
                ev = _event(events)
                said = [f"{trip_label(facts, t)}, {ph.day(t.end if ev == 'land' and t.end else t.start)}"
                        for t in undated[:3]]  # fmt: skip
                verb = {"land": "came back", "launch": "launched"}.get(ev, "flew")
                text += f" {p.name} {verb} on {'; '.join(said)}."
            elif not yes and _event(events) == "land":
                # "he came back on Soyuz 31, didn't he?": no — on what, and when, he did
                downs = [(t, facts.flights[t.down_flight or t.up_flight]) for t in all_trips
                         if (q.flights and q.flights[0] in (t.up_flight, t.down_flight))
                         or facts.flights[t.up_flight].program in q.programs] or [
                    (t, facts.flights[t.down_flight or t.up_flight]) for t in all_trips]  # fmt: skip
                said = [f"on {f.name}, {ph.when(f.landing, f.landing_tz)}" if f.landing else
                        f"from {trip_label(facts, t)}" for t, f in downs[:6]]  # fmt: skip
                text += f" {p.name} came back {'; '.join(said)}."
            elif not yes:
                # "did Ivanov's Soyuz 33 dock with Salyut 6?": no — it failed to dock
                why = [outcome_sentence(facts.flights[f]) for f in q.flights
                       if any(f in (t.up_flight, t.down_flight) for t in all_trips)]  # fmt: skip
                if any(why):
                    text = "No: " + " ".join(w for w in why if w)
                text += f" {p.name}'s flights: {trips_said(facts, all_trips)}."
            if (
                not yes
                and len(q.flights) == 1
                and not roles
                and not any(q.flights[0] in (t.up_flight, t.down_flight) for t in all_trips)
            ):
                # "Aurora 7 was flown by Schirra?": no — and who did fly it
                f = facts.flights[q.flights[0]]
                crew = everyone_aboard(facts, f.id)
                if crew:
                    text += f" {ph.flight_label(f)} flew with {names(facts, crew)}."
            elif yes and len(q.flights) == 1 and not q.dates and len(trips) == 1:
                # "was Jeremy Hansen on Artemis II?": yes — and who flew with him (those who
                # went up with him, or came down with him if that is how he was aboard)
                f = facts.flights[q.flights[0]]
                seats = (
                    launch_crew(facts, f) if trips[0].up_flight == f.id else landing_crew(facts, f)
                )
                others = [s.person for s in seats if s.person != pid]
                if others and not any(facts.people[x].name in text for x in others):
                    text += f" With {names(facts, others)}."
        return Reply(text, [], ph.sources_of(p.source, *(facts.flights[t.up_flight].source for t in trips[:2])),
                     people=[pid], flights=[t.up_flight for t in trips])  # fmt: skip
    lost_any = _lost_with_craft(facts, all_trips)
    if not trips and q.outcome == "crew_loss" and lost_any and q.flights and q.agg != "yesno":
        # "(her first flight, STS-87) and on which mission did she die?": not the thread's
        # flight, the one she was lost on
        return person_part(facts, q.copy(flights=[], dates=[], rank=""), pid, part, group)
    if not trips and q.outcome == "crew_loss" and all_trips and not lost_any:
        # "when did Gagarin die?": not on a spaceflight, and nothing else is in the records
        raise Unanswerable(f"{p.name} was not lost on a spaceflight, and my records hold only "
                           "spaceflights, not what happened on Earth.",
                           [f"What missions has {p.name} flown?"])  # fmt: skip
    if not trips:
        raise Unanswerable(f"I have no flight of {p.name} {label} in my records.".replace("  ", " "),
                           [f"What missions has {p.name} flown?"])  # fmt: skip
    if "total" in asks and ("duration" in asks or "aboard" in events or not asks - {"total"}):
        return total_time(facts, pid, trips, label)
    if (
        q.agg == "count"
        and (asks & {"flights", "flight"} or events & {"fly", "launch"})
        and not q.rank
    ):
        return person_flights(facts, pid, trips, label, count=True)
    # "her crewmates", "who else was on his crew", "… and with whom?" (a clause of its own
    # that asks who, about a person: the others)
    # "who brought Akiyama home?": the ones who landed with him (the answer names the craft)
    carried = q.before_mention.get(pid) in _CARRY_VERBS and bool(events & {"land", "launch"})
    mates = (_asks_mates(q) or carried
             or (part is not q.parts[0] and bool(events) and not asks - {"who"}))  # fmt: skip
    if ("with" in asks or mates) and "who" in asks and "handover" not in asks:
        chosen = _rank_trips(trips, q.rank)
        if part is not q.parts[0] and not q.rank:
            chosen = chosen[-1:]  # "when did he come back, and with whom?": that same trip
        # "which Spaniard flew with Glenn?": the crewmates the person filters hold for
        kind = q.copy(people=[], flights=[], programs=set(), dates=[], times="", claims=[])
        # (when they hold for the person named, they describe that person: "Ivan Bella
        # from Slovakia landed with whom?")
        kind = kind if (q.describes_person or q.agencies)\
            and not person_ok(facts, kind, pid) else None  # fmt: skip
        return crewmates(facts, pid, chosen, _event(events), kind=kind)
    if "story" in asks and "duration" in asks and "why" not in q.tokens:
        # "how long were they up after their Soyuz sprang a leak?": the length is asked; the
        # leak only says which trip
        chosen = _rank_trips(trips, q.rank) if q.rank else trips[-1:]
        if not chosen:
            raise Unanswerable(f"I have no such flight of {p.name} in my records.")
        f = facts.flights[chosen[0].up_flight]
        no_story = [Part(asks - {"story"}, set(), set(roles))]
        return _execute(facts, q.copy(parts=no_story, flights=[f.id], programs=set()))
    if "story" in asks:
        chosen = _rank_trips(trips, q.rank) if q.rank else trips[-1:]
        if not chosen:  # ("the second time he …" of someone who flew once)
            raise Unanswerable(f"I have no such flight of {p.name} in my records.")
        f = facts.flights[chosen[0].up_flight]
        if asks & {"when", "time"} and q.outcome:
            # "what day did Komarov die on Soyuz 1?": a date is asked; the story is detail
            return flight_part(facts, q.copy(people=[], flights=[f.id]), f, part)
        if asks & {"when", "time", "who", "with"} and any(
            ev.flight != f.id for ev in flight_events(facts, f)
        ):
            # "which crew came up to rendezvous with them?": another vehicle's event they
            # took part in, asked of their flight
            return flight_part(facts, q.copy(people=[], flights=[f.id]), f, part)
        return Reply(
            f"{ph.flight_label(f)}: {story(f.notes)}"
            if f.notes
            else f"I have no story recorded for {f.name}.",
            [],
            ph.sources_of(f.source),
            flights=[f.id],
        )
    ranked = _rank_trips(trips, q.rank)
    asked_program = bool(q.programs_asked_at())
    if (
        q.rank.isdigit()
        and not ranked
        and (asked_program or _said_nth_time(q.tokens))
        and not (q.dates or q.stations)
    ):
        # "which shuttle flew Glenn the second time?": the program is asked, not a filter;
        # his second flight, a Shuttle's ("his second shuttle flight" still has none)
        nth = _rank_trips(all_trips, q.rank)
        if nth and facts.flights[nth[0].up_flight].program in q.programs:
            ranked = nth
    if q.rank and not ranked:
        raise Unanswerable(
            f"{p.name} has {len(trips)} flight{'s' if len(trips) != 1 else ''} {label} in my records, not {q.rank}."
        )
    many = len(ranked) > 1
    if "duration" in asks:
        if (
            "total" in asks
            # "how long was Liu Yang in space across her Shenzhou 9 and 14 flights?": summed
            or (many and {"across", "combined", "altogether"} & set(q.tokens))
            or (many and not (q.flights or q.dates or q.programs or q.stations or q.rank))
        ):
            return total_time(facts, pid, ranked, label)
        if many:
            lines = [trip_duration_line(facts, [pid], t) for t in ranked]
            return Reply(lines[-1] if len(lines) == 1 else f"{p.name} flew {len(ranked)} times {label}:".replace("  ", " "),
                         lines, ph.sources_of(p.source), people=[pid])  # fmt: skip
        t = ranked[0]
        # a crew that went up together may not have come down together (Soyuz TM-12:
        # Sharman 8 days, Artsebarsky 145, Krikalev 311): one line per stay
        stays: dict[tuple, tuple[Trip, list[str]]] = {}  # a stay's span and legs: its people
        for other in who_group:
            mine = next((u for u in facts.trips_by_person.get(other, [])
                         if {u.up_flight, u.down_flight} & {t.up_flight, t.down_flight}), t)  # fmt: skip
            key = (mine.start, mine.end, mine.up_flight, mine.down_flight)
            stays.setdefault(key, (mine, []))[1].append(other)
        if len(stays) > 1:
            lines = [trip_duration_line(facts, who, mine) for mine, who in stays.values()]
            return Reply(" ".join(lines), [], ph.sources_of(facts.flights[t.up_flight].source),
                         people=who_group, flights=[t.up_flight])  # fmt: skip
        return Reply(trip_duration_line(facts, who_group, t), [], ph.sources_of(p.source, facts.flights[t.up_flight].source),
                     {"seconds": trip_seconds(t)}, people=who_group, flights=[t.up_flight])  # fmt: skip
    if many and not (asks & {"when", "where", "time"} or events & {"land", "launch"}):
        return person_flights(facts, pid, ranked, label, count=q.agg == "count")
    if "where" in asks and events == {"aboard"} and not asks & {"when", "time", "duration"}:
        # "where was he staying?", "where did Lucid live in 1996?": the station of the trip
        said = []
        for t in ranked[-1:] if many and (q.from_context or len(ranked) > 4) else ranked:
            at = [facts.stations[x].name for x in trip_stations(facts, t) if x in facts.stations]
            said.append(f"{ph.join(at) if at else 'no space station'} ({trip_label(facts, t)}, "
                        f"{ph.day(t.start)} to {ph.day(t.end) if t.end else 'now'})")  # fmt: skip
        if said:
            return Reply(f"{p.name} stayed aboard {'; '.join(said)}.", [], ph.sources_of(p.source),
                         people=[pid], flights=[t.up_flight for t in ranked[-1:]])  # fmt: skip
    home = "land" in events or ("flight" in asks and "payload" in asks)
    leg_asked = home or "launch" in events or bool(asks & {"when", "where", "time"})

    def said_of(t: Trip) -> Reply:
        """The landing (or launch) asked, of one trip, for each group that took that leg."""
        if home:
            vehicle = "flight" in asks or "how" in asks
            return join_replies([person_return(facts, g, u, vehicle=vehicle)
                                 for g, u in _by_leg(facts, who_group, t, "down_flight")])  # fmt: skip
        return join_replies([person_launch(facts, g, u)
                             for g, u in _by_leg(facts, who_group, t, "up_flight")])  # fmt: skip

    latest = {"finally", "eventually", "ultimately", "again", "later", "last", "latest", "recently"}
    if (
        many
        and leg_asked
        and not q.dates
        and len(ranked) <= 4
        and len(who_group) == 1
        and not q.from_context
        and not latest & set(q.tokens)  # "when did she finally come home?": the last one
    ):
        # "when did Nicole Stott come home?": each of her trips, not only the last (which
        # one the asker means is not said; the first is as likely)
        try:
            r = join_replies([said_of(t) for t in ranked])
            r.flights = r.flights[::-1]  # a follow-up goes on from the latest, as before
            return r
        except Unanswerable:
            pass  # a trip still up or without a time: the last one alone, as before
    if many and {"years", "dates"} & set(q.tokens) and not events & {"land", "launch"}:
        # "what years did Shannon Lucid fly?": each flight with its year, all five
        return person_flights(facts, pid, ranked, label, count=False)
    if many:
        ranked = ranked[-1:] if not q.dates else ranked
        if len(ranked) > 1:
            return person_flights(facts, pid, ranked, label, count=False)
    t = ranked[0]
    # ("Inspiration4 …" "Isaacman flew again later, what was that mission called?": the
    # flight after that one)
    again = "again" in q.tokens and bool(events & {"fly", "launch"}) and not q.dates
    step = q.rank or ("next" if again and q.agg == "one" else "")
    if step in ("next", "previous") and len(q.flights) == 1 and t in all_trips:
        # "Inspiration4 …" "isaacman's next flight, what was it": the one after that flight
        k = all_trips.index(t) + (1 if step == "next" else -1)
        if not 0 <= k < len(all_trips):
            word = "after" if step == "next" else "before"
            raise Unanswerable(f"{facts.people[pid].name} has no flight {word} "
                               f"{trip_label(facts, t)} in my records.")  # fmt: skip
        t = all_trips[k]
    if leg_asked:
        return said_of(t)
    if asks & {"flight", "vehicle", "flights"} or q.rank or events & {"fly", "arrive", "aboard"}:
        return person_trip(facts, pid, t, all_trips)
    return profile(facts, pid)


# words of site names that name no place on their own ("near", "ocean")
_GENERIC_PLACE = GENERIC_PLACE
_MATES = frozenset({"crewmates", "crewmate", "colleagues", "companions"})


_CARRY_VERBS = frozenset({"brought", "bring", "took", "take", "carried", "carry", "flew",
                          "ferried", "fetched"})  # fmt: skip


def _asks_mates(q: Query) -> bool:
    """ "Her crewmates", "who else was on his crew": the others, not the person; "who was
    Rakesh Sharma's crew?", "who was on her crew?" (a person's crew, no flight named)."""
    words = set(q.tokens)
    if _MATES & words or ("else" in words and bool({"crew", "crews"} & words)):
        return True
    if q.people and q.flights and "who" in q.asks and {"else", "other", "others"} & words:
        return True  # "Soyuz 9, Nikolayev and who other?"
    return bool(q.people) and not q.flights and "who" in q.asks and "crew" in words


_ROLE_WORDS = frozenset({"commander", "pilot", "captain", "skipper", "boss", "engineer"})
_TRIP_WORD = {"launch": "launch", "land": "landing"}
_NTH = {
    "2": "second",
    "3": "third",
    "4": "fourth",
    "5": "fifth",
    "6": "sixth",
    "7": "seventh",
    "first": "first",
    "last": "last",
}
# "first flew", "her first flight", "the first time": a rank over all of someone's flights
_RANK_OF_ALL = frozenset({"flight", "flights", "mission", "missions", "spaceflight", "trip",
                          "time", "flew", "fly", "flown", "went", "launched", "visit", "visited",
                          "journey", "ride"})  # fmt: skip


def _claim_day(t: Trip, events: set[str], n: int) -> str:
    """The day a confirmed trip launched (or landed, when that was claimed), so a "yes"
    gives the date a fact-checker needs; only the year in a long list."""
    if n > 3:
        return str(t.start.year)
    if _event(events) == "land" and t.end:
        return f"back {ph.day(t.end)}"
    return ph.day(t.start)


def _rank_scope(q: Query) -> str:
    """What a rank in a yes/no question ranks: "his first Soyuz flight" the flights of
    that kind ("within"); "her second trip to the ISS" her trips there ("station"); "first
    flew on a Soyuz", "for her first flight" all of them ("all")."""
    word = _NTH.get(q.rank, q.rank)
    toks = q.tokens
    at = [i for i, t in enumerate(toks) if t == word]
    if not at:
        return "within"
    after = toks[at[0] + 1 : at[0] + 2]
    if not after or after[0] not in _RANK_OF_ALL:
        return "within"
    return "station" if "to" in toks[at[0] + 2 : at[0] + 3] else "all"


def _crew_time_of(facts: Facts, e, members) -> str:
    """ " Its crew (Malenchenko and Lu) were in space 184 days 22 h 47 min, launch to
    landing.": how long an expedition "lasted" is often quoted as its crew's flight, which
    begins before the handover and ends after it."""
    mid = e.start.dt + (e.end.dt - e.start.dt) / 2
    groups: dict[tuple, list[str]] = {}
    for pid in dict.fromkeys(m.person for m in members):
        trip = next((t for t in facts.trips_by_person.get(pid, [])
                     if t.start <= mid and t.end and t.end >= mid), None)  # fmt: skip
        if trip is not None:
            groups.setdefault((trip.start, trip.end), []).append(pid)
    if not groups or len(groups) > 2 or list(groups) == [(e.start.dt, e.end.dt)]:
        return ""  # (Mir EO-3 began and ended with its crew's flight: nothing to add)
    bits = [f"{names(facts, who)} {'were' if len(who) > 1 else 'was'} in space "
            f"{ph.duration((hi - lo).total_seconds())} ({ph.about_days((hi - lo).total_seconds())}), "
            f"{ph.day(lo)} to {ph.day(hi)}" for (lo, hi), who in groups.items()]  # fmt: skip
    return f" Its crew, launch to landing: {'; '.join(bits)}."


_PEOPLE_NOUNS = frozenset({"people", "astronauts", "cosmonauts", "taikonauts", "crew",
                           "crewmembers", "persons", "men", "women"})  # fmt: skip


def _station_of_trip(facts: Facts, t: Trip, q: Query) -> str:
    """ " (Salyut 1)" after a trip when "a space station" was asked and not named."""
    if not q.any_station or q.stations:
        return ""
    where = trip_stations(facts, t)
    return f" ({ph.join([facts.stations[x].name for x in where])})" if where else ""


def _lost_with_craft(facts: Facts, trips: list[Trip], outcomes=("crew_loss",)) -> list[Trip]:
    """The trips whose crew was lost with the flight they went up on (not home on another)."""
    return [t for t in trips if facts.flights[t.up_flight].outcome in outcomes
            and t.down_flight in (None, t.up_flight)]  # fmt: skip


def _programs_missed(facts: Facts, pid: str, programs: set[str]) -> list[str]:
    """The programs of `programs` none of the person's flights was on."""
    flown = [facts.flights[t.up_flight] for t in facts.trips_by_person.get(pid, [])]
    return sorted(x for x in programs if not any(program_ok(f, {x}) for f in flown))


def _not_all_programs(facts: Facts, q: Query, pid: str, trips: list, missing: list[str]) -> Reply:
    """ "No: Grissom flew Mercury and Gemini, not Apollo", with who did fly them all when the
    claim was that only one had ("the only astronaut to fly Mercury, Gemini and Apollo")."""
    p = facts.people[pid]

    def said(xs) -> list[str]:  # in the order the question said them
        low = q.raw.lower()
        return [x.title() for x in sorted(xs, key=lambda x: (low.find(x) % 10_000, x))]

    done = set(q.programs) - set(missing)
    text = (f"No: {p.name} flew {ph.join(said(done))} "
            f"({'; '.join(f'{trip_label(facts, t)}, {t.start.year}' for t in trips)}), "
            f"not {ph.join(said(missing), 'or')}.")  # fmt: skip
    shown = [pid]
    if "only" in q.tokens:
        every = [x for x in facts.people if not _programs_missed(facts, x, q.programs)]
        if every:
            text += f" {names(facts, every[:6])} flew all of {ph.join(said(q.programs))}."
            shown += every[:6]
    return Reply(
        text, [], ph.sources_of(p.source), people=shown, flights=[t.up_flight for t in trips]
    )


def _on_program(q: Query) -> str:
    """ "on an Apollo", "on a Shuttle/Soyuz": the programs said, with their article."""
    prog = "/".join(sorted(q.programs)).title()
    return f"on {'an' if prog[:1] in 'AEIOU' else 'a'} {prog}"


def _lost_day(facts: Facts, f: Flight) -> str:
    """ "1 February 2003": the day a lost flight ended (its launch day for an ascent)."""
    end = flight_end(facts, f)
    return ph.day(end) if end else ph.day(f.launch.dt)


def _station_moment_checked(st: Station, land: bool, dates: list[When]) -> str:
    """ "Yes: Mir came down on 23 March 2001, 05:59 UTC.": a station's end (or launch), led
    by whether the dates said hold for it."""
    moment = st.end if land else st.launch
    yes = _at_dates(dates, moment.dt)
    verb = "came down" if land else "was launched"
    return f"{'Yes' if yes else 'No'}: {st.name} {verb} on {ph.utc(moment)}."


def _firsts_of(facts: Facts, q: Query, pid: str) -> Reply:
    """ "What first did Wang Yaping set on Shenzhou 13?": the firsts the records give the
    person, those that name the flight (or year) asked about when one is."""
    p = facts.people[pid]
    firsts = list(p.firsts)
    if q.flights:
        # the flight named in the first, or a first dated within it ("(7 November 2021)"
        # during Shenzhou 13)
        trips = [t for t in facts.trips_by_person.get(pid, [])
                 if {t.up_flight, t.down_flight} & set(q.flights)]  # fmt: skip
        years = {str(y) for t in trips for y in range(t.start.year, (t.end or t.start).year + 1)}
        firsts = [c for c in firsts
                  if any(ph.says(c, facts.flights[f].name) for f in q.flights)
                  or set(YEAR_IN_TEXT.findall(c)) & years]  # fmt: skip
    for w in q.dates:
        lo, hi = w.bounds()
        firsts = [c for c in firsts if any(lo.year <= int(y) <= hi.year
                                           for y in YEAR_IN_TEXT.findall(c))]  # fmt: skip
    if not firsts:
        raise Unanswerable(f"I have no first recorded for {p.name}"
                           + (" then" if q.flights or q.dates else "") + ".")  # fmt: skip
    lead = "Yes: " if q.agg == "yesno" else ""  # ("did Chen Dong set a record?")
    return Reply(f"{lead}{p.name}: " + "; ".join(firsts) + ".", [], ph.sources_of(p.source),
                 people=[pid], flights=list(q.flights))  # fmt: skip


def _craft_said(facts: Facts, q: Query) -> str:
    """The orbiter or capsule the question named ("Challenger"), from its flights."""
    crafts = dict.fromkeys(facts.flights[x].spacecraft for x in q.spacecraft if x in facts.flights)
    return ph.join([c for c in crafts if c])


def _filter_label(facts: Facts, q: Query) -> str:
    bits = []
    if q.flights:
        bits.append("on " + ph.join([facts.flights[f].name for f in q.flights]))
    if q.programs:
        bits.append(f"{_on_program(q)} flight")
    if q.spacecraft and not q.flights:
        bits.append("on " + _craft_said(facts, q))
    if q.stations:
        bits.append("to " + ph.join([facts.stations[s].name for s in q.stations]))
    elif q.any_station:
        bits.append("to a space station")
    bits += [w.label() for w in q.dates]
    if q.roles:
        bits.append("as " + (q.seat or "/".join(sorted(q.roles))))
    return " ".join(bits)


def _station_command(facts: Facts, q: Query, pid: str) -> bool:
    """Is "when did X command…" about a station's command? Not when a kind of craft is said
    ("when did Eileen Collins first command a shuttle?"), nor for someone who only ever
    commanded flights: then it is the flights they commanded."""
    if q.programs or q.spacecraft:
        return False
    return any(s[2] == pid for s in _commands(facts)) or not any(
        s.role == "commander" for s in facts.seats_by_person.get(pid, [])
    )


def command_dates(facts: Facts, q: Query, pid: str) -> Reply:
    """ "When did Suni become ISS commander in 2024?": the start of each spell of command."""
    spells = [s for s in _commands(facts) if s[2] == pid]
    if q.dates:
        spells = [s for s in spells if _date_ok(q.dates[0], s[0], s[1], "launch")] or [
            s for s in spells if _date_ok(q.dates[0], s[0], s[1], "any")
        ]
    if q.rank == "first" or q.rank == "last" or q.rank.isdigit():
        # "when did Whitson first command the ISS?": that spell, not all three
        n = {"first": 1, "last": len(spells)}.get(q.rank) or int(q.rank)
        spells = spells[n - 1 : n] if 0 < n <= len(spells) else []
    p = facts.people[pid]
    if not spells:
        raise Unanswerable(
            f"I have no command by {p.name} {' '.join(w.label() for w in q.dates)} in my records."
        )
    merged = merge_spells(facts, spells)  # (Pesquet, 65 into 66: one command, both named)
    lines = [f"{ph.join([facts.expeditions[x].name for x in es])}: from {ph.day(lo)}"
             + (f" to {ph.day(hi)}" if hi != _NEVER else "") for lo, hi, _, es in merged]  # fmt: skip
    lo, _hi, _, e = spells[0]
    st = facts.stations[facts.expeditions[e].station].name
    text = f"{p.name} took command of {st} on {ph.day(lo)} ({ph.join([facts.expeditions[x].name for x in merged[0][3]])})."
    if "handover" in q.asks:
        # "… from when, and who gave it to him?": the one whose command ended as his began
        before = [x for x in _commands(facts) if x[2] != pid
                  and abs((x[1] - lo).total_seconds()) < 2 * 86400
                  and facts.expeditions[x[3]].station == facts.expeditions[e].station]  # fmt: skip
        if before:
            pron = "She" if p.sex == "female" else "He"
            text += f" {pron} took over from {facts.people[before[-1][2]].name}."
    spells = [(lo, hi, who, es[0]) for lo, hi, who, es in merged]
    if len(spells) > 1:
        where = {facts.expeditions[x[3]].station for x in spells}
        # (Padalka commanded Mir and the ISS: "a station", each expedition naming which)
        st = st if len(where) == 1 else "a space station"
        text = f"{p.name} commanded {st} {len(spells)} times: " + "; ".join(lines) + "."
    return Reply(text, [], ph.sources_of(facts.expeditions[e].source), people=[pid],
                 expeditions=[x[3] for x in spells])  # fmt: skip


def stations_visited(facts: Facts, pid: str, dates: list[When] | None = None) -> Reply:
    """The stations a person went to, flight by flight; `dates` keeps the trips of that time
    ("which station did Malyshev go to in 1980?": Salyut 6, not Salyut 7 in 1984 too)."""
    p = facts.people[pid]
    visits: dict[str, list[str]] = {}
    trips = [t for t in facts.trips_by_person.get(pid, [])
             if all(_date_ok(w, t.start, t.end or t.start, "any") for w in dates or ())]  # fmt: skip
    for t in trips:
        for fid in dict.fromkeys(x for x in (t.up_flight, t.down_flight) if x):
            f = facts.flights[fid]
            for st in visited(facts, f):
                visits.setdefault(st, [])
                if t.up_flight not in visits[st]:
                    visits[st].append(t.up_flight)
    if not visits:
        when = " " + " ".join(w.label() for w in dates) if dates else ""
        return Reply(f"{p.name} visited no space station{when}, as far as my records show.", [],
                     ph.sources_of(p.source), people=[pid])  # fmt: skip
    parts = [f"{facts.stations[s].name} ({ph.join([facts.flights[f].name for f in fs])})"
             for s, fs in visits.items()]  # fmt: skip
    return Reply(f"{p.name} visited {ph.join(parts)}.", [], ph.sources_of(p.source), people=[pid])


def person_flights(facts: Facts, pid: str, trips: list[Trip], label: str, count: bool) -> Reply:
    p = facts.people[pid]
    n = len(trips)
    labels = [f"{trip_label(facts, t)}, {t.start.year}" for t in trips]
    times = {1: "once", 2: "twice"}.get(n, f"{n} times")
    scope = f" {label}" if label else " to space"
    text = f"{p.name} has flown{scope} {times} ({n} spaceflight{'s' if n != 1 else ''}): {'; '.join(labels)}."
    return Reply(text, [], ph.sources_of(p.source), {"person": pid, "count": n},
                 items=labels, people=[pid], flights=[t.up_flight for t in trips], title=p.name,
                 listed=[t.up_flight for t in trips])  # fmt: skip


def total_time(facts: Facts, pid: str, trips: list[Trip], label: str) -> Reply:
    p = facts.people[pid]
    total = sum(trip_seconds(t) or 0 for t in trips)
    scope = f" {label}" if label else ""
    text = (f"{p.name} has spent {ph.duration(total)} in space{scope} ({ph.about_days(total)}) "
            f"over {len(trips)} flight{'s' if len(trips) != 1 else ''}.")  # fmt: skip
    details = [f"{trip_label(facts, t)}: {trip_span(facts, t)}." for t in trips]
    return Reply(text, details, ph.sources_of(p.source), {"person": pid, "seconds": total},
                 people=[pid], title=p.name)  # fmt: skip


def _by_leg(facts: Facts, group: list[str], t: Trip, leg: str) -> list[tuple[list[str], Trip]]:
    """The group split by who really took that leg of trip `t` (its up or down flight):
    Krikalev flew up with Helen Sharman but came home ten months after her, so "when did
    they land?" has two answers. Each other member with their own trip of that thread."""
    legs = {t.up_flight, t.down_flight}
    out: dict[str | None, tuple[list[str], Trip]] = {getattr(t, leg): ([group[0]], t)}
    for pid in group[1:]:
        theirs = [
            u for u in facts.trips_by_person.get(pid, []) if {u.up_flight, u.down_flight} & legs
        ]
        u = next(
            (x for x in theirs if getattr(x, leg) == getattr(t, leg)), theirs[0] if theirs else t
        )
        out.setdefault(getattr(u, leg), ([], u))[0].append(pid)
    return list(out.values())


def person_return(facts: Facts, pids: list[str], t: Trip, vehicle: bool = False) -> Reply:
    who = names(facts, pids)
    if not t.down_flight:
        f = facts.flights[t.up_flight]
        if f.outcome in LOST_WITH_CREW:
            return Reply(
                f"{who} never came back: {f.name} was lost with its crew.",
                [],
                ph.sources_of(f.source),
            )
        raise Unanswerable(
            f"{who} launched on {ph.day(t.start)} and had not come back by the end of my records."
        )
    f = facts.flights[t.down_flight]
    if f.landing is None:
        if f.outcome in LOST_WITH_CREW:
            return Reply(f"{who} never came back: {f.name} was lost with its crew.", [story(f.notes)] if f.notes else [],
                         ph.sources_of(f.source), people=pids, flights=[f.id])  # fmt: skip
        raise Unanswerable(f"I have no landing time for {f.name}.")
    text = f"{who} came back to Earth on {ph.when(f.landing, f.landing_tz)} aboard {ph.flight_label(f)}"
    text += f", landing {ph._at(f.landing_site)}." if f.landing_site else "."
    details = []
    us = ph.us_eastern(f.landing)
    if us:
        details.append(f"That was {us} in Houston/Florida time.")
    if t.up_flight != t.down_flight:
        details.append(
            f"They had launched on {facts.flights[t.up_flight].name} on {ph.day(t.start)}."
        )
    if t.end:
        secs = (t.end - t.start).total_seconds()
        # ("370 days 21 h 22 min": the 371 days people quote beside it)
        about = f" ({ph.about_days(secs)})" if secs >= 2 * 86400 else ""
        details.append(f"Time in space: {ph.duration(secs)}{about}.")
    return Reply(text, details, ph.sources_of(f.source), {"flight": f.id},
                 people=pids, flights=[f.id], title=f.name)  # fmt: skip


def person_launch(facts: Facts, pids: list[str], t: Trip) -> Reply:
    f = facts.flights[t.up_flight]
    text = (f"{names(facts, pids)} launched on {ph.when(f.launch, f.launch_tz)} aboard "
            f"{ph.flight_label(f)}" + (f" from {f.launch_site}." if f.launch_site else "."))  # fmt: skip
    return Reply(text, [], ph.sources_of(f.source), {"flight": f.id}, people=pids,
                 flights=[f.id], title=f.name)  # fmt: skip


def person_trip(facts: Facts, pid: str, t: Trip, all_trips: list[Trip]) -> Reply:
    p = facts.people[pid]
    up = facts.flights[t.up_flight]
    i = all_trips.index(t) + 1 if t in all_trips else 0
    nth = {
        1: "first",
        2: "second",
        3: "third",
        4: "fourth",
        5: "fifth",
        6: "sixth",
        7: "seventh",
    }.get(i, f"#{i}")
    text = f"{p.name}'s {nth} flight was {trip_label(facts, t)}, launched {ph.day(t.start)}"
    span = trip_span(facts, t)
    secs = trip_seconds(t)
    if secs and secs >= 2 * 86400 and "about" not in span:
        span += f", about {round(secs / 86400)} days"  # "373 days 20 h": about 374
    text += f", back {ph.day(t.end)} ({span})." if t.end else f" ({span})."
    if len(all_trips) > 1:
        text += f" (Flight {i} of {len(all_trips)}.)"
    return Reply(text, [], ph.sources_of(up.source), {"flight": up.id}, people=[pid],
                 flights=[x for x in (t.up_flight, t.down_flight) if x], title=p.name)  # fmt: skip


def crewmates(facts: Facts, pid: str, trips: list[Trip], event: str = "any",
              roles: set[str] | frozenset[str] = frozenset(), kind: Query | None = None) -> Reply:  # fmt: skip
    """Who flew with a person: on the way up, on the way down ("who landed with X"), or
    both, flight by flight; `roles` keeps only crewmates in that seat ("… as commander"),
    `kind` only those its person filters hold for ("which Spaniard flew with Glenn?")."""
    lines, mates_all, flights = [], [], []
    for t in trips:
        legs = {"launch": [t.up_flight], "land": [t.down_flight]}.get(
            event, [t.up_flight, t.down_flight]
        )
        for fid in dict.fromkeys(x for x in legs if x):
            seats = facts.seats_by_flight.get(fid, [])
            # who went up with them on the flight they went up on, and who came down with
            # them on the one they came home on (Soyuz TM-31 brought Tito's crew home)
            if event == "launch" or (event != "land" and fid == t.up_flight != t.down_flight):
                seats = [s for s in seats if s.went_up]
            elif event == "land" or fid == t.down_flight != t.up_flight:
                seats = [s for s in seats if s.came_down]
            if roles:
                seats = [s for s in seats if s.role in roles]
            mates = list(dict.fromkeys(s.person for s in seats if s.person != pid))
            if kind is not None:
                mates = [m for m in mates if person_ok(facts, kind, m)]
            if (roles or kind is not None) and not mates:
                continue
            flights.append(fid)
            mates_all += [m for m in mates if m not in mates_all]
            lines.append(f"On {facts.flights[fid].name}: {names(facts, mates) or 'nobody else'}.")
    p = facts.people[pid]
    if not lines:
        such = "/".join(sorted(roles))
        if kind is not None:  # "no Russian woman": what the filters asked, in words
            such = _desc(kind).strip() or "such crewmate"
        raise Unanswerable(f"I have no {such or 'one'} who flew with {p.name} there.")
    verb = {"launch": "launched with", "land": "landed with"}.get(event, "flew with")
    if roles:
        verb += " " + " and ".join(f"{r} " for r in sorted(roles)).strip()
    text = (
        f"{p.name}'s crewmates{' (' + ', '.join(sorted(roles)) + ')' if roles else ''}: "
        + " ".join(lines)
    )
    details = []
    same = {line.split(": ", 1)[1] for line in lines}
    if len(lines) > 1 and len(same) == 1:
        # up on one Soyuz and home on another with the same people: one sentence
        text = (f"{p.name} {verb} {names(facts, mates_all) or 'nobody else'} on "
                f"{ph.join([facts.flights[f].name for f in flights])}.")  # fmt: skip
        details = []
    if len(lines) == 1:
        f = facts.flights[flights[0]]
        text = f"{p.name} {verb} {names(facts, mates_all) or 'nobody else'} on {f.name}."
        moment = f.landing if event == "land" else f.launch
        details = (
            [
                f"{'Landing' if event == 'land' else 'Launch'}: {ph.when(moment, f.landing_tz if event == 'land' else f.launch_tz)}."
            ]
            if moment
            else []
        )
    # the person stays the one "he"/"she" means next; "they" are the flight's crew
    return Reply(text, details, ph.sources_of(*(facts.flights[f].source for f in flights[:3])),
                 people=[pid], flights=flights, items=lines if len(lines) > 1 else [],
                 listed=mates_all)  # fmt: skip


_SUPERLATIVE_RANKS = frozenset({"most", "fewest", "longest", "shortest", "oldest", "youngest"})


def _said_nth_time(tokens: list[str]) -> bool:
    """ "the 2nd time", "the second time he flew": an ordinal of the person's times in
    space, whatever else the question narrows."""
    from .lexicon import is_ordinal

    return any(b in ("time", "trip") and is_ordinal(a) for a, b in zip(tokens, tokens[1:]))


def _age(facts: Facts, q: Query, pid: str) -> Reply:
    p = facts.people[pid]
    if not p.birth_date:
        raise Unanswerable(f"I don't have {p.name}'s birth date.")
    b = p.birth_date
    text = f"{p.name} was born on {b.day} {b.strftime('%B %Y')}."
    # "when she flew to Mir", "after his 437-day flight": the trip those pick out
    narrowed = q.flights or q.rank or q.dates or q.programs or q.stations or q.claims
    trips = trips_matching(facts, q, [pid]) if narrowed else []
    if q.claims:
        trips = [t for t in trips if duration_fits(q.claims, trip_seconds(t), True)] or trips
    if (not narrowed or not trips) and ("age" in q.asks or "was" in q.tokens):
        # "how old was Gagarin when he went to space?", "Tito's age at launch?": the age at
        # each flight (a birth date alone does not answer an age)
        every = facts.trips_by_person.get(pid, [])
        ages = [
            f"{years_between(b, t.start.date())} on {trip_label(facts, t)} ({ph.day(t.start)})"
            for t in every[:5]
        ]
        if ages:
            text += f" {p.name} was " + "; ".join(ages) + "."
            return Reply(text, [], ph.sources_of(p.source), people=[pid])
    ranked = _rank_trips(trips, q.rank) if q.rank else trips
    if not ranked and trips and q.rank.isdigit() and _said_nth_time(q.tokens):
        # "how old was Glenn when he flew on the Shuttle the 2nd time?": his second time in
        # space, which was on a Shuttle (not a second Shuttle flight, which he never made)
        ranked = [t for t in _rank_trips(facts.trips_by_person.get(pid, []), q.rank) if t in trips]
    trips = ranked
    if trips:
        t = trips[0]
        if "land" in q.events and t.end and t.down_flight:
            # "how old was he when he landed?": at the landing, not the launch
            years = years_between(b, t.end.date())
            down = facts.flights[t.down_flight].name
            text += f" {p.name} was {years} at landing on {ph.day(t.end)} ({down})."
        else:
            years = years_between(b, t.start.date())
            text += f" {p.name} was {years} at launch on {ph.day(t.start)} ({facts.flights[t.up_flight].name})."
        # "how old was he on his last flight?" "who else was on that crew?": that flight
        return Reply(text, [], ph.sources_of(p.source), people=[pid],
                     flights=[x for x in (t.up_flight, t.down_flight) if x])  # fmt: skip
    return Reply(text, [], ph.sources_of(p.source), people=[pid])


def _member_span(facts: Facts, m) -> tuple[datetime | None, datetime | None]:
    """When a member was on their expedition: their own dates, else the expedition's."""
    e = facts.expeditions[m.expedition]
    start, end = m.start or e.start, m.end or e.end
    return (start.dt if start else None), (end.dt if end else None)


def person_expeditions(facts: Facts, q: Query, pid: str, commanded: bool) -> Reply:
    p = facts.people[pid]
    if commanded and q.agg != "yesno" and "who" in q.asks and len(q.expeditions) == 1:
        e = facts.expeditions[q.expeditions[0]]
        crew = facts.members_by_expedition.get(e.id, [])
        boss = [m.person for m in crew if m.role == "commander" and m.person != pid]
        if boss and any(m.person == pid for m in crew):
            # "who commanded Expedition 8, the one Kaleri was on?": its commander, not his
            return Reply(f"{names(facts, boss)} commanded {e.name} ({p.name} served on it).",
                         [], ph.sources_of(e.source), people=boss, expeditions=[e.id])  # fmt: skip
    rows = [
        m
        for m in facts.members_by_person.get(pid, [])
        if not commanded
        or (m.role == "commander" and not _handover_only(facts.expeditions[m.expedition], m))
    ]
    if q.stations:
        rows = [m for m in rows if facts.expeditions[m.expedition].station in q.stations]
    for w in q.dates:  # "which expedition did she command in 2007-2008?"
        rows = [m for m in rows if _date_ok(w, *_member_span(facts, m), "any")]
    if q.expeditions and q.agg != "yesno":
        # the expedition the thread is about ("which expedition?" after her first command)
        rows = [m for m in rows if m.expedition in q.expeditions] or rows
    elif q.flights and q.agg != "yesno":
        # "which expedition?" in a thread on her Soyuz TMA-11 trip: the one of that trip
        legs = [t for t in facts.trips_by_person.get(pid, [])
                if {t.up_flight, t.down_flight} & set(q.flights) and t.end]  # fmt: skip
        rows = [m for m in rows
                if any((s := _member_span(facts, m))[0] and s[0] < t.end and (s[1] is None or s[1] > t.start)
                       for t in legs)] or rows  # fmt: skip
    exps = list(dict.fromkeys(m.expedition for m in rows))
    exps.sort(key=lambda e: (facts.expeditions[e].station, facts.expeditions[e].number))
    what = "commanded" if commanded else "served on"
    if q.agg == "yesno":
        if q.expeditions:
            yes = bool(set(q.expeditions) & set(exps))
            tgt = ph.join([facts.expeditions[e].name for e in q.expeditions])
            text = f"{'Yes' if yes else 'No'}: {p.name} {'' if yes else 'never '}{what} {tgt}."
            x = facts.expeditions[q.expeditions[0]]
            mine = [m for m in rows if m.expedition == x.id]
            span = _member_span(facts, mine[0]) if yes and commanded and mine else (None, None)
            if yes and len(q.expeditions) == 1 and span[0] and span[1]:
                # "Pesquet commanded Expedition 66, right?": his own time in command (17
                # October to 6 November 2021), not the expedition's
                text = text[:-1] + f", from {ph.day(span[0])} to {ph.day(span[1])}."
            elif yes and len(q.expeditions) == 1 and x.start:  # when, so the yes can be checked
                text = (
                    text[:-1]
                    + f" ({ph.day(x.start.dt)} to {ph.day(x.end.dt) if x.end else 'ongoing'})."
                )
            if yes and commanded and (also := [e for e in exps if e not in q.expeditions]):
                text += f" {p.name} also commanded {ph.join([facts.expeditions[e].name for e in also])}."
            if not yes and commanded:  # "was Gidzenko the commander of Expedition 1?" — Shepherd
                for e in q.expeditions:
                    cmdr = [m.person for m in facts.members_by_expedition.get(e, [])
                            if m.role == "commander" and not _handover_only(facts.expeditions[e], m)]  # fmt: skip
                    if cmdr:
                        text += f" {names(facts, list(dict.fromkeys(cmdr)))} commanded {facts.expeditions[e].name}."
            if not yes and exps:  # "… commanded Expedition 34, yes?" — no: 35
                text += f" {p.name} {what} {ph.join([facts.expeditions[e].name for e in exps])}."
            return Reply(text, [], ph.sources_of(p.source), people=[pid], expeditions=exps)  # fmt: skip
        where = ph.join([facts.stations[x].name for x in q.stations]) or "a station"
        with_exps = {e.station for e in facts.expeditions.values()}
        if commanded and q.stations and not set(q.stations) & with_exps:
            # "has Chen Dong commanded more than one Tiangong crew?": a station without
            # expeditions in the records is commanded by the flights' commanders
            led = [t.up_flight for t in facts.trips_by_person.get(pid, [])
                   if any(s.person == pid and s.role == "commander"
                          for s in facts.seats_by_flight.get(t.up_flight, []))
                   and set(visited(facts, facts.flights[t.up_flight])) & set(q.stations)]  # fmt: skip
            n = len(led)
            times = q.times if q.times and q.times != "=first" else ""
            if not times and re.search(r"\b(?:more than one|several|multiple|twice|two or more)\b",
                                       q.raw.lower()):  # fmt: skip
                times = ">1"  # "more than one Tiangong crew"
            yes = count_holds(n, times) if times else n > 0
            said = ph.join([facts.flights[f].name for f in led])
            text = (f"{'Yes' if yes else 'No'}: {p.name} commanded {n} flight{'s' if n != 1 else ''} "
                    f"to {where}" + (f": {said}." if led else "."))  # fmt: skip
            return Reply(text, [], ph.sources_of(p.source), people=[pid], flights=led)
        if q.times and q.times != "=first":
            # "did Chiao command the ISS more than once?": the commands counted (one across
            # an expedition's end is one), then the count against the claim
            if commanded:
                groups = [[facts.expeditions[e].name for e in m[3]]
                          for m in commands_of(facts, pid, q.stations)]  # fmt: skip
            else:
                groups = [[facts.expeditions[e].name] for e in exps]
            n = len(groups)
            yes = count_holds(n, q.times)
            said = {0: "never", 1: "once", 2: "twice"}.get(n, f"{n} times")
            if not commanded:  # "served on 11 expeditions", not "served on the ISS 11 times"
                where, said = (
                    f"{n} expedition{'s' if n != 1 else ''}",
                    (f"of {where}" if q.stations else ""),
                )
            listed = "; ".join(ph.join(g) for g in groups)
            text = (f"{'Yes' if yes else 'No'}: {p.name} {what} {where} {said}".rstrip()
                    + (f" ({listed})." if groups else ", as far as my records show."))  # fmt: skip
            return Reply(text, [], ph.sources_of(p.source), people=[pid], expeditions=exps)
        if exps:
            return Reply(f"Yes: {p.name} {what} {ph.join([facts.expeditions[e].name for e in exps])}.",
                         [], ph.sources_of(p.source), people=[pid], expeditions=exps)  # fmt: skip
        return Reply(f"No: {p.name} never {'commanded' if commanded else 'served on'} {where}, as far as my records show.",
                     [], ph.sources_of(p.source), people=[pid])  # fmt: skip
    if not exps:
        return Reply(f"{p.name} {what} no expedition, as far as my records show.", [],
                     ph.sources_of(p.source), people=[pid])  # fmt: skip
    if (q.rank in ("first", "last") or q.rank.isdigit()) and len(exps) > 1 and not q.expeditions:
        # "Peggy Whitson: first woman to command the ISS — which expedition?": her first
        # command (Expedition 16), not both
        k = {"first": 1, "last": len(exps)}.get(q.rank) or int(q.rank)
        if 1 <= k <= len(exps):
            e = facts.expeditions[exps[k - 1]]
            when_ = f" ({e.start.dt.year})" if e.start else ""
            word = {1: "first", len(exps): "last"}.get(k, ph.ordinal(k))
            return Reply(f"{p.name}'s {word} {'command' if commanded else 'expedition'} was "
                         f"{e.name}{when_} (of {len(exps)}: "
                         f"{ph.join([facts.expeditions[x].name for x in exps])}).", [],
                         ph.sources_of(p.source, e.source), {"expeditions": [e.id]}, people=[pid],
                         expeditions=[e.id], title=p.name)  # fmt: skip
    labels = [facts.expeditions[e].name for e in exps]
    n = f"{len(exps)} expedition{'s' if len(exps) != 1 else ''}"
    text = f"{p.name} {what} {n}: {ph.join(labels)}."
    if q.expeditions and set(exps) <= set(q.expeditions):
        text = f"{ph.join(labels)}: {p.name} {what} it."  # the thread's one, not a count
    return Reply(text, [], ph.sources_of(p.source, *(facts.expeditions[e].source for e in exps[:2])),
                 {"expeditions": exps}, people=[pid], expeditions=exps, title=p.name)  # fmt: skip


def handover(facts: Facts, q: Query, pid: str | None, exp: str | None = None,
             taking: bool | None = None) -> Reply:  # fmt: skip
    """Who took command from whom. `taking`: whether `pid` is the one who took over (else
    the one who handed over); None reads it from the words."""
    if (
        taking is None
        and pid
        and sum("handover" in p.asks for p in q.parts) >= 2
        and q.tokens.count("from") >= 2
    ):
        # "who did Hadfield take over from, and who took over from him?": both sides
        one = q.copy(parts=[q.parts[0]])
        return join_replies(
            [handover(facts, one, pid, exp, True), handover(facts, one, pid, exp, False)]
        )
    spells = _commands(facts)
    if pid and (q.flights or q.stations) and not exp and "commander" not in q.roles:
        swap = _crew_swap(facts, q, pid, spells)
        if swap is not None:
            return swap
    station_of = {e.id: e.station for e in facts.expeditions.values()}
    mine = [
        i
        for i, s in enumerate(spells)
        if (pid is None or s[2] == pid) and (exp is None or s[3] == exp)
    ]
    if q.expeditions and pid:
        mine = [i for i in mine if spells[i][3] in q.expeditions] or mine
    if q.flights and pid:  # the command of the trip the thread is about
        legs = set(q.flights)
        trips = [
            t for t in facts.trips_by_person.get(pid, []) if {t.up_flight, t.down_flight} & legs
        ]
        if trips:
            t = trips[0]
            mine = [
                i for i in mine if spells[i][0] < (t.end or _NEVER) and spells[i][1] > t.start
            ] or mine
    if q.dates:
        lo = day_start(q.dates[0].span.start) - timedelta(days=31)
        hi = day_end(q.dates[0].span.end) + timedelta(days=31)
        dated = [i for i in mine if spells[i][0] <= hi and spells[i][1] >= lo]
        if not dated and pid:
            # never another year's handover for the date asked: say what the records hold
            held = "; ".join(f"{facts.expeditions[spells[i][3]].name} from {ph.day(spells[i][0])}"
                             for i in mine[:8])  # fmt: skip
            if not held:
                raise Unanswerable(f"I have no record of whom {facts.people[pid].name} handed over "
                                   f"to or took over from {q.dates[0].label()}.")  # fmt: skip
            raise Unanswerable(f"{facts.people[pid].name} had no command {q.dates[0].label()} in my "
                               f"records. Commands: {held}.")  # fmt: skip
        mine = dated or mine
    if not mine and pid and not exp and "commander" not in q.roles:
        # "who replaced him?" of someone who never commanded: his seat aboard, on his stay
        # at a station in the thread's time (Linenger's on Mir in 1997)
        stations = q.stations or list(dict.fromkeys(
            facts.flights[x].station for t in facts.trips_by_person.get(pid, [])
            for x in (t.up_flight, t.down_flight) if x and facts.flights[x].station))  # fmt: skip
        swap = _crew_swap(facts, q.copy(stations=stations), pid, spells) if stations else None
        if swap is not None:
            return swap
    if not mine:
        raise Unanswerable("I have no command of that in my records.")
    word = q.before_mention.get(pid or "", "")
    if pid and word not in ("to", "preceded", "before"):
        # "who handed over to Onishi in April 2025, and what expedition did Onishi lead?":
        # the name's first mention, not its last, says which side of the handover it is
        names_ = _person_words(facts, pid)
        toks = q.tokens
        first = next((i for i, t in enumerate(toks) if t in names_), None)
        if first:
            word = toks[first - 1]
    # "handed command to X" / "who did X replace": X is the one who took over
    # "who commanded before Ovchinin?": "before" next to the name; "who did Kelly hand command
    # to before his year in space ended?" is his successor
    before = word in ("to", "preceded", "before") or (
        "before" in q.tokens and "after" not in q.tokens and "to" not in q.tokens
    )
    before = before or _takes_over(facts, q, pid)
    if taking is not None:
        before = taking
    # "who gave him the command?": he is the one who took over
    before = before or (pid is not None and bool({"gave", "give", "given"} & set(q.tokens)))
    # "who handed her command?", "who passed Williams the station?": she took over
    said = _person_words(facts, pid) if pid else set()
    before = before or any(
        a in ("handed", "hand", "hands", "passed", "pass", "passes")
        and (b in ("her", "him", "them") or b in said)
        and "to" not in q.tokens[k + 2 :]
        for k, (a, b) in enumerate(zip(q.tokens, q.tokens[1:]))
    )
    # "who handed the station over to her?": she is the one who took over
    before = before or any(
        a == "to" and b in ("her", "him", "them") for a, b in zip(q.tokens, q.tokens[1:])
    )
    # "who took command when Expedition 72 began?": the handover that opened it
    before = before or (
        pid is None and bool({"began", "begin", "start", "started", "beginning"} & set(q.tokens))
    )
    i = mine[0] if before else mine[-1]
    if q.rank == "first" and pid is not None:
        i = mine[0]  # "who did she hand over to the first time?"
    if not before and pid is None:
        n = next(
            (
                k
                for k in range(i + 1, len(spells))
                if station_of[spells[k][3]] == station_of[spells[i][3]]
            ),
            None,
        )
        if n is not None and spells[n][2] == spells[i][2]:
            before = True  # the expedition's last commander went on into the next: the handover is into them
    j = i - 1 if before else i + 1
    while 0 <= j < len(spells) and (
        station_of[spells[j][3]] != station_of[spells[i][3]] or spells[j][2] == spells[i][2]
    ):  # another station's command, or the same commander going on into a new expedition
        j += -1 if before else 1
    if not 0 <= j < len(spells):
        raise Unanswerable("I have no handover of that command in my records.")
    a, b = (spells[j], spells[i]) if before else (spells[i], spells[j])
    ea, eb = facts.expeditions[a[3]], facts.expeditions[b[3]]
    pa, pb = facts.people[a[2]].name, facts.people[b[2]].name
    st = facts.stations[eb.station].name
    text = f"{pb} took command of {st} from {pa} on {ph.day(b[0])}" + (
        f" ({eb.name})." if ea.id != eb.id else f", during {eb.name}."
    )
    if "plural" in q.pronouns and ea.id != eb.id:
        # "who took over the station from them?": the whole crew that came in
        crew = list(dict.fromkeys(m.person for m in facts.members_by_expedition.get(eb.id, [])))
        if len(crew) > 1:
            text += f" The {eb.name} crew: {names(facts, crew)}."
    return Reply(text, [], ph.sources_of(ea.source, eb.source), {"from": a[2], "to": b[2]},
                 people=[b[2]] if not before else [a[2]], expeditions=[eb.id], title=eb.name)  # fmt: skip


def _crew_swap(facts: Facts, q: Query, pid: str, spells: list) -> Reply | None:
    """ "Who replaced Foale on Mir?" in a thread about his 1997 stay: not a command (he held
    none then) but the seat aboard: who stayed on when the flight that took him home
    left (or, "who did he replace", who went home on the flight that brought him)."""
    mine = facts.trips_by_person.get(pid, ())
    if q.flights:  # the thread's trip
        trips = [t for t in mine if q.flights[0] in (t.up_flight, t.down_flight)]
    else:  # "who replaced David Wolf on Mir?": his (last) stay there
        trips = [t for t in mine if any(facts.flights[x].station in q.stations
                                        for x in (t.up_flight, t.down_flight) if x)][-1:]  # fmt: skip
    if not trips:
        return None
    t = trips[0]
    if any(s[2] == pid and s[0] < (t.end or _NEVER) and s[1] > t.start for s in spells):
        return None  # they commanded then: the command's handover is meant
    p = facts.people[pid].name
    if (
        "before" in q.tokens
        or q.before_mention.get(pid) in ("to", "preceded")
        or _takes_over(facts, q, pid)  # the same reading of who took whose place as for a command
    ):
        f = facts.flights[t.up_flight]
        other = [s.person for s in landing_crew(facts, f) if not s.went_up and s.person != pid]
        if not other or f.launch is None:
            return None
        who = names(facts, other)
        text = (f"{p} replaced {who} aboard: {who} went home on {f.name}, which brought {p} "
                f"up ({ph.day(t.start)}).")  # fmt: skip
    else:
        if not t.down_flight:
            return None
        f = facts.flights[t.down_flight]
        other = [s.person for s in launch_crew(facts, f) if not s.came_down and s.person != pid
                 and f.launch and f.launch.dt > t.start]  # fmt: skip
        if not other and t.down_flight == t.up_flight:
            # home in the Soyuz they went up in, a visiting crew having swapped ships
            # (Laveykin, TM-2): the one who came up with that visiting crew and stayed
            down = {s.person for s in landing_crew(facts, f)}
            came = {x.up_flight for v in down - {pid}
                    for x in facts.trips_by_person.get(v, ()) if x.down_flight == f.id and x.up_flight != f.id}  # fmt: skip
            if len(came) == 1:
                g = facts.flights[came.pop()]
                # who came up with that crew and stayed on after X left (not a Shuttle crew
                # that went home before X's own flight)
                other = [s.person for s in launch_crew(facts, g) if s.person not in down
                         and any(x.up_flight == g.id and (x.end is None or x.end > (t.end or _NEVER))
                                 for x in facts.trips_by_person.get(s.person, ()))]  # fmt: skip
                if other and g.launch:
                    text = (f"{names(facts, other)} replaced {p} aboard: launched on {g.name} "
                            f"({ph.day(g.launch.dt)}); its visiting crew came home with {p} in "
                            f"{f.name} ({ph.day(t.end)}).")  # fmt: skip
                    return Reply(text, [], ph.sources_of(g.source), people=other, flights=[g.id])
        if not other or f.launch is None:
            return None
        text = (f"{names(facts, other)} replaced {p} aboard: launched on {f.name}, the flight "
                f"that brought {p} home ({ph.day(t.end)}).")  # fmt: skip
    return Reply(text, [], ph.sources_of(f.source), people=other, flights=[f.id])


_TAKE_VERBS = frozenset({"take", "took", "takes", "taken", "taking", "replace", "replaced",
                         "succeed", "succeeded", "relieve", "relieved", "got", "get", "received",
                         "receive"})  # fmt: skip


def _person_words(facts: Facts, pid: str) -> set[str]:
    """The folded words of a person's name and surname, as a question's tokens hold them."""
    p = facts.people[pid]
    words = set(fold(p.name).split()) | set(fold(p.surname).split())
    return words.union(*(fold(a).split() for a in p.aliases))  # "Suni", "Butch"


_SUBJECTS = frozenset({"she", "he", "they"})


def _takes_over(facts: Facts, q: Query, pid: str | None = None) -> bool:
    """ "Who did she take over from?", "who did David Wolf replace?": that person is the one
    who took over (the predecessor is asked), where "who took over from her?" asks the
    successor."""
    toks = q.tokens
    verb = next((i for i, t in enumerate(toks) if t in _TAKE_VERBS), None)
    if verb is None:
        return False
    if pid and q.before_mention.get(pid) in ("did", "does", "has", "had"):
        return True  # the named person is the asked verb's subject
    if (
        pid
        and "from" in toks[verb + 1 : verb + 6]
        and q.before_mention.get(pid, "") != "from"
        and _person_words(facts, pid) & set(toks[:verb])
    ):
        return True  # "Parmitano took the command from who?": the one named took over
    subject = next((i for i, t in enumerate(toks) if t in _SUBJECTS), None)
    return subject is not None and subject < verb


def _either_again(facts: Facts, q: Query) -> Reply:
    """ "Did Eisele or Cunningham ever fly again?", "did either of them fly again after
    1986?": each one's flights after the one the thread is about (or after their first)."""
    lines, again, nexts = [], [], []
    for pid in q.people[:2]:
        trips = list(facts.trips_by_person.get(pid, []))
        here = [t for t in trips if {t.up_flight, t.down_flight} & set(q.flights)]
        start = here[0].start if here else (trips[0].start if trips else None)
        later = [t for t in trips if start is not None and t.start > start
                 and all(_date_ok(w, t.start, t.end, "launch") for w in q.dates)]  # fmt: skip
        name = facts.people[pid].name
        if later:
            again.append(pid)
            nexts.append(later[0].up_flight)
            lines.append(
                f"{name} flew again: "
                + "; ".join(f"{trip_label(facts, t)}, {t.start.year}" for t in later)
                + "."
            )
        else:
            lines.append(f"{name} did not fly again" + (f" ({len(trips)} flight{'s' if len(trips) != 1 else ''} in all)." if trips else "."))  # fmt: skip
    if not again:
        head = "No: neither flew again."
    elif len(again) == len(q.people[:2]):
        head = "Yes: both flew again."
    else:
        head = f"Yes: only {facts.people[again[0]].name} flew again."
    # the next flight they shared is the thread's now ("who was the third person on that one?")
    shared = nexts[:1] if len(nexts) == 2 and nexts[0] == nexts[1] else []
    return Reply(f"{head} " + " ".join(lines), [], ph.sources_of(*(facts.people[p].source for p in q.people[:2])),
                 people=list(q.people[:2]), flights=shared or list(q.flights[:1]))  # fmt: skip


def _one_trip_span(facts: Facts, q: Query) -> tuple[Flight, datetime, datetime] | None:
    """The one flight (or one person's only trip) a question names, and when it was up."""
    if len(q.flights) == 1 and len(q.people) <= 1:
        f = facts.flights[q.flights[0]]
        if f.launch and f.landing:
            return f, f.launch.dt, f.landing.dt
        return None
    if len(q.people) == 1 and not q.flights:
        trips = facts.trips_by_person.get(q.people[0], [])
        if q.rank and trips:  # "at the same time as John Glenn's first flight"
            trips = _rank_trips(trips, q.rank)[:1]
        if len(trips) == 1 and trips[0].end:
            return facts.flights[trips[0].up_flight], trips[0].start, trips[0].end
    return None


def _subject_first(q: Query) -> Query:
    """ "Was Kelly's year in space longer than Vande Hei's flight?": the one before "than"
    first, the subject the verdict is about, whatever order the names were settled in."""
    if (
        len(q.people) >= 2
        and q.before_mention.get(q.people[0]) == "than"
        and q.before_mention.get(q.people[1]) != "than"
    ):
        return q.copy(people=[q.people[1], q.people[0], *q.people[2:]])
    return q


def _named_trips_compared(facts: Facts, q: Query) -> Reply | None:
    """ "Gagarin's flight vs Glenn's Friendship 7, which was longer?": each person's trip —
    the flight named for them, or their only one — compared by length. None when the
    flights named are not theirs or a person's trip is not pinned down."""
    legs = []
    for pid in q.people[:2]:
        theirs = facts.trips_by_person.get(pid, [])
        named = [t for t in theirs if {t.up_flight, t.down_flight} & set(q.flights)]
        pick = named or (theirs if len(theirs) == 1 else [])
        if len(pick) != 1 or pick[0].end is None:
            return None
        legs.append((pid, pick[0], trip_seconds(pick[0]) or 0))
    if not set(q.flights) <= {f for _, t, _ in legs for f in (t.up_flight, t.down_flight)}:
        return None  # a flight named that neither flew: not about their trips
    (a, ta, sa), (b, tb, sb) = legs
    pick = a if (sa > sb) == (q.compare == "longer") else b
    lines = [f"{facts.people[x].name}: {trip_label(facts, t)}, {ph.duration(s)} ({ph.about_days(s)})."
             for x, t, s in legs]  # fmt: skip
    return Reply(f"{facts.people[pick].name}'s was {q.compare}. " + " ".join(lines), [],
                 ph.sources_of(facts.people[a].source, facts.people[b].source), people=[pick],
                 flights=[t.up_flight for _, t, _ in legs])  # fmt: skip


def compare_people(facts: Facts, q: Query) -> Reply:
    a, b = q.people[:2]
    pa, pb = facts.people[a], facts.people[b]
    cmp = q.compare
    if cmp == "or" and any(c.unit in DURATION_UNITS for c in q.claims):
        # "Padalka has 878 days — does Krikalev have more or less?": the days said are one
        # side of the comparison, so time is compared, not the flights that fit 878 days
        q = q.copy(claims=[c for c in q.claims if c.unit not in DURATION_UNITS])
        if q.parts:
            q.parts[0].asks.add("total")
    if q.agg == "yesno" and "again" in q.tokens:
        return _either_again(facts, q)
    ranked = q.rank in ("first", "last") or q.rank.isdigit()  # which trip; not "most"
    at_flight = (
        ranked
        or q.flights
        or bool(
            {
                "flight",
                "flew",
                "flights",
                "launched",
                "when",
                "launch",
                "launching",
                "liftoff",
                "mission",
                "spaceflight",
            }
            & set(q.tokens)
        )
    )
    if cmp in ("older", "younger") and at_flight and pa.birth_date and pb.birth_date:
        # "who was older on her first flight, Ride or Tereshkova?": age at that flight, which
        # is not who was born first (Ride was 32, Tereshkova 26)
        legs = []
        for x in (a, b):
            ts = trips_matching(facts, q.copy(rank=""), [x]) or facts.trips_by_person.get(x, [])
            ts = _rank_trips(ts, q.rank) if ranked else ts[:1]
            if not ts:
                raise Unanswerable(f"I have no such flight of {facts.people[x].name}.")
            legs.append((x, ts[0], years_between(facts.people[x].birth_date, ts[0].start.date())))
        (xa, t_a, age_a), (xb, t_b, age_b) = legs
        days_a = (t_a.start.date() - pa.birth_date).days
        days_b = (t_b.start.date() - pb.birth_date).days
        pick = xa if (days_a > days_b) == (cmp == "older") else xb
        lines = [f"{facts.people[x].name}: {age} on {trip_label(facts, t)} ({ph.day(t.start)})."
                 for x, t, age in legs]  # fmt: skip
        return Reply(f"{facts.people[pick].name} was {cmp} at the time: " + " ".join(lines), [],
                     ph.sources_of(pa.source, pb.source), people=[pick])  # fmt: skip
    if cmp in ("older", "younger"):
        if not (pa.birth_date and pb.birth_date):
            raise Unanswerable("I don't have both birth dates.")
        older = a if pa.birth_date < pb.birth_date else b
        pick = older if cmp == "older" else (b if older == a else a)
        lines = [
            f"{x.name}: born {x.birth_date.day} {x.birth_date.strftime('%B %Y')}." for x in (pa, pb)
        ]
        return Reply(
            f"{facts.people[pick].name} is {cmp}.",
            lines,
            ph.sources_of(pa.source, pb.source),
            people=[pick],
        )
    ta, tb = trips_matching(facts, q, [a]), trips_matching(facts, q, [b])
    if q.dates and bool(ta) != bool(tb):
        # "Koch, or Whitson on her 2016-17 mission?": the dates belong to the one they fit
        ta = ta or trips_matching(facts, q.copy(dates=[]), [a])
        tb = tb or trips_matching(facts, q.copy(dates=[]), [b])
    if cmp in ("more_flights",) or ("flights" in q.asks and cmp in ("or", "")):
        na, nb = len(ta), len(tb)
        lines = [f"{pa.name}: {na} flights.", f"{pb.name}: {nb} flights."]
        if na == nb:
            return Reply(
                f"Neither: both flew {na} times.",
                lines,
                ph.sources_of(pa.source, pb.source),
                people=[a, b],
            )
        pick = a if na > nb else b
        return Reply(
            f"{facts.people[pick].name} flew more often.",
            lines,
            ph.sources_of(pa.source, pb.source),
            people=[pick],
        )
    if (
        cmp in ("longer", "shorter")
        and (q.rank in ("first", "last") or q.rank.isdigit())
        and not q.single
    ):
        # "which was longer: Sally Ride's first flight or Tereshkova's?": those two trips
        ra, rb = _rank_trips(ta, q.rank)[:1], _rank_trips(tb, q.rank)[:1]
        if ra and rb and ra[0].end and rb[0].end:
            sa, sb = trip_seconds(ra[0]) or 0, trip_seconds(rb[0]) or 0
            pick, t = (a, ra[0]) if (sa > sb) == (cmp == "longer") else (b, rb[0])
            lines = [f"{facts.people[x].name}: {trip_label(facts, tt)}, {ph.duration(ss)} ({ph.about_days(ss)})."
                     for x, tt, ss in ((a, ra[0], sa), (b, rb[0], sb))]  # fmt: skip
            return Reply(f"{facts.people[pick].name}'s was {cmp}. " + " ".join(lines), [],
                         ph.sources_of(pa.source, pb.source), people=[pick])  # fmt: skip
    if cmp in ("earlier", "later") or q.rank == "first":
        if not (ta and tb):
            raise Unanswerable("One of them has no flight in my records.")
        if cmp == "later":  # "who flew more recently?": the latest flights decide
            pick = a if ta[-1].start > tb[-1].start else b
            lines = [
                f"{facts.people[x].name}: last flight {trip_label(facts, t[-1])}, {ph.day(t[-1].start)}."
                for x, t in ((a, ta), (b, tb))
            ]
        else:
            pick = a if ta[0].start < tb[0].start else b
            lines = [
                f"{facts.people[x].name}: first flight {trip_label(facts, t[0])}, {ph.day(t[0].start)}."
                for x, t in ((a, ta), (b, tb))
            ]
        text = f"{facts.people[pick].name} flew {'first' if cmp != 'later' else 'later'}."
        if "duration" in q.asks:
            # "… and by how many days?": the gap between the two flights compared
            ends = (ta[-1].start, tb[-1].start) if cmp == "later" else (ta[0].start, tb[0].start)
            gap = abs((ends[0] - ends[1]).total_seconds())
            text = (
                text[:-1]
                + f", {round(gap / 86400)} days {'later' if cmp == 'later' else 'earlier'}."
            )
        return Reply(text, lines, ph.sources_of(pa.source, pb.source), people=[pick])
    if cmp in ("longer", "shorter", "or") and (
        "duration" in q.asks or "total" in q.asks or cmp != "or"
    ):
        # "on a single flight", "Polyakov's long flight vs Avdeyev's 1998-99 flight": each
        # one's longest trip (of those the dates allow), not the career
        single = q.single or bool({"flight", "mission", "trip", "stay", "record"} & set(q.tokens))
        if single:
            sa = max((trip_seconds(t) or 0 for t in ta), default=0)
            sb = max((trip_seconds(t) or 0 for t in tb), default=0)
        else:
            sa = sum(trip_seconds(t) or 0 for t in ta)
            sb = sum(trip_seconds(t) or 0 for t in tb)
        pick = a if (sa > sb) == (cmp != "shorter") else b
        lines = [
            f"{pa.name}: {ph.duration(sa)} ({ph.about_days(sa)}).",
            f"{pb.name}: {ph.duration(sb)} ({ph.about_days(sb)}).",
        ]
        if not (sa and sb):
            raise Unanswerable(
                f"I have no finished flight of {pa.name if not sa else pb.name} that fits that."
            )
        word = "less" if cmp == "shorter" else "more"
        scope = " on a single flight" if single else ""
        if q.roles:  # "more time as commander": only the flights in that seat were counted
            scope += " as " + " and ".join(sorted(q.roles))
        if sa and sa == sb:  # Kelly and Kornienko's year: the same trip, to the minute
            return Reply(f"Neither: both spent {ph.duration(sa)} ({ph.about_days(sa)}) in space"
                         f"{scope}.", lines, ph.sources_of(pa.source, pb.source),
                         people=[a, b])  # fmt: skip
        other = b if pick == a else a
        ps, os_ = (sa, sb) if pick == a else (sb, sa)
        gap = abs(ps - os_)
        return Reply(f"{facts.people[pick].name} spent {word} time in space{scope}: {ph.duration(ps)} "
                     f"({ph.about_days(ps)}), against {ph.duration(os_)} for {facts.people[other].name}; "
                     f"{ph.duration(gap)} ({ph.about_days(gap)}) {word}.",
                     lines, ph.sources_of(pa.source, pb.source), people=[pick])  # fmt: skip
    if q.times and q.times[0].isdigit() and "who" in q.asks:
        # "who flew 6 times, Krikalev or Padalka?": the one (or both, or neither) it fits
        n = {x: len([t for t in facts.trips_by_person.get(x, [])
                     if not q.programs or facts.flights[t.up_flight].program in q.programs])
             for x in (a, b)}  # fmt: skip
        fits = [x for x in (a, b) if count_holds(n[x], q.times)]  # (as times_ok counts them)
        lines = [
            f"{facts.people[x].name}: {n[x]} flight{'s' if n[x] != 1 else ''}." for x in (a, b)
        ]
        head = (f"{facts.people[fits[0]].name} did" if len(fits) == 1 else
                "Both did" if fits else "Neither did")  # fmt: skip
        return Reply(f"{head}. {' '.join(lines)}", [], ph.sources_of(pa.source, pb.source),
                     people=fits or [a, b])  # fmt: skip
    raise Unanswerable(f"I can't tell what to compare between {pa.name} and {pb.name}.")


def profile(facts: Facts, pid: str) -> Reply:
    """A bare name ("who is Serova?"): who they are, their flights and time in space."""
    p = facts.people[pid]
    trips = facts.trips_by_person.get(pid, [])
    kind = {"career": "astronaut", "guest": "guest cosmonaut",
            "payload_specialist": "payload specialist", "participant": "spaceflight participant",
            "film": "film-crew member"}.get(p.kind, "space traveller")  # fmt: skip
    nat = ph.demonym(p.nationality[-1]) if p.nationality else ""
    if kind == "astronaut" and nat in ("Russian", "Soviet"):
        kind = "cosmonaut"
    elif kind == "astronaut" and nat == "Chinese":
        kind = "taikonaut"
    agency = f" ({ph.join(list(p.agency))})" if p.agency else ""
    article = "an" if (nat or kind)[:1].lower() in "aeiou" else "a"
    text = f"{p.name} is {article} {nat} {kind}{agency}".replace("  ", " ")
    text += f" with {len(trips)} spaceflight{'s' if len(trips) != 1 else ''}." if trips else "."
    details = [f"Native spelling: {p.native_name}."] if p.native_name else []
    if trips:
        details.append(
            "Flights: " + "; ".join(f"{trip_label(facts, t)}, {t.start.year}" for t in trips) + "."
        )
        total = sum(trip_seconds(t) or 0 for t in trips)
        details.append(f"Time in space: {ph.duration(total)}.")
    walks = facts.evas_by_person.get(pid, [])
    if walks:
        from .spacewalks import person_complete

        timed = sum((e.duration.total_seconds() for e in walks if e.duration), 0.0)
        line = f"Spacewalks: {len(walks)}"
        if timed and all(e.duration for e in walks):
            h, m = divmod(int(timed) // 60, 60)
            line += f", {h} h {m} min in all"
        if not person_complete(facts, pid):
            from .spacewalks import GAP_TEXT

            line += f" on record ({GAP_TEXT})"
        details.append(line + ".")
    details.extend(f"{c[0].upper()}{c[1:]}." for c in p.firsts[:2])
    srcs = ph.sources_of(p.source, *(facts.flights[t.up_flight].source for t in trips[:2]))
    return Reply(text, details, srcs, {"person": pid}, people=[pid],
                 flights=[t.up_flight for t in trips], title=p.name)  # fmt: skip


# ------------------------------------------------------------------ expeditions


def expedition_part(facts: Facts, q: Query, part: Part) -> Reply:
    e = facts.expeditions[q.expeditions[0]]
    asks, events, roles = part.asks, part.events, part.roles
    members = facts.members_by_expedition.get(e.id, [])
    src = ph.sources_of(e.source)
    if "callsign" in asks:
        return callsign(facts, e.station)
    if "handover" in asks:
        return handover(facts, q, None, e.id)
    began_ended = {"start", "started", "begin", "began", "end", "ended", "finish", "finished"}
    if (
        events & {"launch", "land"}
        and asks & {"when", "where", "time", "flight"}
        and not roles
        and not began_ended & set(q.tokens)  # "when did it start?": the expedition's own dates
    ):
        # "Expedition 1, when did they land?": the crew's own launch or landing
        crew = list(dict.fromkeys(m.person for m in members))
        trips = []
        for pid in crew:
            lo, hi = e.start.dt if e.start else None, e.end.dt if e.end else _NEVER
            mine = [t for t in facts.trips_by_person.get(pid, [])
                    if lo and t.start <= hi and (t.end or _NEVER) >= lo]  # fmt: skip
            if mine:
                trips.append((pid, mine[0]))
        if trips:
            leg = "down_flight" if "land" in events else "up_flight"
            say = person_return if "land" in events else person_launch
            groups: dict[str | None, list[str]] = {}
            for pid, t in trips:
                groups.setdefault(getattr(t, leg), []).append(pid)
            replies = [say(facts, pids, next(t for p, t in trips if p == pids[0]))
                       for pids in groups.values()]  # fmt: skip
            return join_replies(replies)
    if "commander" in roles:
        cmds = [m for m in members if m.role == "commander"]
        if q.dates:
            w = q.dates[0]
            at = noon(w.span.start)
            cmds = [
                m
                for m in cmds
                if (m.start or e.start).dt
                <= at
                <= ((m.end or e.end).dt if (m.end or e.end) else _NEVER)
            ]
        if not cmds:
            raise Unanswerable(f"I have no commander of {e.name} recorded for that.")
        main = [m for m in cmds if not _handover_only(e, m)] or cmds
        late = [m for m in cmds if m not in main]
        if len(main) == 1:
            text = f"{facts.people[main[0].person].name} commanded {e.name}."
        else:
            spells = [
                f"{facts.people[m.person].name} from {ph.day((m.start or e.start).dt)}"
                for m in main
            ]
            text = f"{e.name} had {len(main)} commanders: " + "; ".join(spells) + "."
        details = [f"{facts.people[m.person].name} took command on {ph.day(m.start.dt)}, just before "
                   f"{e.name} ended (the handover to the next expedition)." for m in late if m.start]  # fmt: skip
        return Reply(text, details, src, {"expedition": e.id}, people=[m.person for m in main],
                     expeditions=[e.id], title=e.name)  # fmt: skip
    if roles - {"commander"}:
        role = sorted(roles - {"commander"})[0].replace("_", " ")
        who = list(dict.fromkeys(m.person for m in members if m.role == role))
        if not who:
            raise Unanswerable(f"I have no {role} recorded for {e.name}.")
        return Reply(f"{e.name} {role}s: {names(facts, who)}.", [], src, people=who,
                     expeditions=[e.id], title=e.name)  # fmt: skip
    carried = bool({"brought", "took", "carried", "ferried", "flew"} & set(q.tokens)) and bool(
        {"up", "home", "down", "back"} & set(q.tokens)
    )  # "which Shuttle brought Expedition 5 up?", "which Soyuz took them home?"
    if (asks & {"flight", "vehicle"} or ("how" in q.tokens and "duration" not in asks)) and (
        events & {"arrive", "land", "launch", "aboard"} or carried
    ):  # ("how did they get home?" asks a vehicle; "how long were they in space?" does not)
        if carried and not events:
            events = {"land"} if {"home", "down", "back"} & set(q.tokens) else {"launch"}
        return expedition_vehicles(facts, e, members, events)
    if (
        "duration" in asks
        or (asks & {"when"} and "who" not in asks)
        or events & {"launch", "land"}
        and "who" not in asks
    ):
        if not e.start:
            raise Unanswerable(f"I have no dates for {e.name}.")
        end = f" to {ph.utc(e.end)}" if e.end else " (still under way in my records)"
        text = f"{e.name} ran from {ph.utc(e.start)}{end}"
        if e.end:
            text += f": {ph.duration((e.end.dt - e.start.dt).total_seconds())}."
        else:
            text += "."
        if "duration" in asks and e.end:
            text += _crew_time_of(facts, e, members)
        return Reply(text, [], src, {"expedition": e.id}, expeditions=[e.id], title=e.name)
    if asks - {"who", "expedition", "number"} and "who" not in asks:
        raise Unanswerable(f"I know {e.name}, but I can't answer that about it.")
    ordered = sorted(
        members,
        key=lambda m: (m.role != "commander", m.start.dt if m.start else _NEVER.replace(year=1)),
    )
    who = list(dict.fromkeys(m.person for m in ordered))
    if q.describes_person or q.agencies:
        who = [p for p in who if person_ok(facts, q, p)]
        if not who:
            # "which Spanish astronaut launched with the Expedition 8 crew?": not a member, but
            # a visitor who rode up or down with them
            crew = {m.person for m in members}
            rides = crew_flights(facts, e.id)
            guests = [(s.person, fid) for fid in rides for s in facts.seats_by_flight.get(fid, [])
                      if s.person not in crew and person_ok(facts, q, s.person)]  # fmt: skip
            desc = _desc(q).strip() or "such person"
            lead = f"No {desc}" if q.sex else f"Nobody {desc}"
            yes_no = "No: " if q.agg == "yesno" else ""
            lead = lead[0].lower() + lead[1:] if yes_no else lead
            if not guests:
                return Reply(f"{yes_no}{lead} served on {e.name} or flew with its crew, as far "
                             "as my records show.", [], src, expeditions=[e.id])  # fmt: skip
            said = "; ".join(f"{facts.people[p].name} on {facts.flights[f].name}"
                             for p, f in dict.fromkeys(guests))  # fmt: skip
            return Reply(f"{yes_no}{lead} served on {e.name}, but its crew flew with {said}.", [],
                         src, people=list(dict.fromkeys(p for p, _ in guests)),
                         flights=list(dict.fromkeys(f for _, f in guests)), expeditions=[e.id])  # fmt: skip
    roles_of = {m.person: m.role for m in members if m.role == "commander"}
    listing = names(facts, who, roles_of)
    if q.agg == "count":
        text = f"{e.name} had {len(who)} crew members: {listing}."
    else:
        text = f"{e.name} crew ({len(who)}): {listing}."
    details = []
    if e.start:
        details.append(f"{ph.day(e.start.dt)} to {ph.day(e.end.dt) if e.end else 'ongoing'}.")
    several_cmdrs = sum(1 for m in members if m.role == "commander") > 1
    for m in members:
        if (m.start or m.end) and not (m.role == "commander" and several_cmdrs) and m.person in who:
            span = f"{ph.day(m.start.dt) if m.start else 'start'} to {ph.day(m.end.dt) if m.end else 'end'}"
            details.append(f"{facts.people[m.person].name} was aboard for part of it ({span}).")
    items = [
        f"{facts.people[p].name} (commander)" if p in roles_of else facts.people[p].name
        for p in who
    ]
    return Reply(text, details, ph.sources_of(e.source, *(m.source for m in members[:2])),
                 {"expedition": e.id, "members": who}, items=items, people=who,
                 expeditions=[e.id], title=e.name)  # fmt: skip


def _handover_only(e, m) -> bool:
    """A command taken in an expedition's last days: the ceremony before the crew leaves,
    not what people mean by "who commanded Expedition N"."""
    if not (m.start and e.end) or m.end:
        return False
    return (e.end.dt - m.start.dt) <= timedelta(days=3)


def expedition_vehicles(facts: Facts, e, members, events: set[str]) -> Reply:
    ups: dict[str, list[str]] = {}
    downs: dict[str, list[str]] = {}
    for m in dict.fromkeys(x.person for x in members):
        for t in facts.trips_by_person.get(m, []):
            overlaps = (
                e.start and (t.end or _NEVER) >= e.start.dt and (not e.end or t.start <= e.end.dt)
            )
            if overlaps:
                ups.setdefault(t.up_flight, []).append(m)
                if t.down_flight:
                    downs.setdefault(t.down_flight, []).append(m)

    def dated(fid: str, moment) -> str:
        return f", {ph.day(moment.dt)}" if moment is not None else ""

    up_text = "; ".join(
        f"{ph.flight_label(facts.flights[f])}{dated(f, facts.flights[f].launch)} ({names(facts, p)})"
        for f, p in ups.items()
    )
    down_text = "; ".join(
        f"{ph.flight_label(facts.flights[f])}{dated(f, facts.flights[f].landing)} ({names(facts, p)})"
        for f, p in downs.items()
    )
    text = f"{e.name} crews went up on {up_text}"
    text += f" and came home on {down_text}." if down_text else "."
    return Reply(
        text, [], ph.sources_of(e.source), expeditions=[e.id], flights=list(ups), title=e.name
    )


def callsign(facts: Facts, sid: str) -> Reply:
    s = facts.stations[sid]
    if not s.call_sign:
        raise Unanswerable(f"I have no call sign recorded for {s.name}.")
    return Reply(f"{s.name}'s call sign is \"{s.call_sign}\".", [s.notes] if s.notes else [],
                 ph.sources_of(s.source), title=s.name)  # fmt: skip


# ------------------------------------------------------------------ modules, vehicles


def module_reply(facts: Facts, q: Query) -> Reply:
    m = facts.modules[q.modules[0]]
    st = facts.stations[m.station].name
    bits = []
    if m.launch:
        # the rocket too when one flew it alone ("Tianhe: launch date, and which rocket?");
        # a module a Shuttle carried says its flight below
        on = f" on {m.launch_vehicle}" if m.launch_vehicle and not m.delivered_by else ""
        bits.append(f"launched {ph.utc(m.launch)}{on}")
    if m.attached:
        bits.append(f"attached {ph.utc(m.attached)}")
    fl = facts.flights.get(m.delivered_by) if m.delivered_by else None
    if m.delivered_by:  # the orbiter too ("which flight brought up Columbus, and which orbiter?")
        bits.append(f"delivered by {ph.flight_label(fl) if fl else m.delivered_by}")
    if "land" in q.events:
        # "when was the Mir core module launched, and when was it deorbited?": a module with
        # no end of its own came down with its station
        station = facts.stations[m.station]
        if m.end:
            bits.append(f"came down {ph.utc(m.end)}")
        elif station.end:
            bits.append(f"came down with {st} on {ph.utc(station.end)}")
        else:
            bits.append(f"still in orbit as part of {st} (no deorbit in my records)")
    text = f"{m.name} ({st} {m.kind} module): " + ", ".join(bits) + "."
    if (
        q.agg == "yesno"
        and q.events <= {"launch"}
        and (q.dates or q.programs)
        and m.launch
        and not (q.people or q.flights or q.rank or q.claims)
    ):
        # "the Tianhe core module launched in 2022, right?", "was Zarya launched by the
        # Space Shuttle?": its launch date, and what carried it, checked
        yes = _at_dates(q.dates, m.launch.dt)
        if q.programs:
            yes = yes and bool(fl) and fl.program in q.programs
        text = f"{'Yes' if yes else 'No'}: {text}"
    # the delivering flight is the thread's "it" ("… carried Unity up?" "who was commander?")
    # (else the station it is part of: "when did Mir's core module launch?" "who was its
    # first crew?")
    return Reply(text, [], ph.sources_of(m.source), title=m.name, flights=[fl.id] if fl else [],
                 stations=[] if fl else [m.station])  # fmt: skip


def craft_ranking(facts: Facts, q: Query) -> Reply:
    """ "Which orbiter flew the most missions?", "which orbiter docked with Mir the most
    times?": the named craft (orbiters, capsules) counted over the flights the rest of the
    query allows, the whole table given so a close second is seen."""
    toks = set(q.tokens)
    orbiters = bool({"orbiter", "orbiters"} & toks) and not q.programs
    fs = flights_matching(facts, q.copy(rank="", spacecraft=[]))
    counts: dict[tuple[str, str], int] = {}
    for f in fs:
        if orbiters and f.program != "shuttle":
            continue  # "which orbiter": a Space Shuttle orbiter, not a capsule
        if f.spacecraft and _named_craft(f):
            key = (f.program, f.spacecraft)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        raise Unanswerable(f"I have no named orbiters or capsules{_desc(q)} to rank.")
    order = sorted(counts.items(), key=lambda kv: kv[1], reverse=q.rank == "most")
    best = order[0][1]
    top = [craft for (_, craft), n in order if n == best]
    table = "; ".join(f"{craft} {n}" for (_, craft), n in order[:8])
    word = "most" if q.rank == "most" else "fewest"
    text = (f"{ph.join(top)} flew the {word}{_desc(q)}: {best} crewed flight{'s' if best != 1 else ''}"
            f" ({table}).")  # fmt: skip
    # the winner's flights are the thread's ("what was its last mission?"), listed in order
    won = [f.id for f in fs if (f.program, f.spacecraft) in counts and f.spacecraft == top[0]]
    return Reply(text, [], ph.sources_of(*(f.source for f in fs[:2])), flights=won,
                 listed=won)  # fmt: skip


# words that may stand between a rank and a craft's name that it ranks ("the last crew to fly
# on Atlantis"); any other word says the rank is of something else
_RANK_CRAFT_GAP = frozenset(
    "crew crews flight flights mission missions to fly flew on of aboard the that astronauts "
    "people in space shuttle orbiter capsule spacecraft".split()
)


def spacecraft_reply(facts: Facts, q: Query) -> Reply:
    fs = [facts.flights[f] for f in q.spacecraft]
    if (
        (q.occupations or q.kinds or q.nat or q.sex)
        and not (q.rank or q.compare or q.dates or q.outcome or q.claims or q.programs)
        and not q.events - {"fly", "aboard"}
        and q.agg != "yesno"
    ):
        # "the teacher on Challenger": those of that description who flew it, never the
        # craft's flights with the description left out
        seats = [
            s
            for f in fs
            for s in facts.seats_by_flight.get(f.id, [])
            if person_ok(facts, q, s.person)
        ]
        who = list(dict.fromkeys(s.person for s in seats))
        if not who:
            raise Unanswerable(f"Nobody{_desc(q)} flew on {fs[0].spacecraft} in my records.")
        said = [f"{facts.people[p].name} ({ph.join([facts.flights[s.flight].name for s in seats if s.person == p])})"
                for p in who]  # fmt: skip
        many = _people_noun(q)  # (not ranked here: "teachers", "women", "American people")
        head = (f"{len(who)} {many} flew on {fs[0].spacecraft}" if q.agg == "count"
                else f"{many[0].upper()}{many[1:]} who flew on {fs[0].spacecraft}")  # fmt: skip
        return Reply(f"{head}: " + "; ".join(said) + ".", [],
                     ph.sources_of(*(facts.people[p].source for p in who[:2])), people=who,
                     flights=list(dict.fromkeys(s.flight for s in seats)))  # fmt: skip
    crafts = list(
        dict.fromkeys(
            f.spacecraft
            for f in sorted(
                fs,
                key=lambda f: (
                    q.tokens.index(fold(f.spacecraft).split()[0])
                    if fold(f.spacecraft).split()[0] in q.tokens
                    else 99
                ),
            )
        )
    )
    if len(crafts) == 2 and (q.compare in ("more_flights", "or") or q.rank in ("most", "fewest")):
        # "did Columbia or Atlantis fly more missions?": each craft's flights counted
        n = {c: sum(1 for f in fs if f.spacecraft == c) for c in crafts}
        a, b = crafts
        word = "fewer" if q.rank == "fewest" else "more"
        pick = (max if word == "more" else min)(crafts, key=lambda c: n[c])
        other = b if pick == a else a
        text = (f"{a} and {b} flew the same number: {n[a]} crewed flights each." if n[a] == n[b]
                else f"{pick} flew {word}: {n[pick]} crewed flights to {other}'s {n[other]}.")  # fmt: skip
        return Reply(text, [], ph.sources_of(*(f.source for f in fs[:2])),
                     flights=[f.id for f in fs if f.spacecraft == pick][:1])  # fmt: skip
    fs.sort(key=lambda f: f.launch.dt if f.launch else _NEVER)
    craft = fs[0].spacecraft
    labels = [f"{f.name} ({f.launch.dt.year})" if f.launch else f.name for f in fs]
    toks = q.tokens
    craft_at = [i for i, t in enumerate(toks) if t in fold(craft).split()]
    # "…for the last time" ranks the craft's own flights, however far from its name (unless
    # the question is about somewhere else on that day: "…, who was on the station?")
    # "when did Atlantis first dock with Mir?": its flights there
    there = [f for f in fs if set(visited(facts, f)) & set(q.stations)] if q.stations else fs
    elsewhere = (q.stations or q.any_station or "aboard" in q.events) and (
        "who" in q.asks or not there
    )
    to = ""
    if q.stations and there and q.rank in ("first", "last"):
        fs = there
        to = " to " + ph.join([facts.stations[x].name for x in q.stations])
    rank_at = [i for i, t in enumerate(toks)
               if t == q.rank and (toks[i + 1 : i + 2] != ["time"] or elsewhere)]  # fmt: skip
    near = [(a, b) for a in craft_at for b in rank_at]
    if (
        q.rank in ("first", "last")
        and near
        and min(abs(a - b) for a, b in near) > 3
        # "the last crew to fly on Atlantis": only crew and flight words between
        and not any(set(toks[min(a, b) + 1 : max(a, b)]) <= _RANK_CRAFT_GAP for a, b in near)
    ):
        # "on the first shuttle–Mir docking …, who returned on Atlantis?": the rank is the
        # docking's, not Atlantis's; never answer it as Atlantis's first flight
        raise Unanswerable(f"I can't tell which {craft} flight you mean; name the flight.")
    if q.rank in ("first", "last"):
        f = fs[0] if q.rank == "first" else fs[-1]
        program = next(iter(q.programs)) if len(q.programs) == 1 else ""
        mine = [x for x in fs if x.program == program]
        if (
            q.agg == "yesno"
            and mine
            and not q.stations
            and rank_at
            and any(t in ("flight", "mission") for t in toks[rank_at[0] :])
        ):
            # "was Discovery the last Shuttle flight?": the program's own first or last
            # flight, and whether this orbiter flew it
            own = [x for x in facts.flights_by_launch if x.program == program and x.launch]
            g = own[0] if q.rank == "first" else own[-1]
            yes = g.id in q.spacecraft
            f = mine[0] if q.rank == "first" else mine[-1]
            return Reply(f"{'Yes' if yes else 'No'}: the {q.rank} crewed {program.title()} flight "
                         f"was {ph.flight_label(g)}, launched {ph.utc(g.launch)}."
                         + ("" if yes else f" {craft}'s {q.rank} was {f.name}."), [],
                         ph.sources_of(g.source), flights=[g.id])  # fmt: skip
        asked = q.asks & {"when", "where", "time", "duration"} or q.events & {"land", "launch"}
        if (asked or q.roles) and q.agg not in ("count", "yesno") and not elsewhere:
            # "when did Endeavour land for the final time?", "who commanded Atlantis's last
            # mission?": the question, asked of that flight
            r = execute(facts, q.copy(spacecraft=[], flights=[f.id], rank="", rank_of=""))
            r.text = f"{craft}'s {q.rank} flight{to} was {f.name}. " + r.text
            return r
        # ("how many astronauts were on Columbia's final flight?": its crew, counted)
        r = crew_reply(facts, f, count=q.agg == "count" and not q.asks - {"who", "flight"})
        r.text = (
            f"{craft}'s {q.rank} flight{to} was {f.name}, launched {ph.utc(f.launch)}. " + r.text
        )
        return r
    visits_asked = (
        q.agg in ("yesno", "count") or bool(q.asks & {"flight", "flights"}) or ("which" in q.tokens)
    )
    if (q.stations or q.any_station) and visits_asked:
        # "did Challenger ever go to a space station?": its flights that docked with one
        fit = [f for f in fs if f.reached_station
               and (not q.stations or set(visited(facts, f)) & set(q.stations))]  # fmt: skip
        where = (ph.join([facts.stations[x].name for x in q.stations]) if q.stations
                 else "a space station")  # fmt: skip
        src = ph.sources_of(*(f.source for f in (fit or fs)[:2]))
        if not fit and q.agg != "yesno":
            raise Unanswerable(f"{craft} never went to {where} in my records.")
        if not fit:
            return Reply(f"No: {craft} never went to {where} on any of its {len(fs)} crewed "
                         "flights, as far as my records show.", [], src, flights=[f.id for f in fs])  # fmt: skip
        said = [f"{f.name} ({'' if q.stations else facts.stations[f.station].name + ', '}"
                f"{f.launch.dt.year})" for f in fit]  # fmt: skip
        return Reply(f"{'Yes: ' if q.agg == 'yesno' else ''}{craft} went to {where} on "
                     f"{len(fit)} of its crewed flights: {ph.join(said)}.", [], src,
                     flights=[f.id for f in fit], listed=[f.id for f in fit])  # fmt: skip
    lost_ = [f for f in fs if f.outcome in LOST_WITH_CREW]
    text = f"{craft} flew {len(fs)} crewed flight{'s' if len(fs) != 1 else ''} in my records: {ph.join(labels)}."
    details = []
    if lost_ and "story" in q.asks:
        f = lost_[-1]
        end = flight_end(facts, f)
        on = f" on {ph.day(end)}" if end else ""  # "what day did Challenger blow up?"
        text = f"{craft} was lost on {f.name}{on}: {story(f.notes)}"
        crew = [x.person for x in launch_crew(facts, f)]
        toks = set(q.tokens)
        if (
            q.agg == "count"
            and crew
            and (
                q.describes_person or {"died", "killed", "perished", "people", "astronauts"} & toks
            )
            and not {"flight", "flights", "mission", "missions", "times"} & toks
        ):
            # "how many women died on Challenger?": those of the crew who fit, counted
            fit = [x for x in crew if person_ok(facts, q, x)]
            many = _people_noun(q) if q.describes_person else "people"
            return Reply(f"{len(fit)} {many if len(fit) != 1 else 'person'} died when {craft} "
                         f"was lost on {f.name}{on}: {names(facts, fit)}.", [],
                         ph.sources_of(f.source), people=fit, flights=[f.id])  # fmt: skip
        if "who" in q.asks and crew:  # "names of the Columbia crew lost in 2003?"
            text = f"{craft} was lost on {f.name}{on} with {names(facts, crew)}. {story(f.notes)}"
        for role in sorted(q.roles):  # "Columbia accident: mission, date, commander and pilot?"
            held = [x.person for x in launch_crew(facts, f) if x.role == role]
            if held:
                text += f" Its {role}: {names(facts, held)}."
                crew = [*held, *(c for c in crew if c not in held)]
        if q.dates and (q.agg == "yesno" or q.claim) and end:
            # "Columbia was lost in January 2003, right?": the day it was lost decides
            fits = all(_date_ok(w, end, end, "any") for w in q.dates)
            text = ("Yes: " if fits else "No: ") + text
        details = [f"It flew {len(fs)} crewed flights: {ph.join(labels)}."]
        return Reply(text, details, ph.sources_of(f.source), people=crew, flights=[f.id])
    return Reply(text, details, ph.sources_of(*(f.source for f in fs[:2])), items=labels,
                 flights=[f.id for f in fs])  # fmt: skip


# ------------------------------------------------------------------ sets: no one named


def live(facts: Facts, q: Query) -> Reply:
    sid = q.stations[0] if q.stations else "iss"
    st = facts.stations[sid]
    if not st.complete_to:
        raise Unanswerable(f"I have no complete crew records for {st.name}.")
    at = st.complete_to.dt
    stays = aboard_at(facts, sid, at, at)
    who = [s.person for s in stays]
    # Not an answer to "now": the records are not live. A decline that still says what
    # they last held, so nobody takes an old crew list for today's.
    raise Unanswerable(
        f"I can't tell who is aboard {st.name} right now: my records are not live and end on "
        f"{ph.day(at)}. On that day aboard were: {names(facts, who) or 'nobody'}."
    )


# the country that flew each program's craft (a Soyuz after 1991 is Russia's, but the Soviet
# Union had flown first by then, so it never decides an order)
_PROGRAM_COUNTRY = {"vostok": "Soviet Union", "voskhod": "Soviet Union", "soyuz": "Soviet Union",
                    "mercury": "United States", "gemini": "United States", "apollo": "United States",
                    "shuttle": "United States", "dragon": "United States",
                    "starliner": "United States", "orion": "United States", "shenzhou": "China"}  # fmt: skip
_ORDINAL_PLACE = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2,
                  "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip


def _country_place(q: Query) -> int:
    """ "the third country to carry out a spacewalk": the place asked in an order of
    countries (not "which country sent the third person", a place among people)."""
    toks = q.tokens
    for i, t in enumerate(toks[:-1]):
        nxt = toks[i + 2] if toks[i + 1] == "ever" and i + 2 < len(toks) else toks[i + 1]
        if t in _ORDINAL_PLACE and nxt in ("country", "nation"):
            return _ORDINAL_PLACE[t]
        # "which country was the third to have a citizen in space?"
        after = toks[i + 3] if i + 3 < len(toks) else ""
        if (
            t in ("country", "nation")
            and toks[i + 1 : i + 3] in (["was", "the"], ["is", "the"])
            and after in _ORDINAL_PLACE
        ):
            return _ORDINAL_PLACE[after]
    return 0


# the state whose order a successor continues
_SUCCESSOR = {"Russia": "Soviet Union"}


def _the(country: str) -> str:
    return f"the {country}" if country.startswith(("Soviet", "United")) else country


def countries_in_order(facts: Facts, q: Query, place: int) -> Reply:
    """The nth country to fly people (or to make a spacewalk), counted two ways, as the
    question does not say which: by the country whose craft flew them, and by the
    citizenship of those aboard (Czechoslovakia's Remek flew on a Soviet Soyuz)."""
    walk = "walk" in q.events
    # (when, what it was, who, the country whose craft or station it was)
    moments: list[tuple[datetime, str, tuple[str, ...], str, str]] = []
    if walk:
        for e in facts.evas.values():
            if e.kind != "eva":
                continue
            f = facts.flights.get(e.flight)
            st = facts.stations.get(e.station)
            owner = (_PROGRAM_COUNTRY.get(f.program, "") if f
                     else st.operator[0] if st and len(st.operator) == 1 else "")  # fmt: skip
            moments.append(
                (e.start.dt, e.name, e.crew, owner, (f or st).source if (f or st) else "")
            )
        moments.sort(key=lambda m: m[0])
    else:
        moments = [(f.launch.dt, f.name, tuple(s.person for s in facts.seats_by_flight.get(f.id, [])),
                    _PROGRAM_COUNTRY.get(f.program, ""), f.source)
                   for f in facts.flights_by_launch if f.launch]  # fmt: skip
    by_craft: dict[str, tuple] = {}
    by_citizen: dict[str, tuple] = {}
    for at, label, crew, owner, source in moments:
        if owner:
            by_craft.setdefault(_SUCCESSOR.get(owner, owner), (at, label, crew, source))
        for p in crew:
            # their citizenship as it was then: a state since gone while it lasted (Remek
            # was Czechoslovak), else their main one (listed last)
            mine = facts.people[p].nationality
            gone = [c for c in mine if at.year < _STATE_ENDED.get(c, 0)]
            held = gone[0] if gone else mine[-1] if mine else ""
            held = _SUCCESSOR.get(held, held)  # (Russia goes on from the Soviet Union)
            if held:
                by_citizen.setdefault(held, (at, label, (p,), source))
    what = "to make a spacewalk" if walk else "to fly people in space"

    def line(order: dict[str, tuple], how: str) -> str:
        if len(order) < place:
            return f"{how}, my records hold only {len(order)}."
        country, (at, label, crew, _) = list(order.items())[place - 1]
        return (
            f"{how}, the {ph.ordinal(place)} was {_the(country)}: {names(facts, list(crew))}, "
            f"{label}, {ph.day(at)}."
        )

    picked = [list(o.items())[place - 1] for o in (by_craft, by_citizen) if len(o) >= place]
    if len(picked) == 2 and picked[0][0] == picked[1][0]:
        country, (at, label, crew, source) = picked[0]
        return Reply(f"The {ph.ordinal(place)} country {what} was {_the(country)}: "
                     f"{names(facts, list(crew))}, {label}, {ph.day(at)}.", [], ph.sources_of(source))  # fmt: skip
    craft = line(by_craft, "By the country whose craft flew")
    citizen = line(by_citizen, "By the citizenship of those who flew")
    return Reply(
        f"The {ph.ordinal(place)} country {what}: {craft} {citizen}",
        [],
        ph.sources_of(*(v[3] for _, v in picked)),
    )


def set_query(facts: Facts, q: Query) -> Reply:
    """Nothing named but maybe a station: people, flights or commands described by filters."""
    asks, roles, events = q.asks, q.roles, q.events
    if "callsign" in asks and (q.stations or not (q.rank or q.has_filters())):
        return callsign(facts, q.stations[0] if q.stations else "iss")
    if "callsign" in asks:
        # "first American in space: who, capsule name, date?": the craft of the one found,
        # not the ISS's call sign
        asks = asks - {"callsign"} | {"flight"}
        q = q.copy(parts=[Part((p.asks - {"callsign"}) | ({"flight"} if "callsign" in p.asks
                                                           else set()), set(p.events), set(p.roles))
                          for p in q.parts])  # fmt: skip
    if "docking" in asks and len(q.programs) >= 2 and not (q.rank or q.stations or q.people):
        return flights_query(facts, q)  # "when did the Apollo and Soyuz dock together?"
    seat = _holders_seat(q) if q.rank and not q.people else ""
    if seat and seat in q.roles:
        # the one described found without the seat, then who held it on their flight
        base = q.copy(parts=[Part(set(p.asks), set(p.events), p.roles - {seat}) for p in q.parts])
        hit = set_query(facts, base)
        return asked_of_holder(facts, base.copy(parts=[*base.parts, Part({"who"}, set(), {seat})]),
                               hit)  # fmt: skip
    if q.rank == "first" and not q.resident:
        hit = recorded_first(facts, q)
        if hit:
            return asked_of_holder(facts, q, hit)
    person_described = (
        ("who" in asks or q.agg == "count")
        and bool(q.occupations or q.kinds or q.nat or q.sex)
        # (a death said of the person: not a crash or a "dead" station, which are events)
        and bool({"died", "die", "dies", "killed", "perished"} & set(q.tokens))
    )
    if ("story" in asks or q.outcome) and not q.people and not q.rank and not person_described:
        # ("the teacher who died on the Shuttle, who was she?": a person described by the
        # event, asked among its crews below)
        happened = [
            ev for ev in events_matching(facts, q)
            if (not q.programs or (ev.flight in facts.flights and facts.flights[ev.flight].program in q.programs))
            and ev.flight not in q.excluded  # ("the other shuttle we lost": not the thread's)
        ]  # fmt: skip
        if len(happened) > 1 and q.agg == "one" and {"which", "what"} & set(q.tokens):
            # "which Soyuz had the coolant leak?": of the leaks, the one whose account says
            # the question's other words (a word every account says picks none)
            told = [set(re.findall(r"[a-z]+", fold(ev.summary))) for ev in happened]
            telling = [t for t in set(q.tokens) if len(t) >= 5
                       and 0 < sum(t in x for x in told) < len(told)]  # fmt: skip
            score = [sum(t in x for t in telling) for x in told]
            if telling and score.count(max(score)) == 1:
                happened = [happened[score.index(max(score))]]
        if (
            len(happened) == 1
            and happened[0].flight in facts.flights
            and (
                roles
                # ("when was that?" of a loss is the loss's own day, said by the event)
                or (asks & {"where", "duration"} or (asks & {"when", "time"} and not q.excluded))
                or q.events & {"launch", "land"}
            )
        ):
            # "the shuttle that broke up in 2003: who commanded it?" — a question about that flight
            f = facts.flights[happened[0].flight]
            q2 = q.copy(flights=[f.id], outcome="", programs=set(), dates=[], stations=[],
                        excluded=[])  # fmt: skip
            for p in q2.parts:
                p.asks.discard("story")
                if "who" in p.asks:  # ("who flew up to bring it back to life?": its crew)
                    p.asks.discard("payload")
            return join_replies([flight_part(facts, q2, f, p) for p in q2.parts])
        if len(happened) == 1:
            return event_reply(facts, q, happened[0])
        if len(happened) > 1 and len(happened) <= 6:
            return events_reply(facts, q, happened)
        flights_asked = q.events & {"launch", "land"} or asks & {"flight", "flights"}
        said = {
            t for t in q.tokens if any(w == Word("ask", "story") for w in PHRASES.get((t,), ()))
        }
        if (
            "story" in asks
            and flights_asked
            and not happened
            and not q.outcome
            and said <= {"happened", "happen"}
        ):
            # "which crewed launches happened on 12 April?": "happened" only says they took
            # place; the launches are asked
            q = q.copy()
            for p in q.parts:
                p.asks.discard("story")
            asks = q.asks
        elif "story" in asks and not q.flights and not q.outcome and not q.spacecraft:
            raise Unanswerable("I don't have a record of that event; I know of fires, collisions, leaks, "
                               "aborts and rescues on stations and flights.")  # fmt: skip
    if "walk" in events:
        raise Unanswerable(
            "I don't have spacewalk records yet, so I can't answer questions about spacewalks."
        )
    crew_noun = any(
        a
        in (
            "first",
            "last",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "frist",
            "fisrt",
            "firts",
            "1st",
            "2nd",
            "3rd",
        )  # (as typed)
        and any(
            w in ("crew", "expedition", "resident", "residents") for w in q.tokens[i + 1 : i + 4]
        )
        for i, a in enumerate(q.tokens)
    )
    if (
        (q.resident or (crew_noun and q.stations))
        and (q.rank in ("first", "last") or (q.rank.isdigit() and q.stations))
        and not (
            q.nat
            or q.nat_not
            or q.sex
            or q.kinds
            or q.occupations
            or q.agencies
            or q.programs
            or q.all_private
            or q.all_female
        )
    ):
        held = resident_crew(facts, q.copy(dates=[])) if q.dates else resident_crew(facts, q)
        if not q.dates:
            return held
        # "the first crew that moved into the ISS in 2000": the first resident crew, when it
        # began in the span said (else the span asks another question: on to the others)
        # ("… come home in 2001?": the date is the landing's, the end of that first stay)
        ends = "land" in q.events
        marks = [(facts.expeditions[e].end if ends else facts.expeditions[e].start)
                 for e in held.expeditions if e in facts.expeditions]  # fmt: skip
        if (
            marks
            and marks[0]
            and all(_date_ok(w, marks[0].dt, marks[0].dt, "launch") for w in q.dates)
        ):
            return resident_crew(facts, q.copy(dates=[])) if ends else held
    if (
        "commander" in roles
        and not q.programs
        and not q.flights
        and not (asks & {"flight"})
        # ("who commanded the first all-civilian crew to reach orbit?": a flight's commander)
        and not (q.all_private or q.all_female or q.rank_of == "flight")
    ):
        return commands_query(facts, q)
    if "expedition" in asks and not (q.describes_person or q.agencies or q.rank):
        return expeditions_list(facts, q)
    people_asked = bool(asks & {"who"}) or q.rank in ("youngest", "oldest") or q.counts_people
    wants_flights = bool(asks & {"flight", "flights"}) and not people_asked
    flight_asks = {
        "when",
        "where",
        "time",
        "duration",
        "vehicle",
        "ship",
        "payload",
        "docking",
        "story",
        "how",
    }
    person_filters = q.describes_person or q.agencies or q.times
    if q.programs and not person_filters and asks and asks <= flight_asks:
        wants_flights = True
    if q.rank_of == "flight" and q.rank not in ("youngest", "oldest"):
        wants_flights = True
    if (
        q.outcome
        and not person_filters
        and not ("who" in asks and (q.stations or q.any_station) and q.dates)
    ):  # "who was on the station when Columbia was lost?": the day's crew, not the flight
        wants_flights = True
    if q.rank in ("longest", "shortest") and not q.programs and q.rank_of != "flight":
        wants_flights = False  # "the longest spaceflight" is a person's record
    if q.rank in ("most", "fewest"):
        wants_flights = False  # "who has flown the most spaceflights": people, counted
    if q.rank in ("longest", "shortest") and not people_asked and q.rank_of == "flight":
        wants_flights = True
    crews = "crews" in q.tokens and not person_filters and q.rank not in ("youngest", "oldest")
    if crews and not (roles or asks - {"who", "flight", "flights"}):
        wants_flights = True  # "which crews flew to Tiangong-1?": each crew is a flight
    if (
        wants_flights
        or q.uncrewed
        or (q.agg == "count" and q.programs and not people_asked and not person_filters)
    ):
        return flights_query(facts, q)
    if (
        len(q.stations) == 1
        and (q.agg == "yesno" or (q.agg == "one" and q.tokens[:1] in (["did"], ["was"], ["is"])))
        and not (q.people or q.flights or q.expeditions or person_filters or people_asked)
        and not q.rank
        and not asks - {"when"}
        and len(events & {"launch", "land"}) == 1
        and not {"anyone", "anybody", "crew", "crews", "people"} & set(q.tokens)
    ):
        # "was Mir brought down in 2001?": the station's own end (or launch), not who landed
        st = facts.stations[q.stations[0]]
        land = "land" in events
        if (st.end if land else st.launch) is None:
            raise Unanswerable(f"I have no {'end' if land else 'launch'} date for {st.name}.")
        return Reply(_station_moment_checked(st, land, q.dates),
                     [st.end_notes] if land and st.end_notes else [], ph.sources_of(st.source),
                     title=st.name)  # fmt: skip
    if (
        q.stations
        and not q.copy(dates=[]).has_filters()
        and (
            not q.dates
            or asks
            and len(events & {"launch", "land"}) == 1
            and not (q.pronouns or q.from_context)  # ("when did they land?": a crew's)
        )
        and not q.rank
        and q.agg == "one"
        and not asks - {"when", "where", "nationality"}  # ("over which country?": the notes)
        and events & {"launch", "land"}
        and not ({"who", "anyone", "anybody", "people", "crew", "crews"} & set(q.tokens))
    ):
        st = facts.stations[q.stations[0]]
        text = (
            f"{st.name} was launched on {ph.utc(st.launch)}"
            if st.launch
            else f"I have no launch date for {st.name}"
        )
        text += f" and came down on {ph.utc(st.end)}." if st.end else "."
        if q.dates and (st.end if "land" in events else st.launch):
            # "Mir was deorbited in 2001, what day?": the year said is checked, then the day
            text = _station_moment_checked(st, "land" in events, q.dates)
        if asks & {"where", "nationality"} and st.end_notes:
            # "when was Mir brought down, and into which ocean?": where is in the notes
            return Reply(f"{text} {st.end_notes.rstrip('.')}.", [], ph.sources_of(st.source),
                         title=st.name)  # fmt: skip
        return Reply(
            text,
            [st.end_notes.rstrip(".") + "."] if st.end_notes else [],
            ph.sources_of(st.source),
            title=st.name,
        )
    if (
        q.dates
        and all(w.op == "in" for w in q.dates)
        and not q.rank
        and _event(events) == "any"
        and (q.stations or q.any_station or events & {"aboard"})
        and not q.resident
        and not q.claims
    ):
        return aboard_on(facts, q)
    if q.stations and not (
        q.has_filters() or q.rank or asks or q.agg != "one" or events - {"fly", "aboard"}
    ):
        return station_profile(facts, q.stations[0])
    return people_query(facts, q)


def expeditions_list(facts: Facts, q: Query) -> Reply:
    """ "List every ISS expedition", "how many expeditions did Mir have": the numbered crews."""
    sid = q.stations[0] if q.stations else "iss"
    exps = sorted(
        (e for e in facts.expeditions.values() if e.station == sid), key=lambda e: e.number
    )
    if q.dates:
        exps = [
            e
            for e in exps
            if e.start and _date_ok(q.dates[0], e.start.dt, e.end.dt if e.end else None, "any")
        ]
    st = facts.stations[sid].name
    items = []
    for e in exps:
        cmdr = [m.person for m in facts.members_by_expedition.get(e.id, []) if m.role == "commander"
                and not _handover_only(e, m)]  # fmt: skip
        span = (
            f"{ph.day(e.start.dt)} to {ph.day(e.end.dt) if e.end else 'ongoing'}" if e.start else ""
        )
        items.append(f"{e.name} ({span}; commander {names(facts, cmdr) or '?'})")
    when_ = " " + " ".join(w.label() for w in q.dates) if q.dates else ""
    text = f"{st} had {len(exps)} expedition{'s' if len(exps) != 1 else ''}{when_} in my records"
    text += (": " + "; ".join(items[:3]) + (" …" if len(items) > 3 else "") + ".") if items else "."
    return Reply(text, [], ph.sources_of(facts.stations[sid].source), {"count": len(exps)},
                 items=items, expeditions=[e.id for e in exps], title=f"{st} expeditions")  # fmt: skip


# "to live on", "long-duration", "resident": a station's expeditions, not every crew aboard
_LIVES = frozenset({"live", "lived", "living", "lives", "resident", "residents", "long",
                    "duration", "expedition", "expeditions", "increment", "occupants"})  # fmt: skip


# "the first crew to visit / board Mir": any crew that went aboard, visitors too
_BOARDS = frozenset({"visit", "visited", "visiting", "visitors", "board", "boarded", "aboard",
                     "enter", "entered", "boarding"})  # fmt: skip


def resident_crew(facts: Facts, q: Query) -> Reply:
    """ "The first crew of Mir", "the last long-duration crew": its first (or last)
    expedition, who they were, how they got there and how long they stayed."""
    lives = bool(_LIVES & set(q.tokens))
    boards = bool(_BOARDS & set(q.tokens))
    if (
        q.rank in ("first", "last")
        and len(q.stations) == 1
        and {"sent", "launched", "bound", "headed"} & set(q.tokens)
        and not lives
    ):
        # "the first crew sent to Salyut 6": the first launched there, whether or not it got
        # aboard (Soyuz 25 failed to dock)
        fl = [f for f in facts.flights_by_launch if launch_crew(facts, f)
              and (f.station == q.stations[0] or q.stations[0] in visited(facts, f))]  # fmt: skip
        if fl:
            f = fl[0] if q.rank == "first" else fl[-1]
            crew = [x.person for x in launch_crew(facts, f)]
            got = (f" {outcome_sentence(f)} The crew never went aboard." if not f.reached_station
                   else f" It docked on {ph.utc(f.docking)}." if f.docking else "")  # fmt: skip
            if len(q.parts) > 1 or q.agg == "yesno":
                got = ""  # ("… and did they get aboard?": that part says it)
            return Reply(f"The {q.rank} crew sent to {facts.stations[q.stations[0]].name} was "
                         f"{f.name}'s: {names(facts, crew)}, launched {ph.when(f.launch, f.launch_tz)}.{got}",
                         [], ph.sources_of(f.source), people=crew, flights=[f.id])  # fmt: skip
    crew_only = q.asks <= {"who"} and not q.events - {"aboard", "fly", "arrive"}
    if crew_only and (not q.stations or (not lives and (boards or q.rank == "last"))):
        # "the first people ever to live aboard a space station" (any station: Soyuz 11 on
        # Salyut 1), "the last crew to visit Salyut 6" (a visiting crew counts): the first or
        # last flight whose crew went aboard
        fl = [f for f in facts.flights_by_launch if launch_crew(facts, f)
              and (set(visited(facts, f)) & set(q.stations) if q.stations else visited(facts, f))]  # fmt: skip
        if not fl or (not q.stations and q.rank == "last"):
            raise Unanswerable("Which station do you mean? Several have had a last crew.")
        f = fl[0] if q.rank == "first" else fl[-1]
        where = facts.stations[q.stations[0]].name if q.stations else "a space station"
        crew = [x.person for x in launch_crew(facts, f)]
        return Reply(f"The {q.rank} crew aboard {where} was {f.name}'s: {names(facts, crew)}, "
                     f"launched {ph.when(f.launch, f.launch_tz)}"
                     + (f", to {facts.stations[f.station].name}." if not q.stations and f.station else "."),
                     [], ph.sources_of(f.source), people=crew, flights=[f.id])  # fmt: skip
    if not q.stations:
        raise Unanswerable("Which station's crew do you mean?")  # never an index error
    sid = q.stations[0]
    exps = sorted(
        (e for e in facts.expeditions.values() if e.station == sid), key=lambda e: e.number
    )
    if not exps and q.rank.isdigit():
        # "the third crew to live on Skylab": the third crewed flight there
        fl = [
            f for f in facts.flights_by_launch if launch_crew(facts, f) and sid in visited(facts, f)
        ]
        n = int(q.rank)
        if len(fl) < n:
            raise Unanswerable(
                f"{facts.stations[sid].name} had fewer crews than that in my records."
            )
        f = fl[n - 1]
        if q.events & {"arrive", "dock"} and f.docking:  # "when did the second crew arrive?"
            r = docking_reply(facts, f)
            r.text = f"The {_NTH.get(q.rank, q.rank)} crew aboard {facts.stations[sid].name} was {f.name}'s. {r.text}"
            return r
        crew = [x.person for x in launch_crew(facts, f)]
        if q.asks - {"who"} or q.roles:  # "how long did the second Skylab crew stay?"
            r = execute(facts, q.copy(flights=[f.id], rank="", resident=False, rank_of=""))
            # ("… names and mission length?": who they were too)
            who = f": {names(facts, crew)}" if "who" in q.asks and not q.roles else ""
            r.text = f"The {_NTH.get(q.rank, q.rank)} crew aboard {facts.stations[sid].name} was {f.name}'s{who}. {r.text}"
            return r
        return Reply(f"The {_NTH.get(q.rank, q.rank)} crew aboard {facts.stations[sid].name} was "
                     f"{f.name}'s: {names(facts, crew)}, launched {ph.when(f.launch, f.launch_tz)}.",
                     [], ph.sources_of(f.source), people=crew, flights=[f.id])  # fmt: skip
    if not exps:  # a station without numbered expeditions: its first (or last) crew
        if q.events & {"land", "launch"}:
            return flights_query(
                facts, q.copy(resident=False)
            )  # "when did its last crew come home?"
        return people_query(facts, q.copy(resident=False, plural=True))
    if q.rank.isdigit():
        # "Mir's fifth resident crew", "the third long-duration crew on Salyut 7": by number
        e = facts.expedition_by_number.get((sid, int(q.rank)))
        if e is None:
            raise Unanswerable(
                f"{facts.stations[sid].name} had fewer numbered crews than that in my records."
            )
    else:
        e = exps[0] if q.rank == "first" else exps[-1]
    if q.roles and q.asks <= {"who"}:  # "who commanded the third resident crew of the ISS?"
        r = execute(facts, q.copy(stations=[], any_station=False, expeditions=[e.id], rank="",
                                  resident=False, rank_of="", dates=[]))  # fmt: skip
        r.text = f"{e.name} was the {_NTH.get(q.rank, q.rank)} resident crew of {facts.stations[sid].name}. {r.text}"
        return r
    who = list(dict.fromkeys(m.person for m in facts.members_by_expedition.get(e.id, [])))
    trips = [t for p in who for t in facts.trips_by_person.get(p, [])
             if e.start and t.start <= e.start.dt + timedelta(days=30) and (t.end or _NEVER) >= e.start.dt]  # fmt: skip
    nth = _NTH.get(q.rank, q.rank) if q.rank.isdigit() else q.rank
    text = (
        f"The {nth} resident crew of {facts.stations[sid].name} was {e.name}: {names(facts, who)}"
    )
    if trips:
        t = min(trips, key=lambda t: t.start)
        up = facts.flights[t.up_flight]
        if q.events & {"arrive", "dock"} and up.docking:
            # "what day did the first ISS crew arrive at the station?": the docking first
            text += f", who arrived aboard on {ph.utc(up.docking)}"
            text += f" (launched {ph.day(up.launch.dt)} aboard {ph.flight_label(up)})"
        else:
            text += (
                f", who launched on {ph.when(up.launch, up.launch_tz)} aboard {ph.flight_label(up)}"
            )
    if e.start and e.end:
        secs = (e.end.dt - e.start.dt).total_seconds()
        text += f". {e.name} ran from {ph.day(e.start.dt)} to {ph.day(e.end.dt)} ({ph.duration(secs)}, {ph.about_days(secs)})."
    else:
        text += "."
    downs = list(dict.fromkeys(t.down_flight for t in trips if t.down_flight))
    if "land" in q.events and downs:
        # "how did the first resident crew come home?": the ship and the day
        back = [facts.flights[d] for d in downs]
        text += (
            " They came home on "
            + "; ".join(
                f"{ph.flight_label(f)}, {ph.utc(f.landing)}" if f.landing else ph.flight_label(f)
                for f in back
            )
            + "."
        )
    details = []
    for t in sorted({(t.up_flight, t.down_flight) for t in trips}):
        if t[1] and t[1] != t[0]:
            details.append(f"Up on {facts.flights[t[0]].name}, home on {facts.flights[t[1]].name}.")
    return Reply(text, details, ph.sources_of(e.source), people=who, expeditions=[e.id],
                 flights=[t.up_flight for t in trips][:1], title=e.name)  # fmt: skip


def aboard_on(facts: Facts, q: Query) -> Reply:
    w = q.dates[0]
    sid = q.stations[0] if q.stations else None
    horizon = (
        [facts.stations[sid]]
        if sid
        else [s for s in facts.stations.values() if s.complete_to and not s.end]
    )
    late = [s for s in horizon if s.complete_to and day_start(w.span.start) > s.complete_to.dt]
    if late:
        raise Unanswerable(f"My records of {late[0].name} crews are complete only to {ph.day(late[0].complete_to.dt)}, "
                           f"so I can't say who was aboard {w.label()}.")  # fmt: skip
    lo, hi = (
        (noon(w.span.start), noon(w.span.start))
        if w.span.is_day
        else (day_start(w.span.start), day_end(w.span.end))
    )
    if w.span.annual:
        # "who was aboard Mir on Christmas Day?": a day of every year, and the crew differs
        raise Unanswerable(f"{w.span.label().replace(' (any year)', '')} of which year? "
                           "Say the year and I'll tell you who was aboard.")  # fmt: skip
    if sid is None and not q.any_station and {"space", "orbit"} & set(q.tokens):
        # anyone up at any time that day (a flight that launched or landed that day too)
        return in_space(facts, q, day_start(w.span.start), day_end(w.span.end))
    stays = aboard_at(facts, sid, lo, hi)
    stays = [s for s in stays if person_ok(facts, q, s.person)]
    if q.programs:
        stays = [s for s in stays if facts.flights[s.trip.up_flight].program in q.programs]
    # "who else was up there with him?": the others, and who they are besides
    besides = [s.person for s in stays if s.person in q.excluded]
    stays = [s for s in stays if s.person not in q.excluded]
    where = facts.stations[sid].name if sid else "any space station"
    when_ = w.label()
    if not stays and (q.describes_person or q.programs or q.agencies):
        raise Unanswerable(f"I find nobody{_desc(q)} aboard {where} {when_} in my records.")
    if not stays:
        return Reply(f"Nobody{_desc(q)} was aboard {where} {when_}, as far as my records show.", [],
                     ph.sources_of(facts.stations[sid].source) if sid else [])  # fmt: skip
    who = [s.person for s in stays]
    by_station: dict[str, list[str]] = {}
    for s in stays:
        by_station.setdefault(s.station, []).append(s.person)
    body = "; ".join(
        f"{len(v)} aboard {facts.stations[k].name}: {names(facts, v)}"
        for k, v in by_station.items()
    )
    text = f"{when_[0].upper()}{when_[1:]}, {'besides ' + names(facts, besides) + ', ' if besides else ''}{body}."
    if q.agg == "count":
        text = f"{len(who)}{_desc(q)} {'was' if len(who) == 1 else 'were'} aboard {where} {when_}: {names(facts, who)}."
    details = []
    arrivals: dict[str, list[str]] = {}
    for s in stays:
        arrivals.setdefault(s.trip.up_flight, []).append(facts.people[s.person].surname)
    details.append(
        "Arrived on: "
        + "; ".join(f"{facts.flights[f].name} ({', '.join(n)})" for f, n in arrivals.items())
        + "."
    )
    if w.span.is_day:
        midday = noon(w.span.start)
        cur = [
            e.name
            for e in facts.expeditions.values()
            if e.station in by_station
            and e.start
            and e.start.dt <= midday <= (e.end.dt if e.end else _NEVER)
        ]
        if cur:
            details.append(f"Expedition under way: {ph.join(cur)}.")
    flights = list(arrivals)
    return Reply(text, details, ph.sources_of(*(facts.flights[f].source for f in flights))[:4],
                 {"date": w.span.start.isoformat() if w.span.is_day else w.label(), "aboard": by_station},
                 people=who, flights=flights, title="Aboard " + ", ".join(facts.stations[k].name for k in by_station))  # fmt: skip


def aboard_on_two_days(facts: Facts, q: Query) -> Reply:
    """ "Were there more people on the ISS on 20 July 2009 or on 20 July 2010?": the crew
    aboard on each day, counted and set side by side."""
    found = []
    for w in q.dates:
        stays = [s for s in aboard_at(facts, q.stations[0] if q.stations else None,
                                      noon(w.span.start), noon(w.span.start))
                 if person_ok(facts, q, s.person)]  # fmt: skip
        found.append((w, [s.person for s in stays]))
    (wa, a), (wb, b) = found
    where = facts.stations[q.stations[0]].name if q.stations else "the stations"
    each = "; ".join(f"{w.label()}, {len(p)} aboard{': ' + names(facts, p) if p else ''}"
                     for w, p in found)  # fmt: skip
    if len(a) == len(b):
        head = f"The same number on both days, {len(a)}"
    else:
        more = wa if len(a) > len(b) else wb
        head = f"More {more.label()}: {max(len(a), len(b))} against {min(len(a), len(b))}"
    return Reply(f"{head} aboard {where}. {each[0].upper()}{each[1:]}.", [],
                 ph.sources_of(*(facts.stations[x].source for x in q.stations)),
                 {"counts": [len(a), len(b)]}, people=list(dict.fromkeys(a + b)))  # fmt: skip


def in_space(facts: Facts, q: Query, lo: datetime, hi: datetime,
             besides: Iterable[str] = ()) -> Reply:  # fmt: skip
    """Everyone in space between `lo` and `hi` (one moment, or a span), on a station or
    not: "who was in space on 16 June 1963?" is Bykovsky and Tereshkova, on no station.
    `besides`: people to leave out ("who else …")."""
    skip = set(besides) | set(q.excluded)

    def end(t: Trip) -> datetime:  # a crew lost in flight was in space until the loss
        return t.end or flight_end(facts, facts.flights[t.up_flight]) or _NEVER

    def reached(f: Flight) -> bool:  # Challenger never got there; Shepard did, not to orbit
        if "orbit" in q.tokens:
            return reached_orbit(f)
        return f.outcome not in ("launch_abort", "ascent_loss")

    trips = [
        t
        for t in facts.trips
        if t.start <= hi
        and end(t) >= lo
        and t.person not in skip
        and reached(facts.flights[t.up_flight])
        and (not q.programs or program_ok(facts.flights[t.up_flight], q.programs))
        and person_ok(facts, q, t.person)
    ]
    span = q.dates[0].span if q.dates else None
    when_ = (q.dates[0].label() if span and span.text and not span.text[:4].isdigit()
             else f"between {ph.day(lo)} and {ph.day(hi)}")  # fmt: skip
    where = "in orbit" if "orbit" in q.tokens else "in space"
    # "2 women were in space", not "2 woman people"
    plain = _desc(q.copy(sex="")) if q.sex else _desc(q)
    one, many = {"female": ("woman", "women"), "male": ("man", "men")}.get(
        q.sex, ("person", "people")
    )
    if not trips:
        nobody = f"No{plain} {one}" if q.sex else f"Nobody{plain}"
        return Reply(f"{nobody}{' else' if skip else ''} was {where} {when_}, as far as "
                     "my records show.", [], [])  # fmt: skip
    by_flight: dict[str, list[str]] = {}
    for t in trips:
        by_flight.setdefault(t.up_flight, []).append(t.person)
    who = [t.person for t in trips]
    body = "; ".join(f"{names(facts, v)} ({trip_label(facts, next(t for t in trips if t.up_flight == f))})"
                     for f, v in by_flight.items())  # fmt: skip
    n = len(who)
    text = (f"{when_[0].upper()}{when_[1:]}, {n}{' other' if skip else ''}{plain} "
            f"{one + ' was' if n == 1 else many + ' were'} {where}: {body}.")  # fmt: skip
    # the left-out people's own flight too: "which of the two landed first?"
    theirs = [t.up_flight for p in skip for t in facts.trips_by_person.get(p, [])
              if t.start <= hi and end(t) >= lo and t.up_flight not in by_flight]  # fmt: skip
    return Reply(text, [], ph.sources_of(*(facts.flights[f].source for f in by_flight))[:4],
                 people=who, flights=list(dict.fromkeys([*by_flight, *theirs])))  # fmt: skip


def _desc(q: Query) -> str:
    bits = []
    if q.nat_label:
        bits.append(q.nat_label)
    elif q.nat:
        bits.append("/".join(ph.demonym(n) for n in sorted(q.nat)))
    if q.nat_not:  # "non-Soviet, non-American"
        bits.append(", ".join(f"non-{ph.demonym(n)}" for n in sorted(q.nat_not)))
    if q.sex:
        bits.append("woman" if q.sex == "female" else "man")
    if q.kinds:
        bits.append("/".join(sorted(q.kinds)).replace("participant", "tourist"))
    if q.occupations:
        bits.append("/".join(sorted(q.occupations)))
    if q.agencies:  # "the first ESA astronaut": said, so the answer can't read as anyone's
        bits.append("/".join(sorted(q.agencies)))
    return (" " + " ".join(bits)) if bits else ""


def station_profile(facts: Facts, sid: str) -> Reply:
    st = facts.stations[sid]
    people = {x.person for x in facts.stays if x.station == sid}
    flights = [f for f in facts.flights_by_launch if f.station == sid]
    text = f"{st.name}: launched {ph.day(st.launch.dt) if st.launch else 'on an unknown date'}"
    text += f", came down {ph.day(st.end.dt)}" if st.end else ", still in orbit"
    text += f". {len(people)} people in {len(flights)} crewed flights in my records."
    details = [st.end_notes] if st.end_notes else []
    first = next((f for f in flights if f.reached_station), None)
    if first:
        crew = [x.person for x in facts.seats_by_flight.get(first.id, []) if x.went_up]
        details.append(f"First crew: {names(facts, crew)} on {first.name}.")
    return Reply(text, details, ph.sources_of(st.source),
                 {"station": sid, "people": len(people), "flights": len(flights)},
                 title=st.name)  # fmt: skip


def _flights_up_together(facts: Facts, q: Query) -> Reply:
    """ "When were two crewed spacecraft in orbit at the same time for the first time?": the
    first crewed flight launched while another (not docked with it) was still up."""
    if q.rank not in ("first", ""):
        raise Unanswerable("I can only find the first time two crewed flights were up at once.")
    up: list[Flight] = []
    for f in facts.flights_by_launch:
        if not f.launch or f.outcome in ("ascent_loss", "launch_abort"):
            continue
        if q.programs and f.program not in q.programs:
            continue  # "which two Gemini flights were up together?": both of that program
        still = [g for g in up if (flight_end(facts, g) or _NEVER) > f.launch.dt]
        # "… in December 1965": the two were up together then
        still = [g for g in still
                 if all(_date_ok(w, f.launch.dt, flight_end(facts, g), "any") for w in q.dates)]  # fmt: skip
        if still:
            g = still[0]
            fs = [g, f]
            who = "; ".join(
                f"{x.name}: {names(facts, [s.person for s in launch_crew(facts, x)])}" for x in fs
            )
            first = "The first time two" if not q.dates else "Two"
            return Reply(f"{first} crewed spacecraft were in orbit together {'was' if not q.dates else 'from'} "
                         f"{ph.day(f.launch.dt)}, when {f.name} joined {g.name} ({who}).", [],
                         ph.sources_of(g.source, f.source), flights=[g.id, f.id])  # fmt: skip
        up.append(f)
    raise Unanswerable("I have no two crewed flights up at the same time in my records.")


def flights_query(facts: Facts, q: Query) -> Reply:
    """Flights described, not named ("the last Shuttle mission", "the Soyuz that came back
    on 11 March 2015"): filters (crew filters apply to who was aboard), rank, aggregate."""
    if q.all_programs and len(q.programs) > 1 and q.rank and not q.people:
        # "the first crewed Starliner flight, and which Shuttle flight was the commander's
        # first?": one flight is of one program; the programs belong to different parts
        raise Unanswerable(f"A flight is of one program, not {' and '.join(sorted(q.programs))} "
                           "at once; ask about each on its own.")  # fmt: skip
    if "together" in q.asks and not q.people and "docking" not in q.asks:
        # ("when did the Apollo and Soyuz ships dock together?" is their docking)
        return _flights_up_together(facts, q)
    if "docking" in q.asks and len(q.programs) >= 2 and not (q.rank or q.stations):
        # "what day did Apollo and Soyuz dock?": flights of those programs that docked with
        # each other, not with a station (Apollo–Soyuz)
        met = [f for f in facts.flights_by_launch if f.docking and not f.station
               and f.program in q.programs]  # fmt: skip
        if met and {f.program for f in met} >= q.programs:
            r = join_replies([docking_reply(facts, f) for f in met])
            if q.dates:  # "… docked on 17 July 1975, true?": the day of the docking
                fits = all(_at_dates(q.dates, f.docking.dt) for f in met)
                if q.agg == "yesno" or q.claim:
                    r.text = ("Yes: " if fits else "No: ") + r.text
                elif not fits:
                    return set_query(facts, q)
            return r
    if "docking" in q.asks and q.rank and not (q.stations or q.any_station):
        return _ranked_docking_in_orbit(facts, q)
    here = q.site_words
    reached_only = False
    if q.rank in ("first", "last") and not q.uncrewed and not here:
        # one flight is needed: the first found
        pick = _first_flight_matching(facts, q, last=q.rank == "last")
        if (
            pick
            and q.stations
            and not pick.reached_station
            # ("which crew tried to board Salyut 6 first but couldn't dock?": the failed one)
            and not q.outcome
            and "docking" not in q.asks
            and not {"tried", "try", "attempt", "attempted", "failed", "couldn't", "couldnt"}
            & set(q.tokens)
            and ({"crew", "crews"} & set(q.tokens) or "who" in q.asks)
        ):
            # "Salyut 6's first long crew: who, which Soyuz…?": a crew that got aboard
            # (Soyuz 26), not a first try that never docked (Soyuz 25)
            aboard = _first_to_reach_flight(facts, q)
            if aboard:
                pick, reached_only = aboard, True
        fs = [pick] if pick else []
    else:
        fs = flights_matching(facts, q)
    if q.uncrewed:
        fs = [f for f in fs if not landing_crew(facts, f)]
    desc = _flight_desc(facts, q)
    if reached_only:
        desc = desc.replace(" to ", " to get aboard ", 1)
    if here:
        # "which Mercury capsules splashed down in the Pacific?": the site is a filter too
        fs = [f for f in fs if _at_places(f, here, q.events)]
        desc += _places_desc(here, q.events)
        if q.rank in ("first", "last") and fs:
            # "the last Shuttle to land at Edwards": ranked among those that did
            by = "landing" if "land" in q.events else "launch"
            timed = [f for f in fs if getattr(f, by)]
            timed.sort(key=lambda f: getattr(f, by).dt)
            fs = timed[-1:] if q.rank == "last" else timed[:1]
    if not fs and "land" in q.events and q.agg == "one" and not (q.uncrewed or q.rank or here):
        # "when did the Starliner crew get home?": no Starliner landed with a crew, but the
        # one that flew them up is the flight asked about (its crew came home on another)
        up = flights_matching(
            facts, q.copy(parts=[Part(set(p.asks), set(), set(p.roles)) for p in q.parts])
        )
        if len(up) == 1:
            return join_replies([flight_part(facts, q.copy(flights=[up[0].id], programs=set()), up[0], p)
                                 for p in q.parts])  # fmt: skip
    if not fs and q.agg not in ("count", "yesno"):
        raise Unanswerable(f"I found no {desc} in my records.")
    if not fs and q.agg == "yesno" and q.rank in ("first", "last") and q.dates:
        # "did Starliner's first crewed flight launch in May 2024?": no, and when it did
        with contextlib.suppress(Unanswerable):
            held = flights_query(facts, q.copy(dates=[], agg="one", claim=False))
            g = facts.flights.get(held.flights[0]) if held.flights else None
            if g is not None and g.launch and not _at_dates(q.dates, g.launch.dt):
                return Reply(f"No: {held.text}", held.details, held.sources, flights=held.flights)
    if not fs:
        return Reply(f"No {desc} in my records.", [], [])
    if q.rank in ("longest", "shortest"):
        done = [f for f in fs if f.launch and f.landing]
        key: Callable[[Flight], float] = lambda f: (f.landing.dt - f.launch.dt).total_seconds()  # noqa: E731
        if q.top or q.place > 1:
            # "the three longest Shuttle missions", "the second-longest Gemini flight"
            order = sorted(done, key=key, reverse=q.rank == "longest")
            if q.top:
                picked = order[: q.top]
                lines = [f"{i}. {ph.flight_label(g)}: {ph.duration(key(g))}"
                         for i, g in enumerate(picked, 1)]  # fmt: skip
                return Reply(f"The {len(picked)} {q.rank} {desc}: " + "; ".join(lines) + ".", [],
                             ph.sources_of(*(g.source for g in picked[:2])),
                             flights=[g.id for g in picked], listed=[g.id for g in picked])  # fmt: skip
            if q.place > len(order):
                raise Unanswerable(f"I have fewer than {q.place} {desc}.")
            f = order[q.place - 1]
            r = crew_reply(facts, f)
            r.text = (f"The {ph.ordinal(q.place)} {q.rank} {desc.replace('flights', 'flight', 1)} "
                      f"was {ph.flight_label(f)}: {ph.duration(key(f))} ({ph.about_days(key(f))}). "
                      + r.text)  # fmt: skip
            return r
        f = max(done, key=key) if q.rank == "longest" else min(done, key=key)
        r = crew_reply(facts, f)
        r.text = (
            f"The {q.rank} {_one_of(desc)} was {ph.flight_label(f)}: {ph.duration(key(f))} ({ph.about_days(key(f))})"
            # (when it flew: "which one, and what year?")
            + (
                f", {ph.day(f.launch.dt)} to {ph.day(f.landing.dt)}. "
                if f.launch and f.landing
                else ". "
            )
            + r.text
        )
        return r
    if q.rank:
        if q.rank == "first":
            pick = fs[0]
        elif q.rank == "last":
            pick = fs[-1]
        elif q.rank.isdigit() and q.nat and not q.nat_label:
            # "the mission of India's second astronaut": the flight of the second person of
            # that (main) citizenship, each counted once; not the second flight with one
            # aboard (Chawla flew as an American)
            seen: list[str] = []
            pick = None
            for f in fs:
                for st in facts.seats_by_flight.get(f.id, []):
                    nat = facts.people[st.person].nationality[-1:]
                    if st.went_up and nat and nat[0] in q.nat and st.person not in seen:
                        seen.append(st.person)
                        if len(seen) == int(q.rank):
                            pick = f
                if pick:
                    break
            if pick is None:
                raise Unanswerable(f"I have fewer than {q.rank} {desc} in my records.")
        elif q.rank.isdigit() and len(fs) >= int(q.rank):
            pick = fs[int(q.rank) - 1]
        elif (
            q.rank.isdigit()
            and q.dates
            and (everyone := flights_matching(facts, q.copy(dates=[])))
            and len(everyone) >= int(q.rank)
            and all(
                _date_ok(w, everyone[int(q.rank) - 1].launch.dt, None, "launch") for w in q.dates
            )
        ):
            # "the second Space Shuttle mission, in November 1981": the second of all, which
            # the date describes (STS-2), not the second of that month
            pick = everyone[int(q.rank) - 1]
        else:
            raise Unanswerable(f"I can't rank {desc} by {q.rank}.")
        nth = {"first": "first", "last": "last"}.get(q.rank, f"#{q.rank}")
        desc = desc.replace("flights", "flight", 1)  # "the first crewed flight … was"
        # ("how many people flew on the last Shuttle mission?": the crew counted)
        r = crew_reply(facts, pick, count=q.agg == "count" and not q.asks - {"who", "flight"})
        if (
            q.events & {"dock", "undock", "leave"} or q.asks & {"duration", "docking", "undocking"}
        ) and not ("who" in q.asks or q.roles):
            # "when did the first Shuttle dock with Mir?": each asked part, of that flight
            named = q.copy(flights=[pick.id], rank="")
            with contextlib.suppress(Unanswerable):
                r = join_replies([flight_part(facts, named, pick, p) for p in named.parts])
        elif "land" in q.events:
            r = join_replies([landing_reply(facts, pick), r])
        elif q.asks & {"when", "where", "time"} or "launch" in q.events:
            r = join_replies([launch_reply(facts, pick), r])
        aboard = ""
        if q.describes_person:
            # "the flight of the first Cuban": name him too, the person was the subject
            fit = list(dict.fromkeys(s.person for s in facts.seats_by_flight.get(pick.id, [])
                                     if person_ok(facts, q, s.person)))  # fmt: skip
            if q.rank.isdigit() and q.nat and not q.nat_label:
                fit = [x for x in fit if facts.people[x].nationality[-1:] and
                       facts.people[x].nationality[-1] in q.nat] or fit  # fmt: skip
            aboard = f" ({names(facts, fit)})" if fit else ""
        r.text = (
            f"The {nth} {_one_of(desc)}{aboard} was {ph.flight_label(pick)}, launched {ph.utc(pick.launch)}. "
            + r.text
        )
        return r

    def shown(f: Flight) -> datetime:  # the day asked about: a landing's, or the launch's
        return f.landing.dt if _event(q.events) == "land" and f.landing else f.launch.dt

    if _event(q.events) == "land":  # "which landings in 1985?": in the order they came down
        fs = sorted(fs, key=shown)
    named = "vehicle" in q.asks  # "which Mercury capsules…": their names too
    labels = [f"{ph.flight_label(f) if named else f.name} ({ph.day(shown(f))})" for f in fs]
    if "crews" in q.tokens:  # the crews asked for: who flew on each
        labels = [
            f"{f.name} ({ph.day(shown(f))}: "
            f"{ph.join([facts.people[s.person].name for s in facts.seats_by_flight.get(f.id, []) if s.went_up])})"
            for f in fs
        ]
    if len(fs) == 1 and q.agg != "count":
        f = fs[0]
        parts = [
            flight_part(
                facts,
                q.copy(dates=[], programs=set(), stations=[], people=[], flights=[f.id]),
                f,
                p,
            )
            for p in q.parts
        ]
        # a flight found from a description: say which it was and who flew, then the rest
        asked_crew = any(p.asks & {"who"} or not (p.asks - {"flight"}) for p in q.parts)
        if not asked_crew:
            parts.insert(0, crew_reply(facts, f))
        return join_replies(parts)
    if len(fs) == 1:
        desc = desc.replace("flights", "flight", 1)  # "1 crewed flight to Salyut 1"
    if q.agg == "count":
        text = f"{len(fs)} {desc}: {ph.join(labels) if len(fs) <= 12 else '; '.join(labels[:12]) + ' …'}."
    else:
        text = f"{len(fs)} {desc}: " + "; ".join(labels[:15]) + (" …" if len(fs) > 15 else ".")
    return Reply(text, [], ph.sources_of(*(f.source for f in fs[:3])), {"count": len(fs)}, items=labels,
                 flights=[f.id for f in fs], listed=[f.id for f in fs])  # fmt: skip


def _at_places(f: Flight, places: list[str], events: set[str]) -> bool:
    """Whether the flight's landing (or launch, when a launch is asked) site names every
    place word: "pacific", "atlantic", "arkalyk"."""
    site = f.launch_site if _event(events) == "launch" else f.landing_site
    words = fold(site).split() if site else []
    # "landed in water": a lake, a sea, an ocean, a gulf or a bay
    return bool(site) and all(w in words or (w == "water" and _WATER & set(words)) for w in places)


_WATER = frozenset({"lake", "sea", "ocean", "gulf", "bay", "pacific", "atlantic", "indian"})


def _craft_of_other_leg(tokens: list[str]) -> bool:
    """ "… on the Soyuz he launched on": a craft named by the other leg of the trip."""
    from .parse import in_relative_clause

    return any(t in ("launched", "landed", "flew", "went", "came") and in_relative_clause(tokens, i)
               for i, t in enumerate(tokens))  # fmt: skip


def _site_of(facts: Facts, t: Trip, events: set[str]) -> str:
    """Where a trip began or ended, as the question's place words asked: "Lake Tengiz"."""
    if _event(events) == "launch":
        return facts.flights[t.up_flight].launch_site or "site not recorded"
    return facts.flights[t.down_flight or t.up_flight].landing_site or "site not recorded"


def _places_desc(places: list[str], events: set[str]) -> str:
    verb = "launched from" if _event(events) == "launch" else "came down in"
    words = list(dict.fromkeys(places))
    if set(words) <= {"lake", "sea", "bay", "gulf", "ocean", "water"}:
        return f" that {verb} " + " or ".join(
            ("water" if w == "water" else f"a {w}") for w in words
        )
    return f" that {verb} {' '.join(w.title() for w in words)}"


def _one_of(desc: str) -> str:
    """ "crewed flights to Skylab" said of the one picked: "the longest crewed flight to …"."""
    return re.sub(r"\bflights\b", "flight", desc, count=1)


def _flight_desc(facts: Facts, q: Query) -> str:
    prog = (
        "/".join(sorted(q.programs))
        .replace("shuttle", "Shuttle")
        .replace("soyuz", "Soyuz")
        .replace("dragon", "Dragon")
        .replace("shenzhou", "Shenzhou")
    )
    text = f"crewed {prog} flights".replace("  ", " ") if prog else "crewed flights"
    if q.series:  # "Axiom Mission flights", not every crewed Dragon
        text = f"{series_label(q.series)} flights"
    if q.all_private:
        text = "all-private " + text
    if q.orbital:
        text = text.replace("flights", "orbital flights")
    if q.stations:
        text += " to " + ph.join([facts.stations[s].name for s in q.stations])
    elif q.any_station:
        text += " to a space station"
    if q.people:
        text += " with " + names(facts, q.people)
    d = _desc(q)
    if d:  # "with a Cuban", "with an Indian"
        text += (" with an " if d.strip()[:1].lower() in "aeiou" else " with a ") + d.strip()
    for w in q.dates:
        text += " " + (("launched " if _event(q.events) != "land" else "landing ") + w.label())
    for c in q.claims:  # "the first to carry more than one person": the crew size said
        if c.unit == "people":
            text += f" with {c.label()} aboard"
    left_out = [facts.flights[f].name for f in q.excluded if f in facts.flights]
    if left_out:  # "not counting Apollo–Soyuz": said, so the count is read as asked
        text += f" (not counting {ph.join(left_out)})"
    return text.strip()


def _flight_commanders(facts: Facts, q: Query, sid: str) -> Reply:
    """ "Who commanded the second crew to Skylab?", "the commander on Tiangong on 16 October
    2021": a station with no expedition commands of record (Skylab, Salyut, Tiangong) was
    commanded by the commanders of the crews aboard, so the crews' flights answer."""
    st = facts.stations[sid]
    fl = [f for f in facts.flights_by_launch if f.station == sid and f.reached_station and f.launch]
    for w in q.dates:
        # "the crew that flew up in April 2024": launched then; otherwise aboard then
        ev = "launch" if q.events & {"launch", "arrive"} else "any"
        fl = [f for f in fl if _date_ok(w, f.launch.dt, (f.landing or f.launch).dt, ev)]
    if q.rank in ("first", "last") or q.rank.isdigit():
        i = 0 if q.rank == "first" else -1 if q.rank == "last" else int(q.rank) - 1
        fl = fl[i : i + 1 or None] if -len(fl) <= i < len(fl) else []
    held = [(f, s.person) for f in fl for s in facts.seats_by_flight.get(f.id, [])
            if s.role == "commander" and s.went_up]  # fmt: skip
    if not held:
        when = " ".join(w.label() for w in q.dates)
        return Reply(f"I have no commander of a crew aboard {st.name} {when} in my records."
                     .replace("  ", " "), [], [])  # fmt: skip
    lines = [f"{facts.people[p].name} commanded {f.name}" for f, p in held[:12]]
    r = Reply(f"{'; '.join(lines)} ({st.name} had no station commander of its own; each "
              "crew had its commander).", [], ph.sources_of(*(f.source for f, _ in held[:2])),
              people=[p for _, p in held], flights=[f.id for f, _ in held])  # fmt: skip
    others = [p for p in q.parts if "commander" not in p.roles]
    if len(held) == 1 and others:
        # "the crew that arrived in late November 2022 — who commanded, when did they launch,
        # and when did they land?": the other parts of that one crew's flight
        f = held[0][0]
        plain = Query(raw=q.raw, flights=[f.id], tokens=q.tokens, parts=others)
        with contextlib.suppress(Unanswerable):  # a part it can't answer: the commander alone
            r = join_replies([r, *(flight_part(facts, plain, f, p) for p in others)])
    return r


def _first_to_command_n_times(facts: Facts, q: Query, sid: str | None) -> Reply:
    """ "The first woman to command the ISS twice": whose n-th command (of that station)
    began first — commands counted, not flights (Walker flew twice but commanded once)."""
    n = int(q.times)
    others = q.copy(times="")
    where = facts.stations[sid].name if sid else "a station"
    nth = {}
    for pid in dict.fromkeys(x[2] for x in _commands(facts)):
        mine = commands_of(facts, pid, [sid] if sid else [])
        if len(mine) >= n and person_ok(facts, others, pid):
            nth[pid] = mine
    if not nth:
        raise Unanswerable(f"Nobody{_desc(q)} commanded {where} {n} times in my records.")
    pid = min(nth, key=lambda p: nth[p][n - 1][0])
    said = "; ".join(f"{', '.join(facts.expeditions[e].name for e in c[3])} (from {ph.day(c[0])})"
                     for c in nth[pid][:n])  # fmt: skip
    exps = [e for c in nth[pid][:n] for e in c[3]]
    said_n = "twice" if n == 2 else f"{n} times"
    return Reply(f"The first{_desc(q)} to command {where} {said_n} was "
                 f"{facts.people[pid].name}: {said}.", [],
                 ph.sources_of(facts.people[pid].source, *(facts.expeditions[e].source for e in exps[:2])),
                 people=[pid], expeditions=exps)  # fmt: skip


def commands_query(facts: Facts, q: Query) -> Reply:
    sid = q.stations[0] if q.stations else None
    if q.rank == "first" and q.times.isdigit() and int(q.times) > 1:
        return _first_to_command_n_times(facts, q, sid)
    times = q.times if q.times != "=first" else ""
    # "who commanded the ISS three times?": commands are counted, not flights
    who = q.copy(times="") if times else q
    counted: dict[str, int] = {}  # (each person's commands counted once, not once a spell)

    def n_commands(pid: str) -> int:
        if pid not in counted:
            counted[pid] = len(commands_of(facts, pid, [sid] if sid else []))
        return counted[pid]

    spells = [
        s
        for s in _commands(facts)
        if (not sid or facts.expeditions[s[3]].station == sid)
        and person_ok(facts, who, s[2])
        and (not times or count_holds(n_commands(s[2]), times))
    ]
    where = facts.stations[sid].name if sid else "a station"
    if sid and not any(facts.expeditions[s[3]].station == sid for s in _commands(facts)):
        return _flight_commanders(facts, q, sid)
    if q.dates:
        w = q.dates[0]
        if w.op == "in" and w.span.is_day:
            at = noon(w.span.start)
            hits = [s for s in spells if s[0] <= at <= s[1]]
        else:
            hits = [s for s in spells if _date_ok(w, s[0], s[1], "any")]
        spells = hits
    if not spells:
        return Reply(
            f"Nobody{_desc(q)} commanded {where} {' '.join(w.label() for w in q.dates)} in my records.".replace(
                "  ", " "
            ),
            [],
            [],
        )
    people = list(dict.fromkeys(s[2] for s in spells))
    if q.rank:
        if q.rank in ("first", "last") or q.rank.isdigit():
            idx = 0 if q.rank == "first" else -1 if q.rank == "last" else int(q.rank) - 1
            if idx >= len(people):
                raise Unanswerable(
                    f"Only {len(people)} people{_desc(q)} commanded {where} in my records."
                )
            pid = people[idx]
            theirs = [x for x in spells if x[2] == pid]
            s = theirs[0]
            e = facts.expeditions[s[3]]
            nth = {"first": "first", "last": "most recent"}.get(q.rank, f"#{q.rank}")
            text = f"The {nth}{_desc(q)} to command {where} was {facts.people[pid].name}, on {e.name} from {ph.day(s[0])}."
            later = [x for x in theirs[1:] if x[0] <= s[1] + timedelta(days=2)]
            if e.end and s[0] >= e.end.dt - timedelta(days=10) and later:
                # command handed over days before the expedition ended: they commanded
                # the next one ("Wakata took command on 9 March 2014, at the end of
                # Expedition 38, and commanded Expedition 39")
                e2 = facts.expeditions[later[0][3]]
                text = (f"The {nth}{_desc(q)} to command {where} was {facts.people[pid].name}: "
                        f"commander of {e2.name}, from {ph.day(s[0])} (the end of {e.name}).")  # fmt: skip
                e = e2
            if "nationality" in q.asks or {"country", "nationality"} & set(q.tokens):
                # "first European to command the ISS: name, country, expedition" (Belgian)
                p = facts.people[pid]
                text += f" {p.name} is {ph.demonyms(p.nationality)}."
            return Reply(
                text,
                [],
                ph.sources_of(e.source, facts.people[pid].source),
                people=[pid],
                expeditions=[e.id],
            )
        if q.rank == "most":
            counts: dict[str, int] = {}
            for s in spells:
                counts[s[2]] = counts.get(s[2], 0) + 1
            top = max(counts.values())
            best = [p for p, c in counts.items() if c == top]
            return Reply(
                f"{names(facts, best)} commanded {where} the most: {top} times.",
                [],
                [],
                people=best,
            )
        raise Unanswerable(f"I can't rank commanders by {q.rank}.")
    if q.dates and q.dates[0].span.is_day and q.dates[0].op == "in" and q.agg == "one":
        s = spells[0]  # ("up to the end of 2024" is a span of time, not that one day)
        e = facts.expeditions[s[3]]
        label = q.dates[0].label()
        text = f"{label[:1].upper() + label[1:]}, {facts.people[s[2]].name} commanded {facts.stations[e.station].name} ({e.name})."
        return Reply(
            text, [], ph.sources_of(e.source), people=[s[2]], expeditions=[e.id], title=e.name
        )
    labels = [f"{facts.people[p].name}" for p in people]
    n_said = f"{len(people)} {'person' if len(people) == 1 else 'people'}{_desc(q)}"
    n_said = n_said.replace("people woman", "women").replace("person woman", "woman")
    if q.agg == "count":
        return Reply(
            f"{n_said} commanded {where}: {ph.join(labels)}.",
            [],
            [],
            items=labels,
            people=people,
        )
    return Reply(
        f"{n_said} commanded {where}: {ph.join(labels)}.",
        [],
        [],
        items=labels,
        people=people,
    )


def _stated_first_of_kind(facts: Facts, q: Query) -> str | None:
    """The one person the records call the first of the kind the question names ("first
    space tourist"), when exactly one claim is that and nothing more."""
    from .lexicon import PHRASES

    if (
        len(q.nat) == 1
        and not q.kinds
        and not (q.nat_not or q.sex or q.dates or q.stations or q.programs or q.agencies)
        and not (q.occupations or q.roles or q.times or q.walk_words)
        and not q.events - {"fly", "launch"}
    ):
        # "the first Spanish astronaut": the records call Duque the first Spaniard in space
        # (López-Alegría, born in Madrid, had flown before him for NASA)
        (nat,) = q.nat
        hits = {pid for pid, _, core in first_claims(facts)
                if len(core) == 1 and any(w.kind == "nat" and w.value == nat
                                          for w in PHRASES.get((core[0],), ()))}  # fmt: skip
        return next(iter(hits)) if len(hits) == 1 else None
    words = {t for t in q.tokens if any(w.kind == "kind" for w in PHRASES.get((t,), ()))}
    # "the first paying space tourist": "paying" and "tourist" name the one kind
    values = {w.value for t in words for w in PHRASES.get((t,), ()) if w.kind == "kind"}
    if not words or len(values) != 1 or q.nat or q.nat_not or q.sex:
        return None
    hits = {pid for pid, _, core in first_claims(facts) if len(core) == 1 and core[0] in words}
    # "the first space tourist and his Soyuz", "... to reach the ISS": the one the records
    # name, when his trip meets the rest of the question (not "the first tourist on Mir")
    if len(hits) != 1 or not trips_matching(facts, q, list(hits)):
        return None
    return next(iter(hits))


_FLIGHT_NOUNS = frozenset({"crew", "crews", "mission", "missions", "flight", "flights"})


def people_query(facts: Facts, q: Query) -> Reply:
    """People described, not named: filters over their trips, then rank and aggregate."""
    if q.uncrewed:
        raise Unanswerable("I can't describe people as “uncrewed”.")
    stated = (
        _stated_first_of_kind(facts, q)
        if q.rank == "first" and (q.kinds or q.nat) and q.agg != "yesno" and not q.plural
        else None
    )
    if stated is not None:
        # "the first space tourist": the records name him (Tito), where the first
        # paying passenger by date (Akiyama, a journalist) is not what the words mean
        first = next(iter(_rank_trips(trips_matching(facts, q, [stated]), "first")), None)
        trips = [first] if first else []
    elif (
        q.rank == "first"
        and not q.plural
        and q.agg != "yesno"
        and not (q.nat and q.dates)
        and not q.all_programs  # "the first to fly Mercury, Gemini and Apollo": all of them
    ):
        # only the first trip in launch order is named: found without listing the others
        # (not "the first Indian since 1984", where main citizenship must choose: below)
        first = _first_trip_matching(facts, q)
        trips = [first] if first else []
    else:
        trips = trips_matching(facts, q)
        if (
            not q.outcome
            and not q.spacecraft
            and (
                (q.rank and q.rank.isdigit())
                or (("aboard" in q.events or "space" in q.tokens) and not q.stations)
            )
        ):
            trips = [t for t in trips if reached_space(facts, t)]  # "the second X in space"
        if q.rank.isdigit() and (q.kinds or q.nat) and q.agg != "yesno" and not q.plural:
            # "the second space tourist": counted from the one the records call the first
            # (Tito), not from an earlier passenger the words do not mean (Akiyama)
            head = _stated_first_of_kind(facts, q.copy(rank="first"))
            start = (
                next(iter(_rank_trips(trips_matching(facts, q, [head]), "first")), None)
                if head
                else None
            )
            if start is not None:
                trips = [t for t in trips if t.start >= start.start]
    if q.all_programs and q.programs:
        # "who has flown on both the Shuttle and Soyuz?": a flight of each, in any order
        def flew_each(pid: str) -> bool:
            legs = [facts.flights[f] for t in facts.trips_by_person.get(pid, [])
                    for f in (t.up_flight, t.down_flight) if f in facts.flights]  # fmt: skip
            return all(any(program_ok(f, {p}) for f in legs) for p in q.programs)

        each = {p for p in {t.person for t in trips} if flew_each(p)}
        trips = [t for t in trips if t.person in each]
        if q.rank == "first" and trips:
            # the first to have flown every one of them: the earliest to complete the set
            def done(pid: str) -> datetime:
                mine = facts.trips_by_person.get(pid, [])
                # (either leg counts, as in flew_each: Thagard came home on a Shuttle)
                return max(min(t.start for t in mine
                               if any(program_ok(facts.flights[f], {p}) for f in (t.up_flight, t.down_flight)
                                      if f in facts.flights))
                           for p in q.programs)  # fmt: skip

            first = min(each, key=done)
            last = max((t for t in facts.trips_by_person.get(first, [])), key=lambda t: t.start
                       if t.start <= done(first) else datetime.min.replace(tzinfo=UTC))  # fmt: skip
            progs = ph.join([p.title() for p in sorted(q.programs)])
            return Reply(f"The first person to fly on each of {progs} was "
                         f"{facts.people[first].name}, completing the set on "
                         f"{trip_label(facts, last)}, {ph.day(done(first))}.", [],
                         ph.sources_of(facts.people[first].source), people=[first])  # fmt: skip
    here = q.site_words
    if here:
        # "who splashed down in the Atlantic?": the site of the flight they came down on
        up = _event(q.events) == "launch"
        trips = [t for t in trips if (f := facts.flights.get(t.up_flight if up else
                                                             t.down_flight or t.up_flight))
                 and _at_places(f, here, q.events)]  # fmt: skip
    crew_size = [c for c in q.claims if c.unit == "people"]
    if crew_size:  # "the longest solo spaceflight": flights of that many people
        trips = [t for t in trips
                 if all(holds(c, len(launch_crew(facts, facts.flights[t.up_flight]))) for c in crew_size)]  # fmt: skip
    if q.nat and not q.nat_label and q.rank and q.rank != "last" and not q.plural:
        # "the second Indian in space": by main citizenship (listed last), so Rakesh Sharma
        # then Shubhanshu Shukla, not Kalpana Chawla, who flew as an American; anyone with
        # the country among others when no one holds it as their main one
        # (a state that is gone counts whoever held it when they flew: Titov was Soviet,
        # and Russian only later)
        gone = q.nat & _FORMER_STATES
        main = [t for t in trips if facts.people[t.person].nationality[-1:] and
                (facts.people[t.person].nationality[-1] in q.nat
                 or gone & set(facts.people[t.person].nationality))]  # fmt: skip
        trips = main or trips
    if q.nat and q.rank and q.nat <= _FORMER_STATES:
        # "the last Soviet cosmonaut to visit Mir": a citizen of the state while it lasted
        # (Krikalev's 1991 flight), not a Russian who flew there in 2000
        trips = [t for t in trips if any(t.start.year < _STATE_ENDED[c] for c in q.nat)] or trips
    unsure = [
        o for o in q.occupations if o in facts.occupations and not facts.occupations[o].complete
    ]
    if unsure and q.agg in ("count", "yesno") or (unsure and not trips):
        raise Unanswerable(f"My records of who was a {unsure[0]} are not complete, so I can't "
                           "count them or say there was none; ask about a person or a flight.")  # fmt: skip
    desc = _people_desc(facts, q)
    if here:
        desc += _places_desc(here, q.events)
    if not trips and q.agg == "yesno":
        return Reply(f"No: nobody{_desc(q)} matches that in my records ({desc}).", [], [])
    if not trips and q.agg == "count":
        return Reply(f"None: no {desc} in my records.", [], [])
    if not trips:
        raise Unanswerable(f"Nobody{_desc(q)} matches that in my records ({desc}).")
    rank = q.rank
    timed = bool(q.asks & {"duration", "total"}) or "time" in q.tokens
    if rank == "fewest" and timed and _FLIGHT_NOUNS & set(q.tokens):
        rank = "shortest"  # "which Skylab crew spent the least time aboard?": one flight's
    if rank in ("youngest", "oldest"):
        aged = [(t, _age_at(facts, t)) for t in trips]
        undated = {t.person for t, a in aged if a is None}
        aged = [(t, a) for t, a in aged if a is not None]
        # "youngest Chinese astronaut to fly?": one with no full birth date on record (Wu Fei,
        # born October 1993) may be the one the records state it of
        words = [ph.demonym(n).lower() for n in q.nat] + (["woman"] if q.sex == "female" else [])
        stated = [(pid, c) for pid in sorted(undated) if words for c in facts.people[pid].firsts
                  if c.lower().startswith(rank) and all(w in c.lower() for w in words)]  # fmt: skip
        if len(stated) == 1 and not (q.programs or q.stations or q.dates or q.flights):
            pid, claim = stated[0]
            return Reply(f"The {rank} {desc} was {facts.people[pid].name}: {claim}.", [],
                         ph.sources_of(facts.people[pid].source), people=[pid])  # fmt: skip
        if not aged:
            raise Unanswerable("I have no birth dates for those people.")
        t, age = (min if rank == "youngest" else max)(aged, key=lambda x: x[1])
        p = facts.people[t.person]
        years = int(age // 365.2425)
        text = (f"The {rank} {desc} was {p.name}, aged {years}, at launch on {ph.day(t.start)} "
                f"({trip_label(facts, t)}).")  # fmt: skip
        if not (q.programs or q.stations or q.any_station or q.flights) and (
            rank == "oldest" or not (q.nat or q.nat_not or q.sex or q.kinds or q.occupations)
        ):
            # the oldest (Ed Dwight, 90) and youngest (Oliver Daemen, 18) to cross 100 km
            # flew on tourist hops this store does not hold
            text += (
                " My records leave out suborbital tourist flights (Blue Origin's New "
                f"Shepard, Virgin Galactic), whose passengers include {rank[:-3]}er people."
            )
        return Reply(
            text,
            [],
            ph.sources_of(p.source, facts.flights[t.up_flight].source),
            people=[p.id],
            flights=[t.up_flight],
        )
    if rank in ("longest", "shortest"):
        done = [t for t in trips if t.end]
        if "trips_by_secs" not in facts.memo:  # every finished trip, longest first, once
            facts.memo["trips_by_secs"] = sorted(
                (t for t in facts.trips if t.end), key=lambda t: trip_seconds(t) or 0, reverse=True
            )
        everyone = facts.memo["trips_by_secs"]
        if q.place == 1 and not q.top and len(done) == len(everyone) and rank == "longest":
            # the record over every trip (nothing filtered): the first of the kept order
            best = everyone[0]
            done = [best, *(t for t in done if t is not best)]
        elif q.place == 1 and not q.top:  # the record itself: one pass, not a sort of every trip
            best = (max if rank == "longest" else min)(done, key=lambda t: trip_seconds(t) or 0)
            done = [best, *(t for t in done if t is not best)]
        else:
            done.sort(key=lambda t: trip_seconds(t) or 0, reverse=rank == "longest")
        # one place per trip, shared by everyone who made that same trip (Kononenko and Chub);
        # a person already placed is not placed again ("who is in second place?")
        places: list[list[Trip]] = []
        placed: set[str] = set()
        for t in done:
            if t.person in placed:
                continue
            same = [x for x in done if (x.up_flight, x.down_flight, x.end) == (t.up_flight, t.down_flight, t.end)]  # fmt: skip
            places.append(same)
            placed |= {x.person for x in same}
            if len(places) >= max(q.place, q.top):
                break
        if q.top:
            # "the three longest single spaceflights": each place, with who made it
            lines = []
            for i, same in enumerate(places, 1):
                t = same[0]
                who = names(facts, list(dict.fromkeys(x.person for x in same)))
                lines.append(
                    f"{i}. {who}: {ph.duration(trip_seconds(t) or 0)} on {trip_label(facts, t)}"
                )
            by = _desc(q).strip().replace("woman", "women").replace(" man", " men")
            by = f" by {'men' if by == 'man' else by}" if by else ""
            return Reply(f"The {len(places)} {rank} single spaceflights{by}"
                         f"{_scope(facts, q)}: " + "; ".join(lines) + ".", [], [],
                         people=[x.person for same in places for x in same])  # fmt: skip
        if len(places) < q.place:
            raise Unanswerable(f"I have fewer than {q.place} places in that ranking.")
        t = places[q.place - 1][0]
        secs = trip_seconds(t) or 0
        p = facts.people[t.person]
        who = list(dict.fromkeys(x.person for x in places[q.place - 1]))
        label = f"{names(facts, who)}'s" if len(who) == 1 else f"that of {names(facts, who)}"
        nth = f"{ph.ordinal(q.place)} " if q.place > 1 else ""
        kind = "solo" if any(c.unit == "people" and c.value == 1 for c in q.claims) else "single"
        # ("the longest single spaceflight among women", not "… spaceflight woman")
        among = (" among " + _people_noun(q.copy(rank=""))
                 if q.nat or q.sex or q.kinds or q.occupations
                 else " " + _desc(q).strip() if _desc(q) else "")  # fmt: skip
        text = f"The {nth}{rank} {kind} spaceflight{among}{_scope(facts, q)} was {label}: {ph.duration(secs)} ({ph.about_days(secs)}) on {trip_label(facts, t)}, {ph.day(t.start)} to {ph.day(t.end)}."
        if "station" in q.asks or "where" in q.asks:
            # "longest single spaceflight ever: who, how many days, which station?"
            at = [facts.stations[x].name for x in trip_stations(facts, t) if x in facts.stations]
            text += f" Station: {ph.join(at)}." if at else " It visited no station."
        return Reply(
            text,
            [],
            ph.sources_of(p.source, facts.flights[t.up_flight].source),
            people=who,
            flights=[t.up_flight],
        )
    if rank in ("most", "fewest"):
        per: dict[str, list[Trip]] = {}
        for t in trips:
            per.setdefault(t.person, []).append(t)
        if timed:
            score = {p: sum(trip_seconds(t) or 0 for t in ts) for p, ts in per.items()
                     if rank == "most" or all(trip_seconds(t) for t in ts)}  # fmt: skip
            pid = (max if rank == "most" else min)(score, key=score.get)
            most = "most" if rank == "most" else "least"
            if q.place > 1:
                # "which woman has spent the second most time in space?": that place
                order = sorted(score, key=score.get, reverse=rank == "most")
                if q.place > len(order):
                    raise Unanswerable(f"I have fewer than {q.place} people in that ranking.")
                pid = order[q.place - 1]
                ahead = "; ".join(f"{facts.people[x].name}, {ph.about_days(score[x])}"
                                  for x in order[: q.place - 1][:4])  # fmt: skip
                most = f"{ph.ordinal(q.place)} {most}"
                text = (f"{facts.people[pid].name} has spent the {most} time in space"
                        f"{_scope(facts, q)}: {ph.duration(score[pid])} ({ph.about_days(score[pid])}), "
                        f"after {ahead}.")  # fmt: skip
                return Reply(text, [], ph.sources_of(facts.people[pid].source), people=[pid])
            # ("which American has the most time in space?": said of Americans, not everyone)
            among = (" among " + _people_noun(q.copy(rank=""))
                     if q.nat or q.sex or q.kinds or q.occupations else "")  # fmt: skip
            text = f"{facts.people[pid].name} has spent the {most} time in space{among}{_scope(facts, q)}: {ph.duration(score[pid])} ({ph.about_days(score[pid])})."
        elif rank == "fewest":
            raise Unanswerable("Many people share the fewest flights (one each), so I can't "
                               "name one; ask who flew the most instead.")  # fmt: skip
        else:
            score = {p: len(ts) for p, ts in per.items()}
            top = max(score.values())
            best = [p for p, c in score.items() if c == top]
            text = f"{names(facts, best)} flew the most{_scope(facts, q)}: {top} flights."
            pid = best[0]
        return Reply(text, [], ph.sources_of(facts.people[pid].source), people=[pid])
    people = list(dict.fromkeys(t.person for t in trips))
    if q.agg == "yesno":
        if not people:
            return Reply(f"No: nobody{_desc(q)} matches that in my records ({desc}).", [], [])
        down = _event(q.events) == "land"
        by_flight: dict[str, list[str]] = {}
        for t in trips:
            f = (t.down_flight or t.up_flight) if down else t.up_flight
            by_flight.setdefault(f, []).append(t.person)
        if 1 < len(by_flight) <= 6 or (len(by_flight) == 1 and (q.dates or q.site_words)):
            # "did any crew come home on 29 February?": which flights, and who was aboard
            on = "; ".join(f"{facts.flights[f].name}, {ph.day(facts.flights[f].landing.dt if down and facts.flights[f].landing else facts.flights[f].launch.dt)} ({names(facts, list(dict.fromkeys(w)))})"
                           for f, w in by_flight.items() if f in facts.flights)  # fmt: skip
            return Reply(f"Yes: {on} ({desc}).", [],
                         ph.sources_of(*(facts.flights[f].source for f in list(by_flight)[:2])),
                         people=people, flights=list(by_flight))  # fmt: skip
        return Reply(f"Yes: {names(facts, people[:10])}{' and others' if len(people) > 10 else ''} ({desc}).",
                     [], ph.sources_of(*(facts.people[p].source for p in people[:2])), people=people)  # fmt: skip
    first_trip = {}
    for t in trips:
        first_trip.setdefault(t.person, t)
    if rank == "first" and q.times.isdigit() and int(q.times) > 1 and not q.programs:
        # "the first person to make six spaceflights": whose sixth flight came first
        n = int(q.times)
        # everyone with at least that many (Young's sixth came after his fifth), who fits the
        # rest of the description
        others = q.copy(times="")
        nth = {p: ts[n - 1] for p, ts in facts.trips_by_person.items()
               if len(ts) >= n and person_ok(facts, others, p)}  # fmt: skip
        if nth:
            pid = min(nth, key=lambda p: nth[p].start)
            t = nth[pid]
            who = _desc(q).strip() or "person"
            # the earlier flights too: "…to fly twice, and in which years?" (2007 and 2009)
            before = "; ".join(f"{trip_label(facts, x)}, {x.start.year}"
                               for x in facts.trips_by_person[pid][: n - 1])  # fmt: skip
            return Reply(f"The first {who} to fly {n} times was {facts.people[pid].name}: "
                         f"flight {n} was {trip_label(facts, t)}, launched {ph.day(t.start)} "
                         f"(before it: {before}).", [],
                         ph.sources_of(facts.people[pid].source), people=[pid],
                         flights=[t.up_flight])  # fmt: skip
    if rank:
        idx = (
            0
            if rank == "first"
            else -1
            if rank == "last"
            else int(rank) - 1
            if rank.isdigit()
            else None
        )
        if idx is None or idx >= len(people):
            raise Unanswerable(f"I can't rank {desc} by {rank}.")
        pid = people[idx]
        t = first_trip[pid] if rank != "last" else [x for x in trips if x.person == pid][-1]
        nth = {"first": "first", "last": "most recent"}.get(rank, f"#{rank}")
        if q.plural and rank in ("first", "last"):
            # "who were the first people to visit Tiangong-2": that flight's whole crew
            group = list(dict.fromkeys(x.person for x in trips if x.up_flight == t.up_flight))
            f = facts.flights[t.up_flight]
            text = (f"The {nth} {_desc(q).strip() + ' ' if _desc(q) else ''}crew{_scope(facts, q)}: "
                    f"{names(facts, group)}, on {trip_label(facts, t)}, launched {ph.day(t.start)}.")  # fmt: skip
            if "duration" in q.asks and t.end:
                secs = (t.end - t.start).total_seconds()
                text += f" They stayed {ph.duration(secs)} ({ph.about_days(secs)}), back {ph.day(t.end)}."
            home = facts.flights[t.down_flight or t.up_flight]
            if q.asks & {"when", "time"} and "land" in q.events and home.landing:
                # "… who died during their return — their names, and the date of the landing?"
                text += f" They came back on {home.name}, {ph.when(home.landing, home.landing_tz)}."
            return Reply(text, [], ph.sources_of(f.source), people=group, flights=[f.id])
        text = f"The {nth} {desc} was {facts.people[pid].name}, on {trip_label(facts, t)}, launched {ph.day(t.start)}."
        went = trip_stations(facts, t) if q.any_station and not q.stations else []
        if went:
            # "the first Indian to fly to a space station": and which one (Salyut 7)
            text = text[:-1] + f", to {ph.join([facts.stations[x].name for x in went])}."
        if "land" in q.events:
            text = f"The {nth} {desc} was {facts.people[pid].name}, who came back on {trip_label(facts, t)}."
        found = Reply(text, [], ph.sources_of(facts.people[pid].source, facts.flights[t.up_flight].source),
                      people=[pid], flights=[t.up_flight])  # fmt: skip
        if q.agg == "one":
            # "how long was the first Afghan in space?", "who flew up with the first
            # Emirati?": asked of that person's trip
            return asked_of_holder(facts, q, found)
        return found
    labels = [
        f"{facts.people[p].name} ({trip_label(facts, first_trip[p])}, {first_trip[p].start.year}"
        + (f", {_site_of(facts, first_trip[p], q.events)})" if q.site_words else ")")
        for p in people
    ]
    if q.all_programs and q.programs and len(people) <= 5:
        # "which astronaut flew Mercury, Gemini and Apollo?": his first flight of each
        labels = []
        for p in people:
            mine = facts.trips_by_person.get(p, [])  # (in time order: the first found is first)
            firsts = [next((t for t in mine if program_ok(facts.flights[t.up_flight], {g})), None)
                      for g in sorted(q.programs)]  # fmt: skip
            each = sorted((t for t in firsts if t), key=lambda t: t.start)
            labels.append(f"{facts.people[p].name} ("
                          + "; ".join(f"{trip_label(facts, t)}, {t.start.year}" for t in each)
                          + ")")  # fmt: skip
    if q.times and q.times != "=first" and len(people) <= 3:
        # "the only tourist to fly twice: on which two Soyuz?": each of the flights counted
        labels = [f"{facts.people[p].name} ("
                  + "; ".join(f"{trip_label(facts, t)}, {t.start.year}" for t in trips if t.person == p)
                  + ")" for p in people]  # fmt: skip
    if q.agg == "count":
        text = f"{len(people)} {desc}" + (f": {ph.join(labels)}." if len(people) <= 10 else ".")
    elif len(people) == 1:
        one = desc.replace(" people", "", 1).replace("women", "woman").replace(" men ", " man ")
        for o in q.occupations:  # "the only politician who flew…"
            one = one.replace(_occupation_plural(o), o, 1)
        text = f"The only {one} in my records: {labels[0]}."
        if not _desc(q):
            text = f"{labels[0]}."
        if q.asks & {"when", "where", "duration", "time", "age", "with"} and q.agg == "one":
            # "when did the Afghan cosmonaut land?", "who flew with the Romanian cosmonaut in
            # 1981?": what is asked, of the one there is
            try:
                more = _execute(facts, q.copy(people=people[:1]))
            except Unanswerable:
                more = None
            if more is not None:
                return join_replies([Reply(text, [], [], people=people), more])
    else:
        text = (
            f"{len(people)} {desc}: " + "; ".join(labels[:20]) + (" …" if len(people) > 20 else ".")
        )
    if unsure:
        text += f" (My records of who was a {unsure[0]} are not complete: there may be others.)"
    return Reply(text, [], [], {"count": len(people)}, items=labels, people=people)


def _age_at(facts: Facts, t: Trip) -> float | None:
    b = facts.people[t.person].birth_date
    if not b:
        return None
    return (t.start.date() - b).days


def _scope(facts: Facts, q: Query) -> str:
    bits = []
    if q.stations:
        bits.append("to " + ph.join([facts.stations[s].name for s in q.stations]))
    if q.programs:
        bits.append("on " + "/".join(sorted(q.programs)) + " flights")
    bits += [w.label() for w in q.dates]
    return (" " + " ".join(bits)) if bits else ""


_PLURAL_OCCUPATION = {"royalty": "royals", "businessperson": "businesspeople"}


def _occupation_plural(word: str) -> str:
    """ "teachers", "physicians", "royals": an occupation word as a plural noun."""
    return _PLURAL_OCCUPATION.get(word, word + ("es" if word.endswith("s") else "s"))


def _people_noun(q: Query) -> str:
    """Who the query describes, as a noun: "women", "Russian woman", "teachers", "American
    people", "Russian person" (one when ranked, many otherwise)."""
    d = _desc(q).strip()
    if not q.rank and (d == "man" or d.endswith((" man", "woman"))):
        d = d[:-3] + "men"  # "52 women who visited", not "woman people" (but "German" stays)
    gendered = d == "men" or d.endswith((" men", "women", " man", "woman")) or d == "man"
    noun = "people" if not q.rank else "person"
    if q.occupations and d.endswith(tuple(sorted(q.occupations))):
        # "6 teachers who flew", "the first teacher to fly": the word is the noun
        gendered = True
        if not q.rank:
            *rest, last = d.split()
            d = " ".join([*rest, _occupation_plural(last)])
    if d.endswith("tourist"):
        # "the first tourist to fly on a Soyuz", "3 tourists who visited", not "tourist person"
        return d + ("" if q.rank else "s")
    if d:
        noun = d if gendered else f"{d} {'person' if q.rank else 'people'}"
    return noun


def _people_desc(facts: Facts, q: Query) -> str:
    noun = _people_noun(q)
    event = _event(q.events)
    verb = {"launch": "launched", "land": "landed"}.get(event, "flew")
    if q.stations and event == "any":
        verb = "to visit" if q.rank else "who visited"
        if q.resident:  # "to live on Mir", "long-duration stays": not every visit
            verb = "to stay long on" if q.rank else "who stayed long on"
        scope = ph.join([facts.stations[s].name for s in q.stations])
        text = f"{noun} {verb} {scope}"
    else:
        text = f"{noun} {'to fly' if q.rank and event == 'any' else 'who ' + verb if not q.rank else 'to have ' + verb}"
        if q.stations:
            text += " to " + ph.join([facts.stations[s].name for s in q.stations])
        if not q.rank and event == "any" and not q.programs and not q.stations and not q.dates:
            text = f"{noun} who flew in space"
    if q.any_station and not q.stations:
        text += " to a space station"
    if q.orbital and not q.stations and not q.any_station:
        text += " to orbit"  # "the first American to go round the Earth": Glenn, not Shepard
    if q.programs and q.all_programs:
        text += " on each of " + ph.join([p.title() for p in sorted(q.programs)])
    elif q.programs:
        text += f" {_on_program(q)}"
    if q.roles:
        text += " as " + "/".join(sorted(q.roles))
    if q.times and q.times != "=first":
        n = q.times.lstrip(">")
        said = {"1": "once", "2": "twice"}.get(n, f"{n} times")
        text += f" {'more than ' if q.times.startswith('>') else ''}{said}"
    for w in q.dates:
        text += " " + w.label()
    if q.outcome == "crew_loss":  # not everyone who flew
        text = (
            text.replace("to fly", "to die on a spaceflight")
            if q.rank
            else text + " and died on it"
        )
    return text.replace("  ", " ")


def _typed(word: str) -> bool:
    """A claim word that narrows who is meant ("woman", "european", "private")."""
    from .lexicon import PHRASES

    return any(
        w.kind in ("nat", "sex", "kind", "agency", "program") for w in PHRASES.get((word,), ())
    )


_GENERIC = frozenset(
    "to in a an the of on and space orbit fly flew flown perform performed make made do did "
    "conduct carry carried out person people astronaut astronauts cosmonaut taikonaut human "
    "ever be by as at from into was is who what when date day year which mission missions "
    "go went gone launch launched".split()
)


def _states_a_first(claim: str) -> bool:
    """ "first Chinese woman in space", "made the first untethered spacewalk"; not
    "commander of the first all-civilian flight" (a first of the flight's, not theirs)."""
    before, sep, _ = fold(claim).partition("first")
    return bool(sep) and all(w in _GENERIC for w in before.split())


def _first_skip() -> frozenset[str]:
    """Words that say nothing of what a first is (filler, question and generic words)."""
    from .lexicon import FILLER, QUESTION_WORDS

    return FILLER | QUESTION_WORDS | _GENERIC | {"first", "he", "she", "him", "her", "his"}


def first_claims(facts: Facts, loose: bool = False) -> list[tuple[str, str, list[str]]]:
    """(person, claim, its content words) for every first the records state, folded once
    per store: those that start "first …", or with `loose` also "made the first …"."""
    key = "first_claims_loose" if loose else "first_claims"
    if key not in facts.memo:
        skip = _first_skip()
        facts.memo[key] = [
            (p.id, c, [w.replace("women", "woman") for w in fold(re.split(r"[,(;]", c)[0]).split() if w not in skip and not w.isdigit()])
            for p in facts.people.values()
            for c in p.firsts
            if (_states_a_first(c) if loose else c.lower().startswith("first"))
        ]  # fmt: skip
    return facts.memo[key]


def _flight_said(facts: Facts, pid: str, hit: Reply, q: Query) -> list[str]:
    """The one flight of a person that an answer about them is about: the one it names
    ("first woman to command a Shuttle mission (STS-93)"), else the one it was found on,
    else for a first about going to space their first flight ("first French woman in
    space" is Haigneré's 1996 flight, not her 2001 one); else none."""
    trips = facts.trips_by_person.get(pid, [])
    if len(trips) < 2:
        return []  # one trip: nothing to choose, and its landing may be on another vehicle
    # (a whole name: "STS-7" is not said by "STS-71")
    said = [t.up_flight for t in trips if ph.says(hit.text, facts.flights[t.up_flight].name)]
    going = {"space", "fly", "flew", "astronaut", "cosmonaut", "taikonaut", "tourist"} & set(
        fold(hit.text).split()
    )
    first = [trips[0].up_flight] if trips and going and "walk" not in q.events else []
    pick = (said[:1] or hit.flights[:1] or first)[:1]
    if "land" in q.events:  # the trip's way home, which may be another vehicle (STS-89/91)
        pick = [t.down_flight or t.up_flight for t in trips if t.up_flight in pick][:1] or pick
    return pick


def _holders_seat(q: Query) -> str:
    """ "The first Mongolian cosmonaut and his commander": a seat asked of the flight of
    the one described, not a description of them; the seat, or ""."""
    for a, b in pairwise(q.tokens):
        if a in ("his", "her", "their") and b in ("commander", "pilot"):
            return b
    return ""


def asked_of_holder(facts: Facts, q: Query, hit: Reply) -> Reply:
    """ "When did the first Brazilian astronaut launch, and on what?": the first found, then
    every other asked part of that one person, as if they had been named."""
    if len(hit.people) != 1:
        return hit
    rest = []
    for i, p in enumerate(q.parts):
        asks = set(p.asks)
        # what the description already says is not asked again: "carried" (the flight, not
        # its cargo), "citizen" (the nationality), "fire" (a story), "to command" (a role);
        # a later clause asking only the cargo asks it ("…, and what was the payload lab
        # called?")
        asks -= {"story", "agency"} | ({"payload"} if not i or asks != {"payload"} else set())
        if (q.nat and not q.nat_label) or "citizen" in q.tokens:
            # ("the first Brazilian …": the country is said; "the first Asian …" names a
            # group, so which country is still asked)
            asks.discard("nationality")
        if "who" in asks and ({"else", "other", "others"} & set(q.tokens) or "with" in asks):
            asks |= {"with"}  # "and who else was on board?": the holder's crewmates
        if i and p.roles and "who" in asks:
            # "first Mongolian cosmonaut and his commander": a seat of the holder's flight
            rest.append(Part(asks, set(p.events), set(p.roles)))
        elif asks - {"who", "crew"}:
            rest.append(Part(asks, set(p.events), set()))
    if not rest:
        return hit
    pid = hit.people[0]
    on = _flight_said(facts, pid, hit, q)
    holder = q.copy(people=[pid], flights=on, rank="", rank_of="", nat=set(), nat_label="",
                    sex="", kinds=set(), occupations=set(), plural=False, parts=rest,
                    unparsed=[], spacecraft=[], programs=set(), stations=[])  # fmt: skip
    return _then_asked(facts, hit, holder, rest) or hit


def recorded_first(facts: Facts, q: Query, loose: bool = False) -> Reply | None:
    """A first written in the records ("first Chinese woman to perform a spacewalk"). The
    question and the claim must say the same thing: every content word of each is in the
    other, so "first space tourist" never meets "first space tourist to fly twice"."""

    def same(a: str, b: str) -> bool:  # both already say "woman" for "women"
        if a == b:
            return True
        n = min(len(a), len(b))
        return n >= 5 and abs(len(a) - len(b)) <= 3 and a[: n - 1] == b[: n - 1]

    if q.all_female or q.all_private:
        return None  # "the first spacewalk with only women": not the first woman's walk
    if q.asks & {"flight", "flights"} and "who" not in q.asks and q.claims:
        return None  # "which mission was the first to carry more than one person": a crew size
    skip = _first_skip()
    toks = q.tokens
    # "China's first civilian astronaut, and on which Shenzhou?": the description ends where
    # the next clause asks again (only where the question would be declined otherwise: the
    # parse answers "the first woman to walk, and from which station?" in full)
    at = next((i for i, t in enumerate(toks) if t in ("which", "what", "when", "where", "how")
               and "first" in toks[:i]), len(toks)) if loose else len(toks)  # fmt: skip
    asked = [w for w in toks[:at] if w not in skip and not w.isdigit()]
    if not asked:
        return None
    words = [w.replace("women", "woman") for w in asked]
    # each claim of one person whose words the question all says; together they must say
    # every word of the question ("first Chinese civilian" and "first Chinese payload
    # specialist" are both Gui Haichao's: "the first Chinese civilian payload specialist")
    said: dict[str, list[tuple[str, list[str]]]] = {}
    # `same` words share their first four letters: only claims whose every word begins as a
    # word of the question does are compared (an index from a word's head to its claims)
    claims = first_claims(facts, loose)
    key = f"first_claims_heads_{loose}"
    if key not in facts.memo:
        index: dict[str, list[int]] = {}
        for n, (_, _, core) in enumerate(claims):
            for c in {c[:4] for c in core}:
                index.setdefault(c, []).append(n)
        facts.memo[key] = index
    heads = {w[:4] for w in words}
    near = sorted({n for h in heads for n in facts.memo[key].get(h, ())})
    for pid, claim, core_words in (claims[n] for n in near):
        if len(core_words) > len(words) + 2 or not all(c[:4] in heads for c in core_words):
            continue
        if all(any(same(c, w) for w in words) for c in core_words):
            said.setdefault(pid, []).append((claim, core_words))
    hits = []
    for pid, theirs in said.items():
        whole = [
            (c, core) for c, core in theirs if all(any(same(w, x) for x in core) for w in words)
        ]
        union = [x for _, core in theirs for x in core]
        if whole:
            hits.append((pid, whole[0][0]))
        elif all(any(same(w, x) for x in union) for w in words):
            hits.append((pid, " and ".join(c for c, _ in theirs)))
    people = list(dict.fromkeys(p for p, _ in hits))
    if len(people) != 1:
        return None
    pid = people[0]
    p = facts.people[pid]
    claim = next(c for x, c in hits if x == pid)
    if "walk" in q.events and not re.search(r"walk|\beva\b|extravehicular", claim, re.I):
        return None  # "and the first woman to do one?" of spacewalks: not her first flight
    units = {
        u.rstrip("s") for u in re.findall(r"\b(?:hour|day|week|month|year)s?\b", claim.lower())
    }
    if units - {t.rstrip("s") for t in toks}:
        return None  # "the first to spend a full year in space": not a full day (Titov)
    said_nat = any(ph.demonym(n).lower() in claim.lower() for n in q.nat)
    if (q.nat and not said_nat and not q.nat & set(p.nationality)) or (q.sex and p.sex != q.sex):
        # "the first US woman to walk in space": a claim that leaves the country out ("first
        # woman to perform a spacewalk") is hers only if she is of it (Savitskaya is not)
        return None
    text = f"{p.name}: {claim}."
    trips = facts.trips_by_person.get(pid, ())
    about_going = "(" not in claim and (
        " in space" in claim.lower()
        or claim.lower().endswith(("astronaut", "cosmonaut", "taikonaut"))
    )  # "first Malaysian in space": the first flight is the one meant
    if (
        trips
        and not q.events & {"walk"}
        and (about_going or q.asks & {"when"} or "launch" in q.events)
    ):
        # "first Malaysian in space, what year?": the claim, then the flight it was — the
        # one the claim names when it names one ("(STS-93, 1999)", not her first, STS-63)
        # (or the trip of the expedition it names — Hadfield's Soyuz TMA-07M for Expedition
        # 35 — or, for a first at a station, the trip that went there: Thagard's Soyuz TM-21)
        named_exps = [facts.expeditions[m.expedition] for m in facts.members_by_person.get(pid, [])
                      if re.search(rf"\b{re.escape(facts.expeditions[m.expedition].name)}\b(?!\d)", claim)]  # fmt: skip
        on_exp = [u for u in trips for e in named_exps[:1]
                  if e.start and u.start <= e.start.dt + timedelta(days=30)
                  and (u.end is None or u.end >= e.start.dt)]  # fmt: skip
        there = [u for u in trips if q.stations and set(trip_stations(facts, u)) & set(q.stations)]
        t = next((u for u in trips if ph.says(claim, facts.flights[u.up_flight].name)),
                 (on_exp or there or trips)[0])  # fmt: skip
        text += f" {p.name} launched on {ph.day(t.start)} aboard {trip_label(facts, t)}."
    flights = []
    if "spacewalk" in claim.lower() or "walk" in q.events:
        # "first Chinese woman to perform a spacewalk": the flight of that walk, so "her
        # crewmates on that mission" follows on
        walks = facts.evas_by_person.get(pid, [])
        dated = [
            e
            for e in walks
            if ph.day(e.start.dt) in claim or e.start.dt.strftime("%-d %b %Y") in claim
        ]
        pick = (dated or walks)[:1]
        flights = [e.flight for e in pick if e.flight]
    if not flights:
        # "(Shenzhou 9, 16 June 2012)": the flight the claim names, so "who else was on
        # that?" follows on; else the first flight, when the first is about going at all
        flights = [t.up_flight for t in trips if facts.flights[t.up_flight].name in claim][:1]
        flights = flights or ([trips[0].up_flight] if trips and about_going else [])
    # "(Expedition 16, 2007)": the expedition the claim names, and her trip of it, so "which
    # expedition was that?" and "who launched with her?" follow on
    exps = [m.expedition for m in facts.members_by_person.get(pid, [])
            if re.search(rf"\b{re.escape(facts.expeditions[m.expedition].name)}\b(?!\d)", claim)][:1]  # fmt: skip
    if exps and not flights:
        e = facts.expeditions[exps[0]]
        flights = [t.up_flight for t in trips
                   if e.start and t.start <= e.start.dt + timedelta(days=30)
                   and (t.end is None or t.end >= e.start.dt)][:1]  # fmt: skip
    return Reply(text, [], ph.sources_of(p.source), people=[pid], flights=flights,
                 expeditions=exps, title=p.name)  # fmt: skip
