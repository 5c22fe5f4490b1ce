"""Writes color.png (192x192) and outline.png (32x32, white on transparent) for the Teams app
package with the standard library only, so the icons can be regenerated anywhere.

    python deploy/teams/make_icons.py
"""
from __future__ import annotations

import struct
import zlib
from pathlib import Path

TEAL = (15, 118, 110, 255)
WHITE = (255, 255, 255, 255)
CLEAR = (0, 0, 0, 0)


def png(width: int, height: int, pixel) -> bytes:
    """An 8-bit RGBA PNG; `pixel(x, y)` gives each pixel's (r, g, b, a)."""
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def _cross(x: int, y: int, size: int, arm: float, thick: float) -> bool:
    c = (size - 1) / 2
    dx, dy = abs(x - c), abs(y - c)
    return (dx <= thick and dy <= arm) or (dy <= thick and dx <= arm)


def color_icon() -> bytes:
    size = 192
    # a full square: Teams rounds the corners itself
    return png(size, size, lambda x, y: WHITE if _cross(x, y, size, 58, 18) else TEAL)


def outline_icon() -> bytes:
    size = 32
    return png(size, size, lambda x, y: WHITE if _cross(x, y, size, 12, 4) else CLEAR)


def main() -> None:
    here = Path(__file__).resolve().parent
    (here / "color.png").write_bytes(color_icon())
    (here / "outline.png").write_bytes(outline_icon())


if __name__ == "__main__":
    main()
