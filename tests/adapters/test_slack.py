"""Genuinely signed requests through the real aiohttp app and bolt, answers to the fake Web API."""
import asyncio
import json
import time
from urllib.parse import urlencode

from tests.conftest import sign


async def test_signed_command_is_acked_and_answered_through_the_web_api(slack):
    resp = await slack.command("/clinibot", "help")
    assert resp.status == 200
    [call] = await slack.api.wait_for("chat.postEphemeral")
    assert call["channel"] == "C100" and call["user"] == "U100"
    assert "/clinibot help" in json.dumps(call)


async def test_unknown_subcommand_gets_usage_help(slack):
    await slack.command("/clinibot", "frobnicate")
    [call] = await slack.api.wait_for("chat.postEphemeral")
    assert "Unknown option" in call["text"] and "Usage" in call["text"]


async def test_bad_signature_gets_401_and_nothing_happens(slack):
    body = urlencode({"command": "/clinibot", "text": "help", "user_id": "U1", "channel_id": "C1"})
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body, secret="wrong-secret")}
    assert (await slack.client.post("/slack/events", data=body, headers=headers)).status == 401
    missing = {"Content-Type": "application/x-www-form-urlencoded"}
    assert (await slack.client.post("/slack/events", data=body, headers=missing)).status == 401
    stale = {"Content-Type": "application/x-www-form-urlencoded", **sign(body, timestamp=int(time.time()) - 301)}
    assert (await slack.client.post("/slack/events", data=body, headers=stale)).status == 401
    await asyncio.sleep(0.2)
    assert [c.method for c in slack.api.calls if c.method != "auth.test"] == []


async def test_url_verification_challenge(slack):
    body = json.dumps({"type": "url_verification", "challenge": "abc123", "token": "x"})
    resp = await slack.client.post("/slack/events", data=body,
                                   headers={"Content-Type": "application/json", **sign(body)})
    assert resp.status == 200 and "abc123" in await resp.text()


async def test_slow_work_runs_after_the_ack(slack):
    import threading

    release = threading.Event()  # the work runs on the worker loop, in another thread
    router = slack.svc.extras["router"]

    @router.command("slowpoke", usage="/slowpoke", summary="test only")
    async def slow(cmd, svc):
        await asyncio.to_thread(release.wait, 10)
        from bot.core import Reply

        return Reply(text="done at last")

    resp = await slack.command("/slowpoke")
    assert resp.status == 200  # acknowledged while the handler is still waiting
    assert not slack.api.of("chat.postMessage")
    release.set()
    [call] = await slack.api.wait_for("chat.postMessage")
    assert call["text"].startswith("done at last")


async def test_retried_event_is_processed_once_also_after_restart(slack, db_url):
    seen = []
    router = slack.svc.extras["router"]

    @router.message()
    async def record(msg, svc):
        seen.append(msg.text)
        return []

    event = {"type": "message", "channel": "D1", "user": "U1", "text": "hello", "ts": "1.1", "channel_type": "im"}
    assert (await slack.event(event, event_id="Ev42")).status == 200
    assert (await slack.event(event, event_id="Ev42", retry=1)).status == 200
    await asyncio.sleep(0.3)
    assert seen == ["hello"]
    # a second worker / a restarted process shares the dedupe record through the database
    from storage.db import Database
    from storage.repos.dedupe import first_time

    other = Database(db_url)
    try:
        assert not await first_time(other, "slack:event:Ev42")
    finally:
        await other.dispose()


async def test_rate_limited_web_api_call_is_retried_after_retry_after(slack):
    slack.api.rate_limit["chat.postEphemeral"] = 1
    await slack.command("/clinibot", "help")
    await slack.api.wait_for("chat.postEphemeral", timeout=15)
    methods = [c.method for c in slack.api.calls]
    assert "chat.postEphemeral:429" in methods
    assert methods.index("chat.postEphemeral:429") < methods.index("chat.postEphemeral")


async def test_handler_failure_gives_a_clear_message(slack):
    router = slack.svc.extras["router"]

    @router.command("broken", usage="/broken", summary="test only")
    async def broken(cmd, svc):
        raise RuntimeError("database exploded with MRN 12345678")

    await slack.command("/broken")
    [call] = await slack.api.wait_for("chat.postEphemeral")
    assert "Something went wrong" in call["text"] and "12345678" not in slack.api.everything()


async def test_healthz_and_metrics(slack):
    resp = await slack.client.get("/healthz")
    assert resp.status == 200 and (await resp.json())["database"] == "ok"
    await slack.command("/clinibot", "help")
    await slack.api.wait_for("chat.postEphemeral")
    text = await (await slack.client.get("/metrics")).text()
    assert 'clinibot_slack_acks_total{kind="command"} 1' in text
    assert 'clinibot_http_request_seconds_bucket{route="/slack/events"' in text
