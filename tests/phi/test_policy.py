"""One policy per mode: what inbound text triggers, what reaches the model, the database, the logs."""
from __future__ import annotations

import pytest

from bot.phi.policy import PhiBlocked, PhiGuard, PhiMode

PHI_TEXT = "summarize for pt Deshawn Carter, MRN 00482913, DOB 3/4/61"
CLEAN_TEXT = "K 3.4, Bell's palsy, GCS 15, metoprolol 25 mg"
RAW = ("Deshawn", "Carter", "00482913", "3/4/61")


def _clean_of_raw(text: str) -> bool:
    return not any(v in text for v in RAW)


@pytest.mark.parametrize(("mode", "action"), [
    ("warn", "warn"), ("redact", "redact"), ("block", "block"), ("baa", "allow"),
])
def test_inspect_action_per_mode(mode: str, action: str) -> None:
    guard = PhiGuard(mode)
    verdict = guard.inspect(PHI_TEXT)
    assert verdict.found
    assert verdict.action == action
    assert verdict.categories == ("DATE", "MRN", "NAME")
    assert _clean_of_raw(verdict.redacted.text)
    clean = guard.inspect(CLEAN_TEXT)
    assert not clean.found and clean.action == "allow" and clean.categories == ()


@pytest.mark.parametrize("mode", list(PhiMode))
def test_notice_names_categories_and_shows_the_author_the_words(mode: PhiMode) -> None:
    guard = PhiGuard(mode)
    note = guard.notice(guard.inspect(PHI_TEXT))
    assert "name" in note and "medical record number" in note and "date" in note
    if mode is PhiMode.WARN:  # the author sees which words would be replaced
        assert "`Deshawn Carter`" in note and "`00482913`" in note and "`3/4/61`" in note
    else:
        assert _clean_of_raw(note)
    if mode is PhiMode.WARN:
        assert "Continue redacted" in note and "Cancel" in note and "Not identifiers: send as typed" in note
    if mode is PhiMode.BLOCK:
        assert "not sent" in note
    if mode is PhiMode.REDACT:
        assert "removed" in note
    assert guard.notice(guard.inspect(CLEAN_TEXT)) == ""


def test_for_model() -> None:
    assert _clean_of_raw(PhiGuard("warn").for_model(PHI_TEXT))
    assert _clean_of_raw(PhiGuard("redact").for_model(PHI_TEXT))
    assert PhiGuard("baa").for_model(PHI_TEXT) == PHI_TEXT
    with pytest.raises(PhiBlocked) as err:
        PhiGuard("block").for_model(PHI_TEXT)
    assert _clean_of_raw(str(err.value)) and err.value.categories == ("DATE", "MRN", "NAME")
    assert PhiGuard("block").for_model(CLEAN_TEXT) == CLEAN_TEXT


def test_for_storage() -> None:
    for mode in ("warn", "redact", "block"):
        assert _clean_of_raw(PhiGuard(mode).for_storage(PHI_TEXT))
    assert PhiGuard("baa").for_storage(PHI_TEXT) == PHI_TEXT


@pytest.mark.parametrize("mode", list(PhiMode))
def test_for_log_always_redacts_even_with_baa(mode: PhiMode) -> None:
    assert _clean_of_raw(PhiGuard(mode).for_log(PHI_TEXT))


def test_mode_from_env() -> None:
    assert PhiMode.from_env({}) is PhiMode.WARN
    assert PhiMode.from_env({"CLINIBOT_PHI_MODE": "BAA"}) is PhiMode.BAA
    with pytest.raises(ValueError):
        PhiMode.from_env({"CLINIBOT_PHI_MODE": "off"})


def test_vouched_values_pass_model_and_storage_but_never_logs() -> None:
    text = "Virchow node and a Trousseau sign in pt Deshawn Carter"
    guard = PhiGuard("warn")
    with guard.vouched(["Deshawn Carter"]):
        assert "Deshawn Carter" in guard.for_model(text)
        assert "Deshawn Carter" in guard.for_storage(text)
        assert "Deshawn" not in guard.for_log(text)
    assert "Deshawn" not in guard.for_model(text)  # only within the block
    with guard.vouched(["Deshawn"]):  # a part of a value does not vouch for the whole
        assert "Deshawn" not in guard.for_model(text)
