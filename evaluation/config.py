"""Settings of the evaluation harness, read from the environment when a run starts.

The grader is its own endpoint: a site can grade a local model with a stronger (or simply
different) one. Without ``CLINIBOT_GRADER_BASE_URL`` the bot's own model endpoint is used.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.settings import Secret, SettingsError


@dataclass(frozen=True)
class EvalSettings:
    grader_base_url: str
    grader_api_key: Secret
    grader_model: str
    eval_dir: Path
    timeout: float = 60.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, *, data_dir: Path | None = None) -> "EvalSettings":
        env = dict(os.environ if environ is None else environ)
        base = (env.get("CLINIBOT_GRADER_BASE_URL") or env.get("OPENAI_BASE_URL") or "").strip()
        if base and not base.startswith(("http://", "https://")):
            raise SettingsError(f"CLINIBOT_GRADER_BASE_URL must be an http(s) URL, got {base!r}")
        key = (env.get("CLINIBOT_GRADER_API_KEY") or env.get("OPENAI_API_KEY") or "").strip()
        model = (env.get("CLINIBOT_GRADER_MODEL") or env.get("CLINIBOT_LLM_MODEL") or "").strip()
        raw_timeout = (env.get("CLINIBOT_GRADER_TIMEOUT") or "60").strip()
        try:
            timeout = float(raw_timeout)
        except ValueError:
            raise SettingsError(f"CLINIBOT_GRADER_TIMEOUT must be a number, got {raw_timeout!r}") from None
        root = data_dir or Path(env.get("CLINIBOT_DATA_DIR") or "./data")
        eval_dir = Path(env["CLINIBOT_EVAL_DIR"]) if env.get("CLINIBOT_EVAL_DIR") else root / "eval"
        return cls(base, Secret(key), model, eval_dir, timeout)

    def require_grader(self) -> None:
        if not self.grader_base_url:
            raise SettingsError("CLINIBOT_GRADER_BASE_URL (or OPENAI_BASE_URL) must name the grader model's endpoint")
        if not self.grader_model:
            raise SettingsError("CLINIBOT_GRADER_MODEL (or CLINIBOT_LLM_MODEL) must name the grader model")
