"""The PHI policy: the ONLY place that decides what happens to identifiers.

CLINIBOT_PHI_MODE:
  warn   - the clinician is told which kinds of identifier were found (never the values) and
           chooses Continue redacted or Cancel;
  redact - identifiers are removed silently before any model call or storage;
  block  - the message is refused with an explanation;
  baa    - a Business Associate Agreement covers the model provider: text goes through to the
           model and the database, but never into logs.
Logs are always redacted, in every mode, by a filter on every handler.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from bot.phi.redact import Redacted, redact

CATEGORY_LABELS = {
    "NAME": "names", "LOCATION": "locations or addresses", "DATE": "dates", "AGE": "ages over 89",
    "PHONE": "phone numbers", "FAX": "fax numbers", "EMAIL": "email addresses", "SSN": "Social Security numbers",
    "MRN": "medical record numbers", "HEALTH_PLAN": "health plan numbers", "ACCOUNT": "account numbers",
    "LICENSE": "licence numbers", "VEHICLE": "vehicle identifiers", "DEVICE": "device identifiers",
    "URL": "web addresses", "IP": "IP addresses", "BIOMETRIC": "biometric identifiers", "ID": "other identifying numbers",
}


class PhiMode(StrEnum):
    WARN = "warn"
    REDACT = "redact"
    BLOCK = "block"
    BAA = "baa"


class PhiBlocked(Exception):
    """Raised when block mode meets identifiers on a path that cannot ask the clinician."""

    def __init__(self, categories: tuple[str, ...]) -> None:
        super().__init__("identifiers found: " + ", ".join(categories))
        self.categories = categories


@dataclass(frozen=True)
class Verdict:
    found: bool
    categories: tuple[str, ...]
    redacted: Redacted
    action: str  # allow | warn | redact | block


def describe(categories: tuple[str, ...]) -> str:
    return ", ".join(CATEGORY_LABELS.get(c, c.lower()) for c in categories)


class PhiGuard:
    def __init__(self, mode: str | PhiMode = PhiMode.WARN) -> None:
        self.mode = PhiMode(mode)

    def inspect(self, text: str) -> Verdict:
        red = redact(text or "")
        if not red.found or self.mode is PhiMode.BAA:
            return Verdict(red.found, red.categories, red, "allow")
        action = {PhiMode.WARN: "warn", PhiMode.REDACT: "redact", PhiMode.BLOCK: "block"}[self.mode]
        return Verdict(True, red.categories, red, action)

    def notice(self, verdict: Verdict) -> str:
        kinds = describe(verdict.categories)
        if verdict.action == "block":
            return (f"This message looks like it contains patient identifiers ({kinds}), so it was not sent. "
                    "Remove them and try again — the clinical details are enough.")
        if verdict.action == "redact":
            return f"Patient identifiers ({kinds}) were removed before anything was sent."
        return (f"⚠️ This message looks like it contains patient identifiers ({kinds}). Nothing has been sent or "
                "saved. Continue with them replaced by placeholders, or cancel and rephrase.")

    def for_model(self, text: str) -> str:
        if self.mode is PhiMode.BAA:
            return text
        red = redact(text or "")
        if red.found and self.mode is PhiMode.BLOCK:
            raise PhiBlocked(red.categories)
        return red.text

    def for_storage(self, text: str) -> str:
        return text if self.mode is PhiMode.BAA else redact(text or "").text

    def for_log(self, text: str) -> str:
        return redact(text or "").text


class PhiLogFilter(logging.Filter):
    """Rewrites every record's message (and exception text) through the log rule."""

    def __init__(self, guard: PhiGuard) -> None:
        super().__init__("clinibot.phi")
        self.guard = guard

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: keep only its template
            message = str(record.msg)
        record.msg, record.args = self.guard.for_log(message), None
        if record.exc_info and record.exc_info[1] is not None:
            # Format the traceback once, redacted, and drop the live exception so no handler
            # formats the raw values again.
            record.exc_text = self.guard.for_log(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.guard.for_log(record.exc_text)
        return True


_installed: dict[str, object] = {}


def install_log_filter(guard: PhiGuard) -> None:
    """Filter every record at the point every handler sees it, whatever logger emitted it."""
    uninstall_log_filter()
    flt = PhiLogFilter(guard)
    original = logging.Handler.handle

    def handle(self: logging.Handler, record: logging.LogRecord):  # type: ignore[no-untyped-def]
        flt.filter(record)
        return original(self, record)

    _installed["original"] = original
    logging.Handler.handle = handle  # type: ignore[method-assign]
    # Records caught by pytest/other tooling that read handlers' buffers also pass the filter.
    logging.getLogger().addFilter(flt)
    _installed["filter"] = flt


def uninstall_log_filter() -> None:
    original = _installed.pop("original", None)
    if original is not None:
        logging.Handler.handle = original  # type: ignore[method-assign]
    flt = _installed.pop("filter", None)
    if flt is not None:
        logging.getLogger().removeFilter(flt)
