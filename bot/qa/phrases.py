"""Turning facts into short English: names, dates with local time, durations, lists."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from ..store.facts import LOST_WITH_CREW, Facts, Flight
from ..store.when import Instant


def day(dt: datetime) -> str:
    return f"{dt.day} {dt.strftime('%B %Y')}"


def utc(inst: Instant) -> str:
    """`12 March 2015, 02:07 UTC`, or just the date when the time is not known."""
    if not inst.has_time:
        return day(inst.dt)
    return f"{day(inst.dt)}, {inst.dt.strftime('%H:%M')} UTC"


def _zone_name(local: datetime) -> str:
    name = local.strftime("%Z")
    if name and name[0] in "+-":
        off = local.utcoffset() or timedelta()
        hours = off.total_seconds() / 3600
        return f"UTC{hours:+.0f}" if hours == int(hours) else f"UTC{hours:+.1f}"
    return name


# Local clock offsets of the flights' own moments, worked out when the store is built
# (`local_times`) so an answer need not import zoneinfo (~4 ms of a `spacebot ask`):
# "<zone> <UTC epoch seconds>" -> [offset in seconds, zone name]. Set by `use_local_times`.
_LOCAL_TIMES: dict | str | bytes | None = None


def use_local_times(table: dict | str | bytes | None) -> None:
    """The table `local_times` made at build (JSON, decoded on first use), or None."""
    global _LOCAL_TIMES
    _LOCAL_TIMES = table


# Past this many flights the table would cost more memory than the import it saves
# (~110,000 entries at 100x the real store); zoneinfo answers instead.
LOCAL_TIMES_UP_TO = 5000


def local_times(facts: Facts) -> dict[str, list]:
    """Every flight's launch and landing on its own local clock and on US Eastern time."""
    from zoneinfo import ZoneInfo

    out: dict[str, list] = {}
    if len(facts.flights) > LOCAL_TIMES_UP_TO:
        return out
    for f in facts.flights.values():
        for inst, tz in ((f.launch, f.launch_tz), (f.landing, f.landing_tz),
                         (f.landing, "America/New_York")):  # fmt: skip
            if inst is None or not inst.has_time or not tz:
                continue
            try:
                loc = inst.dt.astimezone(ZoneInfo(tz))
            except Exception:
                continue
            off = loc.utcoffset() or timedelta()
            out[f"{tz} {int(inst.dt.timestamp())}"] = [int(off.total_seconds()), _zone_name(loc)]
    return out


def _on_clock(inst: Instant, tz: str) -> tuple[datetime, str] | None:
    """The instant on the zone's clock (naive) and the zone's name there."""
    global _LOCAL_TIMES
    if _LOCAL_TIMES is not None and not isinstance(_LOCAL_TIMES, dict):
        import json

        _LOCAL_TIMES = json.loads(_LOCAL_TIMES)
    hit = _LOCAL_TIMES.get(f"{tz} {int(inst.dt.timestamp())}") if _LOCAL_TIMES else None
    if hit is not None:
        return inst.dt.replace(tzinfo=None) + timedelta(seconds=hit[0]), hit[1]
    try:
        from zoneinfo import ZoneInfo  # ~4 ms to import: only a moment not in the table

        loc = inst.dt.astimezone(ZoneInfo(tz))
    except Exception:
        return None
    return loc, _zone_name(loc)


def local(inst: Instant, tz: str) -> str:
    """`08:07 local time (UTC+6)`, with the date when it differs from the UTC date."""
    if not inst.has_time or not tz:
        return ""
    found = _on_clock(inst, tz)
    if found is None:
        return ""
    loc, name = found
    text = f"{loc.strftime('%H:%M')} {name}"
    if loc.date() != inst.dt.date():
        text += f" on {day(loc)}"
    return text


def when(inst: Instant | None, tz: str = "") -> str:
    if inst is None:
        return "an unknown date"
    loc = local(inst, tz)
    return f"{utc(inst)} ({loc} local)" if loc else utc(inst)


def us_eastern(inst: Instant) -> str:
    """The US Eastern clock, which NASA reports use; only worth adding when the date differs."""
    if not inst.has_time:
        return ""
    found = _on_clock(inst, "America/New_York")
    if found is None:
        return ""
    loc, name = found
    if loc.date() == inst.dt.date():
        return ""
    return f"{loc.strftime('%-I:%M %p').lower()} {name} on {day(loc)}"


def duration(seconds: float) -> str:
    """`167 days 5 h 42 min`; whole days are what people quote, so they come first."""
    seconds = max(0, int(seconds))
    d, rem = divmod(seconds, 86400)
    h, rem = divmod(rem, 3600)
    m = rem // 60
    if d == 0:
        return f"{h} h {m} min"
    text = f"{d} day{'s' if d != 1 else ''} {h} h {m} min"
    return text


def about_days(seconds: float) -> str:
    """`about 608 days` (rounded), said alongside the exact figure."""
    days = round(seconds / 86400)
    if days < 1:
        return "under a day"
    return f"about {days} day{'s' if days != 1 else ''}"


def join(items: list[str], word: str = "and") -> str:
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


def flight_label(f: Flight) -> str:
    """`Soyuz TMA-14M`, with the orbiter or capsule where it has a name."""
    if f.spacecraft and f.program in ("shuttle", "dragon", "starliner", "mercury", "orion"):
        # the capsule's own name: Mercury-Atlas 8 (Sigma 7), Artemis II (Orion Integrity)
        vehicle = {"dragon": "Dragon ", "starliner": "Starliner ", "orion": "Orion "}.get(
            f.program, ""
        )
        return f"{f.name} ({vehicle}{f.spacecraft})"
    return f.name


def sources_of(*texts: str) -> list[str]:
    """Sources in order, links before reference names ("astronauts_…csv"), no repeats."""
    out: list[str] = []
    for t in texts:
        for s in (t or "").split("|"):
            s = s.strip()
            if s and s not in out:
                out.append(s)
    return sorted(out, key=lambda s: not s.startswith("http"))


def landing_sentence(facts: Facts, f: Flight) -> str:
    if f.landing is None:
        if f.outcome in LOST_WITH_CREW:
            return f"{f.name} never landed: the vehicle and its crew were lost."
        return f"{f.name} has not landed yet (no landing in the records)."
    verb = {"splashdown": "splashed down", "runway": "landed", "touchdown": "landed"}.get(
        f.landing_kind, "landed"
    )
    site = f" {_at(f.landing_site)}" if f.landing_site else ""
    text = f"{flight_label(f)} {verb} on {when(f.landing, f.landing_tz)}{site}."
    return text


def _at(site: str) -> str:
    lower = site.lower()
    if lower.startswith(("in ", "at ", "off ", "near ", "on ")):
        return site
    if re.match(r"^(north|south|east|west)(east|west)?(-(east|west))? of\b", lower):
        return site  # "southeast of Zhezkazgan" reads on its own
    if re.match(
        r"^((north|south|east|west|central)\w* )?(pacific|atlantic|gulf|indian ocean|lake|arctic)",
        lower,
    ):
        return f"in the {site}"
    if lower.startswith("the "):
        return f"in {site}"
    if lower[:1].isdigit() or lower.startswith(("about", "approximately", "some ")):
        return site  # "146 km SE of Zhezkazgan" reads on its own
    return f"at {site}"


def launch_sentence(f: Flight) -> str:
    if f.launch is None:
        return f"{f.name} has no launch time in the records."
    where = f.launch_site
    if f.launch_pad and where:
        where = f"{where} ({f.launch_pad})"
    site = f" from {where}" if where else ""
    return f"{flight_label(f)} launched on {when(f.launch, f.launch_tz)}{site}."


_DEMONYMS = {
    "United States": "American", "Russia": "Russian", "Soviet Union": "Soviet", "China": "Chinese",
    "Japan": "Japanese", "Canada": "Canadian", "Italy": "Italian", "Germany": "German",
    "France": "French", "United Kingdom": "British", "Kazakhstan": "Kazakh",
    "United Arab Emirates": "Emirati", "Denmark": "Danish", "Netherlands": "Dutch",
    "Belgium": "Belgian", "Spain": "Spanish", "Sweden": "Swedish", "Brazil": "Brazilian",
    "Malaysia": "Malaysian", "India": "Indian", "South Africa": "South African",
    "South Korea": "South Korean", "Israel": "Israeli", "Saudi Arabia": "Saudi",
    "Turkey": "Turkish", "Poland": "Polish", "Hungary": "Hungarian", "Ukraine": "Ukrainian",
    "Belarus": "Belarusian", "Pakistan": "Pakistani", "Czechoslovakia": "Czechoslovak",
    "Bulgaria": "Bulgarian", "Romania": "Romanian", "Mongolia": "Mongolian", "Cuba": "Cuban",
    "Vietnam": "Vietnamese", "East Germany": "East German", "Austria": "Austrian",
    "Syria": "Syrian", "Afghanistan": "Afghan", "Slovakia": "Slovak", "Switzerland": "Swiss",
    "Australia": "Australian", "Mexico": "Mexican", "Hong Kong": "Hong Kong",
    "Czech Republic": "Czech", "Egypt": "Egyptian", "Chile": "Chilean", "Portugal": "Portuguese",
    "Norway": "Norwegian", "Iran": "Iranian", "Malta": "Maltese", "Costa Rica": "Costa Rican",
    "Finland": "Finnish", "Greece": "Greek", "Ireland": "Irish", "New Zealand": "New Zealander",
    "Argentina": "Argentine", "Nigeria": "Nigerian", "Peru": "Peruvian", "Colombia": "Colombian",
}  # fmt: skip


def demonym(country: str) -> str:
    """`Russia` -> `Russian`; an unknown country stays as it is (`from X` would read worse)."""
    return _DEMONYMS.get(country, country)


def demonyms(countries) -> str:
    """`("Belgium",)` -> `Belgian`; several joined: `Czechoslovak and Czech`."""
    return join([demonym(c) for c in countries])


def ordinal(n: int) -> str:
    """2 → "second", 11 → "11th"."""
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
             7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth"}  # fmt: skip
    if n in words:
        return words[n]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def says(text: str, name: str) -> bool:
    """Whether `text` says `name` whole: "STS-7" is not said by "STS-71 (Atlantis)"."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None
