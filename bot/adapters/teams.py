"""Microsoft Teams through the Microsoft 365 Agents SDK: `POST /api/messages` on the shared aiohttp
app, translating activities to core events and rendering `Reply` objects as Adaptive Cards.

Inbound: every request must carry a Bot Framework JWT, checked by the SDK's `JwtTokenValidator`
(RS256, audience = our app id, issuer allow-list, 5-minute skew). Tokens whose issuer is not ours
are refused before any key lookup, so a forged token never makes the server call out.
Outbound: the SDK's `CloudAdapter` (its connector client and token providers) posts, updates and,
through stored conversation references, writes first (`continue_conversation`).
No business rules live here: approvals, quizzes and permissions are the services' decisions.
"""
from __future__ import annotations

import asyncio
import hashlib
import html
import json
import logging
import re
import time
import warnings
from datetime import datetime
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import jwt
from aiohttp import web
from microsoft_agents.activity import (
    Activity,
    ActivityTypes,
    Attachment,
    ChannelAccount,
    ConversationParameters,
    ConversationReference,
    InvokeResponse,
)
from microsoft_agents.hosting.aiohttp import CloudAdapter
from microsoft_agents.hosting.core import ConnectionManager, TurnContext
from microsoft_agents.hosting.core.authorization import (
    AgentAuthConfiguration,
    AuthenticationConstants,
    AuthTypes,
    JwtTokenValidator,
)
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.core.text import chunks as split_text
from bot.core.dispatch import Dispatcher
from bot.core.events import Action, Actor, Command, Form, Message, Reply
from storage.models.core import utcnow
from storage.models.teams import TeamsConversation, TeamsMessageRef
from storage.repos.dedupe import first_time

log = logging.getLogger(__name__)

# Teams reaction -> the reaction name the services already understand (Slack's emoji names).
REACTIONS: dict[str, str] = {
    "like": "white_check_mark",
}
CARD = "application/vnd.microsoft.card.adaptive"
MESSAGE_RESPONSE = "application/vnd.microsoft.activity.message"
INVOKE_CARD_ACTION = "adaptiveCard/action"
CARD_BUDGET = 70_000  # bytes of card JSON per message; Teams refuses activities over ~100 KB
TEXT_LIMIT = 15_000  # characters per TextBlock
MAX_CARD_ACTIONS = 6  # more buttons go into ActionSets in the body
FORM_KEY, META_KEY = "_form", "_meta"
INLINE_FILE_LIMIT = 40_000  # text files up to this size are shown inline; Teams bots cannot upload to channels
STYLES = {"primary": "positive", "danger": "destructive"}


# -- configuration ----------------------------------------------------------------------------
def auth_configuration(settings: Any) -> AgentAuthConfiguration:
    """The SDK connection settings (the SERVICE_CONNECTION of its env convention) from our settings."""
    return AgentAuthConfiguration(
        auth_type=AuthTypes(settings.teams_auth_type),
        client_id=settings.teams_client_id,
        tenant_id=settings.teams_tenant_id or None,
        client_secret=settings.teams_client_secret.get() or None,
        cert_pfx_file=settings.teams_cert_file or None,
        connection_name="SERVICE_CONNECTION",
        validate_issuer=True,
    )


def _msal_provider(config: AgentAuthConfiguration) -> Any:
    from microsoft_agents.authentication.msal import MsalAuth

    return MsalAuth(config)


# -- Markdown (the services' dialect) -> Adaptive Card TextBlock Markdown -----------------------
_SLACK_LINK = re.compile(r"<(https?://[^|>\s]+)\|([^>]+)>")
_MENTION = re.compile(r"<@([^>]+)>")
_CITATION = re.compile(r"^\[(\d+)\]\s+(.+?)(?:\s+(https?://\S+))?$")
_LIST = re.compile(r"^\s*(?:[-•*]|\d+\.)\s+")


def to_card_markdown(text: str) -> str:
    """Teams drops single line breaks in TextBlocks, so lines become paragraphs (lists stay lists)."""
    text = _SLACK_LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", text)
    text = _MENTION.sub(lambda m: m.group(1).split(":")[-1], text)
    out: list[str] = []
    prev_list = False
    for raw in text.split("\n"):
        line = raw.rstrip()
        cite = _CITATION.match(line.strip())
        if cite:
            n, title, url = cite.groups()
            line = f"- **[{n}]** [{title}]({url})" if url else f"- **[{n}]** {title}"
        elif line.lstrip().startswith("• "):
            line = "- " + line.lstrip()[2:]
        is_list = bool(_LIST.match(line))
        if not line.strip():
            prev_list = False
            continue
        if out:
            out.append("\n" if is_list and prev_list else "\n\n")
        out.append(line)
        prev_list = is_list
    return "".join(out)


def chunks(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    return split_text(text, limit)


def _size(obj: Any) -> int:
    return len(json.dumps(obj, ensure_ascii=False).encode("utf-8"))


def _card(body: list[dict], actions: list[dict] | None = None) -> dict:
    card: dict[str, Any] = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                            "version": "1.5", "body": body, "msteams": {"width": "Full"}}
    if actions:
        card["actions"] = actions
    return card


def _execute(label: str, verb: str, data: dict, style: str | None = None) -> dict:
    action: dict[str, Any] = {"type": "Action.Execute", "title": label[:80], "verb": verb, "data": data}
    if style in STYLES:
        action["style"] = STYLES[style]
    return action


def render_cards(reply: Reply) -> list[dict]:
    """One or more Adaptive Cards, each under the size budget; buttons and small print go last."""
    title = {"type": "TextBlock", "text": reply.title[:300], "weight": "Bolder", "size": "Medium", "wrap": True} \
        if reply.title else None
    blocks = [{"type": "TextBlock", "text": chunk, "wrap": True}
              for part in [reply.text, *reply.sections] if part
              for chunk in chunks(to_card_markdown(part))]
    if reply.file is not None:
        blocks.extend(_file_blocks(reply.file))
    tail = [{"type": "TextBlock", "text": to_card_markdown(c)[:2000], "isSubtle": True, "size": "Small", "wrap": True}
            for c in reply.context[:10]]
    actions = [_execute(b.label, b.action_id, {"value": b.value}, b.style) for b in reply.buttons[:30]]
    card_actions: list[dict] = actions
    if len(actions) > MAX_CARD_ACTIONS:
        card_actions = []
        tail = [{"type": "ActionSet", "actions": actions[i:i + 5]} for i in range(0, len(actions), 5)] + tail
    budget = CARD_BUDGET - _size(tail) - _size(card_actions) - 400
    cards: list[list[dict]] = [[title] if title else []]
    used = _size(cards[0])
    for block in blocks:
        size = _size(block)
        if cards[-1] and used + size > budget:
            cont = {"type": "TextBlock", "text": f"{reply.title or 'continued'} (continued)"[:300],
                    "weight": "Bolder", "wrap": True}
            cards.append([cont])
            used = _size(cont)
        cards[-1].append(block)
        used += size
    cards[-1].extend(tail)
    if not any(cards[-1]) or not cards[-1]:
        cards[-1].append({"type": "TextBlock", "text": " ", "wrap": True})
    return [_card(body, card_actions if i == len(cards) - 1 else None) for i, body in enumerate(cards)]


def _file_blocks(file: Any) -> list[dict]:
    text_like = file.mimetype.startswith("text/") or file.mimetype in ("application/json", "application/xml")
    if text_like and len(file.content) <= INLINE_FILE_LIMIT:
        body = file.content.decode("utf-8", errors="replace")
        return [{"type": "TextBlock", "text": f"**{file.title or file.filename}** ({file.filename})", "wrap": True},
                {"type": "TextBlock", "text": body, "wrap": True, "fontType": "Monospace", "size": "Small"}]
    return [{"type": "TextBlock", "wrap": True,
             "text": f"**{file.filename}** ({len(file.content):,} bytes) cannot be attached in Teams; "
                     "download it from the web interface or the command line."}]


def render_form(form: Form) -> dict:
    """A form as a card; its submit button is an `Action.Execute` whose verb is the callback id."""
    body: list[dict] = [{"type": "TextBlock", "text": form.title, "weight": "Bolder", "size": "Medium", "wrap": True}]
    for f in form.fields:
        if f.choices:
            element: dict[str, Any] = {"type": "Input.ChoiceSet", "id": f.name, "label": f.label, "style": "compact",
                                       "isRequired": f.required,
                                       "choices": [{"title": c[:100], "value": c} for c in f.choices]}
            if f.initial in f.choices:
                element["value"] = f.initial
        else:
            element = {"type": "Input.Text", "id": f.name, "label": f.label, "isRequired": f.required,
                       "isMultiline": f.multiline}
            if f.initial:
                element["value"] = f.initial[:5000]
        if f.required:
            element["errorMessage"] = f"{f.label} is required"
        body.append(element)
        if f.hint:
            body.append({"type": "TextBlock", "text": f.hint, "isSubtle": True, "size": "Small", "wrap": True,
                         "spacing": "None"})
    data = {FORM_KEY: form.callback_id, META_KEY: form.private_metadata}
    return _card(body, [_execute(form.submit_label, form.callback_id, data, "primary")])


def card_activity(card: dict, summary: str = "") -> Activity:
    return Activity(type=ActivityTypes.message, attachments=[Attachment(content_type=CARD, content=card)],
                    summary=summary[:200] or None)


# -- ids ----------------------------------------------------------------------------------------
def split_conversation(conversation_id: str) -> tuple[str, str | None]:
    """A channel thread's conversation id is `<channel>;messageid=<root>`: -> (channel, root)."""
    base, _, thread = conversation_id.partition(";messageid=")
    return base, thread or None


def conversation_key(conversation_id: str) -> str:
    return "tc_" + hashlib.sha256(conversation_id.encode()).hexdigest()[:24]


def _short(value: str, prefix: str) -> str:
    return value if len(value) <= 64 else prefix + hashlib.sha256(value.encode()).hexdigest()[:40]


_AT = re.compile(r"<at[^>]*>.*?</at>", re.I | re.S)
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>", re.I)
_TAG = re.compile(r"<[^>]+>")


def clean_text(activity: Activity) -> str:
    """Message text without the bot's @mention and without Teams' HTML."""
    try:
        activity.remove_recipient_mention()
    except Exception:  # a mention entity without a matching text: the regex below still strips it
        pass
    text = _AT.sub(" ", activity.text or "")
    text = _BREAK.sub("\n", text)
    text = html.unescape(_TAG.sub("", text)).replace("\xa0", " ")
    return "\n".join(line.strip() for line in text.strip().splitlines()).strip()


def parse_command(text: str, commands: Any) -> tuple[str, str] | None:
    """Teams has no slash commands: "draft referral ...", "/draft referral ..." and "help" are typed.
    Returns (command, arguments), or None for a plain message (a quiz answer such as "B")."""
    first, rest = (text.split(None, 1) + ["", ""])[:2]
    name = first.lstrip("/").lower()
    if name in commands:
        return name, rest.strip()
    if name in ("help", "") or (first.startswith("/") and name):
        return ("clinibot", "help") if name in ("help", "") else (name, rest.strip())
    return None


def _actor(a: Activity) -> Actor:
    who = a.from_property or ChannelAccount(id="")
    user = who.aad_object_id or who.id or ""
    return Actor(user_id=_short(user, "tu_"), platform="teams",
                 team_id=(a.conversation.tenant_id if a.conversation else "") or "",
                 display_name=who.name or "", tz=a.local_timezone or None)


@dataclass
class _Conv:
    key: str
    conversation_id: str
    conversation_type: str
    reference: str


def activity_problem(body: dict) -> str:
    """Why an activity cannot be processed (empty when it can): checked before the SDK parses it,
    so a malformed one gets a 400 rather than an error deep inside a turn."""
    conversation = body.get("conversation")
    if not isinstance(conversation, dict) or not isinstance(conversation.get("id"), str) or not conversation["id"]:
        return "conversation.id is required"
    if not isinstance(body.get("type"), str):
        return "type is required"
    for name in ("timestamp", "localTimestamp"):
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return f"{name} must be an ISO 8601 date-time"
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return f"{name} must be an ISO 8601 date-time"
    for name in ("from", "recipient"):
        if body.get(name) is not None and not isinstance(body.get(name), dict):
            return f"{name} must be an object"
    return ""


# -- the adapter --------------------------------------------------------------------------------
class TeamsAdapter:
    """Owns the SDK's CloudAdapter; the only code that knows Teams' activity and card shapes.

    `svc.extras["teams.token_provider"]` may hold a factory (AgentAuthConfiguration -> SDK access
    token provider) used instead of MSAL for outbound calls, e.g. a workload's own token source.
    """

    platform = "teams"

    label = "Microsoft Teams"
    path = "/api/messages"

    @staticmethod
    def off_reason(settings: Any) -> str:
        """Empty when configured; otherwise why this platform is off (no secret values)."""
        return "" if settings.teams_enabled else settings.teams_off_reason
    turn_budget = 10.0  # seconds of service work answered within the turn

    def __init__(self, svc: Any, dispatcher: Dispatcher, metrics: Any = None) -> None:
        self.svc, self.dispatcher, self.metrics = svc, dispatcher, metrics
        self.auth_config = auth_configuration(svc.settings)
        self.app_id = svc.settings.teams_client_id
        factory: Callable[[AgentAuthConfiguration], Any] = svc.extras.get("teams.token_provider") or _msal_provider
        connections = ConnectionManager(provider_factory=factory,
                                        connections_configurations={"SERVICE_CONNECTION": self.auth_config})
        self.cloud = CloudAdapter(connection_manager=connections)
        self.cloud.on_turn_error = self._on_turn_error
        self._issuers = {i.lower() for i in self.auth_config.ISSUERS}
        self._known: dict[str, str] = {}  # conversation key -> stored reference JSON (skip rewrites)
        self._pending: set[asyncio.Future] = set()

    # -- HTTP ----------------------------------------------------------------------------------
    def routes(self) -> list[web.RouteDef]:
        return [web.post("/api/messages", self.handle)]

    async def handle(self, request: web.Request) -> web.StreamResponse:
        identity = await self._authenticate(request.headers.get("Authorization", ""))
        if identity is None:
            if self.metrics:
                self.metrics.error("teams_auth")
            return web.json_response({"error": "Invalid token or authentication failed."}, status=401)
        refusal = await self._check_activity(request, identity)
        if refusal is not None:
            return refusal
        with warnings.catch_warnings():  # the SDK reads this plain string key back
            warnings.simplefilter("ignore", web.NotAppKeyWarning)
            request["claims_identity"] = identity
        return await self.cloud.process(request, self)

    async def _check_activity(self, request: web.Request, identity: Any) -> web.Response | None:
        """Our bot token goes to the activity's serviceUrl, so it must be the one the token was issued
        for; and when a tenant is configured, other tenants' activities are not ours to answer."""
        try:
            body = await request.json()
        except ValueError:
            return web.json_response({"error": "Invalid JSON"}, status=400)
        if not isinstance(body, dict):
            return web.json_response({"error": "Invalid activity"}, status=400)
        problem = activity_problem(body)
        if problem:
            return web.json_response({"error": f"Invalid activity: {problem}"}, status=400)
        claimed = identity.get_claim_value("serviceurl")
        host = urlparse(str(body.get("serviceUrl", ""))).netloc.lower()
        if claimed and urlparse(str(claimed)).netloc.lower() != host:
            log.warning("Teams activity refused: serviceUrl differs from the token's")
            return web.json_response({"error": "Invalid token or authentication failed."}, status=401)
        tenant = self.svc.settings.teams_tenant_id.lower()
        got = str(((body.get("conversation") or {}).get("tenantId")
                   or ((body.get("channelData") or {}).get("tenant") or {}).get("id") or "")).lower()
        if tenant and tenant not in ("common", "organizations") and got and got != tenant:
            log.warning("Teams activity from another tenant refused")
            return web.json_response({"error": "This app serves one organization."}, status=403)
        return None

    async def _authenticate(self, header: str) -> Any:
        """The SDK validator's ClaimsIdentity, or None. Anonymous requests are never accepted."""
        scheme, _, token = header.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or any(c.isspace() for c in token):
            return None
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
        except jwt.PyJWTError:
            return None
        if not isinstance(unverified, dict) or "exp" not in unverified \
                or str(unverified.get("iss", "")).lower() not in self._issuers:
            return None  # refused before any key lookup: no outbound call for a forged issuer
        try:
            identity = await JwtTokenValidator(self.auth_config).validate_token(token)
        except Exception as exc:  # PyJWTError, ValueError, unknown key ...
            log.warning("Teams token refused: %s", type(exc).__name__)
            return None
        # The SDK allows five minutes past expiry; we allow only CLINIBOT_TEAMS_TOKEN_LEEWAY seconds.
        # (The claim is read from the validated token.)
        try:
            expires = float(identity.get_claim_value("exp"))
        except (TypeError, ValueError):
            return None
        if time.time() > expires + self.svc.settings.teams_token_leeway:
            log.warning("Teams token refused: expired")
            return None
        return identity

    async def _on_turn_error(self, context: TurnContext, error: Exception) -> None:
        log.error("Teams turn failed: %s", type(error).__name__, exc_info=error)

    # -- inbound (the SDK calls this for every authenticated activity) --------------------------------
    async def on_turn(self, context: TurnContext) -> None:
        a = context.activity
        conv = await self._remember(a)
        if a.type == ActivityTypes.invoke:
            await self._on_invoke(context, conv)
            return
        if a.type == ActivityTypes.message:
            if a.id and not await first_time(self.svc.db, f"teams:activity:{conv.key}:{a.id}"):
                return
            await self._on_message(context, conv)
        elif a.type == ActivityTypes.message_reaction:
            await self._on_reaction(context, conv)
        # conversationUpdate / installationUpdate: the stored reference is all we need

    async def _on_message(self, context: TurnContext, conv: _Conv) -> None:
        a = context.activity
        actor = _actor(a)
        _, thread = split_conversation(a.conversation.id)
        text = clean_text(a)
        parsed = parse_command(text, self.dispatcher.router.commands)
        if parsed is not None:
            cmd = Command(name=parsed[0], text=parsed[1], actor=actor, channel_id=conv.key, thread_ref=thread)
            work = lambda: self.dispatcher.command(cmd)  # noqa: E731
        else:
            msg = Message(text=text, actor=actor, channel_id=conv.key, ts=await self._message_key(conv.key, a.id or ""),
                          thread_ref=thread)

            async def work() -> list[Reply]:
                replies = await self.dispatcher.message(msg)
                return replies or [Reply(text="I didn't understand that. Type **help** for what I can do, "
                                              "for example `draft referral ...` or `evidence <question>`.",
                                         ephemeral=True)]
        await self._run(work, context, conv, actor, thread)

    async def _on_reaction(self, context: TurnContext, conv: _Conv) -> None:
        a = context.activity
        actor = _actor(a)
        for reaction in a.reactions_added or []:
            name = REACTIONS.get((reaction.type or "").lower())
            if not name or not a.reply_to_id:
                continue
            if not await first_time(self.svc.db, f"teams:reaction:{actor.user_id}:{conv.key}:{a.reply_to_id}:{name}"):
                continue
            action = Action(action_id=f"reaction.{name}", kind="reaction", value=name, actor=actor,
                            channel_id=conv.key, message_ref=await self._message_key(conv.key, a.reply_to_id))
            await self._run(lambda: self.dispatcher.action(action), context, conv, actor,
                            split_conversation(a.conversation.id)[1])

    async def _on_invoke(self, context: TurnContext, conv: _Conv) -> None:
        a = context.activity
        if a.name != INVOKE_CARD_ACTION:
            return  # the SDK answers 501 for invokes nobody handles
        value = a.value if isinstance(a.value, dict) else {}
        act = value.get("action") or {}
        data = act.get("data") if isinstance(act.get("data"), dict) else {}
        verb = str(act.get("verb") or "")
        actor = _actor(a)
        card_ref = await self._message_key(conv.key, a.reply_to_id) if a.reply_to_id else ""
        _, thread = split_conversation(a.conversation.id)
        if FORM_KEY in data:
            action = Action(action_id=verb, kind="submission", actor=actor, value=str(data.get(META_KEY) or ""),
                            values={k: "" if v is None else str(v) for k, v in data.items() if not k.startswith("_")},
                            channel_id=conv.key, message_ref=card_ref, thread_ref=thread)
        else:
            action = Action(action_id=verb, kind="button", actor=actor, value=str(data.get("value") or ""),
                            channel_id=conv.key, message_ref=card_ref, thread_ref=thread)
        body: dict[str, Any] | None = None
        try:
            replies = await self.dispatcher.action(action)
        except Exception:
            log.exception("Teams card action failed")
            if self.metrics:
                self.metrics.error("teams_handler")
            replies = [Reply(text="Something went wrong on our side; nothing was saved. Please try again.",
                             ephemeral=True)]
        notes: list[str] = []
        for reply in replies:
            try:
                if body is None and card_ref and reply.update_ref == card_ref and reply.form is None:
                    # The clicked card: the invoke response shows it at once, the update shows it to everyone.
                    body = {"statusCode": 200, "type": CARD, "value": render_cards(reply)[0]}
                    await self.send(reply, channel=conv.key, user=actor.user_id, thread_ref=thread, context=context)
                elif reply.ephemeral and reply.where in ("here", "thread") and not (
                        reply.update_ref or reply.form or reply.buttons or reply.file):
                    notes.append(reply.plain_text())  # only the person who clicked sees the invoke answer
                else:
                    await self.send(reply, channel=conv.key, user=actor.user_id, thread_ref=thread, context=context)
            except Exception:
                log.exception("Teams refused a reply")
                if self.metrics:
                    self.metrics.error("teams_api")
        if body is None and notes:
            body = {"statusCode": 200, "type": MESSAGE_RESPONSE, "value": "\n".join(notes)[:2000]}
        elif body is None and action.kind == "submission":
            body = {"statusCode": 200, "type": CARD,
                    "value": _card([{"type": "TextBlock", "text": "Submitted.", "wrap": True}])}
        elif body is None:
            body = {"statusCode": 200, "type": MESSAGE_RESPONSE, "value": "Done."}
        elif notes:
            for note in notes:
                await self.send(Reply(text=note, ephemeral=True), channel=conv.key, user=actor.user_id,
                                thread_ref=thread, context=context)
        await context.send_activity(Activity(type=ActivityTypes.invoke_response,
                                             value=InvokeResponse(status=200, body=body)))

    async def _run(self, work, context: TurnContext, conv: _Conv, actor: Actor, thread: str | None) -> None:
        """Run a service call and answer in this turn; a call slower than `turn_budget` (Teams waits
        about 15 s) finishes after the turn and its replies are written proactively."""
        task = asyncio.ensure_future(self._work(work))
        done, _ = await asyncio.wait({task}, timeout=self.turn_budget)
        if done:
            await self._send_all(task.result(), conv, actor, thread, context=context)
            return
        recipient = context.activity.from_property

        async def finish() -> None:
            await self._send_all(await task, conv, actor, thread, recipient=recipient)

        background = asyncio.ensure_future(finish())
        self._pending.add(background)
        background.add_done_callback(self._pending.discard)

    async def drain(self) -> None:
        """Wait for work that outlived its turn (tests, graceful shutdown)."""
        while self._pending:
            await asyncio.gather(*list(self._pending), return_exceptions=True)

    async def _work(self, work) -> list[Reply]:
        """Any failure becomes a clear message, never silence."""
        try:
            return await work()
        except Exception:
            log.exception("Teams handler failed")
            if self.metrics:
                self.metrics.error("teams_handler")
            return [Reply(text="Something went wrong on our side; nothing was saved. Please try again.",
                          ephemeral=True)]

    async def _send_all(self, replies: list[Reply], conv: _Conv, actor: Actor, thread: str | None, *,
                        context: TurnContext | None = None, recipient: ChannelAccount | None = None) -> None:
        for reply in replies:
            try:
                await self.send(reply, channel=conv.key, user=actor.user_id, thread_ref=thread, context=context,
                                recipient=recipient)
            except Exception:
                log.exception("Teams refused a reply")
                if self.metrics:
                    self.metrics.error("teams_api")

    # -- conversation references ---------------------------------------------------------------------
    async def _remember(self, a: Activity) -> _Conv:
        base, _ = split_conversation(a.conversation.id)
        key = conversation_key(base)
        ref = a.get_conversation_reference()
        ref.conversation = ref.conversation.model_copy(update={"id": base})
        ref.activity_id = None
        reference = ref.model_dump_json(by_alias=True, exclude_none=True)
        ctype = a.conversation.conversation_type or "personal"
        conv = _Conv(key, base, ctype, reference)
        if self._known.get(key) == reference:
            return conv
        user = _actor(a).user_id if ctype == "personal" else ""
        fields = dict(conversation_id=base, conversation_type=ctype, user_id=user,
                      tenant_id=a.conversation.tenant_id or "", service_url=a.service_url or "",
                      reference=reference, updated_at=utcnow())
        try:
            async with self.svc.db.session() as s:
                row = await s.get(TeamsConversation, key)
                if row is None:
                    s.add(TeamsConversation(key=key, **fields))
                else:
                    for name, value in fields.items():
                        setattr(row, name, value)
        except IntegrityError:
            pass  # another worker stored the same conversation at the same moment
        self._known[key] = reference
        return conv

    async def _conversation(self, key: str) -> _Conv | None:
        async with self.svc.db.session() as s:
            row = await s.get(TeamsConversation, key)
        return _Conv(row.key, row.conversation_id, row.conversation_type, row.reference) if row else None

    async def _personal(self, user_id: str) -> _Conv | None:
        async with self.svc.db.session() as s:
            row = (await s.execute(select(TeamsConversation).where(
                TeamsConversation.user_id == user_id, TeamsConversation.conversation_type == "personal")
                .order_by(TeamsConversation.updated_at.desc()).limit(1))).scalar()
        return _Conv(row.key, row.conversation_id, row.conversation_type, row.reference) if row else None

    async def _open_personal(self, who: ChannelAccount, via: _Conv) -> _Conv | None:
        """Start the bot's 1:1 chat with someone met in a channel or group chat (the app must be
        installed where they are), and remember it for later proactive messages."""
        ref = ConversationReference.model_validate_json(via.reference)
        tenant = (ref.conversation.tenant_id if ref.conversation else None) or self.svc.settings.teams_tenant_id
        params = ConversationParameters(is_group=False, agent=ref.agent, members=[who], tenant_id=tenant,
                                        channel_data={"tenant": {"id": tenant}})
        opened: list[_Conv] = []

        async def callback(ctx: TurnContext) -> None:
            ctx.activity.from_property = who  # the stored reference then names the user
            opened.append(await self._remember(ctx.activity))

        try:
            await self.cloud.create_conversation(self.app_id, str(ref.channel_id or "msteams"), ref.service_url,
                                                 AuthenticationConstants.AGENTS_SDK_SCOPE, params, callback)
        except Exception as exc:
            log.warning("could not open a Teams 1:1 chat: %s", type(exc).__name__)
        return opened[0] if opened else None

    async def _message_key(self, conv_key: str, activity_id: str) -> str:
        """The id services see for a message: the activity id, or a short key for a long one."""
        if len(activity_id) <= 64:
            return activity_id
        key = "tm_" + hashlib.sha256(f"{conv_key}:{activity_id}".encode()).hexdigest()[:24]
        try:
            async with self.svc.db.session() as s:
                if await s.get(TeamsMessageRef, key) is None:
                    s.add(TeamsMessageRef(key=key, conversation_key=conv_key, activity_id=activity_id))
        except IntegrityError:
            pass
        return key

    async def _activity_id(self, message_key: str) -> str:
        if not message_key.startswith("tm_"):
            return message_key
        async with self.svc.db.session() as s:
            row = await s.get(TeamsMessageRef, message_key)
        return row.activity_id if row else message_key

    # -- outbound --------------------------------------------------------------------------------------
    async def send(self, reply: Reply, *, channel: str = "", user: str = "", thread_ref: str | None = None,
                   context: TurnContext | None = None, recipient: ChannelAccount | None = None,
                   **_: Any) -> tuple[str, str] | None:
        """Render one reply. Returns (channel key, message ref) when a message was posted or updated."""
        where = reply.where
        target = channel
        if where == "dm" or where.startswith("user:"):
            who = where.split(":", 1)[1] if where.startswith("user:") else user
            personal = await self._personal(who)
            account = self._turn_user(context, who, recipient)
            via = await self._conversation(channel) if channel else None
            if personal is None and account is not None and via is not None:
                personal = await self._open_personal(account, via)
            if personal is None:
                log.info("no personal chat with that Teams user yet; a message was not delivered")
                return None
            target = personal.key
        elif where.startswith("channel:"):
            target = where.split(":", 1)[1]
        elif not target and user:
            # written first with no conversation named (a job, a follow-up): the user's 1:1 chat
            personal = await self._personal(user)
            target = personal.key if personal else ""
        conv = await self._conversation(target) if target else None
        if conv is None:
            log.info("no stored Teams conversation for %s; a message was not delivered", target)
            return None
        thread = reply.thread_ref or (thread_ref if where in ("here", "thread") else None)
        if conv.conversation_type != "channel":
            thread = None
        if reply.form is not None:
            activities = [card_activity(render_form(reply.form), reply.form.title)]
        else:
            activities = [card_activity(card, reply.title or reply.text) for card in render_cards(reply)]
        private = reply.ephemeral or reply.form is not None  # forms are personal, like Slack's modals
        if private and conv.conversation_type != "personal" and not reply.update_ref:
            target_user = self._turn_user(context, user, recipient)
            if target_user is not None:
                for act in activities:
                    act.with_targeted_recipient(target_user)
            else:
                personal = await self._personal(user)
                if personal is not None:
                    conv, thread = personal, None
        if reply.update_ref:
            activity = activities[0]
            activity.id = await self._activity_id(reply.update_ref)
            await self._deliver(conv, thread, [activity], context, update=True)
            return conv.key, reply.update_ref
        ids = await self._deliver(conv, thread, activities, context)
        posted = (conv.key, await self._message_key(conv.key, ids[0])) if ids and ids[0] else None
        if posted and reply.on_posted:
            await reply.on_posted(*posted)
        return posted

    @staticmethod
    def _turn_user(context: TurnContext | None, user: str, recipient: ChannelAccount | None) -> ChannelAccount | None:
        """The Teams account of the person an ephemeral reply is for, when we know it."""
        who = context.activity.from_property if context is not None else recipient
        if who is None:
            return None
        return who if user in (who.aad_object_id, _short(who.id or "", "tu_")) else None

    async def _deliver(self, conv: _Conv, thread: str | None, activities: list[Activity],
                       context: TurnContext | None, *, update: bool = False) -> list[str]:
        """Send (or update) through this turn when it is a message in the same place, else proactively."""
        if context is not None and context.activity.type == ActivityTypes.message:
            base, here_thread = split_conversation(context.activity.conversation.id)
            if base == conv.conversation_id and (thread is None or thread == here_thread):
                return await self._through(context, activities, update)
        reference = ConversationReference.model_validate_json(conv.reference)
        if thread:
            reference.conversation = reference.conversation.model_copy(
                update={"id": f"{conv.conversation_id};messageid={thread}"})
        continuation = reference.get_continuation_activity()
        continuation.id = None  # so messages are posted to the conversation, not as replies to it
        ids: list[str] = []

        async def callback(ctx: TurnContext) -> None:
            ids.extend(await self._through(ctx, activities, update))

        await self.cloud.continue_conversation(self.app_id, continuation, callback)
        return ids

    @staticmethod
    async def _through(context: TurnContext, activities: list[Activity], update: bool) -> list[str]:
        if update:
            for act in activities:
                await context.update_activity(act)
            return [act.id or "" for act in activities]
        responses = await context.send_activities(activities)
        return [r.id or "" for r in responses]
