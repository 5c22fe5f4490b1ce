"""Names that the shape of a message gives away, whatever words they are made of: the "LAST, FIRST M" field of a
pasted record line ("| RICE, JUSTICE T |"), a newborn's surname ("Baby Boy Hart"), a family named by its
surname ("the Angel family"), a relative's name set off by commas ("the sister, Amity, will call") and the
rest of a list most of whose entries are names ("Willow Park / Storm Adeyemi / Kofi Mensah") and who someone is
("Son is Ho-seong", "Room 6 is Journey Brooks").

Everyday words are names here ("Honor", "Hope", "Rice"): the structure, not the word lists, says so. Only
clinical, unit, title and function words are never read as names.
"""
from __future__ import annotations

import re

from bot.phi import lexicon as lx
from bot.phi.chat_names import census_or_unlisted
from bot.phi.spans import PhiSpan

# never a name, whatever the structure; a clinical word only when it is a census name too ("Baby Boy Graves")
_NEVER = lx.STOP | lx.UNIT | lx.TITLE | lx.CRED | lx.REL | lx.ROLE | lx.HEAD | lx.MONTH | lx.STATE | lx.FACIL
_CLINICAL = lx.CLIN | lx.MED

# one field of a pipe-delimited record line or a line of its own, "Pt:" or "Name:" allowed before it:
# "| RICE, JUSTICE T |"; matched right after a pipe or at the start of a short line
# the labels of a record's person field ("Pt:", "Recipient:"): one list, read as words and as a regex
_LABEL_WORDS = frozenset("pt patient name recipient donor decedent resident client member subscriber guarantor insured".split())
_RECORD_LABELS = r"(?i:" + "|".join(sorted(_LABEL_WORDS, key=len, reverse=True)) + r")"
_LAST_FIRST_FIELD = re.compile(r"[ \t]*(" + _RECORD_LABELS + r"(?:[ \t]?:[ \t]?|[ \t]))?"
                               r"([A-Z][A-Za-z'’-]+,[ \t]?[A-Z][A-Za-z'’-]+(?:[ \t][A-Z]\.?|[ \t][A-Z][A-Za-z'’-]+)?)[ \t]*(?=\||\n|$|[ \t]{2})")
_CAPS_LAST_FIRST_LEAD = re.compile(r"\s*([A-Z]{3,}(?:-[A-Z]{2,})?,[ \t][A-Z]{3,}(?:[ \t][A-Z]\.?)?)(?=[ \t][a-z])")
_NEWBORN = re.compile(r"[A-Za-z]+[ \t](?i:boy|girl|[AB12])[ \t]([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\b")  # matched at "Baby", "Twin"
_FAMILY = re.compile(r"[A-Za-z]+[ \t]([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t][a-z]+\b")  # matched at "the" of "the Angel family"
_NEWBORN_WORDS = frozenset({"baby", "twin"})
_FAMILY_WORDS = frozenset("family families kids children twins girls boys household parents siblings couple".split())
_KIN = frozenset("sister brother daughter son wife husband mother father mom dad aunt uncle niece nephew grandma grandpa "
                 "grandmother grandfather granddaughter grandson cousin partner fiance fiancee guardian caregiver".split())
_KIN_APPOSITION = re.compile(r"[A-Za-z]+,[ \t]([A-Z][a-z'’]+(?:[ \t-][A-Z][a-z'’]+)?),")  # matched at the kin word
# "Pt: M GARCÍA |", "Patient: J. Okonkwo-Bell,": the value of a patient or name field, an initial allowed first
# (any case of the label; the name capitalised); matched at the label word
_LABELLED = re.compile(_RECORD_LABELS + r"(?i:[ \t]name)?[ \t]?:[ \t]?"
                       r"((?:[A-Z]\.?[ \t])?[A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+(?:[ \t][A-ZÀ-Þ][A-Za-zÀ-ÿ'’-]+){0,2})(?=[ \t]*(?:\||\n|$|[,;(]|[ \t]{2}))")
# "the Ashworths", "the garcias are coming", "two Patels": a surname in the plural is a family (matched at "the")
_PLURAL_FAMILY = re.compile(r"[A-Za-z]+[ \t]([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[a-z]{3,})s\b(?![ \t](?:of|in)\b)")
# "Son is Ho-seong", "Patient is Temperance Gold", "Room 6 is Journey Brooks": who someone is, said with "is"
_WHO = _KIN | {"patient", "pt", "baby"}
_NAME_AFTER_IS = (r"[ \t](?:is|was)[ \t]([A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?(?:[ \t][A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?)?)\b"
                  r"(?![ \t]?[-(]?[ \t]?\d)")
_WHO_IS = re.compile(r"[A-Za-z]+" + _NAME_AFTER_IS)  # matched at "Son", "Patient"
_BED_IS = re.compile(r"[A-Za-z]+[ \t]\d{1,3}[A-Za-z]?" + _NAME_AFTER_IS)  # matched at "Room" of "Room 6 is"
# "son-in-law Jasper", "her mother-in-law, Ottilie,": matched at "law"
_IN_LAW = re.compile(r"law,?[ \t]([A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+)?)\b")
# "the previous patient's name (Delacroix)", "goes by the name (Sonny)": matched at "name"
_NAME_IN_BRACKETS = re.compile(r"name[ \t]?\(([A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?)\)")
# "Rocky is his nickname", "Bea is her preferred name": searched back from "name"/"nickname"
_NAME_IS_HIS_NAME = re.compile(r"([A-Z][a-z'’-]{1,20})[ \t](?:is|was)[ \t](?:his|her|their|the[ \t]patient['’]s|pt['’]s)[ \t]"
                               r"(?:nickname|preferred[ \t]name|legal[ \t]name|real[ \t]name|name)$")
_PLACE_OF_BED = frozenset({"room", "rm", "bed", "bay"})
# a list: entries split by " / ", ";" or line breaks; an entry may lead with a time or a number ("1300 Li Na")
_LIST_SPLIT = re.compile(r"[ \t]/[ \t]|;[ \t]?")
_ENTRY = re.compile(r"(?:[A-Za-z][A-Za-z ]{0,24}:[ \t])?[ \t]*(?:[-*•][ \t]|\d{1,2}[.)][ \t]|\d{3,4}h?[ \t]|\d{1,2}:\d\d[ \t])?[ \t]*"
                    r"([A-Za-z][A-Za-z'’-]+(?:,?[ \t][A-Za-z][A-Za-z'’-]+){1,2}|[A-Z][a-z'’-]+)"
                    r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*[.,]?[ \t]*$")


# the person to call, right before their number: "call Bill Faraday at 608-555-0129", "page Joy Fields @ 4471"
_CALL_WORDS = frozenset({"call", "page", "text", "reach", "contact", "phone"})
_CALL_NAME = re.compile(r"[A-Za-z]+[ \t]([A-Z][a-z'’-]+(?:[ \t][A-Z][a-z'’-]+)?)[ \t](?:at|on|@)[ \t]?(?:\(?\d{3}|x\d|ext)")
# two given names as the subject of something only people do together: "Jasmine and Pilar both covered",
# "Chandler and Hope are the two RNs on the rig"
_PAIR_OF_PEOPLE = re.compile(r"(?:(?<![^.!?\s])(?<!\w\s))([A-Z][a-z'’]{2,20})\sand\s([A-Z][a-z'’]{2,20})\s"
                             r"(?:both\b|are\s(?:the\s(?:two|new)|our|on\s(?:tonight|today|call))\b|were\s(?:both|the))")
_TRIGGERS = {"and"} | _LABEL_WORDS | _CALL_WORDS | _WHO | _PLACE_OF_BED | _FAMILY_WORDS | _NEWBORN_WORDS | {"law", "name", "nickname", "the", "two", "both"}


def _can_be_name(words: str, flags: dict[str, int], clinical: int = _CLINICAL) -> bool:
    fs = [flags.get(w, 0) for w in re.split(r"[\s,'’-]+", words.lower()) if len(w) > 1]
    return bool(fs) and all(not f & _NEVER and (not f & clinical or f & (lx.FIRST | lx.SUR)) for f in fs)


def structured_names(text: str, cands: list[PhiSpan], keys: list[str], toks: list[tuple[int, int]]) -> None:
    """`keys` and `toks` are the name walk's lowercase tokens and their spans: the rules that start at a word are
    tried only where that word stands."""
    flags = lx.lexicon().flags
    m = _CAPS_LAST_FIRST_LEAD.match(text)  # "RICE, JUSTICE is the 1400 case": a pasted name opens the message
    if m and _can_be_name(m.group(1), flags) and all(  # both census names ("DRESS, SCORTEN" are two acronyms)
            flags.get(w.lower(), 0) & (lx.FIRST | lx.SUR) for w in re.findall(r"[A-Z]{2,}", m.group(1))):
        cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    if "|" in text and "," in text:
        p = text.find("|")
        while p >= 0:
            _last_first(text, p + 1, True, cands, flags)
            p = text.find("|", p + 1)
    n = len(keys)
    n = len(keys)
    at = [i for i, k in enumerate(keys) if k in _TRIGGERS]  # one pass over the words; the rules run where these stand
    for i in [i for i in at if keys[i] in _LABEL_WORDS and text[toks[i][1]:toks[i][1] + 7].lstrip(" \tnameNAME").startswith(":")]:
        if _last_first(text, toks[i][0], True, cands, flags):  # "Recipient: STERLING, BANKS R  UNOS ID"
            continue
        m = _LABELLED.match(text, toks[i][0])  # "Pt: M GARCÍA |"
        if m and _can_be_name(m.group(1), flags):
            cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for i in [i for i in at if keys[i] in _CALL_WORDS]:  # "call Bill Faraday at 608-555-0129"
        m = _CALL_NAME.match(text, toks[i][0])
        if m and _can_be_name(m.group(1), flags, lx.CLIN):  # (a word a vocabulary also has is fine here: "Faraday")
            cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for i in [i for i in at if keys[i] in _FAMILY_WORDS or keys[i] in _NEWBORN_WORDS]:
        if keys[i] in _NEWBORN_WORDS:  # "Baby Boy Hart", "Twin A Jones"
            m = _NEWBORN.match(text, toks[i][0])
            if m and _can_be_name(m.group(1), flags):
                cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.9))
        elif i >= 2 and (keys[i - 2] == "the" or i >= 3 and keys[i - 3] == "the" and text[toks[i - 2][1]:toks[i - 1][0]] == "-"):
            # "the Angel family", "the Nkurunziza kids", "the Kowalski-Burns couple"
            m = _FAMILY.match(text, toks[i - 2 if keys[i - 2] == "the" else i - 3][0])
            f = flags.get(keys[i - 1], 0)
            if m and m.end() == toks[i][1] and _can_be_name(m.group(1), flags) and not f & lx.CLIN \
                    and (not f & lx.PLACE or f & lx.SUR):
                cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
            elif keys[i - 2] == "the" and text[toks[i - 1][0]:toks[i - 1][1]].islower() and f & lx.SUR \
                    and not f & (_NEVER | lx.CLIN | lx.ENG | lx.COMMON) and (f & lx.TOPNAME or not f & (lx.MED | lx.PLACE)) \
                    and not (keys[i - 1].endswith("s") and flags.get(keys[i - 1][:-1], 0) & lx.ENG):
                # typed in lower case, a census surname that is no other word: "the becker family is here", "the ferraro twins"
                # (not "the childs family", a possessive typed without its apostrophe)
                cands.append(PhiSpan(*toks[i - 1], "NAME", 0.8))
    for i in [i for i in at if keys[i] in ("the", "two", "both") and i + 1 < n and keys[i + 1].endswith("s")]:
        m = _PLURAL_FAMILY.match(text, toks[i][0])
        if m and m.end() == toks[i + 1][1]:
            f = flags.get(m.group(1).lower(), 0)
            plural = flags.get(keys[i + 1], 0)
            # a census surname, then "s"; capitalised it may be an everyday word too ("the Smiths"), typed in lower
            # case it must be nothing else ("the garcias"); the plural itself is no word of any other list
            if f & lx.SUR and not f & (_NEVER | lx.CLIN) and not plural & ~(lx.SUR | lx.TOPNAME) \
                    and (m.group(1)[0].isupper() or not f & (lx.ENG | lx.COMMON | lx.MED) and (not f & lx.PLACE or f & lx.TOPNAME)):
                cands.append(PhiSpan(m.start(1), m.end(), "NAME", 0.8))
    for i in [i for i in at if keys[i] in ("law", "name", "nickname")]:
        s = toks[i][0]
        if keys[i] == "law":
            m = _IN_LAW.match(text, s) if text[max(0, s - 4):s].lower() == "-in-" else None
        else:
            m = _NAME_IN_BRACKETS.match(text, s) or _NAME_IS_HIS_NAME.search(text, max(0, s - 48), toks[i][1])
        if m and _can_be_name(m.group(1), flags):
            cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    for i in [i for i in at if keys[i] in _WHO or keys[i] in _PLACE_OF_BED]:
        k = keys[i]
        e = toks[i][1]
        if k in _KIN and text[e:e + 1] == ",":  # "the sister, Amity, will call"
            m = _KIN_APPOSITION.match(text, toks[i][0])
            if m and _can_be_name(m.group(1), flags):
                cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
        elif i + 1 < n and keys[i + 1] in ("is", "was"):  # tokens are words: "Room 6 is" reads "room", "is"
            m = (_WHO_IS if k in _WHO else _BED_IS).match(text, toks[i][0])
            if m and _can_be_name(m.group(1), flags) and not flags.get(m.group(1).split()[0].lower(), 0) & lx.CLIN:
                cands.append(PhiSpan(m.start(1), m.end(1), "NAME", 0.85))
    pairs = [i for i in at if keys[i] == "and" and 0 < i < n - 2 and keys[i + 2] in ("both", "are", "were")]
    for m in filter(None, (_PAIR_OF_PEOPLE.match(text, toks[i - 1][0]) for i in pairs)):  # "Chandler and Hope are the two RNs"
        for g in (1, 2):
            f = flags.get(m.group(g).lower(), 0)
            if f & (lx.FIRST | lx.SUR) and not f & (_NEVER | lx.CLIN):
                cands.append(PhiSpan(m.start(g), m.end(g), "NAME", 0.8))
    _list_entries(text, cands, flags)


def _last_first(text: str, p: int, field: bool, cands: list[PhiSpan], flags: dict[str, int]) -> bool:
    """A "LAST, FIRST M" value at `p`: a record field (after a pipe or a label) may be made of everyday words
    ("RICE, JUSTICE T"); a line alone must be census names or words no list has ("Stable, Improving" is a note)."""
    m = _LAST_FIRST_FIELD.match(text, p)
    if not m:
        return False
    last, first = (w.strip() for w in m.group(2).split(",", 1))
    if last.isupper() != first.split()[0].isupper() or len(first.split()[0]) < 2 or (
            len(last) < 3 and not (len(last) == 2 and flags.get(last.lower(), 0) & lx.SUR)):
        return False  # "HbA1c, Fasting": one name is written in one case; a two-letter surname ("WU, JIANHUA") is a census one
    if _can_be_name(m.group(2), flags) if (field or m.group(1)) else census_or_unlisted(m.group(2), flags):
        cands.append(PhiSpan(m.start(2), m.end(2), "NAME", 0.85))
        return True
    return False


def _list_entries(text: str, cands: list[PhiSpan], flags: dict[str, int]) -> None:
    """In a list of three or more entries of which at least two are names already found and no entry is
    anything but a name, the remaining entries are names too ("Willow Park / Storm Adeyemi / Kofi Mensah")."""
    names = [(sp.start, sp.end) for sp in cands if sp.category == "NAME" and sp.confidence >= 0.6]
    pieces = []  # (start, end) of each entry-sized piece: lines, then " / " and ";" inside a line
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if ", " in line and len(line) <= 48:  # "Okafor, Chidi" on a line of its own
            _last_first(text, pos, False, cands, flags)
        if " / " in line or ";" in line:
            for sep in _LIST_SPLIT.finditer(text, pos, end):
                pieces.append((pos, sep.start()))
                pos = sep.end()
        pieces.append((pos, end))
        pos = end + 1
    if len(names) < 2:
        return
    # runs of consecutive entry-shaped pieces
    run: list[re.Match[str]] = []
    for a, b in [*pieces, (-1, -1)]:
        m = _ENTRY.fullmatch(text, a, b) if a >= 0 and 0 < b - a <= 90 else None  # an entry is short
        if m:
            run.append(m)
            continue
        if len(run) >= 3:
            found = [any(s < e.end(1) and e.start(1) < t for s, t in names) for e in run]
            if sum(found) >= 2 and sum(found) * 2 >= len(run):
                for e, hit in zip(run, found):
                    if not hit and _can_be_name(e.group(1), flags):
                        cands.append(PhiSpan(e.start(1), e.end(1), "NAME", 0.75))
        run = []
