"""`/evidence <question>` in chat, the point-of-care reflection that completes a learning cycle,
and the `clinibot evidence ...` command line.

The engine (index, sources, composer) lives beside this module; this file only connects it to
the router, the CME ledger and the command line.
"""
from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import Any

from bot.core import Command, Reply, Router, UsageError
from bot.core.events import Action, Button, Form, FormField
from bot.monitoring.feedback import feedback_buttons, record_output

log = logging.getLogger(__name__)

LOCAL_K = 4
ONLINE_K = 3
REFLECTIONS = {"changed": "Changed my practice", "confirmed": "Confirmed my practice",
               "not_applicable": "Not applicable to my practice"}


def register(router: Router) -> None:
    router.command("evidence", usage="/evidence <clinical question>",
                   summary="cited answer from trusted sources; reflect on it for point-of-care CME")(evidence)
    router.action("evidence")(evidence_action)


async def startup(svc: Any) -> None:
    """Index the bundled corpus on first start (and after it changes); reuse it otherwise."""
    await asyncio.to_thread(index_for, svc)


def index_for(svc: Any):
    from bot.evidence.corpus import active_index

    if "evidence_index" not in svc.extras:
        # a hospital's own index (clinibot evidence index) wins; else the bundled curated cards
        svc.extras["evidence_index"] = active_index(svc.settings.index_dir)
    return svc.extras["evidence_index"]


def _online(svc: Any):
    s = svc.settings
    if not s.pubmed_enabled:
        return None
    from bot.evidence.sources import make_source

    return make_source("pubmed", base_url=s.pubmed_base_url, api_key=s.pubmed_api_key.get() or None,
                       email=s.pubmed_email or None)


async def evidence(cmd: Command, svc: Any) -> Reply:
    question = cmd.text.strip()
    if len(question) < 3:
        raise UsageError("Ask a clinical question, for example `/evidence colorectal cancer screening age`.")
    from bot.evidence.answer import compose
    from bot.evidence.sources import search_evidence

    index = await asyncio.to_thread(index_for, svc)
    hits = await asyncio.to_thread(index.search, question, LOCAL_K)
    notice = None
    online = _online(svc)
    if online is not None:
        try:
            outcome = await search_evidence(question, ONLINE_K, local=None, online=online)
            if outcome.degraded:
                notice = outcome.notice
            hits = hits + [h for h in outcome.hits if h.doc_id not in {x.doc_id for x in hits}]
        finally:
            close = getattr(online, "close", None)
            if close is not None:
                await close()
    if not hits:
        return Reply(text="I found nothing on that in the evidence sources. Try other words, or a broader "
                          "question.\nAI support, not a clinical decision.", ephemeral=True)
    llm = None if svc.llm is None or svc.llm.offline else svc.llm
    answer = await compose(question, hits, llm)
    if notice and not answer.notice:
        answer.notice = notice
    cycle = await _open_cycle(svc, cmd, question, answer)
    await svc.audit.record(cmd.actor.key, "evidence.answered", "",
                           {"sources": [c.url for c in answer.citations][:10], "mode": answer.mode,
                            "dropped": answer.dropped, "cycle": cycle})
    text = answer.to_text()
    output_id = await record_output(svc, kind="evidence", ref=cycle, text=svc.phi.for_storage(text), skill="evidence",
                                    model=answer.mode, template_version=f"evidence/{answer.mode}",
                                    actor=cmd.actor, channel=cmd.channel_id)
    buttons = [Button(label, "evidence.reflect", f"{cycle}:{key}") for key, label in REFLECTIONS.items()]
    buttons.append(Button("Add a note…", "evidence.note", cycle))
    buttons += feedback_buttons(output_id)
    return Reply(title=f"Evidence: {question[:120]}", text=text, buttons=buttons,
                 context=["How does this apply to your practice? One click completes a point-of-care learning "
                          "cycle (0.5 AMA PRA Category 1 Credit™)."])


async def _open_cycle(svc: Any, cmd: Command, question: str, answer: Any) -> str:
    from cme.commands import get_ledger as ledger

    sources = [{"url": c.url, "title": c.title} for c in answer.citations]
    return await ledger(svc).open_cycle(cmd.actor.user_id, cmd.actor.platform, svc.phi.for_storage(question), sources)


async def evidence_action(action: Action, svc: Any) -> list[Reply]:
    from cme.commands import get_ledger as ledger

    verb = action.action_id.rpartition(".")[2]
    if verb == "note":
        choices = tuple(REFLECTIONS)
        return [Reply(form=Form(callback_id="evidence.note_submit", title="Apply to practice", submit_label="Save",
                                private_metadata=json.dumps({"cycle": action.value}),
                                fields=[FormField("reflection", "How does it apply?", choices=choices, initial="confirmed"),
                                        FormField("note", "Note (optional; no patient identifiers)", required=False,
                                                  multiline=True)]))]
    if verb == "reflect":
        cycle, _, reflection = action.value.rpartition(":")
        text = ""
    elif verb == "note_submit":
        cycle = json.loads(action.value or "{}").get("cycle", "")
        reflection, text = action.values.get("reflection", ""), action.values.get("note", "")
    else:
        return []
    if reflection not in REFLECTIONS or not cycle:
        return [Reply(text="Please choose changed, confirmed or not applicable.", ephemeral=True)]
    led = ledger(svc)
    owner = await _cycle_owner(svc, cycle)
    if owner is not None and owner != (action.actor.platform, action.actor.user_id):
        await svc.audit.record(action.actor.key, "evidence.refused", "", {"cycle": cycle, "attempted": "reflect"})
        return [Reply(text="Only the clinician who asked this question can reflect on it. Nothing was changed.",
                      ephemeral=True)]
    try:
        result = await led.complete_cycle(cycle, reflection, svc.phi.for_storage(text))
    except LookupError:
        return [Reply(text="That learning cycle no longer exists.", ephemeral=True)]
    newly = result.credited and not result.repeat
    await svc.audit.record(action.actor.key, "evidence.reflected", "", {"cycle": cycle, "reflection": reflection,
                                                                        "credited": newly, "repeat": result.repeat})
    if result.credited and result.repeat:
        msg = (f"Already recorded: {REFLECTIONS[reflection].lower()}. The {result.credit} AMA PRA Category 1 "
               "Credit™ for it was added before; nothing new was added (`/cme me`).")
    elif result.credited:
        msg = f"Recorded: {REFLECTIONS[reflection].lower()}. {result.credit} AMA PRA Category 1 Credit™ added (`/cme me`)."
    else:
        msg = f"Recorded: {REFLECTIONS[reflection].lower()}. No new credit: {result.reason or 'already credited'}."
    return [Reply(text=msg, ephemeral=True)]


async def _cycle_owner(svc: Any, cycle: str) -> tuple[str, str] | None:
    from sqlalchemy import select

    from storage.models.cme import CmeCycle, CmeLearner

    async with svc.db.session() as s:
        row = (await s.execute(select(CmeLearner.platform, CmeLearner.chat_user_id)
                               .join(CmeCycle, CmeCycle.learner_id == CmeLearner.id)
                               .where(CmeCycle.cycle_uuid == cycle))).first()
    return (row[0], row[1]) if row else None


def cli(argv: list[str], *, settings: Any) -> int:
    """`clinibot evidence index|search|batch ...` on the configured index directory."""
    from bot.evidence.cli import main

    return main(argv, index_dir=Path(settings.index_dir))
