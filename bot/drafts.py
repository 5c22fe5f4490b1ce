"""`/draft`: turn a command or a form into a draft document, and let a clinician approve it.

The skill declaration (bot.skills) drives extraction, the form and validation; the model (or the
template) writes; `bot.approvals` decides every state change; `bot.audit` records every step.
Drafts carry a visible banner until approved. Text is stored only after the PHI guard's storage
rule, so outside BAA mode the database never holds identifiers.
"""
from __future__ import annotations

import json
import logging
import time
from datetime import datetime
from typing import Any

from bot.approvals import State, find_by_message, may_move, move, move_in
from bot.core import Command, Reply, Router, UsageError
from bot.core.events import Action, Actor, Button, FileOut, Form, FormField
from bot.monitoring.feedback import feedback_buttons, record_output
from storage.models.core import Draft

log = logging.getLogger(__name__)

BANNER = "DRAFT: needs clinician review"
SUBMIT = "draft.submit"
REJECT_REASON = "draft.reject_reason"
APPROVE_REACTIONS = {"white_check_mark", "heavy_check_mark"}
REJECT_REACTIONS = {"x"}
MAX_MESSAGE_CHARS = 12_000  # longer documents are attached as a file as well


def _skills() -> dict[str, Any]:
    from bot.skills import SKILLS

    return SKILLS


def register(router: Router) -> None:
    router.command("draft", usage="/draft <skill> [details]  (or /draft to list skills)",
                   summary="draft a referral, prior authorization, appeal, instructions, summary or reply")(draft_command)
    router.action("draft")(draft_action)
    router.action("reaction")(reaction)


def skills_list() -> str:
    lines = ["*Skills* — `/draft <skill> <details>` in your own shorthand (\"58M exertional CP, abnormal ETT, "
             "to cards, urgent, NKDA\"); anything missing is marked in the draft:"]
    for name, skill in _skills().items():
        lines.append(f"• `{name}` — {skill.summary}")
    return "\n".join(lines)


async def draft_command(cmd: Command, svc: Any) -> Reply | list[Reply]:
    if not cmd.text.strip():
        return Reply(text=skills_list(), ephemeral=True)
    name, rest = (cmd.text.strip().split(None, 1) + [""])[:2]
    skill = _skills().get(name.lower())
    if skill is None:
        raise UsageError(f"There is no skill called `{name}`.\n{skills_list()}")
    if cmd.redaction is not None and cmd.redaction.mapping:
        _remember_redaction(svc, cmd.actor, cmd.redaction)
    if not rest.strip():  # nothing to draft from: the form, with every field to fill
        return form_for(skill, {}, channel=cmd.channel_id)
    values, how = await extract_fields(svc, skill, rest)
    return await create_draft(svc, skill, values, cmd.actor, cmd.channel_id, cmd.thread_ref, extraction=how)


async def extract_fields(svc: Any, skill: Any, text: str) -> tuple[dict[str, str], dict[str, Any]]:
    """Fields from what the clinician typed: the model's structured output where a model is
    configured (each value traceable to the request), the shorthand rules for the rest. Text that
    fits no field is kept in the skill's main field, and values a field cannot take are moved there
    too: nothing typed is lost."""
    from bot.llm import LLMError
    from bot.skills.extract_model import extract_with_model

    metrics = svc.extras.get("metrics")
    values = skill.extract(text)
    how: dict[str, Any] = {"path": "rules"}
    if not getattr(svc.llm, "offline", True):
        try:
            found = await extract_with_model(skill, text, svc.llm)
        except LLMError:
            found = None
            how["path"] = "rules (model unavailable)"
        if found is not None:
            from bot.skills.shorthand import keep_everything

            labelled, _ = skill.extract_labelled(text)
            merged = {**values, **found.values, **labelled}
            values = keep_everything(skill, text, skill.clean(merged))
            how.update(path="model" if found.values else "rules (model gave nothing usable)",
                       dropped=len(found.dropped), invalid_answers=found.invalid_answers)
            if metrics is not None and found.dropped:
                metrics.extracted("dropped", len(found.dropped))
    from bot.skills.shorthand import AGE_SEX_RX, age_sex, keep_everything

    values = keep_everything(skill, text, values)
    if values.get("patient"):  # "58M" -> "58-year-old man", whoever found it
        values["patient"] = AGE_SEX_RX.sub(lambda m: age_sex(m), values["patient"])
    errors = skill.validate(values)
    for name in errors:
        if name in values and values[name].strip():  # a value the field cannot take: keep the words
            bad = values.pop(name)
            main = values.get(skill.main_field, "")
            values[skill.main_field] = f"{main}; {bad}" if main else bad
    if metrics is not None:
        metrics.extracted(how["path"].split(" ")[0])
    return skill.clean(values), how


async def _draft_or_ask(svc: Any, skill: Any, values: dict[str, str], actor: Actor, channel: str,
                        thread: str | None, root: int | None = None, errors: dict[str, str] | None = None) -> Reply | list[Reply]:
    errors = errors if errors is not None else skill.validate(values)
    if skill.missing(values) or errors:
        return form_for(skill, values, channel=channel, root=root, errors=errors)
    return await create_draft(svc, skill, values, actor, channel, thread, root=root)


def form_for(skill: Any, values: dict[str, str], *, channel: str, root: int | None = None,
             errors: dict[str, str] | None = None) -> Reply:
    fields = [FormField(name=f.name, label=f.label, required=f.required, multiline=f.multiline,
                        initial=values.get(f.name, ""), hint=(errors or {}).get(f.name) or f.hint,
                        choices=tuple(f.choices)) for f in skill.fields]
    meta = json.dumps({"skill": skill.name, "channel": channel, "root": root})
    title = ("Edit: " if root else "") + skill.title
    return Reply(form=Form(callback_id=SUBMIT, title=title[:24], fields=fields, submit_label="Draft",
                           private_metadata=meta))


def needs(skill: Any, values: dict[str, str]) -> list[Any]:
    """Required facts still missing: shown in the draft as [needs: ...] and blocking approval."""
    return skill.missing(values)


class _Abandon(Exception):
    """Roll the unit of work back and answer with these replies instead."""

    def __init__(self, replies: list[Reply]) -> None:
        super().__init__("abandoned")
        self.replies = replies


async def create_draft(svc: Any, skill: Any, values: dict[str, str], actor: Actor, channel: str,
                       thread: str | None, root: int | None = None, extraction: dict[str, Any] | None = None) -> list[Reply]:
    try:
        return await _create_draft(svc, skill, values, actor, channel, thread, root, extraction)
    except _Abandon as stop:
        return stop.replies


async def _create_draft(svc: Any, skill: Any, values: dict[str, str], actor: Actor, channel: str,
                        thread: str | None, root: int | None = None, extraction: dict[str, Any] | None = None) -> list[Reply]:
    from bot.llm import LLMError
    from bot.skills.drafting import draft as write_draft
    from bot.skills.shorthand import expand

    # shorthand in, plain words out: the document spells out what its reader may not share
    plain = {k: expand(v, patient_facing=skill.patient_facing) for k, v in skill.clean(values).items()}
    try:
        result = await write_draft(skill, plain, svc.llm)
    except LLMError as exc:
        await svc.audit.record(actor.key, "draft.failed", skill.name, {"error": type(exc).__name__})
        return [Reply(text=exc.user_message() if hasattr(exc, "user_message") else str(exc), ephemeral=True)]
    content = svc.phi.for_storage(result.text)
    stored_fields = svc.phi.for_storage(json.dumps(skill.clean(values), ensure_ascii=False))
    superseded: Draft | None = None
    # The new version, the old one's move to superseded and both audit entries: one transaction.
    async with svc.audit.transaction() as tx:
        s = tx.session
        version, root_id = 1, None
        if root is not None:
            previous = await s.get(Draft, root)
            if previous is None or previous.state != State.DRAFT.value:
                return [Reply(text="That draft can no longer be edited (it was approved, rejected or "
                                   "replaced).", ephemeral=True)]
            if not may_move(actor, previous, svc):
                await tx.record(actor.key, "draft.refused", f"draft:{root}", {"attempted": "edit", "skill": previous.skill})
                return refusal("edit")
            root_id = previous.root_id or previous.id
            version = previous.version + 1
        row = Draft(skill=skill.name, author=actor.key, platform=actor.platform, channel=channel,
                    content=content, fields_json=stored_fields, model=result.model_name,
                    template_version=result.template_version, version=version,
                    root_id=root_id, created_at=svc.clock())
        s.add(row)
        await s.flush()
        if root is None:
            row.root_id = row.id
        if root is not None:
            moved = await move_in(tx, svc, root, State.SUPERSEDED, actor, detail={"by": row.id}, attempted="edit")
            if moved is None or not moved.moved:  # refused or moved meanwhile: nothing of this commits
                raise _Abandon(refusal("edit") if moved is not None and moved.refused else
                               [Reply(text="That draft can no longer be edited (it was approved, rejected or "
                                           "replaced).", ephemeral=True)])
            superseded = moved.draft
        missing = needs(skill, values)
        detail: dict[str, Any] = {"skill": skill.name, "version": version, "model": result.model_name,
                                  "template_version": result.template_version, "problems": list(result.problems),
                                  "needs": [f.name for f in missing]}
        if extraction:
            detail["extraction"] = extraction
        await tx.record(actor.key, "draft.created", f"draft:{row.id}", detail)
    replies: list[Reply] = []
    if superseded is not None:
        replies.append(render_state(superseded, svc))
    _attach_redaction(svc, actor, row.id)
    output_id = await record_output(svc, kind="draft", ref=f"draft:{row.id}", text=content, skill=skill.name,
                                    model=result.model_name, template_version=result.template_version,
                                    actor=actor, channel=channel)
    reply = render_draft(row, result.text, problems=list(result.problems), svc=svc, thread=thread, missing=missing,
                         not_provided=[f.label for f in skill.not_provided(values)])
    reply.buttons += feedback_buttons(output_id)
    replies.insert(0, reply)
    if len(result.text) > MAX_MESSAGE_CHARS:  # the whole document, as a file beside the message
        replies.insert(1, Reply(text=f"{BANNER} — full text of draft #{row.id} v{row.version}",
                                file=FileOut(f"draft-{row.id}-v{row.version}.md", result.text.encode("utf-8"),
                                             title=f"DRAFT {skill.title} #{row.id}", mimetype="text/markdown"),
                                where="thread" if thread else "here", thread_ref=thread))
    return replies


def render_draft(row: Draft, text: str, *, problems: list[str], svc: Any, thread: str | None = None,
                 missing: list[Any] | None = None, not_provided: list[str] | None = None) -> Reply:
    writer = "template" if row.model == "template" else f"model {row.model}"
    context = [f"{BANNER} · written by {writer} · {row.template_version} · draft #{row.id} v{row.version}",
               "AI support, not a clinical decision. Approve or reject with the buttons, or react ✅ / ❌ (👍 approves in Teams)."]
    sections: list[str] = []
    buttons = [Button("Approve", "draft.approve", str(row.id), "primary"),
               Button("Reject", "draft.reject", str(row.id), "danger"),
               Button("Edit", "draft.edit", str(row.id))]
    if missing:
        sections.append("*Needs before approval:* " + ", ".join(f.label.lower() for f in missing)
                        + ". Press Edit to add them, or mark them not known.")
        buttons.append(Button("Mark not known", "draft.notknown", str(row.id)))
    if not_provided:  # blank is not "none": the approver confirms these before approving
        context.insert(1, "Fields not provided (shown as [not provided]; check before approving): "
                       + ", ".join(not_provided))
    if problems:
        context.insert(1, "The model's draft failed checks, so this one is from the template: " + "; ".join(problems))

    async def remember(channel: str, ref: str) -> None:
        async with svc.db.session() as s:
            stored = await s.get(Draft, row.id)
            if stored is not None:
                stored.message_ref, stored.channel = ref, channel or stored.channel

    body = text if len(text) <= MAX_MESSAGE_CHARS else text[:MAX_MESSAGE_CHARS] + "\n…(continued in the attached file)"
    return Reply(title=f"{BANNER} — {_skills()[row.skill].title}"[:150], text=body, sections=sections,
                 context=context, buttons=buttons,
                 where="thread" if thread else "here", thread_ref=thread, on_posted=remember)


def render_state(row: Draft, svc: Any) -> Reply:
    """The draft message after a move: shows the state, who moved it and when; no more buttons."""
    when = row.moved_at.strftime("%Y-%m-%d %H:%M UTC") if isinstance(row.moved_at, datetime) else ""
    who = row.moved_by.split(":", 1)[-1]
    title = {State.APPROVED.value: "APPROVED", State.REJECTED.value: "REJECTED",
             State.SUPERSEDED.value: "SUPERSEDED"}.get(row.state, row.state.upper())
    skill = _skills().get(row.skill)
    context = [f"{title} by <@{who}> at {when} · draft #{row.id} v{row.version} · {row.template_version}"]
    if row.state == State.APPROVED.value:
        context.append(f"SHA-256 {row.sha256}")
    if row.reason:
        context.append(f"Reason: {row.reason}")
    return Reply(title=f"{title} — {skill.title if skill else row.skill}"[:150], text=row.content, context=context,
                 update_ref=row.message_ref or None, where=f"channel:{row.channel}" if row.channel else "here")


async def _load(svc: Any, draft_id: str) -> Draft | None:
    try:
        key = int(draft_id)
    except (TypeError, ValueError):
        return None
    async with svc.db.session() as s:
        return await s.get(Draft, key)


async def draft_action(action: Action, svc: Any) -> list[Reply]:
    if action.action_id == SUBMIT:
        return await _submit(action, svc)
    if action.action_id == REJECT_REASON:
        meta = json.loads(action.value or "{}")
        row = await _load(svc, str(meta.get("draft")))
        return await _move(svc, row, State.REJECTED, action.actor, reason=action.values.get("reason", ""))
    row = await _load(svc, action.value)
    verb = action.action_id.rpartition(".")[2]
    if row is None:
        return [Reply(text="That draft no longer exists.", ephemeral=True)]
    if verb == "approve":
        return await _move(svc, row, State.APPROVED, action.actor)
    if verb == "reject":
        if not may_move(action.actor, row, svc):
            return await _refuse(svc, row, action.actor, "reject")
        if row.state != State.DRAFT.value:
            return []
        return [Reply(form=Form(callback_id=REJECT_REASON, title="Reject draft", submit_label="Reject",
                                fields=[FormField("reason", "Reason (optional)", required=False, multiline=True)],
                                private_metadata=json.dumps({"draft": row.id, "channel": row.channel})))]
    if verb == "notknown":
        return await _mark_not_known(svc, row, action)
    if verb == "edit":
        if not may_move(action.actor, row, svc):
            return await _refuse(svc, row, action.actor, "edit")
        if row.state != State.DRAFT.value:
            return [Reply(text="Only a draft that is still awaiting review can be edited.", ephemeral=True)]
        skill = _skills()[row.skill]
        return [form_for(skill, json.loads(row.fields_json or "{}"), channel=row.channel, root=row.id)]
    return []


async def _submit(action: Action, svc: Any) -> list[Reply] | Reply:
    meta = json.loads(action.value or "{}")
    skill = _skills().get(meta.get("skill", ""))
    if skill is None:
        return Reply(text="That form has expired; run /draft again.", ephemeral=True)
    root = meta.get("root")  # an edit: authorised before anything else is looked at
    if root is not None:
        previous = await _load(svc, str(root))
        if previous is None:
            return [Reply(text="That draft no longer exists.", ephemeral=True)]
        if not may_move(action.actor, previous, svc):  # before the model is asked for anything
            return await _refuse(svc, previous, action.actor, "edit")
        root = previous.id
    values = {k: v for k, v in action.values.items() if v}
    errors = skill.validate(values)
    if errors or skill.missing(values):
        labels = {f.name: f.label for f in skill.fields}
        problems = "; ".join(f"{labels.get(k, k)}: {v}" for k, v in errors.items()) or \
            "missing: " + ", ".join(f.label for f in skill.missing(values))
        return Reply(text=f"The draft was not created — {problems}. Run the command again to fix it.", ephemeral=True)
    return await create_draft(svc, skill, values, action.actor, meta.get("channel") or action.channel_id,
                              None, root=root)


async def _mark_not_known(svc: Any, row: Draft, action: Action) -> list[Reply]:
    """The clinician says the missing facts are not known: a new version says so, and may be approved."""
    from bot.skills.base import NOT_KNOWN

    if not may_move(action.actor, row, svc):
        return await _refuse(svc, row, action.actor, "mark")
    if row.state != State.DRAFT.value:
        return []  # already replaced or final: a repeated click changes nothing
    skill = _skills()[row.skill]
    values = json.loads(row.fields_json or "{}")
    missing = needs(skill, values)
    if not missing:
        return [Reply(text="Nothing is missing from this draft.", ephemeral=True)]
    for f in missing:
        values[f.name] = NOT_KNOWN
    await svc.audit.record(action.actor.key, "draft.marked_not_known", f"draft:{row.id}",
                           {"fields": [f.name for f in missing]})
    return await create_draft(svc, skill, values, action.actor, row.channel, None, root=row.id)


async def reaction(action: Action, svc: Any) -> list[Reply]:
    name = action.value or action.action_id.rpartition(".")[2]
    if name in APPROVE_REACTIONS:
        target = State.APPROVED
    elif name in REJECT_REACTIONS:
        target = State.REJECTED
    else:
        return []
    row = await find_by_message(svc, action.channel_id if action.actor.platform != "console" else "",
                                action.message_ref)
    if row is None:
        return []  # a reaction on a message that is not a draft changes nothing
    return await _move(svc, row, target, action.actor)


async def _move(svc: Any, row: Draft | None, target: State, actor: Actor, reason: str = "") -> list[Reply]:
    if row is None:
        return [Reply(text="That draft no longer exists.", ephemeral=True)]
    if target is State.APPROVED and row.state == State.DRAFT.value and may_move(actor, row, svc):
        skill = _skills().get(row.skill)
        missing = needs(skill, json.loads(row.fields_json or "{}")) if skill else []
        if missing:
            await svc.audit.record(actor.key, "draft.approval_blocked", f"draft:{row.id}",
                                   {"needs": [f.name for f in missing]})
            return [Reply(text="This draft still needs: " + ", ".join(f.label.lower() for f in missing)
                               + ". Press Edit to add them, or Mark not known, then approve the new version.",
                          ephemeral=True)]
    moved = await move(svc, row.id, target, actor, reason)
    if moved is None:
        return [Reply(text="That draft no longer exists.", ephemeral=True)]
    if moved.refused:
        return refusal(VERBS[target.value])
    if not moved.moved:
        return []  # already final: a duplicate click, reaction or retry changes nothing
    replies = [render_state(moved.draft, svc)]
    if target is State.APPROVED:
        replies += _reidentified_copy(svc, moved.draft, actor)
    return replies


VERBS = {"approved": "approve", "rejected": "reject", "superseded": "edit", "approve": "approve",
         "reject": "reject", "edit": "edit"}


def refusal(verb: str) -> list[Reply]:
    return [Reply(text=f"Only the clinician who requested this draft or a designated approver can "
                       f"{VERBS.get(verb, verb)} it. Nothing was changed.", ephemeral=True, where="here")]


async def _refuse(svc: Any, row: Draft, actor: Actor, verb: str) -> list[Reply]:
    await svc.audit.record(actor.key, "draft.refused", f"draft:{row.id}", {"attempted": verb, "skill": row.skill})
    return refusal(verb)


# -- re-identification for the author, from memory only ------------------------------------------
REIDENTIFY_TTL = 24 * 3600.0


def _store(svc: Any) -> dict:
    return svc.extras.setdefault("reidentify", {})


def _remember_redaction(svc: Any, actor: Actor, redaction: Any) -> None:
    """Held until this author's next draft is created (the command may first open a form)."""
    _store(svc)[("pending", actor.key)] = (redaction, time.monotonic() + REIDENTIFY_TTL)


def _attach_redaction(svc: Any, actor: Actor, draft_id: int) -> None:
    store = _store(svc)
    item = store.pop(("pending", actor.key), None)
    if item is not None:
        store[draft_id] = (actor.key, *item)


def _reidentified_copy(svc: Any, row: Draft, actor: Actor) -> list[Reply]:
    """The approved text with the author's own identifiers restored: shown to the author only,
    never stored or logged. Unavailable after a restart or on another worker (memory only)."""
    store = _store(svc)
    root = row.root_id or row.id
    item = store.get(row.id) or store.get(root)
    if item is None or item[0] != actor.key or item[2] < time.monotonic():
        return []
    _author, redaction, _expiry = item
    restored = redaction.reidentify(row.content)
    if restored == row.content:
        return []
    return [Reply(title="Approved copy with identifiers (only you can see this)", text=restored, ephemeral=True,
                  context=["Rebuilt from memory for you alone; clinibot stores only the redacted version. "
                           "Copy it into the record now."])]
