"""Patient-facing drafts read at US grade 8 or below (Flesch-Kincaid, via textstat)."""
from __future__ import annotations

import pytest

from bot.skills import SKILLS
from bot.skills.readability import plain_sentences, reading_grade

PATIENT_FACING = ["patient-instructions", "patient-message"]


def test_patient_facing_skills_are_marked():
    assert sorted(n for n, s in SKILLS.items() if s.patient_facing) == PATIENT_FACING


@pytest.mark.parametrize("name", PATIENT_FACING)
def test_sample_output_is_grade_8_or_below(name):
    skill = SKILLS[name]
    grade = reading_grade(skill.render(skill.sample))
    assert 0 < grade <= 8, f"{name} reads at grade {grade:.1f}"


def test_grade_tells_easy_from_hard_text():
    easy = "Rest your foot. Put ice on it. Call us if it gets worse."
    hard = (
        "Pharmacological thromboprophylaxis should be individualized according to "
        "comprehensive assessment of hemorrhagic complications and venous thromboembolism risk."
    )
    assert reading_grade(easy) < 4 < 12 < reading_grade(hard)


def test_markdown_lines_read_as_sentences():
    assert plain_sentences("# Title\n- **Call us** if:\n1. Rest\n") == "Title. Call us if. Rest."
