"""Cells bound for a spreadsheet: the one rule against formula injection (OWASP CSV injection).

A cell that begins with =, +, -, @, a tab or a carriage return is read as a formula by Excel,
LibreOffice and Google Sheets; prefixing a single quote makes it plain text. Plain numbers
(a negative count, say) are left alone so they stay numbers.
"""
from __future__ import annotations

from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> str:
    if value is None:
        return ""
    text = str(value)
    if text.startswith(TRIGGERS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return text.strip() == text and text.lower() not in ("nan", "-nan", "+nan", "inf", "-inf", "+inf")
