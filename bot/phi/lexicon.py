"""Word lists behind the PHI detector, loaded once from ``bot/phi/data/*.txt``.

Every list is plain text (one entry per line, ``#`` comments, several entries per line
allowed) so a deployment can read and extend it. Words are folded into one dict of
bit flags so the detector does a single lookup per token.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

# Bit flags for a lowercase word.
ENG = 1 << 0  # ordinary English word
FIRST = 1 << 1  # given name
SUR = 1 << 2  # surname
PLACE = 1 << 3  # US city / county (single word)
CLIN = 1 << 4  # clinical term, drug, unit, eponym: never a name or place on its own
TITLE = 1 << 5  # Dr, Mr, Mrs ...
CRED = 1 << 6  # RN, MD ... after a name
REL = 1 << 7  # son, daughter ... before a name
ROLE = 1 << 8  # attending, NP ... before a name
FACIL = 1 << 9  # hospital, clinic ...
UNIT = 1 << 10  # MICU, floor ...: inside the hospital, not identifying
STREET = 1 << 11  # street suffix
HEAD = 1 << 12  # disease, syndrome ... after an eponym
MONTH = 1 << 13
STOP = 1 << 14  # function words that are never names even when in a name list
COMMON = 1 << 15  # everyday English word (the rest of ENG is rare: "tyro", "sternal")
STATE = 1 << 16  # US state name
FOLLOW = 1 << 17  # word that follows "Dr" without being a name ("aware")
TRIGGER = 1 << 18  # first word of a cue, facility name or multi-word place: the walk must look
MED = 1 << 19  # a word of a maintained clinical vocabulary (ICD-10-CM, HPO, Orphanet): eponyms too
TOPNAME = 1 << 20  # one of the most frequent census surnames (Smith, Hill, Long): a name before a word
# the endings of an operation's name ("jejunostomy", "prostatectomy"): an operation names its eponym ("Witzel
# jejunostomy"), and a whole name owning one is the patient's ("Heinrich Mueller's prostatectomy")
STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
)
# what follows a state code that ends a place ("from Boise ID, ETA 3h"); "Boise ID 4471" and "Boise ID badge" are
# an identifier's label
STATE_END = re.compile(r"\s*(?:[,.;)]|$|\s(?!(?:badge|card|band|tag|number|no|bracelet|sticker|check)\b)[a-z])")
PROCEDURE_ENDS = ("ectomy", "ostomy", "otomy", "plasty", "pexy", "rrhaphy", "scopy", "centesis", "desis", "tripsy")
# a word with any of these is never part of a person's name, whatever the name lists say ("Will" as a month-like
# word, "Nurse", "Clinic", "Dr", "Texas"); the one mask every name rule starts from
NEVER_NAME = STOP | CLIN | HEAD | UNIT | TITLE | MONTH | STATE | FACIL | CRED | ROLE

TOP_SURNAMES = 3000

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

# Common words that are also given names/surnames and must not start a name on their own.
_STOPWORDS = (
    "a an and are as at be been but by can could did do does for from had has have he her his "
    "i if in into is it its may me might my no not of on or our she should so than that the "
    "their them then there these they this to up us was we were what when where which who will "
    "with would you your also all any each few more most other some such only own same too very "
    "just now here well over under again once both per via c w s p x y o t am pm re ok yes see "
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays"
)


_PHRASE_FILES = {"eponym_phrases.txt", "eponym_phrases_clinical.txt", "eponym_names.txt", "place_cues.txt", "us_places.txt", "us_towns.txt", "world_places.txt", "facility_names.txt", "site_allow.txt", "site_names.txt", "holiday_phrases.txt", "clinical_phrases.txt", "place_kinds.txt"}


SITE_FILES = ("site_allow.txt", "site_names.txt")
_site_dir: Path | None = None


def use_site_dir(path: Path | None) -> None:
    """Also read ``site_allow.txt`` / ``site_names.txt`` from ``path`` (``CLINIBOT_PHI_SITE_DIR``):
    a site's own terms, kept outside the package. Rebuilds the word table on the next use."""
    global _site_dir
    path = Path(path) if path else None
    if path != _site_dir:
        _site_dir = path
        lexicon.cache_clear()


def read_list(name: str) -> list[str]:
    """Entries of one data file, lowercased; ``#`` lines and blanks dropped.

    Phrase files hold one (possibly multi-word) entry per line; the others may hold
    several whitespace-separated entries per line. Site files are also read from the
    site folder when one is configured.
    """
    out: list[str] = []
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    if name in SITE_FILES and _site_dir is not None and (_site_dir / name).is_file():
        lines += (_site_dir / name).read_text(encoding="utf-8").splitlines()
    for line in lines:
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        if name in _PHRASE_FILES:
            out.append(" ".join(line.split()))
        else:
            out.extend(line.split())
    return out


_SECTION = re.compile(r"#\[([^\]]+)\]")


def read_section(name: str, section: str) -> list[str]:
    """Entries of one marked section of a data file, lowercased: the lines after a ``#[section]`` line, up to
    the next ``#[...]`` line. :func:`read_list` reads the same entries with the rest of the file (the marker is
    a comment to it), so a section gives its words one more use without listing them twice."""
    out: list[str] = []
    inside = False
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        marker = _SECTION.fullmatch(line)
        if marker:
            inside = marker.group(1).strip().lower() == section
        elif inside and line and not line.startswith("#"):
            out.extend(line.lower().split())
    return out


@lru_cache(maxsize=None)
def read_tagged(name: str) -> dict[str, frozenset[str]]:
    """Entries of a tagged data file, each with its tags, in file order: one entry per line, its first
    word the entry, the words after it the tags that say which rules read it; ``#`` lines and blanks dropped.
    One line per entry keeps every use of a word in one place. Read once per process (the address rules ask
    for several tags at start-up); callers must not change the dict."""
    out: dict[str, frozenset[str]] = {}
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        words = line.strip().lower().split()
        if words and not words[0].startswith("#"):
            out[words[0]] = out.get(words[0], frozenset()) | frozenset(words[1:])
    return out


def street_suffixes(tag: str) -> tuple[str, ...]:
    """The street suffixes (lowercase, in file order) that ``street_suffixes.txt`` tags ``tag``: which of them
    a given address rule accepts is read from the file, not listed again in code."""
    return tuple(w for w, tags in read_tagged("street_suffixes.txt").items() if tag in tags)


@dataclass(frozen=True)
class Lexicon:
    flags: dict[str, int]
    allow_phrases: tuple[str, ...]  # multi-word site allow-list entries, lowercase
    allow_rx: re.Pattern[str] | None  # the same, compiled: any case, whole words, any spacing
    allow_firsts: frozenset[str]  # their first words (tokens), where the regex is tried
    allow_by_lead: dict[str, re.Pattern[str]]  # the regex split by each phrase's leading word (empty: use allow_rx)
    multi_places: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # first word -> second word -> remaining words
    # towns and cities outside the US, and small US towns: places only right after a place cue ("came from the camp
    # at Mae Sot", "lives alone in Black Earth"), so classifications named for a city ("Prague C2M4", "Declaration of
    # Helsinki") stay clean
    world_places: frozenset[str]
    world_multi: dict[str, dict[str, tuple[tuple[str, ...], ...]]]
    facilities: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # same shape
    # last word -> (the word before it -> the cues' preceding words ending in that word, longest first; whether the
    # last word alone is a cue): one lookup finds the longest cue ("was transferred to") at a token
    place_cues: dict[str, tuple[dict[str, tuple[tuple[str, ...], ...]], bool]]
    med_shape: re.Pattern[str]  # medical word parts, for unlisted words ("coccygodynia")


def _by_second(table: dict[str, list[tuple[str, ...]]]) -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    """Index multi-word entries by their first two words, longest first, so a lookup is O(1)."""
    out: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for first, rests in table.items():
        for rest in rests:
            if rest:
                out.setdefault(first, {}).setdefault(rest[0], []).append(rest)
    return {f: {w: tuple(sorted(v, key=len, reverse=True)) for w, v in d.items()} for f, d in out.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Build the flag table once per process (about 0.3 s)."""
    flags: dict[str, int] = {}

    def add(words: list[str], flag: int) -> None:
        for w in words:
            flags[w] = flags.get(w, 0) | flag

    add(read_list("english_common.txt"), ENG | COMMON)
    add(read_list("english_rare.txt"), ENG)
    add(read_list("first_names.txt") + read_list("given_names_recent.txt"), FIRST)
    surnames = read_list("surnames.txt")  # most frequent first
    add(surnames, SUR)
    add(surnames[:TOP_SURNAMES], TOPNAME)
    add(read_list("clinical_terms.txt"), CLIN)
    add(read_list("drugs.txt"), CLIN)
    add(read_list("drug_names.txt"), CLIN)
    eponyms = read_list("eponyms.txt")
    add(eponyms, CLIN)
    add(read_list("holidays.txt"), CLIN)
    add(read_list("titles.txt"), TITLE)
    add(read_list("credentials.txt"), CRED)
    add(read_list("relations.txt"), REL)
    add(read_list("roles.txt"), ROLE)
    add(read_list("facility_words.txt"), FACIL)
    add(read_list("care_units.txt"), UNIT)
    add(list(read_tagged("street_suffixes.txt")), STREET)  # every suffix, whatever its tags
    add(read_list("eponym_heads.txt"), HEAD)
    add(list(MONTHS), MONTH)
    add(read_list("states.txt"), STATE)
    add(read_list("countries.txt"), STATE)
    add(read_list("name_followers.txt"), FOLLOW)
    add(_STOPWORDS.split(), STOP)
    names = FIRST | SUR | PLACE
    for w in read_list("medical_words.txt") + eponyms + read_list("microbes.txt"):
        f = flags.get(w, 0) | MED
        # A medical word that is no one's name is clinical; one that is also a name (Smith-Magenis,
        # Summer) stays a name candidate and needs context.
        flags[w] = f | CLIN if not f & names else f

    # the long tail of clinical eponyms ("Gufoni", "Metzenbaum", "Codman"): medical vocabulary but not plainly
    # clinical, since many are also people's names abroad ("Benedikt"); alone they read as the eponym, and a
    # title, role or relative before them still makes a person ("coordinator Benedikt Sauer")
    add(read_list("eponyms_clinical.txt"), MED)
    add(read_list("organizations.txt"), CLIN)
    # an eponym's possessive typed without its apostrophe ("Alzheimers", "Crohns", "Parkinsons") is the eponym,
    # unless that spelling is itself a name ("Williams", "Roberts")
    for w in eponyms:
        if w + "s" not in flags and not w.endswith("s"):
            flags[w + "s"] = flags[w]
    # plural heads ("spirals", "maneuvers") are heads too
    for w in [w for w, f in flags.items() if f & HEAD and not w.endswith("s")]:
        flags[w + "s"] = flags.get(w + "s", 0) | HEAD
    multi: dict[str, list[tuple[str, ...]]] = {}
    for place in read_list("us_places.txt"):
        parts = place.replace("-", " ").replace(".", "").split()
        if len(parts) == 1:
            add(parts, PLACE)
        elif parts:
            multi.setdefault(parts[0], []).append(tuple(parts[1:]))
    world: set[str] = set()
    world_multi: dict[str, list[tuple[str, ...]]] = {}
    for place in read_list("world_places.txt") + read_list("us_towns.txt"):  # both only after a place cue
        parts = place.replace("-", " ").replace(".", "").split()
        if len(parts) == 1:
            world.add(parts[0])
        elif parts:
            world_multi.setdefault(parts[0], []).append(tuple(parts[1:]))
    facilities: dict[str, list[tuple[str, ...]]] = {}
    for name in read_list("facility_names.txt"):
        parts = name.replace("-", " ").replace("'s", "").split()
        facilities.setdefault(parts[0], []).append(tuple(parts[1:]))
    cues: dict[str, list[tuple[str, ...]]] = {}
    for cue in read_list("place_cues.txt"):
        parts = cue.split()
        cues.setdefault(parts[-1], []).append(tuple(parts[:-1]))
    for table in (multi, facilities, cues):
        add(list(table), TRIGGER)
    add(["st", "saint", "university", "univ", "u", "and", "or"], TRIGGER)
    # Site files last, so they win: allowed terms are never names or places; extra names always are.
    allow_phrases = [p for p in read_list("eponym_phrases.txt") + read_list("eponym_phrases_clinical.txt") + read_list("eponym_names.txt")
                     + read_list("holiday_phrases.txt") + read_list("clinical_phrases.txt") if " " in p or "-" in p]
    for term in read_list("site_allow.txt"):
        parts = term.split()
        if len(parts) == 1:
            flags[term] = (flags.get(term, 0) & ~(names | ENG | COMMON)) | CLIN | MED
        else:
            allow_phrases.append(term)
    for term in read_list("site_names.txt"):
        for part in term.split():
            flags[part] = (flags.get(part, 0) & ~(ENG | COMMON | CLIN | MED | STOP | UNIT)) | FIRST | SUR
    return Lexicon(
        flags=flags,
        allow_phrases=tuple(sorted(allow_phrases, key=len, reverse=True)),
        allow_rx=_phrases_rx(sorted(allow_phrases, key=len, reverse=True)) if allow_phrases else None,
        allow_by_lead=_by_lead(sorted(allow_phrases, key=len, reverse=True)),
        # the walk's keys drop a possessive ("Valentine's" is keyed "valentine"): both forms are listed
        allow_firsts=frozenset(w for f in (re.split(r"[\s-]+", p)[0] for p in allow_phrases) for w in (f, f.removesuffix("'s"))),
        multi_places=_by_second(multi),
        world_places=frozenset(world),
        world_multi=_by_second(world_multi),
        facilities=_by_second(facilities),
        place_cues={k: _by_word_before(v) for k, v in cues.items()},
        med_shape=_affix_rx(read_list("medical_affixes.txt")),
    )


def _by_word_before(prefixes: list[tuple[str, ...]]) -> tuple[dict[str, tuple[tuple[str, ...], ...]], bool]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(prefixes, key=len, reverse=True):
        if p:
            table.setdefault(p[-1], []).append(p)
    return {k: tuple(v) for k, v in table.items()}, () in prefixes


def _phrases_rx(phrases: list[str]) -> re.Pattern[str]:
    """Any of ``phrases``, any case, whole words, any spacing or hyphens between their words."""
    return re.compile(r"(?i)\b(?:" + "|".join(r"[\s-]+".join(re.escape(w) for w in p.split()) for p in phrases) + r")\b")


_LEAD = re.compile(r"[a-z']*")


def _by_lead(phrases: list[str]) -> dict[str, re.Pattern[str]]:
    """The phrase regex cut into one small regex per leading word (the phrase's first run of letters and
    apostrophes), in the same order. In ASCII text a phrase can match at a token only when that token,
    lowercased, is its leading word, so trying the small regex finds what the whole one finds at a
    fraction of the cost ("Dr. Dr. Dr. ...": hundreds of alternatives tried at every token).
    Empty when a phrase is not ASCII (case folding could then reach past the token): use the whole regex."""
    if not all(p.isascii() for p in phrases):
        return {}
    groups: dict[str, list[str]] = {}
    for p in phrases:
        lead = _LEAD.match(p).group()
        if lead[:1].isalpha():  # a phrase that starts otherwise never matches at a token, which starts with a letter
            groups.setdefault(lead, []).append(p)
    return {lead: _phrases_rx(ps) for lead, ps in groups.items()}


def _affix_rx(affixes: list[str]) -> re.Pattern[str]:
    suffixes = [a[1:] for a in affixes if a.startswith("-")]
    prefixes = [a[:-1] for a in affixes if a.endswith("-")]
    return re.compile(r"^(?:(?:" + "|".join(map(re.escape, prefixes)) + r")[a-z]{3,}|[a-z]{3,}(?:"
                      + "|".join(map(re.escape, suffixes)) + r"))$")
