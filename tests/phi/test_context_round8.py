"""Round eight: names written in their own script, letters with no accent to strip, military ranks,
salutations and callers who introduce themselves; eponyms and makers that stay clean (all text new,
invented)."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from tests.phi.spans_helpers import covers, found


@pytest.mark.parametrize(("text", "value"), [
    # a name in another script inside an English message
    ("interpreter confirmed the wife's name is 박지민, please fix the chart", "박지민"),
    ("consent signed as Ольга Смирнова, the son translated", "Ольга Смирнова"),
    ("patient writes her name 陈美玲 on every form, chart has Chen Meiling", "陈美玲"),
    ("father is يوسف الخطيب per the intake, he prefers Arabic", "يوسف الخطيب"),
    ("pharmacy label reads अनिल कुमार, same man as the referral", "अनिल कुमार"),
    ("bracelet printed Γιώργος by the family, chart says George", "Γιώργος"),
])
def test_names_in_another_script_are_found(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize("text", [
    "γδ T cells were low on the flow panel, αβ normal",
    "she brought her calendar: follow-up 4月12日, same as ours",
    "Пожалуйста, принимайте по одной таблетке два раза в день",
    "мrn is not the field we need, use the encounter",
])
def test_symbols_dates_and_whole_messages_in_another_script_are_not_names(text: str) -> None:
    assert not any(s.category == "NAME" for s in find_phi(text)), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # letters NFKD cannot strip (ø, ł, æ, ß): the name is still looked up
    ("NOK: Ingrid Bjørnstad (sister) will bring the cards", "Ingrid Bjørnstad"),
    ("Decedent: KOWALCZYK, ŁUKASZ  DOD 03/02", "KOWALCZYK, ŁUKASZ"),
])
def test_letters_without_accents_to_strip(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # ranks introduce a name as a title does; salutations name the reader
    ("property log countersigned by Sgt. Wyszynski at 0300", "Wyszynski"),
    ("cpl adeyemi from the unit called about the profile", "adeyemi"),
    ("Dear Rosalind, your biopsy came back benign", "Rosalind"),
    ("Dear Thandiwe, please stop the aspirin 5 days before", "Thandiwe"),
])
def test_ranks_and_salutations_introduce_a_name(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # callers who say who they are, with a surname or with an everyday word as a given name
    ("hello its Saffron Whitcombe, the nurse said to message here about my rash", "Saffron Whitcombe"),
    ("Hi, this is Clover, Nadia Petrov's daughter, she can't find her inhaler", "Clover"),
    ("hi this is Aroha, my dad had the scope today", "Aroha"),
])
def test_callers_who_introduce_themselves(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize("text", [
    "It's Lyme, right? the rash is classic",
    "Hi, this is Cardiology, returning the page",
    "Dear Colleague, thank you for seeing this patient",
    "Gufoni for the geotropic variant, Lempert for the apogeotropic one",
    "Carhart notch again on the bone line, ENT aware",
    "Toynbee maneuver during the tymp, then Valsalva",
    "Kruger morphology 3% on the semen analysis",
    "Ling six-sound check before the mapping",
    "the Denis Browne bar for the clubfoot after tenotomy",
    "Oticon and Phonak both have a loaner program",
    "Kate Farms peptide at 50 mL/h, advance as tolerated",
    "Lugol's iodine before the thyroidectomy",
])
def test_vestibular_audiology_and_maker_terms_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "value"), [
    # a board: each bed or bay, a dash or colon, the patient
    ("PACU 15:30 Bay 2 - Abernathy, nauseous Bay 3 - Oyelaran, ready", "Abernathy"),
    ("PACU 15:30 Bay 2 - Abernathy, nauseous Bay 3 - Oyelaran, ready", "Oyelaran"),
    ("Rm 7: Szczepanski (NPO after midnight)", "Szczepanski"),
    # a name joined by "and" to a name already found, in a message about people
    ("family meeting: wife Henrietta and her brother, and the grandkids Leif and Sunniva", "Sunniva"),
    # a given name and surname, then a head word used as a verb in its -s form
    ("the neighbor Wilfred Gaskins rings the bell twice a day to check on her", "Wilfred Gaskins"),
])
def test_boards_coordination_and_verbs_after_names(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize("text", [
    "Bay 4 - empty, Bay 5 - Chest pain, trop pending",
    "Charles Bonnet syndrome in the low-vision clinic again",
    "Call his wife with the biopsy result",
    "Ask her daughter to bring the pill bottles",
    "Ages 90 days to 6 months get the weight-based dose",
    "JAK2 V617F negative, send CALR next; KIT D816V pending",
    "the Taiwanese and Guatemalan consent forms are in the shared drive",
    "needs an interpreter who speaks Tigrinya, not Amharic",
    "below the 5th percentile before the 20th week of gestation",
    "lt base crackles, thick lt yellow sputum, CPT hard for her",
])
def test_verbs_ranges_variants_and_nationalities_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "value", "category"), [
    ("recheck Thursday the 9th with the daughter present", "9th", "DATE"),
    ("the rabies series has to start before the 12th.", "12th", "DATE"),
    ("my father Lorcan Devaney (93) fell last night", "93", "AGE"),
    ("the estate of Mr. Augustin Pell (deceased, 101) wants the records", "101", "AGE"),
    ("Card on file ends 6612, please run it for the copay", "6612", "ACCOUNT"),
    ("the visa ending in 3097 was declined", "3097", "ACCOUNT"),
])
def test_days_ages_and_card_digits(text: str, value: str, category: str) -> None:
    assert covers(text, value, category), found(text)


def test_and_does_not_spread_a_name_to_a_word_in_a_message_about_no_one() -> None:
    text = "Do you have information about Biodefense and Bioterrorism"
    assert not covers(text, "Biodefense"), found(text)


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Reached her at last: Benedikt Aarsland, mobile +47 412 55 019", "Benedikt Aarsland", "NAME"),
    ("chart audit: note opened by user rvantassel from the 4W workstation", "rvantassel", "ID"),
    ("Username: dokafor2 is locked out again", "dokafor2", "ID"),
    ("refill request for wojciech szymborski never reached the pharmacy", "wojciech szymborski", "NAME"),
    ("she is a sophomore at Cedar Bluff High, coach called", "Cedar Bluff High", "LOCATION"),
    ("family chose the Ostrander Mortuary, they pick up at 4", "Ostrander Mortuary", "LOCATION"),
])
def test_phone_owners_accounts_lowercase_pairs_and_schools(text: str, value: str, category: str) -> None:
    assert covers(text, value, category), found(text)


@pytest.mark.parametrize("text", [
    "user error again, the pump was never primed",
    "see the user manual for the alarm codes",
    "pa for mounjaro pens and for tirzepatide vials",
    "High Blood Pressure High blood pressure is the force of blood",
    "Newly Diagnosed Childhood High-Grade Glioma: treatment options",
])
def test_user_words_drugs_and_high_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize("text", [
    "DRESS, SCORTEN and the RegiSCAR score: which one for SJS?",
    "she breeds cockatiels; the one named Kiwi bit her, a cockatiel named Kiwi",
    "the barn cat named Smokey tested positive, the heifer named Clover is fine",
])
def test_acronym_pairs_and_pets_are_not_people(text: str) -> None:
    assert not any(s.category == "NAME" for s in find_phi(text)), found(text)


@pytest.mark.parametrize("text", [
    "Call Cardiology about the echo before noon",
    "Tell Imaging the patient is on the way down",
    "Ping Orthopedics re the splint check",
])
def test_a_request_to_a_service_is_not_a_practice(text: str) -> None:
    assert find_phi(text) == [], found(text)


def test_a_practice_at_the_start_of_a_message_is_still_a_place() -> None:
    assert covers("Summit Imaging called back about the MRI slot", "Summit Imaging", "LOCATION")


@pytest.mark.parametrize("text", [
    # glossed clinical words in another script: a translated handout, not a person
    "handout check: 발열 (fever) and 기침 (cough) match the English sheet",
    "the sign says одышка means shortness of breath",
    # doses after a brand, imaging and disease abbreviations, a time after "phone at"
    "Zembrace 3 mg autoinjector for the migraine, Qutenza 8% patch next week",
    "MR arthrogram of the shoulder, MS flare ruled out",
    "the night nurse takes the transfer phone at 2300",
    "Waddell signs 3/5, not a malingering label",
    # pets and working animals, and the history of medicine
    "the therapy dogs Pippin and Maple visit 4 West on Fridays",
    "Laennec invented the stethoscope in 1816; Korotkoff described the sounds in 1905",
])
def test_glosses_doses_animals_and_history_stay_clean(text: str) -> None:
    assert not any(s.category == "NAME" for s in find_phi(text)) and not any(
        s.category in ("DATE", "PHONE", "LOCATION") for s in find_phi(text)), found(text)


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Registration wants the name as written: 阮氏梅 (Nguyen Thi Mai), the daughter confirmed", "阮氏梅", "NAME"),
    ("Registration wants the name as written: 阮氏梅 (Nguyen Thi Mai), the daughter confirmed", "Nguyen Thi Mai", "NAME"),
    ("FAXED REFERRAL  Patient: Osric Penhallow  DOB: O3/l7/l948", "O3/l7/l948", "DATE"),
    ("Callback: 6O8-555-Ol42 after 3", "6O8-555-Ol42", "PHONE"),
    ("Oldest on the list: Winifred, 97 (she says 95)", "97", "AGE"),
    ("triage TAG 20417 goes with the unknown female", "20417", "ID"),
    ("ingrid sandoval-okafor called about the refill", "ingrid sandoval-okafor", "NAME"),
    ("her husband says her name is zainab oyelowo not what the chart has", "zainab oyelowo", "NAME"),
])
def test_transliterations_ocr_ages_tags_and_lowercase_names(text: str, value: str, category: str) -> None:
    assert covers(text, value, category), found(text)


def test_a_patient_history_with_a_year_keeps_the_name() -> None:
    assert covers("Leopold Pemberton had his CABG in 1998 and now has angina", "Leopold Pemberton", "NAME")


@pytest.mark.parametrize("text", [
    "Rehab intake: modified Bruce to stage 3, revised Baux 96",
    "PAIN CLINIC: UDS DUE, NO EARLY REFILLS",
    "Lactated Ringer's at 125 mL/h; Parkland formula for the burn",
    "Ivor Lewis vs McKeown for the mid-esophageal tumor",
    "Location: ICU bed 4, Site: Left Arm",
])
def test_versions_services_in_capitals_and_formulas_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Outreach | Client: TSOSIE, MARLENE | Loc: Riverside Park, under the bridge", "Riverside Park", "LOCATION"),
    ("Name: Teodoro Ruiz | School: Lakeview Middle | Cleared: yes", "Lakeview Middle", "LOCATION"),
    ("the boy attends Jefferson Middle; counselor aware", "Jefferson Middle", "LOCATION"),
    ("Wenceslas is ninety-six and still walks to mass", "Wenceslas", "NAME"),
    ("fyi anzhelika and her sister both had the flu shot", "anzhelika", "NAME"),
    ("the patient is Rosalind Hay, bed 12, not the other Hay", "Rosalind Hay", "NAME"),
    ("dictated: date of birth 4 slash 11 slash 1937 comma", "4 slash 11 slash 1937", "DATE"),
    ("her follow-up is 3-9-2029, not the 12th; fix the portal", "12th", "DATE"),
])
def test_place_fields_schools_stated_ages_and_dictated_dates(text: str, value: str, category: str) -> None:
    assert covers(text, value, category), found(text)


def test_a_name_before_an_age_after_a_ward_still_counts() -> None:
    text = "PT ELOPED FROM 5 WEST - DECLAN MACNAMARA, 24, GREY HOODIE"
    assert covers(text, "DECLAN MACNAMARA", "NAME"), found(text)


@pytest.mark.parametrize(("text", "value", "category"), [
    ("INR checks tomorrow: Lindqvist 8:40, Oyelaran-Hughes 9:10, Tamsin Crowe 9:30", "Lindqvist", "NAME"),
    ("INR checks tomorrow: Lindqvist 8:40, Oyelaran-Hughes 9:10, Tamsin Crowe 9:30", "Oyelaran-Hughes", "NAME"),
    ("Portal: Hi Rosalind, your potassium is back to normal.", "Rosalind", "NAME"),
    ("Ifeoma and I saw him at home this morning", "Ifeoma", "NAME"),
    ("New referral: woman, 93, falls and weight loss", "93", "AGE"),
    ("she hasn't picked up her warfarin since 2/3, calling again", "2/3", "DATE"),
])
def test_schedules_greetings_and_small_dates(text: str, value: str, category: str) -> None:
    assert covers(text, value, category), found(text)


@pytest.mark.parametrize("text", [
    "Hi Team, huddle moved to 3:15",
    "Coumadin clinic: INR 10:00, Lovenox teach 12:30",
    "EXTUBATED FROM 5/5 PSV ONTO 4LNC",
    "taper from 1/2 to 1/4 tab over two weeks",
    "The Lifepak 15 on truck 2 failed its check",
])
def test_team_greetings_services_settings_and_doses_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)


def test_a_street_named_with_an_everyday_word_a_clinical_list_also_has() -> None:
    text = "injured at work, 212 Industrial Dr in Sun Prairie, employer wants a letter"
    assert covers(text, "212 Industrial Dr", "LOCATION"), found(text)
