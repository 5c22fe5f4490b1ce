"""CME figures: 10,000 learners x 50 awards on SQLite and PostgreSQL.

Measures the PARS CSV export (time, and peak Python memory at growing row counts, to show the
export streams), one learner's PDF transcript, and the dashboard cohort page's p50/p95 latency over
real HTTP. Prints a table.

    .venv/bin/python bench/cme_bench.py [--learners 10000] [--awards 50] [--postgres URL] [--requests 60]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from cme.config import load_config  # noqa: E402
from cme.exporters.csv_pars import iter_pars, load_mapping  # noqa: E402
from cme.exporters.pdf import LearnerTranscript, transcript_pdf  # noqa: E402
from cme.ledger import Ledger  # noqa: E402
from storage.db import Database  # noqa: E402
from storage.models.cme import CmeAttempt, CmeEnrollment, CmeLearner, CreditAward  # noqa: E402
from storage.repos.cme import CmeRepo  # noqa: E402

NOW = datetime(2026, 12, 10, 9, 0, 0)
FIRST = date(2025, 1, 1)
SPAN_DAYS = 700
TRACKS = ("foundations", "advanced", "practicum")
TRACK_MAX = {"foundations": 400, "advanced": 800, "practicum": 1600}
MODULES = {"foundations": 4, "advanced": 6, "practicum": 8}


async def seed(db: Database, learners: int, awards: int) -> None:
    config = load_config()
    await Ledger(db, config, clock=lambda: NOW).sync_activities()
    chunk = 1000
    for lo in range(0, learners, chunk):
        hi = min(learners, lo + chunk)
        people, enrol, attempts, rows = [], [], [], []
        for i in range(lo, hi):
            lid = i + 1
            people.append(dict(id=lid, learner_uuid=str(uuid.uuid4()), platform="slack", chat_user_id=f"U{lid:07d}",
                               first_name=f"First{lid}", last_name=f"Last{lid}", email="", profession="MD",
                               dob_month=1 + i % 12, dob_day=1 + i % 28, npi=f"{1000000000 + lid}",
                               license_state="OR", license_id=f"MD{lid}", board_code="ABIM" if i % 2 else "",
                               board_id=f"{100000 + lid}" if i % 2 else "", consent_board_reporting=i % 10 != 0,
                               consent_at=NOW, created_at=NOW))
            for t in TRACKS:
                reg = str(uuid.uuid4())
                enrol.append(dict(learner_id=lid, activity_id=t, registration=reg, enrolled_at=NOW,
                                  completed_at=NOW if (i + len(t)) % 3 == 0 else None))
                for m in range(1 + (i % MODULES[t])):
                    start = NOW - timedelta(days=(i + m) % 300)
                    attempts.append(dict(idempotency_key=f"attempt:slack:U{lid}:{t}:{t[0]}{m:02d}:1", learner_id=lid,
                                         activity_id=t, module_id=f"{t[0]}{m + 1:02d}", attempt_no=1,
                                         started_at=start, finished_at=start + timedelta(minutes=60),
                                         duration_iso8601="PT1H", minutes=60, raw_score=7, max_score=8,
                                         scaled_score=0.875 - (m % 3) * 0.1, passed=(m % 3) != 2,
                                         xapi_registration=reg, item_responses="[]", created_at=NOW))
            for k in range(awards):
                act = TRACKS[k] if k < 3 else "poc"
                amount = TRACK_MAX[act] - 25 * (i % 4) if act in TRACK_MAX else 50
                key = f"bench:{lid}:{k}"
                rows.append(dict(award_uuid=str(uuid.uuid5(uuid.NAMESPACE_URL, key)), idempotency_key=key,
                                 learner_id=lid, activity_id=act, credit_type="AMA_PRA_1", amount_hundredths=amount,
                                 claimed_minutes=amount * 0.6, completion_date=FIRST + timedelta(days=(i * 7 + k * 13) % SPAN_DAYS),
                                 attestation_text="", attestation_version="", created_by="bench", created_at=NOW,
                                 reason=""))
        async with db.session() as s:
            await s.execute(insert(CmeLearner.__table__), people)
            await s.execute(insert(CmeEnrollment.__table__), enrol)
            await s.execute(insert(CmeAttempt.__table__), attempts)
            await s.execute(insert(CreditAward.__table__), rows)
    if not db.is_sqlite:
        async with db.engine.begin() as conn:
            from sqlalchemy import text
            await conn.execute(text("SELECT setval(pg_get_serial_sequence('cme_learner','id'), (SELECT max(id) FROM cme_learner))"))
        # Steady state, as autovacuum would leave it: statistics and the visibility map (index-only scans).
        import asyncpg
        raw = await asyncpg.connect(db.url.replace("postgresql+asyncpg://", "postgresql://"))
        try:
            await raw.execute("VACUUM ANALYZE")
        finally:
            await raw.close()


async def export_run(db: Database, end: date | None, *, trace: bool) -> tuple[int, float, float]:
    mapping = load_mapping(load_config().pars_columns_file)
    rows = size = 0
    if trace:
        tracemalloc.start()
    t0 = time.perf_counter()
    async for chunk in iter_pars(CmeRepo(db), None, end, mapping=mapping, on_exception=lambda r: None):
        rows += chunk.count(b"\r\n")
        size += len(chunk)
    elapsed = time.perf_counter() - t0
    peak = 0.0
    if trace:
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return rows - 1, elapsed, peak


async def cohort_latency(db_url: str, requests: int) -> tuple[float, float]:
    from aiohttp import ClientSession
    from aiohttp.test_utils import TestServer

    from bot.app import build_app, build_services
    from bot.core.events import Actor, Command
    from bot.settings import Settings
    from cme.commands import cme_dashboard

    import socket
    with socket.socket() as sk:
        sk.bind(("127.0.0.1", 0))
        port = sk.getsockname()[1]
    settings = Settings.from_env({"DATABASE_URL": db_url, "CLINIBOT_SCHEDULER": "false", "CLINIBOT_SECRET_KEY": "bench",
                                  "CLINIBOT_PUBLIC_URL": f"http://127.0.0.1:{port}", "CLINIBOT_EDUCATORS": "EDU",
                                  "CLINIBOT_DATA_DIR": tempfile.mkdtemp()})
    svc = build_services(settings, clock=lambda: NOW)
    app = build_app(settings, services=svc, start_background=False)
    server = TestServer(app, host="127.0.0.1", port=port)
    await server.start_server()
    try:
        reply = await cme_dashboard(Command("cme", "dashboard", Actor("EDU", "slack")), svc)
        link = reply.text.split("(", 1)[1].rstrip(")")
        async with ClientSession() as http:
            async with http.get(link) as r:
                cookie = r.cookies["cme_session"].value
            result = []
            for cold in (True, False):
                times = []
                for i in range(requests + 3):
                    if cold:  # as if the ledger had just changed: no cached cohort figures
                        svc.extras.pop("cme_cohort_cache", None)
                    t0 = time.perf_counter()
                    async with http.get(f"http://127.0.0.1:{port}/cme/dashboard",
                                        headers={"Cookie": f"cme_session={cookie}"}) as r:
                        await r.read()
                        assert r.status == 200, r.status
                    times.append((time.perf_counter() - t0) * 1000)
                times = times[3:]  # warm-up
                result += [statistics.median(times), statistics.quantiles(times, n=20)[18]]
        return tuple(result)
    finally:
        await server.close()
        await svc.db.dispose()


async def run_backend(name: str, url: str, learners: int, awards: int, requests: int) -> list[tuple[str, str]]:
    db = Database(url)
    await db.drop_all()
    await db.create_all()
    out: list[tuple[str, str]] = []
    t0 = time.perf_counter()
    await seed(db, learners, awards)
    out.append(("seed (rows of awards)", f"{learners * awards:,} in {time.perf_counter() - t0:.1f} s"))
    span = [(FIRST + timedelta(days=SPAN_DAYS // 8), "1/8"), (FIRST + timedelta(days=SPAN_DAYS // 2), "1/2"), (None, "all")]
    for end, label in span:
        rows, _, peak = await export_run(db, end, trace=True)
        out.append((f"CSV export peak Python memory ({label}: {rows:,} rows)", f"{peak:.1f} MiB"))
    rows, secs, _ = await export_run(db, None, trace=False)
    out.append((f"CSV export time ({rows:,} rows)", f"{secs:.1f} s ({rows / secs:,.0f} rows/s)"))
    repo = CmeRepo(db)
    learner = await repo.learner_by_uuid((await repo.learner_page(0, 1))[0][0][0].learner_uuid)
    t0 = time.perf_counter()
    lines = await repo.transcript(learner.id)
    pdf = transcript_pdf(load_config(), LearnerTranscript(learner, lines), issued=NOW.date())
    out.append((f"one learner's PDF transcript ({len(lines)} rows)", f"{(time.perf_counter() - t0) * 1000:.0f} ms, {len(pdf) / 1024:.0f} KiB"))
    await db.dispose()
    c50, c95, w50, w95 = await cohort_latency(url, requests)
    out.append(("cohort page p50 / p95, figures recomputed (HTTP)", f"{c50:.0f} / {c95:.0f} ms (goal p95 < 200)"))
    out.append(("cohort page p50 / p95, ledger unchanged (HTTP)", f"{w50:.0f} / {w95:.0f} ms"))
    return [(f"{name}: {k}", v) for k, v in out]


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--learners", type=int, default=10_000)
    ap.add_argument("--awards", type=int, default=50)
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--postgres", default=os.environ.get("CLINIBOT_BENCH_POSTGRES_URL",
                                                        "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"))
    ap.add_argument("--skip-postgres", action="store_true")
    ap.add_argument("--skip-sqlite", action="store_true")
    args = ap.parse_args()
    results: list[tuple[str, str]] = []
    tmp = tempfile.mkdtemp(prefix="cme-bench-")
    if not args.skip_sqlite:
        results += await run_backend("SQLite", f"sqlite+aiosqlite:///{tmp}/bench.db", args.learners, args.awards,
                                     args.requests)
    if not args.skip_postgres:
        import asyncpg
        admin = args.postgres.replace("postgresql+asyncpg://", "postgresql://")
        name = f"cme_bench_{uuid.uuid4().hex[:8]}"
        conn = await asyncpg.connect(admin)
        await conn.execute(f'CREATE DATABASE "{name}"')
        await conn.close()
        try:
            results += await run_backend("PostgreSQL", args.postgres.rsplit("/", 1)[0] + f"/{name}", args.learners,
                                         args.awards, args.requests)
        finally:
            conn = await asyncpg.connect(admin)
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await conn.close()
    width = max(len(k) for k, _ in results)
    print(f"\nCME bench: {args.learners:,} learners x {args.awards} awards\n")
    print(f"{'measure'.ljust(width)}  value")
    print(f"{'-' * width}  {'-' * 40}")
    for k, v in results:
        print(f"{k.ljust(width)}  {v}")


if __name__ == "__main__":
    asyncio.run(main())
