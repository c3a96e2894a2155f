"""Find which people, flights, expeditions and stations a question names.

Exact alias lookup first (a dictionary hit per n-gram), then rapidfuzz on a shortlist of
name words that share a trigram with the unknown word: never a scan of every alias.
Numbers in flight designations must match exactly ("TMA-15M" is not a typo of "TMA-14M");
only the letters around them are forgiven.
"""

from __future__ import annotations

import bisect
import json
import re
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import accumulate

from ..store.facts import Facts
from ..store.names import fold
from .dates import LazyPattern, spoken_years
from .words import COMMON, DOMAIN, NUMBER_WORDS, ORDINAL_WORDS, STOP, VOCABULARY

MAX_NGRAM = 4
# Words after which a spelt-out number is part of a designation ("crew five").
_NUMBERED = {
    "expedition", "exp", "crew", "soyuz", "sts", "shenzhou", "ms", "tma", "tm", "skylab",
    "salyut", "ax", "axiom", "mission", "eo", "increment", "t",
    # spoken flight names: "apollo fifteen", "gemini seven", "vostok two", "mercury atlas eight"
    "apollo", "gemini", "vostok", "voskhod", "atlas", "fram", "artemis", "polaris",
    # and capsules: "liberty bell seven", "friendship seven", "faith seven", "demo two"
    "bell", "friendship", "sigma", "faith", "aurora", "freedom", "demo", "inspiration",
}  # fmt: skip
# "s t s", "m s", "t m a": a designation spelled out letter by letter, as speech apps write it
_SPELLED = frozenset({"sts", "ms", "tma", "tm", "eva", "iss", "cfa"})
_DESIGNATION = re.compile(
    r"\b(?:(?:soyuz )?(?:tma|tm|ms|t) ?\d{1,2} ?m?|soyuz ?\d{1,2}|sts ?\d{1,3}|crew ?\d{1,2}"
    r"|shenzhou ?\d{1,2}|ax ?\d{1,2}|axiom (?:mission )?\d{1,2}|skylab ?\d|demo ?\d"
    r"|apollo ?\d{1,2}|gemini ?\d{1,2}|vostok ?\d|voskhod ?\d)\b"
)
_EXPEDITION = re.compile(
    r"\b(?:expedition|expeditions|exp|increment)s? ?(\d{1,4})\b"
    # (not the number of a station's name: "the longest Salyut 6 expedition")
    r"|(?<!salyut )(?<!tiangong )\b(\d{1,3}) ?(?:st|nd|rd|th)? expedition\b"
)
# Short question words are below the fuzzy matcher's length; their common typos are listed.
_SHORT_TYPOS = {
    "wich": "which", "whic": "which", "wat": "what", "wht": "what", "whats": "what",
    "wen": "when", "whn": "when", "wher": "where", "whos": "who", "hw": "how", "hoe": "how",
    "crw": "crew", "cerw": "crew", "n": "and", "teh": "the", "wuz": "was", "waz": "was", "lanch": "launch", "lnd": "land", "bak": "back",
    # possessives typed without the apostrophe ("the worlds first station")
    "worlds": "world", "nasas": "nasa", "chinas": "china", "russias": "russia", "americas": "america",
    # chat shorthand
    "tho": "though", "yrs": "years", "yr": "year", "hrs": "hours", "hr": "hour", "ppl": "people",
    "dys": "days", "b4": "before", "abt": "about", "thx": "thanks", "ty": "thanks",
    # question words of Russian (already transliterated by fold) and Chinese questions
    "kto": "who", "kogda": "when", "gde": "where", "skolko": "how many", "raz": "times",
    "letal": "flew",
    "letali": "flew", "ekipazh": "crew", "komandir": "commander", "komandoval": "commanded",
    "prizemlilsya": "landed", "vernulsya": "came back", "startoval": "launched",
    "谁": "who", "几": "how many", "多少": "how many", "次": "times", "何时": "when",
    "哪里": "where", "乘组": "crew", "指令长": "commander", "着陆": "landed", "返回": "came back",
    # vehicles, stations and deeds as other languages spell them (German, French, Spanish,
    # Italian): "Sojus 28", "Raumstation Mir", "Weltraumspaziergang", "comandante"
    "sojus": "soyuz", "sojuz": "soyuz", "soyouz": "soyuz", "soiuz": "soyuz", "wostok": "vostok",
    "woschod": "voskhod", "voschod": "voskhod", "saljut": "salyut", "salout": "salyut",
    "saliut": "salyut", "raumstation": "station", "weltraumstation": "station",
    "raumschiff": "spacecraft", "weltraumspaziergang": "spacewalk", "weltraumausstieg": "spacewalk",
    "aussenbordeinsatz": "spacewalk", "aussenbordeinsatze": "spacewalks",
    "extravehiculaire": "spacewalk", "comandante": "commander", "commandant": "commander",
    "kommandant": "commander", "kommandantin": "commander", "kosmonaut": "cosmonaut",
    "kosmonauten": "cosmonauts", "astronauta": "astronaut", "astronautin": "astronaut",
    "mondlandung": "moon landing", "landung": "landing", "stazione": "station",
    "estacion": "station", "spaziale": "space", "espacial": "space",
}  # fmt: skip
# "1,5 days", "2.5 hours": a decimal (comma or point) before a unit of time
_DECIMAL_COMMA = re.compile(r"\b(\d+)[.,](\d{1,2})\s*(days?|hours?|d|h)\b", re.IGNORECASE)


_LITTLE_WORDS = frozenset({"on", "in", "at", "of", "to", "the", "a", "an", "and", "or", "is",
                           "was", "by", "for", "with", "it", "as", "up", "be"})  # fmt: skip


def _in_smaller_unit(m: re.Match) -> str:
    value = float(f"{m.group(1)}.{m.group(2)}")
    if m.group(3).lower().startswith("d"):
        return f"{round(value * 24)} hours"
    return f"{round(value * 60)} minutes"


# German spellings of Russian names, tried when a word is known nowhere: "Sawizkaja",
# "Bykowski", "Juri", "Leonow"
_GERMAN_TRANSLIT = (("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("ja", "ya"), ("ju", "yu"),
                    ("je", "ye"), ("jo", "yo"), ("z", "ts"), ("ij", "iy"))  # fmt: skip
_GERMAN_LETTERS = re.compile("|".join(a for a, _ in _GERMAN_TRANSLIT))
_VEHICLE_WORDS = {
    "dragon": "dragon", "shuttle": "shuttle", "orbiter": "shuttle", "starliner": "starliner",
    "capsule": "", "spacecraft": "", "space": "",
}  # fmt: skip
_THOUSANDS = re.compile(r"(\d),(\d{3})\b")
_FAMILIES = ("apollo", "gemini", "vostok", "voskhod", "soyuz", "shenzhou", "skylab", "salyut")
_EO = re.compile(r"\b(mir|salyut \d) (?:principal )?(?:expedition|eo) ?(\d{1,2})\b")


@dataclass
class Mention:
    kind: str
    ids: list[str]  # more than one: ambiguous
    score: float
    text: str
    start: int  # token span in the normalised question
    end: int


@dataclass
class Linked:
    tokens: list[str]
    text: str  # normalised question, tokens joined by spaces
    mentions: list[Mention] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # designations not in the records
    # words the records add to the lexicon (occupations: "teacher", "senator"), per store
    phrases: dict = field(default_factory=dict)

    def of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]


_TOOK_PLACE = re.compile(
    r"\b(?:took|take|takes|taken|taking)\s+([A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*)?)['’]s\s+place\b",
    re.I,
)
_ANOTHER_GO = re.compile(
    r"\b(?:get|got|have|had|given) (?:another|a second) (?:shot|go|try|chance|attempt)\b",
    re.IGNORECASE,
)
_OWNED_STATION = re.compile(
    r"\b(china'?s|chinese|china)\s+(?:new|own|modular|permanent|orbital|current)\s+"
    r"((?:space\s+)?station)\b",
    re.IGNORECASE,
)
_DECADE_WORD = re.compile(r"[1-9]0s")  # "70s": a decade, unless written "70S"
_SPLIT_INFINITIVE = re.compile(
    r"\bto (?:actually|really|truly|literally|basically|officially|successfully|ever) (?=[a-z])",
    re.IGNORECASE,
)
_HANDED = re.compile(r"\b(left|right)[- ]handed\b", re.I)
_PLACE = re.compile(r"\b(?:took|take|takes|taken|taking) (his|her|their) place\b", re.I)
_OBJECT = {"his": "him", "her": "her", "their": "them"}
_MY_TEACHER = re.compile(r"\b(my|our|your)\s+(?:teacher|professor|prof)\b", re.I)
_OUTSIDE = LazyPattern(
    r"\s+outside(?:\s*[?.!]*\s*$|(?=\s+(?:on|during|for|in)\s)"
    # "outside China's Tianhe module", "outside the station": where the walk was
    r"|(?=\s+(?:the\s+)?(?:(?:china|russia|america|japan|europe)(?:'?s)?\s+|(?:chinese|russian|"
    r"american|japanese|european)\s+)?(?:space\s+station|station|core\s+module|module|iss|mir|"
    r"tiangong|tianhe|salyut|skylab|spacecraft|capsule|orbiter|airlock|hatch|zvezda|kibo|"
    r"columbus|destiny|wentian|mengtian)\b))",
    re.I,
)


class SortedWords:
    """A sorted word list as one bytes blob ("\n"-separated) plus the start offset of each
    word: read from the store in one go (~3 MB) and searched by bisection, where a
    frozenset of the ~234,000 words costs ~40 ms and ~20 MB to build in every process."""

    def __init__(self, blob: bytes, offsets: bytes):
        self._blob = blob
        self._offsets = array("I")
        self._offsets.frombytes(offsets)
        if sys.byteorder != "little":
            self._offsets.byteswap()

    @classmethod
    def of(cls, words: Iterable[str]) -> SortedWords:
        encoded = sorted({w.encode() for w in words if "\n" not in w})
        offsets = array("I", accumulate((len(w) + 1 for w in encoded), initial=0))
        offsets.pop()  # the end of the last word
        if sys.byteorder != "little":
            offsets.byteswap()
        return cls(b"\n".join(encoded) + b"\n", offsets.tobytes())

    def blobs(self) -> dict[str, bytes]:
        offsets = array("I", self._offsets)
        if sys.byteorder != "little":
            offsets.byteswap()
        return {"english_words": self._blob, "english_offsets": offsets.tobytes()}

    def _word_at(self, offset: int) -> bytes:
        return self._blob[offset : self._blob.index(b"\n", offset)]

    def __contains__(self, word: str) -> bool:
        w = word.encode()
        i = bisect.bisect_left(self._offsets, w, key=self._word_at)
        return i < len(self._offsets) and self._word_at(self._offsets[i]) == w


_ENGLISH: SortedWords | frozenset[str] | None = None
# set by the first EntityIndex opened from a snapshot: () -> (words, offsets) or None
_read_english: Callable[[], tuple[bytes, bytes] | None] | None = None


@cache  # the same for every build: /reload's helper makes it once
def english_words() -> SortedWords:
    """The dictionary as the store's snapshot keeps it (see `EntityIndex.prepared`)."""
    from english_words import get_english_words_set

    return SortedWords.of(get_english_words_set(["web2"], lower=True, alpha=True))


@lru_cache(maxsize=4096)  # bounded: the words come from users, a server sees all kinds
def _known_word(word: str) -> bool:
    """A word of the parser's own lexicon or a month: no typo, no name, and no need to open
    the 3.4 MB dictionary to say so ("american", "september", "replaced")."""
    from .dates import MONTHS
    from .lexicon import FILLER, PHRASE_WORDS

    return word in PHRASE_WORDS or word in FILLER or word in MONTHS or word in VOCABULARY


def _english() -> SortedWords | frozenset[str]:
    blobs = _read_english() if _read_english is not None else None
    if blobs is not None:
        return SortedWords(*blobs)
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["web2"], lower=True, alpha=True))


# the words a four-letter typo may stand for: the domain's own and a few common question
# words (not every common word: "wifi" is no typo of "with", nor "Indo-" of "into")
_SHORT_VOCABULARY = tuple(
    sorted(
        w
        for w in DOMAIN | set(VOCABULARY) | {"space", "first", "last", "moon", "year", "flew"}
        if len(w) in (4, 5)
    )
)


def _short_typo(word: str, name_words: Iterable[str]) -> str:
    """A four-letter word known nowhere ("spce", "lanch" is caught as longer) becomes the one
    word of the question vocabulary a letter away (added, dropped, changed or swapped), when
    no name is as near: "spce" → "space", but "glen" stays for Glenn to claim."""
    from rapidfuzz.distance import OSA

    near = [w for w in _SHORT_VOCABULARY if OSA.distance(word, w, score_cutoff=1) <= 1]
    if len(near) != 1:
        return word
    if any(len(n) in (3, 4, 5) and OSA.distance(word, n, score_cutoff=1) <= 1 for n in name_words):
        return word
    return near[0]


def is_english_word(word: str) -> bool:
    """True for dictionary words ("leave", "toilets"): never fuzzy-matched to a name, so
    "leave" does not become Cleave. Read with the store's snapshot; without one, loaded
    from the english-words package on first use (~80 ms)."""
    global _ENGLISH
    if _ENGLISH is None:
        _ENGLISH = _english()
    if word in _ENGLISH:
        return True
    # inflected forms the list leaves out: "lasted", "lasting", "docks", "carried"
    for suffix, back in (("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("ied", "y"), ("es", "")):  # fmt: skip
        stem = word[: -len(suffix)] + back
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and stem in _ENGLISH:
            return True
    return False


def _trigrams(word: str) -> set[str]:
    w = f"  {word} "
    return {w[i : i + 3] for i in range(len(w) - 2)}


def _spelled_out(tokens: list[str]) -> list[str]:
    """ "s t s seven" -> "sts seven", "soyuz m s ten" -> "soyuz ms ten": letters said one
    by one join into the designation they spell."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and len(tokens[j]) == 1 and tokens[j].isalpha():
            j += 1
        joined = "".join(tokens[i:j])
        if j - i >= 2 and joined in _SPELLED:
            out.append(joined)
            i = j
            continue
        out.append(tokens[i])
        i += 1
    return out


def _spoken_number(tokens: list[str], i: int) -> tuple[int, int] | None:
    """The number said from tokens[i] ("twenty four", "one hundred and seven") and the index
    after it; None when tokens[i] is no number word."""
    if tokens[i] not in NUMBER_WORDS:
        return None
    n = NUMBER_WORDS[tokens[i]]
    j = i + 1
    if j < len(tokens) and tokens[j] == "hundred" and n < 10:
        n, j = n * 100, j + 1
        if j < len(tokens) and tokens[j] == "and":
            j += 1
        rest = _spoken_number(tokens, j) if j < len(tokens) else None
        if rest is not None and rest[0] < 100:
            n, j = n + rest[0], rest[1]
        return n, j
    if n >= 20 and j < len(tokens) and tokens[j] in NUMBER_WORDS and NUMBER_WORDS[tokens[j]] < 10:
        n += NUMBER_WORDS[tokens[j]]
        j += 1
    return n, j


def _words_to_numbers(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        prev = out[-1] if out else ""
        if t in NUMBER_WORDS:
            n, j = _spoken_number(tokens, i) or (NUMBER_WORDS[t], i + 1)
            nxt = _spoken_number(tokens, j) if j < len(tokens) else None
            if prev == "sts" and n < 10 and nxt is not None and 10 <= nxt[0] < 100:
                n, j = int(f"{n}{nxt[0]}"), nxt[1]  # "s t s one twenty five": STS-125
            if n >= 20 or prev in _NUMBERED:
                out.append(str(n))
                i = j
                continue
        if t in ORDINAL_WORDS and i + 1 < len(tokens) and tokens[i + 1] == "expedition":
            out.append(str(ORDINAL_WORDS[t]))
            i += 1
            continue
        out.append(t)
        i += 1
    return out


class NameKeys(Mapping[str, set[str]]):
    """Folded name -> the ids it names, stored compactly (one id as itself, several as a
    tuple): a set per key cost ~220 bytes, ~60 MB at 100x. Each lookup returns a new set."""

    __slots__ = ("_ids",)

    def __init__(self, ids: dict[str, str | tuple[str, ...]]):
        self._ids = ids

    @classmethod
    def of(cls, keys: dict[str, set[str]]) -> NameKeys:
        return cls({k: next(iter(v)) if len(v) == 1 else tuple(sorted(v)) for k, v in keys.items()})

    def __getitem__(self, key: str) -> set[str]:
        v = self._ids[key]
        return {v} if type(v) is str else set(v)

    def get(self, key: str, default=None):
        v = self._ids.get(key)
        if v is None:
            return default
        return {v} if type(v) is str else set(v)

    def __contains__(self, key: object) -> bool:
        return key in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def plain(self) -> dict[str, str | list[str]]:
        return {k: v if type(v) is str else list(v) for k, v in self._ids.items()}


_KINDS = ("stations", "people", "expeditions", "modules")


class EntityIndex:
    def __init__(self, facts: Facts):
        self.facts = facts
        self.vocabulary = VOCABULARY
        self.phrases: dict = {}  # set by the engine: the records' own lexicon words
        prepared = facts.prepared.get("alias_index")
        if prepared is None:
            self._build(facts)
            return
        if not isinstance(prepared, dict):  # read from the snapshot, not decoded yet
            # decoded once per store, shared by every engine made from these facts
            prepared = facts.prepared["alias_index"] = _decode_prepared(prepared, facts)
        self.names = prepared["names"]
        self.partial = prepared["partial"]
        self.flight_keys = prepared["flight_keys"]
        self.spacecraft = prepared["spacecraft"]
        self.name_words = prepared["name_words"]
        self.name_word_set = prepared["name_word_set"]
        self._grams = prepared["grams"]
        self._flight_heads, self._name_heads = prepared["heads"]
        # a function that reads the dictionary from the store: only a question with a word
        # that might be a misspelt name needs it (a third of them), and the ~3.4 MB read
        # is ~4 ms of a `spacebot ask`
        global _read_english
        if _read_english is None:
            _read_english = facts.prepared.get("english_words")

    # The index as plain lists, for the store's snapshot (bot/store/snapshot.py): built
    # once by `spacebot build` and read back by every process that opens the store.
    def prepared(self) -> dict:
        return {
            "names": {kind: keys.plain() for kind, keys in self.names.items()},
            "partial": self.partial.plain(),
            "flight_keys": self.flight_keys.plain(),
            "spacecraft": self.spacecraft.plain(),
            "name_words": self.name_words,
            # (what keys start with: built once here, not on every start-up, ~1 ms)
            "heads": [sorted(self._flight_heads), sorted(self._name_heads)],
            # as hex text of 4-byte little-endian numbers: no int objects when read
            "grams": {g: _hex(v) for g, v in self._grams.items()},
        }

    def _build(self, facts: Facts) -> None:
        self.names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        self.partial: dict[str, set[str]] = defaultdict(set)  # surname-only keys
        self.flight_keys: dict[str, set[str]] = defaultdict(set)
        for kind, entity, folded, _shared in facts.aliases:
            if kind == "flights":
                self.flight_keys[folded.replace(" ", "")].add(entity)
            else:
                self.names[kind][folded].add(entity)
        for f in facts.flights.values():
            for name in (f.name, *f.aliases):
                words = fold(name).split()
                # "Soyuz TMA-14M" is also "TMA-14M"; "SpaceX Crew-1" is also "Crew-1".
                for k in range(1, len(words) - 1):
                    rest = words[k:]
                    numbered = any(c.isdigit() for c in "".join(rest))
                    if (len(rest) >= 2 and numbered) or len(rest) >= 3:
                        self.flight_keys["".join(rest)].add(f.id)
                # "Axiom Mission 4" is also "Axiom 4", as people say it
                if len(words) == 3 and words[1] == "mission" and words[2].isdigit():
                    self.flight_keys[words[0] + words[2]].add(f.id)
        # A derived key that names two flights names neither.
        explicit = {
            folded.replace(" ", "") for kind, _, folded, _ in facts.aliases if kind == "flights"
        }
        for key in [k for k, v in self.flight_keys.items() if len(v) > 1 and k not in explicit]:
            del self.flight_keys[key]
        for p in facts.people.values():
            words = fold(p.name).split()
            if not words:
                continue
            chinese = "China" in p.nationality
            family = fold(p.surname)
            if len(family) >= 3:
                self.partial[family].add(p.id)
                if " " in family:  # "Vande Hei" is also typed "vandehei"
                    self.partial[family.replace(" ", "")].add(p.id)
            for alias in p.aliases:
                aw = fold(alias).split()
                # (not a nickname's last word, "Last Soviet Citizen": "citizen" alone is
                # nobody, where a spelling's "Krikalyov" is him)
                if (
                    len(aw) >= 2
                    and not chinese
                    and len(aw[-1]) >= 3
                    and not (aw[-1] != family and is_english_word(aw[-1]))
                ):
                    self.partial[aw[-1]].add(p.id)
        # orbiters and capsules by name: "Atlantis", "Dragon Endeavour", "Calypso"
        self.spacecraft: dict[str, set[str]] = defaultdict(set)
        for f in facts.flights.values():
            if f.spacecraft and f.program in ("shuttle", "dragon", "starliner"):
                self.spacecraft[fold(f.spacecraft)].add(f.id)
        self.name_words: list[str] = sorted(
            {
                w
                for k in (*self.names["people"], *self.partial)
                for w in k.split()
                if len(w) >= 4 and w.isalpha()
            }
        )
        self.name_word_set = frozenset(self.name_words)
        grams: dict[str, list[int]] = defaultdict(list)
        for i, w in enumerate(self.name_words):
            for g in _trigrams(w):
                grams[g].append(i)
        self._grams = {g: array("I", v) for g, v in grams.items()}
        names = {kind: NameKeys.of(self.names.get(kind, {})) for kind in _KINDS}
        self.names = defaultdict(lambda: NameKeys({}), names)
        self.partial = NameKeys.of(self.partial)
        self.flight_keys = NameKeys.of(self.flight_keys)
        self.spacecraft = NameKeys.of(self.spacecraft)
        self._flight_heads, self._name_heads = _heads(self.flight_keys, self.names, self.partial)

    # -- normalisation ---------------------------------------------------------------

    def normalise(self, question: str) -> list[str]:
        question = _THOUSANDS.sub(r"\1\2", question)  # "1,000 days" is one number
        # "1,5 days", "2.5 hours": a fraction of a unit, said in the next smaller one
        question = _DECIMAL_COMMA.sub(_in_smaller_unit, question)
        question = spoken_years(question)  # "in twenty eighteen": as find_dates reads it
        # "left-handed" is one word, not "left" (departed) and "handed" (over command)
        question = _HANDED.sub(r"\1handed", question)
        # "China's new space station", "the Chinese orbital station": the country's station,
        # however it is described (an alias names it without the adjective)
        if "station" in question.lower():
            question = _OWNED_STATION.sub(r"\1 \2", question)
        # "who took Laveykin's place?": who replaced him, not where
        if "place" in question.lower():
            question = _TOOK_PLACE.sub(r"replaced \1", question)
        # "how long was he outside?" (the last word): on a spacewalk; "from outside the USSR"
        # is left alone
        if "outside" in question.lower():
            question = _OUTSIDE.sub(" on a spacewalk", question)
        # "my teacher says …" is who said it; "the first teacher in space" is a kind of person
        question = _MY_TEACHER.sub(r"\1 friend", question)
        # "who took his place?" is "who replaced him?"
        question = _PLACE.sub(lambda m: "replaced " + _OBJECT[m.group(1).lower()], question)
        # "did they get another shot?" after an abort: did they fly again
        if "another" in question.lower() or "second" in question.lower():
            question = _ANOTHER_GO.sub("fly again", question)
        # "the first American to actually orbit": an adverb inside "to …" says nothing the
        # verb does not, and would part "to orbit" from its meaning
        question = _SPLIT_INFINITIVE.sub("to ", question)
        # "crew + launch date", "crew & landing": a plus or an ampersand joins two asks
        question = question.replace(" + ", " and ").replace(" & ", " and ")
        # "boeing's" folds to "boeing s": the lone s of a possessive is dropped; "o1m" with a
        # letter O typed for a zero ("TMA-O1M") becomes "01m"
        tokens = _words_to_numbers(
            [
                w
                for t in _spelled_out(fold(question).split())
                if t != "s"
                for w in _SHORT_TYPOS.get(
                    t, "0" + t[1:] if t[:1] == "o" and t[1:2].isdigit() else t
                ).split()
            ]
        )
        # "the first year-long flight", "a month long stay": a length of one year or month
        k = 0
        while k < len(tokens):
            if k > 0 and tokens[k - 1] in ("his", "her", "their", "its") and (
                tokens[k] in ("yearlong", "monthlong") or tokens[k : k + 2] in (["year", "long"],
                                                                              ["month", "long"])
            ):  # fmt: skip
                # "after his year-long mission": it describes the trip the question names
                del tokens[k : k + (1 if tokens[k].endswith("long") else 2)]
                continue
            if tokens[k] in ("yearlong", "monthlong"):
                tokens[k : k + 1] = ["1", tokens[k][:-4]]
            elif (
                tokens[k] in ("year", "month")
                and tokens[k + 1 : k + 2] == ["long"]
                and not (k > 0 and (tokens[k - 1].isdigit() or tokens[k - 1] in ("many", "how")))
            ):
                tokens[k : k + 2] = ["1", tokens[k]]
            k += 1
        # "chris had field", "wang ya ping": a name a speech app heard as two words
        k = 0
        while k + 1 < len(tokens):
            joined = tokens[k] + tokens[k + 1]
            halves = (tokens[k], tokens[k + 1])
            if (
                len(joined) >= 5
                and joined.isalpha()
                and not any(h in self.name_word_set for h in halves)
                # "three men on board" is no "Menon": a little word is never half a name
                and not any(h in _LITTLE_WORDS for h in halves)
            ):
                if joined in self.name_word_set:
                    tokens[k : k + 2] = [joined]
                elif (
                    len(joined) >= 7
                    and not any(_known_word(h) for h in halves)
                    and not all(is_english_word(h) for h in halves)
                ):
                    # "teresh cova": one letter off too, when a half is no English word
                    near = self._fuzzy_name(joined, cutoff=85)
                    if near is not None:
                        tokens[k : k + 2] = [near[0]]
            k += 1
        for k, t in enumerate(tokens):
            if (
                len(t) >= 4
                and t.isalpha()
                and _GERMAN_LETTERS.search(t)
                and t not in self.name_word_set
                and not _known_word(t)
                and not is_english_word(t)
            ):
                v = t
                for a, b in _GERMAN_TRANSLIT:
                    v = v.replace(a, b)
                if v in self.name_word_set:
                    tokens[k] = v
                elif len(v) >= 6 and (near := self._fuzzy_name(v, cutoff=85)) is not None:
                    tokens[k] = near[0]
        # "tma14m" is one token and "tma 14 m" three: both reach the same flight key below.
        out = []
        for k, t in enumerate(tokens):
            if (
                len(t) >= 5
                and t.endswith("s")
                and t.isalpha()
                and t not in self.name_word_set
                and not _known_word(t)
                and (
                    t[:-1] in self.name_word_set or t[:-1] in self.spacecraft or _known_word(t[:-1])
                )
            ):
                out.append(t[:-1])  # "columbias last flight", "chinas first": a possessive
                continue
            if (
                len(t) >= 5
                and t.isalpha()
                and t not in STOP
                and t not in self.name_word_set
                and not _known_word(t)  # a word the parser knows is no typo
                and t not in self.spacecraft
                and not is_english_word(t)
            ):
                numbered = k + 1 < len(tokens) and tokens[k + 1][:1].isdigit()
                fixed = self._correct(t, numbered)
                out.append(fixed)
            elif (
                len(t) == 4
                and t.isalpha()
                and t not in STOP
                and t not in self.name_word_set
                and not _known_word(t)
                and t not in self.spacecraft
                and not is_english_word(t)
            ):
                out.append(_short_typo(t, self.name_word_set))
            else:
                out.append(t)
        return out

    def _correct(self, word: str, numbered: bool = False) -> str:
        """A typo of a question word becomes the word, unless it is closer to a name."""
        from rapidfuzz import fuzz, process  # ~6 ms to import: only a question with a typo

        if numbered:
            # "apolo 12", "gemeni 6a": before a number, a family of flights is likely, and
            # one wrong letter in six (ratio 83) is forgiven
            fam = process.extractOne(word, _FAMILIES, scorer=fuzz.ratio, score_cutoff=80)
            if fam:
                return fam[0]
        best = process.extractOne(word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=84)
        if not best:
            return word
        name = self._fuzzy_name(word, cutoff=best[1])
        return word if name else best[0]

    def _given_and_near_surname(self, given: str, surname: str) -> str | None:
        """The one person whose given name is `given` and whose surname is close to
        `surname` (one or two letters off), if there is exactly one."""
        if "by_given" not in self.facts.memo:
            by_given: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for p in self.facts.people.values():
                words = fold(p.name).split()
                if len(words) >= 2:
                    by_given[words[0]].append((words[-1], p.id))
            self.facts.memo["by_given"] = by_given
        pool = self.facts.memo["by_given"].get(given)
        if not pool:
            return None
        from rapidfuzz import fuzz

        cutoff = 80 if len(surname) <= 4 else 75
        near = {pid for last, pid in pool if fuzz.ratio(surname, last) >= cutoff}
        return next(iter(near)) if len(near) == 1 else None

    def _near_given_and_surname(self, given: str, surname: str) -> str | None:
        """The one person whose surname is `surname` and whose given name is one letter or a
        swap away from `given` ("jon glenn", "jhon glenn"), when `given surname` is nobody's
        exact name."""
        if "by_surname" not in self.facts.memo:
            by_surname: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for p in self.facts.people.values():
                words = fold(p.name).split()
                if len(words) >= 2:
                    by_surname[words[-1]].append((words[0], p.id))
            self.facts.memo["by_surname"] = by_surname
        pool = self.facts.memo["by_surname"].get(surname)
        if not pool or any(first == given for first, _ in pool):
            return None
        from rapidfuzz import fuzz

        near = {pid for first, pid in pool if fuzz.ratio(given, first) >= 75}
        return next(iter(near)) if len(near) == 1 else None

    def _fuzzy_name(self, word: str, cutoff: float) -> tuple[str, float] | None:
        counts: dict[int, int] = defaultdict(int)
        for g in _trigrams(word):
            for i in self._grams.get(g, ()):
                counts[i] += 1
        need = max(2, len(word) // 3)
        shortlist = [self.name_words[i] for i, c in counts.items() if c >= need]
        if not shortlist:
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(word, shortlist, scorer=fuzz.ratio, score_cutoff=cutoff)
        return (best[0], best[1]) if best else None

    # -- linking ---------------------------------------------------------------------

    def link(self, question: str) -> Linked:
        tokens = self.normalise(question)
        text = " ".join(tokens)
        linked = Linked(tokens, text, phrases=self.phrases)
        used = [False] * len(tokens)

        def free(i: int, j: int) -> bool:
            return not any(used[i:j])

        def take(kind: str, ids: set[str] | list[str], score: float, i: int, j: int) -> None:
            for k in range(i, j):
                used[k] = True
            linked.mentions.append(Mention(kind, sorted(ids), score, " ".join(tokens[i:j]), i, j))

        n_tok = len(tokens)
        # Flights: the longest run of tokens whose letters and digits spell a flight name.
        # (Only runs from a token whose first letters start some flight key are looked up.)
        heads = self._flight_heads
        spans = []
        for i in range(n_tok):
            run = ""
            for n in range(1, min(MAX_NGRAM + 1, n_tok - i) + 1):
                run += tokens[i + n - 1]
                if run[:3] not in heads:
                    break
                if (ids := self.flight_keys.get(run)) is not None:
                    spans.append((n, i, run, ids))
        for n, i, key, ids in sorted(spans, key=lambda s: (-s[0], s[1])):  # longest first
            if not free(i, i + n):
                continue
            # ("spent about 181 days": a number said alone is never the alias "18-1"; "the
            # 1960s and 70s" is a decade, not the ISS designation "70S")
            decade = (
                n == 1
                and _DECADE_WORD.fullmatch(key)
                and tokens[i - 1 : i] != ["iss"]
                and key.upper() not in question
            )  # ("who flew on 70S?": the alias)
            if not decade and not (n == 1 and (key.isdigit() or key.isalpha() and key in STOP)):
                take("flights", ids, 1.0, i, i + n)

        # Expeditions: "expedition 42", "exp 42", "42nd expedition", "mir eo 3".
        for m in _EO.finditer(text):
            station = m.group(1).replace(" ", "-")
            exp = self.facts.expedition_by_number.get((station, int(m.group(2))))
            i, j = _span(text, m.start(), m.end())
            if exp:
                take("expeditions", [exp.id], 1.0, i, j)
            elif free(i, j):
                linked.unknown.append(m.group(0))
                take("unknown", [], 0.0, i, j)
        for m in _EXPEDITION.finditer(text):
            i, j = _span(text, m.start(), m.end())
            if not free(i, j):
                continue
            number = int(m.group(1) or m.group(2))
            # "the first expedition to Mir", "Salyut 6 expedition 2": that station's numbering
            hint = re.search(r"\b(mir|salyut \d)\b", text)
            station = hint.group(1).replace(" ", "-") if hint else "iss"
            exp = self.facts.expedition_by_number.get((station, number))
            if exp:
                take("expeditions", [exp.id], 1.0, i, j)
            else:
                prefix = "" if station == "iss" else station.replace("-", " ") + " "
                linked.unknown.append(f"{prefix}expedition {number}")
                take("unknown", [], 0.0, i, j)

        # Designations that look like flights but matched none: not in the records.
        for m in _DESIGNATION.finditer(text):
            i, j = _span(text, m.start(), m.end())
            if free(i, j) and any(c.isdigit() for c in m.group(0)):
                # "soyuz 2015" is a year, not a flight
                if re.search(r"(19|20)\d\d", m.group(0)):
                    continue
                linked.unknown.append(m.group(0))
                take("unknown", [], 0.0, i, j)

        raw_words = set(re.findall(r"[A-Z][a-z]+", question))
        # Orbiters and capsules: a dictionary word ("Discovery", "Freedom") only when written
        # with a capital or next to a vehicle word ("the dragon freedom", "orbiter discovery").
        for i, t in enumerate(tokens):
            ids = self.spacecraft.get(t)
            if not ids or used[i]:
                continue
            near = {tokens[j] for j in (i - 1, i + 1) if 0 <= j < n_tok}
            vehicle = near & _VEHICLE_WORDS.keys()
            orbiter = all(self.facts.flights[f].program == "shuttle" for f in ids)
            if (
                is_english_word(t)
                and t.capitalize() not in raw_words
                and not vehicle
                and not orbiter
            ):
                continue  # "freedom", "grace": a capsule only with a capital or "dragon"
            programs = {_VEHICLE_WORDS[v] for v in vehicle if _VEHICLE_WORDS[v]}
            chosen = {f for f in ids if not programs or self.facts.flights[f].program in programs}
            if chosen:
                take("spacecraft", sorted(chosen), 0.95, i, i + 1)
        # People: a misspelt given name before an exact surname ("jon glenn"): taken
        # together before the given name alone finds someone else (Jon McBride)
        for i in range(n_tok - 1):
            g, s = tokens[i], tokens[i + 1]
            if used[i] or used[i + 1] or len(g) < 3 or not g.isalpha() or g in STOP:
                continue
            pid = self._near_given_and_surname(g, s)
            if pid:
                take("people", {pid}, 0.85, i, i + 2)
        # Stations and people: exact names, longest first (from a word that starts a name).
        starts = [i for i, t in enumerate(tokens) if t in self._name_heads]
        for n in range(3, 0, -1):
            for i in starts:
                if i + n > n_tok or not free(i, i + n):
                    continue
                key = " ".join(tokens[i : i + n])
                if ids := self.names["stations"].get(key):
                    take("stations", ids, 1.0, i, i + n)
                elif (ids := self.names["modules"].get(key)) and not (n == 1 and key in STOP):
                    take("modules", ids, 1.0, i, i + n)
                elif ids := self.names["people"].get(key):
                    if n == 1 and key in COMMON and key.capitalize() not in raw_words:
                        continue
                    if n == 1:  # a one-word nickname ("Duke") may also be someone's surname
                        ids = ids | self.partial.get(key, set())
                    take("people", ids, 1.0, i, i + n)
                elif (n == 1 or " " in key) and (ids := self.partial.get(key)):
                    if key in COMMON and key.capitalize() not in raw_words:
                        continue
                    take("people", ids, 0.9, i, i + n)
        # People: a given name and a misspelt surname ("John Glen", "Michael Colins"): the
        # surname is compared only with the surnames of people of that given name.
        for i in range(n_tok - 1):
            g, s = tokens[i], tokens[i + 1]
            if used[i] or used[i + 1] or not (g.isalpha() and s.isalpha()) or len(s) < 3:
                continue
            pid = self._given_and_near_surname(g, s)
            if pid:
                take("people", {pid}, 0.85, i, i + 2)
        # People: forgiving typos in name words no other rule claimed.
        for i, t in enumerate(tokens):
            if used[i] or len(t) < 5 or not t.isalpha() or t in STOP or _known_word(t):
                continue
            given = tokens[i - 1] if i > 0 and not used[i - 1] else ""
            # a dictionary word is a name only right after that person's given name:
            # "peggy whitsun" is Peggy Whitson; "whitsun" alone is the holiday
            if is_english_word(t) and not given.isalpha():
                continue
            best = self._fuzzy_name(t, cutoff=84)
            if not best:
                continue
            word, score = best
            ids = self.partial.get(word) or self.names["people"].get(word)
            if not ids:
                continue
            if is_english_word(t):
                ids = {p for p in ids if fold(self.facts.people[p].name).split()[:1] == [given]}
                if ids:
                    take("people", ids, score / 100 * 0.9, i - 1, i + 1)
                continue
            take("people", ids, score / 100 * 0.9, i, i + 1)
        linked.mentions.sort(key=lambda m: m.start)
        # Merge adjacent mentions of the same person ("scott" + "kelly" as two hits).
        merged: list[Mention] = []
        for m in linked.mentions:
            prev = merged[-1] if merged else None
            if prev and prev.kind == m.kind == "people" and prev.end == m.start:
                common = set(prev.ids) & set(m.ids)
                if common:
                    merged[-1] = Mention("people", sorted(common), max(prev.score, m.score),
                                         f"{prev.text} {m.text}", prev.start, m.end)  # fmt: skip
                    continue
            merged.append(m)
        linked.mentions = [m for m in merged if m.kind != "unknown"]
        return linked


def _hex(numbers: array) -> str:
    arr = array("I", numbers)
    if sys.byteorder != "little":
        arr.byteswap()
    return arr.tobytes().hex()


def _unhex(text: str) -> array:
    arr = array("I", bytes.fromhex(text))
    if sys.byteorder != "little":
        arr.byteswap()
    return arr


def _keys(plain: dict[str, str | list[str]], ids: dict[str, str]) -> NameKeys:
    """NameKeys over the dict JSON gave (no copy), its ids the facts' own strings."""
    for k, v in plain.items():
        plain[k] = ids.get(v, v) if type(v) is str else tuple(ids.get(x, x) for x in v)
    return NameKeys(plain)


def _decode_prepared(body: str | bytes, facts: Facts) -> dict:
    p = json.loads(body)
    ids: dict[str, str] = {}  # id -> the same id as the facts hold it: one string, not two
    for table in (facts.stations, facts.people, facts.flights, facts.expeditions, facts.modules):
        ids.update(zip(table, table))
    names = {kind: _keys(keys, ids) for kind, keys in p["names"].items()}
    name_words = p["name_words"]
    return {
        "names": defaultdict(lambda: NameKeys({}), names),
        "partial": _keys(p["partial"], ids),
        "flight_keys": _keys(p["flight_keys"], ids),
        "spacecraft": _keys(p["spacecraft"], ids),
        "name_words": name_words,
        "name_word_set": frozenset(name_words),
        "heads": (frozenset(p["heads"][0]), frozenset(p["heads"][1])),
        # decoded when first used on a store of the real size; on a large one (100x) at
        # once, as arrays: the hex text would hold ~2x the memory for the process's life
        "grams": _Grams(p["grams"])
        if len(name_words) < _EAGER_GRAMS_FROM
        else {g: _unhex(v) for g, v in p["grams"].items()},
    }


def _heads(flight_keys: Mapping, names: Mapping, partial: Mapping) -> tuple[frozenset, frozenset]:
    """What a key can start with, so that linking looks up only the spans that might be a
    name: a flight key's first one to three letters ("sts", "soy"), and a name's first
    word ("yuri", "soyuz"). Most words of a question start neither (~1 ms to build, so
    the store's snapshot keeps them)."""
    flight = frozenset(k[:j] for k in flight_keys for j in (1, 2, 3))
    name = frozenset(k.split(" ", 1)[0] for keys in (*names.values(), partial) for k in keys)
    return flight, name


_EAGER_GRAMS_FROM = 20_000  # name words: the real store has ~2,000


class _Grams:
    """Trigram -> numbers of the name words that hold it, as the snapshot keeps them (hex
    text), decoded on first use: only a question with a misspelt name needs any, and
    decoding all ~2,800 took ~2 ms of every `spacebot ask`."""

    def __init__(self, raw: dict[str, str]):
        self._raw = raw
        self._decoded: dict[str, array] = {}

    def get(self, gram: str, default=()):
        numbers = self._decoded.get(gram)
        if numbers is None:
            text = self._raw.get(gram)
            if text is None:
                return default
            numbers = self._decoded[gram] = _unhex(text)
        return numbers

    def items(self):
        return ((g, self.get(g)) for g in self._raw)

    def __eq__(self, other: object) -> bool:  # as the dict it stands for
        return dict(self.items()) == (dict(other.items()) if hasattr(other, "items") else other)

    __hash__ = None  # type: ignore[assignment]


def _span(text: str, a: int, b: int) -> tuple[int, int]:
    """Token indexes covering characters a..b of the space-joined text."""
    i = text[:a].count(" ")
    j = i + text[a:b].strip().count(" ") + 1
    return i, j


__all__ = ["EntityIndex", "Linked", "Mention"]
