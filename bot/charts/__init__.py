"""Crew timelines as pictures: what each chart shows (`data`), and drawing it (`render`).

Pure: no discord here. matplotlib is imported only when a chart is drawn. The names below
are imported from their modules on first use: `spacebot ask` reads this package (for the
`plot` command's arguments) but needs none of them (~8 ms of every start).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_FROM = {
    **dict.fromkeys(
        ["Career", "CrewCount", "Occupancy", "Window", "career", "crew_count", "data_hash",
         "expedition_window", "occupancy", "resolve_person", "resolve_station"],
        "data",
    ),
    **dict.fromkeys(
        ["Rendered", "render_career", "render_crew_count", "render_occupancy"], "render"
    ),
}  # fmt: skip

__all__ = [
    "Career", "CrewCount", "Occupancy", "Rendered", "Window", "career", "crew_count",
    "data_hash", "expedition_window", "occupancy", "render_career", "render_crew_count",
    "render_occupancy", "resolve_person", "resolve_station",
]  # fmt: skip

if TYPE_CHECKING:
    from .data import (
        Career,
        CrewCount,
        Occupancy,
        Window,
        career,
        crew_count,
        data_hash,
        expedition_window,
        occupancy,
        resolve_person,
        resolve_station,
    )
    from .render import Rendered, render_career, render_crew_count, render_occupancy


def __getattr__(name: str):
    module = _FROM.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # looked up here once
    return value
