"""`Engine.ask(question, context) -> Answer`: the one call every surface makes."""

from __future__ import annotations

import bisect
import itertools
import logging
import re
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from rapidfuzz import fuzz

from ..store.facts import Facts
from ..store.names import fold
from ..store.snapshot import open_facts, without_gc
from . import intents as it
from .answer import Answer, Context, Entity
from .dates import find_dates
from .linking import EntityIndex
from .question import Question

MAX_CHARS = 4000

# Words that make a question about this bot's subject at all.
_ON_TOPIC = re.compile(
    r"\b(aboard|on board|onboard|iss|station|space|orbit|crew|flew|fly|flight|launch|land|"
    r"landed|astronaut|cosmonaut|taikonaut|expedition|mission|soyuz|shuttle|dragon|shenzhou|"
    r"skylab|mir|salyut|tiangong|spacewalk|living)\b"
)


_NUMBERED_NAME = re.compile(r"^(.*?)-?(\d+)([A-Z]?)$")
_WORDS = {"soyuz": "Soyuz", "shenzhou": "Shenzhou", "skylab": "Skylab", "crew": "Crew",
          "expedition": "Expedition", "axiom": "Axiom", "mission": "Mission", "demo": "Demo",
          "mir": "Mir", "salyut": "Salyut", "eo": "EO"}  # fmt: skip


def designation(text: str) -> str:
    """`tma 40m` -> `TMA-40M`, `ms22` -> `MS-22`, `crew 30` -> `Crew-30`: as people write them."""
    parts = re.findall(r"[a-z]+|\d+[a-z]?", text.lower())
    out: list[str] = []
    for p in parts:
        if p[0].isdigit():
            num = p.upper()
            if out and not out[-1].startswith(
                ("Soyuz", "Shenzhou", "Skylab", "Expedition", "Mission", "Salyut", "Mir")
            ):
                out[-1] = f"{out[-1]}-{num}"
            else:
                out.append(num)
        else:
            out.append(_WORDS.get(p, p.upper()))
    return " ".join(out)


def _decline(question: str, text: str, suggestions=(), intent: str = "decline",
             context: Context | None = None) -> Answer:  # fmt: skip
    return Answer(
        question=question,
        answered=False,
        text=text,
        intent=intent,
        suggestions=list(suggestions)[:3],
        context=context or Context(),
    )


class Engine:
    def __init__(self, facts: Facts):
        self.facts = facts
        self.index = EntityIndex(facts)
        self._launch_times: list[datetime] | None = None
        self._families: dict[tuple[str, str], list[tuple[int, str]]] | None = None

    @classmethod
    def open(cls, db_path: Path) -> Engine:
        # from the store's snapshot (facts and alias index made at build time) when it is
        # current, else from its tables
        with without_gc():
            return cls(open_facts(db_path))

    # ---------------------------------------------------------------------------

    def ask(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question. Never raises: a failure becomes a polite decline."""
        started = time.perf_counter()
        try:
            answer = self._ask(question or "", context or Context())
        except Exception:  # the bot must never show a traceback to a user
            logging.getLogger(__name__).exception("engine failed on a question")
            answer = _decline(question, "Sorry, something went wrong answering that.")
        answer.facts.setdefault("ms", round((time.perf_counter() - started) * 1000, 3))
        return answer

    def _ask(self, question: str, context: Context) -> Answer:
        text = " ".join(question.split())
        if not text:
            return _decline(question, "Ask me about space-station crews, flights and landings, "
                            'e.g. "who flew on Soyuz TMA-14M?"', context=context)  # fmt: skip
        if len(text) > MAX_CHARS:
            return _decline(question, f"That is {len(text)} characters; please ask in under "
                            f"{MAX_CHARS}.", context=context)  # fmt: skip
        linked = self.index.link(text)
        q = Question(raw=text, linked=linked, dates=find_dates(text))
        for m in linked.mentions:
            target = {"flights": q.flights, "expeditions": q.expeditions, "stations": q.stations,
                      "people": q.people, "modules": q.modules,
                      "spacecraft": q.spacecraft}[m.kind]  # fmt: skip
            if m.kind == "people" and len(m.ids) > 1:
                q.ambiguous.append(m)
            else:
                for i in m.ids:
                    if i not in target:
                        target.append(i)
        if linked.unknown:
            pretty = designation(linked.unknown[0])
            return _decline(question, f"I have no record of {pretty}: "
                            "it is not in my data, so I won't guess.",
                            self._suggest(pretty), intent="unknown_entity", context=context)  # fmt: skip
        self._resolve_ambiguous(q)
        if q.ambiguous:
            m = q.ambiguous[0]
            names = [self.facts.people[i].name for i in m.ids]
            return _decline(
                question,
                f"Which {m.text.title()} do you mean: {it.ph.join(names[:5], 'or')}?",
                names[:3],  # never the raw question: it may hold mentions or markdown
                intent="clarify",
                context=context,
            )
        used_context = False
        named = q.flights or q.people or q.expeditions or q.stations or q.modules or q.spacecraft
        if not named and not context.empty and self._is_follow_up(q):
            self._apply_context(q, context)
            q.from_context = used_context = True
        answer = self._pick(q)
        if answer is None:
            return self._no_intent(q, context)
        if not answer.answered:  # an intent that declines says why itself
            answer.context = context
            return answer
        answer.entities = self._entities(q)
        answer.confidence = round(answer.confidence * self._link_confidence(q), 3)
        if used_context:
            answer.confidence = round(answer.confidence * 0.9, 3)
        if answer.confidence < 0.35:
            return _decline(question, "I'm not sure enough to answer that.",
                            [e.name for e in answer.entities], context=context)  # fmt: skip
        answer.context = self._next_context(q, answer, context)
        return answer

    # ---------------------------------------------------------------------------

    def _pick(self, q: Question) -> Answer | None:
        """Choose the intent from what the question names and asks; first answer wins."""
        order: list = []
        if q.future_or_opinion and not (q.flights or q.expeditions):
            return None
        if not q.dates and q.says(
            r"\b(now|currently|right now|today|at the moment|at present|presently)\b"
        ):
            return self._live(q)
        has_person, has_flight = bool(q.people), bool(q.flights)
        leaving = q.says(
            r"\bafter\b.*\b(left|leave|undock|undocked|departed)\b|\bstill (on board|aboard|there)\b|\bwho (stayed|remained)\b"
        )
        arriving = q.says(
            r"\bwho\b.*\b(aboard|on board|on the (iss|station))\b.*\bwhen\b.*\b(launched|arrived|docked)\b"
        ) or q.says(
            r"\bwhen\b.*\b(arrived|docked)\b.*\bwho\b|\bwho\b.*\bwhen\b.*\b(arrived|docked)\b"
        )
        if q.says(r"\bcall ?sign\b|\bcallsign\b"):
            order.append(it.station_call_sign)
        if len(q.people) >= 2 and q.says(
            r"\btogether\b|\bsame (flight|crew|time|mission)\b|\bboth\b.*\b(fly|flew|on)\b|\bever (meet|met)\b"
        ):
            order.append(it.people_together)
        if has_flight and (leaving or arriving):
            order.append(it.aboard_around_flight)
        if q.expeditions and not has_person:
            if q.says(
                r"\b(took|take|handed|hand|handover|passed|succeeded|replaced|after|next)\b.*\bcommand|\bcommand\b.*\b(after|next)\b"
            ):
                order.append(it.command_handover)
            if q.says(r"\bcommand|\bcommandr|\bin charge\b|\bled\b|\bleader\b|\bcaptain\b"):
                order.append(it.expedition_commander)
            if q.says(
                r"\bhow did\b|\bget to\b|\bget there\b|\bcome home\b|\bvehicle|\bspacecraft\b|\bwhich soyuz\b|\bwhat soyuz\b"
            ):
                order.append(it.expedition_vehicles)
            if (
                q.how_long
                or (q.when and not q.who)
                or q.says(r"\b(start|started|begin|began|end|ended)\b")
            ):
                order.append(it.expedition_dates)
            order.append(it.expedition_members)
        if has_flight and not has_person:
            order.append(it.flight_commander)  # and the other seats: pilot, flight engineer
            order.append(it.flight_docking)
            if q.says(
                r"\b(deliver|delivered|payload|carry|carried|bring up|brought up|cargo|install|installed)\b"
            ):
                order.append(it.flight_payload)
            if (
                q.says(
                    r"\b(capsule|orbiter|recovery ship|ship|spacecraft name|which dragon|what dragon|which orbiter|which shuttle|what shuttle)\b"
                )
                and not q.who
            ):
                order.append(it.flight_vehicle)
            if q.how_long and not q.says(r"\bwho\b"):
                order.append(it.flight_duration)
            asks_who = q.says(r"\b(who|whom)\b") or q.how_many
            if asks_who:
                order.append(it.crew_of_flight)
            if q.landing and (q.when or q.where or q.says(r"\bhow did\b|\bhow\b")):
                order.append(it.flight_landing)
            if q.launch and (q.when or q.where or q.says(r"\bhow\b")):
                order.append(it.flight_launch)
            if q.who:
                order.append(it.crew_of_flight)
            if q.landing:
                order.append(it.flight_landing)
            if q.launch:
                order.append(it.flight_launch)
            order.append(it.flight_summary)
        if has_person:
            order.append(it.person_first_last_flight)
            if (
                q.says(r"\bexpeditions?\b") or (q.says(r"\bcommand") and q.stations)
            ) and not q.expeditions:
                order.append(it.person_expeditions)
            if has_flight and q.how_long:
                order.append(it.flight_duration)
            if q.says(
                r"\b(took|take|handed|hand|handover|passed|succeeded|replaced|relieved)\b.*\bcommand|\bcommand\b.*\b(from|to)\b"
            ):
                order.append(it.command_handover)
            if q.says(
                r"\b(agency|agencies|nationality|country|citizen|born|birthday|work for|works for|worked for|native name|spell|how old|age)\b"
            ) or (q.says(r"^(is|was)\b") and it.asked_nationality(q) is not None):
                order.append(it.person_attribute)
            if q.says(
                r"\b(total|altogether|in all|combined|cumulative|career|overall|all together)\b"
            ) or (
                q.how_many
                and q.says(r"\bdays\b")
                and q.says(r"\bspace\b")
                and not q.dates
                and not has_flight
            ):
                order.append(it.person_total_time)
            if q.says(r"\bwith\b") and (q.who or q.says(r"\bcrewmates?\b")):
                order.append(it.person_crewmates)
            if q.how_many and q.says(
                r"\b(times|flights|spaceflights|missions|trips|launches|flown|been)\b"
            ):
                order.append(it.person_flights)
            if q.says(
                r"\b(what|which|list)\b.*\b(missions|flights|spaceflights)\b|\bmissions\b.*\bflown\b|\bflights has\b"
            ):
                order.append(it.person_flights)
            if q.says(
                r"\b(what|which) (spacecraft|vehicle|capsule|ship|soyuz|dragon)\b|\bhow did\b.*\b(get|come|go)\b|\bwhich flight\b|\bwhat flight\b|\bbrought\b.*\bhome\b"
            ):
                order.append(it.person_vehicle)
            if q.how_long:
                order.append(it.person_trip_duration)
            if q.landing and (q.when or q.where):
                order.append(it.person_return)
            if (q.launch or q.says(r"\b(fly|flew|go up|went up)\b")) and (q.when or q.where):
                order.append(it.person_launch)
            if q.landing and not q.who:
                order.append(it.person_return)
            if has_flight and q.who:
                order.append(it.person_crewmates)
            if q.says(r"\b(flown|spaceflights|missions)\b"):
                order.append(it.person_flights)
        if q.says(r"\b(second|third|fourth|fifth)\b") and not has_person:
            order.append(it.record_first)
        if q.says(r"\bfirst\b|\blast\b|\bfinal\b|\blatest\b"):
            # a first written in the data beats one computed from it ("first West German")
            order.extend(
                [it.first_resident_crew, it.firsts_text, it.first_or_last_flight, it.record_first]
            )
        if q.says(r"\b(longest|record)\b"):
            order.append(it.record_longest)
        if q.says(r"\b(youngest|oldest)\b"):
            order.append(it.age_record)
        order.append(it.people_query)
        if q.says(r"\bmost\b"):
            order.append(it.record_most)
        if q.how_many:
            order.append(it.count_expeditions)
            order.append(it.count_flights)
        if (
            q.stations
            and q.how_many
            and (not q.dates or q.says(r"\b(as of|by|until|up to|before)\b"))
        ):
            order.append(it.station_visitors)
        if q.dates and q.says(r"\bcommand|\bin charge\b"):
            order.append(it.station_commander_on_date)
        if (
            q.dates
            and not has_flight
            and (
                q.stations
                or q.says(
                    r"\b(aboard|on board|onboard|in space|in orbit|living|lived|on the station|at the station)\b"
                )
            )
        ):
            order.append(it.station_aboard_on_date)
        if q.stations and not (has_flight or has_person or q.dates):
            order.append(it.station_dates)
        if q.spacecraft and not has_flight and not has_person:
            order.append(it.spacecraft_info)
        if q.modules and not has_flight and not has_person:
            order.append(it.module_info)
        if q.says(r"\b(deliver|delivered|brought up|carried)\b") and not has_flight:
            order.append(it.payload_flight)
        if not has_flight and not has_person and q.dates and (q.landing or q.launch):
            if q.programs:  # "a Soyuz came back on 11 March 2015": that one flight
                implicit = self._flights_by_program_and_date(q)
                if implicit:
                    q.flights = implicit[:1]
                    return self._pick(q)
            elif q.who and not q.says(r"\b(aboard|on board|onboard|living)\b"):
                order.insert(0, it.flights_in_period)  # "who launched to the ISS in April 2021"
        # "Who is Serova?", "Padalka", "tell me about Skylab": a profile, and nothing else.
        bare = not q.dates and not q.leftover
        if bare and len(q.people) == 1 and not (has_flight or q.expeditions or q.stations):
            order.append(it.person_profile)
        if bare and q.stations and not (has_person or has_flight or q.expeditions):
            order.append(it.station_profile)
        seen = set()
        for fn in order:
            if fn in seen:
                continue
            seen.add(fn)
            answer = fn(q, self.facts)
            if answer is not None:
                return answer
        return None

    def _live(self, q: Question) -> Answer:
        """Questions about right now: the records have an end, and the answer says where."""
        latest = max(
            (i.dt for f in self.facts.flights.values() for i in (f.launch, f.landing) if i),
            default=None,
        )
        horizon = it.ph.day(latest) if latest else "an unknown date"
        return _decline(
            q.raw,
            f"I can't see live data: my records end around {horizon}, so I can't say who is in "
            "space right now. NASA's and CMSA's sites list the current crews.",
            ["Who was aboard the ISS on 1 January 2025?"],
            intent="live_data",
        )

    def _flights_by_program_and_date(self, q: Question) -> list[str]:
        """ "A Soyuz came back on 11 March 2015": flights of that kind on that date (±1 day)."""
        programs, landing, launch = q.programs, q.landing, q.launch
        out = []
        for d in q.dates:
            # no flight lasts longer than the longest stay plus a margin: bound the scan
            lo = it._day_start(d.start) - self.facts.longest_stay - timedelta(days=30)
            hi = it._day_end(d.end) + timedelta(days=1)
            flights = self.facts.flights_by_launch
            i = self._launch_index(lo)
            for f in flights[i:]:
                if f.launch.dt > hi:
                    break
                if programs and f.program not in programs:
                    continue
                moments = []
                if landing and f.landing:
                    moments.append(f.landing.dt)
                if launch:
                    moments.append(f.launch.dt)
                if any(it._in_span(m, q) for m in moments) and f.id not in out:
                    out.append(f.id)
        return out

    def _launch_index(self, moment: datetime) -> int:
        if self._launch_times is None:
            self._launch_times = [f.launch.dt for f in self.facts.flights_by_launch]
        return bisect.bisect_left(self._launch_times, moment)

    def _resolve_ambiguous(self, q: Question) -> None:
        """Use the rest of the question to pick one of several people sharing a name."""
        still = []
        for m in q.ambiguous:
            cands = list(m.ids)
            if q.flights:
                on = [
                    p
                    for p in cands
                    if any(s.flight in q.flights for s in self.facts.seats_by_person.get(p, []))
                ]
                cands = on or cands
            if len(cands) > 1 and q.expeditions:
                on = [
                    p
                    for p in cands
                    if any(
                        x.expedition in q.expeditions
                        for x in self.facts.members_by_person.get(p, [])
                    )
                ]
                cands = on or cands
            if len(cands) > 1 and q.people:
                others = set(q.people)

                def flew_with(p: str, others: set[str] = others) -> bool:
                    mine = {s.flight for s in self.facts.seats_by_person.get(p, [])}
                    return any(
                        mine & {s.flight for s in self.facts.seats_by_person.get(o, [])}
                        for o in others
                    )

                on = [p for p in cands if flew_with(p)]
                cands = on or cands
            if len(cands) > 1 and m.start > 0:
                # "Scott Kelly" typed "scot kelly": the word before the surname, forgiven
                before = q.linked.tokens[m.start - 1]
                on = [p for p in cands if self._given_name_matches(p, before)]
                cands = on or cands
            if len(cands) > 1 and q.dates:
                on = [
                    p
                    for p in cands
                    if any(
                        it._in_span(t.start, q, 0)
                        or it._in_span(t.end, q, 0)
                        or any(
                            t.start.date() <= d.start and (t.end is None or t.end.date() >= d.end)
                            for d in q.dates
                        )
                        for t in self.facts.trips_by_person.get(p, [])
                    )
                ]
                cands = on or cands
            if len(cands) > 1 and q.says(r"\b(year in space|one year|year long)\b"):
                on = [
                    p
                    for p in cands
                    if any(
                        (t.end and (t.end - t.start).days > 300)
                        for t in self.facts.trips_by_person.get(p, [])
                    )
                ]
                cands = on or cands
            if len(cands) > 1 and q.stations:
                on = [
                    p
                    for p in cands
                    if any(s.person == p and s.station in q.stations for s in self.facts.stays)
                ]
                cands = on or cands
            if len(cands) == 1:
                if cands[0] not in q.people:
                    q.people.append(cands[0])
            else:
                m.ids = cands
                still.append(m)
        if len(still) >= 2:
            still = self._resolve_jointly(q, still)
        q.ambiguous = still

    def _given_name_matches(self, pid: str, word: str) -> bool:
        if len(word) < 3:
            return False
        p = self.facts.people[pid]
        firsts = {fold(n).split()[0] for n in (p.name, *p.aliases) if fold(n)}
        return any(fuzz.ratio(word, f) >= 80 for f in firsts)

    def _resolve_jointly(self, q: Question, mentions: list) -> list:
        """ "When did Doug and Bob get home?": the one pair of namesakes who flew together."""
        pools = [m.ids for m in mentions]
        if any(len(p) > 12 for p in pools):
            return mentions
        flights = {
            p: {s.flight for s in self.facts.seats_by_person.get(p, [])}
            for pool in pools
            for p in pool
        }
        fits = [
            combo
            for combo in itertools.product(*pools)
            if len(set(combo)) == len(combo)
            and all(flights[a] & flights[b] for a, b in itertools.combinations(combo, 2))
        ]
        if len(fits) != 1:
            return mentions
        for pid in fits[0]:
            if pid not in q.people:
                q.people.append(pid)
        return []

    @staticmethod
    def _is_follow_up(q: Question) -> bool:
        return q.says(
            r"^(and|what about|how about|so|then|also)\b|\b(they|them|their|he|she|him|her|his|it|its|that|"
            r"this|those|there|the crew|that flight|that mission)\b"
        )

    def _no_intent(self, q: Question, context: Context) -> Answer:
        if q.people and (q.dates or q.programs or q.flights):
            who = it.ph.join([self.facts.people[p].name for p in q.people])
            scope = (
                " ".join(
                    [f"on {self.facts.flights[f].name}" for f in q.flights[:1]]
                    + [f"in {d.label()}" for d in q.dates[:1]]
                )
                or "on that kind of spacecraft"
            )
            return _decline(q.raw, f"I have no flight of {who} {scope} in my records.",
                            [f"What missions has {self.facts.people[q.people[0]].name} flown?"],
                            intent="no_matching_trip", context=context)  # fmt: skip
        if q.flights or q.people or q.expeditions or q.stations:
            names = [e.name for e in self._entities(q)]
            suggestions = []
            for e in self._entities(q)[:1]:
                if e.kind == "people":
                    suggestions = [
                        f"How many flights has {e.name} made?",
                        f"How long has {e.name} spent in space?",
                        f"Who flew with {e.name}?",
                    ]
                elif e.kind == "flights":
                    suggestions = [
                        f"Who flew on {e.name}?",
                        f"When did {e.name} land?",
                        f"When did {e.name} launch?",
                    ]
                elif e.kind == "expeditions":
                    suggestions = [
                        f"Who commanded {e.name}?",
                        f"Who was on {e.name}?",
                        f"When did {e.name} start?",
                    ]
                elif e.kind == "stations":
                    suggestions = [
                        f"Who was aboard {e.name} on 1 January 2015?",
                        f"How many people have been to {e.name}?",
                    ]
            return _decline(q.raw, f"I know about {it.ph.join(names)}, but I can't answer that question "
                            "from my records.", suggestions, context=context)  # fmt: skip
        if not _ON_TOPIC.search(q.text) or q.future_or_opinion:
            return _decline(q.raw, "Sorry, I only know about space-station crews, flights and "
                            "landings, and I can't answer that.",
                            ["Who flew on Soyuz TMA-14M?", "Who was aboard the ISS on 1 January 2015?",
                             "Who commanded Expedition 42?"], context=context)  # fmt: skip
        return _decline(q.raw, "I couldn't tell which flight, person or expedition you mean. "
                        "Try naming one.", self._suggest(q.text), context=context)  # fmt: skip

    def _suggest(self, text: str) -> list[str]:
        """Flights of the same family as an unknown designation, nearest number first."""
        m = _NUMBERED_NAME.match(text.strip())
        if not m:
            return []
        if self._families is None:  # built on first use: family -> [(number, name)]
            self._families = {}
            for f in self.facts.flights.values():
                fm = _NUMBERED_NAME.match(f.name)
                if fm:
                    key = (fm.group(1).rstrip("- ").lower().split() or [""])[-1], fm.group(3)
                    self._families.setdefault(key, []).append((int(fm.group(2)), f.name))
        prefix = (m.group(1).rstrip("- ").lower().split() or [""])[-1]
        number = int(m.group(2))
        family = self._families.get((prefix, m.group(3)), [])
        return [name for _, name in sorted(family, key=lambda x: abs(x[0] - number))[:3]]

    def _entities(self, q: Question) -> list[Entity]:
        out = []
        scores = {}
        for m in q.linked.mentions:
            for i in m.ids:
                scores[(m.kind, i)] = (m.score, m.text)
        for kind, ids, table in (
            ("flights", q.flights, self.facts.flights),
            ("people", q.people, self.facts.people),
            ("expeditions", q.expeditions, self.facts.expeditions),
            ("stations", q.stations, self.facts.stations),
            ("modules", q.modules, self.facts.modules),
        ):
            for i in ids:
                score, text = scores.get(
                    (kind, i),
                    (0.8 if q.from_context else 0.9, "(context)" if q.from_context else ""),
                )
                out.append(Entity(kind, i, table[i].name, score, text))
        return out

    def _link_confidence(self, q: Question) -> float:
        scores = [m.score for m in q.linked.mentions if m.score > 0]
        return min(scores) if scores else 1.0

    def _apply_context(self, q: Question, context: Context) -> None:
        """Fill a follow-up's entities from the conversation, by the pronoun it uses:
        "they"/"she" mean people (a crew just listed), "it"/"that flight" the flight."""
        people_words = q.says(r"\b(they|them|their|he|him|his|she|her|hers|the crew|crew)\b")
        thing_words = q.says(
            r"\b(it|its|that flight|that mission|the capsule|the spacecraft|the vehicle)\b"
        )
        people = list(context.people)
        sex = (
            "female"
            if q.says(r"\b(she|her|hers)\b")
            else "male"
            if q.says(r"\b(he|him|his)\b")
            else ""
        )
        if sex and people:
            people = [p for p in people if self.facts.people[p].sex == sex] or people
        if people_words and people and not thing_words:
            q.people = people
            q.flights = list(context.flights[:1]) if len(people) > 1 else []
        elif thing_words and (context.flights or context.expeditions or context.stations):
            q.flights = list(context.flights)  # "it" is the flight, expedition or station
        else:
            q.flights = list(context.flights)
            q.people = people
        q.expeditions = list(context.expeditions)
        q.stations = list(context.stations)

    def _next_context(self, q: Question, answer: Answer, old: Context) -> Context:
        flights = tuple(q.flights) or tuple(
            x
            for x in [answer.facts.get("flight"), answer.facts.get("down_flight")]
            if isinstance(x, str)
        )
        people = tuple(q.people)
        if not people and answer.facts.get("person"):
            people = (answer.facts["person"],)
        if not people:  # a crew list: "they" in the next question means these people
            people = tuple(answer.facts.get("launch_crew") or answer.facts.get("members") or ())
        return replace(
            Context(),
            flights=flights[:2],
            people=people[:4],
            expeditions=tuple(q.expeditions)[:1],
            stations=tuple(q.stations)[:1],
            intent=answer.intent,
        )
