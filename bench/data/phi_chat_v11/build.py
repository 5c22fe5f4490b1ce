#!/usr/bin/env python3
"""Build the independent PHI evaluation set v11 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of fifteen care settings that the earlier sets
(v5-v10, as their SOURCE.md files describe them) did not use: the burn center; the heart failure clinic
with LVAD coordinators and cardiac rehab; cardiothoracic surgery, perfusion and the ECMO team; the urology
clinic, cystoscopy suite and lithotripsy; vascular surgery, the vascular lab and the vein clinic; the
interventional pain clinic; the pulmonary function lab and pulmonary rehab; the plastic and hand surgery
clinic with its splint room; sports medicine, athletic trainers and team physicians; the transfer center,
bed management and patient flow; street medicine and the mobile outreach van; forensic nursing (the
sexual-assault and domestic-violence nurse examiner program); hospital emergency management, disaster
drills and incident command; the clinical ethics consultation service; the nurse staffing office, float
pool and agency scheduling.

Media: typed chat lines, lowercase typing without punctuation, SMS-style texts, ALL CAPS pages and
alerts, lists, pasted EHR / log / ticket snippets, forwarded e-mails, voicemail transcripts, slash
commands to the bot, speech-to-text dictation and (new) OCR text of scanned or faxed forms.  A little
over half the messages are clean (no identifier at all) but full of look-alikes; the other messages
carry identifiers of all 19 categories, weighted towards names.

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v7's, v8's,
v9's and v10's SOURCE.md and the helper / check / split / output code of v10's build.py (its lines 1-142
and 1555-1945, plus its last lines) were read; that structure is reused here with a new seed and
v11-specific checks.  All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone
numbers, example.org / example.com / example.net domains, documentation IP ranges, SSNs starting 9xx,
made-up MRNs, member ids, plates, serials, licence and certificate numbers).

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
SEED = 20281119
MSGS = []
SETTINGS = collections.OrderedDict([
    ("BURN", "burn center and burn ICU"),
    ("HF", "heart failure clinic, LVAD coordinators and cardiac rehab"),
    ("CTS", "cardiothoracic surgery, perfusion and the ECMO team"),
    ("URO", "urology clinic, cystoscopy suite and lithotripsy"),
    ("VASC", "vascular surgery, vascular lab and vein clinic"),
    ("PAIN", "interventional pain clinic"),
    ("PFT", "pulmonary function lab and pulmonary rehab"),
    ("HAND", "plastic and hand surgery clinic (with the splint room)"),
    ("SPORTS", "sports medicine, athletic trainers and team physicians"),
    ("XFER", "transfer center, bed management and patient flow"),
    ("STREET", "street medicine and the mobile outreach van"),
    ("SANE", "forensic nursing (sexual-assault and domestic-violence nurse examiners)"),
    ("EMERG", "hospital emergency management, disaster drills and incident command"),
    ("ETHICS", "clinical ethics consultation service"),
    ("STAFF", "nurse staffing office, float pool and agency scheduling"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line or thread reply"),
    ("lower", "lowercase typing without punctuation"),
    ("sms", "SMS-style text (sent or relayed)"),
    ("caps", "ALL CAPS page, alert or overhead line"),
    ("list", "list: schedule, board, roster, route, tag or bed list"),
    ("ehr", "pasted EHR snippet, log, ticket, order, report header or form line"),
    ("email", "forwarded or pasted e-mail"),
    ("voicemail", "voicemail transcript"),
    ("bot", "slash command to the bot (/ask, /draft, /evidence, /summarize)"),
    ("dictation", "speech-to-text dictation pasted into chat"),
    ("ocr", "OCR text of a scanned or faxed form (with recognition errors)"),
])
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: signs, tests, manoeuvres, instruments, operations, classifications, scores, formulas, diseases"),
    ("place", "place names in diseases, formulas, criteria, consensus statements, questionnaires and events"),
    ("brand", "drug, device, product, software and staffing brands and makers (many are given names or words)"),
    ("organism", "organisms"),
    ("score", "named scores, scales, criteria, questionnaires and tools that are not eponyms"),
    ("org", "organisations, agencies, programmes, laws, codes and registries"),
    ("trial", "trials, journals, textbooks and legal cases cited as sources"),
    ("public", "public figures, historical scientists, named storms and people in public cases (not PHI)"),
    ("word", "capitalised ordinary words that are names elsewhere in the set"),
    ("animal", "names of pets, therapy and service animals and animal characters (not PHI)"),
])
BAIT_KEYS = {"ep": "eponym", "pl": "place", "br": "brand", "orgm": "organism", "sc": "score",
             "org": "org", "tr": "trial", "pub": "public", "word": "word", "pet": "animal"}
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
# ---------------------------------------------------------------- burn center and burn ICU
C("BURN", "chat", "Wallace rule of nines gives about 18% TBSA on the adult in bay 3; for the toddler use the chart instead, the head is a bigger share under age 10.",
  "score eponym-bare room-bed-number age-under-90", ep="Wallace")
C("BURN", "chat", "Modified Brooke is 2 mL/kg per %TBSA of Ringer's lactate in the first 24 h, half in the first 8. Is that still what the pocket card says or did we go back to 4?",
  "place-rule dose-lab eponym-bare quick-question", pl="Brooke", ep="Ringer")
C("BURN", "bot", "/ask Galveston formula for a 6 y/o, BSA 0.82 m², 30% TBSA burned: 5000 mL/m² burned + 2000 mL/m² total. What is the 24 h volume and how much in the first 8 h?",
  "bot-command place-rule dose-lab age-under-90", pl="Galveston")
C("BURN", "chat", "Curling ulcer prophylaxis is already on the admission order set (pantoprazole 40 IV daily) so nobody needs to add it again.",
  "eponym-bare dose-lab", ep="Curling")
C("BURN", "chat", "Hubbard tank is down for the valve repair through Thursday. Shower trolley in tank room 2 instead, and pre-medicate 30 min before.",
  "eponym-bare weekday room-bed-number", ep="Hubbard")
C("BURN", "chat", "Meek grafting booked for OR 6 at 0730, expansion 1:6, donor sites both thighs. The Integra on his hands is at day 21 so it's ready for thin STSG on top.",
  "eponym-bare ratio clock-time device-brand", ep="Meek", br="Integra")
C("BURN", "chat", "Baux 112 and revised Baux adds 17 for the inhalation injury. The family meeting at 4 will frame it honestly; palliative is joining.",
  "score eponym-bare clock-time", ep="Baux")
C("BURN", "chat", "Scar clinic: Vancouver Scar Scale 9/13 on the left forearm, pigmentation 2, pliability 3. Keep the Jobst sleeve on 23 h a day and we recheck in 6 weeks.",
  "score-fraction place-rule device-brand", pl="Vancouver", br="Jobst")
C("BURN", "chat", "NexoBrid goes on at 1400 and comes off at 1800, 4 h contact then a 2 h soak. Block or premedicate, it burns going on.",
  "drug-brand-name clock-time", br="NexoBrid")
C("BURN", "chat", "RECELL on the face, donor-to-wound ratio 1:80. Hold the Silvadene on those areas; Xeroform and Adaptic over the top is fine.",
  "device-brand ratio drug-brand-name", br="RECELL|Silvadene|Xeroform|Adaptic")
C("BURN", "chat", "CO-ox back: COHb 28%, lactate 11. The Cyanokit 5 g lives in the burn ICU dispensing cabinet, not the ED one; ask pharmacy to tube it up.",
  "dose-lab drug-brand-name", br="Cyanokit")
C("BURN", "chat", "Child life has the bubble machine and the VR headset for the 10 o'clock dressing change. The 4-year-old only calms down for Bluey, so queue it on the tablet.",
  "pet-name age-under-90 clock-time", pet="Bluey")
C("BURN", "chat", "Lyell picture from lamotrigine: 40% detachment, mucosa involved. We'll take him to the burn unit; no silver dressings on that skin, use the non-adherent silicone ones.",
  "eponym-bare dose-lab", ep="Lyell")
C("BURN", "caps", "BURN ICU: TANK ROOM 1 OUT OF SERVICE (HOT WATER VALVE). USE TANK ROOM 2. QUESTIONS TO PLANT OPS EXT 6230.",
  "allcaps extension-number room-bed-number")
C("BURN", "chat", "Interpreter note: the family calls it \"quemadura de segundo grado\" and wants sábila (aloe) at home; we said no aloe on open areas until epithelialized.",
  "non-english-term")
C("BURN", "chat", "Pet therapy: Waffles the goldendoodle visits the burn unit Friday at 3, only kids whose grafts are closed, no isolation rooms.",
  "pet-name weekday clock-time", pet="Waffles")
C("BURN", "chat", "Independence Day weekend is our worst for firework burns. Prevention booth at the county fair again, flyers in English, Spanish and Hmong.",
  "holiday admin-chatter")
C("BURN", "chat", "Journal club pick: Cope and Lindemann on the Cocoanut Grove fire, still cited for both fluid resuscitation and acute grief.",
  "public-figure teaching", pub="Cope|Lindemann", pl="Cocoanut Grove")
C("BURN", "chat", "ABSI 9 for the welder: inhalation yes, full thickness yes. Predicted survival roughly 50%, so the attending wants the family in today.",
  "score dose-lab", sc="ABSI")
C("BURN", "lower", "does silver sulfadiazine leave a pseudoeschar or is that just the cream sitting there lol asking for the new grad",
  "lowercase quick-question")
C("BURN", "dictation", "Burn clinic follow up comma 62 year old male comma grease burn to the right forearm comma healed except a 1 by 2 centimeter open area period continue pressure garment period",
  "dictation age-under-90 unit-measure")
C("BURN", "list", "Tank room, today:\n0800 bed 2 (hydro + debride)\n0930 bed 5 (dressing only)\n1100 bed 7 (hydro, needs 2 staff)\n1300 bed 1 (photos for OR planning)",
  "list-schedule room-bed-number clock-time")
P("BURN", "chat", "Bay 3 is Ngozi Eze-Okonkwo, 24% TBSA grease burn; her sister Chiamaka is the contact, 414-555-0162.",
  [("Ngozi Eze-Okonkwo", N), ("Chiamaka", N), ("414-555-0162", PH)], "name-hyphenated name-relative phone name-non-english")
P("BURN", "chat", "Pt Brooke Tvedt, 31% TBSA; the outside ED ran modified Brooke at 2 mL/kg/% so she's behind. Brooke's UOP is 0.2 mL/kg/h.",
  [("Brooke Tvedt", N), ("Brooke", N, 2)], "name-collision name-eponym-surname dose-lab")
P("BURN", "caps", "BURN ICU ADMIT: OYELARAN, TEMITOPE A - 41% TBSA FLAME + INHALATION. ETA 1420 FROM MERCY RIVERSIDE.",
  [("OYELARAN, TEMITOPE A", N), ("MERCY RIVERSIDE", LO)], "name-allcaps name-last-first allcaps facility")
P("BURN", "chat", "Day 3 pictures of Mr. Ashgrove's right hand are in media as rhand_ashgrove_d3.jpg; he signed the teaching-use consent.",
  [("Ashgrove", N), ("rhand_ashgrove_d3.jpg", PI)], "photo-filename name-possessive")
P("BURN", "chat", "Mom of the 4-year-old is Yesenia Tlatelpa, dad (Ovidio) works nights. Best number is her cell, (262) 555-0187.",
  [("Yesenia Tlatelpa", N), ("Ovidio", N), ("(262) 555-0187", PH)], "name-relative phone name-non-english")
P("BURN", "chat", "94-year-old scald from a bathtub at Heritage Pines assisted living; daughter Lorraine Beaudoin wants a call after rounds.",
  [("94", A), ("Heritage Pines", LO), ("Lorraine Beaudoin", N)], "age-over-89-digits facility name-relative")
P("BURN", "chat", "Scene was a kitchen fire at 2217 Tamarack Ln, Wausau 54401. The husband, Arvid Strom, carried her out and got a small palm burn himself.",
  [("2217 Tamarack Ln", LO), ("Wausau", LO), ("54401", LO), ("Arvid Strom", N)], "address city zip name-relative")
P("BURN", "ehr", "ADT | KOWALCZYK, BOGUSŁAWA | MRN 00738215 | DOB 03/17/1949 | Adm 3/09/2029 | Burn ICU bed 7",
  [("KOWALCZYK, BOGUSŁAWA", N), ("00738215", MR), ("03/17/1949", D), ("3/09/2029", D)], "name-last-first mrn dob name-non-english")
P("BURN", "chat", "Thanks to Deshawn in the tank room and Marisol Quintanilla-Reyes for getting that debridement done before the OR slot.",
  [("Deshawn", N), ("Marisol Quintanilla-Reyes", N)], "name-staff name-hyphenated")
P("BURN", "lower", "pt in 5 is tuan nguyen-ha not the other nguyen, dont mix up the dressing orders again",
  [("tuan nguyen-ha", N), ("nguyen", N)], "name-lowercase lowercase name-surname-only")
P("BURN", "voicemail", "Voicemail 6:42 pm: hi this is Rhonda Pickering, Caleb's mom, he's the boy with the campfire burn, please call me back at 608 555 0139, I'm at work until nine.",
  [("Rhonda Pickering", N), ("Caleb", N), ("608 555 0139", PH)], "voicemail name-relative phone")
P("BURN", "email", "Fwd from the referring PA: \"Transferring Soren Vikstrom, 15% partial thickness, hydrocodone at 1300. Records to burncenter.intake@example.org; call me at 715-555-0120. Kelsey Antal, PA-C\"",
  [("Soren Vikstrom", N), ("burncenter.intake@example.org", EM), ("715-555-0120", PH), ("Kelsey Antal", N)], "email name-clinician phone")
P("BURN", "chat", "The 9-year-old goes to Pinecrest Elementary; school re-entry visit is planned with his teacher, Ms. Obuya. Mom asked that no photos be shared with the class.",
  [("Pinecrest Elementary", LO), ("Obuya", N)], "school-name name-staff age-under-90")
P("BURN", "chat", "Welder Bartholomew \"Bart\" Kessel: WC claim WC-29-448812, employer is Lakeshore Fabrication. The adjuster wants the TBSA diagram.",
  [("Bartholomew", N), ("Bart", N), ("Kessel", N), ("WC-29-448812", ID_)], "name-nickname other-id")
P("BURN", "chat", "Family asks that his name go on the whiteboard as 박민재 as well as Park Min-jae; grandmother only reads Korean.",
  [("박민재", N), ("Park Min-jae", N)], "name-non-english other-script")
P("BURN", "sms", "txt from dad: pls tell nurse Abigail thx for staying late w Wrenley. we r in the family lounge",
  [("Abigail", N), ("Wrenley", N)], "sms name-given-only name-staff")
P("BURN", "chat", "Take the insulin pump off before hydro: serial NG3381047K. Bag it with his belongings and label it.",
  [("NG3381047K", DV)], "device-serial")
P("BURN", "chat", "Interpreter: mother is Людмила Сорокина (Lyudmila Sorokina); the kettle spill happened 11.03.2029 per her, not yesterday.",
  [("Людмила Сорокина", N), ("Lyudmila Sorokina", N), ("11.03.2029", D)], "name-non-english other-script date-numeric")
P("BURN", "chat", "Burn survivor group Tuesday: Harlan Mott asked if his wife Delphine can come too, and he'd like to speak at the firefighters' dinner.",
  [("Harlan Mott", N), ("Delphine", N)], "name-relative weekday")
P("BURN", "ocr", "BURN CENTER TRANSFER F0RM  Pt name: Gu5tavo Ibarrola  DOB: O4/22/1987  Ref hosp: St. Anselm Cornmunity",
  [("Gu5tavo Ibarrola", N), ("O4/22/1987", D), ("St. Anselm Cornmunity", LO)], "ocr-noise dob facility")
# ---------------------------------------------------------------- heart failure clinic, LVAD coordinators and cardiac rehab
C("HF", "chat", "Rehab intake: modified Bruce, got to stage 2 before dyspnea, about 5.2 METs. Start at 60-70% heart-rate reserve by Karvonen, RPE 12-13.",
  "eponym-bare score dose-lab", ep="Bruce|Karvonen")
C("HF", "chat", "Naughton protocol for the frailer folks please; the first Bruce stage is too steep for most of our LVAD patients.",
  "eponym-bare", ep="Naughton")
C("HF", "chat", "Tanaka (208 − 0.7 × age) vs the old Fox formula (220 − age): for a 70-year-old that's 159 vs 150. The rehab sheet uses Tanaka now.",
  "eponym-bare age-under-90 dose-lab", ep="Tanaka|Fox")
C("HF", "chat", "Warm and wet by Stevenson profile, Forrester subset II. Bumex up to 2 mg BID and a BMP on Thursday.",
  "eponym-bare drug-brand-name weekday", ep="Stevenson|Forrester", br="Bumex")
C("HF", "chat", "INTERMACS 3, inotrope-dependent but stable on milrinone 0.25. Selection committee Wednesday for a HeartMate 3 as destination therapy.",
  "score device-brand dose-lab weekday", sc="INTERMACS", br="HeartMate")
C("HF", "chat", "CardioMEMS PA diastolic is 24 against a goal of 18, so an extra 20 mg torsemide for 3 days and the nurse line checks in Monday.",
  "device-brand dose-lab weekday", br="CardioMEMS")
C("HF", "chat", "Entresto 24/26 BID is the starting dose when SBP is 100-110. He's at 97 today, so hold and revisit next visit.",
  "drug-brand-name score-fraction age-like-number", br="Entresto")
C("HF", "chat", "Vyndamax vs Attruby for his ATTR-CM: pharmacist says the prior auth takes about 10 days for either, so just pick one and send it.",
  "drug-brand-name", br="Vyndamax|Attruby")
C("HF", "chat", "Grand rounds teaser: Forssmann catheterized his own heart in 1929 and shared a Nobel for it; Einthoven's triangle goes back to 1912.",
  "public-figure year-only teaching", pub="Forssmann|Einthoven")
C("HF", "chat", "AR exam signs for the students: Corrigan pulse, de Musset head bob, Traube pistol-shot sounds, Duroziez murmur, and a Hill sign with a popliteal-brachial gap over 60.",
  "eponym-bare teaching", ep="Corrigan|de Musset|Traube|Duroziez|Hill")
C("HF", "chat", "Austin Flint rumble in severe AR vs real mitral stenosis: the echo will settle it, no need to spend the afternoon on auscultation.",
  "eponym-bare", ep="Austin Flint")
C("HF", "chat", "Takotsubo (たこつぼ, the octopus pot) has recovered: EF 55% at 6 weeks. Cancel the LifeVest extension and stop the apixaban.",
  "non-english-term other-script device-brand dose-lab", br="LifeVest")
C("HF", "chat", "Kansas City questionnaire (KCCQ-12) went from 38 to 71 after the CRT upgrade, best change I've seen all year.",
  "place-rule score", pl="Kansas City", sc="KCCQ-12")
C("HF", "chat", "Seattle HF model and MAGGIC both put him near 70% one-year survival; the LVAD team wants both in the note before committee.",
  "place-rule score", pl="Seattle", sc="MAGGIC")
C("HF", "caps", "CARDIAC REHAB CLOSED THANKSGIVING DAY. THE TUE/THU 0800 CLASS MOVES TO MONDAY THAT WEEK ONLY.",
  "allcaps holiday weekday clock-time")
C("HF", "chat", "LVAD alarm cheat sheet for the floor: low flow means check volume and suction events; power cable fault, move to the other battery port; no flow and no hum, call the VAD pager and 911.",
  "admin-chatter not-a-phone")
C("HF", "chat", "Holter 48 h: 14% PVC burden, mostly unifocal. Zio patch next time, he pulled the leads off twice.",
  "eponym-bare device-brand dose-lab", ep="Holter", br="Zio")
C("HF", "lower", "is verquvo ok with his sildenafil or is that the one with the nitrate warning, pharmacy line is busy",
  "lowercase quick-question drug-brand-name")
C("HF", "chat", "BiDil for self-identified Black patients per A-HeFT, on top of GDMT; he is tolerating 1 tab TID without headaches.",
  "drug-brand-name trial-name", br="BiDil", tr="A-HeFT")
C("HF", "bot", "/evidence SGLT2 inhibitors in HFpEF: what did EMPEROR-Preserved and DELIVER show, and is Inpefa any different from the other two?",
  "bot-command trial-name drug-brand-name", tr="EMPEROR-Preserved|DELIVER", br="Inpefa")
C("HF", "dictation", "Heart failure clinic note comma NYHA class 3 comma weight up 2 kilograms from dry weight comma JVP 12 centimeters period plan increase furosemide to 80 twice daily period",
  "dictation score dose-lab", org="NYHA")
C("HF", "chat", "Panel for the 19-year-old with LVH and preexcitation: Danon (LAMP2) is on it, PRKAG2 too. Results in about 3 weeks.",
  "eponym-bare gene-protein age-under-90", ep="Danon")
C("HF", "chat", "Rehab gym rule: service dogs only, so the emotional-support corgi Pretzel has to wait in the car. Sorry, Pretzel.",
  "pet-name admin-chatter", pet="Pretzel")
P("HF", "chat", "LVAD pt Hollis Okerlund called, controller alarm since 0300; he's at his cabin near Minocqua and his wife Ione is driving him down, ETA 2 h.",
  [("Hollis Okerlund", N), ("Minocqua", LO), ("Ione", N)], "name-plain city name-relative clock-time")
P("HF", "chat", "Controller swap for Ramesh Venkataraghavan: old controller SN HM3C-448170, new one HM3C-451206. Log both in the VAD binder.",
  [("Ramesh Venkataraghavan", N), ("HM3C-448170", DV), ("HM3C-451206", DV)], "device-serial name-non-english")
P("HF", "chat", "Faye Lindgren-Watts's sensor (serial 5D0113827) stopped uploading Sunday; the pillow antenna may be unplugged.",
  [("Faye Lindgren-Watts", N), ("5D0113827", DV)], "device-serial name-hyphenated name-possessive weekday")
P("HF", "chat", "Ninety-three and still coming twice a week: Mrs. Adebayo-Kettering wants her completion certificate signed by Tomasz before the holiday.",
  [("Ninety-three", A), ("Adebayo-Kettering", N), ("Tomasz", N)], "age-over-89-words name-hyphenated name-staff")
P("HF", "list", "Rehab 0800 class:\n- Gaspard Leclerc (phase II, wk 4)\n- Maxine Oduya (LVAD, doppler BP)\n- Rustam Karimov\n- Lupe Fifita (new)",
  [("Gaspard Leclerc", N), ("Maxine Oduya", N), ("Rustam Karimov", N), ("Lupe Fifita", N)], "name-list list-schedule name-non-english")
P("HF", "email", "From: HF nurse line\nTo: cardiac.rehab@example.com\nRe: Cyril Batiste, 3 missed sessions (transportation). His daughter Keisha can drive Wed/Fri; her cell is 504-555-0148.",
  [("cardiac.rehab@example.com", EM), ("Cyril Batiste", N), ("Keisha", N), ("504-555-0148", PH)], "email name-relative phone")
P("HF", "voicemail", "VM from Gloria Sandoval about her husband Ernesto: the pharmacy says his Entresto prior auth ran out 2/28, please call her at 920-555-0171.",
  [("Gloria Sandoval", N), ("Ernesto", N), ("2/28", D), ("920-555-0171", PH)], "voicemail name-relative date-numeric phone")
P("HF", "chat", "Mr. Hill has a real Hill sign, 70 mmHg gap. And yes, the patient's surname is actually Hill: Clement Hill, bed 4.",
  [("Hill", N), ("Hill", N, 2), ("Clement Hill", N)], "name-collision name-eponym-surname room-bed-number")
P("HF", "chat", "Bruce Amundsen did 7 min on the Bruce protocol before stopping for leg fatigue, no ST changes, BP response normal.",
  [("Bruce Amundsen", N)], "name-collision name-message-start")
P("HF", "chat", "Need PRA and HLA drawn on MRN 6620384 before Friday's listing meeting; that's Odalys Ferrer-Quintero.",
  [("6620384", MR), ("Odalys Ferrer-Quintero", N)], "mrn name-hyphenated weekday")
P("HF", "dictation", "Patient is Winnifred Ashby comma date of birth July 9th 1931 comma here for driveline check period exit site clean period",
  [("Winnifred Ashby", N), ("July 9th 1931", D)], "dictation dob")
P("HF", "sms", "from pt: dr baptiste said I can walk the dog now?? also my new # is 262.555.0113 - Wendell",
  [("baptiste", N), ("262.555.0113", PH), ("Wendell", N)], "sms phone name-clinician name-lowercase")
P("HF", "chat", "Driveline exit-site photo came through the portal as driveline_okerlund_exit.jpg; early erythema at 2 o'clock, no drainage.",
  [("driveline_okerlund_exit.jpg", PI)], "photo-filename")
P("HF", "chat", "Medicare MBI 7QW2-RT5-HK48 goes on the destination-therapy paperwork for Orville Pettibone; the registry form won't submit without it.",
  [("7QW2-RT5-HK48", HP), ("Orville Pettibone", N)], "health-plan name-plain")
P("HF", "chat", "LifeVest ships to 88 Bayberry Ct, Apt 3B, Sun Prairie 53590 for Ines Cavalcanti; confirm she'll be home Tuesday.",
  [("88 Bayberry Ct, Apt 3B", LO), ("Sun Prairie", LO), ("53590", LO), ("Ines Cavalcanti", N)], "address city zip name-non-english")
P("HF", "lower", "rehab note for marguerite st. pierre says 92 yo but her chart says 91, which one is right",
  [("marguerite st. pierre", N), ("92", A), ("91", A)], "name-lowercase lowercase age-over-89-digits name-particle")
P("HF", "chat", "Welcome Priya Raghunathan, our new LVAD coordinator! Find her on the VAD pager or at ext 3390 until her badge comes through.",
  [("Priya Raghunathan", N)], "name-staff extension-number")
P("HF", "chat", "Remote monitoring shows Dagny Aasheim's transmitter checking in from 203.0.113.47, her home router, so the gap was just the outage.",
  [("Dagny Aasheim", N), ("203.0.113.47", IPA)], "ip name-non-english name-possessive")
P("HF", "ehr", "Rehab ITP | Pt: Schoenfeld, Adriaan J | Acct 40027718 | Ref: Dr. Nwachukwu-Lamb | Start 4/02/2029",
  [("Schoenfeld, Adriaan J", N), ("40027718", AC), ("Nwachukwu-Lamb", N), ("4/02/2029", D)], "name-last-first account date-numeric name-clinician")
P("HF", "ocr", "HEART FAlLURE CLINIC REFERRAL  Patient: Thaddeus Wroblewski  Phone: 4l4-555-0193  Insurance lD: XWB88l204617",
  [("Thaddeus Wroblewski", N), ("4l4-555-0193", PH), ("XWB88l204617", HP)], "ocr-noise phone health-plan")
# ---------------------------------------------------------------- cardiothoracic surgery, perfusion and the ECMO team
C("CTS", "chat", "David vs Bentall for him: the leaflets look good on TEE, so the David (valve-sparing) is the plan, Bentall only if the cusps turn out fenestrated.",
  "eponym-bare", ep="David|Bentall")
C("CTS", "chat", "Ross procedure is off the table at his age; mechanical On-X with an INR goal of 1.5-2.0 per PROACT.",
  "eponym-bare device-brand trial-name", ep="Ross", br="On-X", tr="PROACT")
C("CTS", "chat", "Belsey Mark IV or a Collis gastroplasty plus Toupet for the short-esophagus case? The thoracic attending leans Collis.",
  "eponym-bare quick-question", ep="Belsey Mark IV|Collis|Toupet")
C("CTS", "chat", "Ivor Lewis vs McKeown: tumor is at 32 cm, so Ivor Lewis with a chest anastomosis and a J-tube at the end.",
  "eponym-bare dose-lab", ep="Ivor Lewis|McKeown")
C("CTS", "chat", "Nuss bar removal for the 17-year-old, 3 years after placement. Recheck the nickel allergy history before ordering the bar set.",
  "eponym-bare age-under-90", ep="Nuss")
C("CTS", "chat", "Eloesser flap vs Clagett window for the chronic empyema cavity; both are on the consent in case the cavity is bigger than the CT suggests.",
  "eponym-bare", ep="Eloesser|Clagett")
C("CTS", "chat", "Perfusion: del Nido cardioplegia 1:4 blood to crystalloid, one dose covers 60-90 min; redose if the cross-clamp goes past 90.",
  "eponym-bare ratio dose-lab", ep="del Nido")
C("CTS", "chat", "Custodiol HTK for the long transplant case, Bretschneider's solution, one big dose and no redosing.",
  "drug-brand-name eponym-bare", br="Custodiol", ep="Bretschneider")
C("CTS", "chat", "Harlequin (north-south) picture on VA ECMO: right radial sat 84 while the femoral gas looks fine. Add a right radial line and think about V-AV.",
  "dose-lab common-word-not-name")
C("CTS", "chat", "Circuit swap checklist: clamp, cut, connect, de-air. Cardiohelp backup is in the perfusion closet, the Rotaflow head is on the shelf and the CentriMag console is in OR 9.",
  "device-brand room-bed-number", br="Cardiohelp|Rotaflow|CentriMag")
C("CTS", "chat", "Hemochron ACT 168, heparin to 14 units/kg/h, goal 180-220 for the first 24 h, then switch to anti-Xa 0.3-0.5.",
  "device-brand dose-lab", br="Hemochron")
C("CTS", "chat", "TEG shows a low MA, so platelets before any Kcentra. NovoSeven only if the attending asks, and document why.",
  "score drug-brand-name", sc="TEG", br="Kcentra|NovoSeven")
C("CTS", "chat", "Blake drains: two 19 Fr mediastinal, one 24 Fr pleural, Pleur-evac at -20. More than 200 mL/h for 2 h, call the fellow.",
  "eponym-bare device-brand dose-lab", ep="Blake", br="Pleur-evac")
C("CTS", "chat", "EuroSCORE II 4.8% and STS PROM 3.1% for the redo AVR; Parsonnet is mostly historical at this point.",
  "score eponym-bare", sc="EuroSCORE II|STS PROM", ep="Parsonnet")
C("CTS", "chat", "History for the students: Gibbon ran the first clinical heart-lung machine case in 1953, Lillehei used cross-circulation the next year, and Barnard did the first human heart transplant in 1967.",
  "public-figure year-only teaching", pub="Gibbon|Lillehei|Barnard")
C("CTS", "chat", "EOLIA and CESAR are the two ECMO-for-ARDS trials to know; RESP score for VV candidates, SAVE score for VA.",
  "trial-name score", tr="EOLIA|CESAR", sc="RESP|SAVE")
C("CTS", "caps", "ECMO TEAM TO CVICU BED 12 NOW. PERFUSION PRIME A CIRCUIT. CT SURGERY FELLOW RESPOND.",
  "allcaps room-bed-number")
C("CTS", "lower", "do we still send pleural fluid ph on every chest tube or only when empyema is on the table",
  "lowercase quick-question")
C("CTS", "bot", "/summarize the ELSO anticoagulation guideline for VV ECMO in two short paragraphs, with the target ranges",
  "bot-command organization", org="ELSO")
C("CTS", "dictation", "Operative note dictation comma CABG times 3 comma LIMA to LAD comma saphenous vein to OM1 and PDA period cross clamp 74 minutes period bypass 102 minutes period",
  "dictation dose-lab")
C("CTS", "chat", "Carpentier type II, posterior leaflet prolapse at P2. Alfieri edge-to-edge only as a bailout if the repair fails on the saline test.",
  "eponym-bare classification", ep="Carpentier|Alfieri")
C("CTS", "chat", "Seldinger over a stiff wire, 25 Fr Crescent in the right IJ for VV ECMO, positioned under TEE.",
  "eponym-bare device-brand", ep="Seldinger", br="Crescent")
C("CTS", "list", "OR 9 tomorrow:\n0730 redo sternotomy, AVR\n1130 VATS wedge (frozen section)\n1500 pectus, Nuss\nPerfusion: two pumps primed by 0700",
  "list-schedule room-bed-number clock-time")
P("CTS", "list", "CT OR 9, Tue:\n0730 Szymańska - redo AVR\n1130 Holloway-Baptiste - VATS wedge\n1500 Anand - Nuss bar",
  [("Szymańska", N), ("Holloway-Baptiste", N), ("Anand", N)], "name-surname-only list-schedule name-non-english")
P("CTS", "chat", "VA ECMO pt Cormac Ó Dálaigh was cannulated at Holy Redeemer Regional and flown in; his wife Siobhán is at the bedside, cell +353 87 555 0142.",
  [("Cormac Ó Dálaigh", N), ("Holy Redeemer Regional", LO), ("Siobhán", N), ("+353 87 555 0142", PH)], "name-non-english facility phone name-relative")
P("CTS", "chat", "David Achterberg is our valve-sparing root on Thursday; yes, David getting a David. Consent is signed.",
  [("David Achterberg", N), ("David", N)], "name-collision name-eponym-surname name-given-only weekday")
P("CTS", "ehr", "Pump run sheet | MRN 00581446 | bypass 3/14/2029 0812-1104 | pump 2 | perfusionist R. Okonkwo-Tate",
  [("00581446", MR), ("3/14/2029", D), ("R. Okonkwo-Tate", N)], "mrn date-numeric name-initial")
P("CTS", "chat", "STS risk for the 91-year-old, TAVR vs SAVR: Mrs. Eberhardt-Sahin is adamant, no open surgery.",
  [("91", A), ("Eberhardt-Sahin", N)], "age-over-89-digits name-hyphenated")
P("CTS", "email", "From: perfusion.scheduling@example.net\nSubject: Kaveh Moradi, ECMO day 6\nCircuit change planned 4/19 at 10:00. Questions to Lena Hartikainen, 414-555-0126 x204.",
  [("perfusion.scheduling@example.net", EM), ("Kaveh Moradi", N), ("4/19", D), ("Lena Hartikainen", N), ("414-555-0126 x204", PH)], "email phone-extension date-numeric name-non-english")
P("CTS", "voicemail", "Voicemail 2:15 am: this is Tamsin Greaves, my dad Percival had his bypass yesterday and nobody has called me, I'm stuck in Ottumwa trying to get a flight, my number is 641-555-0188.",
  [("Tamsin Greaves", N), ("Percival", N), ("Ottumwa", LO), ("641-555-0188", PH)], "voicemail name-relative city phone")
P("CTS", "chat", "Implanted Evolut FX 29 mm, serial 0EV2970331. Put it on the implant card for Mr. Ramírez Ochoa before he goes to the floor.",
  [("0EV2970331", DV), ("Ramírez Ochoa", N)], "device-serial name-non-english")
P("CTS", "caps", "CODE ECMO: ABERNATHY, DESMOND - CATH LAB 2 - VA CANNULATION. PERFUSION AND CT SURGERY RESPOND.",
  [("ABERNATHY, DESMOND", N)], "allcaps name-allcaps name-last-first")
P("CTS", "lower", "can someone call the sister of bed 12 back her name is oyinda bamgbose she keeps calling the front desk",
  [("oyinda bamgbose", N)], "lowercase name-lowercase name-relative name-non-english")
P("CTS", "chat", "Insurance for the VAD workup needs the full SSN; she read it to me as 912-48-3307. Entered it, shredding the sticky note now.",
  [("912-48-3307", SS)], "ssn")
P("CTS", "sms", "Ardeshir (perfusion): running late, pump primed, heparin drawn. tell Yusupova she can open",
  [("Ardeshir", N), ("Yusupova", N)], "sms name-staff name-surname-only")
P("CTS", "chat", "Family says Ambrose Kittredge was born the fourteenth of February 1936, a Valentine's baby; he's 93 and wants the CABG anyway.",
  [("Ambrose Kittredge", N), ("fourteenth of February 1936", D), ("93", A)], "date-written age-over-89-digits name-plain")
P("CTS", "chat", "Sternal wound pictures for the plastics consult: sternum_POD9_nakashima.heic plus a side view; dehiscence inferiorly.",
  [("sternum_POD9_nakashima.heic", PI)], "photo-filename")
P("CTS", "ehr", "ECMO flowsheet | Pt: 山本 健一 (Yamamoto Ken'ichi) | FIN 7730019824 | circuit day 4 | sweep 3 L",
  [("山本 健一", N), ("Yamamoto Ken'ichi", N), ("7730019824", AC)], "name-non-english other-script account")
P("CTS", "chat", "Kudos to Ebony Fairweather and Luca Bianchetti for the 14-hour type A dissection last night.",
  [("Ebony Fairweather", N), ("Luca Bianchetti", N)], "name-staff")
P("CTS", "chat", "ECMO family camera: Rutger Vandenbosch's daughter logged in from 198.51.100.23 at 0200 and the link flagged it as a new device, that's expected.",
  [("Rutger Vandenbosch", N), ("198.51.100.23", IPA)], "ip name-possessive name-relative")
P("CTS", "chat", "The daughter set up a caring page: https://carepages.example.com/updates/ilse-brandstaetter and wants us to know she's posting updates there.",
  [("https://carepages.example.com/updates/ilse-brandstaetter", UR)], "url")
P("CTS", "dictation", "Doctor Kwabena Asante-Mensah dictating comma patient Philippa Duthie comma post op day 2 comma chest tubes out today period",
  [("Kwabena Asante-Mensah", N), ("Philippa Duthie", N)], "dictation name-clinician name-hyphenated")
# ---------------------------------------------------------------- urology clinic, cystoscopy suite and lithotripsy
C("URO", "chat", "Councill tip over the wire for the tight bladder neck; if that fails, a Malecot suprapubic, and we talk Pezzer later for the long-term tube.",
  "eponym-bare device-brand", ep="Councill|Malecot|Pezzer")
C("URO", "chat", "Prehn sign is unreliable. Blue dot at the upper pole with normal flow is torsion of the appendix testis, not the cord.",
  "eponym-bare teaching", ep="Prehn")
C("URO", "chat", "Fournier's: debridement tonight, urology and general both scrubbing, FGSI 9.",
  "eponym-bare score", ep="Fournier", sc="FGSI")
C("URO", "chat", "Peyronie curvature 60 degrees dorsal. Xiaflex series vs Nesbit plication; he wants a week to think.",
  "eponym-bare drug-brand-name", ep="Peyronie|Nesbit", br="Xiaflex")
C("URO", "chat", "Diversion options: ileal conduit (Bricker or Wallace ureteral anastomosis), Studer neobladder, or an Indiana pouch if he can self-cath.",
  "eponym-bare place-rule", ep="Bricker|Wallace|Studer", pl="Indiana")
C("URO", "chat", "Mainz II vs Miami pouch comes up on the boards every year and nobody here has done either in a decade.",
  "place-rule board-review", pl="Mainz|Miami")
C("URO", "chat", "Mitrofanoff with the appendix; if it's too short we'll make a Monti from ileum.",
  "eponym-bare", ep="Mitrofanoff|Monti")
C("URO", "chat", "Boari flap plus psoas hitch for the long distal stricture; the Anderson-Hynes is the UPJ kid next week.",
  "eponym-bare", ep="Boari|Anderson-Hynes")
C("URO", "chat", "PI-RADS 4 lesion, PSA density 0.18, PHI 52. Transperineal fusion biopsy it is.",
  "score dose-lab", sc="PI-RADS|PHI")
C("URO", "chat", "CAPRA 4, D'Amico intermediate; Partin tables give roughly 25% for extraprostatic extension.",
  "score eponym-bare", sc="CAPRA", ep="D'Amico|Partin")
C("URO", "chat", "ISUP grade group 2, 3 of 12 cores. Active surveillance is reasonable; a genomic classifier only if he leans toward treatment.",
  "score-fraction organization", org="ISUP")
C("URO", "chat", "Stone clinic: Guy's stone score III, STONE score 9. Prone PCNL, Lithoclast and LithoVue both booked.",
  "place-rule score device-brand", pl="Guy's", sc="STONE", br="Lithoclast|LithoVue")
C("URO", "chat", "Randall plaques on every papilla, classic calcium oxalate picture. 24 h urine citrate 180, start potassium citrate 15 mEq BID.",
  "eponym-bare dose-lab", ep="Randall")
C("URO", "chat", "Proteus mirabilis with a staghorn: struvite until proven otherwise, so every fragment has to come out.",
  "organism", orgm="Proteus mirabilis")
C("URO", "chat", "Tice strain of bacillus Calmette-Guérin, 6 weekly instillations for induction; if the shortage comes back we go to gem/doce.",
  "eponym-bare drug-brand-name", ep="Calmette-Guérin", br="Tice")
C("URO", "chat", "Myrbetriq or Gemtesa before any anticholinergic for the 78-year-old; not worth the cognitive hit.",
  "drug-brand-name age-under-90", br="Myrbetriq|Gemtesa")
C("URO", "chat", "InterStim vs Axonics for sacral neuromodulation: both have rechargeable options now. The rep is in clinic Tuesday.",
  "device-brand weekday", br="InterStim|Axonics")
C("URO", "caps", "CYSTO SUITE: C-ARM IN ROOM 3 DOWN. ALL URETEROSCOPIES MOVE TO ROOM 1 AFTER 1300.",
  "allcaps room-bed-number clock-time")
C("URO", "chat", "Nitze built the first practical cystoscope in 1879, Bozzini's Lichtleiter came 70 years earlier, and Huggins got his Nobel for hormone therapy of prostate cancer.",
  "public-figure year-only non-english-term teaching", pub="Nitze|Bozzini|Huggins")
C("URO", "lower", "whats the max tamsulosin dose before we call it a failure, 0.8 right",
  "lowercase quick-question dose-lab")
C("URO", "bot", "/ask AUA microhematuria guideline: which risk groups get cystoscopy plus CT urogram, and which get renal ultrasound?",
  "bot-command organization", org="AUA")
C("URO", "ocr", "INTERNATl0NAL PR0STATE SYMPT0M SC0RE  Q1 lncomplete emptying: 3  Q2 Frequency: 4  Q7 Nocturia: 2  T0TAL: 19/35  QoL: 4",
  "ocr-noise score-fraction")
C("URO", "dictation", "Cystoscopy dictation comma flexible scope comma no tumors seen comma trabeculation grade 2 comma both ureteral orifices normal in position period",
  "dictation")
P("URO", "list", "Lithotripsy Thursday:\nBrandvold, Esperanza - L prox ureter 8 mm\nOkafor, Uchenna - R renal pelvis 12 mm\nHaugland, Pål - L lower pole 6 mm",
  [("Brandvold, Esperanza", N), ("Okafor, Uchenna", N), ("Haugland, Pål", N)], "name-last-first list-schedule name-non-english")
P("URO", "chat", "Randall Pfeiffer's stones are calcium oxalate with Randall plaques all over on ureteroscopy; he asked if the plaques were named after him.",
  [("Randall Pfeiffer", N)], "name-collision name-eponym-surname name-possessive")
P("URO", "chat", "Neuromodulator for Claudette Beauregard: IPG serial NAX114072, patient remote SN R-30087. She's in for a reprogram.",
  [("Claudette Beauregard", N), ("NAX114072", DV), ("R-30087", DV)], "device-serial name-plain")
P("URO", "chat", "Home catheter change for the 97yo at 418 Linden Ave, Fond du Lac; her son Marvin lets the nurse in.",
  [("97", A), ("418 Linden Ave", LO), ("Fond du Lac", LO), ("Marvin", N)], "age-over-89-digits address city name-relative")
P("URO", "chat", "PSA 14.2 on Leopoldo Arce, DOB 1951-06-02, MRN 3318027. Please get him an MRI before anyone books a biopsy.",
  [("Leopoldo Arce", N), ("1951-06-02", D), ("3318027", MR)], "dob date-iso mrn")
P("URO", "email", "Hi, this is Hyacinth Moreau-Bisset's daughter Corinne. Mom's stent is supposed to come out on the 23rd but we'll be in Sarasota until the 28th. Please reply to corinne.mb@example.com.",
  [("Hyacinth Moreau-Bisset", N), ("Corinne", N), ("23rd", D), ("Sarasota", LO), ("28th", D), ("corinne.mb@example.com", EM)], "email name-relative date-written city")
P("URO", "voicemail", "Voicemail: Oluwaseun Adeyemi-Cole calling, the stent string came out by itself, is that okay? Call me on 312-555-0144.",
  [("Oluwaseun Adeyemi-Cole", N), ("312-555-0144", PH)], "voicemail phone name-non-english")
P("URO", "caps", "URO ON CALL: UNABLE TO PLACE FOLEY, 4 EAST BED 9, GUNNARSDOTTIR, KRISTIN. CALLBACK 6-2210.",
  [("GUNNARSDOTTIR, KRISTIN", N)], "allcaps name-allcaps name-last-first extension-number")
P("URO", "lower", "fyi mrs delacroix-hume wants her husband in the room for the vasectomy consult, wait no other way around, mr delacroix-hume is the patient",
  [("delacroix-hume", N), ("delacroix-hume", N)], "lowercase name-lowercase name-hyphenated name-mistyped")
P("URO", "chat", "Buy-and-bill for Bertrand Gauthier's Xiaflex needs his member ID, XHU992038817, on the benefits check.",
  [("Bertrand Gauthier", N), ("XHU992038817", HP)], "health-plan name-possessive")
P("URO", "sms", "hi its Ngaio, the flomax makes me dizzy can i take it at night instead? also I'm moving to Whanganui next month",
  [("Ngaio", N), ("Whanganui", LO)], "sms name-given-only foreign-town name-non-english")
P("URO", "chat", "Scrotal ultrasound clip and the exam picture are in media as US_clip_0413.mp4 and exam_photo_0413.jpg; ED wants torsion ruled out.",
  [("US_clip_0413.mp4", PI), ("exam_photo_0413.jpg", PI)], "photo-filename")
P("URO", "chat", "Stone analysis LS-29-08361 is back for Zhao Yiming: calcium oxalate monohydrate 80%.",
  [("LS-29-08361", ID_), ("Zhao Yiming", N)], "accession name-non-english")
P("URO", "chat", "Driver's license on his sedation consent is W386-5521-0417-02 and he plans to drive home?? Who is his ride? Wife is Halina, 715-555-0107.",
  [("W386-5521-0417-02", LI), ("Halina", N), ("715-555-0107", PH)], "drivers-license name-relative phone")
P("URO", "chat", "Path report for Mr. Engebretsen came over from Riverbend Urology; their fax-back is (608) 555-0173.",
  [("Engebretsen", N), ("Riverbend Urology", LO), ("(608) 555-0173", FX)], "fax facility name-surname-only")
P("URO", "chat", "Interpreter request for 1400 cysto consent: \u200fعبد الرحمن الحسيني\u200f (Abdulrahman Al-Husseini), Arabic, Levantine if possible.",
  [("عبد الرحمن الحسيني", N), ("Abdulrahman Al-Husseini", N)], "name-non-english other-script bidi-mark")
P("URO", "chat", "Stent went in 3 Apr and has to be out within 6 weeks, so mid-May for Hallgrímur Sveinsson. Flag it please.",
  [("3 Apr", D), ("Hallgrímur Sveinsson", N)], "date-dmy-abbrev name-non-english")
P("URO", "ocr", "UROLOGY REFERRAL  Narne: Celestine Obi-Mbah  Ph0ne: 3l2-555-0l66  Reason: gross hernaturia",
  [("Celestine Obi-Mbah", N), ("3l2-555-0l66", PH)], "ocr-noise phone name-hyphenated")
P("URO", "chat", "Litho tech today is Rafferty; if the machine errors out again, page Jocelyn Tran-Whitaker from biomed.",
  [("Rafferty", N), ("Jocelyn Tran-Whitaker", N)], "name-staff name-surname-only name-hyphenated")
# ---------------------------------------------------------------- vascular surgery, vascular lab and vein clinic
C("VASC", "chat", "Rutherford 4 / Fontaine III: rest pain, no tissue loss. ABI 0.38 on the right, TBI 0.21.",
  "eponym-bare classification dose-lab", ep="Rutherford|Fontaine")
C("VASC", "chat", "WIfI 2-2-1, clinical stage 3. Limb salvage conference Thursday with podiatry and ID.",
  "score weekday", sc="WIfI")
C("VASC", "chat", "Leriche picture in a 52-year-old smoker: buttock claudication, absent femorals, erectile dysfunction. CTA with runoff today.",
  "eponym-bare age-under-90", ep="Leriche")
C("VASC", "chat", "Buerger test positive on the right: pallor at 45 degrees, dependent rubor after 40 seconds.",
  "eponym-bare dose-lab", ep="Buerger")
C("VASC", "chat", "May-Thurner on IVUS, 70% compression of the left common iliac vein. Use a dedicated venous stent, not a Wallstent.",
  "eponym-bare device-brand month-word", ep="May-Thurner", br="Wallstent")
C("VASC", "chat", "Paget-Schroetter in a 19-year-old swimmer: lysis, then first rib resection in a few weeks. Roos and Adson are positive on the other side too.",
  "eponym-bare age-under-90", ep="Paget-Schroetter|Roos|Adson")
C("VASC", "chat", "Dunbar (median arcuate ligament) vs Wilkie (SMA syndrome): the mesenteric duplex in inspiration and expiration will sort it out.",
  "eponym-bare", ep="Dunbar|Wilkie")
C("VASC", "chat", "Crawford extent II TAAA: spinal drain with CSF pressure at or below 10 and MAP above 90 for the first 48 h.",
  "eponym-bare dose-lab age-like-number", ep="Crawford")
C("VASC", "chat", "Fogarty 4 Fr for the brachial embolectomy, heparin bolus of 80 units/kg first.",
  "eponym-bare dose-lab", ep="Fogarty")
C("VASC", "chat", "Neck is 12 mm long with 60° angulation. Gore Excluder or Zenith won't cover it on label; Endurant's IFU goes to 60.",
  "device-brand dose-lab", br="Gore Excluder|Endurant|Zenith")
C("VASC", "chat", "Viabahn across the knee joint is still debated; the SFA lesion is 14 cm, TASC C.",
  "device-brand score", br="Viabahn", sc="TASC")
C("VASC", "chat", "CEAP C4a, VCSS 8, GSV reflux 2.1 s at the junction. The plan wants 3 months of Juzo or Sigvaris 20-30 first.",
  "score device-brand dose-lab", sc="CEAP|VCSS", br="Juzo|Sigvaris")
C("VASC", "chat", "VenaSeal vs ClosureFast: glue avoids tumescent, but she reacted to a cyanoacrylate nail product, so radiofrequency.",
  "device-brand", br="VenaSeal|ClosureFast")
C("VASC", "chat", "Asclera 1% foam for the reticular veins, Varithena for the tributary, max 10 mL a session.",
  "drug-brand-name dose-lab", br="Asclera|Varithena")
C("VASC", "chat", "Villalta 12 at 6 months: moderate post-thrombotic syndrome. Compression, walking, recheck in a year.",
  "eponym-bare score", ep="Villalta")
C("VASC", "chat", "Board question: modified Bernoulli, 4 × 3.5² is about 49 mmHg across the stenosis.",
  "eponym-bare dose-lab board-review", ep="Bernoulli")
C("VASC", "chat", "Moyamoya (もやもや, \"puff of smoke\") referral came to us from neuro; not ours, forwarding to neurosurgery.",
  "non-english-term other-script")
C("VASC", "chat", "Chapel Hill nomenclature for the vasculitis talk, and the Edinburgh claudication questionnaire for the PAD intake packet.",
  "place-rule", pl="Chapel Hill|Edinburgh")
C("VASC", "caps", "VASC LAB: DUPLEX ROOM B CLOSED FOR PROBE REPLACEMENT. ARTERIAL STUDIES IN ROOM A ONLY UNTIL 1500.",
  "allcaps room-bed-number clock-time")
C("VASC", "lower", "does cilostazol need to be held before the angio or just the clopidogrel",
  "lowercase quick-question")
C("VASC", "sms", "sono running 20 min behind, 3 carotids left, dont add anything else pls",
  "sms admin-chatter")
C("VASC", "list", "Vein clinic, Wed:\n0800 RFA right GSV\n0930 sclero x3\n1100 new consults (4)\n1300 RFA left SSV\n1500 post-op duplex checks",
  "list-schedule clock-time weekday")
C("VASC", "bot", "/evidence BEST-CLI vs BASIL-2: bypass or endovascular first for CLTI, and does an adequate saphenous vein change the answer?",
  "bot-command trial-name", tr="BEST-CLI|BASIL-2")
P("VASC", "email", "From: limbsalvage@example.org\nRe: Augustin Mbeki-Lowe\nTMA healed, cleared for shoe fitting. Podiatry (Dr. Saoirse Keane) sees him 5/7. Please send the orthotic Rx to Lakeside Prosthetics.",
  [("limbsalvage@example.org", EM), ("Augustin Mbeki-Lowe", N), ("Saoirse Keane", N), ("5/7", D), ("Lakeside Prosthetics", LO)], "email name-clinician date-numeric facility")
P("VASC", "ehr", "CAROTID DUPLEX | PT: VARGAS-LLOSA, MARIA JOSEFINA | MRN: 2207736 | DOS: 05/02/2029 | Sonographer: T. Castellanos, RVT",
  [("VARGAS-LLOSA, MARIA JOSEFINA", N), ("2207736", MR), ("05/02/2029", D), ("T. Castellanos", N)], "name-last-first mrn date-numeric name-initial")
P("VASC", "chat", "She is ninety-eight, lives alone on Orchard Hill Road in Baraboo, and is refusing the amputation.",
  [("ninety-eight", A), ("Orchard Hill Road", LO), ("Baraboo", LO)], "age-over-89-words address city")
P("VASC", "chat", "May Thurlow-Ekwueme has May-Thurner on IVUS (the fellow thought it was a joke). Stent booked for May 14.",
  [("May Thurlow-Ekwueme", N), ("May 14", D)], "name-collision date-written name-hyphenated month-word")
P("VASC", "sms", "from Kofi's wife: he took his eliquis this morning even tho u said stop 2 days before, is the surgery still on?? - Abena",
  [("Kofi", N), ("Abena", N)], "sms name-relative name-given-only name-non-english")
P("VASC", "voicemail", "This is Wojciech Pawlak, P-A-W-L-A-K, my groin incision from the bypass is leaking, I'm in Stevens Point, phone 715 555 0199.",
  [("Wojciech Pawlak", N), ("P-A-W-L-A-K", N), ("Stevens Point", LO), ("715 555 0199", PH)], "voicemail name-mistyped city phone")
P("VASC", "list", "Amputation clinic today:\n1. Thibodeaux (L BKA, wk 3)\n2. Wambui Njoroge (R TMA)\n3. Fenwick-Oyelaran (toe ray)\n4. Luz Marina Patiño (wound check)",
  [("Thibodeaux", N), ("Wambui Njoroge", N), ("Fenwick-Oyelaran", N), ("Luz Marina Patiño", N)], "name-list name-non-english list-schedule name-surname-only")
P("VASC", "chat", "Main body serial EM2416-0883117 goes on Kaufusi Taumoepeau's implant card; the limbs are on the sticker sheet.",
  [("EM2416-0883117", DV), ("Kaufusi Taumoepeau", N)], "device-serial name-non-english name-possessive")
P("VASC", "chat", "Home nurse sent heel_wound_wk6.jpg and heel_wound_wk7.jpg for Mr. Yazzie; the second one looks worse to me.",
  [("heel_wound_wk6.jpg", PI), ("heel_wound_wk7.jpg", PI), ("Yazzie", N)], "photo-filename name-surname-only")
P("VASC", "caps", "STAT PAGE VASC: RUPTURED AAA INBOUND FROM BLACK RIVER FALLS BY AIR, LINDQVIST, ERLAND, ETA 15 MIN.",
  [("BLACK RIVER FALLS", LO), ("LINDQVIST, ERLAND", N)], "allcaps city name-allcaps name-last-first")
P("VASC", "lower", "sayuri watanabe-oduya called again about her stockings, the rx went to the wrong pharmacy, the one on grand ave",
  [("sayuri watanabe-oduya", N), ("grand ave", LO)], "lowercase name-lowercase address")
P("VASC", "chat", "Guarantor for the ablation is Cordelia Fanshawe (mother), account 88120459; she'll pay the deductible by card ending 7306.",
  [("Cordelia Fanshawe", N), ("88120459", AC), ("7306", AC)], "account name-relative")
P("VASC", "chat", "Self-pay form has last four of SSN 2918; that's Anselm Grabowski, not the other Grabowski on today's list.",
  [("2918", SS), ("Anselm Grabowski", N), ("Grabowski", N)], "ssn-partial name-surname-only")
P("VASC", "chat", "Send the ABIs to his PCP at Northwoods Family Medicine, fax 715.555.0181, attn Bellamy.",
  [("Northwoods Family Medicine", LO), ("715.555.0181", FX), ("Bellamy", N)], "fax facility name-clinician")
P("VASC", "chat", "His daughter posted the story at https://www.example.net/stories/dwayne-haskett-limb-loss and asked if we'd share it. We can't.",
  [("https://www.example.net/stories/dwayne-haskett-limb-loss", UR)], "url")
P("VASC", "dictation", "Patient Sunniva Haugen comma 90 years old comma here for carotid follow up comma 50 to 69 percent stenosis stable period",
  [("Sunniva Haugen", N), ("90", A)], "dictation age-over-89-digits")
P("VASC", "ehr", "Vein clinic | Pt: Dubois-Ngata, Hemi | DOB 11/30/1964 | BadgerCare ID 7712093348 | C4a left",
  [("Dubois-Ngata, Hemi", N), ("11/30/1964", D), ("7712093348", HP)], "name-last-first dob health-plan name-hyphenated")
P("VASC", "ocr", "VASCULAR LAB REQUlSITION  Patient: Thurgood Pemberton  MRN: 8O274l9  Ordering: Dr. Ifeoma Chukwu",
  [("Thurgood Pemberton", N), ("8O274l9", MR), ("Ifeoma Chukwu", N)], "ocr-noise mrn name-clinician")
P("VASC", "chat", "Sonographer swap: Ximena covers Friday 7-3 and Idris Ogunleye takes the Saturday call.",
  [("Ximena", N), ("Idris Ogunleye", N)], "name-staff weekday")
# ---------------------------------------------------------------- interventional pain clinic
C("PAIN", "chat", "Spurling positive on the left, reproduces the C6 pattern. Cervical ILESI at C7-T1 with a 20 g Tuohy, loss of resistance to saline.",
  "eponym-bare dose-lab", ep="Spurling|Tuohy")
C("PAIN", "chat", "Lasègue at 35°, Bragard adds dorsiflexion and reproduces it. Left L5 TFESI with a 22 g Chiba.",
  "eponym-bare dose-lab", ep="Lasègue|Bragard|Chiba")
C("PAIN", "chat", "Waddell signs 3/5 are not a malingering label; they're a reason to bring in the pain psychologist. Document neutrally.",
  "eponym-bare score-fraction", ep="Waddell")
C("PAIN", "chat", "Whitacre for the blood patch? No: a blood patch is epidural, so a Tuohy. Whitacre and Sprotte are for spinals.",
  "eponym-bare quick-question", ep="Whitacre|Sprotte|Tuohy")
C("PAIN", "chat", "Racz catheter adhesiolysis with hyaluronidase and hypertonic saline, one session now instead of the old 3-day protocol.",
  "eponym-bare", ep="Racz")
C("PAIN", "chat", "Ferguson view for the SI joint, about 15-20° cephalad, then go for the inferior third.",
  "eponym-bare dose-lab", ep="Ferguson")
C("PAIN", "chat", "Kambin's triangle for the transforaminal approach; the Wiltse paraspinal approach is for the open spine folks.",
  "eponym-bare", ep="Kambin|Wiltse")
C("PAIN", "chat", "Tarlov cysts at S2 on the MRI, 9 mm, incidental. Bertolotti transitional segment too, which explains the asymmetric L5.",
  "eponym-bare dose-lab", ep="Tarlov|Bertolotti")
C("PAIN", "chat", "Modic type 1 at L4-5 with a Pfirrmann IV disc: basivertebral nerve ablation candidate. Intracept rep can come Thursday.",
  "eponym-bare device-brand weekday", ep="Modic|Pfirrmann", br="Intracept")
C("PAIN", "chat", "Meyerding grade I slip at L5-S1, stable on flexion-extension, and Baastrup (kissing spines) at L3-4.",
  "eponym-bare classification", ep="Meyerding|Baastrup")
C("PAIN", "chat", "Arnold neuralgia (greater occipital) block: 2 mL bupivacaine 0.5% plus 10 mg triamcinolone each side.",
  "eponym-bare dose-lab", ep="Arnold")
C("PAIN", "chat", "Eagle syndrome is on the list for the throat and ear pain; styloid is 4 cm on CT.",
  "eponym-bare common-word-not-name", ep="Eagle")
C("PAIN", "chat", "Oswestry 46% and Roland-Morris 15/24 at intake; repeat both at 3 months.",
  "place-rule score-fraction eponym-bare", pl="Oswestry", ep="Roland-Morris")
C("PAIN", "chat", "Keele STarT Back says high risk, so psychologically informed PT first and injections second.",
  "place-rule score", pl="Keele", sc="STarT Back")
C("PAIN", "chat", "SOAPP-R 21, Opioid Risk Tool moderate, PDMP checked with nothing from outside prescribers. Naloxone co-prescribed.",
  "score organization", sc="SOAPP-R|Opioid Risk Tool", org="PDMP")
C("PAIN", "chat", "Nevro HFX vs Saluda Evoke for the trial: HFX is paresthesia-free, Evoke is closed-loop. The reps will book both demos.",
  "device-brand", br="Nevro|HFX|Saluda|Evoke")
C("PAIN", "chat", "Qutenza 8% patch over the post-herpetic area for 60 min, pretreat with topical lidocaine, nitrile gloves. Lidoderm did nothing.",
  "drug-brand-name dose-lab", br="Qutenza|Lidoderm")
C("PAIN", "chat", "Journavx (suzetrigine) 100 mg then 50 mg q12h for the post-op study arm. Is it on formulary yet?",
  "drug-brand-name dose-lab quick-question", br="Journavx")
C("PAIN", "chat", "Fellows' reading list: Melzack and Wall's gate control paper from 1965 and Bonica's textbook, chapter 1.",
  "public-figure year-only teaching", pub="Melzack|Wall|Bonica")
C("PAIN", "caps", "FLUORO SUITE 2: C-ARM QA FAILED. CASES AFTER 1100 MOVE TO SUITE 1. LEAD APRONS CHECKED, TAGS GREEN.",
  "allcaps room-bed-number clock-time")
C("PAIN", "lower", "is belbuca ok to start if hes still on 15 of oxycodone q6 or do we taper first",
  "lowercase quick-question drug-brand-name dose-lab")
C("PAIN", "dictation", "Procedure note comma right L4 L5 and L5 S1 medial branch blocks comma 0.5 milliliters bupivacaine per level comma pain 7 out of 10 before and 1 out of 10 after period",
  "dictation dose-lab score-fraction")
C("PAIN", "chat", "She calls it \"dolor de cintura\" but points to the SI joint, not the waist. Chart the location from the exam, not the translation.",
  "non-english-term")
P("PAIN", "ehr", "Opioid agreement | Pt: Yellowhorse, Dakota R | DOB 02/19/1978 | Pharmacy: 411 Cedar St, Ashland | Next pill count 5/16",
  [("Yellowhorse, Dakota R", N), ("02/19/1978", D), ("411 Cedar St", LO), ("Ashland", LO), ("5/16", D)], "name-last-first dob address city")
P("PAIN", "chat", "Arnold Pettersen's Arnold neuralgia block lasted 6 weeks; he wants a repeat before his trip to Duluth.",
  [("Arnold Pettersen", N), ("Duluth", LO)], "name-collision name-eponym-surname city name-possessive")
P("PAIN", "chat", "Ms. Eagle (Rowena Eagle) is in fact the Eagle syndrome patient; styloidectomy consult sent to ENT.",
  [("Eagle", N), ("Rowena Eagle", N)], "name-collision name-eponym-surname")
P("PAIN", "chat", "SCS trial for Giancarlo Benedetti-Orsini: IPG serial NIPG0457713, patient programmer SN PP-82215.",
  [("Giancarlo Benedetti-Orsini", N), ("NIPG0457713", DV), ("PP-82215", DV)], "device-serial name-hyphenated")
P("PAIN", "voicemail", "VM 7:58 am: this is Shirley Two Bulls, I ran out of my Nucynta early because my grandson Tyler took some, I filed a police report, the number is 29-113058.",
  [("Shirley Two Bulls", N), ("Tyler", N), ("29-113058", ID_)], "voicemail name-relative other-id name-non-english")
P("PAIN", "caps", "PAIN CLINIC: UDS ON RASMUSSEN-TOBIAS, KIRSTEN NEEDS CHAIN OF CUSTODY, SPECIMEN CC-55108.",
  [("RASMUSSEN-TOBIAS, KIRSTEN", N), ("CC-55108", ID_)], "allcaps name-allcaps name-last-first other-id")
P("PAIN", "lower", "ok so mr oyugi's daughter says hes 93 not 83, intake has a typo, fixing it now",
  [("oyugi", N), ("93", A)], "lowercase age-over-89-digits name-lowercase name-possessive")
P("PAIN", "email", "Subject: records request, Harriet Quist-Lindahl\nFrom: records@lakeview-ortho.example.com\nPlease fax prior injection notes to 920-555-0135 (fax), attn Bettina.",
  [("Harriet Quist-Lindahl", N), ("records@lakeview-ortho.example.com", EM), ("920-555-0135", FX), ("Bettina", N)], "email fax name-staff name-hyphenated")
P("PAIN", "sms", "this is Lorenzo from yesterday, the numbness went away after 4 hrs like u said. thx Dr Kawecki",
  [("Lorenzo", N), ("Kawecki", N)], "sms name-given-only name-clinician")
P("PAIN", "list", "Fluoro today:\n08:00 Mbatha, Sipho (L4-5 ILESI)\n08:45 Lacroix, Amélie (SI bilat)\n09:30 Nakamura-Reyes, Kenji (RFA L3-5)\n10:15 Tsosie, Darlene (SCS trial)",
  [("Mbatha, Sipho", N), ("Lacroix, Amélie", N), ("Nakamura-Reyes, Kenji", N), ("Tsosie, Darlene", N)], "name-last-first list-schedule name-non-english name-list")
P("PAIN", "chat", "Lead exit site picture from Ms. Fairbanks-Oyo came in as scs_exit_day5.png; looks clean to me.",
  [("Fairbanks-Oyo", N), ("scs_exit_day5.png", PI)], "photo-filename name-hyphenated")
P("PAIN", "chat", "WC injury date is 11/02/2028, fell off a ladder at 1400 Industrial Dr, Oshkosh. Claim WCX-0092214.",
  [("11/02/2028", D), ("1400 Industrial Dr", LO), ("Oshkosh", LO), ("WCX-0092214", ID_)], "date-numeric address city other-id")
P("PAIN", "chat", "Dr. Adaora Nnadi is out next week; her fluoro list goes to Hemming and the psych evals to Rivka Feldstein-Amar.",
  [("Adaora Nnadi", N), ("Hemming", N), ("Rivka Feldstein-Amar", N)], "name-clinician name-staff name-surname-only")
P("PAIN", "chat", "Psychology note: she prefers her Hebrew name, שושנה (Shoshana), to her legal name, Susan Mizrahi.",
  [("שושנה", N), ("Shoshana", N), ("Susan Mizrahi", N)], "name-non-english other-script name-nickname")
P("PAIN", "chat", "Prior auth for the RFA: member ID ZQM462190835, group 80211, patient Ezekiel Barnaby.",
  [("ZQM462190835", HP), ("Ezekiel Barnaby", N)], "health-plan name-plain")
P("PAIN", "bot", "/summarize Maren Kristiansen-Oduro's last three pain notes for her PCP, she's the SCS trial from Tuesday",
  [("Maren Kristiansen-Oduro", N)], "bot-command name-hyphenated name-possessive weekday")
P("PAIN", "dictation", "This is Doctor Ravindra Iyer dictating for patient Beatrix Holloway comma medical record number 5 5 1 0 3 8 2 comma",
  [("Ravindra Iyer", N), ("Beatrix Holloway", N), ("5 5 1 0 3 8 2", MR)], "dictation mrn spaced-digits name-clinician")
P("PAIN", "ocr", "PAlN MEDlCINE CONSULT  Pt: Orlaith McGonigle  DOB: 0l/05/l959  Phone: 608-555-Ol29",
  [("Orlaith McGonigle", N), ("0l/05/l959", D), ("608-555-Ol29", PH)], "ocr-noise dob phone")
P("PAIN", "chat", "Her husband Thorvald drives her; he's 95 himself and shouldn't be on the road after dark, so book her mornings.",
  [("Thorvald", N), ("95", A)], "name-relative age-over-89-digits")
# ---------------------------------------------------------------- pulmonary function lab and pulmonary rehab
C("PFT", "chat", "Tiffeneau index 0.62 post-BD, FEV1 58% predicted, so GOLD 2. Use GLI Global race-neutral equations, not Hankinson, per the ATS statement.",
  "eponym-bare score organization dose-lab", ep="Tiffeneau|Hankinson", sc="GLI Global", org="GOLD|ATS")
C("PFT", "chat", "Body box (Boyle's law) TLC 128% and RV/TLC 0.58, so air trapping. DLCO corrected for Hb 11.2 is 54%.",
  "eponym-bare dose-lab", ep="Boyle")
C("PFT", "chat", "Krogh constant (KCO) is normal while DLCO is low: think low lung volume rather than membrane disease.",
  "eponym-bare teaching", ep="Krogh")
C("PFT", "chat", "Hoover sign on exam, inward costal margins on inspiration, which fits the hyperinflation on the box.",
  "eponym-bare common-word-not-name", ep="Hoover")
C("PFT", "chat", "Mueller maneuver aside, the flow-volume loop looks like variable extrathoracic obstruction. Send her to ENT for a scope.",
  "eponym-bare", ep="Mueller")
C("PFT", "chat", "MIP −45 and MEP 60 cmH2O. Start the Threshold IMT at 30% of MIP; POWERbreathe if insurance won't cover it.",
  "device-brand dose-lab", br="Threshold IMT|POWERbreathe")
C("PFT", "chat", "Rehab intake: BODE 5, mMRC 3, CAT 24, 6MWD 286 m with a nadir SpO2 of 86% on 2 L.",
  "score dose-lab", sc="BODE|mMRC|CAT")
C("PFT", "chat", "St George's Respiratory Questionnaire takes too long in clinic; use the CAT and keep St George's for the research visit.",
  "place-rule score", pl="St George's")
C("PFT", "chat", "Acapella vs Aerobika for his bronchiectasis: Aerobika is easier to clean, and AffloVest if he ends up needing a vest.",
  "device-brand", br="Acapella|Aerobika|AffloVest")
C("PFT", "chat", "Lady Windermere picture: thin older woman, right middle lobe and lingula, Mycobacterium avium complex on 2 of 3 sputa.",
  "public-figure organism", pub="Lady Windermere", orgm="Mycobacterium avium complex")
C("PFT", "chat", "Kartagener vs Williams-Campbell vs Mounier-Kuhn: nasal NO and the tracheal diameter on CT will separate them.",
  "eponym-bare", ep="Kartagener|Williams-Campbell|Mounier-Kuhn")
C("PFT", "chat", "Swyer-James on the film: unilateral hyperlucent lung with a small pulmonary artery. The childhood bronchiolitis history fits.",
  "eponym-bare", ep="Swyer-James")
C("PFT", "chat", "Biot breathing on the overnight oximetry, not the waxing and waning pattern you'd expect with his heart failure.",
  "eponym-bare", ep="Biot")
C("PFT", "chat", "Trelegy vs Breztri vs Spiriva plus Symbicort: same drug classes, and his plan puts Breztri on tier 2.",
  "drug-brand-name", br="Trelegy|Breztri|Spiriva|Symbicort")
C("PFT", "chat", "Ohtuvayre nebs twice daily on top of the triple, since his eos are 90 and a biologic isn't an option.",
  "drug-brand-name age-like-number", br="Ohtuvayre")
C("PFT", "chat", "Nucala, Fasenra or Tezspire for eos of 480: Fasenra every 8 weeks after the first three doses is the easiest schedule.",
  "drug-brand-name dose-lab", br="Nucala|Fasenra|Tezspire")
C("PFT", "chat", "Inogen portable for the rehab walks, pulse setting 3 is roughly 2 L continuous; the Respironics concentrator stays at home.",
  "device-brand dose-lab", br="Inogen|Respironics")
C("PFT", "caps", "PFT LAB: BODY BOX CALIBRATION FAILED. LUNG VOLUMES BY NITROGEN WASHOUT ONLY TODAY. DLCO OK.",
  "allcaps")
C("PFT", "chat", "John Hutchinson built the spirometer in 1846 and coined \"vital capacity\"; the Tiffeneau ratio came about a century later.",
  "public-figure year-only teaching", pub="John Hutchinson", ep="Tiffeneau")
C("PFT", "lower", "can we do a methacholine challenge on someone on tiotropium or does it need to be held a full week",
  "lowercase quick-question")
C("PFT", "sms", "methacholine vials came in, left side of the fridge. PD20 cutoff 400 mcg per ERS",
  "sms dose-lab organization", org="ERS")
C("PFT", "bot", "/ask How should I read a DLCO of 55% with normal spirometry and normal lung volumes in a 64-year-old who never smoked?",
  "bot-command dose-lab age-under-90")
C("PFT", "list", "Pulm rehab Tue/Thu 1300:\n- 6MWT x2 (new starts)\n- IMT group\n- education: inhaler technique\n- oximetry walk checks\nRoom: rehab gym B",
  "list-schedule weekday clock-time")
C("PFT", "ocr", "PULMONARY FUNCTl0N TEST  FEV1 l.82 L (58%)  FVC 2.94 L (74%)  FEVl/FVC 0.62  DLCO 54%  lnterpretation: moderate obstruction",
  "ocr-noise dose-lab")
C("PFT", "dictation", "Pulmonary function interpretation comma spirometry shows moderate obstruction with a significant bronchodilator response comma 14 percent and 260 milliliters period",
  "dictation dose-lab")
P("PFT", "email", "From: pft.lab@example.org\nTo: pulmonary clinic\nEvangelina Cardenas-Mott no-showed 6/3; she texted that she was at her son's in Kenosha. Reschedule?",
  [("pft.lab@example.org", EM), ("Evangelina Cardenas-Mott", N), ("6/3", D), ("Kenosha", LO)], "email date-numeric city name-hyphenated")
P("PFT", "ehr", "PFT REPORT | PANTOJA, RIGOBERTO | MRN 4492217 | Age 90 | Ht 162 cm | Ref: Lindahl-Brenner",
  [("PANTOJA, RIGOBERTO", N), ("4492217", MR), ("90", A), ("Lindahl-Brenner", N)], "name-last-first mrn age-over-89-digits name-clinician")
P("PFT", "sms", "Constance here, moms concentrator is beeping red, serial on the back says 1220B044815, what do i do",
  [("Constance", N), ("1220B044815", DV)], "sms device-serial name-relative")
P("PFT", "voicemail", "Voicemail: hello it's Ebenezer Quaye, my rehab is Tuesday but my wife Adwoa is in the hospital at St. Clement's, can I come Thursday instead, 414-555-0108.",
  [("Ebenezer Quaye", N), ("Adwoa", N), ("St. Clement's", LO), ("414-555-0108", PH)], "voicemail name-relative facility phone")
P("PFT", "list", "6MWT today:\n0800 Halloran, Deirdre\n0845 Tupou, Sione\n0930 Kristjánsdóttir, Helga\n1015 Abara, Chukwuemeka\n1100 (open)",
  [("Halloran, Deirdre", N), ("Tupou, Sione", N), ("Kristjánsdóttir, Helga", N), ("Abara, Chukwuemeka", N)], "name-last-first list-schedule name-non-english name-list")
P("PFT", "caps", "PFT LAB: ELSAYED, MAHMOUD DESATURATED TO 79% ON THE 6MWT. RRT CALLED TO ROOM 2.",
  [("ELSAYED, MAHMOUD", N)], "allcaps name-allcaps name-last-first")
P("PFT", "lower", "lucinda okwuosa-bright left her spacer here with her name on it, its in lost and found",
  [("lucinda okwuosa-bright", N)], "lowercase name-lowercase name-hyphenated")
P("PFT", "chat", "Mr. Hoover's Hoover sign is textbook, and Lyle Hoover says everyone asks him about the vacuum.",
  [("Hoover", N), ("Lyle Hoover", N)], "name-collision name-eponym-surname name-possessive")
P("PFT", "bot", "/draft a letter for Wilhelmina Osei's employer saying she can't return to the dust-exposed job; PFTs attached",
  [("Wilhelmina Osei", N)], "bot-command name-possessive")
P("PFT", "dictation", "Pulmonary rehab discharge summary for Ignatius Fairclough comma date of birth 3 slash 8 slash 1944 comma completed 36 sessions period",
  [("Ignatius Fairclough", N), ("3 slash 8 slash 1944", D)], "dictation dob")
P("PFT", "ocr", "0XYGEN QUALlFYlNG TEST  Name: Perpetua Nwankwo  DOB: 07/O9/l940  SpO2 rest 87% RA  Medicare: 5KT9-WN2-MD71",
  [("Perpetua Nwankwo", N), ("07/O9/l940", D), ("5KT9-WN2-MD71", HP)], "ocr-noise dob health-plan")
P("PFT", "chat", "Home spirometer for the transplant study (serial ZS-7712903) shipped to 5 Quarry Rd, Mineral Point, for Ansgar Lindholm.",
  [("ZS-7712903", DV), ("5 Quarry Rd", LO), ("Mineral Point", LO), ("Ansgar Lindholm", N)], "device-serial address city")
P("PFT", "chat", "The week-4 walk video (rehab_walk_w4.mp4) shows how hard she leans on the cart; please share it with PT.",
  [("rehab_walk_w4.mp4", PI)], "photo-filename")
P("PFT", "chat", "Shout-out to Ingrid Solberg-Akande for catching the calibration drift, and to Pedro on nights.",
  [("Ingrid Solberg-Akande", N), ("Pedro", N)], "name-staff name-hyphenated name-given-only")
P("PFT", "chat", "Kazimierz is ninety-five and still does his airway clearance every morning; his granddaughter Zofia texts us his peak flows.",
  [("Kazimierz", N), ("ninety-five", A), ("Zofia", N)], "age-over-89-words name-relative name-given-only")
P("PFT", "chat", "She asked us to call her daughter instead: " + FW("312-555-0174") + " (typed full-width in the portal).",
  [(FW("312-555-0174"), PH)], "fullwidth-digits phone relative-not-named")
P("PFT", "chat", "Subject 2029-PF-0183 (Wendeline Raske) finished visit 3; next visit is 6/24.",
  [("2029-PF-0183", ID_), ("Wendeline Raske", N), ("6/24", D)], "other-id date-numeric")
P("PFT", "chat", "Occupational history: 22 years at the quarry in Waukesha; his foreman was his brother-in-law Emil Hradecky, who has silicosis too.",
  [("Waukesha", LO), ("Emil Hradecky", N)], "city name-relative")
P("PFT", "email", "Subject: O2 recert, Ptolemy Anagnostopoulos\nHis Medicaid ID is 440917726 and the recert is due 7/01. Please sign by Friday.",
  [("Ptolemy Anagnostopoulos", N), ("440917726", HP), ("7/01", D)], "email health-plan date-numeric name-non-english")
# ---------------------------------------------------------------- plastic and hand surgery clinic (with the splint room)
C("HAND", "chat", "Kanavel signs 3 of 4 on the index finger: fusiform swelling, flexed posture, pain on passive extension. Washout tonight.",
  "eponym-bare", ep="Kanavel")
C("HAND", "chat", "Froment positive and Jeanne sign on the left, Wartenberg too. That's ulnar, probably at the elbow rather than Guyon canal.",
  "eponym-bare", ep="Froment|Jeanne|Wartenberg|Guyon")
C("HAND", "chat", "Zone II flexor repair, 4-strand core plus epitendinous. Therapy starts early active motion on day 3, not the Kleinert or Duran protocol.",
  "eponym-bare", ep="Kleinert|Duran")
C("HAND", "chat", "Kienböck stage IIIA per Lichtman, ulnar variance −2 mm, so radial shortening is on the table. Preiser is the scaphoid version of this.",
  "eponym-bare classification dose-lab", ep="Kienböck|Lichtman|Preiser")
C("HAND", "chat", "Bennett vs Rolando: two-part intra-articular thumb base is a Bennett, comminuted is a Rolando. This one's a Bennett, pin and cast.",
  "eponym-bare teaching", ep="Bennett|Rolando")
C("HAND", "chat", "Seymour fracture in the 11-year-old: nail bed trapped in the physis means an open fracture. Washout, antibiotics, repair.",
  "eponym-bare age-under-90", ep="Seymour")
C("HAND", "chat", "Watson scaphoid shift positive with a painful clunk, and a Terry Thomas sign on the PA view, 4 mm gap. MR arthrogram for the SL ligament.",
  "eponym-bare public-figure dose-lab", ep="Watson", pub="Terry Thomas")
C("HAND", "chat", "Eaton-Littler stage III thumb CMC. LRTI vs simple trapeziectomy; she wants the faster recovery.",
  "eponym-bare classification", ep="Eaton-Littler")
C("HAND", "chat", "Elson test negative, so the central slip is intact. Buddy tape, no boutonnière splint needed.",
  "eponym-bare non-english-term", ep="Elson")
C("HAND", "chat", "Essex-Lopresti, Galeazzi, Monteggia: with any forearm fracture, image the wrist and the elbow.",
  "eponym-bare teaching", ep="Essex-Lopresti|Galeazzi|Monteggia")
C("HAND", "chat", "Colles is dorsal angulation, Smith is volar, Barton is the rim fracture. The resident swapped Smith and Barton on handoff again.",
  "eponym-bare teaching", ep="Colles|Smith|Barton")
C("HAND", "chat", "Darrach vs Sauvé-Kapandji for the DRUJ in a 40-year-old laborer: S-K keeps the ulnar head, better for grip.",
  "eponym-bare age-under-90", ep="Darrach|Sauvé-Kapandji")
C("HAND", "chat", "WALANT the Lalonde way: 1% lidocaine with epi 1:100,000, wait 25 min, no tourniquet, and he shows us active flexion on the table.",
  "eponym-bare ratio dose-lab", ep="Lalonde")
C("HAND", "chat", "Moberg pick-up test 40 seconds on the left vs 12 on the right; two-point discrimination 9 mm at the index pulp.",
  "eponym-bare dose-lab", ep="Moberg")
C("HAND", "chat", "Foucher (kite) flap for the thumb pulp defect; an Atasoy V-Y would have been enough for the index tip.",
  "eponym-bare", ep="Foucher|Atasoy")
C("HAND", "chat", "Henry approach to the volar radius through the FCR sheath; Lister's tubercle is your landmark dorsally.",
  "eponym-bare teaching", ep="Henry|Lister")
C("HAND", "chat", "Garrod pads and Ledderhose both, a strong diathesis. Warn him about recurrence after the fasciectomy.",
  "eponym-bare", ep="Garrod|Ledderhose")
C("HAND", "chat", "Splint room restock: Orfit 3.2 mm perforated and Aquaplast sheets, 1-inch Coban, and thermoplastic scraps go in the green bin.",
  "device-brand unit-measure", br="Orfit|Aquaplast|Coban")
C("HAND", "caps", "MICROSURGERY FLAP CHECKS Q1H X 24H, THEN Q2H. DOPPLER AT BEDSIDE. CALL PLASTICS FOR ANY COLOR CHANGE.",
  "allcaps")
C("HAND", "lower", "is the mallet splint supposed to stay on in the shower or can they take it off if they keep the finger straight on the table",
  "lowercase quick-question")
C("HAND", "bot", "/ask ASSH guidance: how long do you splint a bony mallet with a 30% articular fragment, and when is surgery better?",
  "bot-command organization dose-lab", org="ASSH")
C("HAND", "sms", "ortho tech: out of 1.6 K-wires, used the last one on the 0900. Synthes rep bringing more after lunch",
  "sms device-brand clock-time", br="Synthes")
C("HAND", "chat", "Therapy dog in the hand gym Tuesday: Admiral, the black lab, is great for grip practice with the tug rope.",
  "pet-name weekday", pet="Admiral")
P("HAND", "chat", "Mr. Smith has a Smith fracture, truly. Garfield Smith, 58, volar plate Friday; he is not the Barton patient.",
  [("Smith", N), ("Garfield Smith", N)], "name-collision name-eponym-surname weekday")
P("HAND", "chat", "Henry Obuobi is booked for a Henry approach ORIF; put Henry in bay 2 when he arrives.",
  [("Henry Obuobi", N), ("Henry", N, 2)], "name-collision name-given-only room-bed-number")
P("HAND", "chat", "After the index amputation Ms. Haverkamp can't use the palm-vein check-in. Re-enroll her and delete the old template PV-0093312.",
  [("Haverkamp", N), ("PV-0093312", BI)], "biometric name-surname-only")
P("HAND", "chat", "Fingerprint template FP-28871-R for Osvaldo Quiroga (our nurse with the replanted thumb) keeps failing at the med cabinet; IT is re-enrolling him.",
  [("FP-28871-R", BI), ("Osvaldo Quiroga", N)], "biometric name-staff")
P("HAND", "chat", "Pre-op pictures of the cord: dup_left_palm_pre.jpg and dup_left_palm_ext.jpg, both in media.",
  [("dup_left_palm_pre.jpg", PI), ("dup_left_palm_ext.jpg", PI)], "photo-filename")
P("HAND", "chat", "Table saw injury at Northfield Millwork on 6/11; WC claim NF-2029-00781, adjuster Colm Brannigan, 608-555-0193 ext 12.",
  [("6/11", D), ("NF-2029-00781", ID_), ("Colm Brannigan", N), ("608-555-0193 ext 12", PH)], "other-id date-numeric phone-extension name-staff")
P("HAND", "list", "Hand therapy 1:1s\n- Anneliese Vogt (FDP repair, wk 2)\n- Tobenna Ikeji (replant)\n- Mireille Savard-Lopes (CMC arthroplasty)\n- Kwame (surname on the paper chart)",
  [("Anneliese Vogt", N), ("Tobenna Ikeji", N), ("Mireille Savard-Lopes", N), ("Kwame", N)], "name-list list-schedule name-non-english name-given-only")
P("HAND", "caps", "REPLANT ALERT: 23M, TABLE SAW, 3 DIGITS ON ICE, TRANSFER FROM GRANTSBURG. NAME PER EMS: DUSTIN KOWALSKI-AMOAH.",
  [("GRANTSBURG", LO), ("DUSTIN KOWALSKI-AMOAH", N)], "allcaps city name-allcaps name-hyphenated")
P("HAND", "sms", "hey its Soledad, the splint is rubbing a blister on my wrist, sent a pic: wrist_blister.jpg",
  [("Soledad", N), ("wrist_blister.jpg", PI)], "sms photo-filename name-given-only")
P("HAND", "voicemail", "Voicemail from Franjo Kovačić, K-O-V-A-C-I-C, son of Ivan Kovačić, they missed the flap check, they're at 7720 Riverside Dr in Appleton, please call 920 555 0164.",
  [("Franjo Kovačić", N), ("K-O-V-A-C-I-C", N), ("Ivan Kovačić", N), ("7720 Riverside Dr", LO), ("Appleton", LO), ("920 555 0164", PH)], "voicemail address city phone")
P("HAND", "email", "From: scheduling@handcenter.example.com\nRe: Sakura Inoue (井上さくら), post-op visit moved to 7/12 at 9:40.",
  [("scheduling@handcenter.example.com", EM), ("Sakura Inoue", N), ("井上さくら", N), ("7/12", D)], "email name-non-english other-script date-numeric")
P("HAND", "lower", "pls call santino dellarocca back about his pins, he says one feels loose, number is in the chart",
  [("santino dellarocca", N)], "lowercase name-lowercase")
P("HAND", "dictation", "Hand surgery op note comma patient Lavinia Fotu comma age 92 comma left carpal tunnel release under wide awake local period",
  [("Lavinia Fotu", N), ("92", A)], "dictation age-over-89-digits name-non-english")
P("HAND", "ehr", "Case request | Pt: AGYEMAN-BOATENG, KWADWO | MRN 00926413 | DOS 07/19/2029 | Proc: zone II FDP repair",
  [("AGYEMAN-BOATENG, KWADWO", N), ("00926413", MR), ("07/19/2029", D)], "name-last-first mrn date-numeric name-allcaps")
P("HAND", "ocr", "HAND THERAPY REFERRAL  Patient: Genoveva Albarrán  MRN: 55l2O98  Diagnosis: Zone ll flexor tendon laceration",
  [("Genoveva Albarrán", N), ("55l2O98", MR)], "ocr-noise mrn name-non-english")
P("HAND", "chat", "Flap checks tonight: Hyun-woo until 2300, then Anastasiya Bondarenko.",
  [("Hyun-woo", N), ("Anastasiya Bondarenko", N)], "name-staff name-given-only name-non-english")
P("HAND", "chat", "He drove himself in with a fresh replant?? Security says his truck, plate ZRT 4190, is in the ambulance bay and has to move.",
  [("ZRT 4190", VE)], "vehicle")
P("HAND", "chat", "Ottoline Varga's CMC injection is today; she's 89, so do we skip the steroid or not?",
  [("Ottoline Varga", N)], "name-possessive age-under-90 quick-question")
P("HAND", "chat", "Video of his tenodesis exercises for home: https://hand.example.org/v/ex-7781-kowalski, only opens with his portal login.",
  [("https://hand.example.org/v/ex-7781-kowalski", UR)], "url")
# ---------------------------------------------------------------- sports medicine, athletic trainers and team physicians
C("SPORTS", "chat", "Thessaly at 20° flexion reproduces the medial joint line pain, McMurray equivocal. MRI before the tournament.",
  "place-rule dose-lab", pl="Thessaly")
C("SPORTS", "chat", "Lachman 2B with a soft endpoint, pivot shift grade 2, so ACL until proven otherwise. DonJoy brace until the MRI.",
  "eponym-bare device-brand", br="DonJoy")
C("SPORTS", "chat", "Hawkins-Kennedy and Neer positive, Jobe empty-can weak on the right: impingement plus a possible supraspinatus tear.",
  "eponym-bare", ep="Hawkins-Kennedy|Neer|Jobe")
C("SPORTS", "chat", "Speed and Yergason positive, O'Brien too. SLAP vs biceps tendinopathy; MR arthrogram.",
  "eponym-bare common-word-not-name", ep="Speed|Yergason|O'Brien")
C("SPORTS", "chat", "Bankart plus Hill-Sachs after the second dislocation, glenoid bone loss 18%, so a Latarjet is on the table.",
  "eponym-bare dose-lab", ep="Bankart|Hill-Sachs|Latarjet")
C("SPORTS", "chat", "Pain is at the inferior pole of the patella, so Sinding-Larsen-Johansson rather than tibial tubercle apophysitis. Activity modification and a strap.",
  "eponym-bare", ep="Sinding-Larsen-Johansson")
C("SPORTS", "chat", "Maisonneuve reminder: medial ankle injury plus proximal fibula tenderness. Squeeze test and image the whole leg.",
  "eponym-bare teaching", ep="Maisonneuve")
C("SPORTS", "chat", "Tommy John surgery in high school pitchers is climbing again; Pitch Smart caps 17-18 year-olds at 105 pitches and the 15-16s at 95.",
  "public-figure organization age-like-number age-aggregate", pub="Tommy John", org="Pitch Smart")
C("SPORTS", "chat", "Lou Gehrig came up in the ALS lecture; for the athletes, the CTE talk is about repetitive head impacts, not one concussion.",
  "public-figure teaching", pub="Lou Gehrig")
C("SPORTS", "chat", "SCAT6 symptom severity 32, 8 of 22 symptoms. VOMS provoked by saccades. No BESS today, she's too dizzy.",
  "score score-fraction", sc="SCAT6|VOMS|BESS")
C("SPORTS", "chat", "Amsterdam 2022 consensus: return-to-learn before return-to-sport, 6 steps, at least 24 h per step.",
  "place-rule year-only", pl="Amsterdam")
C("SPORTS", "chat", "Buffalo Concussion Treadmill Test on day 5, symptom threshold at HR 150, so sub-threshold aerobic work at 80% of that.",
  "place-rule dose-lab", pl="Buffalo")
C("SPORTS", "chat", "King-Devick baseline 41.2 s, sideline 47.8 s. Slower by more than 3 s is a red flag, so he's done for the night.",
  "eponym-bare dose-lab", ep="King-Devick")
C("SPORTS", "chat", "ImPACT post-injury composites are all within the RCI but she is still symptomatic, so she stays out.",
  "device-brand score", br="ImPACT")
C("SPORTS", "chat", "WBGT 31 °C at 1500: under the WIAA heat policy that's modified practice, no pads, breaks every 20 min.",
  "organization temperature clock-time", org="WIAA")
C("SPORTS", "chat", "Morton neuroma between the 3rd and 4th metatarsal heads, Mulder click positive. Metatarsal pad first.",
  "eponym-bare", ep="Morton|Mulder")
C("SPORTS", "chat", "Haglund deformity with insertional Achilles tendinopathy, and the Silfverskiöld test shows gastrocnemius tightness.",
  "eponym-bare", ep="Haglund|Silfverskiöld")
C("SPORTS", "chat", "RED-S screening for cross-country: amenorrhea, stress reactions, low ferritin. Sports dietitian for all three runners.",
  "score", sc="RED-S")
C("SPORTS", "chat", "Game Ready and Normatec are both down; ice tubs in the training room only. Hypervolt chargers are in the cabinet.",
  "device-brand", br="Game Ready|Normatec|Hypervolt")
C("SPORTS", "caps", "LIGHTNING WITHIN 8 MILES. ALL FIELDS CLEAR. 30 MIN FROM LAST STRIKE BEFORE RESUMING. TRAINERS TO THE BUSES.",
  "allcaps")
C("SPORTS", "lower", "whats the rule on creatine for the 16 yo lineman, his mom asked and i dont want to say something dumb",
  "lowercase age-under-90 quick-question")
C("SPORTS", "chat", "Bucky Badger visits the pediatric sports clinic Saturday for the injury-prevention fair; photos in the lobby only.",
  "pet-name weekday", pet="Bucky Badger")
C("SPORTS", "bot", "/evidence Does a neuromuscular warm-up like FIFA 11+ cut ACL injuries in female soccer players? Give the effect size.",
  "bot-command organization", org="FIFA")
C("SPORTS", "list", "Training room, home game:\n- tape 1500-1630\n- WBGT check 1600\n- ice tubs x3\n- AED at the 50\n- ambulance at gate C",
  "list-schedule clock-time")
P("SPORTS", "chat", "Jersey 22, Malachi Oyenuga-Fields, went down on the kickoff; his mom Tamika is in section 104.",
  [("Malachi Oyenuga-Fields", N), ("Tamika", N)], "name-hyphenated name-relative")
P("SPORTS", "chat", "Annika Feuerstein is a junior at Kettle Moraine High and plays club for Lakeshore United; her baseline ImPACT ID is IMP-60419-KM.",
  [("Annika Feuerstein", N), ("Kettle Moraine High", LO), ("IMP-60419-KM", ID_)], "school-name other-id name-message-start")
P("SPORTS", "chat", "Dashiell Speed, the sprinter, has a positive Speed test. Yes, really. Clinic Friday.",
  [("Dashiell Speed", N)], "name-collision name-eponym-surname name-message-start")
P("SPORTS", "chat", "Morton Feldkamp's neuroma injection is Tuesday, and Morton asked if he can still run the half marathon.",
  [("Morton Feldkamp", N), ("Morton", N)], "name-collision name-given-only name-possessive")
P("SPORTS", "chat", "Student-athlete ID 90871234 for Rashida Nkemelu; the eligibility form wants it with her birth date, 01/27/2008.",
  [("90871234", ID_), ("Rashida Nkemelu", N), ("01/27/2008", D)], "other-id dob")
P("SPORTS", "email", "From: lbrennan@riverfalls-schools.example.org\nCoach Liam Brennan asks whether Tavish can play Friday. Parents are Gwendolyn and Mitch Aldous.",
  [("lbrennan@riverfalls-schools.example.org", EM), ("Liam Brennan", N), ("Tavish", N), ("Gwendolyn", N), ("Mitch Aldous", N)], "email name-staff name-relative")
P("SPORTS", "sms", "AT: JV kid Ezequiel Montaño rolled his ankle on the bus step lol. ice + wrap, parents notified",
  [("Ezequiel Montaño", N)], "sms name-non-english")
P("SPORTS", "voicemail", "Hi, this is Darnell Whitlock-Greer's dad, Anthony. His concussion appointment is the same day as the state meet in La Crosse, call me at 608-555-0152.",
  [("Darnell Whitlock-Greer", N), ("Anthony", N), ("La Crosse", LO), ("608-555-0152", PH)], "voicemail name-relative city phone")
P("SPORTS", "caps", "EAP ACTIVATED FIELD 2: PLAYER DOWN, NOT BREATHING, AED IN USE. PATIENT OKONKWO-HAYES, JAYDEN. EMS TO GATE B.",
  [("OKONKWO-HAYES, JAYDEN", N)], "allcaps name-allcaps name-last-first")
P("SPORTS", "lower", "fyi kenji and his brother sota both have concussions from the same game, dont mix up the scat forms, kenji is the older one",
  [("kenji", N), ("sota", N), ("kenji", N)], "lowercase name-lowercase name-given-only")
P("SPORTS", "ehr", "Preparticipation exam | Name: Zwelethu Dlamini | DOB 2010-09-14 | School: Bayview Middle | Cleared: yes",
  [("Zwelethu Dlamini", N), ("2010-09-14", D), ("Bayview Middle", LO)], "dob date-iso school-name name-non-english")
P("SPORTS", "chat", "Sideline video of the hit is on the shared drive as hit_q2_jersey22.mov if the neurologist wants it.",
  [("hit_q2_jersey22.mov", PI)], "photo-filename")
P("SPORTS", "chat", "Our oldest Senior Games athlete, Eustace Wirtanen, is 91 and wants clearance for the 5K walk.",
  [("Eustace Wirtanen", N), ("91", A)], "age-over-89-digits name-plain")
P("SPORTS", "chat", "Lilou Marchetti's baseline came back invalid: taken from 192.0.2.88 in 4 minutes, probably on the bus wifi. Redo it.",
  [("Lilou Marchetti", N), ("192.0.2.88", IPA)], "ip name-possessive")
P("SPORTS", "dictation", "Sports medicine note for Braxton Tillery comma 17 year old comma date of injury August 30th comma right AC joint sprain grade 2 period",
  [("Braxton Tillery", N), ("August 30th", D)], "dictation date-written age-under-90")
P("SPORTS", "list", "Return-to-play tracker\nstep 3: A. Moreau-Kibet\nstep 4: Sione Vaipulu\nstep 5: H. Grünewald\ncleared: Yusuf Demirci",
  [("A. Moreau-Kibet", N), ("Sione Vaipulu", N), ("H. Grünewald", N), ("Yusuf Demirci", N)], "name-list name-initial name-non-english")
P("SPORTS", "ocr", "PARENT C0NSENT F0R TREATMENT  Athlete: Keziah Amankwah  Parent: Selorm Amankwah  Cell: 262-555-0l91  lnsurance lD: XPK70l441822",
  [("Keziah Amankwah", N), ("Selorm Amankwah", N), ("262-555-0l91", PH), ("XPK70l441822", HP)], "ocr-noise phone health-plan name-relative")
P("SPORTS", "chat", "Bus crash coming back from the away game: Coach Ingeborg Falk says 3 kids hurt, at County Rd JJ and Hwy 29.",
  [("Ingeborg Falk", N), ("County Rd JJ", LO), ("Hwy 29", LO)], "name-staff address")
P("SPORTS", "chat", "Team physician this season is Dr. Oghenekaro Ewherido; Dr. Marisa Lindqvist-Oyama covers the away games.",
  [("Oghenekaro Ewherido", N), ("Marisa Lindqvist-Oyama", N)], "name-clinician name-hyphenated name-non-english")
# ---------------------------------------------------------------- transfer center, bed management and patient flow
C("XFER", "chat", "EMTALA reminder: if we have the capability and the capacity, we accept. \"No ICU beds\" doesn't count if the surge plan opens PACU beds.",
  "organization admin-chatter", org="EMTALA")
C("XFER", "chat", "COBRA in our world is the 1986 law that created EMTALA, not the snake and not the insurance continuation. It confuses every new hire.",
  "organization year-only common-word-not-name", org="COBRA")
C("XFER", "chat", "Rothman Index dropped 22 points since noon on 6 West bed 14. That's a rapid response, not a transfer question.",
  "eponym-bare score room-bed-number", ep="Rothman")
C("XFER", "chat", "The Grand Central bed board is lagging about 10 min behind TeleTracking; trust the phone call from the unit.",
  "org-software", br="Grand Central|TeleTracking")
C("XFER", "chat", "Little's law for the huddle: boarders = arrival rate × boarding time, so 4 an hour × 3 h = 12 in the hallway.",
  "eponym-bare common-word-not-name", ep="Little")
C("XFER", "chat", "Erlang C says 6 transfer RNs at peak to keep answer time under 60 s. We have 4.",
  "eponym-bare dose-lab", ep="Erlang")
C("XFER", "chat", "Kanban (看板) cards for the discharge lounge are back: green = ride is here, yellow = meds pending, red = waiting on placement.",
  "non-english-term other-script")
C("XFER", "chat", "Flight program aircraft N417LF is down for maintenance, so the other helicopter covers both bases until Friday.",
  "tail-number weekday")
C("XFER", "chat", "Medic 12 and Medic 7 are both out on long-distance transfers; ground backup is the county's unit 41.",
  "unit-number")
C("XFER", "chat", "NEWS2 of 7 and lactate 4.1 at the sending site: that's an ICU bed, not step-down, whatever they asked for.",
  "score dose-lab", sc="NEWS2")
C("XFER", "chat", "Surge level 3 (orange): PACU holds up to 6 overnight, and elective admits need house sup approval after 1400.",
  "admin-chatter clock-time")
C("XFER", "caps", "HOUSE SUPERVISOR: CAPACITY HUDDLE 0900 AND 1500. 14 ED BOARDERS, 6 PENDING DISCHARGES, 3 ICU BEDS DIRTY.",
  "allcaps clock-time")
C("XFER", "chat", "Labor Day weekend plan: open 7 North Friday night, staff it from the float pool, close it Tuesday morning.",
  "holiday weekday")
C("XFER", "lower", "does the psych transfer need medical clearance labs before they accept or just the ekg",
  "lowercase quick-question")
C("XFER", "sms", "EVS: 3 ICU rooms turned, 4W-06 still on terminal clean (c diff), 20 more min",
  "sms room-bed-number")
C("XFER", "bot", "/draft a one-paragraph script for transfer RNs declining a request for lack of capability, consistent with EMTALA",
  "bot-command organization", org="EMTALA")
C("XFER", "chat", "Gantt chart of this week's turnovers is posted; the gap is 11:00-14:00 when discharges stall on pharmacy.",
  "eponym-bare clock-time", ep="Gantt")
C("XFER", "chat", "Kaizen week on discharge-before-noon, Toyota style, 5 days, report-out to leadership on Friday.",
  "non-english-term weekday", br="Toyota")
C("XFER", "chat", "ACS verification visit is in the fall; they want our Level I transfer acceptance times by month.",
  "organization month-word", org="ACS")
C("XFER", "list", "Transfer queue 1400\n1. STEMI, outside ED, accepted, cath lab notified\n2. GI bleed, pending GI callback\n3. stroke for thrombectomy, in flight\n4. psych, declined (no capability)",
  "list-schedule clock-time")
C("XFER", "dictation", "Transfer center call summary comma outside emergency department requesting neurosurgery comma GCS 13 comma accepted comma bed assigned period",
  "dictation score")
C("XFER", "ocr", "TRANSFER CHECKLlST  [x] Physician-to-physician call  [x] Bed assigned  [ ] lmaging pushed  [x] Mode: ground ALS  ETA: 45 min",
  "ocr-noise")
P("XFER", "ehr", "Transfer request TR-29-018844 | Pt: HOLMQUIST, ASTRID M | DOB 05/03/1932 | From: St. Ursula Memorial, Rhinelander | Dx: SDH",
  [("TR-29-018844", ID_), ("HOLMQUIST, ASTRID M", N), ("05/03/1932", D), ("St. Ursula Memorial", LO), ("Rhinelander", LO)], "other-id name-last-first dob facility")
P("XFER", "chat", "Recorded line: the call audio is saved as xfer_call_0614_2217.wav, with the sending doc and the patient's wife both on it.",
  [("xfer_call_0614_2217.wav", BI)], "biometric relative-not-named")
P("XFER", "chat", "Outside records are coming by fax from Ridgeview Community Hospital (their fax 715-555-0146); chase them if nothing by 1500.",
  [("Ridgeview Community Hospital", LO), ("715-555-0146", FX)], "fax facility")
P("XFER", "chat", "Accepting a 96 y/o from Tomah with a hip fracture and an NSTEMI; the son, Leland, wants full code.",
  [("96", A), ("Tomah", LO), ("Leland", N)], "age-over-89-digits city name-relative")
P("XFER", "caps", "INCOMING FLIGHT: TRAUMA, ETA 12 MIN, UNKNOWN MALE, ALIAS TRAUMA ZULU. SCENE I-39 NB MILE 187.",
  [("I-39 NB MILE 187", LO)], "allcaps placeholder-name address")
P("XFER", "chat", "Self-pay transfer from out of state; billing needs the guarantor, Octavio Benavídez, account 99017452, at 2210 E Saguaro Ln, Tucson 85719.",
  [("Octavio Benavídez", N), ("99017452", AC), ("2210 E Saguaro Ln", LO), ("Tucson", LO), ("85719", LO)], "account address city zip")
P("XFER", "lower", "bed 4w-12 is for the lady from marshfield, mrs zielinski-bauer, transport eta 40",
  [("marshfield", LO), ("zielinski-bauer", N)], "lowercase city name-lowercase")
P("XFER", "email", "From: transfer.center@example.org\nTo: neurosurgery on call\nAccepted: Wanjiru Kamau-Feld, ICH, from Pine Hollow Regional. Sending MD Dr. Augustin Reyes-Ngata, callback 920-555-0177.",
  [("transfer.center@example.org", EM), ("Wanjiru Kamau-Feld", N), ("Pine Hollow Regional", LO), ("Augustin Reyes-Ngata", N), ("920-555-0177", PH)], "email facility name-clinician phone")
P("XFER", "voicemail", "Voicemail to the transfer line: this is Hildegard Sorensen, charge nurse at Birchwood Nursing Home, our resident Cecil Ambrose is coming by ambulance, his MRN at your hospital is 7731046.",
  [("Hildegard Sorensen", N), ("Birchwood Nursing Home", LO), ("Cecil Ambrose", N), ("7731046", MR)], "voicemail facility mrn name-staff")
P("XFER", "chat", "Little's law aside, Mr. Little (Jasper Little, 4E-22) is the boarder who has now waited 31 hours.",
  [("Little", N, 2), ("Jasper Little", N)], "name-collision name-eponym-surname room-bed-number")
P("XFER", "chat", "Family followed the ambulance and left their car in the ED circle, plate TKX-5082; security tows in 30.",
  [("TKX-5082", VE)], "vehicle relative-not-named")
P("XFER", "sms", "sup: the crash pt's wife is here, Marisela Ontiveros, she needs a chaplain and a phone charger",
  [("Marisela Ontiveros", N)], "sms name-relative name-non-english")
P("XFER", "chat", "The daughter joined the transfer huddle by video from 198.51.100.61 and we could see her dad, Ruairí Mac Giolla Phádraig, in the background.",
  [("198.51.100.61", IPA), ("Ruairí Mac Giolla Phádraig", N)], "ip name-non-english name-particle")
P("XFER", "list", "Pending transfers\n- Gutierrez-Palmer (SAH), Viroqua\n- Bashir, Faisal (STEMI), Portage\n- Ngata (sepsis), Wisconsin Dells\n- Halvard Engstrom (CVA), Medford",
  [("Gutierrez-Palmer", N), ("Viroqua", LO), ("Bashir, Faisal", N), ("Portage", LO), ("Ngata", N), ("Wisconsin Dells", LO), ("Halvard Engstrom", N), ("Medford", LO)], "name-list city name-last-first list-schedule")
P("XFER", "dictation", "Call from Doctor Sunita Raghavan at Lakeland Regional comma requesting transfer of Orrin Blackfeather comma age 93 comma septic shock period",
  [("Sunita Raghavan", N), ("Lakeland Regional", LO), ("Orrin Blackfeather", N), ("93", A)], "dictation facility age-over-89-digits")
P("XFER", "chat", "Our unidentified trauma has been identified by the sheriff: Kestrel Dawes, SSN 903-17-6624 from a card in his wallet. Update registration.",
  [("Kestrel Dawes", N), ("903-17-6624", SS)], "ssn name-common-word")
P("XFER", "chat", "The sending hospital pushed images through https://imageshare.example.net/s/8XK2-PL0Q; it's Mr. Ambrose's CT.",
  [("https://imageshare.example.net/s/8XK2-PL0Q", UR), ("Ambrose", N)], "url name-surname-only name-possessive")
P("XFER", "ocr", "PATlENT TRANSFER F0RM  Name: Marcelina Wojtyła  DOB: 1l/O2/1937  Sending facility: Mercy Oakcrest  Phone: 608.555.Ol42",
  [("Marcelina Wojtyła", N), ("1l/O2/1937", D), ("Mercy Oakcrest", LO), ("608.555.Ol42", PH)], "ocr-noise dob facility phone")
P("XFER", "chat", "Dawn Eckhardt-Lowe is house supervisor tonight; Chase Holbrook takes the transfer phone at 2300.",
  [("Dawn Eckhardt-Lowe", N), ("Chase Holbrook", N)], "name-staff name-common-word name-message-start")
P("XFER", "bot", "/summarize the transfer packet for Ifeanyi Okorie-Banks, coming from Friendship by ground, for the accepting hospitalist",
  [("Ifeanyi Okorie-Banks", N), ("Friendship", LO)], "bot-command city name-hyphenated")
# ---------------------------------------------------------------- street medicine and the mobile outreach van
C("STREET", "chat", "Foot care night: trench foot on two people, and dry socks are the treatment. Calcetines y talco; and no, \"pies\" means feet here, not dessert.",
  "non-english-term")
C("STREET", "chat", "Bartonella quintana at the shelter again: body lice, fever, shin pain. Treat the lice and give doxy plus gent per ID.",
  "organism", orgm="Bartonella quintana")
C("STREET", "chat", "Xylazine wounds: keep them moist, no aggressive debridement, and 0.125% hypochlorite soaks if infected.",
  "dose-lab")
C("STREET", "chat", "Kloxxado 8 mg vs the usual 4 mg spray: with fentanyl plus xylazine, having a second dose matters more than a bigger first one.",
  "drug-brand-name dose-lab", br="Kloxxado")
C("STREET", "chat", "Brixadi weekly or monthly for folks without a phone? Monthly, if they can make the injection day.",
  "drug-brand-name quick-question", br="Brixadi")
C("STREET", "chat", "VI-SPDAT of 11 puts her on the Coordinated Entry list for permanent supportive housing.",
  "score organization", sc="VI-SPDAT", org="Coordinated Entry")
C("STREET", "chat", "Housing First doesn't mean housing only: the SOAR worker is doing his SSI application this week.",
  "organization", org="Housing First|SOAR")
C("STREET", "chat", "Point-in-Time count is the last Wednesday of January; we need 12 volunteers and the van from 0300.",
  "organization month-word weekday clock-time", org="Point-in-Time")
C("STREET", "caps", "CODE BLUE WEATHER ACTIVATED: WIND CHILL −25. ALL SHELTERS OPEN 24H. VAN RUNS AN EXTRA LOOP 2200-0200.",
  "allcaps temperature clock-time")
C("STREET", "chat", "The pit mix everyone knows, Diesel, is back with his person at the river camp; all fine, just a new tent.",
  "pet-name", pet="Diesel")
C("STREET", "chat", "Jim Withers started street medicine in Pittsburgh in 1992 by walking the streets at night; our van is built on that model.",
  "public-figure year-only teaching", pub="Jim Withers", pl="Pittsburgh")
C("STREET", "chat", "Carhartt donated 40 jackets. L and XL go fast, so keep some mediums in the van.",
  "company", br="Carhartt")
C("STREET", "chat", "Scabies at the men's shelter: ivermectin 200 mcg/kg for everyone in that room, repeat in a week, bedding washed hot.",
  "dose-lab")
C("STREET", "lower", "do we have any of the big foam dressings left or did the camp by the tracks get the last ones",
  "lowercase quick-question")
C("STREET", "sms", "van's at the library lot, 2 waiting, 1 needs insulin and we r out of pen needles",
  "sms")
C("STREET", "bot", "/ask wound care for xylazine-associated ulcers when dressings can only be changed every 3 days",
  "bot-command")
C("STREET", "chat", "Section 8 waitlist is open for one week only; HUD says apply online or at the housing authority counter.",
  "organization", org="Section 8|HUD")
C("STREET", "chat", "Vet van does free rabies shots Thursday; tell the campers with dogs, and bring the big bag of kibble.",
  "weekday animal-exposure")
C("STREET", "list", "Van route, Tue night\n1900 library lot\n2000 church basement meal\n2130 under the bridge (headlamps)\n2300 warming center",
  "list-schedule clock-time")
C("STREET", "dictation", "Street medicine encounter comma adult male comma cellulitis left leg comma started cephalexin 500 four times daily comma recheck at the van in 2 days period",
  "dictation dose-lab")
C("STREET", "chat", "Naloxone count for the night: 36 kits out, 11 reversals reported back, 0 deaths we know of. Good night, all things considered.",
  "dose-lab admin-chatter")
P("STREET", "chat", "Found Rodrigo \"Flaco\" Benítez at the Menomonee River camp under the 31st St viaduct; the wound looks worse.",
  [("Rodrigo", N), ("Flaco", N), ("Benítez", N), ("Menomonee River camp", LO), ("31st St viaduct", LO)], "name-nickname address name-non-english")
P("STREET", "chat", "He only answers to Preacher; the legal name on his ID card is Cornelius Oduya-Mbeki, DOB 09/14/1966.",
  [("Preacher", N), ("Cornelius Oduya-Mbeki", N), ("09/14/1966", D)], "name-nickname dob name-common-word")
P("STREET", "chat", "She's living in her car, a gray Corolla, plate HWN 2207, parked behind the laundromat on Burleigh.",
  [("HWN 2207", VE), ("Burleigh", LO)], "vehicle address")
P("STREET", "chat", "Impound lot needs the VIN to let Tobias get his meds out of the van: 1FTBW2CM5HKA39822.",
  [("Tobias", N), ("1FTBW2CM5HKA39822", VE)], "vehicle name-given-only")
P("STREET", "chat", "Shelter case manager Imani Greer-Watts (414-555-0186) can hold a bed tonight for Stavros Kallergis.",
  [("Imani Greer-Watts", N), ("414-555-0186", PH), ("Stavros Kallergis", N)], "name-staff phone name-hyphenated")
P("STREET", "chat", "Oldest person on the route: Mabel, 92 (she says 90 when she's annoyed with us), sleeps in the bus shelter at Center and 27th.",
  [("Mabel", N), ("92", A), ("90", A), ("Center", LO), ("27th", LO)], "age-over-89-digits address name-given-only")
P("STREET", "chat", "Wound picture from tonight is van_wound_leg_0806.jpg; consent signed on the tablet.",
  [("van_wound_leg_0806.jpg", PI)], "photo-filename")
P("STREET", "chat", "Got Abdirahman Warsame's state ID replaced, number I-48820-1170-33, mailed to the shelter at 1220 W Vliet St.",
  [("Abdirahman Warsame", N), ("I-48820-1170-33", LI), ("1220 W Vliet St", LO)], "drivers-license address name-non-english name-possessive")
P("STREET", "chat", "SOAR packet: SSN 911-40-2267 for Delbert Two Crow, born 3/3/1961.",
  [("911-40-2267", SS), ("Delbert Two Crow", N), ("3/3/1961", D)], "ssn dob name-non-english")
P("STREET", "sms", "peer nav: found Jolene at the depot on Wells st, she wants detox tonight, can we get her into Harbor House",
  [("Jolene", N), ("Wells st", LO), ("Harbor House", LO)], "sms name-given-only address facility")
P("STREET", "email", "From: outreach@example.org\nRe: Benedetto \"Benny\" Cardone\nMissed his injection on 8/2. Last seen near the Humboldt Park pavilion.",
  [("outreach@example.org", EM), ("Benedetto", N), ("Benny", N), ("Cardone", N), ("8/2", D), ("Humboldt Park pavilion", LO)], "email name-nickname date-numeric address")
P("STREET", "voicemail", "Voicemail from a pay phone: it's Russell, Russell Iwu, I lost my insulin in the river, I'm at the burger place on Fond du Lac Ave, please come.",
  [("Russell", N), ("Russell Iwu", N), ("Fond du Lac Ave", LO)], "voicemail name-plain address")
P("STREET", "lower", "saw wanda and her boyfriend terrell at the camp off hwy 43 and capitol, both need narcan refills",
  [("wanda", N), ("terrell", N), ("hwy 43", LO), ("capitol", LO)], "lowercase name-lowercase address")
P("STREET", "caps", "EMS REQUESTED BY VAN 2: UNRESPONSIVE MALE, KNOWN CLIENT BARNABY QUILL, AT 16TH AND NATIONAL.",
  [("BARNABY QUILL", N), ("16TH", LO), ("NATIONAL", LO)], "allcaps name-allcaps address")
P("STREET", "chat", "His MRN from the shelter clinic is 30077214; the hospital registered him under another one, 4418802. Merge request sent.",
  [("30077214", MR), ("4418802", MR)], "mrn")
P("STREET", "chat", "Medicaid ID 660281934 is active again for Tenzin Dolkar, so the pharmacy can fill today.",
  [("660281934", HP), ("Tenzin Dolkar", N)], "health-plan name-non-english")
P("STREET", "dictation", "Encounter for Florian Mwangi comma who sleeps under the Holton Street bridge comma foot wound improving period",
  [("Florian Mwangi", N), ("Holton Street bridge", LO)], "dictation address")
P("STREET", "ehr", "Outreach log | 8/14 | Client: HARJO, WINONA | Loc: Veterans Park, tent by the shelter | Svc: wound care, naloxone x2",
  [("8/14", D), ("HARJO, WINONA", N), ("Veterans Park", LO)], "name-last-first date-numeric address")
P("STREET", "chat", "Her cousin's number, written on her hand in Arabic numerals: " + AR("414-555-0127") + ". It connects.",
  [(AR("414-555-0127"), PH)], "arabic-indic-digits phone relative-not-named")
P("STREET", "ocr", "SHELTER lNTAKE  Name: Winston 0badiah Pryor  AKA: Bishop  Last address: 1815 N l2th St  Phone: n0ne",
  [("Winston 0badiah Pryor", N), ("Bishop", N), ("1815 N l2th St", LO)], "ocr-noise name-nickname address")
# ---------------------------------------------------------------- forensic nursing (sexual-assault and domestic-violence nurse examiners)
C("SANE", "chat", "Strangulation exam: petechiae above the ligature line, voice change, painful swallowing. CTA neck even with a normal exam, per the Training Institute on Strangulation Prevention.",
  "organization", org="Training Institute on Strangulation Prevention")
C("SANE", "chat", "nPEP inside 72 h: Descovy or Truvada plus Tivicay for 28 days; Isentress if pregnancy is possible and she'd rather avoid dolutegravir. Check the current guidance.",
  "drug-brand-name dose-lab", br="Descovy|Truvada|Tivicay|Isentress")
C("SANE", "chat", "Emergency contraception: ella (ulipristal) works up to 120 h and holds up better at higher BMI; Plan B is labeled to 72 h.",
  "drug-brand-name dose-lab", br="Plan B")
C("SANE", "chat", "Cusco speculum for most adults, a Pederson for the narrower exam, and the balloon technique for adolescents.",
  "eponym-bare place-disease", ep="Cusco|Pederson")
C("SANE", "chat", "Toluidine blue before the speculum exam, photograph before and after, and note any uptake at 6 o'clock.",
  "clock-time")
C("SANE", "chat", "Danger Assessment score of 18 is extreme danger; connect her with the advocate before discharge and finish the safety plan.",
  "score", sc="Danger Assessment")
C("SANE", "chat", "Maryland model lethality screen positive on all three high-danger questions; the officer called the hotline from the room.",
  "place-rule", pl="Maryland")
C("SANE", "chat", "Court prep: expect a Daubert challenge on the strangulation testimony, and Frye in the neighboring county. Stick to what you observed.",
  "legal-case", tr="Daubert|Frye")
C("SANE", "chat", "Crawford v. Washington is why the prosecutor asks whether the history was taken for treatment; chart \"for medical diagnosis and treatment\".",
  "legal-case", tr="Crawford v. Washington")
C("SANE", "chat", "Miranda doesn't apply to us, we aren't law enforcement. If the detective wants to sit in, the patient decides.",
  "legal-case common-word-not-name", tr="Miranda")
C("SANE", "chat", "CODIS hits come months later, if ever; tell patients the kit goes to the state lab and they can track it online.",
  "organization", org="CODIS")
C("SANE", "chat", "Under VAWA she doesn't have to report to police to get a free exam; the kit is paid for either way.",
  "organization", org="VAWA")
C("SANE", "chat", "Trichomonas vaginalis NAAT added; Neisseria gonorrhoeae and chlamydia from every exposed site, not just the cervix.",
  "organism", orgm="Trichomonas vaginalis|Neisseria gonorrhoeae")
C("SANE", "chat", "History slide: Virginia Lynch and the first forensic nursing curriculum; Ann Burgess and Lynda Holmstrom on rape trauma in 1974.",
  "public-figure year-only teaching", pub="Virginia Lynch|Ann Burgess|Lynda Holmstrom")
C("SANE", "chat", "\"Me ahorcó\" is how many Spanish speakers say choked or strangled; chart it verbatim and ask her to show what happened.",
  "non-english-term")
C("SANE", "caps", "SANE ON CALL: ED BED 14, ADULT PATIENT, ARRIVED 0215, KIT CONSENT OBTAINED, ADVOCATE EN ROUTE.",
  "allcaps room-bed-number clock-time")
C("SANE", "lower", "is the alternate light source charged, the blue one, i want it for the neck photos in 12",
  "lowercase room-bed-number")
C("SANE", "bot", "/ask How long after an assault can DNA still be recovered from a vaginal swab, and does that change the 120 h exam window?",
  "bot-command dose-lab")
C("SANE", "sms", "advocate line: on my way, 20 min. grab the clothing bags from the closet, size large",
  "sms")
C("SANE", "list", "Kit checklist\n- consent (exam, evidence, photos)\n- clothing bags x3\n- swabs air-dried 60 min\n- chain of custody signed\n- seal and initials on every bag",
  "list-schedule")
C("SANE", "dictation", "Forensic exam narrative comma patient states quote he grabbed my neck with both hands end quote comma voice hoarse comma no visible petechiae period",
  "dictation")
C("SANE", "ocr", "EVlDENCE C0LLECTl0N KlT  Step 1: Oral swabs  Step 2: Fingernail scrapings  Step 3: Debris collection  D0 N0T lick envelopes",
  "ocr-noise")
P("SANE", "ehr", "SANE record | Pt: ARCHULETA, VALENTINA | DOB 04/30/2003 | Kit WI-SAK-29-0562 | Exam 9/02/2029 0215",
  [("ARCHULETA, VALENTINA", N), ("04/30/2003", D), ("WI-SAK-29-0562", ID_), ("9/02/2029", D)], "name-last-first dob other-id date-numeric")
P("SANE", "chat", "Officer Danika Holm, badge 3317, case 29-PD-073510, will pick up the kit Monday.",
  [("Danika Holm", N), ("3317", ID_), ("29-PD-073510", ID_)], "name-after-role other-id weekday")
P("SANE", "chat", "Suspect's truck per the patient: black pickup, plate JMB 7731. The detective already has it.",
  [("JMB 7731", VE)], "vehicle")
P("SANE", "chat", "Named assailant is her ex, Garrett Voskuijlen; the protective order hearing is 9/15.",
  [("Garrett Voskuijlen", N), ("9/15", D)], "name-relative date-numeric")
P("SANE", "chat", "Recorded interview audio (int_audio_archuleta.m4a) goes to the detective on the encrypted drive, never by e-mail.",
  [("int_audio_archuleta.m4a", BI)], "biometric")
P("SANE", "chat", "Body-map photos are Archuleta_neck_01.jpg through Archuleta_neck_06.jpg, with the scale in every frame.",
  [("Archuleta_neck_01.jpg", PI), ("Archuleta_neck_06.jpg", PI)], "photo-filename")
P("SANE", "chat", "Where it happened: the parking structure at 600 N Broadway, level 3. She lives at 1904 E Kenilworth Pl, Apt 2.",
  [("600 N Broadway", LO), ("1904 E Kenilworth Pl, Apt 2", LO)], "address")
P("SANE", "chat", "Advocate tonight is Noor Haddad (Safe Harbor Advocacy), cell 262-555-0138.",
  [("Noor Haddad", N), ("262-555-0138", PH)], "name-staff phone")
P("SANE", "voicemail", "Voicemail: this is Detective Ramona Ekwueme, Racine PD, following up on the Lindgren kit, my direct line is 262-555-0119 extension 4.",
  [("Ramona Ekwueme", N), ("Lindgren", N), ("262-555-0119 extension 4", PH)], "voicemail name-after-role phone-extension")
P("SANE", "chat", "Elder abuse exam: 94-year-old woman from Maple Crest Memory Care with bruises on both upper arms; the administrator there is Gordon Pfaff.",
  [("94", A), ("Maple Crest Memory Care", LO), ("Gordon Pfaff", N)], "age-over-89-digits facility name-staff")
P("SANE", "chat", "The 15-year-old attends Washington Middle; the school counselor, Ms. Aduke Salami, made the report.",
  [("Washington Middle", LO), ("Aduke Salami", N)], "school-name name-staff age-under-90")
P("SANE", "lower", "pt asked that we not call her mom marisol at home, only on the cell, 414 555 0166",
  [("marisol", N), ("414 555 0166", PH)], "lowercase name-lowercase phone name-relative")
P("SANE", "email", "From: forensic.nursing@example.org\nTo: da.office@example.gov\nSubject: subpoena, State v. Oduya-Kimani, 29CF001187\nRecords for the 6/30 exam are ready for pickup.",
  [("forensic.nursing@example.org", EM), ("da.office@example.gov", EM), ("Oduya-Kimani", N), ("29CF001187", ID_), ("6/30", D)], "email other-id date-numeric")
P("SANE", "sms", "its Paloma, can u tell the detective i remembered the street, it was Greenfield by the pawn shop",
  [("Paloma", N), ("Greenfield", LO)], "sms name-given-only address")
P("SANE", "caps", "SANE CALLOUT: SORENSEN-ABARA, MIKKEL, 19M, ED BED 6. LAW ENFORCEMENT PRESENT.",
  [("SORENSEN-ABARA, MIKKEL", N)], "allcaps name-allcaps name-last-first age-under-90")
P("SANE", "list", "On-call SANE, September\nwk 1 Oluwatoyin Fashola\nwk 2 Bernadette Kiely\nwk 3 Thuy Le-Huynh\nwk 4 Ilona Sólyom",
  [("Oluwatoyin Fashola", N), ("Bernadette Kiely", N), ("Thuy Le-Huynh", N), ("Ilona Sólyom", N)], "name-list name-staff name-non-english month-word")
P("SANE", "dictation", "Patient identifies the assailant as her husband comma Dragan Petrović comma date of incident September 1st period",
  [("Dragan Petrović", N), ("September 1st", D)], "dictation name-relative date-written")
P("SANE", "chat", "ID on file is WI driver's license P624-8831-9072-14, but she chose a restricted report, so keep the license out of the kit paperwork.",
  [("P624-8831-9072-14", LI)], "drivers-license")
P("SANE", "ocr", "CHAlN 0F CUST0DY  Kit: WI-SAK-29-O6l3  Collected by: A. Nakashima RN  Received by: Ofc. Terrance Mbatha #2290",
  [("WI-SAK-29-O6l3", ID_), ("A. Nakashima", N), ("Terrance Mbatha", N), ("2290", ID_)], "ocr-noise other-id name-initial")
P("SANE", "chat", "Thai interpreter needed: her name in Thai script is สมหญิง แก้วมณี (Somying Kaewmanee), and she asked for a female interpreter.",
  [("สมหญิง แก้วมณี", N), ("Somying Kaewmanee", N)], "name-non-english other-script")
# ---------------------------------------------------------------- hospital emergency management, disaster drills and incident command
C("EMERG", "chat", "Tabletop Thursday: the Hurricane Helene IV fluid plant shutdown. What do we do with 60% less LR and saline for 3 months?",
  "public-figure named-storm weekday", pub="Hurricane Helene")
C("EMERG", "chat", "Winter Storm Elliott lessons: plan generator fuel for 96 h, not 72, and book staff sleeping rooms in advance.",
  "named-storm age-like-number", pub="Winter Storm Elliott")
C("EMERG", "chat", "The Camp Fire in Paradise is the case study for evacuating a hospital in under an hour; read the after-action report before the drill.",
  "place-rule", pl="Camp Fire|Paradise")
C("EMERG", "chat", "SALT for adults, JumpSTART for kids under 8: same tag colors, different decision trees.",
  "score", sc="SALT|JumpSTART")
C("EMERG", "chat", "Haddon matrix for the heat-emergency plan: pre-event, event, post-event against host, agent and environment.",
  "eponym-bare", ep="Haddon")
C("EMERG", "chat", "Geiger counter readings at decon were background, so the Radiogardase stays in the cache.",
  "eponym-bare drug-brand-name", ep="Geiger", br="Radiogardase")
C("EMERG", "chat", "DuoDote autoinjectors replaced the old Mark I kits; the CHEMPACK container is checked by the state every quarter.",
  "drug-brand-name organization common-word-not-name", br="DuoDote|Mark I", org="CHEMPACK")
C("EMERG", "chat", "ICS-214 activity logs from every section chief by end of shift; planning compiles them.",
  "code-number staff-role")
C("EMERG", "chat", "WebEOC board is live, EMResource bed counts update every 4 h, and Everbridge sends the staff recall.",
  "org-software", br="WebEOC|EMResource|Everbridge")
C("EMERG", "chat", "Stop the Bleed class for the lobby volunteers Friday at noon, 12 seats, tourniquets provided.",
  "organization weekday", org="Stop the Bleed")
C("EMERG", "chat", "Sendai Framework gets quoted in every grant application, but for our HVA the state wants the Kaiser tool.",
  "place-rule org-software", pl="Sendai", br="Kaiser")
C("EMERG", "caps", "CODE TRIAGE EXTERNAL ACTIVATED. LABOR POOL REPORT TO THE CAFETERIA. ALL ELECTIVE CASES ON HOLD.",
  "allcaps")
C("EMERG", "caps", "THIS IS A DRILL. THIS IS A DRILL. CODE SILVER, 3 WEST LOBBY. THIS IS A DRILL.",
  "allcaps room-bed-number")
C("EMERG", "chat", "Tyvek level C suits: 40 on the decon cart, sizes M to XXL; PAPR batteries charged Monday.",
  "device-brand weekday", br="Tyvek")
C("EMERG", "lower", "do drill victims need armbands with fake record numbers or just the triage tags, last time registration got confused",
  "lowercase quick-question")
C("EMERG", "chat", "Moulage team needs 30 volunteers for the mass casualty drill: burns, crush injuries and two worried-well parents.",
  "admin-chatter")
C("EMERG", "sms", "EOC: generator test ok, 42 s transfer. next one after Memorial Day",
  "sms holiday")
C("EMERG", "bot", "/ask What does the ASPR HPP require from a hospital for the annual full-scale exercise versus a tabletop?",
  "bot-command organization", org="ASPR|HPP")
C("EMERG", "list", "HICS roles today\n- Incident Commander: CNO\n- Operations: ED medical director\n- Planning: EM coordinator\n- Logistics: facilities\n- PIO: marketing",
  "list-schedule staff-role")
C("EMERG", "dictation", "After action review comma mass casualty drill comma 48 simulated patients comma average time to triage 90 seconds comma decon line backed up period",
  "dictation age-like-number")
C("EMERG", "ocr", "HAZARD VULNERABlLlTY ASSESSMENT  Event: lce storm  Probability: 3  Human impact: 2  Property: 2  Relative risk: 44%",
  "ocr-noise score")
C("EMERG", "chat", "County search dogs Koda and Juno will run the collapsed-structure drill; keep the lobby clear for them.",
  "pet-name", pet="Koda|Juno")
P("EMERG", "list", "Family reunification center, matched so far\n- Lisette Fournier-Abara (tag 10442), husband Raoul\n- unknown child, about 6, tag 10457\n- Dmitri Kuznetsov (tag 10461)",
  [("Lisette Fournier-Abara", N), ("10442", ID_), ("Raoul", N), ("10457", ID_), ("Dmitri Kuznetsov", N), ("10461", ID_)], "name-list other-id name-relative list-schedule")
P("EMERG", "chat", "Helene Marchetti-Oyo evacuated from the coast after Hurricane Helene and is staying at her daughter's in Janesville; she needs dialysis here.",
  [("Helene Marchetti-Oyo", N), ("Janesville", LO)], "name-collision city name-hyphenated")
P("EMERG", "chat", "Reunification hotline: Annelise Torvund is looking for her father, 83, last seen at the bus station. Callback 608-555-0129.",
  [("Annelise Torvund", N), ("608-555-0129", PH)], "name-relative phone age-under-90")
P("EMERG", "chat", "Phishing during the drill: someone logged in as Chioma Eze from 203.0.113.200; IT has locked the account.",
  [("Chioma Eze", N), ("203.0.113.200", IPA)], "ip name-staff")
P("EMERG", "chat", "Unidentified patient photo for the reunification board: unk_female_tag10488.jpg, face only, shared with the FRC only.",
  [("unk_female_tag10488.jpg", PI)], "photo-filename")
P("EMERG", "chat", "The reunification app matched the unknown male to a missing-person report through facial template FT-7702-19; family is confirming in person.",
  [("FT-7702-19", BI)], "biometric")
P("EMERG", "chat", "Thanks to our moulage volunteers Sigrid Bjørnstad, Tomasina Reyes-Luna and Cheng Wei-Lun (Wei-Lun was the screaming dad).",
  [("Sigrid Bjørnstad", N), ("Tomasina Reyes-Luna", N), ("Cheng Wei-Lun", N), ("Wei-Lun", N)], "name-list name-non-english name-given-only")
P("EMERG", "caps", "EOC: MISSING PATIENT FROM 5 NORTH: MAGNUSSON, TORVALD, 92 YO, LAST SEEN 1410 BY THE ELEVATORS.",
  [("MAGNUSSON, TORVALD", N), ("92", A)], "allcaps name-allcaps age-over-89-digits")
P("EMERG", "email", "From: eoc@example.org\nStaff recall list (do not forward): Kalinda Merriweather, cell 920-555-0115; Obadiah Fennimore, cell 920-555-0150.",
  [("eoc@example.org", EM), ("Kalinda Merriweather", N), ("920-555-0115", PH), ("Obadiah Fennimore", N), ("920-555-0150", PH)], "email name-staff phone")
P("EMERG", "voicemail", "Voicemail: this is Beatriz Camacho, my son Mateo was on the school bus in the crash, they said he went to your hospital, my number is 414-555-0196.",
  [("Beatriz Camacho", N), ("Mateo", N), ("414-555-0196", PH)], "voicemail name-relative phone")
P("EMERG", "chat", "The bus crash kids are from Hillcrest Elementary; principal Corisande Whitlow is on her way to the FRC.",
  [("Hillcrest Elementary", LO), ("Corisande Whitlow", N)], "school-name name-staff")
P("EMERG", "lower", "ambulance bay camera shows the guy from the crash leaving, its theo van der berg, he had a head lac and left ama",
  [("theo van der berg", N)], "lowercase name-lowercase name-particle")
P("EMERG", "sms", "EOC: decon pt #3 is Priyanka Sethi-Harlan, 34F, pool chlorine exposure, eyes irrigated",
  [("Priyanka Sethi-Harlan", N)], "sms name-hyphenated name-non-english")
P("EMERG", "chat", "Disaster record numbers: tag 10461 = MRN 9900412, tag 10457 = MRN 9900413 (the unknown child). Merge once identified.",
  [("10461", ID_), ("9900412", MR), ("10457", ID_), ("9900413", MR)], "mrn other-id")
P("EMERG", "dictation", "Decontamination log comma patient Horatio Blanchflower comma age 90 comma wheelchair comma decontaminated at 1420 period",
  [("Horatio Blanchflower", N), ("90", A)], "dictation age-over-89-digits")
P("EMERG", "chat", "Public missing-persons page for the fire: https://reunite.example.org/search?q=ingrid+solvang; the family posted her picture there.",
  [("https://reunite.example.org/search?q=ingrid+solvang", UR)], "url")
P("EMERG", "chat", "She fled with only a debit card; registration took card ending 2256 for the co-pay. That's Mrs. Kapoor-Bates in 3W.",
  [("2256", AC), ("Kapoor-Bates", N)], "account name-hyphenated")
P("EMERG", "ehr", "Disaster registration | TAG 10471 | Name: UNKNOWN, ADULT MALE | Est age 90+ | Found: Route 12 overpass | Arrival 2/11 0340",
  [("10471", ID_), ("90", A), ("Route 12 overpass", LO), ("2/11", D)], "other-id placeholder-name age-over-89-digits date-numeric")
P("EMERG", "chat", "Pet evacuation: Mrs. Ottersen's cat, Mr. Whiskers, is at the county animal shelter; she is in room 4112.",
  [("Ottersen", N)], "pet-name name-possessive room-bed-number")
P("EMERG", "chat", "Nursing home evacuation census came by fax from Fairhaven Manor (fax-back 262-555-0102): 14 residents, 3 on oxygen.",
  [("Fairhaven Manor", LO), ("262-555-0102", FX)], "fax facility")
# ---------------------------------------------------------------- clinical ethics consultation service
C("ETHICS", "chat", "Jonsen's four boxes for the consult note: medical indications, patient preferences, quality of life, contextual features.",
  "eponym-bare teaching", ep="Jonsen")
C("ETHICS", "chat", "Beauchamp and Childress, chapter 4, for the nonmaleficence argument; fellows should read it before Friday.",
  "public-figure weekday", pub="Beauchamp|Childress")
C("ETHICS", "chat", "Quinlan and Cruzan are the two cases everyone cites; Cruzan is the one about clear and convincing evidence before withdrawing nutrition.",
  "legal-case", tr="Quinlan|Cruzan")
C("ETHICS", "chat", "Wanglie and Baby K are the futility cases, and neither gives us a unilateral right to stop.",
  "legal-case", tr="Wanglie|Baby K")
C("ETHICS", "chat", "Canterbury v. Spence set the reasonable-patient standard, so the question is what she would want to know.",
  "legal-case place-rule", tr="Canterbury v. Spence")
C("ETHICS", "chat", "Henrietta Lacks and the HeLa line come up in every biobank consent talk; her family's story is in the reading packet.",
  "public-figure teaching", pub="Henrietta Lacks")
C("ETHICS", "chat", "Nuremberg Code and Tuskegee are why the research-consent module is mandatory for committee members.",
  "place-rule organization", pl="Nuremberg|Tuskegee")
C("ETHICS", "chat", "The Harvard criteria of 1968 are history; brain death now follows the AAN/SCCM guideline and the Uniform Determination of Death Act.",
  "place-rule year-only organization", pl="Harvard", org="SCCM|Uniform Determination of Death Act")
C("ETHICS", "chat", "Double effect, as Aquinas framed it: the intent is symptom relief, the foreseen risk is hastened death. Document intent and titration.",
  "public-figure", pub="Aquinas")
C("ETHICS", "chat", "Mill vs Kant in 90 seconds for the residents: consequences vs duties. Then back to the actual patient in front of us.",
  "public-figure age-like-number", pub="Mill|Kant")
C("ETHICS", "chat", "Primum non nocere isn't in the Hippocratic oath, whatever the poster in the lounge says.",
  "non-english-term public-figure", pub="Hippocratic")
C("ETHICS", "chat", "SPIKES for the family meeting, and the Serious Illness Conversation Guide from Ariadne Labs for the clinic follow-up.",
  "score organization", sc="SPIKES", org="Ariadne Labs")
C("ETHICS", "chat", "Shabbat starts at sunset Friday; the family asked that we not discuss withdrawal until after Havdalah on Saturday night.",
  "holiday non-english-term weekday")
C("ETHICS", "chat", "During Ramadan the fasting question comes up with tube feeds; the imam on call says medical nutrition doesn't break the fast for this family.",
  "holiday staff-role")
C("ETHICS", "chat", "MOLST vs POLST: same idea, different states. An out-of-state form is honored if it was valid where it was signed.",
  "organization", org="MOLST")
C("ETHICS", "chat", "Patient Self-Determination Act: we must ask about advance directives on admission, not make anyone fill one out.",
  "organization", org="Patient Self-Determination Act")
C("ETHICS", "caps", "ETHICS COMMITTEE MEETS 2ND TUESDAY, 1200, BOARDROOM B. CASE REVIEW IS DE-IDENTIFIED ONLY.",
  "allcaps weekday clock-time")
C("ETHICS", "lower", "is a verbal dnr from the health care agent valid over the phone if two nurses witness it",
  "lowercase quick-question")
C("ETHICS", "bot", "/ask Give five bullets for and against honoring a surrogate's request to continue dialysis when the patient lacks capacity",
  "bot-command")
C("ETHICS", "sms", "on call ethics: running 10 late to the 4N family meeting, start introductions without me",
  "sms room-bed-number")
C("ETHICS", "list", "Consult checklist\n- who decides?\n- what exactly is the question\n- capacity documented?\n- prior wishes\n- next meeting time",
  "list-schedule")
C("ETHICS", "dictation", "Ethics consult note comma the question is whether continued mechanical ventilation is consistent with the patient's previously expressed wishes period",
  "dictation")
C("ETHICS", "ocr", "ADVANCE DlRECTlVE F0R HEALTH CARE  Section 2: l do / do not want tube feeding  Witness 1: ______  Witness 2: ______",
  "ocr-noise")
P("ETHICS", "chat", "Court-appointed guardian is Lucretia Ambrosino-Voss, case 29GN000418; her office faxed the letters from 608-555-0187 (fax).",
  [("Lucretia Ambrosino-Voss", N), ("29GN000418", ID_), ("608-555-0187", FX)], "name-after-role other-id fax")
P("ETHICS", "chat", "POA check: the agent, Ferdinand Kolawole, showed driver's license K410-7723-8815-06; copy is in the media tab.",
  [("Ferdinand Kolawole", N), ("K410-7723-8815-06", LI)], "drivers-license name-relative")
P("ETHICS", "chat", "The family asked to record the meeting; the audio is family_mtg_0921.m4a in media, with the wife and both sons speaking.",
  [("family_mtg_0921.m4a", BI)], "biometric relative-not-named")
P("ETHICS", "chat", "Leocadia Brzezinski is 101; her granddaughter Agnieszka says she always said \"no machines\".",
  [("Leocadia Brzezinski", N), ("101", A), ("Agnieszka", N)], "age-over-89-digits name-relative name-non-english")
P("ETHICS", "chat", "Mr. Ochieng-Dahl is a Jehovah's Witness; his hospital liaison contact is Elder Joaquim Sarmento, 920-555-0161.",
  [("Ochieng-Dahl", N), ("Joaquim Sarmento", N), ("920-555-0161", PH)], "name-after-role phone name-hyphenated")
P("ETHICS", "chat", "She belongs to St. Casimir parish on Lincoln Ave; Father Wiesław Duda is coming for the anointing.",
  [("St. Casimir parish", LO), ("Lincoln Ave", LO), ("Wiesław Duda", N)], "facility address name-after-role name-non-english")
P("ETHICS", "chat", "The son started a fundraiser at https://fund.example.com/help-bring-grandpa-kofi-home and asks if we'll certify he can fly.",
  [("https://fund.example.com/help-bring-grandpa-kofi-home", UR)], "url")
P("ETHICS", "chat", "The public guardian program needs his SSN for the conservatorship: 920-33-1847. Please keep it out of the consult note.",
  [("920-33-1847", SS)], "ssn")
P("ETHICS", "chat", "Nursing home trust account 70023381 holds $412 for Aurelio Santangelo; they won't release it without the guardian.",
  [("70023381", AC), ("Aurelio Santangelo", N)], "account")
P("ETHICS", "caps", "ETHICS CONSULT REQUEST: WELLINGTON-ASARE, NANA AMA, MICU 8. QUESTION: SURROGATE CONFLICT.",
  [("WELLINGTON-ASARE, NANA AMA", N)], "allcaps name-allcaps name-last-first name-non-english")
P("ETHICS", "lower", "the two daughters disagree, rosalind wants everything done and june wants comfort care, the son hasnt been reached",
  [("rosalind", N), ("june", N)], "lowercase name-lowercase name-common-word month-word")
P("ETHICS", "email", "From: riskmgmt@example.org\nSubject: ethics/legal, Yevgenia Tarasenko\nHer nephew Artem says he has a POA dated 3/12/2027; nobody here has seen it.",
  [("riskmgmt@example.org", EM), ("Yevgenia Tarasenko", N), ("Artem", N), ("3/12/2027", D)], "email name-relative date-numeric name-non-english")
P("ETHICS", "voicemail", "Voicemail for the ethics office: this is Philomena Arceneaux, Earl's sister, I'm his only family and I'm in Baton Rouge, I want to join the meeting by phone, 225-555-0137.",
  [("Philomena Arceneaux", N), ("Earl", N), ("Baton Rouge", LO), ("225-555-0137", PH)], "voicemail name-relative city phone")
P("ETHICS", "chat", "Miranda Castellví is the surrogate. No relation to the Miranda warning, since the resident asked.",
  [("Miranda Castellví", N)], "name-collision name-non-english name-message-start")
P("ETHICS", "chat", "Our patient is Mrs. Quinlan, Bridget Quinlan, no relation, and the family knows the comparison will come up.",
  [("Quinlan", N), ("Bridget Quinlan", N)], "name-collision name-eponym-surname")
P("ETHICS", "ehr", "Advance directive on file | Pt: Ekwensi, Obiageli | DOB 12/08/1930 | HCPOA: Chidi Ekwensi (son) | Scanned 2/19/2029",
  [("Ekwensi, Obiageli", N), ("12/08/1930", D), ("Chidi Ekwensi", N), ("2/19/2029", D)], "name-last-first dob name-relative date-numeric")
P("ETHICS", "dictation", "Ethics consult for Maximilian Oberholzer comma age 97 comma medical record number 6 2 0 4 4 1 8 comma surrogate is his wife Rosamund period",
  [("Maximilian Oberholzer", N), ("97", A), ("6 2 0 4 4 1 8", MR), ("Rosamund", N)], "dictation age-over-89-digits mrn spaced-digits")
P("ETHICS", "sms", "the daughter (Keturah) says they're in the garage level 2, silver van, plate 4QP-773, can someone walk them up",
  [("Keturah", N), ("4QP-773", VE)], "sms vehicle name-relative")
P("ETHICS", "ocr", "HEALTH CARE P0WER 0F ATT0RNEY  Principal: Rosaline Abendroth  Agent: Cassius Abendroth  Phone: 7l5-555-0l24  Signed: O6/l4/2O22",
  [("Rosaline Abendroth", N), ("Cassius Abendroth", N), ("7l5-555-0l24", PH), ("O6/l4/2O22", D)], "ocr-noise name-relative phone date-numeric")
P("ETHICS", "chat", "Two charts for the same man, MRN 5510937 and 5530719, and the ethics note went into the wrong one. HIM is merging.",
  [("5510937", MR), ("5530719", MR)], "mrn")
# ---------------------------------------------------------------- nurse staffing office, float pool and agency scheduling
C("STAFF", "chat", "Kronos is down again: punch on paper and the timekeeper enters it. UKG says the fix lands tonight.",
  "org-software", br="Kronos|UKG")
C("STAFF", "chat", "Agency contracts: Aya for the 13-week ICU travelers, Vivian for the per-diem marketplace, AMN for tele.",
  "company common-word-not-name", br="Aya|Vivian|AMN")
C("STAFF", "chat", "DAISY Award nominations close Friday; the Beacon Award application for the MICU is due next month.",
  "organization weekday", org="DAISY Award|Beacon Award")
C("STAFF", "chat", "Magnet redesignation visit is in the spring; expect questions on NDNQI data and Press Ganey scores by unit.",
  "organization company", org="Magnet|NDNQI", br="Press Ganey")
C("STAFF", "chat", "California's 1:5 med-surg ratio keeps coming up; ours is 1:5 on days and 1:6 on nights, and the union wants 1:5 around the clock.",
  "place-rule ratio", pl="California")
C("STAFF", "chat", "Chase the night sup for the sitter count before 1900; we're short two sitters and the ED is holding three.",
  "common-word-not-name clock-time", word="Chase")
C("STAFF", "chat", "Dawn shift (0300-0700) incentive is back: time and a half plus $10/h for the float pool.",
  "common-word-not-name clock-time", word="Dawn")
C("STAFF", "chat", "Float pool competencies are tele, step-down and peds; ICU floats only after the 6-month sign-off.",
  "staff-role")
C("STAFF", "chat", "Holiday requests: Christmas Eve and New Year's Eve rotate; whoever worked Christmas last year gets Thanksgiving off this year.",
  "holiday")
C("STAFF", "caps", "STAFFING ALERT: 4 WEST NEEDS 2 RNS 1900-0730. INCENTIVE PAY APPROVED. CALL THE STAFFING OFFICE, EXT 5120.",
  "allcaps extension-number clock-time")
C("STAFF", "lower", "can a float nurse take a heparin drip patient if they havent done this years heparin module",
  "lowercase quick-question")
C("STAFF", "sms", "staffing: 3 call-outs for nights, covering w 1 float + 1 agency, charge takes 3",
  "sms")
C("STAFF", "bot", "/draft a short, friendly message asking day-shift RNs to pick up open night shifts this weekend, mention the incentive pay",
  "bot-command")
C("STAFF", "list", "Tonight's grid\n4W: 6 RN / 2 CNA (need 1 RN)\n5E: 5 RN / 2 CNA\nMICU: 9 RN (1:2)\nED: 14 RN, 1 float\nSitters: 3 of 5",
  "list-schedule ratio room-bed-number")
C("STAFF", "chat", "ShiftWizard self-scheduling opens on the 1st for the next 6-week block; CareRev and ShiftMed per-diem shifts post after that.",
  "org-software", br="ShiftWizard|CareRev|ShiftMed")
C("STAFF", "dictation", "Staffing huddle summary comma census 412 comma 22 pending discharges comma 6 units short by 1 RN each comma incentive approved through Sunday period",
  "dictation weekday")
C("STAFF", "ocr", "PAYR0LL ADJUSTMENT F0RM  Pay period: 2 weeks  Hours: 80.5  Shift diff: nights  Reason: missed punch  Approved: [x]",
  "ocr-noise")
C("STAFF", "chat", "Nightingale pledge at the new-grad pinning Thursday; the CNO gives the welcome at 1500.",
  "public-figure weekday clock-time", pub="Nightingale")
C("STAFF", "chat", "Benner's novice-to-expert model is the basis for our clinical ladder; level III needs 2 years plus a project.",
  "public-figure", pub="Benner")
C("STAFF", "chat", "Incredible Health and Nomad Health both pinged about direct hires; HR says no placement fees above 20%.",
  "company", br="Incredible Health|Nomad Health")
C("STAFF", "chat", "Will the 0700 huddle move to 0715 on Mondays? Three people have asked.",
  "common-word-not-name clock-time weekday", word="Will")
P("STAFF", "chat", "New float RN Graciela Montemayor, Wisconsin RN license 341872-30, verified in Nursys.",
  [("Graciela Montemayor", N), ("341872-30", LI)], "clinician-license name-staff")
P("STAFF", "chat", "Agency NP Ignatia Fairlie, NPI 1487296530, needs a badge and med cabinet access by Friday.",
  [("Ignatia Fairlie", N), ("1487296530", LI)], "clinician-license name-staff weekday")
P("STAFF", "chat", "The time clock won't read Benedikt Hollander's finger; template TC-FP-40918 needs re-enrolling.",
  [("Benedikt Hollander", N), ("TC-FP-40918", BI)], "biometric name-staff name-possessive")
P("STAFF", "chat", "Someone logged into the scheduling portal as Nkechi Adeyinka from 198.51.100.140 at 0300 and swapped three shifts; she says it wasn't her.",
  [("Nkechi Adeyinka", N), ("198.51.100.140", IPA)], "ip name-staff")
P("STAFF", "chat", "Parking permit for traveler Aurelie Dufresne-Koh: Minnesota plate QLM 3094. She starts Monday.",
  [("Aurelie Dufresne-Koh", N), ("QLM 3094", VE)], "vehicle name-staff name-hyphenated")
P("STAFF", "chat", "Employee ID 4409182 is Solveig Marchand (float pool, nights); please fix her cost center.",
  [("4409182", ID_), ("Solveig Marchand", N)], "other-id name-staff")
P("STAFF", "chat", "Payroll: Jericho Amadi's direct deposit bounced, account ending 5527; he'll bring a voided check.",
  [("Jericho Amadi", N), ("5527", AC)], "account name-staff name-possessive")
P("STAFF", "chat", "Onboarding copy for Oksana Hrytsenko with SSN 907-52-1183 was left at the front desk. Shred it, please.",
  [("Oksana Hrytsenko", N), ("907-52-1183", SS)], "ssn name-staff name-non-english")
P("STAFF", "chat", "Who is covering July 4th nights on 5E? Fenella swapped with Okezie, per the email.",
  [("July 4th", D), ("Fenella", N), ("Okezie", N)], "date-written name-staff holiday")
P("STAFF", "email", "From: staffing.office@example.org\nTo: float pool\nBlock is posted. Questions to Jocasta Reinholt, 414-555-0170, or reply here. Agency liaison: Bartosz Wiącek.",
  [("staffing.office@example.org", EM), ("Jocasta Reinholt", N), ("414-555-0170", PH), ("Bartosz Wiącek", N)], "email name-staff phone name-non-english")
P("STAFF", "chat", "Agency timesheets for Latrice Oyebanji come by fax from Horizon Staffing, 312-555-0157 (fax); payroll can't read the last one.",
  [("Latrice Oyebanji", N), ("312-555-0157", FX)], "fax name-staff")
P("STAFF", "voicemail", "Voicemail on the call-out line: hi it's Kaimana Kealoha, I'm sick, can't make my 1900 on 4 West, sorry, my cell is 808-555-0132.",
  [("Kaimana Kealoha", N), ("808-555-0132", PH)], "voicemail name-staff phone name-non-english")
P("STAFF", "caps", "OVERTIME APPROVED FOR 3 SHIFTS: ABERCROMBIE, LUCIAN R AND NWOSU, ADAEZE. CHARGE RN: FINNEGAN.",
  [("ABERCROMBIE, LUCIAN R", N), ("NWOSU, ADAEZE", N), ("FINNEGAN", N)], "allcaps name-allcaps name-last-first name-surname-only")
P("STAFF", "lower", "ok who told dmitri he could float to micu without the sign off, its not in his comps, see me before 1900 -yolanda",
  [("dmitri", N), ("yolanda", N)], "lowercase name-lowercase name-staff")
P("STAFF", "sms", "Hezekiah Boateng: stuck on I-94 behind a crash near the Mitchell Interchange, 30 min late",
  [("Hezekiah Boateng", N), ("I-94", LO), ("Mitchell Interchange", LO)], "sms name-staff address name-message-start")
P("STAFF", "chat", "Welcome to the float pool: 김서연 (Kim Seo-yeon), new grad, nights.",
  [("김서연", N), ("Kim Seo-yeon", N)], "name-non-english other-script name-staff")
P("STAFF", "list", "Break room birthday list\nUlrike Brandt 9/27\nMarcellus Obi 10/3\nPaz Echenique 10/19",
  [("Ulrike Brandt", N), ("9/27", D), ("Marcellus Obi", N), ("10/3", D), ("Paz Echenique", N), ("10/19", D)], "name-list date-numeric name-staff")
P("STAFF", "chat", "Badge request for Ottavia Pel" + SHY + "legrini, and her cell is 608-555" + ZW + "-0145.",
  [("Ottavia Pel" + SHY + "legrini", N), ("608-555" + ZW + "-0145", PH)], "soft-hyphen zero-width name-staff phone")
P("STAFF", "chat", "The swap sheet with everyone's names is at https://docs.example.com/sheet/float-swaps-q3?user=mokonkwo; don't post it in the unit chat.",
  [("https://docs.example.com/sheet/float-swaps-q3?user=mokonkwo", UR)], "url")
P("STAFF", "dictation", "Incident with traveler Rafaela Quintero comma date of incident October 3rd comma no call no show period",
  [("Rafaela Quintero", N), ("October 3rd", D)], "dictation date-written name-staff")
P("STAFF", "chat", "Credentialing flagged " + CYR_O + "lga Petrenko's badge name: the O came through as Cyrillic in the import, so the match failed.",
  [(CYR_O + "lga Petrenko", N)], "name-non-english unicode-homoglyph name-possessive")
# ---------------------------------------------------------------- added last, one by one: more scripts, Unicode forms and near misses
P("BURN", "chat", "The grandmother's name on the consent is in Devanagari, सावित्री देवी (Savitri Devi); she signed with a thumbprint, scanned as thumb_consent_0412.png.",
  [("सावित्री देवी", N), ("Savitri Devi", N), ("thumb_consent_0412.png", BI)], "name-non-english other-script biometric name-relative")
P("CTS", "chat", "Visitor list for bed 12: Γεώργιος Παπαδόπουλος (Georgios Papadopoulos), brother, and Ελένη, his wife.",
  [("Γεώργιος Παπαδόπουλος", N), ("Georgios Papadopoulos", N), ("Ελένη", N)], "name-non-english other-script name-relative")
P("STREET", "chat", "Client asked that we write her name as ሄለን ተስፋዬ (Helen Tesfaye) on the med bag so her roommate can read it.",
  [("ሄለን ተስፋዬ", N), ("Helen Tesfaye", N)], "name-non-english other-script")
P("XFER", "chat", "The accepting note misspells him: it's Giorgi Beridze, not Georgi Berdize, and his wife wrote it for us as გიორგი ბერიძე.",
  [("Giorgi Beridze", N), ("Georgi Berdize", N), ("გიორგი ბერიძე", N)], "name-mistyped other-script name-non-english")
P("HF", "chat", "Her son's number, pasted from his social-media bio as is: (" + MB("414") + ") " + MB("555") + "-" + MB("0163") + ".",
  [("(" + MB("414") + ") " + MB("555") + "-" + MB("0163"), PH)], "phone unicode-styled-digits relative-not-named")
P("PAIN", "chat", "Next injection for Bohdan Melnyk is 10" + NBHY + "14" + NBHY + "2029, not the 17th; the portal shows the old date.",
  [("Bohdan Melnyk", N), ("10" + NBHY + "14" + NBHY + "2029", D), ("17th", D)], "unicode-hyphen date-numeric date-written name-non-english")
P("ETHICS", "chat", "Surrogate is Rene" + ACUTE + "e Achterhof, the niece; the chart had her as Renee without the accent.",
  [("Rene" + ACUTE + "e Achterhof", N), ("Renee", N)], "unicode-combining name-relative name-mistyped")
P("URO", "chat", "Family prefers Tamil; the name on his insurance card is முருகன் சுப்பிரமணியம் (Murugan Subramaniam).",
  [("முருகன் சுப்பிரமணியம்", N), ("Murugan Subramaniam", N)], "name-non-english other-script")
P("EMERG", "chat", "One of the evacuees is a hundred and four; his great-grandson Tavita came with him on the bus.",
  [("a hundred and four", A), ("Tavita", N)], "age-over-89-words name-relative name-non-english")
P("SPORTS", "email", "A parent wrote her address as gretchen dot albers at example dot com so the form wouldn't mangle it; please use that for the clearance letter.",
  [("gretchen dot albers at example dot com", EM)], "email obfuscated-email")
P("VASC", "chat", "Vein clinic callback for Aloysius Ferncliff: 715" + NBSP + "555" + NBSP + "0178 (the portal put non-breaking spaces in it).",
  [("Aloysius Ferncliff", N), ("715" + NBSP + "555" + NBSP + "0178", PH)], "phone nbsp name-plain")
P("PAIN", "chat", "DEA number on the outside prescription is BK4823190, Dr. Linnea Oyawale; the PDMP shows the same prescriber.",
  [("BK4823190", LI), ("Linnea Oyawale", N)], "clinician-license name-clinician")
P("STREET", "chat", "Passport P83920517 (Honduras) for Nahún Bardales-Funes goes on the clinic intake; keep the copy in the locked drawer.",
  [("P83920517", LI), ("Nahún Bardales-Funes", N)], "passport name-non-english name-hyphenated")
P("SPORTS", "chat", "The team telehealth visit for Yaw Boakye connected from 2001:db8:4f2a::17, which is the dorm network, so that's fine.",
  [("Yaw Boakye", N), ("2001:db8:4f2a::17", IPA)], "ip name-non-english")
P("URO", "ocr", "REGlSTRATl0N  Pt: Casimir Odhiambo  SSN: 9O4-l2-7736  Policy: HMA55O2l89l7",
  [("Casimir Odhiambo", N), ("9O4-l2-7736", SS), ("HMA55O2l89l7", HP)], "ocr-noise ssn health-plan")
C("PFT", "chat", "Translated handout check: बुखार (fever), साँस फूलना (shortness of breath) and खाँसी (cough) all match the English version.",
  "non-english-term other-script")
C("HF", "chat", "Arabic discharge sheet: ضيق التنفس for shortness of breath and الوزن اليومي for daily weight; the interpreter signed off on both.",
  "non-english-term other-script")
C("STREET", "chat", "Russian harm-reduction card: передозировка means overdose, налоксон is naloxone. The outreach worker proofread it.",
  "non-english-term other-script")
C("PAIN", "chat", "She asked about 中药 (Chinese herbal medicine) with her warfarin; dong quai and ginkgo are the two to flag.",
  "non-english-term other-script")
C("BURN", "chat", "The old registry's survival table stops at age 89; for anyone older the Baux score still applies, the table just ends.",
  "age-under-90 score", ep="Baux")
C("XFER", "chat", "90-day readmission rate for our transfers is 14%, and 92% of accepted transfers arrive within 2 h.",
  "age-like-number dose-lab")
C("EMERG", "chat", "Drill coding: T75.1 for the drowning scenario, Z04.1 for the examine-and-release bus crash cases. It's a drill, so bill nothing.",
  "code-number")
C("HAND", "chat", "Preacher curls are out for the wrist fracture folks until the cast comes off; bands and putty only.",
  "common-word-not-name", word="Preacher")
C("ETHICS", "chat", "Being ninety is not a diagnosis and neither is being a centenarian; Thursday's conference is about capacity, not age.",
  "age-like-number weekday")

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
                      re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b")]   # v11: 03.11.2029
MIN_MESSAGES = 600
CLEAN_SHARE = (0.50, 0.56)       # v11: "a little over half" clean
MIN_SPANS_PER_CAT = 7
MIN_TERMS = 400
MIN_EPONYMS = 150
MIN_NEW_TERM_SHARE = 0.90        # v11: share of bait terms not written anywhere in the earlier SOURCE.md files
MIN_PER_SETTING = {True: 20, False: 19}   # clean / with identifiers
MIN_PER_MEDIUM = 12
MIN_AGE_MRN = 15
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v7", "phi_chat_v8", "phi_chat_v9", "phi_chat_v10"]

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

def digits_of(s):
    """The decimal digits of s as ASCII, whatever script they are written in (full-width, Arabic-Indic)."""
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
    """v10's check, run against v7-v10: no example string quoted in straight double quotes (any quoted
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
        lines += ["", f"Bait terms also written somewhere in the v7-v10 SOURCE.md files (checked by build.py; "
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
    shared_line = ([] if shared is None else
                   ["", f"Capitalised NAME tokens of this set that also occur somewhere in the v7-v10 SOURCE.md files "
                        f"(checked by build.py; no full name and no quoted example string is shared): {len(shared)}: "
                        + ", ".join(shared) + "."])
    body = [SOURCE_HEAD.strip("\n"), "", "## Counts (generated by build.py)", ""] + counts + \
        ["", name_form_line(recs)] + shared_line + setting_media_tables(recs, dev, test) + \
        term_table(recs, old_terms) + kinds_lines
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
# Independent PHI chat evaluation set v11 (dev / test)

## How it was written
- Settings (new for v11): the team chat, with the clinical assistant bot, of fifteen care settings that
  none of the earlier sets used (as v7-v10's SOURCE.md describe v5-v10): the burn center and burn ICU;
  the heart failure clinic with LVAD coordinators and cardiac rehab; cardiothoracic surgery, perfusion
  and the ECMO team; the urology clinic, cystoscopy suite and lithotripsy; vascular surgery, the
  vascular lab and the vein clinic; the interventional pain clinic; the pulmonary function lab and
  pulmonary rehab; the plastic and hand surgery clinic with its splint room; sports medicine, athletic
  trainers and team physicians; the transfer center, bed management and patient flow; street medicine
  and the mobile outreach van; forensic nursing (sexual-assault and domestic-violence nurse examiners);
  hospital emergency management, disaster drills and incident command; the clinical ethics
  consultation service; the nurse staffing office, float pool and agency scheduling.
  Settings from the brief's list of examples that were left out because an earlier set used them or one
  very close to them: labor and delivery triage, NICU, transplant coordination and interpreter /
  language access, urgent care, EMS handoffs and telehealth (v6 / v8); dialysis, wound / ostomy, PT /
  OT rehab gym, school nurses and college student health, correctional health, clinical-trial
  coordinators, public-health contact tracing and chaplaincy (v9, v7); infection prevention (close to
  v7's ID and antimicrobial stewardship and v9's contact tracing); utilization review (close to v8's
  case management and prior-auth desk); hospital at home (close to v8's home health and v10's home
  infusion); lactation (inside v8's L&D / postpartum and NICU); hospitalist sign-out (v5's medicine
  ward); student health abroad (v9's college health and v10's travel medicine); interventional
  radiology (v7's reading rooms and v9's technologists). Overlap disclosed: hand therapy sits next to
  v9's inpatient rehab therapists (here it is the outpatient splint room and hand surgeons); emergency
  management sits next to v10's hospital security (here it is incident command, drills, decon and
  family reunification, not guards and visitors); the transfer center sits next to v8's EMS crews
  (here it is the bed board and physician-to-physician calls); street medicine sits next to v8's case
  management (here it is the van, camps and harm reduction); the ethics service sits next to v8's
  hospice and v9's chaplaincy (here it is consults, surrogates, guardians and the committee); CT
  surgery / ECMO and the heart failure clinic sit next to v9's ICU and cath lab. Every message is new.
- Writers (senders): burn surgeons, burn nurses, tank-room techs, child life and the burn survivor
  group; heart failure NPs, LVAD coordinators, exercise physiologists and rehab nurses; CT surgeons,
  CT PAs, perfusionists and ECMO specialists; urologists, cysto nurses and lithotripsy techs; vascular
  surgeons, sonographers (RVT), vein clinic nurses and the limb-salvage coordinator; pain physicians,
  fluoro techs, pain psychologists and the opioid-agreement nurse; PFT techs, respiratory therapists and
  pulmonary rehab staff; hand surgeons, plastic surgeons, hand therapists and the splint room; athletic
  trainers, team physicians and the concussion clinic; transfer RNs, house supervisors, bed managers
  and EVS; street medicine clinicians, outreach workers and peer navigators; SANEs, advocates and
  detectives; the emergency manager, EOC staff, decon team and family reunification center; ethics
  consultants, the committee chair and risk / legal liaisons; staffing coordinators, the float pool
  manager, timekeeping and payroll. Relatives, guardians, coaches, officers, agencies and outside
  hospitals appear through voicemails, e-mails, texts and pasted forms.
- Media: typed chat lines and thread replies, lowercase typing without punctuation, SMS-style texts,
  ALL CAPS pages and alerts, lists (OR boards, tank-room, lithotripsy, fluoro, rehab, 6MWT, hand
  therapy, return-to-play, transfer and amputation lists, van route, on-call SANE list, HICS roles,
  staffing grid, birthday list), pasted EHR snippets (ADT lines, run sheets, flowsheets, case requests,
  report headers, advance-directive and outreach logs, registration lines), forwarded e-mails,
  voicemail transcripts, slash commands to the bot (this time some of them carry identifiers, pasted
  by users), speech-to-text dictation, and (new) OCR text of scanned or faxed forms with recognition
  errors (0 for O, l for 1, rn for m). A checker makes sure slash commands start with "/", lowercase
  lines have no capital and caps lines no lower-case letter outside e-mails and file names. The
  setting and medium of each message are kept in build.py only (tables below).
- A little over half the messages are clean on purpose (no identifier at all) and full of look-alikes:
  eponymous signs, tests, manoeuvres, instruments, operations, classifications, scores and formulas
  from every setting (Wallace, Hubbard tank, Meek, Baux, Curling; Bruce, Naughton, Karvonen, Tanaka,
  Fox, Stevenson, Forrester, Corrigan, de Musset, Traube, Duroziez, Hill, Austin Flint, Holter; David,
  Bentall, Ross, Belsey Mark IV, Ivor Lewis, McKeown, Nuss, Eloesser, Clagett, del Nido, Blake,
  Seldinger, Carpentier, Alfieri; Councill, Malecot, Pezzer, Prehn, Peyronie, Bricker, Studer,
  Mitrofanoff, Monti, Boari, D'Amico, Partin, Randall; Rutherford, Fontaine, Leriche, Buerger,
  May-Thurner, Paget-Schroetter, Crawford, Fogarty, Villalta, Bernoulli; Spurling, Lasègue, Tuohy,
  Whitacre, Racz, Kambin, Tarlov, Modic, Meyerding, Arnold, Eagle; Tiffeneau, Boyle, Krogh, Hoover,
  Mueller, Kartagener, Swyer-James, Biot; Kanavel, Froment, Jeanne, Wartenberg, Guyon, Kleinert,
  Kienböck, Bennett, Rolando, Seymour, Watson, Colles, Smith, Barton, Henry, Lister, Moberg, Lalonde;
  Hawkins-Kennedy, Neer, Jobe, Speed, Yergason, O'Brien, Bankart, Latarjet, King-Devick, Morton,
  Haglund, Silfverskiöld; Rothman, Little's law, Erlang, Gantt; Cusco, Pederson; Haddon, Geiger;
  Jonsen ...), place-named formulas, scales, criteria, consensus statements and events (Brooke,
  Galveston, Vancouver, Kansas City, Seattle, Indiana, Mainz, Miami, Guy's, Chapel Hill, Edinburgh,
  Oswestry, Keele, St George's, Thessaly, Amsterdam, Buffalo, Maryland, Paradise and the Camp Fire,
  Sendai, Nuremberg, Tuskegee, Harvard, California, Cocoanut Grove, Pittsburgh), drug, device,
  software and staffing brands that are names or words (Jobst, Integra, Zio, HeartMate, Crescent,
  Zenith, Evoke, Inogen, Kaiser, Toyota, Kronos, Aya, Vivian, DonJoy, Game Ready, Mark I, Tice),
  organisms, programmes and laws (EMTALA, COBRA, VAWA, CODIS, HUD, Section 8, Housing First,
  Coordinated Entry, Patient Self-Determination Act, MOLST, Stop the Bleed, DAISY Award, Magnet),
  historical scientists and public figures (Forssmann, Einthoven, Gibbon, Lillehei, Barnard, Nitze,
  Bozzini, Huggins, John Hutchinson, Melzack and Wall, Bonica, Cope and Lindemann, Jim Withers,
  Virginia Lynch, Ann Burgess, Nightingale, Benner, Beauchamp and Childress, Aquinas, Mill, Kant),
  procedures and diseases named after public figures (Tommy John, Lou Gehrig, the Terry Thomas sign),
  legal and ethics cases (Quinlan, Cruzan, Wanglie, Baby K, Canterbury v. Spence, Crawford v.
  Washington, Miranda, Daubert, Frye, Henrietta Lacks), a fictional character (Lady Windermere), named
  storms (Hurricane Helene, Winter Storm Elliott), pets, therapy and search dogs and animal characters
  (Waffles, Pretzel, Admiral, Diesel, Koda, Juno, Bluey, Bucky Badger), ordinary words that are names
  elsewhere in the set (Chase, Dawn, Will, Preacher), holidays and months in schedules (Independence
  Day, Labor Day, Thanksgiving, Memorial Day, Christmas Eve, Ramadan, Shabbat, January), scores and
  fractions (9/13, 19/35, 15/24, 3/5), doses, ratios (1:4, 1:80, 1:100,000), temperatures, clock
  times, room, bed, bay, OR, suite and extension numbers, an aircraft tail number and EMS unit
  numbers, ICD-10 codes, near misses around 89 / 90 (age 89, 90-day, 92%, 95 pitches, 96 h, 90
  seconds, eos of 90, MAP above 90, "being ninety"), capitals-only pages, acronyms (PHI as the
  Prostate Health Index, STONE, SAVE, SALT, GOLD, CAT), and non-English words and other scripts in
  clinical use (Spanish, French, German, Latin, Hebrew, Japanese たこつぼ / もやもや / 看板, Chinese
  中药, Hindi बुखार, Arabic ضيق التنفس, Russian передозировка). The other messages carry identifiers
  of all 19 categories, with most of the weight on names.
- Names come in the forms chat shows: full names, surname only, given name only, "Last, First M" and
  ALL CAPS registration style, all lowercase, possessives, initials (R. Okonkwo-Tate, T. Castellanos,
  A. Nakashima, H. Grünewald), nicknames in quotes and monikers (Bart, Flaco, Benny, Preacher, an AKA
  on an intake form), names that are English words (Dawn, Chase, Kestrel, Brooke, May, june, Speed,
  Little, Hill, Eagle, Smith), names at the start of a message or a list line, names after roles and
  titles (Officer, Detective, Elder, Father, Coach, Doctor), names in lists, misspelt, spelled-out and
  corrected names (P-A-W-L-A-K, Georgi Berdize for Giorgi Beridze, Renee for Renée), names inside file
  names and URLs, patients whose surname or given name is an eponym or public reference in the same
  message (Brooke Tvedt and the Brooke formula, Clement Hill with a Hill sign, Bruce Amundsen on the
  Bruce protocol, David Achterberg getting a David, Randall Pfeiffer with Randall plaques, May
  Thurlow-Ekwueme with May-Thurner, Arnold Pettersen, Rowena Eagle, Lyle Hoover, Garfield Smith, Henry
  Obuobi, Dashiell Speed, Morton Feldkamp, Jasper Little, Helene Marchetti-Oyo after Hurricane Helene,
  Miranda Castellví, Bridget Quinlan). Names come from many cultures and scripts: Yoruba, Igbo, Akan,
  Ewe, Kikuyu, Luo, Zulu, Somali, Amharic (Ethiopic script), Korean (Hangul), Japanese (kanji and
  hiragana), Chinese, Vietnamese, Thai (Thai script), Hindi (Devanagari), Tamil (Tamil script),
  Arabic (Arabic script with right-to-left marks), Hebrew (Hebrew script), Greek (Greek script),
  Georgian (Georgian script), Russian and Ukrainian (Cyrillic), Polish, Czech, Croatian, Hungarian,
  Icelandic, Norwegian, Swedish, Finnish, Dutch particles, Irish (Ó Dálaigh, Mac Giolla Phádraig),
  Māori, Samoan, Tongan, Hawaiian, Navajo and Lakota-style surnames, Tibetan, Persian, Turkish, Uzbek,
  Spanish, Portuguese, Italian and French.
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the evaluation or benchmark scripts or
  the messages of the earlier sets: nothing under bot/, tests/ or bench/*.py was opened, no *.jsonl file
  was opened, and no message line or term list of any earlier build.py was read. The detector and the
  project's code were not run; only this build.py checks the messages. Nothing was generated from
  templates or loops; the checker refuses two messages that open with the same 28 characters. The last
  block of build.py ("added last", 24 messages) was written after a first full count, one by one like
  the rest, to add names in more scripts (Devanagari, Greek, Ethiopic, Georgian, Tamil), Unicode forms
  (mathematical bold digits, non-breaking hyphens and spaces, a decomposed accent), licences, a
  passport, an IPv6 address, an OCR'd SSN, clean near misses around 89 / 90 and clinical words in
  other scripts.
- What was read: bench/data/phi_chat_v7/SOURCE.md, bench/data/phi_chat_v8/SOURCE.md,
  bench/data/phi_chat_v9/SOURCE.md, bench/data/phi_chat_v10/SOURCE.md, and of
  bench/data/phi_chat_v10/build.py: a grep listing of its `def`, constant and section-comment lines (the
  section comments name v10's settings, as its SOURCE.md does), its lines 1-142 (docstring, constants,
  the FW / AR / M / P / C / term_re helpers; they hold no message), lines 1555-1945 (checks, split,
  output, table helpers, main() and the first three lines of SOURCE_HEAD) and its last 5 lines (the end
  of SOURCE_HEAD and the main guard). No v10 message line was seen. The v5 and v6 SOURCE.md files were
  not read (the brief allowed only v7-v10); v7's SOURCE.md copies v6's conventions verbatim.
- The helper, check, split and output code is v10's, reused with a new seed (20281119), the v11
  settings, media and bait kinds, and these changes: (1) a new medium (OCR text) and a new bait kind
  (animals: pets, therapy and search dogs, animal characters), and the "public" kind now also holds
  named storms, a fictional character and people in published legal and ethics cases; (2) an MB()
  helper for mathematical bold digits and Cyrillic look-alike letters for a homoglyph name; (3) clean
  messages also may not contain `Mx. `, `.jpeg`, `.mov`, `.m4a`, `.pdf`, `[at]`, a month name followed
  by a day ("Mar 3", "July 4th"), a day followed by a month ("3rd of March") or a dotted date
  (03.11.2029); (4) `check_media` (slash commands, lowercase and caps lines, see above); (5)
  `check_no_reuse` now reads v7-v10's SOURCE.md (v10's read v6-v9); (6) new `bait_overlap`: the bait
  terms that are also written anywhere in the v7-v10 SOURCE.md files are listed below, and at least
  90% of the terms must be new; (7) thresholds: at least 600 messages, clean share 50-56%, every
  category at least 7 spans and in both splits, every setting at least 20 clean and 19 identifier
  messages, every medium at least 12 messages, at least 400 bait terms of which at least 150
  eponyms, each term in 1-4 clean messages; (8) the NAME form line counts non-Latin scripts by
  Unicode script name.
- All identifiers are invented: phone and fax numbers use 555 (also an Irish mobile, +353 ...),
  e-mails and URLs use example.org / example.com / example.net / example.gov, IPs come from the
  documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), full SSNs start
  with 9, and MRNs, member ids, MBIs, Medicaid ids, plates, VINs, serials, licence, NPI, DEA, passport
  and state-ID numbers, claim, case, kit, tag, badge, transfer-request, subject, employee and template
  numbers are made up. Town and city names are real and used at random (mostly Wisconsin, some
  elsewhere in the US, and abroad: Whanganui); facility, school, street, parish, shelter and company
  names are invented or generic, and a few real streets, parks and landmarks are used as invented
  whereabouts (see the slips). No real patients; any resemblance to a real person or record is
  accidental.
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance (`P(setting, medium, text, spans, kinds)`); clean messages are
  `C(setting, medium, text, kinds, ep=..., pl=..., br=..., pub=..., pet=..., ...)`, whose keyword
  arguments register the capitalised bait terms of the message. Offsets come from `str.find` scanning
  left to right (never typed by hand; `(substring, category, n)` takes the n-th occurrence after the
  previous span). The checker verifies what v10's did: slices equal the written substrings on the built
  records and on the records read back from dev.jsonl / test.jsonl; slices non-empty and inside the
  text; no overlaps; known categories; `clean` iff no spans; no duplicate texts; no span starting or
  ending on an invisible character or a space; no span glued to a letter or digit outside it (except
  an AGE followed by a letter); 1-4 kind tags; unique 28-character openings; forbidden strings and
  shapes in clean messages; PHONE and FAX spans contain 555 in any script, EMAIL and URL spans contain
  "example", IPs are documentation addresses, 9-digit SSNs start with 9; no capitalised word of a NAME
  span appears in a clean message unless it is part of a registered bait term; every bait term in 1-4
  clean messages; the mix thresholds; NAME, DATE, LOCATION and PHONE each with at least as many spans
  as any other category; AGE and MRN with at least 15; every kind tag used at least twice present in
  both splits; plus the v11 additions above.
- Split: fixed seed 20281119, 2:1 dev/test, stratified exactly as v10 does (clean / not clean, setting,
  setting x clean, kind tags and span categories; messages shuffled with the seed, ordered by the rarity
  of their rarest feature, each to the split whose 1/3 : 2/3 quota for its features is least filled).
  Running `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file, and prints the stats.
- Record format (same as v3-v10): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets (a combining accent, a soft hyphen or a
  mathematical bold digit is one code point).

## Annotation conventions
The conventions of v10 (bench/data/phi_chat_v10/SOURCE.md, which restates v9's and, through them,
v8's, v7's, v6's and v5's) apply unchanged. In short: NAME for any person (patient, relative, guardian,
clinician, staff, officer, detective, advocate, coach, volunteer, caller), titles, ranks, kinship words,
religious titles and possessive 's outside; eponyms, brands, programmes, companies, law firms, police
departments and scales never names, and only the person annotated when a name and an eponym or word
share a spelling in one message; a nickname next to a legal name is its own NAME span; "Last, First M"
is one span; DATE for any date element more specific than a year; AGE only over 89, number expression
only; LOCATION for street addresses, street names, highways, cities, ZIP codes and named places tied to
the patient (or to a relative or staff member), never states, countries or place-named diseases and
rules; e-mails, URLs and photo / voice file names are one span each; masked SSNs keep only the visible
digits; internal extensions, pagers, beds, rooms, bays, suites and ORs are not annotated;
Unicode-broken identifiers are annotated whole. Category names (exactly v10's): NAME, DATE, AGE, PHONE,
FAX, EMAIL, SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO,
LOCATION, ID.

Decisions spelled out for v11 (cases the earlier SOURCE.md files do not settle; each follows from them):
- Public references: historical scientists and authors, procedures and diseases named after public
  figures (Tommy John, Lou Gehrig, Terry Thomas sign), people in published legal and ethics cases cited
  as precedent (Quinlan, Cruzan, Wanglie, Baby K, Henrietta Lacks, Miranda, Daubert, Frye, Crawford v.
  Washington, Canterbury v. Spence), a fictional character (Lady Windermere) and named storms (Hurricane
  Helene, Winter Storm Elliott) are not NAME, like v10's public figures; they appear in clean messages
  only. A patient or surrogate who shares the name is NAME (Bridget Quinlan, Miranda Castellví, Helene
  Marchetti-Oyo), and a defendant named in a subpoena about a patient ("State v. Oduya-Kimani") is NAME.
- Animals: pets, therapy, service and search dogs, mascots and cartoon animals are not annotated (v8),
  also when the pet's name carries a title ("Mr. Whiskers"); the owner is NAME.
- Transport: aircraft tail numbers and EMS unit numbers of the transport services are not annotated
  (v6 left EMS unit and engine numbers out); plates and VINs of patients, relatives, suspects and staff
  are VEHICLE.
- Transfer center: transfer request numbers are ID; the referring or receiving hospital and the nursing
  home a patient comes from are LOCATION (v6); a recorded-line call audio file is BIOMETRIC (voices,
  v10's recorded complaint call); trauma aliases ("Trauma Zulu") and "UNKNOWN, ADULT MALE" are
  placeholders and not annotated (v10's rule for "John Doe" and "Unknown").
- Street medicine: where a person sleeps, was found or was last seen (a named river camp, a viaduct, a
  bridge, a park or pavilion, a bus shelter at an intersection, a street behind a laundromat) is
  LOCATION, one span per street at an intersection (v6 / v8); unnamed places ("the river camp", "the
  library lot", "under the bridge") are not annotated. A street name or moniker used as the person's
  name ("Preacher", "Flaco", an AKA on an intake form) is NAME. A state ID card number and a passport
  number are LICENSE (v10's certificate and passport rule).
- Forensic nursing: evidence kit numbers, police and court case numbers and officer badge numbers are
  ID; the assailant is a person (NAME) and a suspect's plate is VEHICLE; a recorded interview is
  BIOMETRIC; body-map photos are PHOTO; the place of the assault and the patient's home are LOCATION;
  "Racine PD" is a police department named after a city and is not LOCATION (v10).
- Emergency management: MCI triage tag numbers and disaster registration tags are ID; temporary
  disaster record numbers are MRN; a facial template from the reunification app is BIOMETRIC; a
  missing-persons page that embeds a name is one URL span; drill volunteers (real people) are NAME,
  while scenario roles are not.
- Ethics: guardianship, conservatorship and court case numbers are ID; guardians, POA agents and
  clergy are NAME, with "Elder" and "Father" outside (v9); a parish is LOCATION (v9); a recorded family
  meeting is BIOMETRIC; a crowdfunding link is URL; a nursing-home trust account is ACCOUNT. In the
  Akan given name "NANA AMA" the "Nana" is part of the name and inside the span (v6 kept "Nana" outside
  where it is a kinship word, "Nana Jo").
- Staffing: staff identifiers are annotated as in v7 / v10: RN licence, NPI and DEA numbers LICENSE,
  employee ids ID, a time-clock fingerprint template BIOMETRIC, a login IP IP, a parking-permit plate
  VEHICLE, the last digits of a direct-deposit account ACCOUNT, an SSN on onboarding paperwork SSN;
  schedule and birthday dates ("July 4th", "9/27") are DATE (v7), while holidays named without a date
  (Independence Day, Labor Day, Christmas Eve) are not; staffing companies named like people (Aya,
  Vivian) are companies, not NAME.
- Sports: a student-athlete id and a concussion baseline-test id are ID; the school is LOCATION (v9);
  a club team, an opponent, jersey and section numbers are not annotated (v6); a sideline video is
  PHOTO; a city an athlete travels to for a meet is LOCATION (v8).
- OCR: identifiers with recognition errors (O for 0, l for 1, rn for m: "Gu5tavo Ibarrola",
  "O4/22/1987", "4l4-555-0193", "8O274l9", "St. Anselm Cornmunity") are annotated whole as the
  identifier they stand for; form labels ("Narne:", "DOB:", "Ph0ne:") stay outside.
- Unicode: a name with a Cyrillic look-alike letter inside is one NAME span; a phone number in
  mathematical bold digits (pasted from styled social-media text), with non-breaking spaces, with a
  zero-width space inside, in full-width or Arabic-Indic digits is one PHONE span; a date with
  non-breaking hyphens is one DATE span (v8); a name with a soft hyphen or a decomposed accent is one
  NAME span (v10).
- AGE: "a hundred and four" is one span (the "a" is the numeral here, unlike the article before a
  date); "Est age 90+" gives "90"; "ninety-eight", "ninety-five", "Ninety-three" are whole spans; "age
  89", "90-day", "92%", "95 pitches", "96 h", "90 seconds", "eos are 90", "MAP above 90" and "being
  ninety" said of no one are not.
- Biometrics: a thumbprint used as a signature on a scanned consent is BIOMETRIC, like v8's scanned
  footprint sheet; palm-vein and fingerprint templates of patients and staff are BIOMETRIC (v7, v10).
- Bot commands: slash commands with a pasted name are annotated like any other message (v10's slash
  commands happened to be all clean).
- DATE: "3 Apr", "May 14" (in a message where May is also the patient's given name and part of an
  eponym), "fourteenth of February 1936", "July 9th 1931", "3 slash 8 slash 1944", "11.03.2029",
  "August 30th", "September 1st", "October 3rd", "23rd", "28th" and "17th" (article outside), ISO
  dates; "mid-May", months alone and "a Valentine's baby" are not.
- LOCATION, added cases: the city a relative is stuck in or lives in (Ottumwa, Baton Rouge, Kenosha,
  Janesville), a city a patient is moving to (Whanganui), a town whose name is a word (Friendship), an
  interstate mile marker and the interchange where a staff member is stuck (v7 annotates staff
  identifiers), the pharmacy street of an opioid agreement.
- Clean messages contain no person names (staff included), no dates more specific than a year, no
  cities tied to anyone (a city in a public figure's history, Pittsburgh, is bait) and no numbers of any
  identifier shape.

## Slips and limits disclosed
- While writing, some strings that the earlier SOURCE.md files quote as examples crept into v11
  messages: the digit groups 4471 (inside a member id) and 6618 (inside a police case number), "5th"
  (inside "35th St" and "15th"), "one hundred", "91%" and "next quarter". `check_no_reuse` caught them
  on the first runs and every one was rewritten before the final build. Early drafts also used
  "Whitfield" (part of a v7 example name), which was replaced. Single shared name tokens are listed
  after the counts; some are deliberate (eponym surnames such as Smith, Little, May, David; Bishop as an
  alias), the rest are common names.
- Listing bench/data/ to find the allowed files showed the names of other folders and files there
  (drafting folders, an old phi_chat.jsonl, the v2-v6 folders); none of them was opened. `git status
  --short` was run at the start (it listed nothing) and at the end (it listed only this folder).
- The messages were drafted in a scratch folder outside the repository (/tmp) and checked there with a
  small harness of the author's own that executes the drafts with this file's checks; the joined
  build.py was then run in place. Only the four files of this folder were written in the repository,
  and nothing was committed.
- Real places: towns, cities and a few real streets, parks and landmarks (Burleigh, Wells St, Vliet St,
  Holton Street, Fond du Lac Ave, Humboldt Park, Veterans Park, the Menomonee River, the Mitchell
  Interchange, N Broadway, Kenilworth Pl, Lincoln Ave, Center St) are used as invented whereabouts of
  invented people, with invented house numbers where there is one. Facility, school, parish and shelter
  names (Mercy Riverside, Heritage Pines, Holy Redeemer Regional, Riverbend Urology, Lakeside
  Prosthetics, Northwoods Family Medicine, St. Clement's, St. Ursula Memorial, Ridgeview Community
  Hospital, Birchwood Nursing Home, Pine Hollow Regional, Harbor House, Maple Crest Memory Care, Fairhaven
  Manor, St. Casimir parish, Kettle Moraine High, Washington Middle, Hillcrest Elementary ...) are
  invented and may exist somewhere by chance.
- Real people and things named in clean messages: the public figures and case names listed above are
  real and cited only for their published work or public cases; Hurricane Helene, Winter Storm Elliott,
  the Camp Fire and the Cocoanut Grove fire are real events; Bucky Badger is a real mascot and Bluey a
  real cartoon dog; brands and staffing companies are real. Eponyms name real historical people, as in
  every earlier set.
- A few invented people recur on purpose: the SANE patient Archuleta (record, body-map photos, interview
  audio), the nursing-home resident Cecil Ambrose (voicemail, image link), the LVAD patient Okerlund
  (call, exit-site photo). Their spans are annotated the same way each time. Some invented surnames,
  given names and name parts recur for different people in different settings (Mbatha, Okonkwo, Oduya,
  Abara, Ngata, Reyes, Lindqvist, Kenji, Marisol, Dmitri, Tobias ...); that was not planned.
- The set has 658 messages rather than exactly 600; every setting has 19-22 identifier messages and
  21-26 clean ones. Typed chat lines are still the largest medium; every other medium has 15-30.
"""

if __name__ == "__main__":
    main()
