"""Time between two moments: a launch and a landing, a loss and the next flight, a
person's flight and the flight a thread is about. Counted in calendar days (UTC)."""

from __future__ import annotations

import pytest

from tests.test_conversations import chat


@pytest.mark.parametrize(
    "question, expected",
    [
        ("how many days between the apollo 11 launch and the apollo 12 launch?", "121 days"),
        ("how many days after the skylab 2 splashdown did skylab 3 launch?", "36 days"),
        ("how long after challenger was lost did the shuttle fly again, in days?", "975 days"),
        ("how many days after the soyuz 1 crash did the next soviet crew fly?", "Soyuz 3"),
    ],
)
def test_days_between(engine, question, expected):
    a = engine.ask(question)
    assert a.answered and expected in a.text


def test_years_after_a_persons_flight_in_a_thread(engine):
    turns = chat(
        engine,
        "who flew on axiom mission 4?",
        "how many years after Rakesh Sharma's flight was that?",
    )
    assert "41 years" in turns[1].text


def test_ones_own_earlier_flight_is_not_a_gap(engine):
    turns = chat(
        engine, "who was on soyuz t-15?", "and kizim's flight before that, how long was it?"
    )
    assert "0 days" not in turns[1].text


def test_days_after_another_flight_in_a_thread(engine):
    turns = chat(
        engine, "who flew on fram2?", "how many days after polaris dawn came back did they launch?"
    )
    assert "198 days" in turns[1].text


def test_a_gap_to_nobody_known_is_declined(engine):
    a = engine.ask("how many days after polaris dawn came back did they launch?")
    assert not a.answered and "lasted" not in a.text


def test_how_many_hours_and_how_many_aboard(engine):
    assert "4 h 52 min" in engine.ask("how many hours was gemini 3 in space?").text
    assert "3 crew" in engine.ask("how many cosmonauts were in the voskhod 1 capsule?").text
    assert "5 people" in engine.ask("how many people flew on apollo-soyuz in total?").text
