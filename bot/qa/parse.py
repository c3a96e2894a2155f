"""Reading a linked question into a `Query`, accounting for every word.

Spans are claimed in order: entities (linking.py), dates (dates.py), lexicon phrases
(longest first), filler. What is left is `unparsed`; the engine declines a question whose
unparsed words could change its meaning, naming them, instead of answering part of it.

Clauses: "who commanded soyuz ms-09 and when did it land?" is two parts sharing one
subject; a new part starts at a question word once the current one asks something.
"""

from __future__ import annotations

from ..store.names import fold
from .dates import find_dates
from .lexicon import AUXILIARIES, FILLER, MAX_PHRASE, PHRASES, QUESTION_WORDS, SOFT, Word
from .linking import Linked
from .query import Part, Query, When

_BEFORE = {"before", "until", "by", "prior", "up", "as", "till", "through", "of"}
_AFTER = {"after", "since", "from", "later"}
_KIND_OF_MENTION = {
    "people": "people",
    "flights": "flights",
    "expeditions": "expeditions",
    "stations": "stations",
    "modules": "modules",
    "spacecraft": "spacecraft",
}


def _find(tokens: list[str], words: list[str], used: list[bool]) -> int:
    n = len(words)
    for i in range(len(tokens) - n + 1):
        if tokens[i : i + n] == words and not any(used[i : i + n]):
            return i
    return -1


def parse(raw: str, linked: Linked) -> Query:
    """The query a question asks. Pure: the same words always give the same query."""
    tokens = linked.tokens
    q = Query(raw=raw, tokens=list(tokens))
    used = [False] * len(tokens)
    slots: list[tuple[int, Word]] = []  # (position, word) in question order

    for m in linked.mentions:
        for k in range(m.start, m.end):
            used[k] = True
        if m.kind == "people" and len(m.ids) > 1:
            continue  # ambiguous: the engine resolves it
        target = getattr(q, _KIND_OF_MENTION[m.kind])
        for i in m.ids:
            if i not in target:
                target.append(i)
        slots.append((m.start, Word("entity", m.kind)))

    for span in find_dates(raw):
        words = [w for w in fold(span.text).split() if w != "s"]
        words = [w for w in words if w not in ("between", "from")] or words
        i = _find(tokens, words, used)
        if i < 0:
            continue
        for k in range(i, i + len(words)):
            used[k] = True
        op = "in"
        j = i - 1
        while j >= 0 and tokens[j] in ("the", "of", "on", "in", "end", "start"):
            j -= 1
        before = tokens[j] if j >= 0 else ""
        if before in _BEFORE and not (before == "of" and j >= 1 and tokens[j - 1] != "as"):
            op = "before"
            used[j] = True
            if before in ("as", "up", "prior") and j + 1 < len(tokens):
                used[j + 1] = True
        elif before in _AFTER:
            op = "after"
            used[j] = True
        q.dates.append(When(span, op))
        slots.append((i, Word("date", op)))

    i = 0
    n = len(tokens)
    while i < n:
        if used[i]:
            i += 1
            continue
        for size in range(min(MAX_PHRASE, n - i), 0, -1):
            key = tuple(tokens[i : i + size])
            if any(used[i : i + size]):
                continue
            words = PHRASES.get(key)
            if words:
                for k in range(i, i + size):
                    used[k] = True
                slots.extend((i, w) for w in words)
                i += size
                break
        else:
            t = tokens[i]
            if t in QUESTION_WORDS or t in AUXILIARIES:
                slots.append((i, Word("qword", t)))
            elif t.isdigit():
                slots.append((i, Word("number", int(t))))
            elif t not in FILLER and t not in SOFT:
                q.unparsed.append(t)
            used[i] = True
            i += 1

    slots.sort(key=lambda s: s[0])
    _fill(q, slots, tokens)
    return q


def _fill(q: Query, slots: list[tuple[int, Word]], tokens: list[str]) -> None:
    part = Part()
    parts = [part]
    prev_was_and = False
    first_word = tokens[0] if tokens else ""
    q.agg = "yesno" if first_word in AUXILIARIES and first_word not in ("can", "could") else "one"
    pronouns: set[str] = set()
    for _pos, w in slots:
        k, v = w.kind, w.value
        if k == "qword":
            if v in ("who", "when", "where", "whom", "whose") and part.asks and (
                prev_was_and or part.events or part.roles
            ):
                part = Part()
                parts.append(part)
            if v in ("who", "whom", "whose"):
                part.asks.add("who")
            elif v == "when":
                part.asks.add("when")
            elif v == "where":
                part.asks.add("where")
            if v in QUESTION_WORDS and q.agg == "yesno":
                q.agg = "one"  # "did they say who ..." is not a yes/no question
        elif k == "ask":
            if v in ("who", "when", "where") and part.asks and (prev_was_and or part.events):
                part = Part()
                parts.append(part)
            part.asks.add(v)
        elif k == "event":
            part.events.add(v)
        elif k == "role":
            part.roles.add(v)
        elif k == "nat":
            q.nat.add(v)
        elif k == "sex":
            q.sex = v
        elif k == "kind":
            q.kinds.add(v)
        elif k == "program":
            q.programs.add(v)
        elif k == "rank":
            if not (q.rank and v == "most"):  # "the most recent" is a rank already
                q.rank = v if not q.rank or v != "first" else q.rank
        elif k == "agg":
            if v == "count":
                q.agg = "count"
            elif v == "list" and q.agg not in ("count",):
                q.agg = "list"
        elif k == "cmp":
            if v == "or":
                q.compare = q.compare or "or"
            else:
                q.compare = v
        elif k == "flag":
            q.uncrewed = True
        elif k == "live":
            q.live = True
        elif k == "station":
            q.any_station = True
        elif k == "pron":
            pronouns.add(v)
        elif k == "number":
            part.asks.add("number")
            q.unparsed.append(str(v))  # a bare number is understood only in context
        prev_was_and = k == "conj"
    q.parts = [p for p in parts if p] or [Part()]
    # "when and where did it land": a clause without an event borrows its neighbour's
    for a, b in zip(q.parts, q.parts[1:], strict=False):
        if not a.events and b.events:
            a.events |= b.events
        elif not b.events and a.events and not b.roles:
            b.events |= a.events
    q.pronouns = pronouns
    if q.rank == "most" and q.agg == "count":
        q.rank = ""
