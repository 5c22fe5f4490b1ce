"""Chat surface of monitoring: feedback and review buttons, and `/clinibot` subcommands

    /clinibot review [summary [days] | queue]   reviewers (summary also for educators and admins)
    /clinibot metrics [weeks] [csv]             admins
    /clinibot delete-my-data                    anyone; asks for confirmation first
"""
from __future__ import annotations

from typing import Any

from bot.core import Command, Reply, Router, UsageError
from bot.core.events import Action, Button, FileOut

DELETE_CONFIRM = "retention.delete_confirm"
DELETE_CANCEL = "retention.delete_cancel"
MAX_DAYS = 3650
MAX_WEEKS = 104


def register(router: Router) -> None:
    from bot.help import SUBCOMMANDS
    from bot.monitoring.feedback import feedback_action
    from bot.monitoring.review import review_action

    router.action("feedback")(feedback_action)
    router.action("review")(review_action)
    router.action("retention")(retention_action)
    SUBCOMMANDS["review"] = review_command
    SUBCOMMANDS["metrics"] = metrics_command
    SUBCOMMANDS["delete-my-data"] = delete_command


def _number(args: list[str], default: int, hi: int, what: str) -> int:
    if not args:
        return default
    try:
        value = int(args[0])
    except ValueError:
        raise UsageError(f"{what} must be a whole number, got `{args[0]}`.") from None
    if not 1 <= value <= hi:
        raise UsageError(f"{what} must be between 1 and {hi}.")
    return value


async def _refused(svc: Any, cmd: Command, attempted: str, text: str) -> Reply:
    """A refusal is an audited event, like any other denied access."""
    await svc.audit.record(cmd.actor.key, "monitoring.refused", "", {"attempted": attempted})
    return Reply(text=text + " The attempt has been recorded.", ephemeral=True)


async def review_command(cmd: Command, svc: Any, router: Router) -> Reply | list[Reply]:
    from bot.monitoring import review

    args = cmd.args[1:]
    sub = args[0].lower() if args else "summary"
    if sub == "queue":
        if not svc.has_role(cmd.actor, "reviewer"):
            return await _refused(svc, cmd, "review.queue", "Only clinical reviewers can open the review queue.")
        tasks = await review.queue(svc)
        if not tasks:
            return Reply(text="The review queue is empty.", ephemeral=True)
        replies = [Reply(text=f"{len(tasks)} output(s) waiting for review, reported ones first.", ephemeral=True)]
        for task, output, n in tasks:
            reply = review.post_reply(svc, output, task, headline=f"*{task.reason.title()}* · {n} of {task.required} "
                                      f"ratings · {task.status}")
            reply.where, reply.ephemeral = "here", True
            replies.append(reply)
        return replies
    if sub != "summary":
        raise UsageError("Use `/clinibot review summary [days]` or `/clinibot review queue`.")
    if not any(svc.has_role(cmd.actor, r) for r in ("reviewer", "educator", "admin")):
        return await _refused(svc, cmd, "review.summary", "Only reviewers, educators and admins can see the review summary.")
    days = _number(args[1:], 30, MAX_DAYS, "Days")
    sm = await review.summary(svc, days)
    await svc.audit.record(cmd.actor.key, "review.summary", "", {"days": days})
    return Reply(text=review.summary_text(sm), ephemeral=True)


async def metrics_command(cmd: Command, svc: Any, router: Router) -> Reply:
    from bot.monitoring import pilot

    if not svc.has_role(cmd.actor, "admin"):
        return await _refused(svc, cmd, "pilot.metrics", "Only admins can see pilot metrics.")
    args = [a for a in cmd.args[1:] if a.lower() != "csv"]
    as_csv = len(args) != len(cmd.args[1:])
    weeks = _number(args, 4, MAX_WEEKS, "Weeks")
    rows = await pilot.weekly(svc, weeks)
    await svc.audit.record(cmd.actor.key, "pilot.metrics", "", {"weeks": weeks, "csv": as_csv})
    if as_csv:
        return Reply(text=f"Pilot metrics, last {weeks} weeks (CSV).", ephemeral=False, where="dm",
                     file=FileOut("pilot-metrics.csv", pilot.to_csv(rows).encode("utf-8"), "Pilot metrics",
                                  "text/csv"))
    return Reply(text=pilot.metrics_text(rows, weeks), ephemeral=True)


async def delete_command(cmd: Command, svc: Any, router: Router) -> Reply:
    from bot.monitoring.retention import KEPT_ON_REQUEST, delete_user_data

    counts = await delete_user_data(svc, cmd.actor.key, dry_run=True)
    found = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in counts.items() if v) or "no stored content"
    kept = "\n".join(f"• {k}" for k in KEPT_ON_REQUEST)
    return Reply(title="Delete my data", ephemeral=True,
                 text=f"This removes the content you gave or received that the retention policy allows: {found}.\n"
                      f"Kept, as policy requires:\n{kept}\nThis cannot be undone.",
                 buttons=[Button("Delete my data", DELETE_CONFIRM, cmd.actor.key, "danger"),
                          Button("Cancel", DELETE_CANCEL, "")])


async def retention_action(action: Action, svc: Any) -> list[Reply]:
    from bot.monitoring.retention import delete_user_data

    if action.action_id == DELETE_CANCEL:
        return [Reply(text="Cancelled. Nothing was deleted.", ephemeral=True, update_ref=action.message_ref or None)]
    if action.action_id != DELETE_CONFIRM:
        return []
    if action.value and action.value != action.actor.key:
        return [Reply(text="You can only delete your own data.", ephemeral=True)]
    counts = await delete_user_data(svc, action.actor.key)
    total = sum(v for k, v in counts.items() if k != "feedback_pseudonymised")
    return [Reply(text=f"Done: {total} item(s) of your content were removed and your feedback no longer names you. "
                       "This was recorded in the audit log.", ephemeral=True, update_ref=action.message_ref or None)]
