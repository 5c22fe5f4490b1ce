"""Checks a model's draft must pass before a clinician sees it.

A model that drops a dose, a code or the question for the consultant, or that adds a name or a
phone number nobody gave it, produces a draft that looks right and is wrong. These checks catch
those cases so the drafter can fall back to the template. Problems name a field label or an
identifier *category*, never the value, so they can be logged and audited without PHI.
"""
from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"[a-z0-9]+(?:[.\-/][a-z0-9]+)*")
_STOP = frozenset(
    "with without from that this have been were will into over than then them they their there "
    "what when which while also only each such both after before about under since until".split()
)


@dataclass(frozen=True)
class Found:
    category: str
    text: str


def check_output(
    text: str,
    *,
    facts: Iterable[tuple[str, str]],
    source: str,
    max_chars: int | None = None,
) -> list[str]:
    """Problems with ``text``: empty, a required fact (label, value) missing, an identifier not
    present in ``source`` (everything the model was sent), or longer than ``max_chars``."""
    if not text or not text.strip():
        return ["the draft is empty"]
    problems: list[str] = []
    for label, value in facts:
        if not fact_present(value, text):
            problems.append(f"required fact missing from the draft: {label}")
    for category in sorted({f.category for f in new_identifiers(text, source)}):
        problems.append(f"the draft contains a {category} that was not in the input")
    if max_chars is not None and len(text) > max_chars:
        problems.append(f"the draft is longer than {max_chars} characters")
    return problems


def fact_present(value: str, text: str) -> bool:
    """True when ``text`` keeps the fact: numbers and codes in place, and most of its words.

    A number or code (dose, lab value, ICD-10, CPT) must appear next to at least one of its
    neighbours in the fact ("lisinopril 20" or "20 mg"), so a changed dose is caught even when
    the same number occurs elsewhere. Ordinary words may be paraphrased a little (plural,
    tense): a 5-letter stem match on at least 60% of them is enough.
    """
    out_tokens = _TOKEN.findall(text.lower())
    have = set(out_tokens)
    pairs = set(zip(out_tokens, out_tokens[1:]))
    stems = {t[:5] for t in have}
    want = _TOKEN.findall(value.lower())
    for item in re.split(r"[\n;]", value.lower()):
        tokens = _TOKEN.findall(item)
        for i, tok in enumerate(tokens):
            if not any(c.isdigit() for c in tok):
                continue
            if tok not in have:
                return False
            neighbours = [(tokens[i - 1], tok)] if i else []
            if i + 1 < len(tokens):
                neighbours.append((tok, tokens[i + 1]))
            if neighbours and not any(pair in pairs for pair in neighbours):
                return False
    words = [t for t in want if t.isalpha() and len(t) >= 4 and t not in _STOP]
    if len(words) <= 2:  # a short fact ("urgent", "Cardiology") must be there as written
        return all(t in have for t in want if t.isalpha())
    kept = sum(1 for w in words if w[:5] in stems)
    return kept / len(words) >= 0.6


# identifiers -----------------------------------------------------------------------------

_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?"
_BASIC_PATTERNS: dict[str, re.Pattern[str]] = {
    "phone number": re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)"),
    "email address": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "social security number": re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),
    "record number": re.compile(
        r"\b(?:MRN|medical record (?:number|no\.?)|member id|account (?:number|no\.?))[\s:#]*[A-Z0-9-]{4,}",
        re.IGNORECASE,
    ),
    "date": re.compile(
        r"\b(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|"
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4})\b"
    ),
    "web address": re.compile(r"\bhttps?://\S+|\bwww\.\S+", re.IGNORECASE),
    "name": re.compile(
        rf"\b(?:{_HONORIFIC}\s+[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?"
        r"|(?<=Dear )[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)?)"
    ),
}


# The project detector's categories, in the words the built-in patterns use.
_CATEGORY_NAMES = {
    "NAME": "name", "PHONE": "phone number", "FAX": "fax number", "EMAIL": "email address",
    "SSN": "social security number", "MRN": "record number", "ACCOUNT": "record number",
    "HEALTH_PLAN": "health plan number", "DATE": "date", "URL": "web address", "IP": "ip address",
    "ID": "identifying number", "LOCATION": "location", "AGE": "age over 89",
}


def basic_identifiers(text: str) -> list[Found]:
    """A small built-in detector for the identifiers a model is most likely to make up."""
    return [
        Found(category, m.group(0))
        for category, pattern in _BASIC_PATTERNS.items()
        for m in pattern.finditer(text)
    ]


def _project_detector() -> Callable[[str], list] | None:
    """The project's PHI detector (``bot.phi.detector.find_phi``) when it is installed."""
    try:
        module = importlib.import_module("bot.phi.detector")
    except ImportError:
        return None
    return getattr(module, "find_phi", None)


def find_identifiers(text: str) -> list[Found]:
    found = basic_identifiers(text)
    detector = _project_detector()
    if detector is not None:
        for span in detector(text):
            raw = str(getattr(span, "category", "identifier"))
            category = _CATEGORY_NAMES.get(raw.upper(), raw.lower().replace("_", " "))
            found.append(Found(category, text[span.start:span.end]))
    return found


def _squash(s: str) -> str:
    s = re.sub(rf"^(?:{_HONORIFIC}|dear)\s+", "", s.strip(), flags=re.IGNORECASE)
    return re.sub(r"[^a-z0-9]", "", s.lower())


def new_identifiers(text: str, source: str) -> list[Found]:
    """Identifiers in ``text`` whose value (ignoring spacing and punctuation) is not in ``source``."""
    squashed = _squash(source)
    return [f for f in find_identifiers(text) if _squash(f.text) and _squash(f.text) not in squashed]
