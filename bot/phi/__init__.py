"""PHI guard: find, redact and police the 18 HIPAA Safe Harbor identifiers in chat text.

- :func:`find_phi` (``detector``) returns sorted, non-overlapping :class:`PhiSpan` objects;
- :func:`redact` (``redact``) swaps them for ``[CATEGORY-n]`` placeholders, map kept in memory;
- :class:`PhiGuard` (``policy``) is the single place deciding what each path may see.

Word lists load on first use (about 0.5 s, ~40 MB), never at import time.
"""
from bot.phi.detector import CATEGORIES, PhiSpan, find_phi
from bot.phi.policy import PhiBlocked, PhiGuard, PhiMode, Verdict, install_log_filter, uninstall_log_filter
from bot.phi.redact import Redacted, redact

__all__ = [
    "CATEGORIES", "PhiBlocked", "PhiGuard", "PhiMode", "PhiSpan", "Redacted", "Verdict", "find_phi",
    "install_log_filter", "redact", "uninstall_log_filter",
]
