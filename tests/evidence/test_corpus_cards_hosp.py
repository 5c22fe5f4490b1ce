"""Shape checks for the hospital/emergency/paediatric/obstetric/ID evidence cards.

Clinicians act on these cards, so a card with a missing source, a non-https link, a wrong domain or
an over-long statement must fail loudly here rather than surface as a citation nobody can check.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.evidence.corpus import CURATED_DIR, validate_card

CARD_FILE = CURATED_DIR / "cards_hosp_em_peds_ob_id.jsonl"

REQUIRED_KEYS = {
    "id", "title", "statement", "population", "grade_or_level", "source_org", "source_title",
    "year", "url", "topics", "domain", "reviewed",
}
DOMAIN_PREFIX = {
    "hospital medicine": "hosp-",
    "emergency medicine": "em-",
    "pediatrics": "peds-",
    "obstetrics": "ob-",
    "infectious disease": "id-",
}
MIN_CARDS = 160
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
# A sentence ends at . ! or ? followed by whitespace and a capital, digit, quote or bracket, so
# "C. difficile", "S. aureus" and decimals such as "0.25" do not split a sentence.
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"(])")


def _lines() -> list[tuple[int, str]]:
    text = Path(CARD_FILE).read_text(encoding="utf-8")
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def _cards() -> list[tuple[int, dict]]:
    return [(n, json.loads(line)) for n, line in _lines()]


def test_file_exists_and_has_enough_cards() -> None:
    assert CARD_FILE.is_file(), f"missing {CARD_FILE}"
    assert len(_lines()) >= MIN_CARDS


def test_every_line_parses_as_object() -> None:
    for n, line in _lines():
        try:
            card = json.loads(line)
        except json.JSONDecodeError as exc:  # pragma: no cover - failure path
            pytest.fail(f"line {n}: invalid JSON ({exc.msg})")
        assert isinstance(card, dict), f"line {n}: not a JSON object"


OPTIONAL_KEYS = {"superseded_by"}


def test_exact_keys_and_non_empty_values() -> None:
    for n, card in _cards():
        keys = set(card) - OPTIONAL_KEYS
        assert keys == REQUIRED_KEYS, f"line {n}: keys {sorted(keys ^ REQUIRED_KEYS)}"
        for key in REQUIRED_KEYS - {"year", "topics"}:
            value = card[key]
            assert isinstance(value, str) and value.strip(), f"line {n}: empty {key!r}"


def test_ids_unique_kebab_and_prefixed_by_domain() -> None:
    seen: dict[str, int] = {}
    for n, card in _cards():
        cid = card["id"]
        assert ID_RE.match(cid), f"line {n}: id {cid!r} is not kebab-case"
        assert cid not in seen, f"line {n}: duplicate id {cid!r} (first at line {seen[cid]})"
        seen[cid] = n
        assert card["domain"] in DOMAIN_PREFIX, f"line {n}: invalid domain {card['domain']!r}"
        assert cid.startswith(DOMAIN_PREFIX[card["domain"]]), f"line {n}: id {cid!r} vs domain"


def test_year_is_int_in_range() -> None:
    for n, card in _cards():
        year = card["year"]
        assert isinstance(year, int) and not isinstance(year, bool), f"line {n}: year {year!r}"
        assert 1990 <= year <= 2026, f"line {n}: year {year} out of range"


def test_url_is_https() -> None:
    for n, card in _cards():
        assert re.match(r"^https://[^\s/]+\.[^\s]+$", card["url"]), f"line {n}: url {card['url']!r}"


def test_statement_has_two_to_five_sentences() -> None:
    for n, card in _cards():
        sentences = [s for s in SENTENCE_SPLIT.split(card["statement"].strip()) if s]
        assert 2 <= len(sentences) <= 5, f"line {n} ({card['id']}): {len(sentences)} sentences"
        assert card["statement"].rstrip()[-1] in ".!?", f"line {n}: statement must end a sentence"


def test_topics_non_empty_and_include_domain() -> None:
    for n, card in _cards():
        topics = card["topics"]
        assert isinstance(topics, list) and topics, f"line {n}: empty topics"
        assert all(isinstance(t, str) and t.strip() and t == t.lower() for t in topics), f"line {n}"
        assert card["domain"] in topics, f"line {n}: topics must include the domain tag"


def test_reviewed_date_and_project_validator_accepts_every_card() -> None:
    for n, card in _cards():
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", card["reviewed"]), f"line {n}"
        validate_card(card, f"{CARD_FILE.name}:{n}")


def test_every_domain_is_represented() -> None:
    domains = {card["domain"] for _, card in _cards()}
    assert domains == set(DOMAIN_PREFIX)


def test_dose_cards_carry_a_label_check() -> None:
    """Cards that state a drug dose must tell the reader to check the label and the patient."""
    dose = re.compile(r"\b\d+(?:\.\d+)?\s?(?:mg|g|units|micrograms|mcg)(?:/kg)?\b.*\b(?:IV|IM|orally|daily|every)\b")
    for n, card in _cards():
        if card["domain"] and dose.search(card["statement"]) and "label" not in card["statement"].lower():
            # Screening or trial cards may quote a dose from the source without prescribing it.
            assert card["grade_or_level"] in {"RCT"} or "USPSTF" in card["grade_or_level"], (
                f"line {n} ({card['id']}): dose without a label/patient check"
            )
