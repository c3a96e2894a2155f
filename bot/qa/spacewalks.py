"""Spacewalks and station events, answered through the same query as everything else.

The spacewalk records (data/evas) are complete except for ISS spacewalks made between
December 1998 and 2013. Any answer that could depend on that gap — a career count of
someone who flew to the ISS then, "the longest ISS spacewalk", "the first Canadian
spacewalk" — is declined with the reason, never answered from the part we have.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from ..store.facts import Eva, Event, Facts
from ..store.names import fold
from . import phrases as ph
from .claims import holds
from .compose import (
    Reply,
    Unanswerable,
    aboard_at,
    core_module,
    day_end,
    day_start,
    hours,
    in_series,
    launch_crew,
    names,
    program_ok,
    series_label,
    trip_at,
    trip_label,
    within,
)
from .query import Query

# The span of ISS spacewalks data/evas does not hold yet, or None when the files hold every
# one (every ISS era, 1998 on, is in). Answers that a gap could change
# are declined while one is set.
GAP: tuple[datetime, datetime] | None = None


def _walk_flights(facts: Facts, e: Eva, walker: str = "") -> list[str]:
    """The flight a walk belongs to: its own, or — for a walk from a station — the flight
    the first walker (or `walker`) came up on ("when did Koch come back?" after her 2019
    walk: Soyuz MS-12's trip, not her later Artemis II)."""
    if e.flight:
        return [e.flight]
    for pid in [walker] if walker else e.crew[:1]:
        if (t := trip_at(facts, pid, e.start.dt)) is not None:
            return [t.up_flight]
    return []


def _gap_text() -> str:
    if GAP is None:
        return "my ISS spacewalk records are complete"
    lo = "December 1998" if GAP[0].year == 1998 else str(GAP[0].year)
    hi = GAP[1].year - 1
    span = f"{lo} to {hi}" if str(hi) not in lo else lo
    return f"my ISS spacewalk records for {span} are not complete yet"


GAP_TEXT = _gap_text()
_NEVER = datetime.max.replace(tzinfo=UTC)


def _in_gap(lo: datetime, hi: datetime) -> bool:
    return GAP is not None and lo < GAP[1] and hi > GAP[0]


def person_complete(facts: Facts, pid: str, lo: datetime | None = None,
                    hi: datetime | None = None) -> bool:  # fmt: skip
    """Whether every spacewalk `pid` could have made (between lo and hi) is on record: no
    trip of theirs to the ISS falls in the gap."""
    for t in facts.trips_by_person.get(pid, []):
        legs = [facts.flights[f] for f in (t.up_flight, t.down_flight) if f]
        if not any(f.station == "iss" for f in legs):
            continue
        a, b = t.start, t.end or _NEVER
        if lo is not None:
            a = max(a, lo)
        if hi is not None:
            b = min(b, hi)
        if a < b and _in_gap(a, b):
            return False
    return True


def _span(q: Query, facts: Facts | None = None) -> tuple[datetime, datetime]:
    """The window the query limits spacewalks to: its dates, or a named expedition's or
    flight's span."""
    lo, hi = datetime.min.replace(tzinfo=UTC), _NEVER
    if facts is not None and q.expeditions:
        x = facts.expeditions[q.expeditions[0]]
        lo = x.start.dt if x.start else lo
        hi = x.end.dt if x.end else hi
    if facts is not None and q.flights:
        lo, hi = _flight_span(facts, q.flights[0])
    for w in q.dates:
        if w.span.annual:
            continue  # a day of any year: each walk's day is checked in `matching`
        first, last = w.bounds()
        if w.op in ("in", "after"):
            lo = max(lo, day_start(first))
        if w.op in ("in", "before"):
            hi = min(hi, day_end(last))
    return lo, hi


def _walker_ok(facts: Facts, q: Query, e: Eva, seen: dict[str, bool] | None = None) -> bool:
    """Some walker fits the query's person filters; `seen` keeps each person's verdict
    for one query (a walker makes many walks)."""
    from .execute import person_ok

    if not (q.describes_person or q.agencies):
        return True
    seen = {} if seen is None else seen
    for p in e.crew:
        ok = seen.get(p)
        if ok is None:
            ok = seen[p] = person_ok(facts, q, p)
        if ok:
            return True
    return False


_LONGEST_EVA = timedelta(hours=10)  # the validation bound: no spacewalk lasts ten hours


def _walk_time(walks: list[Eva]) -> tuple[dict[str, timedelta], dict[str, int]]:
    """Each walker's summed spacewalk time, and how many of their walks have no duration."""
    timed: dict[str, timedelta] = {}
    untimed: dict[str, int] = {}
    for e in walks:
        for pid in e.crew:
            timed.setdefault(pid, timedelta(0))
            if e.duration:
                timed[pid] += e.duration
            else:
                untimed[pid] = untimed.get(pid, 0) + 1
    return timed, untimed


def _hours(t: timedelta) -> str:
    h, m = divmod(int(t.total_seconds()) // 60, 60)
    return f"{h} h {m} min"


def _time_asked(q: Query) -> bool:
    """Whether spacewalk time is asked rather than a count: "the most spacewalk time", but
    not "the most spacewalks (by count, not hours)"."""
    toks = q.tokens
    if any(a == "not" and b in ("hours", "time", "duration") for a, b in zip(toks, toks[1:])):
        return False
    return bool(q.asks & {"duration", "total", "time"}) or "time" in toks


def _most_time(facts: Facts, q: Query, walks: list[Eva], desc: str) -> Reply:
    """Most spacewalk time. A walk without a duration (many of Mir's) could have lasted up
    to ten hours, so the leader is named only when no one's untimed walks could overtake."""
    timed, untimed = _walk_time(walks)
    if not timed:
        raise Unanswerable(f"I have no spacewalk{desc} in my records.")
    best = max(timed, key=lambda p: timed[p])
    ceiling = max((timed[p] + untimed.get(p, 0) * _LONGEST_EVA for p in timed if p != best),
                  default=timedelta(0))  # fmt: skip
    if untimed.get(best) or ceiling > timed[best]:
        raise Unanswerable("I can't rank spacewalkers by time"
                           f"{desc}: some of their walks in my records (many on Mir) have no duration.")  # fmt: skip
    n = sum(1 for e in walks if best in e.crew)
    return Reply(f"{facts.people[best].name} has the most spacewalk time{desc}: {_hours(timed[best])} over "
                 f"{n} spacewalks.", [], ph.sources_of(facts.people[best].source), people=[best])  # fmt: skip


def _yes_if_first(q: Query, win: str, first: str) -> str:
    """ "Yes: " or "No: " for "did A … more than B?" (whether A won), "" when no yes or no
    is asked ("did A or B do more?" asks which)."""
    if q.agg != "yesno" or q.one_or_other():
        return ""
    return "Yes: " if win == first else "No: "


def _more_time(facts: Facts, q: Query, pair: list[str]) -> Reply:
    """Which of two people has more spacewalk time, when neither's untimed walks (many of
    Mir's) could change the order."""
    a, b = pair
    walks = {pid: matching(facts, q.copy(people=[pid], rank="", compare="")) for pid in pair}
    sums = {pid: _walk_time(w) for pid, w in walks.items()}
    timed = {pid: sums[pid][0].get(pid, timedelta(0)) for pid in pair}
    untimed = {pid: sums[pid][1].get(pid, 0) for pid in pair}
    fewer = q.rank == "fewest" or q.compare == "shorter"
    win = a if (timed[a] > timed[b]) != fewer else b
    lose = b if win == a else a
    lines = [f"{facts.people[x].name}: {_hours(timed[x])} over {len(walks[x])} spacewalk"
             f"{'s' if len(walks[x]) != 1 else ''}." for x in pair]  # fmt: skip
    if untimed[a] or untimed[b] or timed[a] == timed[b]:
        raise Unanswerable(
            f"I can't compare {facts.people[a].name}'s and {facts.people[b].name}'s spacewalk "
            "time: " + ("they have the same." if not (untimed[a] or untimed[b]) else
                        "some of their walks in my records have no duration.") + " " + " ".join(lines)
        )  # fmt: skip
    more = "less" if fewer else "more"
    return Reply(f"{_yes_if_first(q, win, a)}{facts.people[win].name} has {more} spacewalk time: {_hours(timed[win])}, against "
                 f"{_hours(timed[lose])} ({facts.people[lose].name}).", lines,
                 ph.sources_of(facts.people[win].source, facts.people[lose].source),
                 {"counts": {x: str(timed[x]) for x in pair}}, people=[win])  # fmt: skip


def _private(facts: Facts, f) -> bool:
    from .execute import private_flight

    return private_flight(facts, f)


# the kinds of walk a question may name that the records state in a walk's purpose
WALK_KINDS = frozenset({"untethered", "tether", "tetherless", "free", "jetpack", "jet",
                        "backpack", "mmu", "maneuvering", "manned"})  # fmt: skip
# words a spacewalk's record uses for what people call it otherwise
WALK_SYNONYMS = {"jetpack": "maneuvering", "jet": "maneuvering", "backpack": "maneuvering",
                 "mmu": "maneuvering", "tether": "untethered", "tetherless": "untethered",
                 "free": "untethered"}  # fmt: skip


def walk_says(e: Eva, words: list[str]) -> bool:
    """Whether a walk's record (what it was for) says every word asked: "the first
    untethered spacewalk", "with the jetpack" (the Manned Maneuvering Unit)."""
    text = fold(e.purpose)  # (not the notes: they tell side stories, "came untethered")
    return all(WALK_SYNONYMS.get(w, w) in text for w in words)


def _said_length(q: Query) -> tuple[float, float] | None:
    """ "the 8 hour 56 minute spacewalk": the length that picks out the walk, in seconds,
    and how far from it a walk may be (a length said to the minute fits to the minute).
    None when no length is said or it is a claim to check ("did it last 8 hours?")."""
    said = [c for c in q.claims if c.unit in ("hours", "minutes") and c.op == "="]
    if not said or q.agg == "yesno" or q.claim or q.people:
        return None
    secs = sum(c.value * (3600 if c.unit == "hours" else 60) for c in said)
    return secs, 90.0 if any(c.unit == "minutes" for c in said) else 1800.0


def matching(facts: Facts, q: Query) -> list[Eva]:
    lo, hi = _span(q)
    length = _said_length(q)
    out = []
    seen: dict[str, bool] = {}
    for e in facts.evas_by_start:
        if q.people and not set(q.people) <= set(e.crew):
            continue
        if q.walk_words and not walk_says(e, q.walk_words):
            continue
        if q.stations and e.station not in q.stations:
            continue
        if q.programs and not (e.flight in facts.flights
                               and program_ok(facts.flights[e.flight], q.programs)):  # fmt: skip
            continue  # "which Gemini missions included a spacewalk?"
        if q.series and not (
            e.flight in facts.flights and in_series(q.series, facts.flights[e.flight])
        ):
            continue  # "on the Hubble servicing missions"
        if q.flights and e.flight not in q.flights:
            f = facts.flights[q.flights[0]]
            a = f.launch.dt if f.launch else _NEVER
            # the crew's whole trip: Soyuz T-10's crew stayed 237 days, its ship came back
            # after 63 with visitors aboard
            ends = [t.end for s in facts.seats_by_flight.get(f.id, []) if s.went_up
                    for t in facts.trips_by_person.get(s.person, []) if t.up_flight == f.id and t.end]  # fmt: skip
            b = max(ends) if ends else (f.landing.dt if f.landing else _NEVER)
            if f.program == "shuttle" and f.landing:
                # a Shuttle mission's walks are those made while it flew: Suni Williams's
                # later walks from the ISS are not STS-116's
                b = f.landing.dt
            # "some woman went outside that same summer?" after a crew's flight: anyone of
            # that kind at the station during their trip, not only that crew
            anyone = q.from_context and bool(q.sex or q.nat or q.kinds) and not q.people
            if not (
                a <= e.start.dt <= b
                and (anyone and e.station == f.station
                     or set(e.crew) & {s.person for s in facts.seats_by_flight.get(f.id, [])})
            ):  # fmt: skip
                continue
        if q.expeditions:
            x = facts.expeditions[q.expeditions[0]]
            if e.station != x.station or not (
                x.start and x.start.dt <= e.start.dt <= (x.end.dt if x.end else _NEVER)
            ):
                continue
        if not within(e.start.dt, lo, hi, timedelta(0)):
            continue
        if any(w.span.annual and (e.start.dt.month, e.start.dt.day) != w.span.start.timetuple()[1:3]
               for w in q.dates):  # fmt: skip
            continue  # "which spacewalks happened on Christmas Day?" (any year)
        if not _walker_ok(facts, q, e, seen):
            continue
        if q.all_female and not all(facts.people[p].sex == "female" for p in e.crew):
            continue
        if any(c.unit == "people" and not holds(c, len(e.crew)) for c in q.claims):
            continue  # "the first three-person spacewalk": that many outside together
        if length and not (e.duration and abs(e.duration.total_seconds() - length[0]) <= length[1]):
            continue  # "which Shuttle flight had the 8 hour 56 minute spacewalk?"
        if q.all_private and not (
            e.flight in facts.flights and _private(facts, facts.flights[e.flight])
        ):
            continue  # "the first commercial spacewalk": from a privately flown mission
        out.append(e)
    return out


def _line(facts: Facts, e: Eva) -> str:
    d = e.duration
    length = f", {ph.duration(d.total_seconds())}" if d else ""
    # a walk from no station is told by its flight, with the orbiter ("STS-49 (Endeavour)")
    where = facts.stations[e.station].name if e.station in facts.stations else (
        ph.flight_label(facts.flights[e.flight]) if e.flight in facts.flights else "")  # fmt: skip
    kind = {"stand-up": " (stand-up)", "intravehicular": " (inside a depressurised module)"}.get(
        e.kind, ""
    )
    return f"{e.name}{kind}: {ph.utc(e.start)}{length}, {names(facts, e.crew)}" + (
        f", {where}" if where else ""
    )


def eva_query(facts: Facts, q: Query) -> Reply:
    """Spacewalks: a person's count, time, list, partners and firsts; records and lists by
    station, date or kind of walker — each only where the records are complete."""
    if q.people and q.programs_asked_at():
        # "Tim Peake: which Soyuz did he fly on, and on what date was his spacewalk?": the
        # program is asked of his flight, not a filter on his walks (made from the ISS)
        q = q.copy(programs=set())
    if (
        q.agg == "yesno"
        and len(q.people) == 1
        and q.rank_of == "flight"
        and (q.rank in ("first", "last") or q.rank.isdigit())
        and not (q.flights or q.dates)
    ):
        # "was Savitskaya's spacewalk on her first spaceflight?": the rank is her flight's,
        # the walk's flight is compared with it
        from .execute import _NTH, _rank_trips

        pid = q.people[0]
        p = facts.people[pid]
        trips = facts.trips_by_person.get(pid, [])
        nth = _rank_trips(trips, q.rank)
        walks = [e for e in facts.evas_by_person.get(pid, [])]
        if nth and walks:
            t = nth[0]
            on = [e for e in walks if t.start <= e.start.dt <= (t.end or e.start.dt)]
            mine = [x for x in trips if any(x.start <= e.start.dt <= (x.end or e.start.dt)
                                            for e in walks)]  # fmt: skip
            which = _NTH.get(q.rank, q.rank)
            said = "; ".join(f"{trip_label(facts, x)} (flight {trips.index(x) + 1} of {len(trips)})"
                             for x in mine)  # fmt: skip
            their = "her" if p.sex == "female" else "his"
            text = (f"{'Yes' if on else 'No'}: {p.name}'s {which} flight was {trip_label(facts, t)}; "
                    f"{their} spacewalks were on {said}.")  # fmt: skip
            return Reply(text, [], ph.sources_of(p.source), people=[pid],
                         flights=[x.up_flight for x in mine])  # fmt: skip
    toks = q.tokens
    if (
        q.agg == "yesno"
        and q.rank == "first"
        and q.people
        and q.flights
        and not (q.dates or q.stations or q.nat or q.sex or q.programs)
        and any(toks[i : i + 2] in (["first", "ever"], ["very", "first"]) for i in range(len(toks)))
        and facts.evas_by_start
    ):
        # "Ed White did the first ever spacewalk on Gemini 4, right?": the first of all
        # walks, not his first (on that flight); the flight said is part of the claim
        e = facts.evas_by_start[0]
        ok = set(q.people) <= set(e.crew) and (e.flight in q.flights)
        return Reply(f"{'Yes' if ok else 'No'}: the first spacewalk: {_line(facts, e)}.", [],
                     ph.sources_of(e.source), people=list(e.crew),
                     flights=[e.flight] if e.flight else [])  # fmt: skip
    if q.modules and not q.stations:
        # "the first spacewalk outside the Tianhe module": the records say which station a
        # walk was made from, not which module it went along; a station's first module (its
        # core) is the station then, any later one can't be told apart
        stations = []
        for m in q.modules:
            if not core_module(facts, m):
                raise Unanswerable("I know which station each spacewalk was made from, not "
                                   "which of its modules the walkers went out of or along.")  # fmt: skip
            stations.append(facts.modules[m].station)
        q = q.copy(stations=list(dict.fromkeys(stations)))
    # "how many spacewalks / who made the spacewalks on the first servicing mission": the rank
    # picks the flight; "the first mission with a spacewalk" ranks flights that had one
    toks = q.tokens
    said = [toks[i + 1] for i, t in enumerate(toks[:-1]) if t == q.rank]
    walks_of_it = (q.agg == "count" or {"spacewalks", "evas", "walks"} & set(toks)) and not (
        set(said) & {"spacewalk", "spacewalks", "eva", "evas", "walk", "walks"}
    )  # "the first spacewalks on a Shuttle mission" ranks the walks
    nth = q.rank.isdigit() or (q.rank in ("first", "last") and walks_of_it and "with" not in q.asks)
    if q.rank_of == "flight" and nth and (q.programs or q.series) and not q.flights:
        # "the third crewed Shenzhou, the one with China's first spacewalk: who made the walk?":
        # the rank picks the flight, whose walks are asked
        crewed = [f for f in facts.flights_by_launch
                  if (not q.programs or program_ok(f, q.programs))
                  and (not q.series or in_series(q.series, f)) and launch_crew(facts, f)]  # fmt: skip
        n = {"first": 0, "last": len(crewed) - 1}.get(q.rank, -1)
        n = n if n >= 0 or not q.rank.isdigit() else int(q.rank) - 1
        if 0 <= n < len(crewed):
            # the flight is now named: its walks are asked, not which flight had them
            parts = [replace(p, asks=p.asks - {"flight"}) for p in q.parts]
            q = q.copy(flights=[crewed[n].id], rank="", nat=set(), nat_label="", programs=set(),
                       series="", parts=parts)  # fmt: skip
    asks = q.asks
    lo, hi = _span(q, facts)
    walks = matching(facts, q)
    narrowed = bool(q.dates or q.expeditions or q.flights)
    station_gap = (not q.stations or "iss" in q.stations) and _in_gap(lo, hi)
    if q.people and len(q.people) == 1 and q.asks == {"age"} and walks:
        # "how old was Leonov when he did the first spacewalk?": his age on that walk's day
        p = facts.people[q.people[0]]
        e = walks[-1] if q.rank == "last" else walks[0]
        if p.birth_date:
            from .claims import years_between

            age = years_between(p.birth_date, e.start.dt.date())
            born = f"{p.birth_date.day} {p.birth_date.strftime('%B %Y')}"
            return Reply(f"{p.name} was {age} on {_line(facts, e)} (born {born}).", [],
                         ph.sources_of(p.source, e.source), people=[p.id],
                         flights=[e.flight] if e.flight else [], around=_walk_flights(facts, e))  # fmt: skip
    if q.people and len(q.people) == 1:
        pid = q.people[0]
        p = facts.people[pid]
        complete = person_complete(facts, pid, lo if narrowed else None, hi if narrowed else None)
        from .execute import person_ok

        toks = q.tokens
        if (
            q.agg == "count"
            and len(q.flights) == 1
            and "had" in toks
            and any(a == "by" and b in ("the", "end") for a, b in zip(toks, toks[1:]))
        ):
            # "how many spacewalks had Cai Xuzhe done by the end of Shenzhou 19?": all of his
            # up to then, not only that flight's
            f = facts.flights[q.flights[0]]
            end = (f.landing or f.launch).dt if (f.landing or f.launch) else None
            if end is not None:
                every = [e for e in facts.evas_by_person.get(pid, ()) if e.start.dt <= end]
                return Reply(f"By the end of {f.name}, {p.name} had made {len(every)} "
                             f"spacewalk{'s' if len(every) != 1 else ''}.",
                             [_line(facts, e) for e in every],
                             ph.sources_of(*(e.source for e in every[:2])), people=[pid],
                             flights=[f.id])  # fmt: skip
        kind = q.copy(people=[], flights=[], dates=[], programs=set(), stations=[])
        if (
            "with" in q.asks
            and (q.sex or q.nat)
            and ("another" in q.tokens or not person_ok(facts, kind, pid))
        ):
            # "did Koch do a spacewalk with another woman?": a walk whose partner is one
            walks = [
                e for e in walks if any(x != pid and person_ok(facts, kind, x) for x in e.crew)
            ]
            if q.agg == "yesno" and not walks:
                return Reply(f"No: {p.name} made no spacewalk with such a partner, as far as my "
                             "records show.", [], ph.sources_of(p.source), people=[pid])  # fmt: skip
            if q.agg == "yesno":
                mates = list(dict.fromkeys(x for e in walks for x in e.crew
                                           if x != pid and person_ok(facts, kind, x)))  # fmt: skip
                return Reply(f"Yes: {p.name} walked with {names(facts, mates)} "
                             f"({len(walks)} spacewalk{'s' if len(walks) != 1 else ''}); the first: "
                             f"{_line(facts, walks[0])}.", [], ph.sources_of(walks[0].source),
                             people=[pid, *mates])  # fmt: skip
        if q.agg == "yesno":
            if walks and not complete:
                return Reply(f"Yes: {p.name} has made spacewalks, for example {_line(facts, walks[-1])} "
                             f"(I can't give a full count: {GAP_TEXT}).", [], ph.sources_of(walks[-1].source),
                             people=[pid])  # fmt: skip
            if walks:
                return Reply(f"Yes: {p.name} made {len(walks)} spacewalk{'s' if len(walks) != 1 else ''}; "
                             f"the first: {_line(facts, walks[0])}.", [], ph.sources_of(walks[0].source),
                             people=[pid])  # fmt: skip
            if not complete:
                raise Unanswerable(f"I can't say: {GAP_TEXT}, and {p.name} was on the ISS then.")
            every = facts.evas_by_person.get(pid, [])
            if every:  # "did Leonov make a spacewalk in 1966?": no, but here is when he did
                return Reply(
                    f"No: {p.name} made no spacewalk{_scope(facts, q)}; {p.name}'s spacewalk"
                    f"{'s' if len(every) != 1 else ''}: " + "; ".join(_line(facts, e) for e in every[:5]) + ".",
                    [], ph.sources_of(every[0].source), people=[pid],
                )  # fmt: skip
            # "Anna Menon was one of the Polaris Dawn spacewalkers?": who did walk from there
            theirs = [e for e in facts.evas.values() if e.flight and e.flight in q.flights]
            said = " " + "; ".join(_line(facts, e) for e in theirs[:3]) + "." if theirs else ""
            return Reply(
                f"No: {p.name} made no spacewalk, as far as my records show.{said}",
                [],
                ph.sources_of(p.source),
                people=[pid],
            )
        if not complete and (
            q.agg == "count" or "total" in asks or q.rank in ("first", "most", "longest")
        ):
            raise Unanswerable(f"I can't give {p.name}'s spacewalk {'count' if q.agg == 'count' else 'record'}: {GAP_TEXT}, "
                               f"and {p.name} was on the ISS then.")  # fmt: skip
        if not walks:
            every = facts.evas_by_person.get(pid, [])
            if complete and every and narrowed:
                return Reply(f"{p.name} made no spacewalk{_scope(facts, q)}; {p.name}'s spacewalks: "
                             + "; ".join(_line(facts, e) for e in every[:5]) + ".", [],
                             ph.sources_of(every[0].source), people=[pid])  # fmt: skip
            if complete:
                return Reply(f"{p.name} made no spacewalk{_scope(facts, q)}, as far as my records show.", [],
                             ph.sources_of(p.source), people=[pid])  # fmt: skip
            raise Unanswerable(f"I have no spacewalk of {p.name}{_scope(facts, q)}; {GAP_TEXT}.")
        if "with" in asks:
            mates = [x for e in walks for x in e.crew if x != pid]
            mates = list(dict.fromkeys(mates))
            lines = [_line(facts, e) for e in walks]
            return Reply(f"{p.name} walked with {names(facts, mates) or 'nobody (alone)'}{_scope(facts, q)}.", lines,
                         ph.sources_of(*(e.source for e in walks[:2])), people=mates,
                         flights=_one_flight(walks))  # fmt: skip
        if (
            ("station" in asks or ("where" in asks and (q.any_station or "station" in q.tokens)))
            and not asks & {"who", "when", "duration", "total", "time", "flight", "vehicle"}
            and q.agg == "one"
            and not q.rank
        ):
            # "which station was she on?" after Savitskaya's walk: the station each walk was
            # made from (or its craft, for a walk made from no station), not a count of them
            at: dict[str, list[Eva]] = {}
            for e in walks:
                at.setdefault(e.station if e.station in facts.stations else e.flight, []).append(e)

            def place(x: str) -> str:
                if x in facts.stations:
                    return facts.stations[x].name
                return f"{facts.flights[x].name}, not a station" if x in facts.flights else "?"

            said = "; ".join(
                f"{place(x)} (" + ", ".join(ph.day(e.start.dt) for e in ws) + ")"
                for x, ws in at.items()
            )
            n = len(walks)
            return Reply(f"{p.name}'s {'spacewalk was' if n == 1 else f'{n} spacewalks were'} "
                         f"made from {said}.", [_line(facts, e) for e in walks],
                         ph.sources_of(*(e.source for e in walks[:2])), people=[pid],
                         stations=[x for x in at if x in facts.stations],
                         flights=_one_flight(walks))  # fmt: skip
        if (
            asks & {"flight", "vehicle"}
            and not asks & {"who", "when", "duration", "total", "time"}
            and q.agg == "one"
            and not q.rank
        ):
            # "which Shuttle flight did Sullivan make her spacewalk on?", "which spacecraft took
            # Savitskaya up for her spacewalk?": the flight of each walk, not a count of them
            by: dict[str, list[Eva]] = {}
            for e in walks:
                # the walker's own trip ("Whitson's walks" on her TMA-11 trip, not STS-120's)
                for fid in (_walk_flights(facts, e, pid) or _walk_flights(facts, e))[:1]:
                    by.setdefault(fid, []).append(e)
            if by:
                said = "; ".join(
                    f"{ph.flight_label(facts.flights[fid])} ("
                    + ", ".join(ph.day(e.start.dt) for e in ws)
                    + ")"
                    for fid, ws in by.items()
                )
                n = len(walks)
                return Reply(f"{p.name}'s {'spacewalk was' if n == 1 else f'{n} spacewalks were'} "
                             f"on {said}.", [_line(facts, e) for e in walks],
                             ph.sources_of(*(e.source for e in walks[:2])), people=[pid],
                             flights=list(by))  # fmt: skip
        if q.rank in ("first", "last", "longest", "shortest"):
            e = _ranked(walks, q.rank)
            return Reply(
                f"{p.name}'s {q.rank} spacewalk: {_line(facts, e)}.",
                [],
                ph.sources_of(e.source),
                people=[pid],
            )
        total = sum((e.duration or timedelta(0) for e in walks), timedelta(0))
        unknown = sum(1 for e in walks if e.duration is None)
        time_text = ""
        if total and not unknown:
            time_text = f", {hours(total.total_seconds())} in all"
        elif total:
            time_text = f" ({unknown} of them without a recorded duration)"
        # one walk: its day too ("she did a spacewalk on that mission — when?")
        on_day = f" on {ph.day(walks[0].start.dt)}" if len(walks) == 1 else ""
        if on_day and on_day in _scope(facts, q):
            on_day = ""  # ("… from Mir on 9 December 1988": the scope said the day)
        text = f"{p.name} made {len(walks)} spacewalk{'s' if len(walks) != 1 else ''}{_scope(facts, q)}{on_day}{time_text}."
        lines = [_line(facts, e) for e in walks]
        if ("total" in asks or "duration" in asks) and unknown and q.agg != "count":
            if not total:
                raise Unanswerable(
                    f"I have no recorded duration for {p.name}'s spacewalk"
                    f"{'s' if len(walks) != 1 else ''}{_scope(facts, q)}: " + "; ".join(lines) + "."
                )
            # no total to give: each walk with its own time, so the timed ones still answer
            text = (f"I can't total {p.name}'s spacewalk time{_scope(facts, q)}: {unknown} of "
                    f"{len(walks)} walks have no recorded duration. Each: " + "; ".join(lines) + ".")  # fmt: skip
        if asks & {"when", "time"} and len(lines) <= 3:
            text = (
                f"{p.name}'s spacewalk{'s' if len(walks) != 1 else ''}{_scope(facts, q)}: "
                + "; ".join(lines)
                + "."
            )
        return Reply(text, [f"{x}." for x in lines] if len(lines) > 1 else [], ph.sources_of(*(e.source for e in walks[:2])),
                     {"person": pid, "evas": len(walks)}, items=lines if len(lines) > 1 else [],
                     people=[pid], title=p.name, flights=_one_flight(walks))  # fmt: skip
    if q.compare == "or" and q.rank in ("first", "last"):  # "who walked first, A or B?"
        q = q.copy(compare="earlier" if q.rank == "first" else "later", rank="")
    if len(q.people) >= 2 and q.compare in ("earlier", "later"):
        # "was Savitskaya's spacewalk before Sullivan's?": by each one's first walk
        firsts = {pid: matching(facts, q.copy(people=[pid]))[:1] for pid in q.people[:2]}
        if not all(firsts.values()):
            none = [facts.people[p].name for p, w in firsts.items() if not w]
            raise Unanswerable(f"I have no spacewalk by {ph.join(none)}.")
        (a, [wa]), (b, [wb]) = firsts.items()
        first = a if wa.start.dt <= wb.start.dt else b
        lines = [_line(facts, w) for w in (wa, wb)]
        text = f"{facts.people[first].name} walked first. " + "; ".join(lines) + "."
        if q.agg == "yesno":
            asked = a if q.compare == "earlier" else b
            text = ("Yes: " if asked == first else "No: ") + text
        elif q.compare == "later":
            text = (
                f"{facts.people[b if first == a else a].name} walked later. "
                + "; ".join(lines)
                + "."
            )
        return Reply(text, [], ph.sources_of(wa.source, wb.source), people=[a, b])
    if (len(q.people) >= 2 and (q.compare or q.rank in ("most", "fewest"))
            and (_time_asked(q) or q.compare in ("longer", "shorter"))):  # fmt: skip
        # "who has more spacewalk time, Whitson or Williams?": each one's summed hours
        return _more_time(facts, q, q.people[:2])
    if len(q.people) >= 2 and (q.compare or q.rank in ("most", "fewest")):
        # "who has made more spacewalks, Whitson or Williams?": each one's count
        counts = {pid: len(matching(facts, q.copy(people=[pid]))) for pid in q.people[:2]}
        (a, na), (b, nb) = counts.items()
        lines = [
            f"{facts.people[x].name}: {n} spacewalk{'s' if n != 1 else ''}."
            for x, n in counts.items()
        ]
        if na == nb:
            return Reply(f"Neither: both made {na}.", lines, [], people=[a, b])
        win = a if (na > nb) != (q.rank == "fewest" or q.compare == "fewer") else b
        return Reply(f"{_yes_if_first(q, win, a)}{facts.people[win].name} made more spacewalks: {max(na, nb)}, against {min(na, nb)}.",
                     lines, ph.sources_of(facts.people[win].source), {"counts": counts}, people=[win])  # fmt: skip
    if len(q.people) >= 2:
        if not walks:
            raise Unanswerable(
                f"I have no spacewalk of {names(facts, q.people)} together; {GAP_TEXT}."
            )
        lines = [_line(facts, e) for e in walks]
        return Reply(f"{names(facts, q.people)} walked together {len(walks)} time{'s' if len(walks) != 1 else ''}: "
                     + "; ".join(lines) + ".", [], ph.sources_of(walks[0].source), people=list(q.people))  # fmt: skip
    desc = _scope(facts, q)
    if q.rank in ("most", "fewest"):
        timed_asked = _time_asked(q)
        if GAP is not None or q.rank == "fewest":
            raise Unanswerable(f"I can't rank spacewalkers by that: {GAP_TEXT}.")
        if timed_asked:
            return _most_time(facts, q, walks, desc)
        per: dict[str, list[Eva]] = {}
        for e in walks:
            for pid in e.crew:
                per.setdefault(pid, []).append(e)
        if not per:
            raise Unanswerable(f"I have no spacewalk{desc} in my records.")
        top = max(len(v) for v in per.values())
        best = sorted(p for p, v in per.items() if len(v) == top)
        if q.place > 1:
            # "who made the third most spacewalks?": the count in that place, and who has it
            counts = sorted((len(v) for v in per.values()), reverse=True)
            if q.place > len(counts):
                raise Unanswerable(f"I have fewer than {q.place} spacewalkers{desc}.")
            n = counts[q.place - 1]
            who = sorted(p for p, v in per.items() if len(v) == n)
            shared = f" (shared by {len(who)})" if len(who) > 1 else ""
            if n == top:  # the place falls inside a tie for the most: no one is second
                return Reply(f"{names(facts, best)} share the most spacewalks{desc}, {top} each, "
                             f"so no one is {ph.ordinal(q.place)} alone.", [],
                             ph.sources_of(*(facts.people[x].source for x in best[:2])), people=best)  # fmt: skip
            return Reply(f"{ph.ordinal(q.place).capitalize()} most spacewalks{desc}: {names(facts, who)}, "
                         f"{n}{shared}; the most is {top} ({names(facts, best)}).", [],
                         ph.sources_of(*(facts.people[x].source for x in who[:2])), people=who)  # fmt: skip
        text = f"{names(facts, best)} made the most spacewalks{desc}: {top}."
        if "station" in q.asks and len(best) == 1:
            # "… how many, and on which station were they?": where the record holder's walks
            # were made from
            where = sorted({facts.stations[e.station].name for e in per[best[0]]
                            if e.station in facts.stations})  # fmt: skip
            if where:
                text += f" They were made from {ph.join(where)}."
        return Reply(text, [],
                     ph.sources_of(*(per[best[0]][i].source for i in (0, -1))), people=best)  # fmt: skip
    if q.rank in ("longest", "shortest") and q.agg == "yesno" and (q.stations or q.flights):
        # "was the longest spacewalk ever done from the ISS?": the record over every walk,
        # then whether it was from there — not the longest of the ISS's own
        # "the longest spacewalk ever was done by Russians from the ISS?": with "ever", the
        # walkers' country is said of the record too, not a filter on it
        said_of = "ever" in q.tokens and bool(q.nat or q.sex)
        over = q.copy(stations=[], flights=[], **({"nat": set(), "sex": ""} if said_of else {}))
        every = [e for e in matching(facts, over) if e.duration]
        if not every:
            raise Unanswerable(f"I have no timed spacewalk{desc}.")
        e = _ranked(every, q.rank)
        yes = (e.station in q.stations) if q.stations else (e.flight in q.flights)
        if said_of:
            from .execute import person_ok

            yes = yes and all(person_ok(facts, q.copy(people=[]), x) for x in e.crew)
        text = f"{'Yes' if yes else 'No'}: the {q.rank} spacewalk: {_line(facts, e)}."
        there = [x for x in matching(facts, q.copy(nat=set(), sex="")) if x.duration]
        if not yes and there and (mine := _ranked(there, q.rank)) is not e:
            # (the record of the place said, so the claim's own part is answered too)
            text += f" The {q.rank} {_scope(facts, q.copy(nat=set(), sex='')).strip()}: {_line(facts, mine)}."
        return Reply(text, [],
                     ph.sources_of(e.source), people=list(e.crew), flights=[e.flight] if e.flight else [], around=_walk_flights(facts, e))  # fmt: skip
    if q.rank in ("longest", "shortest"):
        timed = [e for e in walks if e.duration]
        if not timed:
            raise Unanswerable(f"I have no timed spacewalk{desc}.")
        if q.top or q.place > 1:
            # "the second-longest spacewalk", "the five longest spacewalks": the ranking
            order = sorted(timed, key=lambda e: e.duration, reverse=q.rank == "longest")
            if q.top:
                picked = order[: q.top]
                lines = [f"{i}. {_line(facts, e)}" for i, e in enumerate(picked, 1)]
                text = f"The {len(picked)} {q.rank} spacewalks{desc}: " + "; ".join(lines) + "."
                if station_gap:
                    text += f" (Not complete: {GAP_TEXT}.)"
                return Reply(text, [], ph.sources_of(*(e.source for e in picked[:2])),
                             people=list(dict.fromkeys(x for e in picked for x in e.crew)))  # fmt: skip
            if q.place > len(order):
                raise Unanswerable(f"I have fewer than {q.place} timed spacewalks{desc}.")
            e = order[q.place - 1]
            if station_gap:
                raise Unanswerable(f"I can't rank spacewalks that far: {GAP_TEXT}.")
            return Reply(f"The {ph.ordinal(q.place)} {q.rank} spacewalk{desc}: {_line(facts, e)}.",
                         [], ph.sources_of(e.source), people=list(e.crew), flights=[e.flight] if e.flight else [], around=_walk_flights(facts, e))  # fmt: skip
        e = _ranked(timed, q.rank)
        if station_gap:
            raise Unanswerable(f"The {q.rank} in my records is {_line(facts, e)}, but {GAP_TEXT}, so I can't say it "
                               "is the record.")  # fmt: skip
        text = f"The {q.rank} spacewalk{desc}: {_line(facts, e)}."
        everyone = [x for x in facts.evas.values() if x.duration]
        overall = bool(desc.strip()) and e is _ranked(everyone, "longest")
        if q.rank == "longest" and e.duration and (not desc.strip() or overall):
            # the record it broke: the longest before it ("wasn't it Voss and Helms?"); only
            # for the record overall (a filtered list may miss walks with no duration), also
            # when the walk asked for is that record ("the Chinese record walk of December
            # 2024: whose record did they beat?")
            before = [x for x in (everyone if overall else timed) if x.start.dt < e.start.dt]
            if before:
                prev = _ranked(before, "longest")
                said = "It is the longest of all spacewalks, and it beat" if overall else "It beat"
                text += f" {said} {_line(facts, prev)}."
        return Reply(
            text,
            [],
            ph.sources_of(e.source),
            people=list(e.crew),
            flights=[e.flight] if e.flight else [],
            around=_walk_flights(facts, e),
        )
    if q.rank in ("first", "last") or (q.rank.isdigit() if q.rank else False):
        if not walks:
            raise Unanswerable(f"I have no spacewalk{desc} in my records.")
        n = 0 if q.rank == "first" else -1 if q.rank == "last" else int(q.rank) - 1
        if n >= len(walks):
            raise Unanswerable(f"I have only {len(walks)} spacewalks{desc}.")
        e = walks[n]
        gap_before = (
            GAP is not None
            and (not q.stations or "iss" in q.stations)
            and e.start.dt > GAP[0]
            and lo < GAP[1]
        )
        if (q.rank != "last" and gap_before) or (
            q.rank == "last" and station_gap and e.start.dt < GAP[1]
        ):
            raise Unanswerable(f"I can't say: {GAP_TEXT}, and the answer could be among them.")
        word = {"first": "first", "last": "most recent"}.get(q.rank, f"#{q.rank}")
        text = f"The {word} spacewalk{desc}: {_line(facts, e)}."
        from .execute import person_ok

        fits = [x for x in e.crew if person_ok(facts, q, x)] if q.describes_person else []
        trip = trip_at(facts, fits[0], e.start.dt) if len(fits) == 1 else None
        if trip is not None:
            # "first Chinese woman to spacewalk: who, on which Shenzhou?": the one the
            # description picks out (Wang Yaping, not her partner Zhai), and the flight she
            # was on
            text = (f"The {word} spacewalk{desc} was made by {facts.people[fits[0]].name}, "
                    f"who flew on {trip_label(facts, trip)}: {_line(facts, e)}.")  # fmt: skip
        if "nationality" in asks and q.describes_person:
            # "first Arab to do a spacewalk: name, country, date?": the country of the one
            # the description picks out (Al Neyadi), not of his partner
            for pid in fits:
                text += (
                    f" {facts.people[pid].name}: {ph.join(list(facts.people[pid].nationality))}."
                )
        return Reply(text, [], ph.sources_of(e.source),
                     people=list(e.crew), flights=[e.flight] if e.flight else [], around=_walk_flights(facts, e))  # fmt: skip
    if station_gap:
        raise Unanswerable(f"I can't list or count those: {GAP_TEXT}.")
    if not walks:
        text = f"No spacewalk{desc} in my records."
        if q.dates and q.flights and (q.agg == "yesno" or q.claim):
            # "the Polaris Dawn spacewalk was on 14 September 2024, right?": no — and when
            # its walks were
            theirs = [e for e in facts.evas_by_start if e.flight in q.flights]
            if theirs:
                text = f"No: {'; '.join(_line(facts, e) for e in theirs[:4])}."
                return Reply(text, [], ph.sources_of(*(e.source for e in theirs[:2])),
                             people=list(dict.fromkeys(p for e in theirs for p in e.crew)),
                             flights=list(q.flights))  # fmt: skip
        return Reply(text, [], [])
    if q.counts_people or ("who" in asks and len(walks) > 4 and q.agg != "count"):
        # "how many Japanese astronauts have done a spacewalk?": the walkers, each once, who
        # fit the description (not their partners)
        from .execute import _desc, person_ok

        who = list(dict.fromkeys(p for e in walks for p in e.crew if person_ok(facts, q, p)))
        kind = _desc(q)
        if len(who) != 1:
            kind = kind.replace(" woman", " women").replace(" man", " men")
        noun = "" if kind.endswith(("man", "men")) else " person" if len(who) == 1 else " people"
        rest = _scope(facts, q.copy(nat=set(), nat_label="", nat_not=set(), sex="", kinds=set(),
                                    occupations=set()))  # fmt: skip
        text = (f"{len(who)}{kind}{noun} made a spacewalk{rest}: "
                f"{names(facts, who[:25])}{' …' if len(who) > 25 else ''}.")  # fmt: skip
        return Reply(text, [], ph.sources_of(*(e.source for e in walks[:2])), {"count": len(who)},
                     people=who)  # fmt: skip
    if asks & {"flight", "flights"} and not asks & {"who", "when", "duration"}:
        # "which Gemini missions included a spacewalk?": the flights, each once
        per: dict[str, int] = {}
        for e in walks:
            if e.flight in facts.flights:
                per[e.flight] = per.get(e.flight, 0) + 1
        labels = [f"{facts.flights[f].name} ({n} spacewalk{'s' if n != 1 else ''})"
                  for f, n in per.items()]  # fmt: skip
        text = (f"{len(per)} flight{'s' if len(per) != 1 else ''} with a spacewalk{desc}: "
                + "; ".join(labels[:20]) + (" …" if len(labels) > 20 else "."))  # fmt: skip
        return Reply(text, [], ph.sources_of(*(e.source for e in walks[:2])), {"count": len(per)},
                     flights=list(per), listed=list(per))  # fmt: skip
    lines = [_line(facts, e) for e in walks]
    text = f"{len(walks)} spacewalk{'s' if len(walks) != 1 else ''}{desc}" + (
        ": " + "; ".join(lines) + "." if len(lines) <= 4
        else f", from {ph.day(walks[0].start.dt)} to {ph.day(walks[-1].start.dt)}.")  # fmt: skip
    return Reply(text, [], ph.sources_of(*(e.source for e in walks[:2])), {"count": len(walks)},
                 items=lines, people=list(dict.fromkeys(x for e in walks for x in e.crew)))  # fmt: skip


def _flight_span(facts: Facts, fid: str) -> tuple[datetime, datetime]:
    f = facts.flights[fid]
    return (f.launch.dt if f.launch else _NEVER, f.landing.dt if f.landing else _NEVER)


def _ranked(walks: list[Eva], rank: str) -> Eva:
    if rank == "first":
        return walks[0]
    if rank == "last":
        return walks[-1]
    timed = [e for e in walks if e.duration] or walks
    key = lambda e: e.duration or timedelta(0)  # noqa: E731
    return max(timed, key=key) if rank == "longest" else min(timed, key=key)


def _scope(facts: Facts, q: Query) -> str:
    from .execute import _desc

    bits = []
    d = _desc(q).strip()
    if d:
        bits.append(f"by {'an' if d[:1].lower() in 'aeiou' else 'a'} {d}")
    if q.all_female:
        bits.append("by women only")
    if q.walk_words:  # "the first untethered spacewalk": what its record says it was
        bits.append("described as " + ", ".join(f"“{w}”" for w in q.walk_words))
    bits += [f"with {c.label()} outside" for c in q.claims if c.unit == "people"]
    if q.all_private:
        bits.append("from a private mission")
    if q.stations:
        bits.append("from " + ph.join([facts.stations[s].name for s in q.stations]))
    if q.flights:
        bits.append("on " + ph.join([facts.flights[f].name for f in q.flights]))
    elif q.series:
        bits.append("on the " + series_label(q.series) + " flights")
    elif q.programs:
        bits.append("on " + "/".join(sorted(p.title() for p in q.programs)) + " flights")
    if q.expeditions:
        bits.append("during " + ph.join([facts.expeditions[x].name for x in q.expeditions]))
    bits += [w.label() for w in q.dates]
    return (" " + " ".join(bits)) if bits else ""


# ------------------------------------------------------------------ events

_KIND_WORDS = {
    "fire": "fire", "fires": "fire", "burned": "fire", "collision": "collision",
    "collided": "collision", "collide": "collision", "crashed": "collision", "hit": "collision",
    "smashed": "collision", "slammed": "collision", "rammed": "collision", "struck": "collision",
    "crash": "collision", "holed": "collision", "punctured": "collision",
    "leak": "leak", "leaked": "leak", "leaking": "leak", "depressurisation": "depressurisation",
    "depressurization": "depressurisation", "depressurised": "depressurisation",
    "depressurized": "depressurisation", "hole": "leak", "abort": "abort", "aborted": "abort",
    "rescue": "rescue", "rescued": "rescue", "revived": "rescue", "dead": "rescue",
    "revive": "rescue", "reviving": "rescue",
}  # fmt: skip


def crew_in(facts: Facts, flights: list[str], ev: Event) -> bool:
    """An event of another vehicle that the whole crew of the flight asked about took part
    in ("the rendezvous" in a thread about Gemini 7 is Gemini 6A's event)."""
    for fid in flights:
        crew = {s.person for s in facts.seats_by_flight.get(fid, []) if s.went_up}
        if crew and crew <= set(ev.people):
            return True
    return False


def flight_events(facts: Facts, f) -> list[Event]:
    """A flight's events: its own, and another vehicle's its whole crew took part in (the
    Gemini 6A/7 rendezvous is Gemini 7's too)."""
    return [ev for ev in facts.events.values() if ev.flight == f.id or crew_in(facts, [f.id], ev)]


def events_matching(facts: Facts, q: Query) -> list[Event]:
    kinds = {k for t in q.tokens if (k := _KIND_WORDS.get(t))}
    # "the Soyuz that failed on launch", "the shuttle that was lost": the outcome is a kind
    kinds |= {{"launch_abort": "abort", "crew_loss": "loss_of_crew"}[o] for o in q.outcomes
              if o in ("launch_abort", "crew_loss")}  # fmt: skip
    lo, hi = _span(q)
    out = []
    for ev in sorted(facts.events.values(), key=lambda e: e.date.dt):
        if kinds and ev.kind not in kinds:
            continue
        if q.stations and ev.station not in q.stations:
            continue
        if q.flights and ev.flight not in q.flights and not crew_in(facts, q.flights, ev):
            continue
        if q.dates and not within(ev.date.dt, lo, hi, timedelta(days=1)):
            continue
        if any(w.span.annual and (ev.date.dt.month, ev.date.dt.day) != w.span.start.timetuple()[1:3]
               for w in q.dates):  # fmt: skip
            continue
        if q.programs and not (
            ev.flight in facts.flights and facts.flights[ev.flight].program in q.programs
        ):
            continue  # "which Apollo mission had the oxygen tank explode?"
        out.append(ev)
    if len(out) > 1:
        # "when did the Progress crash into Mir?": of the two collisions, the one whose
        # account names the craft said (Progress M-34), when exactly one does
        said = {t for t in q.tokens if len(t) >= 5 and t not in _KIND_WORDS and t.isalpha()
                and t not in {fold(facts.stations[x].name) for x in q.stations}}  # fmt: skip
        # (a name, written with a capital in the account: "Progress", not "during")
        named = [ev for ev in out
                 if said & {w.lower() for w in re.findall(r"\b[A-Z][a-z]+", ev.summary)}]  # fmt: skip
        out = named if len(named) == 1 else out
    return out if (kinds or q.stations or q.flights or q.dates or q.programs) else []


def _one_flight(walks) -> list[str]:
    """The flight the walks were made from, when they share one: "that whole mission" next
    is that flight."""
    fs = list(dict.fromkeys(e.flight for e in walks if e.flight))
    return fs if len(fs) == 1 else []


def events_reply(facts: Facts, q: Query, evs: list[Event]) -> Reply:
    """Several events fit: each in one line, oldest first."""
    lines = [f"{ph.utc(ev.date)}: {ev.summary}" for ev in evs]
    flights = list(dict.fromkeys(e.flight for e in evs if e.flight in facts.flights))
    return Reply(f"{len(evs)} events fit: " + " ".join(lines), [], ph.sources_of(*(e.source for e in evs[:3])),
                 items=lines, flights=flights, listed=flights)  # fmt: skip


def event_reply(facts: Facts, q: Query, ev: Event) -> Reply:
    where = facts.stations[ev.station].name if ev.station in facts.stations else ""
    when_ = ph.utc(ev.date)
    text = f"{when_}" + (f", {where}" if where else "") + f": {ev.summary}"
    module = facts.modules[ev.module].name if ev.module in facts.modules else ev.module
    details = [f"Module or vehicle: {module}."] if module else []
    people = list(ev.people)
    f = facts.flights.get(ev.flight) if ev.flight else None
    if f is not None and f.name not in text and q.asks & {"flight", "vehicle"}:
        text = f"{f.name}: {text}"  # "which Soyuz failed on launch in 1983?": name it
    if f is not None and (f.id in q.flights or f.program in q.programs) and "who" in q.asks:
        # "the Soyuz that failed on the way up — who was aboard?": that vehicle's crew
        crew = [s.person for s in facts.seats_by_flight.get(f.id, []) if s.went_up]
        if crew:
            text = f"Aboard {f.name}: {names(facts, crew)}. ({when_}: {ev.summary})"
            return Reply(text, details, ph.sources_of(ev.source, f.source), people=crew,
                         flights=[f.id], title=f.name)  # fmt: skip
    # "who was on the ISS when Columbia broke up?": the station asked about, at that moment
    station = ev.station or (q.stations[0] if q.stations and "who" in q.asks else "")
    where = facts.stations[station].name if station in facts.stations else ""
    if station:
        at = ev.date.dt if ev.date.has_time else ev.date.dt.replace(hour=12)
        stays = aboard_at(facts, station, at, at)
        if q.describes_person or q.agencies:
            # "which American was aboard Mir during the fire?": only those who fit
            from .execute import person_ok  # execute imports this module

            stays = [s for s in stays if person_ok(facts, q, s.person)]
            if not stays and "who" in q.asks:
                raise Unanswerable(f"Nobody of that description was aboard {facts.stations[station].name} "
                                   f"then ({when_}: {ev.summary})")  # fmt: skip
        if station != ev.station:  # the asker's station: its crew or nobody, not the event's
            people = [s.person for s in stays]
            aboard = f"Aboard {where} then: {names(facts, people) or 'nobody'}."
            text = aboard + f" ({when_}: {ev.summary})"
            # "they" next are the station's crew, on the vehicles they came on
            arrived = list(dict.fromkeys(s.trip.up_flight for s in stays))
            return Reply(text, details, ph.sources_of(ev.source), people=people,
                         flights=arrived, title=where)  # fmt: skip
        elif (
            f is not None
            and not f.reached_station
            and (
                own := [
                    p
                    for p in ev.people
                    if any(x.person == p for x in facts.seats_by_flight.get(f.id, []))
                ]
            )
        ):
            # "which Soyuz had the launch abort in October 2018?" "who was aboard?": the crew
            # of the ship that never got there, not the station's
            people = own
            aboard = f"Aboard {f.name}: {names(facts, people)}."
        else:
            people = [s.person for s in stays] or people
            aboard = f"Aboard {where} then: {names(facts, people)}." if people else ""
        if q.agg == "count" and station and people:
            # "how many people were on Mir during the fire?": the head count, then who
            aboard = f"{len(people)} people were aboard {where} then: {names(facts, people)}."
            text, details = aboard + f" ({when_}: {ev.summary})", details
        elif "who" in q.asks and aboard:
            text, details = aboard + f" ({when_}: {ev.summary})", details
        elif aboard:
            details.insert(0, aboard)
    elif people and "who" in q.asks:
        text = f"{names(facts, people)}. " + text
    said = people
    if f is not None and "who" not in q.asks and q.asks & {"flight", "vehicle"}:
        # "which Soyuz had the coolant leak?" "whose crew was that?": the thread is on that
        # Soyuz and its crew, not everyone aboard the station then
        crew = [s.person for s in launch_crew(facts, f)]
        said = [p for p in crew if p in people] or crew or people
    return Reply(text, details, ph.sources_of(ev.source), people=said,
                 flights=[ev.flight] if ev.flight else [], title=where or ev.id)  # fmt: skip
