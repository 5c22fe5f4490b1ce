"""The container every handler receives: settings, database, PHI guard, audit log, clock, backends.

Built once in `bot.app.build_services`; tests build it with their own settings and clock.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.audit import AuditLog
from bot.core.events import Actor
from bot.settings import Settings
from storage.db import Database

ROLES = ("clinician", "approver", "educator", "admin", "reviewer")
CONSOLE_OPERATOR = "operator"


@dataclass
class Services:
    settings: Settings
    db: Database
    phi: Any  # bot.phi.policy.PhiGuard
    audit: AuditLog
    clock: Callable[[], datetime]
    llm: Any = None  # bot.llm.base.LLM
    extras: dict[str, Any] = field(default_factory=dict)  # feature-owned singletons (evidence index, ...)

    def has_role(self, actor: Actor, role: str) -> bool:
        """Roles come from settings (user id lists); the local console operator holds every role."""
        if actor.platform == "console" and actor.user_id == CONSOLE_OPERATOR:
            return True
        if role == "clinician":
            return True
        members = {
            "approver": self.settings.approvers,
            "educator": self.settings.educators,
            "admin": self.settings.admins,
            "reviewer": self.settings.reviewers,
        }.get(role, frozenset())
        return actor.user_id in members or actor.key in members or (
            role != "admin" and (actor.user_id in self.settings.admins or actor.key in self.settings.admins))
