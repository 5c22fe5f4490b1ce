#!/usr/bin/env python3
"""Build the independent PHI evaluation set (dev/test JSONL + SOURCE.md).

Every message below was written by hand for this set.  All names, numbers,
addresses, e-mails and URLs are invented (555 phone numbers, example.org /
example.com / example.net domains, made-up MRNs).  Offsets are computed with
str.find on the exact identifier substring, scanning left to right, so spans
of a message must be listed in order of appearance.

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, re, collections, unicodedata

CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
MSGS = []

# a few synonymous tags were used while writing; normalise them here
KIND_ALIASES = {
    "bidi": "bidi-mark", "drivers-licence": "drivers-license", "cyrillic-letter": "homoglyph",
    "split-space": "split-id", "town": "city", "vehicle-plate": "vehicle", "vehicle-vin": "vehicle",
    "clinician-licence": "dea-npi", "age-over-89": "age-over-89-digits", "age-digits": "age-over-89-digits",
    "name": "name-plain", "date": "date-numeric", "religion-not-name": "common-word-not-name",
    "fullwidth-digits-clean": "unicode-clean", "arabic-indic-digits-clean": "unicode-clean",
    "spaced-digits-clean": "unicode-clean", "zero-width-clean": "unicode-clean",
    "weekday-not-date": "not-a-date", "time-not-date": "not-a-date", "decade-not-date": "not-a-date",
    "name-holiday-collision": "name-collision", "name-drug-collision": "name-collision",
    "name-eponym-collision": "name-collision", "date-cjk": "date-other-format",
    "date-day-only": "date-other-format", "date-dotted": "date-other-format", "date-words": "date-other-format",
    "partial": "ssn-partial", "age-aggregated": "age-under-90", "place-lookalike": "name-lookalike",
    "relative-mention": "relative-not-named", "license": "clinician-license", "dea-npi": "clinician-license",
    "bidi-mark-clean": "unicode-clean", "other-script-digits-clean": "unicode-clean",
}

def M(text, spans, kinds):
    ks = []
    for k in kinds.split():
        while k in KIND_ALIASES:
            k = KIND_ALIASES[k]
        if k not in ks:
            ks.append(k)
    MSGS.append((text, spans, ks))

# ---------------------------------------------------------------------------
# CLEAN but tricky messages (no identifier at all)
# ---------------------------------------------------------------------------
M("/evidence does a Virchow node in a 61M with 15 lb weight loss warrant CT c/a/p first or straight to EGD?", [], "eponym slash-command age-under-90")
M("Osler nodes + splinter hemorrhages, new 3/6 holosystolic murmur, T 101.8F. modified Duke criteria — 1 major + 3 minor = definite IE?", [], "eponym guideline temperature score-fraction")
M("Trousseau sign positive when I inflated the cuff. Ca 6.9, Mg 1.1, alb 2.4. replace mag first right?", [], "eponym dose-lab")
M("kussmaul breathing, AG 28, BHB 6.2, K 5.4 — start insulin gtt 0.1 u/kg/hr w/o bolus?", [], "eponym lowercase dose-lab")
M("Murphy sign equivocal, RUQ US neg for stones, HIDA pending. if neg f/u 2 wk w gen surg?", [], "eponym capitalized-word")
M("/draft discharge summary 47F Bell palsy R side, onset <72h, started prednisone 60mg daily x7d + valacyclovir 1g TID, eye patch qhs, f/u neuro 2 wk", [], "eponym slash-command dose-lab")
M("Graves disease vs painless thyroiditis — TRAb neg, RAIU 2% at 24h. so not Graves right?", [], "eponym")
M("Hashimoto pt on levo 88mcg, TSH 7.4, just found out pregnant ~8wk. how much to bump, 2 extra tabs/wk?", [], "eponym dose-lab capitalized-word")
M("Parkinson pt going NPO for ex lap, can't take carbidopa-levodopa PO. rotigotine patch conversion?", [], "eponym")
M("Addison crisis suspected. BP 78/40, Na 126, K 5.9. giving hydrocortisone 100mg IV now, not waiting on the cortisol", [], "eponym vitals dose-lab")
M("Cushing screen: 1mg overnight dex suppression cortisol 4.2 mcg/dL. next step LNSC x2 or 24h UFC?", [], "eponym dose-lab")
M("Wilson disease w/u — ceruloplasmin 12, 24h urine Cu 140 mcg, AST>ALT. KF rings? slit lamp ordered", [], "eponym dose-lab")
M("Rocky Mountain spotted fever on the ddx, rash started at wrists/ankles after camping. doxy 100 BID even in a 6yo?", [], "place-disease age-under-90")
M("ottawa ankle rules neg but tender at base of 5th MT — that's the foot rule actually, so xray?", [], "place-disease lowercase")
M("Lyme disease, single EM lesion 8 cm, no neuro/cardiac sx. doxy 10d vs 14d per IDSA?", [], "place-disease organization guideline")
M("Wells score 4.5 for PE, d-dimer 890. CTA or V/Q given Cr 2.1?", [], "guideline score-fraction dose-lab")
M("San Francisco syncope rule — hct 29, no CHF hx, no SOB, ECG NSR, SBP 104. is hct <30 alone enough to call it high risk?", [], "place-disease guideline")
M("norwalk on 4 west?? 3 pts vomiting since last night. contact precautions + bleach wipes, notify IP", [], "place-disease lowercase room-bed-number")
M("West Nile IgM pos in CSF. supportive care only or any role for IVIG?", [], "place-disease")
M("Chordoma at the clivus s/p endoscopic resection, rad onc wants protons. usual total dose?", [], "rare-disease-start")
M("Holoprosencephaly on 20 wk anatomy scan, genetics wants karyotype + microarray off amnio", [], "rare-disease-start")
M("Lyrica 75 BID making her dizzy and swollen. switch to gabapentin at CrCl 35? what dose", [], "drug-brand-name")
M("Allegra vs Zyrtec for chronic spontaneous urticaria — ok to go up to 4x standard dose?", [], "drug-brand-name no-patient-question")
M("valium 5 PO for CIWA 14 or switch to ativan given the LFTs?", [], "drug-brand-name lowercase score-fraction")
M("Bonine ok in pregnancy for vertigo? 1st trimester", [], "drug-brand-name no-patient-question")
M("Cialis 5 daily for BPH/ED and he's on Flomax 0.4 — orthostasis risk real?", [], "drug-brand-name")
M("Jardiance 10 started today, eGFR 38. hold on sick days? pls draft sick-day rules handout", [], "drug-brand-name")
M("Ozempic before EGD w/ MAC — hold 1 wk per the ASA guidance or just clear liquids 24h?", [], "drug-brand-name organization guideline")
M("Keppra 500 BID -> 750 BID after breakthrough sz. no level needed right", [], "drug-brand-name")
M("LASIX 40 IV GIVEN, UOP ONLY 200 IN 2H. DOUBLE IT?", [], "drug-brand-name allcaps")
M("fever over 101F x3d in a 2yo, no source, UA neg. only 2 of 5 Kawasaki criteria — incomplete KD algorithm?", [], "temperature eponym age-under-90")
M("T 102.4, HR 118, RR 24, lactate 3.1 — sepsis bundle started, 30 mL/kg in someone w EF 25%?", [], "temperature vitals")
M("GCS 14/15 (E4V4M6) after mechanical fall on eliquis. CT head neg. repeat at 24h?", [], "score-fraction")
M("BP 142/88 on 3 separate visits, no DM, ASCVD 6.1%. amlodipine 5 or lifestyle x3 mo first", [], "vitals")
M("5/5 strength BUE, 4/5 L hip flexion, reflexes 2+ and symmetric, no saddle anesthesia. MRI L-spine non urgent?", [], "score-fraction")
M("8/10 pain despite oxy 5 q4h prn. PCA? opioid naive, 68kg", [], "score-fraction dose-lab")
M("Apgar 8/9, 39+2 wk, SVD. mom GBS+ with adequate IAP — routine nursery care?", [], "capitalized-word score-fraction")
M("Bishop score 5, plan cytotec 25mcg PV. cervix 1/50/-2", [], "capitalized-word score-fraction")
M("Long QT on the 12-lead, QTc 512. holding zofran and haldol, K 3.2 Mg 1.6 — replete to what", [], "capitalized-word dose-lab")
M("on methotrexate 15 weekly since 2019, ALT now 3x ULN. switch to leflunomide?", [], "year-only dose-lab")
M("dx 2016, relapsed 2021, progressing on 3rd line. time for palliative consult honestly", [], "year-only")
M("89F with afib, CHA2DS2-VASc 5, HAS-BLED 3, wt 58 kg, Cr 1.4. apixaban 2.5 or 5?", [], "age-under-90 score-fraction")
M("holiday heart again — new afib after a weekend binge, rate controlled on dilt. needs anticoag?", [], "holiday")
M("Christmas disease (hemophilia B) pt needs 2 extractions. target factor IX level pre-op?", [], "holiday eponym")
M("after Thanksgiving we always get a CHF bump from the salt load. anyone have the low-Na discharge teaching sheet?", [], "holiday no-patient-question")
M("may cause QT prolongation — is that azithro or levaquin? or both", [], "month-word lowercase")
M("March fracture of 2nd MT in a cross country runner, xray neg. MRI or bone scan?", [], "month-word")
M("Can you summarize the HEART score components and what cutoff is low risk?", [], "no-patient-question capitalized-word")
M("what's the max acetaminophen dose in compensated cirrhosis, 2 g/day?", [], "no-patient-question")
M("how long to hold clopidogrel before an LP? and prasugrel?", [], "no-patient-question")
M("bed 7 needs a K rider, K 3.1. 40 mEq PO ok?", [], "room-bed-number dose-lab")
M("pt in rm 412 refusing lovenox. SCDs alone ok for DVT ppx? Padua 5", [], "room-bed-number score-fraction")
M("POD 3 s/p lap chole, T 100.9, WBC 14.2. bile leak? CT vs HIDA", [], "relative-time temperature")
M("Hb 6.8 yesterday, 7.9 after 1u this AM. need a 2nd unit if asymptomatic?", [], "relative-time dose-lab")
M("/evidence SPRINT target SBP <120 in diabetics — didn't ACCORD-BP show no benefit?", [], "trial-name slash-command")
M("DAPA-HF vs EMPEROR-Reduced: same HF hospitalization benefit in HFrEF w/o diabetes?", [], "trial-name")
M("per the 2022 AHA/ACC/HFSA HF guideline when do we add vericiguat?", [], "organization guideline year-only")
M("CDC says nPEP within 72h — he's at 80h. still offer?", [], "organization")
M("is the Mayo Clinic periop anticoag guide still current or should we go by BRIDGE?", [], "organization trial-name")
M("ABG 7.28/52/68 on 2L NC. bipap or watch?", [], "score-fraction dose-lab")
M("G3P2012 at 36+4 with BP 148/96, 1+ protein. preE w/o severe features — deliver at 37?", [], "vitals score-fraction")
M("2/6 SEM at RUSB radiating to carotids, no prior echo. outpt TTE fine?", [], "score-fraction")
M("taking 1/2 tab of the 25mg metoprolol BID, HR still 110s", [], "dose-lab")
M("ICD-10 for T2DM w hyperglycemia is E11.65 right? and CPT 99223 for the H&P", [], "code-number no-patient-question")
M("Snellen 20/40 OD, 20/25 OS after the fall. ophtho or just outpt f/u", [], "score-fraction")
M("4/4 blood cx NGTD at 48h, can we stop vanc?", [], "score-fraction relative-time")
M("1:1 sitter still needed? CAM-ICU neg x2 shifts", [], "score-fraction")
M("Homans sign is useless right? I keep seeing it in old H&Ps", [], "eponym no-patient-question")
M("Brown-Sequard picture after the stab wound — ipsilateral weakness, contralateral pain/temp loss. MRI now", [], "eponym")
M("guillain-barre vs CIDP, sx > 8 wk now. IVIG again or steroids?", [], "eponym lowercase")
M("Stevens-Johnson on lamotrigine, ~8% BSA. burn unit transfer?", [], "eponym")
M("Mallory-Weiss tear on EGD, no active bleed. PPI BID and diet in AM?", [], "eponym")
M("WPW on ECG w delta waves — avoid AV nodal blockers if she goes into afib, right?", [], "eponym")
M("Tommy John surgery 3 mo ago, now ulnar nerve tingling. hand ortho ref or wait", [], "eponym name-lookalike")
M("lou gehrig disease pt, FVC 48% — time for bipap discussion", [], "eponym lowercase name-lookalike")
M("Baker cyst rupture vs DVT — US shows both lol. anticoag?", [], "eponym capitalized-word")
M("Barrett esophagus w/o dysplasia, repeat EGD in 3-5 yr per ACG?", [], "eponym organization")
M("Crohn flare, CRP 88, on ustekinumab. add budesonide or admit for IV steroids", [], "eponym")
M("Charcot foot suspected, warm swollen midfoot, A1c 10.2. MRI + offloading", [], "eponym")
M("Charles Bonnet syndrome — 86M w macular degen seeing little people, no delirium. reassure?", [], "eponym name-lookalike age-under-90")
M("marcus gunn pupil OS, vision loss x2d. optic neuritis? MRI orbits", [], "eponym lowercase name-lookalike")
M("Argyll Robertson pupils — RPR 1:256. LP for neurosyphilis", [], "eponym name-lookalike score-fraction")
M("Austin Flint murmur in severe AR, echo shows EROA 0.35 — surgery?", [], "eponym place-lookalike")
M("Beck triad: hypotension, JVD, muffled heart sounds. bedside echo shows effusion w RV collapse", [], "eponym")
M("Cheyne-Stokes on the monitor overnight, EF 20%. ASV contraindicated right?", [], "eponym")
M("Grey Turner sign + Cullen sign, lipase 3400. Ranson at 48h?", [], "eponym name-lookalike guideline")
M("McBurney point tenderness, Rovsing +, Alvarado 8. surgery consulted", [], "eponym guideline")
M("Kernig and Brudzinski neg but still worried, LP anyway", [], "eponym")
M("Babinski upgoing on the R, new since AM. stroke alert?", [], "eponym")
M("Romberg +, vibration loss to knees, B12 180. MMA pending. start IM B12 now?", [], "eponym dose-lab")
M("Phalen and Tinel both + bilaterally, EMG ordered", [], "eponym")
M("Finkelstein + R wrist, new mom. thumb spica + nsaid", [], "eponym")
M("Lachman 2+ w soft endpoint, MRI knee", [], "eponym")
M("Spurling + on L, C6 distribution. PT or ESI?", [], "eponym")
M("Janeway lesions AND Roth spots. TEE asap", [], "eponym")
M("Kehr sign after the MVC, FAST +. to OR", [], "eponym")
M("Virchow triad all there — post-op, immobile, active ca. prophylactic dose enough?", [], "eponym")
M("Whipple POD 5, drain amylase 3x serum — pancreatic leak?", [], "eponym relative-time")
M("nissen fundoplication vs TIF for refractory GERD — any good data?", [], "eponym lowercase")
M("Roux-en-Y 2015, now iron deficient. IV iron or try PO first?", [], "eponym year-only")
M("Hartmann reversal planned, pre-op CT shows normal stump", [], "eponym")
M("Swan-Ganz: CI 1.8, PCWP 28, SVR 1600. milrinone or dobutamine?", [], "eponym dose-lab")
M("jackson-pratt drain output 400 mL serous, day 2. pull or keep?", [], "eponym lowercase")
M("Mallampati 4, BMI 52, OSA on CPAP. anesthesia aware?", [], "eponym")
M("Child-Pugh C, MELD 24 — is TIPS off the table?", [], "eponym guideline")
M("Light criteria: fluid/serum protein 0.6, LDH 0.7 — exudate. cytology sent", [], "eponym guideline")
M("Centor 3 in 19F, rapid strep neg. culture or just sx mgmt?", [], "guideline age-under-90")
M("Caprini 7, spine surg POD1 — pharm ppx now or wait 24h?", [], "guideline")
M("Braden 12, Morse 65. bed alarm + turn q2", [], "guideline score-fraction")
M("Hunt and Hess 3, Fisher 4. nimodipine 60 q4 started", [], "eponym guideline")
M("Gleason 4+3, PSA 14, no mets on PSMA PET. RT + ADT or prostatectomy?", [], "eponym score-fraction")
M("Ann Arbor stage IIB Hodgkin — ABVD x6 or escalated BEACOPP?", [], "place-disease eponym")
M("Kaposi sarcoma lesions in a pt w CD4 40. start ART first?", [], "eponym")
M("EBV mono, spleen 16cm. no contact sports x 4 wk?", [], "dose-lab")
M("Coxsackie hand-foot-mouth in daycare kid, can he go back if afebrile?", [], "place-disease")
M("Pontiac fever vs Legionnaires — urine antigen neg, pt improving w/o abx", [], "place-disease")
M("Ebola PPE donning checklist — does anyone have the current CDC version?", [], "place-disease organization no-patient-question")
M("Boston criteria 2.0 for CAA — MRI shows 4 lobar microbleeds. probable CAA?", [], "place-disease guideline")
M("Minnesota tube placed for variceal bleed, traction w 1L bag. how long before deflating?", [], "place-disease")
M("Denver shunt vs serial paracentesis for refractory ascites, pt not TIPS candidate", [], "place-disease")
M("Milwaukee shoulder — large effusion w calcium phosphate crystals. ortho?", [], "place-disease")
M("Japanese encephalitis vaccine needed for 3 wk trip to rural areas?", [], "place-disease no-patient-question")
M("rose spots on abdomen + relative bradycardia. typhoid? blood cx x2 then ceftriaxone", [], "common-word-not-name lowercase")
M("uremic frost on his face, BUN 210. emergent HD", [], "common-word-not-name")
M("Summer diarrhea season again, peds ED swamped. any ORS dosing cheat sheet?", [], "common-word-not-name no-patient-question")
M("Gold standard for PE dx is still pulm angiography technically, but CTA fine", [], "common-word-not-name capitalized-word")
M("brown recluse bite on L thigh, necrotic center 2cm. dapsone?", [], "common-word-not-name")
M("Black hairy tongue after linezolid. stop it?", [], "common-word-not-name")
M("White coat HTN? home BP avg 124/78, clinic 156/92", [], "common-word-not-name vitals")
M("Green urine on propofol, nurse freaking out. benign right?", [], "common-word-not-name")
M("walks 2 miles daily, no angina. pre-op stress test not needed per RCRI 1", [], "common-word-not-name guideline")
M("blood bank says type and screen expired, redraw before OR", [], "common-word-not-name")
M("family has faith and hope he'll wake up. GCS 5 off sedation x72h. ethics consult?", [], "common-word-not-name score-fraction")
M("Will need bipap overnight, sat 86% on 6L", [], "common-word-not-name capitalized-word")
M("Grace period for prior auth ends Friday — pharmacy says they'll bridge with samples", [], "common-word-not-name capitalized-word")
M("pt's joy is gardening, wants to know when she can kneel after TKA", [], "common-word-not-name")
M("Young adult w/ first unprovoked DVT. thrombophilia panel worth it?", [], "common-word-not-name capitalized-word")
M("Hope to d/c tomorrow if O2 weaned. case mgmt aware", [], "common-word-not-name capitalized-word relative-time")
M("Faith-based objection to blood products, JW. cell saver acceptable to her?", [], "common-word-not-name")
M("Frank hematuria w clots, CBI started via 3-way foley", [], "common-word-not-name eponym")
M("Sterling silver allergy? rash under ring = nickel prob", [], "common-word-not-name")
M("Bishop 9 so no cervical ripening needed, just pit", [], "capitalized-word")
M("ADMIT TO TELE, NPO AFTER MIDNIGHT, AM LABS CBC BMP MG PHOS. MAY NEED CATH IN AM", [], "allcaps month-word")
M("MAY HOLD METFORMIN X48H POST CONTRAST IF EGFR <30", [], "allcaps month-word")
M("april is the month we audit central lines, anyone know CLABSI bundle compliance target", [], "month-word lowercase no-patient-question")
M("Augustine's? no — it's Austin Flint. ignore my last msg", [], "name-lookalike thread-reply")
M("eighty-four yo w/ dementia, aspiration PNA, family wants comfort care. morphine dose for dyspnea?", [], "age-under-90 age-words-under-90")
M("Eighty nine and still drives lol. syncope w/u negative, can he drive?", [], "age-under-90 age-words-under-90")
M("88M on warfarin INR 4.8 no bleeding — hold 1-2 doses, no vit K?", [], "age-under-90")
M("76 y/o F w new onset HA, ESR 88. temporal artery bx + start pred 60 now", [], "age-under-90 dose-lab")
M("pt >89 so the calc won't take his age, just enter 90?", [], "age-aggregated no-patient-question")
M("BP １４２/８８, HR ９６ — copied from the kiosk printout, full width chars sorry", [], "fullwidth-digits-clean vitals")
M("K 3.\u200b2 after 40 mEq, recheck in 4h?", [], "zero-width-clean dose-lab")
M("Na 1\u200c28 -> 131 in 6h, rate ok", [], "zero-width-clean dose-lab")
M("Temp ١٠١.٢ F reported by family interpreter (arabic digits), pt tachy 112", [], "arabic-indic-digits-clean temperature")
M("RR 2 2, sat 9 1 % on RA — sorry phone keyboard", [], "spaced-digits-clean typo vitals")
M("ok thx", [], "thread-reply")
M("agree w plan, pls add mag 2g", [], "thread-reply dose-lab")
M("nvm found it in UpToDate", [], "thread-reply organization")
M("^ same q — does the 48h hold apply to jardiance AND farxiga?", [], "thread-reply drug-brand-name")
M("lol no that's the old Duke, use the 2023 ISCVID-Duke", [], "thread-reply guideline year-only")
M("can u redo that w/o the bullet points", [], "thread-reply")
M("/draft discharge summary CHF exacerbation, diuresed 6L, new Entresto 24/26 BID, daily wts, f/u HF clinic 1 wk, BMP in 3d", [], "slash-command drug-brand-name dose-lab")
M("/draft referral GI for IDA w neg bidirectional endoscopy — capsule study pls", [], "slash-command")
M("/evidence tranexamic acid in GI bleed, HALT-IT said no right?", [], "slash-command trial-name")
M("/evidence colchicine post-MI COLCOT LoDoCo2", [], "slash-command trial-name")
M("/draft pt instructions warfarin diet teaching, 6th grade level, spanish too", [], "slash-command")
M("/evidence IV vs PO abx for uncomplicated GNR bacteremia", [], "slash-command no-patient-question")
M("hyperkalemia protocol pls: calcium gluconate, insulin 5u + D50, albuterol 10-20mg neb, lokelma 10g", [], "dose-lab no-patient-question")
M("ceftriaxone 2g q24 x 14d for Lyme carditis then PO doxy?", [], "place-disease dose-lab")
M("pts c/o HA after nitro, normal? pre-treat with tylenol", [], "no-patient-question")
M("NKDA, PMH HTN HLD T2DM, PSH appy 1998, SH 1ppd x 30 yr, quit 2010", [], "pasted-note year-only")
M("HPI: 54M h/o CAD s/p CABG x3 (2014) p/w 2d of worsening DOE, 3 pillow orthopnea, +PND. denies CP. ROS o/w neg.", [], "pasted-note year-only age-under-90")
M("A/P: #AKI on CKD3 — likely prerenal, hold lisinopril, IVF LR 75/hr, renal US, recheck BMP in AM. #HTN — as above", [], "pasted-note")
M("Plan per Dr on call: continue heparin gtt, PTT q6, cards to see in AM", [], "pasted-note capitalized-word")
M("EXAM: Gen NAD. HEENT PERRLA 3->2. CV RRR no m/r/g. Lungs CTAB. Abd soft NT ND +BS. Ext no c/c/e. Neuro AOx3, CN II-XII intact", [], "pasted-note allcaps")
M("Vitals: T 98.9 HR 88 BP 132/84 RR 16 SpO2 97% RA. Wt 82.4 kg (was 84.1)", [], "pasted-note vitals temperature")
M("Labs 0600: WBC 12.1 Hgb 9.8 Plt 145 Na 134 K 4.1 Cl 99 CO2 22 BUN 31 Cr 1.6 Glu 212", [], "pasted-note dose-lab")
M("Meds: ASA 81 daily, atorva 80 qhs, metop succ 50 daily, lisinopril 20 daily (held), Lasix 40 BID, Eliquis 5 BID, Keppra 500 BID", [], "pasted-note drug-brand-name")
M("Procedure: 18g PIV x2, 7Fr triple lumen R IJ under US, 1 pass, CXR confirms tip at cavoatrial jxn", [], "pasted-note dose-lab")
M("pt very pleasant, jokes w staff, wants a cheeseburger lol. advance diet?", [], "lowercase")
M("CODE BLUE debrief: ROSC after 2 rounds, 1 shock, epi x2. TTM 36 started", [], "allcaps")
M("Holter showed 12% PVC burden. EF 45%. ablation or beta blocker first?", [], "eponym dose-lab")
M("Doppler neg for DVT bilat, still swollen — lymphedema? venous insufficiency?", [], "eponym")
M("Epley maneuver done x2 for R posterior canal BPPV, Dix-Hallpike now neg", [], "eponym")
M("Valsalva didn't break the SVT, adenosine 6 then 12?", [], "eponym dose-lab")
M("Tourette kid on guanfacine, tics worse. add aripiprazole?", [], "eponym")
M("Down syndrome adult w new cognitive decline at 45 — early onset AD? workup?", [], "eponym age-under-90")
M("Turner syndrome 16F, needs cardiac MRI for aortic dims?", [], "eponym age-under-90")
M("Marfan w aortic root 4.7 cm — surgical threshold is 5.0 unless FHx dissection?", [], "eponym dose-lab")
M("Gilbert syndrome, bili 3.2 indirect while fasting. reassure", [], "eponym")
M("Budd-Chiari on CT, JAK2 pending. anticoag now", [], "eponym")
M("Korsakoff vs Wernicke — thiamine 500 IV TID x3d first", [], "eponym dose-lab")
M("Lewy body dementia pt agitated, avoid haldol. quetiapine 12.5?", [], "eponym")
M("Huntington chorea worse, tetrabenazine vs deutetrabenazine?", [], "eponym")
M("Duchenne 14yo, FVC dropping. BiPAP at night?", [], "eponym age-under-90")
M("Lambert-Eaton — CT chest for SCLC first, then 3,4-DAP?", [], "eponym")
M("Horner on the R + neck pain after chiropractor. CTA neck for dissection", [], "eponym")
M("Allen test ok before radial art line", [], "eponym")
M("Trendelenburg gait, hip abductor weakness after THA. PT referral", [], "eponym")
M("Heimlich done at dinner, now coughing, CXR clear. observe?", [], "eponym")
M("Weber lateralizes to L, Rinne AC>BC bilat -> R sensorineural. ENT urgent for SSNHL, steroids", [], "eponym")
M("Hodgkin survivor w mantle RT in 90s, now CAD at 44. screening recs?", [], "eponym decade-not-date age-under-90")
M("Monday labs drawn? BMP due", [], "weekday-not-date capitalized-word")
M("discharge Friday if PT clears him", [], "weekday-not-date")
M("NEW YEAR resolutions = january gym injuries, 3 achilles ruptures this wk", [], "holiday month-word allcaps")
M("Halloween candy DKA in a T1D teen, classic", [], "holiday")
M("Easter egg hunt bee sting, anaphylaxis, epi x1. observe 4-6h", [], "holiday")
M("Valentine's day chest pain = taking sildenafil + nitrates, avoid!", [], "holiday drug-brand-name")
M("night float signout: bed 12 needs AM cortisol, bed 14 NPO for TEE", [], "room-bed-number")
M("pt moved from ICU bed 3 to step down 2W-18", [], "room-bed-number")
M("code status confirmed FULL, HCP is wife (paperwork in chart)", [], "relative-mention")
M("her daughter wants to be present for family meeting, can we do 2pm tmrw", [], "relative-mention relative-time")
M("son at bedside agrees w hospice", [], "relative-mention")
M("Dr on call for GI is covering 2 hospitals tonight, expect delay", [], "capitalized-word")
M("/draft discharge summary for the 34 yo w ectopic s/p lap salpingectomy, Rh neg got RhoGAM, f/u OB 1 wk, hCG weekly to zero", [], "slash-command age-under-90")
M("Hep B vaccine series: 0, 1, 6 months. can we accelerate for dialysis pt?", [], "dose-lab no-patient-question")
M("Tdap at 27-36 wk each pregnancy, right?", [], "no-patient-question")
M("quick q how do I calc corrected Ca again, 0.8 per 1 of alb?", [], "no-patient-question typo")
M("pt wt 132 lb, ht 5'4\". BMI?", [], "dose-lab")
M("Influenza A PCR pos, sx >48h, hospitalized — oseltamivir still?", [], "no-patient-question")
M("Jan-Feb is peak RSV, lots of bronchiolitis. HFNC protocol?", [], "month-word no-patient-question")
M("sz at 0300, lasted 2 min, ativan 2 given. EEG ordered", [], "time-not-date")
M("Mayo scoring for UC: 9. infliximab rescue", [], "organization guideline")
M("per Johns Hopkins ABX guide, cefepime ok for PCN allergic w rash hx?", [], "organization name-lookalike")
M("Cleveland Clinic protocol for post-TAVR pacing — anyone using it?", [], "organization place-lookalike")
M("HHS says we can text w patients if secure? asking for compliance", [], "organization no-patient-question")
M("Pt is Jehovah's Witness, refuses all blood. EPO + IV iron", [], "religion-not-name capitalized-word")
M("CHARCOT TRIAD — fever, RUQ pain, jaundice. ERCP tonight?", [], "eponym allcaps")
M("reynolds pentad now, hypotensive and confused. GI aware", [], "eponym lowercase name-lookalike")

# ---------------------------------------------------------------------------
# Messages WITH identifiers (spans listed in order of appearance)
# ---------------------------------------------------------------------------
M("/draft referral for Pat Long, 58M, h/o CAD s/p PCI 2018, c/o exertional CP x3 wk. cards f/u 2 wk", [("Pat Long", "NAME")], "name-common-word slash-command")
M("ruby gold in bed 7 is asking for her lasix early, ok to give?", [("ruby gold", "NAME")], "name-common-word name-lowercase")
M("SUMMER HOLT 34F G2P1 AT 32WK BP 152/98 W HA. START MAG? PLS ADVISE", [("SUMMER HOLT", "NAME")], "name-common-word name-allcaps allcaps")
M("Banks, Sterling — DOB 03/14/1951 — CKD4, K 6.1 this am. lokelma or kayexalate?", [("Banks, Sterling", "NAME"), ("03/14/1951", "DATE")], "name-last-first name-common-word dob date-numeric")
M("Mrs. Frost's son called asking about the biopsy, can I give results over the phone?", [("Frost", "NAME")], "name-possessive name-common-word")
M("John Smith 72 y/o s/p TKA POD1 hgb 8.1 from 11.9, transfuse?", [("John Smith", "NAME")], "name-plain")
M("per J. Reyes in pharmacy the vanc trough was drawn late, ignore the 28", [("J. Reyes", "NAME")], "name-initial name-clinician")
M("her son Miles is HCP and wants full code for now", [("Miles", "NAME")], "name-relative name-common-word")
M("pt mary-kate o'connor-hale, 41F, migraine w aura on combined OCP — stop estrogen?", [("mary-kate o'connor-hale", "NAME")], "name-hyphenated name-lowercase")
M("d/c summary: admitted 14-Jan-2025, discharged 19-Jan-2025 after CAP tx. CXR in 6 wk", [("14-Jan-2025", "DATE"), ("19-Jan-2025", "DATE")], "date-dmy-abbrev")
M("seen Jan 14th for cellulitis, back today worse despite keflex. MRSA coverage?", [("Jan 14th", "DATE")], "date-ordinal")
M("surgery on the 3rd of March, hold eliquis 48h prior, no bridge", [("3rd of March", "DATE")], "date-ordinal")
M("ninety-one yo F w/ hip fx, family asking if surgery is worth it. frailty calc?", [("ninety-one", "AGE")], "age-over-89-words")
M("Ninety two year old man, DNR/DNI, comfort feeds only", [("Ninety two", "AGE")], "age-over-89-words")
M("pls call daughter at (617) 555-0142 re: goals of care", [("(617) 555-0142", "PHONE")], "phone relative-mention")
M("fax the H&P to 555-201-8833 attn cardiology intake", [("555-201-8833", "FAX")], "fax")
M("wife's email is jdoe AT example DOT org, she wants the AVS emailed", [("jdoe AT example DOT org", "EMAIL")], "email-obfuscated")
M("send the letter to j.doe(at)example.com pls", [("j.doe(at)example.com", "EMAIL")], "email-obfuscated")
M("face sheet shows SSN 431-55-0927, can u scrub it before I paste the rest", [("431-55-0927", "SSN")], "ssn")
M("MRN 84\u200b21\u200b937 needs repeat lactate at 1400", [("84\u200b21\u200b937", "MRN")], "mrn zero-width")
M("Dr. Patel wants the TEE moved to after the heparin is therapeutic", [("Patel", "NAME")], "name-clinician")
M("signout from Hope Rivera: bed 4 Grace Chen, 67F, DKA resolving, transition to SQ at 1800", [("Hope Rivera", "NAME"), ("Grace Chen", "NAME")], "name-common-word name-clinician")
M("will young in 12 pulled his foley again. re-insert or trial void?", [("will young", "NAME")], "name-common-word name-lowercase")
M("Pls draft a letter for Mr. Rose Jr. — can't return to work x2 wk after appy", [("Rose", "NAME")], "name-common-word")
M("CARTER, JUNE  MRN 5521907  ADM 02/07/2025", [("CARTER, JUNE", "NAME"), ("5521907", "MRN"), ("02/07/2025", "DATE")], "name-last-first name-allcaps name-common-word mrn date-numeric pasted-note")
M("spoke w/ dtr Faith (cell 555-318-2290), she'll bring the med list tomorrow", [("Faith", "NAME"), ("555-318-2290", "PHONE")], "name-relative name-common-word phone")
M("King, Bill — s/p fall, on plavix, SDH 6mm. neurosurg says repeat CT 6h", [("King, Bill", "NAME")], "name-last-first name-common-word")
M("april may is the pt in 22, she's the one w the c diff", [("april may", "NAME")], "name-common-word name-lowercase month-word")
M("Dr. Stone and Dr. Marsh disagree on whether to cath tonight — can you pull the evidence for early invasive in NSTEMI", [("Stone", "NAME"), ("Marsh", "NAME")], "name-clinician name-common-word")
M("Mr Baker's wife Joy called re: his pain meds", [("Baker", "NAME"), ("Joy", "NAME")], "name-possessive name-relative name-common-word")
M("hunter price 19M, ankle sprain, ottawa neg, RICE + f/u pcp", [("hunter price", "NAME")], "name-common-word name-lowercase place-disease")
M("Note from Dr. A. Nguyen-Okafor: pt cleared for d/c", [("A. Nguyen-Okafor", "NAME")], "name-initial name-hyphenated name-clinician")
M("/draft discharge summary Cliff Stewart 66M NSTEMI s/p DES to LAD 2/11/25, DAPT x12 mo, cardiac rehab", [("Cliff Stewart", "NAME"), ("2/11/25", "DATE")], "slash-command name-common-word date-numeric")
M("Brooks Lake called back, his INR at home was 3.9", [("Brooks Lake", "NAME")], "name-common-word")
M("Dawn's INR 1.4 — she's Dawn Webb, the mech mitral. bridge?", [("Dawn", "NAME"), ("Dawn Webb", "NAME")], "name-possessive name-common-word")
M("msg from Carol Price: her husband Dale was started on amio yesterday and now HR 44", [("Carol Price", "NAME"), ("Dale", "NAME")], "name-relative name-plain")
M("Reyes J, 55M, etoh w/d, CIWA 22. phenobarb load?", [("Reyes J", "NAME")], "name-initial name-last-first")
M("re: M. Fox — BCx GPC in clusters 2/2, start vanc", [("M. Fox", "NAME")], "name-initial name-common-word thread-reply")
M("JOHN SMITH (not the one in 9, the one in 14) needs his AM insulin held", [("JOHN SMITH", "NAME")], "name-allcaps name-plain")
M("Ivy Lane, 29F, 3rd ED visit for hyperemesis this month, IVF + zofran", [("Ivy Lane", "NAME")], "name-common-word")
M("his daughter Autumn is an RN and asking a lot of q's about the chemo", [("Autumn", "NAME")], "name-relative name-common-word")
M("Moss, Violet A. 83F — UTI vs delirium, UA pending", [("Moss, Violet A.", "NAME")], "name-last-first name-common-word")
M("can you write a referral for bob hill to ortho hand, trigger finger R 3rd digit", [("bob hill", "NAME")], "name-common-word name-lowercase")
M("Discussed w/ pt's niece Crystal Waters, who agrees with plan", [("Crystal Waters", "NAME")], "name-relative name-common-word")
M("Dr. Wolfe's pt in 8 — the one w the lupus nephritis — creat up to 2.4", [("Wolfe", "NAME")], "name-possessive name-clinician")
M("grant ford 45m, chest wall pain, HEART 2. d/c", [("grant ford", "NAME")], "name-common-word name-lowercase")
M("patient: Sandy Shore. c/o 8/10 lbp after lifting, no red flags", [("Sandy Shore", "NAME")], "name-common-word score-fraction")
M("Pls draft a note to Mrs. Hale-Winter re: her mammo callback", [("Hale-Winter", "NAME")], "name-hyphenated name-common-word")
M("Mason and his mom both have strep, treat both", [("Mason", "NAME")], "name-plain name-common-word")
M("Pt Li Wei, 50F, interpreter needed (Mandarin)", [("Li Wei", "NAME")], "name-plain")
M("O'Brien, Rosemary 79F s/p TAVR day 2, new LBBB — pacer?", [("O'Brien, Rosemary", "NAME")], "name-last-first")
M("Dr Jeanne d'Arcy-Lemaire (nephro) wants pre-contrast bicarb", [("Jeanne d'Arcy-Lemaire", "NAME")], "name-hyphenated name-clinician")
M("ok so Xavier's sister Lily is the emergency contact, not the wife", [("Xavier", "NAME"), ("Lily", "NAME")], "name-possessive name-relative")
M("MIKE BELL 61M (Bell palsy hx actually lol) now w new L facial droop + arm weakness, code stroke", [("MIKE BELL", "NAME")], "name-allcaps name-common-word eponym")
M("Graves, Thomas — not Graves disease, the pt's name is Graves. TSH normal", [("Graves, Thomas", "NAME")], "name-last-first eponym name-eponym-collision")
M("Addison Park 8yo, asthma exacerbation, PRAM 6. dex 0.6mg/kg", [("Addison Park", "NAME")], "name-eponym-collision name-common-word")
M("Parker Wilson's urine copper came back normal so not Wilson disease", [("Parker Wilson", "NAME")], "name-eponym-collision name-possessive")
M("Murphy, Bridget — positive Murphy sign, RUQ US w stones + wall thickening", [("Murphy, Bridget", "NAME")], "name-eponym-collision name-last-first")
M("lyric allegra jones, 33F, allergic rhinitis — she asked if Allegra is named after her lol", [("lyric allegra jones", "NAME")], "name-lowercase name-drug-collision drug-brand-name")
M("valerie lasix? no — Valerie LaSalle. typo. she needs her furosemide dose reviewed", [("Valerie LaSalle", "NAME")], "name-drug-collision typo thread-reply")
M("Keppra level for Jordan Marsh pls, sz yesterday", [("Jordan Marsh", "NAME")], "name-plain drug-brand-name")
M("pt's name is Noelle Christmas lol, not a holiday dx. 44F, CP since this am", [("Noelle Christmas", "NAME")], "name-holiday-collision name-common-word")
M("may johnson in 3 may need a repeat echo", [("may johnson", "NAME")], "name-lowercase month-word name-common-word")
M("Frost, Winter — 22F, frostbite both hands after the storm. tPA for frostbite?", [("Frost, Winter", "NAME")], "name-last-first name-common-word")
M("Sterling Banks called from home: BP 90/50, dizzy on the new entresto", [("Sterling Banks", "NAME")], "name-common-word vitals")
M("RN Crystal says pt (Frank Long, rm 506) refused AM meds", [("Crystal", "NAME"), ("Frank Long", "NAME")], "name-common-word name-clinician room-bed-number")
M("Long, Frank Jr. — d/c today, pls draft summary", [("Long, Frank Jr.", "NAME")], "name-last-first name-common-word")
M("/draft referral to pulm for marisol de la cruz, 38F, sarcoid w worsening DLCO", [("marisol de la cruz", "NAME")], "slash-command name-lowercase name-multi-part")
M("per Dr. van der Berg, keep MAP > 65 and start levo", [("van der Berg", "NAME")], "name-clinician name-multi-part")
M("T. J. Washington — HIV VL undetectable, CD4 612", [("T. J. Washington", "NAME")], "name-initial")
M("Sharon's husband (Rick) wants a callback from the attending", [("Sharon", "NAME"), ("Rick", "NAME")], "name-possessive name-relative")
M("Dear Dr. Goodman, thank you for seeing Amber Reed in consultation", [("Goodman", "NAME"), ("Amber Reed", "NAME")], "name-clinician name-common-word")
M("EMERSON, LAKE P — BMP pending", [("EMERSON, LAKE P", "NAME")], "name-last-first name-allcaps")
M("the grandson, jaylen, is translating for her", [("jaylen", "NAME")], "name-relative name-lowercase")
M("Patient Rain Hill (they/them), 27, wants PrEP", [("Rain Hill", "NAME")], "name-common-word")
M("Mrs. Ng's blood cx grew strep gallolyticus — colonoscopy", [("Ng", "NAME")], "name-possessive name-short")
M("Bo Yu 62M h/o HBV, AFP 400 — liver MRI", [("Bo Yu", "NAME")], "name-short")
M("Dr. Ali says hold the heparin for the LP", [("Ali", "NAME")], "name-clinician name-short")
M("Reviewed with attending, Dr. Chase Hunter, agrees w plan", [("Chase Hunter", "NAME")], "name-clinician name-common-word")
M("RE: Drew Berry — can we switch to PO abx, afebrile 48h", [("Drew Berry", "NAME")], "name-common-word thread-reply")
M("pt goes by Birdie but legal name Roberta Fairchild, update the band", [("Birdie", "NAME"), ("Roberta Fairchild", "NAME")], "name-nickname name-plain")
M("Stephen's mother, Helen Castillo-Marsh, is the POA", [("Stephen", "NAME"), ("Helen Castillo-Marsh", "NAME")], "name-possessive name-relative name-hyphenated")
M("thx Dr. Kim", [("Kim", "NAME")], "name-clinician name-short thread-reply")
M("@Dr. Olivia Brandt can you cosign the dc summary for bed 9", [("Olivia Brandt", "NAME")], "name-clinician")
M("The pt, Mr. Carpenter, is a carpenter lol — hand injury w table saw", [("Carpenter", "NAME")], "name-common-word")
M("Sonny Day needs his chemo consent signed before 9", [("Sonny Day", "NAME")], "name-common-word")
M("Nurse Penny Wise paged about the K of 2.9", [("Penny Wise", "NAME")], "name-common-word name-clinician")
M("DOB 7/4/1939, 85M, DNR on file", [("7/4/1939", "DATE")], "dob date-numeric holiday-date")
M("admit 2024-11-03, LOS 12d so far, dispo SNF", [("2024-11-03", "DATE")], "date-iso")
M("last colonoscopy was Oct 2022, polyps x3, due again?", [("Oct 2022", "DATE")], "date-month-year")
M("pt says her last period was Feb 2nd", [("Feb 2nd", "DATE")], "date-ordinal")
M("surgery 12.03.2024 in germany per pt, no records", [("12.03.2024", "DATE")], "date-dotted")
M("echo from 9/18 showed EF 30%, repeat now?", [("9/18", "DATE")], "date-numeric date-no-year")
M("REFERRAL DATE: MARCH 7, 2025. REASON: ABNL PAP", [("MARCH 7, 2025", "DATE")], "date-written allcaps")
M("born on the twenty-first of june, 1958 per the old paper chart", [("twenty-first of june, 1958", "DATE")], "dob date-words lowercase")
M("DOS: 01/0\u200b8/2025 — pls draft the op note summary", [("01/0\u200b8/2025", "DATE")], "date-numeric zero-width")
M("adm \u200e05/12/2024\u200e per outside hospital fax", [("05/12/2024", "DATE")], "date-numeric bidi-mark")
M("DOB ０３/２２/１９６７ (pasted from the japanese intake form)", [("０３/２２/１９６７", "DATE")], "dob fullwidth-digits")
M("d/c'd 8 Aug, readmitted 11 Aug w same CHF picture", [("8 Aug", "DATE"), ("11 Aug", "DATE")], "date-written date-no-year")
M("MI on Christmas Eve 2023 per family — ok that was his 2nd MI", [("Christmas Eve 2023", "DATE")], "holiday-date")
M("scheduled for EGD Tues 6/17 at 0800", [("6/17", "DATE")], "date-numeric")
M("dob: 1949-02-30?? that's invalid, registration typo — ask pt", [("1949-02-30", "DATE")], "dob date-iso typo")
M("Last tetanus 04/2016", [("04/2016", "DATE")], "date-month-year")
M("f/u appt mon 11/3 w/ Dr Huang", [("11/3", "DATE"), ("Huang", "NAME")], "date-numeric name-clinician")
M("stroke was on the 2nd, TNK given at 1412", [("the 2nd", "DATE")], "date-day-only")
M("she's 93, lives alone, fell twice this month", [("93", "AGE")], "age-over-89-digits")
M("94F w/ aortic stenosis, TAVR candidate?", [("94", "AGE")], "age-over-89-digits")
M("102 yo M, sharp as a tack, wants to go home", [("102", "AGE")], "age-over-89-digits")
M("pt is 90 y/o — anticoag for afib still worth it?", [("90", "AGE")], "age-over-89-digits")
M("NINETY-SIX YEAR OLD FEMALE, HIP FX, DNR", [("NINETY-SIX", "AGE")], "age-over-89-words allcaps")
M("one hundred and one years old and still on 11 meds. deprescribing help pls", [("one hundred and one", "AGE")], "age-over-89-words")
M("ninety eight yo w AKI, creat 2.8", [("ninety eight", "AGE")], "age-over-89-words lowercase")
M("91M, 89M and 88F all on the same hall with flu — cohort?", [("91", "AGE")], "age-over-89-digits age-under-90")
M("age ٩٢, arrived via EMS from nursing home", [("٩٢", "AGE")], "age-over-89-digits arabic-indic-digits")
M("his wife is 97 and can't care for him at home", [("97", "AGE")], "age-over-89-digits relative-mention")
M("call back # 555-867-0199", [("555-867-0199", "PHONE")], "phone")
M("pt's cell: 617.555.0173, work 617-555-0188 x204", [("617.555.0173", "PHONE"), ("617-555-0188 x204", "PHONE")], "phone")
M("family # is 7 8 1 5 5 5 0 1 4 2 (that's what she wrote on the whiteboard)", [("7 8 1 5 5 5 0 1 4 2", "PHONE")], "phone spaced-digits")
M("HOME PHONE 555\u200b-\u200b442\u200b-\u200b9017", [("555\u200b-\u200b442\u200b-\u200b9017", "PHONE")], "phone zero-width allcaps")
M("son's number: \u202a+1 (312) 555-0157\u202c", [("+1 (312) 555-0157", "PHONE")], "phone bidi-mark name-relative")
M("tel ５５５-２３４-９９０１", [("５５５-２３４-９９０１", "PHONE")], "phone fullwidth-digits")
M("pcp office 555 612 4480, ask for the nurse line", [("555 612 4480", "PHONE")], "phone")
M("text me at 555-0134 if K drops", [("555-0134", "PHONE")], "phone")
M("daughter Anita \u0665\u0665\u0665-\u0662\u0661\u0663-\u0669\u0660\u0664\u0668 (arabic keyboard)", [("Anita", "NAME"), ("\u0665\u0665\u0665-\u0662\u0661\u0663-\u0669\u0660\u0664\u0668", "PHONE")], "phone arabic-indic-digits name-relative")
M("ph: 555\u2060219\u20603344", [("555\u2060219\u20603344", "PHONE")], "phone zero-width")
M("Fax records to (555) 410-7723 Attn: Medical Records", [("(555) 410-7723", "FAX")], "fax")
M("outside hosp fax 555.902.1188 — they need our d/c summary", [("555.902.1188", "FAX")], "fax")
M("F: 555-330-4471 / P: 555-330-4470 for the wound clinic", [("555-330-4471", "FAX"), ("555-330-4470", "PHONE")], "fax phone")
M("FAX\u00a0\u200f555-778-2201\u200f home health agency", [("555-778-2201", "FAX")], "fax bidi-mark")
M("email pt at maria.santos82@example.com w the lab results?", [("maria.santos82@example.com", "EMAIL")], "email")
M("her son's email: d_okafor at example dot net", [("d_okafor at example dot net", "EMAIL")], "email-obfuscated name-relative")
M("pls cc drlopez@example.org on the referral", [("drlopez@example.org", "EMAIL")], "email name-clinician")
M("patient emailed from BJ.TURNER77 [at] EXAMPLE [dot] COM asking about refills", [("BJ.TURNER77 [at] EXAMPLE [dot] COM", "EMAIL")], "email-obfuscated allcaps")
M("contact: kwame.asante@example.org / 555-204-1180", [("kwame.asante@example.org", "EMAIL"), ("555-204-1180", "PHONE")], "email phone")
M("email: ｊｄｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ (full width, from the kiosk)", [("ｊｄｏｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "EMAIL")], "email fullwidth-digits")
M("SSN 219 55 0184 on the old face sheet", [("219 55 0184", "SSN")], "ssn spaced-digits")
M("ss# 5 0 1-4 4-8 2 7 3", [("5 0 1-4 4-8 2 7 3", "SSN")], "ssn spaced-digits")
M("last 4 of SSN 6621 for the pharmacy callback", [("6621", "SSN")], "ssn partial")
M("SSN: 318-55\u200b-0912 (registration pasted)", [("318-55\u200b-0912", "SSN")], "ssn zero-width")
M("social 402-55-7730, insurance wants it for the claim", [("402-55-7730", "SSN")], "ssn")
M("SSN ５２１-５５-０３４８", [("５２１-５５-０３４８", "SSN")], "ssn fullwidth-digits")
M("SSN 123-4 5-6780 — looks split by copy paste", [("123-4 5-6780", "SSN")], "ssn split-id")
M("MRN 00482913 — can you pull the last echo", [("00482913", "MRN")], "mrn")
M("mrn#7719204 k 6.2 repeat", [("7719204", "MRN")], "mrn lowercase")
M("\u041cRN 3358102: hold AM lovenox, plt 38", [("3358102", "MRN")], "mrn homoglyph")
M("МRN: 66120938 — the one w the PE", [("66120938", "MRN")], "mrn homoglyph")
M("M\u0420N 5520117 needs consent", [("5520117", "MRN")], "mrn homoglyph")
M("MRN 4471 902 (sorry, spaced)", [("4471 902", "MRN")], "mrn split-id")
M("mrn 9\u200c9\u200c1\u200c2\u200c3\u200c0\u200c4 neg troponin x2", [("9\u200c9\u200c1\u200c2\u200c3\u200c0\u200c4", "MRN")], "mrn zero-width")
M("MRN\ufeff 8830\ufeff1257", [("8830\ufeff1257", "MRN")], "mrn zero-width")
M("MRN \u202e7654321\u202c", [("7654321", "MRN")], "mrn bidi-mark")
M("med rec #: ２２８８１９０", [("２２８８１９０", "MRN")], "mrn fullwidth-digits")
M("MRN \u0966\u0967\u096a\u096f\u0968\u096e\u096b (devanagari digits from the interpreter's phone)", [("\u0966\u0967\u096a\u096f\u0968\u096e\u096b", "MRN")], "mrn other-script-digits")
M("chart # ٤٥٧٣١٢٠", [("٤٥٧٣١٢٠", "MRN")], "mrn arabic-indic-digits")
M("MRN E-2281-0473, d/c planning", [("E-2281-0473", "MRN")], "mrn")
M("pt 5527710 in ED hall 3 — needs bed", [("5527710", "MRN")], "mrn no-label")
M("MR# 7 7 0 4 1 8 2", [("7 7 0 4 1 8 2", "MRN")], "mrn spaced-digits")
M("Medicaid ID YH48812093, PA needed for the Ozempic", [("YH48812093", "HEALTH_PLAN")], "health-plan drug-brand-name")
M("BCBS member # XEJ 442918376 group 00412", [("XEJ 442918376", "HEALTH_PLAN")], "health-plan")
M("Medicare MBI 1EG4-TE5-MK73 for the DME order", [("1EG4-TE5-MK73", "HEALTH_PLAN")], "health-plan")
M("ins id: w2281\u200b09374 (aetna)", [("w2281\u200b09374", "HEALTH_PLAN")], "health-plan zero-width lowercase")
M("UHC subscriber ID 9128 4477 01", [("9128 4477 01", "HEALTH_PLAN")], "health-plan spaced-digits")
M("policy # ＡＨ-５５１９０２", [("ＡＨ-５５１９０２", "HEALTH_PLAN")], "health-plan fullwidth-digits")
M("billing acct 100293847 has a hold, SW to call", [("100293847", "ACCOUNT")], "account")
M("FIN 8200417736 for the ED visit", [("8200417736", "ACCOUNT")], "account")
M("pt account # A-55-20198, self-pay, charity care app", [("A-55-20198", "ACCOUNT")], "account")
M("acct#: 7731\u200b0042\u200b11", [("7731\u200b0042\u200b11", "ACCOUNT")], "account zero-width")
M("HAR 300 144 2981", [("300 144 2981", "ACCOUNT")], "account spaced-digits")
M("his CA driver license is D4482019, pls note for the police report", [("D4482019", "LICENSE")], "drivers-license")
M("DL# S530-4471-8820 (IL) in the belongings bag", [("S530-4471-8820", "LICENSE")], "drivers-license")
M("drivers lic 123 456 789 — copied for ID verification", [("123 456 789", "LICENSE")], "drivers-license spaced-digits")
M("prescriber DEA BK4419023, NPI 1558203376", [("BK4419023", "LICENSE"), ("1558203376", "LICENSE")], "dea-npi")
M("Dr. Alvarez RN lic #RN847721 — wait she's the nurse, sorry", [("Alvarez", "NAME"), ("RN847721", "LICENSE")], "license name-clinician")
M("medical license MD.0049821 for the attestation", [("MD.0049821", "LICENSE")], "license")
M("DL ＷＡ-ＳＭＩＴＨＪ５５２ＫＭ (fullwidth from the scan)", [("ＷＡ-ＳＭＩＴＨＪ５５２ＫＭ", "LICENSE")], "drivers-license fullwidth-digits")

# ---------------------------------------------------------------------------
# Identifiers in other categories, hidden formats and Unicode tricks
# ---------------------------------------------------------------------------
ZW, ZJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
LRM, RLM, RLO, PDF = "\u200e", "\u200f", "\u202e", "\u202c"
FW = lambda s: "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
AR = lambda s: "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)
mrn1 = "MRN 4471" + ZW + "9023"
M(f"/draft referral pt {mrn1} to cardiology, afib RVR", [("4471" + ZW + "9023", "MRN")], "zero-width mrn slash-command")
ph1 = "617" + ZWJ + "-555-" + ZJ + "0188"
M(f"daughter's cell {ph1}, call after 5", [(ph1, "PHONE")], "zero-width phone name-relative")
d1 = "03/" + WJ + "14/" + WJ + "2025"
M(f"admitted {d1} w/ sepsis from a UTI", [(d1, "DATE")], "zero-width date")
M(f"DOB {BOM}11/02/1961, pls confirm on the consent", [("11/02/1961", "DATE")], "zero-width date dob")
ssn1 = "412" + ZW + "-58-" + ZW + "9930"
M(f"facesheet SSN {ssn1} — do we need it for the PA?", [(ssn1, "SSN")], "zero-width ssn")
M(f"{RLM}MRN 55120873{LRM} K 5.9 recheck", [("55120873", "MRN")], "bidi mrn")
M(f"callback {RLO}0199-555-617{PDF} (typed backwards on my phone sorry)", [("0199-555-617", "PHONE")], "bidi phone")
M(f"mrn {FW('83301947')} on the wristband is wrong", [(FW("83301947"), "MRN")], "fullwidth-digits mrn")
M(f"her phone {FW('(508) 555-0163')}", [(FW("(508) 555-0163"), "PHONE")], "fullwidth-digits phone")
M(f"MRN {AR('70215568')} transferred from outside hospital", [(AR("70215568"), "MRN")], "arabic-indic-digits mrn")
M(f"DOB {AR('04/22/1953')} per family", [(AR("04/22/1953"), "DATE")], "arabic-indic-digits date dob")
M("\u041cRN 61190452 — hgb 6.8, transfuse 1u", [("61190452", "MRN")], "cyrillic-letter mrn")
M("М\u0420N: 30948821, new a-fib, start dilt", [("30948821", "MRN")], "cyrillic-letter mrn")
M("mrn 8 8 2 0 1 7 4 6 pls pull old echo", [("8 8 2 0 1 7 4 6", "MRN")], "spaced-digits mrn")
M("SSN 512 44 7781 for the disability form", [("512 44 7781", "SSN")], "split-space ssn")
M("MRN 4402 9917, needs INR", [("4402 9917", "MRN")], "split-space mrn")
M("MRN: 10 22 39 84 — vanc trough 24, hold dose", [("10 22 39 84", "MRN")], "split-space mrn")
M("scope on 02-MAR-2026 showed Barrett's", [("02-MAR-2026", "DATE")], "date-dmy-abbrev allcaps")
M("admitted Sunday 11/30, dc planned 12/4", [("11/30", "DATE"), ("12/4", "DATE")], "date-numeric")
M("echo 2026-10-07 EF 35%", [("2026-10-07", "DATE")], "date-iso")
M("94 yo F, DNR/DNI, comfort focused", [("94", "AGE")], "age-over-89 age-digits")
M("pt is 101 years old and asking about the covid booster", [("101", "AGE")], "age-over-89")
M("send the letter to jreyes AT example DOT org", [("jreyes AT example DOT org", "EMAIL")], "email-obfuscated")
M("family email: tom.whitfield(at)example.com", [("tom.whitfield(at)example.com", "EMAIL")], "email-obfuscated")
M("her email is m.okonkwo [at] example [dot] net", [("m.okonkwo [at] example [dot] net", "EMAIL")], "email-obfuscated")
M("reply to pcp office: frontdesk@lakeview-fm.example.org", [("frontdesk@lakeview-fm.example.org", "EMAIL")], "email")
M("DL# S530-4471-2209 for the ID check, MA license", [("S530-4471-2209", "LICENSE")], "drivers-licence")
M("driver's license D12-884-5561 on file", [("D12-884-5561", "LICENSE")], "drivers-licence")
M("photo PXL_20261201_144512.jpg shows the ulcer better", [("PXL_20261201_144512.jpg", "PHOTO")], "photo-filename")
M("insulin pump serial no. TX9913 alarming occlusion", [("TX9913", "DEVICE")], "device-serial-short")
M("ICD serial PRM884512Q, shock x1 last night", [("PRM884512Q", "DEVICE")], "device-serial")
M("his plate is 7KLM221, he left the car in the ED lot", [("7KLM221", "VEHICLE")], "vehicle-plate")
M("BCBS member ID XQH884120019, PA needed for the MRI", [("XQH884120019", "HEALTH_PLAN")], "health-plan")
M("medicaid # 77120459B, recert due", [("77120459B", "HEALTH_PLAN")], "health-plan lowercase")
M("acct 5512-00391 has a balance, billing asked", [("5512-00391", "ACCOUNT")], "account")
M("fax the records to 413-555-0176 attn medical records", [("413-555-0176", "FAX")], "fax")
M("F: (860) 555-0123, send the PA there", [("(860) 555-0123", "FAX")], "fax")
M("pt portal link https://portal.example.org/pt/88412 has the photo", [("https://portal.example.org/pt/88412", "URL")], "url")
M("remote monitor at 10.22.41.7 keeps dropping her tele", [("10.22.41.7", "IP")], "ip")
M("her retinal scan ID RS-22918 used for the badge, weird I know", [("RS-22918", "BIOMETRIC")], "biometric")
M("voiceprint sample VP-00431 attached to the consent", [("VP-00431", "BIOMETRIC")], "biometric")
M("lives at 42 Maple Ave, Apt 3, Quincy — needs VNA", [("42 Maple Ave, Apt 3", "LOCATION"), ("Quincy", "LOCATION")], "address")
M("home in zip 02134, far from the clinic", [("02134", "LOCATION")], "zip")
M("she's from Brockton, works at the Stop & Shop on Main St", [("Brockton", "LOCATION"), ("Main St", "LOCATION")], "town address")
M("case # HX-2026-114503 for the incident report", [("HX-2026-114503", "ID")], "other-id")
M("study subject ID 0417-ZR in the ADAPT trial", [("0417-ZR", "ID")], "other-id trial-name")
M("NPI 1588204471 for the referring doc", [("1588204471", "LICENSE")], "clinician-licence")
M("DEA BK4471902, need it on the script", [("BK4471902", "LICENSE")], "clinician-licence")
M("MRN#88017723 / DOB 9-9-47 / Gonzalez, Amparo", [("88017723", "MRN"), ("9-9-47", "DATE"), ("Gonzalez, Amparo", "NAME")], "mrn date name-last-first pasted-note")
M("PT: OYELARAN, FOLAKE  DOB: 02/17/1939  MRN: 00591244", [("OYELARAN, FOLAKE", "NAME"), ("02/17/1939", "DATE"), ("00591244", "MRN")], "name-allcaps name-last-first date mrn pasted-note")
M("ok so summer holt in 14 — her son said she fell on 11/28", [("summer holt", "NAME"), ("11/28", "DATE")], "name-lowercase name-common-word date")
M("/draft patient-message for John Smith re his A1c", [("John Smith", "NAME")], "name-plain slash-command")
M("referral for Hope Rivers, 30F, migraine w aura", [("Hope Rivers", "NAME")], "name-common-word")
M("mark young 47 m with afib, no AC yet", [("mark young", "NAME")], "name-lowercase name-common-word")
M("Grace Church's daughter is at bedside", [("Grace Church", "NAME")], "name-common-word name-possessive")
M("PARKER, MILES J — CT abd shows appy", [("PARKER, MILES J", "NAME")], "name-allcaps name-last-first")
M("called April Dale re her biopsy, left VM at 774-555-0142", [("April Dale", "NAME"), ("774-555-0142", "PHONE")], "name-common-word month-word phone")
M("Will Hunt 38M needs a work note", [("Will Hunt", "NAME")], "name-common-word")
M("Dr. Rose Garden covering tonight", [("Rose Garden", "NAME")], "name-clinician name-common-word")
M("J. Reyes 61M DOB 1/5/65 f/u A1c", [("J. Reyes", "NAME"), ("1/5/65", "DATE")], "name-initial date")
M("Amber Stone's INR is 4.1, hold warfarin tonight", [("Amber Stone", "NAME")], "name-common-word name-possessive")
M("Brooks, Faith — 29F G2P1 at 31 wk, BP 150/100", [("Brooks, Faith", "NAME")], "name-last-first name-common-word")
M("pt: lily white, 54F, new DM2", [("lily white", "NAME")], "name-lowercase name-common-word")
M("Dawn Price 81F admitted 12-Nov-2026 for CHF", [("Dawn Price", "NAME"), ("12-Nov-2026", "DATE")], "name-common-word date-dmy-abbrev")
M("Angel Cruz 3yo w croup, dex 0.6 mg/kg given", [("Angel Cruz", "NAME")], "name-common-word")
M("Mr. Bishop's Bishop score is 8, ready for induction? (his wife, obviously)", [("Bishop", "NAME")], "name-eponym-collision name-possessive")
M("Rich Gardner 58M, ok to restart eliquis post-op day 2?", [("Rich Gardner", "NAME")], "name-common-word")
M("Jack Frost 40M frostbite of toes, in 5B", [("Jack Frost", "NAME")], "name-common-word")
M("sunny patel in the ED again for DKA", [("sunny patel", "NAME")], "name-lowercase name-common-word")
M("Cliff Walker fell from a ladder, GCS 15, CT neg", [("Cliff Walker", "NAME")], "name-common-word")
M(f"pt Ivy{ZW} Chen MRN 2230{ZW}4418 needs a PA", [("Ivy" + ZW + " Chen", "NAME"), ("2230" + ZW + "4418", "MRN")], "zero-width name mrn")
M(f"call {FW('617')}-555-{FW('0134')} re: results", [(FW("617") + "-555-" + FW("0134"), "PHONE")], "fullwidth-digits phone")
M("her number is six one seven five five five zero one nine two", [("six one seven five five five zero one nine two", "PHONE")], "phone-words")
M("DOB was 7/4/1944 (yes, July 4th) per daughter", [("7/4/1944", "DATE"), ("July 4th", "DATE")], "date holiday-date name-relative")
M("pt turns 90 next week, party on the unit", [("90", "AGE")], "age-over-89")
M("grandma is 89 and sharp as a tack", [], "age-under-90 name-relative")

M("MVC, pt was driver of plate 7KXL219, police need the BAL", [("7KXL219", "VEHICLE")], "vehicle")
M("car in the ambulance bay: silver civic, plate ABC-4417 — security asking whose it is", [("ABC-4417", "VEHICLE")], "vehicle")
M("VIN 1HGCM82633A004352 per the tow report in the chart", [("1HGCM82633A004352", "VEHICLE")], "vehicle")
M("lic plate 8\u200bJQR\u200b552 (the motorcycle)", [("8\u200bJQR\u200b552", "VEHICLE")], "vehicle zero-width")
M("mass plate 4 F X 9 2 1", [("4 F X 9 2 1", "VEHICLE")], "vehicle spaced-digits")
M("pacer interrogation: Medtronic Azure, SN RNB448213H", [("RNB448213H", "DEVICE")], "device-serial")
M("insulin pump SN 4471-B alarming occlusion", [("4471-B", "DEVICE")], "device-serial-short")
M("LVAD serial HM3-22081, flow 4.1, PI 3.2", [("HM3-22081", "DEVICE")], "device-serial")
M("CGM transmitter 8G\u200b4K2M", [("8G\u200b4K2M", "DEVICE")], "device-serial-short zero-width")
M("ICD shock x3, device s/n PXZ 609221 R — EP aware", [("PXZ 609221 R", "DEVICE")], "device-serial")
M("hearing aid serial #２２１９Ｂ lost on the unit", [("２２１９Ｂ", "DEVICE")], "device-serial-short fullwidth-digits")
M("CPAP serial 23172S40118 for the DME compliance download", [("23172S40118", "DEVICE")], "device-serial")
M("neurostim SN A7, no that's the model, SN is 0093412", [("0093412", "DEVICE")], "device-serial")
M("see portal msg https://portal.example.org/msg/88213 for the pic of the rash", [("https://portal.example.org/msg/88213", "URL")], "url")
M("pt's blog about her cancer: www.katiefightsback.example.com — she wants us to read it", [("www.katiefightsback.example.com", "URL")], "url")
M("telehealth link example.com/visit/r-44821-jq", [("example.com/visit/r-44821-jq", "URL")], "url")
M("her GoFundMe https://gofund.example.net/help-dale-okoro-heart", [("https://gofund.example.net/help-dale-okoro-heart", "URL")], "url")
M("HTTPS://FAMILYUPDATES.EXAMPLE.ORG/ROBERTSON", [("HTTPS://FAMILYUPDATES.EXAMPLE.ORG/ROBERTSON", "URL")], "url allcaps")
M("home monitor uploads from 10.44.12.208, can IT whitelist", [("10.44.12.208", "IP")], "ip")
M("pt portal login came from 203.0.113.77 twice, flagged", [("203.0.113.77", "IP")], "ip")
M("CGM bridge ip 192.168.\u200b1.54", [("192.168.\u200b1.54", "IP")], "ip zero-width")
M("ipv6 2001:db8:4a1c::17 on the pump gateway log", [("2001:db8:4a1c::17", "IP")], "ip")
M("pump IP １０．２．３３．１９", [("１０．２．３３．１９", "IP")], "ip fullwidth-digits")
M("fingerprint template ID FP-00917-R used for the med dispenser override", [("FP-00917-R", "BIOMETRIC")], "biometric")
M("palm vein scan ref PV8821340 failed at registration, verify ID manually", [("PV8821340", "BIOMETRIC")], "biometric")
M("voiceprint enrollment vp_55120.wav attached to the phone-refill account", [("vp_55120.wav", "BIOMETRIC")], "biometric")
M("retinal scan hash 9f3ac21e77 on the research consent", [("9f3ac21e77", "BIOMETRIC")], "biometric")
M("face-ID enrollment FACE-2291-A for the kiosk check-in", [("FACE-2291-A", "BIOMETRIC")], "biometric")
M("wound pic IMG_4821.heic uploaded to media tab", [("IMG_4821.heic", "PHOTO")], "photo-filename")
M("see DSC_0042.JPG and DSC_0043.JPG for the ulcer progression", [("DSC_0042.JPG", "PHOTO"), ("DSC_0043.JPG", "PHOTO")], "photo-filename")
M("rash photo PXL_20250114_183302.jpg from family", [("PXL_20250114_183302.jpg", "PHOTO")], "photo-filename")
M("img_0931.png is the ECG strip she took w her phone", [("img_0931.png", "PHOTO")], "photo-filename lowercase")
M("derm wants the full-face photo, file IMG\u200b_7720.JPG", [("IMG\u200b_7720.JPG", "PHOTO")], "photo-filename zero-width")
M("Screenshot 2025-02-03 at 9.41.12 AM.png is the glucose log", [("Screenshot 2025-02-03 at 9.41.12 AM.png", "PHOTO")], "photo-filename")
M("pt lives at 42 Maple St, Apt 3B — home health referral", [("42 Maple St, Apt 3B", "LOCATION")], "address")
M("transfer from Mercy General, Springfield — CT shows SAH", [("Mercy General", "LOCATION"), ("Springfield", "LOCATION")], "facility city")
M("home is in Brookline 02446, lives w daughter", [("Brookline", "LOCATION"), ("02446", "LOCATION")], "city zip")
M("found down at 1180 Harbor Rd by neighbor", [("1180 Harbor Rd", "LOCATION")], "address")
M("from the St. Brigid's nursing home in Fall River, pressure ulcer stg 4", [("St. Brigid's nursing home", "LOCATION"), ("Fall River", "LOCATION")], "facility city")
M("ZIP ０２１３９ for the transport form", [("０２１３９", "LOCATION")], "zip fullwidth-digits")
M("lives in a camper behind the Gas-N-Go on Route 9 in Milford", [("Gas-N-Go on Route 9", "LOCATION"), ("Milford", "LOCATION")], "address city")
M("hiking near Lake Placid when the tick bite happened — Lyme?", [("Lake Placid", "LOCATION")], "city place-disease")
M("she's a teacher at Lincoln Elementary, 9 kids w same rash", [("Lincoln Elementary", "LOCATION")], "facility name-lookalike")
M("dc home to 7 Orchard Ln, Salem — VNA 3x/wk", [("7 Orchard Ln", "LOCATION"), ("Salem", "LOCATION")], "address city")
M("EMS from Riverside Dialysis, missed 2 sessions", [("Riverside Dialysis", "LOCATION")], "facility")
M("pathology accession S25-004417, pls add IHC", [("S25-004417", "ID")], "other-id")
M("claim # CLM-99201-884 denied, appeal letter pls", [("CLM-99201-884", "ID")], "other-id")
M("case # 2025-0419 for the DCF report", [("2025-0419", "ID")], "other-id")
M("specimen ID BX\u200b-77120 mislabeled?", [("BX\u200b-77120", "ID")], "other-id zero-width")
M("organ donor registry # OD-448-1192 — family aware", [("OD-448-1192", "ID")], "other-id")
M("prior auth ref PA77812990 approved for the MRI", [("PA77812990", "ID")], "other-id")
M("passport no. X44810297, intl pt, self pay", [("X44810297", "ID")], "other-id")
M("empi 000-991-2203 dup record, merge pls", [("000-991-2203", "ID")], "other-id lowercase")
M("/draft referral to ID clinic for Tobias Green (MRN 6620194, DOB 11/30/1972), HIV new dx, VL 88k, CD4 210. his ph 555-490-3318", [("Tobias Green", "NAME"), ("6620194", "MRN"), ("11/30/1972", "DATE"), ("555-490-3318", "PHONE")], "slash-command name-common-word mrn dob phone")
M("/draft discharge summary — Harmon, Lucille (MRN 0029\u200b4417), 92F, adm 1/3/25 d/c 1/9/25, CHF exac, new Lasix 40 daily. PCP Dr. Eze, fax 555-610-2231", [("Harmon, Lucille", "NAME"), ("0029\u200b4417", "MRN"), ("92", "AGE"), ("1/3/25", "DATE"), ("1/9/25", "DATE"), ("Eze", "NAME"), ("555-610-2231", "FAX")], "slash-command name-last-first mrn zero-width age-over-89-digits date-numeric fax name-clinician")
M("PT NAME: ROBIN WOODS  DOB: 04-SEP-1931  AGE: 93  MRN: 3320118  ADDRESS: 19 FERN CT, DEDHAM MA 02026", [("ROBIN WOODS", "NAME"), ("04-SEP-1931", "DATE"), ("93", "AGE"), ("3320118", "MRN"), ("19 FERN CT", "LOCATION"), ("DEDHAM", "LOCATION"), ("02026", "LOCATION")], "pasted-note name-allcaps name-common-word dob date-dmy-abbrev age-over-89-digits mrn address zip city")
M("Pt: rose marie bishop, 61f, Bishop score irrelevant she's not pregnant lol — GYN onc for endometrial ca. email rmbishop@example.com", [("rose marie bishop", "NAME"), ("rmbishop@example.com", "EMAIL")], "name-lowercase name-common-word capitalized-word email")
M("CC: Jonah Weller's son Isaac (555-302-7781) and daughter Mae (mae.weller@example.net)", [("Jonah Weller", "NAME"), ("Isaac", "NAME"), ("555-302-7781", "PHONE"), ("Mae", "NAME"), ("mae.weller@example.net", "EMAIL")], "name-possessive name-relative phone email")
M("HPI pasted: Mr. Tran is a 94 yo M from Quincy w/ hx of AS who presented to Harborview Medical Center on 2/14 w syncope", [("Tran", "NAME"), ("94", "AGE"), ("Quincy", "LOCATION"), ("Harborview Medical Center", "LOCATION"), ("2/14", "DATE")], "pasted-note age-over-89-digits city facility date-no-year holiday-date")
M("re: the one in 11 — Deacon, Grace. BCBS id ZGP558201477. dtr cell 555\u200b.218\u200b.9043", [("Deacon, Grace", "NAME"), ("ZGP558201477", "HEALTH_PLAN"), ("555\u200b.218\u200b.9043", "PHONE")], "name-last-first name-common-word health-plan phone zero-width")
M("ED note: brought in by EMS from 455 Elm Ave, Lowell after found down. MRN 4410\u2009982. wife Pearl at bedside", [("455 Elm Ave", "LOCATION"), ("Lowell", "LOCATION"), ("4410\u2009982", "MRN"), ("Pearl", "NAME")], "pasted-note address city mrn split-id name-relative name-common-word")
M("ninety-three y/o, admitted Thanksgiving day (11/28) w PNA — family (son Cole 555-771-0302) wants hospice info", [("ninety-three", "AGE"), ("11/28", "DATE"), ("Cole", "NAME"), ("555-771-0302", "PHONE")], "age-over-89-words holiday-date date-numeric name-relative phone")
M("pls dont paste photos like IMG_5520.HEIC into the chat — also that had his DL K22-019-3381 visible", [("IMG_5520.HEIC", "PHOTO"), ("K22-019-3381", "LICENSE")], "photo-filename drivers-license")
M("Sterling, Banks & Co is his employer — not relevant. pt name is Amos Reed, DOB ٠٩/١٢/١٩٤٤", [("Amos Reed", "NAME"), ("٠٩/١٢/١٩٤٤", "DATE")], "name-common-word dob arabic-indic-digits")
M("pacer SN 44\u200b71\u200bB — Dr. Hollis Grant's pt, rm 3", [("44\u200b71\u200bB", "DEVICE"), ("Hollis Grant", "NAME")], "device-serial-short zero-width name-possessive name-clinician")
M("REFER TO: DR. IRIS CAMPBELL, LAKESIDE NEUROLOGY, 88 MILL ST, WORCESTER. FAX 555-299-0144", [("IRIS CAMPBELL", "NAME"), ("LAKESIDE NEUROLOGY", "LOCATION"), ("88 MILL ST", "LOCATION"), ("WORCESTER", "LOCATION"), ("555-299-0144", "FAX")], "allcaps name-clinician facility address city fax")
M("the pt who came in from Framingham yesterday w the GI bleed — what was his Hgb", [("Framingham", "LOCATION")], "city relative-time")
M("ok update: Penelope (the 90yo) is stable, Hgb 8.4", [("Penelope", "NAME"), ("90", "AGE")], "name-plain age-over-89-digits thread-reply")
M("admitted on 03/\u200b15/\u200b2025 — reformatted from the ED board", [("03/\u200b15/\u200b2025", "DATE")], "date-numeric zero-width")
M("DOB \u202d1955-10-02\u202c", [("1955-10-02", "DATE")], "dob date-iso bidi-mark")
M("next cardiology appt ３月７日 (from the pt's calendar)", [("３月７日", "DATE")], "date-cjk fullwidth-digits")
M("pt states born fourth of july nineteen thirty-two", [("fourth of july nineteen thirty-two", "DATE")], "dob date-words holiday-date lowercase")
M("ninety-nine & refuses dialysis, capacity intact", [("ninety-nine", "AGE")], "age-over-89-words lowercase")
M("age: ９１", [("９１", "AGE")], "age-over-89-digits fullwidth-digits")

# ---------------------------------------------------------------------------
# Extra coverage: typos, other scripts, rarer formats (clean and with identifiers)
# ---------------------------------------------------------------------------
M("pt c/o worsning SOB, stauts post CABG, on lasix 40 bid - shoudl we up it", [], "typo lowercase drug-brand-name")
M("teh INR is 5.2 no bleedign, hold coumadin x2 doses and recheck thrusday", [], "typo not-a-date")
M("acute on chornic HFrEF, ef 20 %, no Entrsto bc of cost", [], "typo drug-brand-name")
M("hypoNa 119 in beer potomania, dont correct >8 in 24h. DDAVP clamp?", [], "dose-lab typo")
M("Glucose ２４８ on the POC meter, insulin sliding scale ok?", [], "unicode-clean dose-lab")
M("HR 1\u200d12, BP 9\u200d8/60 after 2L — pressors?", [], "unicode-clean vitals")
M("SpO2 \u096f\u0968% \u2014 copied from the Hindi vitals app (devanagari digits), on 4L", [], "unicode-clean other-script-digits-clean")
M("Cr \u200f2.4\u200f from 1.1, AKI stage 2", [], "unicode-clean bidi-mark-clean dose-lab")
M("CPT 93306 for the TTE w doppler, 93312 for TEE — which one did we order?", [], "code-number no-patient-question")
M("ICD-10 I50.23 acute on chronic systolic HF, N17.9 AKI. billing q", [], "code-number")
M("NDC 0002-1433-80 is the pen size they stocked, does the dosing match?", [], "code-number")
M("LOINC 4548-4 is A1c right? building the order panel", [], "code-number no-patient-question")
M("started 3 weeks ago, worse over the last 48h", [], "not-a-date relative-time")
M("rounds at 0730 tomorrow, cath lab confirmed for 1100", [], "not-a-date relative-time")
M("eighty-two yo with new afib and falls, anticoag still favored?", [], "age-under-90 age-words-under-90")
M("Seventy six year old w delirium on day 3 post op", [], "age-under-90 age-words-under-90 capitalized-word")
M("Pt is 89 and a half lol, still not PHI age", [], "age-under-90")
M("The 90-plus group was excluded from the trial per protocol — question is about the evidence, not a pt", [], "age-under-90 trial-name no-patient-question")
M("May-Thurner on CT venogram, L iliac compression. stent?", [], "eponym month-word")
M("Holiday weekend staffing short, hold elective admits", [], "holiday capitalized-word")
M("Patrick's day drinking, alcohol w/d starting now. CIWA q1h", [], "holiday name-lookalike")
M("Gardner syndrome pt w osteomas, colectomy done. thyroid US too?", [], "eponym name-lookalike")
M("Wolff-Parkinson-White in a 17yo athlete, EP referral for ablation", [], "eponym age-under-90")
M("Fanconi anemia pt needs HSCT eval", [], "eponym rare-disease-start")
M("Erdheim-Chester disease — anybody seen it? BRAF V600E pos", [], "rare-disease-start eponym")
M("Alkaptonuria: black urine on standing, ochronosis. nitisinone?", [], "rare-disease-start")
M("Castleman disease, multicentric, HHV8 neg — siltuximab", [], "rare-disease-start eponym")
M("Fabry disease enzyme replacement q2wk, infusion rxn last time. premed?", [], "rare-disease-start eponym")
M("Lemierre syndrome on CT neck — IJ thrombus + septic emboli. amp-sulbactam", [], "eponym rare-disease-start")
M("Sheehan syndrome after PPH, cortisol low. hydrocort first then levo", [], "eponym")
M("pt's a retired judge, very particular about his med schedule", [], "common-word-not-name")
M("Dean's list student, 19F, first seizure. driving restrictions?", [], "common-word-not-name age-under-90")
M("Mercy, she's in pain. morphine 2 IV now pls", [], "common-word-not-name capitalized-word typo")
M("Earl grey tea interacting with the iron? take 2h apart", [], "common-word-not-name")
M("dr. sent me the wrong pt's note, disregard", [], "thread-reply lowercase")

M("pt gose by Sonny, legal name Santiago Ruiz-Delgado, 48M", [("Sonny", "NAME"), ("Santiago Ruiz-Delgado", "NAME")], "typo name-nickname name-hyphenated")
M("refrral for lizzie (elizabeth) warren-mcbride, endo for thyroid nodule", [("lizzie", "NAME"), ("elizabeth", "NAME"), ("warren-mcbride", "NAME")], "typo name-nickname name-lowercase name-hyphenated")
M("Mr. Juan Carlos de la Fuente Ortiz, 57, s/p whipple", [("Juan Carlos de la Fuente Ortiz", "NAME")], "name-multi-part eponym")
M("Pt: Nguyen Thi Mai Anh, 44F, TB contact", [("Nguyen Thi Mai Anh", "NAME")], "name-multi-part")
M("family says to call Grandpa Joe (Joseph Abernathy) re: code status", [("Joe", "NAME"), ("Joseph Abernathy", "NAME")], "name-nickname name-relative")
M("call her at five five five, two one two, eight eight four zero", [("five five five, two one two, eight eight four zero", "PHONE")], "phone-words")
M("MRN \u09ea\u09ed\u09e8\u09e7\u09e6\u09ef\u09e9 (bengali digits, interpreter typed it)", [("\u09ea\u09ed\u09e8\u09e7\u09e6\u09ef\u09e9", "MRN")], "mrn other-script-digits")
M("DOB \u0e52\u0e55/\u0e51\u0e51/\u0e51\u0e59\u0e54\u0e58 per the thai passport copy", [("\u0e52\u0e55/\u0e51\u0e51/\u0e51\u0e59\u0e54\u0e58", "DATE")], "dob other-script-digits")
M("ph \u06f5\u06f5\u06f5-\u06f4\u06f1\u06f2-\u06f8\u06f0\u06f0\u06f9 (persian keyboard)", [("\u06f5\u06f5\u06f5-\u06f4\u06f1\u06f2-\u06f8\u06f0\u06f0\u06f9", "PHONE")], "phone other-script-digits")
M("last mammo Sept 2023, BI-RADS 2", [("Sept 2023", "DATE")], "date-month-year")
M("dx'd w RA in march of 2019, on MTX since", [("march of 2019", "DATE")], "date-month-year lowercase month-word")
M("5531207 — K 2.8 pls replete", [("5531207", "MRN")], "mrn no-label")
M("re 8840213, the cx is back: MSSA", [("8840213", "MRN")], "mrn no-label thread-reply")
M("ssn ends in 4471, needs it for the FMLA form", [("4471", "SSN")], "ssn-partial lowercase")
M("pt seen 3/2 by Dr Okafor, d/c'd 3/5, readmit 3/9 — 30d readmission review", [("3/2", "DATE"), ("Okafor", "NAME"), ("3/5", "DATE"), ("3/9", "DATE")], "date-numeric name-clinician")
M("admittd on the 12th, fever since the 14th", [("the 12th", "DATE"), ("the 14th", "DATE")], "typo date-other-format")
M("ninty-four yo, fell, on eliquis. CT head", [("ninty-four", "AGE")], "typo age-over-89-words")
M("Pt is 9\u200b6, code status?", [("9\u200b6", "AGE")], "age-over-89-digits zero-width")
M("hunter s thompson-rivera (no relation lol) in 11 needs nicotine patch", [("hunter s thompson-rivera", "NAME")], "name-lowercase name-hyphenated name-initial name-common-word")
M("Pt Wade Rivers 52M paged re: tube feeds, pls call Holly in nutrition", [("Wade Rivers", "NAME"), ("Holly", "NAME")], "name-common-word name-clinician")
M("pls draft FMLA letter for Joy Bishop-Frank, her mom is in our ICU", [("Joy Bishop-Frank", "NAME")], "name-common-word name-hyphenated relative-not-named")

M("Gaucher type 1 on imiglucerase, plt 62. ok for colonoscopy w polypectomy?", [], "eponym rare-disease-start")
M("Budd Chiari vs hepatic congestion from RV failure — hepatic vein doppler pending", [], "eponym")
M("Kawasaki dz, IVIG 2g/kg given, still febrile 102.1 at 36h — 2nd dose or infliximab?", [], "eponym temperature dose-lab")
M("Reiter syndrome is now just reactive arthritis right? writing the note", [], "eponym no-patient-question")
M("Ludwig angina, floor of mouth swelling, stridor — anesthesia + ENT to bedside", [], "eponym")
M("Fournier gangrene, crepitus on exam. OR now, pip-tazo + vanc + clinda", [], "eponym")
M("Ranson 4, BISAP 3 — ICU or step down?", [], "eponym guideline")
M("Sgarbossa criteria met in LBBB, cath lab activated", [], "eponym guideline")
M("Brugada pattern type 1 w fever 103F — antipyretics aggressive, EP consult", [], "eponym temperature")
M("Todd paralysis after sz vs stroke — MRI DWI neg", [], "eponym common-word-not-name")
M("Lhermitte sign + on neck flexion, new MS? MRI brain/C-spine", [], "eponym")
M("Chadwick sign, Hegar sign, beta 1800 — IUP confirmed on US", [], "eponym")
M("Nikolsky positive, mucosal involvement. TEN vs SSSS — derm bx stat", [], "eponym")
M("Stokes-Adams attack? CHB on tele, rate 32. pads on, EP paged", [], "eponym")
M("Dressler syndrome 3 wk post MI, colchicine + high dose aspirin", [], "eponym")
M("Hamman crunch + subq emphysema after vomiting — Boerhaave? esophagram", [], "eponym")
M("Quincke pulse and de Musset sign on exam, severe AR on echo", [], "eponym")
M("ALL CAPS FROM THE ED BOARD: CHEST PAIN R/O ACS, TROP X2 NEG, HEART 3, OBS", [], "allcaps guideline")
M("ok to give Valium and Ativan together? no. pick one", [], "drug-brand-name thread-reply")
M("Sunday rounds: all 14 pts stable, 2 dc's pending PT", [], "not-a-date capitalized-word")
M("jan is typically when we see the flu spike, any updated oseltamivir supply info?", [], "month-word lowercase no-patient-question")
M("bmi 41, a1c 9.8, on mounjaro 7.5 — ok to titrate before the sleeve?", [], "drug-brand-name lowercase dose-lab")

M("pt says the last 4 of her social are 0918, registration needs the rest", [("0918", "SSN")], "ssn-partial")

M("/draft discharge summary — admitted September 9, 2025 w/ DKA, home on basal-bolus, endo f/u 2 wk", [("September 9, 2025", "DATE")], "date-written slash-command")

# ---------------------------------------------------------------------------
# Offsets, validation, split, outputs
# ---------------------------------------------------------------------------
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e")

def build_records():
    recs = []
    for i, (text, spans, kinds) in enumerate(MSGS):
        cur, out = 0, []
        for sub, cat in spans:
            assert cat in CATS, (cat, text)
            s = text.find(sub, cur)
            assert s >= 0, f"span {sub!r} not found after {cur} in {text!r}"
            e = s + len(sub)
            # sanity: identifier should not start/end mid-word
            before = text[s - 1] if s > 0 else " "
            after = text[e] if e < len(text) else " "
            if before.isalnum() or (after.isalnum() and not (cat == "AGE" and after.isalpha())):
                WARN.append(f"{cat} span {sub!r} touches a word char in {text!r}")
            assert text[s] not in INVISIBLE and text[e - 1] not in INVISIBLE, text
            out.append({"start": s, "end": e, "category": cat})
            cur = e
        recs.append({"text": text, "spans": out, "clean": not out, "kinds": kinds})
    return recs

def validate(recs):
    texts = collections.Counter(r["text"] for r in recs)
    dup = [t for t, c in texts.items() if c > 1]
    assert not dup, dup
    for r in recs:
        prev_end = -1
        for sp in sorted(r["spans"], key=lambda x: x["start"]):
            assert 0 <= sp["start"] < sp["end"] <= len(r["text"])
            assert r["text"][sp["start"]:sp["end"]].strip(), r
            assert sp["start"] >= prev_end, ("overlap", r)
            assert sp["category"] in CATS
            prev_end = sp["end"]
        assert r["clean"] == (len(r["spans"]) == 0)
        assert r["kinds"], r

def split(recs, tries=20000):
    """Deterministic 2/3 dev, 1/3 test split. Try `tries` seeded shuffles (seeds 0..tries-1); keep the
    one where (a) every kind tag / category seen at least 3 times occurs in both splits as far as
    possible and (b) each category's and kind's test share is closest to 1/3."""
    def feats(r):
        f = set(r["kinds"]) | {"CAT:" + s["category"] for s in r["spans"]}
        f.add("CLEAN" if r["clean"] else "PHI")
        return f
    fl = [feats(r) for r in recs]
    total = collections.Counter(f for fs in fl for f in fs)
    n_test = round(len(recs) / 3)
    best = None
    for seed in range(tries):
        idx = list(range(len(recs)))
        random.Random(seed).shuffle(idx)
        test_idx = set(idx[:n_test])
        ct = collections.Counter(f for i in test_idx for f in fl[i])
        miss = sum(1 for f in total if total[f] >= 3 and (ct[f] == 0 or ct[f] == total[f]))
        dev_of = lambda f: abs(ct[f] - total[f] / 3) / max(1.0, total[f] / 3) ** 0.5
        cat_err = sum(dev_of(f) for f in total if f.startswith("CAT:") or f in ("CLEAN", "PHI"))
        err = sum(dev_of(f) for f in total)
        score = (miss, round(cat_err * 2) / 2, err)
        if best is None or score < best[0]:
            best = (score, seed, test_idx)
    (miss, cat_err, err), seed, test_idx = best
    print(f"split: seed {seed}, missing from a split: {miss}, category imbalance {cat_err}, all {err:.1f}")
    dev = [r for i, r in enumerate(recs) if i not in test_idx]
    test = [r for i, r in enumerate(recs) if i in test_idx]
    rng = random.Random(seed)
    rng.shuffle(dev); rng.shuffle(test)
    return dev, test

def write(path, recs, name):
    with open(path, "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            f.write(json.dumps({"id": f"{name}-{i}", "text": r["text"], "spans": r["spans"],
                                "clean": r["clean"], "kinds": r["kinds"]}, ensure_ascii=False) + "\n")

def stats(recs):
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    kinds = collections.Counter(k for r in recs for k in set(r["kinds"]))
    return len(recs), sum(r["clean"] for r in recs), cat, kinds

SOURCE_HEAD = r"""# Independent PHI chat evaluation set (dev / test)

## How it was written
- Synthetic, hand-written chat messages in the style US clinicians use with an assistant bot in Slack/Teams:
  slash commands (`/draft referral`, `/draft discharge summary`, `/evidence`), thread replies, pasted note
  fragments, shorthand (h/o, c/o, s/p, NKDA, BID, 8/10, GCS 14/15), typos, lowercase and ALL CAPS.
- Written without reading any code, tests or benchmarks of the detector (independent of it). Nothing was
  generated by slot-filling a template; each message is individually written (a few Unicode variants are
  built with small helper lambdas, e.g. full-width or Arabic-Indic digit conversion, visible in build.py).
- Every person, number, address, e-mail, URL and IP is invented: 555 phone numbers, example.org /
  example.com / example.net domains, documentation IP ranges, made-up MRNs, SSNs, plates, serials.
- `build.py` holds every message with its identifiers given as exact substrings (in order of appearance);
  offsets are computed with `str.find`, never by hand. It validates (non-empty slices, no overlaps, known
  categories, `clean` iff no spans, no duplicate texts, spans never start/end on an invisible character),
  then splits with a fixed seed: stratified by each message's rarest kind tag (and clean/not clean),
  dealt 2:1 into dev/test. Re-running `python3 build.py` reproduces dev.jsonl, test.jsonl and this file.
- Record format: `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`; `end` exclusive,
  Python (code point) offsets.

## Annotation conventions
- NAME: any person's name: patients, relatives, clinicians/staff (incl. nurses, pharmacists). Given +
  family name form one span ("Pat Long", "Banks, Sterling", "Moss, Violet A.", "T. J. Washington");
  titles (Mr., Mrs., Dr., RN, Nurse) and the possessive "'s" are outside the span; suffix "Jr." is inside
  only when written inside a "Last, First Jr." block. A nickname and the legal name are separate spans.
  Eponyms, eponymous signs/diseases/procedures ("Murphy sign", "Tommy John surgery", "Charles Bonnet
  syndrome") are NOT names, even when the same message also contains a patient with that surname.
- DATE: any date element more specific than a year: full dates in any format/script, month+day, day
  only when it refers to a calendar day ("on the 2nd"), month+year ("Oct 2022", "04/2016"), DOB, admission
  and discharge dates, holiday-dated events with a year ("Christmas Eve 2023"). NOT dates: years alone
  ("since 2019"), decades ("in 90s"), weekdays alone, times, relative times (POD 3, yesterday, 48h),
  holidays used as words ("after Thanksgiving", "holiday heart", "Christmas disease"), month words in
  clinical sense ("may cause", "March fracture", "May-Thurner").
- AGE: only ages over 89, digits or words (any script); span = the number expression only ("94" in
  "94F", "ninety-one" in "ninety-one yo"). Ages 89 and under, and aggregate wording ("90-plus group",
  "pt >89") are not annotated.
- LOCATION: street addresses (house number + street [+ unit] as one span), cities/towns, ZIP codes,
  named facilities where the patient lives/was treated/works or studies (hospital, nursing home,
  dialysis unit, clinic, school); city, street and ZIP are separate spans. NOT locations: states,
  countries, unit/room/bed numbers ("4 west", "bed 7", "rm 412"), organisations cited as sources or
  guideline authors (AHA, ACC, CDC, IDSA, ASA, Mayo Clinic, Johns Hopkins guide, Cleveland Clinic
  protocol, UpToDate), insurers (Aetna, BCBS), device makers, employers, place-named diseases/rules/
  staging systems (Rocky Mountain spotted fever, Ottawa rules, Ann Arbor, Norwalk, Pontiac fever).
- PHONE/FAX: the number incl. area code, country code and extension, not the label; FAX when the text
  says it is a fax line. Phone numbers spelled in words are PHONE.
- EMAIL includes obfuscated forms ("jdoe AT example DOT org", "x(at)example.com", "[at] ... [dot]").
- SSN includes partial SSNs ("last 4 of SSN 6621"). MRN: medical record/chart numbers (also unlabeled
  7-8 digit record numbers used to refer to a patient); span = value only, never the "MRN" label (which
  may contain a Cyrillic look-alike letter). HEALTH_PLAN: member/subscriber/Medicaid/Medicare ids; plan
  group numbers and insurer names are not annotated. ACCOUNT: billing account, FIN, HAR numbers.
- LICENSE: driver's licences, clinician licence numbers, DEA and NPI numbers. VEHICLE: plates, VINs.
  DEVICE: serial numbers of any length ("SN 4471-B" -> "4471-B"); model names are not annotated.
  URL, IP (v4/v6). BIOMETRIC: ids/hashes/files of fingerprint, palm vein, retina, face or voice
  templates. PHOTO: image file names (IMG_4821.heic, DSC_0042.JPG, screenshots). ID: other unique ids
  (pathology accession, claim, case, prior-auth, passport, EMPI, registry, study subject ids).
  Codes that identify concepts, not people (ICD-10, CPT, NDC, LOINC), are not identifiers.
- Unicode: an identifier containing zero-width (U+200B/200C/200D/2060/FEFF), bidi marks/overrides
  inside it, NBSP/thin spaces, full-width or other-script digits, or spaced-out digits is annotated over
  the whole identifier including the invisible characters inside it; invisible/bidi characters that only
  wrap the identifier are outside the span (spans start and end on a visible character).
- Clean messages never contain any of the above; they are built to contain look-alikes (eponyms,
  drug brands that are names/words, place-named diseases, scores and fractions, vitals, temperatures,
  lab values, ICD/CPT codes, years, ages <= 89, holidays, months, capitalised common words,
  room/bed numbers, trial and guideline names, organisations as sources, unnamed relatives).
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
    # re-read and re-validate what was written
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
    print("dev", sd[0], sd[1], dict(sd[2]))
    print("test", st[0], st[1], dict(st[2]))
    missing = [k for k in allk if sd[3][k] == 0 or st[3][k] == 0]
    print("kinds missing from a split:", missing)

if __name__ == "__main__":
    main()
