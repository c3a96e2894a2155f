"""Dates as people type them: "March 2015", "2015-03-12", "12 March 2015",
"christmas day 2000", "new year's day 2015", "last week of 2019", "in 1986"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

MONTHS = {
    name: i
    for i in range(1, 13)
    for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())
}
MONTHS["sept"] = 9
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"((?:19|20)\d{2})"


# The year of a day said without one ("on 12 April", "on Christmas Day"): that day of any
# year. Year 4 is a leap year, so 29 February can be said too.
ANNUAL = 4


class DateSpan(NamedTuple):
    """An inclusive range of calendar days, with the words it came from."""

    start: date
    end: date
    text: str

    @property
    def is_day(self) -> bool:
        return self.start == self.end

    @property
    def annual(self) -> bool:
        """A day of the year, any year: "on 12 April"."""
        return self.start.year == ANNUAL

    def label(self) -> str:
        if self.annual:
            return f"{self.start.day} {calendar.month_name[self.start.month]} (any year)"
        if self.is_day:
            return f"{self.start.day} {calendar.month_name[self.start.month]} {self.start.year}"
        if self.start.day == 1 and self.end == _month_end(self.start):
            return f"{calendar.month_name[self.start.month]} {self.start.year}"
        if self.start == date(self.start.year, 1, 1) and self.end == date(self.start.year, 12, 31):
            return str(self.start.year)
        if (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31):
            if self.start.year % 10 == 0 and self.end.year == self.start.year + 9:
                return f"the {self.start.year}s"
            return f"{self.start.year}–{self.end.year}"
        return f"{self.start.isoformat()} to {self.end.isoformat()}"


def _month_end(d: date) -> date:
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


class LazyPattern:
    """A regular expression compiled on its first use. Most questions never need it, and
    compiling at import would cost every `spacebot ask` its 0.1-0.8 ms."""

    __slots__ = ("_args", "_rx")

    def __init__(self, pattern: str, flags: int = 0):
        self._args: tuple[str, int] = (pattern, flags)
        self._rx: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return getattr(self._rx, name)


# (a word the text must hold, the pattern, the day): compiled only when the word is there
_HOLIDAYS = [
    ("new year", LazyPattern(r"new year'?s? eve,?\s+(?:of\s+)?" + _YEAR), lambda y: (12, 31, 0)),
    ("new year", LazyPattern(r"new year'?s?(?: day)?,?\s+(?:of\s+)?" + _YEAR), lambda y: (1, 1, 0)),
    ("christmas", LazyPattern(r"christmas eve,?\s+(?:of\s+)?" + _YEAR), lambda y: (12, 24, 0)),
    ("christmas", LazyPattern(r"christmas(?: day)?,?\s+(?:of\s+)?" + _YEAR), lambda y: (12, 25, 0)),
    (
        "july",
        LazyPattern(r"(?:independence day|july 4th|fourth of july),?\s+(?:of\s+)?" + _YEAR),
        lambda y: (7, 4, 0),
    ),
    ("independence", LazyPattern(r"independence day,?\s+(?:of\s+)?" + _YEAR), lambda y: (7, 4, 0)),
    ("halloween", LazyPattern(r"halloween,?\s+(?:of\s+)?" + _YEAR), lambda y: (10, 31, 0)),
]  # fmt: skip
_ISO = re.compile(r"\b" + _YEAR + r"-(\d{1,2})-(\d{1,2})\b")
_DMY = re.compile(r"\b" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+" + _YEAR + r"\b")
_MDY = re.compile(r"\b" + _MONTH + r"\.?\s+" + _DAY + r",?\s+" + _YEAR + r"\b")
# "May 15th '63", "15 May '63": a day with a two-digit year after an apostrophe
_DM_SHORT = LazyPattern(
    r"\b(?:"
    + _DAY
    + r"\s+(?:of\s+)?"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\.?\s+"
    + _DAY
    + r"),?\s+'(\d{2})\b"
)
# a four-digit year anywhere in a text ("(7 November 2021)")
YEAR_IN_TEXT = LazyPattern(r"\b(?:19|20)\d\d\b")
# "25/06/1997": a day or a month first; read only when one of them is over 12
# "12.04.1961", "3.10.2018": day, month, year with dots, as most of Europe writes them
_DOTTED = LazyPattern(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b")
_SLASHED = LazyPattern(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")
_MY = re.compile(r"\b" + _MONTH + r"\.?,?\s+(?:of\s+)?" + _YEAR + r"\b")
# "june 97", "June '97": a month and a two-digit year (a number up to 31 is a day)
_MY_SHORT = LazyPattern(
    r"\b"
    + _MONTH
    + r"\.?,?\s+(?:of\s+)?(?:'(\d{2})|(3[2-9]|[4-9]\d))\b(?!\s*(?:days?|hours?|st|nd|rd|th))"
)
_WEEK = LazyPattern(r"\b(first|last) week of\s+(?:" + _MONTH + r"\s+)?" + _YEAR + r"\b")
# "on 12 April", "April 12th", "the 4th of July": a day and month with no year after them
_DM_ANY = LazyPattern(
    r"\b(?:" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"|" + _MONTH + r"\.?\s+" + _DAY + r")\b"
    r"(?!\.?,?\s*(?:of\s+)?(?:'?\d{2}\b|(?:19|20)\d{2}|\d))"
)
_HOLIDAYS_ANY = [
    ("christmas eve", (12, 24)), ("christmas day", (12, 25)), ("christmas", (12, 25)),
    ("new year's eve", (12, 31)), ("new years eve", (12, 31)), ("new year's day", (1, 1)),
    ("new years day", (1, 1)), ("independence day", (7, 4)), ("fourth of july", (7, 4)),
    ("halloween", (10, 31)), ("leap day", (2, 29)), ("valentine's day", (2, 14)),
]  # fmt: skip
_YEAR_ALONE = re.compile(r"(?<![\w-])" + _YEAR + r"(?![\w-])")
_SHORT_YEAR = re.compile(
    r"\b(?:in|of|from|since|during|back in) '?((?:[5-9]\d)|(?:[01]\d|2[0-5]))\b"
    r"(?!\s*(?:days?|hours?|minutes?|people|ppl|times|st|nd|rd|th|%)|\s*-\s*\d)"
)
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON = LazyPattern(r"\b(spring|summer|autumn|fall|winter)(?:\s+of)?\s+((?:19|20)\d{2})\b")
_SHORT_RANGE = LazyPattern(
    r"\b(?:in|of|from|during|back in|between) '?([5-9]\d)\s*(?:-|–|to|and)\s*'?([5-9]\d)\b"
    r"(?!\s*(?:days?|hours?|minutes?|people|ppl|times|%))"
)
_DECADE = re.compile(r"\b(?:the )?((?:19|20)\d)0'?s\b|\bthe '?([5-9])0s\b")
_DECADE_PAIR = re.compile(
    r"\b(?:the )?((?:19|20)\d)0'?s ?(?:and|to|through|-|–) ?(?:the )?(?:((?:19|20)\d)0|'?(\d)0)'?s\b"
)
_YEAR_RANGE = re.compile(
    r"\b(?:between |from )?" + _YEAR + r"\s*(?:-|–|to|and|through|until)\s*((?:19|20)?\d{2})\b"
)


_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TWO_DIGITS = (
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    rf"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:{_UNITS}))?)"
)
_DECADE_WORDS = r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"


_SPOKEN_YEAR = LazyPattern(
    rf"\b(?:(nineteen|twenty)[ -](?:({_TWO_DIGITS})|({_DECADE_WORDS})|oh[ -]({_UNITS}))"
    rf"|two thousand(?: and)?(?: ({_TWO_DIGITS}|{_UNITS}))?)\b(?![ -](?:hundred|thousand|{_UNITS})\b)",
    re.IGNORECASE,
)
_SPOKEN_VALUE = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split())}  # fmt: skip
_SPOKEN_VALUE |= {w: 10 * k for k, w in enumerate(
    "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}  # fmt: skip


def _spoken_value(words: str) -> int:
    return sum(_SPOKEN_VALUE[w] for w in re.split(r"[ -]", words.lower()))


def _year_said(m: re.Match) -> str:
    century, two, decade, unit, after_thousand = m.groups()
    if century is None:
        return str(2000 + (_spoken_value(after_thousand) if after_thousand else 0))
    base = 1900 if century.lower() == "nineteen" else 2000
    if decade:
        return f"{base + _spoken_value(decade[:-3] + 'y')}s"  # "sixties" -> "sixty" -> 1960s
    return str(base + _spoken_value(two or unit))


def spoken_years(text: str) -> str:
    """Years said aloud as digits, as a voice transcript gives them: "nineteen sixty one"
    is 1961, "twenty eighteen" 2018, "two thousand and one" 2001, "the nineteen nineties"
    the 1990s. "Twenty one days" is left alone: a century word needs a whole two-digit
    number after it, and "two thousand" with more units after it ("two thousand five
    hundred") is not a year."""
    if (
        "nineteen" not in text.lower()
        and "twenty" not in text.lower()
        and "thousand" not in text.lower()
    ):
        return text
    return _SPOKEN_YEAR.sub(_year_said, text)


def _day_without_year(t: str) -> bool:
    words = re.sub(r"[^\w\s]", " ", t).split()
    for i, w in enumerate(words):
        if w not in MONTHS:
            continue
        j = i - 2 if i > 1 and words[i - 1] == "of" else i - 1  # "the 4th of July"
        day_before = j >= 0 and words[j].rstrip("stndrh").isdigit()
        day_after = i + 1 < len(words) and words[i + 1].rstrip("stndrh").isdigit()
        year_after = any(len(x) == 4 and x.isdigit() for x in words[i + 1 : i + 3])
        if (day_before and not year_after) or (day_after and not any(
                len(x) == 4 and x.isdigit() for x in words[i + 2 : i + 4])):  # fmt: skip
            return True
    return False


def find_dates(text: str) -> list[DateSpan]:
    """All date expressions in `text` (lowercased raw question), most specific first."""
    t = spoken_years(text.lower().replace("’", "'"))
    spans: list[DateSpan] = []
    used: list[tuple[int, int]] = []

    def take(m: re.Match, start: date | None, end: date | None) -> None:
        if start is None or end is None:
            return
        if any(a < m.end() and m.start() < b for a, b in used):
            return
        used.append((m.start(), m.end()))
        spans.append(DateSpan(start, end, m.group(0)))

    for word, rx, fn in _HOLIDAYS:
        if word not in t:
            continue
        for m in rx.finditer(t):
            y = int(m.group(m.lastindex))
            mo, d, _ = fn(y)
            day = _safe(y, mo, d)
            take(m, day, day)
    for m in _ISO.finditer(t):
        day = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        take(m, day, day)
    for m in _DMY.finditer(t):
        day = _safe(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1)))
        take(m, day, day)
    for m in _MDY.finditer(t):
        day = _safe(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2)))
        take(m, day, day)
    for m in _DM_SHORT.finditer(t) if "'" in t else ():
        d1, mo1, mo2, d2, yy = m.groups()
        y = int(yy) + (1900 if int(yy) >= 50 else 2000)
        day = _safe(y, MONTHS[mo1 or mo2], int(d1 or d2))
        take(m, day, day)
    for m in _DOTTED.finditer(t) if "." in t else ():
        take(m, _safe(int(m.group(3)), int(m.group(2)), int(m.group(1))),
             _safe(int(m.group(3)), int(m.group(2)), int(m.group(1))))  # fmt: skip
    for m in _SLASHED.finditer(t) if "/" in t else ():
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:
            take(m, _safe(y, b, a), _safe(y, b, a))  # 25/06/1997
        elif b > 12 >= a:
            take(m, _safe(y, a, b), _safe(y, a, b))  # 06/25/1997
        # both 12 or under (12/04/1961): day or month first cannot be told; left unread
    for m in _WEEK.finditer(t) if "week" in t else ():
        y = int(m.group(3))
        if m.group(2):
            mo = MONTHS[m.group(2)]
            first, last = date(y, mo, 1), _month_end(date(y, mo, 1))
        else:
            first, last = date(y, 1, 1), date(y, 12, 31)
        if m.group(1) == "first":
            take(m, first, first + timedelta(days=6))
        else:
            take(m, last - timedelta(days=6), last)
    for m in _MY.finditer(t):
        if m.group(1) == "may" and not re.search(r"\bin may\b|\bmay\s+(19|20)\d\d", t):
            continue  # "may" is usually the verb
        first = date(int(m.group(2)), MONTHS[m.group(1)], 1)
        take(m, first, _month_end(first))
    for m in _MY_SHORT.finditer(t) if "'" in t or re.search(r"[a-z]\.? [3-9]\d\b", t) else ():
        yy = int(m.group(2) or m.group(3))
        first = date(1900 + yy if yy >= 50 else 2000 + yy, MONTHS[m.group(1)], 1)
        take(m, first, _month_end(first))
    for m in _SEASON.finditer(t):  # "in summer 1995": the northern season's months
        y, first = int(m.group(2)), _SEASONS[m.group(1)]
        start = date(y - (1 if first == 12 else 0), first, 1)
        end = _month_end(date(start.year + (start.month + 2 > 12), (start.month + 1) % 12 + 1, 1))
        take(m, start, end)
    for m in _SHORT_RANGE.finditer(t):  # "in 77-78": a winter, across two years
        a, b = int(m.group(1)), int(m.group(2))
        if b > a:
            take(m, date(1900 + a, 1, 1), date(1900 + b, 12, 31))
    for m in _SHORT_YEAR.finditer(t):
        yy = int(m.group(1))
        y = 1900 + yy if yy >= 50 else 2000 + yy
        take(m, date(y, 1, 1), date(y, 12, 31))
    for m in _DECADE_PAIR.finditer(t) if "0s" in t else ():  # "the 1960s and 70s": both
        y1 = int(m.group(1)) * 10
        y2 = int(m.group(2)) * 10 if m.group(2) else y1 // 100 * 100 + int(m.group(3)) * 10
        if y2 > y1:
            take(m, date(y1, 1, 1), date(y2 + 9, 12, 31))
    for m in _DECADE.finditer(t):
        y = int(m.group(1)) * 10 if m.group(1) else 1900 + int(m.group(2)) * 10
        take(m, date(y, 1, 1), date(y + 9, 12, 31))
    for m in _YEAR_RANGE.finditer(t):
        a, b = int(m.group(1)), m.group(2)
        y2 = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
        if y2 > a:
            take(m, date(a, 1, 1), date(y2, 12, 31))
    for m in _YEAR_ALONE.finditer(t):
        y = int(m.group(1))
        take(m, date(y, 1, 1), date(y, 12, 31))
    # (only where a month has a day number beside it and no year after: the pattern is not
    # compiled for the many questions that name a full date or a month alone)
    any_day = any(mo in t for mo in MONTHS) and _day_without_year(t)
    for m in _DM_ANY.finditer(t) if any_day else ():
        d1, mo1, mo2, d2 = m.groups()
        if mo2 == "may" and not re.search(r"\bmay\s+\d{1,2}(?:st|nd|rd|th)\b", t):
            continue  # "may 3 people…": the verb
        day = _safe(ANNUAL, MONTHS[mo1 or mo2], int(d1 or d2))
        take(m, day, day)
    for words, (mo, d) in _HOLIDAYS_ANY:
        for m in re.finditer(r"\b" + re.escape(words) + r"\b", t) if words in t else ():
            take(m, date(ANNUAL, mo, d), date(ANNUAL, mo, d))
    return spans
