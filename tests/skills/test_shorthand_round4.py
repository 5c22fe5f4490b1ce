"""Offline extraction, fourth round: fragment-style lines, EHR smart-phrase labels, self-corrections,
who is asking, and non-native phrasing. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS
from bot.skills.base import normalise_layout


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_double_separators_and_repeated_dashes_make_fragments() -> None:
    assert normalise_layout("a // b || c ;; d") == "a | b | c | d"
    assert normalise_layout("clinic visit - 50 yo M - knee pain - no meds") == "clinic visit | 50 yo M | knee pain | no meds"
    # one dash or a numeric range is not a fragment separator
    assert normalise_layout("knee pain - worse on stairs, 2 - 3 days") == "knee pain - worse on stairs, 2 - 3 days"
    assert normalise_layout("***REFERRAL*** Reason: x") == "Reason: x"


def test_a_label_ends_at_the_next_fragment() -> None:
    got = ex("referral", "office visit - 47 yo M - meds: losartan 50 / amlodipine 5 - NKDA - to nephrology - "
                         "q: secondary HTN workup - routine")
    assert got["medications"] == "losartan 50 / amlodipine 5"
    assert got["allergies"] == "no known drug allergies"
    assert got["urgency"] == "routine"
    assert got["receiving_specialty"] == "Nephrology"


def test_smart_phrase_label_forms() -> None:
    got = ex("referral", "Consulting svc= Rheumatology // Requesting svc= Family Medicine // PMHx: psoriasis // "
                         "ALLERGIES- ibuprofen (hives) // Pertinent labs= CRP 22 // Q- start a DMARD?")
    assert got["history"] == "psoriasis"
    assert got["allergies"] == "ibuprofen (hives)"
    assert got["results"] == "CRP 22"
    assert "DMARD" in got["clinical_question"]
    pa = ex("prior-auth", "Payor= Example Health | Dx= plaque psoriasis | Freq= q2wk | Objective- BSA 14%")
    assert pa["payer"] == "Example Health"
    assert pa["diagnosis"] == "plaque psoriasis"
    assert pa["quantity"] == "q2wk"
    assert pa["medical_necessity"] == "BSA 14%"
    ap = ex("appeal", "Carrier:: Example Plan || CASE#- EX-55120 || Denial basis- not medically necessary")
    assert ap["payer"] == "Example Plan"
    assert ap["denial_reference"] == "EX-55120"
    assert ap["denial_reason"] == "not medically necessary"


def test_a_dash_after_an_unknown_word_is_not_a_label() -> None:
    got = ex("referral", "knee pain- worse on stairs; to ortho; NKDA; meds: none; q: scope?; routine")
    assert "knee pain" in got["reason"]


def test_a_self_correction_keeps_what_was_corrected_to() -> None:
    from bot.skills.shorthand import _corrected, rules

    r = rules()
    assert _corrected("Plan= Cigna? no - Humana Gold Plus | x", r) == "Plan= Humana Gold Plus | x"
    assert _corrected("COPD exac J44.0? no, J44.1; routine", r) == "COPD exac J44.1; routine"
    assert _corrected("55F walk-in Aetna no wait Kaiser expedited", r) == "55F walk-in Kaiser expedited"
    assert _corrected("to neurology, no wait, neurosurgery - routine", r) == "to neurosurgery - routine"
    assert _corrected("held warfarin, heparin? no — enoxaparin bridge", r) == "held warfarin, enoxaparin bridge"
    # a question and its negative answer are not a correction
    assert _corrected("any new rash? No fever either", r) == "any new rash? No fever either"
    got = ex("prior-auth", "Carrier= Cigna? no - Humana Gold Plus | Dx= COPD | Rx= roflumilast 500 mcg")
    assert got["payer"] == "Humana Gold Plus"
    ref = ex("referral", "71M, falls x3, to cardiology, no wait, geriatrics, NKDA, no meds, q: why falling?, routine")
    assert ref["receiving_specialty"] == "Geriatrics"


def test_a_no_in_a_reply_to_a_patient_is_the_answer() -> None:
    got = ex("patient-message", "pt asks can she take ibuprofen? no, acetaminophen instead; call if fever")
    assert "ibuprofen" in got["question"]


def test_the_request_is_named_where_it_is_typed() -> None:
    got = ex("prior-auth", "7 yo F 22 kg, Example Medicaid, severe eczema, failed tacrolimus oint x3 mo, "
                           "request crisaborole 2% oint bid, standard")
    assert got["requested_service"].startswith("crisaborole 2% oint")
    assert got["diagnosis"] == "severe eczema"
    assert "7-year-old girl" in got["medical_necessity"]
    # "the request meets ...", "requesting prior authorization from ...": no request verb before a service
    got = ex("prior-auth", "I am requesting prior authorization from Aetna for knee MRI for a torn meniscus. "
                           "The request meets plan criteria.")
    assert got["requested_service"].lower().startswith("knee mri")


def test_a_request_after_a_labelled_diagnosis_is_its_own_fact() -> None:
    got = ex("prior-auth", "dx: plaque psoriasis L40.0; BSA 12%; request apremilast 30 mg bid")
    assert got["diagnosis"].startswith("plaque psoriasis")
    assert got["requested_service"].startswith("apremilast")


def test_a_stage_letter_and_number_is_not_an_age() -> None:
    got = ex("prior-auth", "Example Health, chronic HCV, F3 on elastography, request sofosbuvir/velpatasvir")
    assert "year-old" not in " ".join(got.values())


def test_a_plan_named_around_a_known_payer_word() -> None:
    assert ex("prior-auth", "Lakeside Kids Health Plan (Medicaid), request speech therapy")["payer"] == \
        "Lakeside Kids Health Plan (Medicaid)"
    assert ex("prior-auth", "Humana Silver Choice, request knee MRI")["payer"] == "Humana Silver Choice"
    # a drug typed after the payer is the request, not part of the plan's name
    assert ex("prior-auth", "Cigna Repatha 140 mg q2wk for HeFH")["payer"] == "Cigna"


def test_denied_then_the_reason_word() -> None:
    got = ex("appeal", "Anthem denied MRI brain reason not medically necessary, ref EX-11223")
    assert got["requested_service"] == "MRI brain"
    assert got["denial_reason"].startswith("not medically necessary")


def test_the_writing_clinician_role_is_who_refers() -> None:
    got = ex("referral", "video visit - AGNP - 70 yo F - tremor x1 yr - meds: none - NKDA - to neurology - "
                         "q: essential tremor vs PD? - routine")
    assert got["referring_specialty"] == "AGNP"
    assert got["receiving_specialty"] == "Neurology"
    got = ex("referral", "cardiology NP: 64M, new LBBB, to EP, q: CRT?, NKDA, meds: none, urgent")
    assert got["referring_specialty"] == "cardiology NP"
    assert got["receiving_specialty"] == "Cardiac electrophysiology"
