#!/usr/bin/env python3
"""Build the independent PHI evaluation set v8 (dev/test JSONL + SOURCE.md).

Setting: the chat of care settings that the earlier sets did not cover (or covered only from the
outside): home health and visiting nurses, hospice and palliative care, long-term care / nursing homes,
labor & delivery and postpartum, the NICU and the inpatient pediatrics ward, behavioral health and
addiction services, EMS / paramedic crews, urgent care and occupational health, transplant coordination,
case management and social work, interpreter services, the pharmacy prior-auth desk and telehealth
scheduling.  Media: typed chat lines, lowercase typing without punctuation, SMS-style texts, ALL CAPS
pager text, handoff / route lists, pasted EHR snippets, forwarded e-mails, voicemail transcripts and
pasted patient-portal messages.  About half of the messages are clean (no identifier at all) but full of
look-alikes; the other half carry identifiers, with extra weight on the forms detectors miss (names that
are ordinary words, lowercase and ALL CAPS names, particles, non-English names, Unicode noise inside
numbers, dates in words, ages over 89 in words, obfuscated e-mails, file names, short serials).

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets (v1-v7).  Only
v5's, v6's and v7's SOURCE.md and the helper / check / split code of v7's build.py (its lines 1-330)
were read; that structure is reused here with a new seed and v8-specific checks.  All names, numbers,
addresses, e-mails, URLs and IPs are invented (555 phone numbers, example.org / example.com /
example.net domains, documentation IP ranges, SSNs starting 9xx, made-up MRNs, member ids, plates, VINs,
serials, licence numbers).

Offsets are computed with str.find on the exact identifier substring, scanning left to right, so the
spans of a message are listed in order of appearance.  A span may be given as (substring, category, n)
to take the n-th occurrence after the previous span (used when an eponym or ordinary word with the same
spelling comes first).

Kept in build.py only (not written to the records): the setting of each message (first argument of
P / C), the medium it came from (second argument) and the inventory of capitalised bait terms used in
the clean messages (keyword arguments of C).  The checks make sure every inventory entry occurs in at
least one clean message and in at most MAX_REUSE of them.

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, re, collections

CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20270611
MSGS = []
SETTINGS = collections.OrderedDict([
    ("HOME", "home health and visiting nurses"),
    ("HOSPICE", "hospice and palliative care"),
    ("LTC", "long-term care / nursing homes"),
    ("LD", "labor & delivery and postpartum"),
    ("NICU", "NICU and inpatient pediatrics ward"),
    ("BH", "behavioral health and addiction services"),
    ("EMS", "EMS / paramedic crews and handoffs"),
    ("OCC", "urgent care and occupational health"),
    ("TX", "transplant coordination"),
    ("CM", "case management and social work"),
    ("INTERP", "interpreter services"),
    ("PA", "pharmacy prior-auth desk"),
    ("TELE", "telehealth scheduling"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line or thread reply"),
    ("lower", "lowercase typing without punctuation"),
    ("sms", "SMS-style text (sent or relayed)"),
    ("pager", "ALL CAPS pager / overhead / alert text"),
    ("handoff", "handoff, route or census list"),
    ("ehr", "pasted EHR snippet, registration, log or order line"),
    ("email", "forwarded or pasted e-mail"),
    ("voicemail", "voicemail transcript"),
    ("portal", "pasted patient-portal message"),
])
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: signs, scores, scales, manoeuvres, diseases, devices"),
    ("place", "place names in diseases, rules, scales and classifications"),
    ("brand", "drug, device and product brands (many are given names or words)"),
    ("organism", "organisms"),
    ("score", "named scores, screens, tools and forms that are not eponyms"),
    ("org", "organisations, agencies, programmes, payers, software"),
    ("word", "capitalised ordinary words that are surnames or given names elsewhere"),
])
BAIT_KEYS = {"ep": "eponym", "pl": "place", "br": "brand", "orgm": "organism", "sc": "score",
             "org": "org", "word": "word"}
TERMS = collections.OrderedDict((k, []) for k in TERM_KINDS)
MAX_REUSE = 4

# category shorthands used in the span lists
N, D, A, PH, FX, EM, SS, MR, HP, AC, LI, VE, DV, UR, IPA, BI, PI, LO, ID_ = CATS[0], CATS[1], CATS[2], \
    CATS[3], CATS[4], CATS[5], CATS[6], CATS[7], CATS[8], CATS[9], CATS[10], CATS[11], CATS[12], \
    CATS[13], CATS[14], CATS[15], CATS[16], CATS[17], CATS[18]

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
# ---------------------------------------------------------------- home health and visiting nurses
C("HOME", "chat", "SN visit done, Braden 13 today, heels offloaded, sacral wound 2.1 x 1.4 cm with no tunneling, pain 4/10 after the dressing change", "eponym-bare score-fraction dose-lab", ep="Braden")
C("HOME", "sms", "pt says her BP cuff reads 142/90 every morning, she takes lisinopril at 8, any reason not to move it to bedtime?", "vitals score-fraction quick-question")
C("HOME", "lower", "how long can a wound vac stay off before we have to change the whole dressing pt lost power for 3 hrs", "lowercase quick-question")
C("HOME", "chat", "Tmax 101.4 overnight per the daughter, PICC site clean, no rigors. Do we draw cultures at home or send her in?", "temperature relative-not-named")
C("HOME", "ehr", "OASIS SOC: M1800 grooming 2, M1830 bathing 4, M1860 ambulation 3. Timed Up and Go 19 sec. Morse fall scale 55 = high risk.", "score code-number eponym-bare", sc="OASIS|Timed Up and Go", ep="Morse")
C("HOME", "chat", "Homebound question: pt drives to church Sunday mornings only. Does that break the Medicare homebound criteria?", "weekday organization", org="Medicare")
C("HOME", "voicemail", "Hi it's the visiting nurse calling back about the Coumadin, INR came back 3.8 on the fingerstick so I held tonight's 5 mg and will recheck Thursday, call the office line when you can", "drug-brand-name dose-lab weekday", br="Coumadin")
C("HOME", "chat", "Homans sign is useless, I know, but the left calf is 3 cm bigger than the right. Wells score 2. Outpatient duplex or ED?", "eponym-bare score", ep="Homans|Wells")
C("HOME", "handoff", "Tuesday route: 4 SOC, 2 recerts, 1 discharge, 1 INR draw. Foley change at stop 3 (16 Fr, 10 mL balloon).", "weekday eponym-bare dose-lab", ep="Foley")
C("HOME", "sms", "Hope the new Lasix dose is helping, weight down 2.4 lb since Monday, still 2+ pitting to the knees", "common-word-not-name drug-brand-name weekday", word="Hope", br="Lasix")
C("HOME", "chat", "Trousseau sign positive at the visit and Chvostek equivocal, calcium 7.2 on the home draw. Who do I call first, PCP or endo?", "eponym-bare dose-lab", ep="Trousseau|Chvostek")
C("HOME", "pager", "HOME HEALTH: PT VISIT MISSED - NO ANSWER AT DOOR X2, DOG BARKING, CAR IN DRIVEWAY. WELFARE CHECK?", "allcaps")
C("HOME", "email", "Reminder for all field staff: the Ensure and Glucerna samples in the supply room are for patients with a dietitian order only. Ask the intake desk before taking a case.", "drug-brand-name admin-chatter", br="Ensure|Glucerna")
C("HOME", "chat", "Long day - 7 visits and the Hoyer lift at the last house was broken. Two-person transfer, nobody hurt.", "common-word-not-name eponym-bare", word="Long", ep="Hoyer")
C("HOME", "lower", "ostomy bag leaking every day since she lost all that weight switch to a convex wafer? we use the coloplast ones now", "lowercase device-brand")
C("HOME", "chat", "Osler nodes on two fingertips plus a new murmur in the PICC patient - with the Duke criteria in mind, sending her in.", "eponym-bare place-rule", ep="Osler", pl="Duke")
C("HOME", "ehr", "Med rec: metoprolol tartrate 25 mg BID, Eliquis 5 mg BID, Jardiance 10 mg daily, furosemide 40 mg AM. NDC 0003-0894-21 on the Eliquis bottle.", "drug-brand-name code-number not-a-phone", br="Eliquis|Jardiance")
C("HOME", "chat", "Kegel teaching done with the pelvic floor pt; also reviewed avoiding Valsalva after the hernia repair.", "eponym-bare", ep="Kegel|Valsalva")
C("HOME", "sms", "insulin pen was left in a hot car all of July, is it still good? Lantus, opened 3 weeks ago", "month-word drug-brand-name", br="Lantus")
C("HOME", "chat", "Frost on the ramp this morning, I slipped but didn't fall. Reminder: ice cleats are in the trunk kits.", "common-word-not-name", word="Frost")
C("HOME", "chat", "Grace period on the recert ends Friday; the OASIS ROC is due within 48 hours of the hospital return.", "common-word-not-name weekday", word="Grace")
C("HOME", "portal", "Portal message: The nurse said to keep my leg up but it still swells by supper. Is it OK to wear the compression stockings to bed?", "portal-message quick-question")

P("HOME", "chat", "Visit with Pat Long went fine, wound smaller, next SN visit Thursday", [("Pat Long", N)], "name-common-word")
P("HOME", "sms", "ruby gold says her oxygen concentrator is beeping, she's at 418 Alder Ct apt 2, can someone swing by", [("ruby gold", N), ("418 Alder Ct apt 2", LO)], "name-lowercase name-common-word address")
P("HOME", "voicemail", "Hi this is Dolores Baptiste, Henri Baptiste's wife, he came home on 14-Jan-2025 and nobody has come yet, our number is 608-555-0147, thank you", [("Dolores Baptiste", N), ("Henri Baptiste", N), ("14-Jan-2025", D), ("608-555-0147", PH)], "name-relative date-dmy-abbrev phone")
P("HOME", "ehr", "Pt: BANKS, STERLING J  MRN 0048" + ZW + "2217  DOB 03/11/1936  Agency: Riverbend Home Health", [("BANKS, STERLING J", N), ("0048" + ZW + "2217", MR), ("03/11/1936", D), ("Riverbend Home Health", LO)], "name-last-first zero-width mrn facility")
P("HOME", "handoff", "Route for Wed: 1) Grace Bell - wound vac  2) Mr. Young (Harold) - INR  3) Ines Carvalho-Prates - SOC  4) Frost, Winifred - foley", [("Grace Bell", N), ("Young", N), ("Harold", N), ("Ines Carvalho-Prates", N), ("Frost, Winifred", N)], "name-list name-common-word name-hyphenated")
P("HOME", "chat", "Called Hale's daughter Bronwyn at 715 555 0193, she'll be there for the 2 pm visit", [("Hale", N), ("Bronwyn", N), ("715 555 0193", PH)], "name-surname-only name-relative phone")
P("HOME", "chat", "Photo of the sacral wound is IMG_4471.HEIC, uploaded to the chart for Mrs. Okonkwo-Reyes", [("IMG_4471.HEIC", PI), ("Okonkwo-Reyes", N)], "photo-filename name-hyphenated")
P("HOME", "chat", "the concentrator for Amos Whitley is serial EV7-20918, the rental company wants it back", [("Amos Whitley", N), ("EV7-20918", DV)], "device-serial name-plain")
P("HOME", "email", "From: intake@riverbendhh.example.org\nTo: field team\nSubject: SOC for Leopold Mahlangu\nReferral from St. Veronica Hospital, d/c 3/2. Lives at 77 Quarry Rd, Spring Green. Son Themba 262-555-0118.", [("intake@riverbendhh.example.org", EM), ("Leopold Mahlangu", N), ("St. Veronica Hospital", LO), ("3/2", D), ("77 Quarry Rd", LO), ("Spring Green", LO), ("Themba", N), ("262-555-0118", PH)], "email name-non-english address phone")
P("HOME", "sms", "Mrs. Frost's son wants the visit moved to March 3rd, he can be there after work", [("Frost", N), ("March 3rd", D)], "name-possessive date-written name-common-word")
P("HOME", "chat", "Pt turned ninety-one last week and still climbs the stairs - Edith Salvesen, PT eval done", [("ninety-one", A), ("Edith Salvesen", N)], "age-over-89-words name-plain")
P("HOME", "ehr", "Medicare MBI 9QK4-TR2-MX71 verified for Ambrose Delacroix-Fitz, episode start 2025-02-10", [("9QK4-TR2-MX71", HP), ("Ambrose Delacroix-Fitz", N), ("2025-02-10", D)], "health-plan name-hyphenated date-iso")
P("HOME", "lower", "april moss is out of her metoprolol pharmacy says prior auth?? her number is 920 555 0166", [("april moss", N), ("920 555 0166", PH)], "name-lowercase name-common-word phone")
P("HOME", "chat", "Keypad code for Mr. van der Linde's lockbox changed, ask the office, not posting it here. He's at 5 Birchwood Ln, Mazomanie.", [("van der Linde", N), ("5 Birchwood Ln", LO), ("Mazomanie", LO)], "name-particle address city")
P("HOME", "pager", "SN RUNNING LATE TO 2PM VISIT - PT ABERNATHY, CLOVIS AWARE. ETA 2:40", [("ABERNATHY, CLOVIS", N)], "name-allcaps name-last-first")
P("HOME", "chat", "Aide visit note: patient Reuben Castellanos fell in the bathroom, no injury. Aide Marisol Tchaikovsky stayed until the daughter arrived.", [("Reuben Castellanos", N), ("Marisol Tchaikovsky", N)], "name-staff name-plain")
P("HOME", "voicemail", "This is Gene from the pharmacy about Wanda Pryor, her Eliquis copay card ending 8832 was declined, call us at 608 555 0129", [("Gene", N), ("Wanda Pryor", N), ("8832", AC), ("608 555 0129", PH)], "name-common-word account phone name-staff")
P("HOME", "chat", "Her RPM scale is serial WS-0931 and the hub IP shows 192.0.2.47, readings stopped Tuesday. Pt is Faye Lindqvist.", [("WS-0931", DV), ("192.0.2.47", IPA), ("Faye Lindqvist", N)], "device-serial ip name-plain")
P("HOME", "sms", RLM + "Call back Yusuf Al-Khatib" + RLM + " at " + RLM + "(414) 555-0172 re wound supplies", [("Yusuf Al-Khatib", N), ("(414) 555-0172", PH)], "bidi-mark name-non-english phone")
P("HOME", "chat", "DL on file for the caregiver: WI D625-4471-0092-07 - Lorenzo Bianchi, needed for the narcotic count sign-off", [("D625-4471-0092-07", LI), ("Lorenzo Bianchi", N)], "drivers-license name-relative")
P("HOME", "chat", "Referral for Art Kowalczyk, 94, lives alone in Black Earth with a cat named Biscuit", [("Art Kowalczyk", N), ("94", A), ("Black Earth", LO)], "name-common-word age-over-89-digits city")
P("HOME", "ehr", "\u041cRN 3047 7719  Opal Whitcomb  SOC 02/24/2025  Dx: CHF, DM2", [("3047 7719", MR), ("Opal Whitcomb", N), ("02/24/2025", D)], "cyrillic-homoglyph mrn-split mrn date-numeric")
P("HOME", "email", "FW: wound supplies\nPlease reply to the patient's daughter at marguerite.olsen AT example DOT org, she handles the orders for her dad Torvald Olsen.", [("marguerite.olsen AT example DOT org", EM), ("Torvald Olsen", N)], "email-obfuscated name-relative")

# ---------------------------------------------------------------- hospice and palliative care
C("HOSPICE", "chat", "Kussmaul breathing vs Cheyne-Stokes at end of life - family asked what the new pattern means. Do we have a teaching sheet?", "eponym-bare relative-not-named", ep="Kussmaul|Cheyne-Stokes")
C("HOSPICE", "chat", "PPS 30%, FAST 7c, not eating for 5 days. Recert for the next benefit period looks appropriate.", "score", sc="PPS|FAST")
C("HOSPICE", "lower", "morphine concentrate 20 mg/ml 0.25 ml q2h prn dyspnea that's 5 mg right", "lowercase dose-lab")
C("HOSPICE", "chat", "Comfort kit contents: Roxanol, Ativan 0.5 mg, Haldol 0.5 mg, atropine 1% drops, Dulcolax supp. Count on delivery please.", "drug-brand-name dose-lab", br="Roxanol|Ativan|Haldol|Dulcolax")
C("HOSPICE", "email", "All staff: the hospice cap year changed, and the CMS face-to-face rule still applies before the third benefit period. Bring questions to Thursday IDT.", "organization weekday", org="CMS")
C("HOSPICE", "chat", "Death rattle: glycopyrrolate 0.2 mg SC q4h helped. Scopolamine patch next if it comes back.", "dose-lab")
C("HOSPICE", "chat", "The Edmonton Symptom Assessment went from 8/10 fatigue to 5/10 after the steroid. Palliative Performance at 40%.", "place-rule score-fraction", pl="Edmonton")
C("HOSPICE", "handoff", "IDT Thursday: 3 recerts, 1 live discharge review (stable over 6 months), 2 deaths this week, bereavement calls assigned", "weekday admin-chatter")
C("HOSPICE", "chat", "Chaplain visit requested by the spouse - no specific faith tradition, wants prayer and music. Harp volunteer comes Sundays.", "relative-not-named staff-role weekday")
C("HOSPICE", "chat", "Rose-scented lotion for skin care is fine, just keep petroleum products away from the O2 cannula.", "common-word-not-name", word="Rose")
C("HOSPICE", "pager", "CONTINUOUS CARE NEEDED - UNCONTROLLED PAIN 9/10 DESPITE 3 BREAKTHROUGH DOSES. RN TO BEDSIDE ASAP.", "allcaps score-fraction")
C("HOSPICE", "chat", "Virchow node palpable now, left supraclavicular, hard. The family already knows it's spreading.", "eponym-bare relative-not-named", ep="Virchow")
C("HOSPICE", "chat", "Mottling to the knees, apnea 20 sec, Tmax 102.4 - likely hours. Spouse and both children at the bedside.", "temperature relative-not-named")
C("HOSPICE", "chat", "Is Marinol covered under the hospice benefit for appetite in pancreatic cancer or is it an unrelated med?", "drug-brand-name quick-question", br="Marinol")
C("HOSPICE", "ehr", "Plan of care: Dx C25.9, terminal. Related: cachexia R64, malignant ascites R18.0. Drainage via PleurX q3 days.", "code-number device-brand", br="PleurX")
C("HOSPICE", "chat", "Thanksgiving schedule: skeleton crew, on-call RN covers both teams, pharmacy delivery cutoff 2 pm Wednesday.", "holiday weekday")
C("HOSPICE", "chat", "Grief group meets the second Tuesday of every month in the chapel; open to families up to 13 months after the death.", "weekday admin-chatter")
C("HOSPICE", "lower", "family wants to know if the 89 year old can still have ice cream with the dysphagia honestly yes comfort feeds", "lowercase age-under-90 relative-not-named")
C("HOSPICE", "chat", "Dilaudid PCA at home: basal 0.2 mg/h, demand 0.2 mg q10 min, lockout 10. CADD pump from pharmacy.", "drug-brand-name dose-lab device-brand", br="Dilaudid|CADD")
C("HOSPICE", "chat", "Bell palsy years ago, not new - the facial droop is old per the family.", "eponym relative-not-named", ep="Bell")
C("HOSPICE", "chat", "POLST on the fridge says DNR/DNI, comfort-focused treatment. Copy scanned into the chart.", "score", sc="POLST")
C("HOSPICE", "chat", "Creutzfeldt-Jakob suspected: myoclonus, rapid decline, RT-QuIC sent. Infection control says standard precautions at home.", "eponym-bare", ep="Creutzfeldt-Jakob", sc="RT-QuIC")
C("HOSPICE", "voicemail", "Hi, it's the hospice pharmacy returning your call, the haloperidol and lorazepam are out for delivery and should be there by four, no signature needed.", "voicemail clock-time")

P("HOSPICE", "chat", "Mr. Cheyne is actively dying, Cheyne-Stokes since 0300 - yes, that's really his surname", [("Cheyne", N)], "name-eponym-surname")
P("HOSPICE", "voicemail", "Hi, this is Marigold, Clement Ashby's niece. Uncle Clem passed at 4:10 this morning, the funeral home is coming at eight. My cell is 608.555.0154.", [("Marigold", N), ("Clement Ashby", N), ("Clem", N), ("608.555.0154", PH)], "name-relative name-nickname phone")
P("HOSPICE", "ehr", "Patient: HALE, VIRGINIA MAE  Age: 97  DOD: 02/19/2025  Time: 0410  Pronounced by: RN Osagie Ekwueme", [("HALE, VIRGINIA MAE", N), ("97", A), ("02/19/2025", D), ("Osagie Ekwueme", N)], "name-allcaps age-over-89-digits date-numeric name-staff")
P("HOSPICE", "chat", "Ninety-six and still sharp - Mrs. Tomczak wants her granddaughter Zofia there for the family meeting", [("Ninety-six", A), ("Tomczak", N), ("Zofia", N)], "age-over-89-words name-relative")
P("HOSPICE", "email", "FW: bereavement mailing\nPlease send the 13-month letter to Ignatius Oyelaran at 2207 Sycamore St, Apt 5B, Waunakee 53597.", [("Ignatius Oyelaran", N), ("2207 Sycamore St, Apt 5B", LO), ("Waunakee", LO), ("53597", LO)], "address zip name-non-english")
P("HOSPICE", "chat", "Transferred to Prairie Rose Hospice House on 2/21 - accepting RN Delphine Mbeki", [("Prairie Rose Hospice House", LO), ("2/21", D), ("Delphine Mbeki", N)], "facility date-numeric name-staff")
P("HOSPICE", "sms", "Brother in Ohio is Cornelius Frost, 330-555-0188. He's the healthcare POA, not the daughter.", [("Cornelius Frost", N), ("330-555-0188", PH)], "name-relative name-common-word phone")
P("HOSPICE", "chat", "Long, Patricia - comfort meds delivered, the family signed the drug disposal form", [("Long, Patricia", N)], "name-last-first name-common-word name-message-start")
P("HOSPICE", "chat", "Legacy project: the video for the grandkids is VID_20250214_0932.mp4, Mr. Abernathy asked that it stay private", [("VID_20250214_0932.mp4", PI), ("Abernathy", N)], "photo-filename name-surname-only")
P("HOSPICE", "chat", "Chaplain Fr. Tadeusz Wrona will visit Lourdes Ybarra today around noon", [("Tadeusz Wrona", N), ("Lourdes Ybarra", N)], "name-staff name-non-english")
P("HOSPICE", "chat", "Pt's 101-year-old sister wants to visit; she lives at Maple Terrace in Verona", [("101", A), ("Maple Terrace", LO), ("Verona", LO)], "age-over-89-digits facility city")
P("HOSPICE", "ehr", "Election of hospice benefit signed 1/6/25 by rep Jasper O'Rourke (son); Medicaid ID 9940127735", [("1/6/25", D), ("Jasper O'Rourke", N), ("9940127735", HP)], "date-numeric name-particle health-plan")
P("HOSPICE", "lower", "can someone call winston to say his mom is declining 262 555 0107 he asked for updates any hour", [("winston", N), ("262 555 0107", PH)], "name-lowercase name-given-only phone")
P("HOSPICE", "pager", "PT DIED 0215 - ROSALIND KEMPER, RM 3. FAMILY PRESENT. ME NOTIFIED, NOT A CASE.", [("ROSALIND KEMPER", N)], "name-allcaps")
P("HOSPICE", "chat", "Death certificate needs the SSN - family says 931-44-8820 for Gideon Sharpe", [("931-44-8820", SS), ("Gideon Sharpe", N)], "ssn name-plain")
P("HOSPICE", "chat", "Dr. Hope Adeyemi signed the recert; face-to-face done by video on March 2", [("Hope Adeyemi", N), ("March 2", D)], "name-clinician name-common-word date-written")
P("HOSPICE", "portal", "Message from patient portal: Dad (Wendell Strand) is more confused tonight, keeps asking for his brother Lyle who died in 1998. Should we give the Haldol? - Kirsten", [("Wendell Strand", N), ("Lyle", N), ("Kirsten", N)], "portal-message name-relative name-given-only year-only")
P("HOSPICE", "chat", "Bed delivered: hospital bed serial HB-7741 and low air loss mattress serial LAL-00318 for the Jovanović home", [("HB-7741", DV), ("LAL-00318", DV), ("Jovanović", N)], "device-serial name-non-english")
P("HOSPICE", "chat", "Funeral home pickup tonight for Gertrude Amsel-Wyatt, 99, family asked that the wedding ring stay on", [("Gertrude Amsel-Wyatt", N), ("99", A)], "name-hyphenated age-over-89-digits")
P("HOSPICE", "chat", "Pt from Sauk City, lives with grandson Deshawn - he's the only caregiver overnight", [("Sauk City", LO), ("Deshawn", N)], "city name-relative")
P("HOSPICE", "email", "Bereavement volunteers this week: Milagros Fuentes, Ted Okafor, Sister Benedicta Lang. Please confirm by reply to volunteers(at)prairierose(dot)example(dot)org", [("Milagros Fuentes", N), ("Ted Okafor", N), ("Benedicta Lang", N), ("volunteers(at)prairierose(dot)example(dot)org", EM)], "name-list email-obfuscated name-staff")
P("HOSPICE", "handoff", "Hospice census: Ashby (actively dying), Tomczak (family mtg 2pm), Oduya (pain crisis, CADD up), Vance-Whitlock (stable)", [("Ashby", N), ("Tomczak", N), ("Oduya", N), ("Vance-Whitlock", N)], "name-list name-surname-only name-hyphenated")
# ---------------------------------------------------------------- long-term care / nursing homes
C("LTC", "chat", "MDS quarterly due: Section GG, BIMS 11/15, PHQ-9 of 6. Care plan meeting Tuesday.", "score score-fraction weekday", sc="MDS|BIMS|PHQ-9")
C("LTC", "chat", "Morse fall scale 65 after the second fall this month - chair alarm, low bed, floor mat.", "eponym-bare score")
C("LTC", "chat", "Norovirus on the second floor: 7 residents and 3 staff sick. Bleach wipes only, dining room closed, Norwalk-like illness notice posted.", "place-disease organism", pl="Norwalk", orgm="Norovirus")
C("LTC", "lower", "resident keeps taking out her hearing aids at night and hiding them in the tissue box is there a clip or strap that works", "lowercase")
C("LTC", "chat", "Beers list hit: diphenhydramine 25 mg HS for sleep in an 84 year old. Can we taper and try melatonin?", "eponym-bare age-under-90", ep="Beers")
C("LTC", "chat", "Lewy body vs Parkinson dementia - the neuro NP said REM sleep behavior plus visual hallucinations points to Lewy.", "eponym-bare", ep="Lewy|Parkinson")
C("LTC", "ehr", "Weights: Jan 142, Feb 138, Mar 131 lb. 7.7% loss in 90 days. Dietitian consult, Ensure Plus TID.", "month-word not-a-date dose-lab drug-brand-name")
C("LTC", "chat", "Flu outbreak protocol: Tamiflu prophylaxis 75 mg daily x 14 days for every resident on the unit regardless of vaccine status.", "drug-brand-name dose-lab", br="Tamiflu")
C("LTC", "chat", "State survey team is in the building Monday. F-tag 689 (accidents) was last year's citation, check the alarm documentation.", "weekday code-number")
C("LTC", "pager", "WING B: RESIDENT FOUND ON FLOOR, NO LOC, ROM INTACT, NEURO CHECKS STARTED 1415", "allcaps clock-time")
C("LTC", "chat", "Stage 3 pressure injury on admission from the hospital - document it as present on admission, Braden 11 on our intake.", "score")
C("LTC", "chat", "Clostridioides difficile toxin positive on the new admit - contact plus, soap and water, dedicated commode.", "organism", orgm="Clostridioides difficile")
C("LTC", "chat", "Young residents on the unit (two in their 50s after strokes) want their own activity time - movie night Fridays?", "common-word-not-name age-under-90 weekday", word="Young")
C("LTC", "chat", "A resident's daughter asked why we don't use bed rails. Explained the CMS restraint rules and the entrapment risk.", "relative-not-named organization")
C("LTC", "sms", "PRN Seroquel given 2x this week for sundowning. Behavior sheet shows 5 episodes, all after 4 pm.", "drug-brand-name clock-time", br="Seroquel")
C("LTC", "chat", "Christmas party for residents: no alcohol, diabetic desserts on the blue tray, and the piano got tuned.", "holiday")
C("LTC", "ehr", "Vaccines: PCV20 given, Shingrix 1/2 (dose 2 due in 2-6 months), RSV given this fall, Tdap 2019.", "score-fraction not-a-date year-only drug-brand-name", br="Shingrix")
C("LTC", "chat", "Gold standard for UTI in residents without a catheter is still the McGeer or Loeb criteria, not a dipstick.", "common-word-not-name eponym-bare", word="Gold", ep="McGeer|Loeb")
C("LTC", "chat", "Room 214 and room 216 are swapping: 214 needs the bariatric bed, 216 goes to the memory unit.", "room-bed-number")
C("LTC", "lower", "why is the tube feed osmolite at 55 ml/hr when the order says jevity 1.2 at 60", "lowercase dose-lab")
C("LTC", "chat", "Scabies on two residents, Sarcoptes seen on the scraping. Permethrin for the whole wing and all staff.", "organism", orgm="Sarcoptes")
C("LTC", "handoff", "Night census 2 West: 28 of 30 beds, 2 on hospice, 1 on isolation, 4 high fall risk, 0 pressure injuries new.", "room-bed-number score-fraction")
C("LTC", "chat", "Sundowning plan for the memory unit: lights up at 4, music, no caffeine after lunch, walking group with the aides.", "clock-time staff-role")

P("LTC", "chat", "Banks, Sterling - new admit from Mercy Ridge, room 118, full code, DNR paperwork pending", [("Banks, Sterling", N), ("Mercy Ridge", LO)], "name-last-first name-common-word facility")
P("LTC", "ehr", "Resident: Eulalia Montes de Oca  DOB: 7/4/1929  Age 95  Room 204B  Payer: Medicaid 9871204466", [("Eulalia Montes de Oca", N), ("7/4/1929", D), ("95", A), ("9871204466", HP)], "name-particle date-numeric age-over-89-digits health-plan")
P("LTC", "chat", "Mrs. Rose wants to keep her rose bush on the windowsill, pharmacy says that's fine", [("Rose", N)], "name-common-word")
P("LTC", "chat", "Joan Young fell at 0230, no injury, son Dominic notified at 414-555-0139", [("Joan Young", N), ("Dominic", N), ("414-555-0139", PH)], "name-common-word name-relative phone")
P("LTC", "sms", "Family visit: Mr. De La Cruz's granddaughter Xiomara wants to bring his dog Saturday, allowed?", [("De La Cruz", N), ("Xiomara", N)], "name-particle name-relative name-possessive")
P("LTC", "chat", "Resident turned one hundred and two today! Cake at 3 for Florence McAllister in the activity room", [("one hundred and two", A), ("Florence McAllister", N)], "age-over-89-words name-plain")
P("LTC", "handoff", "Night report: 102 Halvorsen - refused meds; 107 O'Dea - fever 100.9; 112 Nakagawa - new skin tear L forearm; 115 Bell - sundowning", [("Halvorsen", N), ("O'Dea", N), ("Nakagawa", N), ("Bell", N)], "name-list name-surname-only temperature")
P("LTC", "chat", "The hearing aids labelled 'G. Mbatha' are in the med room, serials RH-44017 and RH-44018", [("G. Mbatha", N), ("RH-44017", DV), ("RH-44018", DV)], "name-initial device-serial")
P("LTC", "email", "From: billing@oakhavenlc.example.com\nRe: private pay account 330-9981-02 for Leopold Ferraro\nThe check from the son's trust bounced again; please call 920-555-0143.", [("billing@oakhavenlc.example.com", EM), ("330-9981-02", AC), ("Leopold Ferraro", N), ("920-555-0143", PH)], "email account phone")
P("LTC", "chat", "Wander bracelet WG-5521 assigned to Orville Pettibone after he got to the lobby twice", [("WG-5521", DV), ("Orville Pettibone", N)], "device-serial name-plain")
P("LTC", "chat", "Photo for the resident ID board: DSC_0912.JPG (Hildegard Vos), please don't post it by the elevator this time", [("DSC_0912.JPG", PI), ("Hildegard Vos", N)], "photo-filename name-plain")
P("LTC", "chat", "Transfer to Dean County Memorial on 3/17 for the hip; back Friday if all goes well. Ortho is Dr. Farida Haddad.", [("Dean County Memorial", LO), ("3/17", D), ("Farida Haddad", N)], "facility date-numeric name-clinician")
P("LTC", "pager", "RESIDENT WALTER KRUEGER ELOPED - LAST SEEN 1910 NEAR DOOR 4, HEADING TOWARD MAIN ST AND 3RD", [("WALTER KRUEGER", N), ("MAIN ST", LO), ("3RD", LO)], "name-allcaps address")
P("LTC", "chat", "nonna Pasqualina (Mrs. Esposito) won't eat unless her niece Carmela feeds her", [("Pasqualina", N), ("Esposito", N), ("Carmela", N)], "name-relative name-non-english")
P("LTC", "ehr", "Advance directive: HCPOA is Reginald Frost-Ibarra, 2113 Lakeshore Dr, Monona WI 53716, ph 608-555-0182", [("Reginald Frost-Ibarra", N), ("2113 Lakeshore Dr", LO), ("Monona", LO), ("53716", LO), ("608-555-0182", PH)], "name-hyphenated address zip phone")
P("LTC", "chat", "Medicaid application for Constance Weir needs the SSN: 9 4 1 - 2 2 - 6 0 3 8 per the copy the son faxed", [("Constance Weir", N), ("9 4 1 - 2 2 - 6 0 3 8", SS)], "ssn spaced-digits")
P("LTC", "chat", "Dolly (legal name Dorothea Szymańska) says the night aide Brandi was rough with her - filing a report", [("Dolly", N), ("Dorothea Szymańska", N), ("Brandi", N)], "name-nickname name-non-english name-staff")
P("LTC", "chat", "Medical director Dr. Long reviewed the psychotropic list for 2 West", [("Long", N)], "name-clinician name-common-word")
P("LTC", "chat", "Mr. Hale in 221 is 98 and his 71-year-old son wants him on hospice", [("Hale", N), ("98", A)], "age-over-89-digits name-common-word age-under-90")
P("LTC", "chat", "Resident trust account RF-20388 for Bernadette Oyelowo shows $42, she wants a haircut Friday", [("RF-20388", AC), ("Bernadette Oyelowo", N)], "account name-non-english")
P("LTC", "sms", "Son Percival Oakes called from " + FW("608") + "-" + FW("555") + "-" + FW("0121") + ", wants his mom's hearing aid batteries changed", [("Percival Oakes", N), (FW("608") + "-" + FW("555") + "-" + FW("0121"), PH)], "fullwidth-digits phone name-relative")
P("LTC", "chat", "Rehab to long-term: Lucius Ferreira-Gold, MRN 44-90217, stays on 2 West, Medicare A days exhausted 3/28", [("Lucius Ferreira-Gold", N), ("44-90217", MR), ("3/28", D)], "name-hyphenated mrn date-numeric")
P("LTC", "chat", "Beautician says Mrs. Winterbottom's scalp lesion is bigger; photo scalp_0304.jpg in the shared folder", [("Winterbottom", N), ("scalp_0304.jpg", PI)], "photo-filename name-possessive")

# ---------------------------------------------------------------- labor & delivery and postpartum
C("LD", "chat", "G2P1 at 39+2, Bishop score 4, cervix 2/50/-2. Cytotec 25 mcg PV now, recheck in 4 hours.", "score not-a-date gestational-age drug-brand-name", ep="Bishop", br="Cytotec")
C("LD", "chat", "Category II tracing, minimal variability, recurrent lates. McRoberts and suprapubic pressure reviewed in case of shoulder dystocia.", "eponym-bare", ep="McRoberts")
C("LD", "lower", "pitocin at 14 mu/min contracting q2 min is that tachysystole if its 6 in 10 min", "lowercase dose-lab")
C("LD", "chat", "Apgar 8 and 9, Ballard 38 weeks, baby skin-to-skin. Cord gas pH 7.28.", "eponym-bare score", ep="Apgar|Ballard")
C("LD", "chat", "Kleihauer-Betke came back 0.3% - the RhoGAM dose calculator says 2 vials.", "eponym-bare drug-brand-name dose-lab", ep="Kleihauer-Betke", br="RhoGAM")
C("LD", "chat", "Mag load 4 g over 20 min then 2 g/h for preeclampsia with severe features; BP 164/112, reflexes 3+, no clonus.", "vitals score-fraction dose-lab")
C("LD", "chat", "Leopold maneuvers suggest vertex, confirmed on bedside US. EFW 3400 g.", "eponym-bare", ep="Leopold")
C("LD", "chat", "Postpartum hemorrhage drill Thursday: QBL, Bakri balloon, TXA 1 g, Hemabate 250 mcg IM. Everyone on nights please attend one.", "eponym-bare drug-brand-name weekday", ep="Bakri", br="Hemabate")
C("LD", "pager", "L&D TRIAGE: 32+4 WKS, SROM CLEAR AT 0530, NO CTX. BETAMETHASONE DOSE 1 DUE.", "allcaps gestational-age")
C("LD", "chat", "Naegele rule puts the EDD two days off the dating ultrasound; keep the 8-week US dating per ACOG.", "eponym-bare organization", ep="Naegele", org="ACOG")
C("LD", "chat", "EPDS 14 on the postpartum screen, item 10 is zero. Social work referral and a call in 1 week.", "score", sc="EPDS")
C("LD", "sms", "Braxton Hicks or real? 5 min apart for an hour and getting stronger, she's 37 weeks - tell her to come in.", "eponym-bare gestational-age", ep="Braxton Hicks")
C("LD", "chat", "Friedman curve is out; we use the Zhang labor curve now, so 6 cm is active labor.", "eponym-bare", ep="Friedman|Zhang")
C("LD", "chat", "Group B strep positive, PCN allergy low risk on PEN-FAST, so cefazolin 2 g then 1 g q8h.", "organism score", orgm="Group B strep", sc="PEN-FAST")
C("LD", "lower", "lactation wants to know if sertraline 50 is ok with breastfeeding per lactmed", "lowercase dose-lab")
C("LD", "chat", "Ritgen maneuver and warm compresses - perineum intact except a first-degree, no repair needed.", "eponym-bare", ep="Ritgen")
C("LD", "chat", "Grand multip G6P5, 41+1, Bishop 9 - AROM and low-dose pit.", "gestational-age score not-a-date")
C("LD", "chat", "Hope the baby stays under the bili lights only one night; TcB was 12.4 at 30 hours on the Bhutani chart.", "common-word-not-name eponym-bare", ep="Bhutani")
C("LD", "chat", "Christmas babies get the red knit hats from the volunteers - 4 so far this week.", "holiday")
C("LD", "ehr", "Prenatal labs: rubella immune, HBsAg neg, HIV neg, RPR nonreactive, GBS pos, O neg, antibody screen neg.", "dose-lab")
C("LD", "chat", "Woods screw and Rubin maneuver steps are posted by the warmer for the sim; HELPERR mnemonic on the back.", "eponym-bare", ep="Woods|Rubin")
C("LD", "chat", "Postpartum contraception: Camila or Heather (norethindrone) before discharge; Errin if pharmacy is out of both.", "drug-brand-name", br="Camila|Heather|Errin")
C("LD", "portal", "Portal message: I'm 6 days postpartum and my bleeding picked up again today, soaking a pad in about 3 hours. Is that normal?", "portal-message")

P("LD", "chat", "Pt Brooke Rivers in LDR 6, G1P0 at 40+1, epidural in, husband Kai at bedside", [("Brooke Rivers", N), ("Kai", N)], "name-common-word name-relative gestational-age")
P("LD", "ehr", "Delivery: 02/03/2025 0417, female, 3290 g, Apgar 8/9. Mother: DIALLO, AMINATA  MRN 7731-0462", [("02/03/2025", D), ("DIALLO, AMINATA", N), ("7731-0462", MR)], "date-numeric name-allcaps mrn")
P("LD", "chat", "Baby Girl Castellano-Muñoz to NICU for grunting; mom is Esperanza, dad Rodrigo", [("Castellano-Muñoz", N), ("Esperanza", N), ("Rodrigo", N)], "name-hyphenated name-non-english name-relative")
P("LD", "sms", "Doula Wren Calloway is coming in with the pt, her cell 608-555-0161", [("Wren Calloway", N), ("608-555-0161", PH)], "name-staff phone name-common-word")
P("LD", "chat", "Mrs. Bishop's Bishop score is 3 - yes, the irony has been noted", [("Bishop", N)], "name-eponym-surname name-possessive")
P("LD", "chat", "EDD 17-Feb-2025 per 8-week US for Nguyen Thi Lan, interpreter requested (Vietnamese)", [("17-Feb-2025", D), ("Nguyen Thi Lan", N)], "date-dmy-abbrev name-non-english")
P("LD", "chat", "Birth certificate worksheet: father is Jermaine Holloway-Price, mother's maiden name Tran", [("Jermaine Holloway-Price", N), ("Tran", N)], "name-relative name-hyphenated")
P("LD", "portal", "Portal msg: I'm 34 weeks and my ankles are so swollen, BP at the pharmacy was 150/96. Should I come in? - Precious Adebayo-Okafor", [("Precious Adebayo-Okafor", N)], "portal-message name-hyphenated vitals")
P("LD", "chat", "Newborn photo for the nursery card: IMG_20250311_0802.heic - parents Dorian and Jade Lemaire consented", [("IMG_20250311_0802.heic", PI), ("Dorian", N), ("Jade Lemaire", N)], "photo-filename name-relative")
P("LD", "email", "From: Annelise Vandermeer <annelise.vandermeer@example.net>\nSubject: birth plan\nI'm due March 28 and want delayed cord clamping and no visitors except my sister Britt.", [("Annelise Vandermeer", N), ("annelise.vandermeer@example.net", EM), ("March 28", D), ("Britt", N)], "email date-written name-relative")
P("LD", "chat", "Anesthesia: epidural placed by Dr. Obi at 2210 for the pt in 4, Honor Kaminski", [("Obi", N), ("Honor Kaminski", N)], "name-clinician name-common-word")
P("LD", "lower", "pt in triage is jolene marsh 28 weeks from portage says decreased fetal movement since last night", [("jolene marsh", N), ("portage", LO)], "name-lowercase city gestational-age")
P("LD", "chat", "Cord blood bank kit CB-448102 for Faith Oyelowo-Grant, courier called", [("CB-448102", ID_), ("Faith Oyelowo-Grant", N)], "other-id name-hyphenated name-common-word")
P("LD", "chat", "Postpartum day 2, Mrs. Golden-Eagle wants early d/c; pediatrician Dr. Marcus Lee at Pinecrest Pediatrics", [("Golden-Eagle", N), ("Marcus Lee", N), ("Pinecrest Pediatrics", LO)], "name-hyphenated name-clinician facility")
P("LD", "ehr", "Prenatal records from Lakeside Women's Clinic faxed from (608) 555-0177; their pt ID 20-338714", [("Lakeside Women's Clinic", LO), ("(608) 555-0177", FX), ("20-338714", MR)], "facility fax mrn")
P("LD", "chat", "Dad's plate is WI 884-RZB - he's parked in the ambulance bay again", [("884-RZB", VE)], "vehicle relative-not-named")
P("LD", "chat", "Ms. Young delivered at 0614, baby boy Emmett, 3.6 kg", [("Young", N), ("Emmett", N)], "name-common-word name-given-only")
P("LD", "chat", "Mireille Baptiste-Toussaint is a G5P4 at 39 weeks; her last delivery at St. Odile's in Port-au-Prince was 2019", [("Mireille Baptiste-Toussaint", N), ("St. Odile's", LO), ("Port-au-Prince", LO)], "name-hyphenated facility city year-only")
P("LD", "sms", "RN Tamsin Gold covering triage until 7, her cell is 262.555.0175", [("Tamsin Gold", N), ("262.555.0175", PH)], "name-staff name-common-word phone")
P("LD", "chat", "Mother: Kwabena? no, that's dad. Mother is Akosua Mensah, DOB 9/30/1997", [("Kwabena", N), ("Akosua Mensah", N), ("9/30/1997", D)], "name-non-english dob name-relative")
P("LD", "pager", "L&D: SUMMER HOLT PUSHING IN 6, PEDS TO ROOM NOW, MEC FLUID", [("SUMMER HOLT", N)], "name-allcaps name-common-word")
P("LD", "ehr", "Mother DOB 0" + ZW + "7/1" + ZW + "9/1994, blood type A pos, Rh immune globulin not needed - Keziah Brandt", [("0" + ZW + "7/1" + ZW + "9/1994", D), ("Keziah Brandt", N)], "zero-width dob name-plain")
P("LD", "chat", "Postpartum pt Ivy Fairchild's husband Silas says their pediatrician is in Cross Plains, send records there", [("Ivy Fairchild", N), ("Silas", N), ("Cross Plains", LO)], "name-common-word name-relative city")
# ---------------------------------------------------------------- NICU and inpatient pediatrics ward
C("NICU", "chat", "32-weeker on CPAP 6, FiO2 28%, caffeine loaded. Head US on day 7 for the IVH screen.", "gestational-age dose-lab")
C("NICU", "chat", "Bili 14.2 at 60 hours, above the phototherapy line on the AAP nomogram - double lights.", "organization dose-lab", org="AAP")
C("NICU", "chat", "Apgar 2, 5 and 8; Ballard says 34 weeks, the dates said 36.", "score gestational-age")
C("NICU", "lower", "can we give similac neosure through the ng if moms milk runs out overnight", "lowercase drug-brand-name")
C("NICU", "chat", "Hirschsprung is on the differential: no meconium by 48 h, distended. Contrast enema tomorrow, then suction rectal biopsy.", "eponym-bare", ep="Hirschsprung")
C("NICU", "chat", "Kawasaki criteria: fever day 5, conjunctival injection, strawberry tongue, no rash yet. Echo ordered.", "eponym-bare", ep="Kawasaki")
C("NICU", "chat", "Down syndrome baby with an AV canal on echo; cardiology following, feeds by NG for now.", "eponym", ep="Down")
C("NICU", "chat", "N-PASS is 4, sucrose before heel sticks, kangaroo care encouraged for both parents.", "score relative-not-named", sc="N-PASS")
C("NICU", "pager", "NICU: ROP EXAMS MONDAY - DILATING DROPS 1 HR PRIOR FOR BEDS 3, 8, 12", "allcaps room-bed-number weekday")
C("NICU", "chat", "Gentamicin 4 mg/kg q24h for the 37-weeker, trough before the 3rd dose; Synagis season starts in November.", "dose-lab drug-brand-name month-word", br="Synagis")
C("NICU", "chat", "Peds ward: Wilms tumor post-op in bed 14, Foley out, clears advancing.", "eponym-bare room-bed-number", ep="Wilms")
C("NICU", "chat", "Westley croup score 4, dexamethasone 0.6 mg/kg given, racemic epi x1.", "eponym-bare dose-lab", ep="Westley")
C("NICU", "chat", "Bronchiolitis season: RSV and hMPV on the panel, high-flow at 2 L/kg/min per the pathway.", "dose-lab")
C("NICU", "chat", "Henoch-Schonlein purpura kid has arthralgia and belly pain, UA shows microscopic hematuria.", "eponym-bare", ep="Henoch-Schonlein")
C("NICU", "chat", "Barlow and Ortolani negative bilaterally, but she was breech - hip US at 6 weeks.", "eponym-bare", ep="Barlow|Ortolani")
C("NICU", "sms", "Mom asks if the baby can go home the Monday after Easter, depends on the car seat test.", "holiday weekday relative-not-named")
C("NICU", "chat", "Mark the feeds as 24 kcal/oz with Prolacta, 150 mL/kg/day, and check a BMP Friday.", "common-word-not-name drug-brand-name dose-lab", word="Mark", br="Prolacta")
C("NICU", "chat", "Pneumococcal vaccine at 2, 4 and 6 months; Vaccines for Children covers it for Medicaid kids.", "organization age-under-90", org="Vaccines for Children|Medicaid")
C("NICU", "ehr", "Growth: wt 1.42 kg (10th %ile Fenton), HC 28.5 cm, length 40 cm. Gain 18 g/kg/d.", "eponym-bare dose-lab", ep="Fenton")
C("NICU", "chat", "Child life asks if the 7-year-old in 22 can have the iPad during the MRI prep. Yes, as long as it stays out of the scanner room.", "age-under-90 room-bed-number")
C("NICU", "chat", "LP on the 3-week-old: CSF WBC 4, glucose 48, protein 90. Enterovirus PCR pending.", "dose-lab organism", orgm="Enterovirus")
C("NICU", "chat", "Pompe disease flagged on the newborn screen - confirmatory GAA enzyme and genetics consult before anyone panics.", "eponym-bare", ep="Pompe")
C("NICU", "handoff", "NICU pod 2: bed 5 CPAP wean, bed 6 NEC watch (NPO, Replogle), bed 7 bili, bed 8 feeder-grower, bed 9 empty", "room-bed-number eponym-bare", ep="Replogle")

P("NICU", "chat", "Baby Boy Abernathy-Singh, 29+3, mom Priya is in PACU, dad Callum at bedside", [("Abernathy-Singh", N), ("Priya", N), ("Callum", N)], "name-hyphenated name-relative gestational-age")
P("NICU", "ehr", "Patient: Oyelaran, Tobi  MRN: 0061" + ZWNJ + "7724  DOB 2025-01-30  BW 1180 g", [("Oyelaran, Tobi", N), ("0061" + ZWNJ + "7724", MR), ("2025-01-30", D)], "name-last-first zero-width date-iso mrn")
P("NICU", "chat", "Hunter Bell in peds 12 - 6 yo, appendectomy, mom Sky staying overnight", [("Hunter Bell", N), ("Sky", N)], "name-common-word name-relative")
P("NICU", "chat", "Twins: Baby A is Ezekiel, Baby B is Eliana, surname Quispe Mamani", [("Ezekiel", N), ("Eliana", N), ("Quispe Mamani", N)], "name-non-english name-given-only")
P("NICU", "lower", "parents of bed 5 want a call when he comes off cpap dad is marcus 414 555 0150", [("marcus", N), ("414 555 0150", PH)], "name-lowercase phone name-relative")
P("NICU", "chat", "The NICU camera link for Baby Girl Thorsen is https://nicview.example.org/cam/TH-5521 - don't share outside the family", [("Thorsen", N), ("https://nicview.example.org/cam/TH-5521", UR)], "url name-surname-only")
P("NICU", "chat", "Footprint sheet scanned as FP_BG_Lindgren.tif, it belongs in the birth record", [("FP_BG_Lindgren.tif", BI)], "biometric")
P("NICU", "chat", "Social work note: mom (Destiny Reyes-Morales, 19) lives with her grandmother in Baraboo", [("Destiny Reyes-Morales", N), ("Baraboo", LO)], "name-hyphenated city age-under-90")
P("NICU", "chat", "Transport from Sauk Prairie Hospital: 34-weeker born 3/9 at 2214, surfactant given x1", [("Sauk Prairie Hospital", LO), ("3/9", D)], "facility date-numeric")
P("NICU", "chat", "Peds: Gracie (Grace) Fontaine, 4, croup, Westley 5 - dad Rowan wants to room in", [("Gracie", N), ("Grace", N), ("Fontaine", N), ("Rowan", N)], "name-nickname name-relative")
P("NICU", "ehr", "Newborn screen kit NBS-20250219-4417 collected 2/19 at 0600 for Baby Boy Kovačević", [("NBS-20250219-4417", ID_), ("2/19", D), ("Kovačević", N)], "other-id date-numeric name-non-english")
P("NICU", "chat", "Apnea monitor going home with serial AM-88213, family trained (mom Chantal, grandma Odette)", [("AM-88213", DV), ("Chantal", N), ("Odette", N)], "device-serial name-relative")
P("NICU", "chat", "NP Imani Sutherland is covering pods 1-3 tonight", [("Imani Sutherland", N)], "name-staff")
P("NICU", "sms", "ok so the car seat test is tomorrow and then discharge to 1402 W Lawn Ave, Mount Horeb", [("1402 W Lawn Ave", LO), ("Mount Horeb", LO)], "address city")
P("NICU", "chat", "Milk bank donor DM-77120 for the fortifier batch; mom Yesenia Paz signed the donor milk consent", [("DM-77120", ID_), ("Yesenia Paz", N)], "other-id name-relative")
P("NICU", "chat", "Peds 18: Rocco DiMaggio-Hart, 9, DKA resolving, school (Lincoln Elementary) asking about a 504 plan", [("Rocco DiMaggio-Hart", N), ("Lincoln Elementary", LO)], "name-hyphenated school-name")
P("NICU", "voicemail", "Hi, this is Ngozi Eze, Chidera's mom, can someone call me at 608 555 0112, I'm stuck on the bus and want to know his 2 am weight", [("Ngozi Eze", N), ("Chidera", N), ("608 555 0112", PH)], "name-non-english name-relative phone")
P("NICU", "chat", "Pediatric cardiology: Dr. Inés Oyarzún reviewed the echo for the baby girl in 7 (Hartley)", [("Inés Oyarzún", N), ("Hartley", N)], "name-clinician name-non-english")
P("NICU", "chat", "Eye exam photos RetCam_Ruiz_0212.png uploaded for the ROP review", [("RetCam_Ruiz_0212.png", PI)], "photo-filename")
P("NICU", "ehr", "Peds admit: Phoenix Sterling-Moon, 11, MRN 602-118-94, asthma, home med list from mom Skye", [("Phoenix Sterling-Moon", N), ("602-118-94", MR), ("Skye", N)], "name-hyphenated mrn name-relative")
P("NICU", "handoff", "Peds sign-out: 10 Petrosyan - RSV, HFNC 8L; 11 Bright - DKA, off drip; 12 Wolfe-Adair - appy POD1; 14 Mbeki - sickle pain, PCA", [("Petrosyan", N), ("Bright", N), ("Wolfe-Adair", N), ("Mbeki", N)], "name-list name-surname-only name-common-word")
P("NICU", "chat", "Dad (Rashid Chowdhury) works nights in Beloit; best time to call is after 8 am at 608-555-0163", [("Rashid Chowdhury", N), ("Beloit", LO), ("608-555-0163", PH)], "name-relative city phone")
P("NICU", "chat", "CPS worker Ms. Lorraine Tubbs, intake 25-CPS-004418, is coming at 2 about the twins in 3 and 4", [("Lorraine Tubbs", N), ("25-CPS-004418", ID_)], "name-staff other-id")

# ---------------------------------------------------------------- behavioral health and addiction services
C("BH", "chat", "COWS 14 at 0800, buprenorphine 4 mg SL given, recheck in an hour. Suboxone induction per protocol.", "score drug-brand-name", sc="COWS", br="Suboxone")
C("BH", "chat", "CIWA-Ar 18 - lorazepam 2 mg and repeat in 1 hour; Wernicke prophylaxis with thiamine 500 mg IV TID.", "score eponym-bare dose-lab", sc="CIWA-Ar", ep="Wernicke")
C("BH", "chat", "Methadone 80 mg, QTc 478 on today's ECG. Talk to the OTP medical director before any increase.", "dose-lab staff-role")
C("BH", "lower", "is vivitrol ok if they used fentanyl 3 days ago or do we wait the full 7 to 10 days", "lowercase quick-question")
C("BH", "chat", "C-SSRS screen positive, lifetime ideation only, no recent behavior. Safety plan done, 988 card given.", "score", sc="C-SSRS")
C("BH", "chat", "Narcan kits restocked in the lobby cabinet; 12 went out Friday night.", "drug-brand-name weekday", br="Narcan")
C("BH", "chat", "Clozapine ANC 1,800 - fine for BEN. Keep weekly draws per the REMS.", "dose-lab organization", org="REMS")
C("BH", "chat", "Group tonight: Seeking Safety chapter 4, then DBT distress tolerance - TIPP and ACCEPTS.", "score", sc="DBT|Seeking Safety")
C("BH", "chat", "AIMS 6, mild tardive dyskinesia. Start Ingrezza at 40 mg?", "score drug-brand-name", sc="AIMS", br="Ingrezza")
C("BH", "pager", "UNIT 3 PSYCH: CODE GRAY IN DAYROOM, SECURITY RESPONDING, NO INJURIES", "allcaps")
C("BH", "chat", "Korsakoff amnesia persists in the patient from the detox unit; neuropsych testing recommended before discharge planning.", "eponym-bare", ep="Korsakoff")
C("BH", "chat", "Urine drug screen positive for fentanyl and the xylazine test strip is positive too. Wound care for the forearm ulcers.", "dose-lab")
C("BH", "chat", "Sublocade 300 mg monthly x2 then 100 mg - is our pharmacy REMS certified? Yes.", "drug-brand-name dose-lab", br="Sublocade")
C("BH", "chat", "Frank discussion with the patient about the risks of leaving AMA; capacity intact and she chose to stay.", "common-word-not-name", word="Frank")
C("BH", "chat", "PHQ-9 from 21 to 9 after 8 weeks of sertraline and CBT - response, not remission.", "score")
C("BH", "chat", "The emergency detention expires at 72 hours; probable cause hearing if we file. Legal liaison is aware.", "staff-role")
C("BH", "ehr", "Lithium 0.9 mmol/L, TSH 3.1, creatinine 1.0, Ca 9.6. Next level in 3 months.", "dose-lab")
C("BH", "chat", "AA meetings on campus Monday, Wednesday and Saturday; Celebrate Recovery on Tuesdays; SMART Recovery online.", "organization weekday", org="AA|Celebrate Recovery|SMART Recovery")
C("BH", "chat", "Capgras delusion in the patient with Lewy body dementia - he thinks his wife is an impostor.", "eponym-bare relative-not-named", ep="Capgras")
C("BH", "lower", "pt wants to switch from abilify maintena to aristada which dose lines up with 400", "lowercase dose-lab")
C("BH", "chat", "Young adult track (ages 18-25) intake Thursday; 3 referrals from the college counseling center.", "age-under-90 weekday")
C("BH", "sms", "Reminder to the group: no phones in session, the 5 pm meeting moved to 6 for the holiday week.", "clock-time admin-chatter")
C("BH", "chat", "Ryan White funding covers the HIV meds for the patient in the residential program; Biktarvy via ADAP.", "organization drug-brand-name", org="Ryan White|ADAP", br="Biktarvy")

P("BH", "chat", "New admit to detox: Dusty (Dustin) Rhodes-Keller, 34, fentanyl + meth, COWS 12", [("Dusty", N), ("Dustin", N), ("Rhodes-Keller", N)], "name-nickname name-hyphenated")
P("BH", "ehr", "Patient: FROST, JONAH T   MRN 55-0193-82   Legal status: voluntary   Admit 11-Mar-2025", [("FROST, JONAH T", N), ("55-0193-82", MR), ("11-Mar-2025", D)], "name-allcaps name-common-word mrn date-dmy-abbrev")
P("BH", "chat", "Take-home doses for Raúl Echeverría start Monday; his ride is his cousin Beto", [("Raúl Echeverría", N), ("Beto", N)], "name-non-english name-relative")
P("BH", "chat", "Called Grace Bell's sponsor Lonnie at 608-555-0126 per her ROI", [("Grace Bell", N), ("Lonnie", N), ("608-555-0126", PH)], "name-common-word name-after-verb phone")
P("BH", "chat", "Collateral from Rafe McGill's mother: his posts at https://social.example.com/rafe.mcgill got dark last week", [("Rafe McGill", N), ("https://social.example.com/rafe.mcgill", UR)], "url name-possessive")
P("BH", "chat", "Probation officer Dwayne Castillo wants weekly UDS results for Kendra Hale, case CR-2024-00831", [("Dwayne Castillo", N), ("Kendra Hale", N), ("CR-2024-00831", ID_)], "name-staff other-id name-common-word")
P("BH", "lower", "sterling banks left ama at 3am again says hes going to his sisters in janesville", [("sterling banks", N), ("janesville", LO)], "name-lowercase name-common-word city")
P("BH", "chat", "Methadone guest dosing request from Northlake Recovery Clinic for Tyrone Ashworth, 3/14 through 3/21", [("Northlake Recovery Clinic", LO), ("Tyrone Ashworth", N), ("3/14", D), ("3/21", D)], "facility date-numeric")
P("BH", "email", "From: court liaison <liaison@countycourt.example.org>\nRe: Ch. 51 hearing for Lucinda Morrow set for April 9 at 1:30", [("liaison@countycourt.example.org", EM), ("Lucinda Morrow", N), ("April 9", D)], "email date-written")
P("BH", "chat", "Prescription monitoring shows Mr. Villaseñor filled oxycodone from Dr. Penny Warbucks-Lee on 2/27", [("Villaseñor", N), ("Penny Warbucks-Lee", N), ("2/27", D)], "name-clinician name-hyphenated date-numeric")
P("BH", "pager", "PT ELOPED FROM 4 EAST - KIERAN O'SULLIVAN, 22, RED HOODIE, LAST SEEN AT THE BUS STOP ON PARK ST", [("KIERAN O'SULLIVAN", N), ("PARK ST", LO)], "name-allcaps name-particle address")
P("BH", "chat", "Clozapine REMS patient ID 88120047 for Ozioma Nwachukwu, ANC 2100", [("88120047", ID_), ("Ozioma Nwachukwu", N)], "other-id name-non-english")
P("BH", "chat", "Peer specialist Journey Whitfield will meet the pt Thursday", [("Journey Whitfield", N)], "name-staff name-common-word")
P("BH", "sms", "This is Tessa's mom, Tessa (Theresa Kowalski) hasn't answered since she left your unit, her number is 7 1 5 - 5 5 5 - 0 1 9 9", [("Tessa", N), ("Tessa", N), ("Theresa Kowalski", N), ("7 1 5 - 5 5 5 - 0 1 9 9", PH)], "name-nickname spaced-digits phone")
P("BH", "chat", "Sober living placement: Harbor House, 618 E Dayton St - bed for Mr. Amadou Sow on Friday", [("Harbor House", LO), ("618 E Dayton St", LO), ("Amadou Sow", N)], "facility address name-non-english")
P("BH", "chat", "VA social worker Ms. Long called about the veteran in 7, Benedict Osei-Bonsu", [("Long", N), ("Benedict Osei-Bonsu", N)], "name-staff name-common-word name-hyphenated")
P("BH", "chat", "Pt's ex (Lamar) has a no-contact order; his plate is WI AKR-4471 if security sees the truck", [("Lamar", N), ("AKR-4471", VE)], "vehicle name-relative")
P("BH", "ehr", "Insurance: Medicaid HMO, member ID 90442817-01, Jovana Petrović", [("90442817-01", HP), ("Jovana Petrović", N)], "health-plan name-non-english")
P("BH", "chat", "Ebony told group her dad is ninety-three and she's his only caregiver", [("Ebony", N), ("ninety-three", A)], "name-given-only age-over-89-words name-message-start")
P("BH", "chat", "Nurse line callback for Marisela Quintanilla: 608-555-" + ZWJ + "0148 (copied from the intake form)", [("Marisela Quintanilla", N), ("608-555-" + ZWJ + "0148", PH)], "zero-width phone name-non-english")
P("BH", "ehr", "OTP intake: Cassius Delane Reed  MRN 3\u200b3\u200b0\u200b-\u200b1\u200b9\u200b8  DOB 06/06/1988  Referral: Dane Street Clinic", [("Cassius Delane Reed", N), ("3\u200b3\u200b0\u200b-\u200b1\u200b9\u200b8", MR), ("06/06/1988", D), ("Dane Street Clinic", LO)], "zero-width mrn dob facility")
P("BH", "portal", "Portal: Hi its Noor, I missed my Sublocade shot because my car broke down in Fort Atkinson, can I come Monday?", [("Noor", N), ("Fort Atkinson", LO)], "portal-message name-given-only city")
# ---------------------------------------------------------------- EMS / paramedic crews and handoffs
C("EMS", "chat", "Cincinnati stroke scale positive (facial droop, arm drift), LKW 40 min ago, BGL 132. Stroke alert called.", "place-rule clock-time", pl="Cincinnati")
C("EMS", "chat", "GCS 14/15 (E4V4M6), BP 142/90, HR 104, SpO2 94% RA. Trauma criteria not met.", "score-fraction vitals")
C("EMS", "pager", "MEDIC 7 ENROUTE: 60S M, CHEST PAIN, STEMI ON 12-LEAD, ASA 324 GIVEN, ETA 8 MIN", "allcaps age-under-90 dose-lab")
C("EMS", "chat", "Kussmaul resps on the DKA call, the meter read HI, fluids wide open through an 18.", "eponym-bare")
C("EMS", "chat", "Beck triad? Muffled heart sounds, JVD, hypotension - tamponade on the differential, lights and sirens.", "eponym-bare", ep="Beck")
C("EMS", "lower", "does the king airway count as an advanced airway for the cardiac arrest quality report", "lowercase")
C("EMS", "chat", "LUCAS on at minute 6, ROSC at minute 19, epi x3, amio 300.", "device-brand dose-lab", br="LUCAS")
C("EMS", "chat", "Hypothermic patient, core temp 31.2 C, moved gently, no Osborn waves on the monitor.", "temperature eponym-bare", ep="Osborn")
C("EMS", "handoff", "Rig check: O2 2000 psi, suction ok, Zoll pads x2, glucose strips expire next month, narcotics box sealed #114", "device-brand not-a-phone", br="Zoll")
C("EMS", "chat", "Rocky Mountain spotted fever on the differential for the camper with a petechial rash and fever 103F.", "place-disease temperature", pl="Rocky Mountain")
C("EMS", "chat", "Pediatric dosing off the Broselow tape: purple, 10-11 kg, midazolam 2 mg IN.", "eponym-bare dose-lab", ep="Broselow")
C("EMS", "chat", "Refusal documented: A&O x4, understands the risks, will call back if worse. 89-year-old with a daughter present.", "age-under-90 relative-not-named")
C("EMS", "chat", "Narcan 4 mg IN with good response, RR 6 to 14. Leave-behind kit given to the roommate.", "dose-lab")
C("EMS", "chat", "START triage at the bus rollover: 3 red, 6 yellow, 11 green, 0 black.", "score", sc="START")
C("EMS", "pager", "ENGINE 4 AND MEDIC 12 TO THE COUNTY FAIR STANDBY SATURDAY 1000-1800", "allcaps weekday")
C("EMS", "chat", "Levine sign with diaphoresis, 12-lead shows ST elevation in II, III, aVF.", "eponym-bare", ep="Levine")
C("EMS", "chat", "Battle sign and raccoon eyes after the fall off the ladder; collar on because NEXUS can't be cleared in the field.", "eponym-bare score", ep="Battle", sc="NEXUS")
C("EMS", "chat", "Ottawa ankle rules aren't in our protocol - splint and transport if they can't bear weight.", "place-rule", pl="Ottawa")
C("EMS", "chat", "Cushing triad: HR 48, BP 210/110, irregular resps. Head trauma, GCS 7.", "eponym-bare vitals", ep="Cushing")
C("EMS", "ehr", "Run times: dispatched 1412, en route 1413, on scene 1421, pt contact 1423, transport 1436, at destination 1451.", "clock-time not-a-phone")
C("EMS", "chat", "Duty officer says the heat index will hit 104 on Monday, hydration stations at the parade.", "temperature weekday")
C("EMS", "voicemail", "Hey, it's the supply officer, the new Glidescope blades came in, pick them up at station two before Friday's shift change.", "voicemail device-brand weekday", br="Glidescope")

P("EMS", "handoff", "Medic 9 handoff: Cyrus Banks, 92 y/o M, fall at home, on Eliquis, GCS 15, lac L forehead, lives 3318 Hollyhock Ln", [("Cyrus Banks", N), ("92", A), ("3318 Hollyhock Ln", LO)], "age-over-89-digits address name-common-word")
P("EMS", "pager", "MEDIC 3: PT IS FELICIA GRANT-OYELOWO, DOB 04/22/1958, SEIZURE X2, VERSED 5 IM", [("FELICIA GRANT-OYELOWO", N), ("04/22/1958", D)], "name-allcaps name-hyphenated dob")
P("EMS", "chat", "Crash at I-90 mile marker 142 eastbound, driver Owen Frost, plate WI 527-TKM, airbags deployed", [("I-90 mile marker 142", LO), ("Owen Frost", N), ("527-TKM", VE)], "vehicle name-common-word address")
P("EMS", "chat", "PCR number 2025-004417 for the Sun Prairie cardiac arrest - patient Elwood Ferris", [("2025-004417", ID_), ("Sun Prairie", LO), ("Elwood Ferris", N)], "other-id city")
P("EMS", "chat", "Pt's wife Marguerite gave the med list; his cardiologist is Dr. Amara Nwosu at Heartland Cardiology", [("Marguerite", N), ("Amara Nwosu", N), ("Heartland Cardiology", LO)], "name-relative name-clinician facility")
P("EMS", "chat", "Found down behind the gas station on Cottage Grove Rd - unknown male, later ID'd as Lowell 'Tiny' Mercer", [("Cottage Grove Rd", LO), ("Lowell", N), ("Tiny", N), ("Mercer", N)], "address name-nickname")
P("EMS", "lower", "crew was paramedic reyes and emt sokolowski for the 0300 call at the nursing home", [("reyes", N), ("sokolowski", N)], "name-lowercase name-staff")
P("EMS", "ehr", "Patient: Osei, Kwame   Age 90   Weight 61 kg   Allergies: PCN   Destination: St. Luke's Regional", [("Osei, Kwame", N), ("90", A), ("St. Luke's Regional", LO)], "name-last-first age-over-89-digits facility")
P("EMS", "chat", "Pt has an LVAD, controller serial HM3-44018; VAD coordinator on call at 608-555-0134, pt is Ignacio Paredes", [("HM3-44018", DV), ("608-555-0134", PH), ("Ignacio Paredes", N)], "device-serial phone")
P("EMS", "voicemail", "This is Captain Imogen Steele, Engine 6, returning the call about the patient from 1120 Ridgewood Trail, you can reach me at 608.555.0191", [("Imogen Steele", N), ("1120 Ridgewood Trail", LO), ("608.555.0191", PH)], "name-staff address phone")
P("EMS", "chat", "Medic 2 bringing Joy Whitaker, ninety-four, hip fx from Sunrise Assisted Living", [("Joy Whitaker", N), ("ninety-four", A), ("Sunrise Assisted Living", LO)], "name-common-word age-over-89-words facility")
P("EMS", "chat", "pt's ID: WI DL B530-7721-4408-12, name Bradley Pike, found in his wallet", [("B530-7721-4408-12", LI), ("Bradley Pike", N)], "drivers-license name-common-word")
P("EMS", "handoff", "MCI tags: red 1 = Halima Warsame, red 2 = unknown female ~40, yellow 1 = Pieter de Vries", [("Halima Warsame", N), ("Pieter de Vries", N)], "name-list name-particle name-non-english")
P("EMS", "chat", "Drone footage of the scene DJI_0418.MP4 shows the patient under the tractor, forward it to trauma", [("DJI_0418.MP4", PI)], "photo-filename")
P("EMS", "chat", "Frequent caller list: Mr. Gold in the trailer park off County Rd PB, third call this week", [("Gold", N), ("County Rd PB", LO)], "name-common-word address")
P("EMS", "chat", "911 recording for the Paulsen call is audio_0311_1752.wav, QA wants it", [("Paulsen", N), ("audio_0311_1752.wav", BI)], "biometric name-surname-only")
P("EMS", "chat", "Pt from Deerfield refused transport, refusal signed by wife Henrietta Kloss at 2230", [("Deerfield", LO), ("Henrietta Kloss", N)], "city name-relative")
P("EMS", "sms", "Arabic speaker, son translating - pt Mahmoud Haddad, son's phone " + AR("608-555-0163"), [("Mahmoud Haddad", N), (AR("608-555-0163"), PH)], "arabic-indic-digits phone name-non-english")
P("EMS", "chat", "Tablet on Medic 5 with IP 198.51.100.23 failed to upload the ePCR for Della Hutchins", [("198.51.100.23", IPA), ("Della Hutchins", N)], "ip")
P("EMS", "pager", "MEDIC 11: 97 YOF FROM BRIARWOOD MANOR, SEPSIS ALERT, BP 78/40, ETA 6", [("97", A), ("BRIARWOOD MANOR", LO)], "age-over-89-digits facility allcaps")
P("EMS", "handoff", "Handoff to ED bay 4: Theodora 'Teddy' Vukovic, 88, syncope at church, MRN from last visit 71-220-938", [("Theodora", N), ("Teddy", N), ("Vukovic", N), ("71-220-938", MR)], "name-nickname mrn age-under-90")
P("EMS", "chat", "Scene was 14 Prospect Ave, Apt 3; neighbor Delbert called it in, pt is Ms. Hollis", [("14 Prospect Ave, Apt 3", LO), ("Delbert", N), ("Hollis", N)], "address name-given-only")

# ---------------------------------------------------------------- urgent care and occupational health
C("OCC", "chat", "DOT physical: BP 138/88, vision 20/30 in both eyes, whisper test passed. 2-year card.", "score-fraction vitals", org="DOT")
C("OCC", "chat", "Audiogram shows a 4 kHz notch bilaterally - standard threshold shift per OSHA, retest in 30 days.", "organization", org="OSHA")
C("OCC", "chat", "Tinel and Phalen positive at the right wrist, Finkelstein negative. Line worker, 12 years on the packing line.", "eponym-bare", ep="Tinel|Phalen|Finkelstein")
C("OCC", "lower", "tdap or td for a clean puncture wound from a nail last tdap was 2016", "lowercase year-only")
C("OCC", "chat", "Respirator fit test: N95 passed quantitative, fit factor 180. Annual recert due next spring.", "score")
C("OCC", "chat", "Lyme disease: erythema migrans 8 cm after a tick bite at work in the woods, doxycycline 100 mg BID x 10 days.", "place-disease dose-lab", pl="Lyme")
C("OCC", "chat", "TB screen: QuantiFERON indeterminate, we'll repeat it. Travel screen negative.", "drug-brand-name", br="QuantiFERON")
C("OCC", "chat", "Salter-Harris II of the distal radius in the 13-year-old, cast and ortho in a week.", "eponym-bare age-under-90", ep="Salter-Harris")
C("OCC", "chat", "Fever 101F, rapid strep positive, Centor 4. Amoxicillin 500 mg BID x 10 days.", "temperature eponym-bare", ep="Centor")
C("OCC", "chat", "Boxer fracture of the 5th metacarpal, 30 degrees of angulation - ulnar gutter splint, hand clinic Monday.", "common-word-not-name weekday")
C("OCC", "chat", "Workers' comp paperwork: first report of injury, modified duty with a 20 lb lifting limit for 2 weeks.", "staff-role")
C("OCC", "pager", "UC: WAIT TIME 95 MIN, 14 IN LOBBY, X-RAY DOWN UNTIL 1500", "allcaps clock-time")
C("OCC", "chat", "Hepatitis B titer non-immune after 2 series - nonresponder counseling per CDC.", "organization", org="CDC")
C("OCC", "chat", "Ottawa knee rule negative; McMurray and Lachman equivocal, so MRI if no better in 2 weeks.", "place-rule eponym-bare", ep="McMurray|Lachman")
C("OCC", "chat", "Dix-Hallpike positive to the right, Epley done in clinic, no meclizine needed.", "eponym-bare", ep="Dix-Hallpike|Epley")
C("OCC", "chat", "Silica surveillance: spirometry FEV1/FVC 0.74, chest film ILO reading 0/0.", "score-fraction not-a-date", org="ILO")
C("OCC", "lower", "drug screen chain of custody got broken can we recollect the same day", "lowercase")
C("OCC", "chat", "Boutonniere deformity after jamming the finger at work; splint the PIP in extension for 6 weeks.", "eponym-bare")
C("OCC", "chat", "Summer hires need TB, Hep B and MMR titers before orientation Monday.", "common-word-not-name weekday", word="Summer")
C("OCC", "chat", "Valley fever? Cough for 3 weeks after working in the desert dust - Coccidioides serology sent.", "place-disease organism", pl="Valley fever", orgm="Coccidioides")
C("OCC", "chat", "Hand laceration 3 cm, Prolene 4-0 x 6, removal in 10-14 days.", "drug-brand-name dose-lab", br="Prolene")
C("OCC", "chat", "Gamekeeper thumb vs Stener lesion - ultrasound before we decide on a spica.", "eponym-bare", ep="Stener")
C("OCC", "handoff", "UC board 1400: room 1 lac repair, room 2 UTI, room 3 ankle x-ray, room 4 DOT physical, lobby 9", "room-bed-number clock-time")

P("OCC", "chat", "Employee Marco Ruiz-Benavides, badge 40871, needle stick at 0915, source pt labs pending", [("Marco Ruiz-Benavides", N), ("40871", ID_)], "name-hyphenated other-id")
P("OCC", "ehr", "Workers comp claim WC-25-118204 / Employer: Badger Precast / Injured worker: Hank Stroud, DOB 08/16/1979", [("WC-25-118204", ID_), ("Hank Stroud", N), ("08/16/1979", D)], "other-id dob")
P("OCC", "chat", "CDL exam for Buck Lindahl, CDL S530-8812-7744, med card expires 3/1/2027", [("Buck Lindahl", N), ("S530-8812-7744", LI), ("3/1/2027", D)], "drivers-license name-common-word date-numeric")
P("OCC", "chat", "J. Ruiz from HR at the plant wants the return-to-work note faxed to 920-555-0110", [("J. Ruiz", N), ("920-555-0110", FX)], "name-initial fax")
P("OCC", "lower", "pt is chase young he cut his hand at the lumber yard on hwy 12", [("chase young", N), ("hwy 12", LO)], "name-lowercase name-common-word address")
P("OCC", "chat", "Photo of the burn: burn_forearm_Tkachenko.jpg, pt Oleksandr Tkachenko, oil splash from the fryer", [("burn_forearm_Tkachenko.jpg", PI), ("Oleksandr Tkachenko", N)], "photo-filename name-non-english")
P("OCC", "email", "From: safety@tricountyfoods.example.com\nTo: occ health\nPlease send results for the post-accident drug screen, specimen ID 0448120, for Dale Brandvold.", [("safety@tricountyfoods.example.com", EM), ("0448120", ID_), ("Dale Brandvold", N)], "email other-id")
P("OCC", "chat", "UC room 3: Nevaeh Patterson, 19, ankle inversion, mom Crystal on the phone", [("Nevaeh Patterson", N), ("Crystal", N)], "name-plain name-relative name-common-word")
P("OCC", "chat", "Forklift driver Amir Tehrani hit at the Stoughton warehouse; supervisor Gus Pfeiffer at 608-555-0158", [("Amir Tehrani", N), ("Stoughton", LO), ("Gus Pfeiffer", N), ("608-555-0158", PH)], "name-non-english city name-staff phone")
P("OCC", "chat", "Self-pay account UC-0092217 for the walk-in, Rosalind Park", [("UC-0092217", AC), ("Rosalind Park", N)], "account name-common-word")
P("OCC", "sms", "Your visit is confirmed for Tues 4/8 at 3:15, reply STOP to opt out. Pt: L. Okafor", [("4/8", D), ("L. Okafor", N)], "date-numeric name-initial")
P("OCC", "chat", "Fit test record for nurse Delia Marchetti - respirator model 1870+, size M, passed 2/20", [("Delia Marchetti", N), ("2/20", D)], "name-staff date-numeric")
P("OCC", "chat", "The plant's biometric time clock rejected Samuel Achterberg's palm scan (template PV-220918) since the burn", [("Samuel Achterberg", N), ("PV-220918", BI)], "biometric name-possessive")
P("OCC", "chat", "Mrs. Hale brought her grandson Finn, 8, for a dog bite at the farm on Old Sauk Rd", [("Hale", N), ("Finn", N), ("Old Sauk Rd", LO)], "name-common-word name-relative address")
P("OCC", "chat", "Travel clinic: Gwendolyn Achebe leaves for Accra on the 22nd, needs yellow fever and typhoid", [("Gwendolyn Achebe", N), ("Accra", LO), ("22nd", D)], "name-non-english city date-written")
P("OCC", "chat", "Pre-placement exam: Nadia Bouzid, employee ID E-33817, lift test passed", [("Nadia Bouzid", N), ("E-33817", ID_)], "other-id name-non-english")
P("OCC", "chat", "Pt Tobias Grünewald's home BP log came in, cuff serial BPM-90217", [("Tobias Grünewald", N), ("BPM-90217", DV)], "device-serial name-non-english name-possessive")
P("OCC", "pager", "UC: PT ORVILLE DEAN BACK FOR RECHECK, STITCHES FROM 3/4, NEEDS WORK NOTE", [("ORVILLE DEAN", N), ("3/4", D)], "name-allcaps date-numeric")
P("OCC", "chat", "Check-in kiosk (IP 203.0.113.88) took the selfie for Lorraine Abbott - kiosk_2025_0318.jpg", [("203.0.113.88", IPA), ("Lorraine Abbott", N), ("kiosk_2025_0318.jpg", PI)], "ip photo-filename")
P("OCC", "voicemail", "Yeah this is Roy Castle at Midwest Roofing, my guy Tomasz Wiśniewski fell off a ladder this morning, is he still there? Call me back at 608 555 0145.", [("Roy Castle", N), ("Tomasz Wiśniewski", N), ("608 555 0145", PH)], "name-staff name-non-english phone")
P("OCC", "ehr", "UC visit 3/22/2025: Marguerite Ybarra-Cole, 24F, MRN 990-4417-2, cat bite R hand, Augmentin x5d", [("3/22/2025", D), ("Marguerite Ybarra-Cole", N), ("990-4417-2", MR)], "date-numeric name-hyphenated mrn")
P("OCC", "chat", "Post-offer physical: Sunny Oduya, commercial driver's license WI O3001-7741-0921, hearing waiver on file", [("Sunny Oduya", N), ("O3001-7741-0921", LI)], "drivers-license name-common-word")
# ---------------------------------------------------------------- transplant coordination
C("TX", "chat", "MELD 32, Child-Pugh C, listing committee meets Wednesday.", "score eponym-bare weekday", sc="MELD", ep="Child-Pugh")
C("TX", "chat", "Tacrolimus trough 11.8 at 12 hours, goal 8-10 in the first 3 months. Drop to 3 mg BID.", "dose-lab")
C("TX", "chat", "cPRA 98% - he gets the points but the offers will be rare. Desensitization talk at Friday's meeting.", "score age-like-number weekday")
C("TX", "chat", "UNOS match run came in at 0220, donation after circulatory death, KDPI 42%.", "organization clock-time", org="UNOS")
C("TX", "lower", "cmv d+/r- kidney so valganciclovir 900 daily for 6 months right", "lowercase dose-lab")
C("TX", "chat", "BK viremia 10^4 copies, cut the mycophenolate, repeat in 2 weeks.", "organism dose-lab", orgm="BK")
C("TX", "chat", "Banff 2019 borderline changes on the biopsy; pulse steroids per protocol.", "place-rule year-only", pl="Banff")
C("TX", "chat", "Milan criteria met: single lesion 4.2 cm, no vascular invasion. LI-RADS 5.", "place-rule score", pl="Milan", sc="LI-RADS")
C("TX", "chat", "Living donor workup: GFR 98 by iothalamate, BMI 27, no albuminuria. Donor advocate session booked.", "dose-lab age-like-number")
C("TX", "pager", "TX COORD: ORGAN OFFER ON THE LINE, CALL BACK WITHIN 60 MIN, SURGEON ON CALL AWARE", "allcaps")
C("TX", "chat", "Prograf vs Envarsus for the nonadherent patient - once daily dosing might help.", "drug-brand-name", br="Prograf|Envarsus")
C("TX", "chat", "Pneumocystis prophylaxis: Bactrim SS daily for 6 months, dapsone if sulfa allergy.", "organism drug-brand-name", orgm="Pneumocystis", br="Bactrim")
C("TX", "chat", "Crossmatch negative by flow, no DSA. OR at 0700.", "clock-time")
C("TX", "chat", "The 6-month protocol biopsy is now only for high immunologic risk, per Tuesday's committee.", "weekday")
C("TX", "chat", "Hep C positive donor kidney offered; Mavyret for 8 weeks post-op is covered by most plans.", "drug-brand-name", br="Mavyret")
C("TX", "chat", "Gift of Life and the OPO run the donor family support line; we never contact donor families directly.", "organization relative-not-named", org="Gift of Life")
C("TX", "chat", "Hope the creatinine plateaus - 2.8 from 3.4 on POD 3, still making urine.", "common-word-not-name dose-lab")
C("TX", "chat", "Harvoni or Epclusa for the HCV-positive heart recipient? Genotype pending.", "drug-brand-name", br="Harvoni|Epclusa")
C("TX", "ehr", "Induction: Thymoglobulin 1.5 mg/kg x 3 doses, methylpred 500 mg intra-op, no basiliximab.", "drug-brand-name dose-lab", br="Thymoglobulin")
C("TX", "chat", "Part B now covers immunosuppressants for life after a kidney transplant; the ESRD enrollment form is CMS-40B.", "organization code-number")
C("TX", "chat", "Pretransplant dental clearance and Pap smear still missing for two candidates; listing on hold until done.", "eponym-bare", ep="Pap")
C("TX", "chat", "Alport syndrome in the recipient means the living related donor needs genetic testing first.", "eponym relative-not-named", ep="Alport")
C("TX", "portal", "Portal message: I got a call about a possible kidney tonight but I have a cold, fever 100.2. Do I still come?", "portal-message temperature")

P("TX", "chat", "Offer for Leland Frost: kidney, 0 HLA mismatch, cross-clamp expected at 0400", [("Leland Frost", N)], "name-common-word")
P("TX", "ehr", "Recipient: STERLING, BANKS R  UNOS ID BRX4471  MRN 09-114-387  Blood type O+", [("STERLING, BANKS R", N), ("BRX4471", ID_), ("09-114-387", MR)], "name-allcaps name-last-first other-id mrn")
P("TX", "chat", "Living donor is her brother Anand Krishnamurthy, 41, from Naperville", [("Anand Krishnamurthy", N), ("Naperville", LO)], "name-relative name-non-english city")
P("TX", "voicemail", "Hi this is Lucille Ng calling for the transplant coordinator, I had my labs drawn on March 10th at the Fitchburg lab and haven't heard, my number is 608 555 0135", [("Lucille Ng", N), ("March 10th", D), ("Fitchburg", LO), ("608 555 0135", PH)], "date-written phone city")
P("TX", "chat", "Coordinator Bettina Oduya-Marsh is on call for the liver list this weekend", [("Bettina Oduya-Marsh", N)], "name-staff name-hyphenated")
P("TX", "chat", "Home spirometer serial SPR-5520 uploads from 198.51.100.140 - Mr. Villanueva's FEV1 dropped 12%", [("SPR-5520", DV), ("198.51.100.140", IPA), ("Villanueva", N)], "device-serial ip name-possessive")
P("TX", "email", "From: Dr. Gareth Pemberton <g.pemberton@kidneycare.example.net>\nRe: referral of Marisol Ibáñez-Ochoa, DOB 12/2/1966\nShe has been on PD at Westgate Dialysis since 5/2023.", [("Gareth Pemberton", N), ("g.pemberton@kidneycare.example.net", EM), ("Marisol Ibáñez-Ochoa", N), ("12/2/1966", D), ("Westgate Dialysis", LO), ("5/2023", D)], "email name-clinician facility dob")
P("TX", "chat", "Wound photo from home, IMG_8832.jpg, incision looks red - pt Ruben Okoye-Lindqvist", [("IMG_8832.jpg", PI), ("Ruben Okoye-Lindqvist", N)], "photo-filename name-hyphenated")
P("TX", "chat", "Heart recipient Cleo Marchand lives 4 hours away in Eau Claire, needs housing near the center for 3 months", [("Cleo Marchand", N), ("Eau Claire", LO)], "city name-plain")
P("TX", "chat", "Insurance: member XKJ904471203, group 11802 (not needed), pt Hector Salgado", [("XKJ904471203", HP), ("Hector Salgado", N)], "health-plan")
P("TX", "lower", "whats the best number for the donors sister faith she said 920 555 0170", [("faith", N), ("920 555 0170", PH)], "name-lowercase name-common-word phone name-relative")
P("TX", "chat", "Deceased donor ID from the OPO: DON-25-03318; recipient Prewitt is in OR 6", [("DON-25-03318", ID_), ("Prewitt", N)], "other-id name-surname-only")
P("TX", "chat", "Pt turned 90 on the list - Lionel Baptiste - still a candidate? Yes, the program has no upper age limit.", [("90", A), ("Lionel Baptiste", N)], "age-over-89-digits")
P("TX", "ehr", "Pre-tx clinic 28-Feb-2025: Kalinda Hollis-Reed, 52F, ESRD from IgA, on HD at Lakeview Dialysis MWF", [("28-Feb-2025", D), ("Kalinda Hollis-Reed", N), ("Lakeview Dialysis", LO)], "date-dmy-abbrev name-hyphenated facility")
P("TX", "chat", "SSN for the living donor registration: 9" + ZW + "04-51-7720 (Desmond Ouellette)", [("9" + ZW + "04-51-7720", SS), ("Desmond Ouellette", N)], "ssn zero-width")
P("TX", "chat", "Mrs. Love's son says she's been skipping the evening Prograf - Ophelia Love, 67", [("Love", N), ("Ophelia Love", N)], "name-common-word name-possessive")
P("TX", "chat", "Liver recipient Tadashi Morimoto going to his daughter's place at 415 Elm Grove Ct, Middleton", [("Tadashi Morimoto", N), ("415 Elm Grove Ct", LO), ("Middleton", LO)], "name-non-english address city")
P("TX", "portal", "Portal: my tacro level from yesterday was 14 and I feel shaky. should I skip tonight? - Bartholomew (Bart) Wynn", [("Bartholomew", N), ("Bart", N), ("Wynn", N)], "portal-message name-nickname")
P("TX", "chat", "Social worker Ms. Fairweather-Osei met the caregiver, Thaddeus, about the 24/7 plan", [("Fairweather-Osei", N), ("Thaddeus", N)], "name-staff name-relative")
P("TX", "handoff", "Tx clinic today: 0800 Kaminski (1 yr), 0840 Abdullahi (new eval), 0920 Rose-Martel (BK), 1000 Whitcombe (rejection f/u)", [("Kaminski", N), ("Abdullahi", N), ("Rose-Martel", N), ("Whitcombe", N)], "name-list name-surname-only name-hyphenated")
P("TX", "chat", "Donor coordinator Marisa Oyelaran says the donor hospital is Holy Cross in Kenosha", [("Marisa Oyelaran", N), ("Holy Cross", LO), ("Kenosha", LO)], "name-staff facility city")
P("TX", "sms", "Pt Beatrix Lange's husband texted from " + FW("920-555-0137") + " asking about visiting hours", [("Beatrix Lange", N), (FW("920-555-0137"), PH)], "fullwidth-digits phone name-possessive")

# ---------------------------------------------------------------- case management and social work
C("CM", "chat", "SNF choice list given; 3-day qualifying stay met, Medicare days available. Waiting on bed offers.", "organization")
C("CM", "chat", "Meals on Wheels referral sent, and the county ADRC will do the long-term care functional screen.", "organization", org="Meals on Wheels|ADRC")
C("CM", "chat", "Observation vs inpatient: MOON notice delivered within 36 hours, IM letter on the day of discharge.", "score", sc="MOON")
C("CM", "lower", "does medicaid cover a shower chair or only the tub bench", "lowercase quick-question")
C("CM", "chat", "WIC enrollment for the mom and baby, SNAP application started, diapers from the community closet.", "organization relative-not-named", org="WIC|SNAP")
C("CM", "chat", "Guardianship petition filed; until then the ethics committee advises a surrogate per state statute.", "staff-role")
C("CM", "chat", "Patient has no phone; we gave a Lifeline program application and a bus pass for follow-up.", "organization", org="Lifeline")
C("CM", "chat", "Wheelchair van booked for Thursday 10 am through the Medicaid transport broker.", "weekday organization")
C("CM", "chat", "SDOH screen: food insecurity yes, housing unstable, utility shut-off notice. Resource packet given.", "score", sc="SDOH")
C("CM", "pager", "CM: 4 DISCHARGES BEFORE NOON PLEASE - BEDS NEEDED FOR ED BOARDERS", "allcaps")
C("CM", "chat", "APS report filed for suspected financial exploitation by a relative; patient is cognitively intact, SLUMS 26/30.", "score-fraction relative-not-named", org="APS", sc="SLUMS")
C("CM", "chat", "Home O2 qualification: SpO2 86% on RA at rest, 92% on 2 L. CMN signed.", "vitals")
C("CM", "chat", "Bell rings at 4 for the discharge lounge shuttle - patients should be ready 15 minutes before.", "common-word-not-name clock-time")
C("CM", "chat", "Long-term acute care referral denied; peer-to-peer Tuesday at 2.", "common-word-not-name weekday")
C("CM", "chat", "Salvation Army has winter coats; St. Vincent de Paul does furniture vouchers.", "organization", org="Salvation Army|St. Vincent de Paul")
C("CM", "lower", "the 3 day rule for snf doesnt apply with the medicare advantage plan right", "lowercase")
C("CM", "chat", "Section 8 voucher holders need the landlord paperwork; the housing authority has a 6-week backlog.", "code-number")
C("CM", "chat", "Rent assistance through the Emergency Rental Assistance program ended in June.", "month-word organization", org="Emergency Rental Assistance")
C("CM", "handoff", "IDR rounds: 22 patients, 6 with barriers (2 guardianship, 3 insurance auths, 1 unhoused). 5 dispo today.", "admin-chatter")
C("CM", "chat", "Advance care planning: the Five Wishes form is accepted in this state; no notary needed.", "organization", org="Five Wishes")
C("CM", "chat", "Hospital at home criteria: stable vitals, caregiver present, within 25 miles. 89 is not an age cutoff.", "age-under-90")
C("CM", "email", "Team, the charity care application now accepts e-signatures. Income limit is 300% FPL; attach two pay stubs or a zero-income letter.", "admin-chatter")
C("CM", "chat", "Kinship care navigator says the grandmother can get a foster license in about 60 days.", "relative-not-named")

P("CM", "chat", "Referral for Dale Rivers to Meadowbrook SNF, bed offer for Monday", [("Dale Rivers", N), ("Meadowbrook SNF", LO)], "name-common-word facility")
P("CM", "ehr", "Guarantor: Wilhelmina Strand  Acct 7700-41829  Address: 98 Hickory Hollow Rd, Lodi WI 53555", [("Wilhelmina Strand", N), ("7700-41829", AC), ("98 Hickory Hollow Rd", LO), ("Lodi", LO), ("53555", LO)], "account address zip")
P("CM", "chat", "Unhoused pt sleeps under the Williamson St bridge; outreach worker Paz Montoya knows him", [("Williamson St", LO), ("Paz Montoya", N)], "address name-staff")
P("CM", "chat", "APS worker Leticia Greenberg, 608-555-0123, case APS-25-07731 for Mr. Dunleavy", [("Leticia Greenberg", N), ("608-555-0123", PH), ("APS-25-07731", ID_), ("Dunleavy", N)], "name-staff phone other-id")
P("CM", "chat", "Spoke with Rowena Castellanos, daughter and POA, she prefers Bethany Home in Reedsburg", [("Rowena Castellanos", N), ("Bethany Home", LO), ("Reedsburg", LO)], "name-relative facility city name-after-verb")
P("CM", "email", "From: Ashok Venkataraman <ashok.v@example.com>\nSubject: my mother Lakshmi\nShe's 96, discharge is Friday, I can't take her home to Whitewater. Please call 262-555-0138.", [("Ashok Venkataraman", N), ("ashok.v@example.com", EM), ("Lakshmi", N), ("96", A), ("Whitewater", LO), ("262-555-0138", PH)], "email name-relative age-over-89-digits phone")
P("CM", "chat", "Medicaid pending for Giuseppe Lo Bianco, ID will be 9912004418 once approved, retro to 2/1", [("Giuseppe Lo Bianco", N), ("9912004418", HP), ("2/1", D)], "name-particle health-plan date-numeric")
P("CM", "lower", "pt says her landlord is shawn mccarthy at 4 willow st and he changed the locks", [("shawn mccarthy", N), ("4 willow st", LO)], "name-lowercase address")
P("CM", "chat", "Guardian ad litem: Atty. Octavia Blessing-Hart, court file 2025GN000412", [("Octavia Blessing-Hart", N), ("2025GN000412", ID_)], "name-hyphenated other-id")
P("CM", "chat", "Pt's bank says the account ending 0917 had $3,000 withdrawn by the grandson, Brock", [("0917", AC), ("Brock", N)], "account name-relative")
P("CM", "chat", "MARTINEZ-OLUWA, ISABEL - skilled need is IV ertapenem through 4/2, OPAT at Pinewood Infusion", [("MARTINEZ-OLUWA, ISABEL", N), ("4/2", D), ("Pinewood Infusion", LO)], "name-allcaps name-last-first date-numeric facility")
P("CM", "chat", "Transport: pt's own car is a 2011 Buick, VIN 1G4GC5E39BF223107, daughter will drive it home", [("1G4GC5E39BF223107", VE)], "vehicle relative-not-named")
P("CM", "chat", "Ms. Wynona Sixkiller's IHS clinic is in Tahlequah, records requested", [("Wynona Sixkiller", N), ("Tahlequah", LO)], "name-non-english city name-possessive")
P("CM", "chat", "Lives with partner Jules (they/them), 3rd floor walk-up at 1822 Atwood Ave #3", [("Jules", N), ("1822 Atwood Ave #3", LO)], "name-given-only address")
P("CM", "portal", "Hello, this is June Harrow, I'm writing for my husband Clifford. The home health agency never came after he left on Feb 9. Please help.", [("June Harrow", N), ("Clifford", N), ("Feb 9", D)], "portal-message name-relative date-written name-common-word")
P("CM", "chat", "Bed hold at Oak Hollow Manor for Ivo Radić until 5 pm", [("Oak Hollow Manor", LO), ("Ivo Radić", N)], "facility name-non-english")
P("CM", "chat", "Fax the PASRR to Cedar Glen at 608-555-0199 for Mrs. Quarles", [("Cedar Glen", LO), ("608-555-0199", FX), ("Quarles", N)], "fax facility")
P("CM", "chat", "Justice Mwangi from the county called - pt's housing voucher interview is April 15", [("Justice Mwangi", N), ("April 15", D)], "name-common-word name-staff date-written")
P("CM", "chat", "Pt's ninety-year-old husband, Amos, can't manage the stairs anymore", [("ninety", A), ("Amos", N)], "age-over-89-words name-relative")
P("CM", "chat", "Mrs. Frost-Whitaker's SSN for the SSI application is 912-44- 7781 (there's a stray space in the form)", [("Frost-Whitaker", N), ("912-44- 7781", SS)], "ssn ssn-split name-hyphenated")
P("CM", "chat", "Mr. O'Keefe-Mbatha's MRN is 45 887 1203 in the old system, 450-88712 in the new one", [("O'Keefe-Mbatha", N), ("45 887 1203", MR), ("450-88712", MR)], "mrn mrn-split name-particle")
P("CM", "voicemail", "Hi, Fern Gallagher from Aging and Disability Resources, calling about Chester Pike's functional screen, he scored nursing home level, call me at 608-555-0108 extension 22", [("Fern Gallagher", N), ("Chester Pike", N), ("608-555-0108 extension 22", PH)], "name-staff name-common-word phone")
P("CM", "sms", "Pt Minnie Blackwood, 103, going to her niece's in Janesville, niece is Opal, cell 608-555-0197", [("Minnie Blackwood", N), ("103", A), ("Janesville", LO), ("Opal", N), ("608-555-0197", PH)], "age-over-89-digits city name-relative phone")
# ---------------------------------------------------------------- interpreter services
C("INTERP", "chat", "Need a Hmong interpreter for a family meeting at 2; the video interpreter cart is on 6 West.", "staff-role clock-time")
C("INTERP", "chat", "ASL interpreter requested for the deaf patient - in person, not VRI, for the consent discussion.", "staff-role")
C("INTERP", "lower", "is there a marshallese interpreter in house or do we use the phone line", "lowercase")
C("INTERP", "chat", "Teach-back done in Spanish with the certified interpreter; the patient repeated the warfarin diet rules correctly.", "staff-role")
C("INTERP", "chat", "Don't use the 10-year-old as the interpreter for the pelvic exam. Call the line.", "age-under-90 relative-not-named")
C("INTERP", "chat", "Ramadan fasting question: insulin adjustment per the ADA guidance, check sugars before iftar.", "holiday organization", org="ADA")
C("INTERP", "chat", "Interpreter wait times today: Spanish 1 min, Arabic 4 min, Somali 9 min, Karen 22 min.", "clock-time common-word-not-name", word="Karen")
C("INTERP", "chat", "Dari vs Pashto - the patient speaks Dari, the family speaks both. Book Dari.", "relative-not-named")
C("INTERP", "pager", "INTERPRETER SVCS: RUSSIAN IN-PERSON CANCELLED, USE VIDEO, PORTUGUESE AVAILABLE AFTER 1300", "allcaps clock-time")
C("INTERP", "chat", "The consent form in Simplified Chinese isn't in the system; use the English form with sight translation documented.", "staff-role")
C("INTERP", "chat", "Hope we can get a Tigrinya speaker in person for the bad news conversation tomorrow.", "common-word-not-name")
C("INTERP", "chat", "Cultural note from the interpreter: in this family, the eldest son receives the news first.", "relative-not-named")
C("INTERP", "chat", "The Vietnamese word the family used for the stroke means 'wind'; clarified with the interpreter.", "relative-not-named")
C("INTERP", "chat", "Spanish discharge instructions for Augmentin: 875 mg dos veces al día por 7 días.", "drug-brand-name dose-lab", br="Augmentin")
C("INTERP", "chat", "Reminder: bilingual staff need the qualified bilingual assessment before they interpret clinical content.", "staff-role")
C("INTERP", "chat", "Amharic interpreter says the patient calls the pain 'fire in the stomach', 8/10, worse after injera.", "score-fraction")
C("INTERP", "chat", "Grand rounds Friday: language access and Title VI requirements, CME credit available.", "weekday organization", org="Title VI")
C("INTERP", "lower", "family speaks mixteco not spanish and the phone line has no mixteco who can help", "lowercase relative-not-named")
C("INTERP", "chat", "Easter weekend coverage: in-person Spanish only Saturday morning; everything else by video.", "holiday weekday")
C("INTERP", "chat", "Interpreters logged 47 encounters Monday, 31 by phone and 16 in person.", "weekday")
C("INTERP", "email", "Staff reminder: the phone interpreter access code changed this month and is posted on the badge cards, not here. Do not share it with vendors.", "admin-chatter")
C("INTERP", "chat", "Rose Bengal test is not something the interpreter can explain - ophthalmology will, with video interpretation.", "eponym-bare", ep="Rose Bengal")

P("INTERP", "chat", "Need a Somali interpreter for Faadumo Cabdi in ED 12, daughter Hodan can't stay", [("Faadumo Cabdi", N), ("Hodan", N)], "name-non-english name-relative")
P("INTERP", "chat", "Interpreter Dang Van Minh (badge 4471) for the Tran family at 3", [("Dang Van Minh", N), ("4471", ID_), ("Tran", N)], "name-staff other-id name-non-english")
P("INTERP", "ehr", "Interpreter log: 03/04/2025 14:20-14:55, Spanish, interpreter #10832, patient Anselmo Quiroga Paz, MRN 40-77-1125", [("03/04/2025", D), ("10832", ID_), ("Anselmo Quiroga Paz", N), ("40-77-1125", MR)], "date-numeric other-id mrn name-non-english")
P("INTERP", "chat", "ASL interpreter Rebecca Frost confirmed for Thursday with the Lindholm family", [("Rebecca Frost", N), ("Lindholm", N)], "name-staff name-common-word")
P("INTERP", "lower", "mr nguyen in 5 prefers his son duc to interpret but we called the line anyway", [("nguyen", N), ("duc", N)], "name-lowercase name-relative")
P("INTERP", "chat", "Video interpreter cart 3 (IP 192.0.2.114) froze during Mrs. Hassan's consent", [("192.0.2.114", IPA), ("Hassan", N)], "ip name-possessive")
P("INTERP", "voicemail", "Hola, soy Guadalupe Ortiz Reyes, la hija de Ramón Ortiz, necesito hablar con la trabajadora social, mi número es 608 555 0179", [("Guadalupe Ortiz Reyes", N), ("Ramón Ortiz", N), ("608 555 0179", PH)], "name-non-english name-relative phone")
P("INTERP", "chat", "Arabic interpreter Youssef El-Amin will join by video; patient Salma Al-Rashid, 91", [("Youssef El-Amin", N), ("Salma Al-Rashid", N), ("91", A)], "name-staff name-non-english age-over-89-digits")
P("INTERP", "chat", "Karen interpreter for Paw Htoo Say, he came from the camp at Mae Sot in 2019", [("Paw Htoo Say", N), ("Mae Sot", LO)], "name-non-english city year-only")
P("INTERP", "chat", "Pt goes by Гена (Gennady Volkov), only speaks Russian, call his niece Alina at (608) 555-0104", [("Гена", N), ("Gennady Volkov", N), ("Alina", N), ("(608) 555-0104", PH)], "name-non-english name-nickname phone name-relative")
P("INTERP", "chat", "Family photo the patient wanted shown to the team: family_Xiong.jpg - Mrs. Xiong Mai and her 9 grandkids", [("family_Xiong.jpg", PI), ("Xiong Mai", N)], "photo-filename name-non-english")
P("INTERP", "email", "From: language.access@example.org\nTo: 7 North\nThe Dinka interpreter for Achol Deng is booked 3/12 at 10:00; confirm at 608-555-0115.", [("language.access@example.org", EM), ("Achol Deng", N), ("3/12", D), ("608-555-0115", PH)], "email name-non-english date-numeric phone")
P("INTERP", "chat", "Pt's name is spelled Wojciech Brzęczyszczykiewicz - interpreter confirmed the spelling with him", [("Wojciech Brzęczyszczykiewicz", N)], "name-non-english")
P("INTERP", "chat", "Ms. Park from Korean interpretation will be there; patient is Park Min-seo, no relation", [("Park", N), ("Park Min-seo", N)], "name-staff name-non-english")
P("INTERP", "chat", "Deaf patient's videophone number is 608-555-0109 (VP), wife Bernice is deaf too", [("608-555-0109", PH), ("Bernice", N)], "phone name-relative")
P("INTERP", "chat", "Translated discharge packet goes to 2901 Fish Hatchery Rd, Fitchburg - pt Lam Thi Hoa", [("2901 Fish Hatchery Rd", LO), ("Fitchburg", LO), ("Lam Thi Hoa", N)], "address city name-non-english")
P("INTERP", "pager", "NEED PORTUGUESE INTERP STAT BED 9 - JOÃO PEDRO SALGUEIRO, CHEST PAIN", [("JOÃO PEDRO SALGUEIRO", N)], "name-allcaps name-non-english")
P("INTERP", "chat", "Interpreter Mariam says Mr. Abdi's birthday is really 12 March 1940, not 1/1/1940 - a common default on refugee papers", [("Mariam", N), ("Abdi", N), ("12 March 1940", D), ("1/1/1940", D)], "name-staff date-written date-numeric")
P("INTERP", "chat", 'Sign language interp: Daniel "Danny" O\'Hare is on until 7', [("Daniel", N), ("Danny", N), ("O'Hare", N)], "name-nickname name-particle name-staff")
P("INTERP", "sms", "Need Tagalog by phone for Lola Remedios (Remedios Dimaculangan, 94) in room 14", [("Remedios", N), ("Remedios Dimaculangan", N), ("94", A)], "name-non-english age-over-89-digits name-nickname")
P("INTERP", "chat", "Interpreter callback for the Begay family: 505" + LRM + "-555-0181, grandson Tsosie answers", [("Begay", N), ("505" + LRM + "-555-0181", PH), ("Tsosie", N)], "bidi-mark phone name-relative")
P("INTERP", "handoff", "Afternoon interpreter schedule: 1300 Haile (Tigrinya) 6N, 1330 Osman (Somali) ED, 1400 Bautista (Spanish) L&D, 1500 Vang (Hmong) clinic", [("Haile", N), ("Osman", N), ("Bautista", N), ("Vang", N)], "name-list name-staff name-surname-only")

# ---------------------------------------------------------------- pharmacy prior-auth desk
C("PA", "chat", "Ozempic PA denied - step therapy wants a metformin trial first. Appeal with the A1c history.", "drug-brand-name", br="Ozempic")
C("PA", "chat", "Humira biosimilar switch: the plan prefers Hadlima this quarter, same citrate-free formulation.", "drug-brand-name", br="Humira|Hadlima")
C("PA", "chat", "CPT 96372 for the injection, J0897 for Prolia 60 mg. Medical benefit, not pharmacy.", "code-number drug-brand-name", br="Prolia")
C("PA", "lower", "entresto pa says needs ef under 40 hers is 35 so just attach the echo", "lowercase dose-lab")
C("PA", "chat", "Mounjaro 5 mg weekly quantity limit is 4 pens per 28 days.", "drug-brand-name dose-lab", br="Mounjaro")
C("PA", "chat", "NDC 50090-5921-0 vs 0169-4132-12 for the insulin pens - the formulary only takes the second one.", "code-number not-a-phone")
C("PA", "chat", "ICD-10 E11.65 plus Z79.4 gets the CGM approved faster than E11.9 alone.", "code-number")
C("PA", "chat", "Dupixent PA for atopic dermatitis needs EASI 16 or more and failure of two topicals.", "drug-brand-name score", br="Dupixent", sc="EASI")
C("PA", "chat", "Express Scripts and CVS Caremark forms are different; use CoverMyMeds for both.", "organization", org="Express Scripts|CVS Caremark|CoverMyMeds")
C("PA", "pager", "PA DESK: EPIC WORK QUEUE DOWN 1100-1200 FOR UPGRADE - FAX BACKUP ONLY", "allcaps clock-time")
C("PA", "chat", "Xarelto 2.5 mg BID for PAD is covered under the COMPASS indication; the 15 and 20 mg tiers differ.", "drug-brand-name dose-lab", br="Xarelto", sc="COMPASS")
C("PA", "chat", "Paxlovid is free through the manufacturer program until the end of the year.", "drug-brand-name", br="Paxlovid")
C("PA", "chat", "Wegovy for obesity isn't covered by Medicare Part D except for the CV risk indication.", "drug-brand-name organization", br="Wegovy")
C("PA", "chat", "Turnaround: urgent PA 72 hours, standard 14 days; 88% of ours last month were same-day.", "clock-time age-like-number")
C("PA", "chat", "Lot 4471A on the Shingrix carton is the manufacturer lot, it has nothing to do with the patient's chart number.", "lot-number")
C("PA", "chat", "Jardiance for HFpEF is covered; Farxiga needs the CKD diagnosis on the claim.", "drug-brand-name", br="Farxiga")
C("PA", "chat", "Biktarvy copay card covers up to the annual max, and ADAP is the backup.", "drug-brand-name organization")
C("PA", "chat", "Tier exception for Eliquis: no generic is on the market here yet, so brand is the only option.", "drug-brand-name")
C("PA", "chat", "Peer-to-peer for Skyrizi is Thursday at 11:40; have the PASI and BSA handy.", "drug-brand-name score weekday", br="Skyrizi", sc="PASI")
C("PA", "lower", "does the ozempic denial count toward the 3 strikes rule or is that only for the biologics", "lowercase")
C("PA", "chat", "Dose card: amoxicillin 90 mg/kg/day divided BID, max 4 g/day; 400 mg/5 mL suspension.", "dose-lab")
C("PA", "chat", "Allegra and Lyrica are both non-formulary on the exchange plans; Zyrtec and gabapentin are the alternatives.", "drug-brand-name", br="Allegra|Lyrica|Zyrtec")
C("PA", "email", "PA team: starting Monday, MA plan denials go to the appeals inbox, commercial denials stay in the work queue.", "admin-chatter weekday")

P("PA", "chat", "PA for Sterling Hale's Dupixent approved, auth PA-88213047 through 9/30/2025", [("Sterling Hale", N), ("PA-88213047", ID_), ("9/30/2025", D)], "name-common-word other-id date-numeric name-possessive")
P("PA", "ehr", "Member: GOLD, RUBY A   Member ID: W2291047731   DOB 10/05/1948   Rx BIN 610014", [("GOLD, RUBY A", N), ("W2291047731", HP), ("10/05/1948", D)], "name-allcaps name-common-word health-plan dob")
P("PA", "chat", "Prescriber Dr. Emeka Obi NPI 1093847561, DEA BO4471928 - needed for the Adderall PA", [("Emeka Obi", N), ("1093847561", LI), ("BO4471928", LI)], "clinician-license name-clinician")
P("PA", "email", "From: Carolyn Westbrook <cwestbrook@example.com>\nRe: my Humira\nMy member number is HUM-00448812 and I have 2 pens left. My phone is 920-555-0167.", [("Carolyn Westbrook", N), ("cwestbrook@example.com", EM), ("HUM-00448812", HP), ("920-555-0167", PH)], "email health-plan phone")
P("PA", "chat", "Fax the appeal to the PBM at 1-800-555-0142 for Reinhardt Vogel", [("1-800-555-0142", FX), ("Reinhardt Vogel", N)], "fax")
P("PA", "lower", "hayden frost called about his mounjaro pa ref number 22-8841-07 hes out of pens", [("hayden frost", N), ("22-8841-07", ID_)], "name-lowercase other-id name-common-word")
P("PA", "chat", "Copay card for Marjorie Abernathy-Kline, card ending 6620, BIN 004682", [("Marjorie Abernathy-Kline", N), ("6620", AC)], "account name-hyphenated")
P("PA", "chat", "Claim for Rx #7720143 rejected 75 - Mr. Delacroix's plan needs a PA", [("7720143", ID_), ("Delacroix", N)], "other-id name-possessive")
P("PA", "chat", "The PA portal case for Rosaria Benedetti is https://pa.example.com/case/RB-20250304 - upload the chart notes", [("Rosaria Benedetti", N), ("https://pa.example.com/case/RB-20250304", UR)], "url")
P("PA", "chat", "Medicaid ID 9003321178 for Thanh Nguyen-Barrios - Synagis PA for the baby, born 11/28", [("9003321178", HP), ("Thanh Nguyen-Barrios", N), ("11/28", D)], "health-plan date-numeric name-hyphenated")
P("PA", "chat", "Pharmacist Ophelia Strand called the plan; the rep was Kyle, reference 4471-220", [("Ophelia Strand", N), ("Kyle", N), ("4471-220", ID_)], "name-staff other-id")
P("PA", "chat", "Bill Young's insulin pump (Tandem t:slim, serial 1183307) needs the supplies PA renewed", [("Bill Young", N), ("1183307", DV)], "name-common-word device-serial name-possessive")
P("PA", "voicemail", "Hi, this is Nanette from Dr. Beaumont's office, calling about the Repatha PA for Cordelia Ashby, date of birth June 3rd 1951, please call 715-555-0186", [("Nanette", N), ("Beaumont", N), ("Cordelia Ashby", N), ("June 3rd 1951", D), ("715-555-0186", PH)], "name-staff date-written phone")
P("PA", "chat", "Patient Xochitl Ramírez-Huerta asks if her Ozempic can ship to her sister's at 77 Cherry Ln, Belleville", [("Xochitl Ramírez-Huerta", N), ("77 Cherry Ln", LO), ("Belleville", LO)], "name-non-english address city")
P("PA", "chat", "Ms. Banks (Tamara) - the tier exception went through on 3/6", [("Banks", N), ("Tamara", N), ("3/6", D)], "name-common-word date-numeric")
P("PA", "chat", "Fax from the plan came from 888-555-0103 about Abraham Leventhal, 93", [("888-555-0103", FX), ("Abraham Leventhal", N), ("93", A)], "fax age-over-89-digits")
P("PA", "chat", "Photo of the rash (rash_back_0307.heic) is attached to the Dupixent PA for Wen Jie Lau", [("rash_back_0307.heic", PI), ("Wen Jie Lau", N)], "photo-filename name-non-english")
P("PA", "chat", "Driver's license on file for the controlled-substance pickup: IL C420-5521-8870 for Noel Burgess", [("C420-5521-8870", LI), ("Noel Burgess", N)], "drivers-license")
P("PA", "chat", "Enrollment portal IP 203.0.113.201 flagged the login for Delphine Hargreaves' account", [("203.0.113.201", IPA), ("Delphine Hargreaves", N)], "ip name-possessive")
P("PA", "ehr", "Rx hold: " + FW("MRN") + " " + FW("2207719") + " / Lorcan Bright / Entresto 24-26 mg BID / PA pending", [(FW("2207719"), MR), ("Lorcan Bright", N)], "fullwidth-digits mrn name-common-word")
P("PA", "chat", "Nonagenarian exception: the plan waived the age edit for Henrietta Osborne, who is one hundred and one", [("Henrietta Osborne", N), ("one hundred and one", A)], "age-over-89-words name-plain")
P("PA", "portal", "Portal: Hi, my Eliquis got denied at the pharmacy again. My new insurance card says member ID QRT55091882. Thanks, Imelda Sorensen", [("QRT55091882", HP), ("Imelda Sorensen", N)], "portal-message health-plan")

# ---------------------------------------------------------------- telehealth scheduling
C("TELE", "chat", "Video visit links expire 15 minutes after the start time; patients have to re-request if they're late.", "admin-chatter")
C("TELE", "chat", "Zoom vs Teams: we use the EHR-embedded video, not consumer apps, for HIPAA reasons.", "organization device-brand", br="Zoom|Teams", org="HIPAA")
C("TELE", "lower", "how do i add an interpreter to a video visit as a three way call", "lowercase quick-question")
C("TELE", "chat", "Telehealth across state lines: the patient must physically be in a state where the clinician is licensed.", "staff-role")
C("TELE", "chat", "Audio-only visits bill with modifier 93 and CPT 99212-99215 now; G2012 for virtual check-ins.", "code-number")
C("TELE", "chat", "Reschedule queue: 14 no-shows Monday, mostly the 8 am slots. Try text reminders at 7.", "weekday clock-time")
C("TELE", "pager", "TELEHEALTH PLATFORM OUTAGE 0900-0945, CONVERT TO PHONE VISITS, DOCUMENT AUDIO-ONLY", "allcaps clock-time")
C("TELE", "chat", "Remote monitoring: Omron cuffs ship in 3 days, readings post automatically to the flowsheet.", "device-brand", br="Omron")
C("TELE", "chat", "Medicare telehealth flexibilities extended through the end of the fiscal year; home as originating site still allowed.", "organization")
C("TELE", "chat", "Scheduling tip: new patients get 40 minutes, follow-ups 20, and a first visit can't be audio-only under our policy.", "admin-chatter")
C("TELE", "chat", "Tele-psych slots on Wednesday evenings are full until May.", "weekday month-word")
C("TELE", "chat", "Patients who fail the tech check get a call from the digital navigator the day before.", "staff-role")
C("TELE", "chat", "BP 128/82 at home, 146/94 in clinic - white coat effect; 24-hour ABPM ordered.", "vitals score-fraction")
C("TELE", "chat", "The join page shows 'visit not started' when the clinician is late - please message the patient.", "admin-chatter")
C("TELE", "chat", "Gen Z patients almost all choose video; the 80-plus patients mostly choose phone.", "age-aggregate")
C("TELE", "lower", "can i schedule a well child by video or does it have to be in person because of the shots", "lowercase")
C("TELE", "chat", "Grant funding covers 200 loaner tablets with data plans for patients without internet.", "common-word-not-name", word="Grant")
C("TELE", "chat", "Daylight saving time changes Sunday - check visits booked across time zones.", "weekday")
C("TELE", "chat", "Virtual urgent care hours: 7 am to 11 pm weekdays, 9 to 5 Saturday and Sunday.", "clock-time weekday")
C("TELE", "chat", "Hale and hearty at 85 - she does her video visits on the tablet her grandkids set up.", "common-word-not-name age-under-90 relative-not-named", word="Hale")
C("TELE", "chat", "Rose from 12% to 19% no-shows after we dropped the reminder calls; bring them back.", "common-word-not-name")
C("TELE", "sms", "Reminder: your video visit is tomorrow. Test your camera and microphone 10 minutes early. Reply C to confirm.", "admin-chatter")
C("TELE", "portal", "Portal message: The video visit kept freezing on my end so the doctor switched to phone. Do I get charged twice?", "portal-message quick-question")

P("TELE", "chat", "Video visit for Walker Stone at 2:30 - he's connecting from Minocqua this week", [("Walker Stone", N), ("Minocqua", LO)], "name-common-word city")
P("TELE", "sms", "Reminder: your video visit with Dr. Yusuf Kaya is on 04/15 at 10:20. Join at https://visit.example.org/j/88213047", [("Yusuf Kaya", N), ("04/15", D), ("https://visit.example.org/j/88213047", UR)], "name-clinician date-numeric url")
P("TELE", "chat", "Patient Heather Gale's home IP 198.51.100.77 keeps getting blocked by the firewall", [("Heather Gale", N), ("198.51.100.77", IPA)], "ip name-common-word name-possessive")
P("TELE", "email", "From: noreply@telehealth.example.com\nTo: Maeve O'Connor-Lynch\nYour appointment on Thursday, March 20 at 9:00 AM is confirmed. Session ID TH-7702-1184.", [("noreply@telehealth.example.com", EM), ("Maeve O'Connor-Lynch", N), ("March 20", D), ("TH-7702-1184", ID_)], "email name-particle date-written other-id")
P("TELE", "lower", "rescheduling ada whitlock to next tues she has a funeral on the 11th", [("ada whitlock", N), ("11th", D)], "name-lowercase date-written")
P("TELE", "chat", "Patient Ruby Frost can't hear the clinician, her phone is (262) 555" + NBHY + "0151", [("Ruby Frost", N), ("(262) 555" + NBHY + "0151", PH)], "name-common-word phone unicode-hyphen")
P("TELE", "chat", "RPM cuff serial OM-7731-A for Clyde Pennington isn't transmitting", [("OM-7731-A", DV), ("Clyde Pennington", N)], "device-serial")
P("TELE", "voicemail", "Yeah hi, it's Roscoe Mabry, I missed my video thing this morning, I'm at my son's in Racine now so call me at 262 555 0194", [("Roscoe Mabry", N), ("Racine", LO), ("262 555 0194", PH)], "phone city")
P("TELE", "chat", "Tele-derm upload: mole_left_shoulder_Kaur.jpg for Harpreet Kaur, 3 images", [("mole_left_shoulder_Kaur.jpg", PI), ("Harpreet Kaur", N)], "photo-filename name-non-english")
P("TELE", "chat", "Voice biometric enrollment for the nurse line: voiceprint VP-00921 linked to Mr. Stanislav Horvat", [("VP-00921", BI), ("Stanislav Horvat", N)], "biometric name-non-english")
P("TELE", "chat", "Scheduled Ngaio Te Rangi for the tele-neph follow-up on 22/04/2025 (she wrote it NZ-style)", [("Ngaio Te Rangi", N), ("22/04/2025", D)], "name-non-english date-numeric name-particle")
P("TELE", "chat", "Octavia Bell, 92, prefers phone visits; daughter Lorna joins from Denver", [("Octavia Bell", N), ("92", A), ("Lorna", N), ("Denver", LO)], "age-over-89-digits name-relative city")
P("TELE", "sms", "pt texted: running late, stuck at work at 700 Regent St, can we do video instead - Ignatius", [("700 Regent St", LO), ("Ignatius", N)], "address name-given-only")
P("TELE", "chat", "Telehealth consent signed 3/3 by Jasmine Al-Sayed, e-signature from IP 192.0.2.201", [("3/3", D), ("Jasmine Al-Sayed", N), ("192.0.2.201", IPA)], "date-numeric ip name-non-english")
P("TELE", "chat", "Drew Long missed three video visits; outreach to his mom Patrice", [("Drew Long", N), ("Patrice", N)], "name-common-word name-relative")
P("TELE", "chat", "The tablet we loaned to Mr. Okafor, serial TAB-20331, came back cracked", [("Okafor", N), ("TAB-20331", DV)], "device-serial name-surname-only")
P("TELE", "chat", "Video visit: she joined from her car in the lot of Sunnyside Dialysis, Janesville", [("Sunnyside Dialysis", LO), ("Janesville", LO)], "facility city")
P("TELE", "chat", "MRN 88-104-2270 has two charts merged - Everett Swann vs Everett Swan, same DOB 1/19/1943", [("88-104-2270", MR), ("Everett Swann", N), ("Everett Swan", N), ("1/19/1943", D)], "mrn date-numeric")
P("TELE", "portal", "MyChart: Can I move my telehealth from Friday the 7th to Monday? I work nights at the hospital in Beloit. - Yolanda Pierce", [("7th", D), ("Beloit", LO), ("Yolanda Pierce", N)], "portal-message date-written city")
P("TELE", "chat", "Scheduler Kit Larkspur booked Mr. Hawthorne-Ames for Tuesday; he said he'll be at his cabin near Hayward", [("Kit Larkspur", N), ("Hawthorne-Ames", N), ("Hayward", LO)], "name-staff name-hyphenated city")
P("TELE", "chat", "Hearing-impaired pt, captioned phone 608-555-0102; her daughter Noelle schedules everything", [("608-555-0102", PH), ("Noelle", N)], "phone name-relative")
P("TELE", "ehr", "Appt: 2025-04-02 13:40 VIDEO  Pt: Ambrose Kettleborough  MRN 31 22 5087  Provider: Ursula Brandt-Oyelaran NP", [("2025-04-02", D), ("Ambrose Kettleborough", N), ("31 22 5087", MR), ("Ursula Brandt-Oyelaran", N)], "date-iso mrn mrn-split name-clinician")

# ---------------------------------------------------------------- second pass: more eponym-dense clean lines and rare categories
C("HOME", "chat", "Pitting edema 3+ with a positive Stemmer sign on the second toe, so lymphedema and not just CHF; wraps ordered.", "eponym-bare", ep="Stemmer")
C("HOME", "chat", "Murphy sign positive on the home visit, T 100.8, she's going in for an ultrasound.", "eponym-bare temperature", ep="Murphy")
C("HOSPICE", "chat", "Cheyne-Stokes alone isn't a reason to give morphine; Karnofsky 20 and the family wants comfort only.", "eponym-bare score relative-not-named", ep="Karnofsky")
C("HOSPICE", "chat", "Sister Mary Joseph nodule at the umbilicus and a Blumer shelf on exam - the oncology note already says stage IV.", "eponym-bare", ep="Sister Mary Joseph|Blumer")
C("LTC", "chat", "Heberden and Bouchard nodes on both hands; Tylenol Arthritis 650 q8h scheduled instead of PRN.", "eponym-bare drug-brand-name", ep="Heberden|Bouchard", br="Tylenol")
C("LTC", "chat", "Dupuytren contracture and a Charcot foot on the new resident - podiatry and OT referrals placed.", "eponym-bare", ep="Dupuytren|Charcot")
C("LD", "chat", "Sheehan syndrome risk after that hemorrhage - watch for failure to lactate. Asherman later if she ever needs a D&C.", "eponym-bare", ep="Sheehan|Asherman")
C("LD", "chat", "Montgomery tubercles, Chadwick sign, Hegar sign - the students asked for the classic signs list again.", "eponym-bare", ep="Montgomery|Chadwick|Hegar")
C("NICU", "chat", "Erb palsy after the shoulder dystocia, Moro asymmetric, no Horner. PT consult.", "eponym-bare", ep="Erb|Moro|Horner")
C("NICU", "chat", "Meckel scan negative and intussusception ruled out on US. Peds surgery signing off.", "eponym-bare", ep="Meckel")
C("BH", "chat", "Marchiafava-Bignami on the MRI of the patient in detox? Radiology says no, just atrophy.", "eponym-bare", ep="Marchiafava-Bignami")
C("EMS", "chat", "Grey Turner and Cullen signs on the pancreatitis transfer; Ranson can wait for the ED.", "eponym-bare", ep="Grey Turner|Cullen|Ranson")
C("EMS", "chat", "Brugada pattern on the 12-lead after the syncope at the gym; transmitted to the receiving cardiologist.", "eponym-bare", ep="Brugada")
C("OCC", "chat", "Jones fracture vs avulsion of the fifth metatarsal base - a Jones needs non-weight-bearing and ortho.", "eponym-bare", ep="Jones")
C("OCC", "chat", "Thompson test negative, so the Achilles is intact; Kager fat pad preserved on the film.", "eponym-bare", ep="Thompson|Achilles|Kager")
C("TX", "chat", "Budd-Chiari on the Doppler in the liver candidate - hematology workup for JAK2 before listing.", "eponym-bare gene-protein", ep="Budd-Chiari|Doppler", sc="JAK2")
C("TX", "chat", "Kaposi sarcoma lesion on a kidney recipient's shin - switching to sirolimus per the literature.", "eponym-bare", ep="Kaposi")
C("CM", "chat", "Alzheimer's unit has a waitlist; Huntington disease patients need a specialty facility, 2 options in the region.", "eponym-bare", ep="Alzheimer|Huntington")
C("INTERP", "chat", "Tourette tics made the video interpreter think the call had dropped; use in-person next time.", "eponym-bare", ep="Tourette")
C("PA", "chat", "Gaucher enzyme replacement PA: Cerezyme needs the genotype and the spleen volume.", "eponym-bare drug-brand-name", ep="Gaucher", br="Cerezyme")
C("PA", "chat", "Addison disease patients need the stress-dose kit covered; Solu-Cortef Act-O-Vial needs a quantity exception.", "eponym-bare drug-brand-name", ep="Addison", br="Solu-Cortef")
C("TELE", "chat", "Parkinson tele-neuro follow-ups need the patient to walk on camera - Hoehn and Yahr staging is hard otherwise.", "eponym-bare", ep="Hoehn and Yahr")
C("TELE", "chat", "Graves patients on methimazole can do video follow-ups if the TSH and free T4 are drawn at a lab beforehand.", "eponym-bare", ep="Graves")

P("HOSPICE", "ehr", "Decedent worksheet: Ambrose Tillery, SSN 908331204, place of death: residence, 611 Orchard Hill Dr, Oregon WI", [("Ambrose Tillery", N), ("908331204", SS), ("611 Orchard Hill Dr", LO), ("Oregon", LO)], "ssn address city")
P("PA", "voicemail", "Hi it's Delphine Marsh, the plan wants to verify me, my social is xxx-xx-6618 and my member ID is MH2298107, call 414-555-0111", [("Delphine Marsh", N), ("6618", SS), ("MH2298107", HP), ("414-555-0111", PH)], "ssn-partial health-plan phone")
P("OCC", "chat", "Parking lot crash at the plant: pt Wade Hollister's truck, plate WI RJ7-2290, adjuster wants the VIN 3GCUKREC5JG118042", [("Wade Hollister", N), ("RJ7-2290", VE), ("3GCUKREC5JG118042", VE)], "vehicle name-possessive")
P("HOME", "chat", "Leave the driveway clear for Mrs. Ostrowski's wheelchair van, plate 229-WKX, her son parks it at noon", [("Ostrowski", N), ("229-WKX", VE)], "vehicle name-possessive")
P("CM", "chat", "Family set up a fundraiser at https://fund.example.com/help-lionel-with-rent - Lionel Dupree asked us not to share it", [("https://fund.example.com/help-lionel-with-rent", UR), ("Lionel Dupree", N)], "url name-plain")
P("LTC", "chat", "Complaint: an aide posted a resident's picture at www.example.net/u/carefree_cna/p/8812 - the resident is Oona Fitzgerald", [("www.example.net/u/carefree_cna/p/8812", UR), ("Oona Fitzgerald", N)], "url name-plain")
P("BH", "chat", "Fingerprint check-in at the methadone window failed for Leon Gauthier, template FP-T-000781; dosed after a photo ID check", [("Leon Gauthier", N), ("FP-T-000781", BI)], "biometric name-plain")
P("INTERP", "chat", "Speech consult recorded the voice sample with the Farsi interpreter: speech_eval_Haddadi.m4a for Reza Haddadi", [("speech_eval_Haddadi.m4a", BI), ("Reza Haddadi", N)], "biometric name-non-english")
P("TX", "chat", "Send the listing letter to Dr. Asante's office fax (715) 555-0128 today", [("Asante", N), ("(715) 555-0128", FX)], "fax name-clinician")
P("HOME", "ehr", "Signed 485 for Priscilla Wendt returned by fax from 608.555.0120 on 3/5", [("Priscilla Wendt", N), ("608.555.0120", FX), ("3/5", D)], "fax date-numeric")
P("TELE", "chat", "Self-pay telehealth account 5512-00913 for Fenella Okoro - she'll pay by phone", [("5512-00913", AC), ("Fenella Okoro", N)], "account name-non-english")
P("LD", "chat", "Agency nurse Clementine Ashgrove, RN license 229104-30, is on orientation today", [("Clementine Ashgrove", N), ("229104-30", LI)], "name-staff clinician-license")
P("NICU", "chat", "Great-grandma Ottilie, 96, wants to hold the baby - she's had her flu shot", [("Ottilie", N), ("96", A)], "age-over-89-digits name-relative")
P("OCC", "chat", "Walk-in: retired farmer Elmer Toft, ninety-two, tetanus booster after a barbed wire cut", [("Elmer Toft", N), ("ninety-two", A)], "age-over-89-words name-plain")
P("BH", "pager", "CODE GRAY RESOLVED - PT 7780-2291 IN SECLUSION, MD TO EVAL WITHIN 1 HR", [("7780-2291", MR)], "mrn allcaps")
P("INTERP", "voicemail", "Hello, this is Aster Tesfaye, my mother's appointment was moved to the fifth of March, we need an Amharic interpreter, thank you", [("Aster Tesfaye", N), ("fifth of March", D)], "date-written name-non-english name-relative")
P("NICU", "chat", "Discharge teaching for Baby Boy Haverford done with mom Juniper and dad Bram; pediatrician is in Sun Prairie", [("Haverford", N), ("Juniper", N), ("Bram", N), ("Sun Prairie", LO)], "name-relative name-common-word city")

# ---------------------------------------------------------------- third pass: Unicode tricks, names after verbs and at message start
P("EMS", "sms", "callback for the pt's wife: 6 0 8 5 5 5 0 1 7 6, she's driving behind the rig", [("6 0 8 5 5 5 0 1 7 6", PH)], "spaced-digits phone relative-not-named")
P("TX", "ehr", "Donor SSN 9 07 44 1289 entered with stray spaces - Ezekiel Farrow-Banks", [("9 07 44 1289", SS), ("Ezekiel Farrow-Banks", N)], "ssn-split ssn name-hyphenated")
P("NICU", "ehr", "Mother's chart: \u041cRN#5518-2093, Jacinta Moreno-Flores, G3P3, GBS neg", [("5518-2093", MR), ("Jacinta Moreno-Flores", N)], "cyrillic-homoglyph mrn name-hyphenated")
P("CM", "sms", "Pt's daughter Rahma: " + AR("414 555 0186") + " (she typed it on her Arabic keyboard)", [("Rahma", N), (AR("414 555 0186"), PH)], "arabic-indic-digits phone name-relative")
P("LTC", "chat", "Resident's DOB is 11" + NBHY + "02" + NBHY + "1931 on the face sheet pasted from the old system - Augustin Lemaire-Duval, 93", [("11" + NBHY + "02" + NBHY + "1931", D), ("Augustin Lemaire-Duval", N), ("93", A)], "unicode-hyphen dob age-over-89-digits name-hyphenated")
P("HOSPICE", "chat", "Paged Will Hunter, the on-call hospice RN, about the pump alarm at the Vance house", [("Will Hunter", N), ("Vance", N)], "name-after-verb name-common-word name-staff")
P("EMS", "chat", "Notified Sage Whitlock-Ray, the charge nurse, that the 92 y/o is 10 out", [("Sage Whitlock-Ray", N), ("92", A)], "name-after-verb name-common-word age-over-89-digits")
P("PA", "chat", "Graves, Marilyn - yes the patient's name is Graves and yes it's for her Graves disease methimazole PA", [("Graves, Marilyn", N), ("Graves", N)], "name-eponym-surname name-last-first")
P("NICU", "chat", "Apgar family in room 9 - yes, Baby Girl Apgar got Apgar scores of 8 and 9, the parents loved it", [("Apgar", N), ("Apgar", N)], "name-eponym-surname name-message-start")
P("OCC", "chat", "Wren stopped by for her TB read - 0 mm, negative. Wren Castellanos-Hu, lab tech", [("Wren", N), ("Wren Castellanos-Hu", N)], "name-message-start name-given-only name-staff")
P("TELE", "chat", "Sterling called twice about his link; Sterling Okonjo-Watts, video visit at 3", [("Sterling", N), ("Sterling Okonjo-Watts", N)], "name-message-start name-common-word")

C("PA", "chat", "Dose check: metformin ER " + FW("500") + " mg x2 with supper - the pasted label had full-width digits.", "unicode-clean fullwidth-digits dose-lab")
C("LTC", "ehr", "Order: furosemide 40" + NBSP + "mg PO daily, hold for SBP under 100; KCl 20" + NBSP + "mEq daily.", "unicode-clean dose-lab")
C("HOME", "chat", "Apixaban" + ZW + " 2.5 mg BID per the pasted med list, the invisible junk came from the discharge PDF.", "unicode-clean dose-lab")
C("EMS", "chat", "Glucose " + AR("42") + " on the pasted glucometer screen, D10 250 mL given, recheck 118.", "arabic-indic-digits unicode-clean dose-lab")

# =============================================================================================
# Checks, split and output (structure reused from v7's build.py; thresholds adapted to v8's 50% clean)
# =============================================================================================
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "\u041cRN", "DOB", "SSN", "Dr. ", "Mr. ",
                   "Mrs. ", "Ms. ", "IMG_", "DSC_", ".jpg", ".heic", ".wav", ".mp4", "(at)"]
CLEAN_FORBIDDEN_RE = [re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),          # SSN shape
                      re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"),   # m/d/y
                      re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b"),              # ISO date
                      re.compile(r"\w AT \w+ DOT \w")]                        # spelled-out e-mail
MIN_MESSAGES = 580
CLEAN_SHARE = (0.45, 0.55)
MIN_SPANS_PER_CAT = 5
MIN_TERMS = 200
MIN_EPONYMS = 80
MIN_PER_SETTING = {True: 18, False: 18}   # clean / with identifiers
MIN_PER_MEDIUM = 8
MIN_AGE_MRN = 15

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
    ("SET:HOME", ...), "CLEAN" or "PHI", the pair of setting and clean flag, and "ALL". Messages are
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
    check_terms(recs)
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
# Independent PHI chat evaluation set v8 (dev / test)

## How it was written
- Settings (new for v8): the chat of care settings that the earlier sets (as v5-v7's SOURCE.md describe
  them) did not cover or saw only from the outside: home health and visiting nurses, hospice and palliative care, long-term care / nursing homes,
  labor & delivery and the postpartum unit, the NICU and the inpatient pediatrics ward, behavioral
  health and addiction services (detox, OTP / methadone window, residential, inpatient psych), EMS crews'
  own chat and handoffs, urgent care and occupational health, transplant coordination, case management
  and social work, interpreter services, the pharmacy prior-auth desk and telehealth scheduling.
  Overlap disclosed: v6 had an urgent care, an OB clinic with L&D triage, a pediatric clinic, outpatient
  psychiatry, telehealth and EMS run sheets pasted into ED chat, and v5 had case managers and social
  workers as senders on a medicine ward. v8 takes those areas from other angles (the L&D floor and
  postpartum unit, the NICU, addiction services, the crews' own chat, occupational health, the
  scheduling desk, case management as its own service), and every message is new.
- Media: typed chat lines and thread replies, lowercase typing without punctuation, SMS-style texts,
  ALL CAPS pager / overhead / alert text, handoff, route and census lists, pasted EHR snippets
  (registration headers, logs, order lines, face sheets), forwarded e-mails, voicemail transcripts and
  pasted patient-portal messages. The setting and medium of each message are kept in build.py only
  (tables below).
- About half the messages are clean on purpose (no identifier at all) and full of look-alikes; the
  other half carry identifiers of all 19 categories.
- Every message was written one by one for this set, by hand, by one author who did not read the
  detector's code, its tests, the evaluation or benchmark scripts, or the messages of the earlier sets:
  nothing under bot/, tests/, evaluation/ or bench/*.py was opened, no *.jsonl file was opened, and no
  message or term list of any earlier build.py was read. The detector and the project's code were not
  run on these messages. Nothing was generated from templates; the checker also refuses two messages
  that open with the same 28 characters.
- What was read: bench/data/phi_chat_v5/SOURCE.md, bench/data/phi_chat_v6/SOURCE.md,
  bench/data/phi_chat_v7/SOURCE.md, and lines 1-330 of bench/data/phi_chat_v7/build.py (docstring,
  constants, the M() / T() helpers, record building, validation, term, mix and split checks, output and
  table helpers; those lines hold no message). The main() function of v7 starts inside that range and
  was completed here from scratch. Disclosure: the three SOURCE.md files list example names and terms of
  the earlier sets (for instance ordinary-word given names such as Hope, Faith, Grant, Sterling, Summer,
  Grace and eponyms such as Braden, Morse, Apgar, Bishop, Ottawa, Lyme), so some of those reappear here
  by design, as the brief for this set asks for the same kinds of names and bait; no sentence of an
  earlier set was seen or copied. A `git status` run listed the name of one modified file under bot/;
  that file was not opened.
- All identifiers are invented: phone and fax numbers use 555, e-mails and URLs use example.org /
  example.com / example.net, IPs come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
  203.0.113.0/24), SSNs start with 9xx, and MRNs, member ids, MBIs, plates, VINs, serials, licence, NPI
  and DEA numbers, claim, case, kit, badge, auth and session numbers are made up. Town and city names are
  real and used at random (mostly small Wisconsin towns, plus a few abroad); facility, street, school
  and employer names are invented or generic (some may exist somewhere by chance). No real patients;
  any resemblance to a real person or record is accidental.
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance (`P(setting, medium, text, spans, kinds)`); clean messages are
  `C(setting, medium, text, kinds, ep=..., pl=..., br=..., ...)`, whose keyword arguments register the
  capitalised bait terms of the message. Offsets come from `str.find` scanning left to right (never
  typed by hand; `(substring, category, n)` takes the n-th occurrence). The checker verifies: every
  span's slice equals the substring written in build.py (on the built records and again on the records
  read back from dev.jsonl / test.jsonl), slices are non-empty and inside the text, no overlaps, known
  categories, `clean` iff no spans, no duplicate texts, no span starting or ending on an invisible
  character or a space, no span glued to a letter or digit outside it (except an AGE followed by a
  letter), 1-4 kind tags, no two messages with the same 28-character opening, that clean messages
  contain none of a forbidden list (`@`, `http`, `www.`, `example.`, `555`, `MRN` and its Cyrillic-M
  look-alike, `DOB`, `SSN`, `Dr. `, `Mr. `, `Mrs. `, `Ms. `, `IMG_`, `DSC_`, `.jpg`, `.heic`, `.wav`,
  `.mp4`, `(at)`) and match none of the shapes ddd-dd-dddd, m/d/y and yyyy-mm-dd or "x AT y DOT z";
  that every bait term occurs in 1-4 clean messages (at least 200 terms, at least 80 eponyms); at least
  580 messages with a clean share of 45-55%; every category with at least 5 spans and in both splits;
  NAME, DATE, LOCATION and PHONE each with at least as many spans as any other category, and AGE and MRN
  with at least 15; every setting with at least 18 clean and 18 identifier messages; every medium with
  at least 8 messages; every kind tag used at least twice present in both splits.
- Split: fixed seed 20270611, 2:1 dev/test, stratified by clean / not clean, setting, setting x clean,
  kind tags and span categories (v7's procedure with the setting strata added): messages are shuffled
  with the seed, ordered by the rarity of their rarest feature, and each goes to the split whose 1/3 :
  2/3 quota for its features is least filled. Running `python3 build.py` again reproduces dev.jsonl,
  test.jsonl and this file, and prints the stats tables.
- Record format (same as v3-v7): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets.

## Annotation conventions
The conventions of v7 (bench/data/phi_chat_v7/SOURCE.md, which copies v6's verbatim and adds its own
decisions) apply unchanged. In short: NAME for any person (patient, relative, clinician, staff, crew,
caseworker, interpreter, aide, doula, officer), titles and possessive 's outside, eponyms, brands,
programmes and scales never names, and only the person annotated when a name and an eponym share a
spelling in one message; a nickname next to a legal name is its own NAME span; "Last, First M" is one
span; DATE for any date element more specific than a year; AGE only over 89, number expression only;
LOCATION for street addresses, street names, highways, cities, ZIP codes and named places of care tied
to the patient, never states, countries or place-named diseases and rules; e-mails (also obfuscated),
URLs and photo / voice file names are one span each; masked SSNs keep only the visible digits;
internal extensions, pagers, beds and rooms are not annotated; Unicode-broken identifiers are annotated
whole. Category names: NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE,
VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v8 (cases the earlier SOURCE.md files do not settle; each follows from them):
- Kinship words, honorifics and religious or professional titles before a name stay outside the span:
  "Uncle Clem" -> "Clem", "Lola Remedios" -> "Remedios", "nonna Pasqualina" -> "Pasqualina",
  "Great-grandma Ottilie" -> "Ottilie", "Sister Benedicta Lang", "Fr. Tadeusz Wrona", "Atty. Octavia
  Blessing-Hart", "Captain Imogen Steele", "Baby Boy Kovačević", "Baby Girl Apgar". A nickname in
  parentheses or quotes before or after the legal name is its own span ("Dusty (Dustin) Rhodes-Keller"
  -> three spans; "Гена (Gennady Volkov)" -> two). A pet's name is not annotated.
- Names that collide with an eponym or a word in the same message: "Apgar family ... Baby Girl Apgar got
  Apgar scores" -> the first two are NAME, the score is not; "Graves, Marilyn ... her name is Graves ...
  Graves disease" -> the first two are NAME; "Mrs. Rose wants to keep her rose bush" -> only the person.
  A language name (Karen) and programmes named after people (Ryan White, St. Vincent de Paul, Gift of
  Life) are not names.
- Unicode: zero-width space / non-joiner / joiner, a left-to-right mark or non-breaking hyphens inside a
  phone number, MRN, SSN or date are inside the span (the span is the whole identifier as typed);
  right-to-left marks around a name or number stay outside. Full-width and Arabic-Indic digits are
  annotated like ASCII digits. A Cyrillic letter in the label ("МRN" with a Cyrillic М) does not change
  anything: the label stays outside, the number is MRN. Digits typed with spaces between them, an MRN
  split into groups ("3047 7719", "45 887 1203", "31 22 5087") and an SSN with a stray space ("912-44-
  7781" typed "912-44- 7781", "9 07 44 1289") are one span.
- SSN: written without dashes ("908331204") is SSN; "xxx-xx-6618" -> "6618" (visible digits only).
- DATE: "14-Jan-2025", "17-Feb-2025", "March 3rd", "March 10th", "June 3rd 1951" (one span), "12 March
  1940", "fifth of March" (article outside, like "the 22nd" -> "22nd", "the 11th" -> "11th"), "22/04/2025"
  (day first), "5/2023" (month and year), a date of death, dates inside a pasted appointment line. A
  date embedded in a file name or a kit number stays inside that one PHOTO / ID span
  (VID_20250214_0932.mp4, NBS-20250219-4417). Years alone, weekdays, months alone ("all of July",
  "until May"), holidays without a year (Christmas, Easter, Thanksgiving, Ramadan), gestational ages
  (32+4, 39+2), G/P notation, "Jan 142" in a weight list, dose fractions ("Shingrix 1/2") and scores
  (GCS 14/15, BIMS 11/15, SLUMS 26/30, 8/10) are not DATE.
- AGE: "ninety-one", "Ninety-six", "ninety-four", "ninety-three", "one hundred and two", "one hundred
  and one" are whole spans; "ninety-year-old" -> "ninety"; "97 YOF" -> "97"; "92 y/o" -> "92"; the age
  of a relative over 89 is AGE. 88, 89 and lower, "the 80-plus patients", GFR 98, cPRA 98%, 95 MIN
  waits, temperatures (101F, 102.4, 103F, 104 heat index) are not.
- LOCATION, added cases: where a relative lives (a sister's senior residence and town, a daughter's
  city), where an injury happened or a patient was found (a lumber yard on a highway, a farm road, an
  interstate mile marker, a street behind a gas station, an intersection: one span per street), a city a patient travels to (Accra), a city a patient works in or connects
  from, a refugee camp town (Mae Sot), a hospital abroad where a patient delivered before, a school the
  child attends, sober-living and hospice houses; a town that shares its name with a state ("Oregon
  WI") is LOCATION (the state abbreviation stays outside). Employers (Badger Precast, Midwest Roofing,
  "the plant"), the pharmacy and landmarks without a name ("the gas station") are not.
- DEVICE: serials of equipment assigned to or used by the patient at home: oxygen concentrator,
  hospital bed and low-air-loss mattress, wander bracelet, hearing aids, apnea monitor, LVAD
  controller, RPM scale and blood-pressure cuffs, home spirometer, insulin pump and a loaned telehealth
  tablet. BIOMETRIC: a scanned newborn footprint sheet, a fingerprint template at a methadone window,
  a palm-scan template, a nurse-line voiceprint id, a recorded voice sample and a 911 call recording.
  PHOTO: wound, rash, burn, mole, retinal and newborn pictures, a legacy video of the patient, drone
  footage of a scene showing the patient, a kiosk check-in selfie, a resident ID-board photo.
- ID: employee and interpreter badge numbers, workers' comp claim, drug-screen specimen, cord-blood kit,
  newborn-screen kit, milk-bank donor, UNOS and deceased-donor ids, EMS PCR number, court, CPS, APS and
  probation case numbers, clozapine REMS id, prior-auth and plan reference numbers, an Rx number and a
  telehealth session id. Not annotated: NDC, CPT, HCPCS, ICD-10 and F-tag codes, Rx BIN, insurance
  group numbers, drug lot numbers, narcotics-box seal numbers, rooms, beds, pods, wings, EMS unit and
  engine numbers, 911 and 988.
- ACCOUNT: private-pay, self-pay, guarantor and resident trust accounts, the last digits of a copay or
  bank card / account. HEALTH_PLAN: Medicare MBI, Medicaid ids, commercial and portal-reported member
  ids. LICENSE: driver's and commercial driver's licences (state prefix outside), NPI, DEA and an RN
  licence number. VEHICLE: plates of patients and relatives (state prefix outside) and VINs.
- Clean messages contain no person names (staff included), no dates more specific than a year, no
  cities and no numbers of any identifier shape; their bait is eponyms, place-named diseases and rules,
  organisms, brands that are given names or words (Camila, Heather, Errin, Allegra, Lyrica, Ensure,
  Tylenol), programmes and agencies, ordinary words that are surnames elsewhere in the set (Hope, Grace,
  Frost, Long, Young, Gold, Rose, Hale, Frank, Mark, Grant, Summer, Karen), scores and fractions,
  temperatures, ages up to 89, codes, room and bed numbers, and a little Unicode noise (full-width and
  Arabic-Indic digits in a dose, NBSP between dose and unit, a zero-width space after a drug name).
"""

if __name__ == "__main__":
    main()
