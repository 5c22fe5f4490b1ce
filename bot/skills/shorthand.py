"""One line of clinical shorthand -> a skill's fields, offline, from the rules in data/shorthand.yaml.

"58M exertional chest pain x3 weeks, abnormal ETT, to cardiology, urgent, h/o HTN, on amlodipine 10,
NKDA" becomes patient, reason, results, receiving specialty, urgency, history, medications and
allergies. ``label: value`` segments still win where the clinician typed them. Nothing typed is
dropped: a clause that fits no field goes to the skill's main field (the reason, the question...).
Everything a clinician might add (a specialty spelling, an urgency word, a cue) is data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent / "data" / "shorthand.yaml"
DRUG_FILES = (Path(__file__).resolve().parents[1] / "phi" / "data" / "drug_names.txt",
              Path(__file__).resolve().parents[1] / "phi" / "data" / "drugs.txt")

_NOISE = re.compile(r"(?i)\b(?:pls|please|plz|thx|thanks|ty|asap pls)\b[.!]?")
AGE_SEX_RX = _AGE_SEX = re.compile(
    r"(?i)(?<![\w/])(?:(\d{1,3})\s{0,2}(?:-?\s?(?:yo|y/o|y\.o\.|yr|yrs|year[- ]old|years? old))?\s{0,2}-?\s{0,2}"
    r"(m|f|male|female|man|woman|boy|girl|gentleman|lady)(?![\w/])"
    r"|(m|f)\s{0,2}(\d{1,3})(?![\w/]))")
_ICD10 = re.compile(r"(?<![\w.])[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?(?![\w.])")
_CPT = re.compile(r"(?<![\w.$/-])(?:\d{5}|[A-V]\d{4}|J\d{4})(?![\w./-])")
_DOSE = re.compile(r"(?i)\b\d+(?:\.\d+)?\s?(?:mg|mcg|g|units?|u|ml|%|mg/kg)\b")
_LOS = re.compile(r"(?i)\b(?:los|length of stay)\s{0,2}:?\s{0,2}(\d{1,3}\s?(?:d|days?|nights?|h|hrs?))\b")
_REF = re.compile(r"(?i)\b(?:ref(?:erence)?|denial ref|denial #|case)\s{0,2}#?:?\s{0,2}([A-Z]{0,4}-?\d[\w-]{2,20})")
_CLAUSE_SPLIT = re.compile(r"\s*(?:[;,\n]|\.(?=\s|$)|\s-\s|\s—\s)\s*")
_SEX_WORD = {"m": "man", "male": "man", "man": "man", "gentleman": "man", "boy": "boy",
             "f": "woman", "female": "woman", "woman": "woman", "lady": "woman", "girl": "girl"}


@dataclass(frozen=True)
class Rules:
    abbreviations: dict[str, str]
    specialties: dict[str, str]  # typed form -> canonical
    urgency: dict[str, str]  # typed form -> canonical
    payers: tuple[str, ...]
    cues: dict[str, dict[str, tuple[str, ...]]]
    skills: dict[str, dict[str, str]]
    drugs: frozenset[str]


@lru_cache(maxsize=1)
def rules() -> Rules:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    spec = {alias.lower(): canon for canon, aliases in data["specialties"].items() for alias in aliases}
    urg = {alias.lower(): canon for canon, aliases in data["urgency"].items() for alias in aliases}
    cues = {name: {k: tuple(v) for k, v in c.items()} for name, c in data["cues"].items()}
    drugs: set[str] = set()
    for path in DRUG_FILES:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                w = line.strip().lower()
                if w and not w.startswith("#") and len(w) > 3 and " " not in w:
                    drugs.add(w)
    drugs |= {v.lower() for k, v in data["abbreviations"].items()
              if k in ("atorva", "rosuva", "metop", "hctz", "asa", "apap", "ntg")}
    drugs |= {"atorva", "rosuva", "metop", "hctz", "asa", "apap", "ntg", "insulin"}
    return Rules(abbreviations=dict(data["abbreviations"]), specialties=spec, urgency=urg,
                 payers=tuple(p.lower() for p in data["payers"]), cues=cues,
                 skills={k: dict(v) for k, v in data["skills"].items()}, drugs=frozenset(drugs))


@dataclass
class Extraction:
    values: dict[str, str] = field(default_factory=dict)
    placed: list[tuple[str, str]] = field(default_factory=list)  # (field, clause) for tests and the bench

    def add(self, name: str, text: str, multiline: bool) -> None:
        text = text.strip(" ,;.")
        if not text:
            return
        self.placed.append((name, text))
        before = self.values.get(name, "")
        if not before:
            self.values[name] = text
        elif text.lower() not in before.lower():
            self.values[name] = f"{before}\n{text}" if multiline else f"{before}; {text}"


def _phrase_in(text: str, phrase: str) -> re.Match[str] | None:
    return re.search(r"(?i)(?<![\w/])" + re.escape(phrase) + r"(?![\w/])", text)


def _starts(clause: str, cue: str) -> bool:
    low = clause.lower()
    if cue == "?":
        return low.startswith("?")
    return low == cue or low.startswith(cue + " ") or low.startswith(cue + ":") or (
        cue.endswith(" ") and low.startswith(cue)) or (not cue[-1].isalnum() and low.startswith(cue))


def classify(clause: str, r: Rules) -> str | None:
    for name, cue in r.cues.items():
        if any(_starts(clause, c) for c in cue.get("starts", ())):
            return name
    for name, cue in r.cues.items():
        low = f" {clause.lower()} "
        if any(c in low for c in cue.get("contains", ())):
            return name
    return None


def age_sex(match: re.Match[str]) -> str:
    age, sex = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
    word = _SEX_WORD.get(sex.lower(), sex)
    return f"{age}-year-old {word}"


def _is_medication(clause: str, r: Rules) -> bool:
    low = clause.lower()
    if low.startswith(("on ", "meds", "takes ", "taking ")):
        return True
    words = re.findall(r"[a-z][a-z-]{3,}", low)
    return any(w in r.drugs for w in words) and (bool(_DOSE.search(clause)) or bool(re.search(r"\b\d", clause))
                                                   or len(words) <= 3)


def extract(skill: Any, text: str) -> dict[str, str]:
    """Labelled segments first (``field: value``), shorthand rules for the rest."""
    labelled, leftover = skill.extract_labelled(text)
    found = extract_shorthand(skill, leftover)
    values = dict(labelled)  # what the clinician labelled comes first
    multiline = {f.name: f.multiline for f in skill.fields}
    for name, value in found.values.items():
        values[name] = join(values.get(name, ""), value, multiline.get(name, False))
    return skill.clean(values)


def join(before: str, more: str, multiline: bool) -> str:
    if not before:
        return more
    if not more or more.lower() in before.lower():
        return before
    return f"{before}\n{more}" if multiline else f"{before}; {more}"


def content_words(text: str) -> list[str]:
    """The words that carry a clinician's meaning (for the "nothing lost" check and the bench)."""
    stop = {"a", "an", "and", "the", "of", "to", "for", "in", "on", "with", "w", "at", "is", "was", "pls", "please",
            "or", "by", "as", "be", "has", "had", "have", "her", "his", "she", "he", "it", "if", "from", "per"}
    return [w for w in re.findall(r"[a-z0-9]+(?:[./][a-z0-9]+)*", text.lower()) if w not in stop and len(w) > 1]


def keep_everything(skill: Any, text: str, values: dict[str, str]) -> dict[str, str]:
    """Any clause of the request whose words reached no field goes to the main field."""
    labelled, leftover = skill.extract_labelled(text)
    have = set(content_words(" ".join(values.values()) + " " + expand(" ".join(values.values()))))
    main = skill.main_field
    multiline = {f.name: f.multiline for f in skill.fields}
    out = dict(values)
    for clause in _CLAUSE_SPLIT.split(_NOISE.sub(" ", leftover)):
        words = content_words(clause)
        if words and sum(1 for w in words if w not in have) > len(words) / 2:
            out[main] = join(out.get(main, ""), _tidy_clause(clause), multiline.get(main, False))
            have |= set(words)
    return out


def extract_shorthand(skill: Any, text: str) -> Extraction:
    r = rules()
    mapping = r.skills.get(skill.name, {})
    fields = {f.name: f for f in skill.fields}
    out = Extraction()

    def put(kind: str, value: str) -> bool:
        target = mapping.get(kind)
        if target is None or target not in fields:
            return False
        out.add(target, value, fields[target].multiline)
        return True

    text = _NOISE.sub(" ", text or "")
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    if not text:
        return out
    # whole-line facts found anywhere, removed from the text they came from
    coded = False
    for m in list(_ICD10.finditer(text)):
        if put("icd10", m.group(0)):
            text = text.replace(m.group(0), " \x00 ", 1)
            coded = True
    if coded:  # the words around the codes usually name the diagnosis they code
        for clause in _CLAUSE_SPLIT.split(text):
            if "\x00" in clause:
                words = _tidy_clause(clause.replace("\x00", " "))
                if words and put("coded_diagnosis", words):
                    text = text.replace(clause, " ", 1)
        text = text.replace("\x00", " ")
    m = _LOS.search(text)
    if m and put("los", m.group(1)):
        text = text.replace(m.group(0), " ", 1)
    m = _REF.search(text)
    if m and put("reference", m.group(1)):
        text = text.replace(m.group(0), " ", 1)
    first_done = False
    previous: str | None = None
    for clause in [c.strip() for c in _CLAUSE_SPLIT.split(text) if c and c.strip(" .")]:
        clause = _tidy_clause(_take_inline(clause, put, r, skill))
        if not clause:
            continue
        dm = re.match(r"(?i)^(?:denial of|denied)\s+(.+?)(?:\s+for\s+(.+))?$", clause)
        if dm and "denied_service" in mapping and "requested_service" not in out.values:
            put("denied_service", dm.group(1))
            if dm.group(2):
                out.add(skill.main_field, f"for {dm.group(2)}", fields[skill.main_field].multiline)
            first_done, previous = True, "denied_service"
            continue
        kind = classify(clause, r)
        if kind is None and _is_medication(clause, r):
            kind = "medications"
        if kind is None and previous == "history" and len(clause.split()) <= 3:
            kind = "history"  # "h/o HTN, DM2, CKD 3": a list continues
        if kind is not None and put(kind, _strip_cue(clause, kind)):
            previous = kind
            if mapping.get(kind) and mapping.get(kind) == mapping.get("first"):
                first_done = True
            continue
        previous = None
        if not first_done and "first" in mapping:
            first_done = True
            put("first", clause)
            continue
        if not first_done and "first_short" in mapping:  # "CAP" is the diagnosis; a sentence is the course
            first_done = True
            if len(clause.split()) <= 3:
                put("first_short", clause)
                continue
        if "rest" in mapping and first_done:
            put("rest", clause)
            continue
        out.add(skill.main_field, clause, fields[skill.main_field].multiline)
    return out


def _tidy_clause(clause: str) -> str:
    clause = re.sub(r"\s{2,}", " ", clause).strip(" ,;.")
    clause = re.sub(r"(?i)^(?:and|or|&|\+)\s+|\s+(?:and|or|&|\+|w/|with)$", "", clause).strip(" ,;.")
    return clause


def _strip_cue(clause: str, kind: str) -> str:
    """Keep the clinician's words; drop only an 'on' before a medication list."""
    if kind == "medications":
        return re.sub(r"(?i)^(?:on|takes|taking|meds:?)\s+", "", clause)
    return clause


def _take_inline(clause: str, put, r: Rules, skill: Any) -> str:  # type: ignore[no-untyped-def]
    """Facts that sit inside a clause (age and sex, specialty, urgency, allergy, payer, codes)."""
    m = _AGE_SEX.search(clause)
    if m and (m.start() == 0 or clause[:m.start()].strip().lower() in ("pt", "patient", "a", "for")):
        if put("age_sex", age_sex(m)):
            clause = (clause[:m.start()] + clause[m.end():]).strip(" ,")
    low = clause.lower()
    # allergies
    am = re.search(r"(?i)\b(nkda|nka|no known (?:drug )?allergies)\b", clause)
    if am:
        word = am.group(1).lower()
        put("allergies", "no known drug allergies" if word in ("nkda", "no known drug allergies") else "no known allergies")
        clause = (clause[:am.start()] + clause[am.end():]).strip(" ,")
    else:
        am = re.search(r"(?i)\b(?:allergic to|allergy to|allergies?:?)\s+(.+)$", clause) or \
            re.search(r"(?i)^(.+?)\s+allergy(?:\s*\(.*\))?$", clause)
        if am and put("allergies", am.group(0) if "allerg" in am.group(0).lower()[:12] else am.group(0)):
            clause = ""
    if not clause:
        return ""
    low = clause.lower()
    # specialty: "to cardiology", "refer to cards", "cards", "GI referral"
    for typed in sorted(r.specialties, key=len, reverse=True):
        sm = re.search(r"(?i)(?:(?:refer(?:ral)?|send|sending)\s+)?(?:to\s+)?(?<![\w/])" + re.escape(typed)
                       + r"(?![\w/])(?:\s+(?:referral|consult|clinic|eval))?", clause)
        if not sm:
            continue
        whole = clause.strip().lower()
        leading_to = sm.group(0).lower().startswith(("to ", "refer", "send"))
        if leading_to or whole == sm.group(0).lower().strip() or whole.startswith(typed + " ") and len(whole.split()) <= 4:
            if put("specialty", r.specialties[typed]):
                clause = (clause[:sm.start()] + clause[sm.end():]).strip(" ,")
                low = clause.lower()
            break
    # urgency
    for typed in sorted(r.urgency, key=len, reverse=True):
        um = _phrase_in(clause, typed)
        if um:
            canon = r.urgency[typed]
            if put("urgency", canon) or (canon != "routine" and put("urgency_expedited", "expedited")) or \
                    (canon == "routine" and put("urgency_expedited", "standard")):
                clause = (clause[:um.start()] + clause[um.end():]).strip(" ,")
            break
    # payer
    pm = re.search(r"(?i)\b(?:payer|plan|insurance|ins)\s*(?:is|:)?\s+(?!says|said|denied|wants|requires)"
                   r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})", clause)
    if pm and put("payer", pm.group(1)):
        clause = (clause[:pm.start()] + clause[pm.end():]).strip(" ,")
    else:
        for payer in r.payers:
            py = _phrase_in(clause, payer)
            if py and put("payer", clause[py.start():py.end()]):
                clause = (clause[:py.start()] + clause[py.end():]).strip(" ,")
                break
    # procedure / service codes (prior-auth, appeal)
    for cm in list(_CPT.finditer(clause)):
        if put("service_codes", cm.group(0)):
            clause = clause.replace(cm.group(0), " ", 1).strip(" ,")
    # "from primary care"
    fm = re.match(r"(?i)^from\s+(.+)$", clause.strip())
    if fm and put("from", fm.group(1)):
        return ""
    return re.sub(r"\s{2,}", " ", clause).strip(" ,")


# -- plain words out ----------------------------------------------------------------------------
def expand(text: str, *, patient_facing: bool = False) -> str:
    """Spell out shorthand the reader may not share. Clinician documents keep the abbreviation in
    parentheses after its first expansion ("exercise treadmill test (ETT)"); patient-facing text
    gets the plain words only."""
    r = rules()
    seen: set[str] = set()

    def repl(m: re.Match[str]) -> str:
        token = m.group(0)
        key = token if token in r.abbreviations else token.lower()
        plain = r.abbreviations.get(key)
        if plain is None or (key.isupper() and token != key) or (not key.isupper() and key != token.lower()):
            return token
        if key[0].isupper() and not patient_facing:
            if key in seen:
                return token
            seen.add(key)
            return f"{plain} ({token})"
        return plain

    keys = sorted(r.abbreviations, key=len, reverse=True)
    rx = re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w/])", re.IGNORECASE)
    return rx.sub(repl, text)
