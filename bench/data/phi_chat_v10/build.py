#!/usr/bin/env python3
"""Build the independent PHI evaluation set v10 (dev/test JSONL + SOURCE.md).

Settings: the team chat, with the clinical assistant bot, of fifteen care settings that the earlier sets
(v5-v9, as their SOURCE.md files describe them) did not use: the audiology, hearing-aid and cochlear
implant clinic; the sleep lab and sleep medicine (with the CPAP supplier); a VA / military clinic; home
infusion pharmacy, sterile compounding and infusion nursing; hospital security and visitor management;
travel medicine; zoonosis, animal-bite and rabies consults; risk management, claims and legal holds;
the allergy and immunology clinic; the GI endoscopy suite; the fertility clinic, embryology lab and
andrology; the regional poison control center; decedent affairs, the morgue and the autopsy service; the
prosthetics and orthotics shop; the bariatric surgery program.

Media: typed chat lines, lowercase typing without punctuation, SMS-style texts, ALL CAPS pages and
alerts, lists (schedules, boards, route and RSVP lists), pasted EHR / log / ticket / report
snippets, forwarded e-mails, voicemail transcripts, slash commands to the bot and (new) speech-to-text
dictation. About half the messages are clean (no identifier at all) but full of look-alikes; the other
half carry identifiers of all 19 categories, weighted towards names.

Every message below was written by hand, one by one, for this set.  The author did not read the
detector's code, its tests, the benchmark scripts or the messages of the earlier sets.  Only v6's, v7's,
v8's and v9's SOURCE.md and the helper / check / split / output code of v9's build.py (its lines 1-136
and 1224-1570, plus its last 20 lines) were read; that structure is reused here with a new seed and
v10-specific checks.  All names, numbers, addresses, e-mails, URLs and IPs are invented (555 phone
numbers, example.org / example.com / example.net domains, documentation IP ranges, SSNs starting 9xx,
made-up MRNs, member ids, plates, serials, licence, passport and certificate numbers).

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
SEED = 20280307
MSGS = []
SETTINGS = collections.OrderedDict([
    ("AUD", "audiology, hearing-aid and cochlear implant clinic"),
    ("SLEEP", "sleep lab and sleep medicine (with the CPAP supplier)"),
    ("VA", "VA / military clinic (PACT, C&P exams, guard and reserve)"),
    ("HINF", "home infusion pharmacy, sterile compounding and infusion nursing"),
    ("SEC", "hospital security and visitor management"),
    ("TRAVEL", "travel medicine clinic"),
    ("ZOO", "zoonosis, animal-bite and rabies consults"),
    ("RISK", "risk management, claims and legal holds"),
    ("ALLERGY", "allergy and immunology clinic"),
    ("GIENDO", "GI endoscopy suite"),
    ("IVF", "fertility clinic, embryology lab and andrology"),
    ("POISON", "regional poison control center"),
    ("DECED", "decedent affairs, morgue and autopsy service"),
    ("PO", "prosthetics and orthotics shop"),
    ("BARI", "bariatric surgery program"),
])
MEDIA = collections.OrderedDict([
    ("chat", "typed chat line or thread reply"),
    ("lower", "lowercase typing without punctuation"),
    ("sms", "SMS-style text (sent or relayed)"),
    ("caps", "ALL CAPS page, alert or overhead line"),
    ("list", "list: schedule, board, route, cooler census or RSVP list"),
    ("ehr", "pasted EHR snippet, log, ticket, report header or delivery ticket"),
    ("email", "forwarded or pasted e-mail"),
    ("voicemail", "voicemail transcript"),
    ("bot", "slash command to the bot (/ask, /draft, /evidence, /summarize)"),
    ("dictation", "speech-to-text dictation pasted into chat"),
])
TERM_KINDS = collections.OrderedDict([
    ("eponym", "eponyms: signs, tests, scales, classifications, operations, braces, laws, diseases"),
    ("place", "place names in diseases, viruses, scales, criteria, braces, protocols and exposures"),
    ("brand", "drug, device, product and software brands and makers (many are given names or words)"),
    ("organism", "organisms"),
    ("score", "named scores, scales, criteria, questionnaires and tools that are not eponyms"),
    ("org", "organisations, agencies, programmes, laws and registries"),
    ("trial", "trials, journals and textbooks"),
    ("public", "public figures and authors cited as references (not PHI)"),
    ("word", "capitalised ordinary words that are names elsewhere in the set"),
])
BAIT_KEYS = {"ep": "eponym", "pl": "place", "br": "brand", "orgm": "organism", "sc": "score",
             "org": "org", "tr": "trial", "pub": "public", "word": "word"}
TERMS = collections.OrderedDict((k, []) for k in TERM_KINDS)
MAX_REUSE = 4

# category shorthands used in the span lists
N, D, A, PH, FX, EM, SS, MR, HP, AC, LI, VE, DV, UR, IPA, BI, PI, LO, ID_ = CATS

# invisible / special characters used in the Unicode variants
ZW, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"
LRM, RLM, NBSP, NBHY, SHY = "\u200e", "\u200f", "\u00a0", "\u2011", "\u00ad"
ACUTE = "\u0301"   # combining acute accent (a name typed in decomposed form)

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
# ---------------------------------------------------------------- audiology, hearing-aid and cochlear implant clinic
C("AUD", "chat", "Quick one: Weber lateralizes to the left, Rinne negative on the left. Conductive on that side, right? Tymp was flat, type B with a normal canal volume.",
  "eponym-bare quick-question", ep="Weber|Rinne")
C("AUD", "chat", "Carhart notch at 2 kHz on the bone line again, third otosclerosis workup this month. ENT wants the stapes surgery handouts stocked in booth 2.",
  "eponym-bare dose-lab room-bed-number", ep="Carhart")
C("AUD", "lower", "does anyone know if the Stenger is worth doing when the asymmetry is only 15 dB or is that below where it works",
  "eponym-bare lowercase quick-question", ep="Stenger")
C("AUD", "bot", "/evidence sudden sensorineural hearing loss: intratympanic dexamethasone as salvage after failed oral prednisone - what does the AAO-HNS guideline say about the time window?",
  "bot-command organization", org="AAO-HNS")
C("AUD", "chat", "Phonak loaner bin is empty again. We have two Oticon demo pairs and one Signia left for trials this week.",
  "device-brand admin-chatter", br="Phonak|Oticon|Signia")
C("AUD", "chat", "Cochlear, Advanced Bionics and MED-EL reps all want the same Thursday slot for the CI candidacy lunch. Can someone pick one and tell the other two by Friday?",
  "device-brand weekday", br="Cochlear|Advanced Bionics|MED-EL")
C("AUD", "list", "Booth schedule Tue\n08:00 booth 1 adult comp\n08:45 booth 2 VRA peds\n09:30 booth 1 sedated ABR (needs RN)\n10:15 booth 3 hearing aid check\n11:00 booth 2 tinnitus eval",
  "clock-time room-bed-number list-schedule weekday")
C("AUD", "chat", "Newborn screen referral from the nursery: OAE refer on the right, pass on the left. Rescreen with AABR in two weeks per the JCIH 1-3-6 goals.",
  "organization score", org="JCIH")
C("AUD", "chat", "Anyone have the Gufoni handout? The Lempert roll works but the horizontal canal patients keep asking for a sheet to take home.",
  "eponym-bare", ep="Gufoni|Lempert")
C("AUD", "chat", "Ménière flare: low-frequency fluctuating loss, aural fullness, episodic vertigo. Betahistine isn't stocked here - ENT decides on Serc, not us.",
  "eponym-bare drug-brand-name", ep="Ménière", br="Serc")
C("AUD", "caps", "BOOTH 2 CALIBRATION DUE. DO NOT RUN BONE CONDUCTION IN BOOTH 2 UNTIL BIOMED SIGNS OFF. TECH ON SITE 1400.",
  "allcaps clock-time room-bed-number")
C("AUD", "chat", "Word rec 88% at 60 dB HL right, 44% left. Rollover suggests retrocochlear; asked ENT about an MRI of the IACs with gad.",
  "dose-lab age-like-number")
C("AUD", "chat", "Tinnitus group tonight moved to Zoom. Bring the THI and TFI scored; the Widex Zen demo is postponed.",
  "org-software score device-brand", br="Zoom|Widex|Zen", sc="THI|TFI")
C("AUD", "chat", "Ototoxicity monitoring for the cisplatin patients: baseline before cycle 1, then every cycle. ASHA criteria for a significant shift: 20 dB at one frequency or 10 dB at two adjacent ones.",
  "organization dose-lab", org="ASHA")
C("AUD", "sms", "Running 15 late, the Usher syndrome kid needed extra time with the Ling six-sound check. Front desk pls warn the 2:30",
  "eponym-bare clock-time", ep="Usher|Ling")
C("AUD", "chat", "Pendred or Waardenburg? White forelock and heterochromia, so Waardenburg is far more likely. Genetics consult is already in.",
  "eponym-bare", ep="Pendred|Waardenburg")
C("AUD", "lower", "reminder the real ear probe tube has to go past the second bend or the nal-nl2 targets are garbage",
  "lowercase dose-lab")
C("AUD", "chat", "Battery sizes for the new MAs: 312 brown, 13 orange, 10 yellow, 675 blue. The 675s are for the older body-worn processors.",
  "not-a-phone code-number")
C("AUD", "chat", "Veterans get their aids through the VA, not us. Medicare still doesn't cover hearing aids; the OTC aids under the FDA rule are an option for mild to moderate loss.",
  "organization", org="VA|Medicare|FDA")
C("AUD", "email", "Subject: auditory processing referrals\n\nTeam, we keep getting APD referrals for kids under 7. The SCAN-3 norms start at 5 but most of us won't diagnose below 7. Please route the younger kids to speech-language first. Thanks, clinic lead",
  "score age-under-90 staff-role", sc="SCAN-3")
C("AUD", "chat", "Friday tip: a Békésy tracing type V is nonorganic until proven otherwise. Pair it with a Stenger if the loss is unilateral.",
  "eponym-bare weekday", ep="Békésy")
C("AUD", "chat", "Eustachian tube dysfunction vs a patulous tube: the patulous one hears their own breathing (autophony). Valsalva and Toynbee on the tymp help.",
  "eponym-bare", ep="Eustachian|Valsalva|Toynbee")
C("AUD", "chat", "Hearing handicap inventory for the elderly is the HHIE; for anyone under 65 use the HHIA. Both are 25 items.",
  "score age-under-90", sc="HHIE|HHIA")

P("AUD", "chat", "Mrs. Okonkwo-Reyes in booth 3 can't hear the door knock, someone walk her back please. Her daughter Chidinma is in the lobby.",
  [("Okonkwo-Reyes", N), ("Chidinma", N)], "name-hyphenated name-relative room-bed-number")
P("AUD", "ehr", "CI processor swap\nPt: LINDQVIST-ABARA, TOVE\nOld processor S/N 5382-2290-AB (lost, left in a taxi)\nNew S/N 5382-3318-CF\nImplant side: R",
  [("LINDQVIST-ABARA, TOVE", N), ("5382-2290-AB", DV), ("5382-3318-CF", DV)], "name-last-first name-allcaps device-serial")
P("AUD", "chat", "Shipping the Oticon pair back to the maker for repair - return address is the patient's: 2207 Wexler Ave Apt 3, Fond du Lac 54935. Serials R 2613884, L 2613891.",
  [("2207 Wexler Ave Apt 3", LO), ("Fond du Lac", LO), ("54935", LO), ("2613884", DV), ("2613891", DV)], "address city zip device-serial")
P("AUD", "chat", "97 y/o in for a hearing aid clean and check, wants to know if she's too old for a CI eval. Told her age isn't a cutoff.",
  [("97", A)], "age-over-89-digits name-message-start")
P("AUD", "lower", "can someone call back ewa nowakowska re her left aid whistling shes at 608 555 0147",
  [("ewa nowakowska", N), ("608 555 0147", PH)], "name-lowercase phone name-non-english")
P("AUD", "chat", "NBHS follow-up: Baby Boy Mensah-Tetteh, DOB 02/11, mom Abena, needs the diagnostic ABR before 3 months. Mom's cell 414-555-0183.",
  [("Mensah-Tetteh", N), ("02/11", D), ("Abena", N), ("414-555-0183", PH)], "name-relative dob phone")
P("AUD", "chat", "Saved the AzBio recording of Mr. Halloran's own speech as halloran_voice_baseline.wav in the CI folder for the before/after comparison.",
  [("Halloran", N), ("halloran_voice_baseline.wav", BI)], "biometric name-possessive")
P("AUD", "chat", "Video otoscopy pic of the perforation is up: otoscope_Rdrum_Kowalczyk_0312.jpg - ENT asked for it before Thursday.",
  [("otoscope_Rdrum_Kowalczyk_0312.jpg", PI)], "photo-filename weekday")
P("AUD", "chat", "Audiologist on call tonight is Dr. Sunniva Brekke, backup Ravindra Iyer (AuD). Page through the operator, not the clinic line.",
  [("Sunniva Brekke", N), ("Ravindra Iyer", N)], "name-staff name-non-english name-after-role")
P("AUD", "chat", "Ha - Mr. Rinne came in for, of all things, a Rinne and Weber. Rinne test positive both sides on Mr. Rinne, so no conductive component.",
  [("Rinne", N), ("Rinne", N, 3)], "name-eponym-surname name-collision")
P("AUD", "email", "From: j.achterberg@example.org\nTo: audiology scheduling\nSubject: my mother's hearing aids\n\nHello, my mother Gerda Achterberg (92) broke the charger for her aids. Can she come Wednesday? Her phone is 920-555-0166. - Joost",
  [("j.achterberg@example.org", EM), ("Gerda Achterberg", N), ("92", A), ("920-555-0166", PH), ("Joost", N)],
  "email name-relative age-over-89-digits phone")
P("AUD", "chat", f"Sedated ABR moved to 1pm. MRN 7730{ZW}4518, kid is Mateo Villaseñor, mom says nothing to eat after 7am.",
  [(f"7730{ZW}4518", MR), ("Mateo Villaseñor", N)], "mrn zero-width name-non-english")
P("AUD", "ehr", "Coverage: Medicaid ID 408817265 - hearing aid benefit 1 pair / 5 yrs. Pt: Dariusz Wnęk. Last pair fit 06/14/2024.",
  [("408817265", HP), ("Dariusz Wnęk", N), ("06/14/2024", D)], "health-plan name-non-english date-numeric")
P("AUD", "voicemail", "Voicemail 10:42: 'Hi this is Bernadette calling for my husband Clement Ouellet, his cochlear implant processor won't turn on, we're up in Marinette, you can reach me at 715 555 0139, thank you.'",
  [("Bernadette", N), ("Clement Ouellet", N), ("Marinette", LO), ("715 555 0139", PH)], "voicemail name-relative city phone")
P("AUD", "chat", "Kwabena's aids are ready for pickup but his mom said Saturday. We're closed Saturday. Can someone call her?",
  [("Kwabena", N)], "name-possessive name-given-only weekday")
P("AUD", "list", "Hearing aid pickups today:\nRadka Ilieva - R only, charger\nStrachan-Boyd - both, 8 mm domes\nHuang Meiling - remote mic\nFolau Tupou - earmolds re-vented",
  [("Radka Ilieva", N), ("Strachan-Boyd", N), ("Huang Meiling", N), ("Folau Tupou", N)],
  "name-list name-message-start name-non-english name-surname-only")
P("AUD", "chat", "She's ninety-five and still sings in the choir, wants a music program on both aids. Daughter Marguerite will come with her.",
  [("ninety-five", A), ("Marguerite", N)], "age-over-89-words name-relative")
P("AUD", "chat", "Sage called, her left aid died after the rain. Sage Whitlock, not the other Sage. The left one is the older Phonak.",
  [("Sage", N), ("Sage Whitlock", N), ("Sage", N)], "name-common-word name-message-start")
P("AUD", "chat", "ENT referral faxed over from Dr. Oyelaran's office, fax-back (262) 555-0117. Patient is Yusuf Demirtaş, sudden loss right ear on 3/2.",
  [("Oyelaran", N), ("(262) 555-0117", FX), ("Yusuf Demirtaş", N), ("3/2", D)], "fax name-clinician name-non-english date-numeric")
P("AUD", "chat", "Sent Mr. Aboagye the remote-programming link https://fit.example.com/session/ab-77120 - he joins from his daughter's place in Kenosha.",
  [("Aboagye", N), ("https://fit.example.com/session/ab-77120", UR), ("Kenosha", LO)], "url city")
P("AUD", "chat", "Cornelius “Neil” Fairweather-Otieno needs new earmold impressions, the old ones are from 2019.",
  [("Cornelius", N), ("Neil", N), ("Fairweather-Otieno", N)], "name-nickname name-hyphenated year-only")
# ---------------------------------------------------------------- sleep lab and sleep medicine (with the CPAP supplier)
C("SLEEP", "chat", "Epworth 17, Brodsky tonsils 3+, neck 46 cm. A split-night is reasonable if the AHI clears 40 in the first two hours.",
  "score eponym-bare dose-lab", pl="Epworth", ep="Brodsky")
C("SLEEP", "chat", "Cheyne-Stokes pattern on the titration, mostly centrals once we hit 12 cm. ASV is off the table with an EF of 30% per SERVE-HF.",
  "eponym-bare trial-name dose-lab", ep="Cheyne-Stokes", tr="SERVE-HF")
C("SLEEP", "lower", "tech question do we score the reras on home studies or only in lab bc the AASM manual wording is confusing me",
  "lowercase organization quick-question", org="AASM")
C("SLEEP", "chat", "ResMed AirSense 11 vs Philips DreamStation 2: the supplier only stocks ResMed this quarter. Recall questions go to the Philips line, not to us.",
  "device-brand", br="ResMed|AirSense|Philips|DreamStation")
C("SLEEP", "chat", "MSLT mean latency 4.5 min with 3 SOREMPs. Narcolepsy type 1 if the cataplexy story holds; nobody is doing an LP for hypocretin. Xywav vs Wakix at follow-up.",
  "drug-brand-name dose-lab", br="Xywav|Wakix")
C("SLEEP", "chat", "Kleine-Levin is rare enough that I'd want a second read. Hypersomnia episodes of 10 days, hyperphagia, normal in between.",
  "eponym-bare", ep="Kleine-Levin")
C("SLEEP", "caps", "LAB CLOSED TONIGHT - HVAC. ALL IN-LAB PSGS RESCHEDULED. HSAT KITS STILL GO OUT AT 1600.",
  "allcaps clock-time")
C("SLEEP", "chat", "Restless legs: ferritin 38, so oral iron first. Avoid the dopamine agonists long term because of augmentation; the 2024 update made them a conditional against.",
  "dose-lab year-only")
C("SLEEP", "chat", "Inspire candidacy: BMI under 40, AHI 15-100, no complete concentric collapse on DISE. Ours has CCC on the DISE, so not a candidate.",
  "device-brand score", br="Inspire")
C("SLEEP", "list", "Tonight's beds:\nBed 1 split-night\nBed 2 BiPAP ST titration\nBed 3 MSLT prep (no stimulants x2 wks)\nBed 4 peds PSG with a parent\nBed 5 empty",
  "room-bed-number list-schedule", br="BiPAP")
C("SLEEP", "chat", "Pickwickian still shows up in old charts; obesity hypoventilation with a daytime PaCO2 over 45 is what they meant. Bicarb 32 supports it.",
  "eponym-bare dose-lab", ep="Pickwickian")
C("SLEEP", "sms", "Mask fit clinic needs more AirFit F20 mediums and N30i smalls, we gave the last ones out at noon",
  "device-brand clock-time", br="AirFit")
C("SLEEP", "chat", "Sleep diary shows a delayed phase: asleep at 3 am, up at 11 on weekends. Melatonin 0.5 mg five hours before the target bedtime, light box in the morning.",
  "clock-time dose-lab")
C("SLEEP", "bot", "/draft patient handout: drowsy driving and untreated sleep apnea, plain language, grade 6 reading level, mention that commercial drivers follow FMCSA rules",
  "bot-command organization", org="FMCSA")
C("SLEEP", "chat", "The Berlin questionnaire is fine for screening but it is not the Epworth; don't swap one for the other on the intake packet.",
  "place-rule score", pl="Berlin")
C("SLEEP", "chat", "Per AASM scoring, a hypopnea is a 30% drop with a 3% desat or an arousal. Medicare still wants the 4% rule on the report.",
  "common-word-not-name organization dose-lab", word="Per", org="Medicare")
C("SLEEP", "chat", "Compliance rule reminder: 4 hours a night on 70% of nights in a 30-day window within the first 90 days, or the payer stops paying for the CPAP.",
  "age-like-number dose-lab")
C("SLEEP", "chat", "Nobody book peds PSGs on Sunday nights - school-night rule. Kids under 12 need a parent in the room all night.",
  "weekday age-under-90")
C("SLEEP", "chat", "Hypnogram looks like a saw: 31 arousals per hour, mostly respiratory. PLMS index 8, well under the adult cutoff of 15.",
  "dose-lab")
C("SLEEP", "lower", "the wake cam in room 3 is black and white only again biomed says friday",
  "lowercase room-bed-number weekday")
C("SLEEP", "chat", "Modafinil prior auth bounced - they want a Provigil trial documented first. Nuvigil is the preferred one on their formulary, go figure.",
  "drug-brand-name", br="Provigil|Nuvigil")
C("SLEEP", "chat", "The Epworth is the scale Johns published in 1991, and the Stanford scale is older. Neither one replaces an MSLT for narcolepsy.",
  "public-figure place-rule year-only", pub="Johns", pl="Stanford")

P("SLEEP", "ehr", "PSG # PSG-27-0418\nPt: HOLLOWAY, DESMOND R  DOB 08/23/1961\nAHI 38.2, T90 14%\nInterpreting: Dr. Mirela Constantinescu",
  [("PSG-27-0418", ID_), ("HOLLOWAY, DESMOND R", N), ("08/23/1961", D), ("Mirela Constantinescu", N)],
  "other-id name-last-first dob name-clinician")
P("SLEEP", "chat", "CPAP serial 23221587446 belongs to Mrs. Takahashi-Brandt; it came back with a cracked humidifier tub. Swapping her to SN 23221590012.",
  [("23221587446", DV), ("Takahashi-Brandt", N), ("23221590012", DV)], "device-serial name-hyphenated")
P("SLEEP", "chat", "Saved the parasomnia clip for Dr. Figueiredo as PSG_video_room4_Aurelio_Mancuso.mp4. He sits up at 02:14 with his eyes open.",
  [("Figueiredo", N), ("PSG_video_room4_Aurelio_Mancuso.mp4", PI)], "photo-filename name-clinician clock-time")
P("SLEEP", "chat", "CDL holder, needs the titration before his DOT recert: Lyle Brandvold, CDL B5544-0213-8876 WI. His company wants the compliance report sent by fax to 651-555-0192.",
  [("Lyle Brandvold", N), ("B5544-0213-8876", LI), ("651-555-0192", FX)], "drivers-license fax")
P("SLEEP", "sms", "hi its Rosalind Achebe my mask is leaking bad can i come in tmrw, my number changed its 3125550174",
  [("Rosalind Achebe", N), ("3125550174", PH)], "name-plain phone")
P("SLEEP", "chat", "Referral for a 91-year-old with witnessed apneas; the family wants a home test, not in-lab. Reasonable?",
  [("91", A)], "age-over-89-digits quick-question")
P("SLEEP", "chat", "Supplier delivery for Haruki Sato, 418 Linden Court, unit B, Eau Claire - leave it with the neighbor in unit A if nobody answers.",
  [("Haruki Sato", N), ("418 Linden Court, unit B", LO), ("Eau Claire", LO)], "address city name-non-english")
P("SLEEP", "ehr", "AirView patient ID 55-71930-2 not syncing since 10/04. Modem IP 198.51.100.77. Pt Ingrid Solheim-Vance.",
  [("55-71930-2", ID_), ("10/04", D), ("198.51.100.77", IPA), ("Ingrid Solheim-Vance", N)], "other-id date-numeric ip name-hyphenated")
P("SLEEP", "chat", "Night tech swap: Lorenzo Abruzzese takes Tuesday, Farida Haidari takes Wednesday. Deshawn is out until the 18th.",
  [("Lorenzo Abruzzese", N), ("Farida Haidari", N), ("Deshawn", N), ("18th", D)], "name-staff name-non-english weekday")
P("SLEEP", "lower", "pt in bed 2 is bartholomew kincaid-aye he is snoring like a freight train already and we havent even started",
  [("bartholomew kincaid-aye", N)], "name-lowercase room-bed-number")
P("SLEEP", "chat", "Robin is here for her MSLT - Robin Lachance, the one with the cataplexy. Nap 1 at 08:00 sharp.",
  [("Robin", N), ("Robin Lachance", N)], "name-common-word name-message-start clock-time")
P("SLEEP", "ehr", "Auth request: HSAT\nMember ID XQH882041173\nSubscriber: Bautista, Rogelio\nDx G47.33\nOrdering NPI 1427719054",
  [("XQH882041173", HP), ("Bautista, Rogelio", N), ("1427719054", LI)], "health-plan name-last-first clinician-license code-number")
P("SLEEP", "email", "From: sleep.scheduling@example.org\nTo: n.ferrante@example.com\nSubject: Your sleep study on Friday 11/14\n\nDear Nunzia, please arrive at 20:30 and bring your evening medications. Park in lot C.",
  [("sleep.scheduling@example.org", EM), ("n.ferrante@example.com", EM), ("11/14", D), ("Nunzia", N)], "email date-numeric name-given-only")
P("SLEEP", "voicemail", "VM from a wife, 7:55 pm: 'My husband Osvaldo Quintanilla is supposed to come in tonight but he's stuck on the Zoo Interchange, can you hold the bed till nine? 414 555 0121.'",
  [("Osvaldo Quintanilla", N), ("Zoo Interchange", LO), ("414 555 0121", PH)], "voicemail name-relative phone address")
P("SLEEP", "caps", "BED 3 PT (WOJTEK ZIELIŃSKI) PULLED HIS LEADS AND LEFT AT 0310. SECURITY NOTIFIED. CALL THE HOME NUMBER ON FILE.",
  [("WOJTEK ZIELIŃSKI", N)], "name-allcaps name-non-english clock-time")
P("SLEEP", "chat", f"Reading the study for {RLM}نور الهدى{RLM} (Nour al-Huda Saleh): AHI 9, mild. She'd rather have a dental device than CPAP.",
  [("نور الهدى", N), ("Nour al-Huda Saleh", N)], "name-non-english bidi-mark")
P("SLEEP", "chat", f"Chart merge? Two MRNs for the same man: {FW('4410298')} and 4410829. Name Augustin Ndlovu-Laurent.",
  [(FW("4410298"), MR), ("4410829", MR), ("Augustin Ndlovu-Laurent", N)], "mrn fullwidth-digits name-hyphenated")
P("SLEEP", "chat", "Ninety-eight-year-old in the CPAP clinic moved to Dec 3; her son Per says mornings only.",
  [("Ninety-eight", A), ("Dec 3", D), ("Per", N)], "age-over-89-words name-relative name-common-word date-written")
P("SLEEP", "chat", "Oral appliance referral to Dr. Huong Tran-Castillo at Lakeshore Dental Sleep, 1180 N Prospect Ave, Milwaukee. Pt is Gideon Ashworth-Kim.",
  [("Huong Tran-Castillo", N), ("Lakeshore Dental Sleep", LO), ("1180 N Prospect Ave", LO), ("Milwaukee", LO), ("Gideon Ashworth-Kim", N)],
  "name-clinician facility address city")
P("SLEEP", "chat", "Supplier says guarantor account 7719-33015 is past due, so they won't ship Mr. Nakashima's replacement mask. Card on file ends 8824.",
  [("7719-33015", AC), ("Nakashima", N), ("8824", AC)], "account name-possessive")
P("SLEEP", "chat", "Insurance wants the last four of the SSN to verify - for Tobiah Okwuosa it's 3309, per his wife.",
  [("Tobiah Okwuosa", N), ("3309", SS)], "ssn-partial name-plain")
P("SLEEP", "chat", "Uploaded the CPAP cloud link for Dr. Abiola: https://care.example.net/pt/77-40218/usage - that's Hortense Lavalle's last 30 days.",
  [("Abiola", N), ("https://care.example.net/pt/77-40218/usage", UR), ("Hortense Lavalle", N)], "url name-clinician name-possessive")
# ---------------------------------------------------------------- VA / military clinic (PACT, C&P exams, guard and reserve)
C("VA", "chat", "C&P tip: the hearing DBQ needs the Maryland CNC word recognition, not just the audiogram, or it gets kicked back.",
  "place-rule code-number", pl="Maryland")
C("VA", "chat", "PACT huddle: 14 on the panel due for a PHQ-2, 6 for the AUDIT-C, 3 overdue for the PC-PTSD-5. The whole-health coach is in Thursday.",
  "score weekday", sc="PHQ-2|AUDIT-C|PC-PTSD-5")
C("VA", "chat", "Burn pit questions go to the PACT Act team. Agent Orange is a different registry, and the Camp Lejeune water is a third.",
  "organization place-disease", org="PACT Act|Agent Orange", pl="Camp Lejeune")
C("VA", "caps", "VETERANS CRISIS LINE: DIAL 988 THEN PRESS 1. POST AT EVERY NURSE STATION BY 1700.",
  "allcaps not-a-phone clock-time")
C("VA", "chat", "TBI screen positive means a comprehensive TBI evaluation within 30 days. For lifetime exposure history use the Ohio State method, not a guess.",
  "place-rule", pl="Ohio State")
C("VA", "chat", "MOVE! classes and TeleMOVE are both full until spring. Refer to the Whole Health coach in the meantime.",
  "organization", org="MOVE!|TeleMOVE|Whole Health")
C("VA", "chat", "Gulf War illness workup: chronic multisymptom illness doesn't need a single unifying diagnosis for the claim.",
  "place-disease", pl="Gulf War")
C("VA", "lower", "does tricare cover shingrix for the retirees over 50 or do we send them to the pharmacy",
  "lowercase age-under-90 quick-question")
C("VA", "chat", "Prazosin for nightmares: start 1 mg at bedtime, go up 1-2 mg every few days. The PACT pharmacist wants orthostatics at each step.",
  "dose-lab staff-role")
C("VA", "chat", "Profile for the lumbar strain is temporary, 30 days: no ruck, no run, alternate aerobic event is the bike.",
  "military-jargon")
C("VA", "sms", "Dental class 3 on two of the Guard soldiers, they can't drill till it's fixed",
  "military-jargon")
C("VA", "chat", "MST coordinator reminder: every clinic has one. Don't ask for details at triage; offer the referral and document the screen as positive or declined.",
  "staff-role")
C("VA", "list", "Mobile clinic stops this week (addresses are on the route sheet, not in chat):\nMon - VFW post\nTue - county fairgrounds\nWed - tribal health center\nThu - Legion hall\nFri - stand down at the armory",
  "weekday list-schedule organization", org="VFW|Legion")
C("VA", "chat", "Mefloquine history matters for the neuropsych symptoms; Lariam was handed out a lot on deployments in the 2000s. Document it even if the timeline is fuzzy.",
  "drug-brand-name year-only", br="Lariam")
C("VA", "chat", "Community care consult: the MISSION Act drive-time standard is 30 minutes for primary care, 60 for specialty. The eligibility tool does the math.",
  "organization", org="MISSION Act")
C("VA", "bot", "/evidence stellate ganglion block for PTSD, any RCTs since the 2019 JAMA Psychiatry one?",
  "bot-command year-only", tr="JAMA Psychiatry")
C("VA", "chat", "Hearing loss and tinnitus are still the top two service-connected conditions. Tinnitus caps at 10% whether it's one ear or two.",
  "age-like-number")
C("VA", "chat", "Blast exposure question from the Marines: log the heavy weapons, breachers and mortar crews. The BHEP numbers go in the template.",
  "military-jargon organization", org="Marines")
C("VA", "chat", "Vet Center is not the VA medical center - separate buildings, separate records. They can't see our notes and we can't see theirs.",
  "organization", org="Vet Center")
C("VA", "email", "Subject: Flu clinic at the armory\n\nAll, the drill-weekend flu clinic runs both days, 0800-1600. Bring the cold chain logger and the VIS sheets. Family members with TRICARE are fine as walk-ins. - clinic NCOIC",
  "clock-time organization staff-role", org="TRICARE")
C("VA", "chat", "Sergeant and Major are ranks, not names, in the scanned DD-214s; the OCR keeps putting them in the name field. Report it to the scanning team.",
  "common-word-not-name military-jargon", word="Major")

P("VA", "ehr", "Pt: SGT RAMÍREZ-OCHOA, ISRAEL J\nEDIPI 1298845531\nUnit: 2-127 IN\nProfile: L3 temp, exp 01/30",
  [("RAMÍREZ-OCHOA, ISRAEL J", N), ("1298845531", ID_), ("01/30", D)], "name-last-first name-allcaps other-id date-numeric")
P("VA", "chat", "Sgt. Abernathy-Cole's buddy statement is from Cpl. Dominic Ferraro, he's the one who saw the blast in 2011. Fax it to the VSO at 608-555-0153.",
  [("Abernathy-Cole", N), ("Dominic Ferraro", N), ("608-555-0153", FX)], "name-after-role fax year-only name-possessive")
P("VA", "chat", "Mr. Littlewolf's C-file number is 28 715 903, the claims folks need it on the nexus letter. He lives out by Keshena now.",
  [("Littlewolf", N), ("28 715 903", ID_), ("Keshena", LO)], "other-id city spaced-digits")
P("VA", "chat", "WWII vet, 101, in for his flu shot with his grandson. Asked if he can still renew the Purple Heart plate.",
  [("101", A)], "age-over-89-digits")
P("VA", "chat", "Disabled veteran plate DV 3391 is parked in the ambulance bay again - it's Mr. Engebretsen's van, he's in dialysis till 11.",
  [("DV 3391", VE), ("Engebretsen", N)], "vehicle name-possessive")
P("VA", "chat", "Reserve soldier PFC Jaylen Okafor-Boateng drills at the reserve center on Wabash Ave and lives in Beloit. Needs his profile updated before annual training.",
  [("Jaylen Okafor-Boateng", N), ("Wabash Ave", LO), ("Beloit", LO)], "name-after-role address city name-hyphenated")
P("VA", "chat", "Spouse 김서연 (Kim Seo-yeon) called about her husband's referral. Sponsor SSN on file is 912-40-7716, she read it out on the phone.",
  [("김서연", N), ("Kim Seo-yeon", N), ("912-40-7716", SS)], "name-non-english ssn name-relative")
P("VA", "lower", "tell dr okonedo the buddy letter from sgt mcandrew is in vbms now",
  [("okonedo", N), ("mcandrew", N)], "name-lowercase name-clinician name-after-role")
P("VA", "ehr", "Burial benefits request\nVeteran: Harlan E. Stromquist\nDOB 04-JUL-1931  DOD 11-NOV-2027\nNOK: Marjorie Stromquist (spouse) 715-555-0106",
  [("Harlan E. Stromquist", N), ("04-JUL-1931", D), ("11-NOV-2027", D), ("Marjorie Stromquist", N), ("715-555-0106", PH)],
  "date-dmy-abbrev name-relative phone")
P("VA", "email", "From: ddeyoung.vso@example.net\nSubject: Hoffmeyer nexus letter\n\nDoc, any chance the nexus letter for Clarence Hoffmeyer can say 'at least as likely as not'? The hearing part is 2/3 done. Dale",
  [("ddeyoung.vso@example.net", EM), ("Hoffmeyer", N), ("Clarence Hoffmeyer", N), ("Dale", N)], "email name-staff name-common-word")
P("VA", "chat", "Checked in by last initial and last four: D3826, Delacroix. ICN 1012877345V559102 for the consult.",
  [("D3826", SS), ("Delacroix", N), ("1012877345V559102", MR)], "ssn-partial mrn name-surname-only")
P("VA", "list", "PACT teamlet 3:\nPCP - Dr. Ngozi Adeyemi-Holt\nRN care mgr - Thaddeus Wojcik\nLPN - Marisol Quiñones\nclerk - Benny",
  [("Ngozi Adeyemi-Holt", N), ("Thaddeus Wojcik", N), ("Marisol Quiñones", N), ("Benny", N)], "name-list name-staff name-after-role")
P("VA", "chat", f"Homeless vet Lonnie Pettibone sleeps under the Clark St bridge most nights; outreach cell for him is 608{NBHY}555{NBHY}0131.",
  [("Lonnie Pettibone", N), ("Clark St", LO), (f"608{NBHY}555{NBHY}0131", PH)], "address phone unicode-hyphen")
P("VA", "chat", "Home telehealth device for Mr. Oduya, serial HT-55-1029847, hasn't sent a reading since Sunday. Care coordinator Priya Venkataraman will call him.",
  [("Oduya", N), ("HT-55-1029847", DV), ("Priya Venkataraman", N)], "device-serial name-staff weekday")
P("VA", "chat", "Chance is here for his PTSD intake - Chance Whitebird, not Chance Morrow. Put him with the MST-trained counselor anyway, he asked.",
  [("Chance", N), ("Chance Whitebird", N), ("Chance Morrow", N)], "name-common-word name-message-start")
P("VA", "chat", "Deployment dates for the exposure note: left for Bagram 14 March 2010, back 2 February 2011. Pt is Sgt. Ileana Moraru.",
  [("Bagram", LO), ("14 March 2010", D), ("2 February 2011", D), ("Ileana Moraru", N)], "date-written foreign-town name-after-role")
P("VA", "ehr", "TRICARE Prime - DBN 7720418835, sponsor Aasland, Britt A.",
  [("7720418835", HP), ("Aasland, Britt A.", N)], "health-plan name-last-first")
P("VA", "voicemail", "'This is Corinne from the Vet Center in Green Bay calling about Marcus Fontaine-Redcloud, he gave us permission to talk to you, call me at 920 555 0188.'",
  [("Corinne", N), ("Green Bay", LO), ("Marcus Fontaine-Redcloud", N), ("920 555 0188", PH)], "voicemail name-staff city phone")
P("VA", "chat", "Korean War vet turns 94 on Sunday; the PCP wants the driving eval before his license renewal. Daughter Lucinda drives him for now.",
  [("94", A), ("Lucinda", N)], "age-over-89-digits name-relative weekday")
P("VA", "chat", "VVC link for Mr. Szczepański's video visit: https://vvc.example.org/join/7730-aa19 - he connected from 203.0.113.58, at home in Tomah.",
  [("Szczepański", N), ("https://vvc.example.org/join/7730-aa19", UR), ("203.0.113.58", IPA), ("Tomah", LO)], "url ip city name-non-english")
P("VA", "chat", "Shrapnel scar photos for the C&P: scar_L_thigh_Ostrowski.jpg and scar_L_thigh_Ostrowski_2.jpg. Examiner is Dr. Hollis Vandermeer.",
  [("scar_L_thigh_Ostrowski.jpg", PI), ("scar_L_thigh_Ostrowski_2.jpg", PI), ("Hollis Vandermeer", N)], "photo-filename name-clinician")
P("VA", "chat", "ID card office says the fingerprint capture for Spc. Anwar Siddiqui failed twice; the template on file is FPT-3906-0092, redo it at the card station.",
  [("Anwar Siddiqui", N), ("FPT-3906-0092", BI)], "biometric name-after-role")
# ---------------------------------------------------------------- home infusion pharmacy, sterile compounding and infusion nursing
C("HINF", "chat", "USP 797 question: our cleanroom is an ISO 7 buffer with an ISO 8 ante. Category 2 CSPs get a 4-day room-temp BUD unless sterility tested, right?",
  "organization dose-lab quick-question", org="USP")
C("HINF", "chat", "Ertapenem 1 g daily by elastomeric: the Homepump holds it only 24 h refrigerated, so the nurse needs daily swaps or we go to an electronic pump.",
  "device-brand dose-lab", br="Homepump")
C("HINF", "chat", "Vanc trough 17 on day 4. Bayesian AUC is 520, so no change. Weekly CBC and BMP draws stay on Mondays.",
  "dose-lab weekday")
C("HINF", "caps", "HOOD 2 FAILED PARTICLE COUNT. NO COMPOUNDING IN HOOD 2 UNTIL RECERT. USE HOODS 1 AND 3.",
  "allcaps room-bed-number")
C("HINF", "chat", "PICC or midline for 6 weeks of ceftriaxone? The MAGIC criteria call a PICC appropriate beyond 15 days.",
  "score quick-question", sc="MAGIC")
C("HINF", "chat", "Groshong catheters don't need heparin locks, saline only. The Port-a-Cath patients still get heparin 100 units/mL monthly.",
  "eponym-bare device-brand dose-lab", ep="Groshong", br="Port-a-Cath")
C("HINF", "chat", "TPN: dextrose 20%, amino acids 5%, Smoflipid 250 mL three times a week. Triglycerides weekly for the first month.",
  "drug-brand-name dose-lab", br="Smoflipid")
C("HINF", "lower", "courier question are we still bagging the ivig in the blue coolers or the new ones with the gel packs",
  "lowercase quick-question")
C("HINF", "chat", "IVIG: Gamunex-C or Privigen, but keep one brand for the whole course. Premed with Tylenol and Benadryl; rate titration per the package insert.",
  "drug-brand-name", br="Gamunex-C|Privigen|Tylenol|Benadryl")
C("HINF", "chat", "Huber needle change every 7 days. Use the 20 g 3/4 inch unless the port sits deep.",
  "eponym-bare score-fraction", ep="Huber")
C("HINF", "chat", "Milrinone at home needs the cardiology sign-off and a backup pump in the house. We don't start it on a Friday.",
  "weekday dose-lab")
C("HINF", "list", "Clean room cert schedule:\nHood 1 - every 6 months\nHood 2 - after repair\nAnteroom - every 6 months\nGloved fingertip tests - all compounders, next week",
  "list-schedule")
C("HINF", "chat", "One 1500 mg dose of dalbavancin would save 6 weeks of home infusion, but the payer wants ID to say oral step-down isn't an option. OVIVA is the usual counterargument.",
  "trial-name dose-lab", tr="OVIVA")
C("HINF", "chat", "Remodulin diluent: the maker's diluent or sterile water, never tap water. The pump cassette gets changed every 48 hours.",
  "drug-brand-name", br="Remodulin")
C("HINF", "sms", "running low on 10 mL prefilled saline flushes, PosiFlush on backorder, use the Medefil ones",
  "device-brand", br="PosiFlush|Medefil")
C("HINF", "chat", "Nurse visit note template: dressing change, cap change, blood return, arm circumference 10 cm above the insertion, teaching done. Keep it short.",
  "admin-chatter")
C("HINF", "chat", "Beyond-use dating for the batch of cefazolin syringes: 9 days refrigerated per our own validation, not 14. The label says 9.",
  "dose-lab not-a-date")
C("HINF", "chat", "Enteral isn't our line - the Kate Farms and Compleat orders go to the nutrition team.",
  "drug-brand-name", br="Kate Farms|Compleat")
C("HINF", "bot", "/ask stability of ampicillin in normal saline at room temp vs refrigerated, in an elastomeric",
  "bot-command dose-lab")
C("HINF", "chat", f"Reaction kit at every home start: epinephrine 1{NBSP}mg/mL, diphenhydramine, Solu-Medrol, a bag of NS. Check the kit expiry monthly.",
  "drug-brand-name unicode-clean", br="Solu-Medrol")
C("HINF", "chat", "Hickman lines in the adult TPN patients: two lumens, one dedicated to the TPN. Don't draw labs from the TPN lumen.",
  "eponym-bare", ep="Hickman")

P("HINF", "ehr", "Rx# 7731902 - CEFTRIAXONE 2 G IV Q24H\nPt: Petrović, Jelena  DOB 1974-05-19\nDeliver: 37 Hawthorn Ridge Rd, Sun Prairie 53590\nBUD 11/26 refrig",
  [("7731902", ID_), ("Petrović, Jelena", N), ("1974-05-19", D), ("37 Hawthorn Ridge Rd", LO), ("Sun Prairie", LO), ("53590", LO), ("11/26", D)],
  "other-id name-last-first date-iso address")
P("HINF", "chat", "Driver Rashad couldn't get into the building for Mrs. Lindgren-Obi's delivery, the buzzer code changed. Her cell is (414) 555-0146.",
  [("Rashad", N), ("Lindgren-Obi", N), ("(414) 555-0146", PH)], "name-staff name-hyphenated phone")
P("HINF", "chat", "Pump SN 1103-88412 went home with Fernando Ybarra yesterday, but the log still shows it in the pump room. Fix the log?",
  [("1103-88412", DV), ("Fernando Ybarra", N)], "device-serial")
P("HINF", "lower", "nurse visit for odalys nuñez moved to 4 pm her sister hortensia will be there to let us in",
  [("odalys nuñez", N), ("hortensia", N)], "name-lowercase name-relative clock-time")
P("HINF", "chat", "Compounding check: batch made by Kwame Asante, verified by Ilse Brandauer. Both initials on the log, KA / IB.",
  [("Kwame Asante", N), ("Ilse Brandauer", N), ("KA", N), ("IB", N)], "name-staff name-initial")
P("HINF", "chat", "Intake: referral from St. Odile's for OPAT, pt Theophilus Mensah, 92, osteo of the left foot, 6 wks of cefazolin. Home is in Hartford (the Wisconsin one).",
  [("St. Odile's", LO), ("Theophilus Mensah", N), ("92", A), ("Hartford", LO)], "facility age-over-89-digits city")
P("HINF", "email", "From: intake@example.com\nSubject: new start Monday\n\nPatient: Chiamaka Eze\nMember ID: UHX-448-20917\nPayer wants the nursing visit notes within 48 h. Ordering: Dr. Aurelio Fontana, NPI 1578302264.",
  [("intake@example.com", EM), ("Chiamaka Eze", N), ("UHX-448-20917", HP), ("Aurelio Fontana", N), ("1578302264", LI)],
  "email health-plan clinician-license")
P("HINF", "chat", "Mercy Adjei-Brown's TPN bag leaked in transit. New bag goes out tonight; her line is a Hickman, so tell the nurse.",
  [("Mercy Adjei-Brown", N)], "name-common-word name-possessive")
P("HINF", "voicemail", "VM 6:12 am: 'It's Loretta, Dwight Pomeroy's wife, the pump keeps beeping occlusion and the bag isn't going down, we're at 1412 County Road JJ. Please call 262-555-0171.'",
  [("Loretta", N), ("Dwight Pomeroy", N), ("1412 County Road JJ", LO), ("262-555-0171", PH)], "voicemail name-relative address phone")
P("HINF", "chat", "IVIG for Abdirahman Farah: next infusion 12/08 and 12/09, split dose. His son Liban will be there both days.",
  [("Abdirahman Farah", N), ("12/08", D), ("12/09", D), ("Liban", N)], "name-non-english date-numeric name-relative")
P("HINF", "caps", "STAT DELIVERY: VANCO 1250 MG FOR HOLLIS PEMBERTON-GRAY, 8820 W BRAMBLEWOOD AVE APT 12, WEST ALLIS. PT OUT OF DOSES.",
  [("HOLLIS PEMBERTON-GRAY", N), ("8820 W BRAMBLEWOOD AVE APT 12", LO), ("WEST ALLIS", LO)], "name-allcaps address city")
P("HINF", "chat", "Ms. Brannigan-Yazzie's CK is 980 on dapto, week 3. Holding tonight's dose; Dr. Kessler agrees.",
  [("Brannigan-Yazzie", N), ("Kessler", N)], "name-possessive name-clinician dose-lab")
P("HINF", "chat", "Copay card for Gustavo Ibarra-Leal ends in 6627; foundation account FA-20931-77. Don't run the card until the claim posts.",
  [("Gustavo Ibarra-Leal", N), ("6627", AC), ("FA-20931-77", AC)], "account name-hyphenated")
P("HINF", "sms", f"mrs haddad's daughter texted: {AR('414')}-{AR('555')}-{AR('0160')} is the new number for deliveries",
  [("haddad", N), (f"{AR('414')}-{AR('555')}-{AR('0160')}", PH)], "arabic-indic-digits phone name-lowercase")
P("HINF", "chat", "Patient from Lyon on a visa, Amandine Rousseau-Perrin, DOB 23/09/1988 (day first). French coverage, so a self-pay deposit was taken.",
  [("Lyon", LO), ("Amandine Rousseau-Perrin", N), ("23/09/1988", D)], "foreign-town name-non-english dob")
P("HINF", "chat", "Wrong MRN on the label! The bag says 55091276 but Yitzchak Adler's MRN is 55091267. Pulled it before it left.",
  [("55091276", MR), ("Yitzchak Adler", N), ("55091267", MR)], "mrn name-possessive")
P("HINF", "list", "Nurse route Tue:\n1. Kowalski - Menomonee Falls - PICC dressing\n2. Okeke-Lund - Brookfield - IVIG start\n3. Pham Thi Lan - Wauwatosa - labs\n4. Goran Vuković - Waukesha - pump swap",
  [("Kowalski", N), ("Menomonee Falls", LO), ("Okeke-Lund", N), ("Brookfield", LO), ("Pham Thi Lan", N), ("Wauwatosa", LO),
   ("Goran Vuković", N), ("Waukesha", LO)], "name-list city name-surname-only name-non-english")
P("HINF", "chat", "PICC site photo from the home visit: picc_site_Morningstar_day12.jpg. Redness 2 cm, no drainage. Pt is Ezekiel Morningstar.",
  [("picc_site_Morningstar_day12.jpg", PI), ("Ezekiel Morningstar", N)], "photo-filename")
P("HINF", "chat", "Is the 96-year-old on ertapenem okay to stay home alone? Her neighbor Gwendolyn checks on her, but nobody is there overnight.",
  [("96", A), ("Gwendolyn", N)], "age-over-89-digits name-given-only quick-question")
P("HINF", "chat", "Cleanroom door log: fingerprint template 0417-CR for tech Marguerite? No - for Solenne Okafor. She badged in at 05:50 without gowning.",
  [("0417-CR", BI), ("Marguerite", N), ("Solenne Okafor", N)], "biometric name-mistyped name-staff clock-time")
P("HINF", "email", "From: c.delauney@example.net\nTo: home infusion intake\nSubject: dad's antibiotics\n\nMy father Rémy Delauney is coming home from St. Brendan's on Friday. Please fax the teaching sheet to his nursing home contact at 608-555-0125. Thank you, Claudette",
  [("c.delauney@example.net", EM), ("Rémy Delauney", N), ("St. Brendan's", LO), ("608-555-0125", FX), ("Claudette", N)],
  "email name-relative facility fax")
# ---------------------------------------------------------------- hospital security and visitor management
C("SEC", "caps", "CODE GRAY RESOLVED 4 WEST. ALL OFFICERS RETURN TO POST.",
  "allcaps room-bed-number common-word-not-name", word="GRAY")
C("SEC", "chat", "Reminder: a Baker Act hold is Florida. Here it's a Chapter 51 emergency detention, and police do the transport, not us.",
  "eponym place-rule", ep="Baker Act")
C("SEC", "chat", "Tarasoff-type warnings aren't ours to make. If a patient threatens someone specific, escalate to the attending and risk.",
  "eponym-bare", ep="Tarasoff")
C("SEC", "chat", "Visitor badges are printing blank again; the Lenel server needs a restart. Use the paper log at the main desk until IT calls back.",
  "org-software admin-chatter", br="Lenel")
C("SEC", "lower", "whoever parked the golf cart by the ed ramp it is blocking the ambulance bay move it pls",
  "lowercase")
C("SEC", "chat", "Infant abduction drill Wednesday 1000, Code Pink. HUGS tags on every newborn; the door alarms lock the stairwells.",
  "weekday clock-time device-brand", br="HUGS")
C("SEC", "chat", "CPI de-escalation refresher is due for every BERT member. A Brøset score of 2 or more triggers the BERT page.",
  "place-rule score", pl="Brøset", sc="CPI")
C("SEC", "list", "Post assignments 1900-0700:\nPost 1 - main lobby\nPost 2 - ED ambulance entrance\nPost 3 - rover, garages A and B\nPost 4 - behavioral health unit\nDispatch - console 2",
  "list-schedule clock-time")
C("SEC", "chat", "Weapons screening this month: 41 knives, 6 tasers, 2 firearms turned around at the ED door. The lockers were full twice.",
  "age-like-number")
C("SEC", "chat", "The Wanderguard alarm on 6 East was the door sensor, not a patient. Facilities replaced the magnet.",
  "device-brand room-bed-number", br="Wanderguard")
C("SEC", "chat", "Active threat training is the Run Hide Fight video plus a tabletop. ALICE is what the schools use; we're staying with Run Hide Fight.",
  "organization", org="Run Hide Fight|ALICE")
C("SEC", "sms", "garage b gate arm stuck up again, waving people through, facilities paged",
  "lowercase")
C("SEC", "chat", "Restraint and seclusion: the CMS face-to-face within 1 hour. Security holds, nursing applies, the LIP orders. Start and stop times to the minute.",
  "organization clock-time", org="CMS")
C("SEC", "chat", "Body-worn camera footage is kept 90 days unless flagged. Flag by incident number only, and never download to a personal phone.",
  "age-like-number")
C("SEC", "chat", "Who owns the Axon dock in the break room? Three cameras aren't charging.",
  "device-brand", br="Axon")
C("SEC", "caps", "SEVERE WEATHER: TORNADO WARNING. MOVE VISITORS FROM THE ATRIUM TO INTERIOR CORRIDORS. ELEVATORS TO FIRE SERVICE.",
  "allcaps")
C("SEC", "chat", "Elopement-risk patients wear the yellow gown; we have 4 on the floors tonight. Don't confuse it with the yellow fall-risk socks.",
  "admin-chatter")
C("SEC", "chat", "Our K-9 handler says the dog can't go onto inpatient units at all, only the garages and the loading dock.",
  "staff-role")
C("SEC", "email", "Subject: lost and found\n\nTeam, patient belongings go to the envelope safe with a two-signature log. Dentures and hearing aids go to nursing, not to us. Anything unclaimed after 30 days goes to donation. - Security manager",
  "staff-role admin-chatter")
C("SEC", "chat", "Trespass warnings are issued by police, not by us. We document and call the non-emergency line; the form is TW-1.",
  "code-number")
C("SEC", "chat", "Radio etiquette: say the post and the 10-code, never the patient's name. Ten-four is fine, Roger is fine, nobody needs Over and out.",
  "common-word-not-name", word="Roger")

P("SEC", "ehr", "Incident IR-27-03318\nSubject: Delroy Mcintyre-Banks, visitor\nVehicle: WI plate 824-ZKV, silver sedan\nOfficer: badge 3187, T. Yoshimura",
  [("IR-27-03318", ID_), ("Delroy Mcintyre-Banks", N), ("824-ZKV", VE), ("3187", ID_), ("T. Yoshimura", N)],
  "other-id vehicle name-initial name-hyphenated")
P("SEC", "chat", "Visitor restriction for room 512: the patient's ex, Brantley Voss, is NOT allowed up. Photo is at the desk, BOLO_Brantley_Voss.jpg. Patient is Kenzie Marchetti.",
  [("Brantley Voss", N), ("BOLO_Brantley_Voss.jpg", PI), ("Kenzie Marchetti", N)], "photo-filename name-plain room-bed-number")
P("SEC", "caps", "BERT TO ED ROOM 14: AGITATED PT, JEROME ASHFORD-PIKE, 6 FT, RED HOODIE. OFFICER HALVERSON EN ROUTE.",
  [("JEROME ASHFORD-PIKE", N), ("HALVERSON", N)], "name-allcaps name-staff room-bed-number")
P("SEC", "chat", "Found a wallet in the chapel: driver's license S530-4418-8812-07 (WI), name Folake Ojo. Logged in lost and found.",
  [("S530-4418-8812-07", LI), ("Folake Ojo", N)], "drivers-license")
P("SEC", "chat", "Clip of the lobby fall saved as lobby_cam3_fall_1427.mp4 for risk. The visitor who fell is Mr. Eberhardt, 93, from Cedarburg.",
  [("lobby_cam3_fall_1427.mp4", PI), ("Eberhardt", N), ("93", A), ("Cedarburg", LO)], "photo-filename age-over-89-digits city")
P("SEC", "lower", "escort needed for lashonda pruitt room 8 her ex is in the lobby asking for her",
  [("lashonda pruitt", N)], "name-lowercase room-bed-number")
P("SEC", "chat", "Police case # 27-118342 for the car break-in in Garage B. Owner: Dr. Ingeborg Sæther. Her plate is ZKL 4419.",
  [("27-118342", ID_), ("Ingeborg Sæther", N), ("ZKL 4419", VE)], "other-id vehicle name-clinician")
P("SEC", "voicemail", "VM to the security desk: 'Hi, this is Hamid Rahimi, I think my father Abdul Qadir Rahimi was moved off 5 North and nobody told me, please call 773-555-0129.'",
  [("Hamid Rahimi", N), ("Abdul Qadir Rahimi", N), ("773-555-0129", PH)], "voicemail name-relative name-non-english phone")
P("SEC", "chat", "Badge log: badge 60-44917 (Marisa Delgado-Weiss, unit clerk) opened the pharmacy door at 0312. She says she was dropping off a tote. Manager notified.",
  [("60-44917", ID_), ("Marisa Delgado-Weiss", N)], "other-id name-staff clock-time")
P("SEC", "chat", "The trespass notice for Cletus Varnado lists 2210 Mill Pond Rd, Jefferson. He showed up again at 2 am.",
  [("Cletus Varnado", N), ("2210 Mill Pond Rd", LO), ("Jefferson", LO)], "address city name-plain")
P("SEC", "sms", "Visitor desk: ID scan failed for Svetlana Orlova-Kim, passport no 75 4418902. Let her up?",
  [("Svetlana Orlova-Kim", N), ("75 4418902", LI)], "passport name-hyphenated name-non-english")
P("SEC", "chat", "Officer Tamsin Greaves and Officer Obinna Chukwu to the BHU for a standby. Patient Reginald 'Reggie' Bellweather is asking to leave AMA.",
  [("Tamsin Greaves", N), ("Obinna Chukwu", N), ("Reginald", N), ("Reggie", N), ("Bellweather", N)],
  "name-staff name-nickname name-after-role")
P("SEC", "chat", "Phishing report: the mail was sent from it-support@example.net asking for badge PINs, and a user at 192.0.2.144 clicked it. That's Colette Fairbanks in billing.",
  [("it-support@example.net", EM), ("192.0.2.144", IPA), ("Colette Fairbanks", N)], "email ip name-staff")
P("SEC", "chat", "Valuables envelope V-2291 for Mr. Abiodun Olatunji: wedding ring, $212 cash, a watch. Signed by Sgt. Pruszynski and RN Katya.",
  [("V-2291", ID_), ("Abiodun Olatunji", N), ("Pruszynski", N), ("Katya", N)], "other-id name-staff name-after-role")
P("SEC", "chat", "BOLO: patient missing from 3 South, Ambrose Lightfoot, 90, walker, blue robe. Last seen by the cafeteria at 1440. His daughter lives on Ridgeview Dr - check there if he's not on campus.",
  [("Ambrose Lightfoot", N), ("90", A), ("Ridgeview Dr", LO)], "age-over-89-digits address name-plain")
P("SEC", "chat", "Thanks to Emeka and Dolores on nights for the quick response to the fight in the ED waiting room. Emeka's hand is fine.",
  [("Emeka", N), ("Dolores", N), ("Emeka", N)], "name-staff name-given-only name-possessive")
P("SEC", "chat", f"Parking permit for the dialysis patient Jadwiga Kamińska: plate {FW('MKE 2207')} (typed at the kiosk in full-width), good through 12/31.",
  [("Jadwiga Kamińska", N), (FW("MKE 2207"), VE), ("12/31", D)], "vehicle fullwidth-digits date-numeric name-non-english")
P("SEC", "chat", "Law enforcement hold: Deputy Arnulfo Cisneros has Tyrese Goodwin-Jones in custody in ED bay 6. Booking # 27-04419 goes on the face sheet.",
  [("Arnulfo Cisneros", N), ("Tyrese Goodwin-Jones", N), ("27-04419", ID_)], "name-after-role name-hyphenated other-id")
P("SEC", "chat", "Hearing aid found in the cafeteria, engraved 'H. Obi'? no - 'H. Oni'. Matches Harriet Oni on 7 West.",
  [("H. Obi", N), ("H. Oni", N), ("Harriet Oni", N)], "name-mistyped name-initial")
P("SEC", "email", "From: visitor.mgmt@example.org\nTo: security dispatch\nSubject: no-visitor flag\n\nAt the patient's request, no visitors for Leilani Kahananui (MRN 30771845) except her brother Keoni. Flag stays until discharge.",
  [("visitor.mgmt@example.org", EM), ("Leilani Kahananui", N), ("30771845", MR), ("Keoni", N)], "email mrn name-relative name-non-english")
P("SEC", "chat", "Towed from the ED circle: VIN 1FTEW1EP5KFA40917, pickup registered to Buford Tennant, who is upstairs in the cath lab. Tell his wife.",
  [("1FTEW1EP5KFA40917", VE), ("Buford Tennant", N)], "vehicle name-plain")
P("SEC", "chat", "Facial-match alert at the main entrance: template FR-0093317 matched the trespassed visitor Lamont Quarterman at 1815. Officer Yasmin Haddou responding.",
  [("FR-0093317", BI), ("Lamont Quarterman", N), ("Yasmin Haddou", N)], "biometric name-after-role clock-time")
# ---------------------------------------------------------------- travel medicine clinic
C("TRAVEL", "chat", "Yellow fever: Stamaril is back in stock, YF-Vax isn't. One dose is valid for life now, so no boosters for the frequent flyers.",
  "drug-brand-name", br="Stamaril|YF-Vax")
C("TRAVEL", "chat", "Malaria prophylaxis for a 3-week trip to a chloroquine-resistant area: Malarone daily, start 1-2 days before, continue 7 days after. Doxy is the cheap option.",
  "drug-brand-name dose-lab", br="Malarone")
C("TRAVEL", "chat", "Japanese encephalitis vaccine is Ixiaro, two doses 28 days apart. Only for rural, long stays or monsoon season.",
  "place-disease drug-brand-name", pl="Japanese encephalitis", br="Ixiaro")
C("TRAVEL", "chat", "Chikungunya vaccine question: Ixchiq is live-attenuated, so not for the pregnant traveler. The dengue vaccine is only for prior confirmed infection.",
  "drug-brand-name", br="Ixchiq")
C("TRAVEL", "lower", "do we still give the oral typhoid capsules or only the shot now",
  "lowercase quick-question")
C("TRAVEL", "chat", "Altitude: acetazolamide 125 mg BID starting the day before going above 2,800 m. Lake Louise score sheet goes in the AMS handout.",
  "place-rule dose-lab", pl="Lake Louise")
C("TRAVEL", "chat", "Traveler's diarrhea in Southeast Asia: azithromycin 1 g once, because of the quinolone resistance. Bismuth for mild cases. No loperamide for kids under 2.",
  "dose-lab age-under-90")
C("TRAVEL", "chat", "Rabies pre-exposure: Imovax or RabAvert on days 0 and 7 under the newer ACIP schedule. Titers only for the high-risk jobs.",
  "drug-brand-name organization", br="Imovax|RabAvert", org="ACIP")
C("TRAVEL", "chat", "Hajj and Umrah travelers need the quadrivalent meningococcal vaccine, MenQuadfi or Menveo; the certificate is checked at entry.",
  "drug-brand-name", br="MenQuadfi|Menveo")
C("TRAVEL", "chat", "Oropouche and Zika are both on the CDC Level 2 notices this month. Pregnant travelers: defer if they can.",
  "place-disease organization", pl="Oropouche|Zika", org="CDC")
C("TRAVEL", "caps", "VACCINE FRIDGE 2 OUT OF RANGE 9.1 C AT 0620. QUARANTINE CONTENTS. DO NOT DISCARD UNTIL THE MANUFACTURER IS CONSULTED.",
  "allcaps temperature clock-time")
C("TRAVEL", "chat", "Measles: any traveler born after 1957 without two documented MMRs gets a dose before leaving. Infants 6-11 months get an early dose.",
  "year-only age-under-90")
C("TRAVEL", "chat", "Polio booster for long stays in polio-affected countries: one IPV dose as an adult, and some countries want proof at exit if the stay is over 4 weeks.",
  "dose-lab")
C("TRAVEL", "list", "Pre-travel consult checklist:\n- itinerary and dates (on the form, not in chat)\n- activities: caves, animals, fresh water\n- vaccine record\n- meds and allergies\n- pregnancy plans\n- insurance with evacuation",
  "list-schedule admin-chatter")
C("TRAVEL", "chat", "Schistosomiasis: Lake Malawi swimmers need serology 6-8 weeks after the last swim, praziquantel if positive.",
  "place-disease", pl="Lake Malawi")
C("TRAVEL", "chat", "Dukoral is the cholera vaccine in Canada; here it's Vaxchora, one oral dose at least 10 days before travel.",
  "drug-brand-name", br="Dukoral|Vaxchora")
C("TRAVEL", "sms", "typhoid shots out til tuesday, reschedule the wed travelers or give them the capsules",
  "lowercase weekday")
C("TRAVEL", "chat", "Transderm Scop for the cruise crowd, behind the ear 4 hours before boarding. Warn the over-65s about confusion and dry mouth.",
  "drug-brand-name age-under-90", br="Transderm Scop")
C("TRAVEL", "bot", "/evidence tick-borne encephalitis vaccine for hikers in central Europe - Ticovac schedule and the accelerated option",
  "bot-command drug-brand-name", br="Ticovac")
C("TRAVEL", "chat", "A returning traveler with fever is not a travel clinic visit; send them to the ED. Malaria until proven otherwise, thick and thin smears x3.",
  "admin-chatter")
C("TRAVEL", "chat", "Ross found the parasite in the mosquito in 1897, Laveran in the blood in 1880 - today's teaching slide. Plasmodium knowlesi is the one the residents forget.",
  "public-figure year-only organism", pub="Ross|Laveran", orgm="Plasmodium knowlesi")

P("TRAVEL", "chat", "Pre-travel for Anneliese Vogt-Mbatha, leaving for Kisumu on 6/18 for 3 months of fieldwork. She'll be based at a clinic outside Kisumu.",
  [("Anneliese Vogt-Mbatha", N), ("Kisumu", LO), ("6/18", D), ("Kisumu", LO)], "foreign-town date-numeric name-hyphenated")
P("TRAVEL", "ehr", "ICVP issued: yellow fever, Stamaril\nTraveler: NWANKWO, CHUKWUDI E.\nPassport: A07731942\nCertificate no. WI-YF-27-00418\nDate: 2027-03-09",
  [("NWANKWO, CHUKWUDI E.", N), ("A07731942", LI), ("WI-YF-27-00418", LI), ("2027-03-09", D)], "name-last-first passport date-iso")
P("TRAVEL", "chat", "VFR family going to Puebla for Christmas: parents Rigoberto and Xóchitl Tlapanco-Ayala, kids Itzel, Tonatiuh and baby Yaretzi. Grandma is 90 and lives in Atlixco.",
  [("Puebla", LO), ("Rigoberto", N), ("Xóchitl Tlapanco-Ayala", N), ("Itzel", N), ("Tonatiuh", N), ("Yaretzi", N), ("90", A), ("Atlixco", LO)],
  "name-list name-non-english foreign-town age-over-89-digits")
P("TRAVEL", "lower", "rafe dunmore called he lost his yellow card before his flight on friday can we reissue it",
  [("rafe dunmore", N)], "name-lowercase weekday")
P("TRAVEL", "email", "From: m.oyarzun@example.com\nTo: travel clinic\nSubject: rabies shots in Peru\n\nHi, a monkey bit me in Cusco on 14 Feb and I got two shots at Clínica San Andrés there. Am I done? Matías Oyarzún, cell +51 984 555 0127",
  [("m.oyarzun@example.com", EM), ("Cusco", LO), ("14 Feb", D), ("Clínica San Andrés", LO), ("Matías Oyarzún", N), ("+51 984 555 0127", PH)],
  "email foreign-town facility phone")
P("TRAVEL", "chat", "Mrs. Kristiansen, 94, wants to go on the Antarctic cruise. The cardiology clearance letter from Dr. Oluwaseun Bakare is scanned in.",
  [("Kristiansen", N), ("94", A), ("Oluwaseun Bakare", N)], "age-over-89-digits name-clinician")
P("TRAVEL", "chat", "State registry record for Bao Nguyen-Hartley pulled, registry ID 8840-2217-99. Missing the second hep A.",
  [("Bao Nguyen-Hartley", N), ("8840-2217-99", ID_)], "other-id name-hyphenated")
P("TRAVEL", "sms", "Hi it's Leocadia Brzezińska, my flight to Kraków is 23.04 not 24.04, can I come a day earlier for the typhoid? 262 555 0158",
  [("Leocadia Brzezińska", N), ("Kraków", LO), ("23.04", D), ("24.04", D), ("262 555 0158", PH)],
  "date-dmy-abbrev foreign-town phone name-non-english")
P("TRAVEL", "chat", "Mission team list for the Guatemala trip: Ruth Ann Spielman, Caleb Spielman, Deacon Amos Whitcombe, Josiah Mwangi. All need hep A and typhoid.",
  [("Ruth Ann Spielman", N), ("Caleb Spielman", N), ("Amos Whitcombe", N), ("Josiah Mwangi", N)], "name-list name-after-role")
P("TRAVEL", "chat", "Exchange student Aarav Raghunathan leaves for Bengaluru in August and wants JE and rabies. Mom Lakshmi is the contact, 847-555-0116.",
  [("Aarav Raghunathan", N), ("Bengaluru", LO), ("Lakshmi", N), ("847-555-0116", PH)], "foreign-town name-relative phone month-word")
P("TRAVEL", "chat", "Coverage check: BCBS member XJK770412938 - the travel consult is non-covered, so self-pay acct 55-308817 for Thuy Dao.",
  [("XJK770412938", HP), ("55-308817", AC), ("Thuy Dao", N)], "health-plan account name-non-english")
P("TRAVEL", "chat", "Post-travel: Hakeem Balogun back from Lagos 3 days ago with a fever of 39.4 - sent to the ED, called ahead to the charge nurse, Tomasz.",
  [("Hakeem Balogun", N), ("Lagos", LO), ("Tomasz", N)], "foreign-town name-staff temperature")
P("TRAVEL", "chat", f"Callback for Océane Lambert-Diallo: 608-555{ZW}-0193 (copied out of the portal, may have junk in it).",
  [("Océane Lambert-Diallo", N), (f"608-555{ZW}-0193", PH)], "zero-width phone name-hyphenated")
P("TRAVEL", "chat", "Hajj group lead Imam Yusuf Abdullahi brought the list: Halima Abdullahi, 91, and Fadumo Warsame. Halima needs the meningococcal and a wheelchair at the airport.",
  [("Yusuf Abdullahi", N), ("Halima Abdullahi", N), ("91", A), ("Fadumo Warsame", N), ("Halima", N)],
  "name-after-role name-list age-over-89-digits")
P("TRAVEL", "chat", "Our fax is down, so Dr. Pilar Ocampo's prescriptions went out by e-fax from 414-555-0177 instead.",
  [("Pilar Ocampo", N), ("414-555-0177", FX)], "fax name-clinician name-possessive")
P("TRAVEL", "chat", "Timothée Arsenault - the one trekking in Nepal - DOB 7 August 1969, needs the rabies series started before the 20th.",
  [("Timothée Arsenault", N), ("7 August 1969", D), ("20th", D)], "dob date-written name-message-start")
P("TRAVEL", "voicemail", "'Hello, this is Jun Watanabe's wife Emiko, he flies to Ho Chi Minh City tomorrow and left his malaria pills at the pharmacy, can you call in a new script, 608 555 0109.'",
  [("Jun Watanabe", N), ("Emiko", N), ("Ho Chi Minh City", LO), ("608 555 0109", PH)], "voicemail name-relative foreign-town phone")
P("TRAVEL", "chat", "Sent Gunnhild Haugen the itinerary upload link https://travel.example.net/u/gh-40917 - she uploads from work, 198.51.100.23.",
  [("Gunnhild Haugen", N), ("https://travel.example.net/u/gh-40917", UR), ("198.51.100.23", IPA)], "url ip name-non-english")
P("TRAVEL", "chat", "Rabies titer for the zoo keeper, Marisol? No, Maribel Echeverri. 0.9 IU/mL, adequate. She works at the zoo in Madison.",
  [("Marisol", N), ("Maribel Echeverri", N), ("Madison", LO)], "name-mistyped city")
P("TRAVEL", "chat", "Monkey scratch photo from Bali: bali_scratch_forearm_Holm.jpg. Sigrún Holm got one dose of RIG in Denpasar on 2/27.",
  [("bali_scratch_forearm_Holm.jpg", PI), ("Sigrún Holm", N), ("Denpasar", LO), ("2/27", D)], "photo-filename foreign-town date-numeric")
P("TRAVEL", "chat", "Passport name doesn't match the chart: passport says Wei-Ting Liang, chart says Liang Weiting, 梁薇婷 on the Taiwanese ID. Same woman.",
  [("Wei-Ting Liang", N), ("Liang Weiting", N), ("梁薇婷", N)], "name-non-english name-hyphenated")
# ---------------------------------------------------------------- zoonosis, animal-bite and rabies consults
C("ZOO", "chat", "A bat in the bedroom of a sleeping person means PEP, even without a known bite. Capture the bat if you can and send it to the state lab.",
  "animal-exposure")
C("ZOO", "chat", "Pasteurella after a cat bite gives a fast cellulitis, within 24 h. Augmentin is standard; doxy if penicillin-allergic.",
  "organism drug-brand-name", orgm="Pasteurella", br="Augmentin")
C("ZOO", "chat", "Q fever serology: phase II IgG 1:256 is acute; chronic if phase I is high. Goat kidding season at the fairgrounds is the usual story.",
  "titer dose-lab")
C("ZOO", "chat", "Brucella from raw-milk cheese: the lab needs a heads-up, it's a lab-acquired infection risk. Cultures stay in the biosafety cabinet.",
  "organism", orgm="Brucella")
C("ZOO", "chat", "Psittacosis from the parrot: Chlamydia psittaci, doxycycline 100 mg BID for 10-14 days. The bird needs a vet too.",
  "organism dose-lab", orgm="Chlamydia psittaci")
C("ZOO", "chat", "Hantavirus after sweeping out a cabin: Sin Nombre in the Four Corners, but the deer mice up here carry it too. Supportive care, ICU early.",
  "place-disease", pl="Sin Nombre|Four Corners")
C("ZOO", "chat", "The ten-day observation only applies to dogs, cats and ferrets. A raccoon or skunk bite is presumed rabid unless the animal tests negative.",
  "animal-exposure")
C("ZOO", "lower", "does the county still allow the 10 day quarantine at home or do they make them board the dog",
  "lowercase quick-question")
C("ZOO", "chat", "HRIG 20 IU/kg, as much as possible infiltrated around the wound, the rest IM at a distant site. HyperRAB and Kedrab are both fine.",
  "drug-brand-name dose-lab", br="HyperRAB|Kedrab")
C("ZOO", "chat", "Capnocytophaga canimorsus in an asplenic patient after a dog licks a wound can be fulminant. Low threshold to admit.",
  "organism", orgm="Capnocytophaga canimorsus")
C("ZOO", "chat", "Tularemia in a rabbit hunter: Francisella. Tell the lab before they plate it. Gentamicin or streptomycin.",
  "organism", orgm="Francisella")
C("ZOO", "caps", "STATE LAB RABIES COURIER PICKUP NOW 1100 WEEKDAYS. NO WEEKEND PICKUPS. HEADS ONLY, ON ICE, NOT FROZEN.",
  "allcaps clock-time")
C("ZOO", "chat", "Bartonella from a kitten scratch usually settles without treatment; azithro if the node is big. It isn't the same thing as cat-bite cellulitis.",
  "organism", orgm="Bartonella")
C("ZOO", "chat", "Leptospirosis after flood cleanup: Weil disease if jaundice and renal failure. Doxy for the mild ones.",
  "eponym-bare", ep="Weil")
C("ZOO", "chat", "Orf from the lambs, self-limited. The 4-H kids get it every spring and their parents panic.",
  "organization", org="4-H")
C("ZOO", "chat", "Mpox from prairie dogs is a 2003 story; now it's person to person. Jynneos for the high-risk list.",
  "year-only drug-brand-name", br="Jynneos")
C("ZOO", "sms", "rabies vaccine day 7 doses are tomorrow for the two bat kids, RN pls confirm stock, we have 3 vials",
  "lowercase")
C("ZOO", "chat", "H5N1 on dairy farms: milkers with conjunctivitis get swabbed and started on oseltamivir. Public health tracks the herds; we just swab.",
  "organism", orgm="H5N1")
C("ZOO", "bot", "/draft handout for farm families on avian flu: PPE in the milking parlor, pink eye means call us, no raw milk",
  "bot-command")
C("ZOO", "chat", "Strep suis from hog handling: meningitis plus deafness. Rare here, common where backyard pig farming is.",
  "organism", orgm="Strep suis")
C("ZOO", "chat", "Pasteur's vaccine in 1885 is still the origin story for the residents. The modern cell-culture vaccines have nothing of the nerve-tissue reactions.",
  "public-figure year-only", pub="Pasteur")

P("ZOO", "chat", "Dog bite: Colby Hagstrom, 7, bitten on the face by the neighbor's dog at 811 Orchard Ln, Waupun. Animal control report AC-27-0913. The dog is up to date.",
  [("Colby Hagstrom", N), ("811 Orchard Ln", LO), ("Waupun", LO), ("AC-27-0913", ID_)], "address city other-id age-under-90")
P("ZOO", "chat", "Bat exposure, whole Lindahl family: Erik, Solveig and the kids Astrid and Nils. The bat tested positive at the state lab on 9/14. PEP started today.",
  [("Lindahl", N), ("Erik", N), ("Solveig", N), ("Astrid", N), ("Nils", N), ("9/14", D)], "name-list name-relative date-numeric")
P("ZOO", "chat", "Animal control officer Garrick Tull says the raccoon was hit on Hwy 33 near Portage, too damaged to test. So PEP for Wendell Ochs.",
  [("Garrick Tull", N), ("Hwy 33", LO), ("Portage", LO), ("Wendell Ochs", N)], "name-after-role address city")
P("ZOO", "chat", "Psittacosis case: Imelda Castañeda, 63, owns a cockatiel named Mango. Works at a pet store in Janesville.",
  [("Imelda Castañeda", N), ("Janesville", LO)], "name-non-english city pet-name")
P("ZOO", "lower", "bite clinic f/u for reuben adeyinka day 14 rabies shot he says the fox bit him out by the quarry on tuesday",
  [("reuben adeyinka", N)], "name-lowercase weekday")
P("ZOO", "ehr", "Rabies PEP record\nPt: VANG, PA NOU  DOB 12/02/2019\nExposure: dog bite R calf 10/21\nHRIG 420 IU given 10/21\nVaccine d0 10/21, d3 10/24, d7 10/28, d14 11/04",
  [("VANG, PA NOU", N), ("12/02/2019", D), ("10/21", D), ("10/21", D), ("10/21", D), ("10/24", D), ("10/28", D), ("11/04", D)],
  "name-last-first name-non-english dob date-numeric")
P("ZOO", "chat", "The dairy with the H5N1 cows is the Brekkestad place, W4410 County Road P, Loyal. Two milkers with pink eye: Jesús Tapia and Ovidio Chamalé.",
  [("Brekkestad", N), ("W4410 County Road P", LO), ("Loyal", LO), ("Jesús Tapia", N), ("Ovidio Chamalé", N)],
  "address city name-non-english name-surname-only")
P("ZOO", "chat", "Vet Dr. Annika Feldhaus called about the ferret that bit Ximena Ruiz-Tagle: the ferret is alive at day 10, so PEP can stop after dose 3.",
  [("Annika Feldhaus", N), ("Ximena Ruiz-Tagle", N)], "name-clinician name-hyphenated")
P("ZOO", "voicemail", "'This is Merle from county animal services calling about case 27-AB-0562, the husky that bit Mrs. Ferncliff on Pine Hollow Road, call me at 920 555 0147.'",
  [("Merle", N), ("27-AB-0562", ID_), ("Ferncliff", N), ("Pine Hollow Road", LO), ("920 555 0147", PH)], "voicemail other-id phone address")
P("ZOO", "chat", "Tularemia: Dwayne 'Bucky' Kettering, rabbit hunter from Fennimore, 92 years old and still skinning his own rabbits. Admitting.",
  [("Dwayne", N), ("Bucky", N), ("Kettering", N), ("Fennimore", LO), ("92", A)], "name-nickname city age-over-89-digits")
P("ZOO", "chat", "Lab: Brucella suspected in the blood culture from Berenice Aguilar-Sotelo, accession 27-MB-118204. Everyone who opened that plate needs a risk assessment: Gretchen, Yuki and Priyanka.",
  [("Berenice Aguilar-Sotelo", N), ("27-MB-118204", ID_), ("Gretchen", N), ("Yuki", N), ("Priyanka", N)], "accession name-staff name-given-only")
P("ZOO", "sms", "hi its Marigold Fenwick, the cat that scratched me is sick now, do i need shots? im in Viroqua",
  [("Marigold Fenwick", N), ("Viroqua", LO)], "name-common-word city")
P("ZOO", "chat", "Monkey bite at the exotic animal sanctuary off Hwy 14; the patient is the keeper, Tobias Ravenscroft. B virus protocol: wash 15 min, valacyclovir.",
  [("Hwy 14", LO), ("Tobias Ravenscroft", N)], "address name-plain")
P("ZOO", "email", "From: county.vet@example.org\nSubject: dog observation release\n\nThe dog that bit Quentin Abernethy-Shaw on 8/30 finished its 10-day observation healthy. Owner: Patricia Lemaire, 509 Cobb St. No PEP needed.",
  [("county.vet@example.org", EM), ("Quentin Abernethy-Shaw", N), ("8/30", D), ("Patricia Lemaire", N), ("509 Cobb St", LO)],
  "email date-numeric address name-hyphenated")
P("ZOO", "chat", "Strep suis meningitis in a hog farmer, Mr. Van Wyhe, 90. The nephew runs the farm now. Hearing already gone on the right.",
  [("Van Wyhe", N), ("90", A)], "name-particle age-over-89-digits")
P("ZOO", "chat", "HRIG dose for Anastasia Pavlenko-Roux: 58 kg x 20 = 1160 IU. MRN 88130472.",
  [("Anastasia Pavlenko-Roux", N), ("88130472", MR)], "mrn dose-lab name-hyphenated")
P("ZOO", "chat", "Cat-scratch node photo is up: node_axilla_Rautio.jpg. The kid is Eelis Rautio; mom Aino says the kitten is from a farm near Wausau.",
  [("node_axilla_Rautio.jpg", PI), ("Eelis Rautio", N), ("Aino", N), ("Wausau", LO)], "photo-filename name-non-english name-relative city")
P("ZOO", "chat", "Orf on the hands of both Schaefer kids after the lamb show on Sept 9. Mom's cell 608-555-0182.",
  [("Schaefer", N), ("Sept 9", D), ("608-555-0182", PH)], "name-surname-only date-written phone")
P("ZOO", "chat", f"Leptospirosis? Farm worker Anselmo Quispe Mamani, MRN {FW('60027714')}, waded the creek after the flood.",
  [("Anselmo Quispe Mamani", N), (FW("60027714"), MR)], "mrn fullwidth-digits name-non-english")
P("ZOO", "chat", "Dr. Horace Blumenfeld, DVM, license 6112-023, is the vet who handled the rabid calf on the Tollefson farm and got exposed. He starts PEP today.",
  [("Horace Blumenfeld", N), ("6112-023", LI), ("Tollefson", N)], "clinician-license name-surname-only")
P("ZOO", "chat", "Bite wound photos from the ED for the county: bite_Lwazi_Dube_Lhand.jpg and bite_Lwazi_Dube_Lhand_2.jpg. Lwazi Dube, 34, was bitten by a stray at the bus stop on 6th and Grand.",
  [("bite_Lwazi_Dube_Lhand.jpg", PI), ("bite_Lwazi_Dube_Lhand_2.jpg", PI), ("Lwazi Dube", N), ("6th", LO), ("Grand", LO)],
  "photo-filename address name-non-english")
# ---------------------------------------------------------------- risk management, claims and legal holds
C("RISK", "chat", "Reminder: peer review material is privileged under the state statute, so please don't paste peer review findings into this chat.",
  "admin-chatter")
C("RISK", "chat", "Disclosure conversations: we use the CANDOR toolkit from AHRQ. Apologize, explain what we know, don't speculate about fault.",
  "organization", org="CANDOR|AHRQ")
C("RISK", "chat", "The Joint Commission sentinel event list now includes severe temporary harm. RCA2 within 45 business days.",
  "organization", org="Joint Commission|RCA2")
C("RISK", "chat", "Litigation hold: once a hold is issued, nothing in the audit trail for that encounter gets purged. IT knows; don't ask them to delete anything.",
  "admin-chatter")
C("RISK", "lower", "is a wrong site block a never event or only wrong site surgery",
  "lowercase quick-question")
C("RISK", "chat", "Swiss cheese slide for the Thursday huddle is James Reason's model, not ours - cite him on the slide.",
  "public-figure place-rule weekday", pl="Swiss cheese", pub="James Reason")
C("RISK", "chat", "The Heinrich triangle is mostly discredited for healthcare, but the board still likes the picture.",
  "eponym-bare", ep="Heinrich")
C("RISK", "chat", "Just Culture algorithm: human error gets consoled, at-risk behavior gets coached, reckless behavior gets discipline. It's Marx's framework, not a lawyer's.",
  "public-figure organization", pub="Marx", org="Just Culture")
C("RISK", "chat", "Statute of repose for minors runs to age 10 or 5 years, whichever is later here - but check with counsel before telling anyone anything.",
  "age-under-90")
C("RISK", "caps", "ALL STAFF: DO NOT DISCUSS THE 3RD FLOOR EVENT ON SOCIAL MEDIA. MEDIA INQUIRIES GO TO COMMUNICATIONS ONLY.",
  "allcaps")
C("RISK", "chat", "Falls with injury last quarter: 0.41 per 1,000 patient days, benchmark 0.62 per NDNQI. Good news for once.",
  "organization dose-lab", org="NDNQI")
C("RISK", "chat", "Blood refusal has its own form, separate from the general refusal. Jehovah's Witness patients may accept fractions; ask each one.",
  "organization", org="Jehovah's Witness")
C("RISK", "chat", "HFMEA on the new smart pumps is scheduled. Alaris and Sigma are both on the table; pharmacy wants the drug library locked first.",
  "device-brand", br="Alaris|Sigma")
C("RISK", "list", "Open claims by service:\nOB - 4\nED - 3\nOrtho - 2\nGI - 1\nRadiology - 1\nNone from the sleep lab or audiology this year.",
  "list-schedule")
C("RISK", "chat", "A restraint death is reported to CMS by the next business day, even when the family isn't upset.",
  "organization", org="CMS")
C("RISK", "chat", "The apology law here covers sympathy, not admissions of fault. 'I'm sorry this happened' is covered; 'we made a mistake' is not.",
  "admin-chatter")
C("RISK", "sms", "deposition prep moved to 2 pm in the boardroom, bring the timeline binder not the laptop",
  "lowercase clock-time")
C("RISK", "chat", "Hindsight bias kills RCAs. Use the five whys and a fishbone diagram, and stop asking who.",
  "admin-chatter")
C("RISK", "bot", "/summarize the Leapfrog safe surgery standards for the board packet, one page max",
  "bot-command organization", org="Leapfrog")
C("RISK", "chat", "Renewal: the captive insurer wants hemorrhage bundle compliance at 90% or better before they hold the rate.",
  "age-like-number")
C("RISK", "chat", "Sentinel, near miss, precursor: the HPI classification puts a number on harm. A Safety Event Classification score of 1 is a precursor.",
  "score", sc="HPI")

P("RISK", "ehr", "Claim CL-2027-00412\nClaimant: Wilhelmina Osei-Tutu\nAttorney: Barnaby Prescott, Esq.\nDOI: 05/02/2027\nAllegation: delayed dx of compartment syndrome",
  [("CL-2027-00412", ID_), ("Wilhelmina Osei-Tutu", N), ("Barnaby Prescott", N), ("05/02/2027", D)], "other-id name-hyphenated date-numeric")
P("RISK", "chat", "The family of Mr. Aldous Penhaligon (deceased, 96) wants the complete record including the audit trail. His son Crispin is the executor.",
  [("Aldous Penhaligon", N), ("96", A), ("Crispin", N)], "age-over-89-digits name-relative")
P("RISK", "chat", "Legal hold notice goes to: Dr. Svetlana Markovic, RN Joaquín Albarrán, RN Tess O'Rourke-Lyle and the PACU charge nurse that night (Benedetta).",
  [("Svetlana Markovic", N), ("Joaquín Albarrán", N), ("Tess O'Rourke-Lyle", N), ("Benedetta", N)], "name-list name-staff name-particle")
P("RISK", "email", "From: k.mulroney@example.com\nTo: risk@example.org\nSubject: Complaint - my mother\n\nMy mother, Agnes Mulroney, DOB 1/9/1933, was left on a bedpan for two hours on 4 West. I want a call back at 414-555-0152. Kathleen Mulroney",
  [("k.mulroney@example.com", EM), ("risk@example.org", EM), ("Agnes Mulroney", N), ("1/9/1933", D), ("414-555-0152", PH), ("Kathleen Mulroney", N)],
  "email dob name-relative phone")
P("RISK", "lower", "adjuster for the haberkorn slip and fall is gianna petrakis her direct is 262 555 0104 ext 3",
  [("haberkorn", N), ("gianna petrakis", N), ("262 555 0104 ext 3", PH)], "name-lowercase phone-extension")
P("RISK", "chat", "Subpoena for the records of Montgomery Fairchild-Obi (MRN 20491183), case no. 27-CV-1184, response due 12/15.",
  [("Montgomery Fairchild-Obi", N), ("20491183", MR), ("27-CV-1184", ID_), ("12/15", D)], "name-common-word mrn other-id date-numeric")
P("RISK", "chat", "Event report 27-SE-3391: wrong-patient blood draw, Ramona Beltrán vs Ramona Beltrão, both on 6 South. Caught at the bedside by the phlebotomist, Ingrid.",
  [("27-SE-3391", ID_), ("Ramona Beltrán", N), ("Ramona Beltrão", N), ("Ingrid", N)], "other-id name-non-english name-staff")
P("RISK", "chat", "Footage of Mr. Abbott's fall next to the Abbott glucometer cart: hallway_cam_6W_0214.mp4. His daughter Rosemary Abbott wants a copy.",
  [("Abbott", N), ("hallway_cam_6W_0214.mp4", PI), ("Rosemary Abbott", N)], "name-collision photo-filename name-relative")
P("RISK", "chat", "Patient relations: Mr. Dimitrios Kouris is upset that his bill lists the ED visit on 2/14 twice. Account 40017733-2. He's 90 and his grandson helps him.",
  [("Dimitrios Kouris", N), ("2/14", D), ("40017733-2", AC), ("90", A)], "account date-numeric age-over-89-digits")
P("RISK", "chat", "Deposition of nurse Fenella Ashcroft is set for the 23rd at the offices of Whitcombe & Rhys. Opposing counsel is Leopold Vance.",
  [("Fenella Ashcroft", N), ("23rd", D), ("Leopold Vance", N)], "name-staff date-written company")
P("RISK", "caps", "EVENT REVIEW 1400 - PT TORVALD EKBERG, RM 7122, UNPLANNED EXTUBATION. ATTENDEES: DR NWOSU, RT DELACORTE.",
  [("TORVALD EKBERG", N), ("NWOSU", N), ("DELACORTE", N)], "name-allcaps name-staff room-bed-number")
P("RISK", "chat", "Leonora Baptiste-Kerr photographed her own IV infiltration and posted it; the screenshot is saved as infiltration_Baptiste-Kerr.png. Her handle is @leonorabk.",
  [("Leonora Baptiste-Kerr", N), ("infiltration_Baptiste-Kerr.png", PI), ("leonorabk", ID_)], "photo-filename social-handle name-hyphenated")
P("RISK", "chat", "Adverse drug event: 10x heparin to baby girl Afolabi, born 3/11. Mom is Funmilayo Afolabi. The pharmacist on duty was Raghav.",
  [("Afolabi", N), ("3/11", D), ("Funmilayo Afolabi", N), ("Raghav", N)], "name-relative date-numeric name-staff")
P("RISK", "chat", "Workers' comp for the nurse who was punched: claim WC-27-77104, employee Evaristo Salcedo, employee ID 300418.",
  [("WC-27-77104", ID_), ("Evaristo Salcedo", N), ("300418", ID_)], "other-id name-staff")
P("RISK", "voicemail", "'Hi, it's Bronwyn Tegid from Castlewood Mutual, the carrier, about your insured Dr. Ashok Raman, please call 312-555-0140 extension 22.'",
  [("Bronwyn Tegid", N), ("Ashok Raman", N), ("312-555-0140 extension 22", PH)], "voicemail phone-extension name-clinician")
P("RISK", "chat", "Mr. Castellanos-Wirth left AMA at 0210, then fell in the parking ramp at the corner of Seventh and Juniper. Risk needs the witnesses: officer Jovan and valet Pedro.",
  [("Castellanos-Wirth", N), ("Seventh", LO), ("Juniper", LO), ("Jovan", N), ("Pedro", N)], "address name-staff name-hyphenated")
P("RISK", "chat", "The complainant moved: Yolanda Prieto, 45 Birchwood Terrace, Apt 2C, Racine 53403.",
  [("Yolanda Prieto", N), ("45 Birchwood Terrace, Apt 2C", LO), ("Racine", LO), ("53403", LO)], "address city zip")
P("RISK", "chat", "License check on the traveler RN, Bridget Nakagawa-Lopez: RN license 224418-30 (MN). The board shows no actions.",
  [("Bridget Nakagawa-Lopez", N), ("224418-30", LI)], "clinician-license name-hyphenated")
P("RISK", "chat", "Wrong-side near miss: consent said L, Dr. Prendergast marked R. Patient Fitzroy Amankwah, 51. The time-out caught it.",
  [("Prendergast", N), ("Fitzroy Amankwah", N)], "name-clinician age-under-90")
P("RISK", "chat", "Ombudsman called about the transfer of Mrs. Ottoline Brackenbury, 99, from Evergreen Terrace Care Center.",
  [("Ottoline Brackenbury", N), ("99", A), ("Evergreen Terrace Care Center", LO)], "age-over-89-digits facility")
P("RISK", "chat", "Complaint call recording saved for the file: complaint_call_Szymanski_1107.wav - Mrs. Halina? no, Mrs. Wanda Szymanski. She consented to the recording.",
  [("complaint_call_Szymanski_1107.wav", BI), ("Halina", N), ("Wanda Szymanski", N)], "biometric name-mistyped")
P("RISK", "ehr", "Audit trail pull, Ruano-Carrasco, Eneida: opened by user kpaulsen from 192.0.2.61 on 10/02 at 23:14 - not on her care team. Referred to privacy.",
  [("Ruano-Carrasco, Eneida", N), ("kpaulsen", N), ("192.0.2.61", IPA), ("10/02", D)], "name-last-first name-username ip date-numeric")
# ---------------------------------------------------------------- allergy and immunology clinic
C("ALLERGY", "chat", "Penicillin delabeling: PEN-FAST of 1 is low risk, so a direct oral amoxicillin challenge. No skin test needed.",
  "score", sc="PEN-FAST")
C("ALLERGY", "chat", "Samter triad: asthma, nasal polyps, aspirin sensitivity. Desensitize, then aspirin 650 mg BID. Dupixent if they won't.",
  "eponym-bare drug-brand-name dose-lab", ep="Samter", br="Dupixent")
C("ALLERGY", "chat", "An Arthus reaction after a tetanus booster is type III. It isn't a contraindication to future doses; just space them out.",
  "eponym-bare", ep="Arthus")
C("ALLERGY", "chat", "Venom immunotherapy covers honeybee, yellow jacket, wasp and white-faced hornet. Maintenance 100 mcg every 4 weeks for 3-5 years.",
  "dose-lab")
C("ALLERGY", "chat", "Xolair for food allergy now, after OUtMATCH. Dosing by IgE and weight, the same table as for asthma.",
  "drug-brand-name trial-name", br="Xolair", tr="OUtMATCH")
C("ALLERGY", "chat", "Palforzia for peanut OIT is ages 1-17 now. Up-dosing visits every 2 weeks in clinic, with a 60-minute observation.",
  "drug-brand-name age-aggregate", br="Palforzia")
C("ALLERGY", "caps", "SHOT ROOM CLOSED 1200-1300 FOR LUNCH. NO INJECTIONS WITHOUT A PROVIDER ON SITE.",
  "allcaps clock-time")
C("ALLERGY", "chat", "Alpha-gal from the lone star tick: hives 3-6 h after red meat. Gelatin and some heparins can trigger it too.",
  "organism dose-lab")
C("ALLERGY", "chat", "Quincke edema in an old chart means angioedema. No hives? Think bradykinin: ACE inhibitor, HAE. Check a C4 first.",
  "eponym-bare", ep="Quincke")
C("ALLERGY", "chat", "HAE attacks: Berinert or Firazyr at home, Takhzyro for prophylaxis. Icatibant is the generic of Firazyr.",
  "drug-brand-name", br="Berinert|Firazyr|Takhzyro")
C("ALLERGY", "lower", "is auvi-q or the nasal spray better for the kid who is scared of needles the family is asking",
  "lowercase quick-question")
C("ALLERGY", "chat", "Kounis syndrome came up at journal club: allergic ACS. Good reminder that epinephrine isn't contraindicated.",
  "eponym-bare", ep="Kounis")
C("ALLERGY", "chat", "Skin prick: histamine 6 mm, saline 0, dust mite 9x22, cat 4x10 - wheal x flare in mm.",
  "dose-lab ratio")
C("ALLERGY", "chat", "Cephalosporin challenge: 1/10 of the dose, wait 30 min, then the full dose, observe 60 min. One step if low risk.",
  "score-fraction dose-lab")
C("ALLERGY", "list", "Food challenge slots next week:\nMon 08:00 baked milk\nTue 08:00 egg (muffin)\nWed 08:00 sesame\nThu 08:00 cashew\nFri 08:00 hold for the OIT up-dose",
  "weekday list-schedule clock-time")
C("ALLERGY", "chat", "DRESS vs SJS: the RegiSCAR score for DRESS, SCORTEN for SJS/TEN. Don't rechallenge either one.",
  "score", sc="RegiSCAR|SCORTEN")
C("ALLERGY", "chat", f"Baseline tryptase {FW('11.8')} - over 8 in a venom-allergic patient means screen for mastocytosis. The KIT D816V assay is a send-out.",
  "dose-lab gene-protein unicode-clean")
C("ALLERGY", "sms", "the extract fridge is at 9 degrees, moving everything to the backup fridge, biomed pls",
  "lowercase temperature")
C("ALLERGY", "chat", "LEAP and EAT changed everything: early peanut at 4-6 months for high-risk infants after evaluation, per the NIAID addendum.",
  "trial-name organization", tr="LEAP|EAT", org="NIAID")
C("ALLERGY", "bot", "/evidence rush vs cluster immunotherapy for dust mite - systemic reaction rates",
  "bot-command")
C("ALLERGY", "chat", "Richet and Portier named anaphylaxis in 1902 after the dogs on the Prince of Monaco's yacht. Nice trivia for the fellows' talk.",
  "public-figure year-only", pub="Richet|Portier")
C("ALLERGY", "chat", "Balsam of Peru and the fragrance mix are the two patch-test allergens that catch most perfume reactions. Read at 48 and 96 hours.",
  "place-rule", pl="Balsam of Peru")

P("ALLERGY", "chat", "Peanut OIT up-dose for Kai Mahoe-Lindstrom today, 12 mg step. Mom Pualani says he had hives at home last Tuesday.",
  [("Kai Mahoe-Lindstrom", N), ("Pualani", N)], "name-hyphenated name-relative weekday")
P("ALLERGY", "ehr", "ALLERGY SHOT LOG\nPt: BRZOZOWSKI, HALINA  DOB 30-Mar-1951\nVial: mix A (trees/grass)\nDose 0.35 mL L arm, no reaction. Given by: N. Kapoor RN",
  [("BRZOZOWSKI, HALINA", N), ("30-Mar-1951", D), ("N. Kapoor", N)], "name-last-first name-allcaps date-dmy-abbrev name-initial")
P("ALLERGY", "chat", "Anaphylaxis in the shot room at 10:40: Everett Quarles, 54, got his cluster dose, hives and wheeze at 15 min. Epi x1, 911 called, transported to St. Gregory's.",
  [("Everett Quarles", N), ("St. Gregory's", LO)], "facility clock-time age-under-90")
P("ALLERGY", "lower", "dr fitzwilliam says the cefazolin challenge for nadia el-amin passed so take the allergy label off",
  [("fitzwilliam", N), ("nadia el-amin", N)], "name-lowercase name-clinician")
P("ALLERGY", "chat", "Bee-sting kid, Honor Castellano, was stung at day camp at Lake Wissota; the camp nurse gave the epi. Venom testing in 6 weeks.",
  [("Honor Castellano", N), ("Lake Wissota", LO)], "name-common-word address")
P("ALLERGY", "email", "From: school.nurse@example.org\nSubject: food allergy action plan\n\nPlease sign the plan for Aditi Krishnamurthy (grade 3, Maplewood Elementary) - sesame and cashew. Fax it to 608-555-0138. Thanks, Mrs. Ostrander",
  [("school.nurse@example.org", EM), ("Aditi Krishnamurthy", N), ("Maplewood Elementary", LO), ("608-555-0138", FX), ("Ostrander", N)],
  "email school-name fax name-staff")
P("ALLERGY", "chat", "Alpha-gal IgE 14.2 for Rusty Tollackson, the deer hunter from Black River Falls. He's 91 and wants to know if venison is out.",
  [("Rusty Tollackson", N), ("Black River Falls", LO), ("91", A)], "name-common-word city age-over-89-digits")
P("ALLERGY", "chat", "HAE patient Seraphina Dubois-Nkemelu: C1-INH functional 22%. Her specialty pharmacy account is SP-7730-11802.",
  [("Seraphina Dubois-Nkemelu", N), ("SP-7730-11802", AC)], "account name-hyphenated")
P("ALLERGY", "sms", "This is Giedrė Paulauskienė, I'm out of epinephrine pens, pharmacy says prior auth, can you help. 773 555 0191",
  [("Giedrė Paulauskienė", N), ("773 555 0191", PH)], "name-non-english phone")
P("ALLERGY", "chat", "Penicillin skin test negative for Mr. Horvath-Nagy, oral challenge tomorrow. He's the one with the 1960s 'rash' story.",
  [("Horvath-Nagy", N)], "name-hyphenated year-only")
P("ALLERGY", "chat", "Hive photos from Luca Bonfiglio's mother: hives_torso_0412.HEIC and hives_face_0412.HEIC.",
  [("Luca Bonfiglio", N), ("hives_torso_0412.HEIC", PI), ("hives_face_0412.HEIC", PI)], "photo-filename name-possessive")
P("ALLERGY", "list", "Shot room 1600 list:\n- Haverkamp, Loes\n- DESROSIERS, JEAN-BAPTISTE\n- Tuimavave, Sione\n- Pereira da Silva, Luiza",
  [("Haverkamp, Loes", N), ("DESROSIERS, JEAN-BAPTISTE", N), ("Tuimavave, Sione", N), ("Pereira da Silva, Luiza", N)],
  "name-list name-last-first name-particle name-allcaps")
P("ALLERGY", "chat", "Xolair self-injection approved for Temperance Blackwood, member ID MCD-93015582, renews 07/31.",
  [("Temperance Blackwood", N), ("MCD-93015582", HP), ("07/31", D)], "health-plan name-common-word date-numeric")
P("ALLERGY", "chat", "Drug allergy consult: a 96 yo with a 'sulfa allergy' from 1958 needs Bactrim for PJP prophylaxis. Graded challenge ok? Pt is Eudora Quimby.",
  [("96", A), ("Eudora Quimby", N)], "age-over-89-digits year-only")
P("ALLERGY", "voicemail", "'Hi this is Nkechi, Chidubem Anyanwu's mom, he ate a cookie with cashew at his friend's house on Maple Terrace and his lips swelled, we used the EpiPen, what now? 414 555 0107'",
  [("Nkechi", N), ("Chidubem Anyanwu", N), ("Maple Terrace", LO), ("414 555 0107", PH)], "voicemail name-relative address phone")
P("ALLERGY", "chat", "Patch test results for Greta Lindholm-Aske: nickel 2+, Balsam of Peru 1+, fragrance mix 1+. Read on day 5 by Dr. Ikechukwu.",
  [("Greta Lindholm-Aske", N), ("Ikechukwu", N)], "name-hyphenated name-clinician")
P("ALLERGY", "chat", "Mastocytosis workup: Corwin Eastlake's marrow is path case S27-8814, KIT positive.",
  [("Corwin Eastlake", N), ("S27-8814", ID_)], "accession name-possessive")
P("ALLERGY", "chat", "Greek name on the referral: Θεοδώρα Παπαδοπούλου, transliterated Theodora Papadopoulou. DOB 1948-11-02.",
  [("Θεοδώρα Παπαδοπούλου", N), ("Theodora Papadopoulou", N), ("1948-11-02", D)], "name-non-english date-iso dob")
P("ALLERGY", "chat", "The sesame kid, Brooklyn Haugland-Reyes, goes to Sunnyside Daycare on Elm Grove Rd. The director wants an EpiPen trainer.",
  [("Brooklyn Haugland-Reyes", N), ("Sunnyside Daycare", LO), ("Elm Grove Rd", LO)], "name-common-word school-name address")
P("ALLERGY", "chat", "Aspirin desensitization for Mr. Samter - yes, Samter triad in a Mr. Samter. Day 1 starts at 81 mg.",
  [("Samter", N), ("Samter", N, 2)], "name-eponym-surname name-collision")
P("ALLERGY", "dictation", "Allergy consult dictation. Patient is Rosalia Impellizzeri comma date of birth April 2nd 1944 period. History of hives with codeine period.",
  [("Rosalia Impellizzeri", N), ("April 2nd 1944", D)], "dictation dob date-written")
# ---------------------------------------------------------------- GI endoscopy suite
C("GIENDO", "chat", "Boerhaave vs Mallory-Weiss: full-thickness vs mucosal tear. Both have retching; the pneumomediastinum is what separates them.",
  "eponym-bare", ep="Boerhaave|Mallory-Weiss")
C("GIENDO", "chat", "Zenker diverticulum, 3 cm, for a flexible septotomy. The outside barium swallow shows it fine.",
  "eponym-bare", ep="Zenker")
C("GIENDO", "chat", "Schatzki ring dilated to 18 mm with a balloon. No biopsies unless EoE is on the table.",
  "eponym-bare dose-lab", ep="Schatzki")
C("GIENDO", "chat", "Dieulafoy lesion in the fundus, clipped x2 plus epi. Hgb stable afterwards.",
  "eponym-bare", ep="Dieulafoy")
C("GIENDO", "chat", "Prague C2M5, no nodules. Four-quadrant biopsies every 2 cm per the Seattle protocol.",
  "place-rule", pl="Prague|Seattle")
C("GIENDO", "chat", "Boston prep score 2-2-1 with a 1 on the right colon, so inadequate. Repeat within a year with split-dose Suprep.",
  "place-rule drug-brand-name", pl="Boston", br="Suprep")
C("GIENDO", "chat", "Kudo pit pattern Vn on chromoendoscopy means deep submucosal invasion. Surgery, not EMR.",
  "eponym-bare", ep="Kudo")
C("GIENDO", "caps", "SCOPE WASHER 3 FAILED CYCLE. DO NOT USE ANY SCOPE FROM WASHER 3 SINCE 0900. REPROCESS ALL.",
  "allcaps clock-time")
C("GIENDO", "chat", "Olympus and Pentax duodenoscopes both have disposable end caps now. The FDA safety communication was years ago, but we still culture monthly.",
  "device-brand organization", br="Olympus|Pentax", org="FDA")
C("GIENDO", "lower", "does the miralax prep work as well as golytely for inpatients or should we just stick with golytely",
  "lowercase quick-question")
C("GIENDO", "chat", "Sphincter of Oddi manometry is basically dead after EPISOD. Please don't schedule it.",
  "eponym-bare trial-name", ep="Oddi", tr="EPISOD")
C("GIENDO", "chat", "Adenoma at the ampulla of Vater, 2 cm, for endoscopic ampullectomy. Pancreatic stent afterwards to cut the post-ERCP pancreatitis risk.",
  "eponym-bare", ep="Vater")
C("GIENDO", "chat", "LA grade C esophagitis, so no Barrett call until a repeat EGD on a PPI in 8 weeks.",
  "eponym-bare", ep="Barrett")
C("GIENDO", "list", "Room assignments Wed:\nRoom 1 - EGD/colon x8\nRoom 2 - ERCP x3 (fluoro)\nRoom 3 - EUS x4\nRoom 4 - bronch (pulm borrowing)\nRecovery: 6 bays",
  "room-bed-number list-schedule weekday")
C("GIENDO", "chat", "Reached the ligament of Treitz on the push enteroscopy, nothing bleeding. Capsule next - the PillCam, not the old recorder.",
  "eponym-bare device-brand", ep="Treitz", br="PillCam")
C("GIENDO", "chat", "Sedation: propofol by anesthesia for the ASA 3s and anyone with a Mallampati 4. Nurse-run moderate sedation for the rest.",
  "eponym-bare score", ep="Mallampati")
C("GIENDO", "chat", "Peutz-Jeghers surveillance: capsule every 3 years from age 8. The hamartomas can intussuscept.",
  "eponym-bare age-under-90", ep="Peutz-Jeghers")
C("GIENDO", "sms", "recovery is full, hold the 10:30 in the waiting room pls, tell the driver 45 min",
  "lowercase clock-time")
C("GIENDO", "chat", "The Ottawa prep scale is better for research, but our reports use Boston. Pick one and be consistent.",
  "place-rule", pl="Ottawa")
C("GIENDO", "bot", "/evidence cold snare vs hot snare for 10-19 mm sessile polyps, delayed bleeding rates",
  "bot-command")
C("GIENDO", "chat", "Hirschsprung follow-up is peds GI, but a 19-year-old booked for anorectal manometry is fine on our adult list.",
  "eponym-bare age-under-90", ep="Hirschsprung")
C("GIENDO", "chat", "Crohn's of the terminal ileum, SES-CD 9. Biologic naive, so Skyrizi or Entyvio per the payer.",
  "eponym-bare score drug-brand-name", ep="Crohn", sc="SES-CD", br="Skyrizi|Entyvio")

P("GIENDO", "ehr", "Endoscopy report header\nPatient: KASPRZAK, ZDZISŁAW  MRN 71304428\nProcedure: Colonoscopy  Date: 11/03/2027\nEndoscopist: Amara Ifeanyi, MD\nPath: S27-40118 (x3 jars)",
  [("KASPRZAK, ZDZISŁAW", N), ("71304428", MR), ("11/03/2027", D), ("Amara Ifeanyi", N), ("S27-40118", ID_)],
  "name-last-first mrn date-numeric accession")
P("GIENDO", "chat", "Driver for Ms. Ebadi left - she can't go home alone after propofol. Her husband Farshid is 40 minutes away in Oconomowoc.",
  [("Ebadi", N), ("Farshid", N), ("Oconomowoc", LO)], "name-relative city")
P("GIENDO", "chat", "Capsule recorder CR-5518832 went home with Alistair Penrose-Dlamini on Tuesday and never came back. His number is 608.555.0124.",
  [("CR-5518832", DV), ("Alistair Penrose-Dlamini", N), ("608.555.0124", PH)], "device-serial phone name-hyphenated weekday")
P("GIENDO", "lower", "prep instructions didnt go out for yevgenia kholodova she says she never got the email at yk1962@example.com",
  [("yevgenia kholodova", N), ("yk1962@example.com", EM)], "name-lowercase email")
P("GIENDO", "chat", "Still image from the EMR: cecum_LST_Garrido_1103.jpg, for tumor board. Pt Rafael Garrido Benítez, 68.",
  [("cecum_LST_Garrido_1103.jpg", PI), ("Rafael Garrido Benítez", N)], "photo-filename name-non-english")
P("GIENDO", "chat", "Mr. Zenker is here for his EGD and, no joke, he has a Zenker. Mr. Zenker's wife is in the lobby.",
  [("Zenker", N), ("Zenker", N, 2)], "name-eponym-surname name-collision name-possessive")
P("GIENDO", "chat", "ERCP add-on: Perpetua Nwachukwu, 97, cholangitis, coming over from Lakeview Memorial in Sheboygan.",
  [("Perpetua Nwachukwu", N), ("97", A), ("Lakeview Memorial", LO), ("Sheboygan", LO)], "age-over-89-digits facility city")
P("GIENDO", "caps", "PT PICKUP: BYRON TEAGARDEN'S DAUGHTER AT FRONT DESK, CALL 262-555-0135 WHEN HE IS READY.",
  [("BYRON TEAGARDEN", N), ("262-555-0135", PH)], "name-allcaps name-possessive phone")
P("GIENDO", "chat", "Scope tracking: the duodenoscope used on Valentina Moretti-Osei on 10/12 cultured positive. Lookback list goes to infection prevention (Lorna Kwan).",
  [("Valentina Moretti-Osei", N), ("10/12", D), ("Lorna Kwan", N)], "name-hyphenated date-numeric name-staff")
P("GIENDO", "email", "From: gi.scheduling@example.org\nTo: p.farkas-reyes@example.net\nSubject: colonoscopy 12/02\n\nDear Piroska, your arrival time is 7:15. A driver is required. Call 414-555-0161 with questions.",
  [("gi.scheduling@example.org", EM), ("p.farkas-reyes@example.net", EM), ("12/02", D), ("Piroska", N), ("414-555-0161", PH)],
  "email date-numeric name-given-only phone")
P("GIENDO", "chat", "EUS-FNA for Oluwadamilare Babatunde, pancreatic head mass, Medicare MBI 7HK4-TX2-MP81.",
  [("Oluwadamilare Babatunde", N), ("7HK4-TX2-MP81", HP)], "health-plan name-non-english")
P("GIENDO", "chat", "Celiac biopsies on Maisie-Rose Trelawny, 15, went without jar numbers. Path accession 27-SP-30918; call histology, Vidal at x3186.",
  [("Maisie-Rose Trelawny", N), ("27-SP-30918", ID_), ("Vidal", N)], "name-hyphenated accession name-staff extension-number")
P("GIENDO", "voicemail", "'Hi, Augustina Valente calling, I'm supposed to have my colonoscopy Thursday but I'm in Milwaukee at my sister Graça's on Oklahoma Ave, can I do the prep there? 414-555-0113'",
  [("Augustina Valente", N), ("Milwaukee", LO), ("Graça", N), ("Oklahoma Ave", LO), ("414-555-0113", PH)], "voicemail name-relative city address")
P("GIENDO", "chat", "Dr. Marchetti-Kaur is running late, so Room 2 starts with Evander Strand's ERCP.",
  [("Marchetti-Kaur", N), ("Evander Strand", N)], "name-clinician name-possessive name-common-word")
P("GIENDO", "chat", "Anticoag hold: Mr. Baldursson on apixaban, last dose 11/02 at 8 pm, EGD with dilation on 11/05.",
  [("Baldursson", N), ("11/02", D), ("11/05", D)], "name-non-english date-numeric")
P("GIENDO", "chat", "FMT donor FMT-D-0417 passed screening last month; the recipient is Leontyne Harrowgate, C. diff x4.",
  [("FMT-D-0417", ID_), ("Leontyne Harrowgate", N)], "other-id name-plain")
P("GIENDO", "list", "Recovery bay board 13:00\nBay 1 - O'Driscoll, awake, ride here\nBay 2 - Tshabalala, sleepy, ride at 14:00\nBay 3 - Kvist, nausea\nBay 4 - empty\nBay 5 - Fonoti, ready for d/c",
  [("O'Driscoll", N), ("Tshabalala", N), ("Kvist", N), ("Fonoti", N)], "name-list name-surname-only name-particle room-bed-number")
P("GIENDO", "chat", "She asked that we not tell her son the results: Ayşe Korkmaz, 72. The son is Emre. Please flag the chart.",
  [("Ayşe Korkmaz", N), ("Emre", N)], "name-non-english name-relative")
P("GIENDO", "chat", "The 94 y/o for PEG tomorrow: family meeting at 3 with daughter Philippa and son-in-law Jasper. Goals of care first.",
  [("94", A), ("Philippa", N), ("Jasper", N)], "age-over-89-digits name-relative name-common-word")
P("GIENDO", "chat", f"Two MRNs for Lucius Wexford: 8830{ZWJ}2174 from the old system and 88302174 in Epic. Merge ticket filed.",
  [("Lucius Wexford", N), (f"8830{ZWJ}2174", MR), ("88302174", MR)], "mrn zero-width")
P("GIENDO", "dictation", "Procedure note for Dagoberto Ruvalcaba period. Indication colon cancer screening period. Bowel prep good period. The patient's daughter Ximena was updated in recovery period.",
  [("Dagoberto Ruvalcaba", N), ("Ximena", N)], "dictation name-relative")
# ---------------------------------------------------------------- fertility clinic, embryology lab and andrology
C("IVF", "chat", "Day 5 grades: 4AA, 4AB, 3BB on the Gardner scale (expansion, ICM, trophectoderm). Transfer the 4AA.",
  "eponym-bare score", ep="Gardner")
C("IVF", "chat", "Semen analysis per the WHO 6th edition: 16 million/mL is the lower reference for concentration; Kruger strict morphology cutoff is 4%.",
  "organization eponym-bare dose-lab", org="WHO", ep="Kruger")
C("IVF", "chat", "Bologna criteria for poor responders, POSEIDON groups for the newer split. This one is group 3: young, low AMH.",
  "place-rule score", pl="Bologna", sc="POSEIDON")
C("IVF", "chat", "Trigger: Ovidrel 250 mcg, or Lupron 4 mg if the OHSS risk is high. 36 hours before retrieval.",
  "drug-brand-name dose-lab", br="Ovidrel|Lupron")
C("IVF", "chat", "Gonal-f and Menopur for stims, Cetrotide once the lead follicle hits 14 mm.",
  "drug-brand-name", br="Gonal-f|Menopur|Cetrotide")
C("IVF", "caps", "LN2 TANK 4 LOW LEVEL ALARM. EMBRYOLOGIST ON CALL RESPOND. DO NOT OPEN THE TANK 4 LID.",
  "allcaps")
C("IVF", "chat", "Asherman after a D&C: hysteroscopic lysis, then estrogen for a month, and a balloon stent if it's severe.",
  "eponym-bare", ep="Asherman")
C("IVF", "chat", "Müllerian anomalies: the ASRM 2021 classification is easier for the reports than the ESHRE one.",
  "eponym-bare organization year-only", ep="Müllerian", org="ASRM|ESHRE")
C("IVF", "chat", "Ferriman-Gallwey 14 and irregular cycles, so PCOS by the usual criteria. Letrozole 2.5 mg on days 3-7.",
  "eponym-bare dose-lab", ep="Ferriman-Gallwey")
C("IVF", "lower", "andrology wants to know if the 1 hour abstinence repeat sample is still a thing or only 2 to 5 days",
  "lowercase quick-question")
C("IVF", "chat", "Sertoli cell only on the micro-TESE, no sperm found. Donor sperm counseling at the next visit.",
  "eponym-bare", ep="Sertoli")
C("IVF", "chat", "PGT-A: 3 euploid, 2 aneuploid, 1 low-level mosaic. The mosaic is transferable after counseling per PGDIS.",
  "organization", org="PGDIS")
C("IVF", "chat", "Progesterone in oil 50 mg IM daily vs Crinone 8% vaginal: same pregnancy rates in our frozen cycles.",
  "drug-brand-name dose-lab", br="Crinone")
C("IVF", "list", "Retrievals tomorrow:\n07:30 OR A\n08:15 OR A\n09:00 OR A\n09:45 OR B (needs anesthesia)\nICSI on all four, two embryologists",
  "list-schedule clock-time")
C("IVF", "chat", "The Leydig cells are fine on the biopsy; it's spermatogenesis that's arrested. FSH 28.",
  "eponym-bare dose-lab", ep="Leydig")
C("IVF", "chat", "The Istanbul consensus times the checks: fertilization at 17 h, day 3 at 68 h. Time-lapse changes that.",
  "place-rule", pl="Istanbul")
C("IVF", "sms", "EmbryoScope 2 out for service til friday, put the new ones in 1 and 3",
  "device-brand weekday", br="EmbryoScope")
C("IVF", "chat", "Witnessing: every step with gametes needs two people or the RI Witness barcode. No exception for 'quick' steps.",
  "device-brand", br="RI Witness")
C("IVF", "chat", "Fertility preservation for the oncology referrals: random-start stims, letrozole added for ER-positive. It can be done in 2 weeks.",
  "dose-lab")
C("IVF", "bot", "/evidence endometrial scratch before IVF, anything after the PIP trial?",
  "bot-command trial-name", tr="PIP")
C("IVF", "chat", "Steptoe and Edwards, 1978, is the slide everyone opens with. Skip it on Thursday; the residents have seen it five times.",
  "public-figure year-only weekday", pub="Steptoe|Edwards")
C("IVF", "chat", "Graafian follicle is fine in a textbook; in the report just say dominant follicle 19 mm.",
  "eponym-bare dose-lab", ep="Graafian")

P("IVF", "ehr", "Cryo log\nPatient: HAUGEN-ABBASI, RAGNHILD / partner ABBASI, KAMRAN\nStraw ID HA-27-0412-E3 (day 5, 4AB)\nTank 2 canister 5 cane B\nFrozen 09/18/2027 by M. Oduro",
  [("HAUGEN-ABBASI, RAGNHILD", N), ("ABBASI, KAMRAN", N), ("HA-27-0412-E3", ID_), ("09/18/2027", D), ("M. Oduro", N)],
  "name-last-first name-allcaps other-id name-initial")
P("IVF", "chat", "Egg retrieval for Imani Sutherland-Oyo on 10/09, 14 eggs. Partner Dario's sample at 8 am.",
  [("Imani Sutherland-Oyo", N), ("10/09", D), ("Dario", N)], "name-hyphenated name-relative date-numeric")
P("IVF", "chat", "Donor sperm from the bank: donor 48821, 2 vials, for Rhiannon and Georgina Whitlow-Price. Consent signed 8/14.",
  [("48821", ID_), ("Rhiannon", N), ("Georgina Whitlow-Price", N), ("8/14", D)], "other-id name-list date-numeric")
P("IVF", "lower", "pt liesl van der merwe called her beta is 412 wants to know if thats good",
  [("liesl van der merwe", N)], "name-lowercase name-particle dose-lab")
P("IVF", "chat", "Andrology: the cup is labeled 'R. Villanueva' but the requisition says Rodrigo Villanueva-Paz. Rejected, recollect.",
  [("R. Villanueva", N), ("Rodrigo Villanueva-Paz", N)], "name-initial name-hyphenated")
P("IVF", "chat", "Gestational carrier is Shaniqua Brightwater, 31; intended parents Anders and Maximilian Engel-Sørlie. The carrier agreement was drafted by their attorney, Ms. Delphine Aucoin.",
  [("Shaniqua Brightwater", N), ("Anders", N), ("Maximilian Engel-Sørlie", N), ("Delphine Aucoin", N)],
  "name-list name-hyphenated name-after-role")
P("IVF", "sms", "Beatriz Quiroga here, my period started today 11/6 so cycle day 1, the clinic said to text this number",
  [("Beatriz Quiroga", N), ("11/6", D)], "name-non-english date-numeric")
P("IVF", "chat", "The patient wants the twin-sac ultrasound printed: twins_7w_Bergqvist.jpg. Hedda Bergqvist also asked for a copy at hedda.b@example.net.",
  [("twins_7w_Bergqvist.jpg", PI), ("Hedda Bergqvist", N), ("hedda.b@example.net", EM)], "photo-filename email")
P("IVF", "chat", "IVF package for Yara Haddad-Sleiman is paid, account 88-201337, HSA card ending 0917.",
  [("Yara Haddad-Sleiman", N), ("88-201337", AC), ("0917", AC)], "account name-hyphenated")
P("IVF", "chat", "Embryologist on call this weekend: Kofi Antwi-Boasiako, backup Dr. Margarethe Eisenhut.",
  [("Kofi Antwi-Boasiako", N), ("Margarethe Eisenhut", N)], "name-staff name-non-english")
P("IVF", "voicemail", "'Hi, it's Nadia - sorry, Nadia Karimi-Stone, I'm on the Lupron and I think I got the wrong pharmacy delivery, it's addressed to 1520 Heather Lane and we live at 1502. 608 555 0166'",
  [("Nadia", N), ("Nadia Karimi-Stone", N), ("1520 Heather Lane", LO), ("1502", LO), ("608 555 0166", PH)],
  "voicemail address phone name-hyphenated")
P("IVF", "chat", "AMH 0.4 at 42, and the day 3 FSH was 19. Patient is Kalinda Marrawili; she wants to talk about donor eggs.",
  [("Kalinda Marrawili", N)], "name-non-english age-under-90 dose-lab")
P("IVF", "chat", "PGT lab needs the biopsy tubes matched to the DOB: Mei-Ling Hsu-Adair, 1986-02-14. Tubes HSU-E1 to HSU-E4.",
  [("Mei-Ling Hsu-Adair", N), ("1986-02-14", D), ("HSU-E1", ID_), ("HSU-E4", ID_)], "date-iso name-hyphenated other-id")
P("IVF", "chat", "Thaw witnesses: Ilka Drăgulescu and Tomoko Shibata, 14:20. Straw SB-26-1130-E1 thawed for Sofía Bermúdez Cano.",
  [("Ilka Drăgulescu", N), ("Tomoko Shibata", N), ("SB-26-1130-E1", ID_), ("Sofía Bermúdez Cano", N)], "name-staff name-non-english other-id")
P("IVF", "chat", "Fertility preservation referral from Dr. Oyinkansola Adebayo at the cancer center in Rochester: Mackenzie Dahlquist, 24, starts chemo Monday.",
  [("Oyinkansola Adebayo", N), ("Rochester", LO), ("Mackenzie Dahlquist", N)], "name-clinician city weekday")
P("IVF", "caps", "STOP: NAME MISMATCH AT ICSI. DISH LABEL 'GUERRERO, L' VS PATIENT 'GUERRERO, LUZ MARINA'. CONFIRM DOB WITH A 2ND EMBRYOLOGIST.",
  [("GUERRERO, L", N), ("GUERRERO, LUZ MARINA", N)], "name-allcaps name-last-first")
P("IVF", "chat", "Mr. Kruger's sample: Kruger morphology 2%, so ICSI. Told Mr. Kruger and his wife Annelie.",
  [("Kruger", N), ("Kruger", N, 2), ("Annelie", N)], "name-eponym-surname name-collision name-relative")
P("IVF", "chat", "Sperm banking for Private First Class Deangelo Whitby before deployment; consent lists his mother Charmaine as contact, 910-555-0193.",
  [("Deangelo Whitby", N), ("Charmaine", N), ("910-555-0193", PH)], "name-after-role name-relative phone")
P("IVF", "chat", "Donor egg cycle: donor code DE-3318, recipient Oona Fitzpatrick (yes, like the skin scale).",
  [("DE-3318", ID_), ("Oona Fitzpatrick", N)], "other-id name-eponym-surname")
P("IVF", "chat", "Cycle cancelled for Kerttu Mäkinen, poor response at 43, AMH 0.2. Refund to the card ending 4409.",
  [("Kerttu Mäkinen", N), ("4409", AC)], "account name-non-english")
P("IVF", "chat", "Time-lapse viewer link for the couple: https://embryo.example.com/view?pt=HA-27-0412 - Ragnhild asked if her husband Kamran can log in too.",
  [("https://embryo.example.com/view?pt=HA-27-0412", UR), ("Ragnhild", N), ("Kamran", N)], "url name-relative name-given-only")
# ---------------------------------------------------------------- regional poison control center
C("POISON", "chat", "APAP 4-hour level 162, above the treatment line on the Rumack-Matthew nomogram. Start NAC, the 21-hour IV protocol.",
  "eponym-bare dose-lab", ep="Rumack-Matthew")
C("POISON", "chat", "Osborn waves aren't tox, they're cold. For the TCA kid look at the QRS width and the terminal R in aVR.",
  "eponym-bare", ep="Osborn")
C("POISON", "chat", "Serotonin syndrome: use the Hunter criteria, not Sternbach. Inducible clonus is the key finding.",
  "eponym-bare", ep="Hunter|Sternbach")
C("POISON", "chat", "Fomepizole 15 mg/kg load for the ethylene glycol. Antizol is the old brand name, same drug.",
  "drug-brand-name dose-lab", br="Antizol")
C("POISON", "chat", "Mees lines on the nails six weeks later: arsenic until proven otherwise. Urine heavy metals, spot and 24 h.",
  "eponym-bare", ep="Mees")
C("POISON", "caps", "NPDS UPLOAD DOWN. LOG CASES ON THE PAPER FORMS UNTIL IT RECOVERS.",
  "allcaps organization", org="NPDS")
C("POISON", "chat", "Tide pods in kids under 5 can swell the airway. Any drooling or stridor means the ED.",
  "drug-brand-name age-under-90", br="Tide")
C("POISON", "chat", "Button battery: honey 10 mL every 10 min on the way in if older than 1 and swallowed within 12 hours. Carafate at the hospital.",
  "drug-brand-name dose-lab", br="Carafate")
C("POISON", "chat", "Digoxin 4.1 with a K of 6.0: DigiFab, 5 vials. Don't give calcium for the potassium.",
  "drug-brand-name dose-lab", br="DigiFab")
C("POISON", "lower", "is the cyanokit kept in the ed or do we tell them to call pharmacy for it",
  "lowercase quick-question")
C("POISON", "chat", "CroFab or Anavip for the copperhead, either one; Anavip has less late recurrence. Rattlesnakes aren't native here, but the pet ones are.",
  "drug-brand-name", br="CroFab|Anavip")
C("POISON", "chat", "Amanita phalloides: GI symptoms that start after 6 hours are the bad sign. Silibinin via the IND; Legalon is the product.",
  "organism drug-brand-name", orgm="Amanita phalloides", br="Legalon")
C("POISON", "chat", "Methemoglobinemia from dapsone: sat gap 85 vs 96 on the gas. Methylene blue 1 mg/kg, ProvayBlue.",
  "drug-brand-name dose-lab", br="ProvayBlue")
C("POISON", "chat", "Hydrofluoric acid on the fingers: calcium gluconate gel; if the pain persists, intra-arterial calcium. The Bier block version is old school.",
  "eponym-bare", ep="Bier")
C("POISON", "list", "Call volume by hour yesterday:\n00-06: 14\n06-12: 41\n12-18: 58\n18-24: 73\nPeak at 19:00 as usual (dinner and bedtime meds).",
  "clock-time list-schedule")
C("POISON", "chat", "Lithium: chronic toxicity at 2.1 is worse than an acute level of 4. Call nephrology for HD per EXTRIP.",
  "organization dose-lab", org="EXTRIP")
C("POISON", "chat", "Lugol's isn't the KI we hand out in a radiation event; ThyroSafe and iOSAT are the tablets.",
  "eponym-bare drug-brand-name", ep="Lugol", br="ThyroSafe|iOSAT")
C("POISON", "sms", "anybody know if the toxicologist on call is the same tonight or did they swap",
  "lowercase staff-role")
C("POISON", "chat", "Sengstaken-Blakemore isn't a tox question, but the ED asked about the varices in the APAP cirrhotic. A Minnesota tube if they have one.",
  "eponym-bare place-rule", ep="Sengstaken-Blakemore", pl="Minnesota")
C("POISON", "bot", "/ask ibuprofen ingestion in children: mg/kg threshold for referral to the ED",
  "bot-command")
C("POISON", "chat", "Paracelsus gets the credit for 'the dose makes the poison'. Put it on the outreach poster if the lawyers are fine with it.",
  "public-figure", pub="Paracelsus")
C("POISON", "chat", f"Acetaminophen 4-hour level of {FW('210')} on the outside report (their lab sends full-width digits). Treat.",
  "dose-lab unicode-clean")

P("POISON", "chat", "Case 27-114409: 2-yo Emiliano Villalba-Ortiz got into grandma's amlodipine at 16 Tamarack Ct, Stevens Point. Mom Yesenia on the line, 715-555-0114.",
  [("27-114409", ID_), ("Emiliano Villalba-Ortiz", N), ("16 Tamarack Ct", LO), ("Stevens Point", LO), ("Yesenia", N), ("715-555-0114", PH)],
  "other-id address name-relative phone")
P("POISON", "chat", "ED caller: Dr. Heathcote at St. Lucian Regional about Magnus Thorvaldsen, 56, lithium 3.2. Callback 920-555-0199.",
  [("Heathcote", N), ("St. Lucian Regional", LO), ("Magnus Thorvaldsen", N), ("920-555-0199", PH)], "name-clinician facility phone")
P("POISON", "lower", "mom says the kid is ellington (ellie) okonta-banks 3 yrs old she found him with the nicotine pouches",
  [("ellington", N), ("ellie", N), ("okonta-banks", N)], "name-lowercase name-nickname")
P("POISON", "chat", "Follow-up call: Dorothea Blankenship, 90, took a double dose of warfarin. Lives alone at Parkview Senior Apartments, #214. INR tonight.",
  [("Dorothea Blankenship", N), ("90", A), ("Parkview Senior Apartments, #214", LO)], "age-over-89-digits facility")
P("POISON", "chat", "Forager Piotr Wawrzyniak picked them near Devil's Lake; he sent mushroom_pics_Wawrzyniak.jpg, just the mushrooms, no people.",
  [("Piotr Wawrzyniak", N), ("Devil's Lake", LO), ("Wawrzyniak", N)], "name-in-filename address name-non-english")
P("POISON", "chat", "Intentional ingestion, 17-yo Peyton Gravelle, 40 x 500 mg APAP at 21:00. Mom is Deanna. EMS is taking her to Mercy Fox Valley.",
  [("Peyton Gravelle", N), ("Deanna", N), ("Mercy Fox Valley", LO)], "name-relative facility dose-lab")
P("POISON", "email", "From: toxfellow@example.org\nTo: poison center\nSubject: case 27-118022 follow-up\n\nHezekiah Bontrager (no phone at home; the neighbor's is 715-555-0148): the seeds were jimsonweed. Discharged 6/2.",
  [("toxfellow@example.org", EM), ("27-118022", ID_), ("Hezekiah Bontrager", N), ("715-555-0148", PH), ("6/2", D)],
  "email other-id phone date-numeric")
P("POISON", "chat", "Pet copperhead bite, right hand: Lachlan McTavish-Ibe, at home in Fitchburg. He's driving himself in, which I told him not to.",
  [("Lachlan McTavish-Ibe", N), ("Fitchburg", LO)], "name-hyphenated city")
P("POISON", "caps", "CALLBACK DUE 2200: JUNIPER ASKEW-THORNE, 4 YO, CLONIDINE. MOM'S CELL 608 555 0190.",
  [("JUNIPER ASKEW-THORNE", N), ("608 555 0190", PH)], "name-allcaps name-common-word phone")
P("POISON", "chat", "Case closed: Mrs. Zofia Wiśniewska, 102 years old, took her neighbor's pills by mistake, asymptomatic at 6 h. The neighbor, Irena, brought the bottle.",
  [("Zofia Wiśniewska", N), ("102", A), ("Irena", N)], "age-over-89-digits name-non-english name-given-only")
P("POISON", "chat", "Carbon monoxide at 4127 N Larkspur Rd, Appleton: family of four, COHb 18-24%. Father Tuan Lê, mother Hồng Nhung, kids Bảo and An.",
  [("4127 N Larkspur Rd", LO), ("Appleton", LO), ("Tuan Lê", N), ("Hồng Nhung", N), ("Bảo", N), ("An", N)],
  "address city name-list name-non-english")
P("POISON", "chat", "Serotonin syndrome in Mr. Hunter - Hunter criteria met, clonus plus agitation. Yes, his name really is Hunter. Sertraline plus tramadol.",
  [("Hunter", N), ("Hunter", N, 2)], "name-eponym-surname name-collision")
P("POISON", "chat", "Specialist on the case is Makena Otieno; tox attending Dr. Casimir Lévesque. The call was placed by the school nurse at Whitefish Bay Middle.",
  [("Makena Otieno", N), ("Casimir Lévesque", N), ("Whitefish Bay Middle", LO)], "name-staff school-name name-after-role")
P("POISON", "chat", "Frequent caller: Gertrude Ambler rings nightly about her pills, 414-555-0196, lives on Kinnickinnic Ave. Her grandson Wes wants us to call him instead.",
  [("Gertrude Ambler", N), ("414-555-0196", PH), ("Kinnickinnic Ave", LO), ("Wes", N)], "phone address name-relative")
P("POISON", "chat", "Labs for Fitzgerald Omondi-Huber: salicylate 62 at 0200, 71 at 0400. Heading to HD. MRN 40028815.",
  [("Fitzgerald Omondi-Huber", N), ("40028815", MR)], "mrn name-hyphenated dose-lab")
P("POISON", "sms", "this is Anneke at Little Acorns daycare, a boy named Bodhi Ranganathan drank hand sanitizer, what do we do",
  [("Anneke", N), ("Little Acorns", LO), ("Bodhi Ranganathan", N)], "school-name name-given-only")
P("POISON", "chat", f"Caller typed the child's DOB into web chat as {FW('04/09/2025')}; patient is Rumi Dasgupta-Lowe.",
  [(FW("04/09/2025"), D), ("Rumi Dasgupta-Lowe", N)], "fullwidth-digits dob name-hyphenated")
P("POISON", "voicemail", "'Yes, this is Officer Jacqueline Moreau with Sheboygan police, case 27-SPD-3902, we found a man, Terrence Gaskin, with an empty bottle of his mother's oxycodone, call me 920-555-0178.'",
  [("Jacqueline Moreau", N), ("27-SPD-3902", ID_), ("Terrence Gaskin", N), ("920-555-0178", PH)], "voicemail name-after-role other-id phone")
P("POISON", "chat", "Antifreeze: Earl Tuttle-Reeve drank out of a sports-drink bottle in his garage in Baraboo. Osmolar gap 32. Fomepizole at 03:15.",
  [("Earl Tuttle-Reeve", N), ("Baraboo", LO)], "name-common-word city clock-time")
P("POISON", "chat", "Web chat from 198.51.100.140: she says her name is Ifeoma and her son swallowed a magnet. Transcript is on the case.",
  [("198.51.100.140", IPA), ("Ifeoma", N)], "ip name-given-only")
P("POISON", "chat", "Recording of the caller for QA: call_0311_Petrosyan.wav. Caller Anahit Petrosyan (grandmother) says the child is 14 kg.",
  [("call_0311_Petrosyan.wav", BI), ("Anahit Petrosyan", N)], "biometric name-relative")
P("POISON", "dictation", "Poison center follow up. Spoke with mother Kiana Redhouse at 715 555 0151 period. Child Tallulah is eating and playing normally period. Case closed.",
  [("Kiana Redhouse", N), ("715 555 0151", PH), ("Tallulah", N)], "dictation name-relative phone")
# ---------------------------------------------------------------- decedent affairs, morgue and autopsy service
C("DECED", "chat", "Virchow technique for the brain, Rokitansky for the en bloc chest. The residents keep mixing them up.",
  "eponym-bare", ep="Virchow|Rokitansky")
C("DECED", "chat", "Tardieu spots on the backs of the legs are dependent lividity with petechiae, not a sign of strangulation by themselves.",
  "eponym-bare", ep="Tardieu")
C("DECED", "chat", "Rigor passes off in 24-36 hours at room temperature; Nysten's law says it goes head to toe.",
  "eponym-bare", ep="Nysten")
C("DECED", "caps", "MORGUE COOLER 2 AT 8 C. MOVE ALL BODIES TO COOLER 1 AND THE TRAILER. FACILITIES ON THE WAY.",
  "allcaps temperature")
C("DECED", "chat", "ME referral criteria: any death within 24 h of admission, any fall, any unexpected death in the OR, anything violent. When in doubt, call.",
  "admin-chatter")
C("DECED", "chat", "Eye bank window: corneas within 12 hours of death if the body is cooled. The Lions eye bank calls back within the hour.",
  "organization", org="Lions")
C("DECED", "lower", "do we need a release form from the funeral home before they take the pacemaker out or do they handle it",
  "lowercase quick-question")
C("DECED", "chat", "Autopsy consent comes from the legal next of kin in the state order: spouse, adult children, parents, siblings. A girlfriend isn't on the list.",
  "relative-not-named")
C("DECED", "chat", "Cremation plus an ICD: the device must be deactivated and removed first. A magnet doesn't count.",
  "admin-chatter")
C("DECED", "chat", "Ghon complex in the lung, calcified. Old TB; no airborne precautions needed in the morgue for that.",
  "eponym-bare", ep="Ghon")
C("DECED", "list", "Morgue census 0700:\nCooler 1 - 6 bodies\nCooler 2 - empty (repair)\nAutopsies today - 2\nME holds - 1\nReleases pending - 3",
  "list-schedule room-bed-number")
C("DECED", "chat", "The OPO must be called within an hour of every death or imminent death. It's a CMS condition of participation, not optional.",
  "organization", org="OPO")
C("DECED", "chat", "Vitreous potassium gives a rough postmortem interval but the error bars are huge. The Henssge nomogram is better in the first day.",
  "eponym-bare", ep="Henssge")
C("DECED", "sms", "autopsy suite needs more 10% formalin, 2 carboys, and a new oscillating saw blade",
  "lowercase")
C("DECED", "chat", "Standard Y incision; the modified one goes behind the shoulders so it doesn't show at an open casket.",
  "admin-chatter")
C("DECED", "chat", "Bereavement packets: the grief booklet, the funeral home list, the autopsy info sheet. The chaplain adds the memorial card.",
  "staff-role")
C("DECED", "chat", "Body bags: the blue ones are bariatric, 48 inches wide. We have 3 left.",
  "unit-measure")
C("DECED", "chat", "Toe tag and wrist tag, both, always. Two identifiers on the body and on the bag.",
  "admin-chatter")
C("DECED", "bot", "/draft family letter explaining why the medical examiner took jurisdiction - compassionate, no jargon",
  "bot-command")
C("DECED", "chat", "Waterhouse-Friderichsen at autopsy: bilateral adrenal hemorrhage. Meningococcus until the cultures say otherwise; the team needs prophylaxis.",
  "eponym-bare", ep="Waterhouse-Friderichsen")
C("DECED", "chat", "Placeholder names like Doe and Unknown belong in the temporary registration only; fix the wristband the minute an ID is confirmed.",
  "placeholder-name", word="Doe|Unknown")
C("DECED", "chat", "Casper and Glaister are both still quoted for the decomposition timeline; the newer degree-day models are more honest about uncertainty.",
  "public-figure", pub="Casper|Glaister")

P("DECED", "ehr", "Decedent: STRØMSNES, HALVARD K\nDOB 02/29/1932  DOD 11/17/2027 0412\nToe tag 27-0933\nFuneral home: Hovland Funeral Home, Menomonie\nNOK: Ingrid Strømsnes (daughter) 715-555-0133",
  [("STRØMSNES, HALVARD K", N), ("02/29/1932", D), ("11/17/2027", D), ("27-0933", ID_), ("Hovland Funeral Home", LO), ("Menomonie", LO),
   ("Ingrid Strømsnes", N), ("715-555-0133", PH)], "name-last-first date-numeric facility name-relative")
P("DECED", "chat", "ME investigator Obadiah Crane is coming for Mr. Delgado; the fall on 5 East makes it an ME case.",
  [("Obadiah Crane", N), ("Delgado", N)], "name-after-role name-surname-only")
P("DECED", "chat", "Death at 02:50 of Philomena Rourke, 98. Daughter Bernadine is driving down from Duluth; hold the body for a viewing.",
  [("Philomena Rourke", N), ("98", A), ("Bernadine", N), ("Duluth", LO)], "age-over-89-digits name-relative city")
P("DECED", "lower", "funeral home for fernando castillo-ruiz is sandoval mortuary in waukegan theyre coming at 3",
  [("fernando castillo-ruiz", N), ("sandoval mortuary", LO), ("waukegan", LO)], "name-lowercase facility city")
P("DECED", "chat", "Autopsy A27-0188 on Tecumseh Blackhorse; the family consented to a limited (chest only). Prosector Dr. Irmgard Falk, diener Santos.",
  [("A27-0188", ID_), ("Tecumseh Blackhorse", N), ("Irmgard Falk", N), ("Santos", N)], "accession name-staff")
P("DECED", "chat", "Death certificate for Cyrus Bahrami-Lowell: certificate no. 2027-WI-118403, signed by Dr. Kassandra Pyle on 11/20.",
  [("Cyrus Bahrami-Lowell", N), ("2027-WI-118403", LI), ("Kassandra Pyle", N), ("11/20", D)], "death-certificate name-clinician date-numeric")
P("DECED", "voicemail", "'This is Gordon at Fairhaven Funeral Chapel, we're picking up Mrs. Olamide Bankole tomorrow, please have the paperwork ready, 262-555-0127.'",
  [("Gordon", N), ("Fairhaven Funeral Chapel", LO), ("Olamide Bankole", N), ("262-555-0127", PH)], "voicemail facility phone")
P("DECED", "chat", "Property of the decedent, Reinhold Amsel: wedding band, reading glasses, phone. Released to his son Matthias Amsel, ID checked, WI DL A524-7719-3306-01.",
  [("Reinhold Amsel", N), ("Matthias Amsel", N), ("A524-7719-3306-01", LI)], "drivers-license name-relative")
P("DECED", "caps", "OPO REFERRAL MADE 0315 FOR PT LUDMILA HRABOVSKÁ, REFERRAL # 27-88214. FAMILY NOT YET APPROACHED.",
  [("LUDMILA HRABOVSKÁ", N), ("27-88214", ID_)], "name-allcaps other-id")
P("DECED", "chat", "Baby Boy Tsosie-Begay, stillborn 11/08 at 36 weeks; parents Darlene Tsosie and Lorenzo Begay want the remains for a traditional burial.",
  [("Tsosie-Begay", N), ("11/08", D), ("Darlene Tsosie", N), ("Lorenzo Begay", N)], "name-relative date-numeric name-hyphenated")
P("DECED", "chat", "The John Doe from the river is identified by fingerprint match (template FP-27-6631) as Arvid Lundgren, 67. Now we look for next of kin.",
  [("FP-27-6631", BI), ("Arvid Lundgren", N)], "biometric placeholder-name")
P("DECED", "chat", "Ashes pickup: Mrs. Cordelia Fanshawe's urn goes to her nephew Peregrine at 22 Ivy Court, Fort Atkinson.",
  [("Cordelia Fanshawe", N), ("Peregrine", N), ("22 Ivy Court", LO), ("Fort Atkinson", LO)], "name-relative address city")
P("DECED", "chat", "Autopsy photos for the ME: A27-0191_face_Kowalewski.jpg and A27-0191_hands.jpg. Do not put them on the shared drive.",
  [("A27-0191_face_Kowalewski.jpg", PI), ("A27-0191_hands.jpg", PI)], "photo-filename")
P("DECED", "email", "From: decedent.affairs@example.org\nTo: arrangements@example.net\nSubject: release of Mr. Ebenezer Quaye\n\nThe body is released as of 14:00; pickup at the loading dock. DOD 12/01/2027. Contact Wendeline Strauss, x5502.",
  [("decedent.affairs@example.org", EM), ("arrangements@example.net", EM), ("Ebenezer Quaye", N), ("12/01/2027", D), ("Wendeline Strauss", N)],
  "email date-numeric name-staff extension-number")
P("DECED", "chat", "The 104-year-old on 3 West, Mrs. Eulalia Pennington, passed at 11:10. The family is Baptist; no autopsy.",
  [("104", A), ("Eulalia Pennington", N)], "age-over-89-digits clock-time")
P("DECED", "chat", "ME case ME27-1174 for Darnell Ruffin-Hayes, found behind 2718 Larchmont Ave. The body stays here until the investigator arrives.",
  [("ME27-1174", ID_), ("Darnell Ruffin-Hayes", N), ("2718 Larchmont Ave", LO)], "other-id address name-hyphenated")
P("DECED", "chat", "Spelling for the death certificate: Siobhán Ní Mhurchú or Siobhan Murphy? The family wants the Irish form, Siobhán Ní Mhurchú.",
  [("Siobhán Ní Mhurchú", N), ("Siobhan Murphy", N), ("Siobhán Ní Mhurchú", N)], "name-particle name-non-english")
P("DECED", "chat", "Veteran decedent Cpl. Ignatius Wollenhaupt (ret.): burial flag requested, old service number RA 16 338 207.",
  [("Ignatius Wollenhaupt", N), ("RA 16 338 207", ID_)], "name-after-role other-id spaced-digits")
P("DECED", "chat", "Family of Txawj Xiong asked for the window open and 3 hours with the body before release; a shaman is coming. Son Kou Xiong is the contact, 651-555-0165.",
  [("Txawj Xiong", N), ("Kou Xiong", N), ("651-555-0165", PH)], "name-non-english name-relative phone")
P("DECED", "chat", "The son's car, plate 8844 KFT, is blocking the morgue dock; he's here to see Mr. Balthazar Quist. Someone ask him to move it.",
  [("8844 KFT", VE), ("Balthazar Quist", N)], "vehicle name-relative")
P("DECED", "dictation", "Autopsy dictation case A27-0192. The decedent is a 93 year old woman identified by toe tag as Hildegard Oberholzer period. External examination follows.",
  [("A27-0192", ID_), ("93", A), ("Hildegard Oberholzer", N)], "dictation age-over-89-digits accession")
# ---------------------------------------------------------------- prosthetics and orthotics shop
C("PO", "chat", "Syme vs transtibial: the Syme gives end-bearing, but the foot options are limited by the clearance.",
  "eponym-bare", ep="Syme")
C("PO", "chat", "A Chopart amputation tends to drift into equinus; a clamshell AFO, or a Boyd if the surgeon redoes it.",
  "eponym-bare", ep="Chopart|Boyd")
C("PO", "chat", "The Ertl procedure builds a bone bridge: better end-bearing and an easier socket fit.",
  "eponym-bare", ep="Ertl")
C("PO", "chat", "Risser 2 and a Cobb of 32 degrees: brace. Boston brace 23 hours a day, or a Charleston bending brace at night if she refuses daytime wear.",
  "eponym-bare place-rule", ep="Risser|Cobb", pl="Charleston")
C("PO", "chat", "Ponseti casting weekly, then boots and bar 23 hours a day for 3 months. The Denis Browne bar is the classic.",
  "eponym-bare", ep="Ponseti|Denis Browne")
C("PO", "chat", "Pavlik harness check: hips at 100 of flexion, abduction to 60. Ortolani negative now.",
  "eponym-bare", ep="Pavlik|Ortolani")
C("PO", "chat", "Ottobock Genium vs Össur Rheo for the K3 knee. The K-level drives coverage, not the patient's wishes.",
  "device-brand", br="Ottobock|Genium|Össur|Rheo")
C("PO", "caps", "CAST ROOM SAW BROKEN. DO NOT SCHEDULE CAST REMOVALS UNTIL THE NEW ONE ARRIVES THURSDAY.",
  "allcaps weekday")
C("PO", "lower", "do we have any more 3 ply socks in the long size the k2 folks are out",
  "lowercase")
C("PO", "chat", "Jewett vs TLSO for the compression fracture: the Jewett only limits flexion, T10 to L1. The CASH brace is lighter.",
  "eponym-bare", ep="Jewett")
C("PO", "chat", "Halo vest pin care twice daily. Pin loosening around week 6 is common; the neurosurgeon retorques, not us.",
  "admin-chatter")
C("PO", "chat", "The Knight-Taylor brace is basically retired; the lumbar chairback covers that now.",
  "eponym-bare", ep="Knight-Taylor")
C("PO", "list", "Fitting schedule Mon:\n08:00 BK check socket\n09:00 KAFO delivery\n10:30 cranial helmet scan\n13:00 AK test socket\n14:30 scoliosis brace adjustment",
  "list-schedule clock-time weekday")
C("PO", "chat", "Cranial helmet: Argenta type 3 or worse and over 4 months old means helmet. STARband or DOC Band depending on the insurer.",
  "eponym-bare device-brand age-under-90", ep="Argenta", br="STARband|DOC Band")
C("PO", "chat", "Residual limb volume: day 1 of a new socket, add a 1-ply; by week 3 most are on 5-ply. That's the sign it's time for a new socket.",
  "dose-lab")
C("PO", "chat", "Charcot foot: CROW walker until the temperature difference is under 2 degrees on two visits.",
  "eponym-bare temperature", ep="Charcot")
C("PO", "sms", "the 3D printer jammed mid-socket again, reprinting tonight",
  "lowercase")
C("PO", "chat", "A microprocessor knee for a K2 walker? Medicare says no; the VA sometimes says yes. The policy wording is specific about K3.",
  "organization", org="Medicare|VA")
C("PO", "chat", "Chêneau brace for the thoracic curve; the Rigo classification helps with the design.",
  "eponym-bare", ep="Chêneau|Rigo")
C("PO", "bot", "/evidence osseointegration vs socket prosthesis for transfemoral amputees: infection rates and quality of life",
  "bot-command")
C("PO", "chat", "Milwaukee brace is museum-grade now, but Milwaukee shoulder is still a real diagnosis. Different clinic, different century.",
  "place-rule place-disease", pl="Milwaukee")
C("PO", "chat", "Pirogoff and Boyd are cousins: both keep part of the calcaneus. The fab lab hates the foot clearance on both.",
  "eponym-bare", ep="Pirogoff")

P("PO", "ehr", "Delivery ticket\nPt: FAIRBAIRN, ALASDAIR J   DOB 3/17/1958\nKnee: Genium, SN GNM-2207-44183\nFoot: Triton, SN TRT-88120-5\nHCPCS L5856, L5987",
  [("FAIRBAIRN, ALASDAIR J", N), ("3/17/1958", D), ("GNM-2207-44183", DV), ("TRT-88120-5", DV)], "name-last-first dob device-serial code-number")
P("PO", "chat", "Gait video of Mr. Adebowale on the new socket: gait_Adebowale_wk2.mp4. He's walking without the cane.",
  [("Adebowale", N), ("gait_Adebowale_wk2.mp4", PI)], "photo-filename name-surname-only")
P("PO", "chat", "Cranial helmet for baby Rocco Venturini, 5 months, mom Graziella. The scan file rocco_scan_0822.stl goes to the fab lab.",
  [("Rocco Venturini", N), ("Graziella", N), ("rocco_scan_0822.stl", PI)], "name-relative photo-filename")
P("PO", "lower", "pick up for oksana hrytsenko her afo is ready she can come after 3 her number is 6085550171",
  [("oksana hrytsenko", N), ("6085550171", PH)], "name-lowercase phone")
P("PO", "chat", "Scoliosis brace for Harper-Grace Ellingboe, 13, at Oak Creek Middle; the school nurse wants the wear-time instructions.",
  [("Harper-Grace Ellingboe", N), ("Oak Creek Middle", LO)], "name-hyphenated school-name")
P("PO", "chat", "Prosthetist on this case is Ignacio Barrientos, CPO; the PT is Dagny Ellefson at Riverbend Rehab.",
  [("Ignacio Barrientos", N), ("Dagny Ellefson", N), ("Riverbend Rehab", LO)], "name-staff facility")
P("PO", "chat", "VA prosthetics consult for Sgt. (ret.) Marcus Whitehorse, left BK, IED in 2009. VA claim 41 227 886.",
  [("Marcus Whitehorse", N), ("41 227 886", ID_)], "name-after-role other-id year-only")
P("PO", "chat", "Medicaid ID 700418336 for Kiona Redfeather only covers a K2 ankle. Appeal letter in progress.",
  [("700418336", HP), ("Kiona Redfeather", N)], "health-plan")
P("PO", "chat", "Socket check Tuesday for Mr. Hamadou Traoré. He's 93 and still gardens every day.",
  [("Hamadou Traoré", N), ("93", A)], "age-over-89-digits name-non-english weekday")
P("PO", "voicemail", "'Hi it's Roxanne, Delbert Finney's daughter, his leg is rubbing raw at the top, can someone see him before Friday, he's at Cedar Hollow Manor room 12, 715 555 0143.'",
  [("Roxanne", N), ("Delbert Finney", N), ("Cedar Hollow Manor", LO), ("715 555 0143", PH)], "voicemail name-relative facility phone")
P("PO", "chat", "Upper limb: Mikaere Paewai, myoelectric hand serial MYO-40-18822. Signal training with OT Hinewai on Wednesday.",
  [("Mikaere Paewai", N), ("MYO-40-18822", DV), ("Hinewai", N)], "name-non-english device-serial name-staff")
P("PO", "caps", "FAB LAB: REMAKE SOCKET FOR K. ABERCROMBIE - WRONG TRIM LINE. DUE FRIDAY.",
  [("K. ABERCROMBIE", N)], "name-allcaps name-initial weekday")
P("PO", "chat", "Delivery address: 7 Sassafras Lane, Mount Horeb 53572, the farmhouse past the cheese factory. Patient is Leif Haugstad.",
  [("7 Sassafras Lane", LO), ("Mount Horeb", LO), ("53572", LO), ("Leif Haugstad", N)], "address city zip")
P("PO", "email", "From: billing@example.com\nSubject: Gutiérrez-Olmos KAFO\n\nThe KAFO for Ana Sofía Gutiérrez-Olmos was denied (no ortho note). Claim 2027-88-104411. Please resubmit with Dr. Nakata's note.",
  [("billing@example.com", EM), ("Gutiérrez-Olmos", N), ("Ana Sofía Gutiérrez-Olmos", N), ("2027-88-104411", ID_), ("Nakata", N)],
  "email other-id name-clinician name-hyphenated")
P("PO", "chat", "Residual-limb wound photo: limb_wound_Pettersson.jpg, for Dr. Sarkissian to see before the fitting.",
  [("limb_wound_Pettersson.jpg", PI), ("Sarkissian", N)], "photo-filename name-clinician")
P("PO", "chat", "Peer visitor Jolene Marchbanks (BK since 2015) will meet our new patient, Clifton Rowe, on the 12th.",
  [("Jolene Marchbanks", N), ("Clifton Rowe", N), ("12th", D)], "name-plain date-written year-only")
P("PO", "chat", "Pediatric AFOs for the Matsuda twins, Hana and Sora, plus their cousin Riku, who is visiting from Kyoto.",
  [("Matsuda", N), ("Hana", N), ("Sora", N), ("Riku", N), ("Kyoto", LO)], "name-list name-non-english foreign-town")
P("PO", "chat", "Storm Vandenberg's socket liner tore; Autumn, her sister, will pick up the new one.",
  [("Storm Vandenberg", N), ("Autumn", N)], "name-common-word name-relative name-possessive")
P("PO", "chat", "The cast room booked Ms. Pavlik - not the harness, the patient, Danuta Pavlik - for a wrist orthosis. She's 88.",
  [("Pavlik", N), ("Danuta Pavlik", N)], "name-eponym-surname age-under-90")
P("PO", "chat", "The VA form needs the SSN; the patient read it out as 9 0 4 - 3 3 - 1 8 7 2. Don't type it in chat next time. Name: Alton Berrigan.",
  [("9 0 4 - 3 3 - 1 8 7 2", SS), ("Alton Berrigan", N)], "ssn spaced-digits")
P("PO", "dictation", "Orthotic fitting note dictated. Patient Tobiasz Grzelak comma seen with his wife Jadwiga period. Knee ankle foot orthosis delivered period. Follow up with Doctor Yamamoto.",
  [("Tobiasz Grzelak", N), ("Jadwiga", N), ("Yamamoto", N)], "dictation name-relative name-clinician")
# ---------------------------------------------------------------- bariatric surgery program
C("BARI", "chat", "Petersen hernia after a Roux-en-Y: pain out of proportion, swirl sign on CT. Don't wait for the labs.",
  "eponym-bare", ep="Petersen|Roux-en-Y")
C("BARI", "chat", "Dumping: early is 15-30 min after a sugary meal; late is reactive hypoglycemia 1-3 hours out. Acarbose for the late kind.",
  "dose-lab")
C("BARI", "chat", "Wernicke after weeks of vomiting: thiamine before glucose, 500 mg IV TID.",
  "eponym-bare dose-lab", ep="Wernicke")
C("BARI", "chat", "Edmonton stage 2 plus a BMI of 38 qualifies under the newer ASMBS/IFSO indications.",
  "place-rule organization", pl="Edmonton", org="ASMBS|IFSO")
C("BARI", "chat", "Zepbound and the other GLP-1s before surgery: hold them a week ahead for aspiration risk.",
  "drug-brand-name", br="Zepbound")
C("BARI", "caps", "BARIATRIC BED IN ROOM 14 OUT OF SERVICE. 1000 LB RATED BED ORDERED FROM THE RENTAL COMPANY.",
  "allcaps room-bed-number")
C("BARI", "lower", "pre op liquid diet is 2 weeks or 3 for bmi over 50 i keep forgetting",
  "lowercase quick-question")
C("BARI", "chat", "Vitamins after a sleeve: bariatric multivitamin, B12 350-1000 mcg, calcium citrate 1200-1500 mg in divided doses, vitamin D 3000 IU.",
  "dose-lab")
C("BARI", "chat", "Leak test: methylene blue vs intraop EGD is surgeon preference. The routine upper GI on POD 1 is gone.",
  "admin-chatter")
C("BARI", "chat", "Support group tonight: 'Life after the sleeve', same room as last month. Bring a friend who's pre-op.",
  "admin-chatter")
C("BARI", "chat", "King's College staging is an option for the comorbidity score, but the clinic uses EOSS.",
  "place-rule score", pl="King's College", sc="EOSS")
C("BARI", "chat", "A Fobi pouch is historical; the banded bypass is rare now.",
  "eponym-bare", ep="Fobi")
C("BARI", "list", "Pre-op checklist:\n- psych eval\n- dietitian x3\n- sleep study if STOP-BANG 3+\n- EGD if reflux\n- H. pylori stool antigen\n- cotinine",
  "list-schedule organism score", orgm="H. pylori", sc="STOP-BANG")
C("BARI", "chat", "Weight regain revisions: sleeve to bypass has better numbers than a re-sleeve. The data are small.",
  "admin-chatter")
C("BARI", "chat", "Gallstones with rapid weight loss: ursodiol 300 mg BID for 6 months if the gallbladder is still in.",
  "dose-lab")
C("BARI", "sms", "dietitian out sick, reschedule the 1 and 2 oclock, keep the 3 (group)",
  "lowercase clock-time")
C("BARI", "chat", "Lap-Band removals outnumber placements now. Allergan sold it to Apollo, which later stopped making it.",
  "device-brand", br="Lap-Band|Allergan|Apollo")
C("BARI", "chat", "The old Mason gastroplasty patients come in with strictures; revision is tough.",
  "eponym-bare", ep="Mason")
C("BARI", "chat", f"Standard bed is rated to 500{NBSP}lb; above that the bariatric rental, 54 inches wide.",
  "unit-measure unicode-clean")
C("BARI", "bot", "/draft letter of medical necessity template for sleeve gastrectomy, generic, comorbidities left as blanks",
  "bot-command")
C("BARI", "chat", "Scopinaro's biliopancreatic diversion and the duodenal switch are the malabsorptive ones. Fat-soluble vitamins forever.",
  "eponym-bare", ep="Scopinaro")
C("BARI", "chat", "Sweet cravings after bypass often drop; Ensure Max and Premier Protein are the two shakes the dietitians like.",
  "drug-brand-name", br="Ensure|Premier Protein")

P("BARI", "ehr", "Surgery request\nPt: AKINYEMI-BROWN, FOLASADE T\nDOB 10/10/1983  BMI 47.2\nProcedure: RYGB  Date: 01/14/2028\nSurgeon: Dr. Ingmar Sjöberg",
  [("AKINYEMI-BROWN, FOLASADE T", N), ("10/10/1983", D), ("01/14/2028", D), ("Ingmar Sjöberg", N)], "name-last-first dob name-clinician")
P("BARI", "chat", "Before/after photos for the support group slideshow need consent. Tamara Kuznetsova-Bell signed; the photos are before_Kuznetsova.jpg and after_Kuznetsova_12mo.jpg.",
  [("Tamara Kuznetsova-Bell", N), ("before_Kuznetsova.jpg", PI), ("after_Kuznetsova_12mo.jpg", PI)], "photo-filename name-hyphenated")
P("BARI", "chat", "Prior auth approved for Ulysses Stavridis, member ID H77201-39914, valid through 03/31.",
  [("Ulysses Stavridis", N), ("H77201-39914", HP), ("03/31", D)], "health-plan date-numeric")
P("BARI", "lower", "dietitian note for precious ndlovu says she is drinking 40 oz a day and 3 protein shakes",
  [("precious ndlovu", N)], "name-lowercase name-common-word")
P("BARI", "chat", "Psych eval for Bartosz Kmiecik: cleared. Evaluator Dr. Apolonia Reyes-Whitmore.",
  [("Bartosz Kmiecik", N), ("Apolonia Reyes-Whitmore", N)], "name-non-english name-clinician")
P("BARI", "chat", "Weight check: Mr. Eustace Tillman is down 62 lb since surgery on 5/9. He wants to stop the CPAP.",
  [("Eustace Tillman", N), ("5/9", D)], "date-numeric name-plain")
P("BARI", "voicemail", "'This is Lakisha Fontenot, I had my sleeve on Friday and I'm throwing up everything, my husband Andre can drive me in, call 504 555 0119.'",
  [("Lakisha Fontenot", N), ("Andre", N), ("504 555 0119", PH)], "voicemail name-relative phone weekday")
P("BARI", "chat", "Program account for Henrietta Blomqvist: self-pay deposit $500, account SP-55018. She lives in Iron Mountain, MI.",
  [("Henrietta Blomqvist", N), ("SP-55018", AC), ("Iron Mountain", LO)], "account city")
P("BARI", "chat", "Support group leader this month is Marisela Anaya (3 years post-op); co-leader is dietitian Brigitte Lasalle.",
  [("Marisela Anaya", N), ("Brigitte Lasalle", N)], "name-staff name-after-role")
P("BARI", "chat", "Band port access for Mr. Thurgood Plaskett: band serial B-2215-0049, 4.5 mL in.",
  [("Thurgood Plaskett", N), ("B-2215-0049", DV)], "device-serial")
P("BARI", "caps", "FALL RISK ROOM 14: MARVA JEAN-BAPTISTE, 512 LB. 4 STAFF FOR TRANSFERS.",
  [("MARVA JEAN-BAPTISTE", N)], "name-allcaps room-bed-number")
P("BARI", "chat", "The seminar web form from 203.0.113.17 submitted twice for Felicity Arkwright, same email felicity.ark@example.com. Merge them.",
  [("203.0.113.17", IPA), ("Felicity Arkwright", N), ("felicity.ark@example.com", EM)], "ip email name-common-word")
P("BARI", "chat", "Teen candidate: Jaxon Whitebear, 16, at Wolf River High. Mom is Charlene Whitebear.",
  [("Jaxon Whitebear", N), ("Wolf River High", LO), ("Charlene Whitebear", N)], "school-name name-relative")
P("BARI", "chat", "Revision consult: the original surgery was 2009 in Tijuana; records from Clínica del Mar requested. Patient is Araceli Montenegro.",
  [("Tijuana", LO), ("Clínica del Mar", LO), ("Araceli Montenegro", N)], "foreign-town facility year-only")
P("BARI", "chat", "Nutrition labs for Winifred Coker: B1 low, copper low, ferritin 6. Call her at 608-555-0102; she only picks up after 5.",
  [("Winifred Coker", N), ("608-555-0102", PH)], "phone dose-lab")
P("BARI", "sms", "Hi this is Ngaio, Tāne Rāwiri's sister, he's confused after the bypass, is that normal? We're at a motel in Wausau",
  [("Ngaio", N), ("Tāne Rāwiri", N), ("Wausau", LO)], "name-non-english name-relative city")
P("BARI", "chat", "Pre-op clearance from Dr. Oddný Gísladóttir came by fax from 715-555-0187, for Percival Ashdown, 58.",
  [("Oddný Gísladóttir", N), ("715-555-0187", FX), ("Percival Ashdown", N)], "fax name-clinician name-non-english")
P("BARI", "chat", "MRN 3O047718 on the consult is a letter O; it should be 30047718. That's Ms. Quintessa Boone's chart.",
  [("3O047718", MR), ("30047718", MR), ("Quintessa Boone", N)], "mrn name-possessive")
P("BARI", "chat", "POD 1: Mr. Gaspard Lefèvre-Nkosi, 54, sats fine, walking the hall. Wife Clémence at the bedside asked for a cot.",
  [("Gaspard Lefèvre-Nkosi", N), ("Clémence", N)], "name-hyphenated name-relative")
P("BARI", "list", "Bariatric seminar RSVPs:\nRomilly Ashgrove\nDeWitt Palmer-Sykes\nKhadija Benali\nThor Eggebraaten\nMaeve O'Flaherty",
  [("Romilly Ashgrove", N), ("DeWitt Palmer-Sykes", N), ("Khadija Benali", N), ("Thor Eggebraaten", N), ("Maeve O'Flaherty", N)],
  "name-list name-particle name-message-start")
P("BARI", "chat", "Video visit link for the 6-month check: https://tele.example.org/v/bari-55018 - Henrietta says her daughter Signe will join from Marquette.",
  [("https://tele.example.org/v/bari-55018", UR), ("Henrietta", N), ("Signe", N), ("Marquette", LO)], "url name-relative city")
P("BARI", "dictation", "Bariatric clinic note for Mister Olawale Adeyinka date of service November 3rd period. Weight down 41 pounds period. Continue vitamins.",
  [("Olawale Adeyinka", N), ("November 3rd", D)], "dictation date-written")
# ---------------------------------------------------------------- added last, one by one: dictation, Unicode names, SSNs and near misses
C("SLEEP", "dictation", "Sleep study interpretation dictated. Apnea hypopnea index 22 per hour period. Oxygen nadir 81 percent period. Recommend auto CPAP 5 to 15 centimeters.",
  "dictation dose-lab")
C("GIENDO", "dictation", "Colonoscopy dictation period. Three sessile polyps 4 to 6 millimeters removed with cold snare period. Recall in 3 years per the multi society guideline.",
  "dictation dose-lab")
C("AUD", "dictation", "Audiogram summary colon mild sloping to moderate sensorineural loss bilaterally period. Speech recognition 92 percent right and 88 percent left period.",
  "dictation age-like-number")
C("DECED", "dictation", "External examination colon the body is that of an adult male period. Rigor is fully developed period. Livor is fixed and posterior.",
  "dictation")
C("VA", "chat", "The panel's 89 y/o is still under the 90 cutoff for the geriatric flag; nothing to change until next year.",
  "age-under-90 age-like-number")
C("RISK", "chat", "A ninety-minute target for the first family call after a serious event is ours; we averaged 140 last quarter.",
  "age-like-number")
C("HINF", "chat", "Ceftriaxone 2 g runs over 30 min for the osteo patients; the vanc is the one that runs 90-min or longer on the pump. Don't swap the rates.",
  "dose-lab age-like-number")
C("TRAVEL", "chat", f"Doxycycline{ZW} 100 mg daily for malaria, start 1-2 days before, continue 4 weeks after. Sun protection talk every time.",
  "dose-lab unicode-clean")
C("ZOO", "chat", "Ages 90 days to 6 months get the weight-based HRIG like everyone else; there's no age cutoff for rabies PEP.",
  "age-aggregate age-like-number")

P("IVF", "chat", f"Referral reads Ольга Петренко; she signs Olha Petrenko. Same person - she's asking for her frozen eggs to be moved to Chicago.",
  [("Ольга Петренко", N), ("Olha Petrenko", N), ("Chicago", LO)], "name-non-english city")
P("TRAVEL", "chat", "Traveler प्रिया शर्मा (Priya Sharma-Iyengar on the passport) needs the typhoid and JE before Varanasi on the 9th.",
  [("प्रिया शर्मा", N), ("Priya Sharma-Iyengar", N), ("Varanasi", LO), ("9th", D)], "name-non-english foreign-town date-written")
P("SEC", "chat", f"The badge printer split the name as Schwarzen{SHY}berger-Lutz, Dieter; the soft hyphen is in the visitor record too. Fix it before his next visit.",
  [(f"Schwarzen{SHY}berger-Lutz, Dieter", N)], "name-last-first soft-hyphen name-hyphenated")
P("ALLERGY", "chat", f"Name in the portal came through decomposed: Jose{ACUTE} Ordo{ACUTE}n\u0303ez. Search fails unless you type it the same way; MRN 66810427.",
  [(f"Jose{ACUTE} Ordo{ACUTE}n\u0303ez", N), ("66810427", MR)], "name-non-english mrn unicode-combining")
P("PO", "chat", "Hebrew name on the intake, אביגיל כהן, and the chart has Avigail Cohen-Strauss; her husband Yoav brought the old AFO.",
  [("אביגיל כהן", N), ("Avigail Cohen-Strauss", N), ("Yoav", N)], "name-non-english name-relative")
P("SLEEP", "chat", "Japanese patient form: 渡辺 誠 (Watanabe Makoto), the kanji went into the name field and the romanized into the comment. MRN 7719042.",
  [("渡辺 誠", N), ("Watanabe Makoto", N), ("7719042", MR)], "name-non-english mrn")
P("RISK", "chat", "Claimant's SSN on the demand letter is 943-18-2207; redact it before it goes to the committee. Claimant is Roswitha Elmendorf.",
  [("943-18-2207", SS), ("Roswitha Elmendorf", N)], "ssn name-plain")
P("BARI", "ehr", "Guarantor: Tillman, Eustace  SSN xxx-xx-5512  Acct 55-20917-3\nPlan: Medicaid 220918847",
  [("Tillman, Eustace", N), ("5512", SS), ("55-20917-3", AC), ("220918847", HP)], "name-last-first ssn-partial account health-plan")
P("HINF", "dictation", "Home infusion nursing visit for Philippe Laurendeau period. Line flushed easily period. Next visit Tuesday the 14th with his wife Ghislaine present.",
  [("Philippe Laurendeau", N), ("14th", D), ("Ghislaine", N)], "dictation name-relative date-written")
P("VA", "dictation", "Compensation and pension exam dictation. Veteran Lamar Beauchamp-Tate date of birth 6 slash 2 slash 1949 period. Claimed condition tinnitus.",
  [("Lamar Beauchamp-Tate", N), ("6 slash 2 slash 1949", D)], "dictation dob name-hyphenated")
P("POISON", "chat", f"Caller's number came through as {FW('555-0142')} with the 608 area code dropped; the mom is Dulce Arredondo. Call back on (608) 555-0142.",
  [(FW("555-0142"), PH), ("Dulce Arredondo", N), ("(608) 555-0142", PH)], "fullwidth-digits phone name-relative")
P("GIENDO", "chat", f"@Okwudili can you consent the 11:30? It's Mr. Reinholt Abernathy, the one whose MRN 5518{ZW}0093 won't paste into the old scheduling system.",
  [("Okwudili", N), ("Reinholt Abernathy", N), (f"5518{ZW}0093", MR)], "name-staff mrn zero-width")
P("HINF", "chat", "Patient assistance application for Rosamund Kettleby wants her SSN, 921-55-0384, and two pay stubs. Foundation fax is 877-555-0130.",
  [("Rosamund Kettleby", N), ("921-55-0384", SS), ("877-555-0130", FX)], "ssn fax name-plain")
P("DECED", "ehr", "Death certificate worksheet\nDecedent: Florian Dumitrescu\nSSN 907-31-4482\nInformant: Viorica Dumitrescu (wife)\nPlace of death: inpatient",
  [("Florian Dumitrescu", N), ("907-31-4482", SS), ("Viorica Dumitrescu", N)], "ssn name-relative name-non-english")
P("ZOO", "chat", "The dog that bit the mail carrier rode off in the back of a pickup, plate TRK 5521; the owner is Hank Brodeur. The carrier, Yvette Sandoval-Marsh, starts PEP today.",
  [("TRK 5521", VE), ("Hank Brodeur", N), ("Yvette Sandoval-Marsh", N)], "vehicle name-hyphenated")
P("GIENDO", "chat", "Driver for Mrs. Tindall is waiting out front in a blue minivan, plate 5KX 390. She's in bay 3, ready in about 20.",
  [("Tindall", N), ("5KX 390", VE)], "vehicle name-surname-only room-bed-number")
P("RISK", "chat", "The post is still public: https://social.example.com/leonorabk/status/88120 - counsel wants it archived before Ms. Baptiste-Kerr takes it down.",
  [("https://social.example.com/leonorabk/status/88120", UR), ("Baptiste-Kerr", N)], "url name-surname-only")
P("DECED", "chat", "ME office wants the chart for Lavinia Osterhout; their fax is 608-555-0110 and they need it before the 2 pm autopsy.",
  [("Lavinia Osterhout", N), ("608-555-0110", FX)], "fax name-plain")

# =============================================================================================
# Checks, split and output
# =============================================================================================
WARN = []
INVISIBLE = set("\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad")

# things that must never appear in a clean message (cheap guard against slips)
CLEAN_FORBIDDEN = ["@", "http", "www.", "example.", "555", "MRN", "\u041cRN", "DOB", "SSN", "Dr. ", "Mr. ",
                   "Mrs. ", "Ms. ", "IMG_", "DSC_", ".jpg", ".png", ".heic", ".HEIC", ".wav", ".mp4", ".stl", "(at)"]
CLEAN_FORBIDDEN_RE = [re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)"),          # SSN shape
                      re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"),   # m/d/y
                      re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b"),              # ISO date
                      re.compile(r"\w AT \w+ DOT \w"),                       # spelled-out e-mail
                      re.compile(r"(?<!\d)\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d)"), # phone shape
                      re.compile(r"(?<!\d)\d{10}(?!\d)")]                    # ten digits in a row
MIN_MESSAGES = 600
CLEAN_SHARE = (0.45, 0.55)
MIN_SPANS_PER_CAT = 6
MIN_TERMS = 250
MIN_EPONYMS = 90
MIN_PER_SETTING = {True: 18, False: 18}   # clean / with identifiers
MIN_PER_MEDIUM = 10
MIN_AGE_MRN = 15
DOC_IP_PREFIXES = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")
EARLIER = ["phi_chat_v6", "phi_chat_v7", "phi_chat_v8", "phi_chat_v9"]

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
    """v10 addition: no example string quoted in straight double quotes (any quoted string with a digit, or of 8+ characters with a space) in the earlier
    sets' SOURCE.md files occurs in any message, and no NAME span of this set equals a quoted example or
    a full name written in those files. Returns the capitalised NAME tokens that also occur somewhere in
    those files (reported in SOURCE.md; mostly common given names and the eponym surnames)."""
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
    """Deterministic stratified 2:1 dev/test split with a fixed seed (SEED), v9's procedure.

    Features of a message: its kind tags, the categories of its spans ("CAT:NAME", ...), its setting
    ("SET:AUD", ...), "CLEAN" or "PHI", the pair of setting and clean flag, and "ALL". Messages are
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
            f"{sum(1 for n in names if any(ord(ch) > 127 for ch in n))} with non-ASCII letters, "
            f"{sum(1 for n in names if any(unicodedata.category(ch) == 'Lo' for ch in n))} in a non-Latin script "
            f"without letter case: Arabic, Hangul, Han / kanji, Devanagari, Hebrew).")

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
    check_invented(recs)
    check_terms(recs)
    check_name_leaks(recs)
    shared = check_no_reuse(recs, here)
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
                   ["", f"Capitalised NAME tokens of this set that also occur somewhere in the earlier SOURCE.md files "
                        f"(checked by build.py; no full name and no quoted example string is shared): {len(shared)}: "
                        + ", ".join(shared) + "."])
    body = [SOURCE_HEAD.strip("\n"), "", "## Counts (generated by build.py)", ""] + counts + \
        ["", name_form_line(recs)] + shared_line + setting_media_tables(recs, dev, test) + term_table(recs) + kinds_lines
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
          f"({len(TERMS['eponym'])} eponyms), max reuse {max(uses.values())}")
    print("OK: all checks passed; wrote dev.jsonl, test.jsonl, SOURCE.md")

SOURCE_HEAD = r"""
# Independent PHI chat evaluation set v10 (dev / test)

## How it was written
- Settings (new for v10): the team chat, with the clinical assistant bot, of fifteen care settings that
  none of the earlier sets used (as v6-v9's SOURCE.md describe them; v5 was a medicine ward): the
  audiology, hearing-aid and cochlear implant clinic; the sleep lab and sleep medicine, with the CPAP
  supplier; a VA / military clinic (PACT team, C&P exams, guard and reserve soldiers, burial benefits);
  home infusion pharmacy, sterile compounding and infusion nursing; hospital security and visitor
  management; the travel medicine clinic; zoonosis, animal-bite and rabies consults; risk management,
  claims and legal holds; the allergy and immunology clinic; the GI endoscopy suite; the fertility clinic,
  embryology lab and andrology; the regional poison control center; decedent affairs, the morgue and the
  autopsy service; the prosthetics and orthotics shop; the bariatric surgery program.
  Settings from the brief's list that were left out because an earlier set used them: dental / oral
  surgery, ophthalmology and pharmacy (v7), occupational health and interpreter services (v8), wound
  care, blood bank and release of information (v9), organ procurement (close to v8's transplant
  coordination) and telepsychiatry (close to v6's outpatient psychiatry and telehealth). Overlap
  disclosed: v7 had inpatient / outpatient pharmacy and "quality and patient safety"; v10's home
  infusion is the compounding room, couriers and home nurses, and its risk management is claims,
  litigation holds, subpoenas, depositions and complaints, not safety-event review. v8 had an OPO / UNOS
  angle inside transplant coordination; v10 touches the OPO only as one referral line in decedent affairs.
- Writers (senders): audiologists, hearing-aid dispensers, cochlear-implant programmers, newborn hearing
  screeners and the audiology front desk; sleep technologists, sleep physicians and the CPAP supplier's
  respiratory therapists; VA PACT nurses, C&P examiners, a VSO, claims clerks, guard medics and the clinic
  NCOIC; compounding pharmacists and technicians, intake coordinators, couriers and home infusion nurses;
  security officers, dispatch, the visitor desk and the behavioral emergency response team; travel
  nurses and travel physicians; bite-clinic nurses, ID physicians, county animal control and a county
  veterinarian; risk managers, claims staff, patient relations and in-house counsel's paralegals;
  allergists, shot-room nurses and food-challenge nurses; endoscopy nurses, GI fellows, scope
  reprocessing techs and schedulers; embryologists, andrology techs, fertility nurses and the financial
  counselor; poison specialists and toxicologists; decedent affairs coordinators, dieners, prosectors and
  ME investigators; prosthetists, orthotists and the fab lab; bariatric coordinators, dietitians,
  psychologists and surgeons. Relatives, callers, police, vets and funeral home staff appear through
  voicemails, e-mails and texts.
- Media: typed chat lines and thread replies, lowercase typing without punctuation, SMS-style texts,
  ALL CAPS pages, alarms and overhead lines, lists (booth, bed, route, fitting, food-challenge and retrieval
  schedules, recovery bay board, shot-room list, morgue census, RSVP list), pasted EHR snippets (report
  headers, delivery tickets, cryo log, PEP record, claim, decedent record, shot log, audit-trail pull),
  forwarded e-mails, voicemail transcripts, slash commands to the bot, and (new) speech-to-text
  dictation pasted into chat ("comma", "period", "6 slash 2 slash 1949"). The setting and medium of each
  message are kept in build.py only (tables below).
- About half the messages are clean on purpose (no identifier at all) and full of look-alikes: eponyms
  of each setting (Rinne, Weber, Carhart, Stenger, Békésy, Ménière; Cheyne-Stokes, Kleine-Levin,
  Pickwickian; Boerhaave, Mallory-Weiss, Zenker, Schatzki, Dieulafoy, Oddi, Vater, Treitz; Gardner,
  Kruger, Sertoli, Leydig, Ferriman-Gallwey; Rumack-Matthew, Sternbach, Mees, Lugol; Rokitansky, Tardieu,
  Nysten, Henssge; Syme, Chopart, Boyd, Ertl, Pirogoff, Risser, Cobb, Ponseti, Pavlik, Jewett, Chêneau;
  Petersen, Fobi, Scopinaro ...), place-named scales, diseases and protocols (Epworth, Berlin, Stanford,
  Maryland CNC, Ohio State, Camp Lejeune, Lake Louise, Lake Malawi, Sin Nombre, Four Corners, Prague,
  Seattle, Boston, Ottawa, Bologna, Istanbul, Minnesota tube, Charleston brace, Milwaukee brace, Edmonton,
  King's College, Brøset, Balsam of Peru), brands that are names or words (Inspire, Zen, Tide, Apollo,
  Sigma, Kate Farms, Lions, Ensure, Cochlear), organisms, programmes and laws (PACT Act, MISSION Act,
  Baker Act, Just Culture, Run Hide Fight, ALICE), public figures and authors cited as references (Johns,
  Ross, Laveran, Pasteur, James Reason, Marx, Richet, Portier, Steptoe, Edwards, Paracelsus, Casper,
  Glaister), ordinary words that are names elsewhere in the set (Per, Roger, Major, GRAY, Doe, Unknown),
  scores and fractions, units, battery sizes (312, 675), 988, clock times, weekdays, years alone, ages up
  to 89, numbers next to 90 that are not ages (90 days, 90%, 90-min, ninety-minute), rooms, booths, bays,
  hoods, coolers and posts, and a little Unicode noise (full-width lab values, an NBSP between a dose and
  its unit, a zero-width space after a drug name). The other half carry identifiers of all 19
  categories, with most of the weight on names.
- Names come in the forms chat shows: full names, surname only, given name only, "Last, First M" and
  ALL CAPS registration style, all lowercase, possessives, initials ("N. Kapoor", "KA / IB"), nicknames
  in quotes or parentheses, names that are ordinary words (Sage, Robin, Chance, Honor, Mercy, Temperance,
  Per, Jasper, Storm, Autumn, Brooklyn, Precious, Felicity, Earl, Rusty, Marigold, Juniper, Strand),
  names at the start of a message or a list line, names after roles and titles (Sgt., PFC, Deputy,
  Officer, Imam, Deacon, diener, valet), names in lists, misspelt and corrected names, a chat @-mention,
  a login user name, names inside file names, and patients whose surname is an eponym in the same message
  (Mr. Rinne with a Rinne test, Mr. Zenker with a Zenker, Mr. Samter with Samter triad, Mr. Kruger with
  Kruger morphology, Mr. Hunter with the Hunter criteria, Ms. Pavlik and the Pavlik harness, Mr. Abbott
  by the Abbott cart, Oona Fitzpatrick, Fitzgerald Omondi-Huber). Names come from many cultures and
  scripts: Yoruba, Igbo, Akan, Hausa, Somali, Kikuyu, Luo, Zulu, Hmong, Vietnamese, Korean (Hangul),
  Chinese (Han), Japanese (kanji), Hindi (Devanagari), Tamil and Kannada names, Arabic (Arabic script,
  with right-to-left marks), Persian, Turkish, Armenian, Greek (Greek script), Russian and Ukrainian
  (Cyrillic), Polish, Czech, Slovak, Lithuanian, Romanian, Hungarian, Icelandic, Norwegian, Swedish,
  Finnish, Dutch and Afrikaans particles, Irish (Ní Mhurchú), Hebrew (Hebrew script), Māori, Hawaiian,
  Samoan and Tongan, Navajo, Menominee and Lakota-style surnames, Nahuatl (Xóchitl, Tonatiuh), Quechua and
  Aymara (Quispe Mamani), Aboriginal Australian, Spanish, Portuguese, Italian and French.
- Every message was written one by one for this set, by hand, by one author (an AI assistant working for
  the project) who did not read the detector's code, its tests, the evaluation or benchmark scripts or
  the messages of the earlier sets: nothing under bot/, tests/ or bench/*.py was opened, no *.jsonl file
  was opened, and no message line or term list of any earlier build.py was read. The detector and the
  project's code were not run; only this build.py checks the messages. Nothing was generated from
  templates or loops; the checker refuses two messages that open with the same 28 characters. The last
  block of build.py ("added last", 27 messages) was written after a first build, one by one like the
  rest, to add dictation lines, names in more scripts and Unicode forms, SSNs, plates, a URL, faxes and
  clean near misses around 89 / 90.
- What was read: bench/data/phi_chat_v6/SOURCE.md, bench/data/phi_chat_v7/SOURCE.md,
  bench/data/phi_chat_v8/SOURCE.md, bench/data/phi_chat_v9/SOURCE.md, and of
  bench/data/phi_chat_v9/build.py: a grep listing of its `def`, constant and section-comment lines (the
  section comments name v9's settings, as its SOURCE.md does), its lines 1-136 (docstring, constants,
  the FW / AR / M / P / C / term_re helpers; they hold no message), lines 1224-1570 (checks, split,
  output, table helpers, main() and the first lines of SOURCE_HEAD) and its last 20 lines (the end of
  SOURCE_HEAD, which is the text of v9's SOURCE.md, and the main guard). No v9 message line was seen.
- The helper, check, split and output code is v9's, reused with a new seed (20280307), the v10 settings,
  media and bait kinds, and these changes: (1) the soft hyphen counts as an invisible character that may
  not start or end a span; (2) clean messages also may not contain ".stl" or ten digits in a row; (3)
  every setting needs at least 18 clean and 18 identifier messages (v9: 15); (4) new check
  `check_no_reuse`: it reads the earlier sets' SOURCE.md files (v6-v9, if present next to this folder)
  and fails if any example string quoted there in straight double quotes (every quoted string with a
  digit, and every quoted string of 8 or more characters with a space) occurs in any v10 message, or if a
  v10 NAME span with a space (8+ characters) is written anywhere in those files; it also lists the
  single capitalised name tokens shared with those files (below).
- All identifiers are invented: phone and fax numbers use 555 (also a Peruvian mobile, +51 ... 555 ...),
  e-mails and URLs use example.org / example.com / example.net, IPs come from the documentation ranges
  (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), full SSNs start with 9, and MRNs, ICNs, member ids,
  MBIs, plates, VINs, serials, licence, passport, certificate, NPI, EDIPI, C-file, claim, case, booking,
  badge, straw, donor, accession, toe-tag and template numbers are made up. Town and city names are real
  and used at random (mostly Wisconsin, some elsewhere in the US, and abroad: Kisumu, Puebla, Atlixco,
  Cusco, Kraków, Bengaluru, Lagos, Ho Chi Minh City, Denpasar, Lyon, Bagram, Kyoto, Varanasi, Tijuana);
  facility, school, street, funeral home and company names are invented or generic, and a few real
  streets or landmarks are used with invented house numbers or as invented whereabouts (see the slips).
  No real patients; any resemblance to a real person or record is accidental.
- `build.py` (standard library only) holds every message with its identifiers written as exact
  substrings in order of appearance (`P(setting, medium, text, spans, kinds)`); clean messages are
  `C(setting, medium, text, kinds, ep=..., pl=..., br=..., pub=..., ...)`, whose keyword arguments
  register the capitalised bait terms of the message. Offsets come from `str.find` scanning left to right
  (never typed by hand; `(substring, category, n)` takes the n-th occurrence after the previous span).
  The checker verifies what v9's did: slices equal the written substrings on the built records and on the
  records read back from dev.jsonl / test.jsonl; slices non-empty and inside the text; no overlaps;
  known categories; `clean` iff no spans; no duplicate texts; no span starting or ending on an invisible
  character or a space; no span glued to a letter or digit outside it (except an AGE followed by a
  letter); 1-4 kind tags; unique 28-character openings; forbidden strings and shapes in clean messages
  (`@`, `http`, `www.`, `example.`, `555`, `MRN` and its Cyrillic-M look-alike, `DOB`, `SSN`, `Dr. `,
  `Mr. `, `Mrs. `, `Ms. `, `IMG_`, `DSC_`, `.jpg`, `.png`, `.heic`, `.HEIC`, `.wav`, `.mp4`, `.stl`,
  `(at)`, ddd-dd-dddd, m/d/y, yyyy-mm-dd, "x AT y DOT z", phone shapes, ten digits in a row); PHONE and
  FAX spans contain 555 in any script, EMAIL and URL spans contain "example", IPs are documentation
  addresses, 9-digit SSNs start with 9; no capitalised word of a NAME span appears in a clean message
  unless it is part of a registered bait term; every bait term in 1-4 clean messages (at least 250 terms,
  at least 90 eponyms); at least 600 messages with a clean share of 45-55%; every category with at least
  6 spans and in both splits; NAME, DATE, LOCATION and PHONE each with at least as many spans as any
  other category; AGE and MRN with at least 15; every medium with at least 10 messages; every kind tag
  used at least twice present in both splits; plus the v10 additions above.
- Split: fixed seed 20280307, 2:1 dev/test, stratified exactly as v9 does (clean / not clean, setting,
  setting x clean, kind tags and span categories; messages shuffled with the seed, ordered by the rarity
  of their rarest feature, each to the split whose 1/3 : 2/3 quota for its features is least filled).
  Running `python3 build.py` again reproduces dev.jsonl, test.jsonl and this file, and prints the stats.
- Record format (same as v3-v9): `{"id","text","spans":[{"start","end","category"}],"clean","kinds"}`;
  `end` is exclusive; offsets are Python code-point offsets (a combining accent or a soft hyphen is its
  own code point).

## Annotation conventions
The conventions of v9 (bench/data/phi_chat_v9/SOURCE.md, which restates v8's and, through them, v7's,
v6's and v5's) apply unchanged. In short: NAME for any person (patient, relative, clinician, staff,
officer, attorney, adjuster, vet, caller, funeral home staff), titles, ranks, kinship words, religious
titles and possessive 's outside; eponyms, brands, programmes, companies, law firms and scales never
names, and only the person annotated when a name and an eponym or word share a spelling in one message;
a nickname next to a legal name is its own NAME span; "Last, First M" is one span; DATE for any date
element more specific than a year; AGE only over 89, number expression only; LOCATION for street
addresses, street names, highways, cities, ZIP codes and named places tied to the patient, never states,
countries or place-named diseases and rules; e-mails, URLs and photo / voice file names are one span
each; masked SSNs keep only the visible digits; internal extensions, pagers, beds, rooms, booths, bays,
hoods, coolers and posts are not annotated; Unicode-broken identifiers are annotated whole. Category
names (exactly v9's): NAME, DATE, AGE, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN, ACCOUNT, LICENSE, VEHICLE,
DEVICE, URL, IP, BIOMETRIC, PHOTO, LOCATION, ID.

Decisions spelled out for v10 (cases the earlier SOURCE.md files do not settle; each follows from them):
- Certificates and passports: passport numbers and certificate numbers (the yellow-fever ICVP
  certificate, a death certificate) are LICENSE, HIPAA's "certificate / license numbers", like driver's
  licences; a passport number typed with a space is one span.
- VA and military: the EDIPI, a VA claim / C-file number and an old Army service number ("RA" prefix
  inside) are ID; the VA's ICN is the patient's record number and is MRN; the last-initial-plus-last-
  four check-in code (a letter glued to the last four SSN digits) is one SSN span; ranks (Sgt., SGT, PFC,
  Spc., Cpl.) stay outside the name; unit designations (2-127 IN), drill weekends and profiles are not
  annotated; the city of the Vet Center where a veteran is seen is LOCATION (a place of care tied to the
  patient, v7), a deployment airfield the patient served at is LOCATION like a foreign town (v9); a
  disabled-veteran plate ("DV 3391") is VEHICLE.
- Decedents: the decedent is the patient; the date of death is DATE; toe-tag, autopsy, ME case and OPO
  referral numbers are ID; funeral homes and mortuaries that receive the body are LOCATION like a
  receiving facility (v6); the name of the next of kin is NAME and their driver's licence LICENSE;
  placeholder names ("John Doe", "Doe", "Unknown") are not annotated (they name nobody); a fingerprint
  template used to identify the body is BIOMETRIC; autopsy photographs are PHOTO.
- Fertility lab: straw, biopsy-tube and embryo ids (also when they embed the patient's surname, "HSU-E1")
  and sperm-bank, egg-donor and stool-donor codes are ID; tank, canister and cane positions, day-5 grades
  (4AA) and cycle days are not annotated; an ultrasound picture is PHOTO (v6); a time-lapse viewer link is
  one URL span even when it embeds a straw id.
- Security: badge numbers, incident, police case, booking and valuables-envelope numbers are ID;
  body-camera or lobby-camera clips and BOLO photos are PHOTO; facial-match and fingerprint templates are
  BIOMETRIC, also for staff and visitors (v7 annotates staff identifiers); a towed truck's VIN and plates
  of visitors, staff and relatives are VEHICLE; the police department named after a city ("Sheboygan
  police") is not LOCATION, like a health department (v7).
- Risk management: claim, case, event-report and workers' comp claim numbers and employee ids are ID; a
  law firm or an insurer (Whitcombe & Rhys, Castlewood Mutual) is a company and not annotated (v9); a
  recorded complaint call is BIOMETRIC (the caller's voice, v6); a social-media handle is ID with the "@"
  outside (like v7's @-mention rule) and a link to the post is one URL span; a login user name that
  spells a person's name ("kpaulsen") is NAME.
- Animals: pets' names and breeds are not annotated (v8); the owner of a biting animal is a person
  (NAME) and the owner's plate VEHICLE; a farm called after a family ("the Brekkestad place", "the
  Tollefson farm") gives a NAME span for the family name, and its rural address is LOCATION; the place of
  an exposure (a lake, a highway, a bus-stop intersection, a friend's street) is LOCATION (v8).
- Devices: serials of devices dispensed to or implanted in the patient (CPAP, cochlear implant processor,
  hearing aids, capsule recorder, infusion pump, home telehealth device, microprocessor knee, prosthetic
  foot, myoelectric hand, gastric band) are DEVICE; serials of shared hospital equipment (endoscopes,
  washers, hoods, the lab's pumps in the pump room) and compounding batch and lot numbers are not.
- Pictures and files: endoscopy stills and gait videos are PHOTO; a 3D surface scan of an infant's head
  for a cranial helmet (".stl") is PHOTO (it is a full-face image); a picture that shows no person
  ("mushroom_pics_Wawrzyniak.jpg") is not PHOTO, but the name inside its file name is NAME (v6).
- Dictation: spoken dates ("April 2nd 1944", "November 3rd", "6 slash 2 slash 1949") are DATE;
  "Mister" and "Doctor" spelled out stay outside the name like Mr. and Dr.
- Unicode: a name typed in decomposed form (base letters plus combining accents) and a name with a soft
  hyphen inside are one NAME span as typed; a right-to-left mark around an Arabic name stays outside
  (v8); names in Arabic, Hangul, Han, kanji, Devanagari, Hebrew, Greek and Cyrillic script are NAME, and
  their romanized forms in the same message are separate NAME spans; a phone number typed as seven
  full-width digits without its area code is PHONE.
- Smaller cases: staff initials on a log ("KA / IB") are NAME; a bare house number that completes an
  address ("we live at 1502") is LOCATION; "baby girl" written in lower case stays outside the name like
  "Baby Girl"; an expiry or "valid through" month and day is DATE (v9); a beyond-use date in a delivery
  ticket is DATE, so clean messages give beyond-use limits in days; public figures and authors cited as
  references (Johns 1991, Pasteur, James Reason, Steptoe and Edwards ...) are not NAME, like eponyms, and
  appear as bait in clean messages only.

## Slips and limits disclosed
- While writing, some strings that the earlier SOURCE.md files quote as examples crept into v10
  messages: the digit groups 4471, 4417 and 6618 of v6 / v7 card and SSN examples, "(94)", "95y",
  "5th", "the 22nd", "101-year-old", "89-year-old", "Ninety minutes", "90 mg", and the phrases "came
  from" and "faxed to". The new `check_no_reuse` caught them on the first full run and every one was
  rewritten before the final build. Single shared name tokens are listed after the counts; some are
  deliberate (eponym surnames, word names), the rest are common names.
- Early drafts also used a few given names or surnames close to names written in the earlier SOURCE.md
  files (Teodora, Priscilla, Santiago, Ferreira, Soto, Ayers, Hart, Rhodes, Ruiz); they were replaced
  with other invented names.
- Listing bench/data/ to find the allowed files showed the names of other folders and files there
  (drafting folders, an old phi_chat.jsonl); none of them was opened. `git status --short` was run at
  the start (it listed nothing) and at the end (it listed this folder and an untracked
  bench/data/drafting_v8/ folder that appeared during the session; this session did not create, open or
  change it).
- The build was developed in a scratch folder outside the repository (with copies of the four earlier
  SOURCE.md files so `check_no_reuse` could run) and then run in place; only the four files of this
  folder were written in the repository, and nothing was committed.
- Real places: towns, cities and a few landmarks are real (the Zoo Interchange, Devil's Lake, Lake
  Wissota, Kinnickinnic Ave, N Prospect Ave, Oklahoma Ave, Wabash Ave, Clark St) and are used as
  invented whereabouts of invented people, with invented house numbers where there is one. Facility
  names (St. Odile's, St. Gregory's, St. Lucian Regional, Lakeview Memorial, Mercy Fox Valley, Hovland
  Funeral Home, Evergreen Terrace Care Center ...) are invented and may exist somewhere by chance.
- The public figures named in clean messages are real (Johns, Ross, Laveran, Pasteur, James Reason, David
  Marx as "Marx", Richet, Portier, Steptoe, Edwards, Paracelsus, Casper, Glaister); they are cited only
  for their published work. Eponyms name real historical people, as in every earlier set.
- A few invented people recur on purpose: the IVF couple (cryo log, viewer link), two bariatric
  patients (a weight check and a guarantor line; a program account and a video link) and the patient
  with a posted infiltration photo (the photo, the link to the post). Their spans are annotated the same
  way each time.
- The set has 673 messages rather than exactly 600; every setting has 21-24 identifier messages and
  21-24 clean ones. Typed chat lines are still the largest medium; SMS texts, voicemails, bot commands
  and dictation have 12-24 messages each, and all bot commands are clean (they are questions to the bot).
"""

if __name__ == "__main__":
    main()
