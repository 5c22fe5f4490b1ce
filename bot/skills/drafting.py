"""Turning a skill's fields into a draft, by template or by model, never silently wrong.

A model's output is shown only when it passes :meth:`Skill.check_output`; otherwise the clinician
gets the template rendering and the problems are recorded with the draft. Model errors (timeout,
5xx) propagate as :class:`bot.llm.LLMError` so the caller can say so and store nothing.
"""
from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.llm.base import LLM
from bot.skills.base import Skill
from bot.skills.readability import reading_grade

# Longest model draft we accept; anything longer is a runaway answer, not a letter.
DEFAULT_MAX_CHARS = 12_000
TEMPLATE_MODEL_NAME = "template"


@dataclass(frozen=True)
class DraftResult:
    text: str
    model_name: str  # the model that wrote ``text``, or "template"
    template_version: str
    problems: tuple[str, ...] = ()
    skill: str = ""
    attempted_model: str | None = None  # set when a model was asked, even if its draft was refused

    @property
    def fell_back(self) -> bool:
        return self.attempted_model is not None and self.model_name == TEMPLATE_MODEL_NAME


async def draft(
    skill: Skill,
    values: Mapping[str, str],
    llm: LLM,
    *,
    max_tokens: int = 1200,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> DraftResult:
    clean = skill.clean(values)
    if llm.offline:
        return DraftResult(
            text=skill.render(clean),
            model_name=TEMPLATE_MODEL_NAME,
            template_version=skill.template_version,
            skill=skill.name,
        )
    text = await llm.complete(skill.messages(clean), max_tokens=max_tokens)
    problems = skill.check_output(text, clean, max_chars=max_chars)
    if skill.max_grade is not None and not problems:
        # CPU-bound (and slow once, while the syllable dictionary loads): off the event loop.
        grade = await asyncio.to_thread(reading_grade, text)
        if grade > skill.max_grade:
            problems.append(f"the draft reads above US grade {skill.max_grade:g} (grade {grade:.1f})")
    if problems:
        return DraftResult(
            text=skill.render(clean),
            model_name=TEMPLATE_MODEL_NAME,
            template_version=skill.template_version,
            problems=tuple(problems),
            skill=skill.name,
            attempted_model=llm.name,
        )
    return DraftResult(
        text=text.strip() + "\n",
        model_name=llm.name,
        template_version=skill.template_version,
        skill=skill.name,
        attempted_model=llm.name,
    )


def split_for_platform(text: str, limit: int) -> list[str]:
    """Split ``text`` into chunks of at most ``limit`` characters, on paragraph boundaries.

    Paragraphs are packed greedily; a paragraph longer than ``limit`` is split on lines, then
    on sentences, then on words, and only a single over-long word is cut hard.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    pieces: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        pieces.extend(_fit(para.strip(), limit, level=0))
    return _pack(pieces, limit, "\n\n")


_SPLITTERS = (
    (re.compile(r"\n"), "\n"),
    (re.compile(r"(?<=[.!?])\s+"), " "),
    (re.compile(r"\s+"), " "),
)


def _fit(part: str, limit: int, level: int) -> list[str]:
    if len(part) <= limit:
        return [part] if part else []
    if level >= len(_SPLITTERS):
        return [part[i:i + limit] for i in range(0, len(part), limit)]
    pattern, joiner = _SPLITTERS[level]
    subparts = [p for p in pattern.split(part) if p.strip()]
    if len(subparts) == 1:
        return _fit(part, limit, level + 1)
    fitted: list[str] = []
    for sub in subparts:
        fitted.extend(_fit(sub, limit, level + 1))
    return _pack(fitted, limit, joiner)


def _pack(pieces: list[str], limit: int, joiner: str) -> list[str]:
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        candidate = f"{current}{joiner}{piece}" if current else piece
        if len(candidate) <= limit:
            current = candidate
        else:
            if current:
                chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    return chunks
