"""Typed settings built from the environment (or a dict in tests); nothing is read at import.

A missing or malformed value raises `SettingsError` with a one-line message naming the variable.
Secrets are wrapped in `Secret`, which never prints its value.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

PHI_MODES = ("warn", "redact", "block", "baa")


class SettingsError(ValueError):
    """A one-line, user-facing configuration error naming the variable."""


class Secret:
    """A string that never shows itself in repr/str/logs."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "Secret('**********')" if self._value else "Secret('')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _ids(raw: str) -> frozenset[str]:
    return frozenset(p.strip() for p in raw.replace(";", ",").split(",") if p.strip())


@dataclass(frozen=True)
class Settings:
    database_url: str = "sqlite+aiosqlite:///./clinibot.db"
    port: int = 3000
    host: str = "0.0.0.0"
    public_url: str = "http://localhost:3000"
    slack_bot_token: Secret = field(default_factory=lambda: Secret(""))
    slack_signing_secret: Secret = field(default_factory=lambda: Secret(""))
    slack_app_token: Secret = field(default_factory=lambda: Secret(""))
    slack_api_url: str = "https://slack.com/api/"
    # Where a slash command's or button's response_url may point: Slack's own hosts over https.
    slack_response_url_hosts: tuple[str, ...] = ("https://hooks.slack.com", "https://*.slack.com")
    teams_client_id: str = ""
    teams_tenant_id: str = ""
    teams_client_secret: Secret = field(default_factory=lambda: Secret(""))
    teams_auth_type: str = "ClientSecret"
    teams_cert_file: str = ""
    teams_app_id: str = ""
    teams_token_leeway: int = 30  # seconds a Teams token is still accepted past its expiry (clock skew)
    openai_base_url: str = ""
    openai_api_key: Secret = field(default_factory=lambda: Secret(""))
    llm_model: str = "gpt-4o-mini"
    llm_timeout: float = 30.0
    phi_mode: str = "warn"
    phi_site_dir: Path | None = None  # a folder with this site's site_allow.txt / site_names.txt
    approvers: frozenset[str] = frozenset()
    educators: frozenset[str] = frozenset()
    admins: frozenset[str] = frozenset()
    reviewers: frozenset[str] = frozenset()
    review_channel: str = ""  # channel id where review samples and reports are posted
    review_sample_rate: float = 0.05  # share of outputs sampled for review (reported ones always are)
    departments_file: Path | None = None  # YAML: department -> channels / members, for pilot metrics
    retention_file: Path | None = None  # overrides bot/monitoring/retention.yaml
    data_dir: Path = Path("./data")
    curriculum_dir: Path | None = None  # training tracks; default: the shipped curriculum/content
    evidence_index_dir: Path | None = None
    pubmed_enabled: bool = False
    pubmed_api_key: Secret = field(default_factory=lambda: Secret(""))
    pubmed_email: str = ""
    pubmed_base_url: str = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
    secret_key: Secret = field(default_factory=lambda: Secret(""))
    audit_key: Secret = field(default_factory=lambda: Secret(""))  # HMAC key for the audit chain
    audit_checkpoint_file: Path | None = None  # signed chain-head checkpoints, outside the database
    signin_failures_per_minute: int = 10  # bad dashboard sign-ins per client address before 429
    scheduler_enabled: bool = True
    slack_worker: str = "queue"
    worker_concurrency: int = 50  # jobs one worker runs at once
    shutdown_grace: float = 25.0  # seconds SIGTERM waits for running work before re-queueing it
    worker_heartbeat: float = 5.0  # seconds between a worker's heartbeats (PostgreSQL queue)
    worker_stalled_after: float = 30.0  # a worker silent this long is dead; its jobs are retried
    worker_health_port: int = 0  # `clinibot worker` serves /healthz here when set (for probes)
    job_schedule: str = ""  # "job=cron;job=cron" overrides of bot.jobs.JOBS (cron may have seconds)
    log_level: str = "INFO"

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token) and bool(self.slack_signing_secret or self.slack_app_token)

    @property
    def slack_off_reason(self) -> str:
        missing = [n for n, v in (("SLACK_BOT_TOKEN", self.slack_bot_token),
                                  ("SLACK_SIGNING_SECRET", self.slack_signing_secret)) if not v]
        return "missing " + ", ".join(missing) if missing else ""

    @property
    def teams_enabled(self) -> bool:
        return not self.teams_off_reason

    @property
    def teams_off_reason(self) -> str:
        prefix = "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__"
        missing = [prefix + "CLIENTID"] if not self.teams_client_id else []
        if self.teams_auth_type == "ClientSecret" and not self.teams_client_secret:
            missing.append(prefix + "CLIENTSECRET")
        if self.teams_auth_type == "certificate" and not self.teams_cert_file:
            missing.append(prefix + "CERTPFXFILE")
        return "missing " + ", ".join(missing) if missing else ""

    @property
    def index_dir(self) -> Path:
        return self.evidence_index_dir or (self.data_dir / "evidence-index")

    def describe(self) -> dict[str, str]:
        """Every setting as text, secrets masked: safe to log or print."""
        return {f.name: repr(getattr(self, f.name)) if isinstance(getattr(self, f.name), Secret)
                else str(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        env = dict(os.environ if environ is None else environ)
        r = _Reader(env)
        return cls(
            database_url=r.text("DATABASE_URL", cls.database_url),
            port=r.integer("PORT", 3000, lo=1, hi=65535),
            host=r.text("CLINIBOT_HOST", "0.0.0.0"),
            public_url=r.url("CLINIBOT_PUBLIC_URL", f"http://localhost:{r.integer('PORT', 3000, lo=1, hi=65535)}"),
            slack_bot_token=r.secret("SLACK_BOT_TOKEN", prefix="xoxb-"),
            slack_signing_secret=r.secret("SLACK_SIGNING_SECRET"),
            slack_app_token=r.secret("SLACK_APP_TOKEN", prefix="xapp-"),
            slack_api_url=r.url("CLINIBOT_SLACK_API_URL", "https://slack.com/api/", trailing_slash=True),
            slack_response_url_hosts=r.origins("CLINIBOT_SLACK_RESPONSE_URL_HOSTS",
                                               ("https://hooks.slack.com", "https://*.slack.com")),
            # Microsoft 365 Agents SDK names (its load_configuration_from_env convention)
            teams_client_id=r.text("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID", ""),
            teams_tenant_id=r.text("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID", ""),
            teams_client_secret=r.secret("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET"),
            teams_auth_type=r.choice("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__AUTHTYPE", "ClientSecret",
                                     ("ClientSecret", "certificate", "UserManagedIdentity",
                                      "SystemManagedIdentity")),
            teams_cert_file=r.text("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CERTPFXFILE", ""),
            teams_app_id=r.text("CLINIBOT_TEAMS_APP_ID", ""),
            teams_token_leeway=r.integer("CLINIBOT_TEAMS_TOKEN_LEEWAY", 30, lo=0, hi=300),
            openai_base_url=r.url("OPENAI_BASE_URL", ""),
            openai_api_key=r.secret("OPENAI_API_KEY"),
            llm_model=r.text("CLINIBOT_LLM_MODEL", "gpt-4o-mini"),
            llm_timeout=r.number("CLINIBOT_LLM_TIMEOUT", 30.0, lo=0.1, hi=600),
            phi_mode=r.choice("CLINIBOT_PHI_MODE", "warn", PHI_MODES),
            phi_site_dir=Path(env["CLINIBOT_PHI_SITE_DIR"]) if env.get("CLINIBOT_PHI_SITE_DIR") else None,
            approvers=_ids(env.get("CLINIBOT_APPROVERS", "")),
            educators=_ids(env.get("CLINIBOT_EDUCATORS", "")),
            admins=_ids(env.get("CLINIBOT_ADMINS", "")),
            reviewers=_ids(env.get("CLINIBOT_REVIEWERS", "")),
            review_channel=r.text("CLINIBOT_REVIEW_CHANNEL", ""),
            review_sample_rate=r.number("CLINIBOT_REVIEW_SAMPLE_RATE", 0.05, lo=0.0, hi=1.0),
            departments_file=Path(env["CLINIBOT_DEPARTMENTS_FILE"]) if env.get("CLINIBOT_DEPARTMENTS_FILE") else None,
            retention_file=Path(env["CLINIBOT_RETENTION_FILE"]) if env.get("CLINIBOT_RETENTION_FILE") else None,
            data_dir=Path(r.text("CLINIBOT_DATA_DIR", "./data")),
            curriculum_dir=Path(env["CLINIBOT_CURRICULUM_DIR"]) if env.get("CLINIBOT_CURRICULUM_DIR") else None,
            evidence_index_dir=Path(env["CLINIBOT_EVIDENCE_INDEX"]) if env.get("CLINIBOT_EVIDENCE_INDEX") else None,
            pubmed_enabled=r.boolean("CLINIBOT_PUBMED", False),
            pubmed_api_key=r.secret("NCBI_API_KEY"),
            pubmed_email=r.text("NCBI_EMAIL", ""),
            pubmed_base_url=r.url("CLINIBOT_PUBMED_URL", "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/",
                                  trailing_slash=True),
            secret_key=r.secret("CLINIBOT_SECRET_KEY"),
            audit_key=r.secret("CLINIBOT_AUDIT_KEY"),
            audit_checkpoint_file=(Path(env["CLINIBOT_AUDIT_CHECKPOINT_FILE"])
                                   if env.get("CLINIBOT_AUDIT_CHECKPOINT_FILE", "").strip() else None),
            signin_failures_per_minute=r.integer("CLINIBOT_SIGNIN_FAILURES_PER_MINUTE", 10, lo=1, hi=10_000),
            scheduler_enabled=r.boolean("CLINIBOT_SCHEDULER", True),
            slack_worker=r.choice("CLINIBOT_SLACK_WORKER", "queue", ("queue", "process", "thread", "inline")),
            worker_concurrency=r.integer("CLINIBOT_WORKER_CONCURRENCY", 50, lo=1, hi=1000),
            shutdown_grace=r.number("CLINIBOT_SHUTDOWN_GRACE", 25.0, lo=0, hi=3600),
            worker_heartbeat=r.number("CLINIBOT_WORKER_HEARTBEAT", 5.0, lo=0.1, hi=600),
            worker_stalled_after=r.number("CLINIBOT_WORKER_STALLED_AFTER", 30.0, lo=0.5, hi=3600),
            worker_health_port=r.integer("CLINIBOT_WORKER_HEALTH_PORT", 0, lo=0, hi=65535),
            job_schedule=r.text("CLINIBOT_JOB_SCHEDULE", ""),
            log_level=r.choice("CLINIBOT_LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR")),
        )


class _Reader:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def _raw(self, name: str) -> str | None:
        value = self.env.get(name)
        return None if value is None or value.strip() == "" else value.strip()

    def text(self, name: str, default: str) -> str:
        raw = self._raw(name)
        return default if raw is None else raw

    def integer(self, name: str, default: int, *, lo: int, hi: int) -> int:
        raw = self._raw(name)
        if raw is None:
            return default
        try:
            value = int(raw)
        except ValueError:
            raise SettingsError(f"{name} must be a whole number, got {raw!r}") from None
        if not lo <= value <= hi:
            raise SettingsError(f"{name} must be between {lo} and {hi}, got {value}")
        return value

    def number(self, name: str, default: float, *, lo: float, hi: float) -> float:
        raw = self._raw(name)
        if raw is None:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise SettingsError(f"{name} must be a number, got {raw!r}") from None
        if not lo <= value <= hi:
            raise SettingsError(f"{name} must be between {lo} and {hi}, got {value}")
        return value

    def boolean(self, name: str, default: bool) -> bool:
        raw = self._raw(name)
        if raw is None:
            return default
        low = raw.lower()
        if low in ("1", "true", "yes", "on"):
            return True
        if low in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"{name} must be true or false, got {raw!r}")

    def choice(self, name: str, default: str, options: tuple[str, ...]) -> str:
        raw = self._raw(name)
        if raw is None:
            return default
        value = raw if raw in options else raw.lower()
        if value not in options:
            raise SettingsError(f"{name} must be one of {', '.join(options)}, got {raw!r}")
        return value

    def url(self, name: str, default: str, *, trailing_slash: bool = False) -> str:
        raw = self._raw(name)
        if raw is None:
            return default
        if not raw.startswith(("http://", "https://")):
            raise SettingsError(f"{name} must be an http(s) URL, got {raw!r}")
        return raw if not trailing_slash or raw.endswith("/") else raw + "/"

    def origins(self, name: str, default: tuple[str, ...]) -> tuple[str, ...]:
        """Comma-separated `scheme://host[:port]` entries; `*.` before a host allows its subdomains."""
        raw = self._raw(name)
        if raw is None:
            return default
        out = []
        for part in (p.strip().rstrip("/") for p in raw.split(",")):
            if not part:
                continue
            if not part.startswith(("http://", "https://")) or "/" in part.split("://", 1)[1]:
                raise SettingsError(f"{name} must list origins like https://hooks.slack.com, got {part!r}")
            out.append(part.lower())
        return tuple(out)

    def secret(self, name: str, *, prefix: str = "") -> Secret:
        raw = self._raw(name)
        if raw is None:
            return Secret("")
        if prefix and not raw.startswith(prefix):
            raise SettingsError(f"{name} must start with {prefix!r} (the value is not shown)")
        return Secret(raw)
