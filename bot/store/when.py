"""UTC instants as the data files write them: a bare date or a date-time ending in Z."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import NamedTuple

_INSTANT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?Z)?$")


class Instant(NamedTuple):
    """A moment in UTC that remembers whether the time of day is known."""

    dt: datetime
    has_time: bool = True

    @property
    def date(self) -> date:
        return self.dt.date()

    def iso(self) -> str:
        if not self.has_time:
            return self.dt.strftime("%Y-%m-%d")
        if self.dt.second:
            return self.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        return self.dt.strftime("%Y-%m-%dT%H:%MZ")


def parse_instant(text: str | None) -> Instant | None:
    """Parse `2014-09-25`, `2014-09-25T20:25Z` or `2014-09-25T20:25:00Z`; None if malformed."""
    if not text:
        return None
    m = _INSTANT.match(text.strip())
    if not m:
        return None
    y, mo, d, h, mi, s = m.groups()
    try:
        dt = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), tzinfo=UTC)
    except ValueError:
        return None
    return Instant(dt, has_time=h is not None)


def parse_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None
