"""PARS learner batch as CSV or tab-delimited text, column order from the provider's mapping file.

Conventions (docs/cme-standards.md 4a): UTF-8, CRLF, one row per learner/activity/completion, empty
cells truly empty, dates MM/DD/YYYY. Rows lacking board-reporting consent or a required identifier
are not exported; they go to a separate exceptions report. Rows are streamed from the database in
batches and written out in chunks, so memory does not grow with the size of the export.
"""
from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml

from bot.core.spreadsheet import safe_cell
from cme import rules
from storage.models.cme import CmeActivity, CmeLearner, CreditAward
from storage.repos.cme import CmeRepo

Row = tuple[CreditAward, CmeLearner, CmeActivity]


def _num(value: object) -> str:
    return "" if value in (None, "") else str(value)


def _credits(d: Decimal) -> str:
    return f"{d.quantize(Decimal('0.01'))}"


def _moc(a: CreditAward, lrn: CmeLearner, act: CmeActivity) -> str:
    if not (act.moc_credit_type and lrn.board_code and lrn.board_id):
        return ""
    pts = rules.moc_points(a.amount, Decimal(act.moc_points_hundredths) / 100, act.designated_max)
    return _credits(pts) if pts > 0 else ""


# Field name (as used in pars_columns.yaml) -> value for one award row.
FIELDS: dict[str, Callable[[CreditAward, CmeLearner, CmeActivity], str]] = {
    "activity_id": lambda a, l, act: act.pars_activity_id or act.provider_activity_id,
    "pars_activity_id": lambda a, l, act: act.pars_activity_id,
    "provider_activity_id": lambda a, l, act: act.provider_activity_id,
    "activity_title": lambda a, l, act: act.title,
    "first_name": lambda a, l, act: l.first_name,
    "last_name": lambda a, l, act: l.last_name,
    "email": lambda a, l, act: l.email,
    "profession": lambda a, l, act: l.profession,
    "dob_month": lambda a, l, act: _num(l.dob_month),
    "dob_day": lambda a, l, act: _num(l.dob_day),
    "npi": lambda a, l, act: l.npi,
    "license_state": lambda a, l, act: l.license_state,
    "license_id": lambda a, l, act: l.license_id,
    "board_code": lambda a, l, act: l.board_code,
    "board_id": lambda a, l, act: l.board_id,
    "completion_date": lambda a, l, act: a.completion_date.strftime("%m/%d/%Y"),
    "credits": lambda a, l, act: _credits(a.amount),
    "credit_type": lambda a, l, act: a.credit_type,
    "moc_points": _moc,
    "moc_credit_type": lambda a, l, act: act.moc_credit_type if _moc(a, l, act) else "",
    "action": lambda a, l, act: "add",
    "learner_id": lambda a, l, act: l.learner_uuid,
    "verification_id": lambda a, l, act: a.award_uuid,
}


@dataclass(frozen=True)
class Column:
    name: str
    field: str
    required: bool = False


@dataclass(frozen=True)
class ParsMapping:
    columns: tuple[Column, ...]
    header_csv: bool = True
    header_tsv: bool = False
    identifier_sets: tuple[tuple[str, ...], ...] = ()


def load_mapping(path: Path) -> ParsMapping:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    cols = []
    for i, c in enumerate(data.get("columns") or []):
        if c.get("field") not in FIELDS:
            raise ValueError(f"{path}: column {i + 1} ({c.get('name')!r}): unknown field {c.get('field')!r}; "
                             f"known: {', '.join(sorted(FIELDS))}")
        cols.append(Column(str(c.get("name") or c["field"]), c["field"], bool(c.get("required", False))))
    if not cols:
        raise ValueError(f"{path}: no columns")
    return ParsMapping(tuple(cols), bool(data.get("header_csv", True)), bool(data.get("header_tsv", False)),
                       tuple(tuple(s) for s in data.get("identifier_sets") or ()))


@dataclass
class ExceptionRow:
    learner_id: str
    learner_name: str
    activity_id: str
    completion_date: date
    credits: Decimal
    reasons: list[str] = field(default_factory=list)


def problems(mapping: ParsMapping, values: dict[str, str], learner: CmeLearner) -> list[str]:
    """Why a row cannot be reported (empty when it can)."""
    out = []
    if not learner.consent_board_reporting:
        out.append("no consent to report to ACCME/boards")
    for col in mapping.columns:
        if col.required and not values[col.field]:
            out.append(f"missing {col.name}")
    if mapping.identifier_sets and not any(all(values.get(f, "") for f in s) for s in mapping.identifier_sets):
        out.append("no licence/board identifier (" + " or ".join("+".join(s) for s in mapping.identifier_sets) + ")")
    return out


def _clean(value: str) -> str:
    """No delimiter surprises: tabs and line breaks inside a value become spaces."""
    return " ".join(value.replace("\t", " ").splitlines()).strip() if value else ""


async def iter_pars(repo: CmeRepo, start: date | None, end: date | None, *, fmt: str = "csv",
                    mapping: ParsMapping, on_exception: Callable[[ExceptionRow], None] | None = None,
                    batch: int = 1000, chunk_bytes: int = 64 * 1024) -> AsyncIterator[bytes]:
    """Yield the export as UTF-8 byte chunks; unreportable rows go to `on_exception` instead."""
    delimiter = "\t" if fmt == "tsv" else ","
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if (mapping.header_tsv if fmt == "tsv" else mapping.header_csv):
        writer.writerow([c.name for c in mapping.columns])
    needed = {c.field for c in mapping.columns} | {f for s in mapping.identifier_sets for f in s}
    async for award, learner, activity in repo.stream_export(start, end, batch=batch):
        values = {f: _clean(FIELDS[f](award, learner, activity)) for f in needed}
        why = problems(mapping, values, learner)
        if why:
            if on_exception is not None:
                on_exception(ExceptionRow(learner.learner_uuid, learner.display_name, activity.activity_id,
                                          award.completion_date, award.amount, why))
            continue
        writer.writerow([safe_cell(values[c.field]) for c in mapping.columns])
        if buf.tell() >= chunk_bytes:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    if buf.tell():
        yield buf.getvalue().encode("utf-8")


def exceptions_csv(rows: list[ExceptionRow]) -> bytes:
    """The separate report of rows not exported, for the CME office to chase up."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Learner ID", "Learner", "Activity", "Completion Date", "Credits", "Problems"])
    for r in rows:
        w.writerow([safe_cell(c) for c in (r.learner_id, r.learner_name, r.activity_id,
                                           r.completion_date.strftime("%m/%d/%Y"), _credits(r.credits),
                                           "; ".join(r.reasons))])
    return buf.getvalue().encode("utf-8")
