"""`clinibot teams package`: a zip with manifest.json and the icons at its root, ids filled in."""
import json
import struct
import zipfile

from bot.cli import main
from tests.teams.conftest import APP_ID

ENV = {"CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID": APP_ID,
       "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET": "x",
       "CLINIBOT_PUBLIC_URL": "https://clinibot.example-hospital.org"}


def _png(data: bytes) -> tuple[int, int, int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height, depth, color_type = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, color_type


def _pixels_rgba(data: bytes, width: int, height: int) -> list[tuple[int, ...]]:
    import zlib

    pos, idat = 8, b""
    while pos < len(data):
        length = struct.unpack(">I", data[pos:pos + 4])[0]
        kind = data[pos + 4:pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * 4 + 1
    assert all(raw[y * stride] == 0 for y in range(height))  # filter "none", as written
    return [tuple(raw[y * stride + 1 + x * 4:y * stride + 5 + x * 4]) for y in range(height) for x in range(width)]


def test_package_has_a_valid_manifest_and_icons(tmp_path, monkeypatch, capsys):
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)
    out = tmp_path / "pkg" / "clinibot-teams.zip"
    assert main(["teams", "package", "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(z.read("manifest.json"))
        color, outline = z.read("color.png"), z.read("outline.png")
    assert manifest["manifestVersion"] == "1.17" and manifest["id"] == APP_ID
    assert "{{" not in json.dumps(manifest)
    bot = manifest["bots"][0]
    assert bot["botId"] == APP_ID and set(bot["scopes"]) == {"personal", "team", "groupChat"}
    commands = bot["commandLists"][0]["commands"]
    assert {c["title"] for c in commands} >= {"draft", "evidence", "train", "cme", "help"}
    assert all(len(c["title"]) <= 32 and len(c["description"]) <= 128 for c in commands) and len(commands) <= 10
    assert manifest["validDomains"] == ["clinibot.example-hospital.org"]
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["description"]["short"]) <= 80
    assert len(manifest["description"]["full"]) <= 4000
    assert manifest["icons"] == {"color": "color.png", "outline": "outline.png"}
    assert _png(color) == (192, 192, 8, 6) and _png(outline) == (32, 32, 8, 6)
    # the outline icon is white on transparent only
    assert set(_pixels_rgba(outline, 32, 32)) == {(255, 255, 255, 255), (0, 0, 0, 0)}
    assert "wrote" in capsys.readouterr().out


def test_package_refuses_without_a_bot_id(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID", raising=False)
    assert main(["teams", "package", "--out", str(tmp_path / "x.zip")]) == 2
    assert "CLIENTID" in capsys.readouterr().err and not (tmp_path / "x.zip").exists()


def test_checked_in_icons_match_the_generator():
    from pathlib import Path
    import importlib.util

    here = Path(__file__).resolve().parents[2] / "deploy" / "teams"
    spec = importlib.util.spec_from_file_location("make_icons", here / "make_icons.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert (here / "color.png").read_bytes() == mod.color_icon()
    assert (here / "outline.png").read_bytes() == mod.outline_icon()
