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
