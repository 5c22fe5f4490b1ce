"""The one place that decides what happens to PHI (``CLINIBOT_PHI_MODE``).

Every path goes through a :class:`PhiGuard`:
- inbound text (slash commands, form fields): ``inspect()`` -> ``Verdict.action`` and
  ``notice()`` for the clinician;
- model-bound prompts: ``for_model()`` (redacted unless the workspace has a BAA; raises
  :class:`PhiBlocked` in block mode);
- database writes of free text: ``for_storage()`` (redacted unless BAA);
- logs: ``for_log()`` (always redacted, BAA or not), applied to every handler by
  :func:`install_log_filter`.

When the author says a warning was a false alarm ("Not identifiers: send as typed"), the words
they vouched for are set for the rest of that request with :meth:`PhiGuard.vouched`: the model
and storage paths leave exactly those values as typed; logs stay redacted regardless.
"""
from __future__ import annotations

import contextlib
import logging
import os
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from enum import Enum

from bot.phi.redact import Redacted, redact

ENV_VAR = "CLINIBOT_PHI_MODE"
_VOUCHED: ContextVar[frozenset[str]] = ContextVar("phi_vouched", default=frozenset())
MAX_SHOWN = 8  # flagged words listed in a warning

CATEGORY_LABELS: dict[str, str] = {
    "NAME": "a name",
    "LOCATION": "a location or facility",
    "DATE": "a date",
    "AGE": "an age over 89",
    "PHONE": "a phone number",
    "FAX": "a fax number",
    "EMAIL": "an email address",
    "SSN": "a Social Security number",
    "MRN": "a medical record number",
    "HEALTH_PLAN": "a health plan number",
    "ACCOUNT": "an account number",
    "LICENSE": "a licence number",
    "VEHICLE": "a vehicle identifier",
    "DEVICE": "a device identifier",
    "URL": "a web address",
    "IP": "an IP address",
    "BIOMETRIC": "a biometric identifier",
    "ID": "an identifying number",
}


class PhiMode(str, Enum):
    WARN = "warn"  # tell the clinician, offer Continue redacted / Cancel
    REDACT = "redact"  # redact silently before any model call
    BLOCK = "block"  # refuse and explain
    BAA = "baa"  # model provider covered by a BAA: text goes through, never into logs

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> PhiMode:
        """Read ``CLINIBOT_PHI_MODE`` (default ``warn``); unknown values are an error, not a silent default."""
        raw = (env if env is not None else os.environ).get(ENV_VAR, cls.WARN.value).strip().lower()
        try:
            return cls(raw)
        except ValueError:
            raise ValueError(f"{ENV_VAR} must be one of {', '.join(m.value for m in cls)}; got {raw!r}") from None


class PhiBlocked(Exception):
    """Raised when PHI would reach a model in block mode. The message never contains the values."""

    def __init__(self, categories: tuple[str, ...]) -> None:
        self.categories = categories
        super().__init__(f"PHI blocked: {', '.join(categories)}")


@dataclass(frozen=True)
class Verdict:
    found: bool
    categories: tuple[str, ...]
    redacted: Redacted
    action: str  # "allow" | "warn" | "redact" | "block"


def flagged_words(verdict: Verdict) -> list[str]:
    """The distinct values a warning would replace, in the order typed (for the author only)."""
    seen: list[str] = []
    for value in verdict.redacted.mapping.values():
        value = " ".join(value.split())
        if value and value not in seen:
            seen.append(value if len(value) <= 40 else value[:37] + "...")
    return seen


def describe(categories: tuple[str, ...]) -> str:
    labels = [CATEGORY_LABELS.get(c, c.lower()) for c in categories]
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


# Values listed to an author in a warning, for the whole process (every guard, every worker thread).
# The Slack client logs request bodies at DEBUG, and out of context ("`00482913`") a value may no
# longer look like an identifier, so for_log also removes these literally. Process memory only.
SHOWN_TTL = 3600.0
SHOWN_MAX = 1024
_shown: dict[str, float] = {}
_shown_lock = threading.Lock()


def _remember_shown(values: Iterable[str]) -> None:
    global _shown
    now = time.monotonic()
    with _shown_lock:
        for v in values:
            if len(v) >= 3:
                _shown[v] = now + SHOWN_TTL
        if len(_shown) > SHOWN_MAX or any(exp < now for exp in _shown.values()):
            live = sorted(((exp, v) for v, exp in _shown.items() if exp >= now), reverse=True)
            _shown = {v: exp for exp, v in live[:SHOWN_MAX]}


def _scrub_shown(text: str) -> str:
    if not _shown:
        return text
    with _shown_lock:
        values = sorted(_shown, key=len, reverse=True)
    for v in values:
        if v in text:
            text = text.replace(v, "[REDACTED]")
    return text


class PhiGuard:
    """Applies one :class:`PhiMode` to every path that carries free text."""

    def __init__(self, mode: PhiMode | str = PhiMode.WARN) -> None:
        self.mode = PhiMode(mode)

    def __repr__(self) -> str:
        return f"PhiGuard(mode={self.mode.value!r})"

    # -- inbound
    def inspect(self, text: str) -> Verdict:
        red = redact(text or "")
        found = red.found
        if not found or self.mode is PhiMode.BAA:
            action = "allow"
        else:
            action = {PhiMode.WARN: "warn", PhiMode.REDACT: "redact", PhiMode.BLOCK: "block"}[self.mode]
        return Verdict(found=found, categories=red.categories, redacted=red, action=action)

    @contextlib.contextmanager
    def vouched(self, values: Iterable[str]) -> Iterator[None]:
        """Within this block (this request), ``values`` are not identifiers for the model and
        storage paths: the author checked them and chose "send as typed"."""
        token = _VOUCHED.set(_VOUCHED.get() | frozenset(values))
        try:
            yield
        finally:
            _VOUCHED.reset(token)

    def notice(self, verdict: Verdict, show_words: bool = True) -> str:
        """What the author sees (an ephemeral message, never logged or stored): the kinds of
        identifier and, in warn mode, the words that would be replaced so the author can judge a
        false alarm (unless ``show_words`` is off: a platform that cannot reply to the author alone). Block mode names only the kinds: nothing is offered to override there."""
        if not verdict.found:
            return ""
        what = describe(verdict.categories)
        words = flagged_words(verdict) if show_words else []
        if self.mode is PhiMode.WARN and words:
            _remember_shown(verdict.redacted.mapping.values())
            _remember_shown(words)
        listed = ", ".join(f"`{w}`" for w in words[:MAX_SHOWN]) + (" and more" if len(words) > MAX_SHOWN else "")
        if self.mode is PhiMode.BLOCK:
            return (
                f"This message was not sent: it looks like it contains {what}. "
                "This workspace does not allow patient identifiers to reach the model. "
                "Remove them (initials, ages under 90 and years alone are fine) and try again."
            )
        if self.mode is PhiMode.REDACT:
            return f"Patient identifiers were removed before anything reached the model ({what})."
        if self.mode is PhiMode.BAA:
            return f"This message contains {what}; it is covered by this workspace's BAA and kept out of logs."
        if not words:  # a platform that cannot show a reply to the author alone: kinds only
            return (
                f"This message looks like it contains {what}. "
                "Continue redacted to replace them with placeholders before anything reaches the model; "
                "if they are not patient identifiers (a disease, a sign, a drug), choose Not identifiers: "
                "send as typed (recorded by category for the PHI audit); or Cancel to edit first."
            )
        return (
            f"This message looks like it contains {what}: {listed}. "
            "Continue redacted to replace these with placeholders before anything reaches the model; "
            "if they are not patient identifiers (a disease, a sign, a drug), choose Not identifiers: "
            "send as typed (recorded by category for the PHI audit); or Cancel to edit first."
        )

    # -- outbound
    def for_model(self, text: str) -> str:
        if self.mode is PhiMode.BAA:
            return text
        red = redact(text, keep=_VOUCHED.get())
        if red.found and self.mode is PhiMode.BLOCK:
            raise PhiBlocked(red.categories)
        return red.text

    def for_storage(self, text: str) -> str:
        if self.mode is PhiMode.BAA:
            return text
        return redact(text, keep=_VOUCHED.get()).text

    def for_log(self, text: str) -> str:
        return _scrub_shown(redact(text).text)


# ---------------------------------------------------------------- logging
class PhiLogFilter(logging.Filter):
    """Rewrites a record's message, arguments, exception and stack text through ``for_log``."""

    def __init__(self, guard: PhiGuard) -> None:
        super().__init__()
        self.guard = guard

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_phi_scrubbed", False):
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not take the log line (or PHI) with it
            message = f"{record.msg!s} {record.args!r}"
        record.msg = self.guard.for_log(message)
        record.args = None
        if record.exc_info:
            text = record.exc_text or logging.Formatter().formatException(record.exc_info)
            record.exc_text = self.guard.for_log(text)
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.guard.for_log(record.exc_text)
        if record.stack_info:
            record.stack_info = self.guard.for_log(record.stack_info)
        # `extra=` fields (aiohttp's access log passes the remote address and request path
        # this way) reach formatters too.
        for key, value in list(record.__dict__.items()):
            if key in _STANDARD_ATTRS or key.startswith("_"):
                continue
            if isinstance(value, str):
                record.__dict__[key] = self.guard.for_log(value)
            elif isinstance(value, (dict, list, tuple, set)):
                record.__dict__[key] = self.guard.for_log(repr(value))
        record._phi_scrubbed = True
        return True


_STANDARD_ATTRS = frozenset(vars(logging.LogRecord("x", 0, "x", 0, "x", None, None))) | {"message", "asctime"}
_lock = threading.Lock()
_installed: dict[str, object] = {}


def install_log_filter(guard: PhiGuard) -> PhiLogFilter:
    """Scrub every record before any handler sees it, for every logger, now and later.

    Wraps ``logging.Handler.handle`` (the entry point of every handler, including ones
    third-party libraries add later and ``logging.lastResort``) and also attaches the
    filter to the root logger's current handlers for code that inspects filters.
    Installing again replaces the guard.
    """
    flt = PhiLogFilter(guard)
    with _lock:
        if "handle" not in _installed:
            original = logging.Handler.handle
            _installed["handle"] = original

            def handle(self: logging.Handler, record: logging.LogRecord):  # type: ignore[no-untyped-def]
                active = _installed.get("filter")
                if active is not None:
                    active.filter(record)  # type: ignore[attr-defined]
                return original(self, record)

            logging.Handler.handle = handle  # type: ignore[method-assign]
        old = _installed.get("filter")
        for h in logging.getLogger().handlers:
            if old is not None:
                h.removeFilter(old)  # type: ignore[arg-type]
            h.addFilter(flt)
        _installed["filter"] = flt
    return flt


def uninstall_log_filter() -> None:
    """Undo :func:`install_log_filter` (tests)."""
    with _lock:
        original = _installed.pop("handle", None)
        if original is not None:
            logging.Handler.handle = original  # type: ignore[method-assign]
        old = _installed.pop("filter", None)
        if old is not None:
            for h in logging.getLogger().handlers:
                h.removeFilter(old)  # type: ignore[arg-type]


uninstall = uninstall_log_filter
