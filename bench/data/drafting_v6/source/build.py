#!/usr/bin/env python3
"""Build the sixth independent evaluation set of one-line /draft requests (v6).

Each case: (skill, text, expected). `text` is the line after `/draft `, starting with the
canonical skill name; `expected` maps field -> exact substring | [substrings]; choice fields
use canonical values. Cases live in cases_*.py (each defines CASES).

Checks: skill and field names, canonical choices, exact substrings of the text after the
skill name, list order = text order, every span claims its own stretch of text (no two
annotated values share the same characters), no stray punctuation at span edges, no
lead-in words, labels, pronouns or articles the conventions drop, no identifier-like
patterns (dates, weekdays/months, phone numbers, record labels, e-mail, titled names), no
filler words; v6 adds dictated punctuation words at span edges (`period`, `comma`, ...),
a dictated `period` inside a span, autocorrect star-corrections inside or at the start of a
span (`kleenex *keflex` -> the span starts at `keflex`), verb lead-ins (`is`, `was`, ...)
outside the question fields, and a rotation check of the seven clinician kinds. Then writes a fixed-seed, skill-stratified split (floor(n/3) per skill to
test) to ../dev.jsonl, ../test.jsonl and ../SOURCE.md.
"""
import importlib.util, json, random, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SEED = 20270314

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
 "avoid": r"(no|avoid|don't|do not|stay away from)\b",
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


SOURCE_TMPL = """# Independent evaluation set v6: one-line /draft requests

## How it was written
A sixth, separate set of one-line `/draft` requests, hand-written from scratch for this
directory: 28 requests for each of the six skills (168 in all). The author did not look at
the extractor (its code, prompts or tests), at the benchmark scripts, at any `.jsonl` file
or at the cases of the earlier sets; the only project files read were the third, fourth and
fifth sets' `SOURCE.md` (annotation conventions and decisions, all of which are kept here;
the second set's decisions are known through their restatement in those files) and the fifth
set's `build.py` (skill/field lists, choice values, checker and split code, whose structure
is reused here with a new seed and a checker extended for the new forms below). No earlier
case was seen. No project code was run on these data; only this directory's own `build.py`
checks them. After every case had been written and checked, the author saw the subject lines
of the repository's latest commits (some of which describe extractor changes); no case was
changed after that. Every patient is invented: no names, dates of birth, record numbers,
phone numbers or dates of service. Denial/reference numbers such as `UHC-IP-530912` or
`BCNC-33017` are made up; payers appear only as plain names. Drug doses (including
weight-based and renally adjusted doses), drug interactions, codes (ICD-10-CM, CPT, Category
III CPT, HCPCS J/Q/S/G/E/L/A/H codes) and intervals were chosen to be clinically plausible.

The lines are written as seven kinds of clinician that the earlier sets under-represent, in
strict rotation within every skill (cases 1, 8, 15, 22 of each skill are the first kind,
2, 9, 16, 23 the second, and so on; 4 cases of each kind per skill):
1. a hospitalist dictating by voice: long run-on lines, punctuation sometimes spoken as
   words (`period`, `comma`) and sometimes typed by the dictation software, numbers and
   doses in words (`seventy eight year old woman`, `furosemide forty milligrams every
   morning`, `creatinine peaked at four point one`), letters spelled out (`G I bleed`,
   `B N P`, `E E G`, `C P T 93306`), no abbreviation of the skill's own fields (`length of
   stay`, `discharge diagnoses are`, `follow up with`, `the question is`), spoken
   self-corrections (`six millimeter? no wait, a new nine millimeter`, `request for external
   review? no I'm sorry comma this is the first level appeal`);
2. a resident typing on a phone: lower case, clipped, with autocorrect slips that were left
   (`recurrent cellulite`, `10 lb wet loss`, `nitrofurantoin 100 bud`, `covid bolster`,
   `straim kidneys`) or fixed with a star after them (`kleenex *keflex`, `eliquid *eliquis`,
   `group *croup`, `hardiness *jardiance`, `lisp *lispro`, `sob *sbo`, `l20.89 *L20.9`);
3. a clinical pharmacist (anticoagulation, renal dosing, HIV, diabetes, lipid, transitions of
   care, specialty and Part D): drug-heavy lines with doses, levels and targets (`TTR 38%`,
   `achieved AUC 480`, `CrCl ~19 by CG`, `level 1.1`), interactions (`CYP1A2`, `P-gp`,
   `strong CYP3A interaction`), formulary exceptions, quantity limits and med-rec
   discharges filed under `STOPPED:` / `CHANGED:` / `NEW:`;
4. an obstetrician or midwife (CNM, homebirth midwife, MFM, L&D triage): G/P notation and
   gestational ages (`29 yo G3P1011 at 22w4d`, `PPD2`), cervical length, NST/BPP/EFW,
   tracing categories, IOL, cesarean and vaginal deliveries, postpartum hemorrhage,
   lactation, hyperemesis, GDM, hypertensive disorders;
5. a psychiatrist or behavioral-health clinician (outpatient, consult-liaison, adolescent,
   addiction, PMHNP): scales (`PHQ-9`, `PHQ-A`, `GAD-7`, `C-SSRS`, `AUDIT`, `MoCA`, `MADRS`,
   `PANSS`, `HAM-D`, `CIWA`, `COWS`, `PAWSS`, `ASAM` levels), substance use, LAIs, clozapine,
   lithium, TMS and esketamine, safety plans;
6. an oncologist (medical, radiation, hematologic malignancy): regimens and cycles
   (`TCHP x6`, `C1D1 R-CHOP`, `ddAC-T + pembrolizumab`), staging and biomarkers (`cT2N1`,
   `PD-L1 TPS 80%`, `HER2-low (IHC 1+)`, `BRCA2+`), performance status (`ECOG 1`), growth
   factors, immune-related toxicity, TLS, neutropenic fever, palliative and hospice care;
7. an orthopedist or sports-medicine physician: exam tests (`Lachman 2B`, `+pivot shift`,
   `+drop arm`, `+ empty can`, `+McMurray`), imaging grades (`KL grade 4`, `Goutallier 2`),
   injections, bracing and DME L-codes, weight-bearing orders, return to play, post-op
   instructions and arthroplasty/fracture discharges.

Specialties on the receiving or requesting side include cardiology and cardio-oncology,
nephrology, GI, hepatology, pulmonology, endocrinology, hematology, ID, neurology, wound care,
ophthalmology, MFM, OB anesthesia, REI, addiction medicine, adolescent psychiatry, palliative
care, radiation oncology, pain management, spine, joint preservation, shoulder/elbow and
pediatric orthopedics. Payers include commercial plans, Medicare (traditional, Advantage,
Part D and PBMs), Medicaid managed-care plans, Tricare and marketplace plans. Facts come in
varying orders; negations (`no meds`, `no prior disease-modifying tx`, `no new meds`,
`no results pending`, `nothing pending for mom`, `no need to come in`), hedges (`?venous
stasis vs lymphedema`, `?full thickness RC tear`, `likely raised the level`, `could be
immune colitis`), arrows, ranges and about seventy spoken or typed self-corrections (`to
vascular surgery no wait wound care clinic`, `17-OHPC? no - vaginal progesterone`, `Invega
Sustenna? no wait, Invega Trinza`, `K72.90? no, K76.82`, `Magellan? no, Carelon Behavioral
Health`, `2nd level? no, 1st level`, `adm hip fx? no - adm with delirium + falls`,
`labetalol? no, no meds for now`, `RN call tmrw? no, RN call tonight`, ...) appear
throughout, next to seventeen starred autocorrections. Several lines leave required facts
out (no allergies, no urgency or review type, no rebuttal, no emergency signs, no admission
diagnosis, no condition at discharge); the annotation then simply omits them.
Patient-instructions and patient-message lines are what a clinician types (or
dictates) to get a patient-facing text.

## Files
- `source/build.py` - checker and generator; cases are in `source/cases_*.py`
  (`cases_ref.py`, `cases_pa.py`, `cases_app.py`, `cases_pi.py`, `cases_ds.py`,
  `cases_pm.py`). `python3 source/build.py` validates all cases (including 28 per skill),
  then writes the three files below.
- `dev.jsonl`, `test.jsonl` - one JSON object per line:
  `{"id", "skill", "text", "expected": {field: substring | [substrings]}}`,
  ids `v6-<skill prefix>-NNN` (`ref`, `pa`, `app`, `pi`, `ds`, `pm`), numbered per skill in
  authoring order (so the kind of a case is `(NNN - 1) mod 7`, in the order listed above).

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

## Decisions of the second set (v2), kept here
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

## Decisions of the third set (v3), kept here
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

## Decisions of the fourth set (v4), kept here
- Conversational lead-ins are left out of every span (the checker enforces the start of a
  span): subject pronouns with their verb (`she's been on`, `he's`, `it's`, `I'd like`,
  `I want`, `we'll`), possessives (`her`, `his`, `their`), articles (`a`, `an`, `the`),
  connectives (`and`, `but`, `so`, `also`, `plus`, `then`), `history of` /
  `family history of`, and relaying phrases (`tell her`, `let her know`, `please explain
  that`, `reassure her that`, `she should`, `he can`). Pronouns and possessives inside a span
  stay (`rate controlled him with IV diltiazem`). The patient's own words in a
  patient-message `question` keep their pronouns (`can I shower w/ the chest incision`,
  `My son's ADHD med ...`).
- Chart labels typed by the MA voice are left out like the earlier sets' labels, whatever
  their case: `Referring Provider:`, `Refer To:`, `Referred to:`, `Receiving:`, `Specialty:`,
  `Patient:`, `Reason for Referral:`, `Labs:`, `Current Medications:`, `Previous Treatment:`,
  `Treatments:`, `Question:`, `Priority:`, `Urgency:`, `Insurance:`, `Plan:`, `Exam:`,
  `Drug:`, `Units:`, `Units/visits:`, `Clinical:`, `Necessity:`, `Medical necessity:`,
  `Prior:`, `Prior tx:`, `Prior therapies:`, `Guideline:`, `Level:`, `Appeal type:`,
  `Denial #:`, `Denial ID:`, `Case #:`, `IRO case:`, `Claim/denial ref:`, `Denial reason:`,
  `Reason for denial:`, `Denial:`, `Rebuttal:`, `rebut:`, `Evidence:`, `Attached:`,
  `Action:`, `Requested:`, `Admitting Dx:`, `Admit reason:`, `Reason for admission:`,
  `Discharge Dx:`, `Final Dx:`, `Length of stay:`, `Hospital Course:`, `New Meds:`,
  `Started:`, `Changed:`, `Stopped:`, `Condition:`, `Condition at discharge:`,
  `Disposition:`, `Dispo:`, `Pending results:`, `About:`, `Info:`, `Education:`,
  `Instructions:`, `Home care:`, `Skin care:`, `RX:`, `Avoid:`, `Call clinic if:`,
  `When to call:`, `Emergency:`, `ER now:`, `Problem:`, `Visit reason:`, `Response:`,
  `Reply points:`, `Answer points:`, `Next steps:`, `Safety:`, `Safety net:`,
  `Message from patient:`, `Incoming msg:`, `PATIENT QUESTION:`. Labels that carry content
  stay inside the span (`A1c: 10.2%`, `OCT: subretinal fluid, CST 412 µm`, `VA: 20/80 OD`,
  `PT eval: max A transfers, ...`, `CTA: L M2 occl, ...`, `XR: no fx`, `EGD HD1: ...`,
  `iPLEDGE: ...`).
- Hedges are kept inside the span they qualify (`?cardiorenal`, `? macular edema OD`,
  `+rotational deformity?`, `?EtOH (6-8 beers/d)`, `hypoNa 118 (SIADH? vs thiazide)`,
  `probable focal epilepsy from the cavernous malformation`, `obstructive sleep apnea
  suspected`, `swimming x1wk?`, `provoked? (long flight + OCP)`); only the question fields
  drop a leading/trailing `?` (v3). A hedge on a choice word still sets the choice
  (`it's their redetermination level I think` -> first-level internal).
- Negations are annotated with their negation word (`no daily medications`,
  `no treatment so far`, `no prior sleep study`, `never been treated before`,
  `no prior therapies`, `no surgery`, `no new meds`, `no changes`, `nothing pending`,
  `No medication is needed right now`); in `avoid` the v3 rule still drops a leading
  `no`/`avoid`, and also `should not` / `stay away from` / `don't` when the rest reads as the
  thing to avoid (`stop it suddenly`, `pregnant women and newborns until it crusts over`).
- Choice mapping added to v3's. `urgency`: `routine scheduling is fine`, `nothing urgent`,
  `This is not urgent.`, `Priority: Routine` -> routine; `please see her urgently`,
  `I consider this urgent`, `this is urgent`, `Urgency: urgent`, `URGENT` -> urgent; no
  urgency for `soon as you can get him in`, `need appt ≤2 wk`, `see ~wk 2 post d/c`,
  `within the next few weeks`, `needs to be seen w/in 1 wk`, `pls see w/in 2-4wk`.
  `review_type`: `std rev`, `A standard review is fine`, `standard review is fine`,
  `Please process this as a standard review`, `I would appreciate a standard review`,
  `Review type: standard` -> standard; `urgent review`, `expedite`, `please make it urgent`,
  `expedited review pls`, `handle this as an expedited review` -> expedited.
  `appeal_level`: `first appeal`, `first level appeal`, `this would be a first level appeal`,
  `Internal, first level`, `1st lvl`, `1st level`, `first-level appeal` and a Part D or
  Part B `redetermination` -> first-level internal; `2nd lvl`, `level: second`,
  `second-level appeal` -> second-level internal; `ext review (IRO) after 2 internal
  denials`, `EXTERNAL REVIEW (IRO)`, `request an external review`, `expedited external
  review` -> external review.
- Referral: `referring_specialty` is annotated as typed, also when it names the writer's role
  and setting (`pediatric nurse practitioner`, `family doc`, `IM res clinic`, `hosp med`,
  `FM PGY2`, `urgent care`); a corrected receiving specialty is annotated as corrected.
  `tried` and `prior_therapies` hold the treatment with the outcome typed right after it
  (`Jardiance and got yeast infections`, `topiramate which made her foggy`,
  `LCM 400/d x6mo (dizziness + breakthru sz)`), without a leading `tried`, `failed`, `s/p`,
  `he's done`; a drug the patient still takes is `medications` even when the line says it
  helped little (`tamsulosin`). The finding that prompts a referral is `reason` even when
  typed as the diagnosis (`Dx: severe nodulocystic acne`); the referral's explicit ask with
  no question mark (`can general surgery see her for an elective cholecystectomy`) gives
  `clinical_question` the asked-for item only.
- Prior-auth: a dosing schedule that changes over time (loading then maintenance,
  weight-based) is `quantity`, and the product with any fixed dose typed as part of its name
  is `requested_service` (`IVIG (Gamunex-C)` + `2 g/kg loading then 1 g/kg q3wk`;
  `galcanezumab 120 mg` + `monthly` + `240 mg loading dose`; `rivaroxaban 15mg/20mg` +
  `starter pack then 30-day fills`). The requested service is annotated once where the line
  names it; a device the patient already has counts as a prior therapy (`manual wheelchair
  that his wife has to push`), as does a failed diagnostic attempt named as tried
  (`home sleep test last month but it failed twice ...`).
- Appeals: where a service is named twice, the fuller or the request-bearing mention is the
  `requested_service` and the other mention belongs to whatever span contains it
  (`speech therapy is not covered for developmental delays` is the denial reason). Relayed
  facts the clinician attaches (`office note I sent`, `video his mom took of him gasping`) are
  `evidence`. A bare verb can be the `requested_action` (`approve`, `overturn`).
- Discharge summary: `length_of_stay` in words is kept as dictated (`four days`,
  `three nights`, `day and a half`, `two-day`); `new:`, `started`, `NEW:`, `Started:` and
  `d/c'd:` lead-ins are left out of the med fields; a chart that files a switch under
  `Changed:` (`furosemide 20 mg PO → torsemide 20 mg daily`) agrees with v3's rule. An LP
  typed with its CSF results is a procedure with findings; cath urine, NG feeds, SLP
  evaluation and goals-of-care meetings are `hospital_course`. A home drug stopped "for now"
  with no plan to resume is `meds_stopped` (v3 rule).
- Follow-up: the verbs that restate the field (`follow up (with)`, `come back`, `see`,
  `recheck`, `return`) are left out at the start of the span, keeping who/where and when
  (`one week`, `3 to 4 weeks before we clear her for sports`, `office visit with me in a
  week`; inside a span they stay: `surgeon will see her in two weeks`); a
  conditional plan after the interval is a second item (`if it's not better we'll talk about
  a shot`).
- Patient-instructions: a treatment given in the office that day is `medications`
  (`dexamethasone in the office today`, `tetanus shot today`); how the wound was closed is part
  of `condition` (`deep cut on his left palm from a fence wire closed with 5 stitches`); a
  first-aid action inside an emergency sign is a step (`give glucagon first`, as v3's
  `give epi first`).
- Patient-message: question cues also include `her question is`, `wrote asking:`,
  `messaged to ask:`, `asked through the portal:`, `wrote to ask whether`, `msg:`, `q:`,
  `asks re:`, `pre-op q:`, `mom q:`, `Message from patient:`, `Incoming msg:`,
  `PATIENT QUESTION:`, `Pt message (portal):`, `From patient portal — Q:`; quotes around the
  patient's words are left out. When the relayed patient's words lead up to the question
  (`he says his morning sugars are running 60s to 70s ..., is that too low`; a quoted
  message), they are part of `question`; the clinician's own description before the cue is
  not (`she's 70 and just got her bone density back ...`). Instructions inside the answer
  (`take extra furosemide 40 mg this afternoon (one-time)`) are `answer_points`;
  clinician-side actions, checks and scheduling are `next_steps` (`RN call tmrw to check BP
  sitting/standing`, `call Poison Control right now and take him to the ER even if he seems
  fine`); a `safety_net` phrase is kept whole as in v3, also when its action comes last
  (`if he gets sleepy, pale or floppy ... she should pull over and call 911`).
- Words that fit no field are left unannotated as before: age/sex and diagnosis words where
  the skill has no field for them, background history in discharge summaries
  (`EtOH cirrhosis (MELD 18)`, `prior hysterectomy adhesions`), context (`d/c pending`,
  `pt medically ready today`, `peer-to-peer declined`, `This is first-line treatment`),
  activity restrictions (`may not drive for six months`) and continued drugs
  (`his omeprazole stays the same`).
- The checker additionally rejects filler words (`um`, `uh`), weekday and month names,
  titled names (`Dr. X`), double quotes in the text, and quote marks at span edges.

## Decisions of the fifth set (v5), kept here
- Smart-phrase labels. Labels that only restate the field are left out whatever their form
  or separator: `:`, `::`, `=`, `>>` or a dash followed by a space (`Reason for consult -`,
  `REASON FOR CONSULT -`, `Consulting svc=`, `Requesting svc=`, `REFERRAL TO=`, `FROM=`,
  `PT=`, `Pt-`, `PMHx:`, `Rx:`, `CURRENT RX:`, `ALLERGIES-`, `Tx tried=`, `TX TRIED:`,
  `Pertinent labs=`, `Q-`, `Question=`, `Priority=`, `PRIORITY:`, `Urgency=`, `Plan=`,
  `Review=`, `Review type-`, `Dx=`, `DX=`, `ICD-10=`, `ICD10-`, `ICD-`, `Service=`,
  `REQUESTED-`, `Med requested=`, `Requested Rx=`, `Qty=`, `FREQ=`, `Sig=`, `Rx tried:`,
  `PRIOR TX=`, `Tried/failed-`, `Clinical-`, `Objective-`, `Labs-`, `Guideline-`, `Criteria-`,
  `PAYOR=`, `Insurer=`, `Payer-`, `Level=`, `TYPE=`, `CASE#-`, `Denial Ref=`,
  `Reason for denial-`, `DENIAL-`, `Denial basis-`, `Rebuttal-`, `ARGUMENT-`,
  `Clinical rebuttal-`, `Supporting-`, `SUPPORT-`, `Records-`, `Request-`, `ASK-`,
  `Requested-`, `Carrier::`, `Appeal lvl::`, `Ref no.::`, `Svc::`, `Dx codes::`,
  `Denied because::`, `Our response::`, `Documentation::`, `Asking for::`, `ABOUT=`, `RX=`,
  `SELF-CARE=`, `AVOID-`, `RETURN PRECAUTIONS-`, `CALL 911-`, `FOLLOW UP=`, `Teaching=`,
  `Home care=`, `Meds=`, `Call if-`, `Go to L&D-`, `WHAT IT IS=`, `CARE=`, `STAY AWAY FROM-`,
  `CALL US-`, `ER NOW-`, `Explained::`, `911::`, `Adm Dx=`, `D/C Dx=`, `LOS=`,
  `Hosp Course=`, `New Rx=`, `Changed Rx=`, `D/C'd Rx=`, `REASON FOR ADMIT-`, `FINAL DX-`,
  `LENGTH-`, `START-`, `ADJUST-`, `STOP-`, `ALLERGY-`, `TO-`, `FOLLOW-`, `PENDING-`,
  `HOSP DAYS::`, `ADMITTED FOR::`, `PROC::`, `Age/Sex=`, `Pt Msg>>`, `Reply bullets>>`,
  `Plan>>`, `Safety>>`, `PATIENT WROTE:`, `RESPONSE POINTS:`, `TO DO:`, `RED FLAGS:`,
  `Incoming (pt portal)=`, `Key answers=`, `When to call=`, `CALLER:`, `CONCERN=`,
  `RESPONSE=`, `ESCALATE=`; the checker recognises these separators. Labels that carry
  content stay inside the span (`EGD= furrows/rings, bx 38 eos/hpf (on PPI)`,
  `Substance use- in remission, on buprenorphine`, `PT eval: unsafe to go home`,
  `ERAS pathway: clears POD1, ...`, `ok: saline rinse, ...`, `benefit: cuts hip + spine fx
  risk ~40-50%`, `options: lower to 2.5 mg or switch ...`, `day before + day of: hold
  metformin, ...`). A chart `Dx=` in a referral is `reason` (v4); `URGENCY= routine` in a
  prior-auth smart-phrase maps to review_type standard (v3: `routine` -> standard);
  `Level= Second` and `Appeal lvl:: 1` set the appeal level; `Expedited- yes` sets
  review_type expedited; a heading `<<EXTERNAL REVIEW REQUEST>>` sets external review.
- ED lines without punctuation. Spans are cut between bare words with the same
  minimal-span rule as elsewhere; stated negatives keep their word (`no meds`,
  `no ischemic changes`, `no prior sz`, `I&D not needed`). In referrals, treatment given in
  the ED is `tried` with its outcome (`pain ctrl w/ ketorolac`, `adenosine 6mg converted`,
  `closed reduction failed in ED`), while drugs the patient is sent home on are
  `medications` (`sent home on tamsulosin 0.4 ...`, `d/c on levetiracetam 500 bid`). ED
  observation-unit hours are `length_of_stay` (`obs 26h` -> `26h`, `obs unit 16h` -> `16h`).
- Non-native frames. `patient` covers the age and sex words with what stands between them
  (`66 years, male`, `lady, 45 years old`, `female of 52 years`, `man of 81 years`,
  `woman, 58 years`, `female, 44 years`, `man of 73 years`). Relaying and request frames are
  left out (`I request the`, `I ask for`, `I send to you this`, `Please answer him that`,
  `Write him that`, `Explain her that`, `We gave him`, `We started`, `She received before`,
  `He did`, `My question is if he`, `What I want to know:`, `because`, `Control with`,
  `Revision in`, `Next step is`); the checker adds `because` and `I request/ask/write/send/
  make` to the dropped lead-ins. Calques and inverted objects are copied as typed and stay
  in their span (`since two months palpitations ...`, `two times in day`, `insulin she
  refuses` -> history, `furosemide oral we increased from 40 to 80 mg in the morning` ->
  meds_changed, `home metformin we resumed` -> meds_changed, `zoledronic acid she cannot
  because of eGFR 28` -> medical_necessity, `allergic to nothing` / `without allergies` ->
  allergies). `Is urgent, please.` -> urgent; `Not urgent but not too much waiting please`,
  `it is not urgent`, `Routine.` -> routine; `I prefer a standard review`, `Please, standard
  review is enough` -> standard; `Please make expedited review` -> expedited; `I write this
  appeal of first level`, `I ask second level review`, `We ask second level appeal`, `I make
  the redetermination request` set the appeal level.
- Surgical post-op lines. The index operation with its `POD#` is kept whole where it is a
  condition: referral `history` (`POD#9 s/p lap sigmoid colectomy for recurrent
  diverticulitis`), prior-auth `diagnosis` (`POD#2 s/p L TKA for end-stage OA`), appeal
  `evidence` (`POD#4 s/p CABG x3`), patient-instructions `condition` (`POD#1 s/p lap chole`,
  with the closure as a second item: `4 port sites w/ glue`). In discharge summaries `s/p`
  stays out of `procedures` (v3) and a `POD#n s/p` before the procedure is left unannotated;
  `POD#` is never `length_of_stay`; a POD that opens a course fragment stays in it
  (`POD#4 today: +flatus/BM, tol soft diet, pain ctrl on PO`). Drain removal, staple removal
  and NG/Foley events are bedside (`hospital_course`), not `procedures`. Drain output is a
  fact of whichever field holds it (`JP 80 mL/d` medical_necessity, `JP >100 mL/d`
  warning sign, the patient's `JP output went from 40 to 150 mL ...` question). Activity
  orders (`WBAT RLE, NWB LUE splint`) stay unannotated in discharge summaries (v3) but are
  `steps` in patient-instructions (`WBAT`, `Walker at all times`).
- Pediatric lines. A child's weight typed with age/sex is left unannotated with it
  (`6 yo M, 21 kg`, `4 yo M 17 kg`); it is annotated when it is itself the finding
  (`wt 14.2 kg, dropped from 25th to <3rd %ile over 2 yr` reason, `7.9 kg (<1st %ile)`
  medical_necessity, `15.2 kg (<3rd %ile)` evidence) or part of a dose or quantity
  (`q4wk (15-<30 kg dosing)`, `dexamethasone 6.6 mg (0.6 mg/kg) PO in office today`).
  Parents' concerns lose their reporting frame (`parents worried about`, `mom and teacher
  both report`, `parents say she`, `daycare teacher noticed`, `mom says he`, `parents
  report`, `mom worried she's`) and are `reason` (referral), `medical_necessity`
  (prior-auth), `evidence` (appeal), or `explanation` when the line answers them
  (patient-instructions `inhaled meds are safe, very low dose`). School and daycare: reports
  of the child's symptoms or function are `reason` in referrals (`grades dropped C's→D's this
  yr`, `failing 2 classes, skipping school`, `sent home from daycare twice for vomiting`);
  school facts supporting a request are `medical_necessity` / `evidence` (`IEP in place`,
  `missed 14 school days this yr`, `school nurse can't manage injections at lunch`);
  return-to-school/daycare advice is a `step` in patient-instructions (`daycare ok once
  fever-free 24h`) but an activity restriction, left unannotated, in discharge summaries
  (`daycare: stay home until ...`), where school forms completed during the stay are
  `hospital_course` (`school nurse letter + 504 plan form done`). Feeding plans stay
  unannotated in discharge summaries (v3).
- Telehealth NP lines. The writer's role is `referring_specialty` as typed (v4: `FNP`,
  `AGNP`, `PMHNP`, `FNP-C`); visit-setting words (`telehealth visit`, `video visit`,
  `Virtual visit`) are left unannotated; in follow-up spans the modality stays
  (`tele f/u 2 wk w/ readings`, `video f/u 4 wk`, `tele f/u w/ me 48h`). Virtual-ward
  stays are `length_of_stay` without the setting words (`5 days in program` -> `5 days`).
- Referral: an ask typed as `to X for Y` gives `clinical_question` the asked-for item `Y`
  (v4) next to any explicit question (`EMG/NCS`, `med mgmt + therapy`); `inpatient consult`
  and `evaluation` are left unannotated. Pertinent negatives of the problem are `reason`
  (`no hyperactivity`).
- Prior-auth: comorbidities that support the request are `medical_necessity` even when they
  carry their own ICD-10 code (the code still goes to `icd10_codes`), and so is a `PMHx`
  list in a prior-auth smart-phrase; a patient's weight typed as a dosing fact is
  `medical_necessity` (`wt 92kg`), or part of `quantity` when typed inside the dose. Codes of tests already
  done stay inside the fact that names them (`sleep study in laboratory (polysomnography,
  95810) shows ...`); `service_codes` holds only the requested service's codes. A guideline
  typed with what it says keeps it (`2022 AHA/ACC/HFSA HF guideline, ARNI class 1`,
  `AACE 2020 recommends anabolic first in very high risk`).
- Appeals: a denial reason that quotes a code keeps it (`downcoded to 99283 as nonemergent`,
  `bundled into 35556 (NCCI)`); single quotes around a quoted denial are left out of the
  span. A contrary clause such as `This is wrong` / `this is not correct` is a `rebuttal`
  item of its own.
- Patient-message: question cues also include `pt msg:`, `Pt Msg>>`, `PATIENT WROTE:`,
  `CONCERN=`, `Incoming (pt portal)=`, `Q:`, `Q via app:`, `q from pt:`, `dad q:`,
  `mom msg:`, `mom asks re:`, `asks via portal`, `messaged asking`, `sent message asking if`,
  `writes to ask whether`, `asks through the portal:`; details the patient adds right after
  the question remain in it (`No fever, eating ok per pt`, `I'm 68 and have COPD`,
  `BP at home 128/78`). The clinician's own lead-in, including an ED callback's result
  (`urine cx grew E coli resistant to cephalexin`), stays unannotated (v2). A `safety_net`
  under a label that is itself the action (`When to call=`) is the list of signs, as v4
  drops `When to call:`.
- Self-corrections are annotated as corrected in every field (receiving specialty, payer,
  ICD-10 and HCPCS codes, review type, appeal level, condition, admission diagnosis,
  medications, next steps); the discarded words stay unannotated.
- Reference numbers avoid letter groups the filler check rejects (`UM`, `UH`), so a
  utilisation-review reference reads `MED-UR-55810`.

## Decisions for this set (v6)
- Dictated punctuation. Spoken `period` and `comma` are treated exactly like typed `.` and
  `,`: they are never at the edge of a span and they separate list items where typed
  punctuation would (`hypokalemia comma and chronic kidney disease stage three B` -> two
  discharge diagnoses). A spoken `comma` stays inside a span where a typed comma would
  (`get regular sleep comma at least seven hours`, `ibuprofen comma naproxen comma and
  aspirin unless we tell you`, and a kept-whole `safety_net`); a spoken `period` never stands
  inside a span. Numbers, doses and letters are copied as dictated (`eighty one year old
  woman`, `two point six`, `B N P of one thousand nine hundred`, `ABH dash four four seven
  seven one`); a spelled-out label is left out like its typed form (`C P T 93306` ->
  `93306`). The voice frames `this is the hospitalist dictating`, `I am on the hospital
  medicine service`, `the question is`, `the answer is`, `the request is for`, `insurance
  is`, `diagnosis code(s)`, `length of stay`, `hospital stay was`, `final diagnosis is`,
  `discharge diagnoses are`, `new medications are`, `she is discharged`, `please draft a
  reply to`, `tell her` and `let him know` are left out; the writer's service is the
  `referring_specialty` (`hospital medicine`, `hospitalist service`, `hospitalists`). A
  copula or auxiliary at the start of a span is dropped with its subject (`she was diuresed
  with ...` -> `diuresed with ...`, `the home furosemide was stopped` -> `home
  furosemide`); the checker rejects spans that start with `is`, `was`, `were`, `are`,
  `has been`, `had been` outside the question fields. `in stable condition` ->
  `condition_at_discharge` `stable`, `in good condition` -> `good`. A dictated `this is
  urgent` on a prior-auth sets review_type expedited (v4: `please make it urgent`);
  `expedited review is not needed comma standard is fine` -> standard.
- Phone autocorrect. A slip that was not corrected is copied as typed and stays in its span
  (`recurrent cellulite L shin x3 this yr`, `10 lb wet loss`, `nitrofurantoin 100 bud x5d
  w/ food`, `ibuprofen can raise bp + straim kidneys`, `i got my covid bolster ...`). A slip
  corrected by a starred word is annotated as corrected, like any self-correction: the span
  starts at the starred word without the star (`kleenex *keflex` -> tried `keflex`;
  `started eliquid *eliquis 5 bid` -> `eliquis 5 bid`; `hyrimoz (adalimumab-adaz) 80
  *160mg wk0, 80mg wk2, then 40mg q2wk` -> quantity `160mg wk0, 80mg wk2, then 40mg q2wk`;
  `icd l20.89 *L20.9` -> `L20.9`). Lines were written so that a star correction always
  opens its span; the checker rejects a span that contains ` *` or starts with `*`. A star
  correction in words that fit no field (`9 yo *19 yo m` in a prior-auth) is simply left
  unannotated.
- Obstetric identification. `patient` is the obstetric ID as typed: age with G/P and, when
  typed right after it, the gestational age (`29 yo G3P1011 at 22w4d`, `28 yo G1P1 at
  40w3d`, `31 yo G2P2002`, `36 yo G3P3`); a postpartum day typed after it (`PPD2`, `PPD4`) is
  left out. In skills without a `patient` field the ID is left unannotated like any
  age/sex (`36w G2P1`, `40 yo G3P2002`, `11w G1`). A gestational age typed with a condition
  or finding stays in that span (`GDM A2, 31w`, `PTB at 33w w/ first baby`, `prior
  spontaneous PTB at 31w`, `infant in NICU born at 29w`).
- Obstetric facts. Fetal testing and prenatal labs (NST, BPP, EFW, tracing category,
  cervical length by TVUS, cfDNA, NT, GBS, Rh/rubella status) are `results` (referral),
  `medical_necessity` (prior-auth), `evidence` (appeal) and `hospital_course` (discharge
  summary). Deliveries are `procedures` with the findings typed after them (`LTCS: viable
  female 3,840 g, Apgars 8/9, EBL 950 mL`, `uncomplicated SVD at 39w6d, 2nd degree lac
  repaired, EBL 300`, `repeat LTCS + B-Lynch suture`); an implant placed postpartum is a
  procedure too (`Nexplanon placed PPD3 (declined BTL)`). Induction agents, epidural,
  magnesium, betamethasone, uterotonics, TXA, transfusion, RhoGAM, Tdap and MMR given in
  hospital are `hospital_course`; contraception started at discharge is `meds_started`.
  In patient-instructions `call L&D if` and `come back to L&D when` open `warning_signs`,
  `go to L&D if` and `come in right away if` open `emergency_signs` (their trigger words
  left out, v3); kick counts and home BP logs are `steps`.
- Behavioral-health facts. Scales and scores (`PHQ-9 14`, `C-SSRS + passive SI w/o plan`,
  `AUDIT 31`, `MoCA 22 (was 27 last yr)`, `PANSS 98`, `COWS 9 by evening`) and drug levels
  or monitoring labs (`level 1.1`, `ANC 3.1`) are `results` in referrals, `medical_necessity`
  in prior-auths, `evidence` in appeals and `hospital_course` in discharge summaries.
  Substance use and social facts are `history` in referrals (`vaping THC daily`, `smokes 1
  ppd (clozapine level will rise if he quits)`, `lives alone`); a prior attempt or its
  absence is `history` (`no prior attempts`). Safety measures already taken before a
  referral are `tried` (`safety plan done`, `parents locked meds`); in discharge summaries
  they are `hospital_course` (`firearms removed by husband (confirmed)`). In a
  patient-instructions safety plan the patient's own warning signs are `warning_signs`
  (`drinking alone`, `not sleeping`, `giving stuff away`, label `warning signs you know:`
  left out), coping and means-restriction actions are `steps`, and `call crisis line 988 or
  go to ER if` is an emergency trigger.
- Pharmacist facts. Levels, exposure targets, renal function used for dosing and
  anticoagulation quality (`TTR 38%`, `achieved AUC 480 by day 3`, `CrCl ~19 by CG, wt 52
  kg`) are results/medical_necessity/evidence/hospital_course as above. An interaction is
  the `reason` of a referral when it prompts it (`interaction likely`, `likely raised the
  level`), `medical_necessity` of a prior-auth (`interacting meds (amiodarone, fluconazole
  courses) make INR unstable`, `Paxlovid contraindicated (strong CYP3A interaction w/
  tacrolimus, amiodarone)`) and an `answer_points` item in a patient-message. A drug the
  patient takes that makes the request necessary is `medical_necessity` (`tacrolimus s/p
  kidney tx`, `amiodarone`). A dose the writer already changed stays inside the current
  medication's span (`metformin reduced to 500 daily (was 1000 bid, above max for eGFR)`,
  `lithium 900 qhs (down from 1200)`); the writer's own holds in a referral (`I held TMP-SMX
  and spironolactone`) fit no referral field and stay unannotated. In prior-auths, current
  drugs that are failing are `prior_therapies` (`metformin 1000 bid`, `glipizide 10 bid`
  with A1c 9.4; `atorvastatin 80 + ezetimibe 10 x12 wk ...` with LDL 112; `16/4 x2 mo` before
  a higher buprenorphine dose). In quantity-limit appeals (appeals have no `quantity`) the
  requested amount stays in `requested_service` (`sumatriptan 100 mg 18 tabs/mo`) and the
  plan's limit is the `denial_reason` (`plan QL 9 tabs/mo`); an amount typed with the ask
  stays in `requested_action` (`approve 90 tabs/30d`). Med-rec discharges filed under
  `STOPPED:` / `CHANGED:` / `NEW:` follow v3/v4 (labels left out; a reason in parentheses
  after the drug stays in the span: `doxazosin 4 (orthostasis)`); a drug continued after a
  self-correction (`tamsulosin? no, tamsulosin continues`) is unannotated like any continued
  drug.
- Oncology facts. Stage, histology and receptor status typed with the diagnosis stay in it
  (prior-auth `stage IV (M1a, pleural effusion) adenocarcinoma`, `oropharyngeal SCC p16+
  T2N1M0`; referral reason `L breast IDC stage IIA ER-/PR-/HER2+`); separately typed
  biomarkers and tests are results/medical_necessity/evidence (`PD-L1 TPS 80%`, `BRCA1+`,
  `CA 19-9 2,400 -> 8,900`, `IHC 1+`). ECOG is `results` in referrals, `medical_necessity`
  or `evidence` elsewhere, and `condition_at_discharge` when typed with the discharge
  condition (`home, ECOG 1, afebrile`). A planned regimen that prompts a referral is
  `reason` (`TCHP x6 then trastuzumab to complete 1 yr`); a regimen requested in a
  prior-auth is `requested_service` with its schedule and cycles in `quantity` (`q3wk x up
  to 35 cycles`, `day 2 each cycle x6 cycles`, `70 Gy in 35 fx`); `plan`, `maintenance`
  and `1st line single agent` are left unannotated. The current cycle typed as background
  in a discharge summary (`on pembrolizumab (C6 3 wk ago)`, `after C1D1 R-CHOP for bulky
  DLBCL, LDH 2,900`) is left unannotated like other background history (v2). A drug held
  until someone else decides (`pembrolizumab on hold, onc to decide on rechallenge`,
  `lisinopril (AKI), PCP to decide on restart`) has no plan to resume and is
  `meds_stopped`; a hold with a stated restart (`venetoclax held until count recovery, then
  resume at 70 mg`) is `meds_changed` (v3).
- Orthopedic facts. Exam tests typed as the problem are `reason` in referrals (v3:
  `+pivot shift`, `Lachman 2B soft endpoint`) and `medical_necessity`/`evidence` elsewhere;
  imaging is `results`. Crutches, braces, injections and PT already used are `tried` /
  `prior_therapies` (`CSI x1 (2 mo relief)`, `off-the-shelf brace (L1851) that slips`); the
  patient's sport or job is `history` in a referral (`HS soccer`, `works as electrician,
  overhead all day`) and `medical_necessity` in a prior-auth (`skier + construction
  worker`, `wants to return to D1 soccer`). In discharge summaries operative details typed
  with the operation are `procedures` (`CMN L hip HD2, EBL 200`, `R THA posterior approach,
  uncemented, no complications`), a PT evaluation is `hospital_course` (`PT cleared on
  crutches`), and weight-bearing orders and hip precautions stay unannotated (v3); in
  patient-instructions they are `steps` (v5).
- Where one fact could be read two ways, this set chose: TEE is an imaging test
  (`hospital_course`), the in-hospital dialysis session with its catheter is a procedure
  with findings (`temp HD cath + HD x1 (4h), level 2.9 -> 0.9, ...`); a hypoglycemia rule
  (`low sugar <70: 15 g fast sugar, recheck 15 min (rule of 15)`) is one `steps` item with
  its condition inside, since it is not a call trigger; `give naloxone + call 911 if ...`
  gives the step `give naloxone` and drops the trigger (v3 `give epi first`); `STOP
  capecitabine and call if ...` in patient-instructions gives the step `STOP capecitabine`
  (in patient-message such a phrase stays a whole `safety_net`, v3); a treatment the
  patient received in hospital before an outpatient referral is `tried` (`two units of
  blood`, `rate ctrl w/ dilt gtt`), as v5 did for ED treatment.
- Patient-message. In a reply the clinician sends (`hydroxyzine 25 at bedtime prn sent`,
  `ondansetron 4 mg ODT q8h prn sent`, `sending cephalexin 500 qid x10d to your pharmacy`)
  is `next_steps` (v3 `will send paxlovid`); an instruction to come in now given as the
  answer (`go to ER now, bring your chemo wallet card, ...`, `come to OB triage today for IV
  fluids + urine ketones`, `yes come in now`) is `answer_points` (v4), while a conditional
  `if ... → ER` stays `safety_net`. A greeting opening the patient's words (`hi`) is left
  out of `question`. A self-correction in the clinician's lead-in (`on capecitabine? no - on
  FOLFOX`, `knee replacement? no wait, a hip replacement`) stays unannotated with the
  lead-in.
- Span claiming. The checker now gives each value an occurrence that does not cut into a
  word (`gi` is found in `to gi for egd`, not inside `allergies`).
- Self-corrections are annotated as corrected in every field (v5), including spoken ones
  and starred autocorrections; the discarded words stay unannotated.

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
        items = [{"id": f"v6-{PREFIX[skill]}-{i+1:03d}", "skill": s, "text": t, "expected": e}
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
