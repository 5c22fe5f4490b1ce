"""Command name -> handler, action prefix -> handler, and thread messages -> whoever claims them.

Registration is data (plain dicts), so adding a command is a `register(router)` function in the
feature's own module plus one line in `bot.app.FEATURES`; nothing here is edited.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot.core.events import Action, Command, Message, Reply

log = logging.getLogger(__name__)

Handler = Callable[[Any, Any], Awaitable["Reply | list[Reply] | None"]]


class UsageError(Exception):
    """Raised by a handler when the arguments are wrong; the user gets this text plus usage."""


@dataclass(frozen=True)
class CommandSpec:
    name: str
    usage: str
    summary: str
    handler: Handler
    # Arguments of a known shape that identify no one (e.g. an export's date range): the PHI
    # guard looks at the text without them. Everything else is inspected as usual.
    structured: re.Pattern[str] | None = None

    def free_text(self, text: str) -> str:
        return self.structured.sub(" ", text) if self.structured else text


def as_list(result: Reply | list[Reply] | None) -> list[Reply]:
    if result is None:
        return []
    return [result] if isinstance(result, Reply) else list(result)


class Router:
    def __init__(self) -> None:
        self.commands: dict[str, CommandSpec] = {}
        self.actions: dict[str, Handler] = {}
        self.message_handlers: list[Handler] = []

    # -- registration -------------------------------------------------------------------------
    def command(self, name: str, *, usage: str, summary: str,
                structured: str | None = None) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            if name in self.commands:
                raise ValueError(f"command /{name} registered twice")
            pattern = re.compile(structured) if structured else None
            self.commands[name] = CommandSpec(name, usage, summary, fn, pattern)
            return fn

        return deco

    def action(self, prefix: str) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.actions[prefix] = fn
            return fn

        return deco

    def message(self) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.message_handlers.append(fn)
            return fn

        return deco

    # -- dispatch -----------------------------------------------------------------------------
    def help_text(self) -> str:
        lines = ["*clinibot commands*"]
        for spec in sorted(self.commands.values(), key=lambda s: s.name):
            lines.append(f"• `{spec.usage}` — {spec.summary}")
        lines.append("AI support, not a clinical decision: every draft waits for a clinician's approval.")
        return "\n".join(lines)

    def usage_reply(self, name: str, problem: str = "") -> Reply:
        spec = self.commands.get(name)
        if spec is None:
            head = f"I don't know the command `/{name}`." if name else "That isn't a command I know."
            return Reply(text=f"{head}\n{self.help_text()}", ephemeral=True)
        text = f"{problem}\nUsage: `{spec.usage}`" if problem else f"Usage: `{spec.usage}`"
        return Reply(text=text.strip(), ephemeral=True)

    async def dispatch_command(self, cmd: Command, svc: Any) -> list[Reply]:
        spec = self.commands.get(cmd.name)
        if spec is None:
            return [self.usage_reply(cmd.name)]
        try:
            return as_list(await spec.handler(cmd, svc))
        except UsageError as exc:
            return [self.usage_reply(cmd.name, str(exc))]

    def find_action(self, action_id: str) -> Handler | None:
        prefix = action_id
        while prefix:
            if prefix in self.actions:
                return self.actions[prefix]
            prefix = prefix.rpartition(".")[0]
        return None

    async def dispatch_action(self, action: Action, svc: Any) -> list[Reply]:
        handler = self.find_action(action.action_id)
        if handler is None:
            log.info("no handler for action %s", action.action_id)
            return []
        return as_list(await handler(action, svc))

    async def dispatch_message(self, msg: Message, svc: Any) -> list[Reply]:
        for handler in self.message_handlers:
            replies = as_list(await handler(msg, svc))
            if replies:
                return replies
        return []
