"""Offline extraction, fifth round: dictated lines, phone autocorrections, ages in words, obstetric
identification, voice frames. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS
from bot.skills.shorthand import spoken


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_spoken_punctuation_in_a_dictated_line() -> None:
    assert spoken("knee pain comma worse on stairs period no meds period") == "knee pain, worse on stairs. no meds."
    # one spoken word is no dictation, and a period that is a period stays
    assert spoken("no period in six weeks, test today") == "no period in six weeks, test today"
    assert spoken("cramps comma her period is late period test today") == "cramps, her period is late. test today"


def test_starred_autocorrection_replaces_the_word_before() -> None:
    assert spoken("tried motrin *naproxen 500 bid") == "tried naproxen 500 bid"
    assert spoken("icd m17.21 *M17.11 knee") == "icd M17.11 knee"
    assert spoken("dose 40 *80mg weekly") == "dose 80mg weekly"
    got = ex("referral", "62m hip pain, tried ibuprofin *meloxicam 15 no relief, to ortho")
    assert "meloxicam" in got["tried"] and "ibuprofin" not in str(got)


def test_age_in_words_and_obstetric_identification() -> None:
    assert ex("referral", "sixty two year old man comma to urology comma hematuria period")["patient"] \
        == "sixty two year old man"
    assert ex("referral", "we send this male of 47 years for knee pain, to ortho")["patient"] == "male of 47 years"
    assert ex("referral", "33 yo G4P2012 at 27w2d, short cervix, to MFM")["patient"] == "33 yo G4P2012 at 27w2d"
    assert ex("discharge-summary", "41 yo G2P2 PPD3 after SVD, home")["patient"] == "41 yo G2P2"


def test_voice_frames_name_the_field_and_are_left_out() -> None:
    got = ex("referral", "fifty year old man comma to nephrology period proteinuria period current medications are lisinopril ten milligrams "
                         "daily period the question is whether he needs a biopsy period routine")
    assert got["medications"] == "lisinopril ten milligrams daily"
    assert got["clinical_question"] == "he needs a biopsy"
    assert got["urgency"] == "routine"


def test_the_writers_service_in_a_sentence() -> None:
    got = ex("referral", "I am on the hospital medicine service comma I would like an outpatient referral to neurology "
                         "for new seizures period no meds period")
    assert got["referring_specialty"].startswith("Hospital medicine")
    assert got["receiving_specialty"] == "Neurology"
    assert "outpatient" not in got.get("reason", "")
    got = ex("referral", "hospitalist service requesting a rheumatology referral, gout flares, NKDA")
    assert got["referring_specialty"].startswith("Hospital medicine")
    assert got["receiving_specialty"] == "Rheumatology"
    got = ex("referral", "The woman of 70 years which I follow in geriatrics: memory loss. I ask for neurology to exclude "
                         "a normal pressure hydrocephalus.")
    assert got["referring_specialty"] == "Geriatrics"
    assert got["receiving_specialty"] == "Neurology"
    assert got["clinical_question"] == "exclude a normal pressure hydrocephalus"


def test_commas_inside_brackets_do_not_split_a_fact() -> None:
    got = ex("discharge-summary", "80M adm lithium toxicity (level 2.9, tremor, confusion), LOS 3d, home")
    assert got["admission_diagnosis"] == "lithium toxicity (level 2.9, tremor, confusion)"


def test_code_labels_are_no_diagnosis() -> None:
    got = ex("prior-auth", "request knee MRI for torn meniscus. diagnosis code S83.241A. Aetna")
    assert "diagnosis code" not in got.get("diagnosis", "")
    assert got["icd10_codes"] == "S83.241A"


def test_an_allergy_to_something_is_no_allergy_clinic() -> None:
    got = ex("referral", "55F - allergy to iodine - to gyn - postmenopausal bleeding")
    assert got["allergies"] == "allergy to iodine"
    assert got["receiving_specialty"] == "Obstetrics and gynecology"


def test_a_reply_safety_net_keeps_its_list() -> None:
    got = ex("patient-message", "pt asks if the rash after amoxicillin is an allergy. answer: likely a viral rash, stop the "
                                "amoxicillin for now. if lip swelling, trouble breathing, or hives all over → go to the ER")
    assert got["safety_net"] == "if lip swelling, trouble breathing, or hives all over → go to the ER"


def test_dictated_reply_frames() -> None:
    got = ex("patient-message", "reply to a man seen last week comma he writes asking whether he can fly next week period "
                                "tell him flying is fine after two weeks period if chest pain comma short of breath "
                                "comma or leg swelling he should call nine one one")
    assert got["question"].endswith("he can fly next week")
    assert got["answer_points"] == "flying is fine after two weeks"
    assert got["safety_net"].startswith("if chest pain, short of breath")


def test_spoken_emergency_number_in_instructions() -> None:
    got = ex("patient-instructions", "new afib on apixaban period call nine one one for face drooping comma arm weakness "
                                     "comma trouble speaking period")
    assert "face drooping" in got["emergency_signs"]
