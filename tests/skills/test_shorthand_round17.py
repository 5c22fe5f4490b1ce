"""Offline extraction, seventeenth round: corrections typed inside a line ("Aetna? no, Cigna") keep what
they correct only (a number corrected by a number, a payer by a payer, a destination after an arrow, a review
type typed without a mark); new referring and receiving services (occupational medicine, oral and maxillofacial
surgery, hand therapy, physical therapy settings). Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_corrected_number_keeps_its_label() -> None:
    got = ex("discharge-summary", "67M adm w/ cellulitis L leg; dc dx cellulitis resolved; LOS 3? no, 4 d; "
                                  "IV cefazolin → cephalexin; home w/ wife; PCP 1 wk")
    assert got["length_of_stay"] == "4 d"


def test_a_corrected_unit_count_keeps_the_code_before_it() -> None:
    got = ex("prior-auth", "work hardening 97545 x8? no, x12 visits, Liberty Mutual, std — 44M roofer, "
                           "L rotator cuff repair 4 mo ago, M75.122")
    assert "97545" in got["service_codes"]
    assert "x12 visits" in got["quantity"]
    assert "x8" not in got["quantity"]


def test_a_payer_corrected_to_a_payer_replaces_the_whole_name() -> None:
    got = ex("appeal", "Blue Cross of Ohio? no — Anthem OH, 1st lvl, denied knee MRI 73721 as 'not medically "
                       "necessary', ref ANT-22-9913; 51F medial joint line pain x4 mo; pls overturn")
    assert got["payer"].startswith("Anthem")
    assert "Blue Cross" not in got["payer"]


def test_a_review_type_corrected_without_a_mark() -> None:
    got = ex("prior-auth", "sapropterin for PKU E70.0 Optum Rx urgent? no standard 19 yo M Phe 900 on diet")
    assert got["review_type"] == "standard"


def test_a_corrected_destination_after_an_arrow() -> None:
    got = ex("referral", "occ med → derm? no — → allergy, 41F baker w/ hand eczema x6 mo, worse at work; "
                         "q: patch testing for flour additives? routine")
    assert got["receiving_specialty"].startswith("Allergy")
    assert got["referring_specialty"] == "Occupational medicine"


def test_new_services_refer_and_receive() -> None:
    got = ex("referral", "omfs → hand therapy: 30M s/p ORIF R 5th metacarpal, stiffness; q: ROM program? routine")
    assert got["referring_specialty"] == "Oral and maxillofacial surgery"
    assert got["receiving_specialty"] == "Hand therapy"
    got = ex("referral", "occ health → id, 24f lab tech, splash exposure to the eye 6 h ago, source unknown; "
                         "q: PEP needed? urgent")
    assert got["receiving_specialty"] == "Infectious diseases"
    assert got["referring_specialty"] == "Occupational medicine"


def test_workers_compensation_carriers_are_payers() -> None:
    got = ex("prior-auth", "work conditioning 97545 x10 visits, Liberty Mutual (WC), std — 39M warehouse worker, "
                           "L4-5 disc herniation M51.16, 12 PT visits done")
    assert got["payer"].startswith("Liberty Mutual")
    got = ex("appeal", "Sedgwick denied lumbar MRI 72148 as 'not medically necessary'; 50M forklift driver; 1st lvl; "
                       "pls overturn")
    assert got["payer"] == "Sedgwick"


def test_a_payer_product_typed_after_the_name() -> None:
    got = ex("appeal", "Hartford WC denied shoulder arthroscopy 29827 as 'pre-existing'; 2nd level; pls overturn")
    assert got["payer"] == "Hartford WC"


def test_independent_reviews_are_the_external_level() -> None:
    got = ex("appeal", "State Fund upheld its denial of L5-S1 fusion 22630; now going to IMR; 55M, failed PT + ESI x2")
    assert got["appeal_level"] == "external review"
    got = ex("appeal", "For an independent external reviewer: Cigna denied ECT 90870 as experimental; "
                       "42F severe depression failed 4 antidepressants; please overturn")
    assert got["appeal_level"] == "external review"
    got = ex("appeal", "Please accept this appeal, at the first internal level, of Cigna's denial of knee "
                       "arthroplasty 27447. Please approve the surgery.")
    assert got["appeal_level"] == "first-level internal"


def test_a_key_typed_after_a_clause_s_words_reaches_the_next_semicolon_only() -> None:
    got = ex("appeal", "Aetna denied PEP x28 d as 'not documented'; CDC 2016 nPEP guideline: start within 72 h; "
                       "expedited, 1st lvl; pls overturn")
    assert got["appeal_level"] == "first-level internal"
    assert got["review_type"] == "expedited"
    assert "1st lvl" not in got.get("evidence", "")


def test_a_run_on_discharge_line_names_its_diagnoses_and_destination_in_words() -> None:
    got = ex("discharge-summary", "62 yo M admitted with small bowel obstruction from adhesions discharge diagnoses "
                                  "adhesive small bowel obstruction resolved and hypokalemia length of stay 4 days "
                                  "NG decompression and bowel rest potassium replaced home with his wife "
                                  "surgery clinic 2 weeks")
    assert got["discharge_diagnoses"].startswith("adhesive small bowel obstruction resolved")
    assert got["disposition"].startswith("home with his wife")
    assert got["length_of_stay"] == "4 days"


def test_going_home_with_a_medicine_is_not_the_destination() -> None:
    got = ex("discharge-summary", "adm w/ pyelonephritis; IV ceftriaxone 3 d; she's going home with cefpodoxime "
                                  "200 bid x7 d; stable; home w/ husband")
    assert "cefpodoxime" not in got.get("disposition", "")


def test_a_letter_that_opens_with_the_ask_names_the_service_after_it() -> None:
    got = ex("prior-auth", "Please submit a request to Cigna for blepharoplasty, CPT 15823, for a sixty-eight year old "
                           "woman with visual field loss from dermatochalasis. Standard processing is appropriate.")
    assert got["requested_service"] == "blepharoplasty"
    assert got["payer"] == "Cigna"
