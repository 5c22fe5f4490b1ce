"""Offline extraction, fifteenth round: a stay typed as a bare number of days or said as "leaves after", a
supply typed after its code ("A5500 x1 pair", "22514 x1"), a code with its modifier or in lower case, counts
of treatments and devices, "every other month", a request for approval from a plan. Example phrases are
written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_a_number_of_days_alone_in_a_discharge_line_is_the_stay() -> None:
    got = ex("discharge-summary", "62M adm w/ pyelonephritis, dc dx E coli pyelo resolved, AKI resolved; 4 days; "
                                  "ceftriaxone then cefpodoxime; home w/ wife; PCP 1 wk")
    assert got["length_of_stay"] == "4 days"
    assert "4 days" not in got.get("follow_up", "")


def test_a_stay_of_nights_and_days_with_hours_in_brackets_is_the_stay() -> None:
    got = ex("discharge-summary", "31F adm w/ angioedema, dc dx ACE inhibitor angioedema, 2 nights + 1 day (~40 h); "
                                  "lisinopril stopped; home")
    assert got["length_of_stay"].startswith("2 nights + 1 day")


def test_leaves_after_a_number_of_days_is_the_stay() -> None:
    got = ex("discharge-summary", "This fifty year old woman was admitted with a small bowel obstruction and leaves "
                                  "after six days with the diagnosis of adhesive obstruction, resolved without surgery.")
    assert got["length_of_stay"] == "six days"


def test_a_labelled_count_of_days_is_the_stay() -> None:
    got = ex("discharge-summary", "Pt: 70 F | Dx: hip fracture s/p hemiarthroplasty | Days in hospital- 12 days | "
                                  "Dispo: SNF")
    assert got["length_of_stay"] == "12 days"


def test_stay_typed_in_a_run_on_discharge_line_is_the_stay() -> None:
    got = ex("discharge-summary", "55 yo F admitted with cellulitis R leg discharge diagnoses cellulitis resolving "
                                  "stay 3 days IV cefazolin then cephalexin home")
    assert got["length_of_stay"] == "3 days"


def test_a_supply_typed_after_its_code_is_the_quantity() -> None:
    got = ex("prior-auth", "aetna, std - custom foot orthotics l3000 x2 pairs/yr for 58 f plantar fasciitis + "
                           "pes planus, failed otc inserts")
    assert got["quantity"] == "x2 pairs/yr"
    assert "l3000" in got["service_codes"].lower()


def test_a_single_procedure_after_its_code_is_the_quantity() -> None:
    got = ex("prior-auth", "vertebroplasty t12, cpt 22510 x1, 81 m osteoporotic fx, failed brace, humana expedited")
    assert got["quantity"] == "x1"
    assert got["service_codes"] == "22510"


def test_a_code_typed_with_its_modifier_is_kept_whole() -> None:
    got = ex("prior-auth", "genicular nerve rfa bilat, cpt 64624-50, 71 f knee oa, failed pt + injections, cigna std")
    assert got["service_codes"] == "64624-50"


def test_a_count_of_treatments_or_devices_is_the_quantity() -> None:
    got = ex("prior-auth", "TARE right lobe for HCC, 79445, x1 treatment, Aetna, expedited")
    assert got["quantity"] == "x1 treatment"
    got = ex("prior-auth", "knee scooter E0118 for 40 F non-weight-bearing after ORIF, BCBS standard review 1 device")
    assert got["quantity"] == "1 device"


def test_sessions_counted_in_words_with_their_length_are_the_quantity() -> None:
    got = ex("prior-auth", "Hyperbaric oxygen, thirty sessions of ninety minutes at 2.0 atmospheres, for a man with "
                           "radiation cystitis, Cigna, standard review")
    assert got["quantity"] == "thirty sessions of ninety minutes at 2.0 atmospheres"


def test_every_other_month_is_a_schedule() -> None:
    got = ex("prior-auth", "faricimab 6 mg intravitreal OD, every other month, for wet AMD, UHC standard")
    assert got["quantity"] == "every other month"


def test_request_approval_from_a_plan_opens_the_request() -> None:
    got = ex("prior-auth", "Please request approval from Cigna for teprotumumab infusions for thyroid eye disease, "
                           "standard review")
    assert got["requested_service"].startswith("teprotumumab")
    assert got["payer"] == "Cigna"
