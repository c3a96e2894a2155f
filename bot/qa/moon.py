"""The Moon: who walked on it and which flights landed there.

The records hold no lunar table; the crew notes do, one per moonwalker ("First person to
walk on the Moon", … "Twelfth person to walk on the Moon"). A flight landed on the Moon
when someone aboard walked on it. Anything else about the Moon (orbits, samples, rovers)
is declined by name rather than answered from the spacewalk or landing records, which
are about Earth orbit.
"""

from __future__ import annotations

import re

from ..store.facts import Facts
from ..store.names import fold
from . import phrases as ph
from .claims import holds, years_between
from .compose import (
    Reply,
    Unanswerable,
    everyone_aboard,
    hours,
    join_replies,
    lunar_module,
    names,
)
from .lexicon import QUESTION_WORDS
from .query import Part, Query

_WALKED = re.compile(r"\b(\w+) person to walk on the moon", re.I)
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
             "twelfth").split()  # fmt: skip


def moonwalkers(facts: Facts) -> list[tuple[int, str, str]]:
    """(order, person, flight) for everyone the crew notes say walked on the Moon."""
    if "moonwalkers" not in facts.memo:
        out = []
        for seats in facts.seats_by_flight.values():
            for s in seats:
                m = _WALKED.search(s.notes or "")
                if m and m.group(1).lower() in _ORDINALS:
                    out.append((_ORDINALS.index(m.group(1).lower()) + 1, s.person, s.flight))
        facts.memo["moonwalkers"] = sorted(out)
    return facts.memo["moonwalkers"]


_NOT_WALKS = frozenset({"orbit", "orbited", "orbiting", "orbits", "circle", "circled", "around",
                        "flyby", "rover", "rovers", "samples", "rock", "rocks", "far"})  # fmt: skip


_ONLY = ("About the Moon I only know who walked on it, which flights landed there, where and "
         "when, not lunar orbits, rovers or samples.")  # fmt: skip


# what this module answers of the Moon itself, and what it hands to the flight's answer
_ANSWERED = frozenset(
    {"who", "crew", "flight", "flights", "count", "number", "howmany", "with", "total"}
)
_OF_A_FLIGHT = frozenset({"age", "with", "crew"})


def stayed_in_orbit(facts: Facts, fid: str) -> Reply | None:
    """ "Who stayed in the command module?" on a Moon landing: the one of the crew who did
    not walk on the Moon. None for a flight that did not land there."""
    walked = {w for _, w, f in moonwalkers(facts) if f == fid}
    if not walked:
        return None
    f = facts.flights[fid]
    crew = everyone_aboard(facts, fid)
    stayed = [p for p in crew if p not in walked]
    if len(stayed) != 1:
        return None
    craft = _cm_said(f.spacecraft)
    pron = "she" if facts.people[stayed[0]].sex == "female" else "he"
    return Reply(f"{facts.people[stayed[0]].name} was {f.name}'s command module pilot: {pron} stayed "
                 f"in lunar orbit in the command module{craft} while the other two walked on the Moon.",
                 [], ph.sources_of(f.source), people=stayed, flights=[fid])  # fmt: skip


def _cm_said(spacecraft: str) -> str:
    """ " Columbia (CSM-107)" for a named command module, " (CSM-103)" for a serial only."""
    if not spacecraft:
        return ""
    return f" {spacecraft}" if "(" in spacecraft else f" ({spacecraft})"


def _people_asked(tokens: list[str]) -> bool:
    """ "who flew it", "which two astronauts flew the lunar module": people asked of it."""
    if "who" in tokens:
        return True
    return any(
        w == "which"
        and {"two", "astronauts", "astronaut", "men", "crewmen"} & set(tokens[i + 1 : i + 5])
        for i, w in enumerate(tokens)
    )


_LANDER_WORDS = frozenset({"lm", "lem", "lander", "lunar", "module", "name", "called"})


def _clauses(tokens: list[str]) -> list[list[str]]:
    """The words of each question clause, split where a second question word opens one (the
    words before the first go with it)."""
    out: list[list[str]] = [[]]
    asked = False
    for i, w in enumerate(tokens):
        opens = w in QUESTION_WORDS and (i == 0 or tokens[i - 1] in ("and", "then", "also"))
        if opens and asked:
            if out[-1][-1:] in (["and"], ["then"], ["also"]):
                out[-1].pop()
            out.append([])
        asked = asked or w in QUESTION_WORDS
        out[-1].append(w)
    return out


_MOON_WORDS = frozenset({"moon", "lunar", "surface", "moonwalk", "moonwalks", "moonwalkers",
                         "moonwalker", "walked", "walk", "lm", "lem", "lander"})  # fmt: skip


def _part_clauses(q: Query) -> list[list[str]] | None:
    """The words of each part's own clause, split by question words, else as punctuated;
    None when neither gives one clause per part."""
    clauses = _clauses(q.tokens)
    if len(clauses) != len(q.parts):
        clauses = _said_clauses(q.raw) or clauses
    return clauses if len(clauses) == len(q.parts) else None


def off_the_moon(q: Query, i: int) -> bool:
    """Whether part `i` of a Moon question asks of the flight from Earth: its launch, with
    no word of the Moon in its own clause."""
    clauses = _part_clauses(q)
    return (
        clauses is not None
        and q.parts[i].events == {"launch"}
        and not _MOON_WORDS & set(clauses[i])
    )


def part_tokens(q: Query) -> list[list[str]]:
    """Each part's words: the words for Earth or the lander only in the clause that says
    them ("where did they land on the Moon, and when did they splash down?"); the rest may
    say what all ask."""
    clauses = _part_clauses(q)
    if clauses is None:
        return [q.tokens] * len(q.parts)
    return [[w for w in q.tokens if w not in _OWN_CLAUSE
             or w in c or not any(w in d for d in clauses if d is not c)]
            for c in clauses]  # fmt: skip


def _said_clauses(raw: str) -> list[list[str]]:
    """The words of each clause as punctuated: "Apollo 11: who stayed in orbit, what day did
    they land on the Moon, and when was splashdown?" is three (the subject goes with the
    first)."""
    out: list[list[str]] = []
    for seg in re.split(r"[,;?]|\band\b|\bthen\b", raw.lower()):
        words = fold(seg).split()
        if not words:
            continue
        if out and QUESTION_WORDS & set(words):
            out.append(words)
        elif out:
            out[-1] += words
        else:
            out.append(words)
    return out


def moon_query(facts: Facts, q: Query) -> Reply:
    """The Moon's questions, with a wrong rank said of a named walker corrected first."""
    ages = [c for c in q.claims if c.unit == "age"]
    if ages and len(q.people) == 1:
        return _age_on_the_moon(facts, q, ages[0])
    if (
        q.compare == "or"
        and len(q.people) == 2
        and q.rank in ("first", "last")
        and ("walk" in q.events)
    ):
        # "who was the last to walk on the Moon, Cernan or Schmitt?": the ranking of every
        # walker, which says which of the two it was (and who stepped off last)
        ranked = _moon_query(facts, q.copy(people=[], compare="", pronouns=set()))
        if any(p in ranked.people for p in q.people):
            return ranked
    r = _moon_query(facts, q)
    walkers = moonwalkers(facts)
    if (
        q.agg != "yesno"
        and len(q.people) == 1
        and q.rank in ("first", "last")
        and walkers
        and not r.text.startswith(("No", "Yes"))
    ):
        # "when did Buzz Aldrin become the first man on the Moon?": he was the second — said,
        # then what was asked
        mine = [n for n, p, _ in walkers if p == q.people[0]]
        holder = walkers[0] if q.rank == "first" else walkers[-1]
        if mine and holder[1] != q.people[0]:
            r.text = (f"{facts.people[q.people[0]].name} was not the {q.rank} person on the Moon "
                      f"but the {_ORDINALS[mine[0] - 1]}; the {q.rank} was "
                      f"{facts.people[holder[1]].name}. {r.text}")  # fmt: skip
    return r


def _age_on_the_moon(facts: Facts, q: Query, claim) -> Reply:
    """ "Alan Shepard was 47 when he walked on the Moon?": his age at the touchdown."""
    pid = q.people[0]
    p = facts.people[pid]
    here = [s.flight for s in facts.seats_by_person.get(pid, []) if s.flight in facts.moon_landings
            and facts.moon_landings[s.flight].touchdown]  # fmt: skip
    if not here or not p.birth_date:
        raise Unanswerable(f"I have no Moon landing with {p.name} aboard, or no birth date.")
    x = facts.moon_landings[here[0]]
    age = years_between(p.birth_date, x.touchdown.dt.date())
    ok = holds(claim, age)
    return Reply(f"{'Yes' if ok else 'No'}: {p.name} (born {ph.day(p.birth_date)}) was {age} when "
                 f"{facts.flights[x.id].name} landed on the Moon on {ph.day(x.touchdown.dt)}.", [],
                 ph.sources_of(p.source, x.source), people=[pid], flights=[x.id])  # fmt: skip


def _moon_query(facts: Facts, q: Query) -> Reply:
    from .execute import person_ok

    if len(q.parts) > 1:  # "who walked on the Moon on Apollo 15, and when did they land?"
        # each clause with its own words: "where did they land on the Moon, and when did
        # they splash down?" asks the landing site on the Moon, then the splashdown
        # (only the words for Earth are kept to their clause: the rest may say what all ask)
        own = part_tokens(q)
        from .execute import execute

        def one(p: Part, t: list[str]) -> Reply:
            if q.flights and off_the_moon(q, q.parts.index(p)):
                # "Apollo 14: who walked on the Moon, and when did it launch?": the launch is
                # the flight's, from Earth
                return execute(facts, q.copy(moon=False, parts=[p], tokens=t))
            if p.asks == {"who"} and not p.events and q.flights and "crew" in t:
                # "Apollo 12: the crew, and where on the Moon did they land?": its crew,
                # the one who stayed in orbit too, not only those who walked
                return execute(facts, q.copy(moon=False, parts=[p], tokens=t))
            return _moon_query(facts, q.copy(parts=[p], tokens=t))

        return join_replies([one(p, t) for p, t in zip(q.parts, own, strict=True)])

    at = next((i for i, w in enumerate(q.tokens) if w in (*_ORDINALS, "last")), None)
    if (
        q.rank
        and not q.flights
        and at is not None
        and q.tokens[at + 1 : at + 2] in (["landing"], ["time"], ["mission"], ["crew"], ["flight"])
    ):
        # "who walked on the Moon on the second landing / the second time?": the landing
        # ranked, then who walked on it (not the second person to walk)
        walkers = moonwalkers(facts)
        landed = sorted({f for *_, f in walkers}, key=lambda f: facts.flights[f].launch.dt)
        n = len(landed) if q.tokens[at] == "last" else _ORDINALS.index(q.tokens[at]) + 1
        if n > len(landed):
            raise Unanswerable(f"There were only {len(landed)} crewed Moon landings.")
        parts = [Part(p.asks - {"time"} or {"who"}, set(p.events), set(p.roles)) for p in q.parts]
        return _moon_query(facts, q.copy(flights=[landed[n - 1]], rank="", parts=parts))
    if (
        len(q.parts) == 1
        and "who" in q.asks
        and q.asks & {"when", "where", "time"}
        and not (q.people or q.rank or q.compare or q.agg != "one")
        and q.flights
    ):
        # "who were the moonwalkers of Apollo 15, and on what date did they land?": the
        # walkers, then the landing (one clause the parse read as one part)
        (p,) = q.parts
        return join_replies([
            _moon_query(facts, q.copy(parts=[Part({"who"}, set(p.events), set(p.roles))])),
            _moon_query(facts, q.copy(parts=[Part(p.asks - {"who"}, set(p.events), set(p.roles))])),
        ])  # fmt: skip
    t = q.tokens
    if (
        q.rank in ("longest", "shortest")
        and not (q.flights or q.people)
        and "walk" not in q.events
        and not any(w.startswith("moonwalk") for w in t)
        and {"surface", "stayed", "stay", "spent", "time"} & set(t)
    ):
        # "which Apollo mission spent the longest time on the lunar surface?": each landing's
        # touchdown to liftoff, ranked
        stays = [(x.liftoff.dt - x.touchdown.dt, f) for f, x in facts.moon_landings.items()
                 if x.kind == "landed" and x.touchdown and x.liftoff]  # fmt: skip
        if stays:
            stays.sort(reverse=q.rank == "longest")
            secs, fid = stays[0][0].total_seconds(), stays[0][1]
            table = "; ".join(f"{facts.flights[f].name} {ph.duration(d.total_seconds())}"
                              for d, f in stays)  # fmt: skip
            ml = facts.moon_landings[fid]
            return Reply(f"{facts.flights[fid].name} stayed the {q.rank} on the Moon: "
                         f"{ph.duration(secs)}, its lunar module {ml.lunar_module} landing "
                         f"{ph.utc(ml.touchdown)} and lifting off {ph.utc(ml.liftoff)} ({table}).",
                         [], ph.sources_of(ml.source), flights=[fid])  # fmt: skip
    if (
        q.rank in ("longest", "shortest")
        and not q.flights
        and "walk" in q.events | {"walk" for w in t if w.startswith("moonwalk")}
    ):
        # "the longest single moonwalk of the Apollo program": single moonwalks have no
        # durations in the records (only each landing's total), so no ranking of them
        raise Unanswerable("I have each Moon landing's number of moonwalks and their total time, "
                           "not the length of single moonwalks, so I can't rank them.")  # fmt: skip
    # "back to Duke, how old was he when he landed on the Moon?": back to a subject, not Earth
    earthward = {w for i, w in enumerate(t)
                 if w != "back" or t[i + 1 : i + 2] != ["to"] or "earth" in t[i + 2 : i + 3]}  # fmt: skip
    if _EARTH & earthward and "land" in q.events:
        # "when did the last Apollo Moon crew splash down?": back on Earth; the Moon only
        # says which flight
        return _home_from_moon(facts, q)
    on_surface = "surface" in t or any(
        t[i] == "on" and "moon" in t[i + 1 : i + 3] for i in range(len(t))
    )  # "the last man on the Moon" stood on it; "went to the Moon" may only have flown around it
    walked_or_landed = (
        on_surface
        or "walk" in q.events
        or "land" in q.events
        or bool({"moonwalk", "moonwalks", "moonwalker", "moonwalkers", "moonwalked"} & set(t))
    )
    lander = ("module" in t and "lunar" in t) or any(
        w in ("lm", "lem", "lander") and t[i + 1 : i + 2] != ["pilot"] for i, w in enumerate(t)
    )  # "which lunar module", "the lunar module", "what was the LM called?"
    if (
        (q.asks & {"when", "time", "duration", "where", "vehicle"} or lander)
        and walked_or_landed
        or lander
    ):
        # "where did Apollo 15 land on the Moon?", "how long were they on the surface?"
        unlanded = [f for f in q.flights if f not in facts.moon_landings and f in facts.flights]
        if (
            unlanded
            and not q.asks & {"who", "crew"}
            # (not "which two astronauts flew it, and its call sign?": people are asked too)
            and not _people_asked(q.tokens)
            and (lm := lunar_module(facts.flights[unlanded[0]]))
        ):
            # "Apollo 10: what was the lunar module called?": Snoopy, which never landed
            f = facts.flights[unlanded[0]]
            return Reply(f"{f.name}'s lunar module was {lm[1]} ({lm[0]}); it did not "
                         "land on the Moon.", [], ph.sources_of(f.source), flights=[f.id])  # fmt: skip
        if (
            not q.seat
            and q.flights
            and q.roles == {"pilot"}
            and q.asks <= {"who"}
            and {"its", "it's"} & set(t)
        ):
            # "what was the LM called, and who was its pilot?": the lunar module pilot
            q = q.copy(seat="lunar module pilot")
        if q.seat and q.flights and len(q.parts) == 1 and not q.asks - {"who"}:
            # "Apollo 15 CMP, and the LM name?": the seat, then the lander
            from .execute import execute

            seat = execute(
                facts, q.copy(moon=False, tokens=[w for w in t if w not in _LANDER_WORDS])
            )
            return join_replies([seat, landing_on_moon(facts, q)])
        launched = [facts.flights[f] for f in q.flights if f in facts.flights]
        if q.events == {"launch"} and len(launched) == 1 and launched[0].launch:
            # "Apollo 17 launch date and landing site on the Moon?": the launch's part is the
            # launch from Earth (the landing's part says where it set down)
            f = launched[0]
            return Reply(f"{f.name} launched on {ph.utc(f.launch)}.", [], ph.sources_of(f.source),
                         flights=[f.id])  # fmt: skip
        return landing_on_moon(facts, q)
    if (
        q.agg == "yesno"
        and len(q.people) == 1
        and not walked_or_landed
        and q.events <= {"fly", "launch", "aboard"}
        and not (_NOT_WALKS & set(q.tokens) or q.times or q.asks)
    ):
        # "did Alan Shepard go to the Moon?": yes when he flew on a landing (walked, or
        # stayed in lunar orbit); otherwise the records can't say (Apollo 8 and 13 went
        # round it without landing)
        pid = q.people[0]
        mine = [(f, w) for _, w, f in moonwalkers(facts) if w == pid]
        lunar = [s.flight for s in facts.seats_by_person.get(pid, [])
                 if s.flight in facts.moon_landings
                 and facts.moon_landings[s.flight].kind == "landed"]  # fmt: skip
        every = [f for f, _ in mine] + lunar
        fits = [f for f in every if all(_on_moon_within(facts, f, w) for w in q.dates)]
        ref = facts.flights[q.flights[0]].launch if q.flights else None
        if ref is not None and (q.compare in ("later", "earlier") or "again" in q.tokens):
            # "did he go to the Moon again later?" after Apollo 12: another flight, after it
            later = q.compare != "earlier"
            fits = [f for f in fits if f not in q.flights
                    and ((facts.flights[f].launch.dt > ref.dt) == later)]  # fmt: skip
        if every and not fits:
            # "had he been to the Moon before?" (before Skylab 2): only at another time
            f = facts.flights[every[0]]
            return Reply(f"No: {facts.people[pid].name} went to the Moon only on {f.name} "
                         f"({ph.day(f.launch.dt)}), not then.", [], ph.sources_of(f.source),
                         people=[pid], flights=[f.id])  # fmt: skip
        mine = [(f, w) for f, w in mine if f in fits]
        lunar = [f for f in lunar if f in fits]
        if mine or lunar:
            fid = mine[0][0] if mine else lunar[0]
            did = "walked on it" if mine else "stayed in lunar orbit while others walked on it"
            return Reply(f"Yes: {facts.people[pid].name} went to the Moon on "
                         f"{facts.flights[fid].name} and {did}.", [],
                         ph.sources_of(facts.flights[fid].source), people=[pid], flights=[fid])  # fmt: skip
    if _NOT_WALKS & set(q.tokens) or q.times or not walked_or_landed:
        raise Unanswerable(_ONLY)  # "went to the Moon twice", "lunar orbit"
    counted = q.agg == "count" or "howmany" in q.asks  # ("… and how many EVAs on the Moon?")
    if counted and {"moonwalks", "evas", "excursions", "walks"} & set(q.tokens):
        # "how many moonwalks did Apollo 17 do?": the landing's count of excursions (each
        # one's own length is not in the records)
        ml = facts.moon_landings.get(q.flights[0]) if len(q.flights) == 1 else None
        if ml is not None and ml.moonwalks:
            f = facts.flights[ml.id]
            hm = ml.moonwalk_total.split(":") if ml.moonwalk_total else []
            total = (f", {int(hm[0])} h {int(hm[1])} min outside in all"
                     if len(hm) == 2 and all(x.isdigit() for x in hm) else "")  # fmt: skip
            r = Reply(f"{f.name} made {ml.moonwalks} moonwalk{'s' if ml.moonwalks != 1 else ''}"
                      f"{total}.", [], ph.sources_of(ml.source), flights=[f.id])  # fmt: skip
            if q.agg != "count" and "module" in q.asks:
                # "the lunar module name, and how many EVAs on the Moon?": both parts
                return join_replies([landing_on_moon(facts, q), r])
            return r
        raise Unanswerable("I know how many moonwalks each landing made, but not for that; "
                           "name the landing.")  # fmt: skip
    walkers = moonwalkers(facts)
    if q.people and q.asks & _OF_A_FLIGHT:
        # "how old was Duke on the Moon?": an attribute of the flight he walked on, which
        # the executor answers like any flight's ("how old was he on Apollo 16?")
        theirs = [f for _, p, f in walkers if p == q.people[0]]
        down = facts.moon_landings.get(theirs[0]) if theirs else None
        born = facts.people[q.people[0]].birth_date
        if q.asks == {"age"} and down and down.touchdown and born:
            # "how old was Duke when he landed on the Moon?": on the touchdown day, not at
            # the splashdown
            from .claims import years_between

            p = facts.people[q.people[0]]
            at = down.touchdown.dt
            text = (f"{p.name} was {years_between(born, at.date())} when {facts.flights[down.id].name} "
                    f"landed on the Moon on {ph.day(at)} (born {born.day} {born.strftime('%B %Y')}).")  # fmt: skip
            return Reply(text, [], ph.sources_of(p.source, down.source), people=[p.id],
                         flights=[down.id])  # fmt: skip
        if theirs:
            from .execute import execute

            return execute(facts, q.copy(moon=False, flights=theirs[:1]))
    claimed = q.agg == "yesno" and len(q.people) == 1
    if q.rank in ("youngest", "oldest") and (not q.people or claimed) and not q.flights:
        # "the youngest moonwalker": age on the day their flight left for the Moon (to the
        # day, so two of one age in years are told apart); "Schmitt was the youngest man
        # to walk on the Moon?" is checked against it
        from .claims import years_between

        aged = [((facts.flights[f].launch.dt.date() - facts.people[p].birth_date).days, p, f)
                for _, p, f in walkers if facts.people[p].birth_date]  # fmt: skip
        _, pid, fid = (min if q.rank == "youngest" else max)(aged)
        f = facts.flights[fid]
        age = years_between(facts.people[pid].birth_date, f.launch.dt.date())
        text = (f"The {q.rank} person to walk on the Moon was {facts.people[pid].name}, "
                f"{age} when {f.name} launched on {ph.day(f.launch.dt)}.")  # fmt: skip
        if claimed:
            text = f"{'Yes' if q.people[0] == pid else 'No'}: {text}"
        return Reply(text, [], ph.sources_of(facts.people[pid].source, f.source),
                     people=[pid], flights=[fid])  # fmt: skip
    if q.asks - _ANSWERED:  # never the list of walkers for a question about something else
        raise Unanswerable(_ONLY)
    if q.describes_person or q.agencies:  # "women who walked on the Moon?"
        walkers = [w for w in walkers if person_ok(facts, q, w[1])]
        if not walkers and not q.people:
            return Reply("No one of that description has walked on the Moon, as far as my records "
                         "show: all twelve moonwalkers were American men.", [], [])  # fmt: skip
    if q.dates:  # "how many walked on the Moon in 1972?": by the day they set down there
        every = walkers
        stay = "land" not in q.events  # a walk on any day on the surface; a landing on its day
        walkers = [w for w in walkers
                   if all(_on_moon_within(facts, w[2], d, stay) for d in q.dates)]  # fmt: skip
        theirs = [w for w in every if w[1] in q.people]
        if q.agg == "yesno" and theirs and not [w for w in walkers if w[1] in q.people]:
            # "did Pete Conrad walk on the Moon in 1970?": no, and when he did
            _, pid, fid = theirs[0]
            did = "landed" if not stay else "walked"
            return Reply(f"No: {facts.people[pid].name} {did} on the Moon on {facts.flights[fid].name}"
                         f" (landing {_touchdown(facts, fid)}), not "
                         f"{' '.join(w.label() for w in q.dates)}.", [],
                         ph.sources_of(facts.flights[fid].source), people=[pid], flights=[fid])  # fmt: skip
        mine = q.flights[0] if len(q.flights) == 1 and not q.people else ""
        if not walkers and q.agg == "yesno" and any(f == mine for *_, f in every):
            # "Apollo 12 landed on the Moon on 20 December 1969, right?": no, and when it did
            f = facts.flights[mine]
            return Reply(f"No: {f.name} landed on the Moon on {_touchdown(facts, mine)}, not "
                         f"{' '.join(w.label() for w in q.dates)}.", [], ph.sources_of(f.source),
                         flights=[mine])  # fmt: skip
        if not walkers:
            return Reply("Nobody walked on the Moon then, as far as my records show: the Moon "
                         "walks were from July 1969 to December 1972.", [], [])  # fmt: skip
    if q.compare in ("earlier", "later") and len(q.people) == 2:
        return _who_walked_first(facts, q)
    if q.compare in ("older", "younger") and len(q.people) == 2:
        return _older_on_the_moon(facts, q)
    if q.compare:  # an order or measure this module has no way to weigh
        raise Unanswerable(_ONLY)
    if not walkers:
        raise Unanswerable("I have no record of anyone walking on the Moon.")
    by_flight: dict[str, list[str]] = {}
    for _, pid, fid in walkers:
        by_flight.setdefault(fid, []).append(pid)
    landed = sorted(by_flight, key=lambda f: facts.flights[f].launch.dt)
    source = ph.sources_of(*(facts.flights[f].source for f in landed[:2]))
    asked_on = q.flights[0] if q.flights and not q.from_context else None
    if (
        q.agg == "yesno"
        and q.people
        and (
            not asked_on
            or (asked_on in by_flight and not set(q.people) <= set(by_flight[asked_on]))
        )
    ):
        # "did Roosa walk on the Moon during Apollo 14?": no, whatever the flight did
        pid = next((x for x in q.people if x not in by_flight.get(asked_on or "", [])), q.people[0])
        p = facts.people[pid]
        mine = [(n, f) for n, x, f in walkers if x == pid]
        if mine and asked_on and mine[0][1] != asked_on:
            n, fid = mine[0]
            return Reply(f"No: {p.name} walked on the Moon on {facts.flights[fid].name}, not on "
                         f"{facts.flights[asked_on].name}.", [], source, people=[pid],
                         flights=[fid])  # fmt: skip
        if mine:
            n, fid = mine[0]
            # "Aldrin was the first on the Moon, right?": a rank claimed is checked too
            claimed = {"first": 1, "last": len(walkers)}.get(
                q.rank, int(q.rank) if q.rank.isdigit() else 0
            )
            verdict = "No" if claimed and claimed != n else "Yes"
            text = f"{verdict}: {p.name} was the {_ORDINALS[n - 1]} person to walk on the Moon, on {facts.flights[fid].name}."
            if verdict == "No" and claimed <= len(walkers):
                first = walkers[claimed - 1]
                text += f" The {_ORDINALS[claimed - 1]} was {facts.people[first[1]].name}."
            return Reply(text, [], source, people=[pid], flights=[fid])  # fmt: skip
        lunar = [s.flight for s in facts.seats_by_person.get(pid, []) if s.flight in by_flight
                 and (not asked_on or s.flight == asked_on)]  # fmt: skip
        if lunar:
            fid = lunar[0]
            f = facts.flights[fid]
            # the one who stayed in lunar orbit flew the command module (Worden, Endeavour)
            craft = _cm_said(f.spacecraft)
            pron = "she" if p.sex == "female" else "he"
            return Reply(f"No: {p.name} flew on {f.name} but did not walk on the Moon: {pron} stayed "
                         f"in lunar orbit in the command module{craft}; {names(facts, by_flight[fid])} did.",
                         [], source, people=[pid], flights=[fid])  # fmt: skip
        return Reply(f"No: {p.name} never walked on the Moon, as far as my records show.", [],
                     ph.sources_of(p.source), people=[pid])  # fmt: skip
    if q.flights:
        fid = q.flights[0]
        f = facts.flights[fid]
        if fid in by_flight:
            text = (f"{f.name} landed on the Moon on {_touchdown(facts, fid)}: "
                    f"{names(facts, by_flight[fid])} walked on it.")  # fmt: skip
            return Reply(("Yes: " if q.agg == "yesno" else "") + text, [], ph.sources_of(f.source),
                         people=by_flight[fid], flights=[fid])  # fmt: skip
        if q.agg == "yesno":
            # "did Cernan land on the Moon on Apollo 10?": no, and when those named did
            later = [f"{facts.people[x].name} walked on it on {facts.flights[g].name}"
                     for x in q.people for _, w, g in walkers if w == x]  # fmt: skip
            # "Apollo 10 was the first Moon landing, right?": and which one was
            landed = list(dict.fromkeys(g for _, _, g in walkers))
            nth = {"first": 1, "last": len(landed)}.get(
                q.rank, int(q.rank) if q.rank.isdigit() else 0
            )
            if 0 < nth <= len(landed):
                g = landed[nth - 1]
                which = "last" if q.rank == "last" else _ORDINALS[nth - 1]
                later.append(f"The {which} Moon landing was {facts.flights[g].name}, on "
                             f"{_touchdown(facts, g)}")  # fmt: skip
            return Reply(f"No: {f.name} did not land on the Moon; nobody aboard walked on it."
                         + (f" {'; '.join(later)}." if later else ""), [],
                         ph.sources_of(f.source), flights=[fid])  # fmt: skip
        raise Unanswerable(f"{f.name} did not land on the Moon, as far as my records show.")
    if q.rank == "last":
        # two answers are given in print: the twelfth to step onto it (Schmitt) and the last
        # to leave it (Cernan, by the notes); name both rather than pick one
        fid = walkers[-1][2]
        crew = by_flight[fid]
        leaver = next((s.person for s in facts.seats_by_flight.get(fid, [])
                       if "last to re-enter" in (s.notes or "").lower()), None)  # fmt: skip
        # (counted among all twelve, though the question ranked only some: "in 1972")
        nth = [w for _, w, _ in moonwalkers(facts)].index(walkers[-1][1])
        text = (f"The last people to walk on the Moon were {names(facts, crew)}, on "
                f"{facts.flights[fid].name}: {facts.people[walkers[-1][1]].name} was the "
                f"{_ORDINALS[nth]} to step onto it")  # fmt: skip
        if leaver and leaver != walkers[-1][1]:
            text += f", and {facts.people[leaver].name} the last to leave it"
        return Reply(text + ".", [], source, people=crew, flights=[fid])
    if q.rank == "first" or (q.rank or "").isdigit():
        n = 1 if q.rank == "first" else int(q.rank)
        if n > len(walkers):
            raise Unanswerable(f"Only {len(walkers)} people have walked on the Moon.")
        _, pid, fid = walkers[n - 1]
        word = _ORDINALS[n - 1]
        if q.rank == "first" and q.plural and q.agg != "yesno":
            # "who were the first men on the Moon?": the landing's pair, in the order they
            # stepped off, not the first one alone
            crew = [w for _, w, g in walkers if g == fid]
            order = ", then ".join(facts.people[w].name for w in crew)
            return Reply(f"The first people to walk on the Moon were {names(facts, crew)}, on "
                         f"{facts.flights[fid].name} ({order}).", [], source, people=crew,
                         flights=[fid])  # fmt: skip
        return Reply(f"The {word} person to walk on the Moon was {facts.people[pid].name}, on "
                     f"{facts.flights[fid].name}.", [], source, people=[pid], flights=[fid])  # fmt: skip
    if q.rank in ("most", "longest") and (q.asks & {"flight", "flights"} or "land" in q.events):
        # "which Apollo mission had the most moonwalks / the longest moonwalks in total?"
        def total(fid: str) -> int:
            h, _, m = (facts.moon_landings[fid].moonwalk_total or "0:0").partition(":")
            return int(h or 0) * 60 + int(m or 0)

        rows = [(f, facts.moon_landings[f]) for f in landed if f in facts.moon_landings]
        if q.rank == "most" and "total" not in q.asks:
            best = max(x.moonwalks for _, x in rows)
            top = [f for f, x in rows if x.moonwalks == best]
            what = f"{best} moonwalks each" if len(top) > 1 else f"{best} moonwalks"
        else:
            best = max(total(f) for f, _ in rows)
            top = [f for f, _ in rows if total(f) == best]
            what = f"{best // 60} h {best % 60} min of moonwalks in all"
        table = "; ".join(
            f"{facts.flights[f].name} {x.moonwalks} ({x.moonwalk_total} h)" for f, x in rows
        )
        return Reply(f"{ph.join([facts.flights[f].name for f in top])}: {what} ({table}).", [],
                     source, flights=top)  # fmt: skip
    if q.asks & {"flight", "flights"} or "land" in q.events:
        labels = [f"{facts.flights[f].name} ({ph.day(facts.flights[f].launch.dt)})" for f in landed]
        head = f"{len(landed)} flights landed on the Moon"
        if q.dates:
            head += " " + ph.join([d.label() for d in q.dates])
        return Reply(f"{head}: {ph.join(labels)}.", [], source, items=labels, flights=landed,
                     listed=landed)  # fmt: skip
    people = [pid for _, pid, _ in walkers]
    other = q.programs - {"apollo"}
    if other:
        # "how many of the moonwalkers had flown on Gemini?", "… later flew on the Shuttle":
        # the walkers with a flight of that program too
        fit = [p for p in people if any(facts.flights[t.up_flight].program in other
                                        for t in facts.trips_by_person.get(p, []))]  # fmt: skip
        label = "/".join(sorted(other)).title()
        return Reply(f"{len(fit)} of the {len(people)} people who walked on the Moon also flew on "
                     f"a {label} flight: {names(facts, fit) or 'none'}.", [], source,
                     {"count": len(fit)}, people=fit, items=[facts.people[p].name for p in fit],
                     listed=fit)  # fmt: skip
    head = f"{len(people)} people have walked on the Moon"
    if q.dates:
        head = f"{len(people)} people walked on the Moon {ph.join([d.label() for d in q.dates])}"
    return Reply(f"{head}: {names(facts, people)}.", [], source, people=people,
                 items=[facts.people[p].name for p in people], listed=people)  # fmt: skip


_EARTH = frozenset({"splash", "splashed", "splashdown", "splashdowns", "home", "earth", "back",
                    "recovered", "recovery", "reentry", "return", "returned", "returning"})  # fmt: skip
# words kept to the clause that says them: Earth's ("and when did they splash down?") and
# the lander's ("… and what was their lunar module called?")
_OWN_CLAUSE = _EARTH | frozenset({"module", "lm", "lem", "lander"})


def _home_from_moon(facts: Facts, q: Query) -> Reply:
    from .execute import execute

    walkers = moonwalkers(facts)
    landed = sorted({f for *_, f in walkers}, key=lambda f: facts.flights[f].launch.dt)
    fids = list(q.flights)
    fids += [f for _, p, f in walkers if p in q.people and f not in fids]
    if not fids and q.rank in ("first", "last"):
        fids = [landed[0 if q.rank == "first" else -1]]
    if not fids:
        raise Unanswerable(_ONLY)
    from .query import Part

    parts = [Part(set(p.asks), set(p.events) - {"walk"}, set(p.roles)) for p in q.parts]
    return execute(facts, q.copy(moon=False, flights=fids[:1], people=[], rank="", parts=parts))


def _touchdown(facts: Facts, fid: str) -> str:
    """The day (and UTC time, where recorded) a flight set down on the Moon."""
    x = facts.moon_landings.get(fid)
    return ph.utc(x.touchdown) if x is not None and x.touchdown else "a day not in my records"


def _on_moon_within(facts: Facts, fid: str, when, stay: bool = False) -> bool:
    """Whether the flight set down on the Moon within a date constraint (its launch day
    when the touchdown is not recorded); with `stay`, any day it was on the surface counts
    (Armstrong walked on 21 July 1969 UTC, the day after the landing)."""
    x = facts.moon_landings.get(fid)
    day = (x.touchdown if x is not None and x.touchdown else facts.flights[fid].launch).dt.date()
    last = x.liftoff.dt.date() if stay and x is not None and x.liftoff else day
    lo, hi = when.bounds()
    return (
        (when.op == "before" and day <= hi) or (when.op == "after" and day >= lo)
        or (day <= hi and last >= lo)
    )  # fmt: skip


def _who_walked_first(facts: Facts, q: Query) -> Reply:
    """ "Did Duke walk on the Moon before Irwin?": by their order on the surface."""
    order = {pid: (n, fid) for n, pid, fid in moonwalkers(facts)}
    a, b = q.people[:2]
    missing = [facts.people[p].name for p in (a, b) if p not in order]
    if missing:
        raise Unanswerable(
            f"{ph.join(missing)} never walked on the Moon, as far as my records show."
        )
    first, second = sorted((a, b), key=lambda p: order[p][0])

    def said(p: str) -> str:
        n, fid = order[p]
        f = facts.flights[fid]
        return (f"{facts.people[p].name} was the {_ORDINALS[n - 1]} person to walk on it "
                f"({f.name}, {ph.day(f.launch.dt)})")  # fmt: skip

    text = f"{said(first)}; {said(second)}."
    if q.agg == "yesno":
        asked_first = a if q.compare == "earlier" else b
        text = ("Yes: " if asked_first == first else "No: ") + text
    else:
        text = f"{facts.people[first].name} walked on the Moon first: {text}"
    return Reply(text, [], ph.sources_of(*(facts.flights[order[p][1]].source for p in (a, b))),
                 people=[first, second], flights=[order[first][1], order[second][1]])  # fmt: skip


def _older_on_the_moon(facts: Facts, q: Query) -> Reply:
    """ "Who was older when they walked on the Moon, Shepard or Young?": each one's age on
    the day the flight they walked from set down there."""
    from .claims import years_between

    flight_of = {pid: fid for _, pid, fid in moonwalkers(facts)}
    missing = [facts.people[p].name for p in q.people[:2] if p not in flight_of]
    if missing:
        raise Unanswerable(
            f"{ph.join(missing)} never walked on the Moon, as far as my records show."
        )
    ages = []
    for pid in q.people[:2]:
        p, fid = facts.people[pid], flight_of[pid]
        x = facts.moon_landings.get(fid)
        day = (
            x.touchdown if x is not None and x.touchdown else facts.flights[fid].launch
        ).dt.date()
        if not p.birth_date:
            raise Unanswerable(f"I have no birth date for {p.name}.")
        ages.append((p.birth_date, years_between(p.birth_date, day), pid, fid))
    (_, age1, pid1, fid1), (_, age2, pid2, fid2) = sorted(ages)  # born first: older that day
    if q.compare == "younger":
        (age1, pid1, fid1), (age2, pid2, fid2) = (age2, pid2, fid2), (age1, pid1, fid1)
    name = facts.people
    text = (f"{name[pid1].name} was {q.compare}: {age1} on the Moon ({facts.flights[fid1].name}), "
            f"against {age2} for {name[pid2].name} ({facts.flights[fid2].name}).")  # fmt: skip
    if q.agg == "yesno":
        # "was Armstrong older than Aldrin when they landed?": the first named, checked
        text = ("Yes: " if pid1 == q.people[0] else "No: ") + text
    return Reply(text, [], ph.sources_of(name[pid1].source, name[pid2].source),
                 people=[pid1, pid2], flights=[fid1, fid2])  # fmt: skip


def landing_on_moon(facts: Facts, q: Query) -> Reply:
    """Where and when a flight set down on the Moon, and how long it stayed, from
    data/moon_landings.csv: of the flight named, of the person's Moon flight, or all six."""
    landings = facts.moon_landings
    fids = [f for f in q.flights if f in landings]
    for pid in q.people:
        fids += [s.flight for s in facts.seats_by_person.get(pid, []) if s.flight in landings]
    if q.flights and not fids:
        raise Unanswerable(f"{facts.flights[q.flights[0]].name} did not land on the Moon.")
    fids = list(dict.fromkeys(fids)) or [f for f, x in landings.items() if x.kind == "landed"]
    if q.rank in ("first", "last") and len(fids) > 1:
        landed = sorted((landings[f] for f in fids if landings[f].touchdown),
                        key=lambda x: x.touchdown.dt)  # fmt: skip
        fids = [landed[0 if q.rank == "first" else -1].id]
    lines = [_landing_line(facts, landings[f], q) for f in fids]
    sources = ph.sources_of(*(landings[f].source for f in fids[:2]))
    if len(lines) == 1:
        return Reply(lines[0], [], sources, flights=fids)
    return Reply(f"{len(lines)} crewed Moon landings: " + " ".join(lines), [], sources,
                 flights=fids, items=lines)  # fmt: skip


def _landing_line(facts: Facts, x, q: Query) -> str:
    name = facts.flights[x.id].name
    if x.kind != "landed":
        # (its lander is still named: Aquarius, the lifeboat of Apollo 13)
        lm = f"; its lunar module was {x.lunar_module}" if x.lunar_module else ""
        return f"{name} never landed on the Moon: it was to set down at {x.site}{lm}."
    bits = [f"{name}'s lunar module {x.lunar_module} landed at {x.site}"]
    if x.touchdown:
        bits.append(f"on {ph.utc(x.touchdown)}")
    text = " ".join(bits) + "."
    if (
        len(q.parts) == 1
        and q.parts[0].asks & {"who", "crew"}
        and not (q.parts[0].roles or q.seat or "walk" in q.events)
        and not {"moonwalker", "moonwalkers", "walked", "walk", "pilot"} & set(q.tokens)
    ):
        # "Apollo 14: who landed on the moon and what was the LM called?": who was aboard it
        # (a seat or the moonwalkers asked are answered by their own part)
        walkers = [w for _, w, f in moonwalkers(facts) if f == x.id]
        if walkers:
            text += f" {names(facts, walkers)} landed in it and walked on the Moon."
    if x.touchdown and x.liftoff and (q.asks & {"duration"} or "surface" in q.tokens):
        secs = (x.liftoff.dt - x.touchdown.dt).total_seconds()
        text += (f" It stayed {ph.duration(secs)} ({hours(secs)}) on the surface, lifting off {ph.utc(x.liftoff)}"
                 f"; {x.moonwalks} moonwalk{'s' if x.moonwalks != 1 else ''}"
                 f"{f' totalling {x.moonwalk_total} h' if x.moonwalk_total else ''}.")  # fmt: skip
    elif x.liftoff and q.asks & {"duration"}:
        text += f" It lifted off {ph.utc(x.liftoff)}."
    return text
