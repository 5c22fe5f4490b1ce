#!/usr/bin/env python3
"""Build the fifth independent evaluation set of one-line /draft requests (v5).

Each case: (skill, text, expected). `text` is the line after `/draft `, starting with the
canonical skill name; `expected` maps field -> exact substring | [substrings]; choice fields
use canonical values. Cases live in cases_*.py (each defines CASES).

Checks: skill and field names, canonical choices, exact substrings of the text after the
skill name, list order = text order, every span claims its own stretch of text (no two
annotated values share the same characters), no stray punctuation at span edges, no
lead-in words, labels, pronouns or articles the conventions drop, no identifier-like
patterns (dates, weekdays/months, phone numbers, record labels, e-mail, titled names), no
filler words. Then writes a fixed-seed, skill-stratified split (floor(n/3) per skill to
test) to ../dev.jsonl, ../test.jsonl and ../SOURCE.md.
"""
import importlib.util, json, random, re, sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SEED = 20261219

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
    errs += claim_spans(body, exp)
    return errs


SOURCE_TMPL = """# Independent evaluation set v5: one-line /draft requests

## How it was written
A fifth, separate set of one-line `/draft` requests, hand-written from scratch for this
directory: 28 requests for each of the six skills (168 in all). The author did not look at
the extractor (its code, prompts or tests) nor at the cases of the earlier sets; the only
project files read were the third and fourth sets' `SOURCE.md` (annotation conventions and
decisions, all of which are kept here) and the fourth set's `build.py` (skill/field lists,
choice values, checker and split code, whose structure is reused here with a new seed and a
checker extended for the new label forms and lead-ins). Every patient is invented: no names,
dates of birth, record numbers, phone numbers or dates of service. Denial/reference numbers
such as `UHC-ED-448120` or `EMB-FAD-20931` are made up; payers appear only as plain names.
Drug doses (including weight-based pediatric doses), codes (ICD-10-CM, CPT, HCPCS/J/G/E/L/B
codes) and intervals were chosen to be clinically plausible.

The lines are written as six kinds of clinician that the earlier sets under-represent, in
strict rotation within every skill (cases 1, 7, 13, 19, 25 of each skill are the first kind,
2, 8, 14, 20, 26 the second, and so on; 5 + 5 + 5 + 5 + 4 + 4 per skill):
1. an ED physician typing fast between patients: heavy abbreviation and no punctuation at all
   (no commas, periods, colons or semicolons; only decimals, slashes, `+`, `->`, `?` and
   hyphens), so span boundaries fall between bare words (`57F CP radiating L arm x2d trop
   0.01->0.01 neg x2 ECG NSR no ischemic changes HEART score 4 ...`); ED discharges from the
   observation unit, ED callbacks and ED-side prior-auths and appeals (prudent layperson,
   downcoding, air transport, obs status);
2. a nurse practitioner in a telehealth / virtual visit writing bullet-like fragments
   separated by ` - ` or ` / ` (`video visit / FNP / 29 yo F / migraine w/ aura ...`),
   including hospital-at-home, tele-hospitalist, tele-psych and SNF tele-NP discharges;
3. a surgeon or surgical PA writing terse post-op language (`POD#9 s/p lap sigmoid
   colectomy`, `JP 80 mL/d`, `Foley out POD#8`, `staples out`, `WBAT`, `HD3`);
4. a pediatrician writing about children with weights in kg, weight-based doses
   (`amoxicillin 90 mg/kg/day = 900 mg bid (11.25 mL of 400/5)`), parents' concerns and
   school or daycare notes;
5. a non-native-English clinician writing full sentences with unusual word order and calques
   (`For this patient of 66 years, male, I request the cardiology consult because he has
   since two months palpitations ...`, `apixaban 5 mg two times in day`, `Control with
   cardiology in four weeks`, `The furosemide oral we increased from 40 to 80 mg`);
6. a copy-paste from an EHR smart-phrase with labels in unusual forms and separators
   (`Reason for consult -`, `Dx=`, `PMHx:`, `Rx:`, `ALLERGIES-`, `Carrier::`, `Pt Msg>>`,
   `CASE#-`, `Denied because::`, `RETURN PRECAUTIONS-`), separated by `//`, `||`, `;;`, `|`
   or ` - `, in mixed case and ALL CAPS.

Specialties include emergency medicine, family and internal medicine, hospital medicine,
cardiology and EP, heart failure, endocrinology, nephrology, GI, pulmonology and sleep,
rheumatology, dermatology, neurology, psychiatry (adult, adolescent, inpatient), geriatrics,
gynecology and OB, oncology (breast, colorectal, radiation/proton), ID, allergy, ophthalmology
(retina), urology, general, colorectal, bariatric, breast, endocrine, vascular, CT, plastic,
hand, spine, trauma and joint surgery, and pediatrics (GI, endocrine, dev-behavioral,
pulmonary, allergy, neonatal). Payers include commercial plans, Medicare (traditional,
Advantage, Part D), Medicaid managed-care plans, Tricare and marketplace plans. Sentence frames
vary widely; facts come in unusual orders; negations (`no meds`, `no prior PT`, `no abx
needed`, `urology is not necessary`, `No medicines stopped`), hedges (`?dermatomyositis`,
`+rotational deformity?`, `probably small vessel`, `?EoE`), ranges, arrows, plus signs and
about two dozen self-corrections (`to wound care, no wait, WOC nursing`, `I82.401 no I82.432`,
`Caremark no wait Medi-Cal Rx`, `pls expedite? no, standard is fine`, `B4150? no, B4158`,
`F90.0? no, F90.2`, `G43.019? no G43.011`, `Kaiser? no, Anthem BCBS`, `expedited? no,
standard`, `external review? no 1st level`, `s/p lap RYGB? no — lap sleeve gastrectomy`,
`prednisone? No, we use naproxen ...`, `cephalexin? no abx needed`, `periorbital? no, orbital
cellulitis`, `PA will call tmrw, sorry, RN will call tmrw`, ...) appear throughout.
Patient-instructions and patient-message lines are what a clinician types to get a
patient-facing text.

## Files
- `source/build.py` - checker and generator; cases are in `source/cases_*.py`.
  `python3 source/build.py` validates all cases (including 28 per skill), then writes the
  three files below.
- `dev.jsonl`, `test.jsonl` - one JSON object per line:
  `{"id", "skill", "text", "expected": {field: substring | [substrings]}}`,
  ids `v5-<skill prefix>-NNN` (`ref`, `pa`, `app`, `pi`, `ds`, `pm`), numbered per skill in
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

## Decisions for this set (v5)
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
        items = [{"id": f"v5-{PREFIX[skill]}-{i+1:03d}", "skill": s, "text": t, "expected": e}
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
