#!/usr/bin/env python3
"""Build the ninth independent evaluation set of one-line /draft requests (v9).

Each case: (kind, style, skill, text, expected). `kind` is the clinician the line is
written as, `style` the way it is typed (both rotate, see KINDS and STYLES); `text` is the
line after `/draft `, starting with the canonical skill name; `expected` maps field -> exact
substring | [substrings]; choice fields use canonical values. Cases live in cases_*.py (each
defines CASES).

Checks: the eighth set's checker functions are kept whole (skill and field names, canonical
choices, exact substrings of the text after the skill name, list order = text order, every
span claims its own stretch of text that does not cut into a word, no stray punctuation at
span edges, no lead-in words, labels, pronouns, articles, verb lead-ins or dictated
punctuation words the conventions drop, no autocorrect star inside a span, no
identifier-like patterns, no filler words, `never` as a dropped lead of `avoid`, first-person
lead-ins of patient-message `next_steps`, no punctuation in `nopunct` lines, at least three
labels in `labels` lines and at most one in any other line). v9 changes: six clinician kinds
and six styles rotating as a Latin square within every skill (case n of a skill is kind
n mod 6 and style (n mod 6 + n div 6) mod 6, n counted from 0; cases 0-23 give every kind
every style once, case 24 is the first kind in the fifth style); a sixth style `lower`
(no upper-case letter after the skill name); this set's label forms added to the dropped
labels; the novelty check compares every line with the example strings of three or more
words quoted in the sixth to eighth sets' SOURCE.md files (no earlier case file is read,
so v8's seven-word comparison with case texts is dropped). Then writes a fixed-seed,
skill-stratified split to ../dev.jsonl and ../test.jsonl with v8's split code (one third of
all cases to test: floor(n/3) per skill, and the cases still needed to reach one third
overall go to skills picked by the same seeded generator) and ../SOURCE.md.
"""
import importlib.util, json, random, re, sys
sys.dont_write_bytecode = True  # never leave a __pycache__ in this source directory
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
DATA = OUT.parent
SEED = 20290917

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
 # v8: the label forms of this set's labelled lines
 r"|ref(erring)? (from|to)|from|to|tests|hx|imaging|other meds|age/sex|reason in"
 r"|item|qualifying|prior|ref|review|request|support|plan|dose|drug|icd|icd10|tried|freq"
 r"|case #|denial reason|denial #|hcpcs|cpt|our response|documentation|asking for|appeal lvl"
 r"|what you have|why it happens|why insulin|take|do|don't|call|go to er|next visit|keep|how-to"
 r"|lows|insulin|diagnosis|problem|info|home care|call clinic if|er now|f/u|steps|about"
 r"|who|in for|out with|stay|course|procs|meds new|meds stopped|status|outstanding"
 r"|came in( for)?|final( dx)?|new|changed|stopped|allergy|condition|dispo|pending|patient"
 r"|reason admitted|discharge dx|procedures|pt msg \(portal\)|reply|red flags"
 r"|inbox \(portal\)|key points|to do|call/er|portal note|points|to-do|call-if"
 r"|from patient|reply points|next|when to call|pt portal msg|what to say|call"
 # v9: the label forms of this set's labelled lines
 r"|coverage|findings|bx|sx|rehab adm dx|irf days|results pending|cond|admitted with"
 r"|hospital days|what was done|why it matters|why|how|drops|skip|foods to skip|ok to eat"
 r"|call ir|denied for|why wrong|actions|escalation|tell her|say|portal msg|q from patient|if"
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
PER_SKILL = 25  # 25 requests per skill
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



# v9: six clinician kinds and six styles, rotating as a Latin square within every skill
# (case n of a skill, counted from 0, is kind n mod 6 and style (n mod 6 + n div 6) mod 6;
# cases 0-23 give every kind every style once, case 24 is the first kind in the fifth style)
KINDS = ["pmr", "allergy", "ophtho", "ir", "pain", "podiatry"]
STYLES = ["terse", "nopunct", "prose", "asklast", "labels", "lower"]
# v7: first-person lead-ins left out of patient-message next_steps
NEXT_STEPS_LEAD = r"(I|we)('ll|'m| will| am| are)\b|I\s"
# v8: a `nopunct` line has no punctuation marks; decimal points and code dots (between
# two word characters), slashes, hyphens inside words, `+`, `%`, `?`, `<`, `>`, `≥`, `≤`, arrows and apostrophes may stay
NOPUNCT_BAD = r"[,;:!()\[\]\u2014\u2013\"]|\.(?!\w)|(?<!\w)\.|\s-\s"
# v8: labels in the form `Label:` / `Label::` / `Label=` / `Label>>` / `Label- `
LABEL_RE = rf"(?<![\w/])({LABELS}){SEP}"
# v9: novelty; quoted example strings of the sixth to eighth sets' SOURCE.md files (the only
# earlier files the author could read; no earlier case file is loaded)
EARLIER_SOURCES = ["drafting_v6/SOURCE.md", "drafting_v7/SOURCE.md", "drafting_v8/SOURCE.md"]


def rotation(n):
    return KINDS[n % 6], STYLES[(n % 6 + n // 6) % 6]


def quoted_examples():
    out = set()
    for rel in EARLIER_SOURCES:
        p = DATA / rel
        if not p.exists():
            continue
        for q in re.findall(r"`([^`\n]+)`", p.read_text()):
            q = q.strip()
            if len(q.split()) >= 3:
                out.add(q.lower())
    return out


def words(t):
    return re.findall(r"[\w'/.+%-]+", t.lower())


def style_errors(style, text):
    errs = []
    body = text.split(" ", 1)[1]
    nlab = len(re.findall(LABEL_RE, body, re.I))
    if style == "nopunct":
        bad = re.findall(NOPUNCT_BAD, body)
        if bad:
            errs.append(f"nopunct line has punctuation {sorted(set(bad))}")
    if style == "lower" and re.search(r"[A-Z]", body):
        errs.append("lower line has upper-case letters")
    if style == "labels":
        if nlab < 3:
            errs.append(f"labels line has only {nlab} labels")
    elif nlab > 1:
        errs.append(f"{style} line has {nlab} labels (at most one outside the labels style): "
                    f"{[m.group(0) for m in re.finditer(LABEL_RE, body, re.I)]}")
    return errs


def novelty_errors(text, quoted, shingles=()):
    errs = []
    low = text.lower()
    for q in quoted:
        if re.search(r"(?<!\w)" + re.escape(q) + r"(?!\w)", low):
            errs.append(f"reuses an example string quoted in an earlier SOURCE.md: {q!r}")
    return errs


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



SOURCE_TMPL = """# Independent evaluation set v9: one-line /draft requests

## How it was written
A ninth, separate set of one-line `/draft` requests, hand-written from scratch for this
directory, one line at a time: 25 requests for each of the six skills (150 in all). The author
did not look at the extractor (its code, prompts or tests), at anything under `bot/` or
`tests/`, at the benchmark scripts (`bench/*.py`) or at any `.jsonl` file of an earlier set
(this set's own `dev.jsonl` and `test.jsonl` were written by `build.py` and read back once by a
short script that counted the rows and confirmed every span is in its text). The project files read
were the sixth, seventh and eighth sets' `SOURCE.md` (annotation conventions and decisions, all
of which are kept here; the second to fifth sets' decisions are known only through their
restatement in those files) and the files under the eighth set's `source/`: its `build.py` in
full (skill/field lists, choice values, checker and split code; the checker functions are
reused here unchanged, with the changes listed under Checker) and the opening of each of its
six `cases_*.py` files, read only to see the case tuple format (see Slips). No project code
was run; only this directory's own `build.py` checks the cases and writes the files. git was
used once, for `git status` on this directory only (to confirm its files are untracked);
nothing was added or committed. No code, dose, trial figure or guideline was looked up for this set: everything was
written from the author's own knowledge and checked only for plausibility (see Slips and known
limits).

Every patient is invented: no names, dates of birth, record numbers, phone numbers or dates
of service; ages, sexes and histories are made up. Denial and reference numbers
(`AET-UR-448120`, `ESI-PA-2281937`, `CGS-RD-5519024`, ...) are made up; payers, pharmacy benefit
managers, a radiology benefit manager and a DME contractor appear only as plain names. The only
proper names are public references, none of them a person in a case: drug and device brand
names; trials (`LIBERTY EoE TREET`, `NAVIGATOR`, `OAKS` and `DERBY`, `VISUAL I/II`, `NGF0214`,
`OUTMATCH`, `LEGACY`, `EVRA`, `SENZA-PDN`, `YOSEMITE/RHINE`, the iStent inject pivotal trial);
guidelines and position papers (the international EAACI/GA2LEN urticaria guideline; the 2020 US
HAEA Medical Advisory Board HAE guidelines; the 2020 AGA-JTF EoE guideline; GINA 2024; the 2014
food allergy practice parameter update; the AAAAI/ACAAI 2015 primary immunodeficiency practice
parameter; the AAP 2017 clinical report on epinephrine; AAO Preferred Practice Patterns for
cataract (2021) and POAG (2020); the 2015 global consensus on keratoconus; the 2014 expert
panel on anti-TNF agents in ocular inflammatory disorders; AASLD 2023 HCC guidance; ACOG
Practice Bulletin 228; the AUA BPH (2021 amendment), renal mass (2021) and AUA/ASRM 2020 male
infertility guidelines; SVS/AVF 2014 venous ulcer guideline; IWGDF/IDSA 2023 diabetes-related
foot infection guideline; PACC 2017; the 2016 AAN botulinum toxin guideline update; the ACRM
cognitive rehabilitation recommendations (2019 update); the Consortium for Spinal Cord Medicine
upper-limb preservation guideline); coverage documents and rules (42 CFR 412.622(a)(3) and the
CMS IRF criteria, CMS NCD 160.7, CMS NCD 20.29, Medicaid EPSDT, and the Medicare facet, NPWT
and therapeutic-shoe policies named without numbers). Where the author was unsure of a
document's number (the facet and NPWT LCDs) the number was left out. Drug doses (including
weight-based, renally adjusted and titration schedules), codes (ICD-10-CM, CPT, Category III
CPT, HCPCS J/Q/L/K/E/A/G/C/S codes) and intervals were chosen to be clinically plausible.

### Kinds of clinician
The earlier `SOURCE.md` files name the writers their sets rotated through: v4 a rural family
doctor, a hospitalist, a specialist's MA, a resident and an NP; v5 an ED physician, a
telehealth NP, a surgeon or surgical PA, a pediatrician, a non-native-English clinician and an
EHR smart-phrase; v6 a dictating hospitalist, a resident on a phone, a clinical pharmacist, an
obstetrician or midwife, a psychiatrist or behavioral-health clinician (its list includes
addiction), an oncologist (its list includes palliative and hospice care) and an orthopedist or
sports-medicine physician; v7 a geriatrician, a neurologist, a cardiologist or heart-failure
nurse, a nephrologist, a dermatologist, an infectious-diseases physician and a urologist; v8 an
endocrinologist, a rheumatologist, a pulmonologist or sleep physician, a gastroenterologist or
hepatologist and an ENT surgeon. Of the six writers the brief suggested, three were kept
(physiatrist, allergist-immunologist, ophthalmologist) and three were swapped, following v8's
rule of leaving out specialties an earlier kind already covered: palliative care / hospice
(covered by v6's oncologist kind), addiction medicine (covered by v6's psychiatrist kind) and
vascular surgery (a subspecialty of v5's surgeon kind). In their place come an interventional
radiologist, a pain-medicine physician and a podiatrist (DPM), none of them an earlier writer.
The six kinds rotate strictly within every skill: case n of a skill (n counted from 0) is kind
n mod 6, in this order (5 cases of the first kind and 4 of each other kind per skill):
1. a physiatrist (PM&R: inpatient rehabilitation, spinal cord injury, brain injury, stroke,
   spasticity, amputation and prosthetics, wheelchairs and seating, concussion, musculoskeletal
   back pain): IRF admissions, concurrent-review denials and IRF discharges, Section GG, MAS,
   AIS and UEMS/LEMS, autonomic dysreflexia, botulinum toxin and intrathecal baclofen, power and
   ultralight wheelchairs, standing frames, microprocessor knees, FES foot-drop devices,
   cognitive rehabilitation, driving after stroke;
2. an allergist-immunologist: food allergy and oral food challenges, anaphylaxis and
   biphasic reactions, epinephrine quantity limits, alpha-gal syndrome, venom allergy and
   mastocytosis, chronic urticaria and omalizumab, hereditary angioedema (C1 inhibitor,
   icatibant, lanadelumab), EoE and dupilumab, AERD, severe asthma and tezepelumab, CVID and
   immunoglobulin replacement, penicillin allergy delabeling and desensitization, DRESS,
   allergen immunotherapy;
3. an ophthalmologist (retina, cornea, glaucoma, oculoplastics, neuro-ophthalmology, pediatric):
   cataract surgery and MIGS, retinal detachment with gas, endophthalmitis, open globe, orbital
   cellulitis, zoster ophthalmicus, CRAO, papilledema, geographic atrophy and pegcetacoplan, DME
   and faricimab, keratoconus cross-linking, uveitis and adalimumab, neurotrophic keratitis,
   functional blepharoplasty, IgG4-related orbital disease, glaucoma drops, myopia atropine;
4. an interventional radiologist: HCC (TACE, Y-90 radiation segmentectomy, ablation), TIPS,
   biliary drainage, uterine fibroid, prostate artery and varicocele embolization, GI bleed
   embolization, renal cryoablation, kyphoplasty, venous ablation, catheter-directed PE
   therapy, iliac vein stenting, ports, pleural catheters, nephrostomies, liver biopsy,
   fistula angioplasty;
5. a pain-medicine physician: spinal cord stimulation (trial, implant, 10 kHz for painful
   diabetic neuropathy, pocket infection, generator replacement), intrathecal morphine and
   baclofen pumps, epidural steroid injections, medial branch blocks and radiofrequency
   ablation (lumbar and genicular), CRPS, trigeminal neuralgia, cancer pain, opioid tapers,
   buprenorphine transitions, naloxone, capsaicin 8% patch, CBD questions;
6. a podiatrist (DPM: diabetic foot, wound care, podiatric surgery): diabetic foot ulcers and
   osteomyelitis, amputations, offloading (TCC, CAM boot, CROW), Charcot reconstruction,
   skin substitutes, HBOT, NPWT, diabetic shoes, critical limb ischemia referrals, bunionectomy,
   PTTD bracing, plantar fasciitis, tarsal coalition, ingrown and fungal nails, subungual
   pigment.

### Styles
Independently of the kind, six ways of typing rotate within every skill as a Latin square:
case n is style (n mod 6 + n div 6) mod 6, so in cases 1-24 of a skill each kind writes in each
style exactly once, and case 25 is the first kind in the fifth style (4 cases of each style per
skill, 5 of `labels`):
1. `terse`: shorthand, abbreviations, arrows, slashes, plus signs and semicolons, at most one
   label (`PM&R → neurosurgery, 34M T6 ASIA A SCI ...`, `pod → ID for OPAT, ...`);
2. `nopunct`: a run-on with no punctuation at all (no commas, periods other than decimal
   points and code dots, colons, semicolons, parentheses or dashes), so spans are cut between
   bare words;
3. `prose`: full sentences, numbers and ages often in words (`a sixty-six year old long-haul
   truck driver`, `forty sessions of ninety minutes at 2.4 atmospheres`);
4. `asklast`: the facts, the course or the answer first and the request, the patient or the
   question at the very end (`... — IR here: can hepatobiliary surgery see this 64M for
   resection ...?`, `... — write up for 48F admitted to IRF ...`, `... — this answers a
   daughter who wrote: ...`);
5. `labels`: a pasted or templated line with field labels in varied forms and separators
   (`FROM= ... || TO= ...`, `Ref from:: ... | Ref to:: ...`, `Problem >> ... | Why >> ...`,
   `CONDITION- ... | ABOUT- ...`, `Patient :: ... | Admitted with :: ...`), the only style
   with labels;
6. `lower` (new in this set): typed in chat in lower case only, codes included (`e11.42`,
   `m80.08xa`, `a5500`, `64635-50`), with abbreviations and semicolons (`67m dm2 + smoker 40
   pk-yr, nonhealing ulcer l hallux plantar ...`).

Across the set: lists of prior therapies with their outcomes, values and scores, ICD-10-CM,
CPT and HCPCS codes with modifiers and unit counts (`64635-50`, `63650 x2 (2 leads)`, `J1559`
with `100 units (10 g) q wk`), denial and case numbers in every appeal, numbers in words,
39 lines with one or more self-corrections (`to peds neurosurgery? no, to peds neurology on
call`, `omalizumab 375? no, 300 mg SC q2wk`, `BCBS? no — Harvard Pilgrim`, `tarsorrhaphy? no —
amniotic membrane (Prokera) x1`, `Molina? no — Ambetter from Superior HealthPlan`,
`brimonidine? no — no IOP meds needed`, `home w/ hospice? no — home w/ home health`,
`fibroid embolization? no — for a renal angioplasty`, ...), nine typos left as typed and
annotated as typed (`progam`, `pregablin`, `fiting`, `nuerogenic`, `plueral`, `cyclobenzeprine`,
`ambulatng`, `offlaoding`, `photochromatic`), and lines that leave a required fact out (nine
referrals give no urgency, one prior-auth names no prior therapy); the annotation then simply
omits the field. Patient-instructions and patient-message lines are what a clinician types to
get a patient-facing text.

## Files
- `source/build.py` - checker and generator; cases are in `source/cases_*.py`
  (`cases_ref.py`, `cases_pa.py`, `cases_app.py`, `cases_pi.py`, `cases_ds.py`,
  `cases_pm.py`), each case a tuple `(kind, style, skill, text, expected)`.
  `python3 source/build.py` validates all cases (25 per skill, the kind and style rotation,
  the style rules and the novelty check), then writes the three files below. Giving skill
  names as arguments only checks (`python3 source/build.py referral`).
- `dev.jsonl`, `test.jsonl` - one JSON object per line:
  `{"id", "skill", "text", "expected": {field: substring | [substrings]}}`,
  ids `v9-<skill prefix>-NNN` (`ref`, `pa`, `app`, `pi`, `ds`, `pm`), numbered per skill in
  authoring order (so the kind of a case is `(NNN - 1) mod 6` and its style
  `((NNN - 1) mod 6 + (NNN - 1) div 6) mod 6`, in the orders listed above). The kind and style
  tags are not written to the JSONL files.

## Annotation conventions
All conventions and decisions of the earlier sets are kept unchanged; the sixth set's
`SOURCE.md` restates them in full (v2 to v6), and the seventh and eighth sets' add their own
(all kept here). In short:
1. `text` is the whole line typed after `/draft `; it always begins with the canonical skill
   name followed by a space.
2. Every expected value is copied character for character from the text after the skill
   name, typos included; the only non-copied values are the three choice fields (`urgency`
   routine / urgent / emergent; `review_type` standard / expedited; `appeal_level` first-level
   internal / second-level internal / external review), set only when the line says so.
3. Nothing is inferred; a field the line does not mention stays out of `expected`; stated
   negatives are annotated with their negation word (`no meds`, `no antivirals`, `none`,
   `nothing pending`, `no IOP meds needed`, `no steroid taper`, `none during IRF stay`,
   `no routine f/u needed`).
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

## Decisions for this set (v9)
None of these changes an earlier rule; they say how the earlier rules were applied to the new
kinds of line.
- Scores and measurements of the new specialties follow v6-v8: `results` in referrals,
  `medical_necessity` in prior-auths, `evidence` in appeals and `hospital_course` in discharge
  summaries. This covers PM&R (MAS, AIS, UEMS/LEMS, Section GG, GMFCS, ALSFRS-R, FVC, MoCA,
  Rancho level, GCS, 10MWT, AMPPRO, Berg, GOAT, neuropsychological percentiles, hip migration),
  allergy-immunology (tryptase, sIgE and components, skin prick, total IgE, UAS7, C4 and C1
  inhibitor, IgG/IgA/IgM and titers, FeNO, eosinophils, RegiSCAR, HLA type), ophthalmology
  (acuity with and without glare, IOP, CST, Kmax and pachymetry, MRD1, taped and untaped
  fields, VF-14, RNFL, lesion size on autofluorescence, corneal sensation), interventional
  radiology (LI-RADS, AFP, Child-Pugh, lung shunt fraction, IPSS/PVR/PSAD, duplex reflux times,
  RV/LV ratio, PA pressures, portosystemic gradient), pain medicine (NRS, ODI, MME, PHQ-9,
  GAD-7, pain catastrophizing, SINS, Budapest criteria, block relief percentages) and podiatry
  (ABI, TBI, TcPO2, monofilament, probe-to-bone, HVA/IMA, Eichenholtz stage, temperature
  differential, wound size).
- Devices and programmes. A device or programme the patient has used or uses without success is
  `tried` in referrals (`offloaded in tcc x4 wk`, `OTC arch supports and UCBL orthotics x6 mo`)
  and `prior_therapies` in prior-auths and appeals (`current manual wheelchair 9 yrs old pushed
  by mother ...`, `can't tolerate RGP (lens pops out playing baseball)`, `current single-axis
  friction knee`, `supine stander outgrown + no longer adjustable`, `custom AFO x14 mo ...`), as
  v6 and v8 did; devices the patient simply lives with are `history` in a referral (`uses
  Lofstrand crutches + AFOs`, `CIC q4h`). A device fitted during a stay (`R AFO fitted`,
  `b/l AFOs fitted`) and IRF therapy, swallow studies, urodynamics, trach capping and removal
  are `hospital_course`; activity orders (`nwb r foot`, `TDWB L`) stay unannotated (v3).
- Procedures. TACE, TIPS with its gradient and paracentesis, PTBD, a failed ERCP, mechanical PE
  thrombectomy with its pressures, SCS explant, intrathecal catheter revision and the dye study
  that found the leak, pump implantation, intravitreal tap and inject, vitrectomy, corneal
  laceration repair, bedside flexible laryngoscopy, skin biopsy, arthrotomy, amputations,
  calcanectomy, angioplasty and PICC placement are `procedures` with the findings typed after
  them (v2, v7, v8); a procedure done by another service during the stay keeps its subject
  (`ENT performed endoscopic ethmoidectomy ...`, `vascular surgery performed angioplasty ...`).
  `Procedures: none during IRF stay` is annotated as a stated negative.
- Orders of discharge medicines. IRF and surgical discharges follow v3: a hold with a stated
  restart is `meds_changed` (`HCTZ held until eating normally, then resume`, `metformin held
  until eating well then resume`, `lisinopril was held ... and will restart at his first
  visit`, `metoprolol held in ICU, resume at 25 bid (half dose)`); a stop, or a hold left to
  someone else, is `meds_stopped` (`furosemide (PCP to decide restart)`); a continued drug
  (`entecavir 0.5 continues`, `Her prenatal vitamin continues`) stays unannotated.
- Self-corrections inside a span. Where the discarded words sit inside what would have been one
  span, the corrected content becomes separate list items around them (`preparatory prosthesis
  with a pin-lock liner` + `single-axis foot`; `oxycodone 10 q6h prn` + `~60 mme/d`;
  `bilateral noninfectious panuveitis` + `idiopathic after neg workup`; `peroneal nerve FES
  system` + `Bioness L300 Go`), so no annotated value contains discarded words.
- Choice mapping added to the earlier sets'. `urgency`: `Urgent, please.`, `urgent pls`,
  `URGENCY:: routine`, `URGENCY= routine`, `PRIORITY- routine`, `Priority - routine`, `not
  urgent`, `EMERGENT, same day`, `emergent` at the end of a line; no urgency for `pls see w/in
  3 wk`, `ideally seen in ~2 wk`, `pls see this wk`, `within 2-3 wk pls`, `She should be seen
  in the next four to six weeks`, `can you operate in the next 6 wk?` or `Please see him within
  two weeks`. `review_type`: `std`, `std review`, `standard review pls`, `Review- standard`,
  `REVIEW:: standard`, `Review type- std`, `Standard timing is fine`, `A standard review is
  acceptable`, `A standard decision is fine`, `standard is fine` -> standard; `expedited`,
  `EXPEDITED`, `expedite pls`, `TYPE= expedited`, `please expedite this review`, `expedited
  review since tumor growing`, `expedited since bedbound` and, in appeals, `first-level,
  expedited review`, `expedited, 1st lvl`, `pls approve, expedited`, `ACTION: reverse, expedite
  (perforation risk)` -> expedited. `appeal_level`: `1st level`, `Level:: 1st`, `LEVEL= 1st`,
  `LEVEL= first`, `Appeal lvl:: first`, `1st lvl`, `first level`, `first level review`,
  `first-level appeal`, `this is a level one appeal`, `this is a level 1 appeal`, a Part D
  `redetermination` (also `APPEAL TYPE: redetermination`) and a DME contractor `redetermination
  request` -> first-level internal; `second level appeal`, `second-level appeal`, `2nd level`
  -> second-level internal; `internal appeals exhausted → independent external review` and
  `both internal levels upheld it, so external review by an IRO` -> external review.
- Referral. A procedure the writer's own service already did for the problem is `tried`
  (`R perc nephrostomy 3 wk ago`, `catheter-directed thrombolysis + L common iliac vein stent
  ...`); an ask typed as `for Y` gives `clinical_question` the asked-for item (`cognitive
  testing`, `OPAT`, `ESS`, `cbt-cp + eval before scs trial`, v4, v8); a worry typed by the
  writer (`I am worried about subungual melanoma`) is a `reason` item; the writer's own
  statement of a stop (`levetiracetam 500 bid stopped no seizures`) fits no field (v6).
- Prior-auth. A supply or session count is `quantity` (`x3 pairs/yr`, `forty sessions of
  ninety minutes at 2.4 atmospheres`, `up to 5 applications over 12 wk`, `up to 4 patches per
  session every 3 months`, `x1 treatment`, `1 device`); an IRF stay length typed as `expected
  stay 14-18 d` is `quantity` `14-18 d`; a weight-based or table-based dose is `quantity` with
  the product alone as `requested_service` (`omalizumab` + `300 mg SC q2wk per IgE/wt dosing
  table`, v4). A procedure the patient had that is itself a criterion stays in
  `medical_necessity` with its `s/p` (`s/p L4-S1 TLIF 2 yrs`, v3).
- Appeals. A trial typed inside the argument is `evidence` and a guideline or coverage rule the
  `rebuttal` (v7); the clinician's claim that the record already holds what the denial says is
  missing is a `rebuttal` item (`Both are in the chart`, `both were tried`, `reviewer read only
  the day-1 note`) and the documents themselves `evidence`; a current item the plan approved
  instead is part of the `denial_reason` (`approved only a K0004 lightweight chair`).
- Patient-instructions. `Skip X` and `hold off on X` are `avoid` without the verb, like `avoid`
  and `don't` (v4); `Use the epinephrine` and `give one in the outer thigh right away` before
  an emergency trigger are `steps` (v3 `give epi first`); a result that only reassures
  (`HLA-B*1502 neg`) and `call if questions` stay unannotated; a device check step typed with
  its restriction label (`posterior hip precautions x6 wk`) is a `step` and the `don't` items
  after it are `avoid`.
- Patient-message. Question cues also include `portal q:`, `asks by portal:`, `wrote asking
  if`, `wrote through the portal asking:`, `who wrote in the portal:`, `who messaged:`, `sent a
  portal message asking:`, `mom asks:`, `msg:`, `MSG::`, `Incoming msg:`, `Patient wrote:`,
  `Portal msg::`, `Q from patient::`; an article opening the patient's words is left out
  (`shot helped for 4 days ...`, `bag has had almost no urine ...`, v4). Framing words around
  a late request (`answer for`, `sending to`, `reply to`, `this answers`) are left out (v8);
  relaying labels (`Tell her::`, `Say::`, `Reply::`, `Please answer that`) are left out like
  `tell her` (v3). A check the clinician promises as part of the answer (`check it at her visit
  next week and tell her then whether flying in three weeks is safe`) is an `answer_points`
  item; bookings, calls and orders are `next_steps`, with `I'll`, `I'm`, `I am`, `I have`,
  `i've` and `we'll` left out (v7).
- Labels. This set's label forms are left out like the earlier ones: `Sx:`, `Findings::`,
  `Bx::`, `TX=`, `Coverage:`, `Rehab adm dx:`, `IRF days:`, `Results pending:`, `Cond:`,
  `Admitted with ::`, `Hospital days ::`, `WHAT WAS DONE:`, `WHY IT MATTERS:`, `WHY:`, `Why >>`,
  `HOW-`, `DROPS-`, `Skip >>`, `FOODS TO SKIP:`, `OK TO EAT:`, `CALL IR:`, `DENIED FOR=`,
  `WHY WRONG=`, `ACTIONS:`, `ESCALATION:`, `Tell her::`, `Say::`, `Portal msg::`,
  `Q from patient::`, `If::`. Labels that carry content stay inside the span (v4): `swallow: MBS
  day 10 → ...`, `PT eval: NWB L w/ knee scooter, safe`, `dual comparative mbb: ...`,
  `duplex: GSV reflux ...`, `semen: conc 6 million/ml ...`, `UTI signs: ...`, `signs of AD: ...`,
  `trial here: 75% relief ...`, `penicillin: anaphylaxis history ...`.

## Checker
`build.py` keeps the eighth set's checker functions whole (exact substrings, list order, one
stretch per field, whole-word occurrences, edge punctuation, dropped labels, articles,
connectives, pronoun, copula and dictated-punctuation lead-ins, star corrections, identifier
patterns, filler words, `never` in `avoid`, first-person leads of `next_steps`, the `nopunct`
rule and the label counts per style) and changes: six kinds and six styles in a Latin-square
rotation (kind n mod 6, style (n mod 6 + n div 6) mod 6); the new `lower` style (no upper-case
letter after the skill name); this set's label forms among the dropped labels; and the novelty
check reads the sixth to eighth sets' `SOURCE.md` files for quoted examples of three or more
words. v8's second novelty test (seven-word runs shared with the seventh set's case texts) is
dropped, because this set's author was not allowed to read earlier case files and the checker
does not read them either. The split code is v8's, with the `v9-` id prefix and a new seed.

## Slips and known limits
- Reading slip: to see the case tuple format the author printed the first 45 lines of each of
  v8's six `cases_*.py` files. For most files that is three cases or fewer, but in some it also
  showed the opening of a fourth and, in `cases_pa.py` and `cases_ref.py`, a fifth case (the
  brief allowed three). Nothing from those cases was reused; the topics of this set's kinds
  are different specialties.
- Edits made after a case first failed the checker: nine wordings repeated an example quoted
  in an earlier `SOURCE.md` and were changed (`pls see w/in 2 wk`, `34 yo F`, `this is for`,
  `that's the plan for`, `that's my reply to` (twice), `asked via portal`, `pt portal msg:`,
  `appeal lvl:: 1`); two spans of one prior-auth began with `IT` (intrathecal), which the
  checker reads as the pronoun `it`, and were retyped as `intrathecal`; two patient-message
  questions lost a leading `the`; one patient-message labels line had only two recognized
  labels, so its first label was retyped as `Incoming msg:` and this set's `ACTIONS:` and
  `ESCALATION:` were added to the label list; after this set's label forms were added, two
  wordings in non-label lines (`stone tx —`, `upheld the denial —`) were read as labels and
  were reworded (and `tx` was kept out of the label list). After all cases passed, two appeals
  were moved from `2nd lvl` to an external review, so that the set has all three appeal
  levels, and nine typos were typed into spans (the same edit in the text and its
  annotation). While drafting, before any check, a few wordings were avoided because the
  author recognised them from the earlier `SOURCE.md` files (`metformin 1000 bid`, `first
  level appeal`, `discharge diagnoses are`).
- Writer choice: the brief suggested a palliative-care, an addiction-medicine and a
  vascular-surgery writer; they were swapped for the reasons under Kinds of clinician. A reader
  who does not count those as covered by v5/v6 would find the swap unnecessary; the
  interventional radiologist and the podiatrist are close to vascular surgery in topic
  (PAD, venous ulcers, wounds), and the pain physician overlaps v6's psychiatrist only in
  buprenorphine and opioid-taper lines.
- Nothing was looked up. ICD-10-CM codes were chosen from memory, avoiding codes the author
  believes changed recently (multiple sclerosis `G35` was avoided because of its expansion in
  the newest code year); HCPCS and CPT codes (`J2781`, `J0593`, `J2356`, `J2357`, `J7336`,
  `J2777`, `J1559`, `J0585`, `Q4101`, `L5856`, `L4631`, `L1940`, `K0861`, `K0005`, `E1002`,
  `E0641`, `E0770`, `E2402`, `A6550`, `A7000`, `A5500`, `A5513`, `G0277`, `C2616`, `0402T`,
  `J2787`, `66991`, `64644`, `95874`, `97129`/`97130`, `95076`/`95079`, `37241`-`37244`,
  `50593`, `63650`/`63685`/`63688`, `62350`/`62362`, `64635`/`64636`, `22514`, `36475`,
  `15275`, `15823`, `28297`, `73720`) are as remembered and were not verified against the
  current code books. Trial figures are rounded from the published primary results as
  remembered (OUTMATCH ~67% vs 7%, iStent inject 75.8% vs 61.9%, NGF0214 ~65% vs 17%,
  SENZA-PDN 79% vs 5%, LEGACY ORR 88%, LIBERTY EoE TREET ~60% vs 5%, YOSEMITE/RHINE about half
  at q16wk). Guideline statements are paraphrased as the author understands them (for example
  what the AASLD 2023 HCC guidance and the AUA BPH amendment say about TARE and PAE, and that
  the international urticaria guideline recommends omalizumab after up-dosed antihistamines);
  the urticaria guideline is dated by its 2022 publication. Doses, codes and coverage
  statements were checked for plausibility only, not against any payer's policy.
- Judgement calls a reader might make differently: the eye findings and retinal treatments of
  a diabetes referral written by a retina specialist are `history` and the uncontrolled
  diabetes and blood pressure the `reason`; a child's flatfoot signs (`heel does not invert on
  tiptoe`) are `reason` and the X-ray `results`; `Budapest criteria met` is a `results` item;
  `long-haul truck driver` in an appeal's patient description is `evidence`; an in-hospital
  penicillin desensitization is `hospital_course`, not a procedure; `dentist notified for
  future prophylaxis plan` and `outpatient PFTs are still to be scheduled` are `follow_up`
  items; `picc deferred pending margin path` is a course item; in the concussion instructions
  the return-to-work plan is a `step`; `Riding in a car to the wedding is fine` is an answer
  point.
- The kind and style of a line are the author's own labels; some lines mix features (a `terse`
  line with one `q:` label, an `asklast` prior-auth whose codes come after the request, a
  `lower` line that is also a run-on). The split gives 8 or 9 test cases per skill, as in v8.

## Split
Fixed seed ({SEED}), stratified by skill: one third of all cases (50) go to `test.jsonl` and
the rest (100) to `dev.jsonl`. Every skill gives floor(n/3) = 8 test cases, chosen by a seeded
shuffle as in v8's code; the two cases still needed to reach 50 come one each from two skills
drawn first by the same generator. "annotated fields" counts field entries in `expected`;
"spans" counts the substrings (list items counted separately, choice values counted once).

{{TABLE}}
### Cases annotating each field (spans in parentheses)
{{FIELDS}}
## First measurement
(to be filled by the project lead before any tuning)
"""


def split(by, rng):
    """Seeded, skill-stratified split: one third of all cases to test. Every skill gives
    floor(n/3) cases; the cases still needed to reach floor(total/3) come one each from
    skills drawn by the same generator; within a skill the test cases are the first k of a
    seeded shuffle (v7's code with the extra draw)."""
    skills = [s for s in FIELDS if by.get(s)]
    total = sum(len(by[s]) for s in skills)
    k = {s: len(by[s]) // 3 for s in skills}
    extra = total // 3 - sum(k.values())
    for s in rng.sample(skills, extra):
        k[s] += 1
    dev, test = [], []
    for skill in FIELDS:
        items = [{"id": f"v9-{PREFIX[skill]}-{i+1:03d}", "skill": s, "text": t, "expected": e}
                 for i, (_k, _st, s, t, e) in enumerate(by.get(skill, []))]
        idx = list(range(len(items))); rng.shuffle(idx)
        tset = set(idx[:k.get(skill, 0)])
        for i, it in enumerate(items):
            (test if i in tset else dev).append(it)
    return dev, test


def main():
    cases = load_cases()
    bad, seen = 0, set()
    pos = Counter()
    quoted = quoted_examples()
    for kind, style, skill, text, exp in cases:
        n = pos[skill]; pos[skill] += 1
        want = rotation(n)
        if (kind, style) != want:
            print(f"ROTATION [{skill} #{n+1}]: got {kind}/{style}, expected {want[0]}/{want[1]}"); bad += 1
        if text in seen:
            print("DUPLICATE:", text); bad += 1
        seen.add(text)
        for e in check(skill, text, exp) + style_errors(style, text) + novelty_errors(text, quoted):
            print(f"ERROR [{skill} #{n+1} {kind}/{style}: {text[:60]}...]: {e}"); bad += 1
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
    dev, test = split(by, random.Random(SEED))
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
    fields = ""
    for s in FIELDS:
        per, spans = Counter(), Counter()
        for _k, _st, sk, t, e in cases:
            if sk != s:
                continue
            for f, v in e.items():
                per[f] += 1
                spans[f] += len(v) if isinstance(v, list) else 1
        fields += (f"- {s}: " + ", ".join(f"`{f}` {per[f]} ({spans[f]})" for f in FIELDS[s]) + "\n")
    (OUT / "SOURCE.md").write_text(SOURCE_TMPL.replace("{SEED}", str(SEED)).replace("{{TABLE}}", table)
                                   .replace("{{FIELDS}}", fields))
    print(table)


if __name__ == "__main__":
    main()
