#!/usr/bin/env python3
"""Build the independent PHI evaluation set v9 (dev/test JSONL + SOURCE.md).

Settings: the chat of care settings that the earlier sets (v5-v8, as their SOURCE.md files describe
them) did not cover, or covered only from another angle: the ICU and step-down unit; the pre-op clinic,
OR front desk and PACU; the cath lab and EP lab; the clinical lab, specimen processing and blood bank;
radiology technologists and MRI safety; the outpatient dialysis unit floor; the wound clinic, hyperbaric
medicine and ostomy nursing; inpatient rehab therapists (PT / OT / speech); school nurses and college
student health; correctional health; public-health contact tracing and the immunization registry;
clinical-trial coordinators and the investigational pharmacy; the HIM release-of-information desk and
coding queries; the EHR help desk; chaplaincy, spiritual care and clinical nutrition.

Media: typed chat lines, lowercase typing without punctuation, SMS-style texts, ALL CAPS pages and
alerts, lists (census, OR board, dialysis chair list, lab call list, therapy schedule, sick-call list,
contact list, screening log), pasted EHR snippets and logs, forwarded e-mails and voicemail transcripts.
About half the messages are clean (no identifier at all) but full of look-alikes; the other half carry
identifiers of all 19 categories.

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the evaluation or benchmark scripts or the messages of the earlier sets.
Only v6's, v7's and v8's SOURCE.md and the helper / check / split / output code of v8's build.py (its
lines 1-141 and 822-1259) were read; that structure is reused here with a new seed and v9-specific checks.
All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone numbers, example.org /
example.com / example.net domains, documentation IP ranges, SSNs starting 9xx, made-up MRNs, member
ids, plates, VINs, serials, licence numbers).

Offsets are computed with str.find on the exact identifier substring, scanning left to right, so the
spans of a message are listed in order of appearance.  A span may be given as (substring, category, n)
to take the n-th occurrence after the previous span (used when an eponym or ordinary word with the same
spelling comes first).

Kept in build.py only (not written to the records): the setting of each message (first argument of
P / C), the medium it came from (second argument) and the inventory of capitalised bait terms used in
the clean messages (keyword arguments of C).

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, re, collections, unicodedata

CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20271206
MSGS = []
SETTINGS = collections.OrderedDict([
    ("ICU", "ICU and step-down unit"),
    ("PERIOP", "pre-op clinic, OR front desk and PACU"),
    ("CATH", "cath lab and EP lab"),
    ("LAB", "clinical lab, specimen processing and blood bank"),
    ("RAD", "radiology technologists and MRI safety"),
    ("DIAL", "outpatient dialysis unit floor"),
    ("WOUND", "wound clinic, hyperbaric medicine and ostomy nursing"),
    ("REHAB", "inpatient rehab therapists (PT / OT / speech)"),
    ("SCHOOL", "school nurses and college student health"),
    ("CORR", "correctional health (jail and prison)"),
    ("PUBH", "public-health contact tracing and immunization registry"),
    ("TRIAL", "clinical-trial coordinators and investigational pharmacy"),
    ("HIM", "HIM release-of-information desk and coding queries"),
    ("HELP", "EHR help desk"),
    ("CHAP", "chaplaincy, spiritual care and clinical nutrition"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line or thread reply"),
    ("lower", "lowercase typing without punctuation"),
    ("sms", "SMS-style text (sent or relayed)"),
    ("pager", "ALL CAPS page / overhead / alert text"),
    ("list", "list: census, OR board, chair, call, schedule, sick-call, contact or screening list"),
    ("ehr", "pasted EHR snippet, registration, log, order, device or ticket line"),
    ("email", "forwarded or pasted e-mail"),
    ("voicemail", "voicemail transcript"),
])
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: signs, tests, scores, classifications, manoeuvres, diseases, devices, stains"),
    ("place", "place names in diseases, rules, scales, formulas, tests and principles"),
    ("brand", "drug, device, product and software brands (many are given names or words)"),
    ("organism", "organisms"),
    ("score", "named scores, scales, criteria, tools and diets that are not eponyms"),
    ("org", "organisations, agencies, programmes, laws and registries"),
    ("trial", "trials and textbooks"),
    ("word", "capitalised ordinary words that are surnames or given names elsewhere"),
])
BAIT_KEYS = {"ep": "eponym", "pl": "place", "br": "brand", "orgm": "organism", "sc": "score",
             "org": "org", "tr": "trial", "word": "word"}
TERMS = collections.OrderedDict((k, []) for k in TERM_KINDS)
MAX_REUSE = 4

# category shorthands used in the span lists
N, D, A, PH, FX, EM, SS, MR, HP, AC, LI, VE, DV, UR, IPA, BI, PI, LO, ID_ = CATS

# invisible / special characters used in the Unicode variants
ZW, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
LRM, RLM, NBSP, NBHY = "\u200e", "\u200f", "\u00a0", "\u2011"

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
# ---------------------------------------------------------------- ICU and step-down unit
C("ICU", "chat", "Bed 7 is on 0.3 of norepi and 0.04 of vaso, MAP 61, lactate 4.8 down from 6.1. Adding Giapreza or going to stress-dose hydrocortisone first?", "dose-lab drug-brand-name room-bed-number", br="Giapreza")
C("ICU", "chat", "RASS -2 and CAM-ICU negative this morning, so we try the SAT at 0900 and the SBT right after if she stays calm.", "score clock-time", sc="RASS|CAM-ICU")
C("ICU", "lower", "anyone know if the swan in 12 needs to be wedged every shift or just when the fellow asks", "lowercase room-bed-number quick-question")
C("ICU", "chat", "Murphy eye on the new ETT is clear on the film, tip 3.2 cm above the carina, cuff pressure 24.", "eponym-bare dose-lab", ep="Murphy")
C("ICU", "pager", "RAPID RESPONSE 4 WEST STEPDOWN RM 418 - SBP 78 HR 134 - RT AND ICU FELLOW TO BEDSIDE", "allcaps room-bed-number vitals")
C("ICU", "chat", "Berlin criteria met: P/F 142 on PEEP 10, bilateral opacities, not cardiac. Proning 16 hours a day like PROSEVA.", "place-rule score-fraction trial-name", pl="Berlin", tr="PROSEVA")
C("ICU", "chat", "Richmond scale aside, he pulls at the OG tube every time the lights go down. Precedex at 0.7 and mitts back on.", "place-rule drug-brand-name dose-lab", pl="Richmond", br="Precedex")
C("ICU", "list", "Step-down board 0700\n1) COPD on BiPAP 12/5, weaning\n2) GI bleed s/p EGD, Hgb 7.9 -> 8.4\n3) DKA, gap closed, AG 14\n4) post-TAVR day 1, pacer wires out\n5) open", "list-census dose-lab score-fraction", br="BiPAP")
C("ICU", "chat", "Cushing triad in 9: HR 48, BP 188/96, irregular breathing. Neurosurg paged, 23.4% saline going in now.", "eponym vitals score-fraction", ep="Cushing")
C("ICU", "chat", "Kussmaul breathing is better, pH 7.21 from 7.04. Glucose under 250 so dextrose joins the insulin drip.", "eponym-bare dose-lab", ep="Kussmaul")
C("ICU", "chat", "Quick one: is Nimbex compatible with propofol in the same line or do we need another lumen?", "drug-brand-name quick-question", br="Nimbex")
C("ICU", "chat", "Levine sign and diaphoresis in the step-down chest pain, trop 0.02 -> 0.31. Cath lab notified, heparin bolus 60 units/kg.", "eponym dose-lab", ep="Levine")
C("ICU", "lower", "line day count is 14 for the ij and 9 for the art line do we pull or keep", "lowercase not-a-date")
C("ICU", "chat", "Family meeting at 1500 with the son and both daughters. Palliative will join; goals are comfort if no neuro improvement by Friday.", "relative-not-named clock-time weekday")
C("ICU", "chat", "Hope the ECMO circuit holds till the perfusionist gets here, the oxygenator has a clot at the inlet. Hemolysis labs sent.", "common-word-not-name dose-lab", word="Hope")
C("ICU", "chat", "Sepsis bundle timer hit 3 hours on bed 2. Repeat lactate drawn, 30 mL/kg done, Zosyn and vanc hung at 1340.", "drug-brand-name room-bed-number clock-time", br="Zosyn")
C("ICU", "ehr", "Vent settings 0400: AC/VC  RR 18  Vt 420  PEEP 12  FiO2 0.60  Pplat 29  driving pressure 17  auto-PEEP 0", "dose-lab clock-time")
C("ICU", "chat", "Apache IV and SOFA are in the note if the fellow wants them for M&M. SOFA went from 9 to 13 over 48 hours.", "score", sc="Apache|SOFA")
C("ICU", "chat", "Grey Turner and Cullen signs on the pancreatitis in 16, BISAP 4. Surgery wants a CT with contrast once the AKI settles.", "eponym score room-bed-number", ep="Grey Turner|Cullen", sc="BISAP")
C("ICU", "sms", "art line dampened again, flushed and re-zeroed, waveform ok now. Allen test was fine on that side fwiw", "eponym-bare lowercase", ep="Allen")
C("ICU", "chat", "Sterling work by nights on the proning turn: 6 people, zero tube events, every line intact.", "common-word-not-name admin-chatter", word="Sterling")
C("ICU", "chat", "Lund and Browder chart for the burn transfer says 22% TBSA; Parkland gives about 7 liters in the first 24 hours at 80 kg.", "eponym-bare place-rule dose-lab", ep="Lund and Browder", pl="Parkland")
C("ICU", "chat", "Heparin held. Vancomycin trough pending. Foley out at midnight. Lasix 40 given. Tube feeds at goal. Ativan only as needed.", "caps-sentence-start drug-brand-name dose-lab", ep="Foley", br="Lasix|Ativan")

P("ICU", "list", "MICU census 0645\n1 HALVERSON, ROY T - septic shock, pressors weaning\n2 Okafor, Blessing - DKA, gap closed\n3 ROSE, DANIEL - EtOH withdrawal, phenobarb load\n4 empty\n5 Wood, Martha J - ARDS, proned",
  [("HALVERSON, ROY T", N), ("Okafor, Blessing", N), ("ROSE, DANIEL", N), ("Wood, Martha J", N)], "list-census name-last-first name-allcaps name-common-word")
P("ICU", "chat", "Mr. Levine in 6 has a Levine sign with every episode, fist on the sternum. Trop pending, son Aaron driving down from Stevens Point.",
  [("Levine", N), ("Aaron", N), ("Stevens Point", LO)], "name-eponym-surname name-relative city")
P("ICU", "chat", "Daughter Fern (608-555-0143) is the decision maker for bed 11, not the son. Please fix the sticky note on the door.",
  [("Fern", N), ("608-555-0143", PH)], "name-relative name-common-word phone")
P("ICU", "ehr", "ADT 2331 transfer in from Marathon Valley Hospital ED | TRUONG, MINH KHOA | MRN 40028815 | DOB 03/11/1948 | attending Kessler",
  [("Marathon Valley Hospital", LO), ("TRUONG, MINH KHOA", N), ("40028815", MR), ("03/11/1948", D), ("Kessler", N)], "facility name-non-english mrn dob")
P("ICU", "chat", "94yo in step-down 3 with new AF with RVR, family says no escalation past BiPAP. Cardizem drip at 10.",
  [("94", A)], "age-over-89-digits drug-brand-name")
P("ICU", "lower", "pt in 14 is grace whitaker not grace whitman the armband and the whiteboard dont match fixing now",
  [("grace whitaker", N), ("grace whitman", N)], "name-lowercase name-common-word lowercase")
P("ICU", "pager", "CODE BLUE SICU BED 5 - PT FROST, HAROLD - PRIMARY RN MAYA OYELARAN AT BEDSIDE",
  [("FROST, HAROLD", N), ("MAYA OYELARAN", N)], "allcaps name-allcaps name-staff")
P("ICU", "email", "Fwd: ICU visitor exception\nFrom: katrina.bloom@example.org\nThe patient's wife, Ingrid Solberg, is flying in from Bergen and lands Thursday night. Please allow after-hours visiting for bed 8 (Mr. Solberg, MRN 51190246).",
  [("katrina.bloom@example.org", EM), ("Ingrid Solberg", N), ("Bergen", LO), ("Solberg", N), ("51190246", MR)], "email name-relative foreign-town mrn")
P("ICU", "voicemail", "Voicemail 0512: hi this is Dolores, Ray Kowalczyk's sister, my number is 715 555 0188, he's in your intensive care and I want to know if they did the trach yet, call me back please",
  [("Dolores", N), ("Ray Kowalczyk", N), ("715 555 0188", PH)], "voicemail name-relative phone name-possessive")
P("ICU", "chat", "Step-down 22: Banks, Sterling - 91 M, CHF, diuresing, net -2.1 L. Goes by 'Sonny' and gets confused at night.",
  [("Banks, Sterling", N), ("91", A), ("Sonny", N)], "name-last-first name-common-word age-over-89-digits name-nickname")
P("ICU", "ehr", "Device check: Medtronic CRT-D, serial PZR604118H, shocks since last check 0. Pt: Adeyemi, Folasade  DOB 1953-07-22",
  [("PZR604118H", DV), ("Adeyemi, Folasade", N), ("1953-07-22", D)], "device-serial name-non-english date-iso")
P("ICU", "sms", "text from the wife: 'hes allergic to contrast, had a reaction at Ansgar Memorial in Decorah back in 2019' - flagging for the CT",
  [("Ansgar Memorial", LO), ("Decorah", LO)], "facility city year-only relative-not-named")
P("ICU", "chat", "Pending transfers tonight: 1) from Rice Lake, 67F with ICH, 2) from Ladysmith, ninety-two-year-old with a GI bleed, 3) from Tomahawk, DKA.",
  [("Rice Lake", LO), ("Ladysmith", LO), ("ninety-two", A), ("Tomahawk", LO)], "city age-over-89-words list-second-item")
P("ICU", "chat", "Can someone call Pastor Eli Brandvold at 715-555-0119? Mrs. Kettleson in 10 is asking for him before extubation.",
  [("Eli Brandvold", N), ("715-555-0119", PH), ("Kettleson", N)], "name-plain phone")
P("ICU", "chat", "Pasted from the referral, full-width and all: callback " + FW("608-555-0177") + ", ask for the charge RN, Tovah.",
  [(FW("608-555-0177"), PH), ("Tovah", N)], "fullwidth-digits phone name-staff")
P("ICU", "chat", "Wrong chart: I charted the 1800 vitals on 3301" + ZW + "7742 but the patient in 4 is 33017724. Who can help me move them?",
  [("3301" + ZW + "7742", MR), ("33017724", MR)], "zero-width mrn list-second-item")
P("ICU", "chat", "Brain death exam #1 done at 0410 on 11/19, apnea test after the second exam. OPO coordinator Luciana Ferraz-Ward is on site.",
  [("11/19", D), ("Luciana Ferraz-Ward", N)], "date-numeric name-hyphenated name-staff")
P("ICU", "chat", "Ms. Rose in 19 wants the rose from her own garden on the windowsill - is infection control ok with one cut flower in step-down?",
  [("Rose", N)], "name-common-word name-collision")
P("ICU", "ehr", "Discharge address for home O2 vendor: 4417 N RIVERVIEW RD, MERRILL 54452 (pt confirmed, lives alone)",
  [("4417 N RIVERVIEW RD", LO), ("MERRILL", LO), ("54452", LO)], "address city zip allcaps")
P("ICU", "chat", "Dr. Banerjee-Holt wants the 101-year-old in 3 kept off restraints no matter what.",
  [("Banerjee-Holt", N), ("101", A)], "name-clinician name-hyphenated age-over-89-digits")
P("ICU", "chat", "Gen Kobayashi's daughter faxed the POLST to 608-555-0192 this morning, can someone confirm it came through?",
  [("Gen Kobayashi", N), ("608-555-0192", FX)], "name-non-english fax name-possessive")

# ---------------------------------------------------------------- pre-op clinic, OR front desk and PACU
C("PERIOP", "chat", "Pre-op question: does Mallampati IV with a thyromental distance under 6 cm get the video scope automatically, or is that anesthesia's call in the room?", "eponym-bare quick-question", ep="Mallampati")
C("PERIOP", "chat", "Steward score 6 in the peds PACU bay, awake and crying, parents can come back now.", "eponym-bare score", ep="Steward")
C("PERIOP", "lower", "or 4 is running 90 min behind the whipple is still going so case 2 will be late tell the family desk", "lowercase clock-time")
C("PERIOP", "chat", "Apfel 4, so she gets dex, ondansetron and a scopolamine patch behind the ear in pre-op.", "eponym-bare score dose-lab", ep="Apfel")
C("PERIOP", "chat", "Steep Trendelenburg for the robotic prostate, arms tucked, foam on the face. Anyone know where the Pink Pad kits went?", "eponym-bare device-brand", ep="Trendelenburg", br="Pink Pad")
C("PERIOP", "chat", "STOP-BANG 6 and no sleep study on file. Proceed with the hernia or refer first?", "score quick-question", sc="STOP-BANG")
C("PERIOP", "chat", "Bridion dosing cheat sheet: 2 mg/kg at TOF 2 of 4, 4 mg/kg at a post-tetanic count of 1-2, 16 mg/kg for immediate reversal.", "drug-brand-name dose-lab", br="Bridion")
C("PERIOP", "chat", "Blood warmer in OR 7 alarming occlusion with nothing kinked. Biomed on the way, switched to the spare Ranger.", "device-brand room-bed-number", br="Ranger")
C("PERIOP", "chat", "NPO reminder for the pre-op callers: clears until 2 hours before, light meal until 6 hours, Ensure Pre-Surgery ok until the clear cutoff.", "drug-brand-name admin-chatter", br="Ensure")
C("PERIOP", "pager", "MALIGNANT HYPERTHERMIA OR 12 - BRING MH CART AND DANTROLENE NOW - ETCO2 78 - TEMP 39.4", "allcaps vitals temperature")
C("PERIOP", "chat", "Caprini 7 after the colectomy, so Lovenox 40 daily for 28 days per the protocol.", "eponym-bare drug-brand-name dose-lab", ep="Caprini", br="Lovenox")
C("PERIOP", "chat", "Lee index 2 and better than 4 METs - no stress test needed before the hip.", "eponym-bare score", ep="Lee")
C("PERIOP", "chat", "PACU is holding 3 ICU overflow patients. Phase I nurses at 1:2, charge says no direct admits till 1900.", "ratio clock-time staff-role")
C("PERIOP", "chat", "Hold Eliquis 48 hours for the lap chole, no bridging. Plavix stays for the stent patients unless cardiology says otherwise.", "drug-brand-name", br="Eliquis|Plavix")
C("PERIOP", "chat", "Pfannenstiel closed with 4-0 Monocryl, Dermabond on top, catheter out in PACU per the surgeon.", "eponym-bare device-brand", ep="Pfannenstiel", br="Monocryl|Dermabond")
C("PERIOP", "chat", "Chlorhexidine wipes the night before and the morning of surgery; the Spanish handout is on the shared drive under Pre-Admission.", "admin-chatter")
C("PERIOP", "chat", "Kirschner wire count is off by one in OR 9, x-ray ordered before closure.", "eponym-bare room-bed-number", ep="Kirschner")
C("PERIOP", "chat", "Jackson table is in OR 3 for the posterior fusion, Mayfield pins in, neuromonitoring set up.", "eponym-bare device-brand", ep="Jackson|Mayfield")
C("PERIOP", "chat", "Grace period for 0730 starts is 10 minutes, then the room goes to the next ready case.", "common-word-not-name clock-time", word="Grace")
C("PERIOP", "chat", "Gelfoam, Surgicel and Floseal on the back table for the liver resection, plus the Pringle clamp.", "device-brand eponym-bare", br="Gelfoam|Surgicel|Floseal", ep="Pringle")
C("PERIOP", "chat", "Can the bot explain ASA III versus ASA IV in plain words for the new pre-op nurses?", "score quick-question", sc="ASA")
C("PERIOP", "list", "PACU phase II discharge checklist\n- Aldrete 9 or better\n- pain 4/10 or less\n- voided or bladder scan under 400\n- ride confirmed, adult stays 24h", "list-census score-fraction eponym-bare", ep="Aldrete")

P("PERIOP", "list", "OR BOARD Tue\nOR1 0730 Whipple - Whipple, Carol A (Dr. Nakashima)\nOR2 0745 lap chole - PRICE, TERRENCE\nOR3 0800 L TKA - Gutiérrez-Salas, Inés\nOR4 0815 cysto/stent - Hale, Morris",
  [("Whipple, Carol A", N), ("Nakashima", N), ("PRICE, TERRENCE", N), ("Gutiérrez-Salas, Inés", N), ("Hale, Morris", N)], "list-or-board name-eponym-surname name-last-first name-non-english")
P("PERIOP", "chat", "Pre-admission call: reached her husband Wendell at 920-555-0163, she is 93 and on Coumadin, last dose Thursday. Surgery 12/03.",
  [("Wendell", N), ("920-555-0163", PH), ("93", A), ("12/03", D)], "name-relative phone age-over-89-digits date-numeric")
P("PERIOP", "chat", "PACU bay 4's ride is the neighbor, Joy Lindqvist, silver Subaru, plate ARK-4471, waiting in the pickup lane.",
  [("Joy Lindqvist", N), ("ARK-4471", VE)], "name-common-word vehicle")
P("PERIOP", "chat", "She asked us to call her son in Mumbai once she's out, +91 22 5550 1934, he is ten and a half hours ahead.",
  [("Mumbai", LO), ("+91 22 5550 1934", PH)], "foreign-town phone relative-not-named")
P("PERIOP", "lower", "pre op pt wants her post op instructions mailed to 27 elm st apt 3 in viroqua not the old address on file",
  [("27 elm st apt 3", LO), ("viroqua", LO)], "lowercase address city")
P("PERIOP", "email", "From: surgery.scheduling@example.com\nSubject: Reschedule - MRN 20771934\nHi team, Mr. Obuya's hernia repair moves from 01/14/2028 to 01/21/2028 because of the cardiology clearance.\n-- Priya",
  [("surgery.scheduling@example.com", EM), ("20771934", MR), ("Obuya", N), ("01/14/2028", D), ("01/21/2028", D), ("Priya", N)], "email mrn date-numeric name-staff")
P("PERIOP", "pager", "PACU BAY 9 - PT GUNDERSEN - AGE 96 - DESAT 84% ON 4L - ANESTHESIA TO BEDSIDE",
  [("GUNDERSEN", N), ("96", A)], "allcaps name-allcaps age-over-89-digits")
P("PERIOP", "ehr", "Implant log OR 6: femoral component lot 66120 (lot, not serial), patellar component serial ZK-88312-07, pt Strand, Olav",
  [("ZK-88312-07", DV), ("Strand, Olav", N)], "device-serial lot-number name-last-first")
P("PERIOP", "chat", "Consent signed by the POA, Atty. Marguerite DuBois-Lane; the fax copy came from 414-555-0130.",
  [("Marguerite DuBois-Lane", N), ("414-555-0130", FX)], "name-hyphenated fax")
P("PERIOP", "chat", "Pre-op nurse Kwame Asante-Boateng called out, can someone cover Tuesday's 0600 arrivals?",
  [("Kwame Asante-Boateng", N)], "name-staff name-hyphenated weekday")
P("PERIOP", "chat", "Add-on appy tonight, the pasted board shows " + FW("MRN 22045518") + ", surgeon wants it after the trauma.",
  [(FW("22045518"), MR)], "fullwidth-digits mrn")
P("PERIOP", "chat", "Foley, Grant in pre-op 5, BMI 52. Note to PACU: the catheter order got attached to the wrong name field last time, please double check.",
  [("Foley, Grant", N)], "name-eponym-surname name-common-word name-last-first")
P("PERIOP", "chat", "Anesthesia attending tonight is Dr. Yusupova (cell 312-555-0171); Dr. Hartigan swapped with her for 11/28.",
  [("Yusupova", N), ("312-555-0171", PH), ("Hartigan", N), ("11/28", D)], "name-clinician phone date-numeric")
P("PERIOP", "chat", "husband's number is 6 0 8 5 5 5 0 1 2 6 per the intake sheet, call him when she reaches PACU",
  [("6 0 8 5 5 5 0 1 2 6", PH)], "spaced-digits phone relative-not-named")
P("PERIOP", "chat", "Blood refused, Jehovah's Witness; the liaison is Brother Amos Tiegs, 715-555-0134. Cell saver set up.",
  [("Amos Tiegs", N), ("715-555-0134", PH)], "name-plain phone")
P("PERIOP", "chat", "PACU discharge: Mr. Quintero lives alone at 1180 Lakeshore Dr Unit 7B, Ashland - taxi voucher won't cover 80 miles, can social work help?",
  [("Quintero", N), ("1180 Lakeshore Dr Unit 7B", LO), ("Ashland", LO)], "address city name-plain")
P("PERIOP", "chat", "Case cancelled, she ate breakfast. Vasquez-Ortiz, Leticia rebooked for 12/09, first case.",
  [("Vasquez-Ortiz, Leticia", N), ("12/09", D)], "name-last-first name-hyphenated date-numeric")
P("PERIOP", "voicemail", "Voicemail 0640: this is Henrietta Paulsen, I'm scheduled for my cataract tomorrow and my ride fell through, my number is 262-555-0114, I'm ninety-one, can the van pick me up?",
  [("Henrietta Paulsen", N), ("262-555-0114", PH), ("ninety-one", A)], "voicemail phone age-over-89-words")
P("PERIOP", "ehr", "Case request | Pt THORNBURY, EDITH | MRN 77450193 | FIN 6600218844 | Proc ORIF R hip | Surgeon Osei | Anes GA",
  [("THORNBURY, EDITH", N), ("77450193", MR), ("6600218844", AC), ("Osei", N)], "name-allcaps mrn account")
P("PERIOP", "chat", "Pre-auth for Mr. Lindahl's spine case: member ID XKH884120391, auth PA-77-55810, valid through 12/31.",
  [("Lindahl", N), ("XKH884120391", HP), ("PA-77-55810", ID_), ("12/31", D)], "health-plan other-id name-possessive")
P("PERIOP", "sms", "pt texted: 'omw running 10 min late its Marisol in the red Civic' - plate 8KJD229 per security",
  [("Marisol", N), ("8KJD229", VE)], "name-given-only vehicle")

# ---------------------------------------------------------------- cath lab and EP lab
C("CATH", "chat", "TIMI 3 flow restored in the LAD after one 3.0 x 28 DES, door-to-balloon 62 minutes.", "score dose-lab", sc="TIMI")
C("CATH", "chat", "Barbeau type C on the right hand, so we're going femoral today.", "eponym-bare", ep="Barbeau")
C("CATH", "chat", "Swan numbers: RA 14, PA 52/24, wedge 26, CI 1.8. Looks cardiogenic, Impella CP going in.", "eponym-bare device-brand score-fraction", ep="Swan", br="Impella")
C("CATH", "chat", "Brugada pattern type 1 after the procainamide challenge, EP wants to talk ICD.", "eponym-bare", ep="Brugada")
C("CATH", "chat", "Wolff-Parkinson-White on the pre-procedure ECG; pathway mapped to the left lateral wall, ablated with three lesions.", "eponym", ep="Wolff-Parkinson-White")
C("CATH", "chat", "Medina 1,1,1 bifurcation at the LAD/D1, going two-stent with a DK crush.", "eponym-bare score", ep="Medina")
C("CATH", "lower", "need a 6 fr jr4 and an ebu 3.5 in room 2 please and more contrast", "lowercase room-bed-number")
C("CATH", "chat", "Syntax score 34, so the heart team wants CABG over PCI; the surgeon sees him this afternoon.", "score", sc="Syntax")
C("CATH", "chat", "Judkins Left 4 wouldn't seat, switched to an Amplatz Left 1 and got right in.", "eponym-bare device-brand", ep="Judkins|Amplatz")
C("CATH", "pager", "STEMI ALERT - ETA 12 MIN - INFERIOR ST ELEVATION - ASPIRIN 324 GIVEN BY EMS - CATH TEAM TO LAB", "allcaps dose-lab")
C("CATH", "chat", "CHA2DS2-VASc 4, HAS-BLED 2: Watchman candidate if she can't stay on anticoagulation.", "score device-brand", sc="CHA2DS2-VASc|HAS-BLED", br="Watchman")
C("CATH", "chat", "Mobitz II in the 40s on the monitor after the TAVR, temp wire stays in overnight.", "eponym-bare vitals", ep="Mobitz")
C("CATH", "chat", "Bezold-Jarisch during the RCA injection: HR 38, BP in the 70s, atropine 0.5 and it came right back.", "eponym-bare vitals dose-lab", ep="Bezold-Jarisch")
C("CATH", "chat", "Kounis on the differential? Rash and ST changes ten minutes after contrast; treating as anaphylaxis first.", "eponym-bare", ep="Kounis")
C("CATH", "chat", "ACT 280 after 10,000 units, ok to cross. Angiomax bag is in the fridge if the HIT screen comes back positive.", "drug-brand-name dose-lab", br="Angiomax")
C("CATH", "chat", "CARTO map looks good, PVI done with first-pass isolation of all four veins. Fluoro 4.1 min.", "device-brand dose-lab", br="CARTO")
C("CATH", "chat", "Philips Azurion in room 3 keeps dropping the last run when it exports to PACS. Ticket is in.", "device-brand room-bed-number", br="Philips|Azurion")
C("CATH", "chat", "Dressler syndrome is on the list for the pericarditis 3 weeks after the MI; CRP 88.", "eponym dose-lab", ep="Dressler")
C("CATH", "chat", "Frank-Starling slide for the new nurses' orientation - where did the good version go?", "eponym-bare admin-chatter", ep="Frank-Starling")
C("CATH", "chat", "The wife of the loop recorder patient asks whether it sets off airport metal detectors. Short answer?", "relative-not-named quick-question")
C("CATH", "chat", "Sgarbossa positive with concordant ST elevation in V5-V6, calling the team in.", "eponym-bare", ep="Sgarbossa")
C("CATH", "chat", "Mark the closure devices on the sheath log: Perclose x2 on the right CFA, Angio-Seal on the left.", "common-word-not-name device-brand", word="Mark", br="Perclose|Angio-Seal")
C("CATH", "chat", "Heparin 5000 units given. Nitro 200 mcg intracoronary. Adenosine for the FFR. Verapamil in the radial sheath. Protamine not needed.", "caps-sentence-start dose-lab")

P("CATH", "chat", "Mr. Wenckebach in EP 1 (yes, really) has Wenckebach on the telemetry strip, 2:1 at times overnight.",
  [("Wenckebach", N)], "name-eponym-surname ratio")
P("CATH", "list", "Cath lab list\n1. 0730 diagnostic - Pryor, Vivian (82)\n2. 0900 staged PCI - STONE, WILLARD (94)\n3. 1030 TAVR - Nwachukwu, Chidi (77)\n4. 1300 PFO closure - Mae Lin Tsang (41)",
  [("Pryor, Vivian", N), ("STONE, WILLARD", N), ("94", A), ("Nwachukwu, Chidi", N), ("Mae Lin Tsang", N)], "list-or-board name-last-first age-over-89-digits list-second-item")
P("CATH", "ehr", "ICD remote check | serial 618840 | pt Holloway, Reginald | home monitor last seen at 203.0.113.47, not checking in for 9 days",
  [("618840", DV), ("Holloway, Reginald", N), ("203.0.113.47", IPA)], "device-serial name-last-first ip")
P("CATH", "chat", "Door-to-balloon review: Alejandro Fuentes arrived 0214 on 10/06, wire crossed at 0301. EMS brought him from Sheboygan Falls.",
  [("Alejandro Fuentes", N), ("10/06", D), ("Sheboygan Falls", LO)], "name-non-english date-numeric city")
P("CATH", "chat", "Loop recorder serial RLB338104G isn't transmitting; the patient is at her daughter's in Fort Myers until March.",
  [("RLB338104G", DV), ("Fort Myers", LO)], "device-serial city month-word")
P("CATH", "email", "From: cathlab.coord@example.net\nSubject: transfer packet\nPatient: Borrelli, Giacomo  DOB 09-Feb-1931\nSending: Lakeside Regional, Manitowoc\nWife's cell: (920) 555-0107",
  [("cathlab.coord@example.net", EM), ("Borrelli, Giacomo", N), ("09-Feb-1931", D), ("Lakeside Regional", LO), ("Manitowoc", LO), ("(920) 555-0107", PH)], "email date-dmy-abbrev facility phone")
P("CATH", "lower", "radial band off at 1500 on the guy in holding 3 mr ambrose kettle no hematoma",
  [("ambrose kettle", N)], "name-lowercase lowercase name-common-word")
P("CATH", "pager", "STEMI TRANSFER FROM RHINELANDER - PT LUND, ARVID - 92 Y/O - ETA 40 MIN",
  [("RHINELANDER", LO), ("LUND, ARVID", N), ("92", A)], "allcaps city name-allcaps age-over-89-digits")
P("CATH", "chat", "Dr. Prakash Venkataraman read the echo; his NPI 1740583926 goes on the TAVR registry form.",
  [("Prakash Venkataraman", N), ("1740583926", LI)], "name-clinician clinician-license")
P("CATH", "chat", "Her son Tobias says she lives at 2210 County Rd JJ, Kewaunee and wants cardiac rehab close to there.",
  [("Tobias", N), ("2210 County Rd JJ", LO), ("Kewaunee", LO)], "name-relative address city")
P("CATH", "chat", "Interpreter line confirmed the family's number as " + AR("414-555-0152") + ", please call the daughter, Amira, after the ablation.",
  [(AR("414-555-0152"), PH), ("Amira", N)], "arabic-indic-digits phone name-relative")
P("CATH", "chat", "Kounis, Diane in holding 2 has a contrast allergy; if she gets hives plus ST changes think Kounis syndrome, not just the name on the board.",
  [("Kounis, Diane", N)], "name-eponym-surname name-last-first")
P("CATH", "ehr", "PCI registry abstract: Lopez-Whitfield, Dana | MRN 81035527 | admit 2027-11-02 | death 2027-11-05",
  [("Lopez-Whitfield, Dana", N), ("81035527", MR), ("2027-11-02", D), ("2027-11-05", D)], "name-hyphenated mrn date-iso list-second-item")
P("CATH", "chat", "Please send the Watchman consent packet to the daughter at juniper.hale@example.com, she is the POA.",
  [("juniper.hale@example.com", EM)], "email relative-not-named")
P("CATH", "chat", "Device rep Brent Olafsen brought the wrong generator; the box says serial CRX2280473 and the patient is Mrs. Ochoa in EP 2.",
  [("Brent Olafsen", N), ("CRX2280473", DV), ("Ochoa", N)], "name-staff device-serial")
P("CATH", "chat", "Pre-cath labs on Hershel Ng: Cr 1.9, K 5.1, INR 1.3. He turns 90 next week and the family is asking about risk.",
  [("Hershel Ng", N), ("90", A)], "name-non-english age-over-89-digits dose-lab")
P("CATH", "sms", "thx! tell Dr Falk the pt in 4 (Maurice) wants to keep his wedding ring on, its not the cath side",
  [("Falk", N), ("Maurice", N)], "name-clinician name-given-only")
P("CATH", "chat", "Medicare MBI 1EG4-TE5-MK72 for the TAVR coverage paperwork, patient Ferraro.",
  [("1EG4-TE5-MK72", HP), ("Ferraro", N)], "health-plan name-surname-only")
P("CATH", "chat", "CT angio before the TAVR, accession CT27-0441982: bovine arch per the tech, Sadie.",
  [("CT27-0441982", ID_), ("Sadie", N)], "accession name-staff")
P("CATH", "chat", "Hunter Blaise in recovery 6 needs a Doppler of the right groin, pulsatile mass. Vascular tech on call is Dominique.",
  [("Hunter Blaise", N), ("Dominique", N)], "name-common-word name-staff")
P("CATH", "chat", "Groin photo uploaded to the chart as hematoma_rgroin_1107.jpg before the compression started.",
  [("hematoma_rgroin_1107.jpg", PI)], "photo-filename")
P("CATH", "chat", "EP consent: the patient is Deaf, ASL interpreter Rosalind Achebe booked for 0800 on 12/06.",
  [("Rosalind Achebe", N), ("12/06", D)], "name-staff date-numeric")

# ---------------------------------------------------------------- clinical lab, specimen processing and blood bank
C("LAB", "list", "Critical call list, night shift\n- K over 6.0\n- Na under 120\n- glucose under 40 or over 500\n- Hgb under 6.5\n- platelets under 20", "list-census dose-lab")
C("LAB", "chat", "Gram stain: gram-positive cocci in clusters from 2 of 2 bottles, time to positivity 14 hours.", "eponym-bare dose-lab", ep="Gram")
C("LAB", "chat", "Is the Kleihauer-Betke a send-out now? Flow for fetal hemoglobin is in house.", "eponym-bare quick-question", ep="Kleihauer-Betke")
C("LAB", "chat", "Coombs positive, anti-E identified, antigen-negative units crossmatched x2.", "eponym-bare dose-lab", ep="Coombs")
C("LAB", "chat", "The Sysmex flagged blasts on 3 samples in a row and all 3 smears were normal. Recalibrate?", "device-brand quick-question", br="Sysmex")
C("LAB", "chat", "Ziehl-Neelsen negative x3, but the auramine on the second one had a few questionable rods.", "eponym-bare", ep="Ziehl-Neelsen")
C("LAB", "chat", "Westgard 2-2s violation on troponin QC level 2; patient testing held until the rerun passes.", "eponym-bare score", ep="Westgard")
C("LAB", "chat", "Massive transfusion cooler 2 out to the OR: 6 RBC, 6 FFP, 1 apheresis platelet, cryo thawing.", "dose-lab")
C("LAB", "chat", "Howell-Jolly bodies and target cells on the smear - post-splenectomy? No history on the requisition.", "eponym-bare", ep="Howell-Jolly")
C("LAB", "lower", "hemolyzed again from the same floor third time tonight can someone call the unit about the tubes", "lowercase")
C("LAB", "chat", "Cabot rings! Never seen one outside a textbook until today.", "eponym-bare", ep="Cabot")
C("LAB", "chat", "Auer rods on the peripheral smear; critical called to the floor at 0312.", "eponym-bare clock-time", ep="Auer")
C("LAB", "chat", "Pelger-Huet cells on the diff - pseudo or the real thing?", "eponym-bare quick-question", ep="Pelger-Huet")
C("LAB", "pager", "BLOOD BANK ALERT: O NEG INVENTORY 11 UNITS - USE O POS FOR MALES AND FOR FEMALES OVER 50 ON EMERGENCY RELEASE", "allcaps dose-lab age-under-90")
C("LAB", "chat", "The new Cobas line has to be validated before the old one dies; 8 of 10 runs finished this week.", "device-brand score-fraction", br="Cobas")
C("LAB", "chat", "Can the bot tell me if a woman with anti-D from RhoGAM needs a KB before a second dose?", "drug-brand-name quick-question", br="RhoGAM")
C("LAB", "chat", "Charcot-Leyden crystals in the sputum, Curschmann spirals too. Textbook asthma.", "eponym-bare", ep="Charcot-Leyden|Curschmann")
C("LAB", "chat", "Döhle bodies and toxic granulation, WBC 24.8, called it in.", "eponym-bare dose-lab", ep="Döhle")
C("LAB", "chat", "Tube station 14 sent a specimen in a zip bag with no label. Rejected, and the floor knows.", "room-bed-number")
C("LAB", "chat", "Heinz bodies on the supravital stain, G6PD sent.", "eponym-bare gene-protein", ep="Heinz", sc="G6PD")
C("LAB", "chat", "Bence Jones protein positive on urine immunofixation, kappa type.", "eponym-bare", ep="Bence Jones")
C("LAB", "chat", "Wright-Giemsa stain backlog at 40 slides; Hematek is down again.", "eponym-bare device-brand", ep="Wright-Giemsa", br="Hematek")
C("LAB", "chat", "Potassium 7.1. Hemolyzed 3+. Recollect ordered. Platelets clumped. Citrate tube requested. Fibrinogen 88 and called.", "caps-sentence-start dose-lab")

P("LAB", "list", "Lab call list 0200\n1) 4 East rm 412 - K 6.9 - called RN Saoirse Flanagan\n2) ICU 7 - Hgb 5.8 - called Dr. Akintola\n3) ED 22 - lactate 7.1 - called RN Beau Chandler",
  [("Saoirse Flanagan", N), ("Akintola", N), ("Beau Chandler", N)], "list-second-item name-staff name-non-english")
P("LAB", "chat", "Label mismatch: the tube says BAKER, LORRAINE and the requisition says BAKER, LORETTA, same MRN 60044718. Recollect please.",
  [("BAKER, LORRAINE", N), ("BAKER, LORETTA", N), ("60044718", MR)], "name-allcaps name-last-first mrn")
P("LAB", "chat", "Blood bank armband BB-447120 on Ms. Ashby doesn't match the type and screen band from yesterday (BB-447102).",
  [("BB-447120", ID_), ("Ashby", N), ("BB-447102", ID_)], "other-id list-second-item")
P("LAB", "chat", "Unit W0427 27 118840 issued to OR 5 for Tatum, Clarence; return by 1130 if not spiked.",
  [("W0427 27 118840", ID_), ("Tatum, Clarence", N)], "other-id name-last-first")
P("LAB", "chat", "Path case S27-18844 for Mrs. Reed is benign. Different from the Reed-Sternberg node case this morning.",
  [("S27-18844", ID_), ("Reed", N)], "other-id name-eponym-surname")
P("LAB", "chat", "Send-out accession 27-314-0098 for Gertrude Vollmer, DOB 1/4/1934; the reference lab wants the ABN signed first.",
  [("27-314-0098", ID_), ("Gertrude Vollmer", N), ("1/4/1934", D)], "accession dob")
P("LAB", "voicemail", "Voicemail 2315 from a nurse at Pine Haven Care Center: calling about Harold Opsahl's INR, it was 7.4 on our meter, room 12, call back 608-555-0158 ext 22.",
  [("Pine Haven Care Center", LO), ("Harold Opsahl", N), ("608-555-0158 ext 22", PH)], "voicemail facility phone-extension")
P("LAB", "email", "Fwd: outside crossmatch history\nFrom: bloodbank@example.org\nNgozi Eze-Adeleke has an anti-Kell on file (Bayshore Regional). DOB 07/30/1990. Fax results to 920-555-0145.",
  [("bloodbank@example.org", EM), ("Ngozi Eze-Adeleke", N), ("Bayshore Regional", LO), ("07/30/1990", D), ("920-555-0145", FX)], "email name-hyphenated facility fax")
P("LAB", "lower", "whoever is on micro pls call back 715 555 0122 its about the blood cx on the kid from holcombe",
  [("715 555 0122", PH), ("holcombe", LO)], "lowercase phone city")
P("LAB", "chat", "Cold agglutinin titer 1:512 on Wendt, Iris - warm the sample and rerun the CBC.",
  [("Wendt, Iris", N)], "name-last-first titer")
P("LAB", "chat", "Chain-of-custody drug screen: specimen CC-9902714, donor Teodora Vlašić, collected at 0815 on 12/02.",
  [("CC-9902714", ID_), ("Teodora Vlašić", N), ("12/02", D)], "other-id name-non-english date-numeric")
P("LAB", "chat", "Phlebotomist Jolene Abernathy-Rusk got a needlestick; source patient is Rodney Vang, MRN 55120874.",
  [("Jolene Abernathy-Rusk", N), ("Rodney Vang", N), ("55120874", MR)], "name-staff name-hyphenated mrn")
P("LAB", "chat", "Repeat newborn screen for Baby Boy Yazzie, kit NBS-1127-4408, mother's cell 505-555-0163.",
  [("Yazzie", N), ("NBS-1127-4408", ID_), ("505-555-0163", PH)], "other-id phone")
P("LAB", "chat", "Hemoglobin electrophoresis on a 97-year-old? Ordered by Dr. Thibodeaux; calling to make sure it's the right patient.",
  [("97", A), ("Thibodeaux", N)], "age-over-89-digits name-clinician")
P("LAB", "chat", "Slides for Rosa Elena Bustamante arrived by courier from Cuernavaca, their case Q-27-3310.",
  [("Rosa Elena Bustamante", N), ("Cuernavaca", LO), ("Q-27-3310", ID_)], "name-non-english foreign-town other-id")
P("LAB", "pager", "CRITICAL: PLT 9 K/UL - PT OYELOWO, ADEBAYO RM 606 - RN NOTIFIED 0417 - READBACK OK",
  [("OYELOWO, ADEBAYO", N)], "allcaps name-allcaps name-non-english")
P("LAB", "chat", "Mr. Skaug's sister Marit is the directed donor, donor ID DD-20774, O positive.",
  [("Skaug", N), ("Marit", N), ("DD-20774", ID_)], "name-relative other-id")
P("LAB", "chat", "Label reprint needed: \u041cRN 44107719 (the one with the odd M), patient Lutz, Hannelore.",
  [("44107719", MR), ("Lutz, Hannelore", N)], "cyrillic-homoglyph mrn name-last-first")
P("LAB", "chat", "Autopsy set for Bertram Oyler, who died 11/24 at 0350; next of kin is Deb, 262-555-0176.",
  [("Bertram Oyler", N), ("11/24", D), ("Deb", N), ("262-555-0176", PH)], "date-numeric name-relative phone")
P("LAB", "chat", "HLA typing for the transplant workup billed to account 7004418821, patient Wisniewski.",
  [("7004418821", AC), ("Wisniewski", N)], "account name-surname-only")
P("LAB", "chat", "Please don't keep SSNs in the comment field - the outside req had 923-41-8806 typed into it.",
  [("923-41-8806", SS)], "ssn")
P("LAB", "sms", "courier here with the cooler from Tomah, pt name on the bag is Leopold Nyström, signing now",
  [("Tomah", LO), ("Leopold Nyström", N)], "city name-non-english")

# ---------------------------------------------------------------- radiology technologists and MRI safety
C("RAD", "chat", "MRI safety: the Zone IV door was propped open again during cleaning. Keep it shut, the magnet is always on.", "admin-chatter")
C("RAD", "chat", "Hounsfield 8 on the non-con and 62% absolute washout - that adrenal is an adenoma.", "eponym-bare dose-lab", ep="Hounsfield")
C("RAD", "chat", "Contrast premed: prednisone 50 mg at 13, 7 and 1 hour before, plus Benadryl 50 an hour before.", "drug-brand-name dose-lab", br="Benadryl")
C("RAD", "chat", "CT tech question: eGFR 28, outpatient, non-urgent abdomen with IV contrast. Give the Omnipaque or hold for nephrology?", "drug-brand-name quick-question dose-lab", br="Omnipaque")
C("RAD", "pager", "MRI STAT FOR CODE STROKE - ETA 8 MIN - NIHSS 14 - LAST KNOWN WELL 2140 - CLEAR THE SCANNER", "allcaps score clock-time", sc="NIHSS")
C("RAD", "chat", "Westermark and a Hampton hump on the same film. Saving it for the Friday teaching file.", "eponym-bare weekday", ep="Westermark|Hampton")
C("RAD", "chat", "Kerley B lines and cephalization, looks wet. Prelim sent to the floor.", "eponym-bare", ep="Kerley")
C("RAD", "chat", "Gadavist or Dotarem for the peds brain - which one did the contrast committee pick?", "drug-brand-name quick-question", br="Gadavist|Dotarem")
C("RAD", "chat", "Rigler sign on the upright? The tech says the patient couldn't stand, so we got a left lateral decub instead.", "eponym-bare", ep="Rigler")
C("RAD", "lower", "portable in 6 is rotated again can someone reshoot before the resident reads it", "lowercase room-bed-number")
C("RAD", "chat", "Brodie abscess versus osteoid osteoma in the tibia; MRI recommended.", "eponym-bare", ep="Brodie")
C("RAD", "chat", "Pacemaker MRI check: Azure generator with SureScan leads, all conditional at 1.5T, EP to reprogram before and after.", "device-brand", br="Azure|SureScan")
C("RAD", "chat", "O-RADS 4 on the left adnexal mass, pelvic MRI next.", "score", sc="O-RADS")
C("RAD", "chat", "Chiari I with 7 mm of tonsillar descent, no syrinx.", "eponym-bare dose-lab", ep="Chiari")
C("RAD", "chat", "Baker cyst ruptured with fluid tracking into the calf; DVT scan negative.", "eponym", ep="Baker")
C("RAD", "chat", "Segond fracture means ACL until proven otherwise; ortho notified.", "eponym", ep="Segond")
C("RAD", "chat", "Fleischner says no follow-up for a solid 4 mm nodule in a low-risk patient.", "eponym-bare", ep="Fleischner")
C("RAD", "chat", "The Siemens Sola in MRI 2 isn't quenching - it's the helium level alarm only. Vendor is on the phone.", "device-brand room-bed-number", br="Siemens|Sola")
C("RAD", "chat", "Whirlpool sign on the right ovary, some flow but a twisted pedicle. Calling gyn now.", "eponym-bare device-brand", br="Whirlpool")
C("RAD", "chat", "Lisfranc injury missed on the first read; weight-bearing views show 3 mm of widening.", "eponym-bare dose-lab", ep="Lisfranc")
C("RAD", "chat", "Will the dose-tracking module flag peds CTs over the reference level automatically?", "common-word-not-name quick-question", word="Will")
C("RAD", "chat", "Tc-99m shortage: bone scans pushed to Tuesday, MUGA only if urgent.", "weekday dose-lab", word="Tuesday")
C("RAD", "chat", "Ferromagnetic detector at the Zone III entry beeped on a hairpin. Screening works. Gurneys stay out. Oxygen tanks stay out. Wheelchairs switch to the MR-safe one.", "caps-sentence-start admin-chatter")

P("RAD", "chat", "MRI screening: Spencer, Holly has a VNS, model 106, generator serial 77810. Her implant card is scanned in as vns_card.jpg.",
  [("Spencer, Holly", N), ("77810", DV)], "device-serial name-common-word name-last-first")
P("RAD", "chat", "Accession CT2027-118744 was read on the wrong patient - it should be Edwards, Leon, not Edwards, Leona.",
  [("CT2027-118744", ID_), ("Edwards, Leon", N), ("Edwards, Leona", N)], "accession name-last-first list-second-item")
P("RAD", "chat", "98 y/o from 5 West for a CT head, can't lie flat; her grandson Kai will come hold her hand.",
  [("98", A), ("Kai", N)], "age-over-89-digits name-relative")
P("RAD", "chat", "Outside images on a CD from Sturgeon Bay Imaging Center for Mikkelsen; the PACS import failed twice.",
  [("Sturgeon Bay Imaging Center", LO), ("Mikkelsen", N)], "facility name-surname-only")
P("RAD", "chat", "Portable CXR order for bed 12 says Fuller, Ann; the wristband says Fuller, Anne Marie. Which one is right?",
  [("Fuller, Ann", N), ("Fuller, Anne Marie", N)], "name-last-first list-second-item")
P("RAD", "email", "From: mri.safety@example.org\nRe: implant clearance\nRavi Subramaniam, DOB 22/06/1961 (UK format on the form), spinal cord stimulator serial SCS-4471-0093, conditional at 1.5T only.",
  [("mri.safety@example.org", EM), ("Ravi Subramaniam", N), ("22/06/1961", D), ("SCS-4471-0093", DV)], "email date-numeric device-serial name-non-english")
P("RAD", "chat", "Reminder call failed: (715) 555-0183 is disconnected for Ms. Barnaby's Thursday CT.",
  [("(715) 555-0183", PH), ("Barnaby", N)], "phone name-possessive weekday")
P("RAD", "lower", "wheelchair pt from 4 north mr tobiason is 91 and cant transfer alone need 2 assist for the mri table",
  [("tobiason", N), ("91", A)], "lowercase name-lowercase age-over-89-digits")
P("RAD", "chat", "She brought her own thumb drive, the folder is called 'Gisela Kranz CT 2027-10-30'. Import as outside study?",
  [("Gisela Kranz", N), ("2027-10-30", D)], "date-iso name-plain")
P("RAD", "ehr", "Mammo callback letter returned to sender: 303 W MAIN ST APT 2, LA CROSSE 54601",
  [("303 W MAIN ST APT 2", LO), ("LA CROSSE", LO), ("54601", LO)], "address city zip allcaps")
P("RAD", "chat", "The patient in US 2 is Gerald Lachman and the order comment says 'r/o ACL, Lachman positive'. Not a typo.",
  [("Gerald Lachman", N)], "name-eponym-surname")
P("RAD", "chat", "Swallow study for Mrs. Achterberg at 1400; speech therapist Wren Castillo will be in fluoro.",
  [("Achterberg", N), ("Wren Castillo", N)], "name-staff name-common-word")
P("RAD", "sms", "its pedro again im parked outside in the blue f150 plate WKE 4420 for my mri, door is locked?",
  [("pedro", N), ("WKE 4420", VE)], "name-lowercase vehicle")
P("RAD", "chat", "Outside hospital image share for Farouk, Samir: https://images.example.net/share/8841ac2 - the link expires in 7 days.",
  [("Farouk, Samir", N), ("https://images.example.net/share/8841ac2", UR)], "url name-last-first")
P("RAD", "chat", "MRI override signed by Dr. Lindgren for the pacer patient (Hugo Mars, 93) - second shift tech is aware.",
  [("Lindgren", N), ("Hugo Mars", N), ("93", A)], "name-clinician age-over-89-digits name-common-word")
P("RAD", "chat", "Thu Trang asked for a callback about her mom's MRI at 414-555-01" + ZW + "39.",
  [("Thu Trang", N), ("414-555-01" + ZW + "39", PH)], "zero-width phone name-non-english")
P("RAD", "chat", "DEXA for Bernadette Oduya-Sims, DOB March 3rd 1951; outside DEXA from an imaging center in Marshfield, T -2.7.",
  [("Bernadette Oduya-Sims", N), ("March 3rd 1951", D), ("Marshfield", LO)], "date-written name-hyphenated city")
P("RAD", "ehr", "Ticket: reading room workstation can't load priors for MRN 99042261 (pt Yoon, Seo-yeon).",
  [("99042261", MR), ("Yoon, Seo-yeon", N)], "mrn name-non-english")
P("RAD", "pager", "RAD TECH: PT ELLSWORTH, VERA - NINETY SIX - FALL IN CT WAITING AREA - RRT CALLED",
  [("ELLSWORTH, VERA", N), ("NINETY SIX", A)], "allcaps name-allcaps age-over-89-words")
P("RAD", "chat", "Sonographer Marco is out, so the carotid for Pham Thi Lan moves to Thursday 11/13.",
  [("Marco", N), ("Pham Thi Lan", N), ("11/13", D)], "name-staff name-non-english date-numeric")
P("RAD", "chat", "Workers comp claim WC-2027-004471 for the wrist MRI; employer says Dmitri Yablonsky fell at the loading dock on 10/29.",
  [("WC-2027-004471", ID_), ("Dmitri Yablonsky", N), ("10/29", D)], "other-id date-numeric")
P("RAD", "chat", "Tech-to-tech: the CT on Brodie, Alasdair looks like a Brodie abscess after all, radiologist agrees.",
  [("Brodie, Alasdair", N)], "name-eponym-surname name-last-first")

# ---------------------------------------------------------------- outpatient dialysis unit floor
C("DIAL", "chat", "Chair 6 dropped to SBP 82 in hour two: UF paused, 200 mL saline, back up to 104. Goal lowered by 0.5 kg.", "chair-number vitals dose-lab")
C("DIAL", "chat", "Kt/V 1.31 and URR 71% on this month's labs; adequacy is fine across the MWF first shift.", "score dose-lab", sc="URR")
C("DIAL", "chat", "Brescia-Cimino thrill strong, bruit continuous. Two 15g needles, rope-ladder technique.", "eponym-bare", ep="Brescia-Cimino")
C("DIAL", "lower", "can we switch chair 11 to the 2k bath his k was 6.2 last tuesday", "lowercase chair-number dose-lab")
C("DIAL", "chat", "Mircera 100 mcg monthly instead of Epogen three times a week; pharmacy is ok with it.", "drug-brand-name dose-lab", br="Mircera|Epogen")
C("DIAL", "chat", "The Fresenius 2008T at station 9 keeps alarming on conductivity; pulled and tagged for biomed.", "device-brand chair-number", br="Fresenius")
C("DIAL", "chat", "Calciphylaxis worry: painful violaceous plaques on the thigh, on warfarin. Sodium thiosulfate?", "quick-question")
C("DIAL", "pager", "WATER ROOM ALARM - TOTAL CHLORINE 0.2 - STOP TREATMENTS ON ALL CHAIRS UNTIL RETEST", "allcaps dose-lab")
C("DIAL", "chat", "Auryxia with meals brought the phos from 7.1 to 5.4 in a month.", "drug-brand-name dose-lab", br="Auryxia")
C("DIAL", "chat", "Steal syndrome? Cold fingers and a weak radial on the fistula side. Vascular to see.", "quick-question")
C("DIAL", "list", "Transport board 1130 van\n- 2 wheelchairs\n- 1 stretcher\n- 1 walker\n- chair 14 needs oxygen for the ride", "list-census chair-number")
C("DIAL", "chat", "Hep B surface antibody under 10 on 3 patients - booster per the CDC schedule.", "organization dose-lab", org="CDC")
C("DIAL", "chat", "Dry weight challenge: down 0.3 kg per session until cramps or hypotension.", "dose-lab")
C("DIAL", "chat", "Grace window for late arrivals is 15 minutes; after that the chair goes to the on-call list.", "common-word-not-name chair-number")
C("DIAL", "chat", "Dialysate temp lowered to 35.5 for the intradialytic hypotension group, ten patients.", "temperature")
C("DIAL", "chat", "Tenckhoff exit site red and crusted, no tunnel tenderness. Mupirocin and cultures.", "eponym-bare", ep="Tenckhoff")
C("DIAL", "chat", "Staphylococcus aureus from the tunneled catheter; vanc dosed after each run by level.", "organism", orgm="Staphylococcus aureus")
C("DIAL", "chat", "Thanksgiving week: those runs move to Wednesday and Friday, nobody skips.", "holiday weekday")
C("DIAL", "chat", "She says the Renvela makes her bloated - switch to Fosrenol chewable?", "drug-brand-name quick-question", br="Renvela|Fosrenol")
C("DIAL", "chat", "Iron sucrose 100 mg x 10 doses, ferritin 182, TSAT 17%.", "dose-lab")
C("DIAL", "chat", "Which station has the Terumo scale that was calibrated? Chair 3 reads 0.4 kg heavy.", "device-brand chair-number", br="Terumo")
C("DIAL", "chat", "Frank blood in the PD effluent during her period is common; no cell count unless it turns cloudy.", "common-word-not-name", word="Frank")
C("DIAL", "email", "Fwd: water audit\nThe annual water and dialysate audit moves to spring. Keep the chlorine and culture logs current; the AAMI limits did not change.", "organization admin-chatter", org="AAMI")

P("DIAL", "list", "Chair list MWF 1st shift\nCh1 Moua, Pa Houa\nCh2 BRIGHT, CLIFFORD\nCh3 Delacroix-Penn, Yvette\nCh4 (open)\nCh5 Mustafa, Hodan\nCh6 Young, Irving",
  [("Moua, Pa Houa", N), ("BRIGHT, CLIFFORD", N), ("Delacroix-Penn, Yvette", N), ("Mustafa, Hodan", N), ("Young, Irving", N)], "list-dialysis name-last-first name-non-english name-common-word")
P("DIAL", "chat", "Chair 8, Mr. Pettibone: his ride is the rural transit van; he lives out past Boscobel on Hwy 61.",
  [("Pettibone", N), ("Boscobel", LO), ("Hwy 61", LO)], "city address chair-number")
P("DIAL", "chat", "Access surgeon for Nadia Rahimi is Dr. Coutinho at Cedar Ridge Vascular, fax 608-555-0167.",
  [("Nadia Rahimi", N), ("Coutinho", N), ("Cedar Ridge Vascular", LO), ("608-555-0167", FX)], "name-non-english facility fax")
P("DIAL", "chat", "Medicaid ID 10447821903 for Leon Whitehorse - transport needs it by noon.",
  [("10447821903", HP), ("Leon Whitehorse", N)], "health-plan name-plain")
P("DIAL", "voicemail", "Voicemail from Margarethe Sauer: I'm ninety-four and I'm not coming Monday, my daughter Uschi is taking me to Dubuque, call 563-555-0149.",
  [("Margarethe Sauer", N), ("ninety-four", A), ("Uschi", N), ("Dubuque", LO), ("563-555-0149", PH)], "voicemail age-over-89-words name-relative city")
P("DIAL", "chat", "Transient from Tucson: Rolando Ybarra dialyzes at Saguaro Kidney Center and is visiting his son in Prairie du Chien 12/20 - 01/04.",
  [("Tucson", LO), ("Rolando Ybarra", N), ("Saguaro Kidney Center", LO), ("Prairie du Chien", LO), ("12/20", D), ("01/04", D)], "city facility date-numeric name-non-english")
P("DIAL", "sms", "hi its lorraine from chair 9 running late bus broke down at 5th and vine be there by 8",
  [("lorraine", N), ("5th", LO), ("vine", LO)], "lowercase name-lowercase address")
P("DIAL", "chat", "Home hemo machine serial NX-2027-6610 assigned to Mr. Castellanos; the vendor rep, Shawna Pruitt, will train his wife.",
  [("NX-2027-6610", DV), ("Castellanos", N), ("Shawna Pruitt", N)], "device-serial name-staff")
P("DIAL", "chat", "Hep B positive: Mercer, Lowell - isolation station 12 only, please.",
  [("Mercer, Lowell", N)], "name-last-first chair-number")
P("DIAL", "pager", "DIALYSIS: PT HOLLIS KINGFISHER CHAIR 4 UNRESPONSIVE - CODE CALLED 0952",
  [("HOLLIS KINGFISHER", N)], "allcaps name-allcaps")
P("DIAL", "email", "From: transplant.referral@example.com\nTo: dialysis unit\nRe: Amani Wanjiru (DOB 04/17/1979) - please send the last 3 months of labs and the 2728 form. Reply here or call 414-555-0110.",
  [("transplant.referral@example.com", EM), ("Amani Wanjiru", N), ("04/17/1979", D), ("414-555-0110", PH)], "email name-non-english dob phone")
P("DIAL", "chat", "Tech Buck Haldane is the one who stuck chair 7's fistula twice; the patient was fine with it.",
  [("Buck Haldane", N)], "name-staff name-common-word chair-number")
P("DIAL", "chat", "Mrs. Tenckhoff? Really? Yes - Adelheid Tenckhoff, new PD patient, Tenckhoff catheter placed last week.",
  [("Tenckhoff", N), ("Adelheid Tenckhoff", N)], "name-eponym-surname name-collision")
P("DIAL", "chat", "Fistula photo from home, left_arm_fistula_Oct28.jpg, came through the portal from Mr. Draper.",
  [("left_arm_fistula_Oct28.jpg", PI), ("Draper", N)], "photo-filename name-plain")
P("DIAL", "chat", "Chair 2 at 0600 is ninety-nine years young today per his daughter - cake after his run?",
  [("ninety-nine", A)], "age-over-89-words chair-number relative-not-named")
P("DIAL", "ehr", "Coverage: member H58211074, group 4471 | subscriber Oyelaran, Tunde | effective 01/01/2028",
  [("H58211074", HP), ("Oyelaran, Tunde", N), ("01/01/2028", D)], "health-plan name-last-first date-numeric")
P("DIAL", "chat", "SSN 9" + ZW + "21-55-7314 ended up in the transport note for chair 5, please redact it.",
  [("9" + ZW + "21-55-7314", SS)], "zero-width ssn chair-number")
P("DIAL", "chat", "Kalani Akana moved to 88 Orchard Ln, Lodi 53555 - update demographics for transport.",
  [("Kalani Akana", N), ("88 Orchard Ln", LO), ("Lodi", LO), ("53555", LO)], "address city zip name-non-english")
P("DIAL", "chat", "Dr. Osterhout wants Ms. Bui switched to the TTS schedule starting 11/15.",
  [("Osterhout", N), ("Bui", N), ("11/15", D)], "name-clinician date-numeric")
P("DIAL", "chat", "RPM cuff serial BP-0049127 isn't syncing for Mr. Ansari, so his home pressures are missing.",
  [("BP-0049127", DV), ("Ansari", N)], "device-serial name-plain")
P("DIAL", "chat", "Social worker Perpetua Obi says Mr. Levesque's rent is covered through January; his account 3300291877 has a credit.",
  [("Perpetua Obi", N), ("Levesque", N), ("3300291877", AC)], "name-staff account month-word")
P("DIAL", "chat", "Mr. Wisdom Asante is the new chair 13; his wife Gift drops him off at 1045.",
  [("Wisdom Asante", N), ("Gift", N)], "name-common-word name-relative name-non-english")

# ---------------------------------------------------------------- wound clinic, hyperbaric medicine and ostomy nursing
C("WOUND", "chat", "Wagner 3 under the first met head, probe-to-bone positive. X-ray and ESR today.", "eponym-bare score", ep="Wagner")
C("WOUND", "chat", "Hyperbaric: 2.4 ATA for 90 minutes with two air breaks. Ear squeeze on dive 3, Teed grade 1.", "eponym-bare dose-lab", ep="Teed")
C("WOUND", "chat", "Marjolin ulcer on the old burn scar? Biopsy the rolled edge before anything else.", "eponym-bare", ep="Marjolin")
C("WOUND", "chat", "Charcot foot in the acute phase, total contact cast on today, recheck in a week.", "eponym", ep="Charcot")
C("WOUND", "lower", "anyone have the size 4 mepilex border we are out in room 3", "lowercase room-bed-number")
C("WOUND", "chat", "Aquacel Ag under a foam, change every 3 days or sooner with strike-through.", "device-brand", br="Aquacel")
C("WOUND", "chat", "ABI 0.52 on the right, TBI 0.31 - vascular before any sharp debridement.", "dose-lab")
C("WOUND", "chat", "Unna boots on both legs, weekly change, then 30-40 compression stockings once healed.", "eponym-bare dose-lab", ep="Unna")
C("WOUND", "chat", "PUSH score dropped from 14 to 9 in three weeks - that's real progress.", "score", sc="PUSH")
C("WOUND", "chat", "Santyl on the eschar after crosshatching, moist cover dressing daily.", "drug-brand-name", br="Santyl")
C("WOUND", "chat", "Stoma is retracted: convex wafer with a Hollister belt and an Eakin ring in the crease.", "device-brand", br="Hollister|Eakin")
C("WOUND", "pager", "HBO CHAMBER 2 FIRE DRILL 1400 - ALL DIVES PAUSED 1345 TO 1430", "allcaps clock-time")
C("WOUND", "chat", "Pyoderma gangrenosum - don't debride. Cribriform scar from the old lesion, pathergy likely.", "dose-lab")
C("WOUND", "chat", "Kennedy terminal ulcer? Pear-shaped sacral lesion that appeared overnight on the hospice patient.", "eponym-bare", ep="Kennedy")
C("WOUND", "chat", "Wound vac at 125 continuous, black foam, bridged off the heel. Changes Monday, Wednesday and Friday.", "weekday dose-lab")
C("WOUND", "chat", "Dakin's quarter strength twice a day until the slough clears.", "eponym-bare dose-lab", ep="Dakin")
C("WOUND", "chat", "SINBAD score 4 on the diabetic foot, so it goes on the high-risk list.", "score", sc="SINBAD")
C("WOUND", "chat", "Ostomy output 1.8 L: Imodium before meals, then Lomotil if it stays high.", "drug-brand-name dose-lab", br="Imodium|Lomotil")
C("WOUND", "chat", "Tegaderm over the Prevena edges, no leak at 0830.", "device-brand clock-time", br="Tegaderm|Prevena")
C("WOUND", "chat", "Summer heat makes the offloading boots miserable; teach the cooler liner at the next visit.", "common-word-not-name", word="Summer")
C("WOUND", "chat", "Semmes-Weinstein monofilament felt at only 4 of 10 sites on the left foot.", "eponym-bare score-fraction", ep="Semmes-Weinstein")
C("WOUND", "sms", "hbo tech: patient in chamber 1 says ears popping fine, dive 12 of 40 done, no issues", "lowercase score-fraction")
C("WOUND", "chat", "Wood lamp shows coral-red fluorescence in the groin fold, so erythrasma, not tinea.", "eponym-bare", ep="Wood")

P("WOUND", "chat", "Wound photo sacral_wound_Wexler_2027-11-04.jpg is uploaded: stage 4, bone visible at the base.",
  [("sacral_wound_Wexler_2027-11-04.jpg", PI)], "photo-filename")
P("WOUND", "chat", "Hyperbaric consent for Mr. Oakes - he's 90 and anxious about the chamber; his grandson Dakota will sit at the window.",
  [("Oakes", N), ("90", A), ("Dakota", N)], "age-over-89-digits name-relative")
P("WOUND", "chat", "Ostomy supplies ship to 19 Birch Hollow Ct, Waunakee 53597 - supplier account 700418826 for Mrs. Fairbanks.",
  [("19 Birch Hollow Ct", LO), ("Waunakee", LO), ("53597", LO), ("700418826", AC), ("Fairbanks", N)], "address city zip account")
P("WOUND", "chat", "New diabetic foot patient Ignatius Mbeki-Walsh, A1c 11.2, lives in Mineral Point and works nights at the cheese plant.",
  [("Ignatius Mbeki-Walsh", N), ("Mineral Point", LO)], "name-hyphenated city dose-lab")
P("WOUND", "chat", "HBO candidate's pacemaker, serial PJN117035S, needs a clearance letter from Dr. Amundsen.",
  [("PJN117035S", DV), ("Amundsen", N)], "device-serial name-clinician")
P("WOUND", "chat", "Please stop calling her home line 608.555.0121 and use her daughter Kerry's cell, 608.555.0149.",
  [("608.555.0121", PH), ("Kerry", N), ("608.555.0149", PH)], "phone name-relative list-second-item")
P("WOUND", "lower", "wound nurse on call tonight is bridget her cell is 920 555 0164 if the vac alarms at the hospice house",
  [("bridget", N), ("920 555 0164", PH)], "lowercase name-lowercase phone name-staff")
P("WOUND", "ehr", "WOUND MEASUREMENT LOG - HOLLY, BRANDON - 4.2 x 3.1 x 0.8 CM - TUNNELING 2.0 CM AT 12 O'CLOCK",
  [("HOLLY, BRANDON", N)], "name-allcaps name-common-word name-last-first")
P("WOUND", "chat", "Charcot, Beatrice in room 4 has a Charcot foot - and yes, she has heard every joke about it.",
  [("Charcot, Beatrice", N)], "name-eponym-surname name-last-first")
P("WOUND", "email", "From: orders@example.com\nSubject: NPWT unit returned\nPatient Teodoro Lugo, order SO-4418207, returned unit serial PV-221904 on 11/10. Questions: (262) 555-0138 x210",
  [("orders@example.com", EM), ("Teodoro Lugo", N), ("SO-4418207", ID_), ("PV-221904", DV), ("11/10", D), ("(262) 555-0138 x210", PH)], "email device-serial phone-extension other-id")
P("WOUND", "voicemail", "Hey it's Benny, Benito Salcedo, the foot guy, my wound is leaking through the sock, I'm staying at my cousin's in Beloit, 608-555-0173.",
  [("Benny", N), ("Benito Salcedo", N), ("Beloit", LO), ("608-555-0173", PH)], "voicemail name-nickname city phone")
P("WOUND", "chat", "Heel ulcer on a 103-year-old from Rosewood Manor; goals are comfort, no sharp debridement.",
  [("103", A), ("Rosewood Manor", LO)], "age-over-89-digits facility")
P("WOUND", "chat", "IMG_4471.HEIC from his phone shows the toe is black - please call Mr. Stroud back today.",
  [("IMG_4471.HEIC", PI), ("Stroud", N)], "photo-filename name-plain")
P("WOUND", "ehr", "Amputation consult | Lowry, Desmond | DOB 8/19/1944 | MRN 13370582 | vascular recommends BKA",
  [("Lowry, Desmond", N), ("8/19/1944", D), ("13370582", MR)], "name-last-first dob mrn")
P("WOUND", "chat", "Hyperbaric prior auth needs the Medicare MBI: 7TK2-WQ4-HN18 (Guzmán, Ofelia).",
  [("7TK2-WQ4-HN18", HP), ("Guzmán, Ofelia", N)], "health-plan name-non-english")
P("WOUND", "chat", "Kennedy ulcer on Mr. Kennedy; the family asked if it's named after him. It is not.",
  [("Kennedy", N, 2)], "name-eponym-surname name-collision")
P("WOUND", "chat", "HBO ride: his wife drives a gray Tahoe, plate 771-KRB, parks in the ER lot. Patient is Arturo Benavides.",
  [("771-KRB", VE), ("Arturo Benavides", N)], "vehicle name-non-english relative-not-named")
P("WOUND", "ehr", "Referral address: RR 2 BOX 118, GAYS MILLS (rural route, no house number)",
  [("RR 2 BOX 118", LO), ("GAYS MILLS", LO)], "address city allcaps")
P("WOUND", "chat", "Lymphedema therapist Siobhan Ní Mhurchú wants the compression order for Mr. Yeager faxed to 715-555-0191.",
  [("Siobhan Ní Mhurchú", N), ("Yeager", N), ("715-555-0191", FX)], "name-staff name-non-english fax")
P("WOUND", "chat", "Wilhelmina 'Billie' Dorn, 92, refuses the offloading boot; risks documented with her son present.",
  [("Wilhelmina", N), ("Billie", N), ("Dorn", N), ("92", A)], "name-nickname age-over-89-digits")
P("WOUND", "chat", "Privacy office: a login from 198.51.100.23 opened Ms. Zielinski's chart at 0312 and they want to know why.",
  [("198.51.100.23", IPA), ("Zielinski", N)], "ip name-possessive")
P("WOUND", "chat", "Wood, Sterling in room 2: the Wood lamp exam was negative, so the groin rash is likely tinea after all.",
  [("Wood, Sterling", N)], "name-eponym-surname name-common-word name-last-first")

# ---------------------------------------------------------------- inpatient rehab therapists (PT / OT / speech)
C("REHAB", "chat", "FIM transfers went from 3 to 5 in a week - she's ready to try the tub bench.", "score", sc="FIM")
C("REHAB", "chat", "Berg 41/56 and TUG 14 seconds, moderate fall risk, walker at all times.", "eponym-bare score-fraction", ep="Berg")
C("REHAB", "chat", "Brunnstrom stage 4 in the right hand; starting mirror therapy this week.", "eponym-bare", ep="Brunnstrom")
C("REHAB", "chat", "Rancho level V, confused and inappropriate. Low-stim room, short sessions.", "place-rule score", pl="Rancho")
C("REHAB", "lower", "who has the lite gait today the spinal cord guy needs it at 10", "lowercase clock-time")
C("REHAB", "chat", "Modified Ashworth 2 in the elbow flexors, Botox referral to PM&R.", "eponym-bare drug-brand-name", ep="Ashworth", br="Botox")
C("REHAB", "chat", "MBS shows silent aspiration with thin liquids; mildly thick by cup with a chin tuck.", "dose-lab")
C("REHAB", "chat", "Frenchay Dysarthria Assessment done: moderate flaccid dysarthria.", "place-rule score", pl="Frenchay")
C("REHAB", "chat", "Jebsen-Taylor times are half what they were on admission.", "eponym-bare", ep="Jebsen-Taylor")
C("REHAB", "chat", "Thomas test tight on the left, Ober positive too - stretching program.", "eponym-bare", ep="Thomas|Ober")
C("REHAB", "chat", "Hoyer lift in the gym has a dead battery; the spare is in 3 East soiled utility.", "eponym-bare room-bed-number", ep="Hoyer")
C("REHAB", "chat", "Boston Naming Test 38/60, anomia heavier than we thought.", "place-rule score-fraction", pl="Boston")
C("REHAB", "chat", "Western Aphasia Battery AQ 62, repeat at discharge.", "score", sc="Western Aphasia Battery")
C("REHAB", "chat", "Passy-Muir trial tolerated 45 minutes with a good voice.", "device-brand", br="Passy-Muir")
C("REHAB", "chat", "Romberg positive with eyes closed; sharpened Romberg not attempted.", "eponym-bare", ep="Romberg")
C("REHAB", "chat", "ASIA C at T10 with sacral sparing. Lokomat sessions three times a week.", "score device-brand", sc="ASIA", br="Lokomat")
C("REHAB", "chat", "Kinesio tape for the shoulder subluxation - does anyone think it actually helps?", "device-brand quick-question", br="Kinesio")
C("REHAB", "chat", "Montreal Cognitive Assessment 21/30, hard to interpret with the aphasia.", "place-rule score-fraction", pl="Montreal")
C("REHAB", "chat", "Semont manoeuvre on the left, symptoms much better after the second try.", "eponym-bare", ep="Semont")
C("REHAB", "chat", "Bobath versus task-specific training for the new grads - journal club next month?", "eponym-bare", ep="Bobath")
C("REHAB", "chat", "Will the bot make a large-print home exercise sheet for a low-vision patient?", "common-word-not-name quick-question")
C("REHAB", "chat", "Penny-sized blister from the AFO strap; padding added and skin checks every shift.", "common-word-not-name", word="Penny")
C("REHAB", "list", "Gym equipment out for repair\n- parallel bars (left rail loose)\n- NuStep 2\n- tilt table\n- standing frame for the peds side", "list-census device-brand", br="NuStep")
C("REHAB", "chat", "Gait belt on. Walker adjusted. Shoes tied. Vitals stable. Distance 150 feet. Rest twice. Borg 13.", "caps-sentence-start eponym-bare", ep="Borg")

P("REHAB", "list", "PT schedule Wed\n0800 Gjertsen, Solveig - gait\n0845 Banks, Lionel - stairs\n0930 WILL, ANTOINETTE - transfers\n1015 Ortega-Bravo, Milagros - wheelchair skills",
  [("Gjertsen, Solveig", N), ("Banks, Lionel", N), ("WILL, ANTOINETTE", N), ("Ortega-Bravo, Milagros", N)], "list-therapy name-last-first name-common-word list-second-item")
P("REHAB", "chat", "Speech baseline saved as voice_Haverkamp_baseline.wav for the dysarthria comparison next week.",
  [("voice_Haverkamp_baseline.wav", BI)], "biometric")
P("REHAB", "chat", "Home eval at 612 Prospect Ave, Mondovi: 4 steps with no rail, bathroom upstairs; daughter Corinne says they'll install a rail.",
  [("612 Prospect Ave", LO), ("Mondovi", LO), ("Corinne", N)], "address city name-relative")
P("REHAB", "chat", "Mr. Romberg (of course) has a positive Romberg today - chart it carefully.",
  [("Romberg", N)], "name-eponym-surname")
P("REHAB", "chat", "OT driving eval: he holds license R152-4471-8830-02 WI, and neurology says no driving for now.",
  [("R152-4471-8830-02", LI)], "drivers-license")
P("REHAB", "chat", "Prosthetist Reuben Achterhof will fit the BK socket for Mr. Ngata on 12/11.",
  [("Reuben Achterhof", N), ("Ngata", N), ("12/11", D)], "name-staff date-numeric")
P("REHAB", "chat", "91M, left MCA stroke, FIM 48 on admit; wife Josephine is at the bedside most days.",
  [("91", A), ("Josephine", N)], "age-over-89-digits name-relative")
P("REHAB", "lower", "ot note for jimmy two feathers needs a cosign from dr lacroix",
  [("jimmy two feathers", N), ("lacroix", N)], "lowercase name-lowercase name-clinician")
P("REHAB", "chat", "Power wheelchair serial PW-3308814 for Destiny Abernathy was delivered to the wrong unit.",
  [("PW-3308814", DV), ("Destiny Abernathy", N)], "device-serial name-common-word")
P("REHAB", "email", "Fwd: outpatient PT referral\nPatient: Okwuosa, Chiamaka M\nDOB: 12.03.1987\nPhone: +44 20 5550 1182\nReferring: St. Brendan's Rehab, Galway",
  [("Okwuosa, Chiamaka M", N), ("12.03.1987", D), ("+44 20 5550 1182", PH), ("St. Brendan's Rehab", LO), ("Galway", LO)], "email name-non-english phone foreign-town")
P("REHAB", "chat", "The aphasia patient keeps writing her address: 48 Linden St, Antigo. Reassuring, semantic memory is intact.",
  [("48 Linden St", LO), ("Antigo", LO)], "address city")
P("REHAB", "sms", "hi this is Dawn from Maple Grove Assisted Living, is Mr Sato discharging friday? our fax is 715-555-0105",
  [("Dawn", N), ("Maple Grove Assisted Living", LO), ("Sato", N), ("715-555-0105", FX)], "name-common-word facility fax")
P("REHAB", "chat", "Caregiver training for Oksana Kovalenko's husband, Bohdan: two sessions, Hoyer and bed mobility.",
  [("Oksana Kovalenko", N), ("Bohdan", N)], "name-non-english name-relative name-possessive")
P("REHAB", "pager", "FALL IN THERAPY GYM - PT DELGADO, RAMIRO - RM 3112 - NO INJURY - FAMILY NOTIFIED",
  [("DELGADO, RAMIRO", N)], "allcaps name-allcaps room-bed-number")
P("REHAB", "chat", "Ninety-three and determined: Mrs. Lindauer walked 150 ft with the rollator today.",
  [("Ninety-three", A), ("Lindauer", N)], "age-over-89-words name-message-start")
P("REHAB", "chat", "PMV trial for Mr. Apinya - sorry, Mr. Apichai Srisuk, first name Apichai. Passy-Muir trial at 1400.",
  [("Apinya", N), ("Apichai Srisuk", N), ("Apichai", N)], "name-non-english name-mistyped")
P("REHAB", "chat", "Low-vision magnifier loaner serial LV-00917 goes back to the clinic when Mr. Greenleaf discharges.",
  [("LV-00917", DV), ("Greenleaf", N)], "device-serial name-plain")
P("REHAB", "chat", "Leaving early for my son's game; the covering therapist is Imani Okonkwo-Reyes, ext 4471, pager 2210.",
  [("Imani Okonkwo-Reyes", N)], "name-staff extension-number name-hyphenated")
P("REHAB", "chat", "Tuesday Ayers - yes, Tuesday is her first name - missed Tuesday's session, so she moves to Thursday.",
  [("Tuesday Ayers", N), ("Tuesday", N)], "name-common-word name-collision weekday")
P("REHAB", "chat", "Return-to-work letter: HR wants it sent to hr.leaves@example.net for Dustin Carrow by 11/30.",
  [("hr.leaves@example.net", EM), ("Dustin Carrow", N), ("11/30", D)], "email date-numeric")
P("REHAB", "chat", "Account 5520019347 shows the FES bike rental charged twice to Mr. Villanueva.",
  [("5520019347", AC), ("Villanueva", N)], "account name-plain")
P("REHAB", "chat", "Aphasia naming probe recorded as naming_probe_pt_Ostergaard.m4a, please don't email it.",
  [("naming_probe_pt_Ostergaard.m4a", BI)], "biometric")

# ---------------------------------------------------------------- school nurses and college student health
C("SCHOOL", "chat", "The EpiPen trainer box in the cafeteria cabinet is empty again; I need two more for the bus drivers' session.", "drug-brand-name admin-chatter", br="EpiPen")
C("SCHOOL", "chat", "Baqsimi is so much easier for the teachers than the old glucagon kit. Has anyone switched their plans over?", "drug-brand-name quick-question", br="Baqsimi")
C("SCHOOL", "chat", "Head lice: the no-nit policy is gone per the AAP, kids stay in class and treat at home.", "organization", org="AAP")
C("SCHOOL", "lower", "nurse office is out of ice packs and the sub doesnt know the 504 kids can we post a list in the back room", "lowercase not-a-phone")
C("SCHOOL", "chat", "Titmus fly test for stereo on the kindergartners today, 3 of 58 failed.", "device-brand score-fraction", br="Titmus")
C("SCHOOL", "chat", "Scoliosis screening: Adams forward bend with a scoliometer over 7 degrees on two kids, letters going home.", "eponym-bare dose-lab", ep="Adams")
C("SCHOOL", "chat", "Concussion: return-to-learn first using the CDC HEADS UP steps, then return-to-play with the athletic trainer.", "organization", org="HEADS UP")
C("SCHOOL", "pager", "LOCKDOWN DRILL 1030 - NURSE OFFICE DOORS LOCKED - NOON MEDS PASS AFTER 1100", "allcaps clock-time")
C("SCHOOL", "chat", "Tdap and meningococcal ACWY are due before 7th grade; MenB is optional at 16.", "dose-lab age-under-90")
C("SCHOOL", "chat", "Mono spot negative but the Epstein-Barr VCA IgM is positive - no contact sports for 3 weeks.", "eponym-bare", ep="Epstein-Barr")
C("SCHOOL", "chat", "Osgood-Schlatter in half the basketball team, it seems. Ice, a knee strap, no need to bench them.", "eponym", ep="Osgood-Schlatter")
C("SCHOOL", "chat", "Sever disease in the 10-year-old soccer players again this fall - heel cups and calf stretches.", "eponym age-under-90", ep="Sever")
C("SCHOOL", "chat", "Albuterol with spacer kept in the office for 14 students; 3 are expired and the parents got letters.", "dose-lab")
C("SCHOOL", "chat", "Valentine's Day party reminder: the peanut-free classrooms get the non-food exchange.", "holiday")
C("SCHOOL", "chat", "Gardasil catch-up clinic in the student union on Thursday, walk-ins welcome.", "drug-brand-name weekday", br="Gardasil")
C("SCHOOL", "chat", "Strep cluster in 2nd grade: 6 positive rapid tests since Monday. Not reportable, just annoying.", "weekday dose-lab")
C("SCHOOL", "chat", "Birth control quick start at student health: Depo today with 7 days of backup, Slynd if she wants a pill later.", "drug-brand-name", br="Depo|Slynd")
C("SCHOOL", "chat", "Mantoux read at 48-72 hours: 12 mm in an international student, chest film next.", "eponym-bare dose-lab", ep="Mantoux")
C("SCHOOL", "chat", "Ages 12 to 17 in the vaping cessation group; CRAFFT 3 or higher gets a counselor referral.", "age-aggregate score", sc="CRAFFT")
C("SCHOOL", "chat", "Trail mix with tree nuts got through in a lunchbox; reviewing the allergy action plans with the lunch aides.", "admin-chatter")
C("SCHOOL", "chat", "Dexcom alerts at 55 during recess again; teach the aide the 15-15 rule and keep juice boxes in the gym.", "device-brand dose-lab", br="Dexcom")
C("SCHOOL", "sms", "sub nurse here: which cabinet has the diastat? the 2nd grade seizure plan says it's in the office", "lowercase quick-question")
C("SCHOOL", "chat", "Heat advisory: football practice moves to 0600, ice tubs on the sideline, WBGT checks every 30 minutes.", "clock-time temperature")

P("SCHOOL", "list", "Field trip med list\n- Ahmadi, Sara - EpiPen Jr\n- Brooks, Tanner - albuterol\n- Chao, Emily - insulin pen + CGM\n- Dufresne, Noah - Keppra at lunch",
  [("Ahmadi, Sara", N), ("Brooks, Tanner", N), ("Chao, Emily", N), ("Dufresne, Noah", N)], "list-second-item name-last-first")
P("SCHOOL", "chat", "Kendall Whitmore (3rd grade, Pinecrest Elementary) fell off the monkey bars; mom Tasha is on her way, 262-555-0187.",
  [("Kendall Whitmore", N), ("Pinecrest Elementary", LO), ("Tasha", N), ("262-555-0187", PH)], "school-name name-relative phone")
P("SCHOOL", "chat", "Student ID 2027-041187 for the exemption form - Braxton Kiel's parents are filing a religious exemption.",
  [("2027-041187", ID_), ("Braxton Kiel", N)], "other-id name-possessive")
P("SCHOOL", "lower", "jaylen from mrs ostrowski's class has a nosebleed again 3rd time this week dad said call him at 414 555 0129",
  [("jaylen", N), ("ostrowski", N), ("414 555 0129", PH)], "lowercase name-lowercase phone")
P("SCHOOL", "chat", "Student health: Ji-ho Baek, DOB 2006-08-14, positive TB screen; arrived from Daegu in August.",
  [("Ji-ho Baek", N), ("2006-08-14", D), ("Daegu", LO)], "name-non-english date-iso foreign-town")
P("SCHOOL", "chat", "Pump site failure on the PDM, serial 0X44-R8110, for Maeve Dunleavy, age 11 - mom bringing a new pod.",
  [("0X44-R8110", DV), ("Maeve Dunleavy", N)], "device-serial age-under-90")
P("SCHOOL", "email", "From: attendance@example.org\nTo: nurse office\nDiego Alcántar-Reyes absent 11/03-11/07, mother reports influenza A; note from Northside Family Clinic attached.",
  [("attendance@example.org", EM), ("Diego Alcántar-Reyes", N), ("11/03", D), ("11/07", D), ("Northside Family Clinic", LO)], "email name-hyphenated date-numeric facility")
P("SCHOOL", "chat", "Athletic trainer Colby Strand says the QB, Marcus Bell, had a Bell palsy-looking droop after the hit. 911 called.",
  [("Colby Strand", N), ("Marcus Bell", N)], "name-staff name-eponym-surname")
P("SCHOOL", "voicemail", "Hi, this is Renata Silva, Lucas's mom, Lucas won't be in, he had his tonsils out at Children's of Fox Valley yesterday, my cell is 920-555-0156.",
  [("Renata Silva", N), ("Lucas", N), ("Lucas", N), ("Children's of Fox Valley", LO), ("920-555-0156", PH)], "voicemail name-relative facility phone")
P("SCHOOL", "chat", "Bus 14's driver says Summer Takahashi passed out boarding at Elm and 3rd; EMS took her to St. Aldwin's.",
  [("Summer Takahashi", N), ("Elm", LO), ("3rd", LO), ("St. Aldwin's", LO)], "name-common-word address facility")
P("SCHOOL", "chat", "504 meeting for Hope Villanueva on 12/04 at 0800: nurse, counselor and mom.",
  [("Hope Villanueva", N), ("12/04", D)], "name-common-word date-numeric")
P("SCHOOL", "sms", "Mom text: 'ok to give Tylenol to Gabe at 1pm, he had Motrin at 7, thx - Kristin'",
  [("Gabe", N), ("Kristin", N)], "name-given-only name-relative")
P("SCHOOL", "chat", "International student insurance card, member 88-4471-202, for Oluwaseun Ade; the plan covers the TB workup.",
  [("88-4471-202", HP), ("Oluwaseun Ade", N)], "health-plan name-non-english")
P("SCHOOL", "chat", "Grandma (Edna Pfeiffer, 91) picks up Liam on Wednesdays; she is on the approved list.",
  [("Edna Pfeiffer", N), ("91", A), ("Liam", N)], "name-relative age-over-89-digits")
P("SCHOOL", "chat", "Portal photo of the rash, rash_chest_TGreen.png, looks like pityriasis rosea to me.",
  [("rash_chest_TGreen.png", PI)], "photo-filename")
P("SCHOOL", "chat", "Concussion: Ayla Marchetti, 16, goalie at Westfield High, hit in Friday's game; return-to-learn plan started.",
  [("Ayla Marchetti", N), ("Westfield High", LO)], "school-name age-under-90 weekday")
P("SCHOOL", "lower", "home visit with the social worker at 3318 s linnet st apt 2 milwaukee for the student with the uncontrolled asthma",
  [("3318 s linnet st apt 2", LO), ("milwaukee", LO)], "lowercase address city")
P("SCHOOL", "chat", "Registry ID WIR-0044172 for Zainab Hussein shows only one MMR.",
  [("WIR-0044172", ID_), ("Zainab Hussein", N)], "other-id name-non-english")
P("SCHOOL", "pager", "NURSE TO GYM NOW - STUDENT DOWN - KOFI MENSAH - ASTHMA - INHALER IN BAG",
  [("KOFI MENSAH", N)], "allcaps name-allcaps name-non-english")
P("SCHOOL", "chat", "Sexual health visit: Riley Fenwick wants results texted to 608-555-0112, not the number on the parents' plan.",
  [("Riley Fenwick", N), ("608-555-0112", PH)], "phone name-plain")
P("SCHOOL", "chat", "Jerome Whitby forwarded his son's allergist note from Dr. Anand Kulkarni, fax 262-555-0195.",
  [("Jerome Whitby", N), ("Anand Kulkarni", N), ("262-555-0195", FX)], "name-relative name-clinician fax")
P("SCHOOL", "chat", "Campus health: Paloma Reyes-Ibarra, 19, lives in Larkspur Hall room 812; roommate found her, EMS called.",
  [("Paloma Reyes-Ibarra", N), ("Larkspur Hall", LO)], "name-hyphenated facility age-under-90")

# ---------------------------------------------------------------- correctional health (jail and prison)
C("CORR", "chat", "Med pass pod C: 42 patients, 9 on MOUD, 3 refusals. Crushed and floated for the ones on watch.", "dose-lab staff-role")
C("CORR", "chat", "Moving MOUD over to Sublocade monthly where we can; the film diversion keeps happening.", "drug-brand-name", br="Sublocade")
C("CORR", "chat", "COWS 14 at intake - start the withdrawal protocol and repeat in 4 hours.", "score", sc="COWS")
C("CORR", "lower", "sick call slips from b block are all about the itch again scabies or just the dry heat", "lowercase")
C("CORR", "chat", "TB skin tests for the new kitchen workers read 0 mm on all 11.", "dose-lab")
C("CORR", "chat", "Hep C: Mavyret for 8 weeks in the treatment-naive without cirrhosis, FIB-4 1.2.", "drug-brand-name score", br="Mavyret", sc="FIB-4")
C("CORR", "chat", "Suicide watch: checks every 15 minutes, paper smock, finger foods only, C-SSRS repeated daily.", "score", sc="C-SSRS")
C("CORR", "pager", "MEDICAL EMERGENCY HOUSING UNIT 4 - MAN DOWN - NALOXONE X2 GIVEN - STRETCHER TO UNIT 4", "allcaps room-bed-number")
C("CORR", "chat", "CIWA 19 in booking: phenobarb protocol and medical observation housing.", "score", sc="CIWA")
C("CORR", "chat", "Hunger strike day 3: daily weights, labs tomorrow, ethics notified per policy.", "dose-lab")
C("CORR", "chat", "Chronic care clinic: 31 diabetics, 18 with A1c over 8. Strips need reordering.", "dose-lab")
C("CORR", "chat", "Norovirus in unit 2, closed to transfers for 48 hours, bleach wipes only.", "organism", orgm="Norovirus")
C("CORR", "chat", "Keep-on-person list excludes Wellbutrin, Neurontin, Seroquel and anything that can be crushed.", "drug-brand-name", br="Wellbutrin|Neurontin|Seroquel")
C("CORR", "chat", "Use-of-force medical check: abrasions only, no LOC, photos taken by custody, not by us.", "staff-role")
C("CORR", "chat", "Tarasoff-type question about a threat made in group: that goes to legal and the psychiatrist, not the bot.", "eponym-bare", ep="Tarasoff")
C("CORR", "chat", "Ramadan: 23 patients fasting this year; insulin and med pass shifted to before dawn and after sunset.", "holiday dose-lab")
C("CORR", "chat", "Court-ordered competency evaluations are running a 6-week wait for forensic psych.", "admin-chatter")
C("CORR", "chat", "Dental line: extractions on Tuesdays only, 8 a day max.", "weekday")
C("CORR", "chat", "Heat index 104 in the yard: outdoor rec cancelled for anyone on lithium or an antipsychotic.", "temperature")
C("CORR", "chat", "Hep A vaccine clinic in the chapel Monday, 60 doses from the state.", "weekday dose-lab")
C("CORR", "chat", "PREA training is mandatory for all medical staff before the new contract starts.", "organization", org="PREA")
C("CORR", "chat", "Dupuytren contracture in the older man in 3B; off-site surgery only if function is limited.", "eponym room-bed-number", ep="Dupuytren")
C("CORR", "chat", "A sharpened spoon came back on a returned meal tray, so tray audits resume and the med carts get searched at entry.", "admin-chatter")
C("CORR", "chat", "Intake screen: PHQ-9 17, positive for SI without plan. Mental health same day. Belongings logged. Glasses allowed.", "caps-sentence-start score", sc="PHQ-9")

P("CORR", "ehr", "Intake | booking #WI-448172 | ORTIZ-BAEZ, JULIO | booked 0214 on 11/22 | withdrawing from fentanyl",
  [("WI-448172", ID_), ("ORTIZ-BAEZ, JULIO", N), ("11/22", D)], "other-id name-allcaps date-numeric")
P("CORR", "chat", "Transfer in from Fox Bluff Correctional Institution: Meeks, Darnell, DOC 00718842, insulin-dependent.",
  [("Fox Bluff Correctional Institution", LO), ("Meeks, Darnell", N), ("00718842", ID_)], "facility name-last-first other-id")
P("CORR", "list", "Sick call list B block\n1. Cell 14 - Hanratty - tooth pain\n2. Cell 17 - L. Okoye - rash\n3. Cell 22 - 'Tiny' Abernathy - chest pain, seen first",
  [("Hanratty", N), ("L. Okoye", N), ("Tiny", N), ("Abernathy", N)], "list-second-item name-nickname name-initial")
P("CORR", "chat", "Release planning: Mr. Crow goes home 12/14 to his sister's at 904 Dakota Ave, Pierre; needs 14 days of meds and a clinic referral.",
  [("Crow", N), ("12/14", D), ("904 Dakota Ave", LO), ("Pierre", LO)], "name-common-word address city date-numeric")
P("CORR", "chat", "Officer Bryce Langley, badge 4471, says detainee Sandoval fainted at the kiosk.",
  [("Bryce Langley", N), ("4471", ID_), ("Sandoval", N)], "name-staff other-id")
P("CORR", "voicemail", "This is Tamsin Vogel from the public defender's office about my client Rashad Pope, date of birth 2/9/1992, he says he is not getting his seizure meds, 608-555-0138.",
  [("Tamsin Vogel", N), ("Rashad Pope", N), ("2/9/1992", D), ("608-555-0138", PH)], "voicemail dob phone name-common-word")
P("CORR", "chat", "Compassionate release packet for Mr. Eldridge, who turned 93 in custody, needs the prognosis letter from oncology.",
  [("Eldridge", N), ("93", A)], "age-over-89-digits name-plain")
P("CORR", "lower", "detainee in 6 says his name is john smith but booking has him as jonathan smithers which chart do we use",
  [("john smith", N), ("jonathan smithers", N)], "lowercase name-lowercase list-second-item")
P("CORR", "chat", "Court order for a blood draw, case 2027CF001744, subject Travis Kuehl.",
  [("2027CF001744", ID_), ("Travis Kuehl", N)], "other-id name-plain")
P("CORR", "chat", "Wristband broke, so custody is identifying him by the tattoo that reads ROSALIND on the left forearm; the patient is Emmitt Grange.",
  [("ROSALIND", N), ("Emmitt Grange", N)], "name-allcaps name-plain")
P("CORR", "pager", "INFIRMARY - PT CARDENAS, FELIX - CHEST PAIN - EKG DONE - TRANSPORT TO ST. ODILO VIA SECURE VAN",
  [("CARDENAS, FELIX", N), ("ST. ODILO", LO)], "allcaps name-allcaps facility")
P("CORR", "chat", "Booking fingerprint template FP-20771-B matches last year's chart - it's the same man, Wendell Pike.",
  [("FP-20771-B", BI), ("Wendell Pike", N)], "biometric name-common-word")
P("CORR", "chat", "Outside labs from his old clinic in Oaxaca for Hilario Santiago Mendoza: HbA1c 10.4.",
  [("Oaxaca", LO), ("Hilario Santiago Mendoza", N)], "foreign-town name-non-english dose-lab")
P("CORR", "email", "From: reentry.coordinator@example.org\nRe: Deshawn Pruitt, release 01/06/2028\nMedicaid application submitted; shelter bed at Harbor House, 212 Lake St, Waukegan.",
  [("reentry.coordinator@example.org", EM), ("Deshawn Pruitt", N), ("01/06/2028", D), ("Harbor House", LO), ("212 Lake St", LO), ("Waukegan", LO)], "email date-numeric address facility")
P("CORR", "chat", "Grievance from Ms. Oakley about her glasses; optometry with Dr. Soren Wilhelmsen on 12/01.",
  [("Oakley", N), ("Soren Wilhelmsen", N), ("12/01", D)], "name-clinician date-numeric")
P("CORR", "chat", "Incident report: Lyle Becker arrived hurt from a crash, car plate ABR-5527, scene on Hwy 33 near Baraboo.",
  [("Lyle Becker", N), ("ABR-5527", VE), ("Hwy 33", LO), ("Baraboo", LO)], "vehicle address city")
P("CORR", "chat", "Nguyen Van Hai in cell 11 needs the optometry referral; his Medicaid ID 30811476520 was reactivated.",
  [("Nguyen Van Hai", N), ("30811476520", HP)], "name-non-english health-plan")
P("CORR", "chat", "His mother called about Tobias Greer's insulin and gave her number as 4 1 4 - 5 5 5 - 0 1 8 8.",
  [("Tobias Greer", N), ("4 1 4 - 5 5 5 - 0 1 8 8", PH)], "spaced-digits phone name-possessive")
P("CORR", "chat", "Hep C eligibility: Ms. Fontaine, SSN last 4 3392, DOC ID 00902214.",
  [("Fontaine", N), ("3392", SS), ("00902214", ID_)], "ssn-partial other-id")
P("CORR", "chat", "CO Marisol Beaumont-Tate needs a TB read today; she was exposed in the infirmary last week.",
  [("Marisol Beaumont-Tate", N)], "name-staff name-hyphenated")
P("CORR", "chat", "Dental photo for the grievance file is teeth_upper_Redbird.jpg; the patient is Justin Redbird.",
  [("teeth_upper_Redbird.jpg", PI), ("Justin Redbird", N)], "photo-filename name-plain")
P("CORR", "sms", "from the sally port: transport back from Mercy Lakes ER, pt Pope, wrist cuffs on, ETA 20",
  [("Mercy Lakes", LO), ("Pope", N)], "facility name-common-word")

# ---------------------------------------------------------------- public-health contact tracing and immunization registry
C("PUBH", "chat", "Reminder: pertussis contacts get azithromycin within 21 days of the case's cough onset, whatever their vaccine status.", "dose-lab")
C("PUBH", "chat", "Measles exposure window runs 2 hours after the case leaves the room. MMR within 72 hours, IG within 6 days.", "dose-lab")
C("PUBH", "chat", "Three VFC doses went out from a lot that expired last month. Revaccinate or not?", "organization quick-question lot-number", org="VFC")
C("PUBH", "lower", "how many days does a mumps case stay out again is it 5 after the parotitis starts", "lowercase quick-question")
C("PUBH", "chat", "Legionella cluster: cooling tower sampled, results in 10 days, no new cases since Tuesday.", "organism weekday", orgm="Legionella")
C("PUBH", "chat", "Lyme season again: tick checks, and doxy 200 as a single dose within 72 hours for high-risk bites.", "place-disease dose-lab", pl="Lyme")
C("PUBH", "chat", "Hep A outbreak: Havrix for contacts under 40, Havrix plus IG for those over 40.", "drug-brand-name age-under-90", br="Havrix")
C("PUBH", "pager", "COLD CHAIN ALERT - VACCINE FRIDGE 2 AT 9.8 C - DO NOT USE - QUARANTINE ALL DOSES", "allcaps temperature")
C("PUBH", "chat", "Shigella sonnei in 4 daycare kids: excluded until 2 negative stools.", "organism dose-lab", orgm="Shigella sonnei")
C("PUBH", "chat", "Salmonella Enteritidis cluster by whole-genome sequencing, 5 isolates within 3 SNPs.", "organism", orgm="Salmonella Enteritidis")
C("PUBH", "chat", "Rabies PEP: HRIG 20 IU/kg plus vaccine on days 0, 3, 7 and 14. A bat in the bedroom counts as an exposure.", "dose-lab")
C("PUBH", "chat", "QuantiFERON over the skin test for the refugee intake when BCG was given.", "drug-brand-name", br="QuantiFERON")
C("PUBH", "chat", "Candida auris screening swabs from the nursing home: 2 of 38 positive.", "organism score-fraction", orgm="Candida auris")
C("PUBH", "chat", "West Nile in a dead crow, none in people yet; mosquito pool testing this week.", "place-disease", pl="West Nile")
C("PUBH", "chat", "Registry data quality: 600 duplicate records flagged after the school upload. The merge queue is open.", "admin-chatter")
C("PUBH", "chat", "Jynneos second doses are due for the August cohort.", "drug-brand-name month-word", br="Jynneos")
C("PUBH", "chat", "Cryptosporidium at the splash pad; hyperchlorination done and the pad stays closed through the weekend.", "organism", orgm="Cryptosporidium")
C("PUBH", "chat", "Grant deliverable: contact-tracing interviews completed within 48 hours for over 80% of cases.", "common-word-not-name", word="Grant")
C("PUBH", "chat", "TB: 6 months of RIPE by DOT five days a week, video DOT allowed on weekends.", "score", sc="RIPE")
C("PUBH", "chat", "Coccidioides serology positive in a traveler back from the Southwest - reportable here?", "organism quick-question", orgm="Coccidioides")
C("PUBH", "chat", "Hansen disease case referred to the national program; not contagious once on treatment.", "eponym", ep="Hansen")
C("PUBH", "chat", "Kawasaki is not reportable, MIS-C is. Please stop faxing Kawasaki cases to the epi line.", "eponym-bare", ep="Kawasaki")
C("PUBH", "chat", "Reportable within 24 hours: measles, pertussis, meningococcal disease. Within a week: Lyme, salmonellosis, campylobacter.", "caps-sentence-start list-census")

P("PUBH", "chat", "Case 2027-TB-0188: Bich Ngoc Tran, 34, cough for 6 weeks; household contacts are her husband Quoc and daughter Linh (7).",
  [("2027-TB-0188", ID_), ("Bich Ngoc Tran", N), ("Quoc", N), ("Linh", N)], "other-id name-non-english name-relative")
P("PUBH", "list", "Measles contact list\n1. Harlow, Ezra - 4 mo - unvaccinated\n2. Harlow, Juniper - 3 y - 1 MMR\n3. Sandoval-Pike, Rita - teacher - immune\n4. Abdi, Mohamed - daycare aide - unknown",
  [("Harlow, Ezra", N), ("Harlow, Juniper", N), ("Sandoval-Pike, Rita", N), ("Abdi, Mohamed", N)], "list-second-item name-last-first name-hyphenated")
P("PUBH", "chat", "Registry ID 4471-0092-18 for Paisley Gundersen shows two MMRs; mom says there were three.",
  [("4471-0092-18", ID_), ("Paisley Gundersen", N)], "other-id name-plain")
P("PUBH", "chat", "Interview: the case lives at 611 Willow Bend Rd, Spring Green, and works at the cheese factory; last shift 11/18.",
  [("611 Willow Bend Rd", LO), ("Spring Green", LO), ("11/18", D)], "address city date-numeric")
P("PUBH", "lower", "called the case at 608 555 0117 no answer left vm the mom is maria elena",
  [("608 555 0117", PH), ("maria elena", N)], "lowercase phone name-lowercase")
P("PUBH", "chat", "Travel history: back from Kano on 10/31, fever since 11/02. Case is Abubakar Sani.",
  [("Kano", LO), ("10/31", D), ("11/02", D), ("Abubakar Sani", N)], "foreign-town date-numeric name-non-english")
P("PUBH", "email", "From: epi.line@example.org\nSubject: pertussis contact\nPlease follow up Moira Keogh, infant, DOB 06/02/2027; mom's phone 715-555-0161; daycare is Little Acorns Learning Center.",
  [("epi.line@example.org", EM), ("Moira Keogh", N), ("06/02/2027", D), ("715-555-0161", PH), ("Little Acorns Learning Center", LO)], "email dob phone school-name")
P("PUBH", "chat", "Rabies PEP for Lars Henningsen: bat in the bedroom at his cabin on Lake Owen Dr, Cable.",
  [("Lars Henningsen", N), ("Lake Owen Dr", LO), ("Cable", LO)], "address city name-plain")
P("PUBH", "chat", "Outbreak line list has a 96-year-old from Birchwood Senior Living with norovirus.",
  [("96", A), ("Birchwood Senior Living", LO)], "age-over-89-digits facility")
P("PUBH", "chat", "Video DOT link for Mr. Ruiz: https://vdot.example.com/s/ruiz-448 - he joins from his job site.",
  [("Ruiz", N), ("https://vdot.example.com/s/ruiz-448", UR)], "url name-plain")
P("PUBH", "chat", "192.0.2.88 ran 40 registry lookups in a minute under nurse Coretta Blakely's login; account locked.",
  [("192.0.2.88", IPA), ("Coretta Blakely", N)], "ip name-staff name-possessive")
P("PUBH", "pager", "HEALTH DEPT NOTICE - MEASLES CASE IN YOUR ED WAITING ROOM 11/20 1400-1730 - CASE AGE 19 - CALL 608-555-0100",
  [("11/20", D), ("608-555-0100", PH)], "allcaps date-numeric phone age-under-90")
P("PUBH", "chat", "The contact calls herself Grandma Dot; legal name Dorothea Fleck, 94, lives with the case.",
  [("Dot", N), ("Dorothea Fleck", N), ("94", A)], "name-nickname age-over-89-digits")
P("PUBH", "chat", "Hep B birth dose missing for Baby Girl Oyelaran-Cho, born 11/19 at 0242.",
  [("Oyelaran-Cho", N), ("11/19", D)], "name-hyphenated dob")
P("PUBH", "voicemail", "Hey, it's Duane Mertz, you called about my TB test, I'm driving truck through Amarillo this week, my number's 308-555-0144.",
  [("Duane Mertz", N), ("Amarillo", LO), ("308-555-0144", PH)], "voicemail city phone")
P("PUBH", "chat", "Vaccine adverse event report for Tillie Moorhead, 91, VAERS number 0881472-1.",
  [("Tillie Moorhead", N), ("91", A), ("0881472-1", ID_)], "age-over-89-digits other-id")
P("PUBH", "chat", "Registry merge: two records for Cassius Webb, one with SSN 907-22-4419 and one without - merge them?",
  [("Cassius Webb", N), ("907-22-4419", SS)], "ssn name-plain")
P("PUBH", "chat", "Exposure at the potluck: index case Yolanda Friese attended Grace Lutheran in Reedsburg on 11/09.",
  [("Yolanda Friese", N), ("Grace Lutheran", LO), ("Reedsburg", LO), ("11/09", D)], "facility city date-numeric")
P("PUBH", "chat", "Contact Priya Raman says she sat in her car, silver Camry, plate HJW-2214, for most of the exposure.",
  [("Priya Raman", N), ("HJW-2214", VE)], "vehicle name-non-english")
P("PUBH", "chat", "Interpreter gave the family's number as " + AR("608-555-0133") + "; the case is Hamid Rezaei.",
  [(AR("608-555-0133"), PH), ("Hamid Rezaei", N)], "arabic-indic-digits phone name-non-english")
P("PUBH", "chat", "Fax the TB clearance for Ximena Poblano to her employer's nurse at 920-555-0120.",
  [("Ximena Poblano", N), ("920-555-0120", FX)], "fax name-non-english")
P("PUBH", "chat", "Second case in the household: Rhys Delamere, 12, same school as his sister, Tamarack Middle.",
  [("Rhys Delamere", N), ("Tamarack Middle", LO)], "school-name age-under-90")

# ---------------------------------------------------------------- clinical-trial coordinators and investigational pharmacy
C("TRIAL", "chat", "Monitoring visit next week: source for cycles 1-3, the delegation log and the IP accountability binder.", "admin-chatter")
C("TRIAL", "chat", "Protocol deviation: ECG done 26 hours after dose instead of 24 plus or minus 1. Reporting to the IRB within 10 days.", "organization dose-lab", org="IRB")
C("TRIAL", "chat", "RECIST 1.1: sum of diameters down 34%, partial response confirmed on the 8-week scan.", "score dose-lab", sc="RECIST")
C("TRIAL", "lower", "did anyone renew the citi training mine says expired and the sponsor is checking friday", "lowercase weekday")
C("TRIAL", "chat", "CTCAE grade 2 diarrhea on study drug - hold per section 8.3 and restart at dose level -1.", "score", sc="CTCAE")
C("TRIAL", "chat", "Consent version 4.0 must be re-signed at the next visit for every active subject.", "admin-chatter")
C("TRIAL", "chat", "IP fridge excursion: 9.1 C for 40 minutes overnight. Quarantine, notify the sponsor, wait for the stability call.", "temperature")
C("TRIAL", "chat", "Kaplan-Meier curves for the DSMB slides are ready, median PFS not reached.", "eponym-bare", ep="Kaplan-Meier")
C("TRIAL", "pager", "IP PHARMACY - TEMP LOG MISSING SAT/SUN - COMPLETE BEFORE THE MONITOR ARRIVES", "allcaps weekday")
C("TRIAL", "chat", "Screen failure rate 42%, mostly the eGFR cutoff. Sponsor may amend.", "dose-lab")
C("TRIAL", "chat", "The ClinicalTrials.gov record needs the primary completion date updated.", "organization", org="ClinicalTrials.gov")
C("TRIAL", "chat", "Medidata Rave query backlog: 61 open, 19 older than 30 days.", "device-brand", br="Medidata|Rave")
C("TRIAL", "chat", "Placebo run-in ends at week 2, randomization 2:1 after that.", "ratio")
C("TRIAL", "chat", "Hy's law case? ALT over 5 times ULN and bilirubin 2.3 times - expedited safety report within 15 days.", "eponym-bare dose-lab", ep="Hy")
C("TRIAL", "chat", "Good Clinical Practice refresher on the ICH E6(R3) changes for all coordinators.", "organization", org="ICH")
C("TRIAL", "chat", "The DSMB meets Thursday: open session first, closed session for the unblinded statistics.", "weekday")
C("TRIAL", "chat", "Eligibility like KEYNOTE-189: no prior systemic therapy for metastatic disease.", "trial-name", tr="KEYNOTE-189")
C("TRIAL", "chat", "Greenphire ClinCard reloads run every Friday; stipends post the following Monday.", "device-brand weekday", br="Greenphire|ClinCard")
C("TRIAL", "chat", "Bonferroni for 4 secondary endpoints, so alpha 0.0125 each.", "eponym-bare dose-lab", ep="Bonferroni")
C("TRIAL", "chat", "Belmont principles slide for the new coordinators: respect for persons, beneficence, justice.", "place-rule", pl="Belmont")
C("TRIAL", "chat", "Dose level -1 is 75 mg, dose level -2 is 50 mg, and there is no level -3.", "dose-lab")
C("TRIAL", "chat", "Helsinki Declaration and the Common Rule both on the orientation quiz this year.", "place-rule organization", pl="Helsinki", org="Common Rule")
C("TRIAL", "email", "Fwd: sponsor newsletter\nEnrollment is at 412 of 600 across sites. The next investigator meeting is virtual. Reminder: the lab manual changed for PK tube labels.", "admin-chatter score-fraction")
C("TRIAL", "chat", "Deviation logged. Sponsor notified. Corrective plan drafted. Training documented. Monitor satisfied.", "caps-sentence-start admin-chatter")

P("TRIAL", "chat", "Subject 014-0027 (Marguerite Olsen) had an SAE on 11/12: admitted to Tri-Lakes Medical in Baraboo with pneumonia.",
  [("014-0027", ID_), ("Marguerite Olsen", N), ("11/12", D), ("Tri-Lakes Medical", LO), ("Baraboo", LO)], "research-subject-id date-numeric facility city")
P("TRIAL", "chat", "Randomized subject 031-0112 to kit 448201, arm blinded. Coordinator on record: Xiomara Leal.",
  [("031-0112", ID_), ("448201", ID_), ("Xiomara Leal", N)], "research-subject-id other-id name-staff")
P("TRIAL", "list", "Screening log\n- 022-0041 Pennington, Arlo - eligible\n- 022-0042 Hart, Fern - screen fail, eGFR\n- 022-0043 Ybañez, Lourdes - pending labs",
  [("022-0041", ID_), ("Pennington, Arlo", N), ("022-0042", ID_), ("Hart, Fern", N), ("022-0043", ID_), ("Ybañez, Lourdes", N)], "list-second-item research-subject-id name-last-first name-common-word")
P("TRIAL", "chat", "Stipend card ending 8824 for Jules Marchand won't reload.",
  [("8824", AC), ("Jules Marchand", N)], "account name-plain")
P("TRIAL", "email", "From: cra.monitor@example.com\nSubject: SDV findings\nThe DOB for subject 009-0015 is 04/05/1936 in the EDC but 05/04/1936 in the source. Please correct and initial.\n- Anneliese Brandt",
  [("cra.monitor@example.com", EM), ("009-0015", ID_), ("04/05/1936", D), ("05/04/1936", D), ("Anneliese Brandt", N)], "email research-subject-id dob list-second-item")
P("TRIAL", "chat", "Ms. Hughes is 90 and wants to enroll, but the protocol cap is 85. Excluded.",
  [("Hughes", N), ("90", A)], "age-over-89-digits age-under-90")
P("TRIAL", "chat", "His wife Odette called - he's in Lisbon with family and missed the day 15 visit; reach her at +351 21 555 0148.",
  [("Odette", N), ("Lisbon", LO), ("+351 21 555 0148", PH)], "name-relative foreign-town phone")
P("TRIAL", "chat", "Genetic substudy sample GS-27-00419 shipped for Mr. Aldana; the courier tracking number is not PHI.",
  [("GS-27-00419", ID_), ("Aldana", N)], "other-id name-plain")
P("TRIAL", "chat", "The PI, Dr. Temperance Okafor-Lindh, has to sign the new 1572 before the site can enroll.",
  [("Temperance Okafor-Lindh", N)], "name-clinician name-hyphenated name-common-word")
P("TRIAL", "voicemail", "This is Gus, Augustin Ferreira, study patient, my wrist device stopped recording, the number on the back is AW-5571093, call me at 715-555-0128.",
  [("Gus", N), ("Augustin Ferreira", N), ("AW-5571093", DV), ("715-555-0128", PH)], "voicemail name-nickname device-serial phone")
P("TRIAL", "lower", "subj 040-0009 ruth ann kasprzak missed her pk draws twice can we move her to the later cohort",
  [("040-0009", ID_), ("ruth ann kasprzak", N)], "lowercase research-subject-id name-lowercase")
P("TRIAL", "chat", "Dermatology endpoint photo subj_012-0033_week12_face.jpg is identifiable; secure folder only.",
  [("subj_012-0033_week12_face.jpg", PI)], "photo-filename")
P("TRIAL", "chat", "Dr. Valentin Moreau (NPI 1558203471) replaces Dr. Chung as sub-investigator on the delegation log from 12/01.",
  [("Valentin Moreau", N), ("1558203471", LI), ("Chung", N), ("12/01", D)], "name-clinician clinician-license date-numeric")
P("TRIAL", "chat", "PK visit for Ozzie (Oswaldo) Pineda, age 92: eight draws over 24 hours, so he stays in the CRU overnight.",
  [("Ozzie", N), ("Oswaldo", N), ("Pineda", N), ("92", A)], "name-nickname age-over-89-digits")
P("TRIAL", "ehr", "eDiary audit: subject 077-0003 synced from 203.0.113.109 and 2001:db8:77::4",
  [("077-0003", ID_), ("203.0.113.109", IPA), ("2001:db8:77::4", IPA)], "research-subject-id ip list-second-item")
P("TRIAL", "chat", "Subject 022-0043 lives part of the year at 7 Rue des Lilas, Strasbourg. Ship IP there? Sponsor says US only.",
  [("022-0043", ID_), ("7 Rue des Lilas", LO), ("Strasbourg", LO)], "research-subject-id address foreign-town")
P("TRIAL", "chat", "Re-consent: Mr. Solano signed v4.0 on 11/21 with his daughter Graciela as witness.",
  [("Solano", N), ("11/21", D), ("Graciela", N)], "date-numeric name-relative")
P("TRIAL", "chat", "Unblinding log: subject 055-0007 unblinded by Dr. Keiko Hasegawa at 0214 on 10/08 for anaphylaxis.",
  [("055-0007", ID_), ("Keiko Hasegawa", N), ("10/08", D)], "research-subject-id name-non-english date-numeric")
P("TRIAL", "chat", "Parking validation for study visits: plate 4RTM882 belongs to Lakshmi Iyer.",
  [("4RTM882", VE), ("Lakshmi Iyer", N)], "vehicle name-non-english")
P("TRIAL", "chat", "Hy's law alert on subject 060-0011, whose last name really is Hy (Warren Hy). ALT 8 times ULN.",
  [("060-0011", ID_), ("Hy", N), ("Warren Hy", N)], "name-eponym-surname research-subject-id")
P("TRIAL", "chat", "Coverage analysis needs the MBI 3WD8-KQ2-TT41 for Imelda Castro's routine-cost claims.",
  [("3WD8-KQ2-TT41", HP), ("Imelda Castro", N)], "health-plan name-possessive")

# ---------------------------------------------------------------- HIM release-of-information desk and coding queries
C("HIM", "chat", "ROI turnaround: 30 days by law and we average 9. Patient requests go ahead of attorney requests.", "admin-chatter")
C("HIM", "chat", "Psychotherapy notes are not part of the designated record set; don't release them without a specific authorization.", "admin-chatter")
C("HIM", "chat", "HIPAA allows a reasonable, cost-based fee for copies; the fee schedule is on the intranet.", "organization", org="HIPAA")
C("HIM", "lower", "coding query sepsis 3 vs sirs the doc wrote both which one do we code", "lowercase quick-question")
C("HIM", "chat", "CDI: 'acute on chronic systolic heart failure' needs both acuity and type; an EF alone won't do it.", "dose-lab")
C("HIM", "chat", "DRG 871 versus 872 depends on the MCC, and the lactic acidosis wasn't documented as clinically significant.", "code-number")
C("HIM", "chat", "Z79.4 for long-term insulin, E11.65 for hyperglycemia - don't forget the Z code.", "code-number")
C("HIM", "pager", "HIM SCANNING BACKLOG 1,400 PAGES - LOOSE DOCUMENTS DUE BY FRIDAY NOON", "allcaps weekday")
C("HIM", "chat", "Amendment request denied: the clinician stands by the note, and the patient may file a statement of disagreement.", "admin-chatter")
C("HIM", "chat", "Part 2 records: SUD treatment notes need their own consent, even when the request comes from another provider.", "code-number")
C("HIM", "chat", "Deficiency report: 212 unsigned notes older than 14 days and 31 unsigned verbal orders.", "dose-lab")
C("HIM", "chat", "The grouper update went live overnight; MS-DRG v42 tables are loaded.", "score code-number", sc="MS-DRG")
C("HIM", "chat", "Legal hold on a chart means nothing gets purged, the audit trail included.", "admin-chatter")
C("HIM", "chat", "The 3M encoder is down - use the backup code books until IT has it back.", "device-brand", br="3M")
C("HIM", "chat", "Breach risk assessment: the fax went to a wrong number but came back unread, low probability of compromise.", "admin-chatter")
C("HIM", "chat", "Glasgow coma scale on the trauma chart isn't codable by itself but it supports severity.", "place-rule score", pl="Glasgow")
C("HIM", "chat", "Two-midnight rule question for the observation-to-inpatient change on a Medicare Advantage patient.", "organization", org="Medicare")
C("HIM", "chat", "Retention: adult records 10 years after the last encounter, minors until age 28 in this state.", "age-under-90")
C("HIM", "chat", "Parkinson disease with dementia is G20 plus F02.80; don't use G31.83 unless Lewy bodies are documented.", "eponym code-number", ep="Parkinson|Lewy")
C("HIM", "chat", "Hope the new clerks know an authorization must name an expiration date or event, or it's invalid.", "common-word-not-name admin-chatter")
C("HIM", "chat", "Whipple procedure coding: 48150 versus 48153 depends on the pancreatojejunostomy, not the pylorus.", "eponym code-number", ep="Whipple")
C("HIM", "voicemail", "Voicemail to the ROI line, no name left: I want to know if my records from the sleep study can be sent to my new doctor, I'll call back.", "voicemail")
C("HIM", "chat", "Subpoena received. Authorization missing. Notice to patient not documented. Legal reviewing. Hold release.", "caps-sentence-start admin-chatter")

P("HIM", "chat", "ROI request R27-10442 from Garrison & Oakes LLP for their client Theodore Brandvold, dates of service 03/02/2027-03/09/2027, authorization signed 10/30.",
  [("R27-10442", ID_), ("Theodore Brandvold", N), ("03/02/2027", D), ("03/09/2027", D), ("10/30", D)], "other-id company date-numeric")
P("HIM", "chat", "Geneva Holcomb wants her records sent to her new PCP in Asheville, fax 828-555-0181.",
  [("Geneva Holcomb", N), ("Asheville", LO), ("828-555-0181", FX)], "name-common-word city fax")
P("HIM", "chat", "Duplicate MRN merge: 10043381 and 10043318 both belong to Castillo, Ana Lucía, DOB 02/28/1950.",
  [("10043381", MR), ("10043318", MR), ("Castillo, Ana Lucía", N), ("02/28/1950", D)], "mrn list-second-item name-non-english dob")
P("HIM", "chat", "Subpoena from the circuit court, case 27-CV-004417, for all records on Mr. Eckhardt; legal has it.",
  [("27-CV-004417", ID_), ("Eckhardt", N)], "other-id name-plain")
P("HIM", "email", "From: records.requests@example.net\nRe: deceased patient records\nI am the executor for my father, Anselm Gruber, who died 09/14/2027 at 97. Please send the records to 55 Harbor View Ln, Bayfield 54814.",
  [("records.requests@example.net", EM), ("Anselm Gruber", N), ("09/14/2027", D), ("97", A), ("55 Harbor View Ln", LO), ("Bayfield", LO), ("54814", LO)], "email age-over-89-digits address zip")
P("HIM", "lower", "roi desk pls check if the auth for kenji watanabe covers the psych notes it only says labs and imaging",
  [("kenji watanabe", N)], "lowercase name-lowercase name-non-english")
P("HIM", "chat", "Amendment: Ms. Lark says the SSN in her chart is wrong - 915-37-2208 should be 915-37-2280.",
  [("Lark", N), ("915-37-2208", SS), ("915-37-2280", SS)], "ssn list-second-item name-common-word")
P("HIM", "chat", "Coding query to Dr. Pemberton-Oyelowo about Mr. Faraday's 'possible' aspiration pneumonia.",
  [("Pemberton-Oyelowo", N), ("Faraday", N)], "name-clinician name-hyphenated name-possessive")
P("HIM", "chat", "Misdirected fax: Baptiste, Marie-Claire's records went to 608-555-0144 instead of 608-555-0114. Breach log BL-2027-031.",
  [("Baptiste, Marie-Claire", N), ("608-555-0144", FX), ("608-555-0114", FX), ("BL-2027-031", ID_)], "name-last-first fax list-second-item other-id")
P("HIM", "pager", "HIM: WALK-IN AT WINDOW 2 SAYS SHE IS THE DAUGHTER OF LUDMILA PETROVA - NO POA ON FILE",
  [("LUDMILA PETROVA", N)], "allcaps name-allcaps name-non-english")
P("HIM", "chat", "Release to the disability insurer, claim DI-2027-55812, for Carl Ingebretsen; authorization expires 12/31/2027.",
  [("DI-2027-55812", ID_), ("Carl Ingebretsen", N), ("12/31/2027", D)], "other-id date-numeric")
P("HIM", "chat", "Minor's records: Jasper Quill is 15 and the parents are divorced; dad's request needs the custody order on file.",
  [("Jasper Quill", N)], "name-plain age-under-90")
P("HIM", "chat", "Amended death certificate for Esperanza Ruiz Calderón, date of death 10/02/2027; funeral home fax 505-555-0153.",
  [("Esperanza Ruiz Calderón", N), ("10/02/2027", D), ("505-555-0153", FX)], "name-non-english date-numeric fax")
P("HIM", "chat", "Wrong-patient note: Ng, Tommy (MRN 70021558) - it belongs to Ng, Tommie (MRN 70021585).",
  [("Ng, Tommy", N), ("70021558", MR), ("Ng, Tommie", N), ("70021585", MR)], "name-last-first mrn list-second-item")
P("HIM", "chat", "Charge review: FIN 9900312247 for Mrs. Archambault billed the same MRI twice.",
  [("9900312247", AC), ("Archambault", N)], "account name-plain")
P("HIM", "voicemail", "Voicemail 1622: this is attorney Ezekiel Strand, representing Mrs. Volkova, requesting her ER records from last Halloween, call me at 312-555-0162.",
  [("Ezekiel Strand", N), ("Volkova", N), ("312-555-0162", PH)], "voicemail phone holiday")
P("HIM", "chat", "Audit: a session from 2001:db8:4f::17 opened the chart of Dakota Sweeney, an employee's relative.",
  [("2001:db8:4f::17", IPA), ("Dakota Sweeney", N)], "ip name-plain")
P("HIM", "chat", "Proxy request: Mr. Abernethy, 99, wants his niece Claudette to have portal access.",
  [("Abernethy", N), ("99", A), ("Claudette", N)], "age-over-89-digits name-relative")
P("HIM", "chat", "Request from Istanbul: Elif Demirtaş, treated here as a tourist, wants the op note sent to elif.d@example.com.",
  [("Istanbul", LO), ("Elif Demirtaş", N), ("elif.d@example.com", EM)], "foreign-town name-non-english email")
P("HIM", "chat", "Medicaid ID 40993321877 inactive for the 11/03 date of service - check the HMO instead. Patient: Dixon, Ray.",
  [("40993321877", HP), ("11/03", D), ("Dixon, Ray", N)], "health-plan date-numeric name-last-first")
P("HIM", "chat", "Scanned ROI form has the DOB in full-width digits, " + FW("07/19/1929") + ", for Mrs. Odegaard; age 98 per the form.",
  [(FW("07/19/1929"), D), ("Odegaard", N), ("98", A)], "fullwidth-digits dob age-over-89-digits")
P("HIM", "ehr", "ROI log | req 88231 | pt HALE, WINIFRED | MRN 31177420 | requester: self | sent via portal 12/02",
  [("88231", ID_), ("HALE, WINIFRED", N), ("31177420", MR), ("12/02", D)], "other-id name-allcaps mrn date-numeric")

# ---------------------------------------------------------------- EHR help desk
C("HELP", "chat", "Epic downtime 0200-0400 Sunday: downtime forms are in the red binders and the BCA PCs have the reports.", "org-software weekday clock-time", org="Epic")
C("HELP", "chat", "Password resets go through the self-service portal now, not the desk.", "admin-chatter")
C("HELP", "lower", "my dragon mic stopped working after the update anyone else", "lowercase device-brand")
C("HELP", "chat", "Citrix freezes when printing labels to the Zebra printers - known issue, patch on Thursday.", "device-brand weekday", br="Citrix|Zebra")
C("HELP", "chat", "Haiku and Canto updated overnight; log out and back in on your phone.", "device-brand", br="Haiku|Canto")
C("HELP", "chat", "The alert for every patient over 65 about the Beers list fires too often; we're tuning it.", "eponym-bare age-under-90", ep="Beers")
C("HELP", "pager", "EHR DOWNTIME EXTENDED TO 0600 - CONTINUE PAPER CHARTING - LAB RESULTS BY PHONE", "allcaps clock-time")
C("HELP", "chat", "SmartPhrase question: how do I share a phrase with my whole department?", "quick-question org-software")
C("HELP", "chat", "Imprivata badge tap isn't working on the ICU workstations; type passwords for now.", "device-brand", br="Imprivata")
C("HELP", "chat", "Vocera badges on 5 West won't register - swap the batteries first.", "device-brand room-bed-number", br="Vocera")
C("HELP", "chat", "PowerChart is the Cerner product; we don't have it, you're thinking of your last hospital.", "org-software", br="PowerChart", org="Cerner")
C("HELP", "chat", "Printer ICU-PRN-07 jams on the wristband stock every time. Ticket opened.", "code-number")
C("HELP", "chat", "Teams calls drop in the basement; there's no Wi-Fi in the old wing.", "org-software", br="Teams")
C("HELP", "chat", "Grant access? We can't: access requests need the manager's approval first.", "common-word-not-name")
C("HELP", "chat", "The sepsis order set still shows the old lactate timing; informatics has it for the next build.", "admin-chatter")
C("HELP", "chat", "Fluency Direct templates migrated; the old autotext is gone.", "device-brand", br="Fluency")
C("HELP", "chat", "Will the MyChart upgrade break proxy access for teens?", "org-software quick-question", br="MyChart")
C("HELP", "chat", "Hyperspace crashed on 6 workstations after the Windows update; rollback approved.", "org-software", br="Hyperspace|Windows")
C("HELP", "chat", "The barcode scanner won't read the Pyxis labels on 4 North.", "device-brand room-bed-number", br="Pyxis")
C("HELP", "chat", "Phishing reminder: IT will never ask for your password by text.", "admin-chatter")
C("HELP", "chat", "Mark every abnormal result reviewed in bulk? In Basket has an option, but please don't.", "common-word-not-name org-software", br="In Basket")
C("HELP", "chat", "Rover keeps logging the nurses out after 15 minutes on the night shift.", "device-brand", br="Rover")
C("HELP", "voicemail", "Voicemail to the desk: hi, calling from the cath lab, the hemo system won't talk to the EHR again, we're charting on paper, call the lab phone.", "voicemail")
C("HELP", "chat", "Logout. Restart. Clear the cache. Reopen Hyperspace. Try again before you call us.", "caps-sentence-start org-software")

P("HELP", "ehr", "Ticket: wrong chart opened - user meant Hollis, Ruth (MRN 22817740) and opened Hollis, Ruth A (MRN 22817704).",
  [("Hollis, Ruth", N), ("22817740", MR), ("Hollis, Ruth A", N), ("22817704", MR)], "name-last-first mrn list-second-item")
P("HELP", "chat", "Nurse Ebony Castellano is locked out after 5 failed logins from 198.51.100.77.",
  [("Ebony Castellano", N), ("198.51.100.77", IPA)], "name-staff ip")
P("HELP", "chat", "Portal proxy link fails for Sunny Delgado, 8; mom's e-mail is sunnyd.mom@example.org.",
  [("Sunny Delgado", N), ("sunnyd.mom@example.org", EM)], "name-common-word email age-under-90")
P("HELP", "chat", "Merge request: two charts for Jean-Baptiste Mbeki, DOB 5/14/1961 and DOB 5/14/1967, same SSN last 4, 0093.",
  [("Jean-Baptiste Mbeki", N), ("5/14/1961", D), ("5/14/1967", D), ("0093", SS)], "name-hyphenated dob ssn-partial list-second-item")
P("HELP", "chat", "Registration typed 1200 E WILLOWBROOK AVE, MADISON 53703 for Signe Aas, who lives in Oslo.",
  [("1200 E WILLOWBROOK AVE", LO), ("MADISON", LO), ("53703", LO), ("Signe Aas", N), ("Oslo", LO)], "address city zip foreign-town")
P("HELP", "email", "Fwd: portal message not delivered\nFrom: noreply@example.com\nTo: tobias.k.reinholt@example.net\nYour message to the care team about your 11/30 visit could not be delivered.",
  [("noreply@example.com", EM), ("tobias.k.reinholt@example.net", EM), ("11/30", D)], "email date-numeric list-second-item")
P("HELP", "chat", "Baby Boy Kessler-Vann is showing his mom's MRN 33490127 - we need a newborn MRN generated.",
  [("Kessler-Vann", N), ("33490127", MR)], "name-hyphenated mrn")
P("HELP", "voicemail", "Hi, Brother Ignatius at St. Jerome Friary, one of our brothers, Fr. Anselm Kowal, can't get into MyChart, please call 414-555-0109.",
  [("Ignatius", N), ("St. Jerome Friary", LO), ("Anselm Kowal", N), ("414-555-0109", PH)], "voicemail facility phone name-non-english")
P("HELP", "chat", "A face photo went to the wrong chart: face_ID_Marcelino_Soto.jpg is on Marcelino Sota's chart.",
  [("face_ID_Marcelino_Soto.jpg", PI), ("Marcelino Sota", N)], "photo-filename name-non-english")
P("HELP", "chat", "Badge 88214 (nurse Yolanda Priest) pulled meds for a patient not on her assignment.",
  [("88214", ID_), ("Yolanda Priest", N)], "other-id name-staff name-common-word")
P("HELP", "chat", "Dr. Orlov's VPN session came from 2001:db8:a11::3c while he was in Tbilisi; security wants a callback.",
  [("Orlov", N), ("2001:db8:a11::3c", IPA), ("Tbilisi", LO)], "ip name-clinician foreign-town")
P("HELP", "chat", "Pump serial 14C-220876 is mapped to the wrong patient; it should be Alvarado, Teresa in 6 South 12.",
  [("14C-220876", DV), ("Alvarado, Teresa", N)], "device-serial name-last-first room-bed-number")
P("HELP", "chat", "Please reset the portal for Merle Haggerty, 90; his son Cliff handles it and Cliff's number is 785-555-0190.",
  [("Merle Haggerty", N), ("90", A), ("Cliff", N), ("Cliff", N), ("785-555-0190", PH)], "age-over-89-digits name-relative phone")
P("HELP", "ehr", "Fax server log: outbound to 608-555-0166 failed 3x, document Referral_Dimitrova_Teodora.pdf",
  [("608-555-0166", FX), ("Dimitrova", N), ("Teodora", N)], "fax name-non-english")
P("HELP", "chat", "Video visit link https://mychart.example.org/vv/join?id=77Kx2 won't open for the patient on her tablet.",
  [("https://mychart.example.org/vv/join?id=77Kx2", UR)], "url")
P("HELP", "chat", "Ticket INC0448812: Dr. Wójcik can't see results for Mr. Ferreira-Lapointe.",
  [("Wójcik", N), ("Ferreira-Lapointe", N)], "name-clinician name-non-english name-hyphenated")
P("HELP", "pager", "ID BAND REPRINT NEEDED: OGUNDIPE, FOLAKE  DOB 03-OCT-1958  MRN 44018822",
  [("OGUNDIPE, FOLAKE", N), ("03-OCT-1958", D), ("44018822", MR)], "allcaps name-allcaps date-dmy-abbrev mrn")
P("HELP", "chat", "Scanner filed Maple, Dorothy's consent in Maple, Dorothea's chart. Both are 93, both on 3 East.",
  [("Maple, Dorothy", N), ("Maple, Dorothea", N), ("93", A)], "name-last-first name-common-word age-over-89-digits")
P("HELP", "chat", "Palm-vein template PV-T-55801 for nurse Ansel Wick won't enroll on the new scanner.",
  [("PV-T-55801", BI), ("Ansel Wick", N)], "biometric name-staff")
P("HELP", "sms", "pls call my mom Hyun-joo about the portal she can't read English 213 555 0178 - Daniel Cho",
  [("Hyun-joo", N), ("213 555 0178", PH), ("Daniel Cho", N)], "name-relative phone name-non-english")
P("HELP", "ehr", "Access log | user MRN lookup | 0431 | MRN 6601" + NBHY + "2297 | workstation ED-WS-14 | pt Burke, Ambrose",
  [("6601" + NBHY + "2297", MR), ("Burke, Ambrose", N)], "unicode-hyphen mrn name-last-first")
P("HELP", "lower", "cant find the chart for ms ivy dale shes in er 12 registration spelled it ivey dahl maybe",
  [("ivy dale", N), ("ivey dahl", N)], "lowercase name-lowercase name-common-word")

# ---------------------------------------------------------------- chaplaincy, spiritual care and clinical nutrition
C("CHAP", "chat", "The on-call chaplain covers both towers tonight; page through the operator for any death or faith request.", "staff-role")
C("CHAP", "chat", "Sacrament of the Sick requests go to the Catholic priest on call; any of us can pray with anyone.", "staff-role")
C("CHAP", "lower", "does anyone have a prayer rug and a compass for the muslim family in the icu waiting room", "lowercase quick-question")
C("CHAP", "chat", "Glucerna 1.2 at 55 mL/h, goal 65, free water 200 every 4 hours.", "drug-brand-name dose-lab", br="Glucerna")
C("CHAP", "chat", "Refeeding risk: phos 1.9 after 3 days of tube feeds - slow to 20 mL/h and replete.", "dose-lab")
C("CHAP", "chat", "Harris-Benedict or Mifflin-St Jeor for the obese patient? For the vented ones we use Penn State.", "eponym-bare place-rule quick-question", ep="Harris-Benedict|Mifflin-St Jeor", pl="Penn State")
C("CHAP", "chat", "Kosher meals come double-wrapped from the outside vendor; don't open them before the tray reaches the room.", "admin-chatter")
C("CHAP", "pager", "SPIRITUAL CARE - INTERFAITH SERVICE IN THE CHAPEL AT 1200 - ALL WELCOME", "allcaps clock-time")
C("CHAP", "chat", "Halal options: the chicken and beef entrées are certified, the gelatin desserts are not.", "admin-chatter")
C("CHAP", "chat", "Memorial service for the staff we lost this year: chapel, Thursday at noon.", "weekday")
C("CHAP", "chat", "Nepro for the dialysis patient, Suplena if not on dialysis yet.", "drug-brand-name", br="Nepro|Suplena")
C("CHAP", "chat", "GLIM criteria met: 9% weight loss in 3 months and reduced intake - severe malnutrition.", "score dose-lab", sc="GLIM")
C("CHAP", "chat", "Bereavement packets restocked; the Spanish and Hmong ones are in the top drawer.", "admin-chatter")
C("CHAP", "chat", "Ensure Clear or Boost Breeze for the clear-liquid patient - which one do we stock?", "drug-brand-name quick-question", br="Boost")
C("CHAP", "chat", "Diwali lamps must be electric, no open flame, even in the chapel.", "holiday")
C("CHAP", "chat", "Formula shortage: Jevity 1.5 substitutes for Osmolite 1.5 for now.", "drug-brand-name dose-lab", br="Jevity|Osmolite")
C("CHAP", "chat", "IDDSI level 5 minced and moist, liquids mildly thick (level 2).", "score", sc="IDDSI")
C("CHAP", "chat", "Faith community nurses meeting: supporting families through long ICU stays.", "common-word-not-name", word="Faith")
C("CHAP", "chat", "Question for the bot: how do I explain brain death to a family that believes the heart is the seat of the soul?", "quick-question")
C("CHAP", "chat", "Ketogenic ratio 4:1 for the seizure kid, calories at 75 kcal/kg.", "ratio dose-lab")
C("CHAP", "chat", "Ethics consult and chaplaincy are separate services; the ethics pager is the one ending in 12.", "not-a-phone staff-role")
C("CHAP", "chat", "Sterile water only for an emergency baptism in the NICU, never tap water, per infection control.", "admin-chatter")
C("CHAP", "chat", "Calorie count day 3. Intake 40% of needs. Magic cup added. Appetite poor. Family bringing food from home.", "caps-sentence-start dose-lab")
C("CHAP", "email", "Fwd: spiritual care volunteers\nThe volunteer orientation moves to the spring. Volunteers need a TB screen, the flu shot and the HIPAA module before their first shift.", "admin-chatter")

P("CHAP", "list", "Chaplain visit list\n- Rm 504 Mrs. Esterhazy - Catholic, wants Communion\n- Rm 512 Mr. Bhattacharya - Hindu, family praying at 1800\n- Rm 520 Deacon Ray Lucero - visiting his wife, Carmen",
  [("Esterhazy", N), ("Bhattacharya", N), ("Ray Lucero", N), ("Carmen", N)], "list-second-item name-non-english name-relative")
P("CHAP", "chat", "Reverend Cornelius Abernathy-Odom is 95 and wants his own pastor, Pastor Lydia Brandt of Bethel AME in Racine.",
  [("Cornelius Abernathy-Odom", N), ("95", A), ("Lydia Brandt", N), ("Bethel AME", LO), ("Racine", LO)], "name-hyphenated age-over-89-digits facility city")
P("CHAP", "chat", "Nutrition consult for Mr. Grace - no, Mr. Gracia, Felipe Gracia - NPO since 11/26, TPN requested.",
  [("Grace", N), ("Gracia", N), ("Felipe Gracia", N), ("11/26", D)], "name-mistyped name-common-word date-numeric")
P("CHAP", "chat", "Death at 0340 on 7 North: Augusta Whitfield, 102. Her daughter Marian asked for the Lutheran chaplain.",
  [("Augusta Whitfield", N), ("102", A), ("Marian", N)], "age-over-89-digits name-relative")
P("CHAP", "chat", "Dietitian Kaveh Moradi reviews calorie counts for Ms. Lindqvist-Bauer tomorrow.",
  [("Kaveh Moradi", N), ("Lindqvist-Bauer", N)], "name-staff name-non-english name-hyphenated")
P("CHAP", "email", "From: pastor.mike@example.org\nSubject: visiting a parishioner\nOur member Edwin Kloster is in your hospital, room unknown. He's 91. Please tell him Pastor Mike will come Sunday. Cell 920-555-0151.",
  [("pastor.mike@example.org", EM), ("Edwin Kloster", N), ("91", A), ("Mike", N), ("920-555-0151", PH)], "email age-over-89-digits name-given-only phone")
P("CHAP", "lower", "family of mrs hoang wants a monk from the temple on 14th st can we call them",
  [("hoang", N), ("14th st", LO)], "lowercase name-lowercase address")
P("CHAP", "chat", "Home enteral supplies: account 5507712204 for Jerome Ashworth, deliver to 8 Quarry Rd, Mount Horeb.",
  [("5507712204", AC), ("Jerome Ashworth", N), ("8 Quarry Rd", LO), ("Mount Horeb", LO)], "account address city name-eponym-surname")
P("CHAP", "voicemail", "Voicemail for chaplaincy: my name is Farida, Yusuf Haddad's wife, he's in the ICU, we need an imam before his surgery, 608-555-0179.",
  [("Farida", N), ("Yusuf Haddad", N), ("608-555-0179", PH)], "voicemail name-relative phone name-non-english")
P("CHAP", "pager", "CHAPLAIN TO ED TRAUMA 2 - FAMILY OF DAKOTA REDCLOUD ARRIVING - PT DECEASED",
  [("DAKOTA REDCLOUD", N)], "allcaps name-allcaps")
P("CHAP", "chat", "Kosher tray for Mr. Feldstein, but his wife Esther says he keeps kosher-style only, so regular trays are fine.",
  [("Feldstein", N), ("Esther", N)], "name-relative name-plain")
P("CHAP", "chat", "Baby Boy Amadi's mom is pumping 600 mL a day; fortify to 24 kcal.",
  [("Amadi", N)], "name-possessive dose-lab")
P("CHAP", "chat", "Ninety-seven and still asking for a second dessert: Mrs. Ostrowski in 411, no restriction.",
  [("Ninety-seven", A), ("Ostrowski", N)], "age-over-89-words name-message-start")
P("CHAP", "chat", "Chaplain Seraphina Vos will do the blessing of the hands for ICU staff on 12/10.",
  [("Seraphina Vos", N), ("12/10", D)], "name-staff date-numeric")
P("CHAP", "chat", "Her husband Rudy wants to marry her here before she dies; license from the county clerk, they live in Sparta.",
  [("Rudy", N), ("Sparta", LO)], "name-relative city")
P("CHAP", "chat", "The family brought a photo of Grandpa Emil for the memorial board, EmilZ_memorial.jpg - ok to print?",
  [("Emil", N), ("EmilZ_memorial.jpg", PI)], "photo-filename name-relative")
P("CHAP", "chat", "Home feeding pump serial KP-0099321 for Lucía Ferrer alarms 'no flow' at night.",
  [("KP-0099321", DV), ("Lucía Ferrer", N)], "device-serial name-non-english")
P("CHAP", "chat", "Nutrition consult: Hollis Grant, 93 kg, BMI 31 - that's his weight, not his age.",
  [("Hollis Grant", N)], "name-common-word age-like-number")
P("CHAP", "list", "Bereavement call list\n1. Voss family (Kurt) - 920-555-0174\n2. Nakamura family (Aiko) - 920-555-0118\n3. Tremblay family (Sylvie) - 920-555-0197",
  [("Voss", N), ("Kurt", N), ("920-555-0174", PH), ("Nakamura", N), ("Aiko", N), ("920-555-0118", PH), ("Tremblay", N), ("Sylvie", N), ("920-555-0197", PH)], "list-second-item name-relative phone")
P("CHAP", "chat", "Diet order for Swati Raghunathan: Jain, so no root vegetables and no onion or garlic.",
  [("Swati Raghunathan", N)], "name-non-english")
P("CHAP", "chat", "The donor family asked for Father Dominic Okeke to be present; the OPO donor ID is OPO-27-4410.",
  [("Dominic Okeke", N), ("OPO-27-4410", ID_)], "other-id name-non-english")
P("CHAP", "sms", "Rabbi here - is the Goldfarb family still in the family room? tell Miriam I'm 10 min out. my cell 262-555-0125",
  [("Goldfarb", N), ("Miriam", N), ("262-555-0125", PH)], "name-relative phone")

# ---------------------------------------------------------------- added last, one by one, to fill thin categories and near misses
P("PERIOP", "chat", "The controlled-substance log for OR 8 is missing the prescriber's DEA number; Dr. Castellane's is FC4471902.",
  [("Castellane", N), ("FC4471902", LI)], "clinician-license name-clinician")
P("CORR", "chat", "Visitor screening: the brother, Dale Hutchins, showed license H325-7719-4402-11 in the lobby before the infirmary visit.",
  [("Dale Hutchins", N), ("H325-7719-4402-11", LI)], "drivers-license name-relative")
P("HELP", "chat", "Provisioning: new RN Marguerite Oyama, nursing license 4471992-30, needs dispensing cabinet access by Monday.",
  [("Marguerite Oyama", N), ("4471992-30", LI)], "clinician-license name-staff weekday")
P("PUBH", "chat", "The DOT examiner wants the TB clearance for the trucker Duane Mertz on file with his CDL number, S445-0913-7720.",
  [("Duane Mertz", N), ("S445-0913-7720", LI)], "drivers-license name-plain")
P("SCHOOL", "chat", "College health: Priyanka Dasgupta showed driver's license D214-6609-1183 as her ID; scan it into media?",
  [("Priyanka Dasgupta", N), ("D214-6609-1183", LI)], "drivers-license name-non-english")
P("TRIAL", "chat", "The eConsent link for subject 088-0014 is https://econsent.example.com/s/088-0014 - please don't paste it in the group chat again.",
  [("088-0014", ID_), ("https://econsent.example.com/s/088-0014", UR)], "url research-subject-id")
P("PUBH", "chat", "Registry record for Omar Haddadin: https://wir.example.org/patient/4471092 - please verify the second MMR.",
  [("Omar Haddadin", N), ("https://wir.example.org/patient/4471092", UR)], "url name-non-english")
P("HIM", "chat", "ROI portal download for the attorney on the Carlisle estate: https://roi.example.net/dl/R27-10877?token=a8f3, good for 72 hours.",
  [("Carlisle", N), ("https://roi.example.net/dl/R27-10877?token=a8f3", UR)], "url name-surname-only")
P("RAD", "chat", "Patient-facing image link for Zofia Nowak's knee MRI: http://share.example.com/img/zn-1130",
  [("Zofia Nowak", N), ("http://share.example.com/img/zn-1130", UR)], "url name-non-english name-possessive")
P("CORR", "chat", "Iris template IR-3390-17 enrolled for Darnell Meeks at booking; it replaces the wristband check at pill line.",
  [("IR-3390-17", BI), ("Darnell Meeks", N)], "biometric name-plain")
P("HELP", "chat", "Nurse-line voiceprint VP-22017 for Ms. Holm keeps failing verification - reset it?",
  [("VP-22017", BI), ("Holm", N)], "biometric name-surname-only")
P("SCHOOL", "chat", "Lunch line finger scan FS-0871-A is Noah Dufresne's, and the nurse uses it to confirm his noon Keppra.",
  [("FS-0871-A", BI), ("Noah Dufresne", N)], "biometric name-possessive")
P("ICU", "chat", "Right-to-left paste from the family's message: " + RLM + "Miriam Azoulay" + RLM + " is the health care agent, cell 954-555-0139.",
  [("Miriam Azoulay", N), ("954-555-0139", PH)], "bidi-mark name-relative phone")

C("ICU", "chat", "The 89-year-old in 15 is back in sinus after the amiodarone bolus; drip at 1 mg/min for 6 hours.", "age-under-90 dose-lab room-bed-number")
C("ICU", "chat", "Propofol 30" + NBSP + "mcg/kg/min with triglycerides 410, switching to midazolam tonight.", "unicode-clean dose-lab")
C("LAB", "chat", "Outside report came through with full-width digits: vanc trough " + FW("15.2") + ", still a trough, still reportable as is.", "unicode-clean fullwidth-digits dose-lab")
C("REHAB", "chat", "Keppra" + ZW + " 500 mg given before therapy; the seizure plan is taped to the gym door.", "unicode-clean drug-brand-name", br="Keppra")
C("CATH", "chat", "Brilinta 90 mg twice daily after the load, aspirin 81, no PPI needed unless bleeding history.", "drug-brand-name dose-lab age-like-number", br="Brilinta")
C("REHAB", "chat", "Ninety minutes per discipline is too much for him; PT and OT split into shorter blocks.", "age-like-number")
C("CATH", "chat", "CPT 93458 plus 93567 for the cath with the supravalvular aortogram - coding asked.", "code-number")
C("PUBH", "chat", "NDC 58160-0815-52 on the returned vials doesn't match the VIS edition we handed out; reprint the sheets.", "code-number lot-number")

# =============================================================================================
# Checks, split and output
# =============================================================================================
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "\u041cRN", "DOB", "SSN", "Dr. ", "Mr. ",
                   "Mrs. ", "Ms. ", "IMG_", "DSC_", ".jpg", ".png", ".heic", ".HEIC", ".wav", ".mp4", "(at)"]
CLEAN_FORBIDDEN_RE = [re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),          # SSN shape
                      re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"),   # m/d/y
                      re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b"),              # ISO date
                      re.compile(r"\w AT \w+ DOT \w"),                       # spelled-out e-mail
                      re.compile(r"(?<!\d)\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d)")] # phone shape
MIN_MESSAGES = 600
CLEAN_SHARE = (0.45, 0.55)
MIN_SPANS_PER_CAT = 6
MIN_TERMS = 250
MIN_EPONYMS = 90
MIN_PER_SETTING = {True: 15, False: 15}   # clean / with identifiers
MIN_PER_MEDIUM = 10
MIN_AGE_MRN = 15
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")

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

def digits_of(s):
    """The decimal digits of s as ASCII, whatever script they are written in (full-width, Arabic-Indic)."""
    return "".join(str(unicodedata.decimal(ch)) for ch in s if unicodedata.decimal(ch, None) is not None)

def check_invented(recs):
    """v9 addition: the identifiers themselves are of the invented kinds the set promises."""
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

def check_name_leaks(recs):
    """v9 addition: a capitalised word that is part of a NAME span anywhere in the set may appear in a clean
    message only as (part of) a bait term registered for the clean messages, so that every such look-alike
    is deliberate and listed in the inventory."""
    toks = set()
    for r in recs:
        for s in r["spans"]:
            if s["category"] == "NAME":
                for w in re.findall(r"[^\W\d_]+", r["text"][s["start"]:s["end"]]):
                    if len(w) >= 3 and w[0].isupper():
                        toks.add(w)
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

def split(recs):
    """Deterministic stratified 2:1 dev/test split with a fixed seed (SEED).

    Features of a message: its kind tags, the categories of its spans ("CAT:NAME", ...), its setting
    ("SET:ICU", ...), "CLEAN" or "PHI", the pair of setting and clean flag, and "ALL". Messages are
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

def term_table(recs):
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
    for kind, terms in TERMS.items():
        lines += ["", f"- {kind} ({len(terms)}): " + ", ".join(sorted(terms, key=str.lower)) + "."]
    return lines

def name_form_line(recs):
    names = [r["text"][s["start"]:s["end"]] for r in recs for s in r["spans"] if s["category"] == "NAME"]
    return (f"NAME spans: {len(names)} ({len(set(names))} distinct strings; "
            f"{sum(1 for n in names if n.isupper() and len(n) > 3)} ALL CAPS, "
            f"{sum(1 for n in names if n.islower())} all lowercase, "
            f"{sum(1 for n in names if ',' in n)} 'Last, First', "
            f"{sum(1 for n in names if '-' in n)} hyphenated, "
            f"{sum(1 for n in names if any(ord(ch) > 127 for ch in n))} with non-ASCII letters).")

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
    check_invented(recs)
    check_terms(recs)
    check_name_leaks(recs)
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
    body = [SOURCE_HEAD.strip("\n"), "", "## Counts (generated by build.py)", ""] + counts + \
        ["", name_form_line(recs)] + setting_media_tables(recs, dev, test) + term_table(recs) + kinds_lines
    with open(os.path.join(here, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(body) + "\n")

    # stats table on stdout
    print("\n".join(counts))
    print()
    print(name_form_line(recs))
    print("\n".join(setting_media_tables(recs, dev, test)))
    uses = term_uses(recs)
    print(f"\nbait inventory: {sum(len(t) for t in TERMS.values())} terms "
          f"({len(TERMS['eponym'])} eponyms), max reuse {max(uses.values())}")
    print("OK: all checks passed; wrote dev.jsonl, test.jsonl, SOURCE.md")

SOURCE_HEAD = r"""
# Independent PHI chat evaluation set v9 (dev / test)

## How it was written
- Settings (new for v9): the team chat, with the clinical assistant bot, of fifteen care settings that
  the earlier sets (as v6-v8's SOURCE.md describe them) did not cover or saw from another angle: the
  ICU and step-down unit; the pre-op clinic, OR front desk and PACU; the cath lab and EP lab; the
  clinical lab, specimen processing and blood bank; radiology technologists and MRI safety; the
  outpatient dialysis unit floor; the wound clinic, hyperbaric medicine and ostomy nursing; inpatient
  rehab therapists (PT / OT / speech); school nurses and college student health; correctional health
  (jail and prison infirmary, sick call, pill line, booking, release planning); public-health contact
  tracing and the immunization registry; clinical-trial coordinators and the investigational pharmacy;
  the HIM release-of-information desk and coding queries; the EHR help desk; chaplaincy, spiritual care
  and clinical nutrition.
  Overlap disclosed: v7 had anesthesia and the OR, the radiology and pathology reading rooms, nephrology
  and dialysis, oncology and the infusion center, dermatology, dental / oral surgery, ophthalmology,
  PM&R and rehab, research coordinators, and IT / informatics and billing / coding; v8 had wound care
  inside home health and a chaplain's view inside hospice. v9 therefore left out infusion / oncology,
  dental and ophthalmology, and took the overlapping areas from the staff who were not the senders
  there: the pre-op callers, OR desk and PACU nurses instead of anesthesiologists; the lab bench, call
  list and blood bank instead of the pathologist's reading room; the technologists and MRI safety
  screening instead of the radiologist's reading room; the dialysis floor (chair lists, techs,
  transport) instead of the nephrology service; the wound and hyperbaric clinic and ostomy nurses
  instead of dermatology; the therapists' own schedule and gym chat instead of the PM&R physicians;
  screening logs, randomization, IP accountability and monitors instead of study-team questions; the
  release-of-information window, amendments, subpoenas and chart corrections instead of billing; and
  the help desk's tickets, merges, lockouts and access logs. Every message is new.
- Media: typed chat lines and thread replies, lowercase typing without punctuation, SMS-style texts,
  ALL CAPS pages and alerts (code calls, critical values, water-room and cold-chain alarms, overhead
  drills), lists (ICU census, step-down board, OR board, cath lab list, lab call list, dialysis chair
  list, transport board, therapy schedule, field-trip med list, sick-call list, measles contact list,
  screening log, chaplain visit list, bereavement call list), pasted EHR snippets (ADT lines, device
  checks, implant logs, case requests, registration and coverage lines, access and fax-server logs,
  tickets), forwarded e-mails and voicemail transcripts. The setting and medium of each message are
  kept in build.py only (tables below).
- About half the messages are clean on purpose (no identifier at all) and full of look-alikes; the
  other half carry identifiers of all 19 categories.
- Every message was written one by one for this set, by hand, by one author who did not read the
  detector's code, its tests, the evaluation or benchmark scripts, or the messages of the earlier sets:
  nothing under bot/, tests/, evaluation/ or bench/*.py was opened, no *.jsonl file was opened, and no
  message or term list of any earlier build.py was read. The detector and the project's code were not
  run on these messages; only this build.py checks them. Nothing was generated from templates or
  loops; the checker also refuses two messages that open with the same 28 characters. The last 21
  messages in build.py (a block marked "added last") were written after a count showed LICENSE, URL and
  BIOMETRIC below the minimum and the clean side short of near misses (an 89-year-old, "Ninety
  minutes", "90 mg", a code line, Unicode noise); they were written one by one like the rest.
- What was read: bench/data/phi_chat_v6/SOURCE.md, bench/data/phi_chat_v7/SOURCE.md,
  bench/data/phi_chat_v8/SOURCE.md, and lines 1-141 and 822-1259 of bench/data/phi_chat_v8/build.py
  (docstring, constants, the M() / P() / C() helpers, record building, validation, term, mix and split
  checks, output, table helpers, main() and v8's SOURCE_HEAD string, which is the text of v8's
  SOURCE.md). Disclosure: lines 138-141 of that file are v8's first four message lines (home-health
  lines: a skilled-nursing visit with a Braden score and a sacral wound size, a patient's home BP cuff
  reading and a lisinopril timing question, a lowercase question about a wound vac left without power,
  an overnight Tmax with a clean PICC site). Nothing was copied or paraphrased from them; v9 has a wound
  vac setting line in the wound clinic that was written independently. The three SOURCE.md files list
  example names and terms of the earlier sets (ordinary-word given names such as Hope, Grace, Faith,
  Grant, Sterling, Summer, Frank, Mark, Penny, Rose, Fern, Dot, Sunny, Will, and eponyms such as Foley,
  Levine, Parkinson, Charcot, Romberg, Whipple, Kennedy, Wood), so some of those reappear here by
  design, because this set asks for the same kinds of names and bait; no sentence of an earlier set was
  seen or copied.
- The helper, check, split and output code is v8's, reused with a new seed (20271206), the v9 settings
  and media, and these additions: (1) every PHONE and FAX span contains 555 once its digits are read in
  any script (full-width, Arabic-Indic, spaced), every EMAIL and URL span contains "example", every IP
  span is in a documentation range and every full 9-digit SSN starts with 9; (2) a clean message may not
  contain a capitalised word that is part of any NAME span of the set unless that word is part of a bait
  term registered for the clean messages (so every such look-alike in a clean message, such as Grace,
  Hope, Will, Grant, Tuesday, Baker, Wood, Levine, Foley, Kennedy, Romberg, Brodie, is deliberate and in
  the inventory below); (3) clean messages also may not contain a phone-shaped number (ddd-ddd-dddd with
  dashes, dots or spaces) or the strings `.png` and `.HEIC`; (4) thresholds: at least 600 messages,
  clean share 45-55%, every category at least 6 spans and in both splits, NAME, DATE, LOCATION and PHONE
  each with at least as many spans as any other category, AGE and MRN at least 15 spans, every setting
  at least 15 clean and 15 identifier messages, every medium at least 10 messages, at least 250 bait
  terms of which at least 90 eponyms, each term in 1-4 clean messages.
- All identifiers are invented: phone and fax numbers use 555 (foreign numbers too: +91, +44, +351),
  e-mails and URLs use example.org / example.com / example.net, IPs come from the documentation ranges
  (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), SSNs start with 9xx, and MRNs, member
  ids, MBIs, plates, serials, licence, NPI and DEA numbers, booking, DOC, case, claim, kit, subject,
  accession, badge, unit and template numbers are made up. Town and city names are real and used at
  random (mostly small Wisconsin towns, some elsewhere in the US, and a few abroad: Bergen, Mumbai,
  Cuernavaca, Galway, Daegu, Oaxaca, Kano, Lisbon, Strasbourg, Istanbul, Oslo, Tbilisi); facility,
  street, school, dorm, congregation and employer names are invented or generic (some may exist
  somewhere by chance). No real patients; any resemblance to a real person or record is accidental.
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance (`P(setting, medium, text, spans, kinds)`); clean messages are
  `C(setting, medium, text, kinds, ep=..., pl=..., br=..., ...)`, whose keyword arguments register the
  capitalised bait terms of the message. Offsets come from `str.find` scanning left to right (never
  typed by hand; `(substring, category, n)` takes the n-th occurrence). The checker verifies what v8's
  did (slices equal the written substrings on the built records and on the records read back from
  dev.jsonl / test.jsonl, non-empty slices inside the text, no overlaps, known categories, `clean` iff no
  spans, no duplicate texts, no span starting or ending on an invisible character or a space, no span
  glued to a letter or digit outside it except an AGE followed by a letter, 1-4 kind tags, unique
  28-character openings, the forbidden strings and shapes in clean messages: `@`, `http`, `www.`,
  `example.`, `555`, `MRN` and its Cyrillic-M look-alike, `DOB`, `SSN`, `Dr. `, `Mr. `, `Mrs. `, `Ms. `,
  `IMG_`, `DSC_`, `.jpg`, `.heic`, `.wav`, `.mp4`, `(at)`, ddd-dd-dddd, m/d/y, yyyy-mm-dd, "x AT y DOT
  z") plus the additions above, and that every kind tag used at least twice is in both splits.
- Split: fixed seed 20271206, 2:1 dev/test, stratified exactly as v8 does (clean / not clean, setting,
  setting x clean, kind tags and span categories; messages shuffled with the seed, ordered by the rarity
  of their rarest feature, each to the split whose 1/3 : 2/3 quota for its features is least filled).
  Running `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file, and prints the stats.
- Record format (same as v3-v8): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets.

## Annotation conventions
The conventions of v8 (bench/data/phi_chat_v8/SOURCE.md, which restates v7's and, through it, v6's and
v5's) apply unchanged. In short: NAME for any person (patient, relative, clinician, staff, officer,
clergy, attorney, vendor rep), titles, kinship words and possessive 's outside, eponyms, brands,
programmes, companies and scales never names, and only the person annotated when a name and an eponym
or word share a spelling in one message; a nickname next to a legal name is its own NAME span; "Last,
First M" is one span; DATE for any date element more specific than a year; AGE only over 89, number
expression only; LOCATION for street addresses, street names, highways, cities, ZIP codes and named
places tied to the patient, never states, countries or place-named diseases and rules; e-mails, URLs and
photo / voice file names are one span each; masked SSNs keep only the visible digits; internal
extensions, pagers, beds, rooms, chairs and ORs are not annotated; Unicode-broken identifiers are
annotated whole. Category names (exactly v8's): NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN,
HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v9 (cases the earlier SOURCE.md files do not settle; each follows from them):
- Correctional health: booking numbers, DOC numbers and officer badge numbers are ID; cell, pod, block,
  housing-unit and sally-port references are not annotated (like rooms and beds). The team's own jail
  is never named; a named outside prison the patient is transferred from ("Fox Bluff Correctional
  Institution"), the hospital a detainee is sent to or comes back from and a shelter on release are
  LOCATION. A name tattooed on the patient and used to identify him ("ROSALIND") is NAME. "CO" and
  "Officer" stay outside.
- Blood bank and lab: blood-product unit numbers (ISBT 128 donation identification numbers, "W0427 27
  118840", one span with its spaces), type-and-screen armband numbers, directed-donor ids, chain-of-
  custody specimen ids, newborn-screen kit numbers, send-out accessions and outside pathology case
  numbers are ID; blood types, titers (1:512), QC levels and tube stations are not.
- Schools and student health: the school a student attends and the residence hall a student lives in
  are LOCATION; a student ID number and a registry id are ID; a lunch-line finger-scan template is
  BIOMETRIC; students' ages (16, 19) are not annotated.
- Public health: case numbers, registry ids and VAERS numbers are ID; a congregation a case attended
  ("Grace Lutheran") is LOCATION, like a school; the health department's complete phone number is PHONE
  (v7); the employer (a cheese factory) is not annotated.
- Trials: subject ids, randomization kit numbers assigned to a subject and genetic substudy sample ids
  are ID; protocol, consent and dose-level numbers, the FDA form number 1572 and site counts are not. A
  subject id that also appears inside a URL is ID where it stands alone and part of the one URL span
  inside the link.
- HIM: ROI request numbers, court case numbers, disability-claim numbers and a breach-log entry about a
  patient's disclosure are ID; a law firm named after people ("Garrison & Oakes LLP") is a company and
  not annotated; "last Halloween" is not DATE.
- Help desk: IT ticket numbers (INC...), workstation, printer and import job names are not annotated;
  staff badge numbers are ID; a staff member's login IP is IP and the city a staff member logs in from
  is LOCATION (v7 annotates staff identifiers); a document name in a log that embeds a patient's name
  ("Referral_Dimitrova_Teodora.pdf") gets NAME spans inside it (v6), while a photo file name of the
  patient stays one PHOTO span even when it embeds a name ("face_ID_Marcelino_Soto.jpg", v7). A
  scanned implant card ("vns_card.jpg") is a picture of a document with no name or date and is not
  annotated (v6). A folder name read out in chat ("Gisela Kranz CT 2027-10-30") gets NAME and DATE.
- Chaplaincy and nutrition: the congregation, temple or friary a patient belongs to or lives in
  ("Bethel AME", "St. Jerome Friary", the temple's street "14th st") is LOCATION; religious titles
  (Pastor, Father, Fr., Brother, Deacon, Reverend, Rabbi, Chaplain) and "Grandpa" / "Grandma" stay
  outside the name; "93 kg" is not an age.
- A name the sender gets wrong for the patient and then corrects ("Mr. Apinya - sorry, Mr. Apichai
  Srisuk"; "Mr. Grace - no, Mr. Gracia") is NAME in every form (v6); a given name used as a word in the
  same message stays a word ("Tuesday Ayers ... Tuesday is her first name ... missed Tuesday's session":
  the first two are NAME, the weekday is not).
- AGE: "He turns 90 next week" -> "90"; "NINETY SIX" (caps, no hyphen) and "ninety-nine" are whole
  spans; "ninety-two-year-old" -> "ninety-two"; "94yo", "98 y/o", "91M", "AGE 96", "(94)" in a list;
  the 85 of a protocol age cap, "89-year-old", "Ninety minutes", "90 mg" and "over 65" are not.
- DATE: "22/06/1961" (day first), "12.03.1987", "March 3rd 1951", "09-Feb-1931", "03-OCT-1958", a date
  in full-width digits, "12/20 - 01/04" as two spans, "valid through 12/31" (a month and day is always
  DATE); a date inside a photo file name ("Oct28", "2027-11-04") stays inside the PHOTO span.
- PHONE: country codes inside the span (+91, +44, +351), digits typed with spaces even around the hyphens
  ("4 1 4 - 5 5 5 - 0 1 8 8") one span, Arabic-Indic and full-width digits, a zero-width space inside,
  "ext 22" and "x210" inside; a fax "came from" or "faxed to" number is FAX.
- LICENSE: driver's licences (a state abbreviation after the number stays outside), a CDL, a nursing
  licence, DEA and NPI numbers. VEHICLE: plates with a space inside ("WKE 4420") are one span.
- DEVICE: serials of implanted or home devices (CRT-D, ICD, loop recorder, VNS, spinal cord stimulator,
  pacemaker, insulin pump PDM, home hemodialysis machine, NPWT unit, RPM cuff, power wheelchair, study
  wristband, feeding pump, magnifier loaner, infusion pump); "model 106" and implant lot numbers are not.
- ACCOUNT: FIN, supplier accounts for ostomy and enteral supplies, billing accounts, a stipend card's
  last four digits. HEALTH_PLAN: member ids (also an international student plan), Medicaid ids, MBIs;
  group numbers are not annotated.
- Clean messages contain no person names (staff included), no dates more specific than a year, no
  cities and no numbers of any identifier shape; their bait is eponyms (many used bare: "Swan", "Murphy
  eye", "Wood lamp", "Baker cyst", "Lee index", "Jackson table", "Medina 1,1,1", "Heinz bodies",
  "Whirlpool sign"), place-named scales and formulas (Berlin, Richmond, Parkland, Boston, Montreal,
  Frenchay, Rancho, Penn State, Glasgow, Helsinki, Belmont), organisms, brands that are given names or
  words (Ranger, Rover, Haiku, Canto, Boost, Teams, Windows, Whirlpool, Azure, Sola), programmes and
  laws, ordinary words that are names elsewhere in the set (Hope, Grace, Will, Grant, Mark, Frank,
  Penny, Faith, Summer, Sterling, Tuesday), scores and fractions, ratios, temperatures, ages up to 89,
  clock times, codes (CPT, ICD-10, DRG, NDC), room, bed, chair, station, OR, cell-block and pager
  numbers, and a little Unicode noise (a full-width lab value, an NBSP between dose and unit, a
  zero-width space after a drug name).

## Slips and limits disclosed
- Lines 138-141 of v8's build.py (four v8 messages) were seen, as described above.
- Three invented names were changed while writing because they matched or closely resembled a real
  place (a university residence hall and two real streets); the replacements are invented.
- Some invented facility names may exist somewhere by chance (for example a "Tri-Lakes Medical" or a
  "Grace Lutheran"); they are used as invented places tied to invented patients.
- A few invented people recur across messages on purpose (the same screening-log subject, the same
  student on a field-trip list and a lunch-line scan, the same detainee at transfer and at booking, the
  same trucker in a voicemail and a licence message); their spans are annotated the same way each time.
- Every setting has 22-24 identifier messages and 22-26 clean ones, so the overall clean share is
  slightly above one half (see the counts below). Typed chat lines are the largest medium by far;
  e-mails, voicemails, SMS texts and lists have 14-20 messages each.
"""

if __name__ == "__main__":
    main()
