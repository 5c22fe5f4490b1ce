"""Round eight: names written in their own script, letters with no accent to strip, military ranks,
salutations and callers who introduce themselves; eponyms and makers that stay clean (all text new,
invented)."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from tests.phi.spans_helpers import covers, found


@pytest.mark.parametrize(("text", "value"), [
    # a name in another script inside an English message
    ("interpreter confirmed the wife's name is 박지민, please fix the chart", "박지민"),
    ("consent signed as Ольга Смирнова, the son translated", "Ольга Смирнова"),
    ("patient writes her name 陈美玲 on every form, chart has Chen Meiling", "陈美玲"),
    ("father is يوسف الخطيب per the intake, he prefers Arabic", "يوسف الخطيب"),
    ("pharmacy label reads अनिल कुमार, same man as the referral", "अनिल कुमार"),
    ("bracelet printed Γιώργος by the family, chart says George", "Γιώργος"),
])
def test_names_in_another_script_are_found(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize("text", [
    "γδ T cells were low on the flow panel, αβ normal",
    "she brought her calendar: follow-up 4月12日, same as ours",
    "Пожалуйста, принимайте по одной таблетке два раза в день",
    "мrn is not the field we need, use the encounter",
])
def test_symbols_dates_and_whole_messages_in_another_script_are_not_names(text: str) -> None:
    assert not any(s.category == "NAME" for s in find_phi(text)), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # letters NFKD cannot strip (ø, ł, æ, ß): the name is still looked up
    ("NOK: Ingrid Bjørnstad (sister) will bring the cards", "Ingrid Bjørnstad"),
    ("Decedent: KOWALCZYK, ŁUKASZ  DOD 03/02", "KOWALCZYK, ŁUKASZ"),
])
def test_letters_without_accents_to_strip(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # ranks introduce a name as a title does; salutations name the reader
    ("property log countersigned by Sgt. Wyszynski at 0300", "Wyszynski"),
    ("cpl adeyemi from the unit called about the profile", "adeyemi"),
    ("Dear Rosalind, your biopsy came back benign", "Rosalind"),
    ("Dear Thandiwe, please stop the aspirin 5 days before", "Thandiwe"),
])
def test_ranks_and_salutations_introduce_a_name(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize(("text", "value"), [
    # callers who say who they are, with a surname or with an everyday word as a given name
    ("hello its Saffron Whitcombe, the nurse said to message here about my rash", "Saffron Whitcombe"),
    ("Hi, this is Clover, Nadia Petrov's daughter, she can't find her inhaler", "Clover"),
    ("hi this is Aroha, my dad had the scope today", "Aroha"),
])
def test_callers_who_introduce_themselves(text: str, value: str) -> None:
    assert covers(text, value, "NAME"), found(text)


@pytest.mark.parametrize("text", [
    "It's Lyme, right? the rash is classic",
    "Hi, this is Cardiology, returning the page",
    "Dear Colleague, thank you for seeing this patient",
    "Gufoni for the geotropic variant, Lempert for the apogeotropic one",
    "Carhart notch again on the bone line, ENT aware",
    "Toynbee maneuver during the tymp, then Valsalva",
    "Kruger morphology 3% on the semen analysis",
    "Ling six-sound check before the mapping",
    "the Denis Browne bar for the clubfoot after tenotomy",
    "Oticon and Phonak both have a loaner program",
    "Kate Farms peptide at 50 mL/h, advance as tolerated",
    "Lugol's iodine before the thyroidectomy",
])
def test_vestibular_audiology_and_maker_terms_stay_clean(text: str) -> None:
    assert find_phi(text) == [], found(text)
