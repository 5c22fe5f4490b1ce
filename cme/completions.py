"""The CME side of the curriculum's completion events: ledger entries, then the attestation prompt.

`cme.rules` still calculates every credit; this module only translates curriculum records into
ledger calls and offers the learner the claim, with the declared and the measured time beside it.
"""
from __future__ import annotations

from typing import Any

from bot.core.events import Button, Reply
from cme import rules
from cme.ledger import ClaimResult, CompletionRecord, TrackCompletion
from curriculum.events import Event, LearnerEnrolled, ModuleAttempted, TrackFinished


async def on_completion(svc: Any, event: Event) -> list[Reply]:
    from cme.commands import get_ledger

    ledger = get_ledger(svc)
    if isinstance(event, LearnerEnrolled):
        await ledger.enrol(event.learner_user_id, event.platform, event.track_id)
        return []
    if isinstance(event, ModuleAttempted):
        await ledger.record_completion(CompletionRecord(
            learner_user_id=event.learner_user_id, platform=event.platform, track_id=event.track_id,
            module_id=event.module_id, minutes=event.declared_minutes, score=event.score, passed=event.passed,
            attempt_no=event.attempt_no, started_at=event.started_at, finished_at=event.finished_at,
            item_responses=event.item_responses, raw_score=event.raw_score, max_score=event.max_score))
        return []
    if isinstance(event, TrackFinished):
        result = await ledger.track_completed(TrackCompletion(
            learner_user_id=event.learner_user_id, platform=event.platform, track_id=event.track_id,
            module_ids=list(event.module_ids), completed_at=event.completed_at))
        return attestation_prompt(result, event.thread_ref, measured=event.measured_minutes,
                                  declared=event.declared_minutes)
    return []


def _hm(minutes: float) -> str:
    h, m = divmod(int(round(minutes)), 60)
    return f"{h} h {m:02d} min" if h else f"{m} min"


def attestation_prompt(result: ClaimResult, thread_ref: str | None, *, measured: float | None = None,
                       declared: float | None = None) -> list[Reply]:
    """Ask for the attestation the AMA PRA rules require before credit is awarded.

    The learner sees the time the thread recorded and may claim less than the maximum; the amounts
    offered come from `cme.rules` (the maximum, and the measured time rounded to a quarter hour).
    """
    if not result.eligible or result.claim_id is None:
        return [Reply(text=f"No credit can be claimed yet: {result.reason}.", where="thread",
                      thread_ref=thread_ref)] if result.reason else []
    if result.already_attested:
        return []
    options = rules.claim_options(result.credits, measured)
    context = [f"{rules.AMA_PARTICIPATION}",
               f"Activity: {result.activity_title} · attestation {result.attestation_version}"]
    if measured is not None:
        context.insert(0, f"Time recorded in this thread (idle gaps capped): {_hm(measured)}"
                          + (f"; the activity is designed for {_hm(declared)}." if declared else "."))
    buttons = [Button(f"I attest: {rules.format_credits(c)} credits", "cme.attest", f"{result.claim_id}:{c}",
                      "primary" if i == 0 else None) for i, c in enumerate(options)]
    return [Reply(title="Claim your CME credit", text=f"“{result.attestation_text}”", context=context,
                  buttons=buttons, where="thread", thread_ref=thread_ref)]
