#!/usr/bin/env python3
"""Build the third independent evaluation set of one-line /draft requests (v3).

Each case: (skill, text, expected). `text` is the line after `/draft `, starting with the
canonical skill name; `expected` maps field -> exact substring | [substrings]; choice fields
use canonical values. Cases live in cases_*.py (each defines CASES).

Checks: skill and field names, canonical choices, exact substrings of the text after the
skill name, list order = text order, every span claims its own stretch of text (no two
annotated values share the same characters), no stray punctuation at span edges, no
lead-in words the conventions drop, no identifier-like patterns. Then writes a fixed-seed,
skill-stratified split (floor(n/3) per skill to test) to ../dev.jsonl, ../test.jsonl and
../SOURCE.md.
"""
import importlib.util, json, random, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SEED = 20261207

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
PREFIX = {"referral": "ref", "prior-auth": "pa", "appeal": "app", "patient-instructions": "pi",
          "discharge-summary": "ds", "patient-message": "pm"}

# lead-ins that the conventions leave out of a span (field -> regex on the span start)
DROPPED_LEADS = {
 "*": r"(pls|please|to|on|from|h/o|c/o|pmh)\b|(meds?|allerg(y|ies)|reason|q|dx|hx)\s*:",
 "follow_up": r"(f/u|RTC|follow up)\b",
 "warning_signs": r"(call|ER|911)\b",
 "emergency_signs": r"(call|ER|911|go to)\b",
 "length_of_stay": r"LOS\b",
 "pending_results": r"pending\b",
 "service_codes": r"(CPT|HCPCS)\b",
 "icd10_codes": r"ICD\b",
 "denial_reference": r"(ref\b|#)",
}
# question spans leave out a leading "?" cue and the trailing "?" (v3 decision)
QUESTION_FIELDS = {"clinical_question", "question"}
PER_SKILL = 28  # v3: 28 requests per skill
IDENTIFIER_PATTERNS = [
 (r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", "date"),
 (r"\b(19|20)\d{2}-\d{2}-\d{2}\b", "date"),
 (r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b", "phone number"),
 (r"\b(MRN|DOB|SSN|d\.o\.b)\b", "identifier label"),
 (r"@\w+\.\w+", "e-mail"),
]


def load_cases():
    cases = []
    for path in sorted(HERE.glob("cases_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        cases.extend(mod.CASES)
    return cases


def claim_spans(body, exp):
    """Give every annotated substring its own, non-overlapping stretch of `body`.
    List items must be findable one after another in text order; longest values claim
    first, each preferring the occurrence that respects its list order."""
    errs, claimed, items = [], [], []
    for f, v in exp.items():
        if f in CHOICES:
            continue
        vals = v if isinstance(v, list) else [v]
        prev = 0
        for k, s in enumerate(vals):
            if not (isinstance(s, str) and s.strip()):
                continue
            hint = body.find(s, prev) if isinstance(v, list) else 0
            if isinstance(v, list):
                if hint < 0:
                    errs.append(f"{f}: list items not in text order ({s!r})")
                    hint = 0
                else:
                    prev = hint + len(s)
            items.append((f, s, hint))
    free = lambda a, b: all(b <= x or a >= y for x, y in claimed)

    def first_free(s, start):
        while True:
            i = body.find(s, start)
            if i < 0:
                return None
            if free(i, i + len(s)):
                return i
            start = i + 1

    for f, s, hint in sorted(items, key=lambda t: -len(t[1])):
        hit = first_free(s, hint)
        if hit is None:
            hit = first_free(s, 0)
        if hit is None:
            errs.append(f"{f}: {s!r} has no occurrence of its own (overlaps another span)")
            continue
        claimed.append((hit, hit + len(s)))
    return errs


def check(skill, text, exp):
    errs = []
    if skill not in FIELDS:
        return [f"unknown skill {skill}"]
    if not text.startswith(skill + " "):
        errs.append("text must start with the canonical skill name")
    if "\n" in text or "\r" in text:
        errs.append("multi-line text")
    if not exp:
        errs.append("no annotations")
    body = text[len(skill):]
    for pat, what in IDENTIFIER_PATTERNS:
        if re.search(pat, text, re.I):
            errs.append(f"looks like an identifier ({what})")
    for f, v in exp.items():
        if f not in FIELDS[skill]:
            errs.append(f"bad field {f}")
        if f in CHOICES:
            if v not in CHOICES[f]:
                errs.append(f"{f}={v!r} not a canonical choice")
            continue
        vals = v if isinstance(v, list) else [v]
        if isinstance(v, list) and len(v) < 2:
            errs.append(f"{f}: list with <2 items, use a plain string")
        if len(set(vals)) != len(vals):
            errs.append(f"{f}: duplicate list items")
        for s in vals:
            if not isinstance(s, str) or not s.strip():
                errs.append(f"{f}: empty value")
                continue
            if s not in body:
                errs.append(f"{f}: {s!r} not in text")
            if s != s.strip() or s[0] in ",;.|:" or s[-1] in ",;.|:-":
                errs.append(f"{f}: {s!r} has stray whitespace/punctuation at an edge")
            if f in QUESTION_FIELDS and (s[0] == "?" or s[-1] == "?"):
                errs.append(f"{f}: {s!r} keeps a leading/trailing question mark")
            pats = [DROPPED_LEADS["*"]] + ([DROPPED_LEADS[f]] if f in DROPPED_LEADS else [])
            if skill == "patient-message" and f in ("safety_net", "next_steps"):
                pats = []  # safety_net keeps its call/ER phrase; next_steps keeps "f/u"
            for p in pats:
                if re.match(p, s, re.I):
                    errs.append(f"{f}: {s!r} starts with a lead-in the conventions drop")
    errs += claim_spans(body, exp)
    return errs


SOURCE_TMPL = """# Independent evaluation set v3: one-line /draft requests

## How it was written
A third, separate set of one-line `/draft` requests, hand-written from scratch for this
directory: 28 requests for each of the six skills (168 in all). The author did not look at
the extractor (its code, prompts or tests) nor at the cases of the earlier sets; the only
project files read were the second set's `SOURCE.md` (annotation conventions, including its
"Decisions beyond the first set" section, all of which are kept here) and its `build.py`
(skill/field lists, choice values, checker and split code, whose structure is reused here).
Every patient is invented: no names, dates of birth, record numbers, phone numbers or dates
of service. Denial/reference numbers such as `UHC-7741093` or `CIG-88-40215` are made up;
payers appear only as plain names. Drug doses, codes (ICD-10-CM, CPT, HCPCS/J codes) and
intervals were chosen to be clinically plausible.

The lines imitate busy US clinicians across specialties (family medicine, cardiology and EP,
OB/MFM, peds and peds subspecialties, neonatology, ED, ortho and sports medicine, derm,
psych and perinatal psych, neuro, nephrology, GI/hepatology, rheum, endocrine, heme/onc,
ID, pulm and sleep, urology, ophtho, ENT, allergy, PM&R, bariatric, vascular and general
surgery, geriatrics, hospital medicine): shorthand (`58M`, `34 yo F`, `3d old F`, `h/o`,
`s/p`, `w/o`, `NKDA`, `bid`, `qhs`, `prn`, `RTC 3 mo`, `LOS 4d`, `d/c'd on`), codes, payer
names, urgency words, lower case and ALL CAPS lines, typos kept as typed (`nefrology`,
`uncontroled`, `contrst`, `failled`, `documnted`, `seizrue`, `tyelnol`, `breastfeding`,
`askng`), lines with no punctuation at all next to lines using commas, semicolons, pipes,
dashes, `//` or `label: value` parts mixed with free text, arrows (`→`, `->`), plus signs,
question marks, short lines and long run-on lines, facts in varying order, and many values
with no cue word in front of them. Patient-instructions and patient-message lines are what a
clinician types to get a patient-facing text (condition, steps, red flags, follow-up; the
patient's question and the points to answer).

## Files
- `source/build.py` - checker and generator; cases are in `source/cases_*.py`.
  `python3 source/build.py` validates all cases (including 28 per skill), then writes the
  three files below.
- `dev.jsonl`, `test.jsonl` - one JSON object per line:
  `{"id", "skill", "text", "expected": {field: substring | [substrings]}}`,
  ids `v3-<skill prefix>-NNN` (`ref`, `pa`, `app`, `pi`, `ds`, `pm`), numbered per skill in
  authoring order.

## Annotation conventions (restated from the earlier sets)
1. `text` is the whole line typed after `/draft `; it always begins with the canonical skill
   name (`referral`, `prior-auth`, `appeal`, `patient-instructions`, `discharge-summary`,
   `patient-message`) followed by a space.
2. Every expected value is copied character for character from the text after the skill
   name - abbreviations, case and typos included. The checker rejects anything else.
3. The only non-copied values are the three choice fields, written as their canonical
   value and only when the line says so: `urgency` routine / urgent / emergent;
   `review_type` standard / expedited; `appeal_level` first-level internal /
   second-level internal / external review.
4. `patient` is the age/sex token as typed (`58M`, `34 yo F`, `3d old F`, `19 yo m`, `26f`).
5. Nothing is inferred. A required field that the line does not mention stays out of
   `expected`. Stated negatives are facts and are annotated (`NKDA`, `no meds`,
   `no allergies`, `tried nothing yet` -> `nothing yet`, `treatment naive`, `no prior tx`,
   `no pending`, `pending: none` -> `none`, `meds: none new` -> `none new`).
6. Several separate items in one field form a JSON list in the order they appear;
   a scorer should compare content, not how items are split or joined.
7. Spans are as short as possible while still meaning something on their own. Left out:
   connectives and lead-ins (`to`, `on`, `pls`, `from`, `per`), field labels that only
   restate the field (`meds:`, `allergies:`, `h/o`, `hx`, `PMH:`, `c/o`, `dx:`, `LOS`, `f/u`,
   `RTC`, `pending`, `CPT`/`HCPCS`, `ref`/`#`, `explain:`, `answer:`), and the trigger words of
   red-flag lists in patient-instructions (`call if`, `ER if`, `911 if`, `go to L&D now if`).
   In patient-message, `safety_net` keeps the whole `call ...` / `ER ...` / `911 ...` phrase
   and `next_steps` keeps `f/u`, because there the action is the content. A leading `no` /
   `avoid` in `avoid` is dropped when the remainder still reads as a thing to avoid
   (`no contact sports` -> `contact sports`), kept otherwise (`nothing in vagina 6 wk`).
8. One stretch of text belongs to one field. Where a phrase could have fitted two fields
   the line was written so that each field has its own words; the checker enforces that
   no two annotated values occupy the same characters.
9. Field names are checked against each skill's field list.

## Decisions of the second set, kept here
- Referral: `tried` = treatments already tried/failed; `medications` = what the patient
  currently takes; a drug is put in only one of them. Results (labs, imaging, ECG, screens,
  scores) go to `results`; the finding that prompts the referral goes to `reason`; the
  explicit question (`q: ...`, `...?`) goes to `clinical_question`.
- Prior-auth / appeal: clinical facts supporting the request go to `medical_necessity`
  (prior-auth) or `evidence` (appeal: data, documents, trials); the argument itself is the
  appeal `rebuttal`. Failed treatments are `prior_therapies`. Frequency/number of units,
  visits, cycles or fills go to `quantity` (prior-auth only), the product/procedure with its
  dose to `requested_service`. Appeals have no diagnosis field: diagnosis words there are
  left unannotated (their ICD-10 codes are annotated).
- Discharge summary: imaging and bedside tests (TTE, CT, EEG, labs) are `hospital_course`;
  invasive procedures go to `procedures` together with findings typed right after them
  (`EGD: 2cm gastric ulcer clean base, bx for H pylori`). Thrombolysis, BiPAP/HFNC,
  phototherapy and IV drugs given in hospital are `hospital_course`. `d/c'd on X` = started
  at discharge.
- Patient-message: `question` is what follows the question cue, including details the
  patient gives inside or right after the question (meds they take, the report wording,
  timing); the clinician's own lead-in description of the patient (`pt on capecitabine`,
  `IBD pt on infliximab`, `s/p PCI 3 mo`) is not annotated.
- Words that fit no field of the skill are left unannotated rather than forced into one:
  age/sex in prior-auth, appeal and patient-message lines, diagnosis words in appeals,
  background history in discharge summaries (`h/o TAH`, `IVDU`, `SCD HbSS`,
  `EtOH cirrhosis decomp`), and context (`non-op`, `wants to play next season`).
- Patient-instructions: how to take a drug stays inside the `medications` span
  (`sertraline 25mg qam x 1 wk then 50mg`); non-drug actions are `steps`; `limit X` and
  `cut X` are steps, `avoid X` / `no X` are `avoid`.
- The word `stat` is not used as an urgency.

## Decisions for this set (v3)
- Choice mapping. Referral `urgency`: `routine`, `routine is fine`, `non-urgent`,
  `not urgent` -> routine; `urgent`, `URGENT`, `asap`, `pls expedite` -> urgent; `EMERGENT` ->
  emergent. `urgent care` is a place (a referring specialty), never an urgency; lines that
  only say `soon pls`, `pls see within 1 wk` or `please see before 2 wk` get no urgency.
  `review_type`: `urgent review`, `urgent review pls`, `expedite`, `expedited`,
  `expedited pls`, `pls expedite`, `EXPEDITED` -> expedited; `standard`, `standard review`,
  `std review`, `std`, `routine`, `review: standard` -> standard. `appeal_level`:
  `1st level`, `first level`, `first appeal`, `1st lvl appeal` -> first-level internal, and
  so is a Medicare Part D `redetermination` (the plan's own first-level review);
  `2nd level`, `2nd lvl`, `level: second` -> second-level internal; `external review`,
  `IRO external review`, `request external review` -> external review.
- Question marks: `clinical_question` (referral) and `question` (patient-message) spans
  leave out a `?` typed in front of the question (`? celiac need EGD`, `?safe to ...`) and
  the trailing `?`/`??`; a `?` inside a span is kept (`CT ?omental caking`,
  `(bilat mastectomy?)`). The checker enforces this.
- More labels that only restate the field are left out: `pt:`, `from:`, `to:`, `referring:`,
  `reason:`, `current:`, `tried:`, `drug:`, `payer`, `qty`, `review:`, `service:`,
  `requested:`, `denied:`, `denial#`, `denial ID:`, `rebuttal:`, `evidence:`, `attach:`,
  `action:`, `ask:`, `adm:`, `adm dx:`, `d/c dx:`, `dc dx:`, `course:`, `cond:`, `dispo:`,
  `answer points:`, `points:`, `pts:`, `next:`, `steps:`, `recheck`, `see`, and a trailing
  status word after a drug or test when the field already says it
  (`spironolactone 25 added` -> meds_started `spironolactone 25`, `naproxen STOPPED` ->
  `naproxen`, `VIT D LEVEL PENDING` -> `VIT D LEVEL`, `pantoprazole 40 bid x8wk new`).
  `s/p` before a procedure is left out of `procedures`; it is kept where the phrase is a
  condition or diagnosis (patient-instructions `s/p lap appy`, prior-auth diagnosis
  `s/p R rotator cuff repair 8 wk ago`).
- Referral: exam findings typed as the problem (`+ lachman`) are `reason`; family and
  social history (`melanoma in sister`, `lives alone`, `40 pk-yr smoker`, `college soccer`,
  `wants preg in 1 yr`) are `history`.
- Prior-auth: a frequency typed right after the dose still goes to `quantity`
  (`erenumab 140mg monthly` -> requested_service `erenumab 140mg`, quantity `monthly`);
  appeals have no `quantity` field, so there the frequency stays inside `requested_service`
  (`adalimumab 40mg q2wk`). Guideline names are annotated without `per` / `meets`. A summary
  phrase that only introduces a list of failed drugs (`failed 4 antidepressants adequate
  trials:`) is left unannotated; the drugs are `prior_therapies`.
- Discharge summary: a drug held temporarily with a plan to resume
  (`lisinopril held restart at f/u`, `aspirin held 1 wk then resume`) is `meds_changed`;
  a drug stopped or held without such a plan (`hold meloxicam`, `KCl stopped`) is
  `meds_stopped`; a dose change or switch (`furosemide 40 → torsemide 40 daily`,
  `hydroxyurea dose ↑ 1000→1500 daily`) and home drugs `resumed` are `meds_changed`.
  Continued/unchanged drugs (`carvedilol 12.5 bid unchanged`, `folic acid cont`), activity
  restrictions (`WBAT`, `sling L arm 1 wk no lifting >10lb`) and feeding plans fit no field
  and are left unannotated.
- Patient-instructions: a red-flag trigger is dropped wherever it stands, also when typed
  after the sign (`if needing albuterol >q4h call` -> warning_signs `needing albuterol >q4h`;
  `if lips blue ... call 911` -> emergency_signs), without `if` (`911 chest pain`), or as
  `988 or ER if` / `give epi first then 911 for` (both emergency triggers; `give epi first`
  itself is a step). A self-correction in the line (`hematology? no—pcp 3 mo ...`) is
  annotated as corrected (`pcp 3 mo to decide stop`).
- Patient-message question cues also include `asks for`, `asks about`, `wants to know`,
  `asking whether`, `q from pt:`, `parent q:`, `mom q:` (the cue and a following `if` /
  `whether` are left out). `answer_points` leave out lead-ins such as `say`, `tell her`;
  a `safety_net` phrase is kept whole even when the action comes last
  (`if vomiting continues, ... → ER now`) or is combined with an instruction
  (`HOLD capecitabine + call if ...`). `next_steps` also holds clinician-side actions
  (`will send paxlovid`, `endo on-call paged`, `no need recheck unless not better in 3 days`).

## Split
Fixed seed ({SEED}), stratified by skill: in each skill floor(n/3) cases (chosen by a seeded
shuffle) go to `test.jsonl`, the rest to `dev.jsonl`. "annotated fields" counts
field entries in `expected`; "spans" counts the substrings (list items counted separately,
choice values counted once).

{{TABLE}}
"""


def main():
    cases = load_cases()
    bad, seen = 0, set()
    for skill, text, exp in cases:
        if text in seen:
            print("DUPLICATE:", text); bad += 1
        seen.add(text)
        for e in check(skill, text, exp):
            print(f"ERROR [{text[:70]}...]: {e}"); bad += 1
    counts = Counter(c[0] for c in cases)
    for skill in FIELDS:
        if counts[skill] != PER_SKILL:
            print(f"COUNT: {skill} has {counts[skill]} cases, expected {PER_SKILL}"); bad += 1
    if bad:
        sys.exit(f"{bad} errors")
    by = {}
    for c in cases:
        by.setdefault(c[0], []).append(c)
    rng = random.Random(SEED)
    dev, test = [], []
    for skill in FIELDS:
        items = [{"id": f"v3-{PREFIX[skill]}-{i+1:03d}", "skill": s, "text": t, "expected": e}
                 for i, (s, t, e) in enumerate(by.get(skill, []))]
        idx = list(range(len(items))); rng.shuffle(idx)
        tset = set(idx[:len(items) // 3])
        for i, it in enumerate(items):
            (test if i in tset else dev).append(it)
    for name, rows in (("dev.jsonl", dev), ("test.jsonl", test)):
        with open(OUT / name, "w") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cd = Counter(r["skill"] for r in dev); ct = Counter(r["skill"] for r in test)
    nf, ns = Counter(), Counter()
    for s, t, e in cases:
        nf[s] += len(e)
        ns[s] += sum(len(v) if isinstance(v, list) else 1 for v in e.values())
    table = "| skill | dev | test | total | annotated fields | spans |\n|---|---|---|---|---|---|\n"
    for s in FIELDS:
        table += f"| {s} | {cd[s]} | {ct[s]} | {cd[s]+ct[s]} | {nf[s]} | {ns[s]} |\n"
    table += (f"| **all** | {len(dev)} | {len(test)} | {len(dev)+len(test)} | "
              f"{sum(nf.values())} | {sum(ns.values())} |\n")
    (OUT / "SOURCE.md").write_text(SOURCE_TMPL.replace("{SEED}", str(SEED)).replace("{{TABLE}}", table))
    print(table)


if __name__ == "__main__":
    main()
