#!/usr/bin/env python3
"""Build the independent PHI evaluation set v14 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of ten care settings that the v11-v13 SOURCE.md
files do not list as used by the earlier sets: a post-acute skilled nursing facility; an inpatient
psychiatry unit; a pediatric hematology / oncology clinic and ward; a sleep medicine clinic and sleep lab;
a rural critical access hospital; a GI endoscopy suite; an ophthalmology clinic; an ENT and audiology
clinic; an allergy and immunology clinic; a hospital dental and oral surgery clinic.

Like v12 (and unlike the adversarial v11 and v13) this set is meant to read like an ordinary fortnight of
hospital team chat: about half the messages are clean (drugs and brands, eponyms and eponymous signs and
scores, place-named rules and diseases, holidays, clock times, rooms and beds, doses, scores and
fractions, ages under 90, acronyms, plain chat) and the others carry identifiers in realistic proportions
(mostly names of patients, relatives and staff, then dates, locations, phones, ages over 89 and MRNs, and
a few of each rarer kind, at least two spans each so that every category reaches both splits).

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v11's,
v12's and v13's SOURCE.md and the helper / check / split / output code of v13's build.py (its lines
1-144 and 1116-1640 and its last 15 lines, no message line) were read; that structure is reused here with a
new seed and v14 checks.  All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone
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
SEED = 20311104
MSGS = []
SETTINGS = collections.OrderedDict([
    ("SNF", "post-acute skilled nursing facility"),
    ("PSYCH", "inpatient psychiatry unit"),
    ("PEDONC", "pediatric hematology / oncology clinic and ward"),
    ("SLEEP", "sleep medicine clinic and sleep lab"),
    ("CAH", "rural critical access hospital"),
    ("ENDO", "GI endoscopy suite"),
    ("EYE", "ophthalmology clinic"),
    ("ENT", "ENT and audiology clinic"),
    ("ALLERGY", "allergy and immunology clinic"),
    ("DENTAL", "hospital dental and oral surgery clinic"),
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

# special characters (v14 uses only ordinary typing; kept from v13 for the checks)
NBSP = "\u00a0"

def M(setting, medium, text, spans, kinds):
    assert setting in SETTINGS, setting
    assert medium in MEDIA, medium
    ks = []
    for k in kinds.split():
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
# Checks, split and output (v13's code, adapted; see SOURCE.md)
# =============================================================================================
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "\u041cRN", "DOB", "SSN", "Dr. ", "Mr. ",
                   "Mrs. ", "Ms. ", "Mx. ", "Miss ", "IMG_", "DSC_", ".jpg", ".jpeg", ".png", ".heic", ".HEIC",
                   ".wav", ".mp4", ".mov", ".m4a", ".stl", ".pdf", ".dcm", "(at)", "[at]"]
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
                      re.compile(r"(?i)\b(?:9[0-9]|1[01][0-9]) ?(?:yo|y/o|y\.o\.|years? old|-year-old)\b")]  # v14: an age over 89
MIN_MESSAGES = 450
CLEAN_SHARE = (0.45, 0.55)       # v12: about half clean
MIN_SPANS_PER_CAT = 2            # realistic proportions; rare kinds only need to reach both splits
MAX_RARE_SPANS = 8               # v14: the rare kinds stay rare (realistic proportions)
RARE_CATS = ["FAX", "SSN", "HEALTH_PLAN", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP",
             "BIOMETRIC", "PHOTO", "ID", "EMAIL"]
MIN_NAME_SHARE = 0.55            # v14: names are most of what real chat carries
MIN_TERMS = 150
MIN_EPONYMS = 50
MIN_NEW_TERM_SHARE = 0.50        # at least half the bait terms new to the v11-v13 inventories
MIN_PER_SETTING = {True: 20, False: 20}   # clean / with identifiers
MIN_PER_MEDIUM = 8
MIN_AGE_MRN = 10
MAX_PAGE_CHARS = 240             # v14: a page fits a pager screen
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v11", "phi_chat_v12", "phi_chat_v13"]   # v14: the only SOURCE.md files the brief allowed
# v14: the brief for this set quotes no example string except the format "LAST, FIRST M"
BRIEF_EXAMPLES = ["LAST, FIRST M"]
# v14: the forms and clean contents the brief asks for; each kind tag must be on at least MIN_REQUIRED messages
REQUIRED_KINDS = ["name-word", "name-common", "name-non-english", "name-title", "name-given-only",
                  "name-last-first", "name-lowercase", "name-possessive", "name-hyphenated", "name-list",
                  "name-nickname", "name-relative", "name-staff",
                  "drug-brand-name", "eponym-bare", "place-rule", "place-disease", "holiday", "clock-time",
                  "room-bed-number", "dose-lab", "score-fraction", "age-under-90", "acronym", "ordinary-chat"]
MIN_REQUIRED = 2
MIN_WORD_NAMES = 25              # v14: messages whose names are also English words (tag name-word)

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
    """v10's check, run against v11-v13: no example string quoted in straight double quotes (any quoted
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
    """v14 (v13's check_tricks, adapted): every form and clean content the brief asks for is on at least
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
        lines += ["", f"Bait terms also written somewhere in the v11-v13 SOURCE.md files (checked by build.py; "
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
    shared_line = ["", f"Capitalised NAME tokens of this set that also occur somewhere in the v11-v13 SOURCE.md files "
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
# ---------------------------------------------------------------- post-acute skilled nursing facility
C("SNF", "chat", "Can someone grab the Hoyer lift from the 200 hall? Room 214 needs a transfer to the chair before lunch.", "room-bed-number ordinary-chat", br="Hoyer")
C("SNF", "chat", "Braden 13 on the new admit in 118, turning schedule q2h and a low-air-loss mattress ordered.", "score room-bed-number", ep="Braden")
C("SNF", "thread", "PT says she walked 150 feet with a rolling walker, Tinetti went from 14 to 19 since admission.", "score ordinary-chat", ep="Tinetti")
C("SNF", "lower", "anyone know if pharmacy sends the eliquis from the backup or do we pull from the e-kit", "lowercase drug-brand-name")
C("SNF", "page", "Rm 122B: BP 88/50, HR 112, new confusion. Pls call back to the nurses station, ext 4410.", "page room-bed-number dose-lab")
C("SNF", "bot", "/ask what are the PDPM nursing components and which MDS sections drive them?", "bot-command acronym", org="PDPM|MDS")
C("SNF", "chat", "Reminder that Medicare Part A day 21 is when the coinsurance kicks in, so social work needs the skilled need notes updated by Thursday.", "acronym weekday", org="Medicare Part A")
C("SNF", "chat", "Morse fall score 65 on the hip fracture in 109, bed alarm is on and the floor mat is down.", "score room-bed-number", ep="Morse")
C("SNF", "dictation", "Wound on the left heel is unstageable, about 3 by 2 centimeters, eschar stable, will continue Santyl daily and offload with a Prevalon boot.", "dictation drug-brand-name", br="Santyl|Prevalon")
C("SNF", "chat", "Thanksgiving lunch is in the dining room at 11:30, family members welcome, dietary needs a headcount by Monday.", "holiday clock-time", hol="Thanksgiving")
C("SNF", "thread", "Agree with holding the Lasix today, weight is down 2 kg and the BMP showed a creatinine of 1.9.", "dose-lab drug-brand-name", br="Lasix")
C("SNF", "chat", "Our 87-year-old on the rehab hall scored 18/30 on the SLUMS, so OT is adding cognitive strategies to her plan.", "age-under-90 score-fraction", sc="SLUMS")
C("SNF", "lower", "flu shots for the 300 hall are done except two refusals, covid boosters on friday", "lowercase weekday")
C("SNF", "chat", "Is anyone comfortable with the Kendall SCD pump? The sleeves on 204 keep alarming.", "device-brand room-bed-number", br="Kendall")
C("SNF", "chat", "Staffing for the night shift is one short, agency nurse confirmed from 23:00 to 07:00.", "clock-time ordinary-chat")
C("SNF", "chat", "Barthel index on discharge was 75, up from 40, so she qualifies for the home program instead of long-term care.", "score ordinary-chat", ep="Barthel")
C("SNF", "thread", "Dietitian says to switch the Ensure to Glucerna for the diabetic diet, same volume, 237 mL twice a day.", "drug-brand-name dose-lab", br="Ensure|Glucerna")
C("SNF", "chat", "C. diff ruled out, the stool PCR was negative, contact precautions can come off room 220.", "acronym room-bed-number")
C("SNF", "page", "Fall in 131, no head strike, vitals stable, skin tear R forearm, family not yet notified. Charge RN", "page room-bed-number")
C("SNF", "chat", "For the QAPI meeting on Wednesday we need the catheter days and the CAUTI count for the quarter.", "acronym weekday", org="QAPI|CAUTI")
C("SNF", "dictation", "Resident is a 78 year old with a right total knee, weight bearing as tolerated, on Xarelto 10 milligrams daily for 14 days.", "dictation age-under-90 drug-brand-name", br="Xarelto")
C("SNF", "chat", "Heads up that the Omnicell on the east unit is down until about 2 pm, the override drawer key is with the supervisor.", "device-brand clock-time", br="Omnicell")
C("SNF", "bot", "/ask compare the Beers criteria and STOPP for anticholinergic burden in an 84-year-old with falls", "bot-command age-under-90", ep="Beers", sc="STOPP")
C("SNF", "lower", "bingo moved to 2:30 bc of the fire drill", "lowercase clock-time")

P("SNF", "chat", "Mrs. Grant in 112 is asking for her daughter Tessa again, can someone call her? 608-555-0143.", [("Grant", N), ("Tessa", N), ("608-555-0143", PH)], "name-word name-title name-relative phone")
P("SNF", "ehr", "ADM 14:05 BROOKS, EDNA M  MRN 00472918  DOB 03/11/1931  RM 118A  FROM: Mercy Ridge Medical Center", [("BROOKS, EDNA M", N), ("00472918", MR), ("03/11/1931", D), ("Mercy Ridge Medical Center", LO)], "ehr-paste name-last-first name-word mrn")
P("SNF", "voicemail", "Hi this is Darnell Okafor, Mr. Okafor in room 207 is my dad, I wanted to ask about his therapy schedule, call me back at 414 555 0187, thanks.", [("Darnell Okafor", N), ("Okafor", N), ("414 555 0187", PH)], "voicemail name-relative name-non-english phone")
P("SNF", "chat", "Ray in 126 refused his 0900 meds again, son Marcus is coming at 4 and wants to talk to the NP.", [("Ray", N), ("Marcus", N)], "name-word name-given-only name-relative")
P("SNF", "thread", "Hazel Long turns 100 this Saturday (the 26th)! Activities is doing cake in the day room at 2.", [("Hazel Long", N), ("100", A), ("26th", D)], "name-word age-over-89 date-written")
P("SNF", "chat", "New admit from Prairie View Regional tomorrow, Gerald Hunter, 91 y/o, s/p ORIF L hip, needs a bariatric bed.", [("Prairie View Regional", LO), ("Gerald Hunter", N), ("91", A)], "name-word age-over-89 facility")
P("SNF", "email", "Fwd from case management: Please send the 3-day qualifying stay paperwork for Abdirahman Warsame to our fax 262-555-0119 before his transfer on 2/18. Thanks, Colleen", [("Abdirahman Warsame", N), ("262-555-0119", FX), ("2/18", D), ("Colleen", N)], "email-forward name-non-english fax name-staff")
P("SNF", "lower", "rose in 203 says her hearing aid is in the laundry again, can someone check w/ housekeeping", [("rose", N)], "lowercase name-lowercase name-word name-given-only")
P("SNF", "chat", "Wound photo for Mr. Bishop's sacrum is uploaded as sacrum_wk3_bishop.jpg, it looks better than last week.", [("Bishop", N), ("sacrum_wk3_bishop.jpg", PI)], "name-word name-title name-possessive photo-filename")
P("SNF", "dictation", "Patient is Vo Thi Lan, ninety-two years old, admitted from Lakeshore General for rehab after a compression fracture.", [("Vo Thi Lan", N), ("ninety-two", A), ("Lakeshore General", LO)], "dictation name-non-english age-over-89 facility")
P("SNF", "chat", "Dr. Faith Adeyemi is covering for Dr. Lindgren this weekend, pages go to her cell 920-555-0162.", [("Faith Adeyemi", N), ("Lindgren", N), ("920-555-0162", PH)], "name-staff name-word name-title phone")
P("SNF", "ehr", "Medicaid application pending: SANCHEZ-RUIZ, ALMA  SSN 912-44-7306  county: Waukesha  APS case 24-0917", [("SANCHEZ-RUIZ, ALMA", N), ("912-44-7306", SS), ("Waukesha", LO), ("24-0917", ID_)], "ehr-paste name-last-first name-hyphenated ssn")
P("SNF", "thread", "Spoke with Jim Young (POA), he's fine with a hospice eval but wants it done after his sister flies in from Tucson.", [("Jim Young", N), ("Tucson", LO)], "name-word name-relative city")
P("SNF", "chat", "Can we move Ms. Summer to a room closer to the desk? She's been exit-seeking since her UTI.", [("Summer", N)], "name-word name-title")
P("SNF", "page", "STAT: Rm 230 Walter Pokorny 94M unresponsive, BG 38, D50 given. Call Rachel 262-555-0138", [("Walter Pokorny", N), ("94", A), ("Rachel", N), ("262-555-0138", PH)], "page age-over-89 name-staff phone")
P("SNF", "chat", "Family meeting for Mr. Nakashima moved to Friday 3/7 at 10, his daughters Emiko and June will both call in.", [("Nakashima", N), ("3/7", D), ("Emiko", N), ("June", N)], "name-title name-non-english name-relative date-numeric")
P("SNF", "email", "From: Patricia Holm <pholm@lakeshorerehab.example.org>\nSubject: bed hold for Leonard Fitch\nWe can hold bed 12 through Tuesday once the Humana auth comes back (member ID H58203911).", [("Patricia Holm", N), ("pholm@lakeshorerehab.example.org", EM), ("Leonard Fitch", N), ("H58203911", HP)], "email-forward name-staff email health-plan")
P("SNF", "lower", "did anyone tell deb that mr kowalczyk's son is picking up his stuff at 5", [("deb", N), ("kowalczyk", N)], "lowercase name-lowercase name-staff name-relative")
P("SNF", "ehr", "Audit log: chart of PETRAKIS, GEORGIA opened 02:14 from 198.51.100.47 by user tmalloy", [("PETRAKIS, GEORGIA", N), ("198.51.100.47", IPA), ("tmalloy", N)], "ehr-paste name-last-first ip")
P("SNF", "voicemail", "Hello, this is Lakeisha from Brightway Home Care, calling about Mrs. Dottie Kramer's discharge on March 21st, please call 608 555 0172.", [("Lakeisha", N), ("Dottie Kramer", N), ("March 21st", D), ("608 555 0172", PH)], "voicemail name-nickname name-possessive phone")
P("SNF", "chat", "Can someone help Mrs. Esperanza Villalobos call her grandson Mateo? Her phone is dead and she wants to wish him happy birthday.", [("Esperanza Villalobos", N), ("Mateo", N)], "name-title name-non-english name-relative")
P("SNF", "thread", "Mr. Hope's daughter says he was a machinist at the foundry and lived alone on Birch Lane in Plymouth until the fall.", [("Hope", N), ("Birch Lane", LO), ("Plymouth", LO)], "name-word name-title address city")
P("SNF", "chat", "Nadia, Bogdan and Carl are on the PT schedule before noon; Bogdan is the one who needs the two-person assist.", [("Nadia", N), ("Bogdan", N), ("Carl", N), ("Bogdan", N)], "name-list name-given-only name-non-english")
P("SNF", "dictation", "This is a 96 year old female, Mildred Ann Pruitt, with a stage three pressure injury, photos taken today and saved as pruitt_sacrum_0304.png.", [("96", A), ("Mildred Ann Pruitt", N), ("pruitt_sacrum_0304.png", PI)], "dictation age-over-89 photo-filename")
P("SNF", "lower", "pharmacy says the warfarin for mrn 00517736 was never verified, whos got 121 tonight", [("00517736", MR)], "lowercase mrn")
P("SNF", "bot", "/ask summarize the fall risk for Mrs. Grant in 112 from her med list: Ambien 5 mg, Flomax, lisinopril, oxybutynin", [("Grant", N)], "bot-command name-word name-title")

# ---------------------------------------------------------------- inpatient psychiatry unit
C("PSYCH", "chat", "CIWA was 14 at 0600, gave 2 mg Ativan per protocol, recheck at 0700.", "score dose-lab clock-time", sc="CIWA", br="Ativan")
C("PSYCH", "chat", "Unit is on heightened observation tonight, two patients on 1:1 and one on q15 checks.", "ordinary-chat ratio")
C("PSYCH", "thread", "Clozapine ANC came back 2100, fine to continue the weekly draws.", "dose-lab")
C("PSYCH", "bot", "/ask AIMS exam steps and how often to repeat it on long-acting Invega Sustenna", "bot-command drug-brand-name", sc="AIMS", br="Invega Sustenna")
C("PSYCH", "lower", "group room is free at 1 if anyone wants to run dbt skills, otherwise art therapy takes it", "lowercase clock-time")
C("PSYCH", "chat", "The Columbia screen on the 19-year-old in bed 6 was positive for ideation without plan, so we kept her on q15.", "score age-under-90 room-bed-number", pl="Columbia")
C("PSYCH", "chat", "Reminder: Tarasoff duty applies if anyone makes a specific threat against an identifiable person; document it and call risk management.", "teaching legal-case", tr="Tarasoff")
C("PSYCH", "page", "Code Violet on 5 West dayroom, need 4 staff and security now", "page room-bed-number", org="Code Violet")
C("PSYCH", "chat", "Lithium level 1.1 this morning, TSH and creatinine ok, no tremor.", "dose-lab")
C("PSYCH", "dictation", "Mental status exam notable for pressured speech, flight of ideas, Young Mania Rating Scale 28, no psychotic features today.", "dictation score", ep="Young Mania Rating Scale")
C("PSYCH", "chat", "We're out of the Zyprexa Zydis in the Omnicell, pharmacy is sending up two doses by 1400.", "drug-brand-name clock-time", br="Zyprexa Zydis|Omnicell")
C("PSYCH", "chat", "ECT is Monday, Wednesday, Friday at 7:30, NPO after midnight, anesthesia wants the Cogentin held.", "acronym weekday drug-brand-name", br="Cogentin")
C("PSYCH", "thread", "PHQ-9 went from 24 at admission to 11, the team thinks a step-down to PHP is reasonable.", "score acronym", sc="PHQ-9")
C("PSYCH", "chat", "New Year's Eve is historically rough on the unit, let's plan extra staffing and a movie night.", "holiday", hol="New Year's Eve")
C("PSYCH", "lower", "whos got the keys to the sharps box on east, night shift took them home again", "lowercase ordinary-chat")
C("PSYCH", "chat", "Capgras delusion in the 67-year-old on 4 West is fixed, he still thinks his wife is an impostor.", "eponym-bare age-under-90", ep="Capgras")
C("PSYCH", "chat", "Seclusion room 2 is out of service, the camera is broken; facilities says Thursday.", "room-bed-number weekday")
C("PSYCH", "bot", "/ask does Depakote need a level before discharge if the dose changed two days ago", "bot-command drug-brand-name", br="Depakote")
C("PSYCH", "chat", "Brøset score of 3 on the new admit, PRN Haldol 5 mg IM available, redirected well so far.", "score dose-lab drug-brand-name", pl="Brøset", br="Haldol")
C("PSYCH", "chat", "Korsakoff picture in bed 12, thiamine is already at 500 mg IV three times daily.", "eponym-bare dose-lab room-bed-number", ep="Korsakoff")
C("PSYCH", "dictation", "Patient is a 34 year old male admitted on an emergency detention, calm today, denies homicidal ideation, taking meals.", "dictation age-under-90")
C("PSYCH", "chat", "COWS 9 at shift change, Suboxone induction can start once he's above 12.", "score drug-brand-name", sc="COWS", br="Suboxone")
C("PSYCH", "page", "5W: pt in bed 9 pulled the fire alarm, alarm silenced, no fire. Charge nurse ext 2281", "page room-bed-number")

P("PSYCH", "chat", "Hunter Blackwell in bed 3 is asking for his guitar, the answer is still no strings on the unit.", [("Hunter Blackwell", N)], "name-word room-bed-number")
P("PSYCH", "ehr", "Court hearing: probable cause for CHAVEZ, DOMINIC R, case 2031ME000412, Thursday 3/13 9:00 AM, Branch 4.", [("CHAVEZ, DOMINIC R", N), ("2031ME000412", ID_), ("3/13", D)], "ehr-paste name-last-first other-id date-numeric")
P("PSYCH", "voicemail", "Hi, this is Gloria Estrada, Joaquin's mom, I need to know if I can bring him clothes tomorrow, my number is 773-555-0124.", [("Gloria Estrada", N), ("Joaquin", N), ("773-555-0124", PH)], "voicemail name-relative name-possessive phone")
P("PSYCH", "lower", "faith is back from ect, a bit groggy but ate lunch", [("faith", N)], "lowercase name-lowercase name-word name-given-only")
P("PSYCH", "chat", "Please don't let Grant's brother Ellis visit, Grant asked us to put him on the restricted list.", [("Grant", N), ("Ellis", N), ("Grant", N)], "name-word name-possessive name-relative")
P("PSYCH", "email", "From: Sheriff's transport\nRe: Tyrell Banks\nDeputy Morrow will pick him up 3/20 at 0800 for the hearing in Portage County; please have his discharge meds ready.", [("Tyrell Banks", N), ("Morrow", N), ("3/20", D), ("Portage County", LO)], "email-forward name-word name-staff date-numeric")
P("PSYCH", "chat", "Dr. Ng wants lithium held for Mrs. Szymanski until the level is back.", [("Ng", N), ("Szymanski", N)], "name-title name-staff name-non-english")
P("PSYCH", "dictation", "Collateral from the patient's sister, Monique Fairley, who reports he stopped his medications around Easter and has not slept for four days.", [("Monique Fairley", N)], "dictation name-relative")
P("PSYCH", "ehr", "Badge access: door 5W-02 opened by ORTEGA, LUIS (RN) with fingerprint template FP-77310-2, 03:12", [("ORTEGA, LUIS", N), ("FP-77310-2", BI)], "ehr-paste name-last-first name-staff biometric")
P("PSYCH", "chat", "Summer Nguyen-Tran's outpatient therapist called, she can see her the day after discharge.", [("Summer Nguyen-Tran", N)], "name-word name-hyphenated name-possessive")
P("PSYCH", "chat", "Patient in 7 refused to give a name, the ID in his wallet says Davion King, Illinois DL K521-7740-3318-06, security has it locked up.", [("Davion King", N), ("K521-7740-3318-06", LI)], "name-word license")
P("PSYCH", "page", "5W: Mrs. Park (pt Jisoo Park's mother) at front desk demanding to visit outside hours. Pls come. Nora x2283", [("Park", N), ("Jisoo Park", N), ("Nora", N)], "page name-relative name-non-english name-staff")
P("PSYCH", "thread", "yes, Bishop Alvin Coates from his church can visit tomorrow 2-3, he's on the approved list", [("Alvin Coates", N)], "name-title")
P("PSYCH", "chat", "Heads up, Rosa Delgado (the mom, not the patient) has been calling from 312-555-0196 pretending to be the guardian.", [("Rosa Delgado", N), ("312-555-0196", PH)], "name-relative phone")
P("PSYCH", "ehr", "Chart access alert: LEBLANC, AMELIE viewed by user kbrooks from 203.0.113.88 (not on care team)", [("LEBLANC, AMELIE", N), ("kbrooks", N), ("203.0.113.88", IPA)], "ehr-paste name-last-first ip")
P("PSYCH", "chat", "Ray Anand from the county crisis team will bring Tobias over around 4, ETA depends on the bridge traffic in Oshkosh.", [("Ray Anand", N), ("Tobias", N), ("Oshkosh", LO)], "name-word name-staff city")
P("PSYCH", "lower", "can someone call jamal's grandma back, shes the one who brought him in", [("jamal", N)], "lowercase name-lowercase name-possessive")
P("PSYCH", "email", "Hi team, Tomasz Wróbel's employer needs a return-to-work letter faxed to 414-555-0150. He consented. — Katie (SW)", [("Tomasz Wróbel", N), ("414-555-0150", FX), ("Katie", N)], "email-forward name-non-english fax name-staff")
P("PSYCH", "chat", "Mr. Baptiste's discharge is 3/19 to the group home on Layton Ave, transport at 11.", [("Baptiste", N), ("3/19", D), ("Layton Ave", LO)], "name-title name-possessive date-numeric address")
P("PSYCH", "dictation", "Patient Harold Ezekiel Moss, age ninety, brought in by his grandson for confusion and paranoia, no prior psychiatric history.", [("Harold Ezekiel Moss", N), ("ninety", A)], "dictation name-word age-over-89 name-relative")
P("PSYCH", "chat", "Pt's email for the portal is ginger.holloway@example.com, she asked us to send the safety plan there.", [("ginger.holloway@example.com", EM)], "email")
P("PSYCH", "thread", "Spoke with Dr. Oyelaran at Northshore Behavioral, they can take Mr. Abbott on Monday if his Medicaid is active.", [("Oyelaran", N), ("Northshore Behavioral", LO), ("Abbott", N)], "name-title name-staff facility")
P("PSYCH", "chat", "Liberty and Destiny Carter are sisters, please don't put them in the same group, per Dr. Haugen.", [("Liberty", N), ("Destiny Carter", N), ("Haugen", N)], "name-word name-list name-title")
P("PSYCH", "chat", "Lab drew the wrong patient: the tube with MRN 00388140 belongs to Kendra Ross, not Kendra Rossi.", [("00388140", MR), ("Kendra Ross", N), ("Kendra Rossi", N)], "mrn name-common")
P("PSYCH", "chat", "Security found Mr. Falk's car in the ED lot, blue Camry, plate AKR 4172, his brother Ben can pick up the keys.", [("Falk", N), ("AKR 4172", VE), ("Ben", N)], "name-title vehicle name-relative")

# ---------------------------------------------------------------- pediatric hematology / oncology clinic and ward
C("PEDONC", "chat", "ANC is 300 this morning so the day 15 marrow can still happen, just keep him on neutropenic precautions.", "dose-lab ordinary-chat")
C("PEDONC", "chat", "Reminder: EMLA on the port site 45 minutes before access, the kids do so much better with it.", "drug-brand-name clock-time", br="EMLA")
C("PEDONC", "thread", "Wilms tumor board is moved to Thursday noon, radiology wants the CT images loaded by Wednesday.", "eponym-bare weekday", ep="Wilms")
C("PEDONC", "bot", "/ask dosing of Bactrim prophylaxis for PJP in a 22 kg child on ALL maintenance", "bot-command dose-lab drug-brand-name", br="Bactrim")
C("PEDONC", "lower", "platelets are 9 in room 6, tx ordered, 10 ml/kg", "lowercase dose-lab room-bed-number")
C("PEDONC", "chat", "Halloween parade on the unit is at 3, child life has costumes for the kids on isolation too.", "holiday clock-time", hol="Halloween")
C("PEDONC", "chat", "Lansky score 60 on the 7-year-old, mom says she's mostly in bed but plays quietly.", "score age-under-90", ep="Lansky")
C("PEDONC", "dictation", "Peripheral smear shows blasts with Auer rods, flow is pending, Philadelphia chromosome testing sent.", "dictation place-disease teaching", ep="Auer", pl="Philadelphia")
C("PEDONC", "chat", "Sickle cell pain crisis in bed 4, pain 8/10 despite the PCA, the hem fellow is coming to reassess.", "score-fraction room-bed-number")
C("PEDONC", "chat", "For the Children's Oncology Group protocol the vincristine cap is 2 mg, double-check before it goes up.", "dose-lab org", org="Children's Oncology Group")
C("PEDONC", "page", "4W rm 12: temp 38.6, ANC 100, cultures drawn, cefepime due. Please call ext 6120", "page room-bed-number dose-lab")
C("PEDONC", "chat", "Burkitt lymphoma admit tonight, TLS labs every 6 hours and rasburicase ready.", "eponym-bare dose-lab", ep="Burkitt")
C("PEDONC", "chat", "Broviac repair kit is in the clean utility room, top shelf.", "device-brand room-bed-number", br="Broviac")
C("PEDONC", "thread", "Agree, give the Zofran 30 minutes before the methotrexate and then every 8 hours.", "drug-brand-name dose-lab", br="Zofran")
C("PEDONC", "lower", "whos bringing snacks for the teen group thursday", "lowercase ordinary-chat")
C("PEDONC", "chat", "Langerhans cell histiocytosis follow-up clinic is every other Tuesday now.", "eponym-bare weekday", ep="Langerhans")
C("PEDONC", "chat", "Make-A-Wish liaison is visiting the unit at 11, she needs a quiet room.", "org clock-time", org="Make-A-Wish")
C("PEDONC", "dictation", "Hemoglobin electrophoresis confirms hemoglobin SS, hydroxyurea started at 20 milligrams per kilogram.", "dictation dose-lab")
C("PEDONC", "chat", "Port needle change is due every 7 days, the 3/4 inch Gripper fits most of our preschoolers.", "device-brand dose-lab", br="Gripper")
C("PEDONC", "bot", "/ask what is the Lugano staging for pediatric Hodgkin and how does it differ from Ann Arbor", "bot-command place-rule eponym-bare", pl="Lugano|Ann Arbor", ep="Hodgkin")
C("PEDONC", "chat", "Chemo teaching for the new family is at 2 in the conference room, a Spanish interpreter is booked.", "clock-time ordinary-chat")
C("PEDONC", "chat", "Fanconi anemia workup: the chromosome breakage study was sent out, results in about three weeks.", "eponym-bare", ep="Fanconi")
C("PEDONC", "page", "Onc clinic: 2 yr old with fever 39.1 in infusion chair 5, pls come eval before 1600", "page age-under-90 room-bed-number")

P("PEDONC", "chat", "Ava Rose Hollister is here for her day 8 vincristine, mom asked if Dr. Patel can pop in.", [("Ava Rose Hollister", N), ("Patel", N)], "name-word name-staff name-title")
P("PEDONC", "ehr", "Port placed: HALVORSEN, ELI  MRN 01839274  Device: PowerPort 8 Fr, SN 18FJ77204", [("HALVORSEN, ELI", N), ("01839274", MR), ("18FJ77204", DV)], "ehr-paste name-last-first mrn device-serial")
P("PEDONC", "voicemail", "This is Keisha Long, mom of Jaylen Long, he has a fever of 101 and I'm on my way in, my cell is 414-555-0113.", [("Keisha Long", N), ("Jaylen Long", N), ("414-555-0113", PH)], "voicemail name-word name-relative phone")
P("PEDONC", "lower", "mateo's counts are up!! anc 1200, he can go home friday if grandma can pick him up", [("mateo", N)], "lowercase name-lowercase name-possessive")
P("PEDONC", "email", "Family asked us to share their update page: https://updates.example.org/teamjosie — Josie Marquardt's parents are fine with staff following it.", [("https://updates.example.org/teamjosie", UR), ("Josie Marquardt", N)], "email-forward url name-possessive")
P("PEDONC", "chat", "Hope Adebayo-Carter finished radiation yesterday, her end-of-treatment bell is Friday at 10.", [("Hope Adebayo-Carter", N)], "name-word name-hyphenated name-non-english")
P("PEDONC", "thread", "Consent signed for Liam Dorsey, enrollment number PB-2031-0458, randomization tomorrow.", [("Liam Dorsey", N), ("PB-2031-0458", ID_)], "name-common other-id")
P("PEDONC", "chat", "Nurse Rashida is floating to us from 6 South, she'll take Kofi and the twins in 14.", [("Rashida", N), ("Kofi", N)], "name-staff name-given-only name-non-english")
P("PEDONC", "dictation", "Patient is Sofia Maria Guerrero Lopez, date of birth June fourth twenty twenty, here for cycle two of maintenance.", [("Sofia Maria Guerrero Lopez", N), ("June fourth twenty twenty", D)], "dictation dob name-non-english")
P("PEDONC", "chat", "Dad (Marcus Ellery) wants the discharge teaching in writing, he'll be back at 6.", [("Marcus Ellery", N)], "name-relative")
P("PEDONC", "page", "4W rm 9 Noah Whitehorse 6yo temp 39.4 ANC 0 call Dr Fairbanks 262 555 0149", [("Noah Whitehorse", N), ("Fairbanks", N), ("262 555 0149", PH)], "page name-staff phone")
P("PEDONC", "chat", "The Sandovals are driving in from Kenosha for the 2:00 family meeting.", [("Sandovals", N), ("Kenosha", LO)], "name-relative city")
P("PEDONC", "ehr", "ADT: MCCRAY-YOUNG, GRACE  DOB 2019-07-22  ADM 4W-14  Guarantor acct 7730218845", [("MCCRAY-YOUNG, GRACE", N), ("2019-07-22", D), ("7730218845", AC)], "ehr-paste name-last-first name-hyphenated account")
P("PEDONC", "chat", "Child life says Parker in 11 loves dinosaurs, they're doing a port-access teddy bear demo with him at 3.", [("Parker", N)], "name-given-only")
P("PEDONC", "chat", "Please send the sickle cell letter for Zainab Sesay to her school, Hawthorne Elementary in Racine.", [("Zainab Sesay", N), ("Hawthorne Elementary", LO), ("Racine", LO)], "name-non-english facility city")
P("PEDONC", "lower", "can someone sub for bree on sat, shes got the flu", [("bree", N)], "lowercase name-lowercase name-staff")
P("PEDONC", "thread", "Confirmed with pharmacy: Emmett Shaw's asparaginase is rescheduled to 4/2.", [("Emmett Shaw", N), ("4/2", D)], "name-possessive date-numeric")
P("PEDONC", "email", "Subject: Wish trip\nThe Abernathy family is flying to Orlando on April 9 with Cody; Dr. Kwan cleared him. Contact grandma Lorraine at 715-555-0161 with questions.", [("Abernathy", N), ("Orlando", LO), ("April 9", D), ("Cody", N), ("Kwan", N), ("Lorraine", N), ("715-555-0161", PH)], "email-forward name-relative phone date-written")
P("PEDONC", "chat", "Rev. Samuel Okonjo is coming to pray with Chidi's family at 5, please let him in after hours.", [("Samuel Okonjo", N), ("Chidi", N)], "name-title name-non-english name-possessive")
P("PEDONC", "dictation", "Hemophilia A, factor eight level less than one percent, patient is Wyatt James Kowalski, factor given at home by mom on March second.", [("Wyatt James Kowalski", N), ("March second", D)], "dictation date-written")
P("PEDONC", "chat", "Kimberly from billing says the charity-care account for the Iqbal family is FC-118204, they qualify at 100%.", [("Kimberly", N), ("Iqbal", N), ("FC-118204", AC)], "name-staff account name-non-english")
P("PEDONC", "lower", "dr winters wants the cbc redrawn on addison, hemolyzed", [("winters", N), ("addison", N)], "lowercase name-lowercase name-word name-staff")
P("PEDONC", "chat", "Hi all, I'm Precious (new NP), I'll be covering Dr. Amos's patients through the 30th.", [("Precious", N), ("Amos", N), ("30th", D)], "name-word name-staff name-possessive")

# ---------------------------------------------------------------- sleep medicine clinic and sleep lab
C("SLEEP", "chat", "Epworth 16, STOP-BANG 6, neck 44 cm, he's getting a home sleep test first.", "score dose-lab", pl="Epworth", sc="STOP-BANG")
C("SLEEP", "chat", "Mallampati IV and Friedman tongue position 4, ENT referral for Inspire candidacy.", "eponym-bare device-brand", ep="Mallampati|Friedman", br="Inspire")
C("SLEEP", "thread", "AHI 42 with an oxygen nadir of 78%, titration study booked for next week.", "dose-lab ordinary-chat")
C("SLEEP", "lower", "lab room 3 thermostat is broken again, pts are freezing", "lowercase room-bed-number")
C("SLEEP", "chat", "Cheyne-Stokes pattern on the overnight, ASV might be better than CPAP if his EF is above 45.", "eponym-bare acronym", ep="Cheyne-Stokes")
C("SLEEP", "bot", "/ask first-line treatment for Willis-Ekbom disease when ferritin is below 75", "bot-command eponym-bare dose-lab", ep="Willis-Ekbom")
C("SLEEP", "chat", "ResMed AirSense 11 backorder is over, DME says two weeks for new setups.", "device-brand", br="ResMed|AirSense")
C("SLEEP", "chat", "MSLT mean latency 4.2 minutes with 3 SOREMPs, consistent with narcolepsy type 1.", "dose-lab acronym")
C("SLEEP", "dictation", "Recommend Xywav titration, avoid alcohol, follow up in six weeks with a download.", "dictation drug-brand-name", br="Xywav")
C("SLEEP", "chat", "Night tech sign-in is 19:45, first hookups at 20:30, lights out by 22:30.", "clock-time ordinary-chat")
C("SLEEP", "chat", "Pickwickian is an old term, just write obesity hypoventilation syndrome in the note.", "teaching eponym-bare", ep="Pickwickian")
C("SLEEP", "thread", "CPAP use was 3.1 hours a night on average, below the 4-hour Medicare threshold, so we need a retrial.", "dose-lab", org="Medicare")
C("SLEEP", "page", "Sleep lab bed 2: pt SpO2 72% sustained, tech starting O2 per protocol, on-call pls advise", "page room-bed-number dose-lab")
C("SLEEP", "chat", "Daylight saving time week always brings a wave of insomnia calls, expect it Monday.", "holiday weekday", hol="Daylight saving time")
C("SLEEP", "chat", "Kleine-Levin episodes are shorter on lithium per the family, no episode since spring.", "eponym-bare", ep="Kleine-Levin")
C("SLEEP", "lower", "out of nasal pillows size m, ordering more today", "lowercase ordinary-chat")
C("SLEEP", "chat", "Belsomra 10 mg tried for 2 weeks with no benefit, CBT-I referral placed.", "drug-brand-name dose-lab", br="Belsomra")
C("SLEEP", "bot", "/ask AASM scoring rule for hypopnea, 3% versus 4% desaturation, and which payers use which", "bot-command acronym", org="AASM")
C("SLEEP", "chat", "Wakix versus Sunosi for the 28-year-old nurse on nights? She already failed modafinil.", "drug-brand-name age-under-90", br="Wakix|Sunosi")
C("SLEEP", "dictation", "Polysomnogram shows a periodic limb movement index of 38 per hour, arousal index 22.", "dictation dose-lab")
C("SLEEP", "chat", "Philips recall masks are still showing up, swap them for the DreamWear when they come in.", "device-brand", br="Philips|DreamWear")
C("SLEEP", "chat", "Pediatric PSG slots are Tuesdays only since we need the 1:1 tech.", "weekday ratio")
C("SLEEP", "chat", "Berlin questionnaire is fine for screening but we use STOP-BANG in clinic.", "place-rule score", pl="Berlin")

P("SLEEP", "chat", "Mr. Faircloth drives a truck, CDL number W3021-88417-62, so DOT needs the compliance download by 3/28.", [("Faircloth", N), ("W3021-88417-62", LI), ("3/28", D)], "name-title license date-numeric")
P("SLEEP", "ehr", "CPAP setup: LINDQUIST, HAROLD J  DOB 08/14/1952  Device AirSense 11 SN 23211846590  Insurance ID WPS88201473", [("LINDQUIST, HAROLD J", N), ("08/14/1952", D), ("23211846590", DV), ("WPS88201473", HP)], "ehr-paste name-last-first device-serial health-plan")
P("SLEEP", "voicemail", "Hey it's Brandon Pierce, my mask is leaking and I can't sleep, could somebody call me at 608-555-0177, I'm home after 5.", [("Brandon Pierce", N), ("608-555-0177", PH)], "voicemail phone name-common")
P("SLEEP", "lower", "tech tonight is ximena, she knows the peds montage", [("ximena", N)], "lowercase name-lowercase name-staff")
P("SLEEP", "chat", "Grace Obi is 15 and falls asleep in every class at Lincoln High, mom wants the MSLT before summer.", [("Grace Obi", N), ("Lincoln High", LO)], "name-word name-non-english facility")
P("SLEEP", "email", "From: Pam Gustafson <pgustafson@northstartrucking.example.com>\nWe need Dale Hinkle's sleep study results before he can get back on the road. Thanks.", [("Pam Gustafson", N), ("pgustafson@northstartrucking.example.com", EM), ("Dale Hinkle", N)], "email-forward email name-possessive")
P("SLEEP", "chat", "Dr. Summers reviewed Mrs. Adeleke's titration, BiPAP 18/12 is the winner.", [("Summers", N), ("Adeleke", N)], "name-title name-word name-possessive")
P("SLEEP", "thread", "Yes, that's Curtis Bell's study from last night; his wife Norma says he stops breathing at their cabin in Minocqua too.", [("Curtis Bell", N), ("Norma", N), ("Minocqua", LO)], "name-word name-relative city")
P("SLEEP", "page", "Sleep lab: pt Raymond Tillman bed 4 chest pain, 12-lead done, RRT called. Tech Imani 262-555-0182", [("Raymond Tillman", N), ("Imani", N), ("262-555-0182", PH)], "page name-staff phone")
P("SLEEP", "chat", "Can we squeeze in Anh Thu Pham on Thursday 3/27? She cancelled twice for childcare.", [("Anh Thu Pham", N), ("3/27", D)], "name-non-english date-numeric")
P("SLEEP", "dictation", "Patient is a sixty year old woman, Rosemary Quist, referred by Doctor Haldane from the Baraboo clinic for snoring and witnessed apneas.", [("Rosemary Quist", N), ("Haldane", N), ("Baraboo", LO)], "dictation name-staff city")
P("SLEEP", "lower", "pt in 2 is asking for wes, says he's her usual tech", [("wes", N)], "lowercase name-lowercase name-staff")
P("SLEEP", "chat", "Tyrone Wu's wife sent a video of his spells, I put it in the media tab as wu_spells.mp4.", [("Tyrone Wu", N), ("wu_spells.mp4", PI)], "name-possessive photo-filename")
P("SLEEP", "chat", "Hunter in scheduling says Mr. Valdez-Ortiz can't do overnights until his daughter is back from Guadalajara.", [("Hunter", N), ("Valdez-Ortiz", N), ("Guadalajara", LO)], "name-word name-staff name-hyphenated")
P("SLEEP", "ehr", "HST result: ENGEBRETSON, KARI  AHI 31.4  read by R. Castellano MD 03/25", [("ENGEBRETSON, KARI", N), ("R. Castellano", N), ("03/25", D)], "ehr-paste name-last-first name-staff date-numeric")
P("SLEEP", "thread", "Ok I'll call Maribel Quintanilla back, her number in the chart is old, she gave 920-555-0130 today.", [("Maribel Quintanilla", N), ("920-555-0130", PH)], "name-non-english phone")
P("SLEEP", "chat", "Ms. Ray wants to know if her Inspire remote can go through airport security, she flies to Phoenix on the 18th.", [("Ray", N), ("Phoenix", LO), ("18th", D)], "name-word name-title city")
P("SLEEP", "voicemail", "This is Dr. Meredith Kaplan's office calling about our mutual patient Samuel Ortiz, date of birth eleven four sixty one, please call 847-555-0104.", [("Meredith Kaplan", N), ("Samuel Ortiz", N), ("eleven four sixty one", D), ("847-555-0104", PH)], "voicemail name-staff dob phone")
P("SLEEP", "chat", "Tomorrow's night techs: Jordan, Priya, and Dominic.", [("Jordan", N), ("Priya", N), ("Dominic", N)], "name-list name-staff name-given-only")
P("SLEEP", "chat", "Grandpa Yusuf is 93 and still driving, the family wants us to weigh in on his sleepiness.", [("Yusuf", N), ("93", A)], "name-given-only age-over-89 name-non-english")
P("SLEEP", "lower", "kyle patterson no showed again, third time, do we discharge him from clinic", [("kyle patterson", N)], "lowercase name-lowercase name-common")
P("SLEEP", "chat", "Please reschedule Ernesto Ybarra, he's at his sister's in Green Bay until April.", [("Ernesto Ybarra", N), ("Green Bay", LO)], "name-non-english city")
P("SLEEP", "ehr", "Order: split-night PSG  Pt: GREENWOOD, TERRENCE  MRN 00864215  Ordering: Lila Fenwick, NP", [("GREENWOOD, TERRENCE", N), ("00864215", MR), ("Lila Fenwick", N)], "ehr-paste name-last-first mrn name-staff")

# ---------------------------------------------------------------- rural critical access hospital
C("CAH", "chat", "Helicopter is on a weather hold, ground transport to the tertiary center is 2 hours, start the TNKase now.", "drug-brand-name ordinary-chat", br="TNKase")
C("CAH", "page", "ER: 3 pt MVC inbound ETA 15 min, 1 red 2 yellow. All available staff to ED", "page acronym")
C("CAH", "chat", "Swing bed census is 6 today, two are ready for home health next week.", "ordinary-chat")
C("CAH", "chat", "Canadian CT head rule says no scan for him, GCS 15, no vomiting, under 65.", "place-rule score", pl="Canadian")
C("CAH", "bot", "/ask HEART score components and the 6-week MACE risk for a score of 5", "bot-command score", sc="HEART")
C("CAH", "lower", "lab closes at 11 tonight, istat only after that", "lowercase clock-time")
C("CAH", "chat", "Wellens pattern in V2-V3 on the 58-year-old, cardiology at the hub wants him flown.", "eponym-bare age-under-90", ep="Wellens")
C("CAH", "thread", "We're the only ED for 40 miles so Fourth of July fireworks night needs a second provider.", "holiday", hol="Fourth of July")
C("CAH", "chat", "Sgarbossa criteria positive with the LBBB, calling the cath lab at the hub now.", "eponym-bare", ep="Sgarbossa")
C("CAH", "chat", "Lifepak 15 in trauma bay 1 failed its daily check, the backup is out of the supply closet.", "device-brand room-bed-number", br="Lifepak")
C("CAH", "chat", "Ottawa ankle rules negative, ACE wrap and crutches, follow up with PT.", "place-rule", pl="Ottawa")
C("CAH", "dictation", "Farmer with a grain bin entrapment, extricated after 40 minutes, oxygen saturation 88 percent on room air.", "dictation dose-lab")
C("CAH", "chat", "Lyme season is here, we already had three erythema migrans this week.", "place-disease", pl="Lyme")
C("CAH", "chat", "Kehr's sign plus a positive FAST, the surgeon at the hub is accepting, flight is 35 minutes out.", "eponym-bare acronym", ep="Kehr")
C("CAH", "lower", "pharmacist is remote tonight so verify orders through the tele-pharmacy queue", "lowercase ordinary-chat")
C("CAH", "chat", "Beck's triad isn't always there, the bedside echo is what made the diagnosis.", "teaching eponym-bare", ep="Beck")
C("CAH", "page", "OB: G3P2 at 39 wks, 7 cm, no OB on site. Family med on call to L&D now", "page acronym")
C("CAH", "chat", "Blizzard warning tonight, staff who live more than 20 miles out please plan to sleep in the old wing.", "ordinary-chat")
C("CAH", "thread", "Brugada pattern type 1 only showed up with the fever, cardiology wants a recheck when he's afebrile.", "eponym-bare", ep="Brugada")
C("CAH", "chat", "Rabies PEP: HRIG plus vaccine today, then days 3, 7 and 14, a bat in the bedroom counts.", "dose-lab acronym")
C("CAH", "bot", "/ask how long is the EMTALA transfer certification valid and who can sign it in a critical access hospital", "bot-command acronym", org="EMTALA")
C("CAH", "chat", "Beta-blocker overdose: glucagon 5 mg IV given, high-dose insulin next if the pressure stays under 80.", "dose-lab")
C("CAH", "dictation", "Eighty-two year old with a Colles fracture after a fall on ice, closed reduction under a hematoma block.", "dictation age-under-90 eponym-bare", ep="Colles")

P("CAH", "chat", "Transferring Wendell Brandvold to the hub in Marshfield, wife Connie is following by car.", [("Wendell Brandvold", N), ("Marshfield", LO), ("Connie", N)], "name-relative city")
P("CAH", "ehr", "REG: THUNDERCLOUD, ELAINE  DOB 04/02/1944  SSN 921-58-0437  Addr W8471 County Rd J, Black River Falls WI 54615", [("THUNDERCLOUD, ELAINE", N), ("04/02/1944", D), ("921-58-0437", SS), ("W8471 County Rd J, Black River Falls WI 54615", LO)], "ehr-paste name-last-first ssn address")
P("CAH", "voicemail", "Hi this is Marlene at the Jackson County Sheriff, we have a Mr. Everett Pike, ninety seven, found wandering on Hwy 54, we're bringing him in, call 715-555-0190.", [("Marlene", N), ("Everett Pike", N), ("ninety seven", A), ("Hwy 54", LO), ("715-555-0190", PH)], "voicemail age-over-89 phone name-staff")
P("CAH", "lower", "dr ahmadi is on til 7 then dr kessler", [("ahmadi", N), ("kessler", N)], "lowercase name-lowercase name-staff")
P("CAH", "chat", "Pastor Dale Jorgenson from Our Savior's in Alma Center called asking about Loretta Voss, she listed him as clergy so ok to share she's stable.", [("Dale Jorgenson", N), ("Our Savior's", LO), ("Alma Center", LO), ("Loretta Voss", N)], "name-title name-relative facility city")
P("CAH", "page", "ED: Bishop family here for Jolene Bishop, pt in trauma 2. Dr Wong pls update. x3120", [("Bishop", N), ("Jolene Bishop", N), ("Wong", N)], "page name-word name-staff")
P("CAH", "email", "Fax the transfer packet for Cody Halverson to St. Olaf Regional at 608-555-0106, Attn: Transfer Center. — Jen", [("Cody Halverson", N), ("St. Olaf Regional", LO), ("608-555-0106", FX), ("Jen", N)], "email-forward fax facility name-staff")
P("CAH", "chat", "Locum this week is Dr. Rhonda Feist, NPI 1952037164, credentialing already approved her.", [("Rhonda Feist", N), ("1952037164", LI)], "name-staff license")
P("CAH", "chat", "Whose red Silverado is parked in the ambulance bay? Plate WI 2JKL48, please move it.", [("2JKL48", VE)], "vehicle")
P("CAH", "thread", "Amos and Sarah Yoder came by buggy, they have no phone, the neighbor Ben Stoltzfus at 715-555-0115 will relay.", [("Amos", N), ("Sarah Yoder", N), ("Ben Stoltzfus", N), ("715-555-0115", PH)], "name-relative phone name-list")
P("CAH", "dictation", "Patient is Opal Marie Hendrickson, a hundred and two years old, from Willow Creek nursing home, with a hip fracture.", [("Opal Marie Hendrickson", N), ("a hundred and two", A), ("Willow Creek", LO)], "dictation age-over-89 facility")
P("CAH", "chat", "Lab called a critical K of 6.8 on Myrtle Gunderson, repeat is pending, Dr. Oakes aware.", [("Myrtle Gunderson", N), ("Oakes", N)], "name-staff name-title")
P("CAH", "ehr", "Acct 5502913877  Pt: KRUEGER, WAYNE  Svc date 03/09  Payor: self-pay, financial assistance app sent", [("5502913877", AC), ("KRUEGER, WAYNE", N), ("03/09", D)], "ehr-paste account name-last-first")
P("CAH", "lower", "angel from ems says theyre 10 out with the rollover from taylor", [("angel", N), ("taylor", LO)], "lowercase name-lowercase name-word city")
P("CAH", "chat", "Ms. Rainwater's granddaughter Skye is the contact, she lives in Tomah, 608-555-0153.", [("Rainwater", N), ("Skye", N), ("Tomah", LO), ("608-555-0153", PH)], "name-title name-relative phone city")
P("CAH", "chat", "Farm injury: Lukas Zimmermann, 16, hand caught in a PTO shaft on the family farm off Cty Hwy D near Arcadia.", [("Lukas Zimmermann", N), ("Cty Hwy D", LO), ("Arcadia", LO)], "address city name-non-english")
P("CAH", "thread", "Thanks Carol, I'll let Dr. Hanrahan know Mr. Gauthier's daughter is on her way from Duluth.", [("Carol", N), ("Hanrahan", N), ("Gauthier", N), ("Duluth", LO)], "name-staff name-title name-possessive city")
P("CAH", "voicemail", "Yeah this is Rusty Hale, I was in Tuesday for the chainsaw cut, the stitches are bleeding a little, call me at seven one five five five five zero one four four.", [("Rusty Hale", N), ("seven one five five five five zero one four four", PH)], "voicemail name-nickname phone")
P("CAH", "chat", "Ninety-one year old Vera Lindahl from the assisted living on Main St in Osseo, NPO for the hip.", [("Ninety-one", A), ("Vera Lindahl", N), ("Main St", LO), ("Osseo", LO)], "age-over-89 address city")
P("CAH", "chat", "Workers' comp claim for the mill injury is WC-31-77042, employee is Tim Sorensen.", [("WC-31-77042", ID_), ("Tim Sorensen", N)], "other-id name-common")
P("CAH", "page", "ED: MRN 660318 Harlan Dressel BG 512, needs ICU bed at hub, call Nina 715-555-0127", [("660318", MR), ("Harlan Dressel", N), ("Nina", N), ("715-555-0127", PH)], "page mrn name-staff phone")
P("CAH", "chat", "Anyone know Faith Redbird's new number? The one on file for her son's chart is disconnected.", [("Faith Redbird", N)], "name-word name-possessive")
P("CAH", "lower", "hey is summer working tonight or is it brooks", [("summer", N), ("brooks", N)], "lowercase name-lowercase name-word name-staff")

# ---------------------------------------------------------------- GI endoscopy suite
C("ENDO", "chat", "Boston bowel prep score 2-2-3, adequate, cecum reached at 7 minutes.", "score place-rule", pl="Boston")
C("ENDO", "chat", "Los Angeles grade C esophagitis, start the PPI twice daily and rescope in 8 weeks.", "place-rule", pl="Los Angeles")
C("ENDO", "thread", "Barrett's segment was C2M4 by Prague criteria, biopsies in four quadrants every 2 cm.", "eponym-bare place-rule", ep="Barrett", pl="Prague")
C("ENDO", "lower", "room 3 scope is back from reprocessing, room 2 still waiting", "lowercase room-bed-number")
C("ENDO", "chat", "Suprep or MoviPrep for the next-day add-on? He can't do a gallon.", "drug-brand-name", br="Suprep|MoviPrep")
C("ENDO", "bot", "/ask Forrest classification and which classes need endoscopic therapy", "bot-command eponym-bare", ep="Forrest")
C("ENDO", "chat", "Schatzki ring dilated to 18 mm with the balloon, he tolerated it fine.", "eponym-bare dose-lab", ep="Schatzki")
C("ENDO", "page", "Endo rm 4: sedation pt desat 84%, jaw thrust helping, anesthesia pls come", "page room-bed-number dose-lab")
C("ENDO", "chat", "Glasgow-Blatchford 12, transfused 1 unit, EGD tonight after the second unit.", "score dose-lab", sc="Glasgow-Blatchford")
C("ENDO", "chat", "Mallory-Weiss tear only, no active bleeding, clip not needed.", "eponym-bare", ep="Mallory-Weiss")
C("ENDO", "dictation", "Colonoscopy to the cecum, three sessile polyps 4 to 6 millimeters removed with cold snare, Paris 0-IIa.", "dictation place-rule dose-lab", pl="Paris")
C("ENDO", "chat", "Olympus rep is coming at 7:30 to look at the broken elevator wire on the duodenoscope.", "device-brand clock-time", br="Olympus")
C("ENDO", "chat", "Zenker's diverticulum case needs the flexible approach, book a double slot.", "eponym-bare", ep="Zenker")
C("ENDO", "lower", "propofol is running low in the pyxis, told pharmacy", "lowercase ordinary-chat")
C("ENDO", "chat", "Dieulafoy lesion in the fundus, two clips and epinephrine 1:10,000, hemostasis achieved.", "eponym-bare ratio", ep="Dieulafoy")
C("ENDO", "chat", "Crohn's patients on Stelara still need the full prep, the ileum matters.", "eponym-bare drug-brand-name", ep="Crohn", br="Stelara")
C("ENDO", "thread", "Mayo endoscopic subscore 2 in the sigmoid, looks better than last year.", "score", pl="Mayo")
C("ENDO", "chat", "Veterans Day the unit runs a half schedule, on-call endoscopist covers bleeds after noon.", "holiday", hol="Veterans Day")
C("ENDO", "page", "Endo recovery bay 6: pt vomiting, HR 48, atropine available, pls come", "page room-bed-number dose-lab")
C("ENDO", "chat", "Sengstaken-Blakemore tube is in the variceal cart, second drawer, if the banding fails.", "eponym-bare device-brand", ep="Sengstaken-Blakemore")
C("ENDO", "dictation", "Impression: Cameron lesions in a large hiatal hernia, likely source of the iron deficiency.", "dictation eponym-bare", ep="Cameron")
C("ENDO", "chat", "The 45-year-old screening colonoscopy at 10 is a no-show, can we pull the 11 forward?", "age-under-90 clock-time")
C("ENDO", "bot", "/ask Kudo pit pattern types and which suggest deep submucosal invasion", "bot-command eponym-bare", ep="Kudo")

P("ENDO", "chat", "Mr. Young's ride cancelled, his daughter Kelsey can pick him up at 1 but she's coming from Waunakee.", [("Young", N), ("Kelsey", N), ("Waunakee", LO)], "name-word name-title name-relative city")
P("ENDO", "ehr", "Procedure: EGD w/ bx  Pt: HOANG, MINH DUC  MRN 00915537  DOB 12/30/1948  Endoscopist: Sarah Whitcomb, MD", [("HOANG, MINH DUC", N), ("00915537", MR), ("12/30/1948", D), ("Sarah Whitcomb", N)], "ehr-paste name-last-first mrn name-staff")
P("ENDO", "lower", "is rosie doing recovery today or is that kat", [("rosie", N), ("kat", N)], "lowercase name-lowercase name-staff name-nickname")
P("ENDO", "voicemail", "Hi, this is Lorena Castillo, I'm scheduled for a colonoscopy Thursday and I threw up the prep, please call me at 262-555-0188.", [("Lorena Castillo", N), ("262-555-0188", PH)], "voicemail phone name-non-english")
P("ENDO", "chat", "Rose Hunter is in room 2, she's the 40-year-old with the iron deficiency, not the other Rose.", [("Rose Hunter", N), ("Rose", N)], "name-word age-under-90")
P("ENDO", "thread", "Driver for Grant Ostrowski is his neighbor Aaron, number 608-555-0135, he confirmed 3 pm.", [("Grant Ostrowski", N), ("Aaron", N), ("608-555-0135", PH)], "name-word name-relative phone")
P("ENDO", "chat", "Dr. Siddiqui is running 40 min behind, please let Mrs. Abramowitz and Mr. Tran know.", [("Siddiqui", N), ("Abramowitz", N), ("Tran", N)], "name-title name-list name-staff")
P("ENDO", "email", "Prior auth approved for colonoscopy for Eugene Pellegrino, member ID QHW604418327, valid through 4/30. — Mandy, Precert", [("Eugene Pellegrino", N), ("QHW604418327", HP), ("4/30", D), ("Mandy", N)], "email-forward health-plan date-numeric name-staff")
P("ENDO", "chat", "Bed 5 is Ali Hassan, 92, for PEG placement, his son will sign consent since he's the POA.", [("Ali Hassan", N), ("92", A)], "name-non-english age-over-89 name-common")
P("ENDO", "dictation", "Procedure performed on Helen Brooks, date of birth May seventh nineteen sixty three, by doctor Anwar.", [("Helen Brooks", N), ("May seventh nineteen sixty three", D), ("Anwar", N)], "dictation dob name-word name-staff")
P("ENDO", "page", "Endo: Doug Whitman in rec bay 3 BP 78/40, fluids running. Call Dr Ferreira 414-555-0109", [("Doug Whitman", N), ("Ferreira", N), ("414-555-0109", PH)], "page name-staff phone")
P("ENDO", "chat", "Sunny from registration says Mr. Petrovic's address changed to 2210 Willow Bend Rd, Verona.", [("Sunny", N), ("Petrovic", N), ("2210 Willow Bend Rd, Verona", LO)], "name-staff name-word address name-possessive")
P("ENDO", "ehr", "Path: TORRES-BAEZ, JULIANA  Acc S31-4822  Collected 03/18/2031  Sigmoid polyp: tubular adenoma", [("TORRES-BAEZ, JULIANA", N), ("S31-4822", ID_), ("03/18/2031", D)], "ehr-paste name-last-first name-hyphenated date-numeric")
P("ENDO", "lower", "mr adeyinka's prep was poor, rebooking with a 2 day prep", [("adeyinka", N)], "lowercase name-lowercase name-possessive")
P("ENDO", "chat", "Heads up, Larry Long from room 4 is a fall risk, he walked out with the IV still in.", [("Larry Long", N)], "name-word")
P("ENDO", "thread", "Ms. Delacroix's escort left, we can't discharge her after propofol without a ride, calling her sister Yvette.", [("Delacroix", N), ("Yvette", N)], "name-title name-possessive name-relative")
P("ENDO", "chat", "Capsule recorder serial PCR-88203 went home with Bennie Castañeda yesterday, he drops it off at 9.", [("PCR-88203", DV), ("Bennie Castañeda", N)], "device-serial name-nickname")
P("ENDO", "chat", "Tonight's on-call GI is Dr. Priya Raman, cell 608-555-0146 if the hub pages.", [("Priya Raman", N), ("608-555-0146", PH)], "name-staff phone")
P("ENDO", "voicemail", "Message from Bernadette at Cedar Pines assisted living about resident Clement Duffy, ninety-four, wanting to cancel his EGD on the 21st.", [("Bernadette", N), ("Cedar Pines", LO), ("Clement Duffy", N), ("ninety-four", A), ("21st", D)], "voicemail age-over-89 facility name-staff")
P("ENDO", "chat", "Luz and Teodoro Figueroa both want colonoscopies the same day so one can drive the other after, any chance?", [("Luz", N), ("Teodoro Figueroa", N)], "name-relative name-non-english")
P("ENDO", "lower", "whoever has hunter today, his wife is in the lobby", [("hunter", N)], "lowercase name-lowercase name-word")
P("ENDO", "chat", "Can you add Mrs. Nkemelu to Friday? She moved to Sun Prairie and is closer to us now.", [("Nkemelu", N), ("Sun Prairie", LO)], "name-title name-non-english city")
P("ENDO", "email", "From: Angela Ruiz-Moreno\nRe: Stan Wozniak — please send the path results to his PCP in Janesville, Dr. Obi, fax 608-555-0140.", [("Angela Ruiz-Moreno", N), ("Stan Wozniak", N), ("Janesville", LO), ("Obi", N), ("608-555-0140", FX)], "email-forward fax name-hyphenated city")
P("ENDO", "bot", "/ask draft a plain-language prep letter for Lorena Castillo, colonoscopy moved to 4/10, she vomited the last prep", [("Lorena Castillo", N), ("4/10", D)], "bot-command date-numeric")

# ---------------------------------------------------------------- ophthalmology clinic
C("EYE", "chat", "VA 20/40 OD and 20/25 OS, IOP 18 and 17 by Tono-Pen.", "dose-lab score-fraction", br="Tono-Pen")
C("EYE", "chat", "Amsler grid changes in the 79-year-old, OCT shows new fluid, book the Eylea today.", "age-under-90 drug-brand-name", ep="Amsler", br="Eylea")
C("EYE", "thread", "Seidel negative after the glue, bandage contact lens in, recheck tomorrow.", "eponym-bare", ep="Seidel")
C("EYE", "lower", "dilating drops are low in lane 4, anyone have extra tropicamide", "lowercase room-bed-number")
C("EYE", "chat", "Marcus Gunn pupil on the left with optic disc swelling, neuro-ophth wants an MRI today.", "eponym-bare", ep="Marcus Gunn")
C("EYE", "bot", "/ask Fuchs dystrophy DMEK versus DSAEK outcomes in one paragraph", "bot-command eponym-bare", ep="Fuchs")
C("EYE", "chat", "Humphrey 24-2 shows an inferior arcuate defect, matches the notch at 6 o'clock.", "score clock-time", br="Humphrey")
C("EYE", "page", "Eye clinic: pt in lane 6 vagal on the slit lamp, BP 82/50, lying flat, pls come", "page room-bed-number dose-lab")
C("EYE", "chat", "Lucentis biosimilar is now on formulary, same dose 0.5 mg.", "drug-brand-name dose-lab", br="Lucentis")
C("EYE", "chat", "Ishihara 8 of 14 plates, red-green deficiency, mom wasn't aware.", "score", ep="Ishihara")
C("EYE", "dictation", "Slit lamp exam shows a Krukenberg spindle and iris transillumination defects consistent with pigment dispersion.", "dictation eponym-bare", ep="Krukenberg")
C("EYE", "chat", "Durezol four times daily for a week, then taper, and keep the shield on at night.", "drug-brand-name dose-lab", br="Durezol")
C("EYE", "chat", "Argyll Robertson pupils are rare now but the 61-year-old in lane 2 has them, sending an RPR.", "eponym-bare age-under-90", ep="Argyll Robertson")
C("EYE", "lower", "laser is down till 1, the tech is replacing the fiber", "lowercase clock-time")
C("EYE", "chat", "Adie tonic pupil, slow to constrict, pilocarpine 0.125% confirmed it.", "eponym-bare dose-lab", ep="Adie")
C("EYE", "thread", "Horner testing with apraclonidine showed reversal, so imaging of the chest and neck.", "eponym-bare", ep="Horner")
C("EYE", "chat", "July Fourth weekend always brings firework injuries, make sure the Fox shields are stocked in triage.", "holiday device-brand", hol="July Fourth", br="Fox")
C("EYE", "chat", "Snellen chart in room 7 is at the wrong distance, it needs to be 20 feet or use the mirror.", "room-bed-number eponym-bare", ep="Snellen")
C("EYE", "dictation", "Fundus exam shows cotton wool spots and flame hemorrhages, hypertensive retinopathy, blood pressure 210 over 120 in clinic.", "dictation dose-lab")
C("EYE", "chat", "Xiidra versus Restasis: the patient wants the one that doesn't burn, any thoughts?", "drug-brand-name", br="Xiidra|Restasis")
C("EYE", "chat", "Goldmann applanation confirmed the pressure at 32, starting Combigan.", "eponym-bare drug-brand-name dose-lab", ep="Goldmann", br="Combigan")
C("EYE", "bot", "/ask when to suspect Coats disease versus retinoblastoma in a child with leukocoria", "bot-command eponym-bare", ep="Coats")
C("EYE", "chat", "OR block for cataracts starts at 7:15, the first case is the 73-year-old with pseudoexfoliation.", "clock-time age-under-90")

P("EYE", "chat", "Mrs. Faith Underwood is 96 and here with her grandson for the Eylea, lane 3.", [("Faith Underwood", N), ("96", A)], "name-word name-title age-over-89")
P("EYE", "ehr", "IOL implanted: OKAFOR-BELL, CHINWE  MRN 01122847  Lens SN 20745831902  Date of surgery 03/12/2031", [("OKAFOR-BELL, CHINWE", N), ("01122847", MR), ("20745831902", DV), ("03/12/2031", D)], "ehr-paste name-last-first mrn device-serial")
P("EYE", "chat", "Fundus photos for Bo-ra Kim are saved as kim_bora_OU_fundus.png in the imaging folder.", [("Bo-ra Kim", N), ("kim_bora_OU_fundus.png", PI)], "name-non-english name-hyphenated photo-filename")
P("EYE", "lower", "is dr wolfe seeing walk-ins or just post-ops today", [("wolfe", N)], "lowercase name-lowercase name-staff")
P("EYE", "voicemail", "Hi this is Gladys Whitmore, I had my cataract done Monday and the eye is really red and hurting, my number is 920-555-0196, please call.", [("Gladys Whitmore", N), ("920-555-0196", PH)], "voicemail phone")
P("EYE", "chat", "Ray Dominguez, not Rey Dominguez: two different patients, both in lane 5 today, please double-check wristbands.", [("Ray Dominguez", N), ("Rey Dominguez", N)], "name-word name-common")
P("EYE", "email", "From: Orientation & Mobility Services\nFor Thaddeus Brightwater: his low-vision evaluation is 4/8 at 10. Please send records to his daughter Joanne at jbrightwater@example.net.", [("Thaddeus Brightwater", N), ("4/8", D), ("Joanne", N), ("jbrightwater@example.net", EM)], "email-forward date-numeric email name-relative")
P("EYE", "chat", "Dr. Hsu wants Mr. Brooks in lane 1 first, he has a retinal detachment with the mac still on.", [("Hsu", N), ("Brooks", N)], "name-title name-word name-staff")
P("EYE", "dictation", "Patient Esther Goldfarb, ninety three, with neovascular macular degeneration of the right eye, visual acuity count fingers.", [("Esther Goldfarb", N), ("ninety three", A)], "dictation age-over-89")
P("EYE", "chat", "Can someone call Kwame Asante-Mensah's wife back? She's at 414-555-0125 and wants to know when he can drive.", [("Kwame Asante-Mensah", N), ("414-555-0125", PH)], "name-non-english name-hyphenated name-possessive phone")
P("EYE", "thread", "Confirmed: Wren Albright's corneal transplant is 3/31, tissue arrives the day before.", [("Wren Albright", N), ("3/31", D)], "name-word date-numeric name-possessive")
P("EYE", "page", "Eye on call: chemical splash to OS, pt Brody Sikorski at ED bay 7, irrigating. Call Tamsin 262-555-0151", [("Brody Sikorski", N), ("Tamsin", N), ("262-555-0151", PH)], "page phone name-staff")
P("EYE", "chat", "Lily Chen and Lilly Chen are both on the schedule tomorrow, different birthdays, flag the charts.", [("Lily Chen", N), ("Lilly Chen", N)], "name-common name-word")
P("EYE", "lower", "mrs pham's drops got denied again, can someone call her pharmacy in west allis", [("pham", N), ("west allis", LO)], "lowercase name-lowercase name-possessive city")
P("EYE", "chat", "Vision form for Arnold Ekdahl's license renewal is done, he's at the DMV in Waukesha on Tuesday.", [("Arnold Ekdahl", N), ("Waukesha", LO)], "name-possessive city")
P("EYE", "ehr", "Referral: ST. JOHN, MARIAH  DOB 09/09/1987  From: Lakeside Optometry, Dr. Faye Morgan  Dx: suspected papilledema", [("ST. JOHN, MARIAH", N), ("09/09/1987", D), ("Lakeside Optometry", LO), ("Faye Morgan", N)], "ehr-paste name-last-first dob name-staff")
P("EYE", "chat", "Summer students start Monday; Jasmine and Ahmed will shadow Dr. Bautista in retina.", [("Jasmine", N), ("Ahmed", N), ("Bautista", N)], "name-list name-staff name-given-only")
P("EYE", "voicemail", "This is Paula from Dr. Reinholt's office in Appleton, we're sending over Conrad Beale, he has sudden vision loss, our number is 920-555-0117.", [("Paula", N), ("Reinholt", N), ("Appleton", LO), ("Conrad Beale", N), ("920-555-0117", PH)], "voicemail name-staff city phone")
P("EYE", "chat", "Mrs. Ocampo brought her old glasses prescription from Manila, the tech is transcribing it now.", [("Ocampo", N), ("Manila", LO)], "name-title city")
P("EYE", "chat", "Post-op day 1 for Will Hampton looks great, 20/30 uncorrected.", [("Will Hampton", N)], "name-word")
P("EYE", "thread", "Got it. I'll tell Bashir his mother can stay in the room during the injection.", [("Bashir", N)], "name-given-only name-relative")
P("EYE", "chat", "Lane 4 is Josephine 'Jo' Marchand, 91, legally blind, needs a sighted guide to the exam chair.", [("Josephine", N), ("Jo", N), ("Marchand", N), ("91", A)], "name-nickname age-over-89")
P("EYE", "bot", "/ask is it safe to restart Eliquis two days after Esther Goldfarb's intravitreal injection? she's 93", [("Esther Goldfarb", N), ("93", A)], "bot-command age-over-89 name-possessive")

# ---------------------------------------------------------------- ENT and audiology clinic
C("ENT", "chat", "Rinne negative on the left, Weber lateralizes left, so conductive, likely the effusion.", "eponym-bare", ep="Rinne|Weber")
C("ENT", "chat", "Dix-Hallpike positive on the right, did an Epley in clinic and he felt better right away.", "eponym-bare", ep="Dix-Hallpike|Epley")
C("ENT", "thread", "Ciprodex drops twice daily for 7 days, keep the ear dry.", "drug-brand-name dose-lab", br="Ciprodex")
C("ENT", "lower", "booth 2 audiometer needs calibration, use booth 1 today", "lowercase room-bed-number")
C("ENT", "chat", "Ménière's flare: low-salt diet, betahistine, and if no better we talk about intratympanic steroids.", "eponym-bare", ep="Ménière")
C("ENT", "bot", "/ask Centor versus McIsaac for a 16-year-old with a sore throat, do we swab", "bot-command score age-under-90", ep="Centor|McIsaac")
C("ENT", "chat", "Kiesselbach plexus bleed, silver nitrate worked, Afrin if it starts again.", "eponym-bare drug-brand-name", ep="Kiesselbach", br="Afrin")
C("ENT", "page", "ENT on call: posterior epistaxis in ED bay 9, Rhino Rocket in, still oozing, pls call back", "page room-bed-number device-brand", br="Rhino Rocket")
C("ENT", "chat", "Tympanogram type B bilaterally in the 4-year-old, tubes are reasonable.", "age-under-90 score")
C("ENT", "chat", "Ramsay Hunt with vesicles in the canal, valacyclovir and prednisone started today.", "eponym-bare", ep="Ramsay Hunt")
C("ENT", "dictation", "Flexible laryngoscopy shows bilateral Reinke's edema, heavy smoker, counseled on cessation.", "dictation eponym-bare", ep="Reinke")
C("ENT", "chat", "Phonak rep is dropping off demo hearing aids at noon.", "device-brand clock-time", br="Phonak")
C("ENT", "chat", "Ludwig's angina in the ED, the airway team is aware, they want the fiberoptic cart.", "eponym-bare", ep="Ludwig")
C("ENT", "lower", "cerumen loop tray is missing from room 5 again", "lowercase room-bed-number")
C("ENT", "chat", "Frey syndrome after the parotidectomy, the starch-iodine test confirmed gustatory sweating.", "eponym-bare", ep="Frey")
C("ENT", "thread", "Flonase plus NeilMed rinses for 6 weeks, then we scope again.", "drug-brand-name", br="Flonase|NeilMed")
C("ENT", "chat", "Stenger test was positive, so the unilateral loss is probably nonorganic.", "eponym-bare", ep="Stenger")
C("ENT", "chat", "Cochlear Nucleus activation visits need a two-hour slot with the audiologist.", "device-brand", br="Cochlear Nucleus")
C("ENT", "dictation", "Stensen's duct is patent, no stones palpated, clear saliva expressed with massage.", "dictation eponym-bare", ep="Stensen")
C("ENT", "chat", "Eustachian tube balloon dilation is covered now, the 52-year-old from clinic wants it.", "eponym-bare age-under-90", ep="Eustachian")
C("ENT", "chat", "Thanksgiving week the clinic is open Monday to Wednesday only.", "holiday weekday", hol="Thanksgiving")
C("ENT", "bot", "/ask Lund-Mackay CT score cut-off for sinus surgery", "bot-command score", ep="Lund-Mackay")
C("ENT", "chat", "Valsalva and Toynbee maneuvers both failed to open the tube, the TM is retracted.", "eponym-bare", ep="Valsalva|Toynbee")

P("ENT", "chat", "Mr. Hunter's hearing aid fitting is moved to 4/3, he asked that his wife Marjorie come too.", [("Hunter", N), ("4/3", D), ("Marjorie", N)], "name-word name-title date-numeric name-relative")
P("ENT", "ehr", "Cochlear implant activation: WASHINGTON, DESHAWN  MRN 00733102  Implant SN 5180293447  Audiologist: Katrina Vogel, AuD", [("WASHINGTON, DESHAWN", N), ("00733102", MR), ("5180293447", DV), ("Katrina Vogel", N)], "ehr-paste name-last-first mrn device-serial")
P("ENT", "chat", "Voice recordings for Ingrid Solberg's voice therapy are uploaded as solberg_voice_pre.wav, SLP will compare after.", [("Ingrid Solberg", N), ("solberg_voice_pre.wav", BI)], "name-possessive biometric name-non-english")
P("ENT", "lower", "tell marcy the 2pm cancelled", [("marcy", N)], "lowercase name-lowercase name-staff")
P("ENT", "voicemail", "Hi, it's Brenda Yazzie calling for my son Tyler, the tubes came out and his ear is draining, call me at 505-555-0148.", [("Brenda Yazzie", N), ("Tyler", N), ("505-555-0148", PH)], "voicemail name-relative phone")
P("ENT", "chat", "Dr. Rose is in the OR until 3, Dr. Ferris will see the add-on neck mass, Mr. Anselm Prochazka.", [("Rose", N), ("Ferris", N), ("Anselm Prochazka", N)], "name-word name-staff name-title")
P("ENT", "page", "ENT: Tonsil bleed POD 7, Kaylee Dufresne 8yo, ED bay 3, oozing. Call Dr Mbeki 262-555-0103", [("Kaylee Dufresne", N), ("Mbeki", N), ("262-555-0103", PH)], "page phone name-staff")
P("ENT", "thread", "Yes, Hope Kaminski is the one with the thyroid nodule, FNA is next Wednesday.", [("Hope Kaminski", N)], "name-word")
P("ENT", "email", "From: school nurse\nRe: Elijah Freeman, 2nd grade at Maple Grove Elementary. Please send his audiogram results and FM system recommendations.", [("Elijah Freeman", N), ("Maple Grove Elementary", LO)], "email-forward facility")
P("ENT", "dictation", "Patient is Everett Lundgren, ninety-nine years of age, with bilateral cerumen impaction and moderate sensorineural loss.", [("Everett Lundgren", N), ("ninety-nine", A)], "dictation age-over-89")
P("ENT", "chat", "The Nguyens want both kids' tubes done the same day, Dr. Albrecht said yes.", [("Nguyens", N), ("Albrecht", N)], "name-relative name-staff name-title")
P("ENT", "chat", "Ms. Seo-yeon Baek's CT sinus is booked 3/24 at Delafield Imaging.", [("Seo-yeon Baek", N), ("3/24", D), ("Delafield Imaging", LO)], "name-title name-non-english name-hyphenated date-numeric")
P("ENT", "lower", "who took ray's otoscope lol", [("ray", N)], "lowercase name-lowercase name-word name-possessive")
P("ENT", "chat", "Hearing aid loaner HA-3318 went out with Walter Bryce Pennington, due back in two weeks.", [("HA-3318", DV), ("Walter Bryce Pennington", N)], "device-serial")
P("ENT", "voicemail", "Hi this is Jerome at Fort Atkinson Audiology calling about a patient of yours, Mabel Thorsen, please call back at 920-555-0129.", [("Jerome", N), ("Fort Atkinson Audiology", LO), ("Mabel Thorsen", N), ("920-555-0129", PH)], "voicemail name-staff facility phone")
P("ENT", "chat", "Can someone help Mrs. Quiñones fill out the hearing aid assistance form? Her daughter Marisela will be here at 2.", [("Quiñones", N), ("Marisela", N)], "name-title name-relative name-non-english")
P("ENT", "chat", "Scope photos of Dale Ackerman's vocal cords are in the chart as dale_ackerman_larynx.png, for tumor board.", [("Dale Ackerman", N), ("dale_ackerman_larynx.png", PI)], "name-possessive photo-filename")
P("ENT", "thread", "Talked to Sunita in scheduling, Mr. Oyelowo can come Tuesday instead.", [("Sunita", N), ("Oyelowo", N)], "name-staff name-title name-non-english")
P("ENT", "chat", "The Grants from Mount Horeb are here for Lucy's ABR, the parents asked for the quiet room.", [("Grants", N), ("Mount Horeb", LO), ("Lucy", N)], "name-word name-relative city name-possessive")
P("ENT", "ehr", "Sched: 03/26 09:40  BALDWIN, THEODORE K  DOB 11/05/1934  Visit: hearing aid check  Phone 608-555-0111", [("03/26", D), ("BALDWIN, THEODORE K", N), ("11/05/1934", D), ("608-555-0111", PH)], "ehr-paste name-last-first dob phone")
P("ENT", "chat", "Jun Watanabe is a professional singer, please handle the scope gently, she's performing Saturday.", [("Jun Watanabe", N)], "name-non-english")
P("ENT", "chat", "Colleen, can you tell Dr. Ashworth that the Ramirez newborn passed the repeat hearing screen?", [("Colleen", N), ("Ashworth", N), ("Ramirez", N)], "name-staff name-title")

# ---------------------------------------------------------------- allergy and immunology clinic
C("ALLERGY", "chat", "Tryptase 14 at the time of the reaction, baseline in 24 hours please.", "dose-lab")
C("ALLERGY", "chat", "EpiPen versus Auvi-Q: whichever insurance covers, both are 0.3 mg for adults.", "drug-brand-name dose-lab", br="EpiPen|Auvi-Q")
C("ALLERGY", "thread", "Penicillin skin testing with PRE-PEN was negative, oral amoxicillin challenge next.", "drug-brand-name", br="PRE-PEN")
C("ALLERGY", "lower", "oit room needs more peanut flour, we're down to one jar", "lowercase room-bed-number")
C("ALLERGY", "chat", "Samter's triad, so aspirin desensitization before starting the maintenance dose.", "eponym-bare", ep="Samter")
C("ALLERGY", "bot", "/ask Sampson criteria for anaphylaxis and how the 2020 WAO criteria differ", "bot-command eponym-bare year-only", ep="Sampson", org="WAO")
C("ALLERGY", "chat", "Xolair injection room is 12, observe 2 hours for the first three doses.", "drug-brand-name room-bed-number", br="Xolair")
C("ALLERGY", "chat", "Dupixent started in the 9-year-old with eczema and asthma, mom is doing the injections.", "drug-brand-name age-under-90", br="Dupixent")
C("ALLERGY", "page", "Allergy clinic: pt in shot room hives + wheeze 10 min after injection, epi given, call 911?", "page room-bed-number")
C("ALLERGY", "chat", "Darier's sign positive on the lesion, dermatology thinks mastocytosis.", "eponym-bare", ep="Darier")
C("ALLERGY", "dictation", "Skin prick testing positive to dust mite, cat, and ragweed, negative to molds, histamine control 7 millimeters.", "dictation dose-lab")
C("ALLERGY", "chat", "Palforzia up-dosing visits are every two weeks, don't book them on a Friday.", "drug-brand-name weekday", br="Palforzia")
C("ALLERGY", "chat", "Stevens-Johnson from lamotrigine is a lifetime avoid, list it as severe.", "eponym-bare", ep="Stevens-Johnson")
C("ALLERGY", "chat", "Ragweed season starts around Labor Day here, so push the Ragwitek starts to early summer.", "holiday drug-brand-name", hol="Labor Day", br="Ragwitek")
C("ALLERGY", "lower", "spirometry machine in 4 is beeping, probably the filter", "lowercase room-bed-number")
C("ALLERGY", "chat", "Gell and Coombs type IV, so patch testing rather than prick testing.", "eponym-bare teaching", ep="Gell and Coombs")
C("ALLERGY", "thread", "IgE to alpha-gal was 8.2, so no mammalian meat; the Lone Star tick is the usual cause around here.", "dose-lab organism", orgm="Lone Star tick")
C("ALLERGY", "chat", "Kounis syndrome is on the differential since he had chest pain with the bee sting.", "eponym-bare", ep="Kounis")
C("ALLERGY", "chat", "IVIG for the CVID patients is Tuesday afternoons in the infusion room, premed with Benadryl.", "drug-brand-name weekday acronym", br="Benadryl")
C("ALLERGY", "dictation", "Plan: continue Singulair 10 milligrams at night, Zyrtec daily, follow up after the spring season.", "dictation drug-brand-name dose-lab", br="Singulair|Zyrtec")
C("ALLERGY", "chat", "Arthus reaction after the tetanus booster, so space out boosters to at least 10 years.", "eponym-bare", ep="Arthus")
C("ALLERGY", "chat", "Food challenge at 8:00, doses every 20 minutes, last one around 10:00 then 2 hours of observation.", "clock-time dose-lab")
C("ALLERGY", "bot", "/ask Brighton Collaboration case definition for vaccine anaphylaxis, levels 1 to 3", "bot-command place-rule", pl="Brighton")

P("ALLERGY", "chat", "Mrs. Ray brought Oliver in for his peanut challenge, he's in room 3 with his nana.", [("Ray", N), ("Oliver", N)], "name-word name-title name-relative")
P("ALLERGY", "ehr", "Allergy list update: SALAZAR, ROCÍO  MRN 00551920  PCN - hives (2019), challenge passed 03/14/2031 -> delabeled", [("SALAZAR, ROCÍO", N), ("00551920", MR), ("03/14/2031", D)], "ehr-paste name-last-first mrn")
P("ALLERGY", "email", "From: Bethany Cole <bcole.family@example.com>\nSubject: Ella's EpiPen form\nCan you fax the school form to Riverside Middle? Ella's birthday is 5/11/2017 if you need it.", [("Bethany Cole", N), ("bcole.family@example.com", EM), ("Ella", N), ("Riverside Middle", LO), ("Ella", N), ("5/11/2017", D)], "email-forward email name-relative dob")
P("ALLERGY", "lower", "jayden's shot is overdue, mom said shes bringing him after school", [("jayden", N)], "lowercase name-lowercase name-possessive")
P("ALLERGY", "chat", "The rash photo Tamara Greenleaf sent is in the media tab as greenleaf_rash_arm.jpg, looks like urticaria.", [("Tamara Greenleaf", N), ("greenleaf_rash_arm.jpg", PI)], "photo-filename")
P("ALLERGY", "voicemail", "Hello, this is Víctor Manuel Herrera, I got my allergy shot and now my throat is itchy, I'm in my car, call me at 312-555-0175.", [("Víctor Manuel Herrera", N), ("312-555-0175", PH)], "voicemail name-non-english phone")
P("ALLERGY", "chat", "Dr. Bishop wants Khadija Summers scheduled for a drug challenge before her surgery on 4/15.", [("Bishop", N), ("Khadija Summers", N), ("4/15", D)], "name-word name-title name-staff date-numeric")
P("ALLERGY", "thread", "Yes, that's Marcus Grant's son, the one with the tree nut allergy; Marcus is the dad who's a firefighter.", [("Marcus Grant", N), ("Marcus", N)], "name-word name-relative name-possessive")
P("ALLERGY", "page", "Allergy: anaphylaxis in shot room, pt Darlene Stiles, epi x2, EMS called. Dr Iyer 262-555-0166", [("Darlene Stiles", N), ("Iyer", N), ("262-555-0166", PH)], "page name-staff phone")
P("ALLERGY", "chat", "The Venkataraman twins, Nikhil and Anjali, are both doing OIT now, same schedule.", [("Venkataraman", N), ("Nikhil", N), ("Anjali", N)], "name-non-english name-list name-relative")
P("ALLERGY", "dictation", "This is a ninety-one-year-old gentleman, Cornelius Vandermolen, referred for chronic urticaria, on no new medications.", [("ninety-one", A), ("Cornelius Vandermolen", N)], "dictation age-over-89")
P("ALLERGY", "chat", "Portal link for the Haddad family's action plan: https://portal.example.com/plan/haddad-samir", [("Haddad", N), ("https://portal.example.com/plan/haddad-samir", UR)], "url name-possessive")
P("ALLERGY", "chat", "Mr. Ignatius Pryor, 90, is here for a penicillin challenge before his dental work.", [("Ignatius Pryor", N), ("90", A)], "name-title age-over-89")
P("ALLERGY", "lower", "dr eze wants spirometry before shots for anyone on the tuesday list", [("eze", N)], "lowercase name-lowercase name-staff")
P("ALLERGY", "chat", "Serenity Hale's insurance is asking for chart notes, Medicaid ID 4820193377, for the Xolair auth.", [("Serenity Hale", N), ("4820193377", HP)], "name-word health-plan name-possessive")
P("ALLERGY", "chat", "Tell Dr. Lowenstein that Mr. Ahanotu's tryptase came back normal.", [("Lowenstein", N), ("Ahanotu", N)], "name-title name-staff name-possessive")
P("ALLERGY", "thread", "Mom is Heather Lindell, cell 414-555-0134, she prefers texts.", [("Heather Lindell", N), ("414-555-0134", PH)], "name-relative phone name-word")
P("ALLERGY", "chat", "Sage Whitecloud drove down from Rhinelander for the venom testing, please keep her on time.", [("Sage Whitecloud", N), ("Rhinelander", LO)], "name-word city")
P("ALLERGY", "ehr", "Shot log 03/17: BERNARD, JOY  Vial 2 (1:100)  0.3 mL  No reaction  RN: Kowal, P", [("03/17", D), ("BERNARD, JOY", N), ("Kowal, P", N)], "ehr-paste name-last-first date-numeric name-word")
P("ALLERGY", "chat", "Teresa Villanueva's daughter called, she's in Milwaukee with her now and wants the shots moved there.", [("Teresa Villanueva", N), ("Milwaukee", LO)], "name-possessive name-relative city")
P("ALLERGY", "chat", "New fellow starts Monday: Dr. Chukwuemeka Nwosu, goes by Emeka.", [("Chukwuemeka Nwosu", N), ("Emeka", N)], "name-staff name-nickname name-non-english")
P("ALLERGY", "voicemail", "Hi it's Bev from Little Acorns daycare on Elm St in Stoughton, we need a new anaphylaxis plan for Mason Keller before Monday.", [("Bev", N), ("Little Acorns", LO), ("Elm St", LO), ("Stoughton", LO), ("Mason Keller", N)], "voicemail name-nickname facility address")

# ---------------------------------------------------------------- hospital dental and oral surgery clinic
C("DENTAL", "chat", "Le Fort I osteotomy case is first on Thursday, the splint is in the lab box.", "eponym-bare weekday", ep="Le Fort")
C("DENTAL", "chat", "Peridex rinse twice daily for 2 weeks after the extractions.", "drug-brand-name dose-lab", br="Peridex")
C("DENTAL", "thread", "Angle class II division 1, ortho wants the lateral ceph before the consult.", "eponym-bare", ep="Angle")
C("DENTAL", "lower", "panorex in op 3 is giving an error code again", "lowercase room-bed-number")
C("DENTAL", "chat", "Septocaine 4% with 1:100k epi, max 7 mg/kg, and the kid in op 2 is 20 kg.", "drug-brand-name dose-lab ratio", br="Septocaine")
C("DENTAL", "bot", "/ask antibiotic prophylaxis before extractions for a patient with a prosthetic valve, AHA guidance", "bot-command acronym", org="AHA")
C("DENTAL", "chat", "Gow-Gates block worked when the IANB didn't, worth trying on the anxious ones.", "eponym-bare", ep="Gow-Gates")
C("DENTAL", "page", "Oral surgery on call: facial swelling with trismus in ED bay 12, floor of mouth raised, pls come", "page room-bed-number")
C("DENTAL", "chat", "Medication-related osteonecrosis risk is higher with Prolia than with oral bisphosphonates, hold before extractions.", "drug-brand-name teaching", br="Prolia")
C("DENTAL", "chat", "Cavitron tips are in the autoclave, ready by 10:15.", "device-brand clock-time", br="Cavitron")
C("DENTAL", "dictation", "Tooth number 30 has a mesial occlusal distal carious lesion into the pulp, recommend root canal or extraction.", "dictation dose-lab")
C("DENTAL", "chat", "Black's class II on 19 and 20, we'll do them under nitrous.", "eponym-bare", ep="Black")
C("DENTAL", "lower", "we're out of 2x2 gauze in the surgery suite, ordering", "lowercase ordinary-chat")
C("DENTAL", "chat", "Full mouth rehab under GA is Friday, anesthesia wants a nasal intubation.", "acronym weekday")
C("DENTAL", "chat", "Dry socket packing with Alvogyl, recheck in 3 days.", "drug-brand-name", br="Alvogyl")
C("DENTAL", "thread", "Martin Luther King Jr. Day the clinic is closed, emergencies go through the ED.", "holiday", hol="Martin Luther King Jr. Day")
C("DENTAL", "chat", "Kenalog in Orabase for the aphthous ulcers, three times a day.", "drug-brand-name", br="Kenalog|Orabase")
C("DENTAL", "chat", "Vazirani-Akinosi closed-mouth block for the patient with trismus.", "eponym-bare", ep="Vazirani-Akinosi")
C("DENTAL", "dictation", "Extraction of teeth 1, 16, 17 and 32 under IV sedation, estimated blood loss 20 milliliters, chromic gut sutures.", "dictation dose-lab")
C("DENTAL", "chat", "Pre-radiation dental clearance: all hopeless teeth out at least 14 days before the first fraction.", "ordinary-chat")
C("DENTAL", "chat", "Fluoride varnish 5% on the 3-year-old, nothing to eat for 30 minutes.", "dose-lab age-under-90")
C("DENTAL", "bot", "/ask Stafne bone defect versus a cyst on a panorex, what features?", "bot-command eponym-bare", ep="Stafne")
C("DENTAL", "chat", "Sedation room 2 is free after 1 pm if anyone needs it.", "room-bed-number clock-time")

P("DENTAL", "chat", "Mr. Goodwin's dentures went missing on the ward, his daughter Patrice is understandably upset.", [("Goodwin", N), ("Patrice", N)], "name-title name-possessive name-relative")
P("DENTAL", "ehr", "Dental referral: KOWALEWSKI, ANTON  DOB 07/19/1958  Dx: pre-transplant clearance  Plan member ID DDX-550827-01", [("KOWALEWSKI, ANTON", N), ("07/19/1958", D), ("DDX-550827-01", HP)], "ehr-paste name-last-first health-plan dob")
P("DENTAL", "chat", "Intraoral photos for Destiny Abiola are saved as abiola_intraoral_01.jpg through _06.", [("Destiny Abiola", N), ("abiola_intraoral_01.jpg", PI)], "name-word photo-filename name-non-english")
P("DENTAL", "lower", "can u tell hope the 10:30 is here", [("hope", N)], "lowercase name-lowercase name-word name-staff")
P("DENTAL", "voicemail", "Hi this is Shanice Jordan calling for my daughter Kiara, she had her teeth pulled yesterday and it won't stop bleeding, call 414-555-0158.", [("Shanice Jordan", N), ("Kiara", N), ("414-555-0158", PH)], "voicemail name-relative phone")
P("DENTAL", "chat", "Dr. Faisal Qureshi is covering trauma call for oral surgery this week.", [("Faisal Qureshi", N)], "name-staff name-title name-non-english")
P("DENTAL", "page", "Dental: Mr. Hollis Grant in bay 5, jaw fx from a fall, ED wants OMFS. Call Tegan 262-555-0121", [("Hollis Grant", N), ("Tegan", N), ("262-555-0121", PH)], "page name-word phone name-staff")
P("DENTAL", "chat", "Fax the clearance letter for Raymond Fairweather to his cardiologist at 920-555-0185.", [("Raymond Fairweather", N), ("920-555-0185", FX)], "fax")
P("DENTAL", "dictation", "Patient is Ruth Ellen Stoddard, ninety five years old, resident of Heritage Oaks, here for a broken upper denture and a sore spot.", [("Ruth Ellen Stoddard", N), ("ninety five", A), ("Heritage Oaks", LO)], "dictation age-over-89 facility")
P("DENTAL", "chat", "Billing account for the Moreno kids is 88213046, mom asked for a payment plan.", [("Moreno", N), ("88213046", AC)], "account name-relative")
P("DENTAL", "thread", "Ok, it's Keanu Kahananui in op 1, not Kainoa, they're cousins with the same appointment time.", [("Keanu Kahananui", N), ("Kainoa", N)], "name-non-english name-given-only")
P("DENTAL", "chat", "Tobi from the sedation team says Ms. Whitlock's escort is her neighbor Glen, 608-555-0168.", [("Tobi", N), ("Whitlock", N), ("Glen", N), ("608-555-0168", PH)], "name-staff name-title phone")
P("DENTAL", "lower", "mrs adams in op 3 wants to know if she can drive after nitrous", [("adams", N)], "lowercase name-lowercase name-title")
P("DENTAL", "chat", "Cleft team meeting for Baby Girl Hernández moved to Wednesday 4/9, Dr. Okoro and Dr. Liang are both coming.", [("Hernández", N), ("4/9", D), ("Okoro", N), ("Liang", N)], "name-title date-numeric name-staff name-non-english")
P("DENTAL", "email", "Hi, I'm Forrest Wilde's wife, he needs his wisdom teeth out but we just moved to 418 Prairie Ln, Cottage Grove. Can you update his address? Thanks, April", [("Forrest Wilde", N), ("418 Prairie Ln, Cottage Grove", LO), ("April", N)], "email-forward name-word name-possessive address")
P("DENTAL", "chat", "Carmen at Roosevelt Elementary says Tiana Brooks needs an urgent visit, swelling on the left side.", [("Carmen", N), ("Roosevelt Elementary", LO), ("Tiana Brooks", N)], "name-staff facility name-word")
P("DENTAL", "chat", "Consent for Gwendolyn Alvarez-Whitman's extractions is signed by her guardian, Mr. Pruett.", [("Gwendolyn Alvarez-Whitman", N), ("Pruett", N)], "name-hyphenated name-possessive name-title")
P("DENTAL", "ehr", "MRN 01477362  LE, THANH HUONG  Appt 04/02 08:00  OMFS consult: mandibular third molars", [("01477362", MR), ("LE, THANH HUONG", N), ("04/02", D)], "ehr-paste mrn name-last-first name-non-english")
P("DENTAL", "thread", "Yep, Rocky is his nickname; the chart says Rocco Benedetti, born 1961.", [("Rocky", N), ("Rocco Benedetti", N)], "name-nickname year-only")
P("DENTAL", "chat", "The resident on trauma call is Dr. Young, her pager forwards to 414-555-0197.", [("Young", N), ("414-555-0197", PH)], "name-word name-title phone")
P("DENTAL", "voicemail", "Hi it's Lupe from Hillside Group Home on Oak Ridge Rd, our resident Dennis Haakenson needs his partial fixed, call 608-555-0192.", [("Lupe", N), ("Hillside Group Home", LO), ("Oak Ridge Rd", LO), ("Dennis Haakenson", N), ("608-555-0192", PH)], "voicemail name-staff facility phone")
P("DENTAL", "chat", "Ama Owusu is 12 and terrified of needles, child life is coming at 9.", [("Ama Owusu", N)], "name-non-english age-under-90")

# ==== END OF MESSAGES ====

SOURCE_HEAD = r"""
# Independent PHI chat evaluation set v14 (dev / test)

## How it was written
- Purpose: like v12 (and unlike the adversarial v11 and v13) this set is meant to read like an ordinary
  fortnight of hospital team chat with the clinical assistant bot. About half the messages are clean;
  the others carry identifiers in roughly the proportions real chat has: mostly names of patients,
  relatives and staff (62% of all spans), then locations, dates, phones, ages over 89 and MRNs, and only
  a few of each rarer kind (2-7 spans each, so that every category reaches both splits; that is still
  more than a real fortnight would show for SSN, IP, URL, VEHICLE and BIOMETRIC). Nothing is hidden by
  Unicode or spacing tricks; identifiers are written the way people type, paste and dictate them.
- Settings (new for v14): ten settings that the v11-v13 SOURCE.md files do not list as used by the
  earlier sets: a post-acute skilled nursing facility (the rehab hall of a nursing home); an inpatient
  psychiatry unit; a pediatric hematology / oncology clinic and ward; a sleep medicine clinic and sleep
  lab; a rural critical access hospital (its ED, swing beds and transfers out); a GI endoscopy suite; an
  ophthalmology clinic; an ENT and audiology clinic; an allergy and immunology clinic; a hospital dental
  and oral surgery clinic. The brief's examples were checked against the three files (by reading them
  and by grepping them for the setting words): hospital at home was left out (v11 left it out as close to
  v8's home health and v10's home infusion); the cardiac cath lab was left out (v11 reports v9's ICU and
  cath lab); transplant hepatology was left out (v13 reports transplant coordination in v6 / v8);
  occupational medicine was left out (v13 reports occupational health in v8); the infusion-based MS
  clinic was left out as too close to v13's outpatient oncology infusion center and rheumatology infusion
  suite and v12's stroke and neurology team. Five of the brief's examples were kept and five settings
  were added that none of the files mentions (endoscopy, ophthalmology, ENT / audiology, allergy /
  immunology, dental / oral surgery; the words "ophthalm", "endoscop", "allerg", "audiolog", "critical
  access", "skilled nursing" and "sleep medicine" do not occur in the v11-v13 files). Overlap disclosed:
  inpatient psychiatry sits next to v6's outpatient psychiatry (as v13 reports it) and v13's eating
  disorders program (here it is a locked adult unit: holds, court hearings, observation levels, CIWA /
  COWS, ECT); pediatric hematology / oncology sits next to v13's adult infusion center, v12's pediatric
  ward and v13's pediatric ED (here it is ports, counts, protocols and families); the skilled nursing
  facility sits next to v12's geriatric day hospital and v8's hospice and home health (here it is
  post-acute rehab, wound care, Medicare days and discharge planning; v11's nursing homes appear only as
  places); the critical access hospital's ED sits next to v8's urgent care and EMS handoffs and v11's
  transfer center (here it is the small hospital that sends, with farm injuries, weather and locums).
  The v5-v10 SOURCE.md files were not read (the brief allowed only v11-v13), so "unused" rests on how
  v11-v13 describe the earlier sets.
- Writers (senders): SNF nurses, CNAs, therapists, the dietitian, social work and the MDS coordinator;
  psychiatric nurses, psychiatrists, social workers, the charge nurse and security; pediatric oncology
  nurses, fellows, child life, pharmacy and billing; sleep techs, sleep physicians and the scheduling
  desk; the critical access hospital's ED physicians, nurses, lab, registration and house supervisor;
  endoscopy nurses, endoscopists, recovery and precert; ophthalmologists, techs and the front desk;
  otolaryngologists, audiologists and the SLP; allergists, the shot room and the OIT nurses; dentists,
  oral surgeons, the sedation team and the cleft team. Patients, relatives, schools, a daycare, a group
  home, a sheriff's office, a trucking company and outside offices appear through voicemails, e-mails
  and pasted records.
- Media: typed chat lines (the largest medium), thread replies, lowercase quick typing, pages (short
  pager or secure-text pages, at most 240 characters), pasted EHR lines (ADT, registration, orders,
  results, shot log, audit and badge logs), forwarded e-mails, voicemail transcripts (one phone number
  spoken digit by digit), /ask commands to the bot (most clean, three with a name or date pasted in, as
  users do) and speech-to-text dictation (spoken dates and ages). The setting and medium of each message
  are kept in build.py only (tables below).
- Clean messages say what clinical chat says: drugs and brands (Eylea, Xolair, Dupixent, EpiPen, Suprep,
  Xywav, Cogentin, Zofran, Peridex, Santyl ...), eponyms and eponymous signs, tests and scores (Braden,
  Morse, Barthel, Tinetti, Capgras, Korsakoff, Young Mania Rating Scale, Wilms, Burkitt, Lansky, Fanconi,
  Epworth, Mallampati, Friedman, Cheyne-Stokes, Wellens, Sgarbossa, Brugada, Kehr, Beck, Colles,
  Barrett, Forrest, Schatzki, Mallory-Weiss, Dieulafoy, Cameron, Marcus Gunn, Argyll Robertson, Adie,
  Amsler, Snellen, Rinne, Weber, Dix-Hallpike, Epley, Ménière, Ramsay Hunt, Ludwig, Samter, Darier,
  Kounis, Le Fort, Angle, Black, Gow-Gates, Stafne ...), place-named rules, scales and diseases (Boston,
  Los Angeles, Prague, Paris, Philadelphia chromosome, Lugano and Ann Arbor, Canadian CT head rule,
  Ottawa, Berlin, Brighton, Lyme, Brøset, Columbia, Mayo, Epworth), holidays (Thanksgiving, Halloween,
  New Year's Eve, Labor Day, Veterans Day, Fourth of July, July Fourth, Martin Luther King Jr. Day,
  daylight saving time), clock times, rooms, beds, bays, lanes, booths and ops, doses and lab values,
  scores and fractions (18/30, 8/10, 20/40), ages under 90 and acronyms (PDPM, MDS, QAPI, CAUTI, AASM,
  EMTALA, CIWA, COWS, AIMS). They hold no person's name, no date more specific than a year and no
  number of an identifier's shape. Several bait words are also names in this set on purpose (Marcus
  Gunn and three people called Marcus, the Young Mania Rating Scale and four people called Young, Forrest
  classification and Forrest Wilde, Cameron lesions, Morse fall score, Kendall, Humphrey, Black, Angle).
- Names come in the forms chat shows: full names, surname after Mr. / Mrs. / Ms. / Dr. / Rev. / Deputy /
  Pastor / Bishop, given name only, "LAST, FIRST M" and "LAST, FIRST" in pasted EHR lines, all lowercase
  in quick typing, possessives, hyphenated surnames and given names, lists, nicknames (Dottie, Rusty,
  Rocky for Rocco, Bev, Emeka for Chukwuemeka, 'Jo' inside a legal name), families called by the surname
  (the Sandovals, the Nguyens, the Grants, the Abernathy family), login user names, and two near-twins
  (Lily Chen and Lilly Chen, Ray and Rey Dominguez, Kendra Ross and Kendra Rossi). Many given names and
  surnames are also English words or very common (Hope, Faith, Grace, Rose, Summer, Liberty, Destiny,
  Precious, Serenity, Sage, Skye, Wren, Heather, Joy, Sunny, Angel, April, June, Will, Ray, Grant,
  Brooks, Long, Young, Hunter, Bishop, King, Banks, Bell, Moss, Summers, Winters, Freeman, Jordan,
  Parker ...), and names come from many cultures: Somali, Yoruba, Igbo, Akan, Sierra Leonean, Xhosa,
  Arabic, Pakistani, Indian (Tamil and North Indian), Korean, Vietnamese, Chinese, Japanese, Filipino,
  Hawaiian, Navajo and other Native American surnames, Amish Pennsylvania Dutch, Jewish, Mexican and
  other Spanish, Portuguese, Italian, French, German, Polish, Czech, Serbian, Greek, Norwegian, Swedish,
  Dutch and Irish names. All are in Latin script (a few with accents: Wróbel,
  Quiñones, Hernández, Castañeda, Víctor, Rocío); ordinary US chat rarely has other scripts.
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the benchmark scripts or any message of
  the earlier sets: nothing under bot/ or tests/ and no bench/*.py was opened, no *.jsonl file of any set
  was opened (this set's own dev.jsonl and test.jsonl included), no message line of any earlier build.py
  was read, the detector and the project's code were not run, and no git command was run. Only helpers
  place the spans (offsets by str.find); no message text was generated from a template or a loop. Three
  /ask commands with a pasted name were added after the first full run, one by one like the rest, so that
  not every bot command is clean.
- What was read: bench/data/phi_chat_v11/SOURCE.md, bench/data/phi_chat_v12/SOURCE.md,
  bench/data/phi_chat_v13/SOURCE.md, and of bench/data/phi_chat_v13/build.py: a grep listing of its
  `def`, constant and section-comment lines (the section comments name v13's settings, as its SOURCE.md
  does), its lines 1-144 (docstring, constants, helpers; no message), lines 1116-1640 (checks, split,
  output, table helpers, main() and the first lines of SOURCE_HEAD, which repeat v13's SOURCE.md) and its
  last 15 lines (the end of SOURCE_HEAD and the main guard). No message line of any earlier set was seen.
- The helper, check, split and output code is v13's (its lines 36-141 and 1119-1617 copied and adapted),
  with a new seed (20311104), the v14 settings and media, and these changes: (1) `check_no_reuse` and
  `bait_overlap` read the v11-v13 SOURCE.md files (v13's read v10-v12); (2) the Unicode helpers (FW, AR,
  MB, the zero-width and bidi constants) and v13's `check_tricks` were dropped, since this set has no such
  tricks; in its place `check_required` checks that each of 25 name-form and clean-content kind tags the
  brief asks for (word-names, common names, non-English names, names after titles, given names only,
  "Last, First", lowercase, possessive, hyphenated, lists, nicknames, relatives, staff; drug brands,
  eponyms, place-named rules and diseases, holidays, clock times, rooms and beds, doses and labs, score
  fractions, ages under 90, acronyms, plain chat) is on at least 2 messages, that at least 25 messages
  carry word-names, and that tags agree with the spans (a name tag needs a NAME span, a lowercase,
  "Last, First" or hyphenated tag a NAME span of that form, the phone, MRN and age-over-89 tags the
  matching span); (3) realistic proportions are checked: NAME at least 55% of all spans, each rare
  category (FAX, SSN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, ID,
  EMAIL) at most 8 spans, and NAME, DATE, LOCATION and PHONE each at least as frequent as any other
  category; (4) clean messages also may not contain "Miss ", ".dcm" or an age over 89 written as "9x yo",
  "9x years old" or "9x-year-old"; (5) a page is at most 240 characters and a bot command starts with
  "/ask "; (6) every medium must reach both splits and the test split must be within 2 points of a third;
  (7) `check_brief_examples` holds the only example string quoted in this set's brief ("LAST, FIRST M",
  a format); (8) thresholds: at least 450 messages, clean share 45-55%, every category at least 2 spans
  and in both splits, AGE and MRN at least 10, every setting at least 20 clean and 20 identifier messages
  and both in both splits, every medium at least 8 messages, at least 150 bait terms of which 50 eponyms,
  each in 1-4 clean messages, at least half of them new to the v11-v13 inventories. Everything else is as
  in v13: slices equal the written substrings (on the built records and on the files read back), no
  overlaps, known categories, `clean` iff no spans, no duplicate texts, no span edge on a space or an
  invisible character, no span glued to a letter or digit (an AGE may be followed by a letter, as in
  "94M"), 1-4 kind tags, unique 28-character openings, forbidden strings and shapes in clean messages
  (`@`, `http`, `www.`, `example.`, `555`, `MRN`, `DOB`, `SSN`, titles, photo and audio extensions, m/d/y,
  ISO and dotted dates, "Mar 3"- and "3rd of March"-style dates, SSN and phone shapes, ten digits in a
  row), PHONE / FAX with 555 (spoken digits too), EMAIL / URL with "example", documentation IPs, SSNs
  starting with 9, no capitalised word of a NAME span in a clean message unless inside a registered bait
  term, every kind tag used twice or more in both splits.
- All identifiers are invented: 555 phone and fax numbers (one spoken digit by digit), example.org /
  example.com / example.net e-mails and URLs, documentation IPs (198.51.100.0/24, 203.0.113.0/24), SSNs
  starting 912 / 921, made-up MRNs, member, Medicaid and dental-plan ids, accounts, a driver's licence, a
  CDL, an NPI, a plate, device serials (port, CPAP, capsule recorder, intraocular lens, cochlear implant,
  loaner hearing aid), a court case, an APS case, a study enrollment number, a workers' comp claim, a
  specimen accession number, a fingerprint template and a voice recording. Towns and cities are real and
  used at random (mostly Wisconsin; also Tucson, Phoenix, Orlando, Duluth, Guadalajara, Manila); a few
  real street and highway names (Layton Ave, Hwy 54) are used as invented whereabouts; facility, school,
  church, daycare, group-home and company names (Mercy Ridge Medical Center, Prairie View Regional,
  Lakeshore General, Northshore Behavioral, St. Olaf Regional, Willow Creek, Cedar Pines, Heritage Oaks,
  Hillside Group Home, Little Acorns, Lakeside Optometry, Delafield Imaging, Fort Atkinson Audiology,
  Lincoln High, Hawthorne, Maple Grove and Roosevelt Elementary, Riverside Middle, Our Savior's,
  Brightway Home Care ...) are invented or generic and may exist somewhere by chance. No real patients;
  any resemblance to a real person or record is accidental.
- Split: fixed seed 20311104, 2:1 dev / test, stratified exactly as v13 does (clean / not clean,
  setting, setting x clean, kind tags and span categories; shuffled with the seed, ordered by the rarity
  of the rarest feature, each message to the split whose 1/3 : 2/3 quota is least filled). Running
  `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file and prints the stats.
- Record format (same as v3-v13): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets.

## Annotation conventions
The conventions of v13 (bench/data/phi_chat_v13/SOURCE.md, which restates v12's and, through them,
v11's back to v5's) apply unchanged: NAME for any person (patient, relative, guardian, clinician, staff,
clergy, deputy, caller), titles (Mr., Mrs., Ms., Dr. with or without the period, "Doctor" in dictation,
Nurse, Rev., Pastor, Deputy, Bishop as a church title), kinship words, "Baby Girl" and possessive 's
outside; eponyms, brands, programmes and scales never names; "LAST, FIRST M" one span; DATE for any date
element more specific than a year; AGE only over 89, number expression only; LOCATION for street
addresses, streets, highways, cities, counties, ZIP codes and named places tied to a patient; e-mails,
URLs and photo / video file names one span each; rooms, beds, bays, lanes, booths, ops, chairs and
extensions are not annotated. Category names (exactly v13's): NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN,
MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v14 (each follows from the earlier files):
- Word-names are NAME whatever the word means and whatever the case ("rose in 203", "faith is back",
  "hope", "summer", "brooks", "angel", "hunter"); the same word used as a word in an identifier message is
  not ("Summer students start Monday", "Bishop Alvin Coates" where Bishop is the title). A family called
  by its surname gives one NAME span for the surname, plural included ("Sandovals", "Nguyens", "Grants";
  "the Abernathy family", "the Bishop family", "the Iqbal family", "the Moreno kids", "the Venkataraman
  twins").
- Nicknames: a nickname written inside a legal name ("Josephine 'Jo' Marchand") gives three NAME spans
  (given name, nickname, surname; quotes outside); a nickname next to the legal name ("Rocky" ... "Rocco
  Benedetti", "Chukwuemeka Nwosu, goes by Emeka") is its own span (v11).
- A personal e-mail whose local part spells the patient's name is one EMAIL span (no NAME inside it); a
  login user name that spells a staff member ("tmalloy", "kbrooks") is NAME (v10 / v13); an update page
  and a portal link that embed a name are one URL span each.
- Places: the county of residence on a Medicaid form and the county of a commitment hearing are
  LOCATION (a geographic subdivision smaller than a state); a sheriff's office named after a county
  ("Jackson County Sheriff") is an agency and not annotated (v11's "Racine PD" rule); the highway where
  a patient was found, a rural fire-number address (one span), a lowercase town ("taylor", "west allis"),
  the city a relative is in or travels from, the city of a trip, a referring hospital, an optometry
  office, an imaging center, a group home, an assisted living, a daycare, a church and a school tied to
  the patient are LOCATION; "the hub", "the foundry", "the mill" and "the cabin" without a name are not.
- Numbers: a specimen accession number, a study enrollment number, an APS case, a court case and a
  workers' comp claim are ID; an NPI, a CDL and a driver's licence are LICENSE; a Medicare Advantage,
  commercial, Medicaid or dental-plan member id is HEALTH_PLAN; a guarantor account, a charity-care
  account and a dental billing account are ACCOUNT; serials of a port, a CPAP, a capsule-endoscopy
  recorder that went home with the patient, an intraocular lens, a cochlear implant and a loaner hearing
  aid are DEVICE (v13), while model names (PowerPort, AirSense 11) are not; the plate of an unknown car in
  the ambulance bay is VEHICLE (a person's plate, v11); a staff fingerprint template for a door and a
  patient's voice-therapy recording are BIOMETRIC (v11 / v12); a video of a patient's spells is PHOTO
  (v12's EEG video).
- DATE: "the 26th", "the 18th", "the 21st", "the 30th" give the ordinal (article outside); spoken dates
  ("June fourth twenty twenty", "eleven four sixty one", "May seventh nineteen sixty three", "March
  second") are whole spans; "03/09" and "03/17" in pasted lines are DATE; "Easter" without a date, a
  month alone ("until April"), "born 1961" and "(2019)" are not.
- AGE: "100", "91 y/o", "94M" ("94"), "93", "92", "96", "90", "ninety-two", "ninety seven", "ninety
  three", "ninety five", "ninety-nine", "Ninety-one", "ninety-one" in "ninety-one-year-old", "a hundred and
  two" (article inside, v11) and "age ninety" ("ninety") are AGE; "fever of 101", "BP 88/50", "day 21",
  "at 100%" and ages under 90 are not.

## Slips and limits disclosed
- The first full run of build.py failed `check_no_reuse` on one string quoted in v13's SOURCE.md:
  "Baby Boy" (in "Baby Boy Ramirez"); it became "the Ramirez newborn" before the final build. While
  writing, strings remembered from the SOURCE.md files as quoted examples were avoided before any run
  ("ninety two" was written "ninety-two", "a hundred and two" rather than a form with "one hundred", no
  "90 minutes", "90 min", "5th" or "on the 14th"). One bait term (Kleine-Levin) was at first not
  registered; it was added before the first run. The single capitalised name tokens shared with the
  v11-v13 files are listed after the counts; most are word-names and common names that the brief asks
  for (Hope, Faith, Grace, Rose, Summer, Long, Young, Hunter, Bishop, King ...), and a few (Anselm,
  Clement, Tobias, Nakashima, Rusty, Jerome) probably came back from reading the files. No full name and
  no quoted example string is shared (checked).
- Listing bench/data/ to find the allowed files showed the names of other folders there (drafting
  folders, phi_chat.jsonl, the v2-v13 folders); none was opened beyond the allowed files. The first
  display of v11's SOURCE.md was cut in the middle by the terminal, and the missing lines were printed in
  two more commands. No git command was run (the brief forbade it), so no status listing is reported.
- The messages were written directly into this build.py (no scratch files outside this folder); while
  drafting, the partial file was checked with `python3 -c` and runpy (with bytecode writing off) and the
  full build was run in place, which rewrote dev.jsonl, test.jsonl and SOURCE.md each time; those files
  were never opened. Only the four files of this folder were written in the repository, and nothing was
  committed. One slip outside the folder: the output of one late build run was redirected to a scratch
  file in /tmp to read its last lines; the file was deleted right after.
- Some people recur on purpose: Mrs. Grant (SNF chat and an /ask command), Lorena Castillo (voicemail
  and /ask), Esther Goldfarb (dictation and /ask); annotations are the same each time. Many word-names
  recur for different people on purpose (Grant in 7 messages, Ray 6, Hunter 6, Brooks 5, Summer(s) 5,
  Young 4, Hope 4, Faith 4, Rose 4, Long 3, Bishop 3); other given names recur by chance (Marcus, Colleen, Dale, Priya,
  Dominic, Cody, Ben, Everett).
- Realism limits: the rarer categories still appear more often than in a real fortnight; every e-mail,
  voicemail and EHR line carries identifiers, while 20 of the 23 /ask commands and 15 of the 26 pages are
  clean; there are no non-Latin-script names; the lowercase medium carries more names than real quick
  typing might.
- Real people and things in clean messages: eponyms name real historical people; Martin Luther King Jr.
  Day is a federal holiday; Tarasoff is a published legal case; Make-A-Wish, the Children's Oncology
  Group, the Brighton Collaboration, the AASM, the AHA and the WAO are real organisations, and the brands
  are real.
"""

if __name__ == "__main__":
    main()
