#!/usr/bin/env python3
"""Build the independent PHI evaluation set v18 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of ten care settings of a rural-and-regional
US hospital system that the v15-v17 SOURCE.md files do not list as used by the earlier sets: a rural
health clinic; a urogynecology clinic; a hand surgery clinic; a cystic fibrosis clinic; an ENT /
head-and-neck clinic; a cardiac rehab gym; a mobile mammography van; a refugee health clinic; a pain
clinic; a stroke unit.

Like v14-v17 this set is meant to read like ordinary hospital team chat: about half the messages are clean
(drugs and brands, eponyms, place-named rules and diseases, rare-disease words, holidays, temperatures,
scores and fractions, clock times, rooms and beds, doses, ages under 90, acronyms, capitalised common
words, plain chat) and the others carry identifiers in realistic proportions (mostly names of patients,
relatives and staff, then dates, locations, phones, ages over 89 and MRNs, and a few of each rarer kind,
at least two spans each so that every category reaches both splits).  Hidden and odd formats are in, in
ordinary proportion only.

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v15's,
v16's and v17's SOURCE.md and the helper / check / split / output code of v17's build.py (no message
line was used) were read; that structure is reused here with a new seed and v18 settings.  All names,
numbers, addresses, e-mails, URLs and IPs are invented (555 phone numbers, example.org / example.com /
example.net domains, documentation IP ranges, SSNs starting 9xx, made-up MRNs, member ids, plates,
serials, licence numbers).

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
SEED = 20361207
MSGS = []
SETTINGS = collections.OrderedDict([
    ("RHC", "rural health clinic"),
    ("UROG", "urogynecology clinic"),
    ("HAND", "hand surgery clinic"),
    ("CF", "cystic fibrosis clinic"),
    ("ENT", "ENT / head-and-neck clinic"),
    ("CREH", "cardiac rehab gym"),
    ("MAMMO", "mobile mammography van"),
    ("REF", "refugee health clinic"),
    ("PAIN", "pain clinic"),
    ("STROKE", "stroke unit"),
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
# Checks, split and output (v17's code, adapted; see SOURCE.md)
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
MIN_TERMS = 120               # v17 / v18
MIN_EPONYMS = 40
MIN_NEW_TERM_SHARE = 0.50        # at least half the bait terms new to the v15-v17 inventories
MIN_PER_SETTING = {True: 17, False: 17}   # v17 / v18   # clean / with identifiers
MIN_PER_MEDIUM = 8
MIN_AGE_MRN = 10
MAX_PAGE_CHARS = 240             # v14: a page fits a pager screen
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v15", "phi_chat_v16", "phi_chat_v17"]   # v18: the only SOURCE.md files the brief allowed
# v18: the strings quoted in this set's brief (the pasted-name pattern and the placeholder)
BRIEF_EXAMPLES = ["LAST, FIRST", "to be filled by the project lead"]
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
    """v10's check, run against v15-v17: no example string quoted in straight double quotes (any quoted
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
        lines += ["", f"Bait terms also written somewhere in the v15-v17 SOURCE.md files (checked by build.py; "
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
    shared_line = ["", f"Capitalised NAME tokens of this set that also occur somewhere in the v15-v17 SOURCE.md files "
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

# ---- rural health clinic ----
C("RHC", "chat", "Ottawa ankle rules negative, so no film today; the x-ray tech only comes Tuesdays anyway.", "place-rule weekday", pl="Ottawa")
C("RHC", "chat", "Wells score 1, D-dimer went with the courier to the hub lab, result by 1500.", "eponym-bare score clock-time", ep="Wells")
C("RHC", "lower", "calf scratched by barbed wire, last tdap 12 yrs ago, boosted with adacel today", "ordinary-chat dose-lab")
C("RHC", "page", "RHC: TELEPSYCH LINK DOWN AGAIN, PT IN RM 2 WAITING, CALLING HUB IT", "acronym room-bed-number")
C("RHC", "thread", "Colorado tick fever is on the list too, but doxy covers the spotted fever side, so start it now.", "place-disease", pl="Colorado")
C("RHC", "dictation", "Heart regular, Levine grade two over six systolic murmur at the left sternal border, unchanged from the old note.", "eponym-bare score-fraction", ep="Levine")
C("RHC", "bot", "/ask dosing of Bicillin L-A for latent syphilis when the adult is penicillin-allergic, is desensitization the only route", "drug-brand-name", br="Bicillin L-A")
C("RHC", "chat", "Hantavirus talk at the grange went over well; the ranchers asked about mouse droppings in the calving barn.", "place-disease ordinary-chat", orgm="Hantavirus")
C("RHC", "chat", "Motrin and acetaminophen alternating for the 38.9 fever, mom says he drinks fine.", "drug-brand-name temperature", br="Motrin")
C("RHC", "chat", "Branding season again: two rope burns and a kick to the thigh this week, nothing broken.", "ordinary-chat")
C("RHC", "lower", "is the glucometer strip lot recalled or just the lancets? the pharmacy in town doesnt know either", "ordinary-chat")
C("RHC", "chat", "Glasgow Coma Scale 15 after the horse fall, no LOC by history, and a CT would mean a two-hour drive.", "place-rule score acronym", pl="Glasgow")
C("RHC", "dictation", "Murphy sign positive, afebrile, will send to the surgeons at the hub for an ultrasound tomorrow.", "eponym-bare", ep="Murphy")
C("RHC", "chat", "Christmas Eve coverage: the clinic closes at noon and on-call goes through the hub line.", "holiday", hol="Christmas Eve")
C("RHC", "bot", "/ask what is the Canadian CT head rule and does it apply to a 70-year-old on Eliquis", "place-rule age-under-90 drug-brand-name", pl="Canadian", br="Eliquis")
C("RHC", "chat", "Francisella from skinning rabbits is real out here, ask about it with that ulcer and the big node.", "place-disease ordinary-chat", orgm="Francisella")
C("RHC", "thread", "Yes the CAH has a bed if the roads close, and the swing bed is open too.", "acronym ordinary-chat")
C("RHC", "chat", "Wind chill minus 30 tonight, remind the folks on home oxygen about their backup tanks.", "temperature ordinary-chat")
P("RHC", "chat", "Cal Whitehorse came in from Wolf Point with the cut hand, his sister Darlene drove him.",
  [("Cal Whitehorse", N), ("Wolf Point", LO), ("Darlene", N)], "name-relative city name-given-only")
P("RHC", "voicemail", "Hi this is Verna Sundby calling about my husband Arne's refills, we're out past Scobey so call 406-555-0143 before noon, thanks.",
  [("Verna Sundby", N), ("Arne", N), ("Scobey", LO), ("406-555-0143", PH)], "phone name-possessive city")
P("RHC", "ehr", "REG | HAGEBAK, LORRAINE J | DOB 03/14/1931 | Montana Medicaid 91740036 | PCP: Dr Reinholt",
  [("HAGEBAK, LORRAINE J", N), ("03/14/1931", D), ("91740036", HP), ("Reinholt", N)], "name-last-first dob health-plan")
P("RHC", "page", "PAGE RHC-2: PT BUD KINNICK, 94, CHEST PAIN SINCE 0600, EMS 45 MIN OUT, CALL 406-555-0178",
  [("BUD KINNICK", N), ("94", A), ("406-555-0178", PH)], "name-allcaps age-over-89 phone")
P("RHC", "chat", "Rancher from out by Jordan, Wes Petrie, caught his arm in the baler and got flown to Billings.",
  [("Jordan", LO), ("Wes Petrie", N), ("Billings", LO)], "city")
P("RHC", "lower", "fyi mrs torgerson called, hip pain worse, wants a ride on the van thursday",
  [("torgerson", N)], "name-lowercase name-title weekday")
P("RHC", "chat", "Fax the records to the hub ortho office at 406-555-0191, attn Kari.",
  [("406-555-0191", FX), ("Kari", N)], "fax name-staff name-given-only")
P("RHC", "chat", "Whose truck is parked across the ambulance bay? Blue Dodge, plate 6-4471B. Front desk thinks it's Hollis Tate's.",
  [("6-4471B", VE), ("Hollis Tate", N)], "vehicle name-possessive")
P("RHC", "dictation", "Missus Amundsen is a ninety-three year old widow who lives alone on the ranch, her son checks on her weekly.",
  [("Amundsen", N), ("ninety-three", A)], "age-over-89-words name-title name-relative")
P("RHC", "chat", "Pastor Ruth Engebretson asked if we can do BP checks after service, half her congregation are our patients.",
  [("Ruth Engebretson", N)], "name-title acronym")
P("RHC", "thread", "Got it, Tuesday works for Joy Redfeather; she has no phone, so message her through her niece Tawny.",
  [("Joy Redfeather", N), ("Tawny", N)], "name-word name-relative weekday")
P("RHC", "email", "Fwd: From: benson.fjeld@example.net | Subject: my mother Ingeborg Fjeld, 91, can she get her shots on the Saco clinic day?",
  [("benson.fjeld@example.net", EM), ("Ingeborg Fjeld", N), ("91", A), ("Saco", LO)], "email age-over-89 city")
P("RHC", "chat", "Dr. Achterberg covers Monday by video, Dr. Oyelowo the rest of the week.",
  [("Achterberg", N), ("Oyelowo", N)], "name-staff name-title name-non-english")
P("RHC", "ehr", "Appt 14-Jan-2037 0900 | LONEBEAR, TYRELL | follow-up DM | transport: county van",
  [("14-Jan-2037", D), ("LONEBEAR, TYRELL", N)], "date-dmy-abbrev name-last-first")
P("RHC", "lower", "dusty says his dad fell in the corral again, same knee, can we squeeze him in at 3",
  [("dusty", N)], "name-lowercase name-word name-relative")
P("RHC", "chat", "MRN 4417208, Opal Brekke: diabetic foot check due, she lives at 22 Larch St in Harlem.",
  [("4417208", MR), ("Opal Brekke", N), ("22 Larch St", LO), ("Harlem", LO)], "mrn name-word address city")
P("RHC", "chat", "Josie and Clint Haugland brought the twins for the well-child, both 4, both up to date.",
  [("Josie", N), ("Clint Haugland", N)], "name-list name-relative")
P("RHC", "page", "Call Nurse Pettibone re: Mr. Gunderson wound check, 406-555-0112 ext 4",
  [("Pettibone", N), ("Gunderson", N), ("406-555-0112", PH)], "name-staff name-title phone")
P("RHC", "ehr", "KIOSK CHECK-IN | name: Delphine Rossignol | DOB " + FW("1941-08-19") + " | reason: refill",
  [("Delphine Rossignol", N), (FW("1941-08-19"), D)], "fullwidth-digits dob name-non-english")
P("RHC", "chat", "Sliding-fee account 2207-118 for the Blackhorse family is paid up, Leland can be seen today.",
  [("2207-118", AC), ("Blackhorse", N), ("Leland", N)], "account name-relative name-given-only")

# ---- urogynecology clinic ----
C("UROG", "chat", "Pelvic floor PT referral placed, she'd rather try that before a pessary.", "ordinary-chat acronym")
C("UROG", "chat", "POP-Q stage II anterior, Ba at +1, bothered mainly at the end of the day.", "score acronym", sc="POP-Q")
C("UROG", "dictation", "Bonney test positive with the bladder full, consistent with stress incontinence.", "eponym-bare", ep="Bonney")
C("UROG", "bot", "/ask anticholinergic vs Myrbetriq for urge incontinence in a woman of 77 with mild cognitive impairment", "drug-brand-name age-under-90", br="Myrbetriq")
C("UROG", "chat", "Burch colposuspension is rare now, most of ours get a mid-urethral sling.", "eponym-bare", ep="Burch")
C("UROG", "lower", "ring pessary size 3 fits, she walked and coughed, no expulsion, back in 3 months", "ordinary-chat dose-lab")
C("UROG", "thread", "InterStim trial leads go in on the Thursday list, the rep confirmed.", "device-brand weekday", br="InterStim")
C("UROG", "chat", "Premarin cream twice a week for a month before the pessary fitting, per protocol.", "drug-brand-name dose-lab", br="Premarin")
C("UROG", "page", "UROGYN CLINIC: BLADDER SCANNER BATTERY DEAD, PVR BY STRAIGHT CATH IN ROOM 4 UNTIL FIXED", "room-bed-number acronym")
C("UROG", "chat", "Bulkamid injection day moved to the afternoon, the cysto room is booked solid in the morning.", "device-brand", br="Bulkamid")
C("UROG", "dictation", "Voiding diary shows eleven voids a day and two at night, average volume about 180 mL.", "dose-lab")
C("UROG", "chat", "Marshall-Marchetti is history now, but the older charts still list it under surgical history.", "eponym-bare", ep="Marshall-Marchetti")
C("UROG", "bot", "/ask how long does intradetrusor Botox usually last in non-neurogenic overactive bladder", "drug-brand-name", br="Botox")
C("UROG", "chat", "Fistula repair is Wednesday; the Foley stays ten to fourteen days after.", "eponym-bare weekday", ep="Foley")
C("UROG", "lower", "reminder: urine cultures go in the blue fridge not the lab bag, the courier missed them twice", "ordinary-chat")
C("UROG", "chat", "The new chairs in the waiting room are too low for half our patients, facilities is swapping them.", "ordinary-chat")
C("UROG", "thread", "Mother's Day weekend we run only the Saturday clinic.", "holiday weekday", hol="Mother's Day")
C("UROG", "chat", "Gellhorn pessary for the procidentia, she can't manage removal herself, so changes every three months here.", "eponym-bare", ep="Gellhorn")
C("UROG", "chat", "Kegel teaching done, biofeedback booked, she'll keep a diary for two weeks.", "eponym-bare teaching", ep="Kegel")
P("UROG", "chat", "Mrs. Adeyemi-Pike wants to talk about the mesh lawsuit ads before she consents.",
  [("Adeyemi-Pike", N)], "name-title name-hyphenated")
P("UROG", "ehr", "ORDER | PESSARY FITTING | PT: NAKAMURA, EMIKO | DOB 22-Feb-1934 | ref by Dr. Holmqvist",
  [("NAKAMURA, EMIKO", N), ("22-Feb-1934", D), ("Holmqvist", N)], "name-last-first dob date-dmy-abbrev")
P("UROG", "lower", "bernadette called, leaking worse since the cold, wants the sooner slot",
  [("bernadette", N)], "name-lowercase name-given-only")
P("UROG", "voicemail", "This is Consuelo Ibarra, I had the bladder test on the ninth and nobody called me back, my number is 406-555-0127.",
  [("Consuelo Ibarra", N), ("the ninth", D), ("406-555-0127", PH)], "name-non-english phone")
P("UROG", "chat", "InterStim serial for Gloria Vance's implant card is NNR104477, the rep needs it for the registry.",
  [("Gloria Vance", N), ("NNR104477", DV)], "device-serial name-possessive")
P("UROG", "email", "From: hattie.blum@example.org | Re: Hattie Blum, 96, post-op day 2, asks if the catheter can come out before her granddaughter Mia's wedding",
  [("hattie.blum@example.org", EM), ("Hattie Blum", N), ("96", A), ("Mia", N)], "email age-over-89 name-relative")
P("UROG", "dictation", "Missus Liesl Van Dorn returns with her daughter Greta for the urodynamic results, study dated the fourth of March.",
  [("Liesl Van Dorn", N), ("Greta", N), ("the fourth of March", D)], "name-title name-relative date-spoken")
P("UROG", "page", "UROGYN: PT PRISCILLA OKONKWO IN RM 3 ASKING FOR DR. LINDQVIST, RETENTION AFTER SLING",
  [("PRISCILLA OKONKWO", N), ("LINDQVIST", N)], "name-allcaps name-staff room-bed-number")
P("UROG", "chat", "Faith Montoya brought her mom Esperanza; the interpreter in person today is Lupe from the front desk.",
  [("Faith Montoya", N), ("Esperanza", N), ("Lupe", N)], "name-word name-relative name-staff")
P("UROG", "thread", "Sure, put Hennessey on the cysto list after Dale Sorensen.",
  [("Hennessey", N), ("Dale Sorensen", N)], "name-word name-list")
P("UROG", "chat", "Rosalind's pessary fell out in the shower again; she's at her daughter's in Great Falls until the 20th.",
  [("Rosalind", N), ("Great Falls", LO), ("the 20th", D)], "name-possessive city name-given-only")
P("UROG", "bot", "/ask summarize the urodynamics for Winifred Olsen: detrusor overactivity with leak, cystometric capacity 210 mL",
  [("Winifred Olsen", N)], "dose-lab name-common")
P("UROG", "lower", "mrs. trinh and mrs. tran are both at 10:15, check birthdates before you room them",
  [("trinh", N), ("tran", N)], "name-lowercase name-title name-common")
P("UROG", "chat", "MRN 5093318 is Ms. Killgallon, not Ms. Kilgallen, the sling follow-up.",
  [("5093318", MR), ("Killgallon", N), ("Kilgallen", N)], "mrn name-title")
P("UROG", "chat", "Sister Mary Immaculata from the convent comes Tuesdays with two of the older sisters.",
  [("Mary Immaculata", N)], "name-title weekday")
P("UROG", "ehr", "ADT | 7E-12 | DUCHARME, GENEVIEVE A | age 90 | admit from clinic, obstructing prolapse",
  [("DUCHARME, GENEVIEVE A", N), ("90", A)], "name-last-first age-over-89 room-bed-number")
P("UROG", "chat", "Coverage next week: Dr. Mbeki-Thornton on Monday, NP Shauna Lark the rest.",
  [("Mbeki-Thornton", N), ("Shauna Lark", N)], "name-staff name-hyphenated name-word")
P("UROG", "chat", "Tess and her mother drove in from Lewistown; Tess's mom is the one having surgery.",
  [("Tess", N), ("Lewistown", LO), ("Tess", N)], "name-possessive city name-given-only")
P("UROG", "email", "Fwd: billing | account 88-3310-42 for Ms. Marisela Quiroga was double-charged for the pessary visit, please reverse.",
  [("88-3310-42", AC), ("Marisela Quiroga", N)], "account name-non-english")
# ---- hand surgery clinic ----
C("HAND", "chat", "Finkelstein positive on the right, thumb spica splint and a steroid shot offered.", "eponym-bare", ep="Finkelstein")
C("HAND", "dictation", "Tinel and Phalen both positive at the wrist, thenar bulk preserved.", "eponym-bare", ep="Tinel|Phalen")
C("HAND", "chat", "Kanavel signs three of four, he goes to the OR tonight for the flexor sheath washout.", "eponym-bare score-fraction", ep="Kanavel")
C("HAND", "chat", "Boxer fracture, 40 degrees of angulation at the fifth metacarpal neck, ulnar gutter splint.", "ordinary-chat dose-lab")
C("HAND", "lower", "splint room is out of 3 inch orthoplast, ordering more, use the 2 inch for now", "ordinary-chat")
C("HAND", "chat", "Dupuytren cords in both palms; Xiaflex is back-ordered, so we'll offer needle aponeurotomy.", "eponym-bare drug-brand-name", ep="Dupuytren", br="Xiaflex")
C("HAND", "bot", "/ask Allen test interpretation before a radial arterial line, what counts as delayed refill", "eponym-bare", ep="Allen")
C("HAND", "thread", "Jersey finger, FDP avulsion, the ring finger as usual; repair within ten days.", "acronym place-rule", pl="Jersey")
C("HAND", "chat", "Bennett fracture-dislocation at the thumb base, pinning Friday.", "eponym-bare weekday", ep="Bennett")
C("HAND", "page", "HAND CLINIC: XRAY DOWN 1300-1400, SEND FILMS TO MAIN IMAGING", "clock-time acronym")
C("HAND", "chat", "Froment sign positive, ulnar nerve at the elbow, EMG ordered.", "eponym-bare acronym", ep="Froment")
C("HAND", "dictation", "Static two-point discrimination six millimetres at the radial digital nerve, normal on the ulnar side.", "dose-lab")
C("HAND", "chat", "Mallet finger splint stays on day and night for six weeks, even in the shower, that's the whole trick.", "teaching ordinary-chat")
C("HAND", "bot", "/ask Kienböck staging by Lichtman and what changes management between IIIA and IIIB", "eponym-bare score", ep="Kienböck|Lichtman")
C("HAND", "chat", "New Year's Eve fireworks season, stock up on the hand trauma trays.", "holiday", hol="New Year's Eve")
C("HAND", "lower", "can someone cover my 1pm dressing change, running late from the or", "clock-time ordinary-chat")
C("HAND", "chat", "Wartenberg sign too, so it's not only the cubital tunnel.", "eponym-bare", ep="Wartenberg")
C("HAND", "thread", "Seddon and Sunderland are both in the handout, the residents like the Sunderland table better.", "eponym-bare teaching", ep="Seddon|Sunderland")
P("HAND", "chat", "Table saw injury, Gunnar Løvli, index and middle; his wife Signe is in the waiting room.",
  [("Gunnar Løvli", N), ("Signe", N)], "name-relative name-non-english")
P("HAND", "ehr", "PHOTO LOG | IMG_4471.HEIC | pt RASMUSSEN, KNUT | flap day 5",
  [("IMG_4471.HEIC", PI), ("RASMUSSEN, KNUT", N)], "photo-filename name-last-first")
P("HAND", "lower", "colt's dressing needs changing before therapy, he's the one with the dog bite",
  [("colt", N)], "name-lowercase name-possessive name-word")
P("HAND", "page", "HAND ON CALL: REPLANT CANDIDATE DARIUS FEATHERSTONE-OKAFOR, 29, ETA 40 MIN, CALL ED 406-555-0160",
  [("DARIUS FEATHERSTONE-OKAFOR", N), ("406-555-0160", PH)], "name-allcaps name-hyphenated phone")
P("HAND", "chat", "Workers comp claim for Ernesto Salgado is WC-2281-0447, the adjuster wants the op note.",
  [("Ernesto Salgado", N), ("WC-2281-0447", ID_)], "other-id name-non-english")
P("HAND", "dictation", "Patient is Mister Theo Blackwood, a left-hand dominant carpenter injured on December the second at a job site in Roundup.",
  [("Theo Blackwood", N), ("December the second", D), ("Roundup", LO)], "date-spoken city name-title")
P("HAND", "voicemail", "Hi it's Marisol from Pine Ridge Assisted Living about Walter Krebs, he's 97 and his splint is rubbing, call us back at 406-555-0139.",
  [("Marisol", N), ("Pine Ridge Assisted Living", LO), ("Walter Krebs", N), ("97", A), ("406-555-0139", PH)], "facility age-over-89 phone")
P("HAND", "chat", "Driver's licence for the crash paperwork is MT 0319840215147, it's Brandy Coil's, scan it to the chart.",
  [("0319840215147", LI), ("Brandy Coil", N)], "license name-possessive name-word")
P("HAND", "chat", "Chance Pryce cut the same tendon again, he pulled his sutures out playing hockey.",
  [("Chance Pryce", N)], "name-word")
P("HAND", "thread", "Yes, K. Abiodun's OT eval is at 2, bring the custom orthosis.",
  [("K. Abiodun", N)], "name-initials name-possessive")
P("HAND", "email", "Fwd: Mrs. Yolanda Esquivel, DOB 1938-06-07, requests copies of her hand X-rays to send to her son in Tucson.",
  [("Yolanda Esquivel", N), ("1938-06-07", D), ("Tucson", LO)], "dob city name-title")
P("HAND", "chat", "Dr. Szymańska's block room needs the ultrasound back by 10, Dr. Cho took it.",
  [("Szymańska", N), ("Cho", N)], "name-staff name-possessive name-non-english")
P("HAND", "lower", "mike t (the welder) no show again, third time, tried his cell",
  [("mike t", N)], "name-lowercase name-initials")
P("HAND", "chat", "Piper Lindahl's boy Rowan, 6, slammed his finger in the car door, nail bed repair Monday.",
  [("Piper Lindahl", N), ("Rowan", N)], "name-possessive name-relative name-word")
P("HAND", "ehr", "MRN 6120475 | GRAY WOLF, ELIAS | OR 3 | flexor tendon repair zone II",
  [("6120475", MR), ("GRAY WOLF, ELIAS", N)], "mrn name-last-first name-allcaps")
P("HAND", "chat", "The Nwachukwus asked if Chidi can start therapy after his exams.",
  [("Nwachukwus", N), ("Chidi", N)], "name-relative name-non-english")
P("HAND", "page", "Pls call Daisy Mae Holt back re: stitches, 406-555-0185",
  [("Daisy Mae Holt", N), ("406-555-0185", PH)], "name-word phone")
P("HAND", "chat", "Lowell says his brother-in-law Dean did the first aid with duct tape.",
  [("Lowell", N), ("Dean", N)], "name-given-only name-relative")
P("HAND", "voicemail", "Hi, this is Lorne Fiddler calling for the splint check, the card says medical record 6 3 0 9 1 8 2, you can reach me on the home line.",
  [("Lorne Fiddler", N), ("6 3 0 9 1 8 2", MR)], "mrn spaced-digits")

# ---- cystic fibrosis clinic ----
C("CF", "chat", "Trikafta started, LFTs in a month, she says the cough already sounds different.", "drug-brand-name dose-lab", br="Trikafta")
C("CF", "chat", "Sweat chloride 92 mmol/L, confirmatory on the second sample.", "dose-lab")
C("CF", "bot", "/ask Pulmozyme and hypertonic saline order in airway clearance, which goes first", "drug-brand-name", br="Pulmozyme")
C("CF", "chat", "Burkholderia on the last culture, so she's cohorted and gets the end-of-day room.", "ordinary-chat", orgm="Burkholderia")
C("CF", "chat", "Pseudomonas eradication: TOBI for 28 days, repeat culture after.", "drug-brand-name dose-lab", orgm="Pseudomonas", br="TOBI")
C("CF", "dictation", "FEV1 sixty-eight percent predicted, down from seventy-four, so we start the tune-up.", "dose-lab")
C("CF", "lower", "vest machine in room 6 is making the clicking noise again, put a note on it", "room-bed-number ordinary-chat")
C("CF", "page", "CF CLINIC: TWO PTS WITH MABSC TODAY, USE NEG PRESSURE RMS 2 AND 5 ONLY", "room-bed-number acronym")
C("CF", "chat", "Creon goes by fat grams, not by meal count, she's been undershooting.", "drug-brand-name teaching", br="Creon")
C("CF", "thread", "Agree on Kalydeco alone for the G551D, no need to switch.", "drug-brand-name acronym", br="Kalydeco")
C("CF", "chat", "Aspergillus IgE way up, ABPA worry, start prednisone and itraconazole.", "acronym dose-lab", orgm="Aspergillus")
C("CF", "chat", "Black Friday only the specialty pharmacy line is staffed.", "holiday", hol="Black Friday")
C("CF", "dictation", "Shwachman score is not used in our clinic anymore, we go by spirometry and BMI percentile.", "eponym-bare score", ep="Shwachman")
C("CF", "chat", "CFRD screen: two-hour OGTT at 186, so yes, the insulin talk.", "acronym dose-lab")
C("CF", "bot", "/ask difference between the Brasfield and Chrispin-Norman chest X-ray scores in CF", "eponym-bare score", ep="Brasfield|Chrispin-Norman")
C("CF", "chat", "Make-A-Wish called about the trip paperwork, social work has it.", "ordinary-chat", org="Make-A-Wish")
C("CF", "lower", "new nebulizer cups came in, old ones go in the biohazard box", "ordinary-chat")
C("CF", "chat", "Bronchiectasis on CT is mild, lingula and right middle lobe mostly.", "ordinary-chat acronym")
C("CF", "chat", "Hickam's dictum over Occam's razor: she has CF and also a new thyroid nodule.", "eponym-bare teaching", ep="Hickam|Occam")
P("CF", "chat", "Harper Quint-Adeyemi's sweat test is Thursday, mom Nkechi wants the first slot.",
  [("Harper Quint-Adeyemi", N), ("Nkechi", N)], "name-hyphenated name-possessive name-relative")
P("CF", "ehr", "RX | TRIKAFTA | pt: BJORKLUND, SOLVEIG | Medicaid ID 88301647A | PA approved 03-Aug-2036",
  [("BJORKLUND, SOLVEIG", N), ("88301647A", HP), ("03-Aug-2036", D)], "name-last-first health-plan date-dmy-abbrev")
P("CF", "voicemail", "Hi this is Trevor Lusk, Ava's dad, she's coughing up streaks of blood, call me at four oh six five five five oh one two two.",
  [("Trevor Lusk", N), ("Ava", N), ("four oh six five five five oh one two two", PH)], "phone name-relative name-possessive")
P("CF", "lower", "sage's tobra level came back high, hold tonight's dose, i told her mom",
  [("sage", N)], "name-lowercase name-word name-possessive")
P("CF", "chat", "Vest serial for Elijah Banerjee's home unit is AV-55013-K, the company needs it for the repair.",
  [("Elijah Banerjee", N), ("AV-55013-K", DV)], "device-serial name-possessive")
P("CF", "email", "Fwd: portal message from Cody Reinhart: here is my home spirometry upload https://spiro.example.com/u/reinhart-c7 can you look before Friday",
  [("Cody Reinhart", N), ("https://spiro.example.com/u/reinhart-c7", UR)], "url weekday")
P("CF", "page", "CF: MACKENZIE O'ROURKE, 19, HEMOPTYSIS ABOUT 30ML AT HOME, IN ED BAY 12, PULM FELLOW PLS CALL",
  [("MACKENZIE O'ROURKE", N)], "name-allcaps room-bed-number")
P("CF", "chat", "Skylar and Brynn Torvik are siblings with CF, keep their appointments on different days.",
  [("Skylar", N), ("Brynn Torvik", N)], "name-list name-relative")
P("CF", "dictation", "This is a follow-up for Miss Anaya Deshpande, born the twelfth of May two thousand nine.",
  [("Anaya Deshpande", N), ("the twelfth of May two thousand nine", D)], "date-spoken dob name-non-english")
P("CF", "thread", "Dr. Halvorsen-Beck said yes to the admission, bed on 6 West, Jace goes up after lunch.",
  [("Halvorsen-Beck", N), ("Jace", N)], "name-staff name-hyphenated name-given-only")
P("CF", "chat", "Transplant eval: Marcy Lindgren goes to the center in Seattle on the 14th, her husband is driving.",
  [("Marcy Lindgren", N), ("Seattle", LO), ("the 14th", D)], "city date")
P("CF", "bot", "/ask write a school letter for Noah Fairweather explaining enzymes at lunch and bathroom access",
  [("Noah Fairweather", N)], "ordinary-chat")
P("CF", "lower", "the ferraro twins are both here, same room please, same bugs",
  [("ferraro", N)], "name-lowercase name-relative")
P("CF", "chat", "MRN 702" + ZWSP + "8841 is Isaiah Whitcomb, the one with the port, not the PICC.",
  [("702" + ZWSP + "8841", MR), ("Isaiah Whitcomb", N)], "mrn zero-width")
P("CF", "chat", "Grandpa Moe Sattler takes Ruby to every visit, he's 92 and drives in from Chinook.",
  [("Moe Sattler", N), ("Ruby", N), ("92", A), ("Chinook", LO)], "name-relative age-over-89 city name-word")
P("CF", "email", "From: lena.vorhees@example.com | Lena Vorhees here, my son Bastian needs a new nebulizer prescription sent to the pharmacy in Shelby.",
  [("lena.vorhees@example.com", EM), ("Lena Vorhees", N), ("Bastian", N), ("Shelby", LO)], "email name-relative city")
P("CF", "chat", "Priya Raghunathan, our new dietitian, starts Monday and will take the enzyme questions.",
  [("Priya Raghunathan", N)], "name-staff name-non-english weekday")
P("CF", "ehr", "Sputum cx 19-Oct-2036 | TAUFA, LOSANA | MSSA + mucoid Pseudomonas",
  [("19-Oct-2036", D), ("TAUFA, LOSANA", N)], "date-dmy-abbrev name-last-first name-non-english")

# ---- ENT / head-and-neck clinic ----
C("ENT", "chat", "Epley done twice, the nystagmus was gone on the second Dix-Hallpike.", "eponym-bare", ep="Epley|Dix-Hallpike")
C("ENT", "dictation", "Weber lateralizes to the left, Rinne negative on the left, consistent with a conductive loss.", "eponym-bare", ep="Weber|Rinne")
C("ENT", "chat", "Afrin and a nasal tampon for now; if it rebleeds she comes back.", "drug-brand-name", br="Afrin")
C("ENT", "bot", "/ask Centor criteria vs the McIsaac modification for a tenth grader with a sore throat", "eponym-bare age-under-90 score", ep="Centor|McIsaac")
C("ENT", "chat", "Little's area again, silver nitrate, she did fine.", "eponym-bare", ep="Little")
C("ENT", "page", "ENT: TRACH TIE CHANGE NEEDED 7W BED 18, RT IS WITH PT", "room-bed-number acronym")
C("ENT", "lower", "scope tower in room b needs the light cable, the new one is in the clean closet", "ordinary-chat")
C("ENT", "chat", "Stenvers view is obsolete, order a CT of the temporal bones instead.", "eponym-bare", ep="Stenvers")
C("ENT", "chat", "Ménière diet handout: low salt, less caffeine, the usual.", "eponym-bare teaching", ep="Ménière")
C("ENT", "dictation", "Tonsils three plus bilaterally, Mallampati class three, Friedman stage two.", "eponym-bare score", ep="Mallampati|Friedman")
C("ENT", "thread", "Ramsay Hunt, not Bell's, she has vesicles in the canal.", "eponym-bare", ep="Ramsay Hunt|Bell")
C("ENT", "chat", "Flexible laryngoscopy: Reinke's edema on both cords, she smokes a pack a day.", "eponym-bare", ep="Reinke")
C("ENT", "chat", "Groundhog Day potluck in the break room at 4, bring a dish.", "holiday clock-time", hol="Groundhog Day")
C("ENT", "bot", "/ask Omnicef vs amoxicillin-clavulanate for acute otitis media with a penicillin rash history", "drug-brand-name", br="Omnicef")
C("ENT", "lower", "hearing booth is 68 degrees again, patients complaining, called facilities", "temperature ordinary-chat")
C("ENT", "chat", "Pott's puffy tumor on the CT, frontal sinusitis, neurosurgery aware.", "eponym-bare", ep="Pott")
C("ENT", "chat", "HPV-positive oropharynx, stage I by AJCC 8, tumor board Wednesday.", "acronym weekday", sc="AJCC")
C("ENT", "chat", "Zenker's diverticulum, she's a candidate for the endoscopic approach.", "eponym-bare", ep="Zenker")
P("ENT", "chat", "Mr. Laszlo Fekete, total laryngectomy, the voice prosthesis leaks; his daughter Ildikó can come Wednesday.",
  [("Laszlo Fekete", N), ("Ildikó", N)], "name-non-english name-relative name-title")
P("ENT", "ehr", "PATH | " + CYR_M + "RN 8300156 | ARCHAMBEAULT, REMI | FNA left level II: SCC, p16+",
  [("8300156", MR), ("ARCHAMBEAULT, REMI", N)], "mrn name-last-first homoglyph-label")
P("ENT", "chat", "Noreen Tulley's home video visit keeps dropping, her IP shows as 192.0.2.163 in the log, IT is on it.",
  [("Noreen Tulley", N), ("192.0.2.163", IPA)], "ip name-possessive")
P("ENT", "lower", "grandma of the peds trach kid called, baby pearl's trach is a 3.5 right?",
  [("pearl", N)], "name-lowercase name-word name-relative")
P("ENT", "page", "ENT ON CALL: TRACH BLEED, ODELL FINCH-MARTIN, 7W RM 714, CALL 406-555-0116 NOW",
  [("ODELL FINCH-MARTIN", N), ("406-555-0116", PH)], "name-allcaps name-hyphenated phone")
P("ENT", "dictation", "Audiogram for Doctor Priya Sundaram's patient, Missus Ottilie Brandt, a ninety-one year old with progressive loss.",
  [("Priya Sundaram", N), ("Ottilie Brandt", N), ("ninety-one", A)], "name-staff age-over-89-words name-possessive")
P("ENT", "chat", "Tío Beto brought Matías in for the ear tubes, mom's on nights.",
  [("Beto", N), ("Matías", N)], "name-relative name-nickname name-non-english")
P("ENT", "email", "Fwd: stroboscopy still IMG_5530.jpg attached for Roxanne Dufresne, please add to the chart",
  [("IMG_5530.jpg", PI), ("Roxanne Dufresne", N)], "photo-filename")
P("ENT", "voicemail", "Yes hello it's Alfred Fenwick calling for my wife Mabel, she had the thyroid out Tuesday and her hands are tingling, 406-555-0152.",
  [("Alfred Fenwick", N), ("Mabel", N), ("406-555-0152", PH)], "phone name-relative weekday")
P("ENT", "chat", "The Quispe family asked for Dr. Rowe again for the revision.",
  [("Quispe", N), ("Rowe", N)], "name-relative name-staff name-non-english")
P("ENT", "chat", "Autumn Reyes-Holm, 34, tonsillectomy Tuesday, bleeding risk is high, she's on Xarelto.",
  [("Autumn Reyes-Holm", N)], "name-word name-hyphenated weekday")
P("ENT", "lower", "jt's ear drainage grew pseudomonas, swap him to cipro drops",
  [("jt", N)], "name-lowercase name-initials")
P("ENT", "thread", "Moved Ferdinand Oyo to Friday, Dr. Kravitz is out.",
  [("Ferdinand Oyo", N), ("Kravitz", N)], "name-staff name-list weekday")
P("ENT", "ehr", "SCHED | 02-Dec-2036 | 0730 | LITTLEWOLF, CORA | parotidectomy",
  [("02-Dec-2036", D), ("LITTLEWOLF, CORA", N)], "date-dmy-abbrev name-last-first")
P("ENT", "chat", "Mrs. Bianchi's son lives in Bozeman and wants the surgery done there, send records.",
  [("Bianchi", N), ("Bozeman", LO)], "name-possessive city name-relative")
P("ENT", "bot", "/ask draft a letter to Vernon Ashby's insurer for hearing aids, he's 99 and lives alone",
  [("Vernon Ashby", N), ("99", A)], "age-over-89 name-possessive")
P("ENT", "chat", "Nadia and Yusuf brought their son Adam back for the cochlear implant mapping.",
  [("Nadia", N), ("Yusuf", N), ("Adam", N)], "name-list name-relative name-non-english")
P("ENT", "chat", "Hazel Whitaker from Big Sandy: FNA result, call her back on her cell 406-555-0174.",
  [("Hazel Whitaker", N), ("Big Sandy", LO), ("406-555-0174", PH)], "name-word city phone")
# ---- cardiac rehab gym ----
C("CREH", "chat", "Borg 13 is the target; if they're at 15, slow the treadmill.", "eponym-bare score", ep="Borg")
C("CREH", "chat", "Karvonen formula for the heart rate targets, resting rate from the intake.", "eponym-bare teaching", ep="Karvonen")
C("CREH", "bot", "/ask safe exercise heart rate targets on Entresto and Coreg after a recent MI", "drug-brand-name acronym", br="Entresto|Coreg")
C("CREH", "lower", "treadmill 3 belt slipping again, out of order sign is on it", "ordinary-chat")
C("CREH", "chat", "Valsalva during the leg press again, remind them to breathe out on the push.", "eponym-bare teaching", ep="Valsalva")
C("CREH", "page", "REHAB GYM: RHYTHM STRIP ON BIKE 4 NEEDS A LOOK, PT RESTING, VS STABLE", "room-bed-number acronym")
C("CREH", "chat", "Duke treadmill score is low-risk, cleared for the full program.", "score place-rule", pl="Duke")
C("CREH", "chat", "New Year resolution rush: the 0700 class is full through February.", "holiday clock-time", hol="New Year")
C("CREH", "dictation", "Six-minute walk four hundred ten metres, no desaturation, Borg dyspnea two.", "dose-lab score")
C("CREH", "chat", "NYHA II, EF 40, he can do the standard program.", "acronym score", sc="NYHA")
C("CREH", "thread", "Yes, the nitro spray is in the crash cart drawer, top left.", "ordinary-chat")
C("CREH", "chat", "Heart-healthy cooking class uses the DASH handout and the Mediterranean one.", "ordinary-chat", sc="DASH", pl="Mediterranean")
C("CREH", "lower", "bp cuff on station 2 reads high, compared with manual, 14 points off", "dose-lab room-bed-number")
C("CREH", "chat", "Canadian Cardiovascular Society class II angina, keep exercise below the threshold.", "score", org="Canadian Cardiovascular Society")
C("CREH", "bot", "/ask is Brilinta a reason to avoid resistance training in cardiac rehab", "drug-brand-name", br="Brilinta")
C("CREH", "chat", "Fontan adults do fine in the program, just with lower targets.", "eponym-bare", ep="Fontan")
C("CREH", "chat", "Memorial Day the gym is closed, make-up classes on Saturday.", "holiday weekday", hol="Memorial Day")
C("CREH", "dictation", "Resting heart rate sixty-two, peak a hundred and eighteen at level five, no ST changes.", "dose-lab")
P("CREH", "chat", "Big Earl Dobbins wants to bring his own playlist again, fine by me.",
  [("Big Earl Dobbins", N)], "name-nickname")
P("CREH", "ehr", "ENROLL | 11-Mar-2037 | STANISLAWSKI, WALTER P | post-CABG | ins: Medicare",
  [("11-Mar-2037", D), ("STANISLAWSKI, WALTER P", N)], "date-dmy-abbrev name-last-first")
P("CREH", "chat", "Fingerprint check-in failed for Glenda Moss twice, her template FP-03318 needs re-enrolling.",
  [("Glenda Moss", N), ("FP-03318", BI)], "biometric name-word")
P("CREH", "lower", "bob and shirley came together again, shirley's doing the bike, bob the arm ergometer",
  [("bob", N), ("shirley", N), ("shirley", N), ("bob", N)], "name-lowercase name-list name-relative")
P("CREH", "page", "CARDIAC REHAB: REYNALDO CASTILLO CHEST PAIN ON TREADMILL 0915, NITRO X1, CALL DR. ABERG 406-555-0163",
  [("REYNALDO CASTILLO", N), ("ABERG", N), ("406-555-0163", PH)], "name-allcaps name-staff phone")
P("CREH", "voicemail", "Hi this is Dolores Quintana, I can't come Thursday, my grandson Eli has a game in Sidney, call me at 406-555-0131.",
  [("Dolores Quintana", N), ("Eli", N), ("Sidney", LO), ("406-555-0131", PH)], "phone city name-relative")
P("CREH", "chat", "Plate for Fred Gallagher's van is CGH 2217, security keeps ticketing him in the rehab spots.",
  [("Fred Gallagher", N), ("CGH 2217", VE)], "vehicle name-possessive")
P("CREH", "dictation", "Mister Clarence Oduya, a ninety-five year old gentleman, completed class thirty-six today and graduates.",
  [("Clarence Oduya", N), ("ninety-five", A)], "age-over-89-words name-title")
P("CREH", "chat", "Stormy Pike brought cookies for the whole class, she graduates Friday.",
  [("Stormy Pike", N)], "name-word weekday")
P("CREH", "email", "Fwd: rehab billing account 40017733 for Carl Honeycutt shows a copay he already paid.",
  [("40017733", AC), ("Carl Honeycutt", N)], "account")
P("CREH", "thread", "Sure, Kwame and Efua Mensah both on Tuesday at 10, they come as a couple.",
  [("Kwame", N), ("Efua Mensah", N)], "name-list name-non-english name-relative")
P("CREH", "chat", "Mr. Delacroix's daughter Amélie asked for his exercise logs before his cardiology visit on the 22nd.",
  [("Delacroix", N), ("Amélie", N), ("the 22nd", D)], "name-possessive name-relative date")
P("CREH", "lower", "hank's sats dropped to 88 on the bike, stopped, back to 95 at rest",
  [("hank", N)], "name-lowercase name-possessive name-given-only")
P("CREH", "chat", "MRN 3391072, Pearl Dunmore; wait, her chart says Pearline Dunmore, same person.",
  [("3391072", MR), ("Pearl Dunmore", N), ("Pearline Dunmore", N)], "mrn name-word")
P("CREH", "chat", "Nurse Adebisi and Nurse Bengtsson swap shifts Monday.",
  [("Adebisi", N), ("Bengtsson", N)], "name-staff name-title weekday")
P("CREH", "bot", "/ask summarize Gus Papadakis's six-minute walk trend for the discharge letter",
  [("Gus Papadakis", N)], "name-possessive name-non-english")
P("CREH", "chat", "June Whitford, 90, the oldest in the program, walked 20 minutes today without stopping.",
  [("June Whitford", N), ("90", A)], "name-word age-over-89")
P("CREH", "ehr", "ECG strip | pt WU, JIANHUA | HR 74 SR | tech: L. Moreau",
  [("WU, JIANHUA", N), ("L. Moreau", N)], "name-last-first name-initials name-common")

# ---- mobile mammography van ----
C("MAMMO", "chat", "The van's generator needs fuel before tomorrow's run, the last stop has no shore power.", "ordinary-chat")
C("MAMMO", "chat", "BI-RADS 0 on a screen means callback, not bad news; make sure the letter says that.", "score teaching", sc="BI-RADS")
C("MAMMO", "bot", "/ask when to start screening for a woman whose mother had breast cancer at 44", "age-under-90 ordinary-chat")
C("MAMMO", "lower", "the heater in the van quit, it's 54 degrees in the changing area, bring the space heater", "temperature ordinary-chat")
C("MAMMO", "chat", "Tomosynthesis on every screen now, the Hologic update went in.", "device-brand", br="Hologic")
C("MAMMO", "page", "MAMMO VAN: DETECTOR ERROR 41, RESTARTED, BACK UP IN 15, PATIENTS WAITING IN THE BUS SHELTER", "ordinary-chat")
C("MAMMO", "chat", "Cooper ligaments look fine, it's the skin thickening I'd call back for.", "eponym-bare", ep="Cooper")
C("MAMMO", "dictation", "Heterogeneously dense breasts, category C, which lowers sensitivity; supplemental ultrasound discussed.", "ordinary-chat")
C("MAMMO", "chat", "Paget disease of the nipple is on the list for that crusting, she needs a diagnostic visit.", "eponym-bare", ep="Paget")
C("MAMMO", "thread", "Breast Cancer Awareness Month is booked solid, adding a Saturday stop.", "holiday weekday", hol="Breast Cancer Awareness Month")
C("MAMMO", "lower", "compression paddles wiped, lead aprons hung, van locked", "ordinary-chat")
C("MAMMO", "chat", "Tyrer-Cuzick came out over 20 percent lifetime, so MRI screening goes in the letter.", "eponym-bare score", ep="Tyrer-Cuzick")
C("MAMMO", "chat", "Gail model underestimates for her, use the other one.", "eponym-bare score", ep="Gail")
C("MAMMO", "bot", "/ask Mondor disease seen on a screening mammogram, what do we tell the patient", "eponym-bare", ep="Mondor")
C("MAMMO", "chat", "Juneteenth stop at the community center is confirmed, they want Spanish and English forms.", "holiday", hol="Juneteenth")
C("MAMMO", "chat", "MQSA inspection next month, make sure the phantom images are logged.", "acronym", org="MQSA")
C("MAMMO", "dictation", "Stable benign-appearing calcifications in the upper outer quadrant, BI-RADS two.", "score")
C("MAMMO", "chat", "Cleopatra view helps for the axillary tail, the newer techs forget it.", "teaching", pub="Cleopatra")
P("MAMMO", "chat", "Wanda Fitzgerald in Hinsdale wants the first slot at tomorrow's stop, she has chemo at noon.",
  [("Wanda Fitzgerald", N), ("Hinsdale", LO)], "city name-word")
P("MAMMO", "ehr", "SCREEN | 09-Apr-2037 | CRAZY MULE, LORETTA | BI-RADS 1 | van stop: Fort Belknap",
  [("09-Apr-2037", D), ("CRAZY MULE, LORETTA", N), ("Fort Belknap", LO)], "date-dmy-abbrev name-last-first city")
P("MAMMO", "lower", "lupe garza's callback letter went to her old address, the one on 4th ave in glasgow",
  [("lupe garza", N), ("4th ave", LO), ("glasgow", LO)], "name-lowercase address city")
P("MAMMO", "chat", "SSN on the intake for Deborah Runningwater is 912-44-0873; verify before billing, it doesn't match the card.",
  [("Deborah Runningwater", N), ("912-44-0873", SS)], "ssn")
P("MAMMO", "page", "VAN: PT MARGARET 'PEG' O'SHAUGHNESSY FAINTED IN THE CHAIR, ALERT NOW, EMS CALLED",
  [("MARGARET 'PEG' O'SHAUGHNESSY", N)], "name-allcaps name-nickname")
P("MAMMO", "voicemail", "Hi this is Carmen Ruelas, I missed my van appointment at the Poplar stop, can I come to the Wolf Point one, 406-555-0107.",
  [("Carmen Ruelas", N), ("Poplar", LO), ("Wolf Point", LO), ("406-555-0107", PH)], "phone city name-non-english")
P("MAMMO", "chat", "Appointment number for Helga Rask is VAN-2291-07, she'll bring the letter.",
  [("Helga Rask", N), ("VAN-2291-07", ID_)], "other-id")
P("MAMMO", "email", "Fwd: tribal health office: please send results for Rosalie Two Bulls, DOB 05/30/1948, by fax to 406-555-0198",
  [("Rosalie Two Bulls", N), ("05/30/1948", D), ("406-555-0198", FX)], "fax dob")
P("MAMMO", "thread", "Yep, Candy Lindquist and her sister Bonnie both got the callback.",
  [("Candy Lindquist", N), ("Bonnie", N)], "name-word name-relative")
P("MAMMO", "dictation", "Screening for Missus Alma Fairbanks, age ninety, prior films from two thousand thirty-four for comparison.",
  [("Alma Fairbanks", N), ("ninety", A)], "age-over-89-words name-title")
P("MAMMO", "chat", "Dr. Fairchild read yesterday's batch, Dr. Nakagawa-Lee has today's.",
  [("Fairchild", N), ("Nakagawa-Lee", N)], "name-staff name-hyphenated name-title")
P("MAMMO", "lower", "ms. begay wants the van to come back to chinle, lots of the women there missed it",
  [("begay", N), ("chinle", LO)], "name-lowercase name-title city")
P("MAMMO", "chat", "Photo ID scan DSC_0912.jpg for Ruth Ann Kessler is attached to the screening record.",
  [("DSC_0912.jpg", PI), ("Ruth Ann Kessler", N)], "photo-filename")
P("MAMMO", "chat", "MRN 6604" + ZWSP + "195, Gloria Bravo-Tsosie: callback for the left breast, she works nights.",
  [("6604" + ZWSP + "195", MR), ("Gloria Bravo-Tsosie", N)], "mrn name-hyphenated zero-width")
P("MAMMO", "bot", "/ask write the callback letter for Dorothea Kincaid in plain language at a fifth-grade level",
  [("Dorothea Kincaid", N)], "ordinary-chat")
P("MAMMO", "chat", "Driver Mitch says the van's fuel card needs renewing; Janelle in the office has it.",
  [("Mitch", N), ("Janelle", N)], "name-staff name-given-only")
P("MAMMO", "chat", "Edna Sorrell is 93 and still wants her yearly screen, the tech asked if that's okay.",
  [("Edna Sorrell", N), ("93", A)], "age-over-89")
P("MAMMO", "ehr", "REG | 201 Cedar Ln, Scobey MT 59263 | pt HOVDE, MARIT | phone 406-555-0120",
  [("201 Cedar Ln", LO), ("Scobey", LO), ("59263", LO), ("HOVDE, MARIT", N), ("406-555-0120", PH)], "address name-last-first phone")

# ---- refugee health clinic ----
C("REF", "chat", "Strongyloides serology positive: ivermectin two days, eosinophils again in three months.", "dose-lab", orgm="Strongyloides")
C("REF", "chat", "Presumptive albendazole was given overseas per the IOM form, no need to repeat.", "acronym", org="IOM")
C("REF", "bot", "/ask catch-up vaccine schedule for a 12-year-old with no records, arriving from a camp", "age-under-90 ordinary-chat")
C("REF", "lower", "interpreter line for dari is slow today, book in-person for the afternoon", "ordinary-chat")
C("REF", "chat", "QuantiFERON positive, chest X-ray clear, latent TB, 3HP offered.", "drug-brand-name acronym", br="QuantiFERON")
C("REF", "chat", "Eid al-Adha is next week, several families asked to move visits.", "holiday", hol="Eid al-Adha")
C("REF", "page", "REFUGEE CLINIC: CRITICAL LEAD LEVEL ON A CHILD SEEN TODAY, PEDS PLS CALL BACK", "acronym dose-lab")
C("REF", "dictation", "Hepatitis B surface antigen positive, refer to hepatology, household contacts to be tested.", "dose-lab")
C("REF", "chat", "Schistosoma serology for the families from sub-Saharan Africa, per protocol.", "place-disease", orgm="Schistosoma")
C("REF", "chat", "Nowruz is the week of the spring equinox, expect the Afghan families to reschedule.", "holiday", hol="Nowruz")
C("REF", "thread", "Yes, PHQ-9 and the RHS-15 both, in their own language.", "score acronym", sc="RHS-15")
C("REF", "chat", "Vitamin D 9, B12 low, hemoglobin 10.1: start iron and D.", "dose-lab")
C("REF", "chat", "Harvard Trauma Questionnaire takes too long at intake, we use the short screen.", "score", sc="Harvard Trauma Questionnaire")
C("REF", "lower", "we are out of the arabic consent forms again, printing more", "ordinary-chat")
C("REF", "chat", "Ramadan fasting and metformin: move the doses to suhoor and iftar.", "holiday dose-lab", hol="Ramadan")
C("REF", "chat", "Burkitt lymphoma is in the differential for that jaw mass, CT and biopsy.", "eponym-bare", ep="Burkitt")
C("REF", "dictation", "Height and weight below the third percentile on the WHO chart, refer to nutrition.", "acronym", org="WHO")
C("REF", "chat", "Buruli ulcer is on the list for that leg lesion, send a swab to the state lab.", "place-disease", pl="Buruli")
P("REF", "chat", "Mohammad Nazari and his wife Fereshteh arrived Tuesday, the kids are Arash, 9, and Shirin, 6.",
  [("Mohammad Nazari", N), ("Fereshteh", N), ("Arash", N), ("Shirin", N)], "name-non-english name-relative name-list")
P("REF", "ehr", "INTAKE | A-number A 208 441 937 | NIYONZIMA, JEAN-PIERRE | arr 17-Sep-2036",
  [("A 208 441 937", ID_), ("NIYONZIMA, JEAN-PIERRE", N), ("17-Sep-2036", D)], "spaced-digits name-last-first date-dmy-abbrev")
P("REF", "voicemail", "Hello this is Amina from the resettlement agency about the Abdi family, Hodan needs her appointment moved, 406-555-0188.",
  [("Amina", N), ("Abdi", N), ("Hodan", N), ("406-555-0188", PH)], "phone name-relative name-given-only")
P("REF", "lower", "baby zainab's weight is up 300 g, mom very happy",
  [("zainab", N)], "name-lowercase name-non-english")
P("REF", "chat", "Mr. Khalil Haddad, 94, came with his grandson; he was a pharmacist in Aleppo.",
  [("Khalil Haddad", N), ("94", A), ("Aleppo", LO)], "age-over-89 city name-non-english")
P("REF", "email", "Fwd: caseworker: Thu Zar Win's new address is 418 Birch St Apt 3, Great Falls, her phone is 406-555-0144",
  [("Thu Zar Win", N), ("418 Birch St Apt 3", LO), ("Great Falls", LO), ("406-555-0144", PH)], "address phone name-non-english")
P("REF", "page", "REF CLINIC: PASHTO INTERPRETER NEEDED RM 5 FOR GUL AHMADZAI, DR. PETROVA WAITING",
  [("GUL AHMADZAI", N), ("PETROVA", N)], "name-allcaps name-staff room-bed-number")
P("REF", "chat", "I-94 number for Esperance Uwase is 40917735612, copy it onto the vaccine form.",
  [("Esperance Uwase", N), ("40917735612", ID_)], "other-id name-non-english")
P("REF", "dictation", "Patient is Mister Dawit Tesfamariam, born January first nineteen eighty, the default birth date for many arrivals.",
  [("Dawit Tesfamariam", N), ("January first nineteen eighty", D)], "date-spoken dob name-non-english")
P("REF", "thread", "Right, Htoo Paw and Eh Say are cousins, not siblings, fix the household.",
  [("Htoo Paw", N), ("Eh Say", N)], "name-non-english name-relative name-list")
P("REF", "chat", "The Hakimis need a ride from the motel in Havre; Mrs. Hakimi is due in three weeks.",
  [("Hakimis", N), ("Havre", LO), ("Hakimi", N)], "name-relative city name-title")
P("REF", "chat", "Nyamal Gatluak's SSN card came: 923-51-6608, send it to billing only.",
  [("Nyamal Gatluak", N), ("923-51-6608", SS)], "ssn name-possessive name-non-english")
P("REF", "chat", "Medicaid card for Biniam Kidane: ID 6Q30017425, effective the 1st.",
  [("Biniam Kidane", N), ("6Q30017425", HP), ("the 1st", D)], "health-plan name-non-english date")
P("REF", "lower", "abdullahi brought his uncle, the uncle has the tb cough, not abdullahi",
  [("abdullahi", N), ("abdullahi", N)], "name-lowercase name-relative")
P("REF", "chat", "Rev. Sebastian Ntakirutimana from the church is driving the Kabera family on Monday.",
  [("Sebastian Ntakirutimana", N), ("Kabera", N)], "name-title name-relative name-non-english")
P("REF", "bot", "/ask translate the TB medication instructions into Tigrinya for Saba Ghebremedhin",
  [("Saba Ghebremedhin", N)], "name-non-english")
P("REF", "email", "Fwd: From: m.rahmani@example.org | my father Ghulam Rahmani is 92 and lost his glasses at the airport in Chicago",
  [("m.rahmani@example.org", EM), ("Ghulam Rahmani", N), ("92", A), ("Chicago", LO)], "email age-over-89 city")
P("REF", "chat", "MRN 9127740 Oumou Diallo, TB skin test read at 14 mm, she came back right on time.",
  [("9127740", MR), ("Oumou Diallo", N)], "mrn name-non-english name-common")
P("REF", "email", "Fwd: web form | name: Shukria Popal | phone: " + FW("406-555-0166") + " | need: interpreter for the eye visit",
  [("Shukria Popal", N), (FW("406-555-0166"), PH)], "fullwidth-digits phone name-non-english")
# ---- pain clinic ----
C("PAIN", "chat", "PDMP checked: one prescriber, one pharmacy, all consistent.", "acronym ordinary-chat")
C("PAIN", "chat", "Butrans patch 10 mcg, step up if the pain scores stay above 6/10.", "drug-brand-name score-fraction", br="Butrans")
C("PAIN", "bot", "/ask converting Oxycontin to a buprenorphine patch, what is the usual starting strength", "drug-brand-name dose-lab", br="Oxycontin")
C("PAIN", "chat", "Patrick test positive on the right, points to the SI joint more than the hip.", "eponym-bare acronym", ep="Patrick")
C("PAIN", "dictation", "Straight leg raise positive at forty degrees on the left, Lasègue positive.", "eponym-bare", ep="Lasègue")
C("PAIN", "lower", "fluoro c-arm is back from repair, injection list can start at 8", "ordinary-chat clock-time")
C("PAIN", "page", "PAIN CLINIC: VASOVAGAL AFTER ESI IN PROC RM 2, RESOLVED, OBSERVING 30 MIN", "room-bed-number acronym")
C("PAIN", "chat", "Gabapentin plus Lyrica is too much sedation, pick one.", "drug-brand-name", br="Lyrica")
C("PAIN", "chat", "Tarlov cysts on the MRI, incidental, I wouldn't chase them.", "eponym-bare acronym", ep="Tarlov")
C("PAIN", "chat", "Budapest criteria met for CRPS: continuing pain and signs in three categories.", "place-rule acronym", pl="Budapest")
C("PAIN", "thread", "Kloxxado script goes with every opioid refill over 50 MME.", "drug-brand-name dose-lab", br="Kloxxado")
C("PAIN", "chat", "Spurling test reproduced the arm pain, C6 pattern, epidural offered.", "eponym-bare", ep="Spurling")
C("PAIN", "bot", "/ask Oswestry disability index scoring, what counts as minimal vs severe", "score place-rule", pl="Oswestry")
C("PAIN", "lower", "capsaicin 8% patches need the room with the hood, dont do them in 4", "dose-lab room-bed-number")
C("PAIN", "chat", "Gaenslen maneuver was the only positive SI test, so one of five.", "eponym-bare score-fraction", ep="Gaenslen")
C("PAIN", "dictation", "Pain seven over ten at rest, two over ten after the medial branch block, a good response.", "score-fraction")
C("PAIN", "chat", "Good Friday the injection list is light, half of anesthesia is off.", "holiday", hol="Good Friday")
C("PAIN", "chat", "Waddell signs three of five, documented, doesn't change the plan.", "eponym-bare score-fraction", ep="Waddell")
P("PAIN", "chat", "Dr. Brandvold's DEA number for the patch script is FB3342189, the pharmacy asked.",
  [("Brandvold", N), ("FB3342189", LI)], "license name-possessive name-staff")
P("PAIN", "ehr", "PROC | 06-Jan-2037 | L4-5 ESI | pt: MCALLISTER, DOUGLAS R | MRN 7715026",
  [("06-Jan-2037", D), ("MCALLISTER, DOUGLAS R", N), ("7715026", MR)], "date-dmy-abbrev name-last-first mrn")
P("PAIN", "voicemail", "Hi it's Roxie Dunleavy, my pharmacy in Miles City won't fill the patch, please call me at 406-555-0156 today.",
  [("Roxie Dunleavy", N), ("Miles City", LO), ("406-555-0156", PH)], "phone city")
P("PAIN", "lower", "earl p. says the tens unit burned him, looked fine to me, photo is in the chart",
  [("earl p.", N)], "name-lowercase name-initials")
P("PAIN", "chat", "Pain agreement signed by Crystal Yellowhorse today, copy to her PCP Dr. Valdez.",
  [("Crystal Yellowhorse", N), ("Valdez", N)], "name-word name-staff")
P("PAIN", "page", "PAIN: PT BRANDON KESSELRING IN LOBBY YELLING AT STAFF OVER RX, SECURITY CALLED, PLS COME",
  [("BRANDON KESSELRING", N)], "name-allcaps")
P("PAIN", "email", "Fwd: From: ellis.tarrant@example.com | Ellis Tarrant asks if the pump refill can be the 5th instead, he'll be in Bismarck.",
  [("ellis.tarrant@example.com", EM), ("Ellis Tarrant", N), ("the 5th", D), ("Bismarck", LO)], "email date city")
P("PAIN", "chat", "Intrathecal pump serial for Loretta Beale is SN 4491-CP27, the maker wants it for the recall.",
  [("Loretta Beale", N), ("4491-CP27", DV)], "device-serial")
P("PAIN", "dictation", "Mister Fitzroy Adewale-Jones presents for a spinal cord stimulator trial, his wife Patience is present.",
  [("Fitzroy Adewale-Jones", N), ("Patience", N)], "name-hyphenated name-relative name-word")
P("PAIN", "thread", "Agree with Dr. Ishikawa, taper Sonny off the Norco slowly.",
  [("Ishikawa", N), ("Sonny", N)], "name-staff name-nickname name-given-only")
P("PAIN", "chat", "Urine drug screen for Tamsin Rourke came back with fentanyl, she says she never took it, send for confirmation.",
  [("Tamsin Rourke", N)], "dose-lab")
P("PAIN", "lower", "the two bradleys are both at 10, brad senior is the knee, brad junior is the back",
  [("bradleys", N), ("brad", N), ("brad", N)], "name-lowercase name-relative name-nickname")
P("PAIN", "chat", "Portal link https://portal.example.org/msg/88213 from Yvette Carrier has her pain diary, look before the visit.",
  [("https://portal.example.org/msg/88213", UR), ("Yvette Carrier", N)], "url")
P("PAIN", "chat", "Fax the PA to Blue Plains Pharmacy at 406-555-" + ZWSP + "0193 for Orville Hatch, he's 96 and can't drive there.",
  [("Blue Plains Pharmacy", LO), ("406-555-" + ZWSP + "0193", FX), ("Orville Hatch", N), ("96", A)], "fax age-over-89 facility zero-width")
P("PAIN", "chat", "Mx. Rainier Olufemi uses they/them, please fix the greeting in the letter.",
  [("Rainier Olufemi", N)], "name-title name-non-english")
P("PAIN", "bot", "/ask list the non-opioid options we haven't tried for Bettina Graf, she's on duloxetine already",
  [("Bettina Graf", N)], "ordinary-chat")
P("PAIN", "chat", "The Pearson twins, both 17, both with sports injuries; their coach Lyle drove them.",
  [("Pearson", N), ("Lyle", N)], "name-relative name-given-only")
P("PAIN", "ehr", "PDMP | LEDOUX, ARMAND | 3 fills in 28 days | prescriber: Brandvold",
  [("LEDOUX, ARMAND", N), ("Brandvold", N)], "name-last-first name-staff")

# ---- stroke unit ----
C("STROKE", "chat", "NIHSS 4 on arrival, 2 now, the aphasia is what's left.", "score acronym", sc="NIHSS")
C("STROKE", "chat", "TNK given at 1342, door-to-needle 38 minutes.", "acronym clock-time")
C("STROKE", "bot", "/ask blood pressure targets after thrombectomy with TICI 3 reperfusion", "score acronym", sc="TICI")
C("STROKE", "dictation", "Babinski up-going on the right, Hoffmann negative, pronator drift on the right.", "eponym-bare", ep="Babinski|Hoffmann")
C("STROKE", "lower", "swallow screen failed, npo, slp tomorrow am, meds via ng if needed", "acronym ordinary-chat")
C("STROKE", "page", "STROKE UNIT: RM 412 MORE DROWSY, NIHSS UP 3, CT ORDERED, NEURO PLS COME", "room-bed-number score")
C("STROKE", "chat", "ABCD2 score 5, she stays for the workup.", "score", sc="ABCD2")
C("STROKE", "chat", "Wallenberg syndrome: hoarse, ataxic, Horner on the same side.", "eponym-bare", ep="Wallenberg|Horner")
C("STROKE", "chat", "Watchman referral after the afib talk, she can't take Eliquis long term.", "device-brand drug-brand-name", br="Watchman")
C("STROKE", "thread", "Modified Rankin 2 at discharge, inpatient rehab said yes.", "eponym-bare score", ep="Rankin")
C("STROKE", "chat", "Cincinnati Prehospital Stroke Scale was positive in the field, EMS called it in.", "place-rule acronym", pl="Cincinnati")
C("STROKE", "dictation", "Temperature thirty-eight point two, treating it, fever worsens outcomes.", "temperature")
C("STROKE", "chat", "Moyamoya on the angiogram, neurosurgery consult for a bypass.", "ordinary-chat")
C("STROKE", "lower", "bed alarm on 418 keeps going off, he's fine, just restless", "room-bed-number ordinary-chat")
C("STROKE", "chat", "Dysphagia diet level 5, minced and moist, per IDDSI.", "acronym dose-lab", org="IDDSI")
C("STROKE", "bot", "/ask when to restart Xarelto after a moderate cardioembolic stroke", "drug-brand-name", br="Xarelto")
C("STROKE", "chat", "Super Bowl Sunday is when the stroke calls spike, staff up.", "holiday", hol="Super Bowl Sunday")
C("STROKE", "chat", "Broca aphasia, comprehension intact, frustrated, speech therapy daily.", "eponym-bare", ep="Broca")
P("STROKE", "chat", "Code stroke: Ignatius Okeke, LKW 0710, wife Philomena at bedside.",
  [("Ignatius Okeke", N), ("Philomena", N)], "name-relative name-non-english clock-time")
P("STROKE", "ehr", "ADT | 4 North-408 | ZIELINSKI, HALINA | DOB 19-Nov-1933 | admit CVA",
  [("ZIELINSKI, HALINA", N), ("19-Nov-1933", D)], "name-last-first dob date-dmy-abbrev")
P("STROKE", "voicemail", "This is Raymond Pelletier, my mother Jeannette is on your floor, I'm flying in from Quebec City, my cell is 406-555-0171.",
  [("Raymond Pelletier", N), ("Jeannette", N), ("Quebec City", LO), ("406-555-0171", PH)], "phone city name-relative")
P("STROKE", "lower", "mrs. goldfarb's son is on the phone asking for the neurologist, who's covering",
  [("goldfarb", N)], "name-lowercase name-title name-possessive")
P("STROKE", "page", "STROKE: PT ANASTASIA VOLKOV, 97, NEW L WEAKNESS 1420, CT NOW, CALL NEURO 406-555-0149",
  [("ANASTASIA VOLKOV", N), ("97", A), ("406-555-0149", PH)], "name-allcaps age-over-89 phone")
P("STROKE", "chat", "Ernestine Boudreaux is 101 and the family says no thrombectomy, goals-of-care talk at 3.",
  [("Ernestine Boudreaux", N), ("101", A)], "age-over-89")
P("STROKE", "dictation", "Mister Rutherford Bligh was last known well on the evening of the sixteenth, found by his neighbor Ida.",
  [("Rutherford Bligh", N), ("the sixteenth", D), ("Ida", N)], "date-spoken name-title name-given-only")
P("STROKE", "chat", CYR_M + "RN 8854301 Tobias Ferreira-Lund, the heparin drip one, not the TNK one.",
  [("8854301", MR), ("Tobias Ferreira-Lund", N)], "mrn name-hyphenated homoglyph-label")
P("STROKE", "email", "Fwd: telestroke cart log | call from 203.0.113.91 for Marguerite Oakes dropped at minute 4",
  [("203.0.113.91", IPA), ("Marguerite Oakes", N)], "ip")
P("STROKE", "chat", "Rowdy Holloway's daughter Kinsley wants the rehab list, she lives in Lewistown.",
  [("Rowdy Holloway", N), ("Kinsley", N), ("Lewistown", LO)], "name-word name-relative city name-possessive")
P("STROKE", "thread", "Yes, Dr. Nakashima saw Mr. Eberhardt at 1600, no change.",
  [("Nakashima", N), ("Eberhardt", N)], "name-staff name-title clock-time")
P("STROKE", "lower", "the man in 410 is 'grandpa joe' to everyone, real name giuseppe russo, answers to both",
  [("joe", N), ("giuseppe russo", N)], "name-lowercase name-nickname room-bed-number")
P("STROKE", "chat", "Palm vein ID PV-77120 at registration belongs to Beatriz Solano, not the other Solano.",
  [("PV-77120", BI), ("Beatriz Solano", N), ("Solano", N)], "biometric name-non-english")
P("STROKE", "chat", "Stroke nav Colette asks: Winston Abara to Riverbend Rehab in Great Falls or the nursing home in Conrad?",
  [("Colette", N), ("Winston Abara", N), ("Riverbend Rehab", LO), ("Great Falls", LO), ("Conrad", LO)], "facility city name-staff")
P("STROKE", "bot", "/ask draft the discharge summary for Theodora Kemper, NIHSS 3 at discharge, on Plavix and aspirin",
  [("Theodora Kemper", N)], "dose-lab")
P("STROKE", "chat", "Mercy Adjei, the night charge, says 418 needs a sitter.",
  [("Mercy Adjei", N)], "name-word name-staff room-bed-number")
P("STROKE", "ehr", "CONSENT | pt: HARJO, WILLARD | witness: RN D. Kwiatkowski | 23:10",
  [("HARJO, WILLARD", N), ("D. Kwiatkowski", N)], "name-last-first name-initials name-staff")
P("STROKE", "chat", "His son Tomasz flew in from Chicago and wants to see the CT with his dad Kazimierz.",
  [("Tomasz", N), ("Chicago", LO), ("Kazimierz", N)], "name-relative city name-non-english")
# ---- added after the first run (more names; see SOURCE.md, slips) ----
P("RHC", "thread", "Thanks, Doc Hruska says Bertie and Vern Olmstead can share the 2 o'clock, they're married.",
  [("Hruska", N), ("Bertie", N), ("Vern Olmstead", N)], "name-staff name-list name-relative")
P("STROKE", "lower", "nguyen van thanh in 406 speaks only vietnamese, his granddaughter linh interprets",
  [("nguyen van thanh", N), ("linh", N)], "name-lowercase name-non-english name-relative")
P("PAIN", "page", "PAIN: PLS CALL LUZ REYES-ORTIZ RE HUSBAND TOMMY'S PUMP ALARM",
  [("LUZ REYES-ORTIZ", N), ("TOMMY", N)], "name-allcaps name-hyphenated name-nickname")
P("UROG", "chat", "Doña Rosario, everyone calls her Chayo, wants her granddaughter Yesenia in the room for the exam.",
  [("Rosario", N), ("Chayo", N), ("Yesenia", N)], "name-nickname name-relative name-non-english")
P("CF", "thread", "Imogen and her brother Caspian are both due for cultures, the Ashdowns always come in together.",
  [("Imogen", N), ("Caspian", N), ("Ashdowns", N)], "name-list name-relative")
P("ENT", "lower", "rocky and his mom are here early for the tubes, room 2 is free",
  [("rocky", N)], "name-lowercase name-word room-bed-number")
P("CREH", "chat", "Mrs. Baker and Mrs. Cook both skipped the cooking class, which the whole gym found funny.",
  [("Baker", N), ("Cook", N)], "name-word name-title name-list")
P("HAND", "chat", "Pulled the wrong chart: Holt, Daisy vs Holt, Daisha, check the birthdate twice.",
  [("Holt, Daisy", N), ("Holt, Daisha", N)], "name-last-first name-word")
P("MAMMO", "dictation", "Comparison is made to outside films from Doctor Ingrid Solheim's office for Missus Birdie Lapointe.",
  [("Ingrid Solheim", N), ("Birdie Lapointe", N)], "name-staff name-title name-word")
P("REF", "chat", "Her name on the UNHCR card is رحمة حسن, we file it as Rahma Hassan.",
  [("رحمة حسن", N), ("Rahma Hassan", N)], "name-non-english acronym")
P("STROKE", "chat", "Her son wrote her name as 陈秀英 on the form; the chart has Chen Xiuying.",
  [("陈秀英", N), ("Chen Xiuying", N)], "name-non-english")
C("CREH", "chat", "Patience is the whole game with the deconditioned ones, week three is when they turn.", "ordinary-chat", word="Patience")
C("PAIN", "chat", "Chance of real benefit from a second block is low if the first did nothing.", "ordinary-chat", word="Chance")
C("STROKE", "dictation", "Hazel irises, pupils equal and reactive, no gaze deviation.", "ordinary-chat", word="Hazel")
C("MAMMO", "chat", "Crystal-clear images today after the detector swap, thank the service engineer.", "ordinary-chat", word="Crystal")
C("ENT", "chat", "Faith in the new scope tower is low, it froze twice this morning.", "ordinary-chat", word="Faith")
C("HAND", "chat", "Candy-cane striped finger splints from OT are a hit with the kids.", "ordinary-chat", word="Candy")
C("CF", "chat", "Ruby-colored sputum, she said, and it turned out to be beet juice.", "ordinary-chat", word="Ruby")
# ==== END OF MESSAGES ====

SOURCE_HEAD = r"""
# Independent PHI chat evaluation set v18 (dev / test)

## How it was written
- Purpose: like v14-v17, a cross-section of what the team channels of a hospital system carry in an
  ordinary month, with the clinical assistant bot in them; this time a rural-and-regional system (a
  regional hospital, its outreach clinics and a mobile van in a thinly settled plains state). About half
  the messages are clean but tricky; the others carry identifiers in roughly the proportions real chat
  has: mostly names of patients, relatives and staff (about two thirds of all spans), then locations,
  dates, phones, ages over 89 and MRNs, and only a few of each rarer kind (2-5 spans each, so that every
  category reaches both splits; that is still more than a real month would show for SSN, IP, URL,
  VEHICLE and BIOMETRIC). Hidden and odd formats are in, in ordinary proportion only (2-3 messages each,
  see the kind table): a zero-width space inside two MRNs and inside one fax number; full-width digits in
  a kiosk DOB and in a phone typed into a web form; a Cyrillic "М" in the "MRN" label twice; an MRN read
  out digit by digit with spaces in a voicemail and an A-number split by spaces in an intake line; also
  dd-Mon-yyyy dates (10 messages), dates said aloud in dictation (5), ages over 89 in words
  (4) and one phone number spoken digit by digit in a voicemail. One name is written in Arabic script and
  one in Han characters, each next to its Latin spelling. No bidi marks, Arabic-Indic digits or
  spelled-out e-mails (the brief did not ask for them).
- Settings (new for v18): ten settings that the v15-v17 SOURCE.md files do not list as used by the
  earlier sets: a rural health clinic; a urogynecology clinic; a hand surgery clinic; a cystic fibrosis
  clinic; an ENT / head-and-neck clinic; a cardiac rehab gym; a mobile mammography van; a refugee health
  clinic; a pain clinic; a stroke unit. The brief's eighteen ideas were checked against the three files
  by reading their settings paragraphs (v17 in full, v16 lines 1-30, v15 lines 15-45) and by grepping
  them for the setting words ("rural", "obstet", "triage", "labor and", "L&D", "hematol", "urogyn",
  "pelvic", "hand surg", "hand clinic", "adolescent", "cystic", "HIV", "PrEP", "ENT" as a whole word,
  "head-and-neck", "head and neck", "otolaryng", "cardiac rehab", "rehab", "hospice", "mammog", "mobile",
  "breast", "refugee", "asylum", "pain clinic", "pain", "stroke", "neurosurg", "dental", "sedation",
  "psychiatr", "laundry", "environmental", "housekeep", "security"). Kept (ten): the rural health clinic
  ("rural" occurs in none of the files), the urogynecology clinic ("urogyn" and "pelvic" occur in none),
  the hand surgery clinic ("hand surg" and "hand clinic" occur in none), the cystic fibrosis clinic
  ("cystic" occurs in none), the ENT / head-and-neck clinic ("ENT" as a word, "head and neck",
  "head-and-neck" and "otolaryng" occur in none), the cardiac rehab gym ("cardiac rehab" occurs in none;
  "rehab" occurs only for v16's left-out inpatient rehabilitation and v14's skilled nursing facility),
  the mobile mammography van ("mammog" occurs in none; "mobile" only for v15's mobile blood drives,
  "breast" only for v16's breast pump), the refugee health clinic ("refugee" and "asylum" occur in none),
  the pain clinic ("pain clinic" occurs in none; "pain" only in "pain and score fractions") and the
  stroke unit ("stroke" occurs in none). Left out (eight): the obstetric triage unit (v15 left out labor
  and delivery triage because v12 reports v8's L&D / postpartum), the pediatric hematology clinic (v17
  reports v14's pediatric hematology / oncology), the adolescent inpatient psychiatry unit (v14's
  inpatient psychiatry and v17's psychiatric emergency service), the HIV / PrEP clinic (v15's HIV and
  infectious diseases clinic), the inpatient hospice house (v16 left out the hospice inpatient unit; v8's
  hospice), the pediatric dental sedation clinic (v15 left it out; v14's dental and oral surgery
  clinic), the hospital security desk (v17 lists security among the writers of its psychiatric emergency
  service) and the laundry / environmental services team ("laundry", "environmental" and "housekeep"
  occur in none of the files; it was left out only because ten settings were enough). Overlap
  disclosed: the urogynecology clinic sits next to v15's urology clinic and v12's OB/GYN office as v15
  reports it (here it is pessaries, slings, urodynamics and sacral neuromodulation); the hand surgery
  clinic next to v15's orthopedic fracture and sports medicine clinic and v16's trauma surgery service
  (here it is tendons, nerves, replants, splints and hand therapy); the cystic fibrosis clinic next to
  v15's pulmonology clinic and pulmonary function lab (here it is modulators, cultures, cohorting,
  enzymes and families); the cardiac rehab gym next to v16's cardiac surgery ICU and v15's cardiac device
  clinic (here it is the exercise programme after discharge); the mobile mammography van next to v15's
  mobile blood drives (here it is screening stops, callbacks and the van itself); the refugee health
  clinic next to v17's travel medicine clinic and v15's HIV and infectious diseases clinic (here it is
  domestic arrival screening, interpreters, caseworkers and immigration numbers); the pain clinic next to
  v15's opioid treatment programme (here it is injections, pumps, stimulators, agreements and the PDMP);
  the stroke unit next to v13's neurosurgery and spine clinic as v15 reports it; the rural health clinic
  next to v15's hospital at home and the urgent care that earlier files report (here it is a small
  outreach clinic: ranch injuries, weather, transport, hub referrals). The v5-v14 SOURCE.md files were
  not read (the brief allowed only v15-v17), so "unused" rests on how v15-v17 describe the earlier sets.
- Writers (senders): rural clinic nurses, the visiting physicians, front desk and a pastor; urogynecology
  nurses, the NP, an implant rep and billing; hand surgeons, hand therapists, the on-call team and an
  assisted-living nurse; CF nurses, the dietitian, fellows and parents; ENT surgeons, audiology and
  families; cardiac rehab nurses and exercise physiologists; van techs, the van driver, a radiologist and
  a tribal health office; refugee clinic nurses and physicians, interpreters, resettlement caseworkers
  and a pastor; pain physicians, nurses and a pharmacy; stroke nurses, the stroke navigator,
  neurologists and telestroke staff. Patients, relatives and callers appear through voicemails,
  e-mails, web forms and pasted records.
- Media: typed chat lines (the largest medium), thread replies, lowercase quick typing, pages (pager or
  secure-text pages, at most 240 characters, most in ALL CAPS), pasted EHR lines (registration, kiosk
  check-in, order, ADT, photo log, Rx, culture, pathology, schedule, enrolment, ECG strip, screening
  result, intake, procedure, PDMP, consent), forwarded e-mails and web forms, voicemail transcripts (one
  phone spoken digit by digit, one MRN read out with spaces), /ask commands to the bot (clean ones and
  some with a name pasted in, as users do) and speech-to-text dictation (spoken dates and ages,
  "Mister" / "Missus" / "Doctor"). The setting and medium of each message are kept in build.py only
  (tables below); the medium is also a kind tag for the media other than typed chat and thread replies
  (added by the M helper, as v14-v17's records carry it).
- Clean messages say what clinical chat says: drugs and brands (Bicillin L-A, Motrin, Eliquis,
  Myrbetriq, Premarin, Botox, Xiaflex, Trikafta, Pulmozyme, TOBI, Creon, Kalydeco, Afrin, Omnicef,
  Entresto, Coreg, Brilinta, QuantiFERON, Butrans, Oxycontin, Lyrica, Kloxxado, Xarelto ...), devices and
  makers (InterStim, Bulkamid, Hologic, Watchman), eponyms, often as the first word (Wells, Levine,
  Murphy, Bonney, Burch, Marshall-Marchetti, Foley, Gellhorn, Kegel, Finkelstein, Tinel, Phalen,
  Kanavel, Dupuytren, Allen, Bennett, Froment, Kienböck, Lichtman, Wartenberg, Seddon, Sunderland,
  Shwachman, Brasfield, Chrispin-Norman, Hickam, Occam, Epley, Dix-Hallpike, Weber, Rinne, Centor,
  McIsaac, Little, Stenvers, Ménière, Mallampati, Friedman, Ramsay Hunt, Bell, Reinke, Pott, Zenker,
  Borg, Karvonen, Valsalva, Fontan, Cooper, Paget, Tyrer-Cuzick, Gail, Mondor, Burkitt, Patrick,
  Lasègue, Tarlov, Spurling, Gaenslen, Waddell, Babinski, Hoffmann, Wallenberg, Horner, Rankin, Broca),
  place-named rules, scales and diseases (Ottawa, Colorado tick fever, Glasgow, Canadian CT head rule,
  Jersey finger, Duke, Mediterranean, Buruli, Budapest, Oswestry, Cincinnati), organisms (Hantavirus,
  Francisella, Burkholderia, Pseudomonas, Aspergillus, Strongyloides, Schistosoma), named scores and
  bodies that are not eponyms (POP-Q, AJCC, NYHA, DASH, BI-RADS, RHS-15, Harvard Trauma Questionnaire,
  NIHSS, TICI, ABCD2, IOM, WHO, MQSA, IDDSI, Make-A-Wish, Canadian Cardiovascular Society), holidays
  (Christmas Eve, Mother's Day, New Year's Eve, New Year, Black Friday, Groundhog Day, Memorial Day,
  Breast Cancer Awareness Month, Juneteenth, Eid al-Adha, Nowruz, Ramadan, Good Friday, Super Bowl
  Sunday), one historical figure (Cleopatra, for the mammography view), capitalised everyday words that
  are names elsewhere in the set, each at the start of a clean sentence (Patience, Chance, Hazel,
  Crystal, Faith, Candy, Ruby; registered in the inventory as "word" terms), rare-disease and clinical
  words at sentence start (Bronchiectasis, Moyamoya, Strongyloides), temperatures, pain and score
  fractions, clock times, rooms, beds, bikes and stations, doses and lab values (a sweat chloride of 92,
  sats of 88 and 95 next to no age), ages under 90, acronyms and plain chat. They hold no person's name,
  no date more specific than a month and no number of an identifier's shape.
- Names come in the forms chat shows: full names; surname after Mr. / Mrs. / Ms. / Mx. / Dr. / Dr
  without the period / Nurse / NP / RN / Pastor / Rev. / Sister / Doc / Doña / Tío and "Mister" /
  "Missus" / "Doctor" in dictation; given name only; "LAST, FIRST" and "LAST, FIRST M" in pasted lines
  and pages, "Holt, Daisy" in mixed case; ALL CAPS in pages and pasted lines; all lowercase in quick
  typing (also after "mrs" and "ms."); possessives; initials ("jt", "K. Abiodun", "L. Moreau", "D.
  Kwiatkowski", "mike t", "earl p."); hyphenated surnames (Adeyemi-Pike, Quint-Adeyemi,
  Featherstone-Okafor, Reyes-Ortiz, Bravo-Tsosie ...); two-word and compound Native American surnames
  (Two Bulls, Crazy Mule, Gray Wolf, Littlewolf, Redfeather, Runningwater, Yellowhorse, Whitehorse,
  Lonebear); lists; nicknames ("Big Earl Dobbins", "PEG" inside a page name, Chayo for Rosario, Tommy,
  Sonny, Beto, "grandpa joe" next to "giuseppe russo", "brad" senior and junior); families called by the
  plural surname (the Nwachukwus, the Hakimis, the Ashdowns, the two bradleys) or "the ... family" (the
  Blackhorse, Quispe, Abdi, Kabera families), "The Pearson twins", "the ferraro twins"; near-twins (Ms.
  Killgallon and Ms. Kilgallen; mrs. trinh and mrs. tran; Holt, Daisy and Holt, Daisha; Pearl and
  Pearline Dunmore); names in Arabic script and Han characters next to their Latin spellings.
  Everyday-word names: Joy, Opal, Dusty, Faith, Dale, Lark, Colt, Chance, Piper, Brandy, Daisy, Sage,
  Ruby, Pearl, Autumn, Hazel, Rocky, Moss, Stormy, June, Wanda, Candy, Bonnie, Crystal, Patience, Sonny,
  Rowdy, Mercy, Baker, Cook, Birdie. Cultures: Norwegian, Swedish, Danish and other Scandinavian; Native
  American (Assiniboine, Gros Ventre, Crow, Navajo and others, by surname style only); Mexican and other
  Spanish; Quechua; Igbo, Yoruba, Akan; Somali, Eritrean / Tigrinya, Ethiopian, Rwandan and Burundian,
  South Sudanese (Nuer), Malian; Afghan (Dari and Pashto), Persian, Syrian Arabic; Karen and Burmese;
  Vietnamese; Chinese; Japanese; Indian; Polish, Hungarian, Greek, German, Italian, French and French
  Canadian, Irish; Tongan.
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the benchmark scripts or any message of
  the earlier sets beyond the one line listed under slips: nothing under bot/ or tests/ and no
  bench/*.py was opened, no *.jsonl file of any set was opened (this set's own dev.jsonl and test.jsonl
  included), the detector and the project's code were not run, and no git command was run before the
  final commit. Only helpers place the spans (offsets by str.find); the only computed text is the FW
  helper turning two hand-written numbers into full-width digits. No message text was generated from a
  template or a loop.
- What was read: bench/data/phi_chat_v17/SOURCE.md in full; of bench/data/phi_chat_v16/SOURCE.md its
  lines 1-30 (the settings paragraph) and of bench/data/phi_chat_v15/SOURCE.md its lines 15-45; greps of
  the three files for the setting words above (file lists, and the matching lines cut to 260
  characters); a short script that printed the strings quoted in the three files that the no-reuse
  check uses (the same regular expression as `check_no_reuse`). Of bench/data/phi_chat_v17/build.py:
  first the grep the brief prescribes (`^def `, `^# `, constant assignments, the end-of-messages marker,
  `^SOURCE_HEAD` and `__main__`, with line numbers; it showed the setting header comments of the message
  part but no message), then its lines 1-699 (docstring, constants, helpers M / P / C, checks, split,
  output, main() and the comment heading the messages), 1486-1490 (meant as the marker and the start of
  SOURCE_HEAD; see slips) and 1770-1778 (the last lines of SOURCE_HEAD, which SOURCE.md shows, and the
  main guard).
- The helper, check, split and output code is v17's (its lines 37-695 copied with sed into this
  build.py, under a new docstring and the import line) with a new seed (20361207), the v18 settings and
  these changes: (1) `check_no_reuse` and `bait_overlap` read the v15-v17 SOURCE.md files (v17's read
  v14-v16) and the texts that report their results say so; (2) `check_brief_examples` holds the strings
  quoted in this set's brief (the "LAST, FIRST" pattern and the placeholder of the last section); (3)
  the last section is written with the line the brief asks for. Everything else is as in v17, thresholds
  included: at least 360 messages, clean share 45-55%, every category at least 2 spans and in both
  splits, at most 8 spans for each rare category, NAME at least 55% of all spans, NAME / DATE /
  LOCATION / PHONE each at least as frequent as any other category, AGE and MRN at least 10, every
  setting at least 17 clean and 17 identifier messages and both kinds in both splits, every medium at
  least 8 messages and in both splits, test within 2 points of a third, each bait term in 1-4 clean
  messages, at least 120 bait terms of which 40 eponyms and at least half new to the v15-v17
  inventories, the required kind tags on at least 2 messages each, at least 20 word-name messages, each
  trick tag on at most 6 messages and on a message if and only if the message carries the trick, format
  tags backed by the matching span, slices equal the written substrings (on the built records and on
  the files read back), no overlaps, known categories, `clean` iff no spans, no duplicate texts, no span
  edge on a space or an invisible character, no span glued to a letter or digit, 1-4 kind tags, unique
  28-character openings, the forbidden strings and shapes in clean messages, PHONE / FAX with 555, EMAIL
  / URL with "example", documentation IPs, SSNs starting with 9, no capitalised word of a NAME span in a
  clean message unless inside a registered bait term, every kind tag used twice or more in both splits,
  /ask commands, lowercase lines and page length.
- All identifiers are invented: 555-01xx phone and fax numbers (area code 406; one spoken digit by
  digit, one fax with a zero-width space, one phone in full-width digits), example.org / example.com /
  example.net e-mails and URLs, documentation IPs (192.0.2.163, 203.0.113.91), SSNs starting 912 and
  923, made-up seven-digit MRNs, Medicaid ids (Montana Medicaid is a real programme name, the ids are invented), three
  accounts (a sliding-fee account, a clinic billing account, a rehab billing account), a driver's licence
  and a DEA number, two plates, three device serials (a sacral neuromodulator, an airway-clearance vest,
  an intrathecal pump), a fingerprint template id and a palm-vein id, a workers' compensation claim
  number, a van appointment number, an immigration A-number and an I-94 number (ID), photo file names
  (IMG_, DSC_). Towns and cities are real and used at random (Montana: Wolf Point, Scobey, Billings,
  Saco, Harlem, Great Falls, Lewistown, Roundup, Chinook, Shelby, Bozeman, Big Sandy, Sidney, Hinsdale,
  Fort Belknap, Glasgow, Poplar, Havre, Miles City, Conrad, and Jordan, a town named like a country and a
  person; elsewhere: Tucson, Seattle, Chinle, Chicago, Bismarck, Quebec City; abroad: Aleppo); the
  streets (22 Larch St, 4th ave, 418 Birch St Apt 3, 201 Cedar Ln) are generic, with invented house
  numbers, and the ZIP code may be the real one of its town; facility names (Pine Ridge Assisted Living, Blue Plains
  Pharmacy, Riverbend Rehab) are invented and may exist somewhere by chance. No real patients; any
  resemblance to a real person or record is accidental.
- Split: fixed seed 20361207, 2:1 dev / test, stratified exactly as v17 does (clean / not clean,
  setting, setting x clean, kind tags and span categories; shuffled with the seed, ordered by the rarity
  of the rarest feature, each message to the split whose 1/3 : 2/3 quota is least filled). Running
  `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file and prints the stats.
- Record format (same as v3-v17): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets (a zero-width character or a full-width
  digit is one code point).

## Annotation conventions
The conventions of v17 (bench/data/phi_chat_v17/SOURCE.md, which restates v16's and, through them, the
earlier sets') apply unchanged: NAME for any person (patient, relative, clinician, staff, interpreter,
caseworker, driver, pastor, religious sister, coach, caller), titles outside (Mr., Mrs., Ms., Mx., Dr.
with or without the period, Rev., Pastor, Sister, Nurse, NP, RN, Doc, Doña, "Mister", "Missus" and
"Doctor" in dictation, lowercase "mrs" and "ms."), kinship words ("mom", "Grandpa", "Tío", "grandpa")
and possessive 's outside; eponyms, brands, programmes and scales never names; "LAST, FIRST M" one span;
DATE for any date element more specific than a year; AGE only over 89, number expression only; LOCATION
for street addresses, streets, cities, ZIP codes and named places tied to a patient; e-mails, URLs and
photo file names one span each; rooms, beds, bikes, stations, units ("7W", "6 West", "4 North-408") and
extensions are not annotated. Category names (exactly v17's): NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN,
MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v18 (each follows from the earlier files or is new and stated here):
- Nicknames inside a name: "Big Earl Dobbins" is one span with "Big"; "MARGARET 'PEG' O'SHAUGHNESSY"
  is one span with the quoted nickname; "grandpa joe" gives "joe" (kinship word outside); "brad senior"
  and "brad junior" give "brad" (the generation word outside, as it is said in chat, not a suffix).
- Families and groups: "the Nwachukwus", "the Hakimis", "the Ashdowns", "the two bradleys" give the
  plural as the span; "the Blackhorse family", "the Quispe family", "the Abdi family", "the Kabera
  family", "The Pearson twins", "the ferraro twins" give the surname.
- Names in other scripts: the Arabic-script and Han-character names are NAME spans of their own next to
  their Latin spellings.
- Places: the patient's or relative's town, the airport city where a patient lost his glasses, the city a
  patient worked in before arrival (Aleppo), the city a patient was flown to, the transplant center city,
  the town of the patient's pharmacy, the van stops a patient attends or asks for ("Poplar", "Wolf
  Point", "Fort Belknap" in a screening record) and a patient's community asking for the van ("chinle")
  are LOCATION; the patient's assisted living, pharmacy and rehab facility names are LOCATION; states
  ("MT") and countries and regions (sub-Saharan Africa) are not annotated; "the hub", "the convent", "the
  church", "the motel", "the grange" and "the center" are not places of the LOCATION kind.
- Numbers: a workers' compensation claim number, a van appointment number, an A-number and an I-94
  number are ID; Medicaid ids are HEALTH_PLAN; a sliding-fee account and two billing accounts are
  ACCOUNT; a driver's licence and a DEA number are LICENSE (only the number, not the state letters
  before it); the serials of an implanted neuromodulator, an airway-clearance vest and an intrathecal
  pump are DEVICE (the "SN" label outside); a fingerprint template id and a palm-vein id are BIOMETRIC;
  the plates of a patient's truck and van are VEHICLE; a fax number of an office that receives a
  patient's records is FAX, as in v17.
- DATE: "the ninth", "the 20th", "the 14th", "the 22nd", "the 5th", "the 1st", "the sixteenth" (no year,
  article included when it is said), "December the second", "the fourth of March", spoken birth dates
  with a year, dd-Mon-yyyy dates, m/d/yyyy and ISO DOBs and a full-width DOB are whole spans; clock times
  next to a date ("0900", "0730") and the year alone ("two thousand thirty-four") are not.
- AGE: "94" (twice), "91", "96" (twice), "90" (twice), "97" (twice), "92" (twice), "99", "93", "101"
  and "ninety-three", "ninety-one", "ninety-five", "ninety" are AGE; "29", "19", "34", "17", "6", "9",
  "4", a sweat chloride of 92 and sats of 88 and 95 are not.

## Slips and limits disclosed
- The first `ls` of the worktree, of bench/data and of phi_chat_v17, run to see the folder names, also
  showed the names bot, tests, the drafting folders, a top-level phi_chat.jsonl file and v17's dev.jsonl
  and test.jsonl; nothing in them was opened.
- Reading v17's build.py: the range 1486-1490, meant to show the end-of-messages marker, also showed
  lines 1486-1487, v17's last message (one message, from its dialysis setting). It was not reused and no
  name, place or wording of it is in this set. The grep the brief prescribes also printed the setting
  header comments of v17's message part (no message text).
- The terminal cut the middle of v17's SOURCE.md on the first display; the cut part was then shown with
  sed (lines 150-220).
- The messages were drafted in five part files under a temporary folder and concatenated with the copied
  code into build.py; the parts are not kept. While checking, build.py was imported from Python
  (bytecode writing off) to print counts and a span-marked listing of this set's own messages for review;
  the .jsonl files were never opened.
- The first copied code lacked the import line (it sits above line 37 in v17's file); it was added.
  Checks that failed on the first runs and what changed: a clean page contained " AT " ("RT AT
  BEDSIDE", a forbidden spelled-out-e-mail shape), rewritten; the clean word "Two" at the start of a
  sentence was a token of the name "Rosalie Two Bulls", so that sentence now starts with "Static";
  strings quoted in the v15-v17 files were found in five messages ("8-year-old" inside "78-year-old",
  "16-year-old", "100" inside an IP of the 198.51.100 range, "1000" as a clock time, "102" as an age),
  which became "a woman of 77", "a tenth grader", the IP 192.0.2.163, "at 10" and the age "101".
- After the first passing run a review of the span-marked listing rewrote an ambiguous place (a van stop
  town not tied to a patient, now the patient's town) and removed a pastor's church town and a pharmacy
  chain name; eleven identifier
  messages (more name forms: a staff "Doc", a lowercase Vietnamese name, a page with a hyphenated name
  and a nickname, a nickname for a given name, a family, a lowercase word-name, two word-surnames, a
  mixed-case "Last, First" pair, a dictated staff name, names in Arabic script and Han characters) and
  seven clean messages (capitalised everyday words that are names elsewhere, at the start of a
  sentence) were then added (seed and split code unchanged).
- Some names recur on purpose: Brandvold (a DEA number and a PDMP line), Tess (twice in one message),
  Solano (two patients), Dunmore (Pearl and Pearline, the same person), Holt (Daisy Mae Holt and the
  chart pair); annotations are the same each time. Other names recur for different people (Priya,
  Gloria, Lupe, Chicago and Great Falls as places of different patients).
- Realism limits: the rarer categories and the Unicode tricks still appear more often than in a real
  month; every e-mail, voicemail and EHR line carries identifiers, while 19 of the 27 /ask commands and 10 of
  the 23 pages are clean; ages over 89 are frequent (18 spans) because the rural and stroke
  settings see many very old patients; NAME is about two thirds of spans.
- Real people and things: eponyms name real historical people; Cleopatra is cited for the mammography
  view; the WHO, the IOM, UNHCR, MQSA, IDDSI, Make-A-Wish and the Canadian Cardiovascular Society are
  real bodies or programmes; Medicare and Medicaid are real programmes; the brands, device makers and
  companies are real (Medicare, Xarelto, Norco, Plavix and InterStim, among others, are named in
  identifier messages).
"""

if __name__ == "__main__":
    main()
