"""``clinibot phi scan``: read text on stdin, print one JSON line per identifier found.

By default a line holds offsets, category and confidence only, so audit output can be kept
or shared without copying the PHI it points at; ``--show`` adds the matched text.
Exit status: 0 when nothing was found, 1 when PHI was found (like ``grep``), 2 on bad usage.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from bot.phi.detector import find_phi


def scan(stdin: TextIO, stdout: TextIO, argv: list[str] | bool | None = None) -> int:
    """Scan stdin. ``argv`` is the rest of the command line (``["--show"]``) or a bool for show."""
    if isinstance(argv, bool):
        show = argv
    else:
        try:
            show = _parser().parse_args(list(argv or [])).show
        except SystemExit as exc:
            return int(exc.code or 0) and 2
    text = stdin.read()
    spans = find_phi(text)
    for sp in spans:
        row: dict[str, object] = {
            "start": sp.start,
            "end": sp.end,
            "category": sp.category,
            "confidence": round(sp.confidence, 2),
        }
        if show:
            row["text"] = sp.text_of(text)
        stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    stdout.flush()
    return 1 if spans else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="clinibot phi scan", description="Find PHI in text read from stdin.")
    parser.add_argument("--show", action="store_true", help="include the matched text in each JSON line")
    return parser


def main(argv: list[str] | None = None) -> int:
    return scan(sys.stdin, sys.stdout, sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
