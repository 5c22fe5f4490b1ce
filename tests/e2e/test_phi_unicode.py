"""Identifiers hidden with Unicode or spacing, sent as signed Slack commands: in block mode none of
them reaches the database, the model or the logs; in redact mode each is replaced whole (no half of a
zero-width-split value survives) before the model, the database or the logs see it.

The guard folds the text at its one choke point (``find_phi``), so these go through the same path
every command takes: adapter -> dispatcher -> PHI guard -> services -> model / storage / logs.
"""
import json
import logging

import pytest

from tests.conftest import model_env
from tests.e2e.test_phi_end_to_end import dump_database

ZW, RLM, RLO, PDF = "\u200b", "\u200f", "\u202e", "\u202c"

# (id, how it is typed, strings that must not appear anywhere afterwards)
TRICKS = [
    ("zero-width MRN", f"MRN 004{ZW}829{ZW}13", ["00482913", "482913", f"004{ZW}829", f"829{ZW}13"]),
    ("bidi phone", f"call {RLO}617-555-0142{PDF} tonight", ["617-555-0142", "555-0142"]),
    ("rtl mark in date", f"DOB 3/4{RLM}/61", [f"3/4{RLM}/61", "3/4/61"]),
    ("full-width DOB", "DOB \uff13/\uff14/\uff16\uff11", ["\uff13/\uff14/\uff16\uff11", "3/4/61"]),
    ("Arabic-Indic MRN", "MRN \u0660\u0660\u0664\u0668\u0662\u0669\u0661\u0663",
     ["\u0660\u0660\u0664\u0668\u0662\u0669\u0661\u0663", "00482913"]),
    ("Cyrillic M in MRN", "\u041cRN 55812093", ["55812093"]),
    ("spaced-out phone", "cell 6 1 7 5 5 5 0 1 4 2", ["6 1 7 5 5 5 0 1 4 2", "5 5 5 0 1 4 2"]),
    ("SSN split by spaces", "SSN 412 58 9930", ["412 58 9930", "58 9930"]),
    ("MRN split by a space", "MRN 0048 2913", ["0048 2913", "2913"]),
    ("zero-width name", f"pt Desh{ZW}awn Carter", ["Carter", f"Desh{ZW}awn", "Deshawn"]),
]
IDS = [t[0] for t in TRICKS]


def _forms(value: str) -> list[str]:
    """The value as typed and as it appears inside JSON (non-ASCII escaped)."""
    return [value, json.dumps(value)[1:-1]]


def _assert_nowhere(raw: list[str], **places: str) -> None:
    for value in raw:
        for form in _forms(value):
            for where, text in places.items():
                assert form not in text, f"{value!r} reached the {where}"


@pytest.fixture
def model(fake_model):
    return fake_model


@pytest.fixture
def settings_env(model, request):
    return model_env(model, CLINIBOT_PHI_MODE=getattr(request, "param", "block"))


@pytest.mark.parametrize("settings_env", ["block"], indirect=True)
@pytest.mark.parametrize(("typed", "raw"), [t[1:] for t in TRICKS], ids=IDS)
async def test_block_mode_refuses_every_hidden_identifier(slack, model, caplog, settings_env, typed, raw):
    caplog.set_level(logging.DEBUG)
    await slack.command("/evidence", f"statin dose for {typed} with CKD 3")
    [reply] = await slack.api.wait_for("chat.postEphemeral")
    assert "not sent" in reply["text"]
    await slack.settle()
    assert not model.requests, "the model was called"
    assert not slack.api.of("chat.postMessage")
    logs = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    _assert_nowhere(raw, database=await dump_database(slack.svc), reply=json.dumps(reply), logs=logs)


REFERRAL = ("referral patient: 58-year-old man; referring specialty: family medicine; receiving specialty: "
            "cardiology; urgency: routine; reason: {typed}, exertional chest tightness; clinical question: "
            "stress test or CT angiography?; history: hypertension; medications: lisinopril 20 mg daily; "
            "allergies: none known; results: ECG normal; tried: nitroglycerin as needed")


@pytest.mark.parametrize("settings_env", ["redact"], indirect=True)
@pytest.mark.parametrize(("typed", "raw"), [t[1:] for t in TRICKS], ids=IDS)
async def test_redact_mode_replaces_every_hidden_identifier_whole(slack, model, caplog, settings_env, typed, raw):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("clinibot.test").warning("clinician typed %s", typed)  # a careless log line
    await slack.command("/draft", REFERRAL.format(typed=typed))
    await slack.api.wait_for("chat.postMessage")
    await slack.settle()
    assert model.requests, "the model was called"
    sent = json.dumps(model.requests)
    assert "[" in sent and any(f"[{c}-1]" in sent for c in ("MRN", "PHONE", "DATE", "SSN", "ID", "NAME"))
    logs = caplog.text + "\n".join(r.getMessage() for r in caplog.records)
    _assert_nowhere(raw, model=sent, database=await dump_database(slack.svc), logs=logs)
