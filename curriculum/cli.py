"""`clinibot train estimate [track] [--root DIR]`: the time evidence behind each track's declared minutes.

Prints, per module, the declared minutes, the model's estimate and the breakdown by activity kind,
then says whether the track passes the loader's tolerances (exit status 1 when it does not).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from curriculum import timing
from curriculum.loader import CONTENT_ROOT, TRACK_ORDER, ContentError, load_track

USAGE = "usage: clinibot train estimate [track] [--root DIR]"


def main(argv: list[str], settings: Any = None) -> int:
    args = list(argv)
    if not args or args[0] != "estimate":
        print(USAGE, file=sys.stderr)
        return 2
    args = args[1:]
    root = CONTENT_ROOT
    if "--root" in args:
        i = args.index("--root")
        if i + 1 >= len(args):
            print(USAGE, file=sys.stderr)
            return 2
        root = Path(args[i + 1])
        del args[i:i + 2]
    names = args or [t for t in TRACK_ORDER if (root / t / "track.yaml").is_file()]
    status = 0
    for name in names:
        if not (root / name / "track.yaml").is_file():
            print(f"{name}: no such track under {root}", file=sys.stderr)
            return 2
        try:
            track = load_track(root / name, check_time=False)
        except ContentError as exc:
            print(f"{name}: {exc}")
            status = 1
            continue
        print(timing.render_breakdown(track))
        try:
            load_track(root / name)
            print("  within tolerance: yes\n")
        except ContentError as exc:
            print(f"  within tolerance: NO — {exc}\n")
            status = 1
    return status
