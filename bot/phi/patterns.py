"""Compiled patterns for identifiers that have a shape (emails, phones, record numbers...).

Each entry of ``PATTERNS`` is ``(category, confidence, regex, group)``: the span flagged is
``match.span(group)``. Keyword-led patterns flag only the value, so "MRN 00482913" yields the
digits and the keyword stays readable in redacted text. All patterns are linear-time
(no nested unbounded quantifiers) so a megabyte of input cannot blow up.
"""
from __future__ import annotations

import re

# A value after a keyword: letters/digits with inner dashes, dots or slashes, 4+ chars.
_VAL = r"([A-Za-z0-9](?:[A-Za-z0-9]|[-./](?=[A-Za-z0-9])){3,39})"
_SEP = r"\s{0,3}(?:(?:number|num|no\.?|nbr|#|id|is|:|=)\s{0,3}){0,3}"


def _kw(words: str) -> str:
    return r"(?i)\b(?:" + words + r")" + _SEP + _VAL


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)

PATTERNS: list[tuple[str, float, re.Pattern[str], int]] = [
    ("EMAIL", 0.99, re.compile(r"\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b"), 0),
    ("URL", 0.97, re.compile(r"(?i)\b(?:https?://|ftp://|www\.)[^\s<>\"'`|]{2,2000}"), 0),
    ("URL", 0.85, re.compile(r"(?i)\b[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,5}\.(?:com|org|net|edu|gov|io|health|us|info|biz|co|uk|ca|app)(?:/[^\s<>\"'`|]{0,2000})?(?![\w@])"), 0),
    ("IP", 0.95, re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\d.]\d)"), 0),
    ("IP", 0.9, re.compile(r"(?i)(?<![\w:])(?=[0-9a-f:]{0,40}[a-f])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![\w:])"), 0),
    ("SSN", 0.97, re.compile(r"(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])"), 0),
    ("SSN", 0.95, re.compile(r"(?i)\b(?:ssn|ss#|social security)(?:\s{0,3}(?:number|no\.?|#|:|is|ending(?: in)?|last 4)){0,3}\s{0,3}((?:\d{3}|xxx|\*\*\*)[- ]?(?:\d{2}|xx|\*\*)[- ]?\d{4}|\d{4})\b"), 1),
    ("MRN", 0.97, re.compile(_kw(r"mrn|mr#|mr\s#|medical record|med rec|chart|hospital number|hosp no|unit number|patient number|pt number")), 1),
    ("HEALTH_PLAN", 0.95, re.compile(_kw(
        r"member|subscriber|beneficiary|policy|insurance|insurer|health plan|plan|medicaid|medicare|mbi|"
        r"group|bcbs|blue cross|aetna|cigna|humana|united ?healthcare|kaiser|tricare|payer")), 1),
    ("ACCOUNT", 0.93, re.compile(_kw(r"account|acct|acc't|billing|invoice|encounter|fin|har|claim|bank")), 1),
    ("VEHICLE", 0.95, re.compile(_kw(r"license plate|licence plate|plate|tag number|vin|vehicle|car")), 1),
    ("LICENSE", 0.94, re.compile(_kw(r"driver'?s? licen[cs]e|licen[cs]e|lic|dea|npi|certificate|cert|dl|passport")), 1),
    ("DEVICE", 0.94, re.compile(_kw(
        r"serial|s/n|sn|device(?: id)?|udi|imei|pacemaker|icd|defibrillator|pump|implant|lot|model|meid|mac address|mac")), 1),
    ("ID", 0.9, re.compile(_kw(
        r"patient id|pt id|id|identifier|ref|reference|case|specimen|accession|order|badge|employee|"
        r"ticket|tracking|confirmation|record|study id|subject|requisition|barcode")), 1),
    ("ID", 0.8, re.compile(r"(?<![\w#])#\s{0,2}([A-Za-z]{0,3}\d{4,}[A-Za-z0-9-]{0,20})"), 1),
    ("VEHICLE", 0.85, re.compile(r"\b(?=[A-HJ-NPR-Z0-9]{0,16}\d)(?=[A-HJ-NPR-Z0-9]{0,16}[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b"), 0),
    ("LICENSE", 0.8, re.compile(r"\b[ABCDEFGHJKLMPRSTUX][A-Z]\d{7}\b"), 0),
    ("BIOMETRIC", 0.9, re.compile(
        r"(?i)\b(?:finger ?prints?|thumb ?prints?|voice ?prints?|voice samples?|retina(?:l)? scans?|iris scans?|"
        r"face ?prints?|facial (?:recognition|scans?|images?|templates?|geometry)|palm ?prints?|hand geometry|"
        r"biometrics?(?: data| template| id)?|full[- ]face (?:photo(?:graph)?s?|pictures?|images?)|"
        r"dna profiles?|gait signatures?)(?:\s{0,3}(?:id|#|no\.?|number|:|on file|template)\s{0,3}" + _VAL + r")?"), 0),
    ("FAX", 0.95, re.compile(r"(?i)\bfax(?:\s{0,3}(?:number|no\.?|#|:|is|to|at))*\s{0,3}((?:\+?1[\s.-]?)?(?:\(\d{3}\)|\d{3})[\s./-]{0,2}\d{3}[\s.-]{0,2}\d{4})\b"), 1),
    ("PHONE", 0.92, re.compile(r"(?<![\w/.-])(?:\+?1[\s.-]{1,2})?(?:\(\d{3}\)\s{0,2}|\d{3}[\s./-]{1,3})\d{3}[\s./-]{1,3}\d{4}(?:\s{0,2}(?:x|ext\.?)\s{0,2}\d{1,6})?(?![\w/-]|\.\d)"), 0),
    ("PHONE", 0.85, re.compile(r"(?<![\w/.-])\d{6}-\d{4}(?![\w/-])"), 0),
    ("PHONE", 0.75, re.compile(r"(?<![\w/.:-])\d{3}-\d{4}(?![\w/-]|\.\d)"), 0),
    ("PHONE", 0.85, re.compile(r"(?i)\b(?:pager|beeper|pgr|pg|cell|mobile|phone|tel|ext|extension|call back|callback)\s{0,3}(?:#|no\.?|number|:|is|at){0,2}\s{0,3}(\d{4,6})\b"), 1),
    ("PHONE", 0.9, re.compile(r"\+(?:[2-9]\d{0,2})[\s.-]?\d{1,4}(?:[\s.-]?\d{2,4}){2,4}\b"), 0),
    # Dates (a year alone is not PHI and is never flagged).
    ("DATE", 0.96, re.compile(r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])[/-](?:0?[1-9]|[12]\d|3[01])[/-](?:\d{4}|\d{2})(?![\w/-]|\.\d)"), 0),
    ("DATE", 0.96, re.compile(r"(?<![\w/.-])(?:1[89]|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?![\w/-]|\.\d)"), 0),
    ("DATE", 0.8, re.compile(r"(?<![\w/.-])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?![\w.]|\.\d)"), 0),
    ("DATE", 0.95, re.compile(r"(?i)\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born(?: on)?)\s{0,3}[:=-]?\s{0,3}(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{6,8})\b"), 1),
    ("DATE", 0.93, re.compile(r"(?i)\b(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?" + _MONTH + r"\b\.?(?:,?\s{0,3}(?:\d{4}|'\d{2}))?)"), 0),
    ("DATE", 0.93, re.compile(r"(?i)\b" + _MONTH + r"\.?\s{0,3}(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?:,?\s{0,3}(?:\d{4}|'\d{2}))?(?!\s?(?:mg|mcg|ml|units?|%|kg|lbs?)\b)"), 0),
    ("DATE", 0.9, re.compile(r"(?i)\b(?:January|February|April|June|July|August|September|October|November|December|March|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s{0,3}(?:(?:19|20)\d{2}|'\d{2})\b"), 0),
    ("DATE", 0.85, re.compile(r"(?i)\b(?:on|since|until|by|from) the\s{1,2}((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?! (?:dose|day|time|attempt|try|one|of (?:the|these)))"), 1),
    ("DATE", 0.85, re.compile(r"(?i)\b(?:january|february|april|july|august|september|october|november|december)\b"), 0),
    ("DATE", 0.8, re.compile(r"(?i)(?:\b(?:in|on|since|of|early|late|mid|by|until|till|last|next|this|during|from)\s{1,3})(March|MARCH|May|MAY|June|JUNE|Sept|SEPT|march|june)\b"), 1),
    ("DATE", 0.85, re.compile(r"(?i)\b(?:christmas|thanksgiving|new year'?s (?:day|eve)|easter|independence day|valentine'?s day|halloween)\b"), 0),
    # Ages over 89.
    ("AGE", 0.93, re.compile(r"(?i)\b(?:9\d|1[01]\d|12[0-5])\s{0,2}(?:-\s{0,2})?(?:yo|y/o|y\.o\.?|yrs?\.?(?:\s{1,2}old)?|years?(?:[- ]old| of age)?|-year-old|year-old|yr-old|yo[mfw]|y/?[mf]\b|[mf]\b)(?!\w)"), 0),
    ("AGE", 0.93, re.compile(r"(?i)\b(?:age[ds]?|aged)\s{0,3}[:=]?\s{0,3}((?:9\d|1[01]\d|12[0-5]))\b"), 1),
    ("AGE", 0.9, re.compile(r"(?i)\b(?:in|into) (?:his|her|their) (?:early |mid[- ]|late )?(?:90s|90's|nineties|100s)\b|\b(?:nonagenarian|centenarian|supercentenarian)\b"), 0),
    # Places with a shape.
    ("LOCATION", 0.92, re.compile(
        r"\b\d{1,6}[A-Za-z]?\s{1,3}(?:[NSEW]\.?\s{1,2}|North\s|South\s|East\s|West\s)?(?:(?:[A-Z][A-Za-z'.-]{1,30}|\d{1,3}(?:st|nd|rd|th))\s{1,3}){1,4}"
        r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|"
        r"Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|Plaza|Pike|Turnpike|Alley|Row|Crossing|Loop|"
        r"STREET|ST|AVENUE|AVE|ROAD|RD|BOULEVARD|BLVD|LANE|LN|DRIVE|DR|COURT|CT|WAY|PLACE|PL|CIRCLE|HWY)\b\.?"
        r"(?:,?\s{0,3}(?:Apt|Apartment|Unit|Suite|Ste|#|APT|UNIT)\.?\s{0,3}#?\s{0,2}[A-Za-z0-9-]{1,6})?"), 0),
    ("LOCATION", 0.9, re.compile(r"(?i)\b(?:lives at|address(?: is)?:?|resides at|home address:?|staying at)\s{1,3}(\d{1,6}\s{1,3}[A-Za-z0-9][A-Za-z0-9 .'#-]{2,60}?)(?=[,;\n)]|\.\s|\.$|$)"), 1),
    ("LOCATION", 0.9, re.compile(r"(?i)\bp\.?\s?o\.?\s{1,3}box\s{1,3}\d{1,6}\b"), 0),
    ("LOCATION", 0.9, re.compile(
        r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)"
        r",?\s{1,3}(\d{5}(?:-\d{4})?)\b"), 1),
    ("LOCATION", 0.9, re.compile(r"(?i)\b(?:zip|zip code|zipcode|postal code)\s{0,3}[:#]?\s{0,3}(\d{5}(?:-\d{4})?)\b"), 1),
]

# Day/month pairs without a year ("7/22") are dates in notes, but "5/5 strength", "Apgar 8/9",
# "1/2 NS" and "pain 3/10" are not: these context words veto them.
SLASH_DATE = re.compile(r"(?<![\w/.])(?<!\d-)(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01]|\d\d)(?![\w/]|\.\d|-\d|\s?%)")
NON_DATE_BEFORE = frozenset(
    "bp cp bi-pap flowby flow-by peep/ps ps/peep co/ci fick psv imv simv prvc ac vc aprv strength motor power apgar apgars murmur murmurs pulse pulses pain score scale grade ps peep cpap bipap vent "
    "settings ratio fio2 tv reflexes dtr dtrs aox ao ox oriented gcs rate ie i:e sbp dbp map nbp abp art cuff x "
    "sem hsm sm mur systolic diastolic d5 d10 cha2ds2-vasc vasc chads has-bled timi wells heart curb nyha rass "
    "pf p/f cvp pap pa ci vs bps hr cpp icp ett edema pitting trace level levels lvl stage gravida para g p "
    "tab tabs tablet tablets pills ratio mix fraction".split()
)
NON_DATE_AFTER = frozenset(
    "cp strength murmur murmurs mur sem hsm pulses pulse ns nss saline pain scale bilat bilaterally throughout "
    "extremities extremity ue le rue lue rle lle uppers lowers all grip motor reflexes dtr dtrs edema pitting "
    "tab tabs tablet tablets strength. normal ratio hrs hours days weeks wk wks min mins mg mcg units ml "
    "of pts points".split()
)
