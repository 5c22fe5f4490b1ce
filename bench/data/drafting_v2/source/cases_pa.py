# prior-auth cases (v2). Each: (skill, text, expected)
S = "prior-auth"
CASES = [
(S, "prior-auth Aetna adalimumab 40mg SC q2wk for mod-severe RA M06.9, failed methotrexate 20 weekly x4 mo + hydroxychloroquine 400 daily, DAS28 5.4 active synovitis, per ACR 2021 RA guideline, qty 2 pens/28 days, standard",
 {"payer": "Aetna", "requested_service": "adalimumab 40mg SC q2wk", "diagnosis": "mod-severe RA", "icd10_codes": "M06.9",
  "prior_therapies": ["methotrexate 20 weekly x4 mo", "hydroxychloroquine 400 daily"], "medical_necessity": "DAS28 5.4 active synovitis",
  "guideline": "ACR 2021 RA guideline", "quantity": "2 pens/28 days", "review_type": "standard"}),

(S, "prior-auth UnitedHealthcare MRI lumbar spine w/o contrast CPT 72148 dx lumbar radiculopathy M54.16 failed PT x6 wk and meloxicam 15 daily now progressive L foot drop, urgent review pls",
 {"payer": "UnitedHealthcare", "requested_service": "MRI lumbar spine w/o contrast", "service_codes": "72148",
  "diagnosis": "lumbar radiculopathy", "icd10_codes": "M54.16", "prior_therapies": ["PT x6 wk", "meloxicam 15 daily"],
  "medical_necessity": "progressive L foot drop", "review_type": "expedited"}),

(S, "prior-auth BCBS semaglutide 0.5mg SC weekly for DM2 w/ hyperglycemia E11.65. A1c 8.9 despite metformin 1000 BID + glipizide 10 BID x1 yr. ASCVD s/p MI. per ADA Standards of Care. qty 1 pen per 28d. std review",
 {"payer": "BCBS", "requested_service": "semaglutide 0.5mg SC weekly", "diagnosis": "DM2 w/ hyperglycemia", "icd10_codes": "E11.65",
  "medical_necessity": ["A1c 8.9", "ASCVD s/p MI"], "prior_therapies": ["metformin 1000 BID", "glipizide 10 BID x1 yr"],
  "guideline": "ADA Standards of Care", "quantity": "1 pen per 28d", "review_type": "standard"}),

(S, "prior-auth Cigna EXPEDITED pembrolizumab 200mg IV q3wk J9271 stage IV NSCLC adenocarcinoma C34.12 PD-L1 TPS 80% EGFR ALK neg no prior systemic tx first line per NCCN category 1 x6 cycles",
 {"payer": "Cigna", "review_type": "expedited", "requested_service": "pembrolizumab 200mg IV q3wk", "service_codes": "J9271",
  "diagnosis": "stage IV NSCLC adenocarcinoma", "icd10_codes": "C34.12", "medical_necessity": ["PD-L1 TPS 80%", "EGFR ALK neg"],
  "prior_therapies": "no prior systemic tx", "guideline": "NCCN category 1", "quantity": "x6 cycles"}),

(S, "prior-auth Humana Medicare Advantage outpatient PT 2x/wk x6 wk (12 visits) CPT 97110 97140 s/p R TKA Z96.651 ROM 5-85 needs to reach 110 for ADLs, routine",
 {"payer": "Humana Medicare Advantage", "requested_service": "outpatient PT", "quantity": "2x/wk x6 wk (12 visits)",
  "service_codes": ["97110", "97140"], "diagnosis": "s/p R TKA", "icd10_codes": "Z96.651",
  "medical_necessity": "ROM 5-85 needs to reach 110 for ADLs", "review_type": "standard"}),

(S, "prior-auth Medicaid CPAP E0601 w/ heated humidifier E0562 for OSA G47.33, AHI 28 on HSAT, ESS 15, daytime sleepiness driving. per AASM guideline. standard",
 {"payer": "Medicaid", "requested_service": ["CPAP", "heated humidifier"], "service_codes": ["E0601", "E0562"],
  "diagnosis": "OSA", "icd10_codes": "G47.33", "medical_necessity": ["AHI 28 on HSAT", "ESS 15", "daytime sleepiness driving"],
  "guideline": "AASM guideline", "review_type": "standard"}),

(S, "prior-auth anthem dupilumab 300mg q4wk (after 600 load) 7yo w/ severe atopic dermatitis L20.89 EASI 31 BSA 40% failed triamcinolone 0.1% oint BID x8wk, tacrolimus 0.03%, crisaborole, wet wraps. qty 1 syringe q28d",
 {"payer": "anthem", "requested_service": "dupilumab 300mg q4wk (after 600 load)", "diagnosis": "severe atopic dermatitis",
  "icd10_codes": "L20.89", "medical_necessity": ["EASI 31", "BSA 40%"],
  "prior_therapies": ["triamcinolone 0.1% oint BID x8wk", "tacrolimus 0.03%", "crisaborole", "wet wraps"],
  "quantity": "1 syringe q28d"}),

(S, "prior-auth Aetna lap sleeve gastrectomy CPT 43775 morbid obesity E66.01 Z68.41 BMI 42 w/ DM2 HTN OSA, completed 6 mo supervised wt loss program, psych eval cleared, per ASMBS criteria",
 {"payer": "Aetna", "requested_service": "lap sleeve gastrectomy", "service_codes": "43775", "diagnosis": "morbid obesity",
  "icd10_codes": ["E66.01", "Z68.41"], "medical_necessity": ["BMI 42 w/ DM2 HTN OSA", "psych eval cleared"],
  "prior_therapies": "6 mo supervised wt loss program", "guideline": "ASMBS criteria"}),

(S, "prior-auth Caremark Eliquis 5 BID afib I48.91",
 {"payer": "Caremark", "requested_service": "Eliquis 5 BID", "diagnosis": "afib", "icd10_codes": "I48.91"}),

(S, "prior-auth kaiser dexcom G7 CGM sensors qty 3 per 30d + receiver HCPCS A4239 E2103 for 12yo T1DM E10.65, hypoglycemia unawareness, A1c 9.4, fingersticks 8x/day. per ADA SOC sec 7",
 {"payer": "kaiser", "requested_service": ["dexcom G7 CGM sensors", "receiver"], "quantity": "3 per 30d",
  "service_codes": ["A4239", "E2103"], "diagnosis": "T1DM", "icd10_codes": "E10.65",
  "medical_necessity": ["hypoglycemia unawareness", "A1c 9.4", "fingersticks 8x/day"], "guideline": "ADA SOC sec 7"}),

(S, "prior-auth cigna onabotulinumtoxinA inj J0585 155 units q12wk x2 cycles chronic migraine G43.709 18 HA days/mo x6 mo, failed topiramate 100 daily (cognitive se) propranolol LA 80 (fatigue) amitriptyline 25 qhs, AHS consensus statement",
 {"payer": "cigna", "requested_service": "onabotulinumtoxinA inj", "service_codes": "J0585", "quantity": "155 units q12wk x2 cycles",
  "diagnosis": "chronic migraine", "icd10_codes": "G43.709", "medical_necessity": "18 HA days/mo x6 mo",
  "prior_therapies": ["topiramate 100 daily (cognitive se)", "propranolol LA 80 (fatigue)", "amitriptyline 25 qhs"],
  "guideline": "AHS consensus statement"}),

(S, "prior-auth payer: Wellcare; service: home oxygen concentrator E1390; dx: COPD J44.9; SpO2 86% RA at rest, ABG PaO2 54; qty: 2 LPM continuous; review: standard",
 {"payer": "Wellcare", "requested_service": "home oxygen concentrator", "service_codes": "E1390", "diagnosis": "COPD",
  "icd10_codes": "J44.9", "medical_necessity": ["SpO2 86% RA at rest", "ABG PaO2 54"], "quantity": "2 LPM continuous",
  "review_type": "standard"}),

(S, "prior-auth Optum Rx ustekinumab 90mg SC q8wk maintenance after IV induction, moderate-severe Crohn's ileocolitis K50.80, failed infliximab (secondary LOR, antibodies) + azathioprine 2.5mg/kg, CRP 34 calpro 890, AGA guideline, expedite pls",
 {"payer": "Optum Rx", "requested_service": "ustekinumab 90mg SC q8wk maintenance after IV induction",
  "diagnosis": "moderate-severe Crohn's ileocolitis", "icd10_codes": "K50.80",
  "prior_therapies": ["infliximab (secondary LOR, antibodies)", "azathioprine 2.5mg/kg"], "medical_necessity": ["CRP 34", "calpro 890"],
  "guideline": "AGA guideline", "review_type": "expedited"}),

(S, "prior-auth Tricare cardiac PET MPI CPT 78492 for chest pain R07.9 and known CAD I25.10, BMI 48, prior SPECT nondiagnostic d/t attenuation, ACC/AHA 2021 chest pain guideline",
 {"payer": "Tricare", "requested_service": "cardiac PET MPI", "service_codes": "78492", "diagnosis": ["chest pain", "known CAD"],
  "icd10_codes": ["R07.9", "I25.10"], "medical_necessity": ["BMI 48", "prior SPECT nondiagnostic d/t attenuation"],
  "guideline": "ACC/AHA 2021 chest pain guideline"}),

(S, "prior-auth Magellan TMS 36 sessions CPT 90867 90868 for MDD recurrent severe F33.2, failed 4 antidepressants (sertraline, venlafaxine, bupropion, mirtazapine) + CBT 16 sessions, PHQ-9 24, per APA guideline",
 {"payer": "Magellan", "requested_service": "TMS", "quantity": "36 sessions", "service_codes": ["90867", "90868"],
  "diagnosis": "MDD recurrent severe", "icd10_codes": "F33.2",
  "prior_therapies": ["4 antidepressants (sertraline, venlafaxine, bupropion, mirtazapine)", "CBT 16 sessions"],
  "medical_necessity": "PHQ-9 24", "guideline": "APA guideline"}),

(S, "prior-auth BCBS of Texas R knee arthroscopy w/ partial medial meniscectomy CPT 29881 bucket handle medial meniscus tear S83.211A. true mechanical locking, MRI displaced fragment in notch. PT 6 wk no help",
 {"payer": "BCBS of Texas", "requested_service": "R knee arthroscopy w/ partial medial meniscectomy", "service_codes": "29881",
  "diagnosis": "bucket handle medial meniscus tear", "icd10_codes": "S83.211A",
  "medical_necessity": ["true mechanical locking", "MRI displaced fragment in notch"], "prior_therapies": "PT 6 wk"}),

(S, "prior-auth Priority Health somatropin 0.24 mg/kg/wk SC divided daily 10 yo M GH deficiency E23.0 ht -2.6 SD, 2 stim tests peak GH 6 & 7, bone age delayed 2 yr, MRI pituitary nl, PES guideline",
 {"payer": "Priority Health", "requested_service": "somatropin 0.24 mg/kg/wk SC divided daily", "diagnosis": "GH deficiency",
  "icd10_codes": "E23.0", "medical_necessity": ["ht -2.6 SD", "2 stim tests peak GH 6 & 7", "bone age delayed 2 yr", "MRI pituitary nl"],
  "guideline": "PES guideline"}),

(S, "prior-auth molina capsule endoscopy 91110 obscure GI bleed K92.2 IDA D50.0 neg EGD and colonoscopy x2 transfusion dependent 4 units PRBC past 3 mo expedited",
 {"payer": "molina", "requested_service": "capsule endoscopy", "service_codes": "91110", "diagnosis": ["obscure GI bleed", "IDA"],
  "icd10_codes": ["K92.2", "D50.0"], "medical_necessity": ["neg EGD and colonoscopy x2", "transfusion dependent 4 units PRBC past 3 mo"],
  "review_type": "expedited"}),

(S, "prior-auth Medi-Cal sofosbuvir/velpatasvir 400/100 daily x12 wk chronic HCV B18.2 GT 3, VL 2.1M, F3 on fibroscan 10.4 kPa, treatment naive, AASLD/IDSA guidance, qty 28 tabs/28d x3 fills",
 {"payer": "Medi-Cal", "requested_service": "sofosbuvir/velpatasvir 400/100 daily x12 wk", "diagnosis": "chronic HCV",
  "icd10_codes": "B18.2", "medical_necessity": ["GT 3", "VL 2.1M", "F3 on fibroscan 10.4 kPa"], "prior_therapies": "treatment naive",
  "guideline": "AASLD/IDSA guidance", "quantity": "28 tabs/28d x3 fills"}),

(S, "prior-auth Blue Shield of California. FESS bilat maxillary antrostomy + ethmoidectomy CPT 31256 31255 chronic rhinosinusitis w/o polyps J32.9, sx >12 wk, CT sinus Lund-Mackay 14 after max med tx, failed: fluticasone spray BID x3 mo, saline irrigations, amox-clav 875 BID x3 wk, doxy x3 wk. per AAO-HNS CRS guideline. std review ok",
 {"payer": "Blue Shield of California", "requested_service": "FESS bilat maxillary antrostomy + ethmoidectomy",
  "service_codes": ["31256", "31255"], "diagnosis": "chronic rhinosinusitis w/o polyps", "icd10_codes": "J32.9",
  "medical_necessity": ["sx >12 wk", "CT sinus Lund-Mackay 14 after max med tx"],
  "prior_therapies": ["fluticasone spray BID x3 mo", "saline irrigations", "amox-clav 875 BID x3 wk", "doxy x3 wk"],
  "guideline": "AAO-HNS CRS guideline", "review_type": "standard"}),

(S, "prior-auth Humana ferric carboxymaltose 750mg IV x2 doses 7d apart HCPCS J1439 for IDA D50.9 intolerant of ferrous sulfate 325 (GI upset) and ferrous gluconate, Hgb 8.7 ferritin 4, menorrhagia N92.0",
 {"payer": "Humana", "requested_service": "ferric carboxymaltose 750mg IV", "quantity": "x2 doses 7d apart", "service_codes": "J1439",
  "diagnosis": ["IDA", "menorrhagia"], "icd10_codes": ["D50.9", "N92.0"],
  "prior_therapies": ["ferrous sulfate 325 (GI upset)", "ferrous gluconate"], "medical_necessity": ["Hgb 8.7", "ferritin 4"]}),

(S, "prior-auth Ambetter lisdexamfetamine 30mg qAM for 9yo ADHD combined F90.2, failed methylphenidate ER 36 (appetite loss, wt loss 3kg) + guanfacine ER 2mg, persistent impairment at school, AAP ADHD guideline, #30/30d",
 {"payer": "Ambetter", "requested_service": "lisdexamfetamine 30mg qAM", "diagnosis": "ADHD combined", "icd10_codes": "F90.2",
  "prior_therapies": ["methylphenidate ER 36 (appetite loss, wt loss 3kg)", "guanfacine ER 2mg"],
  "medical_necessity": "persistent impairment at school", "guideline": "AAP ADHD guideline", "quantity": "#30/30d"}),

(S, "prior-auth UHC mirabegron 25 daily OAB N32.81 failed oxybutynin ER 10 (dry mouth, confusion), age 78 anticholinergic burden concern, Beers criteria + AUA guideline",
 {"payer": "UHC", "requested_service": "mirabegron 25 daily", "diagnosis": "OAB", "icd10_codes": "N32.81",
  "prior_therapies": "oxybutynin ER 10 (dry mouth, confusion)", "medical_necessity": "age 78 anticholinergic burden concern",
  "guideline": ["Beers criteria", "AUA guideline"]}),

(S, "prior-auth Oscar IMRT CPT 77301 77385 prostate adenocarcinoma C61 unfavorable intermediate risk Gleason 4+3 PSA 12 cT2b, 70 Gy in 28 fx, NCCN prostate guideline, expedited pls",
 {"payer": "Oscar", "requested_service": "IMRT", "service_codes": ["77301", "77385"], "diagnosis": "prostate adenocarcinoma",
  "icd10_codes": "C61", "medical_necessity": "unfavorable intermediate risk Gleason 4+3 PSA 12 cT2b", "quantity": "70 Gy in 28 fx",
  "guideline": "NCCN prostate guideline", "review_type": "expedited"}),

(S, "prior-auth Anthem mepolizumab 100mg SC q4wk J2182 severe eosinophilic asthma J45.50 eos 540, 3 OCS bursts/yr, on high dose fluticasone-salmeterol 500/50 BID + tiotropium, GINA step 5",
 {"payer": "Anthem", "requested_service": "mepolizumab 100mg SC q4wk", "service_codes": "J2182", "diagnosis": "severe eosinophilic asthma",
  "icd10_codes": "J45.50", "medical_necessity": ["eos 540", "3 OCS bursts/yr"],
  "prior_therapies": ["high dose fluticasone-salmeterol 500/50 BID", "tiotropium"], "guideline": "GINA step 5"}),

(S, "prior-auth PET/CT skull base to mid thigh 78815 lung ca C34.90 restaging after chemo",
 {"requested_service": "PET/CT skull base to mid thigh", "service_codes": "78815", "diagnosis": "lung ca", "icd10_codes": "C34.90",
  "medical_necessity": "restaging after chemo"}),
]
