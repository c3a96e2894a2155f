"""A subject described, not named ("the first Hungarian in space"), and what else is asked
of it; crews that went up together but came home apart; a thread's flight.

Phrasings here are our own, not those of ../shared/eval.
"""

from __future__ import annotations

import random

import pytest

from bot.qa.phrases import day


@pytest.mark.parametrize(
    ("who", "up", "down"),
    [
        ("Briton", "Soyuz TM-12", "Soyuz TM-11"),
        ("Hungarian", "Soyuz 36", "Soyuz 35"),
        ("Afghan", "Soyuz TM-6", "Soyuz TM-5"),
        ("Emirati", "Soyuz MS-15", "Soyuz MS-12"),
    ],
)
def test_the_flight_of_a_first_is_the_one_that_took_them_up(engine, who, up, down):
    text = engine.ask(f"which soyuz took the first {who} up into space?").text
    assert text.index(up) < text.find(down) if down in text else up in text


def test_who_and_when_they_landed_are_both_answered(engine):
    a = engine.ask("who was the first hungarian in space and when did he land?")
    assert "Bertalan Farkas" in a.text and "3 June 1980" in a.text


def test_who_and_which_expedition_names_the_one_they_commanded(engine):
    a = engine.ask("name the first japanese iss commander and the expedition he led")
    assert "Koichi Wakata" in a.text and "Expedition 39" in a.text


def _split_pairs(facts, n=15, seed=3):
    """Pairs who launched on the same flight but came home on different ones."""
    pairs = []
    for f in facts.flights_by_launch:
        up = [s.person for s in facts.seats_by_flight.get(f.id, []) if s.went_up]
        for a in up:
            for b in up:
                ta = [t for t in facts.trips_by_person.get(a, []) if t.up_flight == f.id]
                tb = [t for t in facts.trips_by_person.get(b, []) if t.up_flight == f.id]
                flown_a = {x.flight for x in facts.seats_by_person.get(a, [])}
                flown_b = {x.flight for x in facts.seats_by_person.get(b, [])}
                once = len(flown_a & flown_b) == 1  # "they" can only mean that flight
                apart = ta and tb and ta[0].down_flight != tb[0].down_flight
                if a < b and once and apart and ta[0].end and tb[0].end:
                    pairs.append((f, a, b, ta[0], tb[0]))
    return random.Random(seed).sample(pairs, min(n, len(pairs)))


def test_people_who_came_home_apart_get_a_landing_each(engine):
    facts = engine.facts
    pairs = _split_pairs(facts)
    assert len(pairs) >= 10
    for f, a, b, ta, tb in pairs:
        na, nb = facts.people[a].name, facts.people[b].name
        text = engine.ask(f"when did {na} and {nb} land?").text
        assert day(ta.end) in text and day(tb.end) in text, (f.name, na, nb, text)


def test_a_person_named_in_a_thread_about_a_flight_means_that_trip(engine):
    first = engine.ask("who launched on soyuz tm-12?")
    later = engine.ask("when did krikalev come home?", first.context)
    assert "25 March 1992" in later.text and "Soyuz TM-13" in later.text
    # on its own, the same question is about his last flight
    assert "2005" in engine.ask("when did krikalev come home?").text


@pytest.mark.parametrize(
    ("question", "lead", "named"),
    [
        ("has a japanese astronaut ever commanded the space station?", "Yes", "Koichi Wakata"),
        ("did any brazilian ever command the iss?", "No", ""),
    ],
)
def test_whether_any_such_person_exists_is_a_yes_or_a_no(engine, question, lead, named):
    a = engine.ask(question)
    assert a.answered and a.text.startswith(lead) and named in a.text


@pytest.mark.parametrize(
    ("question", "lead", "holds"),
    [
        ("my cousin claims sharman was on mir for about a month, right?", "No", "8 days"),
        ("someone says rakesh sharma flew for half a year. correct?", "No", "8 days"),
        (
            "a forum post says scott kelly spent nearly a year up there in one go. true?",
            "Yes",
            "340 days",
        ),
    ],
)
def test_a_span_said_in_words_is_checked(engine, question, lead, holds):
    a = engine.ask(question)
    assert a.text.startswith(lead) and holds in a.text, a.text


def test_the_first_to_reach_a_time_in_space(engine):
    one_go = engine.ask("which crew first stayed up a whole year on a single flight?")
    assert "Vladimir Titov" in one_go.text and "Musa Manarov" in one_go.text
    career = engine.ask("first cosmonaut to reach 1000 days in space in total?")
    assert "Oleg Kononenko" in career.text and "2024" in career.text
    no = engine.ask("was gennady padalka the first person to pass 800 days in space?")
    assert no.text.startswith("No") and "Sergei Krikalev" in no.text


def test_a_first_the_records_state_in_their_own_words(engine):
    a = engine.ask("name the astronaut who did the first untethered spacewalk and give its date")
    assert "Bruce McCandless" in a.text and "7 February 1984" in a.text


def test_a_preamble_date_reaches_the_question_and_the_thread_follows(engine):
    a = engine.ask("I'm reading about the Progress collision with Mir in June 1997. "
                   "Who was aboard the station then?")  # fmt: skip
    for name in ("Vasily Tsibliyev", "Aleksandr Lazutkin", "Michael Foale"):
        assert name in a.text, a.text
    b = engine.ask("when did the american get home?", a.context)
    assert "6 October 1997" in b.text and "STS-86" in b.text, b.text
    c = engine.ask("and who took his place aboard?", b.context)
    assert c.text.startswith("David Wolf"), c.text


def test_a_pronoun_means_the_person_the_follow_up_names(engine):
    a = engine.ask("crew of sts-111?")
    b = engine.ask("and chang-diaz, how many times did he fly?", a.context)
    assert "Franklin Chang-Díaz" in b.text and "7 times" in b.text, b.text


def test_places_in_a_ranking_and_the_trip_a_record_was_about(engine):
    a = engine.ask("which single flight was the longest anyone stayed in space?")
    assert "Valeri Polyakov" in a.text
    b = engine.ask("how many days was it?", a.context)
    assert "437 days" in b.text, b.text  # his stay, not Soyuz TM-18's 182 days
    c = engine.ask("who comes in second place?", b.context)
    assert "Sergei Avdeyev" in c.text, c.text
    d = engine.ask("and third?", c.context)
    assert "Oleg Kononenko" in d.text and "Nikolai Chub" in d.text, d.text  # a shared place


def test_who_was_in_space_is_not_only_who_was_on_a_station(engine):
    a = engine.ask("who was up in space on 16 june 1963?")
    assert "Valery Bykovsky" in a.text and "Valentina Tereshkova" in a.text, a.text
    lost = engine.ask("who was in space on 1 march 2019?")
    assert "Columbia" not in lost.text and "Challenger" not in lost.text, lost.text


def test_who_else_was_in_orbit_meanwhile_and_which_of_the_two(engine):
    a = engine.ask("when did bykovsky launch on vostok 5?")
    b = engine.ask("who else was in orbit at the same time?", a.context)
    assert "Valentina Tereshkova" in b.text and "Valery Bykovsky" not in b.text, b.text
    c = engine.ask("which of the two landed first?", b.context)
    assert c.text.startswith("Vostok 6"), c.text


def test_a_country_after_in_is_a_place_not_a_nationality(engine):
    a = engine.ask("when did soyuz tma-19m come down?")
    b = engine.ask("and was that in kazakhstan?", a.context)
    assert b.text.startswith("Yes") and "Kazakhstan" in b.text, b.text
    c = engine.ask("did crew-9 splash down in kazakhstan?")
    assert c.text.startswith("No"), c.text


def test_a_thread_about_an_aborted_launch(engine):
    a = engine.ask("the soyuz whose launch failed in october 2018: who was in it?")
    assert "Alexey Ovchinin" in a.text and "Nick Hague" in a.text, a.text
    b = engine.ask("did they get to the station later on? when?", a.context)
    assert "Soyuz MS-12" in b.text and "2019" in b.text, b.text
    c = engine.ask("who flew up with them that second time?", b.context)
    assert "Christina Koch" in c.text, c.text
    d = engine.ask("what day was the abort?", c.context)
    assert "11 October 2018" in d.text, d.text


def test_ordinals_over_flights_named_turn_by_turn(engine):
    a = engine.ask("when did skylab 2 launch?")
    b = engine.ask("and skylab 3?", a.context)
    c = engine.ask("who was commander of the second one?", b.context)
    assert "Alan Bean" in c.text, c.text


def test_why_is_answered_with_the_story(engine):
    a = engine.ask("why did soyuz ms-22 come home empty?")
    assert "coolant" in a.text, a.text


def test_launch_and_land_asked_together_give_both_dates(engine):
    a = engine.ask("when did soyuz tma-14m go up and come down?")
    assert "25 September 2014" in a.text and "12 March 2015" in a.text, a.text


def test_a_date_narrows_the_expeditions_someone_commanded(engine):
    a = engine.ask("which iss expedition was whitson in command of in 2017?")
    assert "Expedition 51" in a.text and "Expedition 16" not in a.text, a.text


def test_who_she_took_over_from_and_who_came_after_her(engine):
    a = engine.ask("which expedition did peggy whitson command in 2007-2008?")
    b = engine.ask("and who did she take over from?", a.context)
    assert b.text.startswith("Peggy Whitson took command") and "Fyodor Yurchikhin" in b.text
    c = engine.ask("who came after her as commander?", b.context)
    assert c.text.startswith("Sergey Volkov"), c.text


def test_a_spacewalk_length_claim_is_checked_against_the_walk(engine):
    a = engine.ask("is it right that leonov's first spacewalk took about two hours?")
    assert a.text.startswith("No") and "0 h 12 min" in a.text, a.text


def test_a_pronoun_after_a_flight_question_means_that_flight(engine):
    a = engine.ask("who was aboard vostok 3?")
    b = engine.ask("how long was he up there?", a.context)
    assert "3 days 22 h" in b.text and "Soyuz 9" not in b.text, b.text
    c = engine.ask("how much time has he spent in space in total?", b.context)
    assert "over 2 flights" in c.text, c.text


def test_who_stayed_in_orbit_while_others_walked_is_the_command_module_pilot(engine):
    a = engine.ask("on apollo 15, who remained in lunar orbit while the others walked on the moon?")
    assert a.text.startswith("Al Worden"), a.text


def test_a_seat_swap_read_both_ways(engine):
    a = engine.ask("who went up on sts-86?")
    b = engine.ask("who did david wolf replace?", a.context)
    assert b.text.startswith("David Wolf replaced Michael Foale"), b.text
    assert "26 September 1997" in b.text  # the day Wolf was brought up, not his landing
    c = engine.ask("who replaced david wolf on mir?")
    assert c.text.startswith("Andy Thomas replaced David Wolf"), c.text


@pytest.mark.parametrize(
    "question,expected,not_expected",
    [
        # the flight is described, not named: found first, then its moment asked
        ("who was in charge of the space station when the first crewed Dragon docked?",
         "Chris Cassidy", "Hurley"),
        ("how many were aboard mir when the first shuttle docked?", "10 aboard", "STS-1 "),
        ("who lived on the iss when atlantis made the last shuttle visit?", "Ron Garan",
         "Rex Walheim (")
    ],
)  # fmt: skip
def test_a_moment_named_by_what_a_described_flight_did(engine, question, expected, not_expected):
    a = engine.ask(question)
    assert a.answered and expected in a.text and not_expected not in a.text, a.text


def test_what_the_asker_took_back_does_not_narrow_the_question(engine):
    a = engine.ask(
        "who commanded the iss when the first space tourist... no wait, when the first "
        "crew dragon with people on it (demo-2) docked?"
    )
    assert a.answered and "Chris Cassidy" in a.text and "first to command" not in a.text


@pytest.mark.parametrize(
    "question,expected,not_expected",
    [
        # the rank is the crew's or the person's, never the vehicle's
        ("what shuttle brought the first iss residents back?", "STS-102", "STS-88"),
        ("which soyuz flew the first space tourist up?", "Soyuz TM-32", "Soyuz TM-11"),
        ("which soyuz carried the first long-duration crew to the iss?", "Soyuz TM-31", "Soyuz 11"),
    ],
)
def test_a_vehicle_asked_of_a_ranked_crew(engine, question, expected, not_expected):
    a = engine.ask(question)
    assert a.answered and expected in a.text and not_expected not in a.text, a.text


def test_a_vehicle_asked_of_a_ranked_crew_with_a_second_part(engine):
    a = engine.ask("which shuttle took the first iss crew home, and when did it land?")
    assert a.answered and "STS-102" in a.text and "21 March 2001" in a.text, a.text


def test_a_count_of_moonwalks_is_not_the_count_of_moonwalkers(engine):
    # the landing's excursions (data/moon_landings.csv), never its two moonwalkers
    a = engine.ask("how many moonwalks did apollo 15 make?")
    assert a.answered and a.text.startswith("Apollo 15 made 3 moonwalks"), a.text


def test_one_thing_described_is_never_answered_with_a_long_list(engine):
    a = engine.ask("the russian who spent that whole year up there with the twin - his name?")
    assert not a.answered and "can't tell which one" in a.text, a.text


def test_the_first_crew_to_move_in_during_a_year_is_the_first_resident_crew(engine):
    a = engine.ask("who were the first crew to move into the iss, in 2000?")
    assert a.answered and "Expedition 1" in a.text and "STS-101" not in a.text, a.text


def test_a_persons_long_flight_is_the_long_stay_not_the_career(engine):
    a = engine.ask("christina koch's long flight - how many days, and when did she land?")
    assert a.answered and "328 days" in a.text and "6 February 2020" in a.text, a.text


def test_a_vehicle_named_only_as_a_moment_is_not_a_station_claim(engine):
    a = engine.ask("after the columbia accident, who was on the iss?")
    assert "never went to" not in a.text, a.text


def test_a_recorded_first_asked_with_a_second_clause(engine):
    """The description ends where the next clause asks ('…, and on which Shenzhou?'), and
    two firsts of one person together fit 'first Chinese civilian payload specialist'."""
    a = engine.ask("who was china's first civilian astronaut, and on which shenzhou?")
    assert "Gui Haichao" in a.text and "Shenzhou 16" in a.text
    b = engine.ask("first chinese civilian payload specialist in space, which mission?")
    assert "Gui Haichao" in b.text and "Shenzhou 16" in b.text
    c = engine.ask("first pole in space, which soyuz and what year?")
    assert "Hermaszewski" in c.text and "Soyuz 30" in c.text
    # a first the parse already answers keeps its full answer
    d = engine.ask("who was the first woman to do a spacewalk, and from which station?")
    assert "Savitskaya" in d.text and "Salyut 7" in d.text


def test_a_program_asked_of_the_person_found_is_not_a_filter(engine):
    """'First space tourist — who, which Soyuz did he launch on?' had found the first tourist
    on a Soyuz (Akiyama, a journalist the records count as a participant), not Tito."""
    a = engine.ask(
        "Caption: first space tourist — who, which Soyuz did he launch on, and what year?"
    )
    assert "Dennis Tito" in a.text and "Soyuz TM-32" in a.text
    # the records' first space tourist (Tito) is the first on a Soyuz too: a paying
    # passenger before him (Akiyama, a journalist) is not what "tourist" means
    b = engine.ask("first space tourist and his soyuz")
    assert "Dennis Tito" in b.text and "Soyuz TM-32" in b.text and "Akiyama" not in b.text
    c = engine.ask("who was the first tourist to fly on a soyuz?")
    assert "Dennis Tito" in c.text and "tourist person" not in c.text
    # a filter Tito's trip does not meet still filters: he never went to Mir
    d = engine.ask("who was the first tourist to visit mir?")
    assert "Akiyama" in d.text


def test_the_first_spacewalk_by_a_description_names_that_person_and_their_flight(engine):
    """'first Chinese woman to spacewalk: who, on which Shenzhou?' had given the walk with
    both walkers (Zhai first) and the station, not the flight she flew on."""
    a = engine.ask("first chinese woman to spacewalk: who, on which shenzhou mission, date?")
    assert "made by Wang Yaping, who flew on Shenzhou 13" in a.text and "7 November 2021" in a.text
    b = engine.ask("first arab to spacewalk - who, which crew mission, what date?")
    assert "Sultan Al Neyadi, who flew on SpaceX Crew-6" in b.text and "28 April 2023" in b.text


def test_months_on_one_flight_are_counted_by_the_calendar(engine):
    """'first Chinese crew to stay six months in orbit' had named Shenzhou 15: six months
    were 6 x 30.44 days, which Shenzhou 13 (15 October to 16 April) fell short of by hours."""
    a = engine.ask("the first chinese crew to stay 6 months in orbit?")
    assert "Shenzhou 13" in a.text and "Shenzhou 15" not in a.text


def test_the_youngest_of_a_description_may_be_one_the_records_state_it_of(engine):
    """'youngest Chinese astronaut to fly?' had named Liu Yang (33): Wu Fei, 32 on Shenzhou
    21, has no full birth date on record (born October 1993), but his record says it."""
    a = engine.ask("who is the youngest chinese astronaut to have flown?")
    assert "Wu Fei" in a.text and "Liu Yang" not in a.text
    b = engine.ask("who was the youngest person ever to fly in space?")
    assert "Titov" in b.text
