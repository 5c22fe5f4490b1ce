"""Console: commands from a terminal or a pipe, one a line; replies printed as text.

The same dispatcher, router and services as Slack, so a newcomer can try everything without a
workspace and scripts can drive the bot. Conventions:
  /draft referral ...        a command (as in Slack)
  :3                         press button 3 of the replies shown so far
  :react white_check_mark 2  react to message #2
  anything else              a reply in the current conversation (e.g. a quiz answer "B")
Forms are asked field by field on the same input.
"""
from __future__ import annotations

import asyncio
import json
import logging
import sys
from typing import Any, TextIO

from bot.core.dispatch import Dispatcher
from bot.core.events import Action, Actor, Button, Command, Message, Reply

CHANNEL = "console"


class ConsoleAdapter:
    platform = "console"

    def __init__(self, svc: Any, dispatcher: Dispatcher, *, user: str = "operator",
                 stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
        self.svc, self.dispatcher = svc, dispatcher
        self.actor = Actor(user_id=user, platform="console", display_name=user)
        self.stdin, self.stdout = stdin or sys.stdin, stdout or sys.stdout
        self.buttons: list[tuple[Button, str, str | None]] = []  # (button, message ref, thread)
        self.messages = 0
        self.thread: str | None = None
        self.interactive = self.stdin.isatty()
        self.history: list[Reply] = []  # everything shown, for scripts and tests

    async def _readline(self, prompt: str = "") -> str | None:
        if self.interactive and prompt:
            self.stdout.write(prompt)
            self.stdout.flush()
        line = await asyncio.to_thread(self.stdin.readline)
        return None if line == "" else line.rstrip("\n")

    def write(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    async def run(self) -> int:
        while True:
            line = await self._readline("clinibot> ")
            if line is None:
                return 0
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line in (":quit", ":q", "exit", "quit"):
                return 0
            await self.handle_line(line)

    async def handle_line(self, line: str) -> list[Reply]:
        try:
            replies = await self._replies_for(line)
            for reply in replies:
                await self.send(reply)
        except Exception as exc:  # keep the console alive; say what happened without a traceback
            logging.getLogger(__name__).exception("console command failed")
            self.write(f"! error: {type(exc).__name__}; nothing was saved")
            return []
        return replies

    async def _replies_for(self, line: str) -> list[Reply]:
        if line.startswith("/"):
            name, _, text = line[1:].partition(" ")
            cmd = Command(name=name.lower(), text=text.strip(), actor=self.actor, channel_id=CHANNEL,
                          thread_ref=self.thread, trigger_id="console")
            return await self.dispatcher.command(cmd)
        if line.startswith(":react "):
            parts = line.split()
            if len(parts) != 3:
                return [Reply(text="usage: :react <emoji> <message number>")]
            return await self.dispatcher.action(Action(action_id=f"reaction.{parts[1]}", actor=self.actor,
                                                       value=parts[1], kind="reaction", channel_id=CHANNEL,
                                                       message_ref=parts[2].lstrip("#")))
        if line.startswith(":") and line[1:].isdigit():
            n = int(line[1:])
            if not 1 <= n <= len(self.buttons):
                return [Reply(text=f"There is no button {n}.")]
            button, ref, thread = self.buttons[n - 1]
            return await self.dispatcher.action(Action(action_id=button.action_id, actor=self.actor,
                                                       value=button.value, channel_id=CHANNEL,
                                                       message_ref=ref, thread_ref=thread, trigger_id="console"))
        return await self.dispatcher.message(Message(text=line, actor=self.actor, channel_id=CHANNEL,
                                                     ts=str(self.messages + 1), thread_ref=self.thread or "console"))

    async def send(self, reply: Reply, **_: Any) -> tuple[str, str] | None:
        self.history.append(reply)
        if reply.form is not None:
            values: dict[str, str] = {}
            self.write(f"== {reply.form.title} ==")
            for f in reply.form.fields:
                if f.initial and not self.interactive:
                    values[f.name] = f.initial
                    continue
                hint = f" [{f.initial}]" if f.initial else ("" if f.required else " (optional)")
                answer = await self._readline(f"{f.label}{hint}: ")
                if not self.interactive:
                    self.write(f"{f.label}: {answer or f.initial}")
                values[f.name] = (answer if answer else f.initial) or ""
            action = Action(action_id=reply.form.callback_id, actor=self.actor, kind="submission",
                            value=reply.form.private_metadata, values=values, channel_id=CHANNEL)
            for r in await self.dispatcher.action(action):
                await self.send(r)
            return None
        if reply.update_ref:
            ref = reply.update_ref
            self.write(f"[#{ref} updated]")
        else:
            self.messages += 1
            ref = str(self.messages)
            self.write(f"[#{ref}]" + (" (only you)" if reply.ephemeral else ""))
        body = reply.plain_text()
        for b in reply.buttons:
            self.buttons.append((b, ref, reply.thread_ref or self.thread))
            body = body.replace(f"[{b.label}]", f"[{len(self.buttons)}] {b.label}", 1)
        self.write(body)
        if reply.file is not None:
            path = self.svc.settings.data_dir / "console-files" / reply.file.filename
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(reply.file.content)
            self.write(f"(file saved: {path})")
        if reply.where == "thread" and reply.thread_ref:
            self.thread = reply.thread_ref
        if reply.on_posted:
            await reply.on_posted(CHANNEL, ref)
        return CHANNEL, ref


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
