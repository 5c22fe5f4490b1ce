"""Clinicians check the grader: sampled criterion verdicts go to two reviewers, a split to a third.

    /clinibot eval adjudicate <run-id> [n]   admins and reviewers: sample n criteria (default 20)
    /clinibot eval agreement <run-id>        grader versus clinicians, macro F1

Each sampled item is posted to the review channel with Met / Not met buttons; the grader's own
verdict is not shown, so reviewers are not anchored by it. Two matching votes decide an item; two
different votes escalate it and the third vote decides. Votes are one per reviewer per item (a
unique key), and moves of an item are conditional updates, so double clicks and Slack retries
change nothing. The sample is half items the grader judged met and half not met where possible,
so the F1 of both classes is measurable.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from bot.core import Command, Reply, Router, UsageError
from bot.core.events import Action, Button
from storage.models.evaluation import EvalAdjudication, EvalVote

VOTE = "evaladj"
DEFAULT_SAMPLE = 20
MAX_SAMPLE = 200
EXCERPT = 1200
RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def register(router: Router) -> None:
    from bot.help import SUBCOMMANDS

    router.action(VOTE)(vote_action)
    SUBCOMMANDS["eval"] = eval_command


def run_dir(svc: Any, run_id: str) -> Path:
    from evaluation.config import EvalSettings

    if not RUN_ID.match(run_id):
        raise UsageError("A run id is the name of a run directory (letters, digits, '.', '_', '-').")
    return EvalSettings.from_env(data_dir=svc.settings.data_dir).eval_dir / run_id


def sample_items(rows: dict[str, dict], cases: list, n: int, seed: str) -> list[tuple[Any, int, dict]]:
    """(case, criterion index, verdict row), balanced between the grader's met and not met."""
    by_id = {c.prompt_id: c for c in cases}
    met, not_met = [], []
    for pid in sorted(rows):
        case = by_id.get(pid)
        if case is None:
            continue
        for i, v in enumerate(rows[pid]["criteria"]):
            (met if v["met"] else not_met).append((case, i, v))
    rng = random.Random(seed)
    rng.shuffle(met)
    rng.shuffle(not_met)
    half = n // 2
    take_met = min(len(met), max(half, n - len(not_met)))
    take_not = min(len(not_met), n - take_met)
    return met[:take_met] + not_met[:take_not]


def item_reply(svc: Any, item: EvalAdjudication, where: str) -> Reply:
    return Reply(title=f"Adjudicate: does the response meet this criterion? (#{item.id})",
                 text=f"*Criterion* ({item.points:+g} points): {item.criterion}",
                 sections=[f"*Request:*\n{item.request}", f"*Response:*\n{item.response}"],
                 context=["Clinical reviewers only. For a negative criterion, 'Met' means the response makes that "
                          "error. The grader's verdict is hidden until the item is decided."],
                 buttons=[Button("Met", f"{VOTE}.met", str(item.id), "primary"),
                          Button("Not met", f"{VOTE}.not", str(item.id))], where=where)


async def adjudicate(svc: Any, actor_key: str, run_id: str, n: int) -> list[Reply]:
    from evaluation.report import Run, load_rows

    path = run_dir(svc, run_id)
    try:
        run = Run.open(path)
    except FileNotFoundError:
        return [Reply(text=f"There is no finished evaluation run `{run_id}`.", ephemeral=True)]
    chosen = sample_items(load_rows(path), run.cases(), n, seed=run_id)
    channel = svc.settings.review_channel
    where = f"channel:{channel}" if channel else "here"
    created: list[EvalAdjudication] = []
    async with svc.db.session() as s:
        for case, i, v in chosen:
            exists = (await s.execute(select(EvalAdjudication.id).where(
                EvalAdjudication.run_id == run_id, EvalAdjudication.prompt_id == case.prompt_id,
                EvalAdjudication.criterion_index == i))).scalar()
            if exists is not None:
                continue
            crit = case.rubrics[i]
            item = EvalAdjudication(run_id=run_id, prompt_id=case.prompt_id[:128], criterion_index=i,
                                    criterion=crit.criterion, points=crit.points, grader_met=bool(v["met"]),
                                    request=_excerpt(svc, case.last_user_message),
                                    response=_excerpt(svc, load_rows(path)[case.prompt_id].get("response", "")),
                                    channel=channel[:64], created_at=svc.clock())
            s.add(item)
            created.append(item)
        await s.flush()
    await svc.audit.record(actor_key, "eval.adjudication_started", f"run:{run_id}",
                           {"sampled": len(created), "requested": n})
    head = Reply(text=f"{len(created)} criterion verdict(s) from run `{run_id}` sent for clinician adjudication"
                      + (f" in <#{channel}>." if channel else ".") + " Two reviewers each; a split goes to a third.",
                 ephemeral=True)
    return [head, *(item_reply(svc, item, where) for item in created)]


def _excerpt(svc: Any, text: str) -> str:
    shown = svc.phi.for_storage(text or "")
    return shown if len(shown) <= EXCERPT else shown[:EXCERPT] + " …"


async def vote_action(action: Action, svc: Any) -> list[Reply]:
    if not svc.has_role(action.actor, "reviewer"):
        await svc.audit.record(action.actor.key, "eval.vote_refused", f"item:{action.value[:16]}",
                               {"reason": "not a reviewer"})
        return [Reply(text="Only clinical reviewers can adjudicate the grader.", ephemeral=True)]
    try:
        item_id = int(action.value)
    except ValueError:
        return [Reply(text="That item is not known.", ephemeral=True)]
    met = action.action_id.endswith(".met")
    async with svc.db.session() as s:
        item = await s.get(EvalAdjudication, item_id)
        if item is None:
            return [Reply(text="That item is not known.", ephemeral=True)]
        if item.status == "done":
            return [Reply(text=f"Item #{item_id} is already decided.", ephemeral=True)]
    try:
        async with svc.db.session() as s:
            s.add(EvalVote(item_id=item_id, reviewer=action.actor.key[:128], met=met, created_at=svc.clock()))
    except IntegrityError:
        return [Reply(text=f"Your vote on item #{item_id} is already recorded.", ephemeral=True)]
    # Decide from the committed votes: two reviewers clicking at once both see both votes here, and
    # the conditional updates let only one of them move the item (and post the escalation).
    async with svc.db.session() as s:
        votes = list((await s.execute(select(EvalVote.met).where(EvalVote.item_id == item_id)
                                      .order_by(EvalVote.id))).scalars())
        outcome = _decide(votes)
        if outcome == "escalated":
            moved = (await s.execute(update(EvalAdjudication).where(
                EvalAdjudication.id == item_id, EvalAdjudication.status == "open").values(status="escalated"))).rowcount
        elif outcome is not None:
            moved = (await s.execute(update(EvalAdjudication).where(
                EvalAdjudication.id == item_id, EvalAdjudication.status != "done").values(
                status="done", verdict=outcome, closed_at=svc.clock()))).rowcount
        else:
            moved = 0
    await svc.audit.record(action.actor.key, "eval.vote", f"item:{item_id}", {"met": met, "votes": len(votes)})
    replies = [Reply(text=f"Recorded: {'met' if met else 'not met'} for item #{item_id}.", ephemeral=True)]
    if outcome == "escalated" and moved:
        async with svc.db.session() as s:
            item = await s.get(EvalAdjudication, item_id)
        escalation = item_reply(svc, item, f"channel:{item.channel}" if item.channel else "here")
        escalation.title = f"Third reviewer needed: the first two disagreed (#{item_id})"
        replies.append(escalation)
    elif outcome is not None and outcome != "escalated" and moved:
        async with svc.db.session() as s:
            item = await s.get(EvalAdjudication, item_id)
        replies.append(Reply(text=f"Item #{item_id} decided: {'met' if outcome else 'not met'} "
                                  f"(the grader said {'met' if item.grader_met else 'not met'}).", ephemeral=True))
    return replies


def _decide(votes: list[bool]) -> bool | str | None:
    """None: wait; 'escalated': two votes differ; True/False: the clinicians' verdict."""
    if len(votes) < 2:
        return None
    if len(votes) == 2:
        return votes[0] if votes[0] == votes[1] else "escalated"
    return sum(votes) * 2 > len(votes)


def macro_f1(pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    """(grader, clinicians) pairs -> F1 of each class, their mean, and raw agreement."""
    def f1(cls: bool) -> float:
        tp = sum(1 for g, c in pairs if g == cls and c == cls)
        fp = sum(1 for g, c in pairs if g == cls and c != cls)
        fn = sum(1 for g, c in pairs if g != cls and c == cls)
        if tp == 0:
            return 0.0 if (fp or fn) else 1.0
        p, r = tp / (tp + fp), tp / (tp + fn)
        return 2 * p * r / (p + r)

    a, b = f1(True), f1(False)
    acc = sum(1 for g, c in pairs if g == c) / len(pairs) if pairs else 0.0
    return {"f1_met": a, "f1_not_met": b, "macro_f1": (a + b) / 2, "accuracy": acc}


async def agreement(db: Any, run_id: str) -> dict[str, Any]:
    async with db.session() as s:
        rows = (await s.execute(select(EvalAdjudication.grader_met, EvalAdjudication.verdict, EvalAdjudication.status)
                                .where(EvalAdjudication.run_id == run_id))).all()
    decided = [(bool(g), bool(v)) for g, v, st in rows if st == "done" and v is not None]
    out: dict[str, Any] = {"run_id": run_id, "decided": len(decided), "open": sum(1 for *_, st in rows if st != "done")}
    out.update(macro_f1(decided) if decided else {"f1_met": 0.0, "f1_not_met": 0.0, "macro_f1": 0.0, "accuracy": 0.0})
    return out


async def eval_command(cmd: Command, svc: Any, router: Router) -> Reply | list[Reply]:
    args = cmd.args[1:]
    sub = args[0].lower() if args else ""
    if sub not in ("adjudicate", "agreement") or len(args) < 2:
        raise UsageError("Use `/clinibot eval adjudicate <run-id> [n]` or `/clinibot eval agreement <run-id>`.")
    if not (svc.has_role(cmd.actor, "reviewer") or svc.has_role(cmd.actor, "admin")):
        await svc.audit.record(cmd.actor.key, "eval.refused", f"/clinibot eval {sub}", {"reason": "role"})
        return Reply(text="Only reviewers and admins can work with evaluation runs.", ephemeral=True)
    run_id = args[1]
    run_dir(svc, run_id)  # validates the id
    if sub == "agreement":
        a = await agreement(svc.db, run_id)
        if not a["decided"]:
            return Reply(text=f"No adjudicated criteria yet for `{run_id}` ({a['open']} open).", ephemeral=True)
        return Reply(text=f"Run `{run_id}`: {a['decided']} criteria adjudicated ({a['open']} open). Grader versus "
                          f"clinicians: macro F1 {a['macro_f1']:.2f}, agreement {a['accuracy'] * 100:.0f}% "
                          f"(F1 met {a['f1_met']:.2f}, not met {a['f1_not_met']:.2f}).", ephemeral=True)
    n = DEFAULT_SAMPLE
    if len(args) > 2:
        try:
            n = int(args[2])
        except ValueError:
            raise UsageError(f"n must be a whole number, got `{args[2]}`.") from None
        if not 1 <= n <= MAX_SAMPLE:
            raise UsageError(f"n must be between 1 and {MAX_SAMPLE}.")
    return await adjudicate(svc, cmd.actor.key, run_id, n)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)
