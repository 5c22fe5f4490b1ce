"""Cited answers from retrieved passages: extractive offline, validated synthesis with a model.

A citation that does not support its sentence is worse than no answer, so a model's synthesis is
checked mechanically: each sentence must carry at least one ``[n]`` marker and every marker must
name a passage that was actually shown to the model. Sentences failing either rule are dropped
and counted; if nothing survives the answer falls back to extractive sentences, which are cited
by construction.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol, Sequence

from bot.evidence.analysis import analyze, best_sentences, split_sentences
from bot.evidence.index import Hit

DISCLAIMER = "AI support, not a clinical decision"
MAX_PASSAGES = 5
PASSAGE_CHARS = 1500


class LLM(Protocol):
    name: str

    async def complete(self, messages: list[dict], max_tokens: int = 800) -> str: ...


@dataclass(slots=True)
class Sentence:
    text: str
    cites: list[int]


@dataclass(slots=True)
class Citation:
    n: int
    title: str
    source: str
    year: str
    url: str
    doc_id: str = ""


@dataclass(slots=True)
class Answer:
    question: str
    sentences: list[Sentence]
    citations: list[Citation]
    dropped: int = 0
    mode: str = "extractive"
    notice: str | None = None
    notes: list[str] = field(default_factory=list)

    def to_text(self) -> str:
        lines: list[str] = []
        if self.notice:
            lines.append(f"Note: {self.notice}")
        if self.sentences:
            lines.append(" ".join(f"{s.text} {''.join(f'[{n}]' for n in s.cites)}".strip()
                                  for s in self.sentences))
        else:
            lines.append("No matching evidence was found in the sources searched.")
        if self.dropped:
            noun = "sentence" if self.dropped == 1 else "sentences"
            lines.append(f"({self.dropped} {noun} without a valid citation removed.)")
        lines.extend(self.notes)
        if self.citations:
            lines.append("Sources:")
            for c in self.citations:
                year = f", {c.year}" if c.year else ""
                src = f" {c.source}{year}." if c.source else (f" {c.year}." if c.year else "")
                url = f" {c.url}" if c.url else ""
                title = c.title if c.title[-1:] in ".?!" else f"{c.title}."
                lines.append(f"[{c.n}] {title}{src}{url}")
        lines.append(f"{DISCLAIMER}.")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["text"] = self.to_text()
        return d


def _citations(hits: Sequence[Hit]) -> list[Citation]:
    return [Citation(n=i, title=h.title.strip() or h.doc_id, source=h.source, year=h.published[:4],
                     url=h.url, doc_id=h.doc_id) for i, h in enumerate(hits, 1)]


def _passage_text(h: Hit) -> str:
    return h.text or h.snippet


# "Population: ..." / "Grade: ..." tails of curated cards are shown with the source, not as claims.
_LABEL_LINE = re.compile(r"^(Population|Grade):")


def extractive(question: str, hits: Sequence[Hit], max_sentences: int = 4, min_sentences: int = 2,
               keep_ratio: float = 0.4) -> list[Sentence]:
    """The best 2-4 sentences across the top passages, each cited to its passage.

    Sentence scores (query-term overlap) are damped by passage rank and, for a passage's second
    and third sentences, a little more so the answer draws on several sources. Sentences well
    below the best one are left out unless needed to reach ``min_sentences``.
    """
    weights = {t: 1.0 for t in analyze(question)}
    pool: list[tuple[float, int, int, str]] = []  # (score, passage, position, sentence)
    for rank, h in enumerate(hits):
        # A sentence inherits half credit for query terms in its passage's title: "USPSTF
        # recommends a statin..." under a title about primary prevention answers that question.
        title_terms = set(analyze(h.title))
        bonus = {t: 0.5 * w for t, w in weights.items() if t in title_terms}
        damp = 1.0 / (1.0 + 0.3 * rank)
        picks = [p for p in best_sentences(_passage_text(h), weights, n=5) if not _LABEL_LINE.match(p[2])]
        for j, (pos, sc, sent) in enumerate(picks[:3]):
            present = set(analyze(sent))
            sc += sum(w for t, w in bonus.items() if t not in present)
            pool.append((sc * damp * (0.85 ** j), rank, pos, sent))
    pool.sort(key=lambda x: (-x[0], x[1], x[2]))
    if not pool:
        return []
    best = pool[0][0]
    chosen = [c for c in pool if best > 0 and c[0] >= keep_ratio * best][:max_sentences]
    for c in pool:
        if len(chosen) >= min_sentences:
            break
        if c not in chosen:
            chosen.append(c)
    chosen.sort(key=lambda x: (x[1], x[2]))  # passage order reads better than score order
    return [Sentence(text=s, cites=[i + 1]) for _, i, _, s in chosen]


_MARKER = re.compile(r"\[(\d+(?:\s*[-–,]\s*\d+)*)\]")
_MOVE_TRAILING = re.compile(r"([.!?])\s*((?:\[\d+(?:\s*[-–,]\s*\d+)*\]\s*)+)")


def _marker_numbers(group: str) -> list[int]:
    nums: list[int] = []
    for part in re.split(r"\s*,\s*", group):
        if re.search(r"[-–]", part):
            a, b = (int(x) for x in re.split(r"\s*[-–]\s*", part)[:2])
            if b < a or b - a > 20:
                nums.extend([a, b])
            else:
                nums.extend(range(a, b + 1))
        elif part.strip():
            nums.append(int(part))
    return nums


def validate(text: str, n_passages: int) -> tuple[list[Sentence], int]:
    """Keep the sentences whose markers all point to passages 1..n and that have at least one."""
    body = _MOVE_TRAILING.sub(lambda m: f" {m.group(2).strip()}{m.group(1)} ", text or "")
    kept: list[Sentence] = []
    dropped = 0
    for line in body.splitlines():
        line = line.strip().lstrip("-*• ").strip()
        if not line:
            continue
        for raw in re.split(r"(?<=[.!?])\s+(?=\S)", line):
            raw = raw.strip()
            if not re.search(r"[A-Za-z]", _MARKER.sub("", raw)):
                continue  # stray marker or punctuation, not a statement
            nums = [n for g in _MARKER.findall(raw) for n in _marker_numbers(g)]
            if not nums or any(n < 1 or n > n_passages for n in nums):
                dropped += 1
                continue
            clean = re.sub(r"\s+([.,;:!?])", r"\1", re.sub(r"\s+", " ", _MARKER.sub("", raw))).strip()
            kept.append(Sentence(text=clean, cites=sorted(set(nums))))
    return kept, dropped


def build_messages(question: str, hits: Sequence[Hit]) -> list[dict]:
    passages = []
    for i, h in enumerate(hits, 1):
        meta = ", ".join(x for x in (h.source, h.published[:4]) if x)
        body = _passage_text(h)
        if len(body) > PASSAGE_CHARS:
            body = body[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
        passages.append(f"[{i}] {h.title}" + (f" ({meta})" if meta else "") + f"\n{body}")
    system = (
        "You answer a clinician's question using ONLY the numbered passages provided. "
        "Write 2-5 short sentences of plain prose (no headings, no lists). End every sentence with "
        "one or more markers such as [1] or [2][3] naming the passages that support it. Never cite "
        "a number that is not in the list and never add facts, numbers or doses the passages do "
        "not state. If the passages do not answer the question, say so in one sentence citing the "
        "closest passage."
    )
    user = f"Question: {question}\n\nPassages:\n\n" + "\n\n".join(passages)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


async def compose(question: str, hits: Sequence[Hit], llm: LLM | None = None, *,
                  notice: str | None = None, max_passages: int = MAX_PASSAGES,
                  max_tokens: int = 500) -> Answer:
    """A cited answer to ``question`` from ``hits`` (best first)."""
    hits = list(hits)[:max_passages]
    citations = _citations(hits)
    if not hits:
        return Answer(question=question, sentences=[], citations=[], notice=notice)
    if llm is None:
        return Answer(question=question, sentences=extractive(question, hits), citations=citations,
                      notice=notice)
    notes: list[str] = []
    try:
        raw = await llm.complete(build_messages(question, hits), max_tokens=max_tokens)
    except Exception as exc:  # any backend failure must still leave the clinician an answer
        notes.append(f"The model ({getattr(llm, 'name', 'model')}) failed ({exc.__class__.__name__}); "
                     "showing the best sentences from the sources instead.")
        return Answer(question=question, sentences=extractive(question, hits), citations=citations,
                      notice=notice, notes=notes)
    kept, dropped = validate(raw, len(hits))
    if not kept:
        notes.append("The model's answer could not be matched to the sources; "
                     "showing the best sentences from the sources instead.")
        return Answer(question=question, sentences=extractive(question, hits), citations=citations,
                      dropped=dropped, notice=notice, notes=notes)
    return Answer(question=question, sentences=kept, citations=citations, dropped=dropped,
                  mode=getattr(llm, "name", "model"), notice=notice)


def split_answer_sentences(text: str) -> list[str]:
    """Exposed for callers that post an answer sentence by sentence."""
    return split_sentences(text)
