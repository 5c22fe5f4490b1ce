#!/usr/bin/env python3
"""Build the independent PHI evaluation set v6 (dev/test JSONL + SOURCE.md).

Setting: the chat of an emergency department, an urgent care and a group of outpatient clinics
(pediatrics, OB, orthopaedics, psychiatry, primary care) plus their telehealth service, with the
clinical assistant bot.  Besides typed chat lines, people paste things into the chat: e-mails, fax
cover sheets, patient-portal messages, referral letters, radiology / pathology report headers and EMS
run sheets.  Every message below was written by hand for this set by an author who did not read the
detector's code, its tests or its benchmark scripts, nor the messages of the earlier sets (v1-v5).
Only v4's and v5's SOURCE.md and the helper / check / split code of v5's build.py were read; that
structure is reused here with a new seed.  All names, numbers, addresses, e-mails, URLs and IPs are
invented (555 phone numbers, example.org / example.com / example.net domains, documentation IP
ranges, SSNs starting 9xx or 000, made-up MRNs, member ids, plates, VINs, serials, licence numbers).

Offsets are computed with str.find on the exact identifier substring, scanning left to right, so
the spans of a message are listed in order of appearance.  A span may be given as
(substring, category, n) to take the n-th occurrence after the previous span (used when an eponym,
drug or ordinary word with the same spelling comes first).

Kept in build.py only (not written to the records): the clinical setting of each message (first
argument of M), the medium it came from (second argument: typed chat or a pasted e-mail, fax, portal
message, letter, report header or EMS run sheet), and the inventory of capitalised clinical bait
terms (T(kind, ...)) used in the clean messages.  The checks make sure every inventory entry occurs in
at least one clean message and in at most MAX_REUSE of them, and SOURCE.md reports the counts.

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, re, collections

CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20270115
MSGS = []
SETTINGS = collections.OrderedDict([
    ("ED", "emergency department"),
    ("UC", "urgent care"),
    ("PEDS", "pediatric clinic"),
    ("OB", "OB / prenatal clinic and L&D triage"),
    ("ORTHO", "orthopaedic / sports clinic"),
    ("PSYCH", "outpatient psychiatry / behavioral health"),
    ("PC", "primary care"),
    ("TELE", "telehealth"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line, thread reply or bot command"),
    ("email", "pasted e-mail"),
    ("fax", "pasted fax cover sheet or faxed form"),
    ("portal", "pasted patient-portal message"),
    ("letter", "pasted referral / consult letter"),
    ("report", "pasted radiology / pathology / lab report header"),
    ("ems", "pasted EMS run sheet or pre-arrival note"),
])
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: signs, tests, manoeuvres, rules, scores, syndromes, fractures, reflexes, devices"),
    ("place", "place-named diseases, viruses, rules, scales, classifications, collars"),
    ("brand", "drug, contraceptive, formula and product brands (many are given names or words)"),
    ("organism", "organisms (genus / species)"),
    ("score", "named scores, screens, exams and triage tools that are not eponyms"),
    ("org", "organisations, agencies, guideline bodies, insurers, hospitals cited as sources, programmes"),
    ("device", "devices, equipment, software and form names"),
])
TERMS = collections.OrderedDict((k, []) for k in TERM_KINDS)
MAX_REUSE = 4

# invisible / special characters used in the Unicode variants (pasted-from-EHR noise)
ZW, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
NBSP, THIN, NNBSP = "\u00a0", "\u2009", "\u202f"

def FW(s):
    """ASCII digits/letters -> full-width forms (U+FF10.. / U+FF21..)."""
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "A" <= ch <= "Z" or "a" <= ch <= "z":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)

def T(kind, *terms):
    """Register capitalised clinical bait terms used in the clean messages."""
    assert kind in TERMS, kind
    TERMS[kind].extend(terms)

def M(setting, medium, text, spans, kinds):
    assert setting in SETTINGS, setting
    assert medium in MEDIA, medium
    ks = []
    for k in kinds.split():
        if k not in ks:
            ks.append(k)
    assert 1 <= len(ks) <= 4, (text, ks)
    MSGS.append((text, spans, ks, setting, medium))

# =============================================================================================
# Emergency department
# =============================================================================================
T("place", "Canadian CT head rule")
T("score", "PECARN")
M("ED", "chat", "/evidence Canadian CT head rule vs PECARN for a 15 yo who fell off a skateboard, GCS 15/15, no LOC, vomited once. which one even applies at that age?",
  [], "slash-command place-rule score-fraction age-under-90")
M("ED", "chat", "bay 9 is Mr. Parkinson, 68M, fell off a ladder cleaning gutters. no Parkinson disease, no thinners. CT head neg, Tdap given",
  [("Parkinson", "NAME")], "name-eponym-surname name-collision eponym")
T("score", "ESI")
M("ED", "chat", "triage update: 3 ESI 3s in the waiting room over 90 minutes now. can fast track take the two lac repairs so they stop glaring at the window",
  [], "triage-note age-aggregate")
M("ED", "ems", "MEDIC 12 RUN SHEET | Incident 27-004417 | Pt: OYEBANJI, TEMITOPE | 54 F | Pickup: 1180 Larchmont Ave, Apt 3B | CC: chest pressure x 40 min | ASA 324 mg, NTG x2 | Crew: K. Lindqvist / R. Amadi",
  [("27-004417", "ID"), ("OYEBANJI, TEMITOPE", "NAME"), ("1180 Larchmont Ave, Apt 3B", "LOCATION"),
   ("K. Lindqvist", "NAME"), ("R. Amadi", "NAME")], "ems-run-sheet name-last-first address other-id")
T("place", "San Francisco syncope rule", "Canadian Syncope Risk Score")
M("ED", "chat", "San Francisco syncope rule or the Canadian Syncope Risk Score, which one does our pathway actually use? the order set only has a calculator for the second",
  [], "place-rule quick-question")
M("ED", "ems", "EMS pre-arrival: 91 yo F from Maple Crest Assisted Living, unwitnessed fall, on Eliquis, GCS 15, skin tear L forearm. ETA 10",
  [("91", "AGE"), ("Maple Crest Assisted Living", "LOCATION")], "ems-run-sheet age-over-89-digits facility")
T("score", "HEART score")
T("eponym", "Sgarbossa", "Wellens")
M("ED", "chat", "chest pain in 14: HEART score 3, troponins flat at 0 and 2h, EKG without Sgarbossa or Wellens pattern. ok to go with outpatient stress in 72h?",
  [], "score-fraction eponym clock-time")
T("eponym", "Broselow")
M("ED", "chat", "Will somebody restock the Broselow tape in peds resus, the pink-to-purple one walked off again",
  [], "common-word-not-name eponym")
M("ED", "chat", "Trauma 2 unidentified male, temp MRN 80031447. police think his name is Tomás Echeverría-Ruiz, waiting on a photo ID before we merge anything",
  [("80031447", "MRN"), ("Tomás Echeverría-Ruiz", "NAME")], "mrn name-hyphenated name-non-english")
T("device", "LUCAS")
M("ED", "chat", "Hope the LUCAS battery got swapped after the 0400 code, it was blinking amber when I walked past",
  [], "common-word-not-name clock-time device-brand")
M("ED", "chat", "pt in 14 says her birthday is the 3rd of March 1936 but registration typed 03/13/1936. which one do I put on the troponin label",
  [("3rd of March 1936", "DATE"), ("03/13/1936", "DATE")], "date-ordinal-of dob date-numeric")
T("eponym", "Grey Turner", "Cullen sign")
M("ED", "chat", "/ddx 42M epigastric pain boring to the back, lipase 1,400, no Grey Turner, no Cullen sign. besides pancreatitis what can't I miss",
  [], "slash-command eponym dose-lab")
M("ED", "chat", "Hope Delacroix-Ng in 22 wants to leave AMA, capacity intact. her sister is on the phone at 312-555-0187 and wants to talk to a doc first",
  [("Hope Delacroix-Ng", "NAME"), ("312-555-0187", "PHONE")], "name-common-word name-hyphenated phone relative-not-named")
T("place", "Ottawa ankle rules")
M("ED", "chat", "Ottawa ankle rules negative, walked 4 steps, no tenderness at the posterior malleolus. no film, ace wrap, RICE, crutches for comfort",
  [], "place-rule")
M("ED", "chat", "Bishop in room 5, yes that's the surname, not an OB thing lol. Kenneth Bishop, 77, still needs a urine before CT",
  [("Bishop", "NAME"), ("Kenneth Bishop", "NAME")], "name-eponym-surname name-surname-only name-message-start")
T("score", "NEXUS")
T("place", "Philadelphia collar")
M("ED", "chat", "MVC in trauma 2 is NEXUS negative except the distracting injury (open tib-fib), so the Philadelphia collar stays on until CT",
  [], "score place-rule")
M("ED", "chat", "transfer center: accepting a 96M with NSTEMI from Riverbend Community Hospital. callback for their ED is (715) 555-0132 ext 4",
  [("96", "AGE"), ("Riverbend Community Hospital", "LOCATION"), ("(715) 555-0132 ext 4", "PHONE")], "age-over-89-digits facility phone-extension")
T("eponym", "Kussmaul")
M("ED", "chat", "Kussmaul breathing, glucose 512, gap 28, K 5.6. DKA order set in, insulin at 0.1 units/kg/h, no K in the first liter",
  [], "eponym dose-lab")
M("ED", "chat", "whoever picked up Wojciechowski in bay 3: his wife Halina is in the family room, she has the real med list in a ziploc",
  [("Wojciechowski", "NAME"), ("Halina", "NAME")], "name-surname-only name-relative name-non-english")
T("org", "Poison Control")
M("ED", "chat", "Poison Control recs for the toddler who got into grandma's amlodipine: 24h obs no matter what, glucose q1h, no charcoal this late",
  [], "organization relative-not-named")
T("eponym", "Thompson test")
M("ED", "chat", "Thompson test positive, no plantar flexion with the calf squeeze. Mr. Thompson (yes really) gets a posterior splint in equinus and ortho f/u Tuesday",
  [("Thompson", "NAME", 2)], "name-eponym-surname name-collision eponym weekday")
T("eponym", "Beck triad")
M("ED", "chat", "Beck triad on the bedside echo? no. sounds fine, JVD mild, small circumferential effusion without RV collapse. cards is aware",
  [], "eponym")
M("ED", "chat", "pls call the daughter, Aaliyah, at 404.555.0169 once the CT is read. pt is GARRISON, WENDELL R in bay 11",
  [("Aaliyah", "NAME"), ("404.555.0169", "PHONE"), ("GARRISON, WENDELL R", "NAME")], "name-relative phone name-allcaps name-last-first")
T("eponym", "Cushing triad")
M("ED", "chat", "Cushing triad in resus 1: HR 48, BP 212/118, irregular resps. neurosurgery paged, mannitol or 3% while we wait?",
  [], "eponym vitals")
M("ED", "chat", "registration problem: two Maria Gonzalez in the department. Maria Gonzalez born 7/22/1959 is bay 6, the other one (11/2/1987) is still in triage",
  [("Maria Gonzalez", "NAME"), ("Maria Gonzalez", "NAME"), ("7/22/1959", "DATE"), ("11/2/1987", "DATE")], "name-plain dob date-numeric")
T("eponym", "Battle sign")
M("ED", "chat", "Battle sign and raccoon eyes after a fall down the basement stairs, not anticoagulated. CT head and face pending",
  [], "eponym")
M("ED", "chat", "Sgt. Okafor from the sheriff's office is here for the legal blood draw on the MVC driver, Jaylen Whitfield. tow report lists the plate as OHX-4471",
  [("Okafor", "NAME"), ("Jaylen Whitfield", "NAME"), ("OHX-4471", "VEHICLE")], "name-staff vehicle name-plain")
T("org", "Joint Commission")
M("ED", "chat", "Joint Commission tracer is Thursday. label your flushes, date the open multi-dose vials, and stop propping the med room door",
  [], "organization admin-chatter weekday")
M("ED", "chat", "the man in hallway C keeps telling everyone he's ninety-three and a half. registration has 93 so that tracks, just sundowning",
  [("ninety-three and a half", "AGE"), ("93", "AGE")], "age-over-89-words age-over-89-digits")
T("eponym", "Sellick")
M("ED", "chat", "reminder that Sellick pressure is off the RSI checklist, nobody needs to lean on the cricoid by default",
  [], "eponym")
M("ED", "chat", "sw note: lives alone at 22 Quarry Rd, Millersburg 44654, no car, neighbor Dot checks on her most days. can't dc tonight",
  [("22 Quarry Rd", "LOCATION"), ("Millersburg", "LOCATION"), ("44654", "LOCATION"), ("Dot", "NAME")], "address city zip name-common-word")
T("eponym", "Macintosh")
T("device", "GlideScope")
M("ED", "chat", "Macintosh 4 or the GlideScope for the big neck in 12? grabbing the bougie either way",
  [], "device-brand eponym")
M("ED", "chat", "/draft work note for Jamal Haddad-Reyes, seen 1/14/2027 for an ankle sprain, back to work at Hartman Logistics on 1/17, no ladders for a week",
  [("Jamal Haddad-Reyes", "NAME"), ("1/14/2027", "DATE"), ("1/17", "DATE")], "slash-command employer date-numeric name-hyphenated")
T("eponym", "Wells score")
T("score", "PERC")
M("ED", "chat", "quick q: Wells score 4.5 and D-dimer 900, that's straight to CTA and the PERC is moot, right?",
  [], "quick-question eponym score")
T("eponym", "Kernig", "Brudzinski")
M("ED", "chat", "Kernig and Brudzinski negative but 102.9F with photophobia, tapping anyway. tray is in 8",
  [], "eponym temperature")
M("ED", "chat", "lac photos for plastics uploaded as lac_forehead_DUARTE_2027-01-14.png, Mr. Duarte consented on the form",
  [("lac_forehead_DUARTE_2027-01-14.png", "PHOTO"), ("Duarte", "NAME")], "photo-filename name-surname-only")
T("eponym", "Dix-Hallpike", "Epley")
T("score", "HINTS")
M("ED", "chat", "Dix-Hallpike positive on the right, Epley twice with big improvement, HINTS benign. meclizine for the ride home",
  [], "eponym")
M("ED", "chat", "dog bite kid's mom wants the animal control report number, it's AC-27-00318. dog belongs to the neighbor, Bev Strand, 19 Poplar Ct",
  [("AC-27-00318", "ID"), ("Bev Strand", "NAME"), ("19 Poplar Ct", "LOCATION")], "other-id address relative-not-named")
T("place", "Glasgow-Blatchford")
M("ED", "chat", "is a Glasgow-Blatchford of 0 enough to send the UGIB home if Hgb holds at 13.8 on repeat?",
  [], "place-rule quick-question dose-lab")
M("ED", "chat", "bay 12 ETOH: SKIP ON THE BOARD IS A NICKNAME. legal name is Clarence Oduya, pls fix before labs print",
  [("SKIP", "NAME"), ("Clarence Oduya", "NAME")], "allcaps name-nickname")
T("eponym", "Murphy sign")
M("ED", "chat", "Murphy sign +, sono shows stones and a 5 mm wall, gen surg consult placed",
  [], "eponym")
M("ED", "chat", "on my phone so lowercase sorry: pt mcallister in 8 wants his wife called, ruth, 555-0148, she doesn't know he's here",
  [("mcallister", "NAME"), ("ruth", "NAME"), ("555-0148", "PHONE")], "name-lowercase lowercase phone name-relative")
T("eponym", "Rovsing", "Alvarado")
M("ED", "chat", "Rovsing and psoas both positive, Alvarado 8. surgery wants CT anyway because she's 31 and it could be ovarian",
  [], "eponym age-under-90")
M("ED", "chat", "LWBS callback needed: Darnell Simms-Aguilar, number on the triage sheet is 2 1 4 5 5 5 0 1 9 3, left at 0215",
  [("Darnell Simms-Aguilar", "NAME"), ("2 1 4 5 5 5 0 1 9 3", "PHONE")], "spaced-digits phone name-hyphenated clock-time")
T("score", "CIWA")
T("brand", "Ativan", "Librium")
M("ED", "chat", "CIWA 18 in 4, got 2 of Ativan, recheck in an hour. if he stays we'll switch to a Librium taper",
  [], "score drug-brand-name")
M("ED", "report", "CT HEAD WO CONTRAST | Patient: ALBRECHT, GISELA | MRN: 00481772 | DOB: 06/30/1931 | Age: 95 | Acc#: CT2701140087 | Ordering: Dr. P. Santiago | Final: 01/14/2027 09:41 | Reading radiologist: Yusuf Kamara, MD",
  [("ALBRECHT, GISELA", "NAME"), ("00481772", "MRN"), ("06/30/1931", "DATE"), ("95", "AGE"), ("CT2701140087", "ID"),
   ("P. Santiago", "NAME"), ("01/14/2027", "DATE"), ("Yusuf Kamara", "NAME")], "radiology-header name-allcaps dob age-over-89-digits")
T("score", "COWS")
T("brand", "Suboxone")
M("ED", "chat", "COWS 14 in bay 4, starting Suboxone 8 mg SL per the bridge protocol, clinic intake slot is Friday",
  [], "score drug-brand-name weekday")
M("ED", "chat", "Mr. Lachman is the knee in 17, not a joke about the exam. 34M, pivoting injury, Lachman 2+ with a soft endpoint",
  [("Lachman", "NAME")], "name-eponym-surname name-collision eponym")
T("brand", "Narcan")
M("ED", "chat", "Narcan x2 by EMS, now GCS 14/15 and asking for a turkey sandwich. 4h obs after the last dose?",
  [], "drug-brand-name score-fraction")
M("ED", "chat", "family of Aurelio Fontanez (bay 2) is in the garage, blue Camry, plate 7LKM392. security wants it moved off the ambulance ramp",
  [("Aurelio Fontanez", "NAME"), ("7LKM392", "VEHICLE")], "vehicle name-plain")
T("eponym", "Heimlich")
M("ED", "chat", "Heimlich in the lobby by a bystander, no stridor now, 99% RA. CXR for aspiration or just obs?",
  [], "eponym")
M("ED", "chat", "post-accident drug screen for the trucker: CDL T4471-0082-6631, his employer wants results faxed to 1-800-555-0110",
  [("T4471-0082-6631", "LICENSE"), ("1-800-555-0110", "FAX")], "drivers-license fax employer")
T("eponym", "Kehr sign")
T("score", "FAST")
M("ED", "chat", "Kehr sign plus a positive FAST in the LUQ after a handlebar to the belly. upgrading to a full activation",
  [], "eponym score")
M("ED", "chat", "pt Ng, Wei-Ling: the home med list from the pharmacy has her as Weiling Ng, same person, born 1988-02-29",
  [("Ng, Wei-Ling", "NAME"), ("Weiling Ng", "NAME"), ("1988-02-29", "DATE")], "name-last-first date-iso dob")
T("eponym", "Trousseau", "Chvostek")
M("ED", "chat", "Trousseau and Chvostek both positive, ionized Ca 0.88. 2 g calcium gluconate and tele",
  [], "eponym dose-lab")
M("ED", "chat", "her insulin pump is her own (Tandem), serial 1149027. she wants it back before she goes to St. Brigid's",
  [("1149027", "DEVICE"), ("St. Brigid's", "LOCATION")], "device-serial facility")
T("eponym", "Stevens-Johnson", "Nikolsky")
M("ED", "chat", "Stevens-Johnson vs bullous pemphigoid in the woman in her 70s, Nikolsky positive, lips and eyes involved. derm says treat as SJS",
  [], "eponym age-under-90")
M("ED", "chat", "pacer check: Medtronic Azure, SN RNB441208H, implanted at Lakeshore Heart Institute. pt is Mrs. Hicks, no Braxton, no pregnancy, before anyone asks",
  [("RNB441208H", "DEVICE"), ("Lakeshore Heart Institute", "LOCATION"), ("Hicks", "NAME")], "device-serial facility name-eponym-surname")
T("eponym", "Ludwig angina")
M("ED", "chat", "Ludwig angina? floor of mouth is woody, tongue up. anesthesia for awake fiberoptic, do not lay him flat",
  [], "eponym")
M("ED", "ems", "MVC at Route 9 and Cider Mill Rd, restrained driver, 92 yo M, self-extricated, neck pain, c-collar applied. VIN on the crash report 1FTEW1EP4KKD28833",
  [("Route 9", "LOCATION"), ("Cider Mill Rd", "LOCATION"), ("92", "AGE"), ("1FTEW1EP4KKD28833", "VEHICLE")], "ems-run-sheet street-name age-over-89-digits vehicle")
T("eponym", "Brugada")
M("ED", "chat", "Brugada type 1 in V1-V2 on the febrile guy. treat the fever, repeat the EKG, EP already aware",
  [], "eponym")
M("ED", "email", "Subject: thank you. Dear ED team, the patient you sent us yesterday, Ms. Oluwaseun Adeyemi-Clarke (DOB 09/14/1984), went to the OR overnight and is doing well; her husband Tunde asked me to pass on his thanks. Trauma surgery",
  [("Oluwaseun Adeyemi-Clarke", "NAME"), ("09/14/1984", "DATE"), ("Tunde", "NAME")], "email-paste name-hyphenated dob name-relative")
T("eponym", "de Winter")
M("ED", "chat", "de Winter T waves in the 50yo, activating the cath lab, not waiting for the troponin",
  [], "eponym")
M("ED", "chat", "charge: bay 4 Ivy (first name) needs her poison ivy cream, the triamcinolone is already on the MAR",
  [("Ivy", "NAME")], "name-common-word name-given-only name-collision")
T("eponym", "Osborn waves")
T("brand", "Bair Hugger")
M("ED", "chat", "Osborn waves at core 29.8 C, warm fluids and the Bair Hugger going, avoid jostling",
  [], "eponym drug-brand-name temperature")
M("ED", "chat", "security flagged a visitor for 17: Leland Voss, says he's the son. the chart only lists a daughter, Priya Voss-Menon, as contact",
  [("Leland Voss", "NAME"), ("Priya Voss-Menon", "NAME")], "name-relative name-hyphenated")
T("eponym", "Hampton hump")
M("ED", "chat", "resident called a Hampton hump on the film, rads says atelectasis. CTA it is",
  [], "eponym")
M("ED", "chat", "the 2 am chest pain, Mr. O'Shaughnessy: trop 0.04 -> 0.05, HEART 5, obs admit. PCP is Dr. Fenwick at Brookside Family Medicine",
  [("O'Shaughnessy", "NAME"), ("Fenwick", "NAME"), ("Brookside Family Medicine", "LOCATION")], "name-particle name-clinician facility")
T("eponym", "Boerhaave", "Mallory-Weiss")
M("ED", "chat", "Mallory-Weiss vs Boerhaave after the all-night vomiting. no pneumomediastinum on CT so probably the former, Hgb stable",
  [], "eponym")
M("ED", "chat", "pt's sister asked for the discharge papers from lena.kowalczyk87@example.com, can we push them through the portal instead of e-mail?",
  [("lena.kowalczyk87@example.com", "EMAIL")], "email relative-not-named")
T("org", "CDC")
M("ED", "chat", "CDC says tetanus booster if more than 5 years for a dirty wound. rusty nail through the sneaker, last Tdap unknown, giving it",
  [], "organization")
M("ED", "chat", "K'iche' interpreter needed for Rigoberto Tzul Xiloj; the son, Anselmo, can interpret by phone at 505-555-0124 until one is found",
  [("Rigoberto Tzul Xiloj", "NAME"), ("Anselmo", "NAME"), ("505-555-0124", "PHONE")], "name-non-english name-relative phone")
T("organism", "Pasteurella multocida", "Capnocytophaga")
T("brand", "Augmentin")
M("ED", "chat", "cat bite to the hand: Pasteurella multocida until proven otherwise, Augmentin x 5 days. if it were a dog and she were asplenic I'd worry about Capnocytophaga",
  [], "organism drug-brand-name")
M("ED", "chat", "boarders: 3 Haldeman (psych hold) / 7 Beaumont-Ayers (tele) / 11 Kaur (MICU) / 15 Fitzgerald (obs)",
  [("Haldeman", "NAME"), ("Beaumont-Ayers", "NAME"), ("Kaur", "NAME"), ("Fitzgerald", "NAME")], "name-list name-surname-only room-bed-number")
T("organism", "Vibrio vulnificus")
M("ED", "chat", "Vibrio vulnificus worry: fish hook cut in brackish water, cirrhotic, bullae spreading. doxy and ceftriaxone hung, surgery coming",
  [], "organism")
M("ED", "chat", "heads up from Fernhill urgent care: 19 mo with bronchiolitis, 89% RA, mom Keziah is driving her in instead of waiting for the rig",
  [("Fernhill", "LOCATION"), ("Keziah", "NAME")], "facility name-relative")
T("place", "Rocky Mountain spotted fever")
M("ED", "chat", "Rocky Mountain spotted fever on the list, rash started at the wrists and ankles after a camping trip. doxy now, don't wait on serology",
  [], "place-disease")
M("ED", "chat", "he says he's about 90, the ID says 89. which one goes in the chart? the ID I assume",
  [("90", "AGE")], "age-over-89-digits age-under-90")
T("place", "Lyme")
M("ED", "chat", "Lyme season is apparently not over: erythema migrans on a deer hunter back from the woods last weekend. doxy 100 bid x 10d",
  [], "place-disease common-word-not-name")
M("ED", "chat", "scanned DL at registration: PA 31 447 982 for Gwendolyn Tate-Ashby, born 12-Jun-1940. matches the Medicare card",
  [("31 447 982", "LICENSE"), ("Gwendolyn Tate-Ashby", "NAME"), ("12-Jun-1940", "DATE")], "drivers-license name-hyphenated date-dmy-abbrev")
T("place", "West Nile")
M("ED", "chat", "West Nile PCR and the arbo panel sent on the encephalitis in 6, ID wants MRI tonight if possible",
  [], "place-disease")
M("ED", "chat", "tele-sitter for bay 19 (pt Marguerite Lam) dropped again. camera IP is 198.51.100.23, IT ticket is open",
  [("Marguerite Lam", "NAME"), ("198.51.100.23", "IP")], "ip name-plain")
T("place", "Norwalk")
M("ED", "chat", "Norwalk in the waiting room? 4 people vomiting in 2 hours. EVS called for bleach, chairs by the door are closed",
  [], "place-disease")
M("ED", "chat", "Mrs. Homans in 9 with calf pain. no, we're not doing a Homans sign on her, dopplers are ordered",
  [("Homans", "NAME")], "name-eponym-surname name-collision eponym")
T("place", "Ebola", "Marburg")
M("ED", "chat", "the triage travel screen still asks about Ebola and Marburg exposure in the last 21 days. is that staying on after the form update?",
  [], "place-disease triage-note")
M("ED", "chat", "the portal message got attached to the ED encounter by mistake. account 7700-4412-0918, pt Quentin Marsh, please re-route to his PCP",
  [("7700-4412-0918", "ACCOUNT"), ("Quentin Marsh", "NAME")], "account name-plain")
T("eponym", "Bell palsy")
T("score", "NIHSS")
M("ED", "chat", "Bell palsy vs stroke: forehead not spared, so stroke alert. NIHSS 3, last known well 0710",
  [], "eponym score clock-time")
M("ED", "chat", "registration: the SSN on file, 912-44-7781, doesn't match the Medicaid card for Delphine Augustin. billing will sort it, don't hold her up",
  [("912-44-7781", "SSN"), ("Delphine Augustin", "NAME")], "ssn name-plain")
T("eponym", "Todd paralysis")
M("ED", "chat", "Todd paralysis after the seizure is resolving, strength 4/5 now. MRI in the morning",
  [], "eponym score-fraction")
M("ED", "chat", "Medicaid ID on her card is 88420173C. Rashida Benn, 24, first-trimester bleeding, Rh neg, needs RhoGAM before she goes",
  [("88420173C", "HEALTH_PLAN"), ("Rashida Benn", "NAME")], "health-plan name-plain")
T("eponym", "Guillain-Barré")
M("ED", "chat", "Guillain-Barré on the ddx for the ascending weakness, NIF -30, FVC 1.8 L. neuro on the way",
  [], "eponym dose-lab")
M("ED", "chat", "employer (Delmarva Poultry) needs the workers' comp claim WC-27-118840 on the note. injury date 01/09/2027, pt Hector Villanueva",
  [("WC-27-118840", "ID"), ("01/09/2027", "DATE"), ("Hector Villanueva", "NAME")], "other-id employer date-numeric")
T("eponym", "Virchow triad")
M("ED", "chat", "Virchow triad checks every box: long-haul flight, OCP, ankle cast for 3 weeks. LE dopplers",
  [], "eponym")
M("ED", "ems", "Engine 4 and Medic 7 on scene at 3301 Ferncliff Dr: found down, 97 y/o M, DNR bracelet present, wife Esther on scene with the POLST",
  [("3301 Ferncliff Dr", "LOCATION"), ("97", "AGE"), ("Esther", "NAME")], "ems-run-sheet address age-over-89-digits name-relative")
M("ED", "chat", "Grant funding for the ED violence intervention program got renewed for two more years, the peer navigators stay",
  [], "common-word-not-name admin-chatter")
M("ED", "chat", "pt Sunny Park (Park Ji-woo on her passport), please put both on the allergy band",
  [("Sunny Park", "NAME"), ("Park Ji-woo", "NAME")], "name-common-word name-non-english")
M("ED", "chat", "Mark the pulses on the left foot before the splint goes on, DP is faint",
  [], "common-word-not-name")
M("ED", "letter", "To the ED physician: Rocco DiNapoli (DOB Jan 3, 1950) has a known difficult airway, see the attached note from Fairview ENT. His partner Sal can be reached at 917 555 0140.",
  [("Rocco DiNapoli", "NAME"), ("Jan 3, 1950", "DATE"), ("Fairview ENT", "LOCATION"), ("Sal", "NAME"), ("917 555 0140", "PHONE")], "referral-letter dob facility name-relative")
M("ED", "chat", "Bill it as critical care, 45 minutes excluding the procedures",
  [], "common-word-not-name")
M("ED", "chat", "frequent flyer alert, M.K. is back, 4th visit this month, same belly pain. please actually look at the last CT before ordering another",
  [("M.K.", "NAME")], "name-initial")
T("device", "Pyxis")
M("ED", "chat", "Summer students start shadowing triage Monday. they don't get Pyxis access and they don't get to hold the trauma pager",
  [], "common-word-not-name device-brand weekday")
M("ED", "fax", "FAX COVER | To: Emergency Dept | From: Greenvale Dialysis | Fax: (608) 555-0107 | Re: Ezekiel Amankwah | last HD 1/13, dry weight 81.5 kg, K 5.9 pre | Pages: 3",
  [("Greenvale Dialysis", "LOCATION"), ("(608) 555-0107", "FAX"), ("Ezekiel Amankwah", "NAME"), ("1/13", "DATE")], "fax-cover facility fax date-numeric")
T("organism", "Salmonella Typhi")
M("ED", "chat", "Rose spots, relative bradycardia, back from a trip 2 weeks ago. Salmonella Typhi on the ddx, 3 sets of cultures",
  [], "common-word-not-name organism")
M("ED", "chat", "the family sent the 911 audio, saved as 911call_baptiste_0113.m4a on the shared drive. the voice on it is the pt's own, Lucien Baptiste",
  [("911call_baptiste_0113.m4a", "BIOMETRIC"), ("Lucien Baptiste", "NAME")], "biometric name-plain")
T("brand", "Medrol")
M("ED", "chat", "Ivy all over both forearms, none on the face. 14-day prednisone taper, not the Medrol dosepak, it rebounds",
  [], "common-word-not-name drug-brand-name")
M("ED", "chat", "the advance directive is on the state registry link the family sent: https://registry.example.org/ad/GH-77120 (Gladys Hoang, bay 20)",
  [("https://registry.example.org/ad/GH-77120", "URL"), ("Gladys Hoang", "NAME")], "url name-plain")
M("ED", "chat", "Frank blood per rectum, two large bores, type and cross for 2. GI says scope in the morning if stable",
  [], "common-word-not-name")
M("ED", "chat", "Amber urine, CK 48,000 after the ultramarathon. LR at 300 an hour and a repeat CK at 0600",
  [], "common-word-not-name dose-lab clock-time")
T("brand", "Bactrim")
M("ED", "chat", "Lance it and pack it. no Bactrim needed if it's under 5 cm and he's otherwise healthy",
  [], "common-word-not-name drug-brand-name")
M("ED", "chat", "Hunter Okonkwo-Hale in 18 fell out of a tree stand, ~12 ft. T12 fracture on CT, spine consulted. his dad Chidi is on the way from Wooster",
  [("Hunter Okonkwo-Hale", "NAME"), ("Chidi", "NAME"), ("Wooster", "LOCATION")], "name-common-word name-hyphenated name-relative city")
M("ED", "chat", "the 0700-1900 doc is swapping with the 1100-2300 doc tomorrow. nobody edit the schedule until it shows up in the system",
  [], "clock-time admin-chatter")
T("device", "Zoll")
M("ED", "chat", "Zoll pads on, pacing at 70 mA with capture, atropine didn't touch it. cards on the way for a wire",
  [], "device-brand")
T("eponym", "Kerley B lines")
T("score", "POCUS")
M("ED", "chat", "POCUS with B-lines everywhere, Kerley B lines on the film too. BiPAP and high-dose nitro started",
  [], "eponym score")
T("eponym", "Westermark sign")
M("ED", "chat", "somebody called a Westermark sign on a portable AP, I'm not sold, CTA ordered anyway",
  [], "eponym")
T("score", "qSOFA")
M("ED", "chat", "qSOFA 2, lactate 4.1, 30 mL/kg running, cefepime and vanc in. second lactate at 2h",
  [], "score dose-lab")
T("eponym", "Ranson criteria")
T("score", "BISAP")
M("ED", "chat", "nobody uses Ranson criteria in the ED anymore, BISAP is 2, admit to the floor",
  [], "eponym score")
T("eponym", "Cheyne-Stokes")
M("ED", "chat", "Cheyne-Stokes in the hospice patient in 21, family at the bedside, comfort order set in, chaplain paged",
  [], "eponym relative-not-named")
M("ED", "chat", "police hold on the assault victim in 5 is lifted. her name is now on the board correctly as VANTERPOOL, NADIA, not the alias",
  [("VANTERPOOL, NADIA", "NAME")], "name-allcaps name-last-first")
M("ED", "chat", "the kid in 3 is Jefferson, the fracture in 4 is the Jefferson fracture. please stop mixing them up on the tracking board",
  [("Jefferson", "NAME")], "name-eponym-surname name-collision")
M("ED", "chat", "pt's wife says his cardiologist is Dr. Ferreira-Lindqvist at Beacon Hill Cardiology, number (617) 555-0158, they did his ablation last Oct 22",
  [("Ferreira-Lindqvist", "NAME"), ("Beacon Hill Cardiology", "LOCATION"), ("(617) 555-0158", "PHONE"), ("Oct 22", "DATE")], "name-clinician facility phone date-month-day")
M("ED", "chat", "left AMA at 0340, form signed. Garrett 'Boomer' Lindahl, 45, said he'd see his PCP. sister Joanne's number on file",
  [("Garrett", "NAME"), ("Boomer", "NAME"), ("Lindahl", "NAME"), ("Joanne", "NAME")], "name-nickname name-relative clock-time")
M("ED", "chat", "transfer paperwork for the 101-year-old in 2: EMTALA form signed, sending to Holy Cross Medical Center, accepting doc is Dr. Anand",
  [("101", "AGE"), ("Holy Cross Medical Center", "LOCATION"), ("Anand", "NAME")], "age-over-89-digits facility name-clinician")
# =============================================================================================
# Urgent care
# =============================================================================================
T("eponym", "Centor", "McIsaac")
M("UC", "chat", "Centor 3, McIsaac takes it down to 2 because she's 47. rapid strep negative, no backup culture in adults per our protocol",
  [], "eponym age-under-90")
M("UC", "chat", "walk-in: Fernando Quispe, 33, box cutter lac at work (Tri-County Distribution), tetanus unknown. callback 608-555-0161",
  [("Fernando Quispe", "NAME"), ("608-555-0161", "PHONE")], "name-plain phone employer")
T("organism", "Streptococcus pyogenes")
M("UC", "chat", "the rapid was negative but the culture from Tuesday grew Streptococcus pyogenes. calling in amoxicillin x 10 days, front desk pls call her",
  [], "organism weekday")
T("brand", "Tamiflu", "Xofluza")
M("UC", "chat", "flu A positive, onset ~30 hours ago. Tamiflu or Xofluza? the single dose is nice but half the plans want a PA for it",
  [], "drug-brand-name")
M("UC", "chat", "check-in list for the 8 am block: 1 Bartholomew, 2 Nakagawa, 3 Obi, 4 Sørensen, 5 Ruiz-Tagle",
  [("Bartholomew", "NAME"), ("Nakagawa", "NAME"), ("Obi", "NAME"), ("Sørensen", "NAME"), ("Ruiz-Tagle", "NAME")], "name-list name-surname-only name-non-english")
T("brand", "Paxlovid")
T("org", "FDA")
M("UC", "chat", "Paxlovid interaction check: she's on simvastatin 40, hold it for the 5 days plus 3 after. the FDA checklist says the same",
  [], "drug-brand-name organization")
M("UC", "chat", "can someone call Mrs. Centeno back? she says the culture result went to her old number, new one is (262) 555-0119",
  [("Centeno", "NAME"), ("(262) 555-0119", "PHONE")], "name-surname-only phone")
T("place", "Ottawa knee rule")
M("UC", "chat", "Ottawa knee rule says film: can't flex to 90 degrees and tender at the fibular head. tech is on break until 1030",
  [], "place-rule clock-time age-aggregate")
M("UC", "chat", "wrist film for Antoinette Bellamy (DOB 2/2/1955) was read as no fracture, but the overread from 1/11 says subtle scaphoid fx. someone needs to call her and get her in a thumb spica",
  [("Antoinette Bellamy", "NAME"), ("2/2/1955", "DATE"), ("1/11", "DATE")], "name-plain dob date-numeric")
T("brand", "Keflex")
M("UC", "chat", "Keflex 500 qid x 7 days for the leg cellulitis, border marked with a skin pen at 1415, recheck in 48h",
  [], "drug-brand-name clock-time")
M("UC", "chat", "DOT physical for Raymond Kiplagat, CDL NJ K4478 20913 81107, BP 148/94 so he gets a 1-year card",
  [("Raymond Kiplagat", "NAME"), ("K4478 20913 81107", "LICENSE")], "drivers-license vitals name-plain")
T("eponym", "Hutchinson sign")
M("UC", "chat", "zoster vesicles on the tip of the nose, that's a Hutchinson sign, sending to the eye ER today, not tomorrow",
  [], "eponym")
T("place", "Coxsackie")
M("UC", "chat", "hand-foot-mouth is all over the daycares again. Coxsackie A6 gives adults the nasty blistery version too, warn the parents",
  [], "place-disease")
M("UC", "chat", "insurance card: Blue Cross member ID XQJ884720031, group 00471. only the member ID matters for the claim. pt Lorraine Whitcombe",
  [("XQJ884720031", "HEALTH_PLAN"), ("Lorraine Whitcombe", "NAME")], "health-plan insurer name-plain")
M("UC", "chat", "Will the x-ray tech be in before 0900? three wrists in the lobby and one of them is crying",
  [], "common-word-not-name clock-time")
M("UC", "chat", "the woman from 2 pm, Grace Adebayo-Lind, left her glasses here. she lives at 8 Juniper Hollow, Fennimore, or call 555-0166",
  [("Grace Adebayo-Lind", "NAME"), ("8 Juniper Hollow", "LOCATION"), ("Fennimore", "LOCATION"), ("555-0166", "PHONE")], "name-common-word address city phone")
T("brand", "Z-Pak")
M("UC", "chat", "no Z-Pak for acute bronchitis, I don't care how many times it 'worked last year'. handout on cough duration is in the drawer",
  [], "drug-brand-name")
M("UC", "chat", "fax to the PCP didn't go through for DUBOIS-LAMBERT, ÉLODIE. the fax number we have is 414-555-0193, can someone check the referral sheet",
  [("DUBOIS-LAMBERT, ÉLODIE", "NAME"), ("414-555-0193", "FAX")], "name-allcaps name-last-first fax")
T("eponym", "Rinne", "Weber")
M("UC", "chat", "Weber lateralizes left, Rinne negative on the left, so conductive. big cerumen plug, irrigating",
  [], "eponym")
M("UC", "portal", "From: nkamau at example dot net | Hi, I was seen Sunday for my ear and I need a work note for Monday and Tuesday. Thanks, Njeri Kamau",
  [("nkamau at example dot net", "EMAIL"), ("Njeri Kamau", "NAME")], "portal-message email-obfuscated name-plain weekday")
T("device", "Dermabond", "Steri-Strips")
M("UC", "chat", "2 cm forehead lac, edges line up nicely, Dermabond plus Steri-Strips, no sutures. keep it dry 24h",
  [], "device-brand")
M("UC", "chat", "sports physicals for the Delgado twins, Mateo and Lucas, for Eastbrook Middle School. dad Rafael is signing the forms",
  [("Delgado", "NAME"), ("Mateo", "NAME"), ("Lucas", "NAME"), ("Eastbrook Middle School", "LOCATION"), ("Rafael", "NAME")], "school-name name-relative name-given-only")
T("org", "OSHA")
M("UC", "chat", "OSHA recordable question for the forklift foot: ice and OTC ibuprofen keeps it first aid, a prescription makes it recordable. employer is asking",
  [], "organization employer")
M("UC", "chat", "fish hook in the thumb is Cordelia Mbeki-Hart, she is 94 and still ice fishing. hook out with the string-yank, tetanus current",
  [("Cordelia Mbeki-Hart", "NAME"), ("94", "AGE")], "name-hyphenated age-over-89-digits")
T("eponym", "Kanavel")
M("UC", "chat", "Kanavel signs 3 of 4 on the index finger, flexor tenosynovitis until proven otherwise. sending to the ED for hand",
  [], "eponym")
M("UC", "chat", "hold the strep result for Jun Takahashi, mom wants a call on her cell only: 8O8-555-0142. sorry, typo, 808-555-0142",
  [("Jun Takahashi", "NAME"), ("8O8-555-0142", "PHONE"), ("808-555-0142", "PHONE")], "name-plain phone typo")
T("organism", "Sarcoptes scabiei")
M("UC", "chat", "Sarcoptes scabiei on the skin scraping. permethrin for the whole household, hot wash for bedding, bag the stuffed animals 72h",
  [], "organism")
T("eponym", "Koplik spots")
M("UC", "chat", "Koplik spots?? move him to the negative pressure room now, measles PCR, and call the health department before he leaves",
  [], "eponym")
M("UC", "chat", "results link for the Harrington family's flu/COVID swabs: https://results.example.com/r/7QH2-ZK91, expires in 7 days",
  [("Harrington", "NAME"), ("https://results.example.com/r/7QH2-ZK91", "URL")], "url name-surname-only")
T("brand", "Flonase", "Afrin")
M("UC", "chat", "Flonase daily for a month, Afrin no more than 3 days or he'll be back in two weeks with rebound congestion",
  [], "drug-brand-name")
M("UC", "chat", "Mr. Phalen in 3 has carpal tunnel and yes, his Phalen test is positive. Tinel too. wrist splint at night and ortho hand referral",
  [("Phalen", "NAME")], "name-eponym-surname name-collision eponym")
T("eponym", "Epstein-Barr")
M("UC", "chat", "Monospot negative at day 4 doesn't rule out Epstein-Barr. repeat in a week or send the VCA panel",
  [], "eponym")
M("UC", "fax", "FAX | TO: Northgate Pediatrics, Attn: Dr. Imani Roberts | FROM: urgent care | RE: Jaxon Pelletier, DOB 05/05/2019, seen 01/12/2027 for AOM, amoxicillin started | FAX 920 555 0188",
  [("Northgate Pediatrics", "LOCATION"), ("Imani Roberts", "NAME"), ("Jaxon Pelletier", "NAME"), ("05/05/2019", "DATE"), ("01/12/2027", "DATE"), ("920 555 0188", "FAX")], "fax-cover facility name-clinician dob")
T("eponym", "Forchheimer")
M("UC", "chat", "little red spots on the soft palate, Forchheimer spots, but two MMRs documented so probably just viral",
  [], "eponym")
M("UC", "chat", "workers' comp visit: the employer portal wants the employee ID, E-448213, and the date of injury, 1/8/27",
  [("E-448213", "ID"), ("1/8/27", "DATE")], "other-id employer date-numeric")
T("device", "SAM splint")
M("UC", "chat", "SAM splint and a sling for the clavicle. the figure-of-eight brace doesn't help and they hate it",
  [], "device-brand")
M("UC", "chat", "rash pics from Corinne's phone are attached as IMG_4471.HEIC and IMG_4472.HEIC. chart is under Corinne Aldana, 28",
  [("Corinne", "NAME"), ("IMG_4471.HEIC", "PHOTO"), ("IMG_4472.HEIC", "PHOTO"), ("Corinne Aldana", "NAME")], "photo-filename name-possessive")
T("brand", "Benadryl", "EpiPen")
M("UC", "chat", "hives after shrimp, no airway symptoms. Benadryl and a prednisone burst, EpiPen 2-pack prescribed with the teach-back",
  [], "drug-brand-name")
M("UC", "chat", "the nail gun injury drove himself, pickup is still in the fire lane, WI plate 88-KTR-2. name is Ulrich Brandvold, he can't move it",
  [("88-KTR-2", "VEHICLE"), ("Ulrich Brandvold", "NAME")], "vehicle name-plain")
T("org", "Quest", "Labcorp")
M("UC", "chat", "send-outs go to Quest unless the plan says Labcorp, check the card before you draw or it comes back on us",
  [], "organization")
M("UC", "chat", "99 y/o with dysuria brought in by her grand-niece Dolores from Birchwood Manor, dip 3+ LE, nitrite pos",
  [("99", "AGE"), ("Dolores", "NAME"), ("Birchwood Manor", "LOCATION")], "age-over-89-digits name-relative facility")
T("org", "Aetna", "Cigna")
M("UC", "chat", "Aetna and Cigna both bounce claims without the urgent care place-of-service code, billing wants everyone to check the visit type",
  [], "insurer admin-chatter")
M("UC", "chat", "Faith in humanity restored, someone refilled the paper towel dispensers in all 6 rooms",
  [], "common-word-not-name admin-chatter")
T("eponym", "Auspitz sign")
M("UC", "chat", "scraped the scale off and got an Auspitz sign, psoriasis not tinea, topical steroid and derm referral",
  [], "eponym")
T("organism", "Trichophyton rubrum")
M("UC", "chat", "KOH positive on the toenail, probably Trichophyton rubrum. terbinafine 12 weeks, LFTs before we start",
  [], "organism")
M("UC", "chat", "re: the kid with the nursemaid's elbow from this morning, mom (Tashonda Greer) called, he's using the arm again. no recheck needed",
  [("Tashonda Greer", "NAME")], "name-relative thread-reply")
T("place", "Valley fever")
M("UC", "chat", "cough x 3 weeks after a trip to Arizona, eosinophils up. Valley fever serology is worth sending",
  [], "place-disease")
M("UC", "chat", "afternoon list: 1:15 Oduor (ear), 1:30 Beaumont (UTI), 1:45 Vásquez-Oyelaran (rash), 2:00 Kim, Sun-hee (cough)",
  [("Oduor", "NAME"), ("Beaumont", "NAME"), ("Vásquez-Oyelaran", "NAME"), ("Kim, Sun-hee", "NAME")], "name-list name-surname-only name-last-first clock-time")
M("UC", "chat", "the x-ray reading service is down, turnaround is 45 min through telerad. tell people in the lobby before they ask",
  [], "admin-chatter")
M("UC", "chat", "Mr. Centor (!) in room 2 with a sore throat. his score, for the record, is 1",
  [("Centor", "NAME")], "name-eponym-surname name-collision")
M("UC", "chat", "can't scan the card, typing it: Medicaid 4417 0022 9130 for baby Oakes, mom Brianna Oakes",
  [("4417 0022 9130", "HEALTH_PLAN"), ("Oakes", "NAME"), ("Brianna Oakes", "NAME")], "health-plan name-relative")
# =============================================================================================
# Pediatric clinic
# =============================================================================================
T("eponym", "Apgar")
M("PEDS", "chat", "Apgar 8 and 9 per the birth summary, weight down 6% on day 3, latch looks good. routine newborn f/u in a week",
  [], "eponym")
M("PEDS", "chat", "2 wk WCC: Baby Girl Okafor-Lindqvist, born 12/30/2026 at St. Agnes, mom Chiamaka, dad Erik. back to birth weight",
  [("Okafor-Lindqvist", "NAME"), ("12/30/2026", "DATE"), ("St. Agnes", "LOCATION"), ("Chiamaka", "NAME"), ("Erik", "NAME")], "name-hyphenated dob facility name-relative")
T("eponym", "Kawasaki")
M("PEDS", "chat", "day 5 of fever, cracked red lips, conjunctival injection without discharge, CRP 9. incomplete Kawasaki algorithm says echo and labs today",
  [], "eponym dose-lab")
M("PEDS", "chat", "school note for Destiny Abernathy-Cole, 3rd grade at Lincoln Elementary, out 1/12 through 1/14 for strep",
  [("Destiny Abernathy-Cole", "NAME"), ("Lincoln Elementary", "LOCATION"), ("1/12", "DATE"), ("1/14", "DATE")], "name-common-word school-name date-numeric")
T("eponym", "Wilms")
M("PEDS", "chat", "flank mass in a 3 yo that doesn't cross the midline: Wilms vs neuroblastoma, ultrasound first, then CT",
  [], "eponym age-under-90")
M("PEDS", "chat", "Ms. Apgar called back. she's the mom of baby Apgar from last week, asking if the bili recheck is tomorrow or Thursday",
  [("Apgar", "NAME"), ("Apgar", "NAME")], "name-eponym-surname name-relative name-collision")
T("eponym", "Denver II")
T("score", "ASQ", "M-CHAT")
M("PEDS", "chat", "does anyone still do the Denver II at 18 months? we switched to ASQ plus M-CHAT and I can't find the kit",
  [], "eponym score")
M("PEDS", "chat", "daycare form for Mikey (Michael Tran-Oduya), Little Sprouts Learning Center on Cedar St, needs the shot record attached",
  [("Mikey", "NAME"), ("Michael Tran-Oduya", "NAME"), ("Little Sprouts Learning Center", "LOCATION"), ("Cedar St", "LOCATION")], "name-nickname school-name street-name")
T("eponym", "Westley")
M("PEDS", "chat", "Westley 2, barky cough, no stridor at rest. dex 0.6 mg/kg PO once and home with return precautions",
  [], "eponym dose-lab")
M("PEDS", "chat", "Haruto Kawasaki, 3, fever day 6 with all five features, so yes, Kawasaki disease in a Kawasaki. sending to Saint Aurelia Children's for IVIG",
  [("Haruto Kawasaki", "NAME"), ("Kawasaki", "NAME", 2), ("Saint Aurelia Children's", "LOCATION")], "name-eponym-surname name-collision facility")
T("eponym", "Kocher criteria")
M("PEDS", "chat", "Kocher criteria 2 of 4 for the limp, ESR 38, WBC 11. hip ultrasound for effusion before we think about a tap",
  [], "eponym dose-lab")
T("organism", "Kingella kingae")
M("PEDS", "chat", "if ortho taps the hip, send PCR for Kingella kingae, routine cultures miss it in toddlers",
  [], "organism")
M("PEDS", "chat", "mom of Braxton (yes, Braxton, 4) asking about the asthma action plan, the school nurse at Hillcrest Elementary wants it by Friday",
  [("Braxton", "NAME"), ("Braxton", "NAME"), ("Hillcrest Elementary", "LOCATION")], "name-given-only school-name weekday")
T("eponym", "Osgood-Schlatter")
M("PEDS", "chat", "tibial tubercle tenderness in a 12 yo who plays basketball 6 days a week. Osgood-Schlatter, reassurance and a strap",
  [], "eponym age-under-90")
M("PEDS", "chat", "CPS report filed on the 7-month-old with the metaphyseal corner fracture, intake number 27-CPS-004418, caseworker Ms. Fairchild, 555-0191",
  [("27-CPS-004418", "ID"), ("Fairchild", "NAME"), ("555-0191", "PHONE")], "other-id name-staff phone")
T("eponym", "Sever disease")
M("PEDS", "chat", "heel pain in the 10 yo soccer player, calcaneal squeeze positive. Sever disease, heel cups and calf stretches",
  [], "eponym")
M("PEDS", "chat", "tell Will's mom (Will Okonjo, the asthma kid) that the controller inhaler PA went through",
  [("Will", "NAME"), ("Will Okonjo", "NAME")], "name-common-word name-possessive name-relative")
T("eponym", "Perthes")
M("PEDS", "chat", "painless limp in a 6 yo boy, internal rotation way down on the left. Perthes until the film says otherwise",
  [], "eponym")
T("eponym", "Still's murmur", "Valsalva")
M("PEDS", "chat", "vibratory 2/6 at the LLSB, louder supine, softer with Valsalva. textbook Still's murmur, no echo",
  [], "eponym score-fraction")
M("PEDS", "chat", "newborn screen abnormal for Oakley Pruitt, DOB 01/08/2027: IRT elevated. sweat test set up at Lakeside Children's CF center",
  [("Oakley Pruitt", "NAME"), ("01/08/2027", "DATE"), ("Lakeside Children's", "LOCATION")], "dob facility name-plain")
T("eponym", "Tanner")
M("PEDS", "chat", "Tanner 2 breast buds at 7 and a half, bone age ordered, endo referral for early puberty",
  [], "eponym")
M("PEDS", "chat", "Sunday, as in Sunday Adeleke, 15 mo, is the name on the schedule, not the day. she's due for MMR and varicella",
  [("Sunday", "NAME"), ("Sunday Adeleke", "NAME")], "name-common-word name-message-start")
T("eponym", "Barlow", "Ortolani")
M("PEDS", "chat", "Barlow and Ortolani negative but breech and a first girl, so hip ultrasound at 6 weeks",
  [], "eponym")
M("PEDS", "chat", "growth check: Paisley Moreau-Banks, 4y2m, BMI 97th percentile. grandma Rose does most of the cooking, she's coming to the nutrition visit",
  [("Paisley Moreau-Banks", "NAME"), ("Rose", "NAME")], "name-hyphenated name-relative name-common-word")
T("eponym", "Pavlik harness")
M("PEDS", "chat", "Pavlik harness check, straps let out a notch, skin in the groin folds is fine",
  [], "eponym")
M("PEDS", "chat", "new number for the Vu twins' mom: (651) 555-0183, it's Thuy's cell, the landline is gone",
  [("Vu", "NAME"), ("(651) 555-0183", "PHONE"), ("Thuy", "NAME")], "phone name-relative name-possessive")
T("eponym", "Moro")
M("PEDS", "chat", "Moro symmetric, grasp and suck strong, red reflex present both eyes. 2-week visit unremarkable",
  [], "eponym")
M("PEDS", "portal", "Hi Dr. Amsel, this is Bao's mom. He has had fever up to 101.8 since Tuesday and is pulling at his ear, can we come in tomorrow? Thank you, Linh Pham",
  [("Amsel", "NAME"), ("Bao", "NAME"), ("Linh Pham", "NAME")], "portal-message name-clinician name-relative temperature")
T("eponym", "Bhutani")
M("PEDS", "chat", "bili 14.2 at 60 hours, low-intermediate zone on the Bhutani, below the light line. recheck in 24h",
  [], "eponym dose-lab")
M("PEDS", "chat", "Vanderbilt forms are back from Ms. Kowalski, his teacher at Riverside Montessori, for Ezra Blum. scores look inattentive-type",
  [("Kowalski", "NAME"), ("Riverside Montessori", "LOCATION"), ("Ezra Blum", "NAME")], "school-name name-staff name-plain")
T("org", "AAP", "Bright Futures")
M("PEDS", "chat", "Bright Futures and the AAP both say one lipid screen between 9 and 11, we keep missing it at the 10-year",
  [], "organization guideline")
M("PEDS", "chat", "lead 12 for JAYDEN ORTIZ-MEZA, 2y, lives at 417 W Franklin St Apt 2 (house built 1920). referral to the county lead program",
  [("JAYDEN ORTIZ-MEZA", "NAME"), ("417 W Franklin St Apt 2", "LOCATION")], "name-allcaps address year-only")
T("brand", "Pedialyte")
M("PEDS", "chat", "Pedialyte popsicles count as fluids. 5 mL every 5 minutes, advance if no vomiting for an hour",
  [], "drug-brand-name")
T("brand", "Similac", "Enfamil", "Nutramigen")
T("org", "WIC")
M("PEDS", "chat", "WIC switched her from Similac to Enfamil and now she spits more. not an allergy, Nutramigen only if there's blood in the stool",
  [], "drug-brand-name organization")
M("PEDS", "chat", "car seat check for baby Holloway: mom drives a silver Odyssey, plate KDP 4410, the fire station does the check Thursday",
  [("Holloway", "NAME"), ("KDP 4410", "VEHICLE")], "vehicle name-surname-only weekday")
T("eponym", "Gowers sign", "Duchenne")
M("PEDS", "chat", "Gowers sign in a 4 yo boy, CK 18,000. genetics and neuromuscular referral for Duchenne",
  [], "eponym dose-lab")
M("PEDS", "chat", "the cochlear implant processor (serial CI-5521-88037) got lost at recess. Ava-Grace Mendelsohn, school is Pinecrest Academy, they're searching",
  [("CI-5521-88037", "DEVICE"), ("Ava-Grace Mendelsohn", "NAME"), ("Pinecrest Academy", "LOCATION")], "device-serial name-hyphenated school-name")
T("place", "Rochester criteria")
M("PEDS", "chat", "are we still using the Rochester criteria for febrile infants or just the PECARN rule? the 28-day-old in 3 has a UA pending",
  [], "place-rule score")
M("PEDS", "letter", "Dear Dr. Obuya, Thank you for seeing Kofi Mensah-Boateng (DOB 4/19/2016) for recurrent abdominal pain and poor weight gain. Sincerely, Ruth Lindgren, MD, Meadowbrook Pediatrics",
  [("Obuya", "NAME"), ("Kofi Mensah-Boateng", "NAME"), ("4/19/2016", "DATE"), ("Ruth Lindgren", "NAME"), ("Meadowbrook Pediatrics", "LOCATION")], "referral-letter name-clinician dob facility")
T("brand", "Orapred", "Motrin", "Tylenol")
M("PEDS", "chat", "Orapred 2 mg/kg x 5 days, Motrin for fever, Tylenol if he can't keep the Motrin down",
  [], "drug-brand-name dose-lab")
M("PEDS", "chat", "typing from the hallway: pt is ellie-mae tucker, 6, mom is crystal, she stepped out to feed the meter",
  [("ellie-mae tucker", "NAME"), ("crystal", "NAME")], "name-lowercase lowercase name-relative name-common-word")
T("eponym", "Henoch-Schönlein")
M("PEDS", "chat", "Henoch-Schönlein: palpable purpura on buttocks and legs, colicky belly pain, UA with blood. BP 102/60, weekly UAs",
  [], "eponym vitals")
M("PEDS", "chat", "WIC referral for baby Nasser, mom Samira Nasser, WIC participant ID 33017742 goes on the form",
  [("Nasser", "NAME"), ("Samira Nasser", "NAME"), ("33017742", "ID")], "other-id name-relative")
T("eponym", "Reye syndrome")
M("PEDS", "chat", "parent asked why no aspirin for flu: Reye syndrome. rare, but that's the reason",
  [], "eponym relative-not-named")
M("PEDS", "chat", "The Denver family (Scott and Kim Denver) are here for the 4-month visit. not the Denver screening, the actual Denvers",
  [("Denver", "NAME"), ("Scott", "NAME"), ("Kim Denver", "NAME"), ("Denvers", "NAME")], "name-eponym-surname name-collision name-relative")
T("score", "PEWS")
M("PEDS", "chat", "PEWS 4 on the 2 yo with the retractions, sending by ambulance not the parents' car",
  [], "score")
M("PEDS", "chat", "school-based clinic badge photo uploaded as face_ZARA_AHMED_0114.jpg, please attach it to her registration",
  [("face_ZARA_AHMED_0114.jpg", "PHOTO")], "photo-filename")
T("organism", "Bordetella pertussis")
M("PEDS", "chat", "whoop, post-tussive emesis, 2-month-old sibling at home. Bordetella pertussis PCR and azithro for the whole household",
  [], "organism relative-not-named")
M("PEDS", "chat", "ages 2-5 block Thursday afternoon: Oduya (2), Castellanos (3), Bjornstad (5). nurse visit for Castellanos' flu #2",
  [("Oduya", "NAME"), ("Castellanos", "NAME"), ("Bjornstad", "NAME"), ("Castellanos", "NAME")], "name-list name-surname-only weekday")
T("eponym", "Hirschsprung")
M("PEDS", "chat", "no meconium until 60 hours in a term baby, Hirschsprung is on the list, surgery for rectal biopsy",
  [], "eponym")
M("PEDS", "chat", "mom texted his MRN from her phone in the wide font: MRN " + FW("7704182") + ", registration can't paste it, please retype",
  [(FW("7704182"), "MRN")], "mrn fullwidth-digits")
T("eponym", "Meckel")
M("PEDS", "chat", "painless bright red blood in a 2 yo, Hgb 9.1. Meckel scan ordered, surgery aware",
  [], "eponym dose-lab")
M("PEDS", "chat", "his grandmother (Nana Jo, legal name Josephine Whitlock-Ames) has guardianship, copy of the papers is in media",
  [("Jo", "NAME"), ("Josephine Whitlock-Ames", "NAME")], "name-nickname name-relative name-hyphenated")
T("org", "Vaccines for Children")
M("PEDS", "chat", "Vaccines for Children stock is separate from private stock. check the fridge label before drawing up, we got dinged last audit",
  [], "organization")
M("PEDS", "chat", "Hope everyone survived the 3 pm well-child rush, 14 shots in 2 hours and only one fainter",
  [], "common-word-not-name clock-time")
M("PEDS", "chat", "great-grandma (she's 96!) brought him in today, Ernestine Polk, she has custody and the papers",
  [("96", "AGE"), ("Ernestine Polk", "NAME")], "age-over-89-digits name-relative")
T("eponym", "Epstein pearls", "Bohn nodules")
M("PEDS", "chat", "Epstein pearls on the palate, Bohn nodules on the gums, both go away on their own. told the parents",
  [], "eponym relative-not-named")
M("PEDS", "chat", "Summer camp forms are piling up. we can sign without a visit if the physical was within 12 months",
  [], "common-word-not-name admin-chatter")
T("score", "CRAFFT")
M("PEDS", "chat", "CRAFFT 2 at the 15-year visit, brief intervention done with the parent out of the room",
  [], "score")
M("PEDS", "chat", "mom's e-mail for the school immunization record: tasha.brightwater@example.org. child is Kenji Brightwater, 5",
  [("tasha.brightwater@example.org", "EMAIL"), ("Kenji Brightwater", "NAME")], "email name-plain")
T("eponym", "Adams forward bend")
M("PEDS", "chat", "Adams forward bend shows a right rib hump, scoliometer 8 degrees, standing films ordered",
  [], "eponym")
T("org", "Reach Out and Read")
M("PEDS", "chat", "Reach Out and Read books came in. board books for 6-12 months on the bottom shelf, chapter books up top",
  [], "organization")
M("PEDS", "chat", "can someone call Gianna Russo-Pike's dad back, he's at 773-555-0171 ext. 212 at work until 5",
  [("Gianna Russo-Pike", "NAME"), ("773-555-0171 ext. 212", "PHONE")], "name-possessive phone-extension name-relative")
T("organism", "Enterobius vermicularis")
M("PEDS", "chat", "tape test positive for Enterobius vermicularis, treat the whole family and repeat in 2 weeks",
  [], "organism")
T("eponym", "Ballard")
M("PEDS", "chat", "Ballard says 36 weeks, dates said 38. plot on the Ballard for now",
  [], "eponym")
M("PEDS", "chat", "Genesis (pt, 9) and Journey (sister, 7) both need flu shots today, mom is Ms. Whitlow-Banks",
  [("Genesis", "NAME"), ("Journey", "NAME"), ("Whitlow-Banks", "NAME")], "name-common-word name-relative")
T("org", "St. Jude")
M("PEDS", "chat", "the St. Jude fever and neutropenia guideline says ANC under 500 with fever is an admission, no exceptions for looking well",
  [], "organization guideline")
T("organism", "Haemophilus influenzae")
M("PEDS", "chat", "epiglottitis is rare since the Haemophilus influenzae type b vaccine, but unvaccinated plus drooling plus tripoding means ENT now",
  [], "organism")
M("PEDS", "fax", "FAX | To: Peds clinic | From: Oakridge School District nurse office | Re: Liam O'Connell-Batista, gr 2, Oakridge Elementary | seizure action plan needed | Call back 262-555-0127",
  [("Oakridge School District", "LOCATION"), ("Liam O'Connell-Batista", "NAME"), ("Oakridge Elementary", "LOCATION"), ("262-555-0127", "PHONE")], "fax-cover school-name name-particle phone")
T("eponym", "Nissen")
M("PEDS", "chat", "post-Nissen 8 yo can't burp, gas bloat, simethicone and smaller meals. surgery f/u already booked",
  [], "eponym")
T("org", "Make-A-Wish")
M("PEDS", "chat", "Make-A-Wish paperwork for the onc kids goes through social work, not the front desk",
  [], "organization")
M("PEDS", "chat", "ER follow-up: Xiomara Beltrán, 11, seen at Valley Regional on Jan 10 for an asthma flare, finished the prednisone yesterday",
  [("Xiomara Beltrán", "NAME"), ("Valley Regional", "LOCATION"), ("Jan 10", "DATE")], "facility date-month-day name-non-english")
# =============================================================================================
# OB: prenatal clinic, L&D triage, postpartum, gyn
# =============================================================================================
T("eponym", "Bishop score")
T("brand", "Cervidil", "Pitocin")
M("OB", "chat", "Bishop score 4 at 39+2, cervix posterior and firm. Cervidil tonight, Pitocin in the morning if there's no change",
  [], "eponym drug-brand-name obstetric-numbers")
M("OB", "chat", "L&D triage: G2P1 at 37+1, Ms. Bishop, and yes her Bishop score is 8, very on brand. full name Tamsin Bishop, DOB 8/3/1995",
  [("Bishop", "NAME"), ("Tamsin Bishop", "NAME"), ("8/3/1995", "DATE")], "name-eponym-surname name-collision dob obstetric-numbers")
T("eponym", "Braxton Hicks")
M("OB", "chat", "irregular tightening since dinner, no cervical change over 2 hours, reactive NST. Braxton Hicks, home with labor precautions",
  [], "eponym")
M("OB", "chat", "LMP 04/18/2026, EDD by dates 01/23/2027, the 9-week ultrasound agrees within 3 days. pt is Yesenia Carrillo-Ibarra",
  [("04/18/2026", "DATE"), ("01/23/2027", "DATE"), ("Yesenia Carrillo-Ibarra", "NAME")], "date-numeric name-hyphenated")
T("eponym", "Naegele")
M("OB", "chat", "Naegele's rule overestimates with 35-day cycles, date her by the 8-week scan instead of the LMP",
  [], "eponym")
M("OB", "chat", "Braxton Hicks vs labor for Mrs. Hicks-Braxton, whoever put that on the board did it on purpose. Ophelia Hicks-Braxton, 34w, 2 cm, no change",
  [("Hicks-Braxton", "NAME"), ("Ophelia Hicks-Braxton", "NAME")], "name-eponym-surname name-collision name-hyphenated")
T("eponym", "McRoberts", "Rubin", "Woods screw")
M("OB", "chat", "shoulder dystocia drill Thursday at 0730: McRoberts, suprapubic pressure, Rubin, Woods screw, posterior arm. poster is up in OR 2",
  [], "eponym clock-time weekday")
M("OB", "letter", "Re: Amara Nwachukwu, DOB 11/27/1990, G3P2. Referred to Maternal-Fetal Medicine at St. Columbkille for chronic hypertension and prior preeclampsia. Please call my office at 608-555-0139. Helene Marchetti, MD, Prairie View OB/GYN",
  [("Amara Nwachukwu", "NAME"), ("11/27/1990", "DATE"), ("St. Columbkille", "LOCATION"), ("608-555-0139", "PHONE"), ("Helene Marchetti", "NAME"), ("Prairie View OB/GYN", "LOCATION")], "referral-letter dob facility name-clinician")
T("eponym", "Leopold maneuvers")
M("OB", "chat", "Leopold maneuvers feel breech, bedside US confirms frank breech at 36+4. ECV consult and counseling",
  [], "eponym obstetric-numbers")
M("OB", "portal", "hi this is Faith Okorie, I'm 28 weeks and my feet are really swollen and I have a headache that won't go away even with Tylenol, should I come in?",
  [("Faith Okorie", "NAME")], "portal-message name-common-word")
T("eponym", "Kleihauer-Betke")
M("OB", "chat", "Kleihauer-Betke after the fender-bender at 32 weeks, Rh negative. one vial of RhIG unless the KB says she needs more",
  [], "eponym")
M("OB", "chat", "GTT: 1h was 152 on 12/22, 3h is scheduled 1/15 at the Elm Street lab. pt is Chen Xiaoling, she prefers Xiaoling",
  [("12/22", "DATE"), ("1/15", "DATE"), ("Elm Street", "LOCATION"), ("Chen Xiaoling", "NAME"), ("Xiaoling", "NAME")], "date-numeric street-name name-non-english")
T("brand", "RhoGAM")
M("OB", "chat", "RhoGAM at 28 weeks for every Rh-negative mom and again within 72h of delivery if baby is positive",
  [], "drug-brand-name")
T("eponym", "Chadwick sign", "Hegar sign")
M("OB", "chat", "bluish cervix is Chadwick sign, soft isthmus is Hegar sign. neither one replaces a serum hCG",
  [], "eponym")
M("OB", "chat", "doula for Marisol Acosta is Ivy Brennan-Tate, she'll be at the delivery, cell 414 555 0134",
  [("Marisol Acosta", "NAME"), ("Ivy Brennan-Tate", "NAME"), ("414 555 0134", "PHONE")], "name-common-word name-hyphenated phone")
T("eponym", "Pfannenstiel")
M("OB", "chat", "Pfannenstiel incision healing well at the 2-week check, no erythema, steri strips off",
  [], "eponym")
M("OB", "report", "SURGICAL PATHOLOGY | Case: S27-00412 | Patient: LINDQVIST, ASTRID M | MRN 61004392 | Collected: 01/11/2027 | Received: 01/12/2027 | Specimen: products of conception | Pathologist: Mehmet Öztürk, MD",
  [("S27-00412", "ID"), ("LINDQVIST, ASTRID M", "NAME"), ("61004392", "MRN"), ("01/11/2027", "DATE"), ("01/12/2027", "DATE"), ("Mehmet Öztürk", "NAME")], "pathology-header name-allcaps mrn date-numeric")
T("eponym", "Bakri")
T("brand", "Methergine", "Hemabate")
M("OB", "chat", "Bakri balloon in for atony after oxytocin, Methergine and Hemabate didn't do it. EBL 1400, 2 units in",
  [], "eponym drug-brand-name")
M("OB", "chat", "dad says the baby's name is going to be Summer Rain Whitfield and mom wants it on the crib card now, not Baby Girl",
  [("Summer Rain Whitfield", "NAME")], "name-common-word name-relative")
T("brand", "Jolivette", "Errin")
M("OB", "chat", "progestin-only pill while breastfeeding: Jolivette or Errin, same drug, whichever the plan covers",
  [], "drug-brand-name")
M("OB", "chat", "postpartum check for Mrs. McRoberts, and no, we didn't need McRoberts, she delivered in 3 pushes",
  [("McRoberts", "NAME")], "name-eponym-surname name-collision")
T("brand", "Nexplanon", "Mirena", "Kyleena", "Liletta", "Paragard")
M("OB", "chat", "LARC counseling sheet: Nexplanon in the arm, or an IUD, Mirena, Kyleena or Liletta, and Paragard if she wants nothing hormonal",
  [], "drug-brand-name")
M("OB", "chat", "the couple wants the 3D ultrasound pic e-mailed: US_3D_Kovac_20270113.jpg. husband Dario Kovač gave dario.kovac at example dot com",
  [("US_3D_Kovac_20270113.jpg", "PHOTO"), ("Dario Kovač", "NAME"), ("dario.kovac at example dot com", "EMAIL")], "photo-filename name-relative email-obfuscated")
T("brand", "Diclegis", "Bonjesta")
M("OB", "chat", "Diclegis at bedtime for the morning sickness, Bonjesta if she wants the extended release. both need a PA with her plan",
  [], "drug-brand-name")
M("OB", "chat", "MFM wants the cfDNA result for Shira Ben-David faxed to 301-555-0115, accession NP-2701-88321",
  [("Shira Ben-David", "NAME"), ("301-555-0115", "FAX"), ("NP-2701-88321", "ID")], "fax other-id name-hyphenated")
T("place", "Edinburgh Postnatal Depression Scale")
M("OB", "chat", "Edinburgh Postnatal Depression Scale 14 at the 2-week visit, item 10 is 0. warm handoff to behavioral health today",
  [], "place-rule score")
M("OB", "chat", "she's asking to deliver at Bayfront Birth Center instead, she moved to Kenosha, 53140, over the holidays",
  [("Bayfront Birth Center", "LOCATION"), ("Kenosha", "LOCATION"), ("53140", "LOCATION")], "facility city zip")
T("eponym", "Friedman curve", "Zhang")
M("OB", "chat", "we use Zhang now, not the Friedman curve. 6 cm is active labor, don't call it arrest at 5",
  [], "eponym")
M("OB", "chat", "the Zhang curve question was about Dr. Zhang's patient, not the curve: Wen Zhang, G1, 5 cm for 4 hours, AROM'd",
  [("Zhang", "NAME", 2), ("Wen Zhang", "NAME")], "name-eponym-surname name-collision name-non-english")
T("org", "ACOG")
M("OB", "chat", "ACOG says aspirin 81 from 12 weeks for high-risk preeclampsia, or 2+ moderate risk factors. she has obesity and is a primip, start it",
  [], "organization guideline")
M("OB", "chat", "pregnancy Medicaid ID 701 442 9981, effective 11/01/2026. pt Keisha-Ann Morrow, new OB intake",
  [("701 442 9981", "HEALTH_PLAN"), ("11/01/2026", "DATE"), ("Keisha-Ann Morrow", "NAME")], "health-plan date-numeric name-hyphenated")
T("eponym", "Montgomery tubercles")
M("OB", "chat", "Montgomery tubercles are normal, not an infection. she was worried, reassured",
  [], "eponym")
M("OB", "chat", "baby Leopold arrived! the Leopolds delivered at 0412, 7 lb 2 oz. Leopold maneuvers earlier said vertex, which it was",
  [("Leopold", "NAME"), ("Leopolds", "NAME")], "name-eponym-surname name-collision clock-time")
T("eponym", "Bartholin", "Word catheter")
M("OB", "chat", "Bartholin abscess 3 cm, Word catheter placed, sitz baths, back in 4 weeks to pull it",
  [], "eponym")
T("eponym", "Pap")
M("OB", "chat", "Pap at 21, co-test from 30, stop at 65 if adequate negative screening. the 20 yo doesn't need one today",
  [], "eponym age-under-90")
M("OB", "chat", "HIV and hep panel for Ms. Antwi, consent signed 1/13, she prefers calls at 555-0175 after 6",
  [("Antwi", "NAME"), ("1/13", "DATE"), ("555-0175", "PHONE")], "name-surname-only date-numeric phone")
T("organism", "Gardnerella vaginalis", "Trichomonas vaginalis")
M("OB", "chat", "clue cells on wet mount, likely Gardnerella vaginalis. Trichomonas vaginalis NAAT pending, metronidazole for now",
  [], "organism")
M("OB", "chat", "Naegele for Rosalind Achterberg: LMP 3/28/26 + 7 days - 3 months = 1/4/27, so she's 41+3 today. induction booked 1/15",
  [("Rosalind Achterberg", "NAME"), ("3/28/26", "DATE"), ("1/4/27", "DATE"), ("1/15", "DATE")], "date-numeric name-plain obstetric-numbers")
T("eponym", "Amsel criteria")
M("OB", "chat", "3 of 4 Amsel criteria: clue cells, positive whiff, pH 5.0. treat as BV, partner doesn't need treatment",
  [], "eponym")
M("OB", "ems", "Medic 3: precipitous delivery in the back seat at the gas station at Hwy 51 and County Rd K, baby girl, cord clamped. mom Jazmine Reyes, 22, dad driving behind us, plate 9GHT-221",
  [("Hwy 51", "LOCATION"), ("County Rd K", "LOCATION"), ("Jazmine Reyes", "NAME"), ("9GHT-221", "VEHICLE")], "ems-run-sheet street-name vehicle name-relative")
T("brand", "Makena")
M("OB", "chat", "Makena is off the market, so no 17-OHP for the prior preterm birth. cervical length surveillance and cerclage talk instead",
  [], "drug-brand-name")
M("OB", "chat", "The Foley bulb is out for Ms. Foley, sorry, Ms. Okafor-Foley in 6, she's 4 cm now",
  [("Foley", "NAME", 2), ("Okafor-Foley", "NAME")], "name-eponym-surname name-collision name-hyphenated")
T("org", "March of Dimes")
M("OB", "chat", "March of Dimes report card is out, the county got a D for preterm birth again",
  [], "organization")
M("OB", "chat", "strip export for MFM: NST_Halvorsen_2027-01-14.pdf, attaching to the consult",
  [("Halvorsen", "NAME"), ("2027-01-14", "DATE")], "file-name name-surname-only date-iso")
T("eponym", "Ritgen")
T("brand", "Vicryl")
M("OB", "chat", "Ritgen for perineal support, second-degree lac repaired with 3-0 Vicryl, EBL 300",
  [], "eponym drug-brand-name")
M("OB", "chat", "Hamilton-Beck, Priscilla (G1P0, 39+0): her doula says latex allergy, please add it before the epidural cart comes",
  [("Hamilton-Beck, Priscilla", "NAME")], "name-last-first name-hyphenated name-message-start")
T("eponym", "Sheehan syndrome")
M("OB", "chat", "no milk coming in after the big PPH and she's dizzy standing. think Sheehan syndrome, prolactin and AM cortisol",
  [], "eponym")
T("brand", "Cytotec")
M("OB", "chat", "Cytotec 25 mcg vaginally q4h, max 6 doses, hold if more than 3 contractions in 10 minutes",
  [], "drug-brand-name dose-lab")
M("OB", "chat", "her support person for the class is her grandmother Marguerite, who is 92 and has come to every visit",
  [("Marguerite", "NAME"), ("92", "AGE")], "name-relative age-over-89-digits")
T("eponym", "Doppler")
M("OB", "chat", "Doppler heart tones in the 150s at 12 weeks, no need to drag the ultrasound in",
  [], "eponym")
M("OB", "fax", "FAX COVER SHEET | To: OB clinic, fax 608-555-0146 | From: Harborview Imaging | Re: KOWALCZYK, BEATA, DOB 10-Feb-1993 | 20-week anatomy scan report attached | Pages: 6",
  [("608-555-0146", "FAX"), ("Harborview Imaging", "LOCATION"), ("KOWALCZYK, BEATA", "NAME"), ("10-Feb-1993", "DATE")], "fax-cover facility name-allcaps date-dmy-abbrev")
T("eponym", "Lamaze", "Bradley method")
M("OB", "chat", "class schedule is up: Lamaze Tuesdays, Bradley method Thursdays, breastfeeding the first Saturday of the month",
  [], "eponym weekday")
T("org", "La Leche League")
M("OB", "chat", "La Leche League meets in the community room on Wednesdays, flyers by the front desk",
  [], "organization weekday")
M("OB", "chat", "G3P2 at 37+5, GBS negative, BP 128/82, FHR 140s with accels, cat 1. home, back Tuesday",
  [], "obstetric-numbers vitals weekday")
T("brand", "Nitrazine", "AmniSure")
M("OB", "chat", "Nitrazine blue, ferning positive, AmniSure positive. ROM at 0310, GBS unknown so penicillin started",
  [], "drug-brand-name clock-time")
M("OB", "chat", "portal upload from Ngozi Eze-Lambert: bp_log_jan.jpg is a photo of her home BP log, not of her, readings 142/94 to 150/98",
  [("Ngozi Eze-Lambert", "NAME")], "name-hyphenated vitals")
T("eponym", "Ferriman-Gallwey")
T("place", "Rotterdam criteria")
M("OB", "chat", "Ferriman-Gallwey 12, cycles every 45-60 days, polycystic ovaries on US. Rotterdam criteria met",
  [], "eponym place-rule")
M("OB", "chat", "Hope the induction in 4 delivers before shift change, she's been at it since Sunday",
  [], "common-word-not-name weekday")
T("organism", "Listeria monocytogenes")
M("OB", "chat", "diet handout: no deli meat or unpasteurized soft cheese, Listeria monocytogenes crosses the placenta",
  [], "organism")
M("OB", "chat", "Grace period for the postpartum visit is 12 weeks under the global fee, don't bill it separately",
  [], "common-word-not-name")
M("OB", "chat", "pt Analía Benítez-Quiroga, 19, second visit, lives with her aunt on Calle Ocho in the Bayside neighborhood, WhatsApp 786-555-0152",
  [("Analía Benítez-Quiroga", "NAME"), ("Calle Ocho", "LOCATION"), ("Bayside", "LOCATION"), ("786-555-0152", "PHONE")], "name-non-english street-name phone")
T("org", "Postpartum Support International")
M("OB", "chat", "Postpartum Support International has a free warmline, the card is in every discharge folder now",
  [], "organization")
M("OB", "chat", "twins A and B for the Oyelowo-Hart family, A is Hope and B is Grant, both in the NICU step-down, mom asking about pumping",
  [("Oyelowo-Hart", "NAME"), ("Hope", "NAME"), ("Grant", "NAME")], "name-common-word name-relative name-hyphenated")
# =============================================================================================
# Orthopaedic / sports medicine clinic
# =============================================================================================
T("eponym", "Lachman")
M("ORTHO", "chat", "Lachman 2B with a soft endpoint, pivot shift positive, big effusion. MRI to confirm the ACL and look at the menisci",
  [], "eponym")
T("eponym", "McMurray")
T("place", "Thessaly")
M("ORTHO", "chat", "McMurray painful with a click medially, Thessaly positive at 20 degrees, joint line tender. degenerative tear likely, PT first",
  [], "eponym place-rule")
M("ORTHO", "chat", "Mr. McMurray in room 3 for the meniscus, and his McMurray test is positive, which he found hilarious. Dwight McMurray, 58",
  [("McMurray", "NAME"), ("Dwight McMurray", "NAME")], "name-eponym-surname name-collision")
T("eponym", "Phalen", "Durkan")
M("ORTHO", "chat", "Phalen positive at 30 seconds, Durkan too, thenar bulk preserved. EMG before we talk release",
  [], "eponym")
T("eponym", "Finkelstein")
M("ORTHO", "chat", "Finkelstein positive, first dorsal compartment tender and swollen. thumb spica and a steroid shot if no better in 3 weeks",
  [], "eponym")
M("ORTHO", "chat", "Ms. Finkelstein has a positive Finkelstein. Ruth Finkelstein, 44, carrying a 3-month-old all day, classic new-mom de Quervain",
  [("Finkelstein", "NAME"), ("Ruth Finkelstein", "NAME")], "name-eponym-surname name-collision")
T("eponym", "Tinel")
M("ORTHO", "chat", "Tinel at the cubital tunnel reproduces the ring and small finger tingling. elbow pad at night, avoid leaning on it",
  [], "eponym")
M("ORTHO", "chat", "post-op check for Gavin Thorsby, ACL recon at Summit Surgery Center on 12/29/2026, PT at Lakeside Rehab starting 1/18",
  [("Gavin Thorsby", "NAME"), ("Summit Surgery Center", "LOCATION"), ("12/29/2026", "DATE"), ("Lakeside Rehab", "LOCATION"), ("1/18", "DATE")], "facility date-numeric name-plain")
T("eponym", "Hawkins-Kennedy", "Neer")
M("ORTHO", "chat", "Hawkins-Kennedy and Neer both positive, strength 5/5, no night pain. subacromial injection today",
  [], "eponym score-fraction")
M("ORTHO", "chat", "films on the football kid, Deandre 'Tank' Whitaker, 16, Kettle Moraine High School, lateral tib plateau fx. coach keeps calling",
  [("Deandre", "NAME"), ("Tank", "NAME"), ("Whitaker", "NAME"), ("Kettle Moraine High School", "LOCATION")], "name-nickname school-name")
T("eponym", "Jobe test", "Speed test", "Yergason")
M("ORTHO", "chat", "Jobe test weak on the right, drop arm negative, Speed test and Yergason negative. ultrasound for the cuff",
  [], "eponym")
M("ORTHO", "chat", "TKA implant card for Mrs. Lowenthal: femoral component lot 8820-17, serial ZT4471932. revision planned, the rep needs the serial",
  [("Lowenthal", "NAME"), ("ZT4471932", "DEVICE")], "device-serial name-surname-only")
T("eponym", "O'Brien test")
M("ORTHO", "chat", "O'Brien test painful thumb-down, better thumb-up. SLAP tear on the list, MR arthrogram",
  [], "eponym")
M("ORTHO", "report", "XR KNEE 3V LEFT | OLUWOLE, BABAJIDE | MRN 3304-1178 | DOB 1931-07-04 | 95y | Exam 14-JAN-2027 | Acc RX27-004511 | Indication: fall, pain",
  [("OLUWOLE, BABAJIDE", "NAME"), ("3304-1178", "MRN"), ("1931-07-04", "DATE"), ("95", "AGE"), ("14-JAN-2027", "DATE"), ("RX27-004511", "ID")], "radiology-header name-allcaps age-over-89-digits date-iso")
T("eponym", "Spurling", "Hoffmann sign")
M("ORTHO", "chat", "Spurling positive to the right, no Hoffmann sign, gait normal. C6 radic, PT and an NSAID trial",
  [], "eponym")
M("ORTHO", "email", "Hi, this is Coach Brandt from the youth hockey club. Connor Eriksen (#17) needs clearance before the 1/20 tournament. You can reach me at kbrandt@example.net or 920-555-0172. Thanks!",
  [("Brandt", "NAME"), ("Connor Eriksen", "NAME"), ("1/20", "DATE"), ("kbrandt@example.net", "EMAIL"), ("920-555-0172", "PHONE")], "email-paste email phone date-numeric")
T("eponym", "Patrick test")
M("ORTHO", "chat", "Patrick test reproduces the SI pain, not the groin, so probably not the hip. SI injection under fluoro",
  [], "eponym")
M("ORTHO", "chat", "DME: knee scooter for Priyanka Raghunathan, deliver to 77 Birch Lane, Sun Prairie, WI 53590",
  [("Priyanka Raghunathan", "NAME"), ("77 Birch Lane", "LOCATION"), ("Sun Prairie", "LOCATION"), ("53590", "LOCATION")], "address city zip name-non-english")
T("eponym", "Trendelenburg")
M("ORTHO", "chat", "Trendelenburg positive on the right, glute med weak, hip films fine. PT with a hip abductor program",
  [], "eponym")
M("ORTHO", "chat", "work restrictions for Tyrone Beaulieu: light duty at the plant until 2/1/2027, nothing over 20 lb, no overhead work",
  [("Tyrone Beaulieu", "NAME"), ("2/1/2027", "DATE")], "employer date-numeric name-plain")
T("eponym", "Jones fracture")
M("ORTHO", "chat", "Jones fracture in a sprinter, zone 2, talking ORIF vs 6-8 weeks non-weight-bearing. he wants the screw",
  [], "eponym")
M("ORTHO", "chat", "the 93-year-old hip fracture from the ED, Mrs. Vandermolen, is first case tomorrow, daughter Lois is the contact",
  [("93", "AGE"), ("Vandermolen", "NAME"), ("Lois", "NAME")], "age-over-89-digits name-relative name-surname-only")
T("eponym", "Colles", "Smith fracture")
M("ORTHO", "chat", "Colles vs Smith fracture: apex volar, dorsal displacement, so Colles. sugar tong and back in a week",
  [], "eponym")
M("ORTHO", "chat", "MRI safety: Mr. Quang Le has a spinal cord stimulator, IPG serial NVR-2209-4471-X, the card is scanned in media",
  [("Quang Le", "NAME"), ("NVR-2209-4471-X", "DEVICE")], "device-serial name-non-english")
T("eponym", "Bennett", "Rolando")
M("ORTHO", "chat", "Bennett fracture, not comminuted enough to be a Rolando. needs pinning, hand surgery Thursday",
  [], "eponym weekday")
M("ORTHO", "chat", "PT referral: Marguerite 'Margo' Delacroix, 61, Tues/Thurs at ProMotion PT on Oak Ave, cervical radic",
  [("Marguerite", "NAME"), ("Margo", "NAME"), ("Delacroix", "NAME"), ("ProMotion PT", "LOCATION"), ("Oak Ave", "LOCATION")], "name-nickname facility street-name")
T("eponym", "Monteggia", "Galeazzi")
M("ORTHO", "chat", "isolated ulna fx? always image the elbow and the wrist. Monteggia hides at one end, Galeazzi at the other",
  [], "eponym")
M("ORTHO", "chat", "cast room: the Patrick kid (Patrick Abernethy-Shaw, first name Patrick) needs his cast bivalved, swelling after the game",
  [("Patrick", "NAME"), ("Patrick Abernethy-Shaw", "NAME"), ("Patrick", "NAME")], "name-given-only name-hyphenated name-collision")
T("eponym", "Maisonneuve")
M("ORTHO", "chat", "medial ankle tender and proximal fibula pain = Maisonneuve until the full-length films say no",
  [], "eponym")
M("ORTHO", "fax", "FAX | From: Great Lakes Orthopaedics | To: PCP, Attn Lena Hoffmann, MD | Re: WYSOCKI, TADEUSZ, DOB 09/09/1948 | op note and DVT prophylaxis plan | Fax 847-555-0161 | Pages 5",
  [("Great Lakes Orthopaedics", "LOCATION"), ("Lena Hoffmann", "NAME"), ("WYSOCKI, TADEUSZ", "NAME"), ("09/09/1948", "DATE"), ("847-555-0161", "FAX")], "fax-cover facility name-clinician name-allcaps")
T("eponym", "Lisfranc")
M("ORTHO", "chat", "plantar ecchymosis in the midfoot after the stair miss, Lisfranc until proven otherwise. weight-bearing films",
  [], "eponym")
M("ORTHO", "chat", "workers' comp for Jesús Villalobos: claim 4471-WC-22901, adjuster is Dana Pruitt, 312-555-0198 x3307",
  [("Jesús Villalobos", "NAME"), ("4471-WC-22901", "ID"), ("Dana Pruitt", "NAME"), ("312-555-0198 x3307", "PHONE")], "other-id phone-extension name-non-english")
T("eponym", "Segond")
M("ORTHO", "chat", "Segond fracture on the AP means ACL until proven otherwise, order the MRI",
  [], "eponym")
M("ORTHO", "chat", "on my phone: ok so jamal needs a boot not a cast, dob 2/14/09, mom said self-pay",
  [("jamal", "NAME"), ("2/14/09", "DATE")], "name-lowercase lowercase dob")
T("eponym", "Hill-Sachs", "Bankart")
M("ORTHO", "chat", "first-time dislocation in a 19 yo, Hill-Sachs on the post-reduction film, probably a Bankart too. sling and MRI",
  [], "eponym age-under-90")
M("ORTHO", "chat", "scene photos of the open tib fx from EMS: EMS_scene_0113_1.jpg and EMS_scene_0113_2.jpg. pt is Rubén Castañeda",
  [("EMS_scene_0113_1.jpg", "PHOTO"), ("EMS_scene_0113_2.jpg", "PHOTO"), ("Rubén Castañeda", "NAME")], "photo-filename name-non-english")
T("eponym", "Salter-Harris")
M("ORTHO", "chat", "Salter-Harris II at the distal radius, closed reduction under hematoma block, long arm cast",
  [], "eponym")
M("ORTHO", "chat", "DL for the oxycodone pickup: IL B634-2290-7713, Agnieszka Wróbel. pharmacy wants it in the note",
  [("B634-2290-7713", "LICENSE"), ("Agnieszka Wróbel", "NAME")], "drivers-license name-non-english")
T("eponym", "Ponseti")
M("ORTHO", "chat", "Ponseti cast number 4 today, tenotomy next week, then the boots and bar",
  [], "eponym")
M("ORTHO", "chat", "Achilles repair for Achilles Papadakis, 38, yes that's his real name, his teammates are merciless",
  [("Achilles Papadakis", "NAME")], "name-eponym-surname name-collision")
T("eponym", "Cobb angle", "Risser")
T("place", "Providence brace")
M("ORTHO", "chat", "Cobb angle 28 with Risser 1, she's still growing. night-time Providence brace vs full-time TLSO, family choosing",
  [], "eponym place-rule")
M("ORTHO", "chat", "Hunter's ACL: Hunter Valdez, 17, Westbrook HS, surgery at Cedar Ridge Surgical on 2/3",
  [("Hunter", "NAME"), ("Hunter Valdez", "NAME"), ("Westbrook HS", "LOCATION"), ("Cedar Ridge Surgical", "LOCATION"), ("2/3", "DATE")], "name-common-word name-possessive school-name facility")
T("eponym", "Thomas splint")
M("ORTHO", "chat", "the Thomas splint EMS put on the femur was perfect, traction held the whole ride",
  [], "eponym")
M("ORTHO", "chat", "age 90, ankle fracture from a curb, bone health referral and DEXA. pt is Ezra Halloran",
  [("90", "AGE"), ("Ezra Halloran", "NAME")], "age-over-89-digits name-plain")
T("device", "Aircast", "DonJoy", "Bledsoe")
M("ORTHO", "chat", "bracing cheat sheet: Aircast for the ankle, DonJoy hinged for the MCL, Bledsoe post-op for the ACL",
  [], "device-brand")
M("ORTHO", "chat", "sling for Bill (William) Fortescue, he wants the Velpeau off early for a golf trip. no",
  [("Bill", "NAME"), ("William", "NAME"), ("Fortescue", "NAME")], "name-common-word name-nickname")
T("eponym", "Velpeau")
M("ORTHO", "chat", "Velpeau sling after the reduction, 3 weeks, then pendulums",
  [], "eponym")
T("eponym", "Sarmiento")
M("ORTHO", "chat", "Sarmiento brace for the humeral shaft once the swelling's down, usually day 7-10",
  [], "eponym")
T("brand", "Mobic", "Voltaren")
M("ORTHO", "chat", "Mobic 15 daily or Voltaren gel for the knee? she's 74 with CKD 3, so gel",
  [], "drug-brand-name age-under-90")
T("brand", "Synvisc")
M("ORTHO", "chat", "Synvisc request denied, plan wants a failed steroid injection documented first",
  [], "drug-brand-name insurer")
T("score", "KOOS", "PROMIS")
M("ORTHO", "chat", "KOOS and PROMIS on the tablet at every post-op visit for the registry, front desk hands them out",
  [], "score")
T("eponym", "Apley")
M("ORTHO", "chat", "Apley grind positive, no effusion, full extension. likely a small meniscal tear, PT trial",
  [], "eponym")
T("eponym", "Ober test")
M("ORTHO", "chat", "Ober test tight IT band in the runner, foam roller and hip strength, no imaging",
  [], "eponym")
T("eponym", "Kienböck")
M("ORTHO", "chat", "lunate sclerosis on the PA, Kienböck, MRI and hand referral",
  [], "eponym")
T("eponym", "Achilles")
M("ORTHO", "chat", "Achilles tendinopathy, eccentric heel drops x 12 weeks, no steroid near the tendon",
  [], "eponym")
T("eponym", "Mulder click", "Morton neuroma")
M("ORTHO", "chat", "Mulder click positive between 3 and 4, Morton neuroma. wide toe box and a metatarsal pad first",
  [], "eponym")
T("device", "Coban", "Webril")
M("ORTHO", "chat", "Webril under the cast, Coban over the toddler's splint so it doesn't get unwrapped at daycare",
  [], "device-brand")
T("eponym", "Unna boot")
M("ORTHO", "chat", "Unna boot change Thursday and weekly after that, ABI was 0.9",
  [], "eponym weekday")
T("eponym", "Beighton")
M("ORTHO", "chat", "Beighton 7/9, very hypermobile. stabilization PT instead of surgery for the shoulder",
  [], "eponym score-fraction")
M("ORTHO", "chat", "Will do the interscalene under ultrasound, 20 mL ropi 0.5%, then the scope",
  [], "common-word-not-name dose-lab")
T("org", "Shriners")
M("ORTHO", "chat", "Shriners takes the clubfoot and scoliosis referrals regardless of insurance, form is on the shared drive",
  [], "organization")
M("ORTHO", "chat", "Mark the site before the block, the ASC will cancel if it's not visible under the drape",
  [], "common-word-not-name")
M("ORTHO", "portal", "Hello, this is Margit Szabó. My son Bence Szabó (DOB 03/02/2011) hurt his wrist snowboarding at Cascade Mountain on Saturday, can he be seen this week? My number is 608.555.0128.",
  [("Margit Szabó", "NAME"), ("Bence Szabó", "NAME"), ("03/02/2011", "DATE"), ("Cascade Mountain", "LOCATION"), ("608.555.0128", "PHONE")], "portal-message name-relative dob name-non-english")
M("ORTHO", "chat", "the surgery scheduler needs the prior auth number for Grabowski's rotator cuff: PA-27-0044719, approved through Mar 15",
  [("Grabowski", "NAME"), ("PA-27-0044719", "ID"), ("Mar 15", "DATE")], "other-id name-possessive date-month-day")
# =============================================================================================
# Outpatient psychiatry / behavioral health
# =============================================================================================
T("eponym", "Beck Depression Inventory")
M("PSYCH", "chat", "Beck Depression Inventory 29 at intake, 17 at week 8 on sertraline 100. partial response, augment or switch?",
  [], "eponym quick-question")
M("PSYCH", "chat", "Mr. Beck's Beck inventory is 31 today. Anders Beck, 45, new intake, passive SI, no plan",
  [("Beck", "NAME"), ("Anders Beck", "NAME")], "name-eponym-surname name-collision name-possessive")
T("eponym", "Hamilton")
T("score", "PHQ-9")
M("PSYCH", "chat", "the Hamilton is the research scale and takes 20 minutes, we use the PHQ-9 in clinic",
  [], "eponym score")
M("PSYCH", "chat", "Ms. Hamilton scored 22 on the Hamilton for the study visit, please let her therapist, Renata Okoye, know before Thursday",
  [("Hamilton", "NAME"), ("Renata Okoye", "NAME")], "name-eponym-surname name-collision name-clinician weekday")
T("eponym", "Folstein")
T("place", "MoCA")
M("PSYCH", "chat", "the Folstein is copyrighted, we switched to the MoCA years ago. use the version 2 form so the retest isn't memorized",
  [], "eponym place-rule")
M("PSYCH", "chat", "Folstein for Mrs. Folstein, I know. Edith Folstein, 88, MMSE 21/30, daughter says the checkbook is a mess",
  [("Folstein", "NAME", 2), ("Edith Folstein", "NAME")], "name-eponym-surname name-collision score-fraction")
T("eponym", "Wernicke-Korsakoff")
M("PSYCH", "chat", "thiamine 500 IV tid for suspected Wernicke-Korsakoff before any glucose, the classic triad is rarely all there",
  [], "eponym dose-lab")
M("PSYCH", "chat", "Wernicke workup for Mr. Wernicke?? no, Mr. Wernecke, W-E-R-N-E-C-K-E. thiamine started either way",
  [("Wernicke", "NAME", 2), ("Wernecke", "NAME"), ("W-E-R-N-E-C-K-E", "NAME")], "name-eponym-surname name-collision typo")
T("score", "GAD-7")
M("PSYCH", "chat", "GAD-7 15 and PHQ-9 12, starting escitalopram 10 and a CBT referral, recheck both in 6 weeks",
  [], "score")
M("PSYCH", "chat", "safety plan for Juniper Ashworth-Lee: crisis contacts are her roommate Sky, 920-555-0117, and her mom",
  [("Juniper Ashworth-Lee", "NAME"), ("Sky", "NAME"), ("920-555-0117", "PHONE")], "name-hyphenated name-common-word phone")
T("place", "Columbia")
M("PSYCH", "chat", "Columbia screen positive for passive SI, no plan, no intent, no prior attempts. safety plan done and lethal means counseling",
  [], "place-rule score")
M("PSYCH", "chat", "lithium level for Mr. Szymborski is 1.6, he's at his cabin near Minocqua with no car, call 715-555-0109 and tell him to hold tonight's dose",
  [("Szymborski", "NAME"), ("Minocqua", "LOCATION"), ("715-555-0109", "PHONE")], "name-surname-only city phone")
T("eponym", "Tarasoff")
M("PSYCH", "chat", "Tarasoff question: specific threat against a coworker, with a plan. risk management on the phone before end of day",
  [], "eponym")
M("PSYCH", "portal", "Dr. Ferreira, I ran out of my Lexapro 3 days ago and the pharmacy says I need a new script. Also my new address is 1422 Sycamore St, Apt 5, Janesville 53545. Thank you, Dorothea Quaye",
  [("Ferreira", "NAME"), ("1422 Sycamore St, Apt 5", "LOCATION"), ("Janesville", "LOCATION"), ("53545", "LOCATION"), ("Dorothea Quaye", "NAME")], "portal-message address zip name-clinician")
T("brand", "Clozaril")
M("PSYCH", "chat", "Clozaril ANC monitoring: weekly for 6 months, every 2 weeks to 12, then monthly. the lab order set has all three",
  [], "drug-brand-name")
M("PSYCH", "chat", "collateral from her brother, Ezekiel 'Zeke' Pappalardo: she hasn't slept in 4 days and gave away her car",
  [("Ezekiel", "NAME"), ("Zeke", "NAME"), ("Pappalardo", "NAME")], "name-nickname name-relative")
T("brand", "Abilify Maintena", "Invega Sustenna")
M("PSYCH", "chat", "LAI choice: Abilify Maintena monthly or Invega Sustenna, the loading schedules differ, pharmacy has both",
  [], "drug-brand-name")
M("PSYCH", "chat", "came up from Florida on a Baker Act transfer: Yolanda Ferrer, DOB 2/29/1976, from Lakeview Behavioral in Tampa",
  [("Yolanda Ferrer", "NAME"), ("2/29/1976", "DATE"), ("Lakeview Behavioral", "LOCATION"), ("Tampa", "LOCATION")], "dob facility city")
T("brand", "Lexapro", "Zoloft", "Prozac")
M("PSYCH", "chat", "Lexapro vs Zoloft vs Prozac for the 14 yo, Prozac has the best adolescent data, start low",
  [], "drug-brand-name age-under-90")
M("PSYCH", "chat", "clozapine REMS patient ID for Marcus Greenleaf is C-4471-2290-K, ANC 2,100 this week",
  [("Marcus Greenleaf", "NAME"), ("C-4471-2290-K", "ID")], "other-id name-plain")
T("brand", "Wellbutrin")
M("PSYCH", "chat", "Wellbutrin XL 150, no seizure or eating disorder history, ok to start. helps the smoking too",
  [], "drug-brand-name")
M("PSYCH", "chat", "her ex, Derek Holm, gets no information. restraining order on file, his plate is MN 221-XRK, security has a copy",
  [("Derek Holm", "NAME"), ("221-XRK", "VEHICLE")], "vehicle name-plain")
T("brand", "Lamictal")
M("PSYCH", "chat", "Lamictal 25 mg x 2 weeks, then 50 x 2 weeks. any rash, stop and call, the handout is in the after-visit summary",
  [], "drug-brand-name")
M("PSYCH", "chat", "the voice memo she left for her therapist is saved as vm_Okoye_Adaeze_2027-01-12.m4a in the secure folder",
  [("vm_Okoye_Adaeze_2027-01-12.m4a", "BIOMETRIC")], "biometric")
T("brand", "Depakote", "Lithobid")
M("PSYCH", "chat", "Depakote level 82, Lithobid 0.9, TSH and creatinine due next month, CBC fine",
  [], "drug-brand-name dose-lab")
M("PSYCH", "chat", "age 91, new voices in the last week, Ms. Pettigrew. delirium first: UA, BMP, CT head before we call it psychosis",
  [("91", "AGE"), ("Pettigrew", "NAME")], "age-over-89-digits name-surname-only")
T("brand", "Adderall", "Vyvanse", "Concerta")
M("PSYCH", "chat", "Adderall shortage again. switch to Vyvanse or Concerta if the pharmacy is out, call ahead",
  [], "drug-brand-name")
M("PSYCH", "chat", "pre-ECT EEG for Harold 'Hal' Nygaard, 90, at Mercy Behavioral on 1/19. wife will drive",
  [("Harold", "NAME"), ("Hal", "NAME"), ("Nygaard", "NAME"), ("90", "AGE"), ("Mercy Behavioral", "LOCATION"), ("1/19", "DATE")], "name-nickname age-over-89-digits facility")
T("brand", "Strattera", "Intuniv")
M("PSYCH", "chat", "non-stimulant options: Strattera or Intuniv, the parents want nothing controlled",
  [], "drug-brand-name relative-not-named")
M("PSYCH", "chat", "PDMP for Sloane Whitaker-Briggs, DOB 06-11-1989: 3 prescribers and 2 pharmacies in 60 days",
  [("Sloane Whitaker-Briggs", "NAME"), ("06-11-1989", "DATE")], "name-hyphenated dob")
T("brand", "Vivitrol", "Sublocade")
M("PSYCH", "chat", "Vivitrol vs Sublocade for OUD: she'd need to be opioid-free 7-10 days for the first one",
  [], "drug-brand-name")
M("PSYCH", "chat", "the school counselor at Roosevelt High, Mr. Ibekwe, wants a release of information for Naomi Feldstein-Ruiz, 15",
  [("Roosevelt High", "LOCATION"), ("Ibekwe", "NAME"), ("Naomi Feldstein-Ruiz", "NAME")], "school-name name-staff name-hyphenated")
T("brand", "Chantix")
M("PSYCH", "chat", "Chantix no longer carries the neuropsych boxed warning. start a week before the quit date",
  [], "drug-brand-name")
M("PSYCH", "chat", "group room roster: Anton, Bree, Carlos, Devi, Emmett. first names only on the whiteboard please",
  [("Anton", "NAME"), ("Bree", "NAME"), ("Carlos", "NAME"), ("Devi", "NAME"), ("Emmett", "NAME")], "name-given-only name-list")
T("brand", "Spravato")
M("PSYCH", "chat", "Spravato schedule: twice weekly x 4 weeks, 2 hours observation each time, needs a driver home",
  [], "drug-brand-name")
M("PSYCH", "letter", "Re: Ilse van der Berg, DOB 12.03.1985 (European format, i.e. 12 March), referred by Kwame Asante, MD, Fox River Family Health, for treatment-resistant depression. Prior trials listed below.",
  [("Ilse van der Berg", "NAME"), ("12.03.1985", "DATE"), ("12 March", "DATE"), ("Kwame Asante", "NAME"), ("Fox River Family Health", "LOCATION")], "referral-letter name-particle date-other-format facility")
T("score", "AIMS")
M("PSYCH", "chat", "AIMS every 6 months on anyone on an antipsychotic. the form is in the flowsheet now, no more paper",
  [], "score")
M("PSYCH", "email", "From: Jordan Pike <jpike@example.org> | Subject: my son Cody | He's refusing his meds again and hasn't left his room since Friday. Can someone call me at 262 555 0194?",
  [("Jordan Pike", "NAME"), ("jpike@example.org", "EMAIL"), ("Cody", "NAME"), ("262 555 0194", "PHONE")], "email-paste email name-relative phone")
T("eponym", "Simpson-Angus", "Barnes Akathisia")
M("PSYCH", "chat", "Simpson-Angus 4, Barnes Akathisia 2, coming down on the haloperidol",
  [], "eponym")
M("PSYCH", "chat", "he says he's living in his car, a grey Corolla, usually behind the library on Main St in Evansville. outreach team knows the spot",
  [("Main St", "LOCATION"), ("Evansville", "LOCATION")], "street-name city")
T("eponym", "Young Mania Rating Scale")
M("PSYCH", "chat", "Young Mania Rating Scale 26, starting lithium, collateral from the family matches",
  [], "eponym relative-not-named")
T("place", "Yale-Brown")
M("PSYCH", "chat", "Yale-Brown 28, severe. fluvoxamine titration and ERP, the therapist has openings in March",
  [], "place-rule month-word")
M("PSYCH", "chat", "disability form wants the last 4 of the SSN: xxx-xx-0417. pt is Tremaine Osei-Bonsu",
  [("0417", "SSN"), ("Tremaine Osei-Bonsu", "NAME")], "ssn-partial name-hyphenated")
T("eponym", "Capgras", "Lewy body")
M("PSYCH", "chat", "Capgras delusion, believes her husband has been replaced. neuro workup for Lewy body before we call it primary",
  [], "eponym")
T("eponym", "Cotard")
M("PSYCH", "chat", "Cotard presentation in severe psychotic depression, not eating, ECT consult placed",
  [], "eponym")
M("PSYCH", "chat", "the ED sent a picture of her wristband, it reads LAFLEUR, CELESTE, 04/04/1999. same person as the referral",
  [("LAFLEUR, CELESTE", "NAME"), ("04/04/1999", "DATE")], "name-allcaps name-last-first dob")
T("eponym", "Munchausen")
M("PSYCH", "chat", "Munchausen by proxy concern is a child protection call, loop in social work and the peds team, not ours alone",
  [], "eponym")
T("org", "NAMI", "SAMHSA")
M("PSYCH", "chat", "NAMI family-to-family class starts next month, SAMHSA helpline cards are at the front desk",
  [], "organization")
M("PSYCH", "chat", "988 on every AVS, we pulled the old 10-digit crisis line",
  [], "code-number")
T("score", "ASRS")
M("PSYCH", "chat", "ASRS part A 5/6 in the 32 yo, full eval with collateral scheduled",
  [], "score score-fraction")
T("brand", "Ambien", "Belsomra")
M("PSYCH", "chat", "no Ambien in the older adults please. CBT-I first, Belsomra if we must",
  [], "drug-brand-name")
T("score", "PCL-5")
M("PSYCH", "chat", "PCL-5 51, offered PE or CPT, he picked CPT, starts Monday",
  [], "score weekday")
T("eponym", "Ganser syndrome")
M("PSYCH", "chat", "approximate answers to everything. Ganser syndrome? more likely malingering with a court date next week",
  [], "eponym")
M("PSYCH", "chat", "Hope is a clinical skill. behavioral activation worksheet is in the shared folder",
  [], "common-word-not-name")
M("PSYCH", "chat", "Will you cover my 3 pm intake? stuck in a family session that's running long",
  [], "common-word-not-name clock-time")
T("org", "Magellan")
M("PSYCH", "chat", "Magellan wants a concurrent review for the IOP patient on day 10, notes need to show functional impairment",
  [], "insurer")
T("score", "SCARED")
M("PSYCH", "chat", "SCARED parent 34, child 29, separation anxiety items highest. CBT with the parent component",
  [], "score relative-not-named")
T("eponym", "Tourette")
M("PSYCH", "chat", "Tourette tics worse with stress and screens, guanfacine before anything heavier",
  [], "eponym")
T("eponym", "Asperger")
M("PSYCH", "chat", "reminder that Asperger is not a current diagnosis, write ASD level 1 in the note",
  [], "eponym")
M("PSYCH", "chat", "emergency detention: Tobias Kettleworth, police found him on the Clark Street bridge at 0230, officer Delgado is here with the paperwork",
  [("Tobias Kettleworth", "NAME"), ("Clark Street", "LOCATION"), ("Delgado", "NAME")], "street-name name-staff clock-time")
M("PSYCH", "chat", "Mrs. Young from the Young Mania Rating Scale study is here for her week 4 visit. Patrice Young, room 2",
  [("Young", "NAME"), ("Patrice Young", "NAME")], "name-eponym-surname name-collision")
M("PSYCH", "fax", "FAX | TO: Behavioral Health Intake | FROM: Cedar Valley Recovery Center | RE: ABERNATHY, COLTON J | admission 01/06/2027, discharge 01/13/2027 | please call 319-555-0148 with questions",
  [("Cedar Valley Recovery Center", "LOCATION"), ("ABERNATHY, COLTON J", "NAME"), ("01/06/2027", "DATE"), ("01/13/2027", "DATE"), ("319-555-0148", "PHONE")], "fax-cover facility name-allcaps date-numeric")
M("PSYCH", "chat", "the teen's mom asked us to text her instead: Wanjiru, +1 414 555 0123. pt is Amani, 16, intake is Tuesday",
  [("Wanjiru", "NAME"), ("+1 414 555 0123", "PHONE"), ("Amani", "NAME")], "name-relative phone name-given-only")
# =============================================================================================
# Primary care
# =============================================================================================
T("place", "Framingham")
M("PC", "chat", "Framingham vs the pooled cohort equations: the EHR calculator is PCE, Framingham is for the old paper charts",
  [], "place-rule")
M("PC", "chat", "Medicare MBI for Eleanor Whitcombe-Hart is 7QX2-HN4-WR18, the old card number got rejected at check-in",
  [("Eleanor Whitcombe-Hart", "NAME"), ("7QX2-HN4-WR18", "HEALTH_PLAN")], "health-plan name-hyphenated")
T("eponym", "Friedewald", "Martin-Hopkins")
M("PC", "chat", "the lab switched from Friedewald to Martin-Hopkins for LDL, numbers shift a bit when trigs are high, don't panic",
  [], "eponym")
M("PC", "chat", "annual wellness for Augustin Fournier, 94, lives with his son Pierre in Lodi and still drives (!), vision 20/40",
  [("Augustin Fournier", "NAME"), ("94", "AGE"), ("Pierre", "NAME"), ("Lodi", "LOCATION")], "age-over-89-digits name-relative city")
T("eponym", "Cockcroft-Gault")
M("PC", "chat", "dose the DOAC by Cockcroft-Gault, not the eGFR, she's 52 kg and 81",
  [], "eponym age-under-90")
M("PC", "chat", "INR 4.8 for Mr. Gruber, hold tonight, recheck Thursday. farm address is N7265 County Road N, Belleville, he has no cell, landline 608-555-0114",
  [("Gruber", "NAME"), ("N7265 County Road N", "LOCATION"), ("Belleville", "LOCATION"), ("608-555-0114", "PHONE")], "address city phone")
T("eponym", "Snellen", "Ishihara")
M("PC", "chat", "Snellen 20/40 both eyes, Ishihara normal, optometry referral for glasses",
  [], "eponym score-fraction")
M("PC", "chat", "Mr. Addison does not have Addison's, cortisol was fine. Curtis Addison, 61, fatigue is probably the sleep apnea",
  [("Addison", "NAME"), ("Curtis Addison", "NAME")], "name-eponym-surname name-collision")
T("eponym", "Hashimoto")
M("PC", "chat", "TPO positive, TSH 7.2, Hashimoto. levothyroxine 50, recheck TSH in 6 weeks",
  [], "eponym dose-lab")
M("PC", "chat", "Mrs. Graves has Hashimoto, not Graves disease. Loretta Graves, TSH 9, please fix the problem list",
  [("Graves", "NAME"), ("Loretta Graves", "NAME")], "name-eponym-surname name-collision")
T("eponym", "Graves disease")
M("PC", "chat", "TSH suppressed, proptosis, bruit over the thyroid: Graves disease. methimazole and an endo referral",
  [], "eponym")
M("PC", "portal", "Hi, it's Clementine Oyler. My blood pressure cuff says 162/101 this morning. I'm staying at my daughter's in Mount Horeb this week, can I do a video visit?",
  [("Clementine Oyler", "NAME"), ("Mount Horeb", "LOCATION")], "portal-message city vitals")
T("eponym", "Addison")
M("PC", "chat", "hyperpigmented palmar creases, Na 129, K 5.6, AM cortisol 2. Addison until proven otherwise, endo today",
  [], "eponym dose-lab")
M("PC", "chat", "home visit: ninety-seven-year-old Mrs. Strand says she was born on Christmas Day 1929 and that she'd like her flu shot now, thank you",
  [("ninety-seven", "AGE"), ("Strand", "NAME"), ("Christmas Day 1929", "DATE")], "age-over-89-words holiday-date name-surname-only")
T("eponym", "Raynaud")
M("PC", "chat", "Raynaud in the fingers, no ulcers, ANA negative. gloves, no smoking, nifedipine ER for winter",
  [], "eponym")
M("PC", "chat", "the lab result e-mail bounced: w.achebe1950@example.com. pt is Winifred Achebe, DOB 5/5/1950, please mail a copy",
  [("w.achebe1950@example.com", "EMAIL"), ("Winifred Achebe", "NAME"), ("5/5/1950", "DATE")], "email dob name-plain")
T("eponym", "Dupuytren")
M("PC", "chat", "Dupuytren cord in the ring finger, tabletop test positive. hand surgery referral",
  [], "eponym")
M("PC", "letter", "Dear Dr. Lindahl, I am referring Mr. Dashiell Prewitt (DOB 08/16/1962; MRN 5520-9917) to your GI clinic for a positive FIT. His wife, Odalys, can be reached at (608) 555-0179. Kind regards, Noor Haddad, MD",
  [("Lindahl", "NAME"), ("Dashiell Prewitt", "NAME"), ("08/16/1962", "DATE"), ("5520-9917", "MRN"), ("Odalys", "NAME"), ("(608) 555-0179", "PHONE"), ("Noor Haddad", "NAME")], "referral-letter name-clinician dob mrn")
T("eponym", "Heberden", "Bouchard")
M("PC", "chat", "Heberden and Bouchard nodes, hand OA, no need for rheum labs. acetaminophen and topical diclofenac",
  [], "eponym")
M("PC", "chat", "home health order: skilled nursing for Francine Boudreaux at 18 Lakeview Terrace, Apt 2C, Monona 53716, wound care 3x a week",
  [("Francine Boudreaux", "NAME"), ("18 Lakeview Terrace, Apt 2C", "LOCATION"), ("Monona", "LOCATION"), ("53716", "LOCATION")], "address city zip")
T("eponym", "Barrett esophagus")
M("PC", "chat", "Barrett esophagus without dysplasia, surveillance every 3-5 years, PPI daily",
  [], "eponym")
M("PC", "chat", "yesterday's BP pt, Ray 'Sonny' Castellano: ACE cough, switching lisinopril to losartan 50",
  [("Ray", "NAME"), ("Sonny", "NAME"), ("Castellano", "NAME")], "name-nickname name-common-word")
T("eponym", "Crohn")
M("PC", "chat", "Crohn flare, calprotectin 880, GI moved the visit up to next week",
  [], "eponym dose-lab")
M("PC", "email", "From: Ortiz, Beatriz <bortiz@example.org> | Subject: my dad's meds | Dad (Ignacio Ortiz, 92) is confused by the new pill box. Could the nurse call him at 555-0139?",
  [("Ortiz, Beatriz", "NAME"), ("bortiz@example.org", "EMAIL"), ("Ignacio Ortiz", "NAME"), ("92", "AGE"), ("555-0139", "PHONE")], "email-paste name-relative age-over-89-digits phone")
T("eponym", "Paget disease")
M("PC", "chat", "isolated alk phos 390, GGT normal, Paget disease of bone is on the list, bone scan",
  [], "eponym dose-lab")
M("PC", "chat", "A1c 9.4 for Mr. Nakashima-Reyes, he got back from Manila on 1/9 and lost his meter there",
  [("Nakashima-Reyes", "NAME"), ("Manila", "LOCATION"), ("1/9", "DATE")], "name-hyphenated city date-numeric")
T("place", "Bristol stool chart")
M("PC", "chat", "Bristol stool chart type 6-7 for 3 weeks, C diff negative, celiac panel next",
  [], "place-rule")
M("PC", "chat", "'Big Mike' (Michael Dombrowski) wants his DOT physical form, DOB 11/30/1958, BP 138/86 today",
  [("Big Mike", "NAME"), ("Michael Dombrowski", "NAME"), ("11/30/1958", "DATE")], "name-nickname dob vitals")
T("place", "Rome IV")
M("PC", "chat", "Rome IV criteria met for IBS-C, fiber first then linaclotide",
  [], "place-rule")
M("PC", "chat", "her home BP cuff uploads to the portal, device SN 5130044871, readings under Lucinda Farrow look much better than in clinic",
  [("5130044871", "DEVICE"), ("Lucinda Farrow", "NAME")], "device-serial name-plain")
T("place", "Boston bowel prep scale")
M("PC", "chat", "Boston bowel prep scale 6, adequate prep, no polyps, repeat in 10 years",
  [], "place-rule")
M("PC", "chat", "CGM PA needs the serial: Dexcom G7 SN 8NX4-17Q2-PZ, pt Bartholomew Ige",
  [("8NX4-17Q2-PZ", "DEVICE"), ("Bartholomew Ige", "NAME")], "device-serial name-non-english")
T("place", "Chicago classification")
T("eponym", "Heller")
M("PC", "chat", "manometry is back: Chicago classification type II achalasia, surgery will talk POEM vs Heller",
  [], "place-rule eponym")
M("PC", "chat", "leroy w/ the foot ulcer has podiatry at lakeview foot & ankle on thurs 1/21, pls remind him",
  [("leroy", "NAME"), ("lakeview foot & ankle", "LOCATION"), ("1/21", "DATE")], "name-lowercase lowercase facility date-numeric")
T("brand", "Ozempic", "Mounjaro", "Wegovy", "Zepbound")
M("PC", "chat", "Ozempic or Mounjaro for the diabetes, Wegovy or Zepbound for weight, and the plan covers none of the four",
  [], "drug-brand-name insurer")
M("PC", "chat", "his daughter sent a photo of the rash, saved as rash_Jablonski_Jan12.jpg in media",
  [("rash_Jablonski_Jan12.jpg", "PHOTO")], "photo-filename relative-not-named")
T("brand", "Jardiance", "Farxiga")
M("PC", "chat", "Jardiance or Farxiga for CKD with diabetes, sick-day rules on the AVS",
  [], "drug-brand-name")
M("PC", "chat", "the home health agency for Mrs. Tan needs their tablet whitelisted, IP 203.0.113.41, IT says fill out the form",
  [("Tan", "NAME"), ("203.0.113.41", "IP")], "ip name-surname-only")
T("brand", "Eliquis", "Xarelto")
M("PC", "chat", "Eliquis 5 bid vs Xarelto 20 with dinner. she'd rather twice a day than remember food",
  [], "drug-brand-name")
M("PC", "chat", "self-pay balance question: guarantor Thibodeaux, Remy, acct #0098-3341-77, wants a payment plan",
  [("Thibodeaux, Remy", "NAME"), ("0098-3341-77", "ACCOUNT")], "account name-last-first")
T("brand", "Lantus", "Humalog")
M("PC", "chat", "Lantus 18 at bedtime, Humalog correction scale with meals, teach-back done with the pen",
  [], "drug-brand-name")
M("PC", "chat", "Ivy Ngata, 34, here for her Pap, also wants something for the poison ivy on her shins",
  [("Ivy Ngata", "NAME")], "name-common-word name-collision")
T("brand", "Synthroid")
M("PC", "chat", "brand Synthroid only, DAW 1 on the script, she's had TSH swings on generics",
  [], "drug-brand-name")
M("PC", "chat", "new address: Hunter Creek Apartments, unit 14, off Old Sauk Rd. pt Bettina Kaur-Lindgren, phone unchanged",
  [("Hunter Creek Apartments, unit 14", "LOCATION"), ("Old Sauk Rd", "LOCATION"), ("Bettina Kaur-Lindgren", "NAME")], "address street-name name-hyphenated")
T("eponym", "Romberg")
M("PC", "chat", "Romberg positive, vibration gone at the toes, B12 and copper, MMA if borderline",
  [], "eponym")
M("PC", "chat", "Guadalupe Moreno switched to Medicare Advantage, Humana member ID H48820193, update before the visit",
  [("Guadalupe Moreno", "NAME"), ("H48820193", "HEALTH_PLAN")], "health-plan insurer name-plain")
T("eponym", "Katz", "Lawton")
M("PC", "chat", "Katz 6/6, Lawton 5/8: lost the finances and the driving. cognitive eval and a family meeting",
  [], "eponym score-fraction")
M("PC", "chat", "old chart has his DOB written as 7 Sept 1944, the new one as 09/07/1944, same man, Oskar Pettersen",
  [("7 Sept 1944", "DATE"), ("09/07/1944", "DATE"), ("Oskar Pettersen", "NAME")], "date-written date-numeric dob")
T("eponym", "Tinetti", "Berg balance")
M("PC", "chat", "Berg balance 41, Tinetti 19, high fall risk. home PT and a bathroom safety eval",
  [], "eponym")
M("PC", "chat", "Joy Abara needs FMLA paperwork to care for her husband, Kwesi, surgery is Feb 2",
  [("Joy Abara", "NAME"), ("Kwesi", "NAME"), ("Feb 2", "DATE")], "name-common-word name-relative date-month-day")
T("score", "STOP-BANG")
M("PC", "chat", "STOP-BANG 6, home sleep test ordered, drowsy driving talk documented",
  [], "score")
M("PC", "chat", "call Mrs. Kaminski at 608" + NBSP + "555" + NBSP + "0163 about the mammogram callback, she asked for after 4",
  [("Kaminski", "NAME"), ("608" + NBSP + "555" + NBSP + "0163", "PHONE")], "nbsp phone name-surname-only")
T("place", "Epworth")
M("PC", "chat", "Epworth 16, falls asleep at red lights. no driving until the sleep study",
  [], "place-rule")
M("PC", "chat", "chart merge request: MRN 5512" + ZW + "0876 and MRN 5512-0876-1 are both Delores Fink, same DOB",
  [("5512" + ZW + "0876", "MRN"), ("5512-0876-1", "MRN"), ("Delores Fink", "NAME")], "mrn zero-width name-plain")
T("score", "FRAX")
T("brand", "Fosamax", "Prolia")
M("PC", "chat", "FRAX hip 3.4%, treat. Fosamax would be first but the reflux is bad, so Prolia every 6 months, don't let it lapse",
  [], "score drug-brand-name")
T("org", "USPSTF")
M("PC", "chat", "USPSTF lowered colorectal screening to 45 and the health maintenance banner still says 50",
  [], "organization guideline")
T("org", "Medicare", "Medicaid")
M("PC", "chat", "Medicare annual wellness is not a physical, no exam needed. Medicaid adult physical rules are different",
  [], "insurer")
M("PC", "chat", "Gwendolyn, the caregiver for Mr. Achterberg, says he's been in bed since Jan 11. home visit or ED?",
  [("Gwendolyn", "NAME"), ("Achterberg", "NAME"), ("Jan 11", "DATE")], "name-given-only date-month-day")
T("score", "AUDIT-C")
M("PC", "chat", "AUDIT-C 6, brief intervention done, offered naltrexone, he'll think about it",
  [], "score")
T("score", "CHA2DS2-VASc", "HAS-BLED")
M("PC", "chat", "CHA2DS2-VASc 4 and HAS-BLED 2 in the new afib, anticoagulate and fix the BP",
  [], "score")
M("PC", "chat", "the pt ID photo on the kiosk was taken as checkin_0114_ODUYA_F.jpg, front desk says it's blurry, retake",
  [("checkin_0114_ODUYA_F.jpg", "PHOTO")], "photo-filename")
T("eponym", "Cushing syndrome")
M("PC", "chat", "moon face, purple striae, proximal weakness: late-night salivary cortisol x2 for Cushing syndrome",
  [], "eponym")
T("eponym", "Sjögren")
M("PC", "chat", "dry eyes, dry mouth, SSA positive: Sjögren, rheum referral and an eye exam",
  [], "eponym")
M("PC", "chat", "the son called, says the pt is now at Oak Meadow Memory Care in Verona as of 1/12, update the address and the pharmacy",
  [("Oak Meadow Memory Care", "LOCATION"), ("Verona", "LOCATION"), ("1/12", "DATE")], "facility city date-numeric")
T("organism", "Helicobacter pylori")
M("PC", "chat", "stool antigen for Helicobacter pylori, off the PPI for 2 weeks first or it's a false negative",
  [], "organism")
T("organism", "Borrelia burgdorferi")
M("PC", "chat", "serology for Borrelia burgdorferi is useless in the first week, treat the bull's-eye rash clinically",
  [], "organism")
M("PC", "chat", "pt Rich Callahan (Richard) wants his records sent to the VA, release signed today",
  [("Rich Callahan", "NAME"), ("Richard", "NAME")], "name-common-word name-nickname")
T("organism", "Clostridioides difficile")
M("PC", "chat", "Clostridioides difficile PCR positive, toxin negative, stools formed now. colonized, no treatment",
  [], "organism")
T("eponym", "Schatzki ring", "Zenker")
M("PC", "chat", "intermittent solid-food dysphagia sounds like a Schatzki ring, regurgitating old food sounds like Zenker. barium swallow sorts it out",
  [], "eponym")
T("eponym", "Osler nodes", "Janeway lesions")
T("place", "Duke criteria")
M("PC", "chat", "painful finger pads vs painless palms: Osler nodes vs Janeway lesions. Duke criteria, 3 sets of cultures, echo",
  [], "eponym place-rule")
M("PC", "chat", "Rich text formatting broke the after-visit summary again, the bullets print as question marks",
  [], "common-word-not-name admin-chatter")
T("eponym", "Somogyi")
M("PC", "chat", "fasting highs: check a 3 am glucose to tell the dawn phenomenon from Somogyi before touching the basal",
  [], "eponym clock-time")
M("PC", "chat", "Sterling work on the flu clinic Saturday, 212 shots and nobody fainted",
  [], "common-word-not-name weekday")
T("device", "Dexcom", "Libre", "Omnipod")
M("PC", "chat", "Dexcom and Libre are both covered on the pharmacy benefit now, Omnipod too, no more DME paperwork",
  [], "device-brand")
T("eponym", "Holter")
T("device", "Zio")
M("PC", "chat", "Holter for 48h or a Zio for 14 days? palpitations once a week, so Zio",
  [], "eponym device-brand")
T("device", "POLST")
M("PC", "chat", "POLST completed in clinic goes to the state registry, and the original goes home for the fridge",
  [], "device-brand")
M("PC", "chat", "Mrs. Achebe's granddaughter is her interpreter, Chinonso, 19. she'll come to every visit",
  [("Achebe", "NAME"), ("Chinonso", "NAME")], "name-possessive name-relative")
M("PC", "chat", "pt says he moved back from Tucson to his old place on Fairhaven Drive, PCP transfer from Desert Sky Family Practice",
  [("Tucson", "LOCATION"), ("Fairhaven Drive", "LOCATION"), ("Desert Sky Family Practice", "LOCATION")], "city street-name facility")
M("PC", "chat", "Dawn Kettering's pap result is in, ASC-US HPV negative, routine. she asked for a call not a portal message",
  [("Dawn Kettering", "NAME")], "name-common-word name-possessive")
M("PC", "chat", "bill pay question from the pt's son: patient account 4410-887-2231 shows a balance from 11/2026, he says it was paid",
  [("4410-887-2231", "ACCOUNT"), ("11/2026", "DATE")], "account date-month-year relative-not-named")
# =============================================================================================
# Telehealth
# =============================================================================================
T("device", "Zoom", "Teams")
M("TELE", "chat", "video visits default to the Zoom integration now, Teams only when we need the interpreter as a third party",
  [], "telehealth device-brand")
M("TELE", "chat", "video link for Ingrid Solheim: https://visit.example.com/j/88204417?pwd=Qx7, she's connecting from a hotel in Duluth this week",
  [("Ingrid Solheim", "NAME"), ("https://visit.example.com/j/88204417?pwd=Qx7", "URL"), ("Duluth", "LOCATION")], "telehealth url city")
T("device", "MyChart")
M("TELE", "chat", "MyChart video needs the latest app version, tell people to check in 15 minutes early so we can troubleshoot",
  [], "telehealth device-brand")
M("TELE", "chat", "platform log: Amadou Diallo joined from 198.51.100.87 at 1402, dropped at 1409, rejoined from 2001:db8:4471::17",
  [("Amadou Diallo", "NAME"), ("198.51.100.87", "IP"), ("2001:db8:4471::17", "IP")], "telehealth ip clock-time")
T("org", "Teladoc", "Amwell")
M("TELE", "chat", "after-hours overflow goes to Teladoc on weekdays and Amwell on weekends, the contracts are different",
  [], "telehealth organization")
M("TELE", "chat", "voice verification clip for the refill line is saved as voiceprint_SALAZAR_L_0113.wav, pt re-enrolled today",
  [("voiceprint_SALAZAR_L_0113.wav", "BIOMETRIC")], "telehealth biometric")
T("device", "Doximity")
M("TELE", "chat", "use the Doximity dialer so the clinic number shows on caller ID, not your personal cell",
  [], "telehealth device-brand")
M("TELE", "chat", "tele consent: Noemi Lindfors, 97, daughter Hilde is holding the iPad, they're at 44 Orchard Lane, Stoughton",
  [("Noemi Lindfors", "NAME"), ("97", "AGE"), ("Hilde", "NAME"), ("44 Orchard Lane", "LOCATION"), ("Stoughton", "LOCATION")], "telehealth age-over-89-digits name-relative address")
M("TELE", "chat", "interstate licensure reminder: if the patient is physically in another state during the visit you need a license there. ask where they are at the start",
  [], "telehealth admin-chatter")
M("TELE", "portal", "Hello Dr. Kapoor, I can't get the video to load. The e-mail on file is old, please use pdeluca(at)example(dot)org instead. Paolo DeLuca",
  [("Kapoor", "NAME"), ("pdeluca(at)example(dot)org", "EMAIL"), ("Paolo DeLuca", "NAME")], "portal-message email-obfuscated name-clinician name-particle")
T("org", "CMS")
M("TELE", "chat", "CMS extended the telehealth flexibilities again, audio-only is still billable for behavioral health",
  [], "telehealth organization")
M("TELE", "chat", "the RPM tablet for Mr. Oduya-Banks (IP 192.0.2.144) hasn't sent a weight since 1/11, can someone call the house",
  [("Oduya-Banks", "NAME"), ("192.0.2.144", "IP"), ("1/11", "DATE")], "telehealth ip name-hyphenated date-numeric")
M("TELE", "chat", "the 1400 video visit froze at 80%, finished by phone, documented and billed as audio-only",
  [], "telehealth clock-time")
M("TELE", "chat", "psych video: pt is in her car in a store parking lot on University Ave, not private, rescheduled to tomorrow",
  [("University Ave", "LOCATION")], "telehealth street-name")
T("score", "BE-FAST")
M("TELE", "chat", "stroke symptoms on video: run the BE-FAST, and if anything's positive they hang up and call 911. nobody drives themselves",
  [], "telehealth score")
M("TELE", "chat", "Pashto interpreter for the video visit with Gul Ahmad Zazai, his son Farid is the callback at +1 (202) 555-0174",
  [("Gul Ahmad Zazai", "NAME"), ("Farid", "NAME"), ("+1 (202) 555-0174", "PHONE")], "telehealth name-non-english name-relative phone")
T("device", "Epic")
M("TELE", "chat", "Epic downtime Saturday 0100-0500, video visits use the backup link list taped to the monitor",
  [], "telehealth device-brand weekday")
M("TELE", "chat", "fingerprint login on the RPM app failed for Mrs. Abiodun, vendor says re-enroll, old template ID FP-22-90871",
  [("Abiodun", "NAME"), ("FP-22-90871", "BIOMETRIC")], "telehealth biometric name-surname-only")
M("TELE", "chat", "Hope the bandwidth holds for the 3 o'clock group, 8 people on video",
  [], "common-word-not-name clock-time telehealth")
M("TELE", "chat", "dysarthria tracking study upload: speech_sample_Jankowski_w4.wav, week 4 sample, compare with baseline",
  [("speech_sample_Jankowski_w4.wav", "BIOMETRIC")], "telehealth biometric")
T("org", "Tricare")
M("TELE", "chat", "Tricare wants the originating-site modifier on remote visits, billing will reject without it",
  [], "insurer telehealth")
M("TELE", "chat", "the school nurse at Prairie Ridge Elementary set up the video visit, Ms. Brockway, she'll stay in the room with him",
  [("Prairie Ridge Elementary", "LOCATION"), ("Brockway", "NAME")], "telehealth school-name name-staff")
T("place", "Los Angeles classification")
M("TELE", "chat", "e-consult answer: Los Angeles classification grade B esophagitis, PPI bid x 8 weeks, no repeat scope needed",
  [], "place-rule telehealth")
M("TELE", "chat", "telederm photos for Siddharth Rao, 47: derm_lesion_back_1.jpg and derm_lesion_back_2.jpg, dermoscopy pending",
  [("Siddharth Rao", "NAME"), ("derm_lesion_back_1.jpg", "PHOTO"), ("derm_lesion_back_2.jpg", "PHOTO")], "telehealth photo-filename name-non-english")
T("eponym", "Schmitt-Thompson")
T("place", "Manchester triage")
M("TELE", "chat", "the nurse line runs Schmitt-Thompson protocols, not Manchester triage, so the dispositions use their wording",
  [], "telehealth eponym place-rule")
M("TELE", "chat", "ortho e-consult for Cormac Ó Briain (DOB 20/11/1979, Irish passport format) recommends a boot and weight-bearing as tolerated",
  [("Cormac Ó Briain", "NAME"), ("20/11/1979", "DATE")], "telehealth name-particle date-other-format")
M("TELE", "chat", "Will the interpreter join by video or phone? Somali, 1530, the family has one tablet",
  [], "common-word-not-name telehealth clock-time")
M("TELE", "chat", "pt forwarded her video link and it has her name in it: https://meet.example.net/room/sorcha-quinlan-0115, please send a fresh one",
  [("https://meet.example.net/room/sorcha-quinlan-0115", "URL")], "telehealth url")
T("device", "Vocera")
M("TELE", "chat", "Vocera badges don't work in the telehealth pod, use the desk phone for callbacks",
  [], "telehealth device-brand")
M("TELE", "chat", "Marisol Ybarra wants the recording of her visit, session ID TV-2027-011455. we don't record, tell her kindly",
  [("Marisol Ybarra", "NAME"), ("TV-2027-011455", "ID")], "telehealth other-id")
T("place", "Zika")
M("TELE", "chat", "preconception video visit: Zika guidance after the trip, he waits 3 months, she waits 2",
  [], "telehealth place-disease")
M("TELE", "chat", "RPM cuff BPM-771-40921 for Mr. Salgado sent 188/104 twice, called him, no symptoms, meds adjusted",
  [("BPM-771-40921", "DEVICE"), ("Salgado", "NAME")], "telehealth device-serial vitals")
T("org", "WHO")
M("TELE", "chat", "WHO ended the mpox emergency, but our pre-visit screening questions stay for now",
  [], "organization telehealth")
M("TELE", "chat", "tele-psych: she says she's staying with a friend near 5th and Maple in Oshkosh, no fixed address",
  [("5th", "LOCATION"), ("Maple", "LOCATION"), ("Oshkosh", "LOCATION")], "telehealth street-name city")
T("organism", "Mycoplasma pneumoniae")
M("TELE", "chat", "walking pneumonia going around the high schools, Mycoplasma pneumoniae, azithro for the teens with a video-only visit is fine",
  [], "organism telehealth")
M("TELE", "chat", "pt is wintering in Ontario and wants to keep doing video visits. we can't see him across the border, sorry",
  [], "telehealth not-a-location")
M("TELE", "chat", "tele-stroke for the 95 yo at Lakeland Critical Access Hospital, Dr. Nakamura-Fitch on camera, cart IP 203.0.113.209",
  [("95", "AGE"), ("Lakeland Critical Access Hospital", "LOCATION"), ("Nakamura-Fitch", "NAME"), ("203.0.113.209", "IP")], "telehealth age-over-89-digits facility ip")
M("TELE", "chat", "enrollment for the remote program needs the SSN, pt read it out as 923-07-5512. Vivienne Adebayo-Stark",
  [("923-07-5512", "SSN"), ("Vivienne Adebayo-Stark", "NAME")], "telehealth ssn name-hyphenated")
M("TELE", "chat", "our tele NP is licensed in MN too, license R 298117, so Ms. Oduya-Kimani can see the patients who winter up north",
  [("R 298117", "LICENSE"), ("Oduya-Kimani", "NAME")], "telehealth clinician-license name-hyphenated")
M("TELE", "portal", "Hi, this is Teodora Vasilescu. I'm in Bucharest until Feb 10 visiting family, can we do my follow-up by video? You can also call +1-608-555-0150 on WhatsApp.",
  [("Teodora Vasilescu", "NAME"), ("Bucharest", "LOCATION"), ("Feb 10", "DATE"), ("+1-608-555-0150", "PHONE")], "portal-message city date-month-day phone")
M("TELE", "chat", "the 1000 video no-showed twice, front desk please offer phone instead and send the paper packet",
  [], "telehealth")
M("TELE", "chat", "Summer hours for the virtual urgent care start in June, the 8 pm close moves to 10",
  [], "common-word-not-name telehealth month-word")
# =============================================================================================
# More pasted material (EMS run sheets, report headers, letters, e-mails, faxes, portal) and
# registration / billing chatter, across the settings
# =============================================================================================
M("ED", "ems", "PCR | Medic 21 | Run #2027-0115-0442 | Pt: BLACKWOOD, ELIAS T | DOB 02/17/1934 | Age 92 | Address: 6 Heron Way, Lake Mills 53551 | Medicare 3HT9-KP2-XW47 | Hx CHF, AFib | found on floor by home aide Rutendo Moyo",
  [("2027-0115-0442", "ID"), ("BLACKWOOD, ELIAS T", "NAME"), ("02/17/1934", "DATE"), ("92", "AGE"), ("6 Heron Way", "LOCATION"), ("Lake Mills", "LOCATION"), ("53551", "LOCATION"),
   ("3HT9-KP2-XW47", "HEALTH_PLAN"), ("Rutendo Moyo", "NAME")], "ems-run-sheet name-allcaps address health-plan")
M("ED", "ems", "EMS: 2-patient MVC on I-94 at the Johnson Creek exit. pt 1 Fatou Sow, 31 F, pt 2 her son Ousmane, 6, both belted, car seat intact",
  [("I-94", "LOCATION"), ("Johnson Creek", "LOCATION"), ("Fatou Sow", "NAME"), ("Ousmane", "NAME")], "ems-run-sheet street-name name-relative name-non-english")
M("ED", "ems", "pre-arrival: 30 y/o M, GSW left thigh, scene is the lot at 2100 Badger Pkwy, police on scene, ID per police Andre Fairbanks-Moody, tourniquet on at 0214",
  [("2100 Badger Pkwy", "LOCATION"), ("Andre Fairbanks-Moody", "NAME")], "ems-run-sheet address name-hyphenated clock-time")
M("ED", "ems", "Medic 5 | unresponsive, bystander CPR, ROSC after 2 shocks | wallet: NY DL 442 871 309, name Gerald Przybylski | wife en route, cell 518-555-0135",
  [("442 871 309", "LICENSE"), ("Gerald Przybylski", "NAME"), ("518-555-0135", "PHONE")], "ems-run-sheet drivers-license phone name-relative")
T("place", "Cincinnati Prehospital Stroke Scale", "LAMS")
M("ED", "ems", "county EMS protocol excerpt: Cincinnati Prehospital Stroke Scale on every weakness call; if positive and last known well under 24 h, do the LAMS and pre-notify the receiving ED",
  [], "ems-run-sheet place-rule")
T("eponym", "Sager", "KED")
T("device", "i-gel", "King LT")
M("ED", "ems", "run sheet template, splints: Sager / KED / SAM / vacuum mattress. airway: i-gel / King LT / ETT / BVM only. check all that apply",
  [], "ems-run-sheet eponym device-brand")
M("ED", "report", "CTA CHEST PE PROTOCOL | Pt: HØGBERG, SIGRID | MRN 00739215 | Acc CTA27-0115-011 | Exam 01/15/2027 | Ordering: Gabriel Ostrowski, DO | Impression: segmental PE RLL, no RV strain",
  [("HØGBERG, SIGRID", "NAME"), ("00739215", "MRN"), ("CTA27-0115-011", "ID"), ("01/15/2027", "DATE"), ("Gabriel Ostrowski", "NAME")], "radiology-header name-allcaps mrn name-non-english")
M("ED", "report", "TECHNIQUE: axial CT of the cervical spine without contrast, sagittal and coronal reformats. FINDINGS: alignment maintained, no acute fracture, prevertebral soft tissues normal. IMPRESSION: no acute abnormality",
  [], "radiology-header")
M("ED", "chat", "merge alert: MRN 00413377 and MRN 00413378 are the same man, Ezequiel Barros, triage registered him twice",
  [("00413377", "MRN"), ("00413378", "MRN"), ("Ezequiel Barros", "NAME")], "mrn name-non-english")
M("ED", "chat", "trauma billing wants the FIN, it's 2701150044, encounter for Aubrey Fenn",
  [("2701150044", "ACCOUNT"), ("Aubrey Fenn", "NAME")], "account name-plain")
M("ED", "chat", "he read his SSN out loud as 9 0 4 - 5 5 - 1 2 8 8 and registration typed 904-55-1288, can we confirm with the card. Kwabena Ofori, bay 7",
  [("9 0 4 - 5 5 - 1 2 8 8", "SSN"), ("904-55-1288", "SSN"), ("Kwabena Ofori", "NAME")], "ssn spaced-digits name-non-english")
M("ED", "chat", "registration has 1929 as the birth year for Mr. Sandoval, which makes him 97, he insists he's 95. doesn't change the CT",
  [("Sandoval", "NAME"), ("97", "AGE"), ("95", "AGE")], "age-over-89-digits year-only name-surname-only")
M("ED", "email", "From: Transfer Center <transfers@example.org> | Re: accepted transfer | Pt: Hollis Grayson, MRN 22018834, from Door County Memorial, ETA 1600, bed assignment pending",
  [("transfers@example.org", "EMAIL"), ("Hollis Grayson", "NAME"), ("22018834", "MRN"), ("Door County Memorial", "LOCATION")], "email-paste email mrn facility")
M("ED", "chat", "MRN:00561207 (no space, the label printer ate it) for Saoirse Ní Bhriain in 15, please fix her armband",
  [("00561207", "MRN"), ("Saoirse Ní Bhriain", "NAME")], "mrn name-particle name-non-english")
M("ED", "chat", "00918837 in hallway 4 needs a sitter tonight, the order is in but no body yet",
  [("00918837", "MRN")], "mrn no-label")
T("brand", "Entresto", "Brilinta")
M("ED", "email", "From: Pharmacy & Therapeutics | Subject: formulary changes | Effective Monday, Entresto replaces valsartan in the HF order set and Brilinta stays restricted to cardiology. Questions to the clinical pharmacists.",
  [], "email-paste drug-brand-name weekday")
M("UC", "chat", "needle stick: source patient is Bellamy-Stroud, Harriet, MRN 55093120, rapid HIV negative, hep panel pending",
  [("Bellamy-Stroud, Harriet", "NAME"), ("55093120", "MRN")], "name-last-first mrn name-hyphenated")
M("UC", "portal", "Subject: refund | I was charged twice for my 1/9 visit, account number 60-118842-3, card ending 4471. Thanks, Idris Balogun",
  [("1/9", "DATE"), ("60-118842-3", "ACCOUNT"), ("4471", "ACCOUNT"), ("Idris Balogun", "NAME")], "portal-message account date-numeric")
M("UC", "email", "From: front desk | To: billing | insurance for Søren Kjeldsen is UnitedHealthcare member 948211705-01, subscriber is his wife Mette",
  [("Søren Kjeldsen", "NAME"), ("948211705-01", "HEALTH_PLAN"), ("Mette", "NAME")], "email-paste health-plan name-relative")
M("UC", "fax", "FAX | TO: Employer Health Services, fax 877-555-0166 | RE: chain of custody drug screen, donor Dmitri Volkov, specimen ID 0044719825 | collected 01/14/2027 10:20",
  [("877-555-0166", "FAX"), ("Dmitri Volkov", "NAME"), ("0044719825", "ID"), ("01/14/2027", "DATE")], "fax-cover fax other-id employer")
M("UC", "email", "From: Infection Prevention | Subject: measles exposure | Anyone in the urgent care lobby Tuesday 1300-1600 should check MMR status. Occupational Health will contact exposed staff.",
  [], "email-paste weekday clock-time")
M("PEDS", "report", "ECHO REPORT | Patient: Baby Boy Eriksson-Mbeki | MRN 90044127 | DOB 01/02/2027 | Indication: murmur | Sonographer: Priya Nandakumar | small PDA, PFO",
  [("Eriksson-Mbeki", "NAME"), ("90044127", "MRN"), ("01/02/2027", "DATE"), ("Priya Nandakumar", "NAME")], "radiology-header name-hyphenated mrn dob")
M("PEDS", "email", "From: jessica.haugen@example.com | Subject: Lily's school form | Hi! Lily Haugen needs her asthma form for Sunnyside Elementary, she's in Mrs. Pedersen's class. DOB 6/1/2018",
  [("jessica.haugen@example.com", "EMAIL"), ("Lily", "NAME"), ("Lily Haugen", "NAME"), ("Sunnyside Elementary", "LOCATION"), ("Pedersen", "NAME"), ("6/1/2018", "DATE")], "email-paste school-name dob name-possessive")
M("PEDS", "chat", "vaccine record mismatch for Zayn Qureshi: the state registry ID is 7741-0092, our MRN is 00882146, registry has the wrong DOB",
  [("Zayn Qureshi", "NAME"), ("7741-0092", "ID"), ("00882146", "MRN")], "other-id mrn name-non-english")
M("PEDS", "chat", "BadgerCare IDs for the Lopez-Harjo kids: Elan 4418820913, Tala 4418820921. mom says the cards are in the mail",
  [("Lopez-Harjo", "NAME"), ("Elan", "NAME"), ("4418820913", "HEALTH_PLAN"), ("Tala", "NAME"), ("4418820921", "HEALTH_PLAN")], "health-plan name-given-only name-hyphenated")
M("PEDS", "portal", "hi this is Kayleigh (Brantley's mom), he threw up twice after his shots, is that normal?? my number changed, it's 920-555-0138",
  [("Kayleigh", "NAME"), ("Brantley", "NAME"), ("920-555-0138", "PHONE")], "portal-message name-relative phone")
M("PEDS", "portal", "Portal FAQ: how to add a proxy for your child ages 12-17. Teens control their own confidential messages; parents see immunizations and appointments only.",
  [], "portal-message age-aggregate")
M("PEDS", "fax", "faxed form: VFC provider agreement pages 3-4, the medical director signs and it goes back to the state immunization program by the end of the month",
  [], "fax-cover organization")
M("OB", "report", "OB ULTRASOUND | DELACRUZ-PEÑA, MARISOL | MRN 70218845 | LMP 05/06/2026 | EDD 02/10/2027 | GA 35w6d | Sonographer: Tova Berglund | EFW 2780 g, 48th %ile",
  [("DELACRUZ-PEÑA, MARISOL", "NAME"), ("70218845", "MRN"), ("05/06/2026", "DATE"), ("02/10/2027", "DATE"), ("Tova Berglund", "NAME")], "radiology-header name-allcaps mrn date-numeric")
M("OB", "chat", "birth certificate worksheet: Aurora Skye Mwangi, born 01/14/2027 at 0612, mother Wambui Mwangi, father Daniel Mwangi",
  [("Aurora Skye Mwangi", "NAME"), ("01/14/2027", "DATE"), ("Wambui Mwangi", "NAME"), ("Daniel Mwangi", "NAME")], "dob name-relative name-non-english")
M("OB", "email", "From: Hadley, Denise <dhadley@example.net> | Subject: my ultrasound | Can I bring my mom (Gloria) to the 1/22 scan? I'm 20 weeks now. Thanks, Denise",
  [("Hadley, Denise", "NAME"), ("dhadley@example.net", "EMAIL"), ("Gloria", "NAME"), ("1/22", "DATE"), ("Denise", "NAME")], "email-paste name-last-first name-relative date-numeric")
M("OB", "fax", "FAX COVER | To: L&D | From: Riverside Women's Health | prenatal records for Tiwa Adeyinka, MRN 77120934, G2P1, EDD 3/3/2027 | fax back to 608-555-0193 if pages are missing",
  [("Riverside Women's Health", "LOCATION"), ("Tiwa Adeyinka", "NAME"), ("77120934", "MRN"), ("3/3/2027", "DATE"), ("608-555-0193", "FAX")], "fax-cover facility mrn fax")
T("eponym", "Gleason")
M("OB", "report", "PATHOLOGY COMMENT (template text): HPV in situ hybridization and p16 are performed on request; Gleason grading applies only to prostate specimens and is not reported here",
  [], "pathology-header eponym")
M("ORTHO", "report", "MRI L KNEE WO | Pt: FAIRWEATHER, CALLUM | MRN 40018276 | DOB 1998-10-03 | Exam date 1/13/2027 | Impression: complete ACL tear, Segond fracture, bone bruising",
  [("FAIRWEATHER, CALLUM", "NAME"), ("40018276", "MRN"), ("1998-10-03", "DATE"), ("1/13/2027", "DATE")], "radiology-header name-allcaps mrn date-iso")
M("ORTHO", "letter", "Dear Coach, please excuse Nia Okwuosa-Grant from practice through Jan 31. She may return to full activity after her follow-up visit. Sincerely, the sports medicine clinic",
  [("Nia Okwuosa-Grant", "NAME"), ("Jan 31", "DATE")], "referral-letter name-hyphenated date-month-day")
M("ORTHO", "chat", "outside op note lists the tibial tray SN 0091-4471-22X, Mr. Haverford's revision needs that on the implant request",
  [("0091-4471-22X", "DEVICE"), ("Haverford", "NAME")], "device-serial name-possessive")
T("eponym", "Lysholm", "Tegner")
M("ORTHO", "letter", "Dear Colleague, thank you for referring your patient to the sports medicine program. Please include Lysholm and Tegner scores and any prior imaging on disc.",
  [], "referral-letter eponym")
M("ORTHO", "fax", "FAX COVER SHEET | To: ____________ | From: Orthopaedic clinic | Pages incl. cover: __ | CONFIDENTIALITY NOTICE: this transmission contains confidential health information. If received in error, notify the sender and destroy it.",
  [], "fax-cover")
M("ORTHO", "chat", "Thompson test negative, so not the Achilles. medial gastroc strain, tennis leg. boot and heel lift",
  [], "eponym")
M("PSYCH", "email", "From: Prairie Crisis Line <crisis@example.org> | Caller: Zoltán Farkas, 58, SI with a plan, mobile crisis dispatched to 310 Ridge Rd, Fort Atkinson. FYI for his outpatient team",
  [("crisis@example.org", "EMAIL"), ("Zoltán Farkas", "NAME"), ("310 Ridge Rd", "LOCATION"), ("Fort Atkinson", "LOCATION")], "email-paste address city name-non-english")
M("PSYCH", "letter", "To whom it may concern: Ms. Imogen Thackeray (DOB 01/30/1991) is under my care and her emotional support animal is part of her treatment plan. Please allow the dog at her apartment at Lakeside Commons.",
  [("Imogen Thackeray", "NAME"), ("01/30/1991", "DATE"), ("Lakeside Commons", "LOCATION")], "referral-letter dob address")
M("PSYCH", "chat", "court order for Ellis Drummond-Cole, case 2027ME000118, hearing 1/21 at 1:30, we need the treatment summary by Tuesday",
  [("Ellis Drummond-Cole", "NAME"), ("2027ME000118", "ID"), ("1/21", "DATE")], "other-id name-hyphenated date-numeric")
M("PSYCH", "portal", "This is an automated message: your care team will respond within 2 business days. If this is an emergency call 911. For the Suicide & Crisis Lifeline call or text 988.",
  [], "portal-message code-number")
M("PC", "report", "LAB REPORT | Patient: PHAM, THANH VAN | MRN 60124488 | Collected 01/13/2027 07:45 | Ordering provider: Ingrid Solvang, MD | HbA1c 8.1 (H)",
  [("PHAM, THANH VAN", "NAME"), ("60124488", "MRN"), ("01/13/2027", "DATE"), ("Ingrid Solvang", "NAME")], "radiology-header name-allcaps mrn name-non-english")
M("PC", "letter", "Dear Dr. Mehta, thank you for seeing Harold Wisniewski (DOB 11/11/1931, age 95) for his aortic stenosis. He lives with his niece at 912 Willow Bend Rd, Cambridge WI 53523. MRN 10044817.",
  [("Mehta", "NAME"), ("Harold Wisniewski", "NAME"), ("11/11/1931", "DATE"), ("95", "AGE"), ("912 Willow Bend Rd", "LOCATION"), ("Cambridge", "LOCATION"), ("53523", "LOCATION"), ("10044817", "MRN")], "referral-letter dob age-over-89-digits address")
M("PC", "fax", "FAX | From: Meadowlark Home Health | To: PCP | Re: plan of care for KOVÁCS, IRÉN, DOB 3/1/1930 | please sign and fax back to 1 (608) 555-0145",
  [("Meadowlark Home Health", "LOCATION"), ("KOVÁCS, IRÉN", "NAME"), ("3/1/1930", "DATE"), ("1 (608) 555-0145", "FAX")], "fax-cover facility name-allcaps fax")
M("PC", "chat", "NPI for the referral form is 1457392086, Dr. Folasade Adeyemi-Obi, she's the PCP of record for Mr. Brandvold",
  [("1457392086", "LICENSE"), ("Folasade Adeyemi-Obi", "NAME"), ("Brandvold", "NAME")], "clinician-license name-clinician name-hyphenated")
M("PC", "chat", "the controlled substance agreement needs the prescriber's DEA, BF8830417 (Dr. Lindahl), pt copy goes in media",
  [("BF8830417", "LICENSE"), ("Lindahl", "NAME")], "clinician-license name-clinician")
M("PC", "chat", "proxy activation link for Mrs. Okonjo's son: https://portal.example.org/proxy/activate?code=ZK4-9920, expires Friday",
  [("Okonjo", "NAME"), ("https://portal.example.org/proxy/activate?code=ZK4-9920", "URL")], "url name-possessive weekday")
M("PC", "chat", "disability form has SSN 957-20-3318, the copy of his card says 957-20-3381. asking Mr. Hargreaves to bring the card in",
  [("957-20-3318", "SSN"), ("957-20-3381", "SSN"), ("Hargreaves", "NAME")], "ssn typo name-surname-only")
M("PC", "chat", "palm-vein ID PV-0038841 for Ottoline Brash didn't match at the kiosk, front desk verified with her photo ID instead",
  [("PV-0038841", "BIOMETRIC"), ("Ottoline Brash", "NAME")], "biometric name-plain")
M("PC", "email", "From: hr-benefits@example.com | Re: wellness screening for employee Kaito Mori, employee ID 00418832, lipid panel and A1c needed by 2/15",
  [("hr-benefits@example.com", "EMAIL"), ("Kaito Mori", "NAME"), ("00418832", "ID"), ("2/15", "DATE")], "email-paste other-id employer date-numeric")
M("PC", "portal", "This is Benedikt Auer. My insulin pump (serial MMT-1780-NG44719) keeps alarming and the company said to tell you. Also I'm 90 now so please speak up on the phone :)",
  [("Benedikt Auer", "NAME"), ("MMT-1780-NG44719", "DEVICE"), ("90", "AGE")], "portal-message device-serial age-over-89-digits")
M("PC", "chat", "guarantor account 88-20931-4 for the Haugen household went to collections, they're asking for a payment plan",
  [("88-20931-4", "ACCOUNT"), ("Haugen", "NAME")], "account name-surname-only")
M("PC", "chat", "ninety-one and still shoveling her own driveway: Mrs. Vesely's BP is 118/70, no changes today",
  [("ninety-one", "AGE"), ("Vesely", "NAME")], "age-over-89-words name-possessive vitals")
M("PC", "chat", "Mrs. Odegaard turns one hundred on Saturday, the front desk is making a card, bring your signatures",
  [("Odegaard", "NAME"), ("one hundred", "AGE")], "age-over-89-words weekday")
M("PC", "chat", "billing: the claim shows SSN ***-**-6620 for Barnaby Cole, the plan wants the member ID instead",
  [("6620", "SSN"), ("Barnaby Cole", "NAME")], "ssn-partial name-plain")
M("PC", "portal", "my new cell is " + FW("920-555-0104") + " (sorry my keyboard does weird numbers), Mei-Ling Chou",
  [(FW("920-555-0104"), "PHONE"), ("Mei-Ling Chou", "NAME")], "portal-message fullwidth-digits phone")
M("TELE", "chat", "pt's IP 198.51.100.142 geolocates to Madison but she says she's in Chicago, Freya Nilsson, confirm her location for licensure",
  [("198.51.100.142", "IP"), ("Madison", "LOCATION"), ("Chicago", "LOCATION"), ("Freya Nilsson", "NAME")], "telehealth ip city")
M("TELE", "chat", "ID verification selfie uploaded as selfie_verify_NOVAK_J.png, matches the license photo",
  [("selfie_verify_NOVAK_J.png", "PHOTO")], "telehealth photo-filename")
M("TELE", "chat", "video link for the Yilmaz family: https://visit.example.com/j/55102938, the interpreter gets a separate link",
  [("Yilmaz", "NAME"), ("https://visit.example.com/j/55102938", "URL")], "telehealth url")
M("TELE", "chat", "voice biometrics ID for Mr. Castillo-Reyes is VB-448-2917, the refill IVR keeps failing to match him",
  [("Castillo-Reyes", "NAME"), ("VB-448-2917", "BIOMETRIC")], "telehealth biometric name-hyphenated")
M("TELE", "email", "From: no-reply@example.net | Your visit with Dr. Aurelio Santangelo on 01/16/2027 at 10:40 AM | Patient: Yusra Haddadi | Join: https://telehealth.example.net/v/8XK2Q",
  [("no-reply@example.net", "EMAIL"), ("Aurelio Santangelo", "NAME"), ("01/16/2027", "DATE"), ("Yusra Haddadi", "NAME"), ("https://telehealth.example.net/v/8XK2Q", "URL")], "email-paste url telehealth")
T("org", "HEADS UP")
M("TELE", "letter", "Dear parent or guardian, your child was seen today by video for a concussion. Follow the Return to Learn steps before Return to Play; the CDC HEADS UP handouts are attached.",
  [], "referral-letter organization telehealth")
M("TELE", "email", "From: IT service desk | Subject: video visit outages | The vendor pushed a fix overnight. If a visit still fails, switch to audio-only and put in a ticket with the time and room.",
  [], "email-paste telehealth")
M("TELE", "fax", "fax template for tele-pharmacy: patient name ______, date of birth ______, allergies ______, prescriber signature ______. do not fax controlled substance scripts",
  [], "fax-cover telehealth")
# a little Unicode noise in clean messages (pasted from the EHR or a phone)
M("ED", "chat", "ondansetron " + FW("4") + " mg ODT given at triage, the pasted order came through in the wide font again",
  [], "unicode-clean fullwidth-digits dose-lab")
M("PC", "chat", "metformin 500" + NBSP + "mg bid with meals, go up weekly to 1000 bid as tolerated, GI side effects handout given",
  [], "unicode-clean nbsp dose-lab")
M("PSYCH", "chat", "sertraline" + ZW + " 50 mg: the pasted med list had a hidden character after the drug name, so the interaction checker skipped it",
  [], "unicode-clean zero-width dose-lab")

# =============================================================================================
# SOURCE.md head (counts are appended by main())
# =============================================================================================
SOURCE_HEAD = r"""# Independent PHI chat evaluation set v6 (dev / test)

## How it was written
- Setting (new for v6; v5 was a medicine ward's team chat and v4 was eponym-heavy clinical chat): the
  chat of an emergency department, an urgent care, outpatient clinics (pediatrics, OB / prenatal and L&D
  triage, orthopaedics / sports medicine, outpatient psychiatry, primary care) and their telehealth
  service with the clinical assistant bot. Besides typed chat lines (triage notes, boarder and check-in
  lists, `/draft`, `/ddx` and `/evidence` commands, quick questions, registration and billing chatter,
  admin notices) people paste other material into the chat: e-mails, fax cover sheets and faxed forms,
  patient-portal messages, referral / school / ESA letters, radiology, pathology, echo and lab report
  headers, and EMS run sheets and pre-arrival notes. The medium of each message is kept in build.py
  (table below).
- Every message was written one by one for this set, by hand, by an author (an AI assistant working for
  the project) who did not read the detector's code, its tests or the benchmark scripts, and did not read
  the messages of the earlier sets (v1-v5). Nothing was generated combinatorially from templates; no
  sentence is reused. What was read: bench/data/phi_chat_v4/SOURCE.md, bench/data/phi_chat_v5/SOURCE.md,
  and the helper / check / split code of v5's build.py (located with a grep for `def` and constant
  lines, then only those line ranges printed). Disclosure: printing the head of v5's build.py (its
  docstring, constants and helper functions, lines 1-120) also showed the first 6 message lines of v5
  (a Monday-morning bed census, a three-patient sign-out, an `/evidence` question on two HF trials, a
  pharmacy note on an antibiotic shortage, a clerk's fax request, a patient asking for a phone charger).
  Nothing was copied or paraphrased from them; the antibiotic brands and the surnames in them are not
  used here. The check and split code is reused with a new seed (20270115) and v6-specific checks
  (settings and media instead of sender roles and days).
- About half the messages (@@CLEAN@@ of @@ALL@@) are clean on purpose and full of look-alikes; the
  others carry identifiers of all 18 HIPAA categories, weighted towards names, dates, locations, ages
  over 89, MRNs and phone numbers.
- Clean look-alikes: @@TERMS@@ distinct capitalised clinical terms, each registered in build.py with
  T(kind, ...) and checked to occur in 1 to 4 clean messages: eponymous signs, tests, manoeuvres, rules,
  scores, fractures and syndromes from every setting (ED: Sgarbossa, Wellens, de Winter, Kehr, Beck
  triad, Cushing triad, Kussmaul, Battle sign; ortho: Lachman, McMurray, Phalen, Durkan, Finkelstein,
  Thompson test, Hawkins-Kennedy, Spurling, Patrick test, Segond, Maisonneuve, Sarmiento, Velpeau; peds:
  Apgar, Kawasaki, Wilms, Denver II, Westley, Kocher criteria, Still's murmur, Barlow, Ortolani, Bhutani,
  Gowers sign; OB: Bishop score, Braxton Hicks, Naegele, McRoberts, Rubin, Woods screw, Leopold
  manoeuvres, Kleihauer-Betke, Ritgen, Friedman curve, Zhang; psych: Beck Depression Inventory,
  Hamilton, Folstein, Wernicke-Korsakoff, Capgras, Cotard, Tarasoff, Young Mania Rating Scale, Simpson-
  Angus ...); place-named rules, scales and diseases (Canadian CT head rule, San Francisco syncope rule,
  Ottawa ankle and knee rules, Glasgow-Blatchford, Rochester criteria, Edinburgh Postnatal Depression
  Scale, Rotterdam criteria, Yale-Brown, Columbia, MoCA, Framingham, Bristol stool chart, Rome IV, Boston
  bowel prep scale, Chicago classification, Los Angeles classification, Manchester triage, Cincinnati
  Prehospital Stroke Scale, Providence brace, Philadelphia collar, Norwalk, Lyme, Coxsackie, Ebola,
  Marburg, West Nile, Zika, Rocky Mountain spotted fever, Valley fever ...); drug, contraceptive,
  formula and product brands, many of them given names or words (Jolivette, Errin, Kyleena, Liletta,
  Mirena, Errin, Tylenol, Motrin, Similac, Enfamil, Lexapro, Abilify Maintena, Spravato,
  Libre, Zoom, Teams, Epic, MyChart, LUCAS, Zoll, GlideScope, Pyxis, Vocera ...); organisms; named
  screens and tools (PECARN, NEXUS, HEART score, PERC, ESI, CIWA, COWS, PEWS, ASQ, M-CHAT, CRAFFT,
  PHQ-9, GAD-7, AIMS, PCL-5, STOP-BANG, FRAX ...); organisations and programmes (CDC, WHO, FDA, CMS,
  Joint Commission, Poison Control, AAP, ACOG, USPSTF, SAMHSA, NAMI, WIC, Vaccines for Children, Bright
  Futures, March of Dimes, St. Jude, Shriners, Make-A-Wish, Teladoc, Amwell, insurers). Also: common
  words that are names elsewhere in the set, used as ordinary words (Hope, Will, Grant, Mark, Bill,
  Faith, Summer, Rose spots, poison Ivy, Frank blood, Amber urine, Lance it, Rich text, Sterling work,
  Grace period, deer hunter); vitals, lab values and scores that look like dates or ages (BP 128/82,
  GCS 14/15, Beighton 7/9, Katz 6/6, 4/5 strength, 20/40 vision, G3P2, 37+5, 35w6d, "x 3 days",
  102.9F, 52 kg, "over 90 minutes", "flex to 90 degrees", "ages 2-5", "ages 12-17", ages up to 88);
  clock times, shifts and weekdays; room, bay, bed, EMS unit and engine numbers; 911 and 988; roles
  without names (charge, triage, the school nurse, the caseworker, the rep); unnamed relatives; fax and
  run-sheet templates with blanks; a portal auto-reply; report text without a header; a state or
  province a patient is in (Ontario); and a little Unicode noise (a full-width dose, an NBSP between a
  dose and its unit, a zero-width space after a drug name).
- Identifier messages: names in every form a chat uses: surname only, given name only, "Last, First"
  (with middle initials, ALL CAPS registration style, non-ASCII letters: "KOVÁCS, IRÉN", "HØGBERG,
  SIGRID"), all lowercase ("ellie-mae tucker", "mcallister", "leroy"), nicknames (Skip, Boomer, Tank,
  Margo, Zeke, Hal, Sonny, Big Mike, Mikey, Nana Jo), initials (M.K., K. Lindqvist, P. Santiago),
  hyphenated names, particles (O'Shaughnessy, van der Berg, Ó Briain, Ní Bhriain, DeLuca, O'Connell-
  Batista), non-English names (Tzul Xiloj, Park Ji-woo, Chen Xiaoling,
  Gul Ahmad Zazai, Linh Pham, Quang Le, "PHAM, THANH VAN", Wojciechowski, Szabó, Søren Kjeldsen,
  Sørensen), names that are ordinary words (Hope,
  Will, Grant, Faith, Summer, Rose, Hunter, Ivy, Sunny, Dot, Sky, Joy, Dawn, Rich, Bill, Genesis, Journey,
  Sunday, Crystal, Destiny), patients whose surname is an eponym in the same message (Mr. Parkinson, Mr.
  Thompson with a Thompson test, Mr. Lachman, Mrs. Homans, Ms. Bishop with her Bishop score, Mrs. Hicks
  and Mrs. Hicks-Braxton, Ms. Foley and the Foley bulb, the Leopolds, Ms. Apgar, Haruto Kawasaki, the
  Denvers, Mr. McMurray, Ms. Finkelstein, Mr. Phalen, Mr. Centor, Mr. Beck, Ms. Hamilton, Mrs. Folstein,
  Mrs. Young, Mr. Wernecke mistyped as Wernicke, Mr. Addison, Mrs. Graves, Achilles Papadakis, a kid
  named Jefferson), relatives and their names, and staff next to patient information (clinicians,
  EMS crew, a sheriff's sergeant, caseworker, teacher, school nurse, coach, doula, adjuster, home aide).
- All identifiers are invented: phone and fax numbers use 555, e-mails and URLs use example.org /
  example.com / example.net, IPs come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
  203.0.113.0/24, 2001:db8::/32), SSNs start with 9xx, and MRNs, member ids, MBIs, plates, VINs,
  serials, licence, DEA and NPI numbers, accession, case, claim, auth and session numbers are made up.
  Town and city names are real and used at random; facility, school and street names are invented or
  generic (some may exist somewhere by chance). No real people; any resemblance to a real person or record is accidental.
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance; offsets come from `str.find` (never typed by hand; `(substring,
  category, n)` takes the n-th occurrence when an eponym or ordinary word with the same spelling comes
  first). The checker verifies: every span's slice equals the substring written in build.py, slices are
  non-empty and inside the text, no overlaps, known categories, `clean` iff no spans, no duplicate texts,
  no span starting or ending on an invisible character or a space, no span glued to a letter or digit
  outside it (except an AGE followed by a letter, "95y"), 1-4 kind tags, that clean messages contain
  none of a few tell-tale strings (`@`, `http`, `www.`, `example.`, `555`, `MRN`, `DOB`, `SSN`, `Dr. `,
  `Mr. `, `Mrs. `, `Ms. `), that every bait inventory entry occurs in 1-4 clean messages and that there
  are at least 300 of them, that clean messages are 45-55% of at least 580 messages, that every category
  has at least 6 spans and appears in both splits (and so does every kind tag used at least twice), that
  names, dates, locations, ages, MRNs and phones each have at least as many spans as any other category,
  that every setting has at least 8 clean and 8 identifier messages and every medium at least 10
  messages. The written dev.jsonl / test.jsonl are read back and validated again. It then splits with
  the fixed seed 20270115, stratified by clean/not clean, kind tags and span categories, dealt 2:1 into
  dev/test (rare strata first, each message to the split whose 1/3 : 2/3 quota for its kinds and
  categories is least filled). Running `python3 build.py` again reproduces dev.jsonl, test.jsonl and
  this file.
- Record format (same as v3-v5): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets. The setting and medium of a message are kept
  in build.py only (tables below), not in the records.

## Annotation conventions
Categories and conventions are those of v5 (bench/data/phi_chat_v5/SOURCE.md, which restates v3's and
v4's): NAME for any person (patient, relative, clinician, staff), titles and possessive 's outside,
eponyms, named laws, companies, brands and scales never names, and only the person annotated when a
name and an eponym share a spelling in one message; DATE for any date element more specific than a
year; AGE only over 89, number expression only; LOCATION for street addresses, street names, cities,
ZIP codes and named facilities tied to the patient, never states, provinces, countries or place-named
diseases and rules; a nickname next to a legal name is its own NAME span; e-mails (also obfuscated),
URLs and photo / voice file names are one span each; masked SSNs keep only the visible digits;
internal extensions, pagers, beds and rooms are not annotated; Unicode-broken identifiers are annotated
whole. The category names are exactly v5's: NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN,
ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID (other unique ids).

Decisions spelled out for v6 (cases the earlier SOURCE.md files do not settle, or new to this setting):
- Full names: a contiguous name ("Tomás Echeverría-Ruiz", "Summer Rain Whitfield", "Gul Ahmad Zazai")
  is one NAME span; "Last, First M" registration style is one span including the comma and a middle
  initial ("GARRISON, WENDELL R", "Hamilton-Beck, Priscilla"); a nickname in quotes inside a full name
  gives given name, nickname and family name as three spans (quotes outside); "Baby Girl / Baby Boy"
  stays outside; "Nana" in "Nana Jo" stays outside. Titles and credentials (Dr., Mr., Ms., Sgt., Coach,
  MD, DO) stay outside. A name that is spelled out or mistyped for the patient ("Mr. Wernicke", "W-E-R-N-
  E-C-K-E") is NAME.
- Staff names are NAME wherever they appear (v5), including EMS crew, police, caseworkers, teachers,
  school nurses, coaches, doulas, adjusters and home aides. Unnamed roles are not annotated.
- Addresses: house number + street (+ apartment / unit) is one LOCATION span; city and ZIP are separate
  spans; state abbreviations (WI) stay outside. Intersections give one span per street ("Route 9",
  "Cider Mill Rd"; "5th", "Maple"); highways and county roads (I-94, Hwy 51, County Rd K) and a rural
  fire number address ("N7265 County Road N") are LOCATION.
- Scene and whereabouts: where an EMS call, crash or injury happened (a parking lot address, an
  interstate exit, a ski hill), where a homeless patient sleeps, and the city a patient is connecting
  from or staying in during a telehealth visit (Duluth, Madison, Chicago, Bucharest, Manila) are
  LOCATION; a state or province (Florida, Arizona, Ontario) is not.
- Schools, school districts and daycares the patient attends are LOCATION (Lincoln Elementary, Oakridge
  School District, Little Sprouts Learning Center). Employers are companies and are not annotated
  (Hartman Logistics, Delmarva Poultry, Tri-County Distribution, "the plant"); a youth sports club is not
  either. Outside places of care tied to the patient are LOCATION (referring or receiving hospital,
  clinic, imaging center, dialysis unit, home health agency, rehab, memory care, crisis recovery center,
  birth center, surgery center, behavioral hospital); a possessive that is part of a facility's name
  stays inside ("St. Brigid's", "Saint Aurelia Children's"). The team's own ED, urgent care and clinics
  are never named. Hospitals cited as sources of a guideline (St. Jude) are not LOCATION.
- Phone numbers: an extension is part of the PHONE span ("(715) 555-0132 ext 4", "312-555-0198
  x3307"); a country code or trunk prefix is inside ("+1 (202) 555-0174", "1 (608) 555-0145"); spaced
  digits, dots, NBSP, full-width digits and a typo'd number with a letter O are annotated whole. A fax-
  back number or any number labelled fax is FAX, also toll-free. 911 and 988 are not annotated.
- E-mail: every address is EMAIL, including institutional and no-reply addresses of a sender about a
  patient; "name at domain dot com" and "name(at)domain(dot)org" are one span.
- MRN: labelled or not ("00918837 in hallway 4"), with "MRN:" glued, hyphenated, a temporary MRN,
  with a zero-width space inside or in full-width digits.
- ACCOUNT: FIN / encounter number, patient and guarantor billing accounts, and the visible last four
  digits of a payment card ("card ending 4471" -> "4471").
- HEALTH_PLAN: member ids, Medicaid / BadgerCare ids, Medicare MBIs, subscriber ids; group numbers are
  not annotated.
- ID (other unique identifiers): radiology accession, pathology case, EMS incident / run numbers, an
  animal-control report, a CPS intake number, workers' comp claim, prior-auth number, employee id,
  state immunization registry id, WIC participant id, clozapine REMS patient id, a court case number,
  a drug-screen specimen id and a telehealth session id. Implant lot numbers are not annotated.
- LICENSE: driver's and commercial driver's licences (state prefix outside), NPI, DEA and nursing
  licence numbers. VEHICLE: plates (state prefix outside) and VINs.
- DEVICE: serial numbers of the patient's own or implanted devices (insulin pumps, pacemaker, knee
  implant, tibial tray, cochlear processor, spinal cord stimulator, CGM, home / RPM blood pressure
  cuffs).
- BIOMETRIC: file names of recordings of the patient's voice (911 call, voice memo, voiceprint, speech
  sample) and ids of biometric templates (fingerprint, palm vein, voice biometrics).
- PHOTO: file names of pictures that show the patient (face, wound, rash, lesion, injury scene, ID
  selfie, badge photo, a named and dated 3D ultrasound picture). A photo of a document or object that
  embeds no name or date ("bp_log_jan.jpg", the picture of a BP log) is not annotated. A non-image file
  name that embeds a name and a date ("NST_Halvorsen_2027-01-14.pdf") gets a NAME and a DATE span inside
  it.
- DATE: formats used are 1/14, 1/14/2027, 01/14/2027, 1/8/27, 3/28/26, 2027-01-14, 1988-02-29,
  14-JAN-2027, 12-Jun-1940, 10-Feb-1993, Jan 14, Jan 3, 1950, Oct 22, Feb 2, Mar 15, 7 Sept 1944,
  "3rd of March 1936" (one span), 12.03.1985 and its gloss "12 March", 20/11/1979, 06-11-1989,
  11/2026 (month and year), Christmas Day 1929, and a date inside a file name. DOB, LMP, EDD, visit,
  collection and injury dates are all DATE. A year alone ("1929 as the birth year", "house built
  1920") is not DATE; nor are weekdays, "tomorrow", clock times, gestational ages (35w6d, 39+2, 41+3),
  G/P notation, day-of-illness or POD counts.
- AGE: over 89 only, in digits ("96M", "95y", "Age 92", "101-year-old") or words ("ninety-seven",
  "ninety-three and a half" as a whole expression, "one hundred"); relatives' ages over 89 too; a
  patient's "about 90" is AGE; 89 and lower, aggregate ages ("ages 2-5", "ages 12-17", "the 90-minute
  wait") and temperatures are not.
- Not annotated: bays, rooms, beds, hallway spots, trauma bays, EMS unit and engine numbers (Medic 12,
  Engine 4), page counts on fax covers, jersey numbers, insurance group numbers, 911 / 988.
"""

# =============================================================================================
# Checks, split and output
# =============================================================================================
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "DOB", "SSN", "Dr. ", "Mr. ", "Mrs. ",
                   "Ms. "]

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

def check_span_texts(recs, src):
    """The records' slices equal the substrings written in MSGS (offsets recomputed independently)."""
    for r, (text, spans, kinds, setting, medium) in zip(recs, src):
        got = [r["text"][s["start"]:s["end"]] for s in r["spans"]]
        want = [sp[0] for sp in spans]
        assert got == want, (got, want, text)
        assert [s["category"] for s in r["spans"]] == [sp[1] for sp in spans], text

def term_re(term):
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(term) + r"(?![A-Za-z0-9])")

def term_uses(recs):
    clean_texts = [r["text"] for r in recs if r["clean"]]
    uses = collections.OrderedDict()
    for kind, terms in TERMS.items():
        for t in terms:
            rx = term_re(t)
            uses[t] = sum(1 for ct in clean_texts if rx.search(ct))
    return uses

def check_terms(recs):
    """Every inventory term occurs in 1..MAX_REUSE clean messages; at least 300 distinct terms."""
    allt = [t for terms in TERMS.values() for t in terms]
    dup = [t for t, c in collections.Counter(allt).items() if c > 1]
    assert not dup, ("term listed twice", dup)
    uses = term_uses(recs)
    missing = [t for t, n in uses.items() if n == 0]
    assert not missing, ("term not found in any clean message", missing)
    over = [(t, n) for t, n in uses.items() if n > MAX_REUSE]
    assert not over, ("term reused in too many clean messages", over)
    assert len(allt) >= 300, len(allt)

def check_mix(recs):
    n = len(recs)
    clean = sum(r["clean"] for r in recs)
    assert n >= 580, n
    assert 0.45 <= clean / n <= 0.55, clean / n
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    for c in CATS:
        assert cat[c] >= 6, ("too few spans", c, cat[c])
    big = ("NAME", "DATE", "LOCATION", "AGE", "MRN", "PHONE")
    for b in big:
        assert all(cat[b] >= cat[c] for c in CATS if c not in big), (b, cat)
    sc = collections.Counter((r["setting"], r["clean"]) for r in recs)
    for s in SETTINGS:
        assert sc[(s, True)] >= 8 and sc[(s, False)] >= 8, ("too few messages for setting", s)
    mc = collections.Counter(r["medium"] for r in recs)
    for m in MEDIA:
        assert mc[m] >= 10, ("too few messages from medium", m, mc[m])

def split(recs):
    """Deterministic stratified 2:1 dev/test split with a fixed seed (SEED).

    Features of a message: its kind tags, the categories of its spans ("CAT:NAME", ...), "CLEAN" or
    "PHI", and "ALL". Messages are shuffled with random.Random(SEED), then ordered by the rarity of
    their rarest feature (rarest strata first; the shuffle breaks ties). Each message then goes to the
    split whose quota for its features is least filled: test aims at 1/3 and dev at 2/3 of every
    feature's count. This keeps every kind and category close to 2:1 and spreads rare ones over both
    splits."""
    def feats(r):
        f = set(r["kinds"]) | {"CAT:" + s["category"] for s in r["spans"]}
        f.add("CLEAN" if r["clean"] else "PHI")
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

def stats(recs):
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    kinds = collections.Counter(k for r in recs for k in set(r["kinds"]))
    return len(recs), sum(r["clean"] for r in recs), cat, kinds

def setting_media_tables(recs):
    c = collections.Counter((r["setting"], r["clean"]) for r in recs)
    lines = ["", "### Messages per clinical setting (build.py only)", "",
             "| setting | clean | with identifiers | total |", "|---|---|---|---|"]
    for k, desc in SETTINGS.items():
        lines.append(f"| {desc} | {c[(k, True)]} | {c[(k, False)]} | {c[(k, True)] + c[(k, False)]} |")
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
    lines.append(f"| total (distinct capitalised clinical terms) | {tot_e} | {tot_u} |")
    hist = collections.Counter(uses.values())
    lines += ["", "Reuse: " + ", ".join(f"{hist[n]} entries in {n} clean message{'s' if n > 1 else ''}"
                                         for n in sorted(hist)) + "."]
    return lines

def name_form_line(recs):
    names = [r["text"][s["start"]:s["end"]] for r in recs for s in r["spans"] if s["category"] == "NAME"]
    return (f"NAME spans: {len(names)} ({len(set(names))} distinct strings; "
            f"{sum(1 for n in names if n.isupper() and len(n) > 3)} ALL CAPS, "
            f"{sum(1 for n in names if n.islower())} all lowercase, "
            f"{sum(1 for n in names if ',' in n)} 'Last, First', "
            f"{sum(1 for n in names if '-' in n)} hyphenated, "
            f"{sum(1 for n in names if any(ord(ch) > 127 for ch in n))} with non-ASCII letters).")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = build_records()
    validate(recs)
    check_span_texts(recs, MSGS)
    assert not WARN, "\n".join(WARN)
    check_terms(recs)
    check_mix(recs)
    dev, test = split(recs)
    assert len(dev) + len(test) == len(recs)
    write(os.path.join(here, "dev.jsonl"), dev, "dev")
    write(os.path.join(here, "test.jsonl"), test, "test")
    reread = []
    for fn in ("dev.jsonl", "test.jsonl"):
        rr = [json.loads(l) for l in open(os.path.join(here, fn), encoding="utf-8")]
        validate(rr)
        for r in rr:
            assert set(r) == {"id", "text", "spans", "clean", "kinds"}, r
            for sp in r["spans"]:
                assert set(sp) == {"start", "end", "category"}, sp
        reread += rr
    ids = [r["id"] for r in reread]
    assert len(set(ids)) == len(ids)
    validate(reread)   # no duplicate text across the two splits either
    sd, st = stats(dev), stats(test)
    missing_c = [c for c in CATS if sd[2][c] == 0 or st[2][c] == 0]
    assert not missing_c, missing_c
    assert 0.64 <= sd[0] / (sd[0] + st[0]) <= 0.69, (sd[0], st[0])   # about 2:1
    head = (SOURCE_HEAD.replace("@@CLEAN@@", str(sd[1] + st[1])).replace("@@ALL@@", str(sd[0] + st[0]))
            .replace("@@TERMS@@", str(sum(len(v) for v in TERMS.values()))))
    lines = [head.rstrip(), "", "## Counts (generated by build.py)", "",
             "| | dev | test | total |", "|---|---|---|---|",
             f"| messages | {sd[0]} | {st[0]} | {sd[0]+st[0]} |",
             f"| clean (no spans) | {sd[1]} | {st[1]} | {sd[1]+st[1]} |",
             f"| with identifiers | {sd[0]-sd[1]} | {st[0]-st[1]} | {sd[0]-sd[1]+st[0]-st[1]} |",
             f"| spans total | {sum(sd[2].values())} | {sum(st[2].values())} | {sum(sd[2].values())+sum(st[2].values())} |",
             "", "### Spans per category", "", "| category | dev | test | total |", "|---|---|---|---|"]
    for c in CATS:
        lines.append(f"| {c} | {sd[2][c]} | {st[2][c]} | {sd[2][c]+st[2][c]} |")
    lines += ["", name_form_line(recs)]
    lines += setting_media_tables(recs)
    lines += term_table(recs)
    lines += ["", "### Messages per kind tag", "", "| kind | dev | test | total |", "|---|---|---|---|"]
    allk = sorted(set(sd[3]) | set(st[3]), key=lambda k: (-(sd[3][k] + st[3][k]), k))
    for k in allk:
        lines.append(f"| {k} | {sd[3][k]} | {st[3][k]} | {sd[3][k]+st[3][k]} |")
    missing_k = [k for k in allk if sd[3][k] + st[3][k] >= 2 and (sd[3][k] == 0 or st[3][k] == 0)]
    assert not missing_k, ("kind tag used twice or more but missing from a split", missing_k)
    with open(os.path.join(here, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    allc = sd[2] + st[2]
    print("messages", sd[0] + st[0], "dev", sd[0], "test", st[0])
    print("clean", sd[1] + st[1], "dev", sd[1], "test", st[1])
    print("spans", sum(allc.values()), {c: allc[c] for c in CATS})
    print(name_form_line(recs))
    print("inventory terms", sum(len(v) for v in TERMS.values()))
    print("kinds used once:", [k for k in allk if sd[3][k] + st[3][k] == 1])

if __name__ == "__main__":
    main()
