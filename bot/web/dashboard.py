"""The educator dashboard: cohort progress, learner transcripts, a credits chart and exports.

Server-rendered (jinja2), no JavaScript, nothing identifying in any URL (learners are addressed by
their random learner id). Every page needs a session from a one-time link (`bot.web.auth`).
"""
from __future__ import annotations

import asyncio
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import jinja2
from aiohttp import web

from bot.web import auth

HERE = Path(__file__).resolve().parent
SVC_KEY = web.AppKey("cme_dashboard_services", object)
JINJA_KEY = web.AppKey("cme_dashboard_jinja", jinja2.Environment)
FORMATS = {"enduring": "Enduring material", "internet_poc": "Internet point-of-care"}
PAGE_SIZE = 50
MAX_PAGE = 1_000_000  # a page number past this is a probe, not a cohort (and would overflow OFFSET)
CHART_MONTHS = 24


def _env() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")),
                              autoescape=jinja2.select_autoescape(["html", "j2"]))


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def render(request: web.Request, name: str, status: int = 200, **ctx: Any) -> web.Response:
    from cme.commands import cme_config

    svc = request.app[SVC_KEY]
    html = request.app[JINJA_KEY].get_template(name).render(provider=cme_config(svc).provider.name, pct=_pct, **ctx)
    return web.Response(text=html, status=status, content_type="text/html", headers=_SECURITY_HEADERS)


_SECURITY_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
                     "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                                "form-action 'self'; frame-ancestors 'none'"}


async def require_educator(request: web.Request) -> str:
    """The signed-in educator (or admin) of this request, or 401 with a page saying how to sign in."""
    svc = request.app[SVC_KEY]
    who = await auth.session_educator(svc, request.cookies.get(auth.COOKIE))
    if who is None:
        raise web.HTTPUnauthorized(text=request.app[JINJA_KEY].get_template("message.html.j2").render(
            title="Sign in needed", message="Your session has ended or you are not signed in. Send /cme dashboard in "
            "chat to get a new sign-in link.", provider="", signed_in=False, redirect=None),
            content_type="text/html", headers=_SECURITY_HEADERS)
    return who


async def login(request: web.Request) -> web.Response:
    svc = request.app[SVC_KEY]
    tally, addr, now = auth.failures(svc), request.remote or "", time.monotonic()
    if tally.limited(addr, now):
        return render(request, "message.html.j2", status=429, title="Too many attempts",
                      message="Too many sign-in attempts. Wait a minute, then use a new link from /cme dashboard.",
                      signed_in=False, redirect=None)
    try:
        educator = await auth.redeem(svc, request.query.get("t", ""))
    except auth.LinkError as exc:
        report = tally.failed(addr, now)
        if report:
            await svc.audit.record("web:anonymous", "cme.dashboard_refused", "", {"count": report,
                                                                                  "reason": str(exc)})
        return render(request, "message.html.j2", status=403, title="Link refused", message=str(exc),
                      signed_in=False, redirect=None)
    token, expires = await auth.start_session(svc, educator)
    await svc.audit.record(educator, "cme.dashboard_login", "", {})
    # A page (not a 302) so the Strict cookie is sent on the next, same-site navigation.
    resp = render(request, "message.html.j2", title="Signed in", message="You are signed in to the CME dashboard.",
                  signed_in=True, redirect="/cme/dashboard")
    resp.set_cookie(auth.COOKIE, token, max_age=int(auth.SESSION_TTL.total_seconds()), path="/cme/",
                    httponly=True, samesite="Strict", secure=svc.settings.public_url.startswith("https://"))
    return resp


async def logout(request: web.Request) -> web.Response:
    svc = request.app[SVC_KEY]
    await auth.end_session(svc, request.cookies.get(auth.COOKIE))
    resp = render(request, "message.html.j2", title="Signed out", message="You are signed out.", signed_in=False,
                  redirect=None)
    resp.del_cookie(auth.COOKIE, path="/cme/")
    return resp


def month_series(days: list[tuple[date, Decimal]], today: date, months: int = CHART_MONTHS) -> list[tuple[str, float]]:
    keys = []
    y, m = today.year, today.month
    for _ in range(months):
        keys.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    keys.reverse()
    totals = {k: Decimal(0) for k in keys}
    for d, v in days:
        if (d.year, d.month) in totals:
            totals[(d.year, d.month)] += v
    return [(f"{y}-{m:02d}", float(totals[(y, m)])) for y, m in keys]


def svg_chart(series: list[tuple[str, float]]) -> str:
    """An inline SVG bar chart (no scripts, no external assets) with a text alternative."""
    w, h, pad_l, pad_b, pad_t = 720, 240, 48, 40, 12
    top = max([v for _, v in series] + [1.0])
    n = max(len(series), 1)
    bw = (w - pad_l - 8) / n
    parts = [f'<svg viewBox="0 0 {w} {h}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
             '<title id="chart-title">Credits awarded per month</title>',
             f'<desc id="chart-desc">Bar chart of net credits for {series[0][0]} to {series[-1][0]}; '
             f'highest month {top:.2f} credits.</desc>' if series else '<desc id="chart-desc">No data</desc>',
             f'<line x1="{pad_l}" y1="{h - pad_b}" x2="{w - 4}" y2="{h - pad_b}" stroke="#4a5561"/>',
             f'<text x="{pad_l - 6}" y="{pad_t + 4}" text-anchor="end">{top:.0f}</text>',
             f'<text x="{pad_l - 6}" y="{h - pad_b}" text-anchor="end">0</text>']
    for i, (label, v) in enumerate(series):
        bh = max(0.0, v) / top * (h - pad_b - pad_t)
        x = pad_l + i * bw + 2
        parts.append(f'<rect class="bar" x="{x:.1f}" y="{h - pad_b - bh:.1f}" width="{bw - 4:.1f}" height="{bh:.1f}">'
                     f'<title>{label}: {v:.2f} credits</title></rect>')
        if i % 3 == 0:
            parts.append(f'<text x="{x + (bw - 4) / 2:.1f}" y="{h - pad_b + 16}" text-anchor="middle">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


CACHE_KEY = "cme_cohort_cache"


async def cohort_figures(svc: Any, repo: Any, start: date, today: date) -> tuple:
    """Track, module and monthly figures, recomputed only when the ledger has new rows."""
    version = (await repo.cohort_version(), start, today)
    cached = svc.extras.get(CACHE_KEY)
    if cached is not None and cached[0] == version:
        return cached[1]
    tracks, modules, days = await asyncio.gather(repo.cohort_tracks(), repo.cohort_modules(),
                                                 repo.credits_by_day(start))  # separate connections
    figures = (tracks, modules, month_series(days, today))
    svc.extras[CACHE_KEY] = (version, figures)
    return figures


async def cohort(request: web.Request) -> web.Response:
    await require_educator(request)
    from storage.repos.cme import CmeRepo

    svc = request.app[SVC_KEY]
    repo = CmeRepo(svc.db)
    try:
        page = min(max(1, int(request.query.get("page", "1"))), MAX_PAGE)
    except ValueError:
        page = 1
    today = svc.clock().date()
    start = date(today.year - CHART_MONTHS // 12, today.month, 1)
    tracks, modules, months = await cohort_figures(svc, repo, start, today)
    learners, count = await repo.learner_page((page - 1) * PAGE_SIZE, PAGE_SIZE)
    titles = {a.activity_id: a.title for a in await repo.activities()}
    from curriculum import timing
    from curriculum.engine import Engine
    from curriculum.outcomes import module_times

    times = await module_times(Engine(svc))
    return render(request, "cohort.html.j2", title="Cohort", signed_in=True, tracks=tracks, modules=modules,
                  times=times, idle_cap=timing.IDLE_CAP_MINUTES,
                  titles=titles, chart=svg_chart(months), months=months, learners=learners, learner_count=count,
                  page=page, pages=max(1, -(-count // PAGE_SIZE)))


async def _learner(request: web.Request):
    """The services, the CME repository and the learner named (by opaque id) in the URL."""
    from storage.repos.cme import CmeRepo

    svc = request.app[SVC_KEY]
    repo = CmeRepo(svc.db)
    lrn = await repo.learner_by_uuid(request.match_info["learner"])
    if lrn is None:
        raise web.HTTPNotFound(text="No such learner.")
    return svc, repo, lrn


async def learner(request: web.Request) -> web.Response:
    educator = await require_educator(request)
    svc, repo, lrn = await _learner(request)
    lines = await repo.transcript(lrn.id)
    await svc.audit.record(educator, "cme.dashboard_learner", lrn.learner_uuid, {})
    return render(request, "learner.html.j2", title="Learner transcript", signed_in=True, learner=lrn, lines=lines,
                  formats=FORMATS, total=sum((x.credits for x in lines), Decimal("0.00")))


async def learner_pdf(request: web.Request) -> web.Response:
    educator = await require_educator(request)
    from cme.commands import cme_config
    from cme.exporters.pdf import LearnerTranscript, transcript_pdf

    svc, repo, lrn = await _learner(request)
    pdf = transcript_pdf(cme_config(svc), LearnerTranscript(lrn, await repo.transcript(lrn.id)),
                         issued=svc.clock().date())
    await svc.audit.record(educator, "cme.dashboard_pdf", lrn.learner_uuid, {})
    return web.Response(body=pdf, content_type="application/pdf", headers={
        "Content-Disposition": 'attachment; filename="cme-transcript.pdf"', "Cache-Control": "no-store"})


def _dates(request: web.Request) -> tuple[date | None, date | None]:
    def one(name: str) -> date | None:
        raw = request.query.get(name, "").strip()
        if not raw:
            return None
        try:
            return date.fromisoformat(raw)
        except ValueError:
            raise web.HTTPBadRequest(text=f"{name} must be a date (YYYY-MM-DD)") from None
    return one("from"), one("to")


async def export(request: web.Request) -> web.StreamResponse:
    """Stream the PARS file straight from the database to the browser."""
    educator = await require_educator(request)
    from cme.commands import cme_config
    from cme.exporters.csv_pars import iter_pars, load_mapping
    from storage.repos.cme import CmeRepo

    svc = request.app[SVC_KEY]
    fmt = request.query.get("format", "csv")
    if fmt not in ("csv", "tsv"):
        raise web.HTTPBadRequest(text="format must be csv or tsv")
    start, end = _dates(request)
    mapping = load_mapping(cme_config(svc).pars_columns_file)
    held = {"n": 0}
    resp = web.StreamResponse(headers={
        "Content-Type": "text/csv; charset=utf-8" if fmt == "csv" else "text/tab-separated-values; charset=utf-8",
        "Content-Disposition": f'attachment; filename="pars-learners.{"csv" if fmt == "csv" else "txt"}"',
        "Cache-Control": "no-store"})
    await resp.prepare(request)
    async for chunk in iter_pars(CmeRepo(svc.db), start, end, fmt=fmt, mapping=mapping,
                                 on_exception=lambda _row: held.__setitem__("n", held["n"] + 1)):
        await resp.write(chunk)
    await resp.write_eof()
    await svc.audit.record(educator, "cme.export", f"web-{fmt}", {"from": str(start or ""), "to": str(end or ""),
                                                                    "held_back": held["n"]})
    return resp


async def exceptions(request: web.Request) -> web.Response:
    educator = await require_educator(request)
    from cme.commands import cme_config
    from cme.exporters.csv_pars import exceptions_csv, iter_pars, load_mapping
    from storage.repos.cme import CmeRepo

    svc = request.app[SVC_KEY]
    start, end = _dates(request)
    rows: list = []
    async for _ in iter_pars(CmeRepo(svc.db), start, end, mapping=load_mapping(cme_config(svc).pars_columns_file),
                             on_exception=rows.append):
        pass
    await svc.audit.record(educator, "cme.export", "web-exceptions", {"rows": len(rows)})
    return web.Response(body=exceptions_csv(rows), headers={
        "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="pars-exceptions.csv"',
        "Cache-Control": "no-store"})


def register_routes(app: web.Application, svc: Any) -> None:
    app[SVC_KEY] = svc
    app[JINJA_KEY] = _env()
    app.router.add_get(auth.LOGIN_PATH, login)
    app.router.add_post("/cme/dashboard/logout", logout)
    app.router.add_get("/cme/dashboard", cohort)
    app.router.add_get("/cme/dashboard/learners/{learner}", learner)
    app.router.add_get("/cme/dashboard/learners/{learner}/transcript.pdf", learner_pdf)
    app.router.add_get("/cme/dashboard/export", export)
    app.router.add_get("/cme/dashboard/exceptions.csv", exceptions)
    app.router.add_static("/cme/static/", str(HERE / "static"), show_index=False)
