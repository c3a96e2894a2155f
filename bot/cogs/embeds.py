"""An `Answer` as a Discord embed, and the buttons that page through long lists.

Title, the one-line answer, fields for dates, site and crew, and the first source in the
footer (the title links to it too). Declines and "did you mean" are plain text, sent
ephemeral by the slash commands.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass, field

import discord

from ..qa.answer import Answer
from ..store.facts import Facts
from ..store.when import Instant, parse_instant

log = logging.getLogger("spacebot.discord")

PAGE_SIZE = 10  # list items per page
PAGE_TIMEOUT = 600.0  # seconds the page buttons stay alive (interaction tokens live 15 min)
# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
DESCRIPTION_CHARS = 4096
FIELD_CHARS = 1024
MAX_FIELDS = 25
MESSAGE_CHARS = 6000  # all the embeds of one message together
MAX_EMBEDS = 10
ANSWERED = discord.Colour(0x2B6CB0)
DECLINED = discord.Colour(0x718096)

_CREW_KEYS = (
    ("launch_crew", "Crew"),
    ("landing_crew", "Landing crew"),
    ("members", "Crew"),
    ("crewmates", "Crewmates"),
    ("aboard", "Aboard"),
)


def clip(text: str, limit: int) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def when_text(instant: Instant | None) -> str | None:
    """`12 Mar 2015, 02:07 UTC` plus a Discord timestamp each reader sees in local time."""
    if instant is None:
        return None
    if not instant.has_time:
        return f"{instant.dt.day} {instant.dt:%b %Y}"
    stamp = int(instant.dt.timestamp())
    return f"{instant.dt.day} {instant.dt:%b %Y, %H:%M} UTC\n<t:{stamp}:f>"


def _names(facts: Facts | None, ids) -> list[str]:
    if not isinstance(ids, list | tuple):
        return []
    people = facts.people if facts else {}
    return [people[i].name if i in people else str(i) for i in ids]


def _fields(answer: Answer, facts: Facts | None) -> list[tuple[str, str, bool]]:
    """(name, value, inline) for the facts behind the answer that a reader scans for."""
    got = answer.facts or {}
    out: list[tuple[str, str, bool]] = []
    flight = (
        facts.flights.get(got.get("flight"))
        if facts and isinstance(got.get("flight"), str)
        else None
    )
    expedition = (
        facts.expeditions.get(got.get("expedition"))
        if facts and isinstance(got.get("expedition"), str)
        else None
    )
    launch = parse_instant(got["launch_utc"]) if isinstance(got.get("launch_utc"), str) else None
    landing = parse_instant(got["landing_utc"]) if isinstance(got.get("landing_utc"), str) else None
    if flight is not None:
        launch = launch or flight.launch
        landing = landing or flight.landing
    for label, instant in (("Launch", launch), ("Landing", landing)):
        if text := when_text(instant):
            out.append((label, text, True))
    site = got.get("landing_site") or (flight.landing_site if flight and landing else "")
    if site:
        out.append(("Landing site", str(site), True))
    if expedition is not None:
        for label, instant in (("Start", expedition.start), ("End", expedition.end)):
            if text := when_text(instant):
                out.append((label, text, True))
    if isinstance(got.get("date"), str):
        out.append(("Date", got["date"], True))
    if not answer.items:
        for key, label in _CREW_KEYS:
            value = got.get(key)
            if key == "landing_crew" and value == got.get("launch_crew"):
                continue
            if isinstance(value, dict):  # station id -> people
                for sid, ids in value.items():
                    name = facts.stations[sid].name if facts and sid in facts.stations else sid
                    if names := _names(facts, ids):
                        out.append((f"{label} {name}", ", ".join(names), False))
            elif names := _names(facts, value):
                out.append((label, ", ".join(names), False))
    if isinstance(got.get("flights"), list) and facts:
        names = [facts.flights[f].name if f in facts.flights else f for f in got["flights"]]
        out.append(("Flights", ", ".join(names), False))
    return out


def _item_chunks(items: list[str], size: int, chars: int) -> list[list[str]]:
    """`items` cut into pages of at most `size` lines whose bullet list fits in `chars`
    (a field value), so that no item is ever clipped off a page."""
    out: list[list[str]] = []
    page: list[str] = []
    used = 0
    for item in items:
        line = f"• {clip(item, chars - 2)}"
        if page and (len(page) >= size or used + 1 + len(line) > chars):
            out.append(page)
            page, used = [], 0
        page.append(item)
        used += len(line) + (1 if used else 0)
    if page:
        out.append(page)
    return out


def _text_chunks(text: str, limit: int) -> list[str]:
    """`text` cut at line, sentence or word ends into pieces of at most `limit`."""
    out: list[str] = []
    text = text or ""
    while len(text) > limit:
        cut = max(text.rfind(sep, 0, limit) for sep in ("\n", ". ", "; ", ", ", " "))
        cut = cut + 1 if cut > limit // 2 else limit
        out.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    return [*out, text] if text or not out else out


def pages(answer: Answer, size: int | None = None, facts: Facts | None = None) -> int:
    """How many pages `answer` takes as one message's embed."""
    return len(answer_pages(answer, facts, size=size))


def answer_embed(answer: Answer, facts: Facts | None = None, page: int = 0) -> discord.Embed:
    """Page `page` (from 0; clamped) of `answer` as an embed."""
    embeds = answer_pages(answer, facts)
    return embeds[max(0, min(page, len(embeds) - 1))]


def answer_pages(answer: Answer, facts: Facts | None = None, budget: int = MESSAGE_CHARS,
                 size: int | None = None) -> list[discord.Embed]:  # fmt: skip
    """Every page of `answer`, each an embed within Discord's limits and `budget` characters
    (what this embed may use of the message's 6,000): the list `items` `size` lines a page
    (PAGE_SIZE by default), and a text too long for one description cut over pages."""
    size = size or PAGE_SIZE
    base, list_at = _base_embed(answer, facts)
    list_chars = max(200, min(FIELD_CHARS, budget // 4))
    chunks = _item_chunks(answer.items, size, list_chars) if answer.items else []
    rest = len(base) - len(base.description or "") + (list_chars + 40 if chunks else 0)
    text_chunks = _text_chunks(answer.text, max(500, min(DESCRIPTION_CHARS, budget - rest)))
    label = "Crew" if "members" in (answer.facts or {}) else "List"
    total = len(answer.items)
    out = []
    first = 0
    for page in range(max(1, len(chunks), len(text_chunks))):
        embed = discord.Embed.from_dict(copy.deepcopy(base.to_dict()))  # .copy() shares fields
        if page < len(text_chunks):
            embed.description = text_chunks[page]
        elif len(text_chunks) == 1:
            embed.description = text_chunks[0]  # a short answer stays above every page
        else:
            embed.description = "(continued)"
        if page < len(chunks):
            chunk = chunks[page]
            name = (
                label
                if total == len(chunk)
                else f"{label} ({first + 1}-{first + len(chunk)} of {total})"
            )
            first += len(chunk)
            value = "\n".join(f"• {clip(i, list_chars - 2)}" for i in chunk)
            embed.insert_field_at(list_at, name=name, value=value, inline=False)
        out.append(fit(embed, budget))
    return out


def _base_embed(answer: Answer, facts: Facts | None) -> tuple[discord.Embed, int]:
    """The parts of `answer`'s embed that every page shows, and where among its fields a
    page's list goes."""
    embed = discord.Embed(
        title=clip(answer.title or ("Answer" if answer.answered else "Not sure"), 256),
        description=clip(answer.text, DESCRIPTION_CHARS),
        colour=ANSWERED if answer.answered else DECLINED,
        url=answer.sources[0] if answer.sources and answer.sources[0].startswith("http") else None,
    )
    fields = _fields(answer, facts)
    shown = {name for name, _, _ in fields}
    for name, value, inline in fields:
        embed.add_field(name=clip(name, 256), value=clip(value, FIELD_CHARS), inline=inline)
    list_at = len(embed.fields)
    details = [
        d for d in answer.details
        if not (d.startswith("Launch:") and "Launch" in shown or d.startswith("Landing:") and "Landing" in shown)
    ]  # fmt: skip
    if details:
        embed.add_field(name="Details", value=clip("\n".join(details), 1024), inline=False)
    if answer.suggestions:
        embed.add_field(
            name="Did you mean", value=clip("\n".join(answer.suggestions), 1024), inline=False
        )
    footer = [f"Read as: {answer.interpretation}"] if answer.interpretation else []
    if answer.sources:
        more = f" (+{len(answer.sources) - 1} more)" if len(answer.sources) > 1 else ""
        footer.append(f"Source: {answer.sources[0]}{more}")
    if footer:  # small print: a misreading shows at once, and where the facts come from
        embed.set_footer(text=clip("\n".join(footer), 2048))
    return embed, list_at


def fit(embed: discord.Embed, budget: int = MESSAGE_CHARS) -> discord.Embed:
    """`embed` cut to Discord's limits: 25 fields, and at most `budget` characters in all
    (the message's 6,000 shared by its embeds). What goes first: the Details and "did you
    mean" fields, then the footer, then the description, then fields from the last."""
    while len(embed.fields) > MAX_FIELDS:
        embed.remove_field(len(embed.fields) - 1)
    for name in ("Details", "Did you mean"):
        over = len(embed) - budget
        at = next((i for i, f in enumerate(embed.fields) if f.name == name), None)
        if over <= 0 or at is None:
            continue
        value = embed.fields[at].value or ""
        if len(value) - over >= 40:
            embed.set_field_at(at, name=name, value=clip(value, len(value) - over), inline=False)
        else:
            embed.remove_field(at)
    over = len(embed) - budget
    if over > 0 and embed.footer.text:
        embed.remove_footer()
    over = len(embed) - budget
    if over > 0 and embed.description:
        embed.description = clip(embed.description, max(1, len(embed.description) - over))
    while len(embed) > budget and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    return embed


def decline_text(answer: Answer) -> str:
    """A decline or "did you mean" as one short message."""
    lines = [answer.text]
    if answer.suggestions:
        lines.append("Did you mean: " + " · ".join(answer.suggestions[:3]))
    return clip("\n".join(lines), 2000)


def decline_embed(answer: Answer, budget: int = MESSAGE_CHARS) -> discord.Embed:
    """A decline beside other answers in one message: the question and why not."""
    embed = discord.Embed(
        title=clip(answer.question or "Not sure", 256),
        description=decline_text(answer),
        colour=DECLINED,
    )
    return fit(embed, budget)


class Pager(discord.ui.View):
    """Previous / Next buttons over one answer's pages; only the asker can turn them.

    The message may hold other embeds (answers to the other questions of the same
    message): `embeds` is all of them and `at` the one that pages."""

    def __init__(self, pages: list[discord.Embed], owner_id: int, timeout: float = PAGE_TIMEOUT,
                 embeds: list[discord.Embed] | None = None, at: int = 0):  # fmt: skip
        super().__init__(timeout=timeout)
        self.embeds_pages = pages
        self.owner_id = owner_id
        self.embeds = list(embeds) if embeds else [pages[0]]
        self.at = at
        self.page = 0
        self.pages = len(pages)
        self.message: discord.Message | None = None  # the chat reply it is attached to
        # the interaction whose token edits the message (a slash command's, then the
        # latest click's: each lives 15 minutes), to take the buttons off at the end
        self.interaction: discord.Interaction | None = None
        self.image_url: str | None = None  # an attached image (a chart), kept on every page
        self._refresh()

    def _refresh(self) -> None:
        self.previous.disabled = self.page <= 0
        self.next.disabled = self.page >= self.pages - 1
        self.counter.label = f"{self.page + 1}/{self.pages}"

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "Only the person who asked can turn these pages.", ephemeral=True
            )
            return False
        return True

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.page = max(0, min(self.page + step, self.pages - 1))
        self._refresh()
        embed = self.embeds_pages[self.page]
        if self.image_url:
            embed.set_image(url=self.image_url)
        self.embeds[self.at] = embed
        if self.message is None:
            self.interaction = interaction
        await interaction.response.edit_message(embeds=self.embeds, view=self)

    @discord.ui.button(label="Previous", emoji="◀", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        pass  # a label, never enabled

    @discord.ui.button(label="Next", emoji="▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await self._turn(interaction, 1)

    async def on_timeout(self) -> None:
        """Take the buttons off: nobody can turn the pages any more."""
        try:
            if self.message is not None:
                await self.message.edit(view=None)
            elif self.interaction is not None:
                await self.interaction.edit_original_response(view=None)
        except discord.HTTPException as e:
            log.info("page_buttons_not_removed status=%s code=%s", e.status, e.code)


@dataclass
class Reply:
    """One message answering one or more questions: a note, the embeds, the page buttons."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    view: Pager | None = None

    def kwargs(self) -> dict:
        """Keyword arguments for send / edit (None content and [] embeds clear them)."""
        out: dict = {"content": self.content, "embeds": self.embeds}
        if self.view is not None:
            out["view"] = self.view
        return out


def reply_for(answers: list[Answer], facts: Facts | None, owner_id: int, note: str = "",
              timeout: float = PAGE_TIMEOUT) -> Reply:  # fmt: skip
    """The message for `answers` (one per question asked): an embed each, sharing the
    message's 6,000 characters, and buttons over the first answer that takes more than
    one page. A single decline is plain text, as before."""
    answers = answers[:MAX_EMBEDS]
    if len(answers) == 1 and not answers[0].answered:
        text = f"{note}\n{decline_text(answers[0])}" if note else decline_text(answers[0])
        return Reply(clip(text, 2000))
    budget = MESSAGE_CHARS // max(1, len(answers))
    rendered = [
        answer_pages(a, facts, budget) if a.answered else [decline_embed(a, budget)]
        for a in answers
    ]
    embeds = [r[0] for r in rendered]
    paged = next((i for i, r in enumerate(rendered) if len(r) > 1), None)
    view = None
    if paged is not None:
        view = Pager(rendered[paged], owner_id, timeout, embeds, paged)
    return Reply(clip(note, 2000) or None, embeds, view)


def pager_for(answer: Answer, facts: Facts | None, owner_id: int,
              timeout: float = PAGE_TIMEOUT) -> Pager | None:  # fmt: skip
    """Page buttons for one answer on its own, if it takes more than one page."""
    embeds = answer_pages(answer, facts)
    return Pager(embeds, owner_id, timeout) if len(embeds) > 1 else None
