"""Every flight, person and expedition in the store is reachable by a plain question.

Generated from the data itself, so a new row that the engine cannot link (an odd name, an
alias that collides) fails here, not in front of a user.
"""

from __future__ import annotations

from bot.store.names import fold


def _failures(engine, cases):
    out = []
    for question, ok in cases:
        a = engine.ask(question)
        if not ok(a):
            out.append(f"{question!r} -> {a.intent}: {a.text[:90]}")
    return out


def test_every_flight_by_name_and_alias(engine):
    cases = []
    for f in engine.facts.flights.values():
        for name in (f.name, *f.aliases):
            # a name shared on purpose ("Apollo–Soyuz": both vehicles) answers for all of them
            shared = sum(fold(name) in {fold(n) for n in (g.name, *g.aliases)}
                         for g in engine.facts.flights.values()) > 1  # fmt: skip
            cases.append(
                (
                    f"who flew on {name}?",
                    lambda a, f=f, shared=shared: (
                        a.answered
                        and (
                            a.entities[0].id == f.id
                            or (shared and f.id in {e.id for e in a.entities})
                        )
                    ),
                )
            )
        cases.append((f"when did {f.name} launch?", lambda a: a.answered and "launched" in a.text))
        if f.landing:
            cases.append(
                (
                    f"where did {f.name} land?",
                    lambda a: a.answered and ("landed" in a.text or "splashed" in a.text),
                )
            )
    assert not _failures(engine, cases)


def test_every_person_by_full_name_and_unique_surname(engine):
    facts = engine.facts
    cases = []
    for p in facts.people.values():
        if not facts.trips_by_person.get(p.id):
            continue
        ok = lambda a, p=p: a.answered and p.id in [e.id for e in a.entities]  # noqa: E731
        cases.append((f"how many times has {p.name} flown?", ok))
        cases.append((f"{p.name} total time in space", ok))
        key = fold(p.surname)
        others = engine.index.names["people"].get(key, set()) - {p.id}
        if len(engine.index.partial.get(key, ())) == 1 and not others:
            cases.append((f"how many flights has {p.surname} made?", ok))
    assert not _failures(engine, cases)


def test_every_expedition_by_name(engine):
    cases = [
        (f"who commanded {e.name}?", lambda a: a.answered)
        for e in engine.facts.expeditions.values()
    ]
    assert not _failures(engine, cases)
