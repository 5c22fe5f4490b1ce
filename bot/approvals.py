"""The draft state machine and who may move it: the one place these rules live.

    draft -> approved | rejected | superseded      (every other move is refused)

A move is a conditional UPDATE (`WHERE state = 'draft'`), so two clicks, a reaction plus a click,
or a Slack retry can only move a draft once. Approved content is immutable and stored with its
SHA-256, which the audit log also records.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import select, update

from bot.core.events import Actor
from storage.models.core import Draft


class State(StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


TRANSITIONS: dict[State, frozenset[State]] = {
    State.DRAFT: frozenset({State.APPROVED, State.REJECTED, State.SUPERSEDED}),
    State.APPROVED: frozenset(),
    State.REJECTED: frozenset(),
    State.SUPERSEDED: frozenset(),
}

# Who may approve, reject or edit a draft of each skill. "author_or_approver": the requesting
# clinician or anyone in CLINIBOT_APPROVERS; "approver_only": the approver list alone.
DEFAULT_POLICY = "author_or_approver"
POLICY: dict[str, str] = {}


def can_move(current: str, target: State) -> bool:
    return target in TRANSITIONS.get(State(current), frozenset())


def may_move(actor: Actor, draft: Draft, svc: Any) -> bool:
    rule = POLICY.get(draft.skill, DEFAULT_POLICY)
    is_approver = svc.has_role(actor, "approver")
    if rule == "approver_only":
        return is_approver
    return is_approver or draft.author == actor.key


def content_hash(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Moved:
    draft: Draft
    moved: bool  # False: it was already in a final state (a duplicate click or retry), or refused
    refused: bool = False  # the actor may not move this draft (the refusal is audited)


async def move(svc: Any, draft_id: int, target: State, actor: Actor, reason: str = "",
               detail: dict[str, Any] | None = None) -> Moved | None:
    """Move a draft exactly once, if `actor` may, with its audit entry in the same transaction.
    Returns None when no such draft exists."""
    async with svc.audit.transaction() as tx:
        return await move_in(tx, svc, draft_id, target, actor, reason, detail)


async def move_in(tx: Any, svc: Any, draft_id: int, target: State, actor: Actor, reason: str = "",
                  detail: dict[str, Any] | None = None, *, attempted: str | None = None) -> Moved | None:
    """`move` inside a caller's audit transaction (`tx`), so a bigger unit of work (a new version
    superseding the old) commits as one. Every move of a draft passes `may_move` here."""
    s = tx.session
    current = await s.get(Draft, draft_id)
    if current is None:
        return None
    if not may_move(actor, current, svc):
        await tx.record(actor.key, "draft.refused", f"draft:{draft_id}",
                        {"attempted": attempted or target.value, "skill": current.skill})
        return Moved(current, False, refused=True)
    if not can_move(current.state, target):
        return Moved(current, False)
    now = svc.clock()
    values: dict[str, Any] = {"state": target.value, "moved_by": actor.key, "moved_at": now}
    if reason:
        values["reason"] = svc.phi.for_storage(reason)[:2000]
    if target is State.APPROVED:
        values["sha256"] = content_hash(current.content)
    result = await s.execute(update(Draft).where(Draft.id == draft_id, Draft.state == State.DRAFT.value)
                             .values(**values).execution_options(synchronize_session=False))
    moved = (result.rowcount or 0) == 1
    await s.refresh(current)
    if moved:
        entry: dict[str, Any] = {"skill": current.skill, "version": current.version, **(detail or {})}
        if target is State.APPROVED:
            entry["sha256"] = current.sha256
        await tx.record(actor.key, f"draft.{target.value}", f"draft:{draft_id}", entry)
    return Moved(current, moved)


async def find_by_message(svc: Any, channel: str, message_ref: str) -> Draft | None:
    """The draft a reaction was added to; None for any message that is not a draft."""
    if not message_ref:
        return None
    async with svc.db.session() as s:
        q = select(Draft).where(Draft.message_ref == message_ref)
        if channel:
            q = q.where(Draft.channel == channel)
        return (await s.execute(q.order_by(Draft.id.desc()).limit(1))).scalar()
