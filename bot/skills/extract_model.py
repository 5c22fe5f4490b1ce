"""Extraction with a model: one structured-output call, validated, and never trusted to invent.

The request (already through the PHI guard) goes to the configured model with a JSON schema built
from the skill's fields. The answer is validated against that schema (one retry with the problem
named); then every value must be traceable to what the clinician typed: its words and numbers must
occur in the request, allowing the shorthand list's expansions ("cards" -> Cardiology). A value
that is not traceable is dropped and counted, and the rules fill what the model left out.
"""
from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from bot.skills import shorthand

log = logging.getLogger(__name__)

STOP = frozenset("a an and are as at be by for from has have in is it of on or the to with was were this that "
                 "patient pt who which than then also per "
                 # framing words a question or a sentence needs; they carry no clinical fact
                 "indicated needed recommended evaluate evaluation assess assessment consider please should does do "
                 "need whether any further regarding about".split())
SYSTEM = """You turn a clinician's one-line request into the fields of a {title}.
Copy the clinician's facts into the matching fields. You may spell out abbreviations, but add no fact,
number, dose, date, diagnosis or name that the request does not contain. Leave out a field the request
does not give (do not guess it). Put text that fits no other field into "{main}". Answer with the JSON
object only."""


@dataclass
class ModelExtraction:
    values: dict[str, str] = field(default_factory=dict)
    dropped: list[str] = field(default_factory=list)  # field names whose value was not traceable
    invalid_answers: int = 0


def schema(skill: Any) -> dict:
    props: dict[str, dict] = {}
    for f in skill.fields:
        prop: dict[str, Any] = {"type": ["string", "null"], "description": f.label}
        if f.choices:
            prop = {"type": ["string", "null"], "enum": [*f.choices, None], "description": f.label}
        props[f.name] = prop
    return {"type": "object", "properties": props, "required": [f.name for f in skill.fields],
            "additionalProperties": False}


def response_format(skill: Any) -> dict:
    return {"type": "json_schema",
            "json_schema": {"name": f"{skill.name.replace('-', '_')}_fields", "strict": True, "schema": schema(skill)}}


def parse(skill: Any, text: str) -> dict[str, str]:
    """The model's JSON as field values, or ValueError naming the problem."""
    body = re.sub(r"^```(?:json)?\s*|\s*```$", "", (text or "").strip())
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    names = {f.name: f for f in skill.fields}
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(unknown)}")
    out: dict[str, str] = {}
    for name, value in data.items():
        if value is None:
            continue
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            value = "\n".join(value)
        if not isinstance(value, str):
            raise ValueError(f"{name} must be a string or null")
        f = names[name]
        if f.choices and value and value.lower() not in {c.lower() for c in f.choices}:
            raise ValueError(f"{name} must be one of {', '.join(f.choices)}")
        if value.strip():
            out[name] = value.strip()
    return out


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+(?:[./][a-z0-9]+)*", text.lower()) if w not in STOP]


def _source_words(text: str) -> set[str]:
    """Every word of the request, plus the words of the expansions of its shorthand."""
    r = shorthand.rules()
    words = set(_words(text))
    expanded = shorthand.expand(text)
    words |= set(_words(expanded))
    for typed, canon in r.specialties.items():
        if re.search(r"(?<![\w/])" + re.escape(typed) + r"(?![\w/])", text.lower()):
            words |= set(_words(canon))
    for typed, canon in r.urgency.items():
        if re.search(r"(?<![\w/])" + re.escape(typed) + r"(?![\w/])", text.lower()):
            words.add(canon)
    age = shorthand._AGE_SEX.search(text)
    if age:
        words |= set(_words(shorthand.age_sex(age)))
    return words


def traceable(value: str, source_words: set[str]) -> bool:
    """All numbers appear in the request, and nearly all words do (plurals and case aside)."""
    words = _words(value)
    if not words:
        return True
    def seen(w: str) -> bool:
        return w in source_words or w.rstrip("s") in source_words or f"{w}s" in source_words
    numbers = [w for w in words if any(c.isdigit() for c in w)]
    if not all(seen(n) for n in numbers):
        return False
    known = sum(1 for w in words if seen(w))
    return known >= max(1, round(0.8 * len(words)))


async def extract_with_model(skill: Any, text: str, llm: Any) -> ModelExtraction:
    result = ModelExtraction()
    messages = [{"role": "system", "content": SYSTEM.format(title=skill.title.lower(), main=skill.main_field)},
                {"role": "user", "content": text}]
    answer = ""
    for attempt in range(2):
        answer = await llm.complete(messages, max_tokens=800, temperature=0, response_format=response_format(skill))
        try:
            values = parse(skill, answer)
            break
        except ValueError as exc:
            result.invalid_answers += 1
            messages = [*messages, {"role": "assistant", "content": answer},
                        {"role": "user", "content": f"That answer was not valid ({exc}). Answer with the JSON object only, "
                                                    "using the fields of the schema."}]
    else:
        return result
    source = _source_words(text)
    for name, value in values.items():
        if traceable(value, source):
            result.values[name] = value
        else:
            result.dropped.append(name)
    return result
