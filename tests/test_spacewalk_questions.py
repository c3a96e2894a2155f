"""Spacewalks and station events through the same query as every other question."""

from __future__ import annotations

import pytest

from tests.fakes.harness import bot, fake  # noqa: F401


def ask(engine, q):
    return engine.ask(q)


def test_a_persons_spacewalks_count_time_and_dates(engine):
    koch = ask(engine, "how many spacewalks has christina koch made?")
    assert koch.answered and "6 spacewalks" in koch.text and "42 h 15 min" in koch.text
    wang = ask(engine, "when did wang yaping do her spacewalk?")
    assert wang.answered and "7 November 2021" in wang.text


def test_spacewalks_within_an_expedition(engine):
    a = ask(engine, "how many spacewalks did butch wilmore do on expedition 42?")
    assert a.answered and "3 spacewalks" in a.text


def test_who_walked_with_whom(engine):
    a = ask(engine, "who walked with koch in 2019?")
    assert a.answered
    for name in ("Hague", "Morgan", "Meir"):
        assert name in a.text


def test_a_first_from_a_fully_recorded_station(engine):
    a = ask(engine, "first spacewalk from tiangong?")
    assert a.answered and "Shenzhou 12" in a.text and "4 July 2021" in a.text
    first_woman = ask(engine, "first woman to do a spacewalk")
    assert "Savitskaya" in first_woman.text


@pytest.mark.parametrize(
    "question",
    [
        "how many spacewalks has peggy whitson done?",  # her 2002 and 2008 walks are in the gap
        "longest spacewalk ever?",  # STS-102's 8 h 56 min (2001) is in the gap
        "which spacewalks were made in 2005?",
        "who has made the most spacewalks?",
    ],
)
def test_answers_the_gap_could_change_are_declined(engine, question):
    a = ask(engine, question)
    assert not a.answered and "1998" in a.text


def test_who_was_aboard_when_something_happened(engine):
    fire = ask(engine, "who was aboard mir during the fire?")
    assert fire.answered and "Linenger" in fire.text and "23 February 1997" in fire.text
    hit = ask(engine, "who was on board mir when the progress collided with it in june 1997")
    assert "Foale" in hit.text and "Spektr" in hit.text


def test_the_person_card_counts_spacewalks(engine):
    card = ask(engine, "who is christina koch?")
    assert "Spacewalks: 6" in " ".join(card.details)


async def test_spacewalk_command_needs_a_person_or_a_date(bot, fake):
    body = await fake.slash("spacewalk")
    assert "Give a person or a date" in body["data"]["content"]
