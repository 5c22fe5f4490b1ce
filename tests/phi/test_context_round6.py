"""Round six of the name and place rules: named practices and homes, initials, ages stated plainly (all text new, invented)."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from tests.phi.spans_helpers import covers, found



@pytest.mark.parametrize(("text", "value"), [
    # a named practice, home or hospice: the proper name, any modifiers, then the kind of place
    ("Hospice referral to Quarry Hill Hospice went out this morning", "Quarry Hill Hospice"),
    ("old notes from Brookfield ENT are in media", "Brookfield ENT"),
    ("PCP is moving him from Red Cedar Family Practice to us", "Red Cedar Family Practice"),
    ("records requested from Juniper Ridge Family Health", "Juniper Ridge Family Health"),
    ("her hearing aids are at Willow Bend Senior Living", "Willow Bend Senior Living"),
    ("echo from Lakemont Cardiology sent over", "Lakemont Cardiology"),
    ("CF clinic at Northshore Children's on Tuesday", "Northshore Children's"),
    ("intake at Hope Behavioral Health next week", "Hope Behavioral Health"),
])
def test_named_practices_are_places(text: str, value: str) -> None:
    assert covers(text, value, "LOCATION"), found(text)


@pytest.mark.parametrize("text", [
    # a kind of service, not one of them
    "family wants Comfort Care only now",
    "she goes to Student Health for the rash",
    "ask the Interventional Cardiology fellow about the stent",
    "the Pediatric Oncology team will call",
    "Home Health visits twice a week after discharge",
    "Do you have information about Child Dental Health",
    "Do you have information about Native Hawaiian and Pacific Islander Health",
    "TURNED PT AT 0930 FOR BACK CARE AND TO CHANGE DRSG",
])
def test_kinds_of_service_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "value", "category"), [
    # a person's dotted initials in a mixed-case message
    ("Re: T.W., the 94-year-old with the hip fracture", "T.W.", "NAME"),
    ("heads up, R.J. is back in triage with the same pain", "R.J.", "NAME"),
    ("pt L.A.M. is asking for the chaplain", "L.A.M.", "NAME"),
    # an age over 89 in words, however it is written
    ("one hundred and two, fell at home, daughter at bedside", "one hundred and two", "AGE"),
    ("Ninety-six and still does her own shopping", "Ninety-six", "AGE"),
    # a list by bed or theatre: every slot leads with a patient, eponym-named ones too
    ("overnight list: 3 Pell - NPO, 7 Addison - cortisol at 6, 11 Marchetti - tele", "Addison", "NAME"),
    ("board: OR 1 0730 Haverford TKA; OR 4 0815 Osei-Bonsu lap appy", "Haverford", "NAME"),
    ("board: OR 1 0730 Haverford TKA; OR 4 0815 Osei-Bonsu lap appy", "Osei-Bonsu", "NAME"),
    ("AM labs: 2 Brannigan K 3.0, 6 D'Almeida Hgb 7.9", "D'Almeida", "NAME"),
])
def test_initials_word_ages_and_lists(text: str, value: str, category: str) -> None:
    assert covers(text, value, category), found(text)


@pytest.mark.parametrize("text", [
    "moved here from the U.S. in the spring; seen at 9 a.m.",
    "P.A.D. symptoms: claudication after two blocks",
    "ninety-day supply to mail order please",
    "I have told the team a hundred times, one hundred percent adherence",
    "ninety minutes of CPR before ROSC",
    "meds given: 3 Tylenol at noon, 4 Motrin held",
    "NOTE BY H.O. AT 0300, C.I. 2.1",
])
def test_abbreviations_counts_and_doses_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize("text", [
    # one word, one sense per message: a place-named method used bare a second time
    "Parkland vs Galveston formula for the burn - does anyone still use Galveston?",
    # a place-named scale with an unlisted word between, and devices or systems named for places
    "EMS: Cincinnati Prehospital Stroke Scale positive, pre-notify the ED",
    "our nurse line uses Schmitt-Thompson protocols, not Manchester triage",
    # a named score with its value is not a ward and its floor
    "interim PET is Deauville 2 after cycle 2",
    "Ferriman-Gallwey 14, irregular cycles",
    "IOP by Goldmann 21 OD",
    # fractions of a frequency or a course are not dates
    "carrier freq 1/25, so q = 1/50",
    "neuropathy worse since cycle 4/6",
    "dose 2/3 of the series given today",
])
def test_one_sense_scales_and_fractions_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "value"), [
    # the same word is still a person when it is a given name or a title stands before it
    ("ok Hunter says he does not have Hunter syndrome - Hunter Fairley, 7 yo", "Hunter"),
    ("Mrs. Whipple is post-Whipple day 6, eating well", "Whipple"),
    # a ward with its floor number after a move
    ("transferred to Quartermain 3 overnight", "Quartermain 3"),
    # a date after the same words is still a date
    ("last cycle on 3/6 was rough", "3/6"),
    ("next cycle 12/21, labs the day before", "12/21"),
])
def test_people_wards_and_dates_still_found(text: str, value: str) -> None:
    assert covers(text, value), found(text)


@pytest.mark.parametrize("text", [
    # organisations, programmes and products whose names read as people or places
    "Kaiser members go through their own transfer center",
    "Eli Lilly's savings card covers the first fill",
    "Graham crackers and juice are on the cart for the families",
    "the Ronald McDonald House has a room for the parents tonight",
    "La Leche League meets on Thursdays in the lobby",
    "Miami J collar on at all times for 6 weeks",
])
def test_organisations_and_products_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize("text", [
    # an organisation's longer name, a journal, a heading or a sentence break is no practice
    "The World Health Organization (WHO) grades these tumours",
    "fellowship at the UNC School of Dentistry",
    "published in the Journal of Clinical Oncology last year",
    "see the review in Nature Reviews Neurology",
    "no cure for FMF. Physicians treat the attacks with colchicine",
    "Symptoms in Toddlers and Older Children",
    "Oregon Health and Science University has a cornea program",
    "handouts from the Center for Young Women's Health",
    # credentials and an acronym written with dots
    "reviewed by the dietitian, M.S., R.D., L.D.",
    "risk factors for P.A.D. include smoking",
])
def test_organisations_journals_and_credentials_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "value", "category"), [
    # a message typed all in lowercase that opens with a person, or names one after "pt is" or "rescheduling"
    ("june fox is out of her lisinopril and the pharmacy is closed", "june fox", "NAME"),
    ("hazel stone says the concentrator alarm keeps going off", "hazel stone", "NAME"),
    ("pt is chase young he cut his hand at work", "chase young", "NAME"),
    ("rescheduling ada whitlock to thursday", "ada whitlock", "NAME"),
    # street addresses with a flat number or a direction, dates with non-breaking hyphens
    ("send it to 88 Larkin St, Apt 3C, Verona 53593", "88 Larkin St, Apt 3C", "LOCATION"),
    ("discharge home to 1402 W Lawn Ave with her daughter", "1402 W Lawn Ave", "LOCATION"),
    ("DOB 04\u201109\u20111930 per the face sheet", "04\u201109\u20111930", "DATE"),
    # a clinic's or an interpreter desk's list by time, and a night report by three-digit room
    ("today: 0800 Kaminsky (1 yr), 0840 Abdi (new), 0920 Marlow (f/u)", "Abdi", "NAME"),
    ("night report: 102 Halvorsen - refused meds; 107 Nakagawa - skin tear; 115 Bell - sundowning", "Bell", "NAME"),
])
def test_lowercase_people_addresses_and_time_lists(text: str, value: str, category: str) -> None:
    assert covers(text, value, category), found(text)


@pytest.mark.parametrize("text", [
    "the plan is rose water and rest",
    "blood sugar is high today, recheck at noon",
    "son bill called, spoke with the team",  # the relation is not part of the name
    "doses: 250 Keppra, 500 Depakote",
    "Hodgkin stage IIA \u2014 do we still say Ann Arbor staging",
])
def test_lowercase_plans_and_dose_lists_stay_clean(text: str) -> None:
    assert all(text[s.start:s.end] != "son bill" for s in find_phi(text)), found(text)
    if "bill" not in text:
        assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "value", "category"), [
    # callers and writers who say who they are, and messages signed with a name
    ("Hi its Rania, I missed my injection, can I come Monday?", "Rania", "NAME"),
    ("This is Dale from the pharmacy about a prior auth", "Dale", "NAME"),
    ("running late, can we switch to video - Bartholomew", "Bartholomew", "NAME"),
    # identifiers behind a keyword, whatever their shape
    ("the rep was helpful, reference 5512-330", "5512-330", "ID"),
    ("wander bracelet WB-4471 on the left wrist", "WB-4471", "DEVICE"),
    ("milk bank donor MB-66120 for tonight's feeds", "MB-66120", "ID"),
    ("caregiver licence on file: MN K512-7730-0041-22", "K512-7730-0041-22", "ID"),
    ("SSN 9 12 55 4410 keyed with spaces", "9 12 55 4410", "SSN"),
    ("call back at 6 0 8 - 5 5 5 - 0 1 2 2", "6 0 8 - 5 5 5 - 0 1 2 2", "ID"),
])
def test_introductions_signatures_and_keyed_ids(text: str, value: str, category: str) -> None:
    assert covers(text, value, category), found(text)


@pytest.mark.parametrize("text", [
    # brands named like people when listed with drugs or given with the generic name
    "Allegra and Lyrica are both non-formulary this year",
    "contraception: Camila or Heather (norethindrone) before discharge",
    # reflexes, exercises, suture and car brands, programmes, named tests
    "Moro asymmetric on the right, no clavicle crepitus",
    "Kegel teaching done before discharge",
    "laceration closed with Prolene 5-0 x 4",
    "Montgomery tubercles prominent, otherwise normal breast exam",
    "Ryan White funding covers the copay",
    "Kleihauer-Betke 0.2%, one vial of RhIG",
    "his car is a 2009 Buick parked in the garage",
    # a lot or a model number is no one's device
    "implant lot 0412 is on the recall list",
    "respirator model 1870+, size M, passed",
    # scales out of ten or fifteen are not dates
    "BIMS 12/15 on the quarterly MDS",
    "ESAS fatigue 7/10 down to 4/10",
    "it's Monday, so the clinic is closed",
])
def test_brands_tests_and_scales_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)
