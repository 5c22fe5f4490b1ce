"""``clinibot evidence ...`` subcommands: build an index, search it, write TREC run files.

The batch mode exists so any benchmark can be scored from outside with standard tools: queries in
BEIR's JSON lines (``_id``, ``text``), output in TREC run format (``qid Q0 docid rank score tag``).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any, Iterator, TextIO

from bot.evidence.answer import compose
from bot.evidence.corpus import (
    CUSTOM_SUBDIR,
    LOADERS,
    active_index,
    curated_docs,
    iter_corpus,
)
from bot.evidence.index import EvidenceIndex


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="clinibot evidence", description="Evidence index and search")
    sub = p.add_subparsers(dest="cmd", required=True)
    ix = sub.add_parser("index", help="build an index from a corpus file or directory")
    ix.add_argument("--corpus", required=True, type=Path, help="JSON lines file, BEIR dir or MedQuAD file")
    ix.add_argument("--format", choices=sorted(LOADERS), default=None, help="default: detected")
    ix.add_argument("--out", type=Path, default=None,
                    help=f"index directory (default: <evidence dir>/{CUSTOM_SUBDIR}, which /evidence then searches)")
    ix.add_argument("--with-curated", action="store_true", help="also index the shipped curated cards")
    ix.add_argument("--semantic", action="store_true", help="also store dense vectors (optional extra)")
    se = sub.add_parser("search", help="search the index")
    se.add_argument("question")
    se.add_argument("-k", type=int, default=5)
    se.add_argument("--json", action="store_true", help="hits and answer as JSON")
    se.add_argument("--index", type=Path, default=None)
    ba = sub.add_parser("batch", help="run many queries and write a TREC run file")
    ba.add_argument("--queries", required=True, type=Path, help="JSON lines with _id and text")
    ba.add_argument("--out", required=True, type=Path)
    ba.add_argument("-k", type=int, default=100)
    ba.add_argument("--tag", default="clinibot")
    ba.add_argument("--index", type=Path, default=None)
    return p


def _docs(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    if args.with_curated:
        yield from curated_docs()
    yield from iter_corpus(args.corpus, args.format)


def main(argv: list[str], *, index_dir: Path, out: TextIO | None = None) -> int:
    """Run one subcommand; ``index_dir`` is the evidence data directory (see ``active_index``)."""
    out = out or sys.stdout
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.cmd == "index":
        target = args.out or Path(index_dir) / CUSTOM_SUBDIR
        t0 = time.perf_counter()
        idx = EvidenceIndex.build(_docs(args), target, semantic=args.semantic,
                                  extra_meta={"corpus": str(args.corpus), "with_curated": args.with_curated})
        print(f"indexed {len(idx)} passages into {target} in {time.perf_counter() - t0:.1f} s", file=out)
        return 0
    idx = EvidenceIndex.open(args.index) if args.index else active_index(Path(index_dir))
    if args.cmd == "search":
        hits = idx.search(args.question, k=args.k)
        answer = asyncio.run(compose(args.question, hits))
        if args.json:
            json.dump({"question": args.question, "hits": [h.to_dict() for h in hits],
                       "answer": answer.to_dict()}, out, indent=2)
            out.write("\n")
        else:
            print(answer.to_text(), file=out)
        return 0
    if args.cmd == "batch":
        n = 0
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with open(args.queries, encoding="utf-8") as qf, open(args.out, "w", encoding="utf-8") as rf:
            for line_no, line in enumerate(qf, 1):
                if not line.strip():
                    continue
                q = json.loads(line)
                if "_id" not in q or "text" not in q:
                    print(f"{args.queries}:{line_no}: query needs _id and text", file=sys.stderr)
                    return 2
                qid = str(q["_id"]).replace(" ", "_")
                for rank, (doc_id, score) in enumerate(idx.ranked_ids(q["text"], args.k), 1):
                    rf.write(f"{qid} Q0 {doc_id.replace(' ', '_')} {rank} {score:.6f} {args.tag}\n")
                n += 1
        print(f"wrote {n} queries to {args.out}", file=out)
        return 0
    return 2
