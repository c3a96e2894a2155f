"""Drawing the charts of `data.py` with matplotlib (imported here, only when one is drawn).

Every chart sits on its own neutral slate card with light text, so it reads the same on
Discord's dark and light themes; bars use mid-tone colours that keep their contrast on it.
The figure is 6.4 in at 150 dpi (960 px): Discord shows it at about 550 px, where the
9-pt labels are still ~10 px tall. Labels are placed where they fit (inside the bar, then
beside it) and shortened or left out otherwise, so no two ever overlap.
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from .data import Career, CrewCount, Occupancy

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WIDTH_IN = 6.4
DPI = 150
BACKGROUND = "#33363c"
PANEL = "#3b3f46"
TEXT = "#e6e8eb"
MUTED = "#a9aeb6"
GRID = "#50555d"
MARK = "#f2c14e"
FONT = 9.0

# vehicle kind -> bar colour: mid-tone, distinct, readable with dark text inside
COLOURS = {
    "soyuz": "#e08a3c",
    "shuttle": "#5b9bd5",
    "dragon": "#6cbf84",
    "starliner": "#b08be0",
    "shenzhou": "#e06666",
    "apollo": "#c9b458",
    "other": "#9aa3ad",
}
FAMILY_NAMES = {
    "soyuz": "Soyuz", "shuttle": "Shuttle", "dragon": "Dragon", "starliner": "Starliner",
    "shenzhou": "Shenzhou", "apollo": "Apollo", "other": "Other",
}  # fmt: skip
BAR_TEXT = "#1d1f23"
# behind a label beside a bar that the date line crosses: the line passes under it
_BEHIND = {"facecolor": PANEL, "edgecolor": "none", "pad": 0.8}

# Agg figures are independent, but matplotlib's font cache and rcParams are shared state:
# one chart at a time is safe, and at ~100 ms each nobody waits long.
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Rendered:
    data: bytes
    format: str  # "png" | "svg"
    alt: str
    width: int  # pixels (for an SVG: the PNG it matches)
    height: int

    def filename(self, stem: str) -> str:
        return f"{stem}.{self.format}"


def _mpl():
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib import dates as mdates
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    return Figure, FigureCanvasAgg, mdates


def colour(family: str) -> str:
    return COLOURS.get(family, COLOURS["other"])


def _figure(height_in: float):
    Figure, Canvas, mdates = _mpl()
    fig = Figure(figsize=(WIDTH_IN, height_in), dpi=DPI, facecolor=BACKGROUND)
    Canvas(fig)
    return fig, mdates


def _style(ax, mdates=None) -> None:
    ax.set_facecolor(PANEL)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)
    ax.tick_params(colors=MUTED, labelsize=FONT - 1, length=3)
    if mdates is not None:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def _save(fig, fmt: str, alt: str) -> Rendered:
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, facecolor=fig.get_facecolor(), metadata=_metadata(fmt, alt))
    w, h = fig.get_size_inches() * DPI
    return Rendered(buf.getvalue(), fmt, alt, round(w), round(h))


def _metadata(fmt: str, alt: str) -> dict:
    # no dates or versions in the file: the same chart is the same bytes
    if fmt == "png":
        return {"Software": None, "Description": alt}
    return {"Date": None, "Creator": None, "Description": alt}


def _message(title: str, message: str, fmt: str, alt: str) -> Rendered:
    """A card that says so, for a window with no one in it: never an empty axis."""
    fig, _ = _figure(1.6)
    fig.text(0.03, 0.82, title, color=TEXT, fontsize=FONT + 2, weight="bold", va="center")
    fig.text(0.5, 0.42, message, color=TEXT, fontsize=FONT + 1.5, ha="center", va="center",
             wrap=True)  # fmt: skip
    return _save(fig, fmt, alt)


class _Fitter:
    """Text width in data units of an axis, so labels can be placed where they fit."""

    def __init__(self, span_days: float, axes_width_in: float, size: float):
        self.per_char = 0.56 * size / 72 * span_days / axes_width_in

    def width(self, text: str) -> float:
        return len(text) * self.per_char


def _num(mdates, d: datetime) -> float:
    return mdates.date2num(d)


# ---------------------------------------------------------------------- occupancy


def render_occupancy(chart: Occupancy, fmt: str = "png") -> Rendered:
    if chart.empty:
        return _message(chart.title, chart.empty_message, fmt, chart.alt)
    with _LOCK:
        return _save(occupancy_figure(chart), fmt, chart.alt)


def occupancy_figure(chart: Occupancy) -> Figure:
    w = chart.window
    rows: dict[str, list] = {}
    for bar in chart.bars:  # one row per person, in order of first arrival
        rows.setdefault(bar.person, []).append(bar)
    n = len(rows)
    row_in = 0.24 if n <= 24 else max(0.15, 5.8 / n)
    size = FONT if n <= 24 else max(6.5, FONT * row_in / 0.24)
    top_in, count_in, bottom_in = 0.72, 0.62, 0.34
    height = top_in + n * row_in + 0.28 + count_in + bottom_in
    fig, mdates = _figure(height)
    longest = max(len(b.name) for b in chart.bars)
    left, right = min(0.3, (longest * 0.58 * size / 72 + 0.2) / WIDTH_IN), 0.965
    main_h = (n * row_in + 0.28) / height
    count_h = count_in / height
    bottom = bottom_in / height
    ax = fig.add_axes((left, bottom + count_h + 0.06 / height, right - left, main_h))
    cx = fig.add_axes((left, bottom, right - left, count_h - 0.02 / height), sharex=ax)
    _style(ax, mdates)
    _style(cx, mdates)
    lo, hi = _num(mdates, w.start), _num(mdates, w.end)
    span = hi - lo
    fit = _Fitter(span, WIDTH_IN * (right - left), size - 1)
    band_fit = _Fitter(span, WIDTH_IN * (right - left), FONT - 1.5)

    # expedition bands, alternately shaded, labelled along the top where they fit
    for i, band in enumerate(chart.bands):
        b0, b1 = max(lo, _num(mdates, band.start)), min(hi, _num(mdates, band.end))
        if b1 <= b0:
            continue
        strong = band.label == chart.highlight
        shade = "#ffffff" if i % 2 == 0 else "#000000"
        ax.axvspan(b0, b1, color=MARK if strong else shade,
                   alpha=0.10 if strong else (0.045 if i % 2 == 0 else 0.07), lw=0, zorder=0)  # fmt: skip
        if b0 > lo:
            ax.axvline(b0, color=GRID, lw=0.6, zorder=0.5)
        for text in (band.label, band.label.removeprefix("Exp ")):
            if band_fit.width(text) < (b1 - b0) * 0.92:
                ax.text((b0 + b1) / 2, 1.02, text, ha="center", va="bottom",
                        color=MARK if strong else MUTED, fontsize=FONT - 1.5, clip_on=False,
                        transform=ax.get_xaxis_transform())  # fmt: skip
                break

    marked = _num(mdates, w.marked) if w.marked is not None else None

    def behind(x0: float, x1: float) -> dict | None:
        """A backing box for a label the date line would cross, so it passes under it."""
        return _BEHIND if marked is not None and x0 <= marked <= x1 else None

    # one row per person, labels inside the bar, else beside it, else shortened, else none
    names = []
    bar_rows, bar_lefts, bar_widths, bar_colours = [], [], [], []
    crowded, group_above = n > 24, set()
    for y, (_person, bars) in enumerate(rows.items()):
        row = n - 1 - y
        names.append(bars[0].name)
        spans = []
        for bar in bars:
            s = max(lo, _num(mdates, bar.start))
            e = min(hi, _num(mdates, bar.end)) if bar.end else hi
            e = max(e, s + span * 0.004)  # a visit of hours still shows
            spans.append((s, e))
            bar_rows.append(row)
            bar_lefts.append(s)
            bar_widths.append(e - s)
            bar_colours.append(colour(bar.family))
        keys = {(b.label, b.start, b.end) for b in bars}
        above, group_above = group_above, keys
        for k, (bar, (s, e)) in enumerate(zip(bars, spans, strict=True)):
            if crowded and (bar.label, bar.start, bar.end) in above:
                continue  # a crowded chart names a crew's vehicle once, on its first row
            nxt = spans[k + 1][0] if k + 1 < len(spans) else hi
            prev = spans[k - 1][1] if k else lo
            for text in (bar.label, bar.vehicle, _designation_of(bar.vehicle)):
                need = fit.width(text) + span * 0.012
                if need <= e - s:
                    ax.text(s + span * 0.006, row, text, va="center", ha="left", color=BAR_TEXT,
                            fontsize=size - 1, zorder=3)  # fmt: skip
                elif e + need <= nxt:
                    ax.text(e + span * 0.006, row, text, va="center", ha="left", color=TEXT,
                            fontsize=size - 1, zorder=5, bbox=behind(e, e + need))  # fmt: skip
                elif s - need >= prev:
                    ax.text(s - span * 0.006, row, text, va="center", ha="right", color=TEXT,
                            fontsize=size - 1, zorder=5, bbox=behind(s - need, s))  # fmt: skip
                else:
                    continue
                break
    _bars(ax, bar_rows, bar_lefts, bar_widths, bar_colours, 0.66)
    # names as plain texts, not tick labels: 40 ticks cost more than the rest of the chart
    names_at = ax.get_yaxis_transform()
    for i, name in enumerate(names):
        ax.text(-0.012, n - 1 - i, name, transform=names_at, ha="right", va="center",
                color=TEXT, fontsize=size, clip_on=False)  # fmt: skip
    ax.set_yticks([])
    ax.set_ylim(-0.6, n - 0.4 + 0.55)
    ax.set_xlim(lo, hi)
    ax.tick_params(axis="x", labelbottom=False)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color=GRID, lw=0.5, alpha=0.6, zorder=0)

    # the number aboard, as a thin step line underneath
    xs = [_num(mdates, t) for t, _ in chart.steps]
    ys = [c for _, c in chart.steps]
    cx.step(xs, ys, where="post", color=TEXT, lw=1.0)
    cx.fill_between(xs, ys, step="post", color=TEXT, alpha=0.12, lw=0)
    top = max(ys) if ys else 1
    cx.set_ylim(0, top + 1)
    cx.set_yticks(sorted({0, top}))
    cx.set_ylabel("aboard", color=MUTED, fontsize=FONT - 1.5, rotation=0, ha="right", va="center")
    cx.yaxis.set_label_coords(-0.01, 0.5)
    cx.grid(axis="x", color=GRID, lw=0.5, alpha=0.6)

    if w.marked is not None:
        m = _num(mdates, w.marked)
        for a in (ax, cx):
            a.axvline(m, color=MARK, lw=1.2, ls=(0, (4, 2)), zorder=4)
        # in the count strip, on a backing box: never on top of a bar's label
        cx.text(m + span * 0.006, 0.25, w.label, color=MARK, fontsize=size - 1, ha="left",
                va="bottom", zorder=5, weight="bold", transform=cx.get_xaxis_transform(),
                bbox={"facecolor": PANEL, "edgecolor": "none", "pad": 1.5})  # fmt: skip

    fig.text(0.02, 1 - 0.2 / height, chart.title, color=TEXT, fontsize=FONT + 2, weight="bold",
             va="center")  # fmt: skip
    _legend(fig, [b.family for b in chart.bars], 1 - 0.2 / height)
    return fig


def _bars(ax, rows, lefts, widths, colours, height: float) -> None:
    """Every bar as one collection: a patch per bar (what barh makes) costs ~1 ms each in
    transforms alone, which on a 40-person chart is a third of the drawing time."""
    from matplotlib.collections import PolyCollection

    h = height / 2
    verts = [
        ((x, y - h), (x + w, y - h), (x + w, y + h), (x, y + h))
        for y, x, w in zip(rows, lefts, widths, strict=True)
    ]
    ax.add_collection(PolyCollection(verts, facecolors=colours, linewidths=0, zorder=2))


def _designation_of(vehicle: str) -> str:
    head, _, rest = vehicle.partition(" ")
    return rest if rest and any(c.isdigit() for c in rest) else vehicle


def _legend(fig, families: list[str], y: float) -> None:
    """Colour key at the top right: only the vehicle kinds on the chart."""
    from matplotlib.patches import Patch

    seen = list(dict.fromkeys(families))
    handles = [Patch(color=colour(f), label=FAMILY_NAMES.get(f, f.title())) for f in seen]
    fig.legend(handles=handles, loc="center right", bbox_to_anchor=(0.99, y), ncol=len(seen),
               frameon=False, fontsize=FONT - 1, labelcolor=MUTED, handlelength=0.9,
               handleheight=0.9, handletextpad=0.4, columnspacing=1.0, borderaxespad=0)  # fmt: skip


# ---------------------------------------------------------------------- career


def render_career(chart: Career, fmt: str = "png") -> Rendered:
    if chart.empty:
        return _message(chart.title, chart.empty_message, fmt, chart.alt)
    with _LOCK:
        return _save(career_figure(chart), fmt, chart.alt)


def career_figure(chart: Career) -> Figure:
    n = len(chart.flights)
    row_in = 0.34
    height = 0.62 + n * row_in + 0.3 + 0.34
    fig, mdates = _figure(height)
    left, right = 0.09, 0.965
    ax = fig.add_axes((left, 0.34 / height, right - left, (n * row_in + 0.3) / height))
    _style(ax, mdates)
    first = chart.flights[0].start
    last = max((f.until or f.end or f.start) for f in chart.flights)
    pad = max(timedelta(days=120), (last - first) * 0.04)
    lo, hi = _num(mdates, first - pad), _num(mdates, last + pad)
    span = hi - lo
    fit = _Fitter(span, WIDTH_IN * (right - left), FONT - 1)
    years = []
    for i, f in enumerate(chart.flights):
        row = n - 1 - i
        s = _num(mdates, f.start)
        e = _num(mdates, f.until or f.end or f.start)
        e = max(e, s + span * 0.006)  # a week-long flight on a 20-year axis is still seen
        ax.barh(row, e - s, left=s, height=0.56, color=colour(f.family), lw=0, zorder=2)
        for t in f.evas:
            ax.plot(_num(mdates, t), row + 0.42, marker="v", ms=4.5, color=MARK, zorder=4,
                    lw=0)  # fmt: skip
        label = f.label
        for text in (label, label.replace(" → ", "→"), _short_label(f)):
            need = fit.width(text) + span * 0.01
            if e + need <= hi:
                ax.text(e + span * 0.006, row, text, va="center", ha="left", color=TEXT,
                        fontsize=FONT - 1, zorder=3)  # fmt: skip
                break
            if s - need >= lo:
                ax.text(s - span * 0.006, row, text, va="center", ha="right", color=TEXT,
                        fontsize=FONT - 1, zorder=3)  # fmt: skip
                break
        years.append(str(f.start.year))
    for i, year in enumerate(years):
        ax.text(-0.015, n - 1 - i, year, transform=ax.get_yaxis_transform(), ha="right",
                va="center", color=TEXT, fontsize=FONT, clip_on=False)  # fmt: skip
    ax.set_yticks([])
    ax.set_ylim(-0.6, n - 0.4)
    ax.set_xlim(lo, hi)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color=GRID, lw=0.5, alpha=0.6, zorder=0)
    fig.text(0.02, 1 - 0.2 / height, chart.title, color=TEXT, fontsize=FONT + 2, weight="bold",
             va="center")  # fmt: skip
    families = [f.family for f in chart.flights]
    _legend(fig, families, 1 - 0.45 / height)
    if chart.evas:
        fig.text(0.02, 1 - 0.45 / height, f"▼ spacewalk ({chart.evas})", color=MARK,
                 fontsize=FONT - 1, va="center")  # fmt: skip
    return fig


def _short_label(f) -> str:
    where = f" · {f.station}" if f.station else ""
    return f"{_designation_of(f.up)}{where}"


# ---------------------------------------------------------------------- crew count


def render_crew_count(chart: CrewCount, fmt: str = "png") -> Rendered:
    if chart.empty:
        return _message(chart.title, chart.empty_message, fmt, chart.alt)
    with _LOCK:
        return _save(crew_count_figure(chart), fmt, chart.alt)


def crew_count_figure(chart: CrewCount) -> Figure:
    height = 2.9
    fig, mdates = _figure(height)
    left, right = 0.07, 0.965
    ax = fig.add_axes((left, 0.34 / height, right - left, (height - 0.34 - 0.55) / height))
    _style(ax, mdates)
    xs = [_num(mdates, t) for t, _ in chart.steps]
    ys = [c for _, c in chart.steps]
    ax.fill_between(xs, ys, step="post", color=COLOURS["shuttle"], alpha=0.45, lw=0)
    ax.step(xs, ys, where="post", color=COLOURS["shuttle"], lw=0.7)
    ax.set_xlim(xs[0], xs[-1])
    ax.set_ylim(0, chart.peak + 1.5)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.grid(axis="y", color=GRID, lw=0.5, alpha=0.6)
    ax.set_ylabel("people aboard", color=MUTED, fontsize=FONT - 1)
    if chart.peak_at is not None:
        p = _num(mdates, chart.peak_at)
        frac = (p - xs[0]) / (xs[-1] - xs[0])
        ax.annotate(f"{chart.peak} aboard, {chart.peak_at.day} {chart.peak_at:%b %Y}",
                    (p, chart.peak), xytext=(0, 4), textcoords="offset points",
                    ha="left" if frac < 0.6 else "right", va="bottom", color=TEXT,
                    fontsize=FONT - 1)  # fmt: skip
    if chart.as_of is not None:
        a = _num(mdates, chart.as_of)
        ax.axvline(a, color=MARK, lw=1.2, ls=(0, (4, 2)))
        ax.text(a, chart.peak + 1.4, f"records to {chart.as_of.day} {chart.as_of:%b %Y} ",
                color=MARK, fontsize=FONT - 1, ha="right", va="top")  # fmt: skip
    fig.text(0.02, 1 - 0.22 / height, chart.title, color=TEXT, fontsize=FONT + 2, weight="bold",
             va="center")  # fmt: skip
    return fig
