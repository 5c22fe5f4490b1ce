"""Feedback on every AI output: record what was shown, Helpful / Not helpful / Report a problem.

`record_output` is what drafting and evidence call after showing an output; `feedback_buttons`
is what they append to that reply. A report goes straight to the review queue (`review.enqueue`),
whatever the sampling rate said.
"""
from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.core.events import Action, Actor, Button, Form, FormField, Reply
from storage.models.monitoring import MonitoredOutput, OutputFeedback

log = logging.getLogger(__name__)

HELPFUL = "feedback.helpful"
NOT_HELPFUL = "feedback.not_helpful"
REPORT = "feedback.report"
REPORT_SUBMIT = "feedback.report_submit"
KINDS = ("draft", "evidence")

# Report reasons: key -> what the clinician sees. Keys are stored; labels may be reworded freely.
REASONS: dict[str, str] = {
    "fabrication": "Made-up fact or citation",
    "unsupported_citation": "Citation does not support the sentence",
    "unsafe_advice": "Unsafe advice",
    "phi_exposed": "PHI exposed",
    "other": "Other",
}
_BY_LABEL = {label: key for key, label in REASONS.items()}


def sample_hit(kind: str, ref: str, rate: float) -> bool:
    """Deterministic sampling: the same output is sampled (or not) by every worker and on every retry."""
    if rate <= 0:
        return False
    if rate >= 1:
        return True
    digest = hashlib.sha256(f"clinibot-review-sample\0{kind}\0{ref}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < rate


async def record_output(svc: Any, *, kind: str, ref: str, text: str, skill: str, model: str,
                        template_version: str, actor: Actor, channel: str) -> int:
    """Store an output as shown (SHA-256 of `text`, text via the storage rule) and decide sampling.

    `text` is the already PHI-guarded text the clinician saw. Idempotent on (kind, ref): a retry
    returns the first id. A sampled output is queued and posted, redacted, to the review channel;
    a failure to post never fails the caller (the task stays in `/clinibot review queue`).
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    sampled = sample_hit(kind, ref, svc.settings.review_sample_rate)
    row = MonitoredOutput(kind=kind, ref=ref[:64], sha256=sha, text=svc.phi.for_storage(text), chars=len(text),
                          skill=skill[:64], model=(model or "")[:128], template_version=(template_version or "")[:64],
                          author=actor.key, platform=actor.platform, channel=(channel or "")[:64], sampled=sampled,
                          created_at=svc.clock())
    try:
        async with svc.db.session() as s:
            s.add(row)
            await s.flush()
            output_id = int(row.id)
    except IntegrityError:
        async with svc.db.session() as s:
            existing = (await s.execute(select(MonitoredOutput).where(
                MonitoredOutput.kind == kind, MonitoredOutput.ref == ref[:64]))).scalar_one()
        return int(existing.id)
    if sampled:
        from bot.monitoring.review import enqueue

        try:
            await enqueue(svc, output_id, "sample")
        except Exception:  # the output was shown already; review can pick it up from the queue
            log.exception("could not queue output %s for review", output_id)
    return output_id


def feedback_buttons(output_id: int) -> list[Button]:
    """Helpful / Not helpful / Report a problem, for the reply that showed output `output_id`."""
    value = str(output_id)
    return [Button("Helpful", HELPFUL, value), Button("Not helpful", NOT_HELPFUL, value),
            Button("Report a problem", REPORT, value, "danger")]


def report_form(output_id: int, channel: str) -> Form:
    return Form(callback_id=REPORT_SUBMIT, title="Report a problem", submit_label="Report",
                private_metadata=json.dumps({"output": output_id, "channel": channel}),
                fields=[FormField("reason", "What is wrong?", choices=tuple(REASONS.values())),
                        FormField("note", "Details (optional; no patient identifiers)", required=False,
                                  multiline=True)])


async def _output(svc: Any, output_id: Any) -> MonitoredOutput | None:
    try:
        key = int(output_id)
    except (TypeError, ValueError):
        return None
    async with svc.db.session() as s:
        return await s.get(MonitoredOutput, key)


async def _save(svc: Any, output_id: int, actor: str, kind: str, verdict: str, reason: str = "",
                note: str = "") -> bool:
    """Insert or change this person's vote/report. Returns True when it is new."""
    async with svc.db.session() as s:
        row = (await s.execute(select(OutputFeedback).where(
            OutputFeedback.output_id == output_id, OutputFeedback.actor == actor,
            OutputFeedback.kind == kind))).scalar()
        if row is None:
            s.add(OutputFeedback(output_id=output_id, actor=actor, kind=kind, verdict=verdict, reason=reason,
                                 note=note, created_at=svc.clock()))
            new = True
        else:
            row.verdict, row.reason, row.note, row.created_at = verdict, reason, note, svc.clock()
            new = False
    return new


async def feedback_action(action: Action, svc: Any) -> list[Reply]:
    if action.action_id == REPORT_SUBMIT:
        return await _report_submit(action, svc)
    output = await _output(svc, action.value)
    if output is None:
        return [Reply(text="That output is no longer available for feedback.", ephemeral=True)]
    if action.action_id == REPORT:
        return [Reply(form=report_form(output.id, action.channel_id or output.channel))]
    if action.action_id in (HELPFUL, NOT_HELPFUL):
        verdict = action.action_id.rpartition(".")[2]
        try:
            await _save(svc, output.id, action.actor.key, "vote", verdict)
        except IntegrityError:  # a double click raced itself; the first one counts
            pass
        await svc.audit.record(action.actor.key, "feedback.vote", f"output:{output.id}", {"verdict": verdict})
        return [Reply(text="Thanks: your feedback was recorded." if verdict == "helpful" else
                      "Thanks: recorded as not helpful. Use Report a problem if something was wrong or unsafe.",
                      ephemeral=True)]
    return []


async def _report_submit(action: Action, svc: Any) -> list[Reply]:
    try:
        meta = json.loads(action.value or "{}")
    except ValueError:
        meta = {}
    output = await _output(svc, meta.get("output"))
    if output is None:
        return [Reply(text="That output is no longer available; the report was not saved.", ephemeral=True)]
    raw = (action.values.get("reason") or "").strip()
    reason = raw if raw in REASONS else _BY_LABEL.get(raw, "other")
    note = svc.phi.for_storage((action.values.get("note") or "").strip())[:2000]
    try:
        await _save(svc, output.id, action.actor.key, "report", "report", reason, note)
    except IntegrityError:
        pass
    await svc.audit.record(action.actor.key, "feedback.report", f"output:{output.id}", {"reason": reason})
    from bot.monitoring.review import enqueue

    await enqueue(svc, output.id, "report", report_reason=reason, report_note=note)
    return [Reply(text=f"Thank you. Your report ({REASONS[reason].lower()}) went to the clinical review team.",
                  ephemeral=True)]
