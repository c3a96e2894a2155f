"""One small function per kind of question. Each returns an Answer, or None to pass.

They read only `Facts` (in memory) and the read `Question`; `pick_intent` decides which
one to call from what the question names and the words it asks with.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from rapidfuzz import fuzz

from ..store.facts import Facts, Flight, Person, Stay, Trip
from ..store.names import fold
from . import phrases as ph
from .answer import Answer
from .question import Question

# ------------------------------------------------------------------ helpers


def _answer(q: Question, intent: str, text: str, details=None, sources=None, facts=None,
            title: str = "", items=None, confidence: float = 0.9) -> Answer:  # fmt: skip
    return Answer(
        question=q.raw,
        answered=True,
        text=text,
        details=list(details or []),
        sources=list(sources or []),
        intent=intent,
        confidence=confidence,
        facts=dict(facts or {}),
        title=title,
        items=list(items or []),
    )


def _asks_what_happened(q: Question) -> bool:
    return q.says(
        r"\bwhat happened\b|\bwhy\b|\b(anomaly|problem|leak|abort|aborted|failure|failed|fire|"
        r"collision|accident|emergency|incident|damage|damaged|story|wrong|issue|trouble)\b"
    )


def _story(notes: str, limit: int = 400) -> str:
    """A row's notes, for a user who asked what happened; cut at a sentence near `limit`."""
    if len(notes) <= limit:
        return notes
    cut = notes.rfind(". ", 0, limit)
    return notes[: cut + 1] if cut > 0 else notes[:limit].rstrip() + "…"


def _day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


def _day_end(d: date) -> datetime:
    return datetime.combine(d, time.max, tzinfo=UTC)


def _names(facts: Facts, ids, roles: dict[str, str] | None = None) -> list[str]:
    out = []
    for pid in ids:
        p = facts.people[pid]
        role = (roles or {}).get(pid, "")
        out.append(f"{p.name} ({role})" if role in ("commander", "pilot") else p.name)
    return out


def _seat_order(seat) -> tuple[int, str]:
    order = {"commander": 0, "pilot": 1}
    return (order.get(seat.role, 2), seat.person)


def launch_crew(facts: Facts, f: Flight):
    return sorted((s for s in facts.seats_by_flight.get(f.id, []) if s.went_up), key=_seat_order)


def landing_crew(facts: Facts, f: Flight):
    return sorted((s for s in facts.seats_by_flight.get(f.id, []) if s.came_down), key=_seat_order)


def _lost(facts: Facts, t: Trip) -> bool:
    """A trip that never ended because the vehicle and crew were lost (Challenger, Columbia)."""
    return t.end is None and facts.flights[t.up_flight].outcome == "crew_loss"


def _trip_span_text(facts: Facts, t: Trip) -> str:
    if t.end:
        return ph.duration((t.end - t.start).total_seconds())
    return "lost with the vehicle" if _lost(facts, t) else "still in space"


def _trip_seconds(t: Trip) -> float | None:
    return (t.end - t.start).total_seconds() if t.end else None


def _trip_label(facts: Facts, t: Trip) -> str:
    up = facts.flights[t.up_flight]
    text = ph.flight_label(up)
    if t.down_flight and t.down_flight != t.up_flight:
        text += f" (returned on {ph.flight_label(facts.flights[t.down_flight])})"
    return text


def _in_span(dt: datetime | None, q: Question, slack_days: int = 1) -> bool:
    if dt is None:
        return False
    return any(
        _day_start(d.start) - timedelta(days=slack_days)
        <= dt
        <= _day_end(d.end) + timedelta(days=slack_days)
        for d in q.dates
    )


def _pick_trip(facts: Facts, q: Question, person: str, event: str = "any") -> Trip | None:
    """The trip a question means: by flight named, vehicle kind, date, "year in space", else
    the latest. A filter the question states is strict: no match means None, never a guess."""
    trips = facts.trips_by_person.get(person, [])
    if not trips:
        return None
    if q.flights:
        trips = [t for t in trips if {t.up_flight, t.down_flight} & set(q.flights)]
        if not trips:
            return None
    programs = q.programs
    if programs:
        by_program = [
            t
            for t in trips
            if facts.flights[t.up_flight].program in programs
            or (t.down_flight and facts.flights[t.down_flight].program in programs)
        ]
        if not by_program:
            return None
        trips = by_program
    if q.dates:
        if event == "end":
            dated = [t for t in trips if _in_span(t.end, q)]
        elif event == "start":
            dated = [t for t in trips if _in_span(t.start, q)]
        else:
            dated = [
                t
                for t in trips
                if any(
                    t.start <= _day_end(d.end) + timedelta(days=1)
                    and (t.end is None or t.end >= _day_start(d.start) - timedelta(days=1))
                    for d in q.dates
                )
            ]
        if not dated:
            return None
        trips = dated
    if q.says(r"\b(year in space|year long|one year|yearlong|long duration|longest)\b"):
        return max(trips, key=lambda t: _trip_seconds(t) or 0)
    if q.says(r"\bfirst\b"):
        return trips[0]
    return trips[-1]


def _which_of(facts: Facts, pid: str, t: Trip) -> list[str]:
    """ "That was the last of 5 flights": said when the person flew more than once."""
    trips = facts.trips_by_person.get(pid, [])
    if len(trips) < 2:
        return []
    i = trips.index(t) if t in trips else -1
    place = "first" if i == 0 else "most recent" if i == len(trips) - 1 else f"number {i + 1}"
    others = ph.join([facts.flights[x.up_flight].name for x in trips if x is not t])
    return [f"That was the {place} of {len(trips)} flights; the others: {others}."]


def _person_sources(facts: Facts, pid: str, flights: list[str] = ()) -> list[str]:
    texts = [facts.people[pid].source] + [facts.flights[f].source for f in flights]
    return ph.sources_of(*texts)


# ------------------------------------------------------------------ flights


def crew_of_flight(q: Question, facts: Facts) -> Answer | None:
    if not q.flights:
        return None
    f = facts.flights[q.flights[0]]
    up, down = launch_crew(facts, f), landing_crew(facts, f)
    roles_up = {s.person: s.role for s in up}
    roles_down = {s.person: s.role for s in down}
    up_ids, down_ids = [s.person for s in up], [s.person for s in down]
    details = []
    asks_down = q.landing and not q.launch
    asks_up = q.launch and not q.landing
    if not up_ids and not down_ids:
        return _answer(q, "crew_of_flight", f"I have no crew list for {f.name}.",
                       sources=ph.sources_of(f.source), confidence=0.5)  # fmt: skip
    if asks_down:
        if not down_ids:
            text = f"{f.name} came back with nobody aboard"
            if f.outcome == "uncrewed_return":
                text += " (it returned uncrewed)"
            text += "."
        else:
            count = f"{len(down_ids)}: " if q.how_many else ""
            text = f"{f.name} brought home {count}{ph.join(_names(facts, down_ids, roles_down))}."
        if set(up_ids) != set(down_ids) and up_ids:
            details.append(f"Launched with: {ph.join(_names(facts, up_ids, roles_up))}.")
    else:
        count = f"{len(up_ids)} " if q.how_many else ""
        verb = "launched with" if asks_up or set(up_ids) != set(down_ids) else "flew with"
        text = (
            f"{ph.flight_label(f)} {verb} {count}crew: {ph.join(_names(facts, up_ids, roles_up))}."
        )
        if not up_ids:
            text = f"{f.name} launched without a crew."
        if set(up_ids) != set(down_ids):
            if down_ids:
                details.append(f"It landed with: {ph.join(_names(facts, down_ids, roles_down))}.")
            elif f.landing:
                details.append("It came back without a crew.")
            home: dict[str, list[str]] = {}
            for pid in up_ids:
                trip = next(
                    (t for t in facts.trips_by_person.get(pid, []) if t.up_flight == f.id), None
                )
                if trip and trip.down_flight and trip.down_flight != f.id:
                    home.setdefault(trip.down_flight, []).append(facts.people[pid].name)
            for fid, names in home.items():
                details.append(f"{ph.join(names)} came home on {facts.flights[fid].name}.")
    if f.launch:
        details.append(f"Launch: {ph.when(f.launch, f.launch_tz)}.")
    if f.landing:
        details.append(f"Landing: {ph.when(f.landing, f.landing_tz)}.")
    if f.outcome != "uncrewed_return":  # that one is said above, with who came home
        details[:0] = _outcome_lines(q, f)[:1]
    if f.notes and _asks_what_happened(q):
        details.append(_story(f.notes))
    return _answer(
        q, "crew_of_flight", text, details, ph.sources_of(f.source),
        facts={"flight": f.id, "launch_crew": up_ids, "landing_crew": down_ids},
        title=f.name,
    )  # fmt: skip


def flight_launch(q: Question, facts: Facts) -> Answer | None:
    if not q.flights:
        return None
    f = facts.flights[q.flights[0]]
    details = []
    details.extend(_outcome_lines(q, f))
    crew = launch_crew(facts, f)
    if crew:
        details.append(f"Crew: {ph.join(_names(facts, [s.person for s in crew]))}.")
    return _answer(q, "flight_launch", ph.launch_sentence(f), details, ph.sources_of(f.source),
                   facts={"flight": f.id, "launch_utc": f.launch.iso() if f.launch else None,
                          "launch_site": f.launch_site, "launch_pad": f.launch_pad},
                   title=f.name)  # fmt: skip


def flight_landing(q: Question, facts: Facts) -> Answer | None:
    if not q.flights:
        return None
    f = facts.flights[q.flights[0]]
    details = []
    if f.landing:
        us = ph.us_eastern(f.landing)
        if us:
            details.append(f"That was {us} in Houston/Florida time.")
    if f.recovery_ship:
        details.append(f"Recovery ship: {f.recovery_ship}.")
    if f.launch and f.landing:
        details.append(f"Flight time: {ph.duration((f.landing.dt - f.launch.dt).total_seconds())}.")
    down = landing_crew(facts, f)
    if down:
        details.append(f"Aboard: {ph.join(_names(facts, [s.person for s in down]))}.")
    elif f.landing:
        details.append("Nobody was aboard for the landing.")
    details.extend(_outcome_lines(q, f))
    return _answer(q, "flight_landing", ph.landing_sentence(facts, f), details,
                   ph.sources_of(f.source),
                   facts={"flight": f.id, "landing_utc": f.landing.iso() if f.landing else None,
                          "landing_site": f.landing_site, "landing_kind": f.landing_kind},
                   title=f.name)  # fmt: skip


def flight_duration(q: Question, facts: Facts) -> Answer | None:
    if not q.flights:
        return None
    f = facts.flights[q.flights[0]]
    if not (f.launch and f.landing):
        if f.outcome == "crew_loss":
            return _answer(q, "flight_duration", f"{f.name} never landed: {outcome_sentence(f)}",
                           _outcome_lines(q, f)[1:], ph.sources_of(f.source))  # fmt: skip
        return _answer(q, "flight_duration", f"{f.name} has not landed, so it has no duration yet.",
                       sources=ph.sources_of(f.source), confidence=0.6)  # fmt: skip
    # "how long were the crew up": if the crew came home on another vehicle, say so.
    secs = (f.landing.dt - f.launch.dt).total_seconds()
    text = f"{f.name} lasted {ph.duration(secs)}."
    details = [f"From {ph.utc(f.launch)} to {ph.utc(f.landing)}."]
    if q.people or q.says(r"\b(crew|they|taikonauts|astronauts|cosmonauts|guys)\b"):
        people = q.people or [s.person for s in launch_crew(facts, f)]
        trips = {}
        for pid in people:
            for t in facts.trips_by_person.get(pid, []):
                if f.id in (t.up_flight, t.down_flight) and t.end:
                    trips[pid] = t
        distinct = {(t.start, t.end) for t in trips.values()}
        if len(distinct) == 1:
            t = next(iter(trips.values()))
            if (t.start, t.end) != (f.launch.dt, f.landing.dt):
                text = (f"{ph.join([facts.people[p].name for p in trips])} spent "
                        f"{ph.duration((t.end - t.start).total_seconds())} in space "
                        f"({_trip_label(facts, t)}).")  # fmt: skip
                details = [f"From {ph.day(t.start)} to {ph.day(t.end)}."]
        elif len(distinct) > 1:
            for pid, t in trips.items():
                details.append(
                    f"{facts.people[pid].name}: {ph.duration((t.end - t.start).total_seconds())}"
                    f" ({_trip_label(facts, t)})."
                )
    return _answer(q, "flight_duration", text, details, ph.sources_of(f.source),
                   facts={"flight": f.id, "seconds": secs}, title=f.name)  # fmt: skip


def flight_payload(q: Question, facts: Facts) -> Answer | None:
    if not q.flights:
        return None
    f = facts.flights[q.flights[0]]
    if not f.payload:
        return None
    return _answer(q, "flight_payload", f"{ph.flight_label(f)} delivered {ph.join(list(f.payload))}.",
                   [], ph.sources_of(f.source), facts={"flight": f.id, "payload": list(f.payload)},
                   title=f.name)  # fmt: skip


def _payload_keys(item: str) -> list[str]:
    """`Unity (Node 1)` is asked about as "unity", "node 1" or "unity node 1"."""
    inner = re.findall(r"\(([^)]*)\)", item)
    outer = re.sub(r"\([^)]*\)", " ", item)
    keys = [fold(item), fold(outer), *(fold(i) for i in inner)]
    generic = {"module", "truss", "segment", "the", "and", "node", "carrier", "mplm"}
    return [k for k in dict.fromkeys(keys) if len(k) >= 3 and k not in generic]


def payload_flight(q: Question, facts: Facts) -> Answer | None:
    """Which flight delivered a module, truss or other payload named in the question."""
    if not q.says(
        r"\b(deliver|delivered|brought|carried|launched|installed|attached|bring|carry)\b"
    ):
        return None
    best = None
    text = f" {q.text} "
    for f in sorted(
        facts.flights.values(),
        key=lambda f: f.launch.dt if f.launch else datetime.max.replace(tzinfo=UTC),
    ):
        for item in f.payload:
            for key in _payload_keys(item):
                if f" {key} " in text and (best is None or len(key) > len(best[0])):
                    best = (key, f, item)
    if not best:
        return None
    _, f, item = best
    when_ = f", launched {ph.utc(f.launch)}" if f.launch else ""
    return _answer(q, "payload_flight", f"{item} was delivered by {ph.flight_label(f)}{when_}.",
                   [], ph.sources_of(f.source), facts={"flight": f.id, "payload": item},
                   title=f.name, confidence=0.8)  # fmt: skip


_OUTCOME = {
    "crew_loss": "The crew did not survive the flight.",
    "launch_abort": "The launch was aborted and the crew came back safely.",
    "docking_failure": "It failed to dock with the station.",
    "uncrewed_return": "The spacecraft came back without the crew it launched.",
    "early_return": "The flight ended early.",
}


def outcome_sentence(f: Flight) -> str:
    return _OUTCOME.get(f.outcome, "")


def _outcome_lines(q: Question, f: Flight) -> list[str]:
    """How the flight ended, if not as planned, and its story when the user asked for it."""
    lines = [outcome_sentence(f)] if outcome_sentence(f) else []
    if f.notes and _asks_what_happened(q):
        lines.append(_story(f.notes))
    return lines


def command_handover(q: Question, facts: Facts) -> Answer | None:
    """ "Who took command from Wilmore?" / "who handed command to Virts?"."""
    if not q.says(
        r"\b(took|take|takes|handed|hand|hands|handover|passed|succeeded|replaced|relieved|after|before|next|previous)\b"
    ):
        return None
    spells = []  # (start, person, expedition) for every command, in time order
    for m in facts.members:
        if m.role != "commander":
            continue
        e = facts.expeditions[m.expedition]
        start = m.start or e.start
        if start:
            spells.append((e.station, start.dt, m.person, e))
    spells.sort(key=lambda x: (x[0], x[1]))
    target = q.people[0] if q.people else None
    if not target and q.expeditions:
        e = facts.expeditions[q.expeditions[0]]
        cmds = [s for s in spells if s[3].id == e.id]
        target = cmds[-1][2] if cmds else None
    if not target:
        return None
    before = q.says(r"\b(to|before|previous|preceded)\b") and not q.says(
        r"\bfrom\b|\bafter\b|\bnext\b"
    )
    mine = [i for i, s in enumerate(spells) if s[2] == target]
    if q.expeditions:
        mine = [i for i in mine if spells[i][3].id in q.expeditions] or mine
    if not mine:
        return None
    i = mine[0] if before else mine[-1]
    j = i - 1 if before else i + 1
    if j < 0 or j >= len(spells) or spells[j][0] != spells[i][0]:
        return None
    a, b = (spells[j], spells[i]) if before else (spells[i], spells[j])
    pa, pb = facts.people[a[2]].name, facts.people[b[2]].name
    text = f"{pb} took command of {facts.stations[b[0]].name} from {pa} when {b[3].name} began on {ph.day(b[1])}."
    if a[3].id == b[3].id:
        text = f"{pb} took command from {pa} during {b[3].name}, on {ph.day(b[1])}."
    return _answer(q, "command_handover", text, [], ph.sources_of(a[3].source, b[3].source),
                   facts={"from": a[2], "to": b[2], "expedition": b[3].id}, title=b[3].name)  # fmt: skip


def flight_vehicle(q: Question, facts: Facts) -> Answer | None:
    if not q.flights:
        return None
    f = facts.flights[q.flights[0]]
    parts = []
    if f.spacecraft:
        kind = {
            "shuttle": "orbiter",
            "dragon": "Dragon capsule",
            "starliner": "Starliner capsule",
        }.get(f.program, "spacecraft")
        parts.append(f"{f.name} flew the {kind} {f.spacecraft}.")
    if f.recovery_ship and q.says(r"\b(ship|recovery|recovered|pick|picked)\b"):
        parts.insert(0, f"{f.name} was recovered by {f.recovery_ship}.")
    if not parts:
        return None
    return _answer(q, "flight_vehicle", parts[0], parts[1:], ph.sources_of(f.source),
                   facts={"flight": f.id, "spacecraft": f.spacecraft,
                          "recovery_ship": f.recovery_ship}, title=f.name)  # fmt: skip


def aboard_around_flight(q: Question, facts: Facts) -> Answer | None:
    """ "After X left, who was still on board?" / "who was aboard when X arrived?"."""
    if not q.flights:
        return None
    f = facts.flights[q.flights[0]]
    if not f.station:
        return None
    leaving = q.says(r"\b(left|leave|undock|undocked|departed|after)\b")
    launching = q.says(r"\b(launch|launched|lifted off|took off)\b")
    moment_i = (
        (f.undocking or f.landing)
        if leaving
        else (f.launch if launching else (f.docking or f.launch))
    )
    if moment_i is None:
        return None
    moment = moment_i.dt + (timedelta(minutes=1) if leaving else timedelta(minutes=-1))
    own = {s.person for s in facts.seats_by_flight.get(f.id, [])}
    aboard = [s for s in _aboard_at(facts, f.station, moment) if s.person not in own]
    station = facts.stations[f.station].name
    if not aboard:
        text = f"Nobody else was aboard {station} {'after' if leaving else 'when'} {f.name} {'left' if leaving else 'arrived'}."
    else:
        names = ph.join([facts.people[s.person].name for s in aboard])
        text = (f"After {f.name} left on {ph.utc(moment_i)}, {names} stayed aboard {station}."
                if leaving else
                f"When {f.name} {'launched' if launching else 'arrived'} on {ph.utc(moment_i)}, {names} were aboard {station}.")  # fmt: skip
    return _answer(q, "aboard_around_flight", text, [], ph.sources_of(f.source),
                   facts={"flight": f.id, "aboard": [s.person for s in aboard]},
                   title=station)  # fmt: skip


def flight_summary(q: Question, facts: Facts) -> Answer | None:
    """A bare flight name ("tma-14m?", "tell me about crew-1"): its crew card. Not a fallback
    for questions it does not answer ("what was its call sign?")."""
    if not q.flights or (q.leftover and not q.who):
        return None
    a = crew_of_flight(q, facts)
    if a:
        a.intent = "flight_summary"
        a.confidence = 0.7
    return a


# ------------------------------------------------------------------ people


def _the_person(q: Question) -> str | None:
    return q.people[0] if q.people else None


def person_flights(q: Question, facts: Facts) -> Answer | None:
    pid = _the_person(q)
    if not pid:
        return None
    p = facts.people[pid]
    trips = facts.trips_by_person.get(pid, [])
    if not trips:
        return _answer(q, "person_flights", f"I have no flights recorded for {p.name}.",
                       sources=ph.sources_of(p.source), confidence=0.5)  # fmt: skip
    n = len(trips)
    labels = [f"{_trip_label(facts, t)}, {t.start.year}" for t in trips]
    words = {1: "once", 2: "twice"}
    times = words.get(n, f"{n} times")
    text = f"{p.name} has flown to space {times} ({n} spaceflight{'s' if n != 1 else ''} in the records): {'; '.join(labels)}."
    extra = []
    return _answer(q, "person_flights", text, extra,
                   _person_sources(facts, pid, [t.up_flight for t in trips]),
                   facts={"person": pid, "count": n, "flights": [t.up_flight for t in trips]},
                   title=p.name)  # fmt: skip


def person_total_time(q: Question, facts: Facts) -> Answer | None:
    pid = _the_person(q)
    if not pid:
        return None
    p = facts.people[pid]
    trips = facts.trips_by_person.get(pid, [])
    done = [t for t in trips if t.end]
    if not trips:
        return None
    total = sum(_trip_seconds(t) for t in done)
    text = f"{p.name} has spent {ph.duration(total)} in space ({ph.about_days(total)}) over {len(trips)} flight{'s' if len(trips) != 1 else ''}."
    details = [f"{_trip_label(facts, t)}: {_trip_span_text(facts, t)}" for t in trips]
    if any(t.end is None and not _lost(facts, t) for t in trips):
        details.append("The flight still under way is not counted.")
    return _answer(q, "person_total_time", text, details,
                   _person_sources(facts, pid, [t.up_flight for t in trips]),
                   facts={"person": pid, "seconds": total}, title=p.name)  # fmt: skip


def person_trip_duration(q: Question, facts: Facts) -> Answer | None:
    if not q.people:
        return None
    trips = [(_pick_trip(facts, q, pid), pid) for pid in q.people]
    trips = [(t, pid) for t, pid in trips if t]
    if not trips:
        return None
    t, pid = trips[0]
    names = [facts.people[p].name for tt, p in trips if (tt.start, tt.end) == (t.start, t.end)]
    if not t.end and _lost(facts, t):
        return _answer(q, "person_trip_duration",
                       f"{ph.join(names)} did not come back: {facts.flights[t.up_flight].name} was lost. {outcome_sentence(facts.flights[t.up_flight])}",
                       sources=_person_sources(facts, pid, [t.up_flight]))  # fmt: skip
    if not t.end:
        return _answer(q, "person_trip_duration",
                       f"{ph.join(names)} launched on {ph.day(t.start)} and had not landed by the latest records.",
                       sources=_person_sources(facts, pid, [t.up_flight]))  # fmt: skip
    secs = _trip_seconds(t)
    text = f"{ph.join(names)} spent {ph.duration(secs)} in space on {_trip_label(facts, t)}."
    details = [f"From {ph.day(t.start)} to {ph.day(t.end)} ({ph.about_days(secs)})."]
    return _answer(q, "person_trip_duration", text, details,
                   _person_sources(facts, pid, [t.up_flight, t.down_flight or t.up_flight]),
                   facts={"person": pid, "seconds": secs, "up_flight": t.up_flight,
                          "down_flight": t.down_flight}, title=facts.people[pid].name)  # fmt: skip


def person_return(q: Question, facts: Facts) -> Answer | None:
    if not q.people:
        return None
    picked = [(pid, _pick_trip(facts, q, pid, "end")) for pid in q.people]
    picked = [(pid, t) for pid, t in picked if t]
    if not picked:
        return None
    if len(picked) > 1:
        # "when did suni and butch get home": the trip they shared, latest first
        common = None
        for pid, _ in picked:
            downs = {t.down_flight for t in facts.trips_by_person.get(pid, []) if t.down_flight}
            common = downs if common is None else common & downs
        if common:
            flight = max(
                common,
                key=lambda fid: (
                    facts.flights[fid].landing.dt
                    if facts.flights[fid].landing
                    else datetime.min.replace(tzinfo=UTC)
                ),
            )
            picked = [
                (pid, next(t for t in facts.trips_by_person[pid] if t.down_flight == flight))
                for pid, _ in picked
            ]
    pid, t = picked[0]
    names = ph.join([facts.people[p].name for p, tt in picked if tt.down_flight == t.down_flight])
    if _lost(facts, t):
        return _answer(q, "person_return",
                       f"{names} never came back: {facts.flights[t.up_flight].name} and its crew were lost.",
                       sources=_person_sources(facts, pid, [t.up_flight]))  # fmt: skip
    if not t.down_flight:
        return _answer(q, "person_return", f"{names} launched on {ph.day(t.start)} and had not come back by the latest records.",
                       sources=_person_sources(facts, pid, [t.up_flight]))  # fmt: skip
    f = facts.flights[t.down_flight]
    where = q.where and not q.when
    if where:
        text = ph.landing_sentence(facts, f).replace(
            f"{ph.flight_label(f)} ", f"{names} came home on {ph.flight_label(f)}, which ", 1
        )
    else:
        text = f"{names} came back to Earth on {ph.when(f.landing, f.landing_tz)} aboard {ph.flight_label(f)}."
    details = []
    us = ph.us_eastern(f.landing) if f.landing else ""
    if us:
        details.append(f"That was {us} in Houston/Florida time.")
    if f.landing_site and not where:
        details.append(f"Landing site: {f.landing_site}.")
    if len(picked) == 1:
        details.extend(_which_of(facts, pid, t))
    secs = _trip_seconds(t)
    if secs:
        details.append(
            f"They had launched on {ph.day(t.start)} aboard {facts.flights[t.up_flight].name}: {ph.duration(secs)} in space."
        )
    return _answer(q, "person_return", text, details,
                   _person_sources(facts, pid, [t.down_flight, t.up_flight]),
                   facts={"person": pid, "down_flight": t.down_flight,
                          "landing_utc": f.landing.iso() if f.landing else None,
                          "landing_site": f.landing_site}, title=facts.people[pid].name)  # fmt: skip


def person_launch(q: Question, facts: Facts) -> Answer | None:
    pid = _the_person(q)
    if not pid:
        return None
    t = _pick_trip(facts, q, pid, "start")
    if not t:
        return None
    f = facts.flights[t.up_flight]
    text = f"{facts.people[pid].name} launched on {ph.when(f.launch, f.launch_tz)} aboard {ph.flight_label(f)} from {f.launch_site or 'an unknown site'}."
    return _answer(q, "person_launch", text, _which_of(facts, pid, t), _person_sources(facts, pid, [f.id]),
                   facts={"person": pid, "up_flight": f.id}, title=facts.people[pid].name)  # fmt: skip


def person_vehicle(q: Question, facts: Facts) -> Answer | None:
    pid = _the_person(q)
    if not pid:
        return None
    t = _pick_trip(facts, q, pid, "end" if q.landing else "any")
    if not t:
        return None
    up = facts.flights[t.up_flight]
    name = facts.people[pid].name
    if q.landing and not q.launch:
        if not t.down_flight:
            return None
        down = facts.flights[t.down_flight]
        text = f"{name} came home on {ph.flight_label(down)}, landing {ph.utc(down.landing) if down.landing else 'at an unknown time'}."
        details = [
            f"{name} had gone up on {ph.flight_label(up)} on {ph.day(up.launch.dt) if up.launch else '?'}."
        ]
    else:
        text = f"{name} went up on {ph.flight_label(up)}"
        if t.down_flight and t.down_flight != t.up_flight:
            text += f" and came down on {ph.flight_label(facts.flights[t.down_flight])}"
        elif t.down_flight:
            text += " and came back on the same vehicle"
        text += "."
        details = []
    return _answer(q, "person_vehicle", text, details,
                   _person_sources(facts, pid, [t.up_flight, t.down_flight or t.up_flight]),
                   facts={"person": pid, "up_flight": t.up_flight, "down_flight": t.down_flight},
                   title=name)  # fmt: skip


def person_crewmates(q: Question, facts: Facts) -> Answer | None:
    pid = _the_person(q)
    if not pid:
        return None
    t = _pick_trip(facts, q, pid, "end" if q.landing and not q.launch else "any")
    if not t:
        return None
    name = facts.people[pid].name
    if q.landing and not q.launch and t.down_flight:
        f = facts.flights[t.down_flight]
        mates = [s.person for s in landing_crew(facts, f) if s.person != pid]
        verb = "landed with"
    else:
        f = facts.flights[q.flights[0]] if q.flights else facts.flights[t.up_flight]
        mates = [s.person for s in launch_crew(facts, f) if s.person != pid]
        verb = "launched with"
    if not mates:
        text = f"{name} had no crewmates aboard {f.name}."
    else:
        text = f"{name} {verb} {ph.join(_names(facts, mates))} on {ph.flight_label(f)}."
    details = []
    when_i = f.landing if verb == "landed with" else f.launch
    if when_i:
        details.append(
            f"{'Landing' if verb == 'landed with' else 'Launch'}: {ph.when(when_i, f.landing_tz if verb == 'landed with' else f.launch_tz)}."
        )
    return _answer(q, "person_crewmates", text, details, _person_sources(facts, pid, [f.id]),
                   facts={"person": pid, "flight": f.id, "crewmates": mates}, title=f.name)  # fmt: skip


def person_attribute(q: Question, facts: Facts) -> Answer | None:
    pid = _the_person(q)
    if not pid:
        return None
    p = facts.people[pid]
    asked_nat = asked_nationality(q)
    if asked_nat and q.says(r"^(is|was|are|were)\b"):
        main = ph.demonym(p.nationality[-1]) if p.nationality else "unknown"
        yes = asked_nat in p.nationality
        text = (f"Yes: {p.name} is {ph.demonym(asked_nat)}." if yes
                else f"No: {p.name} is {main}, as far as the records show.")  # fmt: skip
        return _answer(q, "person_attribute", text, [], ph.sources_of(p.source),
                       facts={"person": pid, "nationality": list(p.nationality)}, title=p.name)  # fmt: skip
    if q.says(
        r"\b(agency|agencies|work for|works for|worked for|employer|with which|which space agency)\b"
    ):
        if not p.agency:
            return None
        text = f"{p.name} flew for {ph.join(list(p.agency))}."
        key = "agency"
    elif q.says(
        r"\b(nationality|country|citizen|where is .* from|where was .* from|which country)\b"
    ):
        text = f"{p.name} is from {ph.join(list(p.nationality))}."
        key = "nationality"
    elif q.says(r"\b(born|birthday|birth|age|old)\b"):
        if not p.birth_date:
            return _answer(q, "person_attribute", f"I don't have {p.name}'s birth date.",
                           sources=ph.sources_of(p.source), confidence=0.5)  # fmt: skip
        text = f"{p.name} was born on {p.birth_date.day} {p.birth_date.strftime('%B %Y')}."
        trip = _pick_trip(facts, q, pid) if (q.flights or q.dates or q.programs) else None
        if q.says(r"\b(age|old)\b") and trip:
            at = trip.start.date()
            years = (
                at.year
                - p.birth_date.year
                - ((at.month, at.day) < (p.birth_date.month, p.birth_date.day))
            )
            text += f" He or she was {years} at launch on {ph.day(trip.start)} ({facts.flights[trip.up_flight].name})."
            text = text.replace("He or she", {"male": "He", "female": "She"}.get(p.sex, "They"))
        elif q.says(r"\b(age|old)\b"):
            today = date.today()
            years = (
                today.year
                - p.birth_date.year
                - ((today.month, today.day) < (p.birth_date.month, p.birth_date.day))
            )
            text += f" Age {years} as of {ph.day(datetime.combine(today, time()))}."
        key = "birth_date"
    elif q.says(r"\b(native|cyrillic|chinese|russian) (name|spelling)|\bspell\b|\bwritten\b"):
        if not p.native_name:
            return None
        text = f"{p.name} is written {p.native_name}."
        key = "native_name"
    else:
        return None
    return _answer(q, "person_attribute", text, [], ph.sources_of(p.source),
                   facts={"person": pid, key: str(getattr(p, key))}, title=p.name)  # fmt: skip


def people_together(q: Question, facts: Facts) -> Answer | None:
    if len(q.people) < 2:
        return None
    a, b = q.people[:2]
    fa = {s.flight for s in facts.seats_by_person.get(a, [])}
    fb = {s.flight for s in facts.seats_by_person.get(b, [])}
    shared = sorted(
        fa & fb,
        key=lambda f: (
            facts.flights[f].launch.dt
            if facts.flights[f].launch
            else datetime.max.replace(tzinfo=UTC)
        ),
    )
    na, nb = facts.people[a].name, facts.people[b].name
    stays_a = [s for s in facts.stays if s.person == a]
    stays_b = [s for s in facts.stays if s.person == b]
    overlap = [
        (x, y) for x in stays_a for y in stays_b
        if x.station == y.station and x.start < (y.end or datetime.max.replace(tzinfo=UTC)) and y.start < (x.end or datetime.max.replace(tzinfo=UTC))
    ]  # fmt: skip
    if shared:
        text = f"Yes: {na} and {nb} flew together on {ph.join([facts.flights[f].name for f in shared])}."
    elif overlap:
        x, y = overlap[0]
        text = f"Yes: {na} and {nb} were aboard {facts.stations[x.station].name} at the same time ({ph.day(max(x.start, y.start))} to {ph.day(min(x.end or datetime.max.replace(tzinfo=UTC), y.end or datetime.max.replace(tzinfo=UTC)))}), though they did not share a vehicle."
    else:
        text = f"No: {na} and {nb} never flew together, as far as the records show."
    return _answer(q, "people_together", text, [], _person_sources(facts, a, shared) + ph.sources_of(facts.people[b].source),
                   facts={"people": [a, b], "shared_flights": shared}, confidence=0.85)  # fmt: skip


# ------------------------------------------------------------------ expeditions


def _expedition(q: Question, facts: Facts):
    return facts.expeditions[q.expeditions[0]] if q.expeditions else None


def _members(facts: Facts, exp_id: str):
    return facts.members_by_expedition.get(exp_id, [])


def expedition_commander(q: Question, facts: Facts) -> Answer | None:
    e = _expedition(q, facts)
    if not e:
        return None
    cmd = [m for m in _members(facts, e.id) if m.role == "commander"]
    if not cmd:
        return _answer(q, "expedition_commander", f"I have no commander recorded for {e.name}.",
                       sources=ph.sources_of(e.source), confidence=0.5)  # fmt: skip
    cmd.sort(key=lambda m: (m.start or e.start).dt if (m.start or e.start) else datetime.min)
    names = [facts.people[m.person].name for m in cmd]
    if len(cmd) == 1:
        text = f"{names[0]} commanded {e.name}."
    else:
        parts = [
            f"{facts.people[m.person].name} (from {ph.day((m.start or e.start).dt) if (m.start or e.start) else '?'})"
            for m in cmd
        ]
        text = f"{e.name} had {len(cmd)} commanders: {ph.join(parts)}."
    details = []
    if e.start:
        details.append(
            f"{e.name}: {ph.day(e.start.dt)} to {ph.day(e.end.dt) if e.end else 'ongoing'}."
        )
    return _answer(q, "expedition_commander", text, details,
                   ph.sources_of(*(m.source for m in cmd), e.source),
                   facts={"expedition": e.id, "commanders": [m.person for m in cmd]},
                   title=e.name)  # fmt: skip


def expedition_members(q: Question, facts: Facts) -> Answer | None:
    e = _expedition(q, facts)
    if not e:
        return None
    ms = _members(facts, e.id)
    ids: list[str] = []
    for m in sorted(
        ms,
        key=lambda m: (
            m.role != "commander",
            m.start.dt if m.start else datetime.min.replace(tzinfo=UTC),
        ),
    ):
        if m.person not in ids:
            ids.append(m.person)
    if not ids:
        return None
    roles = {m.person: m.role for m in ms if m.role == "commander"}
    if q.says(r"\bflight engineers?\b"):
        fes = [p for p in ids if any(m.person == p and m.role == "flight engineer" for m in ms)]
        if fes:
            return _answer(q, "expedition_members", f"{e.name} flight engineers: {ph.join([facts.people[p].name for p in fes])}.",
                           [], ph.sources_of(e.source), facts={"expedition": e.id, "members": fes}, title=e.name)  # fmt: skip
    text = f"{e.name} crew ({len(ids)}): {ph.join(_names(facts, ids, roles))}."
    details = []
    if e.start:
        details.append(f"{ph.day(e.start.dt)} to {ph.day(e.end.dt) if e.end else 'ongoing'}.")
    partial = [m for m in ms if m.start or m.end]
    for m in partial:
        if m.role == "commander" and len([x for x in ms if x.role == "commander"]) > 1:
            continue
        span = f"{ph.day(m.start.dt) if m.start else 'start'} to {ph.day(m.end.dt) if m.end else 'end'}"
        details.append(f"{facts.people[m.person].name} was aboard for part of it ({span}).")
    return _answer(q, "expedition_members", text, details,
                   ph.sources_of(e.source, *(m.source for m in ms)),
                   facts={"expedition": e.id, "members": ids}, title=e.name, items=_names(facts, ids, roles))  # fmt: skip


def expedition_dates(q: Question, facts: Facts) -> Answer | None:
    e = _expedition(q, facts)
    if not e or not e.start:
        return None
    if e.end:
        secs = (e.end.dt - e.start.dt).total_seconds()
        text = f"{e.name} ran from {ph.utc(e.start)} to {ph.utc(e.end)} ({ph.duration(secs)})."
    else:
        text = f"{e.name} began on {ph.utc(e.start)} and had not ended by the latest records."
    return _answer(q, "expedition_dates", text, [], ph.sources_of(e.source),
                   facts={"expedition": e.id, "start_utc": e.start.iso(),
                          "end_utc": e.end.iso() if e.end else None}, title=e.name)  # fmt: skip


def expedition_vehicles(q: Question, facts: Facts) -> Answer | None:
    e = _expedition(q, facts)
    if not e:
        return None
    ups: dict[str, list[str]] = {}
    downs: dict[str, list[str]] = {}
    lo = e.start.dt if e.start else datetime.min.replace(tzinfo=UTC)
    hi = e.end.dt if e.end else datetime.max.replace(tzinfo=UTC)
    for m in _members(facts, e.id):
        for t in facts.trips_by_person.get(m.person, []):
            if t.start <= hi and (t.end is None or t.end >= lo):
                ups.setdefault(t.up_flight, []).append(m.person)
                if t.down_flight:
                    downs.setdefault(t.down_flight, []).append(m.person)
    if not ups:
        return None

    def part(d: dict[str, list[str]]) -> str:
        return ph.join([
            f"{ph.flight_label(facts.flights[f])} ({ph.join([facts.people[p].surname for p in sorted(set(ps))])})"
            for f, ps in sorted(d.items(), key=lambda kv: facts.flights[kv[0]].launch.dt if facts.flights[kv[0]].launch else datetime.min.replace(tzinfo=UTC))
        ])  # fmt: skip

    text = f"The {e.name} crew went up on {part(ups)}"
    text += f" and came home on {part(downs)}." if downs else "."
    return _answer(q, "expedition_vehicles", text, [],
                   ph.sources_of(e.source, *(facts.flights[f].source for f in {**ups, **downs})),
                   facts={"expedition": e.id, "up": list(ups), "down": list(downs)},
                   title=e.name)  # fmt: skip


# ------------------------------------------------------------------ stations


def station_call_sign(q: Question, facts: Facts) -> Answer | None:
    if not q.says(r"\bcall ?sign\b|\bcallsign\b|\bradio name\b"):
        return None
    sid = q.stations[0] if q.stations else None
    if not sid and q.expeditions:
        sid = facts.expeditions[q.expeditions[0]].station
    if not sid and q.flights:
        return None  # a Soyuz's own call sign is not the station's
    sid = sid or "iss"
    s = facts.stations[sid]
    if not s.call_sign:
        return _answer(q, "station_call_sign", f"I have no call sign recorded for {s.name}.",
                       sources=ph.sources_of(s.source), confidence=0.5)  # fmt: skip
    return _answer(q, "station_call_sign", f"{s.name}'s call sign is \"{s.call_sign}\".",
                   [s.notes] if s.notes else [], ph.sources_of(s.source),
                   facts={"station": sid, "call_sign": s.call_sign}, title=s.name)  # fmt: skip


def _aboard_at(facts: Facts, station: str | None, moment: datetime) -> list[Stay]:
    return _aboard_during(facts, station, moment, moment)


def _aboard_during(facts: Facts, station: str | None, lo: datetime, hi: datetime) -> list[Stay]:
    out, seen = [], set()
    for s in facts.stays_overlapping(lo, hi):
        if (station and s.station != station) or s.person in seen:
            continue
        seen.add(s.person)
        out.append(s)
    return out


def station_aboard_on_date(q: Question, facts: Facts) -> Answer | None:
    if not q.dates:
        return None
    d = q.dates[0]
    station = q.stations[0] if q.stations else None
    # After the date up to which a station's crews are all on file, a list would be partial:
    # say so instead of giving one.
    horizon = (
        [facts.stations[station]]
        if station
        else [st for st in facts.stations.values() if st.complete_to and not st.end]
    )
    late = [st for st in horizon if st.complete_to and _day_start(d.start) > st.complete_to.dt]
    if late:
        st = late[0]
        return Answer(question=q.raw, answered=False, intent="beyond_records",
                      text=f"My records of {st.name} crews are complete only to {ph.day(st.complete_to.dt)}, "
                           f"so I can't say who was aboard {'on' if d.is_day else 'in'} {d.label()}.")  # fmt: skip
    if d.is_day:
        moment = datetime.combine(d.start, time(12, 0), tzinfo=UTC)
        stays = _aboard_at(facts, station, moment)
        when_text = f"on {d.label()}"
    else:
        stays = _aboard_during(facts, station, _day_start(d.start), _day_end(d.end))
        when_text = f"in {d.label()}"
    if not stays:
        where = facts.stations[station].name if station else "any space station"
        return _answer(q, "station_aboard_on_date", f"Nobody was aboard {where} {when_text}, as far as the records show.",
                       sources=ph.sources_of(facts.stations[station].source) if station else [],
                       confidence=0.6)  # fmt: skip
    by_station: dict[str, list[Stay]] = {}
    for s in stays:
        by_station.setdefault(s.station, []).append(s)
    parts = []
    for sid, ss in by_station.items():
        names = ph.join([facts.people[s.person].name for s in ss])
        parts.append(f"{len(ss)} aboard {facts.stations[sid].name}: {names}")
    text = f"{when_text[0].upper()}{when_text[1:]}, " + "; ".join(parts) + "."
    details = []
    flights = []
    for s in stays:
        for fid in (s.trip.up_flight, s.trip.down_flight):
            if fid and fid not in flights:
                flights.append(fid)
    if d.is_day:
        noon = datetime.combine(d.start, time(12, 0), tzinfo=UTC)
        current = [
            e.name
            for e in facts.expeditions.values()
            if e.station in by_station
            and e.start
            and e.start.dt <= noon
            and (not e.end or e.end.dt >= noon)
        ]
        if current:
            details.append(f"Expedition under way: {ph.join(current)}.")
    if len(by_station) == 1:
        arrivals = {}
        for s in stays:
            arrivals.setdefault(s.trip.up_flight, []).append(facts.people[s.person].surname)
        details.append(
            "Arrived on: "
            + "; ".join(f"{facts.flights[f].name} ({', '.join(n)})" for f, n in arrivals.items())
            + "."
        )
    return _answer(q, "station_aboard_on_date", text, details,
                   ph.sources_of(*(facts.flights[f].source for f in flights))[:4],
                   facts={"date": d.start.isoformat(), "aboard": {k: [s.person for s in v] for k, v in by_station.items()}},
                   title="Aboard " + ", ".join(facts.stations[k].name for k in by_station))  # fmt: skip


def station_visitors(q: Question, facts: Facts) -> Answer | None:
    if (
        not q.stations
        or not q.how_many
        or not q.says(
            r"\b(people|persons|visitors|astronauts|cosmonauts|taikonauts|visited|been)\b"
        )
    ):
        return None
    sid = q.stations[0]
    stays = [s for s in facts.stays if s.station == sid]
    by = ""
    if q.dates:  # "as of 2010": visits that had begun by the end of that period
        hi = _day_end(q.dates[0].end)
        stays = [s for s in stays if s.start <= hi]
        by = f" by {q.dates[0].label()}"
    people = {s.person for s in stays}
    s = facts.stations[sid]
    return _answer(q, "station_visitors", f"{len(people)} people had been aboard {s.name}{by}, by the records." if by else f"{len(people)} people have been aboard {s.name}, by the records.",
                   [], ph.sources_of(s.source), facts={"station": sid, "count": len(people)},
                   title=s.name, confidence=0.8)  # fmt: skip


# ------------------------------------------------------------------ records and firsts


def _station_flights(facts: Facts, station: str | None, program: set[str]) -> list[Flight]:
    return [
        f
        for f in facts.flights_by_launch
        if (not station or f.station == station) and (not program or f.program in program)
    ]


_SOYUZ_SERIES = {
    "t": re.compile(r"^Soyuz T-\d+$"),
    "tm": re.compile(r"^Soyuz TM-\d+$"),
    "tma": re.compile(r"^Soyuz TMA-\d+$"),
    "tma m": re.compile(r"^Soyuz TMA-\d+M$"),
    "ms": re.compile(r"^Soyuz MS-\d+$"),
}


def first_or_last_flight(q: Question, facts: Facts) -> Answer | None:
    first = q.says(r"\bfirst\b")
    last = q.says(r"\b(last|final|latest|most recent)\b")
    if not (first or last) or q.people:
        return None
    if not q.says(
        r"\b(flight|flights|mission|missions|crew|launch|launched|visit|crewed|shuttle|soyuz|dragon|shenzhou)\b"
    ):
        return None
    if q.says(r"\b(woman|women|female|person|man|citizen)\b"):
        return None
    station = q.stations[0] if q.stations else None
    if not station and q.says(r"\bbuild|assembl"):
        station = "iss"
    fl = _station_flights(facts, station, q.programs)
    fl = [f for f in fl if f.reached_station or not q.says(r"\b(crew|visit|aboard|to)\b")]
    # a Soyuz series named without a number: "the last Soyuz TM", "the first Soyuz MS"
    series = re.search(r"\bsoyuz (tma m|tma|tm|ms|t)\b(?! ?\d)", q.linked.text)
    if series:
        pattern = _SOYUZ_SERIES[series.group(1)]
        fl = [f for f in fl if pattern.match(f.name)]
    if not fl:
        return None
    f = fl[0] if first and not last else fl[-1]
    which = "first" if first and not last else "last"
    scope = []
    if series:
        scope.append("Soyuz " + series.group(1).upper().replace("TMA M", "TMA-M"))
    elif q.programs:
        scope.append(
            {
                "shuttle": "Space Shuttle",
                "soyuz": "Soyuz",
                "dragon": "Dragon",
                "shenzhou": "Shenzhou",
                "apollo": "Apollo",
                "starliner": "Starliner",
            }[sorted(q.programs)[0]]
        )
    where = f" to {facts.stations[station].name}" if station else ""
    text = f"The {which} {' '.join(scope) + ' ' if scope else ''}flight{where} in the records is {ph.flight_label(f)}, launched {ph.utc(f.launch)}."
    details = []
    if f.payload:
        details.append(f"It delivered {ph.join(list(f.payload))}.")
    crew = launch_crew(facts, f)
    if crew:
        roles = {s.person: s.role for s in crew}
        details.append(f"Crew: {ph.join(_names(facts, [s.person for s in crew], roles))}.")
    return _answer(q, "first_or_last_flight", text, details, ph.sources_of(f.source),
                   facts={"flight": f.id}, title=f.name, confidence=0.8)  # fmt: skip


def record_longest(q: Question, facts: Facts) -> Answer | None:
    if not q.says(r"\b(longest|record|most days|longest ever)\b"):
        return None
    if q.says(r"\b(total|altogether|cumulative|career|overall|most time)\b"):
        return None
    station = q.stations[0] if q.stations else None
    female = q.says(r"\b(woman|women|female)\b")

    def longest() -> Trip | None:
        trips = [t for t in facts.trips if t.end]
        if station:
            trips = [s.trip for s in facts.stays if s.station == station and s.trip.end]
        if female:
            trips = [t for t in trips if facts.people[t.person].sex == "female"]
        if programs:  # "the longest Shuttle mission"
            trips = [
                t
                for t in trips
                if facts.flights[t.up_flight].program in programs and t.down_flight == t.up_flight
            ]
        return max(trips, key=_trip_seconds, default=None)

    programs = frozenset(q.programs)
    key = ("longest", station, female, programs)
    if key not in facts.memo:  # depends only on the store: computed once per store
        facts.memo[key] = longest()
    best = facts.memo[key]
    if best is None:
        return None
    p = facts.people[best.person]
    secs = _trip_seconds(best)
    where = f" on {facts.stations[station].name}" if station else ""
    if q.says(r"\b(woman|women|female)\b"):
        where = " by a woman" + where
    if programs:
        where = " on " + ph.join(sorted(_PROGRAM_NAMES[p] for p in programs), "or") + where
    text = f"The longest single spaceflight{where} in the records is {p.name}'s: {ph.duration(secs)} ({ph.about_days(secs)}), on {_trip_label(facts, best)}."
    details = [f"From {ph.day(best.start)} to {ph.day(best.end)}."]
    return _answer(q, "record_longest", text, details,
                   _person_sources(facts, p.id, [best.up_flight, best.down_flight or best.up_flight]),
                   facts={"person": p.id, "seconds": secs}, title="Longest single flight",
                   confidence=0.85)  # fmt: skip


def record_most(q: Question, facts: Facts) -> Answer | None:
    most_time = q.says(r"\bmost (time|days)\b|\blongest (total|cumulative|career)\b")
    most_flights = q.says(
        r"\bmost (flights|spaceflights|missions|trips|launches)\b|\bflown the most\b"
    )
    if q.says(r"\bmost (expeditions|commands)\b|\bcommanded the most\b"):
        counts = Counter()
        for m in facts.members:
            if m.role == "commander" and (
                not q.stations or facts.expeditions[m.expedition].station == q.stations[0]
            ):
                counts[m.person] += 1
        top = counts.most_common(5)
        if not top:
            return None
        lead = [p for p, n in top if n == top[0][1]]
        text = (
            f"{ph.join([facts.people[p].name for p in lead])} commanded the most expeditions in the records: {top[0][1]} each."
            if len(lead) > 1
            else f"{facts.people[lead[0]].name} commanded the most expeditions in the records: {top[0][1]}."
        )
        return _answer(q, "record_most", text, ["Top 5: " + "; ".join(f"{facts.people[p].name}: {n}" for p, n in top) + "."],
                       ph.sources_of(facts.people[lead[0]].source), facts={"top": [p for p, _ in top]},
                       title="Records", confidence=0.75)  # fmt: skip
    if not (most_time or most_flights):
        return None
    by_person: dict[str, list[Trip]] = facts.trips_by_person
    if q.stations:
        sid = q.stations[0]
        staying = {s.person for s in facts.stays if s.station == sid}
        by_person = {k: v for k, v in by_person.items() if k in staying}
    if most_time:
        totals = Counter({p: sum(_trip_seconds(t) or 0 for t in ts) for p, ts in by_person.items()})
        top = totals.most_common(5)
        lines = [f"{facts.people[p].name}: {ph.duration(s)}" for p, s in top]
        text = f"{facts.people[top[0][0]].name} has spent the most time in space in the records: {ph.duration(top[0][1])} ({ph.about_days(top[0][1])})."
    else:
        counts = Counter({p: len(ts) for p, ts in by_person.items()})
        top = counts.most_common(5)
        lines = [f"{facts.people[p].name}: {n}" for p, n in top]
        text = (
            f"{facts.people[top[0][0]].name} has the most spaceflights in the records: {top[0][1]}."
        )
    return _answer(q, "record_most", text, ["Top 5: " + "; ".join(lines) + "."],
                   ph.sources_of(facts.people[top[0][0]].source),
                   facts={"top": [p for p, _ in top]}, title="Records", confidence=0.75)  # fmt: skip


_NATIONALITY_WORDS = {
    "russian": "Russia", "american": "United States", "us": "United States", "japanese": "Japan",
    "chinese": "China", "canadian": "Canada", "italian": "Italy", "german": "Germany",
    "french": "France", "british": "United Kingdom", "uk": "United Kingdom", "korean": "South Korea",
    "kazakh": "Kazakhstan", "emirati": "United Arab Emirates", "uae": "United Arab Emirates",
    "danish": "Denmark", "dutch": "Netherlands", "belgian": "Belgium", "spanish": "Spain",
    "swedish": "Sweden", "brazilian": "Brazil", "malaysian": "Malaysia", "indian": "India",
    "south african": "South Africa", "israeli": "Israel", "saudi": "Saudi Arabia",
    "turkish": "Turkey", "polish": "Poland", "hungarian": "Hungary", "soviet": "Soviet Union",
    "ukrainian": "Ukraine", "belarusian": "Belarus", "pakistani": "Pakistan",
}  # fmt: skip


def asked_nationality(q: Question) -> str | None:
    """The country a question names by its adjective ("Russian" -> Russia), if any."""
    return next((v for k, v in _NATIONALITY_WORDS.items() if q.says(rf"\b{k}\b")), None)


def record_first(q: Question, facts: Facts) -> Answer | None:
    """First (second, third…) woman / <nationality> aboard a station or to command it.

    The answer depends only on the store and a few words, so it is computed once each."""
    if not q.says(r"\b(first|second|third|fourth|fifth)\b") or q.people or q.flights:
        return None
    key = (
        _nth(q),
        q.stations[0] if q.stations else None,
        asked_nationality(q),
        q.says(r"\b(woman|women|female|lady)\b"),
        q.says(r"\b(command|commander|commanded|lead|led)\b"),
        q.says(r"\b(spacewalk|eva|walk)\b"),
    )
    if key not in facts.memo:
        facts.memo[key] = _record_first(q, facts)
    cached = facts.memo[key]
    if cached is None:
        return None
    return replace(cached, question=q.raw, details=list(cached.details), facts=dict(cached.facts))


_ORDINAL_NAMES = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def _nth(q: Question) -> int:
    for n, word in _ORDINAL_NAMES.items():
        if q.says(rf"\b{word}\b"):
            return n
    return 1


def _record_first(q: Question, facts: Facts) -> Answer | None:
    """First woman / first <nationality> aboard a station, first woman to command it."""
    if q.people or q.flights:
        return None
    nth = _nth(q)
    nat = asked_nationality(q)
    female = q.says(r"\b(woman|women|female|lady)\b")
    command = q.says(r"\b(command|commander|commanded|lead|led)\b")
    if not (nat or female):
        return None
    if q.says(r"\b(spacewalk|eva|walk)\b"):
        return None  # only the firsts written in the data can answer this
    station = q.stations[0] if q.stations else None
    if not station:
        return None  # "first woman in space" is older than our station records

    def ok(p: Person) -> bool:
        return (not female or p.sex == "female") and (not nat or nat in p.nationality)

    if command:
        cands = []
        for m in facts.members:
            e = facts.expeditions[m.expedition]
            if (
                m.role == "commander"
                and (not station or e.station == station)
                and ok(facts.people[m.person])
            ):
                start = m.start or e.start
                if start:
                    cands.append((start.dt, m.person, e))
        # the n-th distinct person to command ("second woman to command the ISS")
        firsts: dict[str, tuple] = {}
        for c in sorted(cands, key=lambda c: c[0]):
            firsts.setdefault(c[1], c)
        ranked = list(firsts.values())
        if len(ranked) < nth:
            return None
        when_, pid, e = ranked[nth - 1]
        where = facts.stations[e.station].name
        who = f"{_ORDINAL_NAMES[nth]} {'woman ' if female else ''}{ph.demonym(nat) + ' ' if nat else ''}".strip()
        if not female and not nat:
            who += " person"
        text = f"{facts.people[pid].name} was the {who} to command {where}: {e.name}, from {ph.day(when_)}."
        return _answer(q, "record_first", text, [], ph.sources_of(e.source, facts.people[pid].source),
                       facts={"person": pid, "expedition": e.id}, confidence=0.85)  # fmt: skip
    stays = [
        s
        for s in facts.stays
        if (not station or s.station == station) and ok(facts.people[s.person])
    ]
    trips = [t for t in facts.trips if ok(facts.people[t.person])] if not station else []
    if station:
        if not stays:
            return None
        seen: dict[str, Stay] = {}
        for st in sorted(stays, key=lambda s: s.start):
            seen.setdefault(st.person, st)
        if len(seen) < nth:
            return None
        first = list(seen.values())[nth - 1]
        pid, start, trip = first.person, first.start, first.trip
    else:
        if not trips:
            return None
        first_t = min(trips, key=lambda t: t.start)
        pid, start, trip = first_t.person, first_t.start, first_t
    who_words = " ".join(
        w
        for w in [
            _ORDINAL_NAMES[nth],
            nat and ph.demonym(nat),
            "woman" if female else "",
        ]
        if w
    )
    where = f"aboard {facts.stations[station].name}" if station else "in space in the records"
    p = facts.people[pid]
    text = f"{p.name} was the {who_words} {where}, arriving {ph.day(start)} on {facts.flights[trip.up_flight].name}."
    details = [f"{c[0].upper()}{c[1:]}." for c in dict.fromkeys(p.firsts)][:2]
    return _answer(q, "record_first", text, details, _person_sources(facts, pid, [trip.up_flight]),
                   facts={"person": pid}, confidence=0.8)  # fmt: skip


_FIRST_IGNORE = frozenset(
    "first what which who whom does did was were there ever person people the to do a an of in "
    "on is be when where how has have had one human humans".split()
)
# verbs a claim may use where the question uses another ("perform a spacewalk" / "do one")
_FIRST_GENERIC = frozenset(
    "perform performed make made conduct conducted become became fly flew travel travelled "
    "go went do did carry carried take took reach reached complete completed".split()
)


def _close(word: str, words: set[str]) -> bool:
    """Same word give or take a typo or an ending: woman/women, China/Chinese, spacewalk(s);
    not space/spacewalk."""
    for w in words:
        if fuzz.ratio(word, w) >= 85:
            return True
        stem = len(os.path.commonprefix([word, w]))
        if abs(len(word) - len(w)) <= 3 and stem >= max(4, min(len(word), len(w)) - 2):
            return True
    return False


def firsts_text(q: Question, facts: Facts) -> Answer | None:
    """Match "first ..." questions against the firsts written on each person.

    Both ways: every content word of the question is in the claim, and every content word
    of the claim (before its parenthesis) is in the question, so "first person in space"
    never meets "first person of Iranian descent in space"."""
    if not q.says(r"\b(first|only|youngest|oldest)\b") or q.flights:
        return None
    text = q.linked.text  # entity names count here: "to the ISS" is part of a first
    qwords = {w for w in text.split() if len(w) > 2 and w not in _FIRST_IGNORE}
    best = None
    candidates = (
        set().union(*(facts.claim_words.get(w[:4], set()) for w in qwords)) if qwords else set()
    )
    for i in sorted(candidates):
        pid, claim, core = facts.claims[i]
        cwords = {w for w in core.split() if len(w) > 2 and w not in _FIRST_IGNORE}
        if not cwords or not qwords:
            continue
        if any(not _close(w, cwords) for w in qwords):
            continue
        if any(not _close(w, qwords) for w in cwords - _FIRST_GENERIC):
            continue
        score = fuzz.token_set_ratio(core, text)
        if best is None or score > best[0]:
            best = (score, facts.people[pid], claim)
    if not best or best[0] < 70:
        return None
    score, p, claim = best
    return _answer(q, "firsts", f"{p.name}: {claim}.", [], ph.sources_of(p.source),
                   facts={"person": p.id, "claim": claim}, title=p.name,
                   confidence=round(score / 100, 2))  # fmt: skip


def person_profile(q: Question, facts: Facts) -> Answer | None:
    """ "Who is Serova?" / a bare name: who they are, their flights and time in space."""
    pid = _the_person(q)
    if not pid:
        return None
    p = facts.people[pid]
    trips = facts.trips_by_person.get(pid, [])
    kind = {
        "career": "astronaut",
        "guest": "guest cosmonaut",
        "payload_specialist": "payload specialist",
        "participant": "spaceflight participant",
        "film": "film-crew member",
    }.get(p.kind, "space traveller")
    nat = ph.demonym(p.nationality[-1]) if p.nationality else ""
    if kind == "astronaut" and nat in ("Russian", "Soviet"):
        kind = "cosmonaut"
    elif kind == "astronaut" and nat == "Chinese":
        kind = "taikonaut"
    agency = f" ({ph.join(list(p.agency))})" if p.agency else ""
    article = "an" if (nat or kind)[:1].lower() in "aeiou" else "a"
    text = f"{p.name} is {article} {nat} {kind}{agency}".replace("  ", " ")
    text += f" with {len(trips)} spaceflight{'s' if len(trips) != 1 else ''}." if trips else "."
    details = []
    if p.native_name:
        details.append(f"Native spelling: {p.native_name}.")
    if trips:
        details.append(
            "Flights: " + "; ".join(f"{_trip_label(facts, t)}, {t.start.year}" for t in trips) + "."
        )
        total = sum(_trip_seconds(t) or 0 for t in trips)
        details.append(f"Time in space: {ph.duration(total)}.")
    details.extend(f"{c[0].upper()}{c[1:]}." for c in p.firsts[:2])
    return _answer(q, "person_profile", text, details,
                   _person_sources(facts, pid, [t.up_flight for t in trips][:2]),
                   facts={"person": pid}, title=p.name, confidence=0.8)  # fmt: skip


def station_profile(q: Question, facts: Facts) -> Answer | None:
    if not q.stations:
        return None
    s = facts.stations[q.stations[0]]
    people = {x.person for x in facts.stays if x.station == s.id}
    flights = [f for f in facts.flights.values() if f.station == s.id]
    text = f"{s.name}: launched {ph.day(s.launch.dt) if s.launch else 'on an unknown date'}"
    text += f", came down {ph.day(s.end.dt)}" if s.end else ", still in orbit"
    text += f". {len(people)} people in {len(flights)} crewed flights in the records."
    details = [s.end_notes] if s.end_notes else []
    if flights:
        first = min(
            (f for f in flights if f.launch and f.reached_station),
            key=lambda f: f.launch.dt,
            default=None,
        )
        if first:
            details.append(
                f"First crew: {ph.join(_names(facts, [x.person for x in launch_crew(facts, first)]))} on {first.name}."
            )
    return _answer(q, "station_profile", text, details, ph.sources_of(s.source),
                   facts={"station": s.id, "people": len(people), "flights": len(flights)},
                   title=s.name, confidence=0.75)  # fmt: skip


def station_commander_on_date(q: Question, facts: Facts) -> Answer | None:
    if not q.dates or not q.says(r"\bcommand|\bin charge\b|\bcommander\b"):
        return None
    sid = q.stations[0] if q.stations else "iss"
    moment = datetime.combine(q.dates[0].start, time(12, 0), tzinfo=UTC)
    for e in facts.expeditions.values():
        if e.station != sid or not e.start or e.start.dt > moment or (e.end and e.end.dt < moment):
            continue
        cmds = [m for m in _members(facts, e.id) if m.role == "commander"]
        for m in cmds:
            lo = (m.start or e.start).dt
            hi = (m.end or e.end).dt if (m.end or e.end) else datetime.max.replace(tzinfo=UTC)
            if lo <= moment <= hi:
                p = facts.people[m.person]
                when_ = (
                    f"On {q.dates[0].label()}" if q.dates[0].is_day else f"In {q.dates[0].label()}"
                )
                text = f"{when_}, {p.name} commanded {facts.stations[sid].name} ({e.name})."
                return _answer(q, "station_commander_on_date", text, [], ph.sources_of(m.source, e.source),
                               facts={"person": p.id, "expedition": e.id}, title=e.name)  # fmt: skip
    return None


_ROLE_WORDS = [
    (r"\bcommand|\bcommandr|\bcaptain\b|\bin charge\b", "commander", "commanded"),
    (r"\bpilot|\bpiloted\b|\bflew the\b", "pilot", "was the pilot of"),
    (r"\bflight engineers?\b", "flight engineer", "flew as flight engineer on"),
    (r"\bmission specialists?\b", "mission specialist", "flew as mission specialist on"),
    (r"\bpayload specialists?\b", "payload specialist", "flew as payload specialist on"),
]


def flight_commander(q: Question, facts: Facts) -> Answer | None:
    """Who held a seat: "who commanded TMA-14M?", "who piloted STS-135?"."""
    if not q.flights:
        return None
    hit = next(((role, verb) for rx, role, verb in _ROLE_WORDS if q.says(rx)), None)
    if not hit:
        return None
    role, verb = hit
    f = facts.flights[q.flights[0]]
    seats = [s for s in facts.seats_by_flight.get(f.id, []) if s.role == role and s.went_up]
    if not seats:
        seats = [s for s in facts.seats_by_flight.get(f.id, []) if s.role == role]
    if not seats:
        return None
    names = ph.join([facts.people[s.person].name for s in seats])
    if len(seats) > 1 and not verb.startswith("flew"):
        verb = {"commanded": "commanded", "was the pilot of": "were the pilots of"}.get(verb, verb)
    return _answer(q, "flight_role", f"{names} {verb} {ph.flight_label(f)}.", [],
                   ph.sources_of(f.source), facts={"flight": f.id, "role": role, "people": [s.person for s in seats]},
                   title=f.name)  # fmt: skip


def person_first_last_flight(q: Question, facts: Facts) -> Answer | None:
    """ "When was Wilmore's first flight?", "what was Wakata's last mission?"."""
    pid = _the_person(q)
    if not pid or not q.says(r"\b(first|last|latest|most recent|final|earliest)\b"):
        return None
    if q.says(r"\bwith\b") and q.who:
        return None  # "who flew with Kornienko on his first flight": crewmates
    if not q.says(
        r"\b(flight|flights|mission|missions|fly|flew|trip|spaceflight|launch|go|went|space)\b"
    ):
        return None
    trips = facts.trips_by_person.get(pid, [])
    if not trips:
        return None
    first = q.says(r"\b(first|earliest)\b")
    t = trips[0] if first else trips[-1]
    up = facts.flights[t.up_flight]
    p = facts.people[pid]
    which = "first" if first else ("only" if len(trips) == 1 else "most recent")
    text = f"{p.name}'s {which} spaceflight was {_trip_label(facts, t)}, launched {ph.utc(up.launch) if up.launch else 'on an unknown date'}."
    if t.end:
        text += f" It lasted {ph.duration((t.end - t.start).total_seconds())}."
    return _answer(q, "person_first_last_flight", text, [], _person_sources(facts, pid, [t.up_flight]),
                   facts={"person": pid, "up_flight": t.up_flight}, title=p.name)  # fmt: skip


def flight_docking(q: Question, facts: Facts) -> Answer | None:
    if not q.flights or not q.says(
        r"\b(dock|docked|docking|port|berth|berthed|undock|undocked|undocking)\b"
    ):
        return None
    f = facts.flights[q.flights[0]]
    if not f.station:
        return _answer(q, "flight_docking", f"{f.name} did not visit a space station.", [],
                       ph.sources_of(f.source), facts={"flight": f.id}, title=f.name)  # fmt: skip
    station = facts.stations[f.station].name
    if q.says(r"\bundock"):
        if not f.undocking:
            return None
        text = f"{f.name} undocked from {station} on {ph.utc(f.undocking)}."
    elif f.docking:
        port = f" at {f.docking_port}" if f.docking_port else ""
        text = f"{f.name} docked to {station}{port} on {ph.utc(f.docking)}."
    else:
        text = f"{f.name} never docked to {station}."
        if outcome_sentence(f):
            text += " " + outcome_sentence(f)
    return _answer(q, "flight_docking", text, [], ph.sources_of(f.source),
                   facts={"flight": f.id, "docking_utc": f.docking.iso() if f.docking else None,
                          "docking_port": f.docking_port}, title=f.name)  # fmt: skip


def person_expeditions(q: Question, facts: Facts) -> Answer | None:
    pid = _the_person(q)
    if not pid:
        return None
    ms = facts.members_by_person.get(pid, [])
    if not ms:
        return None
    if q.dates:  # "which expedition was Whitson on in 2007"
        lo, hi = _day_start(q.dates[0].start), _day_end(q.dates[0].end)

        def overlaps(m) -> bool:
            e = facts.expeditions[m.expedition]
            a, b = (m.start or e.start), (m.end or e.end)
            return bool(a) and a.dt <= hi and (b is None or b.dt >= lo)

        ms = [m for m in ms if overlaps(m)] or ms
    exps = sorted(
        {m.expedition for m in ms},
        key=lambda e: (facts.expeditions[e].station, facts.expeditions[e].number),
    )
    cmd = {m.expedition for m in ms if m.role == "commander"}
    labels = [facts.expeditions[e].name + (" (commander)" if e in cmd else "") for e in exps]
    p = facts.people[pid]
    if q.says(r"\bcommand") and q.when:
        spans = []
        for m in ms:
            if m.role != "commander":
                continue
            e = facts.expeditions[m.expedition]
            lo, hi = m.start or e.start, m.end or e.end
            spans.append(
                f"{e.name} ({ph.day(lo.dt) if lo else '?'} to {ph.day(hi.dt) if hi else 'ongoing'})"
            )
        if spans:
            return _answer(q, "person_expeditions", f"{p.name} commanded {ph.join(spans)}.", [],
                           ph.sources_of(*(facts.expeditions[e].source for e in exps if e in cmd))[:3],
                           facts={"person": pid, "commanded": [e for e in exps if e in cmd]}, title=p.name)  # fmt: skip
    if q.says(r"\bcommand"):
        names = [facts.expeditions[e].name for e in exps if e in cmd]
        n = len(names)
        text = f"{p.name} commanded {n} expedition{'s' if n != 1 else ''}" + (
            f": {ph.join(names)}." if n else "."
        )
        return _answer(q, "person_expeditions", text, [f"Member of {ph.join(labels)}."],
                       ph.sources_of(*(facts.expeditions[e].source for e in exps))[:3],
                       facts={"person": pid, "commanded": [e for e in exps if e in cmd]}, title=p.name)  # fmt: skip
    return _answer(q, "person_expeditions", f"{p.name} was part of {ph.join(labels)}.", [],
                   ph.sources_of(*(facts.expeditions[e].source for e in exps))[:3],
                   facts={"person": pid, "expeditions": exps}, title=p.name)  # fmt: skip


def count_flights(q: Question, facts: Facts) -> Answer | None:
    """ "How many Soyuz flights went to the ISS?" — counted from the records."""
    if not q.how_many or not q.says(r"\b(flights|missions|launches|crews|shuttles|times)\b"):
        return None
    if q.people or q.flights or q.expeditions or q.spacecraft:
        return None  # "how many times did Atlantis fly" is the orbiter's own count
    station = q.stations[0] if q.stations else None
    fl = _station_flights(facts, station, q.programs)
    if q.dates:
        d = q.dates[0]
        hi = _day_end(d.end)
        if q.says(r"\b(as of|by|until|before|up to)\b"):
            fl = [f for f in fl if f.launch.dt <= hi]
        else:
            fl = [f for f in fl if _day_start(d.start) <= f.launch.dt <= hi]
    crewed = [f for f in fl if any(s.went_up for s in facts.seats_by_flight.get(f.id, []))]
    kind = " ".join(
        sorted(
            {
                "shuttle": "Space Shuttle",
                "soyuz": "Soyuz",
                "dragon": "Dragon",
                "shenzhou": "Shenzhou",
                "apollo": "Apollo",
                "starliner": "Starliner",
            }[p]
            for p in q.programs
        )
    )
    where = f" to {facts.stations[station].name}" if station else ""
    when_ = (
        f" in {q.dates[0].label()}"
        if q.dates and not q.says(r"\b(as of|by|until|before|up to)\b")
        else (f" by {q.dates[0].label()}" if q.dates else "")
    )
    text = f"{len(crewed)} crewed {kind + ' ' if kind else ''}flights{where}{when_} are in the records."
    return _answer(q, "count_flights", text, [], [], facts={"count": len(crewed), "flights": [f.id for f in crewed][:50]},
                   confidence=0.75)  # fmt: skip


def module_info(q: Question, facts: Facts) -> Answer | None:
    """ "When was Zvezda launched?", "which flight delivered Destiny?", "what is Kibo?"."""
    if not q.modules:
        return None
    m = facts.modules[q.modules[0]]
    station = facts.stations[m.station].name
    by = ""
    if m.delivered_by:
        by = f" aboard {ph.flight_label(facts.flights[m.delivered_by])}"
    elif m.launch_vehicle:
        by = f" on a {m.launch_vehicle}"
    text = f"{m.name} ({m.kind or 'module'} of {station}) was launched {ph.utc(m.launch) if m.launch else 'on an unknown date'}{by}"
    if m.attached:
        text += f" and attached on {ph.utc(m.attached)}"
    text += "."
    details = []
    if m.end:
        details.append(f"It left the station on {ph.utc(m.end)}.")
    sources = ph.sources_of(
        m.source, facts.flights[m.delivered_by].source if m.delivered_by else ""
    )
    return _answer(q, "module_info", text, details, sources,
                   facts={"module": m.id, "delivered_by": m.delivered_by or None},
                   title=m.name)  # fmt: skip


_PROGRAM_NAMES = {
    "shuttle": "the Space Shuttle", "soyuz": "Soyuz", "dragon": "Dragon", "shenzhou": "Shenzhou",
    "starliner": "Starliner", "apollo": "Apollo", "gemini": "Gemini", "mercury": "Mercury",
    "vostok": "Vostok", "voskhod": "Voskhod", "suborbital": "suborbital flights",
}  # fmt: skip
_COUNT_WORDS = {"once": 1, "twice": 2, "thrice": 3}


def people_query(q: Question, facts: Facts) -> Answer | None:
    """ "Chinese astronauts who have flown twice", "how many women have been to Mir"."""
    if q.people or q.flights or q.expeditions:
        return None
    if not q.says(
        r"\b(astronauts|cosmonauts|taikonauts|people|women|men|persons|tourists|participants|crew members|flyers)\b"
    ):
        return None
    nat = asked_nationality(q)
    female = q.says(r"\b(women|woman|female)\b")
    male = q.says(r"\b(men|male)\b") and not female
    tourists = q.says(r"\b(tourists?|participants?|private)\b")
    m = re.search(r"\b(once|twice|thrice|(\d+) times)\b", q.text)
    times = (_COUNT_WORDS.get(m.group(1)) or int(m.group(2))) if m else None
    more = bool(re.search(r"\b(more than|over)\b", q.text))
    at_least = bool(re.search(r"\b(at least|or more)\b", q.text))
    station = q.stations[0] if q.stations else None
    programs = q.programs
    if not (nat or female or male or tourists or times or station or programs):
        return None
    visited = {s.person for s in facts.stays if s.station == station} if station else None
    commanders = None
    if q.says(r"\bcommand"):  # "how many women have commanded the ISS"
        commanders = {
            m.person
            for m in facts.members
            if m.role == "commander"
            and (not station or facts.expeditions[m.expedition].station == station)
        }
    out = []
    for p in facts.people.values():
        n = len(facts.trips_by_person.get(p.id, []))
        if n == 0 or (visited is not None and p.id not in visited):
            continue
        if commanders is not None and p.id not in commanders:
            continue
        if nat and nat not in p.nationality:
            continue
        if (female and p.sex != "female") or (male and p.sex != "male"):
            continue
        if tourists and p.kind not in ("participant", "film"):
            continue
        if programs and not any(
            facts.flights[s.flight].program in programs for s in facts.seats_by_person.get(p.id, [])
        ):
            continue
        if times is not None and not (
            n > times if more else n >= times if at_least else n == times
        ):
            continue
        out.append((p.name, n))
    out.sort()
    parts = [
        ph.demonym(nat) if nat else "",
        "women" if female else "men" if male else "",
        "spaceflight participants" if tourists else "" if (female or male) else "people",
    ]
    who = " ".join(x for x in parts if x)
    if times is not None:
        who += f" who flew {'more than ' if more else 'at least ' if at_least else ''}{times} time{'s' if times != 1 else ''}"
    if station:
        who += f" {'who commanded' if commanders is not None else 'aboard'} {facts.stations[station].name}"
    elif commanders is not None:
        who += " who commanded a station"
    if programs:
        who += " who flew on " + ph.join(sorted({_PROGRAM_NAMES[p] for p in programs}), "or")
    names = [f"{n} ({c} flight{'s' if c != 1 else ''})" if times is None else n for n, c in out]
    if not out:
        text = f"No {who} in the records."
    elif q.how_many or len(out) > 25:
        text = (
            f"{len(out)} {who} in the records"
            + (f": {ph.join(names[:25])}" if len(out) <= 25 else f", e.g. {ph.join(names[:10])}")
            + "."
        )
    else:
        text = f"{who[0].upper()}{who[1:]} in the records: {ph.join(names)}."
    return _answer(q, "people_query", text, [], [], facts={"count": len(out)},
                   items=names, confidence=0.75)  # fmt: skip


def age_record(q: Question, facts: Facts) -> Answer | None:
    """Youngest or oldest person to fly (to a station), from birth dates and launch dates."""
    youngest = q.says(r"\byoungest\b")
    if not (youngest or q.says(r"\boldest\b")) or q.people or q.flights:
        return None
    station = q.stations[0] if q.stations else None
    best = None
    for s in facts.stays if station else facts.trips:
        if station and s.station != station:
            continue
        trip = s.trip if station else s
        p = facts.people[trip.person]
        if not p.birth_date:
            continue
        age = (trip.start.date() - p.birth_date).days
        if best is None or (age < best[0] if youngest else age > best[0]):
            best = (age, p, trip)
    if not best:
        return None
    age, p, trip = best
    years = int(age // 365.2425)
    where = (
        f" aboard {facts.stations[station].name}"
        if station
        else " person to fly in space in the records"
    )
    text = f"The {'youngest' if youngest else 'oldest'}{where} was {p.name}, aged {years} at launch on {ph.day(trip.start)} ({facts.flights[trip.up_flight].name})."
    missing = sum(1 for x in facts.people.values() if not x.birth_date)
    details = (
        [f"{missing} people have no birth date in the records and are not counted."]
        if missing
        else []
    )
    return _answer(q, "age_record", text, details, _person_sources(facts, p.id, [trip.up_flight]),
                   facts={"person": p.id, "age_days": age}, confidence=0.7)  # fmt: skip


def station_dates(q: Question, facts: Facts) -> Answer | None:
    """ "When did Mir come down?", "when was Skylab launched?"."""
    if not q.stations or q.people or q.flights or q.dates or q.says(r"\b(who|whom|whose)\b"):
        return None
    s = facts.stations[q.stations[0]]
    ending = q.says(
        r"\b(deorbit|deorbited|reenter|reentered|reentry|re entry|come down|came down|fall|fell|crash|crashed|end|ended|destroyed|burn|burned)\b"
    )
    if ending:
        if not s.end:
            text = f"{s.name} is still in orbit, as far as my records go."
        else:
            how = f" {s.end_notes[0].lower()}{s.end_notes[1:]}" if s.end_notes else ""
            text = (
                f"{s.name} came down on {ph.utc(s.end)}:{how}."
                if how
                else f"{s.name} came down on {ph.utc(s.end)}."
            )
            text = text.replace(":.", ".").replace(": ", " — ", 1)
    elif q.says(
        r"\b(launch|launched|lift off|lifted off|built|begin|began|start|started|first module)\b"
    ):
        if not s.launch:
            return None
        text = f"{s.name}'s first module was launched on {ph.utc(s.launch)}."
    else:
        return None
    return _answer(q, "station_dates", text, [], ph.sources_of(s.source),
                   facts={"station": s.id, "launch_utc": s.launch.iso() if s.launch else None,
                          "end_utc": s.end.iso() if s.end else None}, title=s.name)  # fmt: skip


def spacecraft_info(q: Question, facts: Facts) -> Answer | None:
    """ "How many times did Atlantis fly?", "what happened to Columbia?", "Dragon Freedom"."""
    if not q.spacecraft:
        return None
    flights = sorted(
        (
            facts.flights[f]
            for f in q.spacecraft
            if not q.stations or facts.flights[f].station in q.stations
        ),
        key=lambda f: f.launch.dt if f.launch else datetime.max.replace(tzinfo=UTC),
    )
    if not flights:
        return None
    name = flights[0].spacecraft
    programs = {f.program for f in flights}
    kind = (
        "orbiter"
        if programs == {"shuttle"}
        else "capsule"
        if programs <= {"dragon", "starliner"}
        else "spacecraft"
    )
    last = flights[-1]
    if _asks_what_happened(q) or q.says(r"\b(lost|destroyed|disaster|fate|end)\b"):
        lost = [f for f in flights if f.outcome == "crew_loss"]
        f = lost[0] if lost else last
        text = f"{name}'s {'final' if f is last else ''} flight was {ph.flight_label(f)}, launched {ph.utc(f.launch)}.".replace(
            "'s  flight", "'s flight"
        )
        details = _outcome_lines(q, f) or ([outcome_sentence(f)] if outcome_sentence(f) else [])
        if f.notes and not any(f.notes[:40] in d for d in details):
            details.append(_story(f.notes))
        return _answer(q, "spacecraft_info", text, details, ph.sources_of(f.source),
                       facts={"spacecraft": name, "flight": f.id}, title=name)  # fmt: skip
    labels = [f"{f.name} ({f.launch.dt.year})" if f.launch else f.name for f in flights]
    where = f" to {facts.stations[q.stations[0]].name}" if q.stations else ""
    text = f"The {kind} {name} flew {len(flights)} crewed flight{'s' if len(flights) != 1 else ''}{where} in the records: {ph.join(labels) if len(labels) <= 12 else ph.join(labels[:3]) + ' … ' + labels[-1]}."
    return _answer(q, "spacecraft_info", text, [], ph.sources_of(flights[0].source, last.source)[:3],
                   facts={"spacecraft": name, "flights": [f.id for f in flights]},
                   title=name, items=labels)  # fmt: skip


def flights_in_period(q: Question, facts: Facts) -> Answer | None:
    """ "Who launched to the ISS in April 2021?", "who came back in March 2025?"."""
    if not q.dates or q.flights or q.people:
        return None
    d = q.dates[0]
    landing = q.landing and not q.launch
    lo, hi = _day_start(d.start), _day_end(d.end)
    station = q.stations[0] if q.stations else None
    hits = []
    for f in facts.flights_by_launch:
        when_ = f.landing if landing else f.launch
        if when_ and lo <= when_.dt <= hi and (not station or f.station == station):
            seats = landing_crew(facts, f) if landing else launch_crew(facts, f)
            if seats:
                hits.append((f, seats))
    if not hits or len(hits) > 12:
        return None
    verb = "came back" if landing else "launched"
    where = f" {'from' if landing else 'to'} {facts.stations[station].name}" if station else ""
    parts = [
        f"{ph.flight_label(f)} on {ph.day((f.landing if landing else f.launch).dt)}: {ph.join([facts.people[s.person].name for s in seats])}"
        for f, seats in hits
    ]
    text = (
        f"In {d.label()}, {len(hits)} crewed flight{'s' if len(hits) != 1 else ''} {verb}{where}: "
        + "; ".join(parts)
        + "."
    )
    return _answer(q, "flights_in_period", text, [], ph.sources_of(*(f.source for f, _ in hits))[:3],
                   facts={"flights": [f.id for f, _ in hits]}, confidence=0.8)  # fmt: skip


def count_expeditions(q: Question, facts: Facts) -> Answer | None:
    """ "How many expeditions have there been to the ISS?"."""
    if not q.how_many or not q.says(r"\bexpeditions\b") or q.people:
        return None
    sid = q.stations[0] if q.stations else "iss"
    exps = sorted(
        (e for e in facts.expeditions.values() if e.station == sid), key=lambda e: e.number
    )
    if not exps:
        return None
    s = facts.stations[sid]
    text = f"{len(exps)} expeditions to {s.name} are in the records ({exps[0].name} to {exps[-1].name})."
    return _answer(q, "count_expeditions", text, [], ph.sources_of(s.source),
                   facts={"station": sid, "count": len(exps)}, title=s.name, confidence=0.8)  # fmt: skip


def first_resident_crew(q: Question, facts: Facts) -> Answer | None:
    """ "When did the first long-duration crew arrive on the ISS?": its first expedition."""
    if not q.says(r"\bfirst\b") or not q.says(
        r"\b(long duration|resident|permanent|expedition|live|lived|living)\b"
    ):
        return None
    sid = q.stations[0] if q.stations else "iss"
    exps = sorted(
        (e for e in facts.expeditions.values() if e.station == sid and e.start),
        key=lambda e: e.start.dt,
    )
    if not exps:
        return None
    e = exps[0]
    members = [m.person for m in facts.members_by_expedition.get(e.id, [])]
    roles = {m.person: m.role for m in facts.members_by_expedition.get(e.id, [])}
    text = f"The first resident crew of {facts.stations[sid].name} was {e.name}: {ph.join(_names(facts, members, roles))}, from {ph.utc(e.start)}."
    return _answer(q, "first_resident_crew", text, [], ph.sources_of(e.source),
                   facts={"expedition": e.id, "members": members}, title=e.name, confidence=0.85)  # fmt: skip
