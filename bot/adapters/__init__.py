"""Platform adapters: each turns its platform's payloads into core events and renders replies.

Adding a platform is one module here plus one line in PLATFORMS; `bot.app` mounts its routes.
"""
from __future__ import annotations

from bot.adapters.slack import SlackAdapter
from bot.adapters.teams import TeamsAdapter

PLATFORMS: dict[str, type] = {
    "slack": SlackAdapter,
    "teams": TeamsAdapter,
}
