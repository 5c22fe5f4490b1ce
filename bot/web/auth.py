"""Educator sign-in for the dashboard: a one-time, signed, 10-minute link, then an expiring session.

The link carries only a random nonce and its expiry, signed with HMAC-SHA256 under the deployment's
secret key: nothing identifying. The nonce is spent atomically on first use (a reused link is
refused, even by a second worker). The session cookie holds a random token; the database stores
only its SHA-256. Roles are re-checked on every request, so removing an educator locks them out.
"""
from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import delete, update

from bot.core.events import Actor
from storage.models.cme import DashboardLink, DashboardSession

LINK_TTL = timedelta(minutes=10)
SESSION_TTL = timedelta(hours=1)
COOKIE = "cme_session"
LOGIN_PATH = "/cme/dashboard/login"


class SignInFailures:
    """Bad sign-in attempts, counted instead of audited one by one (anonymous requests must not be
    able to flood the audit log through its single writer). Per client address, more than
    `per_minute` failures in a minute get 429 without any database work; the audit log gets at
    most one summary entry a minute, carrying the count since the previous one."""

    WINDOW = 60.0

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self.recent: dict[str, list[float]] = {}
        self.unreported = 0
        self.last_report = float("-inf")
        self.total = 0

    def limited(self, addr: str, now: float) -> bool:
        times = [t for t in self.recent.get(addr, []) if now - t < self.WINDOW]
        if times:
            self.recent[addr] = times
        else:
            self.recent.pop(addr, None)
        return len(times) >= self.per_minute

    def failed(self, addr: str, now: float) -> int:
        """Note one failure; returns how many to report in an audit entry now (0: not yet)."""
        self.total += 1
        self.unreported += 1
        self.recent.setdefault(addr, []).append(now)
        if len(self.recent) > 10_000:  # a scan from many addresses: forget the oldest
            self.recent.pop(next(iter(self.recent)))
        if now - self.last_report < self.WINDOW:
            return 0
        count, self.unreported, self.last_report = self.unreported, 0, now
        return count


def failures(svc: Any) -> SignInFailures:
    if "signin_failures" not in svc.extras:
        svc.extras["signin_failures"] = SignInFailures(svc.settings.signin_failures_per_minute)
    return svc.extras["signin_failures"]


class LinkError(Exception):
    """The link cannot be issued or redeemed; the message is safe to show."""


def _secret(svc: Any) -> bytes:
    key = svc.settings.secret_key.get() if svc.settings.secret_key else ""
    if not key:
        raise LinkError("The dashboard needs CLINIBOT_SECRET_KEY to be set.")
    return hashlib.sha256(b"cme-dashboard-link\0" + key.encode()).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_token(svc: Any, nonce: str, expires: datetime) -> str:
    payload = f"{nonce}.{calendar.timegm(expires.utctimetuple())}".encode()  # naive UTC
    return _b64(payload) + "." + _b64(hmac.new(_secret(svc), payload, hashlib.sha256).digest())


async def issue_link(svc: Any, educator_key: str) -> str:
    secret = _secret(svc)  # fail before storing anything
    del secret
    nonce = secrets.token_urlsafe(24)
    expires = svc.clock().replace(microsecond=0) + LINK_TTL
    async with svc.db.session() as s:
        s.add(DashboardLink(nonce=nonce, educator=educator_key, expires_at=expires, created_at=svc.clock()))
    return f"{svc.settings.public_url.rstrip('/')}{LOGIN_PATH}?t={sign_token(svc, nonce, expires)}"


async def redeem(svc: Any, token: str) -> str:
    """Spend a link: returns the educator key, or raises LinkError (bad, expired, reused, not an educator)."""
    try:
        body, sig = token.split(".")
        payload = _unb64(body)
        good = hmac.compare_digest(_unb64(sig), hmac.new(_secret(svc), payload, hashlib.sha256).digest())
        nonce, exp = payload.decode().rsplit(".", 1)
        expires = datetime.fromtimestamp(int(exp), timezone.utc).replace(tzinfo=None)
    except LinkError:
        raise
    except Exception:
        raise LinkError("This sign-in link is not valid.") from None
    if not good:
        raise LinkError("This sign-in link is not valid.")
    now = svc.clock()
    if now >= expires:
        raise LinkError("This sign-in link has expired. Ask for a new one with /cme dashboard.")
    async with svc.db.session() as s:
        row = await s.get(DashboardLink, nonce)
        if row is None:
            raise LinkError("This sign-in link is not valid.")
        educator = row.educator
        spent = await s.execute(update(DashboardLink).where(DashboardLink.nonce == nonce,
                                                            DashboardLink.used_at.is_(None)).values(used_at=now))
        if spent.rowcount != 1:
            raise LinkError("This sign-in link has already been used. Ask for a new one with /cme dashboard.")
    if not is_educator(svc, educator):
        raise LinkError("Only educators can open the CME dashboard.")
    return educator


def is_educator(svc: Any, key: str) -> bool:
    platform, _, user = key.partition(":")
    return svc.has_role(Actor(user_id=user, platform=platform), "educator")


async def start_session(svc: Any, educator: str) -> tuple[str, datetime]:
    token = secrets.token_urlsafe(32)
    expires = svc.clock() + SESSION_TTL
    async with svc.db.session() as s:
        await s.execute(delete(DashboardSession).where(DashboardSession.expires_at < svc.clock()))
        s.add(DashboardSession(token_hash=hashlib.sha256(token.encode()).hexdigest(), educator=educator,
                               expires_at=expires, created_at=svc.clock()))
    return token, expires


async def session_educator(svc: Any, token: str | None) -> str | None:
    if not token:
        return None
    async with svc.db.session() as s:
        row = await s.get(DashboardSession, hashlib.sha256(token.encode()).hexdigest())
    if row is None or row.expires_at <= svc.clock() or not is_educator(svc, row.educator):
        return None
    return row.educator


async def end_session(svc: Any, token: str | None) -> None:
    if token:
        async with svc.db.session() as s:
            await s.execute(delete(DashboardSession).where(
                DashboardSession.token_hash == hashlib.sha256(token.encode()).hexdigest()))
