"""Names as a care team writes them in chat: "@Osei", "Gene in 14", "Pham-Whitaker MRN 52207718", a handoff
list by bed ("6 - Oyelaran weaned to 2L. 8 - Tran afebrile"), "Drew from transport", a double-barrelled surname in
a message about a person, "Kessler's JP drain", "photos for Yilmaz", "Lattimore: staples out".

Each rule is tried only where its trigger stands, so the cost stays linear in the text.
"""
from __future__ import annotations

import re

from bot.phi import lexicon as lx
from bot.phi.names import SPECIES
from bot.phi.spans import PhiSpan

# "Price's potassium is back": a capital and 's before a result or a relative is a person's
# ("Reynolds' biliary brushing": a name ending in s may take the apostrophe alone, and one word may stand between)
POSSESSED = re.compile(r"\b([A-Z][a-z'’-]{2,20}?)(?:['’]s|(?<=s)['’])\s{1,2}(?:[a-z-]{3,14}\s{1,2}){0,2}(?:labs?|tests?|potassium|sodium|creatinine|cr|k|inr|a1c|hgb|cbc|bmp|cmp|lfts|"
                        r"biopsy|biopsies|path|pathology|cytology|brushings?|specimens?|aspirate|echo|ct|mri|cxr|x-?ray|ekg|ecg|cultures?|bcx|ucx|ua|urine|results?|scan|scope|swab|"
                        r"mom|dad|mother|father|wife|husband|son|daughter|brother|sister|grandma|grandpa|aunt|uncle|kids|partner|family|chart|meds|"
                        r"appointment|appt|bed|room|pcp|insurance|birthday|school|teacher|class|shots?|vaccines?|ride|phone|number|"
                        r"address|e-?mail|portal|records?|forms?|surgery|procedure|op|case|account|bill|claim|"
                        r"[a-z]+(?:ectomy|otomy|ostomy|plasty|scopy|graphy))\b")
# Team chat: "@Osei", "Gene in 14", "Rich (bed 20)", "Pham-Whitaker MRN 52207718", "6 - Oyelaran weaned to 2L; 8 - Tran
# afebrile" (a handoff list by bed), "Drew from transport", "Lance, the night PCT".
_MENTION = re.compile(r"@(?<![\w@]@)([A-Z][A-Za-z'’-]{1,30})")  # (?<![\w@])@...: starts with a literal, fast
_NAME_IN_BED = re.compile(r"\b([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[a-z][a-z'’]{2,})\s(?:in(?:\s(?:slot|chair|bay|pod))?|\(bed|\(rm|\(room)\s(\d{1,2}[A-Za-z]?|(?!(?:19|20)\d\d\b)\d{3,4}[A-Za-z]?)\b(?!\s?(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|months?|min|mg|mcg|ml|%|y|yrs?|units?)\b)")
_NAME_BEFORE_RECORD = re.compile(r"(?<![\w'’-])(?!(?:MRN|DOB|FIN|CSN)\b)([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{3,}(?:-[A-Z]{3,})?),?\s$")
# "'OKAFOR, CHIDI', DOB 12/01/1962", "HOLLOWAY, GRANT T (DOB": last name, first name before the record word.
# One of three readers of "Surname, Given" (see detector._surnames_then_given and name_model.find_pairs): this one
# alone takes a pair closed by a comma, a quote or a line break right before MRN/DOB/FIN/CSN/acct ("BRANDT-MOLINA,
# ESTELLE R, MRN", "Thibodeaux, Remy, acct", "'OKAFOR, CHIDI', DOB", "Okwuosa, Chiamaka M\nDOB"): the other two
# miss these (a comma or quote is no clean end to the first; the pair model reads "BEATA, DOB" as a list).
_LAST_FIRST_BEFORE_RECORD = re.compile(r"(?<![\w-])(([A-Z][A-Za-z'’-]{1,20}),\s?([A-Z][A-Za-z'’-]{0,19}[A-Za-z])(?:\s[A-Z]\b\.?)?)['’\"]?,?\s\(?$")
# "Adaeze Sweet, 92, developed ...", "Haruto Kawasaki, 3, fever day 6": a given name, a surname and an age between
# commas name a person, even when the surname is also an eponym
_AGE_BETWEEN_COMMAS = re.compile(r", (?<=[a-z], )(?:\d{1,3}|ninety[- a-z]{0,12})(?: ?(?:yo|y/o|mo|[mfMF]))?(?=[,;)])")  # starts with a literal: fast
_NAME_AGE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+)\s([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)$")
RECORD_WORDS = frozenset({"mrn", "dob", "fin", "csn", "acct"})
# (the bed number is read as its first digit and then the rest: a scan that starts with a digit class is fast)
_HANDOFF_ITEM = re.compile(r"(\d(?<![\w.]\d)(?:\d{0,2}[A-Za-z]?|(?<=[0-2])\d[0-5]\d))\s(?:[0-2]\d[0-5]\d\s)?(?:-\s|–\s)?"
                           r"((?:[DO]['’])?[A-Z][a-zà-öø-ÿā-ž'’]+(?:-[A-Z][a-zà-öø-ÿā-ž'’]+)?|[A-Z][a-z]*[A-Z][a-z]+)(?=[\s,:-]|$)")
# an item starts the text or follows a separator; "OR 3 0800 Boateng-Mensah": a theatre list by room and time
_HANDOFF_BEFORE = re.compile(r"(?:^|[.;,:\n|/])\s*(?:bed\s|rm\s|bay\s|OR\s|or\s)?$")
# (?i)\sfrom\s(...)|,\sthe\s(...), its first character read first (a class: a fast scan)
_STAFF_ROLE = re.compile(r"(?i)[\s,](?:(?<=\s)in\s(?:scheduling|registration|admitting|billing|housekeeping|central supply|nutrition|"
                         r"dietary|pharmacy|transport|social work|case management|the lab|IT|security|"
                         r"environmental services|evs|the front office|the call center|patient access)\b|(?<=\s)from\s(?:ems|ambulance|dispatch|transport|pharmacy|pt|ot|rt|sw|social work|dietary|nutrition|the kitchen|kitchen|lab|radiology|"
                         r"it|security|registration|the float pool|float pool|chaplaincy|case management|the lab)\b|(?<=,)\sthe\s(?:night\s|day\s|evening\s)?"
                         r"(?:nurse|rn|pct|cna|tech|sitter|unit clerk|clerk|resident|intern|np|pa|pharmacist|rt|therapist|charge nurse)\b)")
_STAFFING = re.compile(r"\b([A-Z][a-z'’-]{2,20})\s(?:will\s(?:cover|be\scovering|take|swap|pick\sup)|is\scovering|covers\sfor|"
                       r"is\s(?:taking|bringing|walking|wheeling|transporting|sitting\swith)\s(?=(?:Mr|Mrs|Ms|Miss|the\spatient|the\spt|him|her)\b)|"
                       r"is\sthe\s(?:one\swith|one\sin|charge\snurse|nurse|rn|tech|sitter|resident|intern|fellow|coordinator)|"
                       r"is\shere\sfor\s(?:his|her)|is\sshort\sfor\s([A-Z][a-z'’-]{2,20})|"
                       r"swapped\s(?:with\s([A-Z][a-z'’-]{2,20}))?)\b")
# searched back from the verb: "Heather from Byram says", "Holly at the wound clinic says"
_CALLER_FROM = re.compile(r"\b([A-Z][a-z'’]{2,20})\s(?:from|at|with)\s(?:the\s)?[A-Za-z][\w&'’-]*(?:\s[\w&'’-]+){0,3}?\s(?:is\s)?$")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]+)$")
_LOWER_WORD_BEFORE = re.compile(r"(?:^|(?<=[.,;:!?]\s)|(?<=^\s))([a-z][a-z'’]{2,})$")  # opening a message or a sentence
_SAYS = re.compile(r"\s(?:says|said|called|wants|asked|asks|is asking|needs|texted|paged|messaged|reports|thinks)\b")
_HYPHEN_NAME = re.compile(r"\b([A-Z][a-z'’]{1,20})-([A-Z][a-z'’]{1,20})\b(?!-)")
_PERSON_AFTER = re.compile(r"(?i),\s{1,2}(?:\d{2,3}\b|ninety|one hundred)|\s(?:had|has|is|was|needs|wants|went|says|said|asks|asked|"
                           r"refused|declined|declines|refuses|called|came|got|going|getting)\b")
# "Bill, his brother", "Mason and his mom": a capitalised word right before a relative of the person spoken of
KIN_AFTER = frozenset("brother sister son daughter wife husband mother father mom dad nephew niece grandson granddaughter partner "
                      "girlfriend boyfriend neighbor neighbour friend caregiver aunt uncle cousin fiance fiancee twin".split())
_NAME_THEN_KIN = re.compile(r"\b([A-Za-z][a-z'’]{2,20}),?\s(?:and\s)?(?:his|her|their|the pt's|pt's)\s[a-z]+$")
_BED_WORDS = frozenset({"pt", "patient", "bed", "rm", "room", "in"})
# "okafor going home?", "ramirez daughter here": a lowercase census surname leading the message
_LEAD_LOWER = re.compile(r"^\s*([a-z][a-z'’]{3,20})\s(?:is|was|had|has|needs|wants|going|went|refused|declined|daughter|son|wife|"
                         r"husband|family|mom|dad|sister|brother|called|says|asking|asked|ok|okay|d/c|dc|discharged|npo)\b")
# "pt in 10 (Joy)": a name after the bed; "her name is Queenie", "legal name Santiago"
# "Marguerite 'Margo' Delacroix", "Garrett 'Boomer' Lindahl": a nickname in quotes between the given name and the surname
_QUOTED_NICK = re.compile(r"\s['‘\"“]([A-Z][a-z]{1,15})['’\"”]\s([A-Z][a-zà-öø-ÿā-ž'’]+(?:-[A-Z][a-zà-öø-ÿā-ž'’]+)?)")
# "Elan 4418820913, Tala 4418820921": a name right before its long number
# "Matias Oyarzun, cell +51 984 555 0127": a given name and surname, a phone label, then the number
_NAME_THEN_NUMBER = re.compile(r"(?<![\w'’-])([A-Z][a-z'’]{2,20})(?:\s([A-Z][a-z'’]{2,20}(?:-[A-Z][a-z'’]{2,20})?))?[:,]?\s"
                               r"(?:(?:cell|mobile|phone|tel|ph|home|work)\s?[:#]?\s)?(?:at\s|on\s)?\+?\d{0,3}\s?$")
_PHONE_LABEL = frozenset({"cell", "mobile", "phone", "tel", "ph", "home", "work"})
_NOT_NICK = lx.STOP | lx.CLIN | lx.MED | lx.UNIT | lx.MONTH | lx.TITLE | lx.ROLE  # a nickname may be any other word ("Bitsy")
_NAME_AFTER_BED = re.compile(r"(?i:(?:pt|patient|bed|rm|room|in)\s(?:in\s)?\d{1,2}[A-Za-z]?\s\()([A-Z][a-z'’]{1,20})\)")
# "referral for bob hill", "pt maria lopez in 4": a given name and a surname typed in lowercase after a cue
_LOWER_PAIR = re.compile(r"(?:for|re:?|pt|patient)\s([a-z]{2,15})\s([a-z][a-z'’-]{1,20})\b")
# "april moss is out of her metoprolol", "sterling banks left ama": a lowercase message that opens with a person
_LEAD_LOWER_PAIR = re.compile(r"^\s*([a-z]{2,15})\s([a-z][a-z'’-]{1,20})\s(?:is|was|left|says|said|has|had|needs|wants|called|"
                              r"texted|came|went|missed|refused|declined|got|fell|keeps)\b")
# cues read only in all-lowercase messages: "pt is chase young", "rescheduling ada whitlock"
_LOWER_CUE_PAIR = re.compile(r"\b(?:(?:pt|patient|name|this|caller|contact|landlord|mom|dad|son|daughter|wife|husband|brother|sister|"
                             r"friend|neighbor|roommate|guardian|poa|proxy|caregiver)\sis|call|called|rescheduling|resched|reschedule)\s([a-z]{2,15})\s([a-z][a-z'’-]{1,20})\b")
_NAMED = re.compile(r"(?i:name(?: is)?\s)([A-Z][a-z'’]{1,20})\b")
_NAMED_BEFORE = re.compile(r"(?i)(?:her|his|their|pt's|legal|first|last|nick)\s?$")
_AFTER_PAIR = re.compile(r"['’]?s?\s{1,2}([A-Za-z]+)")
# staffing verbs and the words that may follow each ("will cover", "is taking", "swapped with"), and what a caller says
_STAFF_VERBS = {"will": frozenset({"cover", "be", "take", "swap", "pick"}), "covers": frozenset({"for"}),
                "is": frozenset({"covering", "taking", "bringing", "walking", "wheeling", "transporting", "sitting", "the", "here",
                                 "short"}),
                "swapped": frozenset({"with", "shifts", "for", "nights", "days"})}
_SAID = frozenset({"says", "said", "called", "calling"})
# a patient's test or operation named by the surname, opening a line: "Kowalczyk colonoscopy rescheduled",
# "ortho: Lattimore hemi done" (the surname is looked for only before these words)
_PATIENT_THINGS = frozenset("colonoscopy egd endoscopy echo tee mri ct cxr biopsy scope cath hemi tka tha chole labs consult "
                            "infusion transfusion dialysis picc pft eeg emg ultrasound dexa mammo mammogram surgery "
                            "procedure op appt".split())
# verbs whose object is the patient moved along a list or a plan: "put Hennessey on the cysto list", "taper Sonny off
# the Norco" (the name is looked for only after these words, and must be a census name before a particle)
_MOVE_VERBS = frozenset("put move bump add schedule taper wean switch discharge admit transfer room triage send".split())
_MOVED = re.compile(r"[a-z]+\s([A-Z][a-z'’-]{2,20})\s(?:on|off|to|onto|in|into|back|up|down|after|before|first|next|home)\b")
TEAM_TRIGGERS = frozenset({"for", "re", "in", "bed", "rm", "room"}) | frozenset(_STAFF_VERBS) | _SAID | _PATIENT_THINGS | _MOVE_VERBS
_HYPHEN_START = re.compile(r"[A-Z](?<![\w'’-][A-Z])[a-z'’]{1,20}-[A-Z]")  # (?<![\w'’-])[A-Z]...: starts with a class, fast
_LOW = "a-zà-öø-ÿā-ž"  # lowercase letters of the Latin alphabets chat names use ("Woźniak", "Nuñez")
# (?<![\w'’-])(?:[A-Z][low]*-)?[A-Z][A-Za-z low]*['’], written to start with a class (fast)
OWNED_START = re.compile(rf"[A-Z](?<![\w'’-][A-Z])(?:[{_LOW}]*-[A-Z])?[A-Za-z{_LOW}]*['’]")
_OWNER = re.compile(rf"\b([A-Z][{_LOW}]{{2,20}}|[A-Z][{_LOW}]*-[A-Z][{_LOW}]+|D['’][A-Z][{_LOW}]+)['’]s?\s{{1,2}}([A-Za-z]+)")
# a person's things that are written with a capital: "D'Souza's Part D", "Kaz's Medicaid number"
_OWNED_PROPER = frozenset({"medicaid", "medicare", "part", "mrn", "dob", "ssn", "pcp", "pcn", "social", "medi", "tricare"})
_FOR_SURNAME = re.compile(r"\b(?:for|re:?)\s([A-Z][a-z]{2,20})(?:['’]s?)?\b(?!\s?[-(]?\s?[A-Z0-9])")
_LEAD_SURNAME = re.compile(r"(?m)^\s*([A-Z][a-z'’]{2,20}|[A-Z]{4,20})(?::\s|\s(?:MOVED|moved|is|was|had|has|needs|wants|going|went|refus\w*|declin\w*)\b)")


def _has_upper(text: str) -> bool:
    """Any upper-case character? For ASCII text (nearly all) one C-speed comparison instead of a loop per character."""
    if text.isascii():
        return text.lower() != text
    return any(map(str.isupper, text))


def person_word(word: str, flags: dict[str, int]) -> bool:
    """A given name, a surname or a word in no list, and no clinical, unit or function word."""
    keys = [w for w in re.split(r"[-'’]", word.lower()) if w and w not in ("d", "o")]  # "D'Almeida", "O'Neill"
    if not keys:
        return False
    for k in keys:
        f = flags.get(k, 0)
        if f & lx.NEVER_NAME:
            return False
        if f and f != lx.MED and not f & (lx.FIRST | lx.SUR):
            return False  # an everyday or clinical word; a long-tail eponym alone ("Benedikt") may be a person here
    return True


def census_or_unlisted(words: str, flags: dict[str, int]) -> bool:
    """Every part of `words` (a board entry, a name before a time, a greeted name) is a census given name or
    surname, even one a syndrome also carries ("Hughes", "Driscoll"), or a word no everyday or clinical list has."""
    fs = [flags.get(w, 0) for w in re.split(r"[\s'’-]+", words.lower()) if len(w) > 1]
    return bool(fs) and all(not f & (lx.NEVER_NAME | lx.REL) and (
        f & (lx.FIRST | lx.SUR) or not f & (lx.COMMON | lx.MED)) for f in fs)


def _namey_in_list(word: str, flags: dict[str, int]) -> bool:
    """In a list already shown to be by patient: a census name even when it is also an eponym ("Addison")."""
    f = flags.get(word.lower().rstrip("'’"), 0)
    return (not f or bool(f & (lx.FIRST | lx.SUR))) and not f & (lx.STOP | lx.UNIT | lx.TITLE | lx.MONTH | lx.STATE | lx.CRED | lx.ROLE)


def _surname_like(word: str, flags: dict[str, int]) -> bool:
    """A census surname or a word in no list at all, and no medical or clinical word."""
    f = flags.get(word.lower().rstrip("'’"), 0)
    return (bool(f & lx.SUR) or not f) and not f & (lx.NEVER_NAME | lx.MED | lx.REL)


_TEAM_WORDS = frozenset({"for", "re", "pt", "patient", "in", "bed", "rm", "room", "name", "nickname"}) | _BED_WORDS | KIN_AFTER | RECORD_WORDS \
    | frozenset(_STAFF_VERBS) | _SAID | _PATIENT_THINGS | _MOVE_VERBS
_LINE_OPEN = re.compile(r"(?:^|[\n:;]|\s[-–—]|[.!?])\s*$")


# Typed all in lower case, a given name stands where only a person can: the object of "tell", "ask", "page" before
# what they are told ("can u tell hope the 10:30 is here"), the subject of "is ... working/covering" ("is summer
# working tonight"), or opening the message before "is back", "is here" ("faith is back from ect").
_LOWER_SLOTS = re.compile(
    r"\b(?:tell|ask|page|text|remind|let|ping|msg|message)\s([a-z]{3,})(?=\s(?:the|that|to|about|if|know|we|she|he|when|pt|her|his)\b)"
    r"|\b(?:is|was|has|does|did)\s([a-z]{3,})(?=\s(?:working|covering|coming|on\scall|off\stoday|off\stonight|in\stoday|still\shere)\b)"
    r"|^([a-z]{3,})(?=\s(?:is|was)\s(?:back|here|asking|calling|awake|ready|on\sthe\sphone|requesting|refusing)\b)"
    r"|\b([a-z]{3,})(?='s\s(?:labs?|beta|hcg|results?|scan|biopsy|echo|mri|ct|mom|dad|wife|husband|son|daughter|ride|appt|"
    r"appointment|meds|insurance|shot|shots|surgery)\b)"  # "ivy's beta came back positive"
    r"|\bwho(?:ever)?\s(?:has|had|took|is\swith|sees|saw)\s([a-z]{3,})(?=\s(?:today|tonight|now|this)\b|'s\s)"  # "whoever has hunter today"
    r"|\b([a-z]{3,})(?=\s(?:from|on)\sthe\s[a-z]+\s(?:crew|shift|team|desk|office)\b"  # "patience from the saturday crew"
    r"|\sthe\s[a-z]+\s(?:guy|lady|man|woman)\b"  # "hank the gallon guy"
    r"|\sfrom\s(?:the\s)?[a-z]+(?:\s[a-z]+)?\s(?:called|calling|says|said|wants|left|sent|texted|emailed|is\scalling)\b)"
    # "hank's sats dropped", "sage's tobra level came back high": a given name owning something, opening the message
    r"|^([a-z]{3,})(?='s\s[a-z])")
# "bob and shirley came together again": two given names opening the message, then what people do
_LOWER_PAIR_OPEN = re.compile(r"([a-z]{3,})\sand\s([a-z]{3,})\s(?:came|are|were|called|left|both|arrived|checked)\b")
    # "penny from crisis line called"


# "rose in 203 says", "saw destiny in 418", "dawn reed in slot 7", "dusty king in d pod": a given name (and surname)
# placed in a room, a slot or a housing pod;
# "the guy in 12" is a description, and "in 2 wks", "in 10 min" are times, not rooms
_LOWER_ROOMED = re.compile(
    r" (?:in|at) (?:[a-z] pod\b|(?:(?:bed|rm|room|slot|bay|chair|pod|exam|cell) ?#?)?\d{1,4}[a-z]?\b)"
    r"(?!\s?(?:h|hrs?|hours?|d|days?|wks?|weeks?|mo|mos|months?|min|mins|minutes?|mg|mcg|g|ml|%|y|yrs?|years?|x|am|pm)\b|[:/.,]\d)")
_TWO_WORDS_BEFORE = re.compile(r"(?:^|(?<=[\s,;(]))(?:([a-z][a-z'-]*) )?([a-z]{2,}(?:-[a-z]{2,})?) ?$")
_DESCRIBED = frozenset("the a an this that her his my our your their one".split())


def _lowercase_person_slots(text: str, out: list[PhiSpan], flags: dict[str, int]) -> None:
    for m in _LOWER_SLOTS.finditer(text):
        g = next(i for i in range(1, 8) if m.group(i))
        f = flags.get(m.group(g), 0)
        if f & lx.FIRST and not f & (lx.NEVER_NAME | lx.REL):  # a given name a vocabulary also has ("summer") too
            # (a given name owning a result is the person's, whatever clinical word follows: "ivy's beta")
            out.append(PhiSpan(m.start(g), m.end(g), "NAME", 0.85 if g == 4 else 0.75))
    pair = _LOWER_PAIR_OPEN.match(text)
    if pair:
        for g in (1, 2):
            f = flags.get(pair.group(g), 0)
            if f & lx.FIRST and not f & (lx.NEVER_NAME | lx.REL):
                out.append(PhiSpan(pair.start(g), pair.end(g), "NAME", 0.75))
    if " in " in text or " at " in text:
        for r in _LOWER_ROOMED.finditer(text):
            m = _TWO_WORDS_BEFORE.search(text, max(0, r.start() - 40), r.start() + 1)
            if not m:
                continue
            one, two = m.group(1), m.group(2)  # "destiny" alone, or "dawn reed"
            f_one, f_two = flags.get(one or "", 0), flags.get(two, 0)
            if one and f_one & lx.FIRST and not f_one & (lx.NEVER_NAME | lx.REL | lx.MED) \
                    and (f_two & lx.SUR or not f_two) and not f_two & (lx.NEVER_NAME | lx.REL | lx.MED | lx.STOP):
                out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.75))
            elif f_two & lx.FIRST and not f_two & (lx.NEVER_NAME | lx.REL | lx.MED) and one not in _DESCRIBED \
                    and not f_one & (lx.CLIN | lx.MED | lx.HEAD):  # "sats rose in 12": a measure rose
                out.append(PhiSpan(m.start(2), m.end(2), "NAME", 0.75))


# after a lowercase given name that is also an everyday word, what shows it is a person: "wife grace is here"
_PERSON_NEXT = re.compile(r"[,;.!?)]|\s(?:is|was|and|called|calls|says|said|wants|asked|asks|texted|came|left|will|has|had|just|"
                          r"needs|wanted|lives|works|drove|brought|knows)\b|$")
# kin words whose owner may be typed in lower case ("bill's sister", "ingrid's husband")
_KIN_OWNED = frozenset("brother sister son daughter wife husband mother father mom dad nephew niece grandson granddaughter "
                       "partner girlfriend boyfriend aunt uncle cousin fiance fiancee twin".split())


def _lowercase_kin_names(text: str, out: list[PhiSpan], flags: dict[str, int], keys: list[str],
                         toks: list[tuple[int, int]], i: int) -> None:
    """Typed in lower case around a kin word: the relative's given name after it ("her husband lars is asking",
    "his twin jordan") and the owner before it ("bill's sister", "ingrid's husband")."""
    s, e = toks[i]
    if not text[s:e].islower():
        return
    never = lx.NEVER_NAME | lx.REL
    if i + 1 < len(keys) and toks[i + 1][0] == e + 1 and text[e] == " ":
        a, b = toks[i + 1]
        w = text[a:b]
        f = flags.get(keys[i + 1], 0)
        if w.islower() and w.isalpha() and len(w) >= 3 and f & (lx.FIRST | lx.SUR) and not f & (never | lx.MED) \
                and (not f & lx.COMMON or (f & lx.FIRST and _PERSON_NEXT.match(text, b))):
            out.append(PhiSpan(a, b, "NAME", 0.75))
    if i and keys[i] in _KIN_OWNED and toks[i - 1][1] == s - 1:
        a, b = toks[i - 1]
        w = text[a:b]
        f = flags.get(keys[i - 1], 0)
        if w.islower() and w[-2:] in ("'s", "’s") and len(keys[i - 1]) >= 3 and f & lx.FIRST and not f & (never | lx.MED):
            out.append(PhiSpan(a, b - 2, "NAME", 0.75))


def team_chat_names(text: str, out: list[PhiSpan], flags: dict[str, int], keys: list[str], toks: list[tuple[int, int]],
                    cued: list[int], owned_at: list[int], person: bool) -> None:
    """Names for the rules above; `cued` are the indices of trigger tokens, `owned_at` where a possessive starts,
    `person` whether the message speaks of a person at all."""
    at: dict[str, list[int]] = {}  # trigger word -> its token indices: one filtering pass, then the few left
    for i in [i for i in cued if keys[i] in _TEAM_WORDS]:
        at.setdefault(keys[i], []).append(i)

    def where(*words: str) -> list[int]:
        return sorted(i for w in words for i in at.get(w, ()))

    for_at = [toks[i][0] for i in where("for", "re")]
    bed_at = [toks[i - 1][0] + (text.rfind("'", *toks[i - 1]) + 1 - toks[i - 1][0] if "'" in keys[i - 1] else 0)
              for i in where("in", "bed", "rm", "room") if i > 0]  # "D'Souza in 19": from "Souza"
    hyphen_at = [m.start() for m in _HYPHEN_START.finditer(text)] if "-" in text else []
    for i in where(*KIN_AFTER):
        _lowercase_kin_names(text, out, flags, keys, toks, i)
    for i in where(*_MOVE_VERBS):
        m = _MOVED.match(text, toks[i][0])
        if m and text[toks[i][0]:toks[i][1]].islower():
            f = flags.get(m.group(1).lower(), 0)
            if f & (lx.FIRST | lx.SUR) and not f & (lx.NEVER_NAME | lx.REL | lx.MED | lx.PLACE):
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    for i in where(*_PATIENT_THINGS):
        if i and toks[i - 1][1] == toks[i][0] - 1 and text[toks[i][0] - 1] == " ":
            a, b = toks[i - 1]
            w, f = text[a:b], flags.get(keys[i - 1], 0)
            if w.istitle() and w.isalpha() and len(w) >= 4 and f & lx.SUR and not f & (lx.NEVER_NAME | lx.ENG | lx.MED | lx.PLACE) \
                    and _LINE_OPEN.search(text, max(0, a - 4), a):
                out.append(PhiSpan(a, b, "NAME", 0.9))  # (0.9: the clinical word after it is the point, not a veto)
    if "-" in text:  # "Dudek-Lowe's hospice eval", "for Navarro-Quist": a double-barrelled surname in a message
        for m in filter(None, (_HYPHEN_NAME.match(text, p) for p in hyphen_at)):  # about a person (eponym pairs come
            # without one: "Lund-Mackay 18")
            f1, f2 = (flags.get(g.lower(), 0) for g in m.groups())
            if f1 & lx.CLIN or f2 & lx.CLIN or f1 & lx.HEAD or f2 & lx.HEAD or flags.get(m.group(0).lower(), 0) & lx.CLIN:
                continue
            if not (_surname_like(m.group(1), flags) or _surname_like(m.group(2), flags)):
                continue
            owned = text[m.end():m.end() + 1] in ("'", "’")
            led = bool(re.search(r"\b(?:for|re:?|pt|patient)\s{1,2}$", text[max(0, m.start() - 12):m.start()], re.I))
            # two halves that are no English word are a surname whatever else the message says ...
            # ... when a person's verb or an age follows ("Dudek-Lowe had a PEG", "Marchetti-Oyelowo, 99,"): an eponym pair
            # ("Rumack-Matthew nomogram", "Swyer-James:") is followed by neither
            foreign = not (f1 & (lx.ENG | lx.PLACE | lx.STATE) or f2 & (lx.ENG | lx.PLACE | lx.STATE)) \
                and bool(_PERSON_AFTER.match(text, m.end()))
            if not (person or owned or led or foreign):
                continue
            nxt = _AFTER_PAIR.match(text, m.end())
            if nxt:
                fn = flags.get(nxt.group(1).lower(), 0)
                if fn & lx.HEAD or (fn & lx.MED and not fn & (lx.COMMON | lx.FIRST | lx.SUR)) or nxt.group(1) in ("I", "II", "III", "IV", "V"):
                    continue
            out.append(PhiSpan(m.start(), m.end(), "NAME", 0.85))
    for m in filter(None, (_FOR_SURNAME.match(text, p) for p in for_at)):  # "photos for Yilmaz": who the message is about
        f = flags.get(m.group(1).lower(), 0)
        nxt = _AFTER_PAIR.match(text, m.end(1))
        fn = flags.get(nxt.group(1).lower(), 0) if nxt else 0
        if _surname_like(m.group(1), flags) and not f & lx.ENG and (f & lx.SUR or len(m.group(1)) >= 5) \
                and not (fn & lx.HEAD or (fn & lx.MED and not fn & (lx.COMMON | lx.STOP))) \
                and not (nxt and not fn and SPECIES.fullmatch(nxt.group(1))) \
                and not lx.lexicon().med_shape.match(m.group(1).lower()):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for m in _LEAD_SURNAME.finditer(text):  # "Lattimore: staples out 12/24", "NAKASHIMA MOVED FROM 11 TO 12"
        f = flags.get(m.group(1).lower(), 0)  # a census surname only: "Dispo:", "INTEG:" head a note's sections
        if f & lx.SUR and _surname_like(m.group(1), flags) and not f & lx.ENG:
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    if "'" in text or "’" in text:  # "Kessler's JP drain", "Okonjo's event monitor": a surname's things
        for m in filter(None, (_OWNER.match(text, p) for p in owned_at + hyphen_at)):
            fn = flags.get(m.group(2).lower(), 0)
            if fn & lx.HEAD or (re.fullmatch(r"[A-Z][a-z]+", m.group(2)) and m.group(2).lower() not in _OWNED_PROPER):
                continue  # "Bell's palsy", "King's College criteria": an eponym or an institution; a medical word
                # after a surname is the patient's ("Quaye's sacrum"), eponyms being in the clinical vocabularies
            if _surname_like(m.group(1), flags):  # a surname, a double-barrelled one or a word in no list ("Quaye's")
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for m in filter(None, (_NAME_AFTER_BED.match(text, toks[i][0]) for i in where(*_BED_WORDS))):
        if person_word(m.group(1), flags):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for i in where("name", "nickname"):
        m = _NAMED.match(text, toks[i][0])
        if m and _NAMED_BEFORE.search(text, max(0, toks[i][0] - 8), toks[i][0]) and not flags.get(m.group(1).lower(), 0) & _NOT_NICK:
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for i in where(*KIN_AFTER):  # "Bill, his brother", "Mason and his mom"
        m = _NAME_THEN_KIN.search(text, max(0, toks[i][0] - 32), toks[i][1])
        if m and not re.match(r"[A-Za-z'’]+,|[A-Za-z'’]+\sand\s", m.group()) and flags.get(m.group(1).lower(), 0) & lx.COMMON:
            continue  # "Tell his wife", "Call her mom": an everyday word straight before "his" is a verb, not a name
        if m and m.group(1)[0].islower() and not (m.group(0)[len(m.group(1)):].lstrip(",").startswith(" and ")
                                                  and not flags.get(m.group(1).lower(), 0) & (lx.ENG | lx.CLIN | lx.MED | lx.STOP)):
            continue  # typed in lower case, only "kenji and his brother": a word no everyday list has, joined by "and"
        if m and person_word(m.group(1), flags):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for q in (" '", " ‘", ' "', " “"):  # found with str.find: quotes are rare, and most are not nicknames
        p = text.find(q)
        while p >= 0:
            m = _QUOTED_NICK.match(text, p)
            first = _WORD_BEFORE.search(text, max(0, p - 24), p) if m else None
            if m and first:
                f1, f3 = flags.get(first.group(1).lower(), 0), flags.get(m.group(2).lower(), 0)
                if (f1 & lx.FIRST or f3 & lx.SUR) and person_word(m.group(2), flags) and not f1 & (lx.STOP | lx.CLIN | lx.TITLE):
                    out.extend(PhiSpan(a, b, "NAME", 0.85) for a, b in (first.span(1), m.span(1), m.span(2)))
            p = text.find(q, p + 2)
    for sp in [c for c in out if (c.category == "ID" and c.end - c.start >= 7 and text[c.start:c.end].isdigit()) or c.category == "PHONE"]:
        words = text[max(0, sp.start - 40):sp.start].rstrip(" :,+1").rsplit(None, 2)[-2:]
        word = [w for w in words if w.rstrip(":#,").lower() not in _PHONE_LABEL][-1:] if words else []
        if not word or len(word[0].rstrip(",:")) < 3 or not word[0][0].isupper() or not word[0].rstrip(",:")[1:].replace("-", "").islower():
            continue  # a cheap look first: a capitalised word must stand right before the number (or its label)
        m = _NAME_THEN_NUMBER.search(text, max(0, sp.start - 56), sp.start)  # "Wanjiru, +1 414 555 0123"
        if not m:
            continue
        f1, f2 = flags.get(m.group(1).lower(), 0), flags.get(m.group(2).lower(), 0) if m.group(2) else 0
        if m.group(2) and person_word(m.group(1), flags) and person_word(m.group(2), flags) and (f1 & lx.FIRST or not f1 & lx.ENG) \
                and (f2 & lx.SUR or not f2 & lx.ENG):
            out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.8))  # "Matias Oyarzun, cell ..."
        elif (f1 & lx.FIRST or not f1 & lx.COMMON) and person_word(m.group(1), flags):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    if ", " in text:
        for a in _AGE_BETWEEN_COMMAS.finditer(text):
            m = _NAME_AGE.search(text, max(0, a.start() - 48), a.start())
            if not m:
                continue
            f1, f2 = flags.get(m.group(1).lower(), 0), flags.get(m.group(2).lower(), 0)
            bad = lx.STOP | lx.UNIT | lx.MONTH | lx.TITLE | lx.HEAD | lx.CRED | lx.ROLE | lx.STATE
            if (f1 & lx.FIRST or not f1) and not f1 & (bad | lx.CLIN) and not f2 & bad:
                out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.85))
    m = _LEAD_LOWER.match(text)
    if m:
        f = flags.get(m.group(1), 0)
        if f & lx.SUR and not f & (lx.ENG | lx.MED | lx.CLIN | lx.STOP | lx.UNIT | lx.ROLE | lx.TITLE | lx.MONTH | lx.STATE):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    if "@" in text:
        for m in _MENTION.finditer(text):
            if person_word(m.group(1), flags):
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for m in filter(None, (_NAME_IN_BED.match(text, p) for p in bed_at)):
        if m.group(1).islower():  # "seeing lopez in 4112": typed in lower case, a census surname and no English word
            f = flags.get(m.group(1), 0)
            if f & lx.SUR and not f & (lx.ENG | lx.NEVER_NAME | lx.MED):
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
        elif person_word(m.group(1), flags):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for i in where("for", "re", "pt", "patient"):
        m = _LOWER_PAIR.match(text, toks[i][0])
        if m:
            f1, f2 = flags.get(m.group(1), 0), flags.get(m.group(2), 0)
            bad = lx.STOP | lx.CLIN | lx.MONTH | lx.UNIT | lx.HEAD | lx.TITLE
            if f1 & lx.FIRST and f2 & lx.SUR and not (f1 | f2) & bad and (not f1 & lx.MED or f2 & lx.TOPNAME and not f2 & lx.MED) \
                    and (not f2 & lx.MED or f2 & lx.TOPNAME):  # "hill" is Hill-Sachs too, and a top surname; "for ray king"
                out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.8))
            elif not f1 and not f2 and len(m.group(1)) >= 4 and len(m.group(2)) >= 4 and not _has_upper(text) \
                    and not any(lx.lexicon().med_shape.search(w) for w in m.groups()):
                # typed all in lowercase, two words no list knows after "for": "for yevgenia kholodova"
                out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.75))
    if text[:1].islower() or text[:1].isspace():
        # a message typed in lowercase that opens with a person and a verb, or (all lowercase) names one after
        # "pt is", "rescheduling": the given name and surname may be everyday or clinical words ("ruby gold says ...")
        pairs = [_LEAD_LOWER_PAIR.match(text)]
        if not _has_upper(text):
            pairs += _LOWER_CUE_PAIR.finditer(text)
        never = lx.STOP | lx.UNIT | lx.HEAD | lx.TITLE | lx.REL | lx.ROLE | lx.CRED
        for m in filter(None, pairs):
            f1 = flags.get(m.group(1), 0)
            parts = [flags.get(p, 0) for p in m.group(2).split("-") if p]  # "watanabe-oduya": either half a surname
            f2 = next((f for f in parts if f & lx.SUR), parts[0] if parts else 0)
            if f1 & lx.FIRST and f2 & lx.SUR and not f1 & never and not f2 & (never | lx.MONTH):
                out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.8))
            elif not f1 and len(m.group(1)) >= 3 and f2 & lx.SUR and not f2 & (never | lx.MONTH | lx.ENG | lx.CLIN):
                out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.8))  # "sayuri watanabe-oduya called": a given name no list has
            elif m.re is _LOWER_CUE_PAIR and m.group(0).startswith(("name is", "name's")) and not f1 and not f2 \
                    and len(m.group(1)) >= 3 and len(m.group(2)) >= 3:
                out.append(PhiSpan(m.start(1), m.end(2), "NAME", 0.8))  # "her name is oyinda bamgbose": words no list knows
    if text[:1].islower() and not _has_upper(text):
        _lowercase_person_slots(text, out, flags)
    for i in where(*RECORD_WORDS):  # "Pham-Whitaker MRN 52207718": looked for only before the record word
        if text[toks[i][0]:toks[i][1]] not in ("MRN", "DOB", "FIN", "CSN", "acct") or (i and keys[i - 1] in RECORD_WORDS):
            continue
        m = _LAST_FIRST_BEFORE_RECORD.search(text, max(0, toks[i][0] - 48), toks[i][0])
        if m and person_word(m.group(2), flags) and person_word(m.group(3), flags):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
            continue
        m = _NAME_BEFORE_RECORD.search(text, max(0, toks[i][0] - 40), toks[i][0])
        if m and person_word(m.group(1), flags):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    slots = [m for m in _HANDOFF_ITEM.finditer(text) if _HANDOFF_BEFORE.search(text, max(0, m.start() - 8), m.start())]
    items = [m for m in slots if person_word(m.group(2), flags)]
    if len(items) >= 2:  # a list by bed number: each item leads with the patient, eponym-named ones too ("12 Addison")
        for m in slots:
            if m in items or _namey_in_list(m.group(2), flags):
                out.append(PhiSpan(m.start(2), m.end(2), "NAME", 0.85))
    # the verb first (found with the other trigger words), then the name before it
    verbs = [i for i in where(*_STAFF_VERBS) if 0 < i < len(keys) - 1 and keys[i + 1] in _STAFF_VERBS[keys[i]]]
    for m in filter(None, (_STAFFING.match(text, toks[i - 1][0]) for i in verbs)):
        # "Bashir will cover the north route", "Fenella swapped with Okezie"; "Skip is short for Schuyler": whatever
        # word a nickname is, when the long form is a name ("Strep is short for Streptococcus" is a germ)
        nickname = " is short for " in m.group(0) and bool(m.group(2)) and person_word(m.group(2), flags)
        for g in (1, 2, 3):
            f = flags.get(m.group(g).lower(), 0) if m.group(g) else 0
            if g == 2 and not nickname:
                continue
            if m.group(g) and (person_word(m.group(g), flags) and not f & (lx.ENG | lx.PLACE)
                               or f & lx.FIRST and not f & lx.NEVER_NAME or nickname and not f & (lx.STOP | lx.UNIT)):
                out.append(PhiSpan(m.start(g), m.end(g), "NAME", 0.85 if nickname else 0.8))
    for i in where(*_SAID):
        m = _CALLER_FROM.search(text, max(0, toks[i][0] - 72), toks[i][0])  # "Heather from Byram says"
        if m:
            f = flags.get(m.group(1).lower(), 0)
            if f & lx.FIRST and not f & (lx.NEVER_NAME | lx.REL):
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
    lower = None
    for r in _STAFF_ROLE.finditer(text):  # "Drew from transport", "Lance, the night PCT"
        m = _WORD_BEFORE.search(text, max(0, r.start() - 24), r.start())
        if m and person_word(m.group(1), flags):
            out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
        elif m is None and _SAYS.match(text, r.end()):
            # typed in lower case: "angel from ems says theyre 10 out" - a given name, then who they are and a verb
            lower = (not _has_upper(text)) if lower is None else lower
            m = _LOWER_WORD_BEFORE.search(text, max(0, r.start() - 24), r.start()) if lower else None
            f = flags.get(m.group(1), 0) if m else 0
            if f & lx.FIRST and not f & (lx.NEVER_NAME | lx.REL):
                out.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.8))
