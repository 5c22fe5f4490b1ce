"""Find the 18 HIPAA Safe Harbor identifiers in free clinical chat text.

Two passes, both linear in the input length:
1. shaped identifiers (emails, phones, record numbers, dates, ages > 89, addresses)
   from the compiled patterns in :mod:`bot.phi.patterns`;
2. one walk over the word tokens for names and places, using gazetteers and context
   ("Dr. X", "X, RN", "daughter X", "transferred to X", "X Hospital") and clinical
   allow-lists so "Parkinson disease", "Bell's palsy" or "Apgar 8/9" stay clean.

Overlapping candidates are resolved by confidence, then length, so the result is sorted
and non-overlapping. Placeholders written by :func:`bot.phi.redact.redact` ("[NAME-1]")
are never flagged, so redacted text scans clean.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.phi import lexicon as lx
from bot.phi.patterns import NON_DATE_AFTER, NON_DATE_BEFORE, PATTERNS, SLASH_DATE

CATEGORIES: tuple[str, ...] = (
    "NAME", "LOCATION", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
    "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "ID",
)

PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(CATEGORIES) + r")-\d{1,6}\]")


@dataclass(frozen=True)
class PhiSpan:
    """One identifier found in a text: ``text[start:end]`` is the value."""

    start: int
    end: int
    category: str
    confidence: float

    def text_of(self, text: str) -> str:
        return text[self.start:self.end]


# Keyword-led values must look like identifiers, not words or a bare year.
_KEYED = {"MRN", "HEALTH_PLAN", "ACCOUNT", "VEHICLE", "LICENSE", "DEVICE", "ID"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
_ALPHA = re.compile(r"[A-Za-z]")


def _value_ok(value: str) -> bool:
    digits = len(_DIGIT.findall(value))
    if digits >= 4:
        return not _YEAR.fullmatch(value)
    return digits >= 2 and bool(_ALPHA.search(value)) and len(value) >= 5


def _pattern_spans(text: str, out: list[PhiSpan]) -> None:
    for category, conf, rx, group in PATTERNS:
        for m in rx.finditer(text):
            s, e = m.span(group)
            if s < 0 or s == e:
                continue
            if category in _KEYED and group and not _value_ok(text[s:e]):
                continue
            if category == "DATE" and text[s].isdigit() and _vetoed(text, s, e):
                continue
            if category == "LOCATION" and not group and _bad_address(text[s:e]):
                continue
            if category == "PHONE" and e - s == 8 and text[s + 3] == "-" and (text[e - 2:e] == "00" or text[s] in "01"):
                continue  # "500-1000" is a range, not a number
            if category == "URL":
                while e > s and text[e - 1] in ".,;:!?)]}'\"":
                    e -= 1
            out.append(PhiSpan(s, e, category, conf))


_WORD_BEFORE = re.compile(r"([A-Za-z0-9:/-]+)\W{0,3}$")
_WORD_AFTER = re.compile(r"^\W{0,3}([A-Za-z0-9:/-]+)")


_AMBIGUOUS_SUFFIX = {"st", "dr", "ct", "pl", "place", "way", "row", "loop", "square", "sq", "circle", "cir", "court", "drive", "ter"}


def _bad_address(value: str) -> bool:
    """'3 WAY FOLEY IN PLACE', '50 BY DR', '110 SR TO ST' are not street addresses."""
    flags = lx.lexicon().flags
    words = _TOKEN.findall(value)
    if not words:
        return True
    inner = words[:-1] if len(words) > 1 else words
    if any(flags.get(w.lower(), 0) & (lx.STOP | lx.CLIN | lx.UNIT | lx.TITLE | lx.MONTH) for w in inner):
        return True
    last = words[-1].lower()
    if value.isupper() and last in _AMBIGUOUS_SUFFIX and not value.rstrip().endswith("."):
        return any(flags.get(w.lower(), 0) & lx.COMMON == 0 and not flags.get(w.lower(), 0) & (lx.FIRST | lx.SUR) for w in inner)
    return False


def _vetoed(text: str, s: int, e: int) -> bool:
    """Context words that make a number pair a score, ratio or setting, not a date."""
    before = _WORD_BEFORE.search(text, max(0, s - 24), s)
    if before and before.group(1).lower() in NON_DATE_BEFORE:
        return True
    after = _WORD_AFTER.match(text[e:e + 24])
    return bool(after and after.group(1).lower().rstrip(".") in NON_DATE_AFTER)


def _slash_dates(text: str, out: list[PhiSpan]) -> None:
    """"7/22" is a date; "5/5 strength", "1/2 NS", "pain 3/10" are not."""
    for m in SLASH_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a == b or (a < b <= 4) or b == 0:
            continue
        s, e = m.span()
        if _vetoed(text, s, e):
            continue
        conf = 0.75 if b <= 31 else 0.6  # "12/82" is month/year
        out.append(PhiSpan(s, e, "DATE", conf))


# ---------------------------------------------------------------- name and place walk
_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)*")
_DELETE_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
_DELETE_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_NONNAME = lx.CLIN | lx.TITLE | lx.UNIT | lx.MONTH | lx.STOP | lx.FACIL | lx.HEAD
_NAMEY = lx.FIRST | lx.SUR
_TITLE_WORD = re.compile(r"(?:Mc|Mac|O'|D'|De|Van|Le|La)?[A-Z][a-z']+(?:-[A-Z][a-z']+)*")
_WARD_NO = re.compile(r" ?\d{1,2}\b(?![./:%-]?\d)")
_SENT_END = set(".!?:;\n\"(*-•>")
_WEAK_REL = {"pt", "patient", "friend", "contact", "spokesperson", "neighbor", "neighbour", "roommate", "caregiver"}
_FACILITY_HEADS = {"hospital", "hosp", "clinic", "infirmary", "memorial", "sanatorium", "rehab", "center", "centre", "regional", "general"}
_HOSP_ABBR = re.compile(r"[A-Za-z]{1,3}[Hh]|[A-Z]{1,4}MC|vamc|[a-z]{1,3}mc")


def _caps_lines(text: str) -> tuple[list[int], list[bool]]:
    """Line starts and whether each line is written in capitals (notes often are)."""
    starts: list[int] = []
    caps: list[bool] = []
    pos = 0
    for line in text.split("\n"):
        n_up = len(line) - len(line.translate(_DELETE_UPPER))
        n_low = len(line) - len(line.translate(_DELETE_LOWER))
        starts.append(pos)
        caps.append(n_up >= 6 and n_up > 3 * n_low)
        pos += len(line) + 1
    return starts, caps


class _Walk:
    """One left-to-right pass over word tokens, emitting NAME and LOCATION spans."""

    def __init__(self, text: str, out: list[PhiSpan]) -> None:
        self.text = text
        self.out = out
        lex = lx.lexicon()
        self.flags_of = lex.flags
        self.multi = lex.multi_places
        self.facilities = lex.facilities
        self.last_name_end = -2
        self.cues = lex.place_cues
        toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        self.toks = toks
        words = []
        keys = []
        for s, e in toks:
            w = text[s:e]
            if w.endswith("'s") or w.endswith("'S"):
                w = w[:-2]
            w = w.rstrip("'")
            words.append(w)
            keys.append(w.lower())
        self.words = words
        self.keys = keys
        self.line_starts, self.line_caps = _caps_lines(text)

    # -- token properties
    def flags(self, i: int) -> int:
        k = self.keys[i]
        f = self.flags_of.get(k)
        if f is not None:
            return f
        if "-" in k:
            f = 0
            parts = k.split("-")
            for p in parts:
                f |= self.flags_of.get(p, 0) & (_NAMEY | lx.CLIN)
            if all(self.flags_of.get(p, 0) & lx.ENG for p in parts):
                f |= lx.ENG
            return f
        return 0

    def in_caps(self, i: int) -> bool:
        li = bisect.bisect_right(self.line_starts, self.toks[i][0]) - 1
        return self.line_caps[li]

    def shape(self, i: int) -> str:
        """'T' title case, 'U' all caps, 'l' lower, 'm' mixed."""
        w = self.words[i]
        if w.islower():
            return "l"
        if w.isupper():
            return "U"
        if w[0].isupper() and (w[1:].islower() or _TITLE_WORD.fullmatch(w)):
            return "T"
        return "m"

    def capitalised(self, i: int) -> bool:
        """Capital letter that means something: Title case, or caps in a mixed-case line."""
        sh = self.shape(i)
        if sh == "T":
            return True
        if sh == "U":
            return self.in_caps(i) or len(self.words[i]) > 3 and self.flags(i) & _NAMEY and not self.flags(i) & lx.ENG
        return False

    def sentence_start(self, i: int) -> bool:
        s = self.toks[i][0]
        j = s - 1
        text = self.text
        while j >= 0 and text[j] in " \t\r":
            j -= 1
        return j < 0 or text[j] in _SENT_END

    def gap(self, i: int) -> str:
        """Text between token i and token i+1."""
        return self.text[self.toks[i][1]:self.toks[i + 1][0]]

    def is_initial(self, i: int) -> bool:
        w = self.words[i]
        if i + 1 >= len(self.toks) or len(w) != 1 or not w.isupper():
            return False
        s = self.toks[i][0]
        if s > 0 and (self.text[s - 1].isalnum() or self.text[s - 1] in "'/"):
            return False
        g = self.gap(i)
        return g == "." or g == ". " or g == ".  "

    def nameish(self, i: int, strict: bool) -> bool:
        """Could token i be part of a name? ``strict`` asks for name-list or unknown-word evidence."""
        f = self.flags(i)
        if f & (_NONNAME | lx.CRED | lx.REL | lx.ROLE) or len(self.keys[i]) < 2:
            return False
        if f & lx.ENG and not f & _NAMEY:
            return False
        if strict and f & lx.ENG:
            return self.capitalised(i)
        return True

    def emit(self, a: int, b: int, category: str, conf: float) -> None:
        if category == "NAME":
            self.last_name_end = b
        s = self.toks[a][0]
        e = self.toks[b][1]
        w = self.text[s:e]
        if w.endswith("'s") or w.endswith("'S"):
            e -= 2
        self.out.append(PhiSpan(s, e, category, conf))

    def extend_name(self, i: int, limit: int = 2) -> int:
        """Last token of a name starting at i: following surname-like tokens joined by space or hyphen."""
        j = i
        n = len(self.toks)
        while j + 1 < n and limit > 0:
            g = self.gap(j)
            if g not in (" ", "-", ". ", "  ") or (g == ". " and not self.is_initial(j)):
                break
            k = j + 1
            f = self.flags(k)
            if f & _NONNAME or len(self.keys[k]) < 2:
                break
            mixed = not self.in_caps(k)
            if mixed and self.shape(k) not in ("T", "U") and self.shape(j) in ("T", "U"):
                break
            if f & lx.ENG and not (f & _NAMEY and (self.capitalised(k) or not mixed or self.flags(j) & lx.FIRST)):
                break
            if f & lx.CRED:
                break
            j = k
            limit -= 1
        return j

    # -- rules
    def run(self) -> None:
        n = len(self.toks)
        keys = self.keys
        i = 0
        while i < n:
            f = self.flags(i)
            k = keys[i]
            nxt = i + 1
            if self.last_name_end == i - 1 and k in ("and", "or") and i + 1 < n and len(self.gap(i)) <= 2:
                j = i + 1
                if self.nameish(j, True) and (self.capitalised(j) or self.flags(j) & lx.FIRST):
                    end = self.extend_name(j)
                    self.emit(j, end, "NAME", 0.75)
                    i = end + 1
                    continue
            if f & lx.TITLE and i + 1 < n:
                nxt = self.after_title(i)
            elif f & lx.REL and i + 1 < n:
                nxt = self.after_relation(i)
            elif f & lx.ROLE and i + 1 < n and self.capitalised(i + 1) and self.nameish(i + 1, True) and self.gap(i) in (" ", ": ", " - "):
                end = self.extend_name(i + 1)
                self.emit(i + 1, end, "NAME", 0.8)
                nxt = end + 1
            if nxt != i + 1:
                i = nxt
                continue
            if f & lx.CRED and i > 0 and not (k == "md" and self.place_state(i)):
                self.before_credential(i)
            if self.initial_name(i):
                i += 2
                continue
            if k in _FACILITY_HEADS and i > 0:
                self.before_facility(i)
            if k in ("st", "saint") and i + 1 < n and not (self.toks[i][0] > 0 and self.text[self.toks[i][0] - 1].isdigit()) and self.capitalised(i + 1) and self.gap(i) in (" ", ". ", ".") and self.saint_name(i + 1):
                end = i + 1
                if end + 1 < n and self.capitalised(end + 1) and not self.flags(end + 1) & (lx.CLIN | lx.STOP):
                    end += 1
                self.emit(i, end, "LOCATION", 0.8)
                i = end + 1
                continue
            if k in ("university", "u", "univ") and i + 2 < n and keys[i + 1] == "of" and self.capitalised(i + 2) and self.saint_name(i + 2):
                self.emit(i, i + 2, "LOCATION", 0.8)
                i += 3
                continue
            if k in self.cues:
                j = self.after_cue(i)
                if j > i:
                    i = j + 1
                    continue
            j = self.facility_name(i)
            if j > i:
                i = j + 1
                continue
            j = self.multi_place(i)
            if j > i:
                i = j + 1
                continue
            if f & _NAMEY or f & lx.PLACE:
                j = self.gazetteer(i, f)
                if j >= i:
                    i = j + 1
                    continue
            i += 1

    def saint_name(self, j: int) -> bool:
        f = self.flags(j)
        if f & (lx.CLIN | lx.STOP | lx.UNIT | lx.MONTH):
            return False
        if self.in_caps(j) and f & lx.COMMON and not f & (_NAMEY | lx.PLACE):
            return False
        return bool(f & (_NAMEY | lx.PLACE)) or not f & lx.ENG

    def place_state(self, i: int) -> bool:
        """'Baltimore, MD' / 'U of MD': MD as a state."""
        k = self.keys[i - 1]
        return k in ("of", "u") or bool(self.flags(i - 1) & lx.PLACE) or self.words[i] == "MD" and self.gap(i - 1).startswith(",")

    def after_title(self, i: int) -> int:
        j = i + 1
        g = self.gap(i)
        if len(g) > 3 or g.strip(" .\t") or not g:
            return i + 1
        k = self.keys[i]
        if k in ("doctor", "miss") and not self.capitalised(j):
            return i + 1
        if self.is_initial(j) and j + 1 < len(self.toks):
            if self.nameish(j + 1, False) or not self.flags(j + 1) & (lx.ENG | _NONNAME):
                end = self.extend_name(j + 1)
                self.emit(j, end, "NAME", 0.92)
                return end + 1
            self.emit(j, j, "NAME", 0.8)
            return j + 1
        fj = self.flags(j)
        if fj & (lx.STOP | lx.UNIT | lx.TITLE | lx.CRED | lx.MONTH) or len(self.keys[j]) < 2:
            return i + 1
        title_case = (self.shape(j) == "T" and not self.in_caps(j)) or (self.in_caps(j) and not fj & lx.COMMON)
        if fj & (lx.CLIN | lx.HEAD) and not title_case:
            return i + 1
        if fj & lx.ENG and not fj & _NAMEY and not title_case:
            return i + 1
        if k in ("ms", "mr", "miss") and self.words[i].isupper() and fj & lx.ENG and not fj & _NAMEY:
            return i + 1
        end = self.extend_name(j)
        self.emit(j, end, "NAME", 0.92)
        return end + 1

    def after_relation(self, i: int) -> int:
        k = self.keys[i]
        j = i + 1
        g = self.gap(i)
        if len(g) > 4 or "\n" in g or any(c in g for c in ".;"):
            return i + 1
        if self.keys[j] in ("is", "named", "was") and j + 1 < len(self.toks) and len(self.gap(j)) <= 2:
            if self.keys[j] == "named" or self.capitalised(j + 1):
                j += 1
        fj = self.flags(j)
        if fj & _NONNAME or fj & (lx.REL | lx.CRED) or len(self.keys[j]) < 2:
            return i + 1
        weak = k in _WEAK_REL
        cap = self.capitalised(j)
        if weak:
            if self.in_caps(j):
                ok = bool(fj & _NAMEY) and not fj & lx.COMMON
            else:
                ok = self.shape(j) == "T" and (not fj & lx.COMMON or bool(fj & _NAMEY)) and not self.sentence_start(j)
        elif fj & lx.ENG:
            ok = bool(fj & lx.FIRST) or (cap and bool(fj & lx.SUR))
        else:
            ok = True
        if not ok:
            return i + 1
        end = self.extend_name(j)
        self.emit(j, end, "NAME", 0.85 if not weak else 0.75)
        return end + 1

    def before_credential(self, i: int) -> None:
        w = self.words[i]
        if w.islower() and self.in_caps(i):
            return
        g = self.gap(i - 1)
        if g not in (" ", ", ", ",", "  ", " ,", " - ", "-"):
            return
        j = i - 1
        start = None
        limit = 3
        while j >= 0 and limit > 0:
            fj = self.flags(j)
            if fj & lx.ENG and (self.in_caps(j) or self.shape(j) != "T"):
                break
            if self.nameish(j, False) or self.is_initial(j) or (len(self.words[j]) == 1 and self.gap(j).startswith(".")):
                if not self.in_caps(j) and self.shape(j) == "l" and w.isupper():
                    break
                start = j
                limit -= 1
                if j == 0:
                    break
                g = self.gap(j - 1)
                if g not in (" ", ". ", "-", "."):
                    break
                j -= 1
            else:
                break
        if start is not None:
            self.emit(start, i - 1, "NAME", 0.85)

    def initial_name(self, i: int) -> bool:
        """'B. KARGAS', 'N. Grandone': an initial then an unknown or name-list word."""
        if i + 1 >= len(self.toks) or not self.is_initial(i):
            return False
        if self.words[i] in "SOAPI" and self.sentence_start(i):
            return False  # S./O./A./P. note sections
        j = i + 1
        fj = self.flags(j)
        if fj & _NONNAME or len(self.keys[j]) < 2 or not self.capitalised(j):
            return False
        if fj & lx.ENG and not fj & _NAMEY:
            return False
        end = self.extend_name(j)
        self.emit(i, end, "NAME", 0.7)
        return True

    def before_facility(self, i: int) -> None:
        """'Calvert Hospital', 'kernan hosp', 'Holy Cross Medical Center'."""
        k = self.keys[i]
        if k in ("center", "centre") and not (i > 0 and self.keys[i - 1] in ("medical", "health", "cancer", "heart", "rehabilitation", "rehab")):
            return
        if k in ("rehab", "regional", "general") and not self.capitalised(i):
            return
        j = i - 1
        start = None
        limit = 3
        while j >= 0 and limit > 0:
            if self.gap(j) not in (" ", "  ", "-", "'s ", ". "):
                break
            f = self.flags(j)
            if f & (lx.STOP | lx.CLIN | lx.UNIT | lx.REL | lx.MONTH) or self.keys[j] in self.cues:
                if self.keys[j] not in ("st", "of", "the") or start is None:
                    break
            elif f & lx.FACIL:
                pass
            elif f & lx.ENG and not (f & (_NAMEY | lx.PLACE) and self.capitalised(j)) and not (self.shape(j) == "T" and not self.in_caps(j)):
                break
            start = j
            limit -= 1
            j -= 1
        if start is not None and not self.flags(start) & (lx.STOP | lx.FACIL):
            self.emit(start, i, "LOCATION", 0.8)

    def after_cue(self, i: int) -> int:
        """'lives in Towson', 'transferred to GH', 'sent to quartermain 2'."""
        keys = self.keys
        best = None
        for prefix in self.cues[keys[i]]:
            m = len(prefix)
            if i - m < 0:
                continue
            if all(keys[i - m + t] == prefix[t] for t in range(m)):
                best = prefix
                break
        if best is None:
            return i
        generic = len(best) == 0
        j = i + 1
        n = len(self.toks)
        if j >= n:
            return i
        g = self.gap(i)
        if len(g) > 2 or "\n" in g or (g.strip() and g.strip() not in ("(",)):
            return i
        if keys[j] == "the" and j + 1 < n and self.capitalised(j + 1):
            j += 1
        fj = self.flags(j)
        w = self.words[j]
        if _HOSP_ABBR.fullmatch(w) and (w.isupper() or w.islower()) and not fj & (lx.CLIN | lx.UNIT | lx.STOP | lx.COMMON):
            self.emit(j, j, "LOCATION", 0.6)
            return j
        if fj & (_NONNAME | lx.REL | lx.ROLE | lx.CRED) or len(w) < 2:
            return i
        if generic and len(w) >= 4 and not fj & lx.ENG and _WARD_NO.match(self.text, self.toks[j][1]):
            # "to Quartermain 3", "on 7 West": a ward or building with a floor number
            end = _WARD_NO.match(self.text, self.toks[j][1]).end()
            self.out.append(PhiSpan(self.toks[j][0], end, "LOCATION", 0.65))
            return j
        if generic:
            # "to GH", "at Kernan": only hospital-like abbreviations or known places
            # right after a movement/location preposition.
            if keys[i] in ("to", "at", "from", "in") and not fj & lx.ENG:
                if fj & lx.PLACE and (self.capitalised(j) or w.islower()):
                    self.emit(j, j, "LOCATION", 0.6)
                    return j
            return i
        if fj & lx.ENG and not (fj & (lx.PLACE | _NAMEY) and self.capitalised(j)):
            return i
        end = j
        # ward numbers and two-word places: "Quartermain 2", "Middle River"
        if end + 1 < n and self.capitalised(end + 1) and self.gap(end) == " " and not self.flags(end + 1) & (_NONNAME | lx.CRED):
            if not self.flags(end + 1) & lx.ENG or self.flags(end + 1) & (lx.PLACE | lx.FACIL):
                end += 1
        s = self.toks[j][0]
        e = self.toks[end][1]
        tail = re.match(r" ?\d{1,2}\b", self.text[e:e + 4])
        if tail:
            e += tail.end()
        self.out.append(PhiSpan(s, e, "LOCATION", 0.7))
        return end

    def facility_name(self, i: int) -> int:
        """Known multi-word facility names ("Holy Cross", "Sacred Heart"), any case."""
        opts = self.facilities.get(self.keys[i])
        if not opts:
            return i
        for rest in opts:
            m = len(rest)
            if i + m >= len(self.toks):
                continue
            if all(self.keys[i + 1 + t] == rest[t] and len(self.gap(i + t)) <= 2 for t in range(m)):
                self.emit(i, i + m, "LOCATION", 0.85)
                return i + m
        return i

    def multi_place(self, i: int) -> int:
        """Two-or-more word US places ("New York", "Middle River") written with capitals."""
        opts = self.multi.get(self.keys[i])
        if not opts or not self.capitalised(i):
            return i
        for rest in opts:
            m = len(rest)
            if i + m >= len(self.toks):
                continue
            ok = True
            for t in range(m):
                if self.keys[i + 1 + t] != rest[t] or not self.capitalised(i + 1 + t) or len(self.gap(i + t)) > 2:
                    ok = False
                    break
            if ok:
                if all(self.flags(i + t) & lx.ENG for t in range(m + 1)) and self.sentence_start(i):
                    return i
                self.emit(i, i + m, "LOCATION", 0.7)
                return i + m
        return i

    def gazetteer(self, i: int, f: int) -> int:
        """Name-list and place-list words, when they cannot be ordinary or clinical words."""
        if f & (_NONNAME | lx.ENG | lx.CRED | lx.REL | lx.ROLE) or len(self.keys[i]) < 3:
            return -1
        sh = self.shape(i)
        caps_line = self.in_caps(i)
        if sh == "U" and not caps_line and len(self.words[i]) <= 4:
            return -1  # an acronym inside mixed-case text
        nxt = i + 1
        # eponym before disease words: "Hashimoto thyroiditis", "Bell's palsy"
        if nxt < len(self.toks) and self.flags(nxt) & lx.HEAD and len(self.gap(i)) <= 3:
            return -1
        if sh == "l" and not f & lx.FIRST:
            return -1  # a lowercase surname-list word ("blocker", "chol") is too weak alone
        if caps_line and len(self.keys[i]) <= 3:
            return -1  # short capitals in a capitals line are usually abbreviations
        if f & lx.PLACE and not f & _NAMEY:
            conf = 0.65 if sh == "T" or caps_line else 0.45
            self.emit(i, i, "LOCATION", conf)
            return i
        if f & lx.FIRST:
            conf = 0.75 if sh == "T" else 0.6
        else:
            conf = 0.6 if sh == "T" and not self.sentence_start(i) else 0.45
        end = self.extend_name(i)
        if end > i:
            conf = max(conf, 0.8)
        cat = "NAME"
        if f & lx.PLACE and end == i and not f & lx.FIRST:
            cat = "LOCATION"
        self.emit(i, end, cat, conf)
        return end


# ---------------------------------------------------------------- public API
def _resolve(text: str, cands: list[PhiSpan]) -> list[PhiSpan]:
    """Keep the most confident of overlapping candidates; drop anything touching a placeholder."""
    blocked = [m.span() for m in PLACEHOLDER_RE.finditer(text)] if "[" in text else []
    cands.sort(key=lambda sp: (-sp.confidence, sp.start - sp.end, sp.start))
    starts: list[int] = []
    kept: list[PhiSpan] = []
    for s0, e0 in blocked:
        idx = bisect.bisect_left(starts, s0)
        starts.insert(idx, s0)
        kept.insert(idx, PhiSpan(s0, e0, "", 2.0))
    for sp in cands:
        if sp.end <= sp.start:
            continue
        idx = bisect.bisect_left(starts, sp.start)
        if idx > 0 and kept[idx - 1].end > sp.start:
            continue
        if idx < len(kept) and kept[idx].start < sp.end:
            continue
        starts.insert(idx, sp.start)
        kept.insert(idx, sp)
    return [sp for sp in kept if sp.category]


def find_phi(text: str) -> list[PhiSpan]:
    """All identifiers in ``text``, sorted by position and non-overlapping."""
    if not text:
        return []
    cands: list[PhiSpan] = []
    _pattern_spans(text, cands)
    _slash_dates(text, cands)
    _Walk(text, cands).run()
    return _resolve(text, cands)
