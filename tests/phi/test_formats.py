"""Identifier formats from independently written chat, and numbers that only look like identifiers."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi


def _covered(text: str, value: str) -> bool:
    i = text.index(value)
    return any(sp.start <= i and sp.end >= i + len(value) for sp in find_phi(text))


@pytest.mark.parametrize(("text", "value"), [
    ("admitted 14-Jan-2025 with sepsis", "14-Jan-2025"),
    ("seen 3/Mar/24 in clinic", "3/Mar/24"),
    ("she is ninety-one and lives alone", "ninety-one"),
    ("a ninety two year old man with CAP", "ninety two"),
    ("aged one hundred and two, still walking", "one hundred and two"),
    ("email jdoe AT rivermed DOT org for records", "jdoe AT rivermed DOT org"),
    ("write to j.doe (at) clinic (dot) com", "j.doe (at) clinic (dot) com"),
    ("driver's license D1234567 copied", "D1234567"),
    ("DL# S530-4127-8891 on the facesheet", "S530-4127-8891"),
    ("wound photo IMG_4471.HEIC attached", "IMG_4471.HEIC"),
    ("see DSC_0093.jpg for the rash", "DSC_0093.jpg"),
    ("uploaded rash_left_arm.heic", "rash_left_arm.heic"),
    ("pump serial 4471 alarming", "4471"),
    ("SN 88Q21 glucometer", "88Q21"),
    ("call 7 8 1 5 5 5 0 1 4 2 tonight", "7 8 1 5 5 5 0 1 4 2"),
    ("MRN 0048 2913 for the referral", "0048 2913"),
    ("SSN 412 58 9930 on file", "412 58 9930"),
    ("home since Christmas 2024", "Christmas 2024"),
])
def test_found_whole(text: str, value: str) -> None:
    assert _covered(text, value), [(text[s.start:s.end], s.category) for s in find_phi(text)]


@pytest.mark.parametrize("text", [
    "fever over 101F overnight",
    "temp 102 F this am, tmax 103.1",
    "spiked to 104F after the transfusion",
    "pain 8/10 in the left knee",
    "GCS 14/15 after the fall",
    "Christmas disease is factor IX deficiency",
    "worse since Thanksgiving, better after Easter",
    "holiday heart after the weekend",
    "ninety percent stenosis of the LAD",
    "BP 120 80 sitting",
])
def test_not_identifiers(text: str) -> None:
    assert find_phi(text) == [], [(text[s.start:s.end], s.category) for s in find_phi(text)]
