"""The questions in a long chat message: split it into sentences and keep those that ask.

People write context first and the question last ("I was reading about the early ISS
crews ... Who flew on Soyuz TMA-14M?"), so a forum post or a mention is not one question
but a paragraph that contains one or more. This finds them anywhere in the message, in
order, each with the text just before it (for a question like "who flew on it?" whose
subject is in the sentence before). Plain functions; no discord import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_MESSAGE = 4000  # Discord's longest message (Nitro users); the rest is not read
MAX_QUESTIONS = 3  # at most this many questions are answered from one message
WINDOW = 1000  # characters of a question plus the text just before it

# Words after which a "." does not end a sentence: "e.g. Soyuz", "Dr. Serova", "No. 42".
_ABBREVIATIONS = {
    "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "st", "no", "nos", "approx", "ca",
    "jr", "sr", "lt", "col", "gen", "capt", "cmdr", "cdr", "maj", "sgt", "prof", "u.s",
    "u.s.a", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "mt", "fig", "vol", "est",
}  # fmt: skip
# A sentence ends at ?, ! or . (runs of them too) before a space, or at a CJK full stop,
# question or exclamation mark even without a space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|[。？！]+")
_TRAILING = " \t\"'”’»)]}*_~`"
_LEADING = " \t\"'“‘«([{*_~`>-•"

# Sentences that start like a question (or a request for facts), without a "?".
_ASKING_START = re.compile(
    r"(?:(?:so|and|but|also|ok|okay|hey|hi|hello|well|then|now|plus|or)\b[\s,]*)*"
    r"(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|has|have|"
    r"had|can|could|would|will|list|name\s+(?:the|all|every|each)|tell\s+me|show\s+me|"
    r"give\s+me|кто|что|когда|где|какой|какая|какие|каких|каким|сколько|как|почему|чей|чья)\b",
    re.IGNORECASE,
)
_CJK_QUESTION = re.compile(r"谁|什么|何时|哪|几|多少|[吗呢]\s*$")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # where it starts in the (cleaned) message


@dataclass(frozen=True)
class Questions:
    """What a message asks: `chosen` are the questions to answer (at most `limit`, the
    last ones when there are more), `asked` how many question sentences it has in all,
    and `windows[i]` is `chosen[i]` with the text just before it, back to the question
    before it at most (for a subject named in the sentence before)."""

    chosen: list[str] = field(default_factory=list)
    windows: list[str] = field(default_factory=list)
    asked: int = 0

    @property
    def skipped(self) -> int:
        return self.asked - len(self.chosen)


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of `text`, in order: a line break always ends one; so do `?`, `!`,
    `。` and a `.` that is not an abbreviation, an initial or a number's decimal point."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n\r]+", text):
        begin = line.start()
        for end in _END.finditer(line.group()):
            stop = line.start() + end.end()
            piece = text[begin:stop]
            if end.group().startswith(".") and _abbreviated(piece):
                continue
            _add(out, text, begin, stop)
            begin = stop
        _add(out, text, begin, line.end())
    return out


def _abbreviated(piece: str) -> bool:
    """Whether the `.` ending `piece` belongs to an abbreviation or an initial."""
    last = piece.rstrip(".").rsplit(None, 1)[-1] if piece.strip(". ") else ""
    last = last.lstrip(_LEADING)
    if last.lower() in _ABBREVIATIONS:
        return True
    return len(last) == 1 and last.isupper()  # an initial: "S. Cristoforetti"


def _add(out: list[Sentence], text: str, begin: int, stop: int) -> None:
    piece = text[begin:stop]
    stripped = piece.strip()
    if stripped:
        out.append(Sentence(stripped, begin + piece.index(stripped[0])))


def is_question(sentence: str) -> bool:
    """Ends in a question mark, or starts with a question word ("who", "when", "list")."""
    text = sentence.strip().rstrip(_TRAILING)
    if text.endswith(("?", "？")):
        return True
    text = text.lstrip(_LEADING)
    return bool(_ASKING_START.match(text) or _CJK_QUESTION.search(text))


def find_questions(text: str, limit: int = MAX_QUESTIONS, window: int = WINDOW) -> Questions:
    """The questions in a message of up to `MAX_MESSAGE` characters (see `Questions`)."""
    text = text[:MAX_MESSAGE]
    sentences = [s for s in split_sentences(text) if is_question(s.text)]
    chosen = sentences[-limit:] if limit > 0 else []
    windows = []
    for s in chosen:
        end = s.start + len(s.text)
        at = sentences.index(s)
        # the text before it, back to the question before it (which is answered on its own)
        after_previous = sentences[at - 1].start + len(sentences[at - 1].text) if at else 0
        before = text[max(after_previous, end - window) : end]
        windows.append(" ".join(before.split()))
    return Questions([" ".join(s.text.split()) for s in chosen], windows, len(sentences))
