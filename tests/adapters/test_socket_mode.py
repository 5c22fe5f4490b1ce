"""Socket Mode (SLACK_APP_TOKEN): no public URL; envelopes over a WebSocket, acknowledged on it."""
import asyncio
import time

from aiohttp.test_utils import TestClient, TestServer

from tests.conftest import make_settings


async def _wait(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.05)


async def test_socket_mode_acknowledges_answers_and_drops_duplicates(db_url, tmp_path, fake_slack):
    from bot.app import build_app, build_services
    from bot.phi.policy import uninstall_log_filter

    settings = make_settings(db_url, tmp_path, SLACK_BOT_TOKEN="xoxb-test", SLACK_APP_TOKEN="xapp-1-A0001-test",
                             CLINIBOT_SLACK_API_URL=fake_slack.base_url,
                             CLINIBOT_SLACK_RESPONSE_URL_HOSTS=fake_slack.root)
    svc = build_services(settings)
    await svc.db.create_all()
    client = TestClient(TestServer(build_app(settings, services=svc, start_background=True), host="127.0.0.1"))
    await client.start_server()  # start-up opens the Socket Mode connection
    try:
        await _wait(lambda: fake_slack.sockets)
        assert fake_slack.of("apps.connections.open")
        await fake_slack.socket_send({
            "envelope_id": "env-1", "type": "slash_commands", "accepts_response_payload": True,
            "payload": {"token": "x", "team_id": "T0001", "channel_id": "C100", "user_id": "U100",
                        "user_name": "dr.test", "command": "/clinibot", "text": "help", "api_app_id": "A0001",
                        "response_url": f"{fake_slack.root}/response_url/U100", "trigger_id": "t1"}})
        await _wait(lambda: any(a.get("envelope_id") == "env-1" for a in fake_slack.socket_acks))
        [reply] = await fake_slack.wait_for("chat.postEphemeral", timeout=30)
        assert "/draft" in reply["text"] or "/draft" in str(reply.get("blocks"))
        seen = []
        svc.extras["router"].message()(lambda msg, s: _record(seen, msg))
        event = {"token": "x", "team_id": "T0001", "api_app_id": "A0001", "type": "event_callback",
                 "event_id": "EvSock1", "event_time": 1,
                 "event": {"type": "message", "channel": "DU100", "user": "U100", "text": "hello",
                           "ts": "1.1", "channel_type": "im"}}
        for n in (2, 3):  # Socket Mode delivers duplicates too; the dedupe record drops the second
            await fake_slack.socket_send({"envelope_id": f"env-{n}", "type": "events_api", "payload": event,
                                          "accepts_response_payload": False, "retry_attempt": n - 2})
            await _wait(lambda: any(a.get("envelope_id") == f"env-{n}" for a in fake_slack.socket_acks))
        await asyncio.sleep(0.5)
        assert seen == ["hello"]
    finally:
        await client.close()
        await svc.db.dispose()
        uninstall_log_filter()


async def _record(seen, msg):
    seen.append(msg.text)
    return []
