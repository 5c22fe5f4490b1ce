# referral cases (v2). Each: (skill, text, expected)
S = "referral"
CASES = [
(S, "referral 61M primary care to cardiology urgent new onset afib w/ RVR seen in ED. meds metoprolol succinate 50 daily, apixaban 5 BID. q: rate vs rhythm control, candidate for ablation? h/o HTN, OSA on CPAP. echo EF 55% mild LAE, TSH 1.8. NKDA",
 {"patient": "61M", "referring_specialty": "primary care", "receiving_specialty": "cardiology", "urgency": "urgent",
  "reason": "new onset afib w/ RVR seen in ED", "medications": ["metoprolol succinate 50 daily", "apixaban 5 BID"],
  "clinical_question": "rate vs rhythm control, candidate for ablation?", "history": ["HTN", "OSA on CPAP"],
  "results": ["echo EF 55% mild LAE", "TSH 1.8"], "allergies": "NKDA"}),

(S, "referral 34 yo F OB -> maternal fetal medicine routine. reason: chronic HTN in pregnancy, G2P1 at 14 wk. on labetalol 200 BID and ASA 81 qhs. q - BP target and growth US schedule? allergies: PCN (rash)",
 {"patient": "34 yo F", "referring_specialty": "OB", "receiving_specialty": "maternal fetal medicine", "urgency": "routine",
  "reason": "chronic HTN in pregnancy, G2P1 at 14 wk", "medications": ["labetalol 200 BID", "ASA 81 qhs"],
  "clinical_question": "BP target and growth US schedule?", "allergies": "PCN (rash)"}),

(S, "referral 45f to derm changing mole L upper back irregulr borders 8mm routine",
 {"patient": "45f", "receiving_specialty": "derm", "reason": "changing mole L upper back irregulr borders 8mm", "urgency": "routine"}),

(S, "referral 8mo M general peds to peds cardiology non-urgent murmur II/VI systolic at LSB heard at well visit no meds NKDA q: innocent vs structural, need echo?",
 {"patient": "8mo M", "referring_specialty": "general peds", "receiving_specialty": "peds cardiology", "urgency": "routine",
  "reason": "murmur II/VI systolic at LSB heard at well visit", "medications": "no meds", "allergies": "NKDA",
  "clinical_question": "innocent vs structural, need echo?"}),

(S, "referral 52 M PCP to ortho (knee) R knee pain x6 mo w/ locking. MRI complex medial meniscus tear + grade 3 chondromalacia. tried PT x8 wk, naproxen, steroid inj x1 w/o relief. meds: lisinopril 10 daily, atorvastatin 20. sulfa -> hives. q surgical candidate? routine",
 {"patient": "52 M", "referring_specialty": "PCP", "receiving_specialty": "ortho (knee)", "reason": "R knee pain x6 mo w/ locking",
  "results": "MRI complex medial meniscus tear + grade 3 chondromalacia", "tried": ["PT x8 wk", "naproxen", "steroid inj x1"],
  "medications": ["lisinopril 10 daily", "atorvastatin 20"], "allergies": "sulfa -> hives",
  "clinical_question": "surgical candidate?", "urgency": "routine"}),

(S, "referral 58F to GI screening colonoscopy avg risk, h/o hypothyroid on levothyroxine 75 mcg, NKDA, routine, from fam med",
 {"patient": "58F", "receiving_specialty": "GI", "reason": "screening colonoscopy avg risk", "history": "hypothyroid",
  "medications": "levothyroxine 75 mcg", "allergies": "NKDA", "urgency": "routine", "referring_specialty": "fam med"}),

(S, "referral 27 yo M primary care to psychiatry urgent worsening depression PHQ-9 22, passive SI no plan. failed sertraline 100 x8wk and bupropion XL 300. currently on escitalopram 20 daily. q med mgmt ?augment vs switch. no allergies",
 {"patient": "27 yo M", "referring_specialty": "primary care", "receiving_specialty": "psychiatry", "urgency": "urgent",
  "reason": ["worsening depression", "passive SI no plan"], "results": "PHQ-9 22",
  "tried": ["sertraline 100 x8wk", "bupropion XL 300"], "medications": "escitalopram 20 daily",
  "clinical_question": "med mgmt ?augment vs switch", "allergies": "no allergies"}),

(S, "referral 70 yo F NEURO from IM routine progressive memory loss 18 mo MoCA 21/30 B12 nl TSH nl MRI brain mild generalized atrophy on donepezil 5 qhs NKDA q: dx clarification AD vs mixed? h/o DM2 HTN",
 {"patient": "70 yo F", "receiving_specialty": "NEURO", "referring_specialty": "IM", "urgency": "routine",
  "reason": "progressive memory loss 18 mo", "results": ["MoCA 21/30", "B12 nl", "TSH nl", "MRI brain mild generalized atrophy"],
  "medications": "donepezil 5 qhs", "allergies": "NKDA", "clinical_question": "dx clarification AD vs mixed?",
  "history": ["DM2", "HTN"]}),

(S, "referral 4yo F peds -> ENT recurrent AOM 6 episodes in 12 mo, multiple amox and augmentin courses, failed hearing screen R ear. NKDA. q tubes? routine",
 {"patient": "4yo F", "referring_specialty": "peds", "receiving_specialty": "ENT", "reason": "recurrent AOM 6 episodes in 12 mo",
  "tried": "multiple amox and augmentin courses", "results": "failed hearing screen R ear", "allergies": "NKDA",
  "clinical_question": "tubes?", "urgency": "routine"}),

(S, "referral 67M to urology urgent rising PSA, 9.8 now vs 4.1 one yr ago. on tamsulosin 0.4 qhs. PCN allergy. from PCP. q: prostate MRI then bx?",
 {"patient": "67M", "receiving_specialty": "urology", "urgency": "urgent", "reason": "rising PSA",
  "results": "9.8 now vs 4.1 one yr ago", "medications": "tamsulosin 0.4 qhs", "allergies": "PCN",
  "referring_specialty": "PCP", "clinical_question": "prostate MRI then bx?"}),

(S, "referral 39F endocrine from primary care for thyroid nodule, US 2.3cm TI-RADS 4, TSH 2.1, no prior FNA, no meds, NKDA. q FNA + mgmt. routine",
 {"patient": "39F", "receiving_specialty": "endocrine", "referring_specialty": "primary care", "reason": "thyroid nodule",
  "results": ["US 2.3cm TI-RADS 4", "TSH 2.1"], "tried": "no prior FNA", "medications": "no meds", "allergies": "NKDA",
  "clinical_question": "FNA + mgmt", "urgency": "routine"}),

(S, "referral 66 M to pulm from cardiology 3cm spiculated RUL nodule on CTA chest former smoker 40 pk yr quit 5 yr NKDA on aspirin 81 atorvastatin 40 q PET and bx plan urgent",
 {"patient": "66 M", "receiving_specialty": "pulm", "referring_specialty": "cardiology", "reason": "3cm spiculated RUL nodule on CTA chest",
  "history": "former smoker 40 pk yr quit 5 yr", "allergies": "NKDA", "medications": ["aspirin 81", "atorvastatin 40"],
  "clinical_question": "PET and bx plan", "urgency": "urgent"}),

(S, "referral 44F to rheum asap symmetric small joint polyarthritis 3 mo w/ AM stiffness >1h. RF pos, anti-CCP 120, ESR 48. tried ibuprofen 600 TID, pred 10 burst helped. no current meds. NKDA. q start DMARD? referring: fam med",
 {"patient": "44F", "receiving_specialty": "rheum", "urgency": "urgent", "reason": "symmetric small joint polyarthritis 3 mo w/ AM stiffness >1h",
  "results": ["RF pos", "anti-CCP 120", "ESR 48"], "tried": ["ibuprofen 600 TID", "pred 10 burst"],
  "medications": "no current meds", "allergies": "NKDA", "clinical_question": "start DMARD?", "referring_specialty": "fam med"}),

(S, "referral 29M ED -> ID urgent newly dx HIV, CD4 180, VL 85k, not on ART yet, sulfa -> SJS. q: ART start + OI ppx options w/o bactrim",
 {"patient": "29M", "referring_specialty": "ED", "receiving_specialty": "ID", "urgency": "urgent", "reason": "newly dx HIV",
  "results": ["CD4 180", "VL 85k"], "medications": "not on ART yet", "allergies": "sulfa -> SJS",
  "clinical_question": "ART start + OI ppx options w/o bactrim"}),

(S, "referral 72F nephrolgy routine CKD 3b eGFR 38 (was 52 2 yr ago) UACR 450, DM2 HTN, on lisinopril 40 empagliflozin 10 metformin 500 BID, NKDA. q ?further w/u + mgmt, from PCP",
 {"patient": "72F", "receiving_specialty": "nephrolgy", "urgency": "routine", "reason": "CKD 3b",
  "results": ["eGFR 38 (was 52 2 yr ago)", "UACR 450"], "history": ["DM2", "HTN"],
  "medications": ["lisinopril 40", "empagliflozin 10", "metformin 500 BID"], "allergies": "NKDA",
  "clinical_question": "?further w/u + mgmt", "referring_specialty": "PCP"}),

(S, "referral 55M to ophtho routine diabetic eye exam, DM2 x10y A1c 9.1 last dilated exam >3 yr, on metformin 1000 BID glipizide 5 daily, NKDA",
 {"patient": "55M", "receiving_specialty": "ophtho", "urgency": "routine", "reason": "diabetic eye exam",
  "history": ["DM2 x10y", "last dilated exam >3 yr"], "results": "A1c 9.1",
  "medications": ["metformin 1000 BID", "glipizide 5 daily"], "allergies": "NKDA"}),

(S, "referral 63 yo M hem onc urgent from hospitalist new pancytopenia WBC 2.1 Hgb 8.4 plt 62 peripheral smear w/ blasts, q: BMBx? NKDA no home meds",
 {"patient": "63 yo M", "receiving_specialty": "hem onc", "urgency": "urgent", "referring_specialty": "hospitalist",
  "reason": "new pancytopenia", "results": ["WBC 2.1", "Hgb 8.4", "plt 62", "peripheral smear w/ blasts"],
  "clinical_question": "BMBx?", "allergies": "NKDA", "medications": "no home meds"}),

(S, "referral 48F gen surg from ED symptomatic cholelithasis recurrent RUQ pain after fatty meals, US gallstones no wall thickening, LFTs nl, NKDA, meds omeprazole 20 daily, q elective lap chole, routine",
 {"patient": "48F", "receiving_specialty": "gen surg", "referring_specialty": "ED",
  "reason": "symptomatic cholelithasis recurrent RUQ pain after fatty meals", "results": ["US gallstones no wall thickening", "LFTs nl"],
  "allergies": "NKDA", "medications": "omeprazole 20 daily", "clinical_question": "elective lap chole", "urgency": "routine"}),

(S, "referral 50M sleep med loud snoring + witnessed apneas ESS 14 pmh obesity BMI 36 HTN on amlodipine 10 NKDA routine q PSG vs HSAT",
 {"patient": "50M", "receiving_specialty": "sleep med", "reason": "loud snoring + witnessed apneas", "results": "ESS 14",
  "history": ["obesity BMI 36", "HTN"], "medications": "amlodipine 10", "allergies": "NKDA", "urgency": "routine",
  "clinical_question": "PSG vs HSAT"}),

(S, "referral 38 M to GI expedite pls iron def anemia no overt bleeding. Hgb 9.2 ferritin 6 MCV 71. on ferrous sulfate 325 daily. NKDA. q bidirectional endoscopy? fm internal med",
 {"patient": "38 M", "receiving_specialty": "GI", "urgency": "urgent", "reason": "iron def anemia no overt bleeding",
  "results": ["Hgb 9.2", "ferritin 6", "MCV 71"], "medications": "ferrous sulfate 325 daily", "allergies": "NKDA",
  "clinical_question": "bidirectional endoscopy?", "referring_specialty": "internal med"}),

(S, "referral podiatry 71F DM foot callus",
 {"receiving_specialty": "podiatry", "patient": "71F", "reason": "DM foot callus"}),

(S, "referral 9 yo M from peds to allergy & immunology routine. allergies: peanut (anaphylaxis), tree nuts (hives). meds epinephrine auto-inj 0.3 mg prn, cetirizine 10 daily. h/o asthma mild intermittent. q candidate for peanut OIT?",
 {"patient": "9 yo M", "referring_specialty": "peds", "receiving_specialty": "allergy & immunology", "urgency": "routine",
  "allergies": ["peanut (anaphylaxis)", "tree nuts (hives)"], "medications": ["epinephrine auto-inj 0.3 mg prn", "cetirizine 10 daily"],
  "history": "asthma mild intermittent", "clinical_question": "candidate for peanut OIT?"}),

(S, "referral 57 yo F cards to EP urgent recurrent symptomatic SVT, 3 ED visits needing adenosine. failed metoprolol 50 BID (fatigue) now on diltiazem ER 180 daily. echo nl. q ablation? iodinated contrast -> hives",
 {"patient": "57 yo F", "referring_specialty": "cards", "receiving_specialty": "EP", "urgency": "urgent",
  "reason": "recurrent symptomatic SVT, 3 ED visits needing adenosine", "tried": "metoprolol 50 BID (fatigue)",
  "medications": "diltiazem ER 180 daily", "results": "echo nl", "clinical_question": "ablation?",
  "allergies": "iodinated contrast -> hives"}),

(S, "referral pt: 80F; from: geriatrics; to: PM&R; urgency: routine; reason: recurrent falls, gait instability; hx: PD, osteoporosis; meds: carbidopa-levodopa 25/100 TID, alendronate 70 weekly; allergies: codeine (n/v); tried: home PT x6 wk; q: rehab eval + assistive device?",
 {"patient": "80F", "referring_specialty": "geriatrics", "receiving_specialty": "PM&R", "urgency": "routine",
  "reason": "recurrent falls, gait instability", "history": ["PD", "osteoporosis"],
  "medications": ["carbidopa-levodopa 25/100 TID", "alendronate 70 weekly"], "allergies": "codeine (n/v)",
  "tried": "home PT x6 wk", "clinical_question": "rehab eval + assistive device?"}),

(S, "referral 46M ED to neurosurgery EMERGENT cauda equina sx saddle anesthesia urinary retention MRI L4-5 massive disc extrusion NKDA no meds",
 {"patient": "46M", "referring_specialty": "ED", "receiving_specialty": "neurosurgery", "urgency": "emergent",
  "reason": "cauda equina sx saddle anesthesia urinary retention", "results": "MRI L4-5 massive disc extrusion",
  "allergies": "NKDA", "medications": "no meds"}),

(S, "referral 59 yo F general OB-GYN -> gyn onc urgent newly dx endometrial cancer. bx grade 1 endometrioid adenocarcinoma, CT CAP no mets. h/o obesity DM2. on metformin 1000 BID. latex allergy. q staging surgery",
 {"patient": "59 yo F", "referring_specialty": "general OB-GYN", "receiving_specialty": "gyn onc", "urgency": "urgent",
  "reason": "newly dx endometrial cancer", "results": ["bx grade 1 endometrioid adenocarcinoma", "CT CAP no mets"],
  "history": ["obesity", "DM2"], "medications": "metformin 1000 BID", "allergies": "latex",
  "clinical_question": "staging surgery"}),
]
