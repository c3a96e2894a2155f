"""The flights' local clocks worked out at build time must read exactly as zoneinfo reads
them when asked: the table only saves the import, it never changes an answer."""

from __future__ import annotations

from bot.qa import phrases as ph


def test_table_agrees_with_zoneinfo(engine):
    facts = engine.facts
    table = ph.local_times(facts)
    assert table  # launches and landings with a local zone are in it
    checked = 0
    for f in list(facts.flights.values()):
        for inst, tz in ((f.launch, f.launch_tz), (f.landing, f.landing_tz)):
            if inst is None or not inst.has_time or not tz:
                continue
            ph.use_local_times(table)
            from_table = ph.local(inst, tz)
            ph.use_local_times(None)
            assert ph.local(inst, tz) == from_table, (f.id, tz)
            checked += 1
        if f.landing is not None and f.landing.has_time:
            ph.use_local_times(table)
            from_table = ph.us_eastern(f.landing)
            ph.use_local_times(None)
            assert ph.us_eastern(f.landing) == from_table, f.id
    ph.use_local_times(table)
    assert checked > 500
