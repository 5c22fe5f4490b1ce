"""The word walk that finds person names and places in free text.

Names in clinical chat rarely look like names to a generic NER model ("dr healey",
"son bill", "DAN A. FORMAN-LYONS, RRT"), and clinical words often look like names
("Parkinson", "Foley", "Bell's palsy"). So the walk trusts context first (titles,
credentials, relations, "transferred to", "X Hospital") and gazetteers second, and
never treats a word from the clinical allow-lists as a name on its own.

One pass over the tokens, constant work per token (bounded look-around), so the cost
is linear in the text length.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, compress, repeat

from bot.phi import lexicon as lx
from bot.phi.spans import PhiSpan

_TOKEN = re.compile(r"[A-Za-z][A-Za-z']*")
_TITLE_WORD = re.compile(r"(?:Mc|Mac|O'|D'|De|Van|Le|La)?[A-Z][a-z']+(?:-[A-Z][a-z']+)*")
_WARD_NO = re.compile(r" ?\d{1,2}\b(?![./:%,-]?\d)(?! ?(?:mg|mcg|ml|cc|l|g|kg|mm|cm|meq|mmol|units?|u|x|hrs?|hours?|days?|min|mins)\b| ?%)", re.I)
_HOSP_ABBR = re.compile(r"[A-Za-z]{1,3}[Hh]|[A-Z]{1,4}MC|[a-z]{1,3}mc")
# Shapes no name has: two capitals, lower case, a capital again ("DTaP", "RSVpreF", "HBsAg"), or a capital
# after lower case at the end ("IgG", "HbS"). A shifted typo ("BAltimore") is still a word. Inner capitals alone are not enough: "DeShawn", "McKenna", "LaToya".
_NOT_NAME_SHAPE = re.compile(r"[A-Z]{2,}[a-z]+[A-Z][A-Za-z]*|[A-Za-z]*[a-z][A-Z]")
# "Birchwood Endoscopy Center", "Lakeside Sleep Center": kinds of care that make "center" a facility.
_CENTER_KINDS = frozenset("""medical med health cancer heart rehabilitation rehab trauma surgical surgery endoscopy eye
dialysis imaging infusion wound sleep kidney vascular birth birthing women's womens children's childrens cardiac spine
orthopedic orthopaedic breast diabetes psychiatric behavioral treatment recovery care urgent ambulatory outpatient
nursing senior hearing vision dental pain fertility transplant""".split())
SPECIES = re.compile(r"[a-z]{3,}(?:is|us|um|ae|ii|i|ensis|a|es|ans|ens|ella|oides)")
# a capitalised word, one space, then a lowercase word with a species ending (a capital leads: a fast scan)
_GENUS_SPECIES = re.compile(r"[A-Z](?<![A-Za-z'][A-Z])[A-Za-z]* (?=[a-z]{3,}(?:is|us|um|ae|ii|i|ensis|a|es|ans|ens|ella|oides)\b)")
_CONTRACTION = re.compile(r"'(?:m|t|re|ve|ll|d)$")
_SENT_END = frozenset(".!?:;\n\"(*-•>")

_NAMEY = lx.FIRST | lx.SUR
_NONNAME = lx.CLIN | lx.TITLE | lx.UNIT | lx.MONTH | lx.STOP | lx.FACIL | lx.HEAD | lx.STATE
@lru_cache(maxsize=4096)
def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_DETERMINERS = frozenset("the a an these those".split())
_CONTEXT = lx.TITLE | lx.REL | lx.ROLE | lx.CRED | lx.TRIGGER
# verbs a message opens with to ask a service for something ("Call Cardiology", "Tell Imaging", "Ping Ortho"); some
# are census surnames, so before a practice head they would otherwise read as the practice's own name
_ASKS = frozenset("call tell page ping text ask notify consult email message fax phone contact update inform send get".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split())
_HOME_CUES = frozenset({("lives",), ("live",), ("living",), ("lived",), ("resides",), ("reside",), ("residing",), ("moved",),
                        ("moving",), ("home",)})
_NEXT_MATTERS = lx.TRIGGER | lx.PLACE | _NAMEY | lx.STATE | lx.FACIL
ANIMALS = frozenset(lx.read_list("animals.txt"))  # "a cockatiel named Mango": "named" then names a pet
_WEAK_REL = frozenset({"pt", "patient", "friend", "contact", "spokesperson", "neighbor", "neighbour", "roommate", "caregiver"})
_FACILITY_HEADS = frozenset({
    "hospital", "hosp", "clinic", "infirmary", "memorial", "sanatorium", "rehab", "center", "centre",
    "regional", "general", "campus", "building", "ctr", "associates", "manor", "snf", "alf", "institute",
})
# heads that name a practice, a school or a home only in Title Case after a proper name: "Harborview Imaging",
# "Desert Sky Family Practice", "Oak Meadow Memory Care", "Fairview ENT", "Oakridge School District"; and those of
# them that also do in a line of capitals ("LAKESIDE NEUROLOGY"). Both are marked sections of data/facility_words.txt,
# so a site adds a head there (the file's words are facility words as well).
_CAPS_PRACTICE_HEADS = frozenset(lx.read_section("facility_words.txt", "practice heads in capitals"))
_PRACTICE_HEADS = frozenset(lx.read_section("facility_words.txt", "practice heads")) | _CAPS_PRACTICE_HEADS
# Title Case words between a proper name and a practice head: "Fox River Family Health", "Oak Terrace Senior Living"
_PRACTICE_MODS = frozenset("family womens childrens senior assisted independent high middle primary urgent learning early child development recovery "
                           "internal medicine eye heart dental pediatric memory mental behavioral physical sports spine skin "
                           "cancer kidney health medical care wellness specialty comfort student employee palliative "
                           "supportive respite home adult general acute critical occupational reproductive sexual sleep "
                           "travel hospice community public population integrative islander transgender lgbt lgbtq "
                           "mens minority rural global international veterans maternal infant newborn oral pacific asian native hispanic latino "
                           "older young younger adolescent teen women men children".split())
_PUBLICATION_WORDS = frozenset("journal annals archives reviews review proceedings bulletin letters reports today news "
                               "magazine times clinics".split())
_ADJ_END = re.compile(r"(?:al|ic|ive|ary|ous|ar|ory)$")  # "Interventional Cardiology": a kind of service
_FACILITY_TAIL = frozenset({"hospital", "hosp", "memorial", "medical", "center", "centre", "clinic", "rehab", "campus", "building", "regional", "general"})
_PARTICLES = frozenset({"van", "der", "den", "de", "del", "della", "di", "da", "von", "la", "le", "du", "dos", "das", "ten", "ter", "bin", "ibn", "al", "el"})
_NAME_VERBS = frozenset({
    "called", "calls", "visited", "visits", "aware", "states", "stated", "says", "said", "updated", "notified",
    "agrees", "agreed", "wants", "wanted", "phoned", "arrived", "verbalizes", "verbalized", "requests",
    "requested", "asked", "asks", "reports", "reported", "spoke", "signed", "consented", "declined",
})
_STATE_CODES = lx.STATE_CODES
# words before a named score with its value ("is Deauville 2", "IOP by Goldmann 18"): not a ward and its floor
_SCORE_BEFORE = frozenset({"is", "was", "by", "of", "score", "scored", "scores", "grade", "stage", "class", "type", "per", "a", "an"})
_UNIT_AFTER_ABBR = frozenset({"ew", "ed", "er", "icu", "micu", "ccu", "sicu", "cath", "or", "cx", "er's"})


_DELETE_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
_DELETE_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ALL_BUT_UPPER = bytes(b for b in range(256) if not (65 <= b <= 90 or b == 10))
_ALL_BUT_LOWER = bytes(b for b in range(256) if not (97 <= b <= 122 or b == 10))


def _caps_lines(text: str) -> tuple[list[int], list[bool]]:
    """Line starts and whether each line is written in capitals (many notes are). ASCII text (nearly all) is
    counted for all lines at once: its bytes with all but capitals (or small letters) and newlines deleted."""
    lines = text.split("\n")
    if text.isascii():
        raw = text.encode("ascii")
        n_up = map(len, raw.translate(None, _ALL_BUT_UPPER).split(b"\n"))
        n_low = map(len, raw.translate(None, _ALL_BUT_LOWER).split(b"\n"))
    else:
        n_up = (len(line) - len(line.translate(_DELETE_UPPER)) for line in lines)
        n_low = (len(line) - len(line.translate(_DELETE_LOWER)) for line in lines)
    caps = [up >= 6 and up > 3 * low for up, low in zip(n_up, n_low)]
    starts = [0, *accumulate(len(line) + 1 for line in lines[:-1])]
    return starts, caps


class NameWalk:
    """Left-to-right pass over word tokens that appends NAME and LOCATION spans to ``out``."""

    def __init__(self, text: str, out: list[PhiSpan]) -> None:
        self.text = text
        self.out = out
        lex = lx.lexicon()
        self.multi = lex.multi_places
        self.world = lex.world_places
        self.world_multi = lex.world_multi
        self.facilities = lex.facilities
        self.cues = lex.place_cues
        self.last_name_end = -2
        self.person: bool | None = None  # does the message speak of a person? (name_model, computed once)
        self._starts: list[int] | None = None
        get = lex.flags.get
        # words and spans in two passes: keeping a match object per token alive costs more (and wakes the
        # garbage collector) than scanning twice
        words = _TOKEN.findall(text)
        toks = [m.span() for m in _TOKEN.finditer(text)]
        if "'" in text:
            # possessives and contractions: "Healey's" -> "Healey", "didn't" is a stop word
            for idx in [i for i, w in enumerate(words) if "'" in w]:
                w = words[idx]
                if w[-2:] in ("'s", "'S"):
                    words[idx] = w[:-2] or w
                elif w[-1] == "'":
                    words[idx] = w.rstrip("'") or w
        keys = list(map(str.lower, words))
        flags = list(map(get, keys, repeat(0)))
        if not text.isascii():  # "Lucía", "Inés", "Gutiérrez": the lists are written without accents
            odd = {k for k in set(keys) if not k.isascii()}
            for idx in compress(range(len(keys)), map(odd.__contains__, keys)) if odd else ():
                if not flags[idx]:
                    flags[idx] = get(_unaccented(keys[idx]), 0)
        shape = lex.med_shape.match
        # Only mixed-case words and long words need a look (one C-speed filter first).
        for idx in [i for i, w in enumerate(words) if len(w) >= 8 or not (w.islower() or w.isupper())]:
            w = words[idx]
            k = keys[idx]
            # (a Title-case word, the usual capital, never has a no-name shape: its regex is skipped)
            if not w.islower() and not w.isupper() and (w[0].islower() or (not w.istitle() and _NOT_NAME_SHAPE.fullmatch(w))):
                flags[idx] = lx.CLIN  # "mIU", "eGFR", "DTaP", "IgG": units and labs, whatever the lists say
            elif not flags[idx] and len(k) >= 8 and shape(k):
                flags[idx] = lx.CLIN | lx.MED  # an unlisted word built from medical parts is clinical
            if len(k) >= 8 and k.endswith(lx.PROCEDURE_ENDS):
                flags[idx] |= lx.HEAD  # "Witzel jejunostomy", "Ferguson hemorrhoidectomy": an operation names its eponym
        med = lx.MED
        # "Candida auris": a genus and its species; "Kingella kingae": an unlisted genus with an unlisted species.
        # The pairs are found in the text (a capital, a space, a word with a species ending), then their tokens.
        pairs = [m.start() for m in _GENUS_SPECIES.finditer(text)]
        if pairs:
            starts = [t[0] for t in toks]
            for idx in [bisect.bisect_left(starts, p) for p in pairs]:
                f = flags[idx]
                if idx + 1 < len(flags) and (f & med or not f) and not flags[idx + 1] & (lx.COMMON | lx.STOP) \
                        and (f or not flags[idx + 1]) and SPECIES.fullmatch(words[idx + 1]):
                    flags[idx] = (f | lx.CLIN) & ~(lx.FIRST | lx.SUR)
        if "'" in text:
            for idx in [i for i, k in enumerate(keys) if "'" in k]:
                if not flags[idx] and _CONTRACTION.search(keys[idx]):
                    flags[idx] = lx.STOP
        self.toks = toks
        self.words = words
        self.keys = keys
        self.flags = flags
        self.line_starts, self.line_caps = _caps_lines(text)
        self.all_caps_text = all(self.line_caps)

    # ------------------------------------------------------------ token properties
    def in_caps(self, i: int) -> bool:
        if self.all_caps_text:
            return True
        return self.line_caps[bisect.bisect_right(self.line_starts, self.toks[i][0]) - 1]

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
        """A capital that means something: Title case, or capitals inside a capitals line."""
        sh = self.shape(i)
        if sh == "T":
            return True
        if sh == "U":
            return self.in_caps(i) or (len(self.words[i]) > 3 and bool(self.flags[i] & _NAMEY) and not self.flags[i] & lx.ENG)
        return False

    def title_in_mixed(self, i: int) -> bool:
        return self.shape(i) == "T" and not self.in_caps(i)

    def practice_head(self, i: int) -> bool:
        """'Imaging', 'Hospice', 'ENT' written as the end of a place's name (Title Case in a mixed line)."""
        if self.keys[i] in ("high", "middle") and not re.match(r"\s*(?:[.,;:!?)]|$|[Ss]chool\b|HS\b)", self.text[self.toks[i][1]:self.toks[i][1] + 8]):
            return False  # "at Wolf River High." ends the name; "High Blood Pressure", "Middle Lobe" do not
        return self.keys[i] in _PRACTICE_HEADS and (self.title_in_mixed(i) or self.words[i] == "ENT" or (
            self.words[i].isupper() and self.in_caps(i) and self.keys[i] in _CAPS_PRACTICE_HEADS and i > 0
            and self._proper_before(i - 1)))  # "LAKESIDE NEUROLOGY"; not "POST MORTEM CARE"

    def _proper_before(self, j: int) -> bool:
        """In capitals, the word before a practice head is a place or a name (a verb is not: "NEEDS NEUROLOGY")."""
        f = self.flags[j]
        return (not f or bool(f & (lx.PLACE | lx.SUR | lx.FIRST))) and not f & (lx.STOP | lx.CLIN | lx.UNIT | lx.MONTH | lx.ROLE | lx.CRED) \
            and not (f & lx.COMMON and not f & lx.PLACE)

    @property
    def starts(self) -> list[int]:
        """Where each token starts (built once, for the passes that look tokens up by offset)."""
        if self._starts is None:
            self._starts = [t[0] for t in self.toks]
        return self._starts

    def sentence_start(self, i: int) -> bool:
        j = self.toks[i][0] - 1
        text = self.text
        while j >= 0 and text[j] in " \t\r":
            j -= 1
        return j < 0 or text[j] in _SENT_END

    def gap(self, i: int) -> str:
        """Text between token i and token i+1."""
        return self.text[self.toks[i][1]:self.toks[i + 1][0]]

    def is_initial(self, i: int, any_case: bool = False) -> bool:
        w = self.words[i]
        if i + 1 >= len(self.toks) or len(w) != 1 or not (w.isupper() or any_case):
            return False
        s = self.toks[i][0]
        if s > 0 and (self.text[s - 1].isalnum() or self.text[s - 1] in "'/"):
            return False
        return self.gap(i) in (".", ". ", ".  ")

    def nameish(self, i: int, strict: bool) -> bool:
        """Could token i be part of a name? ``strict`` wants name-list or unknown-word evidence."""
        f = self.flags[i]
        if f & (_NONNAME | lx.CRED | lx.REL | lx.ROLE) or len(self.keys[i]) < 2:
            return False
        if f & lx.ENG and not f & _NAMEY:
            return False
        if strict and f & lx.ENG:
            return self.capitalised(i)
        return True

    # ------------------------------------------------------------ emitting
    def emit(self, a: int, b: int, category: str, conf: float, end: int | None = None) -> None:
        if category == "NAME":
            self.last_name_end = b
        self.out.append(PhiSpan(self.toks[a][0], end if end is not None else self.toks[b][1], category, conf))

    def extend_name(self, i: int, limit: int = 2) -> int:
        """Last token of a name starting at i: following name-like tokens (space, hyphen, initials)."""
        j = i
        n = len(self.toks)
        while j + 1 < n and limit > 0:
            g = self.gap(j)
            if g not in (" ", "-", "  ") and not (g in (". ", ".") and self.is_initial(j, True)):
                break
            k = j + 1
            p = k
            while p < n - 1 and p < k + 3 and self.keys[p] in _PARTICLES and self.words[p].islower() and self.gap(p) == " ":
                p += 1
            if p > k and self.shape(p) == "T":
                j = p  # "Van der Berg", "Maria de la Cruz"
                limit -= 1
                continue
            f = self.flags[k]
            if g == "-" and self.shape(k) == "T" and self.shape(j) == "T" and not f & (lx.STOP | lx.UNIT | lx.TITLE | lx.CRED):
                j = k  # second half of a double-barrelled name: "Vasquez-Bell"
                continue
            if f & (_NONNAME | lx.CRED | lx.REL | lx.ROLE) or len(self.keys[k]) < 2:
                break
            mixed = not self.in_caps(k)
            shk = self.shape(k)
            if mixed and shk not in ("T", "U") and self.shape(j) in ("T", "U"):
                break
            if mixed and shk == "U" and len(self.words[k]) <= 4 and self.shape(j) == "T":
                break  # "Deshawn Carter MRN": an acronym after a name
            if f & lx.ENG:
                prev_first = bool(self.flags[j] & lx.FIRST) or self.is_initial(j, True)
                ok = (f & _NAMEY and (self.capitalised(k) or not mixed or prev_first)) or (
                    prev_first and (not f & lx.COMMON or (mixed and shk == "T")) and (shk == "T" or not mixed))
                if not ok:
                    break
            j = k
            limit -= 1
        return j

    # ------------------------------------------------------------ the walk
    def run(self) -> None:
        n = len(self.toks)
        keys = self.keys
        flags = self.flags
        words = self.words
        mask = _CONTEXT | _NAMEY | lx.PLACE | lx.FACIL
        # Most tokens are ordinary words: pick the few worth a look in one C-speed pass.
        cand = [i for i, (f, k) in enumerate(zip(flags, keys)) if f & mask or not f or len(k) == 1]
        nxt = 0
        for i in cand:
            if i < nxt:
                continue
            f = flags[i]
            w = words[i]
            if len(w) == 1:
                if not w.isupper() and not f & _CONTEXT:
                    continue
            elif not f:
                if not self._unknown_worth_a_look(i):
                    continue
            elif not f & (_CONTEXT | _NAMEY | lx.PLACE) and keys[i] not in _FACILITY_HEADS and keys[i] not in _PRACTICE_HEADS:
                continue
            elif not f & (_CONTEXT & ~lx.TRIGGER | _NAMEY | lx.PLACE):
                # Only a cue word ("to", "in", "and"): most are followed by an everyday word.
                k = keys[i]
                if k not in self.multi and k not in self.facilities and k not in _FACILITY_HEADS and not self.practice_head(i):
                    if k in ("and", "or") and self.last_name_end != i - 1:
                        continue
                    if i + 1 < n:
                        f2 = flags[i + 1]
                        if f2 & lx.COMMON and not f2 & _NEXT_MATTERS and keys[i + 1] != "the":
                            continue
            j = self.step(i, f, keys[i], n)
            nxt = j if j > i else i + 1

    def _unknown_worth_a_look(self, i: int) -> bool:
        w = self.words[i]
        s, e = self.toks[i]
        text = self.text
        if (e < len(text) and (text[e].isdigit() or text[e] == "/")) or (s > 0 and text[s - 1] in "/'"):
            return False  # part of a code or abbreviation: "FiO2", "d/c'd"
        return w[0].isupper()

    def step(self, i: int, f: int, k: str, n: int) -> int:
        """Apply the rules at token i; return the index to continue from (i or less = nothing found)."""
        if self.last_name_end == i - 1 and k in ("and", "or") and i + 1 < n and len(self.gap(i)) <= 2:
            j = i + 1
            if self.nameish(j, True) and (self.capitalised(j) or self.flags[j] & lx.FIRST):
                end = self.extend_name(j)
                self.emit(j, end, "NAME", 0.75)
                return end + 1
        if i + 1 < n:
            if f & lx.TITLE:
                j = self.after_title(i)
                if j > i + 1:
                    return j
            if f & lx.REL:
                j = self.after_relation(i)
                if j > i + 1:
                    return j
            if f & lx.ROLE:
                j = self.after_role(i)
                if j > i + 1:
                    return j
        if f & lx.CRED and i > 0 and not (k == "md" and self.place_state(i)):
            self.before_credential(i)
        if f & lx.REL and i > 0:
            self.before_paren_relation(i)
        if len(k) == 1 and self.is_initial(i):
            j = self.initial_name(i)
            if j > i:
                return j
        if (k in _FACILITY_HEADS or k in _PRACTICE_HEADS and self.practice_head(i)) and i > 0:
            self.before_facility(i)
        if f & lx.TRIGGER:
            j = self.triggered(i, k, n)
            if j > i:
                return j
        if f & (_NAMEY | lx.PLACE):
            j = self.gazetteer(i, f)
            if j >= i:
                return j + 1
        elif not f:
            return self.unknown_word(i, n)
        return i

    def triggered(self, i: int, k: str, n: int) -> int:
        if k in ("st", "saint") and i + 1 < n and self.capitalised(i + 1) and self.gap(i) in (" ", ". ", ".") and self.saint_name(i + 1):
            s = self.toks[i][0]
            if not (s > 0 and self.text[s - 1].isdigit()):
                end = i + 1
                if end + 1 < n and self.capitalised(end + 1) and self.gap(end) == " " and not self.flags[end + 1] & (lx.CLIN | lx.STOP | lx.ENG):
                    end += 1
                self.emit(i, self.facility_tail(end), "LOCATION", 0.8)
                return self.facility_tail(end) + 1
        if k in ("university", "univ", "u") and i + 1 < n and self.words[i] != "u" and self.text[self.toks[i][0] - 1:self.toks[i][0]] != "/":
            j = i + 2 if i + 2 < n and self.keys[i + 1] == "of" else i + 1
            fj = self.flags[j]
            if (fj & (lx.STATE | lx.PLACE) or (self.capitalised(j) and self.saint_name(j))) and not fj & lx.STOP:
                end = self.facility_tail(j)
                self.emit(i, end, "LOCATION", 0.8)
                return end + 1
        if k in self.cues:
            j = self.after_cue(i)
            if j > i:
                return j + 1
        if k in self.facilities:
            j = self.facility_name(i)
            if j > i:
                return j + 1
        if k in self.multi:  # (the capital is looked at only where a multi-word place can start)
            j = self.multi_place(i, self.capitalised(i))
            if j > i:
                return j + 1
        return i

    # ------------------------------------------------------------ rules
    def after_title(self, i: int) -> int:
        """'Dr. Healey', 'dr healey', 'DR TYRO', 'Mr. Okafor', 'Dr B Muse'."""
        j = i + 1
        g = self.gap(i)
        if len(g) > 3 or g.strip(" .\t") or not g:
            return i + 1
        k = self.keys[i]
        if k in ("doctor", "miss", "sister", "nurse") and not self.capitalised(j):
            return i + 1
        if self.words[i] in ("MR", "MS") and self.shape(j) == "l" and not self.in_caps(i):
            return i + 1  # "MR arthrogram", "MS flare": magnetic resonance and multiple sclerosis, not titles
        if len(self.keys[j]) == 1 and self.words[j].isalpha() and j + 1 < len(self.toks) and self.gap(j) in (" ", ". ", "."):
            if self.nameish(j + 1, False) or not self.flags[j + 1] & (lx.COMMON | _NONNAME):
                end = self.extend_name(j + 1)
                self.emit(j, end, "NAME", 0.92)
                return end + 1
            if self.is_initial(j):
                self.emit(j, j, "NAME", 0.8)
                return j + 1
            return i + 1
        fj = self.flags[j]
        if fj & (lx.STOP | lx.FOLLOW) and self.title_in_mixed(j) and j + 1 < len(self.toks) and self.title_in_mixed(j + 1) \
                and self.flags[j + 1] & lx.SUR and self.gap(j) == " ":
            end = self.extend_name(j)
            self.emit(j, end, "NAME", 0.9)
            return end + 1
        if fj & (lx.STOP | lx.UNIT | lx.TITLE | lx.CRED | lx.MONTH | lx.FOLLOW) or len(self.keys[j]) < 2:
            return i + 1
        title_case = self.title_in_mixed(j)  # read only for the words that can still be a name
        if k == "dr" and self.in_caps(j) and not fj & (lx.CLIN | lx.HEAD | lx.REL | lx.ROLE):
            title_case = True
        if fj & (lx.CLIN | lx.HEAD) and not title_case:
            return i + 1
        if fj & lx.COMMON and not fj & _NAMEY and not title_case:
            return i + 1
        if k in ("ms", "mr", "miss") and self.words[i].isupper() and fj & lx.COMMON and not fj & _NAMEY:
            return i + 1
        end = self.extend_name(j)
        self.emit(j, end, "NAME", 0.92)
        return end + 1

    def after_relation(self, i: int) -> int:
        """'daughter Priya', 'son bill', 'wife, rose,', 'pt Deshawn Carter'."""
        k = self.keys[i]
        j = i + 1
        g = self.gap(i)
        if len(g) > 4 or "\n" in g or any(c in g for c in ".;"):
            return i + 1
        if k == "named" and i > 0 and self.keys[i - 1] in ANIMALS:
            return i + 1  # "a cockatiel named Mango": a pet
        if self.keys[j] in ("is", "named", "was", "of") and j + 1 < len(self.toks) and len(self.gap(j)) <= 2:  # "DAUGHTER OF LUDMILA PETROVA"
            if self.keys[j] == "named" or self.capitalised(j + 1):
                j += 1
        fj = self.flags[j]
        if fj & lx.FIRST and fj & (lx.CLIN | lx.UNIT | lx.MONTH) and not fj & (lx.STOP | lx.FOLLOW) and self.title_in_mixed(j):
            fj &= ~(lx.CLIN | lx.UNIT | lx.MONTH)  # "wife Ada", "Son, Ed,", "her sister April": given names written as such
        # "mom Sky staying overnight": an everyday word capitalised mid-sentence right after a kin word is what the
        # relative is called, even when a vocabulary also has it (a drug name is no everyday word: "gave mom Tylenol")
        everyday_name = k not in _WEAK_REL and j == i + 1 and fj & lx.COMMON and fj & lx.CLIN and self.title_in_mixed(j) \
            and not fj & (lx.STOP | lx.FOLLOW | lx.UNIT | lx.MONTH | lx.TITLE | lx.FACIL | lx.STATE | lx.HEAD | lx.CRED | lx.REL)
        if everyday_name:
            fj &= ~lx.CLIN
        if fj & (_NONNAME | lx.REL | lx.CRED | lx.FOLLOW) or len(self.keys[j]) < 2:
            return i + 1
        if k in _WEAK_REL:
            if self.in_caps(j):
                ok = bool(fj & _NAMEY) and not fj & lx.COMMON
            else:
                ok = self.shape(j) == "T" and (not fj & lx.COMMON or bool(fj & _NAMEY)) and not self.sentence_start(j)
        elif fj & lx.ENG:
            ok = bool(fj & lx.FIRST) or (self.capitalised(j) and bool(fj & lx.SUR)) or (not fj & lx.COMMON and self.capitalised(j)) \
                or bool(everyday_name)
        else:
            ok = True
        if not ok:
            return i + 1
        end = self.extend_name(j)
        self.emit(j, end, "NAME", 0.75 if k in _WEAK_REL else 0.85)
        return end + 1

    def after_role(self, i: int) -> int:
        """'per NP Patty', 'attending Will Cole', 'md wyman aware'."""
        j = i + 1
        if self.gap(i) not in (" ", ": ", " - ", ". "):
            return i + 1
        fj = self.flags[j]
        if len(self.keys[j]) == 1:
            if j + 1 < len(self.toks) and self.gap(j) in (" ", ". ", ".") and (self.nameish(j + 1, False) or not self.flags[j + 1]):
                end = self.extend_name(j + 1)
                self.emit(j, end, "NAME", 0.8)
                return end + 1
            return i + 1
        if fj & (_NONNAME | lx.CRED | lx.REL | lx.ROLE | lx.FOLLOW):
            return i + 1
        nxt = self.flags[j + 1] if j + 1 < len(self.toks) else 0
        ok = (self.capitalised(j) and self.nameish(j, True)) or (bool(fj & _NAMEY) and not fj & lx.COMMON) or (
            bool(fj & lx.FIRST) and bool(nxt & (lx.FOLLOW | lx.CRED)))
        if not ok:
            return i + 1
        end = self.extend_name(j)
        self.emit(j, end, "NAME", 0.8)
        return end + 1

    def before_credential(self, i: int) -> None:
        """'Marie Munroe, RN', 'DAN A. FORMAN-LYONS, RRT', 's. roberto rrt'."""
        w = self.words[i]
        if w.islower() and (self.in_caps(i) or self.flags[i] & lx.COMMON):
            return  # "half-life, do the washout": an everyday word in lower case is not "DO"
        g = self.gap(i - 1)
        if g not in (" ", ", ", ",", "  ", " ,", " - ", "-"):
            return
        j = i - 1
        start = None
        limit = 4
        while j >= 0 and limit > 0:
            fj = self.flags[j]
            single = len(self.words[j]) == 1 and self.gap(j).startswith(".")
            if not single:
                if fj & lx.COMMON and (j == i - 1 or not fj & lx.FIRST):
                    before_ok = j > 0 and (len(self.words[j - 1]) == 1 and self.gap(j - 1).startswith(".") or self.flags[j - 1] & lx.FIRST and not self.flags[j - 1] & lx.COMMON or self.gap(j - 1) == "-")
                    if not (fj & _NAMEY and before_ok):
                        break
                if fj & lx.ENG and not fj & _NAMEY and (self.in_caps(j) or self.shape(j) != "T"):
                    break
                if not self.nameish(j, False):
                    break
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
        if start is not None:
            self.emit(start, i - 1, "NAME", 0.85)

    def before_paren_relation(self, i: int) -> None:
        """'Hank Przybylo (son)', 'URSLA MORETTI (DAUGHTER)', '(Wil Laberbera)' after 'lawyer'."""
        s, e = self.toks[i]
        if self.text[s - 1:s] != "(" or self.text[e:e + 1] != ")":
            return
        j = i - 1
        start = None
        limit = 3
        while j >= 0 and limit > 0:
            g = self.gap(j)
            if len(g) > 2 or "\n" in g or "." in g:
                break
            fj = self.flags[j]
            if fj & (_NONNAME | lx.CRED | lx.REL | lx.ROLE) or (fj & lx.COMMON and not fj & lx.FIRST):
                break
            if not self.capitalised(j):
                break
            start = j
            limit -= 1
            j -= 1
        if start is not None:
            self.emit(start, i - 1, "NAME", 0.8)

    def initial_name(self, i: int) -> int:
        """'B. KARGAS', 'N. Grandone', 'J. Chang PA': an initial then an unknown or name-list word."""
        if self.words[i] in "SOAPI" and self.sentence_start(i):
            return i  # S./O./A./P. note sections
        if i > 0 and self.gap(i - 1)[-1:] == " " and self.gap(i - 1).rstrip()[-1:].isdigit():
            return i  # "net -2.1 L. Goes by": a unit after a number
        j = i + 1
        fj = self.flags[j]
        if fj & _NONNAME or len(self.keys[j]) < 2 or not self.capitalised(j):
            return i
        if fj & lx.ENG and not fj & _NAMEY:
            return i
        if fj & lx.COMMON and not self.title_in_mixed(j):
            nxt = self.flags[j + 1] if j + 1 < len(self.toks) else 0
            prev = self.keys[i - 1] if i > 0 else ""
            if not (fj & _NAMEY and (nxt & (lx.FOLLOW | lx.CRED) or prev in ("per", "by", "with", "to", "and"))):
                return i
        end = self.extend_name(j)
        self.emit(i, end, "NAME", 0.7)
        return end + 1

    def facility_tail(self, end: int) -> int:
        """Extend a place over following facility words: 'Sacred Heart Memorial', 'X Medical Center'."""
        n = len(self.toks)
        while end + 1 < n and self.keys[end + 1] in _FACILITY_TAIL and len(self.gap(end)) <= 2 and "\n" not in self.gap(end):
            end += 1
        return end

    def before_facility(self, i: int) -> None:
        """'Calvert Hospital', 'kernan hosp', 'LAUREL REGIONAL', 'North Campus'."""
        k = self.keys[i]
        if k in ("center", "centre", "ctr") and not (i > 0 and self.keys[i - 1] in _CENTER_KINDS):
            return
        if k in ("rehab", "regional", "general", "campus", "building", "memorial") and not self.capitalised(i) and not (i > 0 and not self.flags[i - 1] & lx.ENG and self.flags[i - 1] & lx.SUR):
            return
        j = i - 1
        mods = 0
        if k in _PRACTICE_HEADS:
            n = len(self.toks)
            if i + 1 < n and self.gap(i) == " " and (self.keys[i + 1] == "of" or (self.keys[i + 1] in ("and", "&") and i + 2 < n
                                                                               and self.title_in_mixed(i + 2)) or (
                    self.title_in_mixed(i + 1) and self.keys[i + 1] not in _FACILITY_TAIL)):
                return  # "World Health Organization", "UNC School of Dentistry": an organisation's longer name
            if self.keys[i - 1] == "of" or self.gap(i - 1) not in (" ", "-", "'s "):
                return  # "Journal of Clinical Oncology", "FMF. Physicians": no practice's own name before the head
            if k == "children" and not any(q in self.text[self.toks[i][0]:self.toks[i][1]] for q in "'’"):
                return  # "Older Children" in a heading; "Northshore Children's" is a hospital
            while j > 0 and mods < 2 and self.keys[j] in _PRACTICE_MODS and self.title_in_mixed(j) and self.gap(j) == " ":
                j -= 1
                mods += 1
        gaps = (" ", "  ", "-", "'s ") if k in _PRACTICE_HEADS else (" ", "  ", "-", "'s ", ". ")
        start = None
        limit = 3
        while j >= 0 and limit > 0:
            if self.gap(j) not in gaps:
                break
            f = self.flags[j]
            kj = self.keys[j]
            if f & (lx.STOP | lx.REL | lx.MONTH | lx.CRED) or (f & lx.UNIT and not self.title_in_mixed(j)) \
                    or (kj in self.cues and f & lx.STOP):
                if kj not in ("st", "of", "the") or start is None:
                    break
            elif f & lx.CLIN and not self.title_in_mixed(j):
                break
            elif kj in _WEEKDAYS or (self.shape(j) == "l" and not f & (_NAMEY | lx.PLACE | lx.FACIL)):
                break  # "Monday-Friday clinic", "the anticoag clinic"
            elif f & lx.FACIL:
                pass
            elif f & lx.ENG and not (f & (_NAMEY | lx.PLACE | lx.STATE) and self.capitalised(j)) and not self.title_in_mixed(j):
                break
            start = j
            limit -= 1
            j -= 1
        if k in _PRACTICE_HEADS and start is not None and any(
                w == "of" or w in _PUBLICATION_WORDS or (w.endswith("ing") and len(w) > 5) for w in self.keys[start:i]):
            return  # "Journal of Clinical Oncology", "Nature Reviews Neurology", "Diagnosing Stroke Physicians"
        proper = i - mods  # the words before the modifiers: the place's own name
        while start is not None and start < proper and self.flags[start] & (lx.STOP | lx.FACIL | lx.UNIT):
            start += 1  # "Cardiology Clinic" names a service; "Lakeshore Neurology Associates" a place
        if start is not None and start >= proper:
            return
        if start is not None and not mods and all(self.flags[t] & (lx.CLIN | lx.UNIT | lx.FACIL)
                                     and not self.flags[t] & (_NAMEY | lx.PLACE) for t in range(start, proper)):
            return  # "wound clinic", "Coumadin clinic": a service named for what it treats, not a place
        if start is not None and k in _PRACTICE_HEADS and not (
                proper - start >= 2 or any((not self.flags[t] & lx.COMMON and not _ADJ_END.search(self.keys[t]))
                                           or (self.flags[t] & (_NAMEY | lx.PLACE) and not self.flags[t] & lx.MED and k != "care")
                                           for t in range(start, proper))):
            return  # "Family Practice", "Urgent Care": a kind of practice, not one of them
        if start is not None and proper - start == 1 and self.keys[start] in _ASKS and self.sentence_start(start):
            return  # "Call Cardiology about the echo", "Ping Ortho": a request to a service, not a practice's name
        if start is not None and start < i:
            self.emit(start, self.facility_tail(i), "LOCATION", 0.8)

    def after_cue(self, i: int) -> int:
        """'lives in Towson', 'transferred to GH', 'sent to quartermain 2', 'from Holy Cross'."""
        keys = self.keys
        j = i + 1
        n = len(self.toks)
        if j >= n:
            return i
        fj = self.flags[j]
        if fj & lx.COMMON and not fj & (lx.TRIGGER | lx.PLACE | _NAMEY | lx.STATE) and keys[j] != "the":
            return i  # "to the", "in bed": the usual case, decided without the cue lookup
        best = None
        before, alone = self.cues[keys[i]]
        for prefix in before.get(keys[i - 1], ()) if i > 0 else ():
            m = len(prefix)
            if i - m >= 0 and tuple(keys[i - m:i]) == prefix:
                best = prefix
                break
        if best is None:
            if not alone:
                return i
            best = ()
        generic = len(best) == 0
        g = self.gap(i)
        if len(g) > 2 or "\n" in g or (g.strip() and g.strip() != "("):
            return i
        if keys[j] == "the" and j + 1 < n and (self.capitalised(j + 1) or not generic):
            j += 1
        fj = self.flags[j]
        w = self.words[j]
        end = self.facility_name(j)
        if end > j:
            return end
        end = self.multi_place(j, True)
        if end > j:
            return end
        end = self.multi_place(j, True, self.world_multi)
        if end > j:
            return end
        if _HOSP_ABBR.fullmatch(w) and (w.isupper() or w.islower()) and not fj & (lx.CLIN | lx.UNIT | lx.STOP | lx.COMMON | lx.STATE) \
                and self.text[self.toks[j][1]:self.toks[j][1] + 1] != "/":  # "LH/FSH" is a lab pair
            self.emit(j, self.facility_tail(j), "LOCATION", 0.6)
            return j
        if fj & lx.PLACE and self.capitalised(j) and best in _HOME_CUES:
            self.emit(j, j, "LOCATION", 0.9)  # "lives in Pontiac": a home town even when it names a disease
            return j
        if fj & (_NONNAME | lx.REL | lx.ROLE | lx.CRED) or len(w) < 2:
            return i
        acronym = self.shape(j) == "U" and not self.in_caps(j)  # "in UKPDS 34": a trial, not a ward
        ward = _WARD_NO.match(self.text, self.toks[j][1]) if len(w) >= 4 and not fj & lx.ENG and not acronym else None
        if ward and ward.group().startswith(" ") and not self.before_head(j) and keys[i] not in _SCORE_BEFORE:
            # "to Quartermain 3": a ward or building with a floor number
            self.out.append(PhiSpan(self.toks[j][0], ward.end(), "LOCATION", 0.65))
            return j
        if self.near_head(j):
            return i  # "affected by Carney complex", "related to Becker muscular dystrophy": a named entity
        if generic:
            if keys[j] in self.world and self.capitalised(j) and not fj & (lx.COMMON | lx.FIRST | lx.TOPNAME | lx.CLIN | lx.MED):
                self.emit(j, self.facility_tail(j), "LOCATION", 0.6)  # "leaves from Accra", "a clinic in Mosul"
                return j
            # After "to", "at", "from": only known places, written as places.
            if fj & lx.PLACE and (not fj & lx.COMMON or self.title_in_mixed(j)) and (self.capitalised(j) or w.islower()):
                self.emit(j, self.facility_tail(j), "LOCATION", 0.6)
                return j
            if not fj and j + 1 < n and (keys[j + 1] in _UNIT_AFTER_ABBR or keys[j + 1] in _FACILITY_TAIL) and len(self.gap(j)) <= 2:
                self.emit(j, self.facility_tail(j), "LOCATION", 0.6)
                return j
            return i
        if keys[j] in self.world and self.capitalised(j) and not fj & (lx.COMMON | lx.FIRST | lx.TOPNAME | lx.CLIN):
            self.emit(j, self.facility_tail(j), "LOCATION", 0.7)  # "leaves for Accra", "flight to Cusco"
            return j
        if fj & lx.ENG and not (fj & (lx.PLACE | _NAMEY) and self.capitalised(j)):
            return i
        if fj & lx.COMMON and not fj & lx.PLACE and self.in_caps(j):
            return i  # "MOVED TO SUITE 3", "SENT TO MAIN LAB": in capitals an everyday word names no place
        end = j
        if end + 1 < n and self.capitalised(end + 1) and self.gap(end) == " " and not self.flags[end + 1] & (_NONNAME | lx.CRED):
            if not self.flags[end + 1] & lx.ENG or self.flags[end + 1] & (lx.PLACE | lx.FACIL):
                end += 1
        end = self.facility_tail(end)
        e = self.toks[end][1]
        tail = _WARD_NO.match(self.text, e)
        self.emit(j, end, "LOCATION", 0.7, tail.end() if tail else e)
        return end

    def facility_name(self, i: int) -> int:
        """Known multi-word facility names ("Holy Cross", "Sacred Heart"), any case."""
        n = len(self.toks)
        by_second = self.facilities.get(self.keys[i])
        opts = by_second.get(self.keys[i + 1]) if by_second and i + 1 < n else None
        if not opts:
            return i
        for rest in opts:
            m = len(rest)
            if i + m >= n:
                continue
            if all(self.keys[i + 1 + t] == rest[t] and len(self.gap(i + t)) <= 2 for t in range(m)):
                end = self.facility_tail(i + m)
                self.emit(i, end, "LOCATION", 0.85)
                return end
        return i

    def multi_place(self, i: int, cued: bool, table: dict[str, dict[str, tuple[tuple[str, ...], ...]]] | None = None) -> int:
        """Multi-word places ("Middle River", "New Haven"): capitalised, or after a place cue.
        ``table`` is the US list by default; the world list is only tried after a cue."""
        n = len(self.toks)
        by_second = (self.multi if table is None else table).get(self.keys[i])
        opts = by_second.get(self.keys[i + 1]) if by_second and i + 1 < n else None
        if not opts or not (cued or self.capitalised(i)):
            return i
        for rest in opts:
            m = len(rest)
            if i + m >= n:
                continue
            ok = True
            for t in range(m):
                if self.keys[i + 1 + t] != rest[t] or not (cued or self.capitalised(i + 1 + t)) or len(self.gap(i + t)) > 2:
                    ok = False
                    break
            if ok:
                if not cued and all(self.flags[i + t] & lx.ENG for t in range(m + 1)) and self.sentence_start(i):
                    return i
                self.emit(i, i + m, "LOCATION", 0.7)
                return i + m
        return i

    def saint_name(self, j: int) -> bool:
        f = self.flags[j]
        if f & (lx.CLIN | lx.STOP | lx.UNIT | lx.MONTH):
            return False
        if self.in_caps(j) and f & lx.COMMON and not f & (_NAMEY | lx.PLACE):
            return False
        return bool(f & (_NAMEY | lx.PLACE | lx.STATE)) or not f & lx.ENG

    def place_state(self, i: int) -> bool:
        """'Baltimore, MD' / 'U of MD': MD as a state."""
        k = self.keys[i - 1]
        return k in ("of", "u") or bool(self.flags[i - 1] & lx.PLACE) or (self.words[i] == "MD" and self.gap(i - 1).startswith(","))

    def gazetteer(self, i: int, f: int) -> int:
        """Name-list and place-list words, when they cannot be ordinary or clinical words."""
        n = len(self.toks)
        if f & (_NONNAME | lx.CRED | lx.REL | lx.ROLE) or len(self.keys[i]) < 3:
            return -1
        sh = self.shape(i)
        caps_line = self.in_caps(i)
        nxt_key = self.keys[i + 1] if i + 1 < n and self.gap(i) in (" ", ", ", ",") else ""
        if f & lx.PLACE and nxt_key and (self.flags[i + 1] & lx.STATE or (self.words[i + 1] in _STATE_CODES and "," in self.gap(i))
                                          or (self.words[i + 1] == "ID" and self.shape(i) == "T" and lx.STATE_END.match(self.text, self.toks[i + 1][1]))):
            self.emit(i, i, "LOCATION", 0.75)  # "towson maryland", "Springfield, IL", "Boise ID," (Idaho, not a label)
            return i
        lower_mid = sh == "l" and i > 0 and not self.sentence_start(i) and not self.gap(i - 1).strip()
        if f & lx.FIRST and nxt_key in _NAME_VERBS and self.gap(i) == " " and not f & (lx.STOP | lx.FOLLOW) and sh != "m" \
                and not lower_mid:  # "icosapent ethyl raised": a lowercase word inside a phrase is not a name
            self.emit(i, i, "NAME", 0.6)  # "bill called", "JOHN STATES"
            return i
        if f & lx.ENG:
            # "carol wolfe", "BEA TURA": a given name that is also a word, then a surname.
            if f & lx.FIRST and i + 1 < n and self.gap(i) == " " and not (sh == "U" and not caps_line):
                f2 = self.flags[i + 1]
                if (f2 & lx.SUR and not f2 & (lx.COMMON | _NONNAME | lx.CRED) or not f2) and self.shape(i + 1) == sh and len(self.keys[i + 1]) >= 3 and not f & (lx.STOP | lx.FOLLOW):
                    end = self.extend_name(i + 1, 1)
                    self.emit(i, end, "NAME", 0.7 if f2 else 0.55)
                    return end
            return -1
        if sh == "U" and not caps_line and len(self.words[i]) <= 4:
            return -1  # an acronym inside mixed-case text
        if self.near_head(i) or self.eponym_pair(i):
            return -1  # eponyms: "Hashimoto thyroiditis", "Mallory-Weiss tear", "Zollinger-Ellison"
        if sh == "l" and not f & lx.FIRST:
            return -1  # a lowercase surname- or place-list word alone ("blocker", "chol") is too weak
        if sh == "l" and i > 0 and self.keys[i - 1] in _DETERMINERS:
            return -1  # "above the carina", "a cameo": a thing
        if sh == "l" and i > 0 and self.gap(i - 1) == " " and (
                not self.flags[i - 1] or self.flags[i - 1] & (lx.MED | lx.CLIN) and not self.flags[i - 1] & (lx.STOP | _NAMEY)):
            return -1  # "icosapent ethyl": a lowercase word after a clinical or unknown word is part of its phrase
        if caps_line and len(self.keys[i]) <= 3:
            return -1  # short capitals in a capitals line are usually abbreviations
        if f & lx.PLACE and not f & _NAMEY:
            conf = 0.65 if sh == "T" or caps_line else 0.45
            self.emit(i, self.facility_tail(i), "LOCATION", conf)
            return i
        if f & lx.FIRST:
            conf = 0.75 if sh == "T" else 0.6
        else:
            conf = 0.6 if sh == "T" and not self.sentence_start(i) else 0.45
        end = self.extend_name(i)
        if end > i:
            conf = max(conf, 0.8)
        cat = "LOCATION" if f & lx.PLACE and end == i and not f & lx.FIRST else "NAME"
        self.emit(i, end, cat, conf)
        return end

    def before_head(self, i: int) -> bool:
        n = len(self.toks)
        j = i + 1
        while j < n and self.gap(j - 1) == "-" and j < i + 3:
            j += 1
        return j < n and bool(self.flags[j] & lx.HEAD) and len(self.gap(j - 1)) <= 3

    def near_head(self, i: int) -> bool:
        """A head noun within three clinical (or unlisted lowercase) words after ("Becker muscular dystrophy",
        "Warsaw breakage syndrome", "Boston bowel prep scale", "Cincinnati Prehospital Stroke Scale")."""
        if self.before_head(i):
            return True
        n = len(self.toks)
        j = i + 1
        # an unlisted word right after ("Cincinnati Prehospital Stroke Scale") only when no given name or possessive says person
        open_next = not self.flags[i] & lx.FIRST and i + 1 < n and "'" not in self.text[self.toks[i + 1][0]:self.toks[i + 1][1]]
        while j < n and j <= i + 3 and self.gap(j - 1) in (" ", "-", "  ") and (self.flags[j] & (lx.MED | lx.CLIN) or (
                not self.flags[j] and (j > i + 1 or open_next)) or (
                j > i + 1 and self.shape(j) == "l" and not self.flags[j] & lx.STOP)):
            if j + 1 < n and self.flags[j + 1] & lx.HEAD and len(self.gap(j)) <= 2:
                return True
            j += 1
        return False

    def eponym_pair(self, i: int) -> bool:
        """'Cheyne-Stokes', 'Lown-Ganong-Levine': capitalised words joined by hyphens, with no
        name context before them (a first name, title or relation would have claimed them)."""
        if self.in_caps(i):
            return False
        n = len(self.toks)
        a = i
        while a > 0 and self.gap(a - 1) == "-" and self.shape(a - 1) == "T":
            a -= 1
        b = i
        while b + 1 < n and self.gap(b) == "-" and self.shape(b + 1) == "T":
            b += 1
        if a == b:
            return False
        return not (self.flags[a] & lx.FIRST and not self.flags[a] & lx.COMMON)

    def unknown_word(self, i: int, n: int) -> int:
        """Words in no list at all: Title case mid-sentence ('Radu', 'Przybylo'), or a ward ('Quartermain 2')."""
        w = self.words[i]
        if "'" in w and not _TITLE_WORD.fullmatch(w):
            return i  # contractions: "I'm", "didn't"
        if len(w) >= 6 and (self.shape(i) == "T" or (self.shape(i) == "U" and self.in_caps(i))):  # "SCORTEN 3" is a score
            ward = _WARD_NO.match(self.text, self.toks[i][1])
            if ward and ward.group().startswith(" ") and not (i > 0 and (self.flags[i - 1] & (lx.CLIN | lx.UNIT) or self.gap(i - 1) == "-"
                                                                         or self.keys[i - 1] in _SCORE_BEFORE)):
                self.out.append(PhiSpan(self.toks[i][0], ward.end(), "LOCATION", 0.5))
                return i + 1
        if len(w) <= 4 and i + 1 < n and _HOSP_ABBR.fullmatch(w) and (w.isupper() or w.islower()) and self.keys[i + 1] in _UNIT_AFTER_ABBR and self.gap(i) == " ":
            self.emit(i, i, "LOCATION", 0.6)  # "GH EW", "gh cath lab": a hospital's initials before a unit
            return i + 1
        if self.before_head(i) or self.eponym_pair(i) or (i > 0 and self.gap(i - 1) == "-" and self.flags[i - 1] & lx.CLIN):
            return i
        pair = i + 1 < n and self.gap(i) == " " and self.shape(i + 1) == "T" and (not self.flags[i + 1] or self.flags[i + 1] & lx.SUR and not self.flags[i + 1] & lx.COMMON)
        verb = i + 1 < n and self.gap(i) == " " and self.keys[i + 1] in _NAME_VERBS
        if len(w) >= 3 and self.shape(i) == "T" and not self.in_caps(i) and (pair or verb or not self.sentence_start(i)):
            end = self.extend_name(i)
            self.emit(i, end, "NAME", 0.45 if end == i else 0.6)
            return end + 1
        return i
