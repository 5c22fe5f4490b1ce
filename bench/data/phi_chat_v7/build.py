#!/usr/bin/env python3
"""Build the independent PHI evaluation set v7 (dev/test JSONL + SOURCE.md).

Setting: the team chat (with the clinical assistant bot) of specialty services that the earlier sets did
not cover: oncology and the infusion center, rheumatology, endocrinology, nephrology and dialysis,
dermatology, ophthalmology, neurology, infectious disease and antimicrobial stewardship, inpatient and
outpatient pharmacy, the radiology and pathology reading rooms, anesthesia and the OR, dental / oral
surgery, PM&R and rehab, medical genetics, research coordinators, quality and patient safety, residency
and medical education (journal club, board review, conferences), and IT / informatics and billing /
coding.  This set stresses FALSE ALARMS: about 70% of the messages are clean and packed with look-alikes
(eponyms used bare, place-named diseases and criteria, organisms, drug and device brands, organisations,
trials, textbooks, numbers that look like dates or ages, roles, ordinary words that are also names).

Every message below was written by hand, one by one, for this set by an author who did not read the
detector's code, its tests or its benchmark scripts, nor the messages of the earlier sets (v1-v6).
Only v5's and v6's SOURCE.md and the helper / check / split code of v6's build.py were read; that
structure is reused here with a new seed and v7-specific checks.  All names, numbers, addresses,
e-mails, URLs and IPs are invented (555 phone numbers, example.org / example.com / example.net domains,
documentation IP ranges, SSNs starting 9xx, made-up MRNs, member ids, plates, VINs, serials, licence
numbers, accession and case numbers).

Offsets are computed with str.find on the exact identifier substring, scanning left to right, so the
spans of a message are listed in order of appearance.  A span may be given as (substring, category, n)
to take the n-th occurrence after the previous span (used when an eponym, drug or ordinary word with the
same spelling comes first).

Kept in build.py only (not written to the records): the specialty / service of each message (first
argument of M), the medium it came from (second argument), and the inventory of capitalised bait terms
(T(kind, ...)) used in the clean messages.  The checks make sure every inventory entry occurs in at
least one clean message and in at most MAX_REUSE of them, and SOURCE.md reports the counts.

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, re, collections

CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20270322
MSGS = []
SETTINGS = collections.OrderedDict([
    ("ONC", "oncology and infusion center"),
    ("RHEUM", "rheumatology"),
    ("ENDO", "endocrinology"),
    ("NEPH", "nephrology and dialysis"),
    ("DERM", "dermatology"),
    ("OPHTH", "ophthalmology"),
    ("NEURO", "neurology"),
    ("ID", "infectious disease and antimicrobial stewardship"),
    ("PHARM", "inpatient and outpatient pharmacy"),
    ("RADPATH", "radiology and pathology reading rooms"),
    ("ANES", "anesthesia and the OR"),
    ("DENT", "dental and oral surgery"),
    ("REHAB", "PM&R and rehab"),
    ("GEN", "medical genetics"),
    ("RES", "research coordinators"),
    ("QPS", "quality and patient safety"),
    ("MEDED", "residency and medical education"),
    ("ITBILL", "IT / informatics and billing / coding"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line, thread reply or bot command"),
    ("email", "pasted e-mail"),
    ("report", "pasted radiology / pathology / lab / procedure report header"),
    ("order", "pasted order, infusion or OR schedule line, MAR or protocol excerpt"),
    ("ticket", "pasted IT ticket, EHR alert or safety event report"),
    ("billing", "pasted claim, denial, coding query or charge line"),
    ("notice", "pasted announcement: conference, journal club, newsletter, policy"),
    ("letter", "pasted referral / consult letter or patient-portal message"),
])
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: diseases, signs, tests, classifications, scores, operations, approaches, instruments, catheters"),
    ("place", "place names in diseases, viruses, criteria, classifications, protocols, reports and travel screens"),
    ("brand", "drug, device and product brands and manufacturers (many are names or words)"),
    ("organism", "organisms (genus / species, genus alone)"),
    ("score", "named scores, scales, criteria, classifications, regimens and lab tests that are not eponyms; gene symbols"),
    ("org", "organisations, agencies, guideline bodies, societies, registries, EHR vendors"),
    ("book", "textbooks, trials and board-review resources"),
])
TERMS = collections.OrderedDict((k, []) for k in TERM_KINDS)
MAX_REUSE = 4

# invisible / special characters used in the Unicode variants (pasted-from-EHR noise)
ZW, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"

def FW(s):
    """ASCII digits/letters -> full-width forms (U+FF10.. / U+FF21..)."""
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)

def T(kind, *terms):
    """Register capitalised clinical bait terms used in the clean messages."""
    assert kind in TERMS, kind
    TERMS[kind].extend(terms)

def M(setting, medium, text, spans, kinds):
    assert setting in SETTINGS, setting
    assert medium in MEDIA, medium
    ks = []
    for k in kinds.split():
        if k not in ks:
            ks.append(k)
    assert 1 <= len(ks) <= 4, (text, ks)
    MSGS.append((text, spans, ks, setting, medium))

# =============================================================================================
# Checks, split and output (structure reused from v6's build.py; thresholds adapted to v7's 70% clean)
# =============================================================================================
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "DOB", "SSN", "Dr. ", "Mr. ", "Mrs. ",
                   "Ms. "]
MIN_MESSAGES = 480
CLEAN_SHARE = (0.66, 0.74)
MIN_SPANS_PER_CAT = 5
MIN_TERMS = 400
MIN_EPONYMS = 200
MIN_PER_SETTING = {True: 12, False: 5}   # clean / with identifiers
MIN_PER_MEDIUM = 8

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

def term_re(term):
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(term) + r"(?![A-Za-z0-9])")

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
    big = ("NAME", "DATE", "LOCATION", "AGE", "MRN", "PHONE")
    for b in big:
        assert all(cat[b] >= cat[c] for c in CATS if c not in big), (b, cat)
    sc = collections.Counter((r["setting"], r["clean"]) for r in recs)
    for s in SETTINGS:
        for cl in (True, False):
            assert sc[(s, cl)] >= MIN_PER_SETTING[cl], ("too few messages for setting", s, cl, sc[(s, cl)])
    mc = collections.Counter(r["medium"] for r in recs)
    for m in MEDIA:
        assert mc[m] >= MIN_PER_MEDIUM, ("too few messages from medium", m, mc[m])

def split(recs):
    """Deterministic stratified 2:1 dev/test split with a fixed seed (SEED).

    Features of a message: its kind tags, the categories of its spans ("CAT:NAME", ...), "CLEAN" or
    "PHI", and "ALL". Messages are shuffled with random.Random(SEED), then ordered by the rarity of
    their rarest feature (rarest strata first; the shuffle breaks ties). Each message then goes to the
    split whose quota for its features is least filled: test aims at 1/3 and dev at 2/3 of every
    feature's count. This keeps every kind and category close to 2:1 and spreads rare ones over both
    splits."""
    def feats(r):
        f = set(r["kinds"]) | {"CAT:" + s["category"] for s in r["spans"]}
        f.add("CLEAN" if r["clean"] else "PHI")
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

def stats(recs):
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    kinds = collections.Counter(k for r in recs for k in set(r["kinds"]))
    return len(recs), sum(r["clean"] for r in recs), cat, kinds

def setting_media_tables(recs):
    c = collections.Counter((r["setting"], r["clean"]) for r in recs)
    lines = ["", "### Messages per specialty / service (build.py only)", "",
             "| specialty / service | clean | with identifiers | total |", "|---|---|---|---|"]
    for k, desc in SETTINGS.items():
        lines.append(f"| {desc} | {c[(k, True)]} | {c[(k, False)]} | {c[(k, True)] + c[(k, False)]} |")
    d = collections.Counter((r["medium"], r["clean"]) for r in recs)
    lines += ["", "### Messages per medium (build.py only)", "",
              "| medium | clean | with identifiers | total |", "|---|---|---|---|"]
    for k, desc in MEDIA.items():
        lines.append(f"| {desc} | {d[(k, True)]} | {d[(k, False)]} | {d[(k, True)] + d[(k, False)]} |")
    return lines

def term_table(recs):
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
    for kind, terms in TERMS.items():
        lines += ["", f"- {kind} ({len(terms)}): " + ", ".join(sorted(terms, key=str.lower)) + "."]
    return lines

def name_form_line(recs):
    names = [r["text"][s["start"]:s["end"]] for r in recs for s in r["spans"] if s["category"] == "NAME"]
    return (f"NAME spans: {len(names)} ({len(set(names))} distinct strings; "
            f"{sum(1 for n in names if n.isupper() and len(n) > 3)} ALL CAPS, "
            f"{sum(1 for n in names if n.islower())} all lowercase, "
            f"{sum(1 for n in names if ',' in n)} 'Last, First', "
            f"{sum(1 for n in names if '-' in n)} hyphenated, "
            f"{sum(1 for n in names if any(ord(ch) > 127 for ch in n))} with non-ASCII letters).")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = build_records()
    validate(recs)
    check_span_texts(recs, MSGS)
    assert not WARN, "\n".join(WARN)
    check_openings(recs)
    check_terms(recs)
    check_mix(recs)
    dev, test = split(recs)
    assert len(dev) + len(test) == len(recs)
    write(os.path.join(here, "dev.jsonl"), dev, "dev")
    write(os.path.join(here, "test.jsonl"), test, "test")
    reread = []
    for fn in ("dev.jsonl", "test.jsonl"):
        rr = [json.loads(l) for l in open(os.path.join(here, fn), encoding="utf-8")]
        validate(rr)
        for r in rr:
            assert set(r) == {"id", "text", "spans", "clean", "kinds"}, r
            for sp in r["spans"]:
                assert set(sp) == {"start", "end", "category"}, sp
        reread += rr
    ids = [r["id"] for r in reread]
    assert len(set(ids)) == len(ids)
    validate(reread)   # no duplicate text across the two splits either
    # the written records, matched back to MSGS by text, carry exactly the spans written in build.py
    by_text = {r["text"]: r for r in reread}
    assert len(by_text) == len(MSGS)
    for text, spans, kinds, setting, medium in MSGS:
        r = by_text[text]
        assert [text[s["start"]:s["end"]] for s in r["spans"]] == [sp[0] for sp in spans], text
        assert r["clean"] == (not spans), text
    sd, st = stats(dev), stats(test)
    missing_c = [c for c in CATS if sd[2][c] == 0 or st[2][c] == 0]
    assert not missing_c, missing_c
    assert 0.64 <= sd[0] / (sd[0] + st[0]) <= 0.69, (sd[0], st[0])   # about 2:1
    head = (SOURCE_HEAD.replace("@@CLEAN@@", str(sd[1] + st[1])).replace("@@ALL@@", str(sd[0] + st[0]))
            .replace("@@TERMS@@", str(sum(len(v) for v in TERMS.values())))
            .replace("@@EPONYMS@@", str(len(TERMS["eponym"]))))
    lines = [head.rstrip(), "", "## Counts (generated by build.py)", "",
             "| | dev | test | total |", "|---|---|---|---|",
             f"| messages | {sd[0]} | {st[0]} | {sd[0]+st[0]} |",
             f"| clean (no spans) | {sd[1]} | {st[1]} | {sd[1]+st[1]} |",
             f"| with identifiers | {sd[0]-sd[1]} | {st[0]-st[1]} | {sd[0]-sd[1]+st[0]-st[1]} |",
             f"| spans total | {sum(sd[2].values())} | {sum(st[2].values())} | {sum(sd[2].values())+sum(st[2].values())} |",
             "", "### Spans per category", "", "| category | dev | test | total |", "|---|---|---|---|"]
    for c in CATS:
        lines.append(f"| {c} | {sd[2][c]} | {st[2][c]} | {sd[2][c]+st[2][c]} |")
    lines += ["", name_form_line(recs)]
    lines += setting_media_tables(recs)
    lines += term_table(recs)
    lines += ["", "### Messages per kind tag", "", "| kind | dev | test | total |", "|---|---|---|---|"]
    allk = sorted(set(sd[3]) | set(st[3]), key=lambda k: (-(sd[3][k] + st[3][k]), k))
    for k in allk:
        lines.append(f"| {k} | {sd[3][k]} | {st[3][k]} | {sd[3][k]+st[3][k]} |")
    missing_k = [k for k in allk if sd[3][k] + st[3][k] >= 2 and (sd[3][k] == 0 or st[3][k] == 0)]
    assert not missing_k, ("kind tag used twice or more but missing from a split", missing_k)
    with open(os.path.join(here, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    allc = sd[2] + st[2]
    print("messages", sd[0] + st[0], "dev", sd[0], "test", st[0])
    print("clean", sd[1] + st[1], "dev", sd[1], "test", st[1])
    print("spans", sum(allc.values()), {c: allc[c] for c in CATS})
    print(name_form_line(recs))
    print("inventory terms", sum(len(v) for v in TERMS.values()), "eponyms", len(TERMS["eponym"]))
    print("kinds used once:", [k for k in allk if sd[3][k] + st[3][k] == 1])

# =============================================================================================
# Oncology and infusion center
# =============================================================================================
T("eponym", "Whipple")
T("score", "FOLFIRINOX", "CA 19-9")
M("ONC", "chat", "Tumor board moved the pancreatic head case to a Whipple path after six cycles of FOLFIRINOX; surgery wants a repeat CA 19-9 before they commit.",
  [], "eponym-bare score dose-lab")
T("brand", "Keytruda")
M("ONC", "chat", "Infusion chair 14 needs the Keytruda hung by 0930 or the 21-day cycle slips again; bag is verified and in the tube station.",
  [], "drug-brand-name clock-time room-bed-number")
T("brand", "Opdivo")
M("ONC", "chat", "Quick one: is Opdivo still flat-dosed at 480 mg q4w for adjuvant melanoma here, or did the order set go back to weight-based?",
  [], "drug-brand-name dose-lab quick-question")
T("book", "CheckMate 067")
M("ONC", "chat", "/evidence ipi plus nivo vs nivo alone in unresectable stage III/IV melanoma, what did CheckMate 067 show at the 6.5-year update?",
  [], "slash-command trial-name score-fraction")
T("score", "ECOG")
M("ONC", "chat", "ECOG went from 1 to 2 since cycle 3/6. Do we drop carboplatin to AUC 4 or hold a week and reassess on Tuesday?",
  [], "score score-fraction dose-lab weekday")
T("eponym", "Hickman")
M("ONC", "chat", "Hickman exit site is clean, no tunnel tenderness or drainage; both lumens flushed with heparin 100 units/mL and capped.",
  [], "eponym-bare device-brand dose-lab")
T("eponym", "Broviac")
M("ONC", "chat", "That 4.2 Fr Broviac belongs to the pediatric heme service, not ours. Redirect the supply tech to their infusion room on 3.",
  [], "eponym-bare room-bed-number")
T("eponym", "Ommaya")
M("ONC", "chat", "Ommaya tap for intrathecal methotrexate is on the procedure board for Thursday at 1300; the neurosurgery fellow is doing it.",
  [], "eponym-bare weekday clock-time")
T("org", "NCCN")
T("score", "HER2")
M("ONC", "notice", "Guideline update: NCCN breast panel now gives HER2-low disease its own pathway for trastuzumab deruxtecan. Slides from the noon huddle are in the shared folder.",
  [], "organization guideline gene-protein")
T("place", "Ann Arbor", "Deauville")
M("ONC", "chat", "Ann Arbor IIB with bulky mediastinal disease, Deauville 4 on the interim PET. Heme attending leans toward escalation.",
  [], "place-rule score")
T("place", "Lugano")
T("score", "RECIST")
M("ONC", "chat", "Coordinator question: the lymphoma protocol allows Lugano or RECIST 1.1 for response, but we have to pick one per subject at baseline.",
  [], "place-rule score trial-name")
T("eponym", "Gleason")
T("brand", "Decipher")
M("ONC", "chat", "Gleason 4+3=7, grade group 3, PSA 11.2. GU onc suggests a Decipher score before deciding between 6 and 18 months of ADT.",
  [], "eponym-bare score-fraction dose-lab drug-brand-name")
T("eponym", "Auer")
T("place", "Philadelphia chromosome")
T("score", "FLT3", "NPM1")
M("ONC", "chat", "Smear has Auer rods, so treat it as AML until flow says otherwise. Send the Philadelphia chromosome FISH plus FLT3 and NPM1 today.",
  [], "eponym place-disease gene-protein")
T("eponym", "Reed-Sternberg", "Hodgkin")
M("ONC", "chat", "Reed-Sternberg cells on the core biopsy, classic Hodgkin per path. Get PFTs and an echo before the first ABVD.",
  [], "eponym common-word-not-name")
T("eponym", "Trousseau")
T("brand", "Eliquis")
M("ONC", "chat", "Looks like Trousseau again, new superficial clots in both arms. Switching from Eliquis to enoxaparin 1 mg/kg BID per heme.",
  [], "eponym-bare drug-brand-name dose-lab")
T("eponym", "Virchow")
M("ONC", "chat", "Virchow node is palpable in the left supraclavicular fossa now; GI onc wants an FNA rather than an excisional.",
  [], "eponym-bare")
T("eponym", "Sister Mary Joseph")
M("ONC", "chat", "Sister Mary Joseph nodule noted on today's exam. Gyn onc is aware, CT chest/abdomen/pelvis ordered, no family at bedside.",
  [], "eponym relative-not-named")
T("eponym", "Pancoast", "Horner")
M("ONC", "chat", "Pancoast tumor with a right Horner. Rad onc will see him Monday for simulation and consider concurrent chemo.",
  [], "eponym-bare weekday")
T("brand", "Neulasta", "Onpro")
M("ONC", "chat", "The Neulasta Onpro goes on in the chair on day 1 and fires about 27 hours later, so she does not need to come back Saturday for a shot.",
  [], "drug-brand-name device-brand weekday")
M("ONC", "order", "MAR excerpt: bendamustine 90 mg/m2 IV over 10 min, lot 4K27B, expiry checked, witnessed double check by 2 RNs, chair 11.",
  [], "lot-number dose-lab room-bed-number")
T("score", "CTCAE")
M("ONC", "chat", "Reminder from the QI nurse: CTCAE grade 3 neutropenia is ANC 500-999. Please chart the grade itself, not 'low counts'.",
  [], "score dose-lab staff-role")
T("score", "UGT1A1")
M("ONC", "chat", "Hope the bilirubin drifts down before cycle 4; if UGT1A1 comes back *28/*28 irinotecan gets a big reduction anyway.",
  [], "common-word-not-name gene-protein dose-lab")
T("score", "FOLFOX")
M("ONC", "notice", "Chemo teaching sheets for FOLFOX are under Patient Ed > GI on the share drive. The Spanish and Somali versions are back from translation this week.",
  [], "admin-chatter score")
T("brand", "Kadcyla", "Enhertu")
M("ONC", "chat", "Pharmacy flagged a look-alike risk: Kadcyla and Enhertu both sitting in bin 7. Moving Enhertu to bin 12 with a red tall-man label.",
  [], "drug-brand-name room-bed-number")
M("ONC", "chat", "Mr. Whipple (yes, that is really his name) is post-Whipple day 9, eating half his trays, Creon with every meal and snack.",
  [("Whipple", "NAME")], "name-eponym-surname name-collision drug-brand-name")
M("ONC", "chat", "Chair 9 today is Ruth Okonkwo-Bell for C2D1 gemcitabine; she asked if her sister can sit with her for the whole infusion.",
  [("Ruth Okonkwo-Bell", "NAME")], "name-hyphenated relative-not-named")
M("ONC", "email", "From: Lakeshore Cancer Center Records\nSubject: outside records\nHOLLOWAY, GRANT T (DOB 04/11/1958) - path and imaging sent to your fax, please confirm receipt. Our fax for questions: 608-555-0147. 22 pages.",
  [("Lakeshore Cancer Center", "LOCATION"), ("HOLLOWAY, GRANT T", "NAME"), ("04/11/1958", "DATE"), ("608-555-0147", "FAX")],
  "email-paste name-allcaps dob fax")
M("ONC", "order", "Infusion schedule 3/24: 0800 Faith Adeyemi (MRN 44718230) C5 FOLFOX; 0830 Sterling Abernathy pump disconnect; 0900 open; 0930 Hope Villanueva hydration only.",
  [("3/24", "DATE"), ("Faith Adeyemi", "NAME"), ("44718230", "MRN"), ("Sterling Abernathy", "NAME"), ("Hope Villanueva", "NAME")],
  "name-common-word mrn date-numeric name-list")
M("ONC", "chat", "Oncogeriatrics consult: 93-year-old with new DLBCL, G8 score 11. Her daughter Linda wants R-mini-CHOP explained before she agrees to anything.",
  [("93", "AGE"), ("Linda", "NAME")], "age-over-89-digits name-relative name-given-only")
M("ONC", "chat", "Please call Dominic Ferrante back about his neutropenic fever instructions at 414-555-0182, he prefers after 2 pm.",
  [("Dominic Ferrante", "NAME"), ("414-555-0182", "PHONE")], "name-plain phone clock-time")
M("ONC", "chat", "Lenalidomide REMS authorization 7731-0482-556 for Patience Mbeki expires this week; redo her survey before Friday's fill.",
  [("7731-0482-556", "ID"), ("Patience Mbeki", "NAME")], "other-id name-common-word weekday")
M("ONC", "billing", "Copay foundation form, Opdivo: patient Henrik Solberg, member ID W88417302, guarantor account 30029174, last 4 of SSN 6618.",
  [("Henrik Solberg", "NAME"), ("W88417302", "HEALTH_PLAN"), ("30029174", "ACCOUNT"), ("6618", "SSN")],
  "health-plan account ssn-partial")
M("ONC", "chat", "Home CADD pump serial 11-0483722 went out with Tran Thi Mai on 3/19 for the 46-hour 5-FU; disconnect is Friday at 1000.",
  [("11-0483722", "DEVICE"), ("Tran Thi Mai", "NAME"), ("3/19", "DATE")], "device-serial name-non-english date-numeric")
# =============================================================================================
# Rheumatology
# =============================================================================================
T("eponym", "Schirmer", "Sjögren")
T("org", "ACR", "EULAR")
M("RHEUM", "chat", "Schirmer under 5 mm at 5 minutes in both eyes plus anti-SSA positive; with the lip biopsy that meets ACR/EULAR Sjögren classification.",
  [], "eponym score-fraction organization")
T("eponym", "Heberden", "Bouchard")
M("RHEUM", "chat", "Heberden and Bouchard nodes, no MCP swelling, normal CRP. This is erosive OA at most, not seropositive RA; hand therapy referral is fine.",
  [], "eponym-bare dose-lab")
T("eponym", "Gottron")
T("score", "MDA5")
M("RHEUM", "chat", "Gottron papules plus heliotrope rash. Check CK, aldolase and anti-MDA5 today, and get a high-res CT because of the ILD risk.",
  [], "eponym gene-protein")
T("eponym", "Raynaud")
T("score", "Scl-70")
M("RHEUM", "chat", "Raynaud with digital pitting and puffy fingers: nailfold capillaroscopy and Scl-70 please, and a baseline echo for PAH screening.",
  [], "eponym-bare score")
T("eponym", "Schober")
M("RHEUM", "chat", "Modified Schober 3 cm, occiput-to-wall 4 cm, chest expansion 2.5 cm. Looks axial SpA; repeat MRI of the SI joints with STIR.",
  [], "eponym dose-lab")
T("brand", "Humira", "Hadlima", "Yusimry")
M("RHEUM", "notice", "Formulary note: from next quarter the payer prefers Hadlima or Yusimry over Humira. The switch letter template in the EHR has been updated.",
  [], "drug-brand-name admin-chatter")
T("eponym", "Jaccoud")
M("RHEUM", "chat", "Board review Q for the fellows: Jaccoud arthropathy is reducible and non-erosive, true or false? Answer in thread, no peeking at UpToDate.",
  [], "eponym-bare board-review")
T("eponym", "Libman-Sacks")
T("book", "TRAPS")
M("RHEUM", "chat", "Libman-Sacks on the TEE in a triple-positive APS patient. Warfarin, not a DOAC; the TRAPS trial was stopped early for excess events.",
  [], "eponym trial-name")
T("eponym", "Still's", "Yamaguchi")
M("RHEUM", "chat", "Adult-onset Still's looks likely: ferritin 18,400, glycosylated fraction under 20%, salmon rash with the fever spikes. Yamaguchi criteria met.",
  [], "eponym dose-lab")
T("brand", "Krystexxa")
T("score", "G6PD")
M("RHEUM", "chat", "Tophi on both olecranons and a urate of 9.8. Krystexxa needs a G6PD result before the first infusion, plus methotrexate co-therapy.",
  [], "drug-brand-name gene-protein dose-lab")
T("place", "Milwaukee shoulder")
M("RHEUM", "chat", "Aspirated 60 mL of blood-tinged fluid with basic calcium phosphate crystals from the right shoulder. Radiology calls it Milwaukee shoulder.",
  [], "place-disease dose-lab")
T("eponym", "Wegener")
M("RHEUM", "chat", "Wegener is the old name, please write GPA in the consult note. PR3-ANCA positive, c-ANCA 1:640.",
  [], "eponym titer")
T("place", "Birmingham")
M("RHEUM", "chat", "Birmingham vasculitis activity score down from 22 at induction to 14 today after the second rituximab dose.",
  [], "place-rule score")
T("eponym", "Patrick", "Gaenslen")
M("RHEUM", "chat", "Patrick and Gaenslen both positive on the left, reproduces the buttock pain. SI joint injection under fluoro before we escalate biologics?",
  [], "eponym-bare quick-question")
T("brand", "QuantiFERON", "Rinvoq")
M("RHEUM", "chat", "Mark the QuantiFERON as resulted, negative. Rinvoq can start once the hep B core antibody posts.",
  [], "common-word-not-name drug-brand-name")
T("eponym", "Felty")
M("RHEUM", "chat", "Felty triad on the board review slide: long-standing RA, splenomegaly, neutropenia. Rare these days with methotrexate started early.",
  [], "eponym-bare board-review")
T("eponym", "Caplan")
M("RHEUM", "chat", "Caplan nodules on the chest CT in a seropositive RA patient who worked 30 years in a foundry. Pulm wants PFTs with DLCO.",
  [], "eponym years-experience")
T("eponym", "Behçet")
M("RHEUM", "chat", "Behçet pathergy read at 48 h: a 2 mm papule, positive. Ophthalmology will slit-lamp her this afternoon for uveitis.",
  [], "eponym dose-lab")
T("eponym", "Takayasu")
M("RHEUM", "chat", "Arm pressures differ by 24 mmHg and there is a subclavian bruit. In a woman under 40 think Takayasu and get an MRA of the arch.",
  [], "eponym-bare vitals age-under-90")
T("score", "DAS28-CRP")
T("brand", "Actemra")
M("RHEUM", "chat", "DAS28-CRP 2.4 at week 24, under 2.6 so technically remission. Keep Actemra every 4 weeks and taper the prednisone to 2.5.",
  [], "score dose-lab drug-brand-name")
T("brand", "Benlysta", "Saphnelo")
M("RHEUM", "notice", "Benlysta autoinjector teaching: Tuesday 2-4 pm in the infusion classroom. Saphnelo patients stay on the monthly IV schedule.",
  [], "drug-brand-name weekday clock-time")
T("eponym", "Reiter")
M("RHEUM", "chat", "Calling it Reiter is discouraged now; reactive arthritis after the Chlamydia test came back, so doxy for her partner too.",
  [], "eponym-bare organism relative-not-named")
T("organism", "Chlamydia")
M("RHEUM", "chat", "Mrs. Sjogren's lip biopsy: focus score 2. She jokes every visit that she must have Sjögren with a name like hers.",
  [("Sjogren", "NAME")], "name-eponym-surname name-collision name-possessive")
M("RHEUM", "chat", "Fellow Anjali Raghunathan will see Teodoro Villalobos Ruiz at 10:40; prior auth for Actemra is PA-2027-118834.",
  [("Anjali Raghunathan", "NAME"), ("Teodoro Villalobos Ruiz", "NAME"), ("PA-2027-118834", "ID")], "name-clinician name-non-english other-id")
M("RHEUM", "letter", "Portal message: I uploaded hands_swollen_kwiatkowski_0315.jpeg so you can see how puffy my knuckles got after I stopped the methotrexate. - Halina",
  [("hands_swollen_kwiatkowski_0315.jpeg", "PHOTO"), ("Halina", "NAME")], "portal-message photo-filename name-given-only")
M("RHEUM", "chat", "Ninety-four and still gardening: Edda Brekke, PMR, down to prednisone 5 mg without a flare.",
  [("Ninety-four", "AGE"), ("Edda Brekke", "NAME")], "age-over-89-words name-plain")
M("RHEUM", "order", "Specialty pharmacy ship-to for Benlysta: Marisol Quiñones, 4417 Larkspur Ct Apt 2B, Sheboygan 53081; member ID BCX447120983.",
  [("Marisol Quiñones", "NAME"), ("4417 Larkspur Ct Apt 2B", "LOCATION"), ("Sheboygan", "LOCATION"), ("53081", "LOCATION"), ("BCX447120983", "HEALTH_PLAN")],
  "address zip health-plan name-non-english")
M("RHEUM", "chat", "GCA follow-up: Art Feldman, temporal artery biopsy 3/11 positive, Actemra started 3/15, vision stable.",
  [("Art Feldman", "NAME"), ("3/11", "DATE"), ("3/15", "DATE")], "name-common-word date-numeric")
M("RHEUM", "chat", "Shirley Two Bulls called the nurse line from 605-555-0119 with a lupus flare; she can't reach her rheumatologist in Rapid City.",
  [("Shirley Two Bulls", "NAME"), ("605-555-0119", "PHONE"), ("Rapid City", "LOCATION")], "name-plain phone city")
M("RHEUM", "ticket", "Interaction alert fired for MRN 20938817 (Gene Castellanos): colchicine with clarithromycin. Prescriber override reason missing.",
  [("20938817", "MRN"), ("Gene Castellanos", "NAME")], "mrn name-common-word")
# =============================================================================================
# Endocrinology
# =============================================================================================
T("eponym", "Tanner")
M("ENDO", "chat", "Tanner 3 breast and Tanner 2 pubic hair at age 7, bone age reads 10. Start the central precocious puberty workup with a basal LH.",
  [], "eponym-bare age-under-90")
T("brand", "Ozempic", "Mounjaro")
M("ENDO", "chat", "Ozempic is on backorder again at the outpatient pharmacy. Switch her to Mounjaro 2.5 mg weekly or wait for the 0.25 mg pens?",
  [], "drug-brand-name dose-lab quick-question")
T("brand", "Jardiance", "Lantus")
M("ENDO", "chat", "Jardiance added last month; fasting sugars still 140-160, so bump the Lantus by 2 units every 3 days until under 130.",
  [], "drug-brand-name dose-lab")
T("brand", "Toujeo", "Tresiba")
M("ENDO", "chat", "For the nocturnal lows I'd go Toujeo to Tresiba at 80% of the current dose; the flatter profile should help overnight.",
  [], "drug-brand-name dose-lab")
T("brand", "Libre", "Skin Tac")
M("ENDO", "chat", "Libre 3 sensors keep falling off by day 5. Summer is brutal on adhesives; suggest Skin Tac and an overpatch.",
  [], "device-brand common-word-not-name")
T("brand", "Dexcom")
T("score", "MARD")
M("ENDO", "chat", "Dexcom G7 vs fingersticks differ by 40 mg/dL at the low end. MARD is always worse in the hypoglycemic range, confirm with a meter.",
  [], "device-brand dose-lab")
T("brand", "Omnipod", "Tandem")
M("ENDO", "chat", "Omnipod 5 in automated mode, target 110. Her plan covers pods at a higher copay than the Tandem cartridges, so she may switch.",
  [], "device-brand insurer")
T("eponym", "Chvostek")
M("ENDO", "chat", "Chvostek positive on POD 1 after total thyroidectomy, calcium 7.6, ionized 0.98. Start the calcium gluconate drip and calcitriol.",
  [], "eponym-bare dose-lab")
T("eponym", "Wolff-Chaikoff")
M("ENDO", "chat", "That TSH bump after the contrast load is Wolff-Chaikoff, no need to start anything; recheck in 6 weeks.",
  [], "eponym")
T("eponym", "Jod-Basedow", "Doppler")
M("ENDO", "chat", "Jod-Basedow is the flip side. For amiodarone thyrotoxicosis, type 1 vs type 2 hinges on the color Doppler flow.",
  [], "eponym")
T("eponym", "Hashimoto")
M("ENDO", "chat", "Hashimoto pattern on the ultrasound, heterogeneous echotexture, TPO over 600. Levothyroxine 1.6 mcg/kg since she is planning pregnancy.",
  [], "eponym-bare dose-lab")
T("eponym", "Graves")
T("brand", "Tepezza")
M("ENDO", "chat", "Graves with orbitopathy, clinical activity score 4/7. Time to talk with ophthalmology about Tepezza and hearing monitoring.",
  [], "eponym-bare score-fraction drug-brand-name")
T("eponym", "Cushing")
M("ENDO", "chat", "Cushing screening order set: late-night salivary cortisol twice and a 1 mg dex suppression. Please stop ordering random AM cortisols for this.",
  [], "eponym-bare dose-lab")
T("eponym", "Addison")
M("ENDO", "order", "Addison crisis protocol: hydrocortisone 100 mg IV push, then 50 mg IV q6h, NS wide open, stress-dose wallet card before discharge.",
  [], "eponym-bare dose-lab")
T("eponym", "Nelson")
M("ENDO", "chat", "Nelson after bilateral adrenalectomy: darker skin, ACTH in the thousands and the pituitary lesion grew 4 mm. Neurosurgery consult.",
  [], "eponym-bare dose-lab")
T("eponym", "Sheehan")
M("ENDO", "chat", "Sheehan until proven otherwise: postpartum hemorrhage, cannot lactate, now fatigued. Prolactin, cortisol and free T4 this morning.",
  [], "eponym-bare")
T("eponym", "Kallmann")
M("ENDO", "chat", "Kallmann with anosmia in a 19 year old. Testosterone gel now, switch to hCG injections whenever he wants fertility.",
  [], "eponym-bare age-under-90")
T("eponym", "Klinefelter")
M("ENDO", "chat", "Karyotype 47,XXY confirms Klinefelter. Referral to genetics and to urology for sperm retrieval counseling is placed.",
  [], "eponym-bare code-number")
M("ENDO", "chat", "Whipple triad documented: symptoms, glucose 42, relief with dextrose. Admit for the supervised 72-hour fast Monday.",
  [], "eponym weekday dose-lab")
T("place", "Bethesda")
T("brand", "Afirma", "ThyroSeq")
M("ENDO", "report", "Thyroid FNA, right lobe 2.1 cm: Bethesda IV, follicular neoplasm. Afirma GSC sent; reflex ThyroSeq if suspicious.",
  [], "place-rule score")
T("score", "TI-RADS")
M("ENDO", "chat", "TI-RADS 4, 1.6 cm nodule. The ACR cut-off for FNA at TR4 is 1.5 cm, so yes, biopsy it.",
  [], "score organization")
T("org", "Endocrine Society")
M("ENDO", "chat", "Endocrine Society guideline for hypercalcemia of malignancy favors denosumab over zoledronic acid when the GFR is poor.",
  [], "organization guideline")
T("score", "FRAX")
T("brand", "Prolia", "Evenity")
M("ENDO", "chat", "FRAX major osteoporotic 23%, hip 4.1%. Prolia or Evenity? Evenity carries the MI signal and he had a stent last year.",
  [], "score drug-brand-name")
M("ENDO", "billing", "Bill the CGM interpretation 95251 once per 30 days only; coding keeps kicking back duplicates from the pump clinic.",
  [], "common-word-not-name code-number")
M("ENDO", "chat", "Will the bot convert insulin-to-carb ratios? 1:12 at breakfast, 1:15 lunch, 1:10 dinner, correction 1:40 over 150.",
  [], "common-word-not-name score-fraction quick-question")
M("ENDO", "chat", "Omnipod PDM serial 5HK-0472-1183 for Jaylen Brooks went through the washing machine; replacement request faxed to the vendor.",
  [("5HK-0472-1183", "DEVICE"), ("Jaylen Brooks", "NAME")], "device-serial name-plain")
M("ENDO", "chat", "Dexcom receiver SN 3G8Q7721004 belongs to Marguerite Olsen; she left it in exam room 4 this morning.",
  [("3G8Q7721004", "DEVICE"), ("Marguerite Olsen", "NAME")], "device-serial name-plain room-bed-number")
M("ENDO", "chat", "Mrs. Hashimoto doesn't have Hashimoto: TPO antibodies negative, and the ultrasound shows a multinodular goiter instead.",
  [("Hashimoto", "NAME")], "name-eponym-surname name-collision")
M("ENDO", "chat", "Ruby Conn, who ironically does have primary aldosteronism, wants to know if Conn is named after her family. Spironolactone refill sent.",
  [("Ruby Conn", "NAME")], "name-eponym-surname name-common-word name-collision")
M("ENDO", "chat", "96M on glipizide, A1c 6.1, two falls this winter. Aurelio Benedetti's goal should be under 8.5; stop the sulfonylurea.",
  [("96", "AGE"), ("Aurelio Benedetti", "NAME")], "age-over-89-digits name-possessive")
M("ENDO", "billing", "CGM appeal: Keisha Monroe, Medicaid ID 882301447K, Dexcom G7 denied as 'not on insulin'. She is on Lantus 22 units.",
  [("Keisha Monroe", "NAME"), ("882301447K", "HEALTH_PLAN")], "health-plan name-plain drug-brand-name")
M("ENDO", "chat", "Uptake scan for Frank Oduya moved to 4/2 at 0800. His wife asked us to call her at 262-555-0166 instead of him.",
  [("Frank Oduya", "NAME"), ("4/2", "DATE"), ("262-555-0166", "PHONE")], "name-common-word date-numeric phone relative-not-named")
M("ENDO", "letter", "Portal message from t.nakagawa.1962@example.net: can I take my Synthroid with coffee if I wait 30 minutes? - Tomoko",
  [("t.nakagawa.1962@example.net", "EMAIL"), ("Tomoko", "NAME")], "email portal-message name-given-only")
# =============================================================================================
# Nephrology and dialysis
# =============================================================================================
T("eponym", "Quinton")
M("NEPH", "chat", "Quinton placed in the right IJ, tip at the cavoatrial junction on the film. OK to start CRRT tonight at 25 mL/kg/h.",
  [], "eponym-bare device-brand dose-lab")
T("eponym", "Tenckhoff")
M("NEPH", "chat", "Tenckhoff exit site has a little crust, no erythema or tenderness. Effluent clear, cell count 40, so no peritonitis.",
  [], "eponym-bare dose-lab")
T("org", "KDIGO")
M("NEPH", "chat", "KDIGO stage 3 AKI by urine output. Hold the lisinopril and no IV contrast for 72 hours if we can help it.",
  [], "organization score")
T("eponym", "Kimmelstiel-Wilson")
M("NEPH", "report", "Renal biopsy: nodular mesangial sclerosis (Kimmelstiel-Wilson), class III diabetic nephropathy, IFTA 30%. No crescents.",
  [], "eponym dose-lab")
T("eponym", "Alport")
M("NEPH", "chat", "Alport goes on the differential: sensorineural hearing loss, hematuria and basket-weave GBM on EM. COL4A5 panel sent.",
  [], "eponym-bare gene-protein")
T("score", "COL4A5")
T("eponym", "Goodpasture")
M("NEPH", "chat", "Goodpasture vs ANCA: anti-GBM came back 180, hemoptysis overnight. Plasma exchange starts today, pulse steroids already in.",
  [], "eponym-bare dose-lab")
T("eponym", "Fanconi")
M("NEPH", "chat", "Glucosuria with a normal serum glucose, low phosphate and a non-gap acidosis. Fanconi from tenofovir?",
  [], "eponym-bare quick-question")
T("eponym", "Bartter", "Gitelman")
M("NEPH", "chat", "Bartter or Gitelman? Urine calcium is low and magnesium is 1.2, so Gitelman. Spironolactone plus oral magnesium.",
  [], "eponym-bare dose-lab")
T("eponym", "Liddle")
M("NEPH", "chat", "High BP, low K, low renin and low aldosterone in a 24 year old. Liddle until proven otherwise; amiloride trial.",
  [], "eponym-bare age-under-90")
T("eponym", "Cockcroft-Gault")
T("score", "CKD-EPI")
M("PHARM", "chat", "Cockcroft-Gault gives 38 mL/min for the vanc dosing, CKD-EPI eGFR is 45. Use CG for drug labeling like the package insert does.",
  [], "eponym dose-lab")
T("eponym", "Brescia-Cimino")
M("NEPH", "chat", "Brescia-Cimino fistula matured, good thrill and bruit. Cannulate with 17-gauge needles for the first two weeks.",
  [], "eponym device-brand")
T("brand", "Fresenius")
M("NEPH", "chat", "Kt/V 1.1 on the monthly labs and URR 62%. Add 15 minutes, and check recirculation on the Fresenius before blaming the access.",
  [], "score-fraction device-brand dose-lab")
T("brand", "Farxiga", "Kerendia")
T("book", "DAPA-CKD")
M("NEPH", "chat", "Farxiga for CKD without diabetes is supported by DAPA-CKD. Kerendia is only labeled for CKD with type 2 diabetes.",
  [], "drug-brand-name trial-name")
T("book", "CREDENCE", "EMPA-KIDNEY")
M("NEPH", "notice", "Journal club next Wednesday, 7 am: CREDENCE vs EMPA-KIDNEY, both stopped early for benefit. Fellows present, pizza after.",
  [], "journal-club trial-name weekday")
M("NEPH", "chat", "Chair 7 on 2nd shift is the only opening; the Tuesday-Thursday-Saturday slots are full through May.",
  [], "room-bed-number weekday month-word")
T("brand", "Baxter")
M("NEPH", "chat", "Baxter cycler kept alarming 'drain fail' overnight. Check for constipation and line kinks before we call the vendor.",
  [], "device-brand")
T("brand", "Lokelma")
M("NEPH", "chat", "Anuric, K 6.4 with peaked T waves. Calcium gluconate, insulin 5 units with D50, Lokelma 10 g, and book emergent dialysis.",
  [], "drug-brand-name dose-lab")
T("place", "Banff")
M("NEPH", "report", "Transplant biopsy scored by Banff 2019: i2 t2 v0, C4d negative. Borderline vs TCMR 1A, discuss at transplant conference.",
  [], "place-rule score")
T("brand", "Renvela", "Velphoro")
M("NEPH", "chat", "Phosphorus 7.2 on Renvela. Try Velphoro? Dietitian says the processed cheese is the real problem.",
  [], "drug-brand-name dose-lab")
T("brand", "Mircera", "Epogen")
M("NEPH", "chat", "Hemoglobin 9.4, target 10-11. Mircera monthly is easier than Epogen three times a week in-center if the payer agrees.",
  [], "drug-brand-name dose-lab")
M("NEPH", "notice", "Grant funding for the home dialysis training program is renewed through 2029. Thanks to the charge nurse for writing it.",
  [], "common-word-not-name admin-chatter year-only staff-role")
T("eponym", "Tamm-Horsfall")
M("NEPH", "chat", "Tamm-Horsfall is just the matrix of the cast. Muddy brown granular casts are the finding that points to ATN.",
  [], "eponym")
T("eponym", "Henoch-Schönlein")
M("NEPH", "chat", "Henoch-Schönlein is IgA vasculitis now. Adult with palpable purpura and 2 g proteinuria, biopsy tomorrow.",
  [], "eponym dose-lab")
T("eponym", "Berger")
T("place", "Oxford")
T("score", "MEST-C")
M("NEPH", "report", "IgA nephropathy (Berger disease). Oxford MEST-C: M1 E0 S1 T1 C0. Steroids per the latest KDIGO guideline.",
  [], "eponym place-rule score")
M("NEPH", "chat", "Transfer in: Rosalind Achterberg, MWF 2nd shift at Riverbend Dialysis, moving to our unit 4/7. EDW 71.5 kg.",
  [("Rosalind Achterberg", "NAME"), ("Riverbend Dialysis", "LOCATION"), ("4/7", "DATE")], "name-plain facility date-numeric")
M("NEPH", "chat", "Transplant registration still needs an SSN for Radosław Wilk: 912-44-8071. His brother's donor workup is a separate chart.",
  [("Radosław Wilk", "NAME"), ("912-44-8071", "SSN")], "ssn name-plain relative-not-named")
M("NEPH", "ticket", "Cycler serial HC-2210-88731 (Felix Obuya) logged a drain alarm at 02:10 and again at 03:45; vendor ticket opened.",
  [("HC-2210-88731", "DEVICE"), ("Felix Obuya", "NAME")], "device-serial clock-time")
M("NEPH", "chat", "Medicare MBI 4TE9-XK2-MM71 for Quinton Ames. Yes, Quinton has a Quinton catheter, the nurses already made the joke.",
  [("4TE9-XK2-MM71", "HEALTH_PLAN"), ("Quinton Ames", "NAME"), ("Quinton", "NAME")], "health-plan name-eponym-surname name-collision")
M("NEPH", "report", "Lab report from Northgate Kidney Center re: Dolores Ibarra-Blaine, K 5.9, phos 6.8. Please fax orders back to 920-555-0138.",
  [("Northgate Kidney Center", "LOCATION"), ("Dolores Ibarra-Blaine", "NAME"), ("920-555-0138", "FAX")], "facility name-hyphenated fax")
M("NEPH", "chat", "Conservative kidney management: Harold Penn, 91, declines dialysis. Referral to Bayview Hospice went out this morning.",
  [("Harold Penn", "NAME"), ("91", "AGE"), ("Bayview Hospice", "LOCATION")], "age-over-89-digits facility name-plain")
M("NEPH", "order", "IR request, MRN 0077-41926, Valentina Rusu: fistulogram 3/28 for rising venous pressures.",
  [("0077-41926", "MRN"), ("Valentina Rusu", "NAME"), ("3/28", "DATE")], "mrn date-numeric name-non-english")
M("NEPH", "chat", "Home hemo patient Baraka Otieno called from (312) 555-0193 about repeated low blood flow alarms.",
  [("Baraka Otieno", "NAME"), ("(312) 555-0193", "PHONE")], "phone name-non-english")
# =============================================================================================
# Dermatology
# =============================================================================================
T("eponym", "Breslow", "Clark")
M("DERM", "report", "Melanoma, superficial spreading type. Breslow 1.2 mm, Clark level IV, no ulceration, mitoses 2/mm2. pT2a.",
  [], "eponym-bare score-fraction dose-lab")
T("eponym", "Fitzpatrick")
M("DERM", "chat", "Fitzpatrick IV, so go conservative on the fluence and do a test spot first; hyperpigmentation risk is real.",
  [], "eponym-bare")
T("eponym", "Wood")
M("DERM", "chat", "Wood lamp shows coral-red fluorescence in the web spaces. Erythrasma, not tinea; topical erythromycin.",
  [], "eponym-bare")
T("eponym", "Nikolsky", "Asboe-Hansen")
M("DERM", "chat", "Nikolsky positive and Asboe-Hansen positive. Pemphigus vulgaris vs SJS: punch for H&E and a perilesional one for DIF.",
  [], "eponym-bare")
T("eponym", "Darier")
M("DERM", "chat", "Stroked one of the tan papules and it urticated within a minute: Darier sign. Send a serum tryptase.",
  [], "eponym dose-lab")
T("eponym", "Auspitz", "Koebner")
T("brand", "Skyrizi")
M("DERM", "chat", "Auspitz sign and Koebner along the scratch lines. Classic plaque psoriasis; Skyrizi if the payer lets us skip the step.",
  [], "eponym drug-brand-name insurer")
T("brand", "Dupixent")
M("DERM", "chat", "Dupixent for the moderate-severe atopic derm: 600 mg load, then 300 mg q2w. Counsel about conjunctivitis.",
  [], "drug-brand-name dose-lab")
T("eponym", "Mohs")
M("DERM", "chat", "Mohs slot Thursday morning is open for the nasal ala BCC; closure will probably be a bilobed flap.",
  [], "eponym-bare weekday")
T("eponym", "Kaposi")
M("DERM", "report", "Violaceous plaque on the plantar foot: Kaposi sarcoma, HHV-8 immunostain positive. Recommend CD4 count and viral load.",
  [], "eponym gene-protein")
T("eponym", "Hutchinson")
M("DERM", "chat", "Hutchinson sign: pigment spilling onto the proximal nail fold. Subungual melanoma until proven otherwise; nail matrix biopsy.",
  [], "eponym")
T("eponym", "Leser-Trélat")
M("DERM", "chat", "Leser-Trélat? Sudden crop of seborrheic keratoses in a 68 year old. Colonoscopy is overdue anyway.",
  [], "eponym-bare age-under-90")
T("eponym", "Becker")
M("DERM", "chat", "Becker nevus on the left shoulder: tan, hairy, appeared in adolescence. Benign, reassure, no biopsy.",
  [], "eponym")
T("eponym", "Spitz")
M("DERM", "report", "Atypical Spitz tumor, margins involved. Re-excise with 5 mm margins; no SLNB recommended at this time.",
  [], "eponym-bare")
T("eponym", "Grover")
M("DERM", "chat", "ICU consult: truncal papules after a week flat on his back with fevers. Grover disease; triamcinolone 0.1% cream.",
  [], "eponym dose-lab")
T("eponym", "Sweet")
M("DERM", "chat", "Fever, tender juicy plaques and neutrophilia three days after G-CSF. Sweet syndrome; prednisone 1 mg/kg.",
  [], "eponym dose-lab")
T("eponym", "Stevens-Johnson")
T("score", "SCORTEN")
M("DERM", "chat", "Stevens-Johnson, 8% BSA detachment, SCORTEN 2. Stop the lamotrigine, burn unit consult, ophtho within 24 h.",
  [], "eponym score dose-lab")
T("eponym", "Hailey-Hailey")
T("brand", "Botox")
M("DERM", "chat", "Hailey-Hailey flare in the groin with the heat wave. Topical steroid now; Botox to the folds has worked for her before.",
  [], "eponym-bare drug-brand-name")
T("place", "Lyme")
M("DERM", "chat", "Erythema migrans, 8 cm, on the thigh after a camping trip. Lyme is a clinical diagnosis here; doxycycline 100 mg BID x 10 days.",
  [], "place-disease dose-lab")
T("organism", "Trichophyton rubrum")
M("DERM", "report", "Nail culture: Trichophyton rubrum. Terbinafine 250 mg daily for 12 weeks; baseline LFTs normal.",
  [], "organism dose-lab")
T("organism", "Malassezia")
M("DERM", "chat", "Malassezia folliculitis looks like acne but itches. Ketoconazole shampoo as a body wash, leave on 5 minutes.",
  [], "organism")
T("organism", "Sarcoptes")
M("DERM", "chat", "Sarcoptes mite on the scraping. Permethrin for the whole household the same night and wash bedding hot.",
  [], "organism relative-not-named")
M("DERM", "notice", "Patient handout draft: ABCDE means asymmetry, border, color, diameter over 6 mm, evolving. Please proofread by Friday.",
  [], "admin-chatter weekday")
T("brand", "Kenalog")
M("DERM", "chat", "Frank pus from the inflamed cyst, so I&D today rather than intralesional Kenalog. Excise in 6 weeks once calm.",
  [], "common-word-not-name drug-brand-name")
T("score", "PASI")
T("brand", "Tremfya")
M("DERM", "chat", "PASI 14 down to 2 after 16 weeks of Tremfya, so PASI 90 reached. Refill for q8 week dosing.",
  [], "score drug-brand-name dose-lab")
T("org", "AAD")
T("brand", "iPLEDGE")
M("DERM", "chat", "iPLEDGE login is down again; the AAD says they are aware. Isotretinoin pickups will be delayed until at least noon.",
  [], "organization drug-brand-name clock-time")
M("DERM", "chat", "Rose-colored oval plaques with a herald patch two weeks earlier: pityriasis rosea. Reassure, lasts 6-8 weeks.",
  [], "common-word-not-name")
M("DERM", "chat", "Teledermatology upload from Lucía Mendoza: back_mole_Mendoza_2027-03-08.jpg and back_mole_Mendoza_closeup.jpg.",
  [("Lucía Mendoza", "NAME"), ("back_mole_Mendoza_2027-03-08.jpg", "PHOTO"), ("back_mole_Mendoza_closeup.jpg", "PHOTO")],
  "photo-filename name-non-english")
M("DERM", "chat", "Mr. Clark's melanoma is Breslow 0.8, Clark level II. Yes, Clark with a Clark level; he asked if it's named after him.",
  [("Clark", "NAME"), ("Clark", "NAME", 2)], "name-eponym-surname name-collision name-possessive")
M("DERM", "chat", "Adaeze Sweet, 92, developed Sweet syndrome after filgrastim. She is delighted to finally be an eponym.",
  [("Adaeze Sweet", "NAME"), ("92", "AGE")], "name-eponym-surname age-over-89-digits name-collision")
M("DERM", "letter", "Portal message: here is the video of the rash spreading https://share.example.com/v/8KQ2-dermrash - Harlow Jensen",
  [("https://share.example.com/v/8KQ2-dermrash", "URL"), ("Harlow Jensen", "NAME")], "url portal-message name-plain")
M("DERM", "email", "From: wendell.okafor@example.org\nSubject: shins\nPhotos attached (shins_wendell_march.png). The spots are bigger since my last visit.",
  [("wendell.okafor@example.org", "EMAIL"), ("shins_wendell_march.png", "PHOTO")], "email-paste photo-filename")
M("DERM", "report", "Path case D27-004581, Ines Carvalho: re-excision margins clear, scar only.",
  [("D27-004581", "ID"), ("Ines Carvalho", "NAME")], "other-id accession name-non-english")
M("DERM", "chat", "Biopsy jar mislabeled: requisition says DOB 7/30/1941 but the jar has MRN 55120983, which is Penny Marchetti.",
  [("7/30/1941", "DATE"), ("55120983", "MRN"), ("Penny Marchetti", "NAME")], "dob mrn name-common-word")
M("DERM", "chat", "Rocco DiStefano's nephew is driving him after Mohs; call the nephew at 773.555.0124 when he is ready.",
  [("Rocco DiStefano", "NAME"), ("773.555.0124", "PHONE")], "name-possessive phone relative-not-named")
# =============================================================================================
# Ophthalmology
# =============================================================================================
T("eponym", "Snellen", "Goldmann")
M("OPHTH", "chat", "Snellen 20/40 OD and 20/200 OS, pinhole to 20/60. IOP by Goldmann 18 and 31. Dilating now.",
  [], "eponym-bare score-fraction vitals")
T("eponym", "Amsler")
T("brand", "Eylea")
M("OPHTH", "chat", "New Amsler distortion centrally and subretinal fluid on the OCT. Start Eylea loading doses, first one today.",
  [], "eponym-bare drug-brand-name")
T("eponym", "Ishihara")
M("OPHTH", "chat", "Ishihara 6/14 plates, red-green deficiency. Document it on the commercial driver medical form exactly as read.",
  [], "eponym-bare score-fraction")
T("brand", "Tono-Pen")
M("OPHTH", "chat", "Tono-Pen reads high on thick corneas; pachymetry is 640. Trust the Goldmann number and skip the drops for now.",
  [], "device-brand eponym-bare dose-lab")
T("eponym", "Marcus Gunn")
M("OPHTH", "chat", "Marcus Gunn pupil on the right with red desaturation and pain on eye movement. Optic neuritis; MRI brain and orbits with contrast.",
  [], "eponym-bare")
T("eponym", "Argyll Robertson")
M("OPHTH", "chat", "Argyll Robertson pupils: they accommodate but do not react to light. RPR and FTA-ABS, then LP depending.",
  [], "eponym-bare")
T("eponym", "Adie")
M("OPHTH", "chat", "Adie tonic pupil in a 30-something woman, supersensitive to dilute pilocarpine 0.125%. Benign, reassure.",
  [], "eponym-bare dose-lab")
T("eponym", "Hollenhorst")
M("OPHTH", "chat", "Hollenhorst plaque at the inferotemporal arcade. Carotid duplex and a stroke workup today, not next week.",
  [], "eponym-bare")
T("eponym", "Roth")
M("OPHTH", "chat", "Roth spots on fundoscopy and a new murmur. Three sets of blood cultures and a TEE; ID is aware.",
  [], "eponym")
T("eponym", "Kayser-Fleischer", "Wilson")
M("OPHTH", "chat", "Kayser-Fleischer ring at the limbus on slit lamp, ceruloplasmin low. Hepatology for Wilson workup.",
  [], "eponym-bare")
T("eponym", "Fuchs")
M("OPHTH", "chat", "Fuchs dystrophy with confluent guttae and morning blur that clears by lunch. DMEK vs DSAEK discussion next visit.",
  [], "eponym-bare")
T("eponym", "Descemet")
M("OPHTH", "report", "Post-op day 1 phaco: Descemet folds, 2+ corneal edema, AC deep and quiet. Should clear within a week.",
  [], "eponym dose-lab")
T("eponym", "Schlemm")
T("brand", "iStent")
M("OPHTH", "chat", "iStent into Schlemm canal at the time of cataract surgery is covered with the cataract code; nothing extra to authorize.",
  [], "eponym device-brand")
T("eponym", "Bowman")
M("OPHTH", "chat", "Bowman layer looks intact on the AS-OCT, so it is not a deep ulcer. Fortified drops hourly tonight anyway.",
  [], "eponym-bare")
T("eponym", "Shafer")
M("OPHTH", "chat", "Shafer sign: tobacco dust in the anterior vitreous. Retinal tear until proven otherwise, full depressed exam.",
  [], "eponym")
M("OPHTH", "chat", "Horner with ptosis and miosis on the left; apraclonidine reversed the anisocoria. Neck CTA to look for dissection.",
  [], "eponym-bare")
T("eponym", "Coats")
M("OPHTH", "chat", "Coats disease in a 6 year old boy with leukocoria. Ultrasound shows no calcification, so not retinoblastoma.",
  [], "eponym-bare age-under-90")
T("eponym", "Stargardt")
T("score", "ABCA4")
M("OPHTH", "chat", "Stargardt confirmed, ABCA4 biallelic. Tell her to avoid vitamin A supplements and wear sunglasses.",
  [], "eponym-bare gene-protein")
T("eponym", "Best", "Arden")
M("OPHTH", "chat", "Egg-yolk lesion in the macula and an Arden ratio of 1.3 on the EOG. Best disease, BEST1 testing ordered.",
  [], "eponym-bare gene-protein")
T("brand", "Lucentis", "Avastin")
M("OPHTH", "chat", "The payer wants step therapy: Avastin first, then Lucentis or Eylea only if the fluid persists after three.",
  [], "drug-brand-name insurer")
T("brand", "Vabysmo")
M("OPHTH", "chat", "Vabysmo extended to every 16 weeks for the wet AMD folks who have been dry on OCT for a year.",
  [], "drug-brand-name")
T("eponym", "Herbert")
M("OPHTH", "chat", "Herbert pits along the superior limbus, old trachoma scarring. Check for trichiasis and lid eversion.",
  [], "eponym-bare")
T("organism", "Acanthamoeba")
M("OPHTH", "chat", "Acanthamoeba keratitis in a contact lens wearer who swims in her lenses. PHMB and propamidine, hourly.",
  [], "organism")
T("org", "AAO")
M("OPHTH", "chat", "AAO preferred practice pattern: dilated exam every 1-2 years for type 2 with no retinopathy.",
  [], "organization guideline")
T("eponym", "Humphrey")
M("OPHTH", "report", "Humphrey 24-2 SITA standard: inferior arcuate defect OD, reliable. Matches the superior rim thinning on OCT.",
  [], "eponym-bare")
T("eponym", "Seidel")
M("OPHTH", "chat", "Seidel positive at the bleb after the trab. Bandage contact lens and aqueous suppressant, recheck tomorrow.",
  [], "eponym-bare")
T("eponym", "Krukenberg")
M("OPHTH", "chat", "Krukenberg spindle plus dense trabecular pigment: pigment dispersion. Gonioscopy confirms concave iris.",
  [], "eponym")
M("OPHTH", "chat", "Iris Whitcomb is 20/25 in both eyes after the second cataract. Her name really is Iris; the techs love it.",
  [("Iris Whitcomb", "NAME"), ("Iris", "NAME")], "name-common-word name-collision score-fraction")
M("OPHTH", "chat", "DMV vision form for Julian Morrow: license W362-4418-9921 (WI), corrected 20/40 both eyes, passes.",
  [("Julian Morrow", "NAME"), ("W362-4418-9921", "LICENSE")], "drivers-license name-plain")
M("OPHTH", "chat", "After dilation Agnes Whitfield-Oyelaran tried to drive herself home; security stopped her car, plate ABK-4471, in lot C.",
  [("Agnes Whitfield-Oyelaran", "NAME"), ("ABK-4471", "VEHICLE")], "vehicle name-hyphenated")
M("OPHTH", "chat", "Uploaded ptosis_gunn_marcus_2027-03-02.tif for Marcus Gunn the patient, not the pupil; no afferent defect.",
  [("ptosis_gunn_marcus_2027-03-02.tif", "PHOTO"), ("Marcus Gunn", "NAME")], "photo-filename name-eponym-surname name-collision")
M("OPHTH", "chat", "Wet AMD, 97F, wants to stop injections. Offer Vabysmo q16 weeks as the least burdensome option.",
  [("97", "AGE")], "age-over-89-digits drug-brand-name")
M("OPHTH", "chat", "Macula-on detachment: Ahmad Karimi, OR at 0700 on 3/23 with retina. NPO after midnight.",
  [("Ahmad Karimi", "NAME"), ("3/23", "DATE")], "name-non-english date-numeric clock-time")
M("OPHTH", "chat", "Eye clinic add-on: MRN 30021789, Wilhelmina Agyeman, IOP 34 OD on two drops.",
  [("30021789", "MRN"), ("Wilhelmina Agyeman", "NAME")], "mrn name-plain")
M("OPHTH", "letter", "Low vision referral: Dorothy Vang lives alone in Wausau and can no longer read her mail. Phone 715-555-0172.",
  [("Dorothy Vang", "NAME"), ("Wausau", "LOCATION"), ("715-555-0172", "PHONE")], "referral-letter city phone")
# =============================================================================================
# Neurology
# =============================================================================================
T("eponym", "Hunt and Hess", "Fisher")
M("NEURO", "chat", "SAH from the outside: Hunt and Hess 3, Fisher grade 3 on CT. Nimodipine 60 mg q4h and neurosurgery is placing an EVD.",
  [], "eponym-bare score dose-lab")
T("eponym", "Spetzler-Martin")
M("NEURO", "chat", "Spetzler-Martin grade II AVM in the right parietal lobe. Radiosurgery vs resection goes to cerebrovascular conference.",
  [], "eponym-bare conference")
T("eponym", "Mayfield")
M("ANES", "chat", "Mayfield pins in, headholder locked, eyes taped and padded. Neuromonitoring has baselines, OK to flip prone.",
  [], "eponym-bare device-brand")
T("eponym", "Babinski", "Hoffmann")
M("NEURO", "chat", "Babinski upgoing on the left, Hoffmann positive on both sides, brisk biceps. MRI C-spine before he goes anywhere.",
  [], "eponym-bare")
T("eponym", "Romberg")
M("NEURO", "chat", "Romberg positive, vibration absent at the great toes, reflexes gone at the ankles. B12, MMA and copper, please.",
  [], "eponym-bare")
T("eponym", "Lhermitte")
M("NEURO", "chat", "Lhermitte with neck flexion in a 26 year old with prior optic neuritis. MRI brain and spine with contrast.",
  [], "eponym-bare age-under-90")
T("eponym", "Uhthoff")
M("NEURO", "chat", "Blurred vision after a hot shower that resolves in 20 minutes is Uhthoff, not a relapse. No steroids.",
  [], "eponym-bare")
T("eponym", "McDonald")
M("NEURO", "chat", "McDonald 2017 criteria met: dissemination in space on MRI and CSF-specific oligoclonal bands substitute for time.",
  [], "eponym score")
T("eponym", "Kernig", "Brudzinski")
M("NEURO", "chat", "Kernig and Brudzinski both negative, neck supple, but the LP is still worth doing with that headache and fever.",
  [], "eponym-bare")
T("eponym", "Todd")
M("NEURO", "chat", "Todd paralysis after a witnessed GTC, right arm weakness gone within three hours. Not a stroke alert, no lytics.",
  [], "eponym-bare")
T("eponym", "Jacksonian")
M("NEURO", "chat", "Jacksonian march from the left hand up to the face, no loss of awareness. Focal aware motor seizure.",
  [], "eponym-bare")
T("eponym", "Dix-Hallpike", "Epley")
M("NEURO", "chat", "Dix-Hallpike positive to the right with upbeating torsional nystagmus. Did an Epley at the bedside and she feels better.",
  [], "eponym-bare")
T("score", "HINTS")
M("NEURO", "chat", "HINTS: abnormal head impulse, no skew, direction-fixed horizontal nystagmus. Peripheral pattern, reassuring.",
  [], "score")
T("brand", "Tensilon")
M("NEURO", "chat", "Nobody does a Tensilon test anymore. Ice pack improved the ptosis by 3 mm; AChR binding antibody pending.",
  [], "drug-brand-name dose-lab")
T("eponym", "Lambert-Eaton")
M("NEURO", "report", "EMG/NCS: low CMAP amplitudes with over 100% post-exercise facilitation, consistent with Lambert-Eaton. Suggest CT chest.",
  [], "eponym dose-lab")
T("eponym", "Guillain-Barré")
M("NEURO", "chat", "Guillain-Barré with albuminocytologic dissociation. IVIG 2 g/kg over 5 days, FVC and NIF every 6 hours.",
  [], "eponym dose-lab")
T("eponym", "Miller Fisher")
T("score", "GQ1b")
M("NEURO", "chat", "Ophthalmoplegia, ataxia, areflexia: Miller Fisher variant. Anti-GQ1b sent to the reference lab.",
  [], "eponym-bare gene-protein")
T("eponym", "Bell")
M("NEURO", "chat", "Bell palsy with the forehead involved, onset yesterday. Prednisone within 72 hours; valacyclovir is optional.",
  [], "eponym-bare")
T("eponym", "Ramsay Hunt")
M("NEURO", "chat", "Vesicles in the ear canal with the facial weakness makes it Ramsay Hunt. Valacyclovir plus prednisone, ENT for hearing.",
  [], "eponym-bare")
T("eponym", "Wernicke")
M("NEURO", "chat", "Worried about Wernicke in the ataxic, confused drinker. Thiamine 500 mg IV TID before any glucose.",
  [], "eponym-bare dose-lab")
T("eponym", "Charcot-Marie-Tooth")
T("score", "PMP22")
M("NEURO", "chat", "Charcot-Marie-Tooth type 1A: pes cavus, stork legs, PMP22 duplication. PT and AFOs.",
  [], "eponym-bare gene-protein")
T("eponym", "Huntington")
M("NEURO", "chat", "Huntington CAG repeat came back 42. Genetic counseling before disclosure to family; he wants to know first.",
  [], "eponym-bare relative-not-named")
T("eponym", "Creutzfeldt-Jakob")
T("score", "RT-QuIC")
M("NEURO", "chat", "RT-QuIC positive, 14-3-3 elevated: Creutzfeldt-Jakob. Infection prevention notified about the neurosurgical instruments.",
  [], "eponym score")
T("score", "NIHSS")
T("brand", "TNKase")
M("NEURO", "chat", "NIHSS 14, last known well 07:40, TNKase at 08:52. Door-to-needle 38 minutes; nice work, ED.",
  [], "score clock-time drug-brand-name")
T("score", "ASPECTS")
M("NEURO", "chat", "ASPECTS 8, left M1 occlusion on the CTA. IR is taking her straight to thrombectomy.",
  [], "score")
T("eponym", "Rankin")
M("RES", "chat", "The primary outcome is modified Rankin 0-2 at 90 days. Visit windows are plus or minus 14 days.",
  [], "eponym-bare score")
T("brand", "Aimovig", "Emgality", "Ajovy")
M("NEURO", "chat", "Aimovig, Emgality or Ajovy, whichever the formulary prefers. She has failed topiramate and amitriptyline.",
  [], "drug-brand-name")
T("brand", "Leqembi")
T("score", "APOE4")
M("NEURO", "order", "Leqembi protocol: ARIA surveillance MRI before infusions 5, 7 and 14. APOE4 homozygotes counseled separately.",
  [], "drug-brand-name gene-protein")
T("brand", "Keppra")
M("NEURO", "chat", "Keppra load 60 mg/kg, max 4500 mg, then 1500 BID. Levels are not needed unless adherence is the question.",
  [], "drug-brand-name dose-lab")
T("place", "Glasgow")
M("NEURO", "chat", "Glasgow Coma Scale 9 (E2V2M5), pupils 3 and reactive. Head of bed at 30 and a repeat CT in 6 hours.",
  [], "place-rule score vitals")
T("eponym", "Tinel", "Phalen")
M("NEURO", "report", "EMG: severe median neuropathy at the wrist. Tinel and Phalen positive on exam. Recommend surgical release.",
  [], "eponym-bare")
T("eponym", "Wada")
M("NEURO", "chat", "Wada test booked for language lateralization before the left temporal lobectomy; angio suite, Thursday.",
  [], "eponym-bare weekday")
T("eponym", "Parkinson")
M("NEURO", "chat", "Parkinson picture: rest tremor, cogwheeling, reduced arm swing. Carbidopa-levodopa 25/100 TID trial for 8 weeks.",
  [], "eponym-bare score-fraction dose-lab")
M("NEURO", "chat", "Dr. Fisher read the head CT: Fisher grade 3, Hunt and Hess 2. The family is in the consult room.",
  [("Fisher", "NAME")], "name-eponym-surname name-clinician name-collision")
M("NEURO", "chat", "Family sent seizure_clip_okoro_0312.mp4 showing the whole event. Chinonso Okoro, 19, already on Keppra 1 g BID.",
  [("seizure_clip_okoro_0312.mp4", "PHOTO"), ("Chinonso Okoro", "NAME")], "photo-filename name-non-english")
M("NEURO", "chat", "Speech path baseline recording dysarthria_voice_haugen.wav is in the media tab for Leif Haugen.",
  [("dysarthria_voice_haugen.wav", "BIOMETRIC"), ("Leif Haugen", "NAME")], "biometric name-plain")
M("NEURO", "chat", "VNS generator serial 104-228791 (Teagan O'Malley): magnet swipe log reviewed, output current 1.75 mA.",
  [("104-228791", "DEVICE"), ("Teagan O'Malley", "NAME")], "device-serial name-particle")
M("NEURO", "ticket", "Ambulatory EEG upload from 203.0.113.47 failed for Priya Venkataraman's study; please re-send tonight.",
  [("203.0.113.47", "IP"), ("Priya Venkataraman", "NAME")], "ip name-possessive name-non-english")
M("NEURO", "chat", "First seizure, so no driving for 3 months: counsel Gideon Marsh again. His truck, plate 7TRK229, is still in the ED lot.",
  [("Gideon Marsh", "NAME"), ("7TRK229", "VEHICLE")], "vehicle name-plain")
M("NEURO", "chat", "Ninety-one-year-old with new aphasia, Beatrix Holm, last known well 06:15. Code stroke paged.",
  [("Ninety-one", "AGE"), ("Beatrix Holm", "NAME")], "age-over-89-words name-plain clock-time")
M("NEURO", "chat", "ALS clinic: MRN 61300427, Walter Kowalczyk, riluzole started 2/14/2027, wants to hear about Qalsody.",
  [("61300427", "MRN"), ("Walter Kowalczyk", "NAME"), ("2/14/2027", "DATE")], "mrn date-numeric name-non-english")
M("NEURO", "chat", "Mr. Huntington's chorea is not Huntington disease; CAG repeats normal, this is tardive from the old Haldol.",
  [("Huntington", "NAME")], "name-eponym-surname name-collision name-possessive")
# =============================================================================================
# Infectious disease and antimicrobial stewardship
# =============================================================================================
T("place", "Duke")
T("organism", "Enterococcus faecalis")
M("ID", "chat", "Duke criteria: two major, persistent Enterococcus faecalis bacteremia and a mitral vegetation on TEE. Ampicillin plus ceftriaxone.",
  [], "place-rule organism")
M("ID", "chat", "Stewardship reminder: cefazolin beats nafcillin for MSSA bacteremia unless there is CNS involvement. Please switch.",
  [], "staff-role")
T("organism", "Staphylococcus lugdunensis")
M("ID", "chat", "Staphylococcus lugdunensis in 2 of 2 bottles. Treat it like aureus, not like a skin contaminant, and get an echo.",
  [], "organism score-fraction")
T("place", "Marburg", "Ebola", "Kampala", "Kinshasa")
M("ID", "notice", "Travel screening script updated: ask about Kampala, Kinshasa and the rest of the outbreak zones. Marburg and Ebola PPE kits are in the ED clean utility.",
  [], "place-disease admin-chatter")
T("place", "Norwalk")
M("ID", "chat", "Two norovirus PCR positives on the same unit. Norwalk season, so contact plus, bleach wipes, and no shared bathrooms.",
  [], "place-disease")
T("place", "Coxsackie")
M("ID", "chat", "Coxsackie hand-foot-mouth in a staff member's kid is occupational health's call, not ours; route it there.",
  [], "place-disease relative-not-named")
T("place", "West Nile")
M("ID", "chat", "West Nile IgM positive in the CSF. Supportive care only; reportable, infection prevention is filing.",
  [], "place-disease")
T("organism", "Aspergillus fumigatus")
M("ID", "chat", "Aspergillus fumigatus on the BAL with galactomannan 2.1. Voriconazole, trough on day 5, watch the LFTs.",
  [], "organism dose-lab")
T("organism", "Candida auris")
M("ID", "notice", "Policy: Candida auris admission screen (axilla and groin swab) for every transfer from a vent-capable SNF, effective Monday.",
  [], "organism weekday")
T("organism", "Pseudomonas")
M("ID", "chat", "Pseudomonas resistant to pip-tazo but susceptible to cefepime. OK to narrow; 7 days total from source control.",
  [], "organism")
T("organism", "Klebsiella")
T("brand", "Xpert", "Avycaz")
M("ID", "chat", "Klebsiella with KPC on the Xpert Carba-R panel. Avycaz approved by stewardship, 2.5 g q8h renally adjusted.",
  [], "organism drug-brand-name dose-lab")
T("organism", "Clostridioides difficile")
T("org", "IDSA")
T("brand", "Dificid")
M("ID", "chat", "Clostridioides difficile, first episode. IDSA 2021 prefers fidaxomicin; check whether Dificid is covered before discharge.",
  [], "organism organization drug-brand-name")
T("organism", "Bartonella henselae")
M("ID", "chat", "Bartonella henselae titer 1:512. Azithromycin for 5 days for the axillary node; the kitten can stay.",
  [], "organism titer")
T("organism", "Ehrlichia", "Anaplasma")
M("ID", "chat", "Leukopenia, thrombocytopenia, transaminitis after tick exposure. Ehrlichia or Anaplasma, doxy now, do not wait for PCR.",
  [], "organism")
T("eponym", "Jarisch-Herxheimer")
T("brand", "Bicillin")
M("ID", "chat", "Fever and rigors 4 hours after the Bicillin dose. Jarisch-Herxheimer; supportive care and reassure her.",
  [], "eponym drug-brand-name")
T("eponym", "Ziehl-Neelsen")
T("brand", "GeneXpert")
M("ID", "chat", "Ziehl-Neelsen negative on three sputa, but the GeneXpert MTB/RIF is still pending. Keep airborne isolation.",
  [], "eponym device-brand")
T("eponym", "Gram", "Koch")
M("MEDED", "chat", "Fun fact for the students: Gram and Koch postulates are both eponyms. Gram-positive cocci in clusters is the only thing they need today.",
  [], "eponym-bare teaching")
T("eponym", "Pott")
M("ID", "chat", "Pott disease at T10 with a psoas abscess. IR drain for culture, then RIPE once the specimen is in.",
  [], "eponym")
T("eponym", "Ghon")
M("ID", "chat", "Calcified Ghon complex on the old film. Latent TB, 3HP weekly for 12 doses; LFTs at baseline.",
  [], "eponym-bare")
T("eponym", "Weil")
T("organism", "Leptospira")
M("ID", "chat", "Jaundice, AKI and conjunctival suffusion after flood cleanup: Weil disease. Leptospira serology and IV penicillin.",
  [], "eponym organism")
T("eponym", "Lemierre")
T("organism", "Fusobacterium necrophorum")
M("ID", "chat", "Lemierre: Fusobacterium necrophorum in the blood, IJ thrombophlebitis and septic emboli to both lungs.",
  [], "eponym-bare organism")
T("eponym", "Ludwig")
M("ID", "chat", "Ludwig angina, floor-of-mouth swelling and drooling. Difficult airway team at the bedside before CT.",
  [], "eponym-bare")
T("organism", "Histoplasma")
M("ID", "chat", "Histoplasma urine antigen positive. Itraconazole 200 mg TID x3 days then BID, levels at 2 weeks.",
  [], "organism dose-lab")
M("ID", "chat", "Hope the sensitivities post before Sunday; otherwise we stay on meropenem through the weekend.",
  [], "common-word-not-name weekday")
T("organism", "E. coli")
M("ID", "notice", "Antibiogram 2026 is out: E. coli susceptibility 71% to ciprofloxacin, 96% to nitrofurantoin. Posted in the stewardship tab.",
  [], "organism dose-lab year-only")
T("score", "PEN-FAST")
M("ID", "chat", "Penicillin allergy delabeling: PEN-FAST 1, low risk. Direct oral amoxicillin challenge, observe 1 hour.",
  [], "score")
T("place", "Baltimore")
M("MEDED", "notice", "Noon virology lecture: the Baltimore classification, group IV is positive-sense single-stranded RNA. Lunch provided.",
  [], "place-rule teaching")
M("ID", "chat", "Duke Oyelowo's TEE shows a 1.4 cm mitral vegetation, so he now meets Duke criteria. Cardiac surgery consult.",
  [("Duke Oyelowo", "NAME")], "name-common-word name-collision name-possessive")
M("ID", "chat", "Travel history: Amara Nwosu flew back from Kampala on 3/9, fever 39.2. Marburg rule-out per protocol.",
  [("Amara Nwosu", "NAME"), ("Kampala", "LOCATION"), ("3/9", "DATE")], "city date-numeric name-non-english")
M("ID", "report", "Reportable disease: Legionella urinary antigen positive. Dale Kirkpatrick, 118 Wharf St, Manitowoc. Health dept line 920-555-0107.",
  [("Dale Kirkpatrick", "NAME"), ("118 Wharf St", "LOCATION"), ("Manitowoc", "LOCATION"), ("920-555-0107", "PHONE")],
  "address city phone")
M("ID", "order", "OPAT: Hector Ybarra, daptomycin via PICC through 4/18; Coral Home Infusion, fax 414-555-0150.",
  [("Hector Ybarra", "NAME"), ("4/18", "DATE"), ("Coral Home Infusion", "LOCATION"), ("414-555-0150", "FAX")],
  "facility fax date-numeric")
M("ID", "chat", "Candida Ferreira (yes, Candida) has a Candida glabrata line infection; pull the line and start micafungin.",
  [("Candida Ferreira", "NAME"), ("Candida", "NAME")], "name-common-word name-collision organism")
M("ID", "chat", "Our oldest HIV clinic patient turned 90 today; still on Biktarvy, undetectable for 15 years.",
  [("90", "AGE")], "age-over-89-digits drug-brand-name")
M("ID", "chat", "Stewardship audit, MRN 88123064: eleven days of pip-tazo for a cystitis. Please document a reason or stop.",
  [("88123064", "MRN")], "mrn")
M("ID", "email", "From: jmarek.epi@example.org (Jana Marek, county epidemiology)\nMeasles contact list attached; please call exposed patients today.",
  [("jmarek.epi@example.org", "EMAIL"), ("Jana Marek", "NAME")], "email-paste name-staff")
# =============================================================================================
# Inpatient and outpatient pharmacy
# =============================================================================================
T("eponym", "Beers")
M("PHARM", "chat", "Beers list flags glyburide for anyone over 65. If we must keep a sulfonylurea, glipizide is the lesser evil.",
  [], "eponym-bare age-under-90")
T("brand", "Pyxis")
M("PHARM", "chat", "Pyxis override for naloxone is fine in an emergency, but a hydromorphone override needs a second witness every time.",
  [], "device-brand")
T("brand", "Omnicell")
M("PHARM", "chat", "Omnicell on 6 North is down. Pull from the backup cabinet and document on the paper log until IT resets it.",
  [], "device-brand room-bed-number")
T("eponym", "Raschke")
M("PHARM", "order", "Weight-based heparin (Raschke): anti-Xa 0.2, rebolus 40 units/kg and increase the rate by 2 units/kg/h.",
  [], "eponym-bare dose-lab")
T("place", "Hartford")
M("PHARM", "chat", "Hartford nomogram: gentamicin 7 mg/kg q24h, random level between 6 and 14 hours, read off the chart.",
  [], "place-rule dose-lab")
T("eponym", "Sawchuk-Zaske")
M("PHARM", "chat", "The PGY-1 wants to learn Sawchuk-Zaske for the tobramycin peaks. Old school, but a good exercise.",
  [], "eponym teaching")
T("brand", "Lexicomp", "Micromedex")
M("PHARM", "chat", "Lexicomp and Micromedex disagree on apixaban in dialysis. Default to the package insert and note it.",
  [], "org-software drug-brand-name")
M("PHARM", "chat", "Sterling job on the med rec backlog overnight, night pharmacists. Down to 4 pending from 31.",
  [], "common-word-not-name staff-role")
T("eponym", "Hunter")
M("PHARM", "chat", "Major interaction: linezolid plus sertraline. If he gets clonus or hyperthermia, apply the Hunter criteria.",
  [], "common-word-not-name eponym-bare")
T("eponym", "Naranjo")
T("org", "MedWatch")
M("PHARM", "chat", "Naranjo 6, so probable adverse reaction. File a MedWatch report and add it to the allergy list.",
  [], "eponym-bare organization")
T("brand", "Maalox", "Benadryl")
M("PHARM", "chat", "Our magic mouthwash is viscous lidocaine, Maalox and Benadryl 1:1:1, 10 mL swish and spit q4h.",
  [], "drug-brand-name score-fraction dose-lab")
T("brand", "Xarelto")
M("PHARM", "chat", "Xarelto 15 mg BID for 21 days, then 20 mg daily with the evening meal. Counsel on taking it with food.",
  [], "drug-brand-name dose-lab")
T("brand", "Paxlovid")
M("PHARM", "chat", "Paxlovid check: hold the atorvastatin, and the tacrolimus needs a huge cut. Transplant pharmacist will call back.",
  [], "drug-brand-name staff-role")
T("brand", "Narcan")
M("PHARM", "chat", "Narcan kits go home with everyone on more than 50 MME a day; the state standing order covers dispensing.",
  [], "drug-brand-name dose-lab")
T("org", "USP", "ISMP")
M("PHARM", "notice", "USP 797 walkthrough Tuesday. Hood certification is current. ISMP high-alert list now includes U-500 insulin pens.",
  [], "organization weekday code-number")
M("PHARM", "chat", "Will-call shelf is overflowing. Anything older than 14 days goes back to stock today, please.",
  [], "common-word-not-name")
M("PHARM", "chat", "Controlled rx for Isaac Brannigan flagged: prescriber DEA FH4471092, NPI 1720384916. Verify with the office before filling.",
  [("Isaac Brannigan", "NAME"), ("FH4471092", "LICENSE"), ("1720384916", "LICENSE")], "clinician-license name-plain")
M("PHARM", "chat", "Marguerite Deschamps paid the Eliquis copay with the card ending 4417; receipt reprinted at window 2.",
  [("Marguerite Deschamps", "NAME"), ("4417", "ACCOUNT")], "account name-plain")
M("PHARM", "billing", "PA request: Dupixent for Ørjan Kjær, member ID XQH880217451. Please fax the determination to 651-555-0121.",
  [("Ørjan Kjær", "NAME"), ("XQH880217451", "HEALTH_PLAN"), ("651-555-0121", "FAX")], "health-plan fax name-non-english")
M("PHARM", "chat", "Manufacturer assistance wants the full SSN for Roberta Vance, 934-71-2280, plus her 2026 tax return.",
  [("Roberta Vance", "NAME"), ("934-71-2280", "SSN")], "ssn name-plain year-only")
M("PHARM", "chat", "Discharge teaching for Hunter Pryce, 94, daughter Cecily present. No need for the Hunter criteria handout, he's off the linezolid.",
  [("Hunter Pryce", "NAME"), ("94", "AGE"), ("Cecily", "NAME")], "name-eponym-surname age-over-89-digits name-relative name-collision")
M("PHARM", "order", "Mail-order ship-to: Willa Janssen, 2207 Birchwood Ln, Eau Claire WI 54701. Cold chain, signature required.",
  [("Willa Janssen", "NAME"), ("2207 Birchwood Ln", "LOCATION"), ("Eau Claire", "LOCATION"), ("54701", "LOCATION")],
  "address zip name-plain")
M("PHARM", "chat", "Clozapine ANC due: call Bill Faraday at 608-555-0129, he hasn't done his weekly draw.",
  [("Bill Faraday", "NAME"), ("608-555-0129", "PHONE")], "name-common-word phone")
M("PHARM", "chat", "Vanc level drawn early for MRN 73310094 on 3/21 at 0540, two hours before the dose. Redraw.",
  [("73310094", "MRN"), ("3/21", "DATE")], "mrn date-numeric clock-time")
M("PHARM", "letter", "Refill request, handwritten and scanned: 'grant adomako, dob 09/09/1939, need my water pill'.",
  [("grant adomako", "NAME"), ("09/09/1939", "DATE")], "name-lowercase dob")
# =============================================================================================
# Radiology and pathology reading rooms
# =============================================================================================
T("eponym", "Bosniak")
M("RADPATH", "report", "Impression: Bosniak IIF cystic lesion, left kidney, 3.1 cm, a few thin septations. Follow-up CT or MRI in 6 months.",
  [], "eponym-bare dose-lab")
T("eponym", "Fleischner")
M("RADPATH", "chat", "Fleischner 2017 for a solid 7 mm nodule in a low-risk patient: optional CT at 12 months. Don't recommend 3 months.",
  [], "eponym-bare guideline")
T("score", "LI-RADS")
M("RADPATH", "chat", "LI-RADS 5 in a cirrhotic, 2.4 cm with arterial enhancement and washout. No biopsy needed per the criteria.",
  [], "score")
T("score", "BI-RADS")
M("RADPATH", "chat", "BI-RADS 4B on the ultrasound. Scheduling the core for Wednesday; breast path will call results to the navigator.",
  [], "score weekday staff-role")
T("eponym", "Salter-Harris")
M("RADPATH", "chat", "Salter-Harris II of the distal radius, minimal displacement. Ortho resident already looked at it.",
  [], "eponym-bare")
T("eponym", "Weber")
M("RADPATH", "chat", "Weber B fibular fracture; syndesmosis looks intact on the stress views, medial clear space 3 mm.",
  [], "eponym-bare dose-lab")
T("eponym", "Schatzker")
M("RADPATH", "chat", "Schatzker VI tibial plateau. CT with 3D recon for surgical planning is protocolled.",
  [], "eponym-bare")
T("eponym", "Garden")
M("RADPATH", "chat", "Garden III femoral neck fracture, displaced. Arthroplasty rather than pinning at that age.",
  [], "eponym-bare common-word-not-name")
T("eponym", "Hounsfield")
M("RADPATH", "chat", "Adrenal nodule under 10 Hounsfield units on the non-contrast, so lipid-rich adenoma. No washout study needed.",
  [], "eponym dose-lab")
T("eponym", "Kerley")
M("RADPATH", "chat", "Kerley B lines, cephalization and small bilateral effusions. Looks like volume overload; compare with this morning's BNP.",
  [], "eponym-bare")
T("eponym", "Hampton", "Westermark")
M("MEDED", "chat", "For the teaching file: a CXR with both a Hampton hump and Westermark sign. Rare to catch both on one film.",
  [], "eponym teaching")
T("eponym", "Schmorl")
M("RADPATH", "report", "MRI lumbar spine: Schmorl nodes at L2-L3 and L3-L4, incidental. No canal stenosis.",
  [], "eponym-bare")
T("eponym", "Codman")
M("RADPATH", "chat", "Codman triangle with sunburst periosteal reaction at the distal femur. Osteosarcoma until proven otherwise; call ortho onc.",
  [], "eponym-bare")
T("place", "Nottingham")
M("RADPATH", "report", "Invasive ductal carcinoma, Nottingham grade 2 (3+2+2), ER 95%, PR 60%, HER2 1+ by IHC.",
  [], "place-rule score dose-lab")
T("eponym", "Orphan Annie")
M("RADPATH", "report", "Psammoma bodies, nuclear grooves and Orphan Annie nuclei: papillary thyroid carcinoma, classic type.",
  [], "eponym-bare")
T("eponym", "Call-Exner")
M("RADPATH", "chat", "Call-Exner bodies and coffee-bean nuclei; inhibin positive. Adult granulosa cell tumor, FOXL2 to confirm.",
  [], "eponym gene-protein")
T("eponym", "Mallory-Denk")
M("RADPATH", "chat", "Mallory-Denk bodies, ballooning and pericellular fibrosis on the liver core. Steatohepatitis, stage 2.",
  [], "eponym")
T("eponym", "Russell")
M("RADPATH", "chat", "Those pink globules are Russell bodies in plasma cells. Descriptive only, no clinical significance.",
  [], "eponym-bare teaching")
T("eponym", "Touton", "Langhans")
M("RADPATH", "chat", "Touton giant cells mean xanthogranuloma; Langhans giant cells with caseation mean TB. Different slide, different story.",
  [], "eponym-bare teaching")
M("RADPATH", "chat", "Frozen section margins negative at the pancreatic neck and bile duct. Whipple team can proceed with the anastomosis.",
  [], "eponym-bare")
T("brand", "Visage", "PowerScribe")
M("RADPATH", "ticket", "PACS is crawling again: Visage takes 40 s to open a CT and PowerScribe is lagging behind the dictation.",
  [], "org-software admin-chatter")
M("RADPATH", "notice", "New PowerScribe macros match the ACR incidental findings white papers (adrenal, renal, thyroid). Use them.",
  [], "organization org-software")
T("eponym", "Perls")
T("place", "Prussian blue")
M("RADPATH", "report", "Bone marrow iron: Perls Prussian blue shows ring sideroblasts in 20% of erythroid precursors.",
  [], "eponym-bare place-rule dose-lab")
M("RADPATH", "report", "CT ABD/PELVIS W CONTRAST | Acc# RA27-0318-4471 | Pt: FORREST, MAUREEN J | DOB 1946-02-07 | Ordering: Ilse Brandt, MD",
  [("RA27-0318-4471", "ID"), ("FORREST, MAUREEN J", "NAME"), ("1946-02-07", "DATE"), ("Ilse Brandt", "NAME")],
  "accession name-allcaps dob date-iso")
M("RADPATH", "chat", "The remote reader at 198.51.100.23 has tonight's queue; Ravi Subramanian's CTA head is first up.",
  [("198.51.100.23", "IP"), ("Ravi Subramanian", "NAME")], "ip name-possessive")
M("RADPATH", "report", "Surgical pathology S27-11842 (Kocher, Albrecht): thyroid lobectomy via Kocher incision, follicular adenoma, benign.",
  [("S27-11842", "ID"), ("Kocher, Albrecht", "NAME")], "accession name-last-first name-eponym-surname name-collision")
M("RADPATH", "chat", "Critical result called to Dr. Yusuf Demir at 604-555-0186 at 14:12, read back and acknowledged.",
  [("Yusuf Demir", "NAME"), ("604-555-0186", "PHONE")], "name-clinician phone clock-time")
M("RADPATH", "chat", "Outside films from Prairie View Imaging in Joliet for Lorraine Castle are in PACS; compare with her 2/2/2026 MRI.",
  [("Prairie View Imaging", "LOCATION"), ("Joliet", "LOCATION"), ("Lorraine Castle", "NAME"), ("2/2/2026", "DATE")],
  "facility city date-numeric")
M("RADPATH", "chat", "Portable hip films on a 102-year-old from Linden Grove Care Center. Impacted subcapital fracture.",
  [("102", "AGE"), ("Linden Grove Care Center", "LOCATION")], "age-over-89-digits facility")
M("RADPATH", "ticket", "PACS merge error: MRN 40021877 and MRN 40021878 studies swapped, Grace Liu and Grace Lau. Hold both reports.",
  [("40021877", "MRN"), ("40021878", "MRN"), ("Grace Liu", "NAME"), ("Grace Lau", "NAME")], "mrn name-common-word name-list")
M("RADPATH", "chat", "Laterality mismatch: image marker RT, requisition LT, for JEFFERSON-NAKAMURA, DAVID. Tech is re-shooting.",
  [("JEFFERSON-NAKAMURA, DAVID", "NAME")], "name-allcaps name-last-first name-hyphenated")
# =============================================================================================
# Anesthesia and the OR
# =============================================================================================
T("eponym", "Mallampati")
T("brand", "McGrath")
M("ANES", "chat", "Mallampati III, thyromental 5 cm, limited mouth opening. Awake fiberoptic, or try the McGrath first with a bougie?",
  [], "eponym-bare device-brand quick-question")
T("eponym", "Cormack-Lehane", "Macintosh", "Miller")
M("ANES", "chat", "Cormack-Lehane 2a with a Macintosh 3, easy tube. For the peds case after, set up a Miller 1 as well.",
  [], "eponym-bare device-brand")
T("eponym", "Swan")
M("ANES", "chat", "Swan floated via the right IJ: wedge 18, CO 3.9, SvO2 62. Cardiac anesthesia wants milrinone ready before bypass.",
  [], "eponym-bare vitals")
T("eponym", "Foley")
T("brand", "Bair Hugger")
M("ANES", "chat", "Foley in, esophageal temp probe in, Bair Hugger on upper body. Core temp 35.8, turning the room up.",
  [], "eponym-bare device-brand vitals")
T("eponym", "Jackson-Pratt")
M("ANES", "order", "Jackson-Pratt x2 to bulb suction. Record output every shift and strip the tubing q4h.",
  [], "eponym-bare")
T("eponym", "Trendelenburg")
M("ANES", "chat", "Steep Trendelenburg for the robotic prostatectomy; peak pressures at 34. Dropping the tidal volume, raising the rate.",
  [], "eponym-bare vitals")
T("eponym", "Sellick")
M("ANES", "chat", "Sellick pressure is out of favor for RSI here. Skip it unless the attending specifically asks.",
  [], "eponym-bare")
T("eponym", "Bier")
M("ANES", "chat", "Bier block for the hand case: 0.5% lidocaine 40 mL, double cuff checked, minimum cuff time 20 minutes.",
  [], "eponym-bare dose-lab")
T("eponym", "Apfel")
T("org", "ASA")
M("ANES", "chat", "ASA 3E, Apfel 4. TIVA with propofol and dexmedetomidine, no volatile, dexamethasone and ondansetron on board.",
  [], "eponym-bare organization score")
T("eponym", "Aldrete")
M("ANES", "chat", "Aldrete 9, pain 3/10, ready for phase 2. PACU nurse will call the family from the desk.",
  [], "eponym-bare score-fraction relative-not-named")
T("brand", "Ryanodex", "Dantrium")
M("ANES", "chat", "Malignant hyperthermia cart checked: Ryanodex vials in date, Dantrium backup stocked, cold saline in the fridge.",
  [], "drug-brand-name")
T("brand", "Bridion")
M("ANES", "chat", "Bridion 2 mg/kg at TOF count 2; full reversal in 90 seconds. Extubated awake.",
  [], "drug-brand-name dose-lab")
T("brand", "Glidescope")
M("ANES", "chat", "C-collar on, so Glidescope with manual in-line stabilization; bougie and a 6.5 tube ready.",
  [], "device-brand dose-lab")
T("eponym", "Lee")
T("org", "ACC", "AHA")
M("ANES", "chat", "Revised Lee index 2, but he climbs two flights without stopping, over 4 METs. No stress test per ACC/AHA.",
  [], "eponym-bare organization guideline")
M("ANES", "chat", "Kocher maneuver coming to mobilize the duodenum; heads up, traction can drop the heart rate.",
  [], "eponym-bare")
T("eponym", "Kocher")
T("eponym", "Pfannenstiel")
M("ANES", "chat", "Pfannenstiel incision for the repeat section; spinal to T4, phenylephrine infusion at 50 mcg/min.",
  [], "eponym-bare dose-lab")
T("eponym", "Lloyd-Davies")
M("ANES", "chat", "Lloyd-Davies position for the low anterior resection. Calves padded, legs checked every hour for compartment risk.",
  [], "eponym-bare")
T("eponym", "Hartmann")
M("ANES", "chat", "Converting the sigmoid resection to a Hartmann; expect another 90 minutes, so redose the cefazolin.",
  [], "eponym-bare dose-lab")
T("eponym", "Nissen")
M("ANES", "chat", "Nissen fundoplication: please pass the 54 Fr bougie before they wrap, slowly and on my count.",
  [], "eponym-bare dose-lab")
T("eponym", "Roux-en-Y")
M("ANES", "order", "OR 4 at 0730: laparoscopic Roux-en-Y, BMI 52, bariatric bed and long trocars, video laryngoscope in room.",
  [], "eponym-bare room-bed-number clock-time")
T("eponym", "Pringle")
M("ANES", "chat", "Pringle on for 15 minutes during the liver resection, lactate 3.1. Keep the CVP low, we are fine.",
  [], "eponym-bare dose-lab")
T("eponym", "Allen")
M("ANES", "chat", "Allen test normal on the left, placing the radial art line there. Art line dressing after positioning.",
  [], "eponym-bare common-word-not-name")
M("ANES", "chat", "Day-of-surgery: Desmond Achebe, Mallampati IV, consent signed. Ride home is his partner Nikhil, 414-555-0111.",
  [("Desmond Achebe", "NAME"), ("Nikhil", "NAME"), ("414-555-0111", "PHONE")], "name-relative phone name-given-only")
M("ANES", "chat", "Johanna Bier is here for a Bier block for her carpal tunnel release and asked if it's named after her family.",
  [("Johanna Bier", "NAME")], "name-eponym-surname name-collision")
M("ANES", "order", "OR board 3/26: OR 2 0730 Thorsby TKA; OR 3 0800 Boateng-Mensah lap chole; OR 5 0915 Fairweather Nissen.",
  [("3/26", "DATE"), ("Thorsby", "NAME"), ("Boateng-Mensah", "NAME"), ("Fairweather", "NAME")], "name-surname-only name-list date-numeric")
M("ANES", "chat", "98-year-old for hip hemiarthroplasty, DNR to be readdressed; grandson Silas is the one to talk to.",
  [("98", "AGE"), ("Silas", "NAME")], "age-over-89-digits name-relative name-given-only")
M("ANES", "chat", "Day surgery can't release Cyrus Valdez without an escort. His license D413-772-90-118 was scanned at check-in.",
  [("Cyrus Valdez", "NAME"), ("D413-772-90-118", "LICENSE")], "drivers-license name-plain")
M("ANES", "chat", "Sedated patient Otto Brennan left in his own car, silver sedan, plate HRB 2291. Security and the charge nurse notified.",
  [("Otto Brennan", "NAME"), ("HRB 2291", "VEHICLE")], "vehicle name-plain staff-role")
M("ANES", "chat", "Pre-op labs missing for MRN 59002316 and the case is at 0800. Who ordered the type and screen?",
  [("59002316", "MRN")], "mrn clock-time")
M("ANES", "chat", "Pacemaker serial PJN447120H for Margit Hegedűs: device rep will reprogram to DOO before the cautery starts.",
  [("PJN447120H", "DEVICE"), ("Margit Hegedűs", "NAME")], "device-serial name-non-english")
M("ANES", "chat", "Shout-out to anesthesia tech Hollis Grant for restocking OR 7's difficult airway cart at 3 am.",
  [("Hollis Grant", "NAME")], "name-staff name-common-word")
# =============================================================================================
# Dental and oral surgery
# =============================================================================================
T("eponym", "Black")
M("DENT", "chat", "Tooth #30 has recurrent decay under the old MOD. Black class II prep, composite rather than amalgam this time.",
  [], "eponym-bare tooth-number")
T("eponym", "Angle")
M("DENT", "chat", "Angle class II division 2 with a deep bite. Orthodontic referral before we restore the lower incisors.",
  [], "eponym-bare")
T("eponym", "Le Fort")
M("DENT", "chat", "Le Fort I osteotomy for the maxillary advancement is on Tuesday; splint fabricated and in the sterile bin.",
  [], "eponym-bare weekday")
T("eponym", "Caldwell-Luc")
M("DENT", "chat", "Nobody does a Caldwell-Luc for the displaced root anymore; ENT will fish it out endoscopically.",
  [], "eponym-bare")
T("eponym", "Vincent")
M("DENT", "chat", "Punched-out interdental papillae, fetor, bleeding: Vincent angina, old name for ANUG. Chlorhexidine and metronidazole.",
  [], "eponym-bare")
M("DENT", "chat", "Teaching slide: notched Hutchinson incisors and mulberry molars, the dental signs of congenital syphilis.",
  [], "eponym teaching")
T("eponym", "Koplik")
M("DENT", "chat", "Koplik spots on the buccal mucosa and a cough. Measles until proven otherwise; mask him and call infection prevention.",
  [], "eponym")
T("eponym", "Fordyce")
M("DENT", "chat", "Those yellow dots on the buccal mucosa are Fordyce granules. Normal, reassure, no biopsy.",
  [], "eponym-bare")
T("eponym", "Stafne")
M("DENT", "report", "Panoramic radiograph: well-defined radiolucency below the mandibular canal, left. Stafne bone cavity, incidental.",
  [], "eponym-bare")
T("eponym", "Gow-Gates", "Vazirani-Akinosi")
M("DENT", "chat", "Gow-Gates worked where two IANBs failed. For the patient with trismus tomorrow, try a Vazirani-Akinosi.",
  [], "eponym-bare")
T("eponym", "Frey")
M("DENT", "chat", "Gustatory sweating over the parotid bed since the parotidectomy: Frey syndrome. Botox works well for it.",
  [], "eponym drug-brand-name")
T("brand", "Peridex", "Sensodyne")
M("DENT", "chat", "Peridex rinse BID for two weeks after the extractions, and Sensodyne for the cervical sensitivity.",
  [], "drug-brand-name")
T("brand", "Carestream", "Planmeca")
M("DENT", "ticket", "Carestream pano unit is throwing error 42 again. Use the Planmeca in operatory 3 until the service visit.",
  [], "device-brand room-bed-number")
T("org", "ADA")
M("DENT", "chat", "ADA guidance: antibiotic prophylaxis before extraction only for prosthetic valves, prior endocarditis and certain CHD.",
  [], "organization guideline")
T("brand", "Alvogyl")
M("DENT", "chat", "Dry socket on day 3. Alvogyl packing, then ibuprofen 600 and acetaminophen 1000 alternating.",
  [], "drug-brand-name dose-lab")
M("DENT", "chat", "Penny-sized ulcer on the lateral tongue for three weeks. Biopsy it, don't just watch and rinse.",
  [], "common-word-not-name")
T("brand", "Straumann", "Nobel")
M("DENT", "chat", "Straumann or Nobel implants are both fine for the posterior mandible; lot numbers go in the implant log.",
  [], "device-brand lot-number")
T("eponym", "Pierre Robin")
M("DENT", "chat", "Pierre Robin sequence baby in cleft clinic: feeding plate, prone positioning, sleep study before discharge.",
  [], "eponym-bare")
T("eponym", "Van der Woude")
T("score", "IRF6")
M("GEN", "chat", "Lower lip pits with a cleft palate: Van der Woude, IRF6 testing. Parent has pits too, so likely inherited.",
  [], "eponym-bare gene-protein relative-not-named")
T("eponym", "Treacher Collins")
M("DENT", "chat", "Treacher Collins: the airway plan with anesthesia has to be settled before the mandibular distraction.",
  [], "eponym-bare")
M("DENT", "chat", "Extraction of #19 for Beverly Angle today. Otherwise an Angle class I occlusion, which she found very funny.",
  [("Beverly Angle", "NAME")], "name-eponym-surname name-collision tooth-number")
M("DENT", "chat", "Oral surgeon Farid Haddad's DEA MH2230917 lapsed last week. Hold the hydrocodone scripts until it's renewed.",
  [("Farid Haddad", "NAME"), ("MH2230917", "LICENSE")], "clinician-license name-clinician name-possessive")
M("DENT", "chat", "Smile photos smile_front_rcastellano.jpg and smile_side_rcastellano.jpg are in the chart for Rosa Castellano's veneer consult.",
  [("smile_front_rcastellano.jpg", "PHOTO"), ("smile_side_rcastellano.jpg", "PHOTO"), ("Rosa Castellano", "NAME")],
  "photo-filename name-possessive")
M("DENT", "billing", "Dental billing: patient account 7700418823, Tobias Engel, balance $412 after the crown.",
  [("7700418823", "ACCOUNT"), ("Tobias Engel", "NAME")], "account name-plain")
M("DENT", "letter", "Medical clearance request for Elijah Stroud sent to Noor Qureshi's office, fax 262-555-0190.",
  [("Elijah Stroud", "NAME"), ("Noor Qureshi", "NAME"), ("262-555-0190", "FAX")], "fax name-clinician referral-letter")
M("DENT", "chat", "School sealant day at Riverside Middle School: consent for Mateo Guzmán came back, address 1804 Oak Hollow Dr.",
  [("Riverside Middle School", "LOCATION"), ("Mateo Guzmán", "NAME"), ("1804 Oak Hollow Dr", "LOCATION")],
  "school-name address name-non-english")
M("DENT", "chat", "Wisdom teeth for Brandy-Lynn Kopecky moved to 4/9 under IV sedation; her mom is driving.",
  [("Brandy-Lynn Kopecky", "NAME"), ("4/9", "DATE")], "name-hyphenated date-numeric relative-not-named")
M("DENT", "chat", "Denture reline for a 99-year-old at Cedar Hills Senior Living; she brought her own adhesive and opinions.",
  [("99", "AGE"), ("Cedar Hills Senior Living", "LOCATION")], "age-over-89-digits facility")
M("DENT", "chat", "Post-op bleeding call from Omar Farouk, 920 555 0164, has been biting on gauze for an hour.",
  [("Omar Farouk", "NAME"), ("920 555 0164", "PHONE")], "phone spaced-digits name-non-english")
# =============================================================================================
# PM&R and rehab
# =============================================================================================
T("score", "FIM", "ASIA")
M("REHAB", "chat", "FIM motor 42 on admission, goal 70 by discharge. ASIA C at T10, so walking goals are realistic.",
  [], "score dose-lab")
T("eponym", "Berg")
M("REHAB", "chat", "Berg 38/56 means high fall risk. Keep the rollator and no solo showers yet.",
  [], "eponym-bare score-fraction")
T("eponym", "Tinetti")
M("REHAB", "chat", "Tinetti 19/28 and TUG 16 seconds today, both better than last week. Family training Friday.",
  [], "eponym-bare score-fraction weekday")
T("eponym", "Ashworth")
M("REHAB", "chat", "Modified Ashworth 2 in the elbow flexors. Botox to biceps and brachialis, or phenol to the musculocutaneous?",
  [], "eponym-bare drug-brand-name quick-question")
T("eponym", "Brunnstrom")
M("REHAB", "chat", "Brunnstrom stage 3 in the right hand, synergy patterns dominating. OT will start constraint-induced therapy.",
  [], "eponym-bare")
T("place", "Rancho Los Amigos")
T("brand", "Craig")
M("REHAB", "chat", "Rancho Los Amigos level V after the TBI, confused and impulsive. Ordering a Craig bed so he stops climbing out.",
  [], "place-rule device-brand")
T("brand", "Lokomat", "Ekso")
M("REHAB", "chat", "Lokomat slots open Thursday afternoon; the Ekso is down for maintenance until next week.",
  [], "device-brand weekday")
T("eponym", "Hoyer")
M("REHAB", "chat", "Hoyer lift for all transfers until trunk control improves; two-person assist for bed mobility.",
  [], "eponym-bare")
T("eponym", "Kegel")
M("REHAB", "chat", "Kegel program plus biofeedback for the post-prostatectomy leakage; pelvic floor PT twice a week.",
  [], "eponym-bare")
T("eponym", "Thomas", "Ober")
M("REHAB", "chat", "Thomas test shows hip flexor tightness on the right; Ober test tight on the same side. Stretching program.",
  [], "eponym-bare")
M("REHAB", "chat", "Trendelenburg gait on the left from gluteus medius weakness. Cane in the right hand, abductor strengthening.",
  [], "eponym-bare")
T("eponym", "Charcot")
M("REHAB", "chat", "Active Charcot foot, temp difference 3 degrees. Total contact cast change Monday, non-weight-bearing until then.",
  [], "eponym-bare weekday")
T("eponym", "Brown-Séquard")
M("REHAB", "chat", "Brown-Séquard pattern after the stab wound: left leg weak, right side lost pain and temperature.",
  [], "eponym-bare")
T("eponym", "Frenkel")
M("REHAB", "chat", "Frenkel exercises for the sensory ataxia, with a mirror and visual targets on the floor.",
  [], "eponym-bare")
T("eponym", "Williams", "McKenzie")
M("REHAB", "chat", "Williams flexion or McKenzie extension? His pain centralizes with repeated extension, so McKenzie.",
  [], "eponym-bare quick-question")
T("org", "CARF", "Medicare")
M("REHAB", "notice", "CARF survey is in May. Also, the Medicare 3-hour rule still applies: document 15 hours over 7 days for exceptions.",
  [], "organization month-word")
T("brand", "Permobil", "Roho")
M("REHAB", "chat", "Power chair eval: Permobil with tilt-in-space and a Roho cushion. Seating clinic will submit the paperwork.",
  [], "device-brand")
M("REHAB", "ticket", "Permobil M3 serial PM3-22-087714 for Isaiah Whitlock: tilt actuator failed, vendor visit requested.",
  [("PM3-22-087714", "DEVICE"), ("Isaiah Whitlock", "NAME")], "device-serial name-plain")
M("REHAB", "chat", "Aphasia naming probe recording naming_probe_zhang_wei_0320.m4a is saved under media for Zhang Wei.",
  [("naming_probe_zhang_wei_0320.m4a", "BIOMETRIC"), ("Zhang Wei", "NAME")], "biometric name-non-english")
M("REHAB", "chat", "Driver rehab: adaptive van for Corinne Blackwood, VIN 1FBAX2CM4PKA33817, left-foot accelerator installed.",
  [("Corinne Blackwood", "NAME"), ("1FBAX2CM4PKA33817", "VEHICLE")], "vehicle name-plain")
M("REHAB", "chat", "Driving eval passed for Lowell Pettibone; license P314-5599-0212 restricted to daylight driving.",
  [("Lowell Pettibone", "NAME"), ("P314-5599-0212", "LICENSE")], "drivers-license name-plain")
M("REHAB", "chat", "Home eval at 62 Kettle Moraine Rd, Slinger: three steps, no rail, tub only. Daughter Marisa was there.",
  [("62 Kettle Moraine Rd", "LOCATION"), ("Slinger", "LOCATION"), ("Marisa", "NAME")], "address city name-relative")
M("REHAB", "chat", "IRF admission: ninety-two, hip fracture, lives alone. Winifred Sowa wants to go home, not to a SNF.",
  [("ninety-two", "AGE"), ("Winifred Sowa", "NAME")], "age-over-89-words name-plain")
M("REHAB", "chat", "Cornelius Abara discharged to Maple Bluff Rehab on 3/30, PM&R follow-up 5/12.",
  [("Cornelius Abara", "NAME"), ("Maple Bluff Rehab", "LOCATION"), ("3/30", "DATE"), ("5/12", "DATE")], "facility date-numeric name-plain")
M("REHAB", "chat", "Raymond 'Buck' Tillman called from 608-555-0175; his prosthetic socket is rubbing again.",
  [("Raymond", "NAME"), ("Buck", "NAME"), ("Tillman", "NAME"), ("608-555-0175", "PHONE")], "name-nickname phone")
M("REHAB", "order", "Spasticity clinic, MRN 22710095: baclofen pump (SN NGP448120) refill due 4/3, 500 mcg/mL.",
  [("22710095", "MRN"), ("NGP448120", "DEVICE"), ("4/3", "DATE")], "mrn device-serial date-numeric")
# =============================================================================================
# Medical genetics
# =============================================================================================
T("eponym", "Lynch")
T("score", "MLH1", "BRAF")
M("GEN", "report", "Colon tumor IHC: loss of MLH1 and PMS2, BRAF V600E wild-type. Lynch remains possible; germline testing recommended.",
  [], "eponym-bare gene-protein")
T("eponym", "Marfan")
T("place", "Ghent")
M("GEN", "chat", "Revised Ghent criteria: aortic root Z-score 3.2 plus ectopia lentis is enough for Marfan even without the FBN1 result.",
  [], "eponym-bare place-rule dose-lab")
T("eponym", "Ehlers-Danlos", "Beighton")
M("GEN", "chat", "Beighton 7/9, soft skin, recurrent subluxations. Hypermobile Ehlers-Danlos fits; there is no gene test for that type.",
  [], "eponym score-fraction")
T("eponym", "Turner")
M("GEN", "chat", "Karyotype 45,X/46,XX mosaic: Turner. Cardiology for bicuspid valve and coarctation, endo for growth.",
  [], "eponym-bare code-number")
T("eponym", "Noonan")
T("score", "PTPN11")
M("GEN", "chat", "PTPN11 pathogenic variant confirms Noonan. Growth hormone discussion with endocrinology next month.",
  [], "eponym-bare gene-protein")
T("eponym", "Down")
T("org", "AAP")
M("GEN", "chat", "Down syndrome clinic checklist: annual TSH and CBC, hearing, vision, and the AAP health supervision items.",
  [], "eponym organization")
T("eponym", "Angelman", "Prader-Willi")
M("GEN", "chat", "Angelman vs Prader-Willi: run methylation studies on 15q11-q13 first, then reflex to deletion or UPD testing.",
  [], "eponym-bare code-number")
T("eponym", "Fabry")
T("brand", "Fabrazyme", "Galafold")
M("GEN", "chat", "Alpha-gal A activity very low in the male proband, Fabry confirmed. Galafold only if the variant is amenable, else Fabrazyme.",
  [], "eponym-bare drug-brand-name")
T("eponym", "Gaucher")
T("brand", "Cerezyme")
M("GEN", "chat", "Gaucher type 1 on Cerezyme every two weeks; spleen volume down 30% and platelets up to 140.",
  [], "eponym-bare drug-brand-name dose-lab")
T("eponym", "Tay-Sachs")
M("GEN", "chat", "Tay-Sachs carrier screening is already included in the expanded pan-ethnic panel; no separate order needed.",
  [], "eponym")
T("eponym", "Hardy-Weinberg")
M("MEDED", "chat", "Board review: with a carrier frequency of 1 in 25, Hardy-Weinberg gives an incidence of about 1 in 2500.",
  [], "eponym board-review score-fraction")
T("org", "ClinVar", "ACMG")
M("GEN", "chat", "ClinVar lists it as a VUS, but ACMG criteria PM2 and PP3 push it toward likely pathogenic. Re-review at variant conference.",
  [], "organization conference")
T("brand", "Invitae", "GeneDx")
M("GEN", "chat", "Invitae and GeneDx both quote about 3 weeks. The insurer prefers GeneDx this year, so default to that.",
  [], "company insurer")
T("eponym", "Von Hippel-Lindau")
M("GEN", "chat", "Von Hippel-Lindau surveillance: yearly MRI abdomen, dilated eye exam and plasma metanephrines.",
  [], "eponym-bare")
T("eponym", "Peutz-Jeghers")
T("score", "STK11")
M("GEN", "chat", "Peutz-Jeghers with an STK11 deletion: upper and lower endoscopy every 3 years starting in the teens.",
  [], "eponym-bare gene-protein")
T("eponym", "Li-Fraumeni")
T("place", "Toronto")
M("GEN", "chat", "Li-Fraumeni surveillance follows the Toronto protocol, including an annual whole-body MRI.",
  [], "eponym-bare place-rule")
T("eponym", "Smith-Lemli-Opitz")
M("GEN", "chat", "7-DHC is markedly elevated, so Smith-Lemli-Opitz. Cholesterol supplementation and a dietitian referral.",
  [], "eponym-bare")
M("GEN", "chat", "Pedigree for proband Ximena Arroyo: mother Lucero, breast cancer at 41; maternal aunt Pilar, ovarian; grandmother died at 93.",
  [("Ximena Arroyo", "NAME"), ("Lucero", "NAME"), ("Pilar", "NAME"), ("93", "AGE")], "name-relative age-over-89-digits name-given-only")
M("GEN", "chat", "Mr. Cowden does have Cowden syndrome: Declan Cowden, PTEN exon deletion. His sister Orla is coming for cascade testing.",
  [("Cowden", "NAME"), ("Declan Cowden", "NAME"), ("Orla", "NAME")], "name-eponym-surname name-collision name-relative")
M("GEN", "chat", "Dysmorphology review photos: face_frontal_babyboy_ruiz.jpg and face_profile_babyboy_ruiz.jpg are in the media tab.",
  [("face_frontal_babyboy_ruiz.jpg", "PHOTO"), ("face_profile_babyboy_ruiz.jpg", "PHOTO")], "photo-filename")
M("GEN", "chat", "Specimen GX-27-0044719 for Talia Brenner reached the reference lab; requisition faxed to 312-555-0177.",
  [("GX-27-0044719", "ID"), ("Talia Brenner", "NAME"), ("312-555-0177", "FAX")], "other-id fax name-plain")
M("GEN", "email", "From: renata.oyelaran@example.com\nHi team, can we move the results disclosure for Hollis Yates to the afternoon? Renata Oyelaran, CGC",
  [("renata.oyelaran@example.com", "EMAIL"), ("Hollis Yates", "NAME"), ("Renata Oyelaran", "NAME")], "email-paste name-staff")
M("GEN", "chat", "The family made a fundraiser page for Baby Amari's Krabbe transplant: https://www.example.org/fund/amari-k",
  [("Amari", "NAME"), ("https://www.example.org/fund/amari-k", "URL")], "url name-possessive name-given-only")
M("GEN", "chat", "Newborn screen flagged SCID for Baby Girl Nakamura, born 3/17/2027. Repeat TRECs and flow today.",
  [("Nakamura", "NAME"), ("3/17/2027", "DATE")], "dob name-surname-only")
M("GEN", "chat", "Proband's father Gunnar Lie died 11/02/2019 of an aortic dissection at 44; autopsy report requested.",
  [("Gunnar Lie", "NAME"), ("11/02/2019", "DATE")], "name-relative date-numeric")
M("GEN", "order", "Saliva kit ship-to: 3309 Quarry Ridge Way, Verona 53593, attn Priyanka Balakrishnan.",
  [("3309 Quarry Ridge Way", "LOCATION"), ("Verona", "LOCATION"), ("53593", "LOCATION"), ("Priyanka Balakrishnan", "NAME")],
  "address zip name-non-english")
# =============================================================================================
# Research coordinators
# =============================================================================================
M("RES", "chat", "Screening log reminder: ages 90-100 are excluded per amendment 3, so stop pre-screening the memory clinic list for them.",
  [], "age-aggregate admin-chatter")
T("org", "IRB")
M("RES", "chat", "IRB approved the continuing review; consent version 4.2 with the new stamp is in the regulatory binder.",
  [], "organization")
T("place", "Helsinki")
T("org", "CITI")
M("RES", "notice", "Declaration of Helsinki and GCP refresher due for all coordinators; CITI modules expire every 3 years.",
  [], "place-rule organization")
T("place", "Framingham")
M("RES", "chat", "Randomization is stratified by Framingham risk (under 10%, 10-20%, over 20%) and by site.",
  [], "place-rule score")
T("brand", "REDCap")
M("RES", "ticket", "REDCap maintenance Saturday 2-6 am. Enter visits on the paper CRFs and transcribe Monday.",
  [], "org-software weekday")
T("org", "ClinicalTrials.gov")
M("RES", "chat", "ClinicalTrials.gov results posting is due 12 months after primary completion, so we have until November.",
  [], "organization month-word")
T("eponym", "Bland-Altman", "Kaplan-Meier")
M("RES", "chat", "Bland-Altman for the device agreement substudy looks good, bias 0.3. Kaplan-Meier curves for the main trial next.",
  [], "eponym-bare")
T("eponym", "Cox")
M("RES", "chat", "Cox model adjusted for age, sex and eGFR gives HR 0.78 (0.64-0.95). Proportional hazards holds.",
  [], "eponym-bare dose-lab")
T("eponym", "Bonferroni")
M("RES", "chat", "Five secondary comparisons, so Bonferroni alpha is 0.01; and use Fisher exact for the 2x2 with cells under 5.",
  [], "eponym-bare")
T("eponym", "Wilcoxon", "Mann-Whitney")
M("RES", "chat", "Paired pain scores: Wilcoxon signed-rank. Two independent groups: Mann-Whitney. Please don't t-test the ordinal data.",
  [], "eponym-bare")
T("eponym", "Pearson", "Spearman")
M("RES", "chat", "Pearson or Spearman for the correlation? The biomarker is skewed, so Spearman.",
  [], "eponym-bare quick-question")
T("score", "CONSORT")
M("RES", "chat", "CONSORT diagram numbers updated: 412 screened, 188 randomized, 9 lost to follow-up.",
  [], "score dose-lab")
T("place", "Belmont")
M("RES", "notice", "New coordinator orientation covers the Belmont Report principles, delegation logs and drug accountability.",
  [], "place-rule admin-chatter")
M("RES", "chat", "Protocol deviation: visit 6 done on day 97 instead of day 84 plus or minus 7. File it before the monitor visit.",
  [], "not-a-date dose-lab")
M("RES", "chat", "Subject 014-0032, Rosalind Kimathi, consented 3/2 and randomized 3/9; stipend on the study card ending 8812.",
  [("014-0032", "ID"), ("Rosalind Kimathi", "NAME"), ("3/2", "DATE"), ("3/9", "DATE"), ("8812", "ACCOUNT")],
  "research-subject-id date-numeric account")
M("RES", "ticket", "REDCap audit log: the survey for subject 014-0047 was submitted from 192.0.2.144 at 03:12. Was that the participant?",
  [("014-0047", "ID"), ("192.0.2.144", "IP")], "research-subject-id ip clock-time")
M("RES", "chat", "Payments over $600 need a W-9. Lamar Pruitt's SSN on the form is 903-18-7754; please lock the form.",
  [("Lamar Pruitt", "NAME"), ("903-18-7754", "SSN")], "ssn name-possessive")
M("RES", "chat", "eConsent link went to jrivera.home@example.net, which is not Julio Rivera-Santos's address. Resend and note the error.",
  [("jrivera.home@example.net", "EMAIL"), ("Julio Rivera-Santos", "NAME")], "email name-hyphenated")
M("RES", "chat", "Someone pasted https://studyportal.example.com/p/014-0051?tok=8f2a in a public channel. Rotate that token now.",
  [("https://studyportal.example.com/p/014-0051?tok=8f2a", "URL")], "url")
M("RES", "chat", "Voice substudy file vs_014-0029_visit3.wav uploaded for Mavis Underhill; the visit 2 file is missing.",
  [("vs_014-0029_visit3.wav", "BIOMETRIC"), ("Mavis Underhill", "NAME")], "biometric name-plain")
M("RES", "chat", "Prescreen fail: a 91-year-old from the memory clinic; the protocol excludes ages 90-100.",
  [("91", "AGE")], "age-over-89-digits age-aggregate")
M("RES", "chat", "After-hours AEs go to coordinator Benedikt Sauer's cell, 608-555-0143, not the main line.",
  [("Benedikt Sauer", "NAME"), ("608-555-0143", "PHONE")], "name-staff phone")
M("RES", "chat", "SAE report: MRN 66510283 admitted 3/20 with pneumonia, judged unrelated by PI Helena Marsh.",
  [("66510283", "MRN"), ("3/20", "DATE"), ("Helena Marsh", "NAME")], "mrn date-numeric name-clinician")
# =============================================================================================
# Quality and patient safety
# =============================================================================================
T("org", "Joint Commission")
M("QPS", "notice", "Joint Commission tracers start next week. Two patient identifiers at every med pass and every specimen label, no exceptions.",
  [], "organization admin-chatter")
T("org", "Leapfrog")
M("QPS", "notice", "Leapfrog grade is in: an A again. Hand hygiene compliance was 91% for the quarter, thank you all.",
  [], "organization dose-lab")
T("place", "Swiss cheese")
M("QPS", "chat", "For the RCA, the Swiss cheese model fits: the hole in the pharmacy layer lined up with the one at the bedside scanner.",
  [], "place-rule")
T("eponym", "Ishikawa")
M("QPS", "chat", "Ishikawa fishbone for the wrong-site near miss is on the whiteboard in conference room B, add your causes.",
  [], "eponym-bare room-bed-number")
T("eponym", "Pareto")
M("QPS", "chat", "The Pareto chart says 80% of our falls happen between 0200 and 0600, mostly on the way to the bathroom.",
  [], "eponym-bare clock-time")
T("eponym", "Deming")
T("score", "SEP-1")
M("QPS", "chat", "Deming cycle 3 on the sepsis bundle: SEP-1 compliance up to 74% from 58%.",
  [], "eponym-bare score dose-lab")
T("eponym", "Braden")
M("QPS", "order", "Braden 12 or below triggers the pressure injury bundle: specialty mattress, q2h turns, wound nurse consult.",
  [], "eponym-bare score")
T("eponym", "Morse")
M("QPS", "chat", "Morse Fall Scale 55: yellow socks, bed alarm, and toileting rounds every 2 hours overnight.",
  [], "eponym score")
M("QPS", "chat", "CAUTI rate 1.2 per 1000 catheter days. The Foley removal protocol audit is due by the end of the month.",
  [], "eponym-bare dose-lab")
T("org", "NQF", "AHRQ")
M("QPS", "notice", "The NQF never-events list is posted in each OR. The AHRQ culture of safety survey closes Friday at noon.",
  [], "organization weekday")
T("org", "CMS")
T("score", "HCAHPS")
M("QPS", "chat", "CMS star rating slipped on readmissions. HCAHPS communication about medicines is the easiest lever.",
  [], "organization score")
M("QPS", "chat", "Reminder: sentinel event reviews stay in the peer-review folder. No identifiers in this channel, please.",
  [], "admin-chatter")
T("brand", "ENFit")
M("QPS", "chat", "ENFit connectors make enteral-to-IV misconnections physically impossible; the old adapters are being pulled.",
  [], "device-brand")
T("place", "Hawthorne")
M("QPS", "chat", "Hand hygiene jumps whenever the observers wear vests. Classic Hawthorne effect, so switch to covert audits.",
  [], "place-rule")
M("QPS", "report", "Event #QS-27-00981: unwitnessed fall, Gertrude Pfeiffer, 95, found on floor at 0315, no injury on exam.",
  [("QS-27-00981", "ID"), ("Gertrude Pfeiffer", "NAME"), ("95", "AGE")], "other-id age-over-89-digits clock-time")
M("QPS", "chat", "Wound photo sacrum_pi_0322_ossai.jpg documents the stage 3 injury for Benedict Ossai per the wound policy.",
  [("sacrum_pi_0322_ossai.jpg", "PHOTO"), ("Benedict Ossai", "NAME")], "photo-filename name-plain")
M("QPS", "report", "Security report, garage B: vehicle plate LVR-6620 struck a pedestrian, who turned out to be our patient Tamsin Roe.",
  [("LVR-6620", "VEHICLE"), ("Tamsin Roe", "NAME")], "vehicle name-plain")
M("QPS", "report", "Wrong-patient order: meds for Faith Okereke (MRN 31008877) entered on Faith Okoro (MRN 31008878).",
  [("Faith Okereke", "NAME"), ("31008877", "MRN"), ("Faith Okoro", "NAME"), ("31008878", "MRN")], "mrn name-common-word")
M("QPS", "letter", "Grievance letter from Harriet Bloom-Castellanos, 2208 Juniper Ave, Kenosha, about her mother's discharge on 2/27.",
  [("Harriet Bloom-Castellanos", "NAME"), ("2208 Juniper Ave", "LOCATION"), ("Kenosha", "LOCATION"), ("2/27", "DATE")],
  "address city date-numeric relative-not-named")
M("QPS", "chat", "RCA team: Priscilla Nakamura-Hale (nursing), Emeka Obi (pharmacy), Jo Anne Ferris (risk). First meeting Thursday.",
  [("Priscilla Nakamura-Hale", "NAME"), ("Emeka Obi", "NAME"), ("Jo Anne Ferris", "NAME")], "name-staff name-list weekday")
M("QPS", "chat", "The family of Roland Beaumont wants a callback from risk management at 815-555-0161.",
  [("Roland Beaumont", "NAME"), ("815-555-0161", "PHONE")], "phone name-plain")
M("QPS", "chat", "Somebody shared https://ehr.example.org/chart?mrn=77104432 in the safety huddle chat; deleting it.",
  [("https://ehr.example.org/chart?mrn=77104432", "URL")], "url")
M("QPS", "report", "Restraint review: 100-year-old with delirium, mitts applied 3/18 22:00, removed 3/19 06:00.",
  [("100", "AGE"), ("3/18", "DATE"), ("3/19", "DATE")], "age-over-89-digits date-numeric")
# =============================================================================================
# Residency and medical education
# =============================================================================================
T("book", "Harrison's", "MKSAP")
M("MEDED", "chat", "Board review tonight: the Harrison's chapter on vasculitis plus 20 MKSAP questions. Snacks in the resident lounge.",
  [], "textbook board-review")
T("book", "Robbins", "Pathoma")
M("MEDED", "chat", "Robbins is overkill for a four-week path rotation. Pathoma and the slide sessions are plenty.",
  [], "textbook")
T("book", "Netter", "Gray's")
M("MEDED", "chat", "Netter plates for the brachial plexus, then Gray's for the details. Anatomy lab is Thursday at 1 pm.",
  [], "textbook weekday clock-time")
T("place", "Seattle protocol")
T("eponym", "Barrett")
M("MEDED", "notice", "Grand rounds Thursday: lessons from the Seattle protocol for Barrett surveillance, 4-quadrant biopsies every 1 cm.",
  [], "place-rule eponym-bare conference")
T("book", "SELECT")
M("MEDED", "notice", "Journal club: the SELECT trial, semaglutide in patients with CVD and obesity but no diabetes. Pick a side to argue.",
  [], "journal-club trial-name")
T("org", "ASCO")
M("ONC", "chat", "ASCO abstract deadline is in February; the fellow's abstract on Keytruda pneumonitis rates needs a final read.",
  [], "organization drug-brand-name month-word conference")
T("org", "AAN")
M("MEDED", "chat", "Anyone going to AAN in April? Conference leave forms are due to the program coordinator by Friday.",
  [], "organization conference month-word")
T("brand", "UWorld", "First Aid", "Amboss")
M("MEDED", "chat", "Step 2 CK prep: UWorld and First Aid are plenty. The library also has Amboss licenses now.",
  [], "board-review textbook")
M("MEDED", "chat", "Milestones: the PGY-2s need three more Mini-CEX observations each before the CCC meeting.",
  [], "admin-chatter")
T("eponym", "Forrest")
T("place", "Glasgow-Blatchford")
M("MEDED", "chat", "Morning report case: Forrest IIa ulcer with a visible vessel, Glasgow-Blatchford 12 at presentation.",
  [], "eponym-bare place-rule")
T("eponym", "Child-Pugh")
T("score", "MELD")
M("MEDED", "chat", "Child-Pugh C and MELD 28 at transfer. The transplant team accepted him the same night.",
  [], "eponym-bare score")
T("place", "Rome IV", "Bristol")
T("eponym", "Manning")
M("MEDED", "chat", "Rome IV for IBS; she is Bristol 6 most days. The Manning criteria are only of historical interest.",
  [], "place-rule eponym-bare")
T("place", "Milan")
M("MEDED", "chat", "Milan criteria: one lesion up to 5 cm or up to three lesions each up to 3 cm, and no vascular invasion.",
  [], "place-rule board-review")
T("place", "Tokyo", "Atlanta")
M("MEDED", "chat", "Tokyo guidelines grade II cholangitis; revised Atlanta classification for the pancreatitis severity. Both on the exam.",
  [], "place-rule board-review")
T("place", "Paris", "Montreal")
M("MEDED", "chat", "Paris classification for pediatric IBD, Montreal for adults. The location and behavior codes differ slightly.",
  [], "place-rule teaching")
T("place", "Sydney")
M("RADPATH", "chat", "Updated Sydney system for the gastritis biopsies: two antrum, one incisura, two body, separate jars.",
  [], "place-rule")
T("place", "Denver")
M("MEDED", "chat", "Denver shunt came up on the boards again. Peritoneovenous, almost never placed anymore.",
  [], "place-rule board-review")
T("place", "Ottawa")
T("eponym", "Wells")
M("MEDED", "chat", "The Ottawa rules live in the ED. For our admitted patients it's the Wells score before any D-dimer.",
  [], "place-rule eponym-bare")
T("eponym", "Ranson")
T("score", "BISAP")
M("MEDED", "chat", "Ranson criteria need 48 hours and nobody calculates them. BISAP at admission is simpler.",
  [], "eponym-bare score")
T("eponym", "Light")
M("MEDED", "chat", "Light criteria: protein ratio over 0.5, LDH ratio over 0.6, or LDH above two thirds of the upper limit.",
  [], "eponym-bare board-review")
M("MEDED", "chat", "Art therapy group for the residents is Wednesday at noon; wellness committee is buying lunch.",
  [], "common-word-not-name weekday")
T("brand", "MedHub")
M("MEDED", "notice", "Major change for duty hours: logs move to MedHub next month and must be entered weekly.",
  [], "common-word-not-name org-software")
M("MEDED", "chat", "M&M slides still show the patient's name, Ignatius Pratt, and DOB 4/4/1930 on slide 3. Please scrub before noon.",
  [("Ignatius Pratt", "NAME"), ("4/4/1930", "DATE")], "dob name-plain")
T("eponym", "Ogilvie")
M("PHARM", "chat", "Ogilvie with the cecum at 11 cm: neostigmine 2 mg IV over 5 minutes, atropine drawn up at the bedside, telemetry on.",
  [], "eponym-bare dose-lab")
M("MEDED", "chat", "Morning report: 93F with Ogilvie after hip surgery; Wren Castellanos is presenting.",
  [("93", "AGE"), ("Wren Castellanos", "NAME")], "age-over-89-digits name-staff")
M("MEDED", "chat", "Case report consent signed by Hugo Brandstetter; the clubbing photo is hugo_hands_clubbing.jpg.",
  [("Hugo Brandstetter", "NAME"), ("hugo_hands_clubbing.jpg", "PHOTO")], "photo-filename name-plain")
M("MEDED", "chat", "A resident evaluation comment names the patient, Fern Adebayo. Program coordinator, please redact.",
  [("Fern Adebayo", "NAME")], "name-plain staff-role")
M("MEDED", "chat", "Chief resident Marisol Etxeberria here: can anyone swap call with Tobias on 4/12?",
  [("Marisol Etxeberria", "NAME"), ("Tobias", "NAME"), ("4/12", "DATE")], "name-staff name-given-only date-numeric")
M("MEDED", "email", "To: kwame.asante.pgy2@example.org\nSubject: question bank\nYour board review login is active through June.",
  [("kwame.asante.pgy2@example.org", "EMAIL")], "email-paste")
M("MEDED", "notice", "Grand rounds case: a 104-year-old marathon walker with critical aortic stenosis who did well after TAVR.",
  [("104", "AGE")], "age-over-89-digits conference")
# =============================================================================================
# Additions across services (written after a first pass over the counts: common words, holidays,
# department extensions, vitals, and a few more name / number forms)
# =============================================================================================
M("NEPH", "chat", "Faith community nurses from the parish program asked for our dialysis diet sheets. Send the generic versions only.",
  [], "common-word-not-name staff-role")
T("score", "TTN")
M("GEN", "chat", "Gene panel for the cardiomyopathy clinic now includes TTN and FLNC; turnaround is about three weeks.",
  [], "common-word-not-name gene-protein")
M("ONC", "notice", "Holiday hours: the infusion center closes at 1400 on Thanksgiving and is closed Memorial Day; chairs are being rebooked.",
  [], "holiday clock-time admin-chatter")
M("PHARM", "chat", "IV room is x4471 and the oncology satellite is x4480. For chair assignments page the infusion charge at 2290.",
  [], "extension-number staff-role")
M("NEPH", "chat", "Pre-dialysis BP 168/94, post 132/78, UF 2.8 L over 4 hours. Drop the dry weight by 0.5 kg next run.",
  [], "vitals dose-lab")
M("ONC", "chat", "@Okonjo can you cover chair 3 at 1300? Ms. D'Alessandro-Vu needs her port accessed before the 1330 Keytruda.",
  [("Okonjo", "NAME"), ("D'Alessandro-Vu", "NAME")], "name-mention name-particle name-hyphenated")
M("RHEUM", "chat", "Re: K.M., the 92-year-old with jaw claudication, ESR 88. Temporal artery biopsy with Dr. van Rijswijk at St. Aldric's.",
  [("K.M.", "NAME"), ("92", "AGE"), ("van Rijswijk", "NAME"), ("St. Aldric's", "LOCATION")], "name-initial age-over-89-digits name-particle facility")
M("DERM", "chat", "note from the front desk: rosalie fontaine called, wants her 2027-04-06 mohs moved to a friday",
  [("rosalie fontaine", "NAME"), ("2027-04-06", "DATE")], "name-lowercase date-iso lowercase")
M("ENDO", "order", "Pump start for Lorenzo Bassi, MRN 58830\u200b214, on March 30th; bring the Tandem and his Dexcom receiver.",
  [("Lorenzo Bassi", "NAME"), ("58830\u200b214", "MRN"), ("March 30th", "DATE")], "zero-width mrn date-written")
M("ID", "chat", "pls add milo brandvold to the OPAT list, cefazolin 2 g q8h through friday, weekly CBC and BMP to the ID clinic",
  [("milo brandvold", "NAME")], "name-lowercase lowercase dose-lab")
M("PHARM", "chat", "Voicemail from Ngozi Eze, callback " + FW("414-555-0133") + ", asking whether she can split her Xarelto.",
  [("Ngozi Eze", "NAME"), (FW("414-555-0133"), "PHONE")], "fullwidth-digits phone name-non-english")
# =============================================================================================
# IT / informatics and billing / coding
# =============================================================================================
T("org", "Epic")
M("ITBILL", "notice", "Epic downtime Sunday 0100-0500 for the upgrade. BCA printers in each unit will have the census and MARs.",
  [], "org-software weekday clock-time")
T("org", "Cerner", "Oracle Health")
M("ITBILL", "ticket", "The Cerner interface to the reference lab is dropping HL7 result messages. Ticket open with Oracle Health, sev 2.",
  [], "org-software")
M("ITBILL", "billing", "Chemo admin coding: 96413 for the first hour, 96415 for each additional hour. Don't add 96365 for the same line.",
  [], "code-number")
M("ITBILL", "billing", "ICD-10 E11.65 for type 2 with hyperglycemia plus Z79.4 for long-term insulin. E11.9 alone keeps getting denied.",
  [], "code-number")
M("ITBILL", "billing", "Modifier 25 denials are up 12% since January. Coding education for the clinic providers is Friday at 7:30.",
  [], "code-number month-word weekday")
M("ITBILL", "billing", "Tunneled catheter removal: 36589 for a Hickman without port, 36590 when there is a port. Check the op note.",
  [], "code-number eponym-bare")
T("brand", "Dragon")
M("ITBILL", "ticket", "Dragon dictation profiles are corrupt for three derm attendings after the update. Reinstall scheduled at lunch.",
  [], "org-software")
T("brand", "Zebra")
M("ITBILL", "ticket", "Workstation ONC-WS-0412 in infusion has no label printer mapped. Map it to the Zebra by chair 6.",
  [], "device-brand room-bed-number")
T("brand", "Abbott", "Medtronic")
M("ITBILL", "notice", "Abbott and Medtronic remote-monitoring portals both require MFA from next month. Set up your authenticator app.",
  [], "device-brand admin-chatter")
T("brand", "Boston Scientific", "LATITUDE")
M("ITBILL", "ticket", "Boston Scientific LATITUDE integration is live. Device transmissions now land in the cardiology EHR inbox.",
  [], "device-brand org-software")
M("ITBILL", "chat", "Two-midnight rule: the UM reviewer says this stay is observation, not inpatient. Update the order before billing drops.",
  [], "staff-role")
M("ITBILL", "ticket", "ADT feed from the dialysis vendor maps chair numbers to bed numbers, so chair 12 shows up as bed 12 on the census.",
  [], "room-bed-number")
M("ITBILL", "email", "From: Revenue Cycle Education\nSubject: 2027 coding updates\nNew E/M guidance and the G2211 add-on rules are in the attached deck.",
  [], "code-number admin-chatter")
T("brand", "Stelara", "Wezlana", "Selarsdi")
M("ITBILL", "letter", "Payer letter: effective next quarter, Stelara biosimilars (Wezlana, Selarsdi) are preferred; brand requires medical necessity.",
  [], "drug-brand-name insurer")
M("ITBILL", "billing", "Bill type 131 for the outpatient infusion claims, not 111. Every 111 this month bounced.",
  [], "common-word-not-name code-number")
M("ITBILL", "ticket", "Phishing alert: infusion nurse Carla Mendes's account logged in from 203.0.113.201 at 02:40. Password reset forced.",
  [("Carla Mendes", "NAME"), ("203.0.113.201", "IP")], "ip name-staff clock-time")
M("ITBILL", "ticket", "RPM: home BP cuff serial BPX-4418-2207 for Delphine Arceneaux is reporting from 2001:db8:4a1::17, not her registered hub.",
  [("BPX-4418-2207", "DEVICE"), ("Delphine Arceneaux", "NAME"), ("2001:db8:4a1::17", "IP")], "device-serial ip name-plain")
M("ITBILL", "billing", "Denial: claim 2027031800417, Augustin Mbeki, member ID UHB229104871, FIN 40088123. CARC CO-197, no auth on file.",
  [("2027031800417", "ID"), ("Augustin Mbeki", "NAME"), ("UHB229104871", "HEALTH_PLAN"), ("40088123", "ACCOUNT")],
  "other-id health-plan account")
M("ITBILL", "billing", "Rejected: rendering NPI 1467503928 belongs to Solveig Arnesen, who left in January. Rebill under the covering physician.",
  [("1467503928", "LICENSE"), ("Solveig Arnesen", "NAME")], "clinician-license name-clinician month-word")
M("ITBILL", "ticket", "Palm-vein template PV-77210943 for Florentino Sáenz failed to sync to registration; re-enroll at the kiosk.",
  [("PV-77210943", "BIOMETRIC"), ("Florentino Sáenz", "NAME")], "biometric name-non-english")
M("ITBILL", "ticket", "Registration put SSN 944-02-6619 on both twins, Kai and Koa Makoa. Only one of them can have it; fix the duplicate.",
  [("944-02-6619", "SSN"), ("Kai", "NAME"), ("Koa Makoa", "NAME")], "ssn name-given-only name-relative")
M("ITBILL", "email", "Undeliverable: the patient statement for Gwendolyn Ashby bounced from gwen.ashby@example.com (mailbox full).",
  [("Gwendolyn Ashby", "NAME"), ("gwen.ashby@example.com", "EMAIL")], "email-paste name-plain")
M("ITBILL", "letter", "Records request from counsel for Lionel Pritchard, fax 414-555-0188. Route to HIM, this channel can't release anything.",
  [("Lionel Pritchard", "NAME"), ("414-555-0188", "FAX")], "fax name-plain")
M("ITBILL", "ticket", "Duplicate chart merge: MRN 70033518 and MRN 70033915 are both 'OKAFOR, CHIDI', DOB 12/01/1962.",
  [("70033518", "MRN"), ("70033915", "MRN"), ("OKAFOR, CHIDI", "NAME"), ("12/01/1962", "DATE")], "mrn name-allcaps dob name-last-first")
M("ITBILL", "billing", "Billing callback for Yolanda Ferreira-Price: 262 555 0105 ext 22, about the infusion balance.",
  [("Yolanda Ferreira-Price", "NAME"), ("262 555 0105 ext 22", "PHONE")], "phone-extension name-hyphenated")
M("ITBILL", "ticket", "Libre reader SN MGYD27F0K2 is linked to two charts, Imogen Tate and Ivo Tate. Unlink the wrong sibling.",
  [("MGYD27F0K2", "DEVICE"), ("Imogen Tate", "NAME"), ("Ivo Tate", "NAME")], "device-serial name-relative")
M("ITBILL", "billing", "Claim edit: patient age 97 with a pediatric vaccine admin code. Probably a wrong charge line; check the chart.",
  [("97", "AGE")], "age-over-89-digits code-number")
M("ITBILL", "email", "Proxy access link https://portal.example.net/proxy/accept?u=ferris_r went to the wrong daughter. Please revoke.",
  [("https://portal.example.net/proxy/accept?u=ferris_r", "URL")], "email-paste url relative-not-named")
M("ITBILL", "ticket", "Nurse-line voice authentication: voiceprint VP-3381-0921 enrolled for caller Ottoline Greaves, flagged as mismatch.",
  [("VP-3381-0921", "BIOMETRIC"), ("Ottoline Greaves", "NAME")], "biometric name-plain")
M("ITBILL", "email", "From: statements@example.com\nRe: account 88120047 (guarantor Lucinda Harrow), returned mail from 4 Pine Hollow Rd, Baraboo.",
  [("statements@example.com", "EMAIL"), ("88120047", "ACCOUNT"), ("Lucinda Harrow", "NAME"), ("4 Pine Hollow Rd", "LOCATION"), ("Baraboo", "LOCATION")],
  "email-paste account address")

SOURCE_HEAD = r"""# Independent PHI chat evaluation set v7 (dev / test)

## How it was written
- Purpose: v7 stresses FALSE ALARMS. About 70% of the messages (@@CLEAN@@ of @@ALL@@) are clean on purpose
  and packed with look-alikes; the rest carry identifiers.
- Setting (new for v7; v6 was ED / urgent care / outpatient clinics, v5 a medicine ward, v4 eponym-heavy
  clinical chat): the team chat, with the clinical assistant bot, of specialty services the earlier sets
  did not cover: oncology and the infusion center, rheumatology, endocrinology, nephrology and dialysis,
  dermatology, ophthalmology, neurology, infectious disease and antimicrobial stewardship, inpatient and
  outpatient pharmacy, the radiology and pathology reading rooms, anesthesia and the OR, dental / oral
  surgery, PM&R and rehab, medical genetics, research coordinators, quality and patient safety, residency
  and medical education (journal club, board review, grand rounds, conferences) and IT / informatics and
  billing / coding. Besides typed chat lines (quick questions, `/evidence` commands, consult chatter,
  board-review questions, shout-outs, admin notices) people paste e-mails, report headers (radiology,
  pathology, EMG, lab), orders, MAR and OR-board lines, IT tickets and EHR alerts, safety event reports,
  claims, denials and coding notes, announcements, referral letters and patient-portal messages. The
  service and the medium of each message are kept in build.py only (tables below).
- Every message was written one by one for this set, by hand, by an author (an AI assistant working for
  the project) who did not read the detector's code, its tests or the benchmark scripts (nothing under
  bot/, tests/ or bench/*.py was opened), and did not read the messages of the earlier sets (v1-v6: no
  dev.jsonl / test.jsonl and no message lines of any build.py). Nothing was generated combinatorially from
  templates; the checker also refuses two messages that open with the same 28 characters.
- What was read: bench/data/phi_chat_v5/SOURCE.md, bench/data/phi_chat_v6/SOURCE.md, and the helper /
  check / split code of v6's build.py, located with `grep -n "^def \|^[A-Z_]* =" build.py` and printed
  by line range (its docstring and constants, lines 1-84; the checks, split and output code, lines
  1893-2141; the first and last lines of its SOURCE_HEAD string, which is the text of v6's SOURCE.md).
  Disclosure: one printout of lines 85-120 of v6's build.py, cut to 60 characters per line, showed the
  M() helper and, after it, the first 60 characters of about ten v6 message lines and their T()
  registrations (an `/evidence` question on a CT head rule, a bay-9 patient with an eponym surname, a
  triage update, an EMS run sheet header, a syncope-rule question, an EMS pre-arrival note, a chest-pain
  line with two ECG eponyms, a paediatric tape restock). Nothing was copied or paraphrased from them;
  the terms and surnames in them are not used in v7 (the one exception is Parkinson, which appears here
  only as a bare eponym in a clean neurology line), and patient surnames listed in v5's and v6's SOURCE.md
  were avoided as far as possible (the ordinary-word given names the brief asks for, such as Hope, Faith,
  Grant, Gene, Art, Bill, Frank, Penny, Iris, Hunter, Sterling, Duke, recur by design).
- The check and split code of v6 is reused with a new seed (20270322) and v7 thresholds: at least 480
  messages, clean share 66-74%, every category at least 5 spans and in both splits, names, dates,
  locations, ages, MRNs and phones each with at least as many spans as any other category, every service
  with at least 12 clean and 5 identifier messages, every medium with at least 8 messages, at least 400
  bait inventory entries of which at least 200 eponyms, each in 1-4 clean messages.
- Clean look-alikes: @@TERMS@@ distinct capitalised terms, each registered in build.py with T(kind, ...)
  and checked to occur in 1 to 4 clean messages, @@EPONYMS@@ of them eponyms, most used bare (not followed
  by "syndrome / sign / disease"): "a Whipple path", "Breslow 1.2 mm, Clark level IV", "Fitzpatrick IV",
  "Snellen 20/40", "Amsler", "Ishihara 6/14", "Goldmann", "Mallampati III", "Cormack-Lehane 2a",
  "Macintosh 3", "Miller 1", "Swan", "Foley", "Jackson-Pratt", "Quinton", "Tenckhoff", "Hickman",
  "Broviac", "Ommaya", "Mayfield pins", "Hunt and Hess 3, Fisher grade 3", "Spetzler-Martin", "Gleason
  4+3", "Tanner 3", "Beers list", "Forrest IIa", "Child-Pugh C", "Garden III", "Weber B", "Schatzker VI",
  "Bosniak IIF", "Black class II", "Angle class II", "Le Fort I", "Berg 38/56", "Tinetti 19/28", "Braden
  12", "Morse", "Pareto", "Cox model", "Kaplan-Meier", "Harrison's", "Robbins", "Netter", "Gray's" and
  many more (full inventory below); place names (Lyme, Marburg, Ebola, Norwalk, Coxsackie, West Nile,
  Duke criteria, Ottawa, Denver shunt, Sydney system, Milan criteria, Tokyo guidelines, Atlanta
  classification, Baltimore classification, Helsinki, Framingham, Paris and Montreal classifications,
  Seattle protocol, Kampala and Kinshasa in a travel-screen notice, Ann Arbor, Lugano, Deauville, Banff,
  Oxford, Bethesda, Nottingham, Glasgow, Glasgow-Blatchford, Rome IV, Bristol, Ghent, Toronto, Hartford,
  Birmingham, Rancho Los Amigos, Belmont, Hawthorne, Swiss cheese, Prussian blue, Milwaukee shoulder);
  organisms (genus and species, genera alone); drug and device brands that are names or words (Keytruda,
  Opdivo, Humira, Stelara, Dupixent, Eliquis, Xarelto, Ozempic, Jardiance, Lantus, Toujeo, Tresiba, Libre,
  Dexcom, Omnipod, Tandem, Medtronic, Boston Scientific, Abbott, Baxter, Fresenius, Nobel, Straumann,
  Dragon, Zebra, Craig, Roho, Sensodyne ...); organisations (ASCO, NCCN, ACR, EULAR, KDIGO, AAO, AAN,
  AAD, ADA, AAP, IDSA, ACMG, ClinVar, CMS, MedWatch, Joint Commission, Leapfrog,
  NQF, AHRQ, CARF, USP, ISMP, IRB, CITI, Epic, Cerner, Oracle Health); trials and textbooks (CheckMate
  067, TRAPS, DAPA-CKD, CREDENCE, EMPA-KIDNEY, SELECT, MKSAP, UWorld, First Aid, Amboss, Pathoma).
  Also, without inventory entries: the ordinary words Will, Grant, Faith, Hope, Mark, Bill, Rose, Summer,
  Sterling, Major, Frank, Art, Gene and Penny used as words ("Will the bot convert ...", "Grant funding",
  "Faith community nurses", "Hope the bilirubin drifts down", "Mark the QuantiFERON as resulted", "Bill
  type 131", "Rose-colored plaques", "Summer is brutal on adhesives", "Sterling job", "Major
  interaction", "Frank pus", "Art therapy", "Gene panel", "Penny-sized ulcer"); numbers that look like
  dates or ages (cycle 3/6, CAS 4/7, Ishihara 6/14, 20/40 and 20/200, pain 3/10, BP 168/94, Berg 38/56,
  insulin-to-carb 1:12, titers 1:512 and 1:640, Gleason 4+3=7, carbidopa-levodopa 25/100, 47,XXY and
  45,X/46,XX, Humphrey 24-2, "ages 90-100 are excluded", "at 90 days", "91%", "day 97 instead of day
  84", "30 years in a foundry", doses and lab values, CPT / ICD-10 / HCPCS codes, bill types, a drug lot
  number, room, chair, OR, operatory and tooth numbers, department extensions and a department pager
  number, a workstation name); weekdays, months, years alone and holidays without a year; staff roles
  and departments without names; unnamed relatives.
- Identifier messages: names in many forms: full names, surname only (an OR board), given name only
  (relatives, a portal signature), "Last, First" (ALL CAPS registration style, "Kocher, Albrecht"),
  all lowercase ("grant adomako", "rosalie fontaine"), a nickname in quotes inside a full name, initials
  ("K.M."), an @-mention, particles and apostrophes (van Rijswijk, O'Malley, D'Alessandro-Vu),
  hyphenated names, non-English names and non-ASCII letters (Tran Thi Mai, Zhang Wei, Ørjan Kjær,
  Radosław Wilk, Margit Hegedűs, Lucía Mendoza, Florentino Sáenz, Chinonso Okoro, Teodoro Villalobos
  Ruiz), names that are ordinary words (Faith, Hope, Sterling, Grant, Gene, Art, Bill, Frank, Penny,
  Iris, Ruby, Grace, Duke, Patience, Candida, Hunter, Buck, Fern, Wren), patients whose surname is an
  eponym used in the same message (Mr. Whipple after his Whipple, Mrs. Sjogren and Sjögren, Mr. Clark
  with a Clark level, Adaeze Sweet with Sweet syndrome, Mrs. Hashimoto, Ruby Conn, Quinton Ames with a
  Quinton catheter, Marcus Gunn the patient, Dr. Fisher reading a Fisher grade, Mr. Huntington, Duke
  Oyelowo meeting Duke criteria, Candida Ferreira with Candida glabrata, Hunter Pryce and the Hunter
  criteria, Kocher, Albrecht after a Kocher incision, Johanna Bier and a Bier block, Beverly Angle with an
  Angle class I occlusion, Mr. Cowden, FORREST, MAUREEN J), relatives and staff (fellows, residents,
  coordinators, counselors, an anesthesia tech, an epidemiologist, RCA team members); dates (DOB,
  procedure, infusion, discharge, death, schedule and call-swap dates), ages over 89 in digits and words,
  phones (dotted, spaced, with extension, full-width digits), faxes, e-mails, MRNs (one with a zero-width
  space inside), addresses, cities and ZIP codes, outside facilities, a school, accession and pathology
  case numbers, research subject ids, REMS, prior-auth, claim, specimen and safety-event numbers, device
  serials, plan ids and Medicare MBIs, billing accounts and card endings, licences (DEA, NPI, driver's),
  plates and a VIN, URLs, IPv4 and IPv6 addresses, photo and video file names, voice recordings and
  biometric template ids.
- All identifiers are invented: phone and fax numbers use 555, e-mails and URLs use example.org /
  example.com / example.net, IPs come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
  203.0.113.0/24, 2001:db8::/32), SSNs start with 9xx, and MRNs, member ids, MBIs, plates, VINs,
  serials, licence, DEA and NPI numbers, accession, case, claim, specimen, subject and event numbers are
  made up. Town and city names are real and used at random; facility, school and street names are
  invented or generic (some may exist somewhere by chance). No real patients; any resemblance to a real
  person or record is accidental.
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance; offsets come from `str.find` (never typed by hand; `(substring,
  category, n)` takes the n-th occurrence when an eponym or ordinary word with the same spelling comes
  first). The checker verifies: every span's slice equals the substring written in build.py (on the
  built records and again on the records read back from dev.jsonl / test.jsonl), slices are non-empty
  and inside the text, no overlaps, known categories, `clean` iff no spans (so clean messages have no
  spans), no duplicate texts, no span starting or ending on an invisible character or a space, no span
  glued to a letter or digit outside it (except an AGE followed by a letter, "96M"), 1-4 kind tags, no
  two messages with the same 28-character opening, that clean messages contain none of a few tell-tale
  strings (`@`, `http`, `www.`, `example.`, `555`, `MRN`, `DOB`, `SSN`, `Dr. `, `Mr. `, `Mrs. `, `Ms. `),
  the inventory and mix thresholds above, and that every kind tag used at least twice appears in both
  splits. It then splits with the fixed seed 20270322, stratified by clean/not clean, kind tags and span
  categories, dealt 2:1 into dev/test (rare strata first, each message to the split whose 1/3 : 2/3
  quota for its kinds and categories is least filled). Running `python3 build.py` again reproduces
  dev.jsonl, test.jsonl and this file.
- Record format (same as v3-v6): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets. The service and medium of a message are
  kept in build.py only (tables below), not in the records.

## Annotation conventions
v6's conventions (bench/data/phi_chat_v6/SOURCE.md, which restates v5's, v4's and v3's) apply unchanged.
They are copied here verbatim, followed by the decisions this set needed for its new services; each of
those follows from the v6 rules and none changes them.

Categories and conventions are those of v5 (bench/data/phi_chat_v5/SOURCE.md, which restates v3's and
v4's): NAME for any person (patient, relative, clinician, staff), titles and possessive 's outside,
eponyms, named laws, companies, brands and scales never names, and only the person annotated when a
name and an eponym share a spelling in one message; DATE for any date element more specific than a
year; AGE only over 89, number expression only; LOCATION for street addresses, street names, cities,
ZIP codes and named facilities tied to the patient, never states, provinces, countries or place-named
diseases and rules; a nickname next to a legal name is its own NAME span; e-mails (also obfuscated),
URLs and photo / voice file names are one span each; masked SSNs keep only the visible digits;
internal extensions, pagers, beds and rooms are not annotated; Unicode-broken identifiers are annotated
whole. The category names are exactly v5's: NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN,
ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID (other unique ids).

Decisions spelled out for v6 (cases the earlier SOURCE.md files do not settle, or new to this setting):
- Full names: a contiguous name ("Tomás Echeverría-Ruiz", "Summer Rain Whitfield", "Gul Ahmad Zazai")
  is one NAME span; "Last, First M" registration style is one span including the comma and a middle
  initial ("GARRISON, WENDELL R", "Hamilton-Beck, Priscilla"); a nickname in quotes inside a full name
  gives given name, nickname and family name as three spans (quotes outside); "Baby Girl / Baby Boy"
  stays outside; "Nana" in "Nana Jo" stays outside. Titles and credentials (Dr., Mr., Ms., Sgt., Coach,
  MD, DO) stay outside. A name that is spelled out or mistyped for the patient ("Mr. Wernicke", "W-E-R-N-
  E-C-K-E") is NAME.
- Staff names are NAME wherever they appear (v5), including EMS crew, police, caseworkers, teachers,
  school nurses, coaches, doulas, adjusters and home aides. Unnamed roles are not annotated.
- Addresses: house number + street (+ apartment / unit) is one LOCATION span; city and ZIP are separate
  spans; state abbreviations (WI) stay outside. Intersections give one span per street ("Route 9",
  "Cider Mill Rd"; "5th", "Maple"); highways and county roads (I-94, Hwy 51, County Rd K) and a rural
  fire number address ("N7265 County Road N") are LOCATION.
- Scene and whereabouts: where an EMS call, crash or injury happened (a parking lot address, an
  interstate exit, a ski hill), where a homeless patient sleeps, and the city a patient is connecting
  from or staying in during a telehealth visit (Duluth, Madison, Chicago, Bucharest, Manila) are
  LOCATION; a state or province (Florida, Arizona, Ontario) is not.
- Schools, school districts and daycares the patient attends are LOCATION (Lincoln Elementary, Oakridge
  School District, Little Sprouts Learning Center). Employers are companies and are not annotated
  (Hartman Logistics, Delmarva Poultry, Tri-County Distribution, "the plant"); a youth sports club is not
  either. Outside places of care tied to the patient are LOCATION (referring or receiving hospital,
  clinic, imaging center, dialysis unit, home health agency, rehab, memory care, crisis recovery center,
  birth center, surgery center, behavioral hospital); a possessive that is part of a facility's name
  stays inside ("St. Brigid's", "Saint Aurelia Children's"). The team's own ED, urgent care and clinics
  are never named. Hospitals cited as sources of a guideline (St. Jude) are not LOCATION.
- Phone numbers: an extension is part of the PHONE span ("(715) 555-0132 ext 4", "312-555-0198
  x3307"); a country code or trunk prefix is inside ("+1 (202) 555-0174", "1 (608) 555-0145"); spaced
  digits, dots, NBSP, full-width digits and a typo'd number with a letter O are annotated whole. A fax-
  back number or any number labelled fax is FAX, also toll-free. 911 and 988 are not annotated.
- E-mail: every address is EMAIL, including institutional and no-reply addresses of a sender about a
  patient; "name at domain dot com" and "name(at)domain(dot)org" are one span.
- MRN: labelled or not ("00918837 in hallway 4"), with "MRN:" glued, hyphenated, a temporary MRN,
  with a zero-width space inside or in full-width digits.
- ACCOUNT: FIN / encounter number, patient and guarantor billing accounts, and the visible last four
  digits of a payment card ("card ending 4471" -> "4471").
- HEALTH_PLAN: member ids, Medicaid / BadgerCare ids, Medicare MBIs, subscriber ids; group numbers are
  not annotated.
- ID (other unique identifiers): radiology accession, pathology case, EMS incident / run numbers, an
  animal-control report, a CPS intake number, workers' comp claim, prior-auth number, employee id,
  state immunization registry id, WIC participant id, clozapine REMS patient id, a court case number,
  a drug-screen specimen id and a telehealth session id. Implant lot numbers are not annotated.
- LICENSE: driver's and commercial driver's licences (state prefix outside), NPI, DEA and nursing
  licence numbers. VEHICLE: plates (state prefix outside) and VINs.
- DEVICE: serial numbers of the patient's own or implanted devices (insulin pumps, pacemaker, knee
  implant, tibial tray, cochlear processor, spinal cord stimulator, CGM, home / RPM blood pressure
  cuffs).
- BIOMETRIC: file names of recordings of the patient's voice (911 call, voice memo, voiceprint, speech
  sample) and ids of biometric templates (fingerprint, palm vein, voice biometrics).
- PHOTO: file names of pictures that show the patient (face, wound, rash, lesion, injury scene, ID
  selfie, badge photo, a named and dated 3D ultrasound picture). A photo of a document or object that
  embeds no name or date ("bp_log_jan.jpg", the picture of a BP log) is not annotated. A non-image file
  name that embeds a name and a date ("NST_Halvorsen_2027-01-14.pdf") gets a NAME and a DATE span inside
  it.
- DATE: formats used are 1/14, 1/14/2027, 01/14/2027, 1/8/27, 3/28/26, 2027-01-14, 1988-02-29,
  14-JAN-2027, 12-Jun-1940, 10-Feb-1993, Jan 14, Jan 3, 1950, Oct 22, Feb 2, Mar 15, 7 Sept 1944,
  "3rd of March 1936" (one span), 12.03.1985 and its gloss "12 March", 20/11/1979, 06-11-1989,
  11/2026 (month and year), Christmas Day 1929, and a date inside a file name. DOB, LMP, EDD, visit,
  collection and injury dates are all DATE. A year alone ("1929 as the birth year", "house built
  1920") is not DATE; nor are weekdays, "tomorrow", clock times, gestational ages (35w6d, 39+2, 41+3),
  G/P notation, day-of-illness or POD counts.
- AGE: over 89 only, in digits ("96M", "95y", "Age 92", "101-year-old") or words ("ninety-seven",
  "ninety-three and a half" as a whole expression, "one hundred"); relatives' ages over 89 too; a
  patient's "about 90" is AGE; 89 and lower, aggregate ages ("ages 2-5", "ages 12-17", "the 90-minute
  wait") and temperatures are not.
- Not annotated: bays, rooms, beds, hallway spots, trauma bays, EMS unit and engine numbers (Medic 12,
  Engine 4), page counts on fax covers, jersey numbers, insurance group numbers, 911 / 988.


Decisions spelled out for v7 (cases the earlier SOURCE.md files do not settle, or new to these services):
- Staff-only messages: staff names are NAME wherever they appear, also with no patient in the message
  (a call swap, a shout-out, an RCA team list, a phishing alert); a staff member's e-mail, cell phone and
  login IP are EMAIL, PHONE and IP. A chat mention "@Okonjo" gives NAME "Okonjo" with the "@" outside.
- Dates that are not about a patient but more specific than a year (a resident's call-swap date) are
  DATE, as v6 requires for any date element; clean messages therefore contain no such dates (policy
  changes say "next quarter"). Years alone (Banff 2019, McDonald 2017, Antibiogram 2026), months alone
  (May, November) and holidays without a year (Thanksgiving, Memorial Day) are not DATE. A relative's
  date of death is DATE.
- AGE: "Ninety-one-year-old" -> "Ninety-one"; "93F" -> "93"; an age over 89 is AGE also in a grand
  rounds teaser, a claim edit or a relative's age at death; "ages 90-100 are excluded", "at 90 days",
  "91%" and doses are not.
- Video recordings that show the patient (a seizure clip .mp4) are PHOTO like pictures; a link to a
  video is one URL span. Voice recordings of the patient (speech-path baseline, aphasia naming probe,
  voice substudy file) and ids of biometric templates (palm vein, nurse-line voiceprint) are BIOMETRIC.
  Clinical photo file names (derm, smile photos, wound, dysmorphology, clubbing, ptosis) are one PHOTO
  span even when they embed a name or a date.
- ID: research subject ids ("014-0032"; inside a URL the whole URL is one URL span), REMS
  authorization, prior-auth, claim, genetic specimen and safety-event report numbers, radiology accession
  and pathology case numbers. Not annotated: trial names, protocol amendment numbers, consent versions,
  CPT / ICD-10 / HCPCS / CARC codes, bill types, karyotypes, variant and gene names, drug lot numbers,
  workstation and printer names (ONC-WS-0412), tooth numbers (#19, #30), chairs, operatories, ORs,
  garages and lots.
- ACCOUNT: FIN, patient and guarantor billing accounts, a dental account, and the visible last digits of
  a payment or study-stipend card ("card ending 4417" -> "4417"). HEALTH_PLAN: member ids, Medicaid ids,
  Medicare MBIs. A masked "last 4 of SSN 6618" is SSN "6618".
- LICENSE: DEA and NPI numbers (prescriber, rendering clinician) and driver's licences (a state
  abbreviation after the number stays outside). VEHICLE: plates and a VIN, also of a vehicle in a
  security report. DEVICE: serials of the patient's own or implanted devices (ambulatory infusion pump,
  insulin pump PDM, CGM receiver and reader, PD cycler, VNS generator, pacemaker, intrathecal baclofen
  pump, power wheelchair, RPM blood pressure cuff).
- LOCATION: outside places of care tied to the patient (cancer center, dialysis unit, imaging center,
  hospice, home infusion agency, care center, senior living, rehab, "St. Aldric's"), a school attended
  (dental sealant day), street addresses, cities and ZIP codes of patients, guarantors and shipping
  addresses, the city a patient travelled back from (Kampala) and the city where a patient's
  rheumatologist is. The same city in a clean travel-screening notice is bait, not a location of anyone.
  Health department, county epidemiology and manufacturer names are not LOCATION; their complete phone
  numbers are PHONE (or FAX when labelled fax).
- Names that collide with eponyms: only the person is annotated ("Mr. Clark's melanoma ... Clark level
  II ... Yes, Clark with a Clark level": the first and the third "Clark" are NAME, the eponyms are not);
  "Baby Girl Nakamura" -> "Nakamura" and "Baby Amari's" -> "Amari" ("Baby ..." outside, as in v6).
"""

if __name__ == "__main__":
    main()
