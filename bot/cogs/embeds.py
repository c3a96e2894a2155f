"""An `Answer` as a Discord embed, and the buttons that page through long lists.

Title, the one-line answer, fields for dates, site and crew, and the first source in the
footer (the title links to it too). Declines and "did you mean" are plain text, sent
ephemeral by the slash commands.
"""

from __future__ import annotations

import logging

import discord

from ..qa.answer import Answer
from ..store.facts import Facts
from ..store.when import Instant, parse_instant

log = logging.getLogger("spacebot.discord")

PAGE_SIZE = 10  # list items per page
PAGE_TIMEOUT = 600.0  # seconds the page buttons stay alive (interaction tokens live 15 min)
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


def pages(answer: Answer, size: int | None = None) -> int:
    size = size or PAGE_SIZE
    return max(1, -(-len(answer.items) // size))


def answer_embed(answer: Answer, facts: Facts | None = None, page: int = 0) -> discord.Embed:
    embed = discord.Embed(
        title=clip(answer.title or ("Answer" if answer.answered else "Not sure"), 256),
        description=clip(answer.text, 4096),
        colour=ANSWERED if answer.answered else DECLINED,
        url=answer.sources[0] if answer.sources and answer.sources[0].startswith("http") else None,
    )
    fields = _fields(answer, facts)
    shown = {name for name, _, _ in fields}
    for name, value, inline in fields:
        embed.add_field(name=clip(name, 256), value=clip(value, 1024), inline=inline)
    if answer.items:
        size = PAGE_SIZE
        page = max(0, min(page, pages(answer) - 1))
        chunk = answer.items[page * size : (page + 1) * size]
        label = "Crew" if "members" in (answer.facts or {}) else "List"
        total = len(answer.items)
        if total > size:
            label += f" ({page * size + 1}-{page * size + len(chunk)} of {total})"
        embed.add_field(
            name=label, value=clip("\n".join(f"• {i}" for i in chunk), 1024), inline=False
        )
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
    if answer.sources:
        more = f" (+{len(answer.sources) - 1} more)" if len(answer.sources) > 1 else ""
        embed.set_footer(text=clip(f"Source: {answer.sources[0]}{more}", 2048))
    return embed


def decline_text(answer: Answer) -> str:
    """A decline or "did you mean" as one short message."""
    lines = [answer.text]
    if answer.suggestions:
        lines.append("Did you mean: " + " · ".join(answer.suggestions[:3]))
    return clip("\n".join(lines), 2000)


class Pager(discord.ui.View):
    """Previous / Next buttons over `answer.items`; only the asker can turn the pages."""

    def __init__(self, answer: Answer, facts: Facts | None, owner_id: int):
        super().__init__(timeout=PAGE_TIMEOUT)
        self.answer, self.facts, self.owner_id = answer, facts, owner_id
        self.page = 0
        self.pages = pages(answer)
        self.message: discord.Message | None = None
        self.interaction: discord.Interaction | None = None
        self.image_url: str | None = None  # the attached chart, kept on every page
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
        embed = answer_embed(self.answer, self.facts, self.page)
        if self.image_url:
            embed.set_image(url=self.image_url)
        await interaction.response.edit_message(embed=embed, view=self)

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
        try:
            if self.interaction is not None:
                await self.interaction.edit_original_response(view=None)
            elif self.message is not None:
                await self.message.edit(view=None)
        except discord.HTTPException:
            pass


def pager_for(answer: Answer, facts: Facts | None, owner_id: int) -> Pager | None:
    return Pager(answer, facts, owner_id) if pages(answer) > 1 else None
