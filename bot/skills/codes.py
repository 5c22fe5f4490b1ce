"""Patterns for the billing codes clinicians type into prior-authorization and appeal forms.

Each pattern accepts a list (comma, semicolon or newline separated); each code may be followed by
a short description in brackets or after a dash, as codes are usually written in letters.
"""
from __future__ import annotations

# ICD-10-CM: a letter, two characters (digit, then digit or letter), optional dot and 1-4 more.
ICD10_CODE = r"[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?"
# CPT (5 digits, or 4 digits + F/T/U), HCPCS Level II (letter + 4 digits), NDC (10/11 digits,
# dashed 4-4-2, 5-3-2, 5-4-1 or 5-4-2, or 11 plain digits).
SERVICE_CODE = (
    r"(?:[0-9]{4}[0-9FTU]|[A-V][0-9]{4}"
    r"|[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2}|[0-9]{11})"
)
_DESCRIPTION = r"(?:\s*(?:\([^()\n]*\)|[-\u2013:]\s*[^,;\n]+))?"


def code_list(code: str) -> str:
    item = rf"\s*{code}{_DESCRIPTION}\s*"
    return rf"{item}(?:[,;\n]{item})*"


ICD10_LIST = code_list(ICD10_CODE)
SERVICE_CODE_LIST = code_list(SERVICE_CODE)

ICD10_ERROR = (
    "Use ICD-10-CM codes such as E11.9 or M54.16, separated by commas; a short description may "
    "follow each code in brackets."
)
SERVICE_CODE_ERROR = (
    "Use CPT (e.g. 72148), HCPCS (e.g. J1745) or NDC (e.g. 12345-6789-01) codes, separated by "
    "commas; a short description may follow each code in brackets."
)
