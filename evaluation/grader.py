"""The grader model: one call per rubric criterion, answered as JSON and re-asked until it is.

The grader sees the conversation, the final response and one criterion, and answers
``{"explanation": "...", "criteria_met": true|false}``. For a negative criterion (an error the
response should not make) "met" means the response does make it, exactly as HealthBench grades.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

import openai

from evaluation.cases import Criterion
from evaluation.retry import with_backoff
from evaluation.usage import Usage

MAX_FORMAT_ATTEMPTS = 5
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE)

INSTRUCTIONS = """You are grading one response of a clinical assistant against one rubric criterion.

Read the conversation and the final response, then decide whether the response meets the
criterion. Judge only this criterion. If the criterion describes something undesirable (it has
negative points), "met" means the response DOES contain that undesirable thing. If a criterion lists
several conditions, all must hold for it to be met; if it gives examples ("such as"), the response
need not match them all.

Answer with one JSON object and nothing else:
{"explanation": "<one to three sentences on why>", "criteria_met": true or false}"""


class GraderError(Exception):
    """The grader would not answer in the schema, or could not be reached."""


@dataclass(frozen=True)
class Verdict:
    met: bool
    explanation: str


def render_conversation(prompt: tuple[dict[str, str], ...] | list[dict[str, str]], response: str) -> str:
    lines = [f"{m['role']}: {m['content']}" for m in prompt]
    lines.append(f"assistant (the response to grade): {response}")
    return "\n\n".join(lines)


def parse_verdict(text: str) -> Verdict:
    """The grader's JSON, or ValueError saying what is wrong (used to re-ask)."""
    body = _FENCE.sub("", (text or "").strip())
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end <= start:
        raise ValueError("no JSON object found")
    try:
        data = json.loads(body[start:end + 1])
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValueError("the answer is not a JSON object")
    met = data.get("criteria_met")
    if not isinstance(met, bool):
        raise ValueError('"criteria_met" must be true or false')
    explanation = data.get("explanation", "")
    if not isinstance(explanation, str):
        raise ValueError('"explanation" must be a string')
    return Verdict(met, explanation.strip())


class Grader:
    def __init__(self, *, base_url: str, model: str, api_key: str = "", timeout: float = 60.0,
                 attempts: int = 4, backoff: float = 0.5) -> None:
        self.model = model
        self.attempts, self.backoff = attempts, backoff
        self._client = openai.AsyncOpenAI(base_url=base_url, api_key=api_key or "not-needed",
                                          timeout=timeout, max_retries=0)

    async def grade(self, prompt, response: str, criterion: Criterion, usage: Usage) -> Verdict:  # type: ignore[no-untyped-def]
        messages = [
            {"role": "system", "content": INSTRUCTIONS},
            {"role": "user", "content": f"<conversation>\n{render_conversation(prompt, response)}\n</conversation>\n\n"
                                        f"<criterion points=\"{criterion.points:g}\">\n{criterion.criterion}\n</criterion>"},
        ]
        problem = ""
        for _ in range(MAX_FORMAT_ATTEMPTS):
            async def call():  # type: ignore[no-untyped-def]
                return await self._client.chat.completions.create(
                    model=self.model, messages=messages, temperature=0, max_tokens=400, store=False,
                    response_format={"type": "json_object"})

            def bump() -> None:
                usage.retries += 1

            try:
                result = await with_backoff(call, attempts=self.attempts, base=self.backoff, on_retry=bump)
            except Exception as exc:
                raise GraderError(f"grader unreachable: {exc}") from None
            usage.add_response(result)
            text = result.choices[0].message.content if result.choices else ""
            try:
                return parse_verdict(text or "")
            except ValueError as exc:
                problem = str(exc)
                usage.retries += 1
                messages = [*messages, {"role": "assistant", "content": text or ""},
                            {"role": "user", "content": f"That answer could not be read ({problem}). Reply with only "
                                                        'the JSON object: {"explanation": "...", "criteria_met": true or false}'}]
        raise GraderError(f"grader did not answer in the schema after {MAX_FORMAT_ATTEMPTS} tries ({problem})")

    async def aclose(self) -> None:
        await self._client.close()
