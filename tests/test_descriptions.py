"""People and moments described instead of named: occupations, "after Challenger",
remarks beside a question, a crew's stay against its vehicle's flight.

Each test asks what a user would and checks what they would read.
"""

from __future__ import annotations

import pytest

from tests.test_conversations import chat


def ask(engine, *turns):
    """The last answer of a conversation."""
    return chat(engine, *turns)[-1]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("which shuttle passenger was a US senator in 1985?", "Jake Garn"),
        ("the prince from Saudi Arabia who went up on a shuttle: which mission?", "STS-51-G"),
        ("name the physician who spent 437 days on Mir", "Polyakov"),
        ("the first schoolteacher to reach space?", "Barbara Morgan"),
    ],
)
def test_an_occupation_describes_a_person(engine, question, expected):
    a = engine.ask(question)
    assert a.answered and expected in a.text


def test_challenger_crew_never_reached_space(engine):
    a = engine.ask("which teachers have been to space?")
    assert a.answered and "Barbara Morgan" in a.text
    assert "McAuliffe" not in a.text


def test_an_incomplete_occupation_is_not_counted(engine):
    a = engine.ask("how many doctors have been to space?")
    assert not a.answered and "not complete" in a.text


def test_after_a_lost_orbiter_is_after_its_loss(engine):
    a = engine.ask("which teacher flew on a shuttle after Challenger?")
    assert a.answered and "Barbara Morgan" in a.text and "McAuliffe" not in a.text


def test_after_a_flight_that_names_the_flight_itself(engine):
    a = engine.ask("where did Yang Liwei come down after Shenzhou 5?")
    assert a.answered and "Inner Mongolia" in a.text


def test_after_an_orbiter_that_flew_many_times_asks_back(engine):
    a = engine.ask("who flew a shuttle after Discovery?")
    assert not a.answered and "which flight of Discovery" in a.text


def test_a_remark_beside_the_question_is_left_out_and_named(engine):
    a = engine.ask("how long did Bykovsky fly on Vostok 5 - a plucky fellow!")
    assert a.answered and "4 days 23 h" in a.text
    assert "Not used" in a.text or any("Not used" in d for d in a.details)


def test_a_remark_that_asks_something_is_not_dropped(engine):
    a = engine.ask("who commanded Soyuz TM-25, and what did the mission patch show?")
    assert not a.answered


def test_a_crews_stay_is_not_its_vehicles_flight(engine):
    a = engine.ask("how long were the cosmonauts who launched on Soyuz 26 aboard Salyut 6?")
    assert a.answered and "96 days" in a.text
    a = engine.ask("what lasted longer: Skylab 4, or the stay of the Soyuz 26 crew?")
    assert a.answered and a.text.startswith(
        "Soyuz 26 (Yuri Romanenko and Georgy Grechko) was longer"
    )


def test_a_crew_that_came_home_apart_gets_a_line_each(engine):
    a = ask(engine, "who launched on Soyuz TM-12?", "how long were they in space?")
    assert "311 days" in a.text and "7 days" in a.text and "144 days" in a.text


def test_an_orbiter_in_a_year_answers_that_years_flights(engine):
    a = engine.ask("who was the commander of Columbia in 1999?")
    assert a.answered and "Eileen Collins" in a.text


def test_a_relative_is_declined_not_answered_with_the_person(engine):
    a = engine.ask("who is Roman Romanenko's father?")
    assert not a.answered and "family" in a.text


def test_a_namesake_is_settled_by_the_thread(engine):
    a = ask(engine, "who was on Skylab 3?", "did Garriott fly again later?")
    assert a.answered and "Owen Garriott" in a.text and "STS-9" in a.text


def test_ordinal_by_nationality_uses_main_citizenship(engine):
    a = engine.ask("who was the 2nd Indian astronaut to fly?")
    assert a.answered and "Shukla" in a.text


def test_moon_age_is_the_age_on_that_flight(engine):
    a = ask(engine, "who walked on the Moon during Apollo 16?", "how old was Duke on the moon?")
    assert a.answered and "36" in a.text
    a = engine.ask("who was the youngest person to walk on the moon?")
    assert a.answered and "Charlie Duke" in a.text


def test_the_other_parts_are_asked_of_a_first(engine):
    a = engine.ask("the first Brazilian in space: when did he launch, and on which Soyuz?")
    assert a.answered and "Marcos Pontes" in a.text and "30 March 2006" in a.text
    a = engine.ask("who went up with the first astronaut from the Emirates?")
    assert a.answered and "Skripochka" in a.text and "Meir" in a.text
    a = engine.ask("first woman to walk in space, on what date?")
    assert a.answered and "Savitskaya" in a.text and "25 July 1984" in a.text


def test_a_first_is_asked_of_the_flight_it_was_made_on(engine):
    a = engine.ask("the first French woman to fly: what date did she launch?")
    assert a.answered and "17 August 1996" in a.text and "2001" not in a.text
    a = engine.ask("who was the first woman to command a shuttle, and when did that flight launch?")
    assert a.answered and "23 July 1999" in a.text and "1995" not in a.text


def test_a_flight_found_by_who_was_aboard_names_them(engine):
    a = engine.ask("how long did the first Cuban's flight last?")
    assert a.answered and "Tamayo" in a.text and "7 days" in a.text


def test_his_other_flight_is_not_the_one_the_thread_is_on(engine):
    a = ask(engine, "which European flew on Crew-7?", "what was his other flight?")
    assert a.answered and "Soyuz TMA-18M" in a.text
    a = ask(engine, "which European flew on Crew-7?", "what was his other flight?",
            "who landed with him that time?")  # fmt: skip
    assert "Padalka" in a.text


def test_moon_landing_site_time_and_surface_stay(engine):
    a = engine.ask("where on the Moon did Apollo 16 set down?")
    assert a.answered and "Descartes" in a.text and "21 April 1972" in a.text
    a = ask(engine, "where did Apollo 14 land on the moon?", "and when?")
    assert a.answered and "5 February 1971" in a.text and "Fra Mauro" in a.text
    a = engine.ask("how long did Apollo 15 stay on the lunar surface?")
    assert a.answered and "2 days 18 h" in a.text
    a = engine.ask("where did Apollo 13 land on the Moon?")
    assert "never landed" in a.text


def test_a_day_people_date_things_by(engine):
    a = engine.ask("who was aboard the space station on 9/11?")
    assert a.answered and "Culbertson" in a.text
    a = engine.ask("who was on Mir when the USSR collapsed?")
    assert a.answered and "Krikalev" in a.text
    a = engine.ask("who was up in space when Chernobyl blew up?")
    assert a.answered and "Kizim" in a.text


def test_the_end_of_a_year_is_its_last_day_not_a_landing(engine):
    a = engine.ask("who was aboard Mir at the end of 1991?")
    assert a.answered and "31 December 1991" in a.text and "Krikalev" in a.text


def test_who_held_a_seat_on_the_persons_flight(engine):
    a = engine.ask("Bill Nelson flew on which shuttle flight, and who commanded it?")
    assert a.answered and "STS-61-C" in a.text and "Robert Gibson" in a.text
    a = engine.ask("who was the commander of Sally Ride's first flight?")
    assert a.answered and "Robert Crippen" in a.text
    a = ask(engine, "who flew on Axiom Mission 2?", "who was the Saudi woman aboard?",
            "who commanded her mission?")  # fmt: skip
    assert a.answered and a.text.startswith("Peggy Whitson commanded")


def test_flying_again_or_before_is_measured_from_the_threads_flight(engine):
    a = ask(engine, "who flew on Soyuz 19?", "did Kubasov fly again after that?")
    assert a.answered and "Soyuz 36" in a.text and "Soyuz 6" not in a.text
    a = ask(engine, "who commanded Shenzhou 17?", "had he flown before?")
    assert a.answered and "Shenzhou 12" in a.text
    a = ask(engine, "when did Yelena Kondakova first fly?", "there was a German aboard as well, right? how long did he stay up?")  # fmt: skip
    assert a.answered and "Ulf Merbold" in a.text and "31 days" in a.text
    a = ask(engine, "who was aboard Mir on 26 December 1991?",
            "Krikalev stayed on. When did he finally get back?")  # fmt: skip
    assert a.answered and "25 March 1992" in a.text


def test_a_nation_before_rocket_names_the_vehicle(engine):
    a = engine.ask("who was the first American to fly on a Russian rocket?")
    assert a.answered and "Norman Thagard" in a.text


def test_spacewalkers_counted_together(engine):
    a = engine.ask("the first spacewalk by three people at once: when and who?")
    assert a.answered and "13 May 1992" in a.text and "Hieb" in a.text


def test_was_the_first_of_a_kind_on_the_threads_flight(engine):
    a = ask(engine, "who commanded STS-41-G?", "the first Canadian was on that one, right?")
    assert a.answered and a.text.startswith("Yes") and "Garneau" in a.text
    a = ask(engine, "who commanded STS-41-G?", "the first Canadian was on that one, right?",
            "who made the spacewalk?")  # fmt: skip
    assert "Sullivan" in a.text


def test_a_bare_date_follow_up_keeps_the_trip(engine):
    a = ask(engine, "who flew up on Soyuz 32?", "what did they return in?", "date?")
    assert a.answered and "19 August 1979" in a.text


def test_a_spacewalk_count_is_given_when_times_are_missing(engine):
    a = engine.ask("how many spacewalks did Aleksandr Serebrov make in all?")
    assert a.answered and "10 spacewalks" in a.text


def test_people_nouns_for_nations(engine):
    a = engine.ask("who was the first Dane to fly?")
    assert a.answered and "Mogensen" in a.text
    a = engine.ask("I'm preparing a lesson on Gemini. Who flew on Gemini 9A?")
    assert a.answered and "Cernan" in a.text


def test_the_station_command_at_a_loss(engine):
    a = engine.ask("who was in command of the ISS when Columbia broke up in 2003?")
    assert a.answered and "Bowersox" in a.text and "Husband" not in a.text


def test_a_relative_by_pronoun_is_declined(engine):
    a = ask(engine, "who flew on Skylab 3?", "his son flew too, didn't he? when?")
    assert not a.answered and "family" in a.text


def test_who_did_the_walk_on_that_flight_lists_the_walkers(engine):
    a = ask(engine, "what was Liu Boming's first flight?", "who did the spacewalk on that flight?")
    assert a.answered and "Zhai Zhigang" in a.text


def test_solo_means_a_crew_of_one(engine):
    a = engine.ask("what is the longest solo flight anyone has made?")
    assert a.answered and "Bykovsky" in a.text and "Polyakov" not in a.text


def test_a_possessive_without_apostrophe(engine):
    a = engine.ask("who commanded columbias last flight")
    assert a.answered and "Rick Husband" in a.text


def test_more_than_anyone_else_is_the_most(engine):
    a = engine.ask("who flew on the shuttle more times than anyone else?")
    assert a.answered and "Jerry Ross" in a.text and "Chang-Díaz" in a.text


def test_correct_me_if_wrong_frames_a_claim(engine):
    a = engine.ask("correct me if I'm wrong: Frank Rubio's longest flight was 371 days?")
    assert a.answered and a.text.startswith("Yes")


def test_older_at_the_flight_is_age_then_not_birth_order(engine):
    a = engine.ask("who was older on her first flight, Sally Ride or Valentina Tereshkova?")
    assert a.answered and a.text.startswith("Sally Ride was older") and "32" in a.text
    a = engine.ask("which was longer, Sally Ride's first flight or Tereshkova's?")
    assert a.answered and a.text.startswith("Sally Ride's was longer")


def test_a_utc_day_claim_is_checked_exactly(engine):
    a = ask(engine, "who was the first Chinese woman to do a spacewalk?",
            "correct me if wrong: her mission launched on 16 October 2021 UTC?")  # fmt: skip
    assert a.answered and a.text.startswith("No") and "15 October 2021, 16:23 UTC" in a.text


def test_crewmates_on_the_walks_mission(engine):
    a = ask(engine, "who was the first Chinese woman to do a spacewalk?",
            "and her crewmates on that mission?")  # fmt: skip
    assert a.answered and "Zhai Zhigang" in a.text and "Ye Guangfu" in a.text
    a = ask(engine, "who was the first woman to make a spacewalk?", "date and station please",
            "how long was she out there?")  # fmt: skip
    assert a.answered and "3 h 35 min" in a.text


def test_a_nationality_ruled_out(engine):
    a = engine.ask("who was the first person from outside the USSR and the US to reach space?")
    assert a.answered and "Remek" in a.text and "Gagarin" not in a.text
    a = engine.ask("was any non-American aboard STS-51-G?")
    assert a.answered and "Baudry" in a.text


def test_the_named_person_is_a_yardstick_after_after(engine):
    a = engine.ask("who was the second woman to fly, and how long after Tereshkova?")
    assert a.answered and "Savitskaya" in a.text and "19.2 years" in a.text


def test_outside_before_on_is_a_spacewalk(engine):
    a = engine.ask("how long was Leonov outside on his spacewalk?")
    assert a.answered and "12 min" in a.text


def test_a_persons_arrival_dates_a_station_question(engine):
    a = engine.ask("who commanded the ISS when Thomas Reiter got there in July 2006?")
    assert a.answered and "Vinogradov" in a.text


def test_the_first_two_crewed_flights_up_at_once(engine):
    a = engine.ask("when were two crewed spacecraft in orbit at once for the first time?")
    assert a.answered and "Vostok 3" in a.text and "Vostok 4" in a.text


def test_a_relatives_thread_forgets_the_parent(engine):
    a = ask(engine, "who flew on Skylab 3?", "his son flew as well, didn't he?",
            "who did he land with?")  # fmt: skip
    assert not a.answered


def test_a_clause_describing_the_one_flight_of_a_day_is_named_not_used(engine):
    # "overshot its landing zone" is not in the records, but the day names one landing
    a = engine.ask("which crew flew the Soyuz that overshot its landing zone on 19 April 2008?")
    assert a.answered and "Peggy Whitson" in a.text and "Yi So-yeon" in a.text
    assert "Not used: “overshot”." in a.details


@pytest.mark.parametrize(
    "question",
    [
        # the unknown word is the question itself, not a description of its subject
        "what did Peggy Whitson eat on the Soyuz that landed on 19 April 2008?",
        "In the novel about Apollo 13, which writer described Jim Lovell?",
        # a negation in the clause would change who is meant
        "who was on the Soyuz that never docked in April 1979?",
    ],
)
def test_unknown_words_outside_a_describing_clause_still_decline(engine, question):
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    "question, must",
    [
        # the second clause asks about the person the first one finds
        ("which woman flew on STS-87 and where's she from?", ["Kalpana Chawla", "Indian"]),
        ("who commanded STS-107 and when was he born?", ["Rick Husband", "12 July 1957"]),
        # a capsule's own name, asked through its pilot
        ("what was Wally Schirra's Mercury capsule called?", ["Sigma 7"]),
        # "to film a movie" describes who went, it is not filler
        ("who went up to shoot a film on the ISS in 2021?", ["Yulia Peresild", "Klim Shipenko"]),
    ],
)
def test_every_clause_and_description_is_used(engine, question, must):
    a = engine.ask(question)
    assert a.answered, a.text
    for m in must:
        assert m in a.text, a.text


@pytest.mark.parametrize(
    "question, must",
    [
        # one letter off a word the bot knows, and no dictionary word as typed
        ("which of the Apollo 12 crew realy walked on the moon?", ["Pete Conrad", "Alan Bean"]),
        # a name's first word cut short, and a two-digit winter
        ("soy tma 19m launch date?", ["15 December 2015"]),
        ("who was aboard Salyut 6 in 77-78?", ["Georgy Grechko"]),
        # local time is what the answer gives beside UTC
        ("what time did Shenzhou 12 land in local time?", ["13:34"]),
    ],
)
def test_hurried_spelling_is_read(engine, question, must):
    a = engine.ask(question)
    assert a.answered, a.text
    for m in must:
        assert m in a.text, a.text


def test_a_real_word_is_never_respelt_into_a_question(engine):
    assert not engine.ask("is dragon safer than soyuz tbh").answered


@pytest.mark.parametrize(
    "question, must, must_not",
    [
        # splashing down is back on Earth, even for a Moon crew
        ("When did the first Apollo Moon crew splash down?", ["24 July 1969"], ["Eagle"]),
        # the seat and the other part both answered
        (
            "Apollo 15: who stayed in lunar orbit, and where on the Moon did the other two land?",
            ["Worden", "Hadley"],
            [],
        ),
        # a description before a colon, then the question: the question is kept
        (
            "Yang Liwei, the first Chinese astronaut: on what date did he land?",
            ["16 October 2003"],
            [],
        ),
    ],
)
def test_long_questions_keep_every_part(engine, question, must, must_not):
    a = engine.ask(question)
    assert a.answered, a.text
    for m in must:
        assert m in a.text, a.text
    for m in must_not:
        assert m not in a.text, a.text


@pytest.mark.parametrize(
    "question, must, must_not",
    [
        # the asker's own chapter or section is no part of the question
        (
            "For my Gemini 4 chapter: who flew it, and when did it splash down?",
            ["James McDivitt", "7 June 1965"],
            [],
        ),
        ("Chapter 9 covers the shuttle. Who commanded STS-1?", ["John Young"], []),
        # an accident's date is the day of the accident, not the launch
        ("when was the accident on STS-51-L?", ["28 January 1986"], []),
    ],
)
def test_an_authors_frame_is_not_the_question(engine, question, must, must_not):
    a = engine.ask(question)
    assert a.answered, a.text
    for m in must:
        assert m in a.text, a.text


@pytest.mark.parametrize(
    "question, must, must_not",
    [
        # what the asker is making is no part of the question; its words that narrow are
        (
            "For our Japan gallery: the country's first astronaut in space — when did he launch?",
            ["Toyohiro Akiyama", "1990"],
            ["Gagarin"],
        ),
        (
            "We're making a short film about the first Briton in space — when did she launch, and on which Soyuz?",
            ["Helen Sharman", "Soyuz TM-12"],
            [],
        ),
        (
            "For the exhibit panel on Mir: the first Austrian in space — who was he, and who was his commander?",
            ["Franz Viehböck", "Alexander Volkov"],
            [],
        ),
        # "tell us" is the asker, not an American
        ("can you tell us who flew on Soyuz MS-22?", ["Sergey Prokopyev", "Dmitry Petelin"], []),
        # the description answered first, then every part about the one found
        (
            "the first woman to command a space shuttle: on which flight, and when did it launch?",
            ["Eileen Collins", "STS-93"],
            [],
        ),
    ],
)
def test_a_purpose_lead_and_a_described_subject(engine, question, must, must_not):
    a = engine.ask(question)
    assert a.answered, a.text
    for m in must:
        assert m in a.text, a.text
    for m in must_not:
        assert m not in a.text, a.text


def test_a_second_part_off_the_subject_leaves_the_question_declined(engine):
    a = engine.ask("the first space tourist — how much did he pay for his seat?")
    assert not a.answered and "Dennis Tito" in a.text and "no pay" in a.text


def test_a_described_person_then_their_commander_and_way_home(engine):
    a = engine.ask(
        "The Mongolian who flew to Salyut 6 in 1981: who was his commander, and in which Soyuz "
        "did they come home?"
    )
    assert "Vladimir Dzhanibekov" in a.text and "Soyuz 39" in a.text, a.text
    assert "Valeri Kubasov" in engine.ask("who was Bertalan Farkas's commander?").text


@pytest.mark.parametrize(
    "question, must",
    [
        # the part that finds the flight may come second; every part is answered of it
        (
            "How long was the third Skylab crew up, and who were they?",
            ["Skylab 4", "Gerald Carr", "84 days"],
        ),
        (
            "The first all-private crew to the ISS, in 2022 — who commanded it, and when did they splash down?",
            ["López-Alegría", "25 April 2022"],
        ),
        # an event's crew is named, not taken as said by the people aboard the station then
        (
            "which Apollo mission had an oxygen tank explode, and who was on it?",
            ["Apollo 13", "Jim Lovell"],
        ),
    ],
)
def test_every_part_of_a_described_flight(engine, question, must):
    a = engine.ask(question)
    assert a.answered, a.text
    for m in must:
        assert m in a.text, a.text
