"""Round nine: words found flagged in a large body of clinical prose with no patient in it (the MedQuAD
answers): "may" the verb after a number, genes written like a month and a day, peoples in the plural and
Canadian provinces. All text new, invented."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from tests.phi.spans_helpers import covers, found


@pytest.mark.parametrize("text", [
    "type 1 may need a pump sooner than we think",
    "MEN1 may explain the gastrinoma and the high calcium",
    "grade 2 may also be seen on the repeat scope",
    "ordered the SEPT9 methylation blood test since she refuses colonoscopy",
    "OCT4 staining was positive on the mediastinal mass",
    "more common in Hispanics and American Indians, per the handout",
    "Ashkenazi Jews carry the variant more often, so offer the panel",
    "she just got back from Quebec and Manitoba, no sick contacts",
    "prevalence per Orphanet, a rare disease database, is under 1 in a million",
])
def test_clinical_prose_stays_clean(text: str) -> None:
    assert not find_phi(text), found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("DOB 4 May 1931, lives alone", "4 May 1931"),
    ("seen 1 may 2024 in clinic", "1 may 2024"),
    ("f/u 3 may at 2pm with the NP", "3 may"),
    ("since 12 may, worse at night", "12 may"),
    ("booked for 5 may in clinic", "5 may"),
    ("seen Sept9 by ortho, cast changed", "Sept9"),
    ("F/U OCT 12 AT 0900", "OCT 12"),
])
def test_dates_written_with_may_or_a_glued_day_are_still_dates(text: str, value: str) -> None:
    assert covers(text, value, "DATE"), found(text)
