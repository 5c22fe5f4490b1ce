"""Inbound JWT validation through the SDK's validator against a loopback key set."""
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from sqlalchemy import func, select

from storage.models.teams import TeamsConversation
from tests.teams.conftest import APP_ID


async def _count(svc) -> int:
    async with svc.db.session() as s:
        return (await s.execute(select(func.count()).select_from(TeamsConversation))).scalar_one()


async def test_valid_token_is_accepted_and_the_bot_answers(teams):
    resp = await teams.post(teams.message("help"))
    assert resp.status in (200, 202)
    [reply] = teams.connector.posts()
    assert "/draft" in reply.text and reply.authorization.startswith("Bearer connector-")
    assert teams.keys.hits >= 1
    assert await _count(teams.svc) == 1


def _other_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.mark.parametrize("case", ["wrong_audience", "expired", "unknown_kid", "wrong_issuer", "wrong_key",
                                  "no_token", "not_bearer", "garbage"])
async def test_bad_tokens_are_refused_and_change_nothing(teams, case):
    auth = None
    if case == "wrong_audience":
        auth = "Bearer " + teams.token(aud="00000000-0000-0000-0000-000000000001")
    elif case == "expired":
        auth = "Bearer " + teams.token(lifetime=-3600)
    elif case == "unknown_kid":
        auth = "Bearer " + teams.token(kid="not-in-the-key-set", key=_other_key())
    elif case == "wrong_issuer":
        auth = "Bearer " + teams.token(iss="https://issuer.example.org")
    elif case == "wrong_key":
        auth = "Bearer " + teams.token(key=_other_key())
    elif case == "no_token":
        auth = ""
    elif case == "not_bearer":
        auth = "Basic " + teams.token()
    elif case == "garbage":
        auth = "Bearer not.a.jwt"
    resp = await teams.post(teams.message("draft referral reason: knee pain"), auth=auth)
    assert resp.status == 401
    assert not teams.connector.sent and not teams.connector.token_requests
    assert await _count(teams.svc) == 0
    assert not await teams.svc.audit.entries()
    if case == "wrong_issuer":
        assert teams.keys.hits == 0  # refused before any key lookup


async def test_route_answers_503_without_teams_settings(tmp_path, db_url):
    from aiohttp.test_utils import TestClient, TestServer

    from bot.app import build_app, build_services, integration_report
    from tests.conftest import make_settings

    settings = make_settings(db_url, tmp_path)
    svc = build_services(settings)
    await svc.db.create_all()
    client = TestClient(TestServer(build_app(settings, services=svc, start_background=False), host="127.0.0.1"))
    await client.start_server()
    try:
        resp = await client.post("/api/messages", json={"type": "message"})
        assert resp.status == 503
        assert "CLIENTID" in (await resp.json())["error"]
    finally:
        await client.close()
        await svc.db.dispose()
    assert any(line.startswith("Microsoft Teams: off") for line in integration_report(settings))
    assert APP_ID not in " ".join(integration_report(settings))


async def test_token_for_another_service_url_is_refused(teams):
    token = teams.token(service_url="https://smba.attacker.example/amer/")
    resp = await teams.post(teams.message("help"), token=token)
    assert resp.status == 401 and not teams.connector.sent and not teams.connector.token_requests


async def test_activity_from_another_tenant_is_refused(teams):
    act = teams.message("help")
    act["conversation"]["tenantId"] = act["channelData"]["tenant"]["id"] = "11111111-2222-3333-4444-555555555555"
    resp = await teams.post(act)
    assert resp.status == 403 and not teams.connector.sent
