#!/usr/bin/env python3
"""Build the seventh independent evaluation set of one-line /draft requests (v7).

Each case: (kind, style, skill, text, expected). `kind` is the clinician the line is
written as, `style` the way it is typed (both rotate, see KINDS and STYLES); `text` is the line after
`/draft `, starting with the canonical skill name; `expected` maps field -> exact substring |
[substrings]; choice fields use canonical values. Cases live in cases_*.py (each defines
CASES).

Checks (the sixth set's checker, kept whole): skill and field names, canonical choices,
exact substrings of the text after the skill name, list order = text order, every span
claims its own stretch of text that does not cut into a word, no stray punctuation at span
edges, no lead-in words, labels, pronouns, articles, verb lead-ins or dictated punctuation
words the conventions drop, no autocorrect star inside a span, no identifier-like patterns
(dates, weekdays/months, phone numbers, record labels, e-mail, titled names), no filler
words. v7 adds: the rotation of the seven clinician kinds and four styles within every
skill, `never` as a dropped lead of `avoid`, and first-person lead-ins (`I'll`, `we will`,
`I am`) at the start of patient-message `next_steps`. Then writes a fixed-seed,
skill-stratified split (floor(n/3) per skill to test) to ../dev.jsonl, ../test.jsonl and
../SOURCE.md.
"""
import importlib.util, json, random, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SEED = 20271206

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

# chart labels (the MA persona types `Label: value`); a span never starts with one (v4)
LABELS = (
 r"patient|pt|referring( provider| dept| clinic)?|refer(red)? to|receiving|specialty"
 r"|reason for (referral|admission|denial)|admit(ting)? (reason|dx|diagnosis)|admission dx"
 r"|discharge (dx|diagnoses|meds)|final dx|diagnos[ie]s|dx code|current( meds| medications)?"
 r"|medications?|medication list|labs|imaging|results|history|insurance|payer|plan|priority"
 r"|urgency|units|qty|quantity|codes?|icd-?10( codes?)?|cpt( codes?)?|hcpcs|j-code|question"
 r"|prior( tx| therapy| therapies| treatment)?|previous treatment|treatments|tried"
 r"|denial( reason| #| id| number)?|appeal (level|type)|level|requested( action| service)?"
 r"|action|service|drug|exam|guideline|evidence|attached|rebuttal|rebut|necessity"
 r"|medical necessity|clinical|condition( at discharge)?|disposition|dispo|follow[- ]?up|f/u"
 r"|pending( results)?|procedures?|los|length of stay|course|hospital course|new meds|new"
 r"|started|changed( meds)?|stopped( meds)?|review( type)?|case #|about|info|education"
 r"|patient education|instructions|home care|skin care|wound care|activity|diet|problem"
 r"|visit reason|rx|avoid|call( clinic)? if|when to call|emergency|er now|response|reply"
 r"|answer points|ans|answer|pts|points|next( steps)?|safety( net)?|msg|message from patient"
 r"|incoming msg|explain|expl|ask"
 # v5: smart-phrase labels in unusual forms (`Reason for consult -`, `Dx=`, `PMHx:`, `Rx:`,
 # `ALLERGIES-`, `Carrier::`, `Pt Msg>>`)
 r"|reason for consult|consult(ing)? (svc|service|to|request)|requesting( svc| service)?"
 r"|ordering dept|pmhx|psh|hpi|pertinent (labs|results)|tx tried|rx tried|prior rx|tried/failed"
 r"|current rx|referral to|insurer|payor|carrier|freq|sig|med requested|requested rx|objective"
 r"|criteria|support(ing)?|argument|denial (basis|ref)|denied because|our response|documentation"
 r"|asking for|records|clinical rebuttal|type|case ?#|ref no\.?|appeal lvl|svc|dx codes"
 r"|diagnosis/icd-?10|icd-?10|adm dx|reason for admit|admitted for|d/c dx|days in hosp|hosp course"
 r"|proc|new rx|changed rx|d/c'd rx|start|adjust|stop|allerg(y|ies)|follow|teaching|self-care"
 r"|return precautions|call 911|call us|stay away from|what it is|explained|next visit"
 r"|signals for calling|pt msg|incoming( \(pt portal\))?|key answers|reply bullets"
 r"|response points|to do|red flags|escalate|caller|concern|patient wrote|held|post-op|age/sex"
 r"|length|meds?|go to l&d|er|911|dx|q"
)
# separators after a label: `:`, `::`, `=`, `>>`, or a dash with a space after it (v5)
SEP = r"\s*(::?|=|>>|-\s|\u2013|\u2014)"
# lead-ins that the conventions leave out of a span (field -> regex on the span start)
DROPPED_LEADS = {
 "*": (r"(pls|please|to|on|from|h/o|c/o|pmh|per)\b|(meds?|allerg(y|ies)|reason|q|dx|hx)\s*:"
       rf"|({LABELS}){SEP}"
       r"|(the|an?)\s"                      # articles (v4)
       r"|(a\s)?(family\s)?(history|hx) of\b"  # history lead-ins (v4)
       r"|(and|but|so|also|plus|then)\s"     # connectives (v4)
       r"|because\s"),                       # non-native frames (v5)
 "follow_up": r"(f/u|RTC|follow[- ]?up|come back|return|see|recheck|with)\b",
 "warning_signs": r"(if|call|ER|911|get to)\b",
 "emergency_signs": r"(if|call|ER|911|go to|get to)\b",
 "length_of_stay": r"(LOS|length of stay)\b",
 "pending_results": r"pending\b",
 "service_codes": r"(CPT|HCPCS)\b",
 "icd10_codes": r"ICD\b",
 "denial_reference": r"(ref\b|#)",
 "tried": r"(tried|failed|s/p)\b",
 "prior_therapies": r"(tried|failed|s/p)\b",
 "procedures": r"s/p\b",
 "avoid": r"(no|never|avoid|don't|do not|stay away from)\b",  # v7: never
 "clinical_question": r"(if|whether|my question|I'd like to know|I want to know)\b",
 "question": r"(asks?|asking|wants to know|if|whether|her question is)\b",
 "requested_action": r"(request\w*|ask\w*)\b",
 "medications": r"(taking|takes)\b",
 "meds_started": r"(started|new)\b",
 "meds_stopped": r"(stopped|d/c'd|STOP)\b",
}
# subject pronouns with their verb and possessives (v4); the patient's own words in
# `question` may keep them
PRONOUN_LEAD = (r"(she|he|they|we|it)('s|'d|'ll|'re|'ve)?\b|I('d|'m|'ll|'ve)\b"
                r"|I (would|want|think|need|will|request|ask|write|send|make)\b|(his|her|their)\s")
PRONOUN_EXEMPT = {"question"}
# question spans leave out a leading "?" cue and the trailing "?" (v3 decision)
QUESTION_FIELDS = {"clinical_question", "question"}
PER_SKILL = 28  # 28 requests per skill
IDENTIFIER_PATTERNS = [
 (r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", "date"),
 (r"\b(19|20)\d{2}-\d{2}-\d{2}\b", "date"),
 (r"\b\d{3}[-. ]\d{3}[-. ]\d{4}\b", "phone number"),
 (r"\b(MRN|DOB|SSN|d\.o\.b)\b", "identifier label"),
 (r"@\w+\.\w+", "e-mail"),
 (r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|April"
  r"|June|July|August|September|October|November|December)\b", "day or month name"),
 (r"\b(Dr|Mr|Mrs|Ms)\.?\s+[A-Z][a-z]", "titled name"),
]
FILLER = r"\b(um+|uh+|erm)\b"
# v6: words a voice-dictation clinician speaks for punctuation; never at a span edge, and a
# dictated sentence end (`period`) never inside a span
DICTATED = r"(period|comma|semicolon|full stop|new paragraph|new line|next line|dash)"
# v6: copula/auxiliary lead-ins left out of every span except the question fields
VERB_LEAD = r"(is|was|were|are|has been|had been)\s"


# v7: seven clinician kinds and four styles, each in strict rotation within every skill
# (case n of a skill is kind (n-1) mod 7 and style (n-1) mod 4)
KINDS = ["geri", "neuro", "cardio", "nephro", "derm", "id", "uro"]
STYLES = ["terse", "prose", "ehr", "runon"]
# v7: first-person lead-ins left out of patient-message next_steps
NEXT_STEPS_LEAD = r"(I|we)('ll|'m| will| am| are)\b|I\s"


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

    def whole(i, s):
        # v6: an occurrence must not cut into a word (`gi` inside `allergies`)
        a = i == 0 or not (body[i - 1].isalnum() and s[0].isalnum())
        b = i + len(s) == len(body) or not (body[i + len(s)].isalnum() and s[-1].isalnum())
        return a and b

    def first_free(s, start):
        while True:
            i = body.find(s, start)
            if i < 0:
                return None
            if free(i, i + len(s)) and whole(i, s):
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
    if '"' in text:
        errs.append("double quote in text")
    if not exp:
        errs.append("no annotations")
    body = text[len(skill):]
    for pat, what in IDENTIFIER_PATTERNS:
        if re.search(pat, text, re.I if what != "titled name" else 0):
            errs.append(f"looks like an identifier ({what})")
    if re.search(FILLER, text, re.I):
        errs.append("filler word (um/uh) in text")
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
            if s != s.strip() or s[0] in ",;.|:'" or s[-1] in ",;.|:-'":
                errs.append(f"{f}: {s!r} has stray whitespace/punctuation at an edge")
            if f in QUESTION_FIELDS and (s[0] == "?" or s[-1] == "?"):
                errs.append(f"{f}: {s!r} keeps a leading/trailing question mark")
            pats = [DROPPED_LEADS["*"]] + ([DROPPED_LEADS[f]] if f in DROPPED_LEADS else [])
            if f not in PRONOUN_EXEMPT:
                pats.append(PRONOUN_LEAD)
            if skill == "patient-message" and f in ("safety_net", "next_steps"):
                pats = []  # safety_net keeps its call/ER phrase; next_steps keeps "f/u"
                if f == "next_steps":
                    pats = [NEXT_STEPS_LEAD]  # v7
            for p in pats:
                if re.match(p, s, re.I):
                    errs.append(f"{f}: {s!r} starts with a lead-in the conventions drop")
            if f not in QUESTION_FIELDS and re.match(VERB_LEAD, s, re.I):
                errs.append(f"{f}: {s!r} starts with a verb lead-in (is/was/...)")
            if re.match(DICTATED + r"\b", s, re.I) or re.search(r"\b" + DICTATED + r"$", s, re.I):
                errs.append(f"{f}: {s!r} has a dictated punctuation word at an edge")
            if re.search(r"\bperiod\b", s, re.I):
                errs.append(f"{f}: {s!r} spans a dictated sentence end (period)")
            if s.startswith("*") or " *" in s:
                errs.append(f"{f}: {s!r} keeps an autocorrect slip/star; start at the corrected word")
    errs += claim_spans(body, exp)
    return errs


SOURCE_TMPL = """# Independent evaluation set v7: one-line /draft requests

## How it was written
A seventh, separate set of one-line `/draft` requests, hand-written from scratch for this
directory, one line at a time: 28 requests for each of the six skills (168 in all). The author
did not look at the extractor (its code, prompts or tests), at the benchmark scripts, at any
of the project's `.jsonl` files or at the case files of the earlier sets (only this set's own
`dev.jsonl` and `test.jsonl` were read back after they were written, to check them). The
only project files read were the fourth, fifth and sixth sets' `SOURCE.md` (annotation
conventions and decisions, all of which are kept here; the second and third sets' decisions
are known through their restatement in those files) and the sixth set's `source/build.py`
(skill/field lists, choice values, checker and split code, whose structure is reused here with
a new seed, a rotation check and two small additions listed below). No earlier case was
seen. No project code was run on these data; only this directory's own `build.py` checks
them.

Every patient is invented: no names, dates of birth, record numbers, phone numbers or dates of
service; ages, sexes and histories are made up. Denial and reference numbers such as
`HUM-PAC-448271` or `BCNC-UR-39114` are made up; payers and pharmacy benefit managers appear
only as plain names. The only proper names in the lines are public references, not people in
the case: trials (`ADVOCATE`, `SELECT`, `CRYSTAL-AF`, `GUIDE-HF`, `Effisayil 1`,
`Rappo 2019`), guidelines and societies, the `Jimmo` settlement, CMS rule and coverage
document numbers (`CMS-4201-F`, `NCD 20.34`, `LCD L33822`) and drug brand names. Drug doses
(including weight-based and renally adjusted doses and titration schedules), codes (ICD-10-CM,
CPT, HCPCS J/A/C/E/K codes) and intervals were chosen to be clinically plausible.

### Kinds of clinician
The three earlier `SOURCE.md` files list the writers those sets rotated through: v4 a rural
family doctor, a hospitalist, a specialist's MA, a resident and an NP; v5 an ED physician, a
telehealth NP, a surgeon or surgical PA, a pediatrician, a non-native-English clinician and an
EHR smart-phrase; v6 a dictating hospitalist, a resident on a phone, a clinical pharmacist, an
obstetrician or midwife, a psychiatrist, an oncologist and an orthopedist. The emergency
physician, primary-care NP, pediatrician and general surgeon were therefore already writer
kinds, and this set takes seven specialties that so far appeared only as receiving or
requesting services, never as the writer. They rotate strictly within every skill: case n of
a skill is kind (n-1) mod 7, in this order (4 cases of each kind per skill):
1. a geriatrician (geriatrics clinic, memory clinic, home-based and facility care):
   polypharmacy and deprescribing (oxybutynin, glipizide, zolpidem, diphenhydramine),
   falls and orthostasis (`orthostatic 138/70 → 112/60 standing`, `TUG 19 s`), cognition and
   delirium (`MoCA 24/30`, `CAM negative by day 4`, `FAST 7a`, `CMAI 78`), caregivers and
   living situation, SNF, home-health, hospice and DME requests, goals of care;
2. a neurologist (general, stroke, epilepsy, MS, headache, movement, neuromuscular): NIHSS,
   thrombolysis and thrombectomy, EMU and EEG findings, anti-seizure drug histories, MS
   disease-modifying therapy, migraine preventives and onabotulinumtoxinA, DBS and VNS,
   IVIG for CIDP, plasma exchange for myasthenia, ALS;
3. a cardiologist or heart-failure nurse (HF clinic, EP, structural, lipid, device clinic):
   EF, NYHA class, GDMT titration, daily weights, CRT-D, LAAO, CardioMEMS, TAVR, ICD shocks,
   cardioversion, CABG, PCI and antiplatelet rules;
4. a nephrologist (CKD, dialysis, transplant, glomerular disease): eGFR trajectories, UACR,
   potassium and binders, AV access and dialysis catheters, HD and PD, transplant rejection
   and tacrolimus troughs, IgA nephropathy, lupus nephritis, ADPKD, ANCA vasculitis;
5. a dermatologist (medical, Mohs, inpatient consult): BSA, PASI, EASI, DLQI, VASI and
   SCORTEN, biologics and JAK creams, isotretinoin and iPLEDGE, hidradenitis, SJS/TEN,
   bullous pemphigoid, erythroderma, scabies, zoster, skin-cancer surgery;
6. an infectious-diseases physician (consult service, OPAT, HIV clinic, TB clinic): cultures
   and susceptibilities, OPAT antibiotics and long-acting agents, PrEP and ART, latent TB,
   C difficile, endocarditis, meningitis, histoplasmosis, exposures (measles, ticks);
7. a urologist (stones, BPH, oncology, female pelvic medicine, andrology): PSA, PVR, IPSS,
   urodynamics, stents and nephrostomies, TURP/TURBT/HoLEP/PCNL, bladder onabotulinumtoxinA
   and neuromodulation, prostate and bladder cancer drugs, vasectomy, ED.

### Styles
Independently of the kind, four ways of typing rotate within every skill: case n is style
(n-1) mod 4. Because 7 and 4 have no common factor, each kind writes in each style exactly
once per skill (7 cases of each style per skill):
1. terse shorthand: abbreviations, arrows, slashes, plus signs, pipes or semicolons
   (`84F from geri clinic to ... -- 2 falls/mo + new resting tremor R hand x4mo`,
   `adm fall + ?syncope → dc dx ...`, `failed: MTX 20 weekly x6mo (LFTs 3x ULN)`);
2. full sentences: grammatical prose, history told in plain sentences, numbers often in
   words (`He stayed six days and goes to acute inpatient rehabilitation in stable condition`,
   `She had a kidney stone two years ago and her DXA shows ...`), patient-message lines with
   prose lead-ins (`wrote through the portal asking whether`, `called the nurse line and
   asked:`);
3. a pasted EHR fragment with labels in many forms and separators (`Referring Provider: ... |
   Refer To: ...`, `REASON FOR CONSULT - ... :: REFERRING - ...`, `Carrier:: ... // Appeal
   lvl:: 1`, `PAYOR= ... | TYPE= expedited`, `PT MSG>> ... || RESPONSE POINTS>> ...`), in
   mixed case and ALL CAPS;
4. a run-on line in unusual order: the request, the answer, the disposition, the red flags or
   the argument first and the patient later (`is it time for an AV fistula or can it wait? —
   that's my question for vascular surgery; 72 yo F ...`, `home with outpatient hemodialysis
   three times a week at the unit near her house is the disposition; 59-year-old woman ...`,
   `skip the potassium-rich foods, not the dialysis — that's the heart of the answer; ...`),
   numbers in words and digits mixed.

Across the set: medication lists with doses and frequencies, allergies phrased many ways
(`NKDA`, `PCN → hives`, `sulfa causes hives`, `codeine makes her confused`, `haloperidol,
which made him rigid`, `none known`, `No drug allergies`,
`iodinated contrast (hives) — premedicate`), warning and emergency lists of several items,
prior-auth lines with dosing schedules (`0.5 mg daily x1 wk, then 1 mg daily x1 wk, then 2 mg
daily`, `45 mg AM + 15 mg PM, titrate to 90/30`, `600 mg at month 0 and month 1, then every two
months`), appeal lines with evidence, trials and rebuttal, discharge lines with started,
changed and stopped medicines, condition and disposition in prose, and patient-message lines
with many lead-ins. About thirty self-corrections (`to neuro-ophth? no, to neurology`,
`ICD M80.052A? no, M80.052D`, `dabigatran 110? no, rivaroxaban 15`, `expedited? no, std`,
`allergic to ibuprofen? no — to naproxen, hives`, `radiology notified? no — our RN will message
radiology`) and several lines that leave a required fact out (seven referrals give no urgency)
appear throughout. Patient-instructions and patient-message lines are what a clinician types
to get a patient-facing text.

## Files
- `source/build.py` - checker and generator; cases are in `source/cases_*.py`
  (`cases_ref.py`, `cases_pa.py`, `cases_app.py`, `cases_pi.py`, `cases_ds.py`,
  `cases_pm.py`), each case a tuple `(kind, style, skill, text, expected)`.
  `python3 source/build.py` validates all cases (including 28 per skill and the kind and
  style rotation), then writes the three files below.
- `dev.jsonl`, `test.jsonl` - one JSON object per line:
  `{"id", "skill", "text", "expected": {field: substring | [substrings]}}`,
  ids `v7-<skill prefix>-NNN` (`ref`, `pa`, `app`, `pi`, `ds`, `pm`), numbered per skill in
  authoring order (so the kind of a case is `(NNN - 1) mod 7` and its style `(NNN - 1) mod 4`,
  in the orders listed above). The kind and style tags are not written to the JSONL files.

## Annotation conventions
All conventions and decisions of the earlier sets are kept unchanged; the sixth set's
`SOURCE.md` (`../drafting_v6/SOURCE.md`) restates them in full (v2 to v6). In short:
1. `text` is the whole line typed after `/draft `; it always begins with the canonical skill
   name followed by a space.
2. Every expected value is copied character for character from the text after the skill
   name; the only non-copied values are the three choice fields (`urgency` routine / urgent /
   emergent; `review_type` standard / expedited; `appeal_level` first-level internal /
   second-level internal / external review), set only when the line says so.
3. Nothing is inferred; a field the line does not mention stays out of `expected`; stated
   negatives are annotated with their negation word.
4. Several separate items in one field form a JSON list in text order; a scorer should compare
   content, not how items are split or joined.
5. Spans are as short as possible while still meaning something on their own: labels that
   only restate the field, connectives, articles, subject pronouns with their verb,
   possessives, copulas and relaying phrases are left out at the start of a span (the
   question fields keep the patient's own pronouns and leave out a leading or trailing `?`);
   red-flag trigger words are left out in patient-instructions but kept in a
   patient-message `safety_net`.
6. One stretch of text belongs to one field; the checker enforces that no two values occupy
   the same characters and that no value cuts into a word.
7. Self-corrections are annotated as corrected; the discarded words stay unannotated.

## Decisions for this set (v7)
None of these changes an earlier rule; they say how the earlier rules were applied to the new
kinds of line.
- Scores and measurements of the new specialties follow v6's pattern: they are `results` in
  referrals, `medical_necessity` in prior-auths, `evidence` in appeals and `hospital_course`
  in discharge summaries. This covers geriatric scales and bedside tests (`MoCA`, `TUG`, `CAM`,
  `FAST`, `CMAI`, orthostatic vitals), neurology (`NIHSS`, `MIDAS`, `ESS`, `ALSFRS-R`,
  `UPDRS-III` off/on, `INCAT`, `NIF`/`FVC`, EEG and EMU findings), cardiology (EF, `NYHA`,
  BNP, LVOT gradient, `CHA2DS2-VASc`, `HAS-BLED`, `TTR`), nephrology (eGFR, UACR, UPCR,
  `Kt/V`, `PRA`, `htTKV`, troughs), dermatology (`BSA`, `PASI`, `EASI`, `DLQI`, `VASI`,
  `SCORTEN`, `WI-NRS`), ID (cultures, viral loads, CD4, IGRA) and urology (`PSA`, `PSAD`,
  `PVR`, `IPSS`, urodynamics, stone size and HU). NYHA class typed with the discharge
  condition is `condition_at_discharge` (`stable, euvolemic, NYHA II`).
- Falls. Falls that prompt a referral are `reason` (`three falls in 2 months`); a fall history
  supporting a request is `medical_necessity` (`falls 3/yr`) or `evidence` (`2 falls at
  home`); a fall that brought the patient in is the `admission_diagnosis`. Living situation,
  caregivers and preferences are `history` in referrals (`lives alone with a cat`, `wants
  in-center HD eventually`, `wants to avoid a sling if possible`) and `medical_necessity` in
  prior-auths (`lives in AL`, `aides can't turn her safely`).
- Deprescribing. In patient-instructions a stop, taper or hold instruction stays in
  `medications` with its own wording (`stop doxazosin`, `Glipizide is stopped because his
  sugars were running in the 60s`, `Reduce the gabapentin to 100 mg at bedtime for one week
  and then stop it`, `HOLD lisinopril + HCTZ until labs`, `STOP potassium chloride tablets`,
  `tamsulosin stopped`), as does a continued drug named in the instructions (`apixaban
  continues as usual`, `metformin 500 mg twice daily continues`) and a negative
  (`No medicine is being started`, `no blood thinner changes needed`). In discharge summaries
  the v3 rules apply unchanged (a hold with a stated restart is `meds_changed`; a stop, or a
  hold left to someone else, is `meds_stopped`); in referrals the writer's own stop of a drug
  (`I already stopped her zolpidem`) fits no field (v6) and a reduced current drug keeps its
  change in the `medications` span (`gabapentin 100 bid (cut from 300 tid)`).
- Procedures. Thrombectomy, cardioversion (also TEE-guided), right heart catheterisation with
  its numbers, tunneled dialysis catheter placement, plasma exchange through an apheresis
  catheter, endotracheal intubation, kidney, skin and bone-marrow biopsies with their findings,
  lumbar puncture with CSF results, IR nephrostomy, cystoscopy with stent, TURBT, CABG and PCI
  are `procedures`; thrombolysis, IV diuretics, IV antibiotics, CBI, transfusion, SLP and PT
  evaluations, swallow studies and goals-of-care meetings are `hospital_course` (v2, v4).
  `PT:` is the patient label, so a physical-therapy finding in a course list is typed
  `PT eval:` (a label that carries content, v4).
- Discharge equipment and places. A catheter, bag or helper the patient goes home with stays in
  the `disposition` span (`home with a Foley catheter`, `home with the nephrostomy bag and home
  health for tube care`, `home with a PICC`, `home w/ sister (no PICC)`); an outpatient
  dialysis schedule typed as where the patient goes is part of the disposition (`home with
  outpatient hemodialysis three times a week at the unit near her house`). `in fair
  condition` -> `condition_at_discharge` `fair` (as v6 `in good condition` -> `good`);
  `a seven-day stay` -> `length_of_stay` `seven-day` (v4 `two-day`).
- Appeals. A guideline or coverage rule used as the argument is `rebuttal` (`Jimmo —
  improvement not required`, `Medicare LCD L33822 since 2023 covers ...`, `CMS IRF criteria are
  met`), while trial results and documents are `evidence` (`SELECT trial 20% MACE reduction
  ...`, `KALM-1/2 ↓itch + ↑QoL`, `ADVOCATE trial showed ...`), also when they are typed inside a
  rebuttal section. A contrary clause is its own rebuttal item (`That is not accurate`,
  `That ignores his situation`, `this is wrong`, `that is wrong for a stone this size`, v5).
  A diagnostic attempt already made is a prior therapy (`30-d MCOT (neg)`, v4). `Level:
  1st`, `Appeal lvl:: 1`, `first level`, `LEVEL- redetermination` and `Wellcare redetermination
  denial` -> first-level internal; `second-level appeal`, `2nd lvl`, `expedited second-level
  appeal`, `an expedited appeal, second level` and `we ask for a second-level review` ->
  second-level internal; `external review (state IRO) after 2 internal denials`,
  `APPEAL LEVEL: external review (IRO)` and `I request an external review` -> external
  review.
- Prior-auth. A nonpharmacologic programme the plan requires first is a prior therapy
  (`nonpharm plan in place (music, consistent caregivers, pain treated)`); a PMHx list and a
  `CRITERIA=` statement in a smart-phrase are `medical_necessity` (v5); a REMS or shared-
  decision visit already done is `medical_necessity` (`SDM visit done`, `LFTs nl, enrolled in
  REMS`) and the coverage document that requires it is the `guideline` (`CMS NCD 20.34`). A
  titration schedule is `quantity` and the product alone the `requested_service`
  (`brexpiprazole`, `tolvaptan`, `sparsentan`, v4). `we'd like it reviewed urgently` and
  `urgent review please` -> expedited; `Please mark it standard`, `Standard review please`,
  `Please handle this as a standard review`, `std review`, `expedited? no, std` -> standard.
- Referral urgency. `not urgent` at the end of a run-on line and `This is not urgent.` ->
  routine; `Please see her urgently`, `I consider this urgent`, `Priority: Urgent`,
  `Urgency= urgent` -> urgent; no urgency for `pls see w/in 4 wk`, `soon pls`, `within the next
  few weeks` or `I would appreciate her being seen within a month` (v3, v4).
- Patient-message. Framing words the clinician adds about the reply itself (`that's the heart
  of the answer`, `lead with that`, `put it first`, `start with that`, `that's the core of my
  answer`) are left out. In `next_steps` a first-person lead-in is left out like any subject
  pronoun with its verb (v4): `I will send a referral ...` -> `send a referral ...`, `We will
  check his viral load ...` -> `check his viral load ...`, `I am also ordering a BMP ...` ->
  `ordering a BMP ...`, `I'll order ...` -> `order ...`; other subjects stay (`our RN will
  message radiology`, `the nurse will book her ...`, `cards to call GI this wk`). A
  conditional scheduling step with no call instruction for the patient is `next_steps` (`If
  her weight is not back down ... the nurse will book her into the HF clinic this week`, as
  v3's `no need recheck unless not better in 3 days`). A greeting (`hi`) and an article opening
  the patient's words are left out of `question` (v6, v4).
- Patient-instructions. A leading `Never` in an `avoid` span is left out like `don't` (v4):
  `Never swim in lakes or hot tubs` -> `swim in lakes or hot tubs`. A trigger typed after the
  sign (`she needs to go to the ER right away`, `she calls the device clinic the same day`,
  `means 911`) is left out wherever it stands (v3). A future vaccine series the patient should
  get is a `step` (`Shingrix series after she recovers`).

## Checker
`build.py` keeps the sixth set's checks whole (exact substrings, list order, one stretch per
field, whole-word occurrences, edge punctuation, dropped labels, articles, connectives,
pronoun, copula and dictated-punctuation lead-ins, star corrections, identifier patterns and
filler words) and adds: the kind and style rotation within every skill; `never` among the
dropped leads of `avoid`; and first-person lead-ins (`I'll`, `we'll`, `I will`, `we will`,
`I am`) at the start of a patient-message `next_steps` value. (The sixth set's `build.py`
names a rotation check in its description but its main routine does not run one; this
set's does.)

## Slips and known limits
- After every case had been written, checked and split, the author saw a one-line summary of
  uncommitted changes in the repository that named one file under the project's bot directory
  (its name and size only, no content); nothing in this directory was changed after that
  except this note.
- Edits made after a case first passed the checker: one appeal's CKD stage code was changed
  from N18.32 to N18.31 because the line's eGFR of 48 is stage 3a; one patient-message step
  was reworded so that a conditional plan does not also read as a call instruction; one
  appeal gained a contrary clause (`that is wrong for a stone this size`) because its earlier
  wording (`... denial ... is wrong`) could only be annotated from a copula, which the
  conventions drop; one discharge course item was retyped from `PT:` to `PT eval:`.
- Judgement calls a reader might make differently: a recent hospitalisation typed as the
  problem is the referral `reason` (`hospitalized last month for decompensated HFrEF (EF
  30%)`); PICC placement before an OPAT referral is `history`; the dialysis schedule of a
  transplant referral is a second `reason` item (`in-center HD TTS x14 months`); `spouse of
  active duty` in a Tricare appeal and `BMI 33` in a patient description are left
  unannotated as context; a biopsy result that prompts a skin-cancer referral is `results`
  and the lesion itself the `reason`; `renal diet teaching and vein mapping done` is one
  course item.
- Some ICD-10-CM codes used here are recent additions (`N02.B9`, `G20.B2`, `F02.B11`,
  `E66.811`); they were chosen for the code set in force at writing and may not exist in
  older code years. Codes, doses and guideline statements were checked only for
  plausibility, not against a payer's policy.
- The kind and style of a line are the author's own labels; some lines mix features of two
  styles (for example a terse line with labels), and the `ehr` lines are typed to look pasted,
  not copied from a real record.

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
    pos = Counter()
    for kind, style, skill, text, exp in cases:
        n = pos[skill]; pos[skill] += 1
        if kind != KINDS[n % len(KINDS)] or style != STYLES[n % len(STYLES)]:
            print(f"ROTATION [{skill} #{n+1}]: got {kind}/{style}, expected "
                  f"{KINDS[n % len(KINDS)]}/{STYLES[n % len(STYLES)]}"); bad += 1
        if text in seen:
            print("DUPLICATE:", text); bad += 1
        seen.add(text)
        for e in check(skill, text, exp):
            print(f"ERROR [{text[:70]}...]: {e}"); bad += 1
    counts = Counter(c[2] for c in cases)
    only = sys.argv[1:]  # optional: check only these skills while writing
    for skill in FIELDS:
        if only and skill not in only:
            continue
        if counts[skill] != PER_SKILL:
            print(f"COUNT: {skill} has {counts[skill]} cases, expected {PER_SKILL}"); bad += 1
    if bad:
        sys.exit(f"{bad} errors")
    if only:
        print("checked", dict(counts)); return
    by = {}
    for c in cases:
        by.setdefault(c[2], []).append(c)
    rng = random.Random(SEED)
    dev, test = [], []
    for skill in FIELDS:
        items = [{"id": f"v7-{PREFIX[skill]}-{i+1:03d}", "skill": s, "text": t, "expected": e}
                 for i, (_k, _st, s, t, e) in enumerate(by.get(skill, []))]
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
    for _k, _st, s, t, e in cases:
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
