"""Find the 18 HIPAA Safe Harbor identifiers in free clinical chat text.

Two passes, both linear in the input length:
1. shaped identifiers (emails, phones, record numbers, dates, ages > 89, addresses)
   from the compiled patterns in :mod:`bot.phi.patterns`;
2. one walk over the word tokens for names and places, using gazetteers and context
   ("Dr. X", "X, RN", "daughter X", "transferred to X", "X Hospital") and clinical
   allow-lists so "Parkinson disease", "Bell's palsy" or "Apgar 8/9" stay clean.

Overlapping candidates are merged into one span labelled by the most confident of them
(so no fragment of a value is left showing); the result is sorted and non-overlapping.
Placeholders written by :func:`bot.phi.redact.redact` ("[NAME-1]")
are never flagged, so redacted text scans clean.
"""
from __future__ import annotations

import bisect
import re
from itertools import islice
from string import ascii_lowercase

from bot.phi import lexicon as lx
from bot.phi.structured_names import structured_names
from bot.phi.chat_names import KIN_AFTER, OWNED_START, POSSESSED, RECORD_WORDS, TEAM_TRIGGERS, census_or_unlisted, team_chat_names
from bot.phi.name_model import about_person, clinical_veto, find_pairs
from bot.phi.names import ANIMALS, NameWalk
from bot.phi.normalize import fold, ocr_digits
from bot.phi.patterns import (
    CASE_NUMBER,
    DIGIT_RULES,
    DIGIT_RX,
    LITERAL_TRIGGERS,
    NON_DATE_AFTER,
    NON_DATE_BEFORE,
    RULES,
    STREET_CORNER,
    SLASH_DATE,
    WORD_TRIGGERS,
    ZIP_GATE,
    Rule,
)
from bot.phi.spans import PhiSpan

__all__ = ["CATEGORIES", "PLACEHOLDER_RE", "PhiSpan", "find_phi"]

CATEGORIES: tuple[str, ...] = (
    "NAME", "LOCATION", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
    "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "ID",
)

PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(CATEGORIES) + r")-\d{1,6}\]")


# Keyword-led values must look like identifiers, not words or a bare year.
_KEYED = {"MRN", "HEALTH_PLAN", "ACCOUNT", "VEHICLE", "LICENSE", "DEVICE", "ID"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_ALPHA = re.compile(r"[A-Za-z]")


def _value_ok(value: str, category: str = "") -> bool:
    digits = len(_DIGIT.findall(value))
    if category == "DEVICE":  # device serials are short: "SN 4471", "serial 88Q21", "SN 8G4"
        return (digits >= 3 and not _YEAR.fullmatch(value)) or (digits >= 2 and bool(_ALPHA.search(value)) and len(value) >= 3)
    if digits >= 4:
        return not _YEAR.fullmatch(value)
    return digits >= 2 and bool(_ALPHA.search(value)) and len(value) >= 5


_PUBLIC_SITE = re.compile(r"(?i)(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov|edu|int)")


_LISTED = frozenset({"MRN", "DEVICE", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "ID", "VEHICLE", "SSN"})
_LIST_JOIN = re.compile(r"(?:\s{0,2},\s{0,2}(?:and\s{1,2}|or\s{1,2}|&\s{1,2})?|\s{1,2}(?:and|or|&)\s{1,2}|\s{0,2}/\s{0,2})")


def _listed_values(text: str, s: int, e: int, category: str, confidence: float, out: list[PhiSpan]) -> None:
    """'serials RH-44017 and RH-44018', 'MRNs 51207734, 51207743': the keyword names every value of
    its list, so a later value of the same shape (letters, digits and separators in the same places)
    is flagged too."""
    shape = re.compile("".join(r"\d" if c.isdigit() else "[A-Za-z]" if c.isalpha() else re.escape(c) for c in text[s:e])
                       + r"(?![\w-])")
    for _ in range(8):
        j = _LIST_JOIN.match(text, e)
        m = shape.match(text, j.end()) if j else None
        if not m or text[j.end() - 1:j.end()].isalnum():
            return
        out.append(PhiSpan(m.start(), m.end(), category, confidence))
        e = m.end()


def _pattern_spans(text: str, out: list[PhiSpan], toks: list[tuple[int, int]], keys: list[str]) -> None:
    found: set[tuple[int, int, str]] = set()

    def add(rule: Rule, m: re.Match[str]) -> None:
        s, e = m.span(rule.group)
        if s < 0 or s == e:
            return
        category = rule.category
        if category in _KEYED and rule.group and not _value_ok(text[s:e], category):
            return
        if category == "URL":
            while e > s and text[e - 1] in ".,;:!?)]}'\"":
                e -= 1
            if _PUBLIC_SITE.fullmatch(text, s, e):
                return  # "ClinicalTrials.gov", "cdc.gov": a public site named, no page of anyone's
        key = (s, e, category)
        if key not in found:
            found.add(key)
            out.append(PhiSpan(s, e, category, rule.confidence))
            if rule.group and category in _LISTED and e < len(text) and text[e] in " ,/&":
                _listed_values(text, s, e, category, rule.confidence, out)

    for m in DIGIT_RX.finditer(text):
        name = m.lastgroup
        rule = DIGIT_RULES[int(name[1:])]
        s, e = m.span()
        if rule.category == "DATE" and (_vetoed(text, s, e) or _no_month(text, s, e)):
            continue
        if rule.category == "LOCATION" and _bad_address(text[s:e]):
            continue
        if rule.category == "AGE" and _temperature(text, s, e):
            continue
        if rule.category == "PHONE" and e - s == 8 and text[s + 3] == "-" and (text[e - 2:e] == "00" or text[s] in "01"):
            continue  # "500-1000" is a range, not a number
        add(rule, m)

    n = len(text)
    gated: dict[int, bool] = {}

    windows: dict[int, tuple[Rule, list[tuple[int, int]]]] = {}

    def gate_open(rule: Rule) -> bool:
        if rule.gate is None:
            return True
        ok = gated.get(id(rule))
        if ok is None:
            ok = gated[id(rule)] = bool(rule.gate.search(text))
        return ok

    def run(rule: Rule, p: int, width: int) -> None:
        if not gate_open(rule):
            return
        if rule.mode == "match":
            m = rule.rx.match(text, p)
            if m:
                add(rule, m)
        else:  # collect; overlapping windows are merged and searched once (no rescans)
            before, after = rule.window
            windows.setdefault(id(rule), (rule, []))[1].append((max(0, p - before), min(n, p + width + after)))

    # Word triggers: one dict lookup per token (the name walk already tokenised the text).
    trig = WORD_TRIGGERS
    for i in [i for i, k in enumerate(keys) if k in trig]:
        k = keys[i]
        p = toks[i][0]
        for rule in trig[k]:
            run(rule, p, len(k))
    if any(t in text or u in text for t, u in _LITERAL_FORMS):  # ".MP4" as well as ".mp4"
        low = text.lower()
        dotted = _dotted_words(low)
        for t, rule in LITERAL_TRIGGERS:
            if t in _DOTTED_TRIGGERS and t not in dotted:
                continue  # ".jpg", ".gov", ...: absent, known from one scan instead of a find each
            p = low.find(t)
            if p < 0 or not gate_open(rule):
                continue  # absent (the usual case): one scan, not a count and a find; or gated shut ("1:2", no IPv6)
            if rule.mode == "window" and rule.gate is None and low.count(t, p) > 2000:
                windows[id(rule)] = (rule, [(0, n)])  # dense triggers: one pass over the text is cheaper
                continue
            while p >= 0:
                if not (rule.boundary and p > 0 and low[p - 1].isalnum()):
                    run(rule, p, len(t))
                p = low.find(t, p + 1)
    for rule, spans in windows.values():
        spans.sort()
        a, b = spans[0]
        for s, e in spans[1:] + [(n + 1, n + 1)]:
            if s <= b:
                b = max(b, e)
                continue
            for m in rule.rx.finditer(text, a, b):
                add(rule, m)
            a, b = s, e
    if " Dr" in text:
        # a street "Dr" ("at Fox Hollow Dr"): found from a " Dr" no name follows (a literal scan, so a note full of
        # "Dr. Smith" costs little), then the rule is run over the few words before it
        ends = [m.end() for m in _STREET_DR.finditer(text)]
        for rule in _FULL_RULES:
            last = -1
            for e in ends:
                for m in rule.rx.finditer(text, max(last, e - 64), min(n, e + 1)):
                    add(rule, m)
                last = e
    for rule in _ZIP_RULES:
        for z in ZIP_GATE.finditer(text):
            for m in rule.rx.finditer(text, max(0, z.start() - 5), z.end()):
                add(rule, m)


_ZIP_RULES = [r for r in RULES if r.mode == "zip"]
_LITERAL_FORMS = tuple((t, t.upper()) for t, _ in LITERAL_TRIGGERS)  # each trigger and its capitals, built once
_FULL_RULES = [r for r in RULES if r.mode == "full" and not r.triggers]
_STREET_DR = re.compile(r" Dr\b(?!\.?\s?[A-Z])")
_DOT_WORD = re.compile(r"\.[a-z0-9]{2,6}")
_DOTTED_TRIGGERS = frozenset(t for t, _ in LITERAL_TRIGGERS if _DOT_WORD.fullmatch(t))


def _dotted_words(low: str) -> set[str]:
    """Every "." with the two to six letters or digits after it, and each of its prefixes: a trigger such as
    ".com" or ".m4a" occurs in ``low`` exactly when it is in this set (matches hold one dot, so none hides another)."""
    return {w[:k] for w in set(_DOT_WORD.findall(low)) for k in range(3, len(w) + 1)}


_BARE_F = re.compile(r"(\d{2,3})\s{0,2}-?\s{0,2}[fF]")
_TEMP_BEFORE = re.compile(
    r"(?i)\b(?:fever|fevers|febrile|afebrile|temps?|temperature|t|tmax|tm|tc|pyrexia|spiked?|spiking|spikes|"
    r"hyperthermia|hyperthermic|rectal|oral|axillary|tympanic|degrees?)\b[^.;\n]{0,24}$")


def _temperature(text: str, s: int, e: int) -> bool:
    """'fever over 101F', 'temp 102 F': a temperature, not a 101-year-old female."""
    m = _BARE_F.fullmatch(text, s, e)
    if not m or not 95 <= int(m.group(1)) <= 110:
        return False
    return bool(_TEMP_BEFORE.search(text, max(0, s - 40), s)) or text[e:e + 1] in ("°",)
_FAR_VETO = frozenset("ps psv cpap bipap bi-pap peep imv simv prvc pain strength motor apgar apgars settings vent murmur".split())
_WORDS_BEFORE = re.compile(r"(?:[A-Za-z0-9:/+-]+[\s,=:(]{1,3}){1,2}$")
_WORD_AFTER = re.compile(r"^\W{0,3}([A-Za-z0-9:/-]+)")
_WORDS = re.compile(r"[A-Za-z][A-Za-z']*")
# street suffixes that are everyday words too ("3 WAY FOLEY IN PLACE"): tagged "ambiguous" in data/street_suffixes.txt
_AMBIGUOUS_SUFFIX = frozenset(lx.street_suffixes("ambiguous"))


_UNIT_TAIL = re.compile(r",?\s{0,3}(?:Apt|Apartment|Unit|Suite|Ste|#|APT|UNIT)\.?\s{0,3}#?\s{0,2}[A-Za-z0-9-]{1,6}$")
_DIRECTIONS = frozenset({"N", "S", "E", "W"})


def _bad_address(value: str) -> bool:
    """'3 WAY FOLEY IN PLACE', '50 BY DR', '110 SR TO ST' are not street addresses."""
    flags = lx.lexicon().flags
    value = _UNIT_TAIL.sub("", value)  # "2207 Sycamore St, Apt 5B": the flat number says nothing about the street
    words = [w for w in _WORDS.findall(value) if w not in _DIRECTIONS]  # "1402 W Lawn Ave"
    if not words:
        return True
    inner = words[:-1] if len(words) > 1 else words
    mixed = not value.isupper()
    if any(flags.get(w.lower(), 0) & (lx.STOP | lx.UNIT | lx.TITLE | lx.MONTH) or (
            flags.get(w.lower(), 0) & lx.CLIN and not (mixed and w.istitle() and flags.get(w.lower(), 0) & lx.COMMON))
           for w in inner):
        return True  # an everyday word in Title case names a street even when a clinical list has it ("45 Industrial Dr")
    last = words[-1].lower()
    if value.isupper() and last in _AMBIGUOUS_SUFFIX and not value.rstrip().endswith("."):
        return any(flags.get(w.lower(), 0) & lx.COMMON == 0 and not flags.get(w.lower(), 0) & (lx.FIRST | lx.SUR) for w in inner)
    return False


# a lowercase word after "may" that is no preposition or conjunction: "may" is the verb ("1 may need", not "5 may in clinic")
_TWO_NUMBERS = re.compile(r"(\d{1,2})[/-](\d{1,2})[/-]\d")


def _no_month(text: str, s: int, e: int) -> bool:
    """"20/30/40": neither of the first two numbers can be a month, so it is a rule or a ratio, not a date."""
    m = _TWO_NUMBERS.match(text, s, e)
    return bool(m and int(m.group(1)) > 12 and int(m.group(2)) > 12)


_MODAL_AFTER = re.compile(r"\s{1,2}(?!(?:at|in|on|for|from|to|until|till|by|and|or|with|then|is|was|visit|appt|clinic|f/?u)\b)[a-z]{2,}\b(?!\s?\d)")


def _vetoed(text: str, s: int, e: int) -> bool:
    """Context words that make a number pair a score, ratio or setting, not a date."""
    if text[e - 4:e] == " may" and _MODAL_AFTER.match(text, e):
        return True  # "type 1 may need a pump", "MEN1 may explain it": the verb, not the month
    before = _WORDS_BEFORE.search(text, max(0, s - 32), s)
    if before:
        words = [w.strip(":=-,(") for w in re.split(r"[\s/]+", before.group(0).lower()) if w.strip(":=-,(")]
        if words and words[-1] in NON_DATE_BEFORE:
            return True
        if any(w in _FAR_VETO for w in words[:-1]):
            return True
    after = _WORD_AFTER.match(text[e:e + 24])
    return bool(after and after.group(1).lower().rstrip(".") in NON_DATE_AFTER)


_MOTOR = frozenset(
    "flexion extension dorsiflexion plantarflexion plantar abduction adduction grip grips deltoid deltoids biceps "
    "triceps quadriceps quads hamstrings iliopsoas ehl wrist hip knee ankle shoulder elbow finger fingers toe toes "
    "strength motor power weakness weak rue lue rle lle bue ble ue le extremity extremities flexors extensors "
    "abductors adductors dorsiflexors intrinsics arm arms leg legs bilaterally bilateral".split()
)


def _motor_grade(text: str, s: int) -> bool:
    words = re.findall(r"[a-z]+", text[max(0, s - 40):s].lower())[-4:]
    return any(w in _MOTOR for w in words)


_PAIN = re.compile(r"(?i)\b(?:c/o|pain|painful|rates?|rated|rating|score|severity|intensity|hurts?|sore|aches?|lbp|ha|headache|discomfort|cramps?|cramping|"
                   r"fatigue|nausea|dyspnea|sob|anxiety|depression|drowsiness|appetite|tiredness|itch|itching|esas|nrs|vas)\b")  # symptom scales out of 10
_SUBJECT_AGE_NUMBER = re.compile(r"([19](?<![\w.][19])(?:(?<=9)\d|(?<=1)[01]\d))\b(?![.,]\d)"  # (?<![\w.])(9\d|1[01]\d), fast
                                 r"(?!\s?(?:%|mg|kg|lbs?|bpm|/|mmhg|mm|cm|ml|units?|degrees|°|f\b|c\b|percent|beats|min|on|over))", re.I)
_SUBJECT_AGE_BEFORE = re.compile(
    r"(?i)\b(?:she's|he's|she is|he is|pt is|pt's|patient is|who is|wife is|husband is|mother is|father is|mom is|both are|"
    r"dad is|grandmother is|grandfather is|grandma is|grandpa is|nana is|granny is|aunt is|uncle is|sister is|brother is|"
    r"she was|he was|is now|turned|turns|she'll be|he'll be|will be"
    r"|(?<![\w-])(?:man|woman|male|female|gentleman|lady|gent|pt|patient|resident|veteran),"
    r"|\b(?:bed|room|rm|slot|bay|chair|pod)\s?\d{1,4}[a-z]?\s(?:is|was))\s{1,3}$")  # "slot 8 is 97 and sharp"  # "Man, 91, new diabetes"


# "goes by Bill", "aka Bobby": a nickname is a name whatever word it is
# \b(?:goes by|go by|aka|a\.k\.a\.?|nicknamed|known as|prefers to be called|prefers), any case of "goes by", by first letter (a fast scan)
_NICKNAME = re.compile(r"[gGankpAc](?<!\w[gGankpAc])(?:(?<=[gG])(?:oes by|o by|OES BY|O BY)|(?<=a)(?:ka|\.k\.a\.?|nswers to)|(?<=A)KA|"
                       r"(?<=n)icknamed|(?<=c)alls? (?:him|her|them)|"
                       r"(?<=k)nown as|(?<=p)(?:refers to be called|refers))\s{1,3}['‘\"“]?"
                       r"([A-Z][a-z'’-]{1,20})\b")
_PERSON_VERB_AFTER = re.compile(r"(?:['’]s)?\s(?:called|calls|says|said|wants|wanted|asked|asks|phoned|texted|emailed|stopped by|came|is here|"
                                r"arrived|left|declined|agreed|reports|reported|needs)\b")
_MONTH_NAMED = re.compile(r"\b(April|May|June|July|August|Will)\s([A-Z][a-z]{2,20}(?:-[A-Z][a-z]{2,20})?)\b")
_BEFORE_BRACKETED_NAME = re.compile(r"(?:^|(?<=[\s,;:]))([A-Za-z][A-Za-z'’-]{1,20})(?:\s{1,2}in\s{1,2}\d{1,3}[A-Za-z]?)?\s{1,2}$")
# "pt name: WILL STORM, age 97": whatever follows a name label is a name
_NAME_LABEL_WORD = re.compile(r"(?i)\bname\s{0,2}(?:is|[:=-])")
_NAME_LABEL_PREFIX = re.compile(r"(?i)\b(?:pt|patient|pt's|patient's|full|legal|preferred)\s{0,2}$")
_NAME_LABEL = re.compile(r"(?i)\b(?:pt|patient|pt's|patient's|full|legal|preferred)\s{0,2}name\s{0,2}(?:is|[:=-])\s{0,3}"
                         r"([A-Za-z][A-Za-z'’.-]{0,30}(?:,?\s{1,2}[A-Za-z][A-Za-z'’.-]{0,30}){0,3}?)(?=\s*(?:[,;(\n]|\s-\s|$|\s(?:age|dob|mrn|is|was|in|on)\b))")
# "T. J. Washington", "J. Washington": initials then a surname
_INITIALS = re.compile(r"\b((?:[A-Z]\.\s?){1,2})([A-Z][a-z'’-]{2,20})\b")
_MONTH_NAME_WORDS = frozenset({"april", "may", "june", "july", "august", "will"})
_NAME_TRIGGERS = _MONTH_NAME_WORDS | {"name", "nickname", "pt", "patient"} | TEAM_TRIGGERS | KIN_AFTER | RECORD_WORDS
_CUED = _NAME_TRIGGERS | frozenset(ascii_lowercase)  # the trigger words, and single letters (initials); keys are lowercase
_KIN_WORDS = frozenset({"mom", "dad", "mother", "father", "wife", "husband", "son", "daughter", "family", "brother", "sister",
                        "grandma", "grandpa", "aunt", "uncle", "kids", "partner"})
# words that make the capital after them a thing, not the person found elsewhere ("her own Foley", "the Whipple");
# wider than names.py's determiners, which also decide lowercase words ("its pedro again" is a name)
_THING_BEFORE = frozenset("the a an this that these those his her their its own my your our".split())


def _more_names(text: str, out: list[PhiSpan], walk: NameWalk) -> None:
    """Names the pair model cannot see: nicknames after "goes by", initials before a surname, and
    the other mentions of a name already found ("grace in 12 (Grace Okonjo)", "Chuck (Charles ...)")."""
    flags = lx.lexicon().flags
    keys, toks = walk.keys, walk.toks
    cued = [i for i, k in enumerate(keys) if k in _CUED]  # one pass; rules run where these stand
    owned_at = [m.start() for m in OWNED_START.finditer(text)] if ("'" in text or "’" in text) else []
    if "by" in text or "ka" in text or "known" in text or "prefer" in text or "call" in text or "answers to" in text:
        for m in _NICKNAME.finditer(text):
            f = flags.get(m.group(1).lower(), 0)
            called = not m.group(0).lower().startswith(("aka", "a.k.a", "known"))  # "also known as Pinworm" is a synonym
            if m.group(0).lower().startswith(("call", "answers")) and f & (lx.REL | lx.TITLE | lx.CLIN | lx.ROLE):
                continue  # "calls her Mom", "calls them Tylenol": a relation, a title or a drug, not a name
            if m.group(0).lower().startswith("prefers ") and f & (lx.CLIN | lx.MED | lx.HEAD):
                continue  # "the payer prefers Hadlima": a drug, not what someone is called
            if (called and not f & (lx.STOP | lx.UNIT | lx.MONTH)) or (
                    (f & lx.FIRST or not f & (lx.ENG | lx.MED)) and not f & (lx.STOP | lx.CLIN | lx.HEAD | lx.UNIT | lx.MONTH)):
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    if "." in text:
        for m in filter(None, (_INITIALS.match(text, toks[i][0]) for i in cued if len(keys[i]) == 1)):
            f = flags.get(m.group(2).lower(), 0)
            if f & lx.SUR and not f & (lx.STOP | lx.CLIN | lx.HEAD | lx.MONTH) and (m.start() == 0 or text[m.start() - 1] != ".") \
                    and not text[max(0, m.start() - 2):m.start()].strip()[-1:].isdigit():  # "net -2.1 L. Goes by": a unit
                out.append(PhiSpan(m.start(), m.end(), "NAME", 0.75))
    for m in filter(None, (_MONTH_NAMED.match(text, toks[i][0]) for i in cued if keys[i] in _MONTH_NAME_WORDS)):
        # "April Nakamura's mom", "for Will Baker": a given name, not a date or a verb
        f = flags.get(m.group(1).lower(), 0)
        f2 = flags.get(m.group(2).lower(), 0)
        mid = m.start() > 0 and text[:m.start()].rstrip()[-1:] not in ".!?:;\n"  # "for Will Baker": not a sentence start
        acts = _PERSON_VERB_AFTER.match(text, m.end())  # "Will Bishop called back": a person who calls
        if f & lx.FIRST and (f2 & lx.SUR or not f2) and not f2 & (lx.STOP | lx.CLIN | lx.MONTH | lx.HEAD | lx.UNIT) \
                and (mid or not f2 & lx.COMMON or acts):
            out.append(PhiSpan(m.start(), m.end(), "NAME", 0.8))
    if "name" in text or "Name" in text or "NAME" in text:
        for t in filter(None, (_NAME_LABEL_WORD.match(text, toks[i][0]) for i in cued if keys[i] == "name")):
            # "name:" first, then the label word before it
            p = _NAME_LABEL_PREFIX.search(text, max(0, t.start() - 12), t.start())
            m = _NAME_LABEL.match(text, p.start()) if p else None
            if not m:
                continue
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.95))
    if "'" in text or "’" in text:
        for m in filter(None, (POSSESSED.match(text, p) for p in owned_at)):
            f = flags.get(m.group(1).lower(), 0)
            kin = m.group(0).rsplit(None, 1)[-1].lower() in _KIN_WORDS
            if not f & (lx.STOP | lx.CLIN | lx.HEAD | lx.MONTH | lx.UNIT | lx.TITLE) and (f & (lx.FIRST | lx.SUR) or not f) \
                    and (kin or not f & lx.MED):  # "Barrett's biopsy" is the esophagus; "Barrett's mom" a person
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75))
    # "Chuck (Charles Abernathy-Lowe)", "JJ (Jaylen Jackson-Moore)", "grace in 12 (Grace Okonjo)": what the
    # person is called, right before their name in brackets
    for sp in [c for c in out if c.category == "NAME"]:
        if sp.start >= 2 and text[sp.start - 1] == "(":
            m = _BEFORE_BRACKETED_NAME.search(text, max(0, sp.start - 32), sp.start - 1)
            if not m:
                continue
            word = m.group(1)
            f = flags.get(word.lower(), 0)
            if (f & lx.FIRST and not f & (lx.STOP | lx.CLIN)) or (word.isupper() and len(word) <= 3) \
                    or word.lower() in text[sp.start:sp.end].lower() or (  # "Bitsy (Elizabeth Tran)": a pet name
                    word.istitle() and not f & (lx.STOP | lx.CLIN | lx.MED | lx.UNIT | lx.MONTH | lx.TITLE | lx.ROLE | lx.REL | lx.COMMON)):
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    team_chat_names(text, out, flags, keys, toks, cued, owned_at, about_person(walk))
    names = [sp for sp in out if sp.category == "NAME" and sp.confidence >= 0.7]
    if not names:
        return
    parts = set()
    common = set()  # everyday words ("Grace", "Long"): another mention counts only in Title case or first
    for sp in names:
        for w in re.findall(r"[A-Za-z][a-z'’-]{2,}|[A-Z]{3,}", text[sp.start:sp.end]):
            f = flags.get(w.lower(), 0)
            if not f & (lx.STOP | lx.MONTH | lx.TITLE | lx.CRED | lx.REL | lx.ROLE):
                parts.add(w.lower())
                if f & lx.COMMON:
                    common.add(w.lower())
    if not parts:
        return
    covered = sorted((sp.start, sp.end) for sp in out)
    starts = [c[0] for c in covered]
    reach = []  # furthest end among spans starting at or before each start: one bisect answers "covered?"
    far = -1
    for _, e in covered:
        far = max(far, e)
        reach.append(far)
    n = len(keys)
    for i in [i for i, key in enumerate(keys) if key in parts]:
        key = keys[i]
        s, e = toks[i]
        w = text[s:e]
        if key in common and not (s == 0 or (w[0].isupper() and w[1:].islower())):
            continue
        j = i + 1
        if j < n and keys[j] in ("s", "'s", "’s") and toks[j][0] - e <= 1:
            j += 1
        if j < n and walk.flags[j] & lx.HEAD:
            continue  # "Baker cyst": the eponym, not the person
        if i > 0 and keys[i - 1] in _THING_BEFORE and toks[i - 1][1] < s:
            continue  # "when her own Foley comes out", "the Whipple": a thing, not the person
        if (s > 0 and text[s - 1] == "-" and text[s - 2:s - 1].isalpha()) or (text[e:e + 1] == "-" and text[e + 1:e + 2].isupper()):
            if not any(text[sp.start:sp.end].find(text[max(0, s - 12):s]) >= 0 for sp in names if "-" in text[sp.start:sp.end]):
                continue  # "Fitz-Hugh-Curtis", "Reed-Sternberg cells": part of a hyphenated eponym
        k = bisect.bisect_right(starts, e - 1) - 1
        if k >= 0 and reach[k] > s:
            continue
        out.append(PhiSpan(s, e, "NAME", 0.7))


# "(DOB 06/30/1929), 96,": the age written right after a date of birth
# (?i)\b(?:dob|born)\b..., written to start with a class (fast)
_AGE_AFTER_DOB = re.compile(r"[DdBb](?<!\w[DdBb])(?i:(?<=d)ob|(?<=b)orn)\b[^()\n]{4,24}\)?,\s{1,3}(9\d|1[01]\d)\b(?![.,]\d)")


# "Re: K.M., the 92-year-old", "M.K. is back": a person's initials; dotted abbreviations are not
_DOTTED_INITIALS = re.compile(r"(?<![\w.])([A-Z])\.\s?([A-Z])\.(?:\s?([A-Z])\.)?(?![\w.])")
_INITIALS_CUE = re.compile(r"(?i)\b(?:pt|patient|re|mr|ms|mrs|miss)\b[.:]?\s{1,3}$")
_DOTTED_ABBREVIATIONS = frozenset(
    "US UK EU UN AM PM MD DO RN NP PA IV PO OR ER ED GI GU CO HO CI PT OT UO YO BS MS BA MA BM RT TV ID IS NC AC TO VO DC "
    "HR RR BP IM SC SQ OD OS OU AD AU QD NB PS RA CT MR DX SP EG IE VS HS NY LA SF DL HL SL TL DNR DNI POA PRN BID TID QID QHS NPO SOB "
    "PhD RPH PAD RD LD ST CDE LPN CNA DDS DMD CNM".upper().split())


_DOT_CAP_DOT = re.compile(r"\.\s?[A-Z]\.")  # starts with a literal: the scan jumps from dot to dot


def _dotted_initials(text: str, out: list[PhiSpan]) -> None:
    for d in _DOT_CAP_DOT.finditer(text):
        m = _DOTTED_INITIALS.match(text, max(0, d.start() - 1))
        if m is None or (m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._")):
            continue
        letters = "".join(g for g in m.groups() if g)
        if letters in _DOTTED_ABBREVIATIONS or (m.group(3) and not _INITIALS_CUE.search(text, max(0, m.start() - 12), m.start())):
            continue  # three dotted capitals ("P.A.D.") are an acronym unless a patient cue stands before them
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if not any(c.islower() for c in line):
            continue  # a capitals-only note: dotted capitals there are as often abbreviations ("H.O.", "C.I.")
        out.append(PhiSpan(m.start(), m.end(), "NAME", 0.7))


# "Hi its Noor,", "this is Gene from the pharmacy", "I'm Marisol,": a caller or writer says who they are;
# "... can we do video instead - Ignatius": a message signed with a given name
_INTRODUCED = re.compile(r"(?i:\b(?:this is|it's|it’s|its|it is|i'm|i’m|i am|my name is|name's))\s([A-Z][a-z'’]{1,20})"
                         r"(?:\s([A-Z][a-z'’-]{1,20}))?"
                         r"(?=\s?[,.!;(]|\s(?:from|here|with|again|calling|at|on|in|the)\b|\s*$)")
# what a caller says right after their name: a comma, where they call from, or whose relative they are
_SAYS_WHO = re.compile(r",|\s(?:from|calling)\b|\sat\sthe\b")
_INTRODUCED_LOWER = re.compile(r"(?:^|[.!?]\s)(?:hi,?\s|hello,?\s|hey,?\s)?(?:this is|it's|it’s|its|i'm|i’m|im|my name is)\s([a-z][a-z'’]{2,20})"
                               r"(?=\s(?:from|calling)\b|\sat\sthe\b|,\s[a-z'’]+\s(?:mom|dad|mother|father|wife|husband|son|daughter|"
                               r"sister|brother|grandma|grandpa|aunt|uncle|nurse|teacher|case\smanager)\b)")
_SIGNED = re.compile(r"(?:\s[-–—~]\s?|\n-?\s?)([A-Z][a-z'’]{2,20})[.!]?\s*$")
_GREETINGS = frozenset({"", "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "yes", "hi there"})


def _introduced_names(text: str, out: list[PhiSpan]) -> None:
    flags = lx.lexicon().flags

    def could_be_a_name(word: str, opening: bool = False) -> bool:
        """A given name, or a word that is no everyday or clinical word; at the very start of a message
        ("hi its Marigold Fenwick,") an everyday word too: a caller says who they are before anything else."""
        f = flags.get(word.lower(), 0)
        return not f & lx.NEVER_NAME and bool(f & lx.FIRST or not f & lx.COMMON or opening)

    for m in _INTRODUCED.finditer(text, 0, 240):  # callers say who they are at the start of a message
        opening = m.start() < 24 and text[:m.start()].strip(" ,!-").lower() in _GREETINGS
        second = flags.get(m.group(2).lower(), 0) if m.group(2) else 0
        if m.group(2) and could_be_a_name(m.group(1), opening) and could_be_a_name(m.group(2), opening) \
                and bool(second & (lx.SUR | lx.FIRST) or not second & lx.ENG):  # "Marigold Fenwick": then a surname
            out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.8))
        elif could_be_a_name(m.group(1), opening and bool(_SAYS_WHO.match(text, m.end(1)))):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    if text[:1].islower():  # typed in lower case: "this is penny at the front desk", "this is gabe, lilys dad"
        for m in _INTRODUCED_LOWER.finditer(text, 0, 120):
            f = flags.get(m.group(1), 0)
            if f & (lx.FIRST | lx.SUR) and not f & (lx.NEVER_NAME | lx.MED):
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    m = _SIGNED.search(text, max(0, len(text) - 40))
    if m and could_be_a_name(m.group(1)):
        out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75))


# Letters of scripts other than Latin (Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai,
# Lao, Georgian, Hangul, kana and Han). Cyrillic look-alikes are already folded to Latin letters, so a token
# may mix the two ("Гeнa").
_OTHER_SCRIPT = ("\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff"
                 "\u0e00-\u0fff\u1000-\u109f\u1200-\u137f\u1780-\u18af\u10a0-\u10ff\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff")
_SCRIPT_TOKEN = f"[A-Za-z]*[{_OTHER_SCRIPT}][A-Za-z{_OTHER_SCRIPT}]*"
_SCRIPT_NAME = re.compile(f"(?<![\\w{_OTHER_SCRIPT}]){_SCRIPT_TOKEN}(?:[ -]{_SCRIPT_TOKEN}){{0,2}}(?![\\w{_OTHER_SCRIPT}])")
_HAN_KANA = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_GREEK = re.compile("[\u0370-\u03ff]")


# after a run in another script: a transliteration in brackets ("(Kim Seo-yeon)") says it is a name; a gloss in
# lower case ("(fever)", "for shortness of breath", "means overdose") says it is a word
_TRANSLITERATED = re.compile(r"\s{0,2}\(\s?([A-Z][a-z'’-]+)")
_BRACKETED_NAME = re.compile(r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*(?:\s[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*){0,3}(?=\s?[),])")
_GLOSSED = re.compile(r"[\s,]{0,3}(?:\(\s?['\"“]?[a-z]|(?:for|means|meaning|is|=|reads|says)\s['\"“]?[a-z])")
_SCRIPT_PERSON_BEFORE = re.compile(
    r"(?i)\b(?:name[sd]?|spouse|wife|husband|son|daughter|mother|father|mom|dad|sister|brother|patient|pt|signed|signature|"
    r"goes by|called|traveler|caller|writes|wrote|form|label|bracelet|chart|id|passport|mr|mrs|ms|dr|family|relative|"
    r"child|baby|referral|consent)\b[^.!?\n]{0,40}$")


def _other_script_names(text: str, out: list[PhiSpan]) -> None:
    """'Spouse 김서연 (Kim Seo-yeon)', 'Traveler प्रिया शर्मा (Priya ...)', 'name on the referral: Θεοδώρα Παπαδοπούλου': in a
    message written in Latin letters, a short run of words in another script is a name as its owner writes it when
    a transliteration follows it, a word about a person stands just before it, or a found name stands beside it.
    Clinical words glossed in English ('बुखार (fever)', 'налоксон is naloxone') are a handout, not a person; long runs
    are text in that language; a Han or kana character next to a digit is part of a date ('3月7日'); short Greek
    words are symbols ('αβ T cells')."""
    letters = sum(1 for c in text if c.isalpha())
    other = sum(1 for c in text if c.isalpha() and not c.isascii() and not "\u00c0" <= c <= "\u024f")
    if other * 2 > letters:
        return  # the message itself is written in that script: not a name inside English text
    names = [(sp.start, sp.end) for sp in out if sp.category == "NAME"]
    flags = lx.lexicon().flags
    for m in _SCRIPT_NAME.finditer(text):
        run = m.group()
        words = run.replace("-", " ").split()
        if any(sum(1 for c in w if not c.isascii()) * 2 < len(w) for w in words):
            continue  # one look-alike letter inside a Latin word ("мrn"): a disguise, not a name
        if _HAN_KANA.search(run):
            if len(run.replace(" ", "")) > 5 or len(run) < 2 or text[m.start() - 1:m.start()].isdigit() \
                    or text[m.end():m.end() + 1].isdigit():
                continue
        elif any(len(w) < 2 for w in words) or (_GREEK.search(run) and max(len(w) for w in words) < 4):
            continue
        if _GLOSSED.match(text, m.end()):
            continue
        beside = any(0 <= m.start() - e <= 3 or 0 <= s - m.end() <= 3 for s, e in names)
        tr = _TRANSLITERATED.match(text, m.end())
        tf = flags.get(tr.group(1).lower(), 0) if tr else 0
        if tf & (lx.COMMON | lx.STATE | lx.CLIN) and not tf & (lx.FIRST | lx.SUR):
            continue  # "中药 (Chinese herbal medicine)": a gloss that starts with a capital
        if tr or beside or _SCRIPT_PERSON_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            out.append(PhiSpan(m.start(), m.end(), "NAME", 0.9))
            if tr and (inside := _BRACKETED_NAME.match(text, tr.start(1))):  # "(Abdulrahman Al-Husseini)": the same name
                out.append(PhiSpan(inside.start(), inside.end(), "NAME", 0.9))


# "opened by user kpaulsen", "login: jdoe42": an account name in an access log names the person who holds it
_USER_NAME = re.compile(r"(?i:\b(?:user(?:name)?|user id|userid|login|log-in|account name))\s{0,2}[:=#]?\s{0,2}([a-z][a-z0-9._-]{3,30})\b")


def _user_names(text: str, out: list[PhiSpan]) -> None:
    """The value must look like an account name: with a digit, a dot or an underscore, or no English word
    ("user kpaulsen", not "user error", "user manual")."""
    flags = lx.lexicon().flags
    for m in _USER_NAME.finditer(text):
        v = m.group(1)
        if any(c.isdigit() or c in "._" for c in v) or not flags.get(v.lower(), 0) & (lx.ENG | lx.CLIN | lx.STOP | lx.MED):
            out.append(PhiSpan(m.start(1), m.end(1), "ID", 0.75))


# "Card on file ends 8824", "acct ending in 5531": the last four digits of a payment card or account (the
# ending is found first, then the card or account word in the few words before it)
_ENDS_FOUR = re.compile(r"end(?:s|ing)?(?:\s(?:in|with))?\s(\d{4})\b")
_SSN_BEFORE = re.compile(r"(?i)\b(?:ssn|social security|social)\b[^.\n]{0,48}?$")
_CARD_BEFORE = re.compile(r"(?i)\b(?:card|visa|mastercard|amex|acct|account|cc)\b[^.\n\d]{0,24}?$")


def _card_last_four(text: str, out: list[PhiSpan]) -> None:
    p = text.find("end")
    while p >= 0:  # str.find reaches each "end" far faster than a regex scan of the whole text
        m = _ENDS_FOUR.match(text, p)
        if m and not text[p - 1:p].isalnum():
            if _CARD_BEFORE.search(text, max(0, p - 36), p):
                out.append(PhiSpan(m.start(1), m.end(1), "ACCOUNT", 0.8))
            elif _SSN_BEFORE.search(text, max(0, p - 60), p):  # "SSN as 921-.., she says it ends 7703"
                out.append(PhiSpan(m.start(1), m.end(1), "SSN", 0.8))
        p = text.find("end", p + 3)


def _subject_ages(text: str, out: list[PhiSpan]) -> None:
    """"she's 93", "his wife is 97": an age over 89 stated of a person."""
    if "9" not in text and "1" not in text:
        return
    for m in _SUBJECT_AGE_NUMBER.finditer(text):  # the number first (rare), then the words before it
        if _SUBJECT_AGE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            out.append(PhiSpan(m.start(1), m.end(1), "AGE", 0.8))
    for m in _AGE_AFTER_DOB.finditer(text):
        out.append(PhiSpan(m.start(1), m.end(1), "AGE", 0.8))


_COURSE_BEFORE = re.compile(r"(?i)\b(?:cycle|cycles|cyc|c|dose|doses|session|sessions|fraction|fractions|fx)\s?#?$")


_DATE_PREPOSITION = re.compile(r"(?i)\b(?:since|from|until|till|after|before)\s$")
_FRACTION_AFTER = re.compile(r"\s?(?:of\b|to\s\d|strength|dose|tab|tabs|tablet|the\b|[a-z]*(?:mg|ml|mcg|units?)\b|%)", re.I)


def _slash_dates(text: str, out: list[PhiSpan]) -> None:
    """"7/22" is a date; "5/5 strength", "1/2 NS", "pain 3/10" are not."""
    for m in SLASH_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        s, e = m.span()
        if ((a == b and a < 6) or (a < b <= 4)) and b and _DATE_PREPOSITION.search(text, max(0, s - 8), s) \
                and not _FRACTION_AFTER.match(text, e) and not _vetoed(text, s, e) and not (a == b and text[e:e + 1] in " /"
                                                                                           and text[e + 1:e + 2].isalpha()):
            out.append(PhiSpan(s, e, "DATE", 0.7))  # "hasn't been in since 2/3", "the weight from 3/4"
            continue
        if (a == b and a < 6) or (a < b <= 4) or b == 0:
            continue
        if _vetoed(text, s, e):
            continue
        if b == 5 and a <= 5 and _motor_grade(text, s):
            continue  # "dorsiflexion (4/5)": a strength grade
        if b == 10 and a <= 10 and (_PAIN.search(text, max(0, s - 24), min(len(text), e + 16)) or (
                text.count("/10") >= 2 and _PAIN.search(text, max(0, s - 160), s))):
            continue  # "c/o 8/10 lbp": a pain score; "Pain 6/10 ... down to 3/10 now": the same score again
        if a <= b <= 12 and _COURSE_BEFORE.search(text, max(0, s - 12), s):
            continue  # "since cycle 3/6": the third of six, not March 6 ("next cycle 12/21" is a date)
        conf = 0.75 if b <= 31 else 0.6  # "12/82" is month/year
        out.append(PhiSpan(s, e, "DATE", conf))


# ---------------------------------------------------------------- public API
_AGE_WORDS = r"(?:ninety|one hundred(?: and)?|a hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
_AGE_AFTER_NAME = re.compile(
    r"(?:'s)?(?:\s{1,2}(?:in|on)\s{1,2}(?:(?:bed|room|rm|bay)\s{1,2})?\d{1,4}[A-Za-z]?)?"  # "Mr. Hale in 221 is 98"
    r",?\s{1,3}(?:is|was|turned|turns|is now|now)\s{1,3}(9\d|1[01]\d)\b(?!\s?(?:%|mg|kg|lbs?|bpm|/|\.\d|mmhg|mm|cm|ml|units?))"
    r"|(?:'s)?,\s{1,3}(9\d|1[01]\d|" + _AGE_WORDS + r")(?=\s*(?:[,;)]|$)|\.(?:\s|$)|\s\()"  # "Ana Villanueva, 91, from Sunny Acres"
    r"|\s{0,2}\((?:[a-z]+,\s{1,2})?(9\d|1[01]\d)\)",  # "Gerda Achterberg (92)", "Mr. Penhaligon (deceased, 96)"
    re.I)
# the rest of a name after a part already found: "Ana Maria de la Cruz Villanueva", "Pearl Washington-Idowu"
# (a name never runs on across a line break: "Okafor, Chidi\nNguyen, Lan" is two)
_NAME_TAIL = re.compile(r"(?:[ \t](?:de|del|de la|la|le|van|von|der|den|van der|van den|bin|binti|ibn|al|el|da|dos|das|di|du|st\.?))?"
                        r"[ \t-]([A-Z][a-zà-ÿā-ž'’]{1,20}(?:-[A-Z][a-zà-ÿā-ž'’]{1,20})?)(?=[\s,.;:)!?'’]|$)")
_CITY_ZIP_AFTER_STREET = re.compile(r",\s{1,2}(?!(?:Apt|Unit|Suite|Ste|Floor|Fl|Room|Rm|Bldg|Building|APT|UNIT|SUITE|STE)\b)"
                                    r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{2}\s[A-Z]{3,}|[A-Z]{3,}(?:\s[A-Z]{2,})?)"
                                    r"(?:,?\s{1,2}(?:[A-Z]{2}\s{1,2})?(\d{5}(?:-\d{4})?))?(?=[\s,.:;)]|$)")
# a street address's end, after which a town may follow: the suffixes tagged "town" in data/street_suffixes.txt,
# or a box number ("PO Box 41")
_STREET_END = re.compile(r"(?i)\b(?:" + "|".join(lx.street_suffixes("town")) + r"|box\s\d{1,5})\.?$")
_ZIP_AFTER_PLACE = re.compile(r",?\s{1,3}(\d{5}(?:-\d{4})?)\b(?![.,]\d)")


_HAS_LETTER = re.compile(r"[A-Za-z]")
_TOKEN_RUN = re.compile(r"[A-Za-z0-9-]*")
_SIX_DIGITS = re.compile(r"\d(?:[A-Za-z-]{0,4}\d){5}")
_ALNUM_TOKEN = re.compile(r"(?<![\w.@/-])[A-Za-z0-9][A-Za-z0-9-]{5,28}[A-Za-z0-9](?![\w@/-]|\.\w)")
# "300-400cc", "3x4x5", "SBP-100-120": ranges, sizes and vitals, not identifiers
_UNIT_PARTS = frozenset("x cc ml mg mcg g kg l s sec min h hr hrs d sys sbp dbp map vt bp mm cm iu u meq mmol".split())
_NOT_AN_ID = re.compile(r"(?i)nct\d|rs\d|isbn|doi|pmid|covid|sars|h\d+n\d")


def _alnum_ids(text: str, cands: list[PhiSpan]) -> None:
    """Letters and six or more digits in one token ("44190275Z", "TV418820773", "P630-4418-2071") is a record,
    member, serial or licence number wherever it stands: no clinical value is written that way. Only the tokens
    around six digits are read, each once."""
    done = -1
    for d in _SIX_DIGITS.finditer(text):
        if d.start() < done:
            continue
        a = d.start()
        while a > 0 and d.start() - a <= 30 and (text[a - 1].isalnum() or text[a - 1] == "-"):
            a -= 1
        done = _TOKEN_RUN.match(text, d.start()).end()
        tok = text[a:done]
        if not _HAS_LETTER.search(tok) or not _ALNUM_TOKEN.fullmatch(text, a, done):
            continue
        letters = {w.lower() for w in re.findall(r"[A-Za-z]+", tok)}
        if sum(c.isdigit() for c in tok) >= 6 and not (letters <= _UNIT_PARTS and tok[0].isdigit()) and re.search(r"\d{4}", tok) \
                and not _NOT_AN_ID.match(tok):
            cands.append(PhiSpan(a, done, "ID", 0.7))


def _extend_names(text: str, cands: list[PhiSpan]) -> None:
    """A name found by its first part runs on through particles and surnames, so the whole of it is
    removed ("Ana Maria de la Cruz Villanueva", "Pearl Washington-Idowu"); a clinical, unit or common
    English word ends it ("Ana Reyes Clinic" stops before "Clinic")."""
    flags = lx.lexicon().flags
    stop = lx.MED | lx.CLIN | lx.HEAD | lx.UNIT | lx.STOP | lx.MONTH | lx.FACIL | lx.CRED | lx.ROLE | lx.TITLE | lx.STREET
    for i, sp in enumerate(cands):
        if sp.category != "NAME":
            continue
        end = sp.end
        for _ in range(4):
            m = _NAME_TAIL.match(text, end)
            if not m:
                break
            parts = [p for p in re.split(r"[-'’]", m.group(1).lower()) if p]
            if any(_ends_name(flags.get(p, 0), stop) for p in parts) and not _eponym_surname(text, m, parts, flags):
                break
            end = m.end()
        if end != sp.end:
            cands[i] = PhiSpan(sp.start, end, sp.category, sp.confidence)


# "KIERAN O'SULLIVAN, 22, RED HOODIE", "Theo Marsh, 7 - croup": two or three capitalised words, then an age;
# found from the comma and the age (rare), then the words before them
_COMMA_AGE = re.compile(r",\s{1,2}(\d{1,3})(?=\s?(?:yo\b|y/o|y\.o\.|[MFmf]\b|,|;|\s[-–—]\s|$))")
_NAME_BEFORE_AGE = re.compile(r"(?<![\w'’-])([A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?(?:\s[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?){1,2})$")
_NOT_IN_NAME = lx.CLIN | lx.UNIT | lx.STOP | lx.MONTH | lx.FACIL | lx.STREET | lx.HEAD | lx.TITLE | lx.CRED | lx.ROLE | lx.REL | lx.STATE


def _names_before_ages(text: str, cands: list[PhiSpan]) -> None:
    """A person written as a name and an age: every word a possible name part (no clinical, unit,
    place-kind or function word), the age a plausible one."""
    flags = lx.lexicon().flags
    for age in _COMMA_AGE.finditer(text):
        if int(age.group(1)) > 115:
            continue
        m = _NAME_BEFORE_AGE.search(text, max(0, age.start() - 80), age.start())
        if not m:
            continue
        words = re.split(r"[\s-]", m.group(1))
        fs = [flags.get(re.sub(r"['’]s$", "", w).lower(), 0) for w in words]
        if len(words[0]) < 3 or any(f & _NOT_IN_NAME or (f & lx.COMMON and not f & lx.FIRST) for f in fs):
            continue  # "CATH LAB, 6F": everyday words and a catheter size
        cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75))


# "Maple, Dorothea's chart", "on Brodie, Alasdair", "- 022-0041 Pennington, Arlo - eligible": a chart's Surname,
# Given; found from the comma (the scan starts there), then the word before and the word after (a double space
# after it separates the fields of a pasted record: "KOWALCZYK, LUKASZ  DOD 03/02")
_COMMA_CAP = re.compile(r",\s(?=[A-Z])")
_SURNAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)$")
_GIVEN_AFTER = re.compile(r"([A-Z][a-zà-ÿ'’]+|[A-Z]{2,})(?:\s[A-Z]\.?)?(?=['’]s\b|\s?[-–—|(:;.]|\s*$|\s{2}|\s(?!(?:and|or|vs)\b)[a-z])")
_NOT_SURNAME = lx.STOP | lx.UNIT | lx.MONTH | lx.STATE | lx.TITLE | lx.ROLE | lx.REL | lx.FACIL | lx.HEAD | lx.CRED | lx.STREET


def _surnames_then_given(text: str, cands: list[PhiSpan]) -> None:
    """'Surname, Given' as charts and lists write it: the given name is a census given name (or an
    unlisted word after a surname), the surname no function, unit or clinical-only word, and the
    pair is not one item of a longer comma list ('Kelly, Allis, Babcock').

    One of three readers of 'Surname, Given'; none covers the others (each removed in turn loses names
    on the chat sets). This one needs no context around the pair, only a clean end after the given name
    (and an optional initial): a dash, bar, bracket, colon, full stop, 's, the end of the text or a
    lowercase word ("Gonzalez, Amparo" closing a message, "Moss, Violet A. 83F", "Quaye, Bartholomew has",
    "GRANT, PAIGE |"). It accepts a census surname that is also an eponym and runs after the clinical
    veto and the allow-list, so "Graves, Thomas", "Kocher, Elias", "Brodie, Alasdair" are found by it alone;
    so are most hyphenated and particle surnames ("van der Merwe, Pieter", "Vasquez-Ortiz, Leticia").
    The pair model (:func:`bot.phi.name_model.find_pairs`, ``W_COMMA_ORDER``) takes pairs followed by
    anything when the words around argue for a person ("Fox, Hunter 25M", "OYELARAN, FOLAKE  DOB");
    ``_LAST_FIRST_BEFORE_RECORD`` in :mod:`bot.phi.chat_names` takes a pair closed by a comma or quote
    right before MRN/DOB/FIN/CSN/acct ("KOWALCZYK, BEATA, DOB")."""
    flags = lx.lexicon().flags
    for c in _COMMA_CAP.finditer(text):
        before = _SURNAME_BEFORE.search(text, max(0, c.start() - 40), c.start())
        after = _GIVEN_AFTER.match(text, c.end()) if before else None
        if not before or not after:
            continue
        start, end = before.start(), after.end()
        if re.match(r",\s{0,2}[A-Z]", text[end:end + 3]) or re.search(r"[A-Za-z],\s{0,2}$", text[max(0, start - 3):start]):
            continue
        a, b = before.group(1), after.group(1)
        if a.isupper() != b.isupper() or (a.isupper() and (len(a) < 3 or len(b) < 3)):
            continue  # "QBL, Bakri", "WPW, EP": an acronym, not a chart name
        fs = [flags.get(w, 0) for w in re.split(r"[-'’]", a.lower()) if w]
        fg = flags.get(b.lower().rstrip("'’"), 0)
        if any(f & _NOT_SURNAME or (f & (lx.CLIN | lx.MED | lx.ENG) and not f & lx.SUR) for f in fs) or fg & lx.STATE:
            continue  # "However, Barrett", "Brandywine, Maryland"
        given = (fg & lx.FIRST and not fg & (lx.CLIN | lx.STOP | lx.MONTH | lx.UNIT)) or (not fg and any(f & lx.SUR or not f for f in fs)) or (
            fg & lx.SUR and not fg & (lx.ENG | lx.MED | lx.CLIN | lx.COMMON) and any(f & lx.SUR or not f for f in fs))  # "Quarles, Ansel"
        if not given or (fg & lx.COMMON and not any(f & lx.SUR for f in fs)):
            continue
        if a.isupper() and not (fg & lx.FIRST or any(f & lx.SUR for f in fs)):
            continue  # capitals: a name-list word on one side at least
        if a.isupper() and not fg & lx.FIRST and any(f & lx.COMMON for f in fs):
            continue  # "DRESS, SCORTEN": an everyday word and an unlisted one in capitals are two acronyms
        cands.append(PhiSpan(start, end, "NAME", 0.8))


_AND = re.compile(r" (?:and|&|AND) ")


def _street_corners(text: str, cands: list[PhiSpan]) -> None:
    """'at Elm and 3rd': the corner regex is tried only around each ' and ' (one cheap scan first)."""
    end = -1
    for a in _AND.finditer(text):
        if a.start() < end:
            continue
        m = STREET_CORNER.search(text, max(0, a.start() - 20), min(len(text), a.end() + 80))
        if m and m.start(1) <= a.start() < m.end(1):
            cands.append(PhiSpan(m.start(1), m.end(1), "LOCATION", 0.75))
            end = m.end()


# documents travel by file name too: "Referral_Dimitrova_Teodora.pdf", "consent-ortiz-ramon.docx";
# found from the extension, then the name before it
_DOC_EXT = re.compile(r"(?i)\.(?:pdf|docx?|rtf|txt|xlsx?|csv|odt|msg|eml)\b")
_DOC_STEM = re.compile(r"(?<![\w.-])[\w-]{1,80}$")


def _named_files(text: str, cands: list[PhiSpan]) -> None:
    """A document file name with a person's name in it is an identifier as a whole."""
    flags = lx.lexicon().flags
    for ext in _DOC_EXT.finditer(text):
        m = _DOC_STEM.search(text, max(0, ext.start() - 80), ext.start())
        if not m:
            continue
        parts = [p for p in re.split(r"[_\-.\s]", m.group()) if len(p) >= 3 and p.isalpha()]
        if any(flags.get(p.lower(), 0) & (lx.FIRST | lx.SUR) and not flags.get(p.lower(), 0) & (lx.ENG | lx.CLIN | lx.MED | lx.STOP)
               or (not flags.get(p.lower(), 0) and p.istitle() and len(p) >= 4) for p in parts):  # a listed or an unlisted Title-case name
            cands.append(PhiSpan(m.start(), ext.end(), "ID", 0.8))


# "Dominguez — K 3.0 again", "Lattimore - hemi done": a census name opening a line, then a dash
_LEAD_DASH = re.compile(r"^[ \t]*([A-Z][a-zà-ÿ'’]{2,20}(?:-[A-Z][a-zà-ÿ'’]{2,20})?)\s[—–-]\s", re.M)
_NOT_LEAD = lx.ENG | lx.COMMON | lx.MED | lx.CLIN | lx.UNIT | lx.STOP | lx.MONTH | lx.STATE | lx.FACIL | lx.HEAD | lx.ROLE | lx.REL | lx.TITLE


def _lead_names(text: str, cands: list[PhiSpan]) -> None:
    """A line that opens with a listed given name or surname and a dash is about that person, as team
    chat writes updates; a clinical, everyday or place-kind word there is a heading."""
    flags = lx.lexicon().flags
    for m in _LEAD_DASH.finditer(text):
        fs = [flags.get(w.lower(), 0) for w in m.group(1).split("-")]
        if all(f & (lx.SUR | lx.FIRST) and not f & _NOT_LEAD for f in fs):
            cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75))


# "Bay 1 - O'Driscoll, awake", "Rm 12: Okafor (NPO)": a board lists each bed or bay with the patient in it. The
# number, dash and capital are found first (a digit leads: a cheap scan), then the bed word before them.
_BOARD_ENTRY = re.compile(r"\d[A-Za-z]?\s?[-–—:]\s?"
                          r"([A-Z][a-zà-ÿ'’]*[A-Z]?[a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?:\s[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)?)"
                          r"(?=\s?[,;(]|\s[-–—]\s|\s*$)")
_BOARD_BED = re.compile(r"(?i:\b(?:bay|bed|rm|room|pod|stretcher|chair|cube|cubicle|slot|spot))\s?#?\d{0,2}$")


def _board_names(text: str, cands: list[PhiSpan]) -> None:
    """A bed or bay, a dash or colon, then a listed or unlisted name ended by a comma, a bracket or the next
    entry; an everyday or clinical word there ("Bay 4 - empty", "Bed 2 - Chest pain") is a note."""
    flags = lx.lexicon().flags
    for m in _BOARD_ENTRY.finditer(text):
        if not _BOARD_BED.search(text, max(0, m.start() - 14), m.start()):
            continue
        if census_or_unlisted(m.group(1), flags):
            cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.75))


# "the kids Astrid and Nils", "Ilka Dragulescu and Tomoko Shibata": a name joined by "and" to a found name
_AND_NAME_AFTER = re.compile(r"\s(?:and|&)\s([A-Z][a-zà-ÿ'’]+(?:[\s-][A-Z][a-zà-ÿ'’]+)?)\b(?![\s-]+[A-Z])")
_NAME_AND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-zà-ÿ'’]+(?:[\s-][A-Z][a-zà-ÿ'’]+)?)\s(?:and|&)\s$")
_NOT_COORDINATE = lx.NEVER_NAME | lx.REL | lx.MED | lx.PLACE | lx.FOLLOW | lx.TRIGGER


def _coordinated_names(text: str, cands: list[PhiSpan], walk: NameWalk) -> None:
    """A person named beside another by "and" is a person too, when no word of it is clinical, everyday,
    a place or a role ("Rinne and Weber" stays a test: neither side is found as a name). An unlisted word
    needs the message to speak of people ("the kids Astrid and Nils"): "Biodefense and Bioterrorism" does not."""
    flags = lx.lexicon().flags
    people = about_person(walk)

    def name_like(words: str, whole: bool) -> bool:
        # (two words beside a found given name and surname read as a given name and surname too: "Ilka Dragulescu
        # and Tomoko Shibata", whatever else the message is about)
        parts = re.split(r"[\s-]+", words.lower())
        return all(len(w) > 1 and not flags.get(w, 0) & (_NOT_COORDINATE | lx.COMMON) for w in parts) and (
            people or any(flags.get(w, 0) & (lx.FIRST | lx.SUR) for w in parts) or (whole and " " in words))

    for sp in [c for c in cands if c.category == "NAME" and c.confidence >= 0.7]:
        whole = " " in text[sp.start:sp.end].strip()
        m = _AND_NAME_AFTER.match(text, sp.end)
        if m and name_like(m.group(1), whole):
            cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7))
        m = _NAME_AND_BEFORE.search(text, max(0, sp.start - 48), sp.start)
        if m and name_like(m.group(1), whole) and (" " in m.group(1) or not _SENTENCE_START.search(text, max(0, m.start(1) - 3), m.start(1))):
            cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.7))


def _ends_name(f: int, stop: int) -> bool:
    return bool(f & stop or (f & lx.COMMON and not f & (lx.SUR | lx.FIRST)))


def _eponym_surname(text: str, m: re.Match[str], parts: list[str], flags: dict[str, int]) -> bool:
    """'Abraham Leventhal', 'Ruth Parkinson': a census surname that also names a syndrome is the
    person's surname when it follows a given name, unless a head word makes it the eponym
    ('Ruth Parkinson disease' is not written, 'Stein-Leventhal syndrome' has no given name before it)."""
    if len(parts) != 1 or not flags.get(parts[0], 0) & lx.SUR or flags.get(parts[0], 0) & ~(lx.SUR | lx.MED | lx.CLIN | _NAME_FLAGS):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    f = flags.get(nxt.group(1).lower(), 0) if nxt else 0
    return not (f & lx.HEAD or f & (lx.MED | lx.CLIN) and not f & lx.COMMON)


_NAME_FLAGS = lx.FIRST | lx.SUR | lx.PLACE | lx.TOPNAME | lx.ENG | lx.COMMON | lx.TRIGGER
_NEXT_WORD = re.compile(r"[\s'’s-]{1,3}([A-Za-z]+)")


def _ages_after_names(text: str, cands: list[PhiSpan]) -> None:
    """'Mrs. Van der Berg is 96': an age over 89 stated right after a person's name."""
    for sp in [c for c in cands if c.category == "NAME" or (c.category == "LOCATION" and text[c.start:c.start + 1].isalpha())]:
        m = _AGE_AFTER_NAME.match(text, sp.end)  # a person's name that is also a town's ("Augusta Whitfield, 102") too
        if m:
            g = next(i for i in (1, 2, 3) if m.group(i))
            cands.append(PhiSpan(m.start(g), m.end(g), "AGE", 0.8))
    for sp in [c for c in cands if c.category == "LOCATION"]:  # "Delano, 93215": a city and its ZIP code
        m = _ZIP_AFTER_PLACE.match(text, sp.end)
        if m:
            cands.append(PhiSpan(m.start(1), m.end(1), "LOCATION", 0.85))
            continue
        m = _CITY_ZIP_AFTER_STREET.match(text, sp.end) if text[sp.start:sp.start + 1].isdigit() or _STREET_END.search(text, sp.start, sp.end) else None
        if m and (any(lx.lexicon().flags.get(w.lower(), 0) & (lx.CLIN | lx.MONTH | lx.STOP | lx.UNIT | lx.ROLE | lx.CRED | lx.TITLE | lx.REL)
                      for w in m.group(1).split()) or (m.group(1).isupper() and not text[sp.start:sp.end].isupper())):
            m = None  # "on Oak St, Tuesday", "Fairhaven Drive, PCP transfer": a day or a role, not a town
        if m:  # "22 Quarry Rd, Millersburg 44654", "62 Kettle Rd, Slinger:": the town (and ZIP) after a street address
            cands.extend(PhiSpan(m.start(g), m.end(g), "LOCATION", 0.85) for g in (1, 2) if m.group(g))


def _allowed_out(text: str, cands: list[PhiSpan], allow: re.Pattern[str], walk: NameWalk) -> list[PhiSpan]:
    """Drop candidates that lie inside an allow-listed phrase ("Rocky Mountain spotted fever").
    The phrase regex is tried only where a phrase's first word stands (one set lookup per token)."""
    lex = lx.lexicon()
    firsts = lex.allow_firsts
    by_lead = lex.allow_by_lead if lex.allow_by_lead and text.isascii() else None
    toks = walk.toks
    zones = []
    end = -1
    for i in [i for i, key in enumerate(walk.keys) if key in firsts]:
        s, e = toks[i]
        if s < end:
            continue
        if by_lead is None:
            m = allow.match(text, s)
        else:
            rx = by_lead.get(text[s:e].lower())
            m = rx.match(text, s) if rx is not None else None
        if m:
            zones.append(m.span())
            end = m.end()
    if not zones:
        return cands
    starts = [z[0] for z in zones]
    out = []
    for sp in cands:
        k = bisect.bisect_right(starts, sp.start) - 1
        if k >= 0 and zones[k][1] >= sp.end:
            continue
        out.append(sp)
    return out


def _resolve(text: str, cands: list[PhiSpan]) -> list[PhiSpan]:
    """Merge overlapping candidates into one span (so no part of a value is left showing),
    labelled by the most confident one; drop anything touching an existing placeholder."""
    blocked = [m.span() for m in PLACEHOLDER_RE.finditer(text)] if "[" in text else []
    if blocked:
        starts = [b[0] for b in blocked]
        keep = []
        for sp in cands:
            k = bisect.bisect_right(starts, sp.end - 1) - 1
            if k >= 0 and blocked[k][1] > sp.start:
                continue
            keep.append(sp)
        cands = keep
    cands = sorted((sp for sp in cands if sp.end > sp.start), key=lambda sp: (sp.start, -sp.end))
    out: list[PhiSpan] = []
    cur: PhiSpan | None = None
    for sp in cands:
        if cur is not None and sp.start < cur.end:
            best = cur if (cur.confidence, cur.end - cur.start) >= (sp.confidence, sp.end - sp.start) else sp
            cur = PhiSpan(cur.start, max(cur.end, sp.end), best.category, best.confidence)
            continue
        if cur is not None:
            out.append(cur)
        cur = sp
    if cur is not None:
        out.append(cur)
    return out


def find_phi(text: str) -> list[PhiSpan]:
    """All identifiers in ``text``, sorted by position and non-overlapping.

    The detector reads the folded text (:mod:`bot.phi.normalize`: invisible characters gone,
    look-alikes and foreign digits folded); spans are offsets into ``text`` as given.
    """
    if not text:
        return []
    folded, back = fold(text)
    spans = _find(ocr_digits(folded))
    if back is None:
        return spans
    out = []
    for sp in spans:
        s, e = back.span(sp.start, sp.end)
        out.append(PhiSpan(s, e, sp.category, sp.confidence))
    return out


# every case number holds this; a scan for it starts with a literal (fast), the case-number scan with any capital
_CASE_NUMBER_TAIL = re.compile(r"-\d{2}-\d{3}")
_BARE_MONTH = re.compile(r"(?i)(?:january|february|march|april|may|june|july|august|september|october|november|december"
                         r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
_MONTH_EVENT = re.compile(r"(?i)\b(?:admitted|admit|adm|discharged|born|delivered|diagnosed|dx'?d|hospitali[sz]ed|died|"
                          r"passed|injured|fell|operated|transferred|seen|visited|last seen|lmp|edd|due)\b[^.;\n]{0,20}$")


def _same_sense(text: str, cands: list[PhiSpan], walk: NameWalk) -> list[PhiSpan]:
    """One word, one sense per message: a bare word that the same message uses as an eponym or a
    place-named method ("Galveston formula ... does anyone still use Galveston") is that thing again,
    unless it is a given name ("Hunter does not have Hunter syndrome") or a title names a person
    ("Mr. Whipple ... post-Whipple")."""
    out = []
    for sp in cands:
        word = text[sp.start:sp.end]
        if sp.category not in ("NAME", "LOCATION") or not word[:1].isupper() or not word.isalpha() or len(word) < 4:
            out.append(sp)
            continue
        starts = walk.starts
        k = bisect.bisect_left(starts, sp.start)
        if k < len(starts) and (walk.flags[k] & lx.FIRST or (k > 0 and walk.flags[k - 1] & (lx.TITLE | lx.REL | lx.ROLE))):
            out.append(sp)
            continue
        lo, hi = max(0, sp.start - 1500), min(len(text), sp.end + 1500)
        eponym = False
        p = text.find(word, lo, hi)
        while p >= 0 and not eponym:
            if p != sp.start:
                j = bisect.bisect_left(starts, p)
                if j < len(starts) and starts[j] == p and walk.toks[j][1] == p + len(word) and walk.near_head(j) \
                        and not any(c.start <= p < c.end for c in cands):
                    eponym = True
            p = text.find(word, p + 1, hi)
        if not eponym:
            out.append(sp)
    return out


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[-–—>]\s)$")


def _kind_word(f: int) -> bool:
    """An everyday or clinical word that is not also a place or a given name ('Eye', 'Chronic', 'Seating')."""
    return bool(f & (lx.COMMON | lx.CLIN | lx.MED)) and not f & (lx.PLACE | lx.FIRST) and not (f & lx.SUR and not f & lx.COMMON)


def _kind_of_clinic(text: str, sp: PhiSpan) -> bool:
    """'Seating clinic will submit', 'Eye clinic add-on': a kind of service capitalised only because it
    opens the sentence, before a lowercase facility word; a named place ('Riverside clinic') stays."""
    if sp.category != "LOCATION" or not text[sp.start:sp.start + 1].isupper():
        return False
    flags = lx.lexicon().flags
    words = text[sp.start:sp.end].split()
    if len(words) < 2 or not all(_kind_word(flags.get(w.lower(), 0)) for w in words[:-1]):
        return False
    if words[-1].islower() and flags.get(words[-1], 0) & lx.FACIL and _SENTENCE_START.search(text, max(0, sp.start - 3), sp.start):
        return True
    # "PAIN CLINIC:", "WOUND CENTER" in capitals: a kind of service, as in lower case
    return text[sp.start:sp.end].isupper() and bool(flags.get(words[-1].lower(), 0) & lx.FACIL)


def _bare_months(text: str, cands: list[PhiSpan]) -> list[PhiSpan]:
    """A month alone ("april is audit month", "flu shots start in October") is kept only when it dates
    a patient's event ("admitted in March", "LMP in June"); with a day or a year it is always a date."""
    out = []
    for sp in cands:
        if sp.category == "DATE" and _BARE_MONTH.fullmatch(text[sp.start:sp.end].strip()) \
                and not _MONTH_EVENT.search(text, max(0, sp.start - 40), sp.start):
            continue
        out.append(sp)
    return out


# "KIT D816V", "JAK2 V617F": a gene symbol in capitals, then a protein change (one-letter amino acids around
# the codon number). The gene's name can look like a keyword ("kit"), the change like a short code.
_PROTEIN_CHANGE = re.compile(r"[ACDEFGHIKLMNPQRSTVWY]\d{1,4}(?:[ACDEFGHIKLMNPQRSTVWY*X]|fs|del|dup)")
_GENE_BEFORE = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\s$")


def _protein_change(text: str, sp: PhiSpan) -> bool:
    return sp.category in ("ID", "DEVICE") and bool(_PROTEIN_CHANGE.fullmatch(text, sp.start, sp.end)
                                                     and _GENE_BEFORE.search(text, max(0, sp.start - 9), sp.start))


_PET_NAMED = re.compile(r"(?i)\b([a-z]+),?\s(?:(?:named|called|name\sis)\s)?(?:[A-Z][a-z]+\s(?:and|&)\s)?$")


def _pet(text: str, sp: PhiSpan) -> bool:
    """'a cat named Ziggy', 'their dog, called Pepper', 'search dogs Koda and Juno': an animal's name is no one's
    identifier. Only names the animal word stands right before are read (a title or relative never does)."""
    if sp.category != "NAME" or sp.confidence >= 0.9:
        return False
    m = _PET_NAMED.search(text, max(0, sp.start - 24), sp.start)
    return bool(m and m.group(1).lower() in ANIMALS)


# the history of medicine taught in chat: "Huggins got his Nobel in 1941", "Withers started street medicine in 1992"
_HISTORY_WORDS = re.compile(r"(?i)\b(?:described|discovered|invented|introduced|pioneered|founded|coined|published|nobel|"
                            r"first\s(?:practical|described|reported|successful|modern)|century|centuries|started\s(?:the\s)?[a-z]+\s(?:medicine|nursing|movement|field))\b")
_PAST_YEAR = re.compile(r"\b(?:1[5-9]\d\d|200\d|201[0-5])\b")


def _historical(text: str, sp: PhiSpan) -> bool:
    """A name in a sentence that teaches history (a year long past and a word of discovery or founding) is the
    scientist or pioneer cited, not a patient. Names led by a title or relative (confidence 0.9 and up) stay."""
    if sp.category not in ("NAME", "LOCATION") or sp.confidence >= 0.9:
        return False
    a = max(text.rfind(". ", 0, sp.start), text.rfind("\n", 0, sp.start), -1) + 1
    ends = [p for p in (text.find(". ", sp.end), text.find("\n", sp.end)) if p >= 0]
    b = min(ends) if ends else len(text)
    return bool(_PAST_YEAR.search(text, a, b) and _HISTORY_WORDS.search(text, a, b))


_MODIFIED_BEFORE = re.compile(r"(?i)\b(?:modified|revised|original|mod)\s$")


def _version(text: str, sp: PhiSpan) -> bool:
    """'modified Bruce', 'revised Baux', 'modified Brooke': a protocol, score or formula in one of its versions."""
    return sp.category == "NAME" and sp.confidence < 0.9 and " " not in text[sp.start:sp.end] \
        and bool(_MODIFIED_BEFORE.search(text, max(0, sp.start - 10), sp.start))


# "congenital (kon-JEN-ih-tal)": a pronunciation guide, its stressed syllable in capitals
_PRONUNCIATION = re.compile(r"\((?=[^()\n]*-[A-Z]{2,}(?:-|\)))[A-Za-z]+(?:-[A-Za-z]+){1,6}\)")


def _pronunciation(text: str, sp: PhiSpan) -> bool:
    if sp.category != "NAME":
        return False
    a = text.rfind("(", max(0, sp.start - 40), sp.start + 1)
    m = _PRONUNCIATION.match(text, a) if a >= 0 else None
    return bool(m and m.end() >= sp.end)


# a maker or a textbook named before its product: "Abbott device interrogation", "the Fenwal sets", "the Guyton chapter"
_PRODUCT_AFTER = re.compile(r"\s(?:device|devices|pump|pumps|sets?|tubing|rep|reps|programmer|interrogation|transmitter|"
                            r"monitor|sensor|sensors|leads?|catheter|sheath|stent|valve|concentrator|generator|battery|"
                            r"chapter|textbook|book|atlas|handbook|manual)\b")


# a firm named for people: "Garrison & Oakes LLP", "Hartman Logistics", "Sterling, Banks & Co"
_FIRM_AFTER = re.compile(r"(?:\s(?:&|and)\s[A-Z][A-Za-z'’-]+)?,?\s(?:LLP|LLC|L\.L\.C\.|Inc\.?|Corp\.?|Co\.?|PC|P\.C\.|PLLC|Ltd\.?|"
                         r"Logistics|Industries|Manufacturing|Construction|Trucking|Foods|Farms|Dairy|Lumber|Roofing|Plumbing|"
                         r"Electric|Motors|Transport|Freight|Staffing|Insurance|Law|Realty)\b")


def _firm(text: str, sp: PhiSpan) -> bool:
    return sp.category in ("NAME", "LOCATION") and sp.confidence < 0.9 and bool(_FIRM_AFTER.match(text, sp.end))


# a list of single capitalised words: "Kelly, Allis, Babcock, DeBakey, Metzenbaum", "Helsinki, Belmont, Nuremberg"
_WORD_LIST = re.compile(r"[A-Z][A-Za-z'’-]+(?:(?:,\s|\s(?:vs\.?|or|and|/)\s|/)(?:and\s|or\s)?[A-Z][A-Za-z'’-]+){2,}")


def _eponym_list(text: str, sp: PhiSpan) -> bool:
    """One name among eponyms: in a list of three or more single capitalised words, at least two of the others
    (and half of them) are clinical words that are no one's name, so this one is an instrument, sign or test too."""
    if sp.category not in ("NAME", "LOCATION") or sp.confidence >= 0.9 or " " in text[sp.start:sp.end]:
        return False
    flags = lx.lexicon().flags
    for m in _WORD_LIST.finditer(text, max(0, sp.start - 120), min(len(text), sp.end + 120)):
        if m.start() <= sp.start and sp.end <= m.end():
            others = [w for w in re.findall(r"[A-Z][A-Za-z'’-]+", m.group()) if w != text[sp.start:sp.end]]
            fs = [flags.get(w.lower()[:-2] if w.endswith(("'s", "’s")) else w.lower(), 0) for w in others]
            # clinical and no census name: "Metzenbaum", "DeBakey" count; "Smith", "Parkinson" (surnames too) do not
            clinical = sum(1 for f in fs if f & (lx.CLIN | lx.MED) and not f & (lx.FIRST | lx.SUR))
            return clinical >= 2 and clinical * 2 >= len(others)
    return False


def _product(text: str, sp: PhiSpan) -> bool:
    return sp.category == "NAME" and sp.confidence < 0.9 and " " not in text[sp.start:sp.end] \
        and text[sp.end:sp.end + 1] == " " and bool(_PRODUCT_AFTER.match(text, sp.end))


# The rules that take a found span back: each with a cheap test on the whole text that must pass before it is
# asked about any span. One pass over the spans asks every rule that applies.
_NOT_IDENTIFIERS = (
    (lambda t: "clinic" in t or "center" in t or "hospital" in t or "CLINIC" in t or "CENTER" in t, _kind_of_clinic),
    (lambda t: True, _protein_change),
    (lambda t: True, _pet),
    (lambda t: "odified" in t or "evised" in t or "riginal" in t or "mod " in t, _version),
    (_PAST_YEAR.search, _historical),
    (lambda t: "-" in t and "(" in t, _pronunciation),
    (lambda t: True, _product),
    (lambda t: True, _firm),
    (lambda t: "," in t or " or " in t or "/" in t, _eponym_list),
)


def _not_identifiers_out(text: str, cands: list[PhiSpan]) -> list[PhiSpan]:
    rules = [rule for applies, rule in _NOT_IDENTIFIERS if applies(text)]
    return [sp for sp in cands if not any(rule(text, sp) for rule in rules)] if rules else cands


# a form's place field: "Loc: Veterans Park, tent by the shelter", "School: Bayview Middle"
_PLACE_LABEL_WORDS = r"(?:loc|location|school|shelter|camp|site|found at|daycare)\s?:"
_PLACE_LABEL = re.compile(r"(?i:\b" + _PLACE_LABEL_WORDS + ")")
_PLACE_LABEL_LOW = re.compile(_PLACE_LABEL_WORDS)  # the same labels on lowered text: no \b and no case folding, fast
_PLACE_VALUE = re.compile(r"\s?([A-Z][A-Za-z'’.-]*(?:\s(?:[A-Z][A-Za-z'’.-]*|of|the|and|&)){0,5}(?<![\s.]))")


def _labelled_places(text: str, cands: list[PhiSpan]) -> None:
    """The value of a place field, unless it names a unit or a service inside the hospital ("Location: ICU",
    "Site: Left Arm")."""
    flags = lx.lexicon().flags
    low = text.lower()
    labels = (_PLACE_LABEL_LOW.finditer(low) if len(low) == len(text) else _PLACE_LABEL.finditer(text))
    for label in labels:  # one scan for the labels (a text of colons costs no more), then each value
        if label.start() and text[label.start() - 1].isalpha():
            continue  # inside a word ("Bloc:")
        m = _PLACE_VALUE.match(text, label.end())
        if not m:
            continue
        words = [w.lower() for w in re.split(r"[\s-]+", m.group(1)) if w]
        if words and not all(flags.get(w, 0) & (lx.UNIT | lx.CLIN | lx.STOP | lx.MED) or len(w) < 3 for w in words):
            cands.append(PhiSpan(m.start(1), m.end(1), "LOCATION", 0.8))


# "Heritage Pines assisted living", "Little Acorns daycare", "Shady Oaks Nursing Home": proper-name words before a
# kind of place (data/place_kinds.txt, any case). Each kind is looked for as a literal in the lowered text (a few
# C-speed finds; a case-blind regex of the kinds costs twenty times more), then the capitalised words before it are read.
_PLACE_KINDS = tuple(sorted(lx.read_list("place_kinds.txt"), key=len, reverse=True))
_PROPER_BEFORE = re.compile(r"(?<![\w'’&-])((?:[A-Z][a-z'’]+[ \t]){1,3})$")
_NOT_PLACE_NAME = lx.NEVER_NAME | lx.REL


def _named_kinds_of_place(text: str, cands: list[PhiSpan]) -> None:
    low = text.lower()
    if len(low) != len(text):
        return  # a lowered character changed length: offsets would not match (rare scripts)
    flags = lx.lexicon().flags
    for kind in _PLACE_KINDS:
        p = low.find(kind)
        while p >= 0:
            at, p = p, low.find(kind, p + 1)
            end_kind = at + len(kind)
            if (at and low[at - 1].isalnum()) or (end_kind < len(low) and low[end_kind].isalnum()):
                continue
            m = _PROPER_BEFORE.search(text, max(0, at - 48), at)
            if not m:
                continue
            words = m.group(1).split()
            start = m.start(1)
            while words and flags.get(words[0].lower(), 0) & lx.STOP:  # "The Willows assisted living": from "Willows"
                words = words[1:]
                start = text.index(words[0], start) if words else at
            if not words or any(flags.get(re.sub(r"['’]s$", "", w.lower()), 0) & _NOT_PLACE_NAME for w in words):
                continue  # "Medicare hospice", "Walgreens pharmacy": a payer or a chain, not a place of the patient's
            if len(words) == 1 and _SENTENCE_START.search(text, max(0, start - 3), start) and flags.get(words[0].lower(), 0) & lx.COMMON:
                continue  # "Local pharmacy says": an everyday word opening the sentence
            cands.append(PhiSpan(start, text.find(words[-1], start) + len(words[-1]), "LOCATION", 0.75))


_NAME_BEFORE_STATED_AGE = re.compile(r"(?<![\w'’-])([A-Z][a-zà-ÿ'’]{2,20})\s(?:is|was|turned|turns|is now)\s$")


def _names_before_stated_ages(text: str, cands: list[PhiSpan]) -> None:
    """'Kazimierz is ninety-five and still ...': the one whose age over 89 is stated is a person; a word no
    everyday or clinical list has (or a given name) before "is" names them."""
    flags = lx.lexicon().flags
    for sp in [c for c in cands if c.category == "AGE"]:
        m = _NAME_BEFORE_STATED_AGE.search(text, max(0, sp.start - 32), sp.start)
        if m:
            f = flags.get(m.group(1).lower(), 0)
            if (f & lx.FIRST or not f & (lx.ENG | lx.CLIN | lx.MED)) and not f & (lx.STOP | lx.MONTH | lx.STATE | lx.UNIT | lx.TITLE):
                cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))


# "BP follow-ups: Jorgensen 9:20, Adeyemi-Clarke 10:00": a schedule lists each patient with a time
_TIME_TAIL = re.compile(r":[0-5]\d\b")  # the minutes first: a literal colon leads, the fastest scan there is
_HOUR = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])$")
_NAME_BEFORE_TIME = re.compile(r"(?<![\w'’-])([A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?:\s[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)?)"
                               r"\s(?:at\s)?$")
# "Hi Jaylen, your strep culture ...": a message that greets its reader by name; "Nkechi and I did the visit"
_GREETED = re.compile(r"(?i:\b(?:hi|hello|hey|good morning|good afternoon|good evening))\s([A-Z][a-zà-ÿ'’]{1,20})(?=\s?[,!:])")
_VOCATIVE = re.compile(r"([A-Z][a-z'’]{2,20}),\s(?=(?:can|could|would|will|did|do|are|pls|please|when|you|r u|just|quick)\b)")
_THANKS_SIGNED = re.compile(r"(?i:\b(?:thanks|thank you|thx|ty|best|regards|cheers|sincerely))[,!.]?\s{1,3}([A-Z][a-z'’]{2,20})[.!]?\s*$")
_AND_I = re.compile(r" and (?:I|me|myself)\b")
_NAME_BEFORE_AND = re.compile(r"(?<![\w'’-])([A-Z][a-zà-ÿ'’]{2,20})$")


def _schedules_and_greetings(text: str, cands: list[PhiSpan]) -> None:
    """Names in a list of appointments (two or more name-and-time entries), after a greeting, and before
    "and I": each time a word no everyday or clinical list has, or a listed name."""
    flags = lx.lexicon().flags

    if ":" in text:  # the times first (a digit leads: a cheap scan), then the words just before each
        # a schedule in a chat message is a short list: the first 64 times are read, so a text of times costs no more
        times = (h.start() for t in _TIME_TAIL.finditer(text) if (h := _HOUR.search(text, max(0, t.start() - 3), t.start())))
        entries = [n for start in islice(times, 64)
                   if (n := _NAME_BEFORE_TIME.search(text, max(0, start - 48), start)) and census_or_unlisted(n.group(1), flags)]
        if len(entries) >= 2:
            cands.extend(PhiSpan(m.start(1), m.end(1), "NAME", 0.8) for m in entries)
    m = _VOCATIVE.match(text)  # "Colleen, can you tell Dr. Ashworth ...": the one the message is written to
    if m and census_or_unlisted(m.group(1), flags) and flags.get(m.group(1).lower(), 0) & (lx.FIRST | lx.SUR):
        cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    m = _THANKS_SIGNED.search(text, max(0, len(text) - 48))  # "... before his transfer. Thanks, Colleen"
    if m and census_or_unlisted(m.group(1), flags):
        cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    for m in _GREETED.finditer(text, 0, 200):
        f = flags.get(m.group(1).lower(), 0)
        if census_or_unlisted(m.group(1), flags) and (f & lx.FIRST or not f & lx.ENG):
            cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    if " and I " in text or " and me " in text or " and myself " in text:
        for a in _AND_I.finditer(text):  # the literal first, then the word just before it
            m = _NAME_BEFORE_AND.search(text, max(0, a.start() - 24), a.start())
            if m and census_or_unlisted(m.group(1), flags):
                cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))


def _find(text: str) -> list[PhiSpan]:
    cands: list[PhiSpan] = []
    walk = NameWalk(text, cands)
    _pattern_spans(text, cands, walk.toks, walk.keys)
    if "-" in text and _CASE_NUMBER_TAIL.search(text):
        cands.extend(PhiSpan(m.start(), m.end(), "ID", 0.75) for m in CASE_NUMBER.finditer(text))
    if _SIX_DIGITS.search(text):
        _alnum_ids(text, cands)
    cands[:] = _bare_months(text, cands)
    _slash_dates(text, cands)
    _subject_ages(text, cands)
    if "end" in text:
        _card_last_four(text, cands)
    if "user" in text or "login" in text or "User" in text or "USER" in text or "Login" in text:
        _user_names(text, cands)
    if "." in text:
        _dotted_initials(text, cands)
    _introduced_names(text, cands)
    _schedules_and_greetings(text, cands)
    walk.run()
    find_pairs(walk, cands)
    _more_names(text, cands, walk)
    if not text.isascii():  # after the Latin names, so a run beside one of them is known ("Sakura Inoue (井上さくら)")
        _other_script_names(text, cands)
    cands = clinical_veto(walk, cands)
    if cands:
        cands = _same_sense(text, cands, walk)
    allow = lx.lexicon().allow_rx
    if allow is not None:
        cands = _allowed_out(text, cands, allow, walk)
    if " - " in text or "—" in text or "–" in text:
        _lead_names(text, cands)
    if " and " in text or " & " in text or " AND " in text:
        _street_corners(text, cands)
    if "." in text:
        _named_files(text, cands)
    if " - " in text or ":" in text or "—" in text or "–" in text:
        _board_names(text, cands)
    if ":" in text:
        _labelled_places(text, cands)
    _named_kinds_of_place(text, cands)
    if "," in text:
        _names_before_ages(text, cands)
        _surnames_then_given(text, cands)
    if " and " in text or " & " in text:
        _coordinated_names(text, cands, walk)
    structured_names(text, cands, walk.keys, walk.toks)
    _extend_names(text, cands)
    _ages_after_names(text, cands)
    _names_before_stated_ages(text, cands)
    if cands:
        cands = _not_identifiers_out(text, cands)
    return _resolve(text, cands)
