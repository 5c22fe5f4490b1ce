#!/usr/bin/env python3
"""Build the independent PHI evaluation set v17 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of ten care settings of a mid-sized US hospital
system that the v14-v16 SOURCE.md files do not list as used by the earlier sets: an outpatient hemodialysis
unit; a burn unit; a bone marrow transplant and cellular therapy unit; a psychiatric emergency service; a
school-based health center; a county jail health service (correctional health); a travel medicine clinic;
a gender-affirming care clinic; a palliative care consult service; a medical genetics clinic.

Like v14-v16 this set is meant to read like ordinary hospital team chat: about half the messages are clean
(drugs and brands, eponyms, place-named rules and diseases, rare-disease words, holidays, temperatures,
scores and fractions, clock times, rooms and beds, doses, ages under 90, acronyms, capitalised common
words, plain chat) and the others carry identifiers in realistic proportions (mostly names of patients,
relatives and staff, then dates, locations, phones, ages over 89 and MRNs, and a few of each rarer kind,
at least two spans each so that every category reaches both splits).  Hidden and odd formats are in, in
ordinary proportion only.

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v14's,
v15's and v16's SOURCE.md and the helper / check / split / output code of v16's build.py (its lines
1-700, 1495-1505 and 1755-1771; no message line) were read; that structure is reused here with a new
seed and v17 settings.  All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone
numbers, example.org / example.com / example.net domains, documentation IP ranges, SSNs starting 9xx,
made-up MRNs, member ids, plates, serials, licence numbers).

Offsets are computed with str.find on the exact identifier substring, scanning left to right, so the
spans of a message are listed in order of appearance.  A span may be given as (substring, category, n)
to take the n-th occurrence after the previous span.

Kept in build.py only (not written to the records): the setting of each message (first argument of
P / C), the medium it came from (second argument) and the inventory of capitalised bait terms used in
the clean messages (keyword arguments of C).

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, re, collections, unicodedata



CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20341203
MSGS = []
SETTINGS = collections.OrderedDict([
    ("DIAL", "outpatient hemodialysis unit"),
    ("BURN", "burn unit"),
    ("BMT", "bone marrow transplant and cellular therapy unit"),
    ("PES", "psychiatric emergency service"),
    ("SBHC", "school-based health center"),
    ("JAIL", "county jail health service (correctional health)"),
    ("TRAVEL", "travel medicine clinic"),
    ("GENDER", "gender-affirming care clinic"),
    ("PALL", "palliative care consult service"),
    ("GEN", "medical genetics clinic"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line"),
    ("thread", "thread reply"),
    ("lower", "lowercase quick typing"),
    ("page", "page (pager or secure-text page)"),
    ("ehr", "pasted EHR line (ADT, order, result, registration, log)"),
    ("email", "forwarded or pasted e-mail"),
    ("voicemail", "voicemail transcript"),
    ("bot", "slash command to the bot (/ask)"),
    ("dictation", "speech-to-text dictation pasted into chat"),
])
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: signs, tests, manoeuvres, operations, classifications, scores, diseases"),
    ("place", "place names in rules, scales, classifications and diseases"),
    ("brand", "drug, device, product and software brands and makers"),
    ("organism", "organisms"),
    ("score", "named scores, scales, criteria, questionnaires and tools that are not eponyms"),
    ("org", "organisations, agencies, programmes, laws and registries"),
    ("trial", "trials, studies and legal cases cited as sources"),
    ("public", "public figures and historical people cited as references (not PHI)"),
    ("word", "capitalised ordinary words that are names elsewhere in the set"),
    ("holiday", "holidays and holiday-named events (not dates)"),
])
BAIT_KEYS = {"ep": "eponym", "pl": "place", "br": "brand", "orgm": "organism", "sc": "score",
             "org": "org", "tr": "trial", "pub": "public", "word": "word", "hol": "holiday"}
TERMS = collections.OrderedDict((k, []) for k in TERM_KINDS)
MAX_REUSE = 4

# category shorthands used in the span lists
N, D, A, PH, FX, EM, SS, MR, HP, AC, LI, VE, DV, UR, IPA, BI, PI, LO, ID_ = CATS

# special characters (v15's; the Unicode and spacing kinds stay in ordinary proportion)
NBSP = "\u00a0"
ZWSP = "\u200b"      # zero-width space
ZWNJ = "\u200c"      # zero-width non-joiner
WJ = "\u2060"        # word joiner
LRM = "\u200e"       # left-to-right mark
RLM = "\u200f"       # right-to-left mark
FSI, PDI = "\u2068", "\u2069"   # first-strong isolate / pop directional isolate
CYR_M = "\u041c"     # Cyrillic capital EM, looks like Latin M
CYR_A = "\u0430"     # Cyrillic small a, looks like Latin a

def FW(s):
    """Full-width form of ASCII digits, letters and '-' (as a phone keyboard or a kiosk may type them)."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in s)

def AR(s):
    """Arabic-Indic digits for the ASCII digits of s."""
    return "".join(chr(0x0660 + int(ch)) if ch.isdigit() else ch for ch in s)

# medium tags added to the kind tags of every message of that medium (as v14's records carry them)
MEDIUM_TAG = {"lower": "lowercase", "page": "page", "ehr": "ehr-paste", "email": "email-forward",
              "voicemail": "voicemail", "bot": "bot-command", "dictation": "dictation"}

def M(setting, medium, text, spans, kinds):
    assert setting in SETTINGS, setting
    assert medium in MEDIA, medium
    ks = []
    for k in kinds.split() + ([MEDIUM_TAG[medium]] if medium in MEDIUM_TAG else []):
        if k not in ks:
            ks.append(k)
    assert 1 <= len(ks) <= 4, (text, ks)
    MSGS.append((text, spans, ks, setting, medium))

def P(setting, medium, text, spans, kinds):
    """A message with identifiers: spans = [(substring, CATEGORY[, n]), ...] in order of appearance."""
    assert spans, text
    M(setting, medium, text, spans, kinds)

def C(setting, medium, text, kinds, **bait):
    """A clean message; keyword arguments register its capitalised bait terms ("A|B|C")."""
    for key, val in bait.items():
        kind = BAIT_KEYS[key]
        for t in val.split("|"):
            assert term_re(t).search(text), ("bait term not in its message", t, text)
            if all(t not in ts for ts in TERMS.values()):
                TERMS[kind].append(t)
    M(setting, medium, text, [], kinds)

def term_re(term):
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(term) + r"(?![A-Za-z0-9])")


# =============================================================================================
# Checks, split and output (v16's code, adapted; see SOURCE.md)
# =============================================================================================
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "\u041cRN", "DOB", "SSN", "Dr. ", "Mr. ",
                   "Mrs. ", "Ms. ", "Mx. ", "Miss ", "IMG_", "DSC_", ".jpg", ".jpeg", ".png", ".heic", ".HEIC",
                   ".wav", ".mp4", ".mov", ".m4a", ".stl", ".pdf", ".dcm", "(at)", "[at]", " AT ", " DOT ", " dot com",
                   " dot org", " dot net"]
_MON = (r"(?:January|February|March|April|June|July|August|September|October|November|December|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
CLEAN_FORBIDDEN_RE = [re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),          # SSN shape
                      re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"),   # m/d/y
                      re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b"),              # ISO date
                      re.compile(r"\w AT \w+ DOT \w"),                       # spelled-out e-mail
                      re.compile(r"(?<!\d)\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d)"), # phone shape
                      re.compile(r"(?<!\d)\d{10}(?!\d)"),                    # ten digits in a row
                      re.compile(r"\b" + _MON + r" \d{1,2}(?:st|nd|rd|th)?\b(?! ?(?:mg|mL|%|h|min|days|weeks))"),  # "Mar 3"
                      re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?" + _MON + r"(?![a-z])"),               # "3rd of March"
                      re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"),   # 03.11.2029
                      re.compile(r"\b\d{1,2}[- ]" + _MON + r"[- ]\d{2,4}\b"),    # 14-Mar-2029
                      re.compile(r"(?i)\bAT\s+example\b|\bDOT\s+(?:org|com|net)\b"),
                      re.compile(r"(?<!\d)(?:\d[ \u00a0]){6,}\d(?!\d)"),
                      re.compile(r"(?i)\b(?:9[0-9]|1[01][0-9]) ?(?:yo|y/o|y\.o\.|years? old|-year-old)\b"),  # v14: an age over 89
                      re.compile(r"(?i)\bninety[- ](?:one|two|three|four|five|six|seven|eight|nine)?[- ]?years?[- ]old\b"),  # v15
                      re.compile("[\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]"),  # v15: no invisible characters
                      re.compile("[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]"),   # v15: no full-width or Arabic-Indic digits
                      re.compile("[\u0400-\u04ff]")]                                   # v15: no Cyrillic letter
MIN_MESSAGES = 360
CLEAN_SHARE = (0.45, 0.55)       # v12: about half clean
MIN_SPANS_PER_CAT = 2            # realistic proportions; rare kinds only need to reach both splits
MAX_RARE_SPANS = 8               # v14: the rare kinds stay rare (realistic proportions)
RARE_CATS = ["FAX", "SSN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
             "BIOMETRIC", "PHOTO", "ID", "EMAIL"]
MIN_NAME_SHARE = 0.55            # v14: names are most of what real chat carries
MIN_TERMS = 120               # v17: fewer messages than v16
MIN_EPONYMS = 40
MIN_NEW_TERM_SHARE = 0.50        # at least half the bait terms new to the v14-v16 inventories
MIN_PER_SETTING = {True: 17, False: 17}   # v17: fewer messages than v16   # clean / with identifiers
MIN_PER_MEDIUM = 8
MIN_AGE_MRN = 10
MAX_PAGE_CHARS = 240             # v14: a page fits a pager screen
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v14", "phi_chat_v15", "phi_chat_v16"]   # v17: the only SOURCE.md files the brief allowed
# v17: the strings quoted in this set's brief (the pasted-name pattern, the family example and the placeholder)
BRIEF_EXAMPLES = ["LAST, FIRST", "Kowalski", "to be filled by the project lead"]
# v14: the forms and clean contents the brief asks for; each kind tag must be on at least MIN_REQUIRED messages
REQUIRED_KINDS = ["name-word", "name-common", "name-non-english", "name-title", "name-given-only",
                  "name-last-first", "name-lowercase", "name-possessive", "name-hyphenated", "name-list",
                  "name-nickname", "name-relative", "name-staff",
                  "drug-brand-name", "eponym-bare", "place-rule", "place-disease", "holiday", "clock-time",
                  "room-bed-number", "dose-lab", "score-fraction", "age-under-90", "acronym", "ordinary-chat",
                  # v15: the hard kinds the brief names, and temperatures
                  "zero-width", "fullwidth-digits", "homoglyph-label",
                  "spaced-digits", "date-dmy-abbrev", "date-spoken", "age-over-89-words",
                  "license", "photo-filename", "device-serial", "temperature", "name-allcaps"]
MIN_REQUIRED = 2
MIN_WORD_NAMES = 20              # v14: messages whose names are also English words (tag name-word)
MAX_TRICK_MESSAGES = 6           # v15: each Unicode / spacing kind stays rare (ordinary proportion)
TRICK_KINDS = ["zero-width", "bidi-mark", "fullwidth-digits", "arabic-indic-digits", "homoglyph-label", "spaced-digits"]

def build_records():
    recs = []
    for text, spans, kinds, setting, medium in MSGS:
        cur, out = 0, []
        for sp in spans:
            sub, cat = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 1
            assert cat in CATS, (cat, text)
            s = -1
            for _ in range(nth):
                s = text.find(sub, cur if s < 0 else s + 1)
                assert s >= 0, f"span {sub!r} (occurrence {nth}) not found after {cur} in {text!r}"
            e = s + len(sub)
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < len(text) else " "
            if before.isalnum() or (after.isalnum() and not (cat == "AGE" and after.isalpha())):
                WARN.append(f"{cat} span {sub!r} touches a word char in {text!r}")
            assert text[s] not in INVISIBLE and text[e - 1] not in INVISIBLE, ("invisible at edge", text)
            assert not text[s].isspace() and not text[e - 1].isspace(), ("space at edge", text)
            out.append({"start": s, "end": e, "category": cat})
            cur = e
        recs.append({"text": text, "spans": out, "clean": not out, "kinds": list(kinds),
                     "setting": setting, "medium": medium})
    return recs

def validate(recs):
    """Offsets, categories and the clean flag of every record (also run on the written files)."""
    texts = collections.Counter(r["text"] for r in recs)
    dup = [t for t, c in texts.items() if c > 1]
    assert not dup, ("duplicate texts", dup)
    for r in recs:
        t = r["text"]
        assert isinstance(t, str) and t.strip(), r
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            assert isinstance(sp["start"], int) and isinstance(sp["end"], int), sp
            assert 0 <= sp["start"] < sp["end"] <= len(t), r
            assert t[sp["start"]:sp["end"]].strip(), ("empty slice", r)
            assert sp["start"] >= prev_end, ("overlap", r)
            assert sp["category"] in CATS, r
            assert t[sp["start"]] not in INVISIBLE and t[sp["end"] - 1] not in INVISIBLE, ("invisible edge", r)
            assert not t[sp["start"]].isspace() and not t[sp["end"] - 1].isspace(), ("space edge", r)
            prev_end = sp["end"]
        assert r["clean"] == (len(r["spans"]) == 0), r
        assert 1 <= len(r["kinds"]) <= 4, r
        if r["clean"]:
            for bad in CLEAN_FORBIDDEN:
                assert bad not in t, ("clean message contains " + bad, t)
            for rx in CLEAN_FORBIDDEN_RE:
                assert not rx.search(t), ("clean message matches " + rx.pattern, t)

def check_span_texts(recs, src):
    """The records' slices equal the substrings written in MSGS (offsets recomputed independently)."""
    for r, (text, spans, kinds, setting, medium) in zip(recs, src):
        got = [r["text"][s["start"]:s["end"]] for s in r["spans"]]
        want = [sp[0] for sp in spans]
        assert got == want, (got, want, text)
        assert [s["category"] for s in r["spans"]] == [sp[1] for sp in spans], text

def check_openings(recs):
    """Guard against template-like writing: no two messages open with the same 28 characters."""
    c = collections.Counter(r["text"][:28] for r in recs)
    same = [k for k, n in c.items() if n > 1]
    assert not same, ("messages share an opening", same)

def check_media(recs):
    """Slash commands start with "/ask "; lowercase lines have no capital Latin letter; v14: a page fits
    a pager screen."""
    for r in recs:
        t = r["text"]
        if r["medium"] == "bot":
            assert t.startswith("/ask "), t
        if r["medium"] == "lower":
            assert not re.search(r"[A-Z]", t), ("capital in a lowercase line", t)
        if r["medium"] == "page":
            assert len(t) <= MAX_PAGE_CHARS, ("page too long", t)

_SPOKEN = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
           "six": "6", "seven": "7", "eight": "8", "nine": "9"}

def digits_of(s):
    """The decimal digits of s as ASCII, whatever script they are written in; a string of spoken digit
    words ("six oh eight five five five ...") gives its digits too."""
    words = s.lower().replace(",", " ").split()
    if words and all(w in _SPOKEN for w in words):
        return "".join(_SPOKEN[w] for w in words)
    return "".join(str(unicodedata.decimal(ch)) for ch in s if unicodedata.decimal(ch, None) is not None)

def check_invented(recs):
    """The identifiers themselves are of the invented kinds the set promises (v9's check)."""
    bad = []
    for r in recs:
        for s in r["spans"]:
            v = r["text"][s["start"]:s["end"]]
            c = s["category"]
            if c in ("PHONE", "FAX") and "555" not in digits_of(v):
                bad.append((c, v))
            if c in ("EMAIL", "URL") and "example" not in v.lower():
                bad.append((c, v))
            if c == "IP" and not v.lower().startswith(DOC_IP_PREFIXES):
                bad.append((c, v))
            if c == "SSN" and len(digits_of(v)) == 9 and not digits_of(v).startswith("9"):
                bad.append((c, v))
    assert not bad, ("identifier not of an invented kind", bad)

def name_tokens(recs):
    toks = set()
    for r in recs:
        for s in r["spans"]:
            if s["category"] == "NAME":
                for w in re.findall(r"[^\W\d_]+", r["text"][s["start"]:s["end"]]):
                    if len(w) >= 3 and w[0].isupper():
                        toks.add(w)
    return toks

def check_name_leaks(recs):
    """A capitalised word that is part of a NAME span anywhere in the set may appear in a clean message
    only as (part of) a bait term registered for the clean messages (v9's check)."""
    toks = name_tokens(recs)
    allt = [t for ts in TERMS.values() for t in ts]
    leaks = []
    for r in recs:
        if not r["clean"]:
            continue
        t = r["text"]
        allowed = set()
        for term in allt:
            if term_re(term).search(t):
                allowed.update(re.findall(r"[^\W\d_]+", term))
        for w in re.findall(r"[^\W\d_]+", t):
            if w in toks and w not in allowed:
                leaks.append((w, t[:70]))
    assert not leaks, ("name word in a clean message without a bait entry", leaks)

def earlier_sources(here):
    texts = []
    for d in EARLIER:
        p = os.path.join(os.path.dirname(here), d, "SOURCE.md")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                texts.append(f.read())
    return texts

def check_no_reuse(recs, here):
    """v10's check, run against v14-v16: no example string quoted in straight double quotes (any quoted
    string with a digit, or of 8+ characters with a space) in the earlier sets' SOURCE.md files occurs in
    any message, and no NAME span of this set with a space (8+ characters) is written in those files.
    Returns the capitalised NAME tokens that also occur somewhere in those files (reported in SOURCE.md)."""
    srcs = earlier_sources(here)
    assert srcs, "earlier SOURCE.md files not found"
    quoted = set()
    for s in srcs:
        for q in re.findall(r'(?:(?<=[\s(\[])|^)"([^"\s][^"\n]{0,118}[^"\s])"(?=[\s),.;:\]]|$)', s, re.M):
            if (len(q) >= 3 and any(ch.isdigit() for ch in q)) or (len(q) >= 8 and " " in q):
                quoted.add(q)
    hits = [(q, r["text"][:60]) for r in recs for q in quoted if q in r["text"]]
    assert not hits, ("example string from an earlier SOURCE.md reused", hits)
    alltext = "\n".join(srcs)
    names = [r["text"][s["start"]:s["end"]] for r in recs for s in r["spans"] if s["category"] == "NAME"]
    full = [n for n in names if " " in n and len(n) >= 8 and n in alltext]
    assert not full, ("full name also written in an earlier SOURCE.md", full)
    words = set(re.findall(r"[^\W\d_]+", alltext))
    return sorted(t for t in name_tokens(recs) if t in words)

def bait_overlap(here):
    """v11 addition: the bait terms of this set that are also written (as a whole word or phrase) anywhere
    in the earlier SOURCE.md files; at least MIN_NEW_TERM_SHARE of the terms must be new."""
    srcs = earlier_sources(here)
    alltext = "\n".join(srcs)
    allt = [t for ts in TERMS.values() for t in ts]
    old = sorted((t for t in allt if term_re(t).search(alltext)), key=str.lower)
    assert (len(allt) - len(old)) / len(allt) >= MIN_NEW_TERM_SHARE, ("too few new bait terms", len(old), len(allt))
    return old

def term_uses(recs):
    clean_texts = [r["text"] for r in recs if r["clean"]]
    uses = collections.OrderedDict()
    for kind, terms in TERMS.items():
        for t in terms:
            rx = term_re(t)
            uses[t] = sum(1 for ct in clean_texts if rx.search(ct))
    return uses

def check_terms(recs):
    """Every inventory term occurs in 1..MAX_REUSE clean messages; enough distinct terms and eponyms."""
    allt = [t for terms in TERMS.values() for t in terms]
    dup = [t for t, c in collections.Counter(allt).items() if c > 1]
    assert not dup, ("term listed twice", dup)
    uses = term_uses(recs)
    missing = [t for t, n in uses.items() if n == 0]
    assert not missing, ("term not found in any clean message", missing)
    over = [(t, n) for t, n in uses.items() if n > MAX_REUSE]
    assert not over, ("term reused in too many clean messages", over)
    assert len(allt) >= MIN_TERMS, len(allt)
    assert len(TERMS["eponym"]) >= MIN_EPONYMS, len(TERMS["eponym"])

def check_mix(recs):
    n = len(recs)
    clean = sum(r["clean"] for r in recs)
    assert n >= MIN_MESSAGES, n
    assert CLEAN_SHARE[0] <= clean / n <= CLEAN_SHARE[1], clean / n
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    for c in CATS:
        assert cat[c] >= MIN_SPANS_PER_CAT, ("too few spans", c, cat[c])
    big = ("NAME", "DATE", "LOCATION", "PHONE")
    for b in big:
        assert all(cat[b] >= cat[c] for c in CATS if c not in big), (b, cat)
    for c in ("AGE", "MRN"):
        assert cat[c] >= MIN_AGE_MRN, (c, cat[c])
    # v14: realistic proportions
    for c in RARE_CATS:
        assert cat[c] <= MAX_RARE_SPANS, ("rare category too frequent for ordinary chat", c, cat[c])
    assert cat["NAME"] / sum(cat.values()) >= MIN_NAME_SHARE, ("names should dominate", cat)
    sc = collections.Counter((r["setting"], r["clean"]) for r in recs)
    for s in SETTINGS:
        for cl in (True, False):
            assert sc[(s, cl)] >= MIN_PER_SETTING[cl], ("too few messages for setting", s, cl, sc[(s, cl)])
    mc = collections.Counter(r["medium"] for r in recs)
    for m in MEDIA:
        assert mc[m] >= MIN_PER_MEDIUM, ("too few messages from medium", m, mc[m])

def check_brief_examples(recs):
    """No example string quoted in the brief for this set is used verbatim in any message."""
    hits = [(q, r["text"][:60]) for r in recs for q in BRIEF_EXAMPLES if q.lower() in r["text"].lower()]
    assert not hits, ("example string from the brief reused", hits)

def check_required(recs):
    """v14's check, extended for v15 (the Unicode, spacing and format kinds): every form and clean content the brief asks for is on at least
    MIN_REQUIRED messages, tags agree with the message (clean-side tags on clean messages, name tags on
    messages with a NAME span), and enough messages carry word-names."""
    kc = collections.Counter(k for r in recs for k in r["kinds"])
    few = [(k, kc[k]) for k in REQUIRED_KINDS if kc[k] < MIN_REQUIRED]
    assert not few, ("required kind used too rarely", few)
    assert kc["name-word"] >= MIN_WORD_NAMES, ("too few word-names", kc["name-word"])
    for r in recs:
        ks = set(r["kinds"])
        cats = {s["category"] for s in r["spans"]}
        if any(k.startswith("name-") for k in ks):
            assert "NAME" in cats, ("name tag without a NAME span", r["text"])
        if "name-lowercase" in ks:
            assert any(r["text"][s["start"]:s["end"]].islower() for s in r["spans"] if s["category"] == "NAME"), r["text"]
        if "name-last-first" in ks:
            assert any("," in r["text"][s["start"]:s["end"]] for s in r["spans"] if s["category"] == "NAME"), r["text"]
        if "name-hyphenated" in ks:
            assert any("-" in r["text"][s["start"]:s["end"]] for s in r["spans"] if s["category"] == "NAME"), r["text"]
        if "age-over-89" in ks:
            assert "AGE" in cats, r["text"]
        if "phone" in ks:
            assert "PHONE" in cats, r["text"]
        if "mrn" in ks:
            assert "MRN" in cats, r["text"]
        # v15: a tag that names a Unicode, spacing or format kind must really carry it, and the other way round
        t = r["text"]
        sl = [(t[sp["start"]:sp["end"]], sp["category"]) for sp in r["spans"]]
        has = {
            "zero-width": any(re.search("[\u200b\u200c\u200d\u2060\ufeff]", v) for v, c in sl),
            "bidi-mark": bool(re.search("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", t)),
            "fullwidth-digits": any(re.search("[\uff10-\uff19]", v) for v, c in sl),
            "arabic-indic-digits": any(re.search("[\u0660-\u0669]", v) for v, c in sl),
            "homoglyph-label": bool(re.search("[\u0400-\u04ff]", t)) and
                               not any(re.search("[\u0400-\u04ff]", v) for v, c in sl),
            # single digits spaced out, a non-breaking space between digits, or an id split by a space
            "spaced-digits": any(re.search("\\d[ \u00a0]\\d[ \u00a0]\\d(?![0-9])", v) or re.search("\\d\u00a0\\d", v)
                                 or (c not in ("PHONE", "FAX", "DATE", "NAME", "LOCATION", "AGE")
                                     and re.search("\\d \\d", v)) for v, c in sl),
        }
        for k, ok in has.items():
            assert (k in ks) == ok, ("trick tag and text disagree", k, k in ks, ok, t)
        if "date-dmy-abbrev" in ks:
            assert any(c == "DATE" and re.search(r"\d{1,2}[- ][A-Z][a-z]{2}[- ]\d{2,4}", v) for v, c in sl), t
        if "date-spoken" in ks:
            assert any(c == "DATE" and not re.search(r"\d", v) for v, c in sl), t
        if "age-over-89-words" in ks:
            assert any(c == "AGE" and not re.search(r"\d", v) for v, c in sl), t
        if "obfuscated-email" in ks:
            # v15: the domain spelled out ("x at example dot com", "(at) ... (dot)", "AT mail DOT example ...")
            assert any(c == "EMAIL" and re.search(r"(?i)\s(?:at|\(at\)|\[at\])\s", v)
                       and re.search(r"(?i)\s(?:dot|\(dot\)|\[dot\])\s", v) for v, c in sl), t
        for k, cat in (("license", "LICENSE"), ("photo-filename", "PHOTO"), ("device-serial", "DEVICE"),
                       ("email", "EMAIL"), ("fax", "FAX"), ("ssn", "SSN"), ("health-plan", "HEALTH_PLAN"),
                       ("account", "ACCOUNT"), ("vehicle", "VEHICLE"), ("url", "URL"), ("ip", "IP"),
                       ("biometric", "BIOMETRIC"), ("other-id", "ID"), ("dob", "DATE"), ("city", "LOCATION"),
                       ("address", "LOCATION"), ("facility", "LOCATION")):
            if k in ks:
                assert cat in cats, (k, t)
        if "name-allcaps" in ks:
            assert any(c == "NAME" and v.isupper() for v, c in sl), t
    for k in TRICK_KINDS:
        assert kc[k] <= MAX_TRICK_MESSAGES, ("trick kind too frequent for ordinary chat", k, kc[k])

def split(recs):
    """Deterministic stratified 2:1 dev/test split with a fixed seed (SEED), v10's (and v9's) procedure.

    Features of a message: its kind tags, the categories of its spans ("CAT:NAME", ...), its setting
    ("SET:SNF", ...), "CLEAN" or "PHI", the pair of setting and clean flag, and "ALL". Messages are
    shuffled with random.Random(SEED), then ordered by the rarity of their rarest feature (rarest strata
    first; the shuffle breaks ties). Each message then goes to the split whose quota for its features
    is least filled: test aims at 1/3 and dev at 2/3 of every feature's count."""
    def feats(r):
        f = set(r["kinds"]) | {"CAT:" + s["category"] for s in r["spans"]}
        f.add("CLEAN" if r["clean"] else "PHI")
        f.add("SET:" + r["setting"])
        f.add("SET:" + r["setting"] + (":CLEAN" if r["clean"] else ":PHI"))
        f.add("ALL")
        return f
    fl = [feats(r) for r in recs]
    total = collections.Counter(f for fs in fl for f in fs)
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    order.sort(key=lambda i: min(total[f] for f in fl[i]))   # stable: shuffle breaks ties
    got = {"dev": collections.Counter(), "test": collections.Counter()}
    share = {"dev": 2 / 3, "test": 1 / 3}
    dev_idx, test_idx = [], []
    for i in order:
        need = {}
        for side in ("dev", "test"):
            need[side] = sum((share[side] * total[f] - got[side][f]) / (share[side] * total[f]) for f in fl[i]) / len(fl[i])
        side = "test" if need["test"] > need["dev"] else "dev"
        (test_idx if side == "test" else dev_idx).append(i)
        got[side].update(fl[i])
    rng = random.Random(SEED)
    rng.shuffle(dev_idx)
    rng.shuffle(test_idx)
    return [recs[i] for i in dev_idx], [recs[i] for i in test_idx]

def write(path, recs, name):
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"{name}-{i}", "text": r["text"], "spans": r["spans"],
                                "clean": r["clean"], "kinds": r["kinds"]}, ensure_ascii=False) + "\n")

def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]

def stats(recs):
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    kinds = collections.Counter(k for r in recs for k in set(r["kinds"]))
    return len(recs), sum(r["clean"] for r in recs), cat, kinds

def setting_media_tables(recs, dev, test):
    c = collections.Counter((r["setting"], r["clean"]) for r in recs)
    dv = collections.Counter((r["setting"], r["clean"]) for r in dev)
    ts = collections.Counter((r["setting"], r["clean"]) for r in test)
    lines = ["", "### Messages per setting (build.py only)", "",
             "| setting | clean | with identifiers | total | dev (clean / with ids) | test (clean / with ids) |",
             "|---|---|---|---|---|---|"]
    for k, desc in SETTINGS.items():
        lines.append(f"| {desc} | {c[(k, True)]} | {c[(k, False)]} | {c[(k, True)] + c[(k, False)]} | "
                     f"{dv[(k, True)]} / {dv[(k, False)]} | {ts[(k, True)]} / {ts[(k, False)]} |")
    d = collections.Counter((r["medium"], r["clean"]) for r in recs)
    dm = collections.Counter(r["medium"] for r in dev)
    tm = collections.Counter(r["medium"] for r in test)
    lines += ["", "### Messages per medium (build.py only)", "",
              "| medium | clean | with identifiers | total | dev | test |", "|---|---|---|---|---|---|"]
    for k, desc in MEDIA.items():
        lines.append(f"| {desc} | {d[(k, True)]} | {d[(k, False)]} | {d[(k, True)] + d[(k, False)]} | {dm[k]} | {tm[k]} |")
    return lines

def term_table(recs, old):
    uses = term_uses(recs)
    lines = ["", "### Bait inventory of the clean messages (build.py; each entry checked to occur in 1-"
             f"{MAX_REUSE} clean messages)", "", "| kind | entries | clean-message uses |", "|---|---|---|"]
    tot_e = tot_u = 0
    for kind, terms in TERMS.items():
        u = sum(uses[t] for t in terms)
        tot_e += len(terms)
        tot_u += u
        lines.append(f"| {TERM_KINDS[kind]} | {len(terms)} | {u} |")
    lines.append(f"| total (distinct capitalised terms) | {tot_e} | {tot_u} |")
    hist = collections.Counter(uses.values())
    lines += ["", "Reuse: " + ", ".join(f"{hist[n]} entries in {n} clean message{'s' if n > 1 else ''}"
                                         for n in sorted(hist)) + "."]
    if old is not None:
        lines += ["", f"Bait terms also written somewhere in the v14-v16 SOURCE.md files (checked by build.py; "
                      f"the other {tot_e - len(old)} of {tot_e} are new to the series' inventories): {len(old)}: "
                      + ", ".join(old) + "."]
    for kind, terms in TERMS.items():
        lines += ["", f"- {kind} ({len(terms)}): " + ", ".join(sorted(terms, key=str.lower)) + "."]
    return lines

def script_of(ch):
    return unicodedata.name(ch, "?").split()[0].title()

def name_form_line(recs):
    names = [r["text"][s["start"]:s["end"]] for r in recs for s in r["spans"] if s["category"] == "NAME"]
    scripts = collections.Counter()
    for n in names:
        for sc in {script_of(ch) for ch in n if ch.isalpha() and ord(ch) > 0x24F}:
            scripts[sc] += 1
    return (f"NAME spans: {len(names)} ({len(set(names))} distinct strings; "
            f"{sum(1 for n in names if n.isupper() and len(n) > 3)} ALL CAPS, "
            f"{sum(1 for n in names if n.islower())} all lowercase, "
            f"{sum(1 for n in names if ',' in n)} 'Last, First', "
            f"{sum(1 for n in names if '-' in n)} hyphenated, "
            f"{sum(1 for n in names if any(ord(ch) > 127 for ch in n))} with non-ASCII characters; "
            f"spans with letters of a non-Latin script: "
            + (", ".join(f"{k} {v}" for k, v in sorted(scripts.items())) or "none") + ").")

def counts_tables(dev, test):
    nd, cd, catd, kd = stats(dev)
    nt, ct, catt, kt = stats(test)
    sd, st = sum(catd.values()), sum(catt.values())
    lines = ["| | dev | test | total |", "|---|---|---|---|",
             f"| messages | {nd} | {nt} | {nd + nt} |",
             f"| clean (no spans) | {cd} | {ct} | {cd + ct} |",
             f"| with identifiers | {nd - cd} | {nt - ct} | {nd - cd + nt - ct} |",
             f"| clean share | {cd / nd:.1%} | {ct / nt:.1%} | {(cd + ct) / (nd + nt):.1%} |",
             f"| spans total | {sd} | {st} | {sd + st} |",
             "", "### Spans per category", "", "| category | dev | test | total |", "|---|---|---|---|"]
    for c in CATS:
        lines.append(f"| {c} | {catd[c]} | {catt[c]} | {catd[c] + catt[c]} |")
    kinds_lines = ["", "### Messages per kind tag", "", "| kind | dev | test | total |", "|---|---|---|---|"]
    allk = kd + kt
    for k, n in sorted(allk.items(), key=lambda x: (-x[1], x[0])):
        kinds_lines.append(f"| {k} | {kd[k]} | {kt[k]} | {n} |")
    return lines, kinds_lines

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = build_records()
    validate(recs)
    check_span_texts(recs, MSGS)
    assert not WARN, "\n".join(WARN)
    check_openings(recs)
    check_media(recs)
    check_invented(recs)
    check_terms(recs)
    check_name_leaks(recs)
    shared = check_no_reuse(recs, here)
    old_terms = bait_overlap(here)
    check_brief_examples(recs)
    check_required(recs)
    check_mix(recs)
    dev, test = split(recs)
    # every category, and every kind tag used at least twice, in both splits
    _, _, catd, kd = stats(dev)
    _, _, catt, kt = stats(test)
    for c in CATS:
        assert catd[c] > 0 and catt[c] > 0, ("category missing from a split", c)
    for k, n in (kd + kt).items():
        if n >= 2:
            assert kd[k] > 0 and kt[k] > 0, ("kind tag missing from a split", k)
    # every setting, clean and with identifiers, and every medium in both splits
    for st in SETTINGS:
        for cl in (True, False):
            assert any(r["setting"] == st and r["clean"] == cl for r in dev), ("setting missing from dev", st, cl)
            assert any(r["setting"] == st and r["clean"] == cl for r in test), ("setting missing from test", st, cl)
    for m in MEDIA:
        assert any(r["medium"] == m for r in dev) and any(r["medium"] == m for r in test), ("medium missing", m)
    # split sizes about 2:1
    assert abs(len(test) / len(recs) - 1 / 3) < 0.02, (len(dev), len(test))
    write(os.path.join(here, "dev.jsonl"), dev, "dev")
    write(os.path.join(here, "test.jsonl"), test, "test")
    # read the files back and validate them again, offsets and slices included
    by_text = {r["text"]: r for r in recs}
    for name in ("dev", "test"):
        back = read(os.path.join(here, name + ".jsonl"))
        validate(back)
        for b in back:
            r = by_text[b["text"]]
            assert b["spans"] == r["spans"] and b["clean"] == r["clean"] and b["kinds"] == r["kinds"], b["id"]
        check_invented(back)
    src_by_text = {m[0]: m for m in MSGS}
    check_span_texts(dev, [src_by_text[r["text"]] for r in dev])
    check_span_texts(test, [src_by_text[r["text"]] for r in test])

    counts, kinds_lines = counts_tables(dev, test)
    shared_line = ["", f"Capitalised NAME tokens of this set that also occur somewhere in the v14-v16 SOURCE.md files "
                       f"(checked by build.py; no full name and no quoted example string is shared): {len(shared)}: "
                       + ", ".join(shared) + "."]
    body = [SOURCE_HEAD.strip("\n"), "", "## Counts (generated by build.py)", ""] + counts + \
        ["", name_form_line(recs)] + shared_line + setting_media_tables(recs, dev, test) + \
        term_table(recs, old_terms) + kinds_lines + \
        ["", "## First measurement", "", "To be filled by the project lead before any tuning."]
    with open(os.path.join(here, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(body) + "\n")

    # stats table on stdout
    print("\n".join(counts))
    print()
    print(name_form_line(recs))
    print("\n".join(shared_line))
    print("\n".join(setting_media_tables(recs, dev, test)))
    uses = term_uses(recs)
    print(f"\nbait inventory: {sum(len(t) for t in TERMS.values())} terms "
          f"({len(TERMS['eponym'])} eponyms), max reuse {max(uses.values())}, "
          f"also in earlier SOURCE.md: {len(old_terms)}")
    print("OK: all checks passed; wrote dev.jsonl, test.jsonl, SOURCE.md")




# =============================================================================================
# Messages, by setting.  C(...) = clean, P(...) = with identifiers.
# =============================================================================================

# ---- outpatient hemodialysis unit ----
C("DIAL", "chat", "Chair 7 ran at a blood flow of 400 and Kt/V came back 1.4, so no change to the prescription.",
  "dose-lab room-bed-number acronym")
C("DIAL", "chat", "Bruit and thrill both good on the left arm Brescia-Cimino, cannulated with 15 gauge, no infiltration.",
  "eponym-bare dose-lab", ep="Brescia-Cimino")
C("DIAL", "chat", "Venofer 200 is not right, the protocol dose is 50 mg weekly when TSAT is under 20.",
  "drug-brand-name dose-lab", br="Venofer")
C("DIAL", "thread", "Mircera was switched to monthly on the second shift, pharmacy says the Epogen stock runs out Friday.",
  "drug-brand-name weekday", br="Mircera|Epogen")
C("DIAL", "chat", "Goodpasture came up in rounds again: anti-GBM was negative, so it stays IgA nephropathy (Berger) on the biopsy.",
  "eponym-bare acronym", ep="Goodpasture|Berger")
C("DIAL", "lower", "k was 6.1 pre on chair 12, put them on the 2k bath and recheck post, no ekg changes",
  "dose-lab room-bed-number ordinary-chat")
C("DIAL", "page", "DIALYSIS: chair 4 BP 78/40 at hour two, UF off, 250 NS bolus given, now 96/58. FYI only.",
  "dose-lab room-bed-number")
C("DIAL", "bot", "/ask what is the usual Sensipar starting dose when PTH is above 600 on hemodialysis",
  "drug-brand-name dose-lab", br="Sensipar")
C("DIAL", "bot", "/ask does Fabry disease need enzyme replacement timed around dialysis sessions",
  "eponym-bare ordinary-chat", ep="Fabry")
C("DIAL", "chat", "Alport runs in families, so the nephrology fellow wants the hearing screen repeated before transplant listing.",
  "eponym-bare ordinary-chat", ep="Alport")
C("DIAL", "dictation", "Access check. Left upper arm graft, thrill palpable throughout, no steal symptoms, capillary refill under two seconds. Plan continue current needles period.",
  "dose-lab ordinary-chat")
C("DIAL", "thread", "Fresenius tech is coming Tuesday for machine 9, the conductivity alarm keeps tripping.",
  "device-brand weekday room-bed-number", br="Fresenius")
C("DIAL", "chat", "Renvela with meals, phosphorus 7.8, we will talk binders again at the monthly lab review.",
  "drug-brand-name dose-lab", br="Renvela")
C("DIAL", "chat", "Thanksgiving week schedule: Thursday shift moves to Wednesday night, please tell your chairs.",
  "holiday weekday", hol="Thanksgiving")
C("DIAL", "lower", "dry weight down to 71.5 kg, cramping at the end of run again, maybe push it back up half a kilo",
  "dose-lab ordinary-chat")
C("DIAL", "chat", "Temp 38.4 pre-run on chair 15 with a tunneled catheter, blood cultures from both lumens before we start.",
  "temperature room-bed-number dose-lab")
C("DIAL", "dictation", "Hepatitis B surface antibody is ten, so booster series restarted with Heplisav, dose one given today.",
  "drug-brand-name dose-lab", br="Heplisav")
C("DIAL", "chat", "Pain 6/10 at the cannulation site, numbing cream helps, Lidoderm patch not covered.",
  "score-fraction drug-brand-name", br="Lidoderm")

P("DIAL", "chat", "Mrs. Penny Okafor moved to the TTS second shift, her daughter Grace drives her now.",
  [("Penny Okafor", N), ("Grace", N)], "name-word name-title name-relative name-non-english")
P("DIAL", "lower", "can someone cover rusty's chair at 1130, rusty hargrove, he is on his way from pasco",
  [("rusty", N), ("rusty hargrove", N), ("pasco", LO)], "name-lowercase clock-time city")
P("DIAL", "page", "DIALYSIS: BISHOP, LEROY access clotted, IR aware, wife Delphine at 509-555-0147.",
  [("BISHOP, LEROY", N), ("Delphine", N), ("509-555-0147", PH)], "name-allcaps name-last-first phone")
P("DIAL", "ehr", "ADT A04 | HARGREAVES, ODELL T | MRN 6624019 | DOB 03/14/1931 | chair 10 TTS",
  [("HARGREAVES, ODELL T", N), ("6624019", MR), ("03/14/1931", D)], "name-last-first mrn dob")
P("DIAL", "chat", "Mr Ngata (94) says he wants to stop dialysis after his grandson's wedding, palliative is coming.",
  [("Ngata", N), ("94", A)], "name-title age-over-89 name-non-english")
P("DIAL", "voicemail", "Hi this is Marisol Echevarría, Tomás's wife, he won't make it today, our car broke down in Kennewick, call me back at five oh nine, five five five, oh one six two.",
  [("Marisol Echevarría", N), ("Tomás", N), ("Kennewick", LO), ("five oh nine, five five five, oh one six two", PH)],
  "name-relative city phone")
P("DIAL", "thread", "Dr. Small said hold the heparin for Ms. Young tomorrow, she had a GI bleed last week.",
  [("Small", N), ("Young", N)], "name-word name-title name-staff")
P("DIAL", "chat", "Transport for Harold Major is booked with the county van, pickup at 0515, his plate is WA BTR4471 if the guard asks.",
  [("Harold Major", N), ("BTR4471", VE)], "name-word vehicle clock-time")
P("DIAL", "email", "Fwd: from Sunnyside Home Dialysis <intake@sunnyside-dialysis.example.org> re Fernando Luna Cervantes, NxStage serial NX2-118803, transferring back to in-center.",
  [("intake@sunnyside-dialysis.example.org", EM), ("Fernando Luna Cervantes", N), ("NX2-118803", DV)],
  "email name-non-english device-serial")
P("DIAL", "chat", "Palm vein check-in failed again for Earnest Wirth, kiosk log shows template PV-77Q2-0913, re-enrolling him.",
  [("Earnest Wirth", N), ("PV-77Q2-0913", BI)], "name-word biometric")
P("DIAL", "chat", "The Tuilagis asked if Sione can run on the evening shift so he can keep his job at the warehouse.",
  [("Tuilagis", N), ("Sione", N)], "name-non-english name-given-only name-relative")
P("DIAL", "bot", "/ask Hyun-woo Baek has Kt/V 1.1 on three runs a week, should we lengthen to 4 hours or raise blood flow",
  [("Hyun-woo Baek", N)], "name-hyphenated name-non-english dose-lab")
P("DIAL", "dictation", "Missus Agnieszka Wróbel, born the second of February nineteen thirty-eight, seen chairside for itching, started on difelikefalin.",
  [("Agnieszka Wróbel", N), ("the second of February nineteen thirty-eight", D)], "name-title date-spoken name-non-english")
P("DIAL", "chat", "Chester Dunn's daughter's number came pasted from the referral as 509-555-01\u200b68, the dialer keeps rejecting it.",
  [("Chester Dunn", N), ("509-555-01\u200b68", PH)], "zero-width phone name-possessive name-common")
P("DIAL", "thread", "bill's sister Opal called, she is the health care rep now, not his son",
  [("bill", N), ("Opal", N)], "name-lowercase name-relative name-word")
P("DIAL", "chat", "Annual wait-list paperwork for Prakash Venkataraman went to the transplant center in Spokane today.",
  [("Prakash Venkataraman", N), ("Spokane", LO)], "name-non-english city")
P("DIAL", "page", "RN Fatou Diallo to chair 3 pls, Mr. Sharp's needle infiltrated",
  [("Fatou Diallo", N), ("Sharp", N)], "name-word name-possessive room-bed-number")
P("DIAL", "ehr", "Sched chg: ECHEVARRIA, TOMAS | MWF 1st -> TTS 1st | eff 12-Jan-2035 | per SW Lorna Pettibone",
  [("ECHEVARRIA, TOMAS", N), ("12-Jan-2035", D), ("Lorna Pettibone", N)], "name-last-first date-dmy-abbrev name-staff")

# ---- burn unit ----
C("BURN", "chat", "Lund and Browder puts it at 22% TBSA, the ED used the rule of nines and got 30.",
  "eponym-bare dose-lab acronym", ep="Lund and Browder")
C("BURN", "chat", "Galveston formula for the kids, Parkland for adults, and nobody gets more than the calculated rate without a call.",
  "place-rule ordinary-chat", pl="Galveston|Parkland")
C("BURN", "thread", "Modified Brooke is what the army units use, 2 mL/kg/%TBSA, we stay with ours.",
  "place-rule dose-lab", pl="Brooke")
C("BURN", "chat", "Curling ulcer prophylaxis is already on the order set, Protonix 40 IV daily.",
  "eponym-bare drug-brand-name dose-lab", ep="Curling", br="Protonix")
C("BURN", "chat", "That chronic wound at the old scar needs a biopsy, Marjolin ulcer until proven otherwise.",
  "eponym-bare ordinary-chat", ep="Marjolin")
C("BURN", "lower", "bed 6 dressing change moved to 1400, premedicate 30 min before, ketamine ok per anesthesia",
  "clock-time room-bed-number dose-lab")
C("BURN", "page", "BURN ICU bed 2: UOP 18 mL/h x2h, MAP 62, started 5% albumin per protocol. Come when able.",
  "dose-lab room-bed-number acronym")
C("BURN", "bot", "/ask Baux score 110 vs revised Baux with inhalation injury, how do they differ",
  "score acronym", ep="Baux")
C("BURN", "bot", "/ask is Silvadene still okay on the face or should we switch to bacitracin",
  "drug-brand-name ordinary-chat", br="Silvadene")
C("BURN", "chat", "Integra went on the left thigh this morning, NPWT at 125 continuous, no Kerlix under the foam.",
  "device-brand dose-lab", br="Integra|Kerlix")
C("BURN", "dictation", "Skin graft donor site on the right thigh covered with Mepilex Ag. Recipient bed healthy. Bolster to stay five days.",
  "device-brand ordinary-chat", br="Mepilex Ag")
C("BURN", "chat", "Fourth of July is our worst weekend, fireworks hands every year, staff the clinic heavy.",
  "holiday ordinary-chat", hol="Fourth of July")
C("BURN", "thread", "Stevens-Johnson vs TEN is 10 vs 30 percent, SCORTEN on admission was 3.",
  "eponym-bare score acronym", ep="Stevens-Johnson", sc="SCORTEN")
C("BURN", "chat", "Core temp 35.1 after the tank, warm the room to 30 and put the Bair Paws on before we start.",
  "temperature dose-lab", br="Bair Paws")
C("BURN", "lower", "carboxyhemoglobin 18 on arrival, on a nonrebreather, recheck in an hour",
  "dose-lab ordinary-chat")
C("BURN", "chat", "Jobst measured for the pressure garments, 23 hours a day for a year, that is the hard conversation.",
  "device-brand ordinary-chat", br="Jobst")
C("BURN", "dictation", "Escharotomy of both forearms at the bedside. Return of Doppler signal in the radial and ulnar arteries afterwards.",
  "ordinary-chat dose-lab")
C("BURN", "chat", "Z-plasty release for the axillary contracture is booked, Jackson zones talk for the students at noon.",
  "eponym-bare teaching", ep="Jackson")

P("BURN", "chat", "Patient in bed 4 is Dorcas Mbeki-Franklin, grease fire, her husband Augustin is on his way.",
  [("Dorcas Mbeki-Franklin", N), ("Augustin", N)], "name-hyphenated name-relative room-bed-number")
P("BURN", "page", "BURN: HOPE STANHOPE 11yo scald, arrived from Ellensburg, mom needs a call 509-555-0193",
  [("HOPE STANHOPE", N), ("Ellensburg", LO), ("509-555-0193", PH)], "name-allcaps city phone")
P("BURN", "ehr", "Photo log | WENDT, GARRISON | IMG_6082.HEIC (L hand, POD 3) | uploaded by S. Ortega RN",
  [("WENDT, GARRISON", N), ("IMG_6082.HEIC", PI), ("S. Ortega", N)], "name-last-first photo-filename name-staff")
P("BURN", "chat", "Garrison's truck is still in the shop in Moses Lake, his brother says plate WA C73981J, insurance needs it.",
  [("Garrison", N), ("Moses Lake", LO), ("C73981J", VE)], "name-possessive name-relative city vehicle")
P("BURN", "thread", "ok so Dr Lindgren wants Frost's hand elevated and splinted, OT coming at 3",
  [("Lindgren", N), ("Frost", N)], "name-title name-word name-possessive")
P("BURN", "lower", "mrs pham's son bao says she is 93, not 83, the ed put the wrong birth year",
  [("pham", N), ("bao", N), ("93", A)], "name-lowercase name-relative age-over-89")
P("BURN", "voicemail", "This is Officer Dale Whitacre with Grant County, calling about the patient from the barn fire, Reuben Stoll, please call 509-555-0128 extension 4.",
  [("Dale Whitacre", N), ("Reuben Stoll", N), ("509-555-0128", PH)], "name-title name-staff phone")
P("BURN", "chat", "Rev. Amos Stoll and the Stolls from the colony are in the family room, they want to pray with Reuben before the OR.",
  [("Amos Stoll", N), ("Stolls", N), ("Reuben", N)], "name-title name-relative name-given-only")
P("BURN", "email", "Forwarded from case management: Ulrich Fenstermacher's Apple Health id 881047263WA, account 50219-8847, discharge to his sister's place at 418 Birch Ln, Cheney.",
  [("Ulrich Fenstermacher", N), ("881047263WA", HP), ("50219-8847", AC), ("418 Birch Ln, Cheney", LO)],
  "health-plan account address")
P("BURN", "dictation", "Patient is a ninety-two-year-old man, Mister Wendell Coyote, admitted with eleven percent flame burns from a space heater.",
  [("ninety-two", A), ("Wendell Coyote", N)], "age-over-89-words name-title name-word")
P("BURN", "bot", "/ask fluids for Keanu Kahananui, 84 kg, 35% TBSA, burn time 0230, how much by 1130",
  [("Keanu Kahananui", N)], "name-non-english dose-lab clock-time")
P("BURN", "chat", "SW Precious Adeyemi set up the Ronald McDonald room for the Adebayo-Harris family.",
  [("Precious Adeyemi", N), ("Adebayo-Harris", N)], "name-staff name-word name-hyphenated")
P("BURN", "chat", "Small grafts on the hand for Tyrell Small are healing, the other Small, the fireworks kid, is in 9.",
  [("Tyrell Small", N), ("Small", N)], "name-word room-bed-number")
P("BURN", "thread", "Her DOB is 21-Mar-1938, which makes Ivy Lundeen 96, so she qualifies for the geriatric burn pathway.",
  [("21-Mar-1938", D), ("Ivy Lundeen", N), ("96", A)], "date-dmy-abbrev name-word age-over-89 dob")
P("BURN", "chat", "KING, MARCUS and KING, MARCELLA are both on the board, check wristbands, different families.",
  [("KING, MARCUS", N), ("KING, MARCELLA", N)], "name-last-first name-allcaps name-list name-word")
P("BURN", "page", "Burn clinic: Joy Mwangi no-show, 2nd time, call her at 208-555-0166 and rebook",
  [("Joy Mwangi", N), ("208-555-0166", PH)], "name-word name-non-english phone")
P("BURN", "ehr", "Discharge | MRN 8810342 | AHMADZAI, NAZANIN | to Lewiston, ID | f/u burn clinic 02-Feb-2035",
  [("8810342", MR), ("AHMADZAI, NAZANIN", N), ("Lewiston", LO), ("02-Feb-2035", D)], "mrn name-last-first date-dmy-abbrev")
P("BURN", "lower", "chase from child life brought the bubble machine for lil tayshawn, he stopped crying",
  [("chase", N), ("tayshawn", N)], "name-lowercase name-word name-staff")

# ---- bone marrow transplant and cellular therapy unit ----
C("BMT", "chat", "Day +12 and ANC finally 0.6, engraftment watch continues, platelets still transfusion dependent.",
  "dose-lab acronym")
C("BMT", "chat", "CRS grade 2 after the CAR-T, tocilizumab given, Actemra second dose on hold per the fellow.",
  "drug-brand-name acronym dose-lab", br="Actemra")
C("BMT", "thread", "ICE score 7/10 this evening, down from 10, so that is ICANS grade 1 by the ASTCT grading.",
  "score-fraction score acronym", sc="ICE|ASTCT")
C("BMT", "chat", "Glucksberg staging for the gut GVHD: 1.2 liters of stool, stage 3, so budesonide plus steroids.",
  "eponym-bare dose-lab", ep="Glucksberg")
C("BMT", "chat", "Fanconi anemia patients get reduced-intensity conditioning, no busulfan at full dose.",
  "eponym-bare ordinary-chat", ep="Fanconi")
C("BMT", "lower", "cell lab says the product thawed fine, viability 88 percent, infusing at 1315",
  "dose-lab clock-time ordinary-chat")
C("BMT", "page", "BMT 7 West rm 22 temp 38.6, neutropenic, cultures drawn, cefepime hung 2210. pls review.",
  "temperature room-bed-number clock-time")
C("BMT", "bot", "/ask Jakafi dosing for steroid-refractory acute GVHD with platelets under 50",
  "drug-brand-name dose-lab", br="Jakafi")
C("BMT", "bot", "/ask Hickman vs PICC for a 67 kg adult going to myeloablative conditioning",
  "eponym-bare dose-lab", ep="Hickman")
C("BMT", "chat", "Kaposi sarcoma on the differential for the purple lesions, derm biopsy tomorrow.",
  "eponym-bare ordinary-chat", ep="Kaposi")
C("BMT", "dictation", "Bone marrow biopsy from the posterior iliac crest, Jamshidi needle, two cores obtained, patient tolerated well.",
  "eponym-bare ordinary-chat", ep="Jamshidi")
C("BMT", "chat", "Hodgkin relapse patients go on the auto list first, then we talk about allo.",
  "eponym-bare ordinary-chat", ep="Hodgkin")
C("BMT", "chat", "Cytoxan and fludarabine lymphodepletion starts Monday, Mesna with the Cytoxan as always.",
  "drug-brand-name weekday", br="Cytoxan|Mesna")
C("BMT", "thread", "Christmas on the unit: volunteers bring the tree Friday, nothing fresh, artificial only for the neutropenic rooms.",
  "holiday weekday ordinary-chat", hol="Christmas")
C("BMT", "chat", "Trough 11.2 on tacrolimus, Prograf stays at 1 mg twice daily, magnesium 1.4 so replace.",
  "drug-brand-name dose-lab", br="Prograf")
C("BMT", "lower", "reminder hand hygiene audit this week, we were at 91 percent last month, keep it up",
  "ordinary-chat dose-lab")
C("BMT", "dictation", "Day plus thirty bone marrow shows trilineage engraftment, donor chimerism ninety-eight percent.",
  "dose-lab ordinary-chat")
C("BMT", "chat", "Waldenström patients are rare here, the fellow has never seen one go to transplant.",
  "eponym-bare ordinary-chat", ep="Waldenström")

P("BMT", "chat", "Sibling donor for Aurelio Benavides-Ruiz is his sister Pilar, HLA 10/10, collection in Boise.",
  [("Aurelio Benavides-Ruiz", N), ("Pilar", N), ("Boise", LO)], "name-hyphenated name-relative city score-fraction")
P("BMT", "page", "BMT: YOUNG, AUGUST rm 14 platelets 4, transfusing. Dr Ferreira aware.",
  [("YOUNG, AUGUST", N), ("Ferreira", N)], "name-last-first name-allcaps name-word")
P("BMT", "ehr", "Cell therapy | Recipient: THORSEN, INGRID M | MRN 7730581 | Product ID CT-34-02291 | infused 09-Jan-2035 1340",
  [("THORSEN, INGRID M", N), ("7730581", MR), ("CT-34-02291", ID_), ("09-Jan-2035", D)], "name-last-first mrn other-id")
P("BMT", "lower", "ingrid's husband lars is asking again about the hotel, can sw call him",
  [("ingrid", N), ("lars", N)], "name-lowercase name-relative name-possessive")
P("BMT", "chat", "Mr. Faith Nakamura, yes Faith is his name, is back for his day +180 visit.",
  [("Faith Nakamura", N), ("Faith", N)], "name-word name-title name-non-english")
P("BMT", "voicemail", "Hi, Charity Boone calling for my dad Elroy Boone in the transplant apartments, his fever is 38.3, call me at 208-555-0134.",
  [("Charity Boone", N), ("Elroy Boone", N), ("208-555-0134", PH)], "name-word phone temperature")
P("BMT", "email", "From: registry coordinator\nRe: unrelated donor for Huang Meilin (黄美琳), donor collection in Seattle moved to 30-Jan-2035, courier details to follow.",
  [("Huang Meilin", N), ("黄美琳", N), ("Seattle", LO), ("30-Jan-2035", D)], "name-non-english date-dmy-abbrev city")
P("BMT", "thread", "pharm: Sanjana's tacro level was drawn late, nurse Rory Blackfeather says 0810 not 0600",
  [("Sanjana", N), ("Rory Blackfeather", N)], "name-possessive name-given-only name-staff")
P("BMT", "dictation", "Mister Gustavo Ibarra, date of birth April ninth nineteen sixty, day plus forty-five after haploidentical transplant.",
  [("Gustavo Ibarra", N), ("April ninth nineteen sixty", D)], "name-title date-spoken name-non-english")
P("BMT", "chat", "Can someone tell me why Sterling Price got the CMV-negative units but Rich Sterling didn't?",
  [("Sterling Price", N), ("Rich Sterling", N)], "name-word name-list")
P("BMT", "bot", "/ask MARTINEZ, JOSE A has GVHD of the skin stage 2, what topical do we use on the face",
  [("MARTINEZ, JOSE A", N)], "name-last-first name-allcaps name-common")
P("BMT", "chat", "Lodging form for the Oyelaran family: mom Folasade, dad Kunle, staying at 2207 W Mission Ave, Spokane.",
  [("Oyelaran", N), ("Folasade", N), ("Kunle", N), ("2207 W Mission Ave, Spokane", LO)], "name-non-english name-relative address")
P("BMT", "chat", "Portal invite for Bronwyn Teague bounced, the link was https://portal.example.org/bmt/invite?pt=BT0419 please resend.",
  [("Bronwyn Teague", N), ("https://portal.example.org/bmt/invite?pt=BT0419", UR)], "url name-common")
P("BMT", "page", "BMT: Kaufusi, Sela desatting 86% rm 9, RT at bedside, pls come. SW Mere Tawhiri with family.",
  [("Kaufusi, Sela", N), ("Mere Tawhiri", N)], "name-last-first name-non-english name-staff")
P("BMT", "chat", "Ernestine Pruett is asking about CAR-T for her husband, Dwight, who is 91.",
  [("Ernestine Pruett", N), ("Dwight", N), ("91", A)], "name-relative age-over-89 name-given-only")
P("BMT", "lower", "brooks and dr hale both said no visitors under 12 for mr oduya this week",
  [("brooks", N), ("hale", N), ("oduya", N)], "name-lowercase name-staff name-title")
P("BMT", "ehr", "CMV PCR | \u041cRN 5527703 | DIAZ-OCAMPO, RAFAEL | 1,240 IU/mL | 22-Jan-2035",
  [("5527703", MR), ("DIAZ-OCAMPO, RAFAEL", N), ("22-Jan-2035", D)], "homoglyph-label mrn name-last-first")
P("BMT", "chat", "Reminder that Dr. Kwabena Osei-Tutu covers BMT consults this weekend, not Dr. Grant.",
  [("Kwabena Osei-Tutu", N), ("Grant", N)], "name-title name-staff name-word name-hyphenated")

# ---- psychiatric emergency service ----
C("PES", "chat", "Three on the 72-hour hold board, two waiting for state beds, one likely to clear by morning.",
  "ordinary-chat dose-lab")
C("PES", "chat", "CIWA of 14 in room 5, Ativan 2 mg given, recheck in an hour.",
  "score drug-brand-name room-bed-number", br="Ativan")
C("PES", "thread", "Zyprexa Zydis works when they won't swallow a tab, but it is not an IM, don't chart it as one.",
  "drug-brand-name ordinary-chat", br="Zyprexa Zydis")
C("PES", "chat", "Ganser syndrome came up at the teaching conference, approximate answers, rare but real.",
  "eponym-bare teaching", ep="Ganser")
C("PES", "chat", "Korsakoff vs delirium in the alcohol withdrawal guy, thiamine 500 TID either way.",
  "eponym-bare dose-lab", ep="Korsakoff")
C("PES", "lower", "sitter needed for room 3 at 1900, 1:1 for elopement risk not suicide",
  "room-bed-number clock-time ordinary-chat")
C("PES", "page", "PES: code grey room 8, security en route, pt calmer after Haldol 5 / Ativan 2 IM.",
  "room-bed-number drug-brand-name dose-lab", br="Haldol")
C("PES", "bot", "/ask Columbia protocol screen positive, what does the full C-SSRS add",
  "score acronym", sc="C-SSRS", pl="Columbia")
C("PES", "bot", "/ask Clozaril ANC thresholds for restarting after a missed week",
  "drug-brand-name dose-lab", br="Clozaril")
C("PES", "chat", "Stockholm syndrome is not a diagnosis, please don't write it in the assessment.",
  "place-disease ordinary-chat", pl="Stockholm")
C("PES", "dictation", "Mental status exam. Alert, oriented times three, speech pressured, thought process tangential, denies auditory hallucinations.",
  "ordinary-chat")
C("PES", "chat", "Jerusalem syndrome, Paris syndrome, Florence syndrome: the fellow's favourite slide, none of them seen here.",
  "place-disease teaching", pl="Jerusalem|Paris|Florence")
C("PES", "chat", "Bipolar with lithium level 1.6, holding doses, nephrology consult for the creatinine.",
  "dose-lab ordinary-chat")
C("PES", "thread", "Halloween night is always busy, two extra techs on the evening shift please.",
  "holiday ordinary-chat", hol="Halloween")
C("PES", "chat", "Capgras delusion in room 2, says her husband is an impostor, calm now, neurology wants an MRI.",
  "eponym-bare room-bed-number", ep="Capgras")
C("PES", "lower", "bp 190/104 in the meth pt, hr 128, temp 38.2, medicine wants a look before we clear",
  "dose-lab temperature acronym")
C("PES", "dictation", "Agitation improved with oral Seroquel, twenty-five milligrams, sleeping comfortably at this time.",
  "drug-brand-name dose-lab", br="Seroquel")
C("PES", "chat", "Werther effect: the media story last week, expect more ideation calls through Sunday.",
  "eponym-bare weekday", ep="Werther")

P("PES", "chat", "Storm Redcloud is back, third visit this month, his aunt Winona can take him tonight.",
  [("Storm Redcloud", N), ("Winona", N)], "name-word name-relative name-given-only")
P("PES", "page", "PES: MAJOR, DESMOND eloped from room 6 at 0342, 6'1 red hoodie, police notified. Mother 509-555-0171",
  [("MAJOR, DESMOND", N), ("509-555-0171", PH)], "name-last-first name-allcaps phone")
P("PES", "lower", "mr abernathy says his daughter becky is the only one allowed to know he is here",
  [("abernathy", N), ("becky", N)], "name-lowercase name-relative name-title")
P("PES", "ehr", "Hold | BYRNE, SEAMUS P | MRN 3318406 | 72h hold initiated 15-Jan-2035 2210 | DMHP: Teodora Vance",
  [("BYRNE, SEAMUS P", N), ("3318406", MR), ("15-Jan-2035", D), ("Teodora Vance", N)], "name-last-first mrn date-dmy-abbrev")
P("PES", "voicemail", "Yeah this is Lorraine, Kenji Whitehorse's mom, the doctor wanted me to call, my cell is 509 555 0112, please call back.",
  [("Lorraine", N), ("Kenji Whitehorse", N), ("509 555 0112", PH)], "name-relative name-possessive phone")
P("PES", "chat", "Clear to leave: Mercy Obuya, her cousin Chidi is picking her up, safety plan reviewed.",
  [("Mercy Obuya", N), ("Chidi", N)], "name-word name-non-english name-relative")
P("PES", "thread", "Dr. Wise and Dr. Young both saw him, they disagree on the hold, attending is Dr. Noble tonight.",
  [("Wise", N), ("Young", N), ("Noble", N)], "name-word name-title name-list name-staff")
P("PES", "chat", "Guardian for Jolene Pickett is Ms. Abernathy-Cole from the county, fax the paperwork to 509-555-0187.",
  [("Jolene Pickett", N), ("Abernathy-Cole", N), ("509-555-0187", FX)], "name-hyphenated name-title fax")
P("PES", "dictation", "Patient states his name is Doctor Robert Ives, but the wristband reads Bobby Iverson, date of birth the seventeenth of August nineteen eighty-one.",
  [("Robert Ives", N), ("Bobby Iverson", N), ("the seventeenth of August nineteen eighty-one", D)], "name-nickname date-spoken name-title")
P("PES", "chat", "The Nguyễns brought in their son Minh, he has not slept in four days, father speaks Vietnamese.",
  [("Nguyễns", N), ("Minh", N)], "name-non-english name-relative name-given-only")
P("PES", "bot", "/ask patient Hollis Reddy on clozapine 400 mg, ANC 1.3, do I hold tonight",
  [("Hollis Reddy", N)], "name-non-english dose-lab")
P("PES", "chat", "Security photo of Darnell Briggs's tattoo was saved as DSC_0917.jpg on the shared drive, delete it, that is not ok.",
  [("Darnell Briggs", N), ("DSC_0917.jpg", PI)], "name-possessive photo-filename")
P("PES", "page", "pes: pt wallace, tiana in rm 4 threatening to leave, need md now",
  [("wallace, tiana", N)], "name-lowercase name-last-first room-bed-number")
P("PES", "lower", "fyi penny from crisis line called, she is sending over a guy named dusty, no last name yet",
  [("penny", N), ("dusty", N)], "name-lowercase name-word name-staff")
P("PES", "chat", "Mrs. Olufunmilayo Bankole-Smith is 97 and was brought from her assisted living for agitation, probably delirium, medicine consulted.",
  [("Olufunmilayo Bankole-Smith", N), ("97", A)], "name-hyphenated name-title age-over-89")
P("PES", "email", "Fwd from county DMHP: Ana Lucía Ferreyra, Medicaid ProviderOne 204471983WA, bed found at Spokane Behavioral, transport at 1400.",
  [("Ana Lucía Ferreyra", N), ("204471983WA", HP), ("Spokane Behavioral", LO)], "name-non-english health-plan facility")
P("PES", "thread", "His brother Ezekiel says he stopped the Abilify in December, so that fits.",
  [("Ezekiel", N)], "name-relative name-given-only drug-brand-name")
P("PES", "chat", "Rusty, the night tech, found Harlan Swift asleep in the bathroom, he is fine, vitals normal.",
  [("Rusty", N), ("Harlan Swift", N)], "name-word name-staff name-given-only")

# ---- school-based health center ----
C("SBHC", "chat", "Sports physicals all week, bring the Preparticipation forms, the coaches want them by Friday.",
  "ordinary-chat weekday")
C("SBHC", "chat", "Osgood-Schlatter again, third one this month, all basketball kids, ice and a strap.",
  "eponym-bare ordinary-chat", ep="Osgood-Schlatter")
C("SBHC", "thread", "Sever disease is the heel version, same story, growth plate and too many practices.",
  "eponym-bare ordinary-chat", ep="Sever")
C("SBHC", "chat", "Albuterol inhalers for the nurse's office expired, ProAir refills ordered for both buildings.",
  "drug-brand-name ordinary-chat", br="ProAir")
C("SBHC", "lower", "flu clinic in the gym at 1015 tomorrow, need two more people to draw up flumist",
  "clock-time ordinary-chat")
C("SBHC", "page", "SBHC: student in exam 2 with asthma flare, peak flow 180, neb given, parent on the way.",
  "dose-lab room-bed-number")
C("SBHC", "bot", "/ask Tanner stage 2 at age 8 in a girl, is that precocious puberty",
  "eponym-bare age-under-90", ep="Tanner")
C("SBHC", "bot", "/ask can a 16-year-old consent to Nexplanon in Washington without a parent",
  "drug-brand-name age-under-90", br="Nexplanon")
C("SBHC", "chat", "Spring break starts Monday, the clinic is closed all week, voicemail message updated.",
  "holiday weekday ordinary-chat", hol="Spring break")
C("SBHC", "dictation", "Well child check. Growth along the fiftieth percentile. Snellen twenty over twenty both eyes. Vaccines up to date.",
  "eponym-bare ordinary-chat", ep="Snellen")
C("SBHC", "chat", "PHQ-A of 15 for the eighth grader in room 1, counselor is with her, no plan, safety plan done.",
  "score room-bed-number", sc="PHQ-A")
C("SBHC", "chat", "Lice check policy changed, no more sending kids home mid-day, Nix kits in the closet.",
  "drug-brand-name ordinary-chat", br="Nix")
C("SBHC", "thread", "Temp 37.9 is not a fever, she can go back to class.",
  "temperature ordinary-chat")
C("SBHC", "lower", "sports concussion protocol is the new one, scat6 baseline for all football kids before august practice",
  "acronym ordinary-chat")
C("SBHC", "chat", "Epipen trainer for the cafeteria staff at lunch, Auvi-Q trainer too since two kids carry those.",
  "device-brand ordinary-chat", br="Epipen|Auvi-Q")
C("SBHC", "chat", "Valentine's Day dance means the condom basket empties, restock Thursday.",
  "holiday weekday ordinary-chat", hol="Valentine's Day")
C("SBHC", "dictation", "Scoliosis screen with the Adams forward bend test, rib hump present on the right, refer for X-ray.",
  "eponym-bare ordinary-chat", ep="Adams")
C("SBHC", "chat", "Vision screens for the kindergarten: 42 done, 6 referrals, 3 with no insurance.",
  "ordinary-chat dose-lab")

P("SBHC", "chat", "Hope Tsinajinnie's mom called, Hope forgot her inhaler at home again, can she use the stock one?",
  [("Hope Tsinajinnie", N), ("Hope", N)], "name-word name-possessive name-non-english name-relative")
P("SBHC", "lower", "jaylen and his twin jordan both need tdap before they can go to the 7th grade, mom is mariah",
  [("jaylen", N), ("jordan", N), ("mariah", N)], "name-lowercase name-list name-relative")
P("SBHC", "page", "SBHC: ELI BRANDT allergic rxn in cafeteria, EpiPen given 1142, EMS called, dad Gunnar 509-555-0148",
  [("ELI BRANDT", N), ("Gunnar", N), ("509-555-0148", PH)], "name-allcaps name-relative phone")
P("SBHC", "ehr", "Consent on file | STUDENT: Villalobos, Xiomara | DOB 2021-11-04 | guardian Rosalind Villalobos | ID 4408127",
  [("Villalobos, Xiomara", N), ("2021-11-04", D), ("Rosalind Villalobos", N), ("4408127", ID_)], "name-last-first dob other-id")
P("SBHC", "chat", "Coach Gage Bishop wants Tomasz Wiśniewski cleared for the game, I said not until the concussion screen is normal.",
  [("Gage Bishop", N), ("Tomasz Wiśniewski", N)], "name-word name-non-english name-title")
P("SBHC", "thread", "the principal, Mrs. Delacruz-Heng, asked for a list, no, we don't give lists.",
  [("Delacruz-Heng", N)], "name-hyphenated name-title name-staff")
P("SBHC", "voicemail", "Hi it's Tamsin Ruiz-Oakes, Brielle's mom, she needs her ADHD meds at lunch, I dropped off the bottle, call me 509-555-0124.",
  [("Tamsin Ruiz-Oakes", N), ("Brielle", N), ("509-555-0124", PH)], "name-hyphenated name-relative phone")
P("SBHC", "chat", "Kiosk sign-in shows DOB " + FW("2019/06/23") + " for Pax Alderete, the front desk will fix the format.",
  [(FW("2019/06/23"), D), ("Pax Alderete", N)], "fullwidth-digits dob name-non-english")
P("SBHC", "dictation", "Sports physical for Summer Kealoha, fifteen, cleared for volleyball, mother Leilani present.",
  [("Summer Kealoha", N), ("Leilani", N)], "name-word name-non-english name-relative")
P("SBHC", "bot", "/ask Destiny Crowfeather has had three UTIs this school year, when do we refer to urology",
  [("Destiny Crowfeather", N)], "name-word name-non-english")
P("SBHC", "chat", "Grandma Lupe is the only one who can sign for Mateo Rosales, parents are in Sunnyside picking.",
  [("Lupe", N), ("Mateo Rosales", N), ("Sunnyside", LO)], "name-relative city name-given-only")
P("SBHC", "email", "Fwd: from counselor Wren Haskins <whaskins@westview-sd.example.org> re: Kai Ortiz, safety plan attached, parents aware.",
  [("Wren Haskins", N), ("whaskins@westview-sd.example.org", EM), ("Kai Ortiz", N)], "name-staff email name-word")
P("SBHC", "lower", "who saw the smith kid, brayden smith, sore throat, strep neg",
  [("smith", N), ("brayden smith", N)], "name-lowercase name-common")
P("SBHC", "chat", "Iris Pham and Iris Phan both in 4th period, both asthma, please double check before giving anything.",
  [("Iris Pham", N), ("Iris Phan", N)], "name-word name-list name-common")
P("SBHC", "page", "SBHC: Fr. Dominic called, Aiden Cruz-Lopez's grandfather died, pls check on him, room 112",
  [("Dominic", N), ("Aiden Cruz-Lopez", N)], "name-title name-hyphenated name-possessive")
P("SBHC", "chat", "Family moving to Walla Walla, records release for Zainab Hussaini and her brother Omid goes to the new district.",
  [("Walla Walla", LO), ("Zainab Hussaini", N), ("Omid", N)], "city name-non-english name-relative")
P("SBHC", "thread", "Dr. Ashok Banerjee does the telehealth ADHD follow-ups now, Dr. Cash retired.",
  [("Ashok Banerjee", N), ("Cash", N)], "name-title name-staff name-word")
P("SBHC", "ehr", "Immunization | Drew, Autumn | VIS given | MenACWY #1 | 27-Jan-2035 | lot K3391",
  [("Drew, Autumn", N), ("27-Jan-2035", D)], "name-last-first name-word date-dmy-abbrev")

# ---- county jail health service (correctional health) ----
C("JAIL", "chat", "Intake screening backlog is 14, booking says two more buses from court after 1600.",
  "clock-time ordinary-chat")
C("JAIL", "chat", "COWS 13 in pod C, Suboxone induction per protocol, 4 mg now and reassess in two hours.",
  "score drug-brand-name dose-lab", br="Suboxone", sc="COWS")
C("JAIL", "thread", "Narcan kits in every housing unit now, the sheriff signed off Tuesday.",
  "drug-brand-name weekday", br="Narcan")
C("JAIL", "chat", "Wernicke encephalopathy is the one we can't miss in withdrawal, thiamine before glucose, every time.",
  "eponym-bare teaching", ep="Wernicke")
C("JAIL", "chat", "TB skin test reads are due for the whole of B block, Tubersol stock is fine.",
  "drug-brand-name acronym", br="Tubersol")
C("JAIL", "lower", "med pass at 0500 is running late, the sally port was locked down for an hour",
  "clock-time ordinary-chat")
C("JAIL", "page", "JAIL MED: man down cell 14, agonal resp, Narcan x2 given, CPR in progress, EMS called.",
  "room-bed-number acronym")
C("JAIL", "bot", "/ask Sublocade vs daily buprenorphine for someone with a 30 day sentence",
  "drug-brand-name dose-lab", br="Sublocade")
C("JAIL", "bot", "/ask Kernig and Brudzinski sensitivity, is it worth doing them at intake",
  "eponym-bare ordinary-chat", ep="Kernig|Brudzinski")
C("JAIL", "chat", "Hep C treatment list is at 22 now, Mavyret approvals come through the state in batches.",
  "drug-brand-name dose-lab", br="Mavyret")
C("JAIL", "dictation", "Sick call. Right hand boxer's fracture, fifth metacarpal, angulation about thirty degrees, splint and refer to ortho.",
  "ordinary-chat dose-lab")
C("JAIL", "chat", "Hunger strike day 3 in the special housing unit, weights daily, no force-feeding talk yet.",
  "ordinary-chat")
C("JAIL", "chat", "Labor Day weekend means fewer court releases and more bookings, plan the med carts accordingly.",
  "holiday ordinary-chat", hol="Labor Day")
C("JAIL", "thread", "Glucose 41 on the diabetic in pod A at the 0400 check, glucagon given, now 112.",
  "dose-lab clock-time")
C("JAIL", "lower", "temp 39.1 in medical obs 2, rigors, sending out to the ed",
  "temperature room-bed-number")
C("JAIL", "chat", "MAT program is now 40 people, the Vivitrol shots are all on Thursdays.",
  "drug-brand-name weekday", br="Vivitrol")
C("JAIL", "dictation", "Dental pain, left lower molar, swelling of the cheek, start Augmentin and Tylenol, dentist list for Wednesday.",
  "drug-brand-name weekday", br="Augmentin|Tylenol")
C("JAIL", "chat", "Ludwig angina is the reason we don't sit on tooth abscesses with neck swelling, send them out.",
  "eponym-bare teaching", ep="Ludwig")

P("JAIL", "ehr", "Booking | #2035-004418 | CHURCH, DEVONTE L | DOB 07/22/1996 | medical clearance pending",
  [("2035-004418", ID_), ("CHURCH, DEVONTE L", N), ("07/22/1996", D)], "other-id name-last-first dob")
P("JAIL", "chat", "Devonte's mother Ruthanne called the nurse line again asking about his insulin, we can't confirm he is here.",
  [("Devonte", N), ("Ruthanne", N)], "name-possessive name-relative name-given-only")
P("JAIL", "page", "JAIL MED: inmate Fausto Quintanilla-Reyes seizure in holding 3, 2 min, now postictal. Dr Akintola paged.",
  [("Fausto Quintanilla-Reyes", N), ("Akintola", N)], "name-hyphenated name-title room-bed-number")
P("JAIL", "lower", "dusty king in d pod says his cpap was taken at booking, can someone find it",
  [("dusty king", N)], "name-lowercase name-word")
P("JAIL", "chat", "His CPAP serial is RS11-47720915, the property room has it, Deputy Marsh will bring it over.",
  [("RS11-47720915", DV), ("Marsh", N)], "device-serial name-title name-word name-staff")
P("JAIL", "voicemail", "This message is for the medical unit, my name is Yolanda Sweet, my son is Terrence Sweet, booking number 2035 004 517, he takes lithium, please call me at 509-555-0159.",
  [("Yolanda Sweet", N), ("Terrence Sweet", N), ("2035 004 517", ID_), ("509-555-0159", PH)], "name-relative spaced-digits phone")
P("JAIL", "chat", "Fingerprint record for intake FP-2035-88Q71 doesn't match the name they gave, classification is on it.",
  [("FP-2035-88Q71", BI)], "biometric ordinary-chat")
P("JAIL", "thread", "Dr. Stone wants the outside ortho referral for Mr. Hamm, the outside clinic has a slot on 14-Feb-2035.",
  [("Stone", N), ("Hamm", N), ("14-Feb-2035", D)], "name-title name-word name-staff date-dmy-abbrev")
P("JAIL", "chat", "Oksana Kovalenko (Оксана Коваленко) needs the Ukrainian interpreter for sick call, not Russian.",
  [("Oksana Kovalenko", N), ("Оксана Коваленко", N)], "name-non-english ordinary-chat")
P("JAIL", "ehr", "Release plan | HOLLOWAY, REGGIE | to Riverside Mission, 1224 E Trent Ave, Spokane | Medicaid 118240559WA",
  [("HOLLOWAY, REGGIE", N), ("Riverside Mission, 1224 E Trent Ave, Spokane", LO), ("118240559WA", HP)], "name-last-first address health-plan")
P("JAIL", "dictation", "Patient is Mister Abdirahman Warsame, reports he was born the first of January, year unknown, interpreter used.",
  [("Abdirahman Warsame", N), ("the first of January", D)], "name-title date-spoken name-non-english")
P("JAIL", "bot", "/ask Jimmy Ray Coombs, 62, chest pain in his cell, should I send him out or get a troponin here",
  [("Jimmy Ray Coombs", N)], "name-common age-under-90")
P("JAIL", "chat", "Sgt. Bird says Price, Rayshawn is refusing meds again, third day, psych needs to see him.",
  [("Bird", N), ("Price, Rayshawn", N)], "name-title name-word name-last-first name-staff")
P("JAIL", "email", "Fwd from public defender Colleen Marchetti: her client Anton Dobrev needs his records before the hearing on 06-Feb-2035, fax 509-555-0136.",
  [("Colleen Marchetti", N), ("Anton Dobrev", N), ("06-Feb-2035", D), ("509-555-0136", FX)], "name-non-english date-dmy-abbrev fax")
P("JAIL", "lower", "gramps, that's what everyone calls earl tubbs, is 91 and should not be on a top bunk",
  [("gramps", N), ("earl tubbs", N), ("91", A)], "name-lowercase name-nickname age-over-89")
P("JAIL", "chat", "Commissary account 7730-2291 for Lonnie Faircloth is how his family pays the copays, billing asked.",
  [("7730-2291", AC), ("Lonnie Faircloth", N)], "account ordinary-chat")
P("JAIL", "page", "JAIL MED: transport for GRANT, ELIJAH to the hospital at 1330, plate on the van WA 7HFK221. Officer Tran escorting.",
  [("GRANT, ELIJAH", N), ("Tran", N)], "name-allcaps name-last-first name-title")
P("JAIL", "thread", "Her license number from the intake sheet, WDL4K88XP01B, is how they confirmed who Lacey Strand actually is.",
  [("WDL4K88XP01B", LI), ("Lacey Strand", N)], "license name-word")

# ---- travel medicine clinic ----
C("TRAVEL", "chat", "Yellow fever vaccine supply is back, YF-Vax only, Stamaril program ended.",
  "drug-brand-name ordinary-chat", br="YF-Vax|Stamaril")
C("TRAVEL", "chat", "Malarone for the Kenya safari, start two days before, continue seven days after return.",
  "drug-brand-name place-disease", br="Malarone", pl="Kenya")
C("TRAVEL", "thread", "Chikungunya is in the Caribbean alerts again this month, Ixchiq is the new vaccine if they are over 18.",
  "drug-brand-name place-disease", br="Ixchiq", orgm="Chikungunya")
C("TRAVEL", "chat", "Japanese encephalitis vaccine Ixiaro, two doses 28 days apart, only for long rural stays.",
  "drug-brand-name place-disease", br="Ixiaro", pl="Japanese")
C("TRAVEL", "chat", "Rocky Mountain spotted fever is the tick talk for the hikers, not Lyme.",
  "place-disease ordinary-chat", pl="Rocky Mountain|Lyme")
C("TRAVEL", "lower", "typhoid oral vivotif needs to stay in the fridge, tell them not to leave it in the car",
  "ordinary-chat")
C("TRAVEL", "page", "TRAVEL CLINIC: rabies pre-exposure series, pt in room 3 had a reaction to dose 1 last time, pls see before giving.",
  "room-bed-number ordinary-chat")
C("TRAVEL", "bot", "/ask Ebola and Marburg: what counts as a high-risk exposure for a returning nurse",
  "place-disease ordinary-chat", pl="Ebola|Marburg")
C("TRAVEL", "bot", "/ask is Dukoral still available in the US for travelers' diarrhea",
  "drug-brand-name ordinary-chat", br="Dukoral")
C("TRAVEL", "chat", "West Nile questions come in every August, it's local, not a travel thing.",
  "place-disease ordinary-chat", pl="West Nile")
C("TRAVEL", "dictation", "Counseling on altitude illness. Diamox a hundred and twenty-five milligrams twice daily starting the day before ascent.",
  "drug-brand-name dose-lab", br="Diamox")
C("TRAVEL", "chat", "Hajj season: meningococcal ACWY is required, the Saudi certificate must be issued at least ten days before.",
  "holiday acronym", hol="Hajj")
C("TRAVEL", "chat", "Dengue second infection risk is the point to make, Dengvaxia only with a prior positive test.",
  "place-disease drug-brand-name", br="Dengvaxia", orgm="Dengue")
C("TRAVEL", "thread", "Returned traveler with fever 39.4 and a Plasmodium smear pending, sending to the ED.",
  "temperature place-disease", orgm="Plasmodium")
C("TRAVEL", "lower", "cholera vaccine vaxchora is back in stock, lot expires in the spring",
  "ordinary-chat")
C("TRAVEL", "chat", "Chagas screening for the family from rural Bolivia is reasonable, labs go out to the state.",
  "eponym-bare place-disease", ep="Chagas")
C("TRAVEL", "dictation", "Traveler's diarrhea kit. Azithromycin one gram once, loperamide as needed, oral rehydration salts.",
  "dose-lab ordinary-chat")
C("TRAVEL", "chat", "Diwali trips to India are most of next month's visits, book the typhoid and hep A early.",
  "holiday ordinary-chat", hol="Diwali")

P("TRAVEL", "chat", "Yellow fever certificate for Bartholomew Quaye has to match his passport, number P7729104K, check it twice.",
  [("Bartholomew Quaye", N), ("P7729104K", ID_)], "name-non-english other-id")
P("TRAVEL", "email", "Fwd: Pastor Glen Abernethy <glen.abernethy@gracefellowship.example.com> wants 14 people from the Pullman church vaccinated for the Honduras trip.",
  [("Glen Abernethy", N), ("glen.abernethy@gracefellowship.example.com", EM), ("Pullman", LO)], "name-title email city")
P("TRAVEL", "lower", "penelope mcallister called, she leaves for ghana on the 3rd and still needs yellow fever",
  [("penelope mcallister", N), ("the 3rd", D)], "name-lowercase ordinary-chat")
P("TRAVEL", "chat", "The Haugens leave Sunday for Tanzania, kids are Solveig and Leif, both need typhoid.",
  [("Haugens", N), ("Solveig", N), ("Leif", N)], "name-relative name-list name-given-only name-non-english")
P("TRAVEL", "page", "TRAVEL: Mr. Kwame Ansah-Boateng post-travel fever 39.0, in room 2, lab drawing smear now.",
  [("Kwame Ansah-Boateng", N)], "name-title name-hyphenated temperature")
P("TRAVEL", "ehr", "Visit | OYELOWO, ADEBOLA | MRN 2290417 | trip 12-Mar-2035 to 02-Apr-2035 Lagos | vaccines: YF, typhoid",
  [("OYELOWO, ADEBOLA", N), ("2290417", MR), ("12-Mar-2035", D), ("02-Apr-2035", D), ("Lagos", LO)], "name-last-first mrn date-dmy-abbrev")
P("TRAVEL", "voicemail", "Hello, this is Father Benedikt Kowal, I need my typhoid card, I'm at the rectory, number is 208-555-0183, thank you.",
  [("Benedikt Kowal", N), ("208-555-0183", PH)], "name-title name-non-english phone")
P("TRAVEL", "thread", "Nurse Sunny Gallardo gave the rabies dose to the wrong arm, no harm, incident report filed.",
  [("Sunny Gallardo", N)], "name-word name-title name-staff")
P("TRAVEL", "chat", "Mrs. Love is 92 and flying to see her great-grandson in Manila, cleared with compression socks.",
  [("Love", N), ("92", A), ("Manila", LO)], "name-word name-title age-over-89 city")
P("TRAVEL", "dictation", "Patient Marguerite Boudreaux-Fontenot, date of birth May twenty-second nineteen forty-nine, travelling to Peru, Cusco.",
  [("Marguerite Boudreaux-Fontenot", N), ("May twenty-second nineteen forty-nine", D), ("Cusco", LO)], "name-hyphenated date-spoken city")
P("TRAVEL", "bot", "/ask Rahul Deshpande has a G6PD result pending, can he take primaquine for his trip",
  [("Rahul Deshpande", N)], "name-non-english ordinary-chat")
P("TRAVEL", "chat", "Brother Justin and Sister Mary Agnes from St. Clare's need the full mission packet, call the parish office.",
  [("Justin", N), ("Mary Agnes", N), ("St. Clare's", LO)], "name-title name-given-only name-list facility")
P("TRAVEL", "lower", "ty's dad called, ty lundquist, the study abroad kid, he lost his vaccine card in madrid",
  [("ty", N), ("ty lundquist", N), ("madrid", LO)], "name-lowercase name-relative name-possessive")
P("TRAVEL", "chat", "Mr. Chiu's wife, Chiu Wai-ling, says he's 90 in lunar years but 89 on paper, so the chart says 89.",
  [("Chiu", N), ("Chiu Wai-ling", N), ("90", A)], "name-title name-relative name-hyphenated age-over-89")
P("TRAVEL", "page", "TRAVEL: BROOKS, ANNALISE rabies dose 2 today, she's in Walla Walla, can she get it there? 509-555-0102",
  [("BROOKS, ANNALISE", N), ("Walla Walla", LO), ("509-555-0102", PH)], "name-last-first city phone")
P("TRAVEL", "chat", "Photo of the yellow card from Sione's trip is YFcard_Tuilagi.png, it is in the wrong chart.",
  [("Sione", N), ("YFcard_Tuilagi.png", PI)], "name-possessive photo-filename")
P("TRAVEL", "ehr", "Insurance | MATEI, IOANA | member SWH-4471-0982-2 | travel vaccines not covered, self-pay",
  [("MATEI, IOANA", N), ("SWH-4471-0982-2", HP)], "name-last-first health-plan name-non-english")
P("TRAVEL", "chat", "Dr. Young-Hee Cho covers the travel clinic Thursday, Dr. Ogunleye is away.",
  [("Young-Hee Cho", N), ("Ogunleye", N)], "name-title name-hyphenated name-staff name-non-english")

# ---- gender-affirming care clinic ----
C("GENDER", "chat", "Estradiol valerate 5 mg IM weekly, trough estradiol 180 and testosterone suppressed, no change.",
  "dose-lab ordinary-chat")
C("GENDER", "chat", "Depo-Testosterone shortage again, switching two people to the subcutaneous Xyosted pens.",
  "drug-brand-name ordinary-chat", br="Depo-Testosterone|Xyosted")
C("GENDER", "thread", "Hematocrit 53 on testosterone, that is over our threshold, lower the dose and recheck in six weeks.",
  "dose-lab ordinary-chat")
C("GENDER", "chat", "Klinefelter came up as an incidental karyotype in the fertility preservation workup, genetics referral placed.",
  "eponym-bare ordinary-chat", ep="Klinefelter")
C("GENDER", "chat", "Lupron for puberty blockers needs the prior auth form version from this year, the old one gets denied.",
  "drug-brand-name ordinary-chat", br="Lupron")
C("GENDER", "lower", "name and pronoun field in the chart still shows legal name on the wristband, it ticket is open",
  "ordinary-chat")
C("GENDER", "page", "GAC clinic: room 4 running 40 min behind, two voice therapy patients waiting, pls triage.",
  "room-bed-number ordinary-chat")
C("GENDER", "bot", "/ask spironolactone and potassium monitoring schedule for a 24-year-old starting feminizing therapy",
  "dose-lab age-under-90")
C("GENDER", "bot", "/ask WPATH SOC 8 criteria for letters before chest surgery",
  "acronym org", org="WPATH")
C("GENDER", "chat", "Pride Month clinic hours are extended on Saturdays, the van goes to the festival too.",
  "holiday weekday", hol="Pride Month")
C("GENDER", "dictation", "Chest binding for eight to ten hours daily, skin intact, counseled on breaks and rib pain.",
  "ordinary-chat")
C("GENDER", "chat", "Transgender Day of Remembrance vigil is Thursday evening, clinic closes early for staff who want to go.",
  "holiday weekday", hol="Transgender Day of Remembrance")
C("GENDER", "chat", "Tanner 4 at fourteen, blockers are less useful now, the team will talk about options.",
  "age-under-90 ordinary-chat")
C("GENDER", "thread", "Prometrium is not in our protocol, if someone asks, it's a shared decision conversation.",
  "drug-brand-name ordinary-chat", br="Prometrium")
C("GENDER", "lower", "bp 142/88 on estradiol and spiro, repeat at home with a cuff, recheck in a month",
  "dose-lab ordinary-chat")
C("GENDER", "chat", "Metoidioplasty vs phalloplasty referrals both go to the surgical team, the wait is 11 months.",
  "ordinary-chat dose-lab")
C("GENDER", "dictation", "Voice feminization therapy session six. Average fundamental frequency up to a hundred and eighty hertz. Homework reviewed.",
  "dose-lab ordinary-chat")
C("GENDER", "chat", "Sertoli cell tumor is rare but that's why the orchiectomy specimen goes to path.",
  "eponym-bare ordinary-chat", ep="Sertoli")

P("GENDER", "chat", "Please use River for River Castellanos, the legal name Ricardo is only for billing.",
  [("River", N), ("River Castellanos", N), ("Ricardo", N)], "name-word name-given-only")
P("GENDER", "ehr", "Registration | legal: HOANG, THANH VU | chosen name: Skye Hoang | MRN 9914203 | pronouns they/them",
  [("HOANG, THANH VU", N), ("Skye Hoang", N), ("9914203", MR)], "name-last-first name-non-english mrn")
P("GENDER", "lower", "ash's mom is in the waiting room and doesn't know, please don't say anything about meds",
  [("ash", N)], "name-lowercase name-word name-relative")
P("GENDER", "page", "GAC: Dr. Ferraro asks pt Marisela Ortega-Diaz to call back re labs, 509-555-0115",
  [("Ferraro", N), ("Marisela Ortega-Diaz", N), ("509-555-0115", PH)], "name-title name-hyphenated phone")
P("GENDER", "chat", "Dakota Littlesun finally got the name change court order, Judge's date is 23-Jan-2035, update the chart.",
  [("Dakota Littlesun", N), ("23-Jan-2035", D)], "name-non-english date-dmy-abbrev")
P("GENDER", "voicemail", "Hi, this is Jude Ferreira, I need to move my appointment, I'm working in Wenatchee this week, 509-555-0198.",
  [("Jude Ferreira", N), ("Wenatchee", LO), ("509-555-0198", PH)], "city phone name-common")
P("GENDER", "thread", "Nurse Bliss Okoro set up the injection teaching for Marcus, he did it himself today.",
  [("Bliss Okoro", N), ("Marcus", N)], "name-word name-title name-staff name-given-only")
P("GENDER", "email", "Fwd: letter request from Sage Whitmore <sage.whitmore@example.net>, needs it for the surgeon by March.",
  [("Sage Whitmore", N), ("sage.whitmore@example.net", EM)], "name-word email")
P("GENDER", "dictation", "Patient Elliot Kaplan-Rhee, he him pronouns, date of birth the thirtieth of October two thousand three, here for testosterone follow-up.",
  [("Elliot Kaplan-Rhee", N), ("the thirtieth of October two thousand three", D)], "name-hyphenated date-spoken")
P("GENDER", "bot", "/ask Jasmine Abara's estradiol is 410 on patches, is that too high",
  [("Jasmine Abara", N)], "name-possessive name-non-english dose-lab")
P("GENDER", "chat", "Mx. Rowan Teller and their partner Kit came together, Kit wants to start care here too.",
  [("Rowan Teller", N), ("Kit", N), ("Kit", N)], "name-title name-relative name-given-only")
P("GENDER", "lower", "tobias and toby are the same person, toby is what he goes by, fix the schedule",
  [("tobias", N), ("toby", N), ("toby", N)], "name-lowercase name-nickname")
P("GENDER", "chat", "Portal login for Quinn Abernathy came from 192.0.2.47 twice at 0300, security thinks it's the parent.",
  [("Quinn Abernathy", N), ("192.0.2.47", IPA)], "ip clock-time")
P("GENDER", "page", "GAC: ROBIN CASTILLO here for 2pm, dad in lobby upset, SW Helga Brandvold coming",
  [("ROBIN CASTILLO", N), ("Helga Brandvold", N)], "name-allcaps name-word name-staff")
P("GENDER", "chat", "Social work found housing for Angel Mendoza at the Larkspur apartments, 33 Main St, Colfax.",
  [("Angel Mendoza", N), ("Larkspur apartments, 33 Main St, Colfax", LO)], "name-word address")
P("GENDER", "thread", "Dr. Ayodele Okonkwo and Dr. Marsh both signed the surgery letter, it went Friday.",
  [("Ayodele Okonkwo", N), ("Marsh", N)], "name-title name-list name-staff name-non-english")
P("GENDER", "chat", "PATEL, PRIYA has the 1130 slot, and Priya Patil has the 1145, check DOBs at the door.",
  [("PATEL, PRIYA", N), ("Priya Patil", N)], "name-last-first name-common name-list clock-time")
P("GENDER", "ehr", "Rx | WINSLOW, JUNE | testosterone cypionate 200 mg/mL | DEA on script: FW7731024 | prescriber Dr. Sato",
  [("WINSLOW, JUNE", N), ("FW7731024", LI), ("Sato", N)], "name-last-first license name-staff")

# ---- palliative care consult service ----
C("PALL", "chat", "PPS 30% and eating sips only, the family meeting is at 1500 in the small conference room.",
  "score clock-time", sc="PPS")
C("PALL", "chat", "Methadone rotation from hydromorphone, start low, QTc 452 on the last ECG so we are okay.",
  "dose-lab acronym")
C("PALL", "thread", "Dilaudid PCA basal off, demand only, she was too sleepy overnight.",
  "drug-brand-name dose-lab", br="Dilaudid")
C("PALL", "chat", "Cheyne-Stokes breathing started this afternoon, prepared the son that it can go on for days.",
  "eponym-bare ordinary-chat", ep="Cheyne-Stokes")
C("PALL", "chat", "Edmonton symptom scale done, fatigue 9/10 and pain 4/10, Ritalin trial for the fatigue.",
  "place-rule score-fraction drug-brand-name", pl="Edmonton", br="Ritalin")
C("PALL", "lower", "glyco 0.2 sq q4h prn for secretions, scop patch not working",
  "dose-lab ordinary-chat")
C("PALL", "page", "PALLIATIVE: 5N bed 12 family requesting comfort care now, attending agrees, pls come for orders.",
  "room-bed-number ordinary-chat")
C("PALL", "bot", "/ask Haldol vs Zyprexa for terminal delirium in someone with Parkinson disease",
  "drug-brand-name eponym-bare", br="Zyprexa", ep="Parkinson")
C("PALL", "bot", "/ask opioid conversion from fentanyl 50 mcg patch to oral morphine equivalent",
  "dose-lab ordinary-chat")
C("PALL", "chat", "Lou Gehrig disease patients get the respiratory talk early, BiPAP first, trach only if they choose.",
  "eponym-bare acronym", pub="Lou Gehrig")
C("PALL", "dictation", "Goals of care discussion. Patient wishes to go home with hospice. Code status changed to do not resuscitate. Time spent seventy minutes.",
  "ordinary-chat")
C("PALL", "chat", "Easter weekend coverage: one attending, one NP, chaplaincy on call from home.",
  "holiday ordinary-chat", hol="Easter")
C("PALL", "chat", "Creutzfeldt-Jakob precautions are only for the neurosurgical instruments, the family can visit normally.",
  "eponym-bare ordinary-chat", ep="Creutzfeldt-Jakob")
C("PALL", "thread", "Temp 38.8 but comfort care, so Tylenol suppository and a fan, no cultures.",
  "temperature drug-brand-name")
C("PALL", "lower", "new consult 6w bed 3, cholangio, 78, wants to talk about stopping tpn",
  "room-bed-number age-under-90")
C("PALL", "chat", "Kübler-Ross stages are not a checklist, please stop charting 'patient in bargaining stage'.",
  "eponym-bare teaching", ep="Kübler-Ross")
C("PALL", "dictation", "Dyspnea improved with morphine two milligrams subcutaneous every two hours as needed and a bedside fan.",
  "dose-lab ordinary-chat")
C("PALL", "chat", "Hope is not a plan, but hope is also not the enemy, said the fellow at noon conference.",
  "ordinary-chat teaching", word="Hope")

P("PALL", "chat", "Mr. Youngblood's daughter Charity wants to know if he can go home Saturday, hospice in Clarkston accepted.",
  [("Youngblood", N), ("Charity", N), ("Clarkston", LO)], "name-title name-possessive name-relative name-word")
P("PALL", "lower", "mrs oyelaran-beck is 95, full code per her son femi, meeting at 2",
  [("oyelaran-beck", N), ("95", A), ("femi", N)], "name-lowercase name-hyphenated age-over-89")
P("PALL", "page", "PALL: ABERNATHY, WILHELMINA actively dying, daughter Dot driving from Moscow ID, ETA 3h",
  [("ABERNATHY, WILHELMINA", N), ("Dot", N), ("Moscow", LO)], "name-last-first name-allcaps city")
P("PALL", "dictation", "Mister Thaddeus Goodwin is a ninety-six-year-old retired railroad man with end-stage heart failure. His wife Pearl is his surrogate.",
  [("Thaddeus Goodwin", N), ("ninety-six", A), ("Pearl", N)], "name-title age-over-89-words name-word")
P("PALL", "voicemail", "Hello this is Deacon Florian Mutombo from St. Joseph's, I was asked to bring communion to Mrs. Kabila, room 418, call me at 509-555-0143.",
  [("Florian Mutombo", N), ("Kabila", N), ("509-555-0143", PH)], "name-title name-non-english phone")
P("PALL", "ehr", "POLST | DUBOIS-PELLETIER, GISELE | DNR/comfort | signed 19-Jan-2035 | surrogate: Armand Dubois",
  [("DUBOIS-PELLETIER, GISELE", N), ("19-Jan-2035", D), ("Armand Dubois", N)], "name-last-first name-hyphenated date-dmy-abbrev")
P("PALL", "chat", "Legacy project: Nell Thibodeaux recorded a message for her grandkids, saved as VID_20350121_Nell.mp4, family has it.",
  [("Nell Thibodeaux", N), ("VID_20350121_Nell.mp4", PI)], "photo-filename name-relative")
P("PALL", "thread", "Chaplain Ahmad Karimi sat with the Rahimis most of the night, the imam is coming at 7.",
  [("Ahmad Karimi", N), ("Rahimis", N)], "name-title name-staff name-non-english name-relative")
P("PALL", "chat", "Hospice referral for Cornelius Small went to Heritage Hospice in Pasco, fax 509-555-0139.",
  [("Cornelius Small", N), ("Heritage Hospice", LO), ("Pasco", LO), ("509-555-0139", FX)], "name-word facility fax")
P("PALL", "bot", "/ask how to talk to Mabel Underwood's children about stopping her tube feeds",
  [("Mabel Underwood", N)], "name-possessive name-relative")
P("PALL", "chat", "Advance directive for Ignatius Pemberton is dated 04-Mar-2019, son Bernard has the original.",
  [("Ignatius Pemberton", N), ("04-Mar-2019", D), ("Bernard", N)], "date-dmy-abbrev name-relative name-given-only")
P("PALL", "lower", "big mike, michael o'shaughnessy in 7s, asked for a beer, attending said yes",
  [("big mike", N), ("michael o'shaughnessy", N)], "name-lowercase name-nickname")
P("PALL", "email", "Fwd from Linnea Forsberg, the patient's niece: 'Aunt Birgit is ninety-nine and ready, please honor that.' Her number is 208-555-0107.",
  [("Linnea Forsberg", N), ("Birgit", N), ("ninety-nine", A), ("208-555-0107", PH)], "name-relative age-over-89-words phone")
P("PALL", "page", "PALL: Dr. Obi, Mrs. Gallo's pain crisis 10/10, PCA at max, pls call 4N",
  [("Obi", N), ("Gallo", N)], "name-title name-possessive score-fraction")
P("PALL", "chat", "SSN for the funeral home paperwork, Harlan Pruitt: 931-04-2276, social work will hand it over.",
  [("Harlan Pruitt", N), ("931-04-2276", SS)], "ssn name-common")
P("PALL", "thread", "The Tesfaye family asked that only Dr. Bekele give updates, Meron is the spokesperson.",
  [("Tesfaye", N), ("Bekele", N), ("Meron", N)], "name-non-english name-relative name-title")
P("PALL", "chat", "Bishop Amadi came to anoint Mr. Okafor-Bishop, yes, the same word twice, the family laughed.",
  [("Amadi", N), ("Okafor-Bishop", N)], "name-title name-hyphenated name-word")
P("PALL", "dictation", "Family meeting with Missus Rosalind Achterberg, daughter Gretchen and son-in-law Paul. Consensus for comfort-focused care.",
  [("Rosalind Achterberg", N), ("Gretchen", N), ("Paul", N)], "name-title name-relative name-list")

# ---- medical genetics clinic ----
C("GEN", "chat", "Marfan workup: Ghent criteria, systemic score 8, echo shows aortic root z-score 3.1.",
  "eponym-bare place-rule score", ep="Marfan", pl="Ghent")
C("GEN", "chat", "Ehlers-Danlos hypermobile type has no gene test, the Beighton score is the first step.",
  "eponym-bare score", ep="Ehlers-Danlos|Beighton")
C("GEN", "thread", "Lynch syndrome panel came back with an MLH1 variant, cascade testing letters go to first-degree relatives.",
  "eponym-bare acronym", ep="Lynch")
C("GEN", "chat", "Hunter syndrome is X-linked, Hurler is recessive, the students mix them up every year.",
  "eponym-bare teaching", ep="Hunter|Hurler")
C("GEN", "chat", "Turner syndrome girls need the cardiology referral even with a normal newborn echo.",
  "eponym-bare ordinary-chat", ep="Turner")
C("GEN", "lower", "exome reanalysis requests go through the lab portal now, not fax, takes about 8 weeks",
  "ordinary-chat")
C("GEN", "page", "GENETICS: inpatient consult NICU bed 14, dysmorphic features, microarray sent, see today if possible.",
  "room-bed-number acronym")
C("GEN", "bot", "/ask Williams syndrome hypercalcemia, how often do we check calcium in the first year",
  "eponym-bare dose-lab", ep="Williams")
C("GEN", "bot", "/ask Gaucher type 1 enzyme replacement, Cerezyme vs Elelyso dosing",
  "eponym-bare drug-brand-name", ep="Gaucher", br="Cerezyme|Elelyso")
C("GEN", "chat", "Pompe newborn screen positive again, most of these are pseudodeficiency alleles, but we call the family today.",
  "eponym-bare ordinary-chat", ep="Pompe")
C("GEN", "dictation", "Physical exam notable for long philtrum, thin upper lip and fifth finger clinodactyly. Growth at the third percentile.",
  "ordinary-chat")
C("GEN", "chat", "Angelman and Prader-Willi are the same region, different parent of origin, methylation test covers both.",
  "eponym-bare teaching", ep="Angelman|Prader-Willi")
C("GEN", "chat", "Rare Disease Day is at the end of February, the family day in the atrium is planned.",
  "holiday ordinary-chat", hol="Rare Disease Day")
C("GEN", "thread", "Huntington predictive testing needs two counseling visits before the blood draw, protocol says so.",
  "eponym-bare ordinary-chat", ep="Huntington")
C("GEN", "lower", "variant of uncertain significance is not a diagnosis, please don't put it on the problem list",
  "ordinary-chat")
C("GEN", "chat", "Fragile X carrier women over 40 get the ovarian insufficiency talk, premutation size 78 repeats.",
  "dose-lab ordinary-chat")
C("GEN", "dictation", "Duchenne muscular dystrophy, dystrophin deletion exons forty-five through fifty, eligible for exon skipping.",
  "eponym-bare dose-lab", ep="Duchenne")
C("GEN", "chat", "Usher syndrome kids see ophthalmology and audiology the same morning, the schedulers know.",
  "eponym-bare ordinary-chat", ep="Usher")

P("GEN", "chat", "Pedigree for the Wojcik family: proband Kazimierz, his sister Halina affected, mother died at 91 of unknown cause.",
  [("Wojcik", N), ("Kazimierz", N), ("Halina", N), ("91", A)], "name-non-english name-relative age-over-89 name-list")
P("GEN", "ehr", "Genetic test | STORY, MADELINE R | MRN 4471\u200b0592 | BRCA2 pathogenic | ordering Dr. Lin",
  [("STORY, MADELINE R", N), ("4471\u200b0592", MR), ("Lin", N)], "name-last-first zero-width name-word")
P("GEN", "lower", "madeline story's brother mark wants testing too, he lives in spokane valley",
  [("madeline story", N), ("mark", N), ("spokane valley", LO)], "name-lowercase name-relative city")
P("GEN", "voicemail", "Hi, Araceli Zamudio here, Iker's mom, the lab lost his cheek swab kit, you can reach me at five zero nine five five five zero one seven seven.",
  [("Araceli Zamudio", N), ("Iker", N), ("five zero nine five five five zero one seven seven", PH)], "name-relative name-possessive phone")
P("GEN", "email", "Fwd: from the lab, re Ottoline Vanderhoek, sample received 11-Feb-2035, report at https://results.example.com/r/OV-3381 when ready.",
  [("Ottoline Vanderhoek", N), ("11-Feb-2035", D), ("https://results.example.com/r/OV-3381", UR)], "date-dmy-abbrev url name-non-english")
P("GEN", "page", "GEN: TURNER, HAILEY on the list today is a patient, not the syndrome, pls pull her chart",
  [("TURNER, HAILEY", N)], "name-last-first name-allcaps name-common")
P("GEN", "chat", "Dr. Williams' clinic has the Williams syndrome kid at 2, small world, or small clinic.",
  [("Williams", N)], "name-title name-possessive name-common")
P("GEN", "thread", "Counselor Tovah Birnbaum did the cascade session with the Lynches, four siblings, two came.",
  [("Tovah Birnbaum", N), ("Lynches", N)], "name-staff name-relative name-title")
P("GEN", "dictation", "Proband is the Ashkettle baby girl, born the twenty-sixth of January, mother Wynona Ashkettle, concern for skeletal dysplasia.",
  [("Ashkettle", N), ("the twenty-sixth of January", D), ("Wynona Ashkettle", N)], "date-spoken name-relative name-non-english")
P("GEN", "bot", "/ask Penny Lachance has a VUS in SCN5A and a syncope history, should cardiology see her",
  [("Penny Lachance", N)], "name-word name-non-english")
P("GEN", "chat", "Please don't put Hunter Grayson's results in the shared folder, he is a minor and his dad Wade hasn't consented.",
  [("Hunter Grayson", N), ("Wade", N)], "name-word name-possessive name-relative")
P("GEN", "ehr", "Sample | KAUR, HARPREET | DOB 09-Sep-1932 | age 102 | saliva kit #SK-29913 | courier pickup 1400",
  [("KAUR, HARPREET", N), ("09-Sep-1932", D), ("102", A), ("SK-29913", ID_)], "dob age-over-89 other-id")
P("GEN", "chat", "Insurance denied the exome for Ezra Winterbottom, appeal letter drafted, member ID on the denial is UHC-88213407.",
  [("Ezra Winterbottom", N), ("UHC-88213407", HP)], "health-plan name-common")
P("GEN", "lower", "the becker family is here early, both boys, lucas and levi, room 2",
  [("becker", N), ("lucas", N), ("levi", N)], "name-lowercase name-list name-relative")
P("GEN", "chat", "Billing account 30-4418-2207 for Adaeze Nwosu-Hart was sent to collections by mistake, please fix.",
  [("30-4418-2207", AC), ("Adaeze Nwosu-Hart", N)], "account name-hyphenated name-non-english")
P("GEN", "page", "GEN: Dr. Hideki Watanabe requests callback from Pastor Joy about the Amish family consent, 208-555-0153",
  [("Hideki Watanabe", N), ("Joy", N), ("208-555-0153", PH)], "name-title name-non-english phone")
P("GEN", "thread", "Eli Yoder and his wife Fannie drove from the settlement near Odessa, they want the maple syrup urine disease talk again.",
  [("Eli Yoder", N), ("Fannie", N), ("Odessa", LO)], "name-relative city name-given-only")
P("GEN", "chat", "Young, Small and Hope are all on the Friday list, none related, yes I checked: Darla Young, Everett Small, Hope Delgado.",
  [("Young", N), ("Small", N), ("Hope", N), ("Darla Young", N), ("Everett Small", N), ("Hope Delgado", N)], "name-word name-list weekday")

# ---- added after the first runs (see SOURCE.md, slips) ----
P("PALL", "chat", "Web form from Róisín Keane's son left the number " + FW("509-555-0126") + ", typed on his phone, the callback system rejects it.",
  [("Róisín Keane", N), (FW("509-555-0126"), PH)], "fullwidth-digits name-possessive name-relative phone")
P("DIAL", "ehr", "Lab req | \u041cRN 6610374 | FONOTI, LOSA | pre/post BUN, dry wt 64 kg",
  [("6610374", MR), ("FONOTI, LOSA", N)], "homoglyph-label mrn name-last-first")
P("PES", "chat", "Registration read it over the phone as MRN 8 8 2 0 1 7 4 for Wilfred Amankwah, please confirm before the transfer.",
  [("8 8 2 0 1 7 4", MR), ("Wilfred Amankwah", N)], "spaced-digits mrn name-non-english")
P("BURN", "chat", "Disability form for Merle Haskett needs his SSN, he wrote 918-27-6604 on the intake, case management will take it from there.",
  [("Merle Haskett", N), ("918-27-6604", SS)], "ssn name-common")
P("BMT", "thread", "Odalys Fuentes's video visit keeps dropping, IT says her home IP 203.0.113.58 is blocked by the firewall rule.",
  [("Odalys Fuentes", N), ("203.0.113.58", IPA)], "ip name-possessive name-non-english")
C("SBHC", "chat", "Camila and Errin are the same norethindrone pill, Heather is the one on back order, Ella stays in the locked drawer.",
  "drug-brand-name ordinary-chat", br="Camila|Errin|Heather|Ella")
C("PES", "chat", "Major depressive episode, not bipolar, per the attending, so no hold and outpatient follow-up in a week.",
  "ordinary-chat", word="Major")
C("BMT", "chat", "Small bowel involvement on the scope, stage 4 gut GVHD, steroids go up to 2 mg/kg.",
  "dose-lab ordinary-chat", word="Small")
C("GEN", "chat", "Grant funding for the rare disease navigator ends this summer, the director is writing the renewal.",
  "ordinary-chat", word="Grant")
C("PALL", "chat", "Young adults on our service get the AYA social worker too, she starts on the team Monday.",
  "ordinary-chat weekday acronym", word="Young")
C("TRAVEL", "chat", "Allegra or Claritin are fine for the flight, no Benadryl for the 8-year-old, it makes some kids wild.",
  "drug-brand-name age-under-90", br="Allegra|Claritin|Benadryl")
P("JAIL", "chat", "Lab tube only says K.O.B. and C pod, Dr. Haddix thinks that is Kevin O'Brien-Burke, please redraw with a proper label.",
  [("K.O.B.", N), ("Haddix", N), ("Kevin O'Brien-Burke", N)], "name-initials name-title name-hyphenated")
P("SBHC", "lower", "student j.t. in exam 1 says her stepdad hurts her mom, counselor and cps called, dont put it in the portal note",
  [("j.t.", N)], "name-initials name-lowercase")
P("GENDER", "thread", "M. Achebe from the surgical office says the consult letter for Theo Vandermeer was never received, resend please.",
  [("M. Achebe", N), ("Theo Vandermeer", N)], "name-initials name-staff name-non-english")
P("BURN", "chat", "Everyone calls him Bubba, legal name Lavell Tyree Jr., his grandma Odessa is the one to call.",
  [("Bubba", N), ("Lavell Tyree Jr.", N), ("Odessa", N)], "name-nickname name-relative")
P("TRAVEL", "page", "TRAVEL: use MRN 52\u200b09147 for Ambrose Kettleby, the old one was merged. Rabies dose 3 today.",
  [("52\u200b09147", MR), ("Ambrose Kettleby", N)], "zero-width mrn")
P("DIAL", "chat", "Rosa Littlejohn goes to Mission Ridge Care Center for rehab on discharge, they have no dialysis, so she keeps her MWF chair here.",
  [("Rosa Littlejohn", N), ("Mission Ridge Care Center", LO)], "facility name-word")
# ==== END OF MESSAGES ====

SOURCE_HEAD = r"""
# Independent PHI chat evaluation set v17 (dev / test)

## How it was written
- Purpose: like v14-v16, a cross-section of what the team channels of a mid-sized US hospital system carry
  in an ordinary month, with the clinical assistant bot in them. About half the messages are clean but
  tricky; the others carry identifiers in roughly the proportions real chat has: mostly names of
  patients, relatives and staff (about two thirds of all spans), then dates, locations, phones, ages over
  89 and MRNs, and only a few of each rarer kind (2-6 spans each, so that every category reaches both
  splits; that is still more than a real month would show for SSN, IP, URL, VEHICLE and BIOMETRIC).
  Hidden and odd formats are in, in ordinary proportion only (2-3 messages each, see the kind table): a
  zero-width space inside two MRNs and one phone; full-width digits in a kiosk DOB and in a phone typed
  into a web form; a Cyrillic "М" in the "MRN" label twice; an MRN read out digit by digit with spaces
  and a booking number split by spaces; also dd-Mon-yyyy dates (13 messages), dates said aloud in
  dictation (7), ages over 89 in words (3) and two phone numbers spoken digit by digit in voicemails.
  No bidi marks, Arabic-Indic digits or spelled-out e-mails this time (the brief did not ask for them).
- Settings (new for v17): ten settings that the v14-v16 SOURCE.md files do not list as used by the
  earlier sets: an outpatient hemodialysis unit; a burn unit; a bone marrow transplant and cellular
  therapy unit; a psychiatric emergency service; a school-based health center; a county jail health
  service (correctional health); a travel medicine clinic; a gender-affirming care clinic; a palliative
  care consult service; a medical genetics clinic. The brief's sixteen ideas were checked against the
  three files by reading their settings paragraphs and setting tables and by grepping them for the
  setting words ("dialys", "nephro", "kidney", "burn", "marrow", "BMT", "stem cell", "transplant",
  "psychiatric emerg", "crisis", "school", "correction", "jail", "prison", "inmate", "travel", "gender",
  "transgender", "palliat", "hospice", "wound", "genetic", "sleep", "donat", "sports", "dental",
  "occupational", "urgent" and others). Kept from the brief (nine): dialysis ("dialys", "nephro",
  "kidney" occur in none of the files), burn ("burn" occurs only inside "McBurney"), bone marrow
  transplant ("marrow", "BMT", "stem cell" occur in none; "transplant" occurs only where v14 and v15
  report v6's / v8's transplant coordination and leave transplant hepatology out), psychiatric
  emergency (no "psychiatric emerg" or "crisis"), the school-based clinic ("school" occurs only for
  schools as places and a school nurse as a caller), correctional health ("jail" occurs only in v15 as a
  place, a jail in Green Bay; no "correction", "prison", "inmate"), travel medicine ("travel" occurs only
  in v14's conventions, for the city a relative travels from), the gender clinic ("gender" occurs in none)
  and the palliative consult service ("palliat" occurs in none). Left out (seven), because the files
  report them or something very close as used: the sleep lab (v14), the blood donor center (v15), sports
  medicine (v15's orthopedic fracture and sports medicine clinic), the dental clinic (v14's dental and
  oral surgery clinic), occupational health and the urgent care chain (v14 and v15 report v8's
  occupational health and urgent care) and wound care (v14's skilled nursing facility, v16's wound
  clinic). Added instead (one): the medical genetics clinic ("genetic" occurs in none of the files).
  Overlap disclosed: the psychiatric emergency service sits next to v14's inpatient psychiatry unit and
  v6's outpatient psychiatry as v14 reports it (here it is the holds, the board, elopements and
  clearances of the emergency side); the jail's medication-assisted treatment next to v15's opioid
  treatment programme; the BMT unit next to v14's pediatric hematology / oncology, v15's blood donation
  center (apheresis) and the transplant coordination of v6 / v8 as v14 / v15 report it (here it is
  conditioning, engraftment, GVHD, cell products and CAR-T); palliative care next to v8's hospice as v14
  reports it and v14's skilled nursing facility (here it is the inpatient consult team: family meetings,
  symptom crises, POLST); the school-based health center next to v14's pediatric clinics and v15's sports
  medicine (sports physicals); travel medicine next to v15's HIV and infectious diseases clinic; the
  gender clinic next to v15's fertility clinic and v16's adult endocrinology clinic (hormones); the burn
  unit next to v16's trauma surgery service and dermatology clinic; dialysis next to v16's vascular
  surgery clinic (access); genetics next to v15's fertility clinic and v14's pediatric hematology /
  oncology. The v5-v13 SOURCE.md files were not read (the brief allowed only v14-v16), so "unused" rests
  on how v14-v16 describe the earlier sets.
- Writers (senders): dialysis nurses, techs, the social worker, the machine vendor and home dialysis;
  burn nurses, surgeons, OT, child life, the police and case management; BMT nurses, fellows,
  pharmacists, the cell lab, the donor registry and lodging; PES nurses, psychiatrists, sitters,
  security, crisis line and county mental health professionals; school-based clinic nurses and
  practitioners, counselors, coaches, the principal and parents; jail nurses, deputies, sergeants,
  booking, the property room and a public defender; travel clinic nurses and physicians, a pastor, a
  priest and religious sisters; gender clinic physicians, nurses, social work and a surgical office;
  palliative physicians, chaplains, a deacon, a bishop and social work; geneticists, genetic counselors,
  the lab and an Amish family's pastor. Patients, relatives and callers appear through voicemails,
  e-mails, web forms and pasted records.
- Media: typed chat lines (the largest medium), thread replies, lowercase quick typing, pages (pager or
  secure-text pages, at most 240 characters, several in ALL CAPS), pasted EHR lines (ADT, schedule
  change, photo log, discharge, cell therapy infusion, CMV result, hold, consent, immunization, booking,
  release plan, visit, insurance, registration, Rx, POLST, genetic test, sample, lab requisition),
  forwarded e-mails, voicemail transcripts (two phones spoken digit by digit, one with spaces), /ask
  commands to the bot (20 clean, 10 with a name pasted in, as users do) and speech-to-text dictation
  (spoken dates and ages, "Mister" / "Missus" / "Doctor"). The setting and medium of each message are
  kept in build.py only (tables below); the medium is also a kind tag for the media other than typed
  chat and thread replies (added by the M helper, as v14-v16's records carry it).
- Clean messages say what clinical chat says: drugs and brands (Venofer, Mircera, Epogen, Sensipar,
  Renvela, Heplisav, Protonix, Silvadene, Actemra, Jakafi, Prograf, Cytoxan, Ativan, Haldol, Zyprexa,
  Clozaril, Seroquel, Suboxone, Sublocade, Vivitrol, Mavyret, Malarone, Ixiaro, Dengvaxia, Diamox,
  Lupron, Xyosted, Prometrium, Dilaudid, Ritalin, Cerezyme ...), brands that are first names (Camila,
  Errin, Heather, Ella, Allegra), device makers and products (Fresenius, Integra, Kerlix, Mepilex Ag,
  Bair Paws, Jobst, Epipen, Auvi-Q), eponyms and eponymous diseases, often as the first word
  (Brescia-Cimino, Goodpasture, Berger, Fabry, Alport, Lund and Browder, Curling, Marjolin, Baux,
  Stevens-Johnson, Jackson, Glucksberg, Fanconi, Hickman, Kaposi, Jamshidi, Hodgkin, Waldenström, Ganser,
  Korsakoff, Capgras, Werther, Osgood-Schlatter, Sever, Tanner, Snellen, Adams, Wernicke, Kernig,
  Brudzinski, Ludwig, Chagas, Klinefelter, Sertoli, Cheyne-Stokes, Parkinson, Creutzfeldt-Jakob,
  Kübler-Ross, Marfan, Ehlers-Danlos, Beighton, Lynch, Hunter, Hurler, Turner, Williams, Gaucher, Pompe,
  Angelman, Prader-Willi, Huntington, Duchenne, Usher), place-named rules and diseases (Galveston,
  Parkland, Modified Brooke, Columbia, Stockholm, Jerusalem, Paris and Florence syndromes, Kenya,
  Japanese encephalitis, Rocky Mountain spotted fever, Lyme, Ebola, Marburg, West Nile, Edmonton, Ghent),
  organisms (Chikungunya, Dengue, Plasmodium), named scores that are not eponyms (SCORTEN, ICE, ASTCT,
  C-SSRS, COWS, PHQ-A, PPS), holidays (Thanksgiving, Fourth of July, Christmas, Halloween, Spring break,
  Valentine's Day, Labor Day, Hajj, Diwali, Pride Month, Transgender Day of Remembrance, Easter, Rare
  Disease Day), capitalised ordinary words that are names elsewhere in the set (Hope, Major, Small,
  Grant, Young, each at the start of a clean sentence), temperatures, pain and score fractions, clock
  times, rooms, beds, chairs, pods and cells, doses and lab values, ages under 90 ("16-year-old",
  "24-year-old", "8-year-old", "78", "fourteen"), numbers near 90 that are not ages ("91 percent",
  "ninety-eight percent"), acronyms and plain chat. They hold no person's name (Lou Gehrig, cited for
  the disease, is the one public figure), no date more specific than a month and no number of an
  identifier's shape.
- Names come in the forms chat shows: full names; surname after Mr. / Mrs. / Ms. / Mx. / Dr. / Dr and Mr
  without the period / Nurse / RN / SW / Rev. / Fr. / Father / Pastor / Bishop / Brother / Sister /
  Deacon / Chaplain / Counselor / Coach / Officer / Deputy / Sgt. and "Mister" / "Missus" / "Doctor" in
  dictation; given name only; "LAST, FIRST" and "LAST, FIRST M" in pasted lines and pages (also "Last,
  First" in mixed case and "wallace, tiana" in lowercase); ALL CAPS in pages and pasted lines; all
  lowercase in quick typing (also after "mr", "mrs" and "dr"); possessives (also "Williams'"); initials
  ("K.O.B.", "j.t.") and an initial with a surname ("S. Ortega", "M. Achebe"); hyphenated surnames and
  given names (Young-Hee, Hyun-woo, Chiu Wai-ling); lists; nicknames (Bubba, big mike, gramps, toby next
  to tobias, Bobby Iverson next to Robert Ives); chosen and legal names (River and Ricardo, Skye Hoang
  and HOANG, THANH VU); families called by the surname (the Tuilagis, the Stolls, the Haugens, the
  Nguyễns, the Rahimis, the Lynches) or "the ... family"; suffixes inside the span (Lavell Tyree Jr.);
  near-twins (Iris Pham and Iris Phan; PATEL, PRIYA and Priya Patil; KING, MARCUS and KING, MARCELLA;
  Sterling Price and Rich Sterling; two patients named Small in one message); a name in Han characters
  and one in Cyrillic next to their Latin spellings. Everyday-word names: Hope, Rusty, Penny, Grant,
  Bishop, Major, Young, Small, Grace, Opal, Sharp, Frost, Joy, Faith, Charity, Mercy, Storm, Wise,
  Noble, Sweet, Bird, Marsh, Stone, Strand, Love, Sunny, River, Ash, Bliss, Sage, Robin, June, Story,
  Pearl, Dot, Cash, Church, Price, King, Swift, Summer, Destiny, Autumn, Drew, Chase, Dusty, Kit, Wade,
  Hunter, Precious, Sterling, Rich, Angel, Jasmine; common names: Smith, Martinez, Patel,
  Williams, Turner, Brooks. Cultures: Igbo and Yoruba, Akan, Kenyan, Senegalese, Congolese, Ethiopian,
  Somali, Afghan, Persian, Arabic, Indian and Punjabi, Chinese, Japanese, Korean, Vietnamese, Samoan,
  Tongan, Maori, Hawaiian, Navajo and other Native American, Mexican and other Spanish, Basque, Cajun,
  Polish, Ukrainian, Bulgarian, Romanian, Norwegian, Swedish, Dutch, Irish, German, Amish and Hutterite
  (Stoll, Yoder) and Jewish names.
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the benchmark scripts or any message of
  the earlier sets: nothing under bot/ or tests/ and no bench/*.py was opened, no *.jsonl file of any
  set was opened (this set's own dev.jsonl and test.jsonl included), the detector and the project's code
  were not run, and no git command was run before the final commit. Only helpers place the spans
  (offsets by str.find); the only computed text is the FW helper turning two hand-written numbers into
  full-width digits. No message text was generated from a template or a loop.
- What was read: bench/data/phi_chat_v16/SOURCE.md in full; of bench/data/phi_chat_v14/SOURCE.md and
  bench/data/phi_chat_v15/SOURCE.md their opening paragraphs (lines 1-40 and 1-45, the settings
  paragraphs) and their "Messages per setting" tables; greps of the three files for setting words (with
  the matching lines), for the quoted example strings that contain a digit, and for "burn", "school",
  "jail", "travel", "wound", "hospice" and "palliat" in context. Of bench/data/phi_chat_v16/build.py:
  its lines 1-700 (docstring, constants, helpers M / P / C, checks, split, output, main()), 1495-1505
  (the end-of-messages marker and the start of SOURCE_HEAD) and 1755-1771 (the end of SOURCE_HEAD and
  the main guard). No message line of any earlier set was seen (lines 1495-1497 of v16's build.py, the
  last message before the marker, were shown by the allowed range; they were not reused).
- The helper, check, split and output code is v16's (its lines 37-696 copied with sed into this
  build.py, under a new docstring) with a new seed (20341203), the v17 settings and these changes: (1)
  `check_no_reuse` and `bait_overlap` read the v14-v16 SOURCE.md files (v16's read v13-v15) and the
  texts that report their results say so; (2) `check_brief_examples` holds the strings quoted in this
  set's brief (the "LAST, FIRST" pattern, the family example and the placeholder of the last section);
  (3) thresholds scaled to the smaller set: at least 360 messages (v16: 450), every setting at least 17
  clean and 17 identifier messages (v16: 20), at least 120 bait terms of which 40 eponyms (v16: 150 and
  50), at least 20 word-name messages (v16: 25); (4) bidi marks, Arabic-Indic digits and spelled-out
  e-mails are no longer required kind tags (the brief did not ask for them; the check that a trick tag
  is on a message if and only if the message carries the trick still runs for all six trick kinds); (5)
  the last section is written with the line the brief asks for. Everything else is as in v16: clean
  share 45-55%, every category at least 2 spans and in both splits, at most 8 spans for each rare
  category, NAME at least 55% of all spans, NAME / DATE / LOCATION / PHONE each at least as frequent as
  any other category, AGE and MRN at least 10, every setting clean and with identifiers in both splits,
  every medium at least 8 messages and in both splits, test within 2 points of a third, each bait term
  in 1-4 clean messages and at least half of them new to the v14-v16 inventories, the required kind
  tags on at least 2 messages each, each trick tag on at most 6 messages, format tags backed by the
  matching span, slices equal the written substrings (on the built records and on the files read
  back), no overlaps, known categories, `clean` iff no spans, no duplicate texts, no span edge on a space
  or an invisible character, no span glued to a letter or digit, 1-4 kind tags, unique 28-character
  openings, v16's forbidden strings and shapes in clean messages, PHONE / FAX with 555, EMAIL / URL with
  "example", documentation IPs, SSNs starting with 9, no capitalised word of a NAME span in a clean
  message unless inside a registered bait term, every kind tag used twice or more in both splits, /ask
  commands, lowercase lines and page length.
- All identifiers are invented: 555-01xx phone and fax numbers (area codes 509 and 208; two spoken digit
  by digit, one with spaces, one with a zero-width space, one in full-width digits), example.org /
  example.com / example.net e-mails and URLs, documentation IPs (192.0.2.47, 203.0.113.58), SSNs starting
  931 and 918, made-up seven-digit MRNs, Washington Medicaid ids (the programme names Apple Health and
  ProviderOne are real, the ids invented) and two commercial member ids, three accounts (hospital,
  billing, jail commissary), a driver's licence and a DEA number, two plates, two device serials (home
  dialysis machine, CPAP), a palm-vein template id and a fingerprint record id, a booking number (twice,
  one spoken with spaces), a cell-product id, a student id, a passport number and a saliva kit number
  (ID), photo and video file names (IMG_, DSC_, .png with a surname in it, a legacy-project .mp4). Towns
  and cities are real and used at random (Washington and Idaho: Pasco, Kennewick, Spokane, Spokane
  Valley, Cheney, Ellensburg, Moses Lake, Walla Walla, Wenatchee, Sunnyside, Pullman, Colfax, Clarkston,
  Odessa, Seattle, Boise, Lewiston, Moscow; abroad: Lagos, Manila, Cusco, Madrid); two real Spokane
  street names (W Mission Ave, E Trent Ave) and Main St in Colfax are used with invented house numbers;
  facility names (Heritage Hospice, Spokane Behavioral, Riverside Mission, Larkspur apartments,
  Sunnyside Home Dialysis, Mission Ridge Care Center, St. Clare's, St. Joseph's) are invented or generic and may exist somewhere by
  chance. No real patients; any resemblance to a real person or record is accidental.
- Split: fixed seed 20341203, 2:1 dev / test, stratified exactly as v16 does (clean / not clean,
  setting, setting x clean, kind tags and span categories; shuffled with the seed, ordered by the rarity
  of the rarest feature, each message to the split whose 1/3 : 2/3 quota is least filled). Running
  `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file and prints the stats.
- Record format (same as v3-v16): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets (a zero-width character or a full-width
  digit is one code point).

## Annotation conventions
The conventions of v16 (bench/data/phi_chat_v16/SOURCE.md, which restates v15's and, through them, the
earlier sets') apply unchanged: NAME for any person (patient, relative, clinician, staff, chaplain,
deacon, bishop, pastor, religious sister or brother, deputy, officer, coach, principal, counselor,
public defender, caller), titles outside (Mr., Mrs., Ms., Mx., Dr. with or without the period, Rev.,
Fr., Sgt., "Mister", "Missus" and "Doctor" in dictation, Nurse, RN, SW, Chaplain, Father, Pastor,
Bishop, Brother, Sister, Deacon, Officer, Deputy, Coach, Counselor, lowercase "mr", "mrs" and "dr"),
kinship words ("mom", "Grandma", "Aunt", "dad") and possessive 's (or the bare apostrophe of
"Williams'") outside; eponyms, brands, programmes and scales never names; "LAST, FIRST M" one span;
DATE for any date element more specific than a year; AGE only over 89, number expression only; LOCATION
for street addresses, streets, cities, ZIP codes and named places tied to a patient; e-mails, URLs and
photo file names one span each; rooms, beds, chairs, pods, cells, units ("5N", "7 West", "4N") and
extensions are not annotated. Category names (exactly v16's): NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN,
MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v17 (each follows from the earlier files or is new and stated here):
- Initials: initials standing for a person ("K.O.B." on a lab tube, "j.t." for a student) are a NAME
  span with their full stops; an initial before a surname ("S. Ortega", "M. Achebe") is inside the span.
- Nicknames and chosen names: a nickname used for one person ("Bubba", "big mike", "gramps" for one
  inmate, "toby", "Bobby Iverson") is NAME, one span with its word ("big mike"); a chosen name and a
  legal name are each NAME ("River", "River Castellanos", "Ricardo"; "Skye Hoang", "HOANG, THANH VU").
- Families: "the Tuilagis", "the Stolls", "the Haugens", "The Nguyễns", "the Rahimis", "the Lynches"
  give the plural surname as the span; "the Wojcik family", "the becker family", "the Oyelaran family",
  "the Adebayo-Harris family" give the surname; "the Ashkettle baby girl" gives "Ashkettle".
- Names in other scripts: "黄美琳" next to "Huang Meilin" and "Оксана Коваленко" next to "Oksana
  Kovalenko" are NAME spans of their own (a Cyrillic letter inside a NAME span is not the homoglyph-label
  trick, which is the Cyrillic "М" of a "МRN" label, outside the MRN span).
- A word that is both a name and an eponym or a common word in one message: "Dr. Williams' clinic has the
  Williams syndrome kid" annotates only the first "Williams"; "TURNER, HAILEY ... not the syndrome" the
  name; "Small grafts on the hand for Tyrell Small" only the name; "Mr. Okafor-Bishop" but not the
  title "Bishop" of Bishop Amadi; "Grant County" (a police officer's agency) is not annotated while "Dr.
  Grant" and "GRANT, ELIJAH" are; "Odessa" is a LOCATION (the Amish family's town) in one message and a
  NAME (a grandmother) in another.
- Places: a patient's or relative's town, the transplant center city, a donor collection city, the
  hospice, shelter and apartments a patient goes to, the church town of a group of travellers, a parish
  ("St. Clare's") tied to two religious travellers, and the cities of a patient's trip (Lagos, Manila,
  Cusco, "madrid") are LOCATION; countries and regions (Ghana, Tanzania, Honduras, Peru, Kenya, India,
  Bolivia, the Caribbean) and states ("WA", "ID", "Washington") are not annotated; the organisations of
  staff and callers ("Grant County", the deacon's "St. Joseph's", the sending "Sunnyside Home Dialysis",
  the county, the crisis line) and the Ronald McDonald room are not annotated; "the county van" and "the
  outside clinic" are not places.
- Numbers: a jail booking number, a cell-product id, a student id, a passport number and a saliva kit
  number are ID; Apple Health, ProviderOne and commercial member ids are HEALTH_PLAN; a hospital
  account, a billing account and a commissary account are ACCOUNT; a driver's licence and a DEA number
  are LICENSE; the serials of a home dialysis machine and a CPAP are DEVICE, while model names (NxStage)
  are not; a palm-vein template id and a fingerprint record id are BIOMETRIC; the plates of a patient's
  car and truck are VEHICLE, while the plate of the jail's transport van is not annotated (not the
  patient's vehicle); a legacy-project video file is PHOTO like the photo file names.
- DATE: "the 3rd", "the first of January", "the twenty-sixth of January" (no year), spoken dates with a
  year, dd-Mon-yyyy dates (also a 2019 advance directive date), an ISO DOB and a full-width DOB are whole
  spans, article included when it is said; clock times next to a date ("1340", "2210") and months alone
  ("December", "March") are not.
- AGE: "94", "93", "96", "97", "92", "91" (three times), "90", "95", "102", "ninety-two", "ninety-six",
  "ninety-nine" are AGE, also the age of a dead mother in a pedigree; "83" (the wrong age), "89" (the
  age on paper next to "90" in lunar years), "11yo", "62", "78", "fifteen", "84 kg" and "91 percent" are
  not.

## Slips and limits disclosed
- The first `ls` of bench/data, run to see the folder names, also showed the names of the drafting
  folders and of a top-level phi_chat.jsonl file, and `ls` of the worktree and of phi_chat_v16 showed the
  names bot, tests, dev.jsonl and test.jsonl; nothing in them was opened. A `wc -l` of the SOURCE.md files
  of v10-v16 and of v16's build.py (line counts only) was run once; the v10-v13 files were not opened.
  In the first display of v16's build.py lines 1-700 and of its SOURCE.md the terminal cut the middle;
  the cut parts were then shown with sed (lines 245-435 of build.py, 60-215 of SOURCE.md), all inside
  the allowed ranges.
- The messages were drafted in ten part files (one per setting) and one file of additions under /tmp
  and concatenated with the copied code into build.py; the parts are not kept. While checking, build.py
  was imported from Python (bytecode writing off) to print counts and a span-marked listing of this
  set's own messages for review; the .jsonl files were never opened.
- The first run stopped because 31 identifier messages carried more than four kind tags (they were
  listed by running, once, a copy of this build.py in /tmp with that assertion turned into a print); a small
  script dropped the least informative name tags (given-only, staff, room, possessive, relative ...)
  from those messages' tag lists only (no message text or span was changed). The next run failed
  `check_no_reuse` on strings quoted in the v14-v16 files: "one hundred" (twice, in dictation) and "Baby
  Girl"; they became "a hundred and ..." and "the Ashkettle baby girl". Before the first run four
  clean or identifier messages had been rewritten because they contained quoted strings ("100" three
  times, "1030" once). Then the required-kind check found one message each for full-width digits, the
  Cyrillic label and spaced digits, and SSN and IP had one span each: five identifier messages were
  added. Then, to widen the set, six clean messages (brands that are first names, and Major, Small,
  Grant, Young at the start of a sentence) and four identifier messages (three with initials, one with
  a nickname) were added; a zero-width MRN was rewritten as a zero-width phone, after which the
  zero-width tag fell into one split and a third zero-width message (an MRN in a page) was added. Removing
  the "org" tag of a clean /ask message (it marks the one organisation name, WPATH) then made the
  facility tag fall into one split; a fourth facility message (a patient going to a care center) was
  added, after which the zero-width tag fell into one split again, so the "org" tag was put back and the
  facility message kept (seed and split code unchanged).
- A review of the span-marked listing then removed ambiguous places (a van company, a clinic and a
  courier named by a town, a staff member's city, a surgeon's city), added LOCATION spans for the
  cities of trips and a parish and an AGE span for "90" (lunar years) that had been missed, and renamed
  a real Spokane shelter to the invented "Riverside Mission".
- Some people recur on purpose: Tomás Echevarría (voicemail and schedule change), Garrison Wendt (photo
  log and truck), Reuben Stoll (voicemail and family), Ingrid Thorsen (infusion line and her husband),
  Devonte Church (booking and his mother), Madeline Story (genetic test and her brother), Sione Tuilagi
  (dialysis and his travel card photo); annotations are the same each time. Other names recur for
  different people (Abernathy, Marsh, Young, Small, Hope, Joy, Penny, Ferreira).
- Realism limits: the rarer categories and the Unicode tricks still appear more often than in a real
  month; every e-mail, voicemail and EHR line carries identifiers, while 20 of the 30 /ask commands and
  10 of the 31 pages are clean; NAME is about 70% of spans (the brief asked about two thirds).
- Real people and things: eponyms name real historical people; Lou Gehrig is cited for the disease;
  WPATH, ASTCT and the Ronald McDonald charity are real organisations; Apple Health and ProviderOne are
  real Washington Medicaid names; the brands, device makers and companies are real (NxStage, EpiPen,
  Abilify, among others, are named in identifier messages).
"""

if __name__ == "__main__":
    main()
