"""Round 18 of the offline shorthand rules: invented one-line requests, one or more per rule."""
from __future__ import annotations

from bot.skills import SKILLS


def _pa(text: str) -> dict[str, str]:
    return SKILLS["prior-auth"].extract(text)


def test_no_prior_therapy_is_the_prior_therapy_line_in_a_prior_auth() -> None:
    got = _pa("hip arthroscopy 29914, Aetna, std, 31F FAI cam lesion, alpha angle 68, no prior injections")
    assert "no prior injections" in got.get("prior_therapies", "")
    assert "injections" not in got.get("medical_necessity", "")


def test_no_prior_therapy_in_an_appeal_goes_with_the_therapies() -> None:
    got = SKILLS["appeal"].extract("Cigna denied inpatient rehab, ref CG-7781234, 1st level; 77M L MCA stroke; "
                                   "no prior rehab; pls overturn")
    assert "no prior rehab" in got.get("prior_therapies", "")


def test_no_prior_in_a_referral_stays_history() -> None:
    got = SKILLS["referral"].extract("to GI, 52M iron deficiency anemia, no prior colonoscopy, routine")
    assert "no prior colonoscopy" in got.get("history", "")
