#!/usr/bin/env python3
"""Build the independent PHI evaluation set v4 (dev/test JSONL + SOURCE.md).

Every message below was written by hand for this set by an author who did not
read the detector's code, its tests or its benchmark scripts, nor the messages
of the earlier sets (one accidental glimpse of v3 lines is disclosed in SOURCE.md).  The helper / check / split structure follows v3's
build.py.  All names, numbers, addresses, e-mails, URLs and IPs are invented
(555 phone numbers, example.org / example.com / example.net domains,
documentation IP ranges, SSNs starting 9xx or 000, made-up MRNs, member ids,
plates, VINs, serials, licence numbers).

Offsets are computed with str.find on the exact identifier substring, scanning
left to right, so the spans of a message are listed in order of appearance.
A span may be given as (substring, category, n) to take the n-th occurrence
after the previous span (used when an eponym or ordinary word with the same
spelling comes first).

Besides the JSONL records, build.py keeps two things that are not written to
the records: the clinical specialty of each message (S(...) before a group of
messages) and inventories of the eponyms (EP(...)) and place-named terms
(PL(...)) used as bait in the clean messages.  The checks make sure every
inventory entry really occurs in a clean message, and SOURCE.md reports the
counts.

Usage: python3 build.py   (writes dev.jsonl, test.jsonl, SOURCE.md next to it)
"""
import json, os, random, collections

CATS = ["NAME", "DATE", "AGE", "PHONE", "FAX", "EMAIL", "SSN", "MRN", "HEALTH_PLAN",
        "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL", "IP", "BIOMETRIC", "PHOTO",
        "LOCATION", "ID"]
SEED = 20261207
MSGS = []
EPONYMS = []
PLACES = []
SPECIALTIES = ["cardiology", "neurology", "dermatology", "rheumatology", "infectious disease",
               "heme/onc", "pediatrics", "OB/GYN", "orthopedics", "ophthalmology", "ENT",
               "psychiatry", "GI/hepatology", "nephrology", "endocrinology", "pulm/ICU",
               "emergency medicine", "surgery", "radiology", "pathology", "genetics", "pharmacy",
               "nursing", "general/admin"]
_SP = ["general/admin"]

# invisible / special characters used in the Unicode variants
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

def FA(s):
    """ASCII digits -> Extended Arabic-Indic (Persian) digits (U+06F0..)."""
    return "".join(chr(0x06F0 + int(c)) if c.isdigit() and c.isascii() else c for c in s)

def DEVA(s):
    """ASCII digits -> Devanagari digits (U+0966..)."""
    return "".join(chr(0x0966 + int(c)) if c.isdigit() and c.isascii() else c for c in s)

def BN(s):
    """ASCII digits -> Bengali digits (U+09E6..)."""
    return "".join(chr(0x09E6 + int(c)) if c.isdigit() and c.isascii() else c for c in s)

CYR_A = "\u0410"   # Cyrillic capital A
CYR_E = "\u0415"   # Cyrillic capital IE, looks like Latin E
CYR_M = "\u041c"   # Cyrillic capital EM, looks like Latin M
CYR_R = "\u0420"   # Cyrillic capital ER, looks like Latin P
CYR_a = "\u0430"   # Cyrillic small a
CYR_o = "\u043e"   # Cyrillic small o
CYR_e = "\u0435"   # Cyrillic small ie
CYR_p = "\u0440"   # Cyrillic small er, looks like Latin p
GRK_O = "\u039f"   # Greek capital omicron

def S(name):
    """Set the clinical specialty of the messages that follow (kept in build.py only)."""
    assert name in SPECIALTIES, name
    _SP[0] = name

def EP(*terms):
    EPONYMS.extend(terms)

def PL(*terms):
    PLACES.extend(terms)

def M(text, spans, kinds):
    ks = []
    for k in kinds.split():
        if k not in ks:
            ks.append(k)
    assert 1 <= len(ks) <= 4, (text, ks)
    MSGS.append((text, spans, ks, _SP[0]))

# ---------------------------------------------------------------------------
# CLEAN but tricky messages (no identifier at all)
# ---------------------------------------------------------------------------
S("cardiology")
M("bounding pulses, Quincke pulse in the nail beds and a de Musset head bob. chronic AR? echo tmrw am ok or do I need it tonight", [], "eponym lowercase")
M("Duroziez double murmur over the femoral with light compression + Traube pistol shots. is Hill sign (popliteal minus brachial SBP > 60) still worth measuring?", [], "eponym capitalized-word")
M("/evidence Ross procedure vs mechanical AVR for a 34M with a bicuspid valve who refuses warfarin because he surfs", [], "eponym slash-command age-under-90 name-lookalike")
M("valve-sparing David procedure or a Bentall for a 5.3 cm root w/ trileaflet valve and mild AR? Marfan ruled out, FBN1 negative", [], "eponym name-lookalike gene-protein")
M("de Winter T waves V2-V4 with 1 mm upsloping ST depression, trop 0.09. activate the cath lab even tho it's not technically a STEMI?", [], "eponym dose-lab")
M("Osborn waves all over the 12-lead, core temp 30.8 C after being found outside overnight. target rewarming rate?", [], "eponym temperature")
M("QTc 512 by Bazett but Fridericia gives 478 at HR 112. which one do we act on before giving haloperidol", [], "eponym vitals")
M("Mobitz I with Wenckebach periodicity only at night in a 22M marathon runner, asymptomatic. reassure and no holter?", [], "eponym age-under-90")
M("Killip III, GRACE 182, TIMI 5 - ISCHEMIA doesn't apply to NSTEMI, right? so early invasive", [], "eponym trial-name score-fraction")
M("Stokes-Adams attacks with intermittent CHB, temp wire via R IJ tonight, perm pacer Monday if the EP lab has a slot", [], "eponym weekday")
M("Ebstein anomaly, Carpentier type C, 41F. is the da Silva cone repair still an option at her age?", [], "eponym name-lookalike age-under-90")
M("Lutembacher physiology: secundum ASD plus rheumatic MS, Wilkins score 7. PBMV still reasonable?", [], "eponym score-fraction")
M("Dressler syndrome 3 wk after an anterior MI vs recurrent ischemia - friction rub, diffuse STE. colchicine + ASA dose?", [], "eponym relative-time")
M("Libman-Sacks vegetation on TEE, SLE with triple positive aPL. warfarin INR 2-3 or aim higher?", [], "eponym dose-lab")
M("Prinzmetal angina, does anyone still do ergonovine provocation? on amlodipine + isosorbide for now", [], "eponym no-patient-question")
M("TELE CALLED: 14 BEATS OF VT AT 0342, PT ASYMPTOMATIC, K 3.3 MG 1.6. REPLETE AND RECHECK AT 0800?", [], "allcaps dose-lab clock-time")
M("Duke treadmill score -12 on a Bruce protocol, stopped at 4 min with 3 mm ST depression. cath, skip the CCTA?", [], "eponym place-disease name-lookalike")
M("is Lown-Ganong-Levine even a real entity anymore? short PR, no delta, palpitations on the Holter", [], "eponym no-patient-question")
M("Swan numbers: CI 1.7, PCWP 28, CVP 18, SVR 1700. Impella CP vs IABP now that DanGer Shock is out?", [], "eponym trial-name capitalized-word")
M("Lincoln sign, Becker sign, Mayne sign, Rosenbach sign... how many of the AR eponyms does anyone actually check", [], "eponym name-lookalike no-patient-question")
M("Janeway lesions on the soles, Osler nodes on 2 fingertips, Roth spots per ophtho. 3/3 bottles GPC in clusters", [], "eponym score-fraction name-lookalike")
EP("Quincke pulse", "de Musset", "Duroziez", "Traube", "Hill sign", "Ross procedure", "David procedure",
   "Bentall", "Marfan", "de Winter", "Osborn waves", "Bazett", "Fridericia", "Mobitz", "Wenckebach",
   "Killip", "Stokes-Adams", "Ebstein", "Carpentier", "da Silva cone", "Fontan", "Lutembacher",
   "Wilkins score", "Dressler", "Libman-Sacks", "Prinzmetal", "Bruce protocol", "Lown-Ganong-Levine",
   "Holter", "Lincoln sign", "Becker sign", "Mayne sign", "Rosenbach sign", "Janeway", "Osler nodes",
   "Roth spots")
PL("Duke treadmill")

S("neurology")
M("Hoffmann positive bilat and Lhermitte when he flexes his neck. MRI C-spine with and without or just without?", [], "eponym")
M("Uhthoff phenomenon after a hot shower - does that count as a relapse? EDSS was 2.5 last visit", [], "eponym")
M("getting drowsier though, so Bickerstaff brainstem encephalitis instead of Miller Fisher? MRI brainstem clean", [], "eponym name-lookalike thread-reply")
M("Wallenberg: L face + R body pain/temp loss, hoarse, hiccups. CTA head/neck for vertebral dissection", [], "eponym")
M("Weber syndrome vs Benedikt - CN III palsy + contralateral hemiparesis, no tremor. so Weber?", [], "eponym name-lookalike")
M("Parinaud: upgaze palsy, light-near dissociation, convergence-retraction nystagmus. pineal mass on MRI, shunt first?", [], "eponym")
M("Gerstmann tetrad after a L angular gyrus stroke. agraphia, acalculia, finger agnosia, L-R confusion. OT/SLP both?", [], "eponym")
M("Anton syndrome - insists he can see, bilateral PCA infarcts. his son keeps asking why he walks into walls, how do I explain", [], "eponym name-lookalike relative-not-named")
M("Kluver-Bucy picture after HSV encephalitis, hyperorality + disinhibition. anything pharmacologic that helps?", [], "eponym")
M("Dravet vs Lennox-Gastaut in a 4 yo with drop attacks, SCN1A VUS. Fintepla or Epidiolex first?", [], "eponym gene-protein drug-brand-name age-under-90")
M("West syndrome, hypsarrhythmia on EEG at 7 mo. ACTH vs vigabatrin (Sabril) first line?", [], "eponym name-lookalike drug-brand-name")
M("Hunt and Hess 3, modified Fisher 4, WFNS 3. nimodipine 60 q4h x 21 days, and the EVD is already in", [], "eponym name-lookalike score-fraction")
M("Spetzler-Martin grade II AVM found incidentally. ARUBA says leave it alone?", [], "eponym trial-name")
M("dix-hallpike neg both sides but HINTS looks central (direction-changing nystagmus). MRI even w/ a neg CT, yes?", [], "eponym lowercase")
M("Epley x3 failed for posterior canal BPPV. try Semont in clinic or teach Brandt-Daroff at home?", [], "eponym")
M("Lambert-Eaton with P/Q VGCC antibodies. CT chest for SCLC and Firdapse dosing?", [], "eponym drug-brand-name")
M("Sydenham chorea 6 wk after strep pharyngitis in a 9 yo. how long does PCN prophylaxis go", [], "eponym age-under-90 relative-time")
M("Saturday night palsy - wrist drop after passing out on his arm. splint now, EMG in 3 wk?", [], "eponym weekday not-a-date")
M("Froment sign positive on the R, Wartenberg sign too. ulnar transposition vs simple decompression?", [], "eponym")
M("Spurling reproduces the pain to the thumb (C6) and Hoover sign is negative. ESI or surgery consult?", [], "eponym")
M("Susac syndrome triad - encephalopathy, BRAO, low-freq hearing loss. corpus callosum snowballs on MRI", [], "eponym rare-disease-start")
M("Marchiafava-Bignami in a heavy drinker, splenium T2 hyperintensity. high dose thiamine enough?", [], "eponym rare-disease-start")
M("Gowers sign in a 5 yo boy, CK 18,000. Duchenne vs Becker, send the dystrophin deletion/dup panel first?", [], "eponym gene-protein age-under-90")
M("Binswanger disease on MRI (Fazekas 3), gait apraxia + urinary urgency. NPH tap test anyway?", [], "eponym")
EP("Hoffmann", "Lhermitte", "Uhthoff", "Miller Fisher", "Bickerstaff", "Wallenberg", "Weber syndrome",
   "Benedikt", "Parinaud", "Gerstmann", "Anton syndrome", "Kluver-Bucy", "Dravet", "Lennox-Gastaut",
   "West syndrome", "Hunt and Hess", "modified Fisher", "Spetzler-Martin", "dix-hallpike", "Epley",
   "Semont", "Brandt-Daroff", "Lambert-Eaton", "Sydenham", "Froment", "Wartenberg", "Spurling",
   "Hoover sign", "Susac", "Marchiafava-Bignami", "Gowers", "Duchenne", "Binswanger", "Fazekas")

S("dermatology")
M("Nikolsky + and Asboe-Hansen + w/ flaccid bullae and oral erosions. perilesional bx for DIF, start pred while waiting?", [], "eponym")
M("Auspitz sign and Koebner in the scratch marks, so psoriasis. Otezla or Sotyktu if topicals fail?", [], "eponym drug-brand-name")
M("Darier sign after stroking a brown macule on a toddler's trunk - urticaria pigmentosa. which meds do we tell the parents to avoid", [], "eponym relative-not-named")
M("Wickham striae on the buccal mucosa + violaceous flat papules on the wrists. hep C screen for LP?", [], "eponym")
M("Gottron papules, heliotrope rash, shawl sign, CK normal. amyopathic DM - how far do we go with the malignancy screen", [], "eponym")
M("Sweet syndrome after pegfilgrastim: fever, tender plum-colored plaques, ANC 14k. pred 1 mg/kg?", [], "eponym name-lookalike dose-lab")
M("Spitz nevus with atypical features on a 9 yo's cheek, re-excise with 5 mm margins or watch?", [], "eponym age-under-90")
M("Breslow 1.2 mm, Clark IV, no ulceration, mitoses 2. SLNB discussion per NCCN, T2a?", [], "eponym organization")
M("Fitzpatrick IV with melasma, Jessner peel or stay with Tri-Luma + sunscreen? worried about PIH", [], "eponym drug-brand-name")
M("Mohs for a nodular BCC on the nasal ala in an 84M, or is ED&C reasonable at that age", [], "eponym age-under-90")
M("Hailey-Hailey flaring every summer, macerated groin plaques. botox to cut the sweating?", [], "eponym name-lookalike month-word")
M("Grover disease after 5 days in a hospital bed - itchy papules on the back. triamcinolone 0.1% enough?", [], "eponym name-lookalike")
M("Majocchi granuloma after shaving legs + using clobetasol on it. oral terbinafine 250 daily x 4 wk?", [], "eponym dose-lab")
M("Leser-Trelat: dozens of new seborrheic keratoses in 3 months + 15 lb weight loss. EGD/colonoscopy first?", [], "eponym")
M("Beau lines on all 10 nails 3 mo after chemo. Mees lines vs Muehrcke lines? these are white bands that don't move with the nail", [], "eponym")
M("Terry nails or Lindsay half-and-half nails in a dialysis pt - I can never remember which one is the renal one", [], "eponym name-lookalike no-patient-question")
M("Hutchinson sign - vesicles at the tip of the nose with V1 zoster. ophtho same day?", [], "eponym")
M("Schamberg disease: cayenne pepper petechiae on the shins, no itch. any labs needed at all?", [], "eponym")
M("Pyoderma gangrenosum at the ostomy site. cathergy risk with debridement, yes? topical tacrolimus first", [], "rare-disease-start typo")
EP("Nikolsky", "Asboe-Hansen", "Auspitz", "Koebner", "Darier sign", "Wickham striae", "Gottron",
   "Sweet syndrome", "Spitz nevus", "Breslow", "Clark IV", "Fitzpatrick", "Jessner", "Mohs",
   "Hailey-Hailey", "Grover disease", "Majocchi", "Leser-Trelat", "Beau lines", "Mees lines", "Muehrcke",
   "Terry nails", "Lindsay", "Hutchinson sign", "Schamberg")

S("rheumatology")
M("modified Schober 3 cm, Patrick (FABER) positive on the L, HLA-B27+, BME on the SI joint MRI. straight to a TNFi?", [], "eponym name-lookalike gene-protein")
M("Heberden and Bouchard nodes with CMC squaring, no need for RF/CCP right?", [], "eponym")
M("Still disease: ferritin 18,000, salmon rash with fevers, Yamaguchi criteria met. Kineret dose for adults?", [], "eponym capitalized-word drug-brand-name")
M("Felty - RA, splenomegaly, ANC 900. rituximab or stay on methotrexate?", [], "eponym dose-lab")
M("Jaccoud arthropathy in SLE, reducible ulnar deviation, no erosions on xray. anything beyond HCQ?", [], "eponym")
M("Caplan syndrome in an ex-coal miner with RA, multiple peripheral nodules. bx one or follow?", [], "eponym")
M("Löfgren: EN, bilateral hilar LAD, ankle periarthritis. skip the EBUS?", [], "eponym unicode-clean")
M("Heerfordt - anterior uveitis, parotid swelling, facial palsy, fever. ACE 110, pred 40?", [], "eponym gene-protein")
M("Schirmer 3 mm at 5 min OU, SSA+. Salagen vs Evoxac, which is easier on sweating", [], "eponym drug-brand-name")
M("Behçet: oral + genital ulcers, pathergy positive. apremilast for the ulcers, colchicine for the EN?", [], "eponym unicode-clean")
M("Takayasu, 28F, arm claudication, 30 mmHg SBP difference between arms. add Actemra to the pred?", [], "eponym drug-brand-name age-under-90")
M("Forestier disease - flowing osteophytes over 4 levels, dysphagia. DISH vs AS on the films?", [], "eponym")
M("Paget disease of bone, ALP 480, skull involvement, new hearing loss. zoledronic acid once and recheck?", [], "eponym dose-lab")
M("Tietze syndrome vs costochondritis - there's actual swelling at the 2nd costochondral junction", [], "eponym")
M("Schnitzler: chronic urticaria + IgM kappa + fevers + bone pain. anakinra works in days, right?", [], "eponym")
M("Muckle-Wells with an NLRP3 variant, does Ilaris coverage extend to adults?", [], "eponym gene-protein drug-brand-name")
M("ACR/EULAR 2010 score 7, seropositive. MTX 15 weekly + folate, HCQ? Treat to target per the 2021 ACR guideline", [], "organization year-only score-fraction")
EP("Schober", "Patrick (FABER)", "Heberden", "Bouchard", "Still disease", "Yamaguchi", "Felty", "Jaccoud",
   "Caplan", "Löfgren", "Heerfordt", "Schirmer", "Behçet", "Takayasu", "Forestier", "Paget disease",
   "Tietze", "Schnitzler", "Muckle-Wells")

S("infectious disease")
M("Koplik spots on day 2 of fever + cough + coryza in an unvaccinated 3 yo. vitamin A dose by age?", [], "eponym age-under-90")
M("Forchheimer spots on the soft palate w/ a fine rash - rubella vs EBV vs parvo, which serologies", [], "eponym")
M("Pastia lines + strawberry tongue, rapid strep pos. amoxicillin 50 mg/kg once daily x 10 days ok?", [], "eponym dose-lab")
M("Jarisch-Herxheimer after the first Bicillin L-A shot, T 38.7 C and rigors. supportive only, no steroids?", [], "eponym drug-brand-name temperature")
M("Lemierre - Fusobacterium necrophorum in 2/2 bottles, IJ thrombus, septic pulmonary emboli. anticoagulate or not", [], "eponym score-fraction")
M("Ludwig angina: brawny floor of mouth, drooling, muffled voice. awake fiberoptic vs straight to surgical airway", [], "eponym")
M("Fitz-Hugh-Curtis: RUQ pain + cervicitis, violin-string adhesions on lap. ceftriaxone + doxy + metronidazole", [], "eponym")
M("Waterhouse-Friderichsen w/ meningococcemia - stress-dose hydrocortisone, and cipro prophylaxis for his roommates?", [], "eponym relative-not-named")
M("Weil disease after cleaning up flood debris: AKI, jaundice, conjunctival suffusion. doxy or PCN G IV?", [], "eponym")
M("Chagas cardiomyopathy, had a Romaña sign as a kid. benznidazole at 52 still worth it?", [], "eponym age-under-90")
M("Hansen disease, borderline tuberculoid, 4 lesions. WHO MDT paucibacillary x 6 mo, and who do we report to?", [], "eponym name-lookalike organization")
M("Pott disease T10-11 with a paraspinal abscess. RIPE + neurosurg, or drain with IR first?", [], "eponym")
M("Ghon complex on a preop CXR, QuantiFERON negative. anything to do?", [], "eponym")
M("Mantoux 12 mm in a new hire with BCG as a kid, IGRA neg. treat LTBI or not", [], "eponym")
M("Ziehl-Neelsen and Kinyoun both neg but the modified acid-fast is positive, branching GPR - Nocardia? TMP-SMX dose", [], "eponym")
M("Thayer-Martin grew GC from the throat swab. ceftriaxone 500 IM and test of cure at 7-14 d for pharyngeal?", [], "eponym dose-lab")
M("Kirby-Bauer zone for cefoxitin 20 mm on a staph aureus - that means mecA positive?", [], "eponym gene-protein")
M("modified Duke: 1 major (TEE veg) + 3 minor. does the 2023 Duke-ISCVID update change anything here", [], "eponym place-disease year-only")
M("Centor 3, McIsaac 4 after the age adjustment. test or treat empirically?", [], "eponym name-lookalike score-fraction")
M("returning traveler w/ fever + gum bleeding: Ebola vs Lassa vs Marburg vs plain dengue. who do I call first, county or state health dept?", [], "place-disease")
M("Norwalk-type outbreak on 4 West, 9 staff out sick. bleach wipes instead of quats for now?", [], "place-disease room-bed-number")
M("Coxsackie A6 atypical HFMD, now onychomadesis 6 wk later. just reassure the parents?", [], "place-disease relative-not-named relative-time")
M("Ross River virus vs chikungunya in a traveler back from Queensland, polyarthralgia x 3 wk", [], "place-disease")
M("Crimean-Congo HF vs Rift Valley fever in a sheep farmer back from abroad. ribavirin for CCHF or is that data bad", [], "place-disease")
M("Powassan vs Jamestown Canyon vs La Crosse - which ones does the state arbovirus panel actually run", [], "place-disease")
M("Heartland virus and Bourbon virus testing only through CDC?", [], "place-disease organization")
M("Weil-Felix and Widal are obsolete right? someone ordered both", [], "eponym no-patient-question")
M("Sanford Guide vs the Johns Hopkins ABX Guide for cefiderocol dosing on CRRT - they disagree", [], "organization name-lookalike")
M("Omsk hemorrhagic fever, Hantaan, Seoul virus - the hantavirus list for the biothreat lecture", [], "place-disease no-patient-question")
M("Legionella, Listeria, Neisseria, Klebsiella, Yersinia - all named after people, fun fact for the students", [], "eponym name-lookalike")
EP("Koplik", "Forchheimer", "Pastia", "Jarisch-Herxheimer", "Lemierre", "Ludwig angina",
   "Fitz-Hugh-Curtis", "Waterhouse-Friderichsen", "Weil disease", "Chagas", "Romaña", "Hansen disease",
   "Pott disease", "Ghon", "Mantoux", "Ziehl-Neelsen", "Kinyoun", "Nocardia", "Thayer-Martin",
   "Kirby-Bauer", "Duke-ISCVID", "Centor", "McIsaac", "Weil-Felix", "Widal", "Sanford Guide", "Listeria",
   "Neisseria", "Klebsiella", "Yersinia")
PL("Ebola", "Lassa", "Marburg", "Norwalk", "Coxsackie", "Ross River", "Crimean-Congo", "Rift Valley",
   "Powassan", "Jamestown Canyon", "La Crosse", "Heartland virus", "Bourbon virus", "Valley fever", "Omsk",
   "Hantaan", "Seoul virus", "Johns Hopkins")

S("heme/onc")
M("Auer rods + DIC, PML-RARA FISH pending. give ATRA now, don't wait for the FISH - agree?", [], "eponym gene-protein")
M("Howell-Jolly bodies and Pappenheimer bodies on the smear post-splenectomy. were the vaccines done pre-op?", [], "eponym")
M("bite cells + Heinz bodies after dapsone, G6PD normal mid-hemolysis. repeat it in 3 months?", [], "eponym gene-protein relative-time")
M("Döhle-like inclusions + giant plts, plt 40k but no bleeding. MYH9 disorder (old May-Hegglin)?", [], "eponym gene-protein month-word unicode-clean")
M("Pelger-Huet cells: pseudo in MDS vs inherited LBR, how do I tell on a smear", [], "eponym gene-protein")
M("Chediak-Higashi - giant granules, partial albinism, recurrent infections. HSCT referral timing?", [], "eponym rare-disease-start")
M("Bernard-Soulier vs Glanzmann: absent ristocetin response, normal ADP aggregation. so BSS?", [], "eponym name-lookalike")
M("von Willebrand type 2B, avoid DDAVP right? Humate-P vs Vonvendi for the hysterectomy", [], "eponym drug-brand-name")
M("Hageman factor deficiency, PTT 98 but zero bleeding history. clear him for surgery?", [], "eponym dose-lab")
M("Diamond-Blackfan: macrocytic anemia at 3 mo, eADA high. steroid trial after 12 mo?", [], "eponym name-lookalike")
M("Fanconi anemia confirmed by DEB breakage. HSCT before or after the first sign of MDS?", [], "eponym")
M("Shwachman-Diamond in a 2 yo - neutropenia + pancreatic insufficiency + metaphyseal changes", [], "eponym age-under-90")
M("Evans syndrome, AIHA + ITP, DAT 3+. rituximab after the steroid taper fails?", [], "eponym name-lookalike")
M("Waldenström, IgM 5,400 with blurry vision and headache. plasmapheresis today?", [], "eponym dose-lab unicode-clean")
M("Richter transformation? PET SUVmax 14 in one node in a CLL pt. excisional bx before R-CHOP", [], "eponym name-lookalike")
M("Rai stage III / Binet C, del(17p). venetoclax-obinutuzumab or a BTKi?", [], "eponym")
M("Durie-Salmon IIIA vs R-ISS II, which one goes in the consult note these days", [], "eponym no-patient-question")
M("Kasabach-Merritt in an infant with kaposiform hemangioendothelioma, plt 12k. sirolimus + pred?", [], "eponym")
M("Pancoast tumor with shoulder pain and intrinsic hand weakness (C8-T1). trimodality then resection?", [], "eponym")
M("Klatskin tumor, Bismuth IV, unresectable. bilateral metal stents vs PTBD?", [], "eponym")
M("Irish node (L axillary) + Blumer shelf on DRE. gastric primary likely, EGD + CT", [], "eponym place-disease")
M("Hickman vs Broviac vs Groshong for an 8 kg infant starting induction", [], "eponym")
M("Sokal high, Hasford intermediate, ELTS low - CML on imatinib, which score wins", [], "eponym")
M("Padua 5 vs Caprini 8 for a med onc inpatient, enoxaparin 40 daily?", [], "eponym place-disease score-fraction")
EP("Auer rods", "Howell-Jolly", "Pappenheimer", "Heinz bodies", "Döhle", "May-Hegglin", "Pelger-Huet",
   "Chediak-Higashi", "Bernard-Soulier", "Glanzmann", "von Willebrand", "Hageman", "Diamond-Blackfan",
   "Fanconi", "Shwachman-Diamond", "Evans syndrome", "Waldenström", "Richter transformation", "Rai stage",
   "Binet", "Durie-Salmon", "Kasabach-Merritt", "Pancoast", "Klatskin", "Bismuth IV", "Irish node",
   "Blumer shelf", "Hickman", "Broviac", "Groshong", "Sokal", "Hasford", "Caprini")
PL("Padua")

S("pediatrics")
M("Apgars 3 and 7, cord pH 7.08, BE -13. cool or not? exam is equivocal for mod HIE", [], "eponym score-fraction")
M("New Ballard says 32 wk but the dating US says 35 - which one goes on the growth chart", [], "eponym name-lookalike")
M("Moro absent on the L after a shoulder dystocia. Erb palsy vs clavicle fx, xray first?", [], "eponym")
M("claw hand + ipsilateral ptosis after a breech extraction - Klumpke, not Erb, right?", [], "eponym lowercase")
M("Ortolani clunk on the L, Barlow negative. Pavlik harness now or US at 6 wk first?", [], "eponym name-lookalike")
M("Hirschsprung: no meconium for 52 h, squirt sign on rectal exam. suction rectal bx tomorrow", [], "eponym relative-time")
M("Meckel scan positive, painless maroon stools in a 2 yo. rule of 2s strikes again", [], "eponym age-under-90")
M("Kasai at 45 days for biliary atresia, Bactrim prophylaxis for cholangitis how long?", [], "eponym drug-brand-name")
M("Ladd procedure tonight - bilious emesis in a 10 day old, corkscrew on UGI", [], "eponym")
M("Reye syndrome still a worry with Pepto-Bismol in kids with flu? parent asked", [], "eponym drug-brand-name relative-not-named")
M("Sever disease vs Achilles tendinopathy in an 11 yo soccer player - heel squeeze tender", [], "eponym capitalized-word age-under-90")
M("Sinding-Larsen-Johansson in a 12 yo jumper, inferior pole of the patella tender. rest + PT?", [], "eponym age-under-90")
M("Köhler disease of the navicular in a 5 yo, limping. short leg cast or just a stiff shoe", [], "eponym unicode-clean")
M("Blount disease, 3 yo, Langenskiöld stage II - KAFO bracing or guided growth?", [], "eponym")
M("Scheuermann kyphosis 62 deg in a 14M. is a Milwaukee brace still a thing or all TLSO now", [], "eponym place-disease")
M("Tanner 2 breast buds at 6 yo - bone age first or straight to LH/FSH?", [], "eponym name-lookalike age-under-90")
M("Broselow says purple, 10-11 kg. epi 0.1 mg IV and amiodarone 50 mg?", [], "eponym dose-lab")
M("Pierre Robin sequence, glossoptosis, desats when supine. NPA trial vs mandibular distraction", [], "eponym name-lookalike")
M("Treacher Collins airway plan for his BAHA placement - anesthesia wants a videolaryngoscope", [], "eponym name-lookalike")
M("Cornelia de Lange phenotype with NIPBL variant, bad GERD + feeding. fundo?", [], "eponym name-lookalike gene-protein")
M("Epstein pearls and Bohn nodules on the palate of a newborn, mom worried they're teeth", [], "eponym relative-not-named")
EP("Apgar", "Ballard", "Moro", "Erb palsy", "Klumpke", "Ortolani", "Barlow", "Pavlik", "Hirschsprung",
   "Meckel", "Kasai", "Ladd procedure", "Reye syndrome", "Sever disease", "Sinding-Larsen-Johansson",
   "Köhler", "Blount", "Langenskiöld", "Scheuermann", "Tanner 2", "Broselow", "Pierre Robin",
   "Treacher Collins", "Cornelia de Lange", "Epstein pearls", "Bohn nodules")
PL("Milwaukee brace")

S("OB/GYN")
M("Bishop 4 at 39+2, nullip. ripening per ARRIVE - Cook balloon or miso first?", [], "eponym name-lookalike trial-name")
M("Naegele from the LMP gives 40+1 but the 8 wk CRL says 38+5. which EDD wins", [], "eponym score-fraction")
M("shoulder dystocia drill order: McRoberts, suprapubic, Rubin, Woods screw, posterior arm, Gaskin, Zavanelli last?", [], "eponym name-lookalike")
M("Leopold maneuvers suggest breech at 36+4. ECV at 37 or wait?", [], "eponym name-lookalike")
M("Chadwick and Hegar signs - does anyone document these anymore or just the hCG", [], "eponym name-lookalike no-patient-question")
M("Braxton Hicks vs preterm labor at 31 wk: fFN neg, cervix 3.1 cm. home?", [], "eponym")
M("Couvelaire uterus at the c/s for abruption, contracted after oxytocin + TXA. no hyst needed", [], "eponym")
M("Sheehan syndrome 6 mo after a big PPH - couldn't breastfeed, Na 126, fatigue. AM cortisol + free T4", [], "eponym dose-lab")
M("Asherman after 2 D&Cs, amenorrhea. hysteroscopic adhesiolysis then estrogen + balloon?", [], "eponym")
M("Meigs: ovarian fibroma + ascites + R pleural effusion. CA-125 420 - still benign?", [], "eponym dose-lab")
M("MRKH in a 17 yo with primary amenorrhea, karyotype 46,XX. dilators first, surgery only if they fail?", [], "eponym age-under-90")
M("Pfannenstiel vs Maylard vs Cherney for a 20-week-size fibroid uterus", [], "eponym")
M("Joel-Cohen entry + Kerr hysterotomy is basically standard now, yes?", [], "eponym name-lookalike no-patient-question")
M("Shirodkar vs McDonald cerclage at 14 wk after a prior 2nd trimester loss", [], "eponym name-lookalike")
M("B-Lynch or Bakri first for atony after a c/s, both ready?", [], "eponym")
M("Pomeroy vs Filshie clips vs bilateral salpingectomy at repeat c/s - counseling script?", [], "eponym")
M("Nabothian cysts on the speculum exam, totally normal right? pt anxious", [], "eponym")
M("Skene gland cyst vs urethral diverticulum on exam, MRI pelvis to sort it out?", [], "eponym")
M("Amsel 3/4, Nugent 8. metronidazole 500 bid x 7 d, partner doesn't need tx?", [], "eponym score-fraction relative-not-named")
M("Ferriman-Gallwey 14, Rotterdam criteria met (oligo + PCOM). letrozole for ovulation induction", [], "eponym place-disease")
EP("Bishop 4", "Cook balloon", "Naegele", "McRoberts", "Rubin", "Woods screw", "Gaskin", "Zavanelli",
   "Leopold", "Chadwick", "Hegar", "Braxton Hicks", "Couvelaire", "Sheehan", "Asherman", "Meigs", "MRKH",
   "Pfannenstiel", "Maylard", "Cherney", "Joel-Cohen", "Kerr hysterotomy", "Shirodkar",
   "McDonald cerclage", "B-Lynch", "Bakri", "Pomeroy", "Filshie", "Nabothian", "Skene", "Amsel", "Nugent",
   "Ferriman-Gallwey")
PL("Rotterdam criteria")

S("orthopedics")
M("Hill-Sachs + bony Bankart with 18% glenoid bone loss, engaging. Latarjet or remplissage?", [], "eponym")
M("Segond fracture on the knee film = ACL until proven otherwise. MRI as outpt?", [], "eponym")
M("Chance fracture of L1 after a lap belt crash, CT shows flexion-distraction. general surgery to look for bowel injury too?", [], "eponym capitalized-word")
M("Jefferson fracture of C1 with combined lateral mass overhang 8 mm - halo or fusion?", [], "eponym name-lookalike")
M("hangman fracture of C2, Levine-Edwards type II. traction + halo?", [], "eponym lowercase")
M("Tillaux fracture in a 13 yo, 3 mm displaced on CT. ORIF threshold is 2 mm, right?", [], "eponym age-under-90")
M("Maisonneuve - medial ankle tenderness + proximal fibula pain, mortise widened. syndesmotic screw vs suture button", [], "eponym")
M("Weber B, Lauge-Hansen SER IV equivalent - do I need a gravity stress view?", [], "eponym")
M("Garden IV femoral neck in a 78F, community ambulator. hemi vs THA?", [], "eponym capitalized-word age-under-90")
M("Pauwels III femoral neck in a 40M, fix within 6 h? or does timing not matter anymore", [], "eponym")
M("Schatzker VI tibial plateau, spanning ex-fix now, ORIF when the skin wrinkles", [], "eponym")
M("Gustilo-Anderson IIIB open tib-fib: cefazolin + gent, or is cefazolin alone ok now", [], "eponym")
M("Salter-Harris II distal radius in a 10 yo, 20 deg dorsal angulation. reduce or remodel?", [], "eponym age-under-90")
M("Mason II radial head with a block to rotation after aspiration + lido. ORIF vs excision", [], "eponym name-lookalike")
M("Essex-Lopresti: radial head fx + DRUJ pain. do NOT excise the head, right?", [], "eponym")
M("Hawkins-Kennedy and Neer both positive, Jobe empty can weak. US for a cuff tear before the injection?", [], "eponym name-lookalike")
M("Speed test and Yergason positive, O'Brien positive too. SLAP vs biceps tendinopathy?", [], "eponym name-lookalike capitalized-word")
M("Kocher vs FARES vs Cunningham for an anterior shoulder dislocation without sedation", [], "eponym name-lookalike")
M("Thomas test shows 20 deg hip flexion contracture, Ober test tight ITB. PT plan?", [], "eponym name-lookalike")
M("David Letterman sign on the PA view too (same thing as Terry Thomas?) lol", [], "eponym name-lookalike thread-reply")
M("Kienböck, Lichtman IIIA. radial shortening osteotomy in ulnar negative variance?", [], "eponym unicode-clean")
M("Madelung deformity with a Vickers ligament, 13F with wrist pain", [], "eponym age-under-90")
M("Volkmann contracture after a Gartland III supracondylar that sat in a cast too long", [], "eponym")
M("Harrington rod from his 1980s scoliosis surgery, now flatback syndrome. revision options?", [], "eponym decade")
M("Ponseti casting then a Denis Browne bar - 23 h/day for 3 mo, then nights till 4 yrs?", [], "eponym name-lookalike")
M("K-wires (Kirschner) vs a Steinmann pin for the temporary fixation", [], "eponym")
M("Cobb 34 deg, Risser 1, premenarchal. Boston brace 18 h/day per BrAIST", [], "eponym place-disease trial-name")
M("Morton neuroma 3rd webspace, Mulder click positive. injection then excision?", [], "eponym name-lookalike")
M("Böhler angle 12 deg, Sanders III calcaneus - wait for the wrinkle sign then ORIF", [], "eponym name-lookalike unicode-clean")
M("Judet views ordered, Letournel both column fracture. CT 3D recon?", [], "eponym")
EP("Hill-Sachs", "Bankart", "Latarjet", "Segond", "Chance fracture", "Jefferson fracture",
   "Levine-Edwards", "Tillaux", "Maisonneuve", "Weber B", "Lauge-Hansen", "Garden IV", "Pauwels",
   "Schatzker", "Gustilo-Anderson", "Salter-Harris", "Neer", "Mason II", "Essex-Lopresti",
   "Hawkins-Kennedy", "Jobe", "Speed test", "Yergason", "O'Brien", "Kocher", "Cunningham", "Thomas test",
   "Ober test", "Terry Thomas", "David Letterman", "Kienböck", "Lichtman", "Madelung", "Vickers",
   "Volkmann", "Gartland", "Harrington", "Ponseti", "Denis Browne", "Kirschner", "Steinmann", "Cobb",
   "Risser", "Morton neuroma", "Mulder", "Böhler", "Sanders III", "Rockwood", "Judet", "Letournel")
PL("Boston brace")

S("ophthalmology")
M("new distortion on the Amsler grid, already on AREDS2. same-week OCT or can it wait till Monday", [], "eponym trial-name weekday not-a-date")
M("Ishihara 4/14 plates, red-green. does that disqualify someone from being a pilot?", [], "eponym score-fraction no-patient-question")
M("Snellen 20/200 OD, 20/25 OS, pinhole doesn't help OD. APD on the R", [], "eponym score-fraction")
M("Seidel positive after a metal fragment hit the eye while grinding - shield, CT orbits, NO MRI", [], "eponym allcaps")
M("Goldmann 32 OD, Tono-Pen 29, cornea hazy. acute angle closure - pilocarpine before or after the laser", [], "eponym drug-brand-name")
M("Kayser-Fleischer rings on slit lamp, ceruloplasmin 9, 24 h urine copper high. hepatology knows", [], "eponym dose-lab")
M("Munson sign + Vogt striae + Fleischer ring: keratoconus. crosslinking before it progresses more", [], "eponym")
M("Krukenberg spindle and Shaffer grade 4 angles - pigment dispersion, LPI or just drops", [], "eponym")
M("Berlin edema after a paintball to the eye, VA 20/60. will it clear on its own?", [], "eponym place-disease score-fraction")
M("Coats disease vs retinoblastoma in a 7 yo boy with leukocoria - B-scan + MRI", [], "eponym name-lookalike age-under-90")
M("Stargardt (ABCA4): do we tell them to avoid vitamin A supplements?", [], "eponym gene-protein")
M("Best disease, egg yolk lesion, BEST1 variant. EOG ratio 1.2", [], "eponym capitalized-word gene-protein")
M("Leber hereditary optic neuropathy, m.11778G>A. idebenone worth the cost?", [], "eponym gene-protein")
M("Vogt-Koyanagi-Harada: bilat serous RDs, tinnitus, poliosis. high-dose pred + early IMT?", [], "eponym")
M("Elschnig spots + Siegrist streaks in malignant HTN, BP 240/140", [], "eponym vitals")
M("Bielschowsky head tilt positive to the R - R CN IV palsy per the Parks 3-step", [], "eponym")
M("Hirschberg ~15 deg exotropia, Krimsky to quantify in a kid who won't do cover test", [], "eponym")
M("Brückner red reflex asymmetric in a 9 mo - refer to peds ophtho this week", [], "eponym unicode-clean")
M("Dalrymple sign + von Graefe lid lag in a new hyperthyroid pt", [], "eponym")
M("Ahmed valve vs Baerveldt for neovascular glaucoma after PRP", [], "eponym name-lookalike")
M("Mittendorf dot + Bergmeister papilla on a routine exam, both congenital remnants right", [], "eponym")
M("OCT today: macular hole stage 2, 350 microns. vitrectomy + ILM peel + face-down", [], "not-a-date month-word")
EP("Amsler", "Ishihara", "Snellen", "Seidel", "Goldmann", "Kayser-Fleischer", "Munson", "Vogt striae",
   "Fleischer ring", "Krukenberg spindle", "Shaffer", "Coats disease", "Stargardt", "Best disease",
   "Leber", "Vogt-Koyanagi-Harada", "Elschnig", "Siegrist", "Bielschowsky", "Parks 3-step", "Hirschberg",
   "Krimsky", "Brückner", "Graves", "Dalrymple", "von Graefe", "Ahmed valve", "Baerveldt", "Mittendorf",
   "Bergmeister")
PL("Berlin edema")

S("ENT")
M("Weber lateralizes to the L, Rinne BC > AC on the L - conductive loss. Carhart notch at 2 kHz, otosclerosis?", [], "eponym name-lookalike")
M("Hennebert sign + Tullio phenomenon - SSCD? CT temporal bone with Pöschl reformats", [], "eponym unicode-clean")
M("Gradenigo triad: otorrhea, retro-orbital pain, CN VI palsy. petrous apicitis, MRI w/ contrast", [], "eponym")
M("Bezold abscess tracking down the SCM in a 60M diabetic with mastoiditis", [], "eponym age-under-90")
M("Frey syndrome after parotidectomy, gustatory sweating on the cheek. botox in clinic?", [], "eponym")
M("Eagle syndrome - styloid 4.2 cm on CT, throat pain when he turns his head. styloidectomy transoral or external?", [], "eponym capitalized-word")
M("Zenker diverticulum through Killian dehiscence, 3 cm. endoscopic stapler vs open?", [], "eponym")
M("Plummer-Vinson: upper esophageal web + IDA + dysphagia. dilate and replete iron", [], "eponym")
M("Kiesselbach plexus bleed (Little area), silver nitrate failed. Rhino Rocket vs Merocel?", [], "eponym name-lookalike drug-brand-name")
M("posterior bleed from Woodruff plexus, packing failed x2. SPA ligation or IR embolization", [], "eponym")
M("Samter triad - aspirin desensitization before dupilumab or skip it?", [], "eponym")
M("Kartagener: situs inversus + chronic sinusitis + bronchiectasis, nasal NO low. genetic panel for PCD", [], "eponym")
M("Lund-Mackay 18 on CT sinus, failed 2 FESS. Draf IIa vs Draf III?", [], "eponym")
M("Cottle maneuver positive on the L, septoplasty + spreader grafts", [], "eponym")
M("Mallampati IV, Brodsky 4+ tonsils, Friedman stage III. UPPP won't do much right", [], "eponym name-lookalike")
M("House-Brackmann IV facial weakness after a temporal bone fx, immediate onset. decompression?", [], "eponym capitalized-word")
M("Reinke edema in a 30 pk-yr smoker, low gravelly voice. phonosurgery only after quitting?", [], "eponym")
M("Stensen duct stone vs Wharton duct stone - sialendoscopy for either?", [], "eponym")
M("Shiley 6 cuffed vs Bivona TTS for the home vent pt, cuff leak issues", [], "eponym drug-brand-name")
M("Toynbee vs Valsalva for ETD before a flight, and does Afrin beforehand help?", [], "eponym drug-brand-name")
M("Ménière protocol: low salt, betahistine isn't FDA approved, intratympanic dex next?", [], "eponym organization unicode-clean")
EP("Weber lateralizes", "Rinne", "Carhart", "Hennebert", "Tullio", "Pöschl", "Gradenigo", "Bezold abscess",
   "Frey syndrome", "Eagle syndrome", "Zenker", "Killian", "Plummer-Vinson", "Kiesselbach", "Little area",
   "Woodruff", "Samter", "Kartagener", "Lund-Mackay", "Draf", "Cottle", "Mallampati", "Brodsky",
   "Friedman stage", "House-Brackmann", "Reinke edema", "Stensen", "Wharton duct", "Shiley", "Bivona",
   "Toynbee", "Valsalva", "Ménière")

S("psychiatry")
M("Cotard syndrome, insists she's already dead, stopped eating. ECT consult today", [], "eponym")
M("de Clérambault picture - erotomania about a local news anchor. safety planning?", [], "eponym unicode-clean")
M("Ganser syndrome vs malingering in a pt from the county jail - approximate answers to everything", [], "eponym")
M("Munchausen by proxy suspected, recurrent polymicrobial bacteremia in a 3 yo with a central line. SW + CPS?", [], "eponym age-under-90")
M("Othello syndrome after starting Mirapex for RLS - morbid jealousy. taper the DA?", [], "eponym name-lookalike drug-brand-name")
M("Ekbom syndrome, brings the specimens in a pill bottle. pimozide vs risperidone", [], "eponym")
M("Diogenes syndrome - hoarding, self-neglect, 81M living alone. APS referral?", [], "eponym age-under-90")
M("Stockholm syndrome-type bonding in a trafficking survivor, how to document it in a way that helps her", [], "place-disease")
M("Jerusalem syndrome in a tourist, acute psychosis, no prior hx. brief psychotic disorder per DSM-5-TR?", [], "place-disease")
M("HAM-D 24, MADRS 31, PHQ-9 22 on max sertraline. Spravato or augment with Rexulti?", [], "eponym drug-brand-name score-fraction")
M("Young Mania Rating Scale 28 on Depakote, level 62. push to 90-100?", [], "eponym capitalized-word drug-brand-name dose-lab")
M("Yale-Brown 29 on max fluvoxamine, add aripiprazole or clomipramine?", [], "eponym place-disease")
M("Columbia screen positive, passive ideation without plan. safe to discharge from the ED with a safety plan?", [], "place-disease")
M("Simpson-Angus + Barnes Akathisia Scale after the haloperidol dec - propranolol 10 tid?", [], "eponym name-lookalike dose-lab")
M("Tarasoff duty: pt named a specific coworker as a target. who do I notify first, police or the coworker?", [], "named-law")
M("Kendra's Law AOT petition, how long does the court part take in NY", [], "named-law name-lookalike")
M("Baker Act vs Marchman Act for someone intoxicated and suicidal in FL", [], "named-law name-lookalike")
M("Folstein MMSE 22, MoCA 18, St. Louis SLUMS 17 - mild vs major NCD?", [], "eponym place-disease score-fraction")
M("Rorschach + Minnesota Multiphasic (MMPI-2) from the neuropsych eval, how much weight do they carry for capacity", [], "eponym place-disease")
M("Capgras vs Fregoli vs reduplicative paramnesia - the one where you think the hospital is your house?", [], "eponym no-patient-question")
EP("Capgras", "Fregoli", "Cotard", "de Clérambault", "Ganser", "Munchausen", "Othello syndrome", "Ekbom",
   "Diogenes", "HAM-D", "MADRS", "Young Mania", "Yale-Brown", "Simpson-Angus", "Barnes Akathisia",
   "Tarasoff", "Kendra's Law", "Baker Act", "Marchman Act", "Folstein", "Rorschach")
PL("Stockholm syndrome", "Jerusalem syndrome", "Columbia screen", "St. Louis", "Minnesota Multiphasic")

S("GI/hepatology")
M("Boas sign + R subscapular hyperesthesia, HIDA nonfilling at 4 h. lap chole this admission", [], "eponym")
M("Carnett sign positive - pain worse with head lift, so abdominal wall. trigger point injection?", [], "eponym")
M("Markle heel-drop positive in a 9 yo w/ RLQ pain, US can't see the appendix", [], "eponym age-under-90")
M("Dunphy sign, Blumberg rebound, Aaron sign - which of the appy eponyms actually has a decent LR", [], "eponym name-lookalike no-patient-question")
M("Ballance sign after a splenic injury - fixed dullness LUQ. CT grade?", [], "eponym")
M("Gilbert syndrome? indirect bili 3.1 after fasting for Ramadan, LFTs otherwise normal. reassure?", [], "eponym name-lookalike holiday")
M("Dubin-Johnson vs Rotor: conjugated hyperbili, black liver on lap, urine coproporphyrin pattern pending", [], "eponym name-lookalike")
M("Crigler-Najjar type II, bili drops on phenobarbital - so not type I, right?", [], "eponym")
M("Zollinger-Ellison - gastrin 1,400 off PPI for a week, gastric pH 1.5. secretin test still needed?", [], "eponym dose-lab")
M("Barrett esophagus C3M5 per Prague, no dysplasia on Seattle protocol bx. surveillance q3-5 y?", [], "eponym place-disease name-lookalike")
M("Schatzki ring with a steak impaction, disimpacted. dilate with a Savary now or later?", [], "eponym")
M("Cameron lesions in a big hiatal hernia, chronic IDA. PPI bid + iron, surgery referral?", [], "eponym name-lookalike")
M("Dieulafoy lesion in the fundus, clipped + epi. second look tomorrow?", [], "eponym")
M("Ménétrier disease - giant folds, protein-losing, albumin 2.1. cetuximab?", [], "eponym unicode-clean dose-lab")
M("Curling ulcer ppx for a 40% TBSA burn, PPI or H2B?", [], "eponym capitalized-word")
M("Peutz-Jeghers, STK11. capsule q3y from age 8?", [], "eponym gene-protein")
M("Gardner syndrome: osteomas + desmoid + FAP. colectomy timing", [], "eponym name-lookalike")
M("Lynch syndrome, MSH2, Amsterdam II criteria met in the family. colonoscopy q1-2 y from 25", [], "eponym name-lookalike place-disease gene-protein")
M("Cowden syndrome (PTEN) with trichilemmomas, which cancers to screen", [], "eponym gene-protein")
M("Child-Pugh B8, MELD-Na 19. pre-emptive TIPS per Baveno VII?", [], "eponym place-disease score-fraction")
M("Maddrey 48, Lille 0.51 at day 7 - stop the pred?", [], "eponym place-disease")
M("Forrest IIa with a visible vessel: clip + epi + thermal. Rockall 6, PPI infusion 72 h", [], "eponym name-lookalike")
M("Bristol 6-7 daily, Rome IV IBS-D. Xifaxan 550 tid x 14 d first?", [], "place-disease drug-brand-name")
M("Truelove and Witts severe: 8 bloody BMs, HR 104, T 38.1 C. IV steroids day 3, Oxford index says salvage?", [], "eponym place-disease temperature")
M("Sengstaken-Blakemore vs Linton-Nachlas for a gastric variceal bleed while waiting for IR", [], "eponym")
M("Nissen vs Toupet with ineffective motility per Chicago v4.0", [], "eponym place-disease")
M("Heller + Dor vs POEM for type II achalasia, 45F", [], "eponym name-lookalike age-under-90")
M("Balthazar E, CTSI 8 - revised Atlanta moderately severe. enteral feeds by NJ?", [], "eponym place-disease")
EP("Boas sign", "Carnett", "Markle", "Dunphy", "Blumberg", "Aaron sign", "Ballance", "Gilbert syndrome",
   "Dubin-Johnson", "Rotor", "Crigler-Najjar", "Zollinger-Ellison", "Barrett esophagus", "Schatzki",
   "Savary", "Cameron lesions", "Dieulafoy", "Ménétrier", "Curling ulcer", "Peutz-Jeghers",
   "Gardner syndrome", "Lynch syndrome", "Cowden", "Child-Pugh", "Maddrey", "Forrest IIa", "Rockall",
   "Truelove and Witts", "Sengstaken-Blakemore", "Linton-Nachlas", "Nissen", "Toupet", "Heller", "Dor vs",
   "Balthazar", "Hartmann")
PL("Prague", "Seattle protocol", "Amsterdam II", "Baveno", "Lille", "Bristol", "Rome IV", "Oxford index",
   "Chicago v4.0", "Atlanta")

S("nephrology")
M("Alport (COL4A5), hematuria + SNHL + anterior lenticonus. ACEi now even w/o proteinuria?", [], "eponym gene-protein")
M("Goodpasture: anti-GBM 180, pulmonary hemorrhage, Cr 4.2. PLEX daily + cyclophosphamide", [], "eponym dose-lab")
M("Berger disease (IgAN), Oxford MEST-C M1 E0 S1 T1 C0. Filspari or steroids?", [], "eponym place-disease drug-brand-name")
M("Bartter vs Gitelman: urine Ca high in Bartter, low in Gitelman, Mg low in Gitelman - got it backwards?", [], "eponym")
M("Liddle syndrome? HTN + hypoK + low renin + low aldo. amiloride trial", [], "eponym")
M("Gordon syndrome (PHA II): HTN + hyperK + normal GFR, thiazide fixes it", [], "eponym name-lookalike")
M("Dent disease in a 6 yo boy: LMW proteinuria, hypercalciuria, nephrocalcinosis", [], "eponym capitalized-word age-under-90")
M("Lowe syndrome - cataracts, hypotonia, Fanconi picture", [], "eponym name-lookalike")
M("Fabry: Fabrazyme vs Galafold for an amenable GLA variant, eGFR 58", [], "eponym drug-brand-name gene-protein")
M("Kimmelstiel-Wilson nodules on bx - classic DKD, no more workup needed?", [], "eponym")
M("Tamm-Horsfall (uromodulin) casts in the sediment, that's just hyaline casts right", [], "eponym gene-protein")
M("Cockcroft-Gault CrCl 28 vs CKD-EPI 2021 eGFR 34 - apixaban dose goes by which", [], "eponym dose-lab year-only")
M("Tenckhoff not draining, constipated? KUB for catheter position first", [], "eponym")
M("Quinton vs Mahurkar trialysis catheter for CRRT in the R IJ", [], "eponym name-lookalike")
M("Brescia-Cimino fistula maturing, rule of 6s at week 6?", [], "eponym")
EP("Alport", "Goodpasture", "Berger disease", "Bartter", "Gitelman", "Liddle", "Gordon syndrome",
   "Dent disease", "Lowe syndrome", "Fabry", "Kimmelstiel-Wilson", "Tamm-Horsfall", "Cockcroft-Gault",
   "Tenckhoff", "Quinton", "Mahurkar", "Brescia-Cimino")
PL("Oxford MEST-C")

S("endocrinology")
M("Riedel thyroiditis - woody, fixed gland, compressive sx. IgG4 level + tamoxifen?", [], "eponym")
M("Plummer disease (toxic MNG), 72F with AF. RAI vs thyroidectomy?", [], "eponym age-under-90")
M("Jod-Basedow after a CT with contrast in someone with a big MNG, FT4 4.1. methimazole + beta blocker", [], "eponym dose-lab")
M("Wolff-Chaikoff: SSKI 10 days before thyroidectomy in Graves, 3 drops tid?", [], "eponym dose-lab")
M("Pemberton sign positive - facial plethora with arms up. retrosternal goiter, CT neck/chest", [], "eponym name-lookalike")
M("Nelson syndrome years after bilateral adrenalectomy, ACTH 2,400, hyperpigmented", [], "eponym name-lookalike dose-lab")
M("Conn syndrome: ARR 68, saline suppression no suppression, AVS lateralizes L. adrenalectomy", [], "eponym name-lookalike")
M("Sipple syndrome (MEN2A), RET C634 - prophylactic thyroidectomy by age 5?", [], "eponym gene-protein age-under-90")
M("Wermer syndrome (MEN1): PHPT + prolactinoma + gastrinoma. 4-gland exploration", [], "eponym")
M("Somogyi effect vs the dawn phenomenon - CGM shows a 0300 nadir of 58 then 240 at 0700", [], "eponym capitalized-word clock-time")
M("McCune-Albright: coast of Maine cafe-au-lait, fibrous dysplasia, precocious puberty in a 5 yo", [], "eponym place-disease age-under-90")
M("Albright hereditary osteodystrophy, short 4th metacarpals, PTH resistant", [], "eponym")
M("Laron syndrome - mecasermin (Increlex) dosing and hypoglycemia risk", [], "eponym drug-brand-name")
M("Kallmann: anosmia, low LH/FSH, 19M wants fertility - hCG then FSH?", [], "eponym age-under-90")
M("Klinefelter 47,XXY, testosterone now or micro-TESE first?", [], "eponym")
M("Turner 45,X: bicuspid valve + coarct screen, and GH start age?", [], "eponym name-lookalike")
M("Wolfram syndrome (DIDMOAD), WFS1 - DI + optic atrophy + DM", [], "eponym gene-protein")
M("Hürthle cell neoplasm on FNA, 3.2 cm - lobectomy", [], "eponym unicode-clean")
EP("Riedel", "Plummer disease", "Jod-Basedow", "Wolff-Chaikoff", "Pemberton", "Nelson syndrome",
   "Conn syndrome", "Sipple", "Wermer", "Somogyi", "McCune-Albright", "Albright hereditary", "Laron",
   "Kallmann", "Klinefelter", "Turner 45,X", "Wolfram", "Hürthle")
PL("coast of Maine")

S("pulm/ICU")
M("Hampton hump + Westermark sign on the CXR, Wells 6. CTPA now, heparin before it?", [], "eponym name-lookalike")
M("Fleischner: 7 mm solid nodule, low risk, never smoker. CT at 6-12 mo?", [], "eponym")
M("Golden S sign RUL - central mass, bronch with EBUS", [], "eponym capitalized-word")
M("Kerley B lines + cephalization + effusions, BNP 2,300. diurese", [], "eponym gene-protein")
M("Light criteria: fluid/serum protein 0.62, LDH ratio 0.7 - exudate. but he's on Lasix", [], "eponym capitalized-word drug-brand-name")
M("Swyer-James: unilateral hyperlucent lung with air trapping, childhood bronchiolitis obliterans", [], "eponym")
M("Löffler syndrome, migratory eosinophilic infiltrates, strongy serology sent before steroids", [], "eponym unicode-clean")
M("Hamman sign - crunch with each heartbeat, pneumomediastinum after a vomiting bout. esophagram first", [], "eponym")
M("Hamman-Rich (AIP) vs DAD from a drug. open lung bx worth the risk?", [], "eponym")
M("Biot breathing after the pontine bleed, goals of care talk with the family tonight", [], "eponym relative-not-named")
M("Murray score 3.2, P/F 68 on PEEP 16, proned x2. ECMO referral per EOLIA?", [], "eponym name-lookalike trial-name score-fraction")
M("Mac 3 vs Miller 2 for intubating a 3 yo in the ED?", [], "eponym name-lookalike age-under-90")
M("Sellick maneuver: still do cricoid pressure for RSI or has everyone abandoned it", [], "eponym no-patient-question")
M("Magill forceps + Yankauer ready, coin in the hypopharynx on xray", [], "eponym")
M("Heimlich valve on the chest tube for discharge - small persistent air leak", [], "eponym")
M("RASS -4, CAM-ICU positive, on propofol 40 + fent 100. Richmond scale target -1 to 0", [], "place-disease dose-lab")
M("Winter formula: expected pCO2 = 1.5 x 16 + 8 = 32 +/- 2, actual 41, so concomitant resp acidosis", [], "eponym capitalized-word dose-lab")
M("Stewart approach vs Henderson-Hasselbalch for this hyperchloremic mess, SID 28", [], "eponym name-lookalike")
M("Haldane effect in a CO2 retainer, titrate to 88-92%", [], "eponym vitals")
M("PA catheter tip in West zone 3? wedge looks off", [], "eponym capitalized-word")
M("Mendelson syndrome - aspiration pneumonitis at induction, no abx unless it doesn't clear in 48 h?", [], "eponym relative-time")
EP("Hampton hump", "Westermark", "Fleischner", "Golden S", "Kerley B", "Light criteria", "Swyer-James",
   "Löffler", "Hamman sign", "Hamman-Rich", "Biot", "Murray score", "Miller 2", "Sellick", "Magill",
   "Yankauer", "Heimlich", "Winter formula", "Stewart approach", "Henderson-Hasselbalch", "Haldane",
   "West zone", "Mendelson")
PL("Richmond scale")

S("emergency medicine")
M("Canadian CT Head Rule vs NEXUS II for a 70 yo on Eliquis with a minor head strike - just scan everyone on a DOAC?", [], "place-disease drug-brand-name age-under-90")
M("Parkland: 4 mL x 70 kg x 30% TBSA, half in the first 8 h. and Lund-Browder for the kids chart", [], "place-disease eponym dose-lab")
M("Brooke vs Galveston formula for peds burns - does anyone still use Galveston", [], "eponym place-disease no-patient-question")
M("Bier block vs hematoma block for a distal radius reduction, lido dose for 60 kg", [], "eponym dose-lab")
M("Hutchinson fracture (chauffeur's) of the radial styloid, look for SL injury", [], "eponym")
M("Davos technique worked on the 3rd try, post-reduction films ok", [], "place-disease")
M("Milch technique for a posterior? no, anterior shoulder - abduct + ext rotate, push the head in", [], "eponym typo")
M("Marjolin ulcer in an old burn scar on the shin, bx the edge", [], "eponym")
M("Fournier gangrene: crepitus perineum, LRINEC 8. OR now, pip-tazo + vanc + clinda", [], "eponym score-fraction")
M("Kocher criteria 3/4 for septic hip - aspirate in IR or OR", [], "eponym score-fraction")
M("Geneva revised 4, PERC not applicable since she's on OCPs. D-dimer age-adjusted?", [], "place-disease")
M("Seldinger fem line with the Arrow kit, ultrasound-guided, no wire left in lol", [], "eponym")
M("Allen test before the radial art line - does anyone still do it, Barbeau?", [], "eponym name-lookalike")
M("Waddell signs 4/5 - doesn't mean malingering, just nonorganic contribution", [], "eponym score-fraction")
M("Mickey Finn?? no, it's a GHB overdose, GCS 6 then wakes up swearing 2 h later", [], "name-lookalike")
M("Christmas tree lights burn on both hands, kid bit the cord. oral commissure burn watch for labial artery bleed 7-10 d", [], "holiday relative-time")
M("after Thanksgiving we always get the holiday heart AF wave, rate control + d/c if CHA2DS2-VASc 0?", [], "holiday score-fraction")
EP("Lund-Browder", "Brooke vs", "Bier block", "Hutchinson fracture", "Milch technique", "Marjolin",
   "Fournier", "Kocher criteria", "Seldinger", "Allen test", "Barbeau", "Waddell", "Mickey Finn")
PL("Canadian CT Head", "Parkland", "Galveston", "Davos technique", "Geneva revised")

S("surgery")
M("Kocher incision vs chevron (Mercedes) for a right hepatectomy", [], "eponym company")
M("Rockey-Davis vs Lanz incision for an open appy in a 22 wk pregnant pt", [], "eponym")
M("Cattell-Braasch + Mattox maneuvers for a zone 1 retroperitoneal hematoma", [], "eponym")
M("Lichtenstein vs Shouldice vs Bassini for a recurrent direct hernia, Nyhus IIIA", [], "eponym")
M("critical view of safety in Calot triangle couldn't be obtained - subtotal fenestrating. Strasberg E2 avoided", [], "eponym")
M("Spigelian vs Littre vs Amyand - which one has the appendix in it", [], "eponym no-patient-question")
M("Petit triangle lumbar hernia vs Grynfeltt, inferior vs superior?", [], "eponym name-lookalike")
M("Hasson open entry vs Veress at Palmer point for a pt with prior midline laparotomy", [], "eponym name-lookalike")
M("Kelly, Allis, Babcock, DeBakey, Metzenbaum - scrub tech asked which tray for the small bowel resection", [], "eponym name-lookalike")
M("Balfour + Bookwalter for the open colectomy, Richardson for the closure, Deaver for the liver", [], "eponym name-lookalike")
M("Weitlaner vs Gelpi for the groin exposure", [], "eponym")
M("Levin tube vs Salem sump - Salem has the blue pigtail vent, right?", [], "eponym place-disease")
M("Ivor Lewis vs McKeown esophagectomy for a mid-esophageal tumor after CROSS", [], "eponym name-lookalike trial-name")
M("Altemeier vs Delorme for full-thickness rectal prolapse in an 86F", [], "eponym age-under-90")
M("Milligan-Morgan vs Ferguson hemorrhoidectomy, post-op pain is worse with open?", [], "eponym name-lookalike")
M("Goodsall rule: posterior external opening, curved tract to the midline. Parks classification trans-sphincteric", [], "eponym")
M("Hinchey III perforated diverticulitis, Hartmann vs primary anastomosis w/ diverting loop", [], "eponym")
M("Bouveret syndrome: gallstone in the duodenum + Rigler triad on CT", [], "eponym")
M("Lloyd-Davies position with Allen stirrups for the LAR", [], "eponym name-lookalike")
M("Kraske vs Sims vs Fowler position, what do you call the prone jackknife", [], "eponym name-lookalike")
M("Witzel jejunostomy vs Stamm gastrostomy at the time of esophagectomy", [], "eponym")
M("Puestow vs Frey procedure for chronic pancreatitis with a dilated duct", [], "eponym")
EP("Kocher incision", "Mercedes", "Rockey-Davis", "Lanz", "Cattell-Braasch", "Mattox", "Lichtenstein",
   "Shouldice", "Bassini", "Nyhus", "Calot", "Strasberg", "Spigelian", "Littre", "Amyand",
   "Petit triangle", "Grynfeltt", "Hasson", "Veress", "Palmer point", "Blake", "Kelly", "Allis", "Babcock",
   "DeBakey", "Metzenbaum", "Balfour", "Bookwalter", "Richardson", "Deaver", "Weitlaner", "Gelpi",
   "Levin tube", "Ivor Lewis", "McKeown", "Altemeier", "Delorme", "Milligan-Morgan", "Ferguson",
   "Goodsall", "Parks classification", "Hinchey", "Bouveret", "Rigler", "Lloyd-Davies", "Allen stirrups",
   "Kraske", "Sims", "Fowler", "Witzel", "Stamm", "Puestow", "Frey procedure")
PL("Salem sump")

S("radiology")
M("Rigler sign (double wall) on the supine film, no upright possible. CT now", [], "eponym")
M("Spalding sign - overlapping skull bones, no cardiac activity. confirm w/ a second sonographer", [], "eponym")
M("adrenal nodule 2.1 cm, 8 Hounsfield units unenhanced = lipid-rich adenoma, no f/u?", [], "eponym dose-lab")
M("Schmorl nodes + Modic type 1 changes at L4-5, acute? or just degenerative", [], "eponym")
M("Baastrup disease (kissing spines) at L3-4 and L4-5, interspinous bursitis", [], "eponym")
M("Bertolotti syndrome with an L5 transitional vertebra, pseudoarticulation injection?", [], "eponym")
M("Brodie abscess in the distal tibial metaphysis of a 12 yo, penumbra sign on MRI", [], "eponym age-under-90")
M("Codman triangle + sunburst periosteal reaction around the knee, osteosarcoma until proven otherwise", [], "eponym")
M("Looser zones (Milkman pseudofractures) in the pubic rami, vit D 6", [], "eponym name-lookalike dose-lab")
M("Erlenmeyer flask deformity of the distal femurs - Gaucher?", [], "eponym")
M("Sprengel deformity + Klippel-Feil on the C-spine films, omovertebral bone?", [], "eponym")
M("Klippel-Trenaunay with a persistent sciatic vein on MRV", [], "eponym")
M("dilated Virchow-Robin spaces in the basal ganglia, incidental, no f/u", [], "eponym lowercase")
M("Mickey Mouse sign + hummingbird sign on MRI: PSP, not MSA", [], "eponym name-lookalike")
M("Mercedes-Benz sign in the gallstones on CT, gas in the fissures", [], "eponym company")
M("Greenfield filter from the 1990s vs the retrievable Denali - retrieval window?", [], "eponym place-disease decade")
M("Chiba needle for PTC, then Cope loop?", [], "place-disease eponym")
M("Simmons 2 to select the celiac, Bentson wire then Rosen for the exchange, Amplatz for the sheath", [], "eponym name-lookalike")
M("Whitacre vs Quincke spinal needle for fewer post-LP headaches in fluoro LPs", [], "eponym")
M("Merchant view, Grashey view, Zanca view, West Point view - ortho wants all four?", [], "eponym place-disease name-lookalike")
M("Hampton line vs Carman meniscus sign - benign vs malignant ulcer on the UGI", [], "eponym")
EP("Chilaiditi", "Rigler sign", "Spalding", "Hounsfield", "Schmorl", "Modic", "Baastrup", "Bertolotti",
   "Brodie abscess", "Codman", "Looser zones", "Milkman", "Erlenmeyer", "Gaucher", "Sprengel",
   "Klippel-Feil", "Klippel-Trenaunay", "Virchow-Robin", "Mickey Mouse sign", "Mercedes-Benz sign",
   "Greenfield", "Cope loop", "Simmons 2", "Bentson", "Rosen", "Amplatz", "Whitacre", "Quincke spinal",
   "Merchant view", "Grashey", "Zanca", "Hampton line", "Carman meniscus")
PL("Denali", "Chiba needle", "West Point view")

S("pathology")
M("Call-Exner bodies + coffee bean nuclei, inhibin positive. adult granulosa cell tumor, FOXL2?", [], "eponym gene-protein")
M("Schiller-Duval bodies, AFP 3,000 - yolk sac tumor component", [], "eponym dose-lab")
M("Michaelis-Gutmann bodies in the bladder bx - malakoplakia, E. coli", [], "eponym")
M("Councilman bodies on the liver bx - yellow fever in a traveler? or just apoptotic hepatocytes", [], "eponym capitalized-word")
M("Negri bodies would be at autopsy only, rabies ante-mortem testing is saliva PCR + nuchal bx", [], "eponym")
M("Cowdry A inclusions in the esophageal bx, HSV vs CMV IHC", [], "eponym")
M("Hirano bodies and Pick bodies at the brain cutting conference - tau stain", [], "eponym capitalized-word gene-protein")
M("Rosenthal fibers + eosinophilic granular bodies: pilocytic astrocytoma, BRAF fusion?", [], "eponym name-lookalike gene-protein")
M("Homer Wright rosettes vs Flexner-Wintersteiner rosettes - neuroblastoma vs retinoblastoma", [], "eponym name-lookalike")
M("Verocay bodies, Antoni A and B areas: schwannoma, S100 diffuse", [], "eponym gene-protein")
M("Aschoff bodies + Anitschkow caterpillar cells in the valve, rheumatic", [], "eponym")
M("Langhans vs Touton giant cells - TB granuloma vs xanthogranuloma", [], "eponym")
M("Reinke crystals in a Leydig cell tumor, calretinin +", [], "eponym")
M("Charcot-Leyden crystals + Curschmann spirals in the sputum, asthma", [], "eponym")
M("Masson trichrome, Congo red with apple-green birefringence, Prussian blue - add Perls too?", [], "eponym place-disease")
M("GMS (Grocott) and Warthin-Starry ordered on the lymph node, cat scratch?", [], "eponym")
M("Fontana-Masson highlights melanin, MART-1/SOX10 confirms", [], "eponym gene-protein")
M("Nottingham grade 2 (Bloom-Richardson 3+2+2 = 7), ER 95%, PR 40%, HER2 1+", [], "eponym place-disease gene-protein")
M("Paris System for urine cytology: SHGUC, and Milan System for the parotid FNA: IV-A", [], "place-disease")
M("Dukes C / Astler-Coller C2 - does anyone still use these instead of TNM", [], "eponym name-lookalike no-patient-question")
M("Russell bodies + Dutcher bodies, plasma cell neoplasm, kappa restricted", [], "eponym name-lookalike")
M("FROZEN SECTION: MARGINS NEGATIVE, CLOSEST 2 MM, SENTINEL NODE 0/1. CALLED TO OR 1432", [], "allcaps score-fraction clock-time")
EP("Call-Exner", "Schiller-Duval", "Michaelis-Gutmann", "Councilman", "Negri", "Cowdry", "Hirano",
   "Pick bodies", "Rosenthal fibers", "Homer Wright", "Flexner-Wintersteiner", "Verocay", "Antoni A",
   "Aschoff", "Anitschkow", "Langhans", "Touton", "Reinke crystals", "Leydig", "Charcot-Leyden",
   "Curschmann", "Masson trichrome", "Perls", "Grocott", "Warthin-Starry", "Fontana-Masson",
   "Bloom-Richardson", "Dukes C", "Astler-Coller", "Russell bodies", "Dutcher")
PL("Congo red", "Prussian blue", "Nottingham", "Paris System", "Milan System")

S("genetics")
M("Li-Fraumeni, TP53 c.742C>T, Chompret criteria met. whole-body MRI yearly per the Toronto protocol?", [], "eponym gene-protein place-disease")
M("Hardy-Weinberg: CF carrier freq 1/25 means q = 1/50, so affected 1/2,500 - am I doing this right", [], "eponym score-fraction no-patient-question")
M("Smith-Magenis (RAI1 deletion) - inverted melatonin rhythm, acebutolol in the AM + melatonin at night", [], "eponym name-lookalike gene-protein")
M("Wolf-Hirschhorn 4p- on the microarray, Greek warrior helmet facies", [], "eponym name-lookalike")
M("Rubinstein-Taybi: broad thumbs + great toes, CREBBP", [], "eponym gene-protein")
M("Costello (HRAS) vs CFC vs Noonan - the RASopathy panel covers all of them?", [], "eponym name-lookalike gene-protein")
M("Sotos (NSD1) vs Weaver syndrome (EZH2) for the overgrowth clinic referral", [], "eponym name-lookalike gene-protein")
M("Alagille: JAG1, butterfly vertebrae, posterior embryotoxon, cholestasis. Livmarli for the itch?", [], "eponym gene-protein drug-brand-name")
M("Holt-Oram TBX5: ASD + triphalangeal thumb, parents want recurrence risk", [], "eponym gene-protein relative-not-named")
M("Ellis-van Creveld - polydactyly + common atrium, founder variant in the Amish", [], "eponym name-lookalike")
M("Joubert, molar tooth sign, episodic hyperpnea as a newborn", [], "eponym")
M("Bardet-Biedl vs Alström - both obesity + retinal dystrophy, Imcivree only for BBS?", [], "eponym drug-brand-name")
M("Zellweger spectrum: VLCFA up, liver cysts, hypotonia", [], "eponym")
M("Smith-Lemli-Opitz, 7-DHC high, 2-3 toe syndactyly. cholesterol supplementation", [], "eponym name-lookalike")
M("Lesch-Nyhan, HPRT1, self-biting - allopurinol won't help the behavior", [], "eponym gene-protein")
M("Menkes: kinky hair, low copper + ceruloplasmin, copper histidinate early", [], "eponym")
M("Kearns-Sayre vs Leigh vs MELAS, muscle bx or mtDNA from urine first?", [], "eponym name-lookalike")
M("Tay-Sachs, Sandhoff, Niemann-Pick A, Gaucher 1 - Ashkenazi carrier panel, anything else to add?", [], "eponym")
M("Pompe (GAA): Lumizyme vs Nexviazyme for late-onset", [], "eponym gene-protein drug-brand-name")
M("Hunter (MPS II) vs Hurler (MPS I) vs Sanfilippo vs Morquio - only Hunter is X-linked", [], "eponym name-lookalike")
M("Barr body count on a buccal smear, XXY has one - nobody does this anymore lol", [], "eponym")
M("Robertsonian translocation 14;21 in mom, recurrence risk for Down syndrome ~10-15%", [], "eponym relative-not-named")
M("Knudson two-hit for RB1, so the sibling needs fundus exams too", [], "eponym gene-protein relative-not-named")
M("vascular Ehlers-Danlos (COL3A1) vs Loeys-Dietz (TGFBR2) - celiprolol for vEDS?", [], "eponym gene-protein")
M("Unverricht-Lundborg (Baltic myoclonus), avoid phenytoin", [], "eponym place-disease")
M("SONIC HEDGEHOG, NOTCH, WNT, JAK, ATM, KIT, MET, RET - gene symbols that look like words, the NLP keeps tagging them", [], "gene-protein allcaps")
M("Prader-Willi vs Angelman, methylation test first, both 15q11-13", [], "eponym")
EP("Li-Fraumeni", "Chompret", "Hardy-Weinberg", "Smith-Magenis", "Wolf-Hirschhorn", "Rubinstein-Taybi",
   "Noonan", "Costello", "Sotos", "Weaver syndrome", "Alagille", "Holt-Oram", "Ellis-van Creveld",
   "Joubert", "Bardet-Biedl", "Alström", "Zellweger", "Smith-Lemli-Opitz", "Lesch-Nyhan", "Menkes",
   "Kearns-Sayre", "Leigh", "Tay-Sachs", "Sandhoff", "Niemann-Pick", "Pompe", "Hunter (MPS II)", "Hurler",
   "Sanfilippo", "Morquio", "Barr body", "Robertsonian", "Knudson", "Ehlers-Danlos", "Loeys-Dietz",
   "Unverricht-Lundborg", "Down syndrome", "Prader-Willi", "Angelman")
PL("Toronto protocol", "Baltic myoclonus")

S("pharmacy")
M("Bactrim DS 1 bid vs Keflex 500 qid for a simple cellulitis, CrCl 35 - adjust both?", [], "drug-brand-name dose-lab")
M("Allegra 180 vs Claritin vs Zyrtec in the 1st trimester, which is safest", [], "drug-brand-name name-lookalike")
M("Soma + Norco + Xanax - the holy trinity, PDMP flagged it. taper which first", [], "drug-brand-name capitalized-word")
M("Lasix 40 IV = Bumex 1 = Demadex 20? or is torsemide more like 10-20", [], "drug-brand-name dose-lab")
M("Lovenox 1 mg/kg q12h with CrCl 25 - go to daily, anti-Xa at 4 h after the 3rd dose?", [], "drug-brand-name dose-lab")
M("NDC 0078-0659-20 vs the 11-digit format, the scanner keeps rejecting the 10-digit one", [], "code-number")
M("HCPCS J1885 ketorolac per 15 mg and J0696 ceftriaxone per 250 mg - billing asked", [], "code-number dose-lab")
M("Beers criteria 2023: diphenhydramine in a 79F for sleep, what do I swap to", [], "eponym name-lookalike age-under-90 year-only")
M("Naranjo score 6 = probable ADR, reporting to MedWatch?", [], "eponym organization")
M("Tall Man lettering hydrOXYzine vs hydrALAZINE still getting mixed up on the floor - ISMP alert", [], "organization capitalized-word")
M("Rumack-Matthew nomogram: APAP 180 at 6 h, above the treatment line. NAC 21 h protocol", [], "eponym dose-lab")
M("Sawchuk-Zaske vs Bayesian for vanc AUC - we have no software on nights", [], "eponym")
M("Devine IBW vs adjusted BW for aminoglycosides in BMI 44", [], "eponym name-lookalike dose-lab")
M("Mosteller BSA 1.92 m2, Calvert for carboplatin AUC 5 with GFR capped at 125", [], "eponym dose-lab")
M("bedside Schwartz eGFR for a 6 yo: 0.413 x height / SCr", [], "eponym age-under-90 dose-lab")
M("Jelliffe vs Cockcroft-Gault for unstable renal function in the ICU", [], "eponym")
M("Goodman & Gilman vs Katzung vs Tarascon for the pharm lecture, which is least outdated", [], "organization name-lookalike")
M("Paxlovid DDI with tacrolimus - hold tac 5 days and check a level, per Liverpool checker", [], "drug-brand-name place-disease")
M("Eli Lilly's Zepbound vials vs pens, cash price difference?", [], "company name-lookalike drug-brand-name")
EP("Beers criteria", "Naranjo", "Tall Man", "Rumack-Matthew", "Sawchuk-Zaske", "Devine", "Mosteller",
   "Calvert", "Schwartz eGFR", "Jelliffe", "Goodman & Gilman", "Katzung")
PL("Liverpool checker")

S("nursing")
M("Braden 12, turn q2h, waffle overlay or low-air-loss mattress?", [], "eponym name-lookalike")
M("Morse Fall Scale 65, bed alarm on, yellow socks. sitter needed?", [], "eponym name-lookalike")
M("Hendrich II 7 - high fall risk, she still insists on walking to the bathroom alone", [], "eponym")
M("FLACC 6 vs Wong-Baker 8, the kid says 8 but is playing on the iPad", [], "eponym score-fraction")
M("Foley vs Coudé for a BPH pt, 2 failed attempts. urology or try the Coudé 16 Fr", [], "eponym unicode-clean")
M("Texas catheter (condom cath) instead of the Foley for night incontinence?", [], "place-disease")
M("Posey vest is a restraint, needs an order q24h right", [], "eponym name-lookalike")
M("Hoyer lift for transfers, 2-person assist, 142 kg", [], "eponym dose-lab")
M("HOB 30 deg, semi-Fowler for aspiration precautions", [], "eponym")
M("Montgomery straps for the abdominal wound with frequent dressing changes", [], "eponym name-lookalike")
M("Sims position for the enema, left lateral", [], "eponym name-lookalike")
M("Norton scale 11 on the SNF transfer paperwork vs Braden 13 here", [], "eponym name-lookalike")
M("Kerlix + Coban over the Xeroform, change q48h", [], "drug-brand-name")
M("Mepilex Border on the sacrum prophylactically for the OR > 4 h", [], "drug-brand-name")
M("rm 5214 bed B: pt's daughter wants to bring the family dog in, policy?", [], "room-bed-number relative-not-named")
M("Waterlow 18 vs Braden, which one does the UK transfer use", [], "eponym")
M("Broda chair vs geri chair, PT wants the Broda for the 88F with contractures", [], "eponym age-under-90")
EP("Braden", "Morse Fall", "Hendrich", "Wong-Baker", "Coudé", "Posey", "Hoyer lift", "semi-Fowler",
   "Montgomery straps", "Norton scale", "Waterlow", "Broda chair")
PL("Texas catheter")

S("general/admin")
M("ICD-10 I48.91 vs I48.11 for longstanding persistent AF - coder kicked it back", [], "code-number")
M("CPT 99223 + 99497 for ACP on the same day, need modifier 25?", [], "code-number")
M("LOINC 4548-4 vs 17856-6 for the A1c interface mapping, which one does the lab send", [], "code-number")
M("G0439 AWV + 99214 with modifier 25, Medicare will pay both?", [], "code-number insurer")
M("Z79.01 + D68.51 for the factor V pt, and Z86.718 for the old DVT", [], "code-number")
M("E11.65 vs E11.9 when A1c is 9.4, the auditor says 65 needs documented hyperglycemia", [], "code-number dose-lab")
M("O24.414 GDM insulin-controlled vs O24.419 - she's on NPH at 16 u qhs", [], "code-number dose-lab")
M("DRG 291 vs 292 depends on the MCC, acute resp failure documented?", [], "code-number")
M("since 2019 we've used the new sepsis bundle, and in the 2000s it was EGDT - when did lactate become optional", [], "year-only decade no-patient-question")
M("in the 1990s everyone got PA catheters, now nobody does. ESCAPE trial killed it?", [], "decade trial-name")
M("clinic is closed Friday, the Monday after is a half day, refill queue goes to the covering pod", [], "weekday")
M("rounds at 0730, sign-out at 1900, the 1500 huddle moved to 1530 on Wednesdays", [], "clock-time weekday")
M("Memorial Day weekend staffing is thin, who's backup for the cath lab", [], "holiday")
M("Halloween candy + insulin pump kids, carb counting cheat sheet for parents?", [], "holiday relative-not-named")
M("Easter ham + lisinopril + K 6.1 - every year on Monday after", [], "holiday dose-lab weekday")
M("Valentine's Day IUD insertion special is a real thing at the FQHC apparently", [], "holiday")
M("March fracture of the 2nd metatarsal in a military recruit, boot + crutches 4-6 wk", [], "month-word eponym")
M("May cause drowsiness - the label on the new gabapentin bottle scared her, ok to take at night only?", [], "month-word capitalized-word")
M("the July effect is real: double-check the sliding scales the new interns write", [], "month-word lowercase")
M("OCT machine in clinic 3 is down again, the glaucoma f/u visits need rescheduling", [], "month-word not-a-date room-bed-number")
M("the MAR says Dec dose given but the pump log disagrees - pharmacy reconciling", [], "month-word not-a-date")
M("sats 91% RA, dec breath sounds at the bases, CXR ordered", [], "month-word vitals lowercase")
M("Sept deviation and turbinate hypertrophy, Afrin rebound - the Sept is the septum not the month lol", [], "month-word typo")
M("NEJM vs Lancet vs JAMA - which one had the restrictive transfusion trial in MI, MINT?", [], "organization trial-name")
M("Chest and Thorax both published on this, and Gut had the one on PPIs", [], "organization capitalized-word")
M("Brain, Blood, Circulation, Thyroid - journals named like organs lol, the citation tool can't cope", [], "organization capitalized-word")
M("Cochrane review says no benefit for the honey in cough? pretty sure it says some benefit", [], "organization name-lookalike")
M("Choosing Wisely: no imaging for low back pain < 6 wk without red flags", [], "organization")
M("UpToDate vs DynaMed disagree on the duration for uncomplicated pyelo, 5 or 7 days of cipro", [], "organization dose-lab")
M("Aetna wants a peer-to-peer for the MRI, UnitedHealthcare approved the same thing last week", [], "insurer")
M("Humana MA plan denied the SNF days, Kaiser does their own thing, BCBS pending", [], "insurer")
M("Medicaid covers the Zepbound for OSA now? or only Medicare Part D after the label change", [], "insurer drug-brand-name")
M("Washington Manual vs Harrison's for the hyponatremia algorithm", [], "organization name-lookalike")
M("Rosen's vs Tintinalli for the ED rotation reading", [], "organization name-lookalike")
M("Williams Obstetrics says 4 h of magnesium after delivery? we do 24", [], "organization name-lookalike")
M("Robbins, Netter, Gray's - the med student asked what to buy, I said none, get the app", [], "organization name-lookalike")
M("Braunwald vs Marino's ICU Book for the Swan lecture", [], "organization name-lookalike")
M("Campbell's Operative Orthopaedics vs Rockwood and Green's for the fracture conference", [], "organization name-lookalike")
M("Kaplan & Sadock vs Stahl's for the psychopharm handout", [], "organization name-lookalike")
M("Helsinki, Belmont, Nuremberg - IRB training module wants all three", [], "place-disease organization")
M("Will the new order set handle weight-based heparin? asking before go-live", [], "capitalized-word no-patient-question")
M("Faith-based hospice options for a pt who refuses the secular one? SW is asking", [], "capitalized-word")
M("Hope the 2nd troponin is flat, first was 14 at 0200", [], "capitalized-word dose-lab clock-time")
M("Grace period for the prior auth is 72 h, then it auto-denies", [], "capitalized-word")
M("Frank hematuria with clots, 3-way Foley and CBI started", [], "capitalized-word eponym")
M("Drew blood cx x2 before the abx, lactate 3.1", [], "capitalized-word dose-lab")
M("Mark the site, consent signed, H&P within 30 days - OR checklist done", [], "capitalized-word")
M("Rusty sputum + lobar consolidation + T 39.6 C, pneumococcal urine antigen sent", [], "capitalized-word temperature")
M("Amber urine, bili in the UA, pale stools - obstructive picture", [], "capitalized-word")
M("Crystal-negative aspirate, WBC 62k, gram stain neg - still treat as septic until cx back?", [], "capitalized-word dose-lab")
M("Pearl: always check a lipase AND a triglyceride level in the young pancreatitis pt", [], "capitalized-word")
M("Dawn simulation lamp for the seasonal depression pt, 10,000 lux 30 min", [], "capitalized-word")
M("Ginger for the hyperemesis, plus B6 + doxylamine (Diclegis/Bonjesta)", [], "capitalized-word drug-brand-name")
M("Rose Bengal stain on the cornea, punctate staining, dry eye", [], "capitalized-word eponym")
M("Ivy exposure again, 3rd time this summer. pred taper 21 days not the dose pack", [], "capitalized-word")
M("Cherry red spot at the macula - CRAO vs Tay-Sachs in a baby, context matters", [], "capitalized-word eponym")
M("Sterling silver wire cerclage? no, it's stainless, the OR note is wrong", [], "capitalized-word")
# -- Unicode noise, lowercase / ALL CAPS lines, pasted fragments (still clean)
S("pharmacy")
M("metoprolol succinate " + FW("25") + " mg daily, HR 58 this am - hold or give?", [], "unicode-clean fullwidth-digits vitals")
M("Mg " + AR("1.6") + ", K " + AR("3.2") + " - replete both before the amio load", [], "unicode-clean arabic-indic-digits dose-lab")
M("Eli" + ZW + "quis 5 mg bid, CrCl 24, age 81, wt 58 kg - dose reduce?", [], "unicode-clean zero-width drug-brand-name age-under-90")
M("vanc trough 18.4" + NBSP + "mcg/mL, AUC 610 - hold the next dose", [], "unicode-clean nbsp dose-lab")
M(RLM + "ceftriaxone 2 g q24h + azithro 500 for CAP, PSI III" + RLM, [], "unicode-clean bidi-mark dose-lab")
M("Na 118 → 124 in 12 h 😬 too fast? DDAVP clamp + D5W", [], "unicode-clean dose-lab")
M("insulin glargine " + DEVA("18") + " units qhs, fasting BG 140s", [], "unicode-clean other-script-digits dose-lab")
M("Hgb " + FA("7.4") + " after 2 u PRBC, recheck at 1800", [], "unicode-clean other-script-digits dose-lab clock-time")
S("ophthalmology")
M("IOP 28 OD / 14 OS — Lumigan" + ZWJ + " + Cosopt, SLT next?", [], "unicode-clean zero-width drug-brand-name")
S("cardiology")
M("BP 148/92 ‑ 152/96 at home, amlodipine 5 → 10? ankle edema already", [], "unicode-clean vitals")
M("ＥＣＧ: sinus brady 48, PR 220 ms, no ST changes. hold the diltiazem?", [], "unicode-clean fullwidth-letters vitals")
S("nursing")
M("pt in 3" + THIN + "West 12 refusing the SCDs again, family at bedside supports it", [], "unicode-clean room-bed-number relative-not-named")
S("general/admin")
M("ok so the “Kendra” in the chart is the law not a person, right? AOT order pending", [], "named-law name-lookalike unicode-clean")
S("pulm/ICU")
M("PEEP 12 FiO2 0.6, P/F 110, driving pressure 16 — prone now per PROSEVA", [], "unicode-clean trial-name dose-lab")
S("pediatrics")
M("BILI 18.2 AT 52 HOURS OF LIFE, 38 WK, DAT NEG. PHOTOTHERAPY PER THE 2022 AAP CURVES", [], "allcaps dose-lab organization year-only")
S("surgery")
M("POD 3 S/P WHIPPLE: DRAIN AMYLASE 4,200, GRADE B FISTULA? ISGPF", [], "allcaps eponym relative-time")
S("emergency medicine")
M("NEXUS NEGATIVE, CANADIAN C-SPINE LOW RISK, ROTATES 45 BOTH WAYS. CLEARED CLINICALLY", [], "allcaps place-disease")
S("neurology")
M("lkw 2130, nihss 14, cta shows L M1 cut-off, transfer for EVT? tnk already given at 2318", [], "lowercase clock-time score-fraction")
S("psychiatry")
S("GI/hepatology")
M("hpi: 54M w/ etoh cirrhosis, hematemesis x2, hgb 6.9. a/p: octreotide, ceftriaxone, egd within 12 h", [], "pasted-note lowercase age-under-90")
S("heme/onc")
M("A/P: 1. AML w/ FLT3-ITD, induction 7+3 + midostaurin (Rydapt) day 8-21 2. TLS ppx allopurinol 3. neutropenic diet not needed", [], "pasted-note gene-protein drug-brand-name")
S("OB/GYN")
M("G3P2 at 28+1, GCT 162 → 3h GTT 2/4 abnormal. start diet + SMBG, Bishop n/a", [], "pasted-note score-fraction eponym")
S("orthopedics")
M("Assessment: 67F w/ L intertrochanteric fx (AO 31A2), planned CMN today, hold Eliquis 48h? already 36h", [], "pasted-note age-under-90 drug-brand-name relative-time")
S("endocrinology")
M("Plan: levothyroxine 88 mcg → 100 mcg, recheck TSH in 6 wk, her sister has the same thing (Hashimoto) fwiw", [], "pasted-note relative-not-named eponym")
S("nephrology")
M("/draft dialysis order: 4 h, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3 L, heparin 1000 u bolus", [], "slash-command dose-lab")
S("infectious disease")
M("/evidence doxy-PEP for bacterial STI prevention in MSM, and does it apply to cis women (dPEP Kenya trial)", [], "slash-command place-disease trial-name")
S("dermatology")
M("/ddx annular scaly plaque w/ central clearing, KOH neg: granuloma annulare, tinea incognito, SCLE, Hansen's?", [], "slash-command eponym")
S("rheumatology")
M("/summarize the 2022 ACR/EULAR GCA criteria - temporal artery bx still needed?", [], "slash-command organization year-only")
S("radiology")
M("^ agree w/ above, the Chilaiditi is old, it's on the 2018 film too", [], "thread-reply eponym year-only")
S("pathology")
M("+1 on sending it out for a second opinion, Armed Forces used to do that, now it's the big academic centers", [], "thread-reply organization")
S("genetics")
M("re: the cascade testing thread - her brother and 2 cousins consented, the aunt declined", [], "thread-reply relative-not-named")
S("ENT")
M("^ the Weber thing was a typo, meant Rinne. sorry", [], "thread-reply eponym")

# ---------------------------------------------------------------------------
# Messages WITH identifiers
# ---------------------------------------------------------------------------
# -- names that are ordinary words, in odd positions and cases
S("cardiology")
M("Rose Hill in 14B wants her Eliquis at 1700 instead of 2100 so she can sleep, ok?", [("Rose Hill", "NAME")], "name-common-word name-message-start room-bed-number")
M("/draft referral for Will Baker to GI: Barrett esophagus with LGD on the last EGD, needs RFA", [("Will Baker", "NAME")], "slash-command name-common-word eponym")
M("can someone see Faith Summers at 1 for me? 58F, f/u for the Graves orbitopathy", [("Faith Summers", "NAME")], "name-common-word age-under-90")
M("Mr. Graves has Graves disease, yes really. TRAb 8.2, methimazole 20 daily - RAI or surgery?", [("Graves", "NAME")], "name-collision eponym")
M("Still disease workup for Ms. Still: ferritin 9,400, glycosylated ferritin 14%", [("Still", "NAME", 2)], "name-collision eponym")
M("Sweet syndrome in Mrs. Sweet, of all people. she asked if her name caused it", [("Sweet", "NAME", 2)], "name-collision eponym")
S("genetics")
M("Lynch syndrome confirmed for Dawn Lynch (MSH6). her sister April should get cascade testing", [("Dawn Lynch", "NAME"), ("April", "NAME")], "name-collision name-relative name-common-word")
S("GI/hepatology")
M("gilbert syndrome? indirect bili 2.8 in gilbert reyes, 19M, after a 2 day fast. reassure", [("gilbert reyes", "NAME")], "name-lowercase name-collision")
S("genetics")
M("ok Hunter does NOT have Hunter syndrome - Hunter Cole, 6 yo, it's MPS I (Hurler) on the enzyme panel. fix the problem list", [("Hunter", "NAME"), ("Hunter Cole", "NAME")], "name-collision name-message-start")
S("OB/GYN")
M("Pt: Cook, Mason J. - Cook balloon in at 1900, Bishop 5 → 7 by midnight", [("Cook, Mason J.", "NAME")], "name-last-first name-collision eponym pasted-note")
S("pulm/ICU")
M("Dr. Wells says the Wells score is 4.5 so CTPA, fine by me", [("Wells", "NAME")], "name-clinician name-collision")
S("GI/hepatology")
M("Forrest Gardner's ulcer was Forrest IIb, clot lifted, 2 clips placed", [("Forrest Gardner", "NAME")], "name-possessive name-collision name-message-start")
S("surgery")
M("frank bleeding from the drain per frank (night RN), 150 mL in an hour, Hgb 7.1", [("frank", "NAME", 2)], "name-lowercase name-clinician common-word-not-name")
S("pulm/ICU")
M("Drew drew the gas at 0400: 7.21/68/82. Drew, can you repeat at 0600 after the BiPAP change?", [("Drew", "NAME"), ("Drew", "NAME")], "name-common-word name-clinician name-message-start")
S("orthopedics")
M("Patience Short, 93F, fell at home, L leg shortened and externally rotated - Garden IV on the film", [("Patience Short", "NAME"), ("93", "AGE")], "name-common-word age-over-89-digits eponym")
S("nursing")
M("Hope Walker, ninety-four, Braden 11, new stage 3 on the sacrum", [("Hope Walker", "NAME"), ("ninety-four", "AGE")], "name-common-word age-over-89-words")
S("general/admin")
M("GRANT, PAIGE | DOB 11/03/1947 | MRN 40217783 | PCP Dr. Sterling Price", [("GRANT, PAIGE", "NAME"), ("11/03/1947", "DATE"), ("40217783", "MRN"), ("Sterling Price", "NAME")], "name-allcaps name-last-first dob mrn")
S("pharmacy")
M("tell Joy in pharmacy the Zosyn for 12B needs renal dosing, CrCl 22", [("Joy", "NAME")], "name-short name-clinician name-common-word")
S("GI/hepatology")
M("Sgt. Penny Marsh's duodenal bx came back Marsh 3a, TTG 8x ULN", [("Penny Marsh", "NAME")], "name-possessive name-collision")
S("dermatology")
M("Ivy is allergic to poison ivy AND Bactrim - doxy ok? (Ivy Chen, 12B)", [("Ivy", "NAME"), ("Ivy Chen", "NAME")], "name-common-word name-message-start room-bed-number")
S("emergency medicine")
M("sent the rx to the Walgreens for Mr. Sharp, the sharp chest pain resolved with the GI cocktail", [("Sharp", "NAME")], "name-common-word common-word-not-name")
S("psychiatry")
M("young Mr. Young (24M), YMRS 31 - lithium or Depakote first?", [("Young", "NAME")], "name-collision name-common-word")
S("orthopedics")
M("O'Brien test positive on Kathleen O'Brien-Kelly, SLAP tear likely, MRI arthrogram", [("Kathleen O'Brien-Kelly", "NAME")], "name-hyphenated name-collision eponym")
S("pulm/ICU")
M("Ana Maria de la Cruz Villanueva, 91, from Sunny Acres ALF, aspiration pneumonia, DNI", [("Ana Maria de la Cruz Villanueva", "NAME"), ("91", "AGE"), ("Sunny Acres ALF", "LOCATION")], "name-multi-part age-over-89-digits facility")
S("psychiatry")
M("Mr. Van Der Linden Jr. needs the Haldol order co-signed before 6", [("Van Der Linden", "NAME")], "name-suffix name-multi-part")
S("general/admin")
M("nickname check: pt goes by Bubba, legal name Raymond Earl Tully - wristband says Tully, Raymond", [("Bubba", "NAME"), ("Raymond Earl Tully", "NAME"), ("Tully, Raymond", "NAME")], "name-nickname name-last-first")
S("pediatrics")
M("JJ (Jaylen Jackson-Moore) 7 yo, asthma exacerbation, PRAM 8, duonebs x3", [("JJ", "NAME"), ("Jaylen Jackson-Moore", "NAME")], "name-nickname name-hyphenated name-short")
S("nursing")
M("pt's daughter Crystal Stone wants a call back about hospice", [("Crystal Stone", "NAME")], "name-relative name-common-word")
S("surgery")
M("per Dr. Rusty Castillo hold the Plavix 5 days before the TURP", [("Rusty Castillo", "NAME")], "name-clinician name-common-word")
S("nursing")
M("hey @Miles Moody can you co-sign the restraint order for bed 9", [("Miles Moody", "NAME")], "name-clinician name-common-word room-bed-number")
M("Ms. Joy Love in bed 3 keeps pulling her Dobhoff, mitts?", [("Joy Love", "NAME")], "name-common-word room-bed-number eponym")
S("OB/GYN")
M("Sunny Day - yes that is her legal name - 34F at 32 wk, BP 162/110, mag started", [("Sunny Day", "NAME")], "name-common-word name-message-start vitals")
S("heme/onc")
M("can someone chase the path on Chase Banks? Gleason 4+4 on the cores", [("Chase Banks", "NAME")], "name-common-word common-word-not-name eponym")
S("pharmacy")
M("Tuesday Nakamura in 6C refuses the Lovenox except on Tuesdays, don't ask", [("Tuesday Nakamura", "NAME")], "name-common-word not-a-date room-bed-number")
S("heme/onc")
M("May Rivers (90F): May-Hegglin anomaly on the smear, plt 45k, no bleeding", [("May Rivers", "NAME"), ("90", "AGE")], "name-common-word name-collision age-over-89-digits")
S("orthopedics")
M("Mark Hale: mark the L knee, consent signed, Outerbridge IV on MRI", [("Mark Hale", "NAME")], "name-common-word name-message-start")
S("general/admin")
M("who do we bill, Bill? Bill Pierce's wife said he switched to Humana", [("Bill", "NAME"), ("Bill Pierce", "NAME")], "name-common-word name-possessive insurer")
S("pulm/ICU")
M("Holly Ann Winter, 2 wk postpartum, bicarb 12 - Winter formula says pCO2 should be ~26", [("Holly Ann Winter", "NAME")], "name-common-word name-collision name-multi-part")
S("endocrinology")
M("Dawn Sterling's CGM shows a 0300 low then 260 at 0700 - Somogyi or true dawn phenomenon?", [("Dawn Sterling", "NAME")], "name-common-word name-possessive")
S("ophthalmology")
M("Iris Fleming, iris prolapse through the wound on POD 1 after phaco", [("Iris Fleming", "NAME")], "name-common-word")
S("dermatology")
M("Violet Gray has Mees lines?? she used to work with rat poison, arsenic level sent", [("Violet Gray", "NAME")], "name-common-word eponym")
S("ENT")
M("Pearl Washington-Idowu, 96, white plaque on the lateral tongue for 3 mo. bx in clinic?", [("Pearl Washington-Idowu", "NAME"), ("96", "AGE")], "name-hyphenated age-over-89-digits name-common-word")
S("emergency medicine")
M("pt Angel Cruz says it was not angel dust, he smoked K2", [("Angel Cruz", "NAME")], "name-common-word")
S("nursing")
M("pt name: WILL STORM, age 97 - is the DNR on the chart?", [("WILL STORM", "NAME"), ("97", "AGE")], "name-allcaps name-common-word age-over-89-digits")
S("pediatrics")
M("summer (the pt, not the season) is 4, Tanner 1, new body odor. Summer's mom worried about early puberty", [("summer", "NAME"), ("Summer", "NAME")], "name-lowercase name-common-word name-possessive")
S("nephrology")
M("Gordon syndrome (PHA II) in Gordon Pike, 15M: K 6.1, BP 150s, HCTZ fixed it", [("Gordon Pike", "NAME")], "name-collision eponym dose-lab")
S("ophthalmology")
M("Coats disease in little Ezra Coats, 5, exudative RD OS. laser + cryo", [("Ezra Coats", "NAME")], "name-collision age-under-90")
S("nephrology")
M("Page kidney in Ms. Page? Marjorie Page, 62F, new HTN after the subcapsular bleed", [("Page", "NAME", 2), ("Marjorie Page", "NAME")], "name-collision eponym")
S("psychiatry")
M("Cotard is in the ddx for Mrs. Ester Bloom, insists her organs are rotting", [("Ester Bloom", "NAME")], "name-plain eponym")
S("OB/GYN")
M("Bishop score 3 for Lacey Bishop, 41+0, miso 25 q4?", [("Lacey Bishop", "NAME")], "name-collision eponym")
S("pulm/ICU")
M("Light criteria on Mr. Light's fluid: exudate. Ray Light, 70M, parapneumonic", [("Light", "NAME", 2), ("Ray Light", "NAME")], "name-collision name-possessive")
# -- clinicians, relatives, initials, Last-First, possessives, prepositions
S("cardiology")
M("sign-out from Dr. Okafor to Dr. Lindqvist at 1900, the Impella pt in 2 is theirs", [("Okafor", "NAME"), ("Lindqvist", "NAME")], "name-clinician name-short")
S("heme/onc")
M("NP Shanice Boyd wants the heme consult to see Mr. Abernathy before the 2nd cycle", [("Shanice Boyd", "NAME"), ("Abernathy", "NAME")], "name-clinician name-plain")
S("pharmacy")
M("PharmD Lucas Ferreira says the vanc AUC for Kowalczyk, Teresa is 690, hold tonight's dose", [("Lucas Ferreira", "NAME"), ("Kowalczyk, Teresa", "NAME")], "name-clinician name-last-first dose-lab")
S("surgery")
M("PA-C Dmitri Volkov closed, Dr. Adeyemi was the attending - who dictates?", [("Dmitri Volkov", "NAME"), ("Adeyemi", "NAME")], "name-clinician")
S("nursing")
M("RN Beth Coles reports the pt's husband Gene is refusing the SNF placement", [("Beth Coles", "NAME"), ("Gene", "NAME")], "name-clinician name-relative name-common-word")
S("general/admin")
M("son Dale (HCP) wants a family meeting Thursday, mom Carol is DNR/DNI per the MOLST", [("Dale", "NAME"), ("Carol", "NAME")], "name-relative name-short weekday")
S("psychiatry")
M("spoke with Candace about restarting her Abilify Maintena, she agreed to the 400 mg", [("Candace", "NAME")], "name-after-preposition name-short drug-brand-name")
S("OB/GYN")
M("G2P1, pt of Dr. Maribel Ortiz-Quiñones, TOLAC counseling done, wants to try", [("Maribel Ortiz-Quiñones", "NAME")], "name-clinician name-hyphenated")
S("endocrinology")
M("T. J. Okonkwo-Bell, A1c 11.2, starting basal-bolus. his wife Nkechi does the injections", [("T. J. Okonkwo-Bell", "NAME"), ("Nkechi", "NAME")], "name-initial name-hyphenated name-relative")
S("neurology")
M("R. Delgado in 4112, NIHSS 3 → 9 overnight, repeat CTA?", [("R. Delgado", "NAME")], "name-initial room-bed-number")
S("ophthalmology")
M("K.M. Abernethy-Shaw, 45F, VKH, pred 80 - ophtho wants IMT started", [("K.M. Abernethy-Shaw", "NAME")], "name-initial name-hyphenated age-under-90")
S("GI/hepatology")
M("for Olumide A. Fashola please draft the colonoscopy prep instructions in Yoruba + English", [("Olumide A. Fashola", "NAME")], "name-after-preposition name-plain")
S("rheumatology")
M("Nguyen, Thi Bich Ngoc - Takayasu, on Actemra, ESR 8. ok to space to q2wk?", [("Nguyen, Thi Bich Ngoc", "NAME")], "name-last-first name-multi-part eponym")
S("nephrology")
M("Mr. MacAllister-Grey's K is 6.4 on the AM labs, Lokelma given", [("MacAllister-Grey", "NAME")], "name-possessive name-hyphenated dose-lab")
S("infectious disease")
M("Dr. St. Clair's pt (Yusuf Demir) grew Candida auris, contact precautions + notify IP", [("St. Clair", "NAME"), ("Yusuf Demir", "NAME")], "name-clinician name-possessive")
S("orthopedics")
M("ward 6: Hernández-Ruiz, Luis Alberto - Schatzker II, to OR tomorrow", [("Hernández-Ruiz, Luis Alberto", "NAME")], "name-last-first name-hyphenated room-bed-number")
S("pediatrics")
M("baby girl Okoro (twin B) - bili 16 at 40 h, phototx", [("Okoro", "NAME")], "name-short dose-lab")
S("emergency medicine")
M("EMS unknown male, now ID'd as Terrence Wilkes-Obi, GCS 7, ETOH 380", [("Terrence Wilkes-Obi", "NAME")], "name-hyphenated dose-lab")
S("general/admin")
M("thx to Priya, Marcus and Oksana for covering the holiday weekend 🙏", [("Priya", "NAME"), ("Marcus", "NAME"), ("Oksana", "NAME")], "name-short name-clinician")
S("pulm/ICU")
M("from: Dr. Bjornsdottir re: Mr. Fairweather - extubated, on 4 L NC", [("Bjornsdottir", "NAME"), ("Fairweather", "NAME")], "name-clinician name-plain")
S("cardiology")
M("echo for Hargreaves shows EF 25%, tell Bronwyn (his daughter) the results are back", [("Hargreaves", "NAME"), ("Bronwyn", "NAME")], "name-short name-relative")
S("nursing")
M("bed 17 is Mrs. Lucero-Vance, her grandson Tyrell is the one who calls every hour", [("Lucero-Vance", "NAME"), ("Tyrell", "NAME")], "name-hyphenated name-relative room-bed-number")
S("psychiatry")
M("ELIAS FONTAINE 72 HR HOLD EXPIRES AT 1400, NEEDS RE-EVAL", [("ELIAS FONTAINE", "NAME")], "name-allcaps allcaps")
S("radiology")
M("CT for smith, john a. shows a 4 cm AAA, not the Smith fracture the ED was worried about", [("smith, john a.", "NAME")], "name-lowercase name-last-first name-collision")
S("heme/onc")
M("mrs. abernathy-cole's ANC is 300, neutropenic fever protocol", [("abernathy-cole", "NAME")], "name-lowercase name-possessive name-hyphenated")
S("general/admin")
M("pls update the problem list for de Vries, Annemieke - she's not diabetic, that was her mother", [("de Vries, Annemieke", "NAME")], "name-last-first name-multi-part relative-not-named")
S("surgery")
M("O'Sullivan-Mbeki lap chole converted to open, Strasberg D injury, HPB aware", [("O'Sullivan-Mbeki", "NAME")], "name-hyphenated name-message-start eponym")
S("endocrinology")
M("Conn syndrome confirmed in Mr. Conn - Roland Conn, ARR 92, AVS lateralizes R", [("Conn", "NAME", 2), ("Roland Conn", "NAME")], "name-collision eponym")
S("ENT")
M("Usher syndrome type 1 in both twins, Aiden and Rowan Marsh - CI candidacy + RP counseling", [("Aiden", "NAME"), ("Rowan Marsh", "NAME")], "name-plain name-common-word eponym")
S("ophthalmology")
M("Best disease in Aurelia Best, 11: egg yolk OU, BEST1 confirmed", [("Aurelia Best", "NAME")], "name-collision eponym")
S("orthopedics")
M("Chance fracture in Mr. Chance? Kyle Chance, 19, lap belt only, L1", [("Chance", "NAME", 2), ("Kyle Chance", "NAME")], "name-collision eponym")
S("pediatrics")
M("Tanner 3 on Ms. Tanner's exam (Brooklyn Tanner, 10) - referral to peds endo?", [("Tanner", "NAME", 2), ("Brooklyn Tanner", "NAME")], "name-collision name-possessive")
S("neurology")
M("Mr. Parkinson's Parkinson disease: H&Y 3, on Rytary, fall last week. Dennis Parkinson, 77", [("Parkinson", "NAME"), ("Dennis Parkinson", "NAME")], "name-collision name-possessive eponym")
S("ENT")
M("Eagle syndrome for Mrs. Eagle?! Grace Eagle, elongated styloid on the CT", [("Eagle", "NAME", 2), ("Grace Eagle", "NAME")], "name-collision name-common-word")
S("GI/hepatology")
M("Cameron lesions in Mr. Duncan Cameron, 68, Hgb 8.2 again", [("Duncan Cameron", "NAME")], "name-collision eponym")
S("pharmacy")
M("Beers list check for Mrs. Beers (Lorraine Beers), 88F on Benadryl + oxybutynin", [("Beers", "NAME", 2), ("Lorraine Beers", "NAME")], "name-collision age-under-90")
S("nursing")
M("Morse 70 for Mr. Morse in 20, Clifton Morse, bed alarm on", [("Morse", "NAME", 2), ("Clifton Morse", "NAME")], "name-collision room-bed-number")
S("pulm/ICU")
M("Murray score 3 on Mrs. Nadia Murray, ECMO consult called", [("Nadia Murray", "NAME")], "name-collision eponym")
S("pathology")
M("Homer Wright rosettes in the adrenal mass of Homer Tran, 3 yo - neuroblastoma", [("Homer Tran", "NAME")], "name-collision eponym")
S("rheumatology")
M("Felty syndrome in Mrs. Oyelaran: RA + big spleen + ANC 800, rituximab?", [("Oyelaran", "NAME")], "name-plain eponym dose-lab")
# -- dates in many formats, ages over 89
S("general/admin")
M("DOB 02/29/1952, she says the portal keeps rejecting her birthday", [("02/29/1952", "DATE")], "dob date-numeric")
S("cardiology")
M("admitted 2025-11-03 for ADHF, d/c 11/09/25 on torsemide 40", [("2025-11-03", "DATE"), ("11/09/25", "DATE")], "date-iso date-numeric")
S("orthopedics")
M("fell on March 3rd, xray today shows a Jones fx - boot or screw?", [("March 3rd", "DATE")], "date-no-year date-ordinal")
S("OB/GYN")
M("LMP 14 Oct 2025, EDD by US 21 Jul 2026 - dating discrepancy > 7 d, redate?", [("14 Oct 2025", "DATE"), ("21 Jul 2026", "DATE")], "date-dmy-abbrev")
S("infectious disease")
M("tick bite on the 14th, EM rash by the 21st, doxy started 10/22", [("14th", "DATE"), ("21st", "DATE"), ("10/22", "DATE")], "date-ordinal date-no-year")
S("endocrinology")
M("last A1c 9.4 on 8.19.2025, before that 7.1 in Feb 2025", [("8.19.2025", "DATE"), ("Feb 2025", "DATE")], "date-other-format date-month-year")
S("pulm/ICU")
M("intubated 20251104 0312, extubated 20251107 - vent days = 3 for the VAE report", [("20251104", "DATE"), ("20251107", "DATE")], "date-other-format")
S("heme/onc")
M("C1D1 was 09/2025, restaging PET due after C4. ECOG 1", [("09/2025", "DATE")], "date-month-year")
S("pediatrics")
M("born Christmas Eve 2024 at 34 wk, now 10 mo corrected - Bayley due", [("Christmas Eve 2024", "DATE")], "holiday-date")
S("emergency medicine")
M("same pt from New Year's Day 2025, back again with the same fracture pattern", [("New Year's Day 2025", "DATE")], "holiday-date")
S("surgery")
M("lap chole on Memorial Day 2023, now with a retained stone", [("Memorial Day 2023", "DATE")], "holiday-date")
S("general/admin")
M("born the fourth of July, 1938 - she says it every visit", [("fourth of July, 1938", "DATE")], "dob date-written")
S("nephrology")
M("started HD on November 2, 2021 at Riverbend Dialysis, AVF placed 1/2022", [("November 2, 2021", "DATE"), ("Riverbend Dialysis", "LOCATION"), ("1/2022", "DATE")], "date-written facility date-month-year")
S("psychiatry")
M("last admission Jan 5-12 2024 for mania, lithium level at d/c 0.9", [("Jan 5-12 2024", "DATE")], "date-written")
S("neurology")
M("first seizure 3/15/19, second 6/2/19, none since on Keppra", [("3/15/19", "DATE"), ("6/2/19", "DATE")], "date-numeric")
S("dermatology")
M("bx 10-28-2025 showed SCC in situ, Mohs scheduled 12-02-2025", [("10-28-2025", "DATE"), ("12-02-2025", "DATE")], "date-numeric eponym")
S("OB/GYN")
M("EDD " + FW("03/18/2026") + ", GBS neg, plans epidural", [(FW("03/18/2026"), "DATE")], "fullwidth-digits date-numeric")
S("infectious disease")
M("PPD placed " + AR("11/04/2025") + ", read 48 h later: 14 mm", [(AR("11/04/2025"), "DATE")], "arabic-indic-digits date-numeric")
S("general/admin")
M("d.o.b. 1939-" + ZW + "05-17 per the old chart, new chart has 1939-05-71 (typo)", [("1939-" + ZW + "05-17", "DATE"), ("1939-05-71", "DATE")], "dob zero-width typo")
S("cardiology")
M("watchman placed 4 Sept 2024, TEE at 45 d ok, stop warfarin", [("4 Sept 2024", "DATE")], "date-dmy-abbrev")
S("nursing")
M("turned 100 on Sunday! 🎉 Mrs. Kwiatkowski, our oldest, cake in the break room", [("100", "AGE"), ("Kwiatkowski", "NAME")], "age-over-89-digits weekday name-plain")
S("cardiology")
M("92yo M with severe AS, STS 9%, TAVR vs palliation?", [("92", "AGE")], "age-over-89-digits")
S("pulm/ICU")
M("ninety-one year old, COPD GOLD E, on 3 L home O2, now hypercapnic", [("ninety-one", "AGE")], "age-over-89-words name-message-start")
S("orthopedics")
M("one hundred and three, hip fx, her granddaughter says she was walking unaided last week", [("one hundred and three", "AGE")], "age-over-89-words relative-not-named")
S("general/admin")
M("101-year-old WWII vet in 5 East, wants the hospital chaplain", [("101", "AGE")], "age-over-89-digits room-bed-number")
S("nephrology")
M("is dialysis reasonable at age 90 with a CFS of 6?", [("90", "AGE")], "age-over-89-digits")
S("heme/onc")
M("96M with new CLL, asymptomatic, Rai 0 - just watch?", [("96", "AGE")], "age-over-89-digits eponym")
S("infectious disease")
M("pt is " + FW("94") + "F, UTI vs asymptomatic bacteriuria, no urinary sx", [(FW("94"), "AGE")], "age-over-89-digits fullwidth-digits")
S("emergency medicine")
M("٩٥ yo F with delirium, UA neg, CT head neg".replace("٩٥", AR("95")), [(AR("95"), "AGE")], "age-over-89-digits arabic-indic-digits")
S("surgery")
M("a ninety-eight y/o with SBO from a hernia - OR or NG decompression and pray", [("ninety-eight", "AGE")], "age-over-89-words")
S("psychiatry")
M("capacity eval for a 93-year-old refusing placement, MoCA 21", [("93", "AGE")], "age-over-89-digits")
S("neurology")
M("AGE 99, LKW 0600, NIHSS 22 - no EVT given baseline mRS 4?", [("99", "AGE")], "age-over-89-digits allcaps")
S("endocrinology")
M("A1c target for a 91 y.o. on insulin - < 8.5 per ADA older adults?", [("91", "AGE")], "age-over-89-digits")
S("GI/hepatology")
M("colonoscopy request for a ninety year old with +FIT, GI says no", [("ninety", "AGE")], "age-over-89-words")
S("ophthalmology")
M("cataract surgery at 102, VA HM, she wants to see her great-grandkids", [("102", "AGE")], "age-over-89-digits relative-not-named")
S("dermatology")
M("Mohs vs XRT for an SCC on the scalp, pt is " + DEVA("97"), [(DEVA("97"), "AGE")], "age-over-89-digits other-script-digits")
S("general/admin")
M("dob 7/4/1931 so she's 94, right? the chart says 93", [("7/4/1931", "DATE"), ("94", "AGE"), ("93", "AGE")], "dob age-over-89-digits")
S("heme/onc")
M("Vera Lindstrom, DOB June 9 1930, MDS low risk, transfusion q3wk", [("Vera Lindstrom", "NAME"), ("June 9 1930", "DATE")], "dob date-written name-plain")
S("orthopedics")
M("surgery was Tues 3/18 and he was back at work Fri - too soon?", [("3/18", "DATE")], "date-no-year weekday")
S("OB/GYN")
M("IUD placed on the 2nd of last month, now cramping + spotting", [("2nd", "DATE")], "date-ordinal relative-time")
S("radiology")
M("compare with CT from 05/07/2023 and the MRI of 5 Nov 2024", [("05/07/2023", "DATE"), ("5 Nov 2024", "DATE")], "date-numeric date-dmy-abbrev")
S("pharmacy")
M("Suboxone last filled 10/30, early refill request on 11/12 - 5 days early", [("10/30", "DATE"), ("11/12", "DATE")], "date-no-year drug-brand-name")
S("pediatrics")
M("vaccines: MMR #1 at 12 mo (Aug '24), varicella same day", [("Aug '24", "DATE")], "date-month-year")
S("rheumatology")
M("started MTX in 2023? chart says 04/2023, Humira added October 2024", [("04/2023", "DATE"), ("October 2024", "DATE")], "date-month-year")
# -- addresses, cities, ZIP codes, facilities; place-named diseases next to real places
S("infectious disease")
M("Lyme carditis, PR 320 - he lives in Old Lyme and does trail work", [("Old Lyme", "LOCATION")], "city place-disease name-collision")
M("Norwalk virus outbreak at Norwalk Manor Nursing Home, 14 residents sick - who reports to the state?", [("Norwalk Manor Nursing Home", "LOCATION")], "facility place-disease")
M("the Coxsackie kid is actually from Coxsackie, NY - mom drove him down from there", [("Coxsackie", "LOCATION", 2)], "city place-disease relative-not-named")
M("West Nile case: 67M from Bakersfield, ZIP 93308, mosquito exposure at home", [("Bakersfield", "LOCATION"), ("93308", "LOCATION")], "city zip place-disease")
S("general/admin")
M("home address on file: 2217 Quarry Hill Rd Apt 4, Muncie IN 47303 - is it current?", [("2217 Quarry Hill Rd Apt 4", "LOCATION"), ("Muncie", "LOCATION"), ("47303", "LOCATION")], "address city zip")
S("nursing")
M("d/c to Brookhaven Manor SNF, transport at 1400, report called to the charge nurse", [("Brookhaven Manor SNF", "LOCATION")], "facility clock-time")
S("pediatrics")
M("school nurse at Lincoln Elementary called - 2nd grader with a Lincoln sign? no, a bounding pulse, she read about AR lol", [("Lincoln Elementary", "LOCATION")], "facility name-collision eponym")
S("nephrology")
M("transfer from Pinecrest Dialysis Center, missed 2 runs, K 7.1", [("Pinecrest Dialysis Center", "LOCATION")], "facility dose-lab")
S("emergency medicine")
M("pt walked in from Ridgeview Urgent Care with a note: 'r/o appy'", [("Ridgeview Urgent Care", "LOCATION")], "facility")
S("pulm/ICU")
M("transfer from Tyler, the outside hospital is St. Agatha's Regional, pt on 2 pressors", [("Tyler", "LOCATION"), ("St. Agatha's Regional", "LOCATION")], "city facility name-lookalike")
S("cardiology")
M("he lives at 48 Beacon Street #3R, Marion, 5 flights up - no elevator, HF with NYHA III", [("48 Beacon Street #3R", "LOCATION"), ("Marion", "LOCATION")], "address city name-lookalike")
S("psychiatry")
M("was found wandering near the Eugene bus depot, lives at Willow Creek Group Home", [("Eugene", "LOCATION"), ("Willow Creek Group Home", "LOCATION")], "city facility name-lookalike")
S("OB/GYN")
M("delivered at Mercy West, transferred here for the NICU, mom lives in Florence", [("Mercy West", "LOCATION"), ("Florence", "LOCATION")], "facility city name-lookalike")
S("pediatrics")
M("9 yo at Cedar Falls Middle School had an anaphylactic reaction, epi given by the school nurse", [("Cedar Falls Middle School", "LOCATION")], "facility age-under-90")
S("orthopedics")
M("rehab at Hope Valley Rehabilitation Hospital after the TKA, PT 3 h/day", [("Hope Valley Rehabilitation Hospital", "LOCATION")], "facility name-common-word")
S("general/admin")
M("/draft referral to Dr. Haruki Sato at Lakeshore Neurology Associates, 901 N Lakeshore Dr Ste 210, Chicago 60611", [("Haruki Sato", "NAME"), ("Lakeshore Neurology Associates", "LOCATION"), ("901 N Lakeshore Dr Ste 210", "LOCATION"), ("Chicago", "LOCATION"), ("60611", "LOCATION")], "slash-command address facility name-clinician")
S("endocrinology")
M("lives alone in a trailer off Route 9 in Dorchester Heights, insulin kept in a cooler", [("Route 9", "LOCATION"), ("Dorchester Heights", "LOCATION")], "city address")
S("infectious disease")
M("Ross River virus in a pt who actually lives on Ross River Road? she's never left Ohio - 4410 Ross River Rd, Chillicothe", [("Ross River Road", "LOCATION"), ("4410 Ross River Rd", "LOCATION"), ("Chillicothe", "LOCATION")], "address city place-disease name-collision")
S("nursing")
M("family says he lived at the Sunrise of Pleasant Hill ALF until the fall", [("Sunrise of Pleasant Hill ALF", "LOCATION")], "facility relative-not-named")
S("heme/onc")
M("getting chemo at Maplewood Cancer Center in Stillwater, 74082, wants to transfer care here", [("Maplewood Cancer Center", "LOCATION"), ("Stillwater", "LOCATION"), ("74082", "LOCATION")], "facility city zip")
S("emergency medicine")
M("found down at 1130 Ember Ln, Apt B by her neighbor, EMS says 2 days", [("1130 Ember Ln, Apt B", "LOCATION")], "address relative-time")
S("pulm/ICU")
M("Valley fever in a farmworker from Delano, 93215 - fluconazole 400", [("Delano", "LOCATION"), ("93215", "LOCATION")], "city zip place-disease")
S("psychiatry")
M("Baker Act initiated at Palm Harbor Behavioral, transferred for medical clearance", [("Palm Harbor Behavioral", "LOCATION")], "facility named-law")
S("pediatrics")
M("daycare is Little Sprouts on Greer Ave - 3 other kids with HFMD", [("Little Sprouts", "LOCATION"), ("Greer Ave", "LOCATION")], "facility address")
S("general/admin")
M("mailing address is PO Box 1187, Kalispell MT 59903 - pharmacy can't ship to a PO box", [("PO Box 1187", "LOCATION"), ("Kalispell", "LOCATION"), ("59903", "LOCATION")], "address city zip")
S("GI/hepatology")
M("colonoscopy at Birchwood Endoscopy Center 6/12/2025 showed 3 TAs", [("Birchwood Endoscopy Center", "LOCATION"), ("6/12/2025", "DATE")], "facility date-numeric")
S("ophthalmology")
M("cataract done at the Fairhaven Eye Institute, now CME OD", [("Fairhaven Eye Institute", "LOCATION")], "facility")
S("rheumatology")
M("she drives 3 h from Dalhart for every infusion, can we do home infusion?", [("Dalhart", "LOCATION")], "city")
S("cardiology")
M("cardiac rehab closer to home? she lives in Bellingham, 98225, 90 min each way", [("Bellingham", "LOCATION"), ("98225", "LOCATION")], "city zip")
S("neurology")
M("lives in Lafayette with her son Austin, drives herself to clinic despite the seizures", [("Lafayette", "LOCATION"), ("Austin", "NAME")], "city name-relative name-lookalike")
S("infectious disease")
M("Lassa fever PUI? no travel - she's from Lassen County, never left CA", [("Lassen County", "LOCATION")], "place-disease city")
S("surgery")
M("student at Northfield Community College, needs a note for missed exams after the appy", [("Northfield Community College", "LOCATION")], "facility")
S("general/admin")
M("Tell the courier: 77 Orchard Pl, Unit 12, Spring Hill 37174", [("77 Orchard Pl, Unit 12", "LOCATION"), ("Spring Hill", "LOCATION"), ("37174", "LOCATION")], "address city zip")
# -- phone, fax, e-mail, SSN, MRN, health plan, account
S("general/admin")
M("call back Mrs. Albrecht at (312) 555-0147 re: the biopsy result", [("Albrecht", "NAME"), ("(312) 555-0147", "PHONE")], "phone name-plain")
M("daughter's cell 708.555.0162, she's the HCP", [("708.555.0162", "PHONE")], "phone relative-not-named")
M("fax the records to 415-555-0133 attn: medical records", [("415-555-0133", "FAX")], "fax")
M("/draft referral, fax to (646) 555-0178, cc Dr. Ibarra at ibarra.clinic@example.org", [("(646) 555-0178", "FAX"), ("Ibarra", "NAME"), ("ibarra.clinic@example.org", "EMAIL")], "slash-command fax email name-clinician")
S("pharmacy")
M("pharmacy callback +1 202 555 0119 ext 42, they need the DEA on the Norco rx", [("+1 202 555 0119 ext 42", "PHONE")], "phone drug-brand-name")
S("nursing")
M("son's number is five five five, oh one nine one, area code six one seven", [("five five five, oh one nine one, area code six one seven", "PHONE")], "phone-words phone relative-not-named")
S("psychiatry")
M("crisis plan: if he calls 555-0123 again at night, the on-call NP picks up", [("555-0123", "PHONE")], "phone")
S("OB/GYN")
M("pt's partner Raúl: 9 1 9 - 5 5 5 - 0 1 8 4, he speaks Spanish only", [("Raúl", "NAME"), ("9 1 9 - 5 5 5 - 0 1 8 4", "PHONE")], "phone spaced-digits name-relative")
S("general/admin")
M("home phone " + FW("503-555-0172") + " per the intake form", [(FW("503-555-0172"), "PHONE")], "phone fullwidth-digits")
M("alt # 314" + ZW + "-555-" + ZWNJ + "0150 (her work)", [("314" + ZW + "-555-" + ZWNJ + "0150", "PHONE")], "phone zero-width")
S("heme/onc")
M("email the port instructions to bree.castellanos@example.com and her mom", [("bree.castellanos@example.com", "EMAIL")], "email relative-not-named")
S("dermatology")
M("pt emailed photos from tmullins AT example DOT net, can't open them", [("tmullins AT example DOT net", "EMAIL")], "email-obfuscated email")
M("send the Mohs pre-op sheet to g.ferraro(at)example.org", [("g.ferraro(at)example.org", "EMAIL")], "email-obfuscated email")
S("endocrinology")
M("he wrote his email as reggie dot okafor at example dot com on the form", [("reggie dot okafor at example dot com", "EMAIL")], "email-obfuscated email")
S("general/admin")
M("portal login is wanda.pietrowski+mychart@example.org, she forgot the password", [("wanda.pietrowski+mychart@example.org", "EMAIL")], "email")
M("e-mail: ｌｉｌｙ．ｈａｒｔ＠ｅｘａｍｐｌｅ．ｃｏｍ (she typed it with the Japanese keyboard)", [("ｌｉｌｙ．ｈａｒｔ＠ｅｘａｍｐｌｅ．ｃｏｍ", "EMAIL")], "email fullwidth-letters")
S("general/admin")
M("SSN 912-44-7781 on the old facesheet, wrong pt? MRN 30581127", [("912-44-7781", "SSN"), ("30581127", "MRN")], "ssn mrn")
M("billing needs the last 4 of his SSN: 0921", [("0921", "SSN")], "ssn-partial ssn")
M("masked SSN on the form is xxx-xx-4410, the rest is illegible", [("4410", "SSN")], "ssn-partial ssn")
M("ss# 000 12 3456 - that can't be right, check with registration", [("000 12 3456", "SSN")], "ssn spaced-digits")
M("soc sec " + AR("987-65-4320") + " per the scanned card", [(AR("987-65-4320"), "SSN")], "ssn arabic-indic-digits")
S("cardiology")
M("MRN 50293318 - can you pull the last echo and compare LV size", [("50293318", "MRN")], "mrn")
S("pulm/ICU")
M("pls check 40988215, the PFTs look swapped with someone else's", [("40988215", "MRN")], "mrn no-label")
S("GI/hepatology")
M(CYR_M + "RN: 61120457, colonoscopy prep questions", [("61120457", "MRN")], "mrn homoglyph")
S("surgery")
M("Ｍ" + "ＲＮ " + FW("72810394") + " - consent is missing", [(FW("72810394"), "MRN")], "mrn fullwidth-digits fullwidth-letters")
S("neurology")
M("chart # 3 0 4 1 7 7 9 2, the EEG report is under the wrong encounter", [("3 0 4 1 7 7 9 2", "MRN")], "mrn spaced-digits")
S("nephrology")
M("med rec # 88120" + ZW + "943 - transplant list paperwork", [("88120" + ZW + "943", "MRN")], "mrn zero-width")
S("general/admin")
M("Medicaid ID YH48822910, pt says it lapsed", [("YH48822910", "HEALTH_PLAN")], "health-plan")
M("MBI 1EG4-TE5-MK72 on the Medicare card, she brought a copy", [("1EG4-TE5-MK72", "HEALTH_PLAN")], "health-plan insurer")
M("member id W28830194701, group 00412 (group # is fine to share, right?)", [("W28830194701", "HEALTH_PLAN")], "health-plan")
M("Medi-Cal BIC 91827364A, share of cost pending", [("91827364A", "HEALTH_PLAN")], "health-plan")
M("subscriber id is her husband's: BCX-448-2910-02", [("BCX-448-2910-02", "HEALTH_PLAN")], "health-plan relative-not-named")
S("pharmacy")
M("policy # " + FW("HPN7732810") + " for the Zepbound PA", [(FW("HPN7732810"), "HEALTH_PLAN")], "health-plan fullwidth-digits drug-brand-name")
S("general/admin")
M("guarantor acct 8812093344 has a balance, financial counselor?", [("8812093344", "ACCOUNT")], "account")
M("FIN 22-0093817 for the ED visit, HAR 7761230 for the admit", [("22-0093817", "ACCOUNT"), ("7761230", "ACCOUNT")], "account")
M("billing account # 4471-2290-18, charity care application pending", [("4471-2290-18", "ACCOUNT")], "account")
M("acct no. 99" + THIN + "310" + THIN + "4482 (from the statement she brought)", [("99" + THIN + "310" + THIN + "4482", "ACCOUNT")], "account thin-space")
# -- licences, vehicles, devices, URLs, IPs, biometrics, photos, other ids
S("pharmacy")
M("DEA BM4417823 and NPI 1992837460 for Dr. Kessler, the pharmacy needs both on the C2", [("BM4417823", "LICENSE"), ("1992837460", "LICENSE"), ("Kessler", "NAME")], "clinician-license name-clinician")
M("prescriber NPI 1538276641 doesn't match the name on the rx, call Dr. Anand Pillai", [("1538276641", "LICENSE"), ("Anand Pillai", "NAME")], "clinician-license name-clinician")
S("nursing")
M("RN license RN-0982271 expired, she can't pick up shifts until renewed", [("RN-0982271", "LICENSE")], "clinician-license")
S("general/admin")
M("ID on file: driver's license D412-7781-9920, registration scanned it", [("D412-7781-9920", "LICENSE")], "drivers-license")
M("DL# " + FW("S53018822") + " (from the photo of the card)", [(FW("S53018822"), "LICENSE")], "drivers-license fullwidth-digits")
S("emergency medicine")
M("MVC: pt's car plate 7KXR291, police need the BAC, do we release it?", [("7KXR291", "VEHICLE")], "vehicle")
M("his truck (VIN 3FTEW1E58KM112804) is still in the ED ambulance bay, security wants it moved", [("3FTEW1E58KM112804", "VEHICLE")], "vehicle")
S("psychiatry")
M("she sleeps in her car, plate CJX 4417, parked in lot C - outreach team can find her there", [("CJX 4417", "VEHICLE")], "vehicle")
S("general/admin")
M("handicap placard for plate " + FW("8BHT552") + " - form signed", [(FW("8BHT552"), "VEHICLE")], "vehicle fullwidth-digits")
S("cardiology")
M("ICD interrogation: device SN PJN882104H, 2 appropriate shocks, battery 6.2 y", [("PJN882104H", "DEVICE")], "device-serial")
M("pacer serial 7G4 on the card (old Medtronic), MRI conditional?", [("7G4", "DEVICE")], "device-serial-short device-serial")
S("endocrinology")
M("Omnipod PDM serial 4A71-0093-XQ lost, replacement order", [("4A71-0093-XQ", "DEVICE")], "device-serial drug-brand-name")
S("orthopedics")
M("implant log: femoral stem lot 0412, serial ZS-44812-07 - the recall list has it", [("ZS-44812-07", "DEVICE")], "device-serial")
S("ENT")
M("cochlear implant S/N " + ZW + "CI" + ZW + "-88213" + ZW + " - processor not pairing", [("CI" + ZW + "-88213", "DEVICE")], "device-serial zero-width")
S("general/admin")
M("her portal link https://portal.example.org/pt/88213/summary isn't loading", [("https://portal.example.org/pt/88213/summary", "URL")], "url")
M("he posted his whole story on example.com/u/hwong_lymphoma_journey, the family wants us to read it", [("example.com/u/hwong_lymphoma_journey", "URL")], "url relative-not-named")
M("telehealth link for Mr. Ostrowski: https://visit.example.net/r/ostrowski-8812", [("Ostrowski", "NAME"), ("https://visit.example.net/r/ostrowski-8812", "URL")], "url name-plain")
M("GoFundMe-type page at www.example.org/help-for-dana-kaye for her transplant costs", [("www.example.org/help-for-dana-kaye", "URL")], "url")
S("radiology")
M("PACS viewer for outside films: http://198.51.100.23:8080/study/99120", [("http://198.51.100.23:8080/study/99120", "URL")], "url ip")
S("general/admin")
M("the pt's home monitor uploads from 192.0.2.44, IT says it's flooding the server", [("192.0.2.44", "IP")], "ip")
M("login flagged from 203.0.113.17 on her MyChart, possible proxy access by the son", [("203.0.113.17", "IP")], "ip relative-not-named")
M("remote access from 2001:db8::7a:1c to the pump dashboard - whose device is that", [("2001:db8::7a:1c", "IP")], "ip")
S("cardiology")
M("CIED remote monitor IP " + FW("198.51.100.8") + " keeps dropping", [(FW("198.51.100.8"), "IP")], "ip fullwidth-digits")
S("general/admin")
M("fingerprint template FP-4471-AX9 on file for the med cabinet override, belongs to the float RN", [("FP-4471-AX9", "BIOMETRIC")], "biometric")
M("voiceprint ID VP-0091823 for the pt's phone verification didn't match", [("VP-0091823", "BIOMETRIC")], "biometric")
S("ophthalmology")
M("retina scan hash 9f2c41ab77d0 from the research enrollment, should not be in the chart", [("9f2c41ab77d0", "BIOMETRIC")], "biometric")
S("general/admin")
M("palm-vein enrollment file palm_0442817.dat for the patient ID kiosk", [("palm_0442817.dat", "BIOMETRIC")], "biometric")
M("face template FT-" + ZW + "77310 linked to the wrong pt at check-in", [("FT-" + ZW + "77310", "BIOMETRIC")], "biometric zero-width")
S("dermatology")
M("wound pics are IMG_20251103_142210.jpg and IMG_20251103_142233.jpg in the shared drive", [("IMG_20251103_142210.jpg", "PHOTO"), ("IMG_20251103_142233.jpg", "PHOTO")], "photo-filename photo-date-lookalike")
M("attached: rash_tkowalski_1104.png - is this SJS?", [("rash_tkowalski_1104.png", "PHOTO")], "photo-filename")
S("general/admin")
M("see Screenshot 2025-11-03 at 2.14.07 PM.png for the error the pt got", [("Screenshot 2025-11-03 at 2.14.07 PM.png", "PHOTO")], "photo-filename photo-date-lookalike")
S("orthopedics")
M("PXL_20251021_093015227.jpg is the deformity pre-reduction", [("PXL_20251021_093015227.jpg", "PHOTO")], "photo-filename name-message-start")
S("ophthalmology")
M("fundus photo fundus_OD_Marquez.tiff is in the folder", [("fundus_OD_Marquez.tiff", "PHOTO")], "photo-filename")
S("pathology")
M("path accession S25-18842, please add the HER2 IHC", [("S25-18842", "ID")], "other-id")
M("outside slides case # SP-24-003917 arrived, review?", [("SP-24-003917", "ID")], "other-id")
S("general/admin")
M("claim CLM7730019923 denied, prior auth # PA-44-9912 was approved though", [("CLM7730019923", "ID"), ("PA-44-9912", "ID")], "other-id")
M("passport X44189027 for the int'l pt's records release", [("X44189027", "ID")], "other-id")
S("heme/onc")
M("study subject SUBJ-0412 on the trial, 2nd dose tomorrow - the SUBJ id goes on the label only", [("SUBJ-0412", "ID")], "other-id")
S("general/admin")
M("EMPI 8820019334 merged with the wrong pt, HIM needs to unmerge", [("8820019334", "ID")], "other-id")
S("genetics")
M("GeneDx accession GDX-77218-B for the panel, and the registry id CFR-00921", [("GDX-77218-B", "ID"), ("CFR-00921", "ID")], "other-id")
S("pediatrics")
M("newborn screen kit # " + DEVA("20931187") + " came back with elevated C5", [(DEVA("20931187"), "ID")], "other-id other-script-digits")
# -- pasted note fragments and slash commands with several identifiers
S("general/admin")
M("/draft discharge summary for Okafor, Chinedu (MRN 30417725), admitted 10/28/2025, d/c 11/02/2025, f/u with Dr. Ruth Abramowitz in 2 wk", [("Okafor, Chinedu", "NAME"), ("30417725", "MRN"), ("10/28/2025", "DATE"), ("11/02/2025", "DATE"), ("Ruth Abramowitz", "NAME")], "slash-command name-last-first mrn date-numeric")
S("cardiology")
M("HPI: Mr. Delacroix-Wynn is a 94 y/o M from Harbor View Manor w/ CP x 2 h. Daughter Simone at bedside.", [("Delacroix-Wynn", "NAME"), ("94", "AGE"), ("Harbor View Manor", "LOCATION"), ("Simone", "NAME")], "pasted-note name-hyphenated age-over-89-digits facility")
S("OB/GYN")
M("Pt: Lopez-Ybarra, Marisol  DOB: 06/17/1991  G3P2  EDD 12/24/2025  Attending: Dr. Weiss", [("Lopez-Ybarra, Marisol", "NAME"), ("06/17/1991", "DATE"), ("12/24/2025", "DATE"), ("Weiss", "NAME")], "pasted-note name-last-first dob name-clinician")
S("pediatrics")
M("/draft school note for Mateo Ruiz-Banks (DOB 3/9/2016), out 11/4-11/6 for pneumonia, ok to return to Westbrook Elementary on 11/7", [("Mateo Ruiz-Banks", "NAME"), ("3/9/2016", "DATE"), ("11/4", "DATE"), ("11/6", "DATE"), ("Westbrook Elementary", "LOCATION"), ("11/7", "DATE")], "slash-command name-hyphenated dob facility")
S("emergency medicine")
M("ED note: 47M brought by wife (Tamsin Rourke, 555-0168) after a syncopal episode at the Costco on Harlan Blvd", [("Tamsin Rourke", "NAME"), ("555-0168", "PHONE"), ("Harlan Blvd", "LOCATION")], "pasted-note name-relative phone address")
S("heme/onc")
M("/evidence venetoclax dosing with posaconazole - for pt Amara Nwosu (MRN 7741290), AML, 68F", [("Amara Nwosu", "NAME"), ("7741290", "MRN")], "slash-command name-plain mrn age-under-90")
S("nephrology")
M("Name: REYES-OCAMPO, TEODORO | Age: 91 | Dialysis unit: Lakeside Kidney Center | Nephrologist: Dr. Farah Qureshi", [("REYES-OCAMPO, TEODORO", "NAME"), ("91", "AGE"), ("Lakeside Kidney Center", "LOCATION"), ("Farah Qureshi", "NAME")], "pasted-note name-allcaps age-over-89-digits facility")
S("psychiatry")
M("/draft letter to the court re: AOT for Kendra's Law, pt Dorian Vasquez, DOB 1/30/1988, currently at Greystone Crisis Unit", [("Dorian Vasquez", "NAME"), ("1/30/1988", "DATE"), ("Greystone Crisis Unit", "LOCATION")], "slash-command named-law dob facility")
S("surgery")
M("OP NOTE header - Patient: Whitlock, Fern A. | Surgeon: Castellano | Assist: Ines Duarte, PA-C | Date: 11/05/2025", [("Whitlock, Fern A.", "NAME"), ("Castellano", "NAME"), ("Ines Duarte", "NAME"), ("11/05/2025", "DATE")], "pasted-note name-last-first name-clinician date-numeric")
S("infectious disease")
M("/draft letter to the county health dept: measles case, Oliver Brandt, 4 yo, attends Happy Trails Daycare, 1215 Pine Hollow Rd, contact mom at 617-555-0193", [("Oliver Brandt", "NAME"), ("Happy Trails Daycare", "LOCATION"), ("1215 Pine Hollow Rd", "LOCATION"), ("617-555-0193", "PHONE")], "slash-command facility address phone")
S("orthopedics")
M("PT ref: Gunnar Halvorsen, s/p R TKA 10/21/25 at Summit Orthopedic Surgery Center, WBAT", [("Gunnar Halvorsen", "NAME"), ("10/21/25", "DATE"), ("Summit Orthopedic Surgery Center", "LOCATION")], "pasted-note date-numeric facility")
S("general/admin")
M("registration: Kamau, Wanjiru; DOB 12-01-1974; Medicaid ID CA88112934; home 1402 Vista Del Mar, Oxnard 93035", [("Kamau, Wanjiru", "NAME"), ("12-01-1974", "DATE"), ("CA88112934", "HEALTH_PLAN"), ("1402 Vista Del Mar", "LOCATION"), ("Oxnard", "LOCATION"), ("93035", "LOCATION")], "pasted-note name-last-first health-plan address")
S("pulm/ICU")
M("/summarize the ICU course for Bartholomew Lindgren ('Bart'), 90M, admitted 11/1 from Oak Terrace SNF", [("Bartholomew Lindgren", "NAME"), ("Bart", "NAME"), ("90", "AGE"), ("11/1", "DATE"), ("Oak Terrace SNF", "LOCATION")], "slash-command name-nickname age-over-89-digits facility")
S("dermatology")
M("consult for Priscilla Thornbury-Hale (MRN 60023817): SJS vs TEN, started on lamotrigine 10/15", [("Priscilla Thornbury-Hale", "NAME"), ("60023817", "MRN"), ("10/15", "DATE")], "name-hyphenated mrn date-no-year")
S("endocrinology")
M("A/P for Hollis Grant (acct 5521890043): DKA resolved, transition to basal-bolus, diabetes educator Maureen to see before d/c", [("Hollis Grant", "NAME"), ("5521890043", "ACCOUNT"), ("Maureen", "NAME")], "pasted-note account name-clinician name-common-word")
S("neurology")
M("EEG req: Tobias Wren, DOB 08/08/2008, breakthrough sz 11/3, on Xcopri", [("Tobias Wren", "NAME"), ("08/08/2008", "DATE"), ("11/3", "DATE")], "pasted-note dob drug-brand-name")
S("ENT")
M("/draft prior auth for Inspire in Calvin Rhodes, member id UHC7720193318, AHI 38, BMI 31", [("Calvin Rhodes", "NAME"), ("UHC7720193318", "HEALTH_PLAN")], "slash-command health-plan drug-brand-name")
S("radiology")
M("read for Esperanza Villalobos, acc# RAD-25-441902: BI-RADS 5, recall + bx", [("Esperanza Villalobos", "NAME"), ("RAD-25-441902", "ID")], "other-id name-plain")
S("pharmacy")
M("PA denied for Mounjaro for Thaddeus Ogunleye, claim 88172300193, appeal by 11/20", [("Thaddeus Ogunleye", "NAME"), ("88172300193", "ID"), ("11/20", "DATE")], "other-id date-no-year drug-brand-name")
S("nursing")
M("handoff: rm 3 Ms. Juniper Hale (allergic to PCN), rm 4 Mr. Ozturk - 1:1 sitter, rm 5 empty", [("Juniper Hale", "NAME"), ("Ozturk", "NAME")], "name-common-word room-bed-number pasted-note")
S("GI/hepatology")
M("Liver tx eval: Desmond Achterberg, MELD 27, lives 3 h away in Sioux Center, wife Greta drives", [("Desmond Achterberg", "NAME"), ("Sioux Center", "LOCATION"), ("Greta", "NAME")], "city name-relative")
S("ophthalmology")
M("referral letter: Ms. Ottoline Prewitt, 95, wet AMD OS, ph 513-555-0107, prefers mornings", [("Ottoline Prewitt", "NAME"), ("95", "AGE"), ("513-555-0107", "PHONE")], "age-over-89-digits phone name-plain")
S("rheumatology")
M("Infusion sched: Saoirse Mulcahy - Benlysta q4wk, next 12/1, chair 6, email reminder to smulcahy@example.net", [("Saoirse Mulcahy", "NAME"), ("12/1", "DATE"), ("smulcahy@example.net", "EMAIL")], "date-no-year email room-bed-number")
S("genetics")
M("pedigree: proband Ingrid Solberg, her father Anders had colon ca at 44, paternal aunt Liv uterine ca at 50", [("Ingrid Solberg", "NAME"), ("Anders", "NAME"), ("Liv", "NAME")], "name-relative name-short")
S("nephrology")
M("tx coordinator Hector Balderrama says Ms. Achebe's crossmatch is back, call her at 773-555-0134", [("Hector Balderrama", "NAME"), ("Achebe", "NAME"), ("773-555-0134", "PHONE")], "name-clinician name-possessive phone")
S("emergency medicine")
M("LWBS list: Farrow (chest pain), Ignatius Pell (lac), baby Quinn (fever) - call them back", [("Farrow", "NAME"), ("Ignatius Pell", "NAME"), ("Quinn", "NAME")], "name-short name-plain")
S("pediatrics")
M("NICU: Baby Boy Szymanski, 27+3, born 11/02/2025 at 0412, BW 980 g", [("Szymanski", "NAME"), ("11/02/2025", "DATE")], "date-numeric clock-time")
S("surgery")
M("add-on case: Prudence Oyelowo, lap appy, NPO since 0600, consent w/ her aunt Comfort as interpreter", [("Prudence Oyelowo", "NAME"), ("Comfort", "NAME")], "name-common-word name-relative")
S("general/admin")
M("FMLA form for Winston Achterberg's son Kip - needs diagnosis dates 9/15/2025-10/30/2025", [("Winston Achterberg", "NAME"), ("Kip", "NAME"), ("9/15/2025", "DATE"), ("10/30/2025", "DATE")], "name-possessive name-relative date-numeric")
S("psychiatry")
M("collateral from the roommate, Jodie (555-0110): pt hasn't slept in 5 days, bought 3 cars", [("Jodie", "NAME"), ("555-0110", "PHONE")], "name-short phone")
# -- Unicode-obfuscated names and identifiers
S("general/admin")
M("pt is Mar" + ZW + "garet Oduya, not Margaret Oduya-Lee - two charts, same birthday", [("Mar" + ZW + "garet Oduya", "NAME"), ("Margaret Oduya-Lee", "NAME")], "zero-width name-hyphenated")
S("cardiology")
M(FW("Kowalski") + " in bed 4 needs the heparin nomogram restarted", [(FW("Kowalski"), "NAME")], "fullwidth-letters name-message-start room-bed-number")
S("pulm/ICU")
M("Mr. " + CYR_R + "ennington's ABG: 7.28/61/55 on 40%", [(CYR_R + "ennington", "NAME")], "homoglyph name-possessive")
S("nursing")
M("bed 8 is " + "Gw" + CYR_e + "n Mar" + CYR_o + "ney, fall precautions", [("Gw" + CYR_e + "n Mar" + CYR_o + "ney", "NAME")], "homoglyph room-bed-number")
S("psychiatry")
M(RLM + "Nadia Haddad" + RLM + " 5150 hold, eval at 1500", [("Nadia Haddad", "NAME")], "bidi-mark name-message-start")
S("heme/onc")
M("Ms. Fen" + ZWJ + "wick-Adair counts: ANC 0.2, plt 8", [("Fen" + ZWJ + "wick-Adair", "NAME")], "zero-width name-hyphenated dose-lab")
S("general/admin")
M("the name on the wristband reads H" + NBSP + "O" + NBSP + "P" + NBSP + "E  " + "W" + NBSP + "E" + NBSP + "L" + NBSP + "L" + NBSP + "S - spaced out by the label printer", [("H" + NBSP + "O" + NBSP + "P" + NBSP + "E  " + "W" + NBSP + "E" + NBSP + "L" + NBSP + "L" + NBSP + "S", "NAME")], "nbsp name-allcaps name-common-word")
S("OB/GYN")
M("MRN " + AR("40017723") + " / " + "Shireen Barakat" + ", triage for decreased FM", [(AR("40017723"), "MRN"), ("Shireen Barakat", "NAME")], "arabic-indic-digits mrn name-plain")
S("endocrinology")
M("DOB " + FA("1942/03/15") + " on the Farsi consent, matches the chart", [(FA("1942/03/15"), "DATE")], "dob other-script-digits")
S("general/admin")
M("phone " + BN("718") + "-555-" + BN("0146") + " from the Bengali intake form", [(BN("718") + "-555-" + BN("0146"), "PHONE")], "phone other-script-digits")
S("pharmacy")
M("rx for Ros" + WJ + "alind Ekwueme, Lantus pens x5", [("Ros" + WJ + "alind Ekwueme", "NAME")], "zero-width drug-brand-name")
S("orthopedics")
M("DOB 0" + ZW + "4/2" + ZW + "2/1933 - 92 today, happy birthday in the OR?", [("0" + ZW + "4/2" + ZW + "2/1933", "DATE"), ("92", "AGE")], "zero-width dob age-over-89-digits")
S("general/admin")
M("SSN 9" + ZWNJ + "01-2" + ZWNJ + "2-8834 in the free-text field, please redact", [("9" + ZWNJ + "01-2" + ZWNJ + "2-8834", "SSN")], "zero-width ssn")
S("nephrology")
M("age: " + FW("ninety-two") + " per the transfer form", [(FW("ninety-two"), "AGE")], "age-over-89-words fullwidth-letters")
S("radiology")
M("pt Ｏｌａｆ Ｂｅｒｇｓｔｒöｍ, CT abd from OSH loaded", [("Ｏｌａｆ Ｂｅｒｇｓｔｒöｍ", "NAME")], "fullwidth-letters name-plain")
S("infectious disease")
M("contact tracing: " + GRK_O + "livia Brandt's coworker is symptomatic, call 206-555-0108", [(GRK_O + "livia Brandt", "NAME"), ("206-555-0108", "PHONE")], "homoglyph name-possessive phone")
S("general/admin")
M("email " + "jmcd" + ZW + "ermott@example.org" + " bounced", [("jmcd" + ZW + "ermott@example.org", "EMAIL")], "email zero-width")
S("emergency medicine")
M("plate " + "8" + ZW + "LMN" + ZW + "204 from the dashcam", [("8" + ZW + "LMN" + ZW + "204", "VEHICLE")], "vehicle zero-width")
S("cardiology")
M("pacer SN " + FW("RXN") + "-" + FW("40921") + ", Boston Sci remote", [(FW("RXN") + "-" + FW("40921"), "DEVICE")], "device-serial fullwidth-digits")
S("heme/onc")
M("acc# " + "S" + NNBSP + "25" + NNBSP + "19" + NNBSP + "044 for the marrow", [("S" + NNBSP + "25" + NNBSP + "19" + NNBSP + "044", "ID")], "other-id nbsp")
S("general/admin")
M("url: portal" + ZW + ".example.com/records/88331 - pt shared it in the chat", [("portal" + ZW + ".example.com/records/88331", "URL")], "url zero-width")
M("the visit was " + "١١/٠٣/٢٠٢٥" + " per the Arabic discharge paper", [("١١/٠٣/٢٠٢٥", "DATE")], "arabic-indic-digits date-numeric")
# -- more names in everyday clinical chatter, across specialties
S("cardiology")
M("Brewer's troponin is 2.4 and rising, cath lab called - Lionel Brewer, 61M", [("Brewer", "NAME"), ("Lionel Brewer", "NAME")], "name-possessive name-message-start")
M("can you look at Mrs. Honeycutt's ECG? I think it's de Winter", [("Honeycutt", "NAME")], "name-possessive eponym")
M("Duroziez sign on Kwame Asante, AR severe, 3+ - surgery consult", [("Kwame Asante", "NAME")], "name-plain eponym")
S("neurology")
M("Lhermitte positive in Ms. Dunleavy, new MS? MRI brain + C-spine", [("Dunleavy", "NAME")], "name-short eponym")
M("tPA decision for Hyun-woo Park, LKW 1315, NIHSS 7, BP 178/94", [("Hyun-woo Park", "NAME")], "name-hyphenated clock-time vitals")
M("Dr. Ngata did the Dix-Hallpike, positive on the R - Epley in clinic", [("Ngata", "NAME")], "name-clinician eponym")
S("dermatology")
M("Wickham striae in Rowena Achterberg-Smith, hep C Ab positive", [("Rowena Achterberg-Smith", "NAME")], "name-hyphenated eponym")
M("spoke w/ Ginny about her isotretinoin iPLEDGE, next pregnancy test due", [("Ginny", "NAME")], "name-short name-after-preposition")
S("rheumatology")
M("Schober 2 cm on Declan Fitzgerald, 29M, HLA-B27+", [("Declan Fitzgerald", "NAME")], "name-plain eponym")
M("pls call Florence re: her Benlysta, she's in Florence this month visiting family", [("Florence", "NAME"), ("Florence", "LOCATION")], "name-common-word city name-collision")
S("infectious disease")
M("Salmonella in Ms. Salmon's stool cx, yes really - Bettina Salmon, 54F", [("Salmon", "NAME", 2), ("Bettina Salmon", "NAME")], "name-collision name-possessive")
M("Koplik spots on the Abernathy twins (Eli and Noah), unvaccinated", [("Abernathy", "NAME"), ("Eli", "NAME"), ("Noah", "NAME")], "name-short eponym")
M("ID consult for Curtis Fitzhugh: it IS Fitz-Hugh-Curtis, RUQ pain + GC positive", [("Curtis Fitzhugh", "NAME")], "name-collision eponym")
S("heme/onc")
M("Evans syndrome in little Evangeline Ross, 7 - rituximab?", [("Evangeline Ross", "NAME")], "name-collision eponym")
M("BMBx for Mr. Tennyson done, prelim shows 40% blasts. Tennyson's wife Opal is asking", [("Tennyson", "NAME"), ("Tennyson", "NAME"), ("Opal", "NAME")], "name-possessive name-relative name-common-word")
S("pediatrics")
M("Ortolani positive in baby Autumn Reyes-Whitfield, Pavlik started", [("Autumn Reyes-Whitfield", "NAME")], "name-common-word name-hyphenated eponym")
M("peds f/u: Jaxon's mom (Krystal) says the Augmentin rash is back", [("Jaxon", "NAME"), ("Krystal", "NAME")], "name-possessive name-relative drug-brand-name")
M("Apgar 8/9 for baby Apgar - no joke, parents are Virginia and Luis Apgar", [("Apgar", "NAME", 2), ("Virginia", "NAME"), ("Luis Apgar", "NAME")], "name-collision name-relative score-fraction")
S("OB/GYN")
M("Hegar sign documented by Dr. Hegarty? pt is Sloane Whitaker, 8 wk", [("Hegarty", "NAME"), ("Sloane Whitaker", "NAME")], "name-clinician eponym")
M("Leopold maneuvers on Mrs. Leopold - Greta Leopold, breech, ECV scheduled", [("Leopold", "NAME", 2), ("Greta Leopold", "NAME")], "name-collision")
S("orthopedics")
M("Jefferson fx in Jefferson Boyd, 22M, diving accident", [("Jefferson Boyd", "NAME")], "name-collision eponym")
M("Thomas test on Mr. Thomas Quarles positive, THA planned", [("Thomas Quarles", "NAME")], "name-collision eponym")
M("Weber C in Weber, Klaus - syndesmosis screw", [("Weber, Klaus", "NAME")], "name-collision name-last-first eponym")
S("ophthalmology")
M("Amsler grid changes for Magdalena Ostrowska-Pike, OCT today", [("Magdalena Ostrowska-Pike", "NAME")], "name-hyphenated eponym")
M("Graves orbitopathy in Mr. Ezekiel Graves-Monroe, CAS 5/7", [("Ezekiel Graves-Monroe", "NAME")], "name-collision name-hyphenated score-fraction")
S("ENT")
M("Frey syndrome in Mr. Frey?? Nathaniel Frey, post-parotidectomy", [("Frey", "NAME", 2), ("Nathaniel Frey", "NAME")], "name-collision")
M("House-Brackmann III for Gideon House, Bell palsy day 5", [("Gideon House", "NAME")], "name-collision eponym")
S("psychiatry")
M("Othello syndrome? her husband Othniel keeps accusing her, pt is Marisa Calloway", [("Othniel", "NAME"), ("Marisa Calloway", "NAME")], "name-relative name-lookalike")
M("Capgras: Mr. Yoon thinks his daughter Ji-woo is an impostor", [("Yoon", "NAME"), ("Ji-woo", "NAME")], "name-relative name-hyphenated eponym")
S("GI/hepatology")
M("Barrett esophagus in Barrett Holloway, 58M, LGD - RFA", [("Barrett Holloway", "NAME")], "name-collision eponym")
M("Child-Pugh C in Mr. Child (Wendell Child), MELD 31", [("Child", "NAME", 2), ("Wendell Child", "NAME")], "name-collision")
S("nephrology")
M("Alport in the Brennan brothers: Finn, 14, and Cormac, 11", [("Brennan", "NAME"), ("Finn", "NAME"), ("Cormac", "NAME")], "name-relative name-short eponym")
M("HD chair 12 is Mrs. Goldberg, her fistula is clotted again", [("Goldberg", "NAME")], "name-short room-bed-number")
S("endocrinology")
M("Nelson syndrome in Nelson Mbatha, post adrenalectomy 2011", [("Nelson Mbatha", "NAME")], "name-collision year-only")
M("Turner syndrome pt Kezia Turner-Obi, 14, starting estradiol", [("Kezia Turner-Obi", "NAME")], "name-collision name-hyphenated")
S("pulm/ICU")
M("Hampton hump on Ms. Hampton's CXR - Loretta Hampton, Wells 7", [("Hampton", "NAME", 2), ("Loretta Hampton", "NAME")], "name-collision name-possessive")
M("proned Mr. Ferreira-Santos at 2200, P/F improved to 140", [("Ferreira-Santos", "NAME")], "name-hyphenated clock-time")
S("emergency medicine")
M("Kocher criteria 4/4 in Kocher, Elias (7 yo) - to OR with ortho", [("Kocher, Elias", "NAME")], "name-collision name-last-first score-fraction")
M("Fournier gangrene, pt Baxter Ellison, 59M diabetic - OR now", [("Baxter Ellison", "NAME")], "name-plain name-lookalike")
S("surgery")
M("Pringle maneuver on Mr. Pringle?! Thaddeus Pringle, liver lac grade IV", [("Pringle", "NAME", 2), ("Thaddeus Pringle", "NAME")], "name-collision")
M("Hartmann reversal for Oskar Hartmann, 6 mo out", [("Oskar Hartmann", "NAME")], "name-collision")
S("radiology")
M("Greenfield filter in Mrs. Greenfield (Adele Greenfield), retrieval overdue", [("Greenfield", "NAME", 2), ("Adele Greenfield", "NAME")], "name-collision")
M("Codman triangle on Jordan Codman's knee film, 15M - osteosarcoma workup", [("Jordan Codman", "NAME")], "name-collision name-possessive")
S("pathology")
M("Reed-Sternberg cells in the node from Lucinda Reed, 31F", [("Lucinda Reed", "NAME")], "name-collision")
M("Russell bodies in Russell Thibodeaux's marrow, myeloma", [("Russell Thibodeaux", "NAME")], "name-collision name-possessive")
S("genetics")
M("Noonan syndrome in Jasper Noonan, 3, PTPN11 - GH?", [("Jasper Noonan", "NAME")], "name-collision gene-protein")
M("Williams syndrome suspected in Selene Williams-Oduro, 2, elastin FISH", [("Selene Williams-Oduro", "NAME")], "name-collision name-hyphenated")
S("pharmacy")
M("Allegra for Allegra Montoya, 27F, in 1st trimester - ok?", [("Allegra Montoya", "NAME")], "name-collision drug-brand-name")
M("Heather (the pill) for Heather Dunmore - pharmacy asking if it's the same as Camila", [("Heather Dunmore", "NAME")], "name-collision drug-brand-name")
S("nursing")
M("Braden 10 for Mr. Braden Kalani in 22, waffle ordered", [("Braden Kalani", "NAME")], "name-collision room-bed-number")
M("Posey alarm going off for Mrs. Posey (Dolores Posey, 93)", [("Posey", "NAME", 2), ("Dolores Posey", "NAME"), ("93", "AGE")], "name-collision age-over-89-digits")
# -- more of the rarer categories, mixed with clinical context
S("general/admin")
M("fax # for the SNF is 619.555.0187, send the d/c summary + MAR", [("619.555.0187", "FAX")], "fax")
M("F: (845) 555-0156  P: (845) 555-0155 - Hudson Valley Cardiology letterhead", [("(845) 555-0156", "FAX"), ("(845) 555-0155", "PHONE"), ("Hudson Valley Cardiology", "LOCATION")], "fax phone facility")
S("heme/onc")
M("infusion center fax 1-800-555-0191 (toll free), prior auth goes there", [("1-800-555-0191", "FAX")], "fax")
S("orthopedics")
M("fax the op note to Dr. Kaminski's office: fax " + FW("206") + "-555-" + FW("0129"), [("Kaminski", "NAME"), (FW("206") + "-555-" + FW("0129"), "FAX")], "fax fullwidth-digits name-clinician name-possessive")
S("psychiatry")
M("records request from the jail, fax eight one eight five five five zero one four four", [("eight one eight five five five zero one four four", "FAX")], "fax phone-words")
S("general/admin")
M("the kiosk at 198.51.100.77 printed the wrong pt's labels", [("198.51.100.77", "IP")], "ip")
M("VPN log shows the chart was opened from 2001:db8:4f::210 at 0300 - not our network", [("2001:db8:4f::210", "IP")], "ip clock-time")
S("endocrinology")
M("the CGM data came in from 203.0.113.90, the family's home router", [("203.0.113.90", "IP")], "ip relative-not-named")
S("emergency medicine")
M("hit-and-run, witness got the plate: LKQ-7730, blue sedan", [("LKQ-7730", "VEHICLE")], "vehicle")
S("neurology")
M("seizure pt's driving status: DMV report filed, vehicle plate 4ZZR 918, license suspended", [("4ZZR 918", "VEHICLE")], "vehicle")
S("general/admin")
M("valet ticket says VIN 1C4RJFBG2MC771045, pt's family can't find the car", [("1C4RJFBG2MC771045", "VEHICLE")], "vehicle relative-not-named")
S("pulm/ICU")
M("BiPAP unit SN 22814-AX0 alarming - RT swapping it", [("22814-AX0", "DEVICE")], "device-serial")
S("neurology")
M("VNS generator serial 104882, model 106 - MRI safe?", [("104882", "DEVICE")], "device-serial")
S("general/admin")
M("iris template IRS-20931-Q on the enrollment kiosk belongs to someone else", [("IRS-20931-Q", "BIOMETRIC")], "biometric")
S("pharmacy")
M("Pyxis fingerprint for RN Tomasz Wrobel isn't reading, template id FPX-88213", [("Tomasz Wrobel", "NAME"), ("FPX-88213", "BIOMETRIC")], "biometric name-clinician")
S("general/admin")
M("voice sample file vox_jgreene_2025.wav used for the phone auth - delete?", [("vox_jgreene_2025.wav", "BIOMETRIC")], "biometric")
M("SSN on the disability form: 923-18-4402", [("923-18-4402", "SSN")], "ssn")
M("social 9 1 8 - 4 0 - 2 2 7 7 read out over the phone by the pt", [("9 1 8 - 4 0 - 2 2 7 7", "SSN")], "ssn spaced-digits")
S("pediatrics")
M("mom's SSN for the Medicaid app: 000-45-1192", [("000-45-1192", "SSN")], "ssn relative-not-named")
S("general/admin")
M("HAR " + FW("66120934") + " for the OR charges", [(FW("66120934"), "ACCOUNT")], "account fullwidth-digits")
M("patient account 300-1182-44 is in collections, she's upset", [("300-1182-44", "ACCOUNT")], "account")
S("nursing")
M("NP license NP-CA-4471902 needs verification before she can prescribe", [("NP-CA-4471902", "LICENSE")], "clinician-license")
S("general/admin")
M("state license MD-0448217 for Dr. Ilse Vandermeer lapsed in the credentialing system", [("MD-0448217", "LICENSE"), ("Ilse Vandermeer", "NAME")], "clinician-license name-clinician")
S("emergency medicine")
M("driver's lic " + AR("H220-1183-7781") + " from the wallet, unknown pt", [(AR("H220-1183-7781"), "LICENSE")], "drivers-license arabic-indic-digits")
S("general/admin")
M("bookmark: https://records.example.com/patient?id=50021883&view=labs", [("https://records.example.com/patient?id=50021883&view=labs", "URL")], "url")
M("her blog example.net/blog/living-with-lupus-mara-t has the med list", [("example.net/blog/living-with-lupus-mara-t", "URL")], "url")
S("dermatology")
M("lesion photos: mole_back_LH_20251029.heic and mole_back_LH_20251105.heic - compare", [("mole_back_LH_20251029.heic", "PHOTO"), ("mole_back_LH_20251105.heic", "PHOTO")], "photo-filename photo-date-lookalike")
S("surgery")
M("wound check pic sent as WhatsApp Image 2025-11-06 at 09.41.12.jpeg", [("WhatsApp Image 2025-11-06 at 09.41.12.jpeg", "PHOTO")], "photo-filename photo-date-lookalike")
S("general/admin")
M("email from the pt's lawyer, c.delacroix [at] example [dot] com - don't reply, forward to risk", [("c.delacroix [at] example [dot] com", "EMAIL")], "email-obfuscated email")
S("OB/GYN")
M("she asked us to use her private email, h.nakashima@example.net, not the work one", [("h.nakashima@example.net", "EMAIL")], "email")
S("general/admin")
M("Medicare MBI " + "5TP9-" + ZW + "QR2-WK41" + ", verify eligibility", [("5TP9-" + ZW + "QR2-WK41", "HEALTH_PLAN")], "health-plan zero-width")
S("pharmacy")
M("Part D member ID 448120193-01 for the Eliquis copay card", [("448120193-01", "HEALTH_PLAN")], "health-plan drug-brand-name")
S("general/admin")
M("MRN: 30-41-77-92, med rec number in the old hyphenated format", [("30-41-77-92", "MRN")], "mrn")
S("cardiology")
M("pull up 5502187 please, the one with the LVAD, need the last ramp study", [("5502187", "MRN")], "mrn no-label")
S("infectious disease")
M("MRN " + "4" + NBSP + "0" + NBSP + "8" + NBSP + "1" + NBSP + "1" + NBSP + "2" + NBSP + "7" + NBSP + "7 - the HIV VL is back", [("4" + NBSP + "0" + NBSP + "8" + NBSP + "1" + NBSP + "1" + NBSP + "2" + NBSP + "7" + NBSP + "7", "MRN")], "mrn nbsp spaced-digits")
S("heme/onc")
M("transplant registry id CIBMTR-9928174 for the allo", [("CIBMTR-9928174", "ID")], "other-id")
S("general/admin")
M("case # for the APS referral: APS-25-00819", [("APS-25-00819", "ID")], "other-id")
S("nephrology")
M("UNOS id XKF4419 on the waitlist paperwork", [("XKF4419", "ID")], "other-id")
S("general/admin")
M("ring the daughter at 212 555 0164 after 5pm, she's at work", [("212 555 0164", "PHONE")], "phone relative-not-named")
M("pt's cell: +1 (404) 555-0188 - text ok per pt", [("+1 (404) 555-0188", "PHONE")], "phone")
# -- second examples of rare forms, so that each appears in both splits
S("surgery")
M("consented 2025-10-30, surgery 2025-11-06 - is the consent still valid after a week?", [("2025-10-30", "DATE"), ("2025-11-06", "DATE")], "date-iso")
S("cardiology")
M("loop recorder SN 9Q2 per the wallet card, interrogate before d/c", [("9Q2", "DEVICE")], "device-serial-short device-serial")
S("general/admin")
M("Leland Birch III and Leland Birch Jr. are both in the system - Sr. is the one with the CABG", [("Leland Birch", "NAME"), ("Leland Birch", "NAME")], "name-suffix name-relative")
M("callback 415" + THIN + "555" + THIN + "0172 (thin spaces from the copy-paste)", [("415" + THIN + "555" + THIN + "0172", "PHONE")], "phone thin-space")

# ---------------------------------------------------------------------------
# Offsets, validation, split, outputs
# ---------------------------------------------------------------------------
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "DOB", "SSN", "Dr. ", "Mr. ", "Mrs. ",
                   "Ms. "]

def build_records():
    recs = []
    for text, spans, kinds, spec in MSGS:
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
        recs.append({"text": text, "spans": out, "clean": not out, "kinds": list(kinds), "specialty": spec})
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

def check_inventories(recs):
    """Every listed eponym / place-named term must occur in at least one clean message."""
    clean_texts = [r["text"] for r in recs if r["clean"]]
    for name, inv, minimum in (("eponym", EPONYMS, 250), ("place-named term", PLACES, 60)):
        dup = [t for t, c in collections.Counter(inv).items() if c > 1]
        assert not dup, (name + " listed twice", dup)
        missing = [t for t in inv if not any(t in ct for ct in clean_texts)]
        assert not missing, (name + " not found in any clean message", missing)
        assert len(inv) >= minimum, (name, len(inv), minimum)

def check_mix(recs):
    n = len(recs)
    clean = sum(r["clean"] for r in recs)
    assert n >= 540, n
    assert 0.57 <= clean / n <= 0.63, clean / n
    cat = collections.Counter(sp["category"] for r in recs for sp in r["spans"])
    for c in CATS:
        assert cat[c] >= 6, ("too few spans", c, cat[c])
    spec = collections.Counter(r["specialty"] for r in recs if r["clean"])
    for s in SPECIALTIES:
        assert spec[s] >= 8, ("too few clean messages for", s, spec[s])

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

SOURCE_HEAD = r"""# Independent PHI chat evaluation set v4 (dev / test)

## How it was written
- New, synthetic chat messages of the kind US clinicians type to an assistant bot in Slack or Teams:
  slash commands (`/draft referral`, `/draft discharge summary`, `/evidence`, `/summarize`, `/ddx`),
  thread replies (`^`, `+1`, `re:`), pasted note fragments (HPI, A/P, registration and op-note headers),
  shorthand, typos, lowercase and ALL CAPS lines. Every message was written one by one for this set by an
  author who did not read the detector's code, its tests or the benchmark scripts, and did not read the
  messages of the earlier sets (v1, v2, v3). Only v3's SOURCE.md and the helper / check / split code of
  v3's build.py were read, and their structure is reused here. (Disclosure: while locating those helpers,
  one grep also printed about 65 of v3's clean message lines; nothing was copied or paraphrased from them,
  and the eponyms of that glimpse were avoided as bait except a handful of very common ones that any
  clinical text contains, e.g. Whipple, Kawasaki, Hashimoto, Achilles, Jones fracture, Bell palsy.)
- Focus: false alarms on clean clinical text the detector has not seen. About 60% of the messages are
  clean and spread over 23 specialties plus admin chatter (table below). Their bait: several hundred
  different eponyms and eponymous signs, tests, manoeuvres, fractures, classifications, scales, tumours,
  syndromes, incisions, operations, instruments, catheters, tubes, stains and histology bodies;
  place-named viruses, diseases, criteria, scores and formulas (Ebola, Marburg, Lassa, Norwalk, Coxsackie,
  Ross River, Kyasanur Forest, Rotterdam, Baveno, Lille, Oakland, Parkland, Banff ...); drug brands that
  are first names or English words (Allegra, ella, Camila, Heather, Nikki, Sonata, Soma, Watchman);
  eponyms that contain a full name (Tommy John, Terry Thomas, Homer Wright, Orphan Annie, Pierre Robin,
  Cornelia de Lange, Miller Fisher, Ivor Lewis, Denis Browne); named laws (Kendra's Law, Laura's Law,
  Baker Act); textbooks, journals, organisations and companies cited as sources (Harriet Lane, Washington
  Manual, Williams Obstetrics, Chest, Gut, Brain, Cochrane, Eli Lilly, Karl Storz, Johnson & Johnson);
  gene and protein symbols; trial names and acronyms, many of them given names (VICTORIA, KATHERINE,
  CLEOPATRA, EINSTEIN, CARAVAGGIO, ANDROMEDA-SHOCK); capitalised ordinary words that are also names at
  sentence start (Will, Faith, Hope, Grace, Frank, Drew, Mark, Rusty, Pearl, Dawn, Ivy ...); rare disease
  words at sentence start; ALL CAPS and lowercase lines; scores, fractions, temperatures (including
  "Tmax 102F"), vitals and lab values; ICD-10, CPT, HCPCS, LOINC, NDC and DRG codes; years, decades,
  weekdays, clock times, holidays and month words in a non-date sense (March fracture, May-Hegglin, "May
  cause", MAR, OCT, "dec breath sounds", "Sept deviation"); ages up to 89; unnamed relatives; room, bed,
  bay, chair and ward numbers; Unicode noise (full-width, Arabic-Indic, Persian, Devanagari digits in
  doses, zero-width joiners in drug names, NBSP, thin spaces, RLM, emoji).
- The other ~40% carry identifiers of all 18 categories, weighted towards names: names that are
  ordinary words (Rose Hill, Will Baker, Faith Summers, Hope Walker, Patience Short, Sunny Day, Chase
  Banks, Tuesday Nakamura) in any position and case, "Last, First", possessives, initials, hyphenated and
  multi-part names, nicknames, clinicians' and relatives' names, and many names that collide with an
  eponym in the same message (Graves disease in Mr. Graves, Still disease in Ms. Still, Apgar score of
  baby Apgar); dates in many formats and scripts, ages over 89 in digits and words, addresses, street
  names, cities, ZIP codes and facilities (also next to a place-named disease: Lyme carditis in a man from
  Old Lyme, Norwalk virus at Norwalk Manor Nursing Home), and identifiers obfuscated with zero-width
  characters, NBSP/thin spaces, full-width or other-script digits and letters, Cyrillic/Greek look-alikes
  and spaced-out digits.
- All identifiers are invented: phone and fax numbers use 555, e-mails and URLs use example.org /
  example.com / example.net, IPs come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24,
  203.0.113.0/24, 2001:db8::/32), SSNs start with 9xx or 000, and MRNs, member ids, plates, VINs, serials,
  licence, DEA and NPI numbers are made up. Any resemblance to a real person or record is accidental.
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance; offsets come from `str.find` (never typed by hand; `(substring,
  category, n)` takes the n-th occurrence when an eponym or ordinary word with the same spelling comes
  first). It checks: slices non-empty, no overlaps, known categories, `clean` iff no spans, no duplicate
  texts, no span starting or ending on an invisible character or a space, no span glued to a letter or
  digit outside it (except an AGE followed by its sex letter, "94F"), 1-4 kind tags, that clean messages
  contain none of a few tell-tale strings (`@`, `http`, `www.`, `example.`, `555`, `MRN`, `DOB`, `SSN`,
  `Dr. `, `Mr. `, `Mrs. `, `Ms. `), that every entry of the eponym and place-name inventories kept in
  build.py occurs in at least one clean message (at least 250 eponym entries), that clean messages are
  57-63% of at least 540 messages, that every category has at least 6 spans and appears in both splits,
  and that every specialty has at least 8 clean messages. It then splits with the fixed seed 20261207,
  stratified by clean/not clean, kind tags and span categories, dealt 2:1 into dev/test (rare strata first,
  each message to the split whose 1/3 : 2/3 quota for its kinds and categories is least filled). Running
  `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file.
- Record format (same as v3): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`; `end`
  is exclusive; offsets are Python code-point offsets. The specialty of a message is kept in build.py
  only (used for the table below), not in the records.

## Annotation conventions
The conventions of v3 (bench/data/phi_chat_v3/SOURCE.md, "Annotation conventions" and "Decisions not
spelled out in v2's conventions") apply unchanged: NAME for any person (patient, relative, clinician,
staff), titles and possessive 's outside, eponyms never names; DATE for any date element more specific
than a year; AGE only over 89, number expression only; LOCATION for addresses, cities, ZIPs and named
facilities where the patient lives, is or was treated, is sent to, or studies, never states, countries,
sources, insurers, trials or place-named diseases; the other categories as defined there; Unicode-broken
identifiers annotated whole, wrapping invisible characters outside.

Decisions restated or added for v4:
- Things named after a person that are not that person are not NAME: eponyms of every kind (signs, tests,
  manoeuvres, fractures, classifications, scales, instruments, catheters, stains, bodies, incisions,
  operations), eponyms that contain a whole name (Tommy John surgery, Terry Thomas sign, David Letterman
  sign, Homer Wright rosettes, Orphan Annie nuclei, Pierre Robin sequence, Miller Fisher variant, Ivor Lewis
  esophagectomy, Denis Browne bar, Bence Jones protein), named laws (Kendra's Law, Laura's Law, Baker Act,
  Tarasoff duty), books and manuals (Harriet Lane, Washington Manual, Harrison's, Williams Obstetrics),
  companies (Eli Lilly, Karl Storz, Welch Allyn, Smith & Nephew), slang (Mickey Finn), trial acronyms
  (VICTORIA, KATHERINE, CLEOPATRA) and drug brands (Allegra, Camila, Heather, Nikki, Yasmin). When a
  patient has the same name in the same message (Allegra for Allegra Montoya, Heather for Heather
  Dunmore, Graves disease in Mr. Graves), only the person is annotated.
- A nickname given next to the legal name ("Bubba", "JJ", "('Bart')") is its own NAME span. In "Baby Boy
  Szymanski" / "baby girl Okoro" the family name is NAME; "Baby Boy" is not.
- An ordinal calendar day is annotated without its article: "14th" in "on the 14th", "2nd" in "the 2nd
  of last month", "fourth of July, 1938" in a DOB. A typo'd DOB (1939-05-71) is still DATE. Months alone,
  seasons and holidays without a year are not used as dates in this set (they appear only in clean,
  non-date senses).
- LOCATION also covers the smaller geographic units tied to the patient when no house number is given:
  a street or road name (Ross River Road, Harlan Blvd, Greer Ave, Route 9), a county (Lassen County), a PO
  box, and a city the patient is staying in. "Coxsackie" the virus is not a location but Coxsackie the
  town where the child lives is (occurrence numbers in build.py pick the right one).
- A phone number without an area code (555-0123) is PHONE; a toll-free fax number is FAX.
- A URL that contains an IP address or an id is one URL span; a photo or voice file name that embeds a
  name or a date is one PHOTO / BIOMETRIC span.
- A temperature written like an age ("Tmax 102F", "T 101.4F") is not AGE.
- Month abbreviations used as clinical words (MAR, OCT, "dec breath sounds", "Sept deviation") are not
  dates.
"""

def eponym_stems():
    """Rough count of distinct leading names in the eponym inventory ("Hawkins sign" and
    "Hawkins-Kennedy" count once)."""
    import re
    stems = set()
    for t in EPONYMS:
        parts = re.split(r"[ \-(]", t.strip())
        w = parts[0].lower()
        if w.endswith("'s"):
            w = w[:-2]
        if w in ("de", "da", "von", "van", "modified", "new") and len(parts) > 1:
            w = w + " " + parts[1].lower()
        stems.add(w)
    return len(stems)

def specialty_table(recs):
    c = collections.Counter((r["specialty"], r["clean"]) for r in recs)
    lines = ["", "### Messages per specialty (build.py only)", "", "| specialty | clean | with identifiers | total |",
             "|---|---|---|---|"]
    for s in SPECIALTIES:
        lines.append(f"| {s} | {c[(s, True)]} | {c[(s, False)]} | {c[(s, True)] + c[(s, False)]} |")
    return lines

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = build_records()
    validate(recs)
    assert not WARN, WARN
    check_inventories(recs)
    check_mix(recs)
    dev, test = split(recs)
    write(os.path.join(here, "dev.jsonl"), dev, "dev")
    write(os.path.join(here, "test.jsonl"), test, "test")
    for fn in ("dev.jsonl", "test.jsonl"):
        rr = [json.loads(l) for l in open(os.path.join(here, fn), encoding="utf-8")]
        validate(rr)
        for r in rr:
            assert set(r) == {"id", "text", "spans", "clean", "kinds"}, r
    sd, st = stats(dev), stats(test)
    missing_c = [c for c in CATS if sd[2][c] == 0 or st[2][c] == 0]
    assert not missing_c, missing_c
    lines = [SOURCE_HEAD.rstrip(), "", "## Counts (generated by build.py)", "",
             "| | dev | test | total |", "|---|---|---|---|",
             f"| messages | {sd[0]} | {st[0]} | {sd[0]+st[0]} |",
             f"| clean (no spans) | {sd[1]} | {st[1]} | {sd[1]+st[1]} |",
             f"| with identifiers | {sd[0]-sd[1]} | {st[0]-st[1]} | {sd[0]-sd[1]+st[0]-st[1]} |",
             f"| spans total | {sum(sd[2].values())} | {sum(st[2].values())} | {sum(sd[2].values())+sum(st[2].values())} |",
             "", "### Spans per category", "", "| category | dev | test | total |", "|---|---|---|---|"]
    for c in CATS:
        lines.append(f"| {c} | {sd[2][c]} | {st[2][c]} | {sd[2][c]+st[2][c]} |")
    lines += specialty_table(recs)
    lines += ["", "### Bait inventories (build.py, each entry checked to occur in a clean message)", "",
              f"- eponym entries: {len(EPONYMS)} (signs, tests, manoeuvres, fractures, classifications, scales,"
              " syndromes, tumours, incisions, operations, instruments, catheters, tubes, stains, bodies;"
              " a few entries share a person, e.g. Kocher incision / Kocher criteria; distinct leading names:"
              f" {eponym_stems()})",
              f"- place-named entries: {len(PLACES)} (viruses, diseases, criteria, scores, formulas, stains, devices)"]
    lines += ["", "### Messages per kind tag", "", "| kind | dev | test | total |", "|---|---|---|---|"]
    allk = sorted(set(sd[3]) | set(st[3]), key=lambda k: (-(sd[3][k] + st[3][k]), k))
    for k in allk:
        lines.append(f"| {k} | {sd[3][k]} | {st[3][k]} | {sd[3][k]+st[3][k]} |")
    with open(os.path.join(here, "SOURCE.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("dev ", sd[0], "clean", sd[1], dict(sd[2]))
    print("test", st[0], "clean", st[1], dict(st[2]))
    print("eponym entries", len(EPONYMS), "place-named entries", len(PLACES))
    print("categories missing from a split:", missing_c)
    print("kinds missing from a split:", [k for k in allk if sd[3][k] == 0 or st[3][k] == 0])

if __name__ == "__main__":
    main()
