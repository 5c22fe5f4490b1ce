"""CME configuration: activities, provider statements, PARS column mapping and the LRS endpoint.

The accredited provider owns these values, so they live in editable YAML files beside this module
(or a path given in settings), loaded when asked for: nothing is read at import time.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from cme.rules import ATTESTATION_VERSION, QUARTER, to_decimal

HERE = Path(__file__).resolve().parent
ACTIVITIES_FILE = HERE / "activities.yaml"
PARS_COLUMNS_FILE = HERE / "pars_columns.yaml"
FORMATS = ("enduring", "internet_poc")


class CmeConfigError(ValueError):
    """The CME configuration is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class ActivityConfig:
    activity_id: str
    title: str
    format: str
    designated_max_credits: Decimal
    provider_activity_id: str = ""
    pars_activity_id: str = ""
    track_id: str | None = None
    moc_points: Decimal = Decimal("0")
    moc_credit_type: str = ""
    passing_score: Decimal = Decimal("0.75")
    max_attempts: int = 3
    release_date: date | None = None
    review_date: date | None = None
    expiry_date: date | None = None


@dataclass(frozen=True)
class ProviderConfig:
    name: str
    accreditation_statement: str
    designation_statement: str
    xapi_homepage: str = "https://clinibot.example.org"
    actor_homepages: dict[str, str] = field(default_factory=dict)

    def actor_homepage(self, platform: str) -> str:
        return self.actor_homepages.get(platform, self.xapi_homepage)

    def designation_for(self, credits: Decimal) -> str:
        return self.designation_statement.replace("{credits}", f"{credits:.2f}")


@dataclass(frozen=True)
class LrsConfig:
    url: str = ""
    username: str = ""
    password: str = ""
    batch_size: int = 50
    retries: int = 4
    backoff: float = 0.2

    @property
    def enabled(self) -> bool:
        return bool(self.url)


@dataclass(frozen=True)
class CmeConfig:
    provider: ProviderConfig
    activities: dict[str, ActivityConfig]
    poc_activity_id: str = "poc"
    poc_yearly_cap: Decimal | None = None
    attestation_version: str = ATTESTATION_VERSION
    lrs: LrsConfig = field(default_factory=LrsConfig)
    pars_columns_file: Path = PARS_COLUMNS_FILE

    def for_track(self, track_id: str) -> ActivityConfig:
        for act in self.activities.values():
            if act.track_id == track_id:
                return act
        raise KeyError(f"no CME activity is configured for track {track_id!r}")

    @property
    def poc(self) -> ActivityConfig:
        return self.activities[self.poc_activity_id]


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _activity(path: Path, key: str, raw: dict[str, Any]) -> ActivityConfig:
    try:
        fmt = str(raw["format"])
        if fmt not in FORMATS:
            raise CmeConfigError(f"{path}: activity {key}: format must be one of {FORMATS}, got {fmt!r}")
        cap = to_decimal(raw["designated_max_credits"])
        if cap <= 0 or (cap / QUARTER) % 1 != 0:
            raise CmeConfigError(f"{path}: activity {key}: designated_max_credits must be a positive multiple of 0.25")
        return ActivityConfig(
            activity_id=key, title=str(raw["title"]), format=fmt, designated_max_credits=cap,
            provider_activity_id=str(raw.get("provider_activity_id") or ""),
            pars_activity_id=str(raw.get("pars_activity_id") or ""),
            track_id=raw.get("track_id"),
            moc_points=to_decimal(raw.get("moc_points") or 0),
            moc_credit_type=str(raw.get("moc_credit_type") or ""),
            passing_score=to_decimal(raw.get("passing_score", "0.75")),
            max_attempts=int(raw.get("max_attempts", 3)),
            release_date=_date(raw.get("release_date")), review_date=_date(raw.get("review_date")),
            expiry_date=_date(raw.get("expiry_date")),
        )
    except KeyError as exc:
        raise CmeConfigError(f"{path}: activity {key}: missing {exc.args[0]!r}") from None


def lrs_from(settings: Any = None, environ: dict[str, str] | None = None) -> LrsConfig:
    """LRS endpoint from settings attributes when present, else CLINIBOT_LRS_* environment variables."""
    env = os.environ if environ is None else environ

    def pick(attr: str, var: str) -> str:
        value = getattr(settings, attr, None) if settings is not None else None
        if value is not None and hasattr(value, "get") and not isinstance(value, (str, dict)):
            value = value.get()  # a Secret
        return str(value) if value else env.get(var, "")

    return LrsConfig(url=pick("lrs_url", "CLINIBOT_LRS_URL").rstrip("/"),
                     username=pick("lrs_username", "CLINIBOT_LRS_USERNAME"),
                     password=pick("lrs_password", "CLINIBOT_LRS_PASSWORD"))


def load_config(path: Path | None = None, *, lrs: LrsConfig | None = None,
                pars_columns: Path | None = None) -> CmeConfig:
    path = path or ACTIVITIES_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise CmeConfigError(f"{path}: {exc}") from None
    prov = data.get("provider") or {}
    try:
        provider = ProviderConfig(name=str(prov["name"]),
                                  accreditation_statement=" ".join(str(prov["accreditation_statement"]).split()),
                                  designation_statement=" ".join(str(prov["designation_statement"]).split()),
                                  xapi_homepage=str(prov.get("xapi_homepage") or "https://clinibot.example.org").rstrip("/"),
                                  actor_homepages={str(k): str(v) for k, v in (prov.get("actor_homepages") or {}).items()})
    except KeyError as exc:
        raise CmeConfigError(f"{path}: provider: missing {exc.args[0]!r}") from None
    acts = {str(k): _activity(path, str(k), v) for k, v in (data.get("activities") or {}).items()}
    poc_id = str(data.get("poc_activity_id", "poc"))
    if poc_id not in acts or acts[poc_id].format != "internet_poc":
        raise CmeConfigError(f"{path}: activity {poc_id!r} must exist with format internet_poc")
    cap = data.get("poc_yearly_cap")
    return CmeConfig(provider=provider, activities=acts, poc_activity_id=poc_id,
                     poc_yearly_cap=None if cap in (None, "") else to_decimal(cap),
                     attestation_version=str(data.get("attestation_version") or ATTESTATION_VERSION),
                     lrs=lrs or LrsConfig(), pars_columns_file=pars_columns or PARS_COLUMNS_FILE)
