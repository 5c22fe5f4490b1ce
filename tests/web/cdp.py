"""A minimal Chrome DevTools Protocol client (aiohttp websockets) to drive headless Chromium in tests."""
from __future__ import annotations

import asyncio
import base64
import itertools
import json
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import aiohttp

CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")


def find_chromium() -> str | None:
    for path in CANDIDATES:
        if Path(path).exists():
            return path
    return shutil.which("chromium") or shutil.which("chromium-browser")


class Browser:
    """Headless Chromium on a private profile; one page, commands over the DevTools websocket."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.profile = tempfile.mkdtemp(prefix="cme-chromium-")
        self.proc: subprocess.Popen | None = None
        self.http: aiohttp.ClientSession | None = None
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.session_id = ""
        self._ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []

    async def start(self, width: int = 412, height: int = 915) -> "Browser":
        self.proc = subprocess.Popen(
            [self.binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
             "--disable-extensions", f"--user-data-dir={self.profile}", "--remote-debugging-port=0",
             "--remote-debugging-address=127.0.0.1", f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        for _ in range(300):
            if port_file.exists() and port_file.read_text().strip():
                break
            if self.proc.poll() is not None:
                raise RuntimeError("chromium exited during start-up")
            await asyncio.sleep(0.05)
        port, path = port_file.read_text().split()[:2]
        self.http = aiohttp.ClientSession()
        self.ws = await self.http.ws_connect(f"ws://127.0.0.1:{port}{path}", max_msg_size=64 * 1024 * 1024)
        target = await self.send("Target.createTarget", {"url": "about:blank"}, browser=True)
        attached = await self.send("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True},
                                   browser=True)
        self.session_id = attached["sessionId"]
        await self.send("Page.enable")
        await self.send("Network.enable")
        await self.send("Emulation.setDeviceMetricsOverride",
                        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        return self

    async def send(self, method: str, params: dict | None = None, *, browser: bool = False) -> dict[str, Any]:
        msg_id = next(self._ids)
        msg: dict[str, Any] = {"id": msg_id, "method": method, "params": params or {}}
        if not browser:
            msg["sessionId"] = self.session_id
        await self.ws.send_str(json.dumps(msg))
        while True:
            raw = await asyncio.wait_for(self.ws.receive(), timeout=30)
            data = json.loads(raw.data)
            if data.get("id") == msg_id:
                if "error" in data:
                    raise RuntimeError(f"{method}: {data['error']}")
                return data.get("result", {})
            self.events.append(data)

    async def goto(self, url: str, *, settle: float = 0.3) -> None:
        self.events.clear()
        await self.send("Page.navigate", {"url": url})
        await self.wait_for_load()
        await asyncio.sleep(settle)

    async def wait_for_load(self, timeout: float = 15) -> None:
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while loop.time() < end:
            if any(e.get("method") == "Page.loadEventFired" for e in self.events):
                return
            try:
                raw = await asyncio.wait_for(self.ws.receive(), timeout=max(0.01, end - loop.time()))
            except asyncio.TimeoutError:
                break
            self.events.append(json.loads(raw.data))
        raise TimeoutError("page did not load")

    async def evaluate(self, expression: str) -> Any:
        res = await self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return res.get("result", {}).get("value")

    async def screenshot(self, path: Path) -> None:
        res = await self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(res["data"]))

    async def cookies(self) -> list[dict[str, Any]]:
        return (await self.send("Network.getAllCookies"))["cookies"]

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        if self.http is not None:
            await self.http.close()
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)
