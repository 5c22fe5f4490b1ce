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


def test_every_n_wks_with_a_duration_is_the_quantity() -> None:
    got = ex("prior-auth", "infliximab 5 mg/kg IV every 8 wks x 12 mo for Crohn's K50.90 Cigna standard")
    assert "every 8 wks x 12 mo" in got["quantity"]


def test_a_titration_typed_as_a_dose_fragment_is_the_quantity() -> None:
    got = ex("prior-auth", "semaglutide (Wegovy) for obesity, Aetna, std; 0.25 mg SC weekly x4 wk then ↑0.25 mg q4wk "
                           "to 2.4 mg maint; BMI 38")
    assert got["quantity"].startswith("0.25 mg SC weekly x4 wk then")
    assert "2.4 mg maint" in got["quantity"]


def test_a_duration_in_words_follows_the_schedule() -> None:
    got = ex("prior-auth", "abatacept 125 mg SC once weekly for twenty-six weeks for RA, Humana, standard")
    assert "once weekly for twenty-six weeks" in got["quantity"]


def test_i_am_requesting_a_drug_is_the_request_not_a_preamble() -> None:
    got = ex("prior-auth", "I am requesting ustekinumab 90 mg subcutaneously from her Cigna plan for a fifty-year-old "
                           "woman with Crohn disease. She failed adalimumab. Standard review is fine.")
    assert got["requested_service"].startswith("ustekinumab 90 mg")
    assert "ustekinumab" not in got.get("prior_therapies", "")


def test_id_like_a_drug_later_in_the_line_is_the_request() -> None:
    got = ex("prior-auth", "for Medicaid, I have a 40 year old woman with chronic hepatitis B, viral load 2 million, "
                           "I'd like tenofovir alafenamide 25 mg daily, standard review")
    assert got["requested_service"].startswith("tenofovir alafenamide")


def test_wed_like_it_reviewed_is_not_the_request() -> None:
    got = ex("prior-auth", "We are asking Aetna to cover a PET-CT, CPT 78815, for a 60-year-old man with lymphoma, "
                           "and we'd like it reviewed quickly because treatment starts Monday.")
    assert "reviewed" not in got.get("requested_service", "")


def test_an_inline_medication_keeps_its_weekly_dose_duration_and_outcome() -> None:
    got = ex("prior-auth", "tirzepatide 5 mg SC weekly for obesity E66.01, Cigna, std — 47F BMI 39, prediabetes on "
                           "metformin 1000 mg wkly x1 yr (wt −3%) and diet program")
    assert "metformin 1000 mg wkly x1 yr (wt −3%)" in got["prior_therapies"]


def test_a_therapy_that_did_nothing_is_a_prior_therapy() -> None:
    got = ex("prior-auth", "apremilast 30 mg bid for psoriasis L40.0, Humana, std; BSA 12%; MTX 15 wkly x4 mo no benefit; "
                           "NB-UVB 3x/wk x3 mo did nothing")
    assert "MTX 15 wkly x4 mo no benefit" in got["prior_therapies"]
    assert "NB-UVB 3x/wk x3 mo did nothing" in got["prior_therapies"]


def test_a_short_list_of_conditions_is_history_not_a_test_value() -> None:
    got = ex("referral", "66F to nephrology routine CKD 4 eGFR 22, DM2 HTN, on insulin, NKDA")
    assert "DM2 HTN" in got["history"]
    assert "DM2" not in got.get("results", "")


def test_a_blood_pressure_is_a_result_not_the_condition() -> None:
    got = ex("referral", "to cardiology 58M palpitations x2 wk, BP 168/94, on amlodipine 5, nkda, routine")
    assert "BP 168/94" in got["results"]


def test_a_disease_with_its_past_in_brackets_after_age_and_sex_is_history() -> None:
    got = ex("referral", "ID → thoracic surgery, 61M empyema (post-VATS 2021, cx neg since), new cavitary lesion RUL on CT, "
                         "NKDA, routine")
    assert got["history"].startswith("empyema (post-VATS 2021")
    assert got["reason"].startswith("new cavitary lesion")


def test_a_disease_diagnosed_years_ago_is_history() -> None:
    got = ex("referral", "to nephrology 40F lupus dx 6 yrs, rising creatinine and foamy urine x1 mo, on HCQ 200 bid, routine")
    assert got["history"].startswith("lupus dx 6 yrs")
    assert got["reason"].startswith("rising creatinine")


def test_a_new_problem_with_a_bracket_stays_the_reason() -> None:
    got = ex("referral", "to GI 52M new dysphagia (solids, 2 mo), wt loss 4 kg, nkda, urgent")
    assert got["reason"].startswith("new dysphagia")
