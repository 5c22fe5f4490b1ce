"""Offline extraction, fourteenth round: runs of test values inside run-on lines, the writer named as a person
("I'm her rheumatologist"), a receiving service with its own programme ("pulm rehab"), an agent's allergy typed
beside a specialty. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_run_of_test_values_in_a_run_on_referral_is_the_results() -> None:
    got = ex("referral", "pulm to rheum 61F new dry cough x3 mo crackles both bases FVC 71% DLCO 48% on omeprazole 20 "
                         "nkda q CTD-ILD workup routine")
    assert "FVC 71% DLCO 48%" in got["results"]
    assert "DLCO" not in got["reason"]


def test_lower_case_tests_in_a_row_are_results_though_one_is_also_a_medicine() -> None:
    got = ex("referral", "to GI 44M fatigue and pica x2 mo hgb 8.9 ferritin 5 mcv 69 no meds nkda q EGD/colo routine")
    assert "ferritin 5" in got["results"] and "hgb 8.9" in got["results"]


def test_test_values_in_a_prior_auth_run_on_are_the_necessity() -> None:
    got = ex("prior-auth", "mepolizumab 100 mg SC q4wk for 52M severe eosinophilic asthma J45.50 eos 910 FeNO 61 "
                           "3 OCS bursts this yr Aetna standard")
    assert "eos 910 FeNO 61" in got["medical_necessity"]


def test_a_dose_and_schedule_is_not_a_run_of_test_values() -> None:
    got = ex("referral", "to rheum 50F RA on MTX 20 weekly HCQ 200 bid ESR 44 CRP 19 nkda q add biologic routine")
    assert "MTX 20" not in got.get("results", "")
    assert "ESR 44 CRP 19" in got["results"]


def test_a_writer_named_as_a_person_is_the_referring_specialty() -> None:
    got = ex("referral", "I'm his gastroenterologist asking hepatology to see a 49 yo man with cirrhosis and a rising "
                         "AFP, routine")
    assert got["referring_specialty"] == "Gastroenterology"
    assert got["receiving_specialty"] == "Hepatology"
    assert "I'm his" not in " ".join(got.values())


def test_i_am_an_otolaryngologist_refers() -> None:
    got = ex("referral", "I'm an otolaryngologist and I'd like audiology to see a 70 yo woman with hearing loss, routine")
    assert got["referring_specialty"] == "Otolaryngology (ENT)"
    assert got["receiving_specialty"] == "Audiology"


def test_pulmonary_rehab_is_its_own_receiving_service() -> None:
    got = ex("referral", "to pulm rehab from pulmonology 66F COPD GOLD 3 deconditioned after admission, routine")
    assert got["receiving_specialty"] == "Pulmonary rehabilitation"
    assert got["referring_specialty"] == "Pulmonology"


def test_an_agents_allergy_beside_specialties_is_not_the_allergy_clinic() -> None:
    got = ex("referral", "68 yo man, CKD 4, penicillin allergy; nephrology asking urology about a 3 cm renal cyst, routine")
    assert got["receiving_specialty"] == "Urology"
    assert got["referring_specialty"] == "Nephrology"
