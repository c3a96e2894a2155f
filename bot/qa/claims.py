"""Claims to check: a statement framed as a question, and the numbers it asserts.

Journalists ask in statements: "Fact check: John Glenn flew on STS-95 in 1998 at the age
of 77. Correct?", "A press release says Frank Rubio spent 371 days in space on one flight.
Is that accurate?". `strip_frame` takes the frame off (the lead-in, the "is it true that",
the trailing "Correct?") and says whether what is left is a claim; the parser reads the
claim like any question and the executor answers it yes or no. A number with a unit
("371 days", "more than 400 days", "one person", "at the age of 77") is a `Claim`: the
answer is "yes" only when the records give that number, and says the real one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from ..store.facts import Facts, Flight, Trip
from . import phrases as ph
from .compose import Reply, Unanswerable, crew_reply, launch_crew, names, trip_label
from .query import Query

# A short lead-in that announces a check: "Fact check please:", "For a story:", "Checking a
# caption:". Six words at most, so a real sentence with a colon is left alone.
_LEAD = re.compile(r"^\s*((?:[\w'’-]+\s+){0,8}[\w'’-]+)\s*[:–—]\s*")
_LEAD_WORDS = frozenset(
    "fact factcheck fact-check check checking verify verifying confirm confirming accuracy "
    "story piece article caption claim quick sanity report wrong settle bet debate argument "
    "false draft notes prep trivia host".split()  # "true or false: …", "Draft: …", "Host prep: …"
)  # "correct me if wrong: …", "correct me if I'm wrong: …"
# "For a project on the first Chinese crewed flight: …", "For my essay: …": who asks and
# why; only as one of the lead's first three words, so a long lead stays a question
_PURPOSE_WORDS = frozenset(
    "project essay homework assignment school class presentation paper blog video podcast "
    "thread quiz post forum subforum megathread newsletter lesson writeup segment episode "
    "note".split()
)
# "For our China subforum: …", "Mod note for the launch-aborts megathread: …": a lead that
# opens like this says who asks, wherever its purpose word falls
_PURPOSE_OPENERS = frozenset({"for", "mod", "writing", "prepping", "preparing", "from"})
# the subject a lead names: "Story about Gui Haichao", "for my Fram2 piece", "on Ax-4"
_ABOUT_IN_LEAD = re.compile(
    r"\b(?:about|on|of)\s+((?:(?!(?:my|our|the|a|an|this)\b)[\w'’.-]+\s*){1,4})$"
    r"|\b(?:my|our)\s+((?:(?!(?:piece|story|article|caption|draft|post|thread|essay|project|report|"
    r"video|podcast|newsletter|note|notes|copy|script)\b)[\w'’.-]+\s+){1,3})"
    r"(?:piece|story|article|caption|draft|post|thread|essay|project|report|video|podcast|"
    r"newsletter|note|notes|copy|script)\b",
    re.I,
)

# "Is it true that …", "I'm checking a claim that …", "Our article says …"
_THAT = re.compile(
    r"^\s*(?:(?:is it|it is|it's|is this) (?:true|correct|right|accurate|so) that"
    r"|(?:i'm|i am|im|we're|we are) (?:checking|fact-checking|verifying) (?:a|the|this) "
    r"(?:claim|statement|line|report|story|sentence)(?: that)?"
    r"|(?:(?:a|an|the|our|my|this) (?:[\w-]+ ){0,2}|someone |somebody |people |everyone |they "
    r"|(?:draft|caption|copy|article|story|script) )"
    r"(?:says|said|say|claims|claimed|claim|states|stated|"
    r"reports|reported|writes|wrote|insists)(?: that)?"
    r"|(?:can|could) you (?:confirm|verify|check) (?:that|whether|if)"
    r"|(?:please )?(?:confirm|verify) (?:that|whether|if)"
    r"|(?:please )?(?:confirm|verify)(?=\s+(?!the\b|what\b|when\b|who\b|which\b|how\b)))\s+",
    re.I,
)
# "… Correct?", "…, is that right?", "… True?"
_TAIL = re.compile(
    r"(?:^|[\s,.;:!?–—-])\s*(?:(?:didn't|didnt|did not|wasn't|wasnt|isn't|isnt|hasn't|hasnt|"
    r"haven't|havent|weren't|werent) (?:he|she|they|it|there)|or (?:no|not)|(?:is|was) (?:that|this|it) (?:right|correct|true|accurate|so)"
    r"|(?:that's|thats|that is) (?:right|correct|true)|true or false|am i right"
    r"|correct|true|accurate|right|yes|yeah|yep|yup|ya|yah|yea|innit|no\?)\s*[?.!]*\s*$",
    re.I,
)
# a question word that opens a clause ("…, and when did it launch?"), not a subordinate
# "when" ("was 77 when he flew")
_WH = re.compile(
    r"(?:^|[,;:.?!–—-]|\band\b|\bbut\b)\s*(?:(?:on|in|at|for|from|to|by|with|roughly|about|so|just"
    r"|exactly|approximately)\s+)?(?:who|whom|whose|what|which|when|where|why|how|whats|whos|"
    r"wheres|hows)\b",
    re.I,
)
_ASKING = re.compile(
    r"^\s*(?:who|whom|whose|what|which|when|where|why|how|did|does|do|was|were|is|are|has|"
    r"have|had|can|could)\b",
    re.I,
)


def ends_as_claim(text: str) -> bool:
    """Whether text ends by asking for a check: ", right?", "correct?", "didn't he?"."""
    return _TAIL.search(text) is not None


# "mark shuttleworth was the first space tourist": a ranked claim stated, with no "?" (of a
# name, not of a flight: "STS-120 was the first time two women commanders met" is a lead-in)
_STATED_FIRST = re.compile(
    r"^\s*(?!(?:who|what|which|when|where|how|was|is|were|did|does|do|has|have)\b)"
    r"[^\W\d][^\W\d.'’ -]*(?:[.'’ -]+[^\W\d]+){0,4}?\s+(?:was|is|were)\s+(?:the\s+)?"
    r"(?:first|last|only|youngest|oldest|"
    r"second|third|fourth|fifth)\b[^?]*$",
    re.IGNORECASE,
)


# "the first Shuttle docking with Mir was STS-74?": the ranked description said first, the
# name it is said to be last (a question mark makes it no less a claim)
_FIRST_WAS = re.compile(
    r"^\s*the\s+(?:very\s+)?(?:first|last|only|youngest|oldest|second|third)\b[^?]*?\s+"
    r"(?:was|were)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s*\??\s*$",
    re.IGNORECASE,
)

_QUESTION_WORDS = frozenset("who whom whose what which when where how why".split())
_RELATIVE = re.compile(
    r"(?<=[a-z] )(who|which)(?= (?:was|were|wasn't|wasnt|is|isn't|isnt|had|has|did|didn't|flew)\b)"
)


def strip_frame(text: str) -> tuple[str, bool]:
    """(the question without its fact-check frame, whether it states a claim to check)."""
    rest, framed = text, False
    true_or_false = False
    for _ in range(3):
        m = _LEAD.match(rest)
        lead = re.findall(r"[\w-]+", m.group(1).lower()) if m else []
        true_or_false = true_or_false or lead[-3:] == ["true", "or", "false"]
        if lead[:1] == ["story"] and lead[1:2] and lead[1] not in ("about", "on", "for", "of"):
            lead = lead[1:]  # "Story Musgrave was 61 on STS-80 — …": his name, not a story
        if m and (
            (len(lead) <= 6 and set(lead) & _LEAD_WORDS)
            or set(lead[:3]) & _PURPOSE_WORDS
            or (lead[:1] and lead[0] in _PURPOSE_OPENERS and set(lead) & _PURPOSE_WORDS)
        ):
            # "Story about Shubhanshu Shukla: which mission did he fly?", "for my Fram2
            # piece: who commanded it?": what the story is about stays with the question
            about = _ABOUT_IN_LEAD.search(m.group(1))
            kept = (about.group(1) or about.group(2) or "").strip() if about else ""
            rest, framed = (f"{kept}: " if kept else "") + rest[m.end() :], True
            continue
        m = _THAT.match(rest)
        if m:
            rest, framed = rest[m.end() :], True
            continue
        m = _TAIL.search(rest)
        if m and m.start() > 0:
            rest, framed = rest[: m.start()].rstrip(" ,.;:!?–—-"), True
            continue
        break
    said = set(re.findall(r"[a-z]+", text.lower()))
    # ("… the first person in space who wasn't Soviet or American?": "who" after a noun
    # relates a clause to it; it asks nothing)
    low = text.lower()
    ranked = re.search(r"\b(?:first|last|only|youngest|oldest|second|third|fourth|fifth)\b", low)
    if ranked:  # (only after the ranked words: "and who was the first …" still asks)
        said = set(re.findall(r"[a-z]+", low[: ranked.start()])) | (
            set(re.findall(r"[a-z]+", low[ranked.start() :]))
            - set(_RELATIVE.findall(low[ranked.start() :]))
        )
    # (a stated first asked with "?" alone, not "… on STS-8 — launch date?")
    bare = text.rstrip(" ?") if not re.search(r"[—–:;]| - ", text) else text
    if (
        not framed
        and (_STATED_FIRST.match(bare) or _FIRST_WAS.match(text))
        and not said & _QUESTION_WORDS
    ):
        # "mamoru mohri was the first japanese in space" (said, not asked): a claim
        return text.rstrip(" .!"), True
    if not framed or not rest.strip():
        return text, False
    # "Is it correct that Sally Ride first flew on STS-7, and when did it launch?": a
    # question rides along; it is answered as asked rather than as a bare yes or no
    # ("true or false: when Koch landed … it was the longest flight by a woman": a statement
    # whatever its clauses say)
    return rest, true_or_false or not (_ASKING.match(rest) or _WH.search(rest))


class Claim(NamedTuple):
    """An asserted number: `op` is "=", "~" (about), ">", ">=", "<" or "<="."""

    value: float
    unit: str  # days, hours, weeks, months, years, people, flights, age
    op: str = "="

    def label(self) -> str:
        words = {"=": "", "~": "about ", ">": "more than ", ">=": "at least ", "<": "less than ",
                 "<=": "at most "}[self.op]  # fmt: skip
        unit = "years old" if self.unit == "age" else self.unit
        if self.value == 1 and unit == "people":
            unit = "person"  # "more than 1 person"
        elif self.value == 1 and unit.endswith("s") and unit != "years old":
            unit = unit[:-1]  # "1 year"
        return f"{words}{self.value:g} {unit}"


WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
UNITS = {
    "day": "days", "days": "days", "d": "days", "hour": "hours", "hours": "hours", "h": "hours",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
    "hrs": "hours", "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
    "year": "years", "years": "years", "people": "people", "person": "people",
    "persons": "people", "ppl": "people", "astronauts": "people", "cosmonauts": "people",
    "taikonauts": "people", "crewmembers": "people", "members": "people", "men": "people",
    "flights": "flights", "missions": "flights", "times": "flights", "spaceflights": "flights",
    "spacewalks": "spacewalks", "spacewalk": "spacewalks", "evas": "spacewalks",
    "crews": "crews", "crew": "people", "stations": "stations", "station": "stations",
}  # fmt: skip
_MORE = {"more", "longer", "over", "greater", "above", "exceeding", "beyond"}
_LESS = {"less", "fewer", "shorter", "under", "below"}
_ABOUT = {"about", "around", "roughly", "approximately", "nearly", "almost", "some", "circa"}


def claim_op(tokens: list[str], i: int) -> tuple[str, int]:
    """The comparison before the number at `i`, and where its words start."""
    prev = tokens[i - 1] if i >= 1 else ""
    prev2 = tokens[i - 2] if i >= 2 else ""
    if prev == "than" and prev2 in ("older", "younger"):
        return (">" if prev2 == "older" else "<"), i - 2  # "older than 50": an age
    if prev == "than" and prev2 in _MORE:
        start = i - 3 if i >= 3 and tokens[i - 3] == "spent" else i - 2
        return ">", start
    if prev == "than" and prev2 in _LESS:
        return "<", i - 2
    if prev in ("least",) and prev2 == "at":
        return ">=", i - 2
    if prev in ("most",) and prev2 == "at":
        return "<=", i - 2
    if prev in _MORE:
        return ">", i - 1
    if prev in _LESS:
        return "<", i - 1
    if prev in _ABOUT:
        return "~", i - 1
    return "=", i


DURATION_UNITS = frozenset({"minutes", "days", "hours", "weeks", "months", "years"})
_TOLERANCE = {"minutes": 1.0, "days": 1.0, "hours": 1.0, "weeks": 0.5, "months": 0.5,
              "years": 0.5}  # fmt: skip
DAYS_PER = {"minutes": 1 / 1440, "days": 1.0, "hours": 1 / 24, "weeks": 7.0, "months": 30.44,
            "years": 365.25}  # fmt: skip


def holds(c: Claim, actual: float) -> bool:
    tol = _TOLERANCE.get(c.unit, 0.0)
    if c.unit in ("weeks", "months", "years"):
        tol = min(tol, abs(c.value) / 4)  # "half a year" is not eight days
    if c.unit == "days" and abs(c.value) < 4:
        tol = 0.5  # "about 2 days" is not 1 day 10 h: a day either way is half the claim
    if c.op == "~":
        tol = max(tol, abs(c.value) * 0.05)
    return {
        "=": abs(actual - c.value) <= tol,
        "~": abs(actual - c.value) <= tol,
        ">": actual > c.value,
        ">=": actual >= c.value - tol,
        "<": actual < c.value,
        "<=": actual <= c.value + tol,
    }[c.op]


def duration_fits(claims: list[Claim], seconds: float | None, described: bool = False) -> bool:
    """Whether a span meets every bound on time ("stayed more than 180 days"). With
    `described`, a stated length describes what is asked about ("the doctor who stayed
    437 days") and must fit too; otherwise it is a claim checked elsewhere."""
    return all(
        seconds is not None and holds(c, _in_unit(seconds, c.unit))
        for c in claims
        if c.unit in DAYS_PER and (described or c.op not in ("=", "~"))
    )


def _in_unit(seconds: float, unit: str) -> float:
    return seconds / 86400 / DAYS_PER[unit]


def check_claim(facts: Facts, q: Query, trips_of: Callable[[str], list[Trip]]) -> Reply:
    """Yes or no to the claim's number, with the real number and where it comes from.

    `trips_of(pid)` gives the person's trips that meet the query's other constraints."""
    c = q.claims[0]
    if c.unit in DAYS_PER:
        return _duration_claim(facts, q, c, trips_of)
    if c.unit == "age":
        return _age_claim(facts, q, c, trips_of)
    if c.unit == "people" and q.flights and not q.people:
        f = facts.flights[q.flights[0]]
        crew = [s.person for s in launch_crew(facts, f)]
        ok = holds(c, len(crew))
        r = crew_reply(facts, f)
        r.text = f"{'Yes' if ok else 'No'}: {f.name} launched with {len(crew)} " + (
            f"{'person' if len(crew) == 1 else 'people'}: {names(facts, crew)}."
        )
        return r
    if c.unit == "spacewalks" and q.people and not q.flights:
        pid = q.people[0]
        walks = facts.evas_by_person.get(pid, [])
        ok = holds(c, len(walks))
        p = facts.people[pid]
        return Reply(f"{'Yes' if ok else 'No'}: {p.name} has made {len(walks)} spacewalk"
                     f"{'s' if len(walks) != 1 else ''} in my records.", [],
                     ph.sources_of(*(e.source for e in walks[-1:]), p.source), people=[pid])  # fmt: skip
    if c.unit == "people" and q.expeditions and not (q.people or q.flights):
        e = facts.expeditions[q.expeditions[0]]
        crew = list(dict.fromkeys(m.person for m in facts.members_by_expedition.get(e.id, [])))
        ok = holds(c, len(crew))
        return Reply(f"{'Yes' if ok else 'No'}: {e.name} had {len(crew)} crew member"
                     f"{'s' if len(crew) != 1 else ''}: {names(facts, crew)}.", [],
                     ph.sources_of(e.source), people=crew, expeditions=[e.id])  # fmt: skip
    if c.unit in ("crews", "flights") and q.stations and not (q.people or q.flights):
        st = facts.stations[q.stations[0]]
        visits = [f for f in facts.flights_by_launch if f.station == st.id and f.reached_station
                  and any(s.went_up for s in facts.seats_by_flight.get(f.id, []))]  # fmt: skip
        ok = holds(c, len(visits))
        return Reply(f"{'Yes' if ok else 'No'}: {st.name} received {len(visits)} crew"
                     f"{'s' if len(visits) != 1 else ''}: {ph.join([f.name for f in visits[:12]])}.",
                     [], ph.sources_of(st.source), flights=[f.id for f in visits])  # fmt: skip
    if c.unit == "flights" and q.people and not q.flights:
        pid = q.people[0]
        n = len(trips_of(pid))
        p = facts.people[pid]
        ok = holds(c, n)
        listed = "; ".join(f"{trip_label(facts, t)}, {t.start.year}" for t in trips_of(pid)[:12])
        return Reply(f"{'Yes' if ok else 'No'}: {p.name} has flown {n} time{'s' if n != 1 else ''}"
                     f" in my records{': ' + listed if listed else ''}.", [],
                     ph.sources_of(p.source), people=[pid])  # fmt: skip
    if c.unit in ("different stations", "stations") and q.people and not q.flights:
        # "did Kizim and Solovyov visit two different space stations on the same mission?":
        # the stations of each trip they made (together), counted per trip
        from .execute import trip_stations

        shared = None
        for pid in q.people:
            mine = {(t.up_flight, t.down_flight): t for t in trips_of(pid)}
            shared = mine if shared is None else {k: v for k, v in shared.items() if k in mine}
        trips = list((shared or {}).values())
        best = max(trips, key=lambda t: len(trip_stations(facts, t)), default=None)
        if best is None:
            raise Unanswerable(f"I have no trip that {names(facts, q.people)} made together.")
        sts = [facts.stations[x].name for x in trip_stations(facts, best) if x in facts.stations]
        ok = holds(c, len(sts))
        return Reply(f"{'Yes' if ok else 'No'}: {names(facts, q.people)} visited {len(sts)} station"
                     f"{'s' if len(sts) != 1 else ''} on {trip_label(facts, best)}: {ph.join(sts)}.",
                     [], ph.sources_of(facts.flights[best.up_flight].source),
                     people=list(q.people), flights=[best.up_flight])  # fmt: skip
    raise Unanswerable(f"I can't check “{c.label()}” against my records.")


def _duration_claim(facts: Facts, q: Query, c: Claim, trips_of) -> Reply:
    if q.flights and not q.people:
        f = facts.flights[q.flights[0]]
        r = _flight_duration(facts, f, c)
        if q.rank in ("longest", "shortest") and r.text.startswith("Yes"):
            # "Skylab 3 was the longest Skylab mission at about 59 days?": the length holds,
            # the rank must too
            from .execute import execute

            try:
                held = execute(facts, q.copy(flights=[], claims=[], agg="one", claim=False))
            except Unanswerable:
                return r
            if held.flights[:1] != [f.id]:
                r.text = "No: " + r.text.removeprefix("Yes: ") + " " + held.text
                r.flights = [f.id, *held.flights[:1]]
        return r
    toks = q.tokens
    ranked_length = any(
        t == q.rank and any(w.isdigit() or w in WORD_NUMBERS for w in toks[i + 1 : i + 3])
        for i, t in enumerate(toks)
    )  # ("China's first six-month mission": the length is what is ranked, not claimed)
    if not q.people and q.rank and not q.flights and not ranked_length:
        # "the last Skylab crew stayed up 59 days, right?": the flight the description
        # finds, its length checked (Skylab 4: 84 days)
        from .execute import execute

        try:
            held = execute(facts, q.copy(claims=[], agg="one", claim=False))
        except Unanswerable:
            held = None
        if held is not None and len(held.flights[:2]) == 1 and held.flights[0] in facts.flights:
            return _flight_duration(facts, facts.flights[held.flights[0]], c)
    if not q.people:
        raise Unanswerable(f"I can't tell whose “{c.label()}” you mean.")
    pid = q.people[0]
    p = facts.people[pid]
    trips = [t for t in trips_of(pid) if t.end]
    if not trips:
        raise Unanswerable(f"I have no finished flight of {p.name} that fits that.")
    total = "total" in q.asks or "total" in q.tokens or "altogether" in q.tokens
    # "Liu Yang has only spent 13 days in space": "has spent" is the career so far
    perfect = any(a in ("has", "have") and b in ("spent", "only", "been", "logged")
                  for a, b in zip(q.tokens, q.tokens[1:]))  # fmt: skip
    total = total or (perfect and not _each(q))
    if total or (len(trips) > 1 and not q.single and not _each(q)):
        secs = sum((t.end - t.start).total_seconds() for t in trips)
        ok = holds(c, _in_unit(secs, c.unit))
        if not ok and not total:
            return _best_trip(facts, pid, trips, c)
        return Reply(
            f"{'Yes' if ok else 'No'}: {p.name} spent {ph.duration(secs)} in space "
            f"({ph.about_days(secs)}) over {len(trips)} flights.",
            [ph.join([trip_label(facts, t) for t in trips])],
            ph.sources_of(p.source),
            people=[pid],
        )
    return _best_trip(facts, pid, trips, c)


def _each(q: Query) -> bool:
    return bool(q.rank or q.flights or q.dates or q.stations or q.programs)


def _best_trip(facts: Facts, pid: str, trips: list[Trip], c: Claim) -> Reply:
    p = facts.people[pid]
    fitting = [t for t in trips if holds(c, _in_unit((t.end - t.start).total_seconds(), c.unit))]
    t = fitting[0] if fitting else max(trips, key=lambda t: t.end - t.start)
    secs = (t.end - t.start).total_seconds()
    head = "Yes" if fitting else "No"
    lead = f"{head}: {p.name} spent {ph.duration(secs)} in space ({ph.about_days(secs)}) on "
    text = f"{lead}{trip_label(facts, t)}, from {ph.day(t.start)} to {ph.day(t.end)}."
    if not fitting and len(trips) > 1:
        text += " That was the longest of the flights that fit."
    f = facts.flights[t.up_flight]
    return Reply(text, [], ph.sources_of(p.source, f.source), people=[pid], flights=[f.id])


def _flight_duration(facts: Facts, f: Flight, c: Claim) -> Reply:
    if not (f.launch and f.landing):
        raise Unanswerable(f"{f.name} has no landing in my records, so I can't check its length.")
    secs = (f.landing.dt - f.launch.dt).total_seconds()
    ok = holds(c, _in_unit(secs, c.unit))
    text = (f"{'Yes' if ok else 'No'}: {f.name} lasted {ph.duration(secs)} ({ph.about_days(secs)}), "
            f"from {ph.day(f.launch.dt)} to {ph.day(f.landing.dt)}.")  # fmt: skip
    others = []
    if not ok and c.op in ("=", "~"):
        # "Skylab 3 was the 84-day mission, wasn't it?": no — and which one was
        kin = [g for g in facts.flights.values() if g.id != f.id and g.launch and g.landing
               and (g.station == f.station if f.station else g.program == f.program)
               and holds(c, _in_unit((g.landing.dt - g.launch.dt).total_seconds(), c.unit))]  # fmt: skip
        if len(kin) == 1:
            others = [kin[0].id]
            said = c.label()
            text += (
                f" {kin[0].name} lasted {said if said.startswith('about') else 'about ' + said}."
            )
    return Reply(text, [], ph.sources_of(f.source), flights=[f.id, *others])


def _age_claim(facts: Facts, q: Query, c: Claim, trips_of) -> Reply:
    if not q.people:
        raise Unanswerable(f"I can't tell whose age “{c.label()}” is about.")
    pid = q.people[0]
    p = facts.people[pid]
    if not p.birth_date:
        raise Unanswerable(f"I have no birth date for {p.name}, so I can't check an age.")
    trips = trips_of(pid) or facts.trips_by_person.get(pid, [])
    if not trips:
        raise Unanswerable(f"I have no spaceflights recorded for {p.name}.")
    t = trips[-1] if q.rank == "last" else trips[0] if len(trips) == 1 or q.rank else trips[-1]
    # "older than 50 when he landed from his record flight?": the age at landing
    down = "land" in q.events and "launch" not in q.events and t.end is not None

    def moment(u: Trip):
        return u.end if down and u.end else u.start

    years = years_between(p.birth_date, moment(t).date())
    fitting = [u for u in trips if holds(c, years_between(p.birth_date, moment(u).date()))]
    if fitting and not (q.flights or q.dates or q.rank):
        t, years = fitting[0], years_between(p.birth_date, moment(fitting[0]).date())
    ok = holds(c, years)
    f = facts.flights[t.up_flight]
    when = (f"{trip_label(facts, t)} landed on {ph.day(moment(t))}" if down
            else f"{trip_label(facts, t)} launched on {ph.day(t.start)}")  # fmt: skip
    return Reply(
        f"{'Yes' if ok else 'No'}: {p.name} (born {ph.day(p.birth_date)}) was {years} when {when}.",
        [],
        ph.sources_of(p.source, f.source),
        people=[pid],
        flights=[f.id],
    )


def years_between(born: date, on: date) -> int:
    """Age in whole years on a day."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
