"""A loopback fake of Discord, small enough to read: the REST routes spacebot calls and the
gateway websocket (HELLO, IDENTIFY, READY, GUILD_CREATE, heartbeats, RESUME, dispatch).

The real discord.py client connects to it (tests point `discord.http.Route.BASE` and
`DiscordWebSocket.DEFAULT_GATEWAY` here). Tests drive it the way Discord drives a bot,
with INTERACTION_CREATE, THREAD_CREATE and MESSAGE_CREATE, and read back what the bot
sent: interaction callbacks, webhook follow-ups, channel messages, their edits and
deletions, and command syncs. A user's edit or deletion of a message is MESSAGE_UPDATE /
MESSAGE_DELETE (`edit_message`, `delete_message`).

Only what spacebot needs is modelled: one guild with a text channel and a forum channel,
an owner, a moderator, a member and another bot, one session per shard. Details worth
knowing (from discord.py's source): responses are JSON only when Content-Type is exactly
`application/json`; a 429 without a `Via` header counts as a Cloudflare ban, so the
rate limits this fake serves (only when a test asks, see `rate_limit`) carry one; READY
must carry `resume_gateway_url`; text frames need no decompression.

Faults a test can inject: a 429 or a 5xx on any route (`rate_limit`, `server_error`, or
any canned answer with `fail`), an interaction whose token has expired
(`interact(..., expired=True)`: 10062), a forum starter message deleted before the bot
reads it (`forum_post(..., starter_deleted=True)`), a dropped gateway connection with a
resumable code or a forgotten session (`drop_connections`), an invalid session on a live
connection (`invalidate_sessions`), an IDENTIFY closed with a given code
(`refuse_identify`), and a READY with broken fields (`ready_overrides`).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiohttp import WSMsgType, web

API = "/api/v10"
TOKEN = "fake-token.for-tests.0123456789abcdef"  # looks like a token; never a real one
DISCORD_EPOCH_MS = 1420070400000

# Permission bits used here
MANAGE_GUILD = 1 << 5
SEND_MESSAGES = 1 << 11
MESSAGE_CONTENT = 1 << 15  # the privileged intent, off in the developer portal by default
EVERYONE_PERMS = (1 << 10) | SEND_MESSAGES | (1 << 14) | (1 << 16) | (1 << 31) | (1 << 38)

_counter = itertools.count(1)


async def _read_body(request: web.Request) -> dict[str, Any] | None:
    """The JSON body; for a multipart one (a message with files), its `payload_json`
    plus `files`: [{"filename", "content_type", "data"}], as Discord reads them."""
    if not request.can_read_body:
        return None
    if request.content_type == "application/json":
        return await request.json()
    if request.content_type != "multipart/form-data":
        return None
    body: dict[str, Any] = {}
    files = []
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if part.name == "payload_json":
            body.update(json.loads(await part.text()))
        else:
            files.append({"filename": part.filename, "content_type": part.headers.get("Content-Type"),
                          "data": bytes(await part.read())})  # fmt: skip
    body["files"] = files
    return body


def snowflake() -> int:
    """A fresh id with a real timestamp in it, like Discord's."""
    return ((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) | (next(_counter) & 0x3FFFFF)


def now_iso() -> str:
    return datetime.now(UTC).isoformat()


def user(uid: int, name: str, bot: bool = False) -> dict[str, Any]:
    return {"id": str(uid), "username": name, "discriminator": "0", "global_name": name,
            "avatar": None, "bot": bot, "public_flags": 0}  # fmt: skip


def json_response(data: Any, status: int = 200) -> web.Response:
    # exactly "application/json": discord.py treats anything else as text
    return web.Response(status=status, body=json.dumps(data).encode(),
                        headers={"Content-Type": "application/json"})  # fmt: skip


def error(status: int, code: int, message: str) -> web.Response:
    return json_response({"code": code, "message": message}, status)


@dataclass
class Call:
    """One REST request the bot made."""

    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    body: Any
    at: float = field(default_factory=time.perf_counter)


@dataclass
class Fault:
    """A canned error answer for the next `times` requests matching `method` and `path`."""

    method: str
    path: re.Pattern[str]
    respond: Callable[[], web.Response]
    times: int = 1
    served: int = 0


@dataclass
class Session:
    id: str
    shard: tuple[int, int]
    intents: int
    seq: int = 0
    log: list[dict[str, Any]] = field(default_factory=list)  # sent dispatches, for RESUME
    ws: web.WebSocketResponse | None = None


class FakeDiscord:
    def __init__(self, token: str = TOKEN, shard_count: int = 1):
        self.token = token
        self.shard_count = shard_count
        self.app_id = snowflake()
        self.guild_id = snowflake()
        self.text_channel_id = snowflake()
        self.forum_id = snowflake()
        self.admin_role_id = snowflake()  # "mods": has Manage Server
        self.helper_role_id = snowflake()  # "helpers": no special permissions
        self.bot_user = user(snowflake(), "spacebot", bot=True)
        self.owner = user(snowflake(), "owner")
        self.admin = user(snowflake(), "mod")
        self.member = user(snowflake(), "fan")
        self.other_bot = user(snowflake(), "otherbot", bot=True)
        self.roles: dict[str, list[int]] = {  # user id -> role ids; the mods role has Manage Server
            self.owner["id"]: [self.admin_role_id],
            self.admin["id"]: [self.admin_role_id],
        }
        self.channels: dict[int, dict[str, Any]] = {
            self.text_channel_id: self._channel(self.text_channel_id, 0, "general"),
            self.forum_id: self._channel(self.forum_id, 15, "ask-spacebot"),
        }
        self.messages: dict[int, dict[str, Any]] = {}  # every message that exists, by id
        self.calls: list[Call] = []
        # interaction id -> the callback body as the bot sent it, plus `elapsed` (seconds
        # since the INTERACTION_CREATE went out) and the `message_id` it created
        self.callbacks: dict[int, dict[str, Any]] = {}
        self.commands: dict[str, list[dict[str, Any]]] = {}  # "global" / guild id -> commands
        self.sessions: dict[str, Session] = {}
        self.identifies = 0
        self.resumes = 0
        self.resumes_refused = 0  # RESUMEs answered with INVALID_SESSION (op 9)
        self.dispatched_at: dict[int, float] = {}  # interaction id -> when it was sent
        self._interactions: dict[int, dict[str, Any]] = {}  # interaction id -> payload
        self.posted: list[tuple[int, dict, dict]] = []  # (channel id, body, message) by the bot
        self.thread_members: dict[int, set[int]] = {}  # thread id -> user ids who joined
        self.edited: list[
            tuple[int, int, dict]
        ] = []  # (channel id, message id, body) the bot edited
        self.deleted: list[tuple[int, int]] = []  # (channel id, message id) the bot deleted
        self.message_content_allowed = True  # False: the portal switch is off (4014)
        self.refuse_identify: int | None = None  # close IDENTIFY with this code (e.g. 4004)
        self.ready_overrides: dict[str, Any] = {}  # merged into READY, to send a broken one
        self.late_starters = 0  # answer this many thread sends with 40058 regardless
        self.faults: list[Fault] = []  # injected errors, see rate_limit / server_error
        self.faulted: list[Call] = []  # the requests that got one
        self.expired: set[int] = set()  # interaction ids whose token has expired (10062)
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ------------------------------------------------------------------ server

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        return self.base + API

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", API + "/{path:.*}", self._rest)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        for s in self.sessions.values():
            if s.ws is not None and not s.ws.closed:
                await s.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    async def _changed_now(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until `predicate()` is truthy (checked after every REST call and gateway
        IDENTIFY/RESUME); return its value."""
        async with asyncio.timeout(timeout):
            async with self._changed:
                while not (result := predicate()):
                    await self._changed.wait()
                return result

    # ------------------------------------------------------------------ payloads

    def _channel(self, cid: int, kind: int, name: str, **extra) -> dict[str, Any]:
        return {"id": str(cid), "type": kind, "guild_id": str(self.guild_id), "name": name,
                "position": 0, "permission_overwrites": [], "nsfw": False, "parent_id": None,
                "topic": None, "last_message_id": None, "rate_limit_per_user": 0, "flags": 0,
                "available_tags": [], **extra}  # fmt: skip

    def member_of(self, u: dict[str, Any]) -> dict[str, Any]:
        roles = [str(r) for r in self.roles.get(u["id"], [])]
        perms = EVERYONE_PERMS | (
            MANAGE_GUILD if self.admin_role_id in self.roles.get(u["id"], []) else 0
        )
        return {"user": u, "roles": roles, "joined_at": now_iso(), "deaf": False, "mute": False,
                "flags": 0, "pending": False, "nick": None, "avatar": None,
                "permissions": str(perms), "communication_disabled_until": None}  # fmt: skip

    def guild_payload(self) -> dict[str, Any]:
        role = {"position": 0, "color": 0, "hoist": False, "managed": False,
                "mentionable": False, "flags": 0}  # fmt: skip
        return {
            "id": str(self.guild_id), "name": "Space Fans", "owner_id": self.owner["id"],
            "unavailable": False, "member_count": 5, "large": False, "features": [],
            "roles": [
                {**role, "id": str(self.guild_id), "name": "@everyone", "permissions": str(EVERYONE_PERMS)},
                {**role, "id": str(self.admin_role_id), "name": "mods", "position": 1,
                 "permissions": str(EVERYONE_PERMS | MANAGE_GUILD)},
                {**role, "id": str(self.helper_role_id), "name": "helpers", "position": 1,
                 "permissions": str(EVERYONE_PERMS)},
            ],
            "channels": [c for c in self.channels.values() if c["type"] in (0, 15)],
            "threads": [], "members": [self.member_of(self.bot_user)], "emojis": [],
            "stickers": [], "voice_states": [], "presences": [], "stage_instances": [],
            "guild_scheduled_events": [], "soundboard_sounds": [], "joined_at": now_iso(),
            "premium_tier": 0, "preferred_locale": "en-US", "afk_timeout": 300,
            "verification_level": 0, "default_message_notifications": 0, "mfa_level": 0,
            "explicit_content_filter": 0, "nsfw_level": 0, "system_channel_flags": 0,
            "icon": None, "splash": None, "banner": None, "description": None,
        }  # fmt: skip

    def _message(self, channel_id: int, author: dict[str, Any], content: str = "", *,
                 mid: int | None = None, mentions=(), guild: bool | None = None,
                 **extra) -> dict[str, Any]:  # fmt: skip
        msg = {"id": str(mid or snowflake()), "channel_id": str(channel_id), "author": author,
               "content": content, "timestamp": now_iso(), "edited_timestamp": None,
               "tts": False, "mention_everyone": False, "mentions": list(mentions),
               "mention_roles": [], "attachments": [], "embeds": [], "pinned": False,
               "type": 0, "flags": 0, "components": [], **extra}  # fmt: skip
        if channel_id in self.channels if guild is None else guild:
            msg["guild_id"] = str(self.guild_id)
            msg["member"] = {k: v for k, v in self.member_of(author).items() if k != "user"}
        self.messages[int(msg["id"])] = msg
        return msg

    # ------------------------------------------------------------------ gateway

    def _shard_of(self, guild_id: int | None) -> int:
        return 0 if guild_id is None else (guild_id >> 22) % self.shard_count

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        session: Session | None = None
        async for frame in ws:
            if frame.type is not WSMsgType.TEXT:
                continue
            msg = json.loads(frame.data)
            op, d = msg["op"], msg.get("d")
            if op == 1:  # heartbeat
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif op == 2:  # identify
                if d["token"] != self.token:
                    await ws.close(code=4004, message=b"Authentication failed.")
                    break
                if self.refuse_identify is not None:
                    await ws.close(code=self.refuse_identify, message=b"Refused by the test.")
                    break
                if d.get("intents", 0) & MESSAGE_CONTENT and not self.message_content_allowed:
                    await ws.close(code=4014, message=b"Disallowed intent(s).")
                    break
                self.identifies += 1
                shard = tuple(d.get("shard") or (0, 1))
                session = Session(f"session-{snowflake()}", shard, d.get("intents", 0), ws=ws)
                self.sessions[session.id] = session
                await self._send(session, "READY", {
                    "v": 10, "user": self.bot_user, "session_id": session.id,
                    "resume_gateway_url": self.gateway_url, "shard": list(shard),
                    "application": {"id": str(self.app_id), "flags": 0},
                    "guilds": [{"id": str(self.guild_id), "unavailable": True}]
                    if self._shard_of(self.guild_id) == shard[0] else [],
                    "private_channels": [], "relationships": [], "user_settings": {},
                    **self.ready_overrides,
                })  # fmt: skip
                if self._shard_of(self.guild_id) == shard[0]:
                    await self._send(session, "GUILD_CREATE", self.guild_payload())
                await self._changed_now()
            elif op == 6:  # resume: replay what was missed, then RESUMED
                session = self.sessions.get(d["session_id"])
                if session is None or d["token"] != self.token:
                    self.resumes_refused += 1
                    await ws.send_json({"op": 9, "d": False, "s": None, "t": None})
                    continue
                self.resumes += 1
                session.ws = ws
                for payload in session.log:
                    if payload["s"] > (d["seq"] or 0):
                        await ws.send_json(payload)
                await self._send(session, "RESUMED", {})
                await self._changed_now()
        return ws

    async def _send(self, session: Session, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        payload = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.log.append(payload)
        if session.ws is not None and not session.ws.closed:
            await session.ws.send_json(payload)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send an event to the session of the shard it belongs to (kept for RESUME if the
        socket is down, like Discord's replay buffer)."""
        gid = data.get("guild_id")
        shard = self._shard_of(int(gid) if gid else None)
        mine = [s for s in self.sessions.values() if s.shard[0] == shard]
        if not mine:
            raise AssertionError(f"no session for shard {shard}")
        live = [s for s in mine if s.ws is not None and not s.ws.closed]
        await self._send((live or mine)[-1], event, data)  # the newest session wins

    async def drop_connections(self, code: int = 4000, forget: bool = False) -> None:
        """Close every gateway socket, as Discord does now and then; the bot should RESUME.

        `forget=True` also ends the sessions (as after 4007 invalid seq or 4009 session
        timed out): a RESUME then gets INVALID_SESSION (op 9, not resumable) and the bot
        must IDENTIFY again; events sent meanwhile are lost, as on Discord."""
        for sid, session in list(self.sessions.items()):
            if session.ws is not None and not session.ws.closed:
                await session.ws.close(code=code)
                session.ws = None
            if forget:
                del self.sessions[sid]

    async def invalidate_sessions(self) -> None:
        """Send INVALID_SESSION (op 9, d=false) on every live socket and end the sessions:
        the bot must drop its session and IDENTIFY again."""
        for sid, session in list(self.sessions.items()):
            if session.ws is not None and not session.ws.closed:
                await session.ws.send_json({"op": 9, "d": False, "s": None, "t": None})
            del self.sessions[sid]

    # ------------------------------------------------------------------ injected faults

    def rate_limit(self, method: str, path: str, retry_after: float = 0.2, times: int = 1,
                   is_global: bool = False) -> Fault:  # fmt: skip
        """Answer the next `times` matching requests with a 429 as Discord sends it: the
        JSON body with `retry_after`, the X-RateLimit-* headers and `Via` (without which
        discord.py takes it for a Cloudflare ban and does not retry). `path` is a regex
        matched against the whole path without /api/v10."""

        def respond() -> web.Response:
            body = {"message": "You are being rate limited.", "retry_after": retry_after,
                    "global": is_global, "code": 0}  # fmt: skip
            headers = {
                "Content-Type": "application/json", "Via": "1.1 google",
                "Retry-After": str(max(1, round(retry_after))),
                "X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
                "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                "X-RateLimit-Bucket": f"fake-{zlib.crc32(path.encode()):08x}",
                "X-RateLimit-Scope": "shared" if not is_global else "global",
            }  # fmt: skip
            if is_global:
                headers["X-RateLimit-Global"] = "true"
            return web.Response(status=429, body=json.dumps(body).encode(), headers=headers)

        return self.fail(method, path, respond, times)

    def server_error(self, method: str, path: str, status: int = 500, times: int = 1) -> Fault:
        """Answer the next `times` matching requests with a 5xx (discord.py retries 500,
        502, 504 and 524 after 1 s, 3 s, ...; the webhook and interaction routes any 5xx)."""
        return self.fail(
            method, path, lambda: error(status, 0, f"{status}: Internal Server Error"), times
        )

    def fail(self, method: str, path: str, respond: Callable[[], web.Response],
             times: int = 1) -> Fault:  # fmt: skip
        """Answer the next `times` requests matching `method` and the `path` regex with
        `respond()` instead of the real thing."""
        fault = Fault(method, re.compile(path), respond, times)
        self.faults.append(fault)
        return fault

    def _fault_for(self, method: str, path: str) -> Fault | None:
        for fault in self.faults:
            if fault.served < fault.times and fault.method == method and fault.path.fullmatch(path):
                fault.served += 1
                return fault
        return None

    # ------------------------------------------------------------------ REST

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["path"]
        body = await _read_body(request)
        call = Call(request.method, path, dict(request.query), body)
        self.calls.append(call)
        await self._changed_now()
        if request.headers.get("Authorization") not in (f"Bot {self.token}", None):
            return error(401, 0, "401: Unauthorized")
        if fault := self._fault_for(request.method, path):
            self.faulted.append(call)
            return fault.respond()
        parts = path.strip("/").split("/")
        route = (request.method, *parts)
        if parts[0] == "webhooks" and len(parts) > 2 and self._token_expired(parts[2]):
            return error(404, 10015, "Unknown Webhook")
        match route:
            case ("GET", "users", "@me"):
                return json_response(self.bot_user)
            case ("GET", "oauth2", "applications", "@me"):
                return json_response({
                    "id": str(self.app_id), "name": "spacebot", "description": "", "icon": None,
                    "rpc_origins": [], "bot_public": True, "bot_require_code_grant": False,
                    "owner": self.owner, "team": None, "verify_key": "00", "flags": 0,
                    "bot": self.bot_user,
                })  # fmt: skip
            case ("GET", "gateway", "bot"):
                return json_response({"url": self.gateway_url, "shards": self.shard_count,
                                      "session_start_limit": {"total": 1000, "remaining": 999,
                                      "reset_after": 0, "max_concurrency": 1}})  # fmt: skip
            case ("PUT", "applications", _, "commands"):
                return json_response(self._sync("global", None, body))
            case ("PUT", "applications", _, "guilds", gid, "commands"):
                return json_response(self._sync(gid, gid, body))
            case ("POST", "interactions", iid, _, "callback"):
                return self._callback(int(iid), body)
            case ("POST", "webhooks", _, token):
                return json_response(self._bot_message(self._interaction_channel(token), body))
            case ("PATCH", "webhooks", _, token, "messages", "@original"):
                return json_response(self._bot_message(self._interaction_channel(token), body))
            case ("GET", "channels", cid) if int(cid) in self.channels:
                return json_response(self.channels[int(cid)])
            case ("POST", "channels", cid, "typing"):
                return web.Response(status=204)
            case ("PUT", "channels", cid, "thread-members", "@me"):
                self.thread_members.setdefault(int(cid), set()).add(int(self.bot_user["id"]))
                return web.Response(status=204)
            case ("GET", "channels", cid, "messages", mid):
                msg = self.messages.get(int(mid))
                if msg is None or msg["channel_id"] != cid:
                    return error(404, 10008, "Unknown Message")
                return json_response(msg)
            case ("PATCH", "channels", cid, "messages", mid):
                msg = self.messages.get(int(mid))
                if msg is None or msg["channel_id"] != cid:
                    return error(404, 10008, "Unknown Message")
                if msg["author"]["id"] != self.bot_user["id"]:
                    return error(403, 50005, "Cannot edit a message authored by another user")
                for key in ("content", "embeds", "components", "flags"):
                    if key in (body or {}):
                        msg[key] = (
                            body[key] if body[key] is not None else ([] if key != "content" else "")
                        )
                msg["edited_timestamp"] = now_iso()
                self.edited.append((int(cid), int(mid), body or {}))
                return json_response(msg)
            case ("DELETE", "channels", cid, "messages", mid):
                msg = self.messages.get(int(mid))
                if msg is None or msg["channel_id"] != cid:
                    return error(404, 10008, "Unknown Message")
                if msg["author"]["id"] != self.bot_user["id"]:  # the bot has no Manage Messages
                    return error(403, 50013, "Missing Permissions")
                del self.messages[int(mid)]
                self.deleted.append((int(cid), int(mid)))
                return web.Response(status=204)
            case ("POST", "channels", cid, "messages"):
                channel = self.channels.get(int(cid))
                if (
                    channel
                    and channel["type"] == 11
                    and (int(cid) not in self.messages or self.late_starters)
                ):
                    # a forum thread whose starter message does not exist (yet)
                    self.late_starters = max(0, self.late_starters - 1)
                    return error(400, 40058, "Cannot send messages in this thread yet")
                return json_response(self._bot_message(int(cid), body, post=True))
        return error(404, 0, f"404: Not Found ({request.method} {path})")

    def _sync(self, key: str, gid: str | None, body: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.commands[key] = [
            {**c, "id": str(snowflake()), "application_id": str(self.app_id), "version": "1",
             **({"guild_id": gid} if gid else {})}
            for c in body
        ]  # fmt: skip
        return self.commands[key]

    def _bot_message(
        self, channel_id: int, body: dict[str, Any], post: bool = False
    ) -> dict[str, Any]:
        body = body or {}
        msg = self._message(
            channel_id, self.bot_user, body.get("content") or "", guild=channel_id in self.channels,
            embeds=body.get("embeds") or [], components=body.get("components") or [],
            flags=body.get("flags") or 0,
        )  # fmt: skip
        if post:
            self.posted.append((channel_id, body, msg))
        return msg

    def _token_expired(self, token: str) -> bool:
        return token.startswith("itoken-") and int(token.removeprefix("itoken-")) in self.expired

    def _callback(self, iid: int, body: dict[str, Any]) -> web.Response:
        if iid in self.expired:  # answered too late (3 s), or the token is 15 min old
            return error(404, 10062, "Unknown interaction")
        if iid in self.callbacks:
            return error(400, 40060, "Interaction has already been acknowledged.")
        body["elapsed"] = time.perf_counter() - self.dispatched_at.get(iid, time.perf_counter())
        self.callbacks[iid] = body
        kind, data = body["type"], body.get("data") or {}
        if kind not in (4, 5):
            return json_response({"interaction": {"id": str(iid), "type": kind}})
        channel = self._interactions.get(iid, {}).get("channel_id", 0)
        msg = self._bot_message(int(channel), data)
        body["message_id"] = msg["id"]
        return json_response({
            "interaction": {"id": str(iid), "type": kind, "response_message_id": msg["id"],
                            "response_message_loading": kind == 5,
                            "response_message_ephemeral": bool(data.get("flags", 0) & 64)},
            "resource": {"type": kind, "message": msg},
        })  # fmt: skip

    # ------------------------------------------------------------------ what the bot sent

    def sent_to(self, channel_id: int) -> list[dict[str, Any]]:
        """Bodies of the messages the bot posted in a channel, oldest first."""
        return [body for cid, body, _ in self.posted if cid == int(channel_id)]

    def webhook_posts(self, interaction: dict[str, Any]) -> list[dict[str, Any]]:
        """Follow-ups and edits the bot sent through an interaction's webhook."""
        prefix = f"/webhooks/{self.app_id}/{interaction['token']}"
        return [c.body for c in self.calls if c.path.startswith(prefix)]

    # ------------------------------------------------------------------ driving the bot

    def _interaction_channel(self, token: str) -> int:
        iid = int(token.removeprefix("itoken-"))
        return int(self._interactions[iid]["channel_id"])

    def _command_id(self, name: str) -> str:
        for cmds in self.commands.values():
            for c in cmds:
                if c["name"] == name:
                    return c["id"]
        return str(snowflake())

    async def interact(self, kind: int, data: dict[str, Any], who: dict[str, Any] | None = None,
                       channel_id: int | None = None, message: dict | None = None,
                       dm: bool = False, expired: bool = False) -> dict[str, Any]:  # fmt: skip
        """Send an INTERACTION_CREATE; returns the interaction payload (see `callback`).

        `expired=True`: its token is already dead, as when the event reached the bot too
        late: the callback gets 404 10062 and the webhook 404 10015."""
        who = who or self.member
        iid = snowflake()
        if expired:
            self.expired.add(iid)
        channel = self.channels[channel_id or self.text_channel_id]
        payload = {
            "id": str(iid), "application_id": str(self.app_id), "type": kind,
            "token": f"itoken-{iid}", "version": 1, "data": data, "locale": "en-US",
            "app_permissions": str(EVERYONE_PERMS), "entitlements": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }  # fmt: skip
        if dm:
            dm_id = snowflake()
            payload |= {"channel_id": str(dm_id), "user": who, "context": 1,
                        "channel": {"id": str(dm_id), "type": 1, "recipients": [who]}}  # fmt: skip
        else:
            payload |= {"guild_id": str(self.guild_id), "channel_id": channel["id"],
                        "channel": channel, "member": self.member_of(who), "context": 0,
                        "guild_locale": "en-US",
                        "authorizing_integration_owners": {"0": str(self.guild_id)}}  # fmt: skip
        if message is not None:
            payload["message"] = message
        self._interactions[iid] = payload
        self.dispatched_at[iid] = time.perf_counter()
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    async def callback(self, interaction: dict[str, Any], timeout: float = 5.0) -> dict[str, Any]:
        iid = int(interaction["id"])
        return await self.wait_for(lambda: self.callbacks.get(iid), timeout)

    async def slash(self, name: str, /, who: dict | None = None, **options) -> dict[str, Any]:
        """Run /name with options; returns the interaction callback body."""
        data = {"id": self._command_id(name), "name": name, "type": 1,
                "options": [_option(k, v) for k, v in options.items()]}  # fmt: skip
        return await self.callback(await self.interact(2, data, who))

    async def autocomplete(self, name: str, focused: str, typed: str, /, **others) -> list[dict]:
        """Type `typed` into option `focused` of /name; returns the choices the bot offered."""
        opts = [_option(k, v) for k, v in others.items()]
        opts.append({**_option(focused, typed), "focused": True})
        data = {"id": self._command_id(name), "name": name, "type": 1, "options": opts}
        body = await self.callback(await self.interact(4, data))
        assert body["type"] == 8, body
        return body["data"]["choices"]

    async def click(self, message_id: str, custom_id: str, who: dict | None = None) -> dict:
        """Press a button on a message the bot sent."""
        message = self.messages[int(message_id)]
        data = {"custom_id": custom_id, "component_type": 2}
        return await self.callback(await self.interact(3, data, who, message=message))

    async def post_message(self, channel_id: int, content: str, who: dict | None = None,
                           mentions=(), mid: int | None = None) -> dict[str, Any]:  # fmt: skip
        msg = self._message(channel_id, who or self.member, content, mid=mid, mentions=mentions)
        await self.dispatch("MESSAGE_CREATE", msg)
        return msg

    async def forum_post(self, title: str, content: str, who: dict | None = None,
                         starter_first: bool = False, deliver_starter: bool = True,
                         starter_deleted: bool = False) -> int:  # fmt: skip
        """Create a post in the forum channel: THREAD_CREATE, then its starter message
        (whose id is the thread's id). `starter_first` sends them the other way round;
        `deliver_starter=False` creates the message without a MESSAGE_CREATE for it;
        `starter_deleted=True` deletes it before it is delivered (a MESSAGE_DELETE instead;
        fetching it gets 404 10008; the thread stays, as on Discord)."""
        who = who or self.member
        tid = snowflake()
        thread = self._channel(tid, 11, title, parent_id=str(self.forum_id), owner_id=who["id"],
                               last_message_id=str(tid), message_count=0, member_count=1,
                               thread_metadata={"archived": False, "auto_archive_duration": 1440,
                                                "archive_timestamp": now_iso(), "locked": False,
                                                "create_timestamp": now_iso()},
                               applied_tags=[], total_message_sent=0)  # fmt: skip
        self.channels[tid] = thread
        create = {**thread, "newly_created": True}
        if starter_first:
            await self.post_message(tid, content, who, mid=tid)
            await self.dispatch("THREAD_CREATE", create)
        else:
            await self.dispatch("THREAD_CREATE", create)
            await asyncio.sleep(0.05)  # the gap in which sending to the thread fails (40058)
            if starter_deleted:
                await self.delete_message(tid, tid)
            elif deliver_starter:
                await self.post_message(tid, content, who, mid=tid)
            else:
                self._message(tid, who, content, mid=tid)
        return tid

    async def delete_message(self, channel_id: int, message_id: int) -> None:
        """The message is gone (deleted by its author or a moderator): MESSAGE_DELETE."""
        self.messages.pop(int(message_id), None)
        await self.dispatch("MESSAGE_DELETE", {"id": str(message_id), "channel_id": str(channel_id),
                                               "guild_id": str(self.guild_id)})  # fmt: skip

    async def delete_messages(self, channel_id: int, message_ids: list) -> None:
        """A moderator's purge: MESSAGE_DELETE_BULK."""
        for mid in message_ids:
            self.messages.pop(int(mid), None)
        await self.dispatch("MESSAGE_DELETE_BULK", {"ids": [str(m) for m in message_ids],
                                                    "channel_id": str(channel_id),
                                                    "guild_id": str(self.guild_id)})  # fmt: skip

    async def edit_message(self, message_id: int | str, content: str) -> dict[str, Any]:
        """The author edits their message: MESSAGE_UPDATE with the whole new message, as
        Discord sends it (a link preview arriving later is an update without `content`)."""
        msg = self.messages[int(message_id)]
        msg["content"] = content
        msg["edited_timestamp"] = now_iso()
        await self.dispatch("MESSAGE_UPDATE", dict(msg))
        return msg

    def replies_to(self, message_id: int | str) -> list[dict[str, Any]]:
        """The messages the bot sent in reply to a message (a chat reply's reference), as
        they are now (edits applied; deleted ones are gone)."""
        return [
            m for _, body, m in self.posted
            if int(m["id"]) in self.messages
            and str((body.get("message_reference") or {}).get("message_id")) == str(message_id)
        ]  # fmt: skip

    async def dm(self, content: str, who: dict | None = None, dm_id: int | None = None) -> int:
        """A direct message to the bot; returns the DM channel id (pass it to continue)."""
        who = who or self.member
        dm_id = dm_id or snowflake()
        msg = self._message(dm_id, who, content, guild=False)
        await self.dispatch("MESSAGE_CREATE", msg)
        return dm_id


def _option(name: str, value: Any) -> dict[str, Any]:
    kind = 4 if isinstance(value, int) else 3
    return {"name": name, "type": kind, "value": value}
