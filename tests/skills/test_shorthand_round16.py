"""Offline extraction, sixteenth round: in a prior authorization or an appeal whose first plain clause is the
patient or the disease, the service named later is what is asked for: a medicine typed with its dose and
schedule ("... — mepolizumab 100 mg SC q4wk"), a service the plan denied ("septoplasty 30520 denied by <plan> as
..."), or what the letter asks the plan to approve ("... please approve ustekinumab 90 mg q8wk"). Example phrases
are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_dosed_medicine_typed_after_the_disease_is_the_requested_drug() -> None:
    got = ex("prior-auth", "52M severe eosinophilic asthma, eos 540, 3 OCS bursts this yr; J45.50 — "
                           "mepolizumab 100 mg SC q4wk x12 mo, Aetna, standard review")
    assert got["requested_service"].startswith("mepolizumab 100 mg SC q4wk")
    assert "eosinophilic asthma" in got["diagnosis"]
    assert "mepolizumab" not in got.get("prior_therapies", "")


def test_a_dosed_medicine_that_failed_is_not_the_request() -> None:
    got = ex("prior-auth", "kyphoplasty l2, 81 f osteoporotic fx, pain 8/10, tried brace, "
                           "oxycodone 5 q6h prn → delirium, Humana standard")
    assert got["requested_service"].startswith("kyphoplasty")


def test_a_first_clause_that_names_a_drug_stays_the_request() -> None:
    got = ex("prior-auth", "dupilumab 300 mg q2wk for atopic dermatitis L20.9, EASI 28; "
                           "methotrexate 15 mg weekly x4 mo, Cigna standard")
    assert got["requested_service"].startswith("dupilumab")


def test_a_service_the_plan_denied_later_in_the_line_is_the_appealed_service() -> None:
    got = ex("appeal", "44F chronic nasal obstruction, failed fluticasone x3 mo; septoplasty 30520 denied by Cigna "
                       "as 'not medically necessary'; CT deviated septum; first level, pls overturn")
    assert got["requested_service"] == "septoplasty"
    assert got["denial_reason"] == "not medically necessary"
    assert "44F chronic nasal obstruction" in got["evidence"]


def test_a_denied_claim_is_not_a_service() -> None:
    got = ex("appeal", "Humana hip arthroplasty 27130 appeal, the claim was denied for missing notes, "
                       "notes attached, overturn")
    assert "claim" not in got["requested_service"]


def test_what_the_letter_asks_to_approve_is_the_service_when_the_line_opened_with_the_patient() -> None:
    got = ex("appeal", "36F Crohn's ileocolitis, CDAI 310, failed adalimumab x9 mo; Optum denied as 'step through "
                       "infliximab'; first level, please approve ustekinumab 90 mg SC q8wk")
    assert got["requested_service"].startswith("ustekinumab 90 mg")
    assert "Crohn's" in got["evidence"]


def test_approving_more_visits_does_not_replace_the_service() -> None:
    got = ex("appeal", "Aetna denied outpatient PT 97110 as 'plateaued', 1st level, gains documented, approve 8 more visits")
    assert "PT" in got["requested_service"]


def test_a_new_problem_typed_after_a_known_condition_is_the_reason() -> None:
    got = ex("referral", "neuro → cardiology, 61M myasthenia gravis (AChR+) 6 yr, new exertional chest tightness x2 wk, "
                         "ECG LBBB, on pyridostigmine 60 tid, NKDA, q: stress test or cath?")
    assert got["reason"] == "new exertional chest tightness x2 wk"
    assert "myasthenia gravis" in got["history"]


def test_a_known_condition_run_into_a_new_problem_is_history_then_reason() -> None:
    got = ex("referral", "derm to rheum 47F chronic plaque psoriasis worsening hand and knee swelling x3 mo "
                         "on topical clobetasol no allergies q psoriatic arthritis? routine")
    assert got["history"] == "chronic plaque psoriasis"
    assert got["reason"].startswith("worsening hand and knee swelling")


def test_a_sentence_with_a_new_symptom_keeps_its_words_in_the_reason() -> None:
    got = ex("referral", "Please see this 70-year-old woman. She has new left arm weakness for two days. "
                         "No allergies. Neurology, urgent.")
    assert "She has" not in got.get("history", "")
    assert "left arm weakness" in got["reason"]


def test_a_medicine_held_then_resumed_is_a_change() -> None:
    got = ex("discharge-summary", "70M adm w/ C diff colitis, dc dx C diff colitis, LOS 4d; oral vancomycin 125 qid x10 d; "
                                  "losartan held for AKI, restart at PCP visit; home; PCP 1 wk")
    assert got["meds_changed"] == "losartan held for AKI, restart at PCP visit"
    assert "losartan" not in got.get("meds_stopped", "") + got.get("meds_started", "")


def test_a_medicine_resumed_or_given_at_a_new_dose_is_a_change() -> None:
    got = ex("discharge-summary", "58F adm w/ AKI on CKD, dc dx prerenal AKI, LOS 3d; IV fluids, cr 2.4 → 1.3; "
                                  "torsemide 20 resumed; allopurinol 100 daily (was 300); home")
    assert "torsemide 20 resumed" in got["meds_changed"]
    assert "allopurinol 100 daily (was 300)" in got["meds_changed"]


def test_a_medicine_stopped_and_not_restarted_stays_stopped() -> None:
    got = ex("discharge-summary", "66M adm w/ GI bleed, dc dx gastric ulcer, LOS 3d; EGD clip; "
                                  "his aspirin was stopped and not restarted; pantoprazole 40 bid; home")
    assert "aspirin" in got["meds_stopped"]
    assert "aspirin" not in got.get("meds_changed", "")


def test_an_allergy_said_as_what_a_drug_does_inside_a_run_on_line_is_its_own_fact() -> None:
    got = ex("referral", "pcp to gi 52F gerd x5 yr on pantoprazole 40 daily famotidine 20 qhs naproxen causes hives "
                         "q need egd for barretts screen routine")
    assert got["allergies"] == "naproxen causes hives"
    assert "naproxen" not in got.get("medications", "")
