"""Slash commands build their query from the ids the user picked (bot/qa/query.py), so a
name is never turned back into English and re-read. The answer must be the one the same
question typed in words gets."""

from __future__ import annotations

import pytest

from bot.qa import query as asked
from bot.qa.dates import DateSpan, find_dates


def _span(text: str) -> DateSpan:
    return find_dates(text)[0]


@pytest.mark.parametrize(
    ("built", "typed"),
    [
        (lambda: asked.crew_query("soyuz-tma-14m", "Soyuz TMA-14M"), "Who flew on Soyuz TMA-14M?"),
        (lambda: asked.landing_query("soyuz-ms-09", "Soyuz MS-09"), "When and where did Soyuz MS-09 land?"),
        (lambda: asked.person_query_of("yelena-serova", "Yelena Serova"), "Who is Yelena Serova?"),
        (lambda: asked.expedition_query("iss-42", "Expedition 42"), "Who was on Expedition 42?"),
        (lambda: asked.aboard_query(_span("1 January 2015"), "iss", "International Space Station"),
         "Who was aboard the ISS on 1 January 2015?"),
        (lambda: asked.aboard_query(_span("March 1997")), "Who was aboard in March 1997?"),
        (lambda: asked.spacewalks_query("christina-koch", "Christina Koch"),
         "Which spacewalks did Christina Koch make?"),
        (lambda: asked.spacewalks_query(span=_span("18 October 2019")),
         "Which spacewalks were made on 18 October 2019?"),
    ],
)  # fmt: skip
def test_a_built_query_answers_as_the_typed_question(engine, built, typed):
    by_id = engine.answer_query(built())
    by_words = engine.ask(typed)
    assert by_id.answered, by_id.text
    assert by_id.text == by_words.text
    assert by_id.sources == by_words.sources


def test_a_built_query_never_raises(engine):
    a = engine.answer_query(asked.crew_query("no-such-flight", "Nothing"))
    assert not a.answered and a.text
