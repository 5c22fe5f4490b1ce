"""Offline extraction, tenth round: a diagnosis typed with its own commas, and the other rules added this
round. Example phrases are written for these tests."""
from __future__ import annotations

from bot.skills import SKILLS


def ex(skill: str, text: str) -> dict[str, str]:
    return SKILLS[skill].extract(text)


def test_an_admission_diagnosis_goes_on_over_its_commas() -> None:
    got = ex("discharge-summary", "81F syncope, orthostatic, on tamsulosin, LOS 2d, tamsulosin stopped, home, pcp 1 wk")
    assert "syncope" in got["admission_diagnosis"] and "orthostatic" in got["admission_diagnosis"]
    assert "LOS" not in got["admission_diagnosis"] and "home" not in got["admission_diagnosis"]
    got = ex("discharge-summary", "47M adm septic arthritis, R knee, MSSA, washout HD1, cefazolin IV x2 wk via PICC, LOS 6d, home")
    assert "R knee" in got["admission_diagnosis"]
    assert "washout" not in got["admission_diagnosis"] and "cefazolin" not in got["admission_diagnosis"]


def test_a_condition_named_first_goes_on_over_its_commas() -> None:
    got = ex("patient-instructions", "wrist sprain, left, mild. ice 20 min 3x/d, splint 1 wk. call if numb fingers. f/u 2 wk")
    assert "left" in got["condition"] and "mild" in got["condition"]
    assert "ice" not in got["condition"]
    # a first clause that is a sentence is not continued
    got = ex("patient-instructions", "toddler with hand foot mouth disease from daycare, fluids, popsicles, call if no wet diaper 8h")
    assert "popsicles" not in got["condition"]


def test_a_medicare_redetermination_and_an_ext_review_are_appeal_levels() -> None:
    got = ex("appeal", "Medicare (Palmetto) redetermination, denied home hospital bed E0260 as convenience item, 88F, "
                       "cannot turn without rails, pls reverse")
    assert got["appeal_level"] == "first-level internal"
    got = ex("appeal", "Anthem ext review after 2 internal denials, denied gender-affirming mastectomy 19303, request IRO review")
    assert got["appeal_level"] == "external review"


def test_what_the_plan_said_after_the_denied_service_is_the_reason_and_a_but_is_the_rebuttal() -> None:
    got = ex("appeal", "Humana denied knee MRI 73721 said xrays first but xrays done 3 wk ago show effusion only "
                       "1st level")
    assert "xrays first" in got["denial_reason"]
    assert "xrays done 3 wk ago" in got["rebuttal"]
    assert "knee MRI" in got["requested_service"]
    got = ex("appeal", "Aetna denied home infusion of IV abx says can take oral, 2nd level, pls overturn")
    assert "can take oral" in got["denial_reason"]
