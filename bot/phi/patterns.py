"""Compiled patterns for identifiers that have a shape (emails, phones, record numbers...).

Each :class:`Rule` flags ``match.span(group)``; keyword-led rules flag only the value, so
"MRN 00482913" yields the digits and the keyword stays readable in redacted text.

Speed matters (a megabyte in well under a second), and running forty regexes over the
whole text costs more than that. So:
- rules that start with a digit are merged into one regex (``DIGIT_RX``) that fails fast
  on every non-digit position;
- keyword rules run only where one of their ``triggers`` occurs (found with ``str.find``
  on the lowercased text), matched from that position (``mode="match"``) or searched in a
  small window around it (``mode="window"``).
Every pattern is linear: no nested unbounded quantifiers, bounded repetitions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bot.phi.lexicon import street_suffixes

# A value after a keyword: letters/digits with inner dashes, dots or slashes, 4+ chars; digit groups
# may be spaced, and may follow a short letter prefix ("XYP 884 210 553").
_VAL = r"((?:[A-Z]{2,4} (?=\d{3,4} \d))?[A-Za-z0-9](?:[A-Za-z0-9]|[-./](?=[A-Za-z0-9])|(?<=\d) (?=\d)){3,39})"
_SEP = r"\s{0,3}(?:(?:number|num|no\.?|nbr|#|id|is|:|=)\s{0,3}){0,3}"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_SPOKEN_MONTH = r"(?:january|february|march|april|(?-i:May|MAY)|june|july|august|september|october|november|december)"
_SPOKEN_MONTH_TRIGGERS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                          "november", "december")
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_OR_TEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_SPOKEN_ORDINAL = (r"(?:(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|"
                   r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
# "nineteen forty", "nineteen oh five", "twenty twenty three", "two thousand (and) eight"
_SPOKEN_YEAR = (r"(?:(?:nineteen|twenty)\s(?:oh\s" + _UNIT_WORD + r"|" + _TEEN_OR_TEN + r"(?:[- ]" + _UNIT_WORD + r")?)"
                r"|two\sthousand(?:\s(?:and\s)?(?:" + _TEEN_OR_TEN + r"(?:[- ]" + _UNIT_WORD + r")?|" + _UNIT_WORD + r"))?)")
_MONTH_TRIGGERS = (
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
    "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
)


@dataclass(frozen=True)
class Rule:
    category: str
    confidence: float
    rx: re.Pattern[str]
    group: int = 0
    triggers: tuple[str, ...] = ()  # lowercase literals; empty = run on the whole text
    mode: str = "full"  # "full", "match" (at the trigger) or "window" (search around it)
    window: tuple[int, int] = (0, 0)
    boundary: bool = True  # trigger must start a word
    gate: re.Pattern[str] | None = None  # cheap regex that must occur somewhere first


def _kw(category: str, conf: float, words: str) -> Rule:
    """Keyword then value: 'MRN: 00482913', 'policy # XJ-55120'."""
    firsts = {re.match(r"[a-z]+", w).group() for w in words.split("|")}
    # expand "licen[cs]e"-style classes into the words they spell
    for w in words.split("|"):
        m = re.match(r"([a-z]+)\[([a-z]+)\]([a-z]*)", w)
        if m:
            firsts |= {m.group(1) + c + m.group(3) for c in m.group(2)}
    triggers = tuple(sorted(firsts))
    rx = re.compile(r"(?i)\b(?:" + words + r")(?![a-z])" + _SEP + _VAL)  # "reference 4471-220" is not "ref" + "erence"
    return Rule(category, conf, rx, 1, triggers, "match")


def _re(p: str) -> re.Pattern[str]:
    return re.compile(p)


def _alt(words: tuple[str, ...], case: str) -> str:
    """Street suffixes as a regex alternation, written in one case ("title", "upper" or "lower"): each address
    rule takes its words from ``data/street_suffixes.txt`` (by tag) and matches them in the case it reads."""
    form = {"title": str.capitalize, "upper": str.upper, "lower": str.lower}[case]
    return "(?:" + "|".join(form(w) for w in words) + ")"


# The address rules' suffixes, by their tags in data/street_suffixes.txt. The rules for a street without a
# house number run where one of their suffixes stands (the lowercase words are their triggers). "Dr" is also
# a title, so as a trigger it would fire at every "Dr Smith": the named streets ending in "Dr" have a rule of
# their own below, run once over the text (the detector runs it only when " Dr" occurs).
_NUMBERED = street_suffixes("numbered")
_NUMBERED_CAPS = street_suffixes("numbered-caps")
_NUMBERED_LOWER = street_suffixes("numbered-lower")
_NAMED = tuple(w for w in street_suffixes("named") if w != "dr")
_NAMED_CAPS = street_suffixes("named-caps")
_NAMED_LOWER = street_suffixes("named-lower")


# (an ordinal street may be written out, capitalised as a name is: "Seventh and Juniper"; "at first and then" is prose)
_ORD = r"(?:\d{1,3}(?:st|nd|rd|th)|(?-i:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth))"
# the most common US street names (trees, Main, Market...): one side of a street corner
_STREET_NAMES = (r"(?:main|elm|oak|maple|pine|vine|cedar|walnut|chestnut|spruce|birch|willow|market|broad|church|park|lake|"
                 r"high|mill|water|spring|state|center|washington|lincoln|jefferson|madison|franklin|grand)")


# a street corner: "at Elm and 3rd", "5th and vine", "corner of Main & Oak" (an ordinal street or a common
# street name on at least one side; not "1st and 2nd dose", "3rd and 4th intercostal space"); the detector
# tries it only around " and " / " & "
STREET_CORNER = re.compile(r"(?i)\b(?:at|on|near|of|by)\s((?:" + _ORD + r"|[a-z]{3,12})\s(?:and|&)\s" + _ORD + r"|"
                           + _ORD + r"\s(?:and|&)\s[a-z]{3,12}|" + _STREET_NAMES + r"\s(?:and|&)\s" + _STREET_NAMES + r")\b"
                           r"(?!\s(?:dose|doses|trimester|grade|degree|line|cycle|week|weeks|day|days|time|times|place|floor|year|rib|ribs|toe|toes|"
                           r"finger|fingers|metacarpals?|metatarsals?|digits?|cranial|nerves?|heart|sounds?|ventricles?|intercostal|lumbar|sacral|"
                           r"cervical|thoracic|percentiles?|generation|party|shift|visits?|attempts?|try|round|sessions?|fractions?|layers?|"
                           r"branch|branches|segments?|compartments?|molars?|premolars?|web|webs|space|spaces|lines|degree|degrees))")


# Rules whose match starts with a digit, "(" or "+": merged into DIGIT_RX, in priority order.
DIGIT_RULES: list[Rule] = [
    Rule("SSN", 0.97, _re(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
    Rule("DATE", 0.96, _re(r"(?<![\w/.])(?<!\d-)(?:0?[1-9]|[12]\d|3[01])[/-](?:0?[1-9]|[12]\d|3[01])[/-](?:\d{4}|\d{2})(?![\w/-]|\.\d)")),
    Rule("DATE", 0.96, _re(r"(?<![A-Za-z0-9/.-])(?:1[89]|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)")),
    Rule("DATE", 0.9, _re(r"(?<![\w/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:\.\d{2}\b|\s?(?:-|to)\s?(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b|/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\b)(?![/\d])")),
    Rule("DATE", 0.8, _re(r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|[12]\d|3[01])\.(?:19|20)\d{2}(?![\w.]|\.\d)")),
    # "95y" in a report header: an age over 89 with a bare y
    Rule("AGE", 0.85, _re(r"(?<![\w./-])(?:9\d|1[01]\d)y(?![\w/])")),
    # a Medicare Beneficiary Identifier: 11 characters in a fixed digit/letter pattern, letters without S L O I B Z
    Rule("HEALTH_PLAN", 0.8, _re(r"(?<![\w-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?"
                                 r"[AC-HJKMNP-RT-Y]{2}\d{2}(?![\w-])")),
    # a range of full dates: "9/15/2025-10/30/2025"
    Rule("DATE", 0.96, _re(r"(?<![\w/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})\s?[-–]\s?"
                           r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})(?![\w/])")),
    # "12.14.26": month, day and a two-digit year with dots
    Rule("DATE", 0.75, _re(r"(?<![\w/.-])(?:0?[1-9]|1[0-2])\.(?:0?[1-9]|[12]\d|3[01])\.\d{2}(?![\w.]|\.\d)")),
    Rule("IP", 0.95, _re(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d)")),
    Rule("PHONE", 0.92, _re(r"(?<![\w/.])(?<!\d-)(?:1[\s.-]{1,2})?(?:\(\d{3}\)\s{0,2}|\d{3}[\s./-]{1,3})\d{3}[\s./-]{1,3}\d{4}(?:\s{0,2}(?:x|ext\.?)\s{0,2}\d{1,6})?(?![\w/-]|\.\d)")),
    Rule("PHONE", 0.92, _re(r"\(\d{3}\)\s{0,2}\d{3}[\s.-]{1,3}\d{4}(?![\w/-]|\.\d)")),
    Rule("PHONE", 0.85, _re(r"(?<![\w/.])(?<!\d-)\d{6}-\d{4}(?![\w/-])")),
    Rule("PHONE", 0.8, _re(r"(?<![\w/.])(?<!\d-)\d{3}[\s-]\d{7}(?![\w/-]|\.\d)")),
    Rule("PHONE", 0.75, _re(r"(?<![\w/.:])(?<!\d-)\d{3}-\d{4}(?![\w/-]|\.\d)")),
    Rule("AGE", 0.93, _re(r"(?i:(?<!\d)(?:9\d|1[01]\d|12[0-5])\s{0,2}(?:-\s{0,2})?(?:yo|y/o|y\.o\.?|yrs?\.?(?:\s{1,2}old)?|years?(?:[- ]old| of age)?|-year-old|year-old|yr-old|yo[mfw]|y/?[mf]\b|[mf]\b)(?!\w))")),
    Rule("DATE", 0.93, _re(r"(?i:(?<!\d)(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?" + _MONTH + r"\b\.?(?:,?\s{0,3}(?:\d{4}|'\d{2}))?)")),
    Rule("DATE", 0.93, _re(r"(?i:(?<![\w/-])(?:0?[1-9]|[12]\d|3[01])[-/.]" + _MONTH + r"[-/.](?:\d{4}|\d{2})(?![\w/-]))")),
    Rule("SSN", 0.85, _re(r"(?<![\w-])\d{3} \d{2} \d{4}(?![\w-]| \d)")),
    # digits spaced out one by one ("7 8 1 5 5 5 0 1 4 2"): a number someone tried to hide
    Rule("ID", 0.8, _re(r"(?<![\w.,/-])\d(?:(?:[ .-]{1,2}| - | ?/ ?)\d){6,15}(?![\w]|[.,]\d)")),
    # a bare run of 7-12 digits: no clinical value is written that way; record and account numbers are
    Rule("ID", 0.6, _re(r"(?<![\w.,/:-])\d{7,12}(?![\w%]|[.,]\d)")),
    # month and year ("04/2016"): a date element more specific than the year
    Rule("DATE", 0.8, _re(r"(?<![\w/.-])(?:0?[1-9]|1[0-2])/(?:19|20)\d{2}(?![\w/-]|\.\d)")),
    Rule("LOCATION", 0.92, _re(
        r"(?<!\d)\d{1,6}[A-Za-z]?\s{1,3}(?:[NSEW]\.?\s{1,2}|North\s|South\s|East\s|West\s)?(?:(?:[A-Z][A-Za-z'.-]{1,30}|\d{1,3}(?:st|nd|rd|th))\s{1,3}){1,4}"
        r"(?:" + _alt(_NUMBERED, "title") + "|" + _alt(_NUMBERED_CAPS, "upper") + r")\b\.?"
        r"(?:,?\s{0,3}(?:Apt|Apartment|Unit|Suite|Ste|#|APT|UNIT)\.?\s{0,3}#?\s{0,2}[A-Za-z0-9-]{1,6})?")),
]

DIGIT_ALTERNATIVES = "|".join(f"(?P<d{i}>{r.rx.pattern})" for i, r in enumerate(DIGIT_RULES))
# Two guards that every rule already implies, checked once per position instead of once per rule (a megabyte of
# digits, or of "1/1/1/...", otherwise costs a second): no rule starts on a digit right after an ASCII digit
# (each opens with a look-behind that excludes digits; only the "(555)" phone rule starts on "(" and has none),
# and none starts on a digit between two slashes (the rules whose look-behind lets "/" stand before need
# three digits, a letter, a dot, a space or a suffix next). tests/phi/test_patterns.py checks that the guarded
# regex finds exactly what the bare union does.
DIGIT_GUARD = r"(?!(?<=[0-9])[0-9])(?!(?<=/)[0-9]/)"
DIGIT_RX = re.compile(r"(?=[\d(])" + DIGIT_GUARD + "(?:" + DIGIT_ALTERNATIVES + ")")

RULES: list[Rule] = [
    Rule("EMAIL", 0.99, _re(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b"), 0, ("@",), "window", (64, 300), False),
    Rule("URL", 0.97, _re(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"'`|]{2,2000}"), 0, ("http", "ftp:", "www."), "match"),
    Rule("URL", 0.85, _re(r"(?i)\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,5}\.(?:com|org|net|edu|gov|io|health|us|info|biz|co|uk|ca|app)(?:/[^\s<>\"'`|]{0,2000})?(?![\w@])"),
         0, (".com", ".org", ".net", ".edu", ".gov", ".io", ".health", ".us", ".info", ".biz", ".co", ".uk", ".ca", ".app"), "window", (330, 2100), False),
    # IPv6, full or with "::". Written to start with a hex-digit class (the regex engine then skips to candidate
    # positions; it is searched around every ":"): the plain form is (?i)(?<![\w:])(?=[0-9a-f:]{0,40}[a-f])
    # (?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![\w:])
    Rule("IP", 0.9, _re(r"[0-9A-Fa-f](?<![\w:][0-9A-Fa-f])"
                        r"(?:(?:(?<=[A-Fa-f])|(?=[0-9A-Fa-f:]{0,39}[A-Fa-f]))[0-9A-Fa-f]{0,3}:(?:[0-9A-Fa-f]{1,4}:){2,6}[0-9A-Fa-f]{1,4}(?![\w:])"
                        r"|[0-9A-Fa-f]{0,3}:(?:[0-9A-Fa-f]{1,4}:){0,5}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?(?![\w:]))"),
         0, (":",), "window", (45, 45), False, re.compile(r"[0-9A-Fa-f]:[0-9A-Fa-f]{0,4}:")),
    Rule("SSN", 0.95, _re(r"(?i)\b(?:ssn|ss#|social security|soc\.? ?sec\.?|social)(?:\s{0,3}(?:number|no\.?|#|:|,|is|ending(?: in)?|ends in|last 4|last four)){0,3}\s{0,3}((?:\d{3}|xxx|\*\*\*)[- ]?(?:\d{2}|xx|\*\*)[- ]?\d{4}|\d(?:[ .-]{0,3}\d){8}|\d{4})\b"),
         1, ("ssn", "ss", "social", "soc"), "match"),
    # "the card ending 4417": the visible digits of a payment or stipend card are an account number
    Rule("ACCOUNT", 0.85, _re(r"(?i)\b(?:card|account|acct)\s{1,2}(?:ending|ends)(?:\s{1,2}in)?\s{1,2}(\d{4})\b"), 1, ("card", "account", "acct"), "match"),
    # a rural route box: "RR 2 BOX 118", "Rural Route 3, Box 41"
    Rule("LOCATION", 0.85, _re(r"(?i)\b(?:rr|r\.r\.|rural route|hc)\s?\d{1,3},?\s{1,2}box\s{1,2}\d{1,5}\b"), 0, ("rr", "rural", "hc"), "match"),
    # "the last 4 of her social are 0918": the visible digits of a Social Security number
    Rule("SSN", 0.9, _re(r"(?i)\blast\s(?:4|four)(?:\s(?:digits|numbers))?\sof\s(?:the\s|her\s|his\s|their\s|my\s|your\s)?"
                         r"(?:social(?:\ssecurity)?|ssn|ss#)(?:\s(?:number|no\.?|#))?\s{0,3}(?:is|are|=|:|-)?\s{0,3}(\d{4})\b"), 1, ("last",), "match"),
    # "grandmother died at 93": an age over 89, also a relative's
    Rule("AGE", 0.85, _re(r"(?i)\b(?:died|passed|passed away|deceased)\s{1,2}(?:at|aged?)\s{1,2}(9\d|1[01]\d)\b(?![.,]\d|\s?(?:%|mg|kg|days|weeks|min))"),
         1, ("died", "passed", "deceased"), "match"),
    # a masked SSN still shows its last four: "xxx-xx-4410"
    Rule("SSN", 0.9, _re(r"(?i)\b(?:xxx|\*\*\*)[- ]?(?:xx|\*\*)[- ]?(\d{4})\b"), 1, ("xxx", "***"), "match", (0, 0), False),
    _kw("MRN", 0.97, r"mrn|mr#|mr\s#|medical record|med rec|chart|hospital number|hosp no|unit number|patient number|pt number"),
    # not "group": a group number names the employer's plan, shared by everyone on it
    _kw("HEALTH_PLAN", 0.95, r"member|subscriber|beneficiary|policy|insurance|insurer|health plan|plan|medicaid|medicare|mbi|"
        r"bcbs|blue cross|aetna|cigna|humana|united ?healthcare|kaiser|tricare|payer|medi-cal|medi-cal cin|cin"),
    _kw("ACCOUNT", 0.93, r"account|acct|acc't|billing|invoice|encounter|fin|har|claim|bank"),
    # the label, then whose it is, then the value: "MRN for Terrell Gaines is 5830 1172", "the account for his
    # prostatectomy is 4408-221937"
    Rule("MRN", 0.9, _re(r"(?i)\b(?:mrn|medical record(?: number)?)\b[^.\n\d]{1,48}?\s(\d(?=(?:[ -]?\d){5})[\d -]{4,14}\d)\b(?![.,]\d)"),
         1, ("mrn", "medical"), "match", (0, 0), True, _re(r"\d[\d -]{4,14}\d")),  # (only where such a number stands)
    # "the last four of the SSN ... it's 3309", "last initial and last four: D3826"
    Rule("SSN", 0.85, _re(r"(?i)\blast\s(?:four|4)\b[^.\n]{0,60}?(?<![\w/.-])([A-Z]?\d{4})\b(?![/.:-]\d)"), 1, ("last",), "window",
         (0, 90), True, _re(r"(?i)\b(?:ssn|social|last initial)\b")),
    # a document's number, then whose it is, then the value: "the I-94 number for Ms. Htoo is 9908 1127 443", "police
    # report, the number is 29-113058", "C-file number is 28 715 903", "old service number RA 16 338 207"
    Rule("ID", 0.85, _re(r"(?i)\b(?:report|i-94|c-file|file|passport|visa|service|badge|employee|student|ticket|confirmation|"
                         r"tracking|docket|citation|incident|permit|voucher)\b[^.\n\d]{0,40}?\b(?:number|no\.?|#)(?:[^.\n\d]|(?<=M[rs])\.|(?<=Mrs)\.|(?<=Dr)\.){0,30}?"
                         r"(?:\b(?:is|was)\b|:|=|(?<=number))\s{1,2}((?-i:[A-Z]{1,3}\s?)?\d(?=(?:[ -]?\d){5})[\d -]{4,14}\d)\b(?![.,]\d)"
                         r"(?!\s?(?:cells|copies|units|mg|mcg|ml|k|/))"),
         1, ("report", "i", "c", "file", "passport", "visa", "service", "badge", "employee", "student", "ticket", "confirmation",
             "tracking", "docket", "citation", "incident", "permit", "voucher"), "match", (0, 0), True, _re(r"\d[\d -]{4,14}\d")),
    Rule("ACCOUNT", 0.88, _re(r"(?i)\b(?:account|acct)\b[^.\n\d]{1,48}?(?:\b(?:is|was)|=|:)\s{1,2}(\d[\d -]{4,14}\d)\b(?![.,]\d)"),
         1, ("account", "acct"), "match", (0, 0), True, _re(r"\d[\d -]{4,14}\d")),
    _kw("VEHICLE", 0.95, r"license plate|licence plate|plate|tag number|vin|vehicle|car"),
    # "plate CJX 4417", "vehicle plate 4ZZR 918": a plate written with a space, letters and digits; after its state's
    # code it may be written without one ("plate is WA BTR4471")
    Rule("VEHICLE", 0.95, _re(r"(?i:\b(?:license|licence|vehicle|car|truck)?\s?(?:plate|tag)\s{0,3}(?:number|no\.?|#|:|is)?\s{0,3}(?:[A-Z]{2}\s{1,2})?)"
                              r"((?=[A-Z0-9 -]{0,9}\d)(?=[A-Z0-9 -]{0,9}[A-Z])(?:[A-Z0-9]{1,4}[ -][A-Z0-9]{2,5}|(?<=[A-Z]{2} )[A-Z0-9]{5,8}))(?![\w-])"),
         1, ("plate", "tag"), "match"),

    _kw("LICENSE", 0.94, r"driver'?s? licen[cs]e|licen[cs]e|lic|dea|npi|certificate|cert|passport|dl|d/l|drivers? lic|cdl"),
    # a short serial right after its label: "SN 8G4"
    Rule("DEVICE", 0.9, _re(r"(?i)\b(?:sn|s/n|serial(?: no\.?| number| #)?)\s{0,3}[:#]?\s{0,3}((?=[a-z]?\d[a-z]?\d)[a-z0-9]{3})\b"), 1,
         ("sn", "s/n", "serial"), "match"),
    # a lot or model number names a batch or a product, not one patient's device ("lot 4K27B", "model 1870+")
    _kw("DEVICE", 0.94, r"serial|serials|serial numbers|s/n|sn|device(?: id)?|udi|imei|pacemaker|icd|defibrillator|pump|implant|"
        r"meid|mac address|mac|bracelet|wristband"),
    _kw("ID", 0.9, r"patient id|pt id|id|identifier|ref|reference|case|specimen|accession|order|badge|employee|authorization|"
        r"ticket|tracking|confirmation|record|study id|subject|requisition|barcode|donor|donor id|kit|unit number|booking|"
        r"triage tag|toe tag|tag|police report|report number|envelope"),
    Rule("URL", 0.9, _re(r"\b(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s{1,3}(/[^\s\"']{1,2000})"), 1,
         ("get", "post", "put", "patch", "delete", "head", "options"), "match"),
    Rule("ID", 0.8, _re(r"#\s{0,2}([A-Za-z]{0,3}-?\d{4,}[A-Za-z0-9-]{0,20})"), 1, ("#",), "match", (0, 0), False),
    Rule("VEHICLE", 0.85, _re(r"\b(?=[A-HJ-NPR-Z0-9]{0,16}\d)(?=[A-HJ-NPR-Z0-9]{0,16}[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"), 0,
         ("vin", "vehicle", "car", "plate", "truck", "auto"), "window", (40, 60), False),
    Rule("LICENSE", 0.8, _re(r"\b[ABCDEFGHJKLMPRSTUX][A-Z]\d{7}\b"), 0, ("dea", "license", "licence", "lic"), "window", (10, 40), False),
    # a biometric identifier is the template, hash or file that follows the word ("fingerprint verification, template
    # on file FP-20417-BD93E"); the word alone ("Pyxis fingerprint isn't reading") identifies nobody
    Rule("BIOMETRIC", 0.9, _re(
        r"(?i)\b(?:finger ?prints?|finger ?scans?|thumb ?prints?|thumb ?scans?|voice ?prints?|voice samples?|retina(?:l)? scans?|iris (?:scans?|codes?|templates?)|"
        r"face ?prints?|facial (?:recognition|scans?|images?|templates?|geometry)|palm ?prints?|palm[- ]?veins?|vein (?:scans?|patterns?)|"
        r"hand geometry|biometrics?(?: data| template| id)?|full[- ]face (?:photo(?:graph)?s?|pictures?|images?)|"
        r"dna profiles?|gait signatures?|face[- ]?id|(?:enrolled|enrolment|enrollment)\s(?:her|his|their)\s(?:face|voice|palm|iris))"
        r"[^.;\n?!\[\]]{0,60}?[\s:#=(]((?=[\w.-]{0,40}\d)[A-Za-z0-9][\w.-]{3,40}[A-Za-z0-9]|[\w-]{1,60}\.(?:wav|dat|bin|mp3|m4a|tiff?|png|jpe?g|heic))(?![\w-])"),
         1, ("finger", "fingerprint", "fingerprints", "thumb", "thumbprint", "voice", "voiceprint", "voiceprints", "retina", "retinal",
            "iris", "face", "faceprint", "facial", "palm", "palmprint", "hand", "biometric", "biometrics", "full", "dna", "gait", "vein",
            "enrolled", "enrolment", "enrollment"), "match"),
    # "kiosk failed for Mr. Mwangi, template PV-0081-3X", "won't read her finger; template TC-FP-40918": a template
    # code in a message about a biometric reader is the template, wherever the reader was named
    Rule("BIOMETRIC", 0.85, _re(r"(?i)\btemplates?\s{0,3}(?:id|no\.?|#|:|=)?\s{0,3}((?=[\w-]{0,40}\d)[A-Za-z0-9][\w-]{3,40}[A-Za-z0-9])(?![\w-])"),
         1, ("template", "templates"), "match", (0, 0), True,
         _re(r"(?i)\b(?:finger|thumb|palm|face|facial|iris|retina|vein|voice|kiosk|biometric|time clock)")),
    Rule("FAX", 0.95, _re(r"(?i)\bfax(?:\s{0,3}(?:number|no\.?|#|:|is|to|at))*\s{0,3}((?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s./-]{0,2}\d{3}[\s.-]{0,2}\d{4})\b"), 1, ("fax",), "match"),
    # a short number after "cell" or "call back" is a phone number cut short, and a five-digit pager a
    # hospital number; a four-digit extension or pager ("ext 4471", "pager 2210") is a desk inside the
    # hospital and is left alone
    Rule("PHONE", 0.85, _re(r"(?i)\b(?:cell|mobile|phone|tel|call back|callback)\s{0,3}(?:#|no\.?|number|:|is|at){0,2}\s{0,3}"
                            r"(?!(?<=at )(?:[01]\d|2[0-3])[0-5]\d\b)(\d{4,6})\b"),  # "takes the phone at 2300" is a time
         1, ("cell", "mobile", "phone", "tel", "call", "callback"), "match"),
    Rule("PHONE", 0.85, _re(r"(?i)\b(?:pager|beeper|pgr|pg)\s{0,3}(?:#|no\.?|number|:|is|at){0,2}\s{0,3}(\d{5,6})\b"),
         1, ("pager", "beeper", "pgr", "pg"), "match"),
    Rule("PHONE", 0.9, _re(r"\+(?:[2-9]\d{0,2})[\s.-]?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}\b"), 0, ("+",), "match", (0, 0), False),
    # dictated: "date of birth 3 slash 8 slash 1944"
    # a date said aloud and dictated: "October twelfth twenty twenty three", "the ninth of May nineteen forty",
    # "June second"; a month alone is no date element, and "May" the verb is never read in lower case
    Rule("DATE", 0.88, _re(r"(?i)\b(?:" + _SPOKEN_MONTH + r"\s(?:the\s)?" + _SPOKEN_ORDINAL + r"|(?:the\s)?" + _SPOKEN_ORDINAL
                           + r"\sof\s" + _SPOKEN_MONTH + r")\b(?:,?\s" + _SPOKEN_YEAR + r"\b)?"
                           r"(?!\s(?:opinion|line|look|dose|round|time|visit|try|attempt|set|shot|cycle)s?\b)"),
         0, _SPOKEN_MONTH_TRIGGERS, "window", (24, 48), False),
    Rule("DATE", 0.9, _re(r"(?i)\b\d{1,2}\s(?:slash|dash)\s\d{1,2}\s(?:slash|dash)\s(?:19|20)?\d\d\b"), 0, ("slash", "dash"),
         "window", (8, 20), False),
    Rule("DATE", 0.95, _re(r"(?i)\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)\s{0,3}[:=-]?\s{0,3}(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{6,8})\b"),
         1, ("dob", "date", "birth", "birthdate", "born"), "match"),
    # a month glued to its day in capitals is a gene or marker ("SEPT9 methylation", "OCT4"), "Sept9" a date
    Rule("DATE", 0.93, _re(r"(?i)\b" + _MONTH + r"(?:\.?\s{1,3}|\.|(?-i:(?<![A-Z])))(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s{0,3}(?:\d{4}|'\d{2}))?(?!\s?(?:mg|mcg|ml|units?|%|kg|lbs?)\b)"),
         0, _MONTH_TRIGGERS, "match"),
    Rule("DATE", 0.9, _re(r"(?i)\b(?:January|February|April|June|July|August|September|October|November|December|March|(?-i:May|MAY)|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s{0,3}(?:of\s{1,3})?(?:(?:19|20)\d{2}|'\d{2})\b"),
         0, _MONTH_TRIGGERS, "match"),
    Rule("DATE", 0.85, _re(r"(?i)\b(?:january|february|april|july|august|september|october|november|december)\b"), 0, _MONTH_TRIGGERS, "match"),
    Rule("DATE", 0.8, _re(r"(?i:\b(?:in|on|since|of|early|late|mid|by|until|till|last|next|this|during|from)\s{1,3})(March|MARCH|May|MAY|June|JUNE|Sept|SEPT|march|june)\b"),
         1, ("mar", "march", "may", "jun", "june", "sept"), "window", (12, 8), False),
    Rule("DATE", 0.85, _re(r"(?i)\b(?:on|since|until|by|from) the\s{1,2}((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?! (?:dose|doses|day|week|time|attempt|try|one|floor|fl|level|grade|degree|percentile|line|cycle|round|generation|rib|toe|finger|digit|nerve|ventricle|trimester|of (?:the|these)))"),
         1, ("st", "nd", "rd", "th"), "window", (16, 6), False),
    # the day said as a word: "had the test on the ninth and", "last known well on the evening of the sixteenth,"
    # (from the fourth on: "on the first" and "the second" are as often an order as a day); a noun after it is no day
    Rule("DATE", 0.8, _re(r"(?i)\b(?:on|since|until|till|by|from|of|before|after|to)\sthe\s((?:(?:twenty|thirty)[- ](?:first|second|third)|"
                          r"(?:(?:twenty)[- ])?(?:fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|"
                          r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))\b"
                          r"(?=\s*(?:[.,;:!?)\]]|$)|\s(?:at|and|or|when|so|but|instead|in\sthe\s(?:morning|afternoon|evening))\b)"),
         1, ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
             "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "first", "second", "third"),
         "window", (24, 8), False),
    # "Tuesday the 14th", "before the 20th.", "due the 3rd at 9": after a weekday or a word of time order, the
    # ordinal is a day only when the sentence ends or goes on to a time or a person ("before the 20th week" is not)
    Rule("DATE", 0.8, _re(r"(?i)\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?\s\(?(?:the\s)?"
                          r"|(?:before|after|till|til|through|thru|due|starting|ending|not)\sthe\s)"
                          r"((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?=\s*(?:[.,;:!?)\]]|$)|\s(?:at|with|and|or|if|when|so|but|please|pls|"
                          r"instead|of\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|in\sthe\s(?:morning|afternoon|evening))\b)"),
         1, ("st", "nd", "rd", "th"), "window", (20, 6), False),
    # A holiday alone ("since Thanksgiving", "Christmas disease") is not a date element; with a year it is.
    Rule("DATE", 0.85, _re(r"(?i)\b(?:christmas(?: eve)?|thanksgiving|new year'?s (?:day|eve)|easter|independence day|valentine'?s day|halloween)(?: day)?,?\s{1,3}(?:19|20)\d\d\b"),
         0, ("christmas", "thanksgiving", "new", "easter", "independence", "valentine", "halloween"), "match"),
    Rule("AGE", 0.9, _re(r"(?i)\b(?:ninety|one hundred(?: and)?|a hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
                         r"(?=[- ](?:years?|yrs?|y/?o|now|today)\b|-year| and (?:a half|still)\b)"), 0, ("ninety", "hundred"), "window", (14, 40), False),
    Rule("AGE", 0.85, _re(r"(?i)(?:\b(?:aged?|is|was|turned|turns|she's|he's|now|at)\s{1,3})((?:ninety|(?:one|a) hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?![- ](?:one|two|three|four|five|six|seven|eight|nine)\b)(?!\s?(?:%|percent|mg|kg|pounds|lbs|minutes|min|seconds))"),
         1, ("ninety", "hundred"), "window", (24, 40), False),
    # a number over 89 in words is, in chat, almost always someone's age ("one hundred and three, hip fx"):
    # anything counted or measured after it ("ninety-day supply", "a hundred times") is not
    Rule("AGE", 0.8, _re(r"(?i)(?<!sats )(?<!sat )(?<!hr )(?<!rate )(?<!pulse )(?<!sugar )(?<!glucose )(?<!than )(?<!about )(?<!over )"
                         r"\b(?:ninety|one hundred(?: and)?)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?\b"
                         r"(?![- ](?:one|two|three|four|five|six|seven|eight|nine)\b)"  # whole: "ninety four percent" is not "ninety"
                         r"(?!\s+(?!years?\b|yrs?\b)[a-z]+s\b)(?![- ]?(?:%|percent|per\b|mg|milligrams?|kg|kilos?|grams?|g\b|"
                         r"pounds?|lbs?|minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|wks?|months?|degrees?|°|beats?|breaths?|times|units?|"
                         r"ml|mls|milliliters?|cc|mmhg|dollars?|bucks|cents|feet|foot|ft|meters?|miles?|yards?|over|out of|of\b|pills?|tablets?|tabs?|"
                         r"caps?|capsules?|doses?|refills?|patients|pts|people|cases|calories|kcal|steps|points?|sets?|reps?|words?|pages?|"
                         r"questions?|items?|thousand|million|percentile))"), 0, ("ninety", "hundred"), "window", (24, 60), False),
    # "jdoe AT rivermed DOT org": an email spelled out to get past filters
    Rule("EMAIL", 0.95, _re(r"(?i)\b[a-z0-9._%+-]{1,64}\s{0,2}(?:\(at\)|\[at\]|\{at\}|\bat\b|@)\s{0,2}[a-z0-9-]{1,63}"
                            r"(?:\s{0,2}(?:\(dot\)|\[dot\]|\{dot\}|\bdot\b|\.)\s{0,2}[a-z0-9-]{1,63}){0,3}?\s{0,2}(?:\(dot\)|\[dot\]|\{dot\}|\bdot\b)\s{0,2}"
                            r"(?:com|org|net|edu|gov|io|us|uk|ca|health|info|co)\b"), 0, ("dot",), "window", (160, 40), False),
    # a number read out in words: "five five five, two one two, eight eight four zero"
    Rule("PHONE", 0.85, _re(r"(?i)\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,.-]{1,3}){6,14}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b"),
         0, ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"), "match"),
    # photo files: identifiable images travel by file name
    Rule("ID", 0.85, _re(r"(?i)\b(?:img|dsc|dscn|dscf|pxl|mvimg|vid|dcim|photo|pic|image|wound)[_-]?\d[\w-]{1,40}(?:\.(?:heic|heif|jpe?g|png|gif|tiff?|dng|mov|mp4|webp))?\b|"
                         r"\b[\w-]{1,80}\.(?:heic|heif|jpe?g|png|dng|mov|mp4|webp|tiff?|gif|bmp|dcm|wav|m4a)\b"),
         0, ("img", "dsc", "pxl", "mvimg", "vid", "dcim", "photo", "pic", "image", "wound", ".heic", ".heif", ".jpg", ".jpeg", ".png", ".dng", ".mov", ".mp4", ".webp",
            ".tif", ".gif", ".bmp", ".dcm", ".wav", ".m4a"), "window", (90, 60), False),
    Rule("AGE", 0.85, _re(r"(?i)\b(?:i'm|i am|i['’]ll be|makes (?:him|her)|he['’]s|she['’]s|he is|she is)\s{1,3}(9\d|1[01]\d)\b(?![.,]\d|\s?(?:%|mg|kg|lbs?|"
                          r"pounds|min|minutes|bpm|/|percent|degrees|°|mmhg|units?|beats|breaths|over))"), 1,
         ("i'm", "i", "makes", "he", "she"), "match"),
    Rule("AGE", 0.9, _re(r"(?i)\b(?:turns|turned|turning|will be)\s{1,3}(9\d|1[01]\d)\b(?!\s?(?:%|mg|kg|lbs?|min|minutes|days|weeks))"), 1,
         ("turns", "turned", "turning", "will"), "match"),
    Rule("AGE", 0.93, _re(r"(?i)\b(?:age[ds]?|aged)\s{0,3}[:=]?\s{0,3}((?:9\d|1[01]\d|12[0-5])|(?:ninety|one hundred(?: and)?)"
                          r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\b(?!\s?[-–]\s?\d|\s(?:to|and)\s\d"
                          r"|\s?(?:days?|d|weeks?|wks?|months?|mos?|hours?|hrs?|h)\b)"),
         1, ("age", "aged", "ages"), "match"),  # not "ages 90-100 are excluded" (a range is no one's age), nor "aged 90 days"
    Rule("AGE", 0.9, _re(r"(?i)\b(?:in|into) (?:his|her|their) (?:early |mid[- ]|late )?(?:90s|90's|nineties|100s)\b|\b(?:nonagenarian|centenarian|supercentenarian)\b"),
         0, ("90", "nineties", "100s", "nonagenarian", "centenarian", "supercentenarian"), "window", (30, 12), False),
    Rule("LOCATION", 0.9, _re(r"(?i)\b(?:lives at|address(?: is)?:?|resides at|home address:?|staying at)\s{1,3}(\d{1,6}\s{1,3}[A-Za-z0-9][A-Za-z0-9 .'#-]{2,60}?)(?=[,;\n)]|\.\s|\.$|$)"),
         1, ("lives", "address", "resides", "home", "staying"), "match"),
    Rule("LOCATION", 0.9, _re(r"(?i)\bp\.?\s?o\.?\s{1,3}box\s{1,3}\d{1,6}\b"), 0, ("box",), "window", (10, 12), False),
    Rule("LOCATION", 0.9, _re(
        r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
        r",?\s{1,3}(\d{5}(?:-\d{4})?)\b"), 1, (), "zip"),
    # numbered roads: "Route 9", "Hwy 51", "County Rd K", "I-94" (a scene or a home on it); not "I-131" (iodine)
    Rule("LOCATION", 0.8, _re(r"(?:(?:Route|Rte\.?|Hwy|Highway|Interstate|State Route|County (?:Rd|Road|Hwy|Highway|Line Rd))\s?"
                              r"(?:\d{1,3}[A-Z]?|[A-Z]{1,2})|I-\d{1,2})\b(?!-)(?!\s(?:number|form|record|card|no\b|#))"),
         0, ("route", "rte", "hwy", "highway", "interstate", "state", "county", "i"), "match"),
    # a street named without a house number: "on Oak Ave", "at Route 9 and Cider Mill Rd", "off Fairhaven Drive"
    Rule("LOCATION", 0.75, _re(r"\b(?:on|at|off|near|and|of|to)\s((?:[A-Z][a-z]+\s){1,3}" + _alt(_NAMED, "title") + r")\b(?!\.?\s?[A-Z])"),
         1, _NAMED, "window", (60, 2), False),
    # typed without capitals and without a number: "the one on grand ave", "lives off oak st"; not "on the same st"
    Rule("LOCATION", 0.7, _re(r"\b(?:on|at|off|near)\s((?:(?!(?:the|a|an|my|her|his|their|our|your|this|that|same|one|each|every)\s)"
                              r"[a-z][a-z'-]{2,20}\s){1,2}" + _alt(_NAMED_LOWER, "lower") + r")\b(?![-/]|\s?\d)"),
         1, _NAMED_LOWER, "window", (60, 2), False),
    # "on Lake Owen Dr, Cable": a drive written "Dr" (not "Dr Smith"); one pass over the text, since "Dr" is everywhere
    Rule("LOCATION", 0.75, _re(r"\b(?:on|at|off|near|and|of|to)\s((?:[A-Z][a-z]+\s){1,3}Dr)\b(?!\.?\s?[A-Z])"), 1),
    # typed without capitals: "at 4 willow st", "cut his hand on hwy 12"; shouted: "LAST SEEN ON PARK ST"
    Rule("LOCATION", 0.85, _re(r"(?<![\w/.,-])\d{1,5}\s{1,2}(?:[nsew]\.?\s{1,2})?(?:[a-z][a-z'-]{2,20}\s{1,2}){1,2}"
                               + _alt(_NUMBERED_LOWER, "lower") + r"\b\.?(?![\w-])"),
         0, _NUMBERED_LOWER, "window", (50, 2), False),
    Rule("LOCATION", 0.75, _re(r"\b(?:hwy|highway|rte\.?|HWY|HIGHWAY|RTE|ROUTE)\s?\d{1,3}[A-Za-z]?\b(?![-/.]\d)"),
         0, ("hwy", "highway", "rte", "route"), "match"),
    Rule("LOCATION", 0.75, _re(r"\b(?:ON|AT|OFF|NEAR)\s((?:(?!THE\s|EKG\s|ECG\s|LEADS?\s)[A-Z][A-Z'-]{2,20}\s){1,3}"
                               + _alt(_NAMED_CAPS, "upper") + r")\b(?!-|\s?(?:ELEV|DEPR|SEG|CHANG|WAVE))"),
         1, _NAMED_CAPS, "window", (70, 2), False),
    Rule("LOCATION", 0.9, _re(r"(?i)\b(?:zip|zip code|zipcode|postal code)\s{0,3}(?:is\s{1,2})?[:#]?\s{0,3}(\d(?: ?\d){4}(?:-\d{4})?)\b"), 1, ("zip", "zipcode", "postal"), "match"),
]

# The whole-text scans below start with a character class, their look-behinds moved after it (widened by the
# character just read): the regex engine then skips straight to where a match may start instead of trying every
# position. tests/phi/test_scan_rewrites.py checks each finds what its plainer form finds.
ZIP_GATE = re.compile(r"\d(?<!\d\d)\d{4}(?!\d)")  # (?<!\d)\d{5}(?!\d)
# "APS-25-00819", "SP-24-11873": the shape of an accession or case number (letters, a two-digit year, a serial)
CASE_NUMBER = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Z]{0,4}-\d{2}-\d{3,7}(?![\w-])")  # (?<![\w-])[A-Z]{1,5}-...

# Day/month pairs without a year ("7/22") are dates in notes, but "5/5 strength", "Apgar 8/9",
# "1/2 NS" and "pain 3/10" are not: these context words veto them.
# (?<![\w/])(?<![\d\s]\.)(?<!\d-)(0?[1-9]|1[0-2])/..., the month read as its first digit and then the rest
SLASH_DATE = re.compile(r"([0-9](?<![\w/][0-9])(?<![\d\s]\.[0-9])(?<!\d-[0-9])(?:(?<=0)[1-9]|(?<=[1-9])|(?<=1)[0-2]))"
                        r"/(0?[1-9]|[12]\d|3[01]|\d\d)(?![\w/]|\.\d|-\d|\s?%)")
NON_DATE_BEFORE = frozenset(
    "bp cp bi-pap flowby flow-by peep/ps ps/peep co/ci fick psv imv simv prvc vc aprv strength motor power apgar "
    "apgars murmur murmurs pulse pulses pain score scale grade ps peep cpap bipap vent "
    "settings ratio fio2 tv reflexes dtr dtrs aox ao ox oriented gcs rate ie i:e sbp dbp map nbp abp cuff "
    "sem hsm sm mur systolic diastolic d5 d10 d5w cha2ds2-vasc vasc chads has-bled timi wells heart curb nyha rass "
    "pf p/f cvp pap pa ci vs bps hr cpp icp ett edema pitting trace level levels lvl stage gravida para "
    "tab tabs tablet tablets pills ratio mix fraction beighton ishihara asrs cas freq frequency risk odds incidence signs criteria features "
    "prevalence chance q bims moca mmse slums sls pss".split()
)
NON_DATE_AFTER = frozenset(
    "systolic diastolic holosystolic ejection cp strength murmur murmurs mur sem hsm pulses pulse ns nss saline pain scale bilat bilaterally throughout "
    "extremities extremity ue le rue lue rle lle uppers lowers all grip motor reflexes dtr dtrs edema pitting "
    "tab tabs tablet tablets strength. normal ratio hrs hours days weeks wk wks min mins mg mcg units ml "
    "of pts points plates items criteria features cycles".split()
)


def _split_triggers() -> tuple[dict[str, tuple[Rule, ...]], list[tuple[str, Rule]]]:
    """Word triggers are looked up by whole token (one dict lookup per word); others with find()."""
    words: dict[str, list[Rule]] = {}
    literal: list[tuple[str, Rule]] = []
    for rule in RULES:
        for t in rule.triggers:
            if t[0].isalpha() and t.replace("'", "").isalpha():  # "i'm" is one token
                bucket = words.setdefault(t, [])
                if rule not in bucket:
                    bucket.append(rule)
            else:
                literal.append((t, rule))
    return {k: tuple(v) for k, v in words.items()}, literal


WORD_TRIGGERS, LITERAL_TRIGGERS = _split_triggers()
