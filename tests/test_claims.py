"""Claims to check and the qualifiers around them, on the real store.

A journalist's "Fact check: … Correct?" is answered yes or no with the number or date the
records give; a number the question asserts is checked, never ignored; a word that
narrows who is asked ("which woman", "as commander") narrows the answer.
"""

from __future__ import annotations

import pytest

from bot.qa.claims import strip_frame
from tests.test_conversations import chat


def says(a, must=(), must_not=(), head: str = "") -> None:
    """The answer was given, leads with `head`, holds every `must` and no `must_not`."""
    assert a.answered, a.text
    assert a.text.startswith(head), a.text
    for m in must:
        assert m in a.text, a.text
    for m in must_not:
        assert m not in a.text, a.text


@pytest.mark.parametrize(
    ("text", "rest", "claim"),
    [
        ("Fact check: John Glenn flew on STS-95 in 1998. Correct?",
         "John Glenn flew on STS-95 in 1998", True),
        ("Our article says Helen Sharman flew to Mir in 1993. Is that right?",
         "Helen Sharman flew to Mir in 1993", True),
        ("For a story: is it correct that Tereshkova launched on 16 June 1963?",
         "Tereshkova launched on 16 June 1963?", True),
        ("For accuracy: how many people were aboard STS-51-L?",
         "how many people were aboard STS-51-L?", False),
        ("Can you confirm the date Tereshkova lifted off?",
         "Can you confirm the date Tereshkova lifted off?", False),
        ("who flew on soyuz tma-14m?", "who flew on soyuz tma-14m?", False),
    ],
)  # fmt: skip
def test_the_frame_of_a_fact_check_is_taken_off(text, rest, claim):
    assert strip_frame(text) == (rest, claim)


@pytest.mark.parametrize(
    ("question", "head", "must"),
    [
        ("A press release says Frank Rubio spent 371 days in space on one flight. Is that accurate?",
         "Yes", ["370 days"]),
        ("Is it true that Frank Rubio spent 300 days in space on one flight?", "No", ["370 days"]),
        ("Did Valeri Polyakov spend more than 400 days on one flight?", "Yes", ["437 days"]),
        ("Did Skylab 4 last longer than 90 days?", "No", ["84 days"]),
        ("Was Shenzhou 5 crewed by one person?", "Yes", ["Yang Liwei"]),
        ("Was Shenzhou 6 crewed by one person?", "No", ["2 people"]),
        ("Fact check: John Glenn flew on STS-95 in 1998 at the age of 77. Correct?",
         "Yes", ["77", "1998"]),
        ("Was John Glenn 70 when he flew on STS-95?", "No", ["was 77"]),
        ("Our article says Helen Sharman flew to Mir in 1993. Is that right?", "No", ["1991"]),
        ("Fact check please: Rakesh Sharma launched on Soyuz T-10.", "No", ["Soyuz T-11"]),
        ("Did Christina Koch launch and land on the same Soyuz?", "No", ["MS-12", "MS-13"]),
        ("Was Wang Yaping the first Chinese woman in space?", "No", ["Liu Yang"]),
        ("Was Liu Yang the first Chinese woman in space?", "Yes", ["Liu Yang"]),
        ("did they survive soyuz 11?", "No", ["lost"]),
    ],
)  # fmt: skip
def test_a_claim_gets_yes_or_no_with_the_real_value(engine, question, head, must):
    says(engine.ask(question), must, head=head)


def test_a_claim_the_records_cannot_settle_is_declined_not_half_answered(engine):
    # (that Expedition 1 launched on a Shuttle is settled now: its crew's flight up)
    a = engine.ask("A reader says Expedition 1 had its own orbiter. True?")
    assert not a.answered
    assert not a.text.startswith("Yes")


@pytest.mark.parametrize(
    ("question", "must", "must_not"),
    [
        ("Which woman launched on Soyuz MS-12?", ["Christina Koch"], ["Ovchinin", "Hague"]),
        ("Which Russian launched on SpaceX Crew-8?", ["Grebenkin"], ["Dominick", "Barratt"]),
        ("Who was the command module pilot on Apollo 17?", ["Ronald Evans"], ["Cernan"]),
        ("Who were the commander and pilot of STS-1?", ["John Young commanded",
                                                        "Robert Crippen piloted"], []),
        ("Who flew Vostok 3 and Vostok 4, and in what year?", ["Nikolayev", "Popovich", "1962"], []),
        ("Which cosmonaut flew up to Salyut 7 with Svetlana Savitskaya in 1982 as commander?",
         ["Leonid Popov"], ["no expedition"]),
        ("Who has more total time in space, Oleg Kononenko or Gennady Padalka?",
         ["Oleg Kononenko spent more time"], ["flew 5 times"]),
        ("Who holds the record for most total days in space?", ["Kononenko"], ["Polyakov"]),
        ("How many crewed missions did China fly in 2022?", ["2 crewed"], ["Shenzhou 13"]),
        ("Which American woman flew to Mir and stayed over 180 days in 1996?",
         ["Shannon Lucid"], ["Godwin"]),
        ("Which Chinese astronaut has flown four times?", ["Jing Haipeng"], ["Yang Liwei"]),
        ("when did apolo 12 launch", ["14 November 1969"], []),
        ("how many crews visited skylab?", ["3 crewed flights", "Skylab 4"], []),
    ],
)  # fmt: skip
def test_every_qualifier_narrows_the_answer(engine, question, must, must_not):
    says(engine.ask(question), must, must_not)


def test_a_bound_the_query_cannot_apply_is_declined_naming_it(engine):
    a = engine.ask("which crews had more than 5 people aboard a station on one day in 1990?")
    assert not a.answered


def test_a_crew_size_selects_flights(engine):
    a = engine.ask("which flights carried more than 5 people in 1990?")
    assert a.answered and "STS-35" in a.text and "STS-32" not in a.text


def test_follow_ups_over_a_list_of_crews_and_a_new_rank(engine):
    _, last, how_long, first = chat(
        engine, "which crews flew to skylab?", "who was on the last one?",
        "how long did they stay up", "and the first one?",
    )  # fmt: skip
    assert "Gerald Carr" in last.text
    assert "84 days" in how_long.text
    assert "Skylab 2" in first.text
    _, second, commanded = chat(
        engine, "who was the first woman to command the iss?", "and the second?",
        "which expedition did she command?",
    )  # fmt: skip
    assert "Sunita Williams" in second.text and "Expedition 33" in commanded.text


def test_it_after_an_expedition_answer_is_the_expedition(engine):
    _, commanded = chat(engine, "who was on the first iss expedition?", "who commanded it?")
    assert "Bill Shepherd commanded Expedition 1" in commanded.text


def test_a_new_topic_drops_the_threads_subject(engine):
    _, fresh, launch = chat(
        engine, "who flew on sts-7?", "different question - who was the first british astronaut?",
        "when did she launch?",
    )  # fmt: skip
    assert "Helen Sharman" in fresh.text
    assert "18 May 1991" in launch.text


def test_the_longer_one_is_the_winner_of_the_comparison(engine):
    _, crew = chat(
        engine, "which was longer, shenzhou 12 or shenzhou 13?", "who was on the longer one?"
    )
    assert "Zhai Zhigang" in crew.text


@pytest.mark.parametrize(
    ("question", "head", "must"),
    [
        ("Is it correct that Crew-10 splashed down in the Pacific rather than off Florida?", "Yes", ["Pacific"]),
        ("did crew-10 land in the atlantic", "No", ["Pacific"]),
        ("did expedition 7 have three crew members", "No", ["2 crew members"]),
        ("A caption says John Glenn was 77 when he flew on STS-95. Accurate?", "Yes", ["77"]),
        ("An article says Alexei Leonov made the first spacewalk in 1966. Is that correct?", "No", ["1965"]),
        ("A caption says Sunita Williams and Butch Wilmore launched on SpaceX Crew-9. Correct?", "No",
         ["Starliner"]),
        ("A caption says the Soyuz MS-10 crew was killed in the October 2018 launch failure. Correct?",
         "No", ["survived"]),
        ("The article says Kathryn Sullivan was the first woman to walk in space. True?", "No", ["Savitskaya"]),
        ("Was Skylab 2 longer than Skylab 3?", "No", ["59 days"]),
        ("Is it true that Inspiration4 had a crew of five?", "No", ["4 people"]),
        ("Did Soyuz 1 land safely?", "No", ["lost"]),
    ],
)  # fmt: skip
def test_more_claims_get_yes_or_no(engine, question, head, must):
    says(engine.ask(question), must, head=head)


@pytest.mark.parametrize(
    ("question", "must", "must_not"),
    [
        ("Besides Samantha Cristoforetti, which woman flew on Crew-4?", ["Jessica Watkins"], ["Cristoforetti"]),
        ("Which had the bigger crew, Shenzhou 6 or Shenzhou 7?", ["Shenzhou 7", "3 people"], []),
        ("Which shuttle mission was longer, STS-80 or STS-107?", ["STS-80 was longer", "17 days"], []),
        ("Who has made more spacewalks, Peggy Whitson or Sunita Williams?", ["Peggy Whitson", "10"], []),
        ("When was the first all-female spacewalk and who did it?", ["Koch", "Meir", "18 October 2019"],
         ["Savitskaya"]),
        ("Who made the first commercial spacewalk?", ["Isaacman", "Gillis"], []),
        ("Who took command of the ISS when Expedition 72 began?", ["Sunita Williams took command"], []),
        ("who commanded the iss before expedition 42", ["Expedition 41"], ["Wilmore"]),
        ("who was on the space station when columbia was lost on 1 february 2003",
         ["Bowersox", "Budarin", "Pettit"], []),
        ("What was the Soyuz whose three-man crew died on the way back from Salyut 1?", ["Soyuz 11"], []),
        ("What was the first all-civilian orbital flight, in 2021?", ["Inspiration4"], ["Novitskiy"]),
    ],
)  # fmt: skip
def test_more_qualifiers_narrow_the_answer(engine, question, must, must_not):
    says(engine.ask(question), must, must_not)


@pytest.mark.parametrize(
    "question",
    [
        "Which ISS expedition was the first to have six people aboard?",  # a head count
    ],
)
def test_what_the_records_cannot_settle_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.answered
    assert not a.text.startswith(("Yes", "No"))


def test_a_flight_between_two_stations(engine):
    # data/station_dockings.csv: Soyuz T-15 docked with Mir, Salyut 7, then Mir again
    a = engine.ask("Did Soyuz T-15 really visit both Mir and Salyut 7?")
    assert a.text.startswith("Yes") and "6 May 1986" in a.text
    assert engine.ask("did soyuz t-15 go to salyut 6?").text.startswith("No")
    aboard = engine.ask("who was aboard salyut 7 on 1 june 1986?")
    assert "Kizim" in aboard.text and "Solovyov" in aboard.text
    assert "Kizim" not in engine.ask("who was aboard mir on 1 june 1986?").text
    two = engine.ask("which crew visited two stations on one mission?")
    assert "Soyuz T-15" in two.text


@pytest.mark.parametrize(
    ("question", "must", "must_not"),
    [
        ("Did Apollo 13 land on the Moon?", ["No"], ["Yes"]),
        ("Did Michael Collins walk on the Moon?", ["No", "Armstrong", "Aldrin"], ["Yes"]),
        ("who was the fourth person to walk on the moon", ["Alan Bean", "Apollo 12"], []),
        ("how many people have walked on the moon", ["12 people"], []),
        ("who was the last man on the moon", ["Cernan", "Schmitt"], []),
        ("A caption says Apollo 11's crew was Armstrong, Aldrin and Lovell. Right?",
         ["No", "Jim Lovell", "Michael Collins"], []),
    ],
)  # fmt: skip
def test_the_moon_from_the_crew_notes(engine, question, must, must_not):
    a = engine.ask(question)
    says(a, must)
    for m in must_not:  # leads with neither word
        assert not a.text.startswith(m), a.text


@pytest.mark.parametrize(
    ("question", "must", "must_not"),
    [
        ("Which Chinese astronauts had flown in space at least three times by the end of October 2025?",
         ["Jing Haipeng", "Nie Haisheng", "Chen Dong"], ["flew the most"]),
        ("how much days Scott Kelly was stay in space on the year mission?", ["340 days"], []),
        ("the Soyuz 11 crew, they survive the landing or no?", ["No"], []),
        ("who did command the space station when Crew-9 was arrive?", ["Sunita Williams"], ["Hague"]),
        ("Which woman holds the record for total spacewalk time?", ["Sunita Williams", "62 h"], []),
        ("Who holds the record for the most spacewalks?", ["Anatoly Solovyev", "16"], []),
        ("Who had the longer single flight: Christina Koch or Peggy Whitson on her 2016-17 mission?",
         ["Christina Koch spent more", "328 days", "289 days"], ["0 h 0 min"]),
    ],
)  # fmt: skip
def test_quantities_ranks_and_moments(engine, question, must, must_not):
    says(engine.ask(question), must, must_not)


def test_a_count_of_different_things_is_declined_naming_it(engine):
    a = engine.ask("Which astronaut flew on two different orbiters?")
    assert not a.answered and "2 different" in a.text


def test_two_different_stations_on_one_flight(engine):
    a = engine.ask("Which crew first visited two different space stations on one flight?")
    assert a.answered and "Soyuz T-15" in a.text and "Kizim" in a.text


def test_what_about_after_a_chain_of_pronouns_asks_the_threads_question(engine):
    *_, after = chat(
        engine, "who commanded expedition 72?", "who took over from her?", "and who followed him?",
        "what about expedition 70?",
    )  # fmt: skip
    assert "Andreas Mogensen" in after.text


def test_what_about_after_a_flight_follow_up_repeats_that_follow_up(engine):
    _, _, again = chat(engine, "who flew on apollo 11?", "when did it land?", "and apollo 14?")
    assert "9 February 1971" in again.text


def test_she_ride_is_not_sally_ride(engine):
    *_, second, commanded = chat(
        engine, "how many times has peggy whitson flown to space?",
        "what spacecraft did she ride on her second flight?", "did she command the station on that one?",
    )  # fmt: skip
    assert "Soyuz TMA-11" in second.text
    assert commanded.text.startswith("Yes") and "Expedition 16" in commanded.text


def test_a_declined_question_still_sets_the_threads_subject(engine):
    declined, launch, mates = chat(
        engine, "how much did dennis tito pay for his trip?", "ok then when did he launch?",
        "who flew up with him?",
    )  # fmt: skip
    assert not declined.answered
    assert "28 April 2001" in launch.text
    assert "Musabayev" in mates.text and "Baturin" in mates.text


def test_more_follow_up_kinds(engine):
    _, made_it = chat(engine, "who launched on soyuz ms-10?", "did they make it to the station?")
    assert made_it.text.startswith("No")
    *_, station = chat(engine, "who flew on shenzhou 9?", "which of them was the woman?",
                       "which station did they dock with?")  # fmt: skip
    assert "Tiangong-1" in station.text
    _, record = chat(
        engine, "who flew on spacex crew-3?", "and who has the most total time in space?"
    )
    assert "Kononenko" in record.text
    assert (
        "Mark Shuttleworth" in engine.ask("who was the next space tourist after dennis tito?").text
    )


def test_before_that_and_her_flight_lean_on_the_threads_flight(engine):
    _, before, crew, landed = chat(
        engine, "who commanded shenzhou 12?", "how many times had he flown before that?",
        "who else was on board?", "when did they land?",
    )  # fmt: skip
    assert "twice" in before.text and "Shenzhou 12, 2021" not in before.text
    assert "Liu Boming" in crew.text and "17 September 2021" in landed.text
    *_, hers = chat(engine, "who flew on soyuz ms-12?", "when did it launch?",
                    "how long was her flight in the end?")  # fmt: skip
    assert "328 days" in hers.text


@pytest.mark.parametrize(
    "question",
    [
        "which apollo flights went into lunar orbit without landing?",  # no orbits on record
        "which apollo astronauts went to the moon twice?",  # went, not walked
        # (orbit counts are held for the early flights only: data/orbits.csv)
        "who flew soyuz tma-14m and how many times did it orbit the earth?",
    ],
)
def test_what_the_moon_and_orbit_records_lack_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.answered and not a.text.startswith(("Yes", "No"))


def test_moon_filters_and_ages_at_each_flight(engine):
    assert "No one" in engine.ask("women who walked on the moon?").text
    assert "27 on Vostok 1" in engine.ask("how old was gagarin when he went to space?").text
    crew = engine.ask("plz tell me who crewed soyuz 28, the one with the czech guy").text
    assert "Gubarev" in crew and "Remek" in crew


def test_a_lost_crew_is_not_in_space_after_the_loss_and_germans_are_not_germen(engine):
    later = engine.ask("who flew to space in 1998").text
    assert "Challenger" not in later and "Scobee" not in later
    assert "Husband" in engine.ask("who flew in january 2003").text  # Columbia, lost 1 Feb 2003
    assert "Germen" not in engine.ask("how many germans have flown in space").text


def test_tag_yes_and_a_wrong_expedition_claim(engine):
    a = engine.ask("sally ride flew on sts-7 in 1984, yes?")
    assert a.text.startswith("No") and "1983" in a.text
    b = engine.ask("chris hadfield commanded expedition 34, yes?")
    assert b.text.startswith("No") and "Expedition 35" in b.text


def test_station_day_follow_ups(engine):
    _, command, same_day, expedition = chat(
        engine, "who was aboard the iss on 1 january 2010?", "who was in command?",
        "and on the same day in 2015?", "which expedition was that?",
    )  # fmt: skip
    assert "Jeffrey Williams commanded" in command.text
    assert (
        "On 1 January 2015, Barry Wilmore commanded" in same_day.text
    )  # the last question, that day
    assert "Expedition 42" in expedition.text and "1 expedition " in expedition.text
    *_, hers = chat(engine, "who flew on shenzhou 9?", "which of them was the woman?",
                    "who was her commander that time?")  # fmt: skip
    assert "commander Jing Haipeng on Shenzhou 9" in hers.text  # her trip's, not her own


def test_stand_on_the_moon_and_an_accident_on_the_way(engine):
    assert "Cernan" in engine.ask("who was the last person to stand on the moon?").text
    a = engine.ask(
        "which apollo mission had the oxygen tank explode on the way to the moon, and who was on it?"
    )
    assert "Apollo 13" in a.text and "Lovell" in a.text
    b = engine.ask("vande hei came home on soyuz ms-18?")
    assert b.text.startswith("No") and "Soyuz MS-19" in b.text


@pytest.mark.parametrize(
    "question, head, must, must_not",
    [
        # a day either way is half of a two-day claim: 1 day 10 h is not "about 2 days"
        ("Vostok 3 stayed up about 2 days, didn't it?", "No", "3 days", None),
        ("Gemini 5 lasted about 8 days, right?", "Yes", "7 days", None),
        # a "no" says what is right: the flights, or where and when they came home
        ("Sally Ride flew four times, didn't she?", "No", "STS-41-G", None),
        ("Jähn landed on Soyuz 31, right?", "No", "Soyuz 29, 3 September 1978", None),
        # two claims about one person are checked one by one
        (
            "Thagard flew on the shuttle and also went to Mir, is that right?",
            "Yes, both",
            "Mir",
            None,
        ),
        ("Sharman flew to Mir and walked in space, right?", "No, not both", "no spacewalk", None),
        # the Moon: by the date they set down there, and by who stood on it first
        ("how many people walked on the Moon in 1971?", "4 people", "James Irwin", "Young"),
        ("did Schmitt walk on the Moon before Mitchell?", "No", "sixth", None),
    ],
)
def test_claims_and_moon_qualifiers_give_the_real_answer(engine, question, head, must, must_not):
    a = engine.ask(question)
    assert a.answered and a.text.startswith(head), a.text
    assert must in a.text
    assert must_not is None or must_not not in a.text


@pytest.mark.parametrize(
    "question, head, must",
    [
        # the first one described, checked against the flight or the nationality claimed
        ("was China's first spacewalk on Shenzhou 7?", "Yes", "Zhai Zhigang"),
        ("China's first spacewalk was on Shenzhou 6, wasn't it?", "No", "Shenzhou 7"),
        ("the first Intercosmos guest cosmonaut was Polish, right?", "No", "Remek"),
        # a person as the yardstick, not the one whose nationality is checked
        ("did a Syrian cosmonaut fly before Rakesh Sharma?", "No", "Muhammed Faris"),
        ("did a Briton fly before Helen Sharman?", "No", "first of them"),
        # two people's walks: by date, not by count
        (
            "did Kathryn Sullivan walk in space before Svetlana Savitskaya?",
            "No",
            "Savitskaya walked first",
        ),
    ],
)
def test_a_first_or_an_order_is_checked_as_claimed(engine, question, head, must):
    a = engine.ask(question)
    assert a.answered and a.text.startswith(head) and must in a.text, a.text


@pytest.mark.parametrize(
    ("question", "head", "must"),
    [
        # a rank before "flight"/"flew" ranks all of someone's flights, then checks the kind
        ("Ulf Merbold's first spaceflight was on a Soyuz, right?", "No", ["STS-9"]),
        ("did Kondakova go to Mir on the Shuttle on her first flight?", "No", ["Soyuz TM-20"]),
        ("was Whitson's second trip to the ISS on a Soyuz?", "Yes", ["Soyuz TMA-11"]),
        # "with a crewmate" is a claim about who else was aboard
        ("did Beregovoy have a crewmate with him on Soyuz 3?", "No", ["alone"]),
        ("did Leonov fly with Belyayev?", "Yes", ["Voskhod 2"]),
        # a "no" says what is right; a "yes" gives the day
        ("did Tamayo Méndez visit Salyut 7?", "No", ["Salyut 6"]),
        ("Pham Tuan launched on Soyuz 37 in July 1980, correct?", "Yes", ["23 July 1980"]),
    ],
)
def test_a_yes_or_no_keeps_its_rank_and_says_what_is_right(engine, question, head, must):
    says(engine.ask(question), must, head=head)


@pytest.mark.parametrize(
    ("question", "head", "must"),
    [
        # "the second woman", "the very last Mercury mission": everyone's ranking, then
        # whether the person holds that place (not the person's own second flight)
        ("a post says Sally Ride was the second woman in space - true?", "No", ["Savitskaya"]),
        ("Wally Schirra flew the very last Mercury mission, right?", "No", ["Gordon Cooper"]),
        ("was Gordon Cooper on the last Mercury mission?", "Yes", ["Mercury-Atlas 9"]),
        ("Scott Kelly has the record for the longest single spaceflight?", "No", ["Polyakov"]),
        ("was the first Japanese person in space Mamoru Mohri, in 1992?", "No", ["Akiyama"]),
        ("Harrison Schmitt was the youngest man to walk on the Moon?", "No", ["Charlie Duke"]),
    ],
)  # fmt: skip
def test_a_place_in_a_ranking_claimed_for_someone_is_checked_against_the_ranking(
    engine, question, head, must
):
    says(engine.ask(question), must, head=head)


def test_after_a_no_the_thread_follows_who_holds_the_place(engine):
    out = chat(engine, "Shukla was the first Indian in space, right?", "oh. when did he fly then?")
    assert out[0].text.startswith("No") and "Rakesh Sharma" in out[1].text, out[1].text


def test_a_claim_seen_on_social_media_is_checked_and_the_thread_follows_the_truth(engine):
    out = chat(engine, "someone on tiktok said Ed White did the first spacewalk. true?",
               "ok then when was it?", "who was with him on that flight?")  # fmt: skip
    assert out[0].text.startswith("No") and "Leonov" in out[0].text, out[0].text
    assert "18 March 1965" in out[1].text, out[1].text
    assert "Belyayev" in out[2].text, out[2].text


def test_a_claim_then_a_question_answers_the_question(engine):
    a = engine.ask(
        "a reddit post says Voskhod 1 was the first flight with several people. true? who was on it?"
    )
    assert "Komarov" in a.text and "Feoktistov" in a.text, a.text


def test_finally_land_after_a_claim_about_a_long_stay_is_that_stays_landing(engine):
    out = chat(engine, "was Krikalev really up there almost a year when the USSR collapsed?",
               "when did he finally land?")  # fmt: skip
    assert "25 March 1992" in out[1].text, out[1].text


def test_a_place_in_a_crew_claim_is_checked(engine):
    says(engine.ask("Behnken and Hurley splashed down in the Atlantic on Demo-2, right?"),
         ["Gulf of Mexico"], head="No")  # fmt: skip


def test_a_no_to_a_dated_claim_gives_the_real_date(engine):
    says(engine.ask("Suni Williams launched on Starliner in May 2024, true?"), ["5 June 2024"],
         head="No")  # fmt: skip


@pytest.mark.parametrize(
    ("question", "head", "must"),
    [
        # "who wasn't Soviet or American" leaves those nations out; "was from Poland" is the
        # claim about whoever holds the place
        ("the first person in space who wasn't Soviet or American was from Poland, true?",
         "No", ["Remek"]),
        ("was the first person on the Moon American?", "Yes", ["Armstrong"]),
    ],
)  # fmt: skip
def test_a_nation_claimed_of_a_first_is_checked_on_the_first(engine, question, head, must):
    says(engine.ask(question), must, head=head)


def test_a_draft_claim_then_a_question_answers_both(engine):
    """'My draft says …. How long did that mission last?': the claim is checked and the
    question after it answered (only the claim was answered before)."""
    a = engine.ask(
        "My draft says Skylab 2, commanded by Pete Conrad, launched in May 1973. "
        "How long did that mission last?"
    )
    assert a.text.startswith("Yes") and "28 days" in a.text
    b = engine.ask(
        "Draft says Michael López-Alegría commanded Ax-1 in April 2022. "
        "Who were the three other crew?"
    )
    assert all(n in b.text for n in ("Connor", "Pathy", "Stibbe"))
    c = engine.ask(
        "Draft: Leonid Kizim and Vladimir Solovyov on Soyuz T-15 in 1986 visited two "
        "space stations on one mission. Which two?"
    )
    assert "Mir" in c.text and "Salyut 7" in c.text


def test_a_lead_keeps_what_the_story_is_about(engine):
    """'Story about Shubhanshu Shukla: which mission did he fly?' dropped its subject with
    the lead and answered off-topic."""
    a = engine.ask(
        "Story about Shubhanshu Shukla: which mission did he fly, and what was the launch date?"
    )
    assert "Axiom Mission 4" in a.text and "25 June 2025" in a.text
    b = engine.ask(
        "Please confirm for my Fram2 piece: who commanded it, and where did it come down?"
    )
    assert "Chun Wang" in b.text and "Pacific" in b.text


def test_a_claim_with_a_tag_then_a_question_checks_the_claim_too(engine):
    a = engine.ask(
        "Our copy says Demo-2 came down in the Gulf of Mexico on 2 August 2020. Right? Who flew it?"
    )
    assert a.text.startswith("Yes") and "Hurley" in a.text and "2 August 2020" in a.text
    b = engine.ask(
        "Our copy says STS-1 landed at Edwards on 14 April 1981. Is that right, and who was aboard?"
    )
    assert b.text.startswith("Yes") and "Crippen" in b.text


def test_a_statement_naming_an_expedition_and_its_craft_then_how_the_crew_got_home(engine):
    a = engine.ask("Expedition 1 went up on Soyuz TM-31. How did the crew come home?")
    assert "STS-102" in a.text


def test_the_first_ever_walk_is_the_first_of_all_not_his_first(engine):
    a = engine.ask("ed white made the first ever spacewalk on gemini 4, right?")
    assert a.text.startswith("No") and "Leonov" in a.text, a.text


def test_flying_several_programs_needs_each_of_them(engine):
    a = engine.ask("was grissom the only one to fly mercury, gemini and apollo?")
    assert a.text.startswith("No") and "not Apollo" in a.text and "Wally Schirra" in a.text, a.text
    b = engine.ask("did wally schirra fly mercury, gemini and apollo?")
    assert b.text.startswith("Yes") and "Apollo 7" in b.text, b.text


def test_a_record_claimed_of_one_person_is_checked_over_everyone(engine):
    a = engine.ask(
        "is it true the longest single spaceflight by a US astronaut is Scott Kelly's 340 days?"
    )
    assert a.text.startswith("No") and "Frank Rubio" in a.text, a.text
    b = engine.ask(
        "christina koch holds the record for the longest single flight by a woman, 340 days?"
    )
    assert b.text.startswith("Yes, but not the length said") and "328 days" in b.text, b.text


def test_a_record_with_its_own_filter_after_another_record_stands_alone(engine):
    _, b = chat(
        engine, "longest single flight by a woman?", "longest single flight by an american?"
    )
    assert "Frank Rubio" in b.text and "among American people" in b.text, b.text


def test_a_station_said_to_be_the_first_is_the_station_asked_about(engine):
    a = engine.ask("Salyut 1 was the first space station - when did it launch?")
    assert a.text.startswith("Salyut 1 was launched on 19 April 1971"), a.text
    b = engine.ask("mir was the first space station, launched in 1986?")
    assert b.text.startswith("No: the first space station was Salyut 1"), b.text
    assert "Mir was launched on 19 February 1986" in b.text, b.text


def test_reaching_orbit_is_checked_on_the_flight_asked_about(engine):
    a = engine.ask("did alan shepard reach orbit on his first flight?")
    assert a.text.startswith("No") and "Mercury-Redstone 3" in a.text, a.text
    b = engine.ask("was gus grissom's mercury flight an orbital one?")
    assert b.text.startswith("No") and "suborbital" in b.text, b.text
    assert "no flight" not in b.text, b.text  # he did fly Mercury
    c = engine.ask("did alan shepard ever reach orbit?")
    assert c.text.startswith("Yes") and "Apollo 14" in c.text, c.text


def test_the_orbiter_said_of_a_flight_is_part_of_the_claim(engine):
    a = engine.ask("sts-71, the first shuttle docking with mir - that was discovery right?")
    assert a.text.startswith("No: STS-71 was flown by Atlantis, not Discovery"), a.text
    b = engine.ask("Challenger broke up during STS-51-C, correct?")
    assert b.text.startswith("No") and "STS-51-L" in b.text, b.text
    c = engine.ask("did john glenn fly sts-95 on atlantis?")
    assert c.text.startswith("No") and "Discovery" in c.text, c.text


def test_a_moon_landing_site_said_by_name(engine):
    a = engine.ask("apollo 12 landed in the sea of tranquility too, right?")
    assert a.text.startswith("No: Apollo 12 landed at Ocean of Storms"), a.text
    b = engine.ask("Which Apollo mission landed at Taurus-Littrow?")
    assert "Apollo 17" in b.text, b.text
    c = engine.ask("did apollo 14 land at fra mauro?")
    assert c.text.startswith("Yes: Apollo 14 landed at Fra Mauro"), c.text


def test_a_walk_on_the_wrong_day_gives_the_day_it_was(engine):
    a = engine.ask("the polaris dawn spacewalk was on september 14 2024, right?")
    assert a.text.startswith("No") and "12 September 2024" in a.text, a.text


def test_the_total_time_record_claimed_of_one_person_is_checked_over_everyone(engine):
    a = engine.ask("padalka still holds the total time in space record, right?")
    assert a.text.startswith("No: Oleg Kononenko"), a.text
    b = engine.ask("kononenko holds the total time in space record, right?")
    assert b.text.startswith("Yes: Oleg Kononenko"), b.text


def test_a_loss_claimed_on_the_wrong_flight(engine):
    a = engine.ask("Komarov died on Soyuz 3, right?")
    assert a.text.startswith("No: Vladimir Komarov was lost on Soyuz 1"), a.text
    assert "not lost on a spaceflight" not in a.text, a.text
    b = engine.ask("was Leonov one of the three cosmonauts who died on soyuz 11?")
    assert b.text.startswith("No") and "Dobrovolsky" in b.text, b.text


def test_a_guess_then_a_question_says_the_guess_checked(engine):
    a = engine.ask("sts-135 landed on 21 july 2011? which orbiter?")
    assert a.text.startswith("Yes") and "21 July 2011" in a.text and "Atlantis" in a.text, a.text


def test_a_flight_claimed_first_to_a_station_is_checked_against_the_ranking(engine):
    a = engine.ask("the first shuttle to dock with mir was sts-74 right?")
    assert a.text.startswith("No") and "STS-71" in a.text, a.text
    # the first to get aboard, not a first try that never docked (Soyuz 10, Soyuz 25)
    b = engine.ask("the soyuz 10 crew were the first to go aboard salyut 1, correct?")
    assert b.text.startswith("No") and "Soyuz 11" in b.text, b.text
    c = engine.ask("was Soyuz 26 the first crew on Salyut 6?")
    assert c.text.startswith("Yes") and "Georgy Grechko" in c.text, c.text


def test_the_orbiter_said_of_a_person_is_part_of_the_claim(engine):
    a = engine.ask("did kalpana chawla die on challenger?")
    assert a.text.startswith("No") and "Columbia" in a.text and "1 February 2003" in a.text, a.text
    b = engine.ask("is it true bill nelson flew on challenger?")
    assert b.text.startswith("No") and "STS-61-C" in b.text, b.text
    c = engine.ask("was ilan ramon on the columbia crew that was lost")
    assert c.text.startswith("Yes") and "STS-107" in c.text, c.text


def test_a_first_of_a_day_is_not_a_first_of_a_year(engine):
    a = engine.ask("was polyakov the first person to spend a full year in space on one mission?")
    assert a.text.startswith("No") and "Musa Manarov" in a.text and "Titov: " not in a.text, a.text
    b = engine.ask("who was the first person to spend a full day in orbit?")
    assert "Gherman Titov" in b.text, b.text


def test_flying_again_after_a_station_is_after_the_last_stay_there(engine):
    a = engine.ask("did owen garriott fly again after skylab?")
    assert a.text.startswith("Yes") and "STS-9" in a.text, a.text
    b = engine.ask("did shannon lucid fly after mir?")
    assert b.text.startswith("No") and "STS-76" in b.text, b.text


def test_a_stations_own_end_said_with_a_year_then_asked_for_the_day(engine):
    a = engine.ask("Mir was deorbited in 2001, what day?")
    assert a.text.startswith("Yes") and "23 March 2001" in a.text, a.text
    b = engine.ask("skylab fell back to earth in 1978 - what day?")
    assert b.text.startswith("No") and "11 July 1979" in b.text, b.text


def test_a_modules_launch_date_and_carrier_are_checked(engine):
    a = engine.ask("the tianhe core module launched in 2022, right?")
    assert a.text.startswith("No") and "29 April 2021" in a.text, a.text
    b = engine.ask("was the zarya module launched by the space shuttle?")
    assert b.text.startswith("No") and "Proton" in b.text, b.text
    c = engine.ask("was unity launched by the space shuttle?")
    assert c.text.startswith("Yes") and "STS-88" in c.text, c.text


def test_an_age_claim_older_or_younger_than_at_landing(engine):
    a = engine.ask("Valeri Polyakov — was he older than 50 when he landed from his record flight?")
    assert a.text.startswith("Yes") and "52" in a.text and "22 March 1995" in a.text, a.text
    b = engine.ask("was tereshkova younger than 30 when she flew?")
    assert b.text.startswith("Yes") and "26" in b.text, b.text


def test_a_claim_ending_in_yeah_is_checked(engine):
    a = engine.ask("sally ride was the first woman in space yeah")
    assert a.text.startswith("No") and "Tereshkova" in a.text, a.text


def test_a_person_said_to_fly_two_flights_in_order_flew_both(engine):
    a = engine.ask("buzz aldrin flew gemini 10 before apollo 11, yeah?")
    assert a.text.startswith("No") and "Gemini 12" in a.text, a.text
    b = engine.ask("did buzz aldrin fly gemini 12 before apollo 11?")
    assert b.text.startswith("Yes"), b.text


def test_an_orbiter_said_lost_on_the_wrong_flight_gives_the_day_it_was_lost(engine):
    a = engine.ask("Columbia was lost on sts-114, right?")
    assert a.text.startswith("No") and "STS-107" in a.text and "1 February 2003" in a.text, a.text


def test_a_dash_joining_two_words_is_a_hyphen(engine):
    a = engine.ask("The first shuttle–Mir docking was STS-74?")
    assert a.text.startswith("No") and "STS-71" in a.text, a.text


def test_a_moonwalker_said_on_the_moon_on_another_day(engine):
    a = engine.ask("did pete conrad walk on the moon in 1970?")
    assert a.text.startswith("No") and "Apollo 12" in a.text and "1969" in a.text, a.text
    b = engine.ask("did armstrong walk on the moon on july 21 1969?")
    assert b.text.startswith("Yes"), b.text  # the walk began 21 July UTC, after the landing


def test_a_wrong_seat_claim_says_what_the_person_did_command(engine):
    a = engine.ask("eileen collins commanded sts-63?")
    assert a.text.startswith("No") and "Jim Wetherbee" in a.text and "STS-93" in a.text, a.text
    b = engine.ask("Deke Slayton commanded the Apollo side of Apollo-Soyuz, right?")
    assert b.text.startswith("No") and "Thomas Stafford" in b.text, b.text


def test_a_claim_tagged_true_then_a_question_checks_the_claim_first(engine):
    a = engine.ask("john glenn went back to space on sts-95 aged 77, true? launch date?")
    assert a.text.startswith("Yes") and "77" in a.text and "29 October 1998" in a.text, a.text


def test_a_landing_gives_the_days_people_quote(engine):
    a = engine.ask("Frank Rubio spent 371 days in space — when did he land?")
    assert "27 September 2023" in a.text and "about 371 days" in " ".join(a.details), a.details


def test_a_landing_place_claim_checks_the_day_said_too(engine):
    a = engine.ask("Draft: 'Wilmore and Williams splashed down off Florida on 19 March 2025.' Fix?")
    assert a.text.startswith("No") and "18 March 2025" in a.text, a.text
    b = engine.ask("did wilmore splash down off florida on 18 march 2025?")
    assert b.text.startswith("Yes"), b.text


def test_a_ranked_flight_said_to_land_somewhere_checks_the_place(engine):
    a = engine.ask("our story says the final shuttle mission STS-135 landed at Edwards — true?")
    assert a.text.startswith("No") and "Kennedy" in a.text and "STS-128" not in a.text, a.text


def test_a_seat_claimed_on_a_lost_orbiter_is_of_the_lost_flight(engine):
    a = engine.ask("Confirm: Columbia broke up on 1 Feb 2003 and was commanded by Rick Husband?")
    assert a.text.startswith("Yes") and "STS-107" in a.text, a.text


def test_a_number_of_days_said_alone_is_not_a_flight_alias(engine):
    # "181" spells Soyuz 18a's alias "18-1"; said alone before "days" it is a duration
    a = engine.ask("rakesh sharma was up there for about 181 days, right?")
    assert a.text.startswith("No") and "7 days" in a.text and "18a" not in a.text, a.text


@pytest.mark.parametrize(
    ("question", "head", "age"),
    [
        ("gherman titov was only 30 when he flew vostok 2, right?", "No", "25"),
        ("alan shepard was 47 on apollo 14, correct?", "Yes", "47"),
        ("glenn flew again at 77 on sts-95, true?", "Yes", "77"),
        ("was tereshkova 26 on vostok 6?", "Yes", "26"),
    ],
)
def test_an_age_said_beside_a_flight_is_checked(engine, question, head, age):
    a = engine.ask(question)
    assert a.text.startswith(head) and f"was {age} when" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("did valentina tereshkova hold any records?", "first woman in space"),
        ("chen dong set some record, right?", "400 days"),
        ("what records does peggy whitson hold?", "first woman to command the ISS"),
    ],
)
def test_a_persons_records_are_the_firsts_the_records_give_them(engine, question, must):
    a = engine.ask(question)
    assert must in a.text and "flew on" not in a.text, a.text


def test_a_flight_wrongly_said_to_be_a_ranked_moon_landing_names_the_right_one(engine):
    a = engine.ask("apollo 8 was the first moon landing, wasn't it?")
    assert a.text.startswith("No") and "first Moon landing was Apollo 11" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "must"),
    [
        ("when did oleg kononenko pass gennady padalka's total-time record?", "4 February 2024"),
        ("polyakov beat avdeyev's single-flight record - what date?", "never beat"),
    ],
)
def test_when_one_person_passed_anothers_time_in_space(engine, question, must):
    a = engine.ask(question)
    assert must in a.text and "spent more time" not in a.text, a.text


@pytest.mark.parametrize(
    ("said", "head", "must"),
    [
        ("ulf merbold was the first german in space", "No", "Sigmund Jähn"),
        ("yuri gagarin was the first person in space.", "Yes", "Gagarin"),
    ],
)
def test_a_ranked_claim_said_without_a_question_mark_is_checked(engine, said, head, must):
    a = engine.ask(said)
    assert a.text.startswith(head) and must in a.text, a.text


def test_a_countrys_first_walk_said_of_a_person_is_that_countrys_first(engine):
    a = engine.ask("Jing Haipeng did China's first spacewalk?")
    assert a.text.startswith("No") and "Zhai Zhigang" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "head", "must"),
    [
        ("is scott kelly's 340 days still the american record for a single flight?", "No", "Rubio"),
        ("scott kelly set the american single-flight record of 340 days?", "Yes", "since passed"),
    ],
)
def test_a_record_said_now_or_then_is_checked_at_that_time(engine, question, head, must):
    a = engine.ask(question)
    assert a.text.startswith(head) and must in a.text, a.text


def test_a_dated_flight_said_to_go_to_the_wrong_station_says_where_it_went(engine):
    a = engine.ask("yuri malyshev's 1980 flight went to salyut 7, right?")
    assert a.text.startswith("No") and "Salyut 6" in a.text, a.text
    tito = engine.ask("dennis tito flew to the iss on the shuttle in 2001?")
    assert "not in 2001" not in tito.text, tito.text


def test_ya_at_the_end_tags_a_claim(engine):
    a = engine.ask("demo-2 splashdown was 2 august 2020 ya?")
    assert a.text.startswith("Yes") and "2 August 2020" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("was endeavour the last shuttle flight?", "No"),
        ("was columbia the first shuttle mission?", "Yes"),
    ],
)
def test_an_orbiter_said_to_fly_the_programs_first_or_last_flight(engine, question, head):
    a = engine.ask(question)
    assert a.text.startswith(head) and ("STS-135" in a.text or "STS-1 " in a.text), a.text


def test_a_confirmed_seat_on_a_flight_names_who_flew_with_them(engine):
    a = engine.ask("was Koichi Wakata on Soyuz TMA-11M?")
    assert a.text.startswith("Yes") and "Mastracchio" in a.text and "Tyurin" in a.text, a.text
    # someone who only came down on a flight is named with those who came down with them
    b = engine.ask("did Vasilevskaya fly on Soyuz MS-24?")
    assert "Loral O'Hara" in b.text, b.text


def test_a_wrong_loss_names_the_day_of_the_right_one(engine):
    a = engine.ask("Patsayev died on Soyuz 1, right?")
    assert a.text.startswith("No") and "Soyuz 11 (29 June 1971)" in a.text, a.text


def test_a_capsule_that_landed_empty_is_said_to_be_uncrewed(engine):
    a = engine.ask("how did the Shenzhou 20 spacecraft come home?")
    said = " ".join([a.text, *a.details])
    assert "uncrewed" in said, said


def test_a_single_flight_record_claimed_of_one_person_is_checked_against_everyone(engine):
    a = engine.ask("Scott Kelly still holds the US single-flight record, yeah?")
    assert a.text.startswith("No") and "Rubio" in a.text, a.text
    b = engine.ask("does Peggy Whitson hold the women's single flight record?")
    assert b.text.startswith("No") and "Koch" in b.text, b.text


def test_a_count_of_orbits_is_declined_not_confirmed_by_the_flight_reaching_orbit(engine):
    # (checked on the count held, data/orbits.csv; where none is held, declined)
    a = engine.ask("did Titov go round the earth 17 times on Vostok 2?")
    assert a.text.startswith("Yes:") and "17 orbits" in a.text, a.text
    c = engine.ask("did Scott Kelly go round the earth 5000 times on Soyuz TMA-16M?")
    assert not c.answered and "orbit counts" in c.text, c.text
    # an unchecked claim first in a conversation still leaves the question after it answered
    b = engine.ask("Titov went around the earth 17 times on vostok 2 right? what day was that")
    assert b.answered and "6 August 1961" in b.text, b.text


def test_a_ranked_description_said_to_be_a_name_is_checked(engine):
    a = engine.ask("the first shuttle flight to dock with mir was sts-76?")
    assert a.text.startswith("No") and "STS-71" in a.text, a.text
    b = engine.ask("the first woman in space was Tereshkova")
    assert b.text.startswith("Yes"), b.text


def test_a_crew_wrongly_said_to_be_first_aboard_is_told_whose_was(engine):
    a = engine.ask("the Soyuz 10 crew were the first people aboard Salyut 1, right?")
    assert a.text.startswith("No") and "Soyuz 11" in a.text and "Dobrovolsky" in a.text, a.text


def test_a_true_loss_claim_says_the_day_the_flight_was_lost(engine):
    a = engine.ask("did Laurel Clark die when Columbia broke up?")
    assert a.text.startswith("Yes") and "1 February 2003" in a.text, a.text
    b = engine.ask("Komarov was killed when Soyuz 1 crashed, right?")
    assert "24 April 1967" in b.text and "23 April" not in b.text, b.text


def test_a_record_of_a_description_said_of_one_person_is_checked_over_everyone(engine):
    """'Whitson still holds the women's record for total spacewalk time?' had said Yes with
    her own walks; 'Williams has more days in space than any other American woman?' had
    said Yes with her flights. Each record is found over everyone it describes."""
    a = engine.ask("peggy whitson still holds the women's record for total spacewalk time?")
    assert a.text.startswith("No") and "Sunita Williams" in a.text
    b = engine.ask("suni williams has more days in space than any other american woman, right?")
    assert b.text.startswith("No") and "Peggy Whitson" in b.text
    c = engine.ask("did whitson make the most spacewalks by a woman?")
    assert c.text.startswith("Yes") and "10" in c.text


def test_the_record_spacewalk_ever_is_not_narrowed_by_the_walkers_said_of_it(engine):
    """'The longest spacewalk ever was done by Russians from the ISS?' had ranked Russian
    walks only and said Yes (VKD-44)."""
    a = engine.ask(
        "The longest spacewalk ever was done by cosmonauts of Russia from the ISS, right?"
    )
    assert a.text.startswith("No") and "Shenzhou 19" in a.text and "Voss" in a.text


def test_a_wrong_walker_of_a_flight_hears_who_did_walk(engine):
    a = engine.ask("was anna menon one of the two polaris dawn spacewalkers?")
    assert a.text.startswith("No") and "Isaacman" in a.text and "Gillis" in a.text


def test_a_command_claim_says_their_own_time_in_command_and_their_other_commands(engine):
    """'Pesquet commanded Expedition 66, right?' had said Yes with the expedition's dates
    (to March 2022), though he handed over in November 2021 and had commanded 65 first."""
    a = engine.ask("did thomas pesquet command expedition 66?")
    assert a.text.startswith("Yes") and "6 November 2021" in a.text and "Expedition 65" in a.text


def test_a_crew_that_never_got_aboard_hears_who_next_did(engine):
    a = engine.ask("the soyuz 10 crew got aboard salyut 1, didn't they?")
    assert a.text.startswith("No") and "Soyuz 11" in a.text and "Dobrovolsky" in a.text


def test_a_stated_first_with_a_relative_clause_is_checked(engine):
    """'Sigmund Jähn was the first person in space who wasn't Soviet or American?' had
    read 'who' as a question and given his flights; it is a claim (No: Remek)."""
    a = engine.ask("Sigmund Jähn was the first person in space who wasn't Soviet or American?")
    assert a.text.startswith("No") and "Remek" in a.text
    b = engine.ask("and who was the first indian in space?")  # a question still
    assert "Rakesh Sharma" in b.text and not b.text.startswith(("Yes", "No", "I can't"))


def test_an_expeditions_ride_up_or_home_is_checked(engine):
    """'did Expedition 1 go up on a space shuttle?' could not be checked: the expedition
    has dates, not a vehicle; its crew's flights up and home are checked instead."""
    a = engine.ask("expedition one went up on the space shuttle, right?")
    assert a.text.startswith("No") and "Soyuz TM-31" in a.text and "31 October 2000" in a.text
    b = engine.ask("did the expedition 2 crew come home on the shuttle?")
    assert b.text.startswith("Yes") and "STS-105" in b.text


def test_a_seat_claimed_in_a_thread_is_checked_on_the_threads_crew(engine):
    """'who was on Expedition 1?' 'Krikalev was the commander, right?' had said Yes, with
    Expedition 11."""
    a = engine.ask("who was on expedition 1?")
    b = engine.ask("krikalev was the commander, right?", a.context)
    assert b.text.startswith("No") and "Bill Shepherd" in b.text
    c = engine.ask("did mattingly ever command a mission himself?")
    assert c.text.startswith("Yes") and "STS-4" in c.text


def test_a_described_crew_claimed_to_come_home_on_a_flight_is_checked_on_the_way_down(engine):
    """'the Shenzhou 20 taikonauts came home in their own capsule, right?': they came home
    on Shenzhou 21 ('taikonauts' now says Chinese; the check had been who flew at all)."""
    a = engine.ask("the shenzhou 20 taikonauts came home in their own capsule, right?")
    assert a.text.startswith("No") and "Shenzhou 21" in a.text
    b = engine.ask("which taikonaut has made the most spacewalks?")
    assert "Chen Dong" in b.text and "Solovyev" not in b.text


def test_only_once_on_a_flight_checks_the_count_too(engine):
    a = engine.ask("liu yang flew only once, on shenzhou 9, right?")
    assert a.text.startswith("No") and "Shenzhou 14" in a.text
    b = engine.ask("did yang liwei only fly once, on shenzhou 5?")
    assert b.text.startswith("Yes")


def test_a_count_of_flights_with_their_years_checks_each_year(engine):
    a = engine.ask("simonyi went up twice, in 2007 and 2008, right?")
    assert a.text.startswith("No") and "2009" in a.text


def test_a_wrong_date_for_a_ranked_flight_says_when_it_was(engine):
    """'did Starliner's first crewed flight launch in May 2024?' said only that no such
    flight launched in May 2024; the flight asked about is named with its real date."""
    a = engine.ask("starliner's first crewed flight launched in may 2024, right?")
    assert a.text.startswith("No") and "5 June 2024" in a.text
    b = engine.ask("was the first shuttle flight in 1981?")
    assert not b.text.startswith("No")


def test_a_yes_no_question_then_a_question_answers_both(engine):
    """'was Liu Yang the first Chinese woman to do a spacewalk? when was it?' answered only
    'when' (her own first walk), dropping the check; 'was Savitskaya the 2nd woman in space?
    when did she fly?' gave her 1984 flight."""
    a = engine.ask("was liu yang the first chinese woman to do a spacewalk? when was it?")
    assert a.text.startswith("No") and "Wang Yaping" in a.text and "7 November 2021" in a.text
    b = engine.ask("was savitskaya the second woman in space? when did she fly?")
    assert b.text.startswith("Yes") and "19 August 1982" in b.text


def test_an_orbiter_said_as_a_time_is_not_claimed_as_the_craft(engine):
    a = engine.ask("was sts-114 the return to flight after columbia? who was in command?")
    assert "Eileen Collins" in a.text and "not Columbia" not in a.text


def test_a_count_of_visits_to_a_station_is_checked(engine):
    """'Simonyi went to the ISS three times?' had said yes from his two visits: the count
    said of a station is now the number of his trips to it."""
    a = engine.ask("charles simonyi visited the space station three times, right?")
    assert a.text.startswith("No:") and "2 times" in a.text, a.text
    b = engine.ask("has whitson been to the iss 5 times?")
    assert b.text.startswith("Yes:") and "5 times" in b.text, b.text


def test_orbited_for_a_length_checks_the_length_not_the_reach(engine):
    """'Yang Liwei orbited for about 21 hours on Shenzhou 5?' had answered 'Yes: Shenzhou 5
    reached orbit.', leaving the length said unchecked."""
    a = engine.ask("did yang liwei orbit for roughly 21 hours aboard shenzhou 5?")
    assert a.text.startswith("Yes:") and "21 h 22 min" in a.text, a.text
    b = engine.ask("yang liwei orbited for 2 days on shenzhou 5?")
    assert b.text.startswith("No:") and "21 h 22 min" in b.text, b.text


def test_a_record_length_claimed_for_a_person_is_checked_against_everyone(engine):
    """'is Rubio's 371 days the longest single ISS stay ever?' had ranked only flights of
    about 371 days (the length said was read as a filter) and named his own crew; and a
    record flight's second crew member was told 'No'."""
    a = engine.ask("frank rubio's 371 days - the longest single stay on the iss ever?")
    assert a.text.startswith("No:") and "Kononenko" in a.text, a.text
    b = engine.ask("nikolai chub has the longest single stay on the iss?")
    assert b.text.startswith("Yes:") and "Chub" in b.text, b.text


def test_a_nationality_claimed_with_a_or_an_is_said_of_the_holder(engine):
    """'The first person in space who wasn't American or Soviet was a Pole, right?' had
    ranked Poles and said yes (Hermaszewski): 'was a Pole' is said of whoever was first."""
    a = engine.ask("first guy in space that wasn't soviet or american was a pole, correct?")
    assert a.text.startswith("No:") and "Remek" in a.text, a.text


def test_never_launched_with_says_with_whom_and_when_they_met(engine):
    """'Did Tim Peake launch with Scott Kelly?' said no and listed every flight of each; it
    now says whom he launched with, and that they were aboard the ISS together."""
    a = engine.ask("did tim peake go up with scott kelly?")
    assert a.text.startswith("No:") and "Malenchenko" in a.text and "together from" in a.text, (
        a.text
    )


def test_did_one_person_do_two_things_checks_both(engine):
    """'Did Pete Conrad walk on the Moon AND live on Skylab?' checked the Moon walk alone."""
    a = engine.ask("did alan bean walk on the moon and also live on skylab?")
    assert a.text.startswith("Yes, both:") and "Skylab 3" in a.text, a.text
    b = engine.ask("did gagarin fly on vostok 1 and walk in space?")
    assert b.text.startswith("No, not both:") and "no spacewalk" in b.text, b.text


def test_did_a_craft_come_back_empty_is_checked_on_its_landing_crew(engine):
    """'did Soyuz MS-22 come back empty?' was declined with its landing alone."""
    a = engine.ask("did the soyuz ms-22 capsule come home uncrewed?")
    assert a.text.startswith("Yes:") and "28 March 2023" in a.text, a.text
    b = engine.ask("did soyuz ms-23 come back empty?")
    assert b.text.startswith("No:") and "Rubio" in b.text, b.text


def test_a_statement_then_a_question_about_its_flight_checks_it_and_answers(engine):
    """'pete conrad commanded skylab 2 - who else was on it' answered 'Pete Conrad commanded
    Skylab 2' and never said who else; 'was Rusty Schweickart on Apollo 9? who commanded?'
    listed the crew but dropped who commanded, as if the crew list had said it."""
    a = engine.ask("pete conrad commanded skylab 2 - who else was on it")
    assert a.text.startswith("Yes") and "Weitz" in a.text and "Kerwin" in a.text, a.text
    b = engine.ask("was rusty schweickart on apollo 9? who commanded?")
    assert "McDivitt commanded Apollo 9" in b.text, b.text
    c = engine.ask("STS-114 return to flight, commanded by eileen collins - when did it launch?")
    assert "26 July 2005" in c.text and not c.text.startswith("No"), c.text


def test_a_length_claimed_of_a_ranked_crew_is_checked_on_the_flight_it_finds(engine):
    """'the last Skylab crew stayed up 59 days, right?' said 'I can't tell whose 59 days you
    mean'; the description finds Skylab 4 (84 days). A length that is itself ranked ('China's
    first six-month mission') is not a length claimed of the first Chinese flight."""
    a = engine.ask("draft: the final skylab crew stayed up 59 days. correct?")
    assert a.text.startswith("No") and "Skylab 4" in a.text and "84 days" in a.text, a.text
    b = engine.ask("did the second skylab crew stay up longer than 60 days?")
    assert b.text.startswith("No") and "Skylab 3" in b.text, b.text
    c = engine.ask("shenzhou 13 was china's first six month mission wasn't it?")
    assert "Shenzhou 5" not in c.text, c.text
