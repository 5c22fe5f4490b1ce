"""Monitoring figures: the retention job over mixed data classes, and pilot metrics for a year.

1. Retention over `--rows` rows (default 1,000,000) spread over the purgeable data classes, half of
   them past their class's cutoff: wall time, peak Python memory (tracemalloc) and RSS growth, the
   longest single write transaction, and the worst wait seen by a concurrent writer (same process,
   so it also feels event-loop pauses) probing the
   database every 50 ms while the job runs (what live traffic would feel). CME awards are counted
   before and after (they must not change).
2. Pilot metrics for `--clinicians` clinicians (default 2,000) over `--weeks` weeks (default 52):
   cold roll-up time, the current-week refresh, then p50/p95 of the dashboard page and the CSV
   export over real HTTP (signed-in session), `--requests` each.

    .venv/bin/python bench/monitoring_bench.py [--rows 1000000] [--clinicians 2000] [--weeks 52]
                                               [--requests 50] [--postgres URL]
    .venv/bin/python bench/monitoring_bench.py --rows 20000 --clinicians 200   # a quick run
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
import uuid
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from storage.models.cme import CmeActivity, CmeCycle, CmeLearner, CreditAward  # noqa: E402
from storage.models.core import Draft, ProcessedEvent  # noqa: E402
from storage.models.curriculum import Enrollment, QuizAnswer, QuizAttempt, SurveyAnswer  # noqa: E402
from storage.models.monitoring import MonitoredOutput, OutputFeedback, ReviewRating, ReviewTask  # noqa: E402

CHUNK = 10_000
TEXT = ("Referral to cardiology: exertional chest tightness for six weeks, resting ECG normal; question: stress "
        "testing or CT coronary angiography? Medications: lisinopril 20 mg daily. Allergies: none known. ") * 2
SKILLS = ("referral", "prior_auth", "appeal", "patient_instructions", "discharge_summary", "patient_message")
MIX = {"draft": 0.30, "output": 0.20, "cycle": 0.15, "answer": 0.20, "survey": 0.05, "feedback": 0.05, "rating": 0.05}


def services(url: str, tmp: Path, env: dict[str, str] | None = None):
    from bot.app import build_services
    from bot.settings import Settings

    settings = Settings.from_env({"DATABASE_URL": url, "CLINIBOT_DATA_DIR": str(tmp / "data"),
                                  "CLINIBOT_SCHEDULER": "false", "CLINIBOT_SECRET_KEY": "bench-secret-key",
                                  "CLINIBOT_PUBLIC_URL": "http://127.0.0.1:3000", "CLINIBOT_EDUCATORS": "EDU1",
                                  **(env or {})})
    return build_services(settings)


async def fresh_database(url: str | None, tmp: Path, name: str) -> str:
    if not url:
        return f"sqlite+aiosqlite:///{tmp / (name + '.db')}"
    import asyncpg

    admin = url.replace("postgresql+asyncpg://", "postgresql://")
    db = f"clinibot_bench_{name}_{uuid.uuid4().hex[:8]}"
    conn = await asyncpg.connect(admin)
    try:
        await conn.execute(f'CREATE DATABASE "{db}"')
    finally:
        await conn.close()
    return f"postgresql+asyncpg://{admin.split('://', 1)[1].rsplit('/', 1)[0]}/{db}"


async def drop_database(url: str) -> None:
    """Remove a PostgreSQL database this benchmark created (SQLite files go with the temp dir)."""
    if not url.startswith("postgresql"):
        return
    import asyncpg

    base, name = url.replace("postgresql+asyncpg://", "postgresql://").rsplit("/", 1)
    conn = await asyncpg.connect(base + "/postgres")
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def bulk(svc, model, rows: list[dict]) -> None:
    for i in range(0, len(rows), CHUNK):
        async with svc.db.engine.begin() as conn:
            await conn.execute(insert(model.__table__), rows[i:i + CHUNK])


# -- 1. retention -----------------------------------------------------------------------------------
async def seed_retention(svc, total: int, now: datetime) -> dict[str, int]:
    rnd = random.Random(7)

    def when(days_max: int) -> datetime:  # uniform over 2x the class's keep period: half past cutoff
        return now - timedelta(days=rnd.uniform(0, days_max), seconds=rnd.randint(0, 86_399))

    counts = {k: int(total * v) for k, v in MIX.items()}
    async with svc.db.session() as s:
        s.add(CmeActivity(activity_id="poc", title="Point-of-care learning", format="internet_poc",
                          designated_max_hundredths=2000))
        learner = CmeLearner(learner_uuid=str(uuid.uuid4()), platform="slack", chat_user_id="U0")
        enr = Enrollment(learner="slack:U0", platform="slack", user_id="U0", track_id="foundations")
        s.add_all([learner, enr])
        await s.flush()
        attempt = QuizAttempt(enrollment_id=enr.id, module_id="f01", kind="module", order_json="[]",
                              started_at=now - timedelta(days=800), finished_at=now - timedelta(days=800))
        s.add(attempt)
        await s.flush()
        lid, eid, aid = learner.id, enr.id, attempt.id
    await bulk(svc, Draft, [dict(id=i + 1, root_id=i + 1, skill=rnd.choice(SKILLS), author=f"slack:U{i % 2000}",
                                 platform="slack", channel=f"C{i % 20:03d}", content=TEXT, fields_json='{"a": "b"}',
                                 model="template", template_version="referral/1.0", version=1,
                                 state="approved" if i % 10 else "draft", reason="", created_at=when(730),
                                 moved_at=None, sha256="", moved_by="", message_ref="")
                            for i in range(counts["draft"])])
    n_out = counts["output"]
    await bulk(svc, MonitoredOutput, [dict(id=i + 1, kind="evidence" if i % 2 else "draft", ref=f"r{i}", sha256="c" * 64,
                                           text=TEXT, chars=len(TEXT), skill="referral", model="template",
                                           template_version="referral/1.0", author=f"slack:U{i % 2000}",
                                           platform="slack", channel=f"C{i % 20:03d}", sampled=False,
                                           created_at=when(180 if i % 2 else 730)) for i in range(n_out)])
    await bulk(svc, CmeCycle, [dict(cycle_uuid=str(uuid.uuid4()), learner_id=lid, activity_id="poc",
                                    question_text="statin choice in chronic kidney disease", question_key=uuid.uuid4().hex,
                                    sources="[]", searched_at=when(180), reflection="", application_text="",
                                    credit_hundredths=50 if i % 10 == 0 else 0) for i in range(counts["cycle"])])
    await bulk(svc, QuizAnswer, [dict(attempt_id=aid, item_id=f"q{i}", chosen="B", correct=True, at=when(730))
                                 for i in range(counts["answer"])])
    await bulk(svc, SurveyAnswer, [dict(enrollment_id=eid, question_id=f"s{i}", answer="useful and clear", at=when(730))
                                   for i in range(counts["survey"])])
    await bulk(svc, OutputFeedback, [dict(output_id=(i % n_out) + 1, actor=f"slack:F{i}", kind="report",
                                          verdict="report", reason="other", note="the dose looked high",
                                          created_at=when(1460)) for i in range(counts["feedback"])])
    n_tasks = min(n_out, max(1, counts["rating"] // 2))
    await bulk(svc, ReviewTask, [dict(id=i + 1, output_id=i + 1, reason="sample", status="done", required=2, channel="",
                                      message_ref="", created_at=now) for i in range(n_tasks)])
    await bulk(svc, ReviewRating, [dict(output_id=(i % n_tasks) + 1, task_id=(i % n_tasks) + 1, reviewer=f"slack:R{i}",
                                        safety=4, accuracy=4, trust=4, red_team=False, comment="reasonable",
                                        output_sha256="c" * 64, skill="referral", model="template",
                                        template_version="referral/1.0", created_at=when(1460))
                                   for i in range(counts["rating"])])
    awards = max(10, total // 1000)
    await bulk(svc, CreditAward, [dict(award_uuid=str(uuid.uuid4()), idempotency_key=uuid.uuid4().hex, learner_id=lid,
                                       activity_id="poc", credit_type="AMA_PRA_1", amount_hundredths=50,
                                       claimed_minutes=0, completion_date=(now - timedelta(days=7 * 365)).date(),
                                       attestation_text="", attestation_version="", reason="", created_by="bench",
                                       created_at=now - timedelta(days=7 * 365)) for _ in range(awards)])
    if svc.db.dialect == "postgresql":
        async with svc.db.engine.begin() as conn:
            for table in ("draft", "mon_output", "mon_review_task"):
                await conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                           f"(SELECT max(id) FROM {table}))")
    return counts


class RssPeak:
    """Samples this process's RSS every 20 ms in a thread (the job itself runs on the event loop)."""

    def __init__(self) -> None:
        self.proc = psutil.Process(os.getpid())
        self.start = self.peak = self.proc.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self.proc.memory_info().rss)
            time.sleep(0.02)

    def __enter__(self) -> "RssPeak":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


async def probe(svc, stop: asyncio.Event, waits: list[float]) -> None:
    """A concurrent writer on its own connection: how long does a tiny insert wait while the job runs?"""
    from storage.db import Database

    db = Database(svc.db.url)
    i = 0
    try:
        while not stop.is_set():
            started = time.perf_counter()
            async with db.session() as s:
                s.add(ProcessedEvent(key=f"bench-probe-{uuid.uuid4().hex}-{i}"))
            waits.append(time.perf_counter() - started)
            i += 1
            await asyncio.sleep(0.05)
    finally:
        await db.dispose()


async def bench_retention(args, tmp: Path) -> list[tuple[str, str]]:
    from bot.monitoring import retention

    url = await fresh_database(args.postgres, tmp, "retention")
    svc = services(url, tmp)
    await svc.db.create_all()
    now = svc.clock()
    t0 = time.perf_counter()
    counts = await seed_retention(svc, args.rows, now)
    seeded = sum(counts.values())
    seed_s = time.perf_counter() - t0
    async with svc.db.session() as s:
        awards_before = (await s.execute(select(func.count(), func.sum(CreditAward.amount_hundredths)))).one()
    plan = await retention.run(svc, dry_run=True, now=now)
    stop, waits = asyncio.Event(), []
    prober = asyncio.create_task(probe(svc, stop, waits))
    await asyncio.sleep(0.2)
    tracemalloc.start()
    with RssPeak() as rss:
        t0 = time.perf_counter()
        done = await retention.run(svc, now=now)
        run_s = time.perf_counter() - t0
    _, py_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    stop.set()
    await prober
    async with svc.db.session() as s:
        awards_after = (await s.execute(select(func.count(), func.sum(CreditAward.amount_hundredths)))).one()
    again = await retention.run(svc, dry_run=True, now=now)
    verify = await svc.audit.verify()
    await svc.db.dispose()
    await drop_database(url)
    waits.sort()
    return [
        ("backend", svc.db.dialect),
        ("rows seeded (mixed classes)", f"{seeded:,} (+{int(awards_before[0]):,} CME awards) in {seed_s:.0f} s"),
        ("rows past cutoff (dry run)", f"{plan.rows:,}"),
        ("rows purged", f"{done.rows:,} in {done.batches:,} batches"),
        ("retention wall time", f"{run_s:.1f} s ({done.rows / run_s:,.0f} rows/s)"),
        ("peak Python memory (tracemalloc)", f"{py_peak / 2**20:.1f} MiB"),
        ("RSS growth during the run", f"{(rss.peak - rss.start) / 2**20:.1f} MiB"),
        ("longest write transaction (lock)", f"{done.max_lock_seconds * 1000:.0f} ms (limit 1000 ms)"),
        ("longest write by target", ", ".join(f"{r.target} {r.max_lock_seconds * 1000:.0f}"
                                              for r in sorted(done.results, key=lambda r: -r.max_lock_seconds)[:4])
                                    + " ms"),
        ("same-process writer wait p50 / max", f"{statistics.median(waits) * 1000:.1f} / {waits[-1] * 1000:.0f} ms "
                                             f"over {len(waits)} probes" if waits else "n/a"),
        ("left to purge after the run", f"{again.rows:,}"),
        ("CME awards before = after", f"{awards_before == awards_after} ({int(awards_after[0]):,} rows)"),
        ("audit chain verifies", str(verify.ok)),
    ]


# -- 2. pilot metrics ---------------------------------------------------------------------------------
async def seed_pilot(svc, clinicians: int, weeks: int, now: datetime) -> int:
    rnd = random.Random(11)
    start = now - timedelta(weeks=weeks)
    drafts, outputs, feedback, cycles, awards, learners = [], [], [], [], [], []
    did = 0
    for u in range(clinicians):
        learners.append(dict(id=u + 1, learner_uuid=str(uuid.uuid4()), platform="slack", chat_user_id=f"U{u}",
                             first_name="", last_name="", email="", profession="MD", npi="", license_state="",
                             license_id="", board_code="", board_id="", consent_board_reporting=False,
                             created_at=start))
    for w in range(weeks):
        monday = start + timedelta(weeks=w)
        for u in range(clinicians):
            for _ in range(rnd.choice((1, 2, 3, 4))):  # drafts per clinician-week
                created = monday + timedelta(minutes=rnd.randint(0, 7 * 24 * 60 - 600))
                did += 1
                edited = rnd.random() < 0.25
                state = "approved" if rnd.random() < 0.85 else "rejected"
                first = dict(id=did, root_id=did, skill=rnd.choice(SKILLS), author=f"slack:U{u}", platform="slack",
                             channel=f"C{u % 20:03d}", content="", fields_json="{}", model="template",
                             template_version="referral/1.0", version=1, created_at=created, sha256="", moved_by="",
                             message_ref="", state=state, reason="", moved_at=created + timedelta(minutes=rnd.randint(5, 240)))
                if edited:
                    first["state"] = "superseded"
                    did += 1
                    second = dict(first, id=did, version=2, created_at=first["moved_at"], state=state,
                                  moved_at=first["moved_at"] + timedelta(minutes=rnd.randint(5, 120)))
                    drafts += [first, second]
                else:
                    drafts.append(first)
                if state == "rejected":
                    drafts[-1]["reason"] = rnd.choice(("wrong service", "missing history", "", "tone"))
                if rnd.random() < 0.2:
                    oid = len(outputs) + 1
                    outputs.append(dict(id=oid, kind="draft", ref=f"draft:{did}", sha256="c" * 64, text="", chars=0,
                                        skill=first["skill"], model="template", template_version="referral/1.0",
                                        author=f"slack:U{u}", platform="slack", channel=first["channel"],
                                        sampled=False, created_at=created))
                    feedback.append(dict(output_id=oid, actor=f"slack:U{(u + 1) % clinicians}", kind="vote",
                                         verdict="helpful" if rnd.random() < 0.8 else "not_helpful", reason="", note="",
                                         created_at=created + timedelta(hours=1)))
            if rnd.random() < 0.5:
                searched = monday + timedelta(minutes=rnd.randint(0, 7 * 24 * 60 - 600))
                done = rnd.random() < 0.5
                cycles.append(dict(cycle_uuid=str(uuid.uuid4()), learner_id=u + 1, activity_id="poc", question_text="",
                                   question_key=uuid.uuid4().hex, sources="[]", searched_at=searched,
                                   reflection="confirmed" if done else "", application_text="",
                                   completed_at=searched + timedelta(hours=2) if done else None,
                                   credit_hundredths=50 if done else 0))
                if done:
                    awards.append(dict(award_uuid=str(uuid.uuid4()), idempotency_key=uuid.uuid4().hex, learner_id=u + 1,
                                       activity_id="poc", credit_type="AMA_PRA_1", amount_hundredths=50,
                                       claimed_minutes=0, completion_date=(searched + timedelta(hours=2)).date(),
                                       attestation_text="", attestation_version="", reason="", created_by="bench",
                                       created_at=searched))
    async with svc.db.session() as s:
        s.add(CmeActivity(activity_id="poc", title="Point-of-care learning", format="internet_poc",
                          designated_max_hundredths=2000))
    await bulk(svc, CmeLearner, learners)
    await bulk(svc, Draft, drafts)
    await bulk(svc, MonitoredOutput, outputs)
    await bulk(svc, OutputFeedback, feedback)
    await bulk(svc, CmeCycle, cycles)
    await bulk(svc, CreditAward, awards)
    return len(drafts) + len(outputs) + len(feedback) + len(cycles) + len(awards) + len(learners)


def pctl(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def bench_pilot(args, tmp: Path) -> list[tuple[str, str]]:
    from aiohttp.test_utils import TestClient, TestServer

    from bot.app import build_app
    from bot.monitoring import pilot
    from bot.web import auth

    url = await fresh_database(args.postgres, tmp, "pilot")
    deps = tmp / "departments.yaml"
    deps.write_text("departments:\n" + "".join(f"  Department {d:02d}:\n    channels: [C{d:03d}]\n" for d in range(20)))
    svc = services(url, tmp, {"CLINIBOT_DEPARTMENTS_FILE": str(deps)})
    await svc.db.create_all()
    now = svc.clock()
    t0 = time.perf_counter()
    n = await seed_pilot(svc, args.clinicians, args.weeks, now)
    seed_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    await pilot.weekly(svc, args.weeks)
    cold = time.perf_counter() - t0
    current = pilot.week_start(now)
    t0 = time.perf_counter()
    await pilot.refresh(svc, current, current)
    refresh_now = time.perf_counter() - t0
    app = build_app(svc.settings, services=svc, start_background=False)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    page_t, csv_t, size = [], [], (0, 0)
    try:
        link = await auth.issue_link(svc, "console:EDU1")
        assert (await client.get(link.split("127.0.0.1:3000", 1)[1])).status == 200
        for _ in range(args.requests):
            t0 = time.perf_counter()
            dept = "" if len(page_t) % 2 else f"&department=Department%20{len(page_t) % 20:02d}"
            resp = await client.get(f"/cme/dashboard/pilot?weeks={min(args.weeks, 104)}{dept}")
            body = await resp.read()
            page_t.append(time.perf_counter() - t0)
            assert resp.status == 200
            t0 = time.perf_counter()
            resp = await client.get(f"/cme/dashboard/pilot.csv?weeks={args.weeks}")
            data = await resp.read()
            csv_t.append(time.perf_counter() - t0)
            assert resp.status == 200
            size = (len(body), len(data))
    finally:
        await client.close()
        await svc.db.dispose()
        await drop_database(url)
    return [
        ("backend", svc.db.dialect),
        ("pilot rows seeded", f"{n:,} ({args.clinicians:,} clinicians x {args.weeks} weeks, 20 departments) "
                              f"in {seed_s:.0f} s"),
        ("cold roll-up of all weeks", f"{cold * 1000:,.0f} ms (once; then the hourly job keeps it current)"),
        ("current-week refresh", f"{refresh_now * 1000:,.0f} ms (at most every 10 min on a read)"),
        ("dashboard page p50 / p95", f"{pctl(page_t, .5) * 1000:.0f} / {pctl(page_t, .95) * 1000:.0f} ms "
                                     f"({size[0] / 1024:.0f} KiB, {args.requests} requests)"),
        ("CSV export p50 / p95", f"{pctl(csv_t, .5) * 1000:.0f} / {pctl(csv_t, .95) * 1000:.0f} ms "
                                 f"({size[1] / 1024:.0f} KiB)"),
        ("p95 under 500 ms", str(pctl(page_t, .95) < 0.5 and pctl(csv_t, .95) < 0.5)),
    ]


def table(title: str, rows: list[tuple[str, str]]) -> str:
    w = max(len(k) for k, _ in rows)
    lines = [title, "-" * len(title)] + [f"{k:<{w}}  {v}" for k, v in rows]
    return "\n".join(lines)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="retention rows (mixed data classes)")
    parser.add_argument("--clinicians", type=int, default=2000)
    parser.add_argument("--weeks", type=int, default=52)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--postgres", default="", help="postgresql+asyncpg://... admin URL (default: SQLite)")
    parser.add_argument("--skip", choices=("retention", "pilot"), default=None)
    args = parser.parse_args()
    import logging

    logging.disable(logging.INFO)
    with tempfile.TemporaryDirectory() as tmp:
        if args.skip != "retention":
            print(table(f"Retention job, {args.rows:,} rows", await bench_retention(args, Path(tmp))), flush=True)
            print()
        if args.skip != "pilot":
            print(table(f"Pilot metrics, {args.clinicians:,} clinicians x {args.weeks} weeks",
                        await bench_pilot(args, Path(tmp))), flush=True)


if __name__ == "__main__":
    asyncio.run(main())
