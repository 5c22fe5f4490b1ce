"""Slack: bolt `AsyncApp` mounted at POST /slack/events (or Socket Mode), translating payloads to
core events and rendering `Reply` objects as Block Kit.

Everything is acknowledged at once and the work runs elsewhere, so Slack's 3-second limit holds
whatever a service does. With the durable queue (the default) a verified request is stored before
the 200, and a worker (`bot.queue`) runs the bolt pipeline on it; when it cannot be stored the answer
is 503 and Slack retries. Event retries are dropped by a database-backed
dedupe record, which holds across restarts and workers. No business rules live here.
"""
from __future__ import annotations

import asyncio
import contextvars
import json
import uuid
import logging
import re
import sys
from typing import Any

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.lazy_listener.async_internals import to_runnable_function
from slack_bolt.lazy_listener.asyncio_runner import AsyncioLazyListenerRunner
from slack_bolt.response import BoltResponse
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from bot.core.text import chunks as split_text
from bot.core.dispatch import Dispatcher
from bot.core.worker import WorkerLoop, WorkerProcess
from bot.core.events import Action, Actor, Command, Form, Message, Reply
from storage.repos.dedupe import first_time

log = logging.getLogger(__name__)

# The lazy listeners a worker starts for the request it is running, so the job ends when they do.
_LAZY_TASKS: contextvars.ContextVar[list | None] = contextvars.ContextVar("clinibot_lazy_tasks", default=None)


class _AwaitableLazyRunner(AsyncioLazyListenerRunner):
    """bolt runs lazy listeners as detached tasks; a queue worker must know when they finish (to
    mark the job done, or to drain on shutdown), so each task is also recorded for the request."""

    def start(self, function: Any, request: Any) -> None:
        task = asyncio.ensure_future(to_runnable_function(internal_func=function, logger=self.logger, request=request))
        sink = _LAZY_TASKS.get()
        if sink is not None:
            sink.append(task)


SECTION_LIMIT = 2900  # a section block holds 3,000 characters
MAX_BLOCKS = 45  # Slack allows 50 per message
REACTIONS = {"white_check_mark", "heavy_check_mark", "x", "+1", "-1"}


# -- Markdown (the services' dialect) -> Slack mrkdwn --------------------------------------------
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADING = re.compile(r"^#{1,6}\s+(.+)$", re.M)


def to_mrkdwn(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)
    text = _BOLD.sub(r"*\1*", text)
    return _HEADING.sub(r"*\1*", text)


def chunks(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    return split_text(text, limit)


def render_blocks(reply: Reply) -> list[dict]:
    blocks: list[dict] = []
    if reply.title:
        blocks.append({"type": "header", "text": {"type": "plain_text", "text": reply.title[:150], "emoji": True}})
    for part in [reply.text, *reply.sections]:
        for chunk in chunks(to_mrkdwn(part)) if part else []:
            blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": chunk}})
    if reply.buttons:
        elements = []
        for i, b in enumerate(reply.buttons[:25]):
            el: dict[str, Any] = {"type": "button", "text": {"type": "plain_text", "text": b.label[:75], "emoji": True},
                                  "action_id": f"{b.action_id}#{i}", "value": b.value[:2000]}
            if b.style in ("primary", "danger"):
                el["style"] = b.style
            elements.append(el)
        for start in range(0, len(elements), 5):
            blocks.append({"type": "actions", "elements": elements[start:start + 5]})
    if reply.context:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": to_mrkdwn(c)[:2000]}
                                                       for c in reply.context[:10]]})
    return blocks


def render_view(form: Form) -> dict:
    blocks = []
    for f in form.fields:
        if f.choices:
            element: dict[str, Any] = {"type": "static_select", "action_id": "value", "options": [
                {"text": {"type": "plain_text", "text": c[:75]}, "value": c} for c in f.choices]}
            if f.initial in f.choices:
                element["initial_option"] = {"text": {"type": "plain_text", "text": f.initial[:75]}, "value": f.initial}
        else:
            element = {"type": "plain_text_input", "action_id": "value", "multiline": f.multiline}
            if f.initial:
                element["initial_value"] = f.initial[:3000]
        block: dict[str, Any] = {"type": "input", "block_id": f.name, "optional": not f.required,
                                 "label": {"type": "plain_text", "text": f.label[:2000]}, "element": element}
        if f.hint:
            block["hint"] = {"type": "plain_text", "text": f.hint[:2000]}
        blocks.append(block)
    return {"type": "modal", "callback_id": form.callback_id, "private_metadata": form.private_metadata[:3000],
            "title": {"type": "plain_text", "text": form.title[:24]},
            "submit": {"type": "plain_text", "text": form.submit_label[:24]},
            "close": {"type": "plain_text", "text": "Cancel"}, "blocks": blocks[:100]}


def view_values(view: dict) -> dict[str, str]:
    values: dict[str, str] = {}
    for block_id, inputs in (view.get("state", {}).get("values", {}) or {}).items():
        for _aid, v in inputs.items():
            if v.get("type") == "static_select":
                values[block_id] = (v.get("selected_option") or {}).get("value", "")
            else:
                values[block_id] = v.get("value") or ""
    return values


def _actor(user_id: str, team_id: str = "", name: str = "") -> Actor:
    return Actor(user_id=user_id, platform="slack", team_id=team_id or "", display_name=name or "")


class SlackAdapter:
    """Owns the bolt app and the Web API client; the only code that knows Slack's shapes."""

    platform = "slack"

    label = "Slack"
    path = "/slack/events"

    @staticmethod
    def off_reason(settings: Any) -> str:
        """Empty when configured; otherwise why this platform is off (no secret values)."""
        return "" if settings.slack_enabled else settings.slack_off_reason

    def __init__(self, svc: Any, dispatcher: Dispatcher, metrics: Any = None, *, worker_mode: str | None = None,
                 verified_upstream: bool = False) -> None:
        s = svc.settings
        self.svc, self.dispatcher, self.metrics = svc, dispatcher, metrics
        # "queue": stored durably before the ack, run by queue workers (the server default);
        # "process": a child process fed in memory; "thread": a second event loop in this process
        # (tests); "inline": here (a worker itself).
        self.worker_mode = worker_mode or s.slack_worker
        self.worker: WorkerLoop | WorkerProcess | None = None
        self.handover: Any = None  # the durable queue (bot.queue.HandOver) in "queue" mode
        # Our own client (pooled session, 429 retries) for everything we send; bolt gets a plain
        # one, because it deep-copies its context for lazy listeners and a live session can't be copied.
        self.client = AsyncWebClient(token=s.slack_bot_token.get(), base_url=s.slack_api_url, timeout=15)
        self.client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=10))
        self.app = AsyncApp(
            client=AsyncWebClient(token=s.slack_bot_token.get(), base_url=s.slack_api_url, timeout=15),
            signing_secret=s.slack_signing_secret.get() or "socket-mode-has-no-signature",
            # A worker (verified_upstream) runs listeners to completion before it returns, so a job
            # is finished only when its work is; the server itself answers first.
            process_before_response=verified_upstream,
            # A worker's requests were verified by the server that acknowledged them (and may have
            # queued longer than the signature's 5-minute window), so only the server verifies.
            request_verification_enabled=bool(s.slack_signing_secret) and not verified_upstream,
            raise_error_for_unhandled_request=False,
            ssl_check_enabled=True,
        )
        self.verified_upstream = verified_upstream
        if verified_upstream:  # bolt offers no setting for its lazy runner; the attribute is the hook
            self.app._async_listener_runner.lazy_listener_runner = _AwaitableLazyRunner(self.app.logger)
        self.verifier = SignatureVerifier(s.slack_signing_secret.get()) if s.slack_signing_secret else None
        self._bot_user_id: str | None = None
        self._dm_channels: dict[str, str] = {}
        self._tzs: dict[str, str | None] = {}
        self._wire()

    async def start(self) -> None:
        """A pooled HTTP session for Web API calls (slack-sdk opens one per call otherwise), and
        the worker loop that does the slow part of every request."""
        import aiohttp

        if self.client.session is None:
            self.client.session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30),
                                                        connector=aiohttp.TCPConnector(limit=100))
        if self.worker is not None or self.worker_mode == "inline":
            return
        if self.worker_mode == "queue":
            self.handover = self.svc.extras.get("queue")
            if self.handover is None:
                raise RuntimeError("queue mode needs the application's queue (bot.app.build_app makes it)")
            return
        if self.worker_mode == "process":
            self.worker = WorkerProcess("bot.adapters.slack.worker_main", self.svc.settings, name="clinibot-slack-worker")
            await asyncio.to_thread(self.worker.start)
            return
        # The ack path waits for the interpreter lock at most this long while the worker thread
        # computes (Python's default is 5 ms, which would queue acks behind the work).
        sys.setswitchinterval(0.0005)
        self.worker = WorkerLoop(self._worker_setup, self._worker_teardown, name="clinibot-slack-worker")
        await asyncio.to_thread(self.worker.start)

    async def _worker_setup(self) -> "SlackAdapter":
        from bot.app import Outbox, build_services

        wsvc = build_services(self.svc.settings, clock=self.svc.clock)
        router = self.dispatcher.router
        wsvc.extras["router"] = router
        sender = SlackAdapter(wsvc, Dispatcher(router, wsvc, self.metrics), self.metrics, worker_mode="inline",
                              verified_upstream=True)
        await sender.start()
        outbox = Outbox()
        outbox.adapters["slack"] = sender
        wsvc.extras["outbox"] = outbox
        return sender

    @staticmethod
    async def _worker_teardown(sender: "SlackAdapter") -> None:
        await sender.close()
        await sender.svc.db.dispose()

    async def close(self) -> None:
        if self.worker is not None:
            await asyncio.to_thread(self.worker.stop)
            self.worker = None
        if self.client.session is not None:
            await self.client.session.close()
            self.client.session = None

    async def _offload(self, method: str, *args: Any) -> None:
        """Hand the slow part to the worker (or run it here when there is none)."""
        if self.handover is not None:
            await self.handover.put(method, list(args))
        elif self.worker is None:
            await getattr(self, method)(*args)
        else:
            self._hand_over(method, args)

    # -- HTTP --------------------------------------------------------------------------------
    def routes(self) -> list[web.RouteDef]:
        """No HTTP route in Socket Mode, and never one without signature verification."""
        if self.svc.settings.slack_app_token or self.verifier is None:
            return []
        return [web.post("/slack/events", self.handle)]

    async def handle(self, request: web.Request) -> web.Response:
        """Verify the signature, then either answer here through bolt or (with a worker or the durable
        queue) store or hand over the raw request and answer at once; the worker's bolt parses,
        de-duplicates and routes it. Malformed requests get a 4xx before anything parses them."""
        if self.verifier is None:  # routes() never mounts this unverified; belt and braces
            return web.Response(status=404)
        checked = await verified_body(request, self.verifier)
        if isinstance(checked, web.Response):
            return checked
        body = checked
        headers = {k: v for k, v in request.headers.items()}
        if self.worker is None and self.handover is None:
            from slack_bolt.request.async_request import AsyncBoltRequest

            bolt_request = AsyncBoltRequest(body=body, query=request.query_string, headers=headers)
            return await to_aiohttp_response(await self.app.async_dispatch(bolt_request))
        kind = "event"
        if body.startswith("{"):
            try:
                data = json.loads(body)
            except ValueError:
                return web.Response(status=400)
            if isinstance(data, dict) and data.get("type") == "url_verification":
                return web.json_response({"challenge": data.get("challenge", "")})
        elif body.startswith("payload=") or "&payload=" in body:
            kind = "interaction"
        elif "ssl_check=1" in body:
            return web.Response(status=200)
        else:
            kind = "command"
        headers.pop(DELIVERY_HEADER, None)
        headers.pop(DELIVERY_HEADER.title(), None)
        if self.handover is not None:
            headers[DELIVERY_HEADER] = uuid.uuid4().hex  # set here, after verification: never the caller's
            if not await self._store(body, request.query_string, headers):
                return web.Response(status=503, headers={"Retry-After": "5"})
        else:
            self._hand_over("_dispatch_raw", (body, request.query_string, headers))
        self._acked(kind)
        return web.Response(status=200)

    async def _store(self, body: str, query: str, headers: dict[str, str]) -> bool:
        """Durable hand-over: True once the request is stored; False (answer 503) when it cannot be."""
        from bot.queue import QueueUnavailable

        try:
            await self.handover.put("_dispatch_raw", [body, query, headers])
            return True
        except QueueUnavailable as exc:
            log.warning("a Slack request could not be stored (%s); answered 503 so Slack retries", exc)
            if self.metrics:
                self.metrics.error("queue_store")
            return False

    def _hand_over(self, method: str, args: tuple) -> None:
        if isinstance(self.worker, WorkerProcess):
            self.worker.submit_call(method, args)
        else:
            assert self.worker is not None
            self.worker.submit(lambda sender: getattr(sender, method)(*args))

    async def _dispatch_raw(self, body: str, query: str, headers: dict[str, str]) -> None:
        """In the worker: the full bolt pipeline (dedupe middleware, listeners) on a verified request."""
        from slack_bolt.request.async_request import AsyncBoltRequest

        tasks: list = []
        token = _LAZY_TASKS.set(tasks)
        try:
            await self.app.async_dispatch(AsyncBoltRequest(body=body, query=query, headers=headers))
        finally:
            _LAZY_TASKS.reset(token)
        if tasks:
            await asyncio.gather(*tasks)

    async def start_socket_mode(self) -> Any:
        from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

        handler = AsyncSocketModeHandler(self.app, self.svc.settings.slack_app_token.get())
        await handler.connect_async()
        return handler

    # -- bolt wiring ---------------------------------------------------------------------------
    def _wire(self) -> None:
        app = self.app
        app.middleware(self._dedupe)

        async def ack_command(ack, body) -> None:
            await ack()
            self._acked("command")

        async def ack_only(ack) -> None:
            await ack()
            self._acked("interaction")

        async def lazy_command(body) -> None:
            await self._offload("_on_command", body)

        async def lazy_action(body) -> None:
            await self._offload("_on_block_action", body)

        async def lazy_view(body) -> None:
            await self._offload("_on_view_submission", body)

        async def reaction(event, body) -> None:
            await self._offload("_on_reaction", event, body)

        async def message(event, body) -> None:
            await self._offload("_on_message", event, body)

        async def mention(event, body) -> None:
            await self._offload("_on_mention", event, body)

        app.command(re.compile(r"^/.+"))(ack=ack_command, lazy=[lazy_command])
        app.action(re.compile(r".+"))(ack=ack_only, lazy=[lazy_action])
        app.view(re.compile(r".+"))(ack=ack_only, lazy=[lazy_view])
        app.event("reaction_added")(reaction)
        app.event("message")(message)
        app.event("app_mention")(mention)

    def _acked(self, kind: str) -> None:
        if self.metrics and not self.verified_upstream:  # a worker's "ack" answers nobody
            self.metrics.ack(kind)

    async def _dedupe(self, req, body: dict, next) -> BoltResponse | None:  # type: ignore[no-untyped-def]
        """Drop Slack's retries, replayed signed requests and duplicate Socket Mode deliveries
        before any listener, by a key stored in the dedupe table (shared by every process). A
        request stored in the durable queue carries its delivery id: the same stored request,
        retried after a worker died, claims its own key again instead of being dropped."""
        from storage.repos.dedupe import claim

        owner = (req.headers.get(DELIVERY_HEADER) or [""])[0] if req is not None else ""
        for key in dedupe_keys(body):
            fresh = await claim(self.svc.db, key, owner) if owner else await first_time(self.svc.db, key)
            if not fresh:
                self._acked("duplicate")
                return BoltResponse(status=200, body="")
        await next()
        return None

    def _response_url(self, body: dict) -> str | None:
        """The request's response_url, only when it points at an allowed (Slack) origin."""
        url = body.get("response_url")
        if not url:
            return None
        if response_url_allowed(str(url), self.svc.settings.slack_response_url_hosts):
            return str(url)
        log.warning("a response_url outside the allowed hosts was ignored")
        return None

    # -- inbound -------------------------------------------------------------------------------
    async def _tz(self, user: str) -> str | None:
        """The user's time zone from their Slack profile (cached), for pacing and quiet hours."""
        if user not in self._tzs:
            try:
                resp = await self.client.users_info(user=user)
                self._tzs[user] = (resp.get("user") or {}).get("tz")
            except SlackApiError:
                self._tzs[user] = None
        return self._tzs[user]

    async def _on_command(self, body: dict) -> None:
        user = body.get("user_id", "")
        actor = _actor(user, body.get("team_id", ""), body.get("user_name", ""))
        if body.get("command") == "/train":
            actor = Actor(**{**actor.__dict__, "tz": await self._tz(user)})
        cmd = Command(
            name=body.get("command", "/").lstrip("/"),
            text=(body.get("text") or "").strip(),
            actor=actor,
            channel_id=body.get("channel_id", ""),
            trigger_id=body.get("trigger_id"),
        )
        await self._run(lambda: self.dispatcher.command(cmd), channel=cmd.channel_id, user=cmd.actor.user_id,
                        response_url=self._response_url(body), trigger_id=cmd.trigger_id)

    async def _on_block_action(self, body: dict) -> None:
        container = body.get("container") or {}
        message = body.get("message") or {}
        channel = (body.get("channel") or {}).get("id") or container.get("channel_id", "")
        for act in body.get("actions", [])[:1]:
            action_id = act.get("action_id", "").split("#", 1)[0]
            value = act.get("value") or (act.get("selected_option") or {}).get("value", "")
            action = Action(
                action_id=action_id, value=value, kind="button",
                actor=_actor((body.get("user") or {}).get("id", ""), (body.get("team") or {}).get("id", "")),
                channel_id=channel, message_ref=container.get("message_ts") or message.get("ts", ""),
                thread_ref=container.get("thread_ts") or message.get("thread_ts"),
                trigger_id=body.get("trigger_id"),
            )
            await self._run(lambda: self.dispatcher.action(action), channel=channel, user=action.actor.user_id,
                            thread_ref=action.thread_ref, response_url=self._response_url(body),
                            trigger_id=action.trigger_id)

    async def _on_view_submission(self, body: dict) -> None:
        view = body.get("view") or {}
        meta: dict[str, Any] = {}
        try:
            meta = json.loads(view.get("private_metadata") or "{}")
        except ValueError:
            pass
        user = (body.get("user") or {}).get("id", "")
        channel = meta.get("channel", "") if isinstance(meta, dict) else ""
        action = Action(action_id=view.get("callback_id", ""), kind="submission",
                        actor=_actor(user, (body.get("team") or {}).get("id", "")),
                        value=view.get("private_metadata", ""), values=view_values(view), channel_id=channel,
                        message_ref=meta.get("message_ref", "") if isinstance(meta, dict) else "")
        await self._run(lambda: self.dispatcher.action(action), channel=channel, user=user)

    async def _on_reaction(self, event: dict, body: dict) -> None:
        item = event.get("item") or {}
        if item.get("type") != "message" or event.get("reaction") not in REACTIONS:
            return
        action = Action(action_id=f"reaction.{event['reaction']}", kind="reaction", value=event["reaction"],
                        actor=_actor(event.get("user", ""), body.get("team_id", "")),
                        channel_id=item.get("channel", ""), message_ref=item.get("ts", ""))
        await self._run(lambda: self.dispatcher.action(action), channel=action.channel_id, user=action.actor.user_id)

    async def _on_message(self, event: dict, body: dict) -> None:
        if event.get("bot_id") or event.get("subtype") or not event.get("user"):
            return
        is_dm = event.get("channel_type") == "im"
        if not is_dm and not event.get("thread_ts"):
            return  # only DMs and threads (lessons, quizzes) are conversations with the bot
        msg = Message(text=event.get("text", ""), actor=_actor(event["user"], body.get("team_id", "")),
                      channel_id=event.get("channel", ""), ts=event.get("ts", ""), thread_ref=event.get("thread_ts"))
        await self._run(lambda: self.dispatcher.message(msg), channel=msg.channel_id, user=msg.actor.user_id,
                        thread_ref=msg.thread_ref or (msg.ts if not is_dm else None))

    async def _on_mention(self, event: dict, body: dict) -> None:
        text = re.sub(r"<@[A-Z0-9]+>", "", event.get("text", "")).strip()
        name, _, rest = text.lstrip("/").partition(" ")
        cmd = Command(name=name.lower() or "clinibot", text=rest.strip() if name else "help",
                      actor=_actor(event.get("user", ""), body.get("team_id", "")),
                      channel_id=event.get("channel", ""), thread_ref=event.get("thread_ts") or event.get("ts"))
        await self._run(lambda: self.dispatcher.command(cmd), channel=cmd.channel_id, user=cmd.actor.user_id,
                        thread_ref=cmd.thread_ref)

    async def _run(self, work, *, channel: str, user: str, thread_ref: str | None = None,
                   response_url: str | None = None, trigger_id: str | None = None) -> None:
        """Run a service call; any failure becomes a clear ephemeral message, never silence."""
        try:
            replies = await work()
        except Exception:
            log.exception("handler failed")
            if self.metrics:
                self.metrics.error("slack_handler")
            replies = [Reply(text="Something went wrong on our side; nothing was saved. Please try again.",
                             ephemeral=True)]
        for reply in replies:
            try:
                await self.send(reply, channel=channel, user=user, thread_ref=thread_ref, response_url=response_url,
                                trigger_id=trigger_id)
            except SlackApiError as exc:
                log.warning("Slack API refused a reply: %s", exc.response.get("error"))
                if self.metrics:
                    self.metrics.error("slack_api")

    # -- outbound ------------------------------------------------------------------------------
    async def dm_channel(self, user: str) -> str:
        if user not in self._dm_channels:
            resp = await self.client.conversations_open(users=user)
            self._dm_channels[user] = resp["channel"]["id"]
        return self._dm_channels[user]

    async def send(self, reply: Reply, *, channel: str = "", user: str = "", thread_ref: str | None = None,
                   response_url: str | None = None, trigger_id: str | None = None) -> tuple[str, str] | None:
        """Render one reply. Returns (channel, message ts) when a message was posted."""
        if reply.form is not None:
            await self.client.views_open(trigger_id=trigger_id or "", view=render_view(reply.form))
            return None
        where = reply.where
        target = channel
        thread = reply.thread_ref or (thread_ref if where == "thread" else None)
        if where == "dm" or where.startswith("user:"):
            target = await self.dm_channel(where.split(":", 1)[1] if where.startswith("user:") else user)
        elif where.startswith("channel:"):
            target = where.split(":", 1)[1]
        if reply.file is not None:
            await self.client.files_upload_v2(channel=target, filename=reply.file.filename, content=reply.file.content,
                                              title=reply.file.title or reply.file.filename,
                                              initial_comment=reply.text or None, thread_ts=thread)
            return None
        blocks = render_blocks(reply)
        fallback = (reply.title + "\n" if reply.title else "") + (reply.text or " ")
        fallback = fallback[:3000]
        if reply.update_ref:
            if reply.ephemeral and response_url:
                await self._post_response_url(response_url, {"replace_original": True, "text": fallback, "blocks": blocks[:MAX_BLOCKS]})
                return None
            await self.client.chat_update(channel=target, ts=reply.update_ref, text=fallback, blocks=blocks[:MAX_BLOCKS])
            return target, reply.update_ref
        if reply.ephemeral and where in ("here", "thread") or (reply.ephemeral and where.startswith("channel:")):
            if not target and response_url:
                await self._post_response_url(response_url, {"response_type": "ephemeral", "text": fallback,
                                                             "blocks": blocks[:MAX_BLOCKS]})
                return None
            await self.client.chat_postEphemeral(channel=target, user=user, text=fallback, blocks=blocks[:MAX_BLOCKS],
                                                 thread_ts=thread)
            return None
        posted: tuple[str, str] | None = None
        for start in range(0, max(len(blocks), 1), MAX_BLOCKS):
            resp = await self.client.chat_postMessage(channel=target, text=fallback, blocks=blocks[start:start + MAX_BLOCKS],
                                                      thread_ts=thread, unfurl_links=False, unfurl_media=False)
            posted = posted or (resp["channel"], resp["ts"])
        if posted and reply.on_posted:
            await reply.on_posted(*posted)
        return posted

    async def _post_response_url(self, url: str, payload: dict) -> None:
        from slack_sdk.webhook.async_client import AsyncWebhookClient

        if not response_url_allowed(url, self.svc.settings.slack_response_url_hosts):
            log.warning("a reply to a response_url outside the allowed hosts was not sent")
            return
        await AsyncWebhookClient(url).send_dict(payload)


# -- request checks (pure functions, so the rules are in one place) -------------------------------
_UTF8 = {"utf-8", "utf8", "us-ascii", "ascii"}
MAX_CLOCK_SKEW = 300  # seconds; Slack's own recommendation for replay protection


async def verified_body(request: web.Request, verifier: SignatureVerifier) -> str | web.Response:
    """The request body as text when it is well-formed and signed; otherwise a 4xx response.
    Nothing here raises on hostile input: a bad charset, non-UTF-8 bytes or a non-numeric
    timestamp are refused before any parser sees them."""
    charset = (request.charset or "utf-8").lower()
    if charset not in _UTF8:
        return web.Response(status=415, text="unsupported charset")
    timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
    signature = request.headers.get("X-Slack-Signature", "")
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12 or not signature:
        return web.Response(status=401, text="invalid signature")
    raw = await request.read()
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        return web.Response(status=400, text="body is not UTF-8")
    try:
        valid = verifier.is_valid(body, timestamp, signature)
    except (ValueError, TypeError):
        valid = False
    if not valid:
        return web.Response(status=401, text="invalid signature")
    return body


def response_url_allowed(url: str, origins: tuple[str, ...]) -> bool:
    """True when `url` is on one of `origins` (`scheme://host[:port]`, `*.` for subdomains)."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if not host or parts.username or parts.password:
        return False
    for origin in origins:
        scheme, _, rest = origin.partition("://")
        want_host, _, want_port = rest.partition(":")
        if parts.scheme.lower() != scheme:
            continue
        if (str(port) if port is not None else "") != want_port:
            continue
        if want_host.startswith("*."):
            if host.endswith(want_host[1:]) and host != want_host[2:]:
                return True
        elif host == want_host:
            return True
    return False


DELIVERY_HEADER = "x-clinibot-delivery"


def dedupe_keys(body: Any) -> list[str]:
    """The keys that identify one delivery: Slack's event id, one reaction, and for slash commands
    and interactions (which carry no delivery id) the fields that make one person's one invocation
    unique: its trigger_id, plus what they typed or clicked. A retry or a replay of the signed body
    yields the same keys; a new invocation always has a new trigger_id."""
    import hashlib

    if not isinstance(body, dict):
        return []
    if body.get("type") == "event_callback":
        event = body.get("event") or {}
        keys = [f"slack:event:{body.get('event_id')}"] if body.get("event_id") else []
        if isinstance(event, dict) and event.get("type") == "reaction_added":
            item = event.get("item") or {}
            keys.append(f"slack:reaction:{event.get('user')}:{item.get('channel')}:{item.get('ts')}:{event.get('reaction')}")
        return keys
    if body.get("command"):
        parts = ["command", body.get("team_id"), body.get("user_id"), body.get("channel_id"), body.get("command"),
                 body.get("text"), body.get("trigger_id")]
    elif body.get("type") in ("block_actions", "view_submission", "view_closed", "shortcut", "message_action"):
        user = body.get("user") or {}
        view = body.get("view") or {}
        actions = body.get("actions") or [{}]
        first = actions[0] if isinstance(actions[0], dict) else {}
        parts = ["interaction", body.get("type"), (body.get("team") or {}).get("id"), user.get("id"),
                 body.get("trigger_id"), first.get("action_id"), first.get("action_ts"), view.get("id"),
                 view.get("hash"), body.get("container")]
        if not body.get("trigger_id") and not first.get("action_ts"):
            parts.append(json.dumps(body, sort_keys=True, default=str))  # nothing unique: the whole body
    else:
        return []
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode("utf-8")).hexdigest()
    return [f"slack:{parts[0]}:{digest}"]


async def worker_main(settings: Any, queue: Any) -> None:
    """The worker process: its own services and router, fed (method, payload) by the server."""
    from bot.app import Outbox, build_router, build_services
    from bot.phi.policy import install_log_filter

    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    svc = build_services(settings)
    install_log_filter(svc.phi)
    router = build_router()
    svc.extras["router"] = router
    sender = SlackAdapter(svc, Dispatcher(router, svc), worker_mode="inline", verified_upstream=True)
    await sender.start()
    outbox = Outbox()
    outbox.adapters["slack"] = sender
    svc.extras["outbox"] = outbox
    loop = asyncio.get_running_loop()
    running: set[asyncio.Task] = set()
    try:
        while True:
            item = await loop.run_in_executor(None, queue.get)
            if item is None:
                break
            method, args = item
            task = asyncio.create_task(getattr(sender, method)(*args))
            running.add(task)
            task.add_done_callback(running.discard)
        if running:
            await asyncio.gather(*running, return_exceptions=True)
    finally:
        await sender.close()
        await svc.db.dispose()
