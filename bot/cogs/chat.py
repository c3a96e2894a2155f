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
from dataclasses import dataclass

import discord
from discord.ext import commands

from ..qa.answer import Answer, Context
from ..questions_in_text import MAX_MESSAGE, find_questions
from . import charts
from .client import LRU, Recent, SpaceBot, channel_busy_text, cooldown_text, log_event
from .embeds import Pager, Reply, reply_for

MAX_QUESTION = 1000  # characters of one question the engine is asked
RETRY_40058 = 1.0  # seconds before the one retry of a post answer that got 40058
HELP = (
    "Ask me about space-station crews, flights and landings, e.g. "
    "“who flew on Soyuz TMA-14M?” or “who was aboard the ISS on 1 January 2015?”"
)
_MENTION = re.compile(r"<@!?(\d+)>")


def help_text(facts) -> str:
    """What a bare mention gets: how to ask, and how current the records are."""
    dated = [
        f"{st.name} to {st.complete_to.dt.day} {st.complete_to.dt:%B %Y}"
        for st in facts.stations.values()
        if st.complete_to and not st.end
    ]
    as_of = f" My crew records are complete for {' and '.join(dated)}." if dated else ""
    return HELP + as_of


@dataclass
class Answered:
    """A chat message the bot answered, for when its author edits or deletes it."""

    reply_id: int
    channel_id: int  # where the reply is (a forum post's thread)
    key: tuple  # the conversation
    context: Context | None  # the conversation's context before this question
    title: str  # a forum post's title, part of the question
    room: int | None
    text: str  # what was answered
    view: Pager | None


class Chat(commands.Cog):
    def __init__(self, bot: SpaceBot):
        self.bot = bot
        self.answered_posts: LRU = LRU(5000)  # starter message ids already answered
        # user id / channel id -> until when the "slow down" notice already said covers
        self.warned: LRU = LRU(5000)
        self.warned_rooms: LRU = LRU(5000)
        settings = bot.settings
        # question message id -> Answered, for edits and deletions within the edit window
        self.answered: Recent = Recent(settings.reply_memory, settings.edit_window)
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
        """The message without the bot's mention, its lines kept (they end sentences)."""
        me = self.bot.user
        text = message.content[:MAX_MESSAGE]
        if me is not None:
            text = _MENTION.sub(lambda m: "" if int(m.group(1)) == me.id else m.group(0), text)
        return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())

    # ------------------------------------------------------------------ answering

    async def _reply(self, message: discord.Message, text: str, key, title: str = "",
                     post: discord.Thread | None = None, room: int | None = None) -> None:  # fmt: skip
        started = time.perf_counter()
        if await self._limited(message, post, room):
            return
        if not text and not title:
            await self._send(message, post, content=help_text(self.bot.store.engine.facts))
            return
        context = self.bot.contexts.get(key)
        reply, answers = await self._answer(text, title, context, key, message.author.id)
        kwargs = reply.kwargs()
        if len(answers) == 1 and answers[0].answered and reply.embeds:
            # who was aboard: with the crew timeline, if it is drawn in time (else text only)
            chart = charts.chart_for(answers[0], answers[0].question, ("aboard",))
            store = self.bot.store
            got = (
                await charts.ready(charts.start(store, chart), charts.CHAT_WAIT, chart)
                if chart
                else None
            )
            if got is not None:
                kwargs["file"], url = got
                reply.embeds[0].set_image(url=url)
                if reply.view is not None:
                    reply.view.image_url = url
        sent = await self._send(message, post, **kwargs)
        if sent is not None:
            if reply.view is not None:
                reply.view.message = sent
            self.answered.put(message.id, Answered(sent.id, sent.channel.id, key, context, title,
                                                   room, text, reply.view))  # fmt: skip
        log_event("chat", where=key[0], user=message.author.id, questions=len(answers),
                  intent=",".join(a.intent for a in answers), answered=all(a.answered for a in answers),
                  ms=f"{(time.perf_counter() - started) * 1000:.1f}")  # fmt: skip

    async def _limited(self, message: discord.Message, post: discord.Thread | None,
                       room: int | None, notify: bool = True) -> bool:  # fmt: skip
        """Whether the author (or the channel) asked too often; says so once per cooldown."""
        limited = self.bot.over_limit(message.author.id, room)
        if limited is None:
            return False
        scope, wait = limited
        if scope == "user":
            warned, who, notice = self.warned, message.author.id, cooldown_text(wait)
        else:
            warned, who, notice = self.warned_rooms, room, channel_busy_text(wait)
        now = time.monotonic()
        if notify and now >= warned.get(who, 0.0):  # say it once per cooldown, not per message
            warned.put(who, now + wait)
            log_event("rate_limited", scope=scope, user=message.author.id,
                      channel=message.channel.id, wait_s=f"{wait:.1f}")  # fmt: skip
            await self._send(message, post, content=notice)
        return True

    async def _answer(self, text: str, title: str, context: Context | None, key,
                      owner_id: int) -> tuple[Reply, list[Answer]]:  # fmt: skip
        """Answer the questions in `text` (a whole message; see bot/questions_in_text.py),
        each after the one before it in the conversation, and keep the new context."""
        engine = self.bot.store.engine
        found = find_questions(text)
        if found.chosen:
            asks = [
                [f"{title} {q[-MAX_QUESTION:]}", q[-MAX_QUESTION:], window] for q, window in zip(found.chosen, found.windows)
            ]  # fmt: skip
        else:  # no sentence asks: the message (or the title) as one question, as typed
            flat = " ".join(text.split())
            asks = [[f"{title} {flat[:MAX_QUESTION]}", flat[:MAX_QUESTION], flat[-MAX_QUESTION:]]]
        if len(asks) == 1 and title:
            asks[0].append(title)
        answers: list[Answer] = []
        for candidates in asks:  # [title + question, question, its window, (title)]
            tried: dict[str, Answer] = {}
            for question in dict.fromkeys(" ".join(c.split()) for c in candidates):
                if question:
                    tried[question] = answer = await asyncio.to_thread(
                        engine.ask, question, context
                    )
                    if answer.answered:
                        break
            if not tried:
                continue
            if not answer.answered:  # the decline says what the question itself lacks
                answer = tried.get(" ".join(candidates[1].split())) or next(iter(tried.values()))
            context = answer.context
            answers.append(answer)
        self.bot.contexts.put(key, context)
        note = ""
        if found.skipped:
            note = (
                f"You asked {found.asked} questions; here are answers to the last {len(answers)}."
            )
        reply = reply_for(answers, engine.facts, owner_id, note, self.bot.settings.page_timeout)
        return reply, answers

    # ------------------------------------------------------------------ edits, deletions

    @commands.Cog.listener()
    async def on_raw_message_edit(self, payload: discord.RawMessageUpdateEvent) -> None:
        """The asker fixed their question: answer the new text in the same reply."""
        record: Answered | None = self.answered.get(payload.message_id)
        if record is None or "content" not in payload.data:
            return  # not answered lately, or not a change of text (e.g. a link preview)
        message = payload.message
        text = self._text(message)
        if text == record.text or (not text and not record.title):
            return
        if await self._limited(message, None, record.room, notify=False):
            return
        reply, answers = await self._answer(text, record.title, record.context, record.key,
                                            message.author.id)  # fmt: skip
        target = self.bot.get_partial_messageable(record.channel_id).get_partial_message(
            record.reply_id
        )
        if record.view is not None:
            record.view.stop()
        try:
            edited = await target.edit(allowed_mentions=discord.AllowedMentions.none(),
                                       **reply.kwargs())  # fmt: skip
        except discord.HTTPException as e:  # the reply was deleted meanwhile
            log_event("edit_failed", status=e.status, code=e.code, channel=record.channel_id)
            self.answered.pop(payload.message_id)
            return
        if reply.view is not None:
            reply.view.message = edited
        record.text, record.view = text, reply.view
        log_event("chat_edited", user=message.author.id, intent=",".join(a.intent for a in answers))

    @commands.Cog.listener()
    async def on_raw_message_delete(self, payload: discord.RawMessageDeleteEvent) -> None:
        """The question is gone: so is its answer (no orphan replies)."""
        await self._delete_reply(payload.message_id)

    @commands.Cog.listener()
    async def on_raw_bulk_message_delete(self, payload: discord.RawBulkMessageDeleteEvent) -> None:
        for message_id in payload.message_ids:
            await self._delete_reply(message_id)

    async def _delete_reply(self, message_id: int) -> None:
        record: Answered | None = self.answered.pop(message_id)
        if record is None:
            return
        if record.view is not None:
            record.view.stop()
        target = self.bot.get_partial_messageable(record.channel_id).get_partial_message(
            record.reply_id
        )
        try:
            await target.delete()
        except discord.HTTPException as e:  # already deleted by someone
            log_event("delete_failed", status=e.status, code=e.code, channel=record.channel_id)
            return
        log_event("chat_deleted", channel=record.channel_id)

    async def _send(self, message: discord.Message, post: discord.Thread | None,
                    **kwargs) -> discord.Message | None:  # fmt: skip
        """Reply to `message`; a forum post (`post`) is answered in its thread."""
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
