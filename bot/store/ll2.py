"""Launch Library 2 JSON -> proposed rows for data/, a review report, and applying them.

`spacebot data import ll2` reads what The Space Devs' Launch Library 2 API returns for
spacecraft flights, expeditions and astronauts (API 2.2.0 and 2.3.0, single objects or
paginated pages) and proposes rows for our tables. Nothing here overwrites a fact:
rows that already exist are compared, and every difference goes into the report for a
person to settle. The reviewed proposal is then appended to data/ by `apply_proposal`,
and `spacebot build` validates the result as it validates any edit.

LL2 is a database, not a primary source: every proposed row cites the LL2 object it came
from and says so in its notes, so a reviewer knows to add the agency or news source.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .load import Problem, Row, read_tables
from .names import compact, fold, split_list
from .schema import TABLES
from .validate import AMBIGUOUS_MARK
from .when import parse_instant

LL2_NOTE = "proposed from Launch Library 2; review before merging"
PROPOSAL_TABLES = ("people", "flights", "crew", "expeditions", "expedition_crew")
REPORT_NAME = "report.md"
API_ROOT = "https://ll.thespacedevs.com/2.3.0/"
FREE_TIER_REQUESTS = 15  # LL2's free tier: 15 requests an hour without an API key

# --- what LL2 says, in our words -------------------------------------------------------

# LL2 crew roles (flight seats) -> our `crew.role`. Numbered seats ("Mission Specialist 2")
# fold to the plain role first.
FLIGHT_ROLES = {
    "commander": "commander",
    "pilot": "pilot",
    "flight engineer": "flight engineer",
    "mission specialist": "mission specialist",
    "payload specialist": "payload specialist",
    "spaceflight participant": "spaceflight participant",
    "space flight participant": "spaceflight participant",
    "space tourist": "spaceflight participant",
    "tourist": "spaceflight participant",
    "research cosmonaut": "research cosmonaut",
    "science pilot": "science pilot",
    "operator": "operator",
}
EXPEDITION_ROLES = {
    "commander": "commander",
    "flight engineer": "flight engineer",
    "science officer": "science officer",
    "research cosmonaut": "research cosmonaut",
}
# Spacecraft configuration names -> our `flights.program`, first match wins.
PROGRAM_WORDS = (
    ("soyuz", "soyuz"),
    ("shenzhou", "shenzhou"),
    ("starliner", "starliner"),
    ("cst 100", "starliner"),
    ("dragon", "dragon"),
    ("shuttle", "shuttle"),
    ("apollo", "apollo"),
    ("vostok", "vostok"),
    ("voskhod", "voskhod"),
    ("mercury", "mercury"),
    ("gemini", "gemini"),
    ("new shepard", "suborbital"),
    ("spaceshiptwo", "suborbital"),
)
# Capsules and orbiters we name in `flights.spacecraft`, with the prefix LL2 puts before it.
NAMED_CRAFT_PREFIXES = {
    "dragon": ("crew dragon", "dragon"),
    "starliner": ("cst 100 starliner", "starliner"),
    "shuttle": ("space shuttle",),
}
DEFAULT_LANDING_KIND = {
    "soyuz": "touchdown",
    "shenzhou": "touchdown",
    "starliner": "touchdown",
    "dragon": "splashdown",
    "shuttle": "runway",
}
# LL2 launch location -> (our launch_site, its time zone)
LAUNCH_SITES = (
    ("baikonur", "Baikonur Cosmodrome", "Asia/Qyzylorda"),
    ("kennedy", "Kennedy Space Center", "America/New_York"),
    ("cape canaveral", "Cape Canaveral Space Force Station", "America/New_York"),
    ("jiuquan", "Jiuquan Satellite Launch Center", "Asia/Shanghai"),
)
AGENCIES = {
    # Our files put every Chinese astronaut under CMSA (the crewed programme's agency);
    # LL2 lists them under CNSA.
    "nasa": "NASA", "rfsa": "Roscosmos", "roscosmos": "Roscosmos", "esa": "ESA", "jaxa": "JAXA",
    "csa": "CSA", "cnsa": "CMSA", "cmsa": "CMSA", "spx": "SpaceX", "spacex": "SpaceX",
    "isro": "ISRO", "dlr": "DLR", "cnes": "CNES", "asi": "ASI", "mbrsc": "MBRSC",
}  # fmt: skip
# LL2 2.2.0 writes nationality as a demonym; 2.3.0 as country objects.
NATIONALITIES = {
    "american": "United States", "united states of america": "United States",
    "usa": "United States", "us": "United States", "russian": "Russia",
    "russian federation": "Russia", "rus": "Russia", "soviet": "Soviet Union",
    "chinese": "China", "people s republic of china": "China", "chn": "China",
    "japanese": "Japan", "jpn": "Japan", "canadian": "Canada", "can": "Canada",
    "italian": "Italy", "ita": "Italy", "french": "France", "fra": "France",
    "german": "Germany", "deu": "Germany", "british": "United Kingdom", "gbr": "United Kingdom",
    "danish": "Denmark", "dnk": "Denmark", "swedish": "Sweden", "swe": "Sweden",
    "emirati": "United Arab Emirates", "are": "United Arab Emirates", "saudi": "Saudi Arabia",
    "saudi arabian": "Saudi Arabia", "sau": "Saudi Arabia", "turkish": "Turkey",
    "turkiye": "Turkey", "tur": "Turkey", "polish": "Poland", "pol": "Poland",
    "hungarian": "Hungary", "hun": "Hungary", "indian": "India", "ind": "India",
    "belarusian": "Belarus", "blr": "Belarus", "kazakh": "Kazakhstan",
    "kazakhstani": "Kazakhstan", "kaz": "Kazakhstan", "spanish": "Spain", "esp": "Spain",
    "dutch": "Netherlands", "nld": "Netherlands", "belgian": "Belgium", "bel": "Belgium",
    "israeli": "Israel", "isr": "Israel", "australian": "Australia", "aus": "Australia",
    "south korean": "South Korea", "korean": "South Korea", "republic of korea": "South Korea",
    "kor": "South Korea", "brazilian": "Brazil", "bra": "Brazil", "ukrainian": "Ukraine",
    "ukr": "Ukraine", "swiss": "Switzerland", "che": "Switzerland", "austrian": "Austria",
    "aut": "Austria", "mexican": "Mexico", "mex": "Mexico", "norwegian": "Norway",
    "nor": "Norway", "czech": "Czech Republic", "cze": "Czech Republic", "slovak": "Slovakia",
    "svk": "Slovakia", "malaysian": "Malaysia", "mys": "Malaysia", "pakistani": "Pakistan",
    "pak": "Pakistan", "new zealander": "New Zealand", "nzl": "New Zealand",
    "portuguese": "Portugal", "prt": "Portugal", "irish": "Ireland", "irl": "Ireland",
}  # fmt: skip
_OUR_COUNTRIES = {fold(c): c for c in NATIONALITIES.values()}  # "Russia" is already ours
_DIRECTION_WORDS = {"forward", "aft", "zenith", "nadir", "port", "starboard"}
_LL2_URL = re.compile(
    r"https?://(?:ll|lldev)\.thespacedevs\.com/(?:api/ll/)?(2\.\d\.\d)/"
    r"(spacecraft/flight|spacecraft_flights|expedition|expeditions|astronaut|astronauts)/(\d+)/?"
)
_KIND_OF_PATH = {
    "spacecraft/flight": "flight",
    "spacecraft_flights": "flight",
    "expedition": "expedition",
    "expeditions": "expedition",
    "astronaut": "astronaut",
    "astronauts": "astronaut",
}
_ENDPOINT = {
    ("2.2.0", "flight"): "spacecraft/flight",
    ("2.3.0", "flight"): "spacecraft_flights",
    ("2.2.0", "expedition"): "expedition",
    ("2.3.0", "expedition"): "expeditions",
    ("2.2.0", "astronaut"): "astronaut",
    ("2.3.0", "astronaut"): "astronauts",
}
_KIND_TABLE = {"flight": "flights", "expedition": "expeditions", "astronaut": "people"}


@dataclass(frozen=True)
class LL2Object:
    """One flight, expedition or astronaut as LL2 returned it."""

    kind: str  # "flight" | "expedition" | "astronaut"
    data: dict
    version: str  # "2.2.0" | "2.3.0"
    origin: str  # the file it was read from

    @property
    def id(self) -> str:
        return str(self.data.get("id", ""))

    @property
    def url(self) -> str:
        return api_url(self.data, self.kind, self.version)


@dataclass(frozen=True)
class Difference:
    """A field where LL2 and data/ disagree (or where only LL2 has a value)."""

    table: str
    id: str
    column: str
    ours: str
    theirs: str
    url: str


@dataclass(frozen=True)
class Unmapped:
    """Something LL2 gave that could not become (part of) a row."""

    what: str
    why: str
    url: str


@dataclass
class Proposal:
    rows: dict[str, list[dict[str, str]]] = field(
        default_factory=lambda: {t: [] for t in PROPOSAL_TABLES}
    )
    matched: list[tuple[str, str, str, str]] = field(default_factory=list)  # table,id,url,how
    conflicts: list[Difference] = field(default_factory=list)
    gaps: list[Difference] = field(default_factory=list)
    unmapped: list[Unmapped] = field(default_factory=list)
    read_problems: list[str] = field(default_factory=list)
    objects: int = 0

    def count(self) -> int:
        return sum(len(v) for v in self.rows.values())


# --- reading LL2 JSON -----------------------------------------------------------------


def api_url(data: dict, kind: str, version: str) -> str:
    """The object's API URL: its own `url`, or one built from its id."""
    url = data.get("url")
    if isinstance(url, str) and url.startswith("http"):
        return url
    return f"https://ll.thespacedevs.com/{version}/{_ENDPOINT[(version, kind)]}/{data.get('id')}/"


def _kind_of(obj: dict) -> str | None:
    m = _LL2_URL.match(str(obj.get("url", "")))
    if m:
        return _KIND_OF_PATH[m.group(2)]
    # no url (hand-saved or trimmed): tell by the fields only that kind has
    if "launch_crew" in obj or "landing_crew" in obj or ("spacecraft" in obj and "launch" in obj):
        return "flight"
    if "spacestation" in obj and "start" in obj:
        return "expedition"
    if "date_of_birth" in obj or "flights_count" in obj or ("nationality" in obj and "bio" in obj):
        return "astronaut"
    return None


def _version_of(obj: dict, default: str) -> str:
    m = re.search(r"/(2\.\d\.\d)/", str(obj.get("url", "")))
    return m.group(1) if m else default


def objects_from_json(data: object, origin: str) -> tuple[list[LL2Object], list[str]]:
    """Every LL2 object in one decoded JSON document: an object, a page, or a list."""
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        items = data["results"]
        page_version = _version_of({"url": data.get("next") or data.get("previous") or ""}, "")
    elif isinstance(data, list):
        items, page_version = data, ""
    else:
        items, page_version = [data], ""
    found, problems = [], []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            problems.append(f"{origin}: item {i} is not a JSON object")
            continue
        kind = _kind_of(item)
        if kind is None:
            problems.append(
                f"{origin}: item {i} ({item.get('name', item.get('id', '?'))}) is not a "
                "spacecraft flight, expedition or astronaut"
            )
            continue
        version = _version_of(item, page_version or ("2.2.0" if _looks_220(item) else "2.3.0"))
        found.append(LL2Object(kind, item, version, origin))
    return found, problems


def _looks_220(item: dict) -> bool:
    """2.2.0 writes nationality as a string; 2.3.0 as a list of countries."""
    nat = item.get("nationality")
    return isinstance(nat, str)


def read_files(paths: Iterable[Path]) -> tuple[list[LL2Object], list[str]]:
    objects, problems = [], []
    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            problems.append(f"{path}: cannot read LL2 JSON ({e})")
            continue
        found, bad = objects_from_json(data, str(path))
        objects.extend(found)
        problems.extend(bad)
    return objects, problems


# --- small conversions ----------------------------------------------------------------


def slug(text: str) -> str:
    """An id like ours: folded, words joined by `-`."""
    return "-".join(fold(text).split())


def _name(obj: object) -> str:
    if isinstance(obj, dict):
        return str(obj.get("name") or "")
    return str(obj or "")


def ll2_time(value: object) -> str:
    """LL2's `2023-02-24T00:24:27Z` (or with fractions / +00:00) as our UTC form."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        dt = datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
    except ValueError:
        return ""
    if dt.second:
        return dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return dt.strftime("%Y-%m-%dT%H:%MZ")


def same_time(ours: str, theirs: str) -> bool:
    """Equal to the precision of the less precise of the two (a date agrees with any time
    that day; `00:24Z` agrees with `00:24:27Z`)."""
    a, b = parse_instant(ours), parse_instant(theirs)
    if a is None or b is None:
        return ours == theirs
    if not a.has_time or not b.has_time:
        return a.date == b.date
    if a.dt.second == 0 or b.dt.second == 0:
        return a.dt.replace(second=0) == b.dt.replace(second=0)
    return a.dt == b.dt


def _role(value: object, table: dict[str, str]) -> str | None:
    text = value.get("role") if isinstance(value, dict) else value
    key = re.sub(r"\s*\d+$", "", fold(str(text or "")))
    return table.get(key)


def _role_text(value: object) -> str:
    return str(value.get("role") if isinstance(value, dict) else value or "")


def nationalities(value: object) -> tuple[list[str], list[str]]:
    """Our country names for LL2's nationality, and whatever could not be read."""
    items: list[object] = value if isinstance(value, list) else [value] if value else []
    out, unknown = [], []
    for item in items:
        if isinstance(item, dict):
            keys = [item.get("name"), item.get("alpha_3_code"), item.get("nationality_name")]
        else:
            keys = [item]
        for key in keys:
            folded = fold(str(key or ""))
            mapped = NATIONALITIES.get(folded) or _OUR_COUNTRIES.get(folded)
            if mapped:
                break
        else:
            label = _name(item) if isinstance(item, dict) else str(item)
            unknown.append(label)
            continue
        if mapped not in out:
            out.append(mapped)
    return out, unknown


def agency(value: object) -> tuple[str, str]:
    """(our agency name, LL2's own words when it is not one we know)."""
    if not isinstance(value, dict):
        return "", ""
    for key in (value.get("abbrev"), value.get("name")):
        mapped = AGENCIES.get(fold(str(key or "")))
        if mapped:
            return mapped, ""
    return "", str(value.get("abbrev") or value.get("name") or "")


def person_id_from(name: str, wiki: str) -> str:
    """Our people ids are the English Wikipedia title without its parenthetical."""
    m = re.search(r"wikipedia\.org/wiki/([^?#]+)", wiki or "")
    if m:
        title = urllib.parse.unquote(m.group(1)).replace("_", " ")
        title = re.sub(r"\s*\([^)]*\)\s*$", "", title)
        if slug(title):
            return slug(title)
    return slug(name)


def _program(flight: dict) -> str:
    craft = flight.get("spacecraft") or {}
    config = craft.get("spacecraft_config") or {}
    families = config.get("family") or []
    words = " ".join(
        [_name(config), _name(craft)] + [_name(f) for f in families if isinstance(f, dict)]
    )
    folded = fold(words)
    for word, program in PROGRAM_WORDS:
        if word in folded:
            return program
    return ""


def _craft_name(flight: dict, program: str) -> str:
    name = _name(flight.get("spacecraft"))
    for prefix in NAMED_CRAFT_PREFIXES.get(program, ()):
        if fold(name).startswith(prefix + " "):
            # keep LL2's own spelling, minus as many words as the prefix has
            return " ".join(name.split()[len(prefix.split()) :])
    return ""


def _mission_name(flight: dict) -> str:
    launch = flight.get("launch") or {}
    mission = launch.get("mission") or {}
    if _name(mission):
        return _name(mission)
    if "|" in _name(launch):
        return _name(launch).split("|", 1)[1].strip()
    return _name(flight.get("spacecraft"))


def _launch_site(pad: dict) -> tuple[str, str, str]:
    """(launch_site, launch_pad, launch_tz) in our files' words."""
    location = pad.get("location") or {}
    where = _name(location)
    site, tz = where.split(",")[0].strip(), ""
    for word, our_site, our_tz in LAUNCH_SITES:
        if word in fold(where):
            site, tz = our_site, our_tz
            break
    zone = str(location.get("timezone_name") or "")
    if zone and _is_zone(zone):
        tz = zone
    raw = _name(pad)
    m = re.fullmatch(r"(?:Space )?Launch Complex (\w+)", raw)
    if m:
        prefix = "SLC" if raw.startswith("Space") else "LC"
        pad_name = f"{prefix}-{m.group(1)}"
    elif re.fullmatch(r"(?:Site )?\d+/\d+", raw):
        pad_name = "Site " + raw.removeprefix("Site ").strip()
    elif m := re.fullmatch(r"Launch Area (\d+) \((SLS-\d+)\)", raw):
        pad_name = f"LA-{m.group(1)}/{m.group(2)}"
    else:
        pad_name = raw
    return site, pad_name, tz


def _is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _docking_port(location: object) -> str:
    words = _name(location).split()
    return " ".join(w.lower() if w.lower() in _DIRECTION_WORDS else w for w in words)


def _event_station(event: dict) -> object:
    for key in ("space_station_target", "space_station", "spacestation"):
        if event.get(key):
            return event[key]
    location = event.get("docking_location") or {}
    return location.get("spacestation") if isinstance(location, dict) else None


def _landing_kind(landing: dict, program: str) -> str:
    kind = landing.get("type") if isinstance(landing, dict) else None
    text = fold(" ".join([_name(kind), str((kind or {}).get("abbrev", "") if kind else "")]))
    if "splash" in text or "ocean" in text:
        return "splashdown"
    if "runway" in text or "horizontal" in text:
        return "runway"
    if "parachute" in text or "ground" in text or "touchdown" in text:
        return "touchdown"
    return DEFAULT_LANDING_KIND.get(program, "")


# --- what data/ already has -----------------------------------------------------------


class Existing:
    """Indexes over data/ for matching LL2 objects to rows we already have."""

    def __init__(self, tables: dict[str, list[Row]]):
        self.tables = tables
        self.by_id = {t: {r["id"]: r for r in tables[t]} for t in ("people", "flights")}
        self.by_id["expeditions"] = {r["id"]: r for r in tables["expeditions"]}
        self.by_id["stations"] = {r["id"]: r for r in tables["stations"]}
        self.ll2: dict[str, dict[str, str]] = {t: {} for t in _KIND_TABLE.values()}
        for kind, table in _KIND_TABLE.items():
            for row in tables[table]:
                if row["ll2_id"]:
                    self.ll2[table][row["ll2_id"]] = row["id"]
                # rows applied into a file without the ll2_id column keep the id in `source`
                for m in _LL2_URL.finditer(row["source"]):
                    if _KIND_OF_PATH[m.group(2)] == kind:
                        self.ll2[table].setdefault(m.group(3), row["id"])
        self.person_names: dict[str, set[str]] = defaultdict(set)
        for row in tables["people"]:
            for alias in [row["name"], row["native_name"], *split_list(row["aliases"])]:
                key = fold(alias.removeprefix(AMBIGUOUS_MARK))
                if key:
                    self.person_names[key].add(row["id"])
        self.flight_names: dict[str, set[str]] = defaultdict(set)
        for row in tables["flights"]:
            for alias in [row["id"], row["name"], *split_list(row["aliases"])]:
                key = compact(alias.removeprefix(AMBIGUOUS_MARK))
                if key:
                    self.flight_names[key].add(row["id"])
        self.station_names: dict[str, str] = {}
        for row in tables["stations"]:
            for alias in [row["id"], row["name"], *split_list(row["aliases"])]:
                self.station_names.setdefault(fold(alias), row["id"])
        self.expedition_at = {(r["station"], r["number"]): r["id"] for r in tables["expeditions"]}
        self.crew = {(r["flight"], r["person"]): r for r in tables["crew"]}
        self.expedition_crew = {
            (r["expedition"], r["person"], r["role"]) for r in tables["expedition_crew"]
        }

    def station(self, name: str) -> str | None:
        return self.station_names.get(fold(name)) if name else None


# --- building the proposal ------------------------------------------------------------


@dataclass
class _Person:
    ll2_id: str
    url: str
    data: dict
    from_file: bool = False


class _Builder:
    def __init__(self, existing: Existing):
        self.ex = existing
        self.p = Proposal()
        self.people: dict[str, _Person] = {}  # LL2 astronaut id -> best record seen
        self.person_ids: dict[str, str | None] = {}  # LL2 astronaut id -> our id
        self.new_people: dict[str, dict[str, str]] = {}  # our id -> proposed row
        self.needed_people: set[str] = set()  # our ids a proposed row refers to

    # people ---------------------------------------------------------------------------

    def note_astronaut(self, data: dict, version: str, from_file: bool) -> None:
        if not isinstance(data, dict) or data.get("id") is None:
            return
        key = str(data["id"])
        record = _Person(key, api_url(data, "astronaut", version), data, from_file)
        known = self.people.get(key)
        # an astronaut endpoint object is the fuller record: a crew entry never replaces it
        if known is None or from_file or (not known.from_file and len(data) > len(known.data)):
            self.people[key] = record

    def person(self, astronaut: dict, what: str, url: str) -> str | None:
        """Our id for an LL2 astronaut: matched, or a new row proposed."""
        key = str(astronaut.get("id"))
        if key in self.person_ids:
            return self.person_ids[key]
        record = self.people.get(key) or _Person(
            key, api_url(astronaut, "astronaut", "2.3.0"), astronaut
        )
        data = record.data
        name = _name(data)
        our_id: str | None = None
        how = ""
        if key in self.ex.ll2["people"]:
            our_id, how = self.ex.ll2["people"][key], "LL2 id"
        else:
            matches = self.ex.person_names.get(fold(name), set())
            if len(matches) == 1:
                our_id = next(iter(matches))
                our_name = self.ex.by_id["people"][our_id]["name"]
                how = "name" if fold(our_name) == fold(name) else f"alias of {our_name}"
            elif len(matches) > 1:
                self.p.unmapped.append(
                    Unmapped(
                        f"astronaut {name} ({what})",
                        f"the name matches several people: {', '.join(sorted(matches))}",
                        record.url,
                    )
                )
                self.person_ids[key] = None
                return None
            else:
                candidate = person_id_from(name, str(data.get("wiki") or ""))
                if candidate in self.ex.by_id["people"]:
                    our_id, how = candidate, "Wikipedia title"
        if our_id is not None:
            self.p.matched.append(("people", our_id, record.url, how))
            self._compare_person(self.ex.by_id["people"][our_id], data, record.url)
        else:
            our_id = self._new_person(data, record.url, key)
        self.person_ids[key] = our_id
        return our_id

    def _person_fields(self, data: dict, url: str) -> dict[str, str]:
        nat, unknown_nat = nationalities(data.get("nationality"))
        agency_name, unknown_agency = agency(data.get("agency"))
        name = _name(data)
        if unknown_nat:
            self.p.unmapped.append(
                Unmapped(f"nationality of {name}", f"unknown: {', '.join(unknown_nat)}", url)
            )
        if unknown_agency:
            self.p.unmapped.append(
                Unmapped(f"agency of {name}", f"not one we name: {unknown_agency}", url)
            )
        return {
            "nationality": "|".join(nat),
            "agency": agency_name,
            "birth_date": str(data.get("date_of_birth") or "")[:10],
        }

    def _new_person(self, data: dict, url: str, key: str) -> str:
        fields = self._person_fields(data, url)
        our_id = person_id_from(_name(data), str(data.get("wiki") or ""))
        notes = [LL2_NOTE, "sex and kind are not in LL2: fill them in"]
        if data.get("wiki"):
            notes.append(f"Wikipedia per LL2: {data['wiki']}")
        self.new_people[our_id] = {
            "id": our_id,
            "name": _name(data),
            "native_name": "",
            "aliases": "",
            "nationality": fields["nationality"],
            "agency": fields["agency"],
            "sex": "",
            "birth_date": fields["birth_date"],
            "kind": "",
            "firsts": "",
            "source": url,
            "notes": "; ".join(notes),
            "ll2_id": key,
        }
        return our_id

    def _compare_person(self, row: Row, data: dict, url: str) -> None:
        fields = self._person_fields(data, url)
        ours_nat = split_list(row["nationality"])
        if fields["nationality"] and ours_nat:
            main = split_list(fields["nationality"])[-1]
            if main not in ours_nat:
                self._differ("people", row, "nationality", fields["nationality"], url)
        if fields["agency"] and row["agency"] and fields["agency"] not in split_list(row["agency"]):
            self._differ("people", row, "agency", fields["agency"], url)
        if fields["birth_date"] and row["birth_date"] != fields["birth_date"]:
            self._differ("people", row, "birth_date", fields["birth_date"], url)

    def _differ(self, table: str, row: Row, column: str, theirs: str, url: str) -> None:
        diff = Difference(table, row["id"], column, row[column], theirs, url)
        (self.p.conflicts if row[column] else self.p.gaps).append(diff)

    # flights --------------------------------------------------------------------------

    def flight(self, obj: LL2Object) -> None:
        f = obj.data
        url = obj.url
        name = _mission_name(f)
        launch = f.get("launch") or {}
        status = fold(
            _name(launch.get("status")) + " " + str((launch.get("status") or {}).get("abbrev", ""))
        )
        launched_at = ll2_time(launch.get("net"))
        if not launched_at:
            self.p.unmapped.append(Unmapped(f"flight {name}", "no launch time (launch.net)", url))
            return
        launch_dt = parse_instant(launched_at)
        not_flown = any(w in status.split() for w in ("go", "tbd", "tbc", "hold"))
        if not_flown or (launch_dt and launch_dt.dt > datetime.now(UTC)):
            self.p.unmapped.append(
                Unmapped(f"flight {name}", "not launched yet (planned dates are not facts)", url)
            )
            return
        precision = fold(_name(launch.get("net_precision")))
        if precision in ("day",):
            launched_at = launched_at[:10]
        elif precision and precision not in ("second", "minute", "hour"):
            self.p.unmapped.append(
                Unmapped(f"flight {name}", f"launch time only known to the {precision}", url)
            )
            return

        row, notes = self._flight_row(f, obj, name, launched_at, status)
        our_id = self._match_flight(obj.id, name)
        launch_crew = [c for c in f.get("launch_crew") or [] if isinstance(c, dict)]
        landing_crew = [c for c in f.get("landing_crew") or [] if isinstance(c, dict)]
        for c in launch_crew + landing_crew:
            self.note_astronaut(c.get("astronaut") or {}, obj.version, from_file=False)
        if "launch_crew" not in f:
            self.p.unmapped.append(
                Unmapped(
                    f"crew of {name}",
                    "this LL2 object has no crew lists (a list page in `normal` mode); "
                    "fetch the flight itself or the list with mode=detailed",
                    url,
                )
            )
        if our_id:
            self.p.matched.append(
                (
                    "flights",
                    our_id,
                    url,
                    "name" if obj.id not in self.ex.ll2["flights"] else "LL2 id",
                )
            )
            self._compare_flight(self.ex.by_id["flights"][our_id], row, url)
            flight_id = our_id
        else:
            row["notes"] = "; ".join([LL2_NOTE, *notes])
            self.p.rows["flights"].append(row)
            flight_id = row["id"]
        self._crew(flight_id, name, url, launch_crew, landing_crew, landed=bool(row["landing_utc"]))

    def _match_flight(self, ll2_id: str, name: str) -> str | None:
        if ll2_id in self.ex.ll2["flights"]:
            return self.ex.ll2["flights"][ll2_id]
        matches = self.ex.flight_names.get(compact(name), set())
        return next(iter(matches)) if len(matches) == 1 else None

    def _flight_row(
        self, f: dict, obj: LL2Object, name: str, launched_at: str, status: str
    ) -> tuple[dict[str, str], list[str]]:
        url = obj.url
        notes: list[str] = []
        program = _program(f)
        if not program:
            config = _name((f.get("spacecraft") or {}).get("spacecraft_config"))
            self.p.unmapped.append(
                Unmapped(
                    f"program of {name}",
                    f"spacecraft {config or '?'} is none of our programs "
                    f"({', '.join(sorted(TABLES['flights'].choices['program']))})",
                    url,
                )
            )
        launch = f.get("launch") or {}
        site, pad, tz = _launch_site(launch.get("pad") or {})
        # the station: where it docked, else its destination if that is a station
        station, docked, undocked, port = "", "", "", ""
        events = [e for e in f.get("docking_events") or [] if isinstance(e, dict)]
        for event in sorted(events, key=lambda e: str(e.get("docking") or "")):
            target = _event_station(event)
            target_id = self.ex.station(_name(target))
            if target is not None and target_id is None:
                self.p.unmapped.append(
                    Unmapped(f"docking of {name}", f"unknown station {_name(target)!r}", url)
                )
                continue
            if station and target_id and target_id != station:
                continue  # a second station on one flight (Soyuz T-15): review by hand
            station = target_id or station
            if not docked:
                docked = ll2_time(event.get("docking"))
                port = _docking_port(event.get("docking_location"))
            undocked = ll2_time(event.get("departure")) or undocked
        destination = str(f.get("destination") or "")
        if not station:
            station = self.ex.station(destination) or ""
            if not station and destination:
                notes.append(f"LL2 destination: {destination} (no station)")
        landing = f.get("landing") or {}
        landed_at = ll2_time(f.get("mission_end"))
        landing_site, landing_tz = "", ""
        if landed_at:
            where = landing.get("landing_location") or landing.get("location") or {}
            landing_site = _name(where)
            zone = str(
                ((where.get("location") or {}) if isinstance(where, dict) else {}).get(
                    "timezone_name"
                )
                or ""
            )
            landing_tz = zone if zone and _is_zone(zone) else ""
            if not landing_site:
                self.p.unmapped.append(Unmapped(f"landing site of {name}", "not in LL2", url))
            if not landing_tz:
                self.p.unmapped.append(
                    Unmapped(
                        f"landing_tz of {name}", "LL2 gives no time zone for the landing site", url
                    )
                )
        elif f.get("landing_crew"):
            self.p.unmapped.append(
                Unmapped(f"landing of {name}", "landing crew listed but no mission_end time", url)
            )
        launch_crew = f.get("launch_crew") or []
        landing_crew = f.get("landing_crew") or []
        if "fail" in status.split() and "partial" not in status.split():
            outcome = "launch_abort"
        elif landed_at and launch_crew and not landing_crew and "landing_crew" in f:
            outcome = "uncrewed_return"
            notes.append("launched a crew and came home without it (LL2 landing crew is empty)")
        elif landed_at:
            outcome = "success"
        else:
            outcome = ""
        if landed_at and landing_crew and not launch_crew and "launch_crew" in f:
            notes.append("launched uncrewed and came home with a crew launched on another vehicle")
        row = {
            "id": slug(name),
            "name": name,
            "aliases": "",
            "program": program,
            "spacecraft": _craft_name(f, program),
            "station": station,
            "launch_utc": launched_at,
            "launch_site": site,
            "launch_pad": pad,
            "launch_tz": tz,
            "docking_utc": docked,
            "undocking_utc": undocked,
            "docking_port": port,
            "landing_utc": landed_at,
            "landing_site": landing_site,
            "landing_tz": landing_tz,
            # LL2's landing location coordinates are the zone's, not where it came down
            "landing_lat": "",
            "landing_lon": "",
            "landing_kind": _landing_kind(landing, program) if landed_at else "",
            "recovery_ship": "",
            "outcome": outcome,
            "payload": "",
            "source": url,
            "notes": "",
            "ll2_id": obj.id,
        }
        return row, notes

    _COMPARED = (
        "program",
        "station",
        "launch_utc",
        "launch_site",
        "launch_pad",
        "docking_utc",
        "undocking_utc",
        "landing_utc",
        "landing_kind",
        "outcome",
    )

    def _compare_flight(self, ours: Row, theirs: dict[str, str], url: str) -> None:
        for col in self._COMPARED:
            value = theirs[col]
            if not value:
                continue
            if col in TABLES["flights"].times:
                if ours[col] and same_time(ours[col], value):
                    continue
            elif ours[col] == value:
                continue
            self._differ("flights", ours, col, value, url)

    def _crew(
        self,
        flight_id: str,
        flight_name: str,
        url: str,
        launch_crew: list[dict],
        landing_crew: list[dict],
        landed: bool,
    ) -> None:
        seats: dict[str, dict[str, str]] = {}
        order: list[str] = []
        for entries, direction in ((launch_crew, "up"), (landing_crew, "down")):
            for entry in entries:
                person = self.person(entry.get("astronaut") or {}, f"crew of {flight_name}", url)
                if person is None:
                    continue
                role = _role(entry.get("role"), FLIGHT_ROLES)
                if role is None:
                    self.p.unmapped.append(
                        Unmapped(
                            f"seat of {person} on {flight_name}",
                            f"unknown role {_role_text(entry.get('role'))!r}",
                            url,
                        )
                    )
                if person in seats:
                    seats[person]["direction"] = "both"  # launched and landed on it
                    continue
                seats[person] = {"role": role or "", "direction": direction}
                order.append(person)
        for person in order:
            seat = seats[person]
            note = [LL2_NOTE]
            if seat["direction"] == "up" and not landed:
                note.append(
                    "still in space per LL2: change to both if they come home on this vehicle"
                )
            existing = self.ex.crew.get((flight_id, person))
            if existing is not None:
                if existing["direction"] != seat["direction"]:
                    self._differ("crew", _CrewRow(existing), "direction", seat["direction"], url)
                if seat["role"] and existing["role"] != seat["role"]:
                    self._differ("crew", _CrewRow(existing), "role", seat["role"], url)
                continue
            if not seat["role"]:
                continue  # reported above; a seat without a role cannot be a row
            self.needed_people.add(person)
            self.p.rows["crew"].append(
                {
                    "flight": flight_id,
                    "person": person,
                    "role": seat["role"],
                    "direction": seat["direction"],
                    "source": url,
                    "notes": "; ".join(note),
                }
            )

    # expeditions ----------------------------------------------------------------------

    def expedition(self, obj: LL2Object) -> None:
        e = obj.data
        url = obj.url
        name = _name(e)
        station_obj = e.get("spacestation") or e.get("space_station")
        station = self.ex.station(_name(station_obj))
        if station is None:
            self.p.unmapped.append(
                Unmapped(f"expedition {name}", f"unknown station {_name(station_obj)!r}", url)
            )
            return
        m = re.search(r"(\d+)", name)
        if not m:
            self.p.unmapped.append(Unmapped(f"expedition {name}", "no expedition number", url))
            return
        number = m.group(1)
        if station == "iss":
            our_id, our_name = f"iss-{number}", f"Expedition {number}"
        elif station == "mir" or station.startswith("salyut"):
            label = "Mir" if station == "mir" else self.ex.by_id["stations"][station]["name"]
            our_id, our_name = f"{station}-eo-{number}", f"{label} EO-{number}"
        else:
            self.p.unmapped.append(
                Unmapped(
                    f"expedition {name}", f"our files have no expedition naming for {station}", url
                )
            )
            return
        start, end = ll2_time(e.get("start")), ll2_time(e.get("end"))
        if not start:
            self.p.unmapped.append(Unmapped(f"expedition {name}", "no start time", url))
            return
        row = {
            "id": our_id,
            "station": station,
            "number": number,
            "name": our_name,
            "start_utc": start,
            "end_utc": end,
            "source": url,
            "notes": LL2_NOTE,
            "ll2_id": obj.id,
        }
        existing_id = self.ex.ll2["expeditions"].get(obj.id) or self.ex.expedition_at.get(
            (station, number)
        )
        if existing_id:
            ours = self.ex.by_id["expeditions"][existing_id]
            self.p.matched.append(("expeditions", existing_id, url, "station and number"))
            for col in ("start_utc", "end_utc"):
                if row[col] and not (ours[col] and same_time(ours[col], row[col])):
                    self._differ("expeditions", ours, col, row[col], url)
            our_id = existing_id
        else:
            self.p.rows["expeditions"].append(row)
        for entry in e.get("crew") or []:
            if not isinstance(entry, dict):
                continue
            self.note_astronaut(entry.get("astronaut") or {}, obj.version, from_file=False)
            person = self.person(entry.get("astronaut") or {}, f"crew of {name}", url)
            if person is None:
                continue
            role = _role(entry.get("role"), EXPEDITION_ROLES)
            if role is None:
                self.p.unmapped.append(
                    Unmapped(
                        f"{person} on {name}",
                        f"unknown expedition role {_role_text(entry.get('role'))!r}",
                        url,
                    )
                )
                continue
            if (our_id, person, role) in self.ex.expedition_crew:
                continue
            self.needed_people.add(person)
            self.p.rows["expedition_crew"].append(
                {
                    "expedition": our_id,
                    "person": person,
                    "role": role,
                    "start_utc": "",
                    "end_utc": "",
                    "source": url,
                    "notes": LL2_NOTE + "; LL2 gives no join or leave dates: add them if the "
                    "person did not serve the whole expedition",
                }
            )

    def finish(self) -> Proposal:
        for our_id in sorted(self.needed_people):
            if our_id in self.new_people:
                self.p.rows["people"].append(self.new_people[our_id])
        for key, record in self.people.items():
            if key not in self.person_ids:
                # an astronaut file for someone in no flight or expedition of this import
                self.person(record.data, "astronaut", record.url)
        for our_id, row in self.new_people.items():
            if our_id not in self.needed_people:
                self.p.unmapped.append(
                    Unmapped(
                        f"astronaut {row['name']}",
                        "not in any flight of this import, and a person needs a flight: "
                        "not proposed",
                        row["source"],
                    )
                )
        return self.p


class _CrewRow:
    """A crew row that answers `["id"]` with its key, for the conflict list."""

    def __init__(self, row: Row):
        self.row = row

    def __getitem__(self, key: str) -> str:
        if key == "id":
            return f"{self.row['flight']}/{self.row['person']}"
        return self.row[key]


def propose(objects: list[LL2Object], data_dir: Path) -> Proposal:
    """Map LL2 objects onto data/: new rows, matches, conflicts and what could not map."""
    tables, problems = read_tables(data_dir)
    builder = _Builder(Existing(tables))
    builder.p.read_problems.extend(str(p) for p in problems)
    builder.p.objects = len(objects)
    for obj in objects:
        if obj.kind == "astronaut":
            builder.note_astronaut(obj.data, obj.version, from_file=True)
    seen: set[tuple[str, str]] = set()
    for obj in sorted(objects, key=lambda o: (o.kind != "flight", _launch_key(o))):
        if (obj.kind, obj.id) in seen:
            continue  # the same object in two files
        seen.add((obj.kind, obj.id))
        if obj.kind == "flight":
            builder.flight(obj)
        elif obj.kind == "expedition":
            builder.expedition(obj)
    return builder.finish()


def _launch_key(obj: LL2Object) -> str:
    if obj.kind == "flight":
        return str((obj.data.get("launch") or {}).get("net") or "")
    return str(obj.data.get("start") or "")


# --- writing the proposal and its report ----------------------------------------------


def write_proposal(proposal: Proposal, out_dir: Path, inputs: list[str]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    for table in PROPOSAL_TABLES:
        spec = TABLES[table]
        with (out_dir / f"{table}.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, spec.columns, lineterminator="\n", extrasaction="ignore")
            writer.writeheader()
            writer.writerows(proposal.rows[table])
    report = out_dir / REPORT_NAME
    report.write_text(render_report(proposal, inputs), encoding="utf-8")
    return report


def render_report(p: Proposal, inputs: list[str]) -> str:
    lines = [
        "# Launch Library 2 import: proposal for review",
        "",
        f"Read {p.objects} LL2 objects from {len(inputs)} file(s): "
        + ", ".join(f"`{i}`" for i in inputs),
        "",
        "Nothing in data/ has changed. Review the CSV files beside this report (edit or delete "
        "rows as needed; add primary sources to `source`: LL2 is a database, not the original "
        "report), then run `spacebot data import ll2 --apply " + "<this folder>`.",
        "",
        "## New rows",
        "",
    ]
    for table in PROPOSAL_TABLES:
        rows = p.rows[table]
        lines.append(f"### {table}: {len(rows)}")
        lines.append("")
        for row in rows:
            lines.append(f"- {_describe(table, row)}")
        if rows:
            lines.append("")
    lines += ["## Conflicts (LL2 differs from data/; data/ was not changed)", ""]
    lines += _differences(p.conflicts, with_ours=True) or ["None."]
    lines += ["", "## Gaps LL2 could fill (empty in data/; not filled automatically)", ""]
    lines += _differences(p.gaps, with_ours=False) or ["None."]
    lines += ["", "## Could not map", ""]
    if p.unmapped:
        for u in p.unmapped:
            lines.append(f"- {u.what}: {u.why} ({u.url})")
    else:
        lines.append("Nothing.")
    if p.read_problems:
        lines += ["", "## Problems reading the input", ""]
        lines += [f"- {x}" for x in p.read_problems]
    lines += ["", "## Matched to existing rows", ""]
    if p.matched:
        for table, our_id, url, how in sorted(set(p.matched)):
            lines.append(f"- {table} `{our_id}` by {how} ({url})")
    else:
        lines.append("None.")
    lines += [
        "",
        "## Before applying",
        "",
        "- New people: set `sex` and `kind` (LL2 has neither), add `native_name` and every "
        "common spelling to `aliases`.",
        "- New flights: word `landing_site` the way a person would say it, add "
        "`landing_lat`/`landing_lon`, `recovery_ship` and `payload` where known.",
        "- Every row: put the agency or news page in `source` beside the LL2 URL.",
        "",
    ]
    return "\n".join(lines)


def _describe(table: str, row: dict[str, str]) -> str:
    if table == "people":
        return f"`{row['id']}` {row['name']} ({row['nationality'] or '?'}, {row['agency'] or '?'})"
    if table == "flights":
        return (
            f"`{row['id']}` {row['name']}: launch {row['launch_utc']}, "
            f"landing {row['landing_utc'] or '(not yet)'}, station {row['station'] or '(none)'}"
        )
    if table == "crew":
        return f"{row['flight']}: {row['person']}, {row['role']}, {row['direction']}"
    if table == "expeditions":
        return f"`{row['id']}` {row['name']}: {row['start_utc']} to {row['end_utc'] or '(open)'}"
    return f"{row['expedition']}: {row['person']}, {row['role']}"


def _differences(diffs: list[Difference], with_ours: bool) -> list[str]:
    out = []
    for d in diffs:
        if with_ours:
            out.append(
                f"- {d.table} `{d.id}` {d.column}: ours {d.ours!r}, LL2 {d.theirs!r} ({d.url})"
            )
        else:
            out.append(f"- {d.table} `{d.id}` {d.column}: LL2 {d.theirs!r} ({d.url})")
    return out


def default_out_dir(root: Path) -> Path:
    return root / "data-proposals" / ("ll2-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))


# --- applying a reviewed proposal -----------------------------------------------------


@dataclass
class ApplyResult:
    ok: bool
    written: dict[str, int] = field(default_factory=dict)  # file (relative) -> rows appended
    skipped: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dropped_ll2_ids: list[str] = field(default_factory=list)  # files without the column


def read_proposal(proposal_dir: Path) -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    for table in PROPOSAL_TABLES:
        path = proposal_dir / f"{table}.csv"
        if not path.is_file():
            rows[table] = []
            continue
        with path.open(newline="", encoding="utf-8-sig") as fh:
            rows[table] = [
                {k: (v or "").strip() for k, v in r.items() if k}
                for r in csv.DictReader(fh)
                if any((v or "").strip() for v in r.values())
            ]
    return rows


_RANGE = re.compile(r"^(?P<prefix>.+?)-(?P<start>\d{4})(?:-(?P<end>\d{4}))?$")


def _file_for(
    data_dir: Path, table: str, station: str, year: int, program: str, tables: dict
) -> Path:
    """The era file a new flight or expedition belongs in, by station, year and program.

    A file whose rows share the station and whose name's year range covers the year;
    else a file with no years in its name (a catch-all like `tiangong.csv`); else a new
    file named like the station's latest one, for this year (`iss-2026.csv`)."""
    by_file: dict[str, list[Row]] = defaultdict(list)
    for row in tables[table]:
        by_file[row.file].append(row)
    candidates = [f for f, rows in by_file.items() if any(r["station"] == station for r in rows)]

    def program_match(f: str) -> bool:
        return table != "flights" or any(r["program"] == program for r in by_file[f])

    covering, catch_all, ranged = [], [], []
    for f in candidates:
        m = _RANGE.match(Path(f).stem)
        if m and m.group("start").isdigit():
            start = int(m.group("start"))
            end = int(m.group("end") or start)
            ranged.append((end, f, m.group("prefix")))
            if start <= year <= end:
                covering.append(f)
        else:
            catch_all.append(f)
    for group in (covering, catch_all):
        if group:
            best = sorted(group, key=lambda f: (not program_match(f), f))[0]
            return data_dir / best
    if ranged:
        prefix = max(ranged)[2]
    else:
        prefix = station or "no-station-other"
    return data_dir / table / f"{prefix}-{year}.csv"


def _year(text: str) -> int:
    t = parse_instant(text)
    return t.dt.year if t else datetime.now(UTC).year


def plan_apply(
    proposal: dict[str, list[dict[str, str]]], data_dir: Path
) -> tuple[dict[Path, list[tuple[str, dict[str, str]]]], list[str]]:
    """Which rows go to which file; rows already in data/ are skipped."""
    tables, _ = read_tables(data_dir)
    plan: dict[Path, list[tuple[str, dict[str, str]]]] = defaultdict(list)
    skipped: list[str] = []
    flight_file: dict[str, Path] = {r["id"]: data_dir / r.file for r in tables["flights"]}
    expedition_file = {r["id"]: data_dir / r.file for r in tables["expeditions"]}
    launch_of = {r["id"]: r["launch_utc"] for r in tables["flights"]}
    keys = {t: {tuple(r[c] for c in TABLES[t].pk) for r in tables[t]} for t in PROPOSAL_TABLES}

    def fresh(table: str, row: dict[str, str]) -> bool:
        key = tuple(row.get(c, "") for c in TABLES[table].pk)
        if key in keys[table]:
            skipped.append(f"{table} {', '.join(key).rstrip(', ')}: already in data/")
            return False
        keys[table].add(key)
        return True

    for row in proposal["flights"]:
        if fresh("flights", row):
            path = _file_for(
                data_dir,
                "flights",
                row["station"],
                _year(row["launch_utc"]),
                row["program"],
                tables,
            )
            flight_file[row["id"]] = path
            launch_of[row["id"]] = row["launch_utc"]
            plan[path].append(("flights", row))
    for row in proposal["expeditions"]:
        if fresh("expeditions", row):
            path = _file_for(
                data_dir, "expeditions", row["station"], _year(row["start_utc"]), "", tables
            )
            expedition_file[row["id"]] = path
            plan[path].append(("expeditions", row))

    def beside(table: str, path: Path | None) -> Path:
        stem = path.stem if path else "ll2-import"
        return data_dir / table / f"{stem}.csv"

    first_flight: dict[str, str] = {}
    for row in [*(r.values for r in tables["crew"]), *proposal["crew"]]:
        person, flight = row["person"], row["flight"]
        if flight in launch_of and (
            person not in first_flight or launch_of[flight] < launch_of[first_flight[person]]
        ):
            first_flight[person] = flight
    for row in proposal["crew"]:
        if fresh("crew", row):
            plan[beside("crew", flight_file.get(row["flight"]))].append(("crew", row))
    for row in proposal["expedition_crew"]:
        if fresh("expedition_crew", row):
            path = beside("expedition_crew", expedition_file.get(row["expedition"]))
            plan[path].append(("expedition_crew", row))
    for row in proposal["people"]:
        if fresh("people", row):
            flight = first_flight.get(row["id"])
            plan[beside("people", flight_file.get(flight) if flight else None)].append(
                ("people", row)
            )
    return plan, skipped


def _append(path: Path, table: str, rows: list[dict[str, str]]) -> bool:
    """Append rows in the file's own column order; False if its header has no ll2_id."""
    spec = TABLES[table]
    if path.is_file():
        text = path.read_text(encoding="utf-8-sig")
        header = next(csv.reader([text.splitlines()[0]])) if text else list(spec.columns)
        header = [h.strip() for h in header]
        prefix = "" if text.endswith("\n") or not text else "\n"
        new = False
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        header, prefix, new = list(spec.columns), "", True
    with path.open("a", newline="", encoding="utf-8") as fh:
        fh.write(prefix)
        writer = csv.writer(fh, lineterminator="\n")
        if new:
            writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(c, "") for c in header])
    return "ll2_id" in header or "ll2_id" not in spec.columns


def apply_proposal(proposal_dir: Path, data_dir: Path) -> ApplyResult:
    """Append a reviewed proposal to data/, only if data/ still validates afterwards.

    The rows are first written into a scratch copy of data/ and checked with the same
    checks as `spacebot build`; data/ itself is touched only when that copy is clean."""
    from .build import check  # build imports this package's siblings; import late

    proposal = read_proposal(proposal_dir)
    with tempfile.TemporaryDirectory(prefix="spacebot-ll2-") as tmp:
        scratch = Path(tmp) / "data"
        shutil.copytree(data_dir, scratch)
        plan, skipped = plan_apply(proposal, scratch)
        for path, items in plan.items():
            for table in PROPOSAL_TABLES:
                rows = [r for t, r in items if t == table]
                if rows:
                    _append(path, table, rows)
        _, problems = check(scratch)
    if problems:
        return ApplyResult(False, skipped=skipped, problems=problems)
    plan, skipped = plan_apply(proposal, data_dir)
    result = ApplyResult(True, skipped=skipped)
    for path, items in plan.items():
        rel = str(path.relative_to(data_dir))
        for table in PROPOSAL_TABLES:
            rows = [r for t, r in items if t == table]
            if not rows:
                continue
            if not _append(path, table, rows):
                result.dropped_ll2_ids.append(rel)
            result.written[rel] = result.written.get(rel, 0) + len(rows)
    return result


# --- fetching (network only when asked) -----------------------------------------------


class RequestBudgetSpent(Exception):
    """The free tier's hourly requests are used up; what was fetched so far is kept."""


def fetch(
    targets: list[str],
    dest: Path,
    max_requests: int = FREE_TIER_REQUESTS,
    token: str = "",
    progress: Callable[[str], None] | None = None,
    opener: Callable[..., object] = urllib.request.urlopen,
) -> tuple[list[Path], str]:
    """Fetch LL2 URLs (and their `next` pages) into dest as JSON files.

    Counts every request and stops at `max_requests` (LL2's free tier allows 15 an hour),
    or at the server's 429, saying which. Returns the files written and why it stopped
    ("" when everything was fetched)."""
    dest.mkdir(parents=True, exist_ok=True)
    say = progress or (lambda line: print(line, file=sys.stderr, flush=True))
    queue = [_full_url(t) for t in targets]
    files: list[Path] = []
    used = 0
    while queue:
        url = queue.pop(0)
        if used >= max_requests:
            left = len(queue) + 1
            return files, (
                f"stopped after {used} requests (the free tier allows {max_requests} an hour); "
                f"{left} page(s) not fetched, starting at {url}. Run again in an hour "
                "with the files saved so far."
            )
        used += 1
        bar = "#" * used + "-" * (max_requests - used)
        say(f"[{bar}] request {used}/{max_requests}: {url}")
        request = urllib.request.Request(url, headers={"User-Agent": "spacebot-ll2-import"})
        if token:
            request.add_header("Authorization", f"Token {token}")
        try:
            with opener(request, timeout=30) as response:  # type: ignore[operator]
                body = response.read()
        except urllib.error.HTTPError as e:
            if e.code == 429:
                wait = e.headers.get("Retry-After", "?") if e.headers else "?"
                return files, f"LL2 says too many requests (HTTP 429; retry after {wait} s)"
            return files, f"LL2 answered HTTP {e.code} for {url}"
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            return files, f"could not reach LL2 ({e})"
        path = dest / f"{len(files) + 1:03d}.json"
        path.write_bytes(body)
        files.append(path)
        try:
            data = json.loads(body)
        except json.JSONDecodeError:
            return files, f"{url} did not return JSON"
        if isinstance(data, dict) and data.get("next"):
            queue.insert(0, str(data["next"]))
    return files, ""


def _full_url(target: str) -> str:
    """`spacecraft_flights/?search=Soyuz` -> a full 2.3.0 URL in detailed JSON mode."""
    url = target if target.startswith("http") else API_ROOT + target.lstrip("/")
    parts = urllib.parse.urlsplit(url)
    query = dict(urllib.parse.parse_qsl(parts.query))
    query.setdefault("format", "json")
    is_list = not re.search(r"/\d+/?$", parts.path)
    if is_list and "/2.3.0/" in parts.path:
        query.setdefault("mode", "detailed")  # list pages leave out crews otherwise
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
