"""Slash commands: /ask, /crew, /astronaut, /landing, /expedition, /aboard.

Each one parses, checks what was submitted (autocomplete choices are only suggestions),
builds the query from the ids it resolved (bot/qa/query.py: nothing is re-read from
English), and renders the answer. /ask alone hands its words to the engine.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from datetime import date

import discord
from discord import app_commands
from discord.ext import commands

from ..charts.make import ChartRequest
from ..qa import query as asked
from ..qa.answer import Answer
from ..qa.dates import DateSpan, find_dates
from ..qa.query import Query
from . import charts
from .client import SpaceBot, Store, log_event
from .embeds import PAGE_TIMEOUT, decline_text, reply_for
from .lookup import Catalog

SLOW_SECONDS = 1.5  # past this, defer: Discord drops a first response after 3 s (10062)
MAX_QUESTION = 500


async def in_time(interaction: discord.Interaction, work: Callable[[], Answer]) -> Answer:
    """Run `work` off the event loop; defer the response if it is not done in time."""
    task = asyncio.ensure_future(asyncio.to_thread(work))
    try:
        return await asyncio.wait_for(asyncio.shield(task), SLOW_SECONDS)
    except TimeoutError:
        await interaction.response.defer(thinking=True)
        return await task


async def send(interaction: discord.Interaction, **kwargs) -> None:
    if interaction.response.is_done():
        if kwargs.get("content") is None:
            kwargs.pop("content", None)  # a follow-up takes no content=None
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)


async def respond(interaction: discord.Interaction, answer: Answer, store: Store,
                  chart: ChartRequest | None = None) -> None:  # fmt: skip
    """An answer as an embed (paged if long), with its chart if it has one (see
    bot/cogs/charts.py); a decline as an ephemeral line of text."""
    if not answer.answered:
        await send(interaction, content=decline_text(answer), ephemeral=True)
        return
    settings = getattr(interaction.client, "settings", None)
    timeout = settings.page_timeout if settings is not None else PAGE_TIMEOUT
    reply = reply_for([answer], store.engine.facts, interaction.user.id, timeout=timeout)
    kwargs = reply.kwargs()
    embed = reply.embeds[0]
    drawing = charts.start(store, chart) if chart is not None else None
    got = await charts.ready(drawing, charts.slash_wait(interaction), chart) if drawing else None
    if got is not None:
        kwargs["file"], url = got
        embed.set_image(url=url)
    if reply.view is not None:
        reply.view.interaction = interaction  # its token takes the buttons off at the end
        # the chart's address even if it comes later (by an edit): pages keep showing it
        reply.view.image_url = f"attachment://{chart.stem}.png" if chart is not None else None
    await send(interaction, **kwargs)
    if drawing is not None and got is None and not charts.failed(drawing):
        charts.in_background(charts.attach_later(interaction, drawing, chart, embed))


def _choices(catalog: Catalog, current: str) -> list[app_commands.Choice[str]]:
    return [
        app_commands.Choice(name=n, value=v)
        for n, v in (x.choice for x in catalog.suggest(current))
    ]


def _not_found(kind: str, typed: str, catalog: Catalog) -> str:
    guesses = [n.name for n in catalog.did_you_mean(typed)]
    text = f"I have no {kind} called “{typed[:100]}” in my records."
    if guesses:
        text += " Did you mean: " + " · ".join(guesses) + "?"
    return text + " (Pick one from the list as you type.)"


def parse_day(text: str) -> DateSpan | None:
    """The day or period the user typed (`2015-01-01`, `1 January 2015`, `March 2015`)."""
    text = text.strip()
    try:
        day = date.fromisoformat(text)
        return DateSpan(day, day, text)
    except ValueError:
        pass
    spans = find_dates(text)
    return spans[0] if spans else None


class Ask(commands.Cog):
    def __init__(self, bot: SpaceBot):
        self.bot = bot

    async def _answer(self, interaction: discord.Interaction, question: str | Query, store: Store,
                      key=None, charts_of: tuple[str, ...] = ("aboard",)) -> None:  # fmt: skip
        started = time.perf_counter()
        context = self.bot.contexts.get(key) if key is not None else None
        if isinstance(question, Query):
            query = question
            answer = await in_time(interaction, lambda: store.engine.answer_query(query, context))
            question = query.raw
        else:
            text = question
            answer = await in_time(interaction, lambda: store.engine.ask(text, context))
        if key is not None:
            self.bot.contexts.put(key, answer.context)
        await respond(interaction, answer, store, charts.chart_for(answer, question, charts_of))
        log_event("slash", command=interaction.command.name if interaction.command else None,
                  user=interaction.user.id, guild=interaction.guild_id, intent=answer.intent,
                  answered=answer.answered, ms=f"{(time.perf_counter() - started) * 1000:.1f}")  # fmt: skip

    async def _about(self, interaction: discord.Interaction, kind: str, typed: str,
                     make: Callable[[str, str], Query], charts_of: tuple[str, ...] = ()) -> None:  # fmt: skip
        store = self.bot.store
        catalog: Catalog = getattr(store.lookup, kind)
        named = catalog.resolve(typed)
        if named is None:
            label = {"flights": "flight", "people": "astronaut", "stations": "station"}[kind]
            await send(interaction, content=_not_found(label, typed, catalog), ephemeral=True)
            return
        await self._answer(interaction, make(named.id, named.name), store, charts_of=charts_of)

    # ------------------------------------------------------------------ commands

    @app_commands.command(
        name="ask", description="Ask about space-station crews, flights and landings"
    )
    @app_commands.describe(question="e.g. Who flew on Soyuz TMA-14M? When did Expedition 42 end?")
    async def ask(self, interaction: discord.Interaction,
                  question: app_commands.Range[str, 1, MAX_QUESTION]) -> None:  # fmt: skip
        key = ("slash", interaction.channel_id, interaction.user.id)
        await self._answer(interaction, " ".join(question.split()), self.bot.store, key)

    @app_commands.command(name="crew", description="Who flew on a flight")
    @app_commands.describe(flight="The flight, e.g. Soyuz TMA-14M (start typing to pick)")
    async def crew(self, interaction: discord.Interaction,
                   flight: app_commands.Range[str, 1, 100]) -> None:  # fmt: skip
        await self._about(interaction, "flights", flight, asked.crew_query)

    @app_commands.command(name="landing", description="When and where a flight landed")
    @app_commands.describe(flight="The flight, e.g. Soyuz TMA-14M (start typing to pick)")
    async def landing(self, interaction: discord.Interaction,
                      flight: app_commands.Range[str, 1, 100]) -> None:  # fmt: skip
        await self._about(interaction, "flights", flight, asked.landing_query)

    @app_commands.command(name="astronaut", description="An astronaut's or cosmonaut's flights")
    @app_commands.describe(name="The person, e.g. Elena Serova (start typing to pick)")
    async def astronaut(self, interaction: discord.Interaction,
                        name: app_commands.Range[str, 1, 100]) -> None:  # fmt: skip
        await self._about(interaction, "people", name, asked.person_query_of, charts_of=("person",))

    @app_commands.command(name="expedition", description="Who was on a station expedition")
    @app_commands.describe(number="The expedition number, e.g. 42",
                           station="The station (default: the ISS)")  # fmt: skip
    async def expedition(self, interaction: discord.Interaction,
                         number: app_commands.Range[int, 1, 999],
                         station: app_commands.Range[str, 1, 100] | None = None) -> None:  # fmt: skip
        store = self.bot.store
        where = store.lookup.stations.resolve(station or "iss")
        if where is None:
            await send(interaction, content=_not_found("station", station or "", store.lookup.stations),
                       ephemeral=True)  # fmt: skip
            return
        e = store.lookup.expeditions.get((where.id, number))
        if e is None:
            known = sorted(n for s, n in store.lookup.expeditions if s == where.id)
            span = f" I know Expeditions {known[0]} to {known[-1]}." if known else ""
            await send(interaction, content=f"I have no record of {where.name} Expedition {number}.{span}",
                       ephemeral=True)  # fmt: skip
            return
        await self._answer(interaction, asked.expedition_query(e.id, e.name), store,
                           charts_of=("expedition",))  # fmt: skip

    @app_commands.command(name="aboard", description="Who was aboard a space station on a date")
    @app_commands.describe(date="A date, e.g. 2015-01-01 or 1 January 2015",
                           station="The station (default: every station)")  # fmt: skip
    async def aboard(self, interaction: discord.Interaction,
                     date: app_commands.Range[str, 1, 60],
                     station: app_commands.Range[str, 1, 100] | None = None) -> None:  # fmt: skip
        store = self.bot.store
        when = parse_day(date)
        if when is None:
            await send(interaction, content=f"I couldn't read “{date[:60]}” as a date. Try 2015-01-01 "
                       "or 1 January 2015.", ephemeral=True)  # fmt: skip
            return
        sid, where = "", ""
        if station:
            named = store.lookup.stations.resolve(station)
            if named is None:
                await send(interaction, content=_not_found("station", station, store.lookup.stations),
                           ephemeral=True)  # fmt: skip
                return
            sid, where = named.id, named.name
        await self._answer(interaction, asked.aboard_query(when, sid, where), store)

    @app_commands.command(
        name="spacewalk", description="Spacewalks: a person's, or those on a date"
    )
    @app_commands.describe(name="The person, e.g. Christina Koch (start typing to pick)",
                           date="Or a date or month, e.g. 2019-10-18 or March 2015")  # fmt: skip
    async def spacewalk(self, interaction: discord.Interaction,
                        name: app_commands.Range[str, 1, 100] | None = None,
                        date: app_commands.Range[str, 1, 60] | None = None) -> None:  # fmt: skip
        if name:
            await self._about(interaction, "people", name,
                              lambda pid, label: asked.spacewalks_query(pid, label))  # fmt: skip
            return
        when = parse_day(date) if date else None  # "on 2019-10-18", "in March 2015"
        if when is None:
            await send(interaction, content="Give a person or a date, e.g. /spacewalk name: "
                       "Christina Koch, or /spacewalk date: 2019-10-18.", ephemeral=True)  # fmt: skip
            return
        await self._answer(interaction, asked.spacewalks_query(span=when), self.bot.store)

    # ------------------------------------------------------------------ autocomplete
    # No I/O and no defer (autocomplete cannot be deferred): a catalog search, then reply.

    @crew.autocomplete("flight")
    @landing.autocomplete("flight")
    async def _flights(self, interaction: discord.Interaction, current: str):
        return _choices(self.bot.store.lookup.flights, current)

    @astronaut.autocomplete("name")
    @spacewalk.autocomplete("name")
    async def _people(self, interaction: discord.Interaction, current: str):
        return _choices(self.bot.store.lookup.people, current)

    @expedition.autocomplete("station")
    @aboard.autocomplete("station")
    async def _stations(self, interaction: discord.Interaction, current: str):
        return _choices(self.bot.store.lookup.stations, current)

    @expedition.autocomplete("number")
    async def _numbers(self, interaction: discord.Interaction, current: str):
        lookup = self.bot.store.lookup
        where = lookup.stations.resolve(getattr(interaction.namespace, "station", None) or "iss")
        return [app_commands.Choice(name=n, value=v)
                for n, v in lookup.expedition_numbers(where.id if where else "iss", current)]  # fmt: skip


async def setup(bot: SpaceBot) -> None:
    await bot.add_cog(Ask(bot))
    asyncio.get_running_loop().run_in_executor(None, charts.warm_up)
