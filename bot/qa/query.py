"""The typed query a question is read into, and its plain-words description.

`Query` holds what was named (the subject), every constraint, a rank, an aggregate and
the asked parts. The parser fills it; the executor answers it; conversation state is the
last one. `describe()` is the "Read as:" line a user sees under an answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import NamedTuple

from .dates import DateSpan

# words of a site that say nothing of which one ("near", "coast"): not a filter
GENERIC_PLACE = frozenset(
    "near north south east west northeast northwest southeast southwest coast ocean sea "
    "bay site landing area region district oblast steppe km miles off".split()
)
# a rank or a comparison and its reverse ("the shortest?" after "the longest", "longer or
# shorter")
OPPOSITE = {"longest": "shortest", "shortest": "longest", "most": "fewest", "fewest": "most",
            "youngest": "oldest", "oldest": "youngest",
            "longer": "shorter", "shorter": "longer", "earlier": "later", "later": "earlier"}  # fmt: skip
PERSON_NOUNS = frozenset({"people", "persons", "astronauts", "cosmonauts", "taikonauts",
                          "women", "men", "spacewalkers", "individuals", "humans",
                          "crewmembers", "flyers", "travellers", "travelers"})  # fmt: skip


class When(NamedTuple):
    """A date constraint: `op` is in (overlaps), before, or after the span."""

    span: DateSpan
    op: str = "in"
    strict: bool = False  # "before 1962" leaves 1962 out; "by 1962" keeps it

    def bounds(self) -> tuple[date, date]:
        """The first and last day the constraint reaches (`before`: up to the end; `after`:
        from the start), with the span itself left out when `strict`."""
        lo, hi = self.span.start, self.span.end
        if self.strict and self.op == "before":
            hi = lo - timedelta(days=1)
        if self.strict and self.op == "after":
            lo = hi + timedelta(days=1)
        return lo, hi

    def label(self) -> str:
        words = {"in": "in", "before": "before", "after": "after"}[self.op]
        if not self.strict:
            words = {"before": "up to", "after": "since"}.get(self.op, words)
        if self.op == "in" and self.span.is_day:
            words = "on"
        return f"{words} {self.span.label()}"


@dataclass
class Part:
    """One asked clause: "who commanded it" or "when did it land"."""

    asks: set[str] = field(default_factory=set)  # who, when, where, duration, flight, ...
    events: set[str] = field(default_factory=set)  # launch, land, aboard, fly, arrive, ...
    roles: set[str] = field(default_factory=set)  # commander, pilot, ...
    seat: str = ""  # "lunar module pilot": the pilot's seat, when this part names one

    def __bool__(self) -> bool:
        return bool(self.asks or self.events or self.roles)


@dataclass
class Query:
    raw: str = ""
    # what is named
    people: list[str] = field(default_factory=list)
    flights: list[str] = field(default_factory=list)
    expeditions: list[str] = field(default_factory=list)
    stations: list[str] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)
    spacecraft: list[str] = field(default_factory=list)  # flights flown by a named vehicle
    # constraints
    dates: list[When] = field(default_factory=list)
    # (op, kind, ids, next word): "after Challenger", "before STS-107": made dates by the
    # engine, or read as the subject again when they are not ("land after STS-1")
    anchors: list[tuple[str, str, tuple[str, ...], str]] = field(default_factory=list)
    nat: set[str] = field(default_factory=set)
    nat_not: set[str] = field(default_factory=set)  # "from outside the USSR and US"
    nat_label: str = ""  # "European": the word for a group of countries, for answers
    sex: str = ""
    kinds: set[str] = field(default_factory=set)
    occupations: set[str] = field(default_factory=set)  # teacher, politician: data/occupations
    programs: set[str] = field(default_factory=set)
    all_programs: bool = False  # "flown on both the Shuttle and Soyuz": each, not either
    any_station: bool = False  # "a space station", "the station": some station
    rank: str = ""  # first, last, 2..n, longest, shortest, most, fewest, youngest, oldest
    place: int = 1  # the place in a superlative's ranking: "who is in second place?" → 2
    top: int = 0  # "the three longest flights": that many first places, listed
    compare: str = ""  # longer, older, earlier, more_flights, ... ; or "or" (pick one)
    agg: str = "one"  # one | list | count | yesno
    parts: list[Part] = field(default_factory=list)
    live: bool = False
    uncrewed: bool = False  # "came back empty": a vehicle with nobody aboard
    series: str = ""  # "Soyuz TM-": a family of designations; "*" marks the suffix
    orbital: bool = False  # "to orbit": not a suborbital hop, not a launch that failed
    single: bool = False  # "on a single flight": one trip, not a career total
    moon: bool = False  # "walked on the Moon", "landed on the Moon": qa/moon.py
    all_female: bool = (
        False  # "the first all-female spacewalk": every walker or crew member a woman
    )
    all_private: bool = False  # "the first all-private mission": no government astronaut aboard
    resident: bool = False  # "long-duration crew": stays of a month or more
    agencies: set[str] = field(default_factory=set)
    times: str = ""  # how many flights a person made: "2", ">1", "=first" (a rookie)
    outcome: str = ""  # crew_loss, launch_abort: "the shuttle that was lost"
    outcomes: set[str] = field(default_factory=set)  # every outcome word: a claim may hold two
    rank_of: str = ""  # what a rank word ranks: "flight" ("the first shuttle mission") or "person"
    plural: bool = False  # "who were the first people…": a group, not one person
    before_mention: dict[str, str] = field(default_factory=dict)  # entity id -> word before it
    pronouns: set[str] = field(default_factory=set)  # he, she, plural, thing, one
    places: list[str] = field(default_factory=list)  # site words ("pacific"): checked in a yes/no
    walk_words: list[str] = field(
        default_factory=list
    )  # what a walk did ("untethered"), per its record
    excluded: list[str] = field(
        default_factory=list
    )  # "besides Cristoforetti": left out of the answer
    claims: list = field(default_factory=list)  # claims.Claim: "371 days", "more than 400 days"
    claim: bool = False  # stated as a fact to check: "Fact check: … Correct?"
    expected: int = 0  # "who were the 2 Soviets…": how many the asker expects to hear of
    seat: str = ""  # "command module pilot": a seat named in the crew notes
    unparsed: list[str] = field(default_factory=list)
    # words that only describe a subject the question names ("the military Salyut 5", "the
    # Soyuz 9 endurance flight"): not used, and the answer says so
    remarks: list[str] = field(default_factory=list)
    tokens: list[str] = field(default_factory=list)
    from_context: bool = False
    # flights the question named, in its order, when it picked one of them ("Soyuz 17 and
    # Soyuz 18 … the second one"): "the first one I mentioned" later picks from these
    mentioned: list[str] = field(default_factory=list)

    # the union of all parts, for questions that don't care which clause said it
    @property
    def asks(self) -> set[str]:
        return set().union(*(p.asks for p in self.parts)) if self.parts else set()

    @property
    def events(self) -> set[str]:
        return set().union(*(p.events for p in self.parts)) if self.parts else set()

    @property
    def roles(self) -> set[str]:
        return set().union(*(p.roles for p in self.parts)) if self.parts else set()

    @property
    def site_words(self) -> list[str]:
        """The place words said as where ("in the Pacific", "near Arkalyk"), which narrow a
        list; a site word used otherwise ("a short visit", "Florida time") is no place."""
        toks = self.tokens
        return [w for w in self.places if w not in GENERIC_PLACE and w in toks and any(
            t in ("in", "near", "off", "at", "into", "from", "on", "of") for t in
            toks[max(0, toks.index(w) - 3) : toks.index(w)])]  # fmt: skip

    @property
    def counts_people(self) -> bool:
        """A count of people: "how many people flew on the Voskhod missions?", "how many
        Japanese astronauts have walked in space?" (the noun after "how many" says what)."""
        toks = self.tokens
        if self.agg != "count" or "many" not in toks:
            return False
        for t in toks[toks.index("many") + 1 : toks.index("many") + 4]:
            if t in PERSON_NOUNS:
                return True
            if t in ("spacewalks", "flights", "missions", "times", "walks", "days", "crews"):
                return False
        return False

    def programs_asked_at(self) -> list[int]:
        """Where "which Soyuz", "what Shuttle" asks a program rather than filters by it: the
        places of "which"/"what" before a program the query holds."""
        t = self.tokens
        return [
            i
            for i, a in enumerate(t)
            # ("which Crew Dragon mission", "what space shuttle": a word may come between)
            if a in ("which", "what") and (set(t[i + 1 : i + 3]) & self.programs)
        ]

    @property
    def describes_person(self) -> bool:
        """A person described rather than named: a nationality (or its negation), a sex, a
        kind or an occupation ("the first Japanese woman", "a non-American tourist")."""
        return bool(self.nat or self.nat_not or self.sex or self.kinds or self.occupations)

    @property
    def named(self) -> bool:
        return bool(
            self.people
            or self.flights
            or self.expeditions
            or self.stations
            or self.modules
            or self.spacecraft
        )

    def one_or_other(self) -> bool:
        """Whether "or" joins the things named ("did Whitson or Williams …?"): which one is
        asked, not a yes or no (q.compare is "or" for "than" too)."""
        return "or" in self.before_mention.values()

    def has_filters(self) -> bool:
        return bool(
            self.dates
            or self.nat
            or self.nat_not
            or self.sex
            or self.kinds
            or self.occupations
            or self.programs
            or self.agencies
            or self.times
            or self.outcome
            or self.resident
            or self.all_private
            or self.series
            or self.all_female
            or self.moon
            or bool(self.site_words)  # "which flights splashed down in the Pacific?"
            or any(c.op not in ("=", "~") for c in self.claims)  # "more than 300 days"
            or any(c.unit == "stations" or c.unit.startswith("different ") for c in self.claims)
        )

    def copy(self, **changes) -> Query:
        q = replace(self, **changes)
        q.parts = [Part(set(p.asks), set(p.events), set(p.roles)) for p in q.parts]
        return q

    def describe(self, names: dict[str, str] | None = None) -> str:
        """The query in plain words: `Soyuz MS-09 · commander; landing time and place`."""
        names = names or {}
        subject = [names.get(i, i) for i in (*self.flights, *self.people, *self.expeditions)]
        subject += [names.get(i, i) for i in (*self.stations, *self.modules)]
        bits = []
        if subject:
            bits.append(" and ".join(subject))
        filters = []
        if self.nat:
            filters.append("/".join(sorted(self.nat)))
        if self.nat_not:
            filters.append("not " + "/".join(sorted(self.nat_not)))
        if self.sex:
            filters.append("women" if self.sex == "female" else "men")
        if self.kinds:
            filters.append("/".join(sorted(self.kinds)))
        if self.agencies:
            filters.append("/".join(sorted(self.agencies)))
        if self.occupations:
            filters.append("/".join(sorted(self.occupations)))
        if self.programs:
            filters.append(("+" if self.all_programs else "/").join(sorted(self.programs)))
        if self.series:
            filters.append(self.series.replace("*", "…").strip())
        if self.times and self.times != "=first":
            filters.append(f"flights {self.times}")
        filters += [w.label() for w in self.dates]
        filters += [f"at {w.title()}" for w in self.site_words]
        filters += [f"claim: {c.label()}" for c in self.claims]
        if self.seat:
            filters.append(self.seat)
        if self.rank:
            filters.insert(0, f"#{self.rank}" if self.rank.isdigit() else self.rank)
        if filters:
            bits.append(" ".join(filters))
        asked = []
        for p in self.parts:
            words = sorted(p.roles) + sorted(p.asks) + sorted(p.events)
            if words:
                asked.append(" ".join(words))
        if self.agg != "one":
            asked.insert(0, self.agg)
        if asked:
            bits.append("; ".join(asked))
        return " · ".join(bits)


# ------------------------------------------------------------------ queries by id
# What the slash commands ask, built from ids the user picked: no words to misread.
# `raw` is only the label shown with the answer.


def crew_query(flight_id: str, label: str) -> Query:
    return Query(raw=f"Who flew on {label}?", flights=[flight_id], parts=[Part({"who"}, {"fly"})])


def landing_query(flight_id: str, label: str) -> Query:
    return Query(raw=f"When and where did {label} land?", flights=[flight_id],
                 parts=[Part({"when"}, {"land"}), Part({"where"}, {"land"})])  # fmt: skip


def person_query_of(person_id: str, label: str) -> Query:
    return Query(raw=f"Who is {label}?", people=[person_id], parts=[Part({"who"})])


def expedition_query(expedition_id: str, label: str) -> Query:
    return Query(raw=f"Who was on {label}?", expeditions=[expedition_id], parts=[Part({"who"})])


def aboard_query(span: DateSpan, station_id: str = "", station_label: str = "") -> Query:
    where = f" {station_label}" if station_label else ""
    return Query(raw=f"Who was aboard{where} {When(span).label()}?", dates=[When(span)],
                 stations=[station_id] if station_id else [],
                 parts=[Part({"who"}, {"aboard"})])  # fmt: skip


def spacewalks_query(person_id: str = "", label: str = "", span: DateSpan | None = None) -> Query:
    if person_id:
        return Query(raw=f"Which spacewalks did {label} make?", people=[person_id],
                     parts=[Part(set(), {"fly", "walk"})])  # fmt: skip
    assert span is not None
    return Query(raw=f"Which spacewalks were made {When(span).label()}?", dates=[When(span)],
                 parts=[Part(set(), {"fly", "walk"})], plural=True)  # fmt: skip
