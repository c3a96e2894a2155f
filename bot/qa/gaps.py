"""Time between two moments: "how many days between the Skylab 3 splashdown and the Skylab 4
launch?", "how long after the Challenger accident did the Shuttle fly again?", "how many
years after Rakesh Sharma's flight was that?".

A moment is a flight's launch or its end (landing, or the loss of its crew), chosen by the
words right after the flight's name ("Skylab 3 splashdown", "Columbia was lost"); a person
stands for their flight nearest the other moment; "the next Shuttle", "did the Shuttle fly
again" is the first flight of that kind launched after the first moment. Anything else is
not a gap question, and `time_between` returns None.
"""

from __future__ import annotations

from datetime import datetime

from ..store.facts import LOST_WITH_CREW, Facts, Flight
from ..store.names import fold
from . import phrases as ph
from .compose import Reply, Unanswerable, flight_end, launch_crew
from .query import Query

_END_WORDS = frozenset({"splashdown", "splashed", "landing", "landed", "land", "return",
                        "returned", "came", "come", "back", "down", "lost", "loss", "accident",
                        "disaster", "crash", "crashed", "died", "death", "broke", "ended",
                        "end", "home"})  # fmt: skip
_LAUNCH_WORDS = frozenset({"launch", "launched", "liftoff", "flew", "fly", "flight", "start"})
_GAP_WORDS = frozenset({"between", "after", "before", "later", "earlier", "since", "apart"})
_LENGTH_WORDS = frozenset({"long", "days", "years", "months", "weeks", "hours", "day", "year"})


def _position(tokens: list[str], f: Flight) -> int:
    words = fold(f.name).split()
    for i in range(len(tokens) - len(words) + 1):
        if tokens[i : i + len(words)] == words:
            return i + len(words)
    return -1


def _moment(facts: Facts, tokens: list[str], f: Flight) -> tuple[datetime, str] | None:
    """The flight's launch, or its end when the words after its name say so."""
    at = _position(tokens, f)
    after = set(tokens[at : at + 3]) if at >= 0 else set()
    if after & _END_WORDS or (f.outcome in LOST_WITH_CREW and not after & _LAUNCH_WORDS):
        end = flight_end(facts, f)
        if end is None:
            return None
        verb = "was lost" if f.outcome in LOST_WITH_CREW else "landed"
        return end, f"{f.name} {verb}"
    return (f.launch.dt, f"{f.name} launched") if f.launch else None


def _subject_flights(facts: Facts, q: Query) -> list[Flight]:
    fs = [facts.flights[i] for i in q.flights if i in facts.flights]
    lost = [facts.flights[i] for i in q.spacecraft
            if i in facts.flights and facts.flights[i].outcome in LOST_WITH_CREW]  # fmt: skip
    return fs + [f for f in lost[:1] if f not in fs] if len(lost) <= 1 else fs


def _next_after(facts: Facts, q: Query, moment: datetime, skip: set[str]) -> Flight | None:
    """The first flight of the kind asked ("the next Shuttle", "the next Soviet crew")
    launched after `moment`."""
    from .execute import person_ok  # execute imports this module

    for f in facts.flights_by_launch:
        if f.id in skip or not f.launch or f.launch.dt <= moment:
            continue
        if q.programs and f.program not in q.programs:
            continue
        if q.nat and not any(person_ok(facts, q, s.person) for s in launch_crew(facts, f)):
            continue
        return f
    return None


def _span_words(seconds: float, tokens: list[str]) -> str:
    days = seconds / 86400
    whole = f"{int(days)} day{'s' if int(days) != 1 else ''}"
    months = int(days / 30.4375)
    if {"years", "year"} & set(tokens):
        y, m = divmod(months, 12)
        return (
            f"{y} year{'s' if y != 1 else ''}"
            + (f" {m} month{'s' if m != 1 else ''}" if m else "")
            + f" ({whole})"
        )
    if {"months", "month"} & set(tokens):
        return f"{months} month{'s' if months != 1 else ''} ({whole})"
    return whole


def time_between(facts: Facts, q: Query) -> Reply | None:
    toks = q.tokens
    if "duration" not in q.asks or q.claims:
        return None
    # "how many days between …", "how long after …", "how many years after …": the gap word
    # right after the length asked ("how long was it, the flight between Mir and Salyut 7"
    # is one flight's length)
    right_after = any(b in _GAP_WORDS and a in _LENGTH_WORDS for a, b in zip(toks, toks[1:]))
    if "between" not in toks and not right_after:
        return None
    moments: list[tuple[datetime, str, str]] = []  # (when, words, flight id)
    for f in _subject_flights(facts, q):
        m = _moment(facts, toks, f)
        if m:
            moments.append((*m, f.id))
    if len(moments) == 1 and len(q.people) == 1:
        # "how many years after Rakesh Sharma's flight was that?": his trip nearest it
        trips = facts.trips_by_person.get(q.people[0], [])
        if any(moments[0][2] in (t.up_flight, t.down_flight) for t in trips):
            return None  # his own flight: "Kizim's flight before that" is another question
        if trips:
            t = min(trips, key=lambda t: abs((t.start - moments[0][0]).total_seconds()))
            up = facts.flights[t.up_flight]
            moments.append((t.start, f"{facts.people[q.people[0]].name} launched on {up.name}",
                            up.id))  # fmt: skip
    if len(moments) == 1 and (q.rank == "next" or {"again", "next"} & set(toks)):
        nxt = _next_after(facts, q, moments[0][0], {moments[0][2]})
        if nxt is None or nxt.launch is None:
            return None
        moments.append((nxt.launch.dt, f"{nxt.name} launched", nxt.id))
    if (
        len(moments) == 1
        and right_after
        and {"they", "it", "that", "he", "she", "them"} & set(toks)
    ):
        # "how many days after Polaris Dawn came back did they launch?" with no thread to
        # say who "they" are: not the one flight's own length
        raise Unanswerable(f"I can count the days from {moments[0][1]}, but not to what: "
                           "name the other flight.")  # fmt: skip
    if len(moments) != 2:
        return None
    (a, wa, fa), (b, wb, fb) = sorted(moments)
    if fa == fb:
        return None  # one flight both times: not a gap ("his flight before that")
    # calendar days between the two UTC dates, as almanacs count them
    secs = (b.date() - a.date()).days * 86400.0
    text = f"{_span_words(secs, toks)}: {wa} on {ph.day(a)} and {wb} on {ph.day(b)} (UTC dates)."
    sources = [facts.flights[x].source for x in (fa, fb) if x in facts.flights]
    return Reply(text, [], ph.sources_of(*sources), flights=[fa, fb])
