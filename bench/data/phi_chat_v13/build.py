#!/usr/bin/env python3
"""Build the independent PHI evaluation set v13 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of ten care settings that the v10-v12 SOURCE.md
files do not list as used by the earlier sets: an interventional radiology suite; an outpatient oncology
infusion center; a radiation oncology department; a rheumatology clinic; a medical genetics and genetic
counseling clinic; a pediatric emergency department; a neurosurgery and spine clinic; the outpatient
laboratory and phlebotomy draw stations; a refugee and immigrant health clinic; an eating disorders program.

This set mirrors what a new user tried in an outside look at the detector: names whose parts are also
English words or very common names, in any position and letter case; identifiers hidden by Unicode or
spacing (zero-width characters, bidi marks and isolates, full-width and Arabic-Indic digits, a Cyrillic
letter in "MRN", spaced-out digits, ids split by a space); and formats (dd-Mon-yyyy dates, ages over 89 in
words, e-mails written "x AT y DOT z", driver's licence numbers, photo file names, short device serials).
About half the messages are clean but tricky (eponyms, place-named diseases and rules, rare-disease words
at sentence start, drug brands that are given names, temperatures, pain and score fractions, holidays and
holiday-named conditions, ages under 90, clinical capitals, clock times, rooms and beds) or plain chat.

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v10's, v11's
and v12's SOURCE.md and the helper / check / split / output code of v12's build.py (its lines 36-137 and
629-1061 and its last lines, no message line) were read; that structure is reused here with a new seed
and v13 checks.  All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone numbers,
example.org / example.com / example.net domains, documentation IP ranges, SSNs starting 9xx, made-up
MRNs, member ids, plates, serials, licence numbers).

Offsets are computed with str.find on the exact identifier substring, scanning left to right, so the
spans of a message are listed in order of appearance.  A span may be given as (substring, category, n)
to take the n-th occurrence after the previous span.

Kept in build.py only (not written to the records): the setting of each message (first argument of
P / C), the medium it came from (second argument) and the inventory of capitalised bait terms used in
the clean messages (keyword arguments of C).

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, re, collections, unicodedata


CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20300118
MSGS = []
SETTINGS = collections.OrderedDict([
    ("IR", "interventional radiology suite"),
    ("INFUS", "outpatient oncology infusion center"),
    ("RADONC", "radiation oncology department"),
    ("RHEUM", "rheumatology clinic"),
    ("GEN", "medical genetics and genetic counseling clinic"),
    ("PEDED", "pediatric emergency department"),
    ("SPINE", "neurosurgery and spine clinic"),
    ("LAB", "outpatient laboratory and phlebotomy draw stations"),
    ("REFUGEE", "refugee and immigrant health clinic"),
    ("EATING", "eating disorders program"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line or thread reply"),
    ("lower", "lowercase quick typing without punctuation"),
    ("sms", "SMS-style text (sent or relayed)"),
    ("caps", "ALL CAPS page, alert or overhead line"),
    ("list", "list: schedule, board, draw list or census"),
    ("ehr", "pasted EHR line, log, order, result or registration line"),
    ("email", "forwarded or pasted e-mail"),
    ("voicemail", "voicemail transcript"),
    ("bot", "slash command to the bot (/ask)"),
    ("dictation", "speech-to-text dictation pasted into chat"),
])
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: signs, tests, manoeuvres, operations, classifications, scores, diseases"),
    ("place", "place names in rules, scales, guidelines and classifications"),
    ("brand", "drug, device, product and software brands and makers"),
    ("organism", "organisms"),
    ("score", "named scores, scales, criteria, questionnaires and tools that are not eponyms"),
    ("org", "organisations, agencies, programmes, registries and software"),
    ("trial", "trials, studies and historical experiments cited as sources"),
    ("public", "public figures and historical people cited as references (not PHI)"),
    ("word", "capitalised ordinary words that are names elsewhere in the set"),
    ("holiday", "holidays and holiday-named conditions (not dates)"),
])
BAIT_KEYS = {"ep": "eponym", "pl": "place", "br": "brand", "orgm": "organism", "sc": "score",
             "org": "org", "tr": "trial", "pub": "public", "word": "word", "hol": "holiday"}
TERMS = collections.OrderedDict((k, []) for k in TERM_KINDS)
MAX_REUSE = 4

# category shorthands used in the span lists
N, D, A, PH, FX, EM, SS, MR, HP, AC, LI, VE, DV, UR, IPA, BI, PI, LO, ID_ = CATS

# invisible / special characters used in the Unicode variants
ZW, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
LRM, RLM, NBSP, NBHY, SHY = "\u200e", "\u200f", "\u00a0", "\u2011", "\u00ad"
ACUTE = "\u0301"   # combining acute accent (a name typed in decomposed form)
CYR_O, CYR_A, CYR_E = "\u041e", "\u0430", "\u0435"   # Cyrillic look-alikes of Latin O, a, e

def FW(s):
    """ASCII digits/letters -> full-width forms (U+FF10.. / U+FF21..)."""
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)

def AR(s):
    """ASCII digits -> Arabic-Indic digits (U+0660..)."""
    return "".join(chr(ord(ch) - 0x30 + 0x660) if "0" <= ch <= "9" else ch for ch in s)

def MB(s):
    """ASCII digits -> mathematical bold digits (U+1D7CE..), as pasted from a styled social-media bio."""
    return "".join(chr(ord(ch) - 0x30 + 0x1D7CE) if "0" <= ch <= "9" else ch for ch in s)

def M(setting, medium, text, spans, kinds):
    assert setting in SETTINGS, setting
    assert medium in MEDIA, medium
    ks = []
    for k in kinds.split():
        if k not in ks:
            ks.append(k)
    assert 1 <= len(ks) <= 4, (text, ks)
    MSGS.append((text, spans, ks, setting, medium))

def P(setting, medium, text, spans, kinds):
    """A message with identifiers: spans = [(substring, CATEGORY[, n]), ...] in order of appearance."""
    assert spans, text
    M(setting, medium, text, spans, kinds)

def C(setting, medium, text, kinds, **bait):
    """A clean message; keyword arguments register its capitalised bait terms ("A|B|C")."""
    for key, val in bait.items():
        kind = BAIT_KEYS[key]
        for t in val.split("|"):
            assert term_re(t).search(text), ("bait term not in its message", t, text)
            if all(t not in ts for ts in TERMS.values()):
                TERMS[kind].append(t)
    M(setting, medium, text, [], kinds)

def term_re(term):
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(term) + r"(?![A-Za-z0-9])")


# =============================================================================================
# Messages, by setting.  C(...) = clean, P(...) = with identifiers.
# =============================================================================================
# ---------------------------------------------------------------- interventional radiology suite
C("IR", "chat", "Seldinger access was clean, we swapped to a Rosen wire and then an Amplatz to upsize the drain in suite 2.",
  "eponym-bare room-bed-number", ep="Seldinger|Rosen|Amplatz")
C("IR", "chat", "Greenfield filter retrieval is booked for the 1300 slot; bring the snare kit and the long sheath.",
  "eponym-bare clock-time", ep="Greenfield")
C("IR", "lower", "pt in bay 4 wants to know if the pleurx can get wet in the shower can someone from ir call back",
  "lowercase quick-question room-bed-number")
C("IR", "caps", "IR CHARGE: SUITE 1 DOWN FOR C-ARM SERVICE UNTIL 1400, CASES MOVED TO SUITE 3",
  "allcaps clock-time room-bed-number")
C("IR", "bot", "/ask what INR cutoff do we use for a low-bleeding-risk procedure like a paracentesis vs a high-risk one like a TIPS?",
  "bot-command clinical-caps")
C("IR", "chat", "Denver shunt vs tunneled PleurX for refractory ascites, anyone have outcomes data handy?",
  "place-rule device-brand quick-question", pl="Denver", br="PleurX")
C("IR", "chat", "Simmons 2 catheter finally engaged the celiac; the Cobra never would on that anatomy.",
  "eponym-bare device-brand", ep="Simmons", br="Cobra")
C("IR", "dictation", "Procedure colon ultrasound guided right internal jugular tunneled dialysis catheter placement period Tip at the cavoatrial junction period Blood loss minimal period",
  "dictation")
C("IR", "chat", "Pain 6/10 after the hepatic embolization, gave fentanyl 25 mcg and she is down to 3/10 now.",
  "score-fraction dose-lab")
C("IR", "chat", "Hounsfield units on that liver lesion were in the 30s precontrast, so not a simple cyst.",
  "eponym-bare", ep="Hounsfield")
C("IR", "sms", "running 20 min behind, the 0930 port placement is still on the table",
  "sms clock-time")
C("IR", "chat", "Temp 38.6 after the fibroid embolization last night, classic postembolization syndrome, keeping her on ketorolac.",
  "temperature dose-lab")
C("IR", "chat", "Chance of getting the nephrostomy done today is low, anesthesia can't staff the late room.",
  "word-capital ordinary-chat", word="Chance")
C("IR", "chat", "Budd-Chiari workup: hepatic venogram plus pressures Thursday, then we talk TIPS vs DIPS with hepatology.",
  "eponym-bare weekday clinical-caps", ep="Budd-Chiari")
C("IR", "chat", "Kimray-Greenfield history aside, the newer retrievable filters tilt less. Anyone still place the Bird's Nest?",
  "eponym-bare device-brand", ep="Kimray-Greenfield", br="Bird's Nest")
C("IR", "chat", "Who took the Bentson wire out of the cabinet in suite 3 and didn't restock it",
  "eponym-bare room-bed-number ordinary-chat", ep="Bentson")
C("IR", "caps", "CODE STROKE THROMBECTOMY ETA 12 MIN, NEURO IR TEAM TO ANGIO 2",
  "allcaps clinical-caps")
C("IR", "chat", "Post-biopsy vitals: BP 128/76, HR 88, sat 97% on room air, no hematoma. Patient is 84 and sharp as a tack.",
  "age-under-90 dose-lab")
C("IR", "chat", "Lunderquist for the TIPS tract, Kumpe to select the portal branch. Same setup as last week.",
  "eponym-bare", ep="Lunderquist|Kumpe")
C("IR", "bot", "/ask summarize the SIR guidance on holding apixaban before a tunneled line",
  "bot-command organization", org="SIR")
C("IR", "chat", "Christmas Eve call schedule for IR techs is posted by the scrub sink.",
  "holiday ordinary-chat", hol="Christmas Eve")
C("IR", "chat", "Bell rang for the 1500 kypho, OR is ready. Room 12 has the cement mixer already.",
  "word-capital clock-time room-bed-number", word="Bell")
C("IR", "dictation", "Impression colon successful ultrasound guided paracentesis with removal of four point two liters of straw colored fluid period Albumin given per protocol period",
  "dictation dose-lab")
C("IR", "lower", "anyone know if the mahurkar or the palindrome is the default for the temp hd caths now",
  "lowercase device-brand quick-question")
P("IR", "chat", "Ivy Marsh in holding bay 3 is next for the port, her daughter Fern is the ride home.",
  [("Ivy Marsh", N), ("Fern", N)], "name-word name-relative room-bed-number")
P("IR", "ehr", "ADT | STONE, PATIENCE L | MRN 80417725 | DOB 03-Feb-1947 | IR Suite 2",
  [("STONE, PATIENCE L", N), ("80417725", MR), ("03-Feb-1947", D)], "name-last-first name-allcaps mrn date-dmy-abbrev")
P("IR", "chat", "Can someone consent Mr. Young for the nephrostomy exchange? He is on 7 West bed 22, son is Rich Young, 608-555-0147.",
  [("Young", N), ("Rich Young", N), ("608-555-0147", PH)], "name-word name-relative phone")
P("IR", "voicemail", "Hi this is Guy Fairweather calling about my wife Hazel, she had the drain put in Tuesday and it's leaking around the site, call me back at 920 555 0163 thanks",
  [("Guy Fairweather", N), ("Hazel", N), ("920 555 0163", PH)], "voicemail name-word name-relative phone")
P("IR", "lower", "biopsy pt is will price not will pryce fix the label before path gets it",
  [("will price", N), ("will pryce", N)], "lowercase name-lowercase name-mistyped name-word")
P("IR", "chat", "MRN 6601 9348 for the TIPS check tomorrow, someone split it when they typed it into the worklist.",
  [("6601 9348", MR)], "split-id mrn")
P("IR", "chat", "The worklist has invisible junk again: MRN 7702" + ZW + "1185 won't match in PACS until someone retypes it.",
  [("7702" + ZW + "1185", MR)], "zero-width mrn")
P("IR", "email", "Fwd from referring office: Please schedule Dawn Whitlock (DOB 11/19/1958) for a PICC. Reply to Hunter at hunter.ridge AT example DOT com with the date.",
  [("Dawn Whitlock", N), ("11/19/1958", D), ("Hunter", N), ("hunter.ridge AT example DOT com", EM)], "name-word dob obfuscated-email name-staff")
P("IR", "chat", "SUNDAY, CHRISTIAN is the 1400 case. Yes, that is the real name, surname Sunday.",
  [("SUNDAY, CHRISTIAN", N), ("Sunday", N)], "name-allcaps name-last-first name-word")
P("IR", "chat", "Photo of the puncture-site bruising from Mrs. Coral Vasquez-Lindahl uploaded as IMG_4418.HEIC, please add it to her chart.",
  [("Coral Vasquez-Lindahl", N), ("IMG_4418.HEIC", PI)], "photo-filename name-hyphenated name-word")
P("IR", "dictation", "Patient is Mister Gaylord Bishop comma ninety-three years old comma here for IVC filter retrieval period",
  [("Gaylord Bishop", N), ("ninety-three", A)], "dictation age-over-89-words name-word")
P("IR", "chat", "Dr. Mark Wise asked if the kyphoplasty patient from Oconomowoc can go to bed 9 instead.",
  [("Mark Wise", N), ("Oconomowoc", LO)], "name-word name-clinician city")
P("IR", "sms", "this is penny at the front desk, mrs chavez rodriguez is here early for her 2pm drain check",
  [("penny", N), ("chavez rodriguez", N)], "sms name-lowercase name-common name-staff")
P("IR", "chat", "Port serial for the device we placed in Olive Tran: PX41-22K. Put it in the implant log please.",
  [("Olive Tran", N), ("PX41-22K", DV)], "device-serial name-word")
P("IR", "ehr", "Referral | Pt: Maria Garcia | Ph: \u2066+1 (414) 555-0129\u2069 | Dx: hepatic mets | Req: radioembolization",
  [("Maria Garcia", N), ("+1 (414) 555-0129", PH)], "name-common bidi-mark phone")
P("IR", "chat", "Y90 mapping for Mr. Strong got bumped to 14-Mar-2029, let his daughter Joy know.",
  [("Strong", N), ("14-Mar-2029", D), ("Joy", N)], "name-word date-dmy-abbrev name-relative")
P("IR", "caps", "PAGING DR. HOLLY PRICE TO IR SUITE 3 FOR A CONSENT",
  [("HOLLY PRICE", N)], "allcaps name-allcaps name-word name-clinician")
P("IR", "chat", "Patient's licence was left in recovery bay 6, WI DL R163-4420-7781-05, security is holding it.",
  [("R163-4420-7781-05", LI)], "drivers-license room-bed-number")
P("IR", "chat", "López, José from 4 North: wife says he's allergic to contrast, she's at 262-555-0190.",
  [("López, José", N), ("262-555-0190", PH)], "name-common name-last-first phone")
P("IR", "list", "Tomorrow IR: 0730 Rose Carpenter (port removal) / 0900 Lee Kang-min (G-tube) / 1030 Dale Fields (biopsy) / 1300 Amit Shah (drain check)",
  [("Rose Carpenter", N), ("Lee Kang-min", N), ("Dale Fields", N), ("Amit Shah", N)], "list-schedule name-word name-non-english clock-time")
P("IR", "chat", "Clinical photo of Baker's neck hematoma is DSC_0917.JPG; send it to the vascular team in Madison where he follows.",
  [("Baker", N), ("DSC_0917.JPG", PI), ("Madison", LO)], "name-surname-only name-possessive photo-filename city")
P("IR", "chat", "Husband of bed 5 (Patience Akinyi-Moss) wants an update; he is Gideon, cell " + AR("6085550138") + " as he typed it at the kiosk.",
  [("Patience Akinyi-Moss", N), ("Gideon", N), (AR("6085550138"), PH)], "arabic-indic-digits name-word name-relative")
P("IR", "voicemail", "Message for interventional radiology, this is Faith Okafor, my father Ezekiel had a biopsy on the fourth of March and nobody called with results, my number is 715 555 0104",
  [("Faith Okafor", N), ("Ezekiel", N), ("fourth of March", D), ("715 555 0104", PH)], "voicemail name-word date-written phone")
P("IR", "chat", "Van blocking the loading dock belongs to the Vang family, they're waiting on Pa Vang. Plate 4XR 219 per security.",
  [("Vang", N), ("Pa Vang", N), ("4XR 219", VE)], "name-non-english vehicle")
# ---------------------------------------------------------------- outpatient oncology infusion center
C("INFUS", "chat", "Chair 14 is running Keytruda then Alimta, premeds are in the Pyxis drawer.",
  "drug-brand-name room-bed-number", br="Keytruda|Alimta")
C("INFUS", "chat", "Sister Mary Joseph nodule on exam today, flagged for the attending before cycle 3.",
  "eponym-bare", ep="Sister Mary Joseph")
C("INFUS", "lower", "anyone have a spare huber needle in the 3/4 inch size chair 6 port is deep",
  "lowercase room-bed-number quick-question")
C("INFUS", "caps", "INFUSION: HAZARDOUS SPILL KIT USED IN POD B, EVS NOTIFIED, CHAIRS 9-12 CLOSED FOR 30 MIN",
  "allcaps room-bed-number")
C("INFUS", "bot", "/ask what is the rechallenge protocol after a grade 2 infusion reaction to paclitaxel?",
  "bot-command")
C("INFUS", "chat", "Hodgkin patients on ABVD get PFTs before every other cycle per our pathway.",
  "eponym-bare rare-disease-start clinical-caps", ep="Hodgkin")
C("INFUS", "chat", "Waldenström patients: check viscosity before the rituximab, and hold if IgM is climbing.",
  "eponym-bare rare-disease-start", ep="Waldenström")
C("INFUS", "chat", "Temp 38.3 in chair 8 twenty minutes into the Herceptin, stopped it, gave acetaminophen, vitals otherwise fine.",
  "temperature drug-brand-name room-bed-number", br="Herceptin")
C("INFUS", "chat", "Karnofsky 70 and ECOG 2 are not the same thing, please stop converting them in the note.",
  "eponym-bare score clinical-caps", ep="Karnofsky")
C("INFUS", "sms", "pharmacy says the Enhertu will be up by 1015, sorry",
  "sms drug-brand-name clock-time", br="Enhertu")
C("INFUS", "chat", "Neulasta Onpro on-body goes on the back of the arm, not the belly if she has the ostomy. Pain 2/10 after the injector fired.",
  "drug-brand-name score-fraction", br="Neulasta Onpro")
C("INFUS", "chat", "Ella is on the shelf next to the Plan B in the pharmacy, not ours. We don't stock either in infusion.",
  "drug-brand-name ordinary-chat", br="Ella")
C("INFUS", "dictation", "Nursing note colon patient tolerated cycle four of FOLFOX without incident period Port flushed with heparin per protocol period Next visit in fourteen days period",
  "dictation clinical-caps")
C("INFUS", "chat", "Hickman vs Groshong for the leukemia admit? Heme wants triple lumen.",
  "eponym-bare device-brand quick-question", ep="Hickman|Groshong")
C("INFUS", "chat", "Thanksgiving week: infusion closes at noon Wednesday, reschedule the long regimens to Tuesday.",
  "holiday weekday", hol="Thanksgiving")
C("INFUS", "chat", "Patient in chair 3 is 88 and asking for a warm blanket and the crossword.",
  "age-under-90 room-bed-number ordinary-chat")
C("INFUS", "chat", "Trousseau sign of malignancy is the migratory clot one, not the carpal spasm one. Different Trousseau sign, same man.",
  "eponym-bare teaching", ep="Trousseau")
C("INFUS", "caps", "CHEMO SAFETY HUDDLE 0745 AT THE NURSES STATION, DOUBLE CHECK ALL CARBO DOSES",
  "allcaps clock-time")
C("INFUS", "chat", "Krukenberg tumor on the CT, GI primary suspected. Consult placed.",
  "eponym-bare", ep="Krukenberg")
C("INFUS", "chat", "Carboplatin AUC 5 with Calvert: CrCl 72, dose 610 mg. Pharmacy verified.",
  "eponym-bare dose-lab", ep="Calvert")
C("INFUS", "bot", "/ask list the hypersensitivity risk window for oxaliplatin by cycle number",
  "bot-command")
C("INFUS", "lower", "ok who put the zofran back in the wrong bin again lol",
  "lowercase ordinary-chat")
C("INFUS", "chat", "Pancoast tumor patient is in radiation, not us this week. Clear the Thursday chair.",
  "eponym-bare weekday", ep="Pancoast")
C("INFUS", "chat", "Grace period on the prior auth ends Friday; if it doesn't come through we push the Opdivo.",
  "word-capital drug-brand-name weekday", word="Grace", br="Opdivo")
P("INFUS", "chat", "Chair 11 is Hope Sandoval-Reyes, she asked for her sister Bliss to sit in.",
  [("Hope Sandoval-Reyes", N), ("Bliss", N)], "name-word name-relative name-hyphenated room-bed-number")
P("INFUS", "chat", "Mrs. Cash's port won't draw back; tPA dwell started 1140.",
  [("Cash", N)], "name-word name-possessive clock-time")
P("INFUS", "ehr", "Order | WILLIAMS, JAMES R | МRN 55190374 | Cycle 2 Day 1 | Regimen: FOLFIRI",
  [("WILLIAMS, JAMES R", N), ("55190374", MR)], "name-common name-last-first homoglyph-label mrn")
P("INFUS", "lower", "mary johnson in chair 2 wants the 3pm appt next time not 10",
  [("mary johnson", N)], "lowercase name-lowercase name-common")
P("INFUS", "voicemail", "Hey it's Rusty Banks, I'm supposed to come in for my chemo Thursday but my ride fell through, can somebody call me at four one four five five five zero one two two",
  [("Rusty Banks", N), ("four one four five five five zero one two two", PH)], "voicemail name-word phone")
P("INFUS", "chat", "Sharp, Kenneth's daughter Amber called: he spiked to 39.1 overnight, she's bringing him to the ED.",
  [("Sharp, Kenneth", N), ("Amber", N)], "name-word name-last-first name-relative temperature")
P("INFUS", "chat", "His pump serial is C7Q-118. Mr. Nakagawa-Boateng says it beeped all night.",
  [("C7Q-118", DV), ("Nakagawa-Boateng", N)], "device-serial name-hyphenated name-non-english")
P("INFUS", "email", "From: scheduling@example.org | Subject: Lin Wei cycle 5 | Please move Ms. Lin's infusion to 09-Apr-2029, family flying in from Vancouver.",
  [("scheduling@example.org", EM), ("Lin Wei", N), ("Lin", N), ("09-Apr-2029", D), ("Vancouver", LO)], "email name-non-english date-dmy-abbrev city")
P("INFUS", "chat", "Her husband Forrest is the contact now, not the brother. Number is 608 555 0181.",
  [("Forrest", N), ("608 555 0181", PH)], "name-word name-relative phone")
P("INFUS", "chat", "Consent witness was Nurse Sunny Kaur; the patient, Mr. Moody, signed at 0915.",
  [("Sunny Kaur", N), ("Moody", N)], "name-word name-staff clock-time")
P("INFUS", "chat", "Patient is 97, ninety-seven, yes really, and still getting the rituximab. Daughter Pearl drives her.",
  [("97", A), ("ninety-seven", A), ("Pearl", N)], "age-over-89-digits age-over-89-words name-word name-relative")
P("INFUS", "ehr", "Lab | Pt: NOBLE, GRANT | DOB: \uff11\uff12/\uff10\uff14/\uff11\uff19\uff15\uff13 | ANC 1.1",
  [("NOBLE, GRANT", N), ("\uff11\uff12/\uff10\uff14/\uff11\uff19\uff15\uff13", D)], "name-allcaps name-word fullwidth-digits dob")
P("INFUS", "chat", "Can we get a wig voucher for Autumn Hale? She lives out past Baraboo, ZIP 53913.",
  [("Autumn Hale", N), ("Baraboo", LO), ("53913", LO)], "name-word city zip")
P("INFUS", "sms", "Hi its Jade, my mom Ngozi Eze is in chair 7, can I bring food in",
  [("Jade", N), ("Ngozi Eze", N)], "sms name-word name-non-english name-relative")
P("INFUS", "chat", "Who is Dr. Major? Oh, Dr. Major Coleman, the new heme fellow. Got it.",
  [("Major", N), ("Major Coleman", N)], "name-word name-clinician")
P("INFUS", "dictation", "This is a follow up for Missus Rosa Delgado comma date of birth June third nineteen fifty one period",
  [("Rosa Delgado", N), ("June third nineteen fifty one", D)], "dictation dob name-common")
P("INFUS", "chat", "Insurance for Crystal Waters: member ID XHU 3962 208? No, XHU3926-2081, it's on the card photo.",
  [("Crystal Waters", N), ("XHU 3962 208", HP), ("XHU3926-2081", HP)], "name-word health-plan")
P("INFUS", "chat", "Pt asked us to mail the schedule to 1418 Cardinal Ln, Sun Prairie. Her name is Iris Bloom.",
  [("1418 Cardinal Ln", LO), ("Sun Prairie", LO), ("Iris Bloom", N)], "address city name-word")
P("INFUS", "list", "Chairs AM: 1 Olson / 2 Nguyen Van Minh / 3 Dusty Hightower / 4 Fatima Zahra Benali / 5 King, Robert",
  [("Olson", N), ("Nguyen Van Minh", N), ("Dusty Hightower", N), ("Fatima Zahra Benali", N), ("King, Robert", N)], "list-schedule name-non-english name-word name-last-first")
P("INFUS", "chat", "The bone-marrow biopsy for Mr. Christmas is at 1300. Yes, Noel Christmas. His wife is Carol.",
  [("Christmas", N), ("Noel Christmas", N), ("Carol", N)], "name-word name-relative clock-time")
P("INFUS", "chat", "Account for the charity-care application: 0077 4219 8830. Patient Lupe Vargas, she's embarrassed to ask, be kind.",
  [("0077 4219 8830", AC), ("Lupe Vargas", N)], "account name-common")
P("INFUS", "chat", "Mr. Park's wife is asking if he can skip Friday; she's at 414\u2060555\u20600166.",
  [("Park", N), ("414\u2060555\u20600166", PH)], "name-common name-possessive zero-width phone")
P("INFUS", "chat", "For the chaplain list: Ms. Precious Mahlangu in chair 10 would like a visit after her Taxol.",
  [("Precious Mahlangu", N)], "name-word name-non-english room-bed-number")
P("INFUS", "ehr", "Reg | Pt: Heather Lane | Addr: 77 Wren Ct, Verona WI 53593 | Ph: (608) 555-0172",
  [("Heather Lane", N), ("77 Wren Ct", LO), ("Verona", LO), ("53593", LO), ("(608) 555-0172", PH)], "name-word address city phone")
# ---------------------------------------------------------------- radiation oncology department
C("RADONC", "chat", "Vault 2 is back up after the Varian service call; the 1100 and 1120 patients can go in there.",
  "device-brand room-bed-number clock-time", br="Varian")
C("RADONC", "chat", "Bragg peak dose falloff is why the pediatric craniospinal goes to protons. Nice teaching slide.",
  "eponym-bare teaching", ep="Bragg")
C("RADONC", "lower", "sim is running late bc the ct table is stuck again, vault 1 is fine",
  "lowercase room-bed-number")
C("RADONC", "caps", "RADIATION THERAPY: BEAM HOLD ON LINAC 3, PHYSICS ON THE WAY, DO NOT LOAD NEXT PATIENT",
  "allcaps clinical-caps")
C("RADONC", "bot", "/ask what is the usual dose constraint for the spinal cord max in conventional fractionation?",
  "bot-command dose-lab")
C("RADONC", "chat", "Gleason 4+3 with PSA 14, so unfavorable intermediate; we add six months of ADT.",
  "eponym-bare dose-lab clinical-caps", ep="Gleason")
C("RADONC", "chat", "Gamma Knife frame goes on at 0700, the CyberKnife cases are all afternoon.",
  "device-brand clock-time", br="Gamma Knife|CyberKnife")
C("RADONC", "chat", "RTOG grade 2 dermatitis in the axilla, switch her to Mepitel film and keep the Aquaphor.",
  "organization drug-brand-name", org="RTOG", br="Mepitel|Aquaphor")
C("RADONC", "dictation", "Fractions delivered colon twenty two of thirty period Weight stable period Mucositis grade one period Continue magic mouthwash period",
  "dictation dose-lab")
C("RADONC", "chat", "Lhermitte sign after mantle radiation is usually transient. Reassure and recheck in a couple of months.",
  "eponym-bare teaching", ep="Lhermitte")
C("RADONC", "chat", "Curie was the unit before the becquerel. Grays for dose, sieverts for effective dose, please stop mixing them up in the huddle.",
  "eponym-bare teaching", ep="Curie")
C("RADONC", "chat", "Gray was a real person too, Louis Harold Gray, so yes the unit is an eponym.",
  "public-figure word-capital teaching", pub="Louis Harold Gray", word="Gray")
C("RADONC", "sms", "mask room needs more thermoplastic sheets, order placed",
  "sms ordinary-chat")
C("RADONC", "chat", "Pain 4/10 from the bone mets, single 8 Gy fraction to the hip today.",
  "score-fraction dose-lab")
C("RADONC", "chat", "Anyone know if the Elekta couch calibration is done? Couch 2 still reads off by 2 mm.",
  "device-brand quick-question", br="Elekta")
C("RADONC", "caps", "REMINDER: ALL SBRT CASES NEED PHYSICS SECOND CHECK BEFORE 1500",
  "allcaps clinical-caps clock-time")
C("RADONC", "chat", "Memorial Day closure: the twice-daily small cell patient gets a makeup fraction Saturday.",
  "holiday weekday", hol="Memorial Day")
C("RADONC", "chat", "Patient in vault 3 is 79 and claustrophobic, we did the open mask and a little lorazepam.",
  "age-under-90 room-bed-number dose-lab")
C("RADONC", "chat", "Ewing sarcoma of the pelvis: proton consult sent to the children's center.",
  "eponym-bare rare-disease-start", ep="Ewing")
C("RADONC", "lower", "is the tattoo ink cart in sim 1 or did someone walk it to brachy",
  "lowercase quick-question")
C("RADONC", "chat", "Stewart-Treves is rare but keep it in mind with chronic lymphedema after breast radiation.",
  "eponym-bare rare-disease-start teaching", ep="Stewart-Treves")
C("RADONC", "bot", "/ask compare 5-fraction vs 15-fraction whole breast schedules, FAST-Forward data",
  "bot-command trial-name", tr="FAST-Forward")
C("RADONC", "chat", "Temp 37.9 and mucositis, not neutropenic, continue treatment.",
  "temperature clinical-caps")
C("RADONC", "chat", "Hounsfield-to-density table got updated on the planning CT, replan anything simmed before Monday.",
  "eponym-bare weekday", ep="Hounsfield-to-density")
P("RADONC", "chat", "Mask for Wade Stone is on the shelf labeled by Autumn, she did his sim.",
  [("Wade Stone", N), ("Autumn", N)], "name-word name-staff")
P("RADONC", "chat", "HOLT, PRUDENCE is the 1040 in vault 1, prostate fraction 12 of 28.",
  [("HOLT, PRUDENCE", N)], "name-allcaps name-last-first name-word room-bed-number")
P("RADONC", "voicemail", "Hi this is Sandy Pope, my husband Clifford gets his radiation at two and he's throwing up since this morning, call me at six oh eight five five five zero one five three",
  [("Sandy Pope", N), ("Clifford", N), ("six oh eight five five five zero one five three", PH)], "voicemail name-word name-relative phone")
P("RADONC", "ehr", "Tx record | Pt: Ahmadi, Reza | MRN 31\u200b880\u200b457 | Site: L lung SBRT",
  [("Ahmadi, Reza", N), ("31\u200b880\u200b457", MR)], "name-last-first name-non-english zero-width mrn")
P("RADONC", "chat", "Mr. Little's wife called; he turned ninety-one on Sunday and wants to ring the bell on his last day.",
  [("Little", N), ("ninety-one", A)], "name-word age-over-89-words name-possessive")
P("RADONC", "chat", "Parking validation for Joy Bridges, plate ABN-4127, she is here daily for 6 weeks.",
  [("Joy Bridges", N), ("ABN-4127", VE)], "name-word vehicle")
P("RADONC", "lower", "sim for ray king moved to thurs his daughter robin called",
  [("ray king", N), ("robin", N)], "lowercase name-lowercase name-word name-relative")
P("RADONC", "chat", "Fraction 1 for Marisa Cole went fine. Start date was 22-Oct-2029, end date pending.",
  [("Marisa Cole", N), ("22-Oct-2029", D)], "name-common date-dmy-abbrev")
P("RADONC", "email", "Fwd: outside records for Mohammed Hassan, CT disk mailed from Rock River Regional in Janesville. Contact records AT example DOT net for questions.",
  [("Mohammed Hassan", N), ("Rock River Regional", LO), ("Janesville", LO), ("records AT example DOT net", EM)], "name-common facility obfuscated-email")
P("RADONC", "chat", "Port film photo of Ms. Honor Blackfeather's setup marks, face visible, saved as DSC_2041.jpg; please crop before teaching.",
  [("Honor Blackfeather", N), ("DSC_2041.jpg", PI)], "name-word photo-filename")
P("RADONC", "chat", "Summer intern Grace Liu shadowing Dr. Frank Hardy in vault 2 today.",
  [("Grace Liu", N), ("Frank Hardy", N)], "name-word name-staff name-clinician")
P("RADONC", "sms", "its jim brown from transport, i have mrs winter in the van out front",
  [("jim brown", N), ("winter", N)], "sms name-lowercase name-common name-word")
P("RADONC", "chat", "Brachy applicator serial on the Delgado-Pratt case: HDR-27B. Log it before the source exchange.",
  [("Delgado-Pratt", N), ("HDR-27B", DV)], "name-hyphenated device-serial")
P("RADONC", "chat", "Patient Cheng Mei-ling, DOB \uff10\uff17-\uff12\uff14-\uff11\uff19\uff14\uff16, pasted from the referral in full-width digits.",
  [("Cheng Mei-ling", N), ("\uff10\uff17-\uff12\uff14-\uff11\uff19\uff14\uff16", D)], "name-non-english fullwidth-digits dob")
P("RADONC", "ehr", "Pt: Carter, Mason | Ph: 4 1 4 5 5 5 0 1 3 7 | Dx: rectal ca",
  [("Carter, Mason", N), ("4 1 4 5 5 5 0 1 3 7", PH)], "name-last-first name-word spaced-digits phone")
P("RADONC", "chat", "Dr. Church said to hold Mr. Parsons until his platelets recover.",
  [("Church", N), ("Parsons", N)], "name-word name-clinician name-surname-only")
P("RADONC", "dictation", "Mister Leopold Baptiste is a hundred and one year old gentleman here for palliative radiation to the spine period",
  [("Leopold Baptiste", N), ("a hundred and one", A)], "dictation age-over-89-words")
P("RADONC", "chat", "The Springers are here: Amos and his wife Merry. Amos is the patient.",
  [("Springers", N), ("Amos", N), ("Merry", N), ("Amos", N)], "name-word name-relative")
P("RADONC", "chat", "Transport from Heritage Oaks Assisted Living for the 1300; ask for Noor, the aide.",
  [("Heritage Oaks Assisted Living", LO), ("Noor", N)], "facility name-given-only clock-time")
P("RADONC", "ehr", "Login alert: user jsmithers accessed chart of WOODS, BROOKE from 203.0.113.58 at 02:14",
  [("jsmithers", N), ("WOODS, BROOKE", N), ("203.0.113.58", IPA)], "name-allcaps name-word ip")
P("RADONC", "chat", "Jennifer Davis and Jennifer Davies both in at 1400. Check two identifiers!",
  [("Jennifer Davis", N), ("Jennifer Davies", N)], "name-common clock-time")
P("RADONC", "chat", "Son is Ho-seong; mom is Kim Soon-ja. He'll translate.",
  [("Ho-seong", N), ("Kim Soon-ja", N)], "name-non-english name-relative")
P("RADONC", "voicemail", "Yes hello, Ezra Goodnight, I am calling for my appointment, I live at 312 Orchard Hill Rd in Mount Horeb, and I don't have a ride",
  [("Ezra Goodnight", N), ("312 Orchard Hill Rd", LO), ("Mount Horeb", LO)], "voicemail name-word address city")
P("RADONC", "chat", "Lumbar mets pt Ms. Gold? No, Ms. Goldie Marsh. Two different people, both Tuesdays.",
  [("Gold", N), ("Goldie Marsh", N)], "name-word name-mistyped weekday")
# ---------------------------------------------------------------- rheumatology clinic
C("RHEUM", "chat", "Gottron papules plus heliotrope rash, CK 2400. Dermatomyositis until proven otherwise, get the myositis panel.",
  "eponym-bare dose-lab", ep="Gottron")
C("RHEUM", "chat", "Raynaud with digital ulcers in room 4, start nifedipine and get capillaroscopy.",
  "eponym-bare room-bed-number", ep="Raynaud")
C("RHEUM", "chat", "Sjögren patients: remind them Schirmer test strips sting for a second.",
  "eponym-bare rare-disease-start", ep="Sjögren|Schirmer")
C("RHEUM", "lower", "does anyone know if otezla needs a tb test first or just humira",
  "lowercase drug-brand-name quick-question")
C("RHEUM", "caps", "INFUSION SUITE: ACTEMRA AND ORENCIA PATIENTS ARRIVE 0800, KRYSTEXXA AT 1000",
  "allcaps drug-brand-name clock-time")
C("RHEUM", "bot", "/ask what are the 2019 EULAR/ACR classification criteria for SLE in short form?",
  "bot-command organization year-only", org="EULAR/ACR")
C("RHEUM", "chat", "Behçet workup: pathergy test today, ophtho tomorrow. HLA-B51 sent.",
  "eponym-bare rare-disease-start clinical-caps", ep="Behçet")
C("RHEUM", "chat", "Still disease flare, ferritin 8900, glad we caught it before MAS.",
  "eponym-bare rare-disease-start dose-lab", ep="Still")
C("RHEUM", "chat", "Schober test was 3 cm, positive; HLA-B27 back positive too. Axial SpA clinic referral.",
  "eponym-bare clinical-caps", ep="Schober")
C("RHEUM", "chat", "Heberden nodes at the DIPs and Bouchard at the PIPs, so OA, not RA. Good teaching case in room 6.",
  "eponym-bare teaching room-bed-number", ep="Heberden|Bouchard")
C("RHEUM", "sms", "running behind, 2 new consults stacked, be there by 1345",
  "sms clock-time")
C("RHEUM", "chat", "Arava has a long half-life, do the cholestyramine washout if she wants to get pregnant.",
  "drug-brand-name", br="Arava")
C("RHEUM", "chat", "Pain 8/10 in the first MTP, tophus on the ear. Gout, tap it anyway for crystals.",
  "score-fraction")
C("RHEUM", "dictation", "Joint exam colon twenty eight joint count with eight tender and six swollen period DAS twenty eight four point nine period Escalate therapy period",
  "dictation score")
C("RHEUM", "chat", "Takayasu arteritis patient in room 2: bilateral arm BP differs by 30, please do four limbs.",
  "eponym-bare room-bed-number", ep="Takayasu")
C("RHEUM", "chat", "Lyme arthritis vs septic knee: the ortho resident wants a tap, I agree.",
  "place-disease", pl="Lyme")
C("RHEUM", "chat", "Felty syndrome is RA plus splenomegaly plus neutropenia. Caplan is the pneumoconiosis one.",
  "eponym-bare teaching", ep="Felty|Caplan")
C("RHEUM", "caps", "FLU SHOTS IN ROOM 9 TODAY FOR BIOLOGIC PATIENTS, NO LIVE VACCINES",
  "allcaps room-bed-number")
C("RHEUM", "chat", "Patient is 86, on prednisone 5 and Prolia. Fracture risk still high; DXA next year.",
  "age-under-90 drug-brand-name dose-lab", br="Prolia")
C("RHEUM", "chat", "Temp 38.8 on Rinvoq, hold it and get a CBC and CXR.",
  "temperature drug-brand-name clinical-caps", br="Rinvoq")
C("RHEUM", "chat", "Ramadan fasting and her prednisone: move the dose to suhoor, recheck sugars.",
  "holiday dose-lab", hol="Ramadan")
C("RHEUM", "lower", "who is covering the phone triage line after lunch",
  "lowercase ordinary-chat")
C("RHEUM", "bot", "/ask dose adjust colchicine for CrCl 30 in an acute gout flare",
  "bot-command dose-lab")
C("RHEUM", "chat", "Jaccoud arthropathy is reducible deformity in lupus. Libman-Sacks is the valve lesion.",
  "eponym-bare teaching", ep="Jaccoud|Libman-Sacks")
P("RHEUM", "chat", "Pat Winters is in room 3 for the Krystexxa, her brother Buck is with her.",
  [("Pat Winters", N), ("Buck", N)], "name-word name-relative room-bed-number")
P("RHEUM", "chat", "Can you refill methotrexate for Daisy Hill? Pharmacy on Park St in Stoughton.",
  [("Daisy Hill", N), ("Park St", LO), ("Stoughton", LO)], "name-word address city")
P("RHEUM", "ehr", "Result | RICE, JUSTICE T | MRN 9927 1055 | anti-CCP >250 | RF 88",
  [("RICE, JUSTICE T", N), ("9927 1055", MR)], "name-allcaps name-last-first name-word split-id")
P("RHEUM", "voicemail", "Hi this is Bill Cash returning a call about my lab results, I'm at 262 555 0158, thank you",
  [("Bill Cash", N), ("262 555 0158", PH)], "voicemail name-word phone")
P("RHEUM", "lower", "hey is dr bliss in today or is it dr summers, mr baptiste is asking",
  [("bliss", N), ("summers", N), ("baptiste", N)], "lowercase name-lowercase name-word name-clinician")
P("RHEUM", "chat", "Mrs. Mercado's daughter Esperanza is the contact. Email esperanza.m@example.com.",
  [("Mercado", N), ("Esperanza", N), ("esperanza.m@example.com", EM)], "name-possessive name-relative email")
P("RHEUM", "chat", "DOB 02-Aug-1938 for the new lupus referral, name Dolores Flood.",
  [("02-Aug-1938", D), ("Dolores Flood", N)], "date-dmy-abbrev dob name-word")
P("RHEUM", "email", "Subject: Paz, Angel - biologic prior auth. Member ID WNB7730521, plan says step therapy first. Please call 608-555-0115.",
  [("Paz, Angel", N), ("WNB7730521", HP), ("608-555-0115", PH)], "name-last-first name-word health-plan phone")
P("RHEUM", "chat", "Mr. Goodman is ninety and wants to stop all his meds. Family meeting Friday with his son Abe.",
  [("Goodman", N), ("ninety", A), ("Abe", N)], "name-surname-only age-over-89-words name-relative weekday")
P("RHEUM", "chat", "Patient photo of her hands for the ulcer tracking: ulcer_hands_0212.heic, from Ms. Robin Lark.",
  [("ulcer_hands_0212.heic", PI), ("Robin Lark", N)], "photo-filename name-word")
P("RHEUM", "sms", "Hi it's Sue Park, I can't make my 10:30, can I come tomorrow",
  [("Sue Park", N)], "sms name-common")
P("RHEUM", "chat", "Wolfe, Autumn J. from Fitchburg needs the Benlysta autoinjector teaching.",
  [("Wolfe, Autumn J.", N), ("Fitchburg", LO)], "name-last-first name-word city")
P("RHEUM", "chat", "Text from the patient's husband: 'this is Tariq, Amal's husband, she's sick, call \u200f608\u200f555\u200f0199'",
  [("Tariq", N), ("Amal", N), ("608\u200f555\u200f0199", PH)], "name-non-english name-relative bidi-mark phone")
P("RHEUM", "chat", "Sedimentation sample for Ms. Bright was hemolyzed. Redraw on her Thursday visit.",
  [("Bright", N)], "name-word name-surname-only weekday")
P("RHEUM", "list", "PM clinic: 1300 Temperance Oduya / 1320 Li Na / 1340 Grant Fisher / 1400 Dwayne Sparrow-Hawk / 1420 Mary Smith",
  [("Temperance Oduya", N), ("Li Na", N), ("Grant Fisher", N), ("Dwayne Sparrow-Hawk", N), ("Mary Smith", N)], "list-schedule name-word name-common name-non-english")
P("RHEUM", "dictation", "Miss Valentine Okeke comma date of birth February fourteenth nineteen seventy comma follows for lupus nephritis period",
  [("Valentine Okeke", N), ("February fourteenth nineteen seventy", D)], "dictation dob name-word")
P("RHEUM", "chat", "Hold the Humira for Mr. Chase Wheeler, his surgery is on the 9th.",
  [("Chase Wheeler", N), ("9th", D)], "name-word date-written drug-brand-name")
P("RHEUM", "ehr", "Portal msg | From: Harmony Reyes | IP 198.51.100.24 | 'my knees are swollen again'",
  [("Harmony Reyes", N), ("198.51.100.24", IPA)], "name-word ip")
P("RHEUM", "chat", "The glucometer we gave Mr. Bishop-Ward on steroids has serial GX-2209.",
  [("Bishop-Ward", N), ("GX-2209", DV)], "name-hyphenated device-serial")
P("RHEUM", "chat", "Dr. Sharma and Dr. Sharma: Anil for the fellows, Priya for the joint injections.",
  [("Sharma", N), ("Sharma", N), ("Anil", N), ("Priya", N)], "name-common name-clinician")
P("RHEUM", "chat", "Her ex-husband Dale shows up uninvited, please don't give him info. Patient is Starla Bowman.",
  [("Dale", N), ("Starla Bowman", N)], "name-given-only name-relative name-word")
P("RHEUM", "chat", "Gout patient Mr. Ochieng lives at 2210 Lake Point Dr, apt 4, Madison 53713; mail the colchicine instructions.",
  [("Ochieng", N), ("2210 Lake Point Dr, apt 4", LO), ("Madison", LO), ("53713", LO)], "name-non-english address city zip")
P("RHEUM", "chat", "For the biologic copay card: last four of Ms. Joyner's SSN is 9184 per the form, she faxed it from 608-555-0106.",
  [("Joyner", N), ("9184", SS), ("608-555-0106", FX)], "name-possessive ssn fax")
P("RHEUM", "chat", "SMITH, JOHN PAUL vs SMITH, JOHN PETER - both on the 1500 schedule, DOBs 01-Jun-1961 and 30-Nov-1964.",
  [("SMITH, JOHN PAUL", N), ("SMITH, JOHN PETER", N), ("01-Jun-1961", D), ("30-Nov-1964", D)], "name-allcaps name-common name-last-first date-dmy-abbrev")
# ---------------------------------------------------------------- medical genetics and genetic counseling clinic
C("GEN", "chat", "Lynch syndrome panel came back with an MSH2 deletion; cascade testing letters go out this week.",
  "eponym-bare clinical-caps", ep="Lynch")
C("GEN", "chat", "Marfan vs Loeys-Dietz: the bifid uvula and the tortuous arteries point to Loeys-Dietz.",
  "eponym-bare rare-disease-start", ep="Marfan|Loeys-Dietz")
C("GEN", "chat", "Williams syndrome kiddo in room 2 loves the fish tank. Cardiology echo after.",
  "eponym-bare room-bed-number", ep="Williams")
C("GEN", "chat", "Turner syndrome follow-up: karyotype confirmed 45,X, endocrine and cardiology referrals placed.",
  "eponym-bare clinical-caps", ep="Turner")
C("GEN", "lower", "can someone remind me the cpt for the exome trio, billing keeps kicking it back",
  "lowercase quick-question")
C("GEN", "caps", "GENETICS CLINIC CLOSED FRIDAY AFTERNOON FOR THE VARIANT REVIEW BOARD",
  "allcaps weekday")
C("GEN", "bot", "/ask explain the ACMG five-tier variant classification in plain language for a family letter",
  "bot-command organization", org="ACMG")
C("GEN", "chat", "Smith-Lemli-Opitz on the differential given the 2-3 toe syndactyly; 7-DHC level sent.",
  "eponym-bare rare-disease-start", ep="Smith-Lemli-Opitz")
C("GEN", "chat", "Cornelia de Lange features are subtle here, but the eyebrows and the limb findings fit. Send NIPBL.",
  "eponym-bare rare-disease-start", ep="Cornelia de Lange")
C("GEN", "chat", "Hardy-Weinberg math for the carrier risk: q is 1 in 50, so 2pq is about 1 in 25.",
  "eponym-bare teaching", ep="Hardy-Weinberg")
C("GEN", "chat", "Gaucher type 1 patients can do enzyme infusion at the cancer center chairs; coordinate with them.",
  "eponym-bare rare-disease-start", ep="Gaucher")
C("GEN", "sms", "counselor running 15 late, family can wait in the play room",
  "sms ordinary-chat")
C("GEN", "chat", "Fabry in a 34 year old man with acroparesthesia and angiokeratomas, enzyme assay low.",
  "eponym-bare age-under-90 rare-disease-start", ep="Fabry")
C("GEN", "chat", "Ashkenazi Jewish carrier panel includes Tay-Sachs, Canavan and familial dysautonomia.",
  "eponym-bare", ep="Tay-Sachs|Canavan")
C("GEN", "dictation", "Pedigree colon three generation pedigree obtained period Maternal side significant for early breast cancer in two relatives period",
  "dictation")
C("GEN", "chat", "Huntington predictive testing protocol requires the neuro visit and the psych visit before results.",
  "eponym-bare rare-disease-start", ep="Huntington")
C("GEN", "chat", "Angelman vs Prader-Willi: same region, different parent of origin. Good teaching point for students.",
  "eponym-bare teaching", ep="Angelman|Prader-Willi")
C("GEN", "caps", "REMINDER: NO GENETIC RESULTS DISCLOSED BY PHONE WITHOUT THE COUNSELOR",
  "allcaps")
C("GEN", "chat", "Baby is 6 weeks old, weight 4.1 kg, newborn screen flagged for SCID, repeat TREC sent.",
  "age-under-90 dose-lab clinical-caps")
C("GEN", "chat", "Mendel would be proud, three affected out of twelve. Probably recessive though consanguinity is denied.",
  "public-figure", pub="Mendel")
C("GEN", "chat", "Li-Fraumeni testing for the sarcoma family: TP53 germline, skin biopsy if mosaic suspected.",
  "eponym-bare clinical-caps", ep="Li-Fraumeni")
C("GEN", "lower", "the punnett square handout is in the shared drive under education",
  "lowercase ordinary-chat")
C("GEN", "bot", "/ask what surveillance is recommended for Von Hippel-Lindau in children?",
  "bot-command eponym-bare", ep="Von Hippel-Lindau")
C("GEN", "chat", "Noonan features plus pulmonic stenosis, RASopathy panel ordered. PTPN11 most likely.",
  "eponym-bare rare-disease-start", ep="Noonan")
P("GEN", "chat", "Pedigree for the Kings: proband Honey King, her mother Opal King-Ashby had ovarian cancer at 48.",
  [("Kings", N), ("Honey King", N), ("Opal King-Ashby", N)], "name-word name-relative name-hyphenated")
P("GEN", "chat", "Cheek swab kit for Eli Bloom-Carter mailed to 45 Thistle Way, Cottage Grove.",
  [("Eli Bloom-Carter", N), ("45 Thistle Way", LO), ("Cottage Grove", LO)], "name-hyphenated address city")
P("GEN", "ehr", "Lab requisition | Pt: PATEL, RAJESH | DOB: 1972-03-19 | MRN: 4 0 6 6 1 9 2 8 | Test: BRCA1/2",
  [("PATEL, RAJESH", N), ("1972-03-19", D), ("4 0 6 6 1 9 2 8", MR)], "name-allcaps name-common spaced-digits mrn")
P("GEN", "voicemail", "Hello, this is Misty Fairchild, I got a letter about testing for my cousin's gene, my number is 715 555 0126, okay bye",
  [("Misty Fairchild", N), ("715 555 0126", PH)], "voicemail name-word phone")
P("GEN", "chat", "Brooklyn Sparks is the proband, her twin is Lyric; DNA from both, blood not buccal.",
  [("Brooklyn Sparks", N), ("Lyric", N)], "name-word name-relative")
P("GEN", "email", "Fwd: Dear counselor, please send results to my new email, stone.family AT example DOT org. Thanks, Ruth Stone",
  [("stone.family AT example DOT org", EM), ("Ruth Stone", N)], "obfuscated-email name-word")
P("GEN", "chat", "Biobank consent for Ms. Abena Owusu-Ansah: sample ID GB-00417, research only.",
  [("Abena Owusu-Ansah", N), ("GB-00417", ID_)], "name-non-english name-hyphenated other-id")
P("GEN", "lower", "peter lee and peter li are both in the 1pm, dont mix up the kits",
  [("peter lee", N), ("peter li", N)], "lowercase name-lowercase name-common")
P("GEN", "chat", "Grandma is 94 and the only living carrier to test. Her name is Agnes Freeman, lives in Reedsburg.",
  [("94", A), ("Agnes Freeman", N), ("Reedsburg", LO)], "age-over-89-digits name-relative city")
P("GEN", "chat", "Facial photo for dysmorphology review, Baby Rain Tso, saved as IMG_7713.HEIC in the secure folder.",
  [("Rain Tso", N), ("IMG_7713.HEIC", PI)], "name-word photo-filename")
P("GEN", "chat", "MRN " + FW("6630418") + " came over in full-width from the outside lab portal, Ms. Sato Yuki.",
  [(FW("6630418"), MR), ("Sato Yuki", N)], "fullwidth-digits mrn name-non-english")
P("GEN", "chat", "Counselor Faith Oyelowo will call the sister, Amity, at 920-555-0143.",
  [("Faith Oyelowo", N), ("Amity", N), ("920-555-0143", PH)], "name-word name-staff name-relative phone")
P("GEN", "ehr", "Family history | Father: GREEN, FOREST D | d. 17-Jul-2021 | colon ca",
  [("GREEN, FOREST D", N), ("17-Jul-2021", D)], "name-allcaps name-word date-dmy-abbrev")
P("GEN", "chat", "Results appointment for Mr. Abdullahi Warsame moved to Tue 21 Aug 2029 10:00 with an interpreter.",
  [("Abdullahi Warsame", N), ("21 Aug 2029", D)], "name-non-english date-written clock-time")
P("GEN", "sms", "hi this is brandy, joseph's mom, can we get the results letter mailed",
  [("brandy", N), ("joseph", N)], "sms name-lowercase name-word name-relative")
P("GEN", "chat", "Exome invoice for the Delacroix-Nwosu family, account 81-2207-3341, goes to the research fund.",
  [("Delacroix-Nwosu", N), ("81-2207-3341", AC)], "name-hyphenated account")
P("GEN", "chat", "The trio is Jacob, Ashley and baby Noah Miller; Noah is the affected one.",
  [("Jacob", N), ("Ashley", N), ("Noah Miller", N), ("Noah", N)], "name-common name-relative name-given-only")
P("GEN", "dictation", "Mister Branch comma Oliver Branch comma is a ninety four year old man with a family history of ALS period",
  [("Branch", N), ("Oliver Branch", N), ("ninety four", A)], "dictation age-over-89-words name-word")
P("GEN", "chat", "Marfan eval for Lance Marfan? Yes, the patient's surname really is Marfan. Lance is 16.",
  [("Lance Marfan", N), ("Marfan", N), ("Lance", N)], "name-eponym-surname name-word")
P("GEN", "chat", "Sperm donor registry ID DNR-55317 for the Halvorsen family counseling.",
  [("DNR-55317", ID_), ("Halvorsen", N)], "other-id name-non-english")
P("GEN", "list", "Counseling today: Willow Park / Storm Adeyemi / Kofi Mensah / young, dennis / LAKE, TIFFANY",
  [("Willow Park", N), ("Storm Adeyemi", N), ("Kofi Mensah", N), ("young, dennis", N), ("LAKE, TIFFANY", N)], "list-schedule name-word name-lowercase name-allcaps")
P("GEN", "chat", "The newborn screen card for Baby Boy Hart came from Lakeshore Birth Center in Madison, collected 05-Dec-2029.",
  [("Hart", N), ("Lakeshore Birth Center", LO), ("Madison", LO), ("05-Dec-2029", D)], "facility city date-dmy-abbrev")
P("GEN", "chat", "Voice sample for the speech phenotype study from Ms. Hazel Ngata saved as ngata_voice_03.wav.",
  [("Hazel Ngata", N), ("ngata_voice_03.wav", BI)], "name-word biometric")
P("GEN", "chat", "Family asked for the variant letter link again: https://portal.example.org/letters/okoro-family, for Chidi Okoro and his kids.",
  [("https://portal.example.org/letters/okoro-family", UR), ("Chidi Okoro", N)], "url name-non-english name-relative")
# ---------------------------------------------------------------- pediatric emergency department
C("PEDED", "chat", "Kernig and Brudzinski both negative, fontanelle flat, but I'd still tap a febrile 5 week old.",
  "eponym-bare age-under-90", ep="Kernig|Brudzinski")
C("PEDED", "chat", "Salter-Harris II of the distal radius in room 14, ortho says splint and clinic.",
  "eponym-bare room-bed-number", ep="Salter-Harris")
C("PEDED", "chat", "Fever 40.1 at home, 38.9 here, ibuprofen given at 0210. Tolerating popsicles.",
  "temperature clock-time dose-lab")
C("PEDED", "lower", "who has the broselow tape from trauma bay 2 its not on the cart",
  "lowercase room-bed-number quick-question")
C("PEDED", "caps", "PEDS TRAUMA ACTIVATION, 4 YO MVC, ETA 6 MIN, TRAUMA BAY 1",
  "allcaps age-under-90 room-bed-number")
C("PEDED", "bot", "/ask PECARN head CT rule for a child under 2, list the criteria",
  "bot-command score", sc="PECARN")
C("PEDED", "chat", "GCS 14/15 in the 9 year old after the trampoline fall, observing 4 hours per the rule.",
  "score-fraction age-under-90")
C("PEDED", "chat", "Westley score 5, moderate croup; dex given, racemic epi on standby.",
  "eponym-bare score", ep="Westley")
C("PEDED", "chat", "Nursemaid's elbow reduced with hyperpronation, kid is already reaching for the stickers.",
  "eponym-bare ordinary-chat", ep="Nursemaid's")
C("PEDED", "chat", "Koplik spots? Measles exposure at a daycare in the county, isolate in the negative pressure room.",
  "eponym-bare clinical-caps", ep="Koplik")
C("PEDED", "sms", "waiting room at 31 kids, open the fast track pod",
  "sms ordinary-chat")
C("PEDED", "chat", "Halloween candy ingestion in a 3 year old: it was a whole bag of gummies, not edibles. Relax everyone.",
  "holiday age-under-90", hol="Halloween")
C("PEDED", "chat", "Intussusception ultrasound positive, target sign. Air enema in radiology at 1500.",
  "clock-time")
C("PEDED", "dictation", "Assessment colon two year old with bronchiolitis comma saturations ninety four percent on room air comma tolerating feeds period",
  "dictation age-under-90")
C("PEDED", "chat", "Osgood-Schlatter in the 13 year old basketball player, not a fracture. Ice and reassurance.",
  "eponym-bare age-under-90", ep="Osgood-Schlatter")
C("PEDED", "chat", "Kawasaki criteria are incomplete but the echo is abnormal; treat as incomplete KD.",
  "eponym-bare clinical-caps", ep="Kawasaki")
C("PEDED", "caps", "CODE BLUE PEDS ROOM 7, PALS TEAM RESPOND",
  "allcaps room-bed-number clinical-caps")
C("PEDED", "chat", "Battle sign behind the left ear and raccoon eyes, CT head now please.",
  "eponym-bare", ep="Battle")
C("PEDED", "chat", "Legg-Calvé-Perthes vs transient synovitis in the limping 6 year old; x-ray looks early Perthes.",
  "eponym-bare age-under-90", ep="Legg-Calvé-Perthes|Perthes")
C("PEDED", "lower", "ipad charger for room 12 please the toddler is losing it",
  "lowercase room-bed-number")
C("PEDED", "chat", "Pain 9/10 with testicular swelling; torsion until proven otherwise, urology paged. Prehn sign unreliable anyway.",
  "score-fraction eponym-bare", ep="Prehn")
C("PEDED", "bot", "/ask weight-based dosing for intranasal fentanyl in a 20 kg child",
  "bot-command dose-lab")
C("PEDED", "chat", "Hirschsprung in a newborn who didn't pass meconium in 48 hours; surgery consult placed.",
  "eponym-bare rare-disease-start", ep="Hirschsprung")
C("PEDED", "chat", "Fourth of July burns season starting early: two sparkler burns in the waiting room tonight.",
  "holiday", hol="Fourth of July")
P("PEDED", "chat", "Room 6 is Journey Brooks, 4, with her grandma Pearl. Mom is on the way.",
  [("Journey Brooks", N), ("Pearl", N)], "name-word name-relative room-bed-number")
P("PEDED", "chat", "Baby Legend Walker-Price, DOB 28-Sep-2029, here with bilious emesis.",
  [("Legend Walker-Price", N), ("28-Sep-2029", D)], "name-word name-hyphenated date-dmy-abbrev dob")
P("PEDED", "chat", "Dad is Cash Hollister, phone 608-555-0183, he's parked in the ambulance lane, plate HX7 551? Security says HX7-5514.",
  [("Cash Hollister", N), ("608-555-0183", PH), ("HX7 551", VE), ("HX7-5514", VE)], "name-word name-relative phone vehicle")
P("PEDED", "lower", "kid in 11 is river jones, mom is sky jones, social work knows them",
  [("river jones", N), ("sky jones", N)], "lowercase name-lowercase name-word name-relative")
P("PEDED", "ehr", "Triage | Pt: GARCIA, SOFIA | MRN 33\u200b051\u200b176 | Wt 14.2 kg | CC: fever x3 days",
  [("GARCIA, SOFIA", N), ("33\u200b051\u200b176", MR)], "name-allcaps name-common zero-width mrn")
P("PEDED", "voicemail", "Hi this is Jasmine from Little Sprouts Daycare on Monona Dr, we sent Elijah Torres over by ambulance, his mom is Keisha, call us at 608 555 0172",
  [("Jasmine", N), ("Little Sprouts Daycare", LO), ("Monona Dr", LO), ("Elijah Torres", N), ("Keisha", N), ("608 555 0172", PH)], "voicemail name-given-only facility phone")
P("PEDED", "chat", "Foreign body in the nose of Mr. Frank Justice Jr.'s son, Justice III. Yes, three generations of Justice.",
  [("Frank Justice Jr.", N), ("Justice III", N)], "name-word name-relative")
P("PEDED", "chat", "CPS case for the Angel family: 2029-CP-44180, worker is Hope Delaney, 920-555-0167.",
  [("Angel", N), ("2029-CP-44180", ID_), ("Hope Delaney", N), ("920-555-0167", PH)], "name-word other-id phone")
P("PEDED", "sms", "mom Destiny says Kai's inhaler is at her house on Atwood Ave",
  [("Destiny", N), ("Kai", N), ("Atwood Ave", LO)], "sms name-word name-relative address")
P("PEDED", "chat", "Photo of the rash on Ava Nguyen's back is IMG_0342.HEIC, dermatology wants it.",
  [("Ava Nguyen", N), ("IMG_0342.HEIC", PI)], "name-common name-possessive photo-filename")
P("PEDED", "chat", "Great-grandpa brought her in; he says he's ninety-six and drove himself. Name Wendell Hawkins.",
  [("ninety-six", A), ("Wendell Hawkins", N)], "age-over-89-words name-relative")
P("PEDED", "chat", "Insulin pump on Maverick Lindqvist is serial T5P-883, parents want it stored with his belongings.",
  [("Maverick Lindqvist", N), ("T5P-883", DV)], "name-word device-serial")
P("PEDED", "email", "From teacher: Mason Rivers was hit in the eye at recess at Larkspur Elementary. Reply to mrivers.parent@example.net or 414-555-0130.",
  [("Mason Rivers", N), ("Larkspur Elementary", LO), ("mrivers.parent@example.net", EM), ("414-555-0130", PH)], "name-word facility email phone")
P("PEDED", "list", "Board: 1 Zion Hart / 2 Aaliyah Rahman / 3 Ty Bear / 4 Nevaeh Little / 5 Oakley, Skye",
  [("Zion Hart", N), ("Aaliyah Rahman", N), ("Ty Bear", N), ("Nevaeh Little", N), ("Oakley, Skye", N)], "list-schedule name-word name-non-english name-last-first")
P("PEDED", "chat", "Mom's on the phone: 'it's Marisol, Mateo's mom, call me at \uff16\uff10\uff18\uff15\uff15\uff15\uff10\uff11\uff16\uff19'",
  [("Marisol", N), ("Mateo", N), ("\uff16\uff10\uff18\uff15\uff15\uff15\uff10\uff11\uff16\uff19", PH)], "name-relative fullwidth-digits phone")
P("PEDED", "chat", "Transfer from Prairie du Sac Memorial: Gunnar Olsen, 7, possible appy, arriving by ambulance.",
  [("Prairie du Sac Memorial", LO), ("Gunnar Olsen", N)], "facility name-non-english")
P("PEDED", "chat", "DEWITT, ROYAL is back again, third visit this month for wheezing. Ask about the mold at their place on Packers Ave.",
  [("DEWITT, ROYAL", N), ("Packers Ave", LO)], "name-allcaps name-word address")
P("PEDED", "dictation", "Patient is Hunter Gray comma date of birth October twelfth twenty twenty three comma brought in by father Wesley period",
  [("Hunter Gray", N), ("October twelfth twenty twenty three", D), ("Wesley", N)], "dictation dob name-word name-relative")
P("PEDED", "chat", "Social work note: foster mom Charity Oyelaran picked him up, her DL is S5524-1180-9921.",
  [("Charity Oyelaran", N), ("S5524-1180-9921", LI)], "name-word name-relative drivers-license")
P("PEDED", "ehr", "Visitor log | Liberty Sanchez | Relation: aunt | Badge V-2291 | Face match ID FM-77031",
  [("Liberty Sanchez", N), ("V-2291", ID_), ("FM-77031", BI)], "name-word other-id biometric")
P("PEDED", "chat", "Is Dr. Love on tonight? Dr. Harmony Love, the peds fellow, not the anesthesia one.",
  [("Love", N), ("Harmony Love", N)], "name-word name-clinician")
P("PEDED", "chat", "Bed 9: Aisha Bello-Martins, 11, asthma, mom Funmilayo at bedside.",
  [("Aisha Bello-Martins", N), ("Funmilayo", N)], "name-non-english name-hyphenated name-relative room-bed-number")
P("PEDED", "chat", "For john wesley king, the sibling, use a separate chart please, he's here too.",
  [("john wesley king", N)], "name-lowercase name-common name-relative")
P("PEDED", "chat", "Can you print the discharge packet for James Wilson? The other James Wilson left an hour ago.",
  [("James Wilson", N), ("James Wilson", N)], "name-common name-after-for")
# ---------------------------------------------------------------- neurosurgery and spine clinic
C("SPINE", "chat", "Hoffmann positive bilaterally with a myelopathic gait; MRI C-spine with and without.",
  "eponym-bare clinical-caps", ep="Hoffmann")
C("SPINE", "chat", "Chance fracture at L1 after the seatbelt injury, TLICS 5, OR tomorrow.",
  "eponym-bare score", ep="Chance")
C("SPINE", "chat", "Brown-Séquard picture: right weakness, left pain and temp loss. Knife wound, classic.",
  "eponym-bare teaching", ep="Brown-Séquard")
C("SPINE", "lower", "anyone seen the aspen collar size chart its not in the brace closet",
  "lowercase device-brand quick-question")
C("SPINE", "caps", "NEUROSURGERY CLINIC: FLUORO ROOM CLOSED 1200-1300 FOR LEAD APRON INSPECTION",
  "allcaps clock-time")
C("SPINE", "bot", "/ask summarize NASCIS steroid controversy for acute spinal cord injury",
  "bot-command trial-name", tr="NASCIS")
C("SPINE", "chat", "Chiari I with a 9 mm tonsillar descent and a syrinx; decompression discussion next visit.",
  "eponym-bare dose-lab", ep="Chiari")
C("SPINE", "chat", "Jefferson fracture on the CT, halo vs collar, ask the attending.",
  "eponym-bare", ep="Jefferson")
C("SPINE", "chat", "Scheuermann kyphosis 68 degrees in the 15 year old; brace trial first.",
  "eponym-bare age-under-90", ep="Scheuermann")
C("SPINE", "chat", "Pain 5/10 radiating down the left leg, strength 4+/5 EHL, reflexes 1+ at the ankle.",
  "score-fraction")
C("SPINE", "sms", "running 10 behind, OR case went long",
  "sms ordinary-chat")
C("SPINE", "chat", "Frankel grade D after the decompression, walking with a walker. Huge improvement.",
  "eponym-bare score", ep="Frankel")
C("SPINE", "dictation", "Plan colon L four five microdiscectomy period Risks including durotomy comma infection comma and recurrent herniation discussed period",
  "dictation")
C("SPINE", "chat", "Charcot spine in a patient with tabes is a museum piece, but here we are. Ortho spine wants to see it.",
  "eponym-bare", ep="Charcot")
C("SPINE", "chat", "Temp 38.4 on post-op day 3 after the fusion, wound looks clean, cultures sent.",
  "temperature")
C("SPINE", "caps", "SPINE CONFERENCE MOVED TO THURSDAY 0700, CONF ROOM B",
  "allcaps weekday clock-time")
C("SPINE", "chat", "Medtronic rep is here for the 0730 case, Globus rep for the afternoon.",
  "device-brand clock-time", br="Medtronic|Globus")
C("SPINE", "chat", "Dandy-Walker on the fetal MRI, the family is coming for prenatal consult with us.",
  "eponym-bare rare-disease-start", ep="Dandy-Walker")
C("SPINE", "chat", "Patient is 89, fragile, we're not fusing her. Kyphoplasty at most.",
  "age-under-90")
C("SPINE", "lower", "lunch is in the workroom, the rep brought pizza",
  "lowercase ordinary-chat")
C("SPINE", "chat", "Kernohan notch on the CT explains the wrong-side weakness. Good catch by the resident.",
  "eponym-bare teaching", ep="Kernohan")
C("SPINE", "bot", "/ask what is the Nurick grade for cervical myelopathy, short table",
  "bot-command eponym-bare", ep="Nurick")
C("SPINE", "chat", "Glasgow coma score 13 on arrival, now 15. Wait, I wrote E3V4M6, that's 13. Fine.",
  "place-rule score", pl="Glasgow")
C("SPINE", "chat", "New Year's Day falls on clinic day; OR block released, clinic moved to the Tuesday after.",
  "holiday weekday", hol="New Year's Day")
P("SPINE", "chat", "Mr. Sterling Baker's wife Joy says the incision is weeping. She's texting a photo from 920-555-0114.",
  [("Sterling Baker", N), ("Joy", N), ("920-555-0114", PH)], "name-word name-relative phone")
P("SPINE", "ehr", "Op note header | Pt: KNIGHT, LANCE A | MRN 5 5 0 7 3 1 9 2 | Surgeon: Dr. Hale",
  [("KNIGHT, LANCE A", N), ("5 5 0 7 3 1 9 2", MR), ("Hale", N)], "name-allcaps name-word spaced-digits mrn")
P("SPINE", "chat", "Rocky Dunn is in room 3 for the post-op check, he brought his dog, the dog is not a service dog.",
  [("Rocky Dunn", N)], "name-word room-bed-number")
P("SPINE", "voicemail", "This is Dorothy Pike calling for my brother Harold Pike, he's ninety-two and he fell again, we're at 88 Birch Lane in Waunakee, please call 608 555 0119",
  [("Dorothy Pike", N), ("Harold Pike", N), ("ninety-two", A), ("88 Birch Lane", LO), ("Waunakee", LO), ("608 555 0119", PH)], "voicemail name-relative age-over-89-words address")
P("SPINE", "lower", "is faith coming back for the wound check or is that her sister hope, the noble girls",
  [("faith", N), ("hope", N), ("noble", N)], "lowercase name-lowercase name-word name-relative")
P("SPINE", "chat", "Spinal cord stimulator serial for Ms. Delaney: SCS-4K19. Paired in clinic today.",
  [("Delaney", N), ("SCS-4K19", DV)], "name-surname-only device-serial")
P("SPINE", "email", "Fwd: IME request re: Tomás Herrera, claim WC-2029-118804, DOI 14-Jun-2029. Send notes to claims AT example DOT com.",
  [("Tomás Herrera", N), ("WC-2029-118804", ID_), ("14-Jun-2029", D), ("claims AT example DOT com", EM)], "name-common other-id date-dmy-abbrev obfuscated-email")
P("SPINE", "chat", "Post-op photo of Mr. Ochoa's incision came in as incision_ochoa_day10.HEIC.",
  [("Ochoa", N), ("incision_ochoa_day10.HEIC", PI)], "name-possessive photo-filename")
P("SPINE", "chat", "Can someone call Grant Wolf's work note into the plant? Fax 608-555-0145, attention Carol.",
  [("Grant Wolf", N), ("608-555-0145", FX), ("Carol", N)], "name-word name-possessive fax")
P("SPINE", "chat", "SSN on the disability form reads 912 38 4406, please mask it before scanning. Patient Roberto Diaz.",
  [("912 38 4406", SS), ("Roberto Diaz", N)], "ssn split-id name-common")
P("SPINE", "list", "Post-ops: Summers, Gale / Wren Castillo / Booker Moss / Ms. Page / Dr. Gaines's cousin Abel",
  [("Summers, Gale", N), ("Wren Castillo", N), ("Booker Moss", N), ("Page", N), ("Gaines", N), ("Abel", N)], "list-schedule name-word name-last-first name-relative")
P("SPINE", "chat", "Surgery date for Ms. Goldberg-Achebe set for 03-Jan-2030, pre-op H&P at the Sun Prairie clinic.",
  [("Goldberg-Achebe", N), ("03-Jan-2030", D), ("Sun Prairie", LO)], "name-hyphenated date-dmy-abbrev city")
P("SPINE", "chat", "Dusty's mom called, Dusty Kowalczyk, the 17 year old with the spondylolysis. Back to football?",
  [("Dusty", N), ("Dusty Kowalczyk", N)], "name-word name-given-only")
P("SPINE", "dictation", "This is Doctor Kwame Asante dictating on patient Bernadette Cross comma date of birth the ninth of May nineteen forty period",
  [("Kwame Asante", N), ("Bernadette Cross", N), ("ninth of May nineteen forty", D)], "dictation name-clinician dob")
P("SPINE", "chat", "The myelogram patient Mr. Vũ Đức Anh needs an interpreter, Vietnamese. Son is Vũ Minh, 414-555-0138.",
  [("Vũ Đức Anh", N), ("Vũ Minh", N), ("414-555-0138", PH)], "name-non-english name-relative phone")
P("SPINE", "sms", "Hi this is Holly Frost, I'm the one with the neck fusion, can I drive yet",
  [("Holly Frost", N)], "sms name-word")
P("SPINE", "chat", "Who did the consent for BELL, MARTIN? It's unsigned. Witness line says R. Chase.",
  [("BELL, MARTIN", N), ("R. Chase", N)], "name-allcaps name-last-first name-word")
P("SPINE", "ehr", "Portal: message from Grace Kimura, sent from 192.0.2.147, 'numbness in my foot is worse'",
  [("Grace Kimura", N), ("192.0.2.147", IPA)], "name-word ip")
P("SPINE", "chat", "MRN\u00a088051\u00a0204 for the outside films, Mr. Hamid Karimi, CD dropped off at the front.",
  [("88051\u00a0204", MR), ("Hamid Karimi", N)], "split-id mrn name-non-english")
P("SPINE", "chat", "Medicaid ID for Angel Ruiz-Cruz is 4400918273Q; PT authorization needs it.",
  [("Angel Ruiz-Cruz", N), ("4400918273Q", HP)], "name-word name-hyphenated health-plan")
P("SPINE", "chat", "Will Summers said he'll come Monday. Not Will Summerfield, different guy, different spine.",
  [("Will Summers", N), ("Will Summerfield", N)], "name-word name-message-start weekday")
P("SPINE", "chat", "Patient's bike was stolen from the rack, plate on his scooter now: 55HR2. Mr. Lucky Osei, of all names.",
  [("55HR2", VE), ("Lucky Osei", N)], "vehicle name-word")
P("SPINE", "chat", "Transfer from Pine Bluff Community Hospital: Earl Bishop, 94 years old, odontoid fracture.",
  [("Pine Bluff Community Hospital", LO), ("Earl Bishop", N), ("94", A)], "facility name-word age-over-89-digits")
P("SPINE", "chat", "Crowdfunding page for Mr. Oakes's surgery is www.example.com/help-dale-oakes, his wife posted the MRI on it. Not our problem but FYI.",
  [("Oakes", N), ("www.example.com/help-dale-oakes", UR)], "url name-possessive name-word")
# ---------------------------------------------------------------- outpatient laboratory and phlebotomy draw stations
C("LAB", "chat", "Westergren ESR tubes are back in stock, the black tops are in the second drawer.",
  "eponym-bare", ep="Westergren")
C("LAB", "chat", "Christmas disease patient for factor IX level, draw in a light blue and walk it over on ice? No, room temp, within the hour.",
  "holiday-condition eponym-bare rare-disease-start", hol="Christmas disease")
C("LAB", "chat", "Howell-Jolly bodies on the smear, hematology says consistent with asplenia.",
  "eponym-bare", ep="Howell-Jolly")
C("LAB", "lower", "station 3 out of butterflies and the 23s, can someone run to supply",
  "lowercase room-bed-number")
C("LAB", "caps", "LAB ALERT: ANALYZER 2 DOWN, POTASSIUM AND SODIUM SENT TO MAIN LAB, EXPECT 45 MIN DELAY",
  "allcaps clinical-caps")
C("LAB", "bot", "/ask order of draw for blood culture, citrate, SST, heparin, EDTA, grey top",
  "bot-command clinical-caps")
C("LAB", "chat", "Kleihauer-Betke goes to main lab, not the send-out bin.",
  "eponym-bare", ep="Kleihauer-Betke")
C("LAB", "chat", "Hageman factor was named after the patient, fun fact for the new phlebotomists. The Stuart-Prower factor too.",
  "eponym-bare teaching", ep="Hageman|Stuart-Prower")
C("LAB", "chat", "Coombs test needs a pink top, two of them if they also want a type and screen.",
  "eponym-bare", ep="Coombs")
C("LAB", "sms", "line at the east draw station is out the door, can someone float from main",
  "sms ordinary-chat")
C("LAB", "chat", "Glucose tolerance: fasting 92, 1 hour 188, 2 hour 161. Patient felt faint at 1 hour, sat her down with juice after.",
  "dose-lab age-like-number")
C("LAB", "chat", "Gram stain shows gram-positive cocci in clusters, called to the floor at 1412.",
  "eponym-bare clock-time", ep="Gram")
C("LAB", "dictation", "Critical value called colon potassium six point eight comma hemolyzed specimen comma redraw requested period",
  "dictation dose-lab")
C("LAB", "chat", "Auer rods on the smear, page hematology STAT, this is an acute leukemia until proven otherwise.",
  "eponym-bare clinical-caps", ep="Auer")
C("LAB", "chat", "Von Willebrand panel must be processed within 4 hours; after 1500 send the patient to main campus.",
  "eponym-bare rare-disease-start clock-time", ep="Von Willebrand")
C("LAB", "caps", "PHLEBOTOMY HUDDLE 0650 EAST STATION, NEW TUBE LABELS START TODAY",
  "allcaps clock-time")
C("LAB", "chat", "Patient is 9 months old, heel stick for the bilirubin only. Parents nervous, go slow.",
  "age-under-90")
C("LAB", "chat", "Ziehl-Neelsen stain for AFB is read in micro, we only collect. Three sputum samples, 8 hours apart.",
  "eponym-bare", ep="Ziehl-Neelsen")
C("LAB", "chat", "Valentine's Day rush: everyone wants their lipid panel before the dinner. Fasting reminders going out.",
  "holiday", hol="Valentine's Day")
C("LAB", "lower", "the centrifuge in room b is making the noise again",
  "lowercase room-bed-number")
C("LAB", "chat", "Pelger-Huët anomaly on the manual diff, tech wants a second look before it goes out.",
  "eponym-bare", ep="Pelger-Huët")
C("LAB", "bot", "/ask which tests need the specimen kept on ice, short list for the draw stations",
  "bot-command")
C("LAB", "chat", "Heinz bodies need the supravital stain, regular Wright stain won't show them.",
  "eponym-bare", ep="Heinz|Wright")
C("LAB", "chat", "Temp in the fridge log was 9.2 this morning, out of range; reagents moved and facilities called.",
  "temperature")
P("LAB", "chat", "Station 2: Penny Lane? No, Penelope Laine, spelled L-A-I-N-E. Relabel the tubes.",
  [("Penny Lane", N), ("Penelope Laine", N)], "name-word name-mistyped")
P("LAB", "ehr", "Specimen | JOHNSON, MARY E | MRN 7 7 4 0 2 1 1 9 | Collected 11-Nov-2029 0812 | CBC, CMP",
  [("JOHNSON, MARY E", N), ("7 7 4 0 2 1 1 9", MR), ("11-Nov-2029", D)], "name-allcaps name-common spaced-digits date-dmy-abbrev")
P("LAB", "chat", "The tubes for Mr. Fox got mislabeled as Mr. Foxx, both draws on Monday. Fox, Reynard; Foxx, Darnell.",
  [("Fox", N), ("Foxx", N), ("Fox, Reynard", N), ("Foxx, Darnell", N)], "name-word name-surname-only name-last-first weekday")
P("LAB", "lower", "ginger snow is here for her inr, she says the finger stick is fine",
  [("ginger snow", N)], "lowercase name-lowercase name-word")
P("LAB", "voicemail", "Hi, this is Christopher Bell, my lab order was supposed to be faxed from Dr. Okoye's office, my number is six zero eight five five five zero one nine four",
  [("Christopher Bell", N), ("Okoye", N), ("six zero eight five five five zero one nine four", PH)], "voicemail name-word name-clinician phone")
P("LAB", "chat", "Paternity chain-of-custody for the Montgomery case: draw both, photo ID, case PT-30918.",
  [("Montgomery", N), ("PT-30918", ID_)], "name-surname-only other-id")
P("LAB", "chat", "Mrs. Joy Church needs her INR drawn at home, 1021 Maple Bluff Rd, Maple Bluff.",
  [("Joy Church", N), ("1021 Maple Bluff Rd", LO), ("Maple Bluff", LO)], "name-word address city")
P("LAB", "ehr", "Label | Pt: Ｍ ＧＡＲＣÍＡ | ＭＲＮ " + FW("44107823") + " | printed from the kiosk",
  [("Ｍ ＧＡＲＣÍＡ", N), (FW("44107823"), MR)], "fullwidth-digits name-allcaps name-common mrn")
P("LAB", "chat", "DOB check: she said 07-Jul-1932, chart says 1932-07-07. Same. Elsie Harbor, 97.",
  [("07-Jul-1932", D), ("1932-07-07", D), ("Elsie Harbor", N), ("97", A)], "date-dmy-abbrev dob name-word age-over-89-digits")
P("LAB", "chat", "Ms. Kaur's husband wants the results e-mailed to harjit.kaur.home@example.com. Explain we can't.",
  [("Kaur", N), ("harjit.kaur.home@example.com", EM)], "name-possessive email name-relative")
P("LAB", "sms", "this is dustin from courier, picked up the box from the Fitchburg clinic, 14 tubes",
  [("dustin", N), ("Fitchburg", LO)], "sms name-lowercase name-staff city")
P("LAB", "chat", "Palm-vein template for the check-in kiosk failed for Mr. Elias Mwangi, template PV-0081-3X; staff did a manual check-in.",
  [("Elias Mwangi", N), ("PV-0081-3X", BI)], "name-non-english biometric")
P("LAB", "chat", "Page the on-call pathologist, Dr. Robin Young, the critical is on Ms. Valentina Cruz.",
  [("Robin Young", N), ("Valentina Cruz", N)], "name-word name-clinician name-common")
P("LAB", "email", "Fwd: Please draw Ms. Sunshine Baptiste (DOB 04/02/1944) Tuesday. Acct 5520-003-1187. Thanks, Kelly at Riverside Family Practice.",
  [("Sunshine Baptiste", N), ("04/02/1944", D), ("5520-003-1187", AC), ("Kelly", N), ("Riverside Family Practice", LO)], "name-word dob account facility")
P("LAB", "chat", "The 0900 draw for Li Wei, and the 0915 for Wei Li. Please, please check both identifiers.",
  [("Li Wei", N), ("Wei Li", N)], "name-non-english name-common clock-time")
P("LAB", "dictation", "Specimen rejected for patient Mister Amadou Diallo comma collected on twelfth of April comma unlabeled tube period",
  [("Amadou Diallo", N), ("twelfth of April", D)], "dictation date-written name-non-english")
P("LAB", "chat", "DL for the drug screen donor: IL D400-7721-9934, name Brandon King.",
  [("D400-7721-9934", LI), ("Brandon King", N)], "drivers-license name-common")
P("LAB", "list", "Home draws: Ernestine Walker (Verona) / Hobbs, Early / Sunny Vang / Major Duncan (Oregon WI)",
  [("Ernestine Walker", N), ("Verona", LO), ("Hobbs, Early", N), ("Sunny Vang", N), ("Major Duncan", N), ("Oregon", LO)], "list-schedule name-word city name-last-first")
P("LAB", "chat", "Continuous glucose monitor on Mr. Ambrose is reader serial 3MH-07; don't draw from that arm.",
  [("Ambrose", N), ("3MH-07", DV)], "device-serial name-surname-only")
P("LAB", "chat", "The courier van got towed from the visitor lot again. Driver Marco Bianchi is stuck at the east station.",
  [("Marco Bianchi", N)], "name-non-english ordinary-chat")
P("LAB", "chat", "MRN\u200b2207\u200b9901 won't scan; the label printer inserted junk. Patient is Temperance Gold? no, Temperance Goldsmith.",
  [("2207\u200b9901", MR), ("Temperance Gold", N), ("Temperance Goldsmith", N)], "zero-width mrn name-mistyped name-word")
P("LAB", "chat", "Frances Oyelaran-Smith's urine sample is in the fridge labeled with her DOB, 30-Apr-1959.",
  [("Frances Oyelaran-Smith", N), ("30-Apr-1959", D)], "name-hyphenated name-possessive date-dmy-abbrev")
P("LAB", "chat", "Patient's son Hamza brought her from Beloit; call him at ٤١٤٥٥٥٠١٩٧ if she gets dizzy.",
  [("Hamza", N), ("Beloit", LO), ("٤١٤٥٥٥٠١٩٧", PH)], "name-relative city arabic-indic-digits phone")
P("LAB", "ehr", "Order | \u041cRN 3390 1846 | Pt: Banks, Honor | Draw: lipid, A1c | Requested for 19-Sep-2030",
  [("3390 1846", MR), ("Banks, Honor", N), ("19-Sep-2030", D)], "homoglyph-label split-id name-last-first name-word")
# ---------------------------------------------------------------- refugee and immigrant health clinic
C("REFUGEE", "chat", "Chagas serology for everyone from the endemic countries; the Bolivian family today qualifies.",
  "eponym-bare rare-disease-start", ep="Chagas")
C("REFUGEE", "chat", "Strongyloides serology before any steroids, even a short prednisone burst. Empiric ivermectin otherwise.",
  "rare-disease-start dose-lab", orgm="Strongyloides")
C("REFUGEE", "chat", "Mantoux read at 14 mm; with the QuantiFERON also positive we treat as latent TB after the CXR.",
  "eponym-bare device-brand clinical-caps", ep="Mantoux", br="QuantiFERON")
C("REFUGEE", "lower", "do we have the dari version of the phq9 or just pashto",
  "lowercase quick-question")
C("REFUGEE", "caps", "INTERPRETER LINE DOWN 0900-1000, USE THE IN-PERSON TEAM OR THE BACKUP VIDEO CART",
  "allcaps clock-time")
C("REFUGEE", "bot", "/ask CDC presumptive treatment recommendations for refugees from East Africa before arrival",
  "bot-command organization", org="CDC")
C("REFUGEE", "chat", "Hansen's disease referral: the hypopigmented anesthetic patch needs a skin biopsy. Not contagious at this point, no isolation.",
  "eponym-bare rare-disease-start", ep="Hansen's")
C("REFUGEE", "chat", "Pott's disease on the spine MRI, ID and neurosurgery both aware.",
  "eponym-bare", ep="Pott's")
C("REFUGEE", "chat", "Lassa and Ebola screening questions only apply to travel in the last 21 days. This family has been in a camp for 6 years.",
  "place-disease", pl="Lassa|Ebola")
C("REFUGEE", "sms", "van from the resettlement agency arriving 1015 with 7 people",
  "sms clock-time")
C("REFUGEE", "chat", "Temp 39.2, splenomegaly, recent arrival from a malaria area: thick and thin smears now.",
  "temperature")
C("REFUGEE", "chat", "Zika counseling for the pregnant patient, but her travel was years ago. Reassure.",
  "place-disease", pl="Zika")
C("REFUGEE", "dictation", "Overseas medical exam reviewed period Class B one tuberculosis noted period Chest x-ray today period",
  "dictation clinical-caps")
C("REFUGEE", "chat", "Patient is 72 per the I-94, but the family says closer to 80. Birth dates on paperwork are often the first of January.",
  "age-under-90 month-word")
C("REFUGEE", "chat", "Eid al-Adha is next week; a lot of families will reschedule. Keep the Tuesday slots flexible.",
  "holiday weekday", hol="Eid al-Adha")
C("REFUGEE", "chat", "Madura foot is the classic mycetoma. Rare here, common in the Sudan belt.",
  "place-disease rare-disease-start", pl="Madura")
C("REFUGEE", "caps", "VACCINE CATCH-UP CLINIC IN ROOM 5, BRING THE STATE REGISTRY PRINTOUTS",
  "allcaps room-bed-number")
C("REFUGEE", "chat", "Hemoglobin 9.4 with microcytosis, check for hookworm and thalassemia trait before iron forever.",
  "dose-lab")
C("REFUGEE", "chat", "Norwalk-type outbreak at the reception center, norovirus precautions and bleach wipes.",
  "place-disease", pl="Norwalk")
C("REFUGEE", "lower", "the arabic interpreter is double booked at 2, can we push the 2pm to 230",
  "lowercase clock-time")
C("REFUGEE", "chat", "Pain 7 out of 10 in the knees, hard to tell through the interpreter whether it's joint or bone. Start with exam and x-ray.",
  "score-fraction")
C("REFUGEE", "bot", "/ask Loa loa screening before ivermectin: which patients need a microfilarial count?",
  "bot-command rare-disease-start", orgm="Loa loa")
C("REFUGEE", "chat", "Ghon complex on the CXR, calcified, old. Not active. Still do the IGRA.",
  "eponym-bare clinical-caps", ep="Ghon")
C("REFUGEE", "chat", "Nowruz is Friday, expect the Afghan families to cancel. Lunar New Year last month was the same with the Karen families.",
  "holiday weekday", hol="Nowruz|Lunar New Year")
P("REFUGEE", "chat", "Mr. Abdi Farah Hassan in room 4, his wife Hodan, and 5 kids. Interpreter is Ayaan.",
  [("Abdi Farah Hassan", N), ("Hodan", N), ("Ayaan", N)], "name-non-english name-relative room-bed-number")
P("REFUGEE", "ehr", "Registration | Name: \u200fمحمد الأحمد\u200f (Mohammed Al-Ahmad) | DOB 01-Jan-1971 | Ph \u200f+1 608 555 0176\u200f",
  [("محمد الأحمد", N), ("Mohammed Al-Ahmad", N), ("01-Jan-1971", D), ("+1 608 555 0176", PH)], "name-non-english bidi-mark date-dmy-abbrev phone")
P("REFUGEE", "chat", "The I-94 number for Ms. Paw Htoo is 9908 1127 443, copy it to the intake form.",
  [("Paw Htoo", N), ("9908 1127 443", ID_)], "name-non-english other-id split-id")
P("REFUGEE", "voicemail", "Hello, this is Blessing from the resettlement office, calling about the Nkurunziza family, they moved to 2417 Allied Dr apartment 6, Madison, new phone 608 555 0161",
  [("Blessing", N), ("Nkurunziza", N), ("2417 Allied Dr apartment 6", LO), ("Madison", LO), ("608 555 0161", PH)], "voicemail name-word address phone")
P("REFUGEE", "chat", "Grandmother is said to be ninety-eight; the family calls her Bibi. Her name on the card is Zainab Rahimi.",
  [("ninety-eight", A), ("Bibi", N), ("Zainab Rahimi", N)], "age-over-89-words name-nickname name-non-english")
P("REFUGEE", "lower", "patient is hope uwase not grace uwase, theyre sisters, same dob",
  [("hope uwase", N), ("grace uwase", N)], "lowercase name-lowercase name-word name-relative")
P("REFUGEE", "chat", "Passport for Mr. Oleksandr Kovalenko: FX 449127. Needed for the vaccine record.",
  [("Oleksandr Kovalenko", N), ("FX 449127", LI)], "name-non-english passport")
P("REFUGEE", "chat", "MRN 60\u200c41\u200c9927 for Ms. Nour Haddad, the system keeps splitting it.",
  [("60\u200c41\u200c9927", MR), ("Nour Haddad", N)], "zero-width mrn name-non-english")
P("REFUGEE", "email", "Fwd from caseworker: Please see Joseph Habimana (DOB 15-Mar-1988) this week. Contact: j.mukamana AT example DOT org, 414-555-0157.",
  [("Joseph Habimana", N), ("15-Mar-1988", D), ("j.mukamana AT example DOT org", EM), ("414-555-0157", PH)], "name-common date-dmy-abbrev obfuscated-email phone")
P("REFUGEE", "chat", "Photo of Mr. Tesfaye's vaccination card from the camp: IMG_2290.HEIC. Shows his face too, handle accordingly.",
  [("Tesfaye", N), ("IMG_2290.HEIC", PI)], "name-non-english photo-filename")
P("REFUGEE", "chat", "Moo Say and Htoo Paw are the parents, baby is Eh Ler. Karen names, all given names, no surname.",
  [("Moo Say", N), ("Htoo Paw", N), ("Eh Ler", N)], "name-non-english name-relative")
P("REFUGEE", "chat", "Medicaid member ID for the Sadiq family head: MA 7712 0943 1. Benefits start next month.",
  [("Sadiq", N), ("MA 7712 0943 1", HP)], "name-non-english health-plan split-id")
P("REFUGEE", "chat", "Ms. Faith Mutesi says her brother Innocent lives in Rockford and can drive her.",
  [("Faith Mutesi", N), ("Innocent", N), ("Rockford", LO)], "name-word name-relative city")
P("REFUGEE", "sms", "Salam, this is Fatima, Ahmad Noori is my father, he needs his appointment changed",
  [("Fatima", N), ("Ahmad Noori", N)], "sms name-non-english name-relative")
P("REFUGEE", "chat", "The family's ORR case number is ORR-2029-55127; Dr. Price needs it for the form.",
  [("ORR-2029-55127", ID_), ("Price", N)], "other-id name-word name-clinician")
P("REFUGEE", "dictation", "Patient Miss Mercy Achieng comma thirty one years old comma from Kakuma camp comma arrived in the US on June second period",
  [("Mercy Achieng", N), ("Kakuma", LO), ("June second", D)], "dictation name-word age-under-90 date-written")
P("REFUGEE", "list", "Intake today: Ali Reza Sultani / Khadija Sultani / Baby Sultani / Nasrin Ahmadzai / Gul Ahmadzai",
  [("Ali Reza Sultani", N), ("Khadija Sultani", N), ("Sultani", N), ("Nasrin Ahmadzai", N), ("Gul Ahmadzai", N)], "list-schedule name-non-english name-relative")
P("REFUGEE", "chat", "Interpreter Ahmed says the patient's real DOB is 1949-11-03, not the January placeholder. Update it. Patient: Hussein Jaber.",
  [("Ahmed", N), ("1949-11-03", D), ("Hussein Jaber", N)], "name-staff dob name-non-english")
P("REFUGEE", "chat", "Ms. Gift Banda's phone is " + FW("414") + "-" + FW("555") + "-" + FW("0149") + " as typed from her phone's keyboard.",
  [("Gift Banda", N), (FW("414") + "-" + FW("555") + "-" + FW("0149"), PH)], "name-word fullwidth-digits phone")
P("REFUGEE", "chat", "Lucky Mwale and Precious Mwale are twins, 7 years old, both need MMR.",
  [("Lucky Mwale", N), ("Precious Mwale", N)], "name-word name-relative")
P("REFUGEE", "chat", "SSN card for Mr. Nizigiyimana came in: 9 1 3 - 4 4 - 0 2 6 8, please scan into media, not the note.",
  [("Nizigiyimana", N), ("9 1 3 - 4 4 - 0 2 6 8", SS)], "name-non-english ssn spaced-digits")
P("REFUGEE", "chat", "The family lives at Park Village apartments, 1900 Park St. Mom's name is Divine Uwimana.",
  [("Park Village apartments", LO), ("1900 Park St", LO), ("Divine Uwimana", N)], "address facility name-word")
P("REFUGEE", "chat", "Grandpa Yusuf is 103 by his papers. Family agrees. Name Yusuf Abdullahi Nur.",
  [("Yusuf", N), ("103", A), ("Yusuf Abdullahi Nur", N)], "age-over-89-digits name-non-english name-relative")
P("REFUGEE", "chat", "Intake for Ali Hassan, \u041cRN 7\u200b2\u200b0\u200b4\u200b4\u200b1\u200b8 typed with a Cyrillic M, please fix in registration.",
  [("Ali Hassan", N), ("7\u200b2\u200b0\u200b4\u200b4\u200b1\u200b8", MR)], "homoglyph-label zero-width name-common name-after-for")
# ---------------------------------------------------------------- eating disorders program
C("EATING", "chat", "Russell's sign on both hands, knuckle calluses. Ask gently about purging, not in front of mom.",
  "eponym-bare", ep="Russell's")
C("EATING", "chat", "SCOFF screen 4/5 at intake, EDE-Q scheduled with psychology for Thursday.",
  "score score-fraction weekday", sc="SCOFF|EDE-Q")
C("EATING", "chat", "Refeeding labs: phos 2.1 this morning, down from 3.4. Replete and recheck at 1600.",
  "dose-lab clock-time")
C("EATING", "lower", "meal support for lunch is short one person can someone cover the 1215",
  "lowercase clock-time")
C("EATING", "caps", "BATHROOM CHECKS AFTER MEALS FOR 60 MIN, NO EXCEPTIONS ON THE RESIDENTIAL UNIT",
  "allcaps clinical-caps")
C("EATING", "bot", "/ask MARSIPAN criteria for medical admission in a young adult with anorexia",
  "bot-command score", sc="MARSIPAN")
C("EATING", "chat", "Maudsley family-based treatment, phase 1: parents plate all meals. The 15 year old is furious, which is expected.",
  "place-rule age-under-90", pl="Maudsley")
C("EATING", "chat", "Minnesota Starvation Experiment slides are in the family education deck, the bit about hoarding cookbooks lands every time.",
  "place-rule trial-name", tr="Minnesota Starvation Experiment")
C("EATING", "chat", "Ancel Keys ran that study, for the new residents wondering. Conscientious objectors as volunteers.",
  "public-figure teaching", pub="Ancel Keys")
C("EATING", "sms", "running late, traffic on the beltline, start group without me",
  "sms ordinary-chat")
C("EATING", "chat", "Orthostatic HR jump of 38 lying to standing, temp 35.6. Medical admission criteria met.",
  "temperature dose-lab")
C("EATING", "chat", "Heather is a norethindrone pill brand, and no, we don't use OCPs to 'restore' periods here. Bone density won't follow.",
  "drug-brand-name word-capital", br="Heather")
C("EATING", "chat", "Vyvanse for binge eating disorder, start 30 mg, check BP and HR in 2 weeks.",
  "drug-brand-name dose-lab", br="Vyvanse")
C("EATING", "dictation", "Weight today fifty one point two kilograms comma BMI seventeen point four comma heart rate forty eight period",
  "dictation dose-lab")
C("EATING", "chat", "Wernicke prophylaxis: thiamine before the dextrose, always.",
  "eponym-bare", ep="Wernicke")
C("EATING", "chat", "Lanugo and acrocyanosis on exam. Pain 0/10, she denies everything else.",
  "score-fraction")
C("EATING", "caps", "FAMILY GROUP CANCELLED TONIGHT, THERAPIST OUT SICK",
  "allcaps")
C("EATING", "chat", "Thanksgiving planning session with families: exposure plates, who sits where, what to say about seconds.",
  "holiday")
C("EATING", "chat", "Patient is 67, first-onset restricting. Rule out malignancy before we call it an eating disorder.",
  "age-under-90")
C("EATING", "lower", "the scale in room 2 reads half a kilo heavy, use the one by the nurses station",
  "lowercase room-bed-number")
C("EATING", "chat", "Remeron at night helped her sleep and appetite. Zyprexa 2.5 for the anxiety around meals.",
  "drug-brand-name dose-lab", br="Remeron|Zyprexa")
C("EATING", "bot", "/ask phosphate replacement dosing for refeeding hypophosphatemia, oral vs IV",
  "bot-command dose-lab")
C("EATING", "chat", "Ensure Plus vs Boost VHC for supplements: same idea, pick whichever she'll drink.",
  "drug-brand-name", br="Ensure Plus|Boost VHC")
C("EATING", "chat", "Holiday heart in a purging patient, new AFib on the ECG, potassium 2.6. Admit.",
  "holiday-condition dose-lab clinical-caps", hol="Holiday heart")
P("EATING", "chat", "Winter Hayes (she/her) is the new admit on the adolescent side, her mom is Summer Hayes.",
  [("Winter Hayes", N), ("Summer Hayes", N)], "name-word name-relative")
P("EATING", "chat", "Meal coach for Mr. Strong today is Autumn; Cody Strong refused breakfast again.",
  [("Strong", N), ("Autumn", N), ("Cody Strong", N)], "name-word name-staff")
P("EATING", "ehr", "Vitals | HALE, HONESTY R | MRN 9012 6627 | HR 44 | Wt 42.8 kg | 22-Feb-2030 0630",
  [("HALE, HONESTY R", N), ("9012 6627", MR), ("22-Feb-2030", D)], "name-allcaps name-word split-id date-dmy-abbrev")
P("EATING", "lower", "sophie martin is refusing the ensure again, dad is on his way",
  [("sophie martin", N)], "lowercase name-lowercase name-common")
P("EATING", "voicemail", "Hi it's Candace, Madison's mom, she didn't eat all weekend and she's dizzy, call me at 608 555 0124 please",
  [("Candace", N), ("Madison", N), ("608 555 0124", PH)], "voicemail name-given-only name-relative phone")
P("EATING", "chat", "Madison the patient, not Madison the city. Madison Clarke, 16, from Middleton.",
  [("Madison", N), ("Madison Clarke", N), ("Middleton", LO)], "name-word name-given-only city")
P("EATING", "chat", "Consent for the research arm: subject ED-STUDY-0419, Ms. Ivy Lindgren, age 19.",
  [("ED-STUDY-0419", ID_), ("Ivy Lindgren", N)], "other-id name-word age-under-90")
P("EATING", "email", "From: parent | 'Please send weekly updates to mom AT example DOT com and dad AT example DOT com' - re: Ruby Okafor",
  [("mom AT example DOT com", EM), ("dad AT example DOT com", EM), ("Ruby Okafor", N)], "obfuscated-email name-word")
P("EATING", "chat", "Dr. Bliss Adeyemi-Hart covering the adult unit today; Dr. Day is out.",
  [("Bliss Adeyemi-Hart", N), ("Day", N)], "name-word name-hyphenated name-clinician")
P("EATING", "chat", "Front-facing progress photo taken by the patient, selfie_week6.heic, Ms. Jade Moreno shared it in session. Don't forward.",
  [("selfie_week6.heic", PI), ("Jade Moreno", N)], "photo-filename name-word")
P("EATING", "sms", "this is gabe, lilys dad, she's at the er at st. anne's in waukesha",
  [("gabe", N), ("lilys", N), ("st. anne's", LO), ("waukesha", LO)], "sms name-lowercase name-relative facility")
P("EATING", "chat", "Heart monitor patch on Tenzin Dolma, serial ZX-40P, returned by mail.",
  [("Tenzin Dolma", N), ("ZX-40P", DV)], "name-non-english device-serial")
P("EATING", "chat", "Neveah King and Nevaeh Kingston both in the teen group. Different girls! Check wristbands.",
  [("Neveah King", N), ("Nevaeh Kingston", N)], "name-common name-word")
P("EATING", "dictation", "Patient Miss Olivia Chen comma date of birth the twentieth of August two thousand eight comma admitted for medical stabilization period",
  [("Olivia Chen", N), ("the twentieth of August two thousand eight", D)], "dictation dob name-common")
P("EATING", "chat", "Grandmother is 91 and wants to join family therapy by video from Sheboygan. Name is Marion Holt.",
  [("91", A), ("Sheboygan", LO), ("Marion Holt", N)], "age-over-89-digits city name-relative")
P("EATING", "list", "Teen group: Brooke / Harper Lee / Sage Wolfe / Mia Rodriguez / Zoë Nakamura-Grant",
  [("Brooke", N), ("Harper Lee", N), ("Sage Wolfe", N), ("Mia Rodriguez", N), ("Zoë Nakamura-Grant", N)], "list-schedule name-word name-common name-hyphenated")
P("EATING", "chat", "Insurance is denying residential for Ms. Ember Knox, member W7714-0022, peer-to-peer at 1400.",
  [("Ember Knox", N), ("W7714-0022", HP)], "name-word health-plan clock-time")
P("EATING", "chat", "Her boyfriend Trey keeps bringing diet soda. Patient is Kayla Brown.",
  [("Trey", N), ("Kayla Brown", N)], "name-given-only name-common")
P("EATING", "ehr", "Portal login | user: mgrace.reyes | 198.51.100.77 | pt: GRACE REYES, MAE",
  [("mgrace.reyes", N), ("198.51.100.77", IPA), ("GRACE REYES, MAE", N)], "name-allcaps ip name-last-first")
P("EATING", "chat", "Mom's phone: (262)\u200b555\u200b0139, she pasted it from WhatsApp. Patient is Noor Siddiqui.",
  [("(262)\u200b555\u200b0139", PH), ("Noor Siddiqui", N)], "zero-width phone name-non-english")
P("EATING", "chat", "Guardian for the 17 year old is her aunt, Rosemary Fields, per the court order, case 29-GN-0714.",
  [("Rosemary Fields", N), ("29-GN-0714", ID_)], "name-word name-relative other-id")
P("EATING", "chat", "Patient's father is Pastor Luke Goodwin; he wants to pray before meals, that's fine.",
  [("Luke Goodwin", N)], "name-common name-relative")
P("EATING", "chat", "Meal plan for Ms. Sunday Adebayo, exchange level 3, starting 02-Mar-2030.",
  [("Sunday Adebayo", N), ("02-Mar-2030", D)], "name-word name-non-english date-dmy-abbrev")
P("EATING", "chat", "Her pro-ana blog is at https://example.net/u/thinmint_rowan; Rowan Pierce's therapist wants us to know it exists.",
  [("https://example.net/u/thinmint_rowan", UR), ("Rowan Pierce", N)], "url name-possessive name-word")

# =============================================================================================
# Checks, split and output
# =============================================================================================
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "\u041cRN", "DOB", "SSN", "Dr. ", "Mr. ",
                   "Mrs. ", "Ms. ", "Mx. ", "IMG_", "DSC_", ".jpg", ".jpeg", ".png", ".heic", ".HEIC", ".wav",
                   ".mp4", ".mov", ".m4a", ".stl", ".pdf", "(at)", "[at]"]
_MON = (r"(?:January|February|March|April|June|July|August|September|October|November|December|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
CLEAN_FORBIDDEN_RE = [re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),          # SSN shape
                      re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"),   # m/d/y
                      re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b"),              # ISO date
                      re.compile(r"\w AT \w+ DOT \w"),                       # spelled-out e-mail
                      re.compile(r"(?<!\d)\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d)"), # phone shape
                      re.compile(r"(?<!\d)\d{10}(?!\d)"),                    # ten digits in a row
                      re.compile(r"\b" + _MON + r" \d{1,2}(?:st|nd|rd|th)?\b(?! ?(?:mg|mL|%|h|min|days|weeks))"),  # v11: "Mar 3"
                      re.compile(r"\b\d{1,2}(?:st|nd|rd|th)? (?:of )?" + _MON + r"(?![a-z])"),               # v11: "3rd of March"
                      re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b"),   # v11: 03.11.2029
                      re.compile(r"\b\d{1,2}[- ]" + _MON + r"[- ]\d{2,4}\b"),    # v13: 14-Mar-2029, 21 Aug 2029
                      re.compile(r"(?i)\bAT\s+example\b|\bDOT\s+(?:org|com|net)\b"),  # v13: spelled-out e-mail parts
                      re.compile(r"(?<!\d)(?:\d[ \u00a0]){6,}\d(?!\d)")]            # v13: spaced-out digit runs
MIN_MESSAGES = 460
CLEAN_SHARE = (0.45, 0.55)       # v12: about half clean
MIN_SPANS_PER_CAT = 2            # v12: realistic proportions; rare kinds only need to reach both splits
MIN_TERMS = 150
MIN_EPONYMS = 70
MIN_NEW_TERM_SHARE = 0.50        # v12: everyday terms recur across sets; at least half must be new to the inventories
MIN_PER_SETTING = {True: 20, False: 20}   # clean / with identifiers
MIN_PER_MEDIUM = 8
MIN_AGE_MRN = 10
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v10", "phi_chat_v11", "phi_chat_v12"]   # v13: the only SOURCE.md files the brief allowed
# v13: the example strings quoted in the brief for this set; none may be reused verbatim (case-insensitive)
BRIEF_EXAMPLES = ["Pat Long", "ruby gold", "SUMMER HOLT", "Banks, Sterling", "Mrs. Frost", "John Smith",
                  "14-Jan-2025", "101.4", "7/10", "GCS 13/15", "name AT domain DOT org"]
# v13: the tricks this set is about; each kind tag must be on at least MIN_TRICK messages (and so in both splits)
TRICK_KINDS = ["name-word", "name-common", "name-allcaps", "name-lowercase", "name-last-first", "name-possessive",
               "name-after-for", "zero-width", "bidi-mark", "fullwidth-digits", "arabic-indic-digits",
               "homoglyph-label", "spaced-digits", "split-id", "date-dmy-abbrev", "age-over-89-words",
               "obfuscated-email", "drivers-license", "photo-filename", "device-serial",
               "eponym-bare", "place-disease", "place-rule", "rare-disease-start", "drug-brand-name",
               "temperature", "score-fraction", "holiday", "holiday-condition", "age-under-90",
               "clinical-caps", "clock-time", "room-bed-number", "word-capital"]
MIN_TRICK = 2

def build_records():
    recs = []
    for text, spans, kinds, setting, medium in MSGS:
        cur, out = 0, []
        for sp in spans:
            sub, cat = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 1
            assert cat in CATS, (cat, text)
            s = -1
            for _ in range(nth):
                s = text.find(sub, cur if s < 0 else s + 1)
                assert s >= 0, f"span {sub!r} (occurrence {nth}) not found after {cur} in {text!r}"
            e = s + len(sub)
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < len(text) else " "
            if before.isalnum() or (after.isalnum() and not (cat == "AGE" and after.isalpha())):
                WARN.append(f"{cat} span {sub!r} touches a word char in {text!r}")
            assert text[s] not in INVISIBLE and text[e - 1] not in INVISIBLE, ("invisible at edge", text)
            assert not text[s].isspace() and not text[e - 1].isspace(), ("space at edge", text)
            out.append({"start": s, "end": e, "category": cat})
            cur = e
        recs.append({"text": text, "spans": out, "clean": not out, "kinds": list(kinds),
                     "setting": setting, "medium": medium})
    return recs

def validate(recs):
    """Offsets, categories and the clean flag of every record (also run on the written files)."""
    texts = collections.Counter(r["text"] for r in recs)
    dup = [t for t, c in texts.items() if c > 1]
    assert not dup, ("duplicate texts", dup)
    for r in recs:
        t = r["text"]
        assert isinstance(t, str) and t.strip(), r
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            assert isinstance(sp["start"], int) and isinstance(sp["end"], int), sp
            assert 0 <= sp["start"] < sp["end"] <= len(t), r
            assert t[sp["start"]:sp["end"]].strip(), ("empty slice", r)
            assert sp["start"] >= prev_end, ("overlap", r)
            assert sp["category"] in CATS, r
            assert t[sp["start"]] not in INVISIBLE and t[sp["end"] - 1] not in INVISIBLE, ("invisible edge", r)
            assert not t[sp["start"]].isspace() and not t[sp["end"] - 1].isspace(), ("space edge", r)
            prev_end = sp["end"]
        assert r["clean"] == (len(r["spans"]) == 0), r
        assert 1 <= len(r["kinds"]) <= 4, r
        if r["clean"]:
            for bad in CLEAN_FORBIDDEN:
                assert bad not in t, ("clean message contains " + bad, t)
            for rx in CLEAN_FORBIDDEN_RE:
                assert not rx.search(t), ("clean message matches " + rx.pattern, t)

def check_span_texts(recs, src):
    """The records' slices equal the substrings written in MSGS (offsets recomputed independently)."""
    for r, (text, spans, kinds, setting, medium) in zip(recs, src):
        got = [r["text"][s["start"]:s["end"]] for s in r["spans"]]
        want = [sp[0] for sp in spans]
        assert got == want, (got, want, text)
        assert [s["category"] for s in r["spans"]] == [sp[1] for sp in spans], text

def check_openings(recs):
    """Guard against template-like writing: no two messages open with the same 28 characters."""
    c = collections.Counter(r["text"][:28] for r in recs)
    same = [k for k, n in c.items() if n > 1]
    assert not same, ("messages share an opening", same)

def check_media(recs):
    """v11: slash commands start with a slash; ALL CAPS lines have no lower-case Latin letter outside
    e-mails and file names; lowercase lines have no capital Latin letter."""
    for r in recs:
        t = r["text"]
        if r["medium"] == "bot":
            assert t.startswith("/"), t
        if r["medium"] == "lower":
            assert not re.search(r"[A-Z]", t), ("capital in a lowercase line", t)
        if r["medium"] == "caps":
            bare = re.sub(r"\S+@\S+|\S+\.(?:jpg|png|mp4|wav|pdf)\b", "", t)
            assert not re.search(r"[a-z]", bare), ("lower-case letter in a caps line", t)

_SPOKEN = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
           "six": "6", "seven": "7", "eight": "8", "nine": "9"}

def digits_of(s):
    """The decimal digits of s as ASCII, whatever script they are written in (full-width, Arabic-Indic);
    v13: a string of spoken digit words ("six oh eight five five five ...") gives its digits too."""
    words = s.lower().split()
    if words and all(w in _SPOKEN for w in words):
        return "".join(_SPOKEN[w] for w in words)
    return "".join(str(unicodedata.decimal(ch)) for ch in s if unicodedata.decimal(ch, None) is not None)

def check_invented(recs):
    """The identifiers themselves are of the invented kinds the set promises (v9's check)."""
    bad = []
    for r in recs:
        for s in r["spans"]:
            v = r["text"][s["start"]:s["end"]]
            c = s["category"]
            if c in ("PHONE", "FAX") and "555" not in digits_of(v):
                bad.append((c, v))
            if c in ("EMAIL", "URL") and "example" not in v.lower():
                bad.append((c, v))
            if c == "IP" and not v.lower().startswith(DOC_IP_PREFIXES):
                bad.append((c, v))
            if c == "SSN" and len(digits_of(v)) == 9 and not digits_of(v).startswith("9"):
                bad.append((c, v))
    assert not bad, ("identifier not of an invented kind", bad)

def name_tokens(recs):
    toks = set()
    for r in recs:
        for s in r["spans"]:
            if s["category"] == "NAME":
                for w in re.findall(r"[^\W\d_]+", r["text"][s["start"]:s["end"]]):
                    if len(w) >= 3 and w[0].isupper():
                        toks.add(w)
    return toks

def check_name_leaks(recs):
    """A capitalised word that is part of a NAME span anywhere in the set may appear in a clean message
    only as (part of) a bait term registered for the clean messages (v9's check)."""
    toks = name_tokens(recs)
    allt = [t for ts in TERMS.values() for t in ts]
    leaks = []
    for r in recs:
        if not r["clean"]:
            continue
        t = r["text"]
        allowed = set()
        for term in allt:
            if term_re(term).search(t):
                allowed.update(re.findall(r"[^\W\d_]+", term))
        for w in re.findall(r"[^\W\d_]+", t):
            if w in toks and w not in allowed:
                leaks.append((w, t[:70]))
    assert not leaks, ("name word in a clean message without a bait entry", leaks)

def earlier_sources(here):
    texts = []
    for d in EARLIER:
        p = os.path.join(os.path.dirname(here), d, "SOURCE.md")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                texts.append(f.read())
    return texts

def check_no_reuse(recs, here):
    """v10's check, run against v10-v12: no example string quoted in straight double quotes (any quoted
    string with a digit, or of 8+ characters with a space) in the earlier sets' SOURCE.md files occurs in
    any message, and no NAME span of this set with a space (8+ characters) is written in those files.
    Returns the capitalised NAME tokens that also occur somewhere in those files (reported in SOURCE.md)."""
    srcs = earlier_sources(here)
    if not srcs:
        return None
    quoted = set()
    for s in srcs:
        for q in re.findall(r'(?:(?<=[\s(\[])|^)"([^"\s][^"\n]{0,118}[^"\s])"(?=[\s),.;:\]]|$)', s, re.M):
            if (len(q) >= 3 and any(ch.isdigit() for ch in q)) or (len(q) >= 8 and " " in q):
                quoted.add(q)
    hits = [(q, r["text"][:60]) for r in recs for q in quoted if q in r["text"]]
    assert not hits, ("example string from an earlier SOURCE.md reused", hits)
    alltext = "\n".join(srcs)
    names = [r["text"][s["start"]:s["end"]] for r in recs for s in r["spans"] if s["category"] == "NAME"]
    full = [n for n in names if " " in n and len(n) >= 8 and n in alltext]
    assert not full, ("full name also written in an earlier SOURCE.md", full)
    words = set(re.findall(r"[^\W\d_]+", alltext))
    return sorted(t for t in name_tokens(recs) if t in words)

def bait_overlap(here):
    """v11 addition: the bait terms of this set that are also written (as a whole word or phrase) anywhere
    in the earlier SOURCE.md files; at least MIN_NEW_TERM_SHARE of the terms must be new."""
    srcs = earlier_sources(here)
    if not srcs:
        return None
    alltext = "\n".join(srcs)
    allt = [t for ts in TERMS.values() for t in ts]
    old = sorted((t for t in allt if term_re(t).search(alltext)), key=str.lower)
    assert (len(allt) - len(old)) / len(allt) >= MIN_NEW_TERM_SHARE, ("too few new bait terms", len(old), len(allt))
    return old

def term_uses(recs):
    clean_texts = [r["text"] for r in recs if r["clean"]]
    uses = collections.OrderedDict()
    for kind, terms in TERMS.items():
        for t in terms:
            rx = term_re(t)
            uses[t] = sum(1 for ct in clean_texts if rx.search(ct))
    return uses

def check_terms(recs):
    """Every inventory term occurs in 1..MAX_REUSE clean messages; enough distinct terms and eponyms."""
    allt = [t for terms in TERMS.values() for t in terms]
    dup = [t for t, c in collections.Counter(allt).items() if c > 1]
    assert not dup, ("term listed twice", dup)
    uses = term_uses(recs)
    missing = [t for t, n in uses.items() if n == 0]
    assert not missing, ("term not found in any clean message", missing)
    over = [(t, n) for t, n in uses.items() if n > MAX_REUSE]
    assert not over, ("term reused in too many clean messages", over)
    assert len(allt) >= MIN_TERMS, len(allt)
    assert len(TERMS["eponym"]) >= MIN_EPONYMS, len(TERMS["eponym"])

def check_mix(recs):
    n = len(recs)
    clean = sum(r["clean"] for r in recs)
    assert n >= MIN_MESSAGES, n
    assert CLEAN_SHARE[0] <= clean / n <= CLEAN_SHARE[1], clean / n
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    for c in CATS:
        assert cat[c] >= MIN_SPANS_PER_CAT, ("too few spans", c, cat[c])
    big = ("NAME", "DATE", "LOCATION", "PHONE")
    for b in big:
        assert all(cat[b] >= cat[c] for c in CATS if c not in big), (b, cat)
    for c in ("AGE", "MRN"):
        assert cat[c] >= MIN_AGE_MRN, (c, cat[c])
    sc = collections.Counter((r["setting"], r["clean"]) for r in recs)
    for s in SETTINGS:
        for cl in (True, False):
            assert sc[(s, cl)] >= MIN_PER_SETTING[cl], ("too few messages for setting", s, cl, sc[(s, cl)])
    mc = collections.Counter(r["medium"] for r in recs)
    for m in MEDIA:
        assert mc[m] >= MIN_PER_MEDIUM, ("too few messages from medium", m, mc[m])

def check_brief_examples(recs):
    """v13: no example string quoted in the brief for this set is used verbatim in any message."""
    hits = [(q, r["text"][:60]) for r in recs for q in BRIEF_EXAMPLES if q.lower() in r["text"].lower()]
    assert not hits, ("example string from the brief reused", hits)

BIDI = set("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZWS = set("\u200b\u200c\u200d\u2060\ufeff")

def check_tricks(recs):
    """v13: every trick kind is used on at least MIN_TRICK messages, and the tags that name a Unicode or
    format trick really carry it (checked on the span text or the message)."""
    kc = collections.Counter(k for r in recs for k in r["kinds"])
    few = [(k, kc[k]) for k in TRICK_KINDS if kc[k] < MIN_TRICK]
    assert not few, ("trick kind used too rarely", few)
    for r in recs:
        t, ks = r["text"], set(r["kinds"])
        sl = [t[s["start"]:s["end"]] for s in r["spans"]]
        if "zero-width" in ks:
            assert any(ch in ZWS for x in sl for ch in x), ("no zero-width char in a span", t)
        if "bidi-mark" in ks:
            assert any(ch in BIDI for ch in t), ("no bidi mark", t)
        if "fullwidth-digits" in ks:
            assert any("\uff10" <= ch <= "\uff19" for x in sl for ch in x), ("no full-width digit in a span", t)
        if "arabic-indic-digits" in ks:
            assert any("\u0660" <= ch <= "\u0669" for x in sl for ch in x), ("no Arabic-Indic digit in a span", t)
        if "homoglyph-label" in ks:
            assert re.search("[\u0400-\u04ff]RN", t), ("no Cyrillic letter in the MRN label", t)
        if "spaced-digits" in ks:
            assert any(re.search(r"(?:\S ){5,}\S", x) for x in sl), ("no spaced-out digits in a span", t)
        if "split-id" in ks:
            assert any(re.search("\\d[ \u00a0]+\\d", x) for x in sl), ("no id split by a space in a span", t)
        if "date-dmy-abbrev" in ks:
            assert any(re.fullmatch(r"\d{2}-[A-Z][a-z]{2}-\d{4}", x) for x in sl), ("no dd-Mon-yyyy date span", t)
        if "obfuscated-email" in ks:
            assert any(" AT " in x and " DOT " in x for x in sl), ("no spelled-out e-mail span", t)
        if "age-over-89-words" in ks:
            assert any(s["category"] == "AGE" and not any(ch.isdigit() for ch in t[s["start"]:s["end"]])
                       for s in r["spans"]), ("no AGE span in words", t)

def split(recs):
    """Deterministic stratified 2:1 dev/test split with a fixed seed (SEED), v10's (and v9's) procedure.

    Features of a message: its kind tags, the categories of its spans ("CAT:NAME", ...), its setting
    ("SET:BURN", ...), "CLEAN" or "PHI", the pair of setting and clean flag, and "ALL". Messages are
    shuffled with random.Random(SEED), then ordered by the rarity of their rarest feature (rarest strata
    first; the shuffle breaks ties). Each message then goes to the split whose quota for its features
    is least filled: test aims at 1/3 and dev at 2/3 of every feature's count."""
    def feats(r):
        f = set(r["kinds"]) | {"CAT:" + s["category"] for s in r["spans"]}
        f.add("CLEAN" if r["clean"] else "PHI")
        f.add("SET:" + r["setting"])
        f.add("SET:" + r["setting"] + (":CLEAN" if r["clean"] else ":PHI"))
        f.add("ALL")
        return f
    fl = [feats(r) for r in recs]
    total = collections.Counter(f for fs in fl for f in fs)
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    order.sort(key=lambda i: min(total[f] for f in fl[i]))   # stable: shuffle breaks ties
    got = {"dev": collections.Counter(), "test": collections.Counter()}
    share = {"dev": 2 / 3, "test": 1 / 3}
    dev_idx, test_idx = [], []
    for i in order:
        need = {}
        for side in ("dev", "test"):
            need[side] = sum((share[side] * total[f] - got[side][f]) / (share[side] * total[f]) for f in fl[i]) / len(fl[i])
        side = "test" if need["test"] > need["dev"] else "dev"
        (test_idx if side == "test" else dev_idx).append(i)
        got[side].update(fl[i])
    rng = random.Random(SEED)
    rng.shuffle(dev_idx)
    rng.shuffle(test_idx)
    return [recs[i] for i in dev_idx], [recs[i] for i in test_idx]

def write(path, recs, name):
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"{name}-{i}", "text": r["text"], "spans": r["spans"],
                                "clean": r["clean"], "kinds": r["kinds"]}, ensure_ascii=False) + "\n")

def read(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]

def stats(recs):
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    kinds = collections.Counter(k for r in recs for k in set(r["kinds"]))
    return len(recs), sum(r["clean"] for r in recs), cat, kinds

def setting_media_tables(recs, dev, test):
    c = collections.Counter((r["setting"], r["clean"]) for r in recs)
    dv = collections.Counter(r["setting"] for r in dev)
    ts = collections.Counter(r["setting"] for r in test)
    lines = ["", "### Messages per setting (build.py only)", "",
             "| setting | clean | with identifiers | total | dev | test |", "|---|---|---|---|---|---|"]
    for k, desc in SETTINGS.items():
        lines.append(f"| {desc} | {c[(k, True)]} | {c[(k, False)]} | {c[(k, True)] + c[(k, False)]} | {dv[k]} | {ts[k]} |")
    d = collections.Counter((r["medium"], r["clean"]) for r in recs)
    lines += ["", "### Messages per medium (build.py only)", "",
              "| medium | clean | with identifiers | total |", "|---|---|---|---|"]
    for k, desc in MEDIA.items():
        lines.append(f"| {desc} | {d[(k, True)]} | {d[(k, False)]} | {d[(k, True)] + d[(k, False)]} |")
    return lines

def term_table(recs, old):
    uses = term_uses(recs)
    lines = ["", "### Bait inventory of the clean messages (build.py; each entry checked to occur in 1-"
             f"{MAX_REUSE} clean messages)", "", "| kind | entries | clean-message uses |", "|---|---|---|"]
    tot_e = tot_u = 0
    for kind, terms in TERMS.items():
        u = sum(uses[t] for t in terms)
        tot_e += len(terms)
        tot_u += u
        lines.append(f"| {TERM_KINDS[kind]} | {len(terms)} | {u} |")
    lines.append(f"| total (distinct capitalised terms) | {tot_e} | {tot_u} |")
    hist = collections.Counter(uses.values())
    lines += ["", "Reuse: " + ", ".join(f"{hist[n]} entries in {n} clean message{'s' if n > 1 else ''}"
                                         for n in sorted(hist)) + "."]
    if old is not None:
        lines += ["", f"Bait terms also written somewhere in the v10-v12 SOURCE.md files (checked by build.py; "
                      f"the other {tot_e - len(old)} of {tot_e} are new to the series' inventories): {len(old)}: "
                      + ", ".join(old) + "."]
    for kind, terms in TERMS.items():
        lines += ["", f"- {kind} ({len(terms)}): " + ", ".join(sorted(terms, key=str.lower)) + "."]
    return lines

def script_of(ch):
    return unicodedata.name(ch, "?").split()[0].title()

def name_form_line(recs):
    names = [r["text"][s["start"]:s["end"]] for r in recs for s in r["spans"] if s["category"] == "NAME"]
    scripts = collections.Counter()
    for n in names:
        for sc in {script_of(ch) for ch in n if ch.isalpha() and ord(ch) > 0x24F}:
            scripts[sc] += 1
    return (f"NAME spans: {len(names)} ({len(set(names))} distinct strings; "
            f"{sum(1 for n in names if n.isupper() and len(n) > 3)} ALL CAPS, "
            f"{sum(1 for n in names if n.islower())} all lowercase, "
            f"{sum(1 for n in names if ',' in n)} 'Last, First', "
            f"{sum(1 for n in names if '-' in n)} hyphenated, "
            f"{sum(1 for n in names if any(ord(ch) > 127 for ch in n))} with non-ASCII characters; "
            f"spans with letters of a non-Latin script: "
            + ", ".join(f"{k} {v}" for k, v in sorted(scripts.items())) + ").")

def counts_tables(dev, test):
    nd, cd, catd, kd = stats(dev)
    nt, ct, catt, kt = stats(test)
    sd, st = sum(catd.values()), sum(catt.values())
    lines = ["| | dev | test | total |", "|---|---|---|---|",
             f"| messages | {nd} | {nt} | {nd + nt} |",
             f"| clean (no spans) | {cd} | {ct} | {cd + ct} |",
             f"| with identifiers | {nd - cd} | {nt - ct} | {nd - cd + nt - ct} |",
             f"| clean share | {cd / nd:.1%} | {ct / nt:.1%} | {(cd + ct) / (nd + nt):.1%} |",
             f"| spans total | {sd} | {st} | {sd + st} |",
             "", "### Spans per category", "", "| category | dev | test | total |", "|---|---|---|---|"]
    for c in CATS:
        lines.append(f"| {c} | {catd[c]} | {catt[c]} | {catd[c] + catt[c]} |")
    kinds_lines = ["", "### Messages per kind tag", "", "| kind | dev | test | total |", "|---|---|---|---|"]
    allk = kd + kt
    for k, n in sorted(allk.items(), key=lambda x: (-x[1], x[0])):
        kinds_lines.append(f"| {k} | {kd[k]} | {kt[k]} | {n} |")
    return lines, kinds_lines

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = build_records()
    validate(recs)
    check_span_texts(recs, MSGS)
    assert not WARN, "\n".join(WARN)
    check_openings(recs)
    check_media(recs)
    check_invented(recs)
    check_terms(recs)
    check_name_leaks(recs)
    shared = check_no_reuse(recs, here)
    old_terms = bait_overlap(here)
    check_brief_examples(recs)
    check_tricks(recs)
    check_mix(recs)
    dev, test = split(recs)
    # every category, and every kind tag used at least twice, in both splits
    _, _, catd, kd = stats(dev)
    _, _, catt, kt = stats(test)
    for c in CATS:
        assert catd[c] > 0 and catt[c] > 0, ("category missing from a split", c)
    for k, n in (kd + kt).items():
        if n >= 2:
            assert kd[k] > 0 and kt[k] > 0, ("kind tag missing from a split", k)
    # v13: every setting, clean and with identifiers, in both splits
    for st in SETTINGS:
        for cl in (True, False):
            assert any(r["setting"] == st and r["clean"] == cl for r in dev), ("setting missing from dev", st, cl)
            assert any(r["setting"] == st and r["clean"] == cl for r in test), ("setting missing from test", st, cl)
    write(os.path.join(here, "dev.jsonl"), dev, "dev")
    write(os.path.join(here, "test.jsonl"), test, "test")
    # read the files back and validate them again, offsets and slices included
    by_text = {r["text"]: r for r in recs}
    for name in ("dev", "test"):
        back = read(os.path.join(here, name + ".jsonl"))
        validate(back)
        for b in back:
            r = by_text[b["text"]]
            assert b["spans"] == r["spans"] and b["clean"] == r["clean"], b["id"]
        check_invented(back)
    src_by_text = {m[0]: m for m in MSGS}
    check_span_texts(dev, [src_by_text[r["text"]] for r in dev])
    check_span_texts(test, [src_by_text[r["text"]] for r in test])

    counts, kinds_lines = counts_tables(dev, test)
    shared_line = ([] if shared is None else
                   ["", f"Capitalised NAME tokens of this set that also occur somewhere in the v10-v12 SOURCE.md files "
                        f"(checked by build.py; no full name and no quoted example string is shared): {len(shared)}: "
                        + ", ".join(shared) + "."])
    body = [SOURCE_HEAD.strip("\n"), "", "## Counts (generated by build.py)", ""] + counts + \
        ["", name_form_line(recs)] + shared_line + setting_media_tables(recs, dev, test) + \
        term_table(recs, old_terms) + kinds_lines + \
        ["", "## First measurement", "", "(to be filled by the project lead before any tuning)"]
    with open(os.path.join(here, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(body) + "\n")

    # stats table on stdout
    print("\n".join(counts))
    print()
    print(name_form_line(recs))
    print("\n".join(shared_line))
    print("\n".join(setting_media_tables(recs, dev, test)))
    uses = term_uses(recs)
    print(f"\nbait inventory: {sum(len(t) for t in TERMS.values())} terms "
          f"({len(TERMS['eponym'])} eponyms), max reuse {max(uses.values())}, "
          f"also in earlier SOURCE.md: {len(old_terms) if old_terms is not None else 'n/a'}")
    print("OK: all checks passed; wrote dev.jsonl, test.jsonl, SOURCE.md")



SOURCE_HEAD = r"""
# Independent PHI chat evaluation set v13 (dev / test)

## How it was written
- Purpose: this set mirrors what a new user tried in an outside look at the detector. About half the
  messages carry identifiers written the way that user wrote them: names whose parts are also English
  words or very common names, in every position and letter case (a name opening the message, all
  lowercase, ALL CAPS, "Last, First", possessives, after "for", in lists, a family called by its surname,
  a name that is also a city, a weekday, a holiday, a rank or an eponym in the same message); identifiers
  hidden by Unicode or spacing (zero-width spaces, zero-width non-joiners and word joiners inside an MRN or
  a phone, right-to-left marks and directional isolates around or inside a phone and an Arabic name,
  full-width and Arabic-Indic digits, full-width letters, a Cyrillic "М" in the "MRN" label, spaced-out
  digits, an MRN, SSN, I-94 or member id split by a space or a non-breaking space); and formats
  (dd-Mon-yyyy dates, ISO dates, dates and ages spoken in dictation, ages over 89 in words, e-mails
  written "x AT example DOT org", driver's licence and passport numbers, photo file names with IMG_, DSC_
  and .heic, short device serials). The other half are clean but tricky: eponyms and eponymous signs,
  place-named diseases and rules, rare-disease words and eponyms at the start of a sentence, drug brands
  that are given names or words, temperatures, pain and score fractions, holidays and holiday-named
  conditions (Christmas disease, holiday heart), ages under 90 and numbers near 90 that are not ages,
  clinical capitals, clock times, rooms, beds, chairs, vaults and bays, and ordinary chat.
- Settings (new for v13): ten settings that the v10-v12 SOURCE.md files do not list as used by the
  earlier sets: an interventional radiology suite; an outpatient oncology infusion center; a radiation
  oncology department; a rheumatology clinic; a medical genetics and genetic counseling clinic; a
  pediatric emergency department; a neurosurgery and spine clinic; the outpatient laboratory and
  phlebotomy draw stations; a refugee and immigrant health clinic; an eating disorders program.
  The brief's own examples were checked against those files and, except one, were left out because the
  files report them (or something very close) as used: burn unit (v11), transplant clinic (v6 / v8
  transplant coordination), outpatient dialysis (v9), NICU follow-up (NICU, v6 / v8), school-based health
  (school nurses, v9), correctional health (v9), occupational health (v8), wound care (v9) and blood bank
  (v9). Interventional radiology is the exception: v11 left it out as close to v7's reading rooms and v9's
  technologists, so no set used it, but the overlap is disclosed here. Other overlaps disclosed: the
  infusion center sits next to v10's home infusion pharmacy (here it is the chemo chairs, pumps and
  premeds); the spine clinic next to v11's interventional pain clinic (here it is surgical: fusions,
  fractures, stimulators); the draw stations next to v9's blood bank (here it is outpatient phlebotomy,
  couriers and specimen labels); the refugee clinic next to v10's travel medicine and v8's interpreter
  services (here it is resettlement intake and screening); the eating disorders program next to v6's
  outpatient psychiatry; the pediatric emergency department next to v12's pediatric ward and v8's
  urgent care and EMS. The v5-v9 SOURCE.md files were not read (the brief allowed only v10-v12), so
  "unused" rests on how v10-v12 describe the earlier sets.
- Writers (senders): IR nurses, techs and radiologists; infusion nurses, oncology pharmacists and the
  chaplain list; radiation therapists, dosimetrists, physicists and the front desk; rheumatologists, the
  infusion suite and the triage line; genetic counselors and geneticists; pediatric ED nurses,
  physicians, social work and security; spine surgeons, PAs and the clinic; phlebotomists, couriers and
  the lab; refugee clinic nurses, caseworkers and interpreters; eating disorder clinicians, meal coaches
  and therapists. Patients, relatives, teachers, caseworkers and outside offices appear through
  voicemails, e-mails and texts.
- Media: typed chat lines and thread replies, lowercase quick typing without punctuation, SMS-style
  texts, ALL CAPS pages and overhead lines, lists (schedules, boards, draw lists), pasted EHR lines
  (ADT, orders, results, registrations, specimen labels, portal and login logs), forwarded e-mails,
  voicemail transcripts (with spoken phone numbers), /ask commands to the bot (all clean) and
  speech-to-text dictation (spoken dates and ages). The setting and medium of each message are kept in
  build.py only (tables below).
- Names come from many cultures: English word-names (Ivy Marsh, Rich Young, Hope, Faith, Joy, Pearl,
  Summer and Winter Hayes, Honor, Justice, Liberty, Lucky, Precious, Major, Sunday, Christmas), very
  common names (Maria Garcia, James Wilson, Jennifer Davis and Jennifer Davies, Li Wei and Wei Li, two
  SMITH, JOHN P... entries), Somali, Kenyan, Rwandan, Burundian, Congolese-style, Ethiopian, Nigerian
  (Yoruba, Igbo), Ghanaian (Akan), Malawian, Zimbabwean, South African, Afghan (Dari and Pashto names),
  Iranian, Arabic (with Arabic script and right-to-left marks), Karen (given names only), Hmong,
  Vietnamese, Korean, Chinese, Japanese, Tibetan, Indian (Punjabi, Gujarati), Ukrainian, Mexican and
  Spanish, Italian, Scandinavian and Polish names.
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the benchmark scripts or any message of
  the earlier sets: nothing under bot/, tests/ or bench/*.py was opened, no *.jsonl file of any set was
  opened, no message line of any earlier build.py was read, and the detector and the project's code were
  not run. Only helpers place the spans (offsets by str.find); no message text was generated from a
  template or a loop. A few messages were added after the first build, one by one like the rest, to give
  URL spans, a second Cyrillic-label MRN and the "for First Last" form (the last lines of some settings).
- What was read: bench/data/phi_chat_v10/SOURCE.md, bench/data/phi_chat_v11/SOURCE.md,
  bench/data/phi_chat_v12/SOURCE.md, and of bench/data/phi_chat_v12/build.py: a grep listing of its
  `def`, constant and section-comment lines (the section comments name v12's settings, as its SOURCE.md
  does), its lines 1-140 (docstring, constants, helpers; no message), lines 629-1062 (checks, split,
  output, table helpers, main()) and its last lines (the end of SOURCE_HEAD and the main guard). No
  message line of any earlier set was seen.
- The helper, check, split and output code is v12's (lines 36-137 and 629-1061 copied and adapted), with
  a new seed (20300118), the v13 settings and media, and these changes: (1) `check_no_reuse` and
  `bait_overlap` read the v10-v12 SOURCE.md files (v12's read v9-v11); (2) new `check_brief_examples`:
  none of the example strings quoted in this set's brief ("Pat Long", "ruby gold", "SUMMER HOLT",
  "Banks, Sterling", "Mrs. Frost", "John Smith", the brief's date, temperature, fractions and e-mail
  pattern) occurs in any message, case-insensitive; (3) new `check_tricks`: each of 34 trick kind tags
  (word-names, common names, ALL CAPS, lowercase, "Last, First", possessive and "for" names, zero-width,
  bidi, full-width and Arabic-Indic digits, Cyrillic MRN label, spaced and split ids, dd-Mon-yyyy dates,
  ages over 89 in words, spelled-out e-mails, driver's licences, photo file names, device serials, and
  on the clean side eponyms, place-named diseases and rules, rare-disease words at sentence start, drug
  brands, temperatures, fractions, holidays, holiday-named conditions, ages under 90, clinical capitals,
  clock times, rooms and word-capitals) is on at least 2 messages (so, with the stratified split, in
  both splits), and a tag that names a Unicode or format trick must really carry it (a zero-width
  character inside a span, a bidi mark in the message, full-width or Arabic-Indic digits inside a span,
  a Cyrillic letter before "RN", spaced digits or a space-split id inside a span, a dd-Mon-yyyy span, an
  " AT ... DOT " span, an AGE span without digits); (4) clean messages also may not contain a dd-Mon-yyyy
  or "21 Aug 2029" date, "AT example" or "DOT org/com/net", or a run of seven or more spaced-out digits;
  (5) spoken digit strings ("six oh eight five five five ...") count as digits for the 555 check; (6)
  every setting must have clean and identifier messages in both splits; (7) thresholds: at least 460
  messages, clean share 45-55%, every category at least 2 spans and in both splits, AGE and MRN at least
  10, every setting at least 20 clean and 20 identifier messages, every medium at least 8 messages, at
  least 150 bait terms of which 70 eponyms, each in 1-4 clean messages, at least half of them new to the
  v10-v12 inventories. Everything else is as in v12: slices equal the written substrings (on the built
  records and on the files read back), no overlaps, known categories, `clean` iff no spans, no
  duplicates, no span edge on a space or an invisible character (zero-width, bidi, soft hyphen), no span
  glued to a letter or digit, 1-4 kind tags, unique 28-character openings, forbidden strings and shapes
  in clean messages (`@`, `http`, `www.`, `example.`, `555`, `MRN` and its Cyrillic-М form, `DOB`, `SSN`,
  titles, photo and audio extensions, m/d/y, ISO and dotted dates, "Mar 3"-style dates, SSN and phone
  shapes, ten digits in a row), PHONE / FAX with 555, EMAIL / URL with "example", documentation IPs, SSNs
  starting with 9, no NAME word in a clean message unless inside a registered bait term, NAME / DATE /
  LOCATION / PHONE each at least as frequent as any other category, every kind tag used twice or more in
  both splits, slash commands start with "/", lowercase lines have no capital, caps lines no lower-case
  letter.
- All identifiers are invented: 555 phone and fax numbers (also spoken, spaced, full-width, Arabic-Indic
  and with invisible characters), example.org / example.com / example.net e-mails and URLs, documentation
  IPs (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), SSNs starting 912 / 913 and a last four, made-up
  MRNs, member and Medicaid ids, accounts, driver's licences, a passport, plates, device serials, an
  I-94 number, an ORR case, a CPS case, a guardianship case, a workers' comp claim, study, biobank and
  donor ids, a visitor badge, a face-match id, a palm-vein template and a voice recording. Towns and
  cities are real and used at random (mostly Wisconsin; also Rockford, Vancouver, and the Kakuma camp in
  Kenya); streets, apartments and facilities are invented or generic, and a few real Madison street
  names (Atwood Ave, Monona Dr, Packers Ave, Allied Dr, Park St) are used as invented whereabouts with
  invented house numbers. No real patients; any resemblance to a real person or record is accidental.
- Split: fixed seed 20300118, 2:1 dev / test, stratified exactly as v12 does (clean / not clean,
  setting, setting x clean, kind tags and span categories; shuffled with the seed, ordered by the rarity
  of the rarest feature, each message to the split whose 1/3 : 2/3 quota is least filled). Running
  `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file and prints the stats.
- Record format (same as v3-v12): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets (a zero-width or bidi character, a full-width
  or Arabic-Indic digit is one code point).

## Annotation conventions
The conventions of v12 (bench/data/phi_chat_v12/SOURCE.md, which restates v11's and, through them,
v10's back to v5's) apply unchanged: NAME for any person (patient, relative, guardian, clinician, staff,
interpreter, caseworker, teacher, caller), titles (Mr., Mrs., Ms., Miss, Dr., "Mister", "Missus" and
"Doctor" in dictation, Nurse, Pastor), kinship words, "Baby" / "Baby Boy" and possessive 's outside;
eponyms, brands, programmes and scales never names; "LAST, FIRST M" one span; DATE for any date element
more specific than a year; AGE only over 89, number expression only; LOCATION for street addresses,
streets, cities, ZIP codes and named places tied to a patient; e-mails, URLs and photo file names one
span each; masked SSNs keep only the visible digits; rooms, beds, chairs, vaults, bays and stations are
not annotated. Category names (exactly v12's): NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN,
HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v13 (each follows from the earlier files):
- Word-names: a name is NAME whatever its words mean and whatever its case ("will price", "ginger snow",
  "SUNDAY, CHRISTIAN", "Hope", "Joy", "Honor", "Major Coleman"); the same word used as a word in the same
  message is not ("Summer intern", "Madison the city", "Christmas" in "Christmas disease" in a clean
  message). A family called by its surname ("the Vang family", "the Kings", "the Springers", "the Angel
  family", "the Sadiq family head") gives a NAME span for the surname. A suffix written with the name
  ("Frank Justice Jr.", "Justice III") is inside the span. A mistyped name and its correction are two
  NAME spans, and so are two patients with near-identical names.
- Unicode and spacing: an identifier with zero-width characters, a word joiner, non-breaking spaces,
  bidi marks inside, spaced-out digits, a space in the middle, full-width or Arabic-Indic digits, or
  full-width letters (a name on a kiosk label) is one span as typed; invisible characters and bidi
  isolates around it stay outside. The Cyrillic "М" in "МRN" is part of the label and outside; the MRN
  digits are the span.
- Formats: "03-Feb-1947", "21 Aug 2029", "1972-03-19", full-width "07-24-1946", spoken dates ("June
  third nineteen fifty one", "the twentieth of August two thousand eight") and ordinals ("on the 9th")
  are DATE; "ninety-three", "a hundred and one", "ninety four" (dictation), "ninety" said of a patient
  are AGE, while "ninety four percent" saturation, "age 19", "31 years old", "89" and "88" are not AGE. A
  phone spoken digit by digit ("four one four five five five ...") is one PHONE span. An e-mail written
  "x AT example DOT com" is one EMAIL span. A partial or mistyped id next to the corrected one is
  annotated too (two HEALTH_PLAN or two VEHICLE spans).
- Files and devices: clinical photos of a patient (IMG_, DSC_, .heic, a selfie, a vaccination card that
  shows the face) are PHOTO, also when the file name embeds the surname; a research voice recording is
  BIOMETRIC; serials of devices implanted in or dispensed to a patient (port, pump, stimulator,
  brachytherapy applicator used on the case, glucometer, CGM reader, heart-monitor patch) are DEVICE.
- Other numbers: an I-94 number, ORR, CPS and guardianship case numbers, a workers' comp claim, a
  paternity chain-of-custody case, study, biobank and donor-registry ids and a visitor badge are ID; a
  passport number is LICENSE (v10); a visitor face-match id and a palm-vein template are BIOMETRIC (v11);
  a charity-care or family account is ACCOUNT; a Medicaid or commercial member id HEALTH_PLAN; login user
  names that spell a person (jsmithers, mgrace.reyes) are NAME (v10); a crowdfunding page and a patient's
  blog are URL.
- Places: a refugee camp a patient came from (Kakuma), a daycare, a school, an assisted living, an
  apartment complex, a referring hospital and a birth center are LOCATION when tied to the patient;
  "the US", states and countries are not.

## Slips and limits disclosed
- Early drafts held strings that the checks or a re-read caught before the final build: the digit group
  4471 (reported as a reused example digit group in v10's SOURCE.md) inside a member id and an MRN, and
  "2093" (v12's gate code example) in an MRN; "one hundred and one" was written as "a hundred and one"
  to stay clear of v11's "one hundred"; a clean line with "January 1" (a date shape) was reworded; the
  family "the Frosts" (too close to the brief's "Mrs. Frost's son") became "the Springers"; the surname
  part "Whitfield" (a name in the v11 SOURCE.md) was replaced; real facility names (a Madison hospital, a
  Sauk Prairie hospital, a Madison elementary school, a Janesville hospital, a Reedsburg hospital) were
  replaced with invented ones; a courier van's plate (a lab vehicle, not a person's) was removed rather
  than left ambiguous. The single capitalised name tokens shared with the v10-v12 files are listed after
  the counts; most are word-names and common names (the point of this set); a few (Oduya, Ngata,
  Lindqvist, Marisol, Temperance) are names the earlier files mention and probably came back from
  reading them. No full name and no quoted example string is shared (checked).
- A helper slip during setup: a copy of v12's check code in the scratch folder was overwritten by a
  mistyped command and copied again from the same lines of v12's build.py; nothing in the repository was
  affected.
- Listing bench/data/ to find the allowed files showed the names of other folders there (drafting
  folders, phi_chat.jsonl, the v2-v12 folders); none was opened beyond the allowed files. `git status
  --short` at the start listed only an untracked bench/data/drafting_v9/; at the end it also listed
  modified files under bot/phi/ (detector.py, patterns.py and two data lists) and an untracked
  tests/phi/test_context_round9.py. This session did not create, open, read or change any of them (the
  names were seen only in the status listing), and no file of this set was written after seeing them
  except this paragraph.
- The messages were drafted as per-setting text files in a scratch folder (/tmp) and joined into this
  build.py, which was then run in place; only the four files of this folder were written in the
  repository, and nothing was committed.
- Some names recur on purpose as look-alikes (Madison as a patient and as a city; Marfan as a surname and
  a syndrome; Chance, Bell, Gray, Grace, Heather, Christmas and Williams as names in identifier messages
  and as words, eponyms or brands in clean ones). Some invented names recur for different people by
  chance (Autumn, Joy, Pearl, Faith, Hope, Bishop, Sultani); annotations are the same each time.
- Realism limits: the Unicode and spacing tricks are far more frequent than in real chat (the set is an
  adversarial probe); every ALL CAPS page but one and every bot command is clean; every list, EHR line,
  e-mail and voicemail carries identifiers; the rarer categories (FAX, SSN, ACCOUNT, URL, BIOMETRIC) have
  only 2-3 spans each, enough to reach both splits but too few for per-category figures; non-Latin-script
  names are few (one Arabic name, one full-width Latin name; a Vietnamese name with Latin Extended
  letters is counted as "Latin" by the name-form line).
- Real people and things in clean messages: Louis Harold Gray, Mendel and Ancel Keys (cited for their
  work), the Minnesota Starvation Experiment, FAST-Forward and NASCIS (published studies), guideline
  bodies (SIR, RTOG, EULAR/ACR, ACMG, CDC) and brands are real. Eponyms name real historical people.
"""

if __name__ == "__main__":
    main()
