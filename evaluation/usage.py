"""Token and call counts per run, and the cost they imply at the prices a site gives."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Usage:
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    retries: int = 0

    def add_response(self, response: object) -> None:
        self.calls += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            self.prompt_tokens += int(getattr(usage, "prompt_tokens", 0) or 0)
            self.completion_tokens += int(getattr(usage, "completion_tokens", 0) or 0)

    def merge(self, other: "Usage | dict") -> None:
        d = other if isinstance(other, dict) else other.as_dict()
        self.calls += int(d.get("calls", 0))
        self.prompt_tokens += int(d.get("prompt_tokens", 0))
        self.completion_tokens += int(d.get("completion_tokens", 0))
        self.retries += int(d.get("retries", 0))

    def as_dict(self) -> dict[str, int]:
        return {"calls": self.calls, "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens, "retries": self.retries}


@dataclass(frozen=True)
class Prices:
    """US dollars per million tokens; zero when a site does not say."""

    input_per_m: float = 0.0
    output_per_m: float = 0.0
    extra: dict = field(default_factory=dict)

    def cost(self, usage: Usage) -> float:
        return round(usage.prompt_tokens / 1e6 * self.input_per_m + usage.completion_tokens / 1e6 * self.output_per_m, 6)
