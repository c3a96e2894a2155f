"""Forum-style chat: answer forum posts in their thread, follow-ups with the thread's context,
mentions in text channels, and DMs.

A forum post is a thread whose starter message has the thread's id. Messaging the thread
from `on_thread_create` can fail with 40058 until that message exists, so the bot answers
the starter message itself when it arrives (whichever of the two events comes first), and
fetches it if it has not arrived after a grace period. Each post is answered once.
"""

from __future__ import annotations

import asyncio
import re
import time

import discord
from discord.ext import commands

from . import charts
from .client import LRU, SpaceBot, channel_busy_text, cooldown_text, log_event
from .embeds import answer_embed, decline_text, pager_for

MAX_QUESTION = 1000
RETRY_40058 = 1.0  # seconds before the one retry of a post answer that got 40058
HELP = (
    "Ask me about space-station crews, flights and landings, e.g. "
    "“who flew on Soyuz TMA-14M?” or “who was aboard the ISS on 1 January 2015?”"
)
_MENTION = re.compile(r"<@!?(\d+)>")


class Chat(commands.Cog):
    def __init__(self, bot: SpaceBot):
        self.bot = bot
        self.answered_posts: LRU = LRU(5000)  # starter message ids already answered
        # user id / channel id -> until when the "slow down" notice already said covers
        self.warned: LRU = LRU(5000)
        self.warned_rooms: LRU = LRU(5000)
        self._tasks: set[asyncio.Task] = set()

    # ------------------------------------------------------------------ where we answer

    async def _forum_thread(self, message: discord.Message) -> discord.Thread | None:
        """The message's thread if it is a post (or reply) in a configured forum channel."""
        channel = message.channel
        forums = self.bot.settings.forum_channel_ids
        if not forums or message.guild is None:
            return None
        if isinstance(channel, discord.PartialMessageable):
            # MESSAGE_CREATE beat THREAD_CREATE: the thread is not cached yet; ask for it.
            try:
                channel = await self.bot.fetch_channel(channel.id)
            except discord.HTTPException:
                return None
        if isinstance(channel, discord.Thread) and channel.parent_id in forums:
            return channel
        return None

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.author == self.bot.user:
            return  # never itself, never other bots (no loops)
        if message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return
        thread = await self._forum_thread(message)
        if thread is not None:
            starter = message.id == thread.id
            if starter:
                if message.id in self.answered_posts:
                    return
                self.answered_posts.put(message.id, True)
            title = thread.name if starter else ""
            await self._reply(message, self._text(message), key=("thread", thread.id), title=title,
                              post=thread if starter else None, room=thread.parent_id)  # fmt: skip
            return
        me = self.bot.user
        if message.guild is None:
            if message.content.startswith(self.bot.command_prefix):  # an owner text command
                ctx = await self.bot.get_context(message)
                if ctx.valid:
                    return
            await self._reply(message, self._text(message), key=("dm", message.channel.id))
        elif me is not None and me in message.mentions:
            key = ("channel", message.channel.id, message.author.id)
            room = self.bot.room_of(message.channel, message.guild.id)
            await self._reply(message, self._text(message), key=key, room=room)
        # anything else was not addressed to the bot: ignore it

    @commands.Cog.listener()
    async def on_thread_create(self, thread: discord.Thread) -> None:
        """Join a new forum post (so its follow-ups reach the bot) and make sure it is
        answered. Nothing is sent from here: the thread refuses messages (40058) until its
        starter message exists, so the answer goes out when that message arrives; if it
        has not arrived after a grace period, the bot fetches it and answers it then."""
        if thread.parent_id not in self.bot.settings.forum_channel_ids:
            return
        log_event("forum_post", thread=thread.id, forum=thread.parent_id)
        task = asyncio.create_task(self._make_sure_answered(thread))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _make_sure_answered(self, thread: discord.Thread) -> None:
        try:
            await thread.join()
        except discord.HTTPException as e:
            log_event("thread_join_failed", thread=thread.id, status=e.status, code=e.code)
        for wait in (self.bot.starter_grace, self.bot.starter_grace * 4):
            await asyncio.sleep(wait)
            if thread.id in self.answered_posts:
                return
            try:
                starter = await thread.fetch_message(thread.id)  # its id is the thread's
            except discord.NotFound:
                continue  # not there yet
            except discord.HTTPException:
                return
            log_event("forum_post_fetched", thread=thread.id)
            await self.on_message(starter)
            return
        # deleted before the bot could read it (404 10008): nothing to answer
        log_event("forum_post_unanswered", thread=thread.id, reason="starter message not found")

    async def cog_unload(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    def _text(self, message: discord.Message) -> str:
        me = self.bot.user
        text = message.content
        if me is not None:
            text = _MENTION.sub(lambda m: "" if int(m.group(1)) == me.id else m.group(0), text)
        return " ".join(text.split())[:MAX_QUESTION]

    # ------------------------------------------------------------------ answering

    async def _reply(self, message: discord.Message, text: str, key, title: str = "",
                     post: discord.Thread | None = None, room: int | None = None) -> None:  # fmt: skip
        started = time.perf_counter()
        limited = self.bot.over_limit(message.author.id, room)
        if limited is not None:
            scope, wait = limited
            if scope == "user":
                warned, who, notice = self.warned, message.author.id, cooldown_text(wait)
            else:
                warned, who, notice = self.warned_rooms, room, channel_busy_text(wait)
            now = time.monotonic()
            if now >= warned.get(who, 0.0):  # say it once per cooldown, not per message
                warned.put(who, now + wait)
                log_event("rate_limited", scope=scope, user=message.author.id,
                          channel=message.channel.id, wait_s=f"{wait:.1f}")  # fmt: skip
                await self._send(message, post, content=notice)
            return
        if not text and not title:
            await self._send(message, post, content=HELP)
            return
        store = self.bot.store
        context = self.bot.contexts.get(key)
        candidates = [q for q in (" ".join(f"{title} {text}".split()), text, title) if q]
        answer = None
        for question in dict.fromkeys(candidates):  # title + body, then each alone
            answer = await asyncio.to_thread(store.engine.ask, question, context)
            if answer.answered:
                break
        self.bot.contexts.put(key, answer.context)
        if answer.answered:
            facts = store.engine.facts
            view = pager_for(answer, facts, message.author.id)
            embed, extra = answer_embed(answer, facts), {}
            # who was aboard: with the crew timeline, if it is drawn in time (else text only)
            chart = charts.chart_for(answer, question, ("aboard",))
            got = (
                await charts.ready(charts.start(store, chart), charts.CHAT_WAIT, chart)
                if chart
                else None
            )
            if got is not None:
                extra["file"], url = got
                embed.set_image(url=url)
                if view is not None:
                    view.image_url = url
            sent = await self._send(message, post, embed=embed, view=view, **extra)
            if view is not None:
                view.message = sent
        else:
            await self._send(message, post, content=decline_text(answer))
        log_event("chat", where=key[0], user=message.author.id, intent=answer.intent,
                  answered=answer.answered, ms=f"{(time.perf_counter() - started) * 1000:.1f}")  # fmt: skip

    async def _send(self, message: discord.Message, post: discord.Thread | None, view=None,
                    **kwargs) -> discord.Message | None:  # fmt: skip
        """Reply to `message`; a forum post (`post`) is answered in its thread."""
        if view is not None:
            kwargs["view"] = view
        kwargs["allowed_mentions"] = discord.AllowedMentions.none()
        for attempt in range(3):
            try:
                if post is not None:
                    return await post.send(**kwargs)
                return await message.reply(mention_author=False, **kwargs)
            except discord.HTTPException as e:
                if e.code == 40058 and post is not None and attempt < 2:
                    await asyncio.sleep(RETRY_40058)  # starter message not there yet
                    continue
                log_event("send_failed", status=e.status, code=e.code, channel=message.channel.id)
                return None
        return None


async def setup(bot: SpaceBot) -> None:
    await bot.add_cog(Chat(bot))
