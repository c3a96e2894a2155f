"""Reading a linked question into a `Query`, accounting for every word.

Spans are claimed in order: entities (linking.py), dates (dates.py), lexicon phrases
(longest first), filler. What is left is `unparsed`; the engine declines a question whose
unparsed words could change its meaning, naming them, instead of answering part of it.

Clauses: "who commanded soyuz ms-09 and when did it land?" is two parts sharing one
subject; a new part starts at a question word once the current one asks something.
"""

from __future__ import annotations

import re
from itertools import pairwise

from ..store.names import fold
from .claims import UNITS, WORD_NUMBERS, Claim, claim_op
from .dates import MONTHS, DateSpan, find_dates
from .lexicon import (
    AUXILIARIES,
    FILLER,
    MAX_PHRASE,
    PHRASES,
    QUESTION_WORDS,
    SOFT,
    Word,
    is_nation,
    is_ordinal,
)
from .linking import Linked
from .query import OPPOSITE, Part, Query, When

_NEIGHBOUR_NOUNS = frozenset({"expedition", "flight", "mission", "crew", "increment", "one"})
_BEFORE = {"before", "until", "by", "prior", "up", "as", "till", "through", "of"}
_AFTER = {"after", "since", "from", "later"}
_PROGRAM_NOUNS = frozenset({"shuttle", "soyuz", "apollo", "gemini", "dragon", "shenzhou",
                            "mercury", "vostok", "voskhod", "skylab", "space", "iss", "mir"})  # fmt: skip
_HEAD_NOUNS = frozenset({"flight", "mission", "station", "capsule", "spacecraft", "crew", "trip",
                         "spaceship", "ship", "outpost", "lab", "laboratory"})  # fmt: skip
_NEGATED = frozenset({"didn", "doesn", "don", "isn", "wasn", "weren", "hasn", "haven", "hadn",
                      "aren", "didnt", "wasnt", "isnt", "werent", "hasnt", "doesnt"})  # fmt: skip
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten".split())
_COUNTED = frozenset({"flights", "missions", "spaceflights", "spacewalks", "evas", "trips"})
_QUANTIFIED = (["the"], ["which"], ["those"], ["these"], ["all"], ["both"], ["of"], ["other"],
               ["what"], ["his"], ["her"], ["their"], ["first"], ["last"])  # fmt: skip
_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute"})
# "a Russian rocket", "an American capsule": the nation names the vehicle, not a person
_CRAFT_WORDS = frozenset({"rocket", "rockets", "spacecraft", "capsule", "capsules", "vehicle",
                          "spaceship", "ship", "craft"})  # fmt: skip
_MAKERS = {
    "Russia": frozenset({"soyuz", "vostok", "voskhod"}),
    "Soviet Union": frozenset({"soyuz", "vostok", "voskhod"}),
    "China": frozenset({"shenzhou"}),
    "United States": frozenset({"mercury", "gemini", "apollo", "shuttle", "dragon", "starliner"}),
}
_RELATIVE = {"after": "after", "since": "after", "following": "after", "before": "before",
             "until": "before", "till": "before", "prior": "before"}  # fmt: skip
_KIND_OF_MENTION = {
    "people": "people",
    "flights": "flights",
    "expeditions": "expeditions",
    "stations": "stations",
    "modules": "modules",
    "spacecraft": "spacecraft",
}


def _find(tokens: list[str], words: list[str], used: list[bool]) -> int:
    n = len(words)
    for i in range(len(tokens) - n + 1):
        if tokens[i : i + n] == words and not any(used[i : i + n]):
            return i
    return -1


_UNITS = frozenset(
    "day days d hours hour h minutes minute min years year months month weeks week people ppl "
    "persons astronauts cosmonauts taikonauts crew crewmembers members times flights missions "
    "record men women guys person seats".split()
)
_GENERIC_DET = frozenset({"a", "any", "which", "what", "every", "each", "some"})
_CHAT = frozenset(
    "yo yoo yooo lol lmao hey hi hello ok okay so soo sooo wait hmm um uh well quick q question btw "
    "and also then but oh different another new".split()
)
_PLEASE = frozenset({"please", "pls", "plz", "thanks", "thx", "ty"})
_PLURAL_WORDS = frozenset(
    {"people", "crew", "crews", "astronauts", "cosmonauts", "taikonauts", "men", "women", "ones",
     "persons", "were", "guys", "members", "residents"}
)  # fmt: skip
# surnames that are also verbs or nouns a question uses ("did she ride", "when did he land")
_VERB_NAMES = frozenset({"ride", "land", "young", "shepherd", "cooper", "walker", "white", "bean",
                         "long", "love", "hope", "rich", "fisher", "mann", "king"})  # fmt: skip
# lexicon flags -> the Query field each one sets
_FLAGS = {"resident": "resident", "allprivate": "all_private", "allfemale": "all_female",
          "moon": "moon", "orbital": "orbital", "single": "single", "uncrewed": "uncrewed"}  # fmt: skip
_EXCEPT_TWO = (["other", "than"], ["apart", "from"], ["aside", "from"], ["except", "for"],
               ["not", "counting"])  # fmt: skip
_PERSON_NOUNS = frozenset(
    "person people astronaut astronauts cosmonaut cosmonauts taikonaut taikonauts woman women "
    "man men crew tourist who".split()
)
_PRIMARY = frozenset(
    {"when", "where", "time", "duration", "flight", "flights", "vehicle", "ship", "payload",
     "docking", "nationality", "agency", "born", "age", "total", "expedition", "handover",
     "callsign", "story", "how", "name", "module", "with", "together"}
)  # fmt: skip


_NUMBERED_PARTS = frozenset({"chapter", "section", "page", "pages", "episode", "part", "slide",
                             "lesson", "unit", "grade", "step", "issue", "volume"})  # fmt: skip
_FROM_WHOM = frozenset({"s", "is", "was", "are", "were", "he", "she", "they", "him", "her",
                        "originally", "exactly", "again"})  # fmt: skip


def parse(raw: str, linked: Linked, name_words=None) -> Query:
    """The query a question asks. Pure: the same words always give the same query.

    `name_words(kind, id)` gives the words of an entity's names, so a stray given name or
    a mistyped prefix next to a linked mention ("chris" in "chris hadfeild") is read as
    part of it rather than left unread.
    """
    tokens = linked.tokens
    q = Query(raw=raw, tokens=list(tokens))
    used = [False] * len(tokens)
    slots: list[tuple[int, Word]] = []  # (position, word) in question order

    # a lone surname that is also a word of the question ("ride", "young", "glenn" is not)
    # is read as the word when the question already names someone else or points back to
    # them: "what spacecraft did she ride on her second flight?" is not about Sally Ride
    pointing = bool({"she", "he", "her", "his", "him", "they", "their"} & set(tokens))
    mentions = [
        m
        for m in linked.mentions
        if not (
            m.kind == "people"
            and m.end - m.start == 1
            and (_is_lexicon_word(tokens[m.start]) or (pointing and tokens[m.start] in _VERB_NAMES))
        )
    ]
    for m in list(mentions):
        before = tokens[m.start - 1] if m.start > 0 else ""
        generic = tokens[m.start : m.end] in (["space", "station"], ["station"])
        ranked = before in ("first", "frist", "1st", "second", "third", "last", "earliest")
        if m.kind == "stations" and generic and (before in _GENERIC_DET or ranked):
            # ("the first space station ever": any station, ranked — not the ISS)
            # "a space station" is any station; "which space station" asks for one
            mentions.remove(m)
            for k in range(m.start - (before in ("which", "what")), m.end):
                used[k] = True
            if before in ("which", "what"):
                slots.append((m.start - 1, Word("ask", "station")))
            else:
                slots.append((m.start, Word("station", "any")))
    excluded_end = -1  # where the last person set aside ended: "besides A and B"
    for m in mentions:
        for k in range(m.start, m.end):
            used[k] = True
        if m.start > 0:
            for i in m.ids:
                q.before_mention[i] = tokens[m.start - 1]
        if name_words is not None:
            words = set().union(*(name_words(m.kind, i) for i in m.ids)) if m.ids else set()
            for k in range(m.start - 1, max(m.start - 5, -1), -1):  # "lodewijk van den" berg
                if used[k] or not _like_any(tokens[k], words):
                    break
                used[k] = True
            for k in range(m.end, min(m.end + 3, len(tokens))):
                if (
                    used[k]
                    or not _like_any(tokens[k], words)
                    or tokens[k] in tokens[m.start : m.end]
                ):
                    break  # ("Crew-2: crew list …": the name said, then a word of its own)
                used[k] = True
        if (
            m.kind in ("people", "flights")
            and (
                tokens[m.start - 1 : m.start] in (["besides"], ["except"], ["excluding"])
                # "first Hungarian in space (not Tibor Kapu, the first one)"
                or (tokens[m.start - 1 : m.start] == ["not"] and "first" in tokens[: m.start])
                or tokens[max(m.start - 2, 0) : m.start] in _EXCEPT_TWO
                or (
                    tokens[m.start - 1 : m.start] in (["and"], ["or"])
                    and excluded_end == m.start - 1
                )
            )
        ):
            # "besides Cristoforetti", "besides Schirra and Eisele", "not counting
            # Apollo–Soyuz"
            q.excluded += [i for i in m.ids if i not in q.excluded]
            excluded_end = m.end
            continue
        if m.kind == "people" and len(m.ids) > 1:
            continue  # ambiguous: the engine resolves it
        j = m.start - 1
        while j >= 0 and (tokens[j] in ("the", "that") or tokens[j - 1 : j + 1] == ["prior", "to"]):
            j -= 1
        k = j - (tokens[j] == "on") if j >= 0 else j
        if (
            k >= 2
            and tokens[k] in _WENT
            and tokens[k - 1] in ("he", "she", "they")
            and tokens[k - 2] in ("before", "after")
        ):
            # "before she flew Ax-4", "after he launched on Soyuz TMA-14": the flight's
            # moment, as "before Ax-4" is
            j = k - 2
        lead = tokens[j] if j >= 0 else ""
        if m.kind in ("flights", "spacecraft") and lead in _RELATIVE and not q.flights:
            # "the teacher who flew after Challenger", "who flew before STS-107?": a date
            # set by that flight (the engine, which knows its dates, makes it one)
            used[j] = True
            nxt = tokens[m.end] if m.end < len(tokens) else ""
            q.anchors.append((_RELATIVE[lead], m.kind, tuple(m.ids), nxt))
            continue
        nxt = tokens[m.end] if m.end < len(tokens) else ""
        if (
            m.kind == "stations"
            and lead in ("before", "prior", "until", "till")
            and nxt in ("", "station", "launched", "existed", "opened", "was")
        ):
            # "how many Shenzhou flights were there before the Tiangong station?": a date set
            # by the station's launch, not flights to it
            used[j] = True
            q.anchors.append(("before", "stations", tuple(m.ids), nxt))
            continue
        target = getattr(q, _KIND_OF_MENTION[m.kind])
        for i in m.ids:
            if i not in target:
                target.append(i)
        slots.append((m.start, Word("entity", m.kind)))
    for span in find_dates(raw):
        words = [w for w in fold(span.text).split() if w != "s"]
        words = [w for w in words if w not in ("between", "from")] or words
        i = _find(tokens, words, used)
        if i < 0:
            continue
        if span.annual and any(w.span[:2] == span[:2] for w in q.dates):
            for k in range(i, i + len(words)):
                used[k] = True
            continue  # "on a leap day (29 February)": one day, said twice
        lead = tokens[max(i - 2, 0) : i] + words[:-1]
        if tokens[max(i - 2, 0) : i] == ["up", "to"]:
            used[i - 1] = used[i - 2] = True  # "up to October 2025"
            q.dates.append(When(span, "before"))
            slots.append((i, Word("date", "before")))
            for k in range(i, i + len(words)):
                used[k] = True
            continue
        if lead[-2:] == ["age", "of"] or lead[-1:] == ["aged"]:
            continue  # "at the age of 77": an age to check, not the year 1977
        for k in range(i, i + len(words)):
            used[k] = True
        edge = tokens[max(i - 2, 0) : i]
        if len(edge) == 2 and edge[1] == "of" and edge[0] in ("end", "start", "beginning"):
            # "at the end of 1991": its last day, not the whole year (and not a landing)
            day = span.end if edge[0] == "end" else span.start
            span = DateSpan(day, day, f"{edge[0]} of {span.text}")
            used[i - 1] = used[i - 2] = True
        op = "in"
        j = i - 1
        while j >= 0 and tokens[j] in ("the", "of", "on", "in", "end", "start", "year"):
            j -= 1
        before = tokens[j] if j >= 0 else ""
        if before == "to" and j >= 1 and tokens[j - 1] == "up":
            j -= 1  # "up to the end of October 2025": by then
            before = "up"
        up_not_to = before == "up" and tokens[j + 1 : j + 2] not in (["to"], ["until"], ["till"])
        if (
            before in _BEFORE
            and not up_not_to
            and not (before == "of" and j >= 1 and tokens[j - 1] != "as")
        ):
            op = "before"
            used[j] = True
            if before in ("as", "up", "prior") and j + 1 < len(tokens):
                used[j + 1] = True
        elif before == "later" and j >= 1 and tokens[j - 1].rstrip("s") in _TIME_UNITS:
            pass  # "a year later, 4 July 1997": the day itself, said as a step from the last
        elif before in _AFTER:
            op = "after"
            used[j] = True
        # "before 1962" leaves 1962 out, "by 1962" / "as of 1962" keeps it; "after 2010"
        # starts in 2011, "since 2010" in 2010
        strict = (op == "before" and before in ("before", "prior")) or (
            op == "after" and before in ("after", "later")
        )
        q.dates.append(When(span, op, strict))
        slots.append((i, Word("date", op)))

    named_starts = {m.start for m in mentions if m.kind in ("flights", "stations", "spacecraft")}
    named_ends = {m.end for m in mentions if m.kind in ("flights", "stations", "spacecraft")}
    person_starts = {m.start for m in mentions if m.kind == "people"}
    mention_at = {m.start: m for m in mentions if m.ids}
    i = 0
    n = len(tokens)
    while i < n:
        if used[i]:
            i += 1
            continue
        claimed = _claim_at(tokens, i, used, slots)
        if claimed:
            if claimed[0] is not None:
                q.claims.append(claimed[0])
            elif claimed[1] == 1 and (tokens[i].isdigit() or tokens[i] in WORD_NUMBERS):
                # "who were the 2 Soviets on Apollo–Soyuz?": how many the asker expects
                q.expected = int(tokens[i]) if tokens[i].isdigit() else WORD_NUMBERS[tokens[i]]
            for k in range(i, i + claimed[1]):
                used[k] = True
            i += claimed[1]
            continue
        for size in range(min(MAX_PHRASE, n - i), 0, -1):
            key = tuple(tokens[i : i + size])
            if any(used[i : i + size]):
                continue
            words = PHRASES.get(key) or linked.phrases.get(key)
            if (
                words
                and size > 1
                and key[-1] == "before"
                and tokens[i + size : i + size + 1] in (["that"], ["then"])
            ):
                continue  # "had he flown before that?": "before that" is read as one phrase
            after = tokens[i + size + 1 : i + size + 2]
            if (
                words
                and size > 1
                and key[-1] == "more"
                and tokens[i + size : i + size + 1] == ["than"]
                and after
                and (after[0].isdigit() or after[0] in WORD_NUMBERS or after[0] in _ONCE)
            ):
                continue  # "flown more than twice": a count that follows, not "flown more"
            if (
                words
                and size == 1
                and key[0] in _CRAFT_WORDS
                and i in named_ends
                and {"who", "whom"} & set(tokens[:i])
            ):
                used[i] = True  # "who came down in the TM-21 capsule?": the flight's, not asked
                i += 1
                break
            if words and Word("station", "any") in words and _asks_which(tokens, i):
                # "which lab did Shenzhou 11 visit?", "which space lab": the station is asked
                words = [
                    Word("ask", "station") if w == Word("station", "any") else w for w in words
                ]
            if words:
                for k in range(i, i + size):
                    used[k] = True
                slots.extend((i, w) for w in words)
                i += size
                break
        else:
            t = tokens[i]
            if t in QUESTION_WORDS or t in AUXILIARIES:
                slots.append((i, Word("qword", t)))
            elif t.isdigit() and (
                (i + 1 < n and tokens[i + 1] in _UNITS) or (i + 1 < n and tokens[i + 1] == "go")
            ):
                # "the 211-day record", "4 ppl", "after his 355 days": a value the answer
                # states anyway, not something asked
                if i + 1 < n and not used[i + 1]:
                    used[i + 1] = True
            elif t.isdigit() and tokens[max(i - 2, 0) : i] in (
                ["progress", "m"],
                ["progress", "ms"],
            ):
                pass  # "Progress M-34": a cargo ship's number, named in the event it was in
            elif (
                t in ("early", "late", "mid")
                and tokens[i + 1 : i + 2]
                and (tokens[i + 1] in MONTHS or tokens[i + 1].isdigit())
            ):
                q.remarks.append(t)  # "in late June 2025": the month answers; named as unused
            elif t.isdigit() and tokens[i - 1 : i] and tokens[i - 1] in _NUMBERED_PARTS:
                q.remarks.append(t)  # "Chapter 11 is about …": the asker's page, not a count
            elif (
                t[:-2].isdigit()
                and t[-2:] in ("st", "nd", "rd", "th")
                and 0 < int(t[:-2]) < 1000
                and tokens[i + 1 : i + 2] not in (["birthday"], ["anniversary"], ["birthdays"])
            ):  # ("on his 70th birthday" is no rank)
                slots.append((i, Word("rank", str(int(t[:-2])))))  # "the 24th Shuttle flight"
            elif t.isdigit():
                slots.append((i, Word("number", int(t))))
            elif (
                t.isalpha()
                and t not in SOFT
                and t not in FILLER
                and (
                    (
                        tokens[i - 1 : i] == ["the"]
                        and (
                            i + 1 in named_starts
                            or (
                                tokens[i + 1 : i + 2]
                                and tokens[i + 1] in _HEAD_NOUNS
                                and i + 2 in named_starts
                            )
                        )
                    )  # "the military Salyut 5", "the military station Salyut 3"
                    or (i in named_ends and tokens[i + 1 : i + 2] and tokens[i + 1] in _HEAD_NOUNS)
                    or (
                        # "the actress X and director Y", "with engineer Z": a title before a
                        # name (a verb there, "and replaced Y", would be asked, not described)
                        tokens[i - 1 : i] in (["and"], ["with"])
                        and i + 1 in person_starts
                        and not t.endswith(("ed", "ing"))
                    )
                )
            ):
                # "the military Salyut 5", "the Soyuz 9 endurance flight": a word describing
                # a subject the question names narrows nothing; the answer names it unused
                q.remarks.append(t)
            elif (
                name_words is not None
                and len(t) >= 3
                and t.isalpha()
                and i + 1 in mention_at
                and any(
                    w.startswith(t) and w != t
                    for w in name_words(mention_at[i + 1].kind, mention_at[i + 1].ids[0])
                )  # fmt: skip
            ):
                # "soy tma 19m": the start of a word of the name that follows, cut short
                q.remarks.append(t)
            elif (
                t in _COUNT_WORDS
                and i + 1 < n
                and tokens[i + 1] in _COUNTED
                and tokens[i - 1 : i] not in _QUANTIFIED
            ):
                # "the astronaut with seven flights": a count not applied is never dropped
                # ("the other two flights" only points at flights)
                q.unparsed.append(t)
            elif t not in FILLER and t not in SOFT:
                q.unparsed.append(t)
            used[i] = True
            i += 1

    for k in range(len(tokens) - 2):
        if tokens[k : k + 2] in (["on", "what"], ["in", "what"], ["aboard", "what"]) and tokens[
            k + 2
        ] in ("did", "was", "were", "do"):
            # "…, and on what did they return?": the vehicle is asked
            slots.append((k + 1, Word("ask", "flight")))
    # the last clause's "what" ("…, and what did they launch on?")
    w = max((k for k, t in enumerate(tokens) if t == "what"), default=-1)
    if tokens[-2:] in (["on", "what"], ["aboard", "what"], ["in", "what"]) or (
        w >= 0
        and (w == 0 or tokens[w - 1] == "and")
        and tokens[-1:] in (["on"], ["aboard"], ["in"])
        and tokens[w + 1 : w + 2]
        not in (
            ["day"],
            ["date"],
            ["time"],
            ["year"],
            ["month"],
            ["region"],
            ["area"],
            ["place"],
            ["part"],
            ["ocean"],
            ["sea"],
            ["site"],
            ["country"],
            ["state"],
        )
        and not QUESTION_WORDS & set(tokens[w + 1 :])
    ):  # (not "what day did they get aboard?": a day)
        # "he flew again later, right? on what?", "what did Expedition 1 come home on?":
        # the flight is asked
        slots.append((len(tokens) - 1, Word("ask", "flight")))
    slots.sort(key=lambda s: s[0])
    slots = [s for s in slots if not _names_the_station(s, linked, tokens)]
    _fill(q, slots, tokens)
    nat_at = {pos for pos, w in slots if w.kind == "nat"}
    if (
        q.people
        and q.nat
        and q.rank in ("first", "last")
        and not q.rank_of
        and any(
            (i - 1 in nat_at and tokens[i] == q.rank)
            or (i - 2 in nat_at and tokens[i - 1] == "s" and tokens[i] == q.rank)
            for i in range(len(tokens))
        )
    ):
        # "Jing Haipeng did China's first spacewalk?": the first by a Chinese, not his own
        q.rank_of = "person"
    if (
        len(q.parts) > 1
        and any("handover" in p.asks for p in q.parts)
        and "crew" in tokens
        and {"before", "previous", "earlier", "after", "replaced"} & set(tokens)
        and not {"command", "commander", "commanded"} & set(tokens)
    ):
        # "there was a crew before them that couldn't get in, right? which flight": the
        # flight is the one of the crew before, asked once
        q.parts = [p for p in q.parts if p.asks != {"flight"}] or q.parts
    if (
        q.rank in ("next", "previous")
        and any("handover" in p.asks for p in q.parts)
        and "crew" in tokens
        and any(a in ("after", "before") and b == "them" for a, b in pairwise(tokens))
    ):
        # "next crew after them?": one step on ("next" and "after them" say it twice): the
        # crew that relieved them, not the one that relieved the next
        q.rank = ""
    station_ends = {m.end for m in linked.mentions if m.kind == "stations"}
    if any(t in ("expedition", "expeditions") and i in station_ends for i, t in enumerate(tokens)):
        for p in q.parts:
            if p.asks - {"expedition"} and q.people and not {"which", "what"} & set(tokens):
                # "their 1979 Salyut 6 expedition - how many days?": the stay the station's
                # name describes, not its expedition number asked
                p.asks.discard("expedition")
    low = raw.lower()
    listed = any(f"crew{c}" in low or f"crew {c}" in low for c in ",;")  # "crew, launch date…"
    if (
        "crew" in tokens
        and q.flights
        and (listed or not QUESTION_WORDS & set(tokens))
        and q.parts
        and not any("who" in p.asks for p in q.parts)
        and q.agg in ("one", "list")
        and (
            listed
            or any(
                t == "crew"
                and (
                    # ("… and its 3 crew pls": a closing please ends the list too)
                    [x for x in tokens[i + 1 : i + 2] if x not in _PLEASE] in (["and"], [])
                    # "Apollo 12 crew (all three) and the date they landed"
                    or (tokens[i + 1 : i + 2] == ["all"] and tokens[i + 3 : i + 4] in (["and"], []))
                )
                for i, t in enumerate(tokens)
            )
        )  # fmt: skip
    ):
        # "Soyuz 9: crew and length of the flight?": the crew is asked beside the length
        q.parts.insert(0, Part({"who"}, set(), set()))
    for i in range(len(tokens) - 2):
        if (
            tokens[i] == "the"
            and _is_program_word(tokens[i + 1])
            and tokens[i + 2] in ("they", "he", "she", "it")
            and not any("flight" in p.asks for p in q.parts)
        ):
            # "Expedition 1 crew and the Soyuz they launched on": that flight is asked
            events = {e for p in q.parts for e in p.events} & {"launch", "land"}
            q.parts.append(Part({"flight"}, events, set()))
            break
    if any(c.unit == "stations" for c in q.claims) and {"which", "what"} & set(tokens) and q.parts:
        q.parts[-1].asks.add("station")  # "… visited two stations in one flight - which ones?"
    last = q.parts[-1] if q.parts else None
    if (
        last is not None
        and tokens[-1:] == ["from"]
        and "where" in last.asks
        and set(tokens[tokens.index("where") + 1 : -1]) <= _FROM_WHOM
    ):
        # "where's she from?", "where is Mukai from?": a person's country, not a place or an
        # order ("from" read as "after")
        last.asks = (last.asks - {"where"}) | {"nationality"}
        last.events = set()  # an event carried from the clause before: not this one's
        q.compare = "" if q.compare == "later" else q.compare
    for i, t in enumerate(tokens):
        # "the three longest flights", "top 5 longest spacewalks": the first places, listed
        if t in _SUPERLATIVES and i > 0 and q.rank == t:
            before = tokens[i - 1] if tokens[i - 1] != "top" else ""
            before = before or (tokens[i - 2] if i > 1 else "")
            lead = tokens[i - 2 : i - 1]
            # a digit only after "the" or "top" ("Apollo 7 longest?" names a flight)
            n = (int(before) if before.isdigit() and (lead in (["the"], ["top"]) or
                 tokens[i - 1] == "top") else WORD_NUMBERS.get(before, 0))  # fmt: skip
            if 2 <= n <= 20:
                q.top = n
                q.unparsed = [w for w in q.unparsed if w != before]
        if t == "top" and i + 1 < len(tokens):
            n = (
                int(tokens[i + 1])
                if tokens[i + 1].isdigit()
                else WORD_NUMBERS.get(tokens[i + 1], 0)
            )
            if 2 <= n <= 20:
                q.top = n
                q.rank = q.rank or "most"
                q.unparsed = [w for w in q.unparsed if w not in ("top", tokens[i + 1])]
    if q.claims and next((t for t in tokens if t not in _CHAT), "") in AUXILIARIES:
        q.agg = "yesno"  # "was John Glenn 77 when he flew?": a number to check, yes or no
    if (
        len(q.people) == 1
        and q.resident
        and not (q.rank or q.flights or q.dates or q.stations)
        and "walk" not in q.events  # (the spacewalks on her long mission are its own)
        and any(
            a == "long" and b in ("flight", "mission", "stay", "trip") for a, b in pairwise(tokens)
        )
    ):
        # "Mark Vande Hei's long flight: launch Soyuz, landing Soyuz, days?": his longest,
        # the one the words single out (both of his were long stays)
        q.rank, q.resident = "longest", False
    said = sum(_is_program_word(t) for t in tokens)
    if (
        len(q.programs) >= 2
        and said >= 2  # (not "a Russian rocket": Soyuz, Vostok or Voskhod, any one of them)
        and "or" not in tokens
        and {"both", "and", "also"} & set(tokens)
        and "docking" not in q.asks  # ("when did the Apollo and Soyuz dock?": each other)
    ):
        # "who has flown on the Shuttle, Soyuz and Starliner?": a person on each of them
        # (a flight is of one program, so only a list of people reads it so)
        q.all_programs = True
    if (
        tokens[:2] in (["where", "was"], ["where", "were"], ["where", "is"])
        and tokens[2:3] in (["he"], ["she"], ["they"])
        and tokens[3:] in ([], ["then"], ["at", "the", "time"])
        and len(q.parts) == 1
    ):
        # "who holds the longest single flight?" "where was he?": the station he was
        # aboard, not where he launched from
        q.parts = [Part({"station"}, {"aboard"}, set())]
    hows = [i for i in range(len(tokens) - 1) if tokens[i : i + 2] == ["how", "many"]]
    if (
        q.agg == "count"
        and q.flights
        and not q.people
        and len(q.parts) >= 2
        and q.parts[0].asks <= {"who"}
        and len(hows) == 1
        and not QUESTION_WORDS & set(tokens[: hows[0]])
    ):
        # "Voskhod 1: how many were aboard, who commanded it, and the launch date?": the
        # count is the first item's, not the whole question's ("commanded once")
        q.agg = "one"
        q.parts[0].asks = {"howmany"}
    at = next((i for i in hows if tokens[i + 2 : i + 3] == ["times"]), -1)
    if (
        at >= 0
        and {"orbit", "orbited", "circle", "circled"} & set(tokens[at + 3 :])
        and "moon" not in tokens  # (lunar orbits are not held, and said so)
        and not any("orbits" in p.asks for p in q.parts)
    ):
        # "how many times did John Glenn orbit the Earth on Friendship 7?": his orbits, not
        # how many times he flew
        q.agg = "one"
        q.parts = [Part({"orbits"}, set(), set())]
    return q


_AGE_BEFORE = (("age", "of"), ("aged",), ("age",))


# "a four-time space flyer": the nouns after "N-time" that make it a count of flights
_TIMES_FLYER = frozenset(
    "space flyer flier spaceflyer astronaut cosmonaut taikonaut veteran spacefarer traveller "
    "traveler".split()
)


def _claim_at(
    tokens: list[str], i: int, used: list[bool], slots: list
) -> tuple[Claim | None, int] | None:
    """A number the question asserts ("371 days", "one person", "at the age of 77"): it is
    checked against the records, never read as something asked. Returns the claim and how
    many tokens it takes; the comparison words before it ("more than") are taken back from
    the slots they were read into."""
    t = tokens[i]
    n = len(tokens)
    if t == "solo":
        return Claim(1, "people"), 1  # "the longest solo spaceflight": a crew of one
    value = int(t) if t.isdigit() else WORD_NUMBERS.get(t)
    if value is None and t in ("a", "an", "half"):
        return _spoken_span(tokens, i, used, slots)
    if value is None:
        return None
    nxt = tokens[i + 1] if i + 1 < n else ""
    for before in _AGE_BEFORE:
        k = len(before)
        if tuple(tokens[max(i - k, 0) : i]) == before:
            _take_back(slots, i - k, i)
            for j in range(i - k, i):
                used[j] = True
            return Claim(value, "age"), 1
    if nxt in ("years", "year", "yrs") and i + 2 < n and tokens[i + 2] == "old":
        return Claim(value, "age"), 3
    after = tokens[i + 2] if i + 2 < n else ""
    if (
        t.isdigit()
        and 15 <= value < 120
        and nxt not in UNITS
        and nxt not in ("utc", "am", "pm", "gmt", "local")
        and not after.isdigit()
        # ("Musgrave was 61 on STS-80 — the oldest to fly?": the age says which day)
        and not {"oldest", "youngest", "older", "younger"} & set(tokens)
        and (
            # "Titov was only 25 when he flew", "Shepard was 47 on Apollo 14": an age
            (tokens[i - 1 : i] in (["only"], ["just"]) and tokens[i - 2 : i - 1] == ["was"])
            or ((tokens[i - 1 : i] == ["was"] or tokens[:1] == ["was"]) and nxt == "on")
            # "Glenn flew again at 77 on STS-95": an age, not a time of day
            or (
                tokens[i - 1 : i] == ["at"]
                and nxt in ("on", "when", "")
                and {"flew", "fly", "flying", "launched", "went", "flown"} & set(tokens[:i])
            )
        )
    ):
        return Claim(value, "age"), 1
    if (
        t.isdigit()
        and nxt == "when"
        and 10 < value < 120
        and (tokens[0] in ("was", "is", "were") or tokens[i - 1 : i] in (["was"], ["is"], ["aged"]))
    ):
        than = tokens[max(i - 2, 0) : i]
        if than in (["older", "than"], ["younger", "than"]):
            # "was he older than 50 when he landed?": more than that age, not that age
            _take_back(slots, i - 2, i)
            used[i - 2] = used[i - 1] = True
            return Claim(value, "age", ">" if than[0] == "older" else "<"), 1
        return Claim(value, "age"), 1  # "was John Glenn 77 when he flew?"
    if tokens[max(i - 2, 0) : i] in (["crew", "of"], ["crews", "of"]):
        return Claim(value, "people"), 1  # "a crew of five"
    if (
        nxt in ("member", "person", "man", "woman", "strong", "men")
        and i + 2 < n
        and tokens[i + 2] in ("crew", "crews")
    ):
        return Claim(value, "people"), 3  # "a seven-member crew", "a three-person crew"
    if nxt == "space" and tokens[i + 2 : i + 3] in (["stations"], ["station"]):
        return Claim(value, "stations"), 3  # "between two space stations"
    if nxt in ("different", "separate", "distinct") and i + 2 < n:
        if tokens[i + 2] == "space" and tokens[i + 3 : i + 4] in (["stations"], ["station"]):
            return Claim(value, "different stations"), 3  # "two different space stations"
        return Claim(value, "different " + tokens[i + 2]), 2  # "two different stations": a count
    if (
        i > 0
        and nxt not in UNITS
        and tokens[i - 1] in ("which", "what", "the", "those", "these", "both", "all")
        and any(w.kind in ("nat", "sex", "kind", "occupation") or (w.kind, w.value) == ("ask", "crew")
                for w in PHRASES.get((nxt,), ()))
    ):  # fmt: skip
        return None, 1  # "who were the 2 Soviets on Apollo–Soyuz?": the count the asker expects
    if (
        i > 0
        and tokens[i - 1] in ("first", "last")
        and nxt in ("astronauts", "cosmonauts", "taikonauts", "people", "men", "crew")
    ):
        return None, 1  # "the first three astronauts to live on Tiangong": a crew, ranked
    unit = UNITS.get(nxt)
    trips_noun = ("missions", "flights", "spaceflights", "trips", "mission", "flight")
    program_between = (
        nxt in _PROGRAM_NOUNS and i + 2 < n and tokens[i + 2] in trips_noun and not used[i + 2]
    )
    noun_at = i + 2
    if (
        nxt == "space"
        and tokens[i + 2 : i + 3] == ["shuttle"]
        and tokens[i + 3 : i + 4]
        and (tokens[i + 3] in trips_noun and not used[i + 3])
    ):
        program_between, noun_at = True, i + 3  # "seven space shuttle missions"
    op, start = claim_op(tokens, i)
    flew = tokens[start - 1 : start] in (["flew"], ["flown"], ["made"], ["completed"], ["did"],
                                          ["has"], ["had"], ["with"], ["done"], ["fly"], ["make"],
                                          ["making"], ["complete"], ["do"])  # fmt: skip
    if (
        flew
        and (program_between or (nxt in trips_noun and not used[i + 1]))
        and op not in ("<", "<=")
    ):
        # "which astronauts flew seven shuttle missions?", "who has made 6 flights?": a count
        # of that person's trips (the program word stays, to filter them)
        _take_back(slots, start, i)
        for j in range(start, i):
            used[j] = True
        times = {">": f">{value}", ">=": f">{value - 1}"}.get(op, str(value))
        slots.append((i, Word("times", times)))
        noun = noun_at if program_between else i + 1
        used[noun] = True
        return None, 1 if program_between else 2
    if (
        nxt == "time"
        and not used[i + 1]
        and tokens[i + 2 : i + 3]
        and tokens[i + 2] in _TIMES_FLYER
    ):
        # "China's first four-time space flyer": a person who flew that many times
        slots.append((i, Word("times", str(value))))
        used[i + 1] = True
        return None, 2
    if unit is None or used[i + 1]:
        return None
    if nxt == "times":
        # "has flown four times", "at least three times", "more than twice": a count of trips
        op, start = claim_op(tokens, i)
        if op in ("<", "<="):
            return None
        _take_back(slots, start, i)
        for j in range(start, i):
            used[j] = True
        times = {">": f">{value}", ">=": f">{value - 1}"}.get(op, str(value))
        slots.append((i, Word("times", times)))
        used[i + 1] = True
        return None, 2
    did = tokens[i - 1 : i] in (["made"], ["did"], ["done"], ["performed"], ["completed"],
                                 ["conducted"], ["make"], ["do"], ["perform"])  # fmt: skip
    if (
        t in WORD_NUMBERS
        and not (did and unit == "spacewalks")
        and unit != "stations"  # "two stations on one mission": a count to meet
        and (
            unit not in ("people", "crews", "days", "hours", "weeks", "months", "years")
            or (t == "one" and unit != "people")
        )
    ):
        return None  # "one flight", "one day": words too common to be a claimed number
    if unit == "flights" and i > 0 and tokens[i - 1] in ("on", "in", "during", "of", "the"):
        return None  # "on one flight", "the 2 missions": which trips, not how many
    if (
        unit == "people"
        and i > 0
        and tokens[i - 1] in ("which", "what", "the", "those", "these", "both", "all")
    ):
        return None, 1  # "which two cosmonauts…": how many are asked for, not a constraint
    if (
        unit == "people"
        and value == 1
        and i > 0
        and tokens[i - 1] in ("by", "for", "per")
        and {"most", "record", "longest", "fewest"} & set(tokens)
    ):
        return None, 2  # "the most spacewalks by one person": anyone's own, not a crew of one
    op, start = claim_op(tokens, i)
    if start < i:
        _take_back(slots, start, i)
        for j in range(start, i):
            used[j] = True
    return Claim(value, unit, op), 2


def _spoken_span(
    tokens: list[str], i: int, used: list[bool], slots: list
) -> tuple[Claim, int] | None:
    """ "About a month", "a full year", "half a year": a time span said in words."""
    j, value = i + 1, 1.0
    if tokens[i] == "half":
        if tokens[j : j + 1] not in (["a"], ["an"]):
            return None
        j, value = j + 1, 0.5
    if tokens[j : j + 1] in (["full"], ["whole"], ["entire"]):
        j += 1
    unit = UNITS.get(tokens[j]) if j < len(tokens) else None
    op, start = claim_op(tokens, i)
    if unit in ("days", "hours") and op in (">", "<", ">=", "<=") and value == 1 and not used[j]:
        pass  # "longer than a day", "less than an hour": a bound, said in words
    elif unit not in ("weeks", "months", "years") or used[j]:
        return None
    if start < i:
        _take_back(slots, start, i)
        for k in range(start, i):
            used[k] = True
    return Claim(value, unit, op), j - i + 1


def _take_back(slots: list, start: int, end: int) -> None:
    slots[:] = [
        s for s in slots if not (start <= s[0] < end and s[1].kind in ("cmp", "rank", "ask", "op"))
    ]


_WENT = frozenset({"flew", "launched", "went", "rode", "boarded", "flown"})


def _ordinal_then_most(tokens: list[str], pos: int, rank: str) -> bool:
    """ "the second most time in space", "third-most spacewalks": an ordinal just before
    "most", a place in that ranking."""
    return rank.isdigit() and pos > 0 and is_ordinal(tokens[pos - 1])


def _asks_which(tokens: list[str], i: int) -> bool:
    """Is the noun at i asked for: "which lab", "what space lab", "which orbiting outpost"?"""
    j = i - 1
    while j >= 0 and tokens[j] in ("space", "orbital", "orbiting", "chinese", "russian", "soviet"):
        j -= 1
    return j >= 0 and tokens[j] in ("which", "what")


def _is_program_word(token: str) -> bool:
    """A word that names a program or vehicle family on its own ("soyuz", "shuttle")."""
    return any(w.kind == "program" for w in PHRASES.get((token,), ()))


def _is_lexicon_word(token: str) -> bool:
    """A nationality or other typed word ("british", "saudi") wins over a one-word name
    match: "Lord British" is Garriott's nickname, but "first British astronaut" is not him."""
    words = PHRASES.get((token,), ())
    return any(w.kind in ("nat", "sex", "kind", "program", "agency", "occupation") for w in words)


def _like_any(token: str, words: set[str]) -> bool:
    if token in FILLER and token not in words:
        return False
    if token in words:
        return True
    if len(token) < 4:
        return False
    near = [w for w in words if len(w) >= 4 and may_be_alike(token, w)]
    if not near:  # most questions: rapidfuzz (~6 ms to import) is not needed at all
        return False
    from rapidfuzz import fuzz

    return any(fuzz.ratio(token, w) >= 75 for w in near)


def may_be_alike(a: str, b: str, score: float = 75) -> bool:
    """False only when `fuzz.ratio(a, b) < score` for sure: the ratio is 200 * LCS /
    (len(a) + len(b)), and the longest common subsequence has at most the letters both
    words hold. Sure misses (~99% of the pairs a question meets) then never load rapidfuzz."""
    shared = sum(min(a.count(c), b.count(c)) for c in set(a))
    return 200 * shared >= (score - 0.1) * (len(a) + len(b))  # 0.1: rounding, never a miss


def _negated_nation(tokens: list[str], pos: int) -> bool:
    """ "outside the USSR and US", "non-American", "neither Soviet nor American", "not
    Russian": a nationality the person must not have. Looks back over a short list of
    nations joined by "and", "or", "nor"."""
    j = pos - 1
    if j >= 0 and is_nation(tokens[j]):
        return False  # "not counting Soviet Asians": the Soviet ones, not every Asian
    while j >= 0 and (tokens[j] in ("the", "and", "or", "nor", "a", "an") or is_nation(tokens[j])):
        j -= 1
    if j >= 1 and tokens[j] == "from" and tokens[j - 1] in ("wasnt", "isnt", "werent", "not", "t"):
        j -= 1  # "who wasn't from America or Russia"
    if (
        j >= 0
        and tokens[j] == "outside"
        and {"station", "module", "lab"} & set(tokens[pos + 1 : pos + 5])
    ):
        return False  # "a spacewalk outside China's new space station": whose station it is
    return (
        j >= 0
        and (
            tokens[j]
            in ("outside", "non", "neither", "not", "except", "besides", "wasnt", "isnt", "werent")
            or tokens[max(j - 1, 0) : j + 1] == ["other", "than"]  # "a country other than the USSR"
            # "not counting Soviet Asians", "excluding the USSR", "apart from Americans"
            or tokens[j] in ("excluding", "excluded", "excludes")
            or tokens[max(j - 1, 0) : j + 1]
            in (
                ["not", "counting"],
                ["not", "including"],
                ["apart", "from"],
                ["aside", "from"],
            )  # fmt: skip
            # "who wasn't Soviet or American", "who isn't American"
            or (tokens[j] == "t" and j >= 1 and tokens[j - 1] in ("wasn", "isn", "weren", "aren"))
        )
    )


_ONCE = frozenset({"once", "twice", "thrice"})
_SUPERLATIVES = frozenset({"longest", "shortest", "oldest", "youngest", "most", "fewest"})


def _negated_word(tokens: list[str], pos: int) -> bool:
    """ "who wasn't a pilot", "a non-commander", "not a woman": the word right after a
    negation (only "a", "an", "the", "as" between)."""
    j = pos - 1
    while j >= 0 and tokens[j] in ("a", "an", "the", "as"):
        j -= 1
    return j >= 0 and tokens[j] in ("not", "non", "never", "t", "nor", "neither")


_CLAUSE_SUBJECTS = frozenset({"they", "he", "she", "we", "i", "you"})
_CRAFT_NOUNS = frozenset({"soyuz", "one", "ship", "capsule", "vehicle", "craft", "spacecraft",
                          "shuttle", "orbiter", "dragon", "flight", "mission", "rocket",
                          "starliner", "shenzhou", "vostok", "voskhod", "gemini", "apollo"})  # fmt: skip


def in_relative_clause(tokens: list[str], pos: int) -> bool:
    """ "the Soyuz they had launched in": a verb of a clause describing a craft, said
    after the main verb; it says which craft, not what is asked."""
    j = pos - 1
    if j >= 0 and tokens[j] in ("had", "have", "has", "originally", "first"):
        j -= 1
    return (
        j >= 1
        and tokens[j] in _CLAUSE_SUBJECTS
        and tokens[j - 1] in _CRAFT_NOUNS
        # "on the same Soyuz he launched on": the two legs compared, both asked
        and not {"same", "different", "other"} & set(tokens[max(0, j - 3) : j - 1])
    )


# "their own rockets": whose craft it was, which no record says
_WHOSE_CRAFT = frozenset({"rocket", "rockets", "launcher", "launchers", "spacecraft", "ships"})
_CREW_ITEM = frozenset(
    {"crew", "crews", "names", "crewmen", "crewmembers", "crewmates", "moonwalkers"}
)


_COUNTED_CREW = frozenset({"astronauts", "cosmonauts", "taikonauts", "members", "guys"})
_CREW_COUNT = frozenset({"two", "three", "four", "five", "six", "seven", "both", "crew", "all"})


def _crew_size_at(tokens: list[str], i: int) -> bool:
    """Is token i part of a size said after a crew word, the "of 3" of "crew of 3"?"""
    at = tokens[i - 1 : i + 1] if tokens[i] != "of" else tokens[i : i + 2]
    start = i - 1 if tokens[i] != "of" else i
    return (
        len(at) == 2
        and at[0] == "of"
        and (at[1].isdigit() or at[1] in WORD_NUMBERS)
        and tokens[start - 1 : start] != []
        and tokens[start - 1] in _CREW_ITEM
    )


_ASKED_AFTER_A_NAMING = re.compile(
    r"^(?P<whom>[^,?]{3,80}),\s*(?:was|is|did|does|has|had|were|are)\s+(?:he|she|they|it)\b"
    r"[^,]*\?\s*$",
    re.I,
)


def _fill(q: Query, slots: list[tuple[int, Word]], tokens: list[str]) -> None:
    part = Part()
    parts = [part]
    prev_was_and = False
    first_word = next((t for t in tokens if t not in _CHAT), "")
    # "wasn't he also on Ax-1?", "didn't she fly twice?": a yes or no, asked expecting yes
    yes_no = (first_word in AUXILIARIES or first_word in _NEGATED) and first_word not in (
        "can",
        "could",
    )
    if not yes_no and (m := _ASKED_AFTER_A_NAMING.search(q.raw)):
        # "and the Indian guy on it, was he the first Indian in space?": the part before the
        # comma only says whom; the question is the yes or no after it
        yes_no = not QUESTION_WORDS & set(fold(m.group("whom")).split())
    q.agg = "yesno" if yes_no else "one"
    pronouns: set[str] = set()
    subordinate = False  # inside "… when it landed": events belong to the main clause
    pending_rank = False
    n = len(tokens)
    q.plural = (
        bool(_PLURAL_WORDS & set(tokens[:4]))
        or "ones" in tokens
        # "spacex first time carry people, who were the two?": the clause asking says it
        or any(a == "who" and b == "were" for a, b in zip(tokens, tokens[1:]))
    )
    for idx, (pos, w) in enumerate(slots):
        k, v = w.kind, w.value
        starts_question = tokens[pos] in QUESTION_WORDS if pos < n else False
        if pending_rank and k in (
            "ask",
            "program",
            "nat",
            "sex",
            "kind",
            "role",
            "agency",
            "occupation",
        ):
            crew_word = (
                k == "ask"
                and v == "crew"
                and tokens[pos : pos + 1] in (["crew"], ["crews"])
                # ("the youngest crew member": one person of the crew)
                and tokens[pos + 1 : pos + 2] not in (["member"], ["members"], ["mate"], ["mates"])
                # ("the longest crew stay on Salyut 7", "the longest Salyut 6 crew": a stay,
                # the crew's trip, is ranked — not the Soyuz that brought them, which a
                # crew on Salyut 6 often swapped for a newer one), unless a flight is named
                # ("the longest Skylab crew mission": the flights)
                and (
                    q.rank not in ("longest", "shortest")
                    or tokens[pos + 1 : pos + 2] in (["mission"], ["flight"])
                )
            )
            if (
                k == "program"
                or crew_word
                or (
                    k == "ask"
                    and v in ("flight", "flights")
                    and q.rank not in ("longest", "shortest")
                )
            ):
                # "the first crew to live aboard Salyut 7": a flight's crew, ranked as flights
                q.rank_of = q.rank_of or "flight"
                pending_rank = k == "program"  # "first shuttle mission": keep looking
            elif k in ("nat", "sex", "kind", "role", "agency", "occupation") or (
                k == "ask" and v in ("who", "crew")
            ):
                q.rank_of = q.rank_of or "person"
                pending_rank = False
        nxt = tokens[pos + 1] if pos + 1 < n else ""
        if (
            tokens[pos : pos + 1] == ["when"]
            # "how many were aboard when…" asks a count; "was Armstrong older than Aldrin
            # when they landed?" a comparison
            and (
                part.asks
                or q.agg == "count"
                or (q.compare in ("older", "younger", "longer", "shorter") and q.agg == "yesno")
            )
            and nxt not in AUXILIARIES
            # "who flew it, when, and how old …": an item of a list
            and (nxt not in ("and", "plus") or yes_no or not part.asks & {"who", "crew"})
            and not prev_was_and
        ):
            subordinate = True  # "who was aboard when it landed": not a second question
            continue
        if k == "rank" and v in ("next", "previous"):
            q.rank = v
            continue
        if k == "qword":
            moved = {"with"} & part.asks if tokens[pos - 1 : pos] == ["with"] else set()
            if starts_question and part.asks - moved:
                part.asks -= moved  # "when and with which commander?": the next clause's
                part = Part(asks=set(moved))
                parts.append(part)
                subordinate = False
            if v in ("who", "whom", "whose"):
                part.asks.add("who")
            elif v == "when":
                part.asks.add("when")
            elif v == "where":
                part.asks.add("where")
            if q.agg == "yesno" and v in QUESTION_WORDS:
                q.agg = "one"  # "did they say who ..." is not a yes/no question
        elif k == "ask":
            if subordinate and v not in ("crew",):
                pass
            elif (
                (
                    starts_question
                    # "launch date, date of the spacewalk": a date asked again, of another event
                    or (
                        v == "when"
                        and v in part.asks
                        and (
                            prev_was_and
                            # (not "When did … splash down? Date and UTC time": the same one)
                            or (part.events and "when" not in tokens[:pos])
                        )
                    )
                )
                and v != "crew"
                and part.asks
                and (
                    prev_was_and
                    or part.events
                    or part.roles
                    or part.asks - {"crew", "who"}
                    or q.agg == "count"
                )
            ):
                part = Part()
                parts.append(part)
            elif (
                v in ("who", "crew")
                and tokens[pos : pos + 2] == ["the", "other"]
                and part.roles
                and not (part.asks - {"who"})
            ):
                # "Apollo 12: commander, the other moonwalker …": the other one is an item
                # of its own, not the commander
                part = Part()
                parts.append(part)
            elif prev_was_and and part.roles and not part.asks and v not in ("who", "crew"):
                # "Apollo 17 command module pilot and the name of the lunar module?": a seat,
                # then another item
                part = Part()
                parts.append(part)
            if (
                v == "duration"
                and tokens[pos] == "long"
                and pos + 1 < n
                and tokens[pos + 1] in ("duration", "stay", "stays")
            ):
                continue
            if q.agg == "yesno" and starts_question:
                q.agg = "one"
            part.asks.add(v)
        elif k == "event":
            if part.events and not yes_no and in_relative_clause(tokens, pos):
                continue  # "who came down in the Soyuz they had launched in?": which Soyuz
            part.events.add(v)
        elif k == "role":
            seat_next = idx + 1 < len(slots) and slots[idx + 1][1].kind == "seat"
            if (
                prev_was_and
                and part.asks
                and not part.roles
                and (not part.events or seat_next)  # ("the two moonwalkers and the CMP")
                and q.agg != "yesno"
            ):
                # "Shenzhou 17 crew and commander?": the commander as a clause of its own
                part = Part(asks={"who"})
                parts.append(part)
            if _negated_word(tokens, pos):
                # "the first Chinese astronaut who wasn't a pilot": no filter says "not",
                # so the words are named as not understood rather than read as "a pilot"
                q.unparsed.append(f"not {tokens[pos]}")
                continue
            if q.compare and tokens[pos] == "leader" and tokens[pos - 1 : pos] == ["the"]:
                continue  # "A or B? how many days does the leader have?": the one ahead
            part.roles.add(v)
        elif k == "seat":
            q.seat = str(v).replace("_", " ")
            if part.seat and part.seat != q.seat:
                # "commander, LMP and CMP": each seat its own part, asked of its own holder
                part = Part(asks={"who"} | (part.asks & {"who"}), roles={"pilot"}, seat=q.seat)
                parts.append(part)
            elif "pilot" in part.roles:
                part.seat = q.seat
        elif k == "nat":
            nxt_kind = slots[idx + 1][1].kind if idx + 1 < len(slots) else ""
            if nxt_kind == "program" and slots[idx + 1][0] == pos + 1:
                continue  # "a Russian Soyuz": the vehicle's maker, not the person's
            if nxt in _CRAFT_WORDS and v in _MAKERS:
                q.programs |= _MAKERS[v]  # "on a Russian rocket": Soyuz, Vostok, Voskhod
                continue
            lead = tokens[max(pos - 3, 0) : pos]
            if (
                q.flights
                and "with" in lead
                and all(
                    t in ("with", "the", "a", "an", "first", "only")
                    for t in lead[lead.index("with") :]
                )
                # ("the Ax-4 mission with the Indian guy, what's his name": the one asked for)
                and not {"name", "names"} & set(tokens[pos + 1 :])
            ):
                # "Soyuz 28, the one with the Czech guy", "Soyuz 33 with the first Bulgarian":
                # which flight, not a filter on its crew
                continue
            if _negated_nation(tokens, pos):
                q.nat_not.add(v)  # "from outside the USSR and US", "a non-American"
                _which_person(part, tokens, pos)
                continue
            q.nat.add(v)
            _which_person(part, tokens, pos)
        elif k == "sex":
            if _negated_word(tokens, pos):
                q.unparsed.append(f"not {tokens[pos]}")
                continue
            q.sex = v
            _which_person(part, tokens, pos)
        elif k == "kind":
            if _negated_word(tokens, pos):
                q.unparsed.append(f"not {tokens[pos]}")
                continue
            q.kinds.add(v)
            _which_person(part, tokens, pos)
        elif k == "occupation":
            if _negated_word(tokens, pos):
                q.unparsed.append(f"not {tokens[pos]}")
                continue
            q.occupations.add(v)
            _which_person(part, tokens, pos)
        elif k == "program":
            q.programs.add(v)
        elif k == "agency":
            if _negated_word(tokens, pos) or tokens[max(pos - 3, 0) : pos][:2] == ["not", "just"]:
                # "the first Japanese in space, not just the first JAXA astronaut": no filter
                # says "not", so the words are named as not understood
                q.unparsed.append(f"not {tokens[pos]}")
                continue
            q.agencies.add(v)
        elif k == "except":
            pass  # the mention after it was set aside in parse(): q.excluded
        elif k == "op":
            nxt_kind = slots[idx + 1][1].kind if idx + 1 < len(slots) else ""
            after_span = tokens[pos + 1 : pos + 4]
            if any(t.rstrip("s") in _TIME_UNITS or t.endswith("long") for t in after_span):
                pass  # "landed after a year in space", "after their year-long stay": a length
            elif after_span[:1] and after_span[0] in (
                "he",
                "she",
                "they",
                "it",
                "we",
                "i",
                "their",
                "his",
                "her",
                "its",
            ):
                pass  # "after he went up with Sharman": when, in a clause; not an order
            elif tokens[pos : pos + 1] == ["up"] and nxt_kind != "date":
                pass  # "took them up to the ISS": a direction, not "up to 2010"
            elif (
                tokens[pos : pos + 1] in (["after"], ["before"])
                and pos > 0
                and tokens[pos - 1] in _NEIGHBOUR_NOUNS
                and tokens[pos + 1 : pos + 2] in ([], ["them"], ["that"], ["this"], ["it"])
                and not q.rank
            ):
                # "and the expedition before them?": the neighbour of the thread's one
                q.rank = "previous" if tokens[pos] == "before" else "next"
            elif tokens[pos : pos + 1] in (["after"], ["before"]) and pos >= len(tokens) - 1:
                pass  # "… and who took over after?": after that, not an order of two named
            elif tokens[pos : pos + 1] == ["from"] and (
                pos >= len(tokens) - 1
                or tokens[pos + 1] in ("them", "him", "her", "it", "that", "this", "there")
                or nxt_kind == "entity"
            ):
                pass  # "who did they take over from?", "came back from Mir": no order
            elif tokens[pos : pos + 1] == ["by"] and nxt_kind != "date":
                pass  # "crewed by Conrad", "flown by Schirra": who did it, not an order
            elif nxt_kind != "date" and v in ("before", "after") and not q.compare:
                # "did Soyuz 11 launch before Soyuz 10?": an order between the two named
                q.compare = "earlier" if v == "before" else "later"
        elif k == "natlabel":
            q.nat_label = v
        elif k == "series":
            q.series = v
        elif k == "times":
            before = set(tokens[max(pos - 5, 0) : pos])
            # (not "the one that went around 22 times": a description of which flight)
            if {"around", "round", "circled", "circle", "orbited"} & before and not {
                "that",
                "which",
                "who",
            } & before:
                # "did Glenn go around the Earth 5 times?": a count of orbits, which the
                # records do not hold — asked as orbits (declined as such), not read as how
                # many times he flew
                part.asks.add("orbits")
                continue
            q.times = v
        elif k == "outcome":
            q.outcome = v
            q.outcomes.add(v)
        elif k == "rank":
            if v == "last" and _is_verb_last(tokens, pos):
                part.asks.add("duration")
            elif (
                v == "longest"
                and q.rank in ("most", "fewest")
                and tokens[pos] in ("record", "records", "holds", "holder")
            ):
                pass  # "most spaceflights — who holds that record?": the record is the most
            elif not (q.rank and v == "most" and not _ordinal_then_most(tokens, pos, q.rank)):
                # ("the most recent" is a rank already; "the second most time" is second
                # place in the ranking by most)
                if q.rank.isdigit() and v in _SUPERLATIVES and tokens[pos - 1 : pos] != ["the"]:
                    q.place = int(q.rank)  # "the second-longest": second place in that ranking
                q.rank = v if not q.rank or v != "first" else q.rank
                pending_rank = True
        elif k == "agg":
            if (
                v == "count"
                and starts_question
                and (part.asks or part.roles)
                and not (set(tokens[pos + 2 : pos + 4]) & {"times", "orbits", "days", "hours"})
            ):
                # "who commanded Inspiration4 and how many were aboard?": a second clause
                part = Part({"howmany"})
                parts.append(part)
            elif v == "count":
                q.agg = "count"
            elif v == "list" and q.agg not in ("count", "yesno"):
                q.agg = "list"  # "did all three of them come home on it?" stays a yes/no
        elif k == "cmp":
            if (
                v == "or"
                and 0 < idx < len(slots) - 1
                and slots[idx - 1][1].kind == "nat"
                and slots[idx + 1][1].kind == "nat"
            ):
                continue  # "who wasn't Soviet or American": one filter of two countries
            if v == "or":
                q.compare = q.compare or "or"
            elif OPPOSITE.get(q.compare) == v and "or" in tokens[:pos]:
                # "was Vostok 5 longer or shorter than Vostok 6?": which one, not a yes or no
                q.agg = "one" if q.agg == "yesno" else q.agg
            else:
                q.compare = v
        elif k == "flag":
            setattr(q, _FLAGS[v], True)
        elif k in ("crewed", "filler"):
            # "launched with astronauts": every flight in the records had a crew; "when the
            # fire broke out": a verb that adds nothing to the event named
            pass
        elif k == "remark":
            # "in Indian time", "Moscow time": a clock the answer does not give (it gives UTC
            # and the local time where it happened); named as not used, never dropped silently
            if v.replace("_", " ") not in q.remarks:
                q.remarks.append(v.replace("_", " "))
        elif k == "live":
            q.live = True
        elif k == "station":
            if tokens[pos - 1 : pos] in (["payload"], ["cargo"]):
                continue  # "what was the payload lab called?": what it carried (Spacelab)
            q.any_station = True
        elif k == "pron":
            pronouns.add(v)
        elif k == "number":
            part.asks.add("number")
            q.unparsed.append(str(v))  # a bare number is understood only in context
        # ("…, and in which ocean did they land?": a preposition between keeps the "and")
        prev_was_and = k == "conj" or (prev_was_and and k in ("op", "flag", "station", "pron"))
    # ("Gemini 7 crew and launch date", "Soyuz 9: crew and length of the flight?": the crew
    # is an item of a list, asked as a clause of its own)
    # ("crew of 3 and year?": the size said with the crew leaves it an item)
    kept = (
        [t for i, t in enumerate(tokens) if not _crew_size_at(tokens, i)]
        if "of" in tokens
        else tokens
    )
    # ("gemini 12: the two astronauts and launch date", "both crew members": people counted
    # or named as the crew are an item too, where "saudi astronauts" only describes them)
    listed = [
        "crew"
        if t in _COUNTED_CREW and i > 0 and (kept[i - 1] in _CREW_COUNT or kept[i - 1].isdigit())
        else t
        for i, t in enumerate(kept)
    ]
    # ("Shenzhou 11: the two astronauts, which station they went to, and the year")
    crew_item = any(
        a in _CREW_ITEM
        and (
            b in ("and", "plus")
            or (b in ("which", "what", "when", "where") and raw in _COUNTED_CREW - {"members"})
        )
        for (a, b), raw in zip(pairwise(listed), kept, strict=False)
    ) or any(
        t == "and" and _CREW_ITEM & set(tokens[i + 1 : i + 4]) for i, t in enumerate(tokens)
    )  # ("its designation and the two crewmen?")
    for p in list(parts):
        # ("the crew and the date the LM landed": the crew already read as "who" of the
        # landing, though no "who" was said)
        crew_as_who = (
            "who" in p.asks and "who" not in tokens and bool(p.asks & _PRIMARY - {"who", "crew"})
        )
        if crew_item and crew_as_who and not q.outcome:  # (a loss's story names its crew)
            p.asks.discard("who")
            p.asks.add("crew")
        if crew_item and "crew" in p.asks and p.asks & _PRIMARY and "who" not in p.asks:
            p.asks.discard("crew")
            # (of a named flight, its crew; of a described one, those the event describes)
            parts.insert(
                parts.index(p), Part({"who"}, set() if q.flights else set(p.events), set())
            )
    # "what was his total for both his flights?": the flights say what is totalled
    owned_flights = any(
        a in ("both", "his", "her", "their", "all") and b in ("flights", "missions", "trips")
        for a, b in pairwise(tokens)
    )
    for p in parts:
        if {"total", "flight"} <= p.asks and owned_flights:
            p.asks.discard("flight")
        if {"payload", "flight"} <= p.asks and (q.expeditions or q.people or "them" in tokens):
            # "which Soyuz carried Expedition 1 / them?": the flight that took the crew up
            p.asks.discard("payload")
            p.events = p.events or {"launch"}
        if "payload" in p.asks and "land" in p.events:
            p.asks.discard("payload")  # "bring the crew back": a landing, not cargo
        # "the crew-4 astronauts": a noun that says who, asked only when nothing else is
        if "crew" in p.asks:
            p.asks.discard("crew")
            if not (p.asks & _PRIMARY) or "who" in p.asks:
                p.asks.add("who")
    if any(c.unit == "people" for c in q.claims):
        for p in parts:  # "flights that carried more than 5 people": a crew, not a cargo
            p.asks.discard("payload")
    q.parts = [p for p in parts if p] or [Part()]
    told = [p for p in q.parts if p.asks == {"story"} and not p.events]
    dated = [p for p in q.parts if p.asks == {"when"} and not p.events]
    if q.outcome and len(told) == 1 and len(dated) == 1:
        # "Komarov died in April 1967, on what day?": the day of what the verb says happened
        told[0].asks.add("when")
        q.parts.remove(dated[0])
    # "which shuttle launched them and which brought them back": a clause that asks "which"
    # and nothing more asks what the clause before asked
    if "and" in tokens and "which" in tokens[tokens.index("and") + 1 : tokens.index("and") + 3]:
        for a, b in zip(q.parts, q.parts[1:], strict=False):
            if not b.asks and b.events and a.asks & {"flight", "vehicle"} and not b.roles:
                b.asks |= a.asks & {"flight", "vehicle"}
    # "when and where did it land": a clause without an event borrows its neighbour's
    for a, b in zip(q.parts, q.parts[1:], strict=False):
        if crew_item and q.flights and {"who"} in (a.asks, b.asks):
            continue  # ("Shenzhou 14 crew and landing date": its crew, not who landed)
        if (
            not a.events
            and b.events
            and not a.roles
            and not (a.asks == {"who"} and "duration" in b.asks)
        ):
            # ("who was the crew, and how long did it take to reach the ISS?": not who arrived)
            a.events |= b.events
        elif not b.events and a.events and not b.roles:
            b.events |= a.events
    if q.rank in ("next", "previous") and (q.kinds or q.occupations or q.nat or q.sex):
        # "the next space tourist after him": a person ranked from him, not a handover
        for p in q.parts:
            p.asks.discard("handover")
        if "him" in tokens:
            pronouns.add("male")
        if "her" in tokens:
            pronouns.add("female")
    q.pronouns = pronouns
    nth = next((i for i, t in enumerate(tokens[:-2]) if t in ("what", "which")
                and tokens[i + 1] in ("first", "firsts")
                and tokens[i + 2] in ("did", "does", "has", "had", "was", "is")), None)  # fmt: skip
    if nth is not None and q.rank == "first" and (q.people or pronouns & {"male", "female"}):
        # "what first did she set on that mission?": the firsts the records give her, not
        # her first flight (the clause's own part; the others keep theirs)
        q.rank = ""
        q.parts = [*q.parts[:-1], Part({"firsts"}, set(), set())]
    at = tokens.index("first") if "first" in tokens else -1
    if (
        at >= 0
        and q.rank == "first"
        and (q.people or pronouns & {"male", "female"})
        and not q.flights
        and (
            ("do", "what") in set(zip(tokens, tokens[1:]))  # "… the first woman to do what?"
            # "what was Yang Liwei the first to do?"
            or ("what" in tokens[:at] and tokens[-1] in ("do", "achieve", "accomplish"))
        )
    ):
        # "Wang Yaping was the first Chinese woman to do what?", "what was Yang Liwei the
        # first to do?": the firsts the records give the person; "Chinese woman" says who
        # she is, not a filter on them
        q.rank, q.nat, q.nat_label, q.sex = "", set(), "", ""
        q.parts = [Part({"firsts"}, set(), set())]
    held = {"set", "sets", "hold", "holds", "held", "break", "broke", "broken"}
    if (
        len(q.people) == 1
        and q.rank in ("longest", "")
        and not (q.flights and q.agg != "yesno")
        and {"record", "records"} & set(tokens)
        and held & set(tokens)
        and not q.claims
        # ("Kelly still holds the US single-flight record?": a ranking of one flight among
        # Americans, not whatever records he holds)
        and not (q.single or q.nat)
        and len(q.parts) == 1
        and not (q.parts[0].asks - {"with"} or q.parts[0].events or q.parts[0].roles)
    ):
        # "did Chen Dong set a record?", "chen dong set some record with that, right?": the
        # records and firsts the person holds, not a check of one longest flight
        q.rank = ""
        q.parts = [Part({"firsts"}, set(), set())]
    if (q.nat or q.sex or q.kinds or q.occupations) and not QUESTION_WORDS & set(tokens):
        for p in q.parts:
            if p.asks == {"with"}:
                p.asks.add("who")  # "the two Russians with him?": who they were
    if (
        q.agg == "count"
        and "duration" in q.asks
        and "how" in tokens
        and ("much" in tokens or "many" in tokens)
    ):
        q.agg = "one"  # "how much days was he up?": a duration, not a count
    if q.rank == "longest" and "record" in tokens and "most" in tokens[tokens.index("record") :]:
        q.rank = "most"  # "the record for the most spacewalks": most, not longest
    elif q.rank == "longest" and "record" in tokens and "total" in q.asks and q.people:
        # "Padalka still holds the total time in space record, right?": the most time in
        # all, checked over everyone
        q.rank = "most"
        for p in q.parts:
            if "total" in p.asks:
                p.asks |= {"time"}
    if "same" in tokens and "who" in q.asks:
        i = tokens.index("same")
        if {"capsule", "ship", "spacecraft", "craft", "vehicle", "soyuz", "dragon"} & set(
            tokens[i + 1 : i + 3]
        ):
            for p in q.parts:  # "who else came home in the same capsule?": the one in play
                p.asks.discard("vehicle")
    more_than = " ".join(tokens).find("more than one ")
    if more_than >= 0 and not q.times:
        after = " ".join(tokens)[more_than:].split()[3:6]
        if any(w.rstrip("s") in ("expedition", "increment") for w in after):
            # "did Shepherd command more than one ISS expedition?": a count of expeditions
            # (the station between the words is linked, so no phrase took them whole)
            q.times, q.compare = ">1", ""
            q.rank = "" if q.rank == "most" else q.rank
            q.pronouns.discard("one")
            for p in q.parts:
                p.asks.add("expedition")
    if q.rank and not q.people and "command" in tokens and "handover" in q.asks:
        # "the second woman to take command of the station": a commander ranked, not a
        # handover between two named
        for p in q.parts:
            if "handover" in p.asks:
                p.asks.discard("handover")
                p.roles.add("commander")
    for i, (a, b) in enumerate(pairwise(tokens)):
        if (a, b) in (("because", "of"), ("due", "to")) and not any(
            _is_program_word(t) for t in tokens[i + 2 : i + 6]
        ):
            # "stuck because of the Boeing capsule" names the craft; "because of the 1983 pad
            # abort" gives a reason no record ties to the crew: named as not understood
            q.unparsed.append(f"{a} {b}")
    if (
        {"early", "short"} & set(tokens)
        and "why" not in tokens
        and "story" in q.asks
        and not q.outcome
    ):
        # "Laveykin came home early, didn't he? when?": said of the trip, not asked about
        # (only "why … early?" asks for the story the records tell)
        for p in q.parts:
            p.asks.discard("story")
        if q.agg == "yesno" or not QUESTION_WORDS & set(tokens):
            q.unparsed.append("early")  # "he came back early, right?": a claim no record checks
        else:
            q.remarks.append("early")
    for a, b in pairwise(tokens):
        if a == "own" and b in _WHOSE_CRAFT:
            # "countries that launched people on their own rockets": no record says whose
            # rocket it was, so the words are named as not understood, never dropped
            q.unparsed.append(f"own {b}")
    for i in range(len(tokens) - 2):
        if (
            tokens[i] == "after"
            and tokens[i + 1] in ("her", "his", "their")
            and tokens[i + 2] not in ("as", "on", "in", "at", "aboard", "onboard", "and")
            and q.people
            and "handover" in q.asks
            and not {"replaced", "replace", "succeeded", "relieved", "followed"} & set(tokens)
        ):
            # "when did Koch land after her record flight?": a time after her own flight,
            # not who came after her
            for p in q.parts:
                p.asks.discard("handover")
            break
    if (
        q.rank.isdigit()
        and "total" in q.asks
        and not (q.people or q.flights or q.expeditions)
        and {"list", "ranking", "rankings", "place", "spot", "rank"} & set(tokens)
    ):
        # "which woman is second on the list for total days in space?": second place in
        # the ranking by total time, not the second woman to fly
        q.place, q.rank = int(q.rank), "most"
        q.unparsed = [w for w in q.unparsed if w not in ("ranking", "rankings", "place", "spot")]
        if q.agg == "list":
            q.agg = "one"
    at = next((i for i in range(len(tokens) - 2) if tokens[i : i + 3] == ["one", "of", "the"]), -1)
    if (
        at > 0
        and q.people
        and tokens[:1]
        and tokens[0] in AUXILIARIES
        and {"who", "that"} & set(tokens[at + 3 : at + 6])
    ):
        # "Was Michael Collins one of the men who walked on the Moon?": a yes or no about
        # him; "who" opens the clause that describes the men, it asks nothing
        q.agg = "yesno"
        for p in q.parts:
            p.asks.discard("who")
    if q.rank == "first" and q.people and "first" in tokens:
        i = tokens.index("first")
        if tokens[i - 1 : i] in (["home"], ["back"], ["down"], ["landed"], ["returned"]) and (
            tokens[i + 1 : i + 2]
            in (
                [],
                ["right"],
                ["and"],
                ["then"],
                ["didn"],
                ["when"],
                ["didnt"],
                ["yeah"],
                ["correct"],
                ["or"],
            )
        ):
            # "Dzhanibekov came home first, right? when": before the others of the thread's
            # flight, not his first flight
            q.rank = ""
    if q.rank == "most" and q.agg == "count" and "who" not in q.asks:
        q.rank = ""  # "how many at most": a count; "who made the most, and how many?" ranks
    elif q.rank == "most" and q.agg == "count":
        q.agg = "one"
    if q.rank in ("first", "last") and not q.rank_of and q.rank in tokens:
        # "the first all-civilian orbital flight": a flight word a phrase took in still says
        # what is ranked
        after = tokens[tokens.index(q.rank) + 1 : tokens.index(q.rank) + 5]
        for w in after:
            if w in _PERSON_NOUNS:
                break
            if w in ("flight", "flights", "mission", "missions", "spaceflight", "launch"):
                q.rank_of = "flight"
                break


def _which_person(part: Part, tokens: list[str], pos: int) -> None:
    """ "Which woman launched on Soyuz MS-12?": the word after "which" names who is asked."""
    if pos > 0 and tokens[pos - 1] in ("which", "what") and not part.asks - {"who"}:
        part.asks.add("who")


_AFTER_A_STATION = frozenset({"station", "space", "in", "during", "and", "or", "on", "for", "before",
                              "after", "until", "between", "at", "when", "while", "from"})  # fmt: skip


def _names_the_station(slot: tuple[int, Word], linked: Linked, tokens: list[str]) -> bool:
    """ "the Russian Mir station", "the Soviet Salyut 7 in 1982": a nationality that only
    describes the station named next, not the people asked about (but "the first Japanese
    ISS commander" is a Japanese commander)."""
    pos, word = slot
    if word.kind != "nat":
        return False
    m = next((m for m in linked.mentions if m.kind == "stations" and m.start == pos + 1), None)
    return m is not None and (m.end >= len(tokens) or tokens[m.end] in _AFTER_A_STATION)


def _is_verb_last(tokens: list[str], pos: int) -> bool:
    """ "how long did it last": the verb, not the rank ("the last flight")."""
    before = tokens[pos - 1] if pos > 0 else ""
    after = tokens[pos + 1] if pos + 1 < len(tokens) else ""
    if before not in ("the", "his", "her", "their", "its", "s", "a", "was", "is", "my") and (
        after.isdigit() or after in ("longer", "more", "over", "less", "under", "about", "almost")
    ):
        return True  # "did it last 328 days?", "did skylab 4 last longer than 80 days?"
    if "how" in tokens and before in ("it", "flight", "mission", "they", "spacewalk", "walk",
                                      "stay", "trip", "that", "this", "expedition"):  # fmt: skip
        return True  # "how long did the flight last, and which Gemini…"
    return (
        before not in ("the", "his", "her", "their", "its", "s", "a", "was", "is", "my")
        and (not after or after in ("for", "in", "on", "long", "and", "but", "then"))
        and "how" in tokens
    )
