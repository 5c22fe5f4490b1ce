"""Round seven: towns abroad after a place cue, addresses typed without capitals or in capitals,
ages after a name and a room, surnames that also name a syndrome (all text new, invented)."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from tests.phi.spans_helpers import covers, found



@pytest.mark.parametrize(("text", "value"), [
    # a town or city outside the US, right after a place cue
    ("grandmother flew in from Kumasi last week, cough since", "Kumasi"),
    ("he worked at a clinic in Kandahar before resettling", "Kandahar"),
    ("family moved to Cap-Haitien when she was four", "Cap-Haitien"),
    ("her son left for Chiang Mai on Friday, daughter is the contact", "Chiang Mai"),
    ("returned from Bujumbura 10 days ago with fevers", "Bujumbura"),
])
def test_towns_abroad_after_a_cue_are_places(text: str, value: str) -> None:
    assert covers(text, value, "LOCATION"), found(text)


@pytest.mark.parametrize("text", [
    # classifications, declarations and tools named for a city, with no cue before them
    "Sydney classification for the gastritis, biopsies from antrum and body",
    "consent form cites the Declaration of Helsinki twice",
    "Edmonton frail scale 9 today, was 6 in spring",
    "Prague C1M3 on the last scope, no dysplasia",
    "Oslo criteria say no, but neuro still wants the EEG",
])
def test_city_named_tools_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "value"), [
    # street addresses typed in lower case, shouted in capitals, and numbered roads in lower case
    ("she says the pharmacy delivered to 82 birch hollow rd by mistake", "82 birch hollow rd"),
    ("temp housing is 1140 w lincoln ave, unit in back", "1140 w lincoln ave"),
    ("CREW STAGED ON MAPLE GROVE RD, SCENE SAFE", "MAPLE GROVE RD"),
    ("rollover on hwy 73 near the gravel pit, 2 pts", "hwy 73"),
    ("DRIVER FOUND ON ROUTE 14 SHOULDER", "ROUTE 14"),
])
def test_addresses_in_any_case(text: str, value: str) -> None:
    assert covers(text, value, "LOCATION"), found(text)


@pytest.mark.parametrize("text", [
    "ST ELEVATION ON EKG ST DEPRESSION IN V5",
    "inferior ST changes on the repeat tracing",
    "2 tabs twice a day, take with food",
])
def test_street_words_in_clinical_text_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "age"), [
    ("Mrs. Okafor in 312 is 96 and wants to go home", "96"),
    ("Mr. Brandt in bed 4 is 101 today, cake at 2", "101"),
    ("call back re Winifred Osei, 94", "94"),
])
def test_ages_after_a_name_and_room(text: str, age: str) -> None:
    assert covers(text, age, "AGE"), found(text)


def test_a_surname_that_names_a_syndrome_after_a_given_name() -> None:
    text = "spoke with Miriam Leventhal about the refill"
    assert covers(text, "Miriam Leventhal", "NAME"), found(text)
    clean = "Stein-Leventhal syndrome is the old name for PCOS"
    assert find_phi(clean) == [], found(clean)


@pytest.mark.parametrize(("text", "person", "thing"), [
    # another mention of a name found in the message, unless it is a thing or part of a hyphenated eponym
    ("Mr. Kelly asked whether the Kelly clamp left a mark", "Kelly", "the Kelly clamp"),
    ("Gail Sternberg is here; path says Reed-Sternberg cells", "Gail Sternberg", "Reed-Sternberg"),
    ("Mr. Foley in 9 wants his Foley out before lunch", "Foley", "his Foley"),
])
def test_other_mentions_that_are_things(text: str, person: str, thing: str) -> None:
    assert covers(text, person, "NAME"), found(text)
    start = text.index(thing)
    later = text.index(person.split()[-1], start) if person.split()[-1] in thing else start
    assert not any(s.start <= later < s.end for s in find_phi(text)), found(text)


@pytest.mark.parametrize(("text", "values"), [
    # a keyword names every value of its list
    ("implant log: serials QX-20418 and QX-20419 both explanted", ["QX-20418", "QX-20419"]),
    ("merge request, MRNs 40418822, 40418830 and 40418841 are one person", ["40418822", "40418830", "40418841"]),
])
def test_every_value_of_a_keyword_list(text: str, values: list[str]) -> None:
    for v in values:
        assert covers(text, v), found(text)


def test_a_keyword_list_stops_at_a_different_shape() -> None:
    text = "MRN 40418822 and 2 units of platelets"
    assert found(text) == [("40418822", "MRN")]


@pytest.mark.parametrize(("text", "value"), [
    ("he reads me the last four of his social security number: 0427", "0427"),
    ("pt gave the last 4 of her SSN is 7702 for the portal reset", "7702"),
    ("video from the bodycam GOPR0418.MP4 shows the fall", "GOPR0418.MP4"),
])
def test_partial_ssns_and_upper_case_file_names(text: str, value: str) -> None:
    assert covers(text, value), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # a name and then an age, in capitals or not
    ("MISSING PT: DESMOND ACHTERBERG, 31, LAST SEEN IN THE LOBBY", "DESMOND ACHTERBERG"),
    ("triage: Oona Valdivia, 7, barky cough since last night", "Oona Valdivia"),
])
def test_a_name_then_an_age(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


def test_everyday_words_then_a_size_are_not_a_name() -> None:
    text = "SHEATH PULLED IN CATH LAB, 6F, NO HEMATOMA"
    assert not any(s.category == "NAME" for s in find_phi(text)), found(text)


@pytest.mark.parametrize(("text", "values"), [
    # the town (and ZIP) after a street address in capitals, after a street without a number, after a rural route
    ("Return mail: 88 E BIRCH RD, EAU CLAIRE 54701, pt moved", ["EAU CLAIRE", "54701"]),
    ("Mailed to 19 PINE ST, WAUSAU 54401 last week", ["WAUSAU", "54401"]),
    ("she lives out on Tamarack Ln, Minocqua, with her son", ["Minocqua"]),
    ("address on file RR 3 BOX 72, SOLDIERS GROVE", ["RR 3 BOX 72", "SOLDIERS GROVE"]),
    # street corners
    ("collapsed at the bus stop at Oak and 7th, bystander CPR", ["Oak and 7th"]),
    ("crew is at 3rd and Walnut, second floor walkup", ["3rd and Walnut"]),
])
def test_towns_after_streets_and_street_corners(text: str, values: list[str]) -> None:
    for v in values:
        assert covers(text, v, "LOCATION"), found(text)


@pytest.mark.parametrize(("text", "word"), [
    # the street is an address; the word after its comma is a day or a role, not a town
    ("left a note on Cedar St, Tuesday clinic is closed", "Tuesday"),
    ("old place on Harmon Drive, PCP change pending", "PCP"),
])
def test_no_town_after_a_street_when_the_word_is_a_day_or_role(text: str, word: str) -> None:
    p = text.index(word)
    assert not any(s.start <= p < s.end for s in find_phi(text)), found(text)


@pytest.mark.parametrize("text", [
    "between the 1st and 2nd dose she felt fine",
    "crackles at 4th and 5th intercostal space",
    "net -1.8 L. Goes home tomorrow",
])
def test_street_look_alikes_stay_clean(text: str) -> None:
    assert not any(s.category in ("LOCATION", "NAME") for s in find_phi(text)), found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Chaplain visit: Odette Pruneau, 104. Family at bedside.", "104"),
    ("two charts, same SSN last 4, 0419, please merge", "0419"),
    ("randomized to kit 771204, arm blinded", "771204"),
    ("Step-down 4: Goes by 'Birdie' and asks for tea", "Birdie"),
    ("Dietitian Parisa Rahmani will see her tomorrow", "Parisa Rahmani"),
    ("says detainee Okwuosa fainted in the yard", "Okwuosa"),
])
def test_more_identifiers_in_context(text: str, value: str) -> None:
    assert covers(text, value), found(text)


@pytest.mark.parametrize("text", [
    # formulas, binders, positioning tables, timed tests and named densities are not people or places
    "Glucerna at 60 an hour, Nepro if the potassium climbs",
    "she stopped the Renagel, switched to Velphoro chewable",
    "Wilson frame for the prone case, Jackson table is booked",
    "Hounsfield 4 on the unenhanced scan, likely lipid-rich adenoma",
    "Fleischner says a 5 mm solid nodule in a low-risk patient needs nothing",
    "tube tip 2 cm above the carina, good position",
    "ext 4471 rings the charge desk, pager 2210 is the resident",
])
def test_clinical_look_alikes_round7(text: str) -> None:
    assert find_phi(text) == [], found(text)


def test_a_five_digit_pager_is_still_a_number() -> None:
    text = "family meeting done, I can be reached at pager 41872"
    assert covers(text, "41872", "PHONE"), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # a chart's "Surname, Given"
    ("Scanner put it in Birch, Eudora's chart by mistake", "Birch, Eudora"),
    ("the MRI on Quarles, Ansel shows a small bleed", "Quarles, Ansel"),
    ("- 031-0007 Hollenbeck, Tove - screen fail", "Hollenbeck, Tove"),
])
def test_surname_comma_given(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize("text", [
    "Kocher, Lanz, Pfannenstiel - which incision for this one",
    "Long QT vs WPW, EP wants the tracing",
    "However, Barrett esophagus needs surveillance",
    "first seen in Hagerstown, Maryland in the 1960s",
])
def test_comma_pairs_that_are_not_chart_names(text: str) -> None:
    assert not any(s.category == "NAME" and "," in text[s.start:s.end] for s in find_phi(text)), found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("index case attended Grace Lutheran in Sauk City on 11/02", "Grace Lutheran"),
    ("pump alarms at night for Lucía Ferrer, vendor called", "Lucía Ferrer"),
    ("check if the auth for hiroshi tanaka covers therapy notes", "hiroshi tanaka"),
])
def test_congregations_accents_and_lowercase_pairs(text: str, value: str) -> None:
    assert covers(text, value), found(text)


@pytest.mark.parametrize("text", [
    "a Southern Baptist pastor visited the unit",
    "she asked for the Lutheran chaplain",
    "refill for lisinopril jones-style combination? no such thing",
])
def test_denominations_and_drugs_stay_clean(text: str) -> None:
    assert not any(s.category in ("NAME", "LOCATION") for s in find_phi(text)), found(text)


def test_relation_of_a_name_in_capitals() -> None:
    text = "WALK-IN SAYS HE IS THE SON OF ZOFIA WROBEL - NO POA ON FILE"
    assert covers(text, "ZOFIA WROBEL", "NAME"), found(text)
    assert find_phi("SON OF THE PATIENT IS IN THE LOBBY") == []


@pytest.mark.parametrize(("text", "value"), [
    ("fax failed for Consent_Okonjo_Adaeze.pdf, resend", "Consent_Okonjo_Adaeze.pdf"),
    ("thumb scan TS-4410-B matches the badge photo", "TS-4410-B"),
    ("Both are 95 and share a room on 4 West", "95"),
])
def test_named_files_scans_and_shared_ages(text: str, value: str) -> None:
    assert covers(text, value), found(text)


def test_document_file_names_without_a_name_stay_clean() -> None:
    text = "the template is discharge_summary_final.pdf in the shared drive"
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize("text", [
    # a kind of clinic capitalised only because it opens the sentence; teaching sheets; a statistic
    "Wound clinic will see her Thursday for the debridement.",
    "Anticoag clinic: INR 3.4, hold one dose.",
    "handouts are under Patient Ed > Cardiology",
    "skewed data, so Spearman rather than Pearson's r",
])
def test_kinds_of_clinic_and_teaching_words_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


def test_a_named_clinic_at_a_sentence_start_is_still_a_place() -> None:
    text = "Lakeview clinic called about her refill."
    assert covers(text, "Lakeview clinic", "LOCATION"), found(text)


@pytest.mark.parametrize("text", [
    "no cervical change, Braxton Hicks, discharged with precautions",
    "CGM readings uploaded, TIR 62%",
    "keep the Velpeau on for two more weeks",
])
def test_obstetric_and_device_words_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


def test_surname_comma_given_when_the_given_name_is_a_census_surname() -> None:
    text = "merge charts? Okyere, Bartholomew has two MRNs"
    assert covers(text, "Okyere, Bartholomew", "NAME"), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # a possessive with the apostrophe alone, and one word between it and the result
    ("Davies' labs are back, K 5.9", "Davies"),
    ("Okafor's repeat cultures grew nothing", "Okafor"),
])
def test_possessives_before_results(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


def test_a_line_that_opens_with_a_name_and_a_dash() -> None:
    text = "Lindgren — K 3.1 again, replace PO?\nCardiology - no new recs"
    assert covers(text, "Lindgren", "NAME"), found(text)
    assert not any("Cardiology" in text[s.start:s.end] for s in find_phi(text)), found(text)


@pytest.mark.parametrize(("text", "flagged"), [
    ("REFER TO: DR. ANA OKORO, BIRCHWOOD CARDIOLOGY, 12 ELM ST", True),
    ("PT NEEDS NEUROLOGY CONSULT TODAY", False),
    ("POST MORTEM CARE PERFORMED, FAMILY AT BEDSIDE", False),
])
def test_practices_in_capitals(text: str, flagged: bool) -> None:
    hit = any(s.category == "LOCATION" and text[s.start:s.end].endswith(("CARDIOLOGY", "NEUROLOGY", "CARE")) for s in find_phi(text))
    assert hit is flagged, found(text)
