"""Word lists the engine reasons with: what is never a name, and what names a question."""

from __future__ import annotations

# Words that are never a person's name in a question, even when a surname is spelt the same
# way: these are only linked to a person when typed with a capital ("Love", "Good").
COMMON = frozenset(
    """
a about above after again against ago all almost alone along already also although always am
among an and another any anyone anything are around as ask at away back be became because
become been before began begin being below best better between big both bring brought but by
call called came can capital capsule cause change city come comes coming could country crew
crews current day days did do does doing done down during each early earth eat end enough
even ever every exactly fact far few final find first five flew flight flights fly flying for
four from full gave get gets getting give go goes going gone good got great had half happen
happened has have having he her here hers him his home hope how however i if in inside into
is it its itself just keep kind knew know known land landed landing last late later least
left less let like little live lived living long look lot love made make many may me mean
might mission missions more most much must my name names near need never new next night nine
no none nor not now number of off often old on once one only onto or other our out over own
part people person place please quick quickly read really return returned right said same
saw say second see seven she should show since six so some someone something soon space spent
start station still such take taken team tell ten than thank thanks that the their them then
there these they thing think third this those though three through time times to today
together told too took top total toward two under until up upon us use used very want was
way we week well went were what when where which while who whole whom whose why will wish with
within without won word work world would year years yes yet you young your
ford wolf brown walker love good hope king long white black green may rose young little
husband wife son daughter father brother sister friend ride
""".split()
)

# Question words that mark what is being asked; kept out of fuzzy name matching.
DOMAIN = frozenset(
    """
astronaut astronauts cosmonaut cosmonauts taikonaut taikonauts spacewalk spacewalks eva
launch launched launches liftoff lift lifted blast blasted takeoff pad cosmodrome centre
center site touchdown touch splashdown splash splashed landing landings landed land lands
expedition expeditions commander commanded command commanding captain aboard board onboard
docked docking undocked undocking dock orbit orbiting spacecraft vehicle vehicles rocket
shuttle soyuz dragon starliner shenzhou skylab salyut mir iss tiangong station stations
long longest shortest duration stay stays record records woman women female male man men
member members visited visit visitors agency nationality country born birthday birth age
call sign callsign radio delivered deliver payload module modules carried carry brought
recovery ship ships together same who what when where which how many much days hours minutes
total altogether cumulative combined flown spaceflight spaceflights mission missions flight
flights crew crews person people came come back home return returned returning get got
""".split()
)

STOP = COMMON | DOMAIN

LAUNCH_WORDS = frozenset(
    "launch launched launches launching liftoff lift lifted blast blasted takeoff took "
    "take go went up ascent".split()
)
LANDING_WORDS = frozenset(
    "land landed landing lands touchdown touch touched splash splashed splashdown "
    "return returned returning back home down came come reentry recovered".split()
)
PROGRAM_WORDS = {
    "soyuz": "soyuz",
    "shuttle": "shuttle",
    "orbiter": "shuttle",
    "dragon": "dragon",
    "spacex": "dragon",
    "starliner": "starliner",
    "boeing": "starliner",
    "shenzhou": "shenzhou",
    "apollo": "apollo",
}

# Words that name kinds of flights and expeditions; a typo of one of these is corrected
# before linking ("expidition", "shenzou", "commandr").
VOCABULARY = sorted(
    DOMAIN
    | {"expedition", "shenzhou", "soyuz", "shuttle", "skylab", "salyut", "tiangong"}
    | {"commander", "crew", "launch", "landing", "spacewalk", "starliner", "dragon", "axiom"}
    | {"apollo", "gemini", "vostok", "voskhod"}
    # the Shuttle orbiters, whose names are misspelt as often as the programs'
    | {"challenger", "columbia", "discovery", "atlantis", "endeavour"}
)

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
