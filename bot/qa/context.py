"""Conversation state: the last `Query` and what its answer named.

A follow-up fills what it leaves out from that state:
- no subject → the previous subject ("who was on board?");
- a new subject of the same kind and nothing asked → the previous question about it
  ("and expedition 43?", "what about crew-5?");
- a pronoun → the entity it fits by number and sex (he, she, they, it, that flight);
- an ordinal over the last list ("the second one?");
- only a new constraint ("and in 1995?") → the previous question with it.
A follow-up that names a new subject and asks its own question starts afresh.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from ..store.facts import LOST_WITH_CREW, Facts, Trip
from ..store.names import fold
from .answer import Context
from .claims import WORD_NUMBERS
from .compose import Reply, everyone_aboard, in_series, launch_crew
from .dates import MONTHS, DateSpan, LazyPattern
from .lexicon import PHRASES, QUESTION_WORDS
from .query import OPPOSITE, Part, Query, When
from .words import ORDINAL_WORDS


def next_context(q: Query, r: Reply, old: Context | None = None) -> Context:
    if r.stations and r.stations != q.stations:
        # the station the answer found is the thread's ("America's first space station?"
        # "how many crews went there?"), not the words that described it
        q = q.copy(stations=list(r.stations), nat=set(), nat_label="", rank="")
    # people named earlier stay in reach for "he"/"she" when this answer names none
    people = list(r.people or q.people)
    if old is not None:
        people += [p for p in old.people if p not in people]
    answered_flights = set(r.flights)  # an answer may list hundreds of people (100x store)
    flights = list(r.flights or q.flights)
    new_one = [f for f in dict.fromkeys(r.flights) if old is None or f not in old.flights]
    if (
        len(set(r.flights)) > 1
        and old is not None
        and old.flights
        and (old.flights[0] in r.flights or q.from_context)
        and not (q.rank and q.people and not r.listed)  # "his longest flight": the one found
        and not (
            len(new_one) == 1
            and ((q.asks & {"flight", "vehicle"} and not r.listed) or new_one[0] in r.listed)
        )
    ):  # ("which Gemini met up with them?": the one the answer found comes first)
        # an answer listing someone's flights keeps the flight the thread is about first
        flights = [old.flights[0]] + [f for f in flights if f != old.flights[0]]
    if old is not None and flights:  # earlier flights stay in reach, behind this answer's
        flights += [f for f in old.flights if f not in flights]
    elif (
        old is not None
        and q.people
        and not q.dates
        and (q.from_context or set(q.people) <= set(old.people))
    ):
        # "who was on STS-9?" "the German — when was he born?" "what was his next flight?":
        # an answer about one of the thread's people keeps the thread's flight
        flights = list(old.flights)
    return Context(
        flights=tuple(flights)[:3],
        people=tuple(people)[:12],
        expeditions=tuple(r.expeditions or q.expeditions)[:2],
        # the thread's expedition stays in reach for "the expedition before them?"
        past_expeditions=tuple(
            r.expeditions or q.expeditions or (old.past_expeditions if old is not None else ())
        )[:2],
        around=tuple(r.around or (old.around if old is not None and not r.flights else ()))[:2],
        stations=tuple(q.stations)[:1],
        intent="query",
        query=q,
        listed=_still_listed(r, old, answered_flights),
        # a pick from a listed set of flights keeps the list for "and the first one?"
        listed_flights=tuple(x for x in r.listed if x in answered_flights)[:50]
        or (old.listed_flights if old is not None and q.from_context else ())
        or tuple(q.mentioned),
        named=tuple(r.people)[:12],
        root=(
            q.copy(expeditions=list(r.expeditions))
            # "the first people to live on the ISS?": the thread is on the expedition found
            if not q.from_context
            and not q.expeditions
            and len(r.expeditions) == 1
            and (q.resident or "expedition" in q.asks)
            else q
        )
        if not q.from_context
        else (old.root if old is not None else None),
        dated=q if q.dates and q.dates[0].span.is_day else (old.dated if old is not None else None),
    )


def _still_listed(r: Reply, old: Context | None, answered_flights: set[str]) -> tuple[str, ...]:
    """The people "them" means next: this answer's list — but an answer about one of the
    people just listed keeps the list ("who else was up then?" "how long was his flight?"
    "which of them landed first?": both)."""
    listed = tuple(x for x in (r.listed or r.people) if x not in answered_flights)[:50]
    if old is not None and len(listed) == 1 and listed[0] in old.listed and len(old.listed) == 2:
        return old.listed
    return listed


def _before_launch(facts: Facts, fid: str, people: Iterable[str] = ()) -> When | None:
    """ "Before that": up to the day before the flight in question launched — or, for a
    person who only came home on it (Polyakov on TM-20), before their trip began."""
    launch = facts.flights[fid].launch
    if launch is None:
        return None
    day = launch.dt.date() - timedelta(days=1)
    for p in people:
        for t in facts.trips_by_person.get(p, []):
            if t.down_flight == fid and t.up_flight != fid:
                day = min(day, t.start.date() - timedelta(days=1))
    return When(DateSpan(day, day, day.isoformat()), "before")


_WHOLE = frozenset({"whole", "entire", "full"})
# a follow-up that looks beyond the thread's flight: "did she go again later?"
_BEYOND = frozenset({"again", "later", "other", "next", "before", "after", "previous", "ever"})


def _career(q: Query) -> bool:
    """A question about a whole career, which no one trip answers."""
    return bool(
        q.asks & {"flights", "total", "expedition", "nationality", "age", "born", "count"}
        or _BEYOND & set(q.tokens)
        or q.agg == "count"
        or q.rank
        or q.dates
    )


def _trip_of_expedition(facts: Facts, pid: str, eid: str) -> list[str]:
    """The up flight of `pid`'s trip during expedition `eid`, if they served on it."""
    e = facts.expeditions[eid]
    if not any(m.expedition == eid for m in facts.members_by_person.get(pid, [])) or not e.start:
        return []
    mid = e.start.dt + ((e.end.dt - e.start.dt) / 2 if e.end else timedelta(0))
    return [t.up_flight for t in facts.trips_by_person.get(pid, [])
            if t.start <= mid and (t.end is None or t.end >= e.start.dt)][:1]  # fmt: skip


def _thread_flight(facts: Facts, q: Query, ctx: Context) -> str | None:
    """The thread's flight, when the one person a follow-up names flew up or down on it
    and has other flights too: their trip on it is the one meant. None when the
    follow-up narrows it itself (a flight, a date, a rank) or asks about a whole career."""
    if (
        len(q.people) != 1
        or not (ctx.flights or ctx.around)
        or q.flights
        or q.dates
        or q.rank
        or (
            q.programs
            and not any(
                facts.flights[f].program in q.programs for f in ctx.flights if f in facts.flights
            )
        )  # fmt: skip
        or q.stations
        or q.expeditions
        or (
            q.agg not in ("one", "list")
            and not (q.agg == "yesno" and (q.roles or "then" in q.tokens))
        )  # "did Reiter do any spacewalks then?": on the thread's trip
        or _career(q)
    ):
        return None  # ("was Armstrong the commander?" in a thread on Gemini 8: of that flight)
    trips = facts.trips_by_person.get(q.people[0], [])
    if len(trips) < 2 and not (q.agg == "yesno" and q.roles):
        return None
    return next(
        (f for f in (*ctx.flights, *ctx.around)
         if any(f in (t.up_flight, t.down_flight) for t in trips)),
        None,
    )  # fmt: skip


def _flight_of(facts: Facts, pid: str, ctx: Context) -> str | None:
    """The thread's flight that a person flew up or down on, if any."""
    legs = {leg for t in facts.trips_by_person.get(pid, []) for leg in (t.up_flight, t.down_flight)}
    return next((f for f in (*ctx.flights, *ctx.around) if f in legs), None)


_WALK_ASKS = frozenset({"duration", "when", "time", "flight", "vehicle", "who", "with", "where",
                        "station"})  # fmt: skip
_WALK_WORDS = frozenset({"walk", "spacewalk", "eva", "there", "out", "outside"})
# another walk, flight or person than the one the thread is on
_OTHER_THAN_IT = frozenset({"else", "other", "others", "another", "next", "previous", "before",
                            "after", "first", "last", "second", "earlier", "later"})  # fmt: skip
_NOT_THE_WALK = frozenset({"flight", "mission", "capsule", "crew", "crewmate", "crewmates", "ship",
                           "spacecraft", "commander", "pilot", "whole", "total", "up", "trip",
                           "stay", "home", "back", "launch", "launched", "land", "landed"})  # fmt: skip


def _set_aside(tokens: list[str]) -> list[str]:
    """The pronouns "besides him", "except her" set aside."""
    return [b for a, b in pairwise(tokens) if a in ("besides", "except", "excluding")
            and b in ("him", "her", "them")]  # fmt: skip


def _on_the_walk(facts: Facts, q: Query, ctx: Context) -> Query | None:
    """ "Who went out with him?" … "how long was it?", "which mission was it part of?": the
    one spacewalk the last answer was about, asked again by its day and walkers — not the
    walker's career or the flight the thread had before."""
    e = facts.evas.get(ctx.walk) if ctx.walk else None
    if (
        e is None
        or q.flights
        or q.expeditions
        or q.dates
        or q.rank
        or q.compare
        or q.agg not in ("one", "list")
        or not q.asks
        or not q.asks <= _WALK_ASKS
        or q.events - {"walk", "aboard"}
        or q.nat
        or q.nat_not
        or q.sex
        or q.kinds
        or q.occupations
        or q.agencies
        or q.roles
        or any(p not in e.crew for p in q.people)
        or _OTHER_THAN_IT & set(q.tokens)
    ):
        return None
    toks = set(q.tokens)
    explicit = bool(_WALK_WORDS & toks)  # "the walk", "out there", "outside"
    last = ctx.query
    on_walk_last = last is not None and "walk" in last.events
    of_it = on_walk_last and q.asks <= {"flight", "vehicle"} and "it" in toks
    if _NOT_THE_WALK & toks and not {"walk", "spacewalk", "eva"} & toks and not of_it:
        return None  # "who else was on that flight?", "who commanded it?": not the walk
    # ("which mission was it part of?": the walk's)
    if not (explicit or "theirs" in toks or (on_walk_last and ({"it", "that", "this"} & toks))):
        return None
    if "with" in q.asks and not explicit:
        return None  # "who was with him?" after Leonov's walk: in the capsule, too
    sex = {"male", "female"} & q.pronouns
    people = list(q.people)
    if not people and sex:
        people = [p for p in (*ctx.named, *ctx.people) if p in e.crew
                  and facts.people[p].sex in sex][:1]  # fmt: skip
    if "who" in q.asks and people and _set_aside(q.tokens):
        # "who went out besides him?": the walk's others, not him
        others = [p for p in e.crew if p not in people]
        if not others:
            return None
        new = q.copy(people=others, pronouns=set(), programs=set(),
                     flights=[e.flight] if e.flight else [])  # fmt: skip
        new.parts = [
            Part(set(p.asks) - {"who"} | {"with"}, {"walk"}, set(p.roles)) for p in q.parts
        ]
        new.from_context = True
        return new
    if not people and ("who" not in q.asks or "with" in q.asks):
        # the walker the thread is on, so "he" stays him ("how long was it?" "what did he
        # fly home in?"); else the walk's crew
        mine = [p for p in ctx.named if p in e.crew]
        people = mine if len(mine) == 1 else list(e.crew)
    if "who" in q.asks and "with" not in q.asks and not sex:
        people = []  # "who went out on it?": the walkers, found by the walk's day
    if q.asks & {"flight", "vehicle"}:
        people = people[:1] or list(e.crew[:1])  # "which mission was it part of?": one walker's
    day = e.start.dt.date()
    # a flight's own walk keeps that flight the thread's: "who was the commander?" next
    flights = [e.flight] if e.flight else []
    new = q.copy(people=people, dates=[When(DateSpan(day, day, day.isoformat()))],
                 stations=[e.station] if e.station else [], pronouns=set(), programs=set(),
                 flights=flights)  # fmt: skip
    new.parts = [Part(set(p.asks), {"walk"}, set(p.roles)) for p in q.parts]
    new.from_context = True
    return new


_DID_IT = frozenset({("do", "it"), ("did", "it"), ("do", "that"), ("did", "that"), ("done", "it"),
                     ("do", "so"), ("did", "so")})  # fmt: skip


def _ranked_again(q: Query, ctx: Context) -> Query | None:
    """ "Who did the first spacewalk?" … "what about the first American one?": the thread's
    ranked question asked again of another kind of person — not the first American to fly."""
    root = ctx.root
    if (
        root is None
        or not root.rank
        or root.people
        or root.flights
        or not q.rank
        or not q.pronouns & {"one", "thing"}
        or any(p.events - {"aboard"} for p in q.parts)  # "the first US woman to do it" (a walk)
        or q.people
        or q.expeditions
        or q.stations
        or q.dates
        or not (q.nat or q.sex or q.kinds or q.occupations)
        or not (
            # ("and the first American one?", "whats the first American one then")
            (
                q.tokens[:2] in (["what", "about"], ["how", "about"])
                or q.tokens[0] in ("and", "what", "so")
            )
            and not any(p.asks for p in q.parts)
            or _DID_IT & set(zip(q.tokens, q.tokens[1:]))  # "who was the second woman to do it?"
        )
    ):
        return None
    new = root.copy(raw=q.raw, unparsed=q.unparsed, rank=q.rank, agg="one",
                    nat=set(q.nat) or set(root.nat),
                    nat_label=q.nat_label, sex=q.sex or root.sex, kinds=set(q.kinds) or set(root.kinds),
                    occupations=set(q.occupations) or set(root.occupations),
                    tokens=[*q.tokens, *root.tokens])  # fmt: skip
    new.from_context = True
    return new


_BARE_RANK = frozenset({"who", "was", "is", "the", "then", "and", "so", "one", "which"})


def _bare_rank_again(q: Query, ctx: Context) -> Query | None:
    """ "Was he the second Pole in space? Who was the first?": the last question's ranked
    description asked again at the new rank (Hermaszewski) — not the named man's first
    flight."""
    last = ctx.query
    if (
        last is None
        or not last.rank
        or not (last.nat or last.sex or last.kinds or last.occupations)
        or not (q.rank in ("first", "last") or q.rank.isdigit())
        or q.has_filters()
        or q.people
        or q.flights
        or q.asks - {"who"}
        or any(p.events - {"aboard"} or p.roles for p in q.parts)
        or set(q.tokens) - _BARE_RANK - {q.rank, "first", "second", "third", "last", "fourth"}
    ):
        return None
    new = last.copy(raw=q.raw, rank=q.rank, agg="one", people=[], flights=[], claim=False,
                    rank_of=last.rank_of or "person")  # fmt: skip
    new.parts = [Part({"who"}, set(p.events), set(p.roles)) for p in last.parts[:1]]
    new.from_context = True
    return new


def _trips_during(facts: Facts, pid: str, lo: date, hi: date) -> list[Trip]:
    """A person's trips in space at some point between two days (both included)."""
    return [t for t in facts.trips_by_person.get(pid, [])
            if t.start.date() <= hi and (t.end is None or t.end.date() >= lo)]  # fmt: skip


def _trips_to(facts: Facts, pid: str, stations: Iterable[str]) -> list[Trip]:
    """A person's trips whose flight up or down docked with one of the stations."""
    from .execute import trip_stations

    want = set(stations)
    return [t for t in facts.trips_by_person.get(pid, []) if want & set(trip_stations(facts, t))]


def _at_thread_station(facts: Facts, fid: str, ctx: Context, there: bool = False) -> bool:
    """Whether a flight went to the station the last question was about (his Mir trip in
    a thread on Americans who stayed on Mir), or, when the follow-up says "there", the
    station the thread began on (what hit Mir in June 1997 … how did he get up there?)."""
    from .execute import visited

    said = [q for q in (ctx.query, ctx.root if there else None) if q is not None]
    stations = {s for q in said for s in q.stations}
    return bool(stations and set(visited(facts, facts.flights[fid])) & stations)


def _trip_there(facts: Facts, q: Query, last: Query) -> str | None:
    """The up flight of the one trip the person named made to the station the last
    question was about, when the follow-up says "there" and narrows nothing itself."""
    if (
        len(q.people) == 1
        and last.dates
        and last.dates[0].span.is_day
        and last.stations
        and not (q.flights or q.stations or q.dates or q.rank or _career(q))
        and q.events & {"land", "launch"}
    ):
        # "what happened on Mir on 25 June 1997?" "when did Foale come home?": his trip of
        # that day
        day = last.dates[0].span.start
        trips = _trips_during(facts, q.people[0], day, day)
        if len(trips) == 1:
            return trips[0].up_flight
    if (
        len(q.people) != 1
        or not last.stations
        or q.flights
        or q.stations
        or q.dates
        or q.rank
        or _career(q)
        or "there" not in q.tokens
    ):
        return None
    trips = _trips_to(facts, q.people[0], last.stations)
    if len(trips) > 1 and last.dates:
        span = last.dates[0].span
        trips = [t for t in trips if t in _trips_during(facts, q.people[0], span.start, span.end)]
    return trips[0].up_flight if len(trips) == 1 else None


def _beyond_the_flight(facts: Facts, q: Query, ctx: Context) -> bool:
    """ "Did he ever command the ISS?" in a thread about his Shuttle flight to Mir: "ever",
    or a station that flight never went to, asks about the whole career."""
    if "ever" in q.tokens:
        return True
    here = [facts.flights[f] for f in ctx.flights[:1] if f in facts.flights]
    return bool(q.stations) and bool(here) and here[0].station not in q.stations


def _pick_from_listed(
    facts: Facts, q: Query, new: Query, ctx: Context, of_them: bool
) -> Query | None:
    """ "Which one stayed longest?", "which of them went to Tiangong-1?", "which one didn't go
    to the space station?" after a list of flights: the longest (or shortest) of them, or
    those that did (or did not) visit the station named."""
    pool = [f for f in ctx.listed_flights if f in facts.flights]
    if len(pool) < 2 or not of_them or q.people or q.flights:
        return None
    from .execute import visited

    if q.rank in ("longest", "shortest"):

        def secs(fid: str) -> float:
            f = facts.flights[fid]
            return (f.landing.dt - f.launch.dt).total_seconds() if f.launch and f.landing else -1.0

        timed = [f for f in pool if secs(f) >= 0]
        if not timed:
            return None
        pick = max(timed, key=secs) if q.rank == "longest" else min(timed, key=secs)
        out = q.copy(flights=[pick], rank="", people=[], pronouns=set())
        out.parts = [Part({"duration"}, set(), set())]
        out.from_context = True
        return out
    if q.stations or q.any_station or "station" in q.tokens:
        negated = bool({"not", "never", "didnt", "didn", "t"} & set(q.tokens))

        def went(fid: str) -> bool:
            where = set(visited(facts, facts.flights[fid]))
            return bool(where & set(q.stations)) if q.stations else bool(where)

        fit = [f for f in pool if went(f) != negated]
        if not fit or len(fit) == len(pool):
            return None
        out = q.copy(
            flights=fit, stations=[], any_station=False, rank="", people=[], pronouns=set()
        )
        out.parts = [Part({"who"}, set(), set())]
        out.agg = "one"
        out.from_context = True
        return out
    return None


def _next_of_hers(facts: Facts, q: Query, ctx: Context) -> Query | None:
    """ "Tracy Caldwell — when did she fly next?" in a thread on her STS-118: her first flight
    after the thread's flight (or, "previous", her last before it)."""
    here = _flight_of(facts, q.people[0], ctx) if len(q.people) == 1 else None
    if q.rank not in ("next", "previous") or not here or not facts.flights[here].launch:
        return None
    if q.agg != "one" or {"again", "else", "other", "others"} & set(q.tokens):
        return None  # "did he fly again after that?", "what else did he fly?": the rules for those
    f = facts.flights[here]
    if q.rank == "next":
        day = f.launch.dt.date() + timedelta(days=1)
        new = q.copy(rank="first", dates=[When(DateSpan(day, day, day.isoformat()), "after")])
    else:
        before = _before_launch(facts, here, q.people)
        if before is None:
            return None
        new = q.copy(rank="last", dates=[before])
    new.from_context = True
    return new


def _alive(facts: Facts, q: Query) -> Query:
    """The last query with ids that vanished in a /reload dropped, so a follow-up never
    reaches for a flight or person the new data no longer has."""
    return q.copy(
        people=[i for i in q.people if i in facts.people],
        flights=[i for i in q.flights if i in facts.flights],
        expeditions=[i for i in q.expeditions if i in facts.expeditions],
        stations=[i for i in q.stations if i in facts.stations],
        modules=[i for i in q.modules if i in facts.modules],
        spacecraft=[i for i in q.spacecraft if i in facts.flights],
    )


def _subject_kind(q: Query) -> str:
    for kind in ("flights", "people", "expeditions", "stations", "modules"):
        if getattr(q, kind):
            return kind
    if q.spacecraft and q.rank not in ("next", "previous"):
        return "spacecraft"  # "the last Endeavour flight" (but "the next Challenger flight"
    return ""  # is the one after the thread's, of Challenger's)


def _safe_day(year: int, d: date) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February in a year without one
        return None


# "his other flight", "the next one", "did he fly again": another trip than the thread's
_ANOTHER_TRIP = frozenset({"next", "previous", "before", "after", "again",
                           "later", "earlier", "first", "second", "third", "last", "then"})  # fmt: skip


_THE_LANDER = re.compile(r"\b(?:the|their|its) (?:lm|lem|lander|lunar module|lunar lander)\b")


def _the_threads_craft(facts: Facts, q: Query, ctx: Context) -> Query | None:
    """ "Which orbiter?" "Columbia." "What was that orbiter's last mission?" / "when was it
    lost?": after the thread named the craft, it is the craft that is meant, not the flight."""
    last = ctx.query
    if (
        last is None
        or not ctx.flights
        or ctx.flights[0] not in facts.flights
        or q.people
        or q.flights
        or q.spacecraft
    ):
        return None
    f = facts.flights[ctx.flights[0]]
    asked_craft = "vehicle" in last.asks or {"orbiter", "capsule"} & set(last.tokens)
    toks = set(q.tokens)
    # "that orbiter('s last mission)" says so itself; "it" means the craft just after the
    # craft was asked, of the one flight the answer was about
    said = f.program == "shuttle" and any(
        a in ("that", "this", "same") and b in ("orbiter", "orbiters")
        for a, b in zip(q.tokens, q.tokens[1:])
    )
    means_craft = said or (
        asked_craft
        and len(ctx.flights) == 1
        and "vehicle" not in q.asks
        and "it" in toks
        and (q.outcome == "crew_loss" or q.rank in ("last", "first"))
    )
    if not (f.spacecraft and means_craft):
        return None
    same = [g.id for g in facts.flights_by_launch
            if g.spacecraft == f.spacecraft and g.program == f.program]  # fmt: skip
    return q.copy(spacecraft=same, from_context=True)


def _one_in_thread(ctx: Context, field: str) -> list[str]:
    """The one station (or expedition…) the thread is about — in its state, its last
    question or its first — as a one-item list; empty when none or several were said."""
    said = [*getattr(ctx, field)]
    for q in (ctx.query, ctx.root):
        said += getattr(q, field) if q is not None else []
    return said[:1] if len(set(said)) == 1 else []


# (people only: "it" after "the first crew to Mir" is the station the thread is about)
_PRONOUN_WORDS = frozenset({"they", "them", "their", "he", "him", "his", "she", "her"})
_RANK_WORDS = frozenset({"longest", "shortest", "first", "last", "oldest", "youngest", "most"})


def _describes_its_own_subject(q: Query) -> bool:
    """ "and the longest Skylab crew, how long were they up?": the pronoun comes after a
    ranked description of its own (a rank and a station), which it points to — not the
    crew the conversation was about."""
    if not (q.rank in _RANK_WORDS and q.stations and q.pronouns):
        return False
    if q.people or q.flights or q.expeditions or q.dates or q.compare:
        return False
    ranked = next((i for i, t in enumerate(q.tokens) if t in _RANK_WORDS), None)
    said = next((i for i, t in enumerate(q.tokens) if t in _PRONOUN_WORDS), None)
    return ranked is not None and said is not None and ranked < said


# "that", "then", "there": a follow-up that points back at the thread
_POINTING_WORDS = frozenset({"that", "this", "it", "those", "these", "then", "there"})
_DESCRIBING = frozenset({"nat", "sex", "kind", "occupation"})
_CRAFT_NOUNS = frozenset(
    {"mission", "missions", "flight", "flights", "crewed", "ship", "spacecraft"}
)


def _next_described(tokens: list[str]) -> bool:
    """ "the next Indian to fly", "the next woman": a person described right after "next"
    (or "previous"), not "the next Chinese mission" or "who flew next for China"."""
    for i, t in enumerate(tokens[:-1]):
        if t in ("next", "previous") and any(
            w.kind in _DESCRIBING for w in PHRASES.get((tokens[i + 1],), ())
        ):
            return not _CRAFT_NOUNS & set(tokens[i + 2 : i + 4])
    return False


def fill_from_context(facts: Facts, q: Query, ctx: Context) -> Query | str | None:
    """The follow-up read in the light of the conversation; None when it stands alone;
    a question to ask back (str) when the state can't settle who or what is meant."""
    if _describes_its_own_subject(q):
        return None
    last = ctx.query
    if (
        q.agg == "yesno"
        and len(q.people) == 1
        and q.roles
        and not (q.flights or q.expeditions or q.stations or q.dates or q.rank)
        and (ctx.expeditions or ctx.flights)
        # (not "did Mattingly ever command a mission himself?": his whole career)
        and not {"ever", "himself", "herself", "later", "again", "another", "other"} & set(q.tokens)
    ):
        # "who was on Expedition 1?" "Krikalev was the commander, right?": of that crew
        # (no: Shepherd), not of any crew he was ever on (Expedition 11)
        pid = q.people[0]
        exp = next((e for e in ctx.expeditions if e in facts.expeditions
                    and any(m.person == pid for m in facts.members_by_expedition.get(e, []))), None)  # fmt: skip
        if exp is not None:
            return q.copy(expeditions=[exp], from_context=True)
        fl = next((f for f in ctx.flights if f in facts.flights
                   and any(s.person == pid for s in facts.seats_by_flight.get(f, []))), None)  # fmt: skip
        if fl is not None:
            return q.copy(flights=[fl], from_context=True)
    if (
        last is not None
        and "story" in last.asks
        and (last.stations or last.dates)
        and not (last.people or last.flights)
        and not last.asks & {"flight", "who", "crew", "vehicle"}  # (an event, not its ship)
        and q.agg != "count"
        and q.asks
        and (
            q.asks <= {"when", "time"}
            or q.asks <= {"story", "module", "when", "time"}
            or (q.asks == {"who"} and q.events == {"aboard"} and not q.roles)  # "who was aboard?"
        )
        and not (q.people or q.flights or q.stations or q.dates or q.has_filters())
        and not q.pronouns - {"thing"}
        and not q.events - {"aboard"}
    ):
        # "what smashed into Mir in 1997?" "date?", "which module got hit?": that event,
        # whose answer leads with its day and says what was hit — not a question about the
        # people it named aboard, nor another event of the station
        return last.copy(raw=q.raw, unparsed=q.unparsed, from_context=True)
    if (
        ("the", "other") in set(pairwise(q.tokens))
        and q.asks <= {"crew", "who"}
        and q.asks
        and not (q.people or q.flights or q.expeditions or q.stations or q.dates or q.rank)
        and not q.pronouns  # ("the other two on that capsule": the capsule said decides)
        and (ctx.expeditions or ctx.flights)
    ):
        # "who was the Expedition 2 commander?" "and the other two?": the rest of the crew
        # the thread is about, not the one person just named
        if ctx.expeditions:
            return q.copy(expeditions=[ctx.expeditions[0]], from_context=True)
        return q.copy(flights=[ctx.flights[0]], from_context=True)
    if (
        q.rank == "first"
        and q.rank_of == "person"
        and q.compare == "earlier"
        and "who" in q.asks
        and (q.nat or q.sex or q.kinds or q.occupations)
        and not q.people
        and any(a == "before" and b in ("him", "her", "them") for a, b in pairwise(q.tokens))
    ):
        # "who was the first Indian in space before him?": the first of them all, whom he
        # came after (not his own first flight)
        return q.copy(compare="", pronouns=set())
    if (
        not q.pronouns & {"male", "female"}
        and q.compare in ("longer", "shorter")
        and len(q.people) == 1
        and not q.flights
        and q.before_mention.get(q.people[0]) == "than"
        and {"that", "this", "it"} & set(q.tokens)
    ):
        # "was that longer than Polyakov's record?" (Kelly's thread): the thread's one
        # person's trip, compared with the one named after "than"
        theirs = [
            p
            for p in dict.fromkeys([*ctx.named, *(ctx.query.people if ctx.query else [])])
            if p != q.people[0]
        ]
        trips = [t for t in facts.trips_by_person.get(theirs[0], []) if t.end] if theirs else []
        longest = max(trips, key=lambda t: t.end - t.start, default=None)  # type: ignore[operator]
        # (a flight said as "that" or "it" is compared as each one's single longest flight,
        # so only when the thread's flight is the person's longest)
        in_play = not ctx.flights or (
            longest is not None and {longest.up_flight, longest.down_flight} & set(ctx.flights)
        )
        if len(theirs) == 1 and in_play:
            new = q.copy(people=[theirs[0], q.people[0]], flights=[], pronouns=set(),
                         single=q.single or bool(ctx.flights))  # fmt: skip
            new.before_mention = {**q.before_mention, theirs[0]: "was"}
            new.from_context = True
            return new
    if (
        q.any_station
        and not (q.stations or q.people or q.flights or q.expeditions)
        and {"deorbited", "deorbit", "deorbiting", "retired", "decommissioned", "abandoned"}
        & set(q.tokens)
    ):
        # "… which spacecraft did they arrive in?" "and when was the station deorbited?":
        # the station the thread is about, not the flight last named
        station = _one_in_thread(ctx, "stations")
        if station:
            return q.copy(stations=station, any_station=False, from_context=True)
    if (
        "expedition" in q.asks
        and q.roles == {"commander"}
        and not (q.people or q.flights or q.expeditions or q.dates or q.rank or q.stations)
        and not q.pronouns
        and ("expedition", "commander") in set(pairwise(q.tokens))
    ):
        # "Expedition 1 … when did they get to the ISS?" "who was the expedition commander?":
        # the command of the expedition in play, not the Soyuz they flew up on
        expedition = _one_in_thread(ctx, "expeditions")
        if expedition:
            return q.copy(expeditions=expedition, from_context=True)
    named_flights = list(ctx.query.flights) if ctx.query else []
    if (
        q.expected
        and len(named_flights) >= 2
        and not (q.flights or q.people or q.rank or q.dates)
        and all(p.asks <= {"who"} for p in q.parts)
        and sum(len({s.person for s in facts.seats_by_flight.get(f, [])}) for f in named_flights)
        == q.expected
    ):
        # "Vostok 3 and Vostok 4 flew at the same time — who were the two cosmonauts?": the
        # crews of both flights said, as many as the question counts
        return q.copy(flights=named_flights, from_context=True)
    counts_flights = q.agg == "count" and bool(
        q.asks & {"flight", "flights"} or {"flights", "missions", "times"} & set(q.tokens)
    )  # "how many flights did Discovery make?": all of the craft's, not the thread's one
    if q.spacecraft and not q.flights and not q.rank and not counts_flights:
        here = [f for f in ctx.flights if f in q.spacecraft]
        if here:
            # "when did Columbia land?" in a thread about STS-1: that flight of Columbia's
            return q.copy(flights=here[:1], spacecraft=[], from_context=True)
    one_flight = named_flights or list(ctx.flights)
    if (
        (q.nat or q.sex or q.kinds or q.occupations)
        and len(set(one_flight)) == 1
        and q.tokens[:1] in (["and"], ["the"])
        and not (q.people or q.flights or q.rank or q.dates or q.stations or q.expeditions)
        and not (q.pronouns or q.claims or q.spacecraft or q.programs)
        and q.agg == "one"
        and all(p.asks <= {"who"} and not p.events and not p.roles for p in q.parts)
    ):
        # "Apollo 17 … who was in command?" "and the geologist?": the one of the thread's
        # flight's crew who fits, not every geologist who flew
        from .execute import person_ok

        crew = {s.person for s in facts.seats_by_flight.get(one_flight[0], [])}
        if any(person_ok(facts, q, p) for p in crew):
            return q.copy(flights=one_flight[:1], from_context=True)
    if (
        (q.nat or q.sex or q.kinds or q.occupations)
        and q.pronouns == {"one"}
        and any(a == "one" and b == "with" for a, b in pairwise(q.tokens))
        and not (q.people or q.flights)
        and len(ctx.listed_flights) < 2
    ):
        return None  # "and the one with the Indian pilot?": another flight, described anew
    if (
        q.agg == "yesno"
        and {"any", "anyone", "anybody", "somebody", "someone"} & set(q.tokens)
        and q.dates
        and not (q.pronouns or q.named)
        and not {"then", "there", "aboard", "that", "this", "those", "them"} & set(q.tokens)
    ):
        return None  # "was any woman in space in 1970?": a question of its own, its own date
    if (
        "else" in q.tokens
        and {"anyone", "anybody", "someone", "somebody"} & set(q.tokens)
        and "with" in q.asks
        and "who" not in q.asks
        and q.agg == "one"
    ):
        # "anyone else fly up with them?": who else did
        q = q.copy(parts=[Part(p.asks | {"who"}, set(p.events), set(p.roles)) for p in q.parts])
    last = ctx.query
    if (
        ctx.flights
        and not (q.flights or q.people)
        and re.search(
            r"\b(?:third|other|last) (?:person|guy|one|crew ?member|member)"
            r"(?: of the crew)? (?:on|aboard) (?:that|it|this)\b",
            " ".join(q.tokens),
        )
    ):
        # "who was the third person on that one?": the crew of the flight last spoken of
        # (the later of the two after "did they get another go?"), not someone's third flight
        that = max((facts.flights[f] for f in ctx.flights[:2] if f in facts.flights),
                   key=lambda f: f.launch.dt if f.launch else datetime.min.replace(tzinfo=UTC))  # fmt: skip
        new = q.copy(flights=[that.id], people=[], rank="", rank_of="", place=1,
                     parts=[Part({"who"}, set(), set())])  # fmt: skip
        new.from_context = True
        return new
    craft = _the_threads_craft(facts, q, ctx)
    if craft is not None:
        return craft
    if (
        (q.kinds or q.occupations or q.nat)
        and {"board", "aboard"} & set(q.tokens)
        and ctx.flights
        and not (q.people or q.flights or q.rank or q.dates or q.stations)
        and not q.pronouns & {"male", "female"}  # ("… how long did he stay up?": below)
        and q.asks <= {"who"}
        and q.agg in ("one", "list")
    ):
        # "and the teacher on board?": aboard the thread's flight, not every teacher
        return q.copy(flights=list(ctx.flights[:1]), from_context=True)
    on_walk = _on_the_walk(facts, q, ctx)
    if on_walk is not None:
        return on_walk
    if (
        {"partner", "partners"} & set(q.tokens)
        and not q.events - {"aboard"}
        and (
            {"out", "outside", "spacewalk", "eva"} & set(q.tokens)
            or any(x is not None and "walk" in x.events for x in (last, ctx.root))
        )
    ):
        # "who was his partner out there?" in a thread about a spacewalk: on the walk, not
        # everyone he ever flew with
        q = q.copy(parts=[Part(set(p.asks), (set(p.events) - {"aboard"}) | {"walk"},
                               set(p.roles)) for p in q.parts])  # fmt: skip
    other_kind = _ranked_again(q, ctx) or _bare_rank_again(q, ctx)
    if other_kind is not None:
        return other_kind
    if (
        (q.rank in ("first", "last") or q.rank.isdigit())
        and (q.sex or q.nat or q.kinds or q.occupations)
        and any(p.events - {"aboard"} or p.roles for p in q.parts)
        and not q.pronouns
        and not (q.people or q.flights or q.expeditions)
        and not {"then", "there", "that", "this", "those", "them", "it"} & set(q.tokens)
    ):
        return None  # "who was the second woman to walk in space?": a question of its own
    if (
        last is not None
        and last.moon
        and not q.moon
        and ("there" in q.tokens or ("on", "it") in set(pairwise(q.tokens)))
        and q.events & {"land", "walk", "aboard"}
        and not (q.stations or q.any_station)
    ):
        # "the last men on the Moon?" … "when did they land there?" ("land on it?"): on the
        # Moon, not home
        q = q.copy(moon=True)
    from .execute import crew_flights

    root_exps = list(ctx.root.expeditions) if ctx.root is not None else []
    if not root_exps and (
        ctx.root is None  # a thread begun by a claim and a question ("our copy says…")
        or "expedition" in ctx.root.asks  # "who was on the first ISS expedition?"
        or ctx.root.resident  # "the first people to live on the ISS?"
        or (
            ctx.root.rank and ctx.root.stations and "crew" in ctx.root.tokens
        )  # "the first ISS crew"
    ):
        root_exps = list(ctx.past_expeditions)[:1]
    if (
        len(root_exps) == 1
        and len(q.parts) == 1
        and q.roles == {"commander"}
        and q.asks <= {"who"}
        and not (q.events or q.named or q.pronouns - {"plural"} or q.has_filters() or q.rank)
        and last is not None
        and not last.expeditions
        and set(last.flights or ctx.flights) <= set(crew_flights(facts, root_exps[0]))
    ):
        # "who was on the first ISS expedition?" "when did they launch?" "who was the
        # commander?": the expedition's, not the Soyuz that took them up
        return q.copy(expeditions=root_exps, from_context=True)
    if (
        len(root_exps) == 1
        and q.rank == "first"
        and "first crew" in " ".join(q.tokens)
        and not {"visit", "visited", "visiting"} & set(q.tokens)  # the first *visitors*
        and not (q.people or q.flights or q.expeditions or q.stations or q.has_filters())
        and last is not None
    ):
        # "the first people to live on the ISS?" … "who took over from them?" "and how did
        # the first crew get home?": the thread's first crew, Expedition 1
        return q.copy(expeditions=root_exps, rank="", pronouns=set(), from_context=True)
    if (
        len(root_exps) == 1
        and "plural" in q.pronouns
        and {"visit", "visited", "visiting"} & set(q.tokens)
        and not (q.named or q.dates)
        and last is not None
        and not last.flights
    ):
        # "… who was the commander?" "which Shuttle crew visited them first?": them is the
        # expedition's crew, not the commander just named
        return q.copy(expeditions=root_exps, pronouns=set(), from_context=True)
    if (
        q.compare in ("later", "earlier")
        and last is not None
        and not any(q.parts)
        and not (q.people or q.flights or q.has_filters())
        and set(q.tokens) <= {"and", "after", "before", "them", "those", "that", "what", "about"}
    ):
        # "who came next?" "and after them?": the same question, one more step on
        q = q.copy(compare="", rank="next" if q.compare == "later" else "previous",
                   pronouns=set())  # fmt: skip
        q.parts = [Part(set(p.asks), set(p.events), set(p.roles)) for p in last.parts]
    if (
        q.rank in ("first", "last")
        and not (q.spacecraft or q.flights or q.people)
        and q.pronouns & {"thing"}
        and last is not None
        and last.spacecraft
        and not last.flights
    ):
        # "when did Discovery first fly?" "and what was its final mission?": the craft's
        new = q.copy(spacecraft=list(last.spacecraft))
        new.pronouns = set()
        new.from_context = True
        return new
    if (
        q.rank == "next"
        and not (q.people or q.flights or q.has_filters())
        and not q.pronouns - {"thing"}
        and ctx.query is not None
        and len(ctx.query.people) == 1
        and (ctx.query.rank == "first" or ctx.query.rank.isdigit())
        and not any(p.asks - {"flight"} or p.roles for p in q.parts)
    ):
        # "what was Jeff Williams' first spaceflight?" "and after that?": his next one
        n = 1 if ctx.query.rank == "first" else int(ctx.query.rank)
        if len(facts.trips_by_person.get(ctx.query.people[0], [])) > n:
            again = ctx.query.copy(raw=q.raw, unparsed=q.unparsed, rank=str(n + 1))
            again.from_context = True
            return again
    new = _fill_from_context(facts, q, ctx)
    if (
        isinstance(new, Query)
        and q.asks <= {"when", "time"}
        and q.asks
        and not (q.events or q.people or q.flights or q.dates or q.rank)
        and last is not None
        and any("docking" in p.asks for p in last.parts)
        and not any(p.events for p in last.parts)
    ):
        # "the first Shuttle docking with Mir was STS-71? what date?": the day it docked
        new = new.copy(parts=[Part(p.asks | {"docking"}, set(p.events), set(p.roles))
                              for p in new.parts])  # fmt: skip
    if (
        isinstance(new, Query)
        and "then" in q.tokens
        and q.asks == {"age"}
        and not q.events
        and last is not None
        and {e for p in last.parts for e in p.events} == {"land"}
    ):
        # "when did he land?" "how old was he then?": his age at that landing (of the trip
        # on the thread's flight, whichever ship brought him home)
        down = [t.down_flight or f for pid in new.people[:1] for f in new.flights
                for t in facts.trips_by_person.get(pid, []) if t.up_flight == f]  # fmt: skip
        new = new.copy(parts=[Part(set(p.asks), p.events | {"land"}, set(p.roles))
                              for p in new.parts], flights=down or new.flights)  # fmt: skip
    if (
        isinstance(new, Query)
        and "arrive" in new.events
        and "there" in q.tokens
        and not (new.stations or new.any_station or q.dates)
        and (ctx.stations or (last is not None and last.stations))
    ):
        # "the first people to live on the ISS?" "when did they get there?": at the station
        new = new.copy(stations=list(ctx.stations or last.stations)[:1])
    if (
        isinstance(new, Query)
        and {"countries", "nations"} & set(q.tokens)
        and new.flights
        and not q.flights
        and "that year" in " ".join(q.tokens)
        and facts.flights[new.flights[0]].launch
    ):
        # "how many countries had flown someone by the end of that year?": the thread's
        # year, asked of everyone, not of its flight
        y = facts.flights[new.flights[0]].launch.dt.year
        end = date(y, 12, 31)
        return q.copy(
            dates=[When(DateSpan(end, end, f"the end of {y}"), "before")], from_context=True
        )
    if (
        "handover" in q.asks
        and len(q.people) == 1
        and not (q.expeditions or q.dates or q.flights)
        and ctx.past_expeditions
        and any(
            m.expedition == ctx.past_expeditions[0]
            for m in facts.members_by_person.get(q.people[0], [])
        )  # fmt: skip
    ):
        # "who commanded Expedition 20?" … "and who took over from Padalka?": that command
        # of his, not his last
        new = (new if isinstance(new, Query) else q).copy(expeditions=[ctx.past_expeditions[0]])
        new.from_context = True
    said = ctx.query.expeditions if ctx.query is not None else []
    if (
        isinstance(new, Query)
        and len(said) == 1
        and new.people
        and not (q.people or q.expeditions or q.flights or q.dates)
        and not (new.expeditions or new.flights or new.dates or new.rank)
        and (new.asks & {"when", "where", "duration"} or new.events & {"arrive", "land", "launch"})
        and all(
            any(m.expedition == said[0] for m in facts.members_by_person.get(p, []))
            for p in new.people
        )
    ):
        # "Expedition 2: who was on it?" … "when did they get to the station?": their
        # arrival for that expedition (STS-102, 2001), not their first (STS-101, 2000)
        new = new.copy(expeditions=[said[0]])
        new.from_context = True
    toks = q.tokens
    around_them = any(a in ("before", "after") and b == "them" for a, b in pairwise(toks))
    if (
        isinstance(new, Query)
        and "plural" in q.pronouns
        and len(new.flights) == 1
        and (new.people or around_them)
        and not q.people
        and "who" in new.asks
        and ("handover" in new.asks or around_them)
        and not {"command", "commander", "charge", "commanded"} & set(toks)
        and all(
            any(s.person == p and s.went_up for s in facts.seats_by_flight.get(new.flights[0], []))
            for p in new.people
        )  # fmt: skip
    ):
        # "who relieved them?", "who was on Mir before them?" of a flight's crew: the crew
        # before or after that flight's aboard the station
        new = new.copy(people=[])
        for p in new.parts:
            p.asks.add("handover")
    if (
        isinstance(new, Query)
        and new.agg == "yesno"
        and "ever" in q.tokens
        and "plural" in q.pronouns
        and len(new.flights) == 1
        and not q.flights
    ):
        # "the Soyuz MS-10 abort" … "did they ever make it to the station?": its crew, ever
        crew = everyone_aboard(facts, new.flights[0])
        if crew:
            new = new.copy(people=crew, flights=[])
            if "station" in q.tokens and not new.stations:
                new.any_station = True
    if (
        isinstance(new, Query)
        and new.agg == "count"
        and {"crew", "crews"} & set(q.tokens)
        and new.flights
        and new.people
        and not q.people
    ):
        new.people = []  # "how many people were in that crew?": the flight's, counted
    last_q = ctx.query
    if (
        isinstance(new, Query)
        and {"plural", "thing"} <= q.pronouns
        and len(new.flights) == 1
        and not new.people
        and last_q is not None
        and len(last_q.people) >= 2
        and new.asks & {"duration", "when", "where"}
        and all(
            any(
                new.flights[0] in (t.up_flight, t.down_flight)
                for t in facts.trips_by_person.get(p, [])
            )
            for p in last_q.people
        )  # fmt: skip
    ):
        # "when did Butch and Suni get home?" … "how many days were the two of them up on
        # that trip?": their trip (up on Starliner), not the flight that brought them home
        new.people = list(last_q.people)
    if (
        isinstance(new, Query)
        and new.moon
        and new.flights
        and not (set(new.flights) & set(facts.moon_landings))
    ):
        new.moon = False  # "how old was he on the Moon?" "and when he commanded STS-1?"
    if (
        isinstance(new, Query)
        and q.programs
        and not q.flights
        and new.flights
        and facts.flights[new.flights[0]].program not in q.programs
    ):
        # "who were the Americans on Apollo-Soyuz?" "when did the Soyuz get back down?":
        # the thread's flight of that program
        seen = (*new.flights, *(ctx.query.flights if ctx.query else ()), *ctx.flights)
        mine = [f for f in seen if f in facts.flights and facts.flights[f].program in q.programs]
        if mine:
            new.flights = mine[:1]
            new.people = [p for p in new.people
                          if any(s.person == p for s in facts.seats_by_flight.get(mine[0], []))]  # fmt: skip
    if (
        isinstance(new, Query)
        and len(new.people) == 1
        and len(new.flights) == 1
        and not (q.flights or q.rank or q.dates or q.programs or q.stations)
        and not _ANOTHER_TRIP & set(q.tokens)
        and not any(
            t in ("other", "another")
            and {"flight", "flights", "mission", "missions", "trip"} & set(q.tokens[i + 1 : i + 3])
            for i, t in enumerate(q.tokens)
        )
        and ctx.flights
        and new.flights[0] not in ctx.flights
        and not (
            ctx.expeditions
            and new.flights == _trip_of_expedition(facts, new.people[0], ctx.expeditions[0])
        )
        and not _at_thread_station(facts, new.flights[0], ctx, "there" in q.tokens)
        and (here := _flight_of(facts, new.people[0], ctx)) is not None
    ):
        # "when did Voskhod 2 go up?" … "who was the other guy with him?": his trip on the
        # thread's flight, not another of his flights
        new.flights = [here]
    last = ctx.query
    if (
        isinstance(new, Query)
        and last is not None
        # ("Columbia accident: which mission, what date?": the accident's story, then its day)
        and not new.outcome
        and len(new.flights) == 1
        and facts.flights[new.flights[0]].outcome in LOST_WITH_CREW
        and (
            last.outcome in LOST_WITH_CREW
            or (
                any("story" in p.asks for p in last.parts)
                and facts.flights[new.flights[0]].outcome == "crew_loss"
            )
        )
        and any(p.asks & {"when", "time"} and not p.events for p in new.parts)
    ):
        # "the Columbia breakup?" … "what date?": the day of the loss, not of the launch
        new = new.copy(outcome=last.outcome or facts.flights[new.flights[0]].outcome)
        if not last.outcome:
            # (after the accident's story: its day is the story's, "1 February 2003: …")
            new.parts = [Part(p.asks | {"story"} if p.asks & {"when", "time"} and not p.events
                              else set(p.asks), set(p.events), set(p.roles)) for p in new.parts]  # fmt: skip
    if (
        isinstance(new, Query)
        and last is not None
        and last.people
        and not new.people
        and len(new.flights) == 1
        and new.asks & {"duration", "total"}
        and {"trip", "stay", "journey"} & set(q.tokens)
        and all(
            any(
                new.flights[0] in (t.up_flight, t.down_flight)
                and t.down_flight
                and t.down_flight != t.up_flight
                for t in facts.trips_by_person.get(p, [])
            )
            for p in last.people
        )  # fmt: skip
    ):  # (only where their trip is not that flight's: up on one craft, down on another)
        # "so how did the two of them get home?" (Crew-9) … "total days in space for that
        # trip?": their trip, Starliner up and Crew-9 down, not Crew-9's own length
        new = new.copy(people=list(last.people))
    return new


_LATER = LazyPattern(
    r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+"
    r"(day|week|month|year)s?\s+(later|after(?:wards)?|on|before|earlier)\b"
)
_COUNT_WORDS_N = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                  "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12}  # fmt: skip
_UP_THERE = LazyPattern(r"\b(?:up there|aboard|on board|onboard|there|on the station)\b")
_THAT_DAY = LazyPattern(r"\b(?:that|the same) (?:day|date)\b|\bon that day\b")


def _shifted(day: date, n: int, unit: str) -> date | None:
    """A day moved by n days, weeks, months or years (a 29 February stays in its month)."""
    if unit in ("day", "week"):
        return day + timedelta(days=n * (7 if unit == "week" else 1))
    months = day.month - 1 + n * (12 if unit == "year" else 1)
    year, month = day.year + months // 12, months % 12 + 1
    if not 1 <= year <= 9999:
        return None
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _dated_follow_up(q: Query, last: Query, ctx: Context) -> Query | None:
    """ "Who was aboard Mir on 14 March 1995?" … "who was commanding it a month later?",
    "what about the ISS that day?": the thread's day, or that day moved — applied to the
    follow-up's own question when it has one, else to the thread's dated question."""
    low = " ".join(q.tokens)
    base_q = (
        last
        if last.dates
        else (ctx.dated or (ctx.root if ctx.root is not None and ctx.root.dates else None))
    )
    if base_q is None or not base_q.dates[0].span.is_day:
        return None
    day = base_q.dates[0].span.start
    m = _LATER.search(low)
    if m and not q.dates:
        n = int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS_N[m.group(1)]
        sign = -1 if m.group(3) in ("before", "earlier") else 1
        moved = _shifted(day, sign * n, m.group(2))
        if moved is None:
            return None
        when = When(DateSpan(moved, moved, moved.isoformat()))
    elif not q.dates and _THAT_DAY.search(low):
        when = When(DateSpan(day, day, day.isoformat()))
    else:
        return None
    own = any(p.asks - {"when"} or p.roles for p in q.parts) or q.agg != "one"
    if own:
        # ("a month later" is a step in time, not a length claimed)
        new = q.copy(dates=[when], claims=[] if m else list(q.claims))
        for p in new.parts:
            p.asks.discard("when")  # "that day" is the day, not a question about when
        if not (new.stations or new.any_station or new.flights or new.people):
            new.stations, new.any_station = list(base_q.stations), base_q.any_station
    else:
        # "what about the ISS that day?": the thread's own dated question, on that day
        root = ctx.root if ctx.root is not None and ctx.root.dates else base_q
        new = root.copy(raw=q.raw, unparsed=q.unparsed, dates=[when])
        if q.stations:
            new.stations = list(q.stations)
    new.from_context = True
    return new


def _fill_from_context(facts: Facts, q: Query, ctx: Context) -> Query | str | None:
    last: Query = _alive(facts, ctx.query)
    if (
        q.any_station
        and not (q.stations or q.flights or q.people or q.expeditions or q.pronouns)
        and q.events & {"land"}
        and q.asks
        and q.asks <= {"where", "when", "time"}
        and ("the", "station") in set(pairwise(q.tokens))
        and ctx.flights
        and facts.flights[ctx.flights[0]].station in facts.stations
    ):
        # "when did Skylab 4 land?" "where did the station itself come down in the end?":
        # the station that flight went to, not the flight again
        return q.copy(stations=[facts.flights[ctx.flights[0]].station], any_station=False,
                      from_context=True)  # fmt: skip
    step = _LATER.search(" ".join(q.tokens)) if q.claims and not (q.dates or last.dates) else None
    if step and step.group(3) in ("later", "after", "afterwards") and ctx.people:
        # "where did Glenn splash down?" "he flew again 36 years later, which mission?": a step
        # in time after the thread's flight, not a length claimed ("… again later")
        said = " ".join(q.tokens)
        toks = (said[: step.start()] + step.group(3) + said[step.end() :]).split()
        return _fill_from_context(facts, q.copy(claims=[], tokens=toks), ctx)
    # "the third guy", "the third crewmember": an ordinal said of one of a crew
    nth = int(q.rank) if q.rank.isdigit() else next(
        (ORDINAL_WORDS[a] for a, b in pairwise(q.tokens)
         if a in ORDINAL_WORDS and b in _CREW_MEMBER_NOUNS),
        0,
    )  # fmt: skip
    if (
        nth > 1
        and not (q.people or q.flights or q.expeditions or q.stations or q.dates)
        and not q.events & {"land"}  # ("the third person in the capsule when they landed")
        and "down" not in q.tokens
        and ctx.flights
        and len(ctx.named or ctx.people) == nth - 1
        and len(up := launch_crew(facts, facts.flights[ctx.flights[0]])) == nth
        and set(ctx.named or ctx.people) <= {s.person for s in up}
    ):
        # "the first men on the Moon?" (two of Apollo 11's three) "and the third guy, who
        # stayed in orbit?": the crewmate not yet named, not the third pilot ever to fly
        new = q.copy(rank="", rank_of="", flights=[ctx.flights[0]], people=[], claims=[])
        new.times = ""
        new.excluded = [*q.excluded, *(ctx.named or ctx.people)]
        new.from_context = True
        return new
    if (
        q.tokens[:2] == ["and", "when"]
        and last.asks == {"age"}
        and q.pronouns & {"male", "female"}
        and len(q.tokens) > 3
    ):
        # "how old was he when he walked on the Moon?" "and when he commanded STS-1?": his
        # age then, the question the last turn asked
        for p in q.parts:
            p.asks = {"age"}
    if (
        q.roles
        and any(a == "of" and b in ("them", "those") for a, b in pairwise(q.tokens))
        and not (q.flights or q.people or q.dates)
        and last.dates
        and (last.stations or last.any_station)
    ):
        # "who was on Mir on 4 July 1996?" "who of them was the commander?": that day's
        new = q.copy(stations=list(last.stations), any_station=last.any_station,
                     dates=list(last.dates))  # fmt: skip
        new.pronouns = set()
        new.from_context = True
        return new
    if (
        {"else", "other", "others"} & set(q.tokens)
        and q.asks <= {"who", "with"}
        and _UP_THERE.search(" ".join(q.tokens))
        and not (q.flights or q.dates or q.expeditions)
        and last.dates
        and last.dates[0].span.is_day
        and (last.stations or last.any_station)
        and q.pronouns <= {"male", "female", "plural"}
    ):
        # "who commanded the ISS on 14 March 2010?" … "who else was up there with him?":
        # everyone aboard that day but the people the thread named
        new = q.copy(stations=list(last.stations), any_station=last.any_station,
                     dates=list(last.dates), people=[])  # fmt: skip
        him = [p for p in ctx.people if facts.people[p].sex in q.pronouns]
        new.excluded = [*q.excluded, *him[:1]]
        new.parts = [Part({"who"}, set(), set())]
        new.pronouns = set()
        new.from_context = True
        return new
    if (
        q.asks <= {"handover", "when"}
        and "handover" in q.asks
        and "handover" in last.asks
        and not (q.people or q.flights or q.expeditions or q.dates)
        and q.pronouns <= {"thing"}
        and {"that", "this", "the"} & set(q.tokens)
    ):
        # "who came after her?" "when was that handover?": the handover just named, whose
        # answer gives its day
        new = last.copy()
        new.from_context = True
        return new
    dated = (
        _dated_follow_up(q, last, ctx)
        if not (q.people or q.flights or q.pronouns - {"thing"})  # ("did any of them…": theirs)
        else None
    )
    if dated is not None:
        return dated
    ctx = Context(
        flights=tuple(i for i in ctx.flights if i in facts.flights),
        people=tuple(i for i in ctx.people if i in facts.people),
        expeditions=tuple(i for i in ctx.expeditions if i in facts.expeditions),
        stations=tuple(i for i in ctx.stations if i in facts.stations),
        query=last,
        listed=tuple(i for i in ctx.listed if i in facts.people),
        listed_flights=tuple(i for i in ctx.listed_flights if i in facts.flights),
        named=tuple(i for i in ctx.named if i in facts.people),
        root=ctx.root,
        dated=ctx.dated,
        past_expeditions=ctx.past_expeditions,
        around=ctx.around,
    )
    if (
        any(a == "next" and b in ("crew", "crews") for a, b in pairwise(q.tokens))
        and q.events & {"launch", "arrive", "dock", "fly"}
        and not (q.people or q.flights or q.stations)
        and last.dates
        and last.dates[0].span.is_day
        and last.stations
    ):
        # "who was on the ISS on 4 July 2015?" … "when did the next crew launch?": the first
        # crew to go up to that station after that day
        day = last.dates[0].span.start + timedelta(days=1)
        new = q.copy(stations=list(last.stations), rank="first", rank_of="flight",
                     dates=[When(DateSpan(day, day, day.isoformat()), "after")])  # fmt: skip
        new.pronouns = set()
        new.parts = [Part((set(p.asks) - {"handover"}) or {"flight"}, set(p.events) or {"launch"},
                          set(p.roles)) for p in new.parts]  # fmt: skip
        new.from_context = True
        return new
    new_crew = any(a == "new" and b in ("crew", "crews", "ones", "guys", "arrivals", "team")
                   for a, b in zip(q.tokens, q.tokens[1:]))  # fmt: skip
    if new_crew and ctx.flights and ctx.flights[0] not in last.flights and not q.flights:
        # "who replaced them?" "when did the new crew arrive?": the crew the answer named
        last = last.copy(flights=[ctx.flights[0]], people=[])
        ctx = ctx._replace(query=last, named=())
    if (
        (q.nat or q.nat_not)
        and not (q.people or q.flights or q.stations or q.dates or q.rank)
        and (
            {"crew", "crews", "side"} & set(q.tokens)
            # "and the Soviets?": the nation alone, asked of the same flights
            or (len(q.tokens) <= 4 and not any(p.asks - {"who"} or p.events for p in q.parts))
        )
        and (last.flights or ctx.flights)
        and not (last.rank and not last.flights)  # ("and by an American?" after a record)
    ):
        # "who flew on the Soviet side of Apollo-Soyuz?" "and the American crew?": those of
        # that nation on the thread's flights
        root = list(ctx.root.flights) if ctx.root is not None else []
        thread = list(dict.fromkeys([*last.flights, *ctx.flights, *root]))[:3]
        if not any(p.asks or p.roles for p in q.parts) and any(
            p.asks - {"who"} for p in last.parts
        ):
            # "when did the Soyuz land?" "what about on the American side?": the last
            # question, of the thread's flight that side flew
            from .execute import person_ok

            theirs = [f for f in thread
                      if (crew := [s.person for s in facts.seats_by_flight.get(f, [])])
                      and all(person_ok(facts, q, x) for x in crew)]  # fmt: skip
            if len(theirs) == 1:
                again = last.copy(raw=q.raw, unparsed=q.unparsed, flights=theirs, people=[])
                again.programs = set()
                again.from_context = True
                return again
        return q.copy(flights=thread, from_context=True)
    bare = [w for w in q.unparsed if re.fullmatch(r"\d{1,3}[a-z]?", w)]
    if bare and not q.flights:
        # "which two Gemini flights met up?" "who flew 6a?": that number of the thread's
        # family of flights (Gemini 6A)
        families = {re.sub(r"[\s-]*\d+[A-Za-z]?$", "", facts.flights[f].name)
                    for f in (*ctx.flights, *ctx.listed_flights) if f in facts.flights}  # fmt: skip
        names = {fold(f"{fam} {bare[0]}"): fam for fam in families}
        hit = [f.id for f in facts.flights.values() if fold(f.name) in names]
        if len(hit) == 1:
            q.flights.append(hit[0])
            q.unparsed = [w for w in q.unparsed if w != bare[0]]
    months = [w for w in q.unparsed if w in MONTHS and w != "may"]
    years = {d.span.start.year for d in last.dates} | {d.span.end.year for d in last.dates}
    if months and not q.dates and len(years) == 1:
        # "… aboard Mir during 1997?" "who was there when it was hit in June?": June 1997
        first = date(years.pop(), MONTHS[months[0]], 1)
        end = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
        q.dates.append(When(DateSpan(first, end, f"{months[0]} {first.year}")))
        q.unparsed = [w for w in q.unparsed if w != months[0]]
    if (
        q.compare in ("longer", "shorter", "earlier", "later")
        and len(q.flights) == 1
        and not q.people
        and ctx.flights
        and ctx.flights[0] != q.flights[0]
        and (
            {"that", "it", "this", "theirs", "they", "ours", "hers", "his"} & set(q.tokens)
            # "was their mission longer than Shenzhou 12's?"
            or any(
                a in ("their", "her", "his") and b in ("mission", "flight", "trip")
                for a, b in pairwise(q.tokens)
            )  # fmt: skip
        )
    ):
        # "how long was Crew-1?" "how many days longer was that than Demo-2?": the thread's
        # flight against the one named
        return q.copy(flights=[ctx.flights[0], q.flights[0]], from_context=True)
    annual = [w for w in q.dates if w.span.annual]
    if annual and len(years) == 1 and not {"any", "ever", "years", "year"} & set(q.tokens):
        # "who was aboard Mir on New Year's Day 1995?" "and on Christmas Day?": that year's
        day = _safe_day(years.pop(), annual[0].span.start)
        if day is not None:
            q.dates = [When(DateSpan(day, day, day.isoformat()), annual[0].op)
                       if w is annual[0] else w for w in q.dates]  # fmt: skip
    elif annual and not q.pronouns and not (q.people or q.flights or q.expeditions):
        return None  # "did any crews come home on 14 May?": every year's, not the thread's
    asks_something = any(q.parts) or q.agg in ("count", "yesno") or q.rank
    if (
        "walk" in q.events
        and {"them", "there"} & set(q.tokens)
        and not (q.people or q.flights)
        and (last.flights or ctx.flights)
    ):
        # "which of them did the first spacewalk out there?": on the thread's flight
        return q.copy(
            flights=list(last.flights or ctx.flights)[:1],
            stations=[],
            any_station=False,
            from_context=True,
        )
    toks = q.tokens
    set_aside = _set_aside(toks)
    thread = list(last.flights or ctx.flights)
    if set_aside and not q.flights and not q.people and thread:
        # "who commanded STS-88?" "who was on board besides him?": the rest of that crew
        who = list(ctx.named or last.people)
        if set_aside[0] != "them":
            who = [
                p
                for p in who
                if facts.people[p].sex == ("female" if set_aside[0] == "her" else "male")
            ][:1]
        new = q.copy(flights=thread[:1], people=[], excluded=[*q.excluded, *who])
        new.pronouns = set()
        new.from_context = True
        return new
    if (
        "duration" in q.asks
        and {"after", "before", "since"} & set(q.tokens)
        and {"that", "it", "this", "they", "he", "she"} & set(q.tokens)
        and len(q.people) + len(q.flights) == 1
        and ctx.flights
        and ctx.flights[0] not in q.flights
        and not any(s.person in q.people for s in facts.seats_by_flight.get(ctx.flights[0], []))
    ):
        # "how many years after Rakesh Sharma's flight was that?", "how many days after
        # Polaris Dawn came back did they launch?": from that to the thread's flight
        return q.copy(flights=[*q.flights, ctx.flights[0]], from_context=True)
    if (
        q.agg == "count"
        and not _subject_kind(q)
        and not q.has_filters()
        and not q.rank
        and not q.asks - {"who"}
        and q.events <= {"aboard", "fly"}
        and not q.pronouns & {"male", "female"}
        and last.dates
        and (last.stations or last.any_station)
        and not (last.people or last.flights or last.expeditions)
        and last.agg in ("one", "list")
    ):
        # "the ISS on 1 January 2010?" "how many aboard?": the thread's question counted,
        # not whether those listed ever flew together
        # (the people aboard, not the commander the thread asked for)
        again = last.copy(raw=q.raw, agg="count", unparsed=q.unparsed,
                          parts=[Part(set(), set(q.events) or {"aboard"}, set())])  # fmt: skip
        again.from_context = True
        return again
    if (
        q.outcome
        and "other" in q.tokens
        and not _subject_kind(q)
        and not q.pronouns & {"male", "female", "plural"}
        and ctx.flights
    ):
        # "… Challenger" "and the other shuttle we lost, when was that?": a loss of its own,
        # not the thread's flight
        return q.copy(excluded=[*q.excluded, *ctx.flights[:1]], from_context=True)
    if (
        "story" in q.asks
        and not _subject_kind(q)
        and not q.pronouns & {"male", "female", "plural"}
        and (last.stations or last.any_station)
    ):
        # "… aboard Mir in 1997?" "who was there when the Progress hit it in June?": an event
        # at the thread's station and time, not the people just listed
        return q.copy(
            stations=list(q.stations or last.stations),
            dates=q.dates or last.dates,
            from_context=True,
        )
    if (
        "same" in q.tokens
        and {"day", "date"} & set(q.tokens)
        and q.dates
        and last.dates
        and last.dates[0].span.is_day
        and not _subject_kind(q)
        and not q.pronouns
    ):
        # "and on the same day in 2015?": the last question again, on that day of that year
        d, year = last.dates[0].span.start, q.dates[0].span.start.year
        try:
            day = d.replace(year=year)
        except ValueError:  # 29 February in a year without one
            day = None
        if day is not None:
            again = last.copy(raw=q.raw, unparsed=q.unparsed)
            again.dates = [When(DateSpan(day, day, day.isoformat()), last.dates[0].op)]
            again.from_context = True
            return again
    pron = q.pronouns
    toks = q.tokens
    if (
        (q.rank in ("first", "last") or q.rank.isdigit())
        and q.orbital
        and not (q.flights or q.people or q.stations or pron)
        and not _POINTING_WORDS & set(toks)
    ):
        return None  # "… and the 2nd guy to actually orbit?": a ranking of its own (Titov)
    if (
        q.rank in ("youngest", "oldest")
        and {"crew", "crewmember", "crewmate"} & set(toks)
        and not (q.flights or q.people or q.stations or q.dates or q.has_filters() or pron)
        and len(ctx.flights) == 1
        and ctx.flights[0] in facts.flights
    ):
        # "who commanded Inspiration4?" "who was the youngest crew member?": of that crew
        return q.copy(flights=list(ctx.flights), pronouns={"plural"}, from_context=True)
    if (
        q.rank in ("longest", "shortest", "youngest", "oldest", "most")
        and (q.nat or q.sex or q.kinds or q.occupations)
        and not (q.flights or q.people or pron or toks[:1] == ["and"])
        and not _POINTING_WORDS & set(toks)
    ):
        return None  # "longest single flight by an American?" after a record: a record itself
    if (
        (q.rank in ("first", "last") or q.rank.isdigit())
        and q.stations
        and not (q.flights or q.people)
        and pron <= {"plural"}
        and {"crew", "crews"} & set(toks)
    ):
        return None  # "when did the last Skylab crew come home and who were they?": itself
    if (
        q.flights
        and not q.people
        and pron == {"plural"}
        and {"crew", "crews"} & set(toks)
        and {"they", "them"} & set(toks)
        and q.asks == {"who"}
    ):
        return None  # "now the Shenzhou 14 crew — who were they?": "they" are that crew
    # "to do it", "the second woman who did that?" (the verb is the last question's), not
    # "when did it launch?"
    did_it = any(
        a in ("do", "did", "done", "doing")
        and b in ("it", "that", "so", "same", "this")
        and (a != "did" or toks[i + 2 : i + 3] in ([], ["too"], ["also"], ["next"], ["after"]))
        for i, (a, b) in enumerate(pairwise(toks))
    )
    if did_it and q.rank and not _subject_kind(q) and last is not None and last.rank:
        # "who was the first woman to command a Shuttle?" "and the second woman to do it?":
        # the last question again, ranked anew
        again = last.copy(raw=q.raw, unparsed=q.unparsed, people=[], flights=[])
        again.rank, again.place = q.rank, q.place
        again.sex, again.nat = q.sex or last.sex, q.nat or last.nat
        # ("the first NASA astronaut to do that?": each filter said anew replaces the last's)
        if q.nat:
            again.nat_label, again.nat_not = q.nat_label, set()
        again.kinds, again.agencies = q.kinds or last.kinds, q.agencies or last.agencies
        again.occupations = q.occupations or last.occupations
        if q.agencies and not q.nat:
            again.nat, again.nat_label = set(), ""
        if (q.nat or q.sex) and not q.agencies:
            again.agencies = set()
        again.from_context = True
        return again
    if (
        q.rank in ("longest", "shortest", "oldest", "youngest", "last", "most")
        and (q.stations or q.programs)
        and not (q.people or q.flights or q.expeditions)
        and pron <= {"thing", "one"}
        and not any(a == "that" and b in ("last", "first") for a, b in pairwise(q.tokens))
        # (nor "the last crew to visit it and on which Soyuz?": "it" is the thread's station)
        # ("which Soyuz carried its last crew?" after Mir's end: "its" is Mir's too)
        and not ({"it", "its"} & set(q.tokens) and ctx.stations and not q.stations)
    ):  # (but "on that last one" is the thread's flight)
        return None  # "the longest Skylab mission - who was in charge of that one?"
    if "one" in pron and any(a in ("do", "did", "make", "made", "done") and b == "one"
                             for a, b in pairwise(q.tokens)):  # fmt: skip
        pron = pron - {"one"}  # "the first American to do one": one of what was asked, not a pick
    if q.outcome and not _subject_kind(q) and ctx.flights:
        # "what date was the abort?": the thread's flight that had one
        from .execute import outcome_is

        hit = [f for f in ctx.flights if outcome_is(facts.flights[f], q.outcome)]
        if hit and hit[0] != ctx.flights[0]:
            return q.copy(flights=hit[:1], from_context=True)
    same_time = {"same", "time"} <= set(q.tokens) or bool(
        {"simultaneously", "meanwhile"} & set(q.tokens)
    )
    ref = list(ctx.flights[:1])
    if not ref and ctx.people:  # "how old was she?" "who else was up at the same time?"
        trips = facts.trips_by_person.get(ctx.people[0], [])
        ref = [trips[0].up_flight] if len(trips) == 1 else []
    asks_who = "who" in q.asks or (
        q.agg == "yesno" and {"anyone", "anybody", "somebody", "someone"} & set(q.tokens)
    )
    if same_time and asks_who and not q.dates and not _subject_kind(q) and ref:
        # "who else was in orbit at the same time?": in space while the thread's flight was
        f = facts.flights[ref[0]]
        if f.launch and f.landing:
            a, b = f.launch.dt.date(), f.landing.dt.date()
            new = q.copy(
                stations=[], any_station=False, flights=[], people=[], tokens=[*q.tokens, "space"]
            )  # in space, not only aboard a station
            new.dates = [When(DateSpan(a, b, f"{a.isoformat()} to {b.isoformat()}"))]
            new.excluded = [s.person for s in facts.seats_by_flight.get(f.id, [])]
            new.from_context = True
            return new
    if (
        q.rank in ("first", "last")
        and {"two", "both"} & set(q.tokens)
        and "of" in q.tokens
        and {"which", "who"} & set(q.tokens)
        and len(ctx.flights) >= 2
        and not _subject_kind(q)
    ):
        # "which of the two landed first?": the two flights in play, compared
        new = q.copy(flights=list(ctx.flights)[:2], people=[], rank="",
                     compare="earlier" if q.rank == "first" else "later")  # fmt: skip
        new.from_context = True
        return new
    # a bare number after an expedition question: "who took over from her on 51?"
    numbers = [w for w in q.unparsed if w.isdigit()]
    if numbers and (last.expeditions or ctx.expeditions):
        station = facts.expeditions[(last.expeditions or list(ctx.expeditions))[0]].station
        e = facts.expedition_by_number.get((station, int(numbers[0])))
        if e:
            q.unparsed = [w for w in q.unparsed if w != numbers[0]]
            q.expeditions.append(e.id)
            for p in q.parts:
                p.asks.discard("number")
    kind = _subject_kind(q)
    if kind == "spacecraft" and pron <= {"thing"} and not set(ctx.flights) & set(q.spacecraft):
        return None  # "who was on Challenger when it blew up?": "it" is Challenger
    if (
        q.moon
        and not pron
        and not kind
        and not (
            not q.rank
            and q.agg == "one"
            and any(f in facts.moon_landings for f in ctx.flights[:1])
            and (
                # "when did Apollo 11 launch?" "and the landing on the Moon?": a fragment
                # about the thread's Moon flight
                (q.tokens[:1] == ["and"] and not QUESTION_WORDS & set(q.tokens))
                # "who walked on the Moon on Apollo 15?" "what was the lunar module
                # called?": the thread's flight's lander, said with "the"
                or _THE_LANDER.search(" ".join(q.tokens))
            )
        )
    ):
        return None  # "how many people have walked on the Moon?": complete as it stands
    thread_flight = _thread_flight(facts, q, ctx) if kind == "people" and not pron else None
    if kind == "people" and not pron and not q.dates and (mine := _next_of_hers(facts, q, ctx)):
        return mine  # "when did Tracy Caldwell fly next?": after the thread's flight of hers
    if (
        kind == "people"
        and len(q.people) == 1
        and q.agg == "yesno"
        and "again" in q.tokens
        and not q.flights
        and not q.dates
    ):
        # "did Kubasov fly again after that?": after his flight the thread is about
        thread_flight = _flight_of(facts, q.people[0], ctx) or thread_flight
    if kind == "people" and len(q.people) == 1 and q.rank == "previous" and pron <= {"thing"}:
        # "and Kizim's flight before that, how long was it?": his last trip before the
        # thread's flight
        here = _flight_of(facts, q.people[0], ctx)
        before = _before_launch(facts, here) if here else None
        if before:
            return q.copy(dates=[before], rank="last", pronouns=set(), from_context=True)
    if (
        kind == "people"
        and len(q.people) == 1
        and not pron
        and "back" in q.tokens
        and "fly" in q.events
        and q.agg == "one"
        and not (q.flights or q.dates or q.rank)
        and (here := _flight_of(facts, q.people[0], ctx)) is not None
        and facts.flights[here].launch
    ):
        # "what did Ryumin land in?" "when did Ryumin go back to the station?": his first
        # flight after the thread's one
        day = facts.flights[here].launch.dt.date() + timedelta(days=1)
        return q.copy(
            rank="first",
            dates=[When(DateSpan(day, day, day.isoformat()), "after")],
            from_context=True,
        )
    if kind and asks_something and not pron:
        if thread_flight:
            # "when did Krikalev land?" in a thread about Soyuz TM-12: that trip of his
            return q.copy(flights=[thread_flight], from_context=True)
        there = _trip_there(facts, q, last) if kind == "people" else None
        if there:
            # "who was aboard Mir when Progress hit Spektr?" "how did Foale get there?": his
            # trip to that station
            return q.copy(flights=[there], from_context=True)
        return None  # a new subject and its own question: start afresh
    if kind and not asks_something and not pron:
        # "and expedition 43?": the last question about the new subject; after a chain of
        # pronoun follow-ups ("who took over from her?", "and who followed him?") the
        # thread's own question, the one that named its subject
        if (
            last.from_context
            and ctx.root is not None
            and _subject_kind(last) != kind
            and _subject_kind(ctx.root) == kind
        ):
            last = _alive(facts, ctx.root)
        new = last.copy(flights=[], people=[], expeditions=[], stations=[], modules=[],
                        spacecraft=[], raw=q.raw, unparsed=q.unparsed)  # fmt: skip
        setattr(new, kind, list(getattr(q, kind)))
        if thread_flight:
            new.flights = [thread_flight]  # "and Savinykh?": his trip on the thread's flight
        if kind != "stations":
            new.stations = list(q.stations) or [s for s in last.stations if kind != "people"]
        new.dates = q.dates or (last.dates if kind == "stations" else [])
        new.from_context = True
        return new
    if not kind and not asks_something and (q.dates or q.nat or q.sex or q.programs or q.times):
        if (
            q.dates
            and last.from_context
            and ctx.root is not None
            and ctx.root.dates
            and (ctx.root.stations or ctx.root.any_station)
        ):
            # "who was aboard Tiangong on 15 January 2023?" "who was the commander?" "and
            # on 15 July 2023?": the thread's dated question, not the crew's follow-up
            last = _alive(facts, ctx.root)
        new = last.copy(raw=q.raw, unparsed=q.unparsed)
        new.dates = q.dates or last.dates
        if q.dates and {"only", "just", "those", "these"} & set(q.tokens):
            # "… up to the end of 2024?" "only the ones from 2021 on?": both bounds hold
            new.dates = [*last.dates, *q.dates]
        new.nat, new.sex = q.nat or last.nat, q.sex or last.sex
        new.programs = q.programs or last.programs
        new.times = q.times or last.times  # "did he command the ISS?" "more than once?"
        new.from_context = True
        return new
    if (
        (q.asks == {"station"} or (q.any_station and not q.asks and not q.events))
        and not (q.people or q.flights or q.stations or q.rank or q.roles)
        and (last.flights or ctx.flights)
        and {"the", "that", "this"} & set(q.tokens)
        and {"what", "which"} & set(q.tokens)
        and not {"who", "them", "commanded", "command"} & set(q.tokens)
    ):
        # "which crew first lived aboard a space station?" (Soyuz 11) "what was the
        # station?": that flight's station, not the station ranking again
        new = q.copy(flights=list(last.flights or ctx.flights)[:1], any_station=False)
        new.parts = [Part({"station"}, set(), set())]
        new.from_context = True
        return new
    if kind and not pron:
        return None
    if (
        not kind
        and not pron
        and not asks_something
        # ("who walked on the Moon on Apollo 12?" "what was the LM called?": the thread's
        # flight's lander, said with "the", asks its name)
        and not (q.moon and _THE_LANDER.search(" ".join(q.tokens)))
    ):
        return None
    # fill the subject
    new = q.copy()
    new.from_context = True
    # a thread on a spacewalk stays on it through "who was out there with her?"
    walk_thread = "walk" in last.events or (
        ctx.root is not None and "walk" in ctx.root.events and not last.events - {"aboard", "walk"}
    )
    if (
        walk_thread
        and (not q.events or (q.events == {"aboard"} and "out" in q.tokens))  # "out there"
        and q.asks
        and q.asks <= {"duration", "when", "time", "where", "station", "total"}
        and not (q.asks & {"total"} and "space" in q.tokens)  # "total time in space"
    ):
        # "the first woman to spacewalk?" "how long was she out there?": that walk
        new.parts = [Part(set(p.asks), {"walk"}, set(p.roles)) for p in new.parts]
    if (
        "charge" in q.tokens
        and q.roles <= {"commander"}
        and not pron & {"male", "female"}
        and ctx.expeditions
        and not kind
    ):
        # "who was in charge?" in a thread about the first ISS crew: the station's command
        new.expeditions, new.flights = list(ctx.expeditions)[:1], []
        new.parts = [Part({"who"}, set(), {"commander"})]
        return new
    if (
        q.rank == "first"
        and (q.nat or q.sex or q.kinds or q.occupations)
        and pron & {"thing", "one"}
        and not pron & {"male", "female", "plural"}
        and not q.people
        and (last.flights or ctx.flights)
    ):
        # "the first Canadian was on that one, right?": whether the first of that kind
        # flew on the thread's flight
        new.flights = q.flights or list(last.flights or ctx.flights)[:1]
        new.agg = "yesno"
        new.parts = [Part(set(), {"fly"}, set())]
        return new
    if last.moon and not q.events and q.asks & {"when", "where", "time", "duration"}:
        new.moon = True  # "where did Apollo 15 land on the Moon?" "and when?": there too
    if (
        not kind
        and not q.dates
        and last.dates
        and (last.stations or last.any_station)
        and ("then" in q.tokens or "the time" in " ".join(q.tokens) or q.any_station)
        and "who" in q.asks
        and not q.rank
    ):
        # "… in June 1997. Who was on the station at the time?": that station, that date
        new.stations, new.any_station = list(last.stations), last.any_station
        new.dates = list(last.dates)
        return new
    if (
        not pron
        and not kind
        and last.dates
        and (last.stations or last.any_station)
        and (q.roles or "expedition" in q.asks)
    ):
        # "who was aboard the ISS on 1 Jan 2010?" "who was in command?": that station, that day
        new.stations, new.any_station = list(last.stations), last.any_station
        new.dates = q.dates or list(last.dates)
        return new
    if last.compare and ctx.flights:
        last = last.copy(flights=list(ctx.flights))  # "the longer one": the answer's winner first
    if not new.events and last.events and (new.asks & {"when", "where", "time"} or new.places):
        for p in new.parts:  # "when was that?": the event the last answer was about
            if not p.roles or len(new.parts) == 1:  # ("…, and who was his commander?": a seat)
                p.events |= last.events
    if (
        q.rank in ("oldest", "youngest")
        and "who" in q.asks
        and not kind
        and ctx.flights
        and ({"board", "aboard", "onboard"} & set(q.tokens) or q.tokens[-2:] == ["the", "crew"])
    ):
        # "how long was STS-80?" "who was the oldest guy on board?": of that flight's crew
        new.flights = list(ctx.flights[:1])
        return new
    if (
        q.rank in ("most", "longest", "fewest", "shortest", "oldest", "youngest")
        and "who" in q.asks
        and not pron
        and not kind
        and not {"them", "those", "these"} & set(q.tokens)
    ):
        return None  # "and who has the most total time in space?": a record of its own
    listed_now = list(ctx.listed) or list(ctx.people)
    if (
        q.rank == "previous"
        and "one" in pron
        and listed_now
        and (q.nat or q.sex or q.kinds or q.occupations)
    ):
        # "which soyuz did the italian one fly on before that?": that person's trip before
        from .execute import person_ok

        hits = [p for p in listed_now if person_ok(facts, q, p)]
        ref = list(last.flights or ctx.flights)[:1]
        before = _before_launch(facts, ref[0]) if ref else None
        if len(hits) == 1 and before:
            new.people, new.flights, new.rank = hits, [], "last"
            new.nat, new.sex, new.kinds = set(), "", set()
            new.dates = [before]
            new.excluded = []
            if not any(p.asks for p in new.parts):
                new.parts = [Part({"flight"}, {"fly"}, set())]
            return new
    if (
        q.rank in ("next", "previous")
        and not kind
        and not pron - {"plural"}  # ("… and when did they launch?": the one found)
        and (q.kinds or q.occupations or q.nat or q.sex)
        and len(ctx.people) == 1
        and list(last.people) in ([], list(ctx.people))
        and not q.flights
        and _next_described(q.tokens)
    ):
        # "who was the first Indian in space?" … "who was the next Indian to fly?": the next
        # person of that description after the one the thread found, not the next flight
        return q.copy(people=list(ctx.people), from_context=True)
    if (
        q.rank in ("next", "previous")
        and not kind
        and not (
            (
                q.kinds
                or q.occupations
                or q.nat
                or q.sex
                or q.agg in ("count", "yesno")
                or "again" in q.tokens
                or q.asks & {"flight", "flights"}
                or q.events & {"fly", "launch"}  # "when did he fly next?": his next flight
                or q.roles  # "what did he command after that?": his next command
            )
            and pron & {"male", "female"}
        )
    ):  # "the next one"; but "the next tourist after him" or "how many times had he flown
        # before that?" are about that person
        return _neighbour(facts, new, last, ctx)
    if (
        q.rank
        and not pron
        and (q.sex or q.nat or q.kinds or q.occupations or q.agencies)
        and not (q.asks - {"who"})
        and not any(p.events - {"aboard"} or p.roles for p in q.parts)  # its own deed
        and ctx.root is not None
    ):
        if ctx.root.people:
            return None  # the thread was about someone: "who was the first woman?" stands alone
        # "who was the second person in space?" … "and who was the first woman?": the
        # thread's own question again, ranked and narrowed anew
        root = _alive(facts, ctx.root)
        again = root.copy(
            raw=q.raw,
            unparsed=q.unparsed,
            rank=q.rank,
            rank_of=q.rank_of or root.rank_of,
            tokens=list(q.tokens),  # its own words name any recorded first
        )
        again.sex, again.nat = q.sex or root.sex, q.nat or root.nat
        again.kinds, again.agencies = q.kinds or root.kinds, q.agencies or root.agencies
        again.occupations = q.occupations or root.occupations
        again.from_context = True
        return again
    superlative = ("longest", "shortest", "most", "fewest", "youngest", "oldest")
    ranked = last if last.rank else ctx.root if ctx.root is not None and ctx.root.rank else None
    if (
        q.rank.isdigit()
        and ranked is not None
        and ranked.rank in superlative
        and not kind
        and not pron
        and not q.has_filters()
    ):
        # "the longest single spaceflight?" … "who is in second place?": that ranking's
        # second place, not the second flight
        again = _alive(facts, ranked).copy(raw=q.raw, unparsed=q.unparsed, place=int(q.rank))
        again.from_context = True
        return again
    if (
        ranked is not None
        and ranked.rank in superlative
        and not kind
        and not pron - {"thing", "one"}
        and not q.has_filters()
        and len(q.tokens) <= 8
        and (
            # "which orbiter flew the most missions?" "and which one flew the fewest?": the
            # same ranking the other way
            (OPPOSITE.get(ranked.rank) == q.rank and not q.asks - {"who", "flight", "vehicle"})
            # "which woman made the most spacewalks?" "how many?": the count its answer gives
            or (q.agg == "count" and not q.rank and not q.asks and not q.events
                and set(q.tokens) <= {"how", "many", "and", "so", "then", "exactly", "times"})
        )
    ):  # fmt: skip
        again = _alive(facts, ranked).copy(raw=q.raw, unparsed=q.unparsed,
                                           rank=q.rank if q.rank in superlative else ranked.rank)  # fmt: skip
        again.from_context = True
        return again
    root = ctx.root if ctx.root is not None and ctx.root.rank in ("first", "last") else None
    if (
        q.rank in ("first", "last")
        and (not last.rank or not last.from_context)  # the thread's question, or one after it
        and root is not None
        and root.rank != q.rank
        and "crew" in q.tokens
        and not kind
        and not pron - {"plural", "thing"}
        and not any(p.events - {"aboard"} for p in q.parts)  # ("the last crew up there?")
        and not q.has_filters()
    ):
        # "who were the first people to live on Skylab?" "how long were they up?" "what
        # about the last crew?": the thread's ranked question, ranked the other way; "what
        # about the first crew - who commanded that?" asks its own of that crew
        again = _alive(facts, root).copy(raw=q.raw, unparsed=q.unparsed, rank=q.rank)
        if any(p.asks - {"who"} or p.roles for p in q.parts):
            again.parts = [Part(set(p.asks), set(p.events), set(p.roles)) for p in q.parts]
        again.from_context = True
        return again
    if (
        q.rank
        and last.rank
        and not kind
        and not pron
        and not any(p.asks - {"who"} or p.events or p.roles for p in q.parts)
        and not q.has_filters()
    ):
        # "who was the first woman to command the ISS?" "and the second?": the same
        # question, ranked anew (Whitson's first flight → her second flight alike)
        again = last.copy(raw=q.raw, unparsed=q.unparsed, rank=q.rank)
        again.from_context = True
        return again
    if "thing" in pron and "expedition" in last.asks and ctx.expeditions and not kind:
        new.expeditions = list(ctx.expeditions)[:1]  # "who commanded it?": the expedition
        new.flights = []
        return new
    if "thing" in pron and last.expeditions and not last.flights and not kind and "who" in q.asks:
        # "who commanded Expedition 30?" "who else was on it?": its crew, but him
        new.expeditions, new.flights, new.people = list(last.expeditions)[:1], [], []
        if {"else", "other", "others"} & set(q.tokens):
            new.excluded = [*q.excluded, *ctx.named]
        return new
    listed = list(ctx.listed) or list(ctx.people)
    of_them = any(a == "of" and b in ("them", "those", "these") for a, b in pairwise(q.tokens))
    toks = q.tokens
    # "and the shortest of the three?": of the ones listed, counted
    n_listed = {str(len(ctx.listed_flights))} | {
        w for w, n in WORD_NUMBERS.items() if n == len(ctx.listed_flights)
    }
    of_them = of_them or any(
        toks[i : i + 2] == ["of", "the"] and toks[i + 2] in n_listed for i in range(len(toks) - 2)
    )
    bare_pick = (
        bool(ctx.listed_flights)
        and not q.has_filters()
        and pron <= {"one"}
        and q.agg != "yesno"
        and not any(p.asks - {"flight", "who"} or p.roles for p in q.parts)
        and not any(
            p.events - {"launch", "land"} or (p.events and "who" in p.asks) for p in q.parts
        )
    )  # "which was the first?" "and the last?", "and last landing?" after a list of flights
    if (
        (q.nat or q.sex or q.kinds or q.occupations)
        and ("one" in pron or "which" in q.tokens)
        and len(ctx.listed_flights) >= 2
        and not (q.people or q.flights or q.rank)
    ):
        # "how many Axiom missions flew?" "which one carried someone from India?": the one
        # of those flights with such a person aboard
        from .execute import person_ok

        hits = [f for f in ctx.listed_flights
                if any(person_ok(facts, q, s.person) for s in facts.seats_by_flight.get(f, []))]  # fmt: skip
        if len(hits) == 1:
            new.flights, new.people, new.rank = hits, [], ""
            new.nat, new.nat_label, new.sex, new.kinds, new.occupations = (
                set(),
                "",
                "",
                set(),
                set(),
            )
            new.agg = "one"
            if not any(p.asks - {"payload", "flight", "who"} for p in new.parts):
                new.parts = [Part({"flight"}, set(), set())]  # ("carried": aboard, no cargo)
            return new
    # "which orbiter flew the fewest missions?" "what was its last mission?": the craft's
    # flights the answer listed, in order
    its_craft = (
        "its" in q.tokens
        and bool({"mission", "flight", "missions", "flights"} & set(q.tokens))
        and len(ctx.listed_flights) >= 2
        and last.rank in ("most", "fewest")
        and not q.has_filters()
    )
    picked = _pick_from_listed(facts, q, new, ctx, of_them or "one" in pron or "ones" in q.tokens)
    if picked is not None:
        return picked
    # "the first one", "the 2nd one": the rank says which one; not "when did she first
    # command one?", where "one" is a craft of the kind she commanded
    ranked_one = "one" in pron and any(
        t in ("one", "ones") and i > 0 and not _RANK_OBJECT.match(q.tokens[i - 1])
        for i, t in enumerate(q.tokens)
    )
    if (
        q.rank
        and (q.rank.isdigit() or q.rank in ("first", "last"))
        and (ranked_one or (of_them and ctx.listed_flights) or bare_pick or its_craft)
        and not (q.people or q.flights)
    ):
        # flights from earlier turns are kept newest first: "the second one" counts them in
        # the order they came up ("when did Skylab 2 launch?" "and Skylab 3?")
        pool = list(ctx.listed_flights) or listed or list(reversed(ctx.flights))
        n = {"first": 1, "last": len(pool)}.get(q.rank) or int(q.rank)
        if len(pool) < n and last.rank in ("first", "last") and q.rank.isdigit() and not kind:
            # "who was the first woman in space?" "what about the second one?": the last
            # question ranked anew, not a pick from its one answer
            again = last.copy(raw=q.raw, unparsed=q.unparsed, rank=q.rank)
            again.from_context = True
            return again
        if len(pool) < n:
            return "I don't have that many in the last answer. Which one do you mean?"
        pick = pool[n - 1]
        new.rank = ""
        if pick in facts.people:
            new.people = [pick]
            if last.stations and not (q.stations or q.flights or q.dates):
                # "how many Americans stayed on Mir?" "who was the first one?": the one on
                # Mir, so "how did he get up there?" is his trip to it
                new.stations = list(last.stations)
            if not any(new.parts):
                new.parts = [Part(set(p.asks), set(p.events), set(p.roles)) for p in last.parts]
        else:
            new.flights = [pick]
            new.people = []
            new.agg = "one" if new.agg == "count" else new.agg
            if (
                not any(p.asks or p.events for p in new.parts)
                and last.agg == "one"
                and not last.asks & {"flight", "flights"}
            ):
                # "how long were they up?" "and the first one I mentioned?": the same question
                new.parts = [Part(set(p.asks), set(p.events), set(p.roles)) for p in last.parts]
        return new
    if (
        (
            "one" in pron
            or "plural" in pron
            or ("the" in q.tokens and not (q.rank or pron - {"thing"}))
        )
        and listed
        and (q.nat or q.sex or q.kinds or q.occupations or q.agencies)
        and not kind
        and not (q.agg == "count" and "thing" in pron)  # "how many women on that one?"
    ):  # "the Italian one", "the American" of the people the last answer named
        from .execute import person_ok

        hits = [p for p in listed if person_ok(facts, q, p)]
        if not hits and not q.rank:
            # "how long was the American up there?" after a landing crew without him: the
            # one of that description earlier in the thread
            hits = [p for p in ctx.people if p not in listed and person_ok(facts, q, p)]
            hits = hits if len(hits) == 1 else []
        if not hits and (last.flights or ctx.flights):
            # "who commanded Shenzhou 19?" "who was the woman on that crew?": of its crew,
            # asked of the flight
            fid = list(last.flights or ctx.flights)[0]
            if any(person_ok(facts, q, s.person) for s in facts.seats_by_flight.get(fid, [])):
                new = q.copy(flights=[fid])
                new.pronouns = set()
                new.from_context = True
                return new
        if not hits:
            return None
        if (
            len(hits) > 1
            and q.asks <= {"who"}
            and ctx.flights
            and set(hits) <= set(everyone_aboard(facts, ctx.flights[0]))
        ):
            # "who were the paying customers?" (three of Ax-1's four): those of its crew, not
            # the first one's life story
            new = q.copy(flights=[ctx.flights[0]])
            new.pronouns = set()
            new.from_context = True
            return new
        new.people = hits[:1] if len(hits) == 1 else hits
        new.nat, new.sex, new.kinds, new.agencies = set(), "", set(), set()
        if len(hits) == 1 and last.dates and not (q.dates or q.flights):
            # picked from who was aboard on a date: their trip of that date
            span = last.dates[0].span
            new.flights = [
                t.up_flight for t in _trips_during(facts, hits[0], span.start, span.end)
            ][:1]
        if not any(p.asks or p.events for p in new.parts):
            new.parts = [Part({"who"}, set(), set())]
        return new
    if {"male", "female"} <= pron and q.compare and not q.people:
        # "did he stay longer than her?" (Bykovsky, Tereshkova): the man and the woman of
        # the thread, each on the trip that was in play
        pool = list(dict.fromkeys([*ctx.named, *last.people, *ctx.people]))
        he = [p for p in pool if facts.people[p].sex == "male"]
        she = [p for p in pool if facts.people[p].sex == "female"]
        if len(set(he[:1] + she[:1])) == 2:
            first_he = next((i for i, t in enumerate(q.tokens) if t in ("he", "him", "his")), 0)
            first_she = next((i for i, t in enumerate(q.tokens) if t in ("she", "her", "hers")), 0)
            pair = [he[0], she[0]] if first_he <= first_she else [she[0], he[0]]
            new.people, new.flights, new.pronouns = pair, [], set()
            if last.dates and not q.dates:  # each one's trip of the time the thread is on
                new.dates = list(last.dates)
            return new
    sex = "female" if "female" in pron else "male" if "male" in pron else ""
    if sex and q.compare and len(q.people) == 1 and q.before_mention.get(q.people[0]) == "than":
        # "was his flight longer than Mark Vande Hei's?" (Kelly's thread): "he" is the
        # thread's man, compared with the one named after "than"
        theirs = [p for p in dict.fromkeys([*ctx.named, *last.people, *ctx.people])
                  if p != q.people[0] and facts.people[p].sex == sex]  # fmt: skip
        if theirs:
            new = q.copy(people=[theirs[0], q.people[0]], flights=[], pronouns=set())
            new.before_mention = {**q.before_mention, theirs[0]: "was"}
            new.from_context = True
            return new
    if sex and any(facts.people[p].sex == sex for p in q.people) and asks_something:
        # "and Chang-Díaz, how many flights did he make?": "he" is the one named; "Krikalev
        # stayed on. When did he finally come back?": his trip on the thread's flight
        tf = _thread_flight(facts, q, ctx)
        if tf:
            return q.copy(flights=[tf], from_context=True)
        return _next_of_hers(facts, q, ctx)
    if sex:
        cands = [
            p
            for p in dict.fromkeys([*last.people, *ctx.people, *listed])
            if facts.people[p].sex == sex
        ]
        if (q.nat or q.kinds or q.occupations) and not q.rank and q.agg != "yesno":
            # "there was a German on board too, right? how long did he stay up?": the one of
            # that description aboard the thread's flight
            from .execute import person_ok

            aboard = [s.person for f in (last.flights or ctx.flights)
                      for s in facts.seats_by_flight.get(f, [])]  # fmt: skip
            fit = [p for p in dict.fromkeys([*aboard, *cands])
                   if facts.people[p].sex == sex and person_ok(facts, q, p)]  # fmt: skip
            if len(fit) == 1:
                cands = fit
                q = q.copy(nat=set(), nat_label="", kinds=set(), occupations=set())
                if fit[0] in aboard and not q.flights:  # on board that flight: that trip
                    q.flights = [f for f in (last.flights or ctx.flights)
                                 if any(s.person == fit[0] for s in facts.seats_by_flight.get(f, []))][:1]  # fmt: skip
                    q.from_context = True
                new = q.copy()
                new.from_context = True
        one_flight = list(last.flights) or (list(ctx.flights) if len(ctx.flights) == 1 else [])
        if not cands and len(one_flight) == 1:
            # "when did Vostok 1 launch?" "where did he come down?": the one of that sex who
            # flew on the thread's one flight (not the first of a list)
            fid = one_flight[0]
            aboard = list(dict.fromkeys(s.person for s in facts.seats_by_flight.get(fid, [])
                                        if facts.people[s.person].sex == sex))  # fmt: skip
            if len(aboard) == 1:
                cands = aboard
        if not cands:
            word = next((t for t in q.tokens if t in ("she", "he")), "")  # (the subject)
            if word and not (q.nat or q.sex or q.kinds or q.occupations or q.people or q.flights):
                # "which expedition did she first command?" with no woman in the thread: not
                # the first person to command anything
                return f"Who do you mean by “{word}”? Name the person."
            return None
        if len(cands) > 1 and "walk" in q.events and (last.flights or ctx.flights):
            # "who was on Voskhod 2?" … "how long was he outside?": the one who walked
            here = set(last.flights or ctx.flights)
            walked = [
                p for p in cands if any(e.flight in here for e in facts.evas_by_person.get(p, ()))
            ]
            if not walked and (q.rank == "next" or {"again", "later"} & set(q.tokens)):
                # "his next flight did a spacewalk": the one of them who walked at all
                walked = [p for p in cands if facts.evas_by_person.get(p)]
            if len(walked) == 1:
                cands = walked
        on = [facts.flights[f] for f in (last.flights or ctx.flights)[:1] if f in facts.flights]
        if (
            len(cands) > 1
            # "he flew again later, what mission": "again" as much as "next", when it asks
            # only which flight (not "did the commander fly again", read as "did he", where
            # the seat says who; not "flew again and did a spacewalk")
            and (
                q.rank == "next"
                or (
                    "again" in q.tokens
                    and q.agg != "yesno"
                    and not q.events - {"fly"}
                    and all(p.asks == {"flight"} for p in q.parts)
                )
            )
            and not q.roles
            and on
            and on[0].launch
        ):
            # "what was his next flight?" after a crew: the one of them who flew again
            again = [p for p in cands if any(t.start > on[0].launch.dt
                                             for t in facts.trips_by_person.get(p, []))]  # fmt: skip
            if len(again) == 1:
                cands = again
        if len(cands) > 1:
            # the one person of that sex the last answer named, else the last question's
            # subject, else the one earlier in the conversation; a crew the last answer
            # named doesn't hide the one person the thread is about ("how many times has
            # Hadfield flown?" … "who came back with him?"); several everywhere: ask back
            crowd = []
            root = ctx.root.people if ctx.root is not None else []
            for pool in (ctx.named, last.people, root, ctx.people):
                fit = [p for p in pool if facts.people[p].sex == sex]
                if len(fit) == 1:
                    cands = fit
                    break
                crowd = crowd or fit
            else:
                if crowd:
                    who = " or ".join(facts.people[p].name for p in crowd[:4])
                    return f"Which one: {who}?"
        new.people = [cands[0]] + [p for p in q.people if p != cands[0]]
        if new.rank == "next" and "again" in q.tokens:
            new.rank = ""  # "did he fly again after that?": after the thread's flight
        # the trip the thread is on: a flight the last question named, or the one flight its
        # filters narrowed the answer to ("how long was Krikalev on Mir in 91?")
        on_trip = (
            bool(last.flights)
            or (len(ctx.flights) == 1 and bool(last.dates or last.stations or last.rank))
            # "was he up there almost a year?" (his Soyuz TM-12, home on TM-13): that trip
            or any(
                set(ctx.flights[:2]) <= {t.up_flight, t.down_flight}
                for t in facts.trips_by_person.get(cands[0], [])
            )
            # "who was in orbit with him?" (Tereshkova, Vostok 6) "when did he come down?":
            # his flight is still one the thread is about
            or _flight_of(facts, cands[0], ctx) is not None
        )
        keep_flight = (
            (new.agg == "yesno" and not _beyond_the_flight(facts, q, ctx))
            or "thing" in pron
            or bool({"then", "again"} & set(q.tokens))
            or "handover" in q.asks  # "who replaced him?": in his seat of that time
            # "who flew Vostok 5?" "how long was he up?": that flight, not his career
            or (
                on_trip
                and not _career(q)
                and bool(
                    q.asks
                    & {"duration", "when", "where", "time", "flight", "vehicle", "expedition"}
                    # "how did foale get up there?" "and how did he come home?": that trip
                    or ("how" in q.asks and q.events & {"land", "launch", "arrive", "leave"})
                    # "and what did he fly home in?": nothing asked but the event, of that trip
                    or (not q.asks and q.events & {"land", "launch", "arrive", "leave"})
                )
            )
            or "that time" in " ".join(q.tokens)
            # "when did he land?" "who came back with him?": on that flight
            or (on_trip and "with" in q.tokens and not _career(q))
            or any(
                a in ("his", "her", "their") and b in ("flight", "mission", "trip", "stay")
                for a, b in pairwise(t for t in q.tokens if t not in _WHOLE)
            )
        )  # "how long was her (whole) flight?": the flight the thread is about
        if (
            q.agg == "yesno"
            and q.tokens[-1:] == ["before"]
            and not q.dates
            and not q.rank
            and (last.flights or ctx.flights)
        ):
            q.rank = "previous"  # "had he flown before?": before the thread's flight
        if (
            q.agg == "count"
            and q.tokens[-1:] == ["before"]
            and not q.dates
            and not q.rank
            and (last.flights or ctx.flights)
        ):
            # "how many times had he flown before?": before the thread's flight (not "flown
            # more than once", which "flown before" says in a claim)
            before = _before_launch(facts, list(last.flights or ctx.flights)[0], [cands[0]])
            if before:
                new.dates, new.times = [before], ""
                keep_flight = False
        if q.rank == "previous" and (last.flights or ctx.flights):
            # "how many times had he flown before that?": before the thread's flight
            before = _before_launch(facts, list(last.flights or ctx.flights)[0],
                                    new.people or last.people)  # fmt: skip
            if before:
                new.dates = [before]
                new.rank = "last" if new.agg != "count" else ""
                keep_flight = False
        theirs = {x.flight for x in facts.seats_by_person.get(cands[0], [])}
        in_play = [
            f for f in dict.fromkeys((*last.flights, *ctx.flights, *ctx.around)) if f in theirs
        ]
        if not in_play and not (
            ctx.expeditions and _trip_of_expedition(facts, cands[0], ctx.expeditions[0])
        ):
            in_play = list(last.flights or ctx.flights)
        # "how long was her flight?": the thread's flight she was on (but "which Soyuz did
        # she fly up on for that?" after she took over Expedition 16: her trip of it)
        if (
            new.agg == "yesno"
            and (
                (q.rank == "next" and "again" not in q.tokens)  # ("again": the rule below)
                or ("back" in q.tokens and "fly" in new.events)  # "did she ever go back?"
            )
            and not q.flights
            and in_play
            and in_play[0] in theirs
            and facts.flights[in_play[0]].launch
        ):
            # "did he fly after that?": any flight of his after the thread's
            after = facts.flights[in_play[0]].launch.dt.date() + timedelta(days=1)
            new.people, new.flights, new.rank = [cands[0]], [], ""
            new.dates = [When(DateSpan(after, after, after.isoformat()), "after")]
            return new
        new.flights = q.flights or (in_play[:1] if keep_flight else [])
        # ("what hit Mir in June 1997?" … "who was the American on board?" "how did he get
        # up there?": "there" is the station the thread began on, in its time)
        began = ctx.root if ctx.root is not None and "there" in q.tokens else None
        there = list(last.stations) or (list(began.stations) if began else [])
        if keep_flight and not q.flights and there and not _career(q):
            # "who was the first American on Mir?" "how did he get up there?": his trip to
            # that station, when he made one, not the flight of his the thread last named
            trips = _trips_to(facts, cands[0], there)
            spans = [d.span for d in (last.dates or (began.dates if began else []))]
            if len(trips) > 1 and spans:
                trips = [t for t in trips
                         if t in _trips_during(facts, cands[0], spans[0].start, spans[0].end)]  # fmt: skip
            if len(trips) == 1:
                new.flights = [trips[0].up_flight]
        if not q.flights and q.rank == "next" and q.roles and in_play:
            # "who commanded STS-51-G?" "what did he command after that?": his flights in
            # that seat, of that program, since
            f0 = facts.flights[in_play[0]]
            if f0.launch:
                after = f0.launch.dt.date() + timedelta(days=1)
                new.flights, new.rank, new.compare = [], "", ""
                new.programs = {f0.program}
                new.dates = [When(DateSpan(after, after, after.isoformat()), "after")]
                new.parts = [Part({"flight"}, {"fly"}, set(q.roles))]
                return new
        if (
            not q.flights
            and new.agg != "yesno"
            and (
                {"again", "later", "next"} & set(q.tokens)
                or ("back" in q.tokens and "fly" in new.events)
            )  # "go back to the station"
            and new.asks & {"flight", "when", "vehicle", "time"}
            and in_play
            and facts.flights[in_play[0]].launch
        ):
            # "he flew again later, right? on what?": his first flight after the thread's (the
            # earliest of his the thread holds: "when did Glenn orbit the Earth?" named both)
            mine = [f for f in in_play if f in theirs and facts.flights[f].launch] or in_play[:1]
            start = min(mine, key=lambda f: facts.flights[f].launch.dt)  # type: ignore[union-attr]
            after = facts.flights[start].launch.dt.date() + timedelta(days=1)  # type: ignore[union-attr]
            new.flights, new.rank, new.compare = [], "first", ""
            new.dates = [When(DateSpan(after, after, after.isoformat()), "after")]
        thread = set(last.flights or ctx.flights)
        if not q.flights and "other" in q.tokens and thread & theirs:
            # "what's his other flight?" after his Crew-7: the one that is not the thread's
            other = [t.up_flight for t in facts.trips_by_person.get(cands[0], [])
                     if not {t.up_flight, t.down_flight} & thread]  # fmt: skip
            if len(other) == 1:
                new.flights = other
        if not new.flights and ctx.expeditions and not _career(q):
            # "who commanded the first ISS expedition?" "who went with him?": his trip of it
            new.flights = _trip_of_expedition(facts, cands[0], ctx.expeditions[0])
        elif (
            ctx.expeditions
            and not q.flights
            and ("for that" in " ".join(q.tokens) or "that expedition" in " ".join(q.tokens))
            and (mine := _trip_of_expedition(facts, cands[0], ctx.expeditions[0]))
        ):
            # "which expedition did he command?" "what did he fly up on for that?": his trip
            # of that expedition, not the thread's other flight
            new.flights = mine
        if (
            not new.flights
            and not q.flights
            and ctx.past_expeditions
            and any(
                a == "that" and b in ("stay", "trip", "mission", "expedition", "time")
                for a, b in pairwise(q.tokens)
            )
            and (mine := _trip_of_expedition(facts, cands[0], ctx.past_expeditions[0]))
        ):
            # "who took over for 51?" … "when did she land at the end of that stay?": her
            # trip of the expedition the thread was on
            new.flights = mine
        if (
            not new.flights
            and keep_flight
            and not q.dates
            and last.dates
            and last.dates[0].op == "in"
        ):
            span = last.dates[0].span
            # "who took over from her in April 2008?" "how did she get home that time?": her
            # trip of that date
            new.flights = [
                t.up_flight for t in _trips_during(facts, cands[0], span.start, span.end)
            ][:1]
        new.expeditions = q.expeditions or []
        new.stations = q.stations or []
        if (
            not (new.stations or new.flights or q.dates or q.rank or _career(q))
            and last.stations
            and cands[0] in last.people
            and len(facts.trips_by_person.get(cands[0], [])) > 1
        ):
            # "Foale's Mir stay: what shuttle took him up?" "and which one brought him back?":
            # the same trip, the one to that station
            new.stations = list(last.stations)
        if (
            "handover" in q.asks
            and not (q.dates or q.flights or new.flights)
            and last.dates
            and ("commander" in last.roles or "handover" in last.asks)
            and (cands[0] in last.people or cands[0] in ctx.named)
        ):
            # "who commanded the ISS in October 2024?" "who did she take over from?": the
            # command she held then, not her first one
            new.dates = list(last.dates)
        return new
    # "what about the Chinese station then, who was aboard it?": "it" is the station named
    about_station = bool(q.stations) and not q.flights and "about" in q.tokens
    if (
        pron <= {"thing"}
        and q.asks == {"expedition"}
        and q.agg == "one"
        and len(ctx.expeditions) == 1
        and not (q.flights or q.people or q.expeditions)
        and ctx.named
    ):
        # "the first Japanese ISS commander?" (Expedition 39, the record says) "which
        # expedition was that?": that one, not every one his Soyuz carried
        new.expeditions, new.flights, new.people = list(ctx.expeditions), [], list(ctx.named)[:1]
        return new
    if "thing" in pron and (last.flights or ctx.flights) and not about_station:
        new.flights = q.flights or list(last.flights or ctx.flights)[:1]
        found = list(ctx.listed_flights)
        if (
            not q.flights
            and len(found) == 1
            and found[0] not in last.flights
            and ctx.flights[:1] == (found[0],)
        ):
            # "which Gemini met up with them?" (Gemini 6A) "who commanded it?": the one flight
            # the answer found, not the thread's
            new.flights = found
        if (
            not q.flights
            and last.events == {"land"}
            and ctx.flights
            and ctx.flights[0] not in last.flights
        ):
            # "how did they get home?" (on Crew-9, not their Starliner) "who else was in that
            # capsule?": the vehicle the answer brought them home on
            new.flights = [ctx.flights[0]]
        if (
            not q.flights
            and last.agg == "yesno"
            and ("again" in last.tokens or last.rank == "next")
            and ctx.flights
            and ctx.flights[0] not in last.flights
        ):
            # "did McCandless fly again after that?" (yes: STS-31) "who commanded that
            # one?": the flight the answer found
            new.flights = [ctx.flights[0]]
        if q.asks == {"who"} and not q.events and last.events == {"land"}:
            # "when did she land?" "who else was in the capsule?": on the way down
            new.parts = [Part({"who"}, {"land"}, set(p.roles)) for p in new.parts]
        if (
            len(ctx.named) == 1
            and not q.people
            and "who" not in q.asks  # "who did the spacewalk on that flight?" asks for people
            and (not (last.flights or last.people) or list(last.people) == list(ctx.named))
        ):
            # "the longest single spaceflight?" "how many days was it?": the trip the
            # answer was about (Polyakov's 438 days), not the vehicle's (Soyuz TM-18: 182)
            new.people = list(ctx.named)
        if (
            "plural" in pron
            and q.agg == "yesno"
            and not new.people
            and q.events & {"land", "launch"}
            and not (q.stations or q.any_station)
            # ("did they all come back on it?": the whole crew's ways home, as they are)
            and not {"all", "both", "three", "two", "each"} & set(q.tokens)
            and len(ctx.named) > 1
            and len(new.flights) == 1
            and set(ctx.named) <= {s.person for s in facts.seats_by_flight.get(new.flights[0], [])}
        ):
            # "did they come home in it?": they, on it (Wilmore and Williams on their
            # Starliner: no, on Crew-9), not whether it came home
            new.people = list(ctx.named)
        return new
    if (
        pron == {"thing"}
        and q.asks <= {"who"}
        and len(ctx.people) > 1
        and not (last.flights or ctx.flights or ctx.expeditions or ctx.stations or last.stations)
        and not (q.people or q.flights or q.expeditions or q.stations or q.rank)
    ):
        # "which Chinese crew flew in November 2025?" (six people) "who was on it?": "it" is
        # the flight they shared, not the first one's life; two crews → ask which
        return _shared_flight(facts, new, ctx, last)
    if (
        "plural" in pron
        and (q.asks & {"station"} or q.events & {"dock"})
        and (last.flights or ctx.flights)
    ):
        # "which station did they dock with?" (but "Shenzhou 11: which lab did they visit?"
        # after Apollo 11 is Shenzhou 11's)
        new.flights = q.flights or list(last.flights or ctx.flights)[:1]
        new.people = []
        return new
    toks = q.tokens
    if (
        q.rank
        and ctx.flights
        and any(
            a == "that" and ("time" in toks[i + 1 : i + 3] or toks[i + 2 : i + 3] == ["one"])
            for i, a in enumerate(toks)
        )  # fmt: skip
        and kind in ("", "stations")
    ):
        # "who flew up with them that second time?": the flight just named, not a ranking
        new.rank = ""
        new.flights = list(ctx.flights)[:1]
        new.people = list(last.people) if pron & {"plural", "male", "female"} else []
        return new
    if (
        "plural" in pron
        and (
            {"later", "again", "eventually", "finally"} & set(q.tokens)
            or ("ever" in q.tokens and q.agg != "yesno")
        )  # (a bare yes/no is each one's)
        and (last.flights or ctx.flights)
        and not kind
    ):
        # "did they make it to the station later?", "did those two ever make it to the
        # station?": their next flight after that one
        f = facts.flights[list(last.flights or ctx.flights)[0]]
        crew = [s.person for s in facts.seats_by_flight.get(f.id, []) if s.went_up]
        if len(crew) >= 2 and q.agg == "yesno" and not q.stations and q.events <= {"fly"}:
            # "did either of them fly again (after 1986)?": each one, after that flight
            new.people, new.flights, new.rank, new.compare = crew, [f.id], "", ""
            return new
        if crew and f.launch:
            day = f.launch.dt.date() + timedelta(days=1)
            new.people, new.flights, new.rank, new.compare = crew, [], "first", ""
            new.dates = [When(DateSpan(day, day, day.isoformat()), "after")]
            new.agg = "one"
            if not any(p.asks for p in new.parts):
                new.parts = [Part({"when"}, {"launch"}, set())]
            return new
    if (
        not kind
        and not pron
        and q.events
        and not any(p.asks or p.roles for p in q.parts)
        and not q.has_filters()
        and last.people
        and (
            not last.flights
            or (
                len(last.people) == 1
                and last.from_context
                and q.events <= {"land", "launch"}
                and bool(last.events & {"land", "launch", "arrive"})
            )
        )
    ):
        # "what did Polyakov launch on?" "and come back on?": the same question of the same
        # person, only the event changed (not the landing of the ship he went up in; a
        # flight the thread gave him names his trip, either leg)
        new = last.copy(raw=q.raw, unparsed=q.unparsed)
        new.parts = [Part(set(p.asks), set(q.events), set(p.roles)) for p in last.parts]
        new.from_context = True
        return new
    if (
        q.rank
        and not pron
        and not kind
        and not (q.sex or q.nat or q.kinds or q.occupations)
        and {"guy", "person", "man", "human", "astronaut", "cosmonaut"} & set(q.tokens)
        and "who" in q.asks
    ):
        return None  # "and who was the second guy to orbit?": a ranking of its own
    if (
        not pron
        and q.dates
        and (q.nat or q.sex or q.kinds or q.occupations)
        and not (q.people or q.flights or q.expeditions or q.stations or q.any_station)
        and not (last.stations or last.any_station)
        and not _POINTING_WORDS & set(q.tokens)
    ):
        # "who was on Apollo 11?" "which Soviet crew was in orbit in October 1976?": people
        # described and dated, a question of its own, not one about Apollo 11
        return None
    if "plural" in pron or not kind:
        # "they": the crew of the flight in play, else the people just listed
        crew_listed = bool(ctx.flights) and all(
            any(s.person == p for s in facts.seats_by_flight.get(ctx.flights[0], []))
            for p in ctx.listed
        )  # "his crewmates" were listed: "they" are that flight's crew
        of_them = any(a in ("of", "among") and b in ("them", "those", "these")
                      for a, b in pairwise(q.tokens))  # fmt: skip
        on_one = len(ctx.listed) >= 2 and all(
            any(s.person == p for s in facts.seats_by_flight.get(f, []))
            for f in list(last.flights or ctx.flights)[:1] for p in ctx.listed
        )  # fmt: skip
        if (
            "plural" in pron
            and of_them
            and (q.rank in ("first", "last") or q.compare)
            and len(ctx.listed) >= 2
            and not on_one
            and not q.people
        ):
            # "who else was up then?" (two flights) "how long was his flight?" "which of
            # them landed first?": the two listed, each on their own flight
            new.people, new.flights = list(ctx.listed)[:12], []
            return new
        if (
            "plural" in pron
            and of_them
            and q.rank in ("first", "last")
            and len(ctx.listed) == 1
            and last.dates
            and {"else", "same"} & set(last.tokens)
            and not q.people
            and (rest := [p for p in ctx.people if p not in ctx.listed][:1])
        ):
            # "when did Tereshkova go up?" "was anybody else in orbit at the same time?"
            # (Bykovsky) "which of them landed first?": him and her, each on their trip then
            new.people, new.flights = [*ctx.listed, *rest], []
            new.dates = list(last.dates)
            return new
        # "how many flights has Padalka made?" (five listed) "total days in space?": his
        # career, not the first flight of the list
        persons_list = (
            "total" in q.asks
            and bool(last.people)
            and not last.flights
            and len(ctx.listed_flights) >= 2
        )
        if (
            q.asks <= {"who"}
            and not (q.people or q.flights or q.events - {"walk"} or q.rank or q.has_filters())
            and "walk" in last.events
            and last.agg in ("count", "one")
            and "else" not in q.tokens
            and any(
                a in ("did", "made", "make", "do", "performed")
                and b in ("them", "those", "it", "these")
                for a, b in pairwise(q.tokens)
            )  # fmt: skip
        ):
            # "how many spacewalks were there on STS-61?" "who did them?": the walkers of
            # those walks
            new = last.copy(raw=q.raw, agg="one")
            new.parts = [Part({"who"}, {"walk"}, set())]
            new.from_context = True
            return new
        if last.flights or (ctx.flights and (not ctx.listed or crew_listed) and not persons_list):
            new.flights = q.flights or list(last.flights or ctx.flights)[:1]
            if not q.flights and {"them", "both", "each"} & set(q.tokens):
                # "which two flights were first up at once?" "who flew them?": both
                if len(last.flights) >= 2:
                    new.flights = list(last.flights)
                elif not last.flights and len(ctx.flights) == 2 and not ctx.named:
                    new.flights = list(ctx.flights)
            # "they" carries the people; a question that only filters ("was anyone from
            # Israel aboard?") is about the flight
            new.people = q.people or (list(last.people) if "plural" in pron else [])
            if (
                "plural" in pron
                and "together" in q.asks
                and len(new.people) == 1
                and 0 < len(ctx.listed) <= 3
                and new.people[0] not in ctx.listed
            ):
                # "who did he launch with?" "did they come back together?": him and them
                new.people += list(ctx.listed)
                new.flights = []
                return new
            if (
                not new.people
                and not pron
                and ctx.named
                and (
                    list(last.people) == list(ctx.named)
                    # "who stayed longest in one go?" "how many days exactly?": his trip
                    or (not last.people and last.rank and len(ctx.named) == 1)
                )
                and new.asks
                and new.asks <= {"duration", "when", "time", "where", "total"}
                and not q.has_filters()
                and not {"mission", "flight", "vehicle", "spacecraft", "ship", "capsule"}
                & set(q.tokens)
            ):
                # "when did he land?" … "so how many days was that?": his trip, not the ship's
                new.people = list(ctx.named)
                if not q.events and last.events:  # "what did they come back in?" "date?"
                    new.parts = [
                        Part(set(p.asks), set(last.events), set(p.roles)) for p in new.parts
                    ]
            if (
                not new.people
                and not pron
                and not last.people
                and new.asks == {"flight"}
                and "walk" in last.events
                and 0 < len(ctx.named) <= 2
                and not (q.nat or q.sex or q.kinds or q.occupations or q.dates)
                and all(any(s.person == p for s in facts.seats_by_flight.get(new.flights[0], []))
                        for p in ctx.named)
            ):  # fmt: skip
                # "who did the second spacewalk?" "which mission was that?": the walkers'
                # flight, and the thread stays on them ("how long was he outside?")
                new.people = list(ctx.named)
            f = facts.flights[new.flights[0]]
            seats_f = facts.seats_by_flight.get(f.id, [])
            if (
                "handover" in q.asks
                and ("plural" in pron or "their" in q.tokens)
                and not new.people
                and ctx.named
                and all(any(s.person == p and s.came_down and not s.went_up for s in seats_f)
                        for p in ctx.named)
            ):  # fmt: skip
                # "which shuttle brought Expedition 1 home?" "who went up in their place?":
                # those who replaced them, not the shuttle's own crew
                new.people = list(ctx.named)
            trip_asks = new.asks & {"duration", "when", "where", "time", "how", "flight"}
            aboard = {s.person for s in facts.seats_by_flight.get(f.id, [])}
            # the people the last answer named, else the thread's own subject when they were
            # aboard: "when did Wilmore and Williams come back?" "in which capsule?" "how many
            # days were they in space?" is their 286 days, not the capsule's 171
            named = list(ctx.named) or [
                p for p in (ctx.root.people if ctx.root is not None else []) if p in aboard
            ]
            went_up = {s.person for s in facts.seats_by_flight.get(f.id, []) if s.went_up}
            if ctx.named:
                # "they" are those just named who went up on it together ("who came down in
                # it?" "how long were the two of them up?": not the visitor who came home in it)
                came_down = {s.person for s in seats_f if s.came_down}
                up_named = [p for p in named if p in went_up]
                # … but a crew the answer brought home in it, having gone up on another ("the
                # Expedition 6 crew came home on TMA-1" "how had they got up there?"), is them
                named = up_named or (
                    named
                    if named and all(p in came_down for p in named) and "plural" in pron
                    else []
                )
            if (
                ("plural" in pron or (not pron and new.asks == {"duration"} and len(named) > 1))
                and not new.people
                and named
                and (trip_asks or new.events & {"land", "launch"})
                # not "the other two", and not one person of a crew
                and "other" not in q.tokens
                and (len(named) > 1 or len(went_up) == 1)
            ):
                new.people = named  # "when did they land?": the crew, on their trip
            if not new.people and "plural" in pron and new.events & {"land"}:
                up = [s.person for s in facts.seats_by_flight.get(f.id, []) if s.went_up]
                down = {s.person for s in facts.seats_by_flight.get(f.id, []) if s.came_down}
                if up and not set(up) <= down:
                    new.people = up  # "how did they get back?": Starliner came home empty
        elif last.expeditions and (
            not listed
            or (q.agg == "count" and q.plural)
            # "who commanded Expedition 6?" "which shuttle took them up?": its crew, not the
            # one commander named
            or ("plural" in pron and len(listed) == 1 and not q.people)
        ):
            # ("how many people were in that expedition?": its crew counted, not the one named)
            new.expeditions = list(last.expeditions)
        elif (
            listed
            and len(listed) > 2
            and q.rank in ("first", "last")
            and not (q.people or "plural" in pron)
            and (last.stations or last.moon)
        ):
            # "how many people lived on Skylab?" "who commanded the last crew?", "how many
            # walked on the Moon?" "who was the last to step off it?": the first or last of
            # what was counted, not those people all together
            new.stations, new.moon = list(last.stations), new.moon or last.moon
        elif listed:
            new.people = q.people or listed
        elif last.people:
            new.people = list(last.people)
        elif last.expeditions:
            new.expeditions = list(last.expeditions)
        elif last.stations:
            new.stations = list(last.stations)
        else:
            return None
        if not q.flights and not new.flights and last.flights:
            new.flights = list(last.flights)
        elif not q.flights and not new.flights and "thing" in pron and len(ctx.flights) == 1:
            # "who was on the Starliner test flight?" "when did they launch?" "did they come
            # home in it?": "it" is the thread's flight, though the last turn named only them
            new.flights = list(ctx.flights)
        if new.asks == {"expedition"} and new.people and len(ctx.expeditions) == 1:
            # "when did Whitson first command the ISS?" "which expedition?": the one that
            # answer was about, not all of hers
            new.expeditions = list(ctx.expeditions)
        if not new.expeditions and last.expeditions and not new.people and not new.flights:
            new.expeditions = list(last.expeditions)
        if (
            not new.stations
            and last.stations
            and not (new.flights or new.people or new.expeditions)
        ):
            new.stations = list(last.stations)
        if not new.dates and last.dates and new.stations:
            new.dates = list(last.dates)
        return new
    return None


def _shared_flight(facts: Facts, new: Query, ctx: Context, last: Query) -> Query | str:
    """The one flight (up) of the people the last answer listed, in the last question's
    dates; when they went up on several, a question back naming them."""
    from .execute import _date_ok

    ups = list(dict.fromkeys(
        t.up_flight
        for pid in ctx.people
        for t in facts.trips_by_person.get(pid, [])
        if all(_date_ok(w, t.start, t.end, "any") for w in last.dates)
    ))  # fmt: skip
    if len(ups) == 1:
        new.flights, new.people = ups, []
        return new
    if 1 < len(ups) <= 4:
        options = " or ".join(facts.flights[f].name for f in ups)
        return f"They went up on more than one flight: which do you mean, {options}?"
    return "Which flight do you mean? Name it and I'll look up its crew."


_CREW_MEMBER_NOUNS = frozenset(
    "guy man woman one person astronaut cosmonaut member crewmember crewmembers crewman".split()
)
# a verb whose object "one" is a thing of a kind, not a pick from a list
_RANK_OBJECT = re.compile(r"^(command|commanded|fly|flew|flown|pilot|piloted|board|ride|rode)$")


def _series(name: str) -> str:
    """The series a flight's name numbers it in: Soyuz TM-21 → "Soyuz TM", Soyuz TMA-01M →
    "Soyuz TMA", STS-41-G → "STS" (Shuttle flights were flown out of their numbers' order)."""
    return re.sub(r"[-\s]*\d[\dA-Z-]*$", "", name)


def _neighbour(facts: Facts, new: Query, last: Query, ctx: Context) -> Query | str | None:
    """ "Who was on the next one?": the flight or expedition after (or before) the last one,
    in the same series."""
    step = 1 if new.rank == "next" else -1
    new.rank = ""
    root_exps = list(ctx.root.expeditions) if ctx.root is not None else []
    if "expedition" in new.asks and not (last.expeditions or ctx.expeditions) and root_exps:
        # "who was on Expedition 1?" … "how did they get home?" "who commanded the next
        # expedition?": the thread's expedition, not the flight the last answer was about
        last = last.copy(expeditions=root_exps[:1])
    if "expedition" in new.asks and not last.expeditions and ctx.past_expeditions:
        # "when did they launch?" "and the expedition before them?": the expedition, not
        # the flight the last answer was about
        last = last.copy(expeditions=list(ctx.past_expeditions)[:1])
    if last.expeditions or (ctx.expeditions and not ctx.flights):
        e = facts.expeditions[(last.expeditions or list(ctx.expeditions))[0]]
        other = facts.expedition_by_number.get((e.station, e.number + step))
        if other is None:
            return "I have no expedition in that direction in my records."
        new.expeditions, new.flights, new.people = [other.id], [], []
    elif last.flights or ctx.flights:
        f = facts.flights[(last.flights or list(ctx.flights))[0]]
        family = _series(f.name)
        same = [x for x in facts.flights_by_launch
                if x.program == f.program and _series(x.name) == family]  # fmt: skip
        if new.spacecraft and f.id in new.spacecraft:  # "the next Challenger flight"
            same = [x for x in facts.flights_by_launch if x.id in new.spacecraft]
            new.spacecraft = []
        i = same.index(f) if f in same else -1
        j = i + step
        if new.programs and f.launch is not None:
            # "who was on the next Dragon after that?": that vehicle's next flight, whatever
            # its series (Demo-2 was followed by Crew-1)
            same = [x for x in facts.flights_by_launch if x.program in new.programs and x.launch
                    # ("the Axiom flight after that one": of that series, not any Dragon)
                    and (not new.series or in_series(new.series, x))]  # fmt: skip
            later = [k for k, x in enumerate(same) if x.launch.dt > f.launch.dt]
            earlier = [k for k, x in enumerate(same) if x.launch.dt < f.launch.dt]
            j = (later[:1] if step > 0 else earlier[-1:] or [-1])[0] if (later or earlier) else -1
            i, new.programs = 0, set()
        if i < 0 or not 0 <= j < len(same):
            return f"I have no {'next' if step > 0 else 'previous'} flight after {f.name} in my records."
        new.flights, new.people, new.expeditions = [same[j].id], [], []
    else:
        return None
    if not any(p.asks or p.events or p.roles for p in new.parts):
        new.parts = [Part(set(p.asks), set(p.events), set(p.roles)) for p in last.parts]
    return new
