"""`clinibot teams package [--out FILE]`: the app package a Teams admin uploads.

The zip holds manifest.json and the two icons at its root, with the ids filled from the settings
(the SDK's CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID, CLINIBOT_TEAMS_APP_ID, CLINIBOT_PUBLIC_URL).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

TEMPLATE_DIR = Path(__file__).resolve().parent.parent / "deploy" / "teams"
ICONS = ("color.png", "outline.png")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class PackageError(ValueError):
    """A one-line reason the package cannot be built."""


def build_manifest(settings: Any, template_dir: Path = TEMPLATE_DIR) -> dict:
    bot_id = settings.teams_client_id
    app_id = settings.teams_app_id or bot_id
    for name, value in (("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID", bot_id),
                        ("CLINIBOT_TEAMS_APP_ID", app_id)):
        if not _GUID.match(value or ""):
            raise PackageError(f"{name} must be the app's GUID, got {value!r}")
    public = settings.public_url.rstrip("/")
    host = urlparse(public).hostname or ""
    if not public.startswith("https://") or host in ("", "localhost", "127.0.0.1"):
        print(f"warning: CLINIBOT_PUBLIC_URL is {public!r}; Teams needs the public https address", file=sys.stderr)
    if not (template_dir / "manifest.json").is_file():
        raise PackageError(f"the manifest template is not at {template_dir}; run from the source checkout")
    text = (template_dir / "manifest.json").read_text(encoding="utf-8")
    for key, value in {"TEAMS_APP_ID": app_id, "BOT_ID": bot_id, "PUBLIC_URL": public, "PUBLIC_HOST": host}.items():
        text = text.replace("{{" + key + "}}", value)
    return json.loads(text)


def write_package(settings: Any, out: Path, template_dir: Path = TEMPLATE_DIR) -> Path:
    manifest = build_manifest(settings, template_dir)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False))
        for icon in ICONS:
            z.write(template_dir / icon, arcname=icon)
    return out


def main(argv: list[str], *, settings: Any) -> int:
    parser = argparse.ArgumentParser(prog="clinibot teams", description="Microsoft Teams app package.")
    sub = parser.add_subparsers(dest="cmd", required=True)
    pkg = sub.add_parser("package", help="write the app package zip (manifest.json + icons)")
    pkg.add_argument("--out", default="clinibot-teams.zip", help="zip file to write (default: clinibot-teams.zip)")
    args = parser.parse_args(argv)
    try:
        out = write_package(settings, Path(args.out))
    except PackageError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {out} (upload it in Teams: Apps > Manage your apps > Upload an app)")
    return 0
