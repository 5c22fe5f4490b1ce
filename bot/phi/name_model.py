"""Names whose parts are everyday words or very common names: "referral for Pat Long",
"ruby gold in bed 7", "SUMMER HOLT", "Banks, Sterling", "John Smith".

The word walk (:mod:`bot.phi.names`) trusts cues and refuses a capitalised everyday word without
one. This model looks at every given-name + surname pair (and "Surname, Given") that the walk left
alone and decides from the evidence around it, not from "is this an English word":

- the pair itself: both parts in the census name lists, their case in the context of the line
  (Title case mid-sentence, capitals inside a mixed-case line, all lowercase);
- how unlike ordinary words the parts are (not in the English lists at all is strong evidence);
- the words around it (``data/name_context.txt``: "for", "re:", "pt", "in bed 7", "called", "DOB"...);
- medicine: a part from a clinical vocabulary (ICD-10-CM, HPO, Orphanet) or a clinical word
  right after ("Rocky Mountain spotted fever", "Graves disease") argues against.

The weights are plain numbers in one table, so the decision can be read, tested and tuned.
Constant work per token: linear in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.phi import lexicon as lx
from bot.phi.spans import PhiSpan

THRESHOLD = 2.0
_NOT_NAME = lx.STOP | lx.TITLE | lx.CRED | lx.UNIT | lx.MONTH | lx.FACIL | lx.HEAD | lx.STATE | lx.REL | lx.ROLE | lx.FOLLOW
_NAMEY = lx.FIRST | lx.SUR
_BED = re.compile(r",?\s{0,2}(?:(?:in\s{1,2})?(?:bed|room|rm|bay|cubicle|cube|pod)\s{0,2}#?\s{0,2}\d|in\s{1,2}\d{1,3}[A-Za-z]?\b"
                  r"(?!\s{0,2}(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|mos|months?|min|mins|minutes?|mg|mcg|g|ml|mL|%|y|yrs?|years?|x)\b))", re.I)
_KIN_AFTER = re.compile(r"['’]s\s{1,2}(?:son|daughter|wife|husband|mom|mother|dad|father|sister|brother|partner|"
                        r"grandson|granddaughter|niece|nephew|caregiver|family)\b", re.I)
_POSS_AFTER = re.compile(r"['’]s\s{1,2}[a-z]", re.I)
_AGE_AFTER = re.compile(r",?\s{0,2}(?:\d{1,3}\s{0,2}(?:yo|y/o|y\.o\.|yrs?|years?|[mf]\b)|\(\d{1,3}\s{0,2}[mf]?\))", re.I)

# Weights (log-odds-like points); THRESHOLD decides.
W_TITLE_MID = 3.0  # "for Pat Long": Title case, not at the start of a sentence
W_TITLE_START = 1.75  # "John Smith needs...": Title case at the start of a sentence/message
W_UPPER_MIXED = 2.5  # "SUMMER HOLT" in a mixed-case line
W_UPPER_CAPS = 0.5  # capitals inside a capitals line
W_LOWER = -0.5  # "ruby gold"
W_NOT_WORD = 1.25  # a part that is in no English list ("Holt", "Deshawn")
W_COMMON_LOWER = -1.0  # a lowercase part that is an everyday word ("gold")
W_RARE_WORD = 0.25  # a part in the rare-English list only
W_MED_PART = -0.75  # a part that is also a clinical-vocabulary word ("Long" QT, "Smith"-Magenis)
W_MED_AFTER = -4.0  # a clinical word right after ("Graves disease", "Rocky Mountain spotted fever")
W_BED_AFTER = 5.0  # "in bed 7", "rm 12"
W_AGE_AFTER = 4.0  # "Pat Long, 64", "Pat Long 81 yo"
W_COMMA_ORDER = 1.0  # "Banks, Sterling": surname, comma, given name (see find_pairs on the other readers of this order)
W_POSSESSIVE = 1.0  # "Dawn Fielding's biopsy": two names then 's
W_TOP_SURNAME = 0.5  # one of the most frequent census surnames


@lru_cache(maxsize=1)
def drug_words() -> frozenset[str]:
    """Drug names and brands (data/drugs.txt, data/drug_names.txt): a capital right after one is its form."""
    return frozenset(lx.read_list("drugs.txt")) | frozenset(lx.read_list("drug_names.txt"))


@lru_cache(maxsize=1)
def context_weights() -> tuple[dict[str, float], dict[str, float]]:
    before: dict[str, float] = {}
    after: dict[str, float] = {}
    for line in (lx.DATA_DIR / "name_context.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        side, word, weight = line.split()
        (before if side == "before" else after)[word.lower()] = float(weight)
    return before, after


def _part_score(walk, i: int) -> float:  # type: ignore[no-untyped-def]
    f = walk.flags[i]
    score = 0.0
    if not f & lx.ENG:
        score += W_NOT_WORD
    elif not f & lx.COMMON:
        score += W_RARE_WORD
    elif walk.shape(i) == "l":
        score += W_COMMON_LOWER
    if f & lx.TOPNAME:
        score += W_TOP_SURNAME
    elif f & (lx.MED | lx.CLIN):
        score += W_MED_PART
    return score


def _shape_score(walk, a: int, b: int) -> float | None:  # type: ignore[no-untyped-def]
    sa, sb = walk.shape(a), walk.shape(b)
    if sa != sb:
        return None
    if sa == "T":
        return W_TITLE_START if walk.sentence_start(a) else W_TITLE_MID
    if sa == "U":
        if len(walk.words[a]) < 3 or len(walk.words[b]) < 3:
            return None
        return W_UPPER_CAPS if walk.in_caps(a) else W_UPPER_MIXED
    if sa == "l":
        return W_LOWER
    return None


def _strong_after(walk, b: int) -> bool:  # type: ignore[no-untyped-def]
    """A bed/room number or an age-and-sex right after the pair: in chat, that is a patient."""
    end = walk.toks[b][1]
    return bool(_BED.match(walk.text, end) or _AGE_AFTER.match(walk.text, end) or _KIN_AFTER.match(walk.text, end))


def _context(walk, a: int, b: int, covered_end: int) -> float:  # type: ignore[no-untyped-def]
    before, after = context_weights()
    text = walk.text
    n = len(walk.toks)
    score = 0.0
    if a > 0 and len(walk.gap(a - 1)) <= 3 and "\n" not in walk.gap(a - 1):
        score += before.get(walk.keys[a - 1], 0.0)
    end = walk.toks[b][1]
    if _BED.match(text, end) or _KIN_AFTER.match(text, end):
        score += W_BED_AFTER
    elif _AGE_AFTER.match(text, end):
        score += W_AGE_AFTER
    elif _POSS_AFTER.match(text, end):
        score += W_POSSESSIVE
    elif b + 1 < n and len(walk.gap(b)) <= 3 and "\n" not in walk.gap(b):
        k = walk.keys[b + 1]
        f = walk.flags[b + 1]
        if walk.gap(b) in (" ", "-") and _technical(f) and k not in after:
            score += W_MED_AFTER
        else:
            score += after.get(k, 0.0)
    return score


_LOWER_PAIR_CUES = frozenset({"for", "re", "named"})


def find_pairs(walk, out: list[PhiSpan]) -> None:  # type: ignore[no-untyped-def]
    """Add NAME spans for given-name/surname pairs the walk did not already claim.

    "Surname, Given" is read here too (the ``W_COMMA_ORDER`` branch), and by two other rules that this does
    not cover: ``_surnames_then_given`` in :mod:`bot.phi.detector` (no context needed, a clean end after the
    given name; eponym surnames such as "Graves, Thomas") and ``_LAST_FIRST_BEFORE_RECORD`` in
    :mod:`bot.phi.chat_names` (a pair closed by a comma or quote before MRN/DOB). This branch is the one that
    takes a pair followed by anything, an age, a bed or a record label included ("Fox, Hunter 25M",
    "Young, Rose 90F", "BANKS, STERLING J  MRN", "Long, Frank Jr."), when its score says so; and, found before
    the other mentions of a name are looked for, it lets them be found ("Whipple - Whipple, Carol A"). It is
    also where capitals notes' comma lists come out as names ("PERL, MAE", "AMBUED, LAVAGED")."""
    n = len(walk.toks)
    flags = walk.flags
    claimed = sorted((sp.start, sp.end) for sp in out)
    # only pairs of name-list or unlisted words are read: found in one pass, then walked in order
    namey = [not f or bool(f & _NAMEY) for f in flags]
    pairs = [i for i in range(n - 1) if namey[i] and namey[i + 1]]
    nxt = 0
    for i in pairs:
        if i < nxt:
            continue  # inside the name just found
        fa, fb = flags[i], flags[i + 1]
        if not (fa | fb) & _NAMEY and walk.gap(i) not in (", ", ","):
            continue
        strong = _strong_after(walk, i + 1)
        # before "in bed 7" a given name that is also a function word may start a name ("will cox"),
        # never a surname position ("read on bed 9")
        loose = (lx.STOP | lx.FOLLOW) if strong and fa & lx.FIRST else 0
        month_name = bool(fa & lx.MONTH and fa & lx.FIRST and fb & lx.SUR and walk.shape(i) == walk.shape(i + 1) == "T")
        if month_name:
            loose |= lx.MONTH  # "June Park was admitted June 3": a given name, then a surname
        if fa & _NOT_NAME & ~loose or fb & _NOT_NAME:
            continue
        if len(walk.keys[i]) < 2 or len(walk.keys[i + 1]) < 2 or (not fa and len(walk.keys[i]) < 4) or (not fb and len(walk.keys[i + 1]) < 4):
            continue
        gap = walk.gap(i)
        cued_pair = not fa and bool(fb & lx.SUR) and not fb & (lx.ENG | lx.COMMON | lx.MED | lx.CLIN) and i > 0 \
            and walk.keys[i - 1] in _LOWER_PAIR_CUES and not walk.text[walk.toks[i + 1][1]:walk.toks[i + 1][1] + 1].isdigit()
        if walk.shape(i) == "l" and not (fa & lx.FIRST and fb & lx.SUR) and not cued_pair:
            continue  # lowercase: only a known given name then a known surname ("ruby gold"), not "cotesting every";
            # or, right after "for"/"re", an unlisted word then a surname ("for kenji watanabe")
        if walk.shape(i) == "U" and gap in (", ", ",") and not (fa & _NAMEY and fb & _NAMEY) and not (
                not fa and not fb and _vowels(walk.keys[i]) >= 2 and _vowels(walk.keys[i + 1]) >= 2):
            continue  # "ASCVD, ADA": a list of acronyms
        if gap == " " and fb & lx.SUR and (fa & lx.FIRST or strong or cued_pair):
            # a given name then a surname; or any two name-list words right before "in bed 7" / "45M"
            a, b, bonus = i, i + 1, 0.0
        elif gap in (", ", ",") and (fa & lx.SUR or not fa) and (fb & lx.FIRST or not fb) and walk.shape(i) in ("T", "U"):
            # "Banks, Sterling" - but not a list of Title-case words ("Hayes, Wells, Murphy")
            if i + 2 < n and walk.gap(i + 1) in (", ", ",") and walk.shape(i + 2) == walk.shape(i):
                continue
            a, b, bonus = i, i + 1, W_COMMA_ORDER
        else:
            continue
        s, e = walk.toks[a][0], walk.toks[b][1]
        month_end = walk.toks[a][1] if month_name else -1  # "April" alone was read as a month
        if any(cs < e and s < ce and not (cs >= s and ce <= month_end) for cs, ce in claimed):
            continue
        shape = _shape_score(walk, a, b)
        if shape is None:
            continue
        score = shape + bonus + _part_score(walk, a) + _part_score(walk, b) + _context(walk, a, b, e)
        if score >= THRESHOLD:
            out.append(PhiSpan(s, e, "NAME", 0.9 if month_end > 0 else 0.7))
            nxt = b + 1


_CUE = lx.TITLE | lx.REL | lx.ROLE | lx.CRED


def _acts(walk, a: int, b: int) -> bool:  # type: ignore[no-untyped-def]
    """'Gertrude Ambler rings nightly', 'Cletus Varnado lists': a given name and a surname, neither one a
    clinical word, then a head word in its -s form reads as a person doing something, not an eponym's plural."""
    fa, fb = walk.flags[a], walk.flags[b]
    return a < b and bool(fa & lx.FIRST and fb & lx.SUR) and not (fa | fb) & (lx.MED | lx.CLIN) \
        and walk.keys[b + 1].endswith("s") and not walk.keys[b + 1].endswith("ss")


def _technical(f: int) -> bool:
    """A clinical word that is neither a name nor everyday English ("myopathy", "thyroiditis")."""
    return bool(f & lx.HEAD) or (bool(f & lx.MED) and not f & (_NAMEY | lx.COMMON | lx.STOP))


def _clinical_word(f: int) -> bool:
    """Any word of the clinical vocabularies that is not a name or a function word ("corneal")."""
    return bool(f & lx.HEAD) or (bool(f & (lx.MED | lx.CLIN)) and not f & (_NAMEY | lx.STOP))


def _clinical_after(walk, b: int, phrase: bool = True) -> bool:  # type: ignore[no-untyped-def]
    """Within the next three words of the same phrase (joined by a space or hyphen, no function
    word in between), an eponym's head: "Becker muscular dystrophy", "Ellis-van Creveld syndrome",
    "Pearson marrow-pancreas syndrome". The word right after may also be a technical word alone."""
    n = len(walk.toks)
    j = b + 1
    while j < n and walk.gap(j - 1) == "-" and walk.shape(j) in ("T", "U") and j < b + 4:
        j += 1  # "Adams-Oliver syndrome", "Emery-Dreifuss muscular dystrophy"
    steps = 0
    while j < n and steps < 4 and walk.gap(j - 1) in (" ", "-"):
        f = walk.flags[j]
        if f & lx.FACIL or walk.keys[j] in ("hospital", "hosp", "clinic", "center", "centre", "memorial"):
            return False  # "Calvert Hospital": a place
        if steps == 0 and _technical(f):
            return True
        if not phrase:
            return False
        if f & lx.HEAD or (f & (lx.MED | lx.CLIN) and not f & (_NAMEY | lx.STOP) and _technical_or_head_follows(walk, j)):
            return True
        if f & lx.STOP and walk.keys[j] not in ("van", "de", "la", "von", "der"):
            return False
        j += 1
        steps += 1
    return False


def _technical_or_head_follows(walk, j: int) -> bool:  # type: ignore[no-untyped-def]
    """'muscular dystrophy', 'corneal dystrophy': a clinical word is trusted when a technical word
    or head completes the phrase."""
    n = len(walk.toks)
    k = j + 1
    return k < n and walk.gap(j) in (" ", "-") and (_technical(walk.flags[k]) or bool(walk.flags[k] & lx.HEAD))


_SCORE_AFTER = re.compile(r" {1,2}\d{1,2}(?![\d./:-])(?! ?(?:yo|y/o|yrs?|years?|[mf]\b|mo|months?|wk|weeks?|days?))", re.I)
_GROUP_AFTER = re.compile(r"(?:['’]s)? {1,2}(?:persons|people|patients|adults|women|men|children|individuals|americans|"
                          r"populations?|communities|and colleagues|et al\b|and coworkers|and co-workers)", re.I)
_PLACE_BEFORE = frozenset("to from at in into near via @ transferred transfered admitted sent".split())
_ROMAN_AFTER = re.compile(r" {1,2}(?:I{1,3}|IV|V|VI{1,3}|IX)(?:[abc]|(?<=[IVX]{2})[ABC])?(?![\w'])")
_ROMAN_TOKEN = re.compile(r"(?:I{1,3}|IV|V|VI{1,3}|IX)(?:[abc]|(?<=[IVX]{2})[ABC])?")
_VERSION_AFTER = re.compile(r" {1,2}(?:v\d|revised \d|\d{1,3}(?:\.\d)? ?(?:deg|degrees|°|%)(?!\w))", re.I)
_VS = frozenset({"vs", "versus", "v"})


# Words that show a message is about a person: pronouns, relatives, roles, bed and age, record words,
# verbs people do. A lone capital in a message with none of them is read as a thing, not a person.
_PERSON_CUES = re.compile(r"(?i)\b(?:he|she|his|her|him|hers|they|them|their|pt|pts|patient|mr|mrs|ms|miss|mx|dr|mom|dad|mother|"
                     r"father|wife|husband|son|daughter|sister|brother|family|baby|infant|child|kid|boy|girl|man|woman|"
                     r"lady|gentleman|twins?|bed|rm|room|bay|yo|y/o|year[- ]old|dob|mrn|called|asked|asks|"
                     r"wants|wanted|refus\w*|admit\w*|discharg\w*|transfer\w*|lives|living|home|address|phone|caregiver|"
                     r"guardian|niece|nephew|grand\w+|neighbor|friend|nurse|rn|np|pa|md|fellow|resident|attending|"
                     r"consult\w*|pager)\b|\b\d{1,3}\s?(?:[mf]|yo)\b"
                     r"|\bin\s\d{1,3}[A-Za-z]?\b(?!\s?(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?|min|mg|mcg|ml|%|y|yrs?)\b)")


# A literal that every match of _PERSON_CUES contains (lowercased), one or more per alternative. A text
# with none of them cannot match, and saying so with str.find is far cheaper than a failed regex search
# over a long text ("1/1/1/...", "x@x@..."). Needles that contain a shorter needle add nothing.
_PERSON_NEEDLES_ALL = (
    "he his him pt patient mr ms miss mx dr mom dad wife husband son daughter sister baby infant child kid boy girl "
    "man lady twin bed rm room bay yo y/o year dob called asked asks wants wanted refus admit discharg transfer "
    "lives living home address phone caregiver guardian niece grand neighbor friend nurse rn np pa md fellow "
    "resident attending consult pager m f in"
).split()
_PERSON_NEEDLES = tuple(w for w in _PERSON_NEEDLES_ALL if not any(o != w and o in w for o in _PERSON_NEEDLES_ALL))


def _mentions_person(text: str) -> bool:
    """``_PERSON_CUES.search(text)``, with a quick no for ASCII texts that hold none of its literals."""
    if text.isascii():
        low = text.lower()
        if not any(w in low for w in _PERSON_NEEDLES):
            return False
    return bool(_PERSON_CUES.search(text))


def about_person(walk) -> bool:  # type: ignore[no-untyped-def]
    """Does the message speak of a person? Searched once per text and kept on the walk."""
    if walk.person is None:
        walk.person = _mentions_person(walk.text)
    return walk.person


def _placed(walk, a: int) -> bool:  # type: ignore[no-untyped-def]
    """A place cue before ("from Delano"), a facility or street word after ("Riverside Dialysis",
    "Greer Ave"), or "Surname, Given" (a chart header)."""
    n = len(walk.toks)
    if a > 0 and walk.keys[a - 1] in _PLACE_BEFORE:
        return True
    if a + 1 < n and len(walk.gap(a)) <= 2:
        if walk.flags[a + 1] & (lx.FACIL | lx.STREET):
            return True
        if walk.gap(a).strip() == "," and walk.shape(a + 1) in ("T", "U") and walk.flags[a + 1] & (lx.FIRST | lx.SUR):
            return True
    return False


def _compared(walk, a: int, b: int) -> bool:  # type: ignore[no-untyped-def]
    """The span sits right beside "vs"/"versus" ("Weber vs Benedikt", "Rosen's vs Tintinalli")."""
    n = len(walk.toks)
    before = a > 0 and walk.keys[a - 1] in _VS and walk.gap(a - 1).strip(" .") == ""
    after = b + 1 < n and walk.keys[b + 1] in _VS and walk.gap(b).strip(" '’s") == ""
    return before or after


def _coordinated(walk, b: int) -> bool:  # type: ignore[no-untyped-def]
    """The span is the first of named things joined before their head ("Chadwick and Hegar signs", "Cullen and
    Grey Turner signs", "Lambert, Eaton syndrome"): what the head says of the last, it says of all."""
    n = len(walk.toks)
    j = b + 1
    if j >= n:
        return False
    if walk.keys[j] in ("and", "or", "nor") and walk.gap(b).strip(" '’s,") == "":
        j += 1
    elif not walk.gap(b).strip(" '’s").startswith(","):
        return False
    k = 0
    while j < n and k < 3 and walk.words[j][:1].isupper() and walk.gap(j - 1).strip(" ,") == "":
        j += 1
        k += 1
    return 0 < k and j < n and walk.gap(j - 1).strip(" '’s") == "" and bool(walk.flags[j] & lx.HEAD)


def _vowels(word: str) -> int:
    return sum(ch in "aeiouy" for ch in word)


def _clinical_only(f: int) -> bool:
    return bool(f & lx.CLIN) and not f & _NAMEY


_DRUG_BEFORE = frozenset("on started start starting takes taking take took rx dose of trial increase increased "
                         "stop stopped hold held given gave prescribed prescribe restart restarted continue".split())
_DRUG_AFTER = frozenset("mg mcg g ml tab tabs tablet tablets dose daily bid tid qid prn qhs qd er xr xl sr vs versus".split())


def _generic_after(walk, a: int) -> bool:  # type: ignore[no-untyped-def]
    """'Heather (norethindrone)': a brand with its generic name in brackets."""
    return a + 1 < len(walk.toks) and walk.gap(a).strip() == "(" and _clinical_only(walk.flags[a + 1]) \
        and not walk.flags[a + 1] & (lx.STOP | lx.COMMON) and walk.text[walk.toks[a + 1][1]:walk.toks[a + 1][1] + 1] == ")"


def _drug_context(walk, a: int) -> bool:  # type: ignore[no-untyped-def]
    n = len(walk.toks)
    before = a > 0 and walk.keys[a - 1] in _DRUG_BEFORE and len(walk.gap(a - 1)) <= 2
    after = a + 1 < n and (walk.keys[a + 1] in _DRUG_AFTER or walk.text[walk.toks[a][1]:walk.toks[a][1] + 2].strip()[:1].isdigit())
    if before or after or _generic_after(walk, a):
        return True
    # listed with other drugs: "Allegra and Lyrica", "Camila or Heather (norethindrone)"
    for j, k in ((a + 2, a + 1), (a - 2, a - 1)):
        if 0 <= j < n and walk.keys[k] in ("and", "or", "vs", "versus") and (_clinical_only(walk.flags[j]) or _generic_after(walk, j)):
            return True
    return False


def clinical_veto(walk, cands: list[PhiSpan]) -> list[PhiSpan]:  # type: ignore[no-untyped-def]
    """Drop name and place guesses that medicine explains better: an eponym before a clinical word
    ("Brody myopathy", "Adams-Oliver syndrome", "Virchow node"), or a lone clinical-vocabulary word
    (a drug brand that is also a given name, "Allegra") with no person cue before it.
    Spans led by a title, relation, role or credential are kept: "Dr. Graves" is a person."""
    if not cands:
        return cands
    import bisect

    starts = walk.starts
    ends = [t[1] for t in walk.toks]
    n = len(starts)
    out = []
    for sp in cands:
        if sp.category not in ("NAME", "LOCATION") or sp.confidence >= 0.9:
            out.append(sp)
            continue
        a = bisect.bisect_left(starts, sp.start)
        b = bisect.bisect_left(ends, sp.end)
        if a >= n or b >= n or starts[a] != sp.start:
            out.append(sp)
            continue
        cued = a > 0 and bool(walk.flags[a - 1] & _CUE) and len(walk.gap(a - 1)) <= 3
        # a title, relation or role word ("Dr.", "son", "dietitian") names a person; "per" also cites a source
        strong_cue = cued and (bool(walk.flags[a - 1] & (lx.TITLE | lx.REL)) or (
            bool(walk.flags[a - 1] & lx.ROLE) and walk.keys[a - 1] != "per"))
        # a given name that is no clinical word ("Deshawn") makes the span a person whatever follows
        personal = sp.category == "NAME" and any(walk.flags[t] & lx.FIRST and not walk.flags[t] & lx.MED for t in range(a, b + 1))
        # a whole name owning an everyday word or an operation is the person's: "Abdirahman Farah's surgery",
        # "Heinrich Mueller's prostatectomy" (an eponym is one word: "Bell's palsy")
        owner = sp.category == "NAME" and b + 1 < n and walk.text[walk.toks[b][1] - 2:walk.toks[b][1]] in ("'s", "’s") \
            and (a < b and bool(walk.flags[b + 1] & lx.COMMON or walk.keys[b + 1].endswith(lx.PROCEDURE_ENDS))
                 or personal and a == b)  # "Shayla's pre-op pregnancy test": a given name owns what follows
        if personal and not owner and b + 1 < n and walk.gap(b) == " " and (walk.flags[b + 1] & lx.HEAD or (
                a == b and _technical(walk.flags[b + 1]))) and not _acts(walk, a, b):
            personal = False  # "Charles Bonnet syndrome", "Morton neuroma": the head decides
        personal = personal or owner
        if not strong_cue and not personal and sp.confidence < 0.85 and _clinical_after(walk, b, sp.category == "NAME"):
            continue
        if a == b and not cued and walk.flags[a] & lx.MED and not walk.flags[a] & lx.TOPNAME:
            if sp.confidence < 0.8 and (not walk.flags[a] & lx.FIRST or _drug_context(walk, a)):
                continue  # a lone clinical-vocabulary word: "Lyme"; a brand named like a person: "started Allegra"
            if a > 0 and walk.gap(a - 1) == " " and _clinical_word(walk.flags[a - 1]):
                continue  # "polycythemia vera"
        if a == b and not cued and sp.confidence < 0.8 and a > 0 and walk.gap(a - 1) == " " and walk.words[a - 1].istitle() \
                and walk.keys[a - 1] in drug_words() and not walk.flags[a - 1] & (_NAMEY | lx.STOP | lx.TITLE | lx.REL | lx.ROLE):
            continue  # "Zyprexa Zydis", "Humalog KwikPen": a drug brand's form, not a person
        if a == b and not cued and sp.confidence < 0.8 and _generic_after(walk, a):
            continue  # "Heather (norethindrone)": a brand with its generic name
        if a == b and not cued and sp.confidence < 0.8 and (_VERSION_AFTER.match(walk.text, walk.toks[b][1]) or (
                sp.category == "NAME" and (_SCORE_AFTER.match(walk.text, walk.toks[b][1])
                                           or _ROMAN_AFTER.match(walk.text, walk.toks[b][1])))):
            continue  # "Padua 5", "Cobb 34 deg", "Clark IV", "Chicago v4.0": a named score, level or version
        if not strong_cue and sp.confidence < 0.8 and (_ROMAN_AFTER.match(walk.text, walk.toks[b][1]) or (
                sp.category == "LOCATION" and walk.words[a].istitle() and walk.text[walk.toks[b][1]:walk.toks[b][1] + 2] != "  "
                and _SCORE_AFTER.match(walk.text, walk.toks[b][1])) or (
                a < b and _ROMAN_TOKEN.fullmatch(walk.words[b]))):
            continue  # "Ann Arbor IIIB", "Amsterdam II criteria", "Forrest Ia": a named stage or grade
        if a == b and not cued and sp.confidence < 0.65 and not walk.flags[a] & lx.FIRST and not about_person(walk) \
                and not _placed(walk, a):
            continue  # a lone surname-like capital in a message about no person at all: an eponym ("Nugent 8")
        if not strong_cue and sp.confidence < 0.9 and _coordinated(walk, b):
            continue
        if not strong_cue and not personal and sp.confidence < 0.9 and _compared(walk, a, b):
            continue  # "Capgras vs Fregoli", "Ahmed valve vs Baerveldt": things compared, not people
        if not strong_cue and sp.confidence < 0.85 and any(
                walk.gap(t) == "-" and walk.shape(t) == walk.shape(t + 1) == "T"
                and (_clinical_only(walk.flags[t + 1]) or _clinical_only(walk.flags[t]))
                for t in range(a, min(b + 1, n - 1))):
            continue  # "Arnold-Chiari": one half of the hyphenated pair is a clinical word, not a name
        if a == b and not cued and sp.confidence < 0.8 and walk.words[a].isupper() and len(walk.words[a]) <= 8 \
                and not walk.in_caps(a) and not walk.flags[a] & lx.FIRST and (
                    sp.category == "NAME" or a == 0 or walk.keys[a - 1] not in _PLACE_BEFORE):
            continue  # "ASCVD", "JUPITER", "UKPDS": one word in capitals inside a mixed-case line is an acronym
        if a == b and not strong_cue and _GROUP_AFTER.match(walk.text, walk.toks[b][1]):
            continue  # "Black persons", "Stevens and colleagues", "Talan et al": a description or a citation
        if sp.category == "LOCATION" and a == b and not cued and sp.confidence < 0.85 and b + 1 < n \
                and walk.gap(b) == " " and walk.words[b + 1].isupper() and len(walk.words[b + 1]) <= 5 \
                and not walk.in_caps(b) and walk.flags[b + 1] & lx.CLIN \
                and not (walk.words[b + 1] in lx.STATE_CODES and walk.flags[b] & lx.PLACE and walk.words[b].istitle() and lx.STATE_END.match(walk.text, walk.toks[b + 1][1])):
            continue  # "Berlin ARDS", "Seattle HF model": a place-named definition or score ("Boise ID, ETA 3h" is Idaho)
        out.append(sp)
    return out
