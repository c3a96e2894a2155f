"""What the engine returns: a structured answer that each surface renders its own way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Context(NamedTuple):
    """What a conversation was about, so "and when did they land?" can follow on.

    Immutable and passed explicitly: two threads never share one. (A NamedTuple rather
    than a frozen dataclass only because it is cheaper to make at import.)
    """

    flights: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    expeditions: tuple[str, ...] = ()
    stations: tuple[str, ...] = ()
    intent: str = ""
    query: Any = None  # the last Query (qa/query.py): a follow-up fills its gaps from it
    listed: tuple[str, ...] = ()  # people the last answer listed, in order
    listed_flights: tuple[str, ...] = ()  # flights it listed ("the second one")
    named: tuple[str, ...] = ()  # people the last answer itself named
    root: Any = None  # the last Query that named its own subject: "what about X?" after a
    # chain of pronoun follow-ups asks the thread's own question again
    dated: Any = None  # the last Query that named a day: "what about the ISS that day?"
    past_expeditions: tuple[str, ...] = ()  # the thread's last expedition, kept through turns
    around: tuple[str, ...] = ()  # flights that set the scene (a station walk's trip), not "it"
    walk: str = ""  # the one spacewalk the last answer was about: "how long was it?"

    @property
    def empty(self) -> bool:
        return not (self.flights or self.people or self.expeditions or self.stations)


@dataclass
class Entity:
    kind: str  # people | flights | expeditions | stations
    id: str
    name: str
    score: float
    matched: str  # the words of the question it came from

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "name": self.name,
            "score": round(self.score, 3),
            "matched": self.matched,
        }


@dataclass
class Answer:
    question: str
    answered: bool
    text: str  # the answer, first and short
    details: list[str] = field(default_factory=list)  # lines that matter after it
    sources: list[str] = field(default_factory=list)
    intent: str = ""
    confidence: float = 0.0
    entities: list[Entity] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # structured facts behind the text
    suggestions: list[str] = field(default_factory=list)
    title: str = ""
    context: Context = field(default_factory=Context)
    items: list[str] = field(default_factory=list)  # long lists, paginated by surfaces
    interpretation: str = ""  # the query in plain words: "Read as: ..."
    unparsed: list[str] = field(default_factory=list)  # words the engine did not use
