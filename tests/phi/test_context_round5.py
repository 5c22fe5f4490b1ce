"""Round five of the name and identifier rules, from a week of a ward's team chat (all text new, invented)."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from tests.phi.spans_helpers import covers, found



@pytest.mark.parametrize(("text", "value", "category"), [
    # the rest of a name runs on through particles and double-barrelled surnames, so all of it is removed
    ("Ana Sofia de la Rosa Betancourt, 93, from the group home", "Betancourt", "NAME"),
    ("Ana Sofia de la Rosa Betancourt, 93, from the group home", "93", "AGE"),
    ("Mrs. Opal Jefferson-Adeyemi, 95, new dysphagia", "Jefferson-Adeyemi", "NAME"),
    # an age in words after a name
    ("Ndukwe-Hart, ninety-four, wants to go home today", "ninety-four", "AGE"),
    # a double-barrelled surname with a person's verb after it, whatever else the message says
    ("Szymanski-Obi had his JP pulled this am", "Szymanski-Obi", "NAME"),
    # a surname's things, also when the word is in no list, has letters beyond ASCII or a capitalised thing follows
    ("Obuya's hearing aids are in the top drawer", "Obuya", "NAME"),
    ("Kuźmiński's walker is at the nurses' station", "Kuźmiński", "NAME"),
    ("Tomczak's Medicaid renewal is due, SW aware", "Tomczak", "NAME"),
    ("Nwachukwu's sacral wound looks better today", "Nwachukwu", "NAME"),
    # a relative named beside the relation
    ("he keeps asking for Lenny, his brother", "Lenny", "NAME"),
    ("Sawyer and his mom both have impetigo, treat both", "Sawyer", "NAME"),
    # nicknames
    ("Bitsy (Elizabeth Tran) in 9 is refusing her meds", "Bitsy", "NAME"),
    ("pt in 12 (Dot) wants the chaplain", "Dot", "NAME"),
    ("her name is Birdie per the niece, chart has the legal one", "Birdie", "NAME"),
    # a lowercase census surname leading the message
    ("gallagher going to IR at 2?", "gallagher", "NAME"),
    # a home town after a residence cue, even when it also names a disease
    ("she lives in Pontiac near the old plant", "Pontiac", "LOCATION"),
    # biometric identifiers are the template, hash or file, not the word
    ("fingerprint check failed, template on file FPT-33810-QK", "FPT-33810-QK", "BIOMETRIC"),
    ("palm-vein enrollment stored as pv_enroll_77120.dat at registration", "pv_enroll_77120.dat", "BIOMETRIC"),
    ("lateral knee film saved as knee_lat_okoro.tiff in the share", "knee_lat_okoro.tiff", None),
    # letters and six or more digits in one token, wherever it stands
    ("readmit paperwork needs her number: 5512087Q", "5512087Q", "ID"),
    ("loaner concentrator on the cart: AX7781204", "AX7781204", "ID"),
    # dotted dates with a two-digit year; a plate after its state
    ("repeat CT booked 11.03.26 with the GI desk", "11.03.26", "DATE"),
    ("leave form covers 2/3/2026-4/28/2026, employer wants it today", "4/28/2026", "DATE"),
    ("son's truck, plate OH 4KT-882, is in the ED bay", "4KT-882", "VEHICLE"),
    ("ambulance took him TO BALTIMORE VA last night", "BALTIMORE", "LOCATION"),
    ("follow up in Pemberton Clinic next week", "Pemberton Clinic", "LOCATION"),
    ("Mr. Lowther and his wife signed the consent", "Lowther", "NAME"),
    # practices, schools and homes named in Title Case after a proper name
    ("From: Brightwater Imaging | Re: your patient", "Brightwater Imaging", "LOCATION"),
    ("she moved to Willow Bend Memory Care last month", "Willow Bend Memory Care", "LOCATION"),
    ("note from the Lakeview School District nurse attached", "Lakeview School District", "LOCATION"),
    ("Summit Ridge Surgery Center did the scope", "Summit Ridge Surgery Center", "LOCATION"),
    # handoff lists split by slashes, surnames with letters beyond ASCII
    ("holds: 2 Pemberton (CIWA) / 6 Aldana-Ruiz (tele) / 9 Kjær (obs)", "Kjær", "NAME"),
    ("holds: 2 Pemberton (CIWA) / 6 Aldana-Ruiz (tele) / 9 Kjær (obs)", "Pemberton", "NAME"),
    # a nickname in quotes between given name and surname
    ("ortho f/u for Theodore 'Teddy' Brannigan, cast check", "Teddy", "NAME"),
    ("ortho f/u for Theodore 'Teddy' Brannigan, cast check", "Brannigan", "NAME"),
    # a Medicare Beneficiary Identifier, numbered roads and streets named without a number
    ("new MBI is 3TW7-QK2-AM64, the card came Friday", "3TW7-QK2-AM64", "HEALTH_PLAN"),
    ("rollover on Hwy 12 near County Rd PP, two pts", "Hwy 12", "LOCATION"),
    ("rollover on Hwy 12 near County Rd PP, two pts", "County Rd PP", "LOCATION"),
    ("she sleeps in the shelter on Linden Ave most nights", "Linden Ave", "LOCATION"),
    # ages over 89 said of someone, or in a report header
    ("I'm 91 now so please call my daughter with results", "91", "AGE"),
    ("registration says 1931, which makes her 94, she says 93", "94", "AGE"),
    ("ninety-two and still driving to the clinic herself", "ninety-two", "AGE"),
    ("CT HEAD | MRN 5501-2288 | 96y | Indication: fall", "96y", "AGE"),
    # a plate after 'is' and its state; a date inside a file name; a coach before his name
    ("the boyfriend's plate is WI 558-TKR per security", "558-TKR", "VEHICLE"),
    ("export saved as CTG_Lindqvist_2027-02-03.pdf for MFM", "2027-02-03", "DATE"),
    ("this is Coach Varga from the swim club, about Mia", "Varga", "NAME"),
    # the town and ZIP after a street address; a name right before a phone number
    ("staying at 41 Tannery Ln, Eastbrook 49920 with her sister", "Eastbrook", "LOCATION"),
    ("staying at 41 Tannery Ln, Eastbrook 49920 with her sister", "49920", "LOCATION"),
    ("mom prefers texts: Nkechi, +1 312 555 0187, after 5", "Nkechi", "NAME"),
    ("Mrs. Beers asked why two of her pills are on a list", "Beers", "NAME"),
    ("can you draft a referral for tom baker to hand surgery", "tom baker", "NAME"),  # lowercase pair after a cue
    ("dc'd after last doses 9/7, afebrile since", "9/7", "DATE"),
    ("she is aged 93 and lives alone", "93", "AGE"),
    ("two charts are both 'NWOSU, ADAEZE', DOB on both", "NWOSU, ADAEZE", "NAME"),  # last, first before a record word
    ("KAMARA, IBRAHIM T (DOB on file) - outside records sent", "KAMARA, IBRAHIM T", "NAME"),
    ("copay paid with the card ending 5521, receipt at window 3", "5521", "ACCOUNT"),
    ("family history: grandfather died at 96, no cancers", "96", "AGE"),
    ("home visit at 14 Mill Pond Rd, Kewaskum: two steps, no rail", "Kewaskum", "LOCATION"),
    ("REMS authorization 5512-0093-771 expires Friday", "5512-0093-771", "ID"),
    ("her results page is trials.example.edu/p/88120 if you need it", "trials.example.edu/p/88120", "URL"),
    ("Chiamaka Graves, 94, new proptosis on the left", "Chiamaka Graves", "NAME"),  # a name and an age between commas
    ("Chiamaka Graves, 94, new proptosis on the left", "94", "AGE"),
])
def test_round_five_identifiers_are_found(text: str, value: str, category: str | None) -> None:
    assert covers(text, value, category), found(text)


@pytest.mark.parametrize("text", [
    "the Pyxis fingerprint reader on 6 is down again",
    "Bell's palsy, start prednisone within 72 h",
    "Weil-Felix agglutinins are obsolete now",
    "Pontiac fever in three of the plant workers, all mild",
    "april is the month we audit central lines",
    "Ann Arbor IIA, Lugano response on the interim PET",
    "Amsterdam II criteria met, send MMR IHC",
    "no NSAIDs without calling the lipid clinic first",
    "Coumadin clinic nurse will call tomorrow",
    "Tuesday-Thursday clinic templates were updated",
    "group 00719 is the employer plan, the member id is what we need",
    "infusion chair is free on Tuesdays and Fridays",
    "NCT04368728 is still recruiting",
    "Pemberton and Lowther signs were both negative on exam",  # named things joined before their head
    "Grey Turner or Cullen signs would change my mind",
    "Pemberton's vs Lowther for the boards reading list",  # books compared, whatever their possessive
    "referred by Family Practice for the rash",
    "went to Urgent Care yesterday, no imaging",
    "peds ENT wants a CT before the tubes",
    "Boston bowel prep scale 7, repeat in 10 years",
    "IV route 9 doses, then I-131 therapy in March",
    "he's 95 kg and 180 cm, dose by weight",
    "send a PCR for Kingella kingae, cultures miss it",  # an unlisted genus with its species
    "cover Capnocytophaga if she is asplenic",
    "switched from Similac to Enfamil, spits up less",
    "Magellan wants a concurrent review by Friday",
    "Columbia screen negative, safe for discharge with a plan",  # tools, lists and devices named for people or places
    "Harrington rod from an old fusion, now flatback",
    "run the Beers list on the new admits",
    "for grant writing ask the research office",
    "Arden ratio 1.4 and a normal Clark level on review",  # ratios, levels, postulates, pressures named for people
    "Sellick pressure is out of favor here",
    "Beighton 6/9 and Ishihara 9/14 plates, both documented",  # named scores, not dates
    "ages 90-100 are excluded per the amendment",  # a range of ages is no one's age
    "anyone going to AAN in April? leave forms due Friday",
    "use the scanner in operatory 3 until service comes",
    "from next quarter the plan prefers Hyrimoz over the brand",
    "ClinicalTrials.gov results are due within a year; see also cdc.gov",
    "drain put out 300-400cc overnight",
    "lesion measures 3x4x5 cm, 15q11-13 deletion on the array",
])
def test_round_five_clinical_text_stays_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)
