"""The whole app (Agents SDK on our aiohttp app) on loopback, with a loopback key server behind the
SDK's JWT validator and a fake Bot Connector as the activities' serviceUrl."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from tests.conftest import make_settings

APP_ID = "8f0e6d2c-4b1a-4c59-9a51-3f7e2d1c0b9a"
TENANT = "72f988bf-0000-4a5b-9c3d-1e2f3a4b5c6d"
CLINICIAN = "0b6a1f3e-1111-4c1d-8e2f-aaaaaaaaaaaa"
APPROVER = "0b6a1f3e-2222-4c1d-8e2f-bbbbbbbbbbbb"
INTRUDER = "0b6a1f3e-3333-4c1d-8e2f-cccccccccccc"
CHANNEL = "19:4b1f0c3e8d2a4f6b9c1d2e3f4a5b6c7d@thread.tacv2"


@dataclass
class TeamsHarness:
    client: TestClient
    connector: Any
    keys: Any
    svc: Any
    app: Any
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def token(self, **kw) -> str:
        kw.setdefault("aud", APP_ID)
        kw.setdefault("service_url", self.connector.base_url)
        return self.keys.token(**kw)

    async def post(self, activity: dict, *, token: str | None = None, auth: str | None = None):
        headers = {"Content-Type": "application/json"}
        if auth is not None:
            headers["Authorization"] = auth
        else:
            headers["Authorization"] = "Bearer " + (token or self.token())
        return await self.client.post("/api/messages", json=activity, headers=headers)

    # -- real activity payload shapes ------------------------------------------------------------------
    def base(self, type_: str, *, user: str, conversation: dict | None = None, name: str = "Dr Test",
             tz: str = "Europe/London") -> dict:
        n = next(self._ids)
        return {
            "type": type_, "id": f"1711{n:09d}", "timestamp": "2026-11-27T14:00:00.000Z",
            "localTimestamp": "2026-11-27T14:00:00.000+00:00", "localTimezone": tz,
            "serviceUrl": self.connector.base_url, "channelId": "msteams",
            "from": {"id": f"29:1{user[:8]}-teams-user-id", "name": name, "aadObjectId": user},
            "conversation": conversation or self.personal(user),
            "recipient": {"id": f"28:{APP_ID}", "name": "clinibot"},
            "locale": "en-GB",
            "entities": [{"type": "clientInfo", "locale": "en-GB", "country": "GB", "platform": "Web", "timezone": tz}],
            "channelData": {"tenant": {"id": TENANT}},
        }

    @staticmethod
    def personal(user: str) -> dict:
        return {"conversationType": "personal", "tenantId": TENANT,
                "id": f"a:1Xq9{user.replace('-', '')}Vn7p2KfL0sR4tY8wZ3cB6dE1gH5jM9nQ2rT6vW0xA4zC8eF2hJ6kL0"}

    @staticmethod
    def channel(root: str | None = None) -> dict:
        return {"conversationType": "channel", "isGroup": True, "tenantId": TENANT, "name": "Clinic",
                "id": CHANNEL + (f";messageid={root}" if root else "")}

    def message(self, text: str, *, user: str = CLINICIAN, conversation: dict | None = None, **kw) -> dict:
        act = self.base("message", user=user, conversation=conversation, **kw)
        act.update({"text": text, "textFormat": "plain"})
        if conversation and conversation.get("conversationType") == "channel":
            act["entities"].append({"type": "mention", "text": "<at>clinibot</at>",
                                    "mentioned": {"id": f"28:{APP_ID}", "name": "clinibot"}})
            act["channelData"].update({"teamsChannelId": CHANNEL, "teamsTeamId": CHANNEL,
                                       "channel": {"id": CHANNEL}, "team": {"id": CHANNEL}})
        return act

    def reaction(self, reply_to: str, kind: str = "like", *, user: str = CLINICIAN,
                 conversation: dict | None = None) -> dict:
        act = self.base("messageReaction", user=user, conversation=conversation)
        act.update({"reactionsAdded": [{"type": kind}], "replyToId": reply_to})
        return act

    def invoke(self, verb: str, data: dict, *, reply_to: str, user: str = CLINICIAN,
               conversation: dict | None = None) -> dict:
        act = self.base("invoke", user=user, conversation=conversation)
        act.update({"name": "adaptiveCard/action", "replyToId": reply_to,
                    "value": {"action": {"type": "Action.Execute", "verb": verb, "data": data}, "trigger": "manual"}})
        return act

    async def click(self, sent, verb: str, *, user: str = CLINICIAN, conversation: dict | None = None,
                    inputs: dict | None = None):
        """Press the Action.Execute button `verb` on the card the connector received in `sent`."""
        action = find_action(sent, verb)
        data = dict(action.get("data") or {})
        data.update(inputs or {})
        return await self.post(self.invoke(verb, data, reply_to=sent.id, user=user, conversation=conversation))


def find_action(sent, verb: str, value_suffix: str | None = None) -> dict:
    def walk(node):
        if isinstance(node, dict):
            if node.get("type") == "Action.Execute" and node.get("verb") == verb:
                yield node
            for v in node.values():
                yield from walk(v)
        elif isinstance(node, list):
            for v in node:
                yield from walk(v)

    for action in walk(sent.cards):
        if value_suffix is None or str((action.get("data") or {}).get("value", "")).endswith(value_suffix):
            return action
    raise AssertionError(f"no {verb} button on that card")


@pytest.fixture
def settings_env():
    from tests.curriculum.conftest import FIXTURE_CONTENT

    return {"CLINIBOT_APPROVERS": APPROVER, "CLINIBOT_CURRICULUM_DIR": str(FIXTURE_CONTENT)}


@pytest.fixture
async def teams(db_url, tmp_path, clock, settings_env, monkeypatch):
    from microsoft_agents.hosting.core.authorization import _entra_issuers

    from bot.app import build_app, build_services
    from bot.phi.policy import uninstall_log_filter
    from tests.fakes.bot_connector import FakeBotConnector
    from tests.fakes.jwks_server import BOT_FRAMEWORK_ISSUER, JwksServer

    keys = await JwksServer().start()
    connector = await FakeBotConnector().start()
    # The SDK looks the Bot Framework key set up in this dict by issuer; point it at the loopback server.
    monkeypatch.setitem(_entra_issuers.BOTFRAMEWORK_JWKS_URIS, BOT_FRAMEWORK_ISSUER, keys.jwks_url)
    settings = make_settings(db_url, tmp_path, CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID=APP_ID,
                             CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID=TENANT,
                             CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET="test-client-secret",
                             **settings_env)
    svc = build_services(settings, clock=clock)
    await svc.db.create_all()
    svc.extras["teams.token_provider"] = connector.token_provider
    app = build_app(settings, services=svc, start_background=False)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        yield TeamsHarness(client=client, connector=connector, keys=keys, svc=svc, app=app)
    finally:
        await client.close()
        await connector.close()
        await keys.close()
        await svc.db.dispose()
        uninstall_log_filter()
