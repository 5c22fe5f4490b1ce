"""Clinical drafting skills. Adding one: a module with ``SKILL`` and its template, plus one line here."""
from __future__ import annotations

from bot.skills import appeal, discharge_summary, patient_instructions, patient_message, prior_auth, referral
from bot.skills.base import Field, Skill
from bot.skills.drafting import DraftResult, draft, split_for_platform

SKILLS: dict[str, Skill] = {
    "referral": referral.SKILL,
    "prior-auth": prior_auth.SKILL,
    "appeal": appeal.SKILL,
    "patient-instructions": patient_instructions.SKILL,
    "discharge-summary": discharge_summary.SKILL,
    "patient-message": patient_message.SKILL,
}

__all__ = ["SKILLS", "DraftResult", "Field", "Skill", "draft", "split_for_platform"]
