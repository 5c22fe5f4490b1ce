"""Evaluation reports on the dashboard: the list of runs, one run's report, two runs side by side.

Same sign-in as the educator dashboard (one-time link, then a session cookie). Pages are
server-rendered with no scripts; the one inline style block is allowed by its hash in the CSP.
"""
from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path
from typing import Any

from aiohttp import web

from evaluation.report import Run, compare, env, load_rows, render_compare, render_report

SVC_KEY = web.AppKey("evaluation_services", object)
HEADERS_KEY = web.AppKey("evaluation_headers", dict)
_STYLE = re.compile(r"<style>(.*?)</style>", re.S)


def _headers() -> dict[str, str]:
    css = _STYLE.search((Path(__file__).resolve().parent / "templates" / "_style.html.j2").read_text(encoding="utf-8"))
    digest = base64.b64encode(hashlib.sha256(css.group(1).encode("utf-8")).digest()).decode() if css else ""
    return {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
            "Content-Security-Policy": f"default-src 'none'; style-src 'sha256-{digest}'; form-action 'self'; "
                                       "frame-ancestors 'none'"}


def _eval_dir(svc: Any) -> Path:
    from evaluation.config import EvalSettings

    return EvalSettings.from_env(data_dir=svc.settings.data_dir).eval_dir


def _run(svc: Any, run_id: str) -> Run:
    from evaluation.adjudication import RUN_ID

    if not RUN_ID.match(run_id or ""):
        raise web.HTTPNotFound(text="No such run.")
    try:
        return Run.open(_eval_dir(svc) / run_id)
    except FileNotFoundError:
        raise web.HTTPNotFound(text="No such run.") from None


def _page(request: web.Request, html: str) -> web.Response:
    return web.Response(text=html, content_type="text/html", headers=request.app[HEADERS_KEY])


async def runs(request: web.Request) -> web.Response:
    from bot.web.dashboard import require_educator

    who = await require_educator(request)
    svc = request.app[SVC_KEY]
    root = _eval_dir(svc)
    found = []
    if root.is_dir():
        for d in root.iterdir():
            if (d / "summary.json").is_file():
                try:
                    found.append(Run.open(d))
                except FileNotFoundError:
                    continue
    found.sort(key=lambda r: (r.meta.get("finished_at", ""), r.id), reverse=True)
    return _page(request, env().get_template("runs.html.j2").render(runs=found, eval_dir=str(root), who=who))


async def report(request: web.Request) -> web.Response:
    from bot.web.dashboard import require_educator
    from evaluation.adjudication import agreement

    await require_educator(request)
    svc = request.app[SVC_KEY]
    run = _run(svc, request.match_info["run"])
    a = await agreement(svc.db, run.id)
    return _page(request, render_report(run.id, run.summary, load_rows(run.path), run.cases(), a if a["decided"] else None))


async def compare_page(request: web.Request) -> web.Response:
    from bot.web.dashboard import require_educator

    await require_educator(request)
    svc = request.app[SVC_KEY]
    a, b = request.query.get("a", ""), request.query.get("b", "")
    return _page(request, render_compare(compare(_run(svc, a), _run(svc, b))))


def register_routes(app: web.Application, svc: Any) -> None:
    app[SVC_KEY] = svc
    app[HEADERS_KEY] = _headers()
    app.router.add_get("/cme/dashboard/eval", runs)
    app.router.add_get("/cme/dashboard/eval/runs/{run}", report)
    app.router.add_get("/cme/dashboard/eval/compare", compare_page)
