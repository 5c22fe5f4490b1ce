"""Dashboard pages for AI review and pilot metrics, beside the educator dashboard.

Same sign-in as the dashboard (`bot.web.auth`: one-time link, then a session cookie scoped to
/cme/), so the pages live under /cme/dashboard/. Server-rendered, inline SVG charts, no scripts,
counts and hashes only: no output text and nothing identifying a patient.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from bot.web.dashboard import require_educator

HERE = Path(__file__).resolve().parent
SVC_KEY = web.AppKey("monitoring_services", object)
JINJA_KEY = web.AppKey("monitoring_jinja", jinja2.Environment)
HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                      "form-action 'self'; frame-ancestors 'none'"}


def _env() -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(HERE / "templates")),
                                  jinja2.FileSystemLoader(str(HERE.parent / "web" / "templates"))])
    return jinja2.Environment(loader=loader, autoescape=jinja2.select_autoescape(["html", "j2"]))


def _provider(svc: Any) -> str:
    try:
        from cme.commands import cme_config

        return cme_config(svc).provider.name
    except Exception:  # the CME feature is optional for these pages
        return "clinibot"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def _minutes(m: float | None) -> str:
    if m is None:
        return "—"
    return f"{m:.0f} min" if m < 120 else f"{m / 60:.1f} h"


def render(request: web.Request, name: str, status: int = 200, **ctx: Any) -> web.Response:
    svc = request.app[SVC_KEY]
    page = request.app[JINJA_KEY].get_template(name).render(provider=_provider(svc), pct=_pct, share=_pct,
                                                            minutes=_minutes, **ctx)
    return web.Response(text=page, status=status, content_type="text/html", headers=HEADERS)


async def _signed_in(request: web.Request) -> str:
    """The dashboard's own session check (educators and admins)."""
    return await require_educator(request)


def _int(request: web.Request, name: str, default: int, hi: int) -> int:
    raw = request.query.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise web.HTTPBadRequest(text=f"{name} must be a whole number") from None
    if not 1 <= value <= hi:
        raise web.HTTPBadRequest(text=f"{name} must be between 1 and {hi}")
    return value


@dataclass
class Chart:
    title: str
    svg: str
    caption: str


def svg_bars(title: str, series: list[tuple[str, float | None]], unit: str = "") -> str:
    """An inline SVG bar chart with a text alternative; handles negative values and gaps (None)."""
    w, h, pad_l, pad_b, pad_t = 720, 220, 56, 40, 12
    values = [v for _, v in series if v is not None]
    top = max(values + [0.0]) or 1.0
    bottom = min(values + [0.0])
    span = (top - bottom) or 1.0
    plot = h - pad_b - pad_t
    zero_y = pad_t + top / span * plot
    n = max(len(series), 1)
    bw = (w - pad_l - 8) / n
    safe_title = html.escape(title)
    desc = (f"{safe_title}: {series[0][0]} to {series[-1][0]}; highest {top:g}{unit}, lowest {bottom:g}{unit}."
            if series else "No data")
    parts = [f'<svg viewBox="0 0 {w} {h}" role="img" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{safe_title}</title><desc>{html.escape(desc)}</desc>",
             f'<line x1="{pad_l}" y1="{zero_y:.1f}" x2="{w - 4}" y2="{zero_y:.1f}" stroke="#4a5561"/>',
             f'<text x="{pad_l - 6}" y="{pad_t + 4}" text-anchor="end">{top:g}</text>',
             f'<text x="{pad_l - 6}" y="{h - pad_b}" text-anchor="end">{bottom:g}</text>']
    step = max(1, n // 12)
    for i, (label, v) in enumerate(series):
        x = pad_l + i * bw + 2
        if v is not None:
            bh = abs(v) / span * plot
            y = zero_y - bh if v >= 0 else zero_y
            parts.append(f'<rect class="bar" x="{x:.1f}" y="{y:.1f}" width="{max(bw - 4, 1):.1f}" height="{bh:.1f}">'
                         f"<title>{html.escape(label)}: {v:g}{html.escape(unit)}</title></rect>")
        if i % step == 0:
            parts.append(f'<text x="{x + (bw - 4) / 2:.1f}" y="{h - pad_b + 16}" text-anchor="middle" '
                         f'font-size="11">{html.escape(label[-3:] if n > 12 else label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def pilot_charts(rows: list[Any], department: str) -> list[Chart]:
    chosen = [r for r in rows if r.department == department]

    def series(key: str, scale: float = 1.0) -> list[tuple[str, float | None]]:
        return [(r.week, None if r.metrics.get(key) is None else round(r.metrics[key] * scale, 2)) for r in chosen]

    return [
        Chart("Drafts started per week", svg_bars("Drafts started per week", series("drafts_total")),
              f"New documents (first versions), {department}."),
        Chart("Median time from draft to approval", svg_bars("Median minutes to approval",
                                                             series("median_minutes_to_approval"), " min"),
              f"Minutes from the first version to approval, {department}; gaps are weeks without approvals."),
        Chart("Approved without edit", svg_bars("Share approved without edit (%)",
                                                series("approved_without_edit", 100), "%"),
              "Share of approvals where the first version was approved."),
        Chart("Feedback balance", svg_bars("Helpful minus not helpful", series("feedback_balance")),
              f"Helpful minus not-helpful votes per week, {department}."),
    ]


async def review_page(request: web.Request) -> web.Response:
    who = await _signed_in(request)
    from bot.monitoring import review
    from bot.monitoring.feedback import REASONS

    svc = request.app[SVC_KEY]
    days = _int(request, "days", 30, 3650)
    sm = await review.summary(svc, days, worst=25)
    await svc.audit.record(who, "review.dashboard", "", {"days": days})
    reports = [(REASONS.get(k, k), v) for k, v in sorted(sm.reports.items())]
    return render(request, "review.html.j2", title="AI review", signed_in=True, sm=sm, reports=reports)


async def pilot_page(request: web.Request) -> web.Response:
    """Charts and the weekly table for one department (all by default), and every department
    side by side over the period."""
    who = await _signed_in(request)
    from bot.monitoring import pilot

    svc = request.app[SVC_KEY]
    weeks = _int(request, "weeks", 12, 104)
    department = request.query.get("department", pilot.ALL)
    rows = await pilot.weekly(svc, weeks)
    names = sorted({r.department for r in rows}, key=lambda d: (d != pilot.ALL, d))
    if department not in names:
        department = pilot.ALL
    await svc.audit.record(who, "pilot.dashboard", "", {"weeks": weeks, "department": department})
    return render(request, "pilot.html.j2", title="Pilot metrics", signed_in=True, weeks=weeks, department=department,
                  names=names, weekly=[r for r in rows if r.department == department],
                  period=pilot.period_totals(rows), charts=pilot_charts(rows, department))


async def pilot_csv(request: web.Request) -> web.Response:
    who = await _signed_in(request)
    from bot.monitoring import pilot

    svc = request.app[SVC_KEY]
    weeks = _int(request, "weeks", 12, 260)
    rows = await pilot.weekly(svc, weeks)
    await svc.audit.record(who, "pilot.export", "", {"weeks": weeks})
    return web.Response(body=pilot.to_csv(rows).encode("utf-8"), headers={
        "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="pilot-metrics.csv"',
        "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})


def register_routes(app: web.Application, svc: Any) -> None:
    app[SVC_KEY] = svc
    app[JINJA_KEY] = _env()
    app.router.add_get("/cme/dashboard/review", review_page)
    app.router.add_get("/cme/dashboard/pilot", pilot_page)
    app.router.add_get("/cme/dashboard/pilot.csv", pilot_csv)
