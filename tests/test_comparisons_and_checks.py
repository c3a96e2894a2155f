"""Yes/no checks and comparisons a user words freely: counts of commands, flying together
in a time, the order of two moments said as nouns, crews on two days, ages at launch."""

import re

import pytest


@pytest.mark.parametrize(
    ("question", "verdict", "must"),
    [
        ("did leroy chiao command the space station more than once?", "No", "Expedition 10"),
        ("did Padalka command the ISS more than once?", "Yes", "4 times"),
        ("did bill shepherd command more than one iss expedition?", "No", "Expedition 1"),
        ("did frank culbertson ever command more than one expedition?", "No", "Expedition 3"),
    ],
)
def test_commands_counted_against_the_claim(engine, question, verdict, must):
    a = engine.ask(question)
    assert a.text.startswith(verdict) and must in a.text, a.text


def test_never_together_says_what_each_flew(engine):
    a = engine.ask("did liu yang and nie haisheng ever fly together?")
    assert a.answered and a.text.startswith("No"), a.text
    assert "Shenzhou 9" in a.text and "Shenzhou 6" in a.text, a.text
    a = engine.ask("did alexander gerst and samantha cristoforetti ever launch on the same soyuz?")
    assert a.answered and a.text.startswith("No") and "Soyuz TMA-15M" in a.text, a.text


def test_together_before_a_flight_is_a_time_not_that_flight(engine):
    a = engine.ask("did michael collins fly with neil armstrong before apollo 11?")
    assert a.text.startswith("No") and "Gemini 10" in a.text and "Gemini 8" in a.text, a.text
    a = engine.ask("did Aldrin fly with Lovell before Apollo 11?")
    assert a.text.startswith("Yes") and "Gemini 12" in a.text, a.text


def test_aboard_a_station_when_another_stations_flight_flew(engine):
    a = engine.ask("was anyone aboard the iss when shenzhou 5 flew?")
    assert a.text.startswith("Yes") and "Malenchenko" in a.text and "Ed Lu" in a.text, a.text
    a = engine.ask("when sts-1 flew, were there cosmonauts aboard salyut 6 at the same time?")
    assert a.text.startswith("Yes") and "Kovalyonok" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "verdict", "must"),
    [
        ("did soyuz t-15 reach mir before the challenger accident?", "No", "28 January 1986"),
        ("did apollo 14 land on the moon before soyuz 11 launched?", "Yes", "5 February 1971"),
        ("did shenzhou 5 fly before columbia's last mission launched?", "No", "STS-107"),
        (
            "had mir's last crew already come home when expedition 1 launched?",
            "Yes",
            "16 June 2000",
        ),
    ],
)
def test_order_of_two_moments_said_as_nouns(engine, question, verdict, must):
    a = engine.ask(question)
    assert a.text.startswith(verdict) and must in a.text, a.text


def test_a_question_that_only_mentions_after_is_no_order(engine):
    a = engine.ask("what did charles simonyi land in after his second trip in 2009?")
    assert not a.text.startswith(("Yes", "No")), a.text


def test_crews_on_two_days_compared(engine):
    a = engine.ask("were there more people on the iss on 20 july 2009 or on 20 july 2010?")
    assert a.text.startswith("More on 20 July 2009") and "13 against 6" in a.text, a.text
    a = engine.ask(
        "how many people were on the iss on new year's day 2006, compared with new year's day 2001?"
    )
    assert "3 against 2" in a.text and "Gidzenko" in a.text, a.text


def test_younger_at_launch_is_the_age_then_not_the_birth_date(engine):
    # Titov was born first but flew two years earlier: 25 against her 26
    a = engine.ask("who was younger at launch, gherman titov or valentina tereshkova?")
    assert a.text.startswith("Gherman Titov was younger") and "25" in a.text, a.text


def test_short_flights_compared_in_hours_too(engine):
    a = engine.ask("voskhod 1 or voskhod 2 - which one stayed up longer?")
    assert a.text.startswith("Voskhod 2") and "26 h 2 min" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "must"),
    [
        (
            "Our class is studying China's human spaceflight program. Who made China's first spacewalk, and on what date?",
            "Zhai Zhigang",
        ),
        (
            "My grandmother is Polish. When did the first Polish cosmonaut go to space and what was his name?",
            "Hermaszewski",
        ),
        (
            "We're studying Hungary. Who was the first Hungarian in space, and on which mission did he launch?",
            "Soyuz 36",
        ),
    ],
)
def test_a_sentence_about_the_asker_before_the_question(engine, question, must):
    a = engine.ask(question)
    assert a.answered and must in a.text, a.text


def test_first_flight_with_more_than_one_aboard_is_a_crew_size(engine):
    a = engine.ask("Which mission was the first to carry more than one person into space?")
    assert "Voskhod 1" in a.text and "Kononenko" not in a.text, a.text


def test_a_described_first_is_not_the_threads_person(engine):
    ctx = engine.ask("when did Oleg Kononenko first fly?").context
    a = engine.ask("When did the first Polish cosmonaut go to space and what was his name?", ctx)
    assert "Hermaszewski" in a.text and "Kononenko" not in a.text, a.text


@pytest.mark.parametrize(
    ("question", "must", "never"),
    [
        (
            "before john glenn's 1998 flight, who was the oldest person to have flown in space?",
            "Story Musgrave",
            "STS-95",
        ),
        ("what was the longest spaceflight before polyakov's record?", "Manarov", "437 days"),
        ("what was the longest spaceflight before Soyuz TM-18?", "Manarov", "I have no record"),
    ],
)
def test_a_ranking_as_it_stood_before_someones_flight(engine, question, must, never):
    a = engine.ask(question)
    assert must in a.text and never not in a.text, a.text


def test_which_of_them_came_back_first(engine):
    ctx = engine.ask("who launched on soyuz ms-24?").context
    a = engine.ask("which of them came back first?", ctx)
    assert a.text.startswith("Loral O'Hara came back first") and "6 April 2024" in a.text, a.text


def test_which_of_the_landing_crew_did_not_launch_on_it(engine):
    ctx = engine.ask("who landed on soyuz tma-11 in april 2008").context
    a = engine.ask("which of them didnt launch on that soyuz", ctx)
    assert "Yi So-yeon" in a.text and "Whitson" not in a.text and "TMA-12" in a.text, a.text
    ctx = engine.ask("who flew on Soyuz 5?").context
    a = engine.ask("and which of them came home in Soyuz 4?", ctx)
    assert "Khrunov" in a.text and "Yeliseyev" in a.text and "Volynov" not in a.text, a.text


def test_a_person_in_the_thread_keeps_the_flight_the_thread_found(engine):
    out = [engine.ask("which vostok pilot made the longest solo flight?")]
    out.append(engine.ask("who was up in orbit at the same time as him?", out[-1].context))
    out.append(engine.ask("when did he come down?", out[-1].context))
    assert "19 June 1963" in out[-1].text and "Vostok 5" in out[-1].text, out[-1].text


def test_a_station_spacewalk_sets_the_walkers_trip(engine):
    ctx = engine.ask("who did the first all-woman spacewalk?").context
    a = engine.ask("how long did it last?", ctx)
    assert "7 h 17 min" in a.text, a.text
    a = engine.ask("when did koch come back to earth?", a.context)
    assert "6 February 2020" in a.text and "Artemis" not in a.text, a.text


def test_ever_in_a_thread_asks_about_the_career(engine):
    ctx = engine.ask("was chris hadfield ever aboard mir?").context
    a = engine.ask("did he ever command the iss?", ctx)
    assert a.text.startswith("Yes") and "Expedition 35" in a.text, a.text
    a = engine.ask("more than once?", a.context)
    assert a.text.startswith("No") and "once" in a.text, a.text


def test_both_sides_of_a_handover_in_one_question(engine):
    a = engine.ask("who did Hadfield take over from, and who took over from him?")
    assert "Kevin Ford" in a.text and "Pavel Vinogradov" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "verdict", "must"),
    [
        ("did al worden walk on the moon?", "No", "command module"),
        ("did gene cernan land on the moon on apollo 10?", "No", "Apollo 17"),
        ("was georgy dobrovolsky ever aboard a space station?", "Yes", "Salyut 1"),
        ("was kalpana chawla ever aboard mir?", "No", "STS-107"),
    ],
)
def test_a_no_or_yes_says_the_deciding_fact(engine, question, verdict, must):
    a = engine.ask(question)
    assert a.text.startswith(verdict) and must in a.text, a.text


def test_most_spacewalks_by_one_person_is_no_crew_size(engine):
    a = engine.ask("most spacewalks ever by one person?")
    assert "Solovyev" in a.text and "16" in a.text, a.text
    a = engine.ask("Was Shenzhou 5 crewed by one person?")
    assert a.text.startswith("Yes"), a.text


def test_when_a_person_passed_a_total_time(engine):
    a = engine.ask("when did kononenko pass 1000 days in space")
    assert "4 June 2024" in a.text, a.text


def test_an_expeditions_length_gives_its_crews_flight_too(engine):
    a = engine.ask("how long did expedition 7 last?")
    assert "177 days" in a.text and "184 days" in a.text and "Malenchenko" in a.text, a.text


def test_the_only_one_on_all_five_orbiters(engine):
    a = engine.ask("who was the first person to fly on all five space shuttle orbiters?")
    assert "Story Musgrave" in a.text and "STS-80" in a.text and "Gagarin" not in a.text, a.text


def test_who_took_the_record_from_him(engine):
    ctx = engine.ask("how much total time in space did krikalev end up with?").context
    a = engine.ask("who took that record from him?", ctx)
    assert a.text.startswith("Gennady Padalka passed") and "2015" in a.text, a.text
    ctx = engine.ask("As of 2020, who had the most total time in space?").context
    ctx = engine.ask("how many flights did that take?", ctx).context
    a = engine.ask("who beat him?", ctx)
    assert a.text.startswith("Oleg Kononenko passed") and "4 February 2024" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "verdict", "must"),
    [
        ("True or false: Jim Lovell walked on the Moon.", "No", "Lovell"),
        ("True or false: Yuri Gagarin flew into space twice.", "No", "Vostok 1"),
        ("True or false: Story Musgrave flew on all five Space Shuttle orbiters.", "Yes", "STS-80"),
        (
            "True or false: Valeri Polyakov launched and landed in the same Soyuz on his 437-day flight.",
            "No",
            "Soyuz TM-20",
        ),
    ],
)
def test_true_or_false_is_a_claim_check(engine, question, verdict, must):
    a = engine.ask(question)
    assert a.text.startswith(verdict) and must in a.text, a.text


def test_arab_is_a_group_of_nations(engine):
    a = engine.ask("Who was the first Arab to fly in space, and on which shuttle flight?")
    assert "Sultan bin Salman" in a.text and "STS-51-G" in a.text, a.text


def test_frenchwoman_is_french_and_a_woman_and_mother_is_not_just_a_woman(engine):
    a = engine.ask("Who was the first Frenchwoman in space?")
    assert "Claudie Haigneré" in a.text, a.text
    a = engine.ask("Who was the first American mother to fly in space?")
    assert "Sally Ride" not in a.text, a.text


def test_commander_of_the_flight_described_by_its_spacewalk(engine):
    a = engine.ask(
        "Which cosmonaut commanded Voskhod 2, the flight on which Leonov made the first spacewalk?"
    )
    assert "Pavel Belyayev" in a.text, a.text
    a = engine.ask("who commanded the flight on which leonov made the first spacewalk?")
    assert "Pavel Belyayev" in a.text, a.text


def test_what_had_he_flown_before_the_threads_flight(engine):
    ctx = engine.ask("who flew crew dragon demo-2?").context
    a = engine.ask("what had hurley flown before?", ctx)
    assert "STS-127" in a.text and "STS-135" in a.text, a.text
    a = engine.ask("who commanded the second of those?", a.context)
    assert "Christopher Ferguson" in a.text, a.text


def test_a_claimed_failure_to_dock_is_checked_as_a_failure(engine):
    a = engine.ask("Soyuz 33 failed to dock with Salyut 6, right?")
    assert a.text.startswith("Yes"), a.text
    a = engine.ask("Soyuz 26 failed to dock with Salyut 6, right?")
    assert a.text.startswith("No"), a.text


@pytest.mark.parametrize(
    ("question", "verdict", "must"),
    [
        ("was christa mcauliffe ever in space?", "No", "never reached space"),
        ("did vladimir komarov come back ok from soyuz 1?", "No", "did not survive"),
        ("was sultan al neyadi the first arab to do a spacewalk?", "Yes", "Al Neyadi"),
        ("was Steve Bowen the first Arab to do a spacewalk?", "No", "Al Neyadi"),
    ],
)
def test_checks_that_hinge_on_what_happened(engine, question, verdict, must):
    a = engine.ask(question)
    assert a.text.startswith(verdict) and must in a.text, a.text


def test_not_from_america_or_russia_leaves_out_soviets_too(engine):
    a = engine.ask("who was the first person in space that wasnt from america or russia")
    assert "Vladimír Remek" in a.text, a.text


def test_commander_of_the_first_all_civilian_crew(engine):
    a = engine.ask("who commanded the first all-civilian crew to reach orbit?")
    assert "Inspiration4" in a.text and "Isaacman" in a.text and "Dobrovolsky" not in a.text, a.text


def test_was_he_a_doctor_is_his_occupation(engine):
    ctx = engine.ask("who stayed in space the longest time ever in one trip?").context
    a = engine.ask("was he a doctor?", ctx)
    assert a.text.startswith("Yes") and "physician" in a.text, a.text


def test_a_place_claimed_for_a_persons_landing(engine):
    a = engine.ask("did Peggy Whitson land in Kazakhstan on her last flight?")
    assert a.text.startswith("No") and "Pacific" in a.text, a.text


def test_again_after_his_program_flight(engine):
    a = engine.ask("did john glenn go back to space after his mercury flight?")
    assert a.text.startswith("Yes") and "STS-95" in a.text, a.text


def test_after_a_flight_still_up_is_after_its_launch(engine):
    a = engine.ask("who are the crew of the soyuz that launches after ms-28")
    assert not a.answered and "241" not in a.text, a.text
    a = engine.ask("who flew on the soyuz that launched after ms-27?")
    assert "Soyuz MS-28" in a.text, a.text


def test_a_day_said_in_brackets(engine):
    a = engine.ask("who was on the iss the day atlantis landed for the last time (july 21 2011)")
    assert "21 July 2011" in a.text and "Fossum" in a.text, a.text


def test_a_shuttle_missions_spacewalks_are_made_while_it_flew(engine):
    a = engine.ask("how many spacewalks did sts-116 do?")
    assert a.text.startswith("4 spacewalks"), a.text


def test_which_women_commanded_up_to_a_date_lists_them(engine):
    a = engine.ask("which women commanded an iss expedition up to the end of 2024?")
    assert "4 women" in a.text and "Cristoforetti" in a.text, a.text


@pytest.mark.parametrize(
    ("question", "verdict", "must"),
    [
        ("Confirm: Aurora 7 was flown by Wally Schirra in May 1962?", "No", "Scott Carpenter"),
        ("Is it right that Skylab 2 was crewed by Conrad, Kerwin and Weitz?", "Yes", "all aboard"),
        ("Is it right that Skylab 2 was crewed by Conrad, Kerwin and Lousma?", "No", "Lousma"),
        ("Confirm Gemini 7 was Frank Borman and Jim Lovell?", "Yes", "both aboard"),
    ],
)
def test_journalists_crew_checks(engine, question, verdict, must):
    a = engine.ask(question)
    assert a.text.startswith(verdict) and must in a.text, a.text


def test_names_and_who_completes_the_crew(engine):
    a = engine.ask("Apollo 7 crew for a caption: Schirra, Eisele and who?")
    assert a.text.startswith("Walter Cunningham"), a.text


def test_how_many_flew_on_a_ranked_flight_is_counted(engine):
    a = engine.ask("how many people flew on the last space shuttle mission?")
    assert "4 crew" in a.text and "STS-135" in a.text, a.text


def test_how_many_astronauts_on_a_named_flight_is_counted(engine):
    a = engine.ask("How many astronauts were on Columbia's final flight, STS-107?")
    assert "7 crew" in a.text, a.text


def test_which_countries_of_a_crew_and_by_a_date(engine):
    a = engine.ask("which countries were the ax-3 crew from?")
    assert "Turkey" in a.text and "Italy" in a.text and "Sweden" in a.text, a.text
    a = engine.ask("which countries had put someone into space by the end of 1980?")
    assert a.text.startswith("9 countries") and "Vietnam" in a.text and "Cuba" in a.text, a.text


@pytest.mark.parametrize(
    "question",
    [
        "who did the first untethered spacewalk with the jetpack thing",
        "On what date did Bruce McCandless make the first untethered spacewalk with the MMU?",
        "first untethered eva",
    ],
)
def test_a_spacewalk_described_by_what_its_record_says(engine, question):
    a = engine.ask(question)
    assert a.answered and "STS-41-B EVA 1" in a.text and "7 February 1984" in a.text, a.text


def test_the_first_of_a_walks_crew_is_the_one_who_led_it(engine):
    a = engine.ask("Is it right that Bob Stewart made the first untethered spacewalk with the MMU?")
    assert a.text.startswith("No") and "McCandless" in a.text, a.text


def test_a_moonwalk_check_on_a_named_flight_checks_the_person(engine):
    """'Did Roosa walk on the Moon during Apollo 14?' had said yes because Apollo 14 landed."""
    a = engine.ask("did stuart roosa walk on the moon during apollo 14?")
    assert a.text.startswith("No") and "Shepard" in a.text and "Mitchell" in a.text
    b = engine.ask("did buzz aldrin walk on the moon on apollo 12?")
    assert b.text.startswith("No") and "Apollo 11" in b.text
    c = engine.ask("did alan bean walk on the moon on apollo 12?")
    assert c.text.startswith("Yes")


def test_flying_after_a_named_flight_is_a_later_flight(engine):
    a = engine.ask("did liu yang go back to space after shenzhou 9?")
    assert a.text.startswith("Yes") and "Shenzhou 14" in a.text
    b = engine.ask("did yang liwei go back to space after shenzhou 5?")
    assert b.text.startswith("No")


def test_a_no_about_a_persons_flight_says_what_went_wrong(engine):
    a = engine.ask("did georgi ivanov's soyuz 33 dock with salyut 6?")
    assert a.text.startswith("No") and "failed to dock" in a.text


def test_two_orbiters_compared_by_flights(engine):
    """'Did Columbia or Atlantis fly more missions?' had said 'Yes. Columbia flew 61'."""
    a = engine.ask("did columbia or atlantis fly more missions?")
    assert a.text.startswith("Atlantis flew more") and "33" in a.text and "28" in a.text


def test_both_asks_each_person_not_a_flight_they_shared(engine):
    a = engine.ask("did armstrong and aldrin both fly on gemini?")
    assert a.text.startswith("Yes") and "Gemini 8" in a.text and "Gemini 12" in a.text, a.text
    a = engine.ask("jerry ross and franklin chang-diaz both flew 7 times, true?")
    assert a.text.startswith("Yes") and "never flew together" not in a.text, a.text
    # "the same mission" is together, and they never were
    a = engine.ask("did sally ride and judith resnik both fly on the same shuttle mission?")
    assert a.text.startswith("No"), a.text


def test_a_flight_of_another_program_after_before_is_a_moment(engine):
    a = engine.ask("did armstrong fly on gemini before apollo 11?")
    assert a.text.startswith("Yes") and "Gemini 8" in a.text, a.text


def test_a_record_claimed_for_someone_is_checked_against_the_holder(engine):
    # "yes" had come because Padalka has some time in space, not because he holds the record
    a = engine.ask("padalka still has the record for most total days in space right?")
    assert a.text.startswith("No") and "Kononenko" in a.text, a.text
    a = engine.ask("does kononenko hold the record for most time in space?")
    assert a.text.startswith("Yes"), a.text


def test_who_held_a_record_before_someone(engine):
    a = engine.ask("before kononenko, who held the record for most total days in space")
    assert "Padalka" in a.text, a.text
    out = []
    ctx = None
    for q in ("who's the record holder for most total days in space", "whose record did he beat"):
        r = engine.ask(q, ctx)
        ctx = r.context
        out.append(r)
    assert "Kononenko" in out[0].text and "Padalka" in out[1].text, out[1].text


def test_whether_a_flight_reached_orbit(engine):
    a = engine.ask("Was Alan Shepard's Freedom 7 flight an orbital flight?")
    assert a.text.startswith("No") and "suborbital" in a.text and "no flight of" not in a.text
    assert engine.ask("did vostok 1 reach orbit?").text.startswith("Yes")


def test_oldest_at_the_time_of_his_flight(engine):
    # Musgrave, 61 on STS-80 in 1996, was the oldest to fly until Glenn in 1998
    a = engine.ask("Story Musgrave was 61 on STS-80 — was he the oldest person to fly in space "
                   "at that point?")  # fmt: skip
    assert a.text.startswith("Yes") and "Musgrave" in a.text, a.text
    a = engine.ask("was musgrave the oldest person in space?")
    assert a.text.startswith("No") and "Glenn" in a.text, a.text


def test_a_claim_about_a_craft_it_does_not_name_is_not_confirmed(engine):
    a = engine.ask("Our draft says Gagarin stayed inside his capsule all the way to touchdown. "
                   "Correct?")  # fmt: skip
    assert not a.answered and not a.text.startswith("Yes"), a.text


def test_a_capsule_name_claimed_for_the_wrong_astronaut(engine):
    a = engine.ask("Scott Carpenter's Mercury capsule was called Faith 7, right?")
    assert a.text.startswith("No") and "Aurora 7" in a.text and "Cooper" in a.text, a.text
    a = engine.ask("gordon cooper's capsule was called faith 7, right?")
    assert a.text.startswith("Yes"), a.text


def test_call_signs_the_records_do_not_hold_and_orbit_counts_they_do(engine):
    ctx = engine.ask("first woman in space?").context
    a = engine.ask("what was her call sign?", ctx)
    assert not a.answered and "Native spelling" not in a.text, a.text
    ctx = engine.ask("who was the first american in orbit?").context
    a = engine.ask("how many times did he go round", ctx)  # (data/orbits.csv)
    assert a.answered and "3 orbits" in a.text, a.text


def test_a_ranked_claim_with_a_length_checks_both(engine):
    a = engine.ask("Skylab 4 was the longest Skylab mission at about 84 days?")
    assert a.text.startswith("Yes"), a.text
    a = engine.ask("Skylab 3 was the longest Skylab mission at about 59 days?")
    assert a.text.startswith("No") and "Skylab 4" in a.text, a.text


def test_was_he_the_second_pole_who_was_the_first(engine):
    a = engine.ask("Sławosz Uznański-Wiśniewski on Ax-4 — was he the second Pole in space? "
                   "who was the first?")  # fmt: skip
    assert "Hermaszewski" in a.text, a.text


def test_was_a_station_the_first_one(engine):
    a = engine.ask("skylab was the first space station, right?")
    assert a.text.startswith("No") and "Salyut 1" in a.text, a.text
    a = engine.ask("was skylab america's first space station?")
    assert a.text.startswith("Yes"), a.text


def test_suborbital_flights_asked_for_are_declined(engine):
    a = engine.ask("youngest person to fly to space, suborbital included")
    assert not a.answered and "suborbital" in a.text, a.text


def test_a_ranked_flight_claimed_to_have_landed_somewhere(engine):
    a = engine.ask("Our draft says the last shuttle mission landed at Edwards. Correct?")
    assert a.text.startswith("No") and "STS-135" in a.text and "Joe Edwards" not in a.text, a.text
    assert engine.ask("did the first shuttle mission land at edwards?").text.startswith("Yes")


def test_who_held_a_record_before_someone_and_when_they_took_it(engine):
    a = engine.ask("before kononenko, who held the cumulative time in space record, and in what "
                   "year did he take it from krikalev?")  # fmt: skip
    assert "Padalka" in a.text and "2015" in a.text, a.text


def test_broke_a_record_whose(engine):
    a = engine.ask("In February 2024 Oleg Kononenko passed the record for total days in space. "
                   "Whose record was it?")  # fmt: skip
    assert "Padalka" in a.text, a.text
    a = engine.ask("kononenko broke the total time in space record, whose")
    assert "Padalka" in a.text, a.text


def test_which_was_longer_and_who_commanded_it_asks_the_winner(engine):
    for q, winner, cdr in (
        ("which was shorter, apollo 8 or apollo 13, and who commanded the shorter one?",
         "Apollo 13 was shorter", "Lovell"),
        ("which stayed longer, shenzhou 17 or shenzhou 18? who commanded the longer one",
         "Shenzhou 18 was longer", "Ye Guangfu"),
        ("which lasted longer, vostok 5 or vostok 6 — and who flew the longer one?",
         "Vostok 5 was longer", "Bykovsky"),
    ):  # fmt: skip
        a = engine.ask(q)
        # (the winner may be followed by its crew: "Apollo 13 (Jim Lovell, …) was shorter")
        flight, said = winner.split(" was ")
        assert re.match(rf"{flight}( \([^)]*\))? was {said}", a.text) and cdr in a.text, a.text
    # a comparison word without two things compared is no second question
    a = engine.ask("did john glenn go back to space later? which mission")
    assert "STS-95" in a.text, a.text


def test_a_described_person_is_not_ranked_again_by_the_question(engine):
    # the first American on a Soyuz: his Soyuz's date, not his first launch (STS-7 is not
    # "said" by an answer that names STS-71)
    a = engine.ask("on what date did the first american launch on a soyuz?")
    assert "14 March 1995" in a.text and "STS-7 " not in a.text and "1983" not in a.text, a.text
    a = engine.ask(
        "first american to launch on a russian rocket: who, on which soyuz, and on what date?"
    )
    assert "Thagard" in a.text and "went wrong" not in a.text and "1983" not in a.text, a.text


def test_a_lost_flight_is_not_in_space_until_now(engine):
    a = engine.ask("which flights were in orbit at the same time as soyuz t-15?")
    assert "STS-51-L" not in a.text and "now" not in a.text, a.text


def test_which_of_two_flew_that_many_times(engine):
    a = engine.ask("which of them flew twice, dennis tito or charles simonyi?")
    assert a.text.startswith("Charles Simonyi did"), a.text
    b = engine.ask("who flew 7 times, krikalev or padalka?")
    assert b.text.startswith("Neither"), b.text


def test_a_national_record_claimed_of_one_person_checks_the_holder(engine):
    a = engine.ask("scott kelly has the american record for most days in space, right?")
    assert a.text.startswith("No") and "Peggy Whitson" in a.text, a.text
    b = engine.ask("peggy whitson has the american record for most days in space, right?")
    assert b.text.startswith("Yes") and "Peggy Whitson" in b.text, b.text


def test_was_x_one_of_those_who_is_a_yes_or_no_about_x(engine):
    a = engine.ask("was al worden one of the astronauts who walked on the moon?")
    assert a.text.startswith("No") and "Al Worden" in a.text, a.text
    b = engine.ask("was charlie duke one of the men who walked on the moon?")
    assert b.text.startswith("Yes"), b.text


def test_two_stations_on_one_trip_is_checked(engine):
    a = engine.ask("did kizim and solovyov get to two different space stations on one mission?")
    assert a.text.startswith("Yes") and "Salyut 7" in a.text and "Mir" in a.text, a.text
    b = engine.ask("did shannon lucid visit two different space stations on one flight?")
    assert a.answered and b.text.startswith("No"), b.text


def test_time_compared_as_commander_says_so_and_the_leader_is_no_seat(engine):
    a = engine.ask("who logged more days in orbit as commander, Padalka or Kononenko?")
    assert "as commander" in a.text and "911 days" in a.text, a.text
    b = engine.ask("kononenko or padalka, who has more total time up there? and the leader's days?")
    assert "1110 days" in b.text and "as commander" not in b.text, b.text


def test_days_said_of_one_side_compare_time_not_flights(engine):
    a = engine.ask("Krikalev has about 803 days. does Padalka have more or less?")
    assert "Gennady Padalka spent more time" in a.text and "flew more often" not in a.text, a.text


def test_a_statement_about_a_person_then_a_question_with_he(engine):
    a = engine.ask("Valeri Polyakov set the long-stay record on Mir. How many times did he fly?")
    assert "2 times" in a.text or "twice" in a.text, a.text


def test_a_statement_with_a_question_mark_is_a_claim_to_check(engine):
    a = engine.ask("Tim Peake's first flight was on a Crew Dragon?")
    assert a.text.startswith("No") and "Soyuz TMA-19M" in a.text, a.text
    b = engine.ask("Nichole Ayers flew on Crew-10 with Anne McClain?")
    assert b.text.startswith("Yes"), b.text
    c = engine.ask("the last shuttle flight was STS-135?")
    assert c.text.startswith("Yes"), c.text
    # a noun phrase ending in a verb is still a question, not a claim
    d = engine.ask("longest single spaceflight ever flown?")
    assert "Polyakov" in d.text and not d.text.startswith(("Yes", "No")), d.text


def test_an_orbiter_said_with_a_ranked_flight_is_part_of_the_claim(engine):
    a = engine.ask("was the first shuttle flight STS-1 on Challenger?")
    assert a.text.startswith("No") and "Columbia" in a.text, a.text


def test_a_claimed_first_with_a_qualifier_no_filter_reads_is_not_a_wrong_no(engine):
    a = engine.ask("was Gui Haichao the first Chinese civilian in space?")
    assert a.text.startswith("Yes"), a.text
    b = engine.ask("was Yang Liwei the first Chinese civilian in space?")
    assert not b.text.startswith("Yes"), b.text


def test_a_docking_denied_says_what_the_flight_did(engine):
    a = engine.ask("did polaris dawn dock with the space station?")
    assert a.text.startswith("No") and "did not dock" in a.text, a.text


def test_the_day_asked_after_what_happened_is_that_events_day(engine):
    a = engine.ask("Columbia broke up in early 2003, on what day?")
    assert "1 February 2003" in a.text and "launched" not in a.text.split(".")[0], a.text


def test_a_claim_then_a_question_answers_both(engine):
    a = engine.ask("Crew-1 splashed down on 2 May 2021? and who commanded it")
    assert a.text.startswith("Yes") and "Hopkins" in a.text, a.text
    b = engine.ask(
        "Alan Shepard was the first American in orbit, right? when did that flight launch?"
    )
    assert b.text.startswith("No") and "Glenn" in b.text, b.text


def test_an_ordinal_in_digits_is_a_place_claimed(engine):
    a = engine.ask("tereshkova was the 1st woman in space - when did she launch")
    assert a.text.startswith("Yes") and "16 June 1963" in a.text, a.text


def test_a_module_claimed_for_the_wrong_flight(engine):
    a = engine.ask("STS-98 carried the Destiny lab, right?")
    assert a.text.startswith("Yes"), a.text
    b = engine.ask("STS-98 carried Harmony, right?")
    assert b.text.startswith("No") and "STS-120" in b.text, b.text


def test_has_spent_n_days_is_the_career(engine):
    a = engine.ask("Wang Yaping has only spent 15 days in space, right?")
    assert a.text.startswith("No") and "over 2 flights" in a.text, a.text


def test_a_comparison_with_nothing_named_is_not_a_no(engine):
    a = engine.ask("axiom-2 ended up longer than planned, right?")
    assert not a.text.startswith(("No", "Yes")), a.text


def test_a_lost_orbiter_on_the_wrong_month_is_a_no(engine):
    a = engine.ask("challanger blew up in february 1986?")
    assert a.text.startswith("No") and "28 January 1986" in a.text, a.text


def test_after_a_false_claim_the_question_is_of_the_persons_own_flight(engine):
    a = engine.ask("gagarin flew vostok 2? when was his flight")
    assert a.text.startswith("No") and "12 April 1961" in a.text, a.text


def test_a_yes_or_no_then_who_else(engine):
    a = engine.ask("was Gidzenko on Expedition 1? who else?")
    assert a.text.startswith("Yes") and "Shepherd" in a.text and "Krikalev" in a.text, a.text


def test_an_age_claimed_at_the_moon_landing(engine):
    a = engine.ask("edgar mitchell was 40 when he walked on the moon?")
    assert a.text.startswith("Yes") and "Apollo 14" in a.text, a.text
    b = engine.ask("was charlie duke 45 when he walked on the moon?")
    assert b.text.startswith("No") and "36" in b.text, b.text
    c = engine.ask("john glenn was 77 when he flew on sts-95?")
    assert c.text.startswith("Yes"), c.text


def test_a_checked_landing_day_is_said(engine):
    a = engine.ask("soyuz ms-25 with tracy dyson landed 23 sept 2024 right?")
    assert a.text.startswith("Yes") and "23 September 2024" in a.text, a.text


def test_longer_than_a_day_said_of_a_named_flight(engine):
    a = engine.ask("was yang liwei's shenzhou 5 flight longer than a day?")
    assert a.text.startswith("No") and "21 h 22 min" in a.text, a.text
    b = engine.ask("did titov's vostok 2 flight last more than a day?")
    assert b.text.startswith("Yes"), b.text


def test_two_flights_compared_say_who_flew_each_small_crew(engine):
    a = engine.ask("which flight was longer, vostok 5 or vostok 6?")
    assert a.text.startswith("Vostok 5 (Valery Bykovsky) was longer"), a.text
    assert "Vostok 6 (Valentina Tereshkova)" in a.text, a.text


def test_two_peoples_flights_compared_with_one_flight_named(engine):
    a = engine.ask("gagarin's flight vs glenn's friendship 7, which was longer")
    assert a.text.startswith("John Glenn's was longer") and "Vostok 1" in a.text, a.text
    b = engine.ask("was gagarin's flight longer than glenn's friendship 7 orbit flight?")
    assert b.text.startswith("No"), b.text


def test_who_flew_first_and_by_how_many_days(engine):
    a = engine.ask("Who flew first, Shepard or Gagarin, and by how many days?")
    assert a.text.startswith("Yuri Gagarin flew first") and "23 days" in a.text, a.text


def test_longer_or_shorter_is_answered_with_which_not_yes_or_no(engine):
    a = engine.ask("was gemini 7 longer or shorter than gemini 5?")
    assert not a.text.startswith(("Yes", "No")) and "Gemini 7" in a.text and "longer" in a.text, (
        a.text
    )


def test_a_crew_named_beside_its_flight_compares_their_stay(engine):
    # Soyuz 26 itself came home after 37 days with another crew; Romanenko and Grechko stayed 96
    a = engine.ask("which was longer, soyuz 26 (romanenko and grechko) or skylab 4?")
    assert a.text.startswith("Soyuz 26") and "96 days" in a.text, a.text


def test_an_age_comparison_with_a_when_clause_is_still_a_yes_or_no(engine):
    a = engine.ask("was Pete Conrad older than Alan Bean when they walked on the moon?")
    assert a.text.startswith("Yes") and "Conrad" in a.text, a.text
    b = engine.ask("was tereshkova older than sally ride when they flew?")
    assert b.text.startswith("No"), b.text
