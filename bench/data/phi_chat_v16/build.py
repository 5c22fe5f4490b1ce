#!/usr/bin/env python3
"""Build the independent PHI evaluation set v16 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of ten care settings of a mid-sized US hospital
that the v13-v15 SOURCE.md files do not list as used by the earlier sets: a cardiac surgery ICU; a trauma
surgery service; a neonatal transport team; an ambulatory surgery center; lactation services; the hospital
pharmacy IV room; a dermatology and Mohs surgery clinic; a vascular surgery clinic; an adult diabetes and
endocrinology clinic; a pharmacist-run anticoagulation clinic.

Like v15 this set is meant to read like a month of ordinary hospital team chat: about half the messages
are clean (drugs and brands, eponyms and eponymous signs, scores, instruments and equations, place-named
rules and diseases, holidays, temperatures, pain and score fractions, clock times, rooms and beds, doses,
ages under 90, acronyms, companies and device makers, plain chat) and the others carry identifiers in
realistic proportions (mostly names of patients, relatives and staff, then dates, locations, phones, ages
over 89 and MRNs, and a few of each rarer kind, at least two spans each so that every category reaches
both splits).  Hidden and odd formats are in, in ordinary proportion only: a few Unicode or spacing
tricks, a few dates said aloud or written dd-Mon-yyyy, ages over 89 in words.

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v13's,
v14's and v15's SOURCE.md and the helper / check / split / output code of v15's build.py (its lines
1-699 and 1202-1206, 1440-1465; no message line) were read; that structure is reused here with a new
seed and v16 settings.  All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone
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
SEED = 20330917
MSGS = []
SETTINGS = collections.OrderedDict([
    ("CSICU", "cardiac surgery ICU"),
    ("TRAUMA", "trauma surgery service"),
    ("NTRANS", "neonatal transport team"),
    ("ASC", "ambulatory surgery center"),
    ("LACT", "lactation services"),
    ("IVRM", "hospital pharmacy IV room (sterile compounding)"),
    ("DERM", "dermatology and Mohs surgery clinic"),
    ("VASC", "vascular surgery clinic"),
    ("DIAB", "adult diabetes and endocrinology clinic"),
    ("ANTICOAG", "pharmacist-run anticoagulation clinic"),
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
# Checks, split and output (v15's code, adapted; see SOURCE.md)
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
MIN_NEW_TERM_SHARE = 0.50        # at least half the bait terms new to the v13-v15 inventories
MIN_PER_SETTING = {True: 20, False: 20}   # clean / with identifiers
MIN_PER_MEDIUM = 8
MIN_AGE_MRN = 10
MAX_PAGE_CHARS = 240             # v14: a page fits a pager screen
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v13", "phi_chat_v14", "phi_chat_v15"]   # v16: the only SOURCE.md files the brief allowed
# v16: the strings quoted in this set's brief (the pasted-name pattern and the placeholder of the last section)
BRIEF_EXAMPLES = ["LAST, FIRST M", "to be filled by the project lead"]
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
    """v10's check, run against v13-v15: no example string quoted in straight double quotes (any quoted
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
        lines += ["", f"Bait terms also written somewhere in the v13-v15 SOURCE.md files (checked by build.py; "
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
    shared_line = ["", f"Capitalised NAME tokens of this set that also occur somewhere in the v13-v15 SOURCE.md files "
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
# ---------------------------------------------------------------- cardiac surgery ICU
C("CSICU", "chat", "Post-op CABG in bed 6 is on 0.04 of vasopressin and 3 of Levophed, MAP 68, chest tubes put out 180 in the last hour.",
  "dose-lab room-bed-number drug-brand-name", br="Levophed")
C("CSICU", "chat", "Reminder that the Swan-Ganz in 4 needs a wedge and a CO/CI by thermodilution before rounds at 0700.",
  "eponym-bare clock-time room-bed-number", ep="Swan-Ganz")
C("CSICU", "thread", "Fick and thermodilution outputs don't agree, 3.1 vs 4.4; I'd trust the thermo less with that much tricuspid regurg.",
  "eponym-bare dose-lab", ep="Fick")
C("CSICU", "lower", "anyone know if the impella in 9 is on p6 or p7 overnight", "room-bed-number ordinary-chat")
C("CSICU", "page", "CSICU BED 3 K 3.2 MG 1.6 POST VALVE. REPLACING PER PROTOCOL, FYI", "dose-lab acronym room-bed-number")
C("CSICU", "dictation", "Sternal wound is clean and dry, no clicking, Hamman's crunch is not heard, pacing wires remain in place and are capped.",
  "eponym-bare", ep="Hamman")
C("CSICU", "chat", "Beck's triad is a textbook thing; post-cardiotomy tamponade is usually just rising CVP, falling output and a drain that goes quiet.",
  "eponym-bare teaching", ep="Beck")
C("CSICU", "bot", "/ask what goes into the STS risk score and does it include frailty for isolated CABG?", "acronym score", org="STS")
C("CSICU", "chat", "Heparin drip for the mechanical mitral is at 12 units/kg/h, anti-Xa goal 0.3 to 0.5, next level at 1400.",
  "dose-lab clock-time")
C("CSICU", "thread", "Echo called it SAM of the anterior leaflet after the repair, so no inotropes, more volume and esmolol.", "acronym")
C("CSICU", "chat", "Temp 38.6 on post-op day 2 isn't alarming yet, but pan-culture if it holds through the afternoon.", "temperature")
C("CSICU", "dictation", "Patient is an 84-year-old man, status post aortic valve replacement with a 23 millimeter Edwards Inspiris valve, extubated on arrival.",
  "age-under-90 device-brand", br="Edwards|Inspiris")
C("CSICU", "chat", "Christmas Eve staffing for the unit is still two RNs short, please look at the grid before Friday.",
  "holiday ordinary-chat", hol="Christmas Eve")
C("CSICU", "lower", "pain 7/10 at the sternotomy, gave 0.5 of dilaudid, rechecking at 1530", "score-fraction clock-time dose-lab")
C("CSICU", "chat", "The Berlin definition doesn't really fit post-bypass lungs, but a P/F of 140 is a problem either way.",
  "place-rule dose-lab", pl="Berlin")
C("CSICU", "page", "PLEASE CALL CSICU RM 11 RE ACT 212 AFTER PROTAMINE", "room-bed-number dose-lab")
C("CSICU", "chat", "Medtronic rep is coming Thursday to in-service the new Bio-Console for the ECMO circuit.",
  "device-brand weekday", br="Medtronic|Bio-Console")
C("CSICU", "thread", "Friedreich's sign on the CVP trace is a good clue for constriction, the steep y descent.",
  "eponym-bare teaching", ep="Friedreich")
C("CSICU", "chat", "Dressler syndrome vs plain post-pericardiotomy pericarditis: does anyone here treat with colchicine for three months?",
  "eponym-bare", ep="Dressler")
C("CSICU", "bot", "/ask target glucose range after cardiac surgery per the Portland protocol", "place-rule", pl="Portland")
C("CSICU", "chat", "The Cell Saver returned 650 mL and the blood bank has 2 units crossmatched.",
  "device-brand dose-lab", br="Cell Saver")
C("CSICU", "dictation", "Chest x-ray shows a small left effusion and no pneumothorax, the Blake drains are in good position.",
  "device-brand", br="Blake")
C("CSICU", "chat", "Happy Memorial Day to the night crew, there's pizza in the break room.", "holiday ordinary-chat", hol="Memorial Day")

P("CSICU", "chat", "Mr. Haddad in bed 6 finally tolerated the SBT, extubated at 1120, wife Rania at bedside, her cell " + AR("319-555-0124") + ".",
  [("Haddad", N), ("Rania", N), (AR("319-555-0124"), PH)], "name-title name-relative arabic-indic-digits name-non-english")
P("CSICU", "ehr", "ADM CSICU 07 | WHITLOCK, GORDON R | \u041cRN 40718263 | DOB 03/22/1939 | POST-OP CABG x4 | ATTD: PRZYBYLSKI",
  [("WHITLOCK, GORDON R", N), ("40718263", MR), ("03/22/1939", D), ("PRZYBYLSKI", N)], "name-last-first mrn homoglyph-label")
P("CSICU", "page", "CSICU BED 2 MRS PEPPER FAMILY HERE, WANTS UPDATE FROM DR ABERNETHY",
  [("PEPPER", N), ("ABERNETHY", N)], "name-word name-allcaps name-staff")
P("CSICU", "voicemail", "Hi this is Corinne, Walt Ingebretsen's daughter, I'm calling to see how my dad did in surgery today, you can reach me at six one two, five five five, zero one four eight, thank you.",
  [("Corinne", N), ("Walt Ingebretsen", N), ("six one two, five five five, zero one four eight", PH)], "name-relative phone name-possessive")
P("CSICU", "chat", "Nana Yaa Boateng, 91, POD 1 MVR, still on milrinone 0.25, family asking about Sunday visiting.",
  [("Nana Yaa Boateng", N), ("91", A)], "age-over-89 name-non-english dose-lab")
P("CSICU", "thread", "Agree with Grace, pull the left chest tube this afternoon and keep the right till tomorrow.",
  [("Grace", N)], "name-word name-staff name-given-only")
P("CSICU", "dictation", "Mister Bartholomew Quigley is a ninety-one year old man two days out from a redo sternotomy and mitral valve re-replacement, doing well.",
  [("Bartholomew Quigley", N), ("ninety-one", A)], "age-over-89-words name-title")
P("CSICU", "lower", "is hollis still on the vent or did anesthesia pull the tube", [("hollis", N)], "name-lowercase name-given-only")
P("CSICU", "chat", "LVAD pt Darnell Fitch, HeartMate 3 controller serial MLP-338172, alarm log sent to the VAD coordinator.",
  [("Darnell Fitch", N), ("MLP-338172", DV)], "device-serial device-brand")
P("CSICU", "email", "From: Rebecca Stoltzfus <rstoltzfus@example.org>\nSubject: my father Amos\nCould someone call me with an update on Amos Stoltzfus after his bypass? My cell is 717-555-0162.",
  [("Rebecca Stoltzfus", N), ("rstoltzfus@example.org", EM), ("Amos", N), ("Amos Stoltzfus", N), ("717-555-0162", PH)],
  "name-relative email phone")
P("CSICU", "chat", "Dr. Oyelaran wants the Haddad family to know the pacing wires come out Friday.",
  [("Oyelaran", N), ("Haddad", N)], "name-title name-staff weekday")
P("CSICU", "chat", "Bed 9 is Mrs. Rose Delacroix-M\u00e9nard, not Rose Delacroix, two different charts, please double check the armband.",
  [("Rose Delacroix-M\u00e9nard", N), ("Rose Delacroix", N)], "name-word name-hyphenated name-title room-bed-number")
P("CSICU", "ehr", "BLOOD BANK | PATEL, RAJIV S | MRN 5284\u200b0316 | TYPE & CROSS 4U PRBC | READY 1615",
  [("PATEL, RAJIV S", N), ("5284\u200b0316", MR)], "name-last-first mrn zero-width")
P("CSICU", "page", "Please call Tamsin in CSICU re Mr Nakagawa's K, x4471", [("Tamsin", N), ("Nakagawa", N)],
  "name-staff name-possessive name-non-english")
P("CSICU", "chat", "Hunter is taking Mrs. Lindqvist to CT at 1300, someone cover bed 4 please.",
  [("Hunter", N), ("Lindqvist", N)], "name-word name-staff name-title clock-time")
P("CSICU", "thread", "The Okonjos asked for the chaplain again, Father Ignatius Mbeki is on call tonight.",
  [("Okonjos", N), ("Ignatius Mbeki", N)], "name-relative name-non-english name-title")
P("CSICU", "dictation", "Patient Wendell Oakes, date of surgery the fourteenth of March, date of birth July second nineteen forty, no known drug allergies.",
  [("Wendell Oakes", N), ("the fourteenth of March", D), ("July second nineteen forty", D)], "date-spoken dob")
P("CSICU", "chat", "Maggie's husband Len called twice about visiting hours, he's at 319-555-0127.",
  [("Maggie", N), ("Len", N), ("319-555-0127", PH)], "name-possessive name-relative phone name-given-only")
P("CSICU", "bot", "/ask summarize overnight events for Gloria Winterbottom POD 3 AVR", [("Gloria Winterbottom", N)], "acronym")
P("CSICU", "chat", "Tx to 4 South tomorrow if he stays in sinus: Earl Whitcombe, 90, CABG x3.",
  [("Earl Whitcombe", N), ("90", A)], "age-over-89")
P("CSICU", "lower", "tell bruce the perfusionist his cooler is still in or 3", [("bruce", N)], "name-lowercase name-staff")
P("CSICU", "chat", "ECMO circuit for Kaveh Farahani needs the oxygenator changed, the Getinge rep Pete Gallardo says the lot is fine.",
  [("Kaveh Farahani", N), ("Pete Gallardo", N)], "name-non-english name-staff device-brand")
P("CSICU", "ehr", "TRANSFER | TIBBETTS, JUNE A | MRN 61472035 | TO: Linn Manor Care Center, Marion IA | 1430",
  [("TIBBETTS, JUNE A", N), ("61472035", MR), ("Linn Manor Care Center", LO), ("Marion", LO)], "name-last-first mrn facility")
P("CSICU", "chat", "David Miller's wife wants the surgeon to call her after 5, she's stuck at work until then.",
  [("David Miller", N)], "name-common name-possessive name-relative")
# ---------------------------------------------------------------- trauma surgery service
C("TRAUMA", "chat", "Level 1 activation, ETA 8 minutes, MVC rollover, GCS 9 in the field.", "acronym")
C("TRAUMA", "page", "TRAUMA 2 ACTIVATION BAY 1, GSW LEFT THIGH, ETA 6 MIN", "room-bed-number acronym")
C("TRAUMA", "thread", "FAST was negative but with that seatbelt sign I'd still get a CT of the belly.", "acronym")
C("TRAUMA", "dictation", "Secondary survey reveals a positive Battle sign on the right and raccoon eyes, pupils equal and reactive.",
  "eponym-bare", ep="Battle")
C("TRAUMA", "chat", "Cushing's triad came on fast, neurosurgery is on the way down.", "eponym-bare", ep="Cushing")
C("TRAUMA", "chat", "Grey Turner and Cullen signs both absent, lipase pending, CT read still out.", "eponym-bare", ep="Grey Turner|Cullen")
C("TRAUMA", "bot", "/ask Canadian C-spine rule vs NEXUS for a 67-year-old after a ground-level fall",
  "place-rule age-under-90 score", pl="Canadian", sc="NEXUS")
C("TRAUMA", "chat", "TXA given at 0412, second gram running over 8 hours.", "clock-time dose-lab")
C("TRAUMA", "lower", "massive transfusion protocol activated bay 2, blood bank sending cooler 1", "room-bed-number")
C("TRAUMA", "chat", "Rib fractures 4 through 8 on the left with a flail segment; set up for SSRF with the Synthes MatrixRIB kit, OR at 1500.",
  "device-brand clock-time", br="Synthes|MatrixRIB")
C("TRAUMA", "chat", "Pain 9/10 with deep breaths, erector spinae catheter going in this afternoon.", "score-fraction")
C("TRAUMA", "dictation", "Glasgow Coma Scale fifteen, Denver criteria negative for blunt cerebrovascular injury screening.",
  "place-rule score", pl="Glasgow|Denver")
C("TRAUMA", "chat", "Halloween weekend volumes are always bad, add a second resident to the trauma bay schedule.",
  "holiday ordinary-chat", hol="Halloween")
C("TRAUMA", "thread", "Kehr's sign plus the left upper quadrant tenderness makes me worried about the spleen.", "eponym-bare", ep="Kehr")
C("TRAUMA", "chat", "Core temp 34.8 after the lake rescue, Bair Hugger on and warm fluids going.",
  "temperature device-brand", br="Bair Hugger")
C("TRAUMA", "page", "SICU BED 14: SBP 82, HGB 6.9, ON THE WAY TO IR FOR EMBO", "room-bed-number dose-lab")
C("TRAUMA", "chat", "Tertiary survey done on everyone in 5 West except the two who went to the OR.", "room-bed-number ordinary-chat")
C("TRAUMA", "bot", "/ask Parkland formula for a 70 kg adult with 30% TBSA", "place-rule dose-lab", pl="Parkland")
C("TRAUMA", "chat", "Le Fort II on the facial CT, OMFS will see him once he's out of the bay.", "eponym-bare", ep="Le Fort")
C("TRAUMA", "lower", "who has the keys for the rapid infuser closet, the belmont is locked up", "ordinary-chat")
C("TRAUMA", "chat", "Thompson test on the right calf was positive, ortho consulted for the Achilles.",
  "eponym-bare", ep="Thompson|Achilles")
C("TRAUMA", "dictation", "Abdomen is soft, no Rovsing sign, no McBurney point tenderness, FAST examination negative.",
  "eponym-bare", ep="Rovsing|McBurney")
C("TRAUMA", "chat", "New Year's Day fireworks injuries always pile up after midnight, hand surgery is on backup.",
  "holiday ordinary-chat", hol="New Year's Day")

P("TRAUMA", "chat", "Unknown male from the rollover is now identified as Tremaine Batiste, sister Kiara on her way.",
  [("Tremaine Batiste", N), ("Kiara", N)], "name-relative name-given-only")
P("TRAUMA", "ehr", "ALIAS MERGE COMPLETE | HALVORSEN, ERIK J | MRN 73301842 | DOB 11-Oct-1958 | ARR 0247",
  [("HALVORSEN, ERIK J", N), ("73301842", MR), ("11-Oct-1958", D)], "name-last-first mrn date-dmy-abbrev")
P("TRAUMA", "page", "BAY 2 PT IS BRODY SWANSON 23M, MOM ON HER WAY, CALL 563-555-0193",
  [("BRODY SWANSON", N), ("563-555-0193", PH)], "name-allcaps phone name-relative")
P("TRAUMA", "voicemail", "This is Officer Dana Kwiatkowski with Linn County, calling about the pedestrian from last night, Luis Ochoa, case number 33-41877, call me back at three one nine five five five zero one three six.",
  [("Dana Kwiatkowski", N), ("Luis Ochoa", N), ("33-41877", ID_), ("three one nine five five five zero one three six", PH)],
  "name-title other-id phone")
P("TRAUMA", "chat", "Dr. Banerjee-Holt is running the bay tonight, Dr. Kim has the floor.",
  [("Banerjee-Holt", N), ("Kim", N)], "name-hyphenated name-title name-staff name-common")
P("TRAUMA", "lower", "did anyone call marisol's husband yet, he's the one at the farm outside anamosa",
  [("marisol", N), ("anamosa", LO)], "name-lowercase name-possessive city")
P("TRAUMA", "chat", "Wallet in the belongings bag: Iowa driver's license 418KT2296 for a Colton Reese, matches the face.",
  [("418KT2296", LI), ("Colton Reese", N)], "license")
P("TRAUMA", "thread", "Plate was IA KLM 482 on the tow report, the other driver is in bay 3.", [("IA KLM 482", VE)],
  "vehicle room-bed-number")
P("TRAUMA", "dictation", "Patient is Cordelia Mae Fontenot, date of birth the ninth of November nineteen sixty-two, brought in by Johnson County EMS.",
  [("Cordelia Mae Fontenot", N), ("the ninth of November nineteen sixty-two", D)], "date-spoken dob")
P("TRAUMA", "chat", "Rusty Oberholtzer, the roofer from Tuesday, is asking for his phone, it's in the safe.",
  [("Rusty Oberholtzer", N)], "name-word weekday")
P("TRAUMA", "ehr", "REG | DEMARCO, ANTHONY P | SSN 921 44 7063 | ACCT 8841207735 | GUARANTOR SELF",
  [("DEMARCO, ANTHONY P", N), ("921 44 7063", SS), ("8841207735", AC)], "ssn account spaced-digits")
P("TRAUMA", "chat", "Whoever talked to the Nguyens, thank you, they finally understand the plan for the pelvis.",
  [("Nguyens", N)], "name-relative name-common")
P("TRAUMA", "page", "Call Chaplain Moody re family of pt in trauma 4, x6032", [("Moody", N)], "name-word name-staff name-title")
P("TRAUMA", "chat", "The 94-year-old who fell down the stairs (Wilhelmina Sorensen) has a subdural and nine rib fractures.",
  [("94", A), ("Wilhelmina Sorensen", N)], "age-over-89")
P("TRAUMA", "email", "Fwd from the Cedar Valley Mutual adjuster: claimant Jesse Ayala, DOL 14-Aug-2033, claim WC-2297714, please fax records to 319-555-0189.",
  [("Jesse Ayala", N), ("14-Aug-2033", D), ("WC-2297714", ID_), ("319-555-0189", FX)], "date-dmy-abbrev fax other-id")
P("TRAUMA", "chat", "Angel Ruiz in bed 12 goes by \u00c1ngel with the accent, please fix the whiteboard.",
  [("Angel Ruiz", N), ("\u00c1ngel", N)], "name-word name-non-english room-bed-number")
P("TRAUMA", "bot", "/ask draft a family update for Precious Mhlongo's mother about the ex-lap findings",
  [("Precious Mhlongo", N)], "name-word name-possessive name-relative")
P("TRAUMA", "lower", "bay 1 is tyler from the dirt bike crash, not the one from the atv", [("tyler", N)],
  "name-lowercase name-given-only room-bed-number")
P("TRAUMA", "chat", "Home address for the discharge paperwork is 2217 Wapsie Ridge Rd, Independence, IA " + FW("50644") + ".",
  [("2217 Wapsie Ridge Rd", LO), ("Independence", LO), (FW("50644"), LO)], "address city fullwidth-digits")
P("TRAUMA", "chat", "Nurse Ward says Mr. Payne is refusing the chest tube again.", [("Ward", N), ("Payne", N)],
  "name-word name-title name-staff")
P("TRAUMA", "thread", "Cheyenne's grandma Loretta Whiteeagle is the decision maker, she's Ho-Chunk and wants the tribal liaison called.",
  [("Cheyenne", N), ("Loretta Whiteeagle", N)], "name-possessive name-relative name-non-english")
P("TRAUMA", "dictation", "The patient Mister Ignacio Villanueva was found by his neighbor Missus Tran at approximately oh six hundred.",
  [("Ignacio Villanueva", N), ("Tran", N)], "name-title name-common")
P("TRAUMA", "chat", "Scene photo of the leg wound is trauma_bay_IMG_2291.jpg on the shared drive, please don't forward it to anyone.",
  [("trauma_bay_IMG_2291.jpg", PI)], "photo-filename")
P("TRAUMA", "chat", "Michael Brown, the motorcyclist, goes to the OR with ortho at 1700 for the tib-fib.",
  [("Michael Brown", N)], "name-common clock-time")
# ---------------------------------------------------------------- neonatal transport team
C("NTRANS", "chat", "Transport isolette 2 battery is at 40%, swap it before the next run goes out.", "dose-lab ordinary-chat")
C("NTRANS", "page", "NEO TRANSPORT: 34 WK INFANT, RDS, SURF GIVEN X1, ETA 50 MIN TO NICU", "acronym dose-lab")
C("NTRANS", "thread", "Silverman-Andersen score was 6 at the referring hospital, 3 after we started CPAP.",
  "eponym-bare score", ep="Silverman-Andersen")
C("NTRANS", "chat", "Apgars 2, 5 and 7, cord gas pH 6.98, base deficit 14, we're starting passive cooling en route.", "dose-lab")
C("NTRANS", "chat", "Target rectal temp for cooling is 33.5, the Tecotherm is charged and in the rig.",
  "temperature device-brand", br="Tecotherm")
C("NTRANS", "dictation", "Ballard score estimates thirty-three weeks, consistent with the obstetric dating.", "eponym-bare score", ep="Ballard")
C("NTRANS", "lower", "giraffe shuttle needs new o2 tanks before shift change", "ordinary-chat")
C("NTRANS", "chat", "Sarnat stage 2 at 4 hours of life, EEG being arranged on arrival.", "eponym-bare acronym", ep="Sarnat")
C("NTRANS", "bot", "/ask dopamine dose range for neonatal hypotension in mcg/kg/min", "dose-lab")
C("NTRANS", "chat", "Curosurf 2.5 mL/kg via INSURE, sats came up to 92 within ten minutes.", "drug-brand-name dose-lab", br="Curosurf")
C("NTRANS", "chat", "The Apgar is named after Virginia Apgar, it isn't an acronym despite the backronym everyone learns.",
  "teaching eponym-bare", ep="Apgar", pub="Virginia Apgar")
C("NTRANS", "thread", "Zika screening came back negative on mom, so the head ultrasound is routine only.", "place-disease", pl="Zika")
C("NTRANS", "chat", "Road conditions on I-380 are bad, we're going fixed-wing if the ceiling is above minimums.", "ordinary-chat")
C("NTRANS", "page", "NICU TRANSPORT RETURNING, ETA 1745, ISOLETTE TEMP 36.8", "clock-time temperature")
C("NTRANS", "dictation", "Umbilical venous catheter placed at nine centimeters, tip at the junction on x-ray.", "dose-lab")
C("NTRANS", "chat", "Thanksgiving coverage for transport is posted; if you swapped, update the calendar.",
  "holiday ordinary-chat", hol="Thanksgiving")
C("NTRANS", "chat", "Prostaglandin at 0.05 mcg/kg/min for suspected coarctation; watch for apnea on the drive.", "dose-lab")
C("NTRANS", "lower", "ambulance 6 heater is broken again, using rig 4 tonight", "ordinary-chat")
C("NTRANS", "chat", "Pierre Robin sequence baby needs prone positioning and a nasopharyngeal airway in the isolette.",
  "eponym-bare", ep="Pierre Robin")
C("NTRANS", "thread", "Downes score is 5, I'd go to CPAP before we leave the referring unit.", "eponym-bare score", ep="Downes")
C("NTRANS", "chat", "Hirschsprung is on the differential for the delayed meconium, surgery wants a contrast enema.",
  "eponym-bare", ep="Hirschsprung")
C("NTRANS", "bot", "/ask asymmetric Moro reflex after shoulder dystocia, what does that suggest in a newborn",
  "eponym-bare", ep="Moro")
C("NTRANS", "chat", "Dr\u00e4ger Babylog settings for the transport: PIP 22, PEEP 6, rate 40, FiO2 0.45.",
  "device-brand dose-lab", br="Dr\u00e4ger|Babylog")

P("NTRANS", "chat", "Pickup at St. Anselm Hospital in Waverly for Boy Vandermolen, mom is Kristen Vandermolen, 37 weeks.",
  [("St. Anselm Hospital", LO), ("Waverly", LO), ("Vandermolen", N), ("Kristen Vandermolen", N)], "facility city name-relative")
P("NTRANS", "ehr", "NEWBORN REG | GIRL ABUBAKAR | MRN 8041 7732 | DOB 09/30/2033 0614 | MOTHER: ABUBAKAR, HALIMA S",
  [("ABUBAKAR", N), ("8041 7732", MR), ("09/30/2033", D), ("ABUBAKAR, HALIMA S", N)], "mrn dob spaced-digits")
P("NTRANS", "voicemail", "Hi, this is Halima's sister Amina, I have the car seat, what floor is the NICU, my number is 319 555 0174.",
  [("Halima", N), ("Amina", N), ("319 555 0174", PH)], "name-given-only name-relative phone")
P("NTRANS", "page", "TRANSPORT: PARENTS TOM\u00c1S AND LUC\u00cdA ECHEVERR\u00cdA DRIVING FROM VINTON, ETA 2H",
  [("TOM\u00c1S", N), ("LUC\u00cdA ECHEVERR\u00cdA", N), ("VINTON", LO)], "name-allcaps name-non-english city")
P("NTRANS", "chat", "Dr. Achterberg accepted the transfer, Juniper from RT is coming with us.",
  [("Achterberg", N), ("Juniper", N)], "name-title name-word name-staff")
P("NTRANS", "lower", "who's riding with jo-ellen tonight, i'm covering the 1900 run", [("jo-ellen", N)],
  "name-lowercase name-hyphenated name-staff")
P("NTRANS", "dictation", "Infant of mother Destiny Clearwater, born on the eleventh of February at oh two forty, birth weight two point one kilograms.",
  [("Destiny Clearwater", N), ("the eleventh of February", D)], "date-spoken name-word name-relative")
P("NTRANS", "thread", "Thanks Marcus and Ifeoma, smooth run from Oelwein despite the ice.",
  [("Marcus", N), ("Ifeoma", N), ("Oelwein", LO)], "name-list name-staff city")
P("NTRANS", "chat", "Grandpa Dwight Hollingsworth is 96 and insists on riding up front, can he?",
  [("Dwight Hollingsworth", N), ("96", A)], "age-over-89 name-relative")
P("NTRANS", "email", "From: St. Anselm Hospital nursery\nRe: transfer of Boy Lindgren-Ruiz\nMom (Sofia Lindgren) asks that updates go to dad, Mateo Ruiz, at 563-555-0118. Her insurance card: Wellmark member WMK884102377.",
  [("St. Anselm Hospital", LO), ("Lindgren-Ruiz", N), ("Sofia Lindgren", N), ("Mateo Ruiz", N), ("563-555-0118", PH),
   ("WMK884102377", HP)], "name-hyphenated name-relative health-plan")
P("NTRANS", "chat", "Glucose 38 on Baby Ochieng, gave a D10 bolus, mom Wanjiru is asking for you.",
  [("Ochieng", N), ("Wanjiru", N)], "name-non-english name-relative dose-lab")
P("NTRANS", "bot", "/ask write a handoff for Ember Stillwater, 28-weeker on CPAP, from our transport notes",
  [("Ember Stillwater", N)], "name-word")
P("NTRANS", "chat", "Chandler and Hope are the two RNs on the rig tonight.", [("Chandler", N), ("Hope", N)],
  "name-word name-list name-staff")
P("NTRANS", "page", "NEO TRANSPORT: CALL DR VO AT 319-555-0107 RE TWIN B, SHE IS THE REFERRING MD",
  [("VO", N), ("319-555-0107", PH)], "name-title name-staff phone")
P("NTRANS", "lower", "the mohameds want to know if grandma can visit, she's flying in from minneapolis",
  [("mohameds", N), ("minneapolis", LO)], "name-lowercase name-relative city")
P("NTRANS", "chat", "Cord gas on the Chapman boy came back 6.91, start cooling now.", [("Chapman", N)], "dose-lab")
P("NTRANS", "ehr", "TRANSPORT LOG | DEPART 0318 | PT YAZZIE, BOY | CREW RN T. OKAFOR-LEWIS, RT D. MERCADO",
  [("YAZZIE", N), ("T. OKAFOR-LEWIS", N), ("D. MERCADO", N)], "name-allcaps name-hyphenated name-staff")
P("NTRANS", "dictation", "Mother is a twenty-four year old G2P1, her name is Keziah Montgomery-Pratt and she plans to breastfeed.",
  [("Keziah Montgomery-Pratt", N)], "name-hyphenated name-relative")
P("NTRANS", "chat", "Dad (Bao Xiong) speaks Hmong, please get the interpreter line before the consent.",
  [("Bao Xiong", N)], "name-non-english name-relative")
P("NTRANS", "thread", "Patience is the charge nurse at the referring hospital, she'll fax the records to 563-555-0150.",
  [("Patience", N), ("563-555-0150", FX)], "name-word name-staff fax")
P("NTRANS", "chat", "Heads up: twin A Jaxon and twin B Jaylen Fairweather, DOB 12/04/2033, both coming tonight.",
  [("Jaxon", N), ("Jaylen Fairweather", N), ("12/04/2033", D)], "name-list dob")
P("NTRANS", "chat", "Dad is Lane Whitfield, he'll follow the ambulance in a white Silverado, plate IA HRT 7714.",
  [("Lane Whitfield", N), ("IA HRT 7714", VE)], "name-word vehicle name-relative")
P("NTRANS", "chat", "Sunny Pakpahan (mom) was discharged from Waverly and is coming to us tomorrow.",
  [("Sunny Pakpahan", N), ("Waverly", LO)], "name-word name-relative city")
# ---------------------------------------------------------------- ambulatory surgery center
C("ASC", "chat", "OR 3 is turning over, next case is a lap chole at 0945.", "clock-time room-bed-number")
C("ASC", "chat", "PONV prophylaxis per Apfel: a score of 3 gets ondansetron plus dexamethasone.", "eponym-bare score", ep="Apfel")
C("ASC", "page", "PACU bay 7: Aldrete 9, ready for phase 2, pls come sign", "eponym-bare room-bed-number", ep="Aldrete")
C("ASC", "thread", "Mallampati IV and a thick neck, I'd set up the GlideScope before induction.",
  "eponym-bare device-brand", ep="Mallampati", br="GlideScope")
C("ASC", "chat", "Block room is running late, the interscalene for OR 5 won't be ready until 1015.", "clock-time room-bed-number")
C("ASC", "lower", "who moved the sequential compression sleeves out of the pre-op closet", "ordinary-chat")
C("ASC", "bot", "/ask STOP-BANG cutoff for high risk OSA before outpatient surgery", "score acronym", sc="STOP-BANG")
C("ASC", "chat", "Cefazolin 2 g for everyone under 120 kg, 3 g above that.", "dose-lab")
C("ASC", "dictation", "Arthroscopy showed an Outerbridge grade three lesion of the medial femoral condyle, chondroplasty performed.",
  "eponym-bare", ep="Outerbridge")
C("ASC", "chat", "We run a normal schedule on Columbus Day, only the bank downstairs is closed.", "holiday ordinary-chat", hol="Columbus Day")
C("ASC", "chat", "Bier block for the carpal tunnel in OR 2, tourniquet check at 1310.", "eponym-bare clock-time", ep="Bier")
C("ASC", "thread", "Malignant hyperthermia cart was checked, the Ryanodex is in date and the mixing supplies are there.",
  "drug-brand-name", br="Ryanodex")
C("ASC", "chat", "Temp 35.9 in PACU, forced-air warmer on, discharge criteria otherwise met.", "temperature")
C("ASC", "page", "ASC OR 4 NEEDS ANESTHESIA NOW, LMA DISLODGED", "acronym room-bed-number")
C("ASC", "chat", "Ketorolac 15 mg IV and acetaminophen 1 g for the hernias unless the creatinine is up.", "dose-lab")
C("ASC", "lower", "pain 4/10 in bay 3 after the knee scope, ice on, ok for discharge once she voids", "score-fraction room-bed-number")
C("ASC", "dictation", "A Lichtenstein tension-free repair was performed using a polypropylene mesh.", "eponym-bare", ep="Lichtenstein")
C("ASC", "chat", "Olympus sent the wrong light cable for the new tower again.", "device-brand", br="Olympus")
C("ASC", "chat", "Durkan compression test was positive, so we're doing the release in OR 1 after lunch.",
  "eponym-bare room-bed-number", ep="Durkan")
C("ASC", "bot", "/ask is a 48 hour Eliquis hold enough before a low-bleed-risk outpatient procedure", "drug-brand-name", br="Eliquis")
C("ASC", "chat", "Dupuytren release next week; he asked if we could do both hands at once, and the answer is no.",
  "eponym-bare", ep="Dupuytren")
C("ASC", "thread", "The Goldman cardiac risk index is basically historical now, RCRI is what we document.",
  "eponym-bare score", ep="Goldman")
C("ASC", "chat", "Eighty-year-old patients can still go home same day if they meet criteria, age alone isn't an exclusion.",
  "age-under-90")

P("ASC", "chat", "Add-on at 1400: Carmen Iglesias-Pardo, right carpal tunnel, NPO since midnight.",
  [("Carmen Iglesias-Pardo", N)], "name-hyphenated name-non-english clock-time")
P("ASC", "ehr", "PREOP KIOSK CHECK-IN | NAKASHIMA, RYO | DOB " + FW("05/17/1961") + " | MRN 29471850 | RIDE: WIFE AIKO 319-555-0133",
  [("NAKASHIMA, RYO", N), (FW("05/17/1961"), D), ("29471850", MR), ("AIKO", N), ("319-555-0133", PH)],
  "name-last-first mrn fullwidth-digits")
P("ASC", "chat", "Mr. Goodnight's ride fell through, his son Casey can get him at 1530.",
  [("Goodnight", N), ("Casey", N)], "name-word name-title name-relative clock-time")
P("ASC", "voicemail", "Hi, it's Joanne Pettibone, I have surgery Thursday and I take Plavix, am I supposed to stop it, my number is 319-555-0181, thanks.",
  [("Joanne Pettibone", N), ("319-555-0181", PH)], "phone weekday")
P("ASC", "page", "BAY 5 MR SZCZEPANSKI WANTS HIS DAUGHTER WANDA CALLED, HAS HER #",
  [("SZCZEPANSKI", N), ("WANDA", N)], "name-allcaps name-relative name-non-english")
P("ASC", "chat", "Prior auth for Deshawn Merriweather came back approved, member ID BCX441902816, good through 11/30/2033.",
  [("Deshawn Merriweather", N), ("BCX441902816", HP), ("11/30/2033", D)], "health-plan date-numeric")
P("ASC", "lower", "is dr feeney doing the hernias or is it dr oduya today", [("feeney", N), ("oduya", N)],
  "name-lowercase name-staff name-title")
P("ASC", "thread", "Billing: the account for Faith Underwood is 500418273, SSN ending 6620, balance was paid by her sister.",
  [("Faith Underwood", N), ("500418273", AC), ("6620", SS)], "account ssn name-word")
P("ASC", "dictation", "Doctor Ramanathan performed the procedure, assisted by Penny Castellano, surgical technologist.",
  [("Ramanathan", N), ("Penny Castellano", N)], "name-title name-staff name-word")
P("ASC", "chat", "Big Al is here for his hernia; the name on the chart is Alvin Pruitt, so look under that.",
  [("Big Al", N), ("Alvin Pruitt", N)], "name-nickname")
P("ASC", "chat", "Post-op call list today: Harold Finch, Mercedes Ocasio, Dale Whitman, Thu Trang Pham.",
  [("Harold Finch", N), ("Mercedes Ocasio", N), ("Dale Whitman", N), ("Thu Trang Pham", N)], "name-list name-word name-non-english")
P("ASC", "email", "From: Kathleen Brennan <kbrennan.home@example.net>\nI'm the health care POA for my mother Eileen Brennan (DOB 4-Jun-1942) and want to be in the room for her cataract consent.",
  [("Kathleen Brennan", N), ("kbrennan.home@example.net", EM), ("Eileen Brennan", N), ("4-Jun-1942", D)],
  "name-relative date-dmy-abbrev email")
P("ASC", "bot", "/ask can Roberto Salgado go home after his hernia repair if he hasn't voided yet", [("Roberto Salgado", N)],
  "name-non-english")
P("ASC", "chat", "Rx for Misty Vandeventer went to Eastgate Pharmacy on Collins Rd in Cedar Rapids.",
  [("Misty Vandeventer", N), ("Eastgate Pharmacy", LO), ("Collins Rd", LO), ("Cedar Rapids", LO)], "facility city name-word")
P("ASC", "page", "ASC PACU: PT HOLLOWAY NEEDS RIDE, DRIVER JUNIOR HOLLOWAY CELL 563-555-0126",
  [("HOLLOWAY", N), ("JUNIOR HOLLOWAY", N), ("563-555-0126", PH)], "name-allcaps name-relative phone")
P("ASC", "chat", "Shayla's pre-op pregnancy test is positive, cancel the case and Dr. Lemieux will call her.",
  [("Shayla", N), ("Lemieux", N)], "name-possessive name-title name-given-only")
P("ASC", "lower", "ricky in bay 2 is asking for apple juice and his phone charger", [("ricky", N)],
  "name-lowercase name-given-only room-bed-number")
P("ASC", "dictation", "Patient is Ellsworth Tuttle, a ninety-two year old gentleman here for right cataract extraction.",
  [("Ellsworth Tuttle", N), ("ninety-two", A)], "age-over-89-words")
P("ASC", "chat", "Whiteboard fix: bay 4 is Song Min-jun and bay 6 is Minjun Sung, different patients, both cataracts.",
  [("Song Min-jun", N), ("Minjun Sung", N)], "name-non-english name-hyphenated room-bed-number")
P("ASC", "thread", "Confirmed with Gus at the front desk, the Arabic interpreter for Mrs. Farouk (\u2068\u0641\u0627\u0631\u0648\u0642\u2069) is booked for 0800.",
  [("Gus", N), ("Farouk", N), ("\u0641\u0627\u0631\u0648\u0642", N)], "name-given-only name-title name-non-english bidi-mark")
P("ASC", "chat", "Ms. Sterling in pre-op 3, the one with the latex allergy, is ready to go back.",
  [("Sterling", N)], "name-word name-title room-bed-number")
P("ASC", "ehr", "ANES RECORD | CRUZ, MA. TERESA D | ASA 2 | ANESTH: K. BLACKWOOD CRNA | IN 0812 OUT 0907",
  [("CRUZ, MA. TERESA D", N), ("K. BLACKWOOD", N)], "name-last-first name-staff")
P("ASC", "chat", "Mrs. Aguilar's daughter says she's 90 and can't do stairs, so post-op she goes to her son's house in Hiawatha.",
  [("Aguilar", N), ("90", A), ("Hiawatha", LO)], "age-over-89 name-possessive city")
P("ASC", "chat", "Linda Johnson in bay 8 and Linda Johnston in bay 9, both knee scopes, please use two identifiers.",
  [("Linda Johnson", N), ("Linda Johnston", N)], "name-common room-bed-number")
# ---------------------------------------------------------------- lactation services
C("LACT", "chat", "LATCH score of 6 in room 412, shallow latch on the left, nipple shield for now.", "score room-bed-number", sc="LATCH")
C("LACT", "chat", "The Medela Symphony in 418 is making a grinding noise, swapped it for the spare.",
  "device-brand room-bed-number", br="Medela|Symphony")
C("LACT", "lower", "anyone have size 24 flanges, the 21s are too small for her", "ordinary-chat")
C("LACT", "thread", "Domperidone isn't available here, and we don't recommend metoclopramide for supply beyond a short trial.", "teaching")
C("LACT", "bot", "/ask is sertraline compatible with breastfeeding per LactMed", "acronym", org="LactMed")
C("LACT", "chat", "Hale's lactation risk category for that med is L2, she's fine to keep nursing.", "eponym-bare", ep="Hale")
C("LACT", "dictation", "Infant is thirty-eight weeks with a tongue-tie, Hazelbaker score suggesting frenotomy.",
  "eponym-bare score", ep="Hazelbaker")
C("LACT", "chat", "Raynaud's of the nipple, trying nifedipine 30 ER and warm compresses after feeds.", "eponym-bare dose-lab", ep="Raynaud")
C("LACT", "page", "LACTATION: RM 426 REQUESTING CONSULT, G1 DAY 2, WEIGHT LOSS 8.4%", "room-bed-number dose-lab")
C("LACT", "chat", "Montgomery tubercles look like white bumps to a lot of moms, just reassure.", "eponym-bare", ep="Montgomery")
C("LACT", "chat", "Donor milk from the Mothers' Milk Bank of Iowa arrived, 12 bottles, freezer holding at -20.",
  "temperature dose-lab", org="Mothers' Milk Bank of Iowa")
C("LACT", "thread", "Cooper's ligaments aren't what causes sagging after nursing, that one's a myth.", "eponym-bare teaching", ep="Cooper")
C("LACT", "lower", "world breastfeeding week booth is in the lobby 10 to 2", "ordinary-chat")
C("LACT", "chat", "Weighed before and after: 46 mL transferred in 15 minutes, really nice.", "dose-lab")
C("LACT", "chat", "Father's Day latch class for partners is Saturday at 0930 in classroom B.",
  "holiday clock-time weekday", hol="Father's Day")
C("LACT", "dictation", "Mastitis on the right, upper outer quadrant, temperature thirty-eight point nine, starting dicloxacillin.",
  "temperature")
C("LACT", "bot", "/ask how long is thawed breast milk good in the fridge", "ordinary-chat")
C("LACT", "chat", "Lansinoh vs Earth Mama for nipple balm, any preference before I place the order?",
  "drug-brand-name", br="Lansinoh|Earth Mama")
C("LACT", "chat", "Spectra S1 loaners are all out, the waitlist is on the whiteboard.", "device-brand", br="Spectra")
C("LACT", "page", "RM 409 BABY DOWN 11% FROM BIRTH WEIGHT, PEDS AWARE, LC PLEASE SEE", "room-bed-number dose-lab")
C("LACT", "chat", "Sheehan syndrome is on the list for no milk coming in after that big PPH.", "eponym-bare", ep="Sheehan")
C("LACT", "thread", "Paced bottle feeding handout is updated, it's in the shared folder.", "ordinary-chat")
C("LACT", "chat", "Pumping every 3 hours including one overnight session, goal 500 mL a day by day 10.", "dose-lab")

P("LACT", "chat", "Leticia Baca in 412 is asking for you again, she says the shield is helping.",
  [("Leticia Baca", N)], "name-non-english room-bed-number")
P("LACT", "lower", "saw destiny in 418, baby finally latching, mom wants the pump rental info", [("destiny", N)],
  "name-lowercase name-word name-given-only")
P("LACT", "voicemail", "Hi, this is Brianna Oyelowo-Hart, I had my baby on Monday and I'm having a lot of pain with pumping, please call me back at five six three, five five five, zero one nine nine.",
  [("Brianna Oyelowo-Hart", N), ("five six three, five five five, zero one nine nine", PH)], "name-hyphenated phone weekday")
P("LACT", "ehr", "PUMP RENTAL | ACOSTA, YESENIA | DEVICE SN 4021-77391 | START 10/06/2033 | CARD ON FILE",
  [("ACOSTA, YESENIA", N), ("4021-77391", DV), ("10/06/2033", D)], "name-last-first device-serial date-numeric")
P("LACT", "chat", "Mrs. Chen-Hollister's wife is also nursing the baby, the co-nursing plan is in the chart.",
  [("Chen-Hollister", N)], "name-hyphenated name-title name-possessive")
P("LACT", "email", "From: Ngozi Eze <ngozi.eze AT mail DOT example DOT com>\nSubject: breast pump for my daughter\nMy daughter Adaeze Eze-Okafor (born 19-Sep-2033) needs a hospital-grade pump.",
  [("Ngozi Eze", N), ("ngozi.eze AT mail DOT example DOT com", EM), ("Adaeze Eze-Okafor", N), ("19-Sep-2033", D)],
  "obfuscated-email date-dmy-abbrev name-relative")
P("LACT", "chat", "Lactation consult for Hazel Brightwater, G3, history of low supply with the last two.",
  [("Hazel Brightwater", N)], "name-word")
P("LACT", "page", "LC PLEASE SEE RM 422 KAYLA MOSS, BABY SLEEPY AT BREAST", [("KAYLA MOSS", N)],
  "name-allcaps name-word room-bed-number")
P("LACT", "thread", "Jasmine and Pilar both covered the NICU pumping rounds, thanks ladies.",
  [("Jasmine", N), ("Pilar", N)], "name-list name-staff name-word")
P("LACT", "dictation", "Mother Mai Lee Vang, interpreter used, she prefers Hmong, baby boy born the second of October.",
  [("Mai Lee Vang", N), ("the second of October", D)], "date-spoken name-non-english")
P("LACT", "chat", "WIC office in Waterloo needs a prescription for Shaniqua Rollins's pump, her WIC id is 7732-0419-88.",
  [("Waterloo", LO), ("Shaniqua Rollins", N), ("7732-0419-88", ID_)], "other-id city name-possessive")
P("LACT", "bot", "/ask suggest a pumping schedule for Rosalind, her baby is in the NICU at 29 weeks", [("Rosalind", N)],
  "name-given-only")
P("LACT", "lower", "the garzas asked if grandma can bring in tamales, i said ask the nurse", [("garzas", N)],
  "name-lowercase name-relative")
P("LACT", "chat", "Robin from the milk bank called, the donor from Decorah has her screening labs back.",
  [("Robin", N), ("Decorah", LO)], "name-word name-staff city")
P("LACT", "chat", "Ms. Littlegeorge prefers we call her Tasha, and the baby's name is Kiyoshi.",
  [("Littlegeorge", N), ("Tasha", N), ("Kiyoshi", N)], "name-title name-nickname name-non-english")
P("LACT", "thread", "Her home visit nurse is Bonnie at Linn County Public Health, \u200e319-555-0121\u200e.",
  [("Bonnie", N), ("319-555-0121", PH)], "name-staff phone bidi-mark")
P("LACT", "chat", "Dad Osvaldo keeps asking for formula; mom Yadira wants exclusive breastfeeding, please get everyone on the same page.",
  [("Osvaldo", N), ("Yadira", N)], "name-relative name-non-english name-given-only")
P("LACT", "ehr", "DISCHARGE | KOWALCZYK, AGNIESZKA M | MRN 31847296 | LC F/U 10/14 1030 | PH 319-555-0145",
  [("KOWALCZYK, AGNIESZKA M", N), ("31847296", MR), ("10/14", D), ("319-555-0145", PH)], "mrn phone name-last-first")
P("LACT", "dictation", "Missus Amberly Stokes, day three postpartum, reports sore nipples bilaterally.",
  [("Amberly Stokes", N)], "name-title")
P("LACT", "chat", "Kirsten's baby Leif is down 9 percent; she's going home with a scale rental.",
  [("Kirsten", N), ("Leif", N)], "name-possessive name-given-only")
P("LACT", "page", "LACTATION TO RM 430, MOM JOY NAKAMURA-BELL ASKING FOR NIPPLE SHIELD",
  [("JOY NAKAMURA-BELL", N)], "name-word name-allcaps name-hyphenated")
P("LACT", "chat", "Photo of the latch is in the chart as IMG_4471.HEIC, mom Yvette said ok to use it for teaching.",
  [("IMG_4471.HEIC", PI), ("Yvette", N)], "photo-filename name-relative name-given-only")
P("LACT", "thread", "Summer Oakley's baby is in the NICU, so pump instructions and a hospital pump before she leaves.",
  [("Summer Oakley", N)], "name-word name-possessive")
P("LACT", "lower", "jessica martinez in 414 wants to try the pump again tonight after the 2200 feed",
  [("jessica martinez", N)], "name-lowercase name-common room-bed-number")
# ---------------------------------------------------------------- hospital pharmacy IV room (sterile compounding)
C("IVRM", "chat", "Hood 2 failed the airflow certification, we're down to two hoods until Thursday.", "weekday room-bed-number")
C("IVRM", "chat", "USP 797 beyond-use dating for that bag is 4 days refrigerated, not 9.", "acronym dose-lab", org="USP")
C("IVRM", "chat", "The BD PhaSeal devices are back-ordered, use the Equashield for hazardous drugs until they come in.",
  "device-brand", br="BD|PhaSeal|Equashield")
C("IVRM", "lower", "whoever's on tpn today, the clinimix e is short, use the compounded bags", "ordinary-chat")
C("IVRM", "page", "IV ROOM: VANCOMYCIN 1.25 G BAGS FOR 4 WEST READY IN TUBE STATION 22", "dose-lab room-bed-number")
C("IVRM", "thread", "Baxa pump calibration is due, biomed is coming at 1300.", "device-brand clock-time", br="Baxa")
C("IVRM", "bot", "/ask stability of piperacillin-tazobactam in normal saline at room temperature", "dose-lab")
C("IVRM", "chat", "Gloved fingertip sampling for everyone on Monday, no exceptions.", "weekday ordinary-chat")
C("IVRM", "chat", "The Omnicell in the cleanroom anteroom keeps locking up, IT ticket is in.", "device-brand", br="Omnicell")
C("IVRM", "chat", "Ampicillin is only stable about 8 hours after reconstitution, label accordingly.", "dose-lab")
C("IVRM", "dictation", "The dose of acyclovir is ten milligrams per kilogram every eight hours, adjusted for a creatinine clearance of forty by Cockcroft-Gault.",
  "eponym-bare dose-lab", ep="Cockcroft-Gault")
C("IVRM", "chat", "Acid-base teaching on Friday: Henderson-Hasselbalch, Winters' formula, and why acetate beats bicarbonate in TPN.",
  "teaching eponym-bare weekday", ep="Henderson-Hasselbalch|Winters")
C("IVRM", "chat", "Mosteller BSA for the methotrexate dose is 1.82, double-checked by a second pharmacist.",
  "eponym-bare dose-lab", ep="Mosteller")
C("IVRM", "chat", "Lunar New Year potluck in the pharmacy break room, IV room folks please come in shifts.",
  "holiday ordinary-chat", hol="Lunar New Year")
C("IVRM", "thread", "Calvert formula for carboplatin uses GFR plus 25, and we cap the GFR at 125.", "eponym-bare dose-lab", ep="Calvert")
C("IVRM", "lower", "hood 3 pressure gauge reads 0.03 so we're good", "dose-lab")
C("IVRM", "page", "IV ROOM: STAT NICARDIPINE DRIP FOR CSICU BED 5 IS IN THE TUBE", "room-bed-number")
C("IVRM", "chat", "Pfizer recall on a potassium chloride premix lot, pull the cases in the back.", "drug-brand-name", br="Pfizer")
C("IVRM", "chat", "Gram stain on the media fill was negative, all 3 operators passed.", "eponym-bare", ep="Gram")
C("IVRM", "dictation", "Total parenteral nutrition with dextrose twenty percent, amino acids five percent and Intralipid two fifty milliliters.",
  "drug-brand-name dose-lab", br="Intralipid")
C("IVRM", "chat", "Cytotoxic spill kit in the chemo room was used yesterday, restock it before noon.", "ordinary-chat")
C("IVRM", "bot", "/ask max concentration of potassium chloride for a peripheral line", "dose-lab")
C("IVRM", "chat", "Eighty-nine bags compounded overnight, a new record for the night shift.", "ordinary-chat")

P("IVRM", "chat", "Heparin bag for Thaddeus Wojcik in 6 West was labeled with the wrong weight, remake please.",
  [("Thaddeus Wojcik", N)], "name-non-english")
P("IVRM", "ehr", "COMPOUNDING LABEL | PT: OKORO, CHUKWUDI | MRN 44829107 | RM 6W-14 | CEFTRIAXONE 2 G IN 50 ML NS | BUD 10/22 2200",
  [("OKORO, CHUKWUDI", N), ("44829107", MR), ("10/22", D)], "name-last-first mrn date-numeric")
P("IVRM", "lower", "can someone double check the chemo bag tanvir made, i'm alone in the hood", [("tanvir", N)],
  "name-lowercase name-staff name-given-only")
P("IVRM", "chat", "Dr. Ballantyne called about the vanc level for Mrs. Crowfeather, trough was 22.",
  [("Ballantyne", N), ("Crowfeather", N)], "name-title name-staff dose-lab")
P("IVRM", "thread", "Thanks Priyanka, the Holt TPN is out.", [("Priyanka", N), ("Holt", N)],
  "name-staff name-given-only name-non-english")
P("IVRM", "page", "IV ROOM: CALL 4 WEST ABOUT PATIENT BERNADETTE O'SHAUGHNESSY, BAG LEAKING", [("BERNADETTE O'SHAUGHNESSY", N)],
  "name-allcaps")
P("IVRM", "ehr", "CLEANROOM LOGIN | USER jmcallister | BADGE 20944 | FINGERPRINT TEMPLATE FP-7Q2K-88310 | 0614",
  [("jmcallister", N), ("20944", ID_), ("FP-7Q2K-88310", BI)], "biometric other-id name-staff")
P("IVRM", "chat", "Lucky Adebanjo's methotrexate is on hold until his creatinine comes down.",
  [("Lucky Adebanjo", N)], "name-word name-possessive name-non-english")
P("IVRM", "voicemail", "Hi, this is Candace at Prairie Home Infusion, we're picking up the TPN for Gilbert Haugland on discharge, please call 319-555-0172 with the bag schedule.",
  [("Candace", N), ("Gilbert Haugland", N), ("319-555-0172", PH)], "name-staff phone")
P("IVRM", "chat", "Weight for Ms. Rainwater is 48 kg, not 84, someone swapped the digits.", [("Rainwater", N)],
  "name-title name-word dose-lab")
P("IVRM", "dictation", "Please verify the order for patient Francesca Bellini-Tran, date of birth the thirtieth of June nineteen eighty-eight.",
  [("Francesca Bellini-Tran", N), ("the thirtieth of June nineteen eighty-eight", D)], "date-spoken dob name-hyphenated")
P("IVRM", "chat", "NICU TPN for Baby Kettering had the wrong calcium, fixed and re-verified by Tomasz.",
  [("Kettering", N), ("Tomasz", N)], "name-staff name-given-only")
P("IVRM", "lower", "sorry, the bag for mr goldberg-rios went up to 5 east by mistake", [("goldberg-rios", N)],
  "name-lowercase name-hyphenated name-title")
P("IVRM", "chat", "Chemo double-check log: Sandeep prepared, Marguerite verified (RPh license 24418), patient Dolores Fairchild, cycle 3.",
  [("Sandeep", N), ("Marguerite", N), ("24418", LI), ("Dolores Fairchild", N)], "name-list name-staff license")
P("IVRM", "email", "From: Alder Valley Hospital pharmacy\nTo: IV room\nPatient Marvin Sikorski transfers to you tonight, TPN recipe attached; fax confirmation to 319-555-0158.",
  [("Alder Valley Hospital", LO), ("Marvin Sikorski", N), ("319-555-0158", FX)], "facility fax")
P("IVRM", "bot", "/ask recalculate the vancomycin dose for Osei Mensah-Bonsu, 112 kg, CrCl 55",
  [("Osei Mensah-Bonsu", N)], "name-hyphenated name-non-english dose-lab")
P("IVRM", "chat", "Piper from the night crew found the mislabeled bag, nice catch.", [("Piper", N)],
  "name-word name-staff name-given-only")
P("IVRM", "page", "PHARMACY: DR HWANG NEEDS CALLBACK RE BAG FOR MR DELGADO 6E, EXT 2219", [("HWANG", N), ("DELGADO", N)],
  "name-staff name-title name-allcaps")
P("IVRM", "thread", "Ms. Sparrow's recall letter went out, her husband Hank picked up the replacement bags.",
  [("Sparrow", N), ("Hank", N)], "name-word name-title name-relative name-possessive")
P("IVRM", "chat", "We got the renal dosing alert for patient Arthur Penhaligon, 97, on the cefepime list.",
  [("Arthur Penhaligon", N), ("97", A)], "age-over-89")
P("IVRM", "lower", "who's making the 1600 bags, me or carlos", [("carlos", N)], "name-lowercase name-staff name-given-only")
P("IVRM", "ehr", "HAZ DRUG EXPOSURE LOG | EMPLOYEE: REYES-VILLALOBOS, ANA | EMP ID 2217843 | SSN XXX-XX-3318 | SPILL 11/03/2033",
  [("REYES-VILLALOBOS, ANA", N), ("2217843", ID_), ("3318", SS), ("11/03/2033", D)], "name-last-first other-id ssn")
P("IVRM", "chat", "Jarrod asked if the bags for the Haugland discharge could be ready by 1030.",
  [("Jarrod", N), ("Haugland", N)], "name-staff name-given-only clock-time")
P("IVRM", "chat", "Omnicell fingerprint re-enrollment for Paulette Verhagen is done, old template OMN-FP-55102 deleted.",
  [("Paulette Verhagen", N), ("OMN-FP-55102", BI)], "biometric name-staff")
# ---------------------------------------------------------------- dermatology and Mohs surgery clinic
C("DERM", "chat", "Mohs case in room 3 is on stage 2, margins clear except at 6 o'clock.", "eponym-bare room-bed-number", ep="Mohs")
C("DERM", "chat", "Koebner phenomenon on the shins, classic for her psoriasis flare.", "eponym-bare", ep="Koebner")
C("DERM", "thread", "Nikolsky sign negative, so less likely TEN, but biopsy anyway.", "eponym-bare acronym", ep="Nikolsky")
C("DERM", "dictation", "Breslow depth one point two millimeters, Clark level four, no ulceration, mitotic rate two.",
  "eponym-bare dose-lab", ep="Breslow|Clark")
C("DERM", "chat", "Dupixent PA process changed again, the new form is in the shared folder.", "drug-brand-name acronym", br="Dupixent")
C("DERM", "lower", "room 5 needs the liquid nitrogen refilled before wart clinic", "room-bed-number ordinary-chat")
C("DERM", "bot", "/ask Fitzpatrick skin type and how it changes laser settings", "eponym-bare", ep="Fitzpatrick")
C("DERM", "chat", "Auspitz sign is easy to demonstrate with a curette if you want to show the students.",
  "eponym-bare teaching", ep="Auspitz")
C("DERM", "page", "DERM: ROOM 2 PT VASOVAGAL AFTER SHAVE BX, BP 92/58, RECOVERED", "room-bed-number dose-lab")
C("DERM", "chat", "Darier sign was positive on that brown papule, so mastocytoma, parents reassured.", "eponym-bare", ep="Darier")
C("DERM", "chat", "Accutane iPLEDGE month 4 labs are all back normal.", "drug-brand-name", br="Accutane|iPLEDGE")
C("DERM", "thread", "Wood's lamp shows coral-red fluorescence, erythrasma, starting erythromycin.", "eponym-bare", ep="Wood")
C("DERM", "chat", "Spitz nevus vs melanoma is a path question, we'll wait for the dermpath read.", "eponym-bare", ep="Spitz")
C("DERM", "dictation", "Lesion is a five millimeter pearly papule with telangiectasia on the left nasal ala.", "dose-lab")
C("DERM", "chat", "Sunscreen samples from La Roche-Posay and EltaMD came in, they're in cabinet B.",
  "drug-brand-name", br="La Roche-Posay|EltaMD")
C("DERM", "chat", "Hutchinson sign with that zoster on the nose tip, ophtho consult today.", "eponym-bare", ep="Hutchinson")
C("DERM", "lower", "mohs lunch is at 1230 today in the conference room", "clock-time ordinary-chat")
C("DERM", "chat", "Melanoma Monday screening event needs four more volunteers, sign-up sheet at the front.",
  "holiday ordinary-chat", hol="Melanoma Monday")
C("DERM", "thread", "Sudden seborrheic keratoses everywhere is the Leser-Tr\u00e9lat sign, so we're asking GI about a scope.",
  "eponym-bare", ep="Leser-Tr\u00e9lat")
C("DERM", "chat", "Otezla titration pack: day 1 is 10 mg, working up to 30 mg twice daily.", "drug-brand-name dose-lab", br="Otezla")
C("DERM", "bot", "/ask Lyme erythema migrans vs cellulitis, which features help tell them apart", "place-disease", pl="Lyme")
C("DERM", "chat", "PASI went from 18 to 3 on Skyrizi, she's thrilled.", "score drug-brand-name", sc="PASI", br="Skyrizi")
C("DERM", "chat", "UV index is 9 today, remind the post-Mohs patients about hats.", "ordinary-chat")

P("DERM", "chat", "Mohs today: Clifford Ashby, Yolanda Pierce, Torvald Nygaard, Esperanza Ruelas.",
  [("Clifford Ashby", N), ("Yolanda Pierce", N), ("Torvald Nygaard", N), ("Esperanza Ruelas", N)], "name-list name-word")
P("DERM", "ehr", "PATH | ACC BX-7733-D | STRAND, JUNIPER L | MRN 66210473 | DOB 02-Mar-1957 | SUPERFICIAL BCC, L SHOULDER",
  [("BX-7733-D", ID_), ("STRAND, JUNIPER L", N), ("66210473", MR), ("02-Mar-1957", D)], "name-last-first date-dmy-abbrev other-id")
P("DERM", "chat", "Uploading Mr. Thibodeaux's lesion photos now: DSC_0418.JPG and DSC_0419.JPG.",
  [("Thibodeaux", N), ("DSC_0418.JPG", PI), ("DSC_0419.JPG", PI)], "photo-filename name-title name-possessive")
P("DERM", "voicemail", "Hi this is Opal Kerrigan, I had a biopsy on my back and the stitches look red, my number's 319-555-0111, thanks.",
  [("Opal Kerrigan", N), ("319-555-0111", PH)], "name-word phone")
P("DERM", "lower", "dr whitford wants the frozens for mrs pruett read first", [("whitford", N), ("pruett", N)],
  "name-lowercase name-title name-staff")
P("DERM", "page", "DERM: MRS BIRCH IN RM 4 BLEEDING THROUGH DRESSING, PLEASE COME", [("BIRCH", N)],
  "name-word name-allcaps name-title")
P("DERM", "thread", "Teledermatology photo came in as rash_tamika_feb.heic through https://teleskin.example.com/c/88214, it's too blurry.",
  [("rash_tamika_feb.heic", PI), ("https://teleskin.example.com/c/88214", UR)], "photo-filename url")
P("DERM", "chat", "Candy Rourke is here for her isotretinoin labs, mom Brenda is with her.",
  [("Candy Rourke", N), ("Brenda", N)], "name-word name-relative")
P("DERM", "dictation", "Patient Robert Jackson Jr., date of birth October third nineteen forty-four, presents for a full skin exam.",
  [("Robert Jackson Jr.", N), ("October third nineteen forty-four", D)], "name-common date-spoken dob")
P("DERM", "chat", "Kwame Asante-Darko wants to know if his keloid injection can move to Friday.",
  [("Kwame Asante-Darko", N)], "name-hyphenated name-non-english weekday")
P("DERM", "email", "From: Hollis Reinholt <hreinholt@example.com>\nSubject: pictures of my mole\nAttached are IMG_7781.jpg and IMG_7782.jpg taken today, my wife thinks it has changed.",
  [("Hollis Reinholt", N), ("hreinholt@example.com", EM), ("IMG_7781.jpg", PI), ("IMG_7782.jpg", PI)], "photo-filename email")
P("DERM", "chat", "Tell Dr. Ifeanyi that Mr. Winters' graft looks pink today.", [("Ifeanyi", N), ("Winters", N)],
  "name-title name-word name-possessive name-staff")
P("DERM", "bot", "/ask write a patient letter for Marigold Tenpenny explaining her biopsy showed actinic keratosis",
  [("Marigold Tenpenny", N)], "name-word")
P("DERM", "chat", "Anh Thu's mom asked whether the laser for the port-wine stain will hurt.", [("Anh Thu", N)],
  "name-non-english name-possessive name-given-only")
P("DERM", "lower", "can someone call back the psoriasis guy, ferris, his number is in the message", [("ferris", N)],
  "name-lowercase name-given-only")
P("DERM", "ehr", "RX | CHARBONNEAU, LUC | TACROLIMUS 0.1% OINT | PRESCRIBER T. WHITFORD, DEA FW2281934 | PHARMACY: RIVERSIDE DRUG, IOWA CITY",
  [("CHARBONNEAU, LUC", N), ("T. WHITFORD", N), ("FW2281934", LI), ("RIVERSIDE DRUG", LO), ("IOWA CITY", LO)],
  "name-last-first facility license")
P("DERM", "chat", "Mrs. Valentine brought her husband's list of spots he wants checked.", [("Valentine", N)],
  "name-word name-title")
P("DERM", "thread", "Yes, Hamid is the one with the DFSP, Hamid Rezaei, re-excision Tuesday.",
  [("Hamid", N), ("Hamid Rezaei", N)], "name-non-english weekday name-given-only")
P("DERM", "chat", "Please stop scheduling Ms. Brooke Dunlap and Ms. Brook Dunlop on the same morning, the charts keep getting mixed.",
  [("Brooke Dunlap", N), ("Brook Dunlop", N)], "name-word name-title")
P("DERM", "dictation", "The patient is a ninety-seven year old woman, Missus Philomena Carr, with a squamous cell carcinoma on the left hand.",
  [("ninety-seven", A), ("Philomena Carr", N)], "age-over-89-words name-title")
P("DERM", "chat", "Portal message from Tobias Engstr\u00f6m: can I swim after Mohs? Answered, no swimming for a week.",
  [("Tobias Engstr\u00f6m", N)], "name-non-english")
P("DERM", "page", "DERM: PATH CALLED ON GERALDINE ABERCROMBIE, MELANOMA, CALL HER AT 319-555-0187",
  [("GERALDINE ABERCROMBIE", N), ("319-555-0187", PH)], "name-allcaps phone")
P("DERM", "chat", "Fatima's sunburn photo is in her chart, that's Fatima Al-Sayed, 14, mom's number " + AR("563-555-0192") + ".",
  [("Fatima", N), ("Fatima Al-Sayed", N), (AR("563-555-0192"), PH)], "name-non-english name-hyphenated arabic-indic-digits")
P("DERM", "chat", "Cosmetic Botox isn't covered, so Mrs. Kingsley's self-pay account 6620-118734 shows a credit.",
  [("Kingsley", N), ("6620-118734", AC)], "account name-title name-possessive")
P("DERM", "chat", "Mail the post-Mohs wound care kit to Ramona Quist, 4410 Bever Ave SE, Cedar Rapids 52403, she can't drive yet.",
  [("Ramona Quist", N), ("4410 Bever Ave SE", LO), ("Cedar Rapids", LO), ("52403", LO)], "address city")
# ---------------------------------------------------------------- vascular surgery clinic
C("VASC", "chat", "ABI 0.62 on the right, 0.91 on the left, TBI pending.", "dose-lab acronym")
C("VASC", "chat", "Rutherford class 4 with rest pain, we're getting an angiogram this week.", "eponym-bare score", ep="Rutherford")
C("VASC", "thread", "Fontaine staging is the European version, Rutherford is what we document here.", "eponym-bare score", ep="Fontaine")
C("VASC", "dictation", "Duplex ultrasound demonstrates a patent femoral-popliteal bypass graft with peak systolic velocities of eighty centimeters per second.",
  "dose-lab")
C("VASC", "chat", "Buerger's test: pallor on elevation, rubor on dependency, classic.", "eponym-bare", ep="Buerger")
C("VASC", "lower", "the unna boots are in the supply room not the clinic room", "ordinary-chat")
C("VASC", "bot", "/ask CEAP classification for venous disease, what does C4b mean", "score acronym", sc="CEAP")
C("VASC", "chat", "Perthes test was positive, so the deep system may be the problem, not just the saphenous.",
  "eponym-bare", ep="Perthes")
C("VASC", "chat", "Xarelto 2.5 twice daily plus aspirin per COMPASS for his PAD.", "drug-brand-name dose-lab", br="Xarelto", tr="COMPASS")
C("VASC", "page", "VASC CLINIC: RM 6 PT WITH COLD PALE FOOT, NO SIGNAL, SENDING TO ED", "room-bed-number acronym")
C("VASC", "chat", "Doppler signals are triphasic at the DP and PT on the left.", "eponym-bare acronym", ep="Doppler")
C("VASC", "chat", "Cook Medical rep says the Zenith sizing app updated overnight.", "device-brand", br="Cook Medical|Zenith")
C("VASC", "thread", "Leriche syndrome triad: claudication, absent femoral pulses, erectile dysfunction.", "eponym-bare teaching", ep="Leriche")
C("VASC", "dictation", "There is a healing ulcer over the lateral malleolus measuring two by three centimeters.", "dose-lab")
C("VASC", "chat", "Allen test before the radial access showed good collateral flow.", "eponym-bare", ep="Allen")
C("VASC", "chat", "Pletal 50 mg twice daily for the claudicant, recheck walking distance in 3 months.",
  "drug-brand-name dose-lab", br="Pletal")
C("VASC", "lower", "wound vac canister in room 3 is full", "room-bed-number")
C("VASC", "chat", "May-Thurner on the venogram, left iliac vein compression, stent discussion next visit.",
  "eponym-bare", ep="May-Thurner")
C("VASC", "chat", "Paget-Schroetter in the young swimmer: thrombolysis, then first rib resection.", "eponym-bare", ep="Paget-Schroetter")
C("VASC", "thread", "Wells score of 1 and a negative D-dimer, no duplex needed.", "eponym-bare score", ep="Wells")
C("VASC", "chat", "Aneurysm at 5.4 cm crosses the repair threshold for men; we use 5.0 for women.", "dose-lab")
C("VASC", "bot", "/ask compression stocking pressure in mmHg for venous ulcer healing", "dose-lab")
C("VASC", "chat", "Cinco de Mayo taco lunch for the vascular team, Friday at noon.", "holiday weekday", hol="Cinco de Mayo")

P("VASC", "chat", "Vernon Blackwell's toe amputation is healing, wife Lorna asked about home health.",
  [("Vernon Blackwell", N), ("Lorna", N)], "name-possessive name-relative")
P("VASC", "ehr", "ANGIO SCHED | GUNNARSON, OLAF T | MRN 38826174 | AGE 93 | R SFA STENT | 0730",
  [("GUNNARSON, OLAF T", N), ("38826174", MR), ("93", A)], "name-last-first mrn age-over-89")
P("VASC", "lower", "mr ortega-blum is here early, can we room him", [("ortega-blum", N)],
  "name-lowercase name-hyphenated name-title")
P("VASC", "voicemail", "Hello, my name is Gertrude Hallock, I'm ninety-four, I was told to call about my leg ultrasound appointment, my phone is 563-555-0138.",
  [("Gertrude Hallock", N), ("ninety-four", A), ("563-555-0138", PH)], "age-over-89-words phone")
P("VASC", "page", "VASC: DR NAVARRO-QUINTERO PLS CALL RM 2, MR HOBBS PAIN 9/10",
  [("NAVARRO-QUINTERO", N), ("HOBBS", N)], "name-hyphenated name-staff score-fraction")
P("VASC", "chat", "Holly at the wound clinic says Mr. Fairbanks' ulcer is down to 1.2 cm.", [("Holly", N), ("Fairbanks", N)],
  "name-word name-staff name-title name-possessive")
P("VASC", "dictation", "Mister Cornelius Broadwater, date of birth April first nineteen thirty-four, returns for graft surveillance.",
  [("Cornelius Broadwater", N), ("April first nineteen thirty-four", D)], "date-spoken dob name-title")
P("VASC", "chat", "Plan for Wanda Szymanski: stop Eliquis Monday, angio Wednesday.", [("Wanda Szymanski", N)],
  "name-non-english weekday")
P("VASC", "thread", "Her son Dmitri drives her, so schedule around his shifts, he's at 319-555-0169 or dmitri.k (at) example (dot) net.",
  [("Dmitri", N), ("319-555-0169", PH), ("dmitri.k (at) example (dot) net", EM)], "name-relative phone obfuscated-email")
P("VASC", "chat", "Can someone call Glen Ridge Assisted Living about Mrs. Pickering's dressing orders?",
  [("Glen Ridge Assisted Living", LO), ("Pickering", N)], "facility name-title name-possessive")
P("VASC", "email", "From: Sorrel Family Practice referrals\nReferral: Cyrus Bahrami, DOB 07/09/1949, claudication at 50 m, ABI 0.58.",
  [("Sorrel Family Practice", LO), ("Cyrus Bahrami", N), ("07/09/1949", D)], "facility dob name-non-english")
P("VASC", "chat", "Mrs. Ruby Lightfoot is 91 and wants to know if she can skip the stent.", [("Ruby Lightfoot", N), ("91", A)],
  "name-word age-over-89 name-title")
P("VASC", "lower", "pablo from ir says the sheath is out and hemostasis is good", [("pablo", N)],
  "name-lowercase name-staff name-given-only")
P("VASC", "chat", "Forrest Pickett is back with the same graft infection, CT tonight.", [("Forrest Pickett", N)], "name-word")
P("VASC", "bot", "/ask summarize the last three ABIs for Eugene Marchetti and tell me the trend", [("Eugene Marchetti", N)],
  "dose-lab")
P("VASC", "chat", "Chiara Lombardi's dad Enzo is the one who called about the compression stockings.",
  [("Chiara Lombardi", N), ("Enzo", N)], "name-possessive name-relative name-non-english")
P("VASC", "ehr", "ADT | ADMIT VASC 7N-12 | KEMPERMAN, DORIS E | MRN 50318267 | DOB 09-Jan-1933 | ATTD SOLBERG",
  [("KEMPERMAN, DORIS E", N), ("50318267", MR), ("09-Jan-1933", D), ("SOLBERG", N)], "name-last-first date-dmy-abbrev name-staff")
P("VASC", "page", "VASC ON CALL: ED HAS CARL MOBERG, ACUTE LIMB, CALL 319-555-0195", [("CARL MOBERG", N), ("319-555-0195", PH)],
  "name-allcaps phone")
P("VASC", "chat", "Heard from the Dunmores, their dad passed at Prairie Vista Hospice last night.",
  [("Dunmores", N), ("Prairie Vista Hospice", LO)], "name-relative facility")
P("VASC", "thread", "Agree with Marisa and Tanner, the graft is patent and we can watch.", [("Marisa", N), ("Tanner", N)],
  "name-list name-staff name-word")
P("VASC", "dictation", "Patient Thomas Anderson, that's Anderson with an o n, has bilateral calf claudication at one block.",
  [("Thomas Anderson", N)], "name-common")
P("VASC", "chat", "Brother Lawrence brings Mr. Teague to every visit, he's his legal guardian.", [("Lawrence", N), ("Teague", N)],
  "name-title name-relative")
P("VASC", "chat", "Parking validation for Hector Ybarra's wife, she's in the green minivan, plate IA 2KV 119.",
  [("Hector Ybarra", N), ("IA 2KV 119", VE)], "vehicle name-possessive name-relative")
P("VASC", "chat", "Mr. Williams and Mr. Williamson both have 1030 duplex slots, front desk please double-check who is who.",
  [("Williams", N), ("Williamson", N)], "name-common name-title clock-time")
# ---------------------------------------------------------------- adult diabetes and endocrinology clinic
C("DIAB", "chat", "A1c 9.4 on the new referral, start basal at 10 units and titrate by 2 every 3 days.", "dose-lab")
C("DIAB", "chat", "Dexcom G7 sensors are back-ordered at two pharmacies, Libre 3 is the backup.",
  "device-brand", br="Dexcom|Libre")
C("DIAB", "thread", "Omnipod 5 auto mode target is 110 by default, she wants it lower.", "device-brand dose-lab", br="Omnipod")
C("DIAB", "chat", "Somogyi effect is mostly debunked, it's usually just the dawn phenomenon.", "eponym-bare teaching", ep="Somogyi")
C("DIAB", "dictation", "Monofilament sensation is intact bilaterally, no Charcot deformity, pedal pulses palpable.",
  "eponym-bare", ep="Charcot")
C("DIAB", "bot", "/ask insulin-to-carb ratio using the 500 rule", "dose-lab")
C("DIAB", "chat", "Hashimoto's with a TSH of 11, bumping levothyroxine to 88 mcg.", "eponym-bare dose-lab", ep="Hashimoto")
C("DIAB", "lower", "glucagon kits expired in the clinic fridge, ordering baqsimi instead", "ordinary-chat")
C("DIAB", "chat", "Graves' eye disease is flaring, ophtho wants to talk about teprotumumab.", "eponym-bare", ep="Graves")
C("DIAB", "page", "DIABETES CLINIC RM 8: BG 41, GIVING JUICE, RECHECK IN 15", "room-bed-number dose-lab")
C("DIAB", "chat", "Chvostek and Trousseau both positive after the thyroidectomy, calcium is 7.1.",
  "eponym-bare dose-lab", ep="Chvostek|Trousseau")
C("DIAB", "thread", "Ozempic 0.5 to 1 mg, she's tolerating it, nausea only the first week.", "drug-brand-name dose-lab", br="Ozempic")
C("DIAB", "chat", "Addison's crisis teaching: double the hydrocortisone on sick days and keep the injectable at home.",
  "eponym-bare teaching", ep="Addison")
C("DIAB", "chat", "Tandem rep is doing a Control-IQ training Wednesday at 1600.", "device-brand weekday clock-time",
  br="Tandem|Control-IQ")
C("DIAB", "dictation", "Her glucose logs show fasting values between one forty and one sixty.", "dose-lab")
C("DIAB", "chat", "Whipple's triad was met during the supervised fast, insulinoma workup continues.", "eponym-bare", ep="Whipple")
C("DIAB", "chat", "Ramadan fasting plan: cut the basal a bit and take the Jardiance at iftar.",
  "holiday drug-brand-name", hol="Ramadan", br="Jardiance")
C("DIAB", "lower", "pump class tomorrow at 9 in the small conference room", "clock-time ordinary-chat")
C("DIAB", "bot", "/ask Cushing's vs pseudo-Cushing, best first screening test", "eponym-bare", ep="Cushing")
C("DIAB", "chat", "Mounjaro 5 mg start, we'll see her back in 4 weeks.", "drug-brand-name dose-lab", br="Mounjaro")
C("DIAB", "chat", "Wolff-Chaikoff effect after the contrast load, the TSH should recover on its own.",
  "eponym-bare", ep="Wolff-Chaikoff")
C("DIAB", "thread", "Bethesda category IV on the thyroid FNA, so we'll send molecular testing.", "place-rule acronym", pl="Bethesda")
C("DIAB", "chat", "Patients under 65 with an A1c above 8 get the diabetes educator automatically.", "age-under-90 dose-lab")

P("DIAB", "chat", "Dexcom share for Emmett Larkspur keeps dropping, his mom Tawny gets the alerts.",
  [("Emmett Larkspur", N), ("Tawny", N)], "name-word name-relative")
P("DIAB", "ehr", "CGM UPLOAD | ROUSSEAU, CELINE | MRN 72460183 | DEXCOM G7 SN 8MT4K2Q7 | LAST SYNC 10/19/2033",
  [("ROUSSEAU, CELINE", N), ("72460183", MR), ("8MT4K2Q7", DV), ("10/19/2033", D)], "name-last-first device-serial date-numeric")
P("DIAB", "lower", "mr abdi's pump is alarming occlusion, told him to change the site", [("abdi", N)],
  "name-lowercase name-possessive name-title")
P("DIAB", "voicemail", "Hi, this is Bernadine Tso calling about my insulin pump supplies, they never came, my number is 505-555-0116.",
  [("Bernadine Tso", N), ("505-555-0116", PH)], "name-non-english phone")
P("DIAB", "email", "From: Caleb Whitehorse <cwhitehorse@example.org>\nSubject: portal won't load\nI keep getting an error at https://portal.example.org/diabetes/upload?pt=84417 when I upload my CGM data.",
  [("Caleb Whitehorse", N), ("cwhitehorse@example.org", EM), ("https://portal.example.org/diabetes/upload?pt=84417", UR)],
  "url email")
P("DIAB", "chat", "Sunshine Begay wants her next visit by video, she's driving back from Gallup.",
  [("Sunshine Begay", N), ("Gallup", LO)], "name-word name-non-english city")
P("DIAB", "page", "DIAB CLINIC: PT JEROME BATTLE BG 38 IN LOBBY, NEED RN", [("JEROME BATTLE", N)], "name-allcaps name-word")
P("DIAB", "thread", "Jerome Battle is stable now, BG 112 after juice and crackers.", [("Jerome Battle", N)], "name-word dose-lab")
P("DIAB", "dictation", "Patient Aurelio Santangelo, seventy-eight years old, type 2 for twenty years, A1c eight point two.",
  [("Aurelio Santangelo", N)], "age-under-90 dose-lab")
P("DIAB", "chat", "Mrs. Yoon-ah Park's insulin is covered now, Medicaid id IA88102774C.",
  [("Yoon-ah Park", N), ("IA88102774C", HP)], "health-plan name-title name-non-english")
P("DIAB", "bot", "/ask draft a sick-day letter for Kenji Fairweather-Ito, type 1 on Omnipod", [("Kenji Fairweather-Ito", N)],
  "name-hyphenated")
P("DIAB", "chat", "Login alert: Sadie Honeycutt's portal account was accessed from 203.0.113.57 at 0312.",
  [("Sadie Honeycutt", N), ("203.0.113.57", IPA)], "ip name-possessive clock-time")
P("DIAB", "lower", "jolene's a1c came back 6.9, so proud of her", [("jolene", N)], "name-lowercase name-possessive name-given-only")
P("DIAB", "chat", "Dr. Greenbaum's patient Ezra Lichtblau needs the pump paperwork signed today.",
  [("Greenbaum", N), ("Ezra Lichtblau", N)], "name-title name-staff name-possessive")
P("DIAB", "chat", "Ileana Constantinescu has her thyroid FNA Thursday, her husband Radu drives.",
  [("Ileana Constantinescu", N), ("Radu", N)], "name-non-english name-relative weekday")
P("DIAB", "ehr", "PORTAL LOGIN | USER mkapoor81 | IP 192.0.2.144 | PT KAPOOR, MEERA | 10/27/2033 2241",
  [("mkapoor81", N), ("192.0.2.144", IPA), ("KAPOOR, MEERA", N), ("10/27/2033", D)], "ip name-last-first date-numeric")
P("DIAB", "page", "ENDO: CALL BACK SKIP HOLLANDER RE DKA RISK, 319-555-0143", [("SKIP HOLLANDER", N), ("319-555-0143", PH)],
  "name-nickname name-word phone")
P("DIAB", "thread", "Skip is short for Schuyler, his chart name is Schuyler Hollander III.",
  [("Skip", N), ("Schuyler", N), ("Schuyler Hollander III", N)], "name-nickname name-word")
P("DIAB", "chat", "Teodora's Libre reader serial is FL3-27A-8841, the pharmacy needs it for the warranty swap.",
  [("Teodora", N), ("FL3-27A-8841", DV)], "device-serial name-possessive name-given-only")
P("DIAB", "chat", "Patient May Ling Choi, 95, on insulin for decades, granddaughter Priscilla manages the pen.",
  [("May Ling Choi", N), ("95", A), ("Priscilla", N)], "age-over-89 name-word name-relative name-non-english")
P("DIAB", "dictation", "Follow up in three months with Doctor Pemberton, labs one week prior.", [("Pemberton", N)],
  "name-title name-staff")
P("DIAB", "chat", "The Mukherjees brought the whole family to the pump start, lovely people.", [("Mukherjees", N)],
  "name-relative name-non-english")
P("DIAB", "chat", "Heather from Byram says Lonnie Stiles's sensors ship Friday to 918 Ash Grove Ln, Mount Vernon.",
  [("Heather", N), ("Lonnie Stiles", N), ("918 Ash Grove Ln", LO), ("Mount Vernon", LO)], "address city name-word name-possessive")
P("DIAB", "ehr", "TODAY | 1015 SMITH, JENNIFER L | 1045 SMITH, JENNIFER A | POC A1C BOTH",
  [("SMITH, JENNIFER L", N), ("SMITH, JENNIFER A", N)], "name-last-first name-common name-allcaps")
# ---------------------------------------------------------------- pharmacist-run anticoagulation clinic
C("ANTICOAG", "chat", "INR 3.8, hold one dose and then reduce the weekly dose by 10%.", "dose-lab")
C("ANTICOAG", "chat", "Coumadin 5 mg tabs are peach and 2.5 are green, patients mix them up all the time.",
  "drug-brand-name dose-lab", br="Coumadin")
C("ANTICOAG", "thread", "HAS-BLED of 3 doesn't mean stop anticoagulation, it means fix what you can.", "score", sc="HAS-BLED")
C("ANTICOAG", "bot", "/ask warfarin interaction with Bactrim, how much should I reduce the dose", "drug-brand-name", br="Bactrim")
C("ANTICOAG", "chat", "CoaguChek strips are in the drawer under the point-of-care meter.", "device-brand", br="CoaguChek")
C("ANTICOAG", "lower", "inr clinic runs 8 to noon on fridays now", "clock-time ordinary-chat")
C("ANTICOAG", "dictation", "Point of care INR today is two point six, within the goal of two to three, no bleeding reported.", "dose-lab")
C("ANTICOAG", "chat", "Pradaxa needs renal dosing below a CrCl of 30, and the capsules can't be opened.",
  "drug-brand-name dose-lab", br="Pradaxa")
C("ANTICOAG", "chat", "Virchow's triad teaching slide is updated for the residents.", "eponym-bare teaching", ep="Virchow")
C("ANTICOAG", "page", "ANTICOAG CLINIC RM 2: PT WITH INR 6.1, NO BLEEDING, PLS COME SEE", "room-bed-number dose-lab")
C("ANTICOAG", "chat", "Kcentra is for the real bleeds, not for an INR of 5 with no bleeding.", "drug-brand-name", br="Kcentra")
C("ANTICOAG", "thread", "sPESI of 0, so outpatient treatment for the PE is reasonable.", "score acronym", sc="sPESI")
C("ANTICOAG", "chat", "Leafy greens are fine on warfarin, consistency matters more than avoiding them.", "ordinary-chat teaching")
C("ANTICOAG", "lower", "the lovenox bridge teaching sheet is out of date, who owns it", "ordinary-chat")
C("ANTICOAG", "chat", "Antiphospholipid syndrome with a mechanical valve means warfarin only, no DOACs.", "acronym teaching")
C("ANTICOAG", "dictation", "Patient reports a fall two weeks ago with no head strike, no melena and no hematuria.", "dictation")
C("ANTICOAG", "chat", "After Passover the INRs always bounce a little, fewer greens that week.", "holiday", hol="Passover")
C("ANTICOAG", "chat", "Lyme carditis can look like new heart block, not an anticoag issue but worth knowing.",
  "place-disease teaching", pl="Lyme")
C("ANTICOAG", "chat", "Andexxa is on formulary now for the apixaban bleeds.", "drug-brand-name", br="Andexxa")
C("ANTICOAG", "thread", "Time in therapeutic range by Rosendaal is 71% for the clinic this quarter.",
  "eponym-bare dose-lab", ep="Rosendaal")
C("ANTICOAG", "chat", "HIT workup: 4Ts score of 6, send the PF4 and stop all heparin.", "score acronym", sc="4Ts")
C("ANTICOAG", "bot", "/ask apixaban dose reduction criteria: age, weight, creatinine", "dose-lab")
C("ANTICOAG", "chat", "Patients over 80 get the fall-risk handout with every new warfarin start.", "age-under-90")

P("ANTICOAG", "chat", "INR for Mabel Gustafson is 4.2, she's 98 and ate a whole bag of spinach.",
  [("Mabel Gustafson", N), ("98", A)], "age-over-89 dose-lab")
P("ANTICOAG", "voicemail", "Hi, it's Reginald Okafor, my INR machine at home says error four, can someone call me at 319-555-0152.",
  [("Reginald Okafor", N), ("319-555-0152", PH)], "phone name-non-english")
P("ANTICOAG", "ehr", "POC INR | HARTLEY, IVY ROSE | 2.4 | 5 MG DAILY EXCEPT 7.5 MG MON/THU | NEXT 11/09/2033",
  [("HARTLEY, IVY ROSE", N), ("11/09/2033", D)], "name-last-first name-word date-numeric")
P("ANTICOAG", "lower", "called mrs delacruz (mrn 70245518) about her inr, no answer, left a vm",
  [("delacruz", N), ("70245518", MR)], "name-lowercase name-title mrn")
P("ANTICOAG", "page", "ANTICOAG: WILBUR FENSTERMACHER INR 7.9, CALL HIM AT 563-555-0179",
  [("WILBUR FENSTERMACHER", N), ("563-555-0179", PH)], "name-allcaps phone")
P("ANTICOAG", "chat", "Home INR meter for Mr. Pettigrew is a CoaguChek INRange, serial UP-40377218, reporting to us weekly.",
  [("Pettigrew", N), ("UP-40377218", DV)], "device-serial name-title")
P("ANTICOAG", "thread", "His daughter Faye does the pill box, she's at 319-555-\u200b0168 if he doesn't answer.",
  [("Faye", N), ("319-555-\u200b0168", PH)], "name-relative phone zero-width")
P("ANTICOAG", "dictation", "Missus Eulalia Montoya, ninety-nine years old, presents for INR check, last dose change on the eighth of October.",
  [("Eulalia Montoya", N), ("ninety-nine", A), ("the eighth of October", D)], "age-over-89-words date-spoken name-title")
P("ANTICOAG", "chat", "Buck Tillotson's INR is all over the place since he started the Bactrim.", [("Buck Tillotson", N)],
  "name-word name-possessive")
P("ANTICOAG", "email", "From: Sunnybrook Outreach Lab <results@sunnybrooklab.example.com>\nINR result for ALDRICH, MERLE W, DOB 12/28/1935: 3.1. Fax 319-555-0197.",
  [("results@sunnybrooklab.example.com", EM), ("ALDRICH, MERLE W", N), ("12/28/1935", D), ("319-555-0197", FX)],
  "email dob fax")
P("ANTICOAG", "chat", "Mrs. Pham's INR visits should avoid Sunday mornings, Deacon Ostrowski brings her communion then.",
  [("Pham", N), ("Ostrowski", N)], "name-title name-possessive name-common")
P("ANTICOAG", "bot", "/ask make a warfarin dosing calendar for Tomasina Reed, 32.5 mg a week", [("Tomasina Reed", N)],
  "name-word dose-lab")
P("ANTICOAG", "chat", "We have two patients named Margaret Hill: the warfarin one is DOB 3/14/1941, the Eliquis one 8/2/1950.",
  [("Margaret Hill", N), ("3/14/1941", D), ("8/2/1950", D)], "name-word name-common dob")
P("ANTICOAG", "lower", "gustavo from the home health agency said her inr is 1.4", [("gustavo", N)],
  "name-lowercase name-staff name-given-only")
P("ANTICOAG", "chat", "Ms. Tesfaye reads Amharic, not English; her son Dawit usually comes with her.",
  [("Tesfaye", N), ("Dawit", N)], "name-title name-relative name-non-english")
P("ANTICOAG", "page", "ANTICOAG: PT SIMONE BEAULIEU-GRANT IN LOBBY W/ NOSEBLEED, PLS SEE NOW", [("SIMONE BEAULIEU-GRANT", N)],
  "name-allcaps name-hyphenated")
P("ANTICOAG", "chat", "Lovenox teaching for Delphine Boudreaux is done; she goes back to Willow Creek Manor in Cedar Falls tonight.",
  [("Delphine Boudreaux", N), ("Willow Creek Manor", LO), ("Cedar Falls", LO)], "facility city")
P("ANTICOAG", "chat", "Dr. Achebe asked me to switch Lamar Whitley from warfarin to apixaban.",
  [("Achebe", N), ("Lamar Whitley", N)], "name-title name-staff")
P("ANTICOAG", "thread", "Yes, Sonny is Santiago Robles, same guy, the nickname is on the pill bottle label.",
  [("Sonny", N), ("Santiago Robles", N)], "name-nickname name-non-english")
P("ANTICOAG", "dictation", "Caller is the patient's wife, Missus Coretta Bell, phone number three one nine, five five five, zero one seven seven.",
  [("Coretta Bell", N), ("three one nine, five five five, zero one seven seven", PH)], "name-word name-relative phone")
P("ANTICOAG", "ehr", "ANTICOAG REFERRAL | ADEYEMI, OLUWASEUN | \u041cRN 57302846 | AFIB, START APIXABAN",
  [("ADEYEMI, OLUWASEUN", N), ("57302846", MR)], "homoglyph-label mrn name-last-first")
P("ANTICOAG", "chat", "Faustino Aguirre's INR is 2.5, he's 89 and sharp as a tack.", [("Faustino Aguirre", N)],
  "name-possessive age-under-90")
P("ANTICOAG", "chat", "Two Hmong speakers today: Chue Thao at 0900 and Nou Yang at 1030.",
  [("Chue Thao", N), ("Nou Yang", N)], "name-list name-non-english clock-time")
# ==== END OF MESSAGES ====

SOURCE_HEAD = r"""
# Independent PHI chat evaluation set v16 (dev / test)

## How it was written
- Purpose: a cross-section of what the team channels of a mid-sized US hospital carry in a month, with the
  clinical assistant bot in them. About half the messages are clean; the others carry identifiers in
  roughly the proportions real chat has: mostly names of patients, relatives and staff (about two thirds
  of all spans), then locations, dates, phones, ages over 89 and MRNs, and only a few of each rarer kind
  (2-7 spans each, so that every category reaches both splits; that is still more than a real month would
  show for SSN, IP, URL, VEHICLE and BIOMETRIC). Hidden and odd formats are in, in ordinary proportion
  only (2 messages each for the Unicode and spacing tricks, see the kind table): a zero-width space inside
  an MRN and inside a phone; a first-strong isolate around an Arabic-script name and left-to-right marks
  around a phone; full-width digits in a kiosk DOB and a ZIP code; Arabic-Indic digits in two phones; a
  Cyrillic "М" in the "MRN" label twice; an MRN and an SSN split by spaces; also dd-Mon-yyyy dates (6
  messages), dates said aloud in dictation (8 messages, dictation is where they occur), ages over 89 in
  words (5), phones said digit by digit in voicemails and dictation (4) and two spelled-out e-mails.
- Settings (new for v16): ten settings that the v13-v15 SOURCE.md files do not list as used by the
  earlier sets: a cardiac surgery ICU; a trauma surgery service; a neonatal transport team; an ambulatory
  surgery center; lactation services; the hospital pharmacy IV room (sterile compounding); a dermatology
  and Mohs surgery clinic; a vascular surgery clinic; an adult diabetes and endocrinology clinic; a
  pharmacist-run anticoagulation clinic. The brief's ten examples were checked against the three files by
  reading them and by grepping them for the setting words ("trauma", "neonat", "transport",
  "ambulatory", "surgery center", "lactation", "breastfe", "IV room", "compounding", "cardiac surg",
  "rehab", "hospice", "interpret", "rheumatol", "dermatol", "mohs", "vascular", "diabet", "insulin",
  "anticoag", "warfarin"). Kept from the brief (six): the cardiac surgery ICU, trauma surgery, neonatal
  transport, the ambulatory surgery center, lactation services and the IV room, whose setting words occur
  in none of the files (the files do mention an ICU, see the overlaps below). Left out (four), because the files report them or something very
  close as used: outpatient infusion for rheumatology (v13's rheumatology clinic and its infusion suite),
  the hospice inpatient unit (v14 reports v8's hospice and home health), interpreter services (v13
  reports v8's interpreter services) and inpatient rehabilitation (v14's post-acute skilled nursing
  facility is "the rehab hall of a nursing home"). Added instead (four), settings whose words the files do
  not contain: dermatology / Mohs, vascular surgery, adult diabetes and endocrinology, and the
  anticoagulation clinic. Overlap disclosed: the cardiac surgery ICU sits next to v9's ICU and cath lab
  (as v14 and v15 report them) and v15's cardiac device clinic (here it is post-sternotomy care: drips,
  chest tubes, pacing wires, ECMO and LVADs); the neonatal transport team next to the NICU of v6 / v8 (as
  v13 reports it) and v13's pediatric ED (here it is the rig, the isolette and the referring hospitals);
  lactation services next to v8's L&D / postpartum and v12's OB/GYN office (as v12-v15 report them); the
  IV room next to v10's home infusion pharmacy and v13's oncology pharmacists and infusion center (here it
  is the cleanroom: hoods, labels, beyond-use dates, hazardous-drug logs); the diabetes and endocrinology
  clinic next to v15's reproductive endocrinology (fertility) clinic and v13's CGM reader (named in v13's
  conventions as a DEVICE example); the anticoagulation clinic next to v15's cardiac device clinic
  (warfarin and DOACs appear there only as drugs, if at all); the ambulatory surgery center next to v14's
  GI endoscopy suite, ophthalmology clinic and dental sedation team and v15's bariatric, urology and
  orthopedic clinics (here it is pre-op, block room, OR and PACU of a free-standing center); trauma surgery
  next to v14's critical access hospital ED (the sending side) and v13's spine clinic; the vascular clinic
  next to v13's interventional radiology suite; dermatology next to v13's radiation oncology only through
  skin cancer. The v5-v12 SOURCE.md files were not read (the brief allowed only v13-v15), so "unused"
  rests on how v13-v15 describe the earlier sets.
- Writers (senders): CSICU nurses, intensivists, perfusionists, the chaplain and the VAD coordinator;
  trauma surgeons, residents, the trauma bay nurses, registration and the police; transport nurses, RTs,
  the neonatologist on call and referring nurseries; ASC pre-op, block room, OR and PACU staff, billing
  and prior authorization; lactation consultants, postpartum nurses, the milk bank and WIC; IV room
  pharmacists and technicians, the hazardous-drug log and outside hospital pharmacies; dermatologists,
  Mohs surgeons, dermpath and the teledermatology inbox; vascular surgeons, the vascular lab and the
  wound clinic; endocrinologists, diabetes educators, pump and CGM reps; anticoagulation pharmacists and
  the INR line. Patients, relatives, a police officer, an adjuster, a home infusion company, a DME
  supplier, an outreach lab, a referring practice and assisted livings appear through voicemails,
  e-mails and pasted records.
- Media: typed chat lines (the largest medium), thread replies, lowercase quick typing, pages (short
  pager or secure-text pages, at most 240 characters), pasted EHR lines (ADT, kiosk check-in, blood bank,
  registration, transport log, compounding label, cleanroom and portal logins, hazardous-drug exposure
  log, path, Rx, CGM upload, pump rental, anesthesia record, referral, schedules), forwarded e-mails,
  voicemail transcripts (three phone numbers spoken digit by digit), /ask commands to the bot (20 clean,
  10 with a name pasted in, as users do) and speech-to-text dictation (spoken dates and ages, "Mister" /
  "Missus" / "Doctor"). The setting and medium of each message are kept in build.py only (tables below);
  the medium is also a kind tag for the media other than typed chat and thread replies (added by the M
  helper, as v14's and v15's records carry it).
- Clean messages say what clinical chat says: drugs and brands (Levophed, Curosurf, Ryanodex, Eliquis,
  Xarelto, Pletal, Coumadin, Pradaxa, Kcentra, Andexxa, Bactrim, Ozempic, Mounjaro, Jardiance, Dupixent,
  Otezla, Skyrizi, Accutane, Intralipid ...), device makers and products (Medtronic, Edwards, Inspiris,
  Cell Saver, Blake drains, Bair Hugger, Synthes, Dräger, Babylog, Tecotherm, GlideScope, Olympus, Medela,
  Spectra, Lansinoh, BD, PhaSeal, Equashield, Baxa, Omnicell, Cook Medical, Zenith, Dexcom, Libre,
  Omnipod, Tandem, CoaguChek, Pfizer ...), eponyms and eponymous signs, scores, instruments and equations
  (Swan-Ganz, Fick, Hamman, Beck, Friedreich, Dressler, Battle, Cushing, Grey Turner, Cullen, Kehr, Le
  Fort, Thompson, Rovsing, McBurney, Silverman-Andersen, Ballard, Sarnat, Apgar, Pierre Robin, Downes,
  Hirschsprung, Moro, Apfel, Aldrete, Mallampati, Outerbridge, Bier, Lichtenstein, Durkan, Dupuytren,
  Goldman, Hale, Hazelbaker, Raynaud, Montgomery, Cooper, Sheehan, Cockcroft-Gault, Henderson-Hasselbalch,
  Winters, Mosteller, Calvert, Gram, Mohs, Koebner, Nikolsky, Breslow, Clark, Fitzpatrick, Auspitz,
  Darier, Wood, Spitz, Hutchinson, Leser-Trélat, Rutherford, Fontaine, Buerger, Perthes, Doppler,
  Leriche, Allen, May-Thurner, Paget-Schroetter, Wells, Somogyi, Charcot, Hashimoto, Graves, Chvostek,
  Trousseau, Addison, Whipple, Wolff-Chaikoff, Virchow, Rosendaal), place-named rules and diseases
  (Berlin, Portland, Canadian, Glasgow, Denver, Parkland, Bethesda, Zika, Lyme), named scores that are
  not eponyms (STOP-BANG, NEXUS, LATCH, PASI, CEAP, HAS-BLED, sPESI, 4Ts), holidays (Christmas Eve,
  Memorial Day, Halloween, New Year's Day, Thanksgiving, Columbus Day, Father's Day, Lunar New Year,
  Melanoma Monday, Cinco de Mayo, Ramadan, Passover), temperatures, pain and score fractions (7/10, 9/10,
  4/10), clock times, rooms, beds, bays, hoods and tube stations, doses and lab values, ages under 90
  ("84-year-old", "67-year-old", "Eighty-year-old", "over 80", "under 65"), numbers near 90 that are not
  ages ("Eighty-nine bags", "sats came up to 92"), acronyms and plain chat. They hold no person's name
  (Virginia Apgar, cited for the score, is the one public figure), no date more specific than a year and
  no number of an identifier's shape. Many eponyms are also surnames or words (Battle, Beck, Cooper,
  Allen, Wells, Clark, Wood, Hale, Graves, Addison, Thompson, Goldman, Fontaine, Montgomery, Winters,
  Moro), and five share a word with a NAME of this set on purpose: the Battle sign and Jerome Battle,
  Winters' formula and Mr. Winters, Montgomery tubercles and Keziah Montgomery-Pratt, Pierre Robin and
  Robin from the milk bank, May-Thurner and May Ling Choi.
- Names come in the forms chat shows: full names, surname after Mr. / Mrs. / Ms. / Dr. / Dr and Mr
  without the period / Nurse / Chaplain / Father / Brother / Deacon / Officer and "Mister" / "Missus" /
  "Doctor" in dictation, given name only, "LAST, FIRST M" and "LAST, FIRST" in pasted lines, ALL CAPS in
  pages and pasted lines, all lowercase in quick typing (also after "mr", "mrs" and "dr"), possessives
  (also "Winters'" and "Fairbanks'"), hyphenated surnames and given names (Jo-ellen, Min-jun, Yoon-ah),
  lists, nicknames (Big Al next to Alvin Pruitt, Skip next to Schuyler, Sonny next to Santiago, Tasha),
  families called by the surname (the Okonjos, the Nguyens, the Dunmores, the Mukherjees, the mohameds,
  the garzas), login user names, suffixes inside the span (Robert Jackson Jr., Schuyler Hollander III),
  near-twins and look-alikes (Rose Delacroix-Ménard and Rose Delacroix; Brooke Dunlap and Brook Dunlop;
  Song Min-jun and Minjun Sung; Linda Johnson and Linda Johnston; two SMITH, JENNIFER; two patients named
  Margaret Hill; Mr. Williams and Mr. Williamson), a name with an accent next to the same name without it
  (Angel Ruiz, Ángel), and one name in Arabic script next to its Latin spelling. Many given names and
  surnames are English words or very common: Grace, Hunter, Pepper, Rose, June, Ward, Payne, Moody,
  Rusty, Precious, Angel, Hope, Chandler, Juniper, Patience, Destiny, Ember, Sunny, Lane, Faith, Penny,
  Sterling, Misty, Goodnight, Hazel, Moss, Jasmine, Robin, Joy, Summer, Lucky, Piper, Sparrow, Rainwater,
  Strand, Birch, Opal, Candy, Valentine, Winters, Brooke, Holly, Ruby, Forrest, Tanner, Sunshine, Battle,
  Skip, May, Heather, Ivy, Buck, Faye, Reed, Hill, Bell; Smith, Johnson, Brown, Miller, Williams,
  Martinez, Patel, Kim, Nguyen, Tran, Pham, Jackson, Anderson, Lee, Park. Names come from many cultures:
  Arabic (Haddad, Farouk, Al-Sayed), Akan (Boateng, Asante-Darko, Mensah-Bonsu), Yoruba and Igbo, Kenyan
  (Ochieng, Wanjiru), Zulu, Ethiopian (Tesfaye, Dawit), Somali (Abdi, Abubakar), Persian, Indian and
  Bengali, Hmong, Vietnamese, Korean, Japanese, Chinese, Navajo (Begay, Tso, Yazzie), Ho-Chunk
  (Whiteeagle, Littlegeorge), Mexican and other Spanish, Italian, French and Cajun, Polish, Romanian,
  Norwegian, Swedish, Dutch, Irish, Pennsylvania Dutch (Stoltzfus) and Jewish names.
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the benchmark scripts or any message of
  the earlier sets: nothing under bot/ or tests/ and no bench/*.py was opened, no *.jsonl file of any
  set was opened (this set's own dev.jsonl and test.jsonl included), the detector and the project's code
  were not run, and no git command was run. Only helpers place the spans (offsets by str.find); the only
  computed text is the FW / AR helpers turning a hand-written number into full-width or Arabic-Indic
  digits. No message text was generated from a template or a loop.
- What was read: bench/data/phi_chat_v13/SOURCE.md, bench/data/phi_chat_v14/SOURCE.md,
  bench/data/phi_chat_v15/SOURCE.md (the quoted example strings of the three files were also listed with
  the regex of `check_no_reuse`, to avoid them while writing), and of bench/data/phi_chat_v15/build.py: a
  grep listing of its `def`, constant, section-comment and main-guard lines (the section comments name
  v15's settings, as its SOURCE.md does), its lines 1-143 (docstring, constants, helpers), 144-700
  (checks, split, output, main()), 1202-1206 (the end-of-messages marker and the start of SOURCE_HEAD)
  and 1440-1465 (the end of SOURCE_HEAD and the main guard). No message line of any earlier set was
  seen.
- The helper, check, split and output code is v15's (its lines 1-699 copied with sed into this build.py
  and adapted), with a new seed (20330917), the v16 settings and these changes: (1) `check_no_reuse` and
  `bait_overlap` read the v13-v15 SOURCE.md files (v15's read v12-v14), and the texts that report their
  results say so; (2) `check_brief_examples` holds the two strings quoted in this set's brief (the
  "LAST, FIRST M" pattern and the placeholder of the last section); (3) a new docstring. Everything else
  is as in v15: at least 450 messages, clean share 45-55%, every category at least 2 spans and in both
  splits, at most 8 spans for each rare category, NAME at least 55% of all spans, NAME / DATE / LOCATION
  / PHONE each at least as frequent as any other category, AGE and MRN at least 10, every setting at
  least 20 clean and 20 identifier messages and both in both splits, every medium at least 8 messages and
  in both splits, test within 2 points of a third, at least 150 bait terms of which 50 eponyms, each in
  1-4 clean messages, at least half new to the v13-v15 inventories; the required kind tags on at least 2
  messages each (25 word-name messages), each Unicode / spacing tag on a message if and only if the
  message really carries that trick and on at most 6 messages, format tags backed by the matching span;
  slices equal the written substrings (on the built records and on the files read back), no overlaps,
  known categories, `clean` iff no spans, no duplicate texts, no span edge on a space or an invisible
  character, no span glued to a letter or digit, 1-4 kind tags, unique 28-character openings, forbidden
  strings and shapes in clean messages (`@`, `http`, `www.`, `example.`, `555`, `MRN` and its Cyrillic
  form, `DOB`, `SSN`, titles, photo and audio extensions, m/d/y, ISO, dotted and dd-Mon-yyyy dates,
  "Mar 3"- and "3rd of March"-style dates, SSN and phone shapes, ten digits in a row, runs of spaced
  digits, ages over 89, invisible, bidi, full-width, Arabic-Indic and Cyrillic characters), PHONE / FAX
  with 555 (spoken digits and full-width or Arabic-Indic digits too), EMAIL / URL with "example",
  documentation IPs, SSNs starting with 9, no capitalised word of a NAME span in a clean message unless
  inside a registered bait term, every kind tag used twice or more in both splits, /ask commands,
  lowercase lines and page length.
- All identifiers are invented: 555 phone and fax numbers (area codes 319, 563, 505, 612, 717; three
  spoken digit by digit in voicemails and one in dictation, two Arabic-Indic, one with a zero-width
  space, one between left-to-right marks), example.org / example.com / example.net e-mails and URLs
  (two e-mails spelled out: "AT mail DOT example DOT com" and "(at) example (dot) net"), documentation
  IPs (192.0.2.0/24, 203.0.113.0/24; 198.51.100.0/24 left out because "100" is a quoted example string in
  the earlier files), an SSN starting 921 and two visible last fours, made-up MRNs, a commercial member
  id, a Medicaid id and a prior-auth member id, three accounts, a driver's licence, a pharmacist's licence
  number and a DEA number, three plates, device serials (LVAD controller, breast pump rental, CGM
  sensor, CGM reader, home INR meter), a police case number, a workers' comp claim, a path accession
  number, a WIC id, a staff badge and an employee id (ID), two fingerprint templates, photo file names
  (IMG_, DSC_, .HEIC, .heic, one with a first name in it). Towns and cities are real and used at random
  (mostly Iowa: Cedar Rapids, Marion, Hiawatha, Iowa City, Waterloo, Cedar Falls, Waverly, Vinton,
  Oelwein, Anamosa, Independence, Decorah, Mount Vernon; also Minneapolis and Gallup); two real Cedar
  Rapids street names (Collins Rd, Bever Ave SE) and two real ZIP codes (50644, 52403) are used as
  invented whereabouts with invented house numbers; facility, pharmacy, practice and lab names (Linn
  Manor Care Center, St. Anselm Hospital, Alder Valley Hospital, Eastgate Pharmacy, Riverside Drug, Glen
  Ridge Assisted Living, Prairie Vista Hospice, Sorrel Family Practice, Willow Creek Manor, Sunnybrook
  Outreach Lab) are invented or generic and may exist somewhere by chance. No real patients; any
  resemblance to a real person or record is accidental.
- Split: fixed seed 20330917, 2:1 dev / test, stratified exactly as v15 does (clean / not clean,
  setting, setting x clean, kind tags and span categories; shuffled with the seed, ordered by the rarity
  of the rarest feature, each message to the split whose 1/3 : 2/3 quota is least filled). Running
  `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file and prints the stats.
- Record format (same as v3-v15): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets (a zero-width or bidi character, a full-width
  or Arabic-Indic digit is one code point).

## Annotation conventions
The conventions of v15 (bench/data/phi_chat_v15/SOURCE.md, which restates v14's and, through them,
v13's back to v5's) apply unchanged: NAME for any person (patient, relative, clinician, staff,
perfusionist, chaplain, deacon, religious brother, police officer, rep, caller), titles outside (Mr.,
Mrs., Ms., Dr. with or without the period, Mr and MRS in pages, "Mister", "Missus" and "Doctor" in
dictation, Nurse, Chaplain, Father, Brother, Deacon, Officer, lowercase "mr", "mrs" and "dr"), kinship
words ("mom", "Grandpa", "Dad") and possessive 's outside; eponyms, brands, programmes and scales never
names; "LAST, FIRST M" one span; DATE for any date element more specific than a year; AGE only over 89,
number expression only; LOCATION for street addresses, streets, cities, ZIP codes and named places tied
to a patient; e-mails, URLs and photo file names one span each; rooms, beds, bays, hoods, units ("4
South", "6W-14"), tube stations and extensions are not annotated. Category names (exactly v15's): NAME,
DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP,
BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v16 (each follows from the earlier files):
- Newborns: "Boy", "GIRL" and "Baby" before a surname and ", BOY" after it are outside; the surname is
  the NAME span ("Boy Vandermolen", "GIRL ABUBAKAR", "YAZZIE, BOY", "Baby Ochieng", "Baby Kettering");
  "the Chapman boy" gives "Chapman". "Nana" in "Nana Yaa Boateng" is part of the name as used (an Akan
  name) and inside the span.
- Unicode and spacing (v13-v15 rules): an identifier with a zero-width character, spaces, full-width or
  Arabic-Indic digits inside is one span as typed; bidi isolates and marks around it stay outside; the
  Cyrillic "М" of a "МRN" label is outside and the digits are the MRN span; the Arabic-script spelling of
  a name is a NAME span of its own next to the Latin one, and so is "Ángel" next to "Angel Ruiz".
- Nicknames: a nickname with its word ("Big Al") and a nickname with the surname ("SKIP HOLLANDER") are
  one span; "Skip", "Sonny" and "Tasha" next to the legal name are their own spans.
- Places: the referring hospital of a transported newborn (St. Anselm Hospital and its town, Oelwein),
  the sending hospital of a transfer, the patient's nursing home, assisted living, hospice, pharmacy and
  referring practice, the town the parents drive from, the city a grandmother flies in from, the farm
  town of a husband, the town of a milk donor, the city of the patient's WIC office and the town a
  patient drives back from are LOCATION, and so are a ZIP code and a street; the agencies and companies
  of staff and callers (Linn County for a police officer, Johnson County EMS, Linn County Public Health,
  a home infusion company, a DME supplier, an insurer's adjuster) and states ("IA", "Iowa") are not
  annotated.
- Numbers: a police case number, a workers' comp claim, a path accession number, a WIC id, a cleanroom
  badge and an employee id are ID; a driver's licence, a pharmacist's licence and a DEA number are
  LICENSE; an insurer member id, a prior-auth member id and a Medicaid id are HEALTH_PLAN; the serials of
  an LVAD controller, a rented breast pump, a CGM sensor, a CGM reader and a home INR meter are DEVICE,
  while model names (HeartMate 3, Dexcom G7, CoaguChek INRange) are not; cleanroom fingerprint templates
  are BIOMETRIC; plates of a crash vehicle, a father's truck and a wife's minivan are VEHICLE; an SSN
  typed with spaces is one SSN span and a masked SSN keeps only the visible last four; a login user name
  (jmcallister, mkapoor81) is NAME; a portal URL is one URL span with its query string.
- DATE: "DOL 14-Aug-2033", "10/14", "10/22", spoken dates ("the fourteenth of March", "July second
  nineteen forty", "the ninth of November nineteen sixty-two", "the eleventh of February", "the second of
  October", "the thirtieth of June nineteen eighty-eight", "October third nineteen forty-four", "April
  first nineteen thirty-four", "the eighth of October") are whole spans, article included when it is
  said; clock times next to a date ("0614", "2241", "1030") and years alone are not.
- AGE: "91", "90", "94", "96", "97", "93", "95", "98", "ninety-one", "ninety-two", "ninety-four",
  "ninety-seven", "ninety-nine" are AGE; "89", "84-year-old", "seventy-eight", "twenty-four", "14",
  "23M", "Eighty-nine bags" and "sats came up to 92" are not.

## Slips and limits disclosed
- The first `ls` of bench/data, run to see the folder names, also showed the names of the drafting
  folders and of a top-level phi_chat.jsonl file; nothing in them was opened. A `wc -l` of the three
  allowed SOURCE.md files and greps of them (setting words, quoted strings) were the only other commands
  run on earlier sets besides the allowed reads of v15's build.py listed above.
- The copied code was put into build.py directly (sed of v15's lines 1-699) and edited in place; small
  edits were made with Python read from standard input; no file was written outside this folder and
  build.py was run with bytecode writing off. The full build was run in place several times, which
  rewrote dev.jsonl, test.jsonl and this file; the .jsonl files were never opened for reading, except that
  `wc -l` was run once on this set's own dev.jsonl and test.jsonl to confirm their line counts (their
  contents were not displayed).
- The first full run failed `check_no_reuse` on two strings quoted in the v13-v15 SOURCE.md files: "100"
  (inside the clock time "1000") and "AT example" (inside a spelled-out e-mail); they became "0930" and
  "AT mail DOT example DOT com". After the first passing run six identifier messages with very common
  names were added, one by one like the rest (David Miller, Michael Brown, Linda Johnson / Johnston,
  jessica martinez, two SMITH, JENNIFER, Mr. Williams / Williamson), because the name-common tag was on
  only 7 messages; the next run then failed the split check (the address tag, on 2 messages, fell into
  one split), and a third address message (a wound care kit mailed to Ramona Quist) was added. Before
  the first run one clean page was rewritten in mixed case so that its eponym (Aldrete) is written as a
  registered term.
- Some people recur on purpose: the Haddad family (extubation line and pacing wires), Jerome Battle (page
  and thread reply), Skip / Schuyler Hollander (page and thread reply), Halima Abubakar (newborn
  registration and her sister's voicemail), St. Anselm Hospital (pickup and e-mail), Gilbert Haugland
  (voicemail and the Haugland discharge), Hamid Rezaei, Fatima Al-Sayed; annotations are the same each
  time. Other names recur by chance for different people (Hollis, Destiny); Dr. Whitford and T. WHITFORD are
  one person, and Waverly is the referring town of two different newborns.
- Realism limits: the rarer categories and the Unicode tricks still appear more often than in a real
  month; every e-mail, voicemail and EHR line carries identifiers, while 20 of the 30 /ask commands and
  16 of the 36 pages are clean; dictation carries more spoken dates than a month of real dictated notes
  pasted into chat might; the lowercase medium carries more names than real quick typing might.
- Real people and things: eponyms name real historical people; Virginia Apgar is cited for her score;
  STS, USP, LactMed and the COMPASS trial are real organisations, a real database and a real trial; the
  Mothers' Milk Bank of Iowa is a real milk bank (named in a clean message, not tied to a patient); the
  brands, device makers and companies are real (Getinge, HeartMate, Wellmark, Byram, Plavix, Botox,
  Silverado and CoaguChek INRange, among others, are named in identifier messages).
"""

if __name__ == "__main__":
    main()
