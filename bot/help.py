"""`/clinibot help`: what the bot can do, generated from the router so it is never out of date."""
from __future__ import annotations

from bot.core import Command, Reply, Router, UsageError


def register(router: Router) -> None:
    @router.command("clinibot", usage="/clinibot help | review summary [days] | metrics [weeks] | delete-my-data",
                    summary="help; review and pilot figures; delete my data")
    async def clinibot(cmd: Command, svc) -> Reply:
        sub = cmd.args[0].lower() if cmd.args else "help"
        handler = SUBCOMMANDS.get(sub)
        if handler is None:
            raise UsageError(f"Unknown option `{sub}`.")
        return await handler(cmd, svc, router)


async def _help(cmd: Command, svc, router: Router) -> Reply:
    words = " | ".join(sorted(SUBCOMMANDS))
    return Reply(text=f"{router.help_text()}\n`/clinibot` also takes: {words}", ephemeral=True)


# Other features add their `/clinibot <word>` subcommands here by registering into this dict.
SUBCOMMANDS = {"help": _help}
