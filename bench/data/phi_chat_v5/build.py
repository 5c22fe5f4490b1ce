#!/usr/bin/env python3
"""Build the independent PHI evaluation set v5 (dev/test JSONL + SOURCE.md).

A synthetic week (Mon 7 - Sun 13 December 2026) of a busy hospital team's chat with the
clinical assistant bot: nurses, residents, attendings, pharmacists, case managers, social
workers, schedulers, unit clerks, consultants and therapists.  Every message below was written
by hand for this set by an author who did not read the detector's code, its tests or its
benchmark scripts, nor the messages of the earlier sets (v1-v4).  Only v3's and v4's SOURCE.md
and the helper / check / split code of v4's build.py were read; that structure is reused here.
All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone numbers,
example.org / example.com / example.net domains, documentation IP ranges, SSNs starting 9xx or
000, made-up MRNs, member ids, plates, VINs, serials, licence numbers).

Offsets are computed with str.find on the exact identifier substring, scanning left to right,
so the spans of a message are listed in order of appearance.  A span may be given as
(substring, category, n) to take the n-th occurrence after the previous span (used when an
eponym, drug or ordinary word with the same spelling comes first).

Kept in build.py only (not written to the records): the role of the sender of each message
(first argument of M), the day of the week (DAY(...) before a group of messages), and the
inventory of capitalised clinical bait terms (T(kind, ...)) used in the clean messages.  The
checks make sure every inventory entry occurs in at least one clean message and in at most
MAX_REUSE of them, and SOURCE.md reports the counts.

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, re, collections

CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20261208
MSGS = []
ROLES = collections.OrderedDict([
    ("RN", "nurse / charge nurse"),
    ("RES", "resident / intern"),
    ("ATT", "attending / fellow / NP"),
    ("PHARM", "pharmacist"),
    ("CM", "case manager"),
    ("SW", "social worker"),
    ("SCHED", "scheduler"),
    ("CLERK", "unit clerk"),
    ("CONS", "consultant"),
    ("THER", "PT / OT / RT / dietitian / chaplain"),
])
DAYS = ["Mon 12/7", "Tue 12/8", "Wed 12/9", "Thu 12/10", "Fri 12/11", "Sat 12/12", "Sun 12/13"]
_DAY = [DAYS[0]]
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: signs, tests, manoeuvres, syndromes, fractures, operations, incisions, scales, devices"),
    ("place", "place-named diseases, viruses, criteria, classifications, braces, formulas"),
    ("brand", "drug, formula, dressing and product brands (many are given names or words)"),
    ("organism", "organisms (genus / species)"),
    ("gene", "gene and protein symbols"),
    ("trial", "trials, studies and registries"),
    ("score", "named scores, scales, tools and classifications that are not eponyms"),
    ("org", "organisations, guideline bodies, insurers, companies and programmes"),
])
TERMS = collections.OrderedDict((k, []) for k in TERM_KINDS)
MAX_REUSE = 4

# invisible / special characters used in the Unicode variants (pasted-from-EHR noise)
ZW, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
LRM, RLM = "\u200e", "\u200f"
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

def AR(s):
    """ASCII digits -> Arabic-Indic digits (U+0660..)."""
    return "".join(chr(0x0660 + int(c)) if c.isdigit() and c.isascii() else c for c in s)

CYR_a = "\u0430"   # Cyrillic small a
CYR_o = "\u043e"   # Cyrillic small o
CYR_e = "\u0435"   # Cyrillic small ie

def DAY(d):
    """Set the day of the week of the messages that follow (kept in build.py only)."""
    assert d in DAYS, d
    _DAY[0] = d

def T(kind, *terms):
    """Register capitalised clinical bait terms used in the clean messages."""
    assert kind in TERMS, kind
    TERMS[kind].extend(terms)

def M(role, text, spans, kinds):
    assert role in ROLES, role
    ks = []
    for k in kinds.split():
        if k not in ks:
            ks.append(k)
    assert 1 <= len(ks) <= 4, (text, ks)
    MSGS.append((text, spans, ks, role, _DAY[0]))

# =============================================================================================
# Monday 12/7
# =============================================================================================
DAY("Mon 12/7")
M("RN", "morning all, 5 West is at 31/32 with two pending from the ED. bed 14 is blocked for enhanced cleaning until 0900",
  [], "room-bed-number score-fraction clock-time")
M("RES", "overnight sign-out: bed 4 Ramirez - CHF, diuresed 2.1 L, K 3.4 repleted. bed 6 Oyelaran - COPD on 2L, nebs q4. bed 9 Kessler - POD 2 lap chole, ok to advance diet",
  [("Ramirez", "NAME"), ("Oyelaran", "NAME"), ("Kessler", "NAME")], "handoff-list name-surname-only name-list")
T("trial", "EMPULSE", "SOLOIST")
M("ATT", "/evidence SGLT2 inhibitor started inpatient for decompensated HF - EMPULSE vs SOLOIST, any mortality signal or just KCCQ?",
  [], "slash-command trial-name")
T("brand", "Zosyn", "Flagyl", "Unasyn")
M("PHARM", "heads up Zosyn is short again. swapping to cefepime + Flagyl for intra-abdominal unless allergy, Unasyn still fine for aspiration",
  [], "drug-brand-name")
M("CLERK", "Dr. Osei's office called, wants the echo report on Haddad faxed to (608) 555-0193 before 11",
  [("Osei", "NAME"), ("Haddad", "NAME"), ("(608) 555-0193", "FAX")], "name-clinician name-possessive fax")
M("RN", "Hope in 12 keeps asking for her phone charger, can someone grab one from the desk",
  [("Hope", "NAME")], "name-common-word name-given-only name-message-start")
T("brand", "Veltassa")
M("RES", "Hope the 0800 BMP is back before rounds, K was 5.9 at 0200 after the Veltassa",
  [], "common-word-not-name dose-lab drug-brand-name")
M("CM", "Ramirez going to Cedar Hollow SNF if a bed opens Wed; they want the PASRR and 3 days of MAR faxed to 414-555-0127",
  [("Ramirez", "NAME"), ("Cedar Hollow SNF", "LOCATION"), ("414-555-0127", "FAX")], "discharge-planning facility fax")
T("eponym", "Kussmaul", "Cheyne-Stokes", "Biot")
M("ATT", "teaching point for today: Kussmaul breathing vs Cheyne-Stokes vs Biot - the MICU fellow showed all three on telemetry waveforms",
  [], "eponym")
T("brand", "Lovenox")
M("RN", "bed 11 refusing Lovenox again, says the belly bruising is bad. ok to offer SCDs only or do we want heparin 5000 q8?",
  [], "drug-brand-name room-bed-number dose-lab")
M("SW", "spoke w/ pt's niece Faith Adebayo-Kerr, she is the HCPOA, paperwork scanned under media. her number 773-555-0142",
  [("Faith Adebayo-Kerr", "NAME"), ("773-555-0142", "PHONE")], "name-relative name-hyphenated name-common-word phone")
M("RES", "bed 15 is a 94F with hip fx from her ALF, ortho wants her as first case. daughter at bedside",
  [("94", "AGE")], "age-over-89-digits room-bed-number")
T("eponym", "Tinetti")
M("THER", "PT: bed 3 ambulated 150 ft with rolling walker, CGA, Tinetti 18/28. rec home with HH PT and a shower chair",
  [], "eponym score-fraction")
M("SCHED", "can we move Kowalczyk's colonoscopy from 12/10 to 12/14? prep not completed",
  [("Kowalczyk", "NAME"), ("12/10", "DATE"), ("12/14", "DATE")], "scheduling date-numeric name-possessive")
T("organism", "Enterococcus faecalis")
T("trial", "POET")
M("CONS", "ID here - Enterococcus faecalis in 2/2 bottles needs a TEE. if the valve is clean we can step down to oral per POET",
  [], "organism trial-name score-fraction consult-request")
M("RN", "FYI RAMIREZ IN 4 HAS A FALL RISK BAND NOW, MORSE 65",
  [("RAMIREZ", "NAME")], "name-allcaps allcaps")
T("brand", "Pyxis", "Omnicell")
M("CLERK", "the Pyxis on 5W is down again, pharmacy says 30 min. override meds from the 6W Omnicell for now",
  [], "capitalized-word admin-chatter")
M("PHARM", "vanc level for Tran (bed 8) 22.4, holding the 1200 dose. he's on pip-tazo too, AKI risk",
  [("Tran", "NAME")], "name-surname-only dose-lab")
M("ATT", "family meeting for Mrs. Beaulieu at 2pm, conf room B. her son Grant wants to be on speaker from the airport",
  [("Beaulieu", "NAME"), ("Grant", "NAME")], "family-update name-common-word name-relative")
M("RES", "Grant funding for the sepsis navigator ended, so the bundle audit is on the residents again",
  [], "common-word-not-name admin-chatter")
T("brand", "Coreg")
M("RN", "bed 2 BP 86/50 after the 1400 Coreg, asymptomatic, HR 58. hold the evening dose?",
  [], "vitals drug-brand-name")
M("RES", "admit: 67M from Lakeside Dialysis, missed 2 sessions, K 7.1, peaked T waves. nephro paged",
  [("Lakeside Dialysis", "LOCATION")], "facility age-under-90 dose-lab")
M("CONS", "nephro: Lakeside says his dry weight is 82 kg, access is L AVF, last HD 12/4. we can run him at 1500",
  [("Lakeside", "LOCATION"), ("12/4", "DATE")], "facility date-numeric consult-request")
T("org", "Siemens")
M("SCHED", "reminder: no elective MRIs Tuesday 0600-1000, the 3T magnet is being serviced by Siemens",
  [], "weekday clock-time company")
T("org", "Medicare", "Humana")
M("CM", "Medicare 3-midnight rule met for bed 7 so the SNF benefit applies. Humana MA plans still need their own auth though",
  [], "insurer discharge-planning")
M("RN", "pt in 10 (Joy) says pain is 8/10 after PT, ok for the PRN oxy early?",
  [("Joy", "NAME")], "name-common-word name-given-only score-fraction")
T("brand", "Bactrim", "Cipro")
M("ATT", "/draft patient instructions for warfarin: INR goal 2-3, keep vitamin K steady, no Bactrim or Cipro without calling the anticoag clinic",
  [], "slash-command drug-brand-name")
T("brand", "Entresto")
T("org", "HFSA")
M("PHARM", "formulary note: Entresto is first-line for HFrEF on our pathway per the 2022 AHA/ACC/HFSA guideline, 36h washout from the ACEi",
  [], "guideline drug-brand-name year-only")
M("RES", "Ramirez, Luis A. - BNP 1840 -> 960, weight down 3 kg. switch to PO torsemide tomorrow?",
  [("Ramirez, Luis A.", "NAME")], "name-last-first name-message-start dose-lab")
M("RN", "ramirez daughter here, wants to know if he can have coffee",
  [("ramirez", "NAME")], "name-lowercase lowercase family-update")
M("CLERK", "new admit to bed 17: BRANDT-MOLINA, ESTELLE R, MRN 40918273, from ED, attending Dr. Whitcombe",
  [("BRANDT-MOLINA, ESTELLE R", "NAME"), ("40918273", "MRN"), ("Whitcombe", "NAME")], "name-last-first name-allcaps mrn name-clinician")
T("eponym", "Sweet syndrome")
M("CONS", "derm: this is Sweet syndrome, not cellulitis. neutrophilic dermatosis - check a smear for AML/MDS, steroids will work fast",
  [], "eponym capitalized-word consult-request")
T("eponym", "Gram stain", "Kocher criteria")
M("RES", "Gram stain from the knee tap: GPC in clusters, WBC 78k. ortho washing it out tonight, Kocher criteria 4/4",
  [], "eponym dose-lab score-fraction")
M("ATT", "Beaulieu is 91 and DNR/DNI, her POLST is on the fridge at home per the son",
  [("Beaulieu", "NAME"), ("91", "AGE")], "age-over-89-digits name-surname-only name-message-start")
M("SW", "APS report filed for bed 20, they'll send an investigator Tuesday. pt has capacity per psych",
  [], "room-bed-number weekday")
M("THER", "RT: Mr. Haddad's home BiPAP is set 14/6, device serial AP7731X90 - can family bring it in from home",
  [("Haddad", "NAME"), ("AP7731X90", "DEVICE")], "device-serial name-possessive")
T("brand", "Keppra", "Vimpat", "Dilantin")
M("PHARM", "Keppra IV to PO is 1:1, no adjustment. Vimpat same. Dilantin is the one with the salt factor",
  [], "drug-brand-name")
T("eponym", "Light's criteria")
M("RES", "question for the bot: Light's criteria with pleural protein 3.1, serum 5.8, pleural LDH 260, serum 210 - exudate?",
  [], "eponym no-patient-question dose-lab")
M("SCHED", "pt Delacroix, Hope needs cards f/u in 2 wks, Dr. Anand's clinic has 12/21 at 9:40 or 12/22 at 1:15",
  [("Delacroix, Hope", "NAME"), ("Anand", "NAME"), ("12/21", "DATE"), ("12/22", "DATE")], "scheduling name-last-first date-numeric name-common-word")
M("RN", "Bay 3 in PACU is holding our 0730 ortho case, they want report called by 0800",
  [], "room-bed-number clock-time")
M("CONS", "cards fellow here (Dr. Iyer) - saw Ramirez, agree with GDMT, add spironolactone once K <5. pager 4471",
  [("Iyer", "NAME"), ("Ramirez", "NAME")], "name-clinician consult-request")
M("CM", "home health agency can't take Kessler, out of their area (he lives in Zion). trying another one",
  [("Kessler", "NAME"), ("Zion", "LOCATION")], "city discharge-planning name-surname-only")
T("eponym", "Kerley B", "Westermark sign")
M("RES", "lol the CXR on bed 19 has Kerley B lines AND a Westermark sign per me, radiology says atelectasis",
  [], "eponym")
M("RN", "Drew from transport is here for bed 9, ok to go down to CT without the tele box?",
  [("Drew", "NAME")], "name-common-word name-given-only name-message-start")
M("RES", "Drew cultures x2 and a lactate on bed 9 before the cefepime, lactate 3.1, bolusing 30 mL/kg",
  [], "common-word-not-name dose-lab")
T("eponym", "Hampton hump", "Palla sign")
M("ATT", "for the students: Hampton hump and Palla sign are in every board question and almost never on a real film",
  [], "eponym")
M("PHARM", "Mrs. Nakashima's fill history shows Eliquis 5 bid AND Xarelto 20 filled 11/28 - need to clarify with her",
  [("Nakashima", "NAME"), ("11/28", "DATE")], "name-possessive date-numeric drug-brand-name")
M("CLERK", "cafeteria closes at 1900 tonight for the holiday party, vending machines on 2 take cards",
  [], "clock-time admin-chatter")
M("SW", "pt's wife Rose (cell 262-555-0186) is the only contact, son estranged. she doesn't drive",
  [("Rose", "NAME"), ("262-555-0186", "PHONE")], "name-relative name-common-word phone")
T("brand", "Jevity", "Prosource")
M("THER", "dietitian: bed 8 on Jevity 1.5 at 55, goal 60. add Prosource bid for protein, prealbumin useless while inflamed",
  [], "drug-brand-name dose-lab")
M("RES", "Kessler, Walt (bed 9) lives alone at 1142 Ardmore Ave #3 with two cats - needs PT/OT eval before dc",
  [("Kessler, Walt", "NAME"), ("1142 Ardmore Ave #3", "LOCATION")], "name-last-first address discharge-planning")
T("place", "Prague")
M("CONS", "GI: EGD showed LA grade C esophagitis and a 3 cm hiatal hernia, Prague C2M4. PPI bid x8 wk then repeat scope",
  [], "place-disease code-number")
T("eponym", "Hoyer lift")
M("RN", "anyone know if the Hoyer lift pads are back from laundry? bed 21 wants to get up to the chair",
  [], "eponym room-bed-number")
M("RN", "Mr. Hoyer in 21 asked if the Hoyer lift is named after him lol. he wants to sit up for lunch",
  [("Hoyer", "NAME")], "name-collision name-surname-only")
T("brand", "Brilinta")
M("ATT", "/draft discharge summary bed 5: NSTEMI, LHC with DES to LAD, DAPT with Brilinta x12 mo, cardiac rehab referral",
  [], "slash-command drug-brand-name")
M("RES", "/draft discharge summary for Ines Carvalho, adm 12/3, dc 12/7, pyelo with E coli bacteremia, home on cephalexin x10d",
  [("Ines Carvalho", "NAME"), ("12/3", "DATE"), ("12/7", "DATE")], "slash-command date-numeric name-plain")
M("SCHED", "IR can fit two paracenteses Thursday afternoon, send orders by noon Wed",
  [], "weekday scheduling")
T("org", "BCBS")
M("CM", "BCBS denied inpatient status for bed 12, peer-to-peer window closes 1700 tomorrow, attending needs to call",
  [], "insurer insurance-call clock-time")
M("CM", "peer to peer for Ochoa: Cigna ref # PA-26-1184307, reviewer is Dr. Blanchard, call 800-555-0171 opt 3",
  [("Ochoa", "NAME"), ("PA-26-1184307", "ID"), ("Blanchard", "NAME"), ("800-555-0171", "PHONE")], "insurance-call other-id phone name-clinician")
M("RN", "rapid response bed 16: HR 142 afib RVR, BP 98/60. dilt 10 IV given, rate 105 now",
  [], "vitals page")
M("RN", "RRT bed 16, pt is Ambrose Vella, 93, hx afib, wife Pat at bedside",
  [("Ambrose Vella", "NAME"), ("93", "AGE"), ("Pat", "NAME")], "age-over-89-digits name-relative name-common-word")
T("score", "CHA2DS2-VASc", "HAS-BLED")
M("RES", "CHA2DS2-VASc 5, HAS-BLED 2, already anticoagulated - rate control only, no TEE, it's been afib for years",
  [], "score-fraction")
T("brand", "Tegaderm")
M("ATT", "Pat dry before applying the Tegaderm, the last one peeled off in an hour",
  [], "common-word-not-name drug-brand-name")
T("brand", "Protonix")
T("eponym", "Forrest Ia")
M("PHARM", "Protonix drip is short, use IV 40 bid for non-variceal bleeds unless high-risk Forrest Ia/Ib",
  [], "drug-brand-name eponym")
M("RES", "Forrest Lindgren (bed 18) - EGD found a Forrest IIa ulcer, clipped, on PPI drip",
  [("Forrest Lindgren", "NAME")], "name-collision name-common-word name-message-start")
M("CLERK", "badge printer jammed, RN Kim is covering the desk while I'm in the basement",
  [("Kim", "NAME")], "name-clinician name-short")
T("eponym", "Allen Cognitive Level")
M("THER", "OT: bed 14 cognitively ok, Allen Cognitive Level 5.2, fine for home with supervision for meds",
  [], "eponym")
M("THER", "chaplain visit done for Mr. Allen in 14, he asked for his priest, Father Okoro, to come by Wednesday",
  [("Allen", "NAME"), ("Okoro", "NAME")], "name-surname-only name-plain")
M("ATT", "Graham-Whitfield, the 97yo in 22, is comfort care now. family aware, chaplain called",
  [("Graham-Whitfield", "NAME"), ("97", "AGE")], "name-hyphenated age-over-89-digits name-message-start")
M("CLERK", "Graham crackers and ginger ale are on the cart for the families in the lounge",
  [], "capitalized-word admin-chatter")
T("eponym", "Ranson")
T("score", "BISAP")
M("RES", "Ranson is outdated, use BISAP - bed 19 BISAP 3, moving to stepdown",
  [], "eponym score-fraction")
M("CONS", "neuro: Ms. Yilmaz has a left Horner with neck pain - CTA for dissection now please. reach me at 414-555-0109",
  [("Yilmaz", "NAME"), ("414-555-0109", "PHONE")], "consult-request phone name-plain")
M("SCHED", "Horner, Lydia - sleep study moved to Dec 18 at 8pm, pt aware",
  [("Horner, Lydia", "NAME"), ("Dec 18", "DATE")], "name-last-first date-written scheduling name-message-start")
T("eponym", "Horner syndrome")
M("RN", "new Horner syndrome on the left in bed 11 post carotid endarterectomy, vascular aware",
  [], "eponym")
T("brand", "Narcan")
M("PHARM", "Narcan kits are stocked in the discharge pharmacy, every opioid discharge gets one per the new policy",
  [], "drug-brand-name")
T("place", "Ottawa knee rule")
M("RES", "do we still use the Ottawa knee rule for inpatient falls? bed 2 fell, bears weight, no bony tenderness",
  [], "place-disease quick-question")
T("org", "Medicaid")
M("SW", "reminder that Medicaid transport needs 48h notice and won't take wheelchair pts after 1600",
  [], "insurer relative-time")
M("CM", "Medicaid id for Oyelaran is YX40517722, plan is Molina, his case worker is Trina Boswell 312-555-0116",
  [("Oyelaran", "NAME"), ("YX40517722", "HEALTH_PLAN"), ("Trina Boswell", "NAME"), ("312-555-0116", "PHONE")], "health-plan name-plain phone")
M("RN", "bed 6 Oyelaran desat to 84% on 2L, up to 4L, RT aware. he's asking for Bill, his brother",
  [("Oyelaran", "NAME"), ("Bill", "NAME")], "name-common-word name-relative vitals")
M("CM", "Bill to Part B for the outpatient infusion, not Part A, she was obs",
  [], "common-word-not-name insurer")
T("eponym", "Fournier gangrene")
M("ATT", "Summer students present at noon conf, topic is Fournier gangrene",
  [], "common-word-not-name eponym")
M("RES", "Summer Adeyemi (bed 13) - cellulitis improving, LRINEC 3 so not worried about nec fasc",
  [("Summer Adeyemi", "NAME")], "name-common-word name-message-start")
M("CLERK", "lost and found: dentures in a blue case, found by the 5W elevator lobby",
  [], "admin-chatter")
M("PHARM", "DEA # has to be on the paper script for the C-II - Dr. Petrov's is FP4418270",
  [("Petrov", "NAME"), ("FP4418270", "LICENSE")], "clinician-license name-clinician")
T("eponym", "Wernicke")
M("RES", "is Wernicke still on the table if he's had thiamine 100 daily? bed 7 drinks a handle a day, ataxic",
  [], "eponym dose-lab")
T("score", "CIWA")
T("brand", "Ativan")
M("RN", "bed 7 CIWA 18 at 1100, gave Ativan 2 mg, recheck in 1h",
  [], "clock-time score-fraction drug-brand-name")
T("brand", "Vivitrol", "Campral")
M("CONS", "psych: bed 7 has capacity to leave AMA if he insists, but offer Vivitrol or Campral before he goes",
  [], "drug-brand-name consult-request")
M("RES", "bed 7 is Wendell Pruett (goes by 'Skip'), 58, EtOH w/d day 2",
  [("Wendell Pruett", "NAME"), ("Skip", "NAME")], "name-nickname age-under-90")
M("SW", "Skip's sister called, wants updates, but he didn't list her on the release so I said nothing",
  [("Skip", "NAME")], "name-nickname name-possessive family-update")
M("ATT", "Skip the 2100 insulin if she's NPO after midnight, just give 50% basal",
  [], "common-word-not-name clock-time")
M("CONS", "heme: Mrs. Cabot's smear has Cabot rings and basophilic stippling - send a lead level",
  [("Cabot", "NAME")], "name-collision name-possessive consult-request")
T("eponym", "Burkitt lymphoma")
M("RN", "bed 1 is a 44F for Burkitt lymphoma C1D1, TLS labs q6, rasburicase given",
  [], "eponym age-under-90")
M("CLERK", "family of Elmira Toussaint in 3 asking about parking - plate 8MKT229 got a ticket in the ED lot",
  [("Elmira Toussaint", "NAME"), ("8MKT229", "VEHICLE")], "vehicle name-plain")
T("eponym", "Schatzki")
M("ATT", "Monday reminder: noon conference is Grand Rounds - Schatzki rings and the other rings of the esophagus",
  [], "eponym weekday")
T("brand", "Optiflow")
T("score", "ROX index")
M("THER", "RT: bed 16 ROX index 5.6 on Optiflow 40L/50%, trending up, can probably wean",
  [], "score-fraction device-brand")
T("org", "Kaiser")
M("CM", "Kaiser members go through their own transfer center, not ours, before any SNF placement",
  [], "insurer discharge-planning")
M("ATT", "thanks @Osei for the quick read on that echo",
  [("Osei", "NAME")], "name-mention name-clinician thread-reply")
# =============================================================================================
# Tuesday 12/8
# =============================================================================================
DAY("Tue 12/8")
T("organism", "Candida auris")
M("RN", "0700 huddle: 2 discharges pending (beds 3 and 9), 1 transfer to 4 North, isolation carts needed for the MRSA and the Candida auris rule-out",
  [], "organism room-bed-number clock-time")
M("ATT", "Mrs. Beaulieu, 91, passed comfortably at 0412 with her son present. RN Delgado did post-mortem care",
  [("Beaulieu", "NAME"), ("91", "AGE"), ("Delgado", "NAME")], "age-over-89-digits name-clinician")
M("RES", "/draft death note - Beaulieu, Odile, 91F, DOB 02/14/1935, time of death 0412 on 12/8/2026, family at bedside",
  [("Beaulieu, Odile", "NAME"), ("91", "AGE"), ("02/14/1935", "DATE"), ("12/8/2026", "DATE")], "slash-command dob name-last-first age-over-89-digits")
M("CLERK", "funeral home for Beaulieu is Hartwell & Sons, fax 920-555-0139, they need the certificate signed today",
  [("Beaulieu", "NAME"), ("920-555-0139", "FAX")], "fax name-surname-only")
T("organism", "Pseudomonas")
T("org", "IDSA")
M("ATT", "/evidence Pseudomonas bacteremia with source control - 7 vs 14 days? and does the 2023 IDSA AMR guidance change anything",
  [], "slash-command organism guideline")
T("brand", "Fetroja")
T("organism", "Stenotrophomonas")
M("PHARM", "cefiderocol (Fetroja) is restricted, needs ID approval. for Stenotrophomonas start high-dose TMP-SMX and page ID",
  [], "drug-brand-name organism")
M("RN", "bed 4 Ramirez fluid restriction 1.5 L, he keeps asking his son Tony for Gatorade",
  [("Ramirez", "NAME"), ("Tony", "NAME")], "name-surname-only name-relative")
M("CM", "Cedar Hollow accepted Ramirez for tomorrow 12/9, transport booked 1100 with the medivan",
  [("Cedar Hollow", "LOCATION"), ("Ramirez", "NAME"), ("12/9", "DATE")], "facility date-numeric discharge-planning")
T("organism", "Histoplasma")
T("place", "Ohio Valley")
M("CONS", "ID: Histoplasma urine Ag positive, classic Ohio Valley exposure story. itraconazole, level in a week",
  [], "organism place-disease consult-request")
T("organism", "Coccidioides")
T("place", "Valley fever")
M("RES", "Coccidioides serologies sent - he winters out west, Valley fever is on the ddx with the erythema nodosum",
  [], "organism place-disease")
T("gene", "BRCA2", "PALB2")
T("trial", "OlympiA")
M("RES", "BRCA2 carrier, PALB2 negative, her oncologist wants adjuvant olaparib after the OlympiA data",
  [], "gene-protein trial-name")
M("SW", "Beaulieu's son Grant landed and is at bedside. daughter-in-law Marguerite is on the phone from home",
  [("Beaulieu", "NAME"), ("Grant", "NAME"), ("Marguerite", "NAME")], "name-relative name-possessive family-update")
T("gene", "HFE")
M("CONS", "genetics: HFE C282Y homozygous, ferritin 2100 - weekly phlebotomy, screen first-degree relatives",
  [], "gene-protein dose-lab consult-request")
T("gene", "JAK2", "CALR", "MPL")
M("ATT", "JAK2 V617F negative, so send CALR and MPL before we call it ET",
  [], "gene-protein")
M("RN", "handoff: 6 - Oyelaran weaned to 2L, sat 92. 8 - Tran afebrile. 9 - Kessler dc pending PT. 12 - Delacroix BP soft",
  [("Oyelaran", "NAME"), ("Tran", "NAME"), ("Kessler", "NAME"), ("Delacroix", "NAME")], "handoff-list name-list name-surname-only")
T("eponym", "Braden")
T("brand", "Dolphin")
M("RN", "Tues reminder: Braden under 12 gets the Dolphin mattress, call the bed vendor before 1500",
  [], "eponym drug-brand-name weekday")
T("eponym", "Yankauer")
M("THER", "SLP: bed 11 failed bedside swallow, FEES Wednesday, NPO except crushed meds in puree, Yankauer at bedside",
  [], "eponym weekday")
M("ATT", "PAGE from 5W: bed 13 Adeyemi T 102.3, HR 118. call x4420",
  [("Adeyemi", "NAME")], "page temperature name-surname-only")
M("RES", "Summer's blood cx growing GPC in chains, likely strep, but that Tmax of 102.3 worries me",
  [("Summer", "NAME")], "name-common-word name-given-only name-possessive")
T("org", "UnitedHealthcare", "naviHealth")
M("CM", "UnitedHealthcare wants a naviHealth review before any SNF, that's 72h easy",
  [], "insurer discharge-planning")
M("CONS", "ID: for Adeyemi, Summer - Streptococcus pyogenes, pen G plus clinda for toxin, IVIG if she crumps",
  [("Adeyemi, Summer", "NAME")], "name-last-first consult-request")
M("SW", "Tuesday grief group moved to the Serenity room, 4 pm, open to staff too",
  [], "capitalized-word weekday admin-chatter")
M("SCHED", "Mr. Haddad's PFTs are 12/15 at 0800 at the Brookfield Outpatient Center, tell him no inhaler that morning",
  [("Haddad", "NAME"), ("12/15", "DATE"), ("Brookfield Outpatient Center", "LOCATION")], "scheduling date-numeric facility name-possessive")
M("SCHED", "echo lab has no TEE slots until Thursday unless anesthesia can support an add-on",
  [], "weekday scheduling")
M("CLERK", "Nakashima's daughter wants to leave her number: 847 555 0125, she's the one who manages meds",
  [("Nakashima", "NAME"), ("847 555 0125", "PHONE")], "phone name-possessive")
M("RN", "Nakashima says her neighbor Dale fills her pill box every Sunday",
  [("Nakashima", "NAME"), ("Dale", "NAME")], "name-common-word name-surname-only name-message-start")
M("PHARM", "heparin nomogram change: anti-Xa goal 0.3-0.7 now, no more aPTT-based titration on 5W",
  [], "dose-lab")
T("eponym", "Dressler")
T("trial", "COPPS")
M("ATT", "Dressler vs post-pericardiotomy, either way colchicine + NSAID per COPPS",
  [], "eponym trial-name")
T("eponym", "Libman-Sacks")
T("place", "Sydney criteria")
M("RES", "is Libman-Sacks a reason to anticoagulate if she's triple positive? meets APS by Sydney criteria",
  [], "eponym place-disease quick-question")
M("RES", "yilmaz CTA: R ICA dissection, neuro says aspirin alone per CADISS. she's 39",
  [("yilmaz", "NAME")], "name-lowercase lowercase age-under-90")
T("eponym", "Schirmer", "Sjogren")
M("CONS", "rheum: Schirmer 3 mm, anti-Ro positive - this is Sjogren, not just dry eye",
  [], "eponym consult-request")
M("RN", "bed 18 vomited coffee grounds x1, Hgb 7.4 from 8.9, BP holding. GI aware, 2 large bore PIVs in",
  [], "vitals dose-lab")
T("place", "Glasgow-Blatchford")
T("eponym", "Rockall")
M("RES", "Glasgow-Blatchford 12 and Rockall 5 for bed 18 - ICU eval?",
  [], "place-disease eponym score-fraction")
M("CM", "Lindgren, Forrest - Tricare, sponsor SSN last 4 is 0271 per the card",
  [("Lindgren, Forrest", "NAME"), ("0271", "SSN")], "ssn-partial name-last-first insurance-call")
M("SW", "Mr. Lindgren's wife is April, she works nights, best to call after 2pm",
  [("Lindgren", "NAME"), ("April", "NAME")], "name-common-word name-relative name-possessive")
M("CONS", "GI: Lindgren's repeat Hgb is stable, ok for clears, we'll see him in clinic 1/5",
  [("Lindgren", "NAME"), ("1/5", "DATE")], "date-numeric consult-request")
T("place", "Pontiac fever")
T("organism", "Legionella")
M("ATT", "Pontiac fever is Legionella without pneumonia and it's self-limited, we don't need a urine Ag on every flu-like illness",
  [], "place-disease organism")
M("ATT", "Legionella urine Ag positive for Mr. Okafor - he lives in Pontiac, near the cooling tower they shut down",
  [("Okafor", "NAME"), ("Pontiac", "LOCATION")], "city name-plain")
M("ATT", "Okafor's sputum grew Legionella too, he's 90 so I'm keeping him an extra day",
  [("Okafor", "NAME"), ("90", "AGE")], "age-over-89-digits name-possessive")
T("eponym", "Epley", "Dix-Hallpike")
M("CONS", "ENT: Epley done at bedside, Dix-Hallpike negative afterwards, ok to dc with meclizine prn",
  [], "eponym consult-request")
T("eponym", "Holter")
T("brand", "Zio")
M("RN", "bed 5 Holter is on, they want 48h then a Zio patch as outpatient",
  [], "eponym drug-brand-name relative-time")
T("eponym", "Berg")
M("THER", "PT: Berg 38/56 today, fall risk - rec SNF vs home with 24/7 supervision",
  [], "eponym score-fraction not-a-date")
M("THER", "PT eval for Brandt-Molina done, she's 96 and walks with a cane at baseline, ok for home with family",
  [("Brandt-Molina", "NAME"), ("96", "AGE")], "age-over-89-digits name-hyphenated")
M("RN", "Estelle in 17 wants her hearing aids from home, son Mateo is bringing them tonight",
  [("Estelle", "NAME"), ("Mateo", "NAME")], "name-given-only name-relative name-message-start")
T("brand", "Augmentin")
M("RES", "day 3/7 of ceftriaxone for the pyelo in 20, ok to switch to PO Augmentin? cx pan-sensitive",
  [], "not-a-date drug-brand-name")
T("brand", "Tylenol")
M("PHARM", "reminder: Tylenol max 3 g/day for our elderly and liver pts, 4 g only if you really mean it",
  [], "drug-brand-name dose-lab")
M("PHARM", "Vella's outside fill history: digoxin 0.125 (!) and diltiazem ER 240. dig level with am labs",
  [("Vella", "NAME")], "name-possessive dose-lab name-message-start")
M("RES", "Ambrose (bed 16) asking if he can go home before his birthday on the 12th, he'll be 94",
  [("Ambrose", "NAME"), ("12th", "DATE"), ("94", "AGE")], "date-ordinal age-over-89-digits name-given-only")
T("org", "Aetna")
M("CM", "Aetna wants the 2-midnight expectation spelled out in the H&P, not just the order",
  [], "insurer")
T("org", "Ronald McDonald House")
M("SW", "reminder: the Ronald McDonald House is for families of kids only. for adult pts' families try the hospitality house on campus",
  [], "organization relative-not-named")
M("ATT", "Dr. Whitcombe is out tomorrow, Dr. Nwachukwu-Baptiste is covering Team B",
  [("Whitcombe", "NAME"), ("Nwachukwu-Baptiste", "NAME")], "name-clinician name-hyphenated")
T("eponym", "Mallampati")
T("score", "STOP-BANG")
M("RES", "Mallampati 4, neck 45 cm, STOP-BANG 6 - anesthesia should know before the EGD",
  [], "eponym score-fraction")
M("CLERK", "name band misprint: pt in 19 is Sebastián Ruiz-Olmedo, not Sebastian Ruiz, reprinting now",
  [("Sebastián Ruiz-Olmedo", "NAME"), ("Sebastian Ruiz", "NAME")], "name-hyphenated name-multi-part")
T("eponym", "Cockcroft-Gault")
M("ATT", "don't run Cockcroft-Gault on actual weight for bed 12, she's 140 kg - use adjusted body weight",
  [], "eponym dose-lab")
M("RES", "Toussaint family meeting tomorrow; granddaughter Crystal is the spokesperson",
  [("Toussaint", "NAME"), ("Crystal", "NAME")], "name-common-word name-relative")
M("RN", "Crystal clear urine in 19 now after the CBI, titrating down",
  [], "common-word-not-name room-bed-number")
M("CONS", "ortho: Brandt-Molina s/p hemiarthroplasty 12/7, WBAT, posterior hip precautions, f/u with Dr. Sato in 2 wks",
  [("Brandt-Molina", "NAME"), ("12/7", "DATE"), ("Sato", "NAME")], "date-numeric name-clinician consult-request")
M("CM", "Kessler will stay with his brother: 77 Lorraine Ct, Waukegan 60085",
  [("Kessler", "NAME"), ("77 Lorraine Ct", "LOCATION"), ("Waukegan", "LOCATION"), ("60085", "LOCATION")], "address city zip discharge-planning")
M("SCHED", "Kessler, Walter J - surgery f/u with Dr. Mbeki on 12/21 at 10:15, clinic will call 224-555-0150 to confirm",
  [("Kessler, Walter J", "NAME"), ("Mbeki", "NAME"), ("12/21", "DATE"), ("224-555-0150", "PHONE")], "scheduling name-last-first date-numeric phone")
M("RN", "his son wants the discharge paperwork emailed to t.kessler.jr@example.com - can we even do that?",
  [("t.kessler.jr@example.com", "EMAIL")], "email quick-question")
M("RES", "HPI: Mr. Bartholomew Quaye is a 92 y/o M w/ HFpEF, CKD 3b, presenting from Willow Bend Assisted Living with 2 days of confusion",
  [("Bartholomew Quaye", "NAME"), ("92", "AGE"), ("Willow Bend Assisted Living", "LOCATION")], "pasted-note age-over-89-digits facility")
T("brand", "Syeda", "Ocella")
M("PHARM", "Syeda and Ocella are both drospirenone/EE 3/0.03, either one is fine, use what's on formulary",
  [], "drug-brand-name")
M("PHARM", "Syeda Rahman in 11 is on Syeda for contraception - not a duplicate order, the name just matches the brand",
  [("Syeda Rahman", "NAME")], "name-drug-collision name-plain")
T("eponym", "Chvostek", "Trousseau")
M("RN", "bed 11 post thyroidectomy, tingling lips, Chvostek positive, Trousseau equivocal. ionized Ca sent",
  [], "eponym")
T("brand", "Kayexalate", "Lokelma")
M("PHARM", "we're phasing out Kayexalate, Lokelma is the default binder now for inpatient hyperK",
  [], "drug-brand-name")
T("place", "Bethesda")
M("CONS", "endo: FNA is Bethesda III, send Afirma molecular before deciding on lobectomy",
  [], "place-disease consult-request")
M("CLERK", "reminder to sign your timecards by Thursday noon, payroll will not chase you",
  [], "weekday admin-chatter")
T("eponym", "Murphy sign")
M("RES", "RUQ US: stones, GB wall 5 mm, sonographic Murphy sign positive. surgery consulted",
  [], "eponym consult-request")
M("RES", "Murphy (bed 20) wants to know why his surgery got bumped again, he's been NPO since midnight",
  [("Murphy", "NAME")], "name-collision name-surname-only name-message-start")
T("trial", "DAPA-CKD")
M("ATT", "/evidence dapagliflozin in CKD without diabetes, eGFR 28 - DAPA-CKD enrolled down to 25, right?",
  [], "slash-command trial-name dose-lab")
M("RN", "bed 21 family asking about visiting after 8, they're from out of town",
  [], "relative-not-named room-bed-number")
M("CM", "Okafor's son Chinedu will pick him up, lives at 3318 W Rosemont, can take him home Thu",
  [("Okafor", "NAME"), ("Chinedu", "NAME"), ("3318 W Rosemont", "LOCATION")], "name-relative address discharge-planning")
T("eponym", "Foley")
M("RN", "Foley out at 0600 in bed 3, voided 350 at 1030, bladder scan 40",
  [], "eponym clock-time")
M("RN", "Mrs. Foley in 3 is asking when her own Foley comes out. told her it already did lol",
  [("Foley", "NAME")], "name-collision name-plain")
M("THER", "dietitian: renal diet for bed 1, 2 g K, 800 mg phos, consider Nepro overnight",
  [], "dose-lab drug-brand-name")
T("brand", "Nepro")
# =============================================================================================
# Wednesday 12/9
# =============================================================================================
DAY("Wed 12/9")
M("RES", "Team A list: 1 Vella afib, rate ok. 2 Okonjo syncope w/u. 5 Pham-Whitaker NSTEMI post-cath. 13 Adeyemi cellulitis. 16 empty",
  [("Vella", "NAME"), ("Okonjo", "NAME"), ("Pham-Whitaker", "NAME"), ("Adeyemi", "NAME")], "handoff-list name-list name-surname-only name-hyphenated")
T("eponym", "Brugada")
M("CONS", "cards: Brugada type 1 pattern only with the fever, no ICD for now, treat fever aggressively and avoid the drugs on the list",
  [], "eponym consult-request")
T("eponym", "Wellens")
M("RES", "bed 5 pain-free with Wellens T waves in V2-V3 - cath lab aware, NO stress test",
  [], "eponym allcaps")
M("CLERK", "Ramirez left for Cedar Hollow at 1115. belongings photo saved as IMG_20261209_111502.jpg in his media tab",
  [("Ramirez", "NAME"), ("Cedar Hollow", "LOCATION"), ("IMG_20261209_111502.jpg", "PHOTO")], "photo-filename facility discharge-planning")
M("RN", "wound photo for bed 13 uploaded: adeyemi_leg_1209.png - erythema receding from the marked line",
  [("adeyemi_leg_1209.png", "PHOTO")], "photo-filename")
T("eponym", "Osborn waves")
T("brand", "Bair Hugger")
M("RN", "Osborn waves on the 12-lead at core temp 31.8 C, Bair Hugger on, warm fluids running",
  [], "eponym temperature drug-brand-name")
M("RN", "Hunter in 14 (the 19yo) wants to walk to the vending machine, ok off tele for 10 min?",
  [("Hunter", "NAME")], "name-common-word name-given-only name-message-start")
T("eponym", "Hunter syndrome")
M("ATT", "Hunter syndrome pt transitioning from peds to adult clinic, ERT infusions every Wednesday at the infusion center",
  [], "eponym weekday")
M("ATT", "Mr. Parkinson in 2 does NOT have Parkinson disease, it's essential tremor. pls fix the problem list",
  [("Parkinson", "NAME")], "name-collision name-surname-only")
T("eponym", "Janeway lesions", "Roth spots")
T("score", "Duke criteria")
M("RES", "Janeway lesions on both soles plus Roth spots per ophtho - that's 2 minor Duke criteria on top of the cultures",
  [], "eponym score-fraction")
M("CLERK", "Epic workstation in room 12 (192.0.2.57) keeps logging out every 5 min, IT is on the way",
  [("192.0.2.57", "IP")], "ip room-bed-number")
T("eponym", "Nikolsky")
T("score", "SCORTEN")
M("CONS", "derm: Nikolsky positive, 2 mucosal sites, SCORTEN 3 - needs the burn unit, not the floor",
  [], "eponym score-fraction consult-request")
M("RN", "Will Okonjo in 2 wants his wife called, number is on the facesheet",
  [("Will Okonjo", "NAME")], "name-common-word name-message-start")
M("RES", "Will page ortho again if there's no callback by 1100",
  [], "common-word-not-name clock-time")
T("eponym", "Heberden", "Bouchard")
M("ATT", "Heberden and Bouchard nodes, this is OA, not RA - no need for the anti-CCP",
  [], "eponym")
M("RN", "patient's home telemonitor uploads from 198.51.100.23, vendor says readings stopped 12/5",
  [("198.51.100.23", "IP"), ("12/5", "DATE")], "ip date-numeric")
T("eponym", "Gottron")
T("gene", "MDA5")
M("CONS", "rheum: Gottron papules + heliotrope rash - CK, aldolase and anti-MDA5, and a CT chest for ILD",
  [], "eponym gene-protein consult-request")
M("ATT", "derm wants the photos of Quaye's sacrum, upload them as sacrum_quaye_12-09.heic so they land in media",
  [("Quaye", "NAME"), ("sacrum_quaye_12-09.heic", "PHOTO")], "photo-filename name-possessive")
T("eponym", "Smith fracture", "Colles")
M("RES", "Smith fracture, not Colles - volar displacement. ortho is splinting in the ED",
  [], "eponym")
M("RES", "Quaye's advance directive is on the state registry: https://adreg.example.org/view?id=TQ-88120",
  [("Quaye", "NAME"), ("https://adreg.example.org/view?id=TQ-88120", "URL")], "url name-possessive name-message-start")
T("eponym", "Lachman")
M("CONS", "sports med: Lachman 2+ with a soft endpoint, MRI knee as outpatient, knee immobilizer and crutches",
  [], "eponym consult-request")
M("CM", "SNF referral for Vella went through the portal, status at portal.example.net/ref/41827 if anyone needs it",
  [("Vella", "NAME"), ("portal.example.net/ref/41827", "URL")], "url name-surname-only discharge-planning")
T("eponym", "Bishop score")
T("brand", "Cytotec")
M("CONS", "OB: Bishop score 4 on the antepartum pt in 22, starting ripening with Cytotec 25 mcg vaginally",
  [], "eponym drug-brand-name consult-request")
M("SW", "Toussaint's granddaughter prefers email: crystal.toussaint at example dot org",
  [("Toussaint", "NAME"), ("crystal.toussaint at example dot org", "EMAIL")], "email-obfuscated name-possessive")
T("eponym", "Babinski", "Hoffmann")
M("RES", "Babinski upgoing on the L and Hoffmann positive, MRI C-spine tonight, neurosurg aware",
  [], "eponym")
M("CLERK", "registration: Lindqvist enrolled in palm-vein ID at admit, template PV-7F3A-90C2-11E8, so no re-scan needed",
  [("Lindqvist", "NAME"), ("PV-7F3A-90C2-11E8", "BIOMETRIC")], "biometric name-surname-only")
T("eponym", "Capgras", "Lewy body")
T("brand", "Haldol")
M("CONS", "psych: Capgras delusion in the setting of Lewy body dementia - please avoid Haldol, low-dose quetiapine if needed",
  [], "eponym drug-brand-name consult-request")
M("PHARM", "need the NPI for the outside prescriber on Nakashima's Xarelto: Dr. Feld, NPI 1982047736",
  [("Nakashima", "NAME"), ("Feld", "NAME"), ("1982047736", "LICENSE")], "clinician-license name-clinician name-possessive")
T("eponym", "Marcus Gunn")
M("CONS", "ophtho: Marcus Gunn pupil OD, likely optic neuritis - MRI orbits with contrast and an MS workup",
  [], "eponym consult-request")
M("CM", "billing asked: HAR 6620418853 for Okafor is still on the obs account, needs conversion before dc",
  [("6620418853", "ACCOUNT"), ("Okafor", "NAME")], "account name-surname-only")
T("eponym", "Rinne", "Weber")
M("RES", "Rinne negative on the right, Weber lateralizes right, so conductive - probably just cerumen",
  [], "eponym")
M("CLERK", "can someone merge charts? Quaye, Bartholomew has two MRNs: 51207734 and 51207743",
  [("Quaye, Bartholomew", "NAME"), ("51207734", "MRN"), ("51207743", "MRN")], "mrn name-last-first")
T("eponym", "Cullen", "Grey Turner")
M("ATT", "Cullen and Grey Turner signs are late findings, don't wait for them in bed 19",
  [], "eponym")
M("CM", "Quaye is Medicare with a Humana supplement, MBI 6TQ4-HW8-JX27",
  [("Quaye", "NAME"), ("6TQ4-HW8-JX27", "HEALTH_PLAN")], "health-plan name-message-start insurer")
T("eponym", "Ogilvie")
M("RES", "Ogilvie in bed 20 post-op, cecum 11 cm - neostigmine with atropine at bedside on tele",
  [], "eponym")
M("CLERK", "security says the car in the ambulance bay with plate CK 40218 belongs to bed 19's son, please move it",
  [("CK 40218", "VEHICLE")], "vehicle relative-not-named")
T("eponym", "Boerhaave")
M("RES", "Boerhaave ruled out, CT esophagram without leak, ok to start clears",
  [], "eponym")
M("RN", "Vella's pacemaker is a Medtronic, serial PJN448120H, the rep says 38% AF burden since last check",
  [("Vella", "NAME"), ("PJN448120H", "DEVICE")], "device-serial name-possessive")
T("eponym", "Hickman")
M("ATT", "PICC vs Hickman vs port for 6 weeks of ertapenem? PICC is fine, the port is overkill",
  [], "eponym quick-question")
M("SCHED", "path accession S26-30418 for the colon bx on Kowalczyk, pls attach to the GI note",
  [("S26-30418", "ID"), ("Kowalczyk", "NAME")], "other-id name-surname-only")
T("eponym", "Tenckhoff")
M("RN", "Tenckhoff exit site red and the PD effluent is cloudy in 10 - cell count and culture sent",
  [], "eponym")
M("CLERK", "registration still needs an SSN for the unknown pt in 22, family gave 912-47-0386 over the phone",
  [("912-47-0386", "SSN")], "ssn relative-not-named")
T("brand", "Mounjaro", "Ozempic")
M("PHARM", "Mounjaro and Ozempic get held a week before the EGD per the anesthesia policy, not just the morning of",
  [], "drug-brand-name")
M("ATT", "Mr. Gilbert's bili 3.1, mostly indirect, normal LFTs - probably Gilbert syndrome, funny enough",
  [("Gilbert", "NAME")], "name-collision name-possessive dose-lab")
T("brand", "Trelegy", "Breo", "Spiriva")
M("PHARM", "Trelegy is non-formulary, sub Breo + Spiriva and send the pt home on their own inhaler",
  [], "drug-brand-name")
M("RN", "Mikey (Michael Dunleavy) in 7 pulled his IV again, sitter requested",
  [("Mikey", "NAME"), ("Michael Dunleavy", "NAME")], "name-nickname name-message-start")
T("place", "West Nile")
M("RES", "West Nile IgM pending on the encephalitis in 12, CSF lymphocytic, glucose normal",
  [], "place-disease dose-lab")
M("CM", "re: L.R. - Cedar Hollow called, they need his last dose times for the torsemide and the Eliquis",
  [("L.R.", "NAME"), ("Cedar Hollow", "LOCATION")], "name-initial facility thread-reply")
T("place", "Rocky Mountain spotted fever")
M("ATT", "Rocky Mountain spotted fever: start doxycycline on suspicion, don't wait for serologies, even in kids",
  [], "place-disease")
T("place", "Jamestown Canyon", "Powassan")
M("CONS", "ID: Jamestown Canyon and Powassan are on the arbovirus panel now, send CSF and serum together",
  [], "place-disease consult-request")
M("RES", "bed 2 Okonjo, Will - orthostatics positive, tilt table not needed, holding tamsulosin",
  [("Okonjo, Will", "NAME")], "name-last-first name-common-word vitals")
T("org", "KDIGO")
M("PHARM", "KDIGO stage 2 AKI in bed 8, vanc stopped, let's change pip-tazo to cefepime",
  [], "guideline organization")
M("SW", "Toussaint family meeting went ok. granddaughter Crystal and her uncle Ray agree with hospice",
  [("Toussaint", "NAME"), ("Crystal", "NAME"), ("Ray", "NAME")], "family-update name-relative name-common-word")
T("org", "GOLD")
M("ATT", "GOLD group E already on triple therapy - add roflumilast or azithro? he has chronic bronchitis phenotype",
  [], "guideline organization")
T("org", "Salter Labs")
M("THER", "RT: the Salter Labs cannulas with the soft ear guards are back in stock, pts with pressure sores on the ears get those",
  [], "company device-brand")
T("org", "ADA")
M("ATT", "ADA standards say deprescribe the sulfonylurea in older adults with hypoglycemia - bed 17 had two lows",
  [], "guideline organization")
M("RN", "Estelle B-M in 17 glucose 54 at 0300, juice given, 112 on recheck. held glipizide",
  [("Estelle B-M", "NAME")], "name-initial vitals")
T("org", "NCCN")
M("CONS", "onc: NCCN surveillance is CT chest/abd/pelvis every 3-6 months for the first 2 years",
  [], "guideline organization relative-time")
M("ATT", "Dr. Nwachukwu-Baptiste asked me to tell the team: Nkechi is out sick, Dr. Farrow is the swing attending",
  [("Nwachukwu-Baptiste", "NAME"), ("Nkechi", "NAME"), ("Farrow", "NAME")], "name-clinician name-given-only")
T("org", "CMS")
T("score", "SEP-1")
M("ATT", "CMS SEP-1 reminder: repeat lactate within 6h if the first one is over 2, we failed 3 charts last month",
  [], "organization relative-time")
T("org", "ISMP")
M("PHARM", "ISMP high-alert list: insulin, heparin, opioids, K. independent double check on the MAR please",
  [], "organization month-word")
M("RN", "María José de la Fuente in 23 speaks Spanish only, interpreter iPad is at the desk",
  [("María José de la Fuente", "NAME")], "name-multi-part name-message-start")
T("org", "Joint Commission")
M("CLERK", "Joint Commission is in the building tomorrow - clean up the med room and date those syringes",
  [], "organization admin-chatter")
M("RES", "Pham-Whitaker, Joy (5): cath showed 90% mid LAD, DES placed, DAPT x12 mo",
  [("Pham-Whitaker, Joy", "NAME")], "name-last-first name-hyphenated name-common-word")
T("org", "Anthem")
M("CM", "Anthem Medicaid now needs an auth for outpatient PT after 12 visits, fyi for the ortho dcs",
  [], "insurer")
M("SCHED", "Joy Pham-Whitaker's cardiac rehab intake is 12/28 at 1pm, cards clinic phone 262-555-0147",
  [("Joy Pham-Whitaker", "NAME"), ("12/28", "DATE"), ("262-555-0147", "PHONE")], "scheduling date-numeric phone name-possessive")
T("org", "Ambetter")
M("CM", "Ambetter marketplace plan - no SNF benefit until the deductible is met, family needs to know",
  [], "insurer relative-not-named")
M("RN", "bed 23: 88yo, new afib, Spanish speaking, daughter translating but we need a certified interpreter for consent",
  [], "age-under-90 relative-not-named")
M("RES", "bed 23 is 98 actually, the 88 on the board is a typo. María José, DOB 3/30/1928",
  [("98", "AGE"), ("María José", "NAME"), ("3/30/1928", "DATE")], "age-over-89-digits dob name-given-only")
T("eponym", "Jacksonian march", "Todd paralysis")
M("ATT", "Jacksonian march on video EEG, then Todd paralysis for 6h - not a stroke, cancel the code stroke",
  [], "eponym")
M("RES", "Todd, the EEG tech, says the study in 9 is uploading now",
  [("Todd", "NAME")], "name-collision name-clinician name-message-start")
T("brand", "Xopenex", "DuoNeb")
M("THER", "RT: switching bed 6 from DuoNeb to Xopenex, HR 130s on albuterol",
  [], "drug-brand-name vitals")
M("RN", "BED 6 OYELARAN NEEDS A SITTER TONIGHT, CLIMBING OOB",
  [("OYELARAN", "NAME")], "name-allcaps allcaps")
T("org", "CDC")
M("RES", "CDC says droplet for flu, but our policy is droplet + contact for everyone with RSV - which is it on 5W?",
  [], "organization quick-question")
M("SW", "Mr. Oyelaran's sister Bisi is coming from the airport, she'll stay at the hospitality house",
  [("Oyelaran", "NAME"), ("Bisi", "NAME")], "name-relative name-given-only name-possessive")
T("org", "Leapfrog")
M("CLERK", "Leapfrog survey data due Friday, managers only, don't panic",
  [], "organization weekday")
# =============================================================================================
# Thursday 12/10
# =============================================================================================
DAY("Thu 12/10")
M("RN", "new admit bed 9: Constance Abernathy-Rowe, 101yo from Pine Ridge Manor, UTI vs pneumonia, DNR confirmed",
  [("Constance Abernathy-Rowe", "NAME"), ("101", "AGE"), ("Pine Ridge Manor", "LOCATION")], "age-over-89-digits facility name-hyphenated")
M("RES", "Abernathy-Rowe turns one hundred and two on Saturday per her great-grandson Drew, he wants to bring a cake",
  [("Abernathy-Rowe", "NAME"), ("one hundred and two", "AGE"), ("Drew", "NAME")], "age-over-89-words name-relative name-common-word")
M("CM", "Pine Ridge Manor will take her back, fax the H&P to 608-555-0118 attn Nurse Liesl",
  [("Pine Ridge Manor", "LOCATION"), ("608-555-0118", "FAX"), ("Liesl", "NAME")], "facility fax name-clinician")
T("eponym", "de Winter", "Sgarbossa")
M("ATT", "de Winter T waves are a STEMI equivalent, and so is a positive Sgarbossa in LBBB - activate, don't wait for the troponin",
  [], "eponym")
M("SCHED", "PCP f/u for Okafor with Dr. Haldane at Northpoint Family Clinic on 12/16 at 2:30pm",
  [("Okafor", "NAME"), ("Haldane", "NAME"), ("Northpoint Family Clinic", "LOCATION"), ("12/16", "DATE")], "scheduling facility date-numeric name-clinician")
T("eponym", "Guillain-Barre")
M("RES", "ascending weakness + areflexia, CSF protein 160 with 2 cells - Guillain-Barre until proven otherwise. NIF q4",
  [], "eponym dose-lab")
T("score", "NIF")
T("eponym", "Lemierre")
T("organism", "Fusobacterium necrophorum")
M("CONS", "ID: Lemierre picture - Fusobacterium necrophorum in 2 bottles with septic emboli. amp-sulbactam, no anticoagulation yet",
  [], "eponym organism consult-request")
M("ATT", "new consult from the ED: 45M with Lemierre, Fusobacterium in blood, lives in Fond du Lac, sister is his ride",
  [("Fond du Lac", "LOCATION")], "city age-under-90 consult-request")
M("RES", "bed 10 Dorsey - PD peritonitis, Tenckhoff stays for now, intraperitoneal vanc + ceftaz",
  [("Dorsey", "NAME")], "name-surname-only handoff-list")
T("gene", "Factor V Leiden")
M("RES", "Factor V Leiden heterozygous, first provoked DVT - 3 months of anticoagulation is enough",
  [], "gene-protein relative-time")
M("SW", "Gene in 14 (the dad of the 19yo) is asking about parking vouchers, he's been here 4 days",
  [("Gene", "NAME")], "name-common-word name-relative name-message-start")
M("RES", "Gene panel for the young HCM came back: MYBPC3 pathogenic, cascade screening for the siblings",
  [], "common-word-not-name gene-protein relative-not-named")
T("gene", "MYBPC3")
M("RN", "Art line placed in bed 16 L radial, Allen test normal, MAP 61 on levo 0.08",
  [], "common-word-not-name eponym vitals")
T("eponym", "Allen test")
M("RN", "Art from bed 12 keeps unplugging his tele to charge his phone lol",
  [("Art", "NAME")], "name-common-word name-given-only name-message-start")
T("brand", "Kcentra", "Andexxa")
M("PHARM", "Kcentra for the warfarin bleed in 18, 50 units/kg. Andexxa is only for the Xa inhibitors and is nonformulary",
  [], "drug-brand-name dose-lab")
M("PHARM", "Kcentra given to Lindgren at 0930, INR 3.4 -> pending. Dr. Sato wants a repeat in 30 min",
  [("Lindgren", "NAME"), ("Sato", "NAME")], "name-clinician name-surname-only")
T("eponym", "Lambert-Eaton")
M("CONS", "neuro: proximal weakness + dry mouth + small cell on CT - Lambert-Eaton, send VGCC antibodies",
  [], "eponym consult-request")
M("THER", "OT: Hope Delacroix is independent with ADLs, her husband Frank will do stairs with her at home",
  [("Hope Delacroix", "NAME"), ("Frank", "NAME")], "name-common-word name-relative")
M("RES", "frank blood from the NGT in 18, octreotide and pantoprazole running, GI scoping now",
  [], "common-word-not-name lowercase")
T("eponym", "Mallory-Weiss", "Dieulafoy")
M("CONS", "GI: not Mallory-Weiss - it's a Dieulafoy in the fundus, clipped and epi. watch for rebleed",
  [], "eponym consult-request")
M("CLERK", "Delacroix, Hope  MRN 60331872  discharge papers printed, waiting on her husband",
  [("Delacroix, Hope", "NAME"), ("60331872", "MRN")], "mrn name-last-first name-message-start")
T("organism", "Klebsiella pneumoniae")
M("PHARM", "Klebsiella pneumoniae, ESBL, ertapenem is fine once she's stable, meropenem is overkill",
  [], "organism")
M("RN", "bed 3 Penny (Penelope Marsh) wants her nephew Mason to be the only visitor",
  [("Penny", "NAME"), ("Penelope Marsh", "NAME"), ("Mason", "NAME")], "name-nickname name-relative name-common-word")
M("THER", "wound care: penny-sized stage 2 on the L heel, Mepilex border and a heel boot",
  [], "common-word-not-name drug-brand-name")
T("brand", "Mepilex")
M("ATT", "I'll see Ms. Marsh after lunch, she can go home Sat if the K holds. call her niece Robin at 920-555-0164",
  [("Marsh", "NAME"), ("Robin", "NAME"), ("920-555-0164", "PHONE")], "name-relative name-common-word phone")
T("eponym", "Pierre Robin")
M("ATT", "Pierre Robin kids grow up too - adult airway in 4 has micrognathia, call anesthesia early for any procedure",
  [], "eponym")
T("eponym", "Child-Pugh")
T("score", "MELD-Na")
M("RES", "Child-Pugh B, MELD-Na 19, sodium 126 - is he a TIPS candidate or straight to transplant eval?",
  [], "eponym score-fraction quick-question")
M("CM", "transplant center wants his records: fax 312-555-0102, ref# TX-2026-7741, coordinator is Jolene Briggs",
  [("312-555-0102", "FAX"), ("TX-2026-7741", "ID"), ("Jolene Briggs", "NAME")], "fax other-id name-plain")
T("place", "West Haven")
M("RES", "West Haven grade 2, lactulose to 3 BMs, rifaximin added. no need for an ammonia",
  [], "place-disease")
M("RN", "bed 11 Syeda asking for halal meals, kitchen says they have them if ordered by 10",
  [("Syeda", "NAME")], "name-drug-collision name-given-only")
T("eponym", "Lhermitte", "Uhthoff")
M("CONS", "neuro: Lhermitte sign and Uhthoff phenomenon in a 29F - MRI brain and C-spine with gad, LP if lesions",
  [], "eponym age-under-90 consult-request")
M("SCHED", "MRI brain for Navarro-Quist is Monday 12/14 at 0615, needs the pacer form first",
  [("Navarro-Quist", "NAME"), ("12/14", "DATE")], "scheduling date-numeric name-hyphenated")
M("SCHED", "MRI is booked solid Friday; Saturday has two 0600 slots if the pt can tolerate early",
  [], "weekday clock-time scheduling")
T("brand", "Aquacel")
M("THER", "wound RN: Aquacel Ag to the sacral wound, change q3 days or when saturated",
  [], "drug-brand-name")
M("THER", "PT: Kowalczyk ambulated 300 ft, no AD, cleared for home. wife Dawn will drive",
  [("Kowalczyk", "NAME"), ("Dawn", "NAME")], "name-common-word name-relative")
T("eponym", "Somogyi")
M("ATT", "Dawn phenomenon vs Somogyi in bed 17 - check a 0300 glucose tonight before we touch the basal",
  [], "common-word-not-name eponym clock-time")
T("organism", "Pneumocystis jirovecii")
M("CONS", "ID: Pneumocystis jirovecii PCR positive on BAL, CD4 44 - TMP-SMX plus steroids since the A-a gradient is >35",
  [], "organism dose-lab consult-request")
M("RES", "Ochoa's CD4 is 44, he lives with his partner Amber who is also our pt, pls don't mention it in the room",
  [("Ochoa", "NAME"), ("Amber", "NAME")], "name-possessive name-common-word")
M("RN", "amber urine in the Foley bag in 20, 15 mL/h x3h, resident aware",
  [], "common-word-not-name lowercase")
T("eponym", "Hill-Sachs", "Bankart")
M("CONS", "ortho: Hill-Sachs and a bony Bankart on the CT, sling, outpatient shoulder clinic in 1 week",
  [], "eponym relative-time")
M("RES", "transfer from Riverbend Community Hospital: 64F septic shock, they started Zosyn at 0200",
  [("Riverbend Community Hospital", "LOCATION")], "facility age-under-90")
T("brand", "Levophed", "Giapreza")
M("PHARM", "Levophed at 0.3 mcg/kg/min - add vasopressin first, Giapreza only after ID/ICU discussion",
  [], "drug-brand-name dose-lab")
M("CM", "Riverbend wants the pt back once stable - transfer center number 715-555-0133, ask for Kiki",
  [("Riverbend", "LOCATION"), ("715-555-0133", "PHONE"), ("Kiki", "NAME")], "facility phone name-nickname")
T("org", "SCCM")
M("ATT", "/evidence SCCM 2021 sepsis guideline on balanced crystalloids vs saline, anything new since SMART?",
  [], "slash-command guideline trial-name")
T("trial", "SMART")
M("SW", "Constance's great-grandson Drew Abernathy is the contact, cell 608 555 0177",
  [("Constance", "NAME"), ("Drew Abernathy", "NAME"), ("608 555 0177", "PHONE")], "name-relative name-possessive phone")
T("eponym", "Bernard-Soulier", "Glanzmann")
M("CONS", "heme: big platelets, low count, absent ristocetin aggregation - Bernard-Soulier, not Glanzmann",
  [], "eponym consult-request")
M("RN", "Rich (bed 20) says the night nurse promised him a sandwich, can someone check with kitchen",
  [("Rich", "NAME")], "name-common-word name-given-only name-message-start")
M("THER", "dietitian: Rich in protein does not mean Ensure x4, bed 20 hates it - try Boost Breeze",
  [], "common-word-not-name drug-brand-name")
T("brand", "Ensure", "Boost Breeze")
T("organism", "Clostridioides difficile")
M("RN", "bed 15 had 4 loose stools - Clostridioides difficile PCR sent, contact plus started, no laxatives in 48h? checking",
  [], "organism relative-time")
M("CLERK", "whoever owns the grey Civic with plate KRB-7734, it is blocking the loading dock - family of bed 8, pls tell them",
  [("KRB-7734", "VEHICLE")], "vehicle relative-not-named")
T("brand", "Dificid")
M("PHARM", "Dificid is approved for the recurrent C diff in 15, vanc taper if insurance balks",
  [], "drug-brand-name")
M("ATT", "pt Tran, Duy: repeat BMP creat 1.9 from 1.1, renally dosing everything. brother Quang is the HCP",
  [("Tran, Duy", "NAME"), ("Quang", "NAME")], "name-last-first name-relative")
T("eponym", "Fanconi")
M("CONS", "nephro: glycosuria with normal glucose, low phos, low uric acid - Fanconi from the tenofovir",
  [], "eponym consult-request")
M("RES", "Max dose of gabapentin with a CrCl of 25 is 700/day, we're at 1800 in bed 10",
  [], "common-word-not-name dose-lab")
M("RN", "Max Feldhaus in 10 says he's allergic to 'the yellow pill', we think it's his Coreg",
  [("Max Feldhaus", "NAME")], "name-common-word name-message-start")
T("organism", "Nocardia")
M("CONS", "ID: branching, weakly acid-fast - Nocardia. brain MRI even without symptoms, TMP-SMX high dose",
  [], "organism consult-request")
M("CLERK", "new pt in 4: Guadalupe 'Lupita' Ferreira-Salcedo, MRN 60418820, from PACU",
  [("Guadalupe", "NAME"), ("Lupita", "NAME"), ("Ferreira-Salcedo", "NAME"), ("60418820", "MRN")], "name-nickname name-hyphenated mrn")
T("org", "AAP")
M("ATT", "AAP still says no honey under 1 year, tell the new moms on 4 North before they discharge",
  [], "organization guideline")
T("eponym", "Wolff-Chaikoff", "Jod-Basedow")
M("CONS", "endo: contrast load -> Wolff-Chaikoff in a normal gland, Jod-Basedow in a nodular one. check TSH in 4 wks",
  [], "eponym consult-request")
M("RES", "does anyone know Ferreira-Salcedo's home pharmacy? she says 'the one by the Piggly Wiggly' lol",
  [("Ferreira-Salcedo", "NAME")], "name-possessive quick-question")
T("eponym", "Galeazzi", "Monteggia")
M("ATT", "teaching: Galeazzi = radius broken, ulna dislocated distally. Monteggia = ulna broken, radial head dislocated",
  [], "eponym")
M("SCHED", "Lupita F-S is set for EGD 12/11 at 0900, NPO after midnight, escort is her son Chuy",
  [("Lupita F-S", "NAME"), ("12/11", "DATE"), ("Chuy", "NAME")], "name-nickname name-initial date-numeric name-relative")
T("brand", "Golytely", "Miralax")
M("SCHED", "reminder that outpatient colonoscopy prep is Golytely split dose, not Miralax/Gatorade anymore",
  [], "drug-brand-name scheduling")
M("RN", "Lance, the night PCT, found bed 20 on the floor at 0410, no head strike, vitals ok, MD notified",
  [("Lance", "NAME")], "name-common-word name-clinician")
M("RES", "lance and drain the thigh abscess at bedside or send to IR? 4 cm, no gas",
  [], "common-word-not-name lowercase quick-question")
T("score", "4AT")
M("RN", "4AT of 6 in bed 9 tonight, she's pulling at lines, family coming in to sit",
  [], "score-fraction relative-not-named")
M("CONS", "geri: Abernathy-Rowe's delirium is hypoactive now, stop the Benadryl, melatonin 3 mg at 2000",
  [("Abernathy-Rowe", "NAME")], "name-possessive consult-request")
T("brand", "Benadryl")
M("PHARM", "Benadryl should not be on anyone's PRN list over 65 - Beers criteria, I'm discontinuing them today",
  [], "drug-brand-name eponym age-under-90")
T("eponym", "Beers criteria")
T("org", "USPSTF")
M("ATT", "USPSTF now says start mammograms at 40, biennial - update the discharge reminders",
  [], "guideline organization")
M("CONS", "derm: photos from this morning for Yilmaz are in the chart as DSC_4471.JPG and DSC_4472.JPG",
  [("Yilmaz", "NAME"), ("DSC_4471.JPG", "PHOTO"), ("DSC_4472.JPG", "PHOTO")], "photo-filename consult-request")
T("eponym", "Stevens-Johnson")
M("CONS", "derm: morbilliform only, no mucosa, no blisters - this is not Stevens-Johnson, just a drug eruption",
  [], "eponym consult-request")
M("RN", "pt ambrose vella wants his tv remote fixed and his pills crushed in applesauce",
  [("ambrose vella", "NAME")], "name-lowercase lowercase")
M("RN", "Thursday shift swap board is on the break room fridge, charge nurses sign off",
  [], "weekday admin-chatter")
M("CLERK", "new fax from Hollis Creek Rehab re: Vella's bed offer, their fax back is 414-555-0120",
  [("Hollis Creek Rehab", "LOCATION"), ("Vella", "NAME"), ("414-555-0120", "FAX")], "facility fax name-possessive")
T("organism", "Strongyloides")
M("CONS", "ID: before those steroids, send Strongyloides serology and give empiric ivermectin, he's from an endemic area",
  [], "organism consult-request")
M("ATT", "Strongyloides IgG positive for Mr. Mendoza-Ahn, lived in Cebu until 2019, ivermectin x2 days",
  [("Mendoza-Ahn", "NAME"), ("Cebu", "LOCATION")], "name-hyphenated city")
T("org", "UpToDate")
M("RES", "UpToDate says 200 mcg/kg ivermectin daily x2 for Strongyloides, and repeat in 2 wks if hyperinfection",
  [], "organization dose-lab")
M("THER", "chaplain: Mr. Mendoza-Ahn would like a Catholic priest, his wife Rosario will be there at 5",
  [("Mendoza-Ahn", "NAME"), ("Rosario", "NAME")], "name-relative name-plain")
M("SW", "Thursday clothing closet is open 1-3 pm in the basement for anyone discharging without clothes",
  [], "weekday admin-chatter")
M("ATT", "/draft consult to cardiology: 72M with new LBBB and syncope, echo EF 35%, question CRT-D eligibility",
  [], "slash-command age-under-90 consult-request")
M("ATT", "/draft consult to cardiology for Hollis Pruitt-Jensen, 94, syncope with new LBBB, EF 35%",
  [("Hollis Pruitt-Jensen", "NAME"), ("94", "AGE")], "slash-command age-over-89-digits name-hyphenated")
# =============================================================================================
# Friday 12/11
# =============================================================================================
DAY("Fri 12/11")
M("CM", "Friday dc list: Okafor (home w/ son), Marsh (home), Kessler (brother's), Delacroix (home), Vella (Hollis Creek), Tran pending creat",
  [("Okafor", "NAME"), ("Marsh", "NAME"), ("Kessler", "NAME"), ("Delacroix", "NAME"), ("Vella", "NAME"), ("Hollis Creek", "LOCATION"), ("Tran", "NAME")],
  "handoff-list name-list discharge-planning facility")
M("CM", "Vella's auth from Humana came through, auth # HUM-88412057, valid 12/11 through 12/18",
  [("Vella", "NAME"), ("HUM-88412057", "ID"), ("12/11", "DATE"), ("12/18", "DATE")], "other-id date-numeric insurance-call")
T("org", "Meals on Wheels")
M("SW", "Meals on Wheels referral done for bed 3, starts Monday, they need 48h notice to pause deliveries",
  [], "organization weekday discharge-planning")
M("SW", "Tran's brother Quang needs FMLA paperwork, fax it to his employer at 847-555-0188 attn HR",
  [("Tran", "NAME"), ("Quang", "NAME"), ("847-555-0188", "FAX")], "fax name-relative name-possessive")
M("RES", "/draft discharge summary: Okafor, Emmanuel, MRN 38820461, adm 12/6, dc 12/11, Legionella pneumonia, levofloxacin to finish 14 days",
  [("Okafor, Emmanuel", "NAME"), ("38820461", "MRN"), ("12/6", "DATE"), ("12/11", "DATE")], "slash-command mrn date-numeric name-last-first")
T("org", "SNAP", "WIC")
M("SW", "SNAP and WIC applications can be started at the kiosk outside the SW office now, no paper forms",
  [], "organization admin-chatter")
M("ATT", "Okafor's son asked for a copy of the CXR report, his email is chinedu.okafor@example.net",
  [("Okafor", "NAME"), ("chinedu.okafor@example.net", "EMAIL")], "email name-possessive")
T("brand", "Plavix")
T("gene", "CYP2C19")
M("PHARM", "Plavix + omeprazole is the CYP2C19 interaction, switch to pantoprazole for the post-PCI pts",
  [], "drug-brand-name gene-protein")
M("PHARM", "Marsh's Part D member id is WX6620813, the Eliquis copay is $0 with that card",
  [("Marsh", "NAME"), ("WX6620813", "HEALTH_PLAN")], "health-plan name-possessive")
T("gene", "HLA-B*5801")
T("org", "ACR")
M("PHARM", "HLA-B*5801 before allopurinol in pts of Han Chinese, Korean or Thai descent per ACR gout guideline",
  [], "gene-protein guideline")
M("CLERK", "Marsh's ride is her niece Robin in a silver RAV4, plate 4TXM882, pulling up to the front circle at 1400",
  [("Marsh", "NAME"), ("Robin", "NAME"), ("4TXM882", "VEHICLE")], "vehicle name-relative name-common-word")
T("gene", "TPMT", "NUDT15")
M("PHARM", "TPMT and NUDT15 genotypes are pending for bed 12, hold the azathioprine start until they're back",
  [], "gene-protein")
M("THER", "RT: Haddad's home vent company needs the serial of the loaner Trilogy: TV418820773",
  [("Haddad", "NAME"), ("TV418820773", "DEVICE")], "device-serial name-possessive")
T("gene", "DPYD")
T("brand", "Xeloda")
M("CONS", "onc pharmacy: DPYD genotyping before Xeloda is standard at our cancer center now, no exceptions",
  [], "gene-protein drug-brand-name")
M("RN", "Kessler's JP drain is out, tip photo saved as JP_tip_20261211.jpg if surgery wants it",
  [("Kessler", "NAME"), ("JP_tip_20261211.jpg", "PHOTO")], "photo-filename name-possessive")
T("gene", "G6PD")
M("RES", "G6PD came back normal, ok for rasburicase in bed 1",
  [], "gene-protein")
M("RES", "Kessler's insulin pump (Tandem, SN 11048832) alarming occlusion, diabetes educator on her way",
  [("Kessler", "NAME"), ("11048832", "DEVICE")], "device-serial name-possessive")
T("gene", "KRAS")
M("CONS", "onc: KRAS G12C on the NGS, sotorasib is an option second line after progression",
  [], "gene-protein consult-request")
M("CM", "Kessler has a BCBS PPO, subscriber id XEB904418827, group 00127 is his employer",
  [("Kessler", "NAME"), ("XEB904418827", "HEALTH_PLAN")], "health-plan insurer")
T("gene", "BRAF")
M("CONS", "onc: BRAF V600E melanoma, dabrafenib + trametinib - watch for pyrexia syndrome, hold both for T over 38",
  [], "gene-protein temperature consult-request")
M("CLERK", "billing: guarantor account for Delacroix is 7700418265, she wants to set up a payment plan",
  [("Delacroix", "NAME"), ("7700418265", "ACCOUNT")], "account name-surname-only")
T("gene", "CFTR")
T("brand", "Trikafta")
M("PHARM", "CFTR modulator: continue Trikafta inpatient, pt brings own supply, store in the pharmacy",
  [], "gene-protein drug-brand-name")
M("SW", "Delacroix's husband Frank requested records, release signed. mailing address 2207 N Sheffield Ave Apt 2F, Chicago 60614",
  [("Delacroix", "NAME"), ("Frank", "NAME"), ("2207 N Sheffield Ave Apt 2F", "LOCATION"), ("Chicago", "LOCATION"), ("60614", "LOCATION")],
  "address city zip name-relative")
T("org", "Vocera", "TigerConnect")
M("RN", "Vocera badges aren't charging, use TigerConnect on the unit phones until biomed fixes it",
  [], "organization admin-chatter")
M("CLERK", "the patient kiosk at 203.0.113.88 printed Delacroix's AVS to the wrong floor, IT notified",
  [("203.0.113.88", "IP"), ("Delacroix", "NAME")], "ip name-possessive")
T("trial", "RECOVERY", "REMAP-CAP")
M("ATT", "/evidence RECOVERY dexamethasone dose for severe COVID, and when to add tocilizumab per REMAP-CAP",
  [], "slash-command trial-name")
M("RES", "telehealth link for Okafor's f/u: https://visit.example.com/j/83302174?pwd=okafor",
  [("Okafor", "NAME"), ("https://visit.example.com/j/83302174?pwd=okafor", "URL")], "url name-possessive")
M("ATT", "weekend coverage: Team A attending covers B on Saturday, C on Sunday, nights unchanged",
  [], "weekday sign-out")
M("PHARM", "outpatient pharmacy: Pruett's buprenorphine pickup needs fingerprint verification, template on file FP-20417-BD93E",
  [("Pruett", "NAME"), ("FP-20417-BD93E", "BIOMETRIC")], "biometric name-possessive")
M("RN", "Friday night staffing: 1:5, two floats from the pool, no sitters available after 2300",
  [], "weekday score-fraction clock-time")
M("CLERK", "Pruett's driver's license per registration is IL P630-4418-2071, pharmacy needs it for the Rx pickup",
  [("Pruett", "NAME"), ("P630-4418-2071", "LICENSE")], "drivers-license name-possessive")
T("eponym", "Wells score")
M("RES", "Wells score 4.5, so the D-dimer is useless - CTPA ordered for bed 11",
  [], "eponym score-fraction")
M("SW", "SSA disability form for Pruett needs his SSN, he wrote it down: 900-31-7745",
  [("Pruett", "NAME"), ("900-31-7745", "SSN")], "ssn name-surname-only")
T("score", "PERC")
M("RES", "PERC negative and low pretest - no D-dimer for the 34M with pleuritic pain, probably costochondritis",
  [], "score-fraction age-under-90")
M("RES", "Quaye (92) goes back to Willow Bend today, his daughter Patrice is meeting the van",
  [("Quaye", "NAME"), ("92", "AGE"), ("Willow Bend", "LOCATION"), ("Patrice", "NAME")], "age-over-89-digits facility name-relative")
T("score", "YEARS")
M("ATT", "the YEARS algorithm would have saved that CT in 11 - teaching point for the interns",
  [], "score-fraction allcaps")
M("SCHED", "Marsh, Penelope (DOB 1/9/1946) - endocrine f/u 12/30 at 10:20 with the NP, her niece will drive",
  [("Marsh, Penelope", "NAME"), ("1/9/1946", "DATE"), ("12/30", "DATE")], "scheduling dob name-last-first date-numeric")
T("score", "PESI")
M("CONS", "pulm: PESI class II, outpatient treatment is reasonable if the home situation is ok",
  [], "score-fraction consult-request")
T("place", "Canadian CT Head")
M("ATT", "Canadian CT Head rule is for GCS 13-15 - bed 2 fell on Eliquis so he gets the scan regardless",
  [], "place-disease drug-brand-name")
T("brand", "Eliquis")
M("RES", "okafor going home? his son is in the lobby asking",
  [("okafor", "NAME")], "name-lowercase lowercase name-message-start")
T("place", "Canadian C-spine")
M("RES", "Canadian C-spine rule clears him clinically, collar off, document it",
  [], "place-disease")
T("place", "Miami J")
M("THER", "PT: Miami J collar for 6 weeks, ok to mobilize with it on, no flexion exercises",
  [], "place-disease relative-time")
M("THER", "PT: Nguyen Thi Hoa (bed 21) walked 200 ft, family prefers we call her Mrs. Hoa",
  [("Nguyen Thi Hoa", "NAME"), ("Hoa", "NAME")], "name-multi-part name-plain")
T("place", "Aspen collar")
M("THER", "OT: Aspen collar arrived for bed 19, fitting at 1400, then up to chair",
  [], "place-disease clock-time")
T("place", "Boston brace")
M("THER", "ortho tech: Boston brace for the scoliosis teen on peds overflow, 23 h/day",
  [], "place-disease")
M("RN", "Nguyen family asked for Mrs. Hoa's daughter Lan to sign the consent, she's the HCPOA",
  [("Nguyen", "NAME"), ("Hoa", "NAME"), ("Lan", "NAME")], "name-relative name-short")
T("place", "Philadelphia chromosome")
M("CONS", "heme: Philadelphia chromosome positive ALL, adding a TKI to induction",
  [], "place-disease consult-request")
T("place", "Ann Arbor", "Lugano", "Deauville")
M("CONS", "heme: Ann Arbor IIIB, Lugano response assessment on the interim PET, Deauville 3 - continue",
  [], "place-disease consult-request")
M("CONS", "heme: for Mr. Abdul-Rahman bin Yusof, PET after cycle 2 is Deauville 2, next cycle 12/21",
  [("Abdul-Rahman bin Yusof", "NAME"), ("12/21", "DATE")], "name-multi-part date-numeric consult-request")
T("place", "Nottingham grade")
M("CONS", "path: Nottingham grade 2, ER/PR positive, HER2 1+ by IHC",
  [], "place-disease gene-protein")
T("place", "Montreal classification")
T("eponym", "Crohn")
T("brand", "Skyrizi")
M("CONS", "GI: Montreal classification A2 L3 B2 - stricturing ileocolonic Crohn, plan to start Skyrizi",
  [], "place-disease eponym drug-brand-name")
M("CLERK", "van der Merwe, Pieter in 6B - family wants the chaplain and a quiet room",
  [("van der Merwe, Pieter", "NAME")], "name-last-first name-multi-part name-lowercase")
T("place", "Chicago classification")
M("CONS", "GI: manometry by Chicago classification v4 is type II achalasia - POEM referral",
  [], "place-disease consult-request")
T("place", "Tokyo guidelines")
M("RES", "Tokyo guidelines grade II cholangitis - ERCP within 24h, pip-tazo started",
  [], "place-disease relative-time")
T("place", "Atlanta classification")
M("RES", "revised Atlanta classification: moderately severe pancreatitis, transient AKI resolved",
  [], "place-disease")
M("ATT", "Mr. Addison in 12 got the Addisonian crisis workup - cortisol 2.1, stim test pending, hydrocort 100 given",
  [("Addison", "NAME")], "name-collision dose-lab")
T("eponym", "Addisonian crisis")
M("RES", "Addisonian crisis in a pt on chronic prednisone who stopped it - stress dose and endo consult",
  [], "eponym")
T("place", "King's College criteria")
M("CONS", "hepatology: King's College criteria not met, INR 2.1, no encephalopathy - keep trending",
  [], "place-disease consult-request")
T("place", "Amsterdam II criteria")
T("gene", "MLH1")
M("CONS", "genetics: family meets Amsterdam II criteria and the tumor has MLH1 loss - germline testing offered",
  [], "place-disease gene-protein relative-not-named")
M("CONS", "genetics: Lynch syndrome confirmed for Ms. Lynch in 15 - MSH2 pathogenic, ironically",
  [("Lynch", "NAME", 2)], "name-collision consult-request")
T("place", "Lyon consensus")
T("eponym", "Toupet")
M("CONS", "GI: pH study by Lyon consensus - AET 7%, GERD proven. surgery to discuss Toupet vs LINX",
  [], "place-disease eponym consult-request")
T("org", "Lifeline")
M("SW", "Lifeline phone program: pts with Medicaid can get a free phone, they need the card and an address",
  [], "organization insurer")
T("org", "PACE")
M("SW", "PACE intake is on Tuesdays, they cover day center, meds and transport - good fit for bed 21",
  [], "organization weekday")
T("org", "Alcoholics Anonymous", "Narcotics Anonymous")
M("SW", "Alcoholics Anonymous meets in the chapel Fridays at 7 pm, Narcotics Anonymous on Sundays",
  [], "organization weekday")
M("SW", "Skip Pruett agreed to the IOP at Lakeshore Recovery Center, intake 12/14 at 9",
  [("Skip Pruett", "NAME"), ("Lakeshore Recovery Center", "LOCATION"), ("12/14", "DATE")], "name-nickname facility date-numeric")
T("brand", "Lexiscan")
M("SCHED", "nuclear stress (Lexiscan) has Monday AM slots, pts need 24h caffeine-free",
  [], "drug-brand-name weekday scheduling")
M("SCHED", "outpatient DEXA, ABI and PFTs are outpatient-only, don't order them inpatient unless pre-approved",
  [], "scheduling")
M("SCHED", "Sage Wiggins called to reschedule her mom's MRI, call back 262-555-0191",
  [("Sage Wiggins", "NAME"), ("262-555-0191", "PHONE")], "name-common-word phone scheduling")
T("brand", "Sage")
M("RN", "Sage wipes for the CHG bath are back in stock in the clean supply room",
  [], "common-word-not-name drug-brand-name")
T("org", "Tricare")
M("CM", "Tricare for Life is secondary to Medicare, no auth needed for SNF, just notification",
  [], "insurer discharge-planning")
T("org", "Oscar", "Cigna")
M("CM", "Oscar plans run SNF auths through Cigna's network, don't let the name fool you",
  [], "insurer common-word-not-name")
T("org", "WellCare", "Kepro")
M("CM", "WellCare MA discharge appeals go through Kepro, the notice has to be signed 2 days before",
  [], "insurer discharge-planning")
M("CM", "Kepro appeal filed for Vella, case # KP-4418-220931, decision by noon tomorrow",
  [("Vella", "NAME"), ("KP-4418-220931", "ID")], "other-id insurance-call")
M("RN", "Chase in 8 (Tran's nephew) brought pho, ok with the renal diet?",
  [("Chase", "NAME"), ("Tran", "NAME")], "name-common-word name-relative name-possessive")
M("RES", "chase the Mg too, not just the K - bed 8 is getting torsemide",
  [], "common-word-not-name lowercase")
M("ATT", "Dr. O'Brien-Castillo from hepatology will see Lindgren in clinic, please give him her card",
  [("O'Brien-Castillo", "NAME"), ("Lindgren", "NAME")], "name-clinician name-hyphenated")
T("eponym", "Salter-Harris")
M("CONS", "peds ortho: Salter-Harris II distal radius, closed reduction in the ED, cast 4 weeks",
  [], "eponym relative-time")
M("CLERK", "new admit 14: ST. PIERRE, JEAN-LUC  MRN 70042196  from cath lab",
  [("ST. PIERRE, JEAN-LUC", "NAME"), ("70042196", "MRN")], "name-allcaps name-last-first mrn")
T("eponym", "Impella")
M("ATT", "Impella CP in 14 - purge pressure alarms overnight, call the cath fellow not the rep",
  [], "eponym device-brand")
M("RN", "St. Pierre's wife Monique wants to stay overnight, ok per Dr. Iyer",
  [("St. Pierre", "NAME"), ("Monique", "NAME"), ("Iyer", "NAME")], "name-possessive name-relative name-clinician")
M("RES", "D'Souza in 19 - CT abd: diverticulitis with 2 cm abscess, Hinchey Ib, IR drain Monday",
  [("D'Souza", "NAME")], "name-message-start name-surname-only")
T("eponym", "Hinchey")
M("RES", "Hinchey II vs III matters: an abscess we drain, purulent peritonitis we operate",
  [], "eponym")
T("eponym", "Baker cyst")
M("RES", "ultrasound for DVT: negative, just a ruptured Baker cyst - warm packs and NSAIDs",
  [], "eponym")
M("RN", "Mrs. Baker's Baker cyst ruptured, the calf looks awful but the US is negative",
  [("Baker", "NAME")], "name-collision name-possessive")
M("THER", "dietitian: pureed diet for Mr. Bennett, his dentures are at Oak Terrace Senior Living",
  [("Bennett", "NAME"), ("Oak Terrace Senior Living", "LOCATION")], "facility name-plain")
T("eponym", "Bennett fracture")
M("CONS", "hand: Bennett fracture of the thumb base, needs CRPP, not a splint",
  [], "eponym consult-request")
T("trial", "DAWN", "DEFUSE 3")
M("ATT", "/evidence thrombectomy at 20 hours from last known well - DAWN and DEFUSE 3 criteria?",
  [], "slash-command trial-name")
M("CONS", "neuro: Dawn Ritchey-Amos is a thrombectomy candidate per DAWN, LKW 0230, NIHSS 14",
  [("Dawn Ritchey-Amos", "NAME")], "name-common-word name-hyphenated consult-request")
T("score", "NIHSS")
M("RN", "neuro checks q1h in 16, NIHSS 3 from 14 after the thrombectomy",
  [], "score-fraction")
M("CLERK", "Friday potluck in the break room at noon, bring your own plate",
  [], "weekday admin-chatter")
M("RN", "FYI Precious in 4 is the pt, Precious Okeke-Ward, not the baby - baby is in the nursery",
  [("Precious", "NAME"), ("Precious Okeke-Ward", "NAME")], "name-common-word name-hyphenated")
M("CM", "Okeke-Ward's Medi-Cal id 91842203C0, she's visiting from Fresno",
  [("Okeke-Ward", "NAME"), ("91842203C0", "HEALTH_PLAN"), ("Fresno", "LOCATION")], "health-plan city name-possessive")
# =============================================================================================
# Saturday 12/12
# =============================================================================================
DAY("Sat 12/12")
M("RES", "x-cover page: bed 14 St. Pierre chest pain 6/10, EKG unchanged, trop pending, Impella site ok",
  [("St. Pierre", "NAME")], "page score-fraction name-surname-only")
M("RN", "Sat am: Abernathy-Rowe is 102 today! family bringing cake at 2, can she have a small piece on her dysphagia diet?",
  [("Abernathy-Rowe", "NAME"), ("102", "AGE")], "age-over-89-digits quick-question")
M("THER", "SLP: Constance can have a few bites of cake if it's moist, chin tuck, upright at 90 degrees",
  [("Constance", "NAME")], "name-given-only name-message-start")
M("RN", "birthday per the facesheet is 12/12/1924 so yes, it's today, we're singing at 2",
  [("12/12/1924", "DATE")], "dob date-numeric")
M("CLERK", "visitor badge for Drew Abernathy, ID checked - WI DL A165-4418-9902-07",
  [("Drew Abernathy", "NAME"), ("A165-4418-9902-07", "LICENSE")], "drivers-license name-common-word")
T("eponym", "Kernig", "Brudzinski")
M("RES", "x-cover question: Kernig and Brudzinski negative, no meningismus, fever and headache - still LP?",
  [], "eponym quick-question")
M("RES", "overnight admit: 93M from home in Cudahy, found down, CK 18,000, rhabdo. name is Ignatius Woźniak",
  [("93", "AGE"), ("Cudahy", "LOCATION"), ("Ignatius Woźniak", "NAME")], "age-over-89-digits city name-plain")
T("eponym", "Romberg")
M("ATT", "Romberg positive with a B12 of 140 - think subacute combined degeneration, replace IM not PO",
  [], "eponym dose-lab")
M("RN", "Woźniak's daughter Bogna is calling from overseas, ok to update her by phone? she is the HCPOA",
  [("Woźniak", "NAME"), ("Bogna", "NAME")], "name-possessive name-relative quick-question")
M("SW", "Woźniak lives alone at 4410 S Packard Ave, the neighbor found him, no local family",
  [("Woźniak", "NAME"), ("4410 S Packard Ave", "LOCATION")], "address name-surname-only")
M("RES", "Wozniak (no accent in Epic) - MRN 81004417, ED registered him as WOZNIAK IGNACY, merging",
  [("Wozniak", "NAME"), ("81004417", "MRN"), ("WOZNIAK IGNACY", "NAME")], "mrn name-allcaps name-message-start")
T("eponym", "Trendelenburg gait")
M("THER", "PT: Trendelenburg gait after the hip, strengthening glute med, walker for now",
  [], "eponym")
M("PHARM", "Woźniak's home meds came in a bag: simvastatin 80 (!), colchicine, and clarithro from an urgent care on 12/8 - there's the rhabdo",
  [("Woźniak", "NAME"), ("12/8", "DATE")], "date-numeric name-possessive dose-lab")
M("CONS", "nephro: for Mr. Wozniak, CK 18k, creat 2.4 - LR at 200/h, no HD now. I'm at 414-555-0196 all weekend",
  [("Wozniak", "NAME"), ("414-555-0196", "PHONE")], "phone consult-request name-plain")
M("ATT", "Saturday rounds start 0800 in the 5W workroom, Team A first, short list today",
  [], "weekday clock-time sign-out")
T("eponym", "Thompson test")
M("CONS", "ortho: Thompson test negative, Achilles intact, it's a gastroc strain - boot and PT",
  [], "eponym consult-request")
M("RES", "Faith in 10 is the DKA from last night, not the PD peritonitis - that's Dorsey",
  [("Faith", "NAME"), ("Dorsey", "NAME")], "name-common-word name-given-only name-message-start")
M("ATT", "DKA in 10: gap closed, glargine 2h before stopping the drip. she's 19, ran out of insulin 12/9",
  [("12/9", "DATE")], "date-numeric age-under-90")
M("CM", "Okonkwo-Lamb's Medicaid lapsed 11/30, SW helping re-enroll, case # 2026-MA-881204",
  [("Okonkwo-Lamb", "NAME"), ("11/30", "DATE"), ("2026-MA-881204", "ID")], "other-id date-numeric name-hyphenated")
M("SW", "Faith's mom Destiny is 36 and diabetic too, both of them could use the education session",
  [("Faith", "NAME"), ("Destiny", "NAME")], "name-relative name-common-word name-possessive")
T("eponym", "Finkelstein", "De Quervain")
M("CONS", "hand: Finkelstein positive - De Quervain, thumb spica and an injection if no better in 4 wks",
  [], "eponym consult-request")
M("CLERK", "tele central station at 192.0.2.140 dropped beds 15-18 for 4 min at 0312, biomed aware",
  [("192.0.2.140", "IP")], "ip clock-time")
T("eponym", "Phalen", "Tinel")
M("RES", "Phalen and Tinel both positive on the right, wrist splint at night, outpatient EMG",
  [], "eponym")
M("SW", "Woźniak's daughter sent his living will through the share link https://share.example.org/d/ZW-4410-bogna",
  [("Woźniak", "NAME"), ("https://share.example.org/d/ZW-4410-bogna", "URL")], "url name-possessive")
M("RN", "Bogna's email for daily updates: bogna.w@example.com (she's 7 hours ahead)",
  [("Bogna", "NAME"), ("bogna.w@example.com", "EMAIL")], "email name-possessive name-message-start")
T("eponym", "Spurling")
M("CONS", "spine: Spurling positive on the right, C6 radiculopathy, no myelopathy - outpatient PT",
  [], "eponym consult-request")
M("CLERK", "registration: Woźniak's palm-vein scan matched an old enrollment, template PV-22E1-91C4-0B7C, charts linked",
  [("Woźniak", "NAME"), ("PV-22E1-91C4-0B7C", "BIOMETRIC")], "biometric name-possessive")
M("CONS", "EP: Woźniak has an old Boston Sci ICD, serial 448120-773, rep interrogating Monday",
  [("Woźniak", "NAME"), ("448120-773", "DEVICE")], "device-serial")
T("eponym", "McMurray")
M("CONS", "ortho: McMurray equivocal, joint line tenderness medially, MRI as outpatient",
  [], "eponym consult-request")
M("CLERK", "valuables log for Woźniak: wallet, keys, truck title VIN 1FTFW1E58KFA44102, all to security",
  [("Woźniak", "NAME"), ("1FTFW1E58KFA44102", "VEHICLE")], "vehicle")
M("CLERK", "his SS card was in the wallet: 000-42-1187, locked in security with the rest",
  [("000-42-1187", "SSN")], "ssn")
M("CLERK", "billing: FIN 2026-3381027 for Woźniak, self-pay until Medicare is verified",
  [("2026-3381027", "ACCOUNT"), ("Woźniak", "NAME")], "account insurer")
M("CLERK", "security photo of the valuables is valuables_20261212_0710.jpg in his media tab",
  [("valuables_20261212_0710.jpg", "PHOTO")], "photo-filename")
T("eponym", "Virchow node")
M("ATT", "Virchow node on exam in 20, left supraclavicular, hard - GI malignancy workup",
  [], "eponym")
M("RN", "Boo (Beauregard Lattimore) in 18 wants his dog to visit, is pet therapy weekdays only?",
  [("Boo", "NAME"), ("Beauregard Lattimore", "NAME")], "name-nickname name-message-start quick-question")
M("RES", "LATTIMORE, BEAUREGARD T  91M  fall at home, R femoral neck fx, ortho consulted",
  [("LATTIMORE, BEAUREGARD T", "NAME"), ("91", "AGE")], "name-allcaps name-last-first age-over-89-digits")
M("SCHED", "Lattimore hip is posted for Sunday 12/13 at 0730 with Dr. Sato",
  [("Lattimore", "NAME"), ("12/13", "DATE"), ("Sato", "NAME")], "scheduling date-numeric name-clinician")
M("CONS", "ortho: Lattimore, Garden IV femoral neck - hemiarthroplasty tomorrow, hold the Eliquis",
  [("Lattimore", "NAME")], "name-surname-only consult-request")
T("eponym", "Garden classification")
M("RES", "why does the Garden classification even matter if we replace all the displaced ones anyway",
  [], "eponym quick-question")
M("RN", "Lattimore's son Beau Jr: 312" + NBSP + "555" + NBSP + "0149 (pasted from the facesheet)",
  [("Lattimore", "NAME"), ("Beau", "NAME"), ("312" + NBSP + "555" + NBSP + "0149", "PHONE")], "nbsp phone name-relative")
M("RES", "pasted from Epic: Patient: Lattim" + ZW + "ore, Beauregard T  Attending: Sato, Kenji",
  [("Lattim" + ZW + "ore, Beauregard T", "NAME"), ("Sato, Kenji", "NAME")], "zero-width pasted-note name-last-first name-clinician")
M("RN", "the daughter-in-law typed her number on the iPad as " + FW("+81 90-555-0193") + ", she is calling from Japan",
  [(FW("+81 90-555-0193"), "PHONE")], "fullwidth-digits phone relative-not-named")
M("RN", "interpreter wrote the son's number as " + AR("414-555-0182") + " on the whiteboard",
  [(AR("414-555-0182"), "PHONE")], "arabic-indic-digits phone relative-not-named")
M("CLERK", "label printer output: " + RLM + "MRN 81220045" + RLM + " for the new pt in 22, please double check the band",
  [("81220045", "MRN")], "bidi-mark mrn")
T("eponym", "Courvoisier")
M("RES", "painless jaundice with a palpable gallbladder - Courvoisier - CT pancreas protocol",
  [], "eponym")
T("eponym", "Charcot triad", "Reynolds pentad")
M("ATT", "Charcot triad in 19; if she gets confused and hypotensive that's Reynolds pentad and she goes to ERCP now",
  [], "eponym")
M("RES", "Reynolds (bed 19) is the cholangitis, ERCP at 1300, her husband Jonah signed consent",
  [("Reynolds", "NAME"), ("Jonah", "NAME")], "name-collision name-relative name-message-start")
T("brand", "Lasix", "Bumex", "Zaroxolyn")
M("PHARM", "weekend diuretic tip: Lasix 40 IV ~ Bumex 1 IV; add Zaroxolyn 30 min before if resistant, watch the K",
  [], "drug-brand-name dose-lab")
T("eponym", "McBurney", "Rovsing")
M("RES", "McBurney point tenderness and Rovsing positive in the 22M, surgery called",
  [], "eponym age-under-90 consult-request")
T("eponym", "Kehr sign")
M("ATT", "Kehr sign after the splenic lac - left shoulder pain, repeat Hgb in 2h",
  [], "eponym relative-time")
T("eponym", "Beck triad")
M("RES", "Beck triad incomplete but pulsus 22 - echo at bedside, cards fellow coming",
  [], "eponym vitals")
T("eponym", "Quincke", "de Musset")
M("ATT", "severe AR on echo - I could see Quincke pulses and de Musset sign from the door",
  [], "eponym")
M("RN", "Grace in 2 would like the chaplain before her procedure",
  [("Grace", "NAME")], "name-common-word name-given-only name-message-start")
T("score", "GRACE score")
M("RES", "GRACE score 148 for the NSTEMI in 5 - early invasive within 24h",
  [], "score-fraction relative-time")
T("eponym", "Osler nodes")
M("CONS", "ID: Osler nodes on the finger pads and a new murmur, TEE Monday",
  [], "eponym weekday consult-request")
M("ATT", "Mr. Osler (bed 17) - no, he doesn't have endocarditis, he has gout. don't let the name fool you",
  [("Osler", "NAME")], "name-collision")
T("eponym", "Homans sign")
M("ATT", "please stop documenting Homans sign, it's useless - just get the duplex",
  [], "eponym")
T("eponym", "Auspitz", "Koebner")
M("CONS", "derm: Auspitz sign and Koebner at the surgical scar - plaque psoriasis, topicals for now",
  [], "eponym consult-request")
T("eponym", "Hutchinson sign")
M("CONS", "ophtho: Hutchinson sign positive, zoster ophthalmicus - we'll see him today",
  [], "eponym consult-request")
T("eponym", "Kayser-Fleischer")
M("CONS", "ophtho: slit lamp with no Kayser-Fleischer rings, ceruloplasmin still pending",
  [], "eponym consult-request")
T("score", "CURB-65")
M("RES", "CURB-65 of 3 but he refuses the ICU eval, can he stay on the floor with q2 vitals?",
  [], "score-fraction quick-question")
T("score", "qSOFA")
M("RES", "qSOFA 2 in bed 8, blood cx, lactate, broad coverage started",
  [], "score-fraction")
M("RN", "Gwendolyn Ashby-Fortier (bed 7) asking about her home CPAP, her husband Hal will bring it",
  [("Gwendolyn Ashby-Fortier", "NAME"), ("Hal", "NAME")], "name-hyphenated name-relative name-message-start")
T("brand", "ResMed")
M("THER", "RT: home CPAP from ResMed, 10 cm, full face mask - ok to use inpatient after biomed check",
  [], "device-brand dose-lab")
M("THER", "RT: Ashby-Fortier's CPAP serial 23181044517 passed biomed, tag on the cord",
  [("Ashby-Fortier", "NAME"), ("23181044517", "DEVICE")], "device-serial name-possessive")
T("eponym", "Pickwickian")
M("ATT", "the word Pickwickian should be retired - call it obesity hypoventilation and get the ABG",
  [], "eponym")
T("brand", "Coumadin", "Pradaxa")
M("PHARM", "Coumadin clinic is closed weekends, INR checks go to the outpatient lab. Pradaxa needs no INR at all",
  [], "drug-brand-name weekday")
M("PHARM", "Coumadin clinic nurse Thu Trang will call Lindgren Monday, her direct line is 262-555-0158",
  [("Thu Trang", "NAME"), ("Lindgren", "NAME"), ("262-555-0158", "PHONE")], "name-clinician phone")
T("brand", "Precedex", "Seroquel")
M("ATT", "Precedex on the floor is a no, move him to stepdown or use Seroquel 25 at night",
  [], "drug-brand-name")
T("score", "RASS")
M("RN", "RASS +2 in 9, she's climbing out of bed, family sitter is leaving at 8",
  [], "score-fraction relative-not-named")
M("RN", "sitter for 9 tonight is Justice from the float pool",
  [("Justice", "NAME")], "name-common-word name-clinician")
M("RES", "weekend x-cover list: 2 Grace - NPO for EGD, 9 Abernathy-Rowe - delirium, 12 Addison - stim test, 18 Lattimore - NPO mn",
  [("Grace", "NAME"), ("Abernathy-Rowe", "NAME"), ("Addison", "NAME"), ("Lattimore", "NAME")], "handoff-list name-list sign-out")
T("org", "ACOG")
M("CONS", "OB: per ACOG, the antepartum pt with BP 162/112 needs treatment within 60 min - labetalol 20 IV",
  [], "guideline organization vitals")
T("organism", "Acinetobacter baumannii")
M("CONS", "ID: Acinetobacter baumannii from the trach aspirate is likely colonization, don't treat without a clinical change",
  [], "organism consult-request")
T("organism", "Serratia marcescens")
M("RES", "Serratia marcescens in the urine of bed 20 with a chronic Foley - change the catheter before you treat",
  [], "organism")
M("RN", "bed 20's urine is pink - is that the Serratia? no, he's on rifampin",
  [], "common-word-not-name organism")
T("org", "FDA")
M("PHARM", "FDA safety alert on the IV iron product we stock, dilution rules changed - updated in the order set",
  [], "organization")
M("RES", "admit from Saint Columba Nursing Home: 96F with aspiration pneumonia, goals of care unclear",
  [("Saint Columba Nursing Home", "LOCATION"), ("96", "AGE")], "facility age-over-89-digits")
M("SW", "Saint Columba says her guardian is the county public guardian, case worker Rhiannon Tso 608-555-0163",
  [("Saint Columba", "LOCATION"), ("Rhiannon Tso", "NAME"), ("608-555-0163", "PHONE")], "facility phone name-plain")
T("score", "PAINAD")
M("RN", "PAINAD 6 in 23, she's grimacing with turns, PRN given at 1500",
  [], "score-fraction clock-time")
T("brand", "Lidoderm", "Voltaren")
M("PHARM", "Lidoderm patch 12h on/12h off, Voltaren gel ok with the Eliquis if kidney fine",
  [], "drug-brand-name")
M("ATT", "Sunday OR for Lattimore is confirmed, anesthesia is Dr. Kaur-Lindahl",
  [("Lattimore", "NAME"), ("Kaur-Lindahl", "NAME")], "name-clinician name-hyphenated")
T("trial", "HIP ATTACK")
M("ATT", "/evidence accelerated surgery for hip fracture - HIP ATTACK showed no mortality difference, right?",
  [], "slash-command trial-name")
T("brand", "Seasonique")
M("PHARM", "Seasonique is a 91-day pack, not 91 years - the dispensing label confused the new tech",
  [], "drug-brand-name")
M("CONS", "psych: Mr. Holmes has capacity to refuse the PEG, documented. wife Lenore agrees",
  [("Holmes", "NAME"), ("Lenore", "NAME")], "name-plain name-relative consult-request")
T("eponym", "Holmes tremor")
M("CONS", "neuro: rubral (Holmes tremor) after the midbrain stroke, try levodopa first",
  [], "eponym consult-request")
T("org", "Centene")
M("CM", "Centene plans need the LTACH auth 24h ahead, weekends included",
  [], "insurer weekday")
M("CM", "left message for Hal Ashby-Fortier re: home O2 vendor, callback 920 555 0171",
  [("Hal Ashby-Fortier", "NAME"), ("920 555 0171", "PHONE")], "phone name-relative")
M("RN", "new admit 22 is Kazimierz 'Kaz' Dudek-Lowe, 90, aspiration, from Saint Columba",
  [("Kazimierz", "NAME"), ("Kaz", "NAME"), ("Dudek-Lowe", "NAME"), ("90", "AGE"), ("Saint Columba", "LOCATION")],
  "name-nickname age-over-89-digits facility")
T("score", "FOUR score")
M("RES", "FOUR score 12 in the ICU overflow pt, neuro checks q2 overnight",
  [], "score-fraction")
M("RES", "is the FOUR score better than GCS in intubated pts? asking for tonight's teaching",
  [], "no-patient-question score-fraction")
# =============================================================================================
# Sunday 12/13
# =============================================================================================
DAY("Sun 12/13")
M("RN", "Sunday 0700: Lattimore to OR at 0715, consent signed by his son Beau, NPO since 2200",
  [("Lattimore", "NAME"), ("Beau", "NAME")], "name-relative clock-time")
M("CONS", "ortho: Lattimore hemi done, EBL 250, WBAT. implant log stem serial CR-44182-09",
  [("Lattimore", "NAME"), ("CR-44182-09", "DEVICE")], "device-serial consult-request")
T("brand", "Exparel", "Ofirmev")
M("PHARM", "Exparel was used in the OR for the hip, so no other local anesthetic for 96h. Ofirmev only if NPO",
  [], "drug-brand-name relative-time")
M("RES", "Dudek-Lowe's daughter Halina wants to know if he can go back to Saint Columba on Tuesday",
  [("Dudek-Lowe", "NAME"), ("Halina", "NAME"), ("Saint Columba", "LOCATION")], "name-relative facility weekday")
M("CM", "Saint Columba needs Kaz's Medicaid number for the readmit: 44190275Z",
  [("Saint Columba", "LOCATION"), ("Kaz", "NAME"), ("44190275Z", "HEALTH_PLAN")], "health-plan facility name-nickname")
M("CLERK", "Kazimierz Dudek-Lowe's SSN on the old facesheet is 923-08-4417, registration wants to verify",
  [("Kazimierz Dudek-Lowe", "NAME"), ("923-08-4417", "SSN")], "ssn name-possessive")
M("SW", "guardianship form for Dudek-Lowe shows SSN xxx-xx-6614, matches what registration has",
  [("Dudek-Lowe", "NAME"), ("6614", "SSN")], "ssn-partial")
T("org", "WHO")
M("ATT", "WHO analgesic ladder is dated but still a good frame for the students - Sunday teaching at 1100",
  [], "organization weekday")
M("PHARM", "Dudek-Lowe's outside oxycodone is from Dr. Amadi-Quinn, DEA AQ7720418 - verifying before we continue it",
  [("Dudek-Lowe", "NAME"), ("Amadi-Quinn", "NAME"), ("AQ7720418", "LICENSE")], "clinician-license name-clinician name-hyphenated")
M("PHARM", "prescriber on Woźniak's colchicine is an outside NP, WI APNP license 17734-033, calling her office Monday",
  [("Woźniak", "NAME"), ("17734-033", "LICENSE")], "clinician-license name-possessive")
T("eponym", "Virchow triad")
M("RES", "post-op hip + immobile + age = whole Virchow triad, so Lovenox starts tonight, not tomorrow",
  [], "eponym drug-brand-name")
M("CLERK", "Woźniak's nephew wants to move the truck, plate WI 773-PKD, security has the keys",
  [("Woźniak", "NAME"), ("773-PKD", "VEHICLE")], "vehicle name-possessive")
M("RES", "/draft family update e-mail to bogna.w@example.com: her father's CK is down to 6k, creat 1.6, walking with PT",
  [("bogna.w@example.com", "EMAIL")], "slash-command email relative-not-named")
T("eponym", "Ludwig angina")
M("CONS", "ENT: Ludwig angina in the ED, airway is patent, awake fiberoptic if he worsens - ICU, not the floor",
  [], "eponym consult-request")
M("SW", "Halina's email is halina.dudek [at] example [dot] net, she prefers it to phone",
  [("Halina", "NAME"), ("halina.dudek [at] example [dot] net", "EMAIL")], "email-obfuscated name-possessive name-message-start")
M("RN", "Gwendolyn's husband Hal asks that updates go to hal_af@example.org, he's hard of hearing",
  [("Gwendolyn", "NAME"), ("Hal", "NAME"), ("hal_af@example.org", "EMAIL")], "email name-relative name-given-only")
T("brand", "Dilaudid", "Toradol")
M("PHARM", "weekend PRN cleanup: Dilaudid 0.2-0.4 IV is plenty for opioid-naive, Toradol max 5 days, none in the AKI pts",
  [], "drug-brand-name dose-lab")
M("CLERK", "on-call radiologist connects from 2001:db8:4410::17 and can't open PACS, IT paged",
  [("2001:db8:4410::17", "IP")], "ip")
M("RN", "Delacroix's home BP cuff syncs from 198.51.100.77, nothing since Thursday - daughter asked us to check",
  [("Delacroix", "NAME"), ("198.51.100.77", "IP")], "ip name-possessive weekday")
T("score", "Katz ADL")
M("THER", "OT: Katz ADL 3/6 in bed 23, needs assist with bathing, dressing and transfers",
  [], "score-fraction")
M("RES", "Lattimore's intra-op films are at pacs.example.org/study/1.2.840.4418.2026.1213",
  [("Lattimore", "NAME"), ("pacs.example.org/study/1.2.840.4418.2026.1213", "URL")], "url name-possessive")
M("SW", "Faith's mom sent a portal message with a link: mychart.example.com/msg?id=FOL-20261213",
  [("Faith", "NAME"), ("mychart.example.com/msg?id=FOL-20261213", "URL")], "url name-possessive name-common-word")
T("score", "Barthel")
M("THER", "PT: Barthel 45 today from 20 on admit, big improvement, rehab candidate",
  [], "score-fraction")
M("CLERK", "Faith enrolled her face at the clinic check-in kiosk (template FT-7E21A9C4) - does that carry over to inpatient?",
  [("Faith", "NAME"), ("FT-7E21A9C4", "BIOMETRIC")], "biometric name-common-word quick-question")
M("PHARM", "the refill line has Marsh's voiceprint on file as voice_marsh_enroll.wav, she can use it from home",
  [("Marsh", "NAME"), ("voice_marsh_enroll.wav", "BIOMETRIC")], "biometric name-possessive")
M("CLERK", "kiosk log: iris template IR-9924-0417 was used to ID Woźniak at 0932, but he's in bed - who was that?",
  [("IR-9924-0417", "BIOMETRIC"), ("Woźniak", "NAME")], "biometric")
T("org", "NICE")
M("ATT", "NICE hip fracture guidance: surgery on the day of or day after admission - we made it by 18h",
  [], "guideline organization relative-time")
M("CLERK", "billing: Lattimore HAR 8830177452, admitted under obs by mistake, fixing",
  [("Lattimore", "NAME"), ("8830177452", "ACCOUNT")], "account name-surname-only")
M("CLERK", "guarantor account 4471093380 for Dudek-Lowe, his daughter is the guarantor",
  [("4471093380", "ACCOUNT"), ("Dudek-Lowe", "NAME")], "account name-relative")
M("CM", "Holmes' FIN 2026-4419081 converting to hospice GIP at midnight",
  [("Holmes", "NAME"), ("2026-4419081", "ACCOUNT")], "account name-possessive clock-time")
T("org", "NHPCO")
M("CM", "NHPCO eligibility guide for dementia hospice: FAST 7c plus one complication - bed 23 qualifies",
  [], "organization score-fraction")
M("SCHED", "cytology accession for Reynolds' biliary brushing is C26-08814, result Tuesday",
  [("Reynolds", "NAME"), ("C26-08814", "ID")], "other-id name-possessive weekday")
M("RN", "study subject DEL-0417-22 in the delirium trial is Abernathy-Rowe, family consented Friday",
  [("DEL-0417-22", "ID"), ("Abernathy-Rowe", "NAME")], "other-id")
M("ATT", "St. Pierre's Impella CP serial IMP-4418270, device team is tracking the purge issue",
  [("St. Pierre", "NAME"), ("IMP-4418270", "DEVICE")], "device-serial name-possessive")
M("ATT", "ortho screenshotted the x-ray: Screenshot 2026-12-13 at 11.42.07.png - please upload from PACS instead",
  [("Screenshot 2026-12-13 at 11.42.07.png", "PHOTO")], "photo-filename")
M("RN", "wound photos for Dudek-Lowe's sacrum are PXL_20261213_154402.jpg and PXL_20261213_154419.jpg",
  [("Dudek-Lowe", "NAME"), ("PXL_20261213_154402.jpg", "PHOTO"), ("PXL_20261213_154419.jpg", "PHOTO")], "photo-filename name-possessive")
M("CM", "Saint Columba fax for the discharge packet is 608-555-0129, attn admissions",
  [("Saint Columba", "LOCATION"), ("608-555-0129", "FAX")], "facility fax")
M("CLERK", "new admit 3: MRN 70218845, Lattimore?? no - that's 18. bed 3 is 60817735, name pending from the ED",
  [("70218845", "MRN"), ("Lattimore", "NAME"), ("60817735", "MRN")], "mrn no-label")
T("organism", "Babesia microti", "Anaplasma")
M("CONS", "ID: Babesia microti parasitemia 4% - atovaquone + azithro, and send Anaplasma PCR, same tick",
  [], "organism consult-request")
M("RES", "bed 3 is Delphine Marchetti-Oyelowo, 99, from home, babesiosis, lives in Nantucket half the year",
  [("Delphine Marchetti-Oyelowo", "NAME"), ("99", "AGE"), ("Nantucket", "LOCATION")], "age-over-89-digits city name-hyphenated")
M("RN", "Marchetti-Oyelowo's companion Joy Lindqvist is on the HIPAA form",
  [("Marchetti-Oyelowo", "NAME"), ("Joy Lindqvist", "NAME")], "name-possessive name-common-word")
T("org", "ASH")
M("CONS", "heme: ASH says exchange transfusion for parasitemia >10% or severe hemolysis - she's at 4%, no exchange",
  [], "guideline organization")
M("ATT", "Marchetti-Oyelowo, ninety-nine, sharp as a tack, declining the exchange anyway",
  [("Marchetti-Oyelowo", "NAME"), ("ninety-nine", "AGE")], "age-over-89-words name-message-start")
T("eponym", "Charcot foot")
M("CONS", "podiatry: Charcot foot, midfoot collapse, total contact cast, non-weightbearing",
  [], "eponym consult-request")
T("eponym", "Lisfranc")
M("RES", "Lisfranc injury on the weight-bearing film, fleck sign present - ortho foot & ankle",
  [], "eponym")
T("score", "Padua", "Caprini")
M("RES", "Padua 5 on the medicine side, Caprini 8 on the surgical side - both say prophylaxis",
  [], "score-fraction place-disease")
M("CONS", "neuro: Mrs. Chance has a Chance fracture? no - she has an L1 compression fracture, Chance is a different pattern",
  [("Chance", "NAME")], "name-collision consult-request")
T("eponym", "Chance fracture")
M("ATT", "seatbelt sign + Chance fracture = look for bowel injury, CT again with contrast",
  [], "eponym")
T("eponym", "Jefferson fracture")
M("RES", "Jefferson fracture on the CT c-spine, C1 ring with lateral mass spread - neurosurg, halo?",
  [], "eponym quick-question")
T("eponym", "Barton fracture")
M("CONS", "hand: volar Barton fracture, plating Tuesday",
  [], "eponym weekday consult-request")
T("eponym", "Pott disease")
M("CONS", "ID: Pott disease on the MRI - biopsy before RIPE, send AFB and GeneXpert",
  [], "eponym consult-request")
T("eponym", "Osgood-Schlatter")
M("RES", "peds overflow kid with Osgood-Schlatter, nothing to do inpatient, ice and ibuprofen",
  [], "eponym")
T("eponym", "Legg-Calve-Perthes")
M("CONS", "peds ortho: Legg-Calve-Perthes, limit impact, follow-up films",
  [], "eponym consult-request")
T("eponym", "Segond fracture")
M("RES", "Segond fracture = ACL until proven otherwise, MRI outpatient",
  [], "eponym")
T("eponym", "Raynaud", "Buerger")
M("CONS", "vascular: not Raynaud - he smokes 2 ppd and has digital ulcers, this is Buerger",
  [], "eponym consult-request")
T("eponym", "Dupuytren")
M("ATT", "Dupuytren contracture is not why he can't hold the cup, it's the ulnar neuropathy",
  [], "eponym")
T("eponym", "Takayasu")
M("CONS", "rheum: unequal arm BPs, bruits, 28F - Takayasu, MRA of the aortic arch",
  [], "eponym age-under-90 consult-request")
T("eponym", "Henoch-Schonlein")
M("RES", "palpable purpura on the legs, hematuria - Henoch-Schonlein, IgA vasculitis, check UPCR",
  [], "eponym")
T("eponym", "Behcet")
M("CONS", "rheum: oral + genital ulcers, pathergy positive - Behcet, colchicine to start",
  [], "eponym consult-request")
T("eponym", "Huntington")
M("CONS", "neuro: chorea + family history - Huntington testing needs genetic counseling first",
  [], "eponym relative-not-named")
T("eponym", "Creutzfeldt-Jakob")
M("CONS", "neuro: RT-QuIC sent for Creutzfeldt-Jakob, infection control notified for instrument handling",
  [], "eponym consult-request")
T("eponym", "Korsakoff")
M("ATT", "Korsakoff is the memory piece after Wernicke - confabulation in 7 is new, keep the thiamine going",
  [], "eponym")
T("eponym", "Broca aphasia")
M("RES", "Broca aphasia, right face and arm - code stroke called 1422",
  [], "eponym clock-time")
T("eponym", "Argyll Robertson")
M("CONS", "ophtho: Argyll Robertson pupils - send RPR and FTA, LP for neurosyphilis",
  [], "eponym consult-request")
T("organism", "Treponema pallidum")
M("CONS", "ID: Treponema pallidum PCR on the chancre positive, benzathine pen today",
  [], "organism consult-request")
T("organism", "Borrelia burgdorferi")
M("RES", "Borrelia burgdorferi serology positive with heart block - temp wire? cards says watch on tele",
  [], "organism quick-question")
T("organism", "Listeria monocytogenes")
M("CONS", "ID: Listeria monocytogenes in CSF, ampicillin + gent, no cephalosporin",
  [], "organism consult-request")
T("organism", "Pasteurella multocida")
M("RES", "cat bite, Pasteurella multocida on the wound cx - Augmentin 5 days",
  [], "organism drug-brand-name")
T("organism", "Capnocytophaga")
M("CONS", "ID: dog bite in an asplenic pt - cover Capnocytophaga, admit",
  [], "organism consult-request")
T("organism", "Vibrio vulnificus")
M("CONS", "ID: Vibrio vulnificus after the oyster dinner, doxy + ceftaz, surgery to look at the leg",
  [], "organism consult-request")
T("organism", "Staphylococcus lugdunensis")
M("CONS", "ID: Staphylococcus lugdunensis behaves like aureus - treat it, don't call it a contaminant",
  [], "organism place-disease consult-request")
T("organism", "Mycobacterium marinum")
M("CONS", "derm: sporotrichoid nodules after cleaning the fish tank - Mycobacterium marinum, biopsy + culture at 30C",
  [], "organism temperature consult-request")
T("org", "AASLD")
M("CONS", "hepatology: AASLD says albumin with large-volume paracentesis over 5 L, 6-8 g per liter removed",
  [], "guideline organization dose-lab")
T("brand", "Humira", "Stelara")
M("CM", "Humira biosimilar switch is mandatory on most plans now; Stelara needs a new PA each year",
  [], "drug-brand-name insurer")
T("brand", "Plaquenil")
M("PHARM", "Plaquenil: baseline eye exam within the first year, then annually after 5 years",
  [], "drug-brand-name relative-time")
T("org", "Lexicomp", "Micromedex")
M("PHARM", "Lexicomp and Micromedex disagree on the QT risk, I go with CredibleMeds",
  [], "organization")
T("org", "CredibleMeds")
T("brand", "Zofran", "Reglan", "Compazine")
M("PHARM", "antiemetic order for QT > 500: no Zofran, no Reglan, no Compazine - scopolamine patch or low-dose olanzapine",
  [], "drug-brand-name dose-lab")
T("brand", "Remeron", "Megace")
M("THER", "dietitian: Remeron over Megace for appetite in the elderly, fewer clots",
  [], "drug-brand-name")
T("brand", "Senokot", "Colace", "Relistor")
M("RN", "bowel regimen: Senokot scheduled, Colace is pointless, Relistor if no BM in 72h on opioids",
  [], "drug-brand-name relative-time")
M("SCHED", "Monday add-ons: 2 EGDs, 1 ERCP, 1 TEE, 1 bronch - fax/upload consents before 0700",
  [], "scheduling weekday clock-time")
M("SCHED", "the new scheduling template for Monday-Friday clinic follow-ups is in the shared drive, old one retired",
  [], "scheduling weekday")
M("SCHED", "cardiac rehab only takes referrals with an EF on file, attach the echo to the referral",
  [], "scheduling")
M("SW", "Sunday chapel service at 10 is streamed to the room TVs on channel 42",
  [], "weekday code-number")
M("SW", "reminder: court-ordered holds expire at 72h, and the petition has to be filed by the weekend clerk",
  [], "relative-time")
M("SW", "Faith Okonkwo-Lamb's diabetes education is Monday 12/14 at 10, Destiny will join by video",
  [("Faith Okonkwo-Lamb", "NAME"), ("12/14", "DATE"), ("Destiny", "NAME")], "name-common-word date-numeric name-relative")
M("SCHED", "Okonkwo-Lamb f/u: endo 12/22 0940, PCP 1/4 1320, both at Westlake Health Center",
  [("Okonkwo-Lamb", "NAME"), ("12/22", "DATE"), ("1/4", "DATE"), ("Westlake Health Center", "LOCATION")], "scheduling date-numeric facility")
M("SCHED", "Woźniak's PCP is at the Cudahy Family Clinic, first available Dec 28th",
  [("Woźniak", "NAME"), ("Cudahy Family Clinic", "LOCATION"), ("Dec 28th", "DATE")], "scheduling facility date-written")
M("RN", "Sunday sign-out: 3 Marchetti-Oyelowo - parasitemia q12. 7 Ashby-Fortier - CPAP. 18 Lattimore - POD0. 22 Dudek-Lowe - aspiration",
  [("Marchetti-Oyelowo", "NAME"), ("Ashby-Fortier", "NAME"), ("Lattimore", "NAME"), ("Dudek-Lowe", "NAME")], "handoff-list name-list sign-out name-hyphenated")
M("RES", "pt in 5 keeps saying her name is Queenie, chart says Regina Osterhout - both are her per the son",
  [("Queenie", "NAME"), ("Regina Osterhout", "NAME")], "name-nickname name-common-word")
M("RN", "Osterhout lives with her son at 19 Bramble Way, Menomonee Falls, WI 53051 - the son is the caregiver",
  [("Osterhout", "NAME"), ("19 Bramble Way", "LOCATION"), ("Menomonee Falls", "LOCATION"), ("53051", "LOCATION")], "address city zip")
M("RES", "admission note: 95F, hx of HFrEF, from home in Menomonee Falls, son at bedside",
  [("95", "AGE"), ("Menomonee Falls", "LOCATION")], "age-over-89-digits city pasted-note")
M("CONS", "cards: Osterhout's CRT-D was placed at St. Anselm Heart Institute, serial on the card is PX-20418-K",
  [("Osterhout", "NAME"), ("St. Anselm Heart Institute", "LOCATION"), ("PX-20418-K", "DEVICE")], "device-serial facility name-possessive")
M("RN", "Queenie wants her hair done before her grandson's visit, anyone have a curling iron lol",
  [("Queenie", "NAME")], "name-nickname name-message-start")
M("ATT", "Monday plan: discharge 7, 18 and 23; family meeting for 3; TEE for 17 - see you all at 0800",
  [], "sign-out weekday room-bed-number")
M("RES", "night float: quiet so far, 2 admits - both in the ED still, no names yet",
  [], "sign-out")
# =============================================================================================
# more messages from the same week (written after the day-by-day pass, same rules)
# =============================================================================================
DAY("Mon 12/7")
M("CLERK", "bed 19 admit: Ruiz-Olmedo, Sebastián  MRN 44018273  DOB 5/2/1961",
  [("Ruiz-Olmedo, Sebastián", "NAME"), ("44018273", "MRN"), ("5/2/1961", "DATE")], "mrn dob name-last-first")
M("RN", "pls page Dr. Hartigan re: bed 19's CBI, clots again, his pager is in Amion",
  [("Hartigan", "NAME")], "name-clinician page")
M("PHARM", "RPh Tomasz is on until 2300 tonight, after that call main pharmacy",
  [("Tomasz", "NAME")], "name-given-only name-clinician clock-time")
M("RES", "pt JT in 20 (Jonah Talbot) with the SBO, NGT to LIWS, surgery following",
  [("JT", "NAME"), ("Jonah Talbot", "NAME")], "name-initial name-plain")
M("RN", "mr talbot says he's allergic to morphine but it's itching only, ok to give?",
  [("talbot", "NAME")], "name-lowercase lowercase quick-question")
M("CM", "Talbot lives in Greendale with his mom, she can't do stairs, first-floor setup needed",
  [("Talbot", "NAME"), ("Greendale", "LOCATION")], "city discharge-planning name-message-start")
T("brand", "Kerlix", "Xeroform")
M("THER", "wound RN: Xeroform to the donor site, Kerlix wrap, leave it until POD 5",
  [], "drug-brand-name")
M("RN", "Talbot's mom's van, plate 2MVN-448, is sitting in the ED bay, security asking",
  [("Talbot", "NAME"), ("2MVN-448", "VEHICLE")], "vehicle name-possessive")
DAY("Tue 12/8")
M("CLERK", "MRN 39920418 and 39920481 are both 'Nakashima, Emiko' - the second is a test patient, don't chart on it",
  [("39920418", "MRN"), ("39920481", "MRN"), ("Nakashima, Emiko", "NAME")], "mrn name-last-first")
M("RES", "Nakashima, Emiko 94F - afib on Eliquis, fall at home, CT head negative",
  [("Nakashima, Emiko", "NAME"), ("94", "AGE")], "age-over-89-digits name-message-start")
M("PHARM", "Emiko's Eliquis should be 2.5 bid: she's over 80 and weighs 54 kg",
  [("Emiko", "NAME")], "name-given-only name-possessive dose-lab")
M("CONS", "geri: Mrs. Nakashima, 94, lives at Sakura Gardens independent living, daughter Kimiko is the contact (414-555-0172)",
  [("Nakashima", "NAME"), ("94", "AGE"), ("Sakura Gardens", "LOCATION"), ("Kimiko", "NAME"), ("414-555-0172", "PHONE")],
  "age-over-89-digits facility name-relative phone")
M("RN", "NAKASHIMA MOVED FROM 11 TO 12 AT 1400, PLS UPDATE THE BOARD",
  [("NAKASHIMA", "NAME")], "name-allcaps allcaps")
M("SW", "Kimiko Nakashima-Ford asked about respite care for her mom, she's exhausted",
  [("Kimiko Nakashima-Ford", "NAME")], "name-hyphenated name-relative")
M("CLERK", "last 4 of SSN 3310 for Nakashima checked on the phone before giving out the room number",
  [("3310", "SSN"), ("Nakashima", "NAME")], "ssn-partial")
T("brand", "Santyl", "Medihoney")
M("THER", "wound RN: Santyl for the eschar on the heel, Medihoney if the family prefers, no wet-to-dry",
  [], "drug-brand-name relative-not-named")
DAY("Wed 12/9")
M("RES", "Pham-Whitaker MRN 52207718 - the cath report is filed under the wrong encounter",
  [("Pham-Whitaker", "NAME"), ("52207718", "MRN")], "mrn name-hyphenated")
M("CM", "Joy P-W needs cardiac rehab auth: UHC member id 918204477-01",
  [("Joy P-W", "NAME"), ("918204477-01", "HEALTH_PLAN")], "health-plan name-initial name-common-word")
M("RN", "bed 5 Joy wants to shower, ok with the radial site at 24h?",
  [("Joy", "NAME")], "name-common-word name-given-only")
M("CLERK", "DOB check for Okonjo: 11/19/1958, matches the band",
  [("Okonjo", "NAME"), ("11/19/1958", "DATE")], "dob date-numeric")
M("RES", "Okonjo's event monitor ships to 610 Juniper St, Racine 53403 - confirmed with his wife",
  [("Okonjo", "NAME"), ("610 Juniper St", "LOCATION"), ("Racine", "LOCATION"), ("53403", "LOCATION")], "address city zip")
M("ATT", "Will Okonjo's wife Hope called - she's a nurse herself and wants the echo numbers",
  [("Will Okonjo", "NAME"), ("Hope", "NAME")], "name-common-word name-relative family-update")
M("CLERK", "copy from the Haiku app: Delacroix, Hope  MRN " + FW("60331872"),
  [("Delacroix, Hope", "NAME"), (FW("60331872"), "MRN")], "fullwidth-digits mrn name-last-first")
T("brand", "Cleviprex", "Cardene")
M("PHARM", "Cleviprex is the fast one, Cardene is the cheap one - both fine for the BP goal after the bleed",
  [], "drug-brand-name")
M("CLERK", "Kowalczyk's account 3300418827 got billed twice for the colonoscopy, finance fixing",
  [("Kowalczyk", "NAME"), ("3300418827", "ACCOUNT")], "account name-possessive")
DAY("Thu 12/10")
M("RES", "Abernathy-Rowe MRN 30177426 - please add the POLST to media",
  [("Abernathy-Rowe", "NAME"), ("30177426", "MRN")], "mrn name-hyphenated")
M("RN", "transport for Feldhaus to MRI at 1500, his MRN is 61104472",
  [("Feldhaus", "NAME"), ("61104472", "MRN")], "mrn clock-time")
M("CLERK", "fax from Northpoint Family Clinic for Okafor: the PCP wants the dc summary at 262-555-0134",
  [("Northpoint Family Clinic", "LOCATION"), ("Okafor", "NAME"), ("262-555-0134", "FAX")], "facility fax")
M("CM", "Mendoza-Ahn's wife Rosario, cell 773 555 0107, is the only English speaker at home",
  [("Mendoza-Ahn", "NAME"), ("Rosario", "NAME"), ("773 555 0107", "PHONE")], "phone name-relative name-possessive")
M("SCHED", "Dorsey's PD retraining is 12/15 8-12 at Lakeside Home Dialysis",
  [("Dorsey", "NAME"), ("12/15", "DATE"), ("Lakeside Home Dialysis", "LOCATION")], "scheduling date-numeric facility")
M("ATT", "new consult: Navarro-Quist, 90, from Brightwater Senior Living, syncope, MRN 71204983",
  [("Navarro-Quist", "NAME"), ("90", "AGE"), ("Brightwater Senior Living", "LOCATION"), ("71204983", "MRN")],
  "age-over-89-digits facility mrn")
M("SCHED", "NPI for Dr. Haldane on the referral form: 1730418826",
  [("Haldane", "NAME"), ("1730418826", "LICENSE")], "clinician-license name-clinician")
M("RN", "travel RN Ashlyn Ferrante starts tonight, WI RN license 221044-30 still pending verification",
  [("Ashlyn Ferrante", "NAME"), ("221044-30", "LICENSE")], "clinician-license name-clinician")
M("CLERK", "Okafor's home pulse ox pairs through the hub at 203.0.113.15, vendor will reset it",
  [("Okafor", "NAME"), ("203.0.113.15", "IP")], "ip name-possessive")
M("PHARM", "Nakashima's fingerprint template for outpatient pickup (FPT-330-19A4) failed, photo ID used instead",
  [("Nakashima", "NAME"), ("FPT-330-19A4", "BIOMETRIC")], "biometric name-possessive")
M("THER", "SLP: voice sample talbot_voice_1210.wav saved for the dysphonia study, consent in media",
  [("talbot_voice_1210.wav", "BIOMETRIC")], "biometric")
T("brand", "Solu-Medrol", "Decadron")
M("PHARM", "Solu-Medrol 125 for the COPD flare is too much, 40 of prednisone works; Decadron only for the croup kid",
  [], "drug-brand-name dose-lab")
M("CLERK", "HAR 9920418361 for Adeyemi is missing the IVIG charge",
  [("9920418361", "ACCOUNT"), ("Adeyemi", "NAME")], "account")
DAY("Fri 12/11")
M("RN", "Friday AM labs: 4 Ferreira-Salcedo K 3.1, 10 Feldhaus Cr 1.9, 14 St. Pierre Hgb 8.8, 19 D'Souza WBC 14",
  [("Ferreira-Salcedo", "NAME"), ("Feldhaus", "NAME"), ("St. Pierre", "NAME"), ("D'Souza", "NAME")], "handoff-list name-list dose-lab")
M("CM", "Feldhaus going home to 818 Oriole Dr, Brookfield - hospital bed delivery Saturday",
  [("Feldhaus", "NAME"), ("818 Oriole Dr", "LOCATION"), ("Brookfield", "LOCATION")], "address city discharge-planning")
M("RES", "Feldhaus, Max - DOB 08/23/1944, the ID band said 1949, reprinted",
  [("Feldhaus, Max", "NAME"), ("08/23/1944", "DATE")], "dob name-last-first year-only")
M("CLERK", "Feldhaus's daughter is Summer Feldhaus-Roy, 414-555-0165",
  [("Feldhaus", "NAME"), ("Summer Feldhaus-Roy", "NAME"), ("414-555-0165", "PHONE")], "phone name-relative name-common-word")
M("PHARM", "D'Souza's Part D member id MBX70418832, the plan prefers apixaban",
  [("D'Souza", "NAME"), ("MBX70418832", "HEALTH_PLAN")], "health-plan name-possessive")
M("SW", "D'Souza stays in a rooming house on Walnut St, no phone - reach him through his case manager",
  [("D'Souza", "NAME"), ("Walnut St", "LOCATION")], "address name-surname-only")
M("CLERK", "car in garage spot 14 (plate 9ZKL305) belongs to St. Pierre's wife, she's been here since Wednesday",
  [("9ZKL305", "VEHICLE"), ("St. Pierre", "NAME")], "vehicle name-possessive")
M("CLERK", "Okeke-Ward's SSN from her card is 967-24-0815, registration needs it for the Medi-Cal retro",
  [("Okeke-Ward", "NAME"), ("967-24-0815", "SSN")], "ssn name-possessive")
M("RES", "Okeke-Ward is postpartum, delivered 12/2 at Fresno Community, came here visiting family",
  [("Okeke-Ward", "NAME"), ("12/2", "DATE"), ("Fresno Community", "LOCATION")], "date-numeric facility")
M("CM", "SNF packet for Vella uploaded to https://transfer.example.net/pkt/VL-2026-1211",
  [("Vella", "NAME"), ("https://transfer.example.net/pkt/VL-2026-1211", "URL")], "url")
M("SW", "Quang can fill out the FMLA online at www.example.com/fmla/quang-tran",
  [("Quang", "NAME"), ("www.example.com/fmla/quang-tran", "URL")], "url name-given-only")
M("RN", "remote monitoring alert from 198.51.100.140 for Ramirez at Cedar Hollow - weight up 2 kg",
  [("198.51.100.140", "IP"), ("Ramirez", "NAME"), ("Cedar Hollow", "LOCATION")], "ip facility")
M("PHARM", "Heparin" + ZW + " drip: bolus 80 units/kg then " + AR("18") + " units/kg/h per the nomogram (label printed that way)",
  [], "unicode-clean zero-width arabic-indic-digits dose-lab")
M("RN", "Zosyn 4.5" + NBSP + "g q8h extended infusion started at 1400 in bed 8",
  [], "unicode-clean nbsp drug-brand-name")
M("PHARM", "Kcentra " + FW("25") + " units/kg for INR 2-4, the order set pasted full-width digits again",
  [], "unicode-clean fullwidth-digits drug-brand-name")
M("RN", "Lasix " + FW("40") + " mg IV given at 0900, UOP 900 mL since",
  [], "unicode-clean fullwidth-digits dose-lab")
DAY("Sat 12/12")
M("PHARM", "after 2300 the satellite pharmacy closes - call main pharmacy at x4417, the verification queue forwards there",
  [], "code-number clock-time")
M("RES", "x-cover tip: page the ICU fellow at 3318 for any MET call with a lactate over 4, don't wait for the RRT",
  [], "code-number page")
DAY("Sun 12/13")
M("CLERK", "Sunday census 28/32, the ED boarding two for us, bed 6 pending terminal clean",
  [], "score-fraction room-bed-number weekday")
DAY("Tue 12/8")
M("SW", "Kimiko's email for the respite list: kimiko.nf@example.com, she checks it at night",
  [("Kimiko", "NAME"), ("kimiko.nf@example.com", "EMAIL")], "email name-possessive name-given-only")
DAY("Wed 12/9")
M("RN", "Vella's last dig dose was the morning of December 9th per his pill box, level pending",
  [("Vella", "NAME"), ("December 9th", "DATE")], "date-written name-possessive")
M("CLERK", "Kowalczyk colonoscopy rescheduled 12.14.26, confirmed with the GI desk",
  [("Kowalczyk", "NAME"), ("12.14.26", "DATE")], "date-other-format scheduling name-message-start")
DAY("Thu 12/10")
M("RES", "pasted: Date of admission: 2026-12-10  Date of service: 2026-12-10  Patient: Navarro-Quist, Inés",
  [("2026-12-10", "DATE"), ("2026-12-10", "DATE"), ("Navarro-Quist, Inés", "NAME")], "date-iso pasted-note name-last-first")
M("RES", "/draft H&P: ninety-one-year-old woman from home with syncope and a new LBBB, lives with her grandson",
  [("ninety-one", "AGE")], "slash-command age-over-89-words relative-not-named")
M("ATT", "our 90-plus patients get the geri consult automatically now, no order needed",
  [], "age-aggregate")
M("CLERK", "chart # 44018273 has the wrong PCP listed, please fix before the dc summary goes out",
  [("44018273", "MRN")], "mrn no-label")
DAY("Fri 12/11")
M("CONS", "onc: Mr. bin Yusof's last rituximab was 10-Nov-2026, check hep B DNA before the next cycle",
  [("bin Yusof", "NAME"), ("10-Nov-2026", "DATE")], "date-dmy-abbrev name-lowercase consult-request")
M("CM", "Abernathy-Rowe's hospice eval is Mon Dec 14th with the Pine Ridge team",
  [("Abernathy-Rowe", "NAME"), ("Dec 14th", "DATE"), ("Pine Ridge", "LOCATION")], "date-written facility name-possessive")
DAY("Sat 12/12")
M("RN", "pls reprint the band for mrn 81004417, the accent broke the printer again",
  [("81004417", "MRN")], "mrn lowercase")
M("RES", "Dudek-Lowe had a PEG placed 03/2024 at Riverbend, removed since",
  [("Dudek-Lowe", "NAME"), ("03/2024", "DATE"), ("Riverbend", "LOCATION")], "date-month-year facility")
DAY("Sun 12/13")
M("SW", "Osterhout's son says she fell on Thanksgiving Day 2026 too and never told anyone",
  [("Osterhout", "NAME"), ("Thanksgiving Day 2026", "DATE")], "holiday-date name-possessive")
M("SCHED", "Lattimore: staple removal 12/24 and post-op check 12/28, both at Lakeview Bone & Joint",
  [("Lattimore", "NAME"), ("12/24", "DATE"), ("12/28", "DATE"), ("Lakeview Bone & Joint", "LOCATION")], "scheduling date-numeric facility")
M("RN", "Beau says e-mail him instead: beau dot lattimore at example dot net",
  [("Beau", "NAME"), ("beau dot lattimore at example dot net", "EMAIL")], "email-obfuscated name-relative name-message-start")
DAY("Mon 12/7")
M("ATT", "@Priya can you cover the 1400 family meeting for Beaulieu? I'm stuck in clinic",
  [("Priya", "NAME"), ("Beaulieu", "NAME")], "name-mention name-clinician family-update")
T("eponym", "May-Thurner")
M("CONS", "IR: May-Thurner on the venogram, left iliac compression - stenting next week, anticoagulate until then",
  [], "eponym month-word consult-request")
DAY("Tue 12/8")
M("CLERK", "family number per the interpreter note: " + RLM + "414-555-0153" + RLM + " (the daughter, Arabic only)",
  [("414-555-0153", "PHONE")], "bidi-mark phone relative-not-named")
M("RES", "Nakashima's last colonoscopy was 11/2019, no repeat at 94",
  [("Nakashima", "NAME"), ("11/2019", "DATE"), ("94", "AGE")], "date-month-year age-over-89-digits name-possessive")
DAY("Thu 12/10")
M("ATT", "the falls committee says pts over 90 get a bed alarm by default, no order needed",
  [], "age-aggregate")
M("RES", "March fracture on the bone scan of the recruit in peds overflow - boot and rest, not a stress test",
  [], "month-word capitalized-word")
M("PHARM", "Feldhaus' bottle label says DOB 8.23.44, pharmacy flagged it against the band",
  [("Feldhaus", "NAME"), ("8.23.44", "DATE")], "date-other-format dob name-possessive")
DAY("Fri 12/11")
M("THER", "RT: Haddad's vent company comes on the 15th to pick up the loaner",
  [("Haddad", "NAME"), ("15th", "DATE")], "date-ordinal name-possessive")
M("CONS", "cards: outside records say Osterhout's last echo was 03-Sep-2026, EF 30%",
  [("Osterhout", "NAME"), ("03-Sep-2026", "DATE")], "date-dmy-abbrev name-possessive consult-request")
DAY("Sat 12/12")
M("CLERK", "Epic header for Vella shows DOB 1933-07-22, matches the band",
  [("Vella", "NAME"), ("1933-07-22", "DATE")], "date-iso dob")
DAY("Sun 12/13")
M("SW", "per his daughter, Dudek-Lowe was still walking at Saint Columba's party on Christmas Eve 2025",
  [("Dudek-Lowe", "NAME"), ("Saint Columba", "LOCATION"), ("Christmas Eve 2025", "DATE")], "holiday-date facility family-update")
T("org", "ATS")
M("PHARM", "the 2019 ATS/IDSA pneumonia guideline dropped HCAP - stop reflex vanc + pip-tazo for every nursing home admit",
  [], "year-only guideline")
M("RN", "interpreter's note for the family says the dose is " + AR("500") + " mg of Keppra twice a day, same as the MAR",
  [], "arabic-indic-digits unicode-clean drug-brand-name")

# ---------------------------------------------------------------------------------------------
# SOURCE.md (the counts tables are appended by main())
# ---------------------------------------------------------------------------------------------
SOURCE_HEAD = r"""# Independent PHI chat evaluation set v5 (dev / test)

## How it was written
- A synthetic week (Monday 7 to Sunday 13 December 2026) of a busy US hospital team's chat with the
  clinical assistant bot, mostly around one medicine unit ("5 West") and the people who pass through it:
  nurses and charge nurses, interns and residents, attendings, fellows and NPs, pharmacists, case
  managers, social workers, schedulers, unit clerks, consultants (ID, cards, nephro, GI, heme/onc, neuro,
  derm, ortho, psych, geri, genetics, ophtho, ENT, OB) and therapists (PT, OT, SLP, RT, dietitian, wound
  nurse, chaplain). Message types: sign-outs and handoff lists ("bed 4 Ramirez - ...; bed 6 ..."), pages
  and rapid-response calls, quick questions, `/draft` and `/evidence` commands, pasted note and
  registration fragments, discharge planning, consult requests and replies, family updates, scheduling,
  insurance and peer-to-peer calls, billing and registration chatter, admin notices. The same invented
  patients recur through the week (admission, consults, family meeting, discharge or death), as in a
  real unit.
- Every message was written one by one for this set by an author who did not read the detector's code,
  its tests or the benchmark scripts, and did not read the messages of the earlier sets (v1-v4). Only
  bench/data/phi_chat_v3/SOURCE.md, bench/data/phi_chat_v4/SOURCE.md and the helper / check / split
  code of v4's build.py were read (located with a grep for `def` and constant lines, then only those
  line ranges were printed; no message line of v3 or v4 was seen). The check and split code is reused
  with a new seed and v5-specific checks.
- About half the messages (@@CLEAN@@ of @@ALL@@) are clean on purpose and full of look-alikes; the others carry
  identifiers of all 18 HIPAA categories, weighted towards names, dates, locations, ages over 89, MRNs and
  phone numbers.
- Names appear in every way a team chat uses them: surname only, given name only, "Last, First"
  (with middle initials, ALL CAPS registration style, a lowercase particle: "van der Merwe, Pieter"),
  nicknames (Skip, Mikey, Boo, Queenie, Penny, Kiki, Chuy, Kaz, Lupita), initials (L.R., JT, "Estelle
  B-M", "Joy P-W"), all caps and all lowercase, multi-part and non-English names (María José de la Fuente,
  Nguyen Thi Hoa, Abdul-Rahman bin Yusof, Woźniak / Wozniak), names that are ordinary words (Hope, Faith,
  Hunter, Summer, Rose, Bill, Pat, Drew, Will, Grant, Joy, Gene, Art, Rich, Max, Lance, Dawn, Crystal,
  Amber, Robin, Frank, Chase, Sage, Grace, Justice, Precious, Destiny, Chance ...), names that collide
  with an eponym or a drug in the same message (Mr. Hoyer and the Hoyer lift, Mrs. Foley and her Foley,
  Mr. Parkinson without Parkinson disease, Mrs. Cabot's Cabot rings, Mr. Gilbert's Gilbert syndrome, Ms.
  Lynch with Lynch syndrome, Mrs. Baker's Baker cyst, Forrest Lindgren's Forrest IIa ulcer, Mrs. Chance
  without a Chance fracture, Syeda Rahman on Syeda), staff (RN Kim, Dr. Osei, @Osei, RPh Tomasz, Todd
  the EEG tech, Drew from transport), relatives, and names in handoff lists.
- Clean messages carry the bait: @@TERMS@@ distinct capitalised clinical terms, each registered in build.py
  with T(kind, ...) and checked to occur in 1 to 4 clean messages (so no term is leaned on again and
  again): eponymous signs, tests, manoeuvres, syndromes, fractures, operations and devices; place-named
  diseases, viruses, criteria, classifications, collars and braces (Pontiac fever, Jamestown Canyon,
  Powassan, West Haven, King's College, Amsterdam II, Lyon consensus, Miami J, Aspen collar, Boston
  brace, Philadelphia chromosome, Ann Arbor, Lugano, Deauville ...); drug, formula and dressing brands,
  many of them given names or words (Syeda, Ocella, Seasonique, Sage, Ensure, Boost Breeze, Dolphin,
  Narcan ...); organisms; gene and protein symbols; trial names (DAWN, RECOVERY, SMART, POET, HIP ATTACK
  ...); named scores and tools (GRACE score, YEARS, PERC, FOUR score, 4AT ...); organisations, guideline
  bodies, insurers, companies and programmes (Oscar, Kaiser, Kepro, naviHealth, Meals on Wheels, Ronald
  McDonald House, Joint Commission, Leapfrog ...). Plus capitalised ordinary words that are names
  elsewhere in the set (Hope the BMP is back, Will page ortho, Drew cultures, Skip the insulin, Grant
  funding, Pat dry, Bill to Part B, Max dose, Art line, Gene panel, Dawn phenomenon, Crystal clear),
  dates that are not dates (3/7 of ceftriaxone, 24/7, Tinetti 18/28, 2/2 bottles, 31/32 beds, 3/0.03),
  vitals, labs, doses, scores, temperatures, clock times, weekdays, ages up to 89 and aggregate ages
  ("90-plus patients", "91-day pack"), room, bed, bay and unit numbers, internal extensions and pager
  numbers, unnamed relatives, and a little Unicode noise (full-width and Arabic-Indic digits in a dose, a
  zero-width space after a drug name, NBSP).
- All identifiers are invented: phone and fax numbers use 555, e-mails and URLs use example.org /
  example.com / example.net, IPs come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
  203.0.113.0/24, 2001:db8::/32), SSNs start with 9xx or 000, and MRNs, member ids, MBIs, plates, VINs,
  serials, licence, DEA and NPI numbers, accession, auth and case numbers are made up. Places are real
  town names used at random or invented facilities. Any resemblance to a real person or record is
  accidental.
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance; offsets come from `str.find` (never typed by hand; `(substring,
  category, n)` takes the n-th occurrence when an eponym or ordinary word with the same spelling comes
  first). It checks: slices non-empty, no overlaps, known categories, `clean` iff no spans, no duplicate
  texts, no span starting or ending on an invisible character or a space, no span glued to a letter or
  digit outside it (except an AGE followed by its sex letter, "94F"), 1-4 kind tags, that clean messages
  contain none of a few tell-tale strings (`@`, `http`, `www.`, `example.`, `555`, `MRN`, `DOB`, `SSN`,
  `Dr. `, `Mr. `, `Mrs. `, `Ms. `), that every bait inventory entry occurs in 1-4 clean messages and that
  there are at least 300 of them, that clean messages are 45-55% of at least 600 messages, that every
  category has at least 6 spans and appears in both splits (and so does every kind tag used at least
  twice), that names, dates, locations, ages, MRNs and phones each have at least as many spans as any
  other category, that every sender role has at least 8 clean and 8 identifier messages, and that every
  day has at least 40 messages. It then splits with the fixed seed
  20261208, stratified by clean/not clean, kind tags and span categories, dealt 2:1 into dev/test (rare
  strata first, each message to the split whose 1/3 : 2/3 quota for its kinds and categories is least
  filled). Running `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file.
- Record format (same as v3 and v4): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets. The sender role and the day are kept in
  build.py only (tables below), not in the records.

## Annotation conventions
The conventions of v3 (bench/data/phi_chat_v3/SOURCE.md, "Annotation conventions" and "Decisions not
spelled out in v2's conventions") and the decisions added in v4 (bench/data/phi_chat_v4/SOURCE.md) apply
unchanged: NAME for any person (patient, relative, clinician, staff), titles and possessive 's outside,
eponyms, named laws, books, companies, trial acronyms and drug brands never names, and only the person
annotated when a name and an eponym or brand share a spelling in one message; DATE for any date element
more specific than a year (ordinal days without their article, month+year, holidays tied to a year);
AGE only over 89, number expression only; LOCATION for street addresses, street names, cities, ZIP codes
and named facilities where the patient lives, is or was treated, is sent to, or studies, never states,
countries, sources, insurers, trials or place-named diseases; a nickname next to a legal name is its own
NAME span; e-mails (also obfuscated), URLs and file names that embed a name or a date are one EMAIL / URL
/ PHOTO / BIOMETRIC span; a phone number without an area code is PHONE; temperatures are not AGE; masked
SSNs keep only the visible digits; Unicode-broken identifiers are annotated whole, with wrapping
invisible characters outside.

Decisions restated or added for v5 (chat-specific cases that the earlier sets did not need):
- Chat mentions: "@Osei" is NAME "Osei"; the "@" stays outside.
- Initials that stand for a person are NAME ("re: L.R.", "pt JT"); a given name or nickname followed by
  the initials of a family name is one NAME span ("Estelle B-M", "Joy P-W", "Lupita F-S").
- A nickname written inside a full name ("Guadalupe 'Lupita' Ferreira-Salcedo", "Kazimierz 'Kaz'
  Dudek-Lowe") gives three NAME spans: given name, nickname, family name (quotes outside). "Beau Jr" ->
  "Beau" (Jr outside, as in v3).
- Staff first names and surnames are NAME wherever they appear (RN Kim, Nurse Liesl, RPh Tomasz, Justice
  from the float pool, Kiki at the transfer center); roles and teams are not (transport, night float, the
  PCT, Team B, the swing attending, the rep).
- Given-name-only and surname-only mentions are NAME, also in handoff lists where every surname is its
  own span; bed, room, bay and unit numbers next to them are not annotated.
- Internal extensions and pager numbers ("call x4420", "pager 4471", "page the ICU fellow at 3318",
  "main pharmacy at x4417") are not annotated: they reach a hospital desk or a device and have no area
  code. Complete numbers (all with 555 here) are PHONE or FAX whoever they belong to: patient, relative,
  clinician, agency, transplant center, employer.
- Places inside the hospital (5 West / 5W, 4 North, MICU, PACU bay 3, cath lab, conference room B, the
  chapel, garage spot 14, the ED lot) are not LOCATION, like rooms and beds; the team's own hospital is
  never named.
- Businesses that are not places of care are not LOCATION: a funeral home (Hartwell & Sons), a store
  used as a landmark (Piggly Wiggly), pharmacy chains, equipment vendors and companies (ResMed,
  Medtronic, the medivan), the hospitality house, the Ronald McDonald House. Places of care tied to the
  patient are LOCATION, also when shortened later in the thread ("Lakeside Dialysis" -> "Lakeside",
  "Saint Columba Nursing Home" -> "Saint Columba", "Pine Ridge Manor" -> "Pine Ridge"): SNF, ALF,
  independent living, nursing home, dialysis unit, outpatient and health centers, PCP clinic, outside
  hospital, recovery center, the heart institute that implanted a device, the orthopaedic clinic for
  follow-up. A type word that is part of the facility's name stays inside ("Cedar Hollow SNF").
- A city the patient lived in before ("lived in Cebu until 2019") and a city the patient lives in half
  the year are LOCATION; a relative's whereabouts given only as a country or "overseas" are not.
- State prefixes of plates and licences ("plate WI 773-PKD", "IL P630-4418-2071") stay outside the
  VEHICLE / LICENSE span; insurance group numbers are not annotated (as v3); a year alone next to a DOB
  ("the ID band said 1949") is not DATE.
- A state nursing or APNP licence number is LICENSE, like DEA and NPI numbers and driver's licences.
- IP addresses are IP whatever device they belong to (a workstation, a kiosk, a tele central station, a
  home monitor, a remote radiologist), as in v3/v4.
- Aggregate or non-person ages ("our 90-plus patients", "a 91-day pack", "over 80" as a dosing
  criterion) are not AGE; a corrected age is annotated where it is the patient's real age ("bed 23 is 98
  actually, the 88 on the board is a typo": "98" is AGE, "88" is not an age over 89 anyway).
- Date formats used: 12/10, 12/8/2026, 02/14/1935, 2026-12-10, 12.14.26, 10-Nov-2026, Dec 18, Dec 28th,
  December 9th, the 12th, 03/2024, Thanksgiving Day 2026 (all DATE); weekdays, "tomorrow", "Sat", POD
  numbers and clock times are not.
- The `kinds` tags reuse v3/v4's vocabulary and add chat-message types (handoff-list, sign-out, page,
  quick-question, family-update, scheduling, insurance-call, discharge-planning, consult-request,
  admin-chatter) and name forms (name-given-only, name-surname-only, name-list, name-mention,
  name-drug-collision, age-aggregate).
"""

# ---------------------------------------------------------------------------------------------
# checks, split, output
# ---------------------------------------------------------------------------------------------
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "DOB", "SSN", "Dr. ", "Mr. ", "Mrs. ",
                   "Ms. "]

def build_records():
    recs = []
    for text, spans, kinds, role, day in MSGS:
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
                     "role": role, "day": day})
    return recs

def validate(recs):
    texts = collections.Counter(r["text"] for r in recs)
    dup = [t for t, c in texts.items() if c > 1]
    assert not dup, ("duplicate texts", dup)
    for r in recs:
        t = r["text"]
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
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
    assert n >= 600, n
    assert 0.45 <= clean / n <= 0.55, clean / n
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    for c in CATS:
        assert cat[c] >= 6, ("too few spans", c, cat[c])
    for big in ("NAME", "DATE", "LOCATION", "AGE", "MRN", "PHONE"):
        assert all(cat[big] >= cat[c] for c in CATS if c not in ("NAME", "DATE", "LOCATION", "AGE", "MRN", "PHONE")), big
    rc = collections.Counter((r["role"], r["clean"]) for r in recs)
    for role in ROLES:
        assert rc[(role, True)] >= 8 and rc[(role, False)] >= 8, ("too few messages for role", role)
    dc = collections.Counter(r["day"] for r in recs)
    for d in DAYS:
        assert dc[d] >= 40, ("too few messages on", d, dc[d])

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

def role_day_tables(recs):
    c = collections.Counter((r["role"], r["clean"]) for r in recs)
    lines = ["", "### Messages per sender role (build.py only)", "",
             "| role | clean | with identifiers | total |", "|---|---|---|---|"]
    for k, desc in ROLES.items():
        lines.append(f"| {desc} | {c[(k, True)]} | {c[(k, False)]} | {c[(k, True)] + c[(k, False)]} |")
    d = collections.Counter((r["day"], r["clean"]) for r in recs)
    lines += ["", "### Messages per day of the chat week (build.py only)", "",
              "| day | clean | with identifiers | total |", "|---|---|---|---|"]
    for k in DAYS:
        lines.append(f"| {k} | {d[(k, True)]} | {d[(k, False)]} | {d[(k, True)] + d[(k, False)]} |")
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

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = build_records()
    validate(recs)
    assert not WARN, "\n".join(WARN)
    check_terms(recs)
    check_mix(recs)
    dev, test = split(recs)
    write(os.path.join(here, "dev.jsonl"), dev, "dev")
    write(os.path.join(here, "test.jsonl"), test, "test")
    for fn in ("dev.jsonl", "test.jsonl"):
        rr = [json.loads(l) for l in open(os.path.join(here, fn), encoding="utf-8")]
        validate(rr)
        for r in rr:
            assert set(r) == {"id", "text", "spans", "clean", "kinds"}, r
            for sp in r["spans"]:
                assert set(sp) == {"start", "end", "category"}, sp
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
    lines += role_day_tables(recs)
    lines += term_table(recs)
    lines += ["", "### Messages per kind tag", "", "| kind | dev | test | total |", "|---|---|---|---|"]
    allk = sorted(set(sd[3]) | set(st[3]), key=lambda k: (-(sd[3][k] + st[3][k]), k))
    for k in allk:
        lines.append(f"| {k} | {sd[3][k]} | {st[3][k]} | {sd[3][k]+st[3][k]} |")
    missing_k = [k for k in allk if sd[3][k] + st[3][k] >= 2 and (sd[3][k] == 0 or st[3][k] == 0)]
    assert not missing_k, ("kind tag used twice or more but missing from a split", missing_k)
    with open(os.path.join(here, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("dev ", sd[0], "clean", sd[1], dict(sd[2]))
    print("test", st[0], "clean", st[1], dict(st[2]))
    print("inventory terms", sum(len(v) for v in TERMS.values()))
    print("categories missing from a split:", missing_c)
    print("kinds missing from a split:", [k for k in allk if sd[3][k] == 0 or st[3][k] == 0])

if __name__ == "__main__":
    main()
