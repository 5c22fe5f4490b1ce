#!/usr/bin/env python3
"""Build the independent PHI evaluation set v15 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of ten care settings that the v12-v14 SOURCE.md
files do not list as used by the earlier sets: a hospital-at-home acute care programme; a bariatric
surgery clinic; a blood donation center; a cardiac device (pacemaker / ICD) clinic; a urology clinic; an
HIV and infectious diseases clinic; a fertility (reproductive endocrinology / IVF) clinic; an opioid
treatment programme; an orthopedic fracture and sports medicine clinic; a pulmonology clinic and
pulmonary function lab.

Like v12 and v14 this set is meant to read like ordinary hospital team chat: about half the messages are
clean (drugs and brands, eponyms and eponymous signs and scores, place-named rules and diseases,
holidays, temperatures, clock times, rooms and beds, doses, pain and score fractions, ages under 90,
acronyms, plain chat) and the others carry identifiers in realistic proportions (mostly names of
patients, relatives and staff, then dates, locations, phones, ages over 89 and MRNs, and a few of each
rarer kind, at least two spans each so that every category reaches both splits).  Unlike v14 the hard
kinds the brief names are in, in ordinary proportion: word-names and very common names in any position
and case; identifiers hidden by Unicode (zero-width characters, bidi marks, full-width or Arabic-Indic
digits, a Cyrillic letter in a label) or by spacing; dd-Mon-yyyy dates and dates said aloud; ages over
89 in words; "x AT example DOT org" e-mails; licence numbers; photo file names; device serials.

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v12's,
v13's and v14's SOURCE.md and the helper / check / split / output code of v14's build.py (its lines
1-622 and its last lines; no message line was meant to be read, see SOURCE.md for one slip) were read;
that structure is reused here with a new seed and v15 checks.  All names, numbers, addresses, e-mails,
URLs and IPs are invented (555 phone numbers, example.org / example.com / example.net domains,
documentation IP ranges, SSNs starting 9xx, made-up MRNs, member ids, plates, serials, licence numbers).

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
SEED = 20320607
MSGS = []
SETTINGS = collections.OrderedDict([
    ("HAH", "hospital-at-home acute care programme"),
    ("BARI", "bariatric surgery clinic"),
    ("DONOR", "blood donation center"),
    ("DEVICE", "cardiac device (pacemaker / ICD) clinic"),
    ("URO", "urology clinic"),
    ("HIV", "HIV and infectious diseases clinic"),
    ("IVF", "fertility (reproductive endocrinology / IVF) clinic"),
    ("OTP", "opioid treatment programme (methadone clinic)"),
    ("ORTHO", "orthopedic fracture and sports medicine clinic"),
    ("PULM", "pulmonology clinic and pulmonary function lab"),
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

# special characters (v15: the brief's Unicode and spacing kinds, in ordinary proportion)
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
# Checks, split and output (v14's code, adapted; see SOURCE.md)
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
MIN_MESSAGES = 450
CLEAN_SHARE = (0.45, 0.55)       # v12: about half clean
MIN_SPANS_PER_CAT = 2            # realistic proportions; rare kinds only need to reach both splits
MAX_RARE_SPANS = 8               # v14: the rare kinds stay rare (realistic proportions)
RARE_CATS = ["FAX", "SSN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
             "BIOMETRIC", "PHOTO", "ID", "EMAIL"]
MIN_NAME_SHARE = 0.55            # v14: names are most of what real chat carries
MIN_TERMS = 150
MIN_EPONYMS = 50
MIN_NEW_TERM_SHARE = 0.50        # at least half the bait terms new to the v12-v14 inventories
MIN_PER_SETTING = {True: 20, False: 20}   # clean / with identifiers
MIN_PER_MEDIUM = 8
MIN_AGE_MRN = 10
MAX_PAGE_CHARS = 240             # v14: a page fits a pager screen
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v12", "phi_chat_v13", "phi_chat_v14"]   # v15: the only SOURCE.md files the brief allowed
# v15: the example strings quoted in this set's brief (a date and an e-mail pattern), and two strings of the one
# v14 message line that was displayed by mistake while reading v14's build.py (see SOURCE.md)
BRIEF_EXAMPLES = ["14-Jan-2025", "name AT domain DOT org", "Owusu", "terrified of needles"]
# v14: the forms and clean contents the brief asks for; each kind tag must be on at least MIN_REQUIRED messages
REQUIRED_KINDS = ["name-word", "name-common", "name-non-english", "name-title", "name-given-only",
                  "name-last-first", "name-lowercase", "name-possessive", "name-hyphenated", "name-list",
                  "name-nickname", "name-relative", "name-staff",
                  "drug-brand-name", "eponym-bare", "place-rule", "place-disease", "holiday", "clock-time",
                  "room-bed-number", "dose-lab", "score-fraction", "age-under-90", "acronym", "ordinary-chat",
                  # v15: the hard kinds the brief names, and temperatures
                  "zero-width", "bidi-mark", "fullwidth-digits", "arabic-indic-digits", "homoglyph-label",
                  "spaced-digits", "date-dmy-abbrev", "date-spoken", "age-over-89-words", "obfuscated-email",
                  "license", "photo-filename", "device-serial", "temperature", "name-allcaps"]
MIN_REQUIRED = 2
MIN_WORD_NAMES = 25              # v14: messages whose names are also English words (tag name-word)
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
    """v10's check, run against v12-v14: no example string quoted in straight double quotes (any quoted
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
        lines += ["", f"Bait terms also written somewhere in the v12-v14 SOURCE.md files (checked by build.py; "
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
    shared_line = ["", f"Capitalised NAME tokens of this set that also occur somewhere in the v12-v14 SOURCE.md files "
                       f"(checked by build.py; no full name and no quoted example string is shared): {len(shared)}: "
                       + ", ".join(shared) + "."]
    body = [SOURCE_HEAD.strip("\n"), "", "## Counts (generated by build.py)", ""] + counts + \
        ["", name_form_line(recs)] + shared_line + setting_media_tables(recs, dev, test) + \
        term_table(recs, old_terms) + kinds_lines + \
        ["", "## First measurement", "", "(to be filled by the project lead before any tuning)"]
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
# ---------------------------------------------------------------- hospital-at-home acute care programme
C("HAH", "chat", "Command center says the patch on slot 4 is showing HR in the 130s, paramedic heading out now.", "dose-lab acronym")
C("HAH", "chat", "Reminder: IV Rocephin 2 g daily can be pushed over 5 minutes at home, no pump needed.", "drug-brand-name dose-lab", br="Rocephin")
C("HAH", "thread", "yes, Homans sign is not worth charting anymore, just get the duplex if you're worried.", "eponym-bare", ep="Homans")
C("HAH", "lower", "pt in slot 6 wants to know if the oxygen tank can ride in the car, i said ask the rt", "ordinary-chat")
C("HAH", "page", "HAH COMMAND: SpO2 86% on 3L for the COPD pt in slot 2, RN visit moved up to 1400.", "dose-lab clock-time acronym")
C("HAH", "dictation", "Lungs with crackles at the right base, no Kussmaul breathing, mild pitting edema to the shins, temperature 38.4 this morning.", "eponym-bare temperature", ep="Kussmaul")
C("HAH", "bot", "/ask max infusion rate for Zosyn extended infusion at home, and can it run on the elastomeric pump", "drug-brand-name dose-lab", br="Zosyn")
C("HAH", "chat", "Census is 11 today, two admits pending from the ED, one will probably stay in because of the stairs.", "ordinary-chat")
C("HAH", "chat", "The Trendelenburg thing for hypotension doesn't do much, fluids first please.", "eponym-bare", ep="Trendelenburg")
C("HAH", "thread", "He's 84 and lives alone, so he needs the twice-daily RN plus the evening video check.", "age-under-90")
C("HAH", "chat", "Lovenox 40 mg subcut daily is in the home kit, bring sharps containers, we ran out on Thursday.", "drug-brand-name dose-lab weekday", br="Lovenox")
C("HAH", "page", "Bounce back: slot 9 going to 5 North bed 22 by ambulance, report called.", "room-bed-number")
C("HAH", "lower", "anyone know if fowler position counts as elevated for the aspiration bundle", "eponym-bare")
C("HAH", "chat", "Revised Geneva score is low, so a D-dimer is reasonable before we send anyone for imaging.", "place-rule score", pl="Geneva")
C("HAH", "chat", "Fourth day of home IV and the PICC dressing is peeling in the heat, 33 degrees out, bring Tegaderm.", "drug-brand-name temperature", br="Tegaderm")
C("HAH", "dictation", "Patient is a 79 year old with a CHF exacerbation, weight down 1.8 kilos since admission, BNP trending down.", "age-under-90 dose-lab acronym")
C("HAH", "bot", "/ask equivalent oral dose of Bumex when stepping down from IV furosemide 40 twice daily", "drug-brand-name dose-lab", br="Bumex")
C("HAH", "chat", "Tablet in slot 3 keeps dropping video, swapped the hotspot, should hold through Presidents Day weekend.", "holiday", hol="Presidents Day")
C("HAH", "chat", "Carnett sign positive, so probably abdominal wall pain and not visceral, I'm comfortable keeping her home.", "eponym-bare", ep="Carnett")
C("HAH", "thread", "CURB-65 is 2 for her, so by the book inpatient, but she's a good home candidate with the monitoring.", "score", sc="CURB-65")
C("HAH", "lower", "pharmacy courier at 0930 with the zosyn bags, fridge space ok?", "clock-time")
C("HAH", "chat", "Pain 6/10 at the IV site, looks like early phlebitis, pulling the line and restarting.", "score-fraction")
C("HAH", "chat", "Gatorade and Pedialyte are fine for the gastroenteritis patient, avoid the big sugary drinks.", "drug-brand-name", br="Gatorade|Pedialyte")
C("HAH", "dictation", "Assessment: cellulitis of the left leg improving, margin receding from the marked line, afebrile at 36.9.", "temperature")

P("HAH", "chat", "Mrs. Okonkwo in slot 4 refused her evening vitals, her son Chidi says she's just tired.", [("Okonkwo", N), ("Chidi", N)], "name-title name-non-english name-relative")
P("HAH", "ehr", "ADM HAH | KOWALCZYK, DOROTA A | MRN 50\u200b62218 | DOB 04/11/1941 | 1140 Pine Ridge Rd, Oconomowoc WI", [("KOWALCZYK, DOROTA A", N), ("50\u200b62218", MR), ("04/11/1941", D), ("1140 Pine Ridge Rd, Oconomowoc WI", LO)], "name-last-first zero-width mrn")
P("HAH", "chat", "Paramedic Shane Dobbs is on his way to Mr. Yang, ETA 20 min.", [("Shane Dobbs", N), ("Yang", N)], "name-staff name-title")
P("HAH", "voicemail", "Hi this is Carol, Walter Brandt's daughter, he's having a hard time breathing tonight, please call me back at 262-555-0187, thank you.", [("Carol", N), ("Walter Brandt", N), ("262-555-0187", PH)], "name-relative name-possessive phone")
P("HAH", "dictation", "Home visit note for Ferdinand Oyelaran, ninety-six year old man admitted to hospital at home for pneumonia, lives with his granddaughter Temi.", [("Ferdinand Oyelaran", N), ("ninety-six", A), ("Temi", N)], "age-over-89-words name-non-english name-relative")
P("HAH", "lower", "dawn reed in slot 7 says the patch is itchy, ok to move it to the other side?", [("dawn reed", N)], "name-lowercase name-word")
P("HAH", "chat", "Tyrone says the Brandts' dog chewed the supply bag again lol", [("Tyrone", N), ("Brandts", N)], "name-given-only name-staff")
P("HAH", "email", "Fwd from Sunrise Ridge Assisted Living: Resident Margarethe Voss (DOB 17-Mar-1932) will return to her apartment 214 on discharge; contact Leah Ambrosini at 414-555-0168.", [("Sunrise Ridge Assisted Living", LO), ("Margarethe Voss", N), ("17-Mar-1932", D), ("Leah Ambrosini", N), ("414-555-0168", PH)], "facility date-dmy-abbrev phone")
P("HAH", "page", "HAH: slot 5 HOLLIS, GENE BP 78/40, RN en route, call cmd ctr x4410", [("HOLLIS, GENE", N)], "name-allcaps name-last-first name-word")
P("HAH", "chat", "Her grandson Austin Fairchild-Beaumont wants updates by text, 920-555-0112.", [("Austin Fairchild-Beaumont", N), ("920-555-0112", PH)], "name-relative name-hyphenated phone")
P("HAH", "thread", "Cliff Stone's O2 sat was 91 on RA this morning, not 81, typo in my note.", [("Cliff Stone", N)], "name-word name-possessive")
P("HAH", "chat", "Address check for tomorrow: Ruth Aldana moved to her daughter's at 822 Locust St, Waukesha, the kit needs to go there.", [("Ruth Aldana", N), ("822 Locust St, Waukesha", LO)], "address name-word")
P("HAH", "chat", "EMS took Mr. Kiplagat back in at 0215, his wife Naomi rode along.", [("Kiplagat", N), ("Naomi", N)], "name-title name-relative clock-time")
P("HAH", "ehr", "Monitoring hub SN HB7Q-204518 assigned to ESPINOZA, MARIBEL; shipped 06/02", [("HB7Q-204518", DV), ("ESPINOZA, MARIBEL", N), ("06/02", D)], "device-serial name-last-first date-numeric")
P("HAH", "dictation", "Family meeting with the patient, his wife Bernadette and the hospitalist Doctor Oyelowo, goals of care reviewed, he wants to stay home.", [("Bernadette", N), ("Oyelowo", N)], "name-relative name-staff name-title")
P("HAH", "chat", "Who is seeing Hazel Bird today? She wants the PM visit after 3 because of her hair appointment.", [("Hazel Bird", N)], "name-word")
P("HAH", "chat", "Security flagged a login to the slot 2 tablet from 203.0.113.58, not ours, Kelsey is resetting it.", [("203.0.113.58", IPA), ("Kelsey", N)], "ip name-staff")
P("HAH", "voicemail", "Yeah hi, it's Ronnie Delgado calling for my mom Ofelia, she's a patient with you guys, the nurse didn't show up this morning, my number is nine two oh, five five five, oh one three nine.", [("Ronnie Delgado", N), ("Ofelia", N), ("nine two oh, five five five, oh one three nine", PH)], "name-relative phone")
P("HAH", "chat", "Auth for the HAH episode: Medicare Advantage member id XQH48820317 for Mr. Brandt, approved 5 days.", [("XQH48820317", HP), ("Brandt", N)], "health-plan name-title")
P("HAH", "chat", "Wound pic from this morning is in the media tab, IMG_4820.HEIC, the sacral area on Mrs. Voss looks worse.", [("IMG_4820.HEIC", PI), ("Voss", N)], "photo-filename name-title")
P("HAH", "lower", "slot 8 is 97 and sharp as a tack, she corrected my med list", [("97", A)], "age-over-89")
P("HAH", "chat", "Dr Nandini Raghavan is covering the command center tonight, page her not me.", [("Nandini Raghavan", N)], "name-staff name-title name-non-english")
P("HAH", "ehr", "HAH census | slot 11 | 94F | CHF | TOWNSEND, IRMA | RN AM/PM visits", [("94", A), ("TOWNSEND, IRMA", N)], "age-over-89 name-last-first")
P("HAH", "bot", "/ask summarize the last 24h of vitals for Otto Lindgren and flag anything outside parameters", [("Otto Lindgren", N)], "name-non-english")

# ---------------------------------------------------------------- bariatric surgery clinic
C("BARI", "chat", "Pre-op liquid diet starts two weeks out, she's asking if Premier Protein counts, yes it does.", "drug-brand-name", br="Premier Protein")
C("BARI", "chat", "Sleeve vs Roux-en-Y discussion today, she has bad reflux so leaning toward the bypass.", "eponym-bare", ep="Roux-en-Y")
C("BARI", "thread", "Petersen hernia is on the differential for any bypass patient with crampy pain, low threshold for CT.", "eponym-bare", ep="Petersen")
C("BARI", "page", "BARI CLINIC: fasting glucose 212 on the 0800 pre-op, anesthesia wants a call before 1030.", "dose-lab clock-time")
C("BARI", "lower", "wegovy shortage again, pharmacy says zepbound is in stock if insurance covers", "drug-brand-name")
C("BARI", "dictation", "BMI 46.2, Edmonton Obesity Staging System stage 2, sleep apnea on CPAP, A1c 7.9.", "place-rule dose-lab acronym", pl="Edmonton")
C("BARI", "bot", "/ask recommended thiamine dose for a post-op sleeve patient with persistent vomiting", "dose-lab")
C("BARI", "chat", "No support group on Juneteenth, next one is the following Thursday at 6 pm.", "holiday weekday clock-time", hol="Juneteenth")
C("BARI", "chat", "Dumping after the bypass: put the Sigstad score in the note if you use it, the surgeons like it.", "eponym-bare score", ep="Sigstad")
C("BARI", "chat", "Bariatric Advantage chewables or Celebrate, either is fine for the multivitamin, just not gummies.", "drug-brand-name", br="Bariatric Advantage|Celebrate")
C("BARI", "thread", "Scale in room 3 maxes at 550 lb, use the one in room 7 for anyone heavier.", "room-bed-number")
C("BARI", "chat", "She lost 38 kg in eleven months, excess weight loss about 61%, really happy with it.", "dose-lab ordinary-chat")
C("BARI", "lower", "psych eval came back cleared, just need the nutrition sign off and she's good for the board", "ordinary-chat")
C("BARI", "dictation", "Patient is a 52 year old with a BMI of 41, hypertension on lisinopril, and GERD, interested in the sleeve.", "age-under-90 acronym")
C("BARI", "chat", "Saxenda stops a week before surgery; Contrave we stop three days prior because of the naltrexone.", "drug-brand-name", br="Saxenda|Contrave")
C("BARI", "page", "Pt in exam 4 vomiting, HR 118, hx of band, surgeon notified", "room-bed-number dose-lab")
C("BARI", "chat", "Is the Lap-Band still something anyone places? I have a referral asking for it.", "drug-brand-name", br="Lap-Band")
C("BARI", "chat", "Marginal ulcer check: she's on Protonix 40 BID, still smoking, needs a scope.", "drug-brand-name dose-lab", br="Protonix")
C("BARI", "chat", "Mother's Day weekend the clinic is closed Saturday, reschedule the weigh-ins.", "holiday", hol="Mother's Day")
C("BARI", "chat", "MBSAQIP wants the 30-day readmission numbers by Friday, can someone pull them?", "acronym weekday", org="MBSAQIP")
C("BARI", "chat", "Pain 3/10 at the port sites today, walking the halls, tolerating sips.", "score-fraction")
C("BARI", "chat", "Anyone have the Spanish handout for the stage 2 diet? The printer ate our last copy.", "ordinary-chat")
C("BARI", "thread", "Ursodiol for six months after the bypass to cut the gallstone risk, Actigall if the plan wants brand.", "drug-brand-name dose-lab", br="Actigall")

P("BARI", "chat", "Crystal Waters is 6 weeks out from her sleeve, down 31 lb, wants to start running.", [("Crystal Waters", N)], "name-word")
P("BARI", "ehr", "Referral | NGUYEN, THANH BINH | DOB 09/23/1978 | BMI 49.8 | Ref by Dr. Hollister, Brookfield Family Medicine", [("NGUYEN, THANH BINH", N), ("09/23/1978", D), ("Hollister", N), ("Brookfield Family Medicine", LO)], "name-last-first name-common dob")
P("BARI", "email", "Forwarded from jamie.lockhart.runs@example.com: 'Hi, this is Jamie Lockhart, I had my bypass with Dr. Sorensen in 2021, can I get my op note sent to my new PCP?'", [("jamie.lockhart.runs@example.com", EM), ("Jamie Lockhart", N), ("Sorensen", N)], "email name-title")
P("BARI", "voicemail", "This is Deb from Dr. Ramaswamy's office returning a call about patient Luis Ocampo, fax the clearance to 262-555-0199, thanks.", [("Deb", N), ("Ramaswamy", N), ("Luis Ocampo", N), ("262-555-0199", FX)], "name-staff fax name-possessive")
P("BARI", "lower", "mark said his wife wants to come to the support group too, is that ok", [("mark", N)], "name-lowercase name-word")
P("BARI", "chat", "Insurance denied Ms. Achterberg again, member id W7731940562, appeal goes to the medical director.", [("Achterberg", N), ("W7731940562", HP)], "health-plan name-title")
P("BARI", "chat", "Self-pay account 88210457 is for Rocky Palumbo's revision, the financial counselor has it.", [("88210457", AC), ("Rocky Palumbo", N)], "account name-possessive name-word")
P("BARI", "dictation", "Follow-up visit for April Tennant, date of birth March ninth nineteen eighty-four, now nine months after gastric bypass.", [("April Tennant", N), ("March ninth nineteen eighty-four", D)], "name-word date-spoken dob")
P("BARI", "page", "BARI: Dr Venkatesh to PACU 3 re: Harmon, tachy 124, leak concern", [("Venkatesh", N), ("Harmon", N)], "name-title name-staff")
P("BARI", "chat", "Patient Shayla Meekins posted her whole journey on her blog, example.net/shaylaslosingit, including our clinic photos, can compliance look?", [("Shayla Meekins", N), ("example.net/shaylaslosingit", UR)], "url")
P("BARI", "chat", "Before photo for the panniculectomy referral: DSC_0417.jpg, front and side, uploaded for Wanda Pruitt.", [("DSC_0417.jpg", PI), ("Wanda Pruitt", N)], "photo-filename")
P("BARI", "thread", "Yes, Mr. and Mrs. Goldberg both had sleeves, his is Thursday and hers was last fall.", [("Goldberg", N)], "name-title name-relative")
P("BARI", "chat", "Rebecca Sun asked for a female surgeon, can we switch her to Dr. Adeyemi?", [("Rebecca Sun", N), ("Adeyemi", N)], "name-word name-title name-non-english")
P("BARI", "chat", "Surgery date for Wade Garrison moved from the 12th to 07/29, he has the new pre-op packet.", [("Wade Garrison", N), ("12th", D), ("07/29", D)], "name-word date-numeric")
P("BARI", "lower", "ok who told fatima she could have coffee on day 3 lol", [("fatima", N)], "name-lowercase name-non-english")
P("BARI", "chat", "Ms. Kettleson lives up in Rhinelander, 3.5 hours each way, can we do the 2-week follow up by video?", [("Kettleson", N), ("Rhinelander", LO)], "name-title city")
P("BARI", "voicemail", "Hi, it's Gwendolyn Parrish, patient of Doctor Venkatesh, I'm throwing up everything since yesterday, please call 414-555-0135.", [("Gwendolyn Parrish", N), ("Venkatesh", N), ("414-555-0135", PH)], "phone name-title")
P("BARI", "ehr", "OR 0730 Rm 6 LAP SLEEVE | WHITEHORSE, DENNIS | MRN 33128704 | Venkatesh", [("WHITEHORSE, DENNIS", N), ("33128704", MR), ("Venkatesh", N)], "name-allcaps mrn name-last-first")
P("BARI", "chat", "Brandy Cook is our new dietitian, she starts with the Tuesday group.", [("Brandy Cook", N)], "name-staff name-word")
P("BARI", "thread", "Tito (Teodoro Villanueva) is fine, the drain output was just serous.", [("Tito", N), ("Teodoro Villanueva", N)], "name-nickname name-non-english")
P("BARI", "chat", "The Okafors are doing the program together, mom and daughter, same surgery day if we can.", [("Okafors", N)], "name-relative name-non-english")
P("BARI", "email", "From Sherwood Pharmacy, re: Ms. LaToya Greene, chewable vitamin substitution approved, questions to Raj at 608-555-0174.", [("Sherwood Pharmacy", LO), ("LaToya Greene", N), ("Raj", N), ("608-555-0174", PH)], "phone name-title facility")

# ---------------------------------------------------------------- blood donation center
C("DONOR", "chat", "Hemoglobin cutoff for men is 13.0 now, women 12.5, and the HemoCue is reading a bit low so recheck the borderlines.", "dose-lab device-brand", br="HemoCue")
C("DONOR", "chat", "Trima is down in bay 4, use the Alyx for double reds until the tech comes.", "device-brand room-bed-number", br="Trima|Alyx")
C("DONOR", "thread", "Vasovagal in chair 7 resolved, legs up, juice, she left at 1140 fine.", "room-bed-number clock-time")
C("DONOR", "page", "MOBILE DRIVE: bus 2 needs 40 more bag sets and ice packs before 0800.", "clock-time ordinary-chat")
C("DONOR", "lower", "anyone have the deferral rule for tattoos now, is it still 3 months", "ordinary-chat")
C("DONOR", "dictation", "Donor reaction note: mild citrate reaction during plateletpheresis, tingling lips, resolved with Tums, procedure completed.", "drug-brand-name", br="Tums")
C("DONOR", "bot", "/ask current FDA deferral period after travel to a malaria endemic area", "acronym", org="FDA")
C("DONOR", "chat", "Kell negative O neg units are what the hospital asked for, call the regulars.", "eponym-bare", ep="Kell")
C("DONOR", "chat", "Duffy null donors are gold for the sickle cell patients, flag them in the system.", "eponym-bare", ep="Duffy")
C("DONOR", "chat", "AABB inspection is the second week of next month, binders to the break room please.", "acronym", org="AABB")
C("DONOR", "chat", "Pulse 104 at screening, recheck in ten minutes, if it's still high she's deferred for today.", "dose-lab")
C("DONOR", "lower", "bay 3 chair is squeaking again, facilities ticket is in", "room-bed-number")
C("DONOR", "chat", "Super Bowl Sunday always tanks our numbers, let's do a pizza incentive.", "holiday", hol="Super Bowl Sunday")
C("DONOR", "chat", "Temp 37.6 at screening, under the cutoff, ok to donate.", "temperature")
C("DONOR", "dictation", "Hematoma left antecubital after whole blood, cold pack applied, donor instructed on arm care, no Tinel sign at the wrist.", "eponym-bare", ep="Tinel")
C("DONOR", "page", "Lot recall on the Fenwal sets, pull from all bays, quarantine in the back room", "device-brand", br="Fenwal")
C("DONOR", "chat", "Donor is 17 with the parental consent form, weighs 125 lb, fine for whole blood.", "age-under-90")
C("DONOR", "thread", "The Bombay phenotype donor in the rare registry is moving out of state, so update the rare donor file.", "place-rule", pl="Bombay")
C("DONOR", "chat", "Screening booth 2 needs a new BP cuff, the large adult one is torn.", "room-bed-number")
C("DONOR", "chat", "Christmas week drive is always the biggest, staff it heavy.", "holiday", hol="Christmas")
C("DONOR", "chat", "Pathogen reduction for platelets: Mirasol or Intercept? We switched to Intercept last year.", "device-brand", br="Mirasol|Intercept")
C("DONOR", "bot", "/ask can a donor taking Propecia give blood, and how long is the deferral", "drug-brand-name", br="Propecia")
C("DONOR", "dictation", "Donor is a 68 year old regular, 142 lifetime donations, hemoglobin 14.1, blood pressure 138 over 82.", "age-under-90 dose-lab")

P("DONOR", "ehr", "Kiosk sign-in | HALVORSEN, INGRID | DOB " + FW("06-14-1969") + " | first time donor", [("HALVORSEN, INGRID", N), (FW("06-14-1969"), D)], "name-last-first fullwidth-digits dob")
P("DONOR", "chat", "Unit W036224118842 from Dennis Yazzie tested reactive, hold the components and call the medical director.", [("W036224118842", ID_), ("Dennis Yazzie", N)], "other-id name-non-english")
P("DONOR", "email", "Fwd: lookback notice, the recipient hospital asks about donor Garrett Boyle, donations on 02/11 and 04/08, reply to lookback@example.org.", [("Garrett Boyle", N), ("02/11", D), ("04/08", D), ("lookback@example.org", EM)], "email date-numeric")
P("DONOR", "voicemail", "Hi, it's Patty Kowalski, I donated Saturday at the Oak Creek drive and I've got a fever now, call me at 414-555-0152.", [("Patty Kowalski", N), ("Oak Creek", LO), ("414-555-0152", PH)], "phone city name-common")
P("DONOR", "chat", "Registration has Luz Maldonado's SSN as 921-48-7730, she says it ends 7703, fix it before the merge.", [("Luz Maldonado", N), ("921-48-7730", SS), ("7703", SS)], "ssn name-possessive")
P("DONOR", "lower", "hank the gallon guy is here again, 200th donation, get the cake", [("hank", N)], "name-lowercase name-nickname")
P("DONOR", "chat", "Driver's license on file for Sophie Amundsen doesn't match, S530-8821-4467-02 vs what she showed, check with her.", [("Sophie Amundsen", N), ("S530-8821-4467-02", LI)], "license")
P("DONOR", "chat", "Amber Holloway fainted in the canteen, she's fine, her husband Curt is driving her home.", [("Amber Holloway", N), ("Curt", N)], "name-word name-relative")
P("DONOR", "page", "DRIVE: donor Raymond Tso in bus 1 with chest pain, 911 called, Joanne with him", [("Raymond Tso", N), ("Joanne", N)], "name-staff")
P("DONOR", "thread", "Fingerprint sign-in template FP-22871-B belongs to Olga Petrenko, the reader mixed her up with someone else.", [("FP-22871-B", BI), ("Olga Petrenko", N)], "biometric name-non-english")
P("DONOR", "dictation", "Donor Rosalind Achebe-Carr, born the seventh of October nineteen seventy-two, reports a new tattoo three weeks ago.", [("Rosalind Achebe-Carr", N), ("the seventh of October nineteen seventy-two", D)], "name-hyphenated date-spoken dob")
P("DONOR", "chat", "Call back list: Pedro Salinas 920-555-0107, Holly Bjork 262-555-0160, both low ferritin letters.", [("Pedro Salinas", N), ("920-555-0107", PH), ("Holly Bjork", N), ("262-555-0160", PH)], "name-list phone name-word")
P("DONOR", "chat", "Dr. Winslow wants all the rare donor calls to go through her, not the floor.", [("Winslow", N)], "name-title name-staff")
P("DONOR", "ehr", "Deferral entered: DRISCOLL, JOHN R (donor D-7730218) indefinite, reason code 44, by jkoenig", [("DRISCOLL, JOHN R", N), ("D-7730218", ID_), ("jkoenig", N)], "name-last-first name-common other-id")
P("DONOR", "chat", "Mei-Ling Fong brought her two sisters to donate, all three are CMV negative, nice.", [("Mei-Ling Fong", N)], "name-hyphenated name-non-english")
P("DONOR", "chat", "Someone's truck is blocking the bloodmobile, plate 8PX-331, front desk thinks it's the donor in chair 2, Dwayne Oakley.", [("8PX-331", VE), ("Dwayne Oakley", N)], "vehicle")
P("DONOR", "lower", "lol patience from the saturday crew brought donuts again", [("patience", N)], "name-lowercase name-word name-staff")
P("DONOR", "chat", "Mr. Gutierrez's wife called, he's on warfarin now, take him off the platelet list.", [("Gutierrez", N)], "name-title name-possessive name-relative")
P("DONOR", "voicemail", "Hello, this is Eleanor Whitcomb, the coordinator at St. Bartholomew's, confirming the drive in our fellowship hall, call 608-555-0121.", [("Eleanor Whitcomb", N), ("608-555-0121", PH)], "phone")
P("DONOR", "chat", "Ayaan Siddiqui wants to switch to double reds, his ferritin's fine, book him every 16 weeks.", [("Ayaan Siddiqui", N)], "name-non-english")
P("DONOR", "chat", "Linda Morales last donated 04-Sep-2024, so she's eligible again next week.", [("Linda Morales", N), ("04-Sep-2024", D)], "name-common date-dmy-abbrev")
P("DONOR", "thread", "Yep, that's Dale Lindahl Jr., not his dad, check the DOB before merging.", [("Dale Lindahl Jr.", N)], "name-common name-relative")
P("DONOR", "bot", "/ask draft a thank-you letter to Georgia Mae Pettigrew for her fiftieth platelet donation", [("Georgia Mae Pettigrew", N)], "name-word")

# ---------------------------------------------------------------- cardiac device (pacemaker / ICD) clinic
C("DEVICE", "chat", "Remote transmissions from Merlin.net are behind, CareLink is caught up.", "device-brand", br="Merlin.net|CareLink")
C("DEVICE", "chat", "Wenckebach at night on the loop recorder, asymptomatic, likely vagal, no change.", "eponym-bare", ep="Wenckebach")
C("DEVICE", "thread", "Mobitz II is different, that one gets the pacer talk.", "eponym-bare", ep="Mobitz")
C("DEVICE", "page", "DEVICE CLINIC: magnet needed in OR 12 for the ICD case at 1330.", "room-bed-number clock-time acronym")
C("DEVICE", "lower", "battery at eri on the 3 oclock interrogation, schedule the gen change", "ordinary-chat")
C("DEVICE", "dictation", "Pacemaker interrogation: atrial pacing 62 percent, ventricular pacing under 1 percent, lead impedances stable, battery longevity about 7 years.", "dose-lab")
C("DEVICE", "bot", "/ask MRI conditional rules for a Micra leadless pacemaker", "device-brand", br="Micra")
C("DEVICE", "chat", "Twiddler syndrome on the x-ray, the lead is coiled, she's been fiddling with the pocket.", "ordinary-chat")
C("DEVICE", "chat", "Ashman beats on the Holter, not VT.", "eponym-bare acronym", ep="Ashman|Holter")
C("DEVICE", "chat", "Boston Scientific rep is here until 3, LATITUDE questions go to him.", "device-brand", br="Boston Scientific|LATITUDE")
C("DEVICE", "chat", "Biotronik home monitoring needs the cellular unit plugged in near the bed.", "device-brand", br="Biotronik")
C("DEVICE", "thread", "Wolff-Parkinson-White pattern on the pre-op ECG, EP wants to see him before the generator change.", "eponym-bare", ep="Wolff-Parkinson-White")
C("DEVICE", "chat", "ICD shocked twice at 0310, both appropriate for VT at 210 bpm.", "clock-time dose-lab")
C("DEVICE", "lower", "holter box count is 14, 3 out for cleaning", "ordinary-chat")
C("DEVICE", "chat", "Torsades risk with the new Tikosyn start, QTc 478 this morning.", "drug-brand-name dose-lab", br="Tikosyn")
C("DEVICE", "page", "Rep needed STAT cath lab 2 for Abbott device interrogation", "device-brand", br="Abbott")
C("DEVICE", "dictation", "Patient is an 88 year old with complete heart block, dual chamber pacemaker placed, doing well, wound clean and dry.", "age-under-90")
C("DEVICE", "chat", "Bachmann bundle pacing paper is in the journal club folder.", "eponym-bare", ep="Bachmann")
C("DEVICE", "chat", "Clinic closes early for Rosh Hashanah, remote checks still get read by the covering fellow.", "holiday", hol="Rosh Hashanah")
C("DEVICE", "chat", "Temp 38.2 and a red pocket, that's an infection until proven otherwise, call ID.", "temperature")
C("DEVICE", "chat", "Purkinje fibers question from the new nurse, I sent her the Guyton chapter.", "eponym-bare teaching", ep="Purkinje|Guyton")
C("DEVICE", "lower", "ecg cart in room 5 needs paper", "room-bed-number")
C("DEVICE", "thread", "CHA2DS2-VASc is 4, so yes, anticoagulate for the AF burden we saw.", "score", sc="CHA2DS2-VASc")

P("DEVICE", "ehr", "Device: Medtronic Azure XT DR, SN RNB417822H, implanted 2019 | PT: FLANAGAN, ROSEMARY E", [("RNB417822H", DV), ("FLANAGAN, ROSEMARY E", N)], "device-serial name-last-first")
P("DEVICE", "chat", "Loop recorder serial RLA308114S for Mr. Obeng came back with the returned kit, log it.", [("RLA308114S", DV), ("Obeng", N)], "device-serial name-title name-non-english")
P("DEVICE", "voicemail", "Hi, my name is Edna Lutz, my father Homer Lutz is ninety-eight and his pacemaker box is blinking orange, what do we do, my number is 715-555-0183.", [("Edna Lutz", N), ("Homer Lutz", N), ("ninety-eight", A), ("715-555-0183", PH)], "name-relative age-over-89-words phone")
P("DEVICE", "chat", "Mrs. Koenig, 93, wants to know if she can still use her microwave with the pacer, yes she can.", [("Koenig", N), ("93", A)], "age-over-89 name-title")
P("DEVICE", "lower", "is rich coming back for the icd check or did he cancel", [("rich", N)], "name-lowercase name-word")
P("DEVICE", "chat", "Gen change for Art Delacroix is on 10/14, he's nervous, can someone call him?", [("Art Delacroix", N), ("10/14", D)], "name-word date-numeric")
P("DEVICE", "page", "DEVICE: remote VF alert BAPTISTE, SIMONE, shock delivered, call pt 414-555-0119", [("BAPTISTE, SIMONE", N), ("414-555-0119", PH)], "name-allcaps name-last-first phone")
P("DEVICE", "dictation", "Device clinic note for Lorenzo Bianchi, date of birth February second nineteen thirty one, dual chamber pacemaker, normal function.", [("Lorenzo Bianchi", N), ("February second nineteen thirty one", D)], "date-spoken dob name-non-english")
P("DEVICE", "chat", "Jenna from Abbott is covering the Friday clinic instead of Brett.", [("Jenna", N), ("Brett", N)], "name-staff name-given-only")
P("DEVICE", "thread", "Mr. and Mrs. Ochoa both have St. Jude devices, don't mix up the transmitters again.", [("Ochoa", N)], "name-title name-relative")
P("DEVICE", "chat", "Chart merge issue: \u041cRN 21877034 shows two device records for Harriet Bloom.", [("21877034", MR), ("Harriet Bloom", N)], "homoglyph-label mrn name-word")
P("DEVICE", "chat", "Transmitter for Mr. Xiong went to his old address on Rosewood Ct in Menasha, resending.", [("Xiong", N), ("Rosewood Ct", LO), ("Menasha", LO)], "name-title address city")
P("DEVICE", "email", "Fwd from patient: 'please send my device card to my daughter, her email is tina.marsh at example dot com, thanks, Walter Pruszynski'", [("tina.marsh at example dot com", EM), ("Walter Pruszynski", N)], "obfuscated-email email")
P("DEVICE", "chat", "Order needs the referring NPI, Dr. Amadi's is 1739204856.", [("Amadi", N), ("1739204856", LI)], "license name-title name-possessive")
P("DEVICE", "lower", "mrs lund says her icd beeped twice at church sunday", [("lund", N)], "name-lowercase name-title")
P("DEVICE", "chat", "Pocket photo IMG_7731.jpg from Jerry Oakes's phone, looks like early erosion to me.", [("IMG_7731.jpg", PI), ("Jerry Oakes", N)], "photo-filename name-possessive")
P("DEVICE", "chat", "Dusty Fields needs his remote monitor swapped, the old one keeps failing to upload.", [("Dusty Fields", N)], "name-word")
P("DEVICE", "thread", "That's Rajesh, not Rakesh, Patel, two Patels with devices on the same morning.", [("Rajesh", N), ("Rakesh", N), ("Patel", N), ("Patels", N)], "name-common name-non-english name-given-only")
P("DEVICE", "chat", "Fellow today is Dr. Kim Soo-ah, she'll read the remotes.", [("Kim Soo-ah", N)], "name-title name-staff name-hyphenated")
P("DEVICE", "voicemail", "This is Frank at Lakeview Manor, calling about resident Dorothy Kuehl, her heart rate has been in the 40s, call the nurses station 920-555-0148.", [("Frank", N), ("Lakeview Manor", LO), ("Dorothy Kuehl", N), ("920-555-0148", PH)], "facility phone name-word")
P("DEVICE", "thread", "Mr. Okoro is 90 today and his granddaughter brought cupcakes for the whole clinic.", [("Okoro", N), ("90", A)], "age-over-89 name-title name-relative")
P("DEVICE", "bot", "/ask when was the last remote transmission for Conrad Haugen and was AF burden over 6 hours", [("Conrad Haugen", N)], "name-non-english")
P("DEVICE", "chat", "Ms. Whitney Love wants her interrogation printout mailed to 1187 Birch Hollow Dr, Appleton 54914.", [("Whitney Love", N), ("1187 Birch Hollow Dr, Appleton 54914", LO)], "name-word address name-title")
P("DEVICE", "ehr", "Remote alert | ICD | Pt: SANTANA, MIGUEL A | DOB 1948-11-02 | lead impedance out of range", [("SANTANA, MIGUEL A", N), ("1948-11-02", D)], "name-last-first name-common dob")

# ---------------------------------------------------------------- urology clinic
C("URO", "chat", "Flomax 0.4 at bedtime and recheck the post-void residual in four weeks.", "drug-brand-name dose-lab", br="Flomax")
C("URO", "chat", "Foley in room 6 needs to be a coude, the straight one wouldn't pass.", "eponym-bare room-bed-number", ep="Foley")
C("URO", "thread", "Peyronie's is more common than people think, and the Xiaflex series is 8 injections.", "eponym-bare drug-brand-name", ep="Peyronie", br="Xiaflex")
C("URO", "page", "URO: OR 4 needs the cysto tower swapped, the scope light is out.", "room-bed-number")
C("URO", "lower", "who has the bladder scanner, its not on the charger", "ordinary-chat")
C("URO", "dictation", "Renal ultrasound shows a Bosniak 2F cyst on the left, recommend follow up imaging in six months.", "eponym-bare", ep="Bosniak")
C("URO", "bot", "/ask first-line medication for overactive bladder in a 74 year old with mild cognitive impairment", "age-under-90")
C("URO", "chat", "Myrbetriq samples are in the med cabinet, don't give oxybutynin to the dementia patients.", "drug-brand-name", br="Myrbetriq")
C("URO", "chat", "PSA 6.8, up from 4.1, he wants the MRI before any biopsy.", "dose-lab acronym")
C("URO", "chat", "Grade group 2 on the biopsy, active surveillance is reasonable, we'll discuss at tumor board Wednesday.", "weekday")
C("URO", "chat", "Kidney stone clinic reminder: Litholink kits go home with everyone who's had two or more stones.", "drug-brand-name", br="Litholink")
C("URO", "lower", "uro resident asked if kegels help after prostatectomy, yes start them now", "eponym-bare")
C("URO", "chat", "Whitaker test is basically never done now, don't order it.", "eponym-bare", ep="Whitaker")
C("URO", "page", "1400 CASE CANCELLED, CYSTO ROOM 2 OPEN FOR ADD-ONS", "clock-time room-bed-number")
C("URO", "chat", "Rezum or UroLift for a 60 gram prostate? I'd lean Rezum.", "device-brand", br="Rezum|UroLift")
C("URO", "dictation", "Temperature 38.9, flank pain, obstructing stone on CT, needs decompression tonight.", "temperature")
C("URO", "chat", "Pain 8/10 with the stent, Flomax and oxybutynin are helping a bit.", "score-fraction drug-brand-name")
C("URO", "chat", "Councill catheter over the wire if the Foley won't go.", "eponym-bare", ep="Councill")
C("URO", "chat", "Cialis 5 mg daily is covered for BPH on most plans now.", "drug-brand-name dose-lab", br="Cialis")
C("URO", "thread", "Detrol LA was the old standby, most people are on Gemtesa now.", "drug-brand-name", br="Detrol LA|Gemtesa")
C("URO", "chat", "Indigenous Peoples' Day we're open, just no OR cases.", "holiday", hol="Indigenous Peoples' Day")
C("URO", "chat", "Hematuria workup: CT urogram plus cysto for anyone over 35 with gross blood.", "age-under-90 teaching")
C("URO", "lower", "the new urology fellow starts monday, be nice", "ordinary-chat")

P("URO", "ehr", "Cysto 0830 | LINDQUIST, ERIK | MRN 77 20 3145 | hematuria", [("LINDQUIST, ERIK", N), ("77 20 3145", MR)], "name-last-first mrn spaced-digits")
P("URO", "chat", "Fax Dr. Ostrowski's office the path report, 920-555-0191, for Mr. Gallagher.", [("Ostrowski", N), ("920-555-0191", FX), ("Gallagher", N)], "fax name-title name-possessive")
P("URO", "chat", "Mr. Haas is 91 and wants the catheter exchanged at his nursing home, not here.", [("Haas", N), ("91", A)], "age-over-89 name-title")
P("URO", "voicemail", "Hi, it's Shirley Baumgartner, my husband Lyle had his stones blasted Tuesday and he's bleeding more, please call 262-555-0129.", [("Shirley Baumgartner", N), ("Lyle", N), ("262-555-0129", PH)], "name-relative phone")
P("URO", "lower", "pat wants to know if he can golf with the stent", [("pat", N)], "name-lowercase name-word")
P("URO", "chat", "Billing says the account for Heinrich Mueller's prostatectomy is 4408-221937, ask them, not the clinic.", [("Heinrich Mueller", N), ("4408-221937", AC)], "account name-possessive name-non-english")
P("URO", "chat", "InterStim serial NAP918223N for Ms. Bergstrom, the rep needs it for the reprogramming visit.", [("NAP918223N", DV), ("Bergstrom", N)], "device-serial name-title")
P("URO", "dictation", "Mister Rupert Fairweather is a hundred and four, presents with urinary retention, catheter placed, 900 milliliters drained.", [("Rupert Fairweather", N), ("a hundred and four", A)], "age-over-89-words name-title")
P("URO", "chat", "Jace Holcomb drove in from Baraboo with a 7 mm stone, the ED sent him to us.", [("Jace Holcomb", N), ("Baraboo", LO)], "city")
P("URO", "chat", "Dr. Nwachukwu is the new female urologist, several women have asked for her.", [("Nwachukwu", N)], "name-title name-staff name-non-english")
P("URO", "page", "URO: pt CRUZ, ANGEL in recovery 3 hematuria w clots, need irrigation order", [("CRUZ, ANGEL", N)], "name-allcaps name-last-first name-word")
P("URO", "thread", "Found it, \u041cRN 40517729 is Gunnar Sveinsson, not the other Sveinsson.", [("40517729", MR), ("Gunnar Sveinsson", N), ("Sveinsson", N)], "homoglyph-label mrn name-non-english")
P("URO", "chat", "Ms. Rivers had her sling placed 22-Oct-2023 and now has mesh exposure.", [("Rivers", N), ("22-Oct-2023", D)], "name-title name-word date-dmy-abbrev")
P("URO", "email", "From the VA: Veteran Clarence Mayfield, DOB 08/30/1944, referred for BPH, records attached, questions to Nurse Imani Coles at 608-555-0153.", [("Clarence Mayfield", N), ("08/30/1944", D), ("Imani Coles", N), ("608-555-0153", PH)], "dob phone name-title")
P("URO", "chat", "Vasectomy consult: Chase Whitaker, 34, his wife Jordan is coming too.", [("Chase Whitaker", N), ("Jordan", N)], "name-word name-relative")
P("URO", "lower", "rosa lopez's uti culture grew enterococcus, needs amox not macrobid", [("rosa lopez", N)], "name-lowercase name-common name-possessive")
P("URO", "chat", "Dr. Feingold and Dr. Adebayo are splitting the stone list today.", [("Feingold", N), ("Adebayo", N)], "name-title name-staff name-list")
P("URO", "chat", "Pt sent a pic of the rash, DSC_2291.jpg in his chart, Wyatt Bramble, probably fungal.", [("DSC_2291.jpg", PI), ("Wyatt Bramble", N)], "photo-filename name-word")
P("URO", "bot", "/ask letter to Mr. Dominik Horvath explaining his PSA result in plain language", [("Dominik Horvath", N)], "name-title name-non-english")
P("URO", "voicemail", "Yes hello, my name is Nguyen Van Long, I have appointment for kidney stone, I need Vietnamese interpreter, my phone 414-555-0176.", [("Nguyen Van Long", N), ("414-555-0176", PH)], "name-non-english name-word phone")
P("URO", "chat", "Heads up, Brenda and Reggie both called out, the clinic is short.", [("Brenda", N), ("Reggie", N)], "name-staff name-given-only name-list")
P("URO", "chat", "Mrs. Abimbola Lawal's daughter Kemi is translating by phone.", [("Abimbola Lawal", N), ("Kemi", N)], "name-relative name-non-english name-possessive")
P("URO", "ehr", "Path | 11/03 | prostate bx | BRANDON WEBB | Dr. Feingold | signed", [("11/03", D), ("BRANDON WEBB", N), ("Feingold", N)], "name-allcaps date-numeric name-common")

# ---------------------------------------------------------------- HIV and infectious diseases clinic
C("HIV", "chat", "Biktarvy refills go through the specialty pharmacy now, not retail.", "drug-brand-name", br="Biktarvy")
C("HIV", "chat", "Cabenuva injections are every 2 months, the next batch of appointments is already booked.", "drug-brand-name", br="Cabenuva")
C("HIV", "thread", "Kaposi lesions on the palate, derm and oral medicine both want to see it.", "eponym-bare", ep="Kaposi")
C("HIV", "page", "ID CLINIC: positive blood cx on the pt in infusion chair 4, vanco started, call back ext 2202", "room-bed-number")
C("HIV", "lower", "viral load undetectable on the last two, so the u=u talk is done", "ordinary-chat")
C("HIV", "dictation", "CD4 count 412, viral load undetectable, on Descovy for PrEP with good adherence, creatinine stable.", "drug-brand-name dose-lab", br="Descovy")
C("HIV", "bot", "/ask interactions between rifampin and Genvoya, and what to switch to", "drug-brand-name", br="Genvoya")
C("HIV", "chat", "Jarisch-Herxheimer warning for anyone getting Bicillin today, they feel rough for a day.", "eponym-bare drug-brand-name", ep="Jarisch-Herxheimer", br="Bicillin")
C("HIV", "chat", "Pneumocystis prophylaxis stops once CD4 is over 200 for three months.", "dose-lab", orgm="Pneumocystis")
C("HIV", "chat", "Ryan White funding paperwork is due Friday, case managers please finish the recerts.", "weekday", org="Ryan White")
C("HIV", "chat", "Apretude is the every-two-month PrEP shot, insurance usually wants a prior auth.", "drug-brand-name", br="Apretude")
C("HIV", "lower", "need a phlebotomist in room 9, hard stick", "room-bed-number")
C("HIV", "chat", "Castleman disease came up on the lymph node path, rare but HHV-8 related here.", "eponym-bare", ep="Castleman")
C("HIV", "chat", "World AIDS Day event in the lobby, volunteers sign up on the sheet by the elevator.", "holiday", hol="World AIDS Day")
C("HIV", "thread", "T-SPOT is what the lab runs now instead of the tube test.", "drug-brand-name", br="T-SPOT")
C("HIV", "dictation", "Temperature 39.1 with rigors, started on cefepime after cultures, lactate 2.8.", "temperature dose-lab")
C("HIV", "chat", "CrAg screen for anyone with CD4 under a hundred, even without symptoms.", "dose-lab acronym")
C("HIV", "chat", "Rocky Mountain spotted fever is on the differential for the camper with the rash and fever.", "place-disease", pl="Rocky Mountain")
C("HIV", "chat", "Hep B core antibody positive, surface antigen negative, check a DNA level before starting Dovato.", "drug-brand-name", br="Dovato")
C("HIV", "page", "Needle stick in room 3, staff member to employee health, source labs drawn", "room-bed-number")
C("HIV", "chat", "Doxycycline 200 mg within 72 hours for doxy-PEP, that's the current guidance.", "dose-lab")
C("HIV", "lower", "pride parade booth still needs two people for saturday", "ordinary-chat")
C("HIV", "chat", "Koch postulates question on the boards again lol, the residents groaned.", "eponym-bare teaching", ep="Koch")
C("HIV", "chat", "Marburg question from the travel nurse, that one goes straight to the health department.", "place-disease", pl="Marburg")
C("HIV", "thread", "Probably Coxsackie, the hand and foot lesions fit, no need for the full STI panel.", "place-disease acronym", pl="Coxsackie")

P("HIV", "chat", "Callback for Mr. Haddad, his sister texted it: \u2067" + AR("414-555-0137") + "\u2069", [("Haddad", N), (AR("414-555-0137"), PH)], "arabic-indic-digits bidi-mark phone name-title")
P("HIV", "chat", "Her name in Arabic on the consent is ياسمين الخطيب, Yasmin Al-Khatib in the chart.", [("ياسمين الخطيب", N), ("Yasmin Al-Khatib", N)], "name-non-english name-hyphenated")
P("HIV", "chat", "Search for Deshawn Pryor fails because the name was pasted as Desh\u200bawn Pryor, with a hidden character.", [("Deshawn Pryor", N), ("Desh\u200bawn Pryor", N)], "zero-width")
P("HIV", "email", "Fwd from patient: 'new email is marcos.ibarra at example dot org, please use that for portal stuff, Marcos'", [("marcos.ibarra at example dot org", EM), ("Marcos", N)], "obfuscated-email email name-given-only")
P("HIV", "chat", "Privacy alert: chart of Terrence Wilkes opened from 192.0.2.77 outside the network, audit pending.", [("Terrence Wilkes", N), ("192.0.2.77", IPA)], "ip")
P("HIV", "lower", "jamal missed his cabenuva window, call him today", [("jamal", N)], "name-lowercase name-given-only")
P("HIV", "chat", "Patient's fundraiser for his meds names our clinic, example.com/help-aaron-whitlock, do we need to say anything?", [("example.com/help-aaron-whitlock", UR)], "url")
P("HIV", "voicemail", "Hi, this is Tammy at the Northgate pharmacy, the Biktarvy for Luis Arce is ready but needs a new prior auth, our number is 414-555-0102.", [("Tammy", N), ("Northgate pharmacy", LO), ("Luis Arce", N), ("414-555-0102", PH)], "name-staff phone facility")
P("HIV", "dictation", "Patient Antoine Beaulieu, date of birth eleventh of June nineteen eighty-eight, presents for PrEP initiation.", [("Antoine Beaulieu", N), ("eleventh of June nineteen eighty-eight", D)], "date-spoken dob name-non-english")
P("HIV", "chat", "MRN 61093384 is the right Maria Hernandez, there are four of them.", [("61093384", MR), ("Maria Hernandez", N)], "mrn name-common")
P("HIV", "ehr", "PrEP f/u | OKEKE, CHIDIEBERE | 12-Dec-1995 | HIV Ag/Ab nonreactive", [("OKEKE, CHIDIEBERE", N), ("12-Dec-1995", D)], "name-last-first name-non-english date-dmy-abbrev")
P("HIV", "chat", "Dr. Ruth Feldman and Pastor Glenn are both at the family meeting for Mr. Sato.", [("Ruth Feldman", N), ("Glenn", N), ("Sato", N)], "name-title name-staff")
P("HIV", "thread", "Yes, Blessing's baby tested negative at 6 weeks, second PCR at 4 months.", [("Blessing", N)], "name-word name-given-only name-possessive")
P("HIV", "chat", "Contact tracing: partner lives in Kenosha, works at the Pleasant Prairie warehouse, name is Darnell Hughes.", [("Kenosha", LO), ("Pleasant Prairie", LO), ("Darnell Hughes", N)], "city name-relative")
P("HIV", "chat", "His new cell is 414-555-01\u200b66, copy paste from the text broke the search.", [("414-555-01\u200b66", PH)], "zero-width phone")
P("HIV", "page", "ID: pt TOMMY REYNA rm 7 syncope after bicillin, need MD", [("TOMMY REYNA", N)], "name-allcaps name-common")
P("HIV", "chat", "Case manager Marguerite Loiselle is out, Jovan is covering her caseload.", [("Marguerite Loiselle", N), ("Jovan", N)], "name-staff name-given-only")
P("HIV", "voicemail", "Hey it's Dee, Darius's aunt, he's not answering, call me back at six oh eight, five five five, oh one nine four.", [("Dee", N), ("Darius", N), ("six oh eight, five five five, oh one nine four", PH)], "name-relative name-nickname phone")
P("HIV", "chat", "The Ryan White application has Kevin Odom's SSN as 913 40 2286, it needs to go in without the spaces.", [("Kevin Odom", N), ("913 40 2286", SS)], "ssn spaced-digits name-possessive")
P("HIV", "chat", "Brother Tomás Quiroga from St. Casimir's brings him to appointments, ok to talk with him.", [("Tomás Quiroga", N), ("St. Casimir's", LO)], "facility name-non-english")
P("HIV", "lower", "the garcias are coming in together for their 3 month", [("garcias", N)], "name-lowercase name-common name-relative")
P("HIV", "bot", "/ask when is Hector Ybarra due for his next syphilis screen", [("Hector Ybarra", N)], "name-non-english")
P("HIV", "chat", "Nurse Ember Kowal can do the Cabenuva shots on the Tuesday block.", [("Ember Kowal", N)], "name-title name-staff name-word")

# ---------------------------------------------------------------- fertility (reproductive endocrinology / IVF) clinic
C("IVF", "chat", "Gonal-f pens ship from the specialty pharmacy, Menopur is a powder so show them the mixing.", "drug-brand-name", br="Gonal-f|Menopur")
C("IVF", "chat", "Trigger with Ovidrel at 2130, retrieval 36 hours later.", "drug-brand-name clock-time", br="Ovidrel")
C("IVF", "thread", "Kruger morphology 3%, so ICSI makes sense for them.", "eponym-bare acronym", ep="Kruger")
C("IVF", "page", "IVF LAB: 9 eggs retrieved in procedure room 2, embryologist notified, pt to recovery", "room-bed-number")
C("IVF", "lower", "cetrotide goes in the fridge door, not the back where it freezes", "drug-brand-name")
C("IVF", "dictation", "Baseline ultrasound: antral follicle count 14, endometrial stripe 5 millimeters, no cysts.", "dose-lab")
C("IVF", "bot", "/ask what are the Rotterdam criteria for PCOS", "place-rule acronym", pl="Rotterdam")
C("IVF", "chat", "Bologna criteria for poor responders, she meets two of three.", "place-rule", pl="Bologna")
C("IVF", "chat", "Müllerian anomaly on the 3D ultrasound, looks like a septate uterus.", "eponym-bare", ep="Müllerian")
C("IVF", "chat", "Graafian follicle question from the student: 18 to 20 mm is mature enough to trigger.", "eponym-bare teaching", ep="Graafian")
C("IVF", "chat", "Endometrin vs PIO for luteal support, both are fine, she hates needles so Endometrin.", "drug-brand-name", br="Endometrin")
C("IVF", "chat", "Lupron trigger for anyone at OHSS risk, no hCG.", "drug-brand-name acronym", br="Lupron")
C("IVF", "lower", "day 5 blasts graded, 3 good ones to freeze", "ordinary-chat")
C("IVF", "chat", "Gardner grading 4AA is the top, but a 3BB still has decent odds.", "eponym-bare score", ep="Gardner")
C("IVF", "thread", "Kallmann syndrome patient next week, she needs the pump protocol.", "eponym-bare", ep="Kallmann")
C("IVF", "page", "Andrology: collection room open until 1130, bring specimen cups to the front", "clock-time")
C("IVF", "dictation", "AMH 0.8, FSH 11.2 on cycle day 3, estradiol 42.", "dose-lab acronym")
C("IVF", "chat", "She's 43 and wants to use her own eggs, I counseled her honestly on the numbers.", "age-under-90")
C("IVF", "chat", "Clomid 50 mg days 3 through 7, though letrozole is usually better for PCOS.", "drug-brand-name dose-lab", br="Clomid")
C("IVF", "chat", "Incubator 2 reading 37.1, fine, logged.", "temperature")
C("IVF", "chat", "Diwali afternoon we're open but short staffed, keep the schedule light.", "holiday", hol="Diwali")
C("IVF", "chat", "Klinefelter on the karyotype, refer to urology for micro-TESE.", "eponym-bare", ep="Klinefelter")
C("IVF", "lower", "who ordered pizza for the lab, its in the break room", "ordinary-chat")
C("IVF", "chat", "Sertoli-cell-only on the testicular biopsy, so the donor sperm discussion is next.", "eponym-bare", ep="Sertoli")

P("IVF", "chat", "Patient typed her number on a Japanese keyboard: " + FW("312-555-0164") + ", it's Haruka Mori's.", [(FW("312-555-0164"), PH), ("Haruka Mori", N)], "fullwidth-digits phone name-possessive name-non-english")
P("IVF", "chat", "Retrieval for Leila Rahimi moved, her husband's cell \u200e(608) 555-0117\u200e is in the note.", [("Leila Rahimi", N), ("(608) 555-0117", PH)], "bidi-mark phone name-non-english name-relative")
P("IVF", "email", "Fwd: 'Hi, it's Jessamyn, can you send the consent forms to jess.ortega (at) example (dot) net, not my work address' from Jessamyn Ortega", [("Jessamyn", N), ("jess.ortega (at) example (dot) net", EM), ("Jessamyn Ortega", N)], "obfuscated-email email")
P("IVF", "chat", "Progyny member id PGN-4418207 for Caitlin Shea, her benefit covers one retrieval.", [("PGN-4418207", HP), ("Caitlin Shea", N)], "health-plan")
P("IVF", "chat", "Patient account 7003318 (Brianne and Tomas Ekwueme) is on the shared-risk plan.", [("7003318", AC), ("Brianne", N), ("Tomas Ekwueme", N)], "account name-relative name-non-english")
P("IVF", "chat", "Cryo storage ID CRY-22-0718 belongs to the Ashworths, they want to move the embryos.", [("CRY-22-0718", ID_), ("Ashworths", N)], "other-id name-relative")
P("IVF", "voicemail", "Hi, this is Ashley Green, I'm on day eight of stims and I think I took the wrong dose last night, please call 847-555-0132.", [("Ashley Green", N), ("847-555-0132", PH)], "name-word name-common phone")
P("IVF", "lower", "ivy's beta came back positive 212!!", [("ivy", N)], "name-lowercase name-word name-possessive")
P("IVF", "dictation", "Transfer note for Meredith Kaplan, thirty-nine, one frozen blastocyst transferred, catheter easy, Doctor Anand performing.", [("Meredith Kaplan", N), ("Anand", N)], "name-title name-staff")
P("IVF", "chat", "Retrieval for Olive Pemberton is 03/28, trigger on the 27th at night.", [("Olive Pemberton", N), ("03/28", D), ("27th", D)], "name-word date-numeric")
P("IVF", "ehr", "Cycle start | DUBOIS, CAMILLE | MRN 80314427 | LMP 2/9 | antagonist protocol", [("DUBOIS, CAMILLE", N), ("80314427", MR), ("2/9", D)], "name-last-first mrn name-non-english")
P("IVF", "chat", "Dr. Farouk is doing retrievals and Dr. Beckwith the transfers, all week.", [("Farouk", N), ("Beckwith", N)], "name-title name-staff name-list")
P("IVF", "thread", "Ugh, two patients named Jennifer Lee on the schedule again, the one at 9 is the donor cycle.", [("Jennifer Lee", N)], "name-common")
P("IVF", "chat", "Couple is flying in from San Juan for the transfer, Mariela and Josué Figueroa.", [("San Juan", LO), ("Mariela", N), ("Josué Figueroa", N)], "city name-relative name-non-english")
P("IVF", "page", "IVF: pt KRISTIN HALE c/o severe bloating, wt up 3 kg, r/o OHSS, call 414-555-0144", [("KRISTIN HALE", N), ("414-555-0144", PH)], "name-allcaps phone")
P("IVF", "chat", "Gestational carrier is Tasha Brightwater, the intended parents are the Morrows.", [("Tasha Brightwater", N), ("Morrows", N)], "name-relative name-word")
P("IVF", "thread", "Her sister Dolores is the egg donor, known donor consent signed.", [("Dolores", N)], "name-relative name-given-only")
P("IVF", "chat", "Bank donor number CB-48816 for the Kowalski-Burns couple, vials arrive Tuesday.", [("CB-48816", ID_), ("Kowalski-Burns", N)], "other-id name-hyphenated")
P("IVF", "bot", "/ask draft a results letter for Naomi Feldstein, AMH 1.1 and antral follicle count 9", [("Naomi Feldstein", N)], "name-non-english")
P("IVF", "chat", "Mr. Bhattacharya's semen analysis is repeated Friday, abstain 2 to 5 days before.", [("Bhattacharya", N)], "name-title name-possessive name-non-english")
P("IVF", "lower", "tell dr mehta the hcg for kelly nash is 8, so negative", [("mehta", N), ("kelly nash", N)], "name-lowercase name-title name-staff")
P("IVF", "chat", "Our new nurse coordinator is Joy-Anne Pike, send cycle calendars to her.", [("Joy-Anne Pike", N)], "name-staff name-hyphenated")
P("IVF", "dictation", "Consult for Priyanka Subramaniam, date of birth the fourth of May nineteen ninety, tubal factor, discussed IVF.", [("Priyanka Subramaniam", N), ("the fourth of May nineteen ninety", D)], "date-spoken dob name-non-english")

# ---------------------------------------------------------------- opioid treatment programme (methadone clinic)
C("OTP", "chat", "Methadone increases are 5 mg every 3 to 4 days max, no faster.", "dose-lab")
C("OTP", "chat", "Sublocade 300 mg monthly for two months, then the maintenance dose.", "drug-brand-name dose-lab", br="Sublocade")
C("OTP", "thread", "Brixadi weekly is an option for the folks who can't do daily dosing.", "drug-brand-name", br="Brixadi")
C("OTP", "page", "DOSING WINDOW closes at 1130 today for staff training, back open at 1300", "clock-time")
C("OTP", "lower", "narcan kits restocked in the lobby box, 24 left", "drug-brand-name")
C("OTP", "dictation", "COWS score of 14 at intake, moderate withdrawal, first dose given, reassess in two hours.", "score acronym", sc="COWS")
C("OTP", "bot", "/ask QTc threshold for methadone dose reduction and Bazett vs Fridericia correction", "eponym-bare acronym", ep="Bazett|Fridericia")
C("OTP", "chat", "Take-home levels follow the SAMHSA criteria, not how much we like someone.", "acronym", org="SAMHSA")
C("OTP", "chat", "Kratom withdrawal looks a lot like opioid withdrawal, treat it about the same.", "ordinary-chat")
C("OTP", "chat", "Lucemyra helps some people with the withdrawal during a taper, expensive though.", "drug-brand-name", br="Lucemyra")
C("OTP", "chat", "Vivitrol needs 7 to 10 days opioid-free, do a naloxone challenge if unsure.", "drug-brand-name", br="Vivitrol")
C("OTP", "lower", "urine cups are out in bathroom 2 again", "room-bed-number")
C("OTP", "chat", "Fentanyl test strips are back in the harm reduction drawer.", "ordinary-chat")
C("OTP", "chat", "Good Friday is a normal dosing day, Easter Sunday is a take-home.", "holiday", hol="Good Friday|Easter Sunday")
C("OTP", "thread", "DEA inspector comes Thursday, make sure the safe log is current.", "acronym weekday", org="DEA")
C("OTP", "dictation", "Patient is a 34 year old with opioid use disorder, stable on methadone 95 milligrams daily, urine positive only for methadone.", "age-under-90 dose-lab")
C("OTP", "chat", "Temp 38.0 and an abscess on the forearm, send to urgent care for I and D.", "temperature")
C("OTP", "page", "Med room fridge at 9 degrees, move the vaccines to the backup fridge now", "temperature")
C("OTP", "chat", "New murmur plus fever, think endocarditis, go through the Duke criteria and get cultures.", "place-rule", pl="Duke")
C("OTP", "chat", "Pain 7/10 after the dental extraction, ok to give the scheduled methadone plus ibuprofen.", "score-fraction")
C("OTP", "lower", "group is in the big room today, the small one has no heat", "ordinary-chat")
C("OTP", "chat", "Counselors, the ASAM criteria update is in the shared drive.", "acronym", org="ASAM")
C("OTP", "chat", "Hep C cure rates with Mavyret are great, let's get everyone antibody-positive treated.", "drug-brand-name", br="Mavyret")

P("OTP", "chat", "Iris scanner won't read Tony Bruno, his template IR-33019 needs re-enrolling before dosing.", [("Tony Bruno", N), ("IR-33019", BI)], "biometric name-common")
P("OTP", "chat", "Kyle Metzger's number from intake: 262-555\u200b-0148, pasted from his text.", [("Kyle Metzger", N), ("262-555\u200b-0148", PH)], "zero-width phone name-possessive")
P("OTP", "ehr", "Intake | REDCLOUD, SHAWNA | DOB 03/12/1991 | Medicaid ID 4420981733 | Menominee Co", [("REDCLOUD, SHAWNA", N), ("03/12/1991", D), ("4420981733", HP), ("Menominee Co", LO)], "name-last-first health-plan dob")
P("OTP", "chat", "ID check for take-homes: Darrell Kincaid's license is K523-7741-0932-06, expires next month.", [("Darrell Kincaid", N), ("K523-7741-0932-06", LI)], "license name-possessive")
P("OTP", "chat", "Drug court case 2024-CF-00812 for Brittany Soule, her probation officer wants attendance only, she signed the release.", [("2024-CF-00812", ID_), ("Brittany Soule", N)], "other-id")
P("OTP", "voicemail", "Hey it's Mikey, Mike Trombley, I'm stuck at work in Fond du Lac, can someone dose me late, my number's 920-555-0171.", [("Mikey", N), ("Mike Trombley", N), ("Fond du Lac", LO), ("920-555-0171", PH)], "name-nickname city phone")
P("OTP", "lower", "crystal wants her dose split again, she says afternoons are rough", [("crystal", N)], "name-lowercase name-word")
P("OTP", "chat", "Insurance needs Wesley Harjo's SSN, the chart has 912-30-6684, confirm with him at the window.", [("Wesley Harjo", N), ("912-30-6684", SS)], "ssn name-possessive name-non-english")
P("OTP", "dictation", "Intake for Raymond Two Bulls, date of birth April twelfth nineteen eighty, fentanyl use, starting methadone 30.", [("Raymond Two Bulls", N), ("April twelfth nineteen eighty", D)], "date-spoken dob name-non-english")
P("OTP", "page", "OTP: Nurse Shelby needs a provider at window 2, pt LOPEZ-WHITE, DANIEL intox, holding dose", [("Shelby", N), ("LOPEZ-WHITE, DANIEL", N)], "name-staff name-hyphenated name-allcaps")
P("OTP", "chat", "Counselor Bobbie Dukes is leaving, her caseload goes to Jamar and Li Na.", [("Bobbie Dukes", N), ("Jamar", N), ("Li Na", N)], "name-staff name-list")
P("OTP", "thread", "Yes, Destin's mom called, he's in jail in Green Bay, no dosing until release.", [("Destin", N), ("Green Bay", LO)], "name-relative city name-possessive")
P("OTP", "chat", "Clayton Reese missed 3 days, last dosed 02/14, needs a reassessment before dosing.", [("Clayton Reese", N), ("02/14", D)], "date-numeric")
P("OTP", "chat", "Sober house for Ms. Kitchens is 3310 W Vliet St, Milwaukee, the house manager is Renee.", [("Kitchens", N), ("3310 W Vliet St, Milwaukee", LO), ("Renee", N)], "address name-title name-word")
P("OTP", "chat", "Ms. Fawn Eagleheart's daughter Journey is 6, the daycare wants a letter about pickup.", [("Fawn Eagleheart", N), ("Journey", N)], "name-word name-relative name-possessive")
P("OTP", "lower", "is dr okonjo in today or just the np", [("okonjo", N)], "name-lowercase name-title name-staff")
P("OTP", "email", "Fwd from county probation: 'Please confirm attendance for client Gordon Sixkiller, DOB 10/07/1983. Agent Lorna Beck'", [("Gordon Sixkiller", N), ("10/07/1983", D), ("Lorna Beck", N)], "dob name-title")
P("OTP", "chat", "Send Scottie Ambler's dose verification to the jail nurse, fax 608-555-0123.", [("Scottie Ambler", N), ("608-555-0123", FX)], "fax name-possessive")
P("OTP", "chat", "MRN for Terrell Gaines is 5830 1172, there's a space in the old system.", [("Terrell Gaines", N), ("5830 1172", MR)], "mrn spaced-digits")
P("OTP", "chat", "Pastor Joe Hollis from New Hope Baptist drives Keisha to dosing on Sundays.", [("Joe Hollis", N), ("New Hope Baptist", LO), ("Keisha", N)], "name-title facility")
P("OTP", "bot", "/ask summarize Andre Jefferson's take-home eligibility from the last 90 days of notes", [("Andre Jefferson", N)], "name-possessive name-common")
P("OTP", "chat", "New number for Kimberly Begay: 505-555-0198, she moved in with her mom in Gallup.", [("Kimberly Begay", N), ("505-555-0198", PH), ("Gallup", LO)], "phone city name-non-english")
P("OTP", "thread", "Big Mike is Michael Sorrell, not the other Mike, check the photo before dosing.", [("Big Mike", N), ("Michael Sorrell", N), ("Mike", N)], "name-nickname name-common")

# ---------------------------------------------------------------- orthopedic fracture and sports medicine clinic
C("ORTHO", "chat", "Jones fracture on the x-ray, the zone 2 kind, non-weight-bearing in a boot.", "eponym-bare", ep="Jones")
C("ORTHO", "chat", "Smith fracture, not a Colles, the volar angulation is obvious on the lateral.", "eponym-bare", ep="Smith|Colles")
C("ORTHO", "thread", "Lachman is positive on the left, soft endpoint, MRI ordered.", "eponym-bare", ep="Lachman")
C("ORTHO", "page", "ORTHO: cast saw in room 4 is sparking, pulled from service", "room-bed-number")
C("ORTHO", "lower", "boot sizes: we're out of medium tall cam boots", "ordinary-chat")
C("ORTHO", "dictation", "Positive McMurray on the medial side, joint line tenderness, small effusion.", "eponym-bare", ep="McMurray")
C("ORTHO", "bot", "/ask what does the Garden classification say about displaced femoral neck fractures", "eponym-bare", ep="Garden")
C("ORTHO", "chat", "Maisonneuve: always check the proximal fibula when the ankle looks like an isolated medial injury.", "eponym-bare teaching", ep="Maisonneuve")
C("ORTHO", "chat", "Lisfranc injury, the fleck sign is there, get a CT.", "eponym-bare", ep="Lisfranc")
C("ORTHO", "chat", "Monteggia vs Galeazzi, the mnemonic is on the whiteboard by the cast room.", "eponym-bare teaching", ep="Monteggia|Galeazzi")
C("ORTHO", "chat", "Exogen bone stimulator approved for the nonunion, the rep will deliver.", "device-brand", br="Exogen")
C("ORTHO", "chat", "Mobic 15 mg daily for two weeks, then as needed.", "drug-brand-name dose-lab", br="Mobic")
C("ORTHO", "lower", "x-ray tech asked if we can stop ordering 3 views on every finger", "ordinary-chat")
C("ORTHO", "chat", "Hill-Sachs and a Bankart on the MRI, classic first dislocation at 19.", "eponym-bare age-under-90", ep="Hill-Sachs|Bankart")
C("ORTHO", "chat", "Segond fracture means ACL until proven otherwise.", "eponym-bare acronym", ep="Segond")
C("ORTHO", "page", "Fracture clinic running 40 min behind, 2 casters out sick", "ordinary-chat")
C("ORTHO", "dictation", "Finkelstein positive, tender over the first dorsal compartment, thumb spica splint given.", "eponym-bare", ep="Finkelstein")
C("ORTHO", "chat", "Phalen and Tinel both positive, EMG ordered.", "eponym-bare", ep="Phalen")
C("ORTHO", "chat", "Thessaly test is unreliable in acute injuries, don't lean on it.", "place-rule", pl="Thessaly")
C("ORTHO", "chat", "St. Patrick's Day weekend always brings the ankle fractures lol", "holiday", hol="St. Patrick's Day")
C("ORTHO", "chat", "Boxer's fracture, 30 degrees of angulation, buddy tape and an ulnar gutter.", "dose-lab")
C("ORTHO", "lower", "aircast stirrups are in cabinet b", "device-brand")
C("ORTHO", "chat", "Bennett vs Rolando: Rolando is the comminuted one.", "eponym-bare teaching", ep="Bennett|Rolando")
C("ORTHO", "chat", "Neer and Hawkins impingement tests both positive, subacromial injection today.", "eponym-bare", ep="Neer|Hawkins")

P("ORTHO", "chat", "Mrs. Fiorentino is 94, fell at church, displaced femoral neck.", [("Fiorentino", N), ("94", A)], "age-over-89 name-title")
P("ORTHO", "chat", "Workers' comp claim WC-7734120 for Dmitri Volkov, the warehouse HR wants the restrictions faxed.", [("WC-7734120", ID_), ("Dmitri Volkov", N)], "other-id name-non-english")
P("ORTHO", "chat", "Fax the work note to his employer's HR at 414-555-0181, attn Paula, for Mr. Osei.", [("414-555-0181", FX), ("Paula", N), ("Osei", N)], "fax name-title")
P("ORTHO", "voicemail", "Hi, this is Coach Randy Kessel at Westbrook High School, calling about our player Tyler Ames and his wrist, can he play Friday? 920-555-0156.", [("Randy Kessel", N), ("Westbrook High School", LO), ("Tyler Ames", N), ("920-555-0156", PH)], "name-title facility phone")
P("ORTHO", "lower", "lark's cast is too tight, she's crying in room 3", [("lark", N)], "name-lowercase name-word name-possessive")
P("ORTHO", "chat", "Disability placard form for Mr. Strand: plate 7KD-448, he can't drive for 6 weeks anyway.", [("Strand", N), ("7KD-448", VE)], "vehicle name-title name-word")
P("ORTHO", "chat", "Wound check pic IMG_3056.JPG from Tessa Ruud, incision looks clean.", [("IMG_3056.JPG", PI), ("Tessa Ruud", N)], "photo-filename")
P("ORTHO", "ehr", "Ortho f/u | \u041cRN 66207158 | BOUCHARD, LUC | L ankle ORIF 6 wk", [("66207158", MR), ("BOUCHARD, LUC", N)], "homoglyph-label mrn name-last-first")
P("ORTHO", "dictation", "Missus Opal Henning is ninety-six, status post fall with a distal radius fracture, closed reduction performed.", [("Opal Henning", N), ("ninety-six", A)], "age-over-89-words name-title name-word")
P("ORTHO", "chat", "Carter Lindell broke his tibia skiing in Aspen on 28-Dec-2024, ORIF done out there, here for follow-up.", [("Carter Lindell", N), ("Aspen", LO), ("28-Dec-2024", D)], "city date-dmy-abbrev")
P("ORTHO", "chat", "Dr. Stroud wants the PA, Nikki, to do the cast checks so he can operate.", [("Stroud", N), ("Nikki", N)], "name-title name-staff name-given-only")
P("ORTHO", "thread", "That's the Hendersons' son, not the Andersons'. Both soccer, both wrists, same week.", [("Hendersons", N), ("Andersons", N)], "name-relative name-common name-list")
P("ORTHO", "page", "ORTHO: pt MASON REED in cast room, cap refill sluggish, need eval now", [("MASON REED", N)], "name-allcaps name-word")
P("ORTHO", "chat", "Physical therapist Kirsten Aho says Mr. Blackfeather can go partial weight bearing.", [("Kirsten Aho", N), ("Blackfeather", N)], "name-staff name-title name-non-english")
P("ORTHO", "chat", "Patient Devon Sparks lives in a third-floor walk-up on Brady St, can't do crutches on stairs, needs a walker and a plan.", [("Devon Sparks", N), ("Brady St", LO)], "address name-word")
P("ORTHO", "email", "Fwd from school nurse: 'Lucia Benavides, 8th grade at Juniper Ridge Middle School, needs an elevator pass through 05/16; reply to nurse.olsen@example.org'", [("Lucia Benavides", N), ("Juniper Ridge Middle School", LO), ("05/16", D), ("nurse.olsen@example.org", EM)], "facility email date-numeric")
P("ORTHO", "chat", "Bone stim serial EXG-20417 for Nolan Pryce, the company needs it for the return.", [("EXG-20417", DV), ("Nolan Pryce", N)], "device-serial")
P("ORTHO", "lower", "the mclaughlins want to know if the twins can swim with the waterproof casts", [("mclaughlins", N)], "name-lowercase name-relative")
P("ORTHO", "chat", "Jaylen 'Juice' Whitmore is the D1 recruit with the ACL, his family wants the surgeon who did his cousin.", [("Jaylen", N), ("Juice", N), ("Whitmore", N)], "name-nickname name-relative")
P("ORTHO", "bot", "/ask write a return-to-play note for Savannah Tuttle, cleared from her ankle sprain", [("Savannah Tuttle", N)], "name-word")
P("ORTHO", "thread", "Yes, Abdirahman Farah's surgery is 08/12, his uncle Hassan is translating.", [("Abdirahman Farah", N), ("08/12", D), ("Hassan", N)], "name-non-english name-relative date-numeric")
P("ORTHO", "chat", "Mr. Goodnight refused the cast again, wants a splint so he can shower.", [("Goodnight", N)], "name-title name-word")
P("ORTHO", "voicemail", "Hi, it's Wilma, Jack Prewitt's wife, his toes are purple under the cast, call 262-555-0114 please.", [("Wilma", N), ("Jack Prewitt", N), ("262-555-0114", PH)], "name-relative name-possessive phone")

# ---------------------------------------------------------------- pulmonology clinic and pulmonary function lab
C("PULM", "chat", "Trelegy once daily, rinse after, and stop the separate Spiriva.", "drug-brand-name", br="Trelegy|Spiriva")
C("PULM", "chat", "FEV1/FVC 0.62 post-bronchodilator, so it's obstruction, GOLD 2.", "dose-lab acronym", org="GOLD")
C("PULM", "thread", "Kerley B lines on the film, she's wet, not a COPD flare.", "eponym-bare", ep="Kerley")
C("PULM", "page", "PFT LAB: body box calibration failed, DLCOs only until biomed comes", "acronym")
C("PULM", "lower", "need more mouthpieces for the spirometer, the blue ones", "ordinary-chat")
C("PULM", "dictation", "Pulmonary function testing shows a moderate restrictive defect, DLCO 48 percent predicted, consistent with the known fibrosis on Ofev.", "drug-brand-name dose-lab", br="Ofev")
C("PULM", "bot", "/ask Light's criteria for an exudative pleural effusion", "eponym-bare", ep="Light")
C("PULM", "chat", "Fleischner guidance says a 5 mm solid nodule in a low-risk patient needs no follow-up.", "eponym-bare", ep="Fleischner")
C("PULM", "chat", "Trikafta has changed CF clinic completely, half the kids are gaining weight.", "drug-brand-name", br="Trikafta")
C("PULM", "chat", "Hoover sign on exam, paradoxical rib movement, he's hyperinflated.", "eponym-bare", ep="Hoover")
C("PULM", "chat", "Borg dyspnea 5 at the end of the six-minute walk, sat nadir 86.", "eponym-bare dose-lab", ep="Borg")
C("PULM", "lower", "walk test hallway is blocked by the floor waxer until noon", "ordinary-chat")
C("PULM", "chat", "Löfgren syndrome: erythema nodosum, hilar nodes, arthritis, usually resolves on its own.", "eponym-bare teaching", ep="Löfgren")
C("PULM", "chat", "Churg-Strauss is EGPA now, but everyone still says the old name.", "eponym-bare acronym", ep="Churg-Strauss")
C("PULM", "chat", "Kartagener on the differential for the young guy with bronchiectasis and situs inversus.", "eponym-bare", ep="Kartagener")
C("PULM", "dictation", "Temperature 37.2, sats 93 percent on 2 liters, no accessory muscle use.", "temperature dose-lab")
C("PULM", "chat", "Breo Ellipta or Symbicort, whichever his plan covers, he's fine on either.", "drug-brand-name", br="Breo Ellipta|Symbicort")
C("PULM", "page", "Bronch suite 2 ready at 1315, pt in holding", "clock-time room-bed-number")
C("PULM", "chat", "BODE index is 5 for him, so a transplant referral is reasonable.", "score", sc="BODE")
C("PULM", "chat", "Independence Day fireworks smoke always brings the asthma calls the next morning.", "holiday", hol="Independence Day")
C("PULM", "chat", "Curschmann spirals and Charcot-Leyden crystals on the sputum, classic asthma picture.", "eponym-bare", ep="Curschmann|Charcot-Leyden")
C("PULM", "lower", "ok the o2 company finally delivered the concentrator for the pt in 8", "ordinary-chat")
C("PULM", "chat", "Esbriet vs Ofev for IPF, GI side effects either way.", "drug-brand-name acronym", br="Esbriet")
C("PULM", "thread", "He's 58 and never smoked, so the emphysema is odd, check alpha-1.", "age-under-90")

P("PULM", "chat", "DOB on the form from Mr. Mansour's son is written " + AR("1952/07/03") + ", please enter it in our format.", [("Mansour", N), (AR("1952/07/03"), D)], "arabic-indic-digits dob name-title name-possessive")
P("PULM", "ehr", "DME | Inogen G5 SN 5G30-118274 | Pt WOJCIK, STANLEY | 2 L/min", [("5G30-118274", DV), ("WOJCIK, STANLEY", N)], "device-serial name-last-first")
P("PULM", "chat", "Study enrollment ID PF-0416 is Mr. Amundson, the sponsor monitor is here Thursday.", [("PF-0416", ID_), ("Amundson", N)], "other-id name-title")
P("PULM", "voicemail", "This is Gloria at Rolling Meadows assisted living, resident Lavern Schultz is short of breath on her oxygen, call us at 715-555-0138.", [("Gloria", N), ("Rolling Meadows", LO), ("Lavern Schultz", N), ("715-555-0138", PH)], "facility phone name-staff")
P("PULM", "lower", "bonnie's pft is at 2, she's bringing all her inhalers", [("bonnie", N)], "name-lowercase name-possessive name-word")
P("PULM", "chat", "Mr. Zeller is 92 and still wants the bronchoscopy, his daughter agrees.", [("Zeller", N), ("92", A)], "age-over-89 name-title")
P("PULM", "dictation", "Pulmonary clinic note for Gertrude Wahl, a ninety-eight year old woman with chronic hypoxia on 2 liters.", [("Gertrude Wahl", N), ("ninety-eight", A)], "age-over-89-words")
P("PULM", "chat", "Check-in kiosk shows MRN " + FW("40582716") + " for Cy Whitman, the full-width digits break the lookup.", [(FW("40582716"), MR), ("Cy Whitman", N)], "fullwidth-digits mrn")
P("PULM", "chat", "Lisa at the DME company says the CPAP order for Emmett Pine needs a face-to-face note, her number is 800-555-0173.", [("Lisa", N), ("Emmett Pine", N), ("800-555-0173", PH)], "name-staff name-word phone")
P("PULM", "chat", "Farmer from Marshfield with hypersensitivity pneumonitis, Mr. Janssen, moldy hay again.", [("Marshfield", LO), ("Janssen", N)], "city name-title")
P("PULM", "thread", "Yep, Dr. Olufemi read the CT, she says it's Mr. Grady's old scarring.", [("Olufemi", N), ("Grady", N)], "name-title name-staff name-possessive")
P("PULM", "page", "PULM: ROBERT GREEN desat to 79 in PFT lab, O2 on, RT at bedside", [("ROBERT GREEN", N)], "name-allcaps name-common name-word")
P("PULM", "chat", "Lung transplant eval for Denise Quarles is 09/09 at the university, she needs a ride.", [("Denise Quarles", N), ("09/09", D)], "date-numeric")
P("PULM", "ehr", "PFT | SOKOLOV, ANYA | MRN 91207745 | 14-Feb-1987", [("SOKOLOV, ANYA", N), ("91207745", MR), ("14-Feb-1987", D)], "name-last-first mrn date-dmy-abbrev")
P("PULM", "chat", "Nurse Tamika and RT Juan both watched the inhaler technique, it's bad.", [("Tamika", N), ("Juan", N)], "name-staff name-given-only name-list")
P("PULM", "email", "From the lung support group: 'Please add Frances Dunleavy to the monthly list, fdunleavy@example.net, she's on 3 L.'", [("Frances Dunleavy", N), ("fdunleavy@example.net", EM)], "email")
P("PULM", "lower", "the hoangs want both kids' asthma plans updated before school", [("hoangs", N)], "name-lowercase name-relative name-non-english")
P("PULM", "chat", "Harmony Cho wants to switch her Trikafta to mail order.", [("Harmony Cho", N)], "name-word")
P("PULM", "voicemail", "This is Dale Kjellberg, my wife Marit's oxygen tank ran out, we're at 4418 Old Quarry Rd in Verona, please call 608-555-0159.", [("Dale Kjellberg", N), ("Marit", N), ("4418 Old Quarry Rd", LO), ("Verona", LO), ("608-555-0159", PH)], "name-relative address phone")
P("PULM", "chat", "Dr. Hammersmith-Ryan is covering the sleep-disordered breathing clinic, not Dr. Ng.", [("Hammersmith-Ryan", N), ("Ng", N)], "name-title name-hyphenated name-staff")
P("PULM", "bot", "/ask is pulmonary rehab still worth it for a 95 year old, asking for Mrs. Ilse Brandauer", [("95", A), ("Ilse Brandauer", N)], "age-over-89 name-title")
P("PULM", "bot", "/ask interpret these PFTs for Wendell Tsosie, FEV1 54 percent, DLCO 61 percent", [("Wendell Tsosie", N)], "name-non-english")
P("PULM", "chat", "Miles Carpenter quit smoking after 40 years, ring the bell!", [("Miles Carpenter", N)], "name-word")
P("PULM", "thread", "Gwen Thackeray's daughter called, her mom's in the ED at Cedarview Hospital with a flare.", [("Gwen Thackeray", N), ("Cedarview Hospital", LO)], "name-possessive facility")

# ==== END OF MESSAGES ====

SOURCE_HEAD = r"""
# Independent PHI chat evaluation set v15 (dev / test)

## How it was written
- Purpose: like v12 and v14 this set is meant to read like ordinary hospital team chat with the clinical
  assistant bot, the way the first outside reviewer described real team chat: about half the messages
  are clean; the others carry identifiers in roughly the proportions real chat has: mostly names of
  patients, relatives and staff (about 64% of all spans), then dates, locations, phones, ages over 89
  and MRNs, and only a few of each rarer kind (2-7 spans each, so that every category reaches both
  splits; that is still more than a real fortnight would show for SSN, IP, URL, VEHICLE and BIOMETRIC).
  Unlike v14, and as this set's brief asks, the hard kinds are in, in ordinary proportion (2-6 messages
  each, see the kind table): names whose parts are English words or very common names in any position
  and case; identifiers hidden by Unicode (a zero-width space inside an MRN, a name and two phones; a
  right-to-left isolate around a phone and left-to-right marks around another; full-width digits in a
  kiosk DOB, a phone and a kiosk MRN; Arabic-Indic digits in a phone and a DOB; a Cyrillic "М" in the
  "MRN" label three times) or by spacing (a spaced MRN, an MRN split by a space, an SSN with spaces);
  dd-Mon-yyyy dates and dates said aloud in dictation; ages over 89 in words; e-mails with the domain
  spelled out (three e-mails, two forms: "at ... dot", "(at) ... (dot)"); licence numbers (driver's licences, an NPI);
  photo file names; device serials.
- Settings (new for v15): ten settings that the v12-v14 SOURCE.md files do not list as used by the
  earlier sets: a hospital-at-home acute care programme; a bariatric surgery clinic; a blood donation
  center; a cardiac device (pacemaker / ICD) clinic; a urology clinic; an HIV and infectious diseases
  clinic; a fertility (reproductive endocrinology / IVF) clinic; an opioid treatment programme (methadone
  clinic); an orthopedic fracture and sports medicine clinic; a pulmonology clinic and pulmonary function
  lab. The brief's examples were checked against the three files by reading them and by grepping them
  for the setting words. Kept from the brief: the bariatric surgery clinic and the blood donation center
  ("bariatric" and "donat" occur in none of the files) and hospital at home (no file lists it as used).
  Left out: the cardiac cath lab (v14 reports v9's ICU and cath lab as used), transplant hepatology (v13
  and v14 report transplant coordination in v6 / v8), occupational medicine (v13 reports occupational
  health in v8), the MS infusion clinic (v14 left it out as too close to v13's infusion center and
  rheumatology infusion suite), urgent-care telehealth (v12 reports v8's urgent care), labor and delivery
  triage (v12 reports v8's L&D / postpartum) and pediatric dental sedation (v14's dental and oral surgery
  clinic has a sedation team). Seven settings were added that the files do not mention (the words
  "pacemaker", "urolog" outside "neurolog", "HIV", "infectious", "fertil", "IVF", "methadone", "ortho",
  "pulmon" do not occur in them). Overlap disclosed: hospital at home sits next to v8's home health and
  v10's home infusion, which is why v11 and v14 left it out (here it is acute, hospital-level care at
  home: a command center, slots, twice-daily RN and paramedic visits, monitoring patches, bounce-backs);
  the blood donation center sits next to v9's blood bank as v13 reports it and v13's donor-registry ids
  (here it is the donor side: screening, deferrals, apheresis, mobile drives, lookbacks); the device
  clinic sits next to v9's ICU and cath lab (here it is interrogations, remotes and reps); the fertility
  clinic next to v12's OB/GYN office and v8's L&D; the opioid treatment programme next to v14's inpatient
  psychiatry (CIWA / COWS) and v6's outpatient psychiatry; the fracture clinic next to v13's neurosurgery
  and spine clinic; the pulmonary function lab next to v14's sleep lab. The v5-v11 SOURCE.md files were
  not read (the brief allowed only v12-v14), so "unused" rests on how v12-v14 describe the earlier sets.
- Writers (senders): command-center nurses, paramedics, hospitalists and the pharmacy courier; bariatric
  surgeons, dietitians, the support-group lead and the financial counselor; donor screeners, apheresis
  nurses, the drive crew and the medical director; device nurses, EP fellows and company reps;
  urologists, the stone list and the uro front desk; ID physicians, case managers and the PrEP nurses;
  reproductive endocrinologists, embryologists, andrology and nurse coordinators; dosing nurses,
  counselors and the OTP prescriber; orthopedists, PAs, cast techs and the PT; pulmonologists,
  respiratory therapists and the PFT techs. Patients, relatives, a coach, a school nurse, a probation
  agent, pharmacies, assisted livings, a church and outside offices appear through voicemails, e-mails
  and pasted records.
- Media: typed chat lines (the largest medium), thread replies, lowercase quick typing, pages (short
  pager or secure-text pages, at most 240 characters), pasted EHR lines (ADT, kiosk sign-in, referral,
  OR schedule, device, deferral, path, intake and DME lines), forwarded e-mails, voicemail transcripts
  (two phone numbers spoken digit by digit), /ask commands to the bot (12 clean, 10 with a pasted name,
  as users do) and speech-to-text dictation (spoken dates and ages). The setting and medium of each
  message are kept in build.py only (tables below); the medium is also a kind tag for the media other
  than typed chat and thread replies (added by the M helper, as v14's records carry it).
- Clean messages say what clinical chat says: drugs and brands (Biktarvy, Cabenuva, Gonal-f, Menopur,
  Sublocade, Brixadi, Trelegy, Trikafta, Flomax, Myrbetriq, Lovenox, Zosyn, Saxenda, Contrave ...,
  including brands that are given names or words: Celebrate, Micra, Abbott, Intercept, Alyx, Trima,
  Mobic), eponyms and eponymous signs, tests and scores (Homans, Kussmaul, Trendelenburg, Carnett,
  Roux-en-Y, Petersen, Sigstad, Kell, Duffy, Tinel, Wenckebach, Mobitz, Ashman, Holter, Bachmann,
  Purkinje, Foley, Peyronie, Bosniak, Whitaker, Councill, Kaposi, Jarisch-Herxheimer, Castleman, Koch,
  Kruger, Müllerian, Graafian, Gardner, Kallmann, Klinefelter, Sertoli, Bazett, Fridericia, Jones, Smith,
  Lachman, McMurray, Garden, Maisonneuve, Lisfranc, Monteggia, Galeazzi, Hill-Sachs, Bankart, Segond,
  Finkelstein, Phalen, Bennett, Rolando, Neer, Hawkins, Kerley, Light, Fleischner, Hoover, Borg, Löfgren,
  Churg-Strauss, Kartagener, Curschmann, Charcot-Leyden ...), place-named rules, phenotypes and diseases
  (Geneva, Edmonton, Bombay, Rotterdam, Bologna, Duke, Thessaly, Rocky Mountain, Marburg, Coxsackie),
  holidays (Presidents Day, Juneteenth, Mother's Day, Super Bowl Sunday, Christmas, Rosh Hashanah,
  Indigenous Peoples' Day, World AIDS Day, Diwali, Good Friday, Easter Sunday, St. Patrick's Day,
  Independence Day), temperatures, pain and score fractions (6/10, 3/10, 8/10, 7/10), clock times, rooms,
  beds, bays, chairs, slots and booths, doses and lab values, ages under 90 and acronyms (MBSAQIP, AABB,
  FDA, SAMHSA, DEA, ASAM, GOLD, CURB-65, BODE, COWS). They hold no person's name, no date more specific
  than a year and no number of an identifier's shape. Three bait terms share a word with a NAME of this
  set on purpose (the Whitaker test and Chase Whitaker; Rocky Mountain spotted fever and Rocky Palumbo;
  the Ryan White programme and Dr. Hammersmith-Ryan), and several eponyms are common surnames (Jones,
  Smith, Bennett, Hawkins, Garden, Gardner, Light, Hoover, Duffy, Kell, Foley, Koch).
- Names come in the forms chat shows: full names, surname after Mr. / Mrs. / Ms. / Dr. / Dr without the
  period / Nurse / Pastor / Brother / Coach / Agent and "Mister" / "Missus" / "Doctor" in dictation,
  given name only, "LAST, FIRST M" and "LAST, FIRST" in pasted EHR lines and pages, ALL CAPS, all
  lowercase in quick typing (also after "mrs" and "dr"), possessives, hyphenated surnames and given
  names, lists, nicknames (Tito next to Teodoro, Mikey next to Mike Trombley, 'Juice' inside a legal
  name, Big Mike, hank, Dee), families called by the surname (the Brandts, the Okafors, the Ashworths,
  the Morrows, the Hendersons and Andersons, the garcias, the mclaughlins, the hoangs), a login user name,
  a suffix inside the span (Dale Lindahl Jr.), near-twins (Rajesh and Rakesh Patel; two Jennifer Lees),
  the same name pasted once with a zero-width space inside, and one name in Arabic script next to its
  Latin spelling. Many given names and surnames are also English words or very common (Crystal, Amber,
  Dawn, Reed, Hazel, Bird, Cliff, Stone, Carol, April, Wade, Brandy, Cook, Waters, Sun, Rivers, Chase,
  Jordan, Holly, Patience, Journey, Blessing, Harmony, Ember, Ivy, Olive, Lark, Bonnie, Dusty, Fields,
  Love, Art, Rich, Strand, Sparks, Goodnight, Pine, Miles, Carpenter, Green, Savannah, Georgia, Mason,
  Angel, Long; Smith-like common names: Patel, Garcia, Lee, Nguyen, Hernandez, Morales, Lopez ...), and
  names come from many cultures: Igbo, Yoruba, Kenyan, Somali, Akan (Osei, Obeng), Arabic, Persian,
  Indian (Tamil, Bengali, Gujarati), Vietnamese, Hmong, Chinese, Korean, Japanese, Navajo, Lakota,
  Muscogee, Cherokee and Menominee-area names, Mexican, Puerto Rican and other Spanish, Italian, French,
  German, Polish, Ukrainian, Russian, Norwegian, Swedish, Icelandic, Finnish, Dutch, Irish and Jewish
  names.
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the benchmark scripts or any message of
  the earlier sets (one slip: one v14 message line was displayed, see below): nothing under bot/ or
  tests/ and no bench/*.py was opened, no *.jsonl file of any set was opened (this set's own dev.jsonl and
  test.jsonl included), the detector and the project's code were not run, and no git command was run.
  Only helpers place the spans (offsets by str.find); the only computed text is the FW / AR helpers
  turning a hand-written number into full-width or Arabic-Indic digits. No message text was generated
  from a template or a loop.
- What was read: bench/data/phi_chat_v12/SOURCE.md, bench/data/phi_chat_v13/SOURCE.md,
  bench/data/phi_chat_v14/SOURCE.md (in full; the quoted example strings of the three files were also
  listed with the regex of `check_no_reuse`, to avoid them while writing), and of
  bench/data/phi_chat_v14/build.py: a grep listing of its `def`, constant and section-comment lines (the
  section comments name v14's settings, as its SOURCE.md does), its lines 1-622 (docstring, constants,
  helpers, checks, split, output, main(); no message), lines 1118-1124 (meant to show only the end-of-
  messages marker and the start of SOURCE_HEAD; line 1118 is v14's last message, see the slips) and
  lines 1340-1357 (the end of SOURCE_HEAD and the main guard).
- The helper, check, split and output code is v14's (its lines 36-622 copied and adapted), with a new
  seed (20320607), the v15 settings and these changes: (1) `check_no_reuse` and `bait_overlap` read the
  v12-v14 SOURCE.md files (v14's read v11-v13); (2) Unicode helpers back (FW, AR and the zero-width, bidi
  and Cyrillic constants), and `check_required` now also requires 15 more kind tags (zero-width, bidi
  mark, full-width digits, Arabic-Indic digits, Cyrillic label, spaced digits, dd-Mon-yyyy date, spoken
  date, age over 89 in words, spelled-out e-mail, licence, photo file name, device serial, temperature,
  ALL CAPS name) on at least 2 messages each, checks that each Unicode / spacing tag is on a message if
  and only if the message really carries that trick (a zero-width character inside a span, a bidi mark in
  the message, full-width or Arabic-Indic digits inside a span, a Cyrillic letter outside the spans,
  single spaced digits, a non-breaking space or a space-split id inside a span), that the format tags
  have the matching span (a dd-Mon-yyyy DATE, a DATE or AGE without digits, an EMAIL with "at" and "dot"
  written out, a LICENSE, PHOTO, DEVICE, EMAIL, FAX, SSN, HEALTH_PLAN, ACCOUNT, VEHICLE, URL, IP,
  BIOMETRIC, ID, DOB or LOCATION span for their tags, an ALL CAPS NAME), and that each Unicode / spacing
  kind stays on at most 6 messages (ordinary proportion); (3) clean messages also may not contain an
  invisible or bidi character, full-width or Arabic-Indic digits, a Cyrillic letter, " AT ", " DOT ",
  " dot com / org / net", or an age over 89 written "ninety-x years old"; (4) `check_brief_examples`
  holds the two example strings quoted in this set's brief ("14-Jan-2025" and the e-mail pattern) and two
  strings of the v14 message line seen by mistake; (5) the medium tag is added to the kind tags by M (at
  most 4 tags in all). Everything else is as in v14: at least 450 messages, clean share 45-55%, every
  category at least 2 spans and in both splits, at most 8 spans for each rare category, NAME at least 55%
  of all spans, NAME / DATE / LOCATION / PHONE each at least as frequent as any other category, AGE and
  MRN at least 10, every setting at least 20 clean and 20 identifier messages and both in both splits,
  every medium at least 8 messages and in both splits, test within 2 points of a third, at least 150
  bait terms of which 50 eponyms, each in 1-4 clean messages, at least half new to the v12-v14
  inventories; slices equal the written substrings (on the built records and on the files read back),
  no overlaps, known categories, `clean` iff no spans, no duplicate texts, no span edge on a space or an
  invisible character, no span glued to a letter or digit (an AGE may be followed by a letter, "94F"),
  1-4 kind tags, unique 28-character openings, forbidden strings and shapes in clean messages (`@`,
  `http`, `www.`, `example.`, `555`, `MRN` and its Cyrillic form, `DOB`, `SSN`, titles, photo and audio
  extensions, m/d/y, ISO, dotted and dd-Mon-yyyy dates, "Mar 3"- and "3rd of March"-style dates, SSN and
  phone shapes, ten digits in a row, runs of spaced digits), PHONE / FAX with 555 (spoken digits and
  full-width or Arabic-Indic digits too), EMAIL / URL with "example", documentation IPs, SSNs starting
  with 9, no capitalised word of a NAME span in a clean message unless inside a registered bait term,
  every kind tag used twice or more in both splits, /ask commands, lowercase lines and page length.
- All identifiers are invented: 555 phone and fax numbers (two spoken digit by digit, one full-width,
  one Arabic-Indic, two with a zero-width space inside), example.org / example.com / example.net
  e-mails and URLs, documentation IPs (192.0.2.0/24, 203.0.113.0/24; 198.51.100.0/24 was dropped because
  its "100" is a quoted example string in v14's SOURCE.md), SSNs starting 912 / 913 / 921 and a visible
  last four, made-up MRNs, a Medicare Advantage id, a commercial member id, a Medicaid id and a fertility
  benefit id, accounts, two driver's licences and an NPI, two plates, device serials (home monitoring
  hub, pacemaker, loop recorder, sacral neuromodulator, bone stimulator, oxygen concentrator), a donation
  unit number, a donor deferral id, a cryo storage id, a sperm bank donor number, a drug court case, a
  workers' comp claim and a study enrollment id, a fingerprint template and an iris template. Towns and
  cities are real and used at random (mostly Wisconsin; also Aspen, San Juan, Gallup); a few real street
  names (Locust St, W Vliet St, Brady St) are used as invented whereabouts with invented house numbers;
  facility, pharmacy, school and church names (Sunrise Ridge Assisted Living, Brookfield Family
  Medicine, Sherwood Pharmacy, Northgate pharmacy, Lakeview Manor, Rolling Meadows, Cedarview Hospital,
  Westbrook High School, Juniper Ridge Middle School, New Hope Baptist, St. Casimir's, St.
  Bartholomew's) are invented or generic and may exist somewhere by chance. No real patients; any
  resemblance to a real person or record is accidental.
- Split: fixed seed 20320607, 2:1 dev / test, stratified exactly as v14 does (clean / not clean,
  setting, setting x clean, kind tags and span categories; shuffled with the seed, ordered by the rarity
  of the rarest feature, each message to the split whose 1/3 : 2/3 quota is least filled). Running
  `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file and prints the stats.
- Record format (same as v3-v14): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets (a zero-width or bidi character, a full-width
  or Arabic-Indic digit is one code point).

## Annotation conventions
The conventions of v14 (bench/data/phi_chat_v14/SOURCE.md, which restates v13's and, through them, v12's
back to v5's) apply unchanged: NAME for any person (patient, relative, clinician, staff, rep, coach,
probation agent, pastor, religious brother, caller), titles outside (Mr., Mrs., Ms., Dr. with or without
the period, "Mister", "Missus" and "Doctor" in dictation, Nurse, Pastor, Brother, Coach, Agent,
Paramedic, lowercase "mrs" and "dr"), kinship words and possessive 's outside; eponyms, brands,
programmes and scales never names; "LAST, FIRST M" one span; DATE for any date element more specific
than a year; AGE only over 89, number expression only; LOCATION for street addresses, streets, cities,
counties, ZIP codes and named places tied to a patient; e-mails, URLs and photo file names one span
each; rooms, beds, bays, chairs, slots, booths, windows and extensions are not annotated. Category names
(exactly v14's): NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE,
DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v15 (each follows from the earlier files):
- Unicode and spacing (v13's rules): an identifier with a zero-width character, bidi marks, spaces,
  full-width or Arabic-Indic digits inside is one span as typed; bidi isolates and marks around it stay
  outside; the Cyrillic "М" of a "МRN" label is outside and the digits are the MRN span; a name pasted
  with a zero-width space inside is a NAME span as pasted, and the clean spelling next to it is another;
  a name in Arabic script is a NAME span of its own next to its Latin spelling.
- A spelled-out e-mail ("x at example dot org", "x (at) example (dot) net") is one EMAIL span.
- Nicknames: a nickname inside a legal name ("Jaylen 'Juice' Whitmore") gives three NAME spans, quotes
  outside; a nickname next to the legal name (Tito, Mikey) and a nickname with its word ("Big Mike") are
  their own spans; a suffix is inside the span (Dale Lindahl Jr.).
- Places: the pharmacy, assisted living, nursing home, referring office, school, church, hospital and
  sober house of a patient are LOCATION, and so are the town a blood drive was held in when a donor
  reports illness after it (Oak Creek), the city of a partner's workplace (Pleasant Prairie), the city of
  a jail (Green Bay) and a county of residence (Menominee Co); a church where a drive is held, named by
  its coordinator, is not tied to a patient and is not annotated; "the VA", "the university", "the DME
  company", "his employer's HR" and "county probation" are not annotated.
- Numbers: a donation unit number, a donor deferral id, a cryo storage id, a sperm bank donor number, a
  drug court case, a workers' comp claim and a study enrollment id are ID; an NPI and driver's licences
  are LICENSE; a fertility benefit member id is HEALTH_PLAN; the serials of a home monitoring hub, a
  pacemaker, a loop recorder, a sacral neuromodulator, a bone stimulator and an oxygen concentrator are
  DEVICE, while model names (Azure XT DR, Inogen G5, InterStim) are not; fingerprint and iris templates
  are BIOMETRIC; a donor's truck blocking the bloodmobile and a patient's plate on a placard form are
  VEHICLE; an SSN typed with spaces is one SSN span, and a visible last four next to it is another.
- The Ryan White programme (named after a public figure) is not a NAME, in a clean message and in the one
  identifier message that mentions it (v12's Lou Gehrig rule).
- DATE: "the 12th" and "the 27th" give the ordinal (article outside); "LMP 2/9", "02/14", "06/02" are
  DATE; a year alone ("in 2021", "implanted 2019") is not; spoken dates ("March ninth nineteen
  eighty-four", "the seventh of October nineteen seventy-two", "the fourth of May nineteen ninety") are
  whole spans, article included when it is said.
- AGE: "97", "93", "91", "94", "92", "90", "95" and "94" in "94F", "ninety-six", "ninety-eight" and "a
  hundred and four" (article inside) are AGE; "thirty-nine", "34", "88 year old", "84", "fever 38.9",
  "HR 118" and "200th donation" are not.

## Slips and limits disclosed
- One slip while reading v14's build.py: the range 1118-1124 was meant to show the end-of-messages
  marker, but its first line is v14's last message line (a dental-clinic message with a child's name
  and age). Nothing of it was used; its surname and one phrase were added to `check_brief_examples`
  so that no v15 message can contain them, and no other message line of any earlier set was seen.
- A `wc -c phi_chat_v1*/SOURCE.md` command, run to size the allowed files, globbed the v10 and v11
  SOURCE.md files as well and printed their byte counts; their contents were not displayed or read.
  Listing bench/data/phi_chat_v12, v13 and v14 showed the names of their build.py, dev.jsonl and
  test.jsonl files; none of the .jsonl files was opened. No git command was run (the brief forbade it).
- The copied check code was first written to a scratch file inside this folder (build_checks.part),
  joined into build.py right away and deleted; no file was written outside this folder, and build.py
  was run with bytecode writing off. The full build was run in place several times, which rewrote
  dev.jsonl, test.jsonl and this file; the .jsonl files were never opened.
- The first full run failed `check_no_reuse` on two strings quoted in the v12-v14 SOURCE.md files:
  "the cabin" (inside "the cabinet") and "100" (inside a 198.51.100.x documentation IP); they became
  "the med cabinet" and a 192.0.2.x address. The second run failed `check_required` on the place-named
  disease tag (one message); two clean messages (Marburg, Coxsackie) were added, one by one like the
  rest. Before the first run the patient's pharmacy in a BARI e-mail was annotated as LOCATION; after the
  first passing run the same was done for the pharmacy in an HIV voicemail, and three identifier
  messages with ages over 89 were added (a census line, a thread reply, an /ask command) so that AGE
  would not sit at the minimum of 10. While writing, strings known from the files as quoted examples
  were avoided ("ninety-six" and "ninety-eight" rather than spaced forms, "a hundred and four", no
  "the 5th"-like ordinals, no "January 1x" dates, no "day 21" in the IVF clinic, no clock time with "100").
  The capitalised NAME tokens shared with the v12-v14 files are listed after the counts; they are
  common names and word-names (April, Dale, Frank, Jordan, Long, Maria, Rocky ...); no full name and no
  quoted example string is shared (checked).
- Some people recur on purpose: Walter Brandt (voicemail, the Brandts, Mr. Brandt's authorization),
  Margarethe Voss (e-mail and wound photo), Dr. Venkatesh (page, voicemail, OR line), Dr. Feingold (stone
  list and path line), Jessamyn Ortega (given name and full name in one e-mail), the Sveinssons and the
  Pryor paste; annotations are the same each time. Other names recur by chance for different people
  (Luis, Naomi, Ruth, Raymond, Dale, Kowalski).
- Realism limits: the rarer categories and the Unicode tricks still appear more often than in a real
  fortnight; every e-mail, voicemail and EHR line carries identifiers, while 12 of the 22 /ask commands
  and 20 of the 30 pages are clean; there is one non-Latin-script name (Arabic); the lowercase medium
  carries more names than real quick typing might.
- Real people and things in clean messages: eponyms name real historical people; Ryan White, Guyton and
  Koch are real people cited for their work; MBSAQIP, AABB, FDA, SAMHSA, DEA, ASAM and GOLD are real
  organisations or programmes; the brands and device makers are real. Progyny (a fertility benefit
  manager) and Medtronic are named in two identifier messages.
"""

if __name__ == "__main__":
    main()
