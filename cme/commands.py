"""`/cme` in chat: a learner's credits and transcript, educators' exports and dashboard link, attestation.

`/cme me | transcript [YYYY] | export [from] [to] [--format csv|tsv|pdf|xapi] | dashboard`
and the `cme.attest` button the curriculum shows when a track completes.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from bot.core.events import Action, Button, Command, FileOut, Reply
from bot.core.router import Router, UsageError

USAGE = ("/cme [me | transcript [YYYY] | export [from] [to] [--format csv|tsv|pdf|xapi] | dashboard]"
         "  (from/to: YYYY, YYYY-MM or YYYY-Qn)")


def cme_config(svc: Any):
    """The CME configuration with this deployment's LRS endpoint (loaded once per process)."""
    if "cme_config" not in svc.extras:
        from cme.config import load_config, lrs_from

        svc.extras["cme_config"] = load_config(lrs=lrs_from(svc.settings))
    return svc.extras["cme_config"]


def get_ledger(svc: Any):
    """The process's ledger (shared with the curriculum and evidence services under one key)."""
    if "cme_ledger" not in svc.extras:
        from cme.ledger import Ledger

        svc.extras["cme_ledger"] = Ledger(svc.db, cme_config(svc), clock=svc.clock, scrub=svc.phi.for_storage)
    return svc.extras["cme_ledger"]


def parse_period(text: str, *, end: bool = False) -> date:
    """YYYY, YYYY-MM, YYYY-Qn or a full date -> the first (or, for `end`, the last) day it covers.

    Months, quarters and years are the usual reporting windows, and they pass the PHI guard, which
    (rightly) treats a full date in a message as a possible identifier.
    """
    import calendar
    import re

    t = text.strip()
    if re.fullmatch(r"\d{4}", t):
        y = int(t)
        return date(y, 12, 31) if end else date(y, 1, 1)
    m = re.fullmatch(r"(\d{4})-[Qq]([1-4])", t)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        first, last = 3 * q - 2, 3 * q
        return date(y, last, calendar.monthrange(y, last)[1]) if end else date(y, first, 1)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", t)
    if m and 1 <= int(m.group(2)) <= 12:
        y, mo = int(m.group(1)), int(m.group(2))
        return date(y, mo, calendar.monthrange(y, mo)[1]) if end else date(y, mo, 1)
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(t, fmt).date()
        except ValueError:
            continue
    raise UsageError(f"`{text}` is not a period: use YYYY, YYYY-MM or YYYY-Qn (e.g. 2026-01 2026-06).")


def parse_export_args(args: list[str]) -> tuple[date | None, date | None, str]:
    fmt, dates, rest = "csv", [], list(args)
    while rest:
        tok = rest.pop(0)
        if tok.startswith("--format"):
            value = tok.partition("=")[2] or (rest.pop(0) if rest else "")
            fmt = value.lower()
        else:
            dates.append(tok)
    from cme.exporters import EXPORTERS

    if fmt not in EXPORTERS:
        raise UsageError(f"Unknown format `{fmt}`; choose one of {', '.join(EXPORTERS)}.")
    if len(dates) > 2:
        raise UsageError("Give at most two dates: from and to.")
    start = parse_period(dates[0]) if dates else None
    end = parse_period(dates[-1], end=True) if dates else None  # one period given: just that period
    if start and end and end < start:
        raise UsageError("The end date is before the start date.")
    return start, end, fmt


async def cme_me(cmd: Command, svc: Any) -> list[Reply]:
    from storage.repos.cme import CmeRepo

    led = get_ledger(svc)
    learner = await led.learner(cmd.actor.user_id, cmd.actor.platform)
    year = svc.clock().year
    totals = await CmeRepo(svc.db).totals(learner.id, year)
    lines = [f"• {t.title}: {t.year:.2f} this year, {t.total:.2f} in total" for t in totals]
    y = sum((t.year for t in totals), Decimal("0.00"))
    tot = sum((t.total for t in totals), Decimal("0.00"))
    text = (f"*{y:.2f}* AMA PRA Category 1 Credits™ in {year}, *{tot:.2f}* in total."
            if totals else "No CME credit recorded yet. Finish a `/train` track or reflect on an `/evidence` answer.")
    replies = [Reply(title="Your CME credit", text=text, sections=["\n".join(lines)] if lines else [],
                     context=["`/cme transcript` sends your PDF transcript"], ephemeral=True)]
    for claim in await led.pending_claims(cmd.actor.user_id, cmd.actor.platform):
        replies.append(attest_prompt(claim))
    return replies


def attest_prompt(claim: Any) -> Reply:
    from cme.rules import AMA_PARTICIPATION

    return Reply(title="Claim your CME credit", text=f"“{claim.attestation_text}”",
                 context=[AMA_PARTICIPATION, f"Activity: {claim.activity_title} · attestation {claim.attestation_version}"],
                 buttons=[Button("I attest", "cme.attest", str(claim.claim_id), "primary")], ephemeral=True)


async def cme_transcript(cmd: Command, svc: Any, args: list[str]) -> Reply:
    from cme.exporters.pdf import LearnerTranscript, transcript_pdf
    from storage.repos.cme import CmeRepo

    start = end = None
    if args:
        if not (args[0].isdigit() and len(args[0]) == 4):
            raise UsageError("The transcript year must look like 2026.")
        start, end = date(int(args[0]), 1, 1), date(int(args[0]), 12, 31)
    led = get_ledger(svc)
    learner = await led.learner(cmd.actor.user_id, cmd.actor.platform)
    lines = await CmeRepo(svc.db).transcript(learner.id, start, end)
    t = LearnerTranscript(learner, lines)
    pdf = transcript_pdf(cme_config(svc), t, issued=svc.clock().date(), start=start, end=end)
    label = args[0] if args else "all years"
    await svc.audit.record(cmd.actor.key, "cme.transcript", "", {"period": label, "rows": len(lines)})
    return Reply(text=f"Your CME transcript ({label}): {len(lines)} activit{'y' if len(lines) == 1 else 'ies'}, "
                      f"{t.total:.2f} AMA PRA Category 1 Credits™.", where="dm",
                 file=FileOut(f"cme-transcript-{label.replace(' ', '-')}.pdf", pdf, "CME transcript", "application/pdf"))


async def refuse(cmd: Command, svc: Any, what: str) -> Reply:
    await svc.audit.record(cmd.actor.key, "cme.refused", what, {"command": f"/cme {cmd.text}"[:200]})
    return Reply(text="Only educators can do that. The attempt has been recorded.", ephemeral=True)


async def cme_export(cmd: Command, svc: Any, args: list[str]) -> list[Reply]:
    from cme.exporters import EXPORTERS, ExportRequest

    if not svc.has_role(cmd.actor, "educator"):
        return [await refuse(cmd, svc, "export")]
    start, end, fmt = parse_export_args(args)
    req = ExportRequest(svc.db, cme_config(svc), start, end, issued=svc.clock().date(), clock=svc.clock)
    try:
        result = await EXPORTERS[fmt](req)
    except Exception as exc:  # the LRS down, a bad mapping file: tell the educator, keep the bot up
        await svc.audit.record(cmd.actor.key, "cme.export_failed", fmt, {"error": str(exc)[:300]})
        return [Reply(text=f"The {fmt} export failed: {exc}", ephemeral=True)]
    await svc.audit.record(cmd.actor.key, "cme.export", fmt, {"from": str(start or ""), "to": str(end or ""),
                                                                "summary": result.summary})
    replies = [Reply(text=f"CME export ({fmt}): {result.summary}.", where="dm")]
    replies += [Reply(text=f.filename, where="dm", file=FileOut(f.filename, f.content, f.filename, f.mimetype))
                for f in result.files]
    return replies


async def cme_dashboard(cmd: Command, svc: Any) -> Reply:
    from bot.web.auth import LinkError, issue_link

    if not svc.has_role(cmd.actor, "educator"):
        return await refuse(cmd, svc, "dashboard")
    try:
        url = await issue_link(svc, cmd.actor.key)
    except LinkError as exc:
        return Reply(text=str(exc), ephemeral=True)
    await svc.audit.record(cmd.actor.key, "cme.dashboard_link", "", {})
    return Reply(text=f"Your CME dashboard: [open the dashboard]({url})", where="dm",
                 context=["The link works once and expires in 10 minutes. Do not forward it."])


async def on_attest(action: Action, svc: Any) -> list[Reply]:
    led = get_ledger(svc)
    raw_id, _, amount = action.value.partition(":")
    try:
        claim_id = int(raw_id)
    except ValueError:
        return [Reply(text="That attestation button is broken; try `/cme me`.", ephemeral=True)]
    try:
        award = await led.attest(claim_id, action.actor.user_id, action.actor.platform, amount or None)
    except ValueError as exc:
        return [Reply(text=f"That amount cannot be claimed: {exc}.", ephemeral=True)]
    except LookupError:
        return [Reply(text="That credit claim no longer exists.", ephemeral=True)]
    except PermissionError:
        await svc.audit.record(action.actor.key, "cme.refused", "attest", {"claim": claim_id})
        return [Reply(text="Only the learner who completed the activity can attest to it.", ephemeral=True)]
    await svc.audit.record(action.actor.key, "cme.attested", str(claim_id),
                           {"award": award.award_uuid, "credits": str(award.amount),
                            "version": award.attestation_version})
    return [Reply(title="CME credit awarded",
                  text=f"{award.amount:.2f} AMA PRA Category 1 Credits™ recorded. You attested: “{award.attestation_text}”",
                  context=[f"Verification ID {award.award_uuid} · attestation {award.attestation_version} · "
                           f"{award.attested_at:%Y-%m-%d %H:%M} UTC"],
                  update_ref=action.message_ref or None, where="here" if action.channel_id else "dm")]


def register(router: Router) -> None:
    # Export date ranges (2026-01-01) are structured arguments, not dates of a patient.
    @router.command("cme", usage=USAGE, summary="your CME credits and transcript; exports for educators",
                    structured=r"(?<![\w/-])(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\w/-])")
    async def cme(cmd: Command, svc: Any):
        args = cmd.args
        sub = args[0].lower() if args else "me"
        if sub == "me":
            return await cme_me(cmd, svc)
        if sub == "transcript":
            return await cme_transcript(cmd, svc, args[1:])
        if sub == "export":
            return await cme_export(cmd, svc, args[1:])
        if sub == "dashboard":
            return await cme_dashboard(cmd, svc)
        raise UsageError(f"Unknown option `{sub}`.")

    router.action("cme.attest")(on_attest)
