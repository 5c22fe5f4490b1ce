"""Round 23 of the offline shorthand rules: invented one-line requests, one or more per rule."""
from __future__ import annotations

from bot.skills import SKILLS


def _ref(text: str) -> dict[str, str]:
    return SKILLS["referral"].extract(text)


def _pa(text: str) -> dict[str, str]:
    return SKILLS["prior-auth"].extract(text)


def test_acupuncture_behavior_analysis_orthotics_and_orthodontics_are_specialties() -> None:
    got = _ref("acupuncturist to GI, 52M new painless jaundice and dark urine for 1 wk, urgent")
    assert got.get("referring_specialty") == "Acupuncture"
    assert got.get("receiving_specialty") == "Gastroenterology"
    got = _ref("BCBA to dev peds, 5M with autism, new head banging 20x/hr and poor sleep, urgent")
    assert got.get("referring_specialty") == "Applied behavior analysis"
    got = _ref("prosthetist to wound clinic, 66M BKA with a 1 cm blister at the distal tibia from his liner, routine")
    assert got.get("referring_specialty") == "Orthotics and prosthetics"
    assert got.get("receiving_specialty") == "Wound care"
    got = _ref("orthodontist to ENT, 10F mouth breathing and loud snoring, big tonsils, routine")
    assert got.get("referring_specialty") == "Orthodontics"
    got = _ref("colorectal surg to IBD clinic, 29F perianal Crohn's with a new fistula, urgent")
    assert got.get("receiving_specialty") == "Inflammatory bowel disease clinic"
    got = _ref("colorectal surg to GI motility, 61M fecal urgency after LAR, routine")
    assert got.get("receiving_specialty") == "GI motility"


def test_a_count_after_a_code_inside_a_labelled_service_is_the_quantity() -> None:
    got = _pa("PAYER:: Aetna | REVIEW:: std | DX:: cervical dystonia G24.3 | SERVICE:: botulinum toxin J0585 x300 units "
              "+ EMG guidance 95874 | PRIOR:: trihexyphenidyl")
    assert "x300 units" in got.get("quantity", "")
    got = _pa("Payer- Cigna | Review- standard | Device- custom KAFO L2000 x1 | Dx- post-polio G14")
    assert got.get("quantity") == "x1"


def test_a_count_after_a_code_and_a_comma_is_the_quantity() -> None:
    got = _pa("48F chronic constipation K59.09, failed PEG + biofeedback, anorectal manometry 91122, x1, Humana std")
    assert got.get("quantity") == "x1"


def test_a_medicine_stopped_for_a_side_effect_is_a_tried_treatment() -> None:
    got = _ref("peds to child psych, 14M anxiety + panic attacks daily, sertraline 25 stopped for agitation, "
               "NKDA, routine")
    assert "sertraline 25 stopped for agitation" in got.get("tried", "")
    got = _ref("pcp to neuro, 40F migraine 12 days/mo, topiramate stopped due to word-finding trouble, routine")
    assert "topiramate stopped due to word-finding trouble" in got.get("tried", "")


def test_a_second_internal_appeal_names_the_level() -> None:
    got = SKILLS["appeal"].extract("Humana second internal appeal claim HUM-44120 power wheelchair K0861 denied as not "
                                   "medically necessary, he cannot self-propel, please overturn")
    assert got.get("appeal_level") == "second-level internal"
    got = SKILLS["appeal"].extract("1st internal appeal to Cigna for a cranial remolding helmet S1040 denied as cosmetic")
    assert got.get("appeal_level") == "first-level internal"
    assert "helmet" in got.get("requested_service", "")


def test_no_medicines_in_a_discharge_is_the_unchanged_medicine_line() -> None:
    got = SKILLS["discharge-summary"].extract("orthotic episode done, 12F, 8 visits over 6 mo, night splint for "
                                              "idiopathic toe walking, ankle DF 0 → 10 deg; no meds; d/c home")
    assert got.get("meds_changed") == "no meds"
    assert "no meds" not in got.get("meds_started", "")
    got = SKILLS["discharge-summary"].extract("acupuncture episode closed, 50F, 10 visits/6 wk for chronic neck pain, "
                                              "NDI 40 → 18; no medications from acupuncture; self-care plan given")
    assert "no medications from acupuncture" in got.get("meds_changed", "")


def test_an_outpatient_course_typed_length_first_or_with_what_the_visits_were() -> None:
    got = SKILLS["discharge-summary"].extract("brace program done: 20 wk, 7 fitting visits; Cobb 28 → 22 deg in brace; "
                                              "dx at d/c: AIS, stable")
    assert "20 wk, 7 fitting visits" in got.get("length_of_stay", "")
    got = SKILLS["discharge-summary"].extract("GC episode, 45F, 3 visits (intake + testing + results) over 5 wk; "
                                              "MLH1 pathogenic variant found; cascade letters sent")
    assert "3 visits (intake + testing + results) over 5 wk" in got.get("length_of_stay", "")


def test_a_sentence_saying_the_patient_uses_or_takes_a_medicine_is_the_medicine_list() -> None:
    got = _ref("From our orthodontic office to ENT: a ten-year-old boy with enlarged tonsils and loud snoring. "
               "He uses a fluticasone nasal spray daily and has no known drug allergies. Please assess for adenotonsillectomy.")
    assert "fluticasone" in got.get("medications", "")
    assert "fluticasone" not in got.get("history", "")


def test_behavioral_dental_and_medicare_contractor_plans_are_payers() -> None:
    got = SKILLS["appeal"].extract("first-level appeal to Magellan, ref MGN-77120, IOP 90 days denied as not "
                                   "medically necessary, please overturn")
    assert got.get("payer") == "Magellan"
    got = SKILLS["appeal"].extract("redetermination request to Noridian for CPAP E0601 denied for low compliance, "
                                   "download shows 6 h/night")
    assert got.get("payer") == "Noridian"
    got = _pa("Delta Dental, std; 12F, impacted #6, exposure and bonding D7280 x1")
    assert got.get("payer") == "Delta Dental"


def test_endocrine_surgery_and_a_cochlear_implant_team_are_specialties() -> None:
    got = _ref("endocrine surg to SLP, 49F POD#10 after total thyroidectomy, hoarse + coughing on thin liquids, urgent")
    assert got.get("referring_specialty") == "Endocrine surgery"
    assert got.get("receiving_specialty") == "Speech-language pathology"
    got = _ref("audiology to cochlear implant team, 70M bilateral profound SNHL, word score 12% aided, routine")
    assert got.get("receiving_specialty") == "Cochlear implant program"
