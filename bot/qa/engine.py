"""`Engine.ask(question, context) -> Answer`: the one call every surface makes.

question → normalise + link (linking.py) → parse into a `Query` (parse.py) → fill a
follow-up's gaps from the conversation (context.py) → execute (execute.py) → Answer.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..store.facts import LOST_WITH_CREW, Facts, Flight
from ..store.names import fold
from ..store.snapshot import open_facts, without_gc
from . import phrases as ph
from .answer import Answer, Context, Entity
from .claims import Claim, ends_as_claim, strip_frame, years_between
from .compose import Reply, Unanswerable, day_end, day_start, everyone_aboard, join_replies
from .context import _trips_during, fill_from_context, next_context
from .dates import YEAR_IN_TEXT, DateSpan, LazyPattern, find_dates
from .execute import (
    INDEX_TRIPS_FROM,
    asked_of_holder,
    execute,
    flight_end,
    person_ok,
    prepare,
    recorded_first,
)
from .lexicon import (
    AUXILIARIES,
    FILLER,
    PHRASE_WORDS,
    PHRASES,
    QUESTION_WORDS,
    SOFT,
    is_rank_word,
    occupation_phrases,
)
from .linking import EntityIndex, is_english_word
from .parse import parse
from .query import OPPOSITE, Part, Query, When

MAX_CHARS = 4000

# Words that make a question about this bot's subject at all.
_ON_TOPIC = re.compile(
    r"\b(aboard|on board|onboard|iss|station|space|orbit|crew|flew|fly|flight|launch|land|"
    r"landed|astronaut|cosmonaut|taikonaut|expedition|mission|soyuz|shuttle|dragon|shenzhou|"
    r"skylab|mir|salyut|tiangong|spacewalk|living|moon|lunar|apollo|gemini|vostok|voskhod)\b"
)
# Questions about opinions or the future: no record answers them.
# words that judge ("the greatest", "better"): an opinion asked for, or claimed
_JUDGING = (r"best|worst|favou?rite|greatest|coolest|bravest|smartest|nicest|funniest|handsome|"
            r"most fun|funnest|scariest|most exciting|most boring|"
            r"prettiest|beautiful|better|worse|opinion|do you think|you think|u think|ya think|"
            r"right not to|wrong not to|right to|wrong to|a mistake|good idea|bad idea|good call|"
            r"bad call|(?:was|were|is) (?:nasa|boeing|spacex|roscosmos|esa) (?:right|wrong)")  # fmt: skip
_WHO_ELSE_AFTER = LazyPattern(
    r"^(.+\?)\s*(?:and\s+)?who else(?: (?:was|were) (?:on it|on board|aboard|there|with (?:him|her)))?"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
_THE_OTHERS = LazyPattern(
    r"\s*(?:and|ok|so)?\s*(?:what about|how about)?\s*the (?:others|other ones|rest"
    r"(?: of (?:the crew|them|the team))?)\s*\??\s*$",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:are|is|am) (?:they|we|you|he|she|it|nasa|china|russia|spacex|esa|isro) going to\b|"
    # "when's Starliner going to fly people again?", "what's the crew going to be?" (but
    # "who was going to fly Soyuz 11 first?" is a past plan, in the records)
    r"(?<!\bwas )(?<!\bwere )\bgoing to (?:be|fly|launch|land|happen|carry|take|return|dock|"
    r"visit|command|lead|replace|go back|get|send)\b|"
    # ("we'll", "they'll", "who'll": folded to "we ll")
    r"\b(?:we|they|you|he|she|it|i|nasa|who|what|when|where|which|there|that) ll\b|"
    r"\b(will|gonna|should|" + _JUDGING + "|"
    r"would you rather|would you prefer|would you like|would you want|do you feel|do you believe|"
    r"would you do|would u|what would \w+(?: \w+)? think|think of|thinks of|"
    r"predict|prediction|tomorrow|next (week|month|year)|hottest|smart)\b"
)
_BARE_TAIL = LazyPattern(
    r"(?<=\w)\s*(?:\?|\s[—–-])\s*(?:and\s+)?(when|where|who|which one|how long|what year|which year|"
    r"which mission|which flight|on what|in what)\s*\??\s*$",
    re.IGNORECASE,
)
# "After the Soyuz MS-22 leak, …", "In 1995, …": a lead-in that sets the scene
_LEAD_IN = LazyPattern(
    r"^\s*(?:after|before|during|following|in|on|when|while|since)\b[^,?]{3,60},\s*(?=\S)",
    re.IGNORECASE,
)
# vehicles and companies whose flights the store does not hold
_NOT_HELD = LazyPattern(
    r"\b(?:new shepard|blue origin|virgin galactic|spaceshiptwo|vss unity)\b"
    # "the oldest person to go to space, suborbital included": the flights that would decide
    # it are not held
    r"|\bsuborbital (?:included|counts?|too|ones too|flights included)\b|\bincluding suborbital\b"
    r"|\bany kind of (?:space ?)?flight\b"
)
_EVALUATIVE = LazyPattern(r"\b(?:" + _JUDGING + r"|overrated|underrated)\b")
# "when's the next ISS spacewalk?" asked out of the blue is about the future; in a thread,
# "when is the next one?" walks on from the flight talked about
_NEXT_ONE = re.compile(
    r"\b(?:when s|when is|when are|what s|what is|who s|who is|who are|which is|where s|where is)"
    r" (?:the )?(?:very )?next\b(?!.*\b(?:after|before|following|than|then)\b)"
)

# "different question - who was the first British astronaut?": the thread's subject is dropped
_NEW_TOPIC = re.compile(
    r"\b(different|new|another|unrelated|separate|other) (question|topic|subject|thing)\b"
    r"|\b(change of subject|changing (the )?subject|switching (topics?|gears)|unrelated)\b"
)
_BACK_TO = LazyPattern(
    r"^\s*(?:(?:ok(?:ay)?|so|now|and|right)[,.]?\s+)?(?:going\s+|let'?s\s+go\s+)?"
    r"back\s+to\s+(?=\S)(?!earth\b|the\s+(?:station|moon|iss|earth)\b)",
    re.I,
)
# which of two craft of one name a question means ("the orbiter Endeavour", "Dragon Endeavour")
_CRAFT_HINTS = {
    "shuttle": frozenset({"orbiter", "orbiters", "shuttle", "shuttles", "sts"}),
    "dragon": frozenset({"dragon", "capsule", "spacex", "splashdown", "splashed"}),
}
_CRAFT_KIND = {"shuttle": "Space Shuttle", "dragon": "Crew Dragon", "starliner": "Starliner"}
_ROLE_PREDICATE = LazyPattern(
    r"\b(?:was|is|were|wasn'?t|isn'?t)\s+(?:he|she|they|it|him|her)\s+(?:also\s+)?(?:the|a|an)\s+"
    r"(?:\w+\s+)?(?:commander|pilot|captain|skipper)\b",
    re.IGNORECASE,
)
# "the first crew", "the next flight": the question names another crew than the thread's
_OTHER_REFERENT = LazyPattern(
    r"\bthe (first|last|final|second|third|next|previous|earlier|later|other) "
    r"(crew|crews|one|expedition)\b",
    re.I,
)
_YES_NO = re.compile(r"^(yes|no|neither|both)\b", re.I)
_MONEY = re.compile(
    r"\bhow much\b.*\b(paid|pay|cost|costs|costed|earn|earns|earned|salary|price|worth|charge)\b"
    r"|\b(salary|salaries|paycheck|wage|wages|dollars|usd|budget|ticket price)\b"
)
_DAY_REMARK = LazyPattern(
    r"[,;–—-]\s*((?:the|that) (?:day|date|morning|night|week)\b[^,;?]*)", re.IGNORECASE
)
# the word that opens a question, in the clause patterns below: a question word, or also an
# auxiliary ("did he…", "was it…")
_WH = r"(?:who|whom|whose|which|what|when|where|how)\b"
_WH_OR_AUX = r"(?:who|whom|whose|which|what|when|where|how|did|was|were|is|does)\b"
# "…, and which Soyuz did he return on?": a second clause of its own, asked after the first
_THEN = LazyPattern(
    r"(?:(?:\s*[,;]\s*|\s+)(?:and|then)|\s+[-–—]+|\s*:)\s+(?=(?:(?:on|in|at|from|for|to|with|by)\s+)?"
    + _WH_OR_AUX
    + ")",
    re.IGNORECASE,
)
_BACK = frozenset("he she him his her".split())
# ", and how many…", " and what…": a second clause with its own question word
_AND_CLAUSE = LazyPattern(
    r"(?:\s*[,;]\s*|\s+)and\s+(?=" + _WH_OR_AUX + ")",
    re.IGNORECASE,
)
# ", who commanded", "? when did", ", and what date": wherever a new question starts
_PART_BREAK = LazyPattern(
    r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?=" + _WH + ")",
    re.IGNORECASE,
)
# "On Apollo 16, which two men …", "as of the end of 2024, which …": a setting said first
_LEAD_SETTING = LazyPattern(
    r"^\s*(?:on|in|as of|by|during|between|before|after|at|for|from|since|among|of)\b[^?]*$",
    re.IGNORECASE,
)
# "how many people died aboard Soyuz 11, and how many on Challenger?": a count said again
# with only its place
_GAPPED_COUNT = LazyPattern(
    r"^\s*(?P<lead>how many\b[^,?]*?)\s+(?P<p1>on|aboard|in|to|at|from|during)\s+"
    r"(?P<a>[^,?]+?)\s*,?\s+and\s+how many\s+(?P<p2>on|aboard|in|to|at|from|during)\s+"
    r"(?P<b>[^,?]+?)\s*\??\s*$",
    re.IGNORECASE,
)
_THEN_AND = LazyPattern(r"\?\s+(?=and\s)", re.IGNORECASE)
# "… launched in April 1971 — what day?": a remark, then the question after a dash
_REMARK_THEN_ASK = LazyPattern(
    r"\s+[-–—]+\s+(?=" + _WH + r"[^,;:—–-]*\?\s*$)",
    re.IGNORECASE,
)
# ", and on which Soyuz did he land the second time?": a clause led by a preposition, split
# off only for a rank of its own
_AND_PREP_CLAUSE = LazyPattern(
    r"(?:\s*[,;]\s*|\s+)and\s+(?=(?:on|in|at|from|for|to|with|by)\s+(?:which|what|whom)\b)",
    re.IGNORECASE,
)
# "which was longer, X or Y? who commanded it", "… — and who flew the longer one?": after
# a comparison, a second question however it is joined on
_CLAUSE_BREAK = LazyPattern(
    r"(?:(?:\s*[,;]\s*|\s+|\s*[—–]\s*|\s+-+\s+)and\s+|\?\s+|\s*[—–]\s*|\s+-+\s+)"
    r"(?=" + _WH_OR_AUX + ")",
    re.IGNORECASE,
)
_FROM_WHERE = LazyPattern(r"\bwhere (?:was|is|were|are|s) (?:[\w'’.-]+ ){1,4}(?:originally )?from\b",
                         re.IGNORECASE)  # fmt: skip
# "and the next expedition — who commanded it?": a follow-up fragment, then its question
_LEAD_FRAGMENT = LazyPattern(
    r"^\s*((?:and|now|ok(?:ay)?|so|what about|how about)\b[^?:—–]{2,60}?)\s*(?:—|–|\s-\s|:)\s*"
    r"(?=" + _WH_OR_AUX + ")",
    re.IGNORECASE,
)
_ORDINAL_WORDS = {"2": "second", "3": "third", "4": "fourth"}
_PEOPLE_NOUNS = frozenset({"cosmonauts", "astronauts", "taikonauts", "people", "crewmembers",
                           "men", "women", "cosmonaut", "astronaut", "taikonaut"})  # fmt: skip
_HOLDS_RECORD = LazyPattern(r"\b(?:has|holds|held|had|set|owns)\s+the\s+record\b", re.IGNORECASE)
_WALK_WORDS = frozenset({"spacewalk", "spacewalks", "walk", "walked", "eva", "evas", "outside"})
_ASK_NOW = frozenset({"did", "was", "were", "is", "has", "have", "had"})


def _clause_signals(clause: str) -> set[str]:
    """What in one clause could want a query of its own: a rank, a count, a yes/no, a
    filter on people, a seat, a spacewalk."""
    words = fold(clause).split()
    found: set[str] = set()
    if words[:1] and words[0] in _ASK_NOW:
        found.add("yesno")
    # (two-word phrases too: "core module" is a module ranked first)
    for a, b in itertools.pairwise(words):
        if any(word.kind == "rank" for word in PHRASES.get((a, b), ())):
            found.add("rank")
    for w in words:
        if w in _WALK_WORDS:
            found.add("walk")
        elif w in ("next", "previous"):
            found.add("next")
        elif w == "many" or w == "born":
            found.add(w)
        for word in PHRASES.get((w,), ()):
            if word.kind == "rank":
                found.add("rank")
            elif word.kind in ("nat", "sex", "kind"):
                found.add("filter")
            elif word.kind == "role":
                found.add("role")
            elif word.kind == "cmp" and word.value != "or":
                found.add("cmp")
            elif word.kind == "outcome":
                found.add("outcome")
    return found


def _pieces(text: str, cuts: list[re.Match]) -> list[str]:
    """`text` cut at each match, the matched break itself left out."""
    out, at = [], 0
    for m in cuts:
        out.append(text[at : m.start()])
        at = m.end()
    return [*out, text[at:]]


def _may_conflict(clauses: list[str]) -> bool:
    """Whether clauses could want different queries (a rank in two, a count or a walk in
    one only, a filter or a seat first named later, "next" after the first). Most "X and
    Y" questions have none and are left to the one query without parsing each clause."""
    sig = [_clause_signals(c) for c in clauses]
    first, later = sig[0], set().union(*sig[1:])
    every = set.intersection(*sig)
    some = set().union(*sig)
    return bool(
        sum("rank" in x for x in sig) >= 2
        # "who commanded it, who was the lunar module pilot": two seats, two people
        # (not "which mission was she pilot on, and which was the first commanded by …")
        or sum("role" in x and "who" in fold(c).split() for x, c in zip(sig, clauses, strict=True))
        >= 2
        or (some - every) & {"many", "walk", "yesno", "born"}
        # "her first flight and year, and on which mission did she die?": the loss is one
        # clause's, the rank another's
        or ("outcome" in some - every and "rank" in some - every)
        or (later - first) & {"filter", "role", "next"}
        # "which was longer, X or Y — and who flew the longer one?"
        or ("cmp" in first and len(clauses) > 1)
        # "Salyut 1: launch date, and which crew first lived aboard it?": a rank of one
        # later clause only
        or ("rank" in later and "rank" not in first)
    )


# "which of them also flew on a Soyuz?", "only the ones who went after 2010"
_WHICH_OF_THEM = LazyPattern(
    r"^\s*(?:and|so|ok(?:ay)?|now)?[,\s]*(?:(?:which|who)\s+(?:of|among)\s+(?:them|those|these)"
    r"(?:\s+(?:two|three|four|five|people|ones))?|only\s+the\s+ones?\s+(?:who|that))\b",
    re.IGNORECASE,
)
# "…, right?", "…, didn't he?": a guess said aside before the real question
_TAG_ASIDE = LazyPattern(
    r"(?:,\s*|\b)(?:right|correct|true|yeah|no|isn'?t it|wasn'?t it|didn'?t (?:he|she|they)|"
    r"did(?:n'?t)? (?:he|she|they)|wasn'?t (?:he|she)|weren'?t they)\s*\??\s*$",
    re.IGNORECASE,
)
_UP_WORDS = LazyPattern(
    r"\b(?:launch(?:ed)?|went up|go up|gone up|flew up|fly up|lift(?:ed)? off)\b"
)
_DOWN_WORDS = LazyPattern(
    r"\b(?:land(?:ed)?|came (?:home|back|down)|come (?:home|back|down)|return(?:ed)?)\b"
)
_SENT_TO_REPLACE = LazyPattern(
    r"\b(what|which (?:soyuz|ship|spacecraft|capsule|vehicle|one))\s+(?:did|do)\s+(?:they|"
    r"roscosmos|nasa|russia|china|spacex)\s+(?:send|launch|fly)(?:\s+up)?\s+to\s+replace\b",
    re.IGNORECASE,
)
# "that guy", "that woman's": someone the last answer pointed at
_THAT_GUY = LazyPattern(
    r"\bthat (guy|man|woman|lady|dude|fella|gal|astronaut|cosmonaut)('s)?\b", re.IGNORECASE
)
# "was he the first Indian in space? if not who was": the check's "No" names who was
_IF_NOT_WHO = LazyPattern(
    r"(?<=\?)\s*(?:and\s+)?if\s+not\b,?\s*(?:then\s+)?who\s+(?:was|did|is|were)"
    r"(?:\s+(?:it|then|they))?\s*\??\s*$",
    re.IGNORECASE,
)
# "…: Schirra, Eisele and who?"
_AND_WHO_END = LazyPattern(r",?\s+and\s+who(?: else)?\s*\??\s*$", re.IGNORECASE)
# "… wasn't the first Indian in space though, who was?"
_WHO_WAS_INSTEAD = LazyPattern(
    r"\b(?:wasn'?t|was not|isn'?t|is not|weren'?t|were not)\s+"
    r"(?P<desc>the\s+(?:first|last|second|third|youngest|oldest|only)\b[^,?.;—-]+?)"
    r"\s*(?:,|—|-|;)?\s*(?:tho(?:ugh)?|then|right)?\s*[,.;—-]?\s*(?:so\s+)?"
    r"(?:who\s+was(?:\s+(?:it|then))?|who\s+were\s+they|who\s+did)\s*\??\s*$",
    re.IGNORECASE,
)
# "how many minutes did Gagarin's flight last?": the length said in the unit asked too
_UNIT_ASKED = LazyPattern(r"\b(?:how many|in|total)\s+(minutes|hours|seconds)\b", re.IGNORECASE)
_SPAN = LazyPattern(r"\b(?:(\d+) days? )?(\d+) h (\d+) min\b")
_SECONDS_IN = {"minutes": 60, "hours": 3600, "seconds": 1}


def _in_unit(text: str, unit: str) -> str:
    """The first length in an answer followed by its total in the unit the question asked
    ("1 h 48 min" → "1 h 48 min, 108 minutes"), unless the answer already says it so."""
    m = _SPAN.search(text)
    if m is None or re.search(rf"\d {unit}\b", text):
        return text
    secs = int(m.group(1) or 0) * 86400 + int(m.group(2)) * 3600 + int(m.group(3)) * 60
    n = secs / _SECONDS_IN[unit]
    said = f"{n:.1f}" if unit == "hours" and n < 100 else f"{int(n):,}"
    return f"{text[: m.end()]} ({said} {unit}){text[m.end() :]}"


_LOSS_WORDS = LazyPattern(
    r"\b(?:lost|loss|disaster|accident|died|die|killed|destroyed|broke up|break ?up|tragedy)\b",
    re.IGNORECASE,
)
# "Expedition 1: crew, commander, launch date?": a subject, then its asks as a list
_LISTED_ASKS = LazyPattern(
    r"^\s*(?P<subj>[^:?—–,]{3,80}?)\s*(?::|—|–|\s-\s)\s*(?P<items>[^:?—–]+?,[^:?—–]+?)\s*\??\s*$"
)
# a list of short asks: "who was commander, how many people, launch date"
_SHORT_ITEMS = LazyPattern(
    r"\s*[\w'-]+(?:\s+[\w'-]+){0,3}(?:\s*(?:,\s*and\b|,|\band\b|\+|&)\s*[\w'-]+(?:\s+[\w'-]+){0,3})+\s*"
)


_AUX_WORDS = frozenset({"was", "were", "did", "does", "do", "is", "are", "has", "have", "had"})


def _mostly_nouns(items: str) -> bool:
    """Whether most items of a list are nouns ("launch date"), not clauses ("when did it
    land"): a list of clauses is a multi-part question the parse already reads."""
    parts = [x.split() for x in _listed_items(items)]
    verbless = [p for p in parts if not set(p) & _AUX_WORDS]
    return len(verbless) * 2 >= len(parts) and len(verbless) >= 1


def _moon_said_before(question: str, clause: str, q: Query) -> bool:
    """Whether a clause asks a landing that the question placed on the Moon before it: "who
    walked on the moon and when did they land?", but not "… and when did they get home?"."""
    words = fold(question).split()
    said = set(fold(clause).split())
    before = words[: max(0, len(words) - len(said))]
    return (
        "moon" in before
        and bool(said & {"they", "he", "she"})  # (a landing said alone reads as all of them)
        and "land" in q.events
        and not q.moon
        and not said & {"moon", "earth", "home", "back", "splash", "splashed", "splashdown"}
    )


def _both_yes_no(first: Answer, second: Answer, question: str) -> Answer | None:
    """Two yes-or-no answers as one: "Yes, both: …" only when both hold, else "No, not
    both: …" with each; None unless both were answered yes or no."""
    texts = [a.text for a in (first, second)]
    if not (first.answered and second.answered) or not all(_YES_NO.match(t) for t in texts):
        return None
    yes = all(t.lower().startswith("yes") for t in texts)
    second.question = question
    if yes:  # each part's own "Yes:" would stutter after the one for both
        texts = [_YES_NO.sub("", t, count=1).lstrip(":,. ") for t in texts]
    second.text = ("Yes, both: " if yes else "No, not both: ") + " ".join(texts)
    second.sources = list(dict.fromkeys(first.sources + second.sources))
    return second


def _with_new_sentences(said: str, more: str) -> str:
    """`said`, then each sentence of `more` that names or dates something `said` does not (a
    crew listed again in other words adds nothing; a launch date does)."""

    def adds(x: str) -> bool:
        bare = re.sub(r"\d{1,2}:\d{2}|\([^)]*local\)", " ", x)  # times add little
        # (whole words: "19" December is not said by "1972")
        known = set(re.findall(r"[A-Z][\w'-]+|\d+", said))
        new_words = {w for w in re.findall(r"[A-Z][\w'-]+|\d+", bare) if w not in known}
        # (a seat is news too: "Peggy Whitson commanded Ax-4" after a crew list without it)
        seat = (
            re.search(r"\bcommanded\b", x) and "crew" not in x and not re.search(r"\bcommand", said)
        )
        return bool(new_words - {"The", "It", "On", "Launch", "Landing", "UTC"}) or bool(seat)

    for x in _SENTENCE.split(more):
        if x.strip() and x not in said and adds(x):
            said += " " + x
    return said


def _return_to_flight(q: Query, f: Flight) -> None:
    """ "The return to flight after Columbia": the same program flying again (a Shuttle, not
    the next Soyuz)."""
    if "return" in q.tokens and not q.programs and f.program:
        q.programs = {f.program}


def _listed_items(items: str) -> list[str]:
    """ "crew, commander and launch date" -> its items ("the name of the teacher aboard" is
    the item "the teacher aboard": a name is what any person item gives)."""
    out = [x.strip() for x in re.split(r",|\band\b|\+|&", items) if x.strip()]
    return [re.sub(r"^(?:the\s+)?names?\s+of\s+", "", x, flags=re.IGNORECASE) or x for x in out]


# a listed item asking who sat in a seat: "who commanded", "who was the pilot", "commander"
_WHO_SEAT = LazyPattern(
    r"^(?:who\s+(?:was\s+)?(?:the\s+)?)?(?P<seat>commander|pilot)$"
    r"|^who\s+(?P<did>commanded|piloted)(?:\s+it)?$",
    re.IGNORECASE,
)
_WH_WORD = LazyPattern(r"\b(?:who|whom|whose|what|when|where|which|how|why)\b", re.IGNORECASE)
_SUBJECT_PRONOUNS = ("they", "them", "their", "he", "him", "his", "she", "her")
_BEFORE_HIM = LazyPattern(r"\b(before|after)\s+(him|her)\b", re.IGNORECASE)
# "what had Hurley flown before?", "what did she fly before that?"
_WHAT_FLOWN_BEFORE = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:what|which (?:flights?|missions?))\s+(?:had|did|has)\s+(?P<who>.+?)\s+"
    r"(?:flown|fly|flew|done)\s+before(?:\s+(?:that|this|then))?\s*\??\s*$",
    re.IGNORECASE,
)
# "who stayed up in orbit in the command module?", "who was the command module pilot?"
_IN_ORBIT_BEHIND = LazyPattern(
    r"\b(?:command module(?: pilot)?|cm pilot|cmp"
    r"|stay(?:ed|s)? (?:up |behind |alone )?(?:up )?in (?:lunar )?orbit(?: alone)?"
    r"|(?:stayed|remained|waited) (?:up |behind |alone )?(?:in|aboard) (?:the )?(?:command module|csm|orbit)"
    r"|stayed behind|didn'?t (?:land|walk))\b"
)
# "who took that record from him?", "who beat him?", "who broke her record?"
_TOOK_RECORD = LazyPattern(
    r"\bwho\s+(?:beat|broke|took|topped|passed|surpassed|overtook|bettered|eclipsed)\s+"
    r"(?:him|her|it|that(?:\s+record)?|the\s+record|his(?:\s+record)?|her\s+record)\b",
    re.IGNORECASE,
)
# "whose record did Kononenko beat?", "who held the record before Polyakov?"
_RECORD_BEATEN = LazyPattern(
    r"\bwhos(?:e|'s)?\b[^?]*\brecords?\b[^?]*\b(?:beat|broke|break|passed|pass|surpassed|surpass|"
    r"topped|top|took|take|eclipsed|eclipse|overtook|overtake)\b"
    # "Rubio broke an American record, whose?"
    r"|\b(?:beat|broke|passed|surpassed|topped|took|eclipsed|overtook)\b[^?]*\brecords?\b[^?]*\bwhose\b"
    r"|\bwho\s+(?:had\s+|held\s+)(?:the|that|this)\s+(?:[\w-]+\s+){0,5}record\b[^?]*\bbefore\b"
    r"|\bbefore\b[^?]*\bwho\s+(?:had|held)\s+(?:the|that|this)\s+(?:[\w-]+\s+){0,5}record\b",
    re.IGNORECASE,
)
# "Kononenko beat Padalka's total-time record", "when did Kononenko pass Padalka's total?"
_RECORD_PASSED = LazyPattern(
    r"\b(?P<verb>beat|broke|passed|surpassed|overtook|topped|eclipsed|pass|overtake|surpass)\s+"
    r"[\w .'-]+?['’]s?\s+(?:[\w-]+\s+){0,3}(?:record|total|time)\b",
    re.IGNORECASE,
)
_WHEN_ASKED = LazyPattern(
    r"\b(?:when|what day|what date|which day|on what date|date)\b", re.IGNORECASE
)
_WHEN_TAKEN = LazyPattern(
    r"\b(?:when|what year|which year)\b[^?]*\b(?:take|took|get|got|win|won|set|break|broke)\b",
    re.IGNORECASE,
)
_ONE_FLIGHT = LazyPattern(
    r"\b(?:single|one (?:flight|mission|trip|stay)|longest (?:flight|mission|stay|trip)|continuous"
    r"|in a row)\b",
    re.IGNORECASE,
)
# "which of them had flown before?", "who were the rookies?" (of a flight's crew)
_FLOWN_BEFORE = LazyPattern(
    r"\b(?:(?:had|has|have)\s+(?:already\s+|ever\s+)?(?:flown|been\s+(?:to|in)\s+space)"
    r"(?:\s+before)?|veterans?|(?P<new>rookies?|first[- ]timers?|(?:on\s+)?(?:their|his|her|anyone'?s|anybody'?s)\s+first\s+(?:space\s*)?flight"
    r"|(?:the\s+)?first\s+(?:space\s*)?flight\s+(?:for|of)))\b",
    re.IGNORECASE,
)
# the same, said loosely enough that only a yes or no about a crew may use it ("which of them
# was the commander, and how many times had he flown before?" is two other questions)
_FLOWN_BEFORE_ANY = LazyPattern(
    r"\b(?:(?:flown|been\s+(?:to|in)\s+space|flew|fly)\s+(?:in\s+space\s+)?(?:before|previously))\b"
    r"|" + _FLOWN_BEFORE.pattern,
    re.IGNORECASE,
)
# "had any of them flown before?", "was it the first flight for either of them?": a yes or
# no about the thread's crew (which of them is the answer's detail)
_ANY_OF_THEM = LazyPattern(
    r"^\s*(?:and|so|but)?[,\s]*(?:had|has|have|were|was|is|did)\b.*\b(?P<q>any|either|anyone|anybody"
    r"|all|both|none|everyone|everybody|they)\b",
    re.IGNORECASE,
)
# "the first flight after Columbia was lost": after the Columbia disaster (a flight's alias)
_LOST_CRAFT = LazyPattern(
    r"\b(after|before|since|until)\s+(?:the\s+)?(challenger|columbia)\s+(?:was|got)\s+"
    r"(?:lost|destroyed|broke up|disintegrated|exploded)\b",
    re.IGNORECASE,
)
# a last sentence that is a question of its own ("… couldn't dock. Who was on it?")
_ASKS_LAST = LazyPattern(r"[.!?]\s+(?:who|what|when|where|which|how)\b[^.!?]*\?\s*$", re.IGNORECASE)
_LEAD_NOUNS = frozenset({"crew", "crews", "expedition", "expeditions", "flight", "mission", "one",
                         "team", "increment"})  # fmt: skip
# "Liu Yang: when did she first fly…": a name said once before the questions
_TOPIC = LazyPattern(r"^([^:?]{3,40}):\s+(?=\w)")
# a topic that names a mishap, whose every item is asked of it
_MISHAP = LazyPattern(
    r"\b(?:disaster|accident|tragedy|crash|explosion|fire|breakup|collision|leak|abort)\b",
    re.IGNORECASE,
)
# the words of a purpose lead that say what the asker is making, not what they ask
_PURPOSE_LEAD = frozenset(
    "for in a an the our my this that we we're were are i i'm im am making writing preparing "
    "putting together working on doing producing building designing creating planning "
    "researching editing filming shooting curating film documentary segment book article piece "
    "panel exhibit exhibition post thread video podcast episode chapter lesson presentation "
    "talk story series display gallery timeline feature quiz report essay paper section sidebar "
    "caption obituary page wall plaque brochure leaflet programme program show broadcast reel "
    "worksheet handout slide poster newsletter flashcard assignment homework lecture tweet card "
    "museum project about of covering featuring around short new small big class studying "
    "study teacher school students student kids is learning".split()
)
_NOBODY = re.compile(r"^(?:nobody|no one|none|no\b|i have no)", re.IGNORECASE)
_BACK_ALL = _BACK | {"they", "them", "their", "it", "its", "hers"}
_ROLE_SUBJECT = LazyPattern(
    r"\b(the|their|its) (commander|pilot|captain|skipper)('s?)?(?=\W|$)", re.IGNORECASE
)
_NAT_SUBJECT = LazyPattern(
    r"\bthe (\w+) (?:one|guy|man|woman|lady|astronaut|cosmonaut|taikonaut|fellow)\b(?!'s)",
    re.IGNORECASE,
)
_ROLE_ALONE = LazyPattern(  # "the commander?", "and its pilot?": who held it is asked
    r"\s*(?:and\s+|so\s+)?(?:what about\s+)?(?:the|their|its)\s+\w+\s*\??\s*$", re.IGNORECASE
)
_ASKS_HOLDER = LazyPattern(r"\s*(?:and\s+|so\s+)?(?:who|whom|which|name)\b", re.IGNORECASE)
_MEANT = LazyPattern(
    r"^\s*(?:no+\b[,.!]*\s*)?(?:sorry\b[,.!]*\s*)?(?:i\s+)?(?:meant|mean)\b[,:]*\s+", re.IGNORECASE
)
_CHECK_OPENERS = ("confirm", "is it true", "is it correct", "is it right", "is that right",
                  "verify", "fact", "can you confirm", "could you confirm", "please confirm",
                  "check", "draft", "my draft", "our draft", "the draft", "caption", "my caption",
                  "our caption", "the caption", "my notes", "my article", "our article",
                  "the article", "my story", "our story", "the story", "my copy", "our copy")  # fmt: skip
_YESNO_LAST = LazyPattern(
    r"[.!]\s+(?:did|was|were|is|has|had)\s+(?:he|she)\b[^.!?]*\?\s*$", re.IGNORECASE
)
_WALK_DAY = LazyPattern(r": (\d{1,2} [A-Z][a-z]+ \d{4})")
_HE_SHE = LazyPattern(r"\b(?:he|she|him|her)\b", re.IGNORECASE)
_CLAIM_THEN_ASK = LazyPattern(
    r"[.?!]\s+(?:(?:and|also|plus|so)\s+)?(?=(?:who|whom|what|which|when|where|how)\b)"
    # "… about two weeks — correct, and who was the crew?": the check, then a question
    r"|(?:(?<=\bcorrect)|(?<=\baccurate)|(?<=\bthat right)|(?<=\bthat true)|(?<=\bit right)|(?<=\bit true))\s*[,;?]?\s*(?:and|also|plus)\s+"
    r"(?=(?:who|whom|what|which|when|where|how)\b)"
    # "Pete Conrad commanded Skylab 2 - who else was on it?": a statement, a dash, a question
    r"|\s+[-–—]\s+(?:(?:and|also|plus|so)\s+)?(?=(?:who|whom|what|which|when|where|how)\b)",
    re.IGNORECASE,
)
# "… flew on the Shuttle and also went to Mir, right?": a second claim about the same person
_AND_CLAIM = LazyPattern(
    r",?\s+and\s+(?:also\s+|then\s+|later\s+)?(?=(?:went|flew|walked|commanded|landed|launched"
    r"|came|visited|spent|made|became|returned|lived|stayed|flown|been)\b)",
    re.IGNORECASE,
)
# "did Pete Conrad walk on the Moon and live on Skylab?": a second yes or no of one person
_DID_AND = LazyPattern(
    r"^(?P<aux>did|has|have)\s+(?P<rest>.+?),?\s+and\s+(?:also\s+)?(?P<then>(?:walk|fly|go|live|"
    r"command|visit|land|launch|spend|stay|ride|flown|walked|been|lived|commanded|visited|"
    r"stayed|gone)\b.*)$",
    re.IGNORECASE,
)
_POINTS_BACK = frozenset({"same", "different", "other", "another", "it", "that", "there", "again",
                          "both", "together", "too"})  # fmt: skip
_CLAIM_TAG = LazyPattern(
    r",?\s*(?:right|correct|true|yes|no|is that (?:right|correct|true)|isn'?t (?:that|it) (?:right|so)"
    r"|didn'?t (?:he|she|they)|wasn'?t (?:he|she|it)|hasn'?t (?:he|she)|am i right|yeah)\s*\?\s*$",
    re.IGNORECASE,
)
_PURPOSE = LazyPattern(
    r"^\s*(?:(?:for|in)\s+(?:a|an|the|our|my|this|that)\s+"
    r"|(?:we'?re|we are|i'?m|i am|we'?ve been|i'?ve been|im)\s+(?:making|writing|preparing|putting "
    r"together|working on|doing|producing|building|designing|creating|planning|researching|"
    r"editing|filming|shooting|curating)\s+(?:a|an|the|our|my|some|this)?\s*)"
    r"(?:[\w'-]+\s+){0,4}?(?:film|documentary|segment|book|article|piece|panel|exhibit|exhibition|"
    r"post|thread|video|podcast|episode|chapter|lesson|presentation|talk|story|series|display|"
    r"gallery|timeline|feature|quiz|report|essay|paper|section|sidebar|caption|obituary|page|"
    r"wall|plaque|brochure|leaflet|programme|program|show|broadcast|reel|museum|project|worksheet|"
    r"handout|slide|poster|newsletter|flashcard|assignment|homework|lecture|tweet|card)s?"
    r"(?:\s+(?:about|on|of|covering|for|featuring|around)\s+(?P<topic>[^:—–?]*?))?"
    r"\s*(?:[:—–,]|\s-\s|\.\s|(?:i|we)\s+(?:need|want|have|would like|'?d like)\s+to\s+"
    r"(?:know|find out|learn|ask)\s+)\s*",  # "for my school project i need to know who …"
    re.IGNORECASE,
)
# "Our class is studying China's program. …", "My grandmother is Polish. …": a first
# sentence about the asker, before the question
_ABOUT_ME = LazyPattern(
    r"^\s*(?:i'?m|i am|im|we'?re|we are|our|my|i|we)\b[^.?!:]{0,160}?[.:!]\s+(?=\S)",
    re.IGNORECASE,
)
_BUT_ASKING = LazyPattern(
    r",\s*but\s+(?=(?:who|whom|what|which|when|where|how|did|was|were)\b)", re.IGNORECASE
)
_HEAD_NOUNS = frozenset({"flight", "mission", "launch", "crew", "trip", "one", "rehearsal",
                         "shuttle", "soyuz", "capsule", "spacecraft", "ship", "commander",
                         "pilot", "astronaut", "cosmonaut", "man", "woman", "docking", "spacewalk",
                         "person", "people", "expedition", "visit", "visitor", "guest", "tourist"})  # fmt: skip
_OTHER_WORDS = frozenset({"third", "fourth", "fifth", "other", "remaining", "last", "second"})
_CREW_NOUNS = frozenset({"guy", "person", "one", "member", "crewmate", "astronaut", "cosmonaut",
                         "man", "woman", "crewman", "taikonaut"})  # fmt: skip
# words that would narrow a list or change what is counted, never only describe
_NARROWING = frozenset({"alone", "solo", "other", "others", "else", "again", "more", "less",
                        "fewer", "most", "least", "same", "both", "each", "every", "all",
                        "total", "together", "twice", "ever", "also", "too", "either",
                        "different", "unlike", "instead", "than"})  # fmt: skip
# a relative clause: a word (not punctuation, not a conjunction) then who/that/whose/…
_RELATIVE = LazyPattern(r"(?<![,;:.?!)\]–—-])\b(\w+) (?:that|who|whose|which|when|where)\b")
_NOT_BEFORE_RELATIVE = frozenset(
    {"and", "or", "but", "so", "then", "of", "know", "say", "is", "was"}
)
_WH_HEADS = frozenset({"what", "which", "whose", "how", "many", "much", "whats", "what's"})
_WALK_NOUNS = frozenset({"spacewalk", "spacewalks", "walk", "eva", "evas"})
_TAKEN_BACK = LazyPattern(
    r"\b(?:no,? wait|wait,? no|no,? sorry|sorry,? i mean|no,? i mean|i mean|scratch that"
    r"|or rather|actually,? no|correction)\b[,:;.!-]*\s+",
    re.IGNORECASE,
)
_ASKING = LazyPattern(r"\b(?:how|what|when|where|who|whom|which|whose|did|was|were|is|are)\b",
                     re.IGNORECASE)  # fmt: skip


# time zones people name besides UTC and the site's own: (words, zone, what to call it)
_ZONES = (
    (("moscow", "msk"), "Europe/Moscow", "Moscow time"),
    (("beijing", "china time", "chinese time"), "Asia/Shanghai", "Beijing time"),
    (("japan", "japanese time", "tokyo", "jst"), "Asia/Tokyo", "Japan time"),
    (("indian time", "india time", "ist", "indian standard"), "Asia/Kolkata", "India time"),
    (("eastern", "florida time", "us time", "us local"), "America/New_York", "US Eastern"),
    (("central time", "houston"), "America/Chicago", "US Central"),
    (("pacific time",), "America/Los_Angeles", "US Pacific"),
    (("uk time", "british time", "london"), "Europe/London", "UK time"),
    (("cet", "european time", "paris", "berlin"), "Europe/Paris", "Central European time"),
)
_UTC_IN_TEXT = LazyPattern(
    r"\b(\d{1,2} (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December) (?:19|20)\d\d), (\d{2}):(\d{2}) UTC"
)


def _first_day(text: str) -> tuple[datetime, str] | None:
    """The first "12 April 1961" an answer gives, as a date and as written."""
    m = _DAY_IN_TEXT.search(text)
    return (datetime.strptime(" ".join(m.groups()), "%d %B %Y"), m.group(0)) if m else None


def _zone_asked(question: str) -> tuple[str, str] | None:
    low = f" {question.lower()} "
    for words, zone, label in _ZONES:
        if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
            return zone, label
    return None


def _in_zone(text: str, zone: str, label: str) -> str:
    """Each "12 April 1961, 06:07 UTC" of `text` followed by the time in `zone` too."""
    from zoneinfo import ZoneInfo

    def there(m: re.Match) -> str:
        at = datetime.strptime(f"{m.group(1)} {m.group(2)}:{m.group(3)}", "%d %B %Y %H:%M")
        local = at.replace(tzinfo=UTC).astimezone(ZoneInfo(zone))
        day = "" if local.date() == at.date() else f" on {local.day} {local:%B %Y}"
        return f"{m.group(0)} = {local:%H:%M} {label}{day}"

    return _UTC_IN_TEXT.sub(there, text)


# "the Russian who…", "that Soyuz that…": one thing described, not a kind to list
_ONE_DESCRIBED = LazyPattern(
    r"\s*(?:the|that)\s+(?:[\w'-]+\s+){1,3}?(?:who|that|which|whose|where)\b", re.IGNORECASE
)
_WHO_WAS_ONE = LazyPattern(r"\bwho (?:was|is) (?:she|he)\b", re.IGNORECASE)
# "which one got sick?", "who was the crew member with the medical issue?": whose health it
# was is not in the records (NASA did not name the Crew-11 astronaut; the records note a
# flight cut short, not who fell ill)
_WHOSE_HEALTH = LazyPattern(
    r"\b(?:which|who)\b[^?]{0,40}\b(?:sick|ill|illness|medical (?:issue|problem|condition|"
    r"concern|emergency)|unwell|injured|hospitali[sz]ed)\b",
    re.IGNORECASE,
)
_FICTION_WORDS = ("series", "show", "novel", "episode", "game", "sitcom", "anime", "comic",
                  "fiction", "sci-fi", "played", "movie", "film", "armageddon", "interstellar",
                  "martian", "gravity")  # fmt: skip
_FICTION = LazyPattern(
    r"\b(?:in|on) (?:the )?(?:tv |television |netflix |apple tv |streaming )?(?:series|show|novel|"
    r"episode|video game|sitcom|anime|comic)\b|\b(?:tv series|tv show|fictional|sci-fi|science "
    r"fiction)\b|\bwho played\b|\bplayed by\b"
    # a story film ("in Armageddon, …", "in the movie Gravity"), not a film shot in orbit
    r"|\b(?:in|from) (?:the )?(?:movie|film)s?\b(?! (?:shot|made|filmed) (?:in|on|aboard))"
    r"|\b(?:in|from) (?:armageddon|interstellar|the martian|gravity)\b",
    re.IGNORECASE,
)
# "that was exactly 20 years after Gagarin, right?"
_GAP_CLAIM = LazyPattern(
    r"\b(?:exactly |about |roughly |almost |nearly |just )?(?P<n>\d{1,4}) (?P<unit>years?|days?|"
    r"months?|weeks?) (?P<op>after|before) (?P<b>[^,?]+?)(?:'s (?:flight|launch|mission))?"
    r"(?:,? (?:right|correct|true|yes|no)\b|\?|$)",
    re.IGNORECASE,
)
_OWN_APART = LazyPattern(
    r"\bhow (?:many (?P<unit>years|days|months|weeks)|long|much time)\s+(?:apart\s+(?:were|was)"
    r"|(?:was there |were there |passed |went by |was it )?between)\s+(?P<who>.+?)(?:'s|’s|s')?\s+"
    r"(?P<two>two |2 |first and (?:second|last) )?(?:space ?)?(?:flights|missions|trips)",
    re.IGNORECASE,
)
_OF_THEM = LazyPattern(
    r"\bhow many of (?:them|those|these|the crew|that crew|the crews|the astronauts|the people"
    r"|the cosmonauts|the passengers|the four|the three|the two|the five|the six|the seven)\b",
    re.IGNORECASE,
)
_LANDING_NOUN = LazyPattern(r"\b(?:landing|landed|splashdown|splash|return|came home|touchdown)\b",
                            re.IGNORECASE)  # fmt: skip
_LANDED = LazyPattern(r"land|came|come|return|splash|touch", re.IGNORECASE)
_EV = r"(?:land(?:ed)?|launch(?:ed)?|lift(?:ed)? off|came (?:home|back)|come (?:home|back)|returned|return|splashed down|splash down|touched down|touch down|flew|fly|went up|go up)"
# what one side of an order can have done: the above, or reached/docked with a station
_EV_AT = r"(?:" + _EV[3:-1] + r"|reach(?:ed)?|dock(?:ed)?|arrive(?:d)?|get there|got there)"
# "before the Challenger accident", "after Columbia's loss": the moment a craft was lost
_LOSS_WORDS = LazyPattern(
    r"\b(?:accident|disaster|loss|lost|explosion|exploded|breakup|broke up|tragedy|crash)\b",
    re.IGNORECASE,
)
# "Columbia's last mission", "Mir's last crew", "the first Shuttle flight": a described flight
_DESCRIBED_FLIGHT = LazyPattern(
    r"\b(?:first|last|final|second|third|next|previous)\b", re.IGNORECASE
)
# "did Soyuz T-15 reach Mir before the Challenger accident?", "had Mir's last crew already
# come home when Expedition 1 launched?": the second side may be a noun (no verb of its own)
_EVENT_ORDER_LOOSE = LazyPattern(
    r"^\s*(?:(?:and|so|ok|okay|but|also|wait)\b[,\s]*)?(?P<aux>did|was|were|had|has)\s+(?P<a>.+?)\s+(?:already\s+)?(?P<ea>"
    + _EV_AT
    + r")"
    r"(?P<mid>\s+on the moon|\s+(?:(?:with|at|to)\s+)?(?:the\s+)?[\w-]+(?:\s+\d+)?)?"
    r"\s+(?P<op>before|after|when|by the time)\s+(?P<b>.+?)(?:\s+(?P<eb>" + _EV + r"))?\s*\??\s*$",
    re.IGNORECASE,
)
# "the day Atlantis landed for the last time (July 21 2011)": a day said twice
_DAY_IN_BRACKETS = LazyPattern(
    r"\b(?:on )?the day [^()]{3,80}?\s*\((?P<day>[^()]*\d[^()]*)\)", re.IGNORECASE
)
# "after his Mercury flight", "after her first mission": after that trip of the person named
_AFTER_OWN_TRIP = LazyPattern(
    r"\bafter (?:his|her) (?P<rank>first |last )?(?P<what>[\w-]+ )?(?:space ?)?(?:flight|mission|trip)\b",
    re.IGNORECASE,
)
# "by the time Shenzhou 12 landed": a moment said by what a flight did
_BY_THE_TIME = LazyPattern(r"\bby the time (?P<what>.+?) (?P<ev>" + _EV + r")\b", re.IGNORECASE)
_DAY_BESIDE = LazyPattern(
    r"\b(?:on )?the day (?P<op>before|after) (?P<flight>.+?) (?P<ev>" + _EV + r")\b",
    re.IGNORECASE,
)
# "did Shenzhou 5 land before Soyuz TMA-3 launched?"
_EVENT_ORDER = LazyPattern(
    r"\b(?:did|was|were)\s+(?P<a>.+?)\s+(?P<ea>" + _EV + r")\s+(?P<op>before|after)\s+"
    r"(?P<b>.+?)\s+(?P<eb>" + _EV + r")\b",
    re.IGNORECASE,
)
# "was Polaris Dawn still in orbit when Soyuz MS-26 launched?"
_STILL_UP = LazyPattern(
    r"\b(?:was|were)\s+(?P<a>.+?)\s+(?P<still>still\s+)?(?:in orbit|in space|up|flying|aloft)\s+"
    r"when\s+(?P<b>.+?)\s+(?P<eb>" + _EV + r")\b",
    re.IGNORECASE,
)
# "how many days after Gagarin did Shepard fly?"
_DAYS_AFTER = LazyPattern(
    r"\bhow many (?P<unit>days|weeks|months|years|hours) (?P<op>after|before)\s+(?P<a>.+?)\s+"
    r"(?:did|was|were)\s+(?P<b>.+?)\s+(?P<eb>" + _EV + r")\b",
    re.IGNORECASE,
)
_THAN_EVERY = LazyPattern(
    r"\b(?:lasted |was |went |flew |launched |stayed |been )?(?P<cmp>longer|shorter|earlier|later)"
    r" than (?:every|any|all(?: the)?|each|all other|any other|every other) (?:other |crewed )?"
    r"(?P<prog>[a-z]+)",
    re.IGNORECASE,
)
_POLE = LazyPattern(
    r"(?<!North )(?<!South )(?<!north )(?<!south )(?<=\w )\bPoles?\b"
    r"|(?<=\bwas a )pole\b|(?<=\bis a )pole\b"  # "was a pole": a person, however written
)


def _poles_as_polish(text: str) -> str:
    """ "the second Pole in space": a Polish person (a capital P, and no North or South
    before it: "over both poles" is the Earth's)."""
    if "Pole" not in text and " a pole" not in text:
        return text
    return _POLE.sub(
        lambda m: "Polish people" if m.group(0).endswith("s") else "Polish person", text
    )


_TAKE_BACK_WORDS = ("wait", "sorry", "mean", "scratch", "rather", "actually", "correction")
_VEHICLE_WORDS = ("shuttle", "orbiter", "soyuz", "spacecraft", "capsule", "ship", "vehicle",
                  "rocket")  # fmt: skip
_APPOSITION_WORDS = ("first", "last", "second", "third", "only", "maiden", "final", "very")
_SPOKEN_APPOSITION = LazyPattern(
    r"(?<=\w) (?=the (?:very )?(?:first|last|second|third|only|maiden|final)\b)", re.IGNORECASE
)
_YEAR_ONE = LazyPattern(
    r"\bthe (?:(?P<y1>(?:19|20)\d\d) (?:one|flight|mission|launch|crew|attempt|abort)"
    r"|one (?:from|in) (?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_IN_TOTAL = LazyPattern(r"\b(?:in total|altogether|in all|all together)\b", re.IGNORECASE)
_HOW_MANY_THAT = LazyPattern(
    r"\s*(?:so |and |ok,? )?how many (?:is|are|was|were) (?:that|those|them|they|there)"
    r"(?: (?:in total|altogether|in all))?\s*\??\s*$",
    re.IGNORECASE,
)
# "which Shuttle brought the first ISS crew home?": a vehicle asked of a ranked description
_VEHICLE_OF = LazyPattern(
    r"\s*(?:which|what) (?P<veh>shuttle|orbiter|soyuz|spacecraft|capsule|ship|vehicle|spaceship"
    r"|rocket)s? (?:was it that |did )?(?P<verb>brought|took|carried|flew|returned|launched|ferried"
    r"|delivered|bring|take|carry|fly|return|launch)\s+(?P<np>the (?:very )?(?:first|last|second"
    r"|third|fourth|fifth|\d+(?:st|nd|rd|th))\b[^?]*?)\s*(?P<dir>home|back(?: to earth)?|down"
    r"|up|to (?:the )?(?:iss|station|space station|space|orbit|mir|earth)|into (?:space|orbit))?"
    r"(?P<more>,? (?:and|&) [^?]+)?\s*\??\s*$",
    re.IGNORECASE,
)
_FLIGHT_NOUN = LazyPattern(
    r"\b(?:mission|flight|docking|launch|landing|spacewalk|module|trip|visit|voyage)s?\b",
    re.IGNORECASE,
)
_HOMEWARD = LazyPattern(r"home|back|down|earth", re.IGNORECASE)
_YEARS_SINCE = LazyPattern(
    r"\bhow (?:many years|long) (?:ago (?P<aux>did|was|were|is|has|have|had)\b"
    r"|(?:(?:have|has|had|will) )?(?:it )?(?:have )?(?:been|passed|gone by|elapsed) since\b"
    r"|(?:is it|was it|has it been|had it been|will it have been|will it be|is it now) since\b"
    r"|since\b)"  # "how many years since Apollo 17?"
    r"(?P<rest>[^?]+)",
    re.IGNORECASE,
)
_ANNIVERSARY = LazyPattern(
    r"\b(?:the |its |their |his |her )?(\d{1,3})(?:st|nd|rd|th) anniversary(?: of)?\b",
    re.IGNORECASE,
)
_ANNIVERSARY_VERBS = LazyPattern(r"\b(?:falls?|fell|falling|is|has|have|had|comes?|mark|marks)\b(?= in\b| on\b|$)",
                                 re.IGNORECASE)  # fmt: skip
_WEEKDAY_ASKED = LazyPattern(r"\bday of (?:the )?week\b|\bweek ?day\b", re.IGNORECASE)
_DAY_IN_TEXT = LazyPattern(
    r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October"
    r"|November|December) ((?:19|20)\d\d)\b"
)
# "how many were on the station then?", "during that July visit": the moment of the
# thread's last flight
_THEN_MOMENT = LazyPattern(
    r"\b(?:then|at that time|at the time|at that point|during (?:that|their|the) (?:\w+ )?visit)\b",
    re.IGNORECASE,
)
_ABOARD_ASKED = LazyPattern(
    r"\b(?:how many|who)\b.*\b(?:aboard|on board|onboard|on the station|in the station"
    r"|on (?:mir|the iss|iss|salyut|skylab|tiangong))", re.IGNORECASE)  # fmt: skip
_THE_STATION = LazyPattern(r"\bthe (?:space )?station\b", re.IGNORECASE)
# "when the first crewed Dragon docked", "as Atlantis made the last Shuttle visit": a moment
# named by what a flight did; the flight is found from the clause
_WHEN_EVENT = LazyPattern(
    r"\b(?:when|as|at the time)\s+(?P<clause>[^,;?]*?\b(?P<verb>docked|arrived|launched"
    r"|lifted off|landed|came home|came back|returned|made|visited|reached|got there|flew"
    r"|was up|was in orbit|was in space)\b[^,;?]*)",
    re.IGNORECASE,
)
_AT_THE_SAME_TIME = LazyPattern(r"\b(?:at the same time|at that time|then)\b", re.IGNORECASE)
_EVENT_VERB = {"launched": "launched", "lifted": "launched", "landed": "landed",
               "came": "landed", "returned": "landed"}  # fmt: skip


def _self_corrected(question: str) -> str | None:
    """The question with the part its asker took back removed: "vostok 2 how many orbits no
    wait how long was the flight" -> "vostok 2 how long was the flight". Only when what
    follows the correction is itself a question; None otherwise."""
    marks = list(_TAKEN_BACK.finditer(question))
    if not marks:
        return None
    m = marks[-1]
    tail = question[m.end() :]
    if not _ASKING.match(tail.lstrip(" ,um")):
        return None
    head = question[: m.start()]
    asks = list(_ASKING.finditer(head))
    return (head[: asks[-1].start()] if asks else "") + tail


# a sentence ends at its stop, or at a dash before a yes or no about what it said
# ("Musgrave was 61 on STS-80 — was he the oldest then?"; a dash after a description, "the
# crew who visited two stations — who were they?", is not an end)
_SENTENCE = re.compile(
    r"(?<=[.!?。？！])\s+|\s+[—–]\s+(?=(?:was|were|is|are|did|does|has|have|had)\s+"
    r"(?:he|she|they|it)\b)",
    re.IGNORECASE,
)
# where a remark can be set off from a question: sentences, commas, dashes, brackets
# (not a colon: "2001: A Space Odyssey" is a title, not a remark)
_ASIDE = re.compile(r"(?<=[.!?])\s+|(?<=[,;])\s+|\s+[-–—]+\s+|\s*[()]\s*")
_KIN = frozenset({"dad", "father", "mother", "mom", "mum", "son", "daughter", "wife", "husband",
                  "brother", "sister", "twin", "parents", "children", "kids", "cousin",
                  "uncle", "aunt", "grandfather", "grandson", "spouse", "relative"})  # fmt: skip
# "after TMA-14M left …": a verb after the flight makes the moment a clause of its own
_CLAUSE_VERBS = frozenset(
    {"left", "leaves", "leave", "got", "had", "has", "was", "were", "is", "landed", "lands",
     "launched", "launches", "docked", "undocked", "returned", "came", "comes", "went",
     "arrived", "arrives", "departed", "flew", "ended", "finished", "lifted", "blasted",
     "took", "broke", "exploded", "crashed", "did", "splashed", "touched", "reached"}
)  # fmt: skip
# words of world events' names that ordinary questions use too ("fell", "ended", "the")
_COMMON_EVENT_WORDS = frozenset(
    """the of a was were on in up down fell fall broke break came ended end apart collapsed
    collapse collapsed dissolved dissolution breakup declared attacks attack terrorist year
    began day new turn exploded explosion accident disaster blew opened who when years
    center""".split()
)
_NEGATION = frozenset({"not", "no", "except", "excluding", "without", "only", "but", "never",
                       "besides", "nor", "neither"})  # fmt: skip
_NUMBERED_NAME = re.compile(r"^(.*?)-?(\d+)([A-Z]?)$")
_WORDS = {"soyuz": "Soyuz", "shenzhou": "Shenzhou", "skylab": "Skylab", "crew": "Crew",
          "expedition": "Expedition", "axiom": "Axiom", "mission": "Mission", "demo": "Demo",
          "mir": "Mir", "salyut": "Salyut", "eo": "EO"}  # fmt: skip


def designation(text: str) -> str:
    """`tma 40m` -> `TMA-40M`, `ms22` -> `MS-22`, `crew 30` -> `Crew-30`: as people write them."""
    parts = re.findall(r"[a-z]+|\d+[a-z]?", text.lower())
    out: list[str] = []
    for p in parts:
        if p[0].isdigit():
            num = p.upper()
            if out and not out[-1].startswith(
                ("Soyuz", "Shenzhou", "Skylab", "Expedition", "Mission", "Salyut", "Mir")
            ):
                out[-1] = f"{out[-1]}-{num}"
            else:
                out.append(num)
        else:
            out.append(_WORDS.get(p, p.upper()))
    return " ".join(out)


def _crew_next_to(toks: list[str]) -> bool:
    """ "the crew before Shenzhou 16", "which crew came after Shenzhou 12": a crew placed
    next to a flight, not "after Columbia, who launched as the caretaker crew"."""
    return any(t in ("crew", "crews") and {"before", "after"} & set(toks[i + 1 : i + 4])
               for i, t in enumerate(toks))  # fmt: skip


def _op_before_person(q: Query) -> str | None:
    """ "before Polyakov's record", "before John Glenn's 1998 flight": "before" or "after"
    when the one person named is the moment a ranking is set against."""
    said = q.before_mention.get(q.people[0]) if q.people else None
    if said in ("before", "after", "until", "since"):
        return "before" if said in ("before", "until") else "after"
    toks = q.tokens
    if q.people and toks[:1] in (["before"], ["after"]):
        return toks[0]  # "before john glenn's 1998 flight, who was…"
    return None


def _describes_its_own_subject(q: Query) -> bool:
    """ "When did the first Polish cosmonaut go to space, and what was his name?", "who made
    China's first spacewalk, and on what date?": a ranked, described subject the question
    pins down itself — "his" is that cosmonaut, not the thread's."""
    return (
        (q.rank in ("first", "last") or q.rank.isdigit())
        # (a sex alone is no such description: "where was the second man from?" in a thread
        # about a crew is its second man)
        and bool(q.nat or q.kinds or q.occupations)
        and not (q.people or q.flights or q.expeditions or q.stations)
        and q.agg != "yesno"
        and not q.claim
        and not q.compare
        and q.pronouns <= {"male", "female"}
        and not any(
            a in ("of", "among") and b in ("them", "those", "these")
            for a, b in zip(q.tokens, q.tokens[1:])
        )  # fmt: skip
        and not {"next", "previous", "after", "before", "since", "other", "else"} & set(q.tokens)
    )


def _remember(q: Query, context: Context) -> Context:
    """A declined question still names who or what the thread is about: "how much did Tito
    pay?" then "ok, when did he launch?" """
    if not (q.people or q.flights or q.expeditions or q.stations):
        return context
    return Context(
        flights=tuple(q.flights) or context.flights,
        people=tuple(dict.fromkeys([*q.people, *context.people]))[:12],
        expeditions=tuple(q.expeditions) or context.expeditions,
        stations=tuple(q.stations) or context.stations,
        query=q.copy(parts=[], agg="one", unparsed=[]),
        named=tuple(q.people),
        root=context.root or q.copy(parts=[], agg="one", unparsed=[]),  # the thread's own
    )


def _rank_at(tokens: list[str]) -> int:
    """Where the rank word is ("first", "last", "latest"), or past the end."""
    return next((i for i, t in enumerate(tokens)
                 if t in ("first", "last", "latest", "earliest", "final")), len(tokens))  # fmt: skip


def _decline(question: str, text: str, suggestions=(), intent: str = "decline",
             context: Context | None = None, query: Query | None = None) -> Answer:  # fmt: skip
    return Answer(
        question=question,
        answered=False,
        text=text,
        intent=intent,
        suggestions=list(suggestions)[:3],
        # the thread goes on from its last answer; "declined" tells a "how many is that?"
        # next that the last turn listed nothing
        context=context._replace(intent="declined") if context else Context(),
        unparsed=list(query.unparsed) if query else [],
    )


# verbs that make a sentence a statement ("… flew on Crew-10 with McClain?")
_STATING_VERBS = frozenset(
    "was were is are flew flown launched landed commanded died walked spent went made had has "
    "became docked visited carried returned came holds held set served lived stayed piloted "
    "got took splashed crashed reached lifted orbited broke blew exploded".split()
)
_CLAUSE_SUBJECTS = frozenset("it he she they we i you after that".split())
_NOT_STATEMENT_START = (
    QUESTION_WORDS
    | AUXILIARIES
    | frozenset(
        "and so but or also then whats what's who's whos how's hows when's where's why if".split()
    )
    # ("Date Apollo and Soyuz docked?": what is asked, said first, as in a note)
    | frozenset({"date", "day", "year", "time", "place", "site"})
)


def _stated_then_asked(question: str) -> str | None:
    """The question with its first sentence read as a claim to check, when that sentence
    is a statement said with a question mark ("Salyut 6 was the first space station
    ever?"); None when it is a question of its own or already framed as a claim."""
    head, _, rest = question.partition("?")
    if re.search(r"[.!:;—–]|\s-\s", head):
        return None  # a remark before it, or a list: read as written
    words = fold(head).replace("-", " ").split()
    verb = next((i for i, w in enumerate(words) if w in _STATING_VERBS), 0)
    if (
        len(words) < 3
        or not 0 < verb < min(len(words) - 1, 6)  # a subject first, then more after the verb
        or words[0] in _NOT_STATEMENT_START
        # "longest solo spaceflight ever flown?": a ranked noun ("first French astronaut
        # was Pesquet?" is still a claim)
        or (is_rank_word(words[0]) and words[verb] not in ("was", "is", "were"))
        or words[verb - 1] in _CLAUSE_SUBJECTS  # "… the station it docked with?"
        # (a question word asks, but for a "when" that opens a clause after the verb: "was 77
        # when he flew" states)
        or any(
            w in QUESTION_WORDS | {"why"}
            and not (
                w == "when" and i > verb and words[i + 1 : i + 2] in (["he"], ["she"], ["they"])
            )
            for i, w in enumerate(words)
        )
        or ends_as_claim(head + "?")
    ):
        return None
    return f"{head.rstrip(' ,;:')}, right?{rest}"


class Engine:
    def __init__(self, facts: Facts):
        self.facts = facts
        self.index = EntityIndex(facts)
        # "the teacher who flew in 2007": the records' occupation words are lexicon words
        self.index.phrases = occupation_phrases(
            {w.lower() if w.isascii() and w.isalpha() else fold(w): o.id
             for o in facts.occupations.values() for w in o.words}
        )  # fmt: skip
        self._families: dict[tuple[str, str], list[tuple[int, str]]] | None = None
        self._names_cache: dict[tuple[str, str], set[str]] = {}
        self._places: frozenset[str] | None = None
        self._vocab: list[str] | None = None  # the lexicon's words, for respelling a typo
        # world events' names, made on first use: their own words, then the pattern
        self._world_words: frozenset[str] | None = None
        self._sites: dict[str, str] | None = None  # Moon landing sites' names -> flight
        self._world: re.Pattern | None = None
        self._world_ids: dict[str, str] = {}

    @classmethod
    def open(cls, db_path: Path) -> Engine:
        # from the store's snapshot (facts and alias index made at build time) when it is
        # current, else from its tables
        with without_gc():
            facts = open_facts(db_path)
        # the flights' local clocks, worked out at build (None when read from the tables)
        ph.use_local_times(facts.prepared.get("local_times"))
        return cls(facts)

    def prepare(self) -> Engine:
        """Make every part of the store and the indexes of a large one now (a server does,
        so that no question pays for them); `spacebot ask` makes only what its question
        needs."""
        self.facts.load_all()
        prepare(self.facts)
        is_english_word("orbit")  # reads the dictionary
        # The store's objects were made with the cyclic collector off: on a large store its
        # first passes over them (~1M objects at 100x) would fall on a question, ~0.2 s
        # late. Then now instead. (On the real store they take a few ms wherever they
        # fall; done here they would hold a busy event loop during /reload.)
        if len(self.facts.trips) >= INDEX_TRIPS_FROM:
            gc.collect()
        return self

    # ---------------------------------------------------------------------------

    def ask(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question. Never raises: a failure becomes a polite decline."""
        started = time.perf_counter()
        asked = question
        if question and "back to" in question.lower() and (m := _BACK_TO.match(question)):
            # "back to Krikalev — when was he born?": a turn back to a subject said earlier,
            # not a return to Earth
            question = question[m.end() :]
        if (
            context is not None
            and len(context.listed) == 1
            and context.listed[0] in self.facts.people
            and (m := _THAT_GUY.search(question or ""))
        ):
            # "was he the first Indian in space?" "No: Rakesh Sharma…" "what year did that guy
            # fly?": the one person the last answer gave, not the thread's subject
            question = (
                question[: m.start()]
                + self.facts.people[context.listed[0]].name
                + ("'s" if m.group(2) else "")
                + question[m.end() :]
            )
        if question and ("–" in question or "—" in question):
            # "the first shuttle–Mir docking": a dash between two words is a hyphen, not a
            # break between a subject and what is asked of it
            question = re.sub(r"(?<=\w)[–—](?=\w)", "-", question)
        if question and "replace" in question.lower():
            # "what did they send up to replace it?": what replaced it ("they" is whoever
            # sent it, not the crew)
            question = _SENT_TO_REPLACE.sub(r"\1 replaced", question)
        if question and "if not" in question.lower():
            question = _IF_NOT_WHO.sub("", question)
        if (m := _WHO_ELSE_AFTER.match(question or "")) and not (context and context.query):
            # "Was Krikalev on Expedition 1? who else?": the check, then the rest of that crew
            first = self.ask(m.group(1), context)
            if first.answered:
                second = self.ask("who else was on it?", first.context)
                if second.answered:
                    second.question = question
                    second.text = _with_new_sentences(first.text, second.text)
                    return second
        if context is not None and context.query is not None and _THE_OTHERS.match(question or ""):
            # "who commanded Inspiration4?" "and the others?": the rest of that crew
            question = "who else was on it?"
        if (
            question
            and "?" in question
            and (context is None or context.query is None)
            and (m := _BARE_TAIL.search(question))
        ):  # (in a thread the pieces are read against the thread, as they come)
            # "was there a Syrian cosmonaut? when": the word after the question asks it of
            # the answer, as ", and when?" would
            head = question[: m.start()]
            lead = _LEAD_IN.match(head)
            if lead and "?" not in head:
                # "After the MS-22 leak, the crew came home on MS-23 — when?": the statement
                # after the lead-in is what is asked about
                head = head[lead.end() :]
            question = head + f", and {m.group(1)}?"
        if question and "?" in question and (said := _stated_then_asked(question)):
            # "Takuya Onishi flew on Crew-10 with Anne McClain?": a statement with a question
            # mark is a claim to check, as if it ended ", right?"
            question = said
        low = (question or "").lower()
        if (" after his " in low or " after her " in low) and (
            m := _AFTER_OWN_TRIP.search(question or "")
        ):
            # "did John Glenn go back to space after his Mercury flight?": after that trip
            who = [x.ids[0] for x in self.index.link(question[: m.start()]).mentions
                   if x.kind == "people" and len(x.ids) == 1]  # fmt: skip
            trips = list(self.facts.trips_by_person.get(who[0], [])) if len(who) == 1 else []
            prog = (m.group("what") or "").strip().lower()
            if prog:
                trips = [t for t in trips if prog in self.facts.flights[t.up_flight].program
                         or prog in self.facts.flights[t.up_flight].name.lower()]  # fmt: skip
            if m.group("rank") and trips:
                trips = trips[:1] if m.group("rank").strip() == "first" else trips[-1:]
            if len(trips) == 1 and trips[0].end:
                end = trips[0].end
                question = (
                    f"{question[: m.start()]} after {end.day} {end:%B %Y}{question[m.end() :]}"
                )
                low = question.lower()
        if "(" in low and (m := _DAY_IN_BRACKETS.search(question or "")):
            # "who was on the ISS the day Atlantis landed for the last time (July 21 2011)": the
            # date said in brackets is the day; the words before it only describe it
            again = self.ask(
                f"{question[: m.start()]} on {m.group('day')}{question[m.end() :]}", context
            )
            if again.answered:
                again.question = question
                return again
        if "by the time " in low and (m := _BY_THE_TIME.search(question or "")):
            # "how many flights had Nie made by the time Shenzhou 12 landed?": up to that day
            ev = "land" if _LANDED.match(m.group("ev")) else "launch"
            said = m.group("what")
            at = self._moment(said, ev)
            who = [x for x in self.index.link(m.group("what")).mentions if x.kind == "people"]
            if who and len(self.facts.trips_by_person.get(who[0].ids[0], [])) > 1:
                # "by the time Whitson landed in 2017": the trip of that year, else unsaid
                year = re.match(r"\s*in ((?:19|20)\d\d)\b", question[m.end() :])
                trips = [t for t in self.facts.trips_by_person.get(who[0].ids[0], [])
                         if year and (t.end if ev == "land" else t.start)
                         and (t.end if ev == "land" else t.start).year == int(year.group(1))]  # fmt: skip
                at = None
                if len(trips) == 1:
                    moment = trips[0].end if ev == "land" else trips[0].start
                    at = ("", moment, trips[0].up_flight)
                    m = (
                        re.search(
                            re.escape(m.group(0)) + r"\s*in (?:19|20)\d\d", question, re.IGNORECASE
                        )
                        or m
                    )
            if at is not None and at[1] is not None:
                word = "by" if ev == "land" else "before"  # (a launch that day is not yet flown)
                # (a person said in the clause stays in the question: "she" is Whitson)
                lead = f"{said}: " if who else ""
                question = (
                    f"{lead}{question[: m.start()]} {word} {at[1].day} {at[1]:%B %Y}"
                    f"{question[m.end() :]}"
                )
                low = question.lower()
        fixed = (_self_corrected(question or "") if any(w in low for w in _TAKE_BACK_WORDS)
                 else None)  # fmt: skip
        if fixed is not None and fixed.strip() != (question or "").strip():
            # "who commanded the iss when the first space tourist... no wait, when Demo-2
            # docked?": what was taken back is never read, so it cannot narrow the question
            again = self.ask(fixed, context)
            if again.answered:
                again.question = question
                return again
        if (
            "shepard" in low
            or "galactic" in low
            or "blue origin" in low
            or "suborbital" in low
            or "any kind" in low
        ) and _NOT_HELD.search(low):
            # "which New Shepard flight took Ed Dwight up?": not Alan Shepard's flights
            return _decline(question, "My records don't hold suborbital tourist flights "
                            "(Blue Origin's New Shepard, Virgin Galactic), only orbital ones and "
                            "the early suborbital Mercury hops.", intent="unanswerable",
                            context=context)  # fmt: skip
        if _WHOSE_HEALTH.search(question or "") and "why" not in low:
            return _decline(question, "My records don't say which crew member was ill or "
                            "injured (for Crew-11 in 2026, NASA did not name them).",
                            intent="unanswerable", context=context)  # fmt: skip
        if any(w in low for w in _FICTION_WORDS) and _FICTION.search(question or ""):
            # "in the TV series For All Mankind, who was the first Soviet woman on the Moon?":
            # a story's events are not spaceflights, however real the names sound
            return _decline(question, "I only know real spaceflights, not what happens in TV "
                            "series, novels or games (or who played whom).", intent="off_topic",
                            context=context)  # fmt: skip
        try:
            answer = (
                self._lunar_site(question or "", context or Context())
                or self._and_who_else(question or "", context or Context())
                or self._flown_before_this(question or "", context or Context())
                or self._before_the_one_named(question or "", context or Context())
                or self._who_was_instead(question or "", context or Context())
                or self._stayed_in_orbit(question or "", context or Context())
                or self._record_taken(question or "", context or Context())
                or self._record_beaten(question or "", context or Context())
                or self._record_passed(question or "", context or Context())
                or self._past_the_guess(question or "", context or Context())
                or self._lead_then_rest(question or "", context or Context())
                or self._gap_claim(question or "", context or Context())
                or self._day_beside(question or "", context or Context())
                or self._own_flights_apart(question or "", context or Context())
                or self._how_many_of_them(question or "", context or Context())
                or self._timeline(question or "", context or Context())
                or self._than_every(question or "", context or Context())
                or self._the_year_one(question or "", context or Context())
                or self._how_many_listed(question or "", context or Context())
                or self._any_of_them(question or "", context or Context())
                or self._listed_asks(question or "", context or Context(), nouns_only=True)
                or self._ranked_among_listed(question or "", context or Context())
                or self._which_of_them(question or "", context or Context())
                or self._vehicle_of_described(question or "", context or Context())
                or self._years_since(question or "", context or Context())
                or self._anniversary(question or "", context or Context())
                or self._aboard_then(question or "", context or Context())
                or self._ask_when_event(question or "", context or Context())
                or self._claim_then_question(question or "", context or Context())
                or self._gapped_count(question or "", context or Context())
                or self._claim_in_two(question or "", context or Context())
                or self._did_both(question or "", context or Context())
                or self._ask_in_two(question or "", context or Context())
                or self._clauses_apart(question or "", context or Context())
                or self._statement_then_question(question or "", context or Context())
                or self._ask_without_description(question or "", context or Context())
                or self._ask(question or "", context or Context())
            )
            if (m := _BUT_ASKING.search(question or "")) is not None:
                # "Everyone remembers Leonov's spacewalk, but who was his commander on Voskhod
                # 2?": the remark names whom the question is about, as an earlier turn would
                split = self._ask_last_sentence(
                    (question or "")[: m.start()] + ". " + (question or "")[m.end() :],
                    context or Context(),
                )
                answer = split or answer
            if not answer.answered and (
                answer.intent in ("not_understood", "decline")
                or (
                    answer.intent == "unanswerable"
                    and (context is None or context.query is None)
                    and _ASKS_LAST.search(question or "") is not None
                )
            ):
                # "Soyuz 33 with the first Bulgarian couldn't dock. Who was on it?": the
                # remark before the question names what is asked about, nothing more
                answer = self._ask_last_sentence(question or "", context or Context()) or answer
            if not answer.answered and answer.intent == "not_understood":
                answer = self._ask_without_aside(question or "", context or Context()) or answer
            if not answer.answered:
                answer = (
                    self._ask_without_description(question or "", context or Context()) or answer
                )
            if not answer.answered and (m := _DAY_REMARK.search(question or "")):
                # "who was on the ISS on 30 April 2001, the day the first tourist arrived?":
                # the remark says what the date was; the date answers it
                rest = (question[: m.start()] + question[m.end() :]).strip()
                again = self._ask(rest, context or Context())
                if again.answered and again.context.query is not None and again.context.query.dates:
                    again.question = question
                    again.details = [*again.details, f"Not used: “{m.group(1).strip()}”."]
                    answer = again
            if (
                not answer.answered
                and (m := _MEANT.match(question or ""))
                and context
                and context.query
            ):
                # "no sorry, I meant her second flight": the same thread, the subject corrected
                again = self._ask(question[m.end() :], context)
                answer = again if again.answered else answer
            if not answer.answered and answer.intent == "not_understood":
                # "which crew flew to Salyut 1 in April 1971 but never got inside?" reads as
                # the one crew of that month: words that only describe a subject the rest
                # pins down are named as not used rather than sinking the question
                again = self._ask(question or "", context or Context(), loose=True)
                # the words left out must have only described the one thing the rest pins
                # down: a long list ("125 Russian people…", more than a crew) means they were
                # what picked it out
                listed = len(again.items) > 8 or (again.facts.get("count") or 0) > 8
                # (nor a yes or no: "was Gui Haichao the first Chinese civilian in space?" is
                # not checked by the first Chinese person, with "civilian" left out)
                checked = again.text.startswith(("Yes", "No"))
                answer = again if again.answered and not listed and not checked else answer
            if not answer.answered and answer.intent == "not_understood" and answer.unparsed:
                # "which of them actualy walked on the moon": a misspelt word the lexicon
                # knows, one letter off, and no dictionary word as typed
                again = self._respelled(question or "", answer.unparsed, context or Context())
                answer = again if again is not None and again.answered else answer
            if not answer.answered and (
                m := _PURPOSE.match(question or "") or _ABOUT_ME.match(question or "")
            ):
                answer = self._ask_without_purpose(question, m, context or Context()) or answer
            if not answer.answered and (fixed := _self_corrected(question or "")):
                # "how many orbits, no wait, how long was the flight?": the part taken back
                # is left out, so an unknown word in it does not sink the question asked
                again = self._ask(fixed, context or Context())
                answer = again if again.answered else answer
            if not answer.answered:
                # "first Arab spacewalk: who, when, with which NASA astronaut?": the subject,
                # then each item asked of it (when nothing else read the question)
                answer = self._listed_asks(question or "", context or Context()) or answer
            elif (
                any(d.startswith("Not used:") for d in answer.details)
                and not _LISTED_ASKS.match(question or "")
                and (said := self._subject_said_first(question or "")) is not None
                and (listed := self._listed_asks(said, context or Context())) is not None
                and listed.answered
                and "Not answered:" not in listed.text
            ):
                # "Gemini 3 crew, the nickname of the capsule and the launch date?": the
                # subject, then a list, without a colon between them
                answer = listed
            elif (
                (m := _LISTED_ASKS.match(question or ""))
                and _SHORT_ITEMS.fullmatch(m.group("items"))
                and _mostly_nouns(m.group("items"))
            ):
                # "Inspiration4: who was commander, how many people, launch date?": what the
                # reading gave first, then what asking each item of the subject adds
                listed = self._listed_asks(question or "", context or Context())
                if listed is not None and "Not answered:" not in listed.text:
                    answer.text = _with_new_sentences(answer.text, listed.text)
            if (
                not answer.answered
                and answer.intent in ("not_understood", "decline", "unanswerable")
                and (dash := _REMARK_THEN_ASK.search(question or ""))
            ):
                # "Salyut 1 was the first space station, launched in April 1971 — what day?":
                # a remark, then the question after a dash, as two sentences
                remark = (question or "")[: dash.start()].strip()
                asked = (question or "")[dash.end() :].strip()
                named = {m.kind for m in self.index.link(remark).mentions}
                said = f"{remark}. {asked}"
                again = (
                    self._ask_last_sentence(said, context or Context())
                    # (not "… the second Pole — who was the first?": a rank of what the remark
                    # describes; nor "the one left behind …", nor a crew only described)
                    if named & {"flights", "people", "expeditions"}
                    and "one" not in fold(remark).split()
                    and not any(is_rank_word(w) for w in fold(asked).split())
                    else None
                )
                if again is not None and again.answered:
                    again.question = question
                    answer = again
            many = max(len(answer.items), answer.facts.get("count") or 0)
            if (
                answer.answered
                and many > 8
                and (
                    _ONE_DESCRIBED.match(question or "")
                    or _WHO_WAS_ONE.search(question or "")  # "… a woman visited them. Who was she?"
                )
            ):
                # "the Russian who was up that whole year with the twin astronaut": one person
                # described; a list of 125 means the description was not understood
                answer = _decline(question, f"That description fits {many} in my records as I "
                                  "read it, so I can't tell which one you mean; try a name, a "
                                  "flight or a year.", context=context or Context())  # fmt: skip
        except Exception:  # the bot must never show a traceback to a user
            import logging  # not before it is needed: ~5 ms of every `spacebot ask`

            logging.getLogger(__name__).exception("engine failed on a question")
            answer = _decline(question, "Sorry, something went wrong answering that.")
        if answer.answered and (unit := _UNIT_ASKED.search(question or "")):
            answer.text = _in_unit(answer.text, unit.group(1).lower())
        answer.facts.setdefault("ms", round((time.perf_counter() - started) * 1000, 3))
        if asked is not question:
            answer.question = asked
        return answer

    def answer_query(self, q: Query, context: Context | None = None) -> Answer:
        """Answer a query built from ids a caller already resolved (the slash commands):
        nothing is parsed, so nothing can be misread. Never raises, like `ask`."""
        started = time.perf_counter()
        context = context or Context()
        try:
            answer = self._answer(q, execute(self.facts, q.copy()), context, False)
        except Unanswerable as e:
            answer = _decline(q.raw, e.text, e.suggestions, intent="unanswerable",
                              context=context, query=q)  # fmt: skip
        except Exception:  # the bot must never show a traceback to a user
            import logging  # not before it is needed, as in ask()

            logging.getLogger(__name__).exception("engine failed on a query")
            answer = _decline(q.raw, "Sorry, something went wrong answering that.")
        answer.facts.setdefault("ms", round((time.perf_counter() - started) * 1000, 3))
        return answer

    def _role_as_person(self, text: str, context: Context) -> tuple[str, Context]:
        """ "Had the commander flown before?" in a thread about Gemini 11: the commander is a
        person, Pete Conrad, and is asked about as "he" would be. A question that asks who
        held the seat ("who was the commander?") is left as it is."""
        if context.query is None:
            return text, context  # a first question: no thread to find anyone in
        nat = _NAT_SUBJECT.search(text)
        if nat is not None and not _ASKS_HOLDER.match(text):
            # "when did the Russian one go back to the station?": the one Russian of the
            # thread's crew, asked about as "he"
            nats = {w.value for w in PHRASES.get((fold(nat.group(1)),), ()) if w.kind == "nat"}
            thread = [
                f for f in (*context.query.flights, *context.flights) if f in self.facts.flights
            ]
            if nats and thread:
                fit = list(dict.fromkeys(
                    s.person for s in self.facts.seats_by_flight.get(thread[0], [])
                    if nats & set(self.facts.people[s.person].nationality)))  # fmt: skip
                if len(fit) == 1:
                    she = self.facts.people[fit[0]].sex == "female"
                    text = text[: nat.start()] + ("she" if she else "he") + text[nat.end() :]
                    return text, context._replace(named=(fit[0],), people=(fit[0],),
                                                  flights=(thread[0],))  # fmt: skip
        m = _ROLE_SUBJECT.search(text)
        if (
            m is None
            or context.query is None
            or _ASKS_HOLDER.match(text)
            or _ROLE_ALONE.match(text)
        ):
            return text, context
        also = {"also", "too", "again"} & set(
            fold(text).split()
        )  # "wasn't the commander also on Ax-1?"
        if any(x.kind == "people" or (x.kind == "flights" and not also)
               for x in self.index.link(text).mentions):  # fmt: skip
            # "the commander before Ovchinin": a role asked of a name; "when did the commander
            # launch on Soyuz TMA-14?": that flight's commander, not the thread's
            return text, context
        if _OTHER_REFERENT.search(text):
            return text, context  # "what about the first crew - who was its commander?"
        if _ROLE_PREDICATE.search(text):
            return text, context  # "was he the commander on that one?": a seat claimed
        thread = [*context.query.flights, *context.flights]
        if not thread or thread[0] not in self.facts.flights:
            return text, context
        role = m.group(2).lower().replace("captain", "commander").replace("skipper", "commander")
        held = [s.person for s in self.facts.seats_by_flight.get(thread[0], []) if s.role == role]
        if len(held) != 1:
            return text, context
        she = self.facts.people[held[0]].sex == "female"
        word = ("her" if she else "his") if m.group(3) else ("she" if she else "he")
        text = text[: m.start()] + word + text[m.end() :]
        return text, context._replace(named=(held[0],), people=(held[0],), flights=(thread[0],))

    def _the_other_one(self, q: Query) -> None:
        """ "Apollo 7 had Schirra and Eisele - who was the third guy?": the crew of the named
        flight other than the people named, not a third flight of theirs."""
        toks = q.tokens
        other = any(a in _OTHER_WORDS and b in _CREW_NOUNS for a, b in zip(toks, toks[1:]))
        if len(q.flights) != 1 or not q.people or not other or "who" not in q.asks:
            return
        aboard = {s.person for s in self.facts.seats_by_flight.get(q.flights[0], [])}
        if set(q.people) <= aboard:
            q.excluded += [p for p in q.people if p not in q.excluded]
            q.people, q.rank = [], ""

    def _walk_as_moment(self, q: Query) -> None:
        """ "Where did Voskhod 2 come down after Leonov's spacewalk?": the walk only says
        when; the flight's landing is asked, not the walk, and Leonov is not a subject."""
        toks = q.tokens
        events = {e for p in q.parts for e in p.events}
        if not q.flights or not events & {"land", "launch"} or "walk" not in events:
            return
        for i, t in enumerate(toks):
            walk = [j for j in range(i + 1, min(i + 5, len(toks))) if toks[j] in _WALK_NOUNS]
            if t in ("after", "before", "during") and walk:
                aboard = {
                    s.person for f in q.flights for s in self.facts.seats_by_flight.get(f, [])
                }
                q.people = [p for p in q.people
                            if not (q.before_mention.get(p) == t and p in aboard)]  # fmt: skip
                for part in q.parts:
                    part.events.discard("walk")
                q.compare = ""
                return

    def _claim_then_question(self, question: str, context: Context) -> Answer | None:
        """ "Confirm: Yang Liwei's flight lasted about 21 hours. What time UTC did he launch?":
        the claim is checked, then the question asked as its follow-up; both are answered."""
        m = _CLAIM_THEN_ASK.search(question)
        if m is None:
            return None
        head, tail = question[: m.start() + 1], question[m.end() :]
        if m.group(0).lstrip()[:1] not in ".?!":
            head = question[: m.start()] + "?"  # "… correct, and who …": "… correct?"
        asked_yes_no = (
            context.query is None
            and head.rstrip().endswith("?")
            and not head.lower().lstrip().startswith(_CHECK_OPENERS)  # (those are claims)
            and re.match(r"\s*(?:was|were|is|did|does)\s(?!it\b)", head, re.IGNORECASE) is not None
            and parse(head, self.index.link(head), self._name_words).agg == "yesno"
        )  # "was Liu Yang the first Chinese woman to do a spacewalk? when was it?"
        # "Pete Conrad commanded Skylab 2. Who else was on it?": a bare statement first, put
        # up to be checked as a claim would be (asked first in a conversation)
        # (only a person said to have flown one flight, asked of that flight: "it", "else")
        stated = (
            context.query is None
            and bool({"it", "else"} & set(fold(tail).split()))
            and "," not in head  # ("STS-114, commanded by Collins — …": a caption, no claim)
            and not ends_as_claim(head)
            and sorted((m.kind, len(m.ids)) for m in self.index.link(head).mentions)
            == [("flights", 1), ("people", 1)]
            and _stated_then_asked(head.rstrip(" .!?") + "?") is not None
        )
        if m.group(0).strip()[:1] in "-–—" and not stated:
            return None  # (a dash before a question: only after such a statement)
        if (
            not asked_yes_no
            and not stated
            and (
                not (
                    head.lower().lstrip().startswith(_CHECK_OPENERS)
                    # (in a thread, "she did a spacewalk right? when" is read as the thread goes)
                    or (ends_as_claim(head) and context.query is None)
                )
                or not strip_frame(" ".join(head.split()))[1]
            )
        ):
            # the first sentence is not a claim put up to be checked ("… , right?" is)
            return None
        first = self.ask(head, context)  # (the whole reading: "20 years after Gagarin")
        # a claim that can't be checked still names what the question after it is about
        # ("Draft: Khrunov and Yeliseyev spacewalked between Soyuz 5 and Soyuz 4. Who
        # piloted each ship?"); its "can't check" is said, then the question answered
        ctx = first.context
        if (
            not first.answered
            and first.intent == "unanswerable"
            and ctx.query is None
            # (not the catch-all "can't check that as a whole. What they say: …", where the
            # question read as one does better)
            and "What they say:" not in first.text
        ):
            # (asked first in a conversation, a claim that can't be checked leaves no thread:
            # the question after it is asked of the people and flights the claim names)
            hq = parse(head, self.index.link(head), self._name_words)
            if (
                (hq.people or hq.flights)
                and len(hq.people) <= 1  # (of two, "never flew together" would say too much)
                and not self._ask(question, context).answered
            ):
                # (only when the question read as one fails too: an answer to it is kept)
                ctx = Context(people=tuple(hq.people), named=tuple(hq.people),
                              flights=tuple(hq.flights), query=hq)  # fmt: skip
        if not first.answered and (first.intent != "unanswerable" or ctx.query is None):
            return None
        second = self._ask(tail, ctx)
        said = (
            [m.ids[0] for m in self.index.link(head).mentions if m.kind == "people" and m.ids]
            if not second.answered and first.text.startswith("No")
            else []
        )  # (linked only when the question after a "no" was not answered)
        if said:
            # "yang liwei flew shenzhou 6? when was his flight": after a "no", the question
            # is about the person the claim was of, on their own flights, not the one claimed
            mine = tuple(t.up_flight for t in self.facts.trips_by_person.get(said[0], []))
            own = mine[:1] if len(mine) == 1 else ()
            again = self._ask(tail, Context(people=(said[0],), named=(said[0],), flights=own,
                                            query=Query(raw=head, people=[said[0]],
                                                        flights=list(own))))  # fmt: skip
            second = again if again.answered else second
        if not second.answered:
            if asked_yes_no:
                return None  # (a question asked in two, half answered, is read as one)
            # the "no" says what they flew and when, which is what the question after a
            # false claim wants
            checked = first.answered and first.text.startswith(("No", "Yes"))
            if checked:
                first.question = question
            return first if checked else None
        second.question = question
        # (what the check already said is not said again: "Yes: Polyakov spent 437 days …")
        second.text = _with_new_sentences(first.text, second.text)
        second.details = first.details + [d for d in second.details if d not in first.details]
        second.sources = list(dict.fromkeys(first.sources + second.sources))
        return second

    def _gapped_count(self, question: str, context: Context) -> Answer | None:
        """ "how many people died aboard Soyuz 11, and how many on Challenger?": the second
        count leaves out what it counts, which the first said; each is asked in full and
        both answered. None when the question has no such second count or either fails."""
        m = _GAPPED_COUNT.match(question)
        if m is None:
            return None
        lead = m.group("lead")
        first = self._ask(f"{lead} {m.group('p1')} {m.group('a')}?", context)
        second = self._ask(f"{lead} {m.group('p2')} {m.group('b')}?", context)
        if not (first.answered and second.answered):
            return None
        second.question = question
        second.text = f"{first.text} {second.text}"
        second.details = first.details + second.details
        second.sources = list(dict.fromkeys(first.sources + second.sources))
        return second

    def _claim_in_two(self, question: str, context: Context) -> Answer | None:
        """ "Merbold flew on the Shuttle and also went to Mir, right?": two claims about one
        person, each checked on its own (together they match no single trip); yes only when
        both hold, and either way what the records say of each."""
        m = _AND_CLAIM.search(question)
        if m is None:
            return None
        head, tail = question[: m.start()], question[m.end() :]
        mentions = [x for x in self.index.link(head).mentions if x.kind == "people"]
        tag = _CLAIM_TAG.search(tail)
        if not mentions or tag is None or len(mentions[0].ids) != 1:
            return None
        if _POINTS_BACK & set(fold(tail[: tag.start()]).split()):
            return None  # "… and came back on the same Soyuz": the second leans on the first
        who = self.facts.people[mentions[0].ids[0]].name
        first = self._ask(f"{head.strip(' ,')}{tag.group(0)}", context)
        second = self._ask(f"{who} {tail.strip()}", context)
        return _both_yes_no(first, second, question)

    def _did_both(self, question: str, context: Context) -> Answer | None:
        """ "Did Pete Conrad walk on the Moon and live on Skylab?": two yes-or-no questions
        of one person, each checked on its own (no single trip holds both), answered as
        _claim_in_two answers two claims."""
        m = _DID_AND.match(" ".join(question.split()))
        if m is None:
            return None
        head = f"{m.group('aux')} {m.group('rest')}"
        mentions = [x for x in self.index.link(head).mentions if x.kind == "people"]
        if len(mentions) != 1 or len(mentions[0].ids) != 1:
            return None
        if _POINTS_BACK & set(fold(m.group("then")).split()):
            return None  # "… and come back on the same Soyuz": the second leans on the first
        who = self.facts.people[mentions[0].ids[0]].name
        first = self._ask(head.rstrip(" ,") + "?", context)
        second = self._ask(f"{m.group('aux')} {who} {m.group('then').rstrip(' ?')}?", context)
        return _both_yes_no(first, second, question)

    def _lead_then_rest(self, question: str, context: Context) -> Answer | None:
        """ "And the next expedition — who commanded it and where was he from?": the lead
        fragment moves the thread on (a turn of its own); the rest is asked of what it
        found. None without such a lead, or when either part is not answered."""
        if context.query is None or not _LEAD_FRAGMENT.match(question):
            return None
        text = " ".join(question.split())
        lead = _LEAD_FRAGMENT.match(text)
        if lead is None:
            return None
        words = set(fold(lead.group(1)).split())
        if not words & _LEAD_NOUNS or any(
            m.kind == "people" for m in self.index.link(lead.group(1)).mentions
        ):
            return None  # "and Krikalev himself - when did he land?": a subject, read as one
        first = self._ask(lead.group(1) + "?", context)
        if not first.answered:
            return None
        rest_text = text[lead.end() :]
        rest = self._clauses_apart(rest_text, first.context) or self._ask(rest_text, first.context)
        if not rest.answered:  # asked as one it fails: each clause as its own follow-up
            rest = self._clauses_apart(rest_text, first.context, force=True) or rest
        if not rest.answered:
            return None
        rest.question = question
        rest.interpretation = f"{first.interpretation}; then {rest.interpretation}"
        rest.facts["interpretation"] = rest.interpretation
        return rest

    def _names_person(self, text: str) -> bool:
        """Whether `text` names someone the records hold."""
        return any(m.kind == "people" for m in self.index.link(text).mentions)

    def _own_subjects(self, clauses: list[str]) -> bool:
        """ "When was the Mir core module launched and when was Mir deorbited?": each clause
        names its own subject (a module, then the station), which one query would merge."""
        named = []
        for c in clauses:
            ids = {(m.kind, i) for m in self.index.link(c).mentions for i in m.ids
                   if m.kind in ("modules", "stations", "flights", "expeditions")}  # fmt: skip
            if not ids:
                return False  # ("… and when did it land?": a pronoun, the same subject)
            named.append(ids)
        return any(a != b and not (a & b and a <= b) for a, b in itertools.pairwise(named))

    def _clauses_apart(self, question: str, context: Context, force: bool = False) -> Answer | None:
        """ "When was Tereshkova born and how many times did she fly?", "Liu Yang: when did
        she first fly and what was her second mission?": clauses that want different kinds
        of answer (a date and a count, a first and a second) cannot share one query, whose
        aggregate and rank are single. Each clause is asked in turn, the later ones as
        follow-ups of the earlier, and the answers joined. None when the clauses agree
        (one query answers them all) or a clause is not answered."""
        text = " ".join(question.split())
        if (
            " and " not in text.lower()
            and "?" not in text[:-1]
            and "—" not in text
            and " - " not in text
        ):
            return None
        cuts = list(_AND_CLAUSE.finditer(text))
        by_prep = not cuts and bool(cuts := list(_AND_PREP_CLAUSE.finditer(text)))
        # "Chawla's first flight — mission and year? and her second?": a second question,
        # a follow-up of the first (taken apart only if the two cannot share one query)
        cuts = cuts or list(_THEN_AND.finditer(text))
        merged = False
        fine = list(_PART_BREAK.finditer(text))
        if fine and _LEAD_SETTING.match(text[: fine[0].start()]):
            fine = fine[1:]  # ("As of the end of 2020, who …": a setting, not a clause)
        leads = [fold(text[m.end() :]).split()[:1] for m in fine]
        who_led = ["who"] in leads and (
            fold(text).split()[:1] == ["who"]
            or leads.count(["who"]) > 1
            or bool(_TOPIC.match(text))
        )
        if (
            len(fine) > len(cuts)
            and not force
            # (of a person, "and how long was the flight?" asked alone would be the vehicle's;
            # and "Wilmore and Williams launched in June 2024, what date?" is a claim and its
            # question; the head is linked only when it can matter)
            and (who_led or not self._names_person(text[: fine[0].start()]))
        ):
            # "Expedition 1: who was on it, who commanded, and what date did they arrive?",
            # "Soyuz 11: crew names, which station did they visit, and what year?": questions
            # the one reading holds as fewer parts (the crew merged into the commander's seat,
            # the station dropped) are asked one by one, so none is lost
            whole = parse(text, self.index.link(text), self._name_words)
            merged = len(whole.parts) < len(fine) + 1 and not whole.compare
            cuts = fine if merged else cuts
        if not merged and len(fine) > len(cuts) and not force:
            # "how many people have walked on the Moon, who was first and who was the last?":
            # a count and a rank split only by a comma would share one query (the rank wins)
            bits = _pieces(text, fine)
            sig = [_clause_signals(b) for b in bits]
            # (a count said in full, not "…, how many, and who holds it?", an item of a rank)
            if any(
                "many" in x and "rank" not in x and len(b.split()) >= 4
                for x, b in zip(sig, bits, strict=True)
            ) and any("rank" in x and "many" not in x for x in sig):
                cuts = fine
        wide = list(_CLAUSE_BREAK.finditer(text))
        head = text[: wide[0].start()] if wide else ""
        if (
            wide
            and "cmp" in _clause_signals(head)
            and {"or", "vs", "versus"} & set(fold(head).split())
        ):
            cuts = wide  # (two named and compared: not "did he fly again later? which mission")
        if not cuts:
            return None
        clauses = [c.strip(" ,;") for c in _pieces(text, cuts)]
        topic = _TOPIC.match(clauses[0])
        if topic:  # "Liu Yang: when did she…": the name is said once, for every clause
            clauses[0] = clauses[0][topic.end() :]
        own = (
            not force and not merged and not _may_conflict(clauses) and self._own_subjects(clauses)
        )
        if not force and not merged and not own and not _may_conflict(clauses):
            return None  # no word that could set the clauses apart: one query (and no parse)
        parsed = [parse(c, self.index.link(c), self._name_words) for c in clauses]
        ranks = {q.rank for q in parsed if q.rank}
        aggs = {q.agg for q in parsed}
        # "who flew Soyuz 28 and where was the guest cosmonaut from?": a later clause that
        # narrows to someone would narrow the first clause's crew too
        narrows_later = any((q.nat or q.sex or q.kinds or q.occupations)
                            and not (parsed[0].nat or parsed[0].sex or parsed[0].kinds
                                     or parsed[0].occupations) for q in parsed[1:])  # fmt: skip
        # "STS-41-G: which American woman did the spacewalk, and who was the first Canadian
        # aboard?": each clause its own nationality, not one person of both
        narrows_later = narrows_later or any(
            q.nat and parsed[0].nat and q.nat != parsed[0].nat for q in parsed[1:]
        )
        walks = ["walk" in q.events for q in parsed]
        # "when did they land, and who flew the next Vostok after them?": next after theirs
        narrows_later = narrows_later or any(q.rank in ("next", "previous") for q in parsed[1:])
        # "who was on the ISS on 1 October 2007 and who was the commander?": the crew, then
        # the one in command — a role in a later clause would narrow the first's crew
        narrows_later = narrows_later or (
            not parsed[0].roles
            and ("who" in parsed[0].asks or parsed[0].rank)
            and any(q.roles and "who" in q.asks and not (q.people or q.flights) for q in parsed[1:])
        )  # fmt: skip ("when did the Shuttle first dock with Mir, and who commanded it?")
        # "Apollo 12: who commanded it, who was the lunar module pilot, …": two seats, each
        # its own person, not one person in both
        narrows_later = narrows_later or (
            len({frozenset(q.roles) for q in parsed if q.roles and "who" in q.asks}) > 1
        )
        # "which was longer, Apollo 8 or Apollo 13, and who commanded the shorter one?": the
        # comparison finds the flight the later clause asks about
        # "Salyut 1: launch date, and which crew first lived aboard it?": the rank is the
        # later clause's, not a rank of the launch
        ranked_later = not parsed[0].rank and any(q.rank for q in parsed[1:])
        compared_then = bool(parsed[0].compare) and any(
            (q.asks or q.roles) and not (q.flights or q.people) for q in parsed[1:]
        )
        # "Vostok 5: who flew it, launch date, and was it longer or shorter than Vostok 6?":
        # the comparison is the last clause's, not a comparison of the crew or the launch
        compared_then = compared_then or (
            not parsed[0].compare
            and any(q.compare in OPPOSITE and " or " in c for q, c in zip(parsed, clauses))
        )
        # "Chawla: first flight and year, and on which mission did she die?": the loss is
        # one clause's, the rank another's
        loss_apart = any(q.outcome for q in parsed) and any(
            q.rank and not q.outcome for q in parsed
        )
        if by_prep and not (ranked_later or loss_apart or own):
            return None
        if (
            not force
            and not merged
            and not own
            and not compared_then
            and not ranked_later
            and not loss_apart
            and not (any(walks) and not all(walks))  # "his spacewalk … and who was in the capsule?"
            and len(ranks) < 2
            and not ({"count", "yesno"} & aggs and len(aggs) > 1)
            and not narrows_later
        ):
            return None  # one query holds them all (its rank, aggregate and filters are one)
        ctx = context
        if topic:
            lead = self._ask(topic.group(1) + "?", context)
            if not lead.answered:
                return None
            ctx = lead.context
        answers = []
        # "Columbia disaster: what date, who commanded, …": each item asked anew of the
        # disaster as said (its date is the loss's, not the launch's)
        mishap = bool(topic and _MISHAP.search(topic.group(1)))
        if topic and merged and not self.index.link(topic.group(1)).mentions:
            # "first space tourist: who, which Soyuz, and what year?": the one the description
            # found is the first thing said ("who" alone would be asked of his flight)
            answers.append(lead)
        for i, c in enumerate(clauses):
            if i and _moon_said_before(question, c, parsed[i]):
                # "last humans on the moon - who walked on it and when did they land?": on
                # the Moon, as the question said before, not back on Earth
                c = c.rstrip(" ?") + " on the moon"
            # a later clause is a follow-up, read as one ("and who was the first?" ranks what
            # the first clause listed)
            if mishap:
                a = self._ask(f"{topic.group(0)}{c}" + ("" if c.endswith("?") else "?"), context)
            else:
                a = (self.ask if i else self._ask)(c if c.endswith("?") else c + "?", ctx)
            if not a.answered and i == 0 and topic and (parsed[0].nat or parsed[0].sex):
                # "STS-41-G: which American woman did the spacewalk, and …": the first clause
                # with the subject said, rather than after a turn that listed its crew
                a = self._ask(f"{topic.group(0)}{c}" + ("" if c.endswith("?") else "?"), context)
            if not a.answered:
                if not (force and answers and i == len(clauses) - 1 and a.intent == "clarify"):
                    return None
                # "who commanded it and where was he from?" with two commanders: the first
                # answer, then which of them is meant
                a.answered = True
            answers.append(a)
            if not (
                merged and topic
            ):  # (each asked of the subject named first, not of the last answer)
                ctx = a.context
        last = answers[-1]
        last.question = question
        # each sentence once: "soyuz t-9, who flew it, …" names the crew for both
        said = [x for a in answers for x in _SENTENCE.split(a.text) if x.strip()]
        last.text = " ".join(dict.fromkeys(said))
        last.details = [d for a in answers for d in a.details]
        last.sources = list(dict.fromkeys(x for a in answers for x in a.sources))
        last.interpretation = "; then ".join(a.interpretation for a in answers)
        last.facts["interpretation"] = last.interpretation
        return last

    def _ask_in_two(self, question: str, context: Context) -> Answer | None:
        """ "who was the first space tourist and which Soyuz did he return on?": a question
        whose second clause points back with a pronoun is two turns of a conversation. The
        first clause is answered on its own, the second as its follow-up, so "Soyuz" and
        "return" apply to the tourist found, not to the search for him. None when the
        question has no such clause or either half is not answered."""
        text = " ".join(question.split())
        low = text.lower()
        if " and " not in low and " then " not in low and " - " not in low and "—" not in low:
            return None
        for m in _THEN.finditer(text):
            head, tail = text[: m.start()].rstrip(" ,;-–—"), text[m.end() :]
            tail_words = fold(tail).split()
            of_them = any(a == "of" and b == "them" for a, b in zip(tail_words, tail_words[1:]))
            plural = bool({"they", "them", "their"} & set(tail_words))
            if not (_BACK & set(tail_words) or of_them or plural) or _BACK & set(
                fold(head).split()
            ):
                continue  # the second clause stands alone, or the first leans on the thread
            hl = self.index.link(head)
            finds_one = finds_group = False
            if hl.mentions and not of_them:
                hq = parse(head, hl, self._name_words)
                asks_who = "who" in hq.asks or not QUESTION_WORDS & set(hq.tokens)
                finds_one = asks_who and bool(hq.sex or hq.nat or hq.kinds or hq.occupations
                                              or hq.roles)  # fmt: skip
                # "who was aboard the ISS on 1 February 2003 and how did they get home?":
                # those found aboard that day, each on the way home they took
                finds_group = (plural and "who" in hq.asks and bool(hq.dates)
                               and all(w.span.is_day for w in hq.dates)
                               and bool(hq.stations or hq.any_station)
                               and not (hq.people or hq.flights or hq.rank)
                               and bool({"land", "landed", "home", "back", "return", "returned",
                                         "splash", "splashed"} & set(tail_words)))  # fmt: skip
                if not ((finds_one and _BACK & set(tail_words)) or finds_group):
                    return None  # a named subject: the question reads as one
            elif plural and not (_BACK & set(tail_words) or of_them):
                continue
                # "which woman flew on STS-65 and where's she from?": the one found
            tl = self.index.link(tail)
            tq = parse(tail, tl, self._name_words)
            dash = m.group(0).strip()[:1] in "-–—"  # "The X who … - how many … did he make?"
            if not (dash or of_them or finds_one or tq.programs or tq.nat or tq.roles
                    or tq.events & {"land"}):  # fmt: skip
                return None  # nothing in the second clause that the first could swallow
            first = self._ask(head if head.endswith("?") else head + "?", context)
            found = list(first.context.named or first.context.people or first.context.listed)
            if (
                not first.answered
                or not found
                or (len(found) != 1 and not (of_them or finds_group))
            ):
                return None
            ctx = first.context
            if not ctx.flights:
                # the trip the first answer names ("first French woman in space (…Soyuz
                # TM-24…)"): "which Soyuz did she fly up on?" is that one, not her last
                trips = [t for t in self.facts.trips_by_person.get(found[0], [])
                         if ph.says(first.text, self.facts.flights[t.up_flight].name)]  # fmt: skip
                if len(trips) == 1:
                    ctx = ctx._replace(flights=(trips[0].up_flight,))
            second = self._ask(tail, ctx)
            if not second.answered:
                # the first part's answer, and why the second has none: never the whole
                # question read as one, which pins the second part's words on the first;
                # a second part off the subject (a price, an opinion) leaves it declined
                second.answered = second.intent not in ("off_topic", "not_understood")
                second.context = first.context
            second.question = question
            second.text = f"{first.text} {second.text}"
            second.details = first.details + [d for d in second.details if d not in first.details]
            second.sources = list(dict.fromkeys(first.sources + second.sources))
            seen = {(e.kind, e.id) for e in second.entities}
            second.entities = second.entities + [
                e for e in first.entities if (e.kind, e.id) not in seen
            ]
            second.interpretation = f"{first.interpretation}; then {second.interpretation}"
            second.facts["interpretation"] = second.interpretation
            return second
        return None

    def _statement_then_question(self, question: str, context: Context) -> Answer | None:
        """ "Soyuz TMA-1 launched in Oct 2002. Who came home in it?": a statement, then the
        question. The statement names what is asked about, as an earlier turn would; its
        verbs ("launched") are not the question's, which asked who came home."""
        if "?" not in question or not (_ASKS_LAST.search(question) or _YESNO_LAST.search(question)):
            return None
        head = question[: question.rstrip().rstrip("?").rfind("?") + 1]
        if head or strip_frame(question)[1]:
            return None  # two questions, or a claim to check before the question
        sentences = [x for x in _SENTENCE.split(" ".join(question.split())) if x.strip()]
        if len(sentences) < 2:
            return None
        mentions = self.index.link(" ".join(sentences[:-1])).mentions
        if (
            sorted(m.kind for m in mentions) == ["flights", "people"]
            and all(len(m.ids) == 1 for m in mentions)
            and _HE_SHE.search(sentences[-1])
            and any(m.kind == "flights" for m in self.index.link(sentences[-1]).mentions)
        ):
            # "Tito launched on Soyuz TM-32 in 2001. Did he land on TM-32 too?": who and
            # which craft are named again; the statement's verb is not the question's
            return self._ask_last_sentence(question, context, named_first=True)
        if (
            [m.kind for m in mentions if m.kind != "stations"] == ["people"]
            and all(len(m.ids) == 1 for m in mentions)
            and context.query is None  # (in a thread, "Krikalev stayed on." keeps its trip)
            and _HE_SHE.search(sentences[-1])
            and not self.index.link(sentences[-1]).mentions
        ):
            # "Story Musgrave flew on all five orbiters. How many flights did he make?": the
            # statement says whom the question is about, as an earlier turn would
            return self._ask_last_sentence(question, context, named_first=True)
        if (
            sorted(m.kind for m in mentions) == ["expeditions", "flights"]
            and all(len(m.ids) == 1 for m in mentions)
            and not self.index.link(sentences[-1]).mentions
        ):
            # "Expedition 1 flew up on Soyuz TM-31. How did the crew get home?": the crew is
            # the expedition's; the craft only said how they went up
            exp = next(m.ids[0] for m in mentions if m.kind == "expeditions")
            ctx = Context(expeditions=(exp,), past_expeditions=(exp,),
                          query=Query(raw=sentences[0], expeditions=[exp]))  # fmt: skip
            answer = self._ask(sentences[-1], ctx)
            return answer if answer.answered else None
        if [m.kind for m in mentions] != ["flights"] or len(mentions[0].ids) != 1:
            # one flight named, nobody else: a person's or a group's description ("Koch had
            # a very long ISS mission", "flew astronauts from India…") picks which trip
            return None
        return self._ask_last_sentence(question, context, named_first=True)

    def _ask_last_sentence(
        self, question: str, context: Context, named_first: bool = False
    ) -> Answer | None:
        """ "I watched Soyuz TMA-15M launch last night. Who flew on it?": the question is
        the last sentence; what came before names its subject, as an earlier turn would."""
        sentences = [x for x in _SENTENCE.split(" ".join(question.split())) if x.strip()]
        if len(sentences) < 2:
            return None
        asked = next((x for x in reversed(sentences) if x.rstrip().endswith("?")), sentences[-1])
        before = " ".join(sentences[: sentences.index(asked)]) or " ".join(
            x for x in sentences if x is not asked
        )
        before = _poles_as_polish(before)  # ("was he the second Pole?": as _ask reads it)
        linked = self.index.link(before)
        named = {k: [i for m in linked.mentions if m.kind == k and len(m.ids) == 1 for i in m.ids]
                 for k in ("flights", "people", "expeditions", "stations")}  # fmt: skip
        if not any(named.values()):
            if (
                context.query is not None
                and asked is sentences[-1]
                and _TAG_ASIDE.search(before)
                and self._guess_adds_nothing(before, asked)
            ):
                # "they didn't come home in that one, right? which ship brought them back?":
                # a guess said aside, then the question — asked in the thread
                answer = self._ask(asked, context)
                return answer if answer.answered else None
            return None
        if _TAG_ASIDE.search(before) and context.query is not None:
            context = Context()  # "laveykin came home early didn't he? when…": the guess's
        # the whole preamble as a query, so its date and other constraints reach the
        # question as an earlier turn's would ("… crashed into Mir in June 1997. Who was
        # on the station at the time?")
        preamble = parse(before, linked, self._name_words)
        for kind, ids in named.items():
            setattr(preamble, kind, ids)
        said_dates = preamble.dates
        if not said_dates and len(named["people"]) == 1 and not named["flights"]:
            dated = self._dated(before)  # ("… when the USSR collapsed": a world event's date)
            said_dates = parse(dated, self.index.link(dated), self._name_words).dates
        if (
            len(named["people"]) == 1
            and not named["flights"]
            and said_dates
            # (not "Gerst got command of ISS on 3.10.2018. Who gave it to him?": a handover
            # on that day, not his trip)
            and not any(p.asks & {"handover", "expedition"} or p.roles for p in preamble.parts)
        ):
            # "Krikalev was in orbit when the USSR collapsed. When did he land?": the date
            # says which of his trips is meant, as a turn naming it would
            span = said_dates[0].span
            trips = _trips_during(self.facts, named["people"][0], span.start, span.end)
            if len(trips) == 1:
                named["flights"] = [trips[0].up_flight]
        ctx = Context(flights=tuple(named["flights"]), people=tuple(named["people"]),
                      expeditions=tuple(named["expeditions"]), stations=tuple(named["stations"]),
                      query=preamble, named=tuple(named["people"]),
                      # "I'm comparing Soyuz 17 and Soyuz 18. Who flew the second one?": in
                      # the order they were named
                      listed_flights=tuple(named["flights"]) if len(named["flights"]) > 1 else ())  # fmt: skip
        answer = self._ask(asked, ctx if context.query is None or named_first else context)
        if not answer.answered and context.query is not None and not named_first:
            answer = self._ask(asked, ctx)
        used = answer.context.query
        if preamble.dates and used is not None and not (used.dates or used.flights):
            return None  # the preamble's date would be dropped: decline as before
        return answer if answer.answered else None

    def _and_who_else(self, question: str, context: Context) -> Answer | None:
        """ "Apollo 7 crew for a caption: Schirra, Eisele and who?": the crew of the flight
        named, less the people named."""
        if not _AND_WHO_END.search(question):
            return None
        linked = self.index.link(question).mentions
        flights = [m.ids[0] for m in linked if m.kind == "flights" and len(m.ids) == 1]
        people = [m.ids[0] for m in linked if m.kind == "people" and len(m.ids) == 1]
        if len(flights) != 1 or not people:
            return None
        f = self.facts.flights[flights[0]]
        crew = everyone_aboard(self.facts, f.id)
        if not set(people) <= set(crew):
            return None
        rest = [p for p in crew if p not in people]
        if not rest:
            return None
        said = ph.join([self.facts.people[p].name for p in rest])
        reply = Reply(f"{said}: {ph.flight_label(f)} flew with "
                      f"{ph.join([self.facts.people[p].name for p in crew])}.", [],
                      ph.sources_of(f.source), people=rest, flights=[f.id])  # fmt: skip
        shown = Query(
            raw=question, people=rest, flights=[f.id], parts=[Part({"who"}, set(), set())]
        )
        return self._answer(shown, reply, context, False)

    def _flown_before_this(self, question: str, context: Context) -> Answer | None:
        """ "What had Hurley flown before?" in a thread about Demo-2: his flights before the
        thread's flight launched (not "has he flown before", a yes or no)."""
        m = _WHAT_FLOWN_BEFORE.match(question) if "before" in question.lower() else None
        if m is None or not context.flights:
            return None
        f = self.facts.flights.get(context.flights[0])
        who = [x.ids[0] for x in self.index.link(m.group("who")).mentions
               if x.kind == "people" and len(x.ids) == 1]  # fmt: skip
        if f is None or f.launch is None or len(who) != 1:
            return None
        if not any(s.person == who[0] for s in self.facts.seats_by_flight.get(f.id, [])):
            return None
        name = self.facts.people[who[0]].name
        again = self._ask(f"which flights did {name} make before {ph.day(f.launch.dt)}?", Context())
        if not again.answered:
            return None
        again.question = question
        return again

    def _before_the_one_named(self, question: str, context: Context) -> Answer | None:
        """ "Wasn't there a Brit before him?" in a thread about Peake: asked as if he were
        named ("a Brit before Tim Peake": the first one, against his first flight), not as
        a question about him that the word "Brit" merely describes."""
        m = _BEFORE_HIM.search(question) if "him" in question or "her" in question else None
        people = [p for p in context.people if p in self.facts.people]
        if m is None or len(people) != 1:
            return None
        q = parse(question, self.index.link(question), self._name_words)
        if q.people or q.flights or not (q.nat or q.sex or q.kinds or q.occupations):
            return None
        person = self.facts.people[people[0]]
        if m.group(2).lower() != ("her" if person.sex == "female" else "him"):
            return None
        again = self._ask(question[: m.start(2)] + person.name + question[m.end(2) :], Context())
        if not again.answered:
            return None
        again.question = question
        return again

    def _who_was_instead(self, question: str, context: Context) -> Answer | None:
        """ "The Indian on it wasn't the first Indian in space though, who was?": the
        description denied of someone, asked of whoever it fits ("who was the first Indian
        in space?"), not a question about the one it was denied of."""
        m = _WHO_WAS_INSTEAD.search(question) if "who" in question.lower() else None
        if m is None:
            return None
        again = self._ask(f"who was {m.group('desc').strip()}?", context)
        if not again.answered:
            return None
        again.question = question
        return again

    def _stayed_in_orbit(self, question: str, context: Context) -> Answer | None:
        """ "Who stayed up in orbit in the command module?" of a Moon landing (named, or the
        thread's): the crew member who did not walk on the Moon."""
        low = question.lower()
        # ("and the guy in the command module?": who, said as the one in it)
        one_in_it = re.match(r"^(?:and |so )?(?:the |that )?(?:guy|one|man|astronaut|person|fella)"
                             r" (?:in|aboard|flying|who (?:stayed|was) in)\b", low.lstrip(" ,.-—"))  # fmt: skip
        if not (
            low.lstrip(" ,.-—").startswith(("who", "and who", "so who", "which")) or one_in_it
        ) or not _IN_ORBIT_BEHIND.search(low):
            return None
        if re.search(
            r"\b(?:and|,)\s*(?:when|where|how|what|which|who)\b.*\?|\b(?:when|where|how old|how long)\b",
            re.sub(r"^[\s,.—-]*(?:and|so)\s+", "", low),  # ("and who stayed up?": one question)
        ):
            return None  # "who stayed in orbit, and when did they splash down?": more asked
        if re.search(r"\b(?:15|16|17|then)\b", low) and not self.index.link(question).mentions:
            return None
        named = [m.ids[0] for m in self.index.link(question).mentions
                 if m.kind == "flights" and len(m.ids) == 1]  # fmt: skip
        fids = named or list(context.flights[:1])
        if len(fids) != 1:
            return None
        from .moon import stayed_in_orbit

        reply = stayed_in_orbit(self.facts, fids[0])
        if reply is None:
            return None
        # (the thread's "he" stays the one it was about: the flight is what this turn adds)
        shown = Query(raw=question, flights=fids, agg="one", parts=[Part({"who"}, set(), set())])
        return self._answer(shown, reply, context, not named)

    def _record_beaten(self, question: str, context: Context) -> Answer | None:
        """ "Whose record for total time in space did Kononenko beat in 2024?": the record
        the person passed (on one flight when the question says so, else in all)."""
        if "record" not in question.lower() or not _RECORD_BEATEN.search(question):
            return None
        link = self.index.link(question)
        linked = [m.ids[0] for m in link.mentions if m.kind == "people" and len(m.ids) == 1]
        after_before = [m.ids[0] for m in link.mentions if m.kind == "people" and len(m.ids) == 1
                        and link.tokens[m.start - 1 : m.start] == ["before"]]  # fmt: skip
        if len(set(linked)) > 1 and len(after_before) == 1:
            linked = after_before  # "before Kononenko, who held it … from Krikalev?": Kononenko
        pool = linked or [p for p in context.named if p in self.facts.people]
        if len(set(pool)) != 1:
            return None
        from .execute import record_beaten

        q = parse(question, link, self._name_words)
        among = Query(nat=q.nat, nat_label=q.nat_label, sex=q.sex) if q.nat or q.sex else None
        single = bool(_ONE_FLIGHT.search(question))
        try:
            reply = record_beaten(self.facts, pool[0], single, among)
        except Unanswerable as e:
            return _decline(question, str(e), intent="unanswerable", context=context)
        before = [p for p in reply.people if p != pool[0]]
        if before and _WHEN_TAKEN.search(question):
            # "… and in what year did he take it from Krikalev?": the previous holder's own
            # passing of the record before his
            with contextlib.suppress(Unanswerable):
                reply = join_replies([reply, record_beaten(self.facts, before[0], single, among)])
        return self._answer_found(question, reply, context, True, subject=pool[0])

    def _record_passed(self, question: str, context: Context) -> Answer | None:
        """ "Kononenko beat Padalka's total-time record in 2024 - what day?": when the first
        person named passed the second's time in space (one flight when the question says
        so, else in all) — not which of them spent more."""
        m = _RECORD_PASSED.search(question)
        if m is None or not _WHEN_ASKED.search(question):
            return None
        link = self.index.link(question)
        people = [
            (x.start, x.ids[0]) for x in link.mentions if x.kind == "people" and len(x.ids) == 1
        ]
        verb_at = len(fold(question[: m.start("verb")]).replace("-", " ").split())
        before = [p for at, p in people if at < verb_at]
        after = [p for at, p in people if at >= verb_at]
        if len(set(before)) != 1 or len(set(after)) != 1 or before[0] == after[0]:
            return None
        from .execute import record_passed

        single = bool(_ONE_FLIGHT.search(question))
        try:
            reply = record_passed(self.facts, before[0], after[0], single)
        except Unanswerable as e:
            return _decline(question, str(e), intent="unanswerable", context=context)
        return self._answer_found(question, reply, context, True)

    def _lunar_site(self, question: str, context: Context) -> Answer | None:
        """ "Which mission landed at Fra Mauro?", "Apollo 12 landed in the Sea of Tranquility
        too, right?": a landing site on the Moon, said by name, is the landing there (the
        names are not otherwise words of the lexicon: "Tranquility" is also an ISS module)."""
        low = " " + " ".join(fold(question).replace("-", " ").split()) + " "
        if "landed" not in low and "land " not in low and "landing" not in low:
            return None
        if self._sites is None:
            names: dict[str, str] = {}
            for x in self.facts.moon_landings.values():
                for n in (x.site, *re.findall(r"\(([^)]+)\)", x.site), *x.site_aliases):
                    n = " ".join(fold(re.sub(r"\s*\([^)]*\)", "", n)).replace("-", " ").split())
                    if len(n) > 4:
                        names[n] = x.id
            self._sites = dict(sorted(names.items(), key=lambda kv: -len(kv[0])))
        said = next(((n, f) for n, f in self._sites.items() if f" {n} " in low), None)
        if said is None:
            return None
        name, there = said
        x = self.facts.moon_landings[there]
        mentions = self.index.link(question).mentions
        named = [f for m in mentions if m.kind == "flights"
                 for f in m.ids if f in self.facts.moon_landings]  # fmt: skip
        people = [p for m in mentions if m.kind == "people" and len(m.ids) == 1 for p in m.ids]
        if not named and people:
            # "Conrad and Bean landed in the Ocean of Storms?": the Moon landing they flew
            theirs = [s.flight for s in self.facts.seats_by_person.get(people[0], [])
                      if s.flight in self.facts.moon_landings]  # fmt: skip
            named = theirs[:1] if len(theirs) == 1 else []
        flight = self.facts.flights[named[0]] if named else self.facts.flights[there]
        mine = self.facts.moon_landings[flight.id]
        site = re.compile(r"(?:\b(?:in|at|on)\s+)?(?:the\s+)?"
                          + r"[\s\-–]+".join(map(re.escape, name.split())) + r"\b", re.IGNORECASE)  # fmt: skip
        if not site.search(question):
            return None
        lead = ""
        if named:
            # a landing site said of a flight is part of the claim: that flight's own site
            # decides; the rest is asked with "on the Moon" in its place
            lead = (f"Yes: {flight.name} landed at {mine.site}. " if flight.id == there else
                    f"No: {flight.name} landed at {mine.site}; {x.site} was "
                    f"{self.facts.flights[there].name}'s landing site. ")  # fmt: skip
            rest = site.sub(" on the Moon", question, count=1)
        elif re.search(r"\b(?:which|what)\s+(?:\w+\s+)?(?:mission|flight|apollo|crew|landing)\b",
                       question, re.IGNORECASE) and not re.search(r",|\band\b", question):  # fmt: skip
            rest = f"where and when did {flight.name} land on the moon?"
        else:
            # "For the Fra Mauro exhibit: when did the crew splash down?": the flight there
            rest = site.sub(f" {flight.name}", question, count=1)
        found = self.ask(" ".join(rest.split()), context)
        if not found.answered:
            return None
        found.question = question
        if lead:  # the site decides: a "yes" to landing at all is not it
            found.text = lead + re.sub(r"^Yes[:.]\s*", "", found.text)
        return found

    def _record_taken(self, question: str, context: Context) -> Answer | None:
        """ "Who took that record from him?", "who beat him?" after a time-in-space record:
        the first other person to pass the holder's figure, total or on one flight."""
        m = _TOOK_RECORD.search(question) if "who" in question.lower() else None
        last = context.query
        if m is None or last is None:
            return None
        if m.group(0).lower().split()[1] == "took" and "record" not in question.lower():
            return None  # "who took her place?": a successor aboard, not a record
        low = question.lower()
        walk = self.facts.evas.get(context.walk) if context.walk else None
        if walk is not None and walk.duration and "walk" in last.events:
            # "the record spacewalk of 2001?" "who beat that record?": the first longer walk
            from .compose import names
            from .spacewalks import _line

            longer = next((e for e in self.facts.evas_by_start
                           if e.start.dt > walk.start.dt and e.duration and e.duration > walk.duration), None)  # fmt: skip
            if longer is None:
                text = f"No spacewalk in my records has lasted longer than {walk.name} ({ph.duration(walk.duration.total_seconds())})."
            else:
                text = (f"{names(self.facts, list(longer.crew))} beat it: {_line(self.facts, longer)} "
                        f"({walk.name} had lasted {ph.duration(walk.duration.total_seconds())}).")  # fmt: skip
            reply = Reply(text, [], ph.sources_of(*(x.source for x in (walk, longer) if x)),
                          people=list(longer.crew) if longer else [],
                          flights=[longer.flight] if longer and longer.flight else [])  # fmt: skip
            return self._answer_found(question, reply, context, True)
        sex = "female" if re.search(r"\b(?:her|she)\b", low) else "male"
        pool = [p for p in (*context.named, *context.people) if p in self.facts.people]
        holders = [p for p in pool if self.facts.people[p].sex == sex] or pool
        if not holders:
            return None

        def timed(x) -> bool:  # a question about time in space, total or on one flight
            return x is not None and (
                "duration" in x.asks
                or "total" in x.asks
                or (
                    x.rank in ("longest", "most")
                    and bool({"time", "days", "long", "longest"} & set(x.tokens))
                )
            )

        last = next((x for x in (last, context.root) if timed(x)), None)
        if last is None:
            return None
        toks = set(last.tokens)
        single = (last.rank == "longest" and "total" not in last.asks
                  and not {"total", "cumulative", "career"} & toks)  # fmt: skip
        from .execute import record_taker

        try:
            reply = record_taker(self.facts, holders[0], single)
        except Unanswerable:
            return None
        if not reply.flights:
            return self._answer_found(question, reply, context, True)
        # the thread goes on with the passing itself: "when?" is the day it happened
        days = round(float(reply.facts.get("days", 0)), 3)
        shown = Query(raw=question, people=list(reply.people), agg="one",
                      claims=[Claim(days, "days", ">")], single=single,
                      parts=[Part(set(), {"aboard"}, set())], tokens=["who", "passed"])  # fmt: skip
        return self._answer(shown, reply, context, True)

    def _past_the_guess(self, question: str, context: Context) -> Answer | None:
        """ "laveykin came home early, didn't he? when, and in which soyuz?": a guess with a
        tag ("right?", "didn't he?") then the real question; the guess says whom it is
        about and what happened, the last sentence what is asked."""
        if question.count("?") < 2 or not _TAG_ASIDE.search(question.split("?")[0] + "?"):
            return None
        guess, _, asked = question.partition("?")
        if guess.lower().lstrip().startswith(_CHECK_OPENERS):
            return None  # "Our copy says … Right? Who was aboard?": a claim to check, then both
        gq = parse(guess, self.index.link(guess), self._name_words)
        aq = parse(asked, self.index.link(asked), self._name_words)
        if gq.named:
            # the question is bare ("when, and in which soyuz?"): all it is about is the guess's
            if aq.named or aq.pronouns or aq.has_filters():
                return None
        elif not self._guess_adds_nothing(guess, asked):
            return None
        found = self._ask_last_sentence(question, context)
        if found is not None and found.answered and gq.named:
            # the guess checked is said first ("Soyuz 25 docked fine, right? who got aboard
            # first?": no, it failed to dock; "STS-135 landed on 21 July 2011? which
            # orbiter?": yes, and the day)
            check = self._ask(guess, context)
            if (
                check.answered
                and check.text.startswith(("No", "Yes"))
                and not found.text.startswith(("No", "Yes"))
            ):
                said = [x for x in _SENTENCE.split(check.text) if x.strip()]
                # ("Yes. STS-135 landed on 21 July 2011, …": the verdict and what shows it)
                first = " ".join(said[:2] if said[0].strip() in ("Yes.", "No.") else said[:1])
                found.text = _with_new_sentences(first, found.text)
        return found

    def _guess_adds_nothing(self, guess: str, asked: str) -> bool:
        """ "they didn't come home in that one, right? which ship brought them back?": the
        guess names nothing and narrows nothing the question does not already say — unlike
        "there was a German on board too, right?" or "she did a spacewalk, right?"."""
        gq = parse(guess, self.index.link(guess), self._name_words)
        aq = parse(asked, self.index.link(asked), self._name_words)
        words = set(gq.tokens)
        return (
            not gq.named
            and not gq.has_filters()
            and not gq.rank
            and gq.events <= aq.events | {"aboard"}
            and not words & (_KIN | {"other", "others", "too", "also", "spacewalk", "walk"})
        )

    def _ask_without_aside(self, question: str, context: Context) -> Answer | None:
        """ "how long was Bykovsky up on Vostok 5, still the solo record right?": a clause set
        off by a comma, dash, brackets or its own sentence that holds the words not understood
        is a remark about the subject, not a part of the question, when the rest is understood
        on its own and the remark holds nothing that would narrow or add to the question:
        no question word, no date, nationality, sex, kind, agency, program, negation, and
        no subject of its own. Then the rest is answered, and the remark is named as not used.
        """
        text = " ".join(question.split())
        pieces = [x.strip() for x in _ASIDE.split(text) if x and x.strip(" ,;:()-–—")]
        if not 2 <= len(pieces) <= 6:
            return None
        for i, aside in enumerate(pieces):
            topic = aside.partition(":")[0] if ":" in aside else aside
            if (
                i == 0
                and (":" in aside or text[len(aside) :].lstrip().startswith(":"))
                and not all(is_english_word(w) for w in fold(topic).split())
            ):
                continue  # "jeff bezos spaceflight: date, …": a named topic, not a remark
            linked = self.index.link(aside)
            aq = parse(aside, linked, self._name_words)
            # "Who commanded Shenzhou 9, the June 2012 flight that …?": a date that only
            # describes the flight named is checked against it below, not a narrowing
            dated = bool(aq.dates) and not self._narrows(aq.copy(dates=[]), linked)
            if (not aq.unparsed and not dated) or (self._narrows(aq, linked) and not dated):
                continue
            rest = " ".join(p.rstrip(",;:") + ("," if j < len(pieces) - 1 else "")
                            for j, p in enumerate(pieces) if j != i).rstrip(",")  # fmt: skip
            answer = self._ask(rest, context)
            used = answer.context.query
            if not answer.answered or answer.unparsed or used is None:
                continue
            if any(i not in {*used.people, *used.flights, *used.expeditions, *used.stations}
                   for m in linked.mentions for i in m.ids[:1]):  # fmt: skip
                continue  # the remark names someone or something the answer is not about
            if aq.rank and not (used.people or used.flights or used.expeditions):
                continue  # "…, the first one": a rank narrows a list, describes a named subject
            if dated and not self._dates_fit(aq, used):
                continue  # the date does not fit the flight answered: not a description of it
            answer.unparsed = list(aq.unparsed)
            # its normalised words, never the raw text: a remark may hold a live mention
            answer.details = [*answer.details, f"Not used: “{' '.join(linked.tokens)}”."]
            return answer
        return None

    def _anchored(self, kind: str, ids: tuple[str, ...]) -> list[Flight]:
        """The flights an "after …" / "before …" names: those flights, or for a vehicle
        ("after Challenger") the flights of it that were lost, the one moment it stands for."""
        fs = [self.facts.flights[i] for i in ids if i in self.facts.flights]
        if kind == "spacecraft":
            return [f for f in fs if f.outcome in LOST_WITH_CREW]
        return fs

    def _dates_of_anchors(self, q: Query) -> str:
        """ "After Challenger", "before STS-107": the day after that flight ended (the loss,
        for an orbiter that was lost) or the day before it launched. Returns what to ask back
        when the words name no one flight ("after Discovery")."""
        toks = q.tokens
        step = {("next", "after"): "first", ("previous", "before"): "last",
                ("first", "after"): "first", ("last", "before"): "last"}.get(
            (q.rank, q.anchors[0][0])
        )  # fmt: skip
        gap = "how" in toks and ("long" in toks or "many" in toks)  # "how many days after…"
        if step and not q.people and len(q.anchors) == 1 and not gap:
            # "the next Soyuz after MS-09", "when was the next flight after Soyuz 11?": the
            # first (last) one launched after (before) that one's launch, not that flight;
            # "the next Shuttle mission after Challenger": after the orbiter's loss
            fs = self._anchored(q.anchors[0][1], q.anchors[0][2])
            f = fs[0] if len(fs) == 1 else None
            if f is not None:
                _return_to_flight(q, f)
            if f is not None and f.launch is not None:
                shift = timedelta(days=1 if step == "first" else -1)
                end = flight_end(self.facts, f) if q.anchors[0][1] == "spacecraft" else None
                day = (end or f.launch.dt).date() + shift  # an orbiter's loss, or a launch
                q.rank, q.rank_of = step, "flight"
                q.dates.append(When(DateSpan(day, day, f"{q.anchors[0][0]} {f.name}"),
                                    q.anchors[0][0]))  # fmt: skip
                q.flights = [x for x in q.flights if x != f.id]
                q.anchors = []
                return ""
        own_trip = bool(q.people) and any(
            a in ("flight", "mission", "trip", "spaceflight") and b in ("before", "after")
            for a, b in zip(toks, toks[1:])
        )  # "Kizim's flight before Soyuz T-15": his trip before that one, not Soyuz T-15
        if own_trip and len(q.anchors) == 1 and q.anchors[0][1] == "flights" and not q.rank:
            q.rank = "last" if q.anchors[0][0] == "before" else "first"
        # "did Collins fly with Armstrong before Apollo 11?": the flights they shared before it
        together_then = (
            q.agg == "yesno" and len(q.people) >= 2 and bool(q.asks & {"with", "together"})
        )
        # "how many times had Jing Haipeng flown before Shenzhou 16?": a count up to a moment
        counted = q.agg == "count" and bool(q.people)
        # "how many days had Whitson spent in space before Ax-4?": her total up to it
        totalled = (
            bool(q.people)
            and bool(q.asks & {"duration", "total"})
            and bool({"spent", "logged", "accumulated", "clocked"} & set(toks))
            and all(op == "before" and k == "flights" for op, k, *_ in q.anchors)
        )
        if totalled:
            counted = True
            for p in q.parts:
                p.asks.add("total")
        # "did Armstrong fly on Gemini before Apollo 11?": a flight of another program than
        # the one asked about is a moment, not the flight asked about
        anchored = [self.facts.flights[i] for _, kind, ids, _ in q.anchors if kind == "flights"
                    for i in ids if i in self.facts.flights]  # fmt: skip
        other_program = bool(q.programs and anchored) and all(
            f.program not in q.programs for f in anchored
        )
        if (
            not own_trip
            and not together_then
            and not counted
            and not other_program
            and (
                q.people
                or q.flights
                or q.asks & {"where", "when", "time", "duration", "story", "handover"}
                or (
                    _crew_next_to(toks)
                    and not q.expeditions
                    and all(k == "flights" for _, k, *_ in q.anchors)
                )  # fmt: skip
                # "which crew was before Shenzhou 16?": its neighbour aboard, not a date
                # ("the Expedition 6 crew … after Columbia was lost": a moment)
                or any(nxt in _CLAUSE_VERBS for *_, nxt in q.anchors)
            )
        ):
            # "where did Yang Liwei land after Shenzhou 5?", "after TMA-14M left the
            # station": the flight itself, or a moment the rest of the sentence names
            relief = (_crew_next_to(toks) and all(k == "flights" for _, k, *_ in q.anchors)
                      and not (q.people or q.flights) and "who" in q.asks)  # fmt: skip
            for _, kind, ids, _ in q.anchors:
                target = q.flights if kind == "flights" else q.spacecraft
                target += [i for i in ids if i not in target]
            if relief:  # the crew before or after that one aboard its station
                for p in q.parts:
                    p.asks.add("handover")
            q.anchors = []
            return ""
        for op, kind, ids, _ in q.anchors:
            if kind == "stations":
                st = self.facts.stations.get(ids[0])
                if st is None or st.launch is None:
                    return "I have no launch date for that station, so I can't tell what came before it."
                day = st.launch.dt.date() - timedelta(days=1)
                q.dates.append(When(DateSpan(day, day, f"before {st.name} was launched"), "before"))
                continue
            fs = self._anchored(kind, ids)
            if kind == "spacecraft" and len(fs) != 1:
                flown = [self.facts.flights[i] for i in ids if i in self.facts.flights]
                craft = flown[0].spacecraft if flown else "that vehicle"
                return f"{op.capitalize()} which flight of {craft}? It flew {len(flown)} times."
            if not fs:
                continue
            f = fs[0]
            if f.launch is None:
                # never a silently dropped "after …": say what cannot be placed
                return f"I have no date for {f.name}, so I can't tell what came {op} it."
            if op == "after":
                _return_to_flight(q, f)
            if q.rank and f.id in q.flights:
                # "the longest spaceflight before Soyuz TM-18": the moment, not a subject
                q.flights = [x for x in q.flights if x != f.id]
            if op == "before" and f.launch:
                day = f.launch.dt.date() - timedelta(days=1)
            elif "launch" in q.events and f.launch and kind != "spacecraft":
                # "the Soyuz that launched after MS-27": after its launch (MS-28 went up
                # before MS-27 came home)
                day = f.launch.dt.date() + timedelta(days=1)
            else:
                end = flight_end(self.facts, f)  # a lost flight ends at its loss
                if end is None:
                    # still up at the end of the records: after its launch, said as such
                    day = f.launch.dt.date() + timedelta(days=1)
                else:
                    day = end.date() + timedelta(days=1)
            q.dates.append(When(DateSpan(day, day, f"{op} {f.name}"), op))
        return ""

    def _dated(self, text: str) -> str:
        """ "Who was on Mir when the Soviet Union collapsed?": a day on Earth people date
        things by (data/world_events.csv) becomes its date, "on 26 December 1991", and the
        question is read as any question about that day; "after 9/11" stays "after"."""
        if self._world_words is None:
            # a word only these names use, so that most questions skip the pattern (and
            # `spacebot ask` the ~1.5 ms of compiling it)
            self._world_words = frozenset(
                w for e in self.facts.world_events.values() for a in e.aliases
                for w in re.findall(r"[\w/]+", a.lower())
                if w not in _COMMON_EVENT_WORDS and not w.isdigit()
            )  # fmt: skip
        if not self._world_words & set(re.findall(r"[\w/]+", text.lower())):
            return text
        if self._world is None:
            aliases = sorted(
                {(a.lower().removeprefix("the "), e.id) for e in self.facts.world_events.values()
                 for a in e.aliases}, key=lambda x: -len(x[0]))  # fmt: skip
            self._world_ids = dict(aliases)
            self._world = re.compile(
                r"\b(?:(when|while|during|as|at the time of|on|in|before|after|since|until)\s+)?"
                r"(?:the\s+)?(" + "|".join(re.escape(a) for a, _ in aliases) + r")(?![\w/])",
                re.I,
            )  # fmt: skip

        def date_of(m: re.Match) -> str:
            e = self.facts.world_events[self._world_ids[m.group(2).lower()]]
            lead = (m.group(1) or "").lower()
            word = lead if lead in ("before", "after", "since", "until") else "on"
            d = e.date.dt
            return f"{word} {d.day} {d.strftime('%B')} {d.year}"

        return self._world.sub(date_of, text)

    @staticmethod
    def _kin_asked(linked) -> str:
        """A relative of someone named ("Romanenko's dad", "the wife of Mark Kelly"), or "".
        Family words are filler elsewhere ("my dad asked who flew on Apollo 11")."""
        t = linked.tokens
        for i, w in enumerate(t[:-1]):
            if w in ("his", "her", "their") and t[i + 1] in _KIN:
                return f"{w} {t[i + 1]}"  # "his son went up too, didn't he?"
            # "the Russian guy's dad": a possessive noun (folded "guy s") before a kin word
            if t[i + 1] in _KIN and w in ("guy", "guys", "man", "woman", "one", "astronaut",
                                          "cosmonaut", "commander", "pilot", "lady"):  # fmt: skip
                return f"the {w}'s {t[i + 1]}"
        for m in linked.mentions:
            if m.kind != "people":
                continue
            after = t[m.end : m.end + 1]
            before = t[max(m.start - 2, 0) : m.start]
            if after and after[0] in _KIN:
                return f"{m.text.title()}'s {after[0]}"
            if len(before) == 2 and before[1] == "of" and before[0] in _KIN:
                return f"the {before[0]} of {m.text.title()}"
        return ""

    def _ask_without_description(self, question: str, context: Context) -> Answer | None:
        """ "Who commanded Shenzhou 9, the June 2012 flight that carried China's first woman
        astronaut?": a clause describing the one flight the rest names ("the … flight",
        "the … mission") is left out, so its words (a woman, China, a first) do not narrow
        the question; a date in it must fit that flight."""
        text = " ".join(question.split())
        if not any(f"{x} the " in text.lower() for x in (",", " -", " –", " —")):
            # said, not written: "who commanded sts seventy one the first shuttle to dock
            # with mir" has no comma before its description
            low = text.lower()
            m = (
                _SPOKEN_APPOSITION.search(text)
                if any(f" the {w}" in low for w in _APPOSITION_WORDS)
                else None
            )
            if m is None:
                return None
            head = self.index.link(text[: m.start()])
            last = max(head.mentions, key=lambda x: x.end, default=None)
            if last is None or last.kind != "flights" or last.end != len(head.tokens):
                return (
                    None  # only right after a flight's name: "Sullivan was the first…" is no aside
                )
            text = text[: m.start()] + "," + text[m.start() :]
        pieces = [x.strip() for x in _ASIDE.split(text) if x and x.strip(" ,;:()-–—")]
        for i, piece in enumerate(pieces[1:], 1):
            asked = ""
            if ":" in piece:
                # "Gemini 8, the flight with the stuck thruster: who was the crew?": the
                # clause ends where the question begins
                piece, asked = (x.strip() for x in piece.split(":", 1))
            words = fold(piece).split()
            if words[:1] != ["the"] or not _HEAD_NOUNS & set(words):
                continue
            if QUESTION_WORDS & set(words):
                continue  # "the first Briton in space, in which Soyuz…": it asks, not describes
            if (
                (words[-1:] == ["aboard"] or words[-2:] == ["on", "board"])
                and not {"flight", "mission", "spacecraft", "capsule", "ship"} & set(words)
            ) and any(
                w.kind in ("nat", "sex", "kind") for x in words for w in PHRASES.get((x,), ())
            ):
                continue  # "Shenzhou 10: commander, the woman on board, …": a crew member asked
            rest = " ".join(asked if j == i else p for j, p in enumerate(pieces)
                            if j != i or asked)  # fmt: skip
            mentions = self.index.link(rest).mentions
            named = [m for m in mentions if m.kind == "flights"]
            if not named:
                # "How many spaceflights did Vladimir Dzhanibekov, the commander of the 1985
                # Salyut 7 rescue, make?": one person named, and the clause describes him
                named = [m for m in mentions if m.kind == "people"]
            if len(named) != 1 or len(named[0].ids) != 1:
                continue
            answer = self._ask(rest, context)
            used = answer.context.query
            if not answer.answered or used is None:
                continue
            if named[0].ids[0] not in {*used.flights, *used.people}:
                continue
            aq = parse(piece, self.index.link(piece), self._name_words)
            if aq.dates and used.flights and not self._dates_fit(aq, used):
                continue
            answer.question = question
            answer.details = [*answer.details, f"Not used: “{piece.strip(' ,;:?')}”."]
            return answer
        return None

    def _aboard_then(self, question: str, context: Context) -> Answer | None:
        """ "Who was the first crew to visit them?" … "how many people were on the station
        then?": "then" is the moment the last answer's one flight came aboard, so the
        question is asked of that docking, as if the asker had named it."""
        low = question.lower()
        m = (
            _THEN_MOMENT.search(question)
            if ("then" in low or "time" in low or "visit" in low)
            else None
        )
        flights = [f for f in context.flights[:1] if f in self.facts.flights]  # the latest
        if m is None or not flights or not _ABOARD_ASKED.search(question):
            return None
        last = context.query
        if (
            last is not None
            and last.dates
            and last.dates[0].span.is_day
            and (last.stations or last.any_station)
        ):
            # "who was on the ISS on 2 December 2011?" "how many were on board then?": that
            # day, not the docking of a flight its answer named
            day = last.dates[0].span.start
            where = self.facts.stations[last.stations[0]].name if last.stations else "the station"
            rest = (question[: m.start()] + question[m.end() :]).strip(" ?")
            again = self._ask(f"{rest} {where} on {day.day} {day:%B %Y}?", context)
            if again.answered:
                again.question = question
                return again
            return None
        f = self.facts.flights[flights[0]]
        if not f.reached_station:
            return None
        rest = (question[: m.start()] + question[m.end() :]).strip(" ?")
        rest = _THE_STATION.sub(self.facts.stations[f.station].name, rest)
        linked = self.index.link(rest).mentions
        if any(x.kind in ("flights", "people", "expeditions") for x in linked) or any(
            x.kind == "stations" and x.ids != [f.station] for x in linked
        ):
            return None  # the question names its own subject; "then" is only a word
        where = (
            ""
            if any(x.kind == "stations" for x in linked)
            else (f" with {self.facts.stations[f.station].name}")
        )
        again = self._ask(f"{rest} when {f.name} docked{where}?", context)
        if not again.answered:
            return None
        again.question = question
        return again

    def _gap_claim(self, question: str, context: Context) -> Answer | None:
        """ "STS-1 …" "that was exactly 20 years after Gagarin, right?": the time from the
        other moment to the thread's (or the named) flight, against the number claimed."""
        low = question.lower()
        if " after " not in low and " before " not in low:
            return None
        m = _GAP_CLAIM.search(question)
        if m is None:
            return None
        if re.match(r"\s*(?:who|whom|which|what|where)\b", question, re.I):
            return None  # "who was the first Hungarian in space, 45 years before Kapu?": asked
        if (tail := _CLAIM_THEN_ASK.search(question)) and tail.start() > m.start():
            # "… 20 years after Gagarin - true? who flew it": the check, then a question
            return None
        other = self._moment(m.group("b"), "launch")
        head = self._moment(question[: m.start()], "launch")
        if head is None and context.flights and context.flights[0] in self.facts.flights:
            f = self.facts.flights[context.flights[0]]
            head = (f.name, f.launch.dt, f.id) if f.launch else None
        if other is None or head is None or other[2] == head[2]:
            return None
        after = m.group("op").lower() == "after"
        later, earlier = (head, other) if after else (other, head)
        unit = m.group("unit").lower().rstrip("s")
        n = int(m.group("n"))
        a, b = earlier[1], later[1]
        if unit == "year":
            got = years_between(a.date(), b.date())
            exact = (b.month, b.day) == (a.month, a.day)
        else:
            per = {"day": 86400, "week": 7 * 86400, "month": 30.44 * 86400}[unit]
            got = round((b - a).total_seconds() / per)
            exact = got == n
        yes = got == n and (exact or "exactly" not in low)
        text = (f"{'Yes' if yes else 'No'}: {got} {unit}{'s' if got != 1 else ''}"
                f"{' to the day' if exact and unit == 'year' else ''} — {earlier[0]} on "
                f"{ph.day(a)}, {later[0]} on {ph.day(b)}.")  # fmt: skip
        reply = Reply(text, [], [], flights=[head[2], other[2]])
        return self._answer_found(question, reply, context, True)

    def _day_beside(self, question: str, context: Context) -> Answer | None:
        """ "Which crew launched the day before Soyuz MS-26 went up?": the day is found from
        the flight named, then the question asked on that day."""
        low = question.lower()
        if " day " not in low or (" before " not in low and " after " not in low):
            return None
        m = _DAY_BESIDE.search(question)
        if m is None:
            return None
        at = self._moment(m.group("flight"), "land" if _LANDED.match(m.group("ev")) else "launch")
        if at is None:
            return None
        step = timedelta(days=1 if m.group("op").lower() == "after" else -1)
        day = (at[1] + step).date()
        head = question[: m.start()]
        landed = bool(_LANDING_NOUN.search(head) or re.search(r"\b(?:land|came|come)", head, re.I))
        hits = [f for f in self.facts.flights_by_launch
                if f.id != at[2] and (e := f.landing if landed else f.launch)
                and e.dt.date() == day]  # fmt: skip
        from .compose import landing_crew, launch_crew

        said = ph.day(datetime(day.year, day.month, day.day))
        what = "landed" if landed else "launched"
        anchor = f"{at[0]}'s {'landing' if _LANDED.match(m.group('ev')) else 'launch'}"
        if not hits:
            text = f"No crewed flight {what} on {said} (UTC), the day {m.group('op').lower()} {anchor}."
        else:
            lines = [f"{f.name} ({ph.join([self.facts.people[x.person].name for x in (landing_crew(self.facts, f) if landed else launch_crew(self.facts, f))])})"
                     for f in hits]  # fmt: skip
            text = f"On {said} (UTC), the day {m.group('op').lower()} {anchor}, {ph.join(lines)} {what}."
        reply = Reply(text, [], ph.sources_of(*(f.source for f in hits[:2])),
                      flights=[f.id for f in hits])  # fmt: skip
        return self._answer_found(question, reply, context, False)

    def _own_flights_apart(self, question: str, context: Context) -> Answer | None:
        """ "How many years apart were John Glenn's two spaceflights?": the time from one of
        the person's launches to the next (first and last when they flew more than twice)."""
        low = question.lower()
        if "flight" not in low or not ("apart" in low or "between" in low):
            return None
        m = _OWN_APART.search(question)
        if m is None:
            return None
        people = [x for x in self.index.link(m.group("who")).mentions
                  if x.kind == "people" and len(x.ids) == 1]  # fmt: skip
        if len(people) != 1:
            return None
        pid = people[0].ids[0]
        trips = self.facts.trips_by_person.get(pid, [])
        said_two = (m.group("two") or "").strip() in ("two", "2")
        if len(trips) < 2 or (said_two and len(trips) != 2):
            return None
        a, b = trips[0], trips[-1]
        unit = (m.group("unit") or "years").lower().rstrip("s")
        if unit == "year":  # whole years and months, as people count an interval
            months = (b.start.year - a.start.year) * 12 + b.start.month - a.start.month
            months -= b.start.day < a.start.day
            said = f"{months // 12} years" + (f" {months % 12} months" if months % 12 else "")
        else:
            per = {"day": 86400, "week": 7 * 86400, "month": 30.44 * 86400}[unit]
            said = f"{(b.start - a.start).total_seconds() / per:.0f} {unit}s"
        p = self.facts.people[pid]
        fa, fb = self.facts.flights[a.up_flight], self.facts.flights[b.up_flight]
        text = (f"{said}: {p.name} launched on {fa.name} on {ph.day(a.start)} and on "
                f"{fb.name} on {ph.day(b.start)}.")  # fmt: skip
        reply = Reply(text, [], ph.sources_of(p.source), people=[pid], flights=[fa.id, fb.id])
        return self._answer_found(question, reply, context, False)

    def _answer_found(
        self,
        question: str,
        reply: Reply,
        context: Context,
        used: bool,
        subject: str | None = None,
    ) -> Answer:
        """An answer a pre-step worked out itself, read and rendered as any other is: the
        question's reading for "Read as:", the thread state from the reply. `subject` is the
        person a pronoun of the question meant ("whose record did he beat?"): the thread's
        "he" stays that person, not the other one the answer names."""
        q = parse(question, self.index.link(question), self._name_words)
        if subject and not q.people:
            q.people = [subject]
        return self._answer(q, reply, context, used)

    def _how_many_of_them(self, question: str, context: Context) -> Answer | None:
        """ "Who flew on STS-7?" … "how many of them were women?": those of the thread's
        crew (or of the people just listed) who fit, counted and named — never everyone of
        that kind who ever flew."""
        low = question.lower()
        if "of" not in low or "how many" not in low or context.query is None:
            return None
        m = _OF_THEM.search(question)
        if m is None:
            return None
        from .compose import launch_crew
        from .execute import person_ok

        q = parse(question, self.index.link(question), self._name_words)
        if not (q.sex or q.nat or q.kinds or q.occupations or q.agencies) or q.people or q.flights:
            return None
        listed_flights = [f for f in context.listed_flights if f in self.facts.flights]
        if len(listed_flights) >= 2 and {"had", "with", "carried", "included"} & set(q.tokens):
            # "how many of those had a woman aboard?" after a list of flights: the flights
            # with anyone of that description aboard
            fit_f = [f for f in listed_flights
                     if any(person_ok(self.facts, q, s.person) for s in self.facts.seats_by_flight.get(f, []))]  # fmt: skip
            labels = ph.join([self.facts.flights[f].name for f in fit_f])
            text = (f"{len(fit_f)} of those {len(listed_flights)} flights: {labels}." if fit_f
                    else f"None of those {len(listed_flights)} flights.")  # fmt: skip
            reply = Reply(text, [], [], {"count": len(fit_f)}, flights=fit_f, listed=fit_f)
            return self._answer(q.copy(agg="count"), reply, context, True)
        pool = [p for p in context.listed if p in self.facts.people]
        flights = [f for f in context.flights[:1] if f in self.facts.flights]
        where = "of them"
        exps = [e for e in context.expeditions[:1] if e in self.facts.expeditions]
        crew = [m.person for e in exps for m in self.facts.members_by_expedition.get(e, [])]
        if len(pool) < 2 and set(context.named) & set(crew):
            # "who replaced them?" (Expedition 2's commander, and its crew) "how many of them
            # were women?": of that expedition's crew, not of the ship the thread began on
            pool, flights = crew, []
            where = f"of {self.facts.expeditions[exps[0]].name}'s crew"
        if len(pool) < 2 and flights:
            pool = [x.person for x in launch_crew(self.facts, self.facts.flights[flights[0]])]
            where = f"of {self.facts.flights[flights[0]].name}'s crew"
        if len(pool) < 2:
            return None
        fit = [p for p in dict.fromkeys(pool) if person_ok(self.facts, q, p)]
        names = ph.join([self.facts.people[p].name for p in fit])
        text = (f"{len(fit)} {where} ({len(set(pool))}): {names}." if fit
                else f"None {where} ({len(set(pool))} people).")  # fmt: skip
        reply = Reply(text, [], [], {"count": len(fit)}, people=fit, flights=flights)
        return self._answer(q.copy(agg="count"), reply, context, True)

    def _moment(self, text: str, event: str):
        """(name, instant, flight id) of what `text` names: one flight's launch or landing,
        or one person's first flight's; None when it names no single one."""
        mentions = self.index.link(text).mentions
        flights = [x for x in mentions if x.kind == "flights" and len(x.ids) == 1]
        people = [x for x in mentions if x.kind == "people" and len(x.ids) == 1]
        if _LOSS_WORDS.search(text):
            event = "loss"  # "before the Challenger accident": the moment it was lost
        fids = [flights[0].ids[0]] if len(flights) == 1 else []
        if not flights and not people and event != "loss" and _DESCRIBED_FLIGHT.search(text):
            # "Columbia's last mission", "Mir's last crew": what the words describe, when
            # that is one flight
            found = self._ask(text.strip(" ?,") + "?", Context())
            used = found.context.query
            if found.answered and used is not None and used.agg == "one":
                ids = [f for f in (used.flights or found.context.flights[:1])
                       if f in self.facts.flights]  # fmt: skip
                fids = ids if len(ids) == 1 else []
        if not fids and event == "loss":
            crafts = [x for x in mentions if x.kind == "spacecraft"]
            lost = [f for x in crafts for i in x.ids if (f := self.facts.flights.get(i))
                    and f.outcome in LOST_WITH_CREW]  # fmt: skip
            if len({f.id for f in lost}) == 1:
                f = lost[0]
                end = flight_end(self.facts, f)
                return (f"{f.name} was lost", end, f.id) if end else None
        if fids:
            f = self.facts.flights[fids[0]]
            if event == "loss":
                end = flight_end(self.facts, f) if f.outcome in LOST_WITH_CREW else None
                return (f"{f.name} was lost", end, f.id) if end else None
            if event == "dock":
                d = f.docking
                return (f"{f.name} docked", d.dt, f.id) if d else None
            if event == "moon":
                ml = self.facts.moon_landings.get(f.id)
                at = ml.touchdown if ml else None
                return (f"{f.name} landed on the Moon", at.dt, f.id) if at else None
            at = f.landing if event == "land" else f.launch
            return (f.name, at.dt, f.id) if at else None
        if len(people) == 1 and not flights and event in ("land", "launch"):
            trips = self.facts.trips_by_person.get(people[0].ids[0], [])
            if not trips:
                return None
            t = trips[0]
            at = t.end if event == "land" else t.start
            f = t.down_flight if event == "land" else t.up_flight
            name = self.facts.people[people[0].ids[0]].name
            return (f"{name} ({self.facts.flights[f].name})", at, f) if at and f else None
        return None

    def _timeline(self, question: str, context: Context) -> Answer | None:
        """Two moments set against each other: "did Shenzhou 5 land before Soyuz TMA-3
        launched?", "was Polaris Dawn still in orbit when Soyuz MS-26 launched?", "how many
        days after Gagarin did Shepard fly?" — each side's own event, both dates given."""
        low = question.lower()
        if not (" before " in low or " after " in low or " when " in low or " by the time " in low):
            return None
        m = (
            _EVENT_ORDER.search(question)
            or _STILL_UP.search(question)
            or _DAYS_AFTER.search(question)
        )
        if m is None:
            return self._loose_order(question, context)
        parts = m.groupdict()
        ev = lambda w: "land" if w and _LANDED.match(w) else "launch"  # noqa: E731
        if "unit" in parts and parts.get("unit"):
            # "after the Skylab 2 splashdown": the event said inside the first side
            said_a = "land" if _LANDING_NOUN.search(parts["a"]) else "launch"
            first = self._moment(parts["a"], said_a)
            second = self._moment(parts["b"], ev(parts.get("eb")))
            if not first or not second:
                return None
            gap = second[1] - first[1] if parts["op"].lower() == "after" else first[1] - second[1]
            unit = parts["unit"].lower().rstrip("s")
            per = {"day": 86400, "week": 7 * 86400, "hour": 3600, "month": 30.44 * 86400,
                   "year": 365.25 * 86400}[unit]  # fmt: skip
            n = gap.total_seconds() / per
            text = (f"{n:.0f} {unit}s: {first[0]} on {ph.day(first[1])}, "
                    f"{second[0]} on {ph.day(second[1])}.")  # fmt: skip
            if n < 0:
                text = f"It was the other way round: {text}"
            flights = [first[2], second[2]]
        elif "still" in parts:
            up = self._moment(parts["a"], "launch")
            down = self._moment(parts["a"], "land")
            at = self._moment(parts["b"], ev(parts["eb"]))
            if not up or not down or not at:
                return None
            yes = up[1] <= at[1] <= down[1]
            text = (f"{'Yes' if yes else 'No'}: {up[0]} was up from {ph.day(up[1])} to "
                    f"{ph.day(down[1])}; {at[0]} {'landed' if ev(parts['eb']) == 'land' else 'launched'} "
                    f"on {ph.day(at[1])}.")  # fmt: skip
            flights = [up[2], at[2]]
        else:
            a = self._moment(parts["a"], ev(parts["ea"]))
            b = self._moment(parts["b"], ev(parts["eb"]))
            if not a or not b or a[2] == b[2]:
                return None
            yes = a[1] < b[1] if parts["op"].lower() == "before" else a[1] > b[1]
            said = lambda e: "landed" if ev(e) == "land" else "launched"  # noqa: E731
            text = (f"{'Yes' if yes else 'No'}: {a[0]} {said(parts['ea'])} on {ph.day(a[1])}; "
                    f"{b[0]} {said(parts['eb'])} on {ph.day(b[1])}.")  # fmt: skip
            flights = [a[2], b[2]]
        srcs = ph.sources_of(
            *(self.facts.flights[f].source for f in flights if f in self.facts.flights)
        )
        return self._answer_found(question, Reply(text, [], srcs, flights=flights), context, False)

    def _anchor_trip(self, q: Query):
        """The one trip of the person a ranking is set against: the one in the year said
        ("John Glenn's 1998 flight"), the record one ("Polyakov's record"), or the only one."""
        trips = list(self.facts.trips_by_person.get(q.people[0], []))
        if q.dates:
            trips = [t for t in trips if any(t.start.year == w.span.start.year for w in q.dates)]
        if "record" in q.tokens and trips:
            return max(trips, key=lambda t: ((t.end or t.start) - t.start).total_seconds())
        return trips[0] if len(trips) == 1 else None

    def _loose_order(self, question: str, context: Context) -> Answer | None:
        """ "Did Soyuz T-15 reach Mir before the Challenger accident?", "did Apollo 14 land on
        the Moon before Soyuz 11 launched?", "had Mir's last crew already come home when
        Expedition 1 launched?": two moments, the second said as a noun or with a verb of
        its own; yes or no, with both dates."""
        m = _EVENT_ORDER_LOOSE.search(question)
        if m is None:
            return None
        op, aux = m["op"].lower(), m["aux"].lower()
        if op in ("when", "by the time") and aux not in ("had", "has"):
            return None  # "was X up when Y launched?" is the still-up question, not an order
        ev = lambda w: "land" if w and _LANDED.match(w) else "launch"  # noqa: E731
        ea = m["ea"].lower()
        if m["mid"] and "moon" in m["mid"].lower():
            event_a = "moon"
        elif ea.startswith(("reach", "dock", "arriv", "get", "got")):
            event_a = "dock"
        else:
            event_a = ev(ea)
        a = self._moment(m["a"], event_a)
        b = self._moment(m["b"], ev(m["eb"]) if m["eb"] else "launch") or self._expedition_start(
            m["b"]
        )
        if not a or not b or a[2] == b[2] or a[1] is None or b[1] is None:
            return None
        yes = a[1] < b[1] if op != "after" else a[1] > b[1]

        def said(x, event: str) -> str:
            if (
                event in ("dock", "moon", "loss")
                or " " in x[0]
                and x[0].split()[-1] in ("lost", "docked", "launched", "landed")
            ):
                return f"{x[0]} on {ph.day(x[1])}"
            return f"{x[0]} {'landed' if event == 'land' else 'launched'} on {ph.day(x[1])}"

        text = (f"{'Yes' if yes else 'No'}: {said(a, event_a)}; "
                f"{said(b, ev(m['eb']) if m['eb'] else 'launch')}.")  # fmt: skip
        flights = [a[2], b[2]]
        srcs = ph.sources_of(
            *(self.facts.flights[f].source for f in flights if f in self.facts.flights)
        )
        return self._answer_found(question, Reply(text, [], srcs, flights=flights), context, False)

    def _expedition_start(self, text: str):
        """(name, instant, flight id) of the launch that began an expedition named in `text`:
        "when Expedition 1 launched" is Soyuz TM-31's launch, its first crew's."""
        exps = [
            x for x in self.index.link(text).mentions if x.kind == "expeditions" and len(x.ids) == 1
        ]
        if len(exps) != 1:
            return None
        e = self.facts.expeditions[exps[0].ids[0]]
        ups = [self.facts.flights[t.up_flight] for mm in self.facts.members
               if mm.expedition == e.id
               for t in self.facts.trips_by_person.get(mm.person, [])
               if e.start and t.start <= e.start.dt <= (t.end or e.start.dt)]  # fmt: skip
        ups = [f for f in ups if f.launch]
        if not ups:
            return None
        f = min(ups, key=lambda f: f.launch.dt)
        return (f"{e.name} ({f.name}) launched", f.launch.dt, f.id)

    def _than_every(self, question: str, context: Context) -> Answer | None:
        """ "Gemini 7 was longer than every Apollo flight, right?": the one flight against the
        longest (or shortest, first, last) of a program's crewed flights, with both figures."""
        low = question.lower()
        m = _THAN_EVERY.search(question) if " than " in low else None
        if m is None:
            return None
        from .compose import launch_crew, program_ok

        progs = {w.value for w in PHRASES.get((fold(m.group("prog")),), ()) if w.kind == "program"}
        # "longer than any other Skylab mission": the flights to that station
        stations = {i for x in self.index.link(m.group("prog")).mentions if x.kind == "stations"
                    for i in x.ids}  # fmt: skip
        named = [x for x in self.index.link(question[: m.start()]).mentions if x.kind == "flights"]
        if not (progs or stations) or len(named) != 1 or len(named[0].ids) != 1:
            return None
        f = self.facts.flights[named[0].ids[0]]
        pool = [g for g in self.facts.flights_by_launch
                if (program_ok(g, progs) if progs else g.station in stations) and g.id != f.id
                and g.launch and launch_crew(self.facts, g)]  # fmt: skip
        if m.group("cmp").lower() in ("longer", "shorter"):
            pool = [g for g in pool if g.landing]  # a length needs a landing
        label = ("/".join(sorted(p.title() for p in progs)) if progs
                 else "/".join(self.facts.stations[x].name for x in sorted(stations)))  # fmt: skip
        if (
            not pool
            or not f.launch
            or (not f.landing and m.group("cmp").lower() in ("longer", "shorter"))
        ):
            return None
        word = m.group("cmp").lower()
        if word in ("longer", "shorter"):
            length = lambda g: (g.landing.dt - g.launch.dt).total_seconds()  # noqa: E731
            rival = (max if word == "longer" else min)(pool, key=length)
            yes = length(f) > length(rival) if word == "longer" else length(f) < length(rival)
            gap = abs(length(f) - length(rival))
            text = (f"{'Yes' if yes else 'No'}: {f.name} lasted {ph.duration(length(f))}; the "
                    f"{'longest' if word == 'longer' else 'shortest'} crewed "
                    f"{label} flight, {rival.name}, lasted "
                    f"{ph.duration(length(rival))}, a difference of {ph.duration(gap)}.")  # fmt: skip
        else:
            when = lambda g: g.launch.dt  # noqa: E731
            rival = (min if word == "earlier" else max)(pool, key=when)
            yes = when(f) < when(rival) if word == "earlier" else when(f) > when(rival)
            text = (f"{'Yes' if yes else 'No'}: {f.name} launched {ph.day(f.launch.dt)}; the "
                    f"{'first' if word == 'earlier' else 'last'} crewed "
                    f"{label} flight, {rival.name}, "
                    f"launched {ph.day(rival.launch.dt)}.")  # fmt: skip
        reply = Reply(text, [], ph.sources_of(f.source, rival.source), flights=[f.id, rival.id])
        return self._answer_found(question, reply, context, False)

    def _the_year_one(self, question: str, context: Context) -> Answer | None:
        """ "Which Soyuz launches were aborted?" … "who was aboard the 2018 one?": the one of
        the flights just listed that launched that year, asked about by name."""
        low = question.lower()
        m = (
            _YEAR_ONE.search(question)
            if ("the 19" in low or "the 20" in low or "one from" in low or "one in" in low)
            else None
        )
        pool = [f for f in (*context.listed_flights, *context.flights) if f in self.facts.flights]
        if m is None or not pool:
            return None
        year = int(m.group("y1") or m.group("y2"))
        hit = list(dict.fromkeys(f for f in pool if (g := self.facts.flights[f]).launch
                                 and g.launch.dt.year == year))  # fmt: skip
        if len(hit) != 1:
            return None
        name = self.facts.flights[hit[0]].name
        again = self._ask(question[: m.start()] + name + question[m.end() :], context)
        if not again.answered:
            return None
        again.question = question
        return again

    def _subject_said_first(self, question: str) -> str | None:
        """ "Gemini 3 crew, the capsule's nickname and launch date?" as "Gemini 3: crew, …":
        the question with a colon after the flight it opens with, when a list
        follows; None when it opens otherwise."""
        link = self.index.link(question)
        first = min(link.mentions, key=lambda x: x.start, default=None)
        if first is None or first.start != 0 or first.kind != "flights":
            return None
        words = question.split()
        n = len(first.text.split())
        if n >= len(words) or "," not in " ".join(words[n:]):
            return None
        return " ".join(words[:n]) + ": " + " ".join(words[n:])

    def _listed_asks(
        self, question: str, context: Context, nouns_only: bool = False
    ) -> Answer | None:
        """ "ISS Expedition 1: crew, commander, launch vehicle, launch date?": a subject, then
        what is asked of it as a list of nouns. The subject is answered, then each item is
        asked of it; an item whose answer is about someone or something else is named as
        not answered rather than dropped or answered about the wrong one."""
        m = _LISTED_ASKS.match(question)
        if m is None:
            return None
        items = _listed_items(m.group("items"))
        if len(items) < 2 or any(
            len(x.split()) > 7 or len(x.split()) > 5 and _WH_WORD.search(x) for x in items
        ):
            return None
        # a long item is a description ("the first Saudi woman in space"), not a clause, and
        # is kept only if answered: one the records can't answer sinks the list
        long_item = any(len(x.split()) > 5 for x in items)
        if nouns_only and _WH_WORD.search(m.group("items")):
            return None  # ("…: who, and with whom?": the parse reads clauses; this is a fallback)
        subject = m.group("subj").strip()
        crafts = [x for x in self.index.link(subject).mentions if x.kind == "spacecraft"]
        craft = [f for x in crafts for f in x.ids if f in self.facts.flights]
        lost = [f for f in craft if self.facts.flights[f].outcome in LOST_WITH_CREW]
        first = None
        if len(craft) > 1 and len(lost) == 1 and _LOSS_WORDS.search(m.group("items")):
            # "Columbia: mission, date lost, commander?": the orbiter's loss names the flight
            # every item is asked of (STS-107), not its first flight
            named = self.facts.flights[lost[0]].name
            # ("Columbia breakup: …" keeps its word of the loss: "STS-107 breakup")
            subject = re.sub(
                re.escape(crafts[0].text), named, subject, count=1, flags=re.IGNORECASE
            )
            subject = subject if named in subject else named
            first = self._ask(subject, context)
            if not first.answered:
                subject = named  # ("STS-107 loss": the words the records can't read)
                first = None
        first = first or self._ask(subject, context)
        if not first.answered:
            return None
        ctx = first.context
        mine = set(ctx.people) | set(ctx.flights) | set(ctx.expeditions)
        texts, missed = [first.text], []

        def of_it(a: Answer) -> bool:  # answered, and about the subject found
            theirs = set(a.context.people) | set(a.context.flights) | set(a.context.expeditions)
            return a.answered and (not mine or bool(theirs & mine))

        kinds = {x.kind for x in self.index.link(subject).mentions}
        of_person = "people" in kinds and not kinds & {"flights", "spacecraft", "expeditions"}
        for item in items:
            seat_of = _WHO_SEAT.match(item)
            if seat_of and of_person and len(set(ctx.flights)) == 1 and not ctx.expeditions:
                # "Maezawa's ISS trip: which Soyuz, who commanded?": whoever sat in that seat on
                # the person's flight, not whether the person ever commanded an expedition
                on = self.facts.flights[ctx.flights[0]].name
                seat = (
                    seat_of["seat"]
                    or {"commanded": "commander", "piloted": "pilot"}[seat_of["did"].lower()]
                )
                a = self._ask(f"who was the {seat} of {on}?", ctx)
                if of_it(a):
                    if a.text not in texts:
                        texts.append(a.text)
                    continue
            if not mine and len(ctx.stations) == 1 and re.search(r"\bit\b", item):
                # "first space station ever: name, and the first crew to board it?": "it" is
                # the station found, asked of by name (not the description again)
                named = self.facts.stations[ctx.stations[0]].name
                a = self._ask(re.sub(r"\bit\b", named, item) + "?", ctx)
            else:
                a = self._ask(f"{subject} {item}", context)
            if not of_it(a) and mine:
                # "Mongolia's only cosmonaut — name, flight, and commander?": the item asked of
                # the one found, as a follow-up, not of the description (no Mongolian commanded)
                seat = item.split()[-1:] in (["commander"], ["pilot"]) and ctx.flights[:1]
                on = self.facts.flights[ctx.flights[0]].name if seat else ""
                a = self._ask(f"who was the {item} of {on}?" if seat else f"{item}?", ctx)
            if of_it(a):
                if a.text not in texts:
                    texts.append(a.text)
            else:
                missed.append(item)
        if missed and (len(texts) == 1 or long_item):
            return None
        answer = first
        # each sentence once: the items' answers often repeat the subject's
        said = list(dict.fromkeys(x for t in texts for x in _SENTENCE.split(t) if x.strip()))
        answer.text = " ".join(said)
        if missed:
            answer.text += " Not answered: " + ", ".join(f"“{x}”" for x in missed) + "."
        answer.question = question
        return answer

    def _ranked_among_listed(self, question: str, context: Context) -> Answer | None:
        """ "How many NASA astronauts did long stays on Mir?" … "who was the first of them?",
        "who stayed the longest?": ranked among the people the last answer listed, each by
        their trips that the last question counted — not everyone who ever flew."""
        last = context.query
        pool = [p for p in context.listed if p in self.facts.people]
        if last is None or len(pool) < 2 or last.agg not in ("count", "list", "one"):
            return None
        if last.people or last.flights or not last.has_filters() and not last.stations:
            return None  # a crew's list: the flight's own rules pick from it
        walks = bool(last.events - {"aboard", "fly", "launch"})
        if walks and not (last.moon or "walk" in last.events):
            return None
        q = parse(question, self.index.link(question), self._name_words)
        if (
            q.rank not in ("first", "last", "longest", "shortest")
            or q.people
            or q.flights
            or q.expeditions
            or q.unparsed
            or q.has_filters()
            or q.asks - {"who", "duration"}
            or q.events - {"aboard", "fly"}
            or {"crew", "crews", "visit", "visited", "visitor", "visitors"} & set(q.tokens)
            or len(q.tokens) > 8
        ):
            return None  # ("the first crew to visit them": another crew, not one of them)
        if walks:
            # "how many women have walked in space?" "who was the first?": walks, not trips,
            # are ranked — the thread's question asked again with the rank, of one person
            if q.rank not in ("first", "last"):
                return None
            ranked = last.copy(raw=question, rank=q.rank, agg="one", plural=False, top=0,
                               parts=[Part({"who"}, set(last.events), set(last.roles))])  # fmt: skip
            try:
                reply = execute(self.facts, ranked.copy())
            except Unanswerable:
                return None
            if not set(reply.people) & set(pool):
                return None  # not one of those listed: the follow-up meant something else
            reply.listed = list(pool)
            return self._answer(ranked, reply, context, True)
        from .compose import trip_label
        from .execute import trips_matching

        base = last.copy(people=[], rank="", agg="list")
        trips = {p: trips_matching(self.facts, base, [p]) for p in pool}
        trips = {p: ts for p, ts in trips.items() if ts}
        if len(trips) < 2:
            return None
        if q.rank in ("first", "last"):
            pick = (min if q.rank == "first" else max)(trips, key=lambda p: trips[p][0].start)
            t = trips[pick][0]
            said = f"{trip_label(self.facts, t)}, {ph.day(t.start)}"
        else:

            def secs(x) -> float:
                return max(
                    ((t.end - t.start).total_seconds() for t in trips[x] if t.end), default=0
                )

            pick = (max if q.rank == "longest" else min)(trips, key=secs)
            t = max((t for t in trips[pick] if t.end), key=lambda t: t.end - t.start)
            said = f"{ph.duration(secs(pick))} on {trip_label(self.facts, t)}"
        text = (f"Of those {len(trips)}, the {q.rank} was {self.facts.people[pick].name}: "
                f"{said}.")  # fmt: skip
        # (the list stays the thread's: "who stayed the longest?" next ranks it again)
        reply = Reply(text, [], ph.sources_of(self.facts.people[pick].source), people=[pick],
                      flights=[t.up_flight], listed=list(pool))  # fmt: skip
        shown = base.copy(raw=question, agg="one")
        return self._answer(shown, reply, context, True)

    def _which_of_them(self, question: str, context: Context) -> Answer | None:  # noqa: C901
        """ "Which of them also flew on a Soyuz?", "only the ones who went after 2010": the
        people the last answer listed, each asked the question as a yes/no, and those it
        holds for named. What the follow-up leaves out ("did it more than once") is the
        last question's; its date, too, unless it gives its own."""
        low = question.lower()
        if context.query is None or not (" of " in low or "only the one" in low):
            return None
        if not _WHICH_OF_THEM.match(question):
            return None
        pool = [p for p in context.listed if p in self.facts.people]
        if len(pool) < 2 and len(context.flights) == 1:
            # "when did it launch?" "which of them was from Norway?": the flight's crew (also
            # after one of them was picked out: "of them" is more than one)
            pool = everyone_aboard(self.facts, context.flights[0])
        if len(pool) < 2:
            return None
        crew = {
            s.person for f in context.flights[:1] for s in self.facts.seats_by_flight.get(f, [])
        }
        if set(pool) <= crew:
            # one flight's crew: "which of them was the commander?" is its seat
            return (self._veterans_of(question, context.flights[0], pool, context)
                    or self._legs_of(question, context.flights[0], pool, context)
                    or self._in_charge_of(question, context.flights[0], pool, context)
                    or self._crew_sorted(question, context.flights[0], pool, context))  # fmt: skip
        from .execute import commands_of, count_holds, execute

        last = context.query
        if (
            last.flights
            or last.dates
            and last.dates[0].span.is_day
            or last.agg not in ("one", "list")
        ):
            return None  # a flight's crew or a day's: the thread's rules pick from those
        q = parse(question, self.index.link(question), self._name_words)
        if q.people or q.flights or q.unparsed or q.rank or q.asks - {"who"} or len(q.parts) > 1:
            return None  # "which of them flew the most?", "…, and when?": not a filter
        own = any(p.events - {"aboard"} or p.roles or p.asks - {"who"} for p in q.parts)
        base = q.copy(people=[], agg="yesno", rank="", pronouns=set())
        if not own:  # "which of them did it more than once?": the last question's deed
            base.parts = [
                Part(set(p.asks) - {"who"}, set(p.events), set(p.roles)) for p in last.parts
            ]
        base.stations = q.stations or list(last.stations)
        base.any_station = q.any_station or last.any_station
        base.programs = q.programs or (set(last.programs) if not own else set())
        base.dates = q.dates or list(last.dates)
        base.nat, base.sex, base.kinds, base.occupations = set(), "", set(), set()
        fit = []
        commands = "commander" in base.roles and base.times and base.times != "=first"
        for pid in pool:
            if commands:
                # "which of them did it more than once?" after who commanded the ISS: their
                # commands counted, not their flights
                # (one spell across an expedition's end is one command: Walker, 64 into 65)
                if count_holds(len(commands_of(self.facts, pid, base.stations)), base.times):
                    fit.append(pid)
                continue
            try:
                r = execute(self.facts, base.copy(people=[pid]))
            except Unanswerable:
                continue
            if r.text.startswith("Yes"):
                fit.append(pid)
        names_ = ph.join([self.facts.people[p].name for p in fit])
        text = (f"Of those {len(pool)}, {len(fit)}: {names_}." if fit
                else f"None of those {len(pool)}, as far as my records show.")  # fmt: skip
        reply = Reply(text, [], [], {"count": len(fit)}, people=fit, listed=fit)
        shown = base.copy(people=list(fit), agg="list")
        return self._answer(shown, reply, context, True)

    def _any_of_them(self, question: str, context: Context) -> Answer | None:
        """ "Had any of them flown before?", "was it the first flight for either of them?" in
        a thread about one flight: yes or no, from its crew split as `_veterans_of` does (each
        person's flights before this one launched, not their whole career: Crippen flew again
        after STS-1, but not before it)."""
        m = _ANY_OF_THEM.match(question)
        if m is None or len(context.flights) != 1 or _FLOWN_BEFORE_ANY.search(question) is None:
            return None
        if any(x.kind in ("people", "flights") for x in self.index.link(question).mentions):
            return None  # "had Volkov flown before?": the person's own question
        word = m.group("q").lower()
        every = word in ("all", "both", "everyone", "everybody")
        yesno = "every" if every else word if word in ("none", "they") else "any"
        return self._veterans_of(question, context.flights[0], [], context, yesno=yesno)

    def _veterans_of(
        self, question: str, fid: str, pool: list[str], context: Context, yesno: str = ""
    ) -> Answer | None:
        """ "Which of them had flown before?", "which were rookies?": the crew of the thread's
        flight split by whether each had flown in space before it launched. With `yesno`
        ("any", "every", "none", "they") the split answers a yes or no first."""
        m = (_FLOWN_BEFORE_ANY if yesno else _FLOWN_BEFORE).search(question)
        if m is None:
            return None
        f = self.facts.flights[fid]
        if f.launch is None:
            return None
        start = f.launch.dt
        # the whole crew, in seat order: "which were rookies?" after "which had flown before?"
        pool = everyone_aboard(self.facts, fid)
        before = {
            p: [t for t in self.facts.trips_by_person.get(p, []) if t.start < start] for p in pool
        }
        rookies = bool(m.group("new"))
        fit = [p for p in pool if not before[p]] if rookies else [p for p in pool if before[p]]

        def earlier(p: str) -> str:
            ups = dict.fromkeys(self.facts.flights[t.up_flight].name for t in before[p])
            return f"{self.facts.people[p].name} ({', '.join(ups)})"

        if rookies:
            text = (f"Of {f.name}'s crew of {len(pool)}, {len(fit)} had not flown in space before: "
                    f"{ph.join([self.facts.people[p].name for p in fit])}." if fit
                    else f"All {len(pool)} of {f.name}'s crew had flown in space before.")  # fmt: skip
        else:
            text = (f"Of {f.name}'s crew of {len(pool)}, {len(fit)} had flown in space before: "
                    f"{ph.join([earlier(p) for p in fit])}." if fit
                    else f"None of {f.name}'s crew of {len(pool)} had flown in space before; it was everyone's first flight.")  # fmt: skip
        if yesno:
            every = len(fit) == len(pool)
            # "had they flown before?" of a crew split both ways is neither yes nor no
            holds = {"any": bool(fit), "none": not fit, "every": every,
                     "they": every or None if fit else False}[yesno]  # fmt: skip
            if holds is not None:
                text = ("Yes: " if holds else "No: ") + text[0].lower() + text[1:]
        reply = Reply(text, [], ph.sources_of(f.source), {"count": len(fit)}, people=fit,
                      listed=fit, flights=[fid])  # fmt: skip
        shown = Query(raw=question, people=list(fit), flights=[fid], agg="list")
        return self._answer(shown, reply, context, True)

    def _crew_sorted(
        self, question: str, fid: str, pool: list[str], context: Context
    ) -> Answer | None:
        """ "Which of them was from Norway?", "which of them was a woman?", "which of them flew
        again later?" of a flight's crew: the ones each said thing holds for. Anything else
        the follow-up asks is left to the thread's usual reading."""
        q = parse(question, self.index.link(question), self._name_words)
        if q.rank == "first" and not (q.people or q.flights) and len(q.parts) == 1:
            # "which of them was the first Native American woman in space?": who was (asked
            # on its own), if that is one of them
            m = _WHICH_OF_THEM.match(question)
            alone = self._ask("who" + question[m.end() :], Context()) if m else None
            if alone is not None and alone.answered and set(alone.context.named) & set(pool):
                return alone
            return None
        if q.people or q.flights or q.unparsed or q.rank or q.dates or q.roles or len(q.parts) > 1:
            return None
        again = bool({"again", "later"} & set(q.tokens)) and bool(q.events & {"fly", "launch"})
        if q.asks - {"who"} or q.events - {"fly", "launch", "aboard"} or (q.events and not again):
            return None
        described = q.copy(programs=set(), dates=[], times=q.times if q.times != "=first" else "")
        if not (described.has_filters() or again):
            return None
        f = self.facts.flights[fid]
        fit = [p for p in pool if person_ok(self.facts, described, p)]
        later: dict[str, list[str]] = {}
        if again and f.launch is not None:
            for p in fit:
                ups = [t.up_flight for t in self.facts.trips_by_person.get(p, [])
                       if t.start > f.launch.dt and t.up_flight != fid]  # fmt: skip
                if ups:
                    later[p] = ups
            fit = [p for p in fit if p in later]

        def said(p: str) -> str:
            flown = ", ".join(self.facts.flights[x].name for x in later.get(p, []))
            return self.facts.people[p].name + (f" ({flown})" if flown else "")

        text = (f"Of {f.name}'s crew of {len(pool)}, {len(fit)}: {ph.join([said(p) for p in fit])}."
                if fit else f"None of {f.name}'s crew of {len(pool)}, as far as my records show.")  # fmt: skip
        reply = Reply(text, [], ph.sources_of(f.source), {"count": len(fit)}, people=fit,
                      listed=fit, flights=[fid])  # fmt: skip
        shown = described.copy(raw=question, people=list(fit), flights=[fid], agg="list")
        return self._answer(shown, reply, context, True)

    def _legs_of(self, question: str, fid: str, pool: list[str], context: Context) -> Answer | None:
        """ "Which of them didn't launch on that Soyuz?" of its landing crew: the ones the
        flight did (or did not) carry up, or bring home, with the flight each took instead."""
        low = question.lower()
        if re.search(r"\b(?:first|last|earliest|latest|before|after|longest|shortest)\b", low):
            return None  # "which of them came back first?": an order, not a leg
        up = bool(_UP_WORDS.search(low))
        down = bool(_DOWN_WORDS.search(low))
        if up == down:
            return None
        negated = bool(re.search(r"\b(?:didn'?t|did not|not|never|wasn'?t|weren'?t)\b", low))
        named = [m.ids[0] for m in self.index.link(question).mentions
                 if m.kind == "flights" and len(m.ids) == 1]  # fmt: skip
        if len(named) == 1:
            fid = named[0]  # "and which of them came home in Soyuz 4?": that flight
        f = self.facts.flights[fid]
        seats = self.facts.seats_by_flight.get(fid, [])
        holds = {s.person for s in seats if (s.went_up if up else s.came_down)}
        if set(pool) <= holds or not (set(pool) & {s.person for s in seats}):
            return None  # the list was that leg's crew already: the thread's rules say it
        fit = [p for p in pool if (p in holds) != negated]
        verb = "launch on" if up else "come home on"

        def other(p: str) -> str:
            t = next((t for t in self.facts.trips_by_person.get(p, [])
                      if fid in (t.up_flight, t.down_flight)), None)  # fmt: skip
            leg = (t.up_flight if up else t.down_flight) if t else None
            if not leg or leg == fid:
                return self.facts.people[p].name
            return f"{self.facts.people[p].name} ({'up' if up else 'home'} on {self.facts.flights[leg].name})"

        said = ph.join([other(p) for p in fit])
        text = (f"Of those {len(pool)}, {len(fit)} did{' not' if negated else ''} {verb} {f.name}: {said}."
                if fit else f"None of those {len(pool)}.")  # fmt: skip
        reply = Reply(text, [], ph.sources_of(f.source), {"count": len(fit)}, people=fit,
                      listed=fit, flights=[fid])  # fmt: skip
        return self._answer(
            Query(raw=question, people=list(fit), flights=[fid], agg="list"), reply, context, True
        )

    def _in_charge_of(
        self, question: str, fid: str, pool: list[str], context: Context
    ) -> Answer | None:
        """ "Which of them was in charge?" of a crew the last answer listed (Voss, Helms and
        Usachev, up on STS-102): the one of them who commanded — the flight's seat if one of
        them held it, else the station command one of them held on that trip."""
        low = question.lower()
        if not re.search(r"\b(?:in charge|command(?:er|ed)?|boss|led)\b", low):
            return None
        seats = self.facts.seats_by_flight.get(fid, [])
        of_station = re.search(r"\b(?:station|iss|mir|tiangong|expedition)\b", low)
        if not of_station and any(s.person in pool and s.role == "commander" for s in seats):
            return None  # the flight's own commander is one of them: the usual reading
        from .execute import _commands

        f = self.facts.flights[fid]
        at = f.docking or f.launch
        if at is None:
            return None
        # a command held on this trip: begun before the one who held it came home
        ends = {t.person: t.end for p in pool for t in self.facts.trips_by_person.get(p, ())
                if fid in (t.up_flight, t.down_flight)}  # fmt: skip
        spells = sorted(x for x in _commands(self.facts) if x[2] in pool and x[1] >= at.dt
                        and (ends.get(x[2]) is None or x[0] <= ends[x[2]]))  # fmt: skip
        if not spells:
            return None
        lo, _hi, pid, eid = spells[0]
        e = self.facts.expeditions[eid]
        own = [self.facts.people[s.person].name for s in seats if s.role == "commander"]
        reply = Reply(f"{self.facts.people[pid].name} commanded {e.name}, from {ph.day(lo)}"
                      + (f"; {f.name}'s own commander was {ph.join(own)}." if own else "."),
                      [], ph.sources_of(e.source), people=[pid], expeditions=[eid])  # fmt: skip
        return self._answer(
            Query(raw=question, people=[pid], expeditions=[eid], agg="one"), reply, context, True
        )

    def _how_many_listed(self, question: str, context: Context) -> Answer | None:
        """ "How many is that?" after a list: the count of what the last answer listed."""
        if (
            "many" not in question.lower()
            or not _HOW_MANY_THAT.match(question)
            or context.intent != "query"
        ):
            return None  # after a decline, "that" is not the list of an earlier answer
        if _IN_TOTAL.search(question):
            return None  # "in total": with lists before it, which the thread does not keep
        flights = [f for f in context.listed_flights if f in self.facts.flights]
        people = [p for p in context.listed if p in self.facts.people]
        items = flights or people
        if len(items) < 2:
            return None
        noun = "flights" if flights else "people"
        said = ph.join([self.facts.flights[f].name for f in flights] if flights
                       else [self.facts.people[p].name for p in people])  # fmt: skip
        q = context.query
        return Answer(question=question, answered=True, text=f"{len(items)} {noun}: {said}.",
                      details=[], sources=[], intent="count", confidence=0.9,
                      context=context, interpretation=(q.describe() + " · count") if q else "count")  # fmt: skip

    def _vehicle_of_described(self, question: str, context: Context) -> Answer | None:
        """ "Which Shuttle brought the first ISS crew home?": the rank is the crew's, not the
        Shuttle's. Who is meant is found first ("who was the first ISS crew?"), then the
        vehicle is asked of them by name."""
        low = question.lower()
        m = (_VEHICLE_OF.match(question) if low.lstrip().startswith(("which", "what"))
             and any(w in low for w in _VEHICLE_WORDS) else None)  # fmt: skip
        if m is None or _FLIGHT_NOUN.search(m.group("np")):
            return None  # "the first mission to Mir" is the vehicle's own rank
        where = m.group("dir") or ""
        np = m.group("np") + (f" {where}" if where.lower().startswith(("to ", "into ")) else "")
        found = self._ask(f"who was {np}?", context)  # "the first crew *to the ISS*"
        people = [p for p in found.context.people if p in self.facts.people]
        if not found.answered or not 1 <= len(people) <= 7:
            return None
        who = ph.join([self.facts.people[p].name for p in people])
        back = bool(_HOMEWARD.search(m.group("dir") or "") or m.group("verb").lower() == "returned")
        verb = "come home on" if back else "launch on"
        more = m.group("more") or ""  # "…, and on what date?": asked of them too
        again = self._ask(f"which {m.group('veh')} did {who} {verb}{more}?", context)
        if not again.answered:
            return None
        again.question = question
        again.text = f"{found.text.split('. ')[0].rstrip('.')}. {again.text}"
        return again

    def _years_since(self, question: str, context: Context) -> Answer | None:
        """ "How many years ago did Soyuz TM-7 launch?", "on 16 July 2026, how many years will
        it have been since Apollo 11 launched?": when it happened is asked, then the whole
        years from then to the day named (today when none is)."""
        low = question.lower()
        m = (
            _YEARS_SINCE.search(question)
            if "years" in low or " ago" in low or "since" in low
            else None
        )
        if m is None:
            return None
        rest = m.group("rest")
        said = rest.split(", ")
        clause, tail = said[0], ", ".join(said[1:])
        aux = m.group("aux") or ""
        found = self._ask(f"when {aux} {clause.strip(' ?')}?".replace("  ", " "), context)
        first = _first_day(found.text) if found.answered else None
        if first is None:
            return None
        then = first[0].date()
        refs = [d for d in find_dates(question[: m.start()] + " " + tail) if d.is_day]
        ref = refs[0].start if refs and not refs[0].annual else datetime.now(UTC).date()
        if ref < then:
            return None
        years = years_between(then, ref)
        found.question = question
        said_ref = ph.day(datetime(ref.year, ref.month, ref.day))
        found.text = (f"{years} years, from {ph.day(datetime(then.year, then.month, then.day))} "
                      f"to {said_ref}{'' if refs else ' (today)'}. {found.text}")  # fmt: skip
        return found

    def _anniversary(self, question: str, context: Context) -> Answer | None:
        """ "Which Moon landing has its 55th anniversary in July 2026?": the year named, less
        the years of the anniversary, is the year asked about ("in July 1971"); the answer
        gives the anniversary's own day too."""
        m = _ANNIVERSARY.search(question) if "anniversar" in question.lower() else None
        if m is None:
            return None
        n = int(m.group(1))
        rest = question[: m.start()] + " " + question[m.end() :]
        rest = _ANNIVERSARY_VERBS.sub(" ", rest)
        rest = YEAR_IN_TEXT.sub(lambda y: str(int(y.group(0)) - n), rest)
        found = self._ask(" ".join(rest.split()), context)
        if not found.answered:
            return None
        found.question = question
        first = _first_day(found.text)
        if first is None:
            return found  # a list: its dates are the years shifted back
        then = first[0]
        try:
            on = then.replace(year=then.year + n)
        except ValueError:  # 29 February: kept on 1 March in a common year
            on = then.replace(year=then.year + n, month=3, day=1)
        found.text = f"{found.text} Its {ph.ordinal(n)} anniversary: {ph.day(on)}."
        return found

    def _ask_when_event(self, question: str, context: Context) -> Answer | None:
        """ "Who commanded the ISS when the first crewed Dragon docked?": the clause after
        "when" describes a flight without naming it. It is answered on its own first (the
        first crewed Dragon is Demo-2), then the question is asked of that flight's moment,
        as if the asker had named it."""
        low = question.lower()
        m = (
            _WHEN_EVENT.search(question)
            if (
                " when " in low
                or " as " in low
                or "the time" in low
                or (low.startswith("when ") and "," in low)
            )
            else None
        )
        if m is None:
            return None
        clause = m.group("clause")
        mentions = self.index.link(clause).mentions
        head = question[: m.start()]
        if not head.strip(" ,"):
            # "when STS-1 flew, were there cosmonauts aboard Salyut 6?": the clause first
            head = question[m.end() :].lstrip(" ,")
            head = _AT_THE_SAME_TIME.sub("", head).rstrip(" ?")
        held = [x for x in self.index.link(head).mentions if x.kind == "stations"]
        if (
            not held
            and re.search(r"\bstation\b", head.lower())
            and re.search(r"\bcommand|\bin charge\b", head.lower())
            and context.flights
        ):
            # "who was station commander when he arrived?": the station of the thread's flight
            sid = (
                self.facts.flights[context.flights[0]].station
                if context.flights[0] in self.facts.flights
                else ""
            )
            if sid in self.facts.stations:
                name = self.facts.stations[sid].name
                head = re.sub(r"\b(?:the )?station\b", name, head, count=1, flags=re.IGNORECASE)
                held = [x for x in self.index.link(head).mentions if x.kind == "stations"]
        if len(held) != 1 or len(held[0].ids) != 1:
            return None  # only a station's moment is asked this way (aboard, in command)
        named = [x for x in mentions if x.kind in ("flights", "expeditions")]
        if named:
            if len(named) != 1 or named[0].kind != "flights" or len(named[0].ids) != 1:
                return None
            # "when the first crew Dragon with astronauts (Demo-2) docked": the name says
            # which flight; the words around it only describe it
            flights = named[0].ids
        else:
            asked = clause.strip(" ,?")
            if not any(x.kind == "stations" for x in mentions):
                asked += f" with {held[0].text}"  # the first Shuttle to dock *with Mir*
            found = self._ask(asked, context)
            flights = [f for f in found.context.flights if f in self.facts.flights]
            if not found.answered:
                return None
            used = found.context.query
            if used is not None and len(used.flights) == 1 and used.flights[0] in flights:
                # "when she got there": the flight the clause itself was read as (STS-76),
                # not the others its answer named (STS-79, which brought her home)
                flights = list(used.flights)
            if len(flights) > 1 and context.flights and context.flights[0] in flights:
                # "when Kelly arrived", in a thread about his year in space: that trip's
                flights = [context.flights[0]]
            if (
                used is not None
                and len(used.people) == 1
                and len(flights) == 1
                and fold(m.group("verb")).split()[0] in ("arrived", "got", "reached")
            ):
                # "when he arrived": his trip's way up, even when the thread was on his ride home
                trip = next((t for t in self.facts.trips_by_person.get(used.people[0], [])
                             if flights[0] in (t.up_flight, t.down_flight)), None)  # fmt: skip
                if trip is not None:
                    flights = [trip.up_flight]
        if len(flights) != 1:
            return None
        flight = self.facts.flights[flights[0]]
        if flight.station != held[0].ids[0]:
            # "was anyone aboard the ISS when Shenzhou 5 flew?": another station's (or no
            # station's) flight dates the question; the day it launched (or landed)
            verb = fold(m.group("verb")).split()[0]
            moment = flight.landing if _EVENT_VERB.get(verb) == "landed" else flight.launch
            if moment is None or "aboard" not in head.lower() and "command" not in head.lower():
                return None
            again = self._ask(f"{head.rstrip(' ?')} on {ph.day(moment.dt)}?", context)
            if not again.answered:
                return None
            again.question = question
            again.details = [*again.details, f"That is the day {flight.name} "
                             f"{'landed' if moment is flight.landing else 'launched'}."]  # fmt: skip
            return again
        verb = _EVENT_VERB.get(fold(m.group("verb")).split()[0], "docked")
        station = [x for x in mentions if x.kind == "stations"]
        where = f" with {station[0].text}" if station and verb == "docked" else ""
        again = self._ask(f"{head.rstrip()} when {flight.name} {verb}{where}?", context)
        if not again.answered:
            return None
        again.question = question
        return again

    def _ask_without_purpose(self, question: str, m: re.Match, context: Context) -> Answer | None:
        """ "For our China gallery: the country's first astronaut — when did he launch?", "We're
        making a short film about the first Indian in space — when did he launch?": what the
        asker is making is no part of the question, but the words of its lead that name or
        narrow something (China, the ISS, the first Indian) may be. Both readings are tried:
        the lead's own words before the rest, and the rest alone; an answer that finds nobody,
        or lists a crowd, loses to one that does not."""
        rest = question[m.end() :].strip()
        lead = [w for w in re.findall(r"[\w'’-]+", question[: m.end()])
                if fold(w) not in _PURPOSE_LEAD and fold(w) not in FILLER]  # fmt: skip
        kept = " ".join(lead)
        # the rest alone only when it has a subject of its own (a name, or a first or last):
        # "who was the senator, who commanded?" alone would find some other senator
        rq = parse(rest, self.index.link(rest), self._name_words)
        kq = parse(kept, self.index.link(kept), self._name_words) if kept else None
        adds = kq is not None and (
            bool(set(kq.people + kq.flights + kq.expeditions + kq.stations + kq.spacecraft)
                 - set(rq.people + rq.flights + rq.expeditions + rq.stations + rq.spacecraft))
            or bool(kq.programs - rq.programs)
            or bool(kq.nat - rq.nat or kq.kinds - rq.kinds or (kq.sex and kq.sex != rq.sex)
                    or kq.dates or kq.occupations - rq.occupations)
        )  # fmt: skip
        # ("Our class is studying China's program. Who made China's first spacewalk?": the
        # lead says nothing the question does not, so only the question is asked)
        tries = (
            [f"{kept} — {rest}"] if kept and (adds or not (rq.named or rq.rank or rq.dates)) else []
        )
        if rq.named or rq.rank or rq.dates:
            tries.append(rest)
        found = []
        for text in tries:
            a = self.ask(text, context)
            if a.answered and len(a.items) <= 12:
                found.append(a)
        found.sort(key=lambda a: bool(_NOBODY.match(a.text)))  # stable: the lead's first
        if not found:
            return None
        found[0].question = question
        return found[0]

    def _respelled(self, question: str, words: list[str], context: Context) -> Answer | None:
        """The question asked again with each word not understood replaced by the one word
        of the lexicon a letter away ("actualy" → "actually", "spacewalke" → "spacewalk");
        None when a word is a real word, too short, or has no single such neighbour."""
        from rapidfuzz import process
        from rapidfuzz.distance import DamerauLevenshtein

        if self._vocab is None:
            self._vocab = sorted(
                w for w in PHRASE_WORDS | FILLER | SOFT if len(w) >= 4 and w.isalpha()
            )
        fixes: dict[str, str] = {}
        for w in words:
            stems = [w] + [w[: -len(end)] for end in ("r", "er", "est", "st") if w.endswith(end)]
            if len(w) < 5 or not w.isalpha() or any(is_english_word(x) for x in stems):
                return None  # a real word ("safer", "closest"), not a misspelt one
            near = process.extract(w, self._vocab, scorer=DamerauLevenshtein.distance,
                                   score_cutoff=1, limit=3)  # fmt: skip
            if not near or (len(near) > 1 and not all(v in FILLER or v in SOFT for v, *_ in near)):
                return None  # two readings that differ in meaning: no guess
            fixes[w] = near[0][0]
        text = re.sub(r"[^\W\d_]+", lambda m: fixes.get(m.group(0).lower(), m.group(0)), question)
        answer = self._ask(text, context)
        if answer.answered:
            answer.question = question
            said = ", ".join(f"“{a}” as “{b}”" for a, b in fixes.items())
            answer.details = [*answer.details, f"Read {said}."]
        return answer

    def _only_describes(self, q: Query) -> bool:
        """Whether the words not understood can only describe a subject the rest of the
        question pins down (a named person, flight or expedition, or a month or less), and
        so can be left out: not a negation or a word that narrows a list ("alone",
        "other"), not the noun a question word asks for ("what rank", "how fast"), and the
        question asks something."""
        words = q.unparsed
        if len(words) > 3 or set(words) & (_NEGATION | _NARROWING):
            return False
        toks = q.tokens
        for i, t in enumerate(toks):
            if t in words and i and toks[i - 1] in _WH_HEADS:
                return False
        # only inside a clause that describes a noun: "the Soyuz that came down in a frozen
        # lake", "the Soyuz whose main engine failed"; a main verb ("what did he eat") or an
        # asked noun ("his profession") is the question itself
        text = q.raw.lower()  # fold() would drop the commas that end a clause
        m = _RELATIVE.search(text)
        if m is None or m.group(1) in _NOT_BEFORE_RELATIVE:
            return False
        after = set(fold(text[m.end() :]).split())
        if not set(words) <= after:
            return False
        if not (q.asks or set(toks) & QUESTION_WORDS):
            return False
        short = any((w.span.end - w.span.start).days <= 62 for w in q.dates)
        return bool(q.people or q.flights or q.expeditions or short)

    def _records_end(self):
        """The last day the records vouch for: the latest a station's crews are complete to,
        or the latest launch or landing; None for an empty store."""
        if "records_end" not in self.facts.memo:
            days = [
                st.complete_to.dt.date() for st in self.facts.stations.values() if st.complete_to
            ]
            days += [m.dt.date() for f in self.facts.flights.values()
                     for m in (f.launch, f.landing) if m is not None]  # fmt: skip
            self.facts.memo["records_end"] = max(days, default=None)
        return self.facts.memo["records_end"]

    def _dates_fit(self, aq: Query, used: Query) -> bool:
        """Every date of a remark falls within a flight the answer was about."""
        fs = [self.facts.flights[f] for f in used.flights if f in self.facts.flights]
        if not fs:
            return False
        for w in aq.dates:
            lo, hi = w.span.start, w.span.end
            if not any(f.launch and f.launch.dt.date() <= hi
                       and ((f.landing.dt.date() if f.landing else f.launch.dt.date()) >= lo)
                       for f in fs):  # fmt: skip
                return False
        return True

    def _narrows(self, aq: Query, linked) -> bool:
        """Whether a remark holds something that would narrow or add to a question."""
        return bool(
            set(aq.tokens) & QUESTION_WORDS
            or aq.dates
            or aq.nat
            or aq.sex
            or aq.kinds
            or aq.occupations
            or aq.agencies
            or aq.programs
            or aq.outcome
            or aq.excluded
            or set(aq.tokens) & _NEGATION
            or aq.tokens[:1] == ["and"]  # "and her own spacewalk, when was that?": the subject
            or "walk" in aq.events  # "they did a spacewalk — how long?": what is measured
            or linked.unknown
        )

    def _ask(self, question: str, context: Context, loose: bool = False) -> Answer:
        text = " ".join(question.split())
        if not text:
            return _decline(question, "Ask me about space-station crews, flights and landings, "
                            'e.g. "who flew on Soyuz TMA-14M?"', context=context)  # fmt: skip
        if len(text) > MAX_CHARS:
            return _decline(question, f"That is {len(text)} characters; please ask in under "
                            f"{MAX_CHARS}.", context=context)  # fmt: skip
        text, claim = strip_frame(text)
        text = _poles_as_polish(text)
        if "challenger" in text.lower() or "columbia" in text.lower():
            text = _LOST_CRAFT.sub(lambda m: f"{m.group(1)} the {m.group(2)} disaster", text)
        text = self._dated(text)
        text, context = self._role_as_person(text, context)
        linked = self.index.link(text)
        self._drop_misread_mentions(linked)
        q = parse(text, linked, self._name_words)
        if (
            len(q.stations) == 1
            and not q.modules
            and q.rank == "first"
            and len(q.parts) > 1
            and any(
                a in ("core", "base") and b in ("module", "block")
                for a, b in itertools.pairwise(q.tokens)
            )
        ):
            # "Mir: when was the core module launched, and when was it deorbited?": that module,
            # so its "first" does not rank the other part (Kizim, the first to visit)
            core = [m.id for m in self.facts.modules.values()
                    if m.station == q.stations[0] and m.kind == "core"]  # fmt: skip
            if len(core) == 1:
                q.modules, q.rank, q.rank_of = core, "", ""
        if (
            "ship" in q.asks
            and "who" in q.asks
            and not q.events & {"land"}
            and not {"recovery", "recovered", "picked", "pick", "navy", "carrier"} & set(q.tokens)
        ):
            # "who was in the Soviet ship?": the ship is the spacecraft, not a recovery ship
            for p in q.parts:
                p.asks.discard("ship")
        named = [m for m in linked.mentions if m.kind == "flights"]
        one_name = len(named) == 1 and set(named[0].ids) == set(q.flights)
        if len(q.flights) > 1 and q.programs and not q.people and one_name:
            # "who commanded the Apollo side of Apollo-Soyuz?": of the flights one name stands
            # for, the one of the program said
            of_it = [f for f in q.flights
                     if self.facts.flights[f].program in q.programs]  # fmt: skip
            if of_it and len(of_it) < len(q.flights):
                q.flights = of_it
        if (
            len(q.flights) == 1
            and "when" in q.asks
            and not q.events
            and "story" not in q.asks
            and _LOSS_WORDS.search(text)
            and self.facts.flights[q.flights[0]].outcome in LOST_WITH_CREW
        ):
            # "when was the Columbia disaster?": the loss (1 February 2003), not the launch
            # (the name "Columbia disaster" took the word that asks for the story)
            for p in q.parts:
                if "when" in p.asks:
                    p.asks.add("story")
        if claim:  # "Our article says Helen Sharman flew to Mir in 1993. Is that right?"
            q.claim, q.agg = True, "yesno"
        elif (
            text.rstrip().endswith("?")
            and q.agg == "one"
            and ((q.people and q.events) or (len(q.flights) == 1 and q.rank and q.claims))
            and not q.asks - {"flight"}
            and (not q.asks or q.rank)
            and not any(t in QUESTION_WORDS for t in q.tokens)
        ):
            # "vande hei came home on soyuz ms-18?", "Skylab 4 was the longest Skylab
            # mission at about 84 days?": a statement asked
            q.agg = "yesno"
        elif (
            q.agg == "one"
            and q.people
            and q.rank
            and "record" in q.tokens
            and _HOLDS_RECORD.search(text)
        ):
            q.agg = "yesno"  # "Scott Kelly has the record for the longest flight?": a claim
        if q.nat and (q.agg == "yesno" or "where" in q.asks or q.events & {"land", "launch"}):
            # "was that in Kazakhstan?", "where in Kazakhstan did they come down?", "did it
            # splash down in the Gulf of Mexico?": a place (the word after "in" names a
            # site's country), not a nationality ("was a Kazakh aboard?")
            toks = q.tokens
            here = [t for i, t in enumerate(toks[1:], 1) if t in self._place_words() and (
                toks[i - 1] in ("in", "near", "off", "at")
                or toks[i - 2 : i] in (["gulf", "of"], ["sea", "of"], ["coast", "of"]))]  # fmt: skip
            if here:
                q.places = [*here, *q.places]
                q.nat, q.nat_label = set(), ""
        if q.unparsed and (q.asks & {"where"} or q.events & {"land", "launch"} or q.agg == "yesno"):
            # "in a lake?", "atlantic or gulf?": places; the answer names the real site
            q.places += [w for w in q.unparsed if w in self._place_words() and w not in q.places]
            q.places.sort(key=lambda w: q.tokens.index(w) if w in q.tokens else 0)  # as said
            q.unparsed = [w for w in q.unparsed if w not in self._place_words()]
        if q.anchors:
            problem = self._dates_of_anchors(q)
            if problem:
                return _decline(question, problem, intent="clarify", context=context, query=q)
        self._walk_as_moment(q)
        toks_set = set(q.tokens)
        after_who = any(
            a == "after" and b in ("who", "whom") for a, b in zip(q.tokens, q.tokens[1:])
        )
        if (
            len(q.people) == 1
            and toks_set & {"command", "commander", "commandant", "comandante", "kommandant"}
            and (
                toks_set
                & {
                    "took",
                    "take",
                    "taken",
                    "takes",
                    "hand",
                    "handed",
                    "hands",
                    "pass",
                    "passed",
                    "got",
                    "get",
                    "gets",
                    "received",
                    "receive",
                    "gave",
                    "give",
                    "given",
                }
                or after_who  # "became ISS commander in 2025 — on which day and after who?"
            )
            and ("from" in toks_set or after_who or toks_set & {"gave", "give", "given", "to"})
            and not q.asks & {"handover"}
        ):
            # "who took ISS command from Shannon Walker?", "who did Kelly hand ISS command
            # to?": a handover, though the station's name splits the phrase
            for p in q.parts:
                p.asks |= {"handover", "who"}
            q.compare = ""
        if q.series and not q.named and not q.asks and "who" not in q.tokens:
            # "what was Axiom's second private mission?": a flight of that series is asked
            for p in q.parts:
                p.asks.add("flight")
            q.rank_of = q.rank_of or "flight"
        if (
            q.people
            and q.tokens[:2]
            in (["who", "took"], ["who", "flew"], ["who", "brought"], ["who", "carried"])
            and "to" in q.tokens
            and not q.flights
            and not q.roles
        ):
            # "who took the Mongolian cosmonaut Gürragchaa to Salyut 6?": who flew up with him
            for p in q.parts:
                p.asks |= {"who", "with"}
                p.events = (p.events - {"fly"}) | {"launch"}
            q.nat, q.nat_label = set(), ""
        if (
            q.flights
            and {"crew", "crewmembers", "astronauts", "cosmonauts"} & set(q.tokens)
            and not any("who" in p.asks for p in q.parts)
            and q.agg == "one"
            and len(q.parts) == 1
            and q.parts[0].asks
            and re.search(
                r"\bthe (?:\w+ )?(?:crew|crewmembers|astronauts|cosmonauts) of\b", text, re.I
            )
        ):
            # "I need the three crew of Voskhod 1 and the date it launched": the crew is asked
            q.parts.insert(0, Part({"who"}, set(), set()))
        if (
            q.agg == "yesno"
            and not q.claims
            and any(a in ("that", "as") and b == "long" for a, b in zip(q.tokens, q.tokens[1:]))
        ):
            # "did Laveykin stay that long too?": a length from the last answer, which this
            # reading cannot hold — named as not understood rather than answered "yes"
            q.unparsed.append("that long")
        if (
            q.agg in ("count", "list", "one")
            and len(q.people) == 1
            and q.rank in ("longest", "shortest", "oldest", "youngest", "most")
            and not (q.flights or q.expeditions)
            and (op := _op_before_person(q)) is not None
            and (trip := self._anchor_trip(q)) is not None
        ):
            # "the longest spaceflight before Polyakov's record", "before John Glenn's 1998
            # flight, who was the oldest…": the ranking as it stood then, without him
            day = (trip.start.date() - timedelta(days=1) if op == "before"
                   else (trip.end or trip.start).date() + timedelta(days=1))  # fmt: skip
            label = f"{op} {self.facts.people[q.people[0]].name}'s {self.facts.flights[trip.up_flight].name}"
            q.dates = [When(DateSpan(day, day, label), op, True)]
            q.excluded = [*q.excluded, q.people[0]] if op == "before" else q.excluded
            q.people, q.compare = [], ""
        if (
            q.agg in ("count", "list", "one")
            and len(q.people) == 1
            and q.before_mention.get(q.people[0]) in ("before", "after")
            and (q.sex or q.nat or q.kinds or q.occupations)
            and not q.rank
            and (trips := self.facts.trips_by_person.get(q.people[0]))
        ):
            # "how many Soviet or Russian women flew before Yelena Serova?": before her first
            # flight, the others of that kind (she is the moment, not the subject)
            day = trips[0].start.date()
            op = q.before_mention[q.people[0]]
            q.dates = [
                *q.dates,
                When(DateSpan(day, day, f"{op} {self.facts.people[q.people[0]].name}"), op, True),
            ]
            q.excluded = [*q.excluded, q.people[0]]
            q.people = []
            if q.times == ">1" and op == "before":
                q.times = ""  # ("flew before Serova" is no "had flown before")
        if (
            q.programs == {"apollo"}
            and "landings" in q.tokens
            and not q.flights
            and not {"splashdown", "splashdowns", "splash", "earth", "ocean", "pacific", "atlantic"}
            & set(q.tokens)
        ):
            q.moon = True  # "how many Apollo landings were in the 1970s?": on the Moon
        if q.agg == "count" and "together" in q.asks and q.stations:
            for p in q.parts:  # "how many people were together on Mir when STS-71 docked?"
                if "together" in p.asks:
                    p.asks.discard("together")
                    p.events.add("aboard")
        toks = q.tokens
        word = {"first": "first", "last": "last"}.get(q.rank) or _ORDINAL_WORDS.get(q.rank, "")
        if (
            len(q.flights) >= 2
            and word
            and any(a == word and b in ("one", "of") for a, b in zip(toks, toks[1:]))
        ):
            # "I'm reading about Soyuz 17 and Soyuz 18. Who flew the second one?": of those
            n = {"first": 1, "last": len(q.flights)}.get(q.rank) or int(q.rank)
            if n <= len(q.flights):
                q.mentioned = list(q.flights)
                q.flights, q.rank = [q.flights[n - 1]], ""
        if (
            toks[:3] in (["which", "of", "them"], ["who", "of", "them"])
            and not q.rank
            and not any(p.asks for p in q.parts)
            and q.events & {"launch", "land", "fly"}
        ):
            for p in q.parts:  # "which of them had actually launched on it?": who did
                p.asks.add("who")
        if q.people and "which" in q.tokens and (q.nat or {"crewmates", "cosmonauts", "astronauts",
                                                         "people"} & set(q.tokens)):  # fmt: skip
            for p in q.parts:  # "Tognini launched on TM-15 with which two Russians?": who
                if "with" in p.asks:
                    p.asks.add("who")
        toks_w = q.tokens
        if not any("who" in p.asks for p in q.parts) and any(
            t == "which" and _PEOPLE_NOUNS & set(toks_w[i + 1 : i + 3])
            for i, t in enumerate(toks_w)
        ):
            # "which two cosmonauts were on the failed launch?": who (the number split the
            # phrase "which cosmonauts")
            q.parts[0].asks.add("who")
        eo = [int(b) for a, b in zip(q.tokens, q.tokens[1:]) if a == "eo" and b.isdigit()]
        if eo and len(q.stations) == 1 and not q.expeditions:
            # "EO-3 on Salyut 7": a principal expedition named by its number and its station
            e = self.facts.expedition_by_number.get((q.stations[0], eo[0]))
            if e is not None:
                q.expeditions.append(e.id)
                q.stations = []
                q.unparsed = [w for w in q.unparsed if w not in ("eo", str(eo[0]))]
        person_asked = (
            q.people
            or q.kinds
            or q.occupations
            or q.pronouns & {"male", "female"}
            or ({"astronaut", "cosmonaut", "taikonaut", "guy", "woman", "man"} & set(q.tokens))
        )
        if (
            person_asked
            and "where" in q.tokens
            and "from" in q.tokens
            and _FROM_WHERE.search(text)
            and not (q.flights or q.stations)
        ):
            # "where was Tamayo Méndez from?": his country, not where he launched from
            for p in q.parts:
                if "where" in p.asks:
                    p.asks = (p.asks - {"where"}) | {"nationality"}
                    p.events -= {"fly", "launch"}
        if q.moon and "age" in q.asks:
            for p in q.parts:  # "how old was Duke when he walked on the Moon?": not a spacewalk
                p.events.discard("walk")
        if (
            q.agg == "count"
            and q.flights
            and q.plural
            and q.asks
            and q.asks <= {"vehicle", "total"}
        ):
            # "how many cosmonauts were in the Voskhod 1 capsule?", "how many people flew on
            # Apollo-Soyuz in total?": a head count of the crews
            for p in q.parts:
                p.asks -= {"vehicle", "total"}
                p.asks.add("who")
        if (
            not (q.people or q.flights or q.expeditions)
            and "duration" in q.asks
            and "crew" in q.tokens
            and any(c.unit == "people" for c in q.claims)
        ):
            # "how long did the two-man crew that visited Tiangong-2 stay?": that flight's
            for p in q.parts:
                p.asks.add("flight")
        if (
            q.rank == "first"
            and len(q.people) == 1
            and q.before_mention.get(q.people[0]) in ("after", "since", "following")
            and (q.nat or q.sex or q.kinds or q.occupations)
        ):
            # "the first Hungarian since Bertalan Farkas": the first of them after his flight
            trips = self.facts.trips_by_person.get(q.people[0], [])
            if trips:
                day = trips[-1].start.date() + timedelta(days=1)
                name = self.facts.people[q.people[0]].name
                q.dates.append(When(DateSpan(day, day, f"after {name}"), "after"))
                q.people, q.compare = [], ""
        if q.rank and not q.rank_of and q.asks & {"docking", "undocking"} and "who" not in q.asks:
            q.rank_of = "flight"  # "when did a Shuttle first dock with Mir?": a flight docks
        if (
            q.flights
            and (q.agg == "count" or "howmany" in q.asks)
            and q.rank == "first"
            and not q.people
        ):
            # "STS-49, Endeavour's first flight - how many spacewalks?": the rank describes
            # the flight named; a count of its walks has no first
            q.rank = ""
        toks_list = q.tokens
        if q.people and any(
            toks_list[i : i + 4] in (["was", "the", "one", "who"], ["was", "the", "one", "that"],
                                     ["is", "the", "one", "who"], ["was", "the", "guy", "who"])
            for i in range(len(toks_list))
        ):  # fmt: skip
            # "so Gordon was the one who stayed in orbit?": whether he is, not who is
            q.agg = "yesno"
            for p in q.parts:
                p.asks.discard("who")
        if (
            len(q.people) == 1
            and q.compare in ("earlier", "later")
            and q.before_mention.get(q.people[0]) in ("before", "after")
            and all(p.roles == {"commander"} and p.asks <= {"who"} for p in q.parts)
        ):
            # "who was the commander before Ovchinin?": who handed command to him
            for p in q.parts:
                p.asks |= {"who", "handover"}
            q.compare = ""
        toks = set(q.tokens)
        if (
            q.people
            and len(q.dates) == 1
            and q.dates[0].op == "in"
            and ({"total", "howmany"} & q.asks or q.agg == "count" or "altogether" in toks)
            and ({"had", "by"} & toks or "total" in q.asks)
            and toks & {"landed", "back", "home", "returned", "landing"}
        ):
            # "how many days total did Kononenko have when he landed in Sept 2024?", "by the
            # time Whitson landed in 2017, how many spacewalks had she done?": as of then
            q.dates = [When(q.dates[0].span, "before")]
        ops = {w.op for w in q.dates}
        if (
            len(q.people) == 1
            and not (q.flights or q.rank or q.stations)
            and q.agg == "one"
            and len(ops) == 1
            and ops <= {"after", "before"}
            and q.asks
            and q.asks <= {"when", "time", "where", "flight", "vehicle"}
            and q.events & {"land", "launch"}
        ):
            # "when did Krikalev land after the USSR fell?": his first landing after it (and
            # "before" it, his last), not every flight of his since
            q.rank = "first" if ops == {"after"} else "last"
        end = self._records_end()
        if (
            end is not None
            and q.dates
            and all(w.span.start > end and w.op != "before" for w in q.dates)
        ):
            # "who is going to command the ISS in 2027?": after the records end, not a guess
            return _decline(question, f"My records run to {ph.day(datetime.combine(end, datetime.min.time()))}; "
                            "I can't say what happens after that.", intent="decline",
                            context=_remember(q, context))  # fmt: skip
        if linked.unknown:
            pretty = designation(linked.unknown[0])
            return _decline(question, f"I have no record of {pretty}: "
                            "it is not in my data, so I won't guess.",
                            self._suggest(pretty), intent="unknown_entity", context=context)  # fmt: skip
        ambiguous = [
            m
            for m in linked.mentions
            if m.kind == "people" and len(m.ids) > 1 and not set(m.ids) <= set(q.excluded)
        ]  # "besides … and Scott": set aside
        still = self._resolve_ambiguous(q, ambiguous, linked.tokens, context)
        if still:
            m = still[0]
            names = [self.facts.people[i].name for i in m.ids]
            return _decline(question, f"Which {m.text.title()} do you mean: "
                            f"{ph.join(names[:5], 'or')}?", names[:3], intent="clarify",
                            context=context)  # fmt: skip
        self._the_other_one(q)  # once every name is settled ("volkov" among three)
        kin = self._kin_asked(linked)
        if kin:  # "isn't Romanenko's dad a cosmonaut too?": not a question about Romanenko
            # the thread forgets its subject: "who did he come home with?" next is about the
            # relative, whom the records do not know, not about the person named before
            return _decline(question, f"I have no family relations in my records, so I can't "
                            f"say who {kin} is; I only know crews, flights, landings, "
                            "expeditions and spacewalks.", intent="off_topic",
                            context=Context())  # fmt: skip
        if _MONEY.search(fold(text)):
            return _decline(question, "I have no pay, prices or costs in my records, only crews, "
                            "flights, landings, expeditions and spacewalks.", intent="off_topic",
                            context=_remember(q, context))  # fmt: skip
        folded = fold(text)
        if _OPINION.search(folded) or (context.query is None and _NEXT_ONE.search(folded)):
            return self._off_topic(q, _remember(q, context), opinion=True)
        used_context = False
        if (
            context.query is not None
            and not _NEW_TOPIC.search(fold(text))
            and not _describes_its_own_subject(q)
        ):
            filled = fill_from_context(self.facts, q, context)
            if isinstance(filled, str):  # the state can't settle it: ask back
                return _decline(question, filled, intent="clarify", context=context, query=q)
            if filled is not None:
                if (
                    q.pronouns == {"thing"}
                    and not q.people
                    and filled.people
                    and len(filled.flights) == 1
                    and "story" in filled.asks
                    and not filled.asks & {"who", "with", "age"}
                ):
                    # "how many seconds after launch did it break up?" after the teacher
                    # aboard: "it" is the flight, not her
                    filled = filled.copy(people=[])
                if (
                    q.people
                    and q.dates
                    and all(w.op == "in" for w in q.dates)
                    and not q.flights
                    and filled.flights
                    and not self._dates_fit(q, filled)
                ):
                    # "Isaacman flew again in 2024, what was that mission called?" in a thread
                    # about Inspiration4 (2021): the named person in the year named
                    filled = filled.copy(flights=[])
                if q.moon and not filled.moon and "moon" in q.tokens:
                    filled = filled.copy(moon=True)  # "did he go to the Moon later?": still it
                if (
                    "callsign" in filled.asks
                    and len(filled.people) == 1
                    and not filled.flights
                    and not q.people
                    and not (filled.rank or filled.programs or filled.dates)
                ):
                    # "the first American to orbit?" "what did he call his capsule?": the
                    # capsule of the flight the thread is on (Friendship 7), not of each
                    mine = {
                        t.up_flight for t in self.facts.trips_by_person.get(filled.people[0], [])
                    }
                    here = [
                        f for f in context.flights if f in mine and self.facts.flights[f].spacecraft
                    ]
                    filled = filled.copy(flights=here[:1]) if here else filled
                q, used_context = filled, True
        if (
            not used_context
            and not (q.people or q.flights or q.expeditions)
            and any(
                w in ("which", "who") and a == "of" and b in ("them", "those", "these")
                for w, a, b in zip(q.tokens, q.tokens[1:], q.tokens[2:])
            )  # fmt: skip
        ):
            # "which of them touched down first?" with nobody in reach: not everyone ever
            return _decline(question, "Which people do you mean? Name them, or the flight.",
                            intent="clarify", context=context, query=q)  # fmt: skip
        if (
            not used_context
            and context.query is None
            and not (q.people or q.flights or q.expeditions or q.stations or q.rank or q.dates)
            and any(
                a in ("that", "this") and b in ("crew", "flight", "mission", "trip")
                for a, b in zip(q.tokens, q.tokens[1:])
            )  # fmt: skip
        ):
            # "were there any women on that crew?" with no crew in reach: not every woman
            return _decline(question, "Which flight do you mean? Name it, or its crew.",
                            intent="clarify", context=context, query=q)  # fmt: skip
        if (
            not used_context
            and context.empty
            and context.query is None
            and q.pronouns & {"male", "female", "plural"}
            and not (q.people or q.flights or q.expeditions or q.stations or q.named or q.rank)
            and not (q.nat or q.sex or q.kinds or q.occupations or q.dates or q.unparsed)
            and q.agg in ("one", "list")
            and len(q.tokens) <= 8
            and any(t in _SUBJECT_PRONOUNS for t in q.tokens)
            and not {"crew", "crews", "astronaut", "astronauts", "cosmonaut", "cosmonauts"}
            & set(q.tokens)
        ):
            # "which Shuttle mission were they on?" after a turn that found nobody: not every
            # Shuttle flight
            word = next((t for t in q.tokens if t in _SUBJECT_PRONOUNS), "them")
            return _decline(question, f"Who do you mean by “{word}”? Name the people or the "
                            "flight.", intent="clarify", context=context, query=q)  # fmt: skip
        if (
            q.pronouns & {"male", "female"}
            and not (q.people or q.flights or q.expeditions or q.named)
            and not (q.rank or q.kinds or q.occupations)
            and any(a == "with" and b in ("him", "her") for a, b in zip(q.tokens, q.tokens[1:]))
        ):
            # "who were the two Russians with him?" with nobody in reach: not every Russian
            him = "her" if q.pronouns & {"female"} else "him"
            return _decline(question, f"Who do you mean by “{him}”? Name the person or the "
                            "flight.", intent="clarify", context=context, query=q)  # fmt: skip
        if (
            not used_context
            and q.rank in ("first", "last")
            and set(q.tokens[_rank_at(q.tokens) + 1 :]) <= {"one", "ones"}
            and not (q.named or q.has_filters() or q.any_station or q.asks - {"who"} or q.events)
        ):
            # "who was the first one?" after a question that was not answered: one of what
            # was never said, so not the first person in space
            return _decline(question, f"The {q.rank} of what? Name the flights, people or "
                            "station you mean.", intent="clarify", context=context, query=q)  # fmt: skip
        if q.unparsed and "walk" in q.events:
            # "the first untethered spacewalk with the jetpack": words a walk's record uses
            from .spacewalks import WALK_KINDS, walk_says

            words = [w for w in q.unparsed if w not in ("thing", "stuff")]
            if (
                words
                and set(words) <= WALK_KINDS  # a kind of walk, never any word of a record
                and any(walk_says(e, words) for e in self.facts.evas.values())
            ):
                q.walk_words, q.unparsed = words, []
                for p in q.parts:  # ("with the jetpack": what it was done with, not who)
                    p.asks.discard("with")
        if (
            q.rank
            and {"cosmonaut", "cosmonauts"} & set(q.tokens)
            and not (q.nat or q.nat_not or q.people)
            and q.programs
            and not q.programs & {"soyuz", "vostok", "voskhod"}
        ):
            # "which cosmonaut first flew on the Shuttle?": a cosmonaut on another country's
            # vehicle is a Soviet or Russian one (on a Soyuz the word means any crew member)
            q.nat, q.nat_label = {"Russia", "Soviet Union"}, "Russian"
        if q.unparsed and len(q.people) == 1 and not q.claim and q.rank == "first":
            # "Guion Bluford, first African American in space: which mission?": words of a
            # first the person's own record holds describe that person, and are used as that
            p = self.facts.people[q.people[0]]
            record = set(fold(" ".join(p.firsts)).split())
            if all(w in record for w in q.unparsed):
                q.remarks, q.unparsed = [*q.remarks, *q.unparsed], []
        if q.unparsed:
            found = self._first_in_records(q)
            if found is not None:
                return self._answer(q, found, context, used_context)
            if (
                loose
                and self._only_describes(q)
                and not (q.rank in ("first", "last") and not q.named and not q.dates)
            ):
                # (never under a rank with nothing named: "the first trip with just normal
                # people" without its description is the first crewed flight)
                q.remarks, q.unparsed = [*q.remarks, *q.unparsed], []
        if q.unparsed:
            # a declined question that named someone or some flight still sets the thread
            # ("who flew Vostok 3 and 4, the double flight?" "when did Nikolayev land?")
            kept = _remember(q, context) if q.people or q.flights else context
            return self._not_understood(q, kept)
        if (
            not q.named
            and not q.has_filters()
            and not q.rank
            and not q.live
            and not (q.asks & {"callsign"})
            and not q.any_station
            # ("who did the 9 hour 6 minute spacewalk?": a walk described by its length)
            and not ("walk" in q.events and any(c.unit in ("hours", "minutes") for c in q.claims))
        ):
            return self._off_topic(q, context)
        try:
            if (
                q.agg == "yesno"
                and "together" in q.asks
                and not (q.people or q.flights)
                and (q.stations or "crews" in q.tokens)
            ):
                # "were two Skylab crews ever aboard at the same time?": who was aboard says
                # nothing about overlap
                raise Unanswerable("I can't answer that yes or no from my records: they list who "
                                   "flew and when, not whether two crews overlapped.")  # fmt: skip
            if q.agg == "yesno" and q.compare and "or" in q.tokens and q.spacecraft:
                q.agg = "one"  # "did Columbia or Atlantis fly more missions?": which one
            reply = self._each_craft(q, context)
            if (
                q.agg == "yesno"
                and not _YES_NO.match(reply.text)
                and not (q.people or q.flights or q.expeditions or q.claims or q.claim or q.rank)
            ):
                # "has any Canadian commanded the ISS?": whether such a one exists, which the
                # list of them answers
                if reply.people or reply.flights or reply.expeditions:
                    reply.text = f"Yes. {reply.text}"
                elif reply.text.startswith(("Nobody", "No ", "None")):
                    reply.text = f"No. {reply.text}"
            if (
                q.agg == "yesno"
                and not _YES_NO.match(reply.text)
                and (q.claim or q.has_filters() or q.named)
                # ("more on A or on B?", "did A or B make more spacewalks?": which, not yes/no)
                and not ((q.compare == "or" or q.one_or_other()) and "counts" in reply.facts)
            ):
                # a yes/no question answered with a bare fact leaves the check to the reader,
                # who may read it as a yes: say what the records hold, as a decline
                lead = ("I can't check that claim as a whole against my records" if q.claim
                        else "I can't answer that yes or no from my records")  # fmt: skip
                raise Unanswerable(f"{lead}. What they say: {reply.text}")
        except Unanswerable as e:
            others = [f for f in context.flights if f not in q.flights]
            if (
                used_context
                and e.none_aboard
                and len(q.flights) == 1
                and others
                and q.asks <= {"who", "crew"}
            ):
                # "when did Apollo and Soyuz dock?" "who was the American commander?": the
                # thread's other flight, when the first has nobody of that description
                for f in others[:2]:
                    try:
                        reply = execute(self.facts, q.copy(flights=[f]))
                    except Unanswerable:
                        continue
                    return self._answer(q.copy(flights=[f]), reply, context, used_context)
            return _decline(
                question, e.text, e.suggestions, intent="unanswerable", context=context, query=q
            )
        if "other time zones" in q.remarks and (zone := _zone_asked(question)) is not None:
            # "give it in UTC and in Moscow time": each UTC time of the answer, there too
            converted = _in_zone(reply.text, *zone)
            if converted != reply.text:
                reply.text = converted
                q.remarks = [r for r in q.remarks if r != "other time zones"]
        if (
            "week" in question.lower()
            and _WEEKDAY_ASKED.search(question)
            and (first := _first_day(reply.text)) is not None
        ):
            # "what day of the week did Gagarin launch?": the day the answer gives first
            day, said = first
            reply.text = f"That was a {day:%A} ({said}, UTC). {reply.text}"
        return self._answer(q, reply, context, used_context)

    def _drop_misread_mentions(self, linked) -> None:
        """Names a word only seems to be: "the last Shuttle to land at Edwards" is a landing
        site, not the astronaut Joe Edwards (a one-word name after "at"/"in"/"near" that is
        also a word of a site), and "in the 70s" a decade, not the ISS flight designated 70S."""
        toks = linked.tokens
        keep = []
        for m in linked.mentions:
            site = (
                m.kind == "people"
                and m.end - m.start == 1
                and m.start > 0
                and toks[m.start - 1] in ("at", "in", "near", "to", "from", "on")
                and toks[m.start] in self._place_words()
            )
            # "in the 70s": a decade, not the ISS flight designated 70S (Soyuz MS-24)
            decade = (
                m.kind == "flights"
                and m.text.lower() in ("50s", "60s", "70s", "80s", "90s")
                and toks[m.start - 1 : m.start] == ["the"]
            )
            if not (site or decade):
                keep.append(m)
        linked.mentions = keep

    def _each_craft(self, q: Query, context: Context) -> Reply:
        """ "How many flights did Endeavour make?": the Shuttle orbiter and the Crew Dragon
        share the name, so each is answered under its own label — unless the question or
        the thread says which ("the orbiter Endeavour", a thread about STS flights)."""
        flights = self.facts.flights
        craft = sorted((f for f in q.spacecraft if f in flights), key=lambda f: flights[f].launch.dt
                       if flights[f].launch else datetime.max.replace(tzinfo=UTC))  # fmt: skip
        progs = list(dict.fromkeys(flights[f].program for f in craft))  # the older craft first
        if len(progs) < 2 or q.programs or q.flights:
            return execute(self.facts, q)
        toks = set(q.tokens)
        said = [p for p in progs if _CRAFT_HINTS.get(p, frozenset()) & toks]
        said = said or [p for p in progs
                        if any(flights[f].program == p for f in context.flights if f in flights)]  # fmt: skip
        if len(said) == 1:
            return execute(self.facts, q.copy(spacecraft=[f for f in q.spacecraft
                                                          if flights[f].program == said[0]]))  # fmt: skip
        replies, failed = [], None
        for p in progs:
            one = q.copy(spacecraft=[f for f in q.spacecraft if flights[f].program == p])
            try:
                r = execute(self.facts, one)
            except Unanswerable as e:
                failed = failed or e
                continue
            craft = flights[one.spacecraft[0]].spacecraft
            r.text = f"{_CRAFT_KIND.get(p, p.title())} {craft}: {r.text}"
            replies.append(r)
        if not replies and failed is not None:
            raise failed
        return join_replies(replies)

    def _place_words(self) -> frozenset[str]:
        """Words of every launch and landing site in the records ("lake", "tengiz", "gulf")."""
        if self._places is None:
            from .lexicon import FILLER

            words = {
                w
                for f in self.facts.flights.values()
                for site in (f.landing_site, f.launch_site)
                for w in fold(site).split()
                if len(w) >= 4 and not w.isdigit()
            }
            words |= {
                "pacific",
                "atlantic",
                "ocean",
                "gulf",
                "florida",
                "california",
                "texas",
                "kazakhstan",
                "steppe",
                "mongolia",
                "sea",
                "lake",
                "runway",
                "desert",
                "water",
                "air",
            }  # fmt: skip ("Edwards Air Force Base")
            self._places = frozenset(words - FILLER)
        return self._places

    def _walk_named(self, r: Reply) -> str:
        """The one spacewalk an answer is about, by the "STS-102 EVA 1: 11 March 2001" line
        it gives for it: "how long was it?" next is that walk. Empty when it names none, or
        several."""
        text = " ".join([r.text, *r.details])
        if "EVA" not in text and "walk" not in text:
            return ""
        memo = self.facts.memo
        if "evas_by_day" not in memo:
            by_day: dict[str, list] = {}
            for e in self.facts.evas.values():
                by_day.setdefault(ph.day(e.start.dt), []).append(e)
            memo["evas_by_day"] = by_day
        found: list[str] = []
        for m in _WALK_DAY.finditer(text):
            before = text[: m.start()]
            for e in memo["evas_by_day"].get(m.group(1), ()):
                named = before.endswith(e.name) or before.rsplit(" (", 1)[0].endswith(e.name)
                if named and e.id not in found:
                    found.append(e.id)
        return found[0] if len(found) == 1 else ""

    def _name_words(self, kind: str, eid: str) -> set[str]:
        """The words of an entity's names and aliases, folded: "chris", "soyuz", "tma"."""
        key = (kind, eid)
        if key not in self._names_cache:
            table = {"people": self.facts.people, "flights": self.facts.flights,
                     "stations": self.facts.stations, "modules": self.facts.modules,
                     "expeditions": self.facts.expeditions}.get(kind, {})  # fmt: skip
            row = table.get(eid)
            names = [row.name, *getattr(row, "aliases", ())] if row else []
            if kind == "spacecraft":
                names = [self.facts.flights[eid].spacecraft, self.facts.flights[eid].name]
            self._names_cache[key] = {w for n in names for w in fold(n).split()}
        return self._names_cache[key]

    # ---------------------------------------------------------------------------

    def _answer(self, q: Query, r: Reply, context: Context, used_context: bool) -> Answer:
        if not r.text.strip():
            # nothing was asked that the records answer ("same question for Apollo 16" after
            # a question that was declined): say so, never an empty reply
            return _decline(q.raw, "I'm not sure what you want to know about that; ask it in "
                            "full.", intent="not_understood", context=_remember(q, context),
                            query=q)  # fmt: skip
        if (
            q.expected >= 2
            and not (q.people or q.flights or q.from_context)
            and len(r.people) > max(8, 3 * q.expected)
            and not {"person", "man", "member", "crew"} & set(q.tokens)  # "a two-person crew"
        ):
            # "who were the 2 astronauts stuck on the ISS?": the asker expects two; a list of
            # 294 means the words that pick them out were not understood
            return _decline(q.raw, f"You expect {q.expected}, but as I read it that fits "
                            f"{len(r.people)} people in my records, so I can't tell which you "
                            "mean; try a flight, a name or a year.", context=context, query=q)  # fmt: skip
        flights = self.facts.flights  # the query's few, not a pass over every flight
        names = {**{i: flights[i].name for i in q.flights if i in flights},
                 **{i: self.facts.people[i].name for i in q.people},
                 **{i: self.facts.expeditions[i].name for i in q.expeditions},
                 **{i: self.facts.stations[i].name for i in q.stations},
                 **{i: self.facts.modules[i].name for i in q.modules}}  # fmt: skip
        interpretation = q.describe(names)
        facts = dict(r.facts)
        facts["interpretation"] = interpretation
        confidence = 0.95 if not used_context else 0.85
        details = r.details
        if q.remarks:
            details = [*details, f"Not used: “{' '.join(q.remarks)}”."]
        a = Answer(
            question=q.raw,
            answered=True,
            text=r.text,
            details=details,
            sources=r.sources,
            intent="query",
            confidence=confidence,
            entities=self._entities(q, used_context),
            facts=facts,
            title=r.title,
            items=r.items,
            interpretation=interpretation,
        )
        a.context = next_context(q, r, context)
        walk = self._walk_named(r)
        if walk or a.context.walk:
            a.context = a.context._replace(walk=walk)
        if (
            not a.context.flights
            and context.flights
            and q.people
            and not q.dates
            and all(any(s.person == p for f in context.flights if f in self.facts.flights
                        for s in self.facts.seats_by_flight.get(f, [])) for p in q.people)
        ):  # fmt: skip
            # "back to Krikalev — when was he born?" in a thread about his Soyuz TM-12: the
            # thread's flight stays in reach for "when did he get back from that flight?"
            a.context = a.context._replace(flights=tuple(context.flights))
        if (
            not a.context.flights
            and not a.context.around
            and q.dates
            and 1 < len(r.people) <= 6
            and not q.flights
        ):
            # "who else was up at the same time?" (Bykovsky, Tereshkova): each one's trip in
            # that time sets the scene for "how long was his flight?"
            span = q.dates[0].span
            trips = [t.up_flight for p in r.people for t in self.facts.trips_by_person.get(p, [])
                     if t.start.date() <= span.end and (t.end is None or t.end.date() >= span.start)]  # fmt: skip
            a.context = a.context._replace(around=tuple(dict.fromkeys(trips))[:6])
        if "handover" in q.asks and q.flights and r.flights and not set(r.flights) & set(q.flights):
            # "and the next crew?" "when did they launch?": the crew just named, not the old one
            a.context = a.context._replace(
                query=q.copy(flights=list(r.flights), parts=[], people=[])
            )
        if (
            q.rank in ("next", "previous")
            and q.people
            and r.people
            and not set(r.people) & set(q.people)
        ):
            # "the next Indian to fly after him?" "when did they splash down?": the one
            # found (Shukla), not the one he was counted from (Sharma)
            a.context = a.context._replace(
                query=q.copy(people=list(r.people), flights=list(r.flights), rank="", parts=[])
            )
        return a

    def _first_in_records(self, q: Query) -> Reply | None:
        """ "Who made the first untethered spacewalk, and when?": a first the records state
        in words the parser has no use for ("untethered", "Arab", "civilian"); the claim
        must say all that the question says. The other parts are asked of its holder."""
        if q.rank != "first" or q.people or q.flights or q.expeditions or q.agg != "one":
            return None
        hit = recorded_first(self.facts, q, loose=True)
        return None if hit is None else asked_of_holder(self.facts, q, hit)

    def _not_understood(self, q: Query, context: Context) -> Answer:
        words = ", ".join(f"“{w}”" for w in q.unparsed[:3])
        if not q.named and not _ON_TOPIC.search(" ".join(q.tokens)):
            return self._off_topic(q, context)
        subject = [e.name for e in self._entities(q, False)]
        about = f" about {ph.join(subject)}" if subject else ""
        return _decline(q.raw, f"I understood part of that{about}, but not {words}, so I "
                        "won't guess. Try rephrasing with what you want to know.",
                        self._suggestions(q), intent="not_understood", context=context,
                        query=q)  # fmt: skip

    def _off_topic(self, q: Query, context: Context, opinion: bool = False) -> Answer:
        text = ("That's a matter of opinion or of the future, and I only answer from records "
                "of past flights." if opinion else
                "Sorry, I only know about space-station crews, flights and landings, and I "
                "can't answer that.")  # fmt: skip
        # (a judgement is its own intent: no later step may answer the facts around it —
        # "… was the greatest astronaut ever. Correct?" — while "for tomorrow's class" only
        # says when the asker needs it, and the question in it is still answered)
        judged = opinion and _EVALUATIVE.search(fold(q.raw)) is not None
        return _decline(q.raw, text, ["Who flew on Soyuz TMA-14M?",
                                      "Who was aboard the ISS on 1 January 2015?",
                                      "Who commanded Expedition 42?"], context=context,
                        query=q, intent="opinion" if judged else "decline")  # fmt: skip

    def _suggestions(self, q: Query) -> list[str]:
        for e in self._entities(q, False)[:1]:
            return {
                "people": [f"How many flights has {e.name} made?",
                           f"How long has {e.name} spent in space?", f"Who flew with {e.name}?"],
                "flights": [f"Who flew on {e.name}?", f"When did {e.name} land?",
                            f"When did {e.name} launch?"],
                "expeditions": [f"Who commanded {e.name}?", f"Who was on {e.name}?",
                                f"When did {e.name} start?"],
                "stations": [f"Who was aboard {e.name} on 1 January 2015?",
                             f"How many people have been to {e.name}?"],
            }.get(e.kind, [])  # fmt: skip
        return []

    def _resolve_ambiguous(
        self, q: Query, mentions, tokens: list[str], context: Context | None = None
    ) -> list:
        """Use the rest of the question, then the thread, to pick one of several people
        sharing a name."""
        facts = self.facts
        context = context or Context()
        # the thread's people: named, listed, or aboard its flights ("Skylab 3 crew?" then
        # "did Garriott ever fly again?" is Owen, not his son Richard)
        in_thread = {*context.people, *context.named, *context.listed}
        for fid in context.flights:
            in_thread.update(s.person for s in facts.seats_by_flight.get(fid, []))
        still = []
        for m in mentions:
            cands = list(m.ids)

            def narrow(pred, cands=cands):
                on = [p for p in cands if pred(p)]
                return on or cands

            if q.flights:
                cands = narrow(
                    lambda p: any(s.flight in q.flights for s in facts.seats_by_person.get(p, [])),
                    cands,
                )
            if len(cands) > 1 and q.expeditions:
                cands = narrow(
                    lambda p: any(
                        x.expedition in q.expeditions for x in facts.members_by_person.get(p, [])
                    ),
                    cands,
                )
            if len(cands) > 1 and q.people:
                others = set(q.people)

                def flew_with(p: str, others: set[str] = others) -> bool:
                    mine = {s.flight for s in facts.seats_by_person.get(p, [])}
                    return any(
                        mine & {s.flight for s in facts.seats_by_person.get(o, [])} for o in others
                    )

                cands = narrow(flew_with, cands)
            if len(cands) > 1 and m.start > 0:
                before = tokens[m.start - 1]
                cands = narrow(lambda p, w=before: self._given_name_matches(p, w), cands)
            if len(cands) > 1 and q.dates:

                def in_dates(p: str) -> bool:
                    for t in facts.trips_by_person.get(p, []):
                        for w in q.dates:
                            lo = day_start(w.span.start) - timedelta(days=1)
                            hi = day_end(w.span.end) + timedelta(days=1)
                            if t.start <= hi and (t.end is None or t.end >= lo):
                                return True
                    return False

                cands = narrow(in_dates, cands)
            if len(cands) > 1 and q.rank == "longest":
                cands = narrow(
                    lambda p: any(
                        t.end and (t.end - t.start).days > 300
                        for t in facts.trips_by_person.get(p, [])
                    ),
                    cands,
                )
            if len(cands) > 1 and q.stations:
                cands = narrow(
                    lambda p: any(s.person == p and s.station in q.stations for s in facts.stays),
                    cands,
                )
            if len(cands) > 1 and q.programs:
                cands = narrow(
                    lambda p: any(
                        facts.flights[s.flight].program in q.programs
                        for s in facts.seats_by_person.get(p, [])
                    ),
                    cands,
                )
            if len(cands) > 1 and in_thread:
                cands = narrow(lambda p: p in in_thread, cands)
            if len(cands) == 1:
                if cands[0] not in q.people:
                    q.people.append(cands[0])
            else:
                m.ids = cands
                still.append(m)
        if len(still) >= 2:
            still = self._resolve_jointly(q, still)
        return still

    def _given_name_matches(self, pid: str, word: str) -> bool:
        if len(word) < 3:
            return False
        from rapidfuzz import fuzz  # imported by the questions that need it (~6 ms)

        p = self.facts.people[pid]
        firsts = {fold(n).split()[0] for n in (p.name, *p.aliases) if fold(n)}
        return any(fuzz.ratio(word, f) >= 80 for f in firsts)

    def _resolve_jointly(self, q: Query, mentions: list) -> list:
        """ "When did Doug and Bob get home?": the one pair of namesakes who flew together."""
        pools = [m.ids for m in mentions]
        if any(len(p) > 12 for p in pools):
            return mentions
        flights = {
            p: {s.flight for s in self.facts.seats_by_person.get(p, [])}
            for pool in pools
            for p in pool
        }
        fits = [
            combo
            for combo in itertools.product(*pools)
            if len(set(combo)) == len(combo)
            and all(flights[a] & flights[b] for a, b in itertools.combinations(combo, 2))
        ]
        if len(fits) != 1:
            return mentions
        for pid in fits[0]:
            if pid not in q.people:
                q.people.append(pid)
        return []

    def _suggest(self, text: str) -> list[str]:
        """Flights of the same family as an unknown designation, nearest number first."""
        m = _NUMBERED_NAME.match(text.strip())
        if not m:
            return []
        if self._families is None:
            self._families = {}
            for f in self.facts.flights.values():
                fm = _NUMBERED_NAME.match(f.name)
                if fm:
                    key = (fm.group(1).rstrip("- ").lower().split() or [""])[-1], fm.group(3)
                    self._families.setdefault(key, []).append((int(fm.group(2)), f.name))
        prefix = (m.group(1).rstrip("- ").lower().split() or [""])[-1]
        number = int(m.group(2))
        family = self._families.get((prefix, m.group(3)), [])
        return [name for _, name in sorted(family, key=lambda x: abs(x[0] - number))[:3]]

    def _entities(self, q: Query, from_context: bool) -> list[Entity]:
        out = []
        for kind, ids, table in (
            ("flights", q.flights, self.facts.flights),
            ("people", q.people, self.facts.people),
            ("expeditions", q.expeditions, self.facts.expeditions),
            ("stations", q.stations, self.facts.stations),
            ("modules", q.modules, self.facts.modules),
        ):
            for i in ids:
                if i in table:
                    out.append(Entity(kind, i, table[i].name, 0.8 if from_context else 1.0,
                                      "(context)" if from_context else ""))  # fmt: skip
        return out
