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


SOURCE_TMPL = (HERE / "SOURCE_TEMPLATE.md").read_text() if (HERE / "SOURCE_TEMPLATE.md").exists() else ""


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
