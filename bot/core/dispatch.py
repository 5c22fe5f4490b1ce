"""The one inbound path: every adapter hands events here, and the PHI policy is applied here.

Commands, form fields and thread messages are inspected by the PHI guard before any service sees
them. What happens next is the guard's decision (`Verdict.action`), not this module's:
allow -> as typed; redact -> services see the redacted text; block -> refused; warn -> the clinician
gets a notice (ephemeral, to them alone) naming the categories and the words that would be replaced,
and chooses Continue redacted, Not identifiers: send as typed (audited by category and counted in
/metrics, so false alarms are visible), or Cancel.
The redacted text travels in the button value, so no raw PHI is stored while the choice is pending;
the text as typed stays in this process's memory only, behind a one-time token.
"""
from __future__ import annotations

import json
import logging
import secrets
import time
from dataclasses import replace
from typing import Any

from bot.core.events import Action, Button, Command, Message, Reply
from bot.core.router import Router

log = logging.getLogger(__name__)

CONTINUE = "phi.continue"
CANCEL = "phi.cancel"
OVERRIDE = "phi.override"
MAX_PENDING_VALUE = 1900  # Slack caps a button value at 2,000 characters


# Platforms whose ephemeral replies are seen by the author alone: only there does a PHI warning list
# the words it would replace (elsewhere it names the kinds).
PRIVATE_REPLIES = frozenset({"slack", "console"})

PENDING_TTL = 3600.0  # how long the in-memory map behind a warning is kept (seconds)


class Dispatcher:
    def __init__(self, router: Router, svc: Any, metrics: Any = None) -> None:
        self.router = router
        self.svc = svc
        self.metrics = metrics
        if metrics is not None:  # services count what they decide (extraction paths) in the same place
            svc.extras.setdefault("metrics", metrics)
        # token -> (redaction, text as typed, expiry). Process memory only: values never reach disk.
        # On another worker the token is simply unknown: the draft is not re-identifiable and
        # "send as typed" asks for the command again, nothing more.
        self._pending: dict[str, tuple[Any, str, float]] = {}

    def _remember(self, token: str, redaction: Any, original: str) -> None:
        now = time.monotonic()
        for key in [k for k, (_, _, exp) in self._pending.items() if exp < now]:
            del self._pending[key]
        self._pending[token] = (redaction, original, now + PENDING_TTL)

    def _recall_item(self, token: str) -> tuple[Any, str] | None:
        item = self._pending.pop(token, None)
        return (item[0], item[1]) if item and item[2] >= time.monotonic() else None

    def _recall(self, token: str) -> Any:
        item = self._recall_item(token)
        return item[0] if item else None

    def _count(self, decision: str, categories: tuple[str, ...] = ()) -> None:
        if self.metrics:
            self.metrics.phi_decision(decision, categories)

    async def command(self, cmd: Command) -> list[Reply]:
        started = time.perf_counter()
        try:
            spec = self.router.commands.get(cmd.name)
            if spec is not None and spec.structured is not None and \
                    not self.svc.phi.inspect(spec.free_text(cmd.text)).found:
                return await self.router.dispatch_command(cmd, self.svc)  # only structured arguments
            verdict = self.svc.phi.inspect(cmd.text)
            if verdict.action == "allow":
                return await self.router.dispatch_command(cmd, self.svc)
            await self.svc.audit.record(cmd.actor.key, f"phi.{verdict.action}", f"/{cmd.name}",
                                        {"categories": list(verdict.categories), "path": "command"})
            if verdict.action == "redact":
                return await self.router.dispatch_command(
                    replace(cmd, text=verdict.redacted.text, redaction=verdict.redacted), self.svc)
            if verdict.action == "block":
                return [Reply(text=self.svc.phi.notice(verdict), ephemeral=True)]
            return [self._warn(cmd, verdict)]
        finally:
            if self.metrics:
                self.metrics.observe_handler("command", time.perf_counter() - started)

    def _warn(self, cmd: Command, verdict: Any) -> Reply:
        token = secrets.token_urlsafe(12)
        self._remember(token, verdict.redacted, cmd.text)
        self._count("warn", verdict.categories)
        pending = json.dumps({"n": cmd.name, "t": verdict.redacted.text, "k": token}, ensure_ascii=False)
        as_typed = json.dumps({"n": cmd.name, "k": token})
        if len(pending) > MAX_PENDING_VALUE:
            return Reply(text=self._notice(cmd, verdict) + "\nThe message is too long to continue "
                         "redacted from here: remove the identifiers and send it again.", ephemeral=True,
                         buttons=[Button("Not identifiers: send as typed", OVERRIDE, as_typed, None)])
        return Reply(text=self._notice(cmd, verdict), ephemeral=True, buttons=[
            Button("Continue redacted", CONTINUE, pending, "primary"),
            Button("Not identifiers: send as typed", OVERRIDE, as_typed, None),
            Button("Cancel", CANCEL, "", None),
        ])

    def _notice(self, cmd: Command, verdict: Any) -> str:
        return self.svc.phi.notice(verdict, show_words=cmd.actor.platform in PRIVATE_REPLIES)

    async def _send_as_typed(self, action: Action) -> list[Reply]:
        """The author says the flagged words are not identifiers: run the command as typed, with
        exactly those words vouched for. Audited (categories only) and counted in /metrics."""
        try:
            pending = json.loads(action.value)
            name, token = str(pending["n"]), str(pending["k"])
        except (ValueError, KeyError, TypeError):
            return [Reply(text="That choice has expired; please send the command again.", ephemeral=True)]
        item = self._recall_item(token)
        if item is None:
            return [Reply(text="That choice has expired; please send the command again.", ephemeral=True)]
        redaction, original = item
        categories = tuple(redaction.categories)
        await self.svc.audit.record(action.actor.key, "phi.override", f"/{name}",
                                    {"categories": list(categories), "path": "command"})
        self._count("override", categories)
        cmd = Command(name=name, text=original, actor=action.actor, channel_id=action.channel_id,
                      thread_ref=action.thread_ref, trigger_id=action.trigger_id)
        with self.svc.phi.vouched(redaction.mapping.values()):
            return await self.router.dispatch_command(cmd, self.svc)

    async def action(self, action: Action) -> list[Reply]:
        if action.action_id == OVERRIDE:
            return await self._send_as_typed(action)
        if action.action_id == CANCEL:
            self._count("cancel")
            await self.svc.audit.record(action.actor.key, "phi.cancelled", "")
            return [Reply(text="Cancelled. Nothing was sent or saved.", ephemeral=True,
                          update_ref=action.message_ref or None)]
        if action.action_id == CONTINUE:
            try:
                pending = json.loads(action.value)
                cmd = Command(name=pending["n"], text=pending["t"], actor=action.actor,
                              channel_id=action.channel_id, thread_ref=action.thread_ref,
                              trigger_id=action.trigger_id)
            except (ValueError, KeyError, TypeError):
                return [Reply(text="That choice has expired; please send the command again.", ephemeral=True)]
            # The pending text was redacted when the notice was made; check again in case it was forged.
            verdict = self.svc.phi.inspect(cmd.text)
            if verdict.found:
                cmd = replace(cmd, text=verdict.redacted.text)
            cmd = replace(cmd, redaction=self._recall(str(pending.get("k", ""))))
            await self.svc.audit.record(action.actor.key, "phi.continued_redacted", f"/{cmd.name}")
            self._count("continue")
            return await self.router.dispatch_command(cmd, self.svc)
        if action.values:
            values, categories = {}, set()
            for name, text in action.values.items():
                verdict = self.svc.phi.inspect(text or "")
                if verdict.action == "block":
                    await self.svc.audit.record(action.actor.key, "phi.block", action.action_id,
                                                {"categories": list(verdict.categories), "path": "form"})
                    return [Reply(text=self.svc.phi.notice(verdict), ephemeral=True)]
                if verdict.found and verdict.action != "allow":
                    categories.update(verdict.categories)
                    text = verdict.redacted.text
                values[name] = text
            if categories:
                # A submitted form cannot be paused for a choice; identifiers are removed and the
                # clinician is told which kinds were removed.
                await self.svc.audit.record(action.actor.key, "phi.redact", action.action_id,
                                            {"categories": sorted(categories), "path": "form"})
                replies = await self.router.dispatch_action(replace(action, values=values), self.svc)
                note = Reply(text="Identifiers removed before drafting: " + ", ".join(sorted(categories))
                             + ". Re-add them yourself after approval if the document needs them.", ephemeral=True)
                return [note, *replies]
        return await self.router.dispatch_action(action, self.svc)

    async def message(self, msg: Message) -> list[Reply]:
        verdict = self.svc.phi.inspect(msg.text)
        if verdict.action in ("redact", "warn") and verdict.found:
            msg = replace(msg, text=verdict.redacted.text)
        elif verdict.action == "block":
            return [Reply(text=self.svc.phi.notice(verdict), ephemeral=True, where="thread",
                          thread_ref=msg.thread_ref)]
        return await self.router.dispatch_message(msg, self.svc)
