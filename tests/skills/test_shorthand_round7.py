"""Offline extraction, seventh round: history typed as sentences, bare plan references, and the other rules
added this round. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_history_typed_as_a_sentence_about_the_patient() -> None:
    got = ex("referral", "66F to rheum for hand stiffness, she has psoriasis and gout, on allopurinol 100")
    assert "psoriasis and gout" in got["history"]
    got = ex("referral", "to hepatology for rising ALT. He drinks six beers on weekends. His sister died of "
                         "liver cancer at 40. Routine.")
    assert "six beers" in got["history"] and "sister died" in got["history"]
    got = ex("referral", "to urology for hematuria, he still drives a delivery truck, he wants to avoid surgery")
    assert "delivery truck" in got["history"] and "avoid surgery" in got["history"]


def test_has_without_a_known_condition_is_not_history() -> None:
    got = ex("referral", "to GI, she has had three weeks of bloody stools, colonoscopy needed?")
    assert "history" not in got or "bloody stools" not in got["history"]


def test_a_bare_history_cue_keeps_its_fact() -> None:
    got = ex("referral", "to anesthesia 28F h/o failed spinal w/ prior surgery, q airway plan")
    assert "failed spinal" in got["history"]


def test_plan_reference_typed_without_a_label() -> None:
    got = ex("appeal", "Cigna | 1st lvl | #CGN-RX-448201 | tirzepatide 5 mg weekly denied | E11.65 | approve")
    assert got["denial_reference"] == "CGN-RX-448201"
    assert "tirzepatide" in got["requested_service"]
    got = ex("appeal", "appeal for denial of knee MRI (HMN-IMG-77120), FIB-4 2.1 not a reference")
    assert got["denial_reference"] == "HMN-IMG-77120"


def test_referrer_typed_as_a_role_with_a_qualifier() -> None:
    got = ex("referral", "oncology pharmacist (infusion center) to cardiology: 61F on trastuzumab, EF 62 -> 48%, q hold?")
    assert got["referring_specialty"] == "oncology pharmacist (infusion center)"
    assert got["receiving_specialty"] == "Cardiology"
    got = ex("referral", "im pgy3 -> rheum, 44F symmetric polyarthritis, CCP+")
    assert "pgy3" in got["referring_specialty"].lower()


def test_specialty_with_a_section_before_or_in_brackets() -> None:
    got = ex("referral", "to ortho (foot and ankle) for chronic ankle instability, 2 sprains this yr")
    assert got["receiving_specialty"] == "Orthopedics (ortho, foot and ankle)"
    got = ex("referral", "This is general urology writing about a 70M with a renal mass; to nephrology for CKD planning")
    assert "general urology" in got["referring_specialty"]
    assert got["receiving_specialty"] == "Nephrology"


def test_referring_after_the_name_and_a_specialist_title() -> None:
    got = ex("referral", "to cardiac rehab after NSTEMI, 59M, general cardiology referring; routine")
    assert got["receiving_specialty"] == "Cardiac rehabilitation"
    assert "general cardiology" in got["referring_specialty"]
    got = ex("referral", "I'm a urologist asking nephrology to see a 50M with recurrent stones, 24h urine pending")
    assert got["referring_specialty"] == "Urology"
    assert got["receiving_specialty"] == "Nephrology"


def test_from_a_lesion_is_not_a_referrer() -> None:
    got = ex("referral", "to derm, bleeding papule, from a scalp lesion noticed by her barber")
    assert "scalp lesion" not in got.get("referring_specialty", "")


def test_an_urgency_turned_down_is_not_the_review_type() -> None:
    got = ex("prior-auth", "Humana, req lumbar MRI 72148 for M54.16, expedited review is not needed, standard is fine")
    assert got["review_type"] == "standard"
    assert "not needed" not in " ".join(got.values())
    got = ex("prior-auth", "Cigna; tezepelumab 210 mg monthly for severe asthma; no need for an expedited review")
    assert got.get("review_type", "standard") == "standard"
    assert "review" not in got.get("medical_necessity", "")


def test_the_reason_given_opens_the_denial_reason() -> None:
    got = ex("appeal", "appeal to Aetna for denial of a sleep study. the reason given was that a home test is enough. "
                       "please overturn")
    assert "home test is enough" in got["denial_reason"]


def test_disposition_in_prose_and_the_condition_typed_after_it() -> None:
    sk = "discharge-summary"
    got = ex(sk, "adm cellulitis L leg, IV cefazolin. NKDA. home w/ sister, tol diet, afebrile x48h. PCP 1 wk")
    assert got["disposition"] == "home w/ sister"
    assert "tol diet" in got["condition_at_discharge"] and "afebrile" in got["condition_at_discharge"]
    got = ex(sk, "Admitted with osteomyelitis of the toe. She is being discharged home with a midline for IV "
                 "antibiotics. Follow up with podiatry in one week.")
    assert got["disposition"].startswith("home with a midline")
    got = ex(sk, "Admitted for a COPD flare. He was discharged in stable condition to home. PCP in 1 week.")
    assert got["disposition"] == "home"
