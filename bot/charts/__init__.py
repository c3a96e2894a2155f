"""Crew timelines as pictures: what each chart shows (`data`), and drawing it (`render`).

Pure: no discord here. matplotlib is imported only when a chart is drawn.
"""

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

__all__ = [
    "Career", "CrewCount", "Occupancy", "Rendered", "Window", "career", "crew_count",
    "data_hash", "expedition_window", "occupancy", "render_career", "render_crew_count",
    "render_occupancy", "resolve_person", "resolve_station",
]  # fmt: skip
