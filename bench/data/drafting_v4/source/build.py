#!/usr/bin/env python3
"""Build the fourth independent evaluation set of one-line /draft requests (v4).

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
SEED = 20261208

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
)
# lead-ins that the conventions leave out of a span (field -> regex on the span start)
DROPPED_LEADS = {
 "*": (r"(pls|please|to|on|from|h/o|c/o|pmh|per)\b|(meds?|allerg(y|ies)|reason|q|dx|hx)\s*:"
       rf"|({LABELS})\s*:"
       r"|(the|an?)\s"                      # articles (v4)
       r"|(a\s)?(family\s)?(history|hx) of\b"  # history lead-ins (v4)
       r"|(and|but|so|also|plus|then)\s"),    # connectives (v4)
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
                r"|I (would|want|think|need|will)\b|(his|her|their)\s")
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


SOURCE_TMPL = """# Independent evaluation set v4: one-line /draft requests

## How it was written
A fourth, separate set of one-line `/draft` requests, hand-written from scratch for this
directory: 28 requests for each of the six skills (168 in all). The author did not look at
the extractor (its code, prompts or tests) nor at the cases of the earlier sets; the only
project files read were the second and third sets' `SOURCE.md` (annotation conventions and
decisions, all of which are kept here; where they differ, the third set's are followed) and
the third set's `build.py` (skill/field lists, choice values, checker and split code, whose
structure is reused here). Every patient is invented: no names, dates of birth, record
numbers, phone numbers or dates of service. Denial/reference numbers such as `AET-5520917`
or `KP-EXT-003391` are made up; payers appear only as plain names. Drug doses, codes
(ICD-10-CM, CPT, HCPCS/J codes) and intervals were chosen to be clinically plausible.

The lines are written as five kinds of clinician that a typical set under-represents, in
rotation within every skill (about a fifth of each skill's lines each):
- a rural family doctor dictating into a phone: long run-on lines joined by commas, few
  abbreviations, numbers as dictated (`148 over 96`, `a day and a half`, `4 milligram`),
  conversational frames with no filler words (`she's been on metformin for years and it's
  not enough anymore`, `tell her ...`, `I'll see him in 4 weeks with his readings`);
- a hospitalist typing terse fragments (`74M adm ?sepsis. dc dx E coli pyelo (pan-S), AKI.
  LOS 3d.`), with arrows, slashes and question-mark hedges;
- a specialist's MA (or unit clerk) copying from the chart with labels (`Referring Provider:
  Internal Medicine | Refer To: Rheumatology | Priority: Routine | ...`), in mixed case and
  in ALL CAPS, separated by pipes, semicolons, dashes, `//` or `||`;
- a resident who over-abbreviates (`63yoM w/ exertional CP x3wk, ETT +ve 2mm STD @ 6 METs`,
  `amox 90mg/kg/d div bid x10d (=520mg bid)`, `1u:15g carb`);
- an NP writing full, grammatical sentences (`My question is: does he need an EEG before you
  see him, or would you rather see him first?`).

Specialties include family medicine, internal and hospital medicine, cardiology and EP,
heart failure, endocrinology, nephrology, GI/hepatology, pulmonology and sleep, rheumatology,
heme/onc and radiation oncology, ID, neurology and epilepsy, psychiatry (adult, child,
perinatal, geriatric), pediatrics and neonatology, peds GI/neuro/endo/allergy, OB/MFM,
general, vascular, bariatric, hand, spine and orthopedic surgery, urology, ophthalmology
(retina), ENT, dermatology, PM&R, palliative care, podiatry and wound care. Sentence frames
vary widely; many values have no cue word in front of them; facts come in unusual orders
(the requested service at the end, the payer in the middle, the question before the
findings); negations (`no daily medications`, `never been treated before`, `no surgery`),
hedges (`?cardiorenal`, `probable focal epilepsy ...`, `smear w/ occasional blasts?`,
`obstructive sleep apnea suspected`), numbers with units, ranges (`4-6/day`, `140-150s/90s`,
`2 to 3 hours`), arrows (`→`, `↑`, `↓`), slashes, plus signs, quoted patient messages and two
self-corrections (`neurosurg? no, ortho spine`, `92920? no—92928`) appear throughout.
Patient-instructions and patient-message lines are what a clinician types (or dictates) to
get a patient-facing text.

## Files
- `source/build.py` - checker and generator; cases are in `source/cases_*.py`.
  `python3 source/build.py` validates all cases (including 28 per skill), then writes the
  three files below.
- `dev.jsonl`, `test.jsonl` - one JSON object per line:
  `{"id", "skill", "text", "expected": {field: substring | [substrings]}}`,
  ids `v4-<skill prefix>-NNN` (`ref`, `pa`, `app`, `pi`, `ds`, `pm`), numbered per skill in
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

## Decisions for this set (v4)
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
        items = [{"id": f"v4-{PREFIX[skill]}-{i+1:03d}", "skill": s, "text": t, "expected": e}
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
