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

from bot.skills.base import normalise_layout

DATA = Path(__file__).resolve().parent / "data" / "shorthand.yaml"
DRUG_FILES = (Path(__file__).resolve().parents[1] / "phi" / "data" / "drug_names.txt",
              Path(__file__).resolve().parents[1] / "phi" / "data" / "drugs.txt")

_NOISE = re.compile(r"(?i)\b(?:pls|please|plz|thx|thanks|ty|asap pls)\b[.!]?")
AGE_SEX_RX = _AGE_SEX = re.compile(
    r"(?i)(?<![\w/])(?:(\d{1,3})\s{0,2}(?:-?\s?(?:yo|y/o|y\.o\.|yr|yrs|year[- ]old|years? old|(mo|mos|month[- ]old|months? old|wk|wks|week[- ]old|d old|d|day[- ]old|days? old)))?\s{0,2}-?\s{0,2}"
    r"(?:baby\s|infant\s)?(m|f|male|female|man|woman|boy|girl|gentleman|lady)(?![\w/])"
    r"|(m|f)\s{0,2}(\d{1,3})(?![\w/.]))")
_ICD10 = re.compile(r"(?<![\w.])(?:[A-TV-Z]\d[0-9AB](?:\.[0-9A-TV-Z]{1,4})?|[a-tv-z]\d[0-9ab]\.[0-9a-tv-z]{1,4})(?![\w]|\.\w)")
# "64635-50", "27447-RT": a code with its modifier; "a5500": a supply code typed in lower case
_CPT = re.compile(r"(?<![\w.$/-])(?:\d{5}|[A-Va-v]\d{4})(?:-(?:\d{2}|[A-Z]{2}))?(?![\w/-]|\.\w)")
_DOSE = re.compile(r"(?i)\b\d+(?:\.\d+)?\s?(?:mg|mcg|g|units?|u|ml|%|mg/kg)\b")
_LOS = re.compile(r"(?i)\b(?:los|length of stay)\s{0,2}:?\s{0,2}(\d{1,3}\s?(?:d|days?|nights?|h|hrs?))\b")
# "ref AET-RX-0471123:", "reference number BCB-77031452", "the denial number is MCD-204-7781"
_REF = re.compile(r"(?i)\b(?:ref(?:erence)?|denial ref|denial|denial id|claim|case|auth)(?:\s{0,2}(?:#|(?:no|id|number|num)\b\.?))?"
                  r"(?:\s+is)?:?\s{0,2}([A-Z][A-Z0-9]{0,7}(?:-[A-Z0-9]{1,8})*-?\d[\w-]{2,20}|\d[\w-]{3,20})(?::(?=\s|$))?")
# "| AET-UR-61155 |", "#BCI-D-309915", "(UHCCP-RX-550418)": a plan's reference typed without a label; letters,
# at least one hyphen and a long number, so not a code (L40.0, J3032) nor a named test ("FIB-4", "NT-proBNP")
_BARE_REF = re.compile(r"(?<![\w/.-])#?([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,8}){0,3}-\d{4,12}[A-Z]?)(?![\w/-])")
_CLAUSE_SPLIT = re.compile(r"\s*(?:[;\n]|,(?![^()\n]{0,80}\))|(?<=[a-z])—(?=[a-z])|(?<!\b[A-Za-z])\.(?=[\s;,]|$)|\s[-—–|]\s|\s//\s)\s*")
_SEX_WORD = {"m": "man", "male": "man", "man": "man", "gentleman": "man", "boy": "boy",
             "f": "woman", "female": "woman", "woman": "woman", "lady": "woman", "girl": "girl"}


# "BCBS IL", "bcbs mn": a payer's state. Codes that are also words ("IN", "OR", "ME") only in capitals.
_STATE_CODES = (r"(?:(?-i:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|"
                r"NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)|(?i:ak|az|ar|ca|ct|fl|il|ia|ks|ky|md|mi|mn|ms|mt|"
                r"ne|nv|nh|nj|nm|ny|nc|nd|ri|sc|sd|tn|tx|ut|vt|wa|wv|wi|wy))(?![\w/])")


# values dictated in words: "four point one", "one thousand nine hundred", "twenty five percent"
_DIGIT_WORDS = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_NUMBER_WORDS = (r"(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                 r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
                 r"(?:[\s-]+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|"
                 r"seventy|eighty|ninety|hundred|thousand)){0,4})")


_SPOKEN_DECIMAL = re.compile(r"(?i)\b" + _NUMBER_WORDS + r"\s+point\s+" + _DIGIT_WORDS + r"\b")


def _spoken_result_rx(names: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """A test named, then within a few words its value in words: "creatinine peaked at four point one"."""
    if not names:
        return None
    tests = "|".join(re.escape(x) for x in sorted(names, key=len, reverse=True))
    return re.compile(r"(?i)\b(?:" + tests + r")\b(?:\s+\w+){0,4}?\s+(?:of|to|at|was|is|from)?\s*" + _NUMBER_WORDS
                      + r"(?:\s+point\s+" + _DIGIT_WORDS + r")?\b")


# a test's value: "68%", "9.4", "1:640", "6/8", "<0.01", "142/90", "12.8 kPa"; not a dose, a count of days or a duration
_LAB_VALUE = (r"[<>\u2264\u2265]?=?\s?-?\d+(?:[.,]\d+)?(?:%|:\d+|/\d+(?:\.\d+)?)?"
              r"(?:\s?(?:mg/dl|g/dl|g/g|mg/g|kpa|ng/ml|pg/ml|iu/ml|u/l|mmol/l|meq/l|ms|k))?"
              r"(?![\w/.%:]|\s?(?:x\b|mg\b|mcg\b|g\b|units?\b|u\b|ml\b|puffs?\b|sprays?\b|tabs?\b|d\b|days?\b|wks?\b|weeks?\b|mo\b|mos\b|"
              r"months?\b|yrs?\b|years?\b|hrs?\b|h\b|min\b|times\b|episodes?\b|bid\b|tid\b|qid\b|daily\b|weekly\b|prn\b))")


def _lab_run_rx(names: list[str], not_tests: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """Two or more tests in a row, each with its value: "FVC 68% DLCO 41%", "eos 780 IgE 210", "Hgb 9.2 ferritin 6 MCV 71".
    A test is a known name in any case, or a short name typed with a capital inside ("IgE", "SNOT-22", "NPS");
    a route or frequency in capitals ("IV", "SC", "BID") is not one."""
    known = "|".join(re.escape(n) for n in sorted({n.lower() for n in names}, key=len, reverse=True))
    skip = "|".join(re.escape(n) for n in sorted(not_tests, key=len, reverse=True)) or "(?!)"
    name = (r"(?:(?i:" + known + r")(?![\w/-])|(?!(?-i:" + skip + r")(?![\w/-]))[a-z]{0,3}[A-Z][A-Za-z0-9]{0,7}(?:-\d{1,2}|-[A-Z]{1,4})?(?![\w/-]))")
    pair = name + r"\s?" + _LAB_VALUE
    return re.compile(r"(?<![\w/-])" + pair + r"(?:\s+" + pair + r")+")


@dataclass(frozen=True)
class Rules:
    abbreviations: dict[str, str]
    specialties: dict[str, str]  # typed form -> canonical
    urgency: dict[str, str]  # typed form -> canonical
    payers: tuple[str, ...]  # longest first, so "humana medicare advantage" beats "humana"
    payer_suffix: re.Pattern[str]
    reaction: re.Pattern[str]  # "sulfa -> hives", "PCN (rash)": an agent and what it did
    inner_break: re.Pattern[str]
    preamble: re.Pattern[str]  # "I am requesting prior authorization from ... for": no fact in it
    cues: dict[str, dict[str, tuple[str, ...]]]
    ends: dict[str, re.Pattern[str]]  # cue class -> its "ends" words as one regex, in the cues' order
    skills: dict[str, dict[str, str]]
    drugs: frozenset[str]
    leads: dict[str, re.Pattern[str]]  # class -> the phrases after which a clause's rest is that class
    # built once, so a clause is matched against every cue by dictionary look-ups, not one test per cue
    starts: dict[str, str] = field(default_factory=dict)  # "starts" cue -> the first class listing it
    starts_max: int = 0  # the longest "starts" cue
    contains: tuple[tuple[str, tuple[str, ...]], ...] = ()  # class -> its "contains" cues, in the cues' order
    specialty_rx: tuple[tuple[str, re.Pattern[str]], ...] = ()  # longest typed form first
    urgency_rx: tuple[tuple[str, re.Pattern[str]], ...] = ()  # longest typed form first
    payer_rx: re.Pattern[str] | None = None  # every payer, longest first: the first one typed, as long as typed
    spoken_result: re.Pattern[str] | None = None  # a test named, then its value in words ("creatinine peaked at four point one")
    after_pronoun: dict[str, str] = field(default_factory=dict)  # "drinks", "works": cues read after "he"/"she"/"his"
    has_condition: re.Pattern[str] | None = None  # "has diabetes and gout", "also has HIV": a long-standing condition
    # skill name -> words that start a new fact only in that skill's run-on lines ("... ice 20 min rest and elevate")
    skill_breaks: dict[str, re.Pattern[str]] = field(default_factory=dict)
    lab_run: re.Pattern[str] | None = None  # two or more tests with their values typed in a row ("FVC 68% DLCO 41%")
    lab_words: frozenset[str] = frozenset()  # tests typed in lower case ("eos", "plt", "ferritin")
    # skill name -> opening cue -> class, read before the shared cues ("no prior PT" is a therapy not tried in a
    # prior authorization, past history in a referral)
    skill_starts: dict[str, dict[str, str]] = field(default_factory=dict)
    therapy_words: frozenset[str] = frozenset()  # "PT", "CSI", "brace": a treatment named without a drug
    visit_words: frozenset[str] = frozenset()  # "SLP", "voice therapy", "programming visits": a visit that recurs
    # "anesthesia", "MAC", "inpatient admission": a service given for a procedure, typed "<service> for <procedure>"
    service_for: re.Pattern[str] | None = None
    occupation: re.Pattern[str] | None = None  # "ICU nurse", "retired seamstress", "HS soccer": what the patient does


# words a break word reads after as one phrase ("in stable condition", "was started on", "bleeding that won't stop",
# "she should call us"): a sentence going on, not a new fact
_JOINS_NEXT = ("in", "a", "an", "the", "is", "was", "are", "were", "be", "and", "or", "not", "to", "remains", "don't",
               "won't", "doesn't", "didn't", "can't", "cannot", "wont", "dont", "doesnt", "didnt", "cant",
               "will", "would", "should", "must", "may", "can", "could",
               "please", "i", "we", "you", "he", "she", "they", "going", "clinically", "hemodynamically", "medically")


def _break_rx(words: list[str], joined: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The space before any of these words, longest first, when a word starts there (not "avoidance" for "avoid")
    and the word before is not one of ``joined``."""
    words = sorted((w.lower() for w in words), key=len, reverse=True)
    behind = "".join(f"(?<!\\b{re.escape(j)})" for j in joined)
    return re.compile(r"(?i)(?<=\S)" + behind + r"\s+(?=(?:" + "|".join(re.escape(x) for x in words) + r")(?![\w/]))")


def _reaction_rx(reactions: list[str]) -> re.Pattern[str]:
    """"sulfa -> hives", "contrast → mild rash", "ibuprofen 400 → wheeze + congestion in 30 min", "PCN (rash)",
    "aspirin gave him hives", "codeine makes her vomit": an agent and what it did to the patient. Not "lisinopril
    gave her a cough and she stopped it": a medicine stopped for a side effect is a therapy tried."""
    said = "(?:" + "|".join(re.escape(x) for x in sorted(reactions, key=len, reverse=True)) + ")"
    how = r"(?:(?:mild|severe|bad|significant|diffuse|generalized|a|an)\s+)?"
    more = r"(?:\s*(?:,|/|and|\+|w/|with|in|after)\s*[\w .~<>-]{2,25})*"
    return re.compile(r"(?i)^([a-z][\w /+-]{1,40}?)\s*(?:->|→|=|-|:)\s*" + how + said + more + r"$"
                      r"|^([a-z][\w/+-]{1,30})\s*\(\s*" + said + r"(?:\s*(?:,|/|and|\+)\s*[a-z ]{2,20})*\s*\)$"
                      r"|^(?!.*\b(?:stopped|stop|switched|changed|discontinued|so)\b)([a-z][\w /+-]{1,40}?)\s+"
                      r"(?:gave|gives|causes|caused|makes|made|triggers|triggered)\s+(?:(?:him|her|them|me)\s+)?"
                      + how + said + more + r"$")


def _occupation_rx(jobs: Any, sports: Any) -> re.Pattern[str] | None:
    """A clause of a few words that is what the patient does: "ICU nurse", "meat-packing line worker", "retired
    engineer", "collegiate soccer player", "HS soccer", "plays club basketball"."""
    if not jobs:
        return None
    job = "|".join(re.escape(j) for j in sorted(jobs, key=len, reverse=True))
    sport = "|".join(re.escape(x) for x in sorted(sports, key=len, reverse=True)) or "(?!)"
    level = (r"(?:hs|high school|college|collegiate|club|varsity|jv|d1|d2|d3|division (?:i|1|ii|2|iii|3)|travel|competitive|"
             r"professional|pro|elite|semi-pro|youth|little league|middle school|ms)")
    return re.compile(r"(?i)(?:(?:a|an|is an?|works as an?|she's an?|he's an?)\s+)?(?:(?:retired|former|ex-|part-time|full-time|"
                      r"semi-retired|night-shift|night shift)\s*)?(?:(?:[\w&/'-]+\s+){0,3}?(?:" + job + r")s?"
                      r"|(?:plays\s+)?" + level + r"\s+(?:" + sport + r")(?:\s+(?:" + job + r"))?"
                      r"|(?:" + sport + r")\s+(?:" + job + r"))")


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
    suffixes = sorted((x.lower() for x in data["payer_suffixes"]), key=len, reverse=True)
    breaks = sorted((x.lower() for x in data["inner_breaks"]), key=len, reverse=True)
    payers = tuple(sorted((p.lower() for p in data["payers"]), key=len, reverse=True))
    starts: dict[str, str] = {}
    for name, c in cues.items():
        for cue in c.get("starts", ()):
            starts.setdefault(cue, name)
    after: dict[str, str] = {}
    for name, c in cues.items():
        for cue in (*c.get("after_pronoun", ()), *(c.get("starts", ()) if c.get("after_pronoun") else ())):
            after.setdefault(cue, name)
    caps = [k for k in data["abbreviations"] if k.isupper() and len(k) >= 2]
    conditions = sorted(data.get("conditions") or (), key=len, reverse=True)
    has_condition = re.compile(r"(?i)(?:also\s+|now\s+)?(?:has|had)\s+(?:also\s+|known\s+|longstanding\s+|long-standing\s+)?(?:"
                               + "|".join(re.escape(c) for c in conditions) + r"|(?-i:" + "|".join(map(re.escape, caps)) + r"))(?![\w])")
    return Rules(abbreviations=dict(data["abbreviations"]), specialties=spec, urgency=urg,
                 after_pronoun=after, has_condition=has_condition,
                 payers=payers,
                 starts=starts, starts_max=max(map(len, starts), default=0),
                 contains=tuple((name, c["contains"]) for name, c in cues.items() if c.get("contains")),
                 specialty_rx=tuple((t, _word_rx(t)) for t in sorted(spec, key=len, reverse=True)),
                 urgency_rx=tuple((t, re.compile(r"(?i)(?<![\w])" + re.escape(t) + r"(?![\w])"))
                                  for t in sorted(urg, key=len, reverse=True)),
                 spoken_result=_spoken_result_rx(data.get("lab_names") or ()),
                 lab_run=_lab_run_rx([*(data.get("lab_names") or ()), *(data.get("lab_abbreviations") or ())],
                                     data.get("not_tests") or ()),
                 lab_words=frozenset(x.lower() for x in (*(data.get("lab_names") or ()), *(data.get("lab_abbreviations") or ()))
                                     if " " not in x),
                 payer_rx=re.compile(r"(?i)(?<![\w/])(?:" + "|".join(re.escape(p) for p in payers) + r")(?![\w/])"),
                 payer_suffix=re.compile(r"^(?:\s+(?:of|from)\s+[A-Z][a-z]+(?:\s+(?!Medicare|Medicaid|Advantage)[A-Z][a-z]+)?|\s+" + _STATE_CODES + r")?(?:\s+(?i:"
                                         + "|".join(re.escape(x) for x in suffixes) + r"))*(?:\s?\([A-Za-z][\w .&-]{1,30}\))?(?![\w/])"),
                 reaction=_reaction_rx(data["reactions"]),
                 preamble=re.compile(r"(?i)^(?:" + "|".join(data["preambles"]) + r")+(?:(?:to|from|with|at)\b\s*)?(?:for\b\s*)?"),
                 inner_break=_break_rx(breaks),
                 skill_breaks={k: _break_rx(v, _JOINS_NEXT) for k, v in (data.get("skill_breaks") or {}).items()},
                 therapy_words=frozenset(w.lower() for w in (data.get("therapy_words") or ())),
                 visit_words=frozenset(w.lower() for w in (data.get("visit_words") or ())),
                 service_for=re.compile(r"(?i)(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(data["service_for"], key=len, reverse=True))
                                        + r")(?:\s*\([^()]{1,40}\))?$") if data.get("service_for") else None,
                 skill_starts={k: {cue.lower(): name for name, cs in v.items() for cue in cs}
                               for k, v in (data.get("skill_starts") or {}).items()},
                 occupation=_occupation_rx(data.get("occupations") or (), data.get("occupation_sports") or ()),
                 cues=cues,
                 ends={name: re.compile(r"(?i)\s(?:" + "|".join(re.escape(e) for e in sorted(c["ends"], key=len, reverse=True))
                                        + r")(?:\s+(?:by|at|on|in)\b.*)?(?:\s*\([^)]*\))?$")
                       for name, c in cues.items() if c.get("ends")},
                 skills={k: dict(v) for k, v in data["skills"].items()}, drugs=frozenset(drugs),
                 leads={k: re.compile(r"(?i)(?<![\w])(?:" + "|".join(re.escape(p) for p in sorted(v, key=len, reverse=True))
                                      + r")(?![\w])\s*:?") for k, v in (data.get("lead_phrases") or {}).items()})


# a quotation typed with its own commas ('formula is food, not covered >age 3'): the commas stand in for this
# character while clauses are cut, and come back in every value
_QUOTED_COMMA = "\x01"
_QUOTED = re.compile(r"(?<![\w'])'(?=[^\s'])[^'\n]{3,200}?,[^'\n]{1,200}?(?<=\S)'(?![\w'])"
                     r"|\u201c[^\u201d\n]{3,400}\u201d|(?<![\w\"])\"(?=\S)[^\"\n]{3,400}?(?<=\S)\"(?![\w\"])")


@dataclass
class Extraction:
    values: dict[str, str] = field(default_factory=dict)
    placed: list[tuple[str, str]] = field(default_factory=list)  # (field, clause) for tests and the bench

    def add(self, name: str, text: str, multiline: bool) -> None:
        text = text.strip(" ,;.")
        if not text:
            return
        text = text.replace(_QUOTED_COMMA, ",")
        self.placed.append((name, text))
        before = self.values.get(name, "")
        if not before:
            self.values[name] = text
        elif text.lower() not in before.lower():
            self.values[name] = f"{before}\n{text}" if multiline else f"{before}; {text}"


def _word_rx(phrase: str) -> re.Pattern[str]:
    """A phrase as a whole word or words, in any case ("GI" in "to GI," but not in "GIST")."""
    return re.compile(r"(?i)(?<![\w/])" + re.escape(phrase) + r"(?![\w/])")


def _phrase_in(text: str, phrase: str) -> re.Match[str] | None:
    return _word_rx(phrase).search(text)


def _starts(clause: str, cue: str) -> bool:
    low = clause.lower()
    if cue == "?":
        return low.startswith("?")
    return low == cue or low.startswith(cue + " ") or low.startswith(cue + ":") or low.startswith(cue + ",") or (
        cue.endswith(" ") and low.startswith(cue)) or (not cue[-1].isalnum() and low.startswith(cue))


def _start_cue(clause: str, r: Rules) -> str | None:
    """The class of the longest "starts" cue the clause opens with (the first class listing it wins):
    each prefix of the clause is one dictionary look-up, whatever the number of cues."""
    low = clause.lower()
    for k in range(min(len(low), r.starts_max), 0, -1):
        cue = low[:k]
        name = r.starts.get(cue)
        if name is not None and _starts(low, cue):
            return name
    return None


_PRONOUN = re.compile(r"(?i)^(?:he|she|they|his|her|their|pt|patient|the patient)\s+(?:also\s+|still\s+)?(?=\w)")


def _after_pronoun(clause: str, r: Rules) -> str | None:
    """"He drinks four beers a day", "his brother died of liver cancer", "she has diabetes and gout": a fact about
    the patient typed as a sentence; only the classes that list ``after_pronoun`` cues (history) are read so."""
    pm = _PRONOUN.match(clause)
    if not pm:
        return None
    rest = clause[pm.end():].lower()
    if r.has_condition and r.has_condition.match(clause, pm.end()):
        return "history"
    # "she uses an albuterol inhaler as needed", "he takes metformin 500 bid": a medicine the patient is on
    if re.match(r"(?:uses|takes|is taking|is on)\s", rest) and _names_drug(rest, r) \
            and not re.search(r"\b(?:stop|stopped|quit|off)\b", rest):
        return "medications"
    for k in range(min(len(rest), r.starts_max), 0, -1):
        name = r.after_pronoun.get(rest[:k])
        if name is not None and _starts(rest, rest[:k]):
            return name
    return None


def classify(clause: str, r: Rules, *, starts_only: bool = False, only: Any = None) -> str | None:
    """The class of a clause: its opening cue first, then its closing words, then words it contains. With
    ``only`` (a skill's classes), closing and contained words of classes the skill has no field for are
    passed over, so "the nurse will call her tomorrow to go over ..." is a next step, not a dose changed "to"."""
    best = _start_cue(clause, r) or _after_pronoun(clause, r)
    if best or starts_only:
        return best
    for name, rx in r.ends.items():  # "tamsulosin stopped", "sertraline started by psych"
        if (only is None or name in only) and rx.search(clause):
            return name
    low = f" {clause.lower()} "
    for name, contains in r.contains:
        if (only is None or name in only) and any(c in low for c in contains):
            return name
    return None


def age_sex(match: re.Match[str]) -> str:
    if match.group(1):
        age, unit, sex = match.group(1), match.group(2), match.group(3)
    else:
        age, unit, sex = match.group(5), None, match.group(4)
    word = _SEX_WORD.get(sex.lower(), sex)
    if int(age) < 18:
        word = {"man": "boy", "woman": "girl"}.get(word, word)
    span = "year"
    if unit:
        span = "month" if unit.lower().startswith("mo") else "day" if unit.lower().startswith("d") else "week"
        word = {"man": "boy", "woman": "girl"}.get(word, word)
    return f"{age}-{span}-old {word}"


_LAB = re.compile(r"(?i)(?:^|\s)(?:[+-]\s?[a-z][\w-]{1,10}\b|[a-z][\w/-]{0,12}\s?(?:[+-](?![\w])|\s(?:nl|wnl|low|high|neg|pos|normal|elevated|abnl)\b)"
                  r"|[a-z][a-z0-9/-]{0,12}\s?[<>]?=?\s?\d+(?:\.\d+)?(?:\s?(?:%|k|/\d+|mg/dl|g/dl|cm|mm))?(?!\s?(?:x|wk|wks|weeks?|mo|mos|months?|yrs?|years?|d|days?|hrs?|h|min|mg|mcg|g|units?|bid|tid|qd|daily|episodes?)\b))")
# a count in words, alone or as a range: "three", "two to three", "a couple of"
_COUNT_WORD = (r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty|fifty|sixty|a few|a couple of)"
               r"(?:\s(?:to|or)\s(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|twenty|thirty))?)")
_PER = r"(?:\s?(?:/|per|q|every)\s?\d*\s?(?:d|days?|wk|wks|weeks?|mo|mos|months?))"
_QUANTITY = re.compile(r"(?i)(?<![\w/])(?:\d+(?:\.\d+)?\s?gy\s(?:in|/)\s?\d+\s?(?:fx|fractions?)|\d+(?:\.\d+)?\s?(?:lpm|l/min)(?:\s(?:continuous|with exertion|nocturnal|at night))?|"
                       r"x\s?\d+\s?(?:visits?|sessions?|doses?|cycles?|infusions?|injections?|fills?|treatments?|procedures?|devices?|pairs?)"
                       r"(?:\s\d+\s?(?:d|days?|wks?|weeks?)\s?apart)?|"
                       # how long a device is rented, a trial runs or a stay lasts: "rental for 13 months", "x30d rental",
                       # "90 day compliance trial then purchase", "2 day inpatient stay"
                       r"(?:rental|rented|trial)\s(?:for|of)\s\d+\s?(?:d|days?|wks?|weeks?|mo|mos|months?)|"
                       r"x\s?\d+\s?(?:d|days?|wks?|weeks?|mo|mos|months?)\s(?:rental|trial|supply)|"
                       r"\d+[- ]?(?:d|day|wk|week|mo|month)s?\s(?:(?:inpatient|acute|observation)\s)?(?:stay|rental|supply|(?:compliance\s)?trial)"
                       r"(?:\s(?:then|followed by)\s(?:purchase|concurrent review|review|[a-z]+\s(?:review|purchase)))?|"
                       r"\d+[- ]?(?:days?|weeks?|months?)\sinitial(?:\s(?:then|followed by)\s(?:concurrent\s)?review)?|"
                       # a pack to start, then the monthly supply: "starter pack then 30d fills x3", "titration pack then 4 pens/mo"
                       r"(?:starter|titration)\s+pack(?:\s+(?:then|followed by)\s+(?:\d+[- ]?(?:d|day)\s+fills?|\d+\s?(?:pens?|tabs?|vials?)"
                       r"\s?/\s?(?:mo|month))(?:\s?x\s?\d+)?)?|"
                       # a count typed in words or digits: "three sensors a month", "two to three stages", "one night", "1 procedure"
                       r"(?:" + _COUNT_WORD + r"\s|\d+\s?)(?:more\s)?(?:sensors?|stages?|nights?|studies|study|procedures?|treatments?)"
                       r"(?:\s(?:a|per|each)\s(?:day|week|wk|month|mo|cycle))?|"
                       r"(?:up to\s)?(?:" + _COUNT_WORD + r"\s|\d+\s?)(?:(?:more|additional|further)\s)?(?:pens?|tabs?|processors?|tablets?|caps?|capsules?|vials?|syringes?|visits?|sessions?|units?|inhalers?|boxes|strips?|"
                       r"cycles?|infusions?|injections?|fills?|devices?|pairs?|patches|patch|per)"
                       # "forty sessions of ninety minutes at 2.4 atmospheres", "4 patches per session": each one's size
                       r"(?:\s(?:of|x)\s(?:\d+|" + _NUMBER_WORDS + r")\s?(?:minutes?|min|hours?|hrs?))?(?:\s(?:at|@)\s\d+(?:\.\d+)?\s?(?:atmospheres|ata|atm))?"
                       r"(?:\s(?:per|each|a)\s(?:session|treatment|visit|application))?"
                       # "24 visits over 12 weeks", "12 more visits over 6 wk", "16 sessions over 4 weeks 4 times a week": the course
                       r"(?:\s(?:over|across)\s(?:\d{1,2}|" + _NUMBER_WORDS + r")\s?(?:wks?|weeks?|mo|mos|months?)"
                       r"(?:,?\s(?:\d|" + _COUNT_WORD + r")\s?(?:x|times)\s?(?:a|per|/)\s?(?:wk|week))?)?"
                       # "one capsule every morning", "one tablet daily for 12 weeks": how often, and for how long
                       r"(?:\s(?:daily|nightly|weekly|bid|tid|qid|qhs|at bedtime|every (?:morning|evening|night|day)|(?:once|twice) a day)"
                       r"(?:\s(?:for|x)\s?\d+\s?(?:days?|weeks?|wks?|months?|mos?))?)?(?:" + _PER + r"|\s?\d+\s?(?:d|days?))?(?:\s?x\s?\d+\s?(?:cycles?|doses?|wk|wks|weeks?|mo|months?))?)(?![\w/])")
# a supply typed right after an item's code: "dressings A6550 15/mo", "breast pump (E0604) x3 mo"
# "kyphoplasty 22514 x1", "shoes A5500 x1 pair", "inserts a5513 x3 pairs/yr", "63650 x2 (2 leads)"
_CODE_SUPPLY = re.compile(r"\b(?:[A-Za-z]\d{4}|\d{5})(?:-(?:\d{2}|[A-Z]{2}))?\)?,?\s+(\d+\s?/\s?(?:mo|month|wk|week|d|day)|x\s?\d+(?:\s?"
                          r"(?:mo|mos|months?|wks?|weeks?|d|days?|pairs?|devices?|units?|treatments?|sessions?|procedures?|levels?|"
                          r"leads?)(?:\s?/\s?(?:yr|year|mo|month))?)?(?:\s?\(\d[^()]{0,30}\))?)(?![\w/])")
_FOLLOW_UP = re.compile(r"(?i)^(?:[a-z/&-]+\s){0,2}?(?:f/u\s|fu\s|clinic\s|in\s)?\d+(?:\s?-\s?\d+)?\s?(?:d|days?|wk|wks|weeks?|mo|mos|months?)\b")
_VISIT_AFTER = re.compile(r"(?i)(?:\s+\S+){0,3}?\s+(?:check|recheck|visit|appt|appointment|referral|review)$")
_INTERVAL_END = re.compile(r"(?i)\d\s?(?:d|days?|wk|wks|weeks?|mo|mos|months?)$")
# "s/p lap appy: keep incisions dry", "new CHF HFrEF: daily weights": a short heading that opens an instruction
_TOPIC_HEAD = re.compile(r"^([^:;,]{3,50}?):\s+(\S.{2,})$")
# "endo 6 wk w/ renin + lytes", "GI 6 mo with tTG-IgA": a visit and its interval, then what is done there
_VISIT_WITH = re.compile(r"(?i)\s+(?:w/|with|incl|including)\s")
# "clinic 2 wk for incision check + x-ray", "RD f/u 4 wk for reintroduction": the visit's purpose after its interval
_VISIT_FOR = re.compile(r"(?i)\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:[\w/+-]+\s+){0,2}?(?:check|recheck|review|removal|x-?rays?|"
                        r"reintroduction|fine-tuning|fitting|mapping|programming|re-?eval|re-?evaluation|re-?test|labs?)\b")
# a visit that recurs, typed with how often: "SLP 2x/wk", "swallow therapy 2x/wk", "voice therapy weekly for 8 weeks",
# "PT twice a week for 4 weeks starting next week", "adjustments + soft tissue work 1x/wk x4", "podiatry q2-3 mo"
_VISIT_RHYTHM = re.compile(r"(?i)^((?:[\w&/'-]+\s(?:\+\s)?){1,4}?)(?:\d\s?x\s?/\s?(?:wk|week|mo|month)|(?:once|twice|\d times|"
                           r"one time|two times|three times) (?:a|per) (?:week|wk|month)|weekly|every (?:other )?week|monthly|"
                           r"q\s?\d+(?:\s?-\s?\d+)?\s?(?:wk|wks|weeks|mo|mos|months))"
                           r"(?:\s?x\s?\d+(?:\s?(?:wk|wks|weeks?|visits?|sessions?))?|\s(?:for|x)\s(?:\d+|" + _NUMBER_WORDS
                           + r")\s(?:wk|wks|weeks?|mo|mos|months?)|\s(?:starting|from|beginning)\s(?:next|this|tomorrow|today)"
                           r"(?:\s(?:week|wk|month|mo))?|\s(?:for|to)\s[\w /+-]{1,40}|\s?,?\s?continues?)*\s*$")
_ON_MEDS = re.compile(r"(?i)(?:^|\s)(?:on|takes|taking|meds:?|home meds:?)\s+(?=[a-z])")
_DRUG_DOSE = re.compile(r"(?i)\s*(?:\+|and|,)?\s*([a-z][a-z-]{3,})(?:\s+(?:er|xl|sr|la|succ|succinate|tartrate))?(?:\s+\d[\d.]*\s?"
                        r"(?:mg|mcg|u|units|g)?)?(?:\s+(?:daily|bid|tid|qid|qhs|qd|qam|qpm|prn|weekly|wkly|q\d+h|q\d+wk|nightly))?"
                        # "semaglutide 1 mg wkly x1 yr (wt −7%, LSM unchanged)": how long, and how it went
                        r"(?:\s+x\s?\d+\s?(?:d|days?|wks?|weeks?|mo|mos|months?|yrs?|years?)(?![\w/]))?(?:\s?\([^()]{1,60}\))?(?![\w/])")
# a medicine typed first in its clause, with its dose: "belimumab IV 10 mg/kg q2wk", "— Wegovy (semaglutide) 0.25 mg weekly"
_DRUG_ASKED = re.compile(r"(?i)^[\s\u2014\u2013:>-]*([a-z][a-z-]{3,})(?:\s+\([^()]{2,40}\))?(?:\s+(?:iv|sc|sq|im|po|er|xr|xl|la|oral))?"
                         r"\s+\d[\d.,/]*\s?(?:mg|mcg|g|units?|u|ml|mg/kg)\b")
# "parathyroidectomy 60500 denied by <plan> as ...", "belbuca 300 mcg q12h denied": a service and the plan's denial
_SERVICE_DENIED = re.compile(r"(?i)^(?!(?:denial|denied|they|plan|payer|insurance|which|that|who|it|this|the|our|my|his|her|their|claim|request|coverage)\b)(.+?)\s+(?:was\s+|were\s+)?"
                             r"denied\b(?:\s+by\b[\s,;:()]*)?(.*)$")
# "approve upadacitinib 15 mg daily x12 mo", "overturn + approve bilateral tubes": the ask, naming what is asked for
_APPROVE_THIS = re.compile(r"(?i)^(?:(?:overturn|reverse)\s*(?:and|\+|&)\s*)?(?:approve|authorize|cover)\s+(?!(?:it|this|that|them|the|coverage|"
                           r"as|for|now|today|asap|and|payment|pay|all|remaining|more|additional|continued)\b|x\s?\d|\d)(.{3,80})$")
# a problem that is new or getting worse: why a patient with a known condition is sent now
_NEW_PROBLEM = re.compile(r"(?i)^(?:new|new-onset|new onset|worsening|progressive|increasing|recurrent|now with)\s+(?=\S)")
_NEW_PROBLEM_INSIDE = re.compile(r"(?i)(?<=\S)\s+(?:new|new-onset|worsening|progressive|increasing)\s+(?=[a-z])")
# "... albuterol prn aspirin causes wheeze ...": a medicine and what it does to the patient start a fact (an allergy)
_AGENT_DID = re.compile(r"(?i)(?:causes|caused|makes|made|gives|gave|triggers|triggered)$")
_AGENT_DID_RUN = re.compile(r"(?i)^([a-z][\w-]+\s+(?:causes|caused|makes|made|gives|gave|triggers|triggered)\s+(?:(?:him|her|them)\s+)?"
                            r"(?:(?:a|an|mild|severe)\s+)?[a-z]+)\s+(?!(?:and|\+|/|w/|with|in|after|or)\b)(\S.*)$")
_TRIED_OUTCOME = re.compile(r"(?i)\b(?:caused|gave|failed|stopped|intolerant|declined|held|no benefit|no response|"
                            r"not tolerated|did not|didn't)\b|→|->")
_IN_HOSPITAL = re.compile(r"(?i)\b(?:iv|ivf|gtt|drip|infusion|given|received|loaded|bolus|x\s?\d+\s?(?:d|days?|doses?))\b")
_SWITCHED = re.compile(r"(?i)(?:\bthen\b|\btransitioned to\b|\bswitched to\b|->|→|\bchanged to\b)")
# "metformin 850 bid → 500 bid", "lisinopril 20 daily to 10": a dose changed (its schedule may follow the first dose)
_TITRATED = re.compile(r"(?i)\d+(?:\.\d+)?\s?(?:mg|mcg|u|units)?(?:\s?(?:bid|tid|qid|qd|daily|qhs|nightly|weekly|q\d+h))?"
                       r"\s?(?:->|→|to)\s?\d+")
# "lisinopril held day 1 to 2 then resumed", "metformin held until eating, then restart": a home medicine paused
_HELD_RESUMED = re.compile(r"(?i)\b(?:held|hold|paused)\b.{0,60}?\b(?:resumed?|restarted?|resumes|restarts)\b")
# "no med changes", "no medications changed", "OT made no med changes", "no changes to her meds", "meds unchanged":
# the medicine list said to stay as it was, which is what a discharge's changed-medicines line records
# a therapy's outcome that says it fell short, typed after it: "night resting splint with little change", "school OT 30
# min a month without change", "ESI x4 w/o lasting benefit", "pumping for 4 days with little gain"; and a sentence that
# names past treatment ("his neck pain was treated in the past with PT and meloxicam")
_FELL_SHORT = re.compile(r"(?i)\b(?:with little (?:change|gain|improvement|benefit|effect)|without (?:any )?change|w/o change|"
                         r"(?:without|w/o|no) lasting (?:benefit|relief)|little benefit|(?:temporary|short-lived|brief) relief|"
                         r"treated in the past with)\b")
_NO_MED_CHANGE = re.compile(r"(?i)^(?:(?:(?:home\s+)?(?:meds?|medications?|medicines)\s*(?::{1,2}|>>|=|-)\s*)"
                            r"(?:[\w&/-]+\s+){0,2}?(?:(?:made|makes|had)\s+)?no\s+(?:(?:med(?:ication)?s?|medicines?)\s+)?"
                            r"(?:changes?|changed)"
                            r"|(?:[\w&/-]+\s+){0,3}?(?:(?:made|makes|with|had)\s+)?(?:no\s+(?:(?:home|other|new)\s+)?"
                            r"(?:med(?:ication)?s?|medicines?)\s+(?:changes?|changed|adjust(?:ments?|ed))"
                            r"|no\s+changes?\s+(?:to|in)\s+(?:(?:her|his|their|the|home|usual)\s+){0,2}(?:med(?:ication)?s|medicines)"
                            r"|(?:(?:her|his|their|all|usual|home|other)\s+)?(?:med(?:ication)?s|medicines)\s+(?:unchanged|not changed|the same)"
                            r"|no\s+(?:new\s+)?(?:med(?:ication)?s|medicines)\s+(?:from|by)\s+us"
                            # "no meds", "takes no medicines", "no medications from orthodontics": none taken, so the
                            # list stays as it was
                            r"|(?:(?:takes|taking|on)\s+)?no\s+(?:med(?:ication)?s|medicines)))"
                            r"(?:\s+(?:made|needed|during (?:the |this )?(?:stay|course|care|episode|admission)))?"
                            # "no med changes by optometry", "no medication changes per neurology": who made none
                            r"(?:\s+(?:by|from|per)\s+(?:us|the\s+team|[\w&/-]+(?:\s+[\w&/-]+)?))?$")
# "for elective R TKA in 6 wk", "for R TKA in 6 wk" (once "elective" is read as the urgency), "before planned lap chole":
# an operation to come, named with its date or as planned
_PLANNED_SURGERY = re.compile(r"(?i)^(?:for|before|pre-?op for|pre-?op before|prior to|ahead of|awaiting|scheduled for|planned for)\s+"
                              r"(?:an?\s+|her\s+|his\s+|the\s+)?(?:(?:elective|planned|scheduled|upcoming)\s+\S"
                              r"|(?:[\w/+&-]+\s+){1,4}?(?:in|on)\s+(?:~\s?)?\d+(?:-\d+)?\s?(?:d|days?|wk|wks|weeks?|mo|mos|months?)$)")
_NO_MEDICINE_NEEDED = re.compile(r"(?i)^no\s+(?:new\s+|other\s+|more\s+|further\s+)?(?:[\w-]+\s+)?(?:medicines?|medications?|meds|drugs?|"
                                 r"prescriptions?|antibiotics?|pills?|treatment)\s+(?:is\s+|are\s+)?(?:being\s+)?"
                                 r"(?:needed|started|required|necessary|prescribed|indicated)\b")
_MEDS_LABEL_OPEN = re.compile(r"(?i)(?:home\s+)?(?:meds?|medications?|medicines)\s*(?::{1,2}|>>|=|-)\s*(?:[\w&/-]+\s+){0,2}?"
                              r"(?:made|makes|had)?\s*")
_MEDS_CUE = re.compile(r"(?i)^(?!no\s+(?:meds?|medications?|medicines?)\s+chang)(?:on|meds:?|medications:?|current meds:?|takes|taking|no meds|no medications|no current meds|"
                       r"(?:her|his|the|current|home|her current|his current|her home|his home)\s+(?:medications|meds|medicines)\s+(?:are|include)|"
                       r"medications\s+(?:are|include)|(?:she|he|they)\s+(?:takes|is taking|are taking|is on|'s on)(?=\s+[a-z]))\b")
_FREQUENCY = re.compile(r"(?i)(?<![\w/])(?:q\s?\d+\s?(?:h|hr|hrs|d|days?|wk|wks|weeks?|mo|months?)|weekly|monthly|daily|nightly|bid|tid|qid|qhs|"
                        r"every (?:\d+|two|three|four|five|six|eight|twelve) (?:hours|days|weeks|months)|once (?:a|per) (?:day|week|month))(?:\s+x\s?\d+\s?(?:d|days?|wk|wks|weeks?|mo|months?))?(?![\w/])")
_DX_THEN_COURSE = re.compile(r"(?i)^(.{3,80}?)\s+(?=→|->|(?:adm|admitted|on|s/p|c/b|w/|with|treated|tx|got|then|needing|"
                             r"requiring|and he|and she)\b)")
_DX_THEN_LAB = re.compile(r"(?i)^(.{3,80}?)\s+(?=[a-z]{1,5}\s\d)")
_QUESTION_END = re.compile(r"\?\s*(?:[—–→|]|->|-\s|;)?\s*|\s(?:—|–|→|->|\|)\s")
_SPECIALTY_TAIL = re.compile(r"(?i)(?:\s(?:res|resident|residents|residency|clinic|team|service|svc|fellow|attending|pgy-?\d))+\b"
                             r"|\s?\((?=[a-z])[a-z][a-z &/-]{1,40}\)")  # "ortho (joint preservation)": a section of the service
_BRACKETED = re.compile(r" ?\(([^()]*)\)")
# "general neurology", "stroke neuro", "adult cardiology": which part of the service, typed before its name
_SPECIALTY_HEAD = re.compile(r"(?i)(?:\b(?:general|gen|stroke|adult|community|outpatient|inpatient|ambulatory|academic|"
                             r"vascular|interventional|pediatric|peds|transplant|sports|hospital)\s+(?:rehab\s+)?)$")
# a clinician typed by role before "to <specialty>": "clinical pharmacist (HIV clinic) to", "fm pgy2 ->", "midwife to",
# "hand therapist to", "pt \u2192" (a physical therapist only before an arrow: "pt to ortho" is the patient sent)
_ROLE_REFERRER = re.compile(r"(?i)^\s*(?:from\s+)?((?:[\w&/-]+\s+){0,4}?(?:pharmacist|pharmd|nurse|rn|np|pa|pa-c|fnp|dnp|aprn|pmhnp|"
                            r"midwife|resident|res|intern|fellow|pgy-?\d|dietitian|social worker|case manager|physician|doctor|"
                            r"hospitalist|\w+ologist|\w+iatrist|geriatrician|therapist|chiropractor|dietician|slp|ot|cota|pt)"
                            r"(?:\s?\([^()]{2,40}\))?)\s*$")
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
           r"seventeen|eighteen|nineteen|twenty|a few|a couple of|a couple)"
           r"(?:\s?(?:-|to|or)\s?(?:\d+|two|three|four|five|six|seven|eight|nine|ten))?")
# "he stayed three days", "we kept him 2 nights", "with us 4 days", "her two-day stay"
_LOS_PROSE = re.compile(r"(?i)\b(?:stayed|stay of|kept|kept (?:him|her|them)|with us|admitted|hospitalized|in (?:the )?hospital|"
                        # "she leaves after four days", "discharged after five days", "stay 4 days" in a run-on line
                        r"(?:leaves|left|leaving|discharged|goes home|going home|went home) after|stay|remained|"
                        r"(?:hospital )?stay was|length of stay(?: was| is| of)?)"
                        r"(?:\s+for)?\s+(" + _NUMBER + r"\s(?:days?|nights?))\b|\b(" + _NUMBER
                        + r"[- ](?:day|night))\s(?:stay|admission|hospitalization|hospital stay)\b")
# "going home with mom and dad", "she will go home to her husband", "discharged home": not "home on insulin"
# a stay typed as a clause of its own in a discharge line: "...; 6 days; ...", "1 night + 1 day (~30 h)"
# or after a label of its own ("Days in hosp- 4 days", "IRF days: 14 d", "total stay 9 days")
# a course of therapy in place of a stay: "8 visits over 8 weeks", "26 sessions/12 wk", "12 auditory training sessions over 6 mo"
_LOS_COURSE = re.compile(r"(?i)\b(?:(?:\d{1,3}|" + _NUMBER_WORDS + r")\s(?:[a-z-]+\s){0,2}?(?:visits?|sessions?|treatments?|appointments?)"
                         # "2 visits (pre-test + results) over 3 wk": what the visits were, said in passing
                         r"(?:\s?\([^()]{1,40}\))?"
                         r"\s?(?:over|in|across|/)\s?(?:\d{1,2}|" + _NUMBER_WORDS + r")\s?(?:wks?|weeks?|mo|mos|months?)\b"
                         # the length first: "13 wk, 6 adjustment visits", "over 30 months and 11 orthotic visits"
                         r"|(?:\d{1,2}|" + _NUMBER_WORDS + r")\s?(?:wks?|weeks?|mo|mos|months?)(?:,|\s+and)\s+(?:\d{1,3}|"
                         + _NUMBER_WORDS + r")\s(?:[a-z-]+\s){0,2}?(?:visits?|sessions?|treatments?|appointments?)\b)")
_BARE_STAY = re.compile(r"(?i)(?:(?:total\s+)?(?:stay|(?:irf|hospital|hosp|rehab|inpatient)\s+days|days\s+in\s+(?:the\s+)?"
                        r"(?:hosp|hospital|irf|rehab))\s*(?::{1,2}|-|=)?\s*)?"
                        r"((?:" + _NUMBER + r")\s?(?:d|days?|nights?)(?:\s?(?:\+|and)\s?(?:" + _NUMBER
                        + r")\s?(?:d|days?|nights?))?(?:\s?\([^()]{1,30}\))?)")
# "home atorvastatin 20 unchanged", "home meds resumed", "home torsemide 20 resumed": the patient's own medicines
# at home, not where the patient goes
_HOME_MED = re.compile(r"(?i)^home\s+(?:(meds?|medications?|medicines)\b|([a-z][a-z-]{3,})\b)")
_MED_GOES_ON = re.compile(r"(?i)\b(?:unchanged|resumed|restarted|continued|same)\b")
_ALLERGY_GOES_ON = re.compile(r"(?i)(\ballergic to [^,;.()\n]{2,40}),(?=\s+(?:which|that)\s+(?:gives?|gave|makes?|made|causes?|caused|"
                              r"triggers?|triggered)\b|\s+with\s+(?:(?:a|an|mild|severe)\s+)?(?:hives|rash|anaphylaxis|angioedema|"
                              r"swelling|wheez\w*|vomiting|itching)\b)")
_DISPOSITION = re.compile(r"(?i)(?:\b(?:he|she|they|pt|patient)(?:'s|\s+is|\s+are|\s+will)?\s+)?(?:\bwill\s+)?"
                          r"\b(?:go|goes|going|went|discharged|discharging|headed|heading|returns?|returning|back)\s+"
                          r"(?:in\s+(?:good|fair|stable|improved|satisfactory)\s+(?:condition|state)\s+)?(?:to\s+)?"
                          r"(home(?:\s+(?:with|to|w/)\s+(?:a|an|home|his|her|their|the|mom|dad|mother|father|parents?|family|wife|husband|"
                          r"partner|spouse|daughter|son|sister|brother|grand\w+|friend|caregivers?|infant|baby)\b[^,;.]*)?)"
                          r"(?=\s*(?:[,;.]|$|and\b))")
# "see the diabetes educator in two days", "office visit with me in a week", "check in the clinic tomorrow"
_FOLLOW_UP_PROSE = re.compile(r"(?i)\b(?:see|seen|sees|follow(?:s|ing)?[- ]?up|f/u|appointment|appt|visit|check|recheck|program|"
                              r"clinic)\b.*?\b(?:in\s+(?:" + _NUMBER + r"|a|an|the next)\s+(?:days?|weeks?|wks?|months?)|tomorrow|"
                              r"next week|this week)\b")
# How often, and for how long, a requested drug or service is given: "q2wk after 600mg load", "2x/wk x4 wk",
# "0.25 wkly x4 then 0.5 wkly", "q3wk x up to 35 cycles", "nightly from 16w to 36w", "daily for fourteen more days"
_FREQ = (r"(?:q\s?\d+\s?(?:h|hr|hrs|d|days?|wk|wks|weeks?|mo|mos|months?)|\d\s?x\s?/\s?(?:d|day|wk|week|mo|month)|"
         r"(?:once|twice|\d\s?x|(?:three|four|five|six|\d)\s(?:times|x))\s(?:a\s|per\s)?(?:day|daily|wk|wkly|week|weekly|month|monthly)|"
         r"weekly|wkly|daily|nightly|monthly|bid|tid|qid|qhs|qam|qpm|every other (?:day|week|wk|month|mo)|"
         r"every (?:\d+|two|three|four|five|six|eight|twelve) (?:hours|hrs?|days|d|weeks|wks?|months|mos?)"
         r"|(?:once|twice) (?:a |per )?(?:day|daily|week|weekly|month|monthly))")
_SCHEDULE_MORE = (r"(?:\s?x\s?(?:up to\s)?\d+\s?(?:cycles?|doses?|wk|wks|weeks?|mo|mos|months?|d|days?|fills?)?(?![\w/])"
                  r"|\s(?:after|following)\s\d+(?:\.\d+)?\s?(?:mg|mcg|units?|u)\s(?:load(?:ing dose)?|induction)"
                  r"|\sfrom\s\d{1,2}\s?w(?:ks?)?\s(?:to|until|through)\s\d{1,2}\s?w(?:ks?)?"
                  r"|\s(?:for|during)\s(?:" + _NUMBER + r"|" + _NUMBER_WORDS + r")\s(?:more\s)?(?:days?|weeks?|wks?|months?|mos?)"
                  # "then ↑2.5 mg q4wk", "then increase by 2.5 mg q4wk": the dose goes up on a set plan
                  r"|\sthen\s(?:(?:\u2191|\u2193|up|increase(?:d)?(?: by)?|decrease(?:d)?(?: by)?|titrate(?: by)?)\s?)?"
                  r"(?:\d+(?:\.\d+)?\s?(?:mg|mcg|units?|u)?(?:/kg)?\s)?" + _FREQ + r"(?![\w/])"
                  # "... to 15 mg maint", "... up to 2.4 mg maintenance": the dose it ends on
                  r"|\s(?:up\s)?to\s\d+(?:\.\d+)?\s?(?:mg|mcg|units?|u)(?:\s(?:maint(?:enance)?|max(?:imum)?|target|goal))?(?![\w/])"
                  r"|\s(?:each|every|per) cycle|\s\((?=[^)]*\d)[^()]{1,40}\))")
_SCHEDULE = re.compile(r"(?i)(?<![\w/])" + _FREQ + r"(?![\w/])(?:" + _SCHEDULE_MORE + r")+")
# a dose that changes on a set plan: "160mg wk0, 80mg wk2, then 40mg q2wk", "2 g/kg loading then 1 g/kg q3wk",
# "600mg IV wk0/4/8 → 360mg SC q8wk": the doses to start, then the one that goes on
_DOSE_AT = r"(?:\d+(?:\.\d+)?\s?(?:mg|mcg|g|units?|u)(?:/kg)?\s(?:(?:iv|sc|sq|im|po)\s)?)"
_TITRATION = re.compile(r"(?i)(?<![\w/])" + _DOSE_AT + r"?(?:(?:wk|week|day)\s?\d+(?:/\d+)*|load(?:ing)?(?:\sdose)?|induction)"
                        r"(?:,?\s" + _DOSE_AT + r"?(?:wk|week|day)\s?\d+(?:/\d+)*)*,?\s(?:then|followed by|→|->)\s"
                        + _DOSE_AT + r"?" + _FREQ + r"(?![\w/])")
# "X for Y": the request, then what it is for; not "for twelve weeks", "for 6 months" (how long it is given)
_FOR_DIAGNOSIS = re.compile(r"(?i)^(.+?)\s+for\s+(?!(?:" + _NUMBER + r"|" + _NUMBER_WORDS + r")\s(?:more\s)?"
                            r"(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b)(.+)$")
# a disease typed with how long she has had it or what came before: "SLE dx 3 yrs (ANA 1:640 ...)",
# "bronchiectasis (post-MAC, cx neg 18 mo)": past history, not the reason for this referral
_KNOWN_SINCE = re.compile(r"(?i)^(?!(?:new|acute|worsening|recurrent|increasing)\b)[a-z][\w/+-]*(?:\s+[\w/+-]+){0,4}?\s*"
                          r"(?:\((?=[^()]*\b(?:post|s/p|since|dx|diagnosed|h/o|hx|\d+\s?(?:yrs?|years?))\b)[^()]{2,80}\)"
                          r"|\b(?:dx|diagnosed)\s+\d+\s?(?:yrs?|years?|mo|mos|months?)(?:\s+ago)?(?:\s*\([^()]{2,80}\))?)$")
_SCHEDULE_ALONE = re.compile(r"(?i)" + _FREQ + r"(?:" + _SCHEDULE_MORE + r")*")
# a dose, its route and its schedule with no drug named: "2.5 mg SC weekly x4 wk then ↑2.5 mg q4wk to 15 mg maint"
_DOSED_SCHEDULE = re.compile(r"(?i)" + _DOSE_AT + r"(?:(?:iv|sc|sq|im|po|subcut|subcutaneously|by mouth)\s)?" + _FREQ
                             + r"(?:" + _SCHEDULE_MORE + r")+")
_FILLER = re.compile(r"(?i)\b(?:that's|that is|it's|it is|this is|there's|which|who|also|and|but|so|the|a|an|this|that)\b")
_DURATION = re.compile(r"(?i)^\s*(?:x\s?)?\d+\s?(?:d|days?|wks?|weeks?|mo|mos|months?|yrs?|years?)\b")


_IF_THEN = re.compile(r"(?i)(?:(?<=^)|(?<=[.;!?:]\s)|(?<=[.;!?:]))\s*if\b[^.;!?\n]{3,200}?"
                      r"(?:→|->|\b(?:go to|call|er|ed|911|nine one one|emergency|come in|come back|be seen)\b)[^.;!?\n]*")


# "Optum Behavioral (UHC) denied TMS x36 sessions ...", "refused the pulmonary rehabilitation ...": a plan's
# denial typed before the service (the payer itself is taken out of the text already)
_PAYER_DENIED = re.compile(r"(?i)^(.{0,60}?)\s*(?<![\w-])(?:denied|refused)\s+(?!(?:as|for|because|due|by|on|in|with|"
                           r"stating|saying|that|since|again|twice|it|this|coverage|twice)\b|[:=\-\u2014\u2013(])(?:the\s+)?(.{3,})$")
# who denies, named by role once the plan's name is read: "WC carrier AmTrust denied ...", "Zenith WC UR denied ..."
_PAYER_ROLE = re.compile(r"(?i)(?:(?:the|its|their|wc|ur|um|carrier|insurer|insurance|plan|payer|pbm|utilization|review|"
                         r"reviewer|workers'?|comp|compensation|health|dental|medical|pharmacy|benefit|manager)\s*)+")
# what follows "denied"/"refused" when it is not the service denied: a reason, a label's colon, who denied it
_NOT_A_SERVICE = re.compile(r"(?i)\s*(?:[:=\-\u2014\u2013(]|$)|\s*(?:as|for|because|due|by|on|in|with|stating|saying|that|since|"
                            r"after|again|twice|it|this|the request|coverage\b(?!\s+(?:of|for)))\b")


def _lead_phrase(clause: str, mapping: dict[str, str], r: Rules) -> tuple[str, int, int] | None:
    """The first phrase (``lead_phrases`` in shorthand.yaml) after which the rest of a clause is one
    class of fact: "so it's ...", "they said ...", "I am enclosing ..."."""
    best: tuple[str, int, int] | None = None
    for kind, rx in r.leads.items():
        if kind not in mapping:
            continue
        m = _requested(clause, r) if kind == "requested" else rx.search(clause)
        if m and kind == "denied_service" and _NOT_A_SERVICE.match(clause, m.end()):
            continue  # "denied: FVC below cutoff", "denied as not necessary", "refused by Aetna": a reason or who
        if m and kind == "denial" and m.group(0).strip().lower() in ("saying", "reason") \
                and not _DENIAL_BEFORE.search(clause[:m.start()]):
            continue  # "a letter from her employer saying she can't work": evidence, not what the plan said
        if m and m.end() < len(clause) and (best is None or m.start() < best[1]):
            best = (kind, m.start(), m.end())
    return best


_DENIAL_BEFORE = re.compile(r"(?i)\b(?:denied|denial|denies|denying|ref|reference|case|claim)\b")
_DENIED_BECAUSE = re.compile(r"(?i)\s+(?:stating|saying|claiming|as|because)\s+(?:that\s+)?(?=\S)")
_NOT_THE_REQUEST = re.compile(r"(?i)\s*(?:(?:a|an|the|this)\s+)?(?:(?:standard|expedited|urgent)\s+)?(?:prior\s+)?(?:auth\b|authorization|"
                              r"pa\b|review|approval|that|to\b|from\b|meets|follows|is\b|was\b|it\b|them\b|you\b|him\b|her\b|us\b)|\s*$")


def _requested(text: str, r: Rules) -> re.Match[str] | None:
    """"request Jardiance 10 mg", "req home health RN": the verb before what is asked for; not "the request
    meets ...", nor "requesting prior authorization from ..." (a preamble)."""
    rx = r.leads.get("requested")
    for m in rx.finditer(text) if rx else ():
        if _NOT_THE_REQUEST.match(text, m.end()) or (not m.group(0).lower().endswith((" of", " for"))
                                                     and re.search(r"(?i)\b(?:the|this|my|our|a)\s*$", text[:m.start()])):
            # "an expedited review of X", "a prior authorization for X": the article goes with the review, not the ask
            continue
        return m
    return None


def _lab_runs(clause: str, r: Rules) -> list[str]:
    """"... new DOE x4 mo HRCT NSIP FVC 68% DLCO 41% PFTs 1 yr ago ...": a run of tests with their values typed
    inside a run-on clause is a fact of its own (the results), cut from the words around it."""
    if r.lab_run is None or not any(ch.isdigit() for ch in clause):
        return [clause]
    out, at = [], 0
    for m in r.lab_run.finditer(clause):
        out.append(clause[at:m.start()])
        out.append(m.group(0))
        at = m.end()
    out.append(clause[at:])
    return [x.strip() for x in out if x.strip(" ,;.")]


def _is_result(clause: str, r: Rules) -> bool:
    """A test and its value: "hgb 9.1", "RF+", "+FIT", "ESS 15", "MRI small vessel dz", "AMH low"."""
    low = clause.lower()
    if _DURATION.match(low):
        return False
    if r.lab_run is not None and r.lab_run.fullmatch(clause.strip()):
        return True  # "ferritin 6 MCV 71": tests and values, though ferritin is also sold as a medicine
    if r.spoken_result and r.spoken_result.search(clause):
        return True  # "potassium came back at six point two": a test, though potassium is also a medicine
    first = re.findall(r"[a-z][a-z0-9-]+", low)[:1]
    if first and first[0] in r.drugs:
        return False
    tests = ("ct", "mri", "xray", "x-ray", "cxr", "echo", "tte", "ett", "ecg", "ekg", "us", "ultrasound", "mammo",
             "colo", "egd", "endoscopy", "colonoscopy", "biopsy", "biopsies", "bx", "labs", "ua", "path", "smear", "pft",
             "pfts", "psg", "holter", "eeg", "emg")
    return bool(_LAB.search(clause)) or (bool(first) and first[0] in tests)


def _is_condition(clause: str, r: Rules) -> bool:
    """A short clause that is a known condition abbreviation ("copd", "DM2", "AF"): history."""
    words = clause.split()
    if any(re.fullmatch(r"[<>]?\d+(?:[./]\d+)+%?|[<>]?\d{2,}%?", w) for w in words):
        return False  # "BP 142/90", "EF 35%": a measurement, not the condition
    return 0 < len(words) <= 2 and any(w.upper() in r.abbreviations or w.upper().rstrip("0123456789") in r.abbreviations
                                      for w in words if len(w) >= 2 and not w.isdigit())


def _is_medication(clause: str, r: Rules) -> bool:
    low = clause.lower()
    if low.startswith(("on ", "meds", "takes ", "taking ", "current ")) or low in ("no meds", "no medications", "none"):
        return True
    words = re.findall(r"[a-z][a-z-]{3,}", low)
    return any(w in r.drugs for w in words) and (bool(_DOSE.search(clause)) or bool(re.search(r"\b\d", clause))
                                                   or len(words) <= 3)


# an appeal's opening in prose, up to the service ("This is an expedited appeal at the second internal level to
# <payer> of denial <ref>,", "Please prepare an appeal to <payer> of its denial", "this is our first internal appeal to
# <payer> for claim <ref> which denied"): the ask, its level and its plan, no fact of its own
_OPENER_HEAD = (r"(?:this|it|is|an|a|our|my|the|please|pls|kindly|prepare|write|draft|send|file|submit|accept|i|we|i'm|"
                r"m|am|are|calling|writing|filing|here|letter|expedited|urgent|standard|first|second|third|1st|2nd|3rd|"
                r"internal|external|level|first-level|second-level)")
_OPENER_TAIL = (r"(?:to|of|its|their|the|a|an|denial|denied|which|that|for|on|claim|at|level|internal|external|first|"
                r"second|1st|2nd|expedited|standard|urgent|regarding|about|against|with|request|review|reconsideration|"
                r"'s|s)")
_APPEAL_OPENER = re.compile(r"(?i)^(?:" + _OPENER_HEAD + r"(?![\w'-])[\s,]*)*(?:appeal|redetermination|reconsideration)"
                            r"(?:\s+request)?(?![\w'-])(?:[\s,()]*" + _OPENER_TAIL + r"(?![\w'-]))*[\s,()]*"
                            # "this is our second level appeal to": the level, read first, took the appeal with it
                            r"|^this is (?:our |my |an? )?to(?:[\s,()]+" + _OPENER_TAIL + r"(?![\w'-]))*[\s,()]*")


# "admitted to the burn unit with", "admitted through the emergency department with", "admitted to acute inpatient
# rehabilitation for": where the patient was admitted, between "admitted" and what for
_ADMITTED_TO = re.compile(r"(?i)\b(admitted)\s+(?:to|through|via|from|on|under)\s+(?:the\s+|our\s+|an?\s+)?(?:[\w&/'-]+\s+){0,4}?"
                          r"(?:service|unit|department|dept|ed|er|icu|micu|sicu|nicu|picu|ward|floor|hospital|rehabilitation|"
                          r"rehab|team|medicine|surgery|observation|obs)\s+(with|for|after)\b")


# the visit typed last in a long run-on line: "metabolic clinic in 2 weeks with the dietitian", "PT twice a week for 4
# weeks starting next week", "programming visits at 1 week 1 month and 3 months", "voice therapy weekly for 8 weeks"
_TAIL_VISIT = re.compile(r"(?i)(?<![\w/-])((?:[a-z&][\w&-]*\s+)?([a-z][\w/-]*)\s+(?:again\s+)?"
                         r"(?:(?:in|at|every)\s+)?(?:" + _NUMBER + r"(?:\s?(?:-|to)\s?" + _NUMBER + r")?\s*(?:days?|d|weeks?|wks?|months?|mos?)\b"
                         r"|weekly|twice (?:a|per) week|once (?:a|per) week|\d\s?x\s?/\s?(?:wk|week))[^.;!?]{0,80}?)\W*$")


def _tail_visit(text: str, values: dict[str, str], r: Rules) -> None:
    """"... go to the ER if he is hard to wake metabolic clinic in 2 weeks with the dietitian": a long unpunctuated
    line that ends with a visit, and no follow-up found, has its follow-up at the end, read as the end of another field"""
    text = text.strip()
    if len(text) < 200 or re.search(r"[.;!?]", text[-160:]):
        return
    tf = _TAIL_VISIT.search(text)
    if not tf or tf.group(2).lower() not in r.visit_words:
        return
    visit = tf.group(1).strip()
    for name, value in values.items():
        if value.rstrip(" .").endswith(visit) and value.rstrip(" .") != visit:
            values[name] = value.rstrip(" .")[:-len(visit)].rstrip(" ,")
            values["follow_up"] = visit
            return


# what follows "for" when it is the patient or a span, not what the service treats: "for a 49M", "for 3 wk"
_FOR_PATIENT = re.compile(r"(?i)(?:a|an|this|the|her|his|my|our|pt|patient|him|them|"
                          r"\d{1,3}\s?(?:yo|y/o|[mf]|years?|yrs?|-year|months?|mos?|wks?|weeks?|days?|d|h|hrs?|hours?))\b")


def _service_for_procedure(head: str, rest: str, r: Rules) -> bool:
    """"general anesthesia for brain MRI", "MAC for cataract surgery", "inpatient admission for 3-level ACDF": a
    service given for a procedure is asked for with the procedure, which is not the diagnosis"""
    return bool(r.service_for and r.service_for.search(head.strip())
                and not _FOR_PATIENT.match(rest.strip()))


def _names_procedure(clause: str, r: Rules) -> bool:
    """A procedure named in a clause that also reads as a result or as nothing: the words that make it one
    (``over_results`` under the procedure cue) decide, so a scan or a lab value stays the hospital course."""
    low = f" {clause.lower()} "
    return any(w in low for w in r.cues.get("procedure", {}).get("over_results", ()))


# a fact of the stay or of the plan, not more of the diagnosis: a number with a unit or a count, a drug, a procedure
_NOT_DIAGNOSIS = re.compile(r"(?i)\b(?:\d+\s?(?:d|days?|h|hrs?|wks?|weeks?|mg|mcg|g|units?|u|ml|l|x)\b|x\s?\d|pod\s?#?\d|hd\s?\d|"
                            r"los|home|d/c|dc|f/u|fu|follow|started|stopped|given|weaned|treated|placed|removed|pending|nkda)\b")


def _continues_diagnosis(clause: str, r: Rules) -> bool:
    """"78F mechanical fall, L hip fx, s/p ...", "uti, uncomplicated": a short clause right after the first
    diagnosis that names no treatment, test value, drug or procedure is more of the same diagnosis."""
    return (len(clause.split()) <= 5 and not _NOT_DIAGNOSIS.search(clause) and not _names_drug(clause, r)
            and not _names_procedure(clause, r) and classify(clause, r) is None and not _is_result(clause, r))


def _visit_rhythm(clause: str, r: Rules) -> bool:
    """"SLP 2x/wk", "voice therapy weekly for 8 weeks": a service or therapy seen on a rhythm (not a step: "ice 3x/day")."""
    m = _VISIT_RHYTHM.match(clause.strip())
    if not m:
        return False
    words = m.group(1).lower().replace("+", " ").split()
    head = " ".join(words)
    return any(w in r.visit_words for w in words) or any(rx.search(head) for t, rx in r.specialty_rx if t in head)


def _names_drug(clause: str, r: Rules) -> bool:
    return any(w in r.drugs for w in re.findall(r"[a-z][a-z-]{3,}", clause.lower()))


# a treatment and how many times or how long it was given, nothing else: "CSI x2", "TCC x10 wk", "PT 24 visits",
# "CBT 16 sessions", "bevacizumab x4", "zoledronic acid x1 (acute phase rxn, then new fx)"
_TRIED_COUNT = re.compile(r"(?i)^(?!(?:approve|approval|reverse|pay|authorize|cover|request|requesting|req|plan|needs?|used|"
                          r"only|additional|more|another|up to|then)\b)([a-z][\w/+.-]*(?:\s+(?!x\s?\d)[\w/+.-]+){0,4}?)\s+"
                          r"(x\s?\d+(?:\s?(?:d|days?|wks?|weeks?|mo|mos|months?|yrs?|years?))?|\d+\s(?:visits|sessions))"
                          r"(?:\s*\([^()]{1,80}\))?$")


def _tried_count(clause: str, r: Rules) -> re.Match[str] | None:
    """A treatment typed with its count or its length alone, when its words name a medicine or a therapy (not
    "falls x4", "hives most days x14 mo")."""
    m = _TRIED_COUNT.match(clause)
    if not m:
        return None
    head = m.group(1).lower()
    words = re.findall(r"[a-z][a-z0-9/-]*", head)
    if _names_drug(head, r) or any(w in r.therapy_words for w in words) or any(
            w.endswith(t) for w in words for t in ("therapy", "therapies", "injections", "injection")):
        return m
    return None


def skill_map(skill: Any) -> dict[str, str]:
    """Where each class of clause goes for this skill (``skills:`` in shorthand.yaml)."""
    return rules().skills.get(skill.name, {})


# "X? no, Y", "X? no — Y", "X no wait Y", "X, I mean Y": the clinician corrected X to Y
_CORRECTION = re.compile(r"(?i)\?\s*no\b(?:\s*(?:[,:\u2014\u2013]|--?)|(?=\s+(?-i:[A-Z0-9]))"
                         # "expedited? no standard": a review type or urgency corrected without a mark
                         r"|(?=\s+(?:standard|expedited|routine|urgent|emergent|stat)\b)"
                         # "to lymphedema clinic? no to plastic surgery": a destination corrected to a destination
                         r"|(?=\s+(?:to|\u2192|->)\s))\s*"
                         r"|[,;]?\s*\bno,?\s+wait\b\s*[,:\u2014\u2013-]?\s*|[,;]?\s*\b(?:i mean|scratch that)\b\s*[,:]?\s*")
# words that only say a code follows: "diagnosis codes", "dx code", "ICD-10", "codes"
_CODE_LABEL = re.compile(r"(?i)\b(?:(?:the\s+)?(?:diagnosis|dx|icd(?:-?10)?(?:-cm)?)(?:\s+codes?)?(?:\s+(?:is|are))?|codes?)\b")
_CORRECTED_CODE = re.compile(r"(?:[A-TV-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?|\d{4}[0-9FTU]|[A-V]\d{4})\s*$")
# the words a correction replaces run back to the last label, comma, bracket, fragment separator or linking word
_CORRECTED_TAIL = 200  # characters before a correction that are read for what it replaces
_CORRECTING_CODE = re.compile(_CORRECTED_CODE.pattern[:-4] + r"(?![\w.])")
# "LOS 4? no, 5 d", "97750 x12? no, x16 units", "3 nights? no - 4 nights", "57F? no, 59F": a number corrected by a
# number replaces only the number (and the unit typed after it), not the label or code before it
_CORRECTED_NUMBER = re.compile(r"(?i)(?<![\w.])[x#~]?\d[\d.,/-]*(?:-?[a-z°%]{1,5})?(?:\s+[a-z]{1,6})?\s*$")
_CORRECTING_NUMBER = re.compile(r"[x#~]?\d")
_CORRECTED_SPAN = re.compile(r"(?i)^.*(?:[:=,;(|>\u2192]|\s-\s|\s\u2014\s|(?<![\w/])(?:to|for|with|is|was|on|of)\s)\s*"
                             r"((?:[^\s:=,;(|>\u2192]+\s+){0,3}[^\s:=,;(|>\u2192]+)\s*$")


def _corrected(text: str, r: Rules, *, answers: bool = False) -> str:
    """Keep what the clinician corrected to: "Caremark no wait Medi-Cal Rx" is Medi-Cal Rx, "F90.0? no, F90.2"
    is F90.2, "to neurology, no wait, neurosurgery" is neurosurgery. In a reply to a patient ("answers"), a
    "? no," is the answer, not a correction."""
    out = text
    for m in reversed(list(_CORRECTION.finditer(text))):
        if answers and m.group(0).lstrip().startswith("?"):
            continue
        # what a correction replaces is a few words long: only the end of the text before it is read, so a
        # line of many corrections costs the same per correction, whatever its length
        before = out[max(0, m.start() - _CORRECTED_TAIL):m.start()]
        offset = m.start() - len(before)
        span = None
        cm = _CORRECTED_CODE.search(before)
        if cm and _CORRECTING_CODE.match(out, m.end()):
            span = offset + cm.start()
        if span is None and out[m.end():m.end() + 2].startswith(("\u2192", "->")):
            # "PT -> vascular? no - -> PCP": a corrected destination replaces the destination before it
            arrow = max(before.rfind("\u2192"), before.rfind("->"))
            if arrow >= 0 and not re.search(r"[,;:|(]", before[arrow:]):
                span = offset + arrow
        if span is None and _CORRECTING_NUMBER.match(out, m.end()) and (nm := _CORRECTED_NUMBER.search(before)):
            span = offset + nm.start()
        if span is None:
            # "Blue Shield of CA? no - Anthem CA": a payer corrected to a payer replaces the whole name
            low, after = before.lower(), out[m.end():m.end() + 60].lower()
            if any(after.startswith(p) and not after[len(p):len(p) + 1].isalnum() for p in r.payers):
                starts = [low.rfind(p) for p in r.payers if p in low[-60:]]
                starts = [i for i in starts if i >= 0 and (i == 0 or not low[i - 1].isalnum())
                          and not re.search(r"[,;:|(\u2014]", low[i:])]
                if starts:
                    span = offset + min(starts)
        if span is None and (sm := _CORRECTED_SPAN.search(before)):
            span = offset + sm.start(1)
        if span is None and len(out[:m.start()].split(maxsplit=2)) <= 2:
            span = 0  # "bronchiolitis? no, RSV+": the line opened with what was corrected
        if span is None:
            low = before.lower()
            for name in (*r.payers, *r.specialties, *r.urgency):
                if low.endswith(name) and (m.start() == len(name) or not low[-len(name) - 1].isalnum()):
                    span = m.start() - len(name)
                    break
        if span is None:
            words = re.findall(r"[A-Za-z][\w-]*$", before)
            if words and words[0].lower() in r.drugs:
                span = m.start() - len(words[0])
        if span is None:
            continue
        rest = out[m.end():].lstrip()
        if re.search(r"(?i)(?:(?<![\w-])to|\u2192|->)\s*$", out[:span]):
            rest = re.sub(r"(?i)^(?:to\b|\u2192|->)\s*", "", rest, count=1)  # "chiro to ortho? no — to pcp": one "to"
        out = out[:span].rstrip() + " " + rest
    return out


# Dictation software that types the punctuation it hears: "... on telemetry comma no symptoms period echo ...".
# Only where the line is dictated (two or more spoken marks), and never "her period", "a washout period".
_SPOKEN_MARK = re.compile(r"(?i)(?<=\w)[ \t]+(comma|period|full stop|semicolon|question mark)(?![\w'])[ \t]*")
_NOT_SPOKEN = re.compile(r"(?i)(?:\b(?:her|my|your|their|menstrual|last|first|missed|no|a|the|washout|grace|trial|"
                         r"waiting|refractory|incubation|postpartum|neonatal|perinatal)\s*)$")
_SPOKEN_AS = {"comma": ", ", "period": ". ", "full stop": ". ", "semicolon": "; ", "question mark": "? "}
# A phone autocorrection fixed with a star: "kleenex *keflex", "80 *160mg", "l20.89 *L20.9": the starred word
# replaces the nearest word before it of the same kind (letters or digits).
_STARRED = re.compile(r"(?<=\S)\s+\*(?=[A-Za-z0-9])")


def _last_words(text: str, end: int, n: int) -> list[tuple[int, str]]:
    """The last ``n`` whitespace-separated words before ``end``, nearest first, with their offsets: read
    backwards, so a line of many starred fixes is not rescanned from its start for each."""
    out: list[tuple[int, str]] = []
    i = end
    while len(out) < n:
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i == 0:
            break
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        out.append((j, text[j:i]))
        i = j
    return out


def spoken(text: str) -> str:
    """A dictated line's spoken punctuation typed as marks, and starred autocorrections applied."""
    if not text:
        return text
    marks = list(_SPOKEN_MARK.finditer(text))
    if len(marks) >= 2:
        out, last = [], 0
        for m in marks:
            if m.group(1).lower() == "period" and _NOT_SPOKEN.search(text[max(0, m.start() - 20):m.start()]):
                continue
            out += [text[last:m.start()], _SPOKEN_AS[m.group(1).lower()]]
            last = m.end()
        text = ("".join(out) + text[last:]).strip()
    if "*" in text:
        for m in reversed(list(_STARRED.finditer(text))):
            fix = text[m.end():m.end() + 1]
            for start, word in _last_words(text, m.start(), 3):
                if word[0].isdigit() == fix.isdigit() and word[0].isalnum():
                    text = text[:start] + text[m.end():]
                    break
            else:
                text = text[:m.start()] + " " + text[m.end():]
    return text


def extract(skill: Any, text: str) -> dict[str, str]:
    """Labelled segments first (``field: value``), shorthand rules for the rest."""
    text = spoken(text)
    if text and _CORRECTION.search(text):
        text = _corrected(text, rules(), answers=skill.name == "patient-message")
    labelled, leftover, intro = skill.labelled_with_intro(text)
    labelled, moved = _unlabel_tail(skill, labelled, loose=not re.search(r";|\n|\s\|\s", normalise_layout(text)),
                                    intro=intro)
    if moved:
        leftover = "; ".join(x for x in (leftover, *moved) if x)
    if "patient" in labelled and skill_map(skill).get("history") == "history" and (am := AGE_SEX_RX.search(labelled["patient"])):
        # "Patient= 29F, ICU nurse", "PT:: 58F R-dominant, retired seamstress": what the patient does, typed with the age,
        # is history; the label keeps the age and sex
        r = rules()
        rest = [x.strip() for x in re.split(r",\s*|;\s*", labelled["patient"][am.end():]) if x.strip()]
        jobs = [x for x in rest if r.occupation and len(x.split()) <= 6 and r.occupation.fullmatch(x)
                or re.fullmatch(r"(?i)(?:r|l|right|left)[- ](?:dom(?:inant)?|handed)", x)]
        if jobs and len(jobs) == len(rest):
            labelled["patient"] = labelled["patient"][:am.end()].strip(" ,;")
            leftover = "; ".join(x for x in (leftover, *jobs) if x)
    found = extract_shorthand(skill, leftover, labelled=frozenset(labelled))
    values = dict(labelled)  # what the clinician labelled comes first
    # codes typed inside a labelled value ("service: home oxygen E1390") also fill the code fields
    mapping = skill_map(skill)
    for kind, rx in (("icd10", _ICD10), ("service_codes", _CPT)):
        target = mapping.get(kind)
        if target and target not in labelled:
            codes = [m.group(0) for name, value in labelled.items() for m in rx.finditer(value)]
            if codes:
                found.values[target] = join(found.values.get(target, ""), "; ".join(codes), False)
    qty = mapping.get("quantity")
    if qty and qty not in labelled and qty not in found.values:
        # "SERVICE:: botox J0585 x50 units", "DEVICE- custom AFO L1960 x1": the count typed after a code inside a
        # labelled value is how much of the coded item is asked for
        counts = [cm.group(1) for name, value in labelled.items() for cm in _CODE_SUPPLY.finditer(value)]
        if counts:
            found.values[qty] = "; ".join(counts)
    multiline = {f.name: f.multiline for f in skill.fields}
    for name, value in found.values.items():
        values[name] = join(values.get(name, ""), value, multiline.get(name, False))
    if mapping.get("follow_up") == "follow_up" and "follow_up" not in values and "follow_up" in multiline:
        _tail_visit(leftover, values, rules())
    # "dupilumab 300mg q2wk": how often is also the quantity a plan reviews, when no count was typed
    target = mapping.get("quantity")
    lead_value = values.get(mapping.get("lead", ""), "")
    if target and target not in labelled and (sm := _TITRATION.search(lead_value) or _SCHEDULE.search(lead_value)):
        # "ozempic 0.25 wkly x4 then 0.5 wkly", "q2wk after 600mg load": the schedule typed with the request
        values[target] = join(sm.group(0).strip(), values.get(target, ""), False)
    if target and target not in values and values.get(mapping.get("lead", "")):
        fm = _FREQUENCY.search(values[mapping["lead"]])
        if fm:
            values[target] = fm.group(0).strip()
    review = mapping.get("urgency_expedited")
    if review and review in labelled:  # "PRIORITY: urgent review", "Review:: routine": the plan's two review types
        typed = next((r for t, rx in rules().urgency_rx if (r := rules().urgency[t]) and rx.search(values[review])), None)
        if typed and values[review].lower() not in ("standard", "expedited"):
            values[review] = "standard" if typed == "routine" else "expedited"
    level = mapping.get("appeal_level")
    if level and level in labelled:  # "Level: 1st level", "level: second.": the canonical level
        lv = _appeal_level(values[level])
        if lv:
            values[level] = lv
    return skill.clean(values)


def _appeal_level(text: str) -> str | None:
    low = text.lower()
    if "external" in low or "iro" in low.split() or "imr" in low.split() or "independent medical review" in low:
        return "external review"
    # "Appeal lvl:: 2", "Level: I": a bare number under the label is the level
    if re.search(r"\b(?:1st|first|one|redetermination)\b", low) or re.fullmatch(r"\s*(?:1|i)\s*\.?", low):
        return "first-level internal"
    if re.search(r"\b(?:2nd|second|two)\b", low) or re.fullmatch(r"\s*(?:2|ii)\s*\.?", low):
        return "second-level internal"
    return None


def _unlabel_tail(skill: Any, labelled: dict[str, str], *, loose: bool,
                  intro: dict[str, str] | None = None) -> tuple[dict[str, str], list[str]]:
    """"next: BP check in 2 wk. call if ankle swelling": when labels are typed inline, sentence by
    sentence, a label covers its own sentence and later ones go back to the shorthand rules ("call
    if ..." is safety-net advice). When segments are split by ";" or lines, a segment stays with its
    label except sentences a cue places elsewhere ("call if ...")."""
    r = rules()
    mapping = skill_map(skill)
    out: dict[str, str] = {}
    moved: list[str] = []
    for name, value in labelled.items():
        how = (intro or {}).get(name, "")
        # "adm for IOL. d/c dx: preE, anemia. pLTCS d1 ...": a label opening a sentence covers that sentence
        own_sentence = loose or how == "."
        # "answer: can return after 24h, wash hands, call if ...": a label inside a run of clauses covers
        # the clauses no cue places elsewhere
        comma = how == ","
        if name == "question":  # "q: ok on MTX? → yes, non-live": the question ends where the answer starts
            qm = _QUESTION_END.search(value)
            if qm and value[qm.end():].strip():
                moved.append(value[qm.end():].strip())
                value = value[:qm.start() + (1 if qm.group(0).startswith("?") else 0)].strip()
        # "answer: yes it is safe; schedule at pharmacy; call if rash": each ";" part is looked at too
        splitter = r"(?<=[.!?])\s+(?=\S)|\s*;\s+|\s+\|\s+" if not loose else r"(?<=[.!?])\s+(?=\S)"
        sentences = [x for x in re.split(splitter, value) if x]
        kept = sentences[:1]
        if comma and sentences:  # the label's own sentence: its clauses stay unless a cue opens one
            pieces = re.split(r",\s+", sentences[0])
            kept = [", ".join([pieces[0]] + [p for p in pieces[1:] if not _placed_elsewhere(p, name, mapping, r)])]
            moved += [p for p in pieces[1:] if _placed_elsewhere(p, name, mapping, r)]
        for sentence in sentences[1:]:
            kind = classify(sentence, r, starts_only=not own_sentence)
            target = mapping.get(kind) if kind else None
            if (own_sentence or comma or name == mapping.get("explain")) and target is None and _is_medication(sentence, r):
                # "explain: the breastbone takes 6 wk to knit; aspirin 81 daily, metoprolol 12.5 bid": what the illness
                # is has its own sentence; a medicine list typed after it is the medicines
                target = mapping.get("medications")
            if target is None and (lp := _lead_phrase(sentence, mapping, r)) and lp[1] == 0:
                target = mapping.get(lp[0])  # "dx: ...; request X": the request opens a fact of its own
            if target is None and name == mapping.get("results") and "procedure" in mapping \
                    and _names_procedure(sentence, r):
                target = mapping["procedure"]  # "course: vanc IV; BCx cleared d3; arthroscopic washout HD2": an operation
            if target is None and name != mapping.get("follow_up") and "follow_up" in mapping \
                    and (fu := _FOLLOW_UP.match(sentence)) and (_INTERVAL_END.search(sentence) or _VISIT_AFTER.match(sentence, fu.end())
                                                             or _VISIT_FOR.match(sentence, fu.end())):
                target = mapping["follow_up"]  # "allergies: codeine (hives); pain clinic 1 wk, pcp 2 wk": the visits
            if target in (None, name) and name != mapping.get("follow_up") and "follow_up" in mapping \
                    and _visits_sentence(sentence, r):
                target = mapping["follow_up"]  # "explain: ...; gland imaging visit in 3 mo", "...; peds dentist 2 wk, 3-mo recall"
            if target is None and name != "follow_up" and mapping.get("follow_up") == "follow_up" and _visit_rhythm(sentence, r):
                target = "follow_up"  # "explain: ...; SLP 2x/wk": the therapy visits to come, not more of the label's
            if target is None and not own_sentence and name == mapping.get("explain") and "steps" in mapping \
                    and not _TELLS_WHY.search(sentence):
                target = mapping["steps"]  # "explain: ...; shower daily, pat dry; lid wipes nightly": what to do, not why
            if target is None and not own_sentence and _stands_alone(sentence, r):
                target = "(inline)"  # "allergies: PCN; routine; meds aspirin 81": facts of their own
            if how == "~" and not loose:  # a key typed inside a clause covers that clause only
                moved.append(sentence)
            elif own_sentence:  # labels typed inline, sentence by sentence: a label covers its own sentence
                (kept if target == name else moved).append(sentence)
            else:  # labelled segments split by ";" or lines: the segment is the clinician's
                (moved if target and target != name else kept).append(sentence)
        out[name] = ("; " if not loose else " ").join(kept)
    return out, moved


# a visit to come, typed as a short part of its own: what is seen or checked, and when ("clinic in 2 wk", "spacer check
# every 6 mo with cleanings", "gland imaging visit in 3 mo", "peds dentist 2 wk", "3-mo recall", "RT check at next visit")
_VISIT_WHEN = re.compile(r"(?i)(?:\b(?:in|at|every|q)\s*)?(?<![\d.])\d+(?:\s?-\s?\d+)?\s?-?(?:d|days?|wk|wks|weeks?|mo|mos|months?|yr|yrs|years?)\b"
                         r"(?!\s*(?:ago|prior|before|earlier|old|postpartum|post-?op|pp)\b)"
                         r"|\b(?:in|at|every)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)\s+"
                         r"(?:days?|weeks?|months?|years?)\b|\bat (?:the |his |her |your )?next (?:visit|appointment|appt)\b")
_VISIT_NOUN = re.compile(r"(?i)\b(?:check|recheck|check-?up|visit|appt|appointment|review|recall|clinic|follow-?up|f/u|"
                         r"re-?eval(?:uation)?)\b")
# a referral or booking already made, told with the visits: "cardiac rehab referral sent", "sleep study appt booked"
_VISIT_SENT = re.compile(r"(?i)\b(?:referral|consult|appointment|appt|visit)s?\s+(?:(?:has been|was|is|already)\s+)?"
                         r"(?:sent|placed|made|faxed|booked|scheduled|requested)\b")
_NOT_A_VISIT = re.compile(r"(?i)^(?:call|er|ed|911|go|no|not|avoid|if|don't|do not|never|stop|take|give|keep|use|until|for|"
                          r"after|wait|within|pain|fever|bleeding|swelling)\b")


# a sentence that tells the patient why or what happens (a subject and its verb), not what to do: "it heals in
# 24-72 h", "the valve lets air vibrate the throat", "hand tingling may take weeks to fade", "levels fall once ..."
_TELLS_WHY = re.compile(r"(?i)^(?:it|its|they|this|that|these|those|there|we|most|many|some)\b|\b(?:is|are|was|were|can|can't|"
                        r"cannot|may|might|will|won't|could|would|usually|often|means|makes|holds|lets|causes|helps|heals|"
                        r"fades?|falls?|calms|opens|takes|works|grows|builds|clears|slows|protects|happens|comes|goes|"
                        r"becomes|depends|lasts|leads|reduces|lowers|raises|blocks|keeps|turns|shrinks|returns|settles|"
                        r"improves|gets|feels|looks|stays)\b")


def _visit_piece(piece: str, r: Rules) -> bool:
    piece = piece.strip(" .")
    if not piece or len(piece.split()) > 9 or _NOT_A_VISIT.match(piece) or not _VISIT_WHEN.search(piece):
        return False
    if _VISIT_NOUN.search(piece):
        return True
    head = _VISIT_WHEN.split(piece, 1)[0].strip().lower()
    # "peds dentist 2 wk", "cards in 3 mo", "hand surgeon 3 mo", "the dietitian in two weeks": a service or a clinician
    return bool(head) and (head in r.specialties or bool(re.search(r"(?:surgeon|doctor|team|provider|specialist|"
                                                                    r"\w{4,}ist|\w{4,}ian)$", head)))


def _visits_sentence(sentence: str, r: Rules) -> bool:
    """A ";" part of a labelled segment that is the visits to come: its first comma part, or most of them, a visit."""
    pieces = [p for p in re.split(r",\s+|\s+\+\s+", sentence) if p.strip()]
    if not pieces:
        return False
    hits = sum(_visit_piece(p, r) for p in pieces)
    return _visit_piece(pieces[0], r) or hits * 2 > len(pieces)


def _placed_elsewhere(piece: str, name: str, mapping: dict[str, str], r: Rules) -> bool:
    """"allergy: PCN, surgical candidate?, routine": a clause a cue (or a "?") gives to another field."""
    kind = classify(piece, r, starts_only=True) or ("question" if piece.rstrip().endswith("?") else None)
    target = mapping.get(kind) if kind else None
    return bool(target and target != name) or (target is None and _stands_alone(piece, r))


def _stands_alone(part: str, r: Rules) -> bool:
    """An urgency word, a medication list or an allergy statement typed as its own ";" part."""
    low = part.lower().strip(" .")
    return low in r.urgency or bool(_MEDS_CUE.match(part)) or bool(
        re.fullmatch(r"(?i)nkda|nka|no known (?:drug )?allergies|allerg(?:y|ies|ic)\b.*", low))


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
    labelled, leftover = skill.extract_labelled(spoken(text))
    have = set(content_words(" ".join(values.values()) + " " + expand(" ".join(values.values()))))
    main = skill.main_field
    multiline = {f.name: f.multiline for f in skill.fields}
    out = dict(values)
    for clause in _CLAUSE_SPLIT.split(_NOISE.sub(" ", leftover)):
        words = content_words(clause)
        if words and any(w not in have for w in words):
            out[main] = join(out.get(main, ""), _tidy_clause(clause), multiline.get(main, False))
            have |= set(words)
    return out


def extract_shorthand(skill: Any, text: str, labelled: frozenset[str] = frozenset()) -> Extraction:
    r = rules()
    mapping = skill_map(skill)
    fields = {f.name: f for f in skill.fields}
    out = Extraction()

    def put(kind: str, value: str) -> bool:
        target = mapping.get(kind)
        if target is None or target not in fields:
            return False
        out.add(target, value, fields[target].multiline)
        return True

    def taken(kind: str) -> bool:
        return mapping.get(kind) in out.values

    text = _NOISE.sub(" ", text or "")
    text = re.sub(r"[ \t]{2,}", " ", text).strip()
    if not text:
        return out
    if "," in text:  # "denied — 'acne not severe, try oral abx first'": a quotation is one clause
        text = _QUOTED.sub(lambda m: m.group(0).replace(",", _QUOTED_COMMA), text)
    # whole-line facts found anywhere, removed from the text they came from
    coded = False
    for m in list(_ICD10.finditer(text)):
        if put("icd10", m.group(0)):
            text = text.replace(m.group(0), " \x00 ", 1)
            coded = True
    if coded:  # the few words just before a code usually name the diagnosis it codes
        def named(m: re.Match[str]) -> str:
            kept, named_part = "", m.group(1)
            br = list(re.finditer(r"[.;:]\s", named_part))
            if br:  # "... stroke. diagnosis code I63.512": a sentence ended between; only the words after it
                kept, named_part = named_part[:br[-1].end()], named_part[br[-1].end():]
            words = _tidy_clause(_CODE_LABEL.sub(" ", named_part))
            if not words or words.lower() in ("and", "or", "+", "&"):  # "diagnosis code I63.512": the label names nothing
                return kept + " "
            if kept:
                return m.group(0)
            if words and put("coded_diagnosis", words):
                return " "
            return m.group(0)
        text = re.sub(r"((?:(?<=[\s,;])|^)(?:(?!(?:for|on|and|bid|tid|qid|qd|qhs|daily|weekly|prn|x\d+)\b|w/)[A-Za-z][\w'/.-]*\s+){0,4}?"
                      r"(?:(?!for\b|on\b)[A-Za-z][\w'/.-]*))\s*\x00", named, text)
        text = text.replace("\x00", " ")
    asked_whole = False  # "msg: my joints ache ..., hands and knees. can I switch? reply: ...": the message, whole
    if "patient_asks" in mapping and mapping["patient_asks"] not in labelled and (mo := _MSG_OPEN.search(text)):
        me = _MSG_END.search(text, mo.end())
        value = text[mo.end():me.start() if me else len(text)].strip(" ,;")
        if 3 <= len(value.split()) <= 80 and put("patient_asks", value):
            asked_whole = True
            text = text[:mo.start()] + " ; " + (text[me.start():] if me else "")
    if "patient_asks" in mapping and mapping["patient_asks"] not in labelled and not asked_whole \
            and (rm := _REPLY_TO.search(text)) and len(content_words(text[:rm.start()])) >= 4 \
            and not re.search(r"(?i)\b(?:draft|write|send|compose)\s+(?:a|an|the)?\s*$", text[:rm.start()]):
        # "yes you can ...; call if ... — that's my reply to a pt who asked via portal: can I ...": the answer came first
        if put("patient_asks", rm.group(2).strip(" ?.") + ("?" if rm.group(2).rstrip().endswith("?") else "")):
            asked_whole = True
            text = text[:rm.start()]
    if "patient_diagnosis" in mapping and mapping["patient_diagnosis"] not in labelled:
        if (pd := _PATIENT_WITH.search(text)) and put("patient_diagnosis", pd.group(1)):
            text = text[:pd.start(1)] + " " + text[pd.end(1):]  # "for a 36-year-old man with IgA nephropathy, ..."
    tm = _TITRATION.search(text) if "quantity" in mapping and mapping["quantity"] not in labelled else None
    if tm and put("quantity", tm.group(0)):  # "160mg wk0, 80mg wk2, then 40mg q2wk": one schedule over its commas
        text = text.replace(tm.group(0), " ", 1)
    qm = _QUANTITY.search(text)
    while qm and mapping.get("tried") == "prior_therapies" and qm.start() > 0:
        # "...; PT 24 visits, CSI x2; ...": the visits a therapy already had, listed with other tried treatments, are
        # not the quantity asked for; the next count typed is
        cs = max(text.rfind(";", 0, qm.start()), text.rfind(",", 0, qm.start()))
        ce = min([i for i in (text.find(";", qm.end()), text.find(",", qm.end())) if i >= 0] or [len(text)])
        if cs < 0 or not _tried_count(text[cs + 1:ce].strip(), r):
            break
        qm = _QUANTITY.search(text, qm.end())
    if qm and put("quantity", qm.group(0)):
        text = text.replace(qm.group(0), " ", 1)
    if "quantity" in mapping and "quantity" not in labelled:
        for cm in list(_CODE_SUPPLY.finditer(text)):  # "A6550 15/mo", "(E0604) x3 mo": how much of the coded item
            if put("quantity", cm.group(1)):
                text = text.replace(cm.group(1), " ", 1)
    m = _LOS.search(text)
    if m and put("los", m.group(1)):
        # "adm pyelo LOS 3d ceftriaxone ...": in a run-on line the stay sits between two facts, so it leaves a boundary
        text = text.replace(m.group(0), " ; ", 1)
    elif "los" in mapping and (m := _LOS_PROSE.search(text)):  # "she stayed three days", "her two-day stay"
        g = 1 if m.group(1) else 2
        if put("los", m.group(g)):
            text = text[:m.start(g)] + " " + text[m.end(g):]
    elif "los" in mapping and (m := _LOS_COURSE.search(text)) and put("los", m.group(0)):
        text = text[:m.start()] + " ; " + text[m.end():]  # an outpatient course: how many visits over how long
    m = _REF.search(text) if "reference" in mapping else None
    if m is None and "reference" in mapping and mapping["reference"] not in labelled:
        m = _BARE_REF.search(text)
    if m and put("reference", m.group(1)):
        text = text.replace(m.group(0), " ", 1)
    if "specialty" in mapping:
        text = _specialties(text, put, r)
    if "admitted" in mapping and "admitted" in text:
        text = _ADMITTED_TO.sub(r"\1 \2", text)  # "was admitted to the burn unit with X": admitted with X
    first_done = mapping.get("first") in labelled or asked_whole  # "q: ..." typed with its label: the rest is the answer
    after_denied: bool | str = False
    lead_done = False
    # "... request Jardiance 10 mg": the request is named where it is typed, and the first plain clause is the diagnosis
    dx_pending = False
    if "requested" in mapping and r.leads.get("requested") and mapping.get("requested") not in labelled \
            and _requested(text, r):
        lead_done = True
        dx_pending = "for_diagnosis" in mapping and mapping["for_diagnosis"] not in labelled
    previous: str | None = None
    lead_kinds: set[str] = set()  # "denied": the service a plan denied is already found
    asks_next = False
    guessed_first = ""  # the first plain clause, taken as the question for want of a cue
    reason_guess, reason_at = "", 0  # a referral's first plain clause, taken as the reason, and where it was placed
    lead_guess = ""  # the first plain clause, taken as what is requested for want of a cue, when it names no drug
    opener_seen = False  # an appeal's opening in prose was read: the clause after it names the service
    if "warning" in mapping and mapping.get("warning") == mapping.get("emergency"):
        # a reply's safety net is one instruction: "if black stools, vomiting blood, or faint -> ER" keeps its commas
        text = _IF_THEN.sub(lambda m: m.group(0).replace(",", "\x01"), text)
    if "allergies" in mapping and "allerg" in text.lower():
        # "He is allergic to haloperidol, which made him rigid", "allergic to penicillin, with hives": what it did goes on
        text = _ALLERGY_GOES_ON.sub("\\1\x01", text)
    # "its denial (reference PH-1) of ...", "HCC (C22.0)": brackets left empty once the reference or code is read
    text = re.sub(r"\s*\(\s*\)", "", text)
    queue = [p.strip().replace("\x01", ",") for c in _CLAUSE_SPLIT.split(text) if c and c.strip(" .")
             for p in _inner_split(c.strip(), r, skill.name)]
    if "results" in mapping:  # "... FVC 68% DLCO 41% ...": a run of test values inside a run-on clause is its own fact
        # (not in a discharge's first clause: "AECOPD pH 7.24 pCO2 78 → BiPAP" is the diagnosis, then the course)
        keep = 1 if "first_short" in mapping and mapping.get("first_short") not in labelled else 0
        queue = queue[:keep] + [q for p in queue[keep:] for q in _lab_runs(p, r)]
    while queue:
        clause = queue.pop(0)
        clause = _tidy_clause(_take_inline(clause, put, taken, r, skill))
        rq = _requested(clause, r) if clause and "requested" in mapping and not taken("requested") else None
        pre = r.preamble.match(clause) if clause else None
        if not (rq and pre and rq.start() < pre.end()):  # "I am requesting tocilizumab ...": the ask, not a preamble
            clause = _tidy_clause(r.preamble.sub("", clause, count=1)) if clause else clause
        if not clause or not content_words(_FILLER.sub(" ", clause)):
            continue  # "for", "that's", "the": nothing left of the clause once its facts are taken
        lead_open = "lead" in mapping and not lead_done
        if lead_open and "denied_service" in mapping and (om_ := _APPEAL_OPENER.match(clause)):
            opener_seen = True  # "This is an appeal ... to <payer> of denial <ref>, | for exclusive enteral nutrition"
            clause = clause[om_.end():].strip(" ,;:()")
            if not content_words(_FILLER.sub(" ", clause)):
                continue
        elif lead_open and opener_seen:
            clause = re.sub(r"(?i)^(?:of|for)\s+(?=\S)", "", clause, count=1)
        first_open = ("first" in mapping or "first_short" in mapping) and not first_done
        if lead_open or first_open:
            # "telehealth visit", "gen surg PA", "6 yo F, 20 kg", "this patient": the setting, the writer or the
            # patient, typed before the first fact; the first fact is the one after
            clause = _ROLE_PREFIX.sub("", clause, count=1) or clause
            if _FRAMING.fullmatch(clause) or (_ROLE_ALONE.match(clause) and "from" not in mapping):
                continue
            tw = _topic_for_patient(clause) if first_open and mapping.get("first") == "condition" else None
            if tw and put("first", f"{tw[1]} ({tw[0]})"):
                # "foot care for pt with diabetic neuropathy": the request names its topic first; the condition
                # is what the patient has, and it may go on over commas; "...: <2g Na" after it is a fact of its own
                first_done, previous = True, ("first" if len(tw[1].split()) <= 5 else None)
                if tw[2]:
                    queue.insert(0, tw[2])
                continue
            hm = _TOPIC_HEAD.match(clause) if first_open and mapping.get("first") == "condition" else None
            if hm and not out.values and not hm.group(1).isupper() and classify(hm.group(1), r) in (None, "sp", "started") \
                    and put("first", hm.group(1)):
                # "post-op lap chole: keep incisions dry 48h": the topic typed as a heading, then the first step
                first_done, previous = True, None
                queue.insert(0, hm.group(2))
                continue
        hm_ = _HOME_MED.match(clause) if "disposition" in mapping and "changed" in mapping else None
        home_med = bool(hm_ and (hm_.group(1) or hm_.group(2).lower() in r.drugs))
        if "disposition" in mapping and not home_med:  # "he will go home with his wife": where the patient goes
            dm_ = _DISPOSITION.search(clause)
            if dm_ and put("disposition", dm_.group(1)):
                clause = _tidy_clause(clause[:dm_.start()] + " " + clause[dm_.end():])
                if not clause or not content_words(_FILLER.sub(" ", clause)):
                    continue
        if asks_next:  # "she wants to know, is it okay ...": the clause after the lead-in is the question
            asks_next = False
            if put("patient_asks", clause):
                first_done, previous = True, "patient_asks"
                continue
        asks = r.leads.get("patient_asks") if "patient_asks" in mapping and (guessed_first or not first_done) else None
        if asks and (am_ := asks.search(clause)) and not clause[am_.end():].strip(" ,:"):
            asks_next = True  # the clinician's framing, up to "wants to know": no fact of its own
            if guessed_first:  # "this is for a mom who called about her baby, she wants to know, ...": framing too
                out.values.pop(mapping["patient_asks"], None)
                guessed_first = ""
            continue
        if "los" in mapping and not taken("los") and (bs := _BARE_STAY.fullmatch(clause)) and put("los", bs.group(1)):
            continue  # "dc dx cellulitis, 4 days; IV cefazolin ...": a number of days alone is the stay
        if "quantity" in mapping and (_SCHEDULE_ALONE.fullmatch(clause) or _DOSED_SCHEDULE.fullmatch(clause)) \
                and put("quantity", clause):
            continue  # "twice wkly x4 wk then weekly", "2.5 mg SC weekly x4 wk then ↑2.5 mg q4wk" typed as a fragment of its own
        if "admitted" in mapping and queue and (al_ := r.leads.get("admitted")) and al_.fullmatch(clause.strip(" :")) \
                and classify(queue[0], r, starts_only=True) is None:
            clause = f"{clause.strip(' :')}: {queue.pop(0)}"  # "Came in for - L shoulder capsulitis": the dash cut the label off
        lead = _lead_phrase(clause, mapping, r)
        if lead:  # "... so it's paroxysmal afib", "they said X but Y": the words after the phrase are the fact
            kind, start, end = lead
            value = clause[end:].strip(" ,:")
            if kind == "admitted":  # "REFERRED FOR >> ...", "Came in for - ...": the label's arrow or dash is no fact
                value = re.sub(r"^(?:>>|=>?|[-\u2014\u2013])\s*", "", value)
            if kind == "follow_up":  # "we'll see her in 2 weeks ...": who sees whom is part of the visit
                value = clause[start:].strip(" ,:")
            if kind == "question" and clause[start:end].lower().startswith("to "):
                value = clause[start + 3:].strip(" ,:")  # "to exclude a cardiac cause": the verb is the ask
            # "they said X but Y": the rebuttal follows; a patient's question or its answer keeps its "but"
            bm = re.search(r"(?i)\s+but\s+", value) if kind not in ("patient_asks", "answer") else None
            rest = ""
            if bm:
                value, rest = value[:bm.start()], value[bm.start():].strip()
            why = _DENIED_BECAUSE.search(value) if kind == "denied_service" else None
            if why and put("denial", value[why.end():]):  # "they denied the SNF stay stating she could go home"
                value = value[:why.start()]
            if value and kind == "denied_service" and lead_guess and out.values.get(mapping["lead"]) == lead_guess:
                # "... 57F keratitis ...; Cigna upheld its denial of cenegermin ...": the first plain clause was taken
                # as the service for want of a cue; the service the plan denied, named later, is what is appealed for
                out.values.pop(mapping["lead"])
                out.placed = [p for p in out.placed if p != (mapping["lead"], lead_guess)]
                if not re.match(r"(?i)(?:i|i'm|we|we're|from|on behalf|this is)\b", lead_guess):
                    put("results", lead_guess)  # a fact; "I am filing a ...", "from the hospital service to": the letter's opening
                lead_guess = ""
            if value and put(kind, value):
                # "ED 29F seen for a dog bite asks if ...": the lead-in before a patient's question is the clinician's framing
                before = "" if kind == "patient_asks" else _tidy_clause(clause[:start])
                if kind == "denied_service" and re.search(r"(?i)\b(?:appeal|writing|dictating|submitting|sending)\b", before):
                    before = ""  # "hospitalist dictating a first level appeal to UHC for denial of ...": the letter's opening
                queue[:0] = [x for x in (before, rest) if x and content_words(_FILLER.sub(" ", x))]
                if mapping.get(kind) in (mapping.get("first"), mapping.get("first_short")):
                    first_done = True
                if mapping.get(kind) == mapping.get("lead"):
                    lead_done = True  # "... for the denial of inpatient status": the service appealed for
                previous = kind if not rest else "rebut"
                continue
        pd_ = _PAYER_DENIED.match(clause) if "denied_service" in mapping and "denied" not in lead_kinds else None
        if pd_ and (not content_words(pd_.group(1)) or (r.payer_rx and r.payer_rx.search(pd_.group(1)))
                    or _PAYER_ROLE.fullmatch(pd_.group(1).strip(" ,;:"))):
            # "BCBS Massachusetts denied wearable defibrillator K0606 — 'ICD indication not established'":
            # what the plan denied is the service appealed for, whatever clause came first
            clause = "denied " + pd_.group(2)  # read as "denied X for/as/reason ...", below
            lead_kinds.add("denied")
        sd = _SERVICE_DENIED.match(clause) if lead_guess and "denied_service" in mapping \
            and out.values.get(mapping["lead"]) == lead_guess else None
        if sd and len(sd.group(1).split()) <= 8 and classify(sd.group(1), r, starts_only=True) is None \
                and classify(sd.group(1), r, only=mapping) not in mapping \
                and not _is_result(sd.group(1), r):
            # "58F primary hyperparathyroidism, Ca 11.1, ...; parathyroidectomy 60500 denied by BCBS MN as '...'": the
            # first plain clause was the patient; what the plan denied, named later, is what the appeal asks for
            was = lead_guess
            out.values[mapping["lead"]] = sd.group(1)
            out.placed.append((mapping["lead"], sd.group(1)))
            lead_guess = ""
            put("results", was)
            rest = sd.group(2).strip(" ,;:()")
            why = re.match(r"(?i)(?:as|for|because|due to|stating|saying)\s+(.+)", rest)
            if why and content_words(why.group(1)):
                put("denial", why.group(1))
            elif content_words(_FILLER.sub(" ", rest)):
                queue.insert(0, rest)
            previous = "denied_service"
            continue
        da = re.search(r"(?i)\s+denied\s+(?:as|because|due to)$", clause) if "denial" in mapping else None
        if da and not after_denied:
            clause = clause[:da.start()].strip()  # "... pump E0784 denied as | C-peptide 0.9 above ...": the reason is next
        im = re.match(r"(?i)^(.+?)\s+denied\s+(?:as\s+|for\s+|because\s+|due to\s+|-\s+)?(.+)$", clause) \
            if "denial" in mapping and not re.match(r"(?i)^(?:denial|denied)\b", clause) else None
        if im and not im.group(2).lower().startswith(("by ", "on ", "in ")):
            put("denial", im.group(2))
            clause = im.group(1)
        if after_denied and ((after_denied == "as" and not re.match(r"(?i)but\b", clause)) or classify(clause, r) is None):
            after_denied = False
            put("denial", clause)  # "dexcom G7 denied, not on insulin": the reason follows
            continue
        after_denied = "as" if da else False
        if "denial" in mapping and re.search(r"(?i)\bdenied$", clause) and len(clause.split()) > 1:
            clause = clause[:-6].strip()
            after_denied = True
        dm = re.match(r"(?i)^(?:denial of|denied)\s+(.+?)(?:\s+(for|as|reason:?|because|due to|stating|said|says|saying|"
                      r"claiming|claims)\s+(.+))?$", clause)
        if dm and "denied_service" in mapping and ("requested_service" not in out.values or "denied" in lead_kinds):
            svc, how, why = dm.group(1), dm.group(2), dm.group(3)
            if how and how.lower() == "for" and _service_for_procedure(svc, why, r):
                # "denied MAC for cataract surgery as 'topical sufficient'": the procedure belongs to the service
                fx = re.match(r"(?i)^(.+?)\s+(as|reason:?|because|due to|stating|saying|claiming)\s+(.+)$", why)
                svc, how, why = (f"{svc} for {fx.group(1)}", fx.group(2), fx.group(3)) if fx else (svc + " for " + re.sub(r"(?i)\s+(?:as|because|due to)$", "", why), None, None)
            put("denied_service", svc)
            if how and how.lower() != "for":  # "denied ECT as not medically necessary"
                reason, rebut = (re.split(r"(?i)\s+but\s+", why, maxsplit=1) + [""])[:2]
                put("denial", reason)  # "... said obs level only but pt needed IV lasix": the argument follows
                if rebut:
                    queue.insert(0, "but " + rebut)
            elif how:
                out.add(skill.main_field, f"for {why}", fields[skill.main_field].multiline)
            first_done = lead_done = True  # the denied service is what the appeal asks for
            previous = "denied_service"
            continue
        if "changed" in mapping and _NO_MED_CHANGE.match(clause) and put("changed", clause):
            previous = "changed"  # "no med changes": the changed-medicines line, not a medicine started or the course
            continue
        kind = "medications" if _MEDS_CUE.match(clause) else classify(clause, r, only=mapping)
        if kind in ("avoid", None) and mapping.get("medications") == "medications" and "avoid" in mapping \
                and _NO_MEDICINE_NEEDED.match(clause):
            kind = "medications"  # "No medication is needed right now", "no antibiotics needed": the medicine line, not a thing to avoid
        if kind in (None, "complaint") and mapping.get("lead") == "reason" and "history" in mapping \
                and len(clause.split()) <= 12 and _PLANNED_SURGERY.match(clause):
            # "63M for elective R TKA in 6 wk, STOP-BANG 6, ... loud snoring": a pre-op referral names the operation to
            # come first; it is the patient's context, the problem found is why the patient is sent
            put("history", clause)
            continue
        if kind in (None, "complaint") and r.occupation and mapping.get("history") == "history" \
                and len(clause.split()) <= 6 and r.occupation.fullmatch(clause.strip(" .")):
            # "29F, ICU nurse", "46F meat-packing line worker": what the patient does, not why sent; the clauses after
            # it are not more of it
            put("history", clause)
            continue
        if kind in (None, "results", "history") and "tried" in mapping and len(clause.split()) <= 16 \
                and _FELL_SHORT.search(clause):
            kind = "tried"  # "night splint with little change", "ESI x4 w/o lasting benefit": a therapy that fell short
        if kind in (None, "results", "history") and mapping.get("tried") == "prior_therapies" and lead_done \
                and _tried_count(clause, r):
            kind = "tried"  # "CSI x2", "TCC x10 wk", "CBT 16 sessions": a treatment and its count is one already tried
        if home_med and kind in (None, "disposition", "medications", "follow_up"):
            rest_kind = classify(clause[hm_.end(0) - len(hm_.group(1) or hm_.group(2)):], r, only=mapping)
            kind = "changed" if _MED_GOES_ON.search(clause) else rest_kind if rest_kind in ("changed", "stopped", "started") \
                else kind if kind != "disposition" else None
        own = r.skill_starts.get(skill.name)
        if own and (sk := next((k for c, k in own.items() if _starts(clause, c)), None)) and sk in mapping:
            kind = sk  # "no prior PT" in a prior authorization: the therapy not tried, not the patient's history
        if kind is not None and kind not in mapping and kind != "medications":
            kind = None  # a cue this skill has no field for ("results" in patient instructions)
        if "follow_up" in mapping and (kind is None and _visits_sentence(clause, r) or previous == "follow_up"
                                       and kind not in ("warning", "emergency", "avoid", "medications", "allergies")
                                       and (_VISIT_SENT.search(clause) or re.match(r"(?i)(?:and\s+)?then\b", clause)
                                            and _VISIT_WHEN.search(clause) and len(clause.split()) <= 8)):
            # "...; call if eye pain; gland imaging visit in 3 mo": a visit to come, not more of the list; "check 3 mo,
            # then q6mo", "clinic in 2 wk, cardiac rehab referral sent": the visits after it, and a referral made, go on
            kind = "follow_up"
        if kind in (None, "results") and previous == "condition" and "disposition" in mapping and len(clause.split()) <= 6:
            # "stable, off O2; home w/ brother", "stable, no O2 need, mild wheeze. home": the short facts typed between
            # how the patient leaves and where to are more of how the patient leaves
            for ahead in queue[:2]:
                if classify(ahead, r, starts_only=True) == "disposition" and not _HOME_MED.match(ahead):
                    kind = "condition"
                    break
                if len(ahead.split()) > 6 or (classify(ahead, r, only=mapping) or "results") not in (*(k for k in r.cues if k not in mapping), "results", "condition"):
                    break
        if kind not in ("warning", "emergency") and "warning" in mapping and mapping.get("warning") == mapping.get("emergency") \
                and re.match(r"(?i)if\b", clause) and _IF_THEN.fullmatch(clause):
            kind = "warning"  # "if she has calf pain, swelling, or chest pain she needs to go to the emergency room"
        if kind is not None and classify(clause, r, starts_only=True) is None and (fu := _FOLLOW_UP.match(clause)) \
                and (_INTERVAL_END.search(clause) or _VISIT_AFTER.match(clause, fu.end()) or _VISIT_WITH.match(clause, fu.end())
                     or _VISIT_FOR.match(clause, fu.end())) \
                and "follow_up" in mapping:
            kind = None  # "cards 2 wk", "OB 1wk BP/hgb check": a visit and its interval, though "wk" or "hgb" look like labs
        if kind is None and (fu := _FOLLOW_UP.match(clause)) and "follow_up" in mapping and (
                _INTERVAL_END.search(clause) or _VISIT_WITH.match(clause, fu.end()) or re.search(r"(?i)\b(?:f/u|fu|clinic|in|recheck|re-?check|check|visit|appt|appointment)\b", clause)):
            kind = "follow_up"
        if kind in (None, "steps") and mapping.get("follow_up") == "follow_up" and _visit_rhythm(clause, r):
            kind = "follow_up"  # "SLP 2x/wk", "PT twice a week for 4 weeks starting next week": the visits to come
        if kind in (None, "results") and "follow_up" in mapping and (first_done or "first" not in mapping) \
                and _FOLLOW_UP_PROSE.search(clause):
            kind = "follow_up"  # "see the diabetes educator in two days and endocrinology in one week"
        if skill.name == "discharge-summary" and kind == "changed" and not _names_drug(clause, r):
            kind = None  # "cr 2.1→1.2", "wt 84→76kg": a trend during the stay, not a medicine changed
        if skill.name == "discharge-summary" and kind in ("changed", "stopped", "medications", None) \
                and _HELD_RESUMED.search(clause) and _names_drug(clause, r):
            kind = "changed"  # held during the stay and then resumed: the medicine goes on, changed for a time
        elif skill.name == "discharge-summary" and kind in ("changed", "medications", None) and \
                _SWITCHED.search(clause) and not _TITRATED.search(clause) and _names_drug(clause, r):
            kind = "started"  # "IV ctx then PO cipro 500 bid": the medicine she goes home on
        elif kind == "changed" and skill.name == "discharge-summary" and not (_TITRATED.search(clause) or
                                                                              re.match(r"(?i)(?:increased|decreased|reduced|uptitrated|titrated)", clause)):
            kind = "started" if _SWITCHED.search(clause) else kind
            if not _names_drug(clause, r) and not _TITRATED.search(clause):
                kind = None  # "psych eval -> outpt": a plan, not a medicine
        if kind is None and _is_medication(clause, r):
            kind = "medications"
            if skill.name == "discharge-summary" and _IN_HOSPITAL.search(clause) and not _SWITCHED.search(clause):
                kind = "results"  # "IV cefazolin", "cefepime x4d": treatment during the stay, the course
        if kind is None and "from" in mapping and not taken("from") and _ROLE_ALONE.match(clause):
            put("from", clause)  # "telehealth visit - FNP - ...": the clinician who writes
            continue
        if dx_pending and kind in (None, "complaint") and not taken("for_diagnosis") and len(clause.split()) <= 12 \
                and not _lead_phrase(clause, mapping, r) and not re.match(r"(?i)(?:wt\s*)?\d+(?:\.\d+)?\s?(?:kg|lbs?)\b", clause):
            dx_pending = False
            put("for_diagnosis", clause)
            continue
        om = re.match(r"(?i)^([a-z][^,;:]{1,40}?)\s+on\s+(([a-z][\w-]*)\b.*)$", clause) \
            if mapping.get("lead") == "reason" and "history" in mapping and not lead_done and kind in (None, "complaint", "medications") else None
        if om and om.group(3).lower() in r.drugs and not taken("history") and put("history", om.group(1)):
            put("medications", om.group(2))  # "45M HIV on bictegravir/FTC/TAF": a treated disease is history, the reason comes later
            continue
        if mapping.get("lead") == "reason" and "history" in mapping and not lead_done and kind in (None, "results") \
                and queue and not taken("history") and _KNOWN_SINCE.match(clause) and put("history", clause):
            continue  # "54F bronchiectasis (post-MAC, cx neg 18 mo), 3 episodes hemoptysis ...": a disease she has had, then why she is sent
        if "changed" in mapping and out.placed and out.placed[-1][0] != mapping["changed"] \
                and re.match(r"(?i)(?:then\s+|and\s+|to\s+|will\s+)?(?:resume|restart)", clause) and len(clause.split()) <= 10 \
                and re.search(r"(?i)\b(?:held|hold)\b", out.placed[-1][1]) \
                and len({w for w in re.findall(r"[a-z][a-z-]{3,}", out.placed[-1][1].lower()) if w in r.drugs}) == 1:
            # "HCTZ held until eating normally, then resume": held for a while, then taken again, is a change
            name, held = out.placed.pop()
            lines = out.values[name].split("\n" if fields[name].multiline else "; ")
            if lines and lines[-1] == held:
                lines.pop()
            if lines:
                out.values[name] = ("\n" if fields[name].multiline else "; ").join(lines)
            else:
                out.values.pop(name)
            put("changed", f"{held}, {clause}")
            previous = "changed"
            continue
        if reason_guess and mapping.get("lead") == "reason" and out.values.get("reason") == reason_guess \
                and kind in (None, "results", "complaint") and len(out.placed) - reason_at <= 3 and _NEW_PROBLEM.match(clause) \
                and not _NEW_PROBLEM.match(reason_guess) and "history" in mapping and not taken("history"):
            # "34M T6 ASIA A SCI (MVC) 8 mo out, new R arm numbness + worsening spasticity": the first clause was the
            # condition he has lived with; the new problem typed soon after is why he is sent
            out.values["reason"] = clause
            out.placed.append(("reason", clause))
            put("history", reason_guess)
            reason_guess, previous = "", "complaint"
            continue
        if "lead" in mapping and not lead_done and kind in (None, "results", "complaint", "avoid", "medications"):
            lead_done = True  # the first clinical phrase: why the patient is sent, or what is requested
            nm_ = _NEW_PROBLEM_INSIDE.search(clause) if mapping.get("lead") == "reason" and "history" in mapping \
                and not taken("history") else None
            if nm_ and 2 <= len(clause[:nm_.start()].split()) <= 6 and classify(clause[:nm_.start()], r) is None \
                    and not re.search(r"\d", clause[:nm_.start()]) and not _names_drug(clause[:nm_.start()], r) \
                    and not _DURATION.match(clause) and not _PRONOUN.match(clause) \
                    and not re.search(r"(?i)\b(?:has|have|had|is|was|with|w/|of|and|a|an|the|her|his|some|any)$", clause[:nm_.start()]):
                # "58F limited SSc ACA+ new DOE x4 mo ...": the disease she has, then the new problem she is sent for
                put("history", clause[:nm_.start()])
                put("lead", clause[nm_.start():].strip())
                previous = "complaint"
                continue
            fm = _FOR_DIAGNOSIS.match(clause) if "for_diagnosis" in mapping else None
            if fm and (_service_for_procedure(fm.group(1), fm.group(2), r)
                       or (opener_seen and not _FOR_PATIENT.match(fm.group(2)))):
                # "... appeal to <payer> of its denial, | of speech therapy for stuttering": prose names the service whole
                put("lead", clause)
            elif fm:
                put("lead", fm.group(1))
                put("for_diagnosis", fm.group(2))
            else:
                put("lead", clause)
                if mapping.get("lead") in out.values and not _names_drug(clause, r) and not _names_procedure(clause, r) \
                        and not any(w in f" {clause.lower()} " for w in r.cues.get("procedure", {}).get("contains", ())):
                    lead_guess = out.values[mapping["lead"]]
                if mapping.get("lead") == "reason" and out.values.get("reason") == clause and kind in (None, "results"):
                    reason_guess, reason_at = clause, len(out.placed)
            continue
        if lead_guess and kind == "medications" and mapping.get("requested") == mapping.get("lead") == "requested_service" \
                and out.values.get(mapping["lead"]) == lead_guess and (dm_ := _DRUG_ASKED.match(clause)) \
                and dm_.group(1).lower() in r.drugs and _FREQUENCY.search(clause) and previous not in ("tried", "medications") \
                and not _TRIED_OUTCOME.search(clause):
            # "34F SLE w/ class IV LN, ... — belimumab IV 10 mg/kg q2wk x3 then q4wk": the first plain clause was the
            # patient's disease; a medicine typed later with its dose and schedule is what is asked for
            value, was = clause[dm_.start(1):], lead_guess
            out.values[mapping["lead"]] = value
            out.placed.append((mapping["lead"], value))
            lead_guess = ""
            if mapping.get("for_diagnosis") != "diagnosis" or taken("for_diagnosis") or not put("for_diagnosis", was):
                put("results", was)  # the disease as evidence of need
            previous = None
            continue
        if kind is None and previous in ("history", "tried", "medications", "warning", "emergency", "avoid", "steps",
                                         "diagnosis", "condition", "rebut", "attached", "explain") \
                and len(clause.split()) <= (8 if previous in ("warning", "emergency") else 5) \
                and (not _is_result(clause, r) or previous in ("warning", "emergency")):
            # "h/o HTN, DM2, CKD 3", "call if fever >3d, vomiting >24h": a list continues; a warning sign
            # is often a short phrase of its own ("sleep problems more than one week")
            kind = previous
        if kind in (None, "rebut") and previous == "patient_asks" and re.match(r"(?i)(?:because|since)\s", clause):
            kind = previous  # "asking whether he must stop it before surgery, because the center mentioned ...": why he asks
        if kind is None and previous in ("first", "first_short", "admitted") and _continues_diagnosis(clause, r):
            # "mechanical fall, L hip fx", "ankle sprain, lateral, grade 2": the diagnosis typed with its commas goes on
            kind = previous
        if kind == "tried" and "results" in mapping and _DONE_AND_SHOWED.search(clause):
            kind = "results"  # "endoscopy was done inpatient and showed a clean based ulcer": a test and its finding
        if kind is None and previous == "explain" and re.match(r"(?i)(?:and\s+)?that\s", clause):
            kind = "explain"  # "explain that shingles is ..., that it is not spread by breathing, and that ..."
        if kind in (None, "results") and previous == "disposition" and "condition" in mapping and len(clause.split()) <= 6:
            kind = "condition"  # "home w/ mom, RA sats 97%, good po": how the patient leaves, typed after where to
        if kind is None and previous == "results" and _SPOKEN_DECIMAL.search(clause) and len(clause.split()) <= 8:
            kind = "results"  # "creatinine peaked at four point one, baseline one point eight": the values go on
        if kind is None and _is_condition(clause, r) and "history" in mapping and out.values.get(skill.main_field):
            kind = "history"  # "DM2 HTN", "CKD3": a known condition, though "dm2" reads like a test and its value
        if kind is None and _is_result(clause, r) and "results" in mapping:
            kind = "results"
        if kind == "results" and "first_short" in mapping and not first_done:
            # "ADHF HFrEF EF 20% adm 8kg...", "AECOPD + hypercapnic failure pH 7.24 → BiPAP": the diagnosis, then the course
            cue, lab = _DX_THEN_COURSE.match(clause), _DX_THEN_LAB.match(clause)
            lm = cue if cue and len(cue.group(1).split()) <= 7 else lab
            if lm and len(lm.group(1).split()) <= 7 and not re.match(r"(?i)[a-z]{1,6}\s?[<>=]?\s?\d", lm.group(1)):
                first_done = True
                put("first_short", lm.group(1))
                put("results", clause[lm.end(1):].strip())
                previous = "results"
                continue
        if kind in (None, "results") and "procedure" in mapping and _names_procedure(clause, r):
            kind = "procedure"  # "skin biopsy on day 1 showed ...": the procedure, with what it found
        pm = re.match(r"(?i)^(.+?)\s+for\s+(.+)$", clause) if kind == "procedure" and "first_short" in mapping else None
        if pm and not first_done:  # "lap appy for acute appendicitis": the operation, and why she came in
            put("procedure", pm.group(1))
            put("first_short", pm.group(2))
            first_done, previous = True, "procedure"
            continue
        am = _APPROVE_THIS.match(clause) if kind == "action" and lead_guess and "denied_service" in mapping \
            and out.values.get(mapping["lead"]) == lead_guess else None
        if am and content_words(am.group(1)) and (_names_drug(am.group(1), r) or _AGE_SEX.match(lead_guess)
                                                                 or re.match(r"(?i)\d{1,3}\s?(?:yo|y/o|yrs?|years?[- ]old)\b", lead_guess)):
            # "47M seropositive RA (RF 180, ...), ... — please approve upadacitinib 15 mg daily x12 mo": the first plain
            # clause was the patient; what the letter asks the plan to approve is the service appealed for
            out.values[mapping["lead"]] = am.group(1)
            out.placed.append((mapping["lead"], am.group(1)))
            put("results", lead_guess)
            lead_guess = ""
        if kind is not None and put(kind, _strip_cue(clause, kind)):
            previous = kind
            if mapping.get(kind) and mapping.get(kind) in (mapping.get("first"), mapping.get("first_short")):
                first_done = True
            continue
        previous = None
        default = _default_target(mapping, first_done, skill.main_field)
        if (target := _model_target(skill, clause, default, out, fields)) not in (None, default):
            out.add(target, clause, fields[target].multiline)  # no rule claimed it; its words name another field
            continue
        if not first_done and "first" in mapping:
            first_done = True
            if mapping["first"] == "condition":  # "This 64-year-old woman has shingles ...": the condition she has
                clause = _PATIENT_HAS.sub("", clause, count=1) or clause
                # a condition named in a few words goes on over commas ("ankle sprain, lateral, grade 2"); a longer
                # first clause is a sentence, and a patient's question is never continued so
                previous = "first" if len(clause.split()) <= 5 else None
            put("first", clause)
            guessed_first = clause
            continue
        if not first_done and "first_short" in mapping:  # "CAP" is the diagnosis; a sentence is the course
            first_done = True
            cm = re.match(r"(?i)^(.+?)\s+(?:2/2|secondary to|due to|from)\s+(.+)$", clause)
            if cm and "diagnosis" in mapping:
                put("first_short", cm.group(1))
                put("diagnosis", cm.group(2))
                continue
            if len(clause.split()) <= 6 and not re.search(r"(?i)\b(?:treated|given|diuresed|weaned|underwent|s/p|then)\b", clause):
                put("first_short", clause)
                previous = "first_short"
                continue
            lm = _DX_THEN_COURSE.match(clause)  # "ADHF HFrEF EF 20% adm 8kg over dry wt": the diagnosis, then the course
            if lm and len(lm.group(1).split()) <= 7:
                put("first_short", lm.group(1))
                clause = clause[lm.end(1):].strip()
                kind = "results" if "results" in mapping else None
                if kind:
                    put(kind, clause)
                    continue
        if "rest" in mapping and first_done:
            put("rest", clause)
            continue
        out.add(skill.main_field, clause, fields[skill.main_field].multiline)
    return out


def _default_target(mapping: dict[str, str], first_done: bool, main: str) -> str:
    """Where the rules put a clause nothing claims: the first plain clause's field, then "rest", then main."""
    if not first_done and ("first" in mapping or "first_short" in mapping):
        return mapping.get("first") or mapping["first_short"]
    return mapping.get("rest") or main


def _model_target(skill: Any, clause: str, default: str, out: Extraction, fields: dict[str, Any]) -> str | None:
    """The field a learned word model names for an unclaimed clause, when it is confident (see field_model):
    one the skill has, with no fixed choices, and still empty unless it is a list."""
    from bot.skills import field_model

    allowed = [n for n, f in fields.items() if not f.choices and (n not in out.values or f.multiline)]
    return field_model.choose(skill.name, clause, default, allowed, out.placed[-1][0] if out.placed else None)


# a clinician's role typed after a specialty, or alone as a fragment: who is writing ("ortho PA", "FNP-C")
_ROLES = r"(?-i:PA-C|PA|NP|FNP-C|FNP|AGNP|AGACNP|PMHNP|PNP|CPNP|DNP|APRN|CNM|CNS)"
_ROLE_AFTER = re.compile(r"\s+(?:" + _ROLES + r"|(?i:pharmacist|pharmd|nurse|nurse practitioner|rn|dietitian|social worker|"
                         r"midwife|case manager|physician))(?![\w-])(?:\s?\([^()]{2,40}\))?")
_ROLE_ALONE = re.compile(r"^(?:[A-Za-z-]+\s+){0,2}" + _ROLES + r"$")
# "hand surg PA - ...", "CT surg PA: POD#4 ...", "Tele-health NP /": the writer's role before the first fact
_ROLE_PREFIX = re.compile(r"^(?:[A-Za-z&/-]+\s+){0,3}" + _ROLES + r"(?:-C)?\s*[:\-\u2014]\s+")
_VISIT = (r"(?:(?:post-?)?(?:tele-?health|telemedicine|telederm|tele|video|virtual|phone|portal|in-person|office|clinic|"
          r"ed|er|urgent care)\s+)*(?:visit|call|encounter|f/u|follow-?up|consult|msg|message|callback)(?:\s+f/u)?"
          r"|(?:post-?)?(?:tele-?health|telemedicine|video visit|virtual visit)")
_FRAMING = re.compile(r"(?i)\s*(?:" + _VISIT + r"|(?:pt|patient|this patient|the patient)?\s*,?\s*" + AGE_SEX_RX.pattern[4:]
                      + r"\s*,?\s*(?:\(?\d+(?:\.\d+)?\s?kg\)?)?|(?:wt\s?)?\d+(?:\.\d+)?\s?kg|(?:this|the|a|my)?\s*(?:patient|pt|gentleman|lady|"
                      r"woman|man|child|kid|boy|girl|baby|infant|toddler)|(?:tele-?health|video|virtual)\s+(?:"
                      + _ROLES[5:-1] + r"))\s*")
_REFERRER_ONLY = frozenset({"Emergency department", "Primary care"})


_SIGN_OFF = re.compile(r"(?i)\b(?:res|resident|residents|pgy-?\d|fellow|attending|intern)\b")


# a word with a digit glued by a hyphen before a specialty's name: a score or code ("CHA2DS2-VASc")
_SCORE_PART = re.compile(r"[A-Za-z]*\d[A-Za-z\d]*-$")


def _specialties(text: str, put, r: Rules) -> str:  # type: ignore[no-untyped-def]
    """"fm to derm", "IM -> heme/onc", "to cards", "rheum:", a lone "GI": who refers, and to whom."""
    spans: list[tuple[int, int, str]] = []
    taken = [False] * len(text)
    low = text.lower() if text.isascii() else None  # a typed form absent from the line needs no search
    for typed, rx in r.specialty_rx:
        if low is not None and typed not in low:
            continue
        for m in rx.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            if len(typed) <= 3 and text[m.start():m.end()].islower() and typed in ("im", "em", "ep", "ir", "ob", "us", "ed", "er", "id") \
                    and not (typed in ("ed", "er", "id") and re.search(r"(?:->|\u2192)\s*$", text[:m.start()])):
                continue  # "im" the word, "us" the pronoun: short ones only in capitals
            if typed == "surgery" and not re.search(r"(?i)(?:->|\u2192|>|\bto|\bsee|\bask)\s*$", text[:m.start()]):
                continue  # "no prior sinus surgery", "RAI vs surgery?": an operation, not the service, unless sent to it
            if _SCORE_PART.search(text, max(0, m.start() - 12), m.start()):
                continue  # "CHA2DS2-VASc": the tail of a score's name, not a specialty
            if typed.startswith("allerg") and re.match(r"(?i)\s*(?:to\b|:|=|-\s|\()", text[m.end():]):
                continue  # "allergy to iodine", "allergy: sulfa": the patient's allergy, not the clinic
            if typed == "allergy" and re.match(r"\s*(?:[,;.]|$)", text[m.end():]) \
                    and re.search(r"[A-Za-z]{3,}\)?\s+$", text[:m.start()]) \
                    and not re.search(r"(?i)(?:->|\u2192|>|\bto|\bsee|\bfor|\bre[f:]|\breferral|\bconsult|\band)\s+$", text[:m.start()]):
                continue  # "sulfa allergy;", "PCN allergy.": an agent and its allergy, the patient's, not the clinic
            end = m.end() + (len(x.group(0)) if (x := _SPECIALTY_TAIL.match(text, m.end())) else 0)
            head = _SPECIALTY_HEAD.search(text[max(0, m.start() - 20):m.start()])
            start = m.start() - (len(head.group(0)) if head and not any(taken[m.start() - len(head.group(0)):m.start()]) else 0)
            for i in range(start, end):
                taken[i] = True
            canon = r.specialties[typed]
            if end > m.end() or start < m.start():
                # "IM res clinic", "ortho (joint preservation)", "stroke neuro": the setting typed is kept beside the name
                typed_as = _BRACKETED.sub(r", \1", text[start:end])
                canon = f"{canon} ({typed_as})"
            spans.append((start, end, canon))
    if not spans:
        return text
    spans.sort()
    cut: list[tuple[int, int]] = []
    receiving_done = False
    for i, (a, b, canon) in enumerate(spans):
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        # "fm -> derm", "IM to GI", "rheumatology is asking vascular surgery to see": who refers, then to whom
        # "PM&R consult to neuropsychology": the writer's own consult, sent on
        link = re.match(r"(?i)\s*(?:(?:consult|referral)\s+)?(?:->|→|>|(?:to|(?:is\s+)?(?:asking|would like|wants|requesting|referring to))(?:\s+(?:the|our|your))?)\s*",
                        text[b:]) if nxt else None
        if nxt and link and b + link.end() == nxt[0]:
            put("from", canon)
            # "I'm her rheumatologist asking nephrology ...": the writer named as a person, then whom they ask
            # "84F from geri clinic to neurology": the "from" goes with who refers
            me = re.search(r"(?i)(?:\b(?:i'm|i am|as)\s+(?:an?|her|his|their|the)|(?<![\w-])(?:from|fm)(?:\s+(?:the|our|my))?)\s+$",
                           text[max(0, a - 20):a])
            cut.append((a - (len(me.group(0)) if me else 0), nxt[0]))
            continue
        before = text[max(0, a - 16):a].lower()
        if _ROLE_AFTER.match(text, b) and not re.search(r"(?:->|→|\bto|\brefer(?:ral)? to|\bsend to)\s*$", before):
            rm = _ROLE_AFTER.match(text, b)  # "ortho PA - ...", "gen surg NP:": the clinician who writes
            put("from", text[a:rm.end()].strip())
            cut.append((a, rm.end()))
            continue
        before = text[max(0, a - 30):a].lower()
        fm_ = re.search(r"(?i)(?:\bfrom|\bfm|\bper|\bi'm an?|\bi am an?|\bi'm (?:her|his|their|the)|\bi am (?:her|his|their|the)|\bas (?:an?|the|her|his|their)|\breferred by|\bref by|\breferring:?|\bsent from|\breferral from|\bthis is|"
                     r"\bit's the|\bi'm in|\bi am in|\bin an?|\bi'm on|\bi am on|\bwe're on|\bwe are on|\bi'm one of|"
                     r"\bi am one of|\bi work in|\bi work on|\bfollow in|\bfollow (?:him|her|them) in)(?:\s+(?:the|our|my))?\s*$", before)
        if fm_ \
                or (i == 0 and re.match(r"(?i)\s*(?:here\b|dictating\b|requesting\b|writing\b|is requesting\b)", text[b:])
                    and not re.search(r"\w", text[:a].replace("this is", ""))) \
                or (re.match(r"(?i)\s*here\s*[:,]", text[b:]) and re.search(r"(?:[;.]|\s[\u2014\u2013-]|^)\s*$", text[:a])) \
                or re.match(r"(?i)\s*(?:(?:is|i am|i'm|we are|we're)\s+)?referring\b", text[b:]):
            # "general dermatology referring", "as the lactation consultant I am referring ..."
            # "from the hospitalist service", "I am on the hospital medicine service", "hospital medicine requesting ..."
            put("from", canon)  # "from IM", "fm internal med": who refers
            cut.append((a - (len(before) - fm_.start()) if fm_ else a, b))
            continue
        if not text[b:].strip(" .;!") and _SIGN_OFF.search(text[a:b]) and (receiving_done or i > 0):
            put("from", text[a:b].strip())  # "... pls expedite. fm pgy2": the writer signs off at the end
            cut.append((a, b))
            continue
        if canon.split(" (")[0] in _REFERRER_ONLY and not re.search(r"(?:->|\u2192)\s*$", before):
            continue  # "seen in ED", "f/u PCP": settings that refer, not specialties referred to
        lead = re.search(r"(?:->|→|\bto|\brefer(?:ral)? to|\bsend to|\bask for|\basking for|\bwould like that|\bwant that)\s*$", before)
        if receiving_done and not lead:
            continue
        if put("specialty", canon):
            receiving_done = True
            tail = re.match(r"\s*(?:referral|consult|clinic|eval)?\s*:?", text[b:])
            start = a - len(lead.group(0)) if lead else a
            cut.append((start, b + (tail.end() if tail else 0)))
            role = _ROLE_REFERRER.match(text[:start]) if lead and i == 0 else None
            if role and role.group(1).lower().endswith("pt") and not re.match(r"\s*(?:->|\u2192)", text[start:]):
                role = None  # "pt to ortho": the patient sent; "pt \u2192 spine surgery": the physical therapist refers
            if role and put("from", role.group(1)):  # "clinical pharmacist (HIV clinic) to hepatology": who refers
                cut.append((0, start))
    merged: list[list[int]] = []
    for a, b in sorted(cut):  # "primary care to cardiology": the two cuts overlap on "to"
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    for a, b in reversed(merged):
        text = text[:a] + " " + text[b:]
    return text


_DRUG_LEADS = frozenset({"failed", "tried", "on", "despite", "of", "to", "+", "and", "&", "w/", "with", "started", "start",
                         "stopped", "stop", "held", "hold", "new", "increase", "increased", "decrease", "decreased",
                         "then", "->", "→", "after", "from", "or", "vs", "incl", "plus", "continue", "resume", "takes",
                         "taking", "is", "was", "d/c", "d/c'd", "dc'd", "switch", "switched", "changed", "add", "added",
                         "denied", "refused", "denying", "approve", "cover", "covering", "request", "requesting", "req"})


# "omalizumab 1 yr no benefit IgE 90 ...": a therapy's outcome closes its fact; what follows is another
_OUTCOME_END = re.compile(r"(?i)\b(no benefit|no effect|no relief|no response|no help|helped partly|partly helped|"
                          r"secondary failure|not tolerated)\s+(?!(?:to|in|at|after|from|with|on|of|for|and|or|but|so|"
                          r"despite|since|x\d*)\b)(?=\S+\s+\S)")


# a break word used as the verb after its drug ("HCTZ stopped for hypoNa", "... stopped" at the end)
_VERB_AFTER = re.compile(r"(?i)stopped(?:\s+(?:since|because|for|after|due|when|before|as|once|until|given|period)\b|\s*$)")


# "... up to 3 times a day for 5 days no running or jumping until cleared no heat in the first week": in a run-on
# instruction line an activity forbidden ("no <activity>", "never <do>") is a fact of its own. Not after a word that
# carries the "no" on ("call if no better", "ER if no wet diaper", "or no tears"), not a finding ("no fracture on
# x-ray"), not "no more", "no longer", and not a medicine not needed ("no carnitine needed for now").
_AVOID_BREAK = re.compile(r"(?i)(?<=\S)" + "".join(f"(?<!\\b{w})" for w in (*_JOINS_NEXT, "if", "for", "when", "unless",
                                                                               "until", "with", "but", "of", "that", "has",
                                                                               "had", "have", "there", "no", "yes"))
                          + r"\s+(?=(?:no|never)\s+(?!(?:more|longer|later|less|sooner|better|worse|improvement|"
                          r"fracture|fx|break|broken|tear|dislocation|infection|signs?|evidence|bleed(?:ing)?|clots?|dvt|"
                          r"damage|problems?|issues?|changes?|findings?|abnormal\w*|pain|fever|need)\b)[a-z])")
_NOT_NEEDED = re.compile(r"(?i)^no\s+(?:\S+\s+){1,3}?(?:needed|required|necessary)\b")


# a run-on discharge clause that ends with where the patient goes: "IV cefazolin then PO cephalexin x5d home", "advanced
# diet day 3 ... alcohol use disorder home" (not "nursing home", "sent home", "going home", "at home")
_HOME_LAST = re.compile(r"(?i)(?<=\S)(?<!\bnursing)(?<!\bgroup)(?<!\bfoster)(?<!\bto)(?<!\bat)(?<!\bfrom)(?<!\bthe)(?<!\bher)"
                        r"(?<!\bhis)(?<!\btheir)(?<!\bown)(?<!\bsent)(?<!\bgo)(?<!\bgoing)(?<!\bwent)(?<!\bgoes)(?<!\bcare)"
                        r"(?<!\bfuneral)(?<!\bmobile)(?<!\bdischarged)(?<!\bdc)(?<!\bd/c)(?<!\bbe)\s+(home)$")


# a reply's safety net typed last in a run-on line: "if he has new weakness trouble speaking or face drooping call 911
# right away", "if he complains of ringing ... or ear pain call us"
_IF_LAST = re.compile(r"(?i)(?<=\S)\s+(if\s+(?:he|she|they|you|your|his|her|the|there|baby|it)\b[^.;!?\n]{3,250}?"
                      r"\b(?:call|go to|911|er|ed|come in|come back|be seen)\b[^.;!?\n]*)$")


def _avoid_apart(text: str) -> list[str]:
    if len(text.split()) < 6:
        return [text]
    out: list[str] = []
    for q in _AVOID_BREAK.split(text):
        if out and (_NOT_NEEDED.match(q) or len(q.split()) < 2):
            out[-1] += " " + q  # "no carnitine needed for now": a medicine not needed stays with the words before
        else:
            out.append(q)
    return out


def _after_outcome(text: str) -> list[str]:
    """Cut a run-on text after each therapy outcome (``_OUTCOME_END``)."""
    out, at = [], 0
    for m in _OUTCOME_END.finditer(text):
        out.append(text[at:m.end(1)])
        at = m.end()
    return out + [text[at:]]


_VISIT_SKILLS = ("discharge-summary", "patient-instructions", "patient-message")


@lru_cache(maxsize=1)
def _visit_break() -> re.Pattern[str]:
    """"... home with husband allergy clinic 2 weeks ID 2 weeks ...": a service and the interval to see it start a
    follow-up visit inside a run-on line (short names only as typed in capitals: "ID 2 weeks", not "id")."""
    names = sorted(rules().specialties, key=len, reverse=True)
    typed = "|".join(re.escape(n) if len(n) > 3 else "(?-i:" + re.escape(n.upper()) + ")" for n in names)
    return re.compile(r"(?i)\s+(?=(?:" + typed + r")(?:\s+(?:clinic|surgeon|team|visit|f/u|follow-up|follow up))?\s+(?:in\s+)?"
                      r"\d+(?:\s?-\s?\d+)?\s?(?:d|days?|wk|wks|weeks?|mo|mos|months?)\b)")


def _visits_apart(text: str) -> list[str]:
    """Cut before each visit (``_visit_break``) that follows a few words of another fact ("19F inpt psych 9 days
    for ..." is the stay, typed first)."""
    out, at = [], 0
    for m in _visit_break().finditer(text):
        if len(text[at:m.start()].split()) >= 3:
            out.append(text[at:m.start()])
            at = m.end()
    return out + [text[at:]]


def _inner_split(clause: str, r: Rules, skill: str = "") -> list[str]:
    """A long clause typed without punctuation is cut before words that start a new fact
    ("... J1439 for IDA intolerant of ferrous sulfate", "A1c 8.9 despite metformin 1000 BID"); a skill may
    add words that start a fact only in its own lines (an instruction's "drink", a discharge's "home with")."""
    if len(clause.split()) < 5:
        return [clause]
    pieces = [q for p in r.inner_break.split(clause) for q in _after_outcome(p)]
    if skill == "patient-message":  # "... email the handout today if he starts avoiding talking ... call us sooner"
        pieces = [q for p in pieces for q in _IF_LAST.sub("\x02\\1", p).split("\x02")]
    if skill in r.skill_breaks:
        cut: list[str] = []
        for p in pieces:
            if skill == "patient-message" and _IF_LAST.match(" " + p):
                cut.append(p)  # the safety net's own "call us" ends it, it does not start another fact
                continue
            for q in r.skill_breaks[skill].split(p):
                if cut and (_VERB_AFTER.match(q) or _MEDS_LABEL_OPEN.fullmatch(cut[-1])):
                    # "Meds >> OT made | no med changes": a medicine label and its subject keep their fact
                    cut[-1] += " " + q  # "... hydrochlorothiazide stopped since it raises TG": the verb ends its drug's fact
                else:
                    cut.append(q)
        pieces = cut
    if skill == "patient-instructions":
        pieces = [q for p in pieces for q in _avoid_apart(p)]
    if skill == "discharge-summary":  # "... cephalexin 500 QID x5d home | f/u PCP 1 wk": where the patient goes, typed last
        pieces = [q for p in pieces for q in _HOME_LAST.sub("\x02home", p).split("\x02")]
    if skill in _VISIT_SKILLS:
        pieces = [q for p in pieces for q in _visits_apart(p)]
    parts: list[str] = []
    for p in pieces:
        if not p.strip():
            continue
        bare = parts[-1].strip().lower() if parts else ""
        # "h/o failed epidural", "pt failed doxy": a bare cue or subject keeps its fact
        if " " not in bare and (("/" in bare and bare in r.starts) or bare in ("pt", "patient", "he", "she", "our", "your", "my",
                                                                             "his", "her", "their")):
            parts[-1] = f"{parts[-1].rstrip()} {p.lstrip()}"
        else:
            parts.append(p)
    out: list[str] = []
    for part in parts:  # "uncomplicated UTI nitrofurantoin 100 bid x5d": a medicine and its dose start a fact
        words = part.split(" ")
        start = 0
        for i in range(2, len(words) - 1):
            w = words[i].lower().strip(",")
            if w in r.drugs and w not in r.lab_words and (re.match(r"\d", words[i + 1]) or _AGENT_DID.match(words[i + 1])) \
                    and words[i - 1].lower() not in _DRUG_LEADS \
                    and not words[i - 1].lower() in r.drugs and i - start >= 2:
                out.append(" ".join(words[start:i]))
                start = i
        out.append(" ".join(words[start:]))
    if len(out) > 1:  # "codeine makes her vomit for graded motor imagery ...": the allergy ends with what it did
        out = [q for p in out for q in _AGENT_DID_RUN.sub("\\1\x02\\2", p).split("\x02")]
    if len(out) > 1 and _said_of_before(out[-1], r):
        # "gallbladder path pending", "the culture is still pending": a break word typed last is said of the words before
        out[-2:] = [f"{out[-2].rstrip()} {out[-1].lstrip()}"]
        nm = _NOTHING_PENDING.match(out[-1])
        if nm and len(nm.group(1).split()) >= 2:  # "... lipid panel in 2 wk nothing pending": nothing is, a fact of its own
            out[-1:] = [nm.group(1), nm.group(2)]
    return out


_NOTHING_PENDING = re.compile(r"(?i)^(.*\S)\s+((?:nothing|none|no results?|no labs?)\s+(?:is\s+|are\s+)?pending)$")


def _said_of_before(part: str, r: Rules) -> bool:
    """A lone word that a cue reads after what it is said of ("pending", "failed", "stopped"): a class's
    ``contains`` or ``ends`` word, not an ask of its own ("overturn")."""
    word = part.strip().lower()
    if " " in word or not word:
        return False
    return any(c.strip() == word for _, cues in r.contains for c in cues) or any(
        word in (e.lower() for e in c.get("ends", ())) for c in r.cues.values())


def _tidy_clause(clause: str) -> str:
    clause = re.sub(r"\s{2,}", " ", clause).strip(" ,;.")
    clause = re.sub(r"(?i)^(?:(?:and|or|&|\+)\s+|(?:→|->)\s*)|\s+(?:and|or|&|\+|w/|with)$", "", clause).strip(" ,;.")
    return clause


# A dictated frame that only names the field: "the question is ...", "new medications are ...", "she takes ..."
_VOICE_FRAME = re.compile(r"(?i)^(?:(?:the|my|our|her|his|their|current|home|new|final|discharge|only)\s+){0,3}"
                          r"(?:question|questions|request|medications|medicines|meds|medication|medicine|med|diagnosis|diagnoses|allergies|plan)\s+"
                          r"(?:is|are|was|were|include|includes)(?:\s+(?:for|that|whether|to))?\s+(?=\S)"
                          r"|^(?:she|he|they)\s+(?:takes|is taking|are taking|is on|'s on)\s+(?=\S)")


_DONE_AND_SHOWED = re.compile(r"(?i)\b(?:was|were|got|been)\s+done\b[^,;]{0,30}?\b(?:and|which|that)\s+(?:showed|shows|revealed|found)\b")
# the dictated frame of an explanation, and each "that ..." clause that carries on one
_EXPLAIN_FRAME = re.compile(r"(?i)^(?:explain(?:\s+to\s+[^,:;]{1,60}?)?\s+that\s+|(?:and\s+)?that\s+)(?=\S)")


def _strip_cue(clause: str, kind: str) -> str:
    """Keep the clinician's words; drop only an 'on' before a medication list."""
    clause = _VOICE_FRAME.sub("", clause, count=1) or clause  # "the question is ...", "current medications are ..."
    if kind == "medications":
        return re.sub(r"(?i)^(?:on|takes|taking|meds:?)\s+", "", clause)
    if kind == "admitted":  # "adm for acute PE", "admitted with DKA": the cue is not the diagnosis
        return re.sub(r"(?i)^(?:adm(?:it(?:ted)?|ission)?|was admitted)\s*(?:for|with|w/|after)?\s*:?\s+", "", clause) or clause
    if kind == "explain":  # "explain to this 24-year-old that he had a first seizure", "and that it is not ...": the fact
        return _EXPLAIN_FRAME.sub("", clause, count=1) or clause
    if kind == "pending":  # "the sputum culture is still pending": the test, not the word
        return re.sub(r"(?i)\s+(?:is|are)\s+(?:still\s+)?pending$", "", clause) or clause
    if kind in ("rebut", "attached"):  # "rebut: ...", "evidence: ...": the label is not the fact
        return re.sub(r"(?i)^(?:rebut(?:tal)?|argument|evidence|attach(?:ed)?)\s*:?\s+", "", clause) or clause
    return clause


_PLAN_WORD = r"(?!(?:I|The|For|From|To|And|Pt|Patient|Standard|Expedited|Urgent|Routine|Request|Requesting|Denied|Dx|Rx|Hx|Ref)\b)[A-Z][a-z][\w'&.-]*"
_PLAN_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s,;(]))((?:" + _PLAN_WORD + r"\s+){1,4})(\(\s*)?$")
_PLAN_NAME_AFTER = re.compile(r"(?:\s+" + _PLAN_WORD + r"(?![\w/:=-])){1,3}")


_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_WORD_AGE = r"(?:(?:one hundred(?:\s+and)?\s+)?(?:" + _TENS + r"(?:[\s-]+" + _UNITS + r")?|" + _TEENS + r"|" + _UNITS + r")|one hundred)"
_WHO = r"(?:woman|man|female|male|lady|gentleman|boy|girl)"
# "seventy eight year old woman" (dictated), "female of 52 years", "man of 81 years old" (non-native phrasing)
# who the patient is, named by family role or stage of life: "a thirty-eight year old mother", "a 31 year old mother",
# "a five-day-old boy", "three and a half year old boy", "a seventy-four year old with ..."
_WHO_FAMILY = r"(?:mother|father|mom|dad|mum|child|baby|infant|toddler|newborn|neonate|teen(?:ager)?)(?!\s+(?:girl|boy)\b)"
_AGE_IN_WORDS = re.compile(r"(?i)(?<![\w-])(?:" + _WORD_AGE + r"(?:\s+and\s+a\s+half)?[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\s+"
                           + r"(?:" + _WHO + r"|" + _WHO_FAMILY + r")"
                           + r"|" + _WORD_AGE + r"(?:\s+and\s+a\s+half)?[\s-]+years?[\s-]+old(?=\s+(?:with|who|w/|after|whose|to|for)\b)"
                           + r"|\d{1,3}(?:\s+and\s+a\s+half)?[\s-]+(?:years?|months?|weeks?|days?)[\s-]+old\s+" + _WHO_FAMILY
                           + r"|" + _WHO + r"\s+of\s+(?:\d{1,3}|" + _WORD_AGE + r")\s+(?:years|yrs)(?:\s+old)?"
                           + r"|" + _WHO + r",?\s+(?:\d{1,3}|" + _WORD_AGE + r")\s+years\s+old)(?![\w-])")
# "29 yo G3P1011 at 22w4d", "36 yo G3P3", "26 yo G1P0 at 30w3d": the obstetric identification as typed
# "a 36-year-old man with biopsy-proven IgA nephropathy, ...", "the woman of 59 years with osteoporosis (M80.08XA)":
# in a prior-auth sentence the condition the patient has is the diagnosis; it ends at a comma, bracket or sentence
_PATIENT_WITH = re.compile(r"(?i)(?<![\w-])(?:(?:\d{1,3}|" + _WORD_AGE + r")[\s-]+(?:years?|yrs?)[\s-]+old\s+" + _WHO
                           + r"|(?:the\s+)?" + _WHO + r"\s+of\s+\d{1,3}\s+years)\s+(?:with|w/)\s+(?:an?\s+)?"
                           r"((?!(?:a|an|the|no|his|her|history|h/o|pmh)\b)[a-z][^,;.()\n]{2,90}?)"
                           r"(?=\s*(?:[,;()\n]|\.(?:\s|$)|\s(?:who|whose|since|despite|and\s(?:he|she|his|her)|on\s(?!the)|icd)\b|$))")
# patient instructions asked for by topic, then the patient and the condition: "foot care for pt with diabetic
# neuropathy", "low salt diet for 67M w/ HFpEF", "a 28-year-old woman who is starting sertraline for postpartum depression"
_WHO_FOR = (r"(?:(?:a|an|the|this|my|our)\s+)?(?:pt|patient|(?:\d{1,3}|" + _WORD_AGE + r")(?:\s?(?:yo|y/o|mo|m|f|[- ]?(?:year|month)s?[- ]old))?"
            r"(?:\s+(?:man|woman|boy|girl|child|baby|infant|lady|gentleman|m|f))?|man|woman|child|boy|girl|baby|infant|teen(?:ager)?|toddler)")
_TOPIC_FOR_PATIENT = re.compile(r"(?i)^(?P<topic>(?!(?:a|an|the|this|my)\b)[a-z][^,;:]{1,50}?)\s+for\s+" + _WHO_FOR
                                + r"\s+(?:with|w/|who has|who is starting|starting|on)\s+(?P<cond>[^,;:]{3,80})(?::\s*(?P<more>.*))?$"
                                r"|^" + _WHO_FOR + r"\s+(?:who is|is)?\s*(?:starting|beginning|going on|on)\s+(?P<topic2>[^,;:]{2,40}?)"
                                r"\s+for\s+(?P<cond2>[^,;:]{3,80})$")


def _topic_for_patient(clause: str) -> tuple[str, str, str] | None:
    """(topic, condition, what follows a colon) of "foot care for pt with diabetic neuropathy" or "a 28-year-old
    woman who is starting sertraline for postpartum depression"; None when the clause is not typed so."""
    m = _TOPIC_FOR_PATIENT.match(clause)
    if not m:
        return None
    if m.group("topic"):
        return m.group("topic").strip(), m.group("cond").strip(), (m.group("more") or "").strip()
    return m.group("topic2").strip(), m.group("cond2").strip(), ""


# "This 64-year-old woman has ...", "This patient, woman of 33 years, has ...": the patient, then what they have
_PATIENT_HAS = re.compile(r"(?i)^(?:(?:this|the|our)\s+)?(?:patient,?\s+)?(?:(?:an?\s+)?(?:\d{1,3}|" + _WORD_AGE
                          + r")[\s-]+(?:years?|yrs?)[\s-]+old(?:\s+" + _WHO + r")?|(?:the\s+)?" + _WHO
                          + r"\s+of\s+\d{1,3}\s+years)\s*,?\s+(?:has|had|is having|presents with|with)\s+(?:an?\s+)?(?=\S)")
# a patient's message typed after a colon ("pt w/ ankle sprain ... msg: ...", "asked through the portal: ...") runs,
# commas and sentences included, to where the clinician's answer starts ("reply:", "answer:", "points:", "Please answer")
# the patient's own words after the verb that brought them and a colon: "wrote through the portal: ...", "pt wrote in: ...",
# "messaged: ...", "Q via app: ...", "Pt Msg>> ..."
_MSG_VIA = r"(?:\s+(?:in\s+)?(?:through|via|on|by|in)\s+(?:the\s+|our\s+)?(?:patient\s+)?(?:portal|app|mychart|email|e-mail|chat))"
_MSG_OPEN = re.compile(r"(?i)(?:^|(?<=[\s,(]))(?:pt\s+|patient\s+)?(?:msg|message|portal\s+(?:msg|message|q)|asks|asking|"
                       r"asked" + _MSG_VIA + r"?|sent a message asking|(?:wrote|writes|messaged)(?:\s+in)?" + _MSG_VIA + r"?"
                       r"(?:,\s*(?:worried|upset|anxious|concerned))?|q" + _MSG_VIA + r")\s*(?::{1,2}|>>)\s*(?=\S)")
_MSG_END = re.compile(r"(?i)\s*(?:\|\||\s\|\s|\s*;\s|[.;?!]?\s+(?:reply|answer(?:\s+for\s+(?:him|her|them))?|ans|points|response|resp)\s*[:=]"
                      r"|[.;?!]?\s+please\s+(?:answer|tell|reply|reassure|explain|let)\b|(?<=\?)\s*(?:→|->)\s"
                      r"|(?<=[.?!])\s+(?:answer|tell|reply|reassure|explain|let)\s+(?:him|her|them|that|the)\b|\s[\u2014\u2013-]\s+(?:points|answer|reply|ans)\b)")
# the reply typed first, then who asked and what: "— that's my reply to a gout pt on allopurinol who asked by portal: ...",
# "— reply to an asthma pt whose portal message says ..."
_REPLY_TO = re.compile(r"(?i)\s*(?:[\u2014\u2013]|--?|[.;])?\s*(?:(?:that's|that is|this is|here's|here is)\s+)?(?:my\s+)?(?:reply|answer|response)"
                       r"\s+to\s+(.{3,160}?)\s+(?:who\s+(?:asked|wrote|messaged)(?:\s+(?:via|by|through|on|in)\s+(?:the\s+)?portal)?"
                       r"(?:\s+(?:asking|to ask))?|whose\s+(?:portal\s+)?(?:message|msg|question)\s+(?:says|said|reads|asks|is))\s*:?\s*(.{3,})$")
_OB_ID = re.compile(r"(?i)(?<![\w/])\d{1,2}\s?(?:yo|y/o|y\.o\.|yr|years?[- ]old)\s+G\d{1,2}\s?P\d{1,4}(?:-\d{1,2}){0,3}"
                    r"(?:\s+(?:at|@)\s+\d{1,2}(?:\s?w(?:ks?)?(?:\s?\d\s?d)?|\+\d))?(?![\w/+])")


# "2nd level appeal", "first-level internal", "level 1", "lvl II appeal", "external review"
_APPEAL_LEVEL = re.compile(r"(?i)\b(?:(1st|first|2nd|second)(?:[- ]?(?:internal\s+)?(?:level|lvl)(?:\s+internal)?(?:\s+appeal)?|\s+appeal|\s+internal(?=\s+(?:appeal|review)\b))"
                           r"|(?:level|lvl)\s?(1|2|one|two|i|ii)(?:\s+(?:internal\s+)?appeal)?|(?:external|ext\.?)\s+(?:review(?:er)?|appeal)|iro review"
                           # a state's review of a workers' compensation denial, an outside reviewer: the external level
                           r"|independent\s+(?:medical|external)\s+review(?:er)?|imr"
                           # Medicare's first appeal has its own name
                           r"|(redetermination))\b")


# "expedited is not needed", "no need for an expedited review", "doesn't need to be urgent": an urgency turned down
_NEGATED_AFTER = re.compile(r"(?i)\s*(?:review|processing|request|handling)?\s*(?:is\s+|was\s+|isn't\s+|'s\s+)?(?:not\s+(?:needed|necessary|required|"
                            r"requested|warranted|indicated)|unnecessary|isn't needed|isn't necessary)\b")
_NEGATED_BEFORE = re.compile(r"(?i)\b(?:no need for|don't need|do not need|doesn't need|does not need|not requesting|no)\s+"
                             r"(?:an?\s+|to be\s+)?$")


_IS_FINE = re.compile(r"(?i)\s*(?:review\s+)?(?:is|would be|will be)\s+(?:fine|ok|okay|good|enough)\b")


def _take_inline(clause: str, put, taken, r: Rules, skill: Any) -> str:  # type: ignore[no-untyped-def]
    """Facts that sit inside a clause (age and sex, specialty, urgency, allergy, payer, codes)."""
    if skill_map(skill).get("age_sex") == "patient" and not taken("age_sex"):
        om = _OB_ID.search(clause) or _AGE_IN_WORDS.search(clause)
        if om and put("age_sex", om.group(0)):
            clause = (clause[:om.start()] + clause[om.end():]).strip(" ,")
    m = _AGE_SEX.search(clause)
    if m and (m.start() == 0 or clause[:m.start()].strip().lower() in ("pt", "patient", "a", "for")
              or (not taken("age_sex") and skill_map(skill).get("age_sex") == "patient")) \
            and (m.group(1) or skill_map(skill).get("age_sex") == "patient"):  # "F3 fibrosis" is no patient  # "ED TO ORTHO URGENT 45M ...": the first age and sex typed
        if put("age_sex", age_sex(m)):
            clause = (clause[:m.start()] + clause[m.end():]).strip(" ,")
    low = clause.lower()
    # allergies
    am = re.search(r"(?i)\b(nkda|nka|no known (?:drug )?allergies|no allergies|no drug allergies)\b", clause)
    if am:
        word = am.group(1).lower()
        put("allergies", "no known drug allergies" if word in ("nkda", "no known drug allergies", "no drug allergies")
            else "no known allergies")
        clause = (clause[:am.start()] + clause[am.end():]).strip(" ,")
    else:
        am = re.search(r"(?i)\b(?:allergic to|allergy to|allergies?:?)\s+(.+)$", clause) or \
            re.search(r"(?i)^(.+?)\s+allergy(?:\s*\(.*\))?$", clause) or r.reaction.match(clause)
        if am and put("allergies", am.group(0) if "allerg" in am.group(0).lower()[:12] else am.group(0)):
            clause = ""
    if not clause:
        return ""
    low = clause.lower()
    # payer (before urgency: "Priority Health" is a plan)
    pm = re.search(r"(?i)\b(?:payer|plan|insurance|ins)\s*(?:is|:)?\s+(?!says|said|denied|wants|requires)"
                   r"((?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3})", clause)  # a name: "per plan policy" is not
    if pm and put("payer", pm.group(1)):
        clause = (clause[:pm.start()] + clause[pm.end():]).strip(" ,")
    else:
        py = r.payer_rx.search(clause) if r.payer_rx else None
        if py:  # the first payer named, as long as typed ("Molina Medicaid", "BCBS of Texas")
            start, end = py.start(), py.end() + r.payer_suffix.match(clause[py.end():]).end()
            # a plan's own name around a known word: "Texas Children's Health Plan (Medicaid)", "Humana Gold Plus"
            bm = _PLAN_NAME_BEFORE.search(clause[:start])
            if bm:
                start = bm.start(1)
                if bm.group(2) and clause[end:end + 1] == ")":
                    end += 1
            am = _PLAN_NAME_AFTER.match(clause, end)
            if am and not re.match(r"\s*\d", clause[am.end():]) \
                    and not any(w.lower() in r.drugs for w in am.group(0).split()):  # "UHC Evolocumab 140mg": the drug
                end = am.end()
            if put("payer", clause[start:end]):
                clause = (clause[:start] + clause[end:]).strip(" ,")
    # urgency
    low = clause.lower()
    for typed, rx in r.urgency_rx:
        um = rx.search(clause) if typed in low or not clause.isascii() else None
        na = _NEGATED_AFTER.match(clause, um.end()) if um else None
        nb = _NEGATED_BEFORE.search(clause[max(0, um.start() - 25):um.start()]) if um else None
        if um and (na or nb) and ("urgency" in skill_map(skill) or "urgency_expedited" in skill_map(skill)):  # "expedited review is not needed, standard is fine": the level the clinician turned down
            start = um.start() - (len(nb.group(0)) if nb else 0)
            end = na.end() if na else um.end() + len(re.match(r"(?i)(?:\s+review)?", clause[um.end():]).group(0))
            clause = (clause[:start] + " " + clause[end:]).strip(" ,")
            low = clause.lower()
            continue
        if um:
            canon = r.urgency[typed]
            if put("urgency", canon) or (canon != "routine" and put("urgency_expedited", "expedited")) or \
                    (canon == "routine" and put("urgency_expedited", "standard")):
                fine = _IS_FINE.match(clause, um.end())  # "standard is fine", "routine is ok"
                clause = (clause[:um.start()] + clause[fine.end() if fine else um.end():]).strip(" ,")
            break
    lm = _APPEAL_LEVEL.search(clause) if skill_map(skill).get("appeal_level") else None
    if lm:
        first = (lm.group(1) or lm.group(2) or lm.group(3) or "").lower()
        level = "external review" if lm.group(0).lower().startswith(("ext", "iro", "indep", "imr")) else (
            "first-level internal" if first in ("1st", "first", "1", "one", "i", "redetermination") else "second-level internal")
        if put("appeal_level", level):
            clause = (clause[:lm.start()] + clause[lm.end():]).strip(" ,")
    qm = re.search(r"['\u2018\u201c\"]([^'\u2019\u201d\"]{4,120})['\u2019\u201d\"]", clause)
    if qm and put("quoted", qm.group(1)):
        clause = (clause[:qm.start()] + clause[qm.end():]).strip(" ,;")
    # procedure / service codes (prior-auth, appeal)
    for cm in list(_CPT.finditer(clause)):
        if put("service_codes", cm.group(0)):
            clause = clause.replace(cm.group(0), " ", 1).strip(" ,")
    # "... NKDA on donepezil 5 qhs q: ...": a medication list inside a longer unpunctuated clause
    if "medications" in skill_map(skill) and not _MEDS_CUE.match(clause):
        for mm in _ON_MEDS.finditer(clause):  # "on CTA ... on aspirin 81": the one followed by a medicine
            end = mm.end()
            taken = []
            while True:
                dm = _DRUG_DOSE.match(clause, end)
                if not dm or dm.group(1).lower() not in r.drugs:
                    break
                taken.append(dm.group(0).strip(" ,+"))
                end = dm.end()
            if taken:
                if put("medications", ", ".join(taken)):
                    clause = (clause[:mm.start()] + " " + clause[end:]).strip(" ,")
                break
    # "from primary care"
    fm = re.match(r"(?i)^from\s+(?!(?:a|an|his|her|their|this|that|my|its)\s)(.+)$", clause.strip())  # not "from a changing mole"
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

    return _abbreviation_rx().sub(repl, text)


@lru_cache(maxsize=1)
def _abbreviation_rx() -> re.Pattern[str]:
    """Every abbreviation as one pattern, longest first; built once (``expand`` runs several times a request)."""
    keys = sorted(rules().abbreviations, key=len, reverse=True)
    return re.compile(r"(?<![\w/])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w/])", re.IGNORECASE)
