"""A question, read: its words, the entities it names, its dates, and what it asks for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import DateSpan
from .linking import Linked, Mention
from .words import LANDING_WORDS, LAUNCH_WORDS, PROGRAM_WORDS

_FILLER = frozenset(
    "who what is was are were tell me about the a an of on please pls info information "
    "profile bio biography details give show know do you anything everything s".split()
)


_PLACEHOLDER = {
    "flights": "xflight",
    "people": "xperson",
    "expeditions": "xexpedition",
    "stations": "xstation",
    "modules": "xmodule",
    "spacecraft": "xspacecraft",
}


_PLACEHOLDERS = frozenset(_PLACEHOLDER.values())


@dataclass
class Question:
    raw: str
    linked: Linked
    dates: list[DateSpan]
    flights: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    expeditions: list[str] = field(default_factory=list)
    stations: list[str] = field(default_factory=list)
    modules: list[str] = field(default_factory=list)
    spacecraft: list[str] = field(default_factory=list)  # flight ids flown by a named vehicle
    ambiguous: list[Mention] = field(default_factory=list)
    from_context: bool = False
    _text: str | None = field(default=None, repr=False)
    _words: set[str] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        """The question with each named entity replaced by a placeholder of its kind.

        Intent words are looked for here, so "crew" inside "Crew-1" or "expedition" inside
        "Expedition 42" does not make a question about crews or expeditions.
        """
        if self._text is None:
            tokens = list(self.linked.tokens)
            for m in sorted(self.linked.mentions, key=lambda m: -m.start):
                tokens[m.start : m.end] = [_PLACEHOLDER[m.kind]]
            self._text = " ".join(tokens)
        return self._text

    @property
    def words(self) -> set[str]:
        if self._words is None:
            self._words = set(self.text.split())
        return self._words

    def has(self, *words: str) -> bool:
        w = self.words
        return any(x in w for x in words)

    def says(self, pattern: str) -> bool:
        return re.search(pattern, self.text) is not None

    # What is asked ----------------------------------------------------------------

    @property
    def who(self) -> bool:
        return self.has("who", "whom", "crew", "crews", "names", "members", "list") or self.says(
            r"\bwhich (astronauts|cosmonauts|taikonauts|people)\b"
        )

    @property
    def how_many(self) -> bool:
        return self.says(r"\bhow many\b|\bnumber of\b|\bcount\b")

    @property
    def how_long(self) -> bool:
        return self.says(
            r"\bhow long\b|\bduration\b|\bhow many (days|hours|months|weeks)\b|\blength of\b|\bdays\b"
        )

    @property
    def when(self) -> bool:
        return self.says(
            r"\bwhen\b|\bwhat (day|date|time|year)\b|\bwhich (day|date|year)\b|\bdate\b|\btime\b"
        )

    @property
    def where(self) -> bool:
        return self.says(
            r"\bwhere\b|\bwhich (site|place|town|ocean|sea|pad|cosmodrome|launch (site|pad|center|centre))\b|\blocation\b|\bsite\b|\bfrom which\b|\bwhat (site|pad|place)\b"
        )

    @property
    def landing(self) -> bool:
        return bool(self.words & LANDING_WORDS) or self.says(
            r"\bget (back|home)\b|\bgot (back|home)\b"
        )

    @property
    def launch(self) -> bool:
        return bool(self.words & LAUNCH_WORDS) and not self.says(r"\bcome down\b")

    @property
    def programs(self) -> set[str]:
        return {PROGRAM_WORDS[w] for w in self.words if w in PROGRAM_WORDS}

    @property
    def leftover(self) -> list[str]:
        """Words that are neither a named entity nor filler: what else the question asks."""
        return [t for t in self.text.split() if t not in _FILLER and t not in _PLACEHOLDERS]

    @property
    def future_or_opinion(self) -> bool:
        return self.says(
            r"\b(will|gonna|going to|should|best|worst|favou?rite|greatest|coolest|opinion|"
            r"think|feel|believe|prediction|predict|next year|tomorrow)\b"
        )
