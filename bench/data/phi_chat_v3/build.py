#!/usr/bin/env python3
"""Build the independent PHI evaluation set v3 (dev/test JSONL + SOURCE.md).

Every message below was written by hand for this set (none is taken or
paraphrased from v1/v2).  All names, numbers, addresses, e-mails, URLs and
IPs are invented (555 phone numbers, example.org / example.com / example.net
domains, documentation IP ranges, made-up MRNs/SSNs/plates/serials).
Offsets are computed with str.find on the exact identifier substring,
scanning left to right, so spans of a message are listed in order of
appearance.  A span may be given as (substring, category, n) to take the
n-th occurrence after the previous span (used when an eponym with the same
spelling comes first).

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, collections

CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20261206
MSGS = []

# invisible / special characters used in the Unicode variants
ZW, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
LRM, RLM = "\u200e", "\u200f"
NBSP, THIN = "\u00a0", "\u2009"

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

def FA(s):
    """ASCII digits -> Extended Arabic-Indic (Persian) digits (U+06F0..)."""
    return "".join(chr(0x06F0 + int(c)) if c.isdigit() and c.isascii() else c for c in s)

def DEVA(s):
    """ASCII digits -> Devanagari digits (U+0966..)."""
    return "".join(chr(0x0966 + int(c)) if c.isdigit() and c.isascii() else c for c in s)

CYR_M = "\u041c"   # Cyrillic capital EM, looks like Latin M
CYR_R = "\u0420"   # Cyrillic capital ER, looks like Latin P
CYR_o = "\u043e"   # Cyrillic small o

def M(text, spans, kinds):
    ks = []
    for k in kinds.split():
        if k not in ks:
            ks.append(k)
    assert 1 <= len(ks) <= 4, (text, ks)
    MSGS.append((text, spans, ks))

# ---------------------------------------------------------------------------
# CLEAN but tricky messages (no identifier at all)
# ---------------------------------------------------------------------------
# -- eponymous signs, syndromes, fractures, procedures
M("Kussmaul breathing, bicarb 9, AG 28, beta-hydroxybutyrate 6.1 — start the insulin drip at 0.1 u/kg/h now or wait for the K?", [], "eponym dose-lab")
M("pos Chvostek, neg Trousseau, iCa 0.98 on a PPI + HCTZ. oral calcium enough or go IV?", [], "eponym dose-lab lowercase")
M("Babinski upgoing on the L, 4/5 strength LUE, NIHSS 6, LKW 0710. still inside the lytic window?", [], "eponym score-fraction not-a-date")
M("is Homans sign worth documenting at all or do I just order the duplex", [], "eponym no-patient-question lowercase")
M("Kernig and Brudzinski both neg but fever + photophobia. LP before abx or abx first?", [], "eponym")
M("RLQ tenderness max at McBurney point, Rovsing positive, WBC 14.2 — Alvarado 8, straight to surgery consult?", [], "eponym dose-lab guideline")
M("painless jaundice + palpable nontender gallbladder, so Courvoisier. CA 19-9 pending, pancreas protocol CT ordered", [], "eponym dose-lab")
M("Grey Turner and Cullen signs in a pt w/ lipase 3400 — BISAP or Ranson for severity these days?", [], "eponym guideline name-lookalike")
M("Battle sign + raccoon eyes after falling down the stairs, GCS 13/15. CT temporal bones too?", [], "eponym score-fraction")
M("Beck triad: SBP 78, JVD to the jaw, muffled sounds, effusion on POCUS. subxiphoid approach ok w/o cards at bedside?", [], "eponym vitals")
M("bed 12 developing Cushing triad — HR 48, BP 192/88, irregular resps. 23.4% saline dose?", [], "eponym vitals room-bed-number")
M("/evidence Whipple vs total pancreatectomy for main-duct IPMN > 10 mm", [], "eponym slash-command")
M("Kawasaki: 5 days of fever, conjunctivitis, strawberry tongue, palm desquamation. IVIG 2 g/kg + aspirin dose for a 14 kg toddler?", [], "eponym rare-disease-start dose-lab")
M("Guillain-Barre after campylobacter, FVC 18 mL/kg and falling. does 20/30/40 mean intubate now?", [], "eponym score-fraction")
M("Meniere vs vestibular migraine, is betahistine even available in the US?", [], "eponym no-patient-question")
M("Dupuytren cord with 40 degree MCP contracture, tabletop test positive. collagenase or needle aponeurotomy?", [], "eponym")
M("ruptured Baker cyst vs DVT — duplex neg, crescent sign on US. ice + NSAID and reassure?", [], "eponym common-word-not-name")
M("Colles vs Smith vs Barton, which one has the volar displacement? I always forget", [], "eponym no-patient-question")
M("Jones fracture zone 2 of the 5th MT, NWB boot 6-8 wk or refer for a screw in a college athlete?", [], "eponym")
M("Lisfranc injury missed on the first films, fleck sign on weight-bearing views. CT before ortho sees him?", [], "eponym")
M("Monteggia vs Galeazzi mnemonic pls, I mix them up every single time", [], "eponym no-patient-question")
M("bennett vs rolando on the thumb xray — base is comminuted so rolando? k-wire vs orif", [], "eponym lowercase")
M("Boxer fracture of the 5th MC neck with 35 deg angulation, ok to buddy tape + ulnar gutter?", [], "eponym capitalized-word")
M("Addison crisis suspected: Na 124, K 5.9, BP 82/50. hydrocortisone 100 mg now, before the cortisol draw?", [], "eponym dose-lab vitals")
M("Hashimoto with TSH 14 and free T4 low-normal in a 38F trying to conceive, start levo 50?", [], "eponym dose-lab age-under-90")
M("Crohn flare on budesonide, CRP 48, calprotectin 900. time to step up to a biologic?", [], "eponym dose-lab")
M("Wernicke: thiamine 500 mg IV TID before any glucose, correct?", [], "eponym dose-lab")
M("is Korsakoff ever reversible with high dose thiamine or is that a myth", [], "eponym no-patient-question")
M("Hodgkin stage IIA — do we still say Ann Arbor or is it all Lugano now", [], "eponym place-disease")
M("Bell palsy day 2, started pred 60 x 7 days. add valacyclovir or no benefit?", [], "eponym relative-time")
M("Horner syndrome + neck pain after a chiropractic adjustment. carotid dissection until proven otherwise?", [], "eponym")
M("Wolff-Parkinson-White with pre-excited AF, procainamide not diltiazem, right?", [], "eponym")
M("Brugada type 1 pattern in V1-V2 with fever 39.4C — treat the fever and repeat the ECG?", [], "eponym temperature")
M("Mallory-Weiss tear vs Boerhaave: no mediastinal air on CT, tolerating sips", [], "eponym")
M("Bartholin abscess, Word catheter or marsupialization for a second recurrence?", [], "eponym capitalized-word")
M("hot swollen Charcot foot, xray neg. MRI first or total contact cast?", [], "eponym")
M("Charcot triad present and bili 5.2, Reynolds pentad not yet. ERCP timing?", [], "eponym dose-lab")
M("all three arms of Virchow triad after TKA, enoxaparin 40 daily x 14 days enough?", [], "eponym dose-lab")
M("Osgood-Schlatter in a 13 yo soccer player, does he need to sit out the season?", [], "eponym age-under-90")
M("Legg-Calve-Perthes vs SCFE in a 7 y/o with a limp and knee pain — frog leg views?", [], "eponym age-under-90")
M("Tinel and Phalen positive bilaterally, EMG before carpal tunnel release?", [], "eponym")
M("Finkelstein positive, de Quervain. thumb spica + steroid injection first line?", [], "eponym")
M("Apley grind and McMurray both positive medially. MRI or PT first for a degenerative tear?", [], "eponym")
M("Lachman 2+ with soft endpoint. outpatient ortho or urgent?", [], "eponym")
M("Murphy sign positive but US shows no stones and no wall thickening. HIDA next?", [], "eponym")
M("Levine sign, diaphoretic, 56M — STEMI alert already called", [], "eponym age-under-90")
M("Kehr sign after a bike crash, FAST positive LUQ, HR 124", [], "eponym vitals")
M("Romberg positive, B12 148, MMA high. IM loading or high-dose oral fine?", [], "eponym dose-lab")
M("Trendelenburg gait after THA, glute med weakness. PT protocol suggestions?", [], "eponym")
M("Cheyne-Stokes in HFrEF EF 25% — ASV contraindicated since SERVE-HF?", [], "eponym trial-name")
M("Austin Flint murmur with severe AR, LVESD 52 mm. surgery threshold met?", [], "eponym name-lookalike")
M("Graham Steell murmur in severe PH, PASP 85, RV dilated. is that a real finding or a board fact", [], "eponym name-lookalike")
M("family asked if this is Lou Gehrig disease, how do I explain ALS vs PLS to them", [], "eponym name-lookalike relative-not-named")
M("Marcus Gunn pupil on the right plus decreased color vision, optic neuritis? MRI orbits with contrast", [], "eponym name-lookalike")
M("Achilles rupture, Thompson test positive. nonop functional bracing vs surgical repair data?", [], "eponym name-lookalike")
M("King-Devick on the sideline for concussion screening, worth doing?", [], "eponym name-lookalike")
M("Austin Flint? no, this is Graham Steell — diastolic murmur LUSB with loud P2", [], "eponym name-lookalike thread-reply")
M("Wood lamp shows coral red fluorescence in the groin — erythrasma, topical clinda?", [], "eponym capitalized-word")
M("Ramsay Hunt syndrome with vesicles in the ear canal and facial droop — valacyclovir 1 g TID + pred?", [], "eponym name-lookalike dose-lab")
M("Brown-Sequard after a stab wound to the back, ipsilateral weakness, contralateral pain loss. MRI T-spine", [], "eponym common-word-not-name")
M("Arnold-Chiari I with 7 mm tonsillar descent found incidentally, neurosurg referral or leave it?", [], "eponym name-lookalike")
M("Dandy-Walker variant on fetal MRI, what do I tell the parents about prognosis", [], "eponym name-lookalike relative-not-named")
M("Alice in Wonderland syndrome with migraine in a 9 yo — EEG needed?", [], "eponym name-lookalike age-under-90")
M("Todd paralysis vs stroke after a witnessed seizure, weakness improving at 2h", [], "eponym name-lookalike relative-time")
M("Argyll Robertson pupils, RPR pending. LP for neurosyphilis regardless of titer?", [], "eponym name-lookalike")
M("Sister Mary Joseph nodule on exam, CT shows omental caking. gyn onc vs GI first?", [], "eponym name-lookalike")
M("Russell sign on the knuckles, K 2.8, bicarb 34. bulimia — admit criteria?", [], "eponym name-lookalike dose-lab")
M("Stevens-Johnson from lamotrigine, SCORTEN 3. burn unit transfer?", [], "eponym name-lookalike")
M("Swan-Ganz numbers: CI 1.8, PCWP 28, SVR 1600. add dobutamine?", [], "eponym name-lookalike dose-lab")
M("Jackson-Pratt putting out 400 cc serosanguinous on POD 1 after mastectomy, normal?", [], "eponym name-lookalike relative-time")
M("bidirectional Glenn at 6 months, now sats 74% and climbing Hgb. cath?", [], "eponym name-lookalike age-under-90")
M("s/p Mustard procedure for TGA as an infant, now atrial flutter at 41. ablation center?", [], "eponym capitalized-word age-under-90")
M("Turner syndrome adult, last cardiac MRI years ago — aortic size index cutoff for surgery?", [], "eponym name-lookalike")
M("Marfan root 4.8 cm, surgery at 5.0 or 4.5 if family hx of dissection?", [], "eponym")
M("Henoch-Schonlein purpura in a 6yo, how long do we follow the urine", [], "eponym age-under-90")
M("Goodpasture with hemoptysis and Cr 4.1, plasma exchange tonight?", [], "eponym dose-lab")
M("Berger disease (IgA nephropathy), proteinuria 1.8 g/d despite ARB — add SGLT2i?", [], "eponym name-lookalike dose-lab")
M("Bartter vs Gitelman: hypoMg and hypocalciuria favors Gitelman right?", [], "eponym no-patient-question")
M("Conn syndrome suspected, ARR 45 on spironolactone — need to stop it before testing?", [], "eponym dose-lab")
M("Von Willebrand type 1, DDAVP challenge before a dental extraction?", [], "eponym")
M("Meckel scan positive in a 2 yo with painless bleeding, surgery timing?", [], "eponym age-under-90")
M("Zenker diverticulum 3 cm — endoscopic vs open for an 84 yo?", [], "eponym age-under-90")
M("Barrett with low grade dysplasia confirmed by 2 pathologists — RFA or surveillance?", [], "eponym")
M("Budd-Chiari on doppler, JAK2 sent. anticoag now even with plt 90?", [], "eponym dose-lab")
M("Wilson disease: ceruloplasmin 8, KF rings on slit lamp. penicillamine vs trientine", [], "eponym name-lookalike dose-lab")
M("Gilbert syndrome with indirect bili 2.4 during fasting, reassure and no f/u?", [], "eponym name-lookalike dose-lab")
M("Fournier gangrene in a diabetic — OR now, abx pip-tazo + vanc + clinda?", [], "eponym")
M("Paget disease of bone, ALP 480, zoledronic acid once or repeat?", [], "eponym dose-lab")
M("Dressler syndrome 3 wk post MI, colchicine + high-dose aspirin?", [], "eponym relative-time")
M("Prinzmetal angina on telemetry, nitrates + CCB and avoid BB, agree?", [], "eponym")
M("Mobitz II on tele overnight, pads on. EP says wait for the AM — is that safe", [], "eponym")
M("Osborn waves on ECG at 29C core temp, rewarming strategy?", [], "eponym temperature")
M("Janeway lesions + Roth spots + new MR murmur. TEE today?", [], "eponym")
M("Pemberton sign positive with a substernal goiter, airway concerns for anesthesia?", [], "eponym")
M("Trousseau syndrome w/ migratory thrombophlebitis — LMWH over DOAC for the pancreatic ca?", [], "eponym")
M("Lambert-Eaton: VGCC ab positive, CT chest for SCLC. 3,4-DAP dosing?", [], "eponym")
M("Ludwig angina, drooling, voice change. awake fiberoptic vs surgical airway?", [], "eponym")
M("Lemierre syndrome, fusobacterium in blood cx, septic emboli. anticoagulate?", [], "eponym")
M("Burkitt lymphoma, uric acid 14, K 6.0 — rasburicase dose?", [], "eponym rare-disease-start dose-lab")
M("Howell-Jolly bodies on smear, hx splenectomy? need vaccine review", [], "eponym")
M("Capgras delusion after a right hemispheric stroke — psych or neuro follow up?", [], "eponym")
M("Munchausen by proxy concern in a toddler with recurrent unexplained hypoglycemia. how to document safely?", [], "eponym")
M("Mayo stand got contaminated mid-case, whole new setup needed?", [], "eponym name-lookalike")
M("Foley out POD 1, failed voiding trial with PVR 650. replace and start tamsulosin?", [], "eponym relative-time")
M("Hickman line with tunnel infection, pull it or try to salvage?", [], "eponym")
M("Parkinson pt NPO for surgery — how do we give carbidopa-levodopa? rotigotine patch?", [], "eponym")
M("Lewy body dementia and agitation: quetiapine low dose, haloperidol absolutely not?", [], "eponym")
M("Huntington chorea, tetrabenazine vs deutetrabenazine with depression hx", [], "eponym place-disease")
M("Down syndrome adult, atlantoaxial screening before Special Olympics?", [], "eponym capitalized-word")
M("Ehlers-Danlos hypermobile type with POTS, fludrocortisone or midodrine first?", [], "eponym")
M("Takotsubo with LVOT gradient, avoid inotropes — beta blocker ok?", [], "eponym")
M("Ebstein anomaly and pregnancy, risk counseling?", [], "eponym no-patient-question")
M("Fontan physiology, now 14 wk pregnant, anticoag?", [], "eponym")
M("Roux-en-Y 10 yrs ago, now iron deficiency and ferritin 6. IV iron brand preference?", [], "eponym dose-lab")
M("Hartmann reversal at 6 months or wait longer after perforated diverticulitis?", [], "eponym")
M("Heller myotomy vs POEM for type II achalasia in a 45M", [], "eponym age-under-90")
M("Ross procedure vs mechanical AVR in a 38 yo marathon runner?", [], "eponym name-lookalike age-under-90")
M("Hill-Sachs on post-reduction film, CT needed before sports clearance?", [], "eponym capitalized-word")
M("Bishop score 5, cervix 2 cm. miso or balloon for ripening?", [], "eponym capitalized-word")
M("Centor 3 in an adult, rapid strep neg — culture or not?", [], "eponym guideline")
M("Light criteria: pleural LDH 320, serum 180, ratio 1.8 = exudate. next step cytology?", [], "eponym dose-lab")
M("Hunt and Hess 3, modified Fisher 4. nimodipine 60 q4h even with soft BPs?", [], "eponym guideline")
M("Breslow 1.2 mm, Clark IV, nonulcerated. SLNB?", [], "eponym")
M("Gleason 3+4=7, PSA 8.2, 2 of 12 cores. active surveillance reasonable?", [], "eponym score-fraction")
M("Salter-Harris II of the distal radius, closed reduction in ED ok?", [], "eponym")
M("Weber B ankle fracture, stable on gravity stress view. boot and WBAT?", [], "eponym")
M("Garden III femoral neck in a 79yo — hemi or THA?", [], "eponym capitalized-word age-under-90")
M("Mallampati 4, neck circ 48 cm, STOP-BANG 6. video laryngoscope first?", [], "eponym guideline")
M("Child-Pugh B, MELD 18, refractory ascites. TIPS candidate?", [], "eponym")
M("Killip III, lactate 3.4. shock team?", [], "eponym dose-lab")
M("APGAR 7 and 9, baby vigorous. any reason to keep in NICU for maternal mag?", [], "eponym allcaps")
M("Durie-Salmon vs R-ISS for staging myeloma, which does heme onc want in the note?", [], "eponym")
M("Hunter syndrome adult on idursulfase, infusion reaction premeds?", [], "eponym rare-disease-start name-lookalike")
M("Tetralogy of Fallot repaired as an infant, now 29 with palpitations. holter or patch monitor?", [], "eponym rare-disease-start age-under-90")
M("Takayasu arteritis suspected, 30 mmHg BP difference between arms. CTA aorta?", [], "eponym rare-disease-start")
M("Erdheim-Chester is on the list for hairy kidney on CT, where do we biopsy?", [], "eponym rare-disease-start")
M("Gaucher type 1 on ERT, plt 88. ok for an elective knee scope?", [], "eponym rare-disease-start dose-lab")
M("Castleman, unicentric vs multicentric — HHV-8 testing first?", [], "eponym rare-disease-start")
M("Fabry with low alpha-gal A in a male, kidney bx still needed?", [], "eponym rare-disease-start")
M("Kikuchi disease on node biopsy, any treatment or just NSAIDs?", [], "eponym rare-disease-start")

# -- rare diseases at sentence start (not eponyms)
M("Sarcoidosis with hypercalcemia 12.4, pred 40 and hold vitamin D?", [], "rare-disease-start dose-lab")
M("Amyloidosis ATTR wild type on PYP scan — tafamidis cost issues?", [], "rare-disease-start")
M("Pheochromocytoma confirmed, alpha block with phenoxybenzamine how many days pre-op?", [], "rare-disease-start")
M("Porphyria attack suspected, hemin available overnight? avoid which drugs", [], "rare-disease-start")
M("Myasthenia crisis, NIF -18. intubate?", [], "rare-disease-start")

# -- place-named diseases, rules, scores, staging
M("Lyme IgM positive, IgG neg, symptoms for 9 weeks — false positive most likely?", [], "place-disease dose-lab")
M("Ebola and Marburg screening questions still in triage? fever + return from Uganda 12 days ago", [], "place-disease relative-time")
M("Coxsackie hand-foot-mouth in a 3yo, when can he go back to daycare", [], "place-disease age-under-90")
M("Ottawa ankle rules neg, only tender over the ATFL, but the mom wants an xray anyway. how do I say no nicely", [], "place-disease guideline relative-not-named")
M("Canadian C-spine rule in a 67M rear-ended at 30 mph, ambulatory at scene — imaging?", [], "place-disease guideline age-under-90")
M("San Francisco syncope rule: hx CHF, Hct 29, ECG normal, SBP 96. high risk?", [], "place-disease guideline dose-lab")
M("Wells 4.5, d-dimer 1.8 -> CTPA. Geneva adds nothing here right?", [], "guideline place-disease")
M("Glasgow-Blatchford 0, can he go home with outpatient EGD?", [], "place-disease guideline")
M("Boston criteria v2.0 for CAA — do cortical superficial siderosis foci count?", [], "place-disease guideline")
M("Milan criteria: single 4.5 cm HCC, AFP 210. transplant listing?", [], "place-disease guideline dose-lab")
M("Berlin ARDS: P/F 140 on PEEP 8 = moderate. prone now?", [], "place-disease guideline score-fraction")
M("Tokyo guidelines grade II cholangitis — ERCP within 48h enough?", [], "place-disease guideline")
M("revised Atlanta says moderately severe if transient organ failure <48h, correct?", [], "place-disease guideline")
M("Rocky Mountain spotted fever in a 6yo with a tick bite, doxy even though a kid?", [], "place-disease age-under-90")
M("Norwalk outbreak on the unit, bleach wipes vs the usual quats?", [], "place-disease")
M("Pontiac fever vs Legionnaires — does the urine antigen pick up both?", [], "place-disease")
M("West Nile encephalitis, is there any antiviral or is it supportive only", [], "place-disease no-patient-question")
M("Lassa on the differential? returned from Sierra Leone 10 days ago with fever and bleeding gums", [], "place-disease relative-time")
M("Zika testing in a pregnant pt back from Brazil, IgM window?", [], "place-disease")
M("Minnesota tube vs Blakemore for a variceal bleed, which do we stock?", [], "place-disease eponym")
M("Denver shunt vs PleurX for refractory ascites in cirrhosis?", [], "place-disease")
M("Jersey finger in a rugby player, zone 1 FDP avulsion — hand surgery within a week?", [], "place-disease capitalized-word")
M("Oxford knee score 18 pre-op, is that bad enough for payers to approve TKA?", [], "place-disease score-fraction")
M("Seattle HF model vs MAGGIC for prognosis before the LVAD talk", [], "place-disease guideline")
M("Irish node palpable in the left axilla with a gastric mass on CT", [], "place-disease")

# -- guidelines, scores, trial names
M("PERC neg x8 in a 34F, skip the dimer?", [], "guideline age-under-90")
M("did the 2023 Duke-ISCVID update make PET/CT a major criterion?", [], "guideline year-only")
M("Jones criteria low-risk population: carditis + polyarthritis = 2 major, enough for ARF?", [], "guideline eponym")
M("Framingham vs pooled cohort vs PREVENT for a 52M, LDL 164, nonsmoker, BP 138/84", [], "guideline age-under-90 vitals")
M("CURB-65 of 2 in a 66M, admit or home with close follow up?", [], "guideline age-under-90")
M("HEART score 3, trop x2 neg. discharge with outpatient stress test?", [], "guideline")
M("PECARN low risk after a fall from the couch in a 2yo, observation only?", [], "guideline age-under-90")
M("NEXUS all negative except a distracting injury (open tib fx). image the c-spine?", [], "guideline")
M("qSOFA 2/3, SIRS 3/4, lactate 2.6 — call it sepsis and start the bundle", [], "guideline score-fraction dose-lab")
M("SPRINT target <120 for a 72M with CKD 3a? ACCORD said no benefit in diabetics", [], "trial-name age-under-90")
M("do DAPA-HF and EMPA-REG apply to HFpEF or only EMPEROR-Preserved and DELIVER", [], "trial-name no-patient-question")
M("RECOVERY dexamethasone 6 mg x 10 days still standard for hypoxic COVID?", [], "trial-name dose-lab")
M("/evidence colchicine after MI — COLCOT, LoDoCo2, and CLEAR SYNERGY conflicting?", [], "trial-name slash-command")
M("ISCHEMIA trial says cath adds nothing for stable CAD w/ moderate ischemia — apply to a diabetic?", [], "trial-name")
M("NLST vs NELSON screening intervals for LDCT, which does USPSTF follow?", [], "trial-name organization")
M("SELECT trial semaglutide MACE benefit in non-diabetics with BMI 27+, covered?", [], "trial-name")

# -- organisations as sources, insurers
M("AHA says no fixed time limit on CPR anymore? or still 20 min for asystole", [], "organization no-patient-question")
M("IDSA CAP guideline — still double coverage in the ICU or just beta-lactam + macrolide?", [], "organization guideline")
M("CDC says PrEP labs every 3 months, HIV test + creatinine, right?", [], "organization")
M("USPSTF AAA screening is men 65-75 who ever smoked, one time US. women never?", [], "organization age-under-90")
M("per the Mayo Clinic guide the PMR taper starts at 15 mg pred — does that match UpToDate?", [], "organization")
M("ACOG says 39 weeks for elective induction, ARRIVE trial backed it", [], "organization trial-name")
M("Cleveland Clinic protocol for peri-op SGLT2i hold is 3 days, canagliflozin too?", [], "organization")
M("Aetna wants a PA for GLP-1s for obesity, what do I write in the letter", [], "insurer organization")
M("Cigna denied the MRI lumbar spine, peer to peer tips?", [], "insurer")
M("Humana Part D has Ozempic on tier 3? pt says copay is $47", [], "insurer drug-brand-name")
M("UnitedHealthcare step therapy for Dupixent — do they need 2 topical steroids documented?", [], "insurer drug-brand-name")
M("Medicare covers the Zio patch for how many days?", [], "insurer no-patient-question")

# -- drug brands that are names or words
M("Allegra or Zyrtec for chronic urticaria, up to 4x the dose ok?", [], "drug-brand-name")
M("took Bonine for the cruise and now confused, 78 yo. anticholinergic burden, hold everything?", [], "drug-brand-name age-under-90")
M("Elavil 10 mg qhs in an 81F for neuropathic pain — Beers says avoid, alternative?", [], "drug-brand-name age-under-90 guideline")
M("Ambien 5 mg for women per FDA, still the rule?", [], "drug-brand-name organization")
M("Lyrica vs Neurontin for PHN, renal dosing for CrCl 35?", [], "drug-brand-name dose-lab")
M("Jardiance + Entresto + Coreg + Aldactone, is GDMT complete at EF 30%?", [], "drug-brand-name")
M("Cialis 5 daily for BPH on top of tamsulosin, orthostasis risk?", [], "drug-brand-name")
M("Xarelto held 48h pre-op with CrCl 55, ok for spinal?", [], "drug-brand-name relative-time")
M("Levemir discontinued — switch to Lantus unit for unit?", [], "drug-brand-name")
M("Aricept 10 mg and HR 46 — hold it or get a holter first?", [], "drug-brand-name vitals")
M("Valtrex and Keflex together fine? cellulitis plus zoster", [], "drug-brand-name")
M("Benadryl 25 mg IV + tylenol for a febrile nonhemolytic transfusion rxn, continue the unit?", [], "drug-brand-name dose-lab")
M("Nexium 40 BID for 8 weeks then taper, or straight to daily?", [], "drug-brand-name")
M("Prolia injection overdue by 3 months, rebound vertebral fx risk — give now and start alendronate?", [], "drug-brand-name")
M("Brilinta vs Plavix after the DES, pt is on Eliquis for AF too. triple therapy how long?", [], "drug-brand-name")
M("Harvoni vs Epclusa for genotype 3, compensated cirrhosis", [], "drug-brand-name")
M("Mounjaro 7.5 with a1c 9.1, ok to go to 10 before the bariatric consult?", [], "drug-brand-name dose-lab")

# -- capitalised common words that are also surnames / given names
M("Price check: is Eliquis cheaper than Xarelto on most Part D plans?", [], "capitalized-word drug-brand-name")
M("Long QT, QTc 512 — hold the ondansetron and citalopram?", [], "capitalized-word common-word-not-name")
M("Gold standard for PE in pregnancy, CTPA or V/Q?", [], "capitalized-word no-patient-question")
M("Frost bite grade 2 on three fingertips, iloprost or tPA?", [], "capitalized-word typo")
M("Walker at home but fell twice this month. PT/OT eval for home safety", [], "capitalized-word common-word-not-name relative-time")
M("Mason jar of urine brought in, UA 3+ protein lol. 24h collection instead?", [], "capitalized-word")
M("Story doesn't add up — says he fell but the bruising pattern is patterned. child protection team?", [], "capitalized-word common-word-not-name")
M("brown urine, CK 42000, Cr 2.1. fluids at 300/h?", [], "common-word-not-name dose-lab lowercase")
M("Banks of lymph nodes in the mesentery on CT, lymphoma vs reactive?", [], "capitalized-word common-word-not-name")
M("Grace period on the prior auth is 14 days? submitting Monday", [], "capitalized-word not-a-date")
M("Summer camp form: asthma controlled, albuterol at camp ok to self carry?", [], "capitalized-word common-word-not-name")
M("Rich sources of vitamin K to counsel about on warfarin besides leafy greens?", [], "capitalized-word common-word-not-name")
M("Young adult with first unprovoked seizure, driving restrictions vary by state right?", [], "capitalized-word")
M("Green sputum isn't a reason for abx in acute bronchitis, any good handout?", [], "capitalized-word common-word-not-name")
M("White count 22 with bandemia, lactate 4.1 — sepsis bundle started", [], "capitalized-word dose-lab")
M("Black box on fluoroquinolones: tendon rupture, aortic aneurysm, dysglycemia. anything else?", [], "capitalized-word")
M("Stone in the distal ureter 6 mm, tamsulosin trial for 4 weeks?", [], "capitalized-word common-word-not-name")
M("Chase the K: 3.1 -> 3.4 after 40 mEq, give another 40 PO?", [], "capitalized-word dose-lab")
M("Drew blood cx x2 before the cefepime, lactate 2.8. anything else for the bundle?", [], "capitalized-word name-lookalike")
M("Mark the cellulitis margins and recheck in 12h before broadening?", [], "capitalized-word name-lookalike")
M("Frank blood per rectum, Hgb 7.9 from 11.4. GI bleed order set?", [], "capitalized-word name-lookalike dose-lab")
M("Bill 99214 or 99215 for 40 min total time?", [], "capitalized-word code-number")
M("Pat dry and apply the silver alginate, change q3 days", [], "capitalized-word name-lookalike")
M("Hope this is the right channel — what's the max dose of IV acetaminophen under 50 kg?", [], "capitalized-word dose-lab no-patient-question")
M("Earl Grey every day — any interaction with warfarin or levothyroxine?", [], "name-lookalike capitalized-word")
M("Adam's apple tender after a difficult intubation, laryngeal injury workup?", [], "name-lookalike")
M("Autumn allergy season started early, intranasal steroid first line for a teen?", [], "capitalized-word common-word-not-name")
M("Sterling silver earrings and now contact dermatitis, nickel patch test?", [], "capitalized-word common-word-not-name")
M("Joy of ICU nights: 3 admits at once. quick vanc dosing for 120 kg?", [], "capitalized-word dose-lab")
M("Faith based hospice vs secular, does it change anything in the referral?", [], "capitalized-word no-patient-question")

# -- temperatures, scores, vitals, labs, codes
M("Temp 101.4F at 0200, now 38.9C. blood cx x2 before cefepime?", [], "temperature not-a-date")
M("pain 8/10 after 2 mg morphine, add IV ketorolac with Cr 0.8?", [], "score-fraction dose-lab")
M("GCS 13/15 (E3V4M6) postictal, CT head if back to baseline in an hour?", [], "score-fraction")
M("3/6 systolic murmur at RUSB radiating to carotids, exertional syncope. echo today?", [], "score-fraction")
M("VA 20/40 OD, 20/200 OS with RAPD. CRAO — stroke pathway?", [], "score-fraction")
M("hip flexion 4/5, knee ext 5/5, reflexes 2+ symmetric. lumbar MRI justified?", [], "score-fraction")
M("BP 212/124 with headache and blurry vision. nicardipine vs labetalol gtt?", [], "vitals")
M("HR 38, BP 84/46 on metoprolol + diltiazem, glucagon dose?", [], "vitals dose-lab")
M("SpO2 86% on 6L NC, RR 32. HFNC or BiPAP?", [], "vitals")
M("K 6.8 with peaked T waves, Cr 4.2. calcium gluconate 3 g then insulin 5 u + D50?", [], "dose-lab")
M("INR 8.4, no bleeding. hold warfarin + oral vit K 2.5 mg?", [], "dose-lab")
M("Na 118 with seizure, 3% saline 100 mL bolus x2 then recheck in 1h?", [], "dose-lab")
M("TSH <0.01, FT4 3.1, HR 128, Burch-Wartofsky 45. PTU vs methimazole?", [], "dose-lab eponym")
M("hs-trop 14 -> 89 in 2h, no ST changes. NSTEMI pathway?", [], "dose-lab relative-time")
M("ICD-10 for T2DM with hyperglycemia is E11.65? and CKD 3b is N18.32?", [], "code-number")
M("CPT 99223 vs 99222 for a high complexity H&P", [], "code-number no-patient-question")
M("NDC 0169-4132-12, is that the pen or the vial?", [], "code-number")
M("LOINC 4548-4 is HbA1c right? building an order panel", [], "code-number no-patient-question")
M("ICD-10 Z79.01 for long term anticoag + I48.91 — enough for the DOAC PA?", [], "code-number")
M("CPT 93306 vs 93308 for a limited echo follow up", [], "code-number")

# -- years, decades, weekdays, times, relative times (not dates)
M("on methotrexate since 2019, LFTs q3mo still needed?", [], "year-only")
M("smoked in the 80s and 90s, quit in 2004. LDCT eligible with 30 pack-years?", [], "year-only not-a-date")
M("Tuesday trop negative, Thursday positive. type 2 MI from the anemia?", [], "not-a-date")
M("at 0345 MAP dropped to 52, 500 cc bolus and now 68", [], "not-a-date vitals")
M("POD 3 s/p lap chole, bili up to 3.4. retained stone? ERCP?", [], "relative-time dose-lab")
M("started amiodarone two weeks ago and now TSH 0.01", [], "relative-time dose-lab")
M("last dose of apixaban was yesterday 2100, can IR do the para this afternoon?", [], "relative-time not-a-date")
M("flu vaccine given last season, due again this fall?", [], "relative-time")
M("Friday discharge unless the Cr bumps again over the weekend", [], "not-a-date")
M("in 2025 IDSA changed the UTI guidance? or was that 2024", [], "year-only organization")

# -- ages 89 and under / aggregate ages
M("67yo with new AF, CHA2DS2-VASc 3, apixaban 5 BID?", [], "age-under-90")
M("45 y/o F with migraine w/ aura on combined OCP — switch to progestin only?", [], "age-under-90")
M("8mo with bronchiolitis sats 89% RA, HFNC trial?", [], "age-under-90 vitals")
M("pt in her 80s with falls and orthostasis, stop the tamsulosin?", [], "age-under-90")
M("in the 90-plus group does primary prevention statin make any sense?", [], "age-under-90 no-patient-question")
M("eighty-seven year old w/ hip fx, fascia iliaca block before OR?", [], "age-words-under-90")
M("89F w/ UTI and delirium, nitrofurantoin ok with CrCl 38?", [], "age-under-90 dose-lab")
M("89 yo man, first episode of AF with RVR, rate vs rhythm?", [], "age-under-90")
M("pts over 90 in general — is there any data on TAVR outcomes?", [], "age-under-90 no-patient-question")
M("twenty-two year old with first-episode psychosis, UDS neg. which antipsychotic?", [], "age-words-under-90")
M("a 3 week old with fever 38.1, full sepsis w/u including LP?", [], "age-under-90 temperature")
M("16F on isotretinoin, iPLEDGE monthly pregnancy test still required?", [], "age-under-90")

# -- holidays and month words
M("Christmas disease = hemophilia B, factor IX dosing for a 70 kg adult with a knee bleed?", [], "holiday eponym")
M("holiday heart after New Year's, AF converted on its own. anticoag?", [], "holiday")
M("after Thanksgiving we always get a wave of CHF exacerbations, any salt handout?", [], "holiday no-patient-question")
M("Halloween candy and a 4 yo with new T1DM, carb counting tips for the parents", [], "holiday age-under-90 relative-not-named")
M("March fracture in a military recruit, MRI if xray negative?", [], "month-word")
M("lisinopril may cause angioedema years later, right?", [], "month-word")
M("May-Thurner suspected, left common iliac compressed on CT, left leg DVT. stent?", [], "month-word eponym")
M("August is when the new interns start, can the bot do a sepsis teaching card?", [], "month-word no-patient-question")

# -- rooms, beds, units
M("rm 412 needs rapid response, SBP in the 70s", [], "room-bed-number vitals")
M("bed 7 on 4 west spiking to 39.2, cultures pending", [], "room-bed-number temperature")
M("ICU 3 bed 14 extubated, on 2L NC", [], "room-bed-number")
M("PACU bay 6 desatting after the hernia repair, residual block?", [], "room-bed-number")

# -- unnamed relatives
M("my mom is on tamoxifen and asking about hot flashes, venlafaxine ok with it?", [], "relative-not-named")
M("pt's daughter asks if grapefruit interacts with atorvastatin", [], "relative-not-named")
M("wife at the bedside asking about hospice with EF 10%, how do I frame prognosis", [], "relative-not-named")
M("her husband is the HCPOA but the son disagrees about the PEG. ethics consult?", [], "relative-not-named")

# -- typos, caps, lowercase
M("recieved the echo reslt, EF 25%, start entresto or wait?", [], "typo")
M("PT WITH CHEST PAIN TROP 0.45 EKG ST DEPRESSION V4-V6 HEPARIN GTT?", [], "allcaps dose-lab")
M("what's the ceftriaxone dose for meningitis in adults", [], "lowercase no-patient-question")
M("NEED RENAL DOSING FOR CEFEPIME CRCL 22 ASAP", [], "allcaps dose-lab")
M("vanc troguh 28, hold nxt dose?", [], "typo dose-lab")
M("can u sumarize the new hyponatremia guidlines", [], "typo no-patient-question")

# -- slash commands and pasted notes without identifiers
M("/draft referral to cardiology: 58M with new LBBB and exertional dyspnea, echo pending", [], "slash-command age-under-90")
M("/draft discharge summary: 71F, CHF exacerbation, diuresed 6 L, Cr stable, home on torsemide 40 daily", [], "slash-command age-under-90")
M("/evidence tranexamic acid in GI bleeding after HALT-IT", [], "slash-command trial-name")
M("/draft patient instructions for warfarin and diet, 6th grade reading level", [], "slash-command")
M("HPI: 64 yo M w/ HTN, HLD, DM2 p/w 2d substernal CP radiating to L arm. Trop 0.08 -> 0.31. EKG: STD II, III, aVF. plan?", [], "pasted-note age-under-90 dose-lab")
M("A/P: #AKI on CKD 3a — prerenal, FeNa 0.6%, hold lisinopril, IVF 1L. #HFpEF — euvolemic. does this read ok?", [], "pasted-note dose-lab")
M("ROS neg except as per HPI. PE: T 98.6, HR 88, BP 132/80, RR 16, SpO2 97% RA. Gen: NAD. cut this down?", [], "pasted-note vitals")

# -- Unicode in clean messages
M("apixaban ５ mg BID with Cr 1.6, age 81, wt 58 kg — reduce to 2.5?", [], "unicode-clean fullwidth-digits dose-lab")
M(f"metfor{ZW}min with eGFR 28, stop it?", [], "unicode-clean zero-width")
M(f"Hgb 6.8{NBSP}g/dL, 1 unit PRBC then recheck?", [], "unicode-clean dose-lab")
M("enoxaparin ٤٠ mg daily for DVT ppx, BMI 44 — weight-based instead?", [], "unicode-clean other-script-digits dose-lab")
M(f"BP 148/92{NBSP}mmHg on amlodipine 10, add chlorthalidone?", [], "unicode-clean vitals")
M(f"{RLM}K 5.2{RLM} after the spironolactone increase, recheck in a week?", [], "unicode-clean bidi-mark dose-lab")
M(f"Coum{ZWJ}adin vs Eliquis for a mechanical mitral valve — Eliquis is contraindicated right?", [], "unicode-clean zero-width drug-brand-name")
M("temp ３８.９C, HR １２０ — sepsis screen positive?", [], "unicode-clean fullwidth-digits temperature")
M(f"GCS 1{THIN}5 / 15, alert, moving all 4 — clear for transfer to floor?", [], "unicode-clean score-fraction")
# ---------------------------------------------------------------------------
# Messages WITH identifiers
# ---------------------------------------------------------------------------
# -- names that are English words / very common names, any position and case
M("referral for Pat Long, 58M with new AF — cards clinic next week?", [("Pat Long", "NAME")], "name-common-word name-after-preposition")
M("ruby gold in bed 7 is asking for more dilaudid, got 1 mg at 1400", [("ruby gold", "NAME")], "name-lowercase name-common-word room-bed-number")
M("SUMMER HOLT DOB 04/22/1961 needs sliding scale orders, BG 342", [("SUMMER HOLT", "NAME"), ("04/22/1961", "DATE")], "name-allcaps name-common-word dob")
M("Banks, Sterling — 72M POD 2 CABG, chest tube put out 300 overnight", [("Banks, Sterling", "NAME")], "name-last-first name-common-word name-message-start")
M("Mrs. Frost's son called again about the dc plan, can you draft a callback note", [("Frost", "NAME")], "name-possessive name-common-word")
M("bob hill in 3B keeps pulling his NG tube, soft restraint order?", [("bob hill", "NAME")], "name-lowercase name-common-word")
M("T. J. Washington needs a PA for Humira, member ID WQH442917608", [("T. J. Washington", "NAME"), ("WQH442917608", "HEALTH_PLAN")], "name-initial health-plan")
M("/draft referral for Anne-Marie Okonkwo-Reyes to rheum, ANA 1:640, dsDNA pending", [("Anne-Marie Okonkwo-Reyes", "NAME")], "name-hyphenated slash-command")
M("María de los Ángeles Villanueva Cruz, 44F, needs a Spanish interpreter for the consent", [("María de los Ángeles Villanueva Cruz", "NAME")], "name-multi-part name-message-start")
M("Robert Delacroix (goes by Bobby) is refusing the colonoscopy prep again", [("Robert Delacroix", "NAME"), ("Bobby", "NAME")], "name-nickname")
M("per Dr. Rivera hold the heparin until the LP is done", [("Rivera", "NAME")], "name-clinician")
M("per RN Joy Mills the K was 2.9 this am, repleting 40 PO", [("Joy Mills", "NAME")], "name-clinician name-common-word")
M("re: Grace Whitfield — MRN 00482913, summarize her last 3 echos", [("Grace Whitfield", "NAME"), ("00482913", "MRN")], "name-common-word mrn name-after-preposition")
M("pt Hope Castillo c/o 9/10 epigastric pain, lipase 1200", [("Hope Castillo", "NAME")], "name-common-word score-fraction")
M("bed 7 is Faith Adeyemi, 94F, sundowning — non-antipsychotic ideas?", [("Faith Adeyemi", "NAME"), ("94", "AGE")], "name-common-word age-over-89-digits room-bed-number")
M("Autumn Reyes had her appendix out 08/2019, now RLQ pain again. stump appendicitis?", [("Autumn Reyes", "NAME"), ("08/2019", "DATE")], "name-common-word date-month-year")
M("April Nakamura's mom wants her discharged today before the storm", [("April Nakamura", "NAME")], "name-possessive name-common-word month-word")
M("June Park was admitted June 3 with pyelo, still febrile", [("June Park", "NAME"), ("June 3", "DATE")], "name-collision date-no-year")
M("May Tanaka's INR is 4.2 — we may hold tonight's warfarin", [("May Tanaka", "NAME")], "name-collision month-word name-possessive")
M("Cliff Dale in ED bay 4, syncope while golfing, trop pending", [("Cliff Dale", "NAME")], "name-common-word name-message-start")
M("Rob Ferreira wants his Suboxone refill early, traveling next week", [("Rob Ferreira", "NAME")], "name-short name-message-start")
M("Bill Kowalski's bill from the ED went to collections, SW consult?", [("Bill Kowalski", "NAME")], "name-collision name-possessive")
M("sue nguyen 81F fall on apixaban, CT head neg. obs overnight?", [("sue nguyen", "NAME")], "name-lowercase age-under-90")
M("Mark Osei needs the site marked before surgery, mark the left knee", [("Mark Osei", "NAME")], "name-collision")
M("Frank Delgado has frank hematuria with clots, CBI?", [("Frank Delgado", "NAME")], "name-collision")
M("Earl Whitaker Jr. wants his records sent to his new PCP", [("Earl Whitaker", "NAME")], "name-common-word name-suffix")
M("Pruitt, Wade Jr. — 88M aspiration pneumonia, SLP eval before diet?", [("Pruitt, Wade Jr.", "NAME")], "name-last-first name-suffix age-under-90")
M("Lane, Drew 19M concussion from football, return to play protocol", [("Lane, Drew", "NAME")], "name-last-first name-common-word")
M("can you write a school note for Chase Hunter-Mason, out 3 days with flu", [("Chase Hunter-Mason", "NAME")], "name-hyphenated name-common-word name-after-preposition")
M("Carter Bishop in bed 12 pulled his PICC", [("Carter Bishop", "NAME")], "name-common-word name-message-start room-bed-number")
M("Young, Rose 90F hip fx, anesthesia wants a cardiac risk assessment", [("Young, Rose", "NAME"), ("90", "AGE")], "name-last-first age-over-89-digits name-common-word")
M("Mr. King in 512 refusing vitals and labs, capacity eval?", [("King", "NAME")], "name-short room-bed-number")
M("Dr. Brown says brown stool is fine so we can stop the guaiacs", [("Brown", "NAME")], "name-clinician name-collision")
M("Mrs. White's WBC is 1.2 — neutropenic precautions and G-CSF?", [("White", "NAME")], "name-possessive name-short")
M("pt Gideon Black has black tarry stools since Sunday, Hgb 8.1", [("Gideon Black", "NAME")], "name-collision")
M("message from Nurse Ivy Green: rm 8 due for a vanc trough", [("Ivy Green", "NAME")], "name-clinician name-common-word")
M("rich abernathy, the home health RN, faxed orders from 312-555-0177", [("rich abernathy", "NAME"), ("312-555-0177", "FAX")], "name-lowercase fax name-clinician")
M("Dr. Amara Rice from nephrology says hold the ACE-i", [("Amara Rice", "NAME")], "name-clinician name-common-word")
M("Fox, Hunter 25M GSW to the thigh, vascular consult placed", [("Fox, Hunter", "NAME")], "name-last-first name-common-word")
M("Liesel Wolf 93 y/o with new AF, anticoagulate?", [("Liesel Wolf", "NAME"), ("93", "AGE")], "age-over-89-digits name-common-word")
M("mr bush in rm 9 (Harold Bush on the board) wants to leave AMA", [("bush", "NAME"), ("Harold Bush", "NAME")], "name-lowercase name-common-word")
M("Dr. Stone took out the stone yesterday, pt is Wendell Ames, stent pull in 1 wk", [("Stone", "NAME"), ("Wendell Ames", "NAME")], "name-clinician name-collision")
M("Moss, Ingrid K. needs her anticoag clinic f/u scheduled", [("Moss, Ingrid K.", "NAME")], "name-last-first name-initial")
M("pt in the hall bed is Dennis Hall, chest pain r/o", [("Dennis Hall", "NAME")], "name-collision")
M("Olive Wood, 77F, the olive oil enema finally worked", [("Olive Wood", "NAME")], "name-common-word name-collision")
M("Gay, Marcus 45M with cellulitis, failed cephalexin", [("Gay, Marcus", "NAME")], "name-last-first name-common-word")
M("Baker, Cooper has a Baker cyst on the left, also DVT?", [("Baker, Cooper", "NAME")], "name-last-first name-collision eponym")
M("Mrs. Parkinson's Parkinson meds were missed x2 doses, now rigid", [("Parkinson", "NAME")], "name-collision name-possessive eponym")
M("Wilson disease workup for young Mr. Wilson, ceruloplasmin low", [("Wilson", "NAME", 2)], "name-collision eponym")
M("PA Marcus Bell thinks it's Bell palsy, steroids?", [("Marcus Bell", "NAME")], "name-clinician name-collision eponym")
M("Graves eye disease follow up for Lorraine Graves, teprotumumab approved?", [("Lorraine Graves", "NAME")], "name-collision eponym")
M("Dominguez — K 3.0 again, replace IV or PO?", [("Dominguez", "NAME")], "name-message-start name-short")
M("Peggy (legal name Margaret Sloane) needs her pre-op labs", [("Peggy", "NAME"), ("Margaret Sloane", "NAME")], "name-nickname name-message-start")
M("William Tran goes by Bill, please use that in the AVS", [("William Tran", "NAME"), ("Bill", "NAME")], "name-nickname")
M("PT NAME: DELGADO-RUIZ, ESPERANZA — ALLERGY TO PCN, NEEDS CEFAZOLIN TEST DOSE?", [("DELGADO-RUIZ, ESPERANZA", "NAME")], "name-allcaps name-last-first name-hyphenated")
M("Dr. A. Mahmoud signed off, who's covering?", [("A. Mahmoud", "NAME")], "name-clinician name-initial")
M("pharmacist Sanjay Iyer recommends switching to renally dosed cefepime", [("Sanjay Iyer", "NAME")], "name-clinician")
M("NP Colleen Fitzgerald wants to know if we can stop the PPI", [("Colleen Fitzgerald", "NAME")], "name-clinician")
M("can u check on grace kim's foley, no output x6h", [("grace kim", "NAME")], "name-lowercase name-possessive name-common-word")
M("pt is terrence o'neal, 34M, sickle cell crisis, PCA settings?", [("terrence o'neal", "NAME")], "name-lowercase")
M("Nguyen Thi Lan, 67F, Vietnamese-speaking, interpreter for colonoscopy consent", [("Nguyen Thi Lan", "NAME")], "name-multi-part")
M("Oluwaseun Adebayo-Martins, 3rd admission this year for sickle cell crisis", [("Oluwaseun Adebayo-Martins", "NAME")], "name-hyphenated")
M("Siobhan O'Rourke's potassium is 6.1 on repeat, first was hemolyzed", [("Siobhan O'Rourke", "NAME")], "name-possessive")
M("Aarav Shah 6yo w/ asthma exacerbation, dexamethasone x1 or 2 doses?", [("Aarav Shah", "NAME")], "name-plain age-under-90")
M("Kwame Mensah, HbSC, hip pain — AVN workup?", [("Kwame Mensah", "NAME")], "name-plain")
M("Fatima Al-Sayed is fasting for Ramadan, adjust the insulin?", [("Fatima Al-Sayed", "NAME")], "name-hyphenated holiday")
M("Hiroshi Watanabe, post-op delirium, family wants him off the haldol", [("Hiroshi Watanabe", "NAME")], "name-plain relative-not-named")
M("Ngozi Eze needs a work note, off until the 19th", [("Ngozi Eze", "NAME"), ("19th", "DATE")], "name-plain date-ordinal")
M("Tomasz Wiśniewski — warfarin + new amiodarone, INR plan?", [("Tomasz Wiśniewski", "NAME")], "name-plain")
M("José Ángel Ibarra needs a Spanish AVS for his new insulin", [("José Ángel Ibarra", "NAME")], "name-multi-part")
M("Nadia Haddad's husband Karim is the HCPOA", [("Nadia Haddad", "NAME"), ("Karim", "NAME")], "name-relative name-possessive")
M("Kalani Kahananui 29F, 34 wk, BP 164/108 — mag?", [("Kalani Kahananui", "NAME")], "name-plain vitals")
M("Ayesha Siddiqui's daughter Zara is translating for her", [("Ayesha Siddiqui", "NAME"), ("Zara", "NAME")], "name-relative name-possessive")
M("Thandiwe Ndlovu has a new PE on apixaban, treatment failure?", [("Thandiwe Ndlovu", "NAME")], "name-plain")
M("Precious Okoro, 19, DKA, gap closed — transition to SQ?", [("Precious Okoro", "NAME")], "name-common-word")
M("Destiny Moore in triage with SI, 1:1 sitter ordered", [("Destiny Moore", "NAME")], "name-common-word")
M("harmony price needs a PA for her Dexcom", [("harmony price", "NAME")], "name-lowercase name-common-word")
M("Sunny Patel, 41M, hemoptysis, CT pending", [("Sunny Patel", "NAME")], "name-common-word")
M("Jade Fuller and Amber Cole both on the 4W list for discharge", [("Jade Fuller", "NAME"), ("Amber Cole", "NAME")], "name-common-word")
M("Holly Marsh — med rec says lisinopril AND losartan, which one?", [("Holly Marsh", "NAME")], "name-common-word name-message-start")
M("Forrest Gill's LVAD alarms again", [("Forrest Gill", "NAME")], "name-possessive name-common-word")
M("Reed Cotton, 60M, hiccups x 4 days, chlorpromazine?", [("Reed Cotton", "NAME")], "name-common-word")
M("Dawn Fielding's biopsy came back, can you draft a message to her?", [("Dawn Fielding", "NAME")], "name-common-word name-possessive")
M("Crystal Banks has crystals on the knee tap, gout vs CPPD", [("Crystal Banks", "NAME")], "name-collision name-common-word")
M("Heath Moore's heat stroke — core temp 41.2 on arrival", [("Heath Moore", "NAME")], "name-possessive temperature")
M("Dr. Rose Hill from peds is on the line for the consult", [("Rose Hill", "NAME")], "name-clinician name-common-word")
M("glen rice in 9 — bp 88/50 after lasix", [("glen rice", "NAME")], "name-lowercase name-common-word vitals")
M("Wade Carter's wife Summer wants to talk to the attending", [("Wade Carter", "NAME"), ("Summer", "NAME")], "name-relative name-common-word name-possessive")
M("Sterling Fox-Whitmore, 15M, SCFE on the right — pinning tomorrow", [("Sterling Fox-Whitmore", "NAME")], "name-hyphenated name-common-word")
M("BISHOP, AUGUST R. 70M — C diff recurrence #2, fidaxomicin?", [("BISHOP, AUGUST R.", "NAME")], "name-allcaps name-last-first month-word")
M("Hunter Young's sats are dropping on 4L", [("Hunter Young", "NAME")], "name-common-word name-possessive")
M("King, Destiny — fell at home; Mr. King (husband) found her", [("King, Destiny", "NAME"), ("King", "NAME")], "name-last-first name-relative")
M("mason wood needs his second rabies vaccine today", [("mason wood", "NAME")], "name-lowercase name-common-word")
M("Stone, Rich (goes by Richie) — asthma flare, peak flow 180", [("Stone, Rich", "NAME"), ("Richie", "NAME")], "name-last-first name-nickname name-common-word")
M("Dr Esperanza Gay is covering for Dr Okafor tonight", [("Esperanza Gay", "NAME"), ("Okafor", "NAME")], "name-clinician name-common-word")
M("^ that's for Mr. Okafor in 14, not the other one", [("Okafor", "NAME")], "thread-reply name-short")
M("Chuck (Charles Abernathy-Lowe) refused the flu shot", [("Chuck", "NAME"), ("Charles Abernathy-Lowe", "NAME")], "name-nickname name-hyphenated")
M("for Ms. Lopez: please add ceftriaxone to the MAR", [("Lopez", "NAME")], "name-short name-after-preposition")
M("Washington, Faye 79F — venous leg ulcer, wound care referral", [("Washington, Faye", "NAME")], "name-last-first name-lookalike")
M("Hope, Cliff — PT eval pending, Hgb stable", [("Hope, Cliff", "NAME")], "name-last-first name-common-word")
M("Virginia Castellanos wants a second opinion on the thyroid nodule", [("Virginia Castellanos", "NAME")], "name-lookalike")
M("Georgia Pham 71F, transfer from a hospital in Austin, needs an ICU bed", [("Georgia Pham", "NAME"), ("Austin", "LOCATION")], "name-lookalike city")
M("Dallas Moreno is the one with the MRSA, not Dallas the nurse", [("Dallas Moreno", "NAME"), ("Dallas", "NAME")], "name-lookalike name-clinician")
M("Paris Henley 24F, syncope on standing, orthostatics positive", [("Paris Henley", "NAME")], "name-lookalike")
M("Jordan Price — 35, IVDU, MRSA bacteremia, TEE?", [("Jordan Price", "NAME")], "name-common-word name-lookalike")
M("CHRISTIAN FAITH BAPTISTE ADMITTED FROM ED W/ PNA", [("CHRISTIAN FAITH BAPTISTE", "NAME")], "name-allcaps name-multi-part name-common-word")
M("Easter Williams ate a whole ham for Easter, now BP 190s and puffy", [("Easter Williams", "NAME")], "name-collision holiday")
M("pls cc Dr. Yusuf Abdi-Noor on the discharge summary", [("Yusuf Abdi-Noor", "NAME")], "name-clinician name-hyphenated")
M("signed by Dr. O'Malley-Ruiz at 2214", [("O'Malley-Ruiz", "NAME")], "name-clinician name-hyphenated")
M("re: bishop, faith — can we get PT today", [("bishop, faith", "NAME")], "name-lowercase name-last-first name-after-preposition")
M("^ yes, that's Dale Summers, the one with the LVAD", [("Dale Summers", "NAME")], "thread-reply name-common-word")
M("replying here: Price's potassium is back, 3.2", [("Price", "NAME")], "thread-reply name-possessive name-common-word")
M("+1 to what Dr. Mbatha said about the heparin", [("Mbatha", "NAME")], "thread-reply name-clinician")
M("@channel bed 3 is Luz Romero now, not the prior pt", [("Luz Romero", "NAME")], "thread-reply room-bed-number")
M("Dr. Bishop wants the bishop score charted before induction", [("Bishop", "NAME")], "name-clinician name-collision eponym")
M("grace in 12 (Grace Okonjo) says her pain is 10/10", [("grace", "NAME"), ("Grace Okonjo", "NAME")], "name-lowercase score-fraction")
M("patient Summer Rain-Whitley, 27, G2P1 at 31 wk", [("Summer Rain-Whitley", "NAME")], "name-hyphenated name-common-word")
M("Mr. Fox's fox bite — rabies PEP?", [("Fox", "NAME")], "name-collision name-possessive")
M("LOWE, AUTUMN — pre-op clearance for hernia", [("LOWE, AUTUMN", "NAME")], "name-allcaps name-last-first name-common-word")
M("Cash Dorsey, 52M, alcohol withdrawal, CIWA 22", [("Cash Dorsey", "NAME")], "name-common-word")
M("lady in 14 — Marigold Sweeney — needs a bedside swallow", [("Marigold Sweeney", "NAME")], "name-common-word")
M("Pepper Lindholm 30F, capsaicin burn to the eyes from pepper spray", [("Pepper Lindholm", "NAME")], "name-collision")
M("Teddy (Theodore Ruiz-Ochoa), 4 yo, croup, dex given", [("Teddy", "NAME"), ("Theodore Ruiz-Ochoa", "NAME")], "name-nickname name-hyphenated age-under-90")
M("Dr. van der Berg and Dr. de la Cruz both want the same OR slot", [("van der Berg", "NAME"), ("de la Cruz", "NAME")], "name-clinician name-multi-part")
M("Rev. Amos Kettering is the pt, chaplain already aware", [("Amos Kettering", "NAME")], "name-plain")
M("Sgt. Lupe Fa'asavalu, active duty, needs a profile letter", [("Lupe Fa'asavalu", "NAME")], "name-plain")
M("Xi Chen and Chen Xi are different pts — please don't merge", [("Xi Chen", "NAME"), ("Chen Xi", "NAME")], "name-short")
M("Li Na, 33F, postpartum preeclampsia, mag for 24h?", [("Li Na", "NAME")], "name-short name-message-start")
M("Bo Yang's INR 3.6, skip a dose?", [("Bo Yang", "NAME")], "name-short name-possessive")
M("Al Greenbaum, 70M, BPH with retention", [("Al Greenbaum", "NAME")], "name-short")
M("Ed Harlan in the ED again for ETOH, 4th time this month", [("Ed Harlan", "NAME")], "name-collision name-short")
M("Art therapy for Art Weller? he's been withdrawn since the amputation", [("Art Weller", "NAME")], "name-collision")
M("Will Sato will need a ride home after the scope", [("Will Sato", "NAME")], "name-collision")
M("Guy Fontaine — guy in 3 with the hiccups", [("Guy Fontaine", "NAME")], "name-collision")
M("Nurse Kelechi Umeh says the pt in 5 fell", [("Kelechi Umeh", "NAME")], "name-clinician")
M("Brenda-Lee Okafor-Smith DOB 12/24/1970 needs an A1c and lipid panel", [("Brenda-Lee Okafor-Smith", "NAME"), ("12/24/1970", "DATE")], "name-hyphenated dob")
M("Dr. Hopewell? no — Dr. Hope Wells is the surgeon", [("Hopewell", "NAME"), ("Hope Wells", "NAME")], "name-clinician name-common-word")

# -- Unicode inside names
M(f"Jo{ZW}anna Brightwater's glucose is 42, D50 given", [(f"Jo{ZW}anna Brightwater", "NAME")], "zero-width name-possessive")
M(f"pt {RLM}Samir Haddad{RLM} per the RTL form, allergies?", [("Samir Haddad", "NAME")], "bidi-mark name-plain")
M(f"{FW('Ellen Park')} in rm 4, lactate 3.1", [(FW("Ellen Park"), "NAME")], "fullwidth-letters name-message-start")
M(f"Br{CYR_o}oks, Lena — missed dialysis Saturday", [(f"Br{CYR_o}oks, Lena", "NAME")], "homoglyph name-last-first")
M(f"referral: Gus{NBSP}Stone to ortho for knee OA", [(f"Gus{NBSP}Stone", "NAME")], "nbsp name-common-word")

M(f"{FW('Cole, Summer')} needs a PT/INR before the biopsy", [(FW("Cole, Summer"), "NAME")], "fullwidth-letters name-last-first name-common-word")

# -- dates in many formats
M("seen in clinic 14-Jan-2025 for the same rash, now worse — derm?", [("14-Jan-2025", "DATE")], "date-dmy-abbrev")
M("last scope was Jan 14th, path showed 2 TAs", [("Jan 14th", "DATE")], "date-no-year date-ordinal")
M("/draft discharge summary for the 3rd of May 2026 admission: CAP, ceftriaxone + azithro, home on day 4", [("3rd of May 2026", "DATE")], "date-written date-ordinal slash-command")
M("echo 2025-11-30 EF 35%, repeat after 3 mo GDMT?", [("2025-11-30", "DATE")], "date-iso")
M("DOB 7/4/1948, pt Leonard Tsosie, BCG instillation #3 today", [("7/4/1948", "DATE"), ("Leonard Tsosie", "NAME")], "dob date-numeric")
M("dx'd with breast ca March 2021, lumpectomy + XRT", [("March 2021", "DATE")], "date-month-year")
M("admitted 12.03.2025 per the outside records (dd.mm), transferred on day 2", [("12.03.2025", "DATE")], "date-other-format")
M("her bday is on the 21st, she'll be 90 — can we do cake on the unit?", [("21st", "DATE"), ("90", "AGE")], "date-ordinal age-over-89-digits")
M("fell on Thanksgiving Day 2025 carving the turkey, thumb lac f/u", [("Thanksgiving Day 2025", "DATE")], "holiday-date")
M("July 4th 2025 fireworks injury to the hand, partial amputation — hand clinic f/u", [("July 4th 2025", "DATE")], "holiday-date date-ordinal")
M("last dose of Reclast 11/2023, due again?", [("11/2023", "DATE")], "date-month-year drug-brand-name")
M("surgery Tuesday 2/17, hold the Eliquis from 2/15", [("2/17", "DATE"), ("2/15", "DATE")], "date-no-year date-numeric")
M("on Feb. 9, 2026 she had a seizure at work", [("Feb. 9, 2026", "DATE")], "date-written")
M("MRI from 9-Sep-25 shows an L4-5 extrusion", [("9-Sep-25", "DATE")], "date-dmy-abbrev")
M("born 1931-06-30 so she's 94, right? confirm before anesthesia", [("1931-06-30", "DATE"), ("94", "AGE")], "date-iso dob age-over-89-digits")
M("vaccines: Tdap 10/12/2019, PCV20 Oct 2024, Shingrix #1 2025-01-08", [("10/12/2019", "DATE"), ("Oct 2024", "DATE"), ("2025-01-08", "DATE")], "date-numeric date-month-year date-iso")
M("date of injury: the fifth of November, 2025", [("fifth of November, 2025", "DATE")], "date-written")
M("DOB 3 Aug 1939 — need a Beers list review of her 14 meds", [("3 Aug 1939", "DATE")], "dob date-other-format")
M(f"DOB 03/1{ZW}1/1947, chart merge issue", [(f"03/1{ZW}1/1947", "DATE")], "zero-width dob")
M(f"DOB {AR('12/03/1950')} per the Arabic intake form, confirm?", [(AR("12/03/1950"), "DATE")], "arabic-indic-digits dob")
M(f"admitted {FW('2025-10-08')} with sepsis, blood cx grew GBS", [(FW("2025-10-08"), "DATE")], "fullwidth-digits date-iso")
M(f"surgery on {RLM}04/09/2026{RLM} per the scanned consent", [("04/09/2026", "DATE")], "bidi-mark date-numeric")
M("Christmas Day 2025 admission for DKA — discharge summary pls", [("Christmas Day 2025", "DATE")], "holiday-date")
M("due date 8/14, currently 36+2, BP 150/96", [("8/14", "DATE")], "date-no-year vitals")
M("LMP Jan 2 2026, bhcg 1800, no IUP on TVUS", [("Jan 2 2026", "DATE")], "date-written dose-lab")
M("DOB 0 9 / 1 1 / 1 9 5 8 (pt typed it that way in the portal)", [("0 9 / 1 1 / 1 9 5 8", "DATE")], "spaced-digits dob")
M(f"DOB {DEVA('05-06-1962')} per the Hindi form", [(DEVA("05-06-1962"), "DATE")], "other-script-digits dob")
M("next infusion on the 22nd, premeds same as last time", [("22nd", "DATE")], "date-ordinal")
M("New Year's Eve 2025 MVC, ortho f/u for the tib plateau", [("New Year's Eve 2025", "DATE")], "holiday-date")
M(f"DOB:{BOM}11/30/1944 from the CSV export", [("11/30/1944", "DATE")], "zero-width dob")
M("DOB 02/29/1932 (leap day), so she's 93?", [("02/29/1932", "DATE"), ("93", "AGE")], "dob age-over-89-digits")
M("born in May 1930 — ninety-five now and still driving", [("May 1930", "DATE"), ("ninety-five", "AGE")], "date-month-year age-over-89-words")
M("colonoscopy done on 2026/01/19, prep was poor", [("2026/01/19", "DATE")], "date-iso")
M("last seen by heme on Sept 30, plt 42 then", [("Sept 30", "DATE")], "date-no-year")
M("d/c'd 11-14-25 on a 5 day course of levofloxacin", [("11-14-25", "DATE")], "date-numeric")

# -- ages over 89
M("ninety-three-year-old woman with syncope on donepezil, hold it?", [("ninety-three", "AGE")], "age-over-89-words")
M("aged 102, lives alone, wants to remain full code", [("102", "AGE")], "age-over-89-digits")
M("pt is 96 and her son is 71, both admitted in different rooms", [("96", "AGE")], "age-over-89-digits relative-not-named")
M("one hundred and one years old per family, DNR confirmed", [("one hundred and one", "AGE")], "age-over-89-words")
M("NINETY-FIVE YO M URINARY RETENTION, FOLEY PLACED, 900 CC OUT", [("NINETY-FIVE", "AGE")], "allcaps age-over-89-words")
M("91yo with severe AS, TAVR eval or palliative?", [("91", "AGE")], "age-over-89-digits")
M(f"age {AR('92')} per the translated record, moderate dementia", [(AR("92"), "AGE")], "arabic-indic-digits age-over-89-digits")
M(f"{FW('97')} y/o F, fall, on clopidogrel — CT head?", [(FW("97"), "AGE")], "fullwidth-digits age-over-89-digits")
M("98M with hip fx, surgery within 24h?", [("98", "AGE")], "age-over-89-digits")
M("she turns 100 next week, the family is asking about a party on the unit", [("100", "AGE")], "age-over-89-digits relative-not-named")
M("pt is ninety-nine, sharp as a tack, asking about the shingles shot", [("ninety-nine", "AGE")], "age-over-89-words")
M("Centenarian? no, she's 103 — ok for elective cataract surgery?", [("103", "AGE")], "age-over-89-digits")
M("Age: 90  Sex: M  CC: SOB x3d", [("90", "AGE")], "pasted-note age-over-89-digits")
M("a 92-year-old man on 11 meds, deprescribing help?", [("92", "AGE")], "age-over-89-digits")
M("pt aged ninety, new dx of CLL, watch and wait?", [("ninety", "AGE")], "age-over-89-words")

# -- phone and fax
M("callback 617-555-0143, ask for her husband", [("617-555-0143", "PHONE")], "phone relative-not-named")
M("his work number is (415) 555-0198 ext 22 if the cell doesn't pick up", [("(415) 555-0198 ext 22", "PHONE")], "phone")
M("niece in NY is the emergency contact, +1 212 555 0101", [("+1 212 555 0101", "PHONE")], "phone")
M("pt says her number is six one seven, five five five, zero one two nine", [("six one seven, five five five, zero one two nine", "PHONE")], "phone-words")
M(f"cell 503-555-01{ZW}66 — the portal rejected it", [(f"503-555-01{ZW}66", "PHONE")], "phone zero-width")
M(f"call {FW('617-555-0199')} after 5pm", [(FW("617-555-0199"), "PHONE")], "phone fullwidth-digits")
M(f"mobile {LRM}202-555-0134{LRM} from the Arabic intake form", [("202-555-0134", "PHONE")], "phone bidi-mark")
M("cb 7 7 3 5 5 5 0 1 2 1 when the path is back", [("7 7 3 5 5 5 0 1 2 1", "PHONE")], "phone spaced-digits")
M("daughter Leticia Ramos 555-0162, only call after 6", [("Leticia Ramos", "NAME"), ("555-0162", "PHONE")], "phone name-relative")
M("pt's landline 718.555.0140, no voicemail set up", [("718.555.0140", "PHONE")], "phone")
M("his number is 3125550188, no dashes in the chart", [("3125550188", "PHONE")], "phone")
M(f"pt wrote her phone as {AR('646-555-0117')} on the form", [(AR("646-555-0117"), "PHONE")], "phone arabic-indic-digits")
M("reach the wife at five five five, oh one eight four", [("five five five, oh one eight four", "PHONE")], "phone-words relative-not-named")
M("fax the H&P to 919-555-0110 attn Dr. Obuya", [("919-555-0110", "FAX"), ("Obuya", "NAME")], "fax name-clinician")
M("their fax line is (720) 555-0185, phone is (720) 555-0184", [("(720) 555-0185", "FAX"), ("(720) 555-0184", "PHONE")], "fax phone")
M("/draft referral to Lakeside Sleep Center, fax 555-0123, for CPAP titration", [("Lakeside Sleep Center", "LOCATION"), ("555-0123", "FAX")], "fax facility slash-command")
M("F: 608-555-0191  (PCP office fax for records)", [("608-555-0191", "FAX")], "fax pasted-note")
M(f"fax {FW('312-555-0156')} — copied from the PDF header", [(FW("312-555-0156"), "FAX")], "fax fullwidth-digits")
M("FAX TO 1-800-555-0107 BEFORE 5", [("1-800-555-0107", "FAX")], "fax allcaps")

# -- e-mail
M("send the PFT results to tmorales AT example DOT org", [("tmorales AT example DOT org", "EMAIL")], "email-obfuscated")
M("pt email is k.obi(at)example.com, wants portal access", [("k.obi(at)example.com", "EMAIL")], "email-obfuscated")
M("daughter's email: priya.raman@example.net, she's the HCPOA", [("priya.raman@example.net", "EMAIL")], "email relative-not-named")
M("cc dr. lindqvist at hlindqvist [at] example [dot] com", [("lindqvist", "NAME"), ("hlindqvist [at] example [dot] com", "EMAIL")], "email-obfuscated name-clinician name-lowercase")
M("marcus.oyelaran+portal@example.com bounced, pt wants the AVS emailed", [("marcus.oyelaran+portal@example.com", "EMAIL")], "email")
M(f"email: j{ZW}.delacruz@example.org (copied from intake, has a weird char)", [(f"j{ZW}.delacruz@example.org", "EMAIL")], "email zero-width")
M("wife's email is BETTY DOT OKAFOR AT EXAMPLE DOT NET", [("BETTY DOT OKAFOR AT EXAMPLE DOT NET", "EMAIL")], "email-obfuscated allcaps")
M("reply to sgupta_md@example.com with the echo read", [("sgupta_md@example.com", "EMAIL")], "email")
M("his email is hank dot wu at example dot com, lowercase", [("hank dot wu at example dot com", "EMAIL")], "email-obfuscated lowercase")

# -- SSN
M("SSN 900-44-1187 for the disability paperwork", [("900-44-1187", "SSN")], "ssn")
M("ssn last four 0921 to verify identity over the phone", [("0921", "SSN")], "ssn-partial")
M("social is 000 41 7762, registration flagged it", [("000 41 7762", "SSN")], "ssn split-id")
M(f"SS# 912-{ZW}08-4471 from the scanned card", [(f"912-{ZW}08-4471", "SSN")], "ssn zero-width")
M("SSN 9 0 3 1 2 6 6 4 8 spaced out in the old chart", [("9 0 3 1 2 6 6 4 8", "SSN")], "ssn spaced-digits")
M(f"soc sec {FW('933-70-2201')} from the insurance card scan", [(FW("933-70-2201"), "SSN")], "ssn fullwidth-digits")
M("xxx-xx-4410 is what's on the form, enough for SSA?", [("4410", "SSN")], "ssn-partial")
M("SSN 9001 88 213 — typed with odd spacing", [("9001 88 213", "SSN")], "ssn split-id")

# -- MRN
M("can you pull the last BMP for 4471903", [("4471903", "MRN")], "mrn no-label")
M(f"{CYR_M}RN 5520871 needs a CT abd/pelvis w/ contrast, Cr 1.1", [("5520871", "MRN")], "mrn homoglyph")
M("MRN 3308 1147 has a new allergy to vanc (red man)", [("3308 1147", "MRN")], "mrn split-id")
M(f"MRN 81{ZW}0{ZW}4426 — duplicate chart?", [(f"81{ZW}0{ZW}4426", "MRN")], "mrn zero-width")
M(f"MRN {AR('6620418')}, the Arabic keyboard again", [(AR("6620418"), "MRN")], "mrn arabic-indic-digits")
M(f"{FW('MRN')} {FW('7710234')}, pls summarize labs", [(FW("7710234"), "MRN")], "mrn fullwidth-digits")
M("chart # 20-448813, pt wants copies of her imaging", [("20-448813", "MRN")], "mrn")
M("med rec no. E00918842 — sodium trend?", [("E00918842", "MRN")], "mrn")
M(f"MRN {RLM}6048817{RLM} from the RTL-formatted referral", [("6048817", "MRN")], "mrn bidi-mark")
M(f"mrn 60{RLM}48{RLM}119 shows up broken in the search", [(f"60{RLM}48{RLM}119", "MRN")], "mrn bidi-mark lowercase")
M("m r n 4 4 1 9 2 0 7 (dictated)", [("4 4 1 9 2 0 7", "MRN")], "mrn spaced-digits")
M(f"MRN 2290{NBSP}113 (NBSP from the PDF copy)", [(f"2290{NBSP}113", "MRN")], "mrn split-id nbsp")
M("MRN#55190023 — hold the AM labs", [("55190023", "MRN")], "mrn")
M("pt 8820114 in 7B is npo after midnight", [("8820114", "MRN")], "mrn no-label room-bed-number")
M("\u043crn 7730125 allergies?", [("7730125", "MRN")], "mrn homoglyph lowercase")
M(f"{CYR_M}{FW('RN')} {FA('3390721')} from the Persian referral", [(FA("3390721"), "MRN")], "mrn homoglyph other-script-digits")
M("MR# 0094417 — pls draft her discharge med list", [("0094417", "MRN")], "mrn")

# -- health plan
M("Medicaid ID 88120045731, recert due, SW aware", [("88120045731", "HEALTH_PLAN")], "health-plan")
M("Medicare MBI 7QW2-HN4-RT81, need it on the DME order", [("7QW2-HN4-RT81", "HEALTH_PLAN")], "health-plan")
M("BCBS subscriber id XYP 884 210 553, group 00711", [("XYP 884 210 553", "HEALTH_PLAN")], "health-plan split-id insurer")
M("Aetna member 1022948811-01 — PA for Dupixent", [("1022948811-01", "HEALTH_PLAN")], "health-plan insurer drug-brand-name")
M(f"member ID W{ZW}88104432 won't validate in the PA portal", [(f"W{ZW}88104432", "HEALTH_PLAN")], "health-plan zero-width")
M("policy # HUM-44810-7723 on the Humana card, PCP attribution wrong", [("HUM-44810-7723", "HEALTH_PLAN")], "health-plan insurer")
M("medi-cal CIN 91827364A", [("91827364A", "HEALTH_PLAN")], "health-plan lowercase")
M(f"subscriber {FW('ZQM40021937')} per the card photo", [(FW("ZQM40021937"), "HEALTH_PLAN")], "health-plan fullwidth-digits")

# -- account / FIN / HAR
M("FIN 20261140087 — charges dropped twice, billing wants it fixed", [("20261140087", "ACCOUNT")], "account")
M("HAR 774019233 can't close until the DC summary is signed", [("774019233", "ACCOUNT")], "account")
M("acct # 55-0091-3321 balance dispute, pt asking for financial counseling", [("55-0091-3321", "ACCOUNT")], "account")
M("encounter acct A00871203 has the wrong attending", [("A00871203", "ACCOUNT")], "account")
M(f"billing FIN {AR('30071184')} pasted from the Arabic UI", [(AR("30071184"), "ACCOUNT")], "account arabic-indic-digits")
M("guarantor account 900-771-22 — mom is the guarantor", [("900-771-22", "ACCOUNT")], "account relative-not-named")
M(f"acct {WJ}4471-0092{WJ} — word joiners around it from the PDF", [("4471-0092", "ACCOUNT")], "account zero-width")

# -- licences, DEA, NPI
M("her DL is D412-7780-3391 (IL), pharmacy needs it for the pickup", [("D412-7780-3391", "LICENSE")], "drivers-license")
M("use my DEA FM9931245 on the oxy script — Dr. Felix Marsh", [("FM9931245", "LICENSE"), ("Felix Marsh", "NAME")], "clinician-license name-clinician name-common-word")
M("NPI 1639920484 for the referring provider, Dr. Kapoor", [("1639920484", "LICENSE"), ("Kapoor", "NAME")], "clinician-license name-clinician")
M("my state license MD.0078812 — can the bot track CME hours against it?", [("MD.0078812", "LICENSE")], "clinician-license")
M("WA DL WDLK2M9QP41X on file, ID verified", [("WDLK2M9QP41X", "LICENSE")], "drivers-license")
M("driver's license 9 4 1 7 7 0 2 3 spaced out on the scan", [("9 4 1 7 7 0 2 3", "LICENSE")], "drivers-license spaced-digits")
M("RN license RN-2210984 for the attestation, Nurse Kelechi Umeh", [("RN-2210984", "LICENSE"), ("Kelechi Umeh", "NAME")], "clinician-license name-clinician")
M(f"ordering NPI {FW('1720099813')} came through garbled", [(FW("1720099813"), "LICENSE")], "clinician-license fullwidth-digits")
M("DEA for Dr. Hana Sato is BS4471920, NPI 1306885514", [("Hana Sato", "NAME"), ("BS4471920", "LICENSE"), ("1306885514", "LICENSE")], "clinician-license name-clinician")
M("pt's drivers lic # S530-4417-8821-07 for the DMV medical form", [("S530-4417-8821-07", "LICENSE")], "drivers-license")

# -- vehicles
M("pt's car, plate 8JKT447, is blocking the ambulance bay", [("8JKT447", "VEHICLE")], "vehicle")
M("VIN 3FAHP0HA7CR449120 on the crash report for the MVC pt", [("3FAHP0HA7CR449120", "VEHICLE")], "vehicle")
M("other vehicle plate LXR-2291 per EMS, police need it", [("LXR-2291", "VEHICLE")], "vehicle")
M("license plate 5 GHT 882 from the police report", [("5 GHT 882", "VEHICLE")], "vehicle spaced-digits")
M(f"plate {FW('7WQX118')} copied from the security log", [(FW("7WQX118"), "VEHICLE")], "vehicle fullwidth-digits")
M("his truck (TX plate KDR 4471) is in the ED lot, family will move it", [("KDR 4471", "VEHICLE")], "vehicle relative-not-named")
M("pt's car VIN 1FTFW1E50MKD20871, she wants a letter saying she can't drive", [("1FTFW1E50MKD20871", "VEHICLE")], "vehicle")

# -- devices
M("pacer interrogation: SN PJN448812, battery at ERI", [("PJN448812", "DEVICE")], "device-serial")
M("insulin pump serial 22-A7 keeps alarming occlusion", [("22-A7", "DEVICE")], "device-serial-short")
M("ICD serial RXK-0093317 — is this one in the recall?", [("RXK-0093317", "DEVICE")], "device-serial")
M("CGM transmitter SN 8G4, sensor error every night", [("8G4", "DEVICE")], "device-serial-short")
M("LVAD controller S/N HM3-40219, driveline site red", [("HM3-40219", "DEVICE")], "device-serial")
M("cochlear implant serial number 11872-C, MRI conditional?", [("11872-C", "DEVICE")], "device-serial")
M(f"neurostimulator SN {FW('NS7740')} from the card", [(FW("NS7740"), "DEVICE")], "device-serial fullwidth-digits")
M("home O2 concentrator SN Q19 broke, DME needs it for the swap", [("Q19", "DEVICE")], "device-serial-short")
M("Watchman device serial W-5530128 for the registry form", [("W-5530128", "DEVICE")], "device-serial")
M("implant card says pacemaker serial 7732 — short one", [("7732", "DEVICE")], "device-serial-short")

# -- URL / IP
M("labs here: https://portal.example.org/patients/8841203/labs", [("https://portal.example.org/patients/8841203/labs", "URL")], "url")
M("uploaded the wound pics to https://share.example.com/u/jrosales/wound-0312", [("https://share.example.com/u/jrosales/wound-0312", "URL")], "url")
M("telehealth link for Mr. Abara: https://visit.example.net/room/abara-77412", [("Abara", "NAME"), ("https://visit.example.net/room/abara-77412", "URL")], "url name-short")
M("www.example.org/chart?mrn=5523017 — is that link safe to share?", [("www.example.org/chart?mrn=5523017", "URL")], "url")
M("her fundraiser page is example.com/f/help-for-tanisha-brooks", [("example.com/f/help-for-tanisha-brooks", "URL")], "url")
M(f"https://ehr.example.org/pt/{ZW}40917 (link broke when pasted)", [(f"https://ehr.example.org/pt/{ZW}40917", "URL")], "url zero-width")
M("pt portal login came from 203.0.113.57, security flagged it", [("203.0.113.57", "IP")], "ip")
M("home BP monitor uploads from 198.51.100.23 stopped syncing", [("198.51.100.23", "IP")], "ip")
M("2001:db8::4a1f is the pt's home gateway in the RPM log", [("2001:db8::4a1f", "IP")], "ip")
M("remote access to her chart from IP 192.0.2.188 at 0300 — breach?", [("192.0.2.188", "IP")], "ip not-a-date")
M(f"IP {FW('198.51.100.9')} from the audit export", [(FW("198.51.100.9"), "IP")], "ip fullwidth-digits")
M("ipv6 2001:db8:0:12::7 for his telehealth session", [("2001:db8:0:12::7", "IP")], "ip lowercase")

# -- biometric / photo
M("fingerprint template FP-77A1-03C9 failed to match at the Pyxis", [("FP-77A1-03C9", "BIOMETRIC")], "biometric")
M("voiceprint ID VP_448120 for the phone refill line isn't working", [("VP_448120", "BIOMETRIC")], "biometric")
M("retina scan file retina_R_2231.bin attached to the research consent", [("retina_R_2231.bin", "BIOMETRIC")], "biometric")
M("palm vein enrollment hash 9f3c2a71e0b4 linked to the wrong pt", [("9f3c2a71e0b4", "BIOMETRIC")], "biometric")
M("face template id FT-0092-KR in the kiosk check-in log", [("FT-0092-KR", "BIOMETRIC")], "biometric")
M("iris code IR-5512-QX for the research pt", [("IR-5512-QX", "BIOMETRIC")], "biometric")
M("rash pic is IMG_1234.heic in the thread", [("IMG_1234.heic", "PHOTO")], "photo-filename")
M("DSC_0042.JPG shows the sacral wound, stage 3?", [("DSC_0042.JPG", "PHOTO")], "photo-filename")
M("Screenshot 2026-03-02 at 10.14.22.png is the ECG from the outside hospital", [("Screenshot 2026-03-02 at 10.14.22.png", "PHOTO")], "photo-filename photo-date-lookalike")
M("see PXL_20260114_221530.jpg for the eye", [("PXL_20260114_221530.jpg", "PHOTO")], "photo-filename photo-date-lookalike")
M("20251203_091122.jpg is the ear canal photo, TM perforated?", [("20251203_091122.jpg", "PHOTO")], "photo-filename photo-date-lookalike")
M("attached wound_heel_L.png — unstageable?", [("wound_heel_L.png", "PHOTO")], "photo-filename")
M("IMG_E4410.JPEG of her tongue, leukoplakia?", [("IMG_E4410.JPEG", "PHOTO")], "photo-filename")

# -- locations
M("lives at 418 Birchwood Ln Apt 3C, Fairhaven — home health needs the address", [("418 Birchwood Ln Apt 3C", "LOCATION"), ("Fairhaven", "LOCATION")], "address city")
M("transferred from St. Brigid Regional Medical Center with an inferior STEMI", [("St. Brigid Regional Medical Center", "LOCATION")], "facility")
M("ZIP 60623 for the SDOH screen", [("60623", "LOCATION")], "zip")
M("she's from Duluth and wants care closer to home", [("Duluth", "LOCATION")], "city")
M("resides at Cedar Knoll Nursing Home, DNR/DNI", [("Cedar Knoll Nursing Home", "LOCATION")], "facility")
M("dialysis at Riverbend Dialysis MWF, last HD yesterday", [("Riverbend Dialysis", "LOCATION")], "facility relative-time")
M("attends Lincoln Elementary, school nurse wants a seizure action plan", [("Lincoln Elementary", "LOCATION")], "facility name-lookalike")
M("moved from Tulsa to Springfield last month, needs a new nephrologist", [("Tulsa", "LOCATION"), ("Springfield", "LOCATION")], "city")
M("home address 77 Larkspur Court, Bend, OR 97701", [("77 Larkspur Court", "LOCATION"), ("Bend", "LOCATION"), ("97701", "LOCATION")], "address city zip")
M("found down at 1200 W Harmon Ave per EMS", [("1200 W Harmon Ave", "LOCATION")], "address")
M("pt from Cleveland, but the Cleveland Clinic protocol isn't ours", [("Cleveland", "LOCATION")], "city organization name-collision")
M("lives in Hope, AR, 2h drive for dialysis", [("Hope", "LOCATION")], "city name-lookalike")
M("Mercy Springs Behavioral Health discharged him yesterday", [("Mercy Springs Behavioral Health", "LOCATION")], "facility name-message-start")
M("2210 Alder St #4B — address for the wound nurse", [("2210 Alder St #4B", "LOCATION")], "address")
M(f"zip {FW('30318')} from the registration form", [(FW("30318"), "LOCATION")], "zip fullwidth-digits")
M("went to Bayside Urgent Care first, then came here", [("Bayside Urgent Care", "LOCATION")], "facility")
M("rural pt from Tupelo, 3h drive to us", [("Tupelo", "LOCATION")], "city")
M("Maple Ridge Dialysis (Tue/Thu/Sat) called re: missed runs", [("Maple Ridge Dialysis", "LOCATION")], "facility name-message-start")
M("EMS picked him up at 40 Orchard Way in Glenwood", [("40 Orchard Way", "LOCATION"), ("Glenwood", "LOCATION")], "address city")
M("pt from Hope Springs Rehab — the name confuses the bot lol", [("Hope Springs Rehab", "LOCATION")], "facility name-lookalike")
M("pt is a student at Northfield Community College, needs a dorm accommodation letter", [("Northfield Community College", "LOCATION")], "facility")
M("zip code 9 4 1 1 0 read back by the pt", [("9 4 1 1 0", "LOCATION")], "zip spaced-digits")

# -- other ids
M("path accession S26-11842, summarize the margins", [("S26-11842", "ID")], "other-id")
M("claim # CLM-2026-004512 denied for no PA", [("CLM-2026-004512", "ID")], "other-id")
M("prior auth ref PA-88123-Q approved for the MRI", [("PA-88123-Q", "ID")], "other-id")
M("passport no. X41902277 for the travel letter", [("X41902277", "ID")], "other-id")
M("EMPI 100482213 merged two different patients", [("100482213", "ID")], "other-id")
M("study subject HF2-0317 withdrew consent, stop the research draws", [("HF2-0317", "ID")], "other-id")
M("reportable disease case # 26-LP-00931 — health dept calling", [("26-LP-00931", "ID")], "other-id")
M("surg path accession S25 40917 (space from the fax)", [("S25 40917", "ID")], "other-id split-id")
M("tumor registry id TR-88041 for the cancer committee", [("TR-88041", "ID")], "other-id")
M(f"claim CLM-7731{ZWNJ}0042 rejected, resubmit?", [(f"CLM-7731{ZWNJ}0042", "ID")], "other-id zero-width")

# -- pasted notes, slash commands, threads with several identifiers
M("Pt: Delacruz, Ramon  MRN: 7712045  DOB: 02/09/1955  Adm: 11/28/2025  Attending: K. Whitlock MD", [("Delacruz, Ramon", "NAME"), ("7712045", "MRN"), ("02/09/1955", "DATE"), ("11/28/2025", "DATE"), ("K. Whitlock", "NAME")], "pasted-note name-last-first mrn dob")
M("/draft discharge summary Evangeline Broussard admitted 11/02/2025 discharged 11/09/2025 to Bayou Oaks Rehab", [("Evangeline Broussard", "NAME"), ("11/02/2025", "DATE"), ("11/09/2025", "DATE"), ("Bayou Oaks Rehab", "LOCATION")], "slash-command facility date-numeric")
M("/draft referral: Ignatius Mbeki-Faulkner, DOB 1950-02-27, to Lakeview Cardiology, fax 555-0139", [("Ignatius Mbeki-Faulkner", "NAME"), ("1950-02-27", "DATE"), ("Lakeview Cardiology", "LOCATION"), ("555-0139", "FAX")], "slash-command name-hyphenated dob fax")
M("Name: Soledad Ferrer | DOB: 13 Dec 1958 | MRN: 66107223 | Ph: 305-555-0175 | Ins: Cigna member U7740218801", [("Soledad Ferrer", "NAME"), ("13 Dec 1958", "DATE"), ("66107223", "MRN"), ("305-555-0175", "PHONE"), ("U7740218801", "HEALTH_PLAN")], "pasted-note phone health-plan")
M("ED course: 97 yo F from Sunrise Meadows ALF, found down, CK 8000", [("97", "AGE"), ("Sunrise Meadows ALF", "LOCATION")], "pasted-note age-over-89-digits facility")
M("Ms. Yvonne Achebe (DOB 06/30/1929), 96, lives at 5 Quarry Rd, Millbrook", [("Yvonne Achebe", "NAME"), ("06/30/1929", "DATE"), ("96", "AGE"), ("5 Quarry Rd", "LOCATION"), ("Millbrook", "LOCATION")], "dob age-over-89-digits address city")
M("/evidence for Mr. Hollis Grant: PE + active GI bleed, IVC filter?", [("Hollis Grant", "NAME")], "slash-command name-plain")
M("/draft letter to Dr. Kowalczyk re: Pat Ambrose — fax to 414-555-0168", [("Kowalczyk", "NAME"), ("Pat Ambrose", "NAME"), ("414-555-0168", "FAX")], "slash-command fax name-clinician")
M("Subjective: Mr. Abiodun Lawal, 61, c/o dyspnea. Wife Bisi reports orthopnea. Contact 470-555-0121.", [("Abiodun Lawal", "NAME"), ("Bisi", "NAME"), ("470-555-0121", "PHONE")], "pasted-note name-relative phone")
M("/draft prior auth letter for Cordelia Vance, member 884-20-1177-A, Dupixent for AD", [("Cordelia Vance", "NAME"), ("884-20-1177-A", "HEALTH_PLAN")], "slash-command health-plan")
M("^ and her FIN is 4400912837 if billing asks", [("4400912837", "ACCOUNT")], "thread-reply account")
M("thread: the VIN for Mr. Tafoya's car is 5NPE24AF8KH771203, tow company needs it", [("Tafoya", "NAME"), ("5NPE24AF8KH771203", "VEHICLE")], "thread-reply vehicle name-possessive")
M("Ref: Dr. Imani Brooks, Greenfield Family Medicine, Greenfield", [("Imani Brooks", "NAME"), ("Greenfield Family Medicine", "LOCATION"), ("Greenfield", "LOCATION")], "pasted-note facility city name-clinician")
M("transfer from Pine Hollow Hospital, pt Calvin Reese, 92, on BiPAP", [("Pine Hollow Hospital", "LOCATION"), ("Calvin Reese", "NAME"), ("92", "AGE")], "facility age-over-89-digits")
M("ID bracelet says Obi, Chidi  MRN 2209914 — but he says his name is Chidi Obi-Nwosu", [("Obi, Chidi", "NAME"), ("2209914", "MRN"), ("Chidi Obi-Nwosu", "NAME")], "name-last-first mrn name-hyphenated")
M("Discharge to: 14 Cypress Bend Dr, Lake Charles, LA 70605; caregiver Marisol Peña 337-555-0152", [("14 Cypress Bend Dr", "LOCATION"), ("Lake Charles", "LOCATION"), ("70605", "LOCATION"), ("Marisol Peña", "NAME"), ("337-555-0152", "PHONE")], "pasted-note address zip name-relative")
# ---------------------------------------------------------------------------
# Offsets, validation, split, outputs
# ---------------------------------------------------------------------------
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "DOB", "SSN"]

def build_records():
    recs = []
    for text, spans, kinds in MSGS:
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
        recs.append({"text": text, "spans": out, "clean": not out, "kinds": list(kinds)})
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
            prev_end = sp["end"]
        assert r["clean"] == (len(r["spans"]) == 0), r
        assert 1 <= len(r["kinds"]) <= 4, r
        if r["clean"]:
            for bad in CLEAN_FORBIDDEN:
                assert bad not in t, ("clean message contains " + bad, t)

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

SOURCE_HEAD = r"""# Independent PHI chat evaluation set v3 (dev / test)

## How it was written
- New, synthetic chat messages of the kind US clinicians type to an assistant bot in Slack or Teams:
  slash commands (`/draft referral`, `/draft discharge summary`, `/evidence`), thread replies (`^`, `+1`,
  `@channel`), pasted note fragments (HPI, A/P, header lines), clinical shorthand, typos, lowercase and
  ALL CAPS. Every message was written one by one for this set; none was produced by filling a template
  and none is copied or paraphrased from the earlier sets (v1/v2 messages were not read). Unicode
  variants are spelled out in build.py with tiny helpers (`FW` full-width, `AR` Arabic-Indic, `FA`
  Persian, `DEVA` Devanagari digits, named invisible characters such as `ZW`, `RLM`, `NBSP`).
- Written without looking at the detector's code, its tests or its benchmark scripts.
- All identifiers are invented: phone numbers use 555, e-mails and URLs use example.org / example.com /
  example.net, IPs come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
  2001:db8::/32), SSNs start with 9xx or 000, and MRNs, member ids, plates, VINs, serials, licence and
  DEA/NPI numbers are made up. Any resemblance to a real person or record is accidental.
- About half the messages are clean on purpose and full of look-alikes; the other half carry
  identifiers, weighted towards the forms detectors miss (names that are ordinary words or in odd
  positions/case, obfuscated e-mails, identifiers broken by invisible or other-script characters).
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance; offsets come from `str.find` (never typed by hand). It checks:
  slices non-empty, no overlaps, known categories, `clean` iff no spans, no duplicate texts, no span
  starting or ending on an invisible character or a space, 1-4 kind tags, and that clean messages
  contain none of a few tell-tale strings (`@`, `http`, `555`, `MRN`, `DOB`, ...). It then splits with
  the fixed seed 20261206, stratified by clean/not clean, kind tags and span categories,
  dealt 2:1 into dev/test (rare strata first, each message to the split whose 1/3 : 2/3 quota for
  its kinds and categories is least filled). Running `python3 build.py` again reproduces dev.jsonl,
  test.jsonl and this file.
- Record format: `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`; `end` is exclusive;
  offsets are Python code-point offsets.

## Annotation conventions (same as v2)
- NAME: the name of any person: patient, relative, clinician or other staff (nurse, pharmacist, NP, PA).
  A given name with its family name is one span ("Pat Long", "Banks, Sterling", "Moss, Ingrid K.",
  "T. J. Washington", "van der Berg"). Titles (Mr., Mrs., Ms., Dr., RN, NP, PA, Nurse, Rev., Sgt.) and a
  possessive "'s" stay outside. "Jr." is inside only within a "Last, First Jr." block ("Pruitt, Wade Jr."),
  otherwise outside ("Earl Whitaker Jr." -> "Earl Whitaker"). A nickname and a legal name are two spans.
  Eponyms and eponymous signs, syndromes, murmurs, fractures, procedures and instruments (Austin Flint
  murmur, Ramsay Hunt syndrome, Sister Mary Joseph nodule, Lou Gehrig disease, Swan-Ganz, Jackson-Pratt)
  are never names, also when the same message names a patient with that surname.
- DATE: any date element more specific than a year, in any format or script: full dates, month+day,
  a calendar day alone ("on the 21st"), month+year ("March 2021", "08/2019"), DOBs, admission/discharge
  dates, holidays tied to a year ("Thanksgiving Day 2025"). Not dates: a year alone, decades, weekdays,
  clock times, relative times (POD 3, yesterday, 48h, next week), holidays used as words (Christmas
  disease, holiday heart, after Thanksgiving, fasting for Ramadan), month words in their clinical or
  ordinary sense (March fracture, May-Thurner, "may cause").
- AGE: only ages over 89, in digits or words, in any script; the span is the number expression only
  ("94" in "94F", "ninety-three" in "ninety-three-year-old", "one hundred and one"). Ages up to 89 and
  aggregate wording ("90-plus group", "pts over 90") are not annotated.
- LOCATION: street addresses (house number + street + optional unit, one span), cities and towns, ZIP
  codes, and named facilities where the patient lives, is/was treated or studies (hospital, nursing home,
  ALF, dialysis unit, rehab, clinic, urgent care, school, college); street, city and ZIP are separate spans.
  Not locations: states and countries, unit/room/bed/bay numbers, organisations cited as sources or
  guideline authors (AHA, IDSA, CDC, USPSTF, ACOG, Mayo Clinic guide, Cleveland Clinic protocol), insurers,
  trials, and place-named diseases, rules, scores and devices (Lyme, Ottawa, San Francisco syncope rule,
  Glasgow-Blatchford, Milan/Boston/Berlin/Tokyo criteria, Minnesota tube, Denver shunt, Jersey finger).
- PHONE / FAX: the number with area code, country code and extension, without its label; FAX when the
  text says it is a fax. Numbers spelled in words are PHONE (or FAX).
- EMAIL, including obfuscated forms ("tmorales AT example DOT org", "k.obi(at)example.com",
  "hlindqvist [at] example [dot] com", "hank dot wu at example dot com").
- SSN, including partial SSNs ("last four 0921"; in a masked "xxx-xx-4410" only the digits "4410").
  MRN: medical record / chart numbers, also unlabeled 7-8 digit numbers used to point at a patient; the
  span is the value, never the label (which may be written with Cyrillic or full-width letters).
  HEALTH_PLAN: member, subscriber, policy, Medicaid/Medi-Cal and Medicare (MBI) ids; group numbers and
  insurer names are not annotated. ACCOUNT: billing account, guarantor account, FIN, HAR numbers.
- LICENSE: driver's licences, clinician licence numbers, DEA and NPI numbers. VEHICLE: plates and VINs.
  DEVICE: serial numbers of implants and devices of any length ("SN 8G4" -> "8G4"); model names are not
  annotated. URL (whole URL, with or without scheme), IP (v4 and v6). BIOMETRIC: ids, hashes or files of
  fingerprint, palm-vein, retina/iris, face or voice templates. PHOTO: image file names, including
  screenshots and camera names that embed a date/time (the whole file name is one PHOTO span). ID: other
  unique ids (pathology accession, claim, prior-auth, passport, EMPI, study subject, registry, case ids).
  Codes for concepts rather than people (ICD-10, CPT, NDC, LOINC) are not identifiers.
- Unicode: an identifier with zero-width characters (U+200B/200C/200D/2060/FEFF), bidi marks inside it,
  NBSP or thin spaces, full-width or other-script digits/letters, a Cyrillic look-alike letter, or
  spaced-out digits is annotated over the whole identifier, including the invisible characters inside;
  invisible or bidi characters that only wrap an identifier are outside the span (every span starts and
  ends on a visible character).
- Clean messages contain none of the above; they carry look-alikes instead: eponyms, place-named
  diseases and rules, drug brands that are names or words, capitalised common words that are also
  surnames, temperatures, scores and fractions, vitals, labs, ICD/CPT/NDC/LOINC codes, years, decades,
  weekdays, times, ages <= 89, holidays, month words, room/bed numbers, trial and guideline names,
  organisations and insurers as sources, unnamed relatives, and Unicode noise (full-width or
  Arabic-Indic digits in a dose, a zero-width character in a drug name, NBSP, RLM).

## Decisions not spelled out in v2's conventions
- A facility that a referral or discharge is sent to (where the patient will be treated) is LOCATION,
  like a facility where the patient was treated.
- A masked SSN ("xxx-xx-4410"): only the visible digits are SSN.
- A full-width or Cyrillic-lettered name is still one NAME span (like full-width digits).
- An eponym with the same spelling as a patient's surname in the same message (e.g. "Wilson disease
  workup for young Mr. Wilson") is annotated only where it names the person; build.py supports an
  occurrence number for that.
- An e-mail, URL or photo file name that embeds a person's name or a date is one EMAIL/URL/PHOTO span,
  never split into NAME/DATE.
"""

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = build_records()
    validate(recs)
    for w in WARN:
        print("WARN", w)
    dev, test = split(recs)
    write(os.path.join(here, "dev.jsonl"), dev, "dev")
    write(os.path.join(here, "test.jsonl"), test, "test")
    for fn in ("dev.jsonl", "test.jsonl"):
        rr = [json.loads(l) for l in open(os.path.join(here, fn), encoding="utf-8")]
        validate(rr)
    sd, st = stats(dev), stats(test)
    lines = [SOURCE_HEAD.rstrip(), "", "## Counts (generated by build.py)", "",
             "| | dev | test | total |", "|---|---|---|---|",
             f"| messages | {sd[0]} | {st[0]} | {sd[0]+st[0]} |",
             f"| clean (no spans) | {sd[1]} | {st[1]} | {sd[1]+st[1]} |",
             f"| with identifiers | {sd[0]-sd[1]} | {st[0]-st[1]} | {sd[0]-sd[1]+st[0]-st[1]} |",
             f"| spans total | {sum(sd[2].values())} | {sum(st[2].values())} | {sum(sd[2].values())+sum(st[2].values())} |",
             "", "### Spans per category", "", "| category | dev | test | total |", "|---|---|---|---|"]
    for c in CATS:
        lines.append(f"| {c} | {sd[2][c]} | {st[2][c]} | {sd[2][c]+st[2][c]} |")
    lines += ["", "### Messages per kind tag", "", "| kind | dev | test | total |", "|---|---|---|---|"]
    allk = sorted(set(sd[3]) | set(st[3]), key=lambda k: (-(sd[3][k] + st[3][k]), k))
    for k in allk:
        lines.append(f"| {k} | {sd[3][k]} | {st[3][k]} | {sd[3][k]+st[3][k]} |")
    with open(os.path.join(here, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("dev ", sd[0], "clean", sd[1], dict(sd[2]))
    print("test", st[0], "clean", st[1], dict(st[2]))
    print("categories missing from a split:", [c for c in CATS if sd[2][c] == 0 or st[2][c] == 0])
    print("kinds missing from a split:", [k for k in allk if sd[3][k] == 0 or st[3][k] == 0])

if __name__ == "__main__":
    main()
