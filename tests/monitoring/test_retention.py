"""Retention against a database seeded across data classes and ages (SQLite and PostgreSQL):
dry run, real run, nothing outside policy touched, CME kept, audit chain intact, delete-my-data."""
from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.core.events import Action, Command
from bot.monitoring import retention
from bot.monitoring.retention import PolicyError, load_policy
from storage.models.cme import CmeCycle, CreditAward
from storage.models.core import AuditEntry, Draft
from storage.models.curriculum import Enrollment, QuizAnswer, QuizAttempt, SurveyAnswer
from storage.models.monitoring import MonitoredOutput, OutputFeedback, ReviewRating, ReviewTask
from tests.monitoring import helpers as h

TABLES = (Draft, MonitoredOutput, CmeCycle, CreditAward, QuizAnswer, QuizAttempt, SurveyAnswer, OutputFeedback,
          ReviewRating, ReviewTask, AuditEntry, Enrollment)


async def snapshot(svc) -> dict:
    out = {}
    async with svc.db.session() as s:
        for model in TABLES:
            pk = "key" if not hasattr(model, "id") else "id"
            out[model.__tablename__] = {getattr(r, pk): r.model_dump() for r in (await s.execute(select(model))).scalars()}
    return out


async def seed(svc) -> dict:
    """Rows either side of each class's cutoff; returns the ids the assertions name."""
    now = svc.clock()
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    ids: dict = {}
    # draft_text (365 days)
    ids["draft_old_approved"] = await h.draft(svc, author="console:DOC1", channel="C1", created=ago(400),
                                              state="approved", moved=ago(399))
    ids["draft_old_rejected"] = await h.draft(svc, author="console:DOC2", channel="C1", created=ago(380),
                                              state="rejected", moved=ago(379), reason="wrong service")
    ids["draft_old_pending"] = await h.draft(svc, author="console:DOC1", channel="C1", created=ago(500))
    ids["draft_recent"] = await h.draft(svc, author="console:DOC1", channel="C1", created=ago(100),
                                        state="approved", moved=ago(99))
    ids["draft_recent_doc2"] = await h.draft(svc, author="console:DOC2", channel="C1", created=ago(10),
                                             state="approved", moved=ago(9))
    async with svc.db.session() as s:
        def out(ref, kind, days, author="console:DOC1"):
            row = MonitoredOutput(kind=kind, ref=ref, sha256="c" * 64, text="shown text", chars=10, skill="referral",
                                  model="template", author=author, platform="console", channel="C1",
                                  created_at=ago(days))
            s.add(row)
            return row
        rows = {"out_draft_old": out("draft:a", "draft", 400), "out_draft_recent": out("draft:b", "draft", 100),
                "out_evidence_old": out("cyc-a", "evidence", 120), "out_evidence_recent": out("cyc-b", "evidence", 30),
                "out_doc2_recent": out("draft:c", "draft", 5, "console:DOC2")}
        await s.flush()
        ids.update({k: v.id for k, v in rows.items()})
        task = ReviewTask(output_id=rows["out_draft_old"].id, status="done", created_at=ago(800))
        s.add(task)
        await s.flush()
        for name, days, reviewer in (("rating_old", 800, "console:R1"), ("rating_recent", 100, "console:R2")):
            r = ReviewRating(output_id=rows["out_draft_old"].id, task_id=task.id, reviewer=reviewer, safety=4,
                             accuracy=4, trust=4, comment="looks fine", output_sha256="c" * 64, created_at=ago(days))
            s.add(r)
            await s.flush()
            ids[name] = r.id
        for name, days, who in (("report_old", 800, "console:DOC1"), ("report_recent", 10, "console:DOC2")):
            f = OutputFeedback(output_id=rows["out_draft_recent"].id, actor=who, kind="report", verdict="report",
                               reason="other", note="a note", created_at=ago(days))
            s.add(f)
            await s.flush()
            ids[name] = f.id
        enr = Enrollment(learner="console:DOC1", platform="console", user_id="DOC1", track_id="foundations")
        s.add(enr)
        await s.flush()
        done = QuizAttempt(enrollment_id=enr.id, module_id="f01", kind="module", attempt_no=1, order_json="[]",
                           started_at=ago(400), finished_at=ago(400))
        open_ = QuizAttempt(enrollment_id=enr.id, module_id="f02", kind="module", attempt_no=1, order_json="[]",
                            started_at=ago(400))
        s.add_all([done, open_])
        await s.flush()
        for name, att, item, days in (("answer_old", done, "q1", 400), ("answer_unfinished", open_, "q2", 400),
                                      ("answer_recent", done, "q3", 30)):
            a = QuizAnswer(attempt_id=att.id, item_id=item, chosen="B", correct=True, at=ago(days))
            s.add(a)
            await s.flush()
            ids[name] = a.id
        for name, q, days in (("survey_old", "s1", 400), ("survey_recent", "s2", 30)):
            sv = SurveyAnswer(enrollment_id=enr.id, question_id=q, answer="useful", at=ago(days))
            s.add(sv)
            await s.flush()
            ids[name] = sv.id
    # evidence_queries (90 days) and CME records (never)
    await h.activity(svc)
    lid = await h.learner(svc, "DOC1")
    ids["cycle_old_uncredited"] = await h.cycle(svc, lid, searched=ago(120))
    ids["cycle_old_credited"] = await h.cycle(svc, lid, searched=ago(2000), completed=ago(2000), credit=50)
    ids["award_old"] = await h.award(svc, lid, ago(2000).date(), 50, cycle_id=ids["cycle_old_credited"])
    ids["cycle_recent"] = await h.cycle(svc, lid, searched=ago(10))
    await svc.audit.record("console:DOC1", "draft.created", "draft:1", {"skill": "referral"})
    await svc.audit.record("console:DOC1", "draft.approved", "draft:1", {"sha256": "ab" * 32})
    return ids


PURGED = {  # (table, id key) expected to lose content on a real run
    ("draft", "draft_old_approved"), ("draft", "draft_old_rejected"), ("mon_output", "out_draft_old"),
    ("mon_output", "out_evidence_old"), ("cme_poc_cycle", "cycle_old_uncredited"), ("train_answer", "answer_old"),
    ("train_survey", "survey_old"), ("mon_review_rating", "rating_old"), ("mon_feedback", "report_old"),
}
CONTENT = {"draft": ("content", "fields_json", "reason"), "mon_output": ("text",),
           "cme_poc_cycle": ("question_text", "application_text"), "train_answer": ("chosen",),
           "train_survey": ("answer",), "mon_review_rating": ("comment",), "mon_feedback": ("note",)}


async def test_dry_run_then_real_run_purges_exactly_the_policy(svc):
    ids = await seed(svc)
    before = await snapshot(svc)
    plan = await retention.run(svc, dry_run=True)
    counts = {r.target: r.rows for r in plan.results}
    assert counts == {"draft": 2, "draft_output": 1, "evidence_cycle": 1, "evidence_output": 1, "quiz_answer": 1,
                      "survey_answer": 1, "review_comment": 1, "report_note": 1}
    assert "would purge" in plan.table() and plan.rows == 9
    assert await snapshot(svc) == before  # a dry run changes nothing

    done = await retention.run(svc)
    assert {r.target: r.rows for r in done.results} == counts
    assert done.max_lock_seconds < 1.0
    after = await snapshot(svc)
    purged_ids = {(t, ids[k]) for t, k in PURGED}
    for table, rows in before.items():
        assert set(after[table]) >= set(rows), f"rows were deleted from {table}"
        for pk, row in rows.items():
            new = after[table][pk]
            changed = {c for c in row if row[c] != new[c]}
            if (table, pk) in purged_ids:
                assert changed and changed <= set(CONTENT[table]), (table, pk, changed)
                assert all(new[c] in ("", "{}") for c in CONTENT[table])
            elif table != "audit_entry":
                assert not changed, f"{table} {pk} changed outside policy: {changed}"
    # metadata kept
    old = after["draft"][ids["draft_old_approved"]]
    assert old["state"] == "approved" and old["sha256"] == "ab" * 32 and old["author"] == "console:DOC1"
    assert after["mon_review_rating"][ids["rating_old"]]["safety"] == 4
    # CME: awards and the credited cycle untouched
    assert after["credit_award"] == before["credit_award"]
    assert after["cme_poc_cycle"][ids["cycle_old_credited"]]["question_text"] == "statin choice in CKD"
    # audit: old rows untouched, one new entry for the run, chain verifies
    assert all(after["audit_entry"][k] == v for k, v in before["audit_entry"].items())
    [entry] = await svc.audit.entries("retention.run")
    assert '"draft_text": 3' in entry.detail
    assert (await svc.audit.verify()).ok
    again = await retention.run(svc)
    assert again.rows == 0


async def test_small_batches_give_the_same_result(svc):
    ids = await seed(svc)
    policy = replace(load_policy(), batch_rows=1)
    done = await retention.run(svc, policy=policy)
    assert done.rows == 9 and done.batches >= 9
    async with svc.db.session() as s:
        assert (await s.get(Draft, ids["draft_old_pending"])).content == "Draft text"
        assert (await s.get(Draft, ids["draft_old_rejected"])).reason == ""


async def test_delete_my_data_removes_what_policy_allows_and_is_audited(svc):
    ids = await seed(svc)
    dispatcher = svc.extras["dispatcher"]
    me = h.actor("DOC1")
    [ask] = await dispatcher.command(Command(name="clinibot", text="delete-my-data", actor=me, channel_id="C1"))
    assert ask.buttons[0].action_id == "retention.delete_confirm" and "6 years" in ask.text
    assert await snapshot(svc) is not None
    # someone else cannot press my button
    [no] = await dispatcher.action(Action("retention.delete_confirm", h.actor("DOC2"), value=ask.buttons[0].value))
    assert "only delete your own" in no.text
    before = await snapshot(svc)
    [done] = await dispatcher.action(Action("retention.delete_confirm", me, value=ask.buttons[0].value))
    assert "audit log" in done.text
    after = await snapshot(svc)
    assert after["draft"][ids["draft_recent"]]["content"] == ""  # mine, whatever its age
    assert after["draft"][ids["draft_old_pending"]]["content"] == "Draft text"  # pending: kept
    assert after["draft"][ids["draft_recent_doc2"]] == before["draft"][ids["draft_recent_doc2"]]  # not mine
    assert after["mon_output"][ids["out_doc2_recent"]]["text"] == "shown text"
    assert after["mon_output"][ids["out_evidence_recent"]]["text"] == ""
    assert after["cme_poc_cycle"][ids["cycle_recent"]]["question_text"] == ""
    assert after["cme_poc_cycle"][ids["cycle_old_credited"]]["question_text"] == "statin choice in CKD"
    assert after["credit_award"] == before["credit_award"]
    assert after["train_answer"][ids["answer_recent"]]["chosen"] == ""
    assert after["train_answer"][ids["answer_unfinished"]]["chosen"] == "B"  # in-progress quiz
    assert after["mon_feedback"][ids["report_old"]]["actor"].startswith("deleted:")
    assert after["mon_feedback"][ids["report_recent"]]["actor"] == "console:DOC2"
    [entry] = await svc.audit.entries("retention.user_data_deleted")
    assert entry.actor == "console:DOC1" and '"draft_text"' in entry.detail
    assert (await svc.audit.verify()).ok


def _write(tmp_path, text: str):
    p = tmp_path / "policy.yaml"
    p.write_text(text)
    return p


def test_policy_refuses_unsafe_settings(tmp_path):
    good = load_policy()
    assert good.cme_keep_years >= 6 and good.classes["audit_entries"].keep_days is None
    base = retention.POLICY_FILE.read_text()
    with pytest.raises(PolicyError, match="at least 6"):
        load_policy(_write(tmp_path, base.replace("keep_years: 6", "keep_years: 5")))
    with pytest.raises(PolicyError, match="audit_entries"):
        load_policy(_write(tmp_path, base.replace("keep_content_days: never", "keep_content_days: 30")))
    with pytest.raises(PolicyError, match="unknown"):
        load_policy(_write(tmp_path, base + "\n  chat_logs:\n    keep_content_days: 3\n"))
    with pytest.raises(PolicyError, match="must say"):
        load_policy(_write(tmp_path, "classes:\n  draft_text:\n    keep_content_days: 3\n"))
    with pytest.raises(PolicyError, match="whole number"):
        load_policy(_write(tmp_path, base.replace("keep_content_days: 90", "keep_content_days: 0")))


def test_cli_dry_run_then_run(db_url, tmp_path, capsys):
    from bot.app import build_services
    from tests.conftest import Clock, make_settings

    settings = make_settings(db_url, tmp_path)

    async def prepare():
        svc = build_services(settings, clock=Clock(retention_now()))
        await svc.db.create_all()
        await seed(svc)
        await svc.db.dispose()

    asyncio.run(prepare())
    assert retention.main(["run", "--dry-run"], settings=settings) == 0
    out = capsys.readouterr().out
    assert "would purge" in out and "dry run: nothing was changed" in out
    assert retention.main(["run"], settings=settings) == 0
    out = capsys.readouterr().out
    assert "purged" in out and "longest write transaction" in out
    assert retention.main(["run", "--dry-run"], settings=settings) == 0
    assert capsys.readouterr().out.splitlines()[-2].split()[-1] == "0"  # the total: nothing left to purge


def retention_now():
    from datetime import datetime

    return datetime.utcnow().replace(microsecond=0)


async def test_daily_job_is_scheduled_and_applies_the_policy(svc):
    from bot.jobs import JOBS

    assert ("bot.monitoring.retention", "daily_job") in {(m, f) for m, f, _ in JOBS}
    await seed(svc)
    await retention.daily_job(svc)
    assert (await retention.run(svc, dry_run=True)).rows == 0
    assert len(await svc.audit.entries("retention.run")) == 1
