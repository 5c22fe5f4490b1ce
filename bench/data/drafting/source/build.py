#!/usr/bin/env python3
"""Build an independent evaluation set of one-line /draft requests.

Each case: skill, text (the line after /draft, starting with the skill name),
expected {field: exact substring | [substrings]}; choice fields use canonical values.
Checks substrings + field names, then writes a fixed-seed, skill-stratified 2/3-1/3 split.
"""
import json, random, re, sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent
FIELDS = {
 "referral": "patient* referring_specialty* receiving_specialty* urgency* clinical_question* reason* history medications* allergies* results tried",
 "prior-auth": "payer* review_type diagnosis* icd10_codes* requested_service* service_codes quantity medical_necessity* prior_therapies* guideline",
 "appeal": "payer* appeal_level review_type denial_reference requested_service* service_codes icd10_codes* denial_reason* rebuttal* evidence* prior_therapies requested_action",
 "patient-instructions": "condition* explanation steps* medications avoid warning_signs* emergency_signs* follow_up*",
 "discharge-summary": "patient* admission_diagnosis* discharge_diagnoses* length_of_stay hospital_course* procedures meds_started meds_changed meds_stopped allergies condition_at_discharge* disposition follow_up* pending_results*",
 "patient-message": "question* answer_points* next_steps safety_net*",
}
FIELDS = {k: [f.rstrip("*") for f in v.split()] for k, v in FIELDS.items()}
CHOICES = {
 "urgency": {"routine", "urgent", "emergent"},
 "review_type": {"standard", "expedited"},
 "appeal_level": {"first-level internal", "second-level internal", "external review"},
}

SOURCE_TMPL = """# Independent evaluation set: one-line /draft requests

## How it was written
All requests were hand-written for this set by one author, without looking at the
extractor's code, prompts or tests (the only project file consulted was the list of
skills and fields). Every patient is synthetic: ages/sexes, labs and clinical details are
invented; there are no names, dates of birth, MRNs or other identifiers. Denial/reference
numbers (e.g. `PA-88213`) are made up. Payer names are ordinary US payer names used as
plain text. Clinical content was kept sensible (e.g. guideline intervals, drug doses).

Style is deliberately that of busy US clinicians: abbreviations (`61M`, `h/o`, `c/o`, `s/p`,
`NKDA`, `f/u 2 wk`, `LOS 3d`, `d/c'd`, `BID`), ICD-10 / CPT / HCPCS codes, lowercase,
comma-or-nothing separators, a few typos kept verbatim (`asymetric`, `snorring`, `wnats`),
a few `label: value` or `key | value` lines, very short and very long lines.

## Files
- `build.py` - the generator and checker (cases live in `cases_*.py`).
  Run `python3 build.py`: it validates every case, then writes the split and this file.
- `dev.jsonl`, `test.jsonl` - one JSON object per line:
  `{"id", "skill", "text", "expected": {field: substring | [substrings]}}`.

## Annotation conventions
1. `text` is exactly what follows `/draft `, starting with the skill name.
2. Expected values are EXACT substrings of `text` (after the skill name), copied as typed
   (abbreviations, typos and case kept). The checker enforces this.
3. Exceptions - choice fields take the canonical choice: `urgency` (routine/urgent/emergent),
   `review_type` (standard/expedited), `appeal_level` (first-level internal /
   second-level internal / external review). Annotated only when the text states it
   (e.g. `expedite pls` -> expedited, `2nd lvl` -> second-level internal).
4. `patient` is the typed age/sex token (`58M`, `34f`, `8yo M`, `68 M`, `9mo M`).
5. Only facts present in the text are annotated; nothing is inferred. Required fields are
   therefore sometimes absent from `expected` (the extractor should leave them empty or
   ask, not invent). Explicit negatives are annotated (`no meds`, `NKDA`, `no pending`,
   `no prior tx`).
6. A field with several separate pieces is a JSON list of substrings (order = text order);
   matching should be judged on content, not on how pieces are split or joined.
7. Spans are minimal but meaningful: connective words such as `to`, `on`, `pls`, `warn`,
   `call if`, `ER if` are generally left out (patient-message `safety_net` keeps the
   `call ...`/`ER ...` phrase, since the action is the point). For `avoid`, a leading
   `no`/`avoid` is dropped where the rest reads on its own.
8. The same words are not normally put in two fields; where one phrase could fit two fields
   (e.g. a failed drug named inside the rebuttal), the text was worded so each field has its
   own span.
9. Field names are checked against the skill's field list.

## Split
Fixed seed (20261205), stratified by skill: for each skill, floor(n/3) cases go to test and
the rest to dev.

{{TABLE}}
"""

sys.path.insert(0, str(OUT))
from cases import CASES  # list of (skill, text, expected)

def check(skill, text, exp):
    errs = []
    if skill not in FIELDS: errs.append(f"unknown skill {skill}")
    if not text.startswith(skill + " "): errs.append("text must start with skill name")
    if "\n" in text: errs.append("multi-line text")
    for f, v in exp.items():
        if f not in FIELDS.get(skill, []): errs.append(f"bad field {f}")
        if f in CHOICES:
            if v not in CHOICES[f]: errs.append(f"{f}={v!r} not a canonical choice")
            continue
        vals = v if isinstance(v, list) else [v]
        if not vals: errs.append(f"{f}: empty list")
        for s in vals:
            if not isinstance(s, str) or not s.strip(): errs.append(f"{f}: empty value")
            elif s not in text[len(skill):]: errs.append(f"{f}: {s!r} not in text")
    return errs

def main():
    bad = 0; seen = set()
    for skill, text, exp in CASES:
        if text in seen: print("DUPLICATE:", text); bad += 1
        seen.add(text)
        for e in check(skill, text, exp):
            print(f"ERROR [{text[:60]}...]: {e}"); bad += 1
    if bad: sys.exit(f"{bad} errors")
    prefix = {"referral": "ref", "prior-auth": "pa", "appeal": "app", "patient-instructions": "pi",
              "discharge-summary": "ds", "patient-message": "pm"}
    by = {}
    for skill, text, exp in CASES:
        by.setdefault(skill, []).append((skill, text, exp))
    rng = random.Random(20261205)
    dev, test = [], []
    for skill in FIELDS:
        items = [{"id": f"{prefix[skill]}-{i+1:03d}", "skill": s, "text": t, "expected": e}
                 for i, (s, t, e) in enumerate(by.get(skill, []))]
        idx = list(range(len(items))); rng.shuffle(idx)
        ntest = len(items) // 3
        tset = set(idx[:ntest])
        for i, it in enumerate(items):
            (test if i in tset else dev).append(it)
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(OUT / name, "w") as fh:
            for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cd = Counter(r["skill"] for r in dev); ct = Counter(r["skill"] for r in test)
    nf = Counter(); 
    for s, t, e in CASES: nf[s] += len(e)
    table = "| skill | dev | test | total | annotated fields |\n|---|---|---|---|---|\n"
    for s in FIELDS:
        table += f"| {s} | {cd[s]} | {ct[s]} | {cd[s]+ct[s]} | {nf[s]} |\n"
    table += f"| **all** | {len(dev)} | {len(test)} | {len(dev)+len(test)} | {sum(nf.values())} |\n"
    src = SOURCE_TMPL.replace("{{TABLE}}", table)
    (OUT / "SOURCE.md").write_text(src)
    print(table)

if __name__ == "__main__":
    main()
