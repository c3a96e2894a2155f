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

from ..store.facts import Facts
from .answer import Context
from .compose import Reply
from .query import Part, Query


def next_context(q: Query, r: Reply) -> Context:
    return Context(
        flights=tuple(r.flights or q.flights)[:3],
        people=tuple(r.people or q.people)[:12],
        expeditions=tuple(r.expeditions or q.expeditions)[:2],
        stations=tuple(q.stations)[:1],
        intent="query",
        query=q,
        listed=tuple(r.people)[:50],
    )


def _subject_kind(q: Query) -> str:
    for kind in ("flights", "people", "expeditions", "stations", "modules"):
        if getattr(q, kind):
            return kind
    return ""


def fill_from_context(facts: Facts, q: Query, ctx: Context) -> Query | str | None:
    """The follow-up read in the light of the conversation; None when it stands alone;
    a question to ask back (str) when the state can't settle who or what is meant."""
    last: Query = ctx.query
    asks_something = any(q.parts) or q.agg in ("count", "yesno") or q.rank
    pron = q.pronouns
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
    if kind and asks_something and not pron:
        return None  # a new subject and its own question: start afresh
    if kind and not asks_something and not pron:
        # "and expedition 43?": the last question about the new subject
        new = last.copy(flights=[], people=[], expeditions=[], stations=[], modules=[],
                        spacecraft=[], raw=q.raw, unparsed=q.unparsed)  # fmt: skip
        setattr(new, kind, list(getattr(q, kind)))
        if kind != "stations":
            new.stations = list(q.stations) or [s for s in last.stations if kind != "people"]
        new.dates = q.dates or (last.dates if kind == "stations" else [])
        new.from_context = True
        return new
    if not kind and not asks_something and (q.dates or q.nat or q.sex or q.programs):
        new = last.copy(raw=q.raw, unparsed=q.unparsed)
        new.dates = q.dates or last.dates
        new.nat, new.sex = q.nat or last.nat, q.sex or last.sex
        new.programs = q.programs or last.programs
        new.from_context = True
        return new
    if kind and not pron:
        return None
    if not kind and not pron and not asks_something:
        return None
    # fill the subject
    new = q.copy()
    new.from_context = True
    listed = list(ctx.listed) or list(ctx.people)
    if q.rank and q.rank.isdigit() and "one" in pron and not (q.people or q.flights):
        n = int(q.rank)
        flights = list(ctx.flights)
        pool = listed if listed else flights
        if len(pool) < n:
            return "I don't have that many in the last answer. Which one do you mean?"
        pick = pool[n - 1]
        if pick in facts.people:
            new.people = [pick]
        else:
            new.flights = [pick]
        new.rank = ""
        if not any(new.parts):
            new.parts = [Part(set(p.asks), set(p.events), set(p.roles)) for p in last.parts]
        return new
    sex = "female" if "female" in pron else "male" if "male" in pron else ""
    if sex:
        cands = [p for p in dict.fromkeys([*last.people, *ctx.people, *listed]) if facts.people[p].sex == sex]
        if not cands:
            return None
        if len(cands) > 1 and len(set(cands)) > 1:
            # prefer the person the last answer was about
            primary = [p for p in last.people if facts.people[p].sex == sex]
            if len(primary) == 1:
                cands = primary
            else:
                top = [p for p in ctx.people if facts.people[p].sex == sex]
                if len(top) == 1:
                    cands = top
                else:
                    who = " or ".join(facts.people[p].name for p in cands[:4])
                    return f"Which one: {who}?"
        new.people = [cands[0]] + [p for p in q.people if p != cands[0]]
        new.flights = q.flights or ([f for f in last.flights] if new.agg == "yesno" else [])
        new.expeditions = q.expeditions or []
        new.stations = q.stations or []
        return new
    if "thing" in pron and (last.flights or ctx.flights):
        new.flights = q.flights or list(last.flights or ctx.flights)[:1]
        return new
    if "plural" in pron or not kind:
        # "they": the crew of the flight in play, else the people just listed
        if last.flights or (ctx.flights and not ctx.listed):
            new.flights = q.flights or list(last.flights or ctx.flights)[:1]
            new.people = q.people or ([] if not last.people else list(last.people))
        elif last.expeditions and not listed:
            new.expeditions = list(last.expeditions)
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
        if not new.expeditions and last.expeditions and not new.people and not new.flights:
            new.expeditions = list(last.expeditions)
        if not new.stations and last.stations and not (new.flights or new.people or new.expeditions):
            new.stations = list(last.stations)
        if not new.dates and last.dates and new.stations:
            new.dates = list(last.dates)
        return new
    return None
