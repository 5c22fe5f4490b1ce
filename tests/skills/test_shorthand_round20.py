"""Round 20 of the offline shorthand rules: invented one-line requests, one or more per rule."""
from __future__ import annotations

from bot.skills import SKILLS


def _pa(text: str) -> dict[str, str]:
    return SKILLS["prior-auth"].extract(text)


def _appeal(text: str) -> dict[str, str]:
    return SKILLS["appeal"].extract(text)


def test_a_service_given_for_a_procedure_keeps_the_procedure() -> None:
    got = _pa("deep sedation for dental extraction x4 teeth, 6 yo m w/ autism f84.0, failed in-chair tx twice; Cigna, std")
    assert got["requested_service"].lower().startswith("deep sedation for dental extraction")
    got = _appeal("Aetna denied MAC for knee arthroscopy as 'local sufficient'; 1st lvl; 70F w/ severe anxiety + COPD; pls overturn")
    assert got["requested_service"] == "MAC for knee arthroscopy"
    assert "local sufficient" in got.get("denial_reason", "")
    got = _appeal("BCBS denied inpatient admission for 2-level lumbar fusion, ref BC-1188, as 'outpatient appropriate'; 2nd lvl")
    assert got["requested_service"].startswith("inpatient admission for 2-level lumbar fusion")


def test_a_service_for_the_patient_is_not_a_procedure() -> None:
    got = _pa("general anesthesia for a 4 yo w/ autism for MRI brain, UHC, expedited")
    assert not got.get("requested_service", "").lower().startswith("general anesthesia for a 4")


def test_an_appeal_opening_in_prose_is_not_the_service() -> None:
    got = _appeal("This is a standard appeal at the first internal level to Cigna of denial CG-PT-551820, for pelvic floor "
                  "physical therapy, for a thirty-year-old woman with postpartum urinary incontinence, N39.3.")
    assert got["requested_service"] == "pelvic floor physical therapy"
    got = _appeal("Please prepare an appeal to Humana of its denial, HUM-88123, of occupational therapy for hand burns, "
                  "for a forty-year-old cook.")
    assert got["requested_service"] == "occupational therapy for hand burns"
    got = _appeal("this is our second level appeal to UHC for claim UHC-772019 which denied a cochlear implant processor "
                  "upgrade for a 70 year old man with profound hearing loss")
    assert got["requested_service"] == "cochlear implant processor upgrade"


def _ref(text: str) -> dict[str, str]:
    return SKILLS["referral"].extract(text)


def test_a_corrected_destination_keeps_who_refers() -> None:
    got = _ref("podiatry to vascular? no — to wound clinic first; 70M R heel ulcer x6 wk, ABI 0.9; routine")
    assert got.get("referring_specialty", "").startswith("Podiatry")
    assert "vascular" not in got.get("receiving_specialty", "").lower()
    got = _ref("speech pathology to ENT? no to neurology 58F progressive dysarthria x4 mo, tongue fasciculations")
    assert got.get("referring_specialty", "").startswith("Speech-language pathology")
    assert got.get("receiving_specialty", "").startswith("Neurology")
    got = _ref("IM → cardiology? no, nephrology: 66F Cr 2.4 from 1.3 over 3 mo, proteinuria 2 g")
    assert got.get("referring_specialty", "").startswith("Internal medicine")
    assert got.get("receiving_specialty", "").startswith("Nephrology")


def test_from_before_who_refers_is_not_left_behind() -> None:
    got = _ref("72M from geri clinic to neurology -- 3 falls/mo + new tremor L hand x2mo, shuffling gait")
    assert got.get("referring_specialty", "") == "Geriatrics (geri clinic)"


def _ds(text: str) -> dict[str, str]:
    return SKILLS["discharge-summary"].extract(text)


def test_where_the_patient_was_admitted_is_not_the_admission_diagnosis() -> None:
    got = _ds("This forty-year-old woman was admitted through the emergency department with necrotizing pancreatitis "
              "and leaves after nine days with the diagnoses of walled-off necrosis, improving.")
    assert got["admission_diagnosis"] == "necrotizing pancreatitis"
    got = _ds("A seventy-year-old man was admitted to the stroke unit with left-sided weakness and slurred speech, "
              "and leaves after five days.")
    assert got["admission_diagnosis"].startswith("left-sided weakness")
    assert "stroke unit" not in got["admission_diagnosis"]


def _pi(text: str) -> dict[str, str]:
    return SKILLS["patient-instructions"].extract(text)


def test_a_visit_typed_last_in_a_long_run_on_line_is_the_follow_up() -> None:
    got = _pi("wrist sprain from a fall on an outstretched hand 2 days ago no fracture on x-ray explain the ligament is "
              "stretched and heals in 4 to 6 weeks wear the wrist splint for 2 weeks ice 15 minutes 3 times a day "
              "ibuprofen 400 mg with food up to 3 times a day call if numbness or the pain gets worse go to the ER for "
              "a cold pale hand hand therapy twice a week for 3 weeks starting next week")
    assert got["follow_up"] == "hand therapy twice a week for 3 weeks starting next week"
    assert "hand therapy" not in got.get("emergency_signs", "")
    got = _pi("cochlear implant activation today explain sounds will seem robotic at first and get clearer over weeks "
              "wear the processor all waking hours charge batteries every night no contact sports without a helmet "
              "call if the skin under the magnet gets sore go to the ER for fever with swelling over the implant "
              "programming visits at 1 week and 1 month")
    assert got["follow_up"] == "programming visits at 1 week and 1 month"


def test_a_short_line_keeps_its_own_reading() -> None:
    got = _pi("ankle sprain, RICE, ibuprofen 400 tid x5d, PT twice a week for 4 weeks")
    assert "follow_up" not in got or "PT" in got["follow_up"]


def test_write_pa_for_names_the_service_typed_late() -> None:
    got = _pa("BMI 48, OSA on CPAP, prior sedation failed at EGD; Cigna, std — pls write PA for anesthesia (MAC) for "
              "upper endoscopy, for this 52F")
    assert got["requested_service"] == "anesthesia (MAC) for upper endoscopy"
