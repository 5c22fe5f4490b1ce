"""What adapters hand to the router and what services hand back.

Adapters translate platform payloads into these and render `Reply` objects; services see only these
types, so a service never imports Slack or Microsoft code.
"""
from __future__ import annotations

import shlex
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Actor:
    """The person behind an event."""

    user_id: str
    platform: str = "console"
    team_id: str = ""
    display_name: str = ""
    tz: str | None = None

    @property
    def key(self) -> str:
        """Stable, platform-qualified id used in the database and the audit log."""
        return f"{self.platform}:{self.user_id}"


@dataclass(frozen=True)
class Command:
    """A slash command (Slack), a typed command (Teams) or a console line."""

    name: str
    text: str
    actor: Actor
    channel_id: str = ""
    thread_ref: str | None = None
    trigger_id: str | None = None
    # The PHI guard's in-memory redaction of the original text (placeholders -> values), so an
    # approved draft can be shown re-identified to its author. Never stored, never printed.
    redaction: Any = field(default=None, repr=False, compare=False)

    @property
    def args(self) -> list[str]:
        try:
            return shlex.split(self.text)
        except ValueError:  # unbalanced quotes: still usable
            return self.text.split()


@dataclass(frozen=True)
class Action:
    """A button press, a reaction, or a form submission. `action_id` is `<area>.<verb>`."""

    action_id: str
    actor: Actor
    value: str = ""
    kind: str = "button"
    channel_id: str = ""
    message_ref: str = ""
    thread_ref: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    trigger_id: str | None = None


@dataclass(frozen=True)
class Message:
    """A plain message in a conversation the bot takes part in (a DM or one of its threads)."""

    text: str
    actor: Actor
    channel_id: str = ""
    ts: str = ""
    thread_ref: str | None = None


@dataclass
class Button:
    label: str
    action_id: str
    value: str = ""
    style: str | None = None  # "primary" | "danger"


@dataclass
class FormField:
    name: str
    label: str
    required: bool = True
    multiline: bool = False
    initial: str = ""
    hint: str = ""
    choices: tuple[str, ...] = ()


@dataclass
class Form:
    """A modal in Slack, a card in Teams, a sequence of prompts in the console."""

    callback_id: str
    title: str
    fields: list[FormField]
    submit_label: str = "Submit"
    private_metadata: str = ""


@dataclass
class FileOut:
    filename: str
    content: bytes
    title: str = ""
    mimetype: str = "application/octet-stream"


PostedHook = Callable[[str, str], Awaitable[None]]


@dataclass
class Reply:
    """One message (or form, or file) for the adapter to render.

    `where`: "here" (the command's channel), "dm" (the actor's DM), "thread" (thread_ref),
    "channel:<id>", or "user:<id>" (a DM to that user).
    """

    text: str = ""
    title: str | None = None
    sections: list[str] = field(default_factory=list)
    buttons: list[Button] = field(default_factory=list)
    context: list[str] = field(default_factory=list)
    ephemeral: bool = False
    where: str = "here"
    thread_ref: str | None = None
    update_ref: str | None = None
    file: FileOut | None = None
    form: Form | None = None
    on_posted: PostedHook | None = None

    def plain_text(self) -> str:
        """All the text of the reply, for the console and for search/tests."""
        parts = [f"*{self.title}*" if self.title else "", self.text, *self.sections]
        if self.buttons:
            parts.append("  ".join(f"[{b.label}]" for b in self.buttons))
        parts.extend(f"_{c}_" for c in self.context)
        return "\n".join(p for p in parts if p)
