"""Seeding helpers for the monitoring tests and the benchmark: invented people, invented patients."""
from __future__ import annotations

import uuid
from datetime import date, datetime

from bot.core.events import Actor

# An invented patient: these strings must never appear in a summary, page, post or export.
PATIENT_TEXT = ("Referral for Maria Gonzalez, MRN 00482913, DOB 03/14/1961, phone 617-555-0142: exertional chest "
                "tightness for 6 weeks; is stress testing or CT coronary angiography preferred?")
RAW_PHI = ("Maria Gonzalez", "Gonzalez", "00482913", "03/14/1961", "617-555-0142")


def actor(user: str, platform: str = "console") -> Actor:
    return Actor(user_id=user, platform=platform, display_name=user)


def no_phi(text: str) -> None:
    for value in RAW_PHI:
        assert value not in text, f"raw PHI {value!r} leaked"


async def activity(svc, activity_id: str = "poc") -> str:
    from storage.models.cme import CmeActivity

    async with svc.db.session() as s:
        if await s.get(CmeActivity, activity_id) is None:
            s.add(CmeActivity(activity_id=activity_id, title="Point-of-care learning", format="internet_poc",
                              designated_max_hundredths=2000))
    return activity_id


async def learner(svc, user: str, platform: str = "console") -> int:
    from storage.models.cme import CmeLearner

    async with svc.db.session() as s:
        row = CmeLearner(learner_uuid=str(uuid.uuid4()), platform=platform, chat_user_id=user)
        s.add(row)
        await s.flush()
        return int(row.id)


async def cycle(svc, learner_id: int, *, searched: datetime, completed: datetime | None = None, credit: int = 0,
                question: str = "statin choice in CKD", activity_id: str = "poc") -> int:
    from storage.models.cme import CmeCycle

    async with svc.db.session() as s:
        row = CmeCycle(cycle_uuid=str(uuid.uuid4()), learner_id=learner_id, activity_id=activity_id,
                       question_text=question, question_key=uuid.uuid4().hex, searched_at=searched,
                       completed_at=completed, reflection="confirmed" if completed else "",
                       application_text="will apply" if completed else "", credit_hundredths=credit)
        s.add(row)
        await s.flush()
        return int(row.id)


async def award(svc, learner_id: int, day: date, hundredths: int, *, cycle_id: int | None = None,
                activity_id: str = "poc") -> int:
    from storage.models.cme import CreditAward

    async with svc.db.session() as s:
        row = CreditAward(award_uuid=str(uuid.uuid4()), idempotency_key=uuid.uuid4().hex, learner_id=learner_id,
                          activity_id=activity_id, amount_hundredths=hundredths, completion_date=day,
                          source_cycle_id=cycle_id, attested_at=datetime.combine(day, datetime.min.time()))
        s.add(row)
        await s.flush()
        return int(row.id)


async def draft(svc, *, author: str, channel: str, skill: str = "referral", created: datetime,
                state: str = "draft", moved: datetime | None = None, version: int = 1, root_id: int | None = None,
                reason: str = "", content: str = "Draft text", model: str = "template") -> int:
    from storage.models.core import Draft

    async with svc.db.session() as s:
        row = Draft(skill=skill, author=author, channel=channel, content=content, fields_json='{"reason": "x"}',
                    model=model, template_version=f"{skill}/1.0", version=version, root_id=root_id, state=state,
                    moved_by=author if moved else "", moved_at=moved, reason=reason, created_at=created,
                    sha256="ab" * 32 if state == "approved" else "")
        s.add(row)
        await s.flush()
        if root_id is None:
            row.root_id = row.id
        return int(row.id)
