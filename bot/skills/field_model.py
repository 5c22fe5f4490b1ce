"""A learned fallback for the shorthand rules: which field a clause belongs in, from its words.

The rules in :mod:`bot.skills.shorthand` claim most clauses by their cues; a clause no rule claims goes to a
default field (the first plain clause's field, then the skill's "rest" or main field). Writers the rules were
not tuned on type many such clauses ("CTA neg for LVO", "knee xrays show mild OA") whose words still say where
they go. This module scores those words with a multinomial naive Bayes per skill, trained on the development
splits only (bot/skills/data/build_field_model.py); the extractor asks it only about unclaimed clauses and only
moves a clause when the model is confident, so a rule's decision is never overridden.
"""
from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

MODEL_FILE = Path(__file__).resolve().parent / "data" / "field_model.json"
# posterior a field needs before a clause leaves its default: leave-one-set-out on the dev splits gained most
# from 0.9 down to 0.7 and under 0.003 recall more below it; the more cautious end of that plateau
THRESHOLD = 0.7
ALPHA = 0.5  # add-alpha smoothing of word counts

_WORD = re.compile(r"[a-z0-9]+(?:[./+%-][a-z0-9]+)*%?")
_DOSE = re.compile(r"(?i)\b\d+(?:\.\d+)?\s?(?:mg|mcg|g|units?|u|ml|meq|iu)\b")
_MEASURE = re.compile(r"(?i)\b\d+(?:\.\d+)?\s?(?:%|mm|cm|kg|lbs?|mmhg|bpm)|\b\d+/\d+\b")
_SPAN = re.compile(r"(?i)\b\d+\s?(?:d|days?|wks?|weeks?|mo|months?|yrs?|years?|h|hrs?|hours?)\b|\bx\s?\d+")
_ASKS = re.compile(r"(?i)^(?:can|could|should|is|are|do|does|will|would|what|when|how|why|may)\b|\?\s*$")


def context(default: str, after: str | None) -> tuple[str, ...]:
    """Where the clause sits: its default field (first plain clause or later) and the field of the clause
    before it (a patient's question or a list of warning signs goes on over commas)."""
    return ("@" + default, "<" + (after or "start"))


def features(clause: str, where: tuple[str, ...] = ()) -> list[str]:
    """Lowercase words and word pairs, a few shapes (doses, measures, spans, drug names, a question) and
    where the clause sits (``context``)."""
    from bot.skills.shorthand import rules

    words = _WORD.findall(clause.lower())
    feats = [*words, *(f"{a} {b}" for a, b in zip(words, words[1:]))]
    if words:
        feats.append("^" + words[0])
    drugs = rules().drugs
    shapes = (("#dose", bool(_DOSE.search(clause))), ("#measure", bool(_MEASURE.search(clause))),
              ("#span", bool(_SPAN.search(clause))), ("#drug", any(w in drugs for w in words)),
              ("#asks", bool(_ASKS.search(clause.strip()))), ("#long", len(words) > 8))
    feats += [name for name, on in shapes if on]
    feats += where
    return feats


MIN_COUNT = 2  # a feature seen once in a skill's examples is one writer's word: dropped (halves the file)


def train(examples: Iterable[tuple[str, str, tuple[str, ...], str]]) -> dict[str, Any]:
    """Counts per skill and field from (skill, clause, context, right field) examples; sorted keys make
    the file the same whenever the examples are."""
    skills: dict[str, dict[str, Any]] = {}
    for skill, clause, where, label in examples:
        s = skills.setdefault(skill, {"docs": {}, "counts": {}})
        s["docs"][label] = s["docs"].get(label, 0) + 1
        counts = s["counts"].setdefault(label, {})
        for f in features(clause, where):
            counts[f] = counts.get(f, 0) + 1
    for s in skills.values():
        seen: dict[str, int] = {}
        for c in s["counts"].values():
            for f, n in c.items():
                seen[f] = seen.get(f, 0) + n
        s["docs"] = dict(sorted(s["docs"].items()))
        s["counts"] = {lab: {f: n for f, n in sorted(c.items()) if seen[f] >= MIN_COUNT}
                       for lab, c in sorted(s["counts"].items())}
    return {"skills": dict(sorted(skills.items()))}


def compile_model(data: dict[str, Any]) -> dict[str, Any]:
    """Log priors and log likelihoods from the stored counts (done once, at load)."""
    out: dict[str, Any] = {}
    for skill, s in data["skills"].items():
        vocab = {f for c in s["counts"].values() for f in c}
        n = sum(s["docs"].values())
        labels = {}
        for lab, docs in s["docs"].items():
            counts = s["counts"].get(lab, {})
            denom = sum(counts.values()) + ALPHA * len(vocab)
            labels[lab] = (math.log(docs / n), {f: math.log((c + ALPHA) / denom) for f, c in counts.items()},
                           math.log(ALPHA / denom))
        out[skill] = {"labels": labels, "vocab": vocab}
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The shipped model (bot/skills/data/field_model.json), compiled once."""
    return compile_model(json.loads(MODEL_FILE.read_text(encoding="utf-8")))


def posterior(skill: str, clause: str, where: tuple[str, ...], allowed: Iterable[str],
              compiled: dict[str, Any] | None = None) -> dict[str, float]:
    """P(field | words) over the allowed fields the model knows for this skill (empty when it knows none)."""
    m = (compiled if compiled is not None else model()).get(skill)
    if not m:
        return {}
    feats = [f for f in features(clause, where) if f in m["vocab"]]
    scores = {}
    for lab in allowed:
        if lab in m["labels"]:
            prior, like, unseen = m["labels"][lab]
            scores[lab] = prior + sum(like.get(f, unseen) for f in feats)
    if not scores:
        return {}
    top = max(scores.values())
    z = sum(math.exp(v - top) for v in scores.values())
    return {lab: math.exp(v - top) / z for lab, v in scores.items()}


def choose(skill: str, clause: str, default: str, allowed: Iterable[str], after: str | None = None,
           threshold: float | None = None, compiled: dict[str, Any] | None = None) -> str | None:
    """The field for an unclaimed clause when the model is confident, else None (the rules' default stands)."""
    post = posterior(skill, clause, context(default, after), {*allowed, default}, compiled)
    if not post:
        return None
    best = max(sorted(post), key=post.__getitem__)
    return best if post[best] >= (THRESHOLD if threshold is None else threshold) else None
