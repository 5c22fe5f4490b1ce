"""Currency checks for the curated evidence cards.

Two rules keep the library honest over time:

* a card links the specific document it summarises (a recommendation page, a DOI,
  an article), never a site's home page or a collection of guidelines;
* a card never cites a guideline edition known to be replaced. A card whose guideline
  was replaced is either rewritten for the current edition (once a reputable source
  confirms the new position) or retired: its line moves, unchanged plus a ``retired``
  reason and ``retired_on`` date, to ``corpus/retired/*.jsonl``, which the loader does not
  read. No served card carries ``superseded_by``.
"""
from __future__ import annotations

import json
import re
from datetime import date
from urllib.parse import urlparse

import pytest

from bot.evidence.corpus import CURATED_DIR, load_cards

CARDS = load_cards()
RETIRED_DIR = CURATED_DIR / "retired"


def retired_cards() -> list[dict]:
    """Cards moved out of service, one JSON object per line in ``corpus/retired/*.jsonl``."""
    cards = []
    for path in sorted(RETIRED_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cards.append(json.loads(line))
    return cards

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
    # No current label page for this product was seen in the 2026-12-06 reviews (checked again in
    # the third pass). openFDA lists current fomepizole labels (set ids 82dc2920-... American Regent,
    # 1dea37fd-... Sagent) but no DailyMed or Drugs@FDA page for them was seen.
    "em-tox-fomepizole-toxic-alcohols": "no label page seen for a current fomepizole label",
    # Cards that combine several labels and still need one card per document. In the 2026-12-06 fourth
    # pass five combined cards were split (GLP-1 RAs, antidepressant/antipsychotic, fluoroquinolones,
    # Z-drugs/montelukast, antiarrhythmics); these two were not, for want of a seen document (details
    # in corpus/REVIEW-2026-12-06.md, "Fourth pass").
    "pharm-sglt2-surgery-ketoacidosis": (
        "current (06/2026) SGLT2 label text on the pre-surgery hold not seen; only a repository quote"),
    "pharm-allopurinol-colchicine-interactions": (
        "no label page tied to Zyloprim, azathioprine, Uloric or Colcrys by two sources"),
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


def test_no_served_card_carries_superseded_by() -> None:
    flagged = sorted(c["id"] for c in CARDS if "superseded_by" in c)
    assert not flagged, f"rewrite these cards for the current edition or retire them: {flagged}"


def test_retired_cards_have_a_reason_and_are_not_served() -> None:
    retired = retired_cards()
    assert retired, "expected the retired cards under corpus/retired/"
    served = {c["id"] for c in CARDS}
    ids = [c["id"] for c in retired]
    assert len(ids) == len(set(ids)), "a card is retired twice"
    for c in retired:
        assert isinstance(c.get("retired"), str) and c["retired"].strip(), f"{c['id']}: no reason"
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", str(c.get("retired_on", ""))), f"{c['id']}: retired_on"
        assert c["retired_on"] <= date.today().isoformat(), f"{c['id']}: retired_on in the future"
        assert c["id"] not in served, f"{c['id']} is retired but still served"


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
