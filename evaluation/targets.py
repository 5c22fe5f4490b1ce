"""What answers a case: the bot's own pipeline (as a clinician's message travels) or the raw model.

Pipeline: the last user message goes through the dispatcher exactly as a console or Slack line
does (PHI guard, router, skill or evidence service, the configured model behind the guard). A line
that is not a slash command is asked as ``/evidence <text>``, the bot's question path; a case may
name its own command in a ``clinibot_command`` field. What the clinician would see (every reply,
a form's questions, a PHI notice) is the response that gets graded. Earlier turns of a
multi-turn case cannot be replayed into a slash command and are counted as dropped.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Protocol

import openai

from evaluation.cases import Case
from evaluation.retry import with_backoff
from evaluation.usage import Usage


@dataclass
class Response:
    text: str
    routed_as: str = ""
    dropped_turns: int = 0
    usage: Usage = field(default_factory=Usage)


class Target(Protocol):
    name: str

    async def respond(self, case: Case) -> Response: ...

    async def aclose(self) -> None: ...


class RawTarget:
    """The model alone: the case's messages as they are, to the configured endpoint."""

    def __init__(self, *, base_url: str, model: str, api_key: str = "", timeout: float = 60.0,
                 attempts: int = 4, backoff: float = 0.5) -> None:
        self.name = f"raw:{model}"
        self.model = model
        self.attempts, self.backoff = attempts, backoff
        self._client = openai.AsyncOpenAI(base_url=base_url, api_key=api_key or "not-needed",
                                          timeout=timeout, max_retries=0)

    async def respond(self, case: Case) -> Response:
        usage = Usage()

        async def call():  # type: ignore[no-untyped-def]
            return await self._client.chat.completions.create(model=self.model, messages=list(case.prompt),
                                                              temperature=0.2, max_tokens=1500, store=False)

        def bump() -> None:
            usage.retries += 1

        result = await with_backoff(call, attempts=self.attempts, base=self.backoff, on_retry=bump)
        usage.add_response(result)
        text = result.choices[0].message.content if result.choices else ""
        return Response(text=text or "", routed_as="raw", usage=usage)

    async def aclose(self) -> None:
        await self._client.close()


def command_line(case: Case) -> tuple[str, str]:
    """(command name, text) for a case in pipeline mode."""
    line = str(case.extra.get("clinibot_command") or case.last_user_message).strip()
    if line.startswith("/"):
        name, _, text = line[1:].partition(" ")
        return name.lower(), text.strip()
    return "evidence", line


def render_reply(reply: Any) -> str:
    """What a clinician sees of one reply, as text; a form lists the fields it asks for."""
    if reply.form is not None:
        asked = ", ".join(f.label + ("" if f.required else " (optional)") for f in reply.form.fields)
        return f"[The bot opens a form \"{reply.form.title}\" asking for: {asked}]"
    text = reply.plain_text()
    if reply.file is not None:
        text += f"\n[attached file: {reply.file.filename}]"
    return text


class PipelineTarget:
    """The bot's own path, in process, on the services a site configured."""

    def __init__(self, svc: Any, dispatcher: Any) -> None:
        self.svc, self.dispatcher = svc, dispatcher
        self.name = f"pipeline:{getattr(svc.llm, 'name', 'offline')}"

    @classmethod
    async def build(cls, settings: Any) -> "PipelineTarget":
        from bot.app import Outbox, build_router, build_services
        from bot.core.dispatch import Dispatcher
        from bot.evidence.chat import startup
        from bot.phi.policy import install_log_filter
        from storage.migrate import upgrade_async

        await upgrade_async(settings.database_url)
        svc = build_services(settings)
        install_log_filter(svc.phi)
        router = build_router()
        svc.extras["router"] = router
        svc.extras["outbox"] = Outbox()  # proactive messages (review samples) have nowhere to go
        await startup(svc)
        return cls(svc, Dispatcher(router, svc))

    def llm_usage(self) -> dict[str, int]:
        inner = getattr(self.svc.llm, "inner", None)
        return dict(getattr(inner, "usage", {}) or {})

    async def respond(self, case: Case) -> Response:
        from bot.core.events import Actor, Command

        name, text = command_line(case)
        user = "eval-" + hashlib.sha256(case.prompt_id.encode()).hexdigest()[:10]
        actor = Actor(user_id=user, platform="console", display_name="evaluation")
        cmd = Command(name=name, text=text, actor=actor, channel_id="eval", trigger_id="eval")
        replies = await self.dispatcher.command(cmd)
        shown = []
        for n, reply in enumerate(replies, 1):
            if reply.on_posted:
                await reply.on_posted("eval", f"{user}-{n}")
            shown.append(render_reply(reply))
        dropped = sum(1 for m in case.prompt if m["role"] == "user") - 1
        return Response(text="\n\n".join(s for s in shown if s).strip(), routed_as=f"/{name}",
                        dropped_turns=max(0, dropped))

    async def aclose(self) -> None:
        await self.svc.db.dispose()
