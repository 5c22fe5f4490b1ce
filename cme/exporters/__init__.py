"""Export formats, one module each; add a format with one module and one line in `EXPORTERS`."""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from cme.config import CmeConfig
from storage.db import Database


@dataclass(frozen=True)
class ExportRequest:
    db: Database
    config: CmeConfig
    start: date | None
    end: date | None
    issued: date
    clock: Callable[[], datetime] | None = None


@dataclass
class ExportFile:
    filename: str
    content: bytes
    mimetype: str


@dataclass
class ExportResult:
    summary: str
    files: list[ExportFile] = field(default_factory=list)


def _span(req: ExportRequest) -> str:
    a = req.start.isoformat() if req.start else "all"
    b = req.end.isoformat() if req.end else req.issued.isoformat()
    return f"{a}_{b}"


async def export_pars(req: ExportRequest, fmt: str) -> ExportResult:
    from cme.exporters.csv_pars import exceptions_csv, iter_pars, load_mapping
    from storage.repos.cme import CmeRepo

    mapping = load_mapping(req.config.pars_columns_file)
    problems: list = []
    chunks = [c async for c in iter_pars(CmeRepo(req.db), req.start, req.end, fmt=fmt, mapping=mapping,
                                         on_exception=problems.append)]
    body = b"".join(chunks)
    rows = body.count(b"\r\n") - (1 if (mapping.header_tsv if fmt == "tsv" else mapping.header_csv) else 0)
    ext, mime = ("txt", "text/tab-separated-values") if fmt == "tsv" else ("csv", "text/csv")
    files = [ExportFile(f"pars-learners_{_span(req)}.{ext}", body, mime)]
    if problems:
        files.append(ExportFile(f"pars-exceptions_{_span(req)}.csv", exceptions_csv(problems), "text/csv"))
    summary = f"{rows} completion row(s) exported"
    if problems:
        summary += f"; {len(problems)} row(s) held back (missing consent or identifiers), listed in the exceptions report"
    return ExportResult(summary, files)


async def export_csv(req: ExportRequest) -> ExportResult:
    return await export_pars(req, "csv")


async def export_tsv(req: ExportRequest) -> ExportResult:
    return await export_pars(req, "tsv")


async def export_pdf(req: ExportRequest) -> ExportResult:
    from cme.exporters.pdf import LearnerTranscript, cohort_pdf
    from storage.repos.cme import CmeRepo

    repo = CmeRepo(req.db)
    items = []
    async for learner in repo.stream_learners(req.start, req.end):
        items.append(LearnerTranscript(learner, await repo.transcript(learner.id, req.start, req.end)))
    pdf = cohort_pdf(req.config, items, issued=req.issued, start=req.start, end=req.end)
    return ExportResult(f"{len(items)} learner transcript(s) with a cohort summary",
                        [ExportFile(f"cme-transcripts_{_span(req)}.pdf", pdf, "application/pdf")])


async def export_xapi(req: ExportRequest) -> ExportResult:
    from cme.exporters.xapi import send_statements

    rep = await send_statements(req.db, req.config, req.start, req.end, clock=req.clock)
    return ExportResult(f"{rep.sent} xAPI statement(s) sent to the LRS in {rep.batches} batch(es); "
                        f"{rep.skipped} already there")


EXPORTERS: dict[str, Callable[[ExportRequest], Awaitable[ExportResult]]] = {
    "csv": export_csv,
    "tsv": export_tsv,
    "pdf": export_pdf,
    "xapi": export_xapi,
}
