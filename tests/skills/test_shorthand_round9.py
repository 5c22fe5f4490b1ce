"""Offline extraction, ninth round: score names that hold a specialty's spelling, and the other rules added
this round. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_score_name_is_not_a_specialty() -> None:
    got = ex("referral", "63F new afib, CHA2DS2-VASc 2, HAS-BLED 1 - sending to EP to discuss ablation")
    assert got["receiving_specialty"] == "Cardiac electrophysiology"
    assert "Vascular" not in got.get("receiving_specialty", "")
    got = ex("referral", "to vasc surg for claudication, 68M, ABI 0.6")
    assert got["receiving_specialty"] == "Vascular surgery"


def test_a_supply_typed_after_an_items_code_is_the_quantity() -> None:
    got = ex("prior-auth", "req ostomy pouches A5063 20/mo and barrier rings A4385 8/mo, 57M s/p colectomy, Humana, std")
    assert "20/mo" in got["quantity"] and "8/mo" in got["quantity"]
    got = ex("prior-auth", "home pulse oximeter (E0445) x2 mo for 49F post covid, Cigna, standard")
    assert "x2 mo" in got["quantity"]


def test_a_polite_ask_at_the_end_is_the_requested_action() -> None:
    got = ex("appeal", "Aetna denied sleep study 95810, ref AE-5512, says home test first; 52M BMI 44, CHF; "
                       "1st level; please reverse and approve the in-lab study")
    assert "reverse and approve the in-lab study" in got["requested_action"]
    got = ex("appeal", "Humana denied SNF days 8-10 ref HU-88. 2nd level. please pay days 8-10")
    assert "pay days 8-10" in got["requested_action"]
    got = ex("appeal", "Cigna denied PET 78815. The patient has lymphoma. Please cover the scan.")
    assert "cover the scan" in got["requested_action"]
    got = ex("appeal", "Humana denied SNF days 8-10, ref HU-88, no skilled need. Wound vac daily. We ask you to pay days 8-10.")
    assert "pay days 8-10" in got["requested_action"]


def test_what_the_team_set_up_in_a_reply_is_a_next_step() -> None:
    got = ex("patient-message", "pt msg: rash on arms after new soap, itchy, no fever. reply: likely contact dermatitis; "
                                "stop the soap, hydrocortisone 1% bid x5d; triamcinolone cream sent. if lips swell → ER")
    assert "triamcinolone cream sent" in got["next_steps"]
    got = ex("patient-message", "msg from 34w G2: less movement today. reply: drink cold water, lie on left side, count kicks; "
                                "come in for NST now. L&D charge nurse notified. if no movement in 1 h → call 911")
    assert "L&D charge nurse notified" in got["next_steps"]
    got = ex("patient-message", "pt msg: sugars 300s since prednisone started. reply: expected on steroids; keep metformin; "
                                "RN call this afternoon to adjust insulin. if vomiting or confused → ER")
    assert "RN call this afternoon to adjust insulin" in got["next_steps"]


def test_what_to_stay_off_typed_in_a_sentence_is_avoid() -> None:
    got = ex("patient-instructions", "Please explain to this 30-year-old that he fainted from a low heart rate. "
                                     "He should not drive for three months, operate a forklift, or work at heights. "
                                     "Call 911 if he faints again.")
    assert "drive for three months" in got["avoid"] and "work at heights" in got["avoid"]
    got = ex("patient-instructions", "52F with flu on oseltamivir. Stay away from her infant granddaughter until fever gone "
                                     "24h. call if short of breath")
    assert "infant granddaughter" in got["avoid"]


def test_a_prior_label_in_an_appeal_is_the_prior_therapies() -> None:
    got = ex("appeal", "Payer= Humana | Drug= tirzepatide 5 mg weekly | Denied because= step therapy | "
                       "Prior= liraglutide 1.8 x6 mo (A1c 8.4) | Request= formulary exception")
    assert "liraglutide 1.8 x6 mo" in got["prior_therapies"]


def test_who_has_after_the_patient_names_the_condition() -> None:
    got = ex("patient-instructions", "Instructions for the lady, 66 years, who has the shingles on the left flank. "
                                     "She takes valacyclovir 1 g three times per day for 7 days. Call if eye pain.")
    assert "shingles on the left flank" in got["condition"]


def test_an_argument_typed_as_a_claim_is_the_rebuttal() -> None:
    got = ex("appeal", "Humana denied inpatient stay, 'obs sufficient', ref HU-IP-2231; 81M sepsis, pressors x6h; "
                       "inpatient status justified; attach MAR; 1st level; overturn")
    assert "inpatient status justified" in got["rebuttal"]
    got = ex("appeal", "Cigna denied CAR-T as experimental, ref CG-7781; 58M DLBCL 3rd relapse; "
                       "axi-cel is FDA labeled and not investigational; 2nd level; approve")
    assert "not investigational" in got["rebuttal"]
