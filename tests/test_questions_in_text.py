"""Finding the questions in a long chat message (bot/questions_in_text.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.questions_in_text import MAX_MESSAGE, find_questions, is_question, split_sentences

CONTEXT = (
    "I have been reading about the early days of the station and the long missions that "
    "followed, and about how crews were rotated between the Soyuz and the Shuttle. "
)


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sentences_end_at_marks_and_line_breaks_but_not_abbreviations():
    text = (
        "I read about Dr. Serova, e.g. her flight in Sept. 2014 with S. Cristoforetti. "
        "It was 1.5 hours late! Who flew on Soyuz TMA-14M? And when did they land\n"
        "Thanks, U.S. fan"
    )
    assert texts(text) == [
        "I read about Dr. Serova, e.g. her flight in Sept. 2014 with S. Cristoforetti.",
        "It was 1.5 hours late!",
        "Who flew on Soyuz TMA-14M?",
        "And when did they land",
        "Thanks, U.S. fan",
    ]
    assert texts("谁飞了神舟五号？谢谢。") == ["谁飞了神舟五号？", "谢谢。"]


@pytest.mark.parametrize(
    "sentence",
    ["Who flew on Soyuz TMA-14M?", "when did expedition 42 end", "And which crew landed last",
     "List every ISS expedition.", "Tell me who commanded Mir EO-1", "(was Serova aboard?)",
     "Кто летал на Союз ТМА-14М", "谁飞了神舟五号", "Soyuz TMA-14M crew?"],
)  # fmt: skip
def test_questions_are_recognised(sentence):
    assert is_question(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Thanks in advance!", "I have been reading about Mir.", "Soyuz TMA-14M crew",
     "Whoever answers gets a cookie.", "Listening to the launch now."],
)  # fmt: skip
def test_statements_are_not_questions(sentence):
    assert not is_question(sentence)


def test_the_question_at_the_end_of_a_long_post_is_found():
    post = CONTEXT * 13 + "Anyway, thanks for reading this far. Who flew on Soyuz TMA-14M?"
    assert len(post) > 2000
    found = find_questions(post)
    assert found.chosen == ["Who flew on Soyuz TMA-14M?"] and found.asked == 1
    # its window brings the sentences just before it, for "who flew on it?"
    assert found.windows[0].endswith("thanks for reading this far. Who flew on Soyuz TMA-14M?")
    assert len(found.windows[0]) <= 1000


def test_several_questions_keep_their_order_and_the_last_ones_win():
    found = find_questions("Who flew on Soyuz TMA-14M? When did they land? Who commanded?")
    assert found.chosen == ["Who flew on Soyuz TMA-14M?", "When did they land?", "Who commanded?"]
    five = " ".join(f"Question {i}?" for i in range(1, 6))
    found = find_questions(five)
    assert found.chosen == ["Question 3?", "Question 4?", "Question 5?"]
    assert found.asked == 5 and found.skipped == 2


def test_no_question_and_the_limit_of_a_message():
    assert find_questions("Soyuz TMA-14M crew").chosen == []
    beyond = "x " * MAX_MESSAGE + "Who flew on Soyuz TMA-14M?"
    assert find_questions(beyond).chosen == []  # past Discord's 4,000 characters: not read


@given(st.text(max_size=600))
def test_any_text_splits_into_pieces_of_itself(text):
    for sentence in split_sentences(text):
        assert sentence.text and sentence.text == sentence.text.strip()
        assert text[sentence.start :].startswith(sentence.text)
    found = find_questions(text)
    assert len(found.chosen) <= 3 and len(found.chosen) == len(found.windows)
