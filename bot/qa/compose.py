"""Sentences from facts: one short sentence per asked part, direct answer first.

The executor decides *what* answers a query; these functions only say it, with dates in
UTC (and local time where it matters) and the sources behind each fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from ..store.facts import LOST_WITH_CREW, Facts, Flight, Seat, Stay, Trip
from . import phrases as ph


@dataclass
class Reply:
    """One answer part (or a whole answer once joined)."""

    text: str
    details: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    facts: dict = field(default_factory=dict)
    items: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)  # named in the answer: "they" next time
    flights: list[str] = field(default_factory=list)
    expeditions: list[str] = field(default_factory=list)
    title: str = ""
    listed: list[str] = field(default_factory=list)  # what it enumerated: "the second one"
    # flights that set the scene without being "it": the trip a station spacewalk was made on
    around: list[str] = field(default_factory=list)
    # a station the answer found ("America's first space station": Skylab), so "how many
    # crews went there?" is about it
    stations: list[str] = field(default_factory=list)


class Unanswerable(Exception):
    """The query is understood but the records can't answer it; the text says why."""

    def __init__(self, text: str, suggestions: list[str] | None = None, *, none_aboard: str = ""):
        super().__init__(text)
        self.text = text
        self.suggestions = suggestions or []
        # the flight on which nobody fits the description, so a thread with another flight
        # in reach can look there instead (not read back from the wording of `text`)
        self.none_aboard = none_aboard


def day_start(d: date) -> datetime:
    return datetime.combine(d, time.min, tzinfo=UTC)


def day_end(d: date) -> datetime:
    return datetime.combine(d, time.max, tzinfo=UTC)


def noon(d: date) -> datetime:
    return datetime.combine(d, time(12, 0), tzinfo=UTC)


_SEAT_ORDER = {"commander": 0, "pilot": 1}


def _seat_order(seat: Seat) -> tuple[int, str]:
    return (_SEAT_ORDER.get(seat.role, 2), seat.person)


def modules_in_order(facts: Facts, station: str) -> list:
    """A station's modules with a launch on record, in launch order (its core first)."""
    return sorted((m for m in facts.modules.values() if m.station == station and m.launch),
                  key=lambda m: m.launch.dt)  # fmt: skip


def core_module(facts: Facts, mid: str) -> bool:
    """Whether a module was its station's first (Tianhe of Tiangong, Zarya of the ISS): one
    that stands for the station itself."""
    m = facts.modules.get(mid)
    first = modules_in_order(facts, m.station)[:1] if m is not None else []
    return bool(first) and first[0].id == mid


_LM_IN_PAYLOAD = re.compile(r"Lunar Module (LM-\d+) '([^']+)'")


def lunar_module(f: Flight) -> tuple[str, str] | None:
    """The lunar module a flight carried, from its payload: ("LM-4", "Snoopy"), or None."""
    m = _LM_IN_PAYLOAD.search(" ".join(f.payload))
    return (m.group(1), m.group(2)) if m else None


def launch_crew(facts: Facts, f: Flight) -> list[Seat]:
    return sorted((s for s in facts.seats_by_flight.get(f.id, []) if s.went_up), key=_seat_order)


def landing_crew(facts: Facts, f: Flight) -> list[Seat]:
    return sorted((s for s in facts.seats_by_flight.get(f.id, []) if s.came_down), key=_seat_order)


def everyone_aboard(facts: Facts, fid: str) -> list[str]:
    """Everyone who flew on a flight, up or down, once each, in the records' seat order."""
    return list(dict.fromkeys(s.person for s in facts.seats_by_flight.get(fid, [])))


def names(facts: Facts, ids, roles: dict[str, str] | None = None) -> str:
    out = []
    for pid in ids:
        p = facts.people[pid]
        role = (roles or {}).get(pid, "")
        out.append(f"{p.name} ({role})" if role in ("commander", "pilot") else p.name)
    return ph.join(out)


def trip_seconds(t: Trip) -> float | None:
    return (t.end - t.start).total_seconds() if t.end else None


def lost(facts: Facts, t: Trip) -> bool:
    return t.end is None and facts.flights[t.up_flight].outcome in LOST_WITH_CREW


def trip_label(facts: Facts, t: Trip) -> str:
    text = ph.flight_label(facts.flights[t.up_flight])
    if t.down_flight and t.down_flight != t.up_flight:
        text += f" (returned on {ph.flight_label(facts.flights[t.down_flight])})"
    return text


def trip_span(facts: Facts, t: Trip) -> str:
    if t.end:
        return ph.duration((t.end - t.start).total_seconds())
    return "lost with the vehicle" if lost(facts, t) else "still in space"


# words of what failed: a "what went wrong?" looks for these in the notes
FAILURE_WORDS = frozenset(
    "leak leaked failed failure abort aborted damaged crack cracks fire exploded stuck".split()
)
# words of what went wrong or changed, which pick the notes' sentence about it ("why did
# Crew-11 come back early?": the early return, not the docking time said first)
_MISHAP_WORDS = FAILURE_WORDS | frozenset(
    "early late leaking cracked fail ill illness sick medical damage explosion stranded delay "
    "delayed bumped replaced swap swapped measles debris".split()
)


def story(notes: str, limit: int = 400, about: Iterable[str] = ()) -> str:
    """The notes, cut at a sentence near `limit`; with `about` (the question's words), only
    the sentences that say its words of a mishap, where the first does not ("why did
    Crew-11 come back early?": the one on the early return, not the docking time)."""
    want = _MISHAP_WORDS & set(about)
    if want and len(notes) > limit:
        sentences = re.split(r"(?<![ap]\.m\.)(?<=\.)\s+(?=[A-Z])", notes)
        said = [len(want & set(re.findall(r"[a-z0-9]+", x.lower()))) for x in sentences]
        best = max(said)
        if best and said[0] < best:
            notes = " ".join(x for x, n in zip(sentences, said, strict=True) if n == best)
    if len(notes) <= limit:
        return notes
    cut = notes.rfind(". ", 0, limit)
    return notes[: cut + 1] if cut > 0 else notes[:limit].rstrip() + "…"


def outcome_sentence(f: Flight) -> str:
    return {
        "launch_abort": f"{f.name}'s launch was aborted; the crew survived.",
        "docking_failure": f"{f.name} failed to dock with the station.",
        "crew_loss": f"{f.name} was lost with its crew.",
        "ascent_loss": f"{f.name} was lost with its crew during launch"
        + (f" on {ph.day(f.launch.dt)}" if f.launch else "")
        + ", before reaching orbit.",
        "early_return": f"{f.name} came home early.",
        "uncrewed_return": f"{f.name} came back without the crew it launched.",
    }.get(f.outcome, "")


def _home_on_others(facts: Facts, f: Flight, up_ids: list[str]) -> list[str]:
    """ "Chen Dong, … came home on Shenzhou 21.": those who went up on `f` and came home on
    another flight, one sentence a flight."""
    home: dict[str, list[str]] = {}
    for pid in up_ids:
        t = next((t for t in facts.trips_by_person.get(pid, []) if t.up_flight == f.id), None)
        if t and t.down_flight and t.down_flight != f.id:
            home.setdefault(t.down_flight, []).append(facts.people[pid].name)
    return [f"{ph.join(who)} came home on {facts.flights[fid].name}." for fid, who in home.items()]


def crew_reply(facts: Facts, f: Flight, *, down: bool = False, up: bool = False,
               count: bool = False, only: set[str] | None = None) -> Reply:  # fmt: skip
    """Who flew: the launch crew, the landing crew where it differs, and who came home how."""
    ups, downs = launch_crew(facts, f), landing_crew(facts, f)
    if only is not None:
        ups = [s for s in ups if s.person in only]
        downs = [s for s in downs if s.person in only]
    up_ids, down_ids = [s.person for s in ups], [s.person for s in downs]
    roles_up = {s.person: s.role for s in ups}
    roles_down = {s.person: s.role for s in downs}
    details: list[str] = []
    # with a filter ("the Korean"), an empty side means none of *them*, never an empty ship
    no_up = (f"Nobody of that description launched on {f.name}." if only is not None
             else f"{f.name} launched without a crew.")  # fmt: skip
    no_down = (f"Nobody of that description came home on {f.name}." if only is not None
               else f"{f.name} came back with nobody aboard.")  # fmt: skip
    if down and not up:
        if not down_ids and f.landing is None:
            # still up, or its landing not in the records: never "came back empty"
            text = (
                f"{f.name} has no landing in my records (launched {ph.day(f.launch.dt)})."
                if f.launch
                else f"{f.name} has no landing in my records."
            )
        elif not down_ids:
            text = no_down
            if only is None and (home := _home_on_others(facts, f, up_ids)):
                # "how did the Shenzhou 20 crew get home?": the ship came back empty; they
                # came home on another
                text = f"{text} {' '.join(home)}"
        else:
            n = f"{len(down_ids)}: " if count else ""
            text = f"{f.name} brought home {n}{names(facts, down_ids, roles_down)}."
        if up_ids and set(up_ids) != set(down_ids) and f.landing is not None:
            details.append("Its launch crew was not the same (ask who launched on it).")
        people = down_ids or up_ids
    elif up:
        n = f"{len(up_ids)} " if count else ""
        text = (f"{ph.flight_label(f)} launched with {n}crew: {names(facts, up_ids, roles_up)}."
                if up_ids else no_up)  # fmt: skip
        if f.landing is None:
            details.append("It has no landing in my records.")
        elif set(up_ids) != set(down_ids):
            details.append("Its landing crew was not the same (ask who came home on it).")
        people = up_ids
    else:
        if not up_ids:
            text = no_up
        else:
            n = f"{len(up_ids)} " if count else ""
            verb = "launched with" if up or set(up_ids) != set(down_ids) else "flew with"
            text = f"{ph.flight_label(f)} {verb} {n}crew: {names(facts, up_ids, roles_up)}."
            if only is not None and len(up_ids) < len(launch_crew(facts, f)) and not count:
                # a filtered crew is not the whole crew: "Phạm Tuân flew on Soyuz 37", never
                # "Soyuz 37 launched with crew: Phạm Tuân"
                text = f"{names(facts, up_ids, roles_up)} flew on {ph.flight_label(f)}."
        if set(up_ids) != set(down_ids):
            if down_ids:
                details.append(f"It landed with {names(facts, down_ids, roles_down)}.")
            elif f.landing:
                details.append("It came back without a crew.")
            details += _home_on_others(facts, f, up_ids)
        people = up_ids or down_ids
    line = outcome_sentence(f)
    if line and f.outcome != "uncrewed_return":
        details.insert(0, line)
    return Reply(text, details, ph.sources_of(f.source),
                 {"flight": f.id, "launch_crew": up_ids, "landing_crew": down_ids},
                 people=people, flights=[f.id], title=f.name)  # fmt: skip


def launch_reply(facts: Facts, f: Flight) -> Reply:
    return Reply(ph.launch_sentence(f), [], ph.sources_of(f.source),
                 {"flight": f.id, "launch_utc": f.launch.iso() if f.launch else None,
                  "launch_site": f.launch_site}, flights=[f.id], title=f.name)  # fmt: skip


def landing_reply(facts: Facts, f: Flight) -> Reply:
    details = []
    if f.landing:
        us = ph.us_eastern(f.landing)
        if us:
            details.append(f"That was {us} in Houston/Florida time.")
    if f.recovery_ship:
        details.append(f"Recovery ship: {f.recovery_ship}.")
    down = [s.person for s in landing_crew(facts, f)]
    if down:
        details.append(f"Aboard: {names(facts, down)}.")
    elif f.landing:
        details.append("It came back uncrewed: nobody was aboard for the landing.")
        # "when did the Shenzhou 20 astronauts land?": its crew came home on another vehicle
        homes: dict[str, list[str]] = {}
        for s in launch_crew(facts, f):
            t = next(
                (t for t in facts.trips_by_person.get(s.person, []) if t.up_flight == f.id), None
            )
            if t and t.down_flight and t.down_flight != f.id:
                homes.setdefault(t.down_flight, []).append(s.person)
        for fid, who in homes.items():
            g = facts.flights[fid]
            if g.landing:
                details.append(f"Its crew, {names(facts, who)}, came home on {g.name}: "
                               f"{ph.when(g.landing, g.landing_tz)}.")  # fmt: skip
    return Reply(ph.landing_sentence(facts, f), details, ph.sources_of(f.source),
                 {"flight": f.id, "landing_utc": f.landing.iso() if f.landing else None,
                  "landing_site": f.landing_site}, people=down, flights=[f.id],
                 title=f.name)  # fmt: skip


def crew_stays(facts: Facts, f: Flight) -> list[tuple[list[str], Trip]]:
    """The launch crew's own trips where they were not the vehicle's flight, people who
    stayed alike together (Soyuz 26 flew 37 days; Romanenko and Grechko, launched on it,
    stayed 96 and came home on Soyuz 27)."""
    if not (f.launch and f.landing):
        return []
    stays: dict[tuple, tuple[list[str], Trip]] = {}
    for s in launch_crew(facts, f):
        t = next((t for t in facts.trips_by_person.get(s.person, []) if t.up_flight == f.id), None)
        if t and t.end and (t.start, t.end) != (f.launch.dt, f.landing.dt):
            stays.setdefault((t.start, t.end, t.down_flight), ([], t))[0].append(s.person)
    return list(stays.values())


def crew_stay(facts: Facts, f: Flight) -> tuple[list[str], Trip] | None:
    """The first of `crew_stays`: "how long did the Soyuz 26 crew stay?"."""
    return next(iter(crew_stays(facts, f)), None)


def loss_of(facts: Facts, f: Flight):
    """The event in which the flight's crew was lost (Challenger, Columbia), or None; the
    events are indexed by flight once per store."""
    if "losses" not in facts.memo:
        facts.memo["losses"] = {
            ev.flight: ev for ev in facts.events.values() if ev.kind == "loss_of_crew"
        }
    return facts.memo["losses"].get(f.id)


def flight_end(facts: Facts, f: Flight) -> datetime | None:
    """When a flight ended: its landing, or the day its crew was lost (Columbia)."""
    if f.landing:
        return f.landing.dt
    lost = loss_of(facts, f)
    return lost.date.dt if lost else None


def duration_reply(facts: Facts, f: Flight, crew_first: bool = False) -> Reply:
    if not (f.launch and f.landing):
        if f.outcome in LOST_WITH_CREW:
            end = flight_end(facts, f)
            if end is not None and f.launch is not None:
                # "how long was Columbia up on STS-107 before it broke up?": until the loss
                secs = (end - f.launch.dt).total_seconds()
                # a loss within minutes of launch is told in seconds (Challenger: 73)
                span = (f"{int(secs)} seconds" if secs < 600
                        else f"{ph.duration(secs)} ({ph.about_days(secs)})")  # fmt: skip
                return Reply(f"{f.name} never landed: it was lost with its crew {span} after "
                             f"launch, on {ph.day(end)}.", [],
                             ph.sources_of(f.source), flights=[f.id])  # fmt: skip
            return Reply(f"{f.name} never landed: it was lost with its crew.", [],
                         ph.sources_of(f.source), flights=[f.id])  # fmt: skip
        raise Unanswerable(f"{f.name} has no landing in my records, so it has no duration yet.")
    secs = (f.landing.dt - f.launch.dt).total_seconds()
    short = f"; {hours(secs)}" if secs < 20 * 86400 else ""
    text = f"{f.name} lasted {ph.duration(secs)} ({ph.about_days(secs)}{short})."
    details = [f"From {ph.utc(f.launch)} to {ph.utc(f.landing)}."]
    # the crew may have flown up or home on another vehicle: their time differs
    stays = crew_stays(facts, f)
    for who, t in stays:
        details.append(
            f"{names(facts, who)} stayed up {ph.duration((t.end - t.start).total_seconds())} "
            f"({ph.about_days((t.end - t.start).total_seconds())}), returning on "
            f"{facts.flights[t.down_flight].name}."
        )
    stay = stays[0] if crew_first and stays else None
    if stay:
        # "how long did the Soyuz 26 crew stay?": their stay first, the vehicle's after
        who, t = stay
        crew_secs = (t.end - t.start).total_seconds()
        text = (f"{names(facts, who)}, launched on {f.name}, stayed up {ph.duration(crew_secs)} "
                f"({ph.about_days(crew_secs)}), returning on {facts.flights[t.down_flight].name} "
                f"on {ph.day(t.end)}. The {f.name} spacecraft itself flew {ph.duration(secs)}.")  # fmt: skip
        details = [f"From {ph.utc(f.launch)} to {ph.utc(f.landing)}."]
        return Reply(text, details, ph.sources_of(f.source), {"flight": f.id, "seconds": crew_secs},
                     people=who, flights=[f.id, t.down_flight], title=f.name)  # fmt: skip
    return Reply(text, details, ph.sources_of(f.source), {"flight": f.id, "seconds": secs},
                 flights=[f.id], title=f.name)  # fmt: skip


def hours(secs: float) -> str:
    """ "70 h 50 min" for short flights, where people count in hours; "108 minutes" under two
    hours, counted in minutes (Gagarin's)."""
    if secs < 2 * 3600:
        return f"{int(secs) // 60} minutes"
    h, rem = divmod(int(secs), 3600)
    return f"{h} h {rem // 60} min"


def trip_duration_line(facts: Facts, pids: list[str], t: Trip) -> str:
    who = names(facts, pids)
    if not t.end:
        return f"{who}: {trip_span(facts, t)} ({trip_label(facts, t)})."
    secs = (t.end - t.start).total_seconds()
    short = f"; {hours(secs)}" if secs < 20 * 86400 else ""
    return (
        f"{who} spent {ph.duration(secs)} in space ({ph.about_days(secs)}{short}) on "
        f"{trip_label(facts, t)}, from {ph.day(t.start)} to {ph.day(t.end)}."
    )


def vehicle_reply(facts: Facts, f: Flight, ship: bool) -> Reply:
    lines = []
    if ship:
        if f.recovery_ship:
            lines.append(f"{f.name} was recovered by {f.recovery_ship}.")
        elif f.landing_kind != "splashdown":
            lines.append(f"{f.name} landed on land ({f.landing_kind}); no recovery ship.")
        else:
            raise Unanswerable(f"I have no recovery ship recorded for {f.name}.")
    if f.spacecraft:
        kind = {"shuttle": "orbiter", "dragon": "Dragon capsule", "apollo": "command module",
                "starliner": "Starliner capsule"}.get(f.program, "spacecraft")  # fmt: skip
        lm = lunar_module(f)
        also = f" and the lunar module {lm[1]} ({lm[0]})" if lm else ""
        lines.append(f"{f.name} flew the {kind} {f.spacecraft}{also}.")
    elif not ship:
        raise Unanswerable(f"{f.name}'s spacecraft has no name of its own in my records.")
    return Reply(lines[0], lines[1:], ph.sources_of(f.source),
                 {"flight": f.id, "spacecraft": f.spacecraft, "recovery_ship": f.recovery_ship},
                 flights=[f.id], title=f.name)  # fmt: skip


def docking_reply(facts: Facts, f: Flight) -> Reply:
    if not f.docking:
        raise Unanswerable(f"{f.name} has no docking in my records.")
    port = f" at {f.docking_port}" if f.docking_port else ""
    st = facts.stations[f.station].name if f.station else "the station"
    text = f"{f.name} docked with {st}{port} on {ph.utc(f.docking)}."
    if not f.station and f.docking_port:  # Apollo–Soyuz: the other ship, no station
        text = f"{f.name} docked with {f.docking_port} on {ph.utc(f.docking)}."
    details = [f"It undocked on {ph.utc(f.undocking)}."] if f.undocking else []
    return Reply(text, details, ph.sources_of(f.source), {"flight": f.id},
                 flights=[f.id], title=f.name)  # fmt: skip


def payload_reply(facts: Facts, f: Flight) -> Reply:
    if not f.payload:
        raise Unanswerable(f"I have no payload recorded for {f.name}.")
    return Reply(f"{f.name} carried {ph.join(list(f.payload))}.", [], ph.sources_of(f.source),
                 {"flight": f.id, "payload": list(f.payload)}, flights=[f.id],
                 title=f.name)  # fmt: skip


def trip_at(facts: Facts, pid: str, at: datetime) -> Trip | None:
    """The trip of `pid` that was in space at the moment `at` (launch to landing, both
    included), if any."""
    return next((t for t in facts.trips_by_person.get(pid, [])
                 if t.start <= at and (t.end is None or at <= t.end)), None)  # fmt: skip


def aboard_at(facts: Facts, station: str | None, lo: datetime, hi: datetime) -> list[Stay]:
    out, seen = [], set()
    for s in facts.stays_overlapping(lo, hi):
        if (station and s.station != station) or s.person in seen:
            continue
        seen.add(s.person)
        out.append(s)
    return out


def join_replies(parts: list[Reply]) -> Reply:
    """Several answered parts as one answer: texts in order, details and sources merged."""
    if len(parts) == 1:
        return parts[0]
    seen: set[str] = set()
    texts = []
    for p in parts:
        if p.text not in seen:
            seen.add(p.text)
            texts.append(p.text)
    out = Reply(" ".join(texts))
    for p in parts:
        out.details += [d for d in p.details if d not in out.details and d not in seen]
        out.sources += [s for s in p.sources if s not in out.sources]
        out.facts.update(p.facts)
        out.items += p.items
        out.people += [x for x in p.people if x not in out.people]
        out.flights += [x for x in p.flights if x not in out.flights]
        out.expeditions += [x for x in p.expeditions if x not in out.expeditions]
        out.listed += [x for x in p.listed if x not in out.listed]
        out.around += [x for x in p.around if x not in out.around]
        out.stations += [x for x in p.stations if x not in out.stations]
        out.title = out.title or p.title
    return out


def within(dt: datetime | None, lo: datetime, hi: datetime, slack: timedelta) -> bool:
    # open ends are datetime.min / max: slack beyond them would overflow ("after 2003")
    return dt is not None and lo <= dt + slack and dt - slack <= hi


def in_series(series: str, f: Flight) -> bool:
    """ "Soyuz TM-" holds TM-1…TM-34 but not TMA-1; "Soyuz TMA-*M" only the TMA-xxM. A series
    known by another name numbers its flights in their aliases: "Hubble Servicing Mission 3A"
    is STS-103 (a letter may follow the number there, as missions 3A and 3B)."""
    head, _, tail = series.partition("*")
    rest = f.name[len(head) :]
    if (
        f.name.startswith(head)
        and rest[:1].isdigit()
        and rest.endswith(tail)
        and (tail or rest.rstrip("0123456789") == "")
    ):
        return True
    # only a family named in words: "Soyuz TM-" is read from names alone (TMA-1 was once
    # called "Soyuz TM-32"-like names in some records)
    return (
        not tail
        and head.endswith(" ")
        and any(
            a.startswith(head) and re.fullmatch(r"\d+[A-Z]?", a[len(head) :]) for a in f.aliases
        )
    )


def series_label(series: str) -> str:
    """ "Soyuz TM-" → "Soyuz TM", "Soyuz TMA-*M" → "Soyuz TMA-M", "Hubble Servicing Mission "
    → itself: the family's name in an answer."""
    head, _, tail = series.partition("*")
    return (head.rstrip(" -") + ("-" + tail if tail else "")).strip()


def program_ok(f: Flight, programs: set[str]) -> bool:
    """ "Apollo missions" are the numbered Apollo flights (and Apollo-Soyuz), not the Skylab
    crews that rode Apollo command modules (their program in the records)."""
    if f.program == "apollo" and "apollo" in programs:
        return f.name.startswith("Apollo")
    return f.program in programs
