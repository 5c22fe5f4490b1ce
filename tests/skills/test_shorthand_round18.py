"""Round 18 of the offline shorthand rules: invented one-line requests, one or more per rule."""
from __future__ import annotations

from bot.skills import SKILLS


def _pa(text: str) -> dict[str, str]:
    return SKILLS["prior-auth"].extract(text)


def test_no_prior_therapy_is_the_prior_therapy_line_in_a_prior_auth() -> None:
    got = _pa("hip arthroscopy 29914, Aetna, std, 31F FAI cam lesion, alpha angle 68, no prior injections")
    assert "no prior injections" in got.get("prior_therapies", "")
    assert "injections" not in got.get("medical_necessity", "")


def test_no_prior_therapy_in_an_appeal_goes_with_the_therapies() -> None:
    got = SKILLS["appeal"].extract("Cigna denied inpatient rehab, ref CG-7781234, 1st level; 77M L MCA stroke; "
                                   "no prior rehab; pls overturn")
    assert "no prior rehab" in got.get("prior_therapies", "")


def test_no_prior_in_a_referral_stays_history() -> None:
    got = SKILLS["referral"].extract("to GI, 52M iron deficiency anemia, no prior colonoscopy, routine")
    assert "no prior colonoscopy" in got.get("history", "")


def test_unlabelled_therapies_with_counts_are_prior_therapies_not_the_quantity() -> None:
    got = _pa("lumbar RFA 64635 x2 levels, Humana, std, 58M facet arthropathy L4-S1, M47.816; "
              "pain 7/10 daily; OT 10 visits, MBB x2 (80% relief), CSI x1; NASS coverage criteria met")
    pt = got.get("prior_therapies", "")
    assert "OT 10 visits" in pt and "MBB x2 (80% relief)" in pt and "CSI x1" in pt
    assert "10 visits" not in got.get("quantity", "")
    assert "CSI" not in got.get("medical_necessity", "")


def test_a_therapy_with_its_sessions_in_an_appeal_is_a_prior_therapy() -> None:
    got = SKILLS["appeal"].extract("Optum denied TMS 90867 as 'not medically necessary', ref OPT-BH-4410021, 1st level; "
                                   "34F MDD F33.2, PHQ-9 22; CBT 20 sessions; pls overturn")
    assert "CBT 20 sessions" in got.get("prior_therapies", "")


def test_a_symptom_with_a_count_stays_medical_necessity() -> None:
    got = _pa("knee MRI 73721, Cigna, std, 24F R knee pain after a pivot injury; giving way x3; effusion on exam")
    assert "giving way x3" not in got.get("prior_therapies", "")


def test_a_referral_keeps_a_drug_held_for_a_while_as_history() -> None:
    got = SKILLS["referral"].extract("to cardiology, 70M new palpitations; afib off apixaban x1 wk (stopped for dental work)")
    assert "apixaban" not in got.get("tried", "")


def _ds(text: str) -> dict[str, str]:
    return SKILLS["discharge-summary"].extract(text)


def test_short_facts_between_the_condition_and_the_destination_are_the_condition() -> None:
    got = _ds("71F adm CAP; LOS 4d; dc dx CAP resolved; NKDA; stable, off O2, walking hallway; home w/ daughter; PCP 1 wk")
    cond = got.get("condition_at_discharge", "")
    assert "off O2" in cond and "walking hallway" in cond
    assert "off O2" not in got.get("hospital_course", "")
    assert got.get("disposition", "").startswith("home w/ daughter")


def test_a_long_clause_after_the_condition_is_not_pulled_in() -> None:
    got = _ds("80M adm hip fx; LOS 5d; ORIF day 1; stable; PT worked with him daily and he walks 50 ft with a walker now; "
              "to SNF; ortho 2 wk")
    assert "walker" not in got.get("condition_at_discharge", "")


def test_home_medicines_resumed_are_not_where_the_patient_goes() -> None:
    got = _ds("68M adm CHF exacerbation; LOS 3d; IV furosemide; home torsemide 20 resumed; stable; home w/ wife; HF clinic 1 wk")
    assert "torsemide" not in got.get("disposition", "")
    assert "home torsemide 20 resumed" in got.get("meds_changed", "")
    assert got.get("disposition", "").startswith("home w/ wife")
