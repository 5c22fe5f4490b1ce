"""Round 19 of the offline shorthand rules: invented one-line requests, one or more per rule."""
from __future__ import annotations

from bot.skills import SKILLS


def _ref(text: str) -> dict[str, str]:
    return SKILLS["referral"].extract(text)


def _pa(text: str) -> dict[str, str]:
    return SKILLS["prior-auth"].extract(text)


def _ds(text: str) -> dict[str, str]:
    return SKILLS["discharge-summary"].extract(text)


def test_therapy_services_refer_by_name() -> None:
    got = _ref("speech pathology to neurology, 66F progressive dysarthria + dysphagia x6 mo, pls eval for MND; urgent")
    assert got.get("referring_specialty", "").startswith("Speech-language pathology")
    assert "Neurology" in got.get("specialty", got.get("receiving_specialty", ""))
    got = _ref("chiro to ortho spine, 48M low back pain radiating down L leg x8 wk, foot drop, routine")
    assert got.get("referring_specialty", "").startswith("Chiropractic")
    got = _ref("anesthesia pre-op clinic to cardiology, 81M for elective TKA, new murmur + exertional syncope; urgent")
    assert got.get("referring_specialty", "").startswith("Anesthesiology")


def test_a_therapist_typed_by_role_before_the_service_is_who_refers() -> None:
    got = _ref("home health therapist to PM&R, 63M R hemiparesis, elbow flexor tone MAS 3, splint not tolerated; routine")
    assert "home health therapist" in got.get("referring_specialty", "")
    got = _ref("pt \u2192 spine surgery, 57F progressive L leg weakness despite 8 visits, routine")
    assert got.get("referring_specialty", "") == "pt"


def test_pt_to_a_service_is_the_patient_sent_not_the_referrer() -> None:
    got = _ref("pt to ortho for R knee effusion, 44M, routine")
    assert got.get("referring_specialty", "") != "pt"


def test_new_services_are_services() -> None:
    got = _ref("ot to driver rehab program, 71F 5 mo after R MCA stroke, wants to drive again; routine")
    assert got.get("referring_specialty", "").startswith("Occupational therapy") or got.get("referring_specialty") == "ot"
    assert "Driver rehabilitation" in str(got)


def test_an_outpatient_course_is_the_length_of_stay() -> None:
    got = _ds("outpt speech therapy d/c, 72M PD hypokinetic dysarthria; 16 sessions over 4 weeks; loudness 68 -> 79 dB")
    assert got.get("length_of_stay", "") == "16 sessions over 4 weeks"
    got = _ds("vestibular rehab d/c, 55F L vestibular hypofunction; 9 visits/10 wk; DHI 62 -> 18; f/u PRN")
    assert got.get("length_of_stay", "") == "9 visits/10 wk"


def test_a_stay_in_words_past_fourteen_days() -> None:
    got = _ds("This sixty-year-old man was admitted with necrotizing pancreatitis and he leaves after seventeen days.")
    assert got.get("length_of_stay", "") == "seventeen days"


def test_a_course_of_visits_is_the_quantity_with_its_span() -> None:
    got = _pa("OT 12 additional visits over 6 wk (97535), Aetna, standard, 70F after L hip fracture")
    assert got.get("quantity", "") == "12 additional visits over 6 wk"
    got = _pa("LSVT LOUD 16 sessions over 4 weeks 4 times a week, Cigna, std, 68M Parkinson hypophonia")
    assert got.get("quantity", "") == "16 sessions over 4 weeks 4 times a week"


def test_a_device_count_is_the_quantity() -> None:
    got = _pa("replacement cochlear implant sound processor L8619 1 processor, UHC, std, 9F processor cracked, out of warranty")
    assert got.get("quantity", "") == "1 processor"


def _pi(text: str) -> dict[str, str]:
    return SKILLS["patient-instructions"].extract(text)


def test_a_therapy_seen_on_a_rhythm_is_the_follow_up() -> None:
    got = _pi("aphasia after stroke; use short sentences; call if new confusion; SLP 2x/wk, family session next wk")
    assert "SLP 2x/wk" in got.get("follow_up", "")
    got = _pi("explain: nodules are calluses from strain; sip water; no yelling; voice therapy weekly for 8 weeks")
    assert "voice therapy weekly for 8 weeks" in got.get("follow_up", "")
    assert "voice therapy" not in got.get("explanation", "")


def test_a_step_with_how_often_stays_a_step() -> None:
    got = _pi("ankle sprain; ice 20 min 3x/day; walk 2x/wk; call if numbness")
    assert "follow_up" not in got


def test_a_visit_with_its_purpose_after_a_label_is_the_follow_up() -> None:
    got = _pi("molar removed today; explain: the socket heals in 2-3 wk; soft food; omfs 1 wk for stitches check")
    assert "omfs 1 wk for stitches check" in got.get("follow_up", "")


def test_a_therapy_discharge_title_is_not_the_diagnosis() -> None:
    got = _ds("speech therapy discharge, 70M, hypokinetic dysarthria from Parkinson disease; 16 sessions over 4 weeks; home")
    assert "speech therapy" not in got.get("admission_diagnosis", "")
    assert "hypokinetic dysarthria" in got.get("admission_diagnosis", "")
    got = _ds("hand therapy d/c summary, 41F, R distal radius fx s/p ORIF; 12 visits over 8 wk; home")
    assert "d/c summary" not in got.get("admission_diagnosis", "")
