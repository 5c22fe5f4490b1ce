"""Kinds found missing or wrongly flagged on the third independently written chat set (dev split).

Each case is new text written for this test, not an item of the evaluation sets.
"""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi


def flagged(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_phi(text)]


def covers(text: str, value: str) -> bool:
    i = text.index(value)
    return any(s.start < i + len(value) and i < s.end for s in find_phi(text))


@pytest.mark.parametrize("text, value", [
    ("Robin Castellano goes by Birdie, use that on the handout", "Birdie"),
    ("Kenneth Oduya (aka Kenny) declined the statin", "Kenny"),
    ("R. J. Whitfield needs a PA for the CGM", "R. J. Whitfield"),
    ("hazel in 9 (Hazel Marchetti) wants the pain meds earlier", "hazel"),
    ("Bert (Albert Nakashima-Cole) missed his INR check", "Bert"),
    ("May Okafor was admitted May 2 with cellulitis", "May Okafor"),
    ("April Lindqvist in bed 12 is refusing labs", "April Lindqvist"),
    ("Dana Whitlock's echo is back, EF 35%", "Dana Whitlock"),
    ("Olive Banks has gout flaring again, colchicine?", "Olive Banks"),
    ("soc sec 944-21-7730 on the intake form", "944-21-7730"),
    ("social is 000 52 1198 per registration", "000 52 1198"),
    ("form shows xxx-xx-2817 only", "2817"),
    ("zip 6 0 6 1 4 read out over the phone", "6 0 6 1 4"),
    ("DOB 0 4 / 2 2 / 1 9 4 1 as typed in the portal", "0 4 / 2 2 / 1 9 4 1"),
    ("iris code IC-7781-ZT on file for the trial", "IC-7781-ZT"),
    ("insulin pump SN 7K2 keeps alarming", "7K2"),
    ("Aetna subscriber id QRT 552 901 337 for the appeal", "QRT 552 901 337"),
    ("DOB 03/12/1931), 94, lives with her niece", "94"),
    ("she'll be 91 next week, can we plan the family meeting", "91"),
    ("ninety-two now and still gardening", "ninety-two"),
])
def test_found(text: str, value: str) -> None:
    assert covers(text, value), flagged(text)


@pytest.mark.parametrize("text", [
    "back from Brazil 2 weeks ago with fever and rash, dengue vs chik?",
    "Reynolds pentad vs Charcot triad, which one needs ERCP today?",
    "Cleveland Clinic protocol for holding SGLT2 inhibitors before surgery?",
    "Seattle HF model or MAGGIC for the LVAD discussion?",
    "Berlin ARDS criteria: P/F 180 on PEEP 10, so mild?",
    "Clark IV, Breslow 0.9 mm: does it change the SLNB call?",
    "Arnold-Chiari I found on MRI, refer or observe?",
    "Jackson-Pratt drain output 250 mL on POD 2, normal?",
    "Alice in Wonderland syndrome in a child with migraine, EEG?",
    "Sister Mary Joseph nodule on exam, CT next?",
    "San Francisco syncope rule says high risk with Hct 28",
    "high-intensity statin for adults with ASCVD, per the ACC guideline",
    "JUPITER enrolled people with high CRP and normal LDL",
    "Black persons have a higher preeclampsia risk in the USPSTF statement",
    "the Canadian Association of Poison Control Centres endorsed it",
    "trial by Stevens and colleagues in 2014 favoured drainage alone",
    "CT colonography every 5 years or cotesting every 5 years",
    "icosapent ethyl raised AF rates in REDUCE-IT",
])
def test_clean(text: str) -> None:
    assert flagged(text) == []


def test_an_eponym_keeps_its_surname_clean_while_the_person_is_found() -> None:
    text = "Harlan Baker has a Baker cyst on the right"
    found = flagged(text)
    assert "Harlan Baker" in found and found.count("Baker") == 0
