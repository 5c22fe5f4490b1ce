"""PDF transcripts (one learner) and cohort packs (one transcript per learner plus a summary).

Each transcript shows what the standards note asks for: provider, accreditation and designation
statements, learner name (+ NPI when known), a row per activity with format, completion date, AMA PRA
Category 1 credits and MOC points, totals, a verification id per ledger row and the issue date.
"""
from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cme.config import CmeConfig
from storage.models.cme import CmeLearner
from storage.repos.cme import TranscriptLine

FORMAT_LABELS = {"enduring": "Enduring material", "internet_poc": "Internet point-of-care"}
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)


def _fonts() -> tuple[str, str]:
    """DejaVu when installed (any learner's name prints), else the built-in Helvetica."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for d in _FONT_DIRS:
        reg, bold = d / "DejaVuSans.ttf", d / "DejaVuSans-Bold.ttf"
        if reg.exists() and bold.exists():
            if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("DejaVuSans", str(reg)))
                pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            return "DejaVuSans", "DejaVuSans-Bold"
    return "Helvetica", "Helvetica-Bold"


@dataclass(frozen=True)
class LearnerTranscript:
    learner: CmeLearner
    lines: list[TranscriptLine]

    @property
    def total(self) -> Decimal:
        return sum((x.credits for x in self.lines), Decimal("0.00"))

    @property
    def moc_total(self) -> Decimal:
        return sum((x.moc_points for x in self.lines), Decimal("0.00"))


def _styles() -> dict[str, ParagraphStyle]:
    font, bold = _fonts()
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=base["Title"], fontName=bold, fontSize=16),
        "h2": ParagraphStyle("h2", parent=base["Heading2"], fontName=bold, fontSize=12),
        "body": ParagraphStyle("b", parent=base["BodyText"], fontName=font, fontSize=9, leading=12),
        "small": ParagraphStyle("s", parent=base["BodyText"], fontName=font, fontSize=7, leading=9),
        "font": font, "bold": bold,  # type: ignore[dict-item]
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _period(start: date | None, end: date | None) -> str:
    if not start and not end:
        return "All dates"
    return f"{start.strftime('%m/%d/%Y') if start else 'start'} to {end.strftime('%m/%d/%Y') if end else 'today'}"


def _transcript_story(cfg: CmeConfig, t: LearnerTranscript, st: dict, *, start: date | None, end: date | None,
                      issued: date) -> list:
    lrn = t.learner
    story: list = [Paragraph("CME Transcript", st["title"]),
                   Paragraph(f"<b>Provider:</b> {_esc(cfg.provider.name)}", st["body"]),
                   Paragraph(f"<b>Learner:</b> {_esc(lrn.display_name)}"
                             + (f" &nbsp; <b>NPI:</b> {_esc(lrn.npi)}" if lrn.npi else "")
                             + (f" &nbsp; <b>Licence:</b> {_esc(lrn.license_state)} {_esc(lrn.license_id)}"
                                if lrn.license_id else ""), st["body"]),
                   Paragraph(f"<b>Period:</b> {_period(start, end)} &nbsp; <b>Issued:</b> {issued.strftime('%m/%d/%Y')}"
                             f" &nbsp; <b>Learner ID:</b> {lrn.learner_uuid}", st["body"]),
                   Spacer(1, 8)]
    # Every cell is a Paragraph, so text wraps inside its column instead of running into the next one.
    cell = ParagraphStyle("cell", fontName=st["font"], fontSize=8, leading=10)
    num = ParagraphStyle("num", parent=cell, alignment=2)
    head = ParagraphStyle("head", parent=cell, fontName=st["bold"])
    head_num = ParagraphStyle("head_num", parent=head, alignment=2)
    foot, foot_num = ParagraphStyle("foot", parent=head), ParagraphStyle("foot_num", parent=head_num)

    def p(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(_esc(text), style)

    rows: list[list] = [[p("Activity", head), p("Format", head), p("Completed", head),
                         p("AMA PRA Cat. 1", head_num), p("MOC", head_num), p("Verification ID", head)]]
    for x in t.lines:
        rows.append([p(x.title, cell), p(FORMAT_LABELS.get(x.format, x.format), cell),
                     p(x.completion_date.strftime("%m/%d/%Y"), cell), p(f"{x.credits:.2f}", num),
                     p(f"{x.moc_points:.2f} {x.moc_credit_type}".strip() if x.moc_points else "", num),
                     Paragraph(x.award_uuid, st["small"])])
    rows.append([p("Total", foot), "", "", p(f"{t.total:.2f}", foot_num),
                 p(f"{t.moc_total:.2f}" if t.moc_total else "", foot_num), ""])
    table = Table(rows, colWidths=[2.0 * inch, 1.2 * inch, 0.8 * inch, 0.8 * inch, 0.8 * inch, 1.7 * inch],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    story += [table, Spacer(1, 10),
              Paragraph(_esc(cfg.provider.accreditation_statement), st["small"])]
    designations = {x.activity_id: x for x in t.lines if x.format == "enduring"}
    for act_id in sorted(designations):
        act = cfg.activities.get(act_id)
        if act:
            story.append(Paragraph(f"{_esc(act.title)}: {_esc(cfg.provider.designation_for(act.designated_max_credits))}",
                                   st["small"]))
    story.append(Paragraph("Credits shown are those claimed by the learner and awarded after assessment and "
                           "attestation; verification IDs identify each ledger entry.", st["small"]))
    return story


def _doc(buf: io.BytesIO, title: str) -> SimpleDocTemplate:
    return SimpleDocTemplate(buf, pagesize=LETTER, title=title, leftMargin=0.6 * inch, rightMargin=0.6 * inch,
                             topMargin=0.6 * inch, bottomMargin=0.6 * inch)


def transcript_pdf(cfg: CmeConfig, t: LearnerTranscript, *, issued: date, start: date | None = None,
                   end: date | None = None) -> bytes:
    buf = io.BytesIO()
    st = _styles()
    _doc(buf, "CME Transcript").build(_transcript_story(cfg, t, st, start=start, end=end, issued=issued))
    return buf.getvalue()


def cohort_pdf(cfg: CmeConfig, transcripts: Iterable[LearnerTranscript], *, issued: date,
               start: date | None = None, end: date | None = None) -> bytes:
    """A cohort summary page, then one transcript per learner on its own page."""
    items = list(transcripts)
    st = _styles()
    by_activity: dict[str, tuple[str, int, Decimal]] = {}
    for t in items:
        seen = set()
        for x in t.lines:
            title, n, total = by_activity.get(x.activity_id, (x.title, 0, Decimal("0.00")))
            by_activity[x.activity_id] = (title, n + (x.activity_id not in seen), total + x.credits)
            seen.add(x.activity_id)
    grand = sum((t.total for t in items), Decimal("0.00"))
    rows: list[list] = [["Activity", "Learners", "AMA PRA Cat. 1 credits"]]
    rows += [[Paragraph(_esc(title), st["body"]), str(n), f"{total:.2f}"]
             for _, (title, n, total) in sorted(by_activity.items())]
    rows.append(["Total", str(len(items)), f"{grand:.2f}"])
    table = Table(rows, colWidths=[4 * inch, 1 * inch, 1.8 * inch])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), st["font"], 9), ("FONT", (0, 0), (-1, 0), st["bold"], 9),
                               ("FONT", (0, -1), (-1, -1), st["bold"], 9),
                               ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
                               ("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black),
                               ("ALIGN", (1, 1), (-1, -1), "RIGHT")]))
    story: list = [Paragraph("CME Cohort Summary", st["title"]),
                   Paragraph(f"<b>Provider:</b> {_esc(cfg.provider.name)} &nbsp; <b>Period:</b> {_period(start, end)}"
                             f" &nbsp; <b>Issued:</b> {issued.strftime('%m/%d/%Y')}", st["body"]),
                   Spacer(1, 8), table]
    for t in items:
        story.append(PageBreak())
        story += _transcript_story(cfg, t, st, start=start, end=end, issued=issued)
    buf = io.BytesIO()
    _doc(buf, "CME Cohort Transcripts").build(story)
    return buf.getvalue()
