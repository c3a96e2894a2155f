"""Names for autocomplete and for checking what a user submitted.

Autocomplete choices are only suggestions: a user can type anything and press enter, so
every command resolves the submitted value again here (by id, name or alias) and answers
"did you mean" when it does not match. Built once per store, searched in microseconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ..store.facts import Facts
from ..store.names import compact, fold

MAX_CHOICES = 25  # Discord's limit for autocomplete choices
_CHOICE_CHARS = 100  # Discord's limit for a choice's name and value


@dataclass(frozen=True)
class Named:
    kind: str
    id: str
    name: str
    label: str  # what autocomplete shows: the name plus what tells it apart

    @property
    def choice(self) -> tuple[str, str]:
        """(shown name, submitted value) for an autocomplete choice."""
        return self.label[:_CHOICE_CHARS], self.id[:_CHOICE_CHARS]


class Catalog:
    """One kind of thing (flights, people, stations) searchable by every name it has."""

    def __init__(self, items: list[tuple[Named, list[str]]], short=None):
        """`items`: each thing with its other names. `short(name)`: shorter forms people
        type (a surname, "TMA-14M"), used only when they point at one thing."""
        self.items = [named for named, _ in items]
        self._by_id = {named.id: named for named in self.items}
        self._exact: dict[str, Named] = {}
        self._keys: list[str] = []
        self._owner: list[Named] = []
        for named, names in items:
            for name in (named.name, named.id, *names):
                for key in {fold(name), compact(name)}:
                    if not key:
                        continue
                    self._exact.setdefault(key, named)
                    self._keys.append(key)
                    self._owner.append(named)
        if short is not None:
            derived: dict[str, set[str]] = {}
            for named, names in items:
                for name in (named.name, *names):
                    for form in short(name):
                        for key in {fold(form), compact(form)}:
                            if key and key not in self._exact:
                                derived.setdefault(key, set()).add(named.id)
            for key, ids in derived.items():
                if len(ids) == 1:
                    self._exact[key] = self._by_id[next(iter(ids))]

    def __len__(self) -> int:
        return len(self.items)

    def get(self, ident: str) -> Named | None:
        return self._by_id.get(ident)

    def resolve(self, text: str) -> Named | None:
        """The one thing `text` names exactly (id, name or alias, any case or accent)."""
        text = (text or "").strip()
        if text in self._by_id:
            return self._by_id[text]
        return self._exact.get(fold(text)) or self._exact.get(compact(text))

    def suggest(self, text: str, limit: int = MAX_CHOICES, cutoff: float = 55.0) -> list[Named]:
        """Best matches for what has been typed so far, best first, at most `limit`."""
        query = fold(text or "")
        if not query:
            return self.items[:limit]
        out: list[Named] = []
        seen: set[str] = set()

        def add(named: Named) -> None:
            if named.id not in seen and len(out) < limit:
                seen.add(named.id)
                out.append(named)

        squashed = query.replace(" ", "")
        for key, named in zip(self._keys, self._owner, strict=True):
            if key.startswith(query) or key.startswith(squashed):
                add(named)
        hits = process.extract(
            query, self._keys, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=cutoff
        )
        for _, _, index in hits:
            add(self._owner[index])
        return out

    def did_you_mean(self, text: str, limit: int = 3) -> list[Named]:
        return self.suggest(text, limit=limit, cutoff=60.0) if (text or "").strip() else []


def _designation(name: str) -> list[str]:
    """`Soyuz TMA-14M` -> `TMA-14M`: the words after the first, if they mix letters and digits."""
    rest = name.split(" ", 1)[1] if " " in name else ""
    return [rest] if any(c.isdigit() for c in rest) and any(c.isalpha() for c in rest) else []


def _surname(name: str) -> list[str]:
    return [name.split()[-1]] if len(name.split()) > 1 else []


def _year(instant) -> str:
    return str(instant.dt.year) if instant else "?"


class Lookup:
    """The catalogs autocomplete and validation use, made from one store's facts."""

    def __init__(self, facts: Facts):
        stations = sorted(facts.stations.values(), key=lambda s: (s.id != "iss", s.name))
        self.stations = Catalog(
            [(Named("stations", s.id, s.name, s.name), list(s.aliases)) for s in stations]
        )
        flights = sorted(
            facts.flights.values(),
            key=lambda f: f.launch.dt.timestamp() if f.launch else 0,
            reverse=True,
        )
        self.flights = Catalog(
            [
                (
                    Named(
                        "flights",
                        f.id,
                        f.name,
                        f"{f.name} ({_year(f.launch)}, {facts.stations[f.station].name if f.station in facts.stations else f.station})",
                    ),
                    list(f.aliases),
                )
                for f in flights
            ],
            short=_designation,
        )
        people = sorted(facts.people.values(), key=lambda p: p.name)
        self.people = Catalog(
            [
                (
                    Named(
                        "people",
                        p.id,
                        p.name,
                        f"{p.name} ({', '.join(p.nationality)})" if p.nationality else p.name,
                    ),
                    [*p.aliases, p.native_name] if p.native_name else list(p.aliases),
                )
                for p in people
            ],
            short=_surname,
        )
        self.expeditions = {(e.station, e.number): e for e in facts.expeditions.values()}

    def expedition_numbers(
        self, station: str, typed: str, limit: int = MAX_CHOICES
    ) -> list[tuple[str, int]]:
        """(label, number) choices for a station's expeditions whose number starts with `typed`."""
        typed = "".join(c for c in str(typed or "") if c.isdigit())
        out = []
        for (sid, number), e in sorted(self.expeditions.items(), key=lambda kv: kv[0][1]):
            if sid != station or not str(number).startswith(typed):
                continue
            span = ""
            if e.start:
                span = f" ({e.start.dt:%b %Y}"
                span += f" to {e.end.dt:%b %Y})" if e.end else " onwards)"
            out.append((f"{e.name}{span}"[:_CHOICE_CHARS], number))
            if len(out) >= limit:
                break
        return out
