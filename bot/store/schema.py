"""The shape of every table in data/: columns, keys, references and vocabularies.

One declaration drives loading, validation and the SQLite build, so a new column is
added in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    pk: tuple[str, ...]
    required: tuple[str, ...] = ()
    # column -> (table, column) it must reference when non-empty
    references: dict[str, str] = field(default_factory=dict)
    times: tuple[str, ...] = ()  # ISO UTC instants (date or date-time)
    dates: tuple[str, ...] = ()  # plain calendar dates
    choices: dict[str, frozenset[str]] = field(default_factory=dict)
    lists: tuple[str, ...] = ()  # cells holding "|"-separated lists
    numbers: tuple[str, ...] = ()
    # Trailing columns a file may leave out of its header (then every row reads them as
    # empty), so a column can be added without rewriting every existing file.
    optional: tuple[str, ...] = ()
    # Columns holding an outside database's numeric id, unique within the table when set.
    external_ids: tuple[str, ...] = ()

    def header_for(self, header: list[str] | tuple[str, ...]) -> tuple[str, ...]:
        """The header a file must have, given which optional columns it chose to carry."""
        return tuple(c for c in self.columns if c not in self.optional or c in header)

    # list column -> table each of its "|"-separated items must be an id in
    list_references: dict[str, str] = field(default_factory=dict)


PROGRAMS = frozenset(
    {"soyuz", "shuttle", "dragon", "starliner", "shenzhou", "apollo", "vostok", "voskhod",
     "mercury", "gemini", "suborbital", "orion"}
)  # fmt: skip
LANDING_KINDS = frozenset({"touchdown", "splashdown", "runway"})
OUTCOMES = frozenset(
    {
        "success",
        "launch_abort",
        "docking_failure",
        "crew_loss",
        "ascent_loss",
        "early_return",
        "uncrewed_return",
    }
)
DIRECTIONS = frozenset({"up", "down", "both"})
CREW_ROLES = frozenset(
    {
        "commander",
        "pilot",
        "flight engineer",
        "mission specialist",
        "payload specialist",
        "spaceflight participant",
        "research cosmonaut",
        "operator",
        "science pilot",
    }
)
EXPEDITION_ROLES = frozenset(
    {"commander", "flight engineer", "science officer", "research cosmonaut"}
)
MODULE_KINDS = frozenset(
    {"core", "node", "laboratory", "airlock", "docking", "logistics", "truss", "habitation",
     "power", "experiment", "other"}
)  # fmt: skip
EVA_KINDS = frozenset({"eva", "stand-up", "intravehicular"})
EVENT_KINDS = frozenset(
    {"fire", "collision", "leak", "depressurisation", "abort", "rescue", "loss_of_crew", "other"}
)
SEXES = frozenset({"male", "female"})
# "government": sponsored by a government or national space agency on a commercially operated
# flight (Axiom); kept apart from "participant" so such a person is never counted as a tourist.
KINDS = frozenset({"career", "guest", "government", "payload_specialist", "participant", "film"})

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "stations",
            (
                "id",
                "name",
                "aliases",
                "operator",
                "launch_utc",
                "end_utc",
                "end_notes",
                "call_sign",
                "complete_to",
                "source",
                "notes",
            ),
            pk=("id",),
            required=("id", "name", "source"),
            times=("launch_utc", "end_utc", "complete_to"),
            lists=("aliases", "operator"),
        ),
        Table(
            "people",
            (
                "id",
                "name",
                "native_name",
                "aliases",
                "nationality",
                "agency",
                "sex",
                "birth_date",
                "kind",
                "firsts",
                "source",
                "notes",
                "ll2_id",
            ),
            pk=("id",),
            required=("id", "name", "nationality", "source"),
            optional=("ll2_id",),
            external_ids=("ll2_id",),
            dates=("birth_date",),
            choices={"sex": SEXES, "kind": KINDS},
            lists=("aliases", "nationality", "agency", "firsts"),
        ),
        Table(
            "flights",
            (
                "id",
                "name",
                "aliases",
                "program",
                "spacecraft",
                "station",
                "launch_utc",
                "launch_site",
                "launch_pad",
                "launch_tz",
                "docking_utc",
                "undocking_utc",
                "docking_port",
                "landing_utc",
                "landing_site",
                "landing_tz",
                "landing_lat",
                "landing_lon",
                "landing_kind",
                "recovery_ship",
                "outcome",
                "payload",
                "source",
                "notes",
                "ll2_id",
            ),
            pk=("id",),
            optional=("ll2_id",),
            external_ids=("ll2_id",),
            # station is empty for a flight that visited none (STS-1, Shenzhou 5, Vostok 1):
            # people's flight counts and time in space need those too
            required=("id", "name", "program", "launch_utc", "source"),
            references={"station": "stations"},
            times=("launch_utc", "docking_utc", "undocking_utc", "landing_utc"),
            choices={
                "program": PROGRAMS,
                "landing_kind": LANDING_KINDS,
                "outcome": OUTCOMES,
            },
            lists=("aliases", "payload"),
            numbers=("landing_lat", "landing_lon"),
        ),
        Table(
            "crew",
            ("flight", "person", "role", "direction", "source", "notes"),
            pk=("flight", "person"),
            required=("flight", "person", "role", "direction", "source"),
            references={"flight": "flights", "person": "people"},
            choices={"role": CREW_ROLES, "direction": DIRECTIONS},
        ),
        Table(
            "expeditions",
            (
                "id",
                "station",
                "number",
                "name",
                "start_utc",
                "end_utc",
                "source",
                "notes",
                "ll2_id",
            ),
            pk=("id",),
            optional=("ll2_id",),
            external_ids=("ll2_id",),
            required=("id", "station", "number", "name", "start_utc", "source"),
            references={"station": "stations"},
            times=("start_utc", "end_utc"),
            numbers=("number",),
        ),
        Table(
            "expedition_crew",
            ("expedition", "person", "role", "start_utc", "end_utc", "source", "notes"),
            pk=("expedition", "person", "role", "start_utc"),
            required=("expedition", "person", "role", "source"),
            references={"expedition": "expeditions", "person": "people"},
            times=("start_utc", "end_utc"),
            choices={"role": EXPEDITION_ROLES},
        ),
        Table(
            "modules",
            (
                "id",
                "station",
                "name",
                "aliases",
                "kind",
                "launch_utc",
                "attached_utc",
                "delivered_by",
                "launch_vehicle",
                "end_utc",
                "source",
                "notes",
            ),
            pk=("id",),
            required=("id", "station", "name", "launch_utc", "source"),
            references={"station": "stations", "delivered_by": "flights"},
            times=("launch_utc", "attached_utc", "end_utc"),
            choices={"kind": MODULE_KINDS},
            lists=("aliases",),
        ),
        Table(
            "evas",
            (
                "id",
                "name",
                "station",
                "flight",
                "start_utc",
                "end_utc",
                "crew",
                "kind",
                "airlock",
                "purpose",
                "source",
                "notes",
            ),
            pk=("id",),
            # station is empty for a free flyer's EVA (Voskhod 2, Gemini, Shenzhou 7)
            required=("id", "name", "start_utc", "crew", "kind", "source"),
            references={"station": "stations", "flight": "flights"},
            list_references={"crew": "people"},
            times=("start_utc", "end_utc"),
            choices={"kind": EVA_KINDS},
            lists=("crew",),
        ),
        Table(
            "events",
            (
                "id",
                "date_utc",
                "station",
                "flight",
                "people",
                "kind",
                "summary",
                "module",
                "source",
                "notes",
            ),
            pk=("id",),
            required=("id", "date_utc", "kind", "summary", "source"),
            references={"station": "stations", "flight": "flights"},
            list_references={"people": "people"},
            times=("date_utc",),
            choices={"kind": EVENT_KINDS},
            lists=("people",),
        ),
        Table(
            "occupation_kinds",
            ("occupation", "words", "complete", "source", "notes"),
            pk=("occupation",),
            required=("occupation", "words", "complete", "source"),
            choices={"complete": frozenset({"yes", "no"})},
            lists=("words",),
        ),
        Table(
            "occupations",
            ("person", "occupation", "source", "notes"),
            pk=("person", "occupation"),
            required=("person", "occupation", "source"),
            references={"person": "people", "occupation": "occupation_kinds"},
        ),
        Table(
            "world_events",
            ("id", "name", "aliases", "date_utc", "source", "notes"),
            pk=("id",),
            required=("id", "name", "aliases", "date_utc", "source"),
            times=("date_utc",),
            lists=("aliases",),
        ),
        Table(
            "station_dockings",
            ("flight", "station", "docking_utc", "undocking_utc", "port", "source", "notes"),
            pk=("flight", "docking_utc"),
            required=("flight", "station", "docking_utc", "source"),
            references={"flight": "flights", "station": "stations"},
            times=("docking_utc", "undocking_utc"),
        ),
        Table(
            "moon_landings",
            (
                "flight",
                "site",
                "site_aliases",
                "lunar_module",
                "lm_aliases",
                "touchdown_utc",
                "liftoff_utc",
                "lat",
                "lon",
                "moonwalks",
                "moonwalk_total",
                "kind",
                "source",
                "notes",
            ),
            pk=("flight",),
            required=("flight", "site", "kind", "source"),
            references={"flight": "flights"},
            times=("touchdown_utc", "liftoff_utc"),
            choices={"kind": frozenset({"landed", "aborted"})},
            lists=("site_aliases", "lm_aliases"),
            numbers=("lat", "lon", "moonwalks"),
        ),
        Table(
            "orbits",
            ("flight", "orbits", "source", "notes"),
            pk=("flight",),
            required=("flight", "orbits", "source"),
            references={"flight": "flights"},
            numbers=("orbits",),
        ),
    )
}

# Tables whose rows are named things with an id (the rest are links between them).
ENTITY_TABLES = ("stations", "people", "flights", "expeditions", "modules")
