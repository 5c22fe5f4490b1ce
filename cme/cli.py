"""`clinibot cme export [FROM] [TO] [--format csv|tsv|pdf|xapi] [--out DIR]`: the same exports an
educator gets with `/cme export`, written to files by the operator (no chat platform needed).
The run is recorded in the audit log like any export."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Any

USAGE = "usage: clinibot cme export [FROM] [TO] [--format csv|tsv|pdf|xapi] [--out DIR]"


def main(argv: list[str], *, settings: Any) -> int:
    if argv[:1] != ["export"]:
        print(USAGE, file=sys.stderr)
        return 2
    args, out = list(argv[1:]), Path(".")
    if "--out" in args:
        i = args.index("--out")
        if i + 1 >= len(args):
            print(USAGE, file=sys.stderr)
            return 2
        out = Path(args[i + 1])
        del args[i:i + 2]
    from bot.core import UsageError
    from cme.commands import parse_export_args

    try:
        start, end, fmt = parse_export_args(args)
    except UsageError as exc:
        print(str(exc).replace("`", ""), file=sys.stderr)
        return 2
    return asyncio.run(_export(settings, start, end, fmt, out))


async def _export(settings: Any, start, end, fmt: str, out: Path) -> int:
    from bot.app import build_services
    from cme.commands import cme_config
    from cme.exporters import EXPORTERS, ExportRequest

    svc = build_services(settings)
    try:
        req = ExportRequest(svc.db, cme_config(svc), start, end, issued=svc.clock().date(), clock=svc.clock)
        result = await EXPORTERS[fmt](req)
        out.mkdir(parents=True, exist_ok=True)
        for f in result.files:
            (out / f.filename).write_bytes(f.content)
            print(out / f.filename)
        await svc.audit.record("cli:operator", "cme.export", fmt, {"from": str(start or ""), "to": str(end or ""),
                                                                   "rows": len(result.files)})
        print(result.summary)
        return 0
    finally:
        await svc.db.dispose()
