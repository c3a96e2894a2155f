"""From what a user asked (a station and a date, a name, an expedition) to a drawn chart,
with a bounded cache: the same chart on the same data is drawn once.

Used by the CLI (`spacebot plot`) and by the Discord commands alike; no discord here.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from ..store.facts import Facts
from .data import (
    Career,
    CrewCount,
    Occupancy,
    Window,
    _station_short,
    career,
    crew_count,
    data_hash,
    expedition_window,
    occupancy,
)
from .render import Rendered, render_career, render_crew_count, render_occupancy

_EXPEDITION = re.compile(r"^\s*(?:expedition|exp\.?|ekspeditsiya)?\s*#?\s*(\d{1,3})\s*$", re.I)


def window_from_text(text: str) -> Window | None:
    """The window a date as typed asks for: a day (±60 days around it), a month, a year."""
    text = (text or "").strip()
    try:
        return Window.around(date.fromisoformat(text))
    except ValueError:
        pass
    if re.fullmatch(r"\d{4}-\d{2}", text):
        y, m = map(int, text.split("-"))
        return Window.month(y, m) if 1 <= m <= 12 else None
    from ..qa.dates import find_dates  # the engine's own reading of dates, so both agree

    spans = find_dates(text)
    if not spans:
        return None
    return Window.days(spans[0].start, spans[0].end)


def expedition_id(facts: Facts, station: str, text: str | int) -> str | None:
    m = _EXPEDITION.match(str(text))
    if not m:
        return None
    number = int(m.group(1))
    e = facts.expedition_by_number.get((station, number))
    return e.id if e else None


@dataclass(frozen=True)
class ChartRequest:
    """One chart to draw: `kind` is aboard | expedition | person | crew-count."""

    kind: str
    station: str = ""
    window: Window | None = None
    person: str = ""
    expedition: str = ""

    @property
    def stem(self) -> str:
        """A file name for the attachment: letters, digits and dashes only."""
        parts = [self.kind, self.station, self.person, self.expedition]
        if self.window is not None:
            parts.append((self.window.marked or self.window.start).strftime("%Y-%m-%d"))
        text = "-".join(p for p in parts if p)
        return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")[:80] or "chart"


def chart_data(facts: Facts, req: ChartRequest) -> Occupancy | Career | CrewCount:
    if req.kind == "aboard":
        assert req.window is not None
        return occupancy(facts, req.station, req.window)
    if req.kind == "expedition":
        station, window, band = expedition_window(facts, req.expedition)
        short = _station_short(facts, station)
        what = window.label.removeprefix(f"{short} ")  # "Mir EO-20" -> "Aboard Mir, EO-20"
        return occupancy(facts, station, window, highlight=band, title=f"Aboard {short}, {what}")
    if req.kind == "person":
        return career(facts, req.person)
    if req.kind == "crew-count":
        return crew_count(facts, req.station)
    raise ValueError(f"no chart called {req.kind!r}")


def render(chart: Occupancy | Career | CrewCount, fmt: str = "png") -> Rendered:
    if isinstance(chart, Occupancy):
        return render_occupancy(chart, fmt)
    if isinstance(chart, Career):
        return render_career(chart, fmt)
    return render_crew_count(chart, fmt)


class ChartCache:
    """Drawn charts by (request, format, data hash), least recently used forgotten first.

    The data hash is in the key, so a reload with changed data draws afresh and the old
    entries age out; about 50-150 KB each, so the default 64 hold under 10 MB."""

    def __init__(self, size: int = 64):
        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()  # charts are drawn in worker threads
        self.hits = self.misses = 0

    def get_or_make(self, facts: Facts, req: ChartRequest, fmt: str = "png") -> Rendered:
        key = (req, fmt, data_hash(facts))
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                self.hits += 1
                return self._items[key]
        drawn = render(chart_data(facts, req), fmt)
        with self._lock:
            self.misses += 1
            self._items[key] = drawn
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return drawn

    def __len__(self) -> int:
        return len(self._items)
