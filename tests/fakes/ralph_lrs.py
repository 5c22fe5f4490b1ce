"""A real Ralph LRS on loopback for tests: its own venv (created if missing), a free port, a scratch dir.

The venv lives at `<repo>/.ralph-venv` (git-ignored). CI pre-creates it with:
    python3 -m venv .ralph-venv && .ralph-venv/bin/pip install 'ralph-malph[cli,lrs]==5.1.0' requests
"""
from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
VENV = REPO_ROOT / ".ralph-venv"
LAUNCHER = Path(__file__).with_name("ralph_launcher.py")
USER, PASSWORD = "cmebot", "cme-secret"


class RalphUnavailable(RuntimeError):
    pass


def ensure_venv() -> Path:
    """The Ralph venv's python, creating the venv on first use (needs PyPI access)."""
    py = VENV / "bin" / "python"
    ralph = VENV / "bin" / "ralph"
    if py.exists() and ralph.exists():
        return py
    try:
        subprocess.run(["python3", "-m", "venv", str(VENV)],
                       check=True, capture_output=True, timeout=120)
        subprocess.run([str(VENV / "bin" / "pip"), "install", "-q", "ralph-malph[cli,lrs]==5.1.0", "requests"],
                       check=True, capture_output=True, timeout=600)
    except (subprocess.SubprocessError, OSError) as exc:
        raise RalphUnavailable(f"could not create {VENV}: {exc}") from exc
    return py


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class RalphServer:
    url: str  # the xAPI base, e.g. http://127.0.0.1:PORT/xAPI
    process: subprocess.Popen
    username: str = USER
    password: str = PASSWORD

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start(workdir: Path) -> RalphServer:
    """Write auth.json with `ralph auth`, launch the APPEND-patched server, wait for the heartbeat."""
    py = ensure_venv()
    app_dir, data_dir = workdir / "ralph-app", workdir / "lrs-data"
    app_dir.mkdir(parents=True, exist_ok=True)
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "RALPH_APP_DIR": str(app_dir), "RALPH_RUNSERVER_BACKEND": "fs"}
    subprocess.run([str(VENV / "bin" / "ralph"), "auth", "-u", USER, "-p", PASSWORD, "-s", "all",
                    "-M", "mailto:cmebot@example.org", "-w"], env=env, cwd=workdir, check=True,
                   capture_output=True, timeout=60)
    port = free_port()
    log = open(workdir / "ralph.log", "wb")
    proc = subprocess.Popen([str(py), str(LAUNCHER), str(port), str(data_dir)], env=env, cwd=workdir,
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RalphUnavailable(f"ralph exited: {(workdir / 'ralph.log').read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{base}/__heartbeat__", timeout=1) as r:
                if r.status == 200:
                    return RalphServer(f"{base}/xAPI", proc)
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RalphUnavailable("ralph did not answer its heartbeat within 30 s")
