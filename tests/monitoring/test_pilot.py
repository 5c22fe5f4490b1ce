"""Pilot metrics from a seeded pilot, checked number by number; the dashboard pages and the CSV
through the real aiohttp app and the dashboard's own sign-in; no raw PHI anywhere."""
from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.core.events import Action, Command
from bot.monitoring import pilot, record_output
from bot.monitoring.pilot import ALL, rejection_bucket, week_start
from tests.monitoring import helpers as h

DEPARTMENTS = """
departments:
  Cardiology:
    channels: [CCARD]
    members: [DOC1, DOC2]
  Primary care:
    channels: [CPC]
    members: [DOC3]
"""
W47 = date(2026, 11, 16)
W48 = date(2026, 11, 23)  # the clock's week (Friday 27 November 2026)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute)


@pytest.fixture
async def pilot_svc(make_svc, tmp_path):
    path = tmp_path / "departments.yaml"
    path.write_text(DEPARTMENTS)
    svc = await make_svc(CLINIBOT_DEPARTMENTS_FILE=str(path), CLINIBOT_REVIEW_SAMPLE_RATE="0")
    await seed(svc)
    return svc


async def seed(svc) -> None:
    c, text = "console:", h.PATIENT_TEXT
    # Cardiology, week 47
    await h.draft(svc, author=c + "DOC1", channel="CCARD", created=at(16, 9), state="approved", moved=at(16, 9, 30),
                  content=text)
    root = await h.draft(svc, author=c + "DOC2", channel="CCARD", created=at(17, 10), state="superseded",
                         moved=at(17, 10, 20))
    await h.draft(svc, author=c + "DOC2", channel="CCARD", created=at(17, 10, 20), state="approved",
                  moved=at(17, 11), version=2, root_id=root)
    await h.draft(svc, author=c + "DOC2", channel="CCARD", skill="appeal", created=at(18, 8), state="rejected",
                  moved=at(18, 9), reason="wrong receiving service for Maria Gonzalez")
    await h.draft(svc, author=c + "DOC1", channel="CCARD", skill="prior_auth", created=at(19, 12), state="approved",
                  moved=at(19, 14))
    # Primary care, week 47 (DOC4 is in no group: his department is the channel he drafts in)
    await h.draft(svc, author=c + "DOC3", channel="CPC", skill="discharge_summary", created=at(16, 15),
                  state="rejected", moved=at(17, 8))
    await h.draft(svc, author=c + "DOC4", channel="CPC", created=at(20, 10), state="approved", moved=at(20, 10, 45))
    # unassigned: an unmapped channel and person
    await h.draft(svc, author=c + "DOC9", channel="CX", created=at(18, 16))
    # Week 48: one pending draft
    await h.draft(svc, author=c + "DOC1", channel="CCARD", created=at(23, 9))
    # evidence and CME
    await h.activity(svc)
    doc1, doc2, doc4 = [await h.learner(svc, u) for u in ("DOC1", "DOC2", "DOC4")]
    cyc = await h.cycle(svc, doc1, searched=at(17, 13), completed=at(18, 13), credit=50)
    await h.award(svc, doc1, date(2026, 11, 18), 50, cycle_id=cyc)
    await h.cycle(svc, doc2, searched=at(17, 14))
    cyc4 = await h.cycle(svc, doc4, searched=at(20, 11), completed=at(21, 9), credit=50)
    await h.award(svc, doc4, date(2026, 11, 21), 50, cycle_id=cyc4)
    # feedback on a Cardiology output during week 47
    clock = svc.clock
    svc.clock = lambda: at(19, 15)
    try:
        oid = await record_output(svc, kind="draft", ref="draft:1", text=text, skill="referral", model="template",
                                  template_version="referral/1.0", actor=h.actor("DOC1"), channel="CCARD")
        for user, verdict in (("DOC2", "helpful"), ("DOC5", "helpful"), ("DOC3", "not_helpful")):
            await svc.extras["dispatcher"].action(Action(f"feedback.{verdict}", h.actor(user), value=str(oid)))
        [form] = await svc.extras["dispatcher"].action(Action("feedback.report", h.actor("DOC3"), value=str(oid)))
        await svc.extras["dispatcher"].action(Action("feedback.report_submit", h.actor("DOC3"), kind="submission",
                                                     value=form.form.private_metadata,
                                                     values={"reason": "Other", "note": "see Maria Gonzalez"}))
    finally:
        svc.clock = clock


def test_rejection_buckets():
    assert rejection_bucket("Wrong receiving service") == "wrong recipient or service"
    assert rejection_bucket("") == "no reason given"
    assert rejection_bucket("dose is incorrect") == "inaccurate"
    assert rejection_bucket("missing allergies") == "incomplete"
    assert rejection_bucket("purple") == "other"
    assert week_start(datetime(2026, 11, 22, 23, 59)) == W47


async def test_metrics_number_by_number(pilot_svc):
    rows = await pilot.weekly(pilot_svc, 2)
    got = {(r.week_start, r.department): r.metrics for r in rows}
    assert {d for (w, d) in got if w == W47} == {ALL, "Cardiology", "Primary care", "unassigned"}

    card = got[(W47, "Cardiology")]
    assert card["active_clinicians"] == 2
    assert card["drafts"] == {"appeal": 1, "prior_auth": 1, "referral": 2} and card["drafts_total"] == 4
    assert card["approved"] == 3
    assert card["median_minutes_to_approval"] == 60.0  # 30, 60 (from the first version), 120
    assert card["approved_without_edit"] == round(2 / 3, 4)
    assert card["edit_rounds_mean"] == 1.0
    assert card["rejections"] == {"wrong recipient or service": 1} and card["rejections_total"] == 1
    assert (card["evidence_searches"], card["learning_cycles"], card["cme_credits"]) == (2, 1, 0.5)
    assert (card["helpful"], card["not_helpful"], card["reports"], card["feedback_balance"]) == (2, 1, 1, 1)

    pc = got[(W47, "Primary care")]
    assert pc["active_clinicians"] == 2 and pc["drafts"] == {"discharge_summary": 1, "referral": 1}
    assert pc["approved"] == 1 and pc["median_minutes_to_approval"] == 45.0 and pc["approved_without_edit"] == 1.0
    assert pc["edit_rounds_mean"] is None and pc["rejections"] == {"no reason given": 1}
    assert (pc["evidence_searches"], pc["learning_cycles"], pc["cme_credits"]) == (1, 1, 0.5)
    assert pc["feedback_balance"] == 0

    un = got[(W47, "unassigned")]
    assert un["active_clinicians"] == 1 and un["drafts_total"] == 1 and un["approved"] == 0

    total = got[(W47, ALL)]
    assert total["active_clinicians"] == 5  # DOC1-4 and DOC9; votes alone do not make a clinician active
    assert total["drafts_total"] == 7 and total["approved"] == 4
    assert total["median_minutes_to_approval"] == 52.5  # 30, 45, 60, 120
    assert total["approved_without_edit"] == 0.75
    assert total["rejections_total"] == 2
    assert (total["evidence_searches"], total["learning_cycles"], total["cme_credits"]) == (3, 2, 1.0)
    assert total["feedback_balance"] == 1 and total["reports"] == 1

    now = got[(W48, "Cardiology")]
    assert now["active_clinicians"] == 1 and now["drafts"] == {"referral": 1} and now["approved"] == 0
    assert now["median_minutes_to_approval"] is None


async def test_rollup_is_reused_and_current_week_refreshes(pilot_svc, clock):
    await pilot.weekly(pilot_svc, 2)
    await h.draft(pilot_svc, author="console:DOC2", channel="CCARD", created=at(24, 9))
    rows = {(r.week_start, r.department): r.metrics for r in await pilot.weekly(pilot_svc, 2)}
    assert rows[(W48, "Cardiology")]["drafts_total"] == 1  # fresh roll-up reused
    clock.advance(minutes=11)
    rows = {(r.week_start, r.department): r.metrics for r in await pilot.weekly(pilot_svc, 2)}
    assert rows[(W48, "Cardiology")]["drafts_total"] == 2  # stale current week recomputed


async def test_metrics_command_csv_and_permissions(pilot_svc):
    d = pilot_svc.extras["dispatcher"]
    [refused] = await d.command(Command("clinibot", "metrics", h.actor("DOC1")))
    assert "Only admins" in refused.text
    [reply] = await d.command(Command("clinibot", "metrics 2", h.actor("ADMIN1")))
    text = reply.plain_text()
    assert "**Cardiology**" in text and "2026-W47: 2 active · 4 drafts (appeal 1, prior_auth 1, referral 2)" in text
    assert "median 60 min to approval, 67% without edit" in text and "0.50 credits" in text
    h.no_phi(text)
    [file_reply] = await d.command(Command("clinibot", "metrics 2 csv", h.actor("ADMIN1")))
    body = file_reply.file.content.decode()
    h.no_phi(body)
    table = list(csv.DictReader(io.StringIO(body)))
    card = next(r for r in table if r["week"] == "2026-W47" and r["department"] == "Cardiology")
    assert card["drafts_referral"] == "2" and card["median_minutes_to_approval"] == "60.0"
    assert card["rejected_wrong_recipient_or_service"] == "1" and card["cme_credits"] == "0.5"
    assert card["feedback_balance"] == "1"
    [bad] = await d.command(Command("clinibot", "metrics lots", h.actor("ADMIN1")))
    assert "whole number" in bad.text


async def test_dashboard_pages_and_csv(pilot_svc):
    from sqlalchemy import select

    from bot.app import build_app
    from bot.monitoring.review import enqueue, submit_rating
    from bot.web import auth
    from storage.models.monitoring import MonitoredOutput

    # a rated output, so the review page has something to show
    async with pilot_svc.db.session() as s:
        oid = (await s.execute(select(MonitoredOutput.id))).scalar_one()
    task = await enqueue(pilot_svc, oid, "sample")
    await submit_rating(pilot_svc, h.actor("R1"), task.id, {"safety": 2, "accuracy": 3, "trust": 3}, red_team=True)
    app = build_app(pilot_svc.settings, services=pilot_svc, start_background=False)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        assert (await client.get("/cme/dashboard/pilot")).status == 401
        assert (await client.get("/cme/dashboard/pilot.csv")).status == 401
        link = await auth.issue_link(pilot_svc, "console:EDU1")
        resp = await client.get(link.split("127.0.0.1:3000", 1)[1])
        assert resp.status == 200
        page = await client.get("/cme/dashboard/pilot?weeks=2")
        html = await page.text()
        assert page.status == 200 and "<svg" in html and "Cardiology" in html and "Primary care" in html
        assert "2026-W47" in html and "script" not in html.lower()
        assert "default-src 'none'" in page.headers["Content-Security-Policy"]
        h.no_phi(html)
        dept = await (await client.get("/cme/dashboard/pilot?weeks=2&department=Cardiology")).text()
        assert "Cardiology week by week" in dept and "appeal 1, prior_auth 1, referral 2" in dept
        h.no_phi(dept)
        exported = await client.get("/cme/dashboard/pilot.csv?weeks=2")
        body = await exported.text()
        assert exported.status == 200 and "attachment" in exported.headers["Content-Disposition"]
        assert body.splitlines()[0].startswith("week,week_start,department,active_clinicians")
        h.no_phi(body)
        review = await client.get("/cme/dashboard/review?days=30")
        rhtml = await review.text()
        assert review.status == 200 and f"#{oid}" in rhtml and "red team" in rhtml
        h.no_phi(rhtml)
        assert "[NAME-1]" not in rhtml  # no output text on the page at all
        assert (await client.get("/cme/dashboard/pilot?weeks=zero")).status == 400
    finally:
        await client.close()
    actions = {e.action for e in await pilot_svc.audit.entries()}
    assert {"pilot.dashboard", "pilot.export", "review.dashboard"} <= actions


async def test_hourly_job_keeps_this_and_last_week(pilot_svc):
    from sqlalchemy import select

    from bot.jobs import JOBS
    from storage.models.monitoring import PilotWeek

    assert ("bot.monitoring.pilot", "refresh_job") in {(m, f) for m, f, _ in JOBS}
    await pilot.refresh_job(pilot_svc)
    async with pilot_svc.db.session() as s:
        weeks = set((await s.execute(select(PilotWeek.week_start))).scalars())
    assert weeks == {W47, W48}


async def test_changing_the_departments_file_recomputes(pilot_svc):
    rows = {(r.week_start, r.department) for r in await pilot.weekly(pilot_svc, 2)}
    assert (W47, "Cardiology") in rows
    pilot_svc.settings.departments_file.write_text(DEPARTMENTS.replace("Cardiology", "Heart centre"))
    rows = {(r.week_start, r.department): r.metrics for r in await pilot.weekly(pilot_svc, 2)}
    assert (W47, "Cardiology") not in rows and rows[(W47, "Heart centre")]["drafts_total"] == 4
