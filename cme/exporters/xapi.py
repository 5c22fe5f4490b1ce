"""xAPI 1.0.3 statements (cmi5-flavoured) for attempts, items, results and awards, sent to an LRS.

Statement ids are uuid5 of the ledger's own idempotency keys, so the same event always yields the
same id: a resend is harmless (the LRS ignores a known id) and `cme_xapi_sent` lets us skip what the
LRS already acknowledged. Statements go in batches, each retried with backoff on network errors and
5xx answers. The actor is the chat account only (never email or NPI).
"""
from __future__ import annotations

import asyncio
import base64
import json
import logging
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import aiohttp
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from cme.config import CmeConfig, LrsConfig
from cme.ledger import XAPI_NAMESPACE, iso_duration
from storage.db import Database
from storage.models.cme import CmeActivity, CmeAttempt, CmeCycle, CmeLearner, CreditAward, XapiSent
from storage.repos.cme import effective_awards

log = logging.getLogger(__name__)

VERBS = {v: f"http://adlnet.gov/expapi/verbs/{v}" for v in ("answered", "attempted", "passed", "failed", "completed")}
CMI5_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/cmi5"
MOVEON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon"
EXT_SESSION = "https://w3id.org/xapi/cmi5/context/extensions/sessionid"
EXT_MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
COURSE = "http://adlnet.gov/expapi/activities/course"
MODULE = "http://adlnet.gov/expapi/activities/module"
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
HEADERS = {"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json"}


def statement_id(source_key: str) -> str:
    return str(uuid.uuid5(XAPI_NAMESPACE, f"xapi:{source_key}"))


def _ts(dt: datetime) -> str:
    return dt.replace(microsecond=0).isoformat() + "Z" if dt.tzinfo is None else dt.isoformat()


class StatementBuilder:
    """Turns ledger rows into statements; IRIs hang off the provider's configured home page."""

    def __init__(self, config: CmeConfig) -> None:
        self.config = config
        self.home = config.provider.xapi_homepage

    def ext(self, name: str) -> str:
        return f"{self.home}/xapi/ext/{name}"

    def actor(self, lrn: CmeLearner) -> dict[str, Any]:
        return {"objectType": "Agent",
                "account": {"homePage": self.config.provider.actor_homepage(lrn.platform), "name": lrn.chat_user_id}}

    def track(self, act: CmeActivity) -> dict[str, Any]:
        return {"objectType": "Activity", "id": f"{self.home}/xapi/activities/track/{act.activity_id}",
                "definition": {"type": COURSE, "name": {"en-US": act.title}}}

    def module(self, module_id: str) -> dict[str, Any]:
        return {"objectType": "Activity", "id": f"{self.home}/xapi/activities/module/{module_id}",
                "definition": {"type": MODULE, "name": {"en-US": module_id}}}

    def _context(self, registration: str, *, parent: list, grouping: list, moveon: bool = False,
                 session: str = "", mastery: float | None = None) -> dict[str, Any]:
        cats = [{"id": CMI5_CATEGORY}] + ([{"id": MOVEON_CATEGORY}] if moveon else [])
        ext: dict[str, Any] = {}
        if session:
            ext[EXT_SESSION] = session
        if mastery is not None:
            ext[EXT_MASTERY] = mastery
        ctx: dict[str, Any] = {"registration": registration,
                               "contextActivities": {"parent": parent, "grouping": grouping, "category": cats}}
        if ext:
            ctx["extensions"] = ext
        return ctx

    def for_attempt(self, at: CmeAttempt, lrn: CmeLearner, act: CmeActivity) -> list[dict[str, Any]]:
        """attempted, one answered per item, passed or failed, and the module completed when passed."""
        key = at.idempotency_key
        session = str(uuid.uuid5(XAPI_NAMESPACE, f"session:{key}"))
        quiz = {"objectType": "Activity", "id": f"{self.home}/xapi/activities/quiz/{at.module_id}",
                "definition": {"type": ASSESSMENT, "name": {"en-US": f"{at.module_id} quiz"}}}
        mod, track = self.module(at.module_id), self.track(act)
        ctx = lambda **kw: self._context(at.xapi_registration, parent=[mod], grouping=[track],  # noqa: E731
                                         session=session, mastery=act.passing_score, **kw)
        out = [{"id": statement_id(f"attempted:{key}"), "actor": self.actor(lrn),
                "verb": {"id": VERBS["attempted"], "display": {"en-US": "attempted"}}, "object": quiz,
                "context": ctx(), "timestamp": _ts(at.started_at)}]
        for i, item in enumerate(json.loads(at.item_responses or "[]")):
            item_id = str(item.get("item_id") or f"item{i + 1}")
            out.append({
                "id": statement_id(f"answered:{key}:{item_id}"), "actor": self.actor(lrn),
                "verb": {"id": VERBS["answered"], "display": {"en-US": "answered"}},
                "object": {"objectType": "Activity", "id": f"{self.home}/xapi/activities/item/{item_id}",
                           "definition": {"type": INTERACTION, "interactionType": "choice"}},
                "result": {"response": str(item.get("response", "")), "success": bool(item.get("correct"))},
                "context": self._context(at.xapi_registration, parent=[quiz], grouping=[mod, track], session=session),
                "timestamp": _ts(at.started_at + timedelta(seconds=i + 1))})
        verb = "passed" if at.passed else "failed"
        out.append({
            "id": statement_id(f"{verb}:{key}"), "actor": self.actor(lrn),
            "verb": {"id": VERBS[verb], "display": {"en-US": verb}}, "object": quiz,
            "result": {"score": {"scaled": round(float(at.scaled_score), 4), "raw": at.raw_score, "min": 0,
                                 "max": at.max_score},
                       "success": bool(at.passed), "completion": True, "duration": at.duration_iso8601 or "PT0S"},
            "context": ctx(moveon=at.passed), "timestamp": _ts(at.finished_at)})
        if at.passed:  # the module is done once its quiz is passed
            out.append({
                "id": statement_id(f"completed:{key}"), "actor": self.actor(lrn),
                "verb": {"id": VERBS["completed"], "display": {"en-US": "completed"}}, "object": mod,
                "result": {"completion": True, "duration": iso_duration(float(at.minutes) * 60)},
                "context": self._context(at.xapi_registration, parent=[track], grouping=[track], moveon=True,
                                         session=session),
                "timestamp": _ts(at.finished_at + timedelta(seconds=1))})
        return out

    def for_award(self, award: CreditAward, lrn: CmeLearner, act: CmeActivity, *,
                  registration: str | None, cycle: CmeCycle | None) -> dict[str, Any]:
        """`completed` with the credit extensions, for a track award or a point-of-care cycle."""
        result: dict[str, Any] = {"completion": True,
                                  "extensions": {self.ext("cme-credits"): float(award.amount),
                                                 self.ext("credit-type"): award.credit_type,
                                                 self.ext("verification-id"): award.award_uuid}}
        if cycle is not None:
            obj = {"objectType": "Activity", "id": f"{self.home}/xapi/activities/poc-cycle/{cycle.cycle_uuid}",
                   "definition": {"type": f"{self.home}/xapi/activities/poc-cycle",
                                  "name": {"en-US": act.title}}}
            reg = str(uuid.uuid5(XAPI_NAMESPACE, f"poc:{cycle.cycle_uuid}"))
            secs = max(0.0, ((cycle.completed_at or cycle.searched_at) - cycle.searched_at).total_seconds())
            result["duration"] = iso_duration(secs)
            ts = cycle.completed_at or cycle.searched_at
            ctx = self._context(reg, parent=[self.track(act)], grouping=[], moveon=True)
        else:
            obj = self.track(act)
            result["duration"] = iso_duration(float(award.claimed_minutes) * 60)
            reg = registration or str(uuid.uuid5(XAPI_NAMESPACE, f"reg:{award.idempotency_key}"))
            ctx = self._context(reg, parent=[], grouping=[obj], moveon=True)
            ts = award.attested_at or award.created_at
        return {"id": statement_id(f"completed:{award.idempotency_key}"), "actor": self.actor(lrn),
                "verb": {"id": VERBS["completed"], "display": {"en-US": "completed"}}, "object": obj,
                "result": result, "context": ctx, "timestamp": _ts(ts)}


async def iter_statements(db: Database, config: CmeConfig, start: date | None, end: date | None,
                          *, batch: int = 500) -> AsyncIterator[tuple[str, dict[str, Any]]]:
    """(source key, statement) for every attempt and effective award in the window, streamed."""
    b = StatementBuilder(config)
    from storage.models.cme import CmeEnrollment

    qa = select(CmeAttempt, CmeLearner, CmeActivity).join(CmeLearner, CmeLearner.id == CmeAttempt.learner_id).join(
        CmeActivity, CmeActivity.activity_id == CmeAttempt.activity_id)
    if start:
        qa = qa.where(CmeAttempt.finished_at >= datetime(start.year, start.month, start.day))
    if end:
        qa = qa.where(CmeAttempt.finished_at < datetime(end.year, end.month, end.day) + timedelta(days=1))
    last = 0
    while True:  # keyset-paged: one short session per batch, memory flat
        async with db.session() as s:
            rows = (await s.execute(qa.where(CmeAttempt.id > last).order_by(CmeAttempt.id).limit(batch))).all()
        for at, lrn, act in rows:
            for st in b.for_attempt(at, lrn, act):
                yield at.idempotency_key, st
        if len(rows) < batch:
            break
        last = rows[-1][0].id
    qw = (select(CreditAward, CmeLearner, CmeActivity, CmeCycle, CmeEnrollment.registration)
          .join(CmeLearner, CmeLearner.id == CreditAward.learner_id)
          .join(CmeActivity, CmeActivity.activity_id == CreditAward.activity_id)
          .outerjoin(CmeCycle, CmeCycle.id == CreditAward.source_cycle_id)
          .outerjoin(CmeEnrollment, (CmeEnrollment.learner_id == CreditAward.learner_id)
                     & (CmeEnrollment.activity_id == CreditAward.activity_id))
          .where(effective_awards(), CreditAward.amount_hundredths > 0))
    if start:
        qw = qw.where(CreditAward.completion_date >= start)
    if end:
        qw = qw.where(CreditAward.completion_date <= end)
    last = 0
    while True:
        async with db.session() as s:
            rows = (await s.execute(qw.where(CreditAward.id > last).order_by(CreditAward.id).limit(batch))).all()
        for award, lrn, act, cycle, reg in rows:
            yield award.idempotency_key, b.for_award(award, lrn, act, registration=reg, cycle=cycle)
        if len(rows) < batch:
            break
        last = rows[-1][0].id


class LrsError(RuntimeError):
    pass


@dataclass
class SendReport:
    sent: int = 0
    skipped: int = 0
    batches: int = 0
    retries: int = 0
    conflicts: int = 0


class LrsClient:
    """A small xAPI client: POST batches, GET by id/registration, 1.0.3 headers and Basic auth."""

    def __init__(self, lrs: LrsConfig, session: aiohttp.ClientSession | None = None) -> None:
        if not lrs.enabled:
            raise LrsError("no Learning Record Store is configured (CLINIBOT_LRS_URL)")
        self.lrs = lrs
        self._own = session is None
        self.session = session or aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30))
        self.headers = dict(HEADERS)
        if lrs.username:
            cred = base64.b64encode(f"{lrs.username}:{lrs.password}".encode()).decode()
            self.headers["Authorization"] = f"Basic {cred}"
        self.url = lrs.url.rstrip("/") + "/statements/"

    async def close(self) -> None:
        if self._own:
            await self.session.close()

    async def post(self, statements: list[dict[str, Any]], report: SendReport | None = None) -> None:
        """POST one batch, retrying transient failures. A 409 (some id already stored with other
        content) falls back to one statement at a time, so one conflict never sinks a batch."""
        status = await self._post(statements, report)
        if status == 409 and len(statements) > 1:
            for st in statements:
                if await self._post([st], report) == 409 and report is not None:
                    report.conflicts += 1
                    log.warning("LRS already holds statement %s with different content", st.get("id"))
        elif status == 409 and report is not None:
            report.conflicts += 1

    async def _post(self, statements: list[dict[str, Any]], report: SendReport | None) -> int:
        delay = self.lrs.backoff
        for attempt in range(self.lrs.retries + 1):
            try:
                async with self.session.post(self.url, data=json.dumps(statements), headers=self.headers) as resp:
                    body = await resp.text()
                    if resp.status in (200, 204, 409):  # 204: every id was already stored
                        return resp.status
                    if resp.status < 500 and resp.status != 429:
                        raise LrsError(f"LRS refused the batch: HTTP {resp.status}: {body[:300]}")
                    problem = f"HTTP {resp.status}"
            except aiohttp.ClientError as exc:
                problem = f"{type(exc).__name__}: {exc}"
            if attempt == self.lrs.retries:
                raise LrsError(f"LRS unavailable after {attempt + 1} tries ({problem})")
            if report is not None:
                report.retries += 1
            log.warning("LRS post failed (%s); retrying in %.1fs", problem, delay)
            await asyncio.sleep(delay)
            delay *= 2

    async def get(self, **params: str) -> list[dict[str, Any]]:
        async with self.session.get(self.url, params=params, headers=self.headers) as resp:
            if resp.status != 200:
                raise LrsError(f"LRS GET failed: HTTP {resp.status}")
            data = await resp.json(content_type=None)
        return data.get("statements", [data]) if isinstance(data, dict) and "statements" in data else [data]


async def send_statements(db: Database, config: CmeConfig, start: date | None, end: date | None, *,
                          client: LrsClient | None = None, clock=None) -> SendReport:
    """Send every statement not yet acknowledged, in batches; record each batch once it is stored."""
    from storage.models.core import utcnow

    clock = clock or utcnow
    own = client is None
    client = client or LrsClient(config.lrs)
    report = SendReport()
    pending: list[tuple[str, dict[str, Any]]] = []

    async def flush() -> None:
        if not pending:
            return
        ids = [st["id"] for _, st in pending]
        async with db.session() as s:
            known = set((await s.execute(select(XapiSent.statement_id).where(XapiSent.statement_id.in_(ids)))).scalars())
        todo = [(k, st) for k, st in pending if st["id"] not in known]
        report.skipped += len(pending) - len(todo)
        pending.clear()
        if not todo:
            return
        await client.post([st for _, st in todo], report)
        report.batches += 1
        report.sent += len(todo)
        now = clock()
        try:
            async with db.session() as s:
                s.add_all([XapiSent(statement_id=st["id"], source_key=k[:255], sent_at=now) for k, st in todo])
        except IntegrityError:  # another worker recorded some of them first: record the rest one by one
            for k, st in todo:
                try:
                    async with db.session() as s:
                        s.add(XapiSent(statement_id=st["id"], source_key=k[:255], sent_at=now))
                except IntegrityError:
                    pass

    try:
        async for key, st in iter_statements(db, config, start, end):
            pending.append((key, st))
            if len(pending) >= config.lrs.batch_size:
                await flush()
        await flush()
    finally:
        if own:
            await client.close()
    return report


def credits_of(statement: dict[str, Any], home: str) -> Decimal:
    ext = (statement.get("result") or {}).get("extensions") or {}
    return Decimal(str(ext.get(f"{home}/xapi/ext/cme-credits", 0)))
