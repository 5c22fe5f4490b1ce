#!/usr/bin/env python3
"""Build the independent PHI evaluation set v12 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of ten ordinary care settings that the earlier
sets (as the v9-v11 SOURCE.md files describe v5-v11) did not use: adult primary care panel management;
a geriatric day hospital; community paramedicine; a retail (in-store) walk-in clinic; pediatric hospital
medicine; an outpatient OB/GYN clinic; the general surgery consult service; the pharmacy-run
anticoagulation clinic; the endocrinology and diabetes education clinic; the inpatient stroke and
neurology consult team.

Unlike v9-v11 this set is NOT adversarial: it is meant to read like an ordinary week of messages in a
hospital's channels.  About half the messages are clean (no identifier at all) and mention what clinical
chat mentions (drugs and brands, eponyms, scores, places inside the hospital, times, doses, guidelines);
the others carry identifiers in roughly the proportions real chat has (mostly names of patients,
relatives and staff, then dates, phones, MRNs, ages over 89, addresses, e-mails and a few other numbers).

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v9's, v10's
and v11's SOURCE.md and the helper / check / split / output code of v11's build.py (its lines 1-148 and
1485-1916 and its last lines, no message line) were read; that structure is reused here with a new seed
and v12 thresholds.  All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone
numbers, example.org / example.com / example.net domains, documentation IP ranges, SSNs starting 9xx,
made-up MRNs, member ids, plates, serials, licence numbers).

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
SEED = 20290412
MSGS = []
SETTINGS = collections.OrderedDict([
    ("PCP", "adult primary care panel management"),
    ("GERI", "geriatric day hospital"),
    ("CP", "community paramedicine"),
    ("RETAIL", "retail walk-in clinic"),
    ("PHM", "pediatric hospital medicine"),
    ("OBGYN", "outpatient OB/GYN clinic"),
    ("GSURG", "general surgery consult service"),
    ("ANTICOAG", "pharmacy anticoagulation clinic"),
    ("ENDO", "endocrinology and diabetes education clinic"),
    ("NEURO", "inpatient stroke and neurology consult team"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line or thread reply"),
    ("lower", "lowercase typing without punctuation"),
    ("sms", "SMS-style text (sent or relayed)"),
    ("caps", "ALL CAPS page, alert or overhead line"),
    ("list", "list: schedule, census, transport or consult list"),
    ("ehr", "pasted EHR snippet, log, order, result or registration line"),
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
    ("trial", "trials cited as sources"),
    ("public", "public figures (not PHI)"),
    ("word", "capitalised ordinary words that are names elsewhere in the set"),
    ("animal", "animal and cartoon characters (not PHI)"),
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
# ---------------------------------------------------------------- adult primary care panel management
C("PCP", "chat", "Panel report refreshed overnight: 212 patients on the diabetes registry are overdue for an A1c, 64 of them over 9%. Can we split outreach between the two MA pods?", "dose-lab admin-chatter")
C("PCP", "chat", "Reminder that the Cologuard kits expire, check the box date before you hand one out. Three came back this week as unusable.", "drug-brand-name", br="Cologuard")
C("PCP", "lower", "anyone know if the shingrix second dose can go at the same visit as the pneumococcal one or do we need to space them", "lowercase quick-question")
C("PCP", "chat", "For the HTN bundle we count a BP under 140/90 at the last visit. Repeat it if the first reading is high, the measure takes the lowest of the day.", "dose-lab")
C("PCP", "chat", "Quick one: is a PHQ-2 of 3 enough to trigger the PHQ-9 or do we always do both at the annual?", "score quick-question", sc="PHQ-2|PHQ-9")
C("PCP", "chat", "Statin gap list is out. The USPSTF grade B applies 40-75 with a 10-year ASCVD risk of 10% or more; anyone on the list with a rhabdo history gets excluded by hand.", "org score", org="USPSTF", sc="ASCVD")
C("PCP", "chat", "Huddle moves to 8:10 tomorrow because the conference room is getting new carpet. Same agenda: care gaps, no-shows, refill queue.", "clock-time admin-chatter")
C("PCP", "chat", "Metformin ER 500 mg tabs are back-ordered at the big chain again. Switching people to IR 500 BID is fine if they tolerate it, otherwise Glumetza is on the formulary.", "dose-lab drug-brand-name", br="Glumetza")
C("PCP", "sms", "reminder: flu clinic Sat 9-12 in the community room, we need 2 more MAs to give shots. reply if you can", "sms admin-chatter")
C("PCP", "chat", "The Medicare wellness template now pulls in the Mini-Cog automatically. If the clock draw is abnormal it fires the dementia pathway alert.", "score org", org="Medicare", sc="Mini-Cog")
C("PCP", "bot", "/ask what is the recommended interval for a lipid panel in a patient on a stable statin dose", "bot-command quick-question")
C("PCP", "chat", "FYI the Ozempic savings card stopped covering people with a high deductible, so several refills bounced today. Pharmacy says Mounjaro has a similar card for now.", "drug-brand-name", br="Ozempic|Mounjaro")
C("PCP", "chat", "Our no-show rate last month was 14%, highest on Monday mornings. Going to try a second reminder text at 48 h.", "admin-chatter weekday")
C("PCP", "chat", "Depression screening measure: a positive screen needs a documented follow-up plan the same day, so click the follow-up box even if the plan is just to return in 4 weeks.", "score admin-chatter")
C("PCP", "caps", "EHR DOWNTIME TONIGHT 2300-0100. PRINT TOMORROW'S FIRST FOUR HOURS OF SCHEDULE BEFORE YOU LEAVE.", "allcaps clock-time")
C("PCP", "chat", "Does anyone use the FRAX calculator without a BMD? The DXA backlog is 3 months so I'm doing it without for now.", "score quick-question", sc="FRAX")
C("PCP", "chat", "Microalbumin gap: the urine ACR counts, a spot protein does not. Order the ACR with the A1c so they only get poked once.", "dose-lab")
C("PCP", "list", "Friday outreach split:\n- pod A: statin gaps, last names A-L\n- pod B: statin gaps, M-Z\n- RN: A1c over 9\n- front desk: colon cancer screening letters", "list-schedule weekday")
C("PCP", "chat", "Heads up that the Bristol stool chart is now part of the GI referral questionnaire, patients can pick a type number on the portal.", "place-rule", pl="Bristol")
C("PCP", "dictation", "Plan comma continue lisinopril 20 mg daily comma recheck BMP in 2 weeks period return to clinic in 3 months period", "dictation dose-lab")
C("PCP", "chat", "Anyone have a good patient handout for the DASH diet in Spanish? The one in the library is from 2014 and pretty dense.", "score year-only", sc="DASH")
C("PCP", "chat", "Tdap vs Td for the 10-year booster: either is fine per ACIP now. Stock whichever is closer to expiry.", "org dose-lab", org="ACIP")
C("PCP", "chat", "The Epic care-gap column is double counting anyone with two PCPs listed. Ticket is in with IT, ignore the extra rows until it's fixed.", "org-software", org="Epic")

P("PCP", "chat", "Can someone call Marjorie Ellingboe back about her A1c? She left a message asking if 8.2 is bad. Her number is 715-555-0187.", [("Marjorie Ellingboe", N), ("715-555-0187", PH)], "name-plain phone dose-lab")
P("PCP", "chat", "Dr. Oyelaran wants the panel list for her patients with no visit in 18 months before Thursday.", [("Oyelaran", N)], "name-clinician weekday")
P("PCP", "chat", "Mr. Trinh is here for his wellness visit but says he already had one in March at the other clinic. Can anyone see outside records?", [("Trinh", N)], "name-surname-only")
P("PCP", "sms", "hi this is Deb from Dr Kowalczyk's office, Raymond needs to come in fasting for labs tomorrow at 7:40, call 920-555-0113 if that doesnt work", [("Deb", N), ("Kowalczyk", N), ("Raymond", N), ("920-555-0113", PH)], "sms name-staff name-given-only phone")
P("PCP", "chat", "Patient Priscila Nogueira Batista, DOB 04/19/1962, is due for mammogram and colonoscopy. She prefers Portuguese, please book an interpreter.", [("Priscila Nogueira Batista", N), ("04/19/1962", D)], "name-non-english dob")
P("PCP", "ehr", "Outreach log 10:42 - LM for pt HALVORSEN, GLEN R re: statin gap. 2nd attempt. MRN 30418827.", [("HALVORSEN, GLEN R", N), ("30418827", MR)], "name-last-first mrn")
P("PCP", "chat", "Ahmed's daughter called, she manages his meds now. Her name is Yasmin, she is on the release form.", [("Ahmed", N), ("Yasmin", N)], "name-relative name-given-only")
P("PCP", "chat", "Whoever has the refill queue: Lorraine Castellanos-Whitby wants three-month supplies of everything now that she switched to mail order.", [("Lorraine Castellanos-Whitby", N)], "name-hyphenated")
P("PCP", "voicemail", "Voicemail 2:14 pm: \"Hi it's Walt Szymanski, I got a letter saying I'm overdue for something with my kidneys? My number is 262-555-0149, thanks.\"", [("Walt Szymanski", N), ("262-555-0149", PH)], "voicemail name-plain phone")
P("PCP", "chat", "BP follow-ups for tomorrow: Jorgensen 9:20, Adeyemi-Clarke 10:00, Huong Pham 11:40.", [("Jorgensen", N), ("Adeyemi-Clarke", N), ("Huong Pham", N)], "name-list clock-time")
P("PCP", "chat", "Mrs. Baptiste's son asked if she can get the RSV shot at her visit on the 14th. She's 91, so yes.", [("Baptiste", N), ("14th", D), ("91", A)], "name-relative age-over-89-digits")
P("PCP", "email", "FW: records request\nFrom: intake@lakeshoreortho.example.com\nPlease fax the last 2 notes for Harold Fenske to 414-555-0162. Thanks, Carmen", [("intake@lakeshoreortho.example.com", EM), ("Harold Fenske", N), ("414-555-0162", FX), ("Carmen", N)], "email fax name-staff")
P("PCP", "lower", "is kenji still on our panel or did he transfer to the fitchburg clinic, his wife said they moved", [("kenji", N), ("fitchburg", LO)], "lowercase name-lowercase city")
P("PCP", "chat", "Registry cleanup: Ruth Ann Becklund died in August per the obituary her niece sent, please mark her deceased so the letters stop.", [("Ruth Ann Becklund", N)], "name-plain month-word")
P("PCP", "chat", "New patient visit for Tomasz Wróblewski moved to 6/2 at 1:30. He needs a Polish interpreter.", [("Tomasz Wróblewski", N), ("6/2", D)], "name-non-english date-numeric")
P("PCP", "chat", "Dr. Nakagawa-Reyes is covering my inbox today, route anything urgent to her.", [("Nakagawa-Reyes", N)], "name-clinician name-hyphenated")
P("PCP", "chat", "Can someone check if Esther Goldfarb's Medicare Advantage id changed? Claim bounced. Card on file says member H58823104.", [("Esther Goldfarb", N), ("H58823104", HP)], "name-possessive health-plan")
P("PCP", "chat", "Pt at 1340 Birchwood Ln in Waunakee is asking for a home visit for her wellness exam, she doesn't drive anymore. Can the CHW go?", [("1340 Birchwood Ln", LO), ("Waunakee", LO)], "address city")
P("PCP", "chat", "thanks Shanice for covering the front desk, the line was out the door", [("Shanice", N)], "name-staff")
P("PCP", "chat", "Colon screening letter came back undeliverable for Everett Mahlum, MRN 30562291. Anyone have a newer address?", [("Everett Mahlum", N), ("30562291", MR)], "name-plain mrn")
P("PCP", "chat", "Fatima Al-Sayegh's husband Omar is asking if he can pick up her FIT kit. Fine by me.", [("Fatima Al-Sayegh", N), ("Omar", N)], "name-non-english name-relative")
P("PCP", "dictation", "Patient is Gordon Lindahl comma date of birth July 3rd 1948 comma here for hypertension follow up period", [("Gordon Lindahl", N), ("July 3rd 1948", D)], "dictation name-plain dob")

# ---------------------------------------------------------------- geriatric day hospital
C("GERI", "chat", "Morning census is 14. Two are doing the full CGA today, the rest are on the falls and mobility track.", "admin-chatter", sc="CGA")
C("GERI", "chat", "Reminder that the Beers list flags diphenhydramine and sliding-scale insulin. Bring anything suspicious from the med recs to the 11:00 huddle.", "eponym-bare clock-time", ep="Beers")
C("GERI", "chat", "Timed Up and Go under 12 s for three of the new starts, so they graduate to the community class next week.", "score", sc="Timed Up and Go")
C("GERI", "lower", "bus is running about 20 min late this morning because of the ice, please hold breakfast", "lowercase clock-time")
C("GERI", "chat", "Can we stop ordering orthostatics on people who can't stand for 3 minutes? Sitting then standing at 1 minute is fine for the chart.", "quick-question")
C("GERI", "chat", "MoCA version 8.2 is the one to use for repeat testing so they don't learn the words. The binder in room 3 has 8.1 to 8.3.", "score room-bed-number", sc="MoCA")
C("GERI", "chat", "Question for pharmacy: is donepezil in the morning OK long term? The vivid dreams stopped after we moved it from bedtime.", "quick-question dose-lab")
C("GERI", "chat", "Activity hour today is chair yoga, then the Wii bowling league. OT wants grip strength readings before lunch.", "admin-chatter", br="Wii")
C("GERI", "chat", "STEADI says anyone with a fall in the past year gets gait, strength and balance assessed. Our intake form already covers it.", "score", sc="STEADI")
C("GERI", "chat", "Katz ADL score dropped from 5 to 3 for the bed 6 patient after the UTI. OT will redo it Friday.", "score room-bed-number weekday", ep="Katz")
C("GERI", "chat", "Lawton IADL is done by phone with the caregiver now, saves about 15 minutes per intake.", "score", ep="Lawton")
C("GERI", "caps", "FIRE DRILL 1030 IN THE DAY ROOM. WHEELCHAIRS STAY PUT, STAFF PRACTICE ONLY.", "allcaps clock-time")
C("GERI", "chat", "Anyone know if the 4AT holds up in people with moderate hearing loss? We had two false positives last week.", "score quick-question", sc="4AT")
C("GERI", "chat", "Vitamin D 2000 IU daily for everyone on the falls track unless they're already on a supplement. Check the home bottles.", "dose-lab")
C("GERI", "dictation", "Gait is wide based comma shuffling comma decreased arm swing period Romberg negative period recommend PT for gait training period", "dictation eponym-bare", ep="Romberg")
C("GERI", "chat", "Deprescribing round this week: PPIs over 8 weeks without a reason, and anyone on two anticholinergics. STOPP/START printouts are at the desk.", "score", sc="STOPP/START")
C("GERI", "chat", "Lunch menu change: the puree option is now IDDSI level 4 by default, tell the kitchen if anyone needs level 5.", "score", sc="IDDSI")
C("GERI", "chat", "Family meeting room is booked 2-3 on Tuesday and Thursday. Put your name on the whiteboard rather than the calendar.", "weekday admin-chatter")
C("GERI", "chat", "Clinical Frailty Scale 6 and above see the geriatrician first, 4-5 can start with PT. That's the rule until the new pathway is signed.", "score", sc="Clinical Frailty Scale")
C("GERI", "bot", "/ask first line non-drug measures for sundowning in a day program setting", "bot-command quick-question")
C("GERI", "chat", "The Ensure supply ran out, Boost Plus is in the back cupboard. Roughly the same calories per bottle.", "drug-brand-name", br="Ensure|Boost Plus")
C("GERI", "chat", "The Pocketalker loaner is missing from the nurses' station again. Please sign it out.", "device-brand", br="Pocketalker")
C("GERI", "chat", "Orthostatic drop of 24 systolic for the new start, held the tamsulosin and asked PT to do sit-to-stand slowly.", "dose-lab")

P("GERI", "chat", "Mrs. Aldana is 94 and still walks to church every day, so let's not over-treat her BP.", [("Aldana", N), ("94", A)], "name-surname-only age-over-89-digits")
P("GERI", "chat", "Transport for Wilhelmina Voss tomorrow is at 7:50, her daughter Trudy will meet the van.", [("Wilhelmina Voss", N), ("Trudy", N)], "name-plain name-relative clock-time")
P("GERI", "list", "Today's attendees:\n1. Cornelius Obi\n2. Margit Halász\n3. Vernon Pettibone\n4. Lupe Arredondo\n5. Sung-ja Yoo", [("Cornelius Obi", N), ("Margit Halász", N), ("Vernon Pettibone", N), ("Lupe Arredondo", N), ("Sung-ja Yoo", N)], "name-list name-non-english")
P("GERI", "chat", "Harold turns 90 on Saturday, the group wants to do a cake. Any diet restrictions?", [("Harold", N), ("90", A)], "name-given-only age-over-89-digits weekday")
P("GERI", "chat", "Social work note: Mr. Kaczmarek's niece Dorota is the POA now, phone 608-555-0176.", [("Kaczmarek", N), ("Dorota", N), ("608-555-0176", PH)], "name-relative phone")
P("GERI", "chat", "Falls clinic referral for Agnes Thorbjørnsen, DOB 11/02/1931, two falls since Christmas.", [("Agnes Thorbjørnsen", N), ("11/02/1931", D)], "name-non-english dob holiday")
P("GERI", "voicemail", "\"This is Glenda Fairweather calling about my husband Rupert, he won't be in today, he's got a cold. You can call me at 608-555-0133.\"", [("Glenda Fairweather", N), ("Rupert", N), ("608-555-0133", PH)], "voicemail name-relative phone")
P("GERI", "chat", "Ninety-seven and she beat me at dominoes. Mrs. Pruitt is a legend.", [("Ninety-seven", A), ("Pruitt", N)], "age-over-89-words name-surname-only")
P("GERI", "chat", "Home safety visit for Mr. Ferreira-Lopes at 22 Orchard Ct, Middleton. OT found loose rugs and no grab bars.", [("Ferreira-Lopes", N), ("22 Orchard Ct", LO), ("Middleton", LO)], "address city name-hyphenated")
P("GERI", "chat", "Dr. Eze wants to see Mrs. Castañeda before lunch, her sodium was 126.", [("Eze", N), ("Castañeda", N)], "name-clinician dose-lab")
P("GERI", "ehr", "Day hospital intake | NAME: MCALLISTER, IONA F | DOB: 02/08/1933 | MRN: 41177023 | Referred by: Dr. B. Sandoval", [("MCALLISTER, IONA F", N), ("02/08/1933", D), ("41177023", MR), ("B. Sandoval", N)], "name-last-first dob mrn")
P("GERI", "chat", "Vernon's wife asked if he can keep coming on Fridays after the hip surgery on the 19th.", [("Vernon", N), ("19th", D)], "name-given-only name-possessive")
P("GERI", "chat", "He's 101 and on eleven meds. Can pharmacy look at Mr. Abernathy's list before Thursday?", [("101", A), ("Abernathy", N)], "age-over-89-digits name-surname-only weekday")
P("GERI", "sms", "Hi its Lorna the driver, Mr Nwachukwu wasnt at the door this morning, no answer at the house. Calling his son now", [("Lorna", N), ("Nwachukwu", N)], "sms name-staff")
P("GERI", "chat", "Caregiver support group flyer goes to Beatriz Olmedo, Ingrid Sørlie and the Tanakas' son.", [("Beatriz Olmedo", N), ("Ingrid Sørlie", N), ("Tanakas", N)], "name-list name-relative")
P("GERI", "chat", "Thelma's hearing aids went home in someone else's bag yesterday. If your patient came back with two sets, call the desk.", [("Thelma", N)], "name-given-only name-possessive")
P("GERI", "chat", "FYI Mr. Gutiérrez passed away at home on 3/9. His wife Consuelo asked us to let the group know.", [("Gutiérrez", N), ("3/9", D), ("Consuelo", N)], "name-relative date-numeric")
P("GERI", "dictation", "This is a ninety two year old woman comma Mrs. Hollingsworth comma attending the day hospital for falls period", [("ninety two", A), ("Hollingsworth", N)], "dictation age-over-89-words")
P("GERI", "chat", "The memory clinic wants our gait video for Frieda Kuhn. It's on the shared drive as kuhn_gait_0412.mp4.", [("Frieda Kuhn", N), ("kuhn_gait_0412.mp4", PI)], "name-plain photo-filename")
P("GERI", "chat", "Please update the emergency contact for Bernard Achebe to his grandson Chidi, 414-555-0198.", [("Bernard Achebe", N), ("Chidi", N), ("414-555-0198", PH)], "name-relative phone")
P("GERI", "chat", "Physio says Ms. Duplessis can go to the stairs group. She's 89 but moves like 60.", [("Duplessis", N)], "name-surname-only age-under-90")
P("GERI", "chat", "Transport sheet: Okafor, Ruiz and Blomqvist need the lift bus; Hendricks is coming by taxi voucher.", [("Okafor", N), ("Ruiz", N), ("Blomqvist", N), ("Hendricks", N)], "name-list name-surname-only")

# ---------------------------------------------------------------- community paramedicine
C("CP", "chat", "Visit kit restock: we're out of the i-STAT CHEM8+ cartridges and the 22g butterflies. Ordering today.", "device-brand", br="i-STAT")
C("CP", "chat", "Our protocol lets us give an extra furosemide 40 mg PO for a 2 kg overnight gain, after a call to the HF nurse. IV needs the medical director.", "dose-lab")
C("CP", "lower", "truck 2 has a flat, doing visits out of my own car today, will log mileage", "lowercase")
C("CP", "chat", "For the COPD rescue packs: prednisone 40 mg x5 days and doxycycline 100 BID x5. Patients should call us before starting them.", "dose-lab")
C("CP", "chat", "Point-of-care INR meter came back from calibration. Use the new test strip lot, the old ones are in the bin.", "dose-lab")
C("CP", "chat", "Referral criteria reminder: 3+ ED visits in 90 days, or a HF or COPD admission in the last 30. Self-referrals from 911 callers go through the coordinator.", "admin-chatter")
C("CP", "caps", "ICE ON ALL COUNTY ROADS THIS MORNING. NON-URGENT VISITS PUSHED TO AFTER 1000.", "allcaps clock-time")
C("CP", "chat", "Does anyone have the LACE index cut-off the hospital uses? I think it's 10 for high risk.", "score quick-question", sc="LACE")
C("CP", "chat", "Lift assist calls are down 30% since we started the home safety checks. Nice work everyone.", "admin-chatter")
C("CP", "chat", "Lift assist with no injury still needs a full set of vitals and a glucose. Don't skip the orthostatics if they can stand.", "dose-lab")
C("CP", "chat", "Narcan leave-behind kits: 6 left in the supply room. Please document every one you hand out in the naloxone log.", "drug-brand-name", br="Narcan")
C("CP", "chat", "Med rec tip: take a photo of the pill bottles only if the patient agrees, upload it to the chart and never keep it on your phone.", "admin-chatter")
C("CP", "bot", "/ask signs of hyperkalemia on a 12-lead for a dialysis patient who missed a session", "bot-command quick-question")
C("CP", "chat", "Wound check supplies: Mepilex Border in 10x10 is back in stock, the 15x15 is still on order.", "device-brand", br="Mepilex")
C("CP", "chat", "The Lifepak 15 on truck 1 failed its daily check. Swapped with the spare, biomed has it now.", "device-brand", br="Lifepak")
C("CP", "chat", "Training Wednesday 1400: diabetic foot checks with the Semmes-Weinstein monofilament. Podiatry is teaching.", "eponym-bare weekday clock-time", ep="Semmes-Weinstein")
C("CP", "sms", "running late, last visit took an hour, BP was 210/118 and we ended up transporting. back by 3", "sms dose-lab")
C("CP", "chat", "Quick reminder: our scope does not include starting new meds. Adjustments only per the standing orders the PCP signed.", "admin-chatter")
C("CP", "chat", "Ketones on the meter were 0.4, glucose 312. No vomiting. The endo on call said extra rapid-acting per his scale and recheck in 3 h.", "dose-lab")
C("CP", "dictation", "Lungs with bibasilar crackles period 2 plus pitting edema to the knees bilaterally period weight up 3 kilograms from Monday period", "dictation dose-lab weekday")
C("CP", "chat", "qSOFA was positive but the lactate was 1.6. Transported anyway because she looked gray.", "score dose-lab", sc="qSOFA")
C("CP", "chat", "Monthly numbers: 118 visits, 9 transports, 4 avoided admissions per the HF nurse. Report goes to the board Friday.", "admin-chatter weekday")

P("CP", "chat", "Visit at 418 Willow St, Apt 3, Sun Prairie for Gerald Hoffmann. Dog is friendly but loud, knock on the side door.", [("418 Willow St, Apt 3", LO), ("Sun Prairie", LO), ("Gerald Hoffmann", N)], "address city name-plain")
P("CP", "chat", "Weight check for Mrs. Yazzie this morning: 94.2 kg, up 1.8 from yesterday. Called Dr. Halvorsrud, extra Lasix 40 given.", [("Yazzie", N), ("Halvorsrud", N)], "name-surname-only name-clinician dose-lab")
P("CP", "sms", "pt not answering at 22 Hawthorne Dr, neighbor says she went to her daughters in Verona. can someone call her cell 608-555-0158", [("22 Hawthorne Dr", LO), ("Verona", LO), ("608-555-0158", PH)], "sms address phone")
P("CP", "chat", "Reuben Castillo-Marsh, 3 ED visits this month for CHF. ED navigator Keisha Bramwell referred him, first visit Thursday.", [("Reuben Castillo-Marsh", N), ("Keisha Bramwell", N)], "name-hyphenated name-staff weekday")
P("CP", "lower", "mrs oyelowo says her grandson took her pill organizer to the pharmacy, no meds since tuesday am", [("oyelowo", N)], "lowercase name-lowercase weekday")
P("CP", "chat", "Gate code at the Pinecrest apartments on Fen Oak Ct is 2093, unit 14B is Mr. Haugland.", [("Pinecrest apartments", LO), ("Fen Oak Ct", LO), ("Haugland", N)], "address name-surname-only")
P("CP", "chat", "Hospital discharges for tomorrow: Mabel Quarshie (HF), Sergio Villanueva (COPD), and Pita Fonoti (cellulitis, needs a wound check).", [("Mabel Quarshie", N), ("Sergio Villanueva", N), ("Pita Fonoti", N)], "name-list name-non-english")
P("CP", "voicemail", "\"Hello, this is Ines Moreira, Antonio's wife, he's short of breath again and doesn't want the ambulance, can the paramedic come? 608-555-0119.\"", [("Ines Moreira", N), ("Antonio", N), ("608-555-0119", PH)], "voicemail name-relative phone")
P("CP", "chat", "Mr. Ulrich's glucometer reads in mmol, his son bought it in Germany. Serial on the back is GM4408213 if the endo wants to replace it.", [("Ulrich", N), ("GM4408213", DV)], "device-serial name-possessive")
P("CP", "chat", "Transported Delphine Marchand to St. Agnes ED at 1120, SpO2 84% on 4 L.", [("Delphine Marchand", N), ("St. Agnes", LO)], "facility name-plain dose-lab")
P("CP", "chat", "He's 92, lives alone, and his only contact is a neighbor named Curtis at 608-555-0124.", [("92", A), ("Curtis", N), ("608-555-0124", PH)], "age-over-89-digits phone")
P("CP", "ehr", "Visit note header: Pt: BRANDVOLD, ELSIE M  DOB 06/30/1940  MRN 52239018  Visit: CP home follow-up", [("BRANDVOLD, ELSIE M", N), ("06/30/1940", D), ("52239018", MR)], "name-last-first dob mrn")
P("CP", "chat", "Nkechi and I did the joint visit with hospice for Mr. Lautenbach today, family wants a comfort focus.", [("Nkechi", N), ("Lautenbach", N)], "name-staff name-surname-only")
P("CP", "chat", "Address correction for Ms. Tsosie: it's 7702 County Rd K, not 7720. GPS takes you to the wrong farm.", [("Tsosie", N), ("7702 County Rd K", LO)], "address")
P("CP", "chat", "Medical director sign-off needed for Jean-Baptiste Lafleur's standing order change, Dr. Grzelak is reviewing.", [("Jean-Baptiste Lafleur", N), ("Grzelak", N)], "name-hyphenated name-clinician")
P("CP", "chat", "Patient's car was blocking the driveway, plate WI 882-KPL, so we parked on the street. Just noting it for next visit.", [("882-KPL", VE)], "vehicle")
P("CP", "chat", "Mrs. Hatcher-Boyd's INR was 4.1 on the home meter, held tonight's warfarin per the clinic.", [("Hatcher-Boyd", N)], "name-hyphenated dose-lab")
P("CP", "sms", "at the Kowalski house now, Stan fell again overnight, no injury, lift assist only", [("Kowalski", N), ("Stan", N)], "sms name-given-only")
P("CP", "chat", "Faisal Qureshi has his cardiology appt on 5/21, we promised him a ride from his place on Rimrock Rd.", [("Faisal Qureshi", N), ("5/21", D), ("Rimrock Rd", LO)], "name-non-english date-numeric address")
P("CP", "email", "From: carla.mendez@example.org\nSubject: my mom\nHi, my mother Rosa Mendez is seen by your program. She's been more confused since Sunday. Can someone stop by?", [("carla.mendez@example.org", EM), ("Rosa Mendez", N)], "email name-relative weekday")
P("CP", "chat", "Paramedic Ostrowski is off Friday, Bashir will cover the north route.", [("Ostrowski", N), ("Bashir", N)], "name-staff weekday")
P("CP", "dictation", "Patient Lionel Greaves was found sitting on the bathroom floor comma alert and oriented times 3 period", [("Lionel Greaves", N)], "dictation name-plain")
# ---------------------------------------------------------------- retail walk-in clinic
C("RETAIL", "chat", "Strep rapid kits are down to one box. District says the next shipment is Thursday, so culture-only if we run out.", "weekday")
C("RETAIL", "chat", "Centor 2 with a negative rapid = no antibiotics, even if they insist. Offer the symptom care sheet.", "score", ep="Centor")
C("RETAIL", "lower", "wait time is 90 min right now, can someone turn on the online check in pause", "lowercase")
C("RETAIL", "chat", "Pharmacy next door is out of Tamiflu suspension, capsules only. Opening the capsule into syrup is fine per the package insert.", "drug-brand-name", br="Tamiflu")
C("RETAIL", "chat", "Ottawa ankle rules negative, so no x-ray referral. Ace wrap and crutches from aisle 9.", "place-rule", pl="Ottawa")
C("RETAIL", "chat", "We can't see anyone under 18 months per policy. Had to send a 14-month-old with fever to urgent care.", "age-under-90")
C("RETAIL", "caps", "POS SYSTEM DOWN, CASH AND CARD ONLY AT THE CLINIC KIOSK. INSURANCE COPAYS ON HOLD.", "allcaps")
C("RETAIL", "chat", "DOT physicals: remember the newer medical examination form. Vision needs 20/40 in each eye with or without correction.", "org", org="DOT")
C("RETAIL", "chat", "Sports physicals use the newer PPE monograph form. The school won't accept the old one-page version.", "admin-chatter", sc="PPE")
C("RETAIL", "chat", "UTI protocol: nitrofurantoin 100 mg BID x5 days for uncomplicated cystitis. Anyone with flank pain or fever goes out.", "dose-lab")
C("RETAIL", "chat", "TB skin test reads need to be at 48-72 hours. If they come back Saturday for a Wednesday placement it's too late, redo it.", "weekday dose-lab")
C("RETAIL", "chat", "Paxlovid interactions: statins can be held for 5 days, but anyone on tacrolimus or amiodarone needs a call to the prescriber.", "drug-brand-name dose-lab", br="Paxlovid")
C("RETAIL", "sms", "can you grab more otoscope tips from the back, we're out in room 2", "sms room-bed-number")
C("RETAIL", "chat", "Flu shot count today: 63 standard dose, 21 high-dose Fluzone, 4 Flublok for the egg allergies.", "drug-brand-name", br="Fluzone|Flublok")
C("RETAIL", "chat", "Cerumen removal: don't irrigate if there's any chance of a perforation. Debrox for 4 days and come back.", "drug-brand-name", br="Debrox")
C("RETAIL", "chat", "Question: can we do a mono spot on a kid under 4? I remember the heterophile test misses a lot of those.", "quick-question age-under-90")
C("RETAIL", "chat", "Wells came out low and PERC was negative, but she'd had a long flight. Sent her to the ED for a D-dimer since we can't run it here.", "score", ep="Wells", sc="PERC")
C("RETAIL", "bot", "/ask antibiotic choice for a cat bite to the hand in an adult with penicillin allergy", "bot-command quick-question")
C("RETAIL", "chat", "Reminder: no controlled substances from the clinic, not even one night of Tylenol #3. Refer to the PCP.", "drug-brand-name", br="Tylenol")
C("RETAIL", "chat", "Store manager wants the clinic door closed at 7:30 sharp now, last check-in 7:00.", "clock-time admin-chatter")
C("RETAIL", "chat", "McIsaac works better than Centor for the teenagers, since it adds a point for age under 15.", "score", ep="McIsaac")
C("RETAIL", "chat", "Shingrix is covered under Part D at the pharmacy counter, not at the clinic. Send them next door.", "drug-brand-name", br="Shingrix")
C("RETAIL", "dictation", "Right tympanic membrane is erythematous and bulging period left is clear period amoxicillin 875 mg twice daily for 10 days period", "dictation dose-lab")

P("RETAIL", "chat", "Next up is Brianna Kowalewski for a sinus infection, she's been waiting 40 min and is not happy.", [("Brianna Kowalewski", N)], "name-plain")
P("RETAIL", "chat", "Can someone look up whether Anatoly Gerasimov's insurance covers the TB test? Member ID XQH447120983.", [("Anatoly Gerasimov", N), ("XQH447120983", HP)], "name-possessive health-plan")
P("RETAIL", "sms", "QuickCare: Hi Jaylen, your strep culture came back negative. Call 262-555-0102 with questions.", [("Jaylen", N), ("262-555-0102", PH)], "sms name-given-only phone")
P("RETAIL", "chat", "Mom is asking for a work note for herself too. Kid is Mateo Ibáñez, mom is Lucia.", [("Mateo Ibáñez", N), ("Lucia", N)], "name-relative name-non-english")
P("RETAIL", "chat", "Pharmacy called: the amoxicillin label for Ms. Fairbanks has the wrong birth date on it, should be 09/14/1988.", [("Fairbanks", N), ("09/14/1988", D)], "dob name-surname-only")
P("RETAIL", "chat", "Heads up, Trevor from the district office is visiting Tuesday to audit charts.", [("Trevor", N)], "name-staff weekday")
P("RETAIL", "chat", "DOT physical for Curtis Whitlock, CDL W4203-1182-6650, card expires next month. Vision OK.", [("Curtis Whitlock", N), ("W4203-1182-6650", LI)], "drivers-license name-plain")
P("RETAIL", "chat", "photo of the rash is in the chart as rash_left_forearm_Okonjo.jpg if you want to compare at the recheck", [("rash_left_forearm_Okonjo.jpg", PI)], "photo-filename")
P("RETAIL", "chat", "Patient Hoang Thi Lan, 34, says she was here on 2/11 for the same cough. Can you pull the visit?", [("Hoang Thi Lan", N), ("2/11", D)], "name-non-english date-numeric")
P("RETAIL", "lower", "mr fitzhugh left his glasses in room 1, grabbed them, calling him at 414 555 0139", [("fitzhugh", N), ("414 555 0139", PH)], "lowercase name-lowercase phone")
P("RETAIL", "chat", "Covering NP today is Gabriela Ruvalcaba, she's floating from another store.", [("Gabriela Ruvalcaba", N)], "name-staff")
P("RETAIL", "chat", "Kyle's mom called back, he's 16 so she has to sign the consent for the sports physical. Family last name is Brandt-Nwosu.", [("Kyle", N), ("Brandt-Nwosu", N)], "name-relative name-hyphenated age-under-90")
P("RETAIL", "email", "From: hr@fastlanelogistics.example.com\nRe: drug screen for new hire Raúl Esquivel, please fax results to 414-555-0181.", [("hr@fastlanelogistics.example.com", EM), ("Raúl Esquivel", N), ("414-555-0181", FX)], "email fax")
P("RETAIL", "chat", "She gave her address as 915 Elmwood Ave, Wauwatosa 53213 for the school form.", [("915 Elmwood Ave", LO), ("Wauwatosa", LO), ("53213", LO)], "address city zip")
P("RETAIL", "chat", "Ticket for the kiosk tablet: it still shows the previous patient's name (Delacroix) on the check-in screen after they leave. Reported to IT.", [("Delacroix", N)], "name-surname-only")
P("RETAIL", "chat", "Recheck today for Suleiman Abdi-Warsame, ear infection not better on amoxicillin. MRN 66120418.", [("Suleiman Abdi-Warsame", N), ("66120418", MR)], "name-non-english mrn")
P("RETAIL", "voicemail", "\"Hi, Penelope Varga, I was seen yesterday for pink eye and the pharmacy says the drops weren't sent. 262-555-0165. Thank you.\"", [("Penelope Varga", N), ("262-555-0165", PH)], "voicemail phone")
P("RETAIL", "chat", "FYI the vaccine registry shows Emilio Quiñones-Batres already got his Tdap in 2021, so we skip it.", [("Emilio Quiñones-Batres", N)], "name-hyphenated year-only")
P("RETAIL", "chat", "Pharmacist Ngozi says the Paxlovid for Mr. Holmgren interacts with his simvastatin, she's holding it until you call.", [("Ngozi", N), ("Holmgren", N)], "name-staff drug-brand-name")
P("RETAIL", "chat", "Self-pay patient wants to put it on the account from last time, acct 7741-0093-2218.", [("7741-0093-2218", AC)], "account")
P("RETAIL", "chat", "Kiddo is Aiyana Whitehorse, 7, ear pain since Saturday. Grandma Loretta brought her.", [("Aiyana Whitehorse", N), ("Loretta", N)], "name-relative weekday")
P("RETAIL", "chat", "Walk-in from the store: Stavros Papadakis cut his hand on a box cutter in the stockroom. Workers comp, employer is the store.", [("Stavros Papadakis", N)], "name-plain")

# ---------------------------------------------------------------- pediatric hospital medicine
C("PHM", "chat", "Bronchiolitis pathway: no albuterol trial unless there's a family history of asthma, and no routine CXR. High flow starts at 1 L/kg/min.", "dose-lab")
C("PHM", "chat", "Census 22, 6 bronchs, 3 DKAs, rest mixed. Two admits pending from the ED.", "admin-chatter")
C("PHM", "lower", "is the pyxis on 5 west still down or can i pull the ondansetron there", "lowercase quick-question")
C("PHM", "chat", "Kawasaki workup: echo is normal but 4 of 5 criteria are met, so we still treat with IVIG 2 g/kg. Cards agreed on the phone.", "eponym-bare dose-lab", ep="Kawasaki")
C("PHM", "chat", "Gorelick dehydration score was 3 for bed 14, so we're trying ondansetron and an oral challenge first.", "score room-bed-number", ep="Gorelick")
C("PHM", "chat", "Acetaminophen max is 75 mg/kg/day and not more than 4 g, some of the weight-based orders are rounding up past that.", "dose-lab")
C("PHM", "chat", "Child life has the Paw Patrol coloring sheets back in stock. The iPads are charged for procedures too.", "pet-name device-brand", pet="Paw Patrol", br="iPads")
C("PHM", "chat", "Febrile infant under 21 days gets the full workup including LP, per the AAP guideline. From 22 to 28 days we can use the inflammatory markers.", "org age-under-90", org="AAP")
C("PHM", "caps", "RAPID RESPONSE 5 WEST ROOM 512", "allcaps room-bed-number")
C("PHM", "chat", "PEWS of 5 on the 2am check for room 508, resident at bedside, sats fine on 2 L now.", "score room-bed-number", sc="PEWS")
C("PHM", "chat", "Sign-out at 1900 in the workroom, not the conference room. Attendings please be there for the first 10 min.", "clock-time")
C("PHM", "chat", "Any update on the ceftriaxone shortage? Pharmacy is asking us to use cefotaxime for the under-28-day kids.", "quick-question dose-lab")
C("PHM", "chat", "DKA protocol: two-bag system, potassium in both bags once K is under 5.0. No insulin bolus.", "dose-lab")
C("PHM", "chat", "The Broselow tape in the supply room is the old edition, grab one from the ED cart instead.", "device-brand", br="Broselow")
C("PHM", "chat", "Nice job on the teaching session about Henoch-Schönlein purpura. The IgA vasculitis name change confused some of the students.", "eponym-bare teaching", ep="Henoch-Schönlein")
C("PHM", "bot", "/ask maintenance fluid rate for a 14 kg child using Holliday-Segar", "bot-command dose-lab", ep="Holliday-Segar")
C("PHM", "chat", "Parents keep asking about alternating Motrin and Tylenol. The handout in the discharge folder explains it.", "drug-brand-name", br="Motrin|Tylenol")
C("PHM", "chat", "Car seat tolerance test for the ex-preemie needs 90 minutes, hold the discharge until it's done.", "age-like-number")
C("PHM", "chat", "Croup: dexamethasone 0.6 mg/kg once, max 16 mg. Racemic epi if stridor at rest, then observe 3 h.", "dose-lab")
C("PHM", "dictation", "Abdomen soft comma nontender comma no hepatosplenomegaly period McBurney point without tenderness period", "dictation eponym-bare", ep="McBurney")
C("PHM", "chat", "Interpreters for Pashto are phone-only overnight. Video is available after 0700.", "clock-time non-english-term")
C("PHM", "chat", "Family-centered rounds start at 0830 on Tuesdays because of the M&M conference.", "weekday clock-time")

P("PHM", "chat", "Admit: Zaid Haddad, 3 yo, bronchiolitis, on 2 L NC. Mom Rania at bedside, dad coming from Racine tonight.", [("Zaid Haddad", N), ("Rania", N), ("Racine", LO)], "name-non-english name-relative city")
P("PHM", "chat", "Room 510 is Olivia Brennan-Tate, DKA, pH 7.12 on arrival. Endo aware.", [("Olivia Brennan-Tate", N)], "name-hyphenated room-bed-number dose-lab")
P("PHM", "chat", "Dr. Afolabi is the attending this week, Dr. Sørensen takes over Monday.", [("Afolabi", N), ("Sørensen", N)], "name-clinician weekday")
P("PHM", "lower", "can someone update the whiteboard for 506, it still says jaxon but we moved him to 512", [("jaxon", N)], "lowercase name-lowercase room-bed-number")
P("PHM", "chat", "Grandmother Mrs. Liang is the legal guardian for Jiahui, not the mom. Paperwork is in the media tab.", [("Liang", N), ("Jiahui", N)], "name-relative name-given-only")
P("PHM", "chat", "CPS worker Brenda Szalai is coming at 2 for the 4 month old in 508. Her number is 414-555-0107.", [("Brenda Szalai", N), ("414-555-0107", PH)], "name-staff phone")
P("PHM", "ehr", "ADT: ADMIT 5W-514  PT: QUISPE, MATEO A  DOB 01/17/2023  MRN 70033914  ATT: FERNHOLZ, K", [("QUISPE, MATEO A", N), ("01/17/2023", D), ("70033914", MR), ("FERNHOLZ, K", N)], "name-last-first dob mrn name-allcaps")
P("PHM", "chat", "Ayo's parents want to room in together tonight. Is that OK with the isolation sign?", [("Ayo", N)], "name-given-only quick-question")
P("PHM", "chat", "Discharge for Emmeline Stroud is delayed, mom wants to wait for dad to get off work at 5.", [("Emmeline Stroud", N)], "name-plain")
P("PHM", "chat", "Resident Anjali Ramaswamy is presenting 512 on rounds, she knows the family best.", [("Anjali Ramaswamy", N)], "name-staff room-bed-number")
P("PHM", "sms", "Hi this is Keanu's dad, we're parked in the garage, what floor is 5 west? 608-555-0190", [("Keanu", N), ("608-555-0190", PH)], "sms name-relative phone")
P("PHM", "chat", "Born 2/29/2024, so he's technically had one birthday. Bed 16 is Leo Markovic, bili recheck tomorrow.", [("2/29/2024", D), ("Leo Markovic", N)], "dob name-plain")
P("PHM", "chat", "Social work: family lives at 2210 N 38th St, no car, bus pass requested for follow-up.", [("2210 N 38th St", LO)], "address")
P("PHM", "chat", "Nurse Pilar on nights said Sophie Lindgren-Hale pulled her IV again. Going to try the arm board.", [("Pilar", N), ("Sophie Lindgren-Hale", N)], "name-staff name-hyphenated")
P("PHM", "chat", "Twins in 502 and 503: Amara and Adaeze Obiora. Please double check armbands, the names look alike on the MAR.", [("Amara", N), ("Adaeze Obiora", N)], "name-non-english name-list")
P("PHM", "chat", "Outside records from Lakeview Children's came by fax from 920-555-0144, they're in the media tab for Noah Perreault.", [("Lakeview Children's", LO), ("920-555-0144", FX), ("Noah Perreault", N)], "fax facility")
P("PHM", "chat", "Child life asked what Theo likes, mom says dinosaurs and Bluey.", [("Theo", N)], "name-given-only")
P("PHM", "chat", "Mom's name is Shakira Dunmore, not Dunmoore, please fix it in the chart.", [("Shakira Dunmore", N), ("Dunmoore", N)], "name-mistyped name-relative")
P("PHM", "chat", "Teaching point from 508: Kernig and Brudzinski were negative in the Vasquez baby, but that means little under 12 months.", [("Vasquez", N)], "name-surname-only eponym-bare")
P("PHM", "voicemail", "\"Hi, this is Pastor Glen Ruud from Bethany Lutheran, the Hovland family asked me to visit Elsie today, what are visiting hours? 715-555-0173.\"", [("Glen Ruud", N), ("Bethany Lutheran", LO), ("Hovland", N), ("Elsie", N), ("715-555-0173", PH)], "voicemail name-relative phone")
P("PHM", "chat", "Admission weight is 11.2 kg for Kofi Mensah-Asante, use that for all dosing, not the clinic weight from 3/4.", [("Kofi Mensah-Asante", N), ("3/4", D)], "name-hyphenated date-numeric dose-lab")
P("PHM", "chat", "Mom texted a pic of the rash from Sunday night, saved it as Rivera_rash_sunday.jpg in the chart.", [("Rivera_rash_sunday.jpg", PI)], "photo-filename weekday")

# ---------------------------------------------------------------- outpatient OB/GYN clinic
C("OBGYN", "chat", "Glucola is back-ordered, so the 1-hour GTT uses the jelly bean protocol until Friday. Not ideal but it's validated enough.", "drug-brand-name weekday", br="Glucola")
C("OBGYN", "chat", "Reminder: Tdap between 27 and 36 weeks every pregnancy, even if they had one last year.", "dose-lab")
C("OBGYN", "lower", "anyone have a spare small speculum in their room, 4 is out", "lowercase room-bed-number")
C("OBGYN", "chat", "Pap guidelines: 21-29 cytology every 3 years, 30-65 co-testing every 5 or HPV primary. The EHR reminders still use the old logic.", "dose-lab")
C("OBGYN", "chat", "Nexplanon insertion training for the new MAs is Wednesday at noon. The Organon rep is bringing the trainer arm.", "drug-brand-name weekday", br="Nexplanon|Organon")
C("OBGYN", "chat", "Bishop score of 4 at 39 weeks, she wants to wait for spontaneous labor. Scheduling a 41-week check.", "score", ep="Bishop")
C("OBGYN", "chat", "Mirena vs Kyleena for a nulliparous patient who wants 5+ years? I usually go Kyleena for the smaller inserter.", "drug-brand-name quick-question", br="Mirena|Kyleena")
C("OBGYN", "chat", "RhoGAM at 28 weeks for every Rh-negative patient with a negative antibody screen, no exceptions.", "drug-brand-name", br="RhoGAM")
C("OBGYN", "caps", "ULTRASOUND ROOM 2 OUT OF SERVICE TODAY. ALL ANATOMY SCANS MOVED TO ROOM 3.", "allcaps room-bed-number")
C("OBGYN", "chat", "Triage line protocol: decreased fetal movement after 28 weeks means come in for an NST today, not a callback tomorrow.", "dose-lab")
C("OBGYN", "chat", "Edinburgh score of 13 at the postpartum visit, she agreed to a behavioral health referral. Warm handoff done.", "score place-rule", pl="Edinburgh")
C("OBGYN", "chat", "ACOG says low-dose aspirin 81 mg from 12 weeks for anyone with one high-risk factor or two moderate. We're under-prescribing.", "org dose-lab", org="ACOG")
C("OBGYN", "chat", "Colposcopy day is Thursday. Lugol and acetic acid are restocked, the biopsy forceps went to sterile processing.", "weekday eponym-bare", ep="Lugol")
C("OBGYN", "bot", "/ask management of ASC-US with negative HPV in a 32-year-old", "bot-command quick-question")
C("OBGYN", "chat", "Hyperemesis order set now starts with Diclegis, then ondansetron. Weight and ketones every visit.", "drug-brand-name", br="Diclegis")
C("OBGYN", "chat", "Our NIPT vendor changed, the new requisition is in the drawer under the printer.", "admin-chatter")
C("OBGYN", "sms", "running 25 min behind, the 2:30 was a new OB with a lot of questions", "sms clock-time")
C("OBGYN", "chat", "Asherman syndrome came up at journal club. Hysteroscopy referral is the next step if periods stopped after a D&C.", "eponym-bare teaching", ep="Asherman")
C("OBGYN", "chat", "Depo shots: if it's more than 15 weeks since the last one, pregnancy test first. The grace window is 2 weeks.", "drug-brand-name dose-lab", br="Depo")
C("OBGYN", "dictation", "Fundal height 32 centimeters comma fetal heart tones in the 140s period return in 2 weeks period", "dictation dose-lab")
C("OBGYN", "chat", "Leopold maneuvers suggest breech, confirm with a bedside ultrasound before discussing ECV.", "eponym-bare", ep="Leopold")
C("OBGYN", "chat", "Letrozole for ovulation induction: 2.5 mg days 3-7, and we check a day-21 progesterone. Updating the handout.", "dose-lab")
C("OBGYN", "chat", "Please don't book the IUD insertions back to back. They need 30 minutes, not 15.", "admin-chatter")

P("OBGYN", "chat", "New OB intake for Kayleigh Mroczek, LMP 1/6, dating ultrasound booked.", [("Kayleigh Mroczek", N), ("1/6", D)], "name-plain date-numeric")
P("OBGYN", "chat", "Ms. Okamoto's glucose tolerance was 162 at 1 hour, so she needs the 3-hour. Can you call her?", [("Okamoto", N)], "name-surname-only dose-lab")
P("OBGYN", "voicemail", "\"Hi, this is Dana Pierce-Lowell, I'm 34 weeks and I've had cramping since this morning. Please call 608-555-0141.\"", [("Dana Pierce-Lowell", N), ("608-555-0141", PH)], "voicemail name-hyphenated phone")
P("OBGYN", "chat", "Dr. Adebayo-Hart will do the cerclage on Thursday. Patient is Ximena Rojas, EDD 9/18.", [("Adebayo-Hart", N), ("Ximena Rojas", N), ("9/18", D)], "name-clinician name-non-english weekday")
P("OBGYN", "chat", "Her partner Jules is the support person for the ultrasound, please put them on the visitor list.", [("Jules", N)], "name-relative name-given-only")
P("OBGYN", "ehr", "Lab result: PAP + HPV | Pt: VILLEGAS, ANA LUCIA | MRN 81102557 | Collected 04/02/2025 | ASC-US, HPV 16 negative", [("VILLEGAS, ANA LUCIA", N), ("81102557", MR), ("04/02/2025", D)], "name-last-first mrn date-numeric")
P("OBGYN", "chat", "MA Tiffany is out, Rochelle from the family med floor is covering our rooms.", [("Tiffany", N), ("Rochelle", N)], "name-staff")
P("OBGYN", "lower", "pt in room 5 is hannah odhiambo, she wants her mom hawa to stay for the exam", [("hannah odhiambo", N), ("hawa", N)], "lowercase name-lowercase name-relative")
P("OBGYN", "chat", "Postpartum visit: Bethany Lundquist delivered 3/28 at St. Mary's, records requested.", [("Bethany Lundquist", N), ("3/28", D), ("St. Mary's", LO)], "facility date-numeric")
P("OBGYN", "chat", "Please flag the chart for Parveen Chaudhry: needs a female interpreter for Urdu and a female provider.", [("Parveen Chaudhry", N)], "name-non-english")
P("OBGYN", "sms", "Hi its Gemma from the clinic, your ultrasound is moved to Friday 10:15. Reply Y to confirm", [("Gemma", N)], "sms name-staff weekday")
P("OBGYN", "chat", "Insurance denied the IUD: member id WHP-880214-03 for Ms. Soto-Varga, we need a peer to peer.", [("WHP-880214-03", HP), ("Soto-Varga", N)], "health-plan name-hyphenated")
P("OBGYN", "email", "From: lindsay.k@example.com\nSubject: my test results\nHi Dr. Ambrosino, I saw my results on the portal and I don't understand 'LSIL'. Is it cancer? Lindsay Kerrigan", [("lindsay.k@example.com", EM), ("Ambrosino", N), ("Lindsay Kerrigan", N)], "email name-clinician")
P("OBGYN", "chat", "Scan for Thuy Nguyen-Bach at 20 weeks shows a two-vessel cord, MFM referral placed.", [("Thuy Nguyen-Bach", N)], "name-hyphenated name-non-english")
P("OBGYN", "chat", "Ultrasound images for Rojas are saved as ROJAS_X_anatomy_20wk.jpg, MFM wants them.", [("Rojas", N), ("ROJAS_X_anatomy_20wk.jpg", PI)], "photo-filename name-surname-only")
P("OBGYN", "chat", "Abigail from the 11:00 slot called, her ride fell through. Can we do telehealth instead?", [("Abigail", N)], "name-given-only clock-time")
P("OBGYN", "chat", "Birth date is listed as 01/01/1979, which the family says is a placeholder; real birthday unknown. Name is Mai Vang Xiong.", [("01/01/1979", D), ("Mai Vang Xiong", N)], "dob name-non-english")
P("OBGYN", "chat", "Referral from Dr. Petrakis at Oakbrook Family Medicine, fax back to 262-555-0115.", [("Petrakis", N), ("Oakbrook Family Medicine", LO), ("262-555-0115", FX)], "name-clinician fax facility")
P("OBGYN", "chat", "She's turning 40 next week and her mom, Gloria, had breast cancer at 42. Mammo ordered.", [("Gloria", N)], "name-relative age-under-90")
P("OBGYN", "chat", "Anita, can you see the walk-in at 3? It's the patient from Evansville with bleeding at 9 weeks.", [("Anita", N), ("Evansville", LO)], "name-staff city")
P("OBGYN", "dictation", "Patient is Rhiannon Pugh comma G2P1 at 24 weeks and 3 days by LMP period", [("Rhiannon Pugh", N)], "dictation name-plain")
P("OBGYN", "chat", "Husband Dariusz is asking if he can be in the room for the colpo. She said yes, so fine.", [("Dariusz", N)], "name-relative name-given-only")
# ---------------------------------------------------------------- general surgery consult service
C("GSURG", "chat", "Alvarado 8 with a 9 mm appendix on CT. Booking for tonight, NPO and pip-tazo started.", "score dose-lab", ep="Alvarado")
C("GSURG", "chat", "Murphy sign positive, RUQ ultrasound shows stones and wall thickening. Lap chole tomorrow if the bili is normal.", "eponym-bare", ep="Murphy")
C("GSURG", "lower", "consult pager is with me till 7, sign out in the team room after", "lowercase clock-time")
C("GSURG", "chat", "Tokyo Guidelines grade II cholecystitis, so early lap chole is reasonable within 72 h.", "place-rule", pl="Tokyo")
C("GSURG", "chat", "SBO with no transition point: Gastrografin challenge, x-ray at 8 h. If contrast reaches the colon, advance the diet.", "drug-brand-name dose-lab", br="Gastrografin")
C("GSURG", "chat", "Ranson criteria are old school, but the attending still asks for them on rounds.", "score", ep="Ranson")
C("GSURG", "caps", "TRAUMA ACTIVATION LEVEL 1 ETA 6 MIN", "allcaps")
C("GSURG", "chat", "Lipase of 3200 with epigastric pain and a normal gallbladder. Not ours yet, recommend GI and IV fluids.", "dose-lab")
C("GSURG", "chat", "Rovsing and psoas sign both negative, white count normal. Observation and serial exams.", "eponym-bare", ep="Rovsing")
C("GSURG", "chat", "Hinchey II diverticulitis with a 4 cm abscess: IR drain first, then elective sigmoid in 6-8 weeks.", "eponym-bare", ep="Hinchey")
C("GSURG", "chat", "Hernia is reducible, no signs of strangulation. Outpatient referral, no need to see in clinic urgently.", "quick-question")
C("GSURG", "chat", "The OR board has us at 1700 for the hernia, but the room won't open before 1900. Told the floor to keep NPO.", "clock-time")
C("GSURG", "bot", "/ask VTE prophylaxis after lap chole in a patient with a Caprini score of 5", "bot-command score", ep="Caprini")
C("GSURG", "chat", "Fournier gangrene is on the differential for the perineal cellulitis. Urology and us both seeing, CT shows no gas.", "eponym-bare", ep="Fournier")
C("GSURG", "chat", "Richter hernia is easy to miss, the bowel isn't obstructed. Keep it in mind with a tender groin lump.", "eponym-bare teaching", ep="Richter")
C("GSURG", "chat", "Hartmann procedure last night, colostomy is pink and functioning. WOC nurse consulted for teaching.", "eponym-bare", ep="Hartmann")
C("GSURG", "chat", "Kocher incision for the open chole tomorrow. We don't do many, so the juniors should scrub in.", "eponym-bare teaching", ep="Kocher")
C("GSURG", "sms", "can you see 7 east bed 22 for a perc chole tube that's leaking", "sms room-bed-number")
C("GSURG", "chat", "NSQIP calculator gives a 14% serious complication risk for the open colectomy. Documented in the consent note.", "score", org="NSQIP")
C("GSURG", "dictation", "Incision was made in the left lower quadrant period an Ethicon stapler was used for the anastomosis period", "dictation device-brand", br="Ethicon")
C("GSURG", "chat", "Meckel diverticulum on the tagged scan for the 19-year-old with a GI bleed. Rule of twos holds again.", "eponym-bare age-under-90", ep="Meckel")
C("GSURG", "chat", "Boerhaave is rare, but the CT showed pneumomediastinum after forceful vomiting. CT surgery is involved.", "eponym-bare", ep="Boerhaave")

P("GSURG", "chat", "New consult: Desmond Kiplagat, 58, RLQ pain since last night, white count 16. ED bay 12.", [("Desmond Kiplagat", N)], "name-plain age-under-90 dose-lab")
P("GSURG", "chat", "Dr. Hollis wants us to see Mrs. Ferraro before 5, he's worried about ischemic bowel.", [("Hollis", N), ("Ferraro", N)], "name-clinician name-surname-only")
P("GSURG", "chat", "Patient Yevgenia Koval says she had a Whipple in Kyiv in 2012, no records. Can someone try the outside hospital?", [("Yevgenia Koval", N), ("Kyiv", LO)], "name-non-english foreign-town year-only")
P("GSURG", "ehr", "Consult request: DUBOIS, MARCEL J | MRN 91287740 | Loc 6W-618 | Reason: SBO | Requesting: Kaminski", [("DUBOIS, MARCEL J", N), ("91287740", MR), ("Kaminski", N)], "name-last-first mrn")
P("GSURG", "chat", "Mr. Ogunleye is 93 and his daughter Funmi is his POA. They want to talk about non-operative management.", [("Ogunleye", N), ("93", A), ("Funmi", N)], "age-over-89-digits name-relative")
P("GSURG", "lower", "seeing lopez in 4112 now then the chole in the ed", [("lopez", N)], "lowercase name-lowercase")
P("GSURG", "chat", "Ask Priya to add the hernia for Wendell Boateng to the OR board for 6/11.", [("Priya", N), ("Wendell Boateng", N), ("6/11", D)], "name-staff date-numeric")
P("GSURG", "chat", "The drain photo for Graciela Montemayor is in the media tab, looks purulent to me.", [("Graciela Montemayor", N)], "name-plain")
P("GSURG", "chat", "Reminder: Mrs. Stenberg is a Jehovah's Witness, no blood products, she signed the refusal form. Her son Anders is aware.", [("Stenberg", N), ("Anders", N)], "name-relative")
P("GSURG", "chat", "Dr. Rahimi signed out that Mr. Halloran needs serial abdominal exams q4h overnight.", [("Rahimi", N), ("Halloran", N)], "name-clinician name-surname-only")
P("GSURG", "voicemail", "\"Hi, this is Marvin Tollerud, I had my gallbladder out last week and there's redness around the belly button. Number is 920-555-0128.\"", [("Marvin Tollerud", N), ("920-555-0128", PH)], "voicemail phone")
P("GSURG", "chat", "Transfer from Baraboo, Alma Reinholt, perforated diverticulitis, arriving by helicopter around 1500.", [("Baraboo", LO), ("Alma Reinholt", N)], "city name-plain clock-time")
P("GSURG", "chat", "Post-op check: Sione Latu, day 1 after lap appy, tolerating clears.", [("Sione Latu", N)], "name-non-english")
P("GSURG", "chat", "Ninety-four-year-old with an incarcerated hernia, family wants surgery. Mrs. Delgado-Ramos, 7 east 24.", [("Ninety-four", A), ("Delgado-Ramos", N)], "age-over-89-words name-hyphenated")
P("GSURG", "chat", "Her husband Klaus called asking when Ingeborg will be off the NG tube. Told him we'd update after rounds.", [("Klaus", N), ("Ingeborg", N)], "name-relative name-given-only")
P("GSURG", "chat", "Intern Maximilian has the consult pager tonight, text him at 262-555-0151 if the pager app dies.", [("Maximilian", N), ("262-555-0151", PH)], "name-staff phone")
P("GSURG", "chat", "Pathology from the Kwiatkowski appendix came back carcinoid, 1.2 cm. Need to discuss a right hemicolectomy.", [("Kwiatkowski", N)], "name-surname-only")
P("GSURG", "list", "Consult list:\n- Moreau, 6W, SBO\n- Ilunga, ED, appy\n- Fitzgerald, 5E, wound dehiscence\n- Bhattacharya, ICU, ischemic bowel?", [("Moreau", N), ("Ilunga", N), ("Fitzgerald", N), ("Bhattacharya", N)], "name-list name-surname-only")
P("GSURG", "chat", "Patient was admitted under the wrong name order. It's Jesús Alberto Cárdenas, not Jesús Cárdenas Alberto. Registration is fixing it.", [("Jesús Alberto Cárdenas", N), ("Jesús Cárdenas Alberto", N)], "name-mistyped name-non-english")
P("GSURG", "chat", "Birth date 12/03/1955 on the consent doesn't match the armband for bed 14. Hold the case until registration checks.", [("12/03/1955", D)], "dob room-bed-number")
P("GSURG", "chat", "Mr. Hawkes wants his wife Patrice called after surgery at 414-555-0184.", [("Hawkes", N), ("Patrice", N), ("414-555-0184", PH)], "name-relative phone")
P("GSURG", "chat", "Thanks Dr. Ifeoma Nwankwo for taking the hernia at 2 am.", [("Ifeoma Nwankwo", N)], "name-clinician")

# ---------------------------------------------------------------- pharmacy anticoagulation clinic
C("ANTICOAG", "chat", "INR 1.7 on 5 mg daily, no missed doses. Increasing the weekly dose by 10% and rechecking in a week.", "dose-lab")
C("ANTICOAG", "chat", "Warfarin 1 mg tabs are pink, 5 mg are peach. Several patients mixed up the new generic's colors, double check at teaching.", "dose-lab")
C("ANTICOAG", "lower", "coaguchek strips lot expiring end of month, use those first", "lowercase device-brand")
C("ANTICOAG", "chat", "Bridging isn't needed for most AF patients per BRIDGE. Mechanical mitral valve is the exception.", "trial-name", tr="BRIDGE")
C("ANTICOAG", "chat", "Eliquis dose reduction needs 2 of 3: age 80 or older, weight 60 kg or less, creatinine 1.5 or higher.", "drug-brand-name dose-lab", br="Eliquis")
C("ANTICOAG", "chat", "Xarelto has to be taken with the evening meal at 15 and 20 mg. Reminder for the education sheets.", "drug-brand-name dose-lab", br="Xarelto")
C("ANTICOAG", "chat", "Bactrim will spike the INR. Anyone starting it needs a check in 3-5 days.", "drug-brand-name", br="Bactrim")
C("ANTICOAG", "caps", "CLINIC CLOSED THURSDAY AFTERNOON FOR STAFF TRAINING. POCT INR TESTING ENDS AT 1200.", "allcaps weekday clock-time")
C("ANTICOAG", "chat", "CHA2DS2-VASc of 1 in a man: we can discuss, but the default is no anticoagulation. HAS-BLED doesn't change that decision.", "score")
C("ANTICOAG", "chat", "Vitamin K tablets 2.5 mg are in the lockbox if someone's INR is over 10 without bleeding.", "dose-lab")
C("ANTICOAG", "chat", "Pradaxa capsules can't be opened or put in a pill organizer. It's a humidity issue, original bottle only.", "drug-brand-name", br="Pradaxa")
C("ANTICOAG", "chat", "Reminder: Paxlovid plus a DOAC needs a call. Rivaroxaban levels go way up.", "drug-brand-name", br="Paxlovid")
C("ANTICOAG", "chat", "Green leafy vegetable consistency matters more than avoidance. One serving a day, every day, is the message.", "teaching")
C("ANTICOAG", "bot", "/ask warfarin interaction with fluconazole and recommended dose change", "bot-command quick-question")
C("ANTICOAG", "chat", "Time in therapeutic range for the clinic was 68% last quarter by the Rosendaal method. Goal is 70.", "eponym-bare score", ep="Rosendaal")
C("ANTICOAG", "chat", "Andexxa is restricted to the ED attending for major bleeds on factor Xa inhibitors. Kcentra for warfarin reversal.", "drug-brand-name", br="Andexxa|Kcentra")
C("ANTICOAG", "sms", "POC meter 2 giving error 6 again, using meter 1 for the rest of the day", "sms device-brand")
C("ANTICOAG", "chat", "Enoxaparin 1 mg/kg q12h for the DVT, then warfarin overlap at least 5 days and until the INR is over 2 twice.", "dose-lab")
C("ANTICOAG", "chat", "Ask about cranberry juice and turmeric at every visit. Supplements are where the surprises come from.", "teaching")
C("ANTICOAG", "chat", "St. John's wort lowers DOAC levels a lot. Counsel and document.", "eponym-bare", ep="St. John's wort")
C("ANTICOAG", "dictation", "INR today 3.4 period no bleeding period hold one dose then resume 35 milligrams per week period", "dictation dose-lab")
C("ANTICOAG", "chat", "The Virchow triad slide is outdated, the new one adds cancer and estrogen. Updating it for Friday's in-service.", "eponym-bare weekday", ep="Virchow")

P("ANTICOAG", "chat", "Dolores Haukeland INR 4.6 today, no bleeding. Held tonight, recheck Monday.", [("Dolores Haukeland", N)], "name-plain dose-lab weekday")
P("ANTICOAG", "chat", "Mr. Boakye hasn't been in since 2/3, three missed calls. Letter going to 1608 Cedar Ridge Rd.", [("Boakye", N), ("2/3", D), ("1608 Cedar Ridge Rd", LO)], "name-surname-only date-numeric address")
P("ANTICOAG", "voicemail", "\"This is Herb Fallon, my INR machine says 2.8, should I take the usual? Call me back, 608-555-0117.\"", [("Herb Fallon", N), ("608-555-0117", PH)], "voicemail phone")
P("ANTICOAG", "chat", "Home INR monitor for Lyudmila Pirozhkova, serial CQ7-442180, needs the new strips shipped.", [("Lyudmila Pirozhkova", N), ("CQ7-442180", DV)], "device-serial name-non-english")
P("ANTICOAG", "chat", "Annual review due for Bertrand Olasz, 96, still on warfarin 2 mg daily. Falls risk discussion?", [("Bertrand Olasz", N), ("96", A)], "age-over-89-digits dose-lab")
P("ANTICOAG", "ehr", "Referral: anticoag mgmt | Pt: SIGURDSSON, HELGA | DOB 05/22/1944 | Indication: AF | Goal INR 2-3 | Referring: Dr. Mwangi", [("SIGURDSSON, HELGA", N), ("05/22/1944", D), ("Mwangi", N)], "name-last-first dob name-clinician")
P("ANTICOAG", "chat", "Gus's daughter called, he's starting Bactrim from urgent care. Can someone schedule an INR Thursday?", [("Gus", N)], "name-given-only weekday")
P("ANTICOAG", "chat", "Pharmacist Thandiwe Mokoena is covering the clinic this week, route INRs to her.", [("Thandiwe Mokoena", N)], "name-staff name-non-english")
P("ANTICOAG", "lower", "did anyone call back ms calloway about her colonoscopy bridge plan, she called twice", [("calloway", N)], "lowercase name-lowercase")
P("ANTICOAG", "chat", "Procedure hold: Mr. Sandberg, EGD on 7/15, hold warfarin 5 days, no bridge per cardiology.", [("Sandberg", N), ("7/15", D)], "date-numeric name-surname-only")
P("ANTICOAG", "chat", "Mrs. Chu is going to Taipei for 2 months, we set her up with a lab there and her son will email results from chu.family.inr@example.com.", [("Chu", N), ("Taipei", LO), ("chu.family.inr@example.com", EM)], "email foreign-town")
P("ANTICOAG", "chat", "Olusegun Adeyinka-Pratt switched from warfarin to Eliquis, please discharge him from INR monitoring.", [("Olusegun Adeyinka-Pratt", N)], "name-hyphenated drug-brand-name")
P("ANTICOAG", "sms", "Reminder from the Coumadin clinic: Winifred, your INR check is tomorrow at 9:45. Call 715-555-0193 to reschedule.", [("Winifred", N), ("715-555-0193", PH)], "sms name-given-only phone")
P("ANTICOAG", "chat", "Vinh Truong's INR was 1.4 after a week of pho with lots of basil. We'll just keep the diet steady.", [("Vinh Truong", N)], "name-non-english name-possessive")
P("ANTICOAG", "chat", "MRN 44920713 has two active warfarin prescriptions from different pharmacies. Calling the patient now.", [("44920713", MR)], "mrn")
P("ANTICOAG", "chat", "He turned 90 last week and wants to stop warfarin. Mr. Engebretsen and his wife Solveig are coming in Friday to talk it through.", [("90", A), ("Engebretsen", N), ("Solveig", N)], "age-over-89-digits name-relative weekday")
P("ANTICOAG", "chat", "Tech note: Ricardo fixed the INR flowsheet for the Pelletier patient, the value was keyed to the wrong date (4/30 instead of 4/3).", [("Ricardo", N), ("Pelletier", N), ("4/30", D), ("4/3", D)], "name-staff date-numeric")
P("ANTICOAG", "chat", "Outside INR from the lab in Platteville: 3.1 for Mrs. Kessler-Dunn.", [("Platteville", LO), ("Kessler-Dunn", N)], "city name-hyphenated")
P("ANTICOAG", "email", "From: rita.b@example.net\nTo anticoag clinic: my father Jerome Bancroft has been in the hospital at St. Luke's since Sunday, please don't count his missed INR. Rita", [("rita.b@example.net", EM), ("Jerome Bancroft", N), ("St. Luke's", LO), ("Rita", N)], "email name-relative facility weekday")
P("ANTICOAG", "chat", "Dr. Castellano wants a target of 2.5-3.5 for Ayşe Demirci because of her mechanical mitral.", [("Castellano", N), ("Ayşe Demirci", N)], "name-clinician name-non-english")
P("ANTICOAG", "chat", "Wrong patient in the INR log at 10:20, it was Fenwick not Fenwicke. Corrected.", [("Fenwick", N), ("Fenwicke", N)], "name-mistyped clock-time")
P("ANTICOAG", "dictation", "Patient Tomasina Reyes-Ulloa comma INR 2.2 comma therapeutic period continue 42.5 milligrams weekly period", [("Tomasina Reyes-Ulloa", N)], "dictation name-hyphenated dose-lab")
# ---------------------------------------------------------------- endocrinology and diabetes education clinic
C("ENDO", "chat", "Dexcom G7 sensors are on the pharmacy benefit now for most plans, no more DME forms.", "device-brand", br="Dexcom")
C("ENDO", "chat", "Omnipod 5 training class is full for March, opening a second one. Same slides.", "device-brand month-word", br="Omnipod")
C("ENDO", "lower", "does anyone have a spare libre reader, the patients phone isnt compatible", "lowercase device-brand")
C("ENDO", "chat", "TSH of 0.02 with a free T4 of 2.9 on 150 mcg levothyroxine. Cutting to 125 and rechecking in 6 weeks.", "dose-lab")
C("ENDO", "chat", "Graves versus toxic nodule: the uptake scan will sort it out, the TRAb is pending.", "eponym-bare", ep="Graves")
C("ENDO", "chat", "Hashimoto with a TSH of 7 and no symptoms in a 30-year-old: we treat if she's trying to conceive.", "eponym-bare age-under-90", ep="Hashimoto")
C("ENDO", "chat", "Time in range goal is over 70%, under 4% below 70. The AGP report has both on page 1.", "score", sc="AGP")
C("ENDO", "caps", "INSULIN FRIDGE TEMP ALARM IN THE EDUCATION ROOM. MOVED STOCK TO PHARMACY.", "allcaps")
C("ENDO", "chat", "Ozempic shortages are easing, but the 2 mg pen is still spotty. Some people are using two 1 mg doses.", "drug-brand-name dose-lab", br="Ozempic")
C("ENDO", "chat", "Cushing workup: late-night salivary cortisol times 2 and a 1 mg dex suppression. Don't start with the 24-hour urine.", "eponym-bare dose-lab", ep="Cushing")
C("ENDO", "chat", "Addison crisis education: everyone on hydrocortisone gets a stress-dose letter and a Solu-Cortef kit.", "eponym-bare drug-brand-name", ep="Addison", br="Solu-Cortef")
C("ENDO", "chat", "Carb ratio 1:12 and correction 1:40 above 150 is a good start for most new pumpers on 40 units a day.", "ratio dose-lab")
C("ENDO", "bot", "/ask insulin adjustment for prednisone 40 mg in type 2 diabetes on basal only", "bot-command dose-lab")
C("ENDO", "chat", "Jardiance and Farxiga both need a sick-day plan: hold if not eating, check ketones. Euglycemic DKA is real.", "drug-brand-name", br="Jardiance|Farxiga")
C("ENDO", "chat", "Dietitian is out Tuesday, the carb counting class moves to Thursday at 4.", "weekday admin-chatter")
C("ENDO", "chat", "Bethesda IV nodule, molecular testing sent. Afirma results take about 2 weeks.", "place-rule", pl="Bethesda", br="Afirma")
C("ENDO", "chat", "Tandem Mobi cartridges only hold 200 units, remind the high-dose folks they'll change every 2 days.", "device-brand", br="Tandem Mobi")
C("ENDO", "sms", "clinic running 30 min behind, pump download machine froze", "sms")
C("ENDO", "chat", "Glucagon: Baqsimi nasal or Gvoke pen. Most families prefer Baqsimi, no mixing.", "drug-brand-name", br="Baqsimi|Gvoke")
C("ENDO", "dictation", "Thyroid is smooth and not enlarged period no nodules palpable period reflexes 2 plus and symmetric period", "dictation")
C("ENDO", "chat", "Whipple triad documented: symptoms, glucose of 42, relief with dextrose. Admitting for a supervised fast.", "eponym-bare dose-lab", ep="Whipple")
C("ENDO", "chat", "Chvostek and Trousseau both positive after the thyroidectomy, calcium 7.1. Calcium gluconate ordered.", "eponym-bare dose-lab", ep="Chvostek|Trousseau")

P("ENDO", "chat", "Lucinda Barrow-Keane's A1c dropped from 11.2 to 7.4 on the pump. Nice work, Jess.", [("Lucinda Barrow-Keane", N), ("Jess", N)], "name-hyphenated name-staff dose-lab")
P("ENDO", "chat", "Pump serial for Mr. Oyama is 1149-33028-TM, Tandem needs it for the warranty claim.", [("Oyama", N), ("1149-33028-TM", DV)], "device-serial")
P("ENDO", "chat", "Teen with new T1D, Xavier Blackfeather, 15. Mom Desiree wants the school nurse training this week.", [("Xavier Blackfeather", N), ("Desiree", N)], "name-relative age-under-90")
P("ENDO", "voicemail", "\"Hi, this is Gunnar Ekdahl, my Dexcom keeps saying sensor error and I only have one left. 715-555-0156.\"", [("Gunnar Ekdahl", N), ("715-555-0156", PH)], "voicemail phone device-brand")
P("ENDO", "chat", "Dr. Venkataraman wants the thyroid biopsy for Mrs. Albrecht moved up to Monday.", [("Venkataraman", N), ("Albrecht", N)], "name-clinician weekday")
P("ENDO", "ehr", "CGM upload | Pt: MARTINEZ-OCHOA, LETICIA | MRN 58830142 | Sensor G7 | TIR 48% | Avg 196", [("MARTINEZ-OCHOA, LETICIA", N), ("58830142", MR)], "name-last-first mrn")
P("ENDO", "lower", "prior auth for mounjaro for benedetta ruggieri denied again, appealing", [("benedetta ruggieri", N)], "lowercase name-lowercase")
P("ENDO", "chat", "Her husband Rashid does the injections, she can't see the pen dial well. Aisha Rahman, glargine 28 units.", [("Rashid", N), ("Aisha Rahman", N)], "name-relative name-non-english dose-lab")
P("ENDO", "chat", "Medicaid ID for the new pump start is 7782041196X, please attach it to the DME order for Kiana.", [("7782041196X", HP), ("Kiana", N)], "health-plan name-given-only")
P("ENDO", "chat", "Man, 91, new diabetes, A1c 8.1. For Mr. Gallagher I'd go easy, goal under 8.5.", [("91", A), ("Gallagher", N)], "age-over-89-digits dose-lab")
P("ENDO", "chat", "Educator Marguerite Lefebvre is teaching the pump class Saturday.", [("Marguerite Lefebvre", N)], "name-staff weekday")
P("ENDO", "chat", "Born 08/11/2006, Brody Kettering is moving to the adult endo clinic now that he's 18.", [("08/11/2006", D), ("Brody Kettering", N)], "dob age-under-90")
P("ENDO", "email", "From: school.nurse@example.org\nRe: Nayeli Cruz-Hinojosa\nCan you send the updated diabetes medical management plan before Monday? Fax is 262-555-0170.", [("school.nurse@example.org", EM), ("Nayeli Cruz-Hinojosa", N), ("262-555-0170", FX)], "email fax name-hyphenated")
P("ENDO", "chat", "Mrs. Adjei-Bonsu's thyroid US shows a 2.3 cm nodule. FNA booked 5/9.", [("Adjei-Bonsu", N), ("5/9", D)], "name-hyphenated date-numeric")
P("ENDO", "chat", "Kiana's mom is asking whether the Omnipod can stay on for the swim meet in Green Bay on Saturday.", [("Kiana", N), ("Green Bay", LO)], "name-relative city weekday")
P("ENDO", "chat", "Hypoglycemia at work: Dwayne Pettiford, forklift driver, employer wants a letter. He works at 45 Industrial Dr in DeForest.", [("Dwayne Pettiford", N), ("45 Industrial Dr", LO), ("DeForest", LO)], "address city")
P("ENDO", "chat", "Seo-yeon Park is here for her gestational diabetes follow-up, her numbers are in the app under her husband's account.", [("Seo-yeon Park", N)], "name-non-english")
P("ENDO", "chat", "Can someone call Mrs. Teixeira at 920-555-0147 about the Libre pharmacy issue?", [("Teixeira", N), ("920-555-0147", PH)], "phone")
P("ENDO", "chat", "Fellow Ngaire Wihongi is seeing the transition clinic patients today.", [("Ngaire Wihongi", N)], "name-staff name-non-english")
P("ENDO", "chat", "Outside labs for Evander Stroh were drawn on 6/17/2025 at Quest, TSH 11.", [("Evander Stroh", N), ("6/17/2025", D)], "date-numeric dose-lab")
P("ENDO", "sms", "hi its Yolanda Briones, my sugar was 48 this morning and I felt shaky, had juice and now its 110. should I lower my lantus?", [("Yolanda Briones", N)], "sms dose-lab")
P("ENDO", "dictation", "Patient Augustin Mbala-Nkosi comma 92 years old comma presents for thyroid follow up period", [("Augustin Mbala-Nkosi", N), ("92", A)], "dictation age-over-89-digits")

# ---------------------------------------------------------------- inpatient stroke and neurology consult team
C("NEURO", "chat", "NIHSS 4 with a disabling aphasia, so still a tenecteplase candidate. Door-to-needle goal 45 min.", "score", sc="NIHSS")
C("NEURO", "caps", "STROKE ALERT ED BAY 4 LKW 0712", "allcaps clock-time")
C("NEURO", "lower", "ct perfusion software is down, using the old protocol until it's back", "lowercase")
C("NEURO", "chat", "Swallow screen before any PO, including meds. If they fail, SLP does the bedside eval and we give the aspirin PR.", "dose-lab")
C("NEURO", "chat", "BP goal after thrombolysis is under 180/105 for 24 h. Labetalol or nicardipine, not hydralazine first line.", "dose-lab")
C("NEURO", "chat", "ASPECTS of 7 on the CT, large vessel occlusion in the M1. Neuro IR is aware.", "score", sc="ASPECTS")
C("NEURO", "chat", "TOAST classification for the registry: cardioembolic for the AF patients unless there's also a 70% carotid.", "score", sc="TOAST")
C("NEURO", "chat", "Modified Rankin at 90 days is the registry's outcome measure, calls go out from the stroke office.", "eponym-bare score", ep="Rankin")
C("NEURO", "chat", "Todd paralysis after a seizure can look like a stroke. The EEG showed left temporal sharps.", "eponym-bare", ep="Todd")
C("NEURO", "chat", "Guillain-Barré watch: NIF every 4 hours, call if weaker than -20 or FVC under 20 mL/kg.", "eponym-bare dose-lab", ep="Guillain-Barré")
C("NEURO", "chat", "Keppra 500 BID as the default for new-onset seizure. Switch to lacosamide if there are behavioral side effects.", "drug-brand-name dose-lab", br="Keppra")
C("NEURO", "chat", "Bell palsy: prednisone within 72 hours, eye care with lubricant and a patch at night. Valacyclovir only if severe.", "eponym-bare", ep="Bell")
C("NEURO", "bot", "/ask DAPT duration after minor stroke per the POINT and CHANCE trials", "bot-command trial-name", tr="POINT|CHANCE")
C("NEURO", "chat", "The stroke order set now auto-adds a lipid panel and A1c. Don't double order.", "admin-chatter")
C("NEURO", "chat", "ABCD2 score is 5 for the TIA in the ED, so admit for the workup per our pathway.", "score", sc="ABCD2")
C("NEURO", "chat", "Get With The Guidelines abstraction is due Friday. Please close out your discharge summaries.", "org weekday", org="Get With The Guidelines")
C("NEURO", "sms", "heading to the ED for the code, cover the floor pager for 20", "sms")
C("NEURO", "chat", "Babinski upgoing on the left, right is flexor. New compared to this morning's exam.", "eponym-bare", ep="Babinski")
C("NEURO", "chat", "Wallenberg teaching case on rounds: ipsilateral Horner, crossed sensory loss. Good pickup by the resident.", "eponym-bare teaching", ep="Wallenberg|Horner")
C("NEURO", "dictation", "Pupils equal round and reactive period extraocular movements intact period no pronator drift period", "dictation")
C("NEURO", "chat", "Cincinnati scale is what EMS uses, our triage nurses use BE-FAST. Both are fine prehospital.", "place-rule score", pl="Cincinnati", sc="BE-FAST")
C("NEURO", "chat", "Carotid duplex shows 50-69% on the right. Vascular wants a CTA before deciding on the CEA.", "dose-lab")
C("NEURO", "chat", "Tenecteplase is stocked in the ED Pyxis now, alteplase only in pharmacy. 0.25 mg/kg, max 25 mg.", "dose-lab device-brand", br="Pyxis")

P("NEURO", "chat", "Stroke alert patient is Henrik Svendsen, 71, LKW 0640 per his wife Birgit. En route to CT.", [("Henrik Svendsen", N), ("Birgit", N)], "name-relative clock-time")
P("NEURO", "chat", "Dr. Szewczyk is the stroke attending tonight, Dr. Amankwah days.", [("Szewczyk", N), ("Amankwah", N)], "name-clinician")
P("NEURO", "chat", "Mrs. Petrosyan is 95 and was independent until today. Family wants everything including thrombectomy.", [("Petrosyan", N), ("95", A)], "age-over-89-digits name-surname-only")
P("NEURO", "lower", "did someone call the daughter for bed 9, her name is maeve and she's driving from oshkosh", [("maeve", N), ("oshkosh", LO)], "lowercase name-relative city")
P("NEURO", "ehr", "Stroke registry: Pt OKAFOR-BANJO, CHIDINMA | MRN 37714026 | Arrival 03/14/2025 21:52 | tPA: no | Thrombectomy: yes", [("OKAFOR-BANJO, CHIDINMA", N), ("37714026", MR), ("03/14/2025", D)], "name-last-first mrn date-numeric")
P("NEURO", "chat", "SLP Rebekah says Mr. Dufresne passed the swallow eval, regular diet with thin liquids.", [("Rebekah", N), ("Dufresne", N)], "name-staff name-surname-only")
P("NEURO", "voicemail", "\"Yeah this is Cal Brekke, I'm calling about my brother Arne who had the stroke, when can we meet the doctor? 715-555-0109.\"", [("Cal Brekke", N), ("Arne", N), ("715-555-0109", PH)], "voicemail name-relative phone")
P("NEURO", "chat", "Day-90 follow-up call for Leota Fa'amausili is due 8/2. She's in Samoa until then, her son takes the calls.", [("Leota Fa'amausili", N), ("8/2", D)], "name-non-english date-numeric")
P("NEURO", "chat", "Patient arrived from Portage Memorial by helicopter, Hyun-woo Kang, large MCA. Thrombectomy team paged.", [("Portage Memorial", LO), ("Hyun-woo Kang", N)], "facility name-non-english")
P("NEURO", "chat", "Mr. Bixby's LKW is unclear, a neighbor saw him at the mailbox yesterday evening. Outside the window.", [("Bixby", N)], "name-surname-only")
P("NEURO", "chat", "Consent for thrombectomy obtained by phone from the son, Emeka Uzor, at 920-555-0136, witnessed by RN Colleen.", [("Emeka Uzor", N), ("920-555-0136", PH), ("Colleen", N)], "name-relative phone name-staff")
P("NEURO", "chat", "Seizure patient Marta Kovačević in 6N-12 had another one at 0315, about a minute and a half, Ativan given.", [("Marta Kovačević", N)], "name-non-english clock-time")
P("NEURO", "chat", "Stroke coordinator Daphne Whitlow needs the door-to-needle times for the March cases by Friday.", [("Daphne Whitlow", N)], "name-staff weekday")
P("NEURO", "chat", "ALS clinic referral for Terrence Mabry, EMG consistent. Wife Charlene wants to know about the Lou Gehrig support meetings.", [("Terrence Mabry", N), ("Charlene", N)], "name-relative public-figure")
P("NEURO", "chat", "Discharge for Mrs. Halbrook goes to Fox Valley Rehab in Appleton, bed confirmed for tomorrow.", [("Halbrook", N), ("Fox Valley Rehab", LO), ("Appleton", LO)], "facility city")
P("NEURO", "chat", "He's a 98-year-old with a left MCA stroke, Mr. Varughese. Palliative care is meeting the family at 3.", [("98", A), ("Varughese", N)], "age-over-89-digits")
P("NEURO", "chat", "Driving restriction letter for Kenneth Oyler, license number O460-7719-2214-08, to the DMV.", [("Kenneth Oyler", N), ("O460-7719-2214-08", LI)], "drivers-license")
P("NEURO", "chat", "Bed 4, Antoinette Lusignan, aphasic, daughter Claire is the best historian.", [("Antoinette Lusignan", N), ("Claire", N)], "name-relative")
P("NEURO", "chat", "EEG video for Mr. Yilmaz is saved as yilmaz_eeg_video_0612.mp4 on the share. Neurology fellow to review.", [("Yilmaz", N), ("yilmaz_eeg_video_0612.mp4", PI)], "photo-filename")
P("NEURO", "chat", "Jonah, can you present Mrs. Ruelas on rounds? I'm stuck in the ED.", [("Jonah", N), ("Ruelas", N)], "name-staff name-surname-only")
P("NEURO", "chat", "Family of Đặng Văn Hùng arrives from Houston tomorrow, they want the Vietnamese interpreter at the meeting.", [("Đặng Văn Hùng", N), ("Houston", LO)], "name-non-english city")
P("NEURO", "dictation", "This is a 90 year old right handed man comma Mister Pawlowski comma with acute onset left sided weakness period", [("90", A), ("Pawlowski", N)], "dictation age-over-89-digits")

# ---------------------------------------------------------------- added last, one by one: the rarer identifier kinds
P("PCP", "chat", "Registration has SSN 912-44-8031 on two charts, Harlan Greer and his son. HIM is sorting out the merge.", [("912-44-8031", SS), ("Harlan Greer", N)], "ssn name-relative")
P("RETAIL", "chat", "She doesn't have her card, but gave the last four of her SSN, 6032, and the account pulled up.", [("6032", SS)], "ssn-partial")
P("OBGYN", "chat", "Billing says the global OB package for Ms. Herrera-Lind is under guarantor account 300418821, not hers.", [("Herrera-Lind", N), ("300418821", AC)], "account name-hyphenated")
P("GERI", "chat", "Family says Mr. Pettibone is still driving. The van driver saw his Buick at the pharmacy, plate 4JK-229.", [("Pettibone", N), ("4JK-229", VE)], "vehicle")
P("PCP", "chat", "Mrs. Obregón shares her home BP log through https://bplog.example.com/share/obregon-r7, numbers look good.", [("Obregón", N), ("https://bplog.example.com/share/obregon-r7", UR)], "url")
P("OBGYN", "sms", "sister posted the meal train link in the group: mealtrain.example.org/kessie-family if anyone from clinic wants to chip in", [("mealtrain.example.org/kessie-family", UR)], "sms url")
P("PCP", "ehr", "Privacy alert: chart of GROSSKOPF, DORIS opened 14:02 from IP 198.51.100.23 (outside network). User: mlarkin", [("GROSSKOPF, DORIS", N), ("198.51.100.23", IPA), ("mlarkin", N)], "ip name-last-first")
P("ENDO", "chat", "Portal shows Mr. Abubakar's last login from 203.0.113.140, his nephew in Lagos has been checking the CGM for him.", [("Abubakar", N), ("203.0.113.140", IPA), ("Lagos", LO)], "ip foreign-town")
P("GERI", "chat", "Speech study recording for Iona McAllister is voice_sample_mcallister_02.wav, consent on file.", [("Iona McAllister", N), ("voice_sample_mcallister_02.wav", BI)], "biometric")
P("RETAIL", "ehr", "Check-in kiosk: palm-vein template PV-88213-XK did not match, patient Osei, Kwabena redirected to the front desk.", [("PV-88213-XK", BI), ("Osei, Kwabena", N)], "biometric name-last-first")
P("CP", "chat", "911 incident 25-041877 was our patient Mr. Haugland again, the crew called us after the lift assist.", [("25-041877", ID_), ("Haugland", N)], "other-id")
P("PHM", "chat", "CPS case number for the 4 month old is 2025-CW-11842, worker is the same as last time.", [("2025-CW-11842", ID_)], "other-id")
P("GSURG", "chat", "Workers' comp claim WC-77310-B is the one for Mr. Moreau's abdominal wall injury, the employer wants the op note.", [("WC-77310-B", ID_), ("Moreau", N)], "other-id name-possessive")
P("NEURO", "chat", "Research consent: Mr. Varughese is enrolled, subject ID STR-0419, randomized to arm B.", [("Varughese", N), ("STR-0419", ID_)], "other-id")
P("ANTICOAG", "chat", "The outside warfarin script for Mrs. Kessler-Dunn lists NPI 1928374650, which isn't Dr. Farouk's. Calling the office.", [("Kessler-Dunn", N), ("1928374650", LI), ("Farouk", N)], "clinician-license")
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
MIN_MESSAGES = 440
CLEAN_SHARE = (0.45, 0.55)       # v12: about half clean
MIN_SPANS_PER_CAT = 2            # v12: realistic proportions; rare kinds only need to reach both splits
MIN_TERMS = 80
MIN_EPONYMS = 30
MIN_NEW_TERM_SHARE = 0.50        # v12: everyday terms recur across sets; at least half must be new to the inventories
MIN_PER_SETTING = {True: 20, False: 20}   # clean / with identifiers
MIN_PER_MEDIUM = 3
MIN_AGE_MRN = 10
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v9", "phi_chat_v10", "phi_chat_v11"]   # v12: the only SOURCE.md files the brief allowed

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
    """v10's check, run against v9-v11: no example string quoted in straight double quotes (any quoted
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
        lines += ["", f"Bait terms also written somewhere in the v9-v11 SOURCE.md files (checked by build.py; "
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
                   ["", f"Capitalised NAME tokens of this set that also occur somewhere in the v9-v11 SOURCE.md files "
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
# Independent PHI chat evaluation set v12 (dev / test)

## How it was written
- Purpose: unlike v9-v11 (adversarial, full of look-alikes) this set is meant to read like an ordinary
  week of messages in a hospital's team channels, with the clinical assistant bot. About half the
  messages are clean; the others carry identifiers in roughly the proportions real chat has: mostly
  names of patients, relatives and staff, then dates, locations, phones, ages over 89 and MRNs, and only
  a few of each rarer kind (each rare category has 2-5 spans so that it reaches both splits; that is
  still a little more than real chat would show for SSN, IP, BIOMETRIC, URL and VEHICLE).
- Settings (new for v12): ten ordinary settings that the v9-v11 SOURCE.md files do not list as used by
  v5-v11: adult primary care panel management (care gaps, outreach, refill queue, registry cleanup); a
  geriatric day hospital; community paramedicine (home visits by paramedics, not EMS handoffs); a retail
  in-store walk-in clinic; pediatric hospital medicine (the ward); an outpatient OB/GYN clinic; the
  general surgery consult service; the pharmacy-run anticoagulation clinic; the endocrinology and
  diabetes education clinic; the inpatient stroke and neurology consult team. Overlap disclosed: v8 had
  EMS handoffs, urgent care and L&D / postpartum, v7 had pharmacy and v9 the pre-op clinic, as the later
  SOURCE.md files say; here community paramedicine is scheduled home visits, the retail clinic is the
  in-store NP clinic, OB/GYN is the office (no L&D) and anticoagulation is the INR clinic. The v5-v8
  SOURCE.md files were not read (the brief allowed only v9-v11), so "unused" rests on how v9-v11
  describe the earlier sets. Hospital medicine nights, case management, palliative home visits, the
  anesthesia pre-op clinic, student health abroad and dermatology were left out because v9-v11 report
  them (or something very close) as used.
- Writers (senders): PCPs, MAs, panel managers, RN care managers and the front desk; geriatricians,
  day-hospital nurses, OT / PT, social work and van drivers; community paramedics and the medical
  director; retail-clinic NPs, the pharmacist next door and the district office; pediatric hospitalists,
  residents, ward nurses, child life and social work; OB/GYNs, MAs, schedulers and the triage line;
  surgery residents, attendings and interns on the consult pager; anticoagulation pharmacists and techs;
  endocrinologists, diabetes educators and dietitians; stroke neurologists, the stroke coordinator, SLP
  and neuro residents. Patients, relatives, schools, employers and outside offices appear through
  voicemails, e-mails and texts.
- Media: mostly typed chat lines and thread replies (356 of 460), plus lowercase typing, SMS-style texts,
  ALL CAPS pages and overhead lines (all clean here, as most real pages are), a few lists, pasted EHR
  snippets (outreach log, intake and ADT lines, lab result, consult request, registry, privacy alert,
  kiosk log), forwarded e-mails, voicemail transcripts, /ask commands to the bot (all clean) and
  speech-to-text dictation. No OCR medium (v11 had one): it is rare in ordinary chat.
- Clean messages mention what clinical chat mentions: drugs and brands (Ozempic, Mounjaro, Eliquis,
  Xarelto, Paxlovid, Narcan, Nexplanon, Kyleena, RhoGAM, Dexcom, Omnipod, Keppra ...), eponyms (Murphy,
  Rovsing, McBurney, Alvarado, Ranson, Hinchey, Kocher, Hartmann, Meckel, Boerhaave, Bishop, Leopold,
  Asherman, Graves, Hashimoto, Cushing, Addison, Chvostek, Trousseau, Whipple, Babinski, Todd, Bell,
  Wallenberg, Horner, Rankin, Guillain-Barré, Katz, Lawton, Romberg, Centor, McIsaac, Wells, Virchow,
  Rosendaal ...), scores and tools (PHQ-9, FRAX, MoCA, Mini-Cog, NIHSS, ASPECTS, ABCD2, PEWS, LACE,
  qSOFA, CHA2DS2-VASc, AGP), guideline bodies (USPSTF, ACIP, ACOG, AAP), place-named rules (Ottawa,
  Bristol, Tokyo, Edinburgh, Bethesda, Cincinnati), rooms, beds, bays, clock times, weekdays, doses and
  lab values, ages under 90 and numbers near 90 that are not ages. They hold no person's name, no date
  more specific than a year and no number of an identifier's shape.
- Names come in the forms chat shows: full names, surname only after Mr. / Mrs. / Dr., given name only,
  "LAST, FIRST M" in pasted EHR lines, all lowercase in quick typing, possessives, hyphenated surnames,
  names in lists, a mistyped name corrected in the same line, a login user name, and from many
  cultures (Yoruba, Igbo, Akan, Kikuyu, Somali, Arabic, Urdu, Persian, Turkish, Hmong, Vietnamese,
  Korean, Chinese, Japanese, Hindi / Tamil, Russian, Ukrainian, Polish, Croatian, Hungarian, Norwegian,
  Swedish, Icelandic, German, French, Spanish, Portuguese, Italian, Greek, Armenian, Samoan, Tongan,
  Māori, Navajo and other Native American surnames). All are written in Latin script; v12 has no
  other-script names (ordinary US chat rarely has them).
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the benchmark scripts or any message of
  the earlier sets: nothing under bot/, tests/ or bench/*.py was opened, no *.jsonl file was opened and
  the detector was not run. The last block of build.py ("added last", 15 messages) was written after the
  first draft to give the rarer categories (SSN, ACCOUNT, VEHICLE, URL, IP, BIOMETRIC, ID, LICENSE) at
  least two spans each; they were written one by one like the rest.
- What was read: bench/data/phi_chat_v9/SOURCE.md, bench/data/phi_chat_v10/SOURCE.md,
  bench/data/phi_chat_v11/SOURCE.md, and of bench/data/phi_chat_v11/build.py: a grep listing of its
  `def`, constant and section-comment lines (the section comments name v11's settings, as its SOURCE.md
  does), its lines 1-151 (docstring, constants, helpers; no message), lines 1485-1930 (checks, split,
  output, table helpers, main() and the first lines of SOURCE_HEAD) and its last 5 lines. No message
  line of any earlier set was seen.
- The helper, check, split and output code is v11's, reused with a new seed (20290412), the v12
  settings and media, and these changes: (1) thresholds for a realistic, smaller set: at least 440
  messages, clean share 45-55%, every category at least 2 spans and in both splits, AGE and MRN at least
  10, every setting at least 20 clean and 20 identifier messages, every medium at least 3, at least 80
  bait terms of which 30 eponyms (each in 1-4 clean messages), at least half the bait terms new to the
  v9-v11 inventories; (2) `check_no_reuse` and `bait_overlap` read the v9-v11 SOURCE.md files (the only
  ones the brief allowed; v11's read v7-v10): no string quoted there as an example (every quoted string
  with a digit, every quoted string of 8+ characters with a space) occurs in a v12 message, and no v12
  full name is written in them; (3) the OCR medium and its checks were dropped. Everything else is as in
  v11: slices equal the written substrings (on the built records and on the files read back), no
  overlaps, known categories, `clean` iff no spans, no duplicates, no span edge on a space or an
  invisible character, no span glued to a letter or digit, 1-4 kind tags, unique 28-character openings,
  forbidden strings and shapes in clean messages, PHONE / FAX with 555, EMAIL / URL with "example",
  documentation IPs, SSNs starting with 9, no NAME word in a clean message unless inside a registered
  bait term, NAME / DATE / LOCATION / PHONE each at least as frequent as any other category, every kind
  tag used twice or more in both splits, slash commands start with "/", lowercase lines have no
  capital, caps lines no lower-case letter.
- All identifiers are invented: 555 phone and fax numbers, example.org / example.com / example.net
  e-mails and URLs, documentation IPs (198.51.100.0/24, 203.0.113.0/24), an SSN starting 912, made-up
  MRNs, member and Medicaid ids, account numbers, a CDL and a driver's licence, an NPI, plates, device
  serials, a palm-vein template id, an incident, a CPS case, a workers' comp claim and a study subject
  number. Towns and cities are real and used at random (mostly Wisconsin; also Evansville, Houston,
  Kyiv, Taipei, Lagos); streets, apartments, facilities and churches (Birchwood Ln, Orchard Ct, Hawthorne
  Dr, Fen Oak Ct, Rimrock Rd, County Rd K, Elmwood Ave, N 38th St, Cedar Ridge Rd, Industrial Dr,
  Pinecrest apartments, St. Agnes, St. Mary's, St. Luke's, Lakeview Children's, Oakbrook Family
  Medicine, Portage Memorial, Fox Valley Rehab, Bethany Lutheran) are invented or generic and may exist
  somewhere by chance. No real patients; any resemblance to a real person or record is accidental.
- Split: fixed seed 20290412, 2:1 dev / test, stratified exactly as v11 does (clean / not clean,
  setting, setting x clean, kind tags and span categories; shuffled with the seed, ordered by the rarity
  of the rarest feature, each message to the split whose 1/3 : 2/3 quota is least filled). Running
  `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file and prints the stats.
- Record format (same as v3-v11): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets.

## Annotation conventions
The conventions of v11 (bench/data/phi_chat_v11/SOURCE.md, which restates v10's and, through them,
v9's back to v5's) apply unchanged: NAME for any person (patient, relative, guardian, clinician, staff,
CPS worker, pastor, caller), titles (Mr., Mrs., Ms., Dr., "Mister" in dictation, Pastor, Nurse, RN, MA,
SLP, Intern, Fellow), kinship words and possessive 's outside; eponyms, brands, programmes and scales
never names; "LAST, FIRST M" one span; DATE for any date element more specific than a year (a month
alone, a weekday and a year alone are not); AGE only over 89, number expression only; LOCATION for
street addresses, streets, cities, ZIP codes and named places tied to a patient (a referring or
receiving hospital, clinic, rehab or church); e-mails, URLs and photo / video / voice file names one
span each; masked SSNs keep only the visible digits; rooms, beds, bays, extensions and pagers are not
annotated. Category names (exactly v11's): NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN,
ACCOUNT, LICENSE, VEHICLE, DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v12 (each follows from the earlier files):
- A building gate code ("2093") and an apartment's unit number are not annotated (like rooms; they do
  not identify a person by themselves); "Apt 3" written inside a street address is part of the one
  LOCATION span; a named apartment complex the patient lives in is LOCATION.
- A patient's workplace street address is LOCATION; the employer named generically ("the store") is
  not annotated (v9's employer rule).
- A birth date the family calls a placeholder (01/01/1979) is still DATE; "on the 14th" / "on the 19th"
  give DATE spans for the ordinal (v11).
- "Day-90 follow-up", "90 minutes", "90 min", "140/90", "age 80 or older", "She's 89" are not AGE;
  "turns 90", "He turned 90", "a 98-year-old", "Ninety-four-year-old" ("Ninety-four"), "ninety two year
  old" in dictation ("ninety two") are.
- A fetal ultrasound image file and a rash photo file are PHOTO (v10 / v7), also when the file name
  embeds the surname; an EEG video file is PHOTO (v10's gait videos); a research voice recording is
  BIOMETRIC (v11's recorded interview); a palm-vein template id at a kiosk is BIOMETRIC (v11).
- A 911 incident number, a CPS case number, a workers' comp claim and a study subject id are ID; an NPI
  is LICENSE (v11); a CDL number and a driver's licence number are LICENSE; a home INR meter, a
  glucometer and an insulin pump serial are DEVICE (v10, patient devices); a guarantor account is
  ACCOUNT; a Medicare Advantage, commercial or Medicaid member id is HEALTH_PLAN.
- A login user name that spells a person ("mlarkin") is NAME (v10); a chart-access IP is IP; the city
  a relative reads the portal from (Lagos) is LOCATION (v11: a relative's city).
- A public figure in a support-group name ("Lou Gehrig") is not NAME (v11); the patient's wife next to
  it is. A country (Samoa, Germany) is never LOCATION.
- Cities are LOCATION when tied to a patient or relative (the town a relative drives from, the town of
  an outside lab, the city of an earlier operation, a swim-meet city); "Racine" as where a father is
  coming from is LOCATION.

## Slips and limits disclosed
- The first full run of build.py failed `check_no_reuse` on three strings quoted in the v9-v11 files:
  "90-day" (twice) and "the 22nd". They were rewritten ("three-month supplies", "on the 19th", "Day-90
  follow-up") before the final build. The single name tokens shared with those files are listed after
  the counts; they are common names (Ann, Park, Pham, Reyes, Ruiz, Soto ...), none was copied.
- Listing bench/data/ to find the allowed files showed the names of other folders there (drafting
  folders, phi_chat.jsonl, the v2-v8 folders); none was opened. `git status --short` was checked.
- The messages were drafted as text files in a scratch folder (/tmp) and joined into this build.py,
  which was then run in place; only the four files of this folder were written in the repository, and
  nothing was committed.
- Some names recur on purpose for the same invented person (Iona McAllister at intake and in the
  speech study; Vernon Pettibone on the attendance list, by given name and in the driving message;
  Mr. Haugland at the gate code and the 911 incident; Mr. Varughese at the stroke and the research
  consent; Mrs. Kessler-Dunn's INR and her outside script; Rojas in two OB messages; Kiana in two
  endocrine messages; Moreau on the consult list and the comp claim). Annotations are the same each
  time. A few surnames or given names recur for different people by chance (Harold, Curtis).
- A few public facts appear in clean messages: guideline bodies, trials (BRIDGE, POINT, CHANCE), brands
  and a cartoon (Paw Patrol, Bluey). Lou Gehrig appears in one identifier message as a public
  reference, unannotated.
- Realism limits: the rarer categories appear more often than they would in a week of real chat (so
  each reaches both splits); every ALL CAPS page and bot command is clean; "Đặng Văn Hùng" is the only
  name counted under a non-basic Latin block by the name-form line.
"""

if __name__ == "__main__":
    main()
