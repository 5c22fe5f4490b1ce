"""Currency checks for the curated evidence cards.

Two rules keep the library honest over time:

* a card links the specific document it summarises (a recommendation page, a DOI,
  an article), never a site's home page or a collection of guidelines;
* a card never cites a guideline edition known to be replaced as if it were current.
  Cards kept for an older edition carry ``superseded_by`` naming the replacement and
  say so in their statement, so a reader of the answer sees it too.
"""
from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

import pytest

from bot.evidence.corpus import load_cards

CARDS = load_cards()

# Last path segments that name a collection rather than one document.
INDEX_SEGMENTS = {
    "recommendations", "recommendation-topics", "guidelines", "guidance", "topics",
    "clinical-guidance", "clinical-practice-guidelines", "cpr-and-ecc-guidelines",
    "drug-safety-communications", "dailymed", "daf", "publications", "resources",
    "index.html", "index.htm", "index.php", "default.aspx",
}

# Cards whose only current link is still a collection page, with the reason. This
# list may only shrink: the test below fails if a listed card is fixed but left here,
# or if any other card links an index page.
INDEX_URL_BACKLOG = {
    # Product labels: the specific DailyMed/Drugs@FDA label pages need set ids or
    # application numbers that were not verified during the review.
    **{cid: "label page not yet verified" for cid in (
        "em-tox-acetaminophen-nac-iv-regimen", "em-tox-acetaminophen-nomogram",
        "em-tox-fomepizole-toxic-alcohols", "em-tox-hydroxocobalamin-cyanide",
        "em-tox-idarucizumab-dabigatran", "em-tox-4f-pcc-warfarin", "em-tox-naloxone-nasal",
        "em-tox-flumazenil-seizure-risk", "id-covid-nirmatrelvir-ritonavir",
        "pharm-acetaminophen-overdose-nac", "pharm-apixaban-af-dose-reduction",
        "pharm-doac-renal-dosing-af", "pharm-sglt2-surgery-ketoacidosis", "pharm-glp1-boxed-thyroid",
        "pharm-thiazolidinedione-heart-failure", "pharm-levothyroxine-ptu-boxed",
        "pharm-romosozumab-boxed", "pharm-raas-fetal-toxicity",
        "pharm-antidepressant-antipsychotic-boxed", "pharm-allopurinol-colchicine-interactions",
        "pharm-hla-pharmacogenomic-screening",
    )},
    # FDA Drug Safety Communications: each has its own page, not yet verified.
    **{cid: "drug safety communication page not yet verified" for cid in (
        "pharm-citalopram-ondansetron-qt",
        "pharm-antiarrhythmic-boxed-warnings", "pharm-simvastatin-dose-interactions",
        "pharm-serotonin-syndrome-interactions",
        "pharm-fluoroquinolone-warnings", "pharm-z-drugs-montelukast-warnings",
    )},
    # Cards that summarise three USPSTF statements at once: split them to link each.
    "pc-ovarian-pancreatic-thyroid-cancer-screening": "combines three statements",
    "pc-carotid-ecg-af-screening": "combines three statements",
    "pc-skin-cancer-vitamin-d-cognitive-screening": "combines three statements",
    "ob-influenza-vaccine-pregnancy": "committee opinion page not yet verified",
}

# Editions replaced by a newer one, matched against title, source and statement.
SUPERSEDED_EDITIONS = {
    "ADA Standards of Care 2024": re.compile(r"Standards of Care in Diabetes\s*[—–-]\s*2024|dc24-S\d"),
    "ADA Standards of Care 2025": re.compile(r"Standards of Care in Diabetes\s*[—–-]\s*2025|dc25-S\d"),
    "Surviving Sepsis Campaign 2021": re.compile(r"Surviving Sepsis Campaign\b.*\b2021|10\.1007/s00134-021-06506-y"),
    "2017 ACC/AHA high blood pressure guideline": re.compile(
        r"2017 ACC/AHA[^.]*High Blood Pressure|10\.1161/HYP\.0000000000000065", re.I),
    "2020 AHA CPR and ECC guidelines": re.compile(
        r"2020 American Heart Association Guidelines for Cardiopulmonary Resuscitation"),
}


def is_index_url(url: str) -> bool:
    """True when a URL names a site or a collection rather than one document."""
    parts = urlparse(url)
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return True
    return segments[-1].lower() in INDEX_SEGMENTS


def cited_editions(card: dict) -> list[str]:
    text = " ".join(str(card[k]) for k in ("title", "source_title", "statement", "url"))
    return [name for name, rx in SUPERSEDED_EDITIONS.items() if rx.search(text)]


@pytest.mark.parametrize("url, expected", [
    ("https://www.hcvguidelines.org/", True),
    ("https://www.example.org", True),
    ("https://dailymed.nlm.nih.gov/dailymed/", True),
    ("https://www.uspreventiveservicestaskforce.org/uspstf/recommendation-topics", True),
    ("https://www.acog.org/clinical/clinical-guidance", True),
    ("https://www.endocrine.org/clinical-practice-guidelines", True),
    ("https://www.cdc.gov/vaccines/schedules/index.html", True),
    ("https://example.org/recommendations/", True),
    ("https://example.org/topics", True),
    ("https://doi.org/10.1210/clinem/dgae290", False),
    ("https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/hepatitis-c-screening", False),
    ("https://pubmed.ncbi.nlm.nih.gov/8433468/", False),
    ("https://www.cdc.gov/mmwr/volumes/70/rr/rr7004a1.htm", False),
])
def test_index_url_checker(url: str, expected: bool) -> None:
    assert is_index_url(url) is expected


def test_cards_link_specific_documents() -> None:
    flagged = {c["id"] for c in CARDS if is_index_url(c["url"])}
    new = sorted(flagged - INDEX_URL_BACKLOG.keys())
    fixed = sorted(INDEX_URL_BACKLOG.keys() - flagged)
    assert not new, f"cards link an index page instead of the document: {new}"
    assert not fixed, f"cards now link a document; remove them from INDEX_URL_BACKLOG: {fixed}"


def test_superseded_editions_are_not_cited_as_current() -> None:
    current = [(c["id"], cited_editions(c)) for c in CARDS if "superseded_by" not in c]
    offenders = [(cid, eds) for cid, eds in current if eds]
    assert not offenders, f"cards cite a replaced edition without superseded_by: {offenders}"


def test_superseded_cards_say_so() -> None:
    flagged = [c for c in CARDS if "superseded_by" in c]
    assert flagged, "expected the cards kept for replaced editions to be flagged"
    for c in flagged:
        assert isinstance(c["superseded_by"], str) and c["superseded_by"].strip(), c["id"]
        assert "superseded" in c["statement"], f"{c['id']}: statement must tell the reader"


def test_checker_catches_old_editions() -> None:
    base = {"title": "t?", "statement": "s.", "url": "https://doi.org/x"}
    assert cited_editions({**base, "source_title": "6. Glycemic Goals: Standards of Care in Diabetes—2024"})
    assert cited_editions({**base, "source_title": "Surviving Sepsis Campaign: International Guidelines 2021"})
    assert cited_editions({**base, "source_title": "2017 ACC/AHA/AAPA/ABC/ACPM/AGS/APhA/ASH/ASPC/NMA/PCNA "
                                                    "Guideline for the Prevention, Detection, Evaluation, and "
                                                    "Management of High Blood Pressure in Adults"})
    assert not cited_editions({**base, "source_title": "Standards of Care in Diabetes—2026"})


def test_reviewed_dates_are_not_in_the_future() -> None:
    for c in CARDS:
        assert c["reviewed"] <= date.today().isoformat(), f"{c['id']}: reviewed {c['reviewed']}"
