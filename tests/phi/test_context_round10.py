"""Round ten: quick lowercase typing. A given name placed in a room ("rose in 203 says"), a person on a
shift or in charge of a patient ("whoever has hunter today", "lol patience from the saturday crew"), a
nickname with its description ("hank the gallon guy"), and a street named without a number or capitals
("the pharmacy on grand ave"); a place named before its kind ("Birchwood Terrace assisted living"). Times and measures stay clean. All text new, invented."""
from __future__ import annotations

import pytest

from bot.phi.detector import find_phi
from tests.phi.spans_helpers import covers, found


@pytest.mark.parametrize(("text", "value"), [
    ("rose in 203 wants her glasses from the car", "rose"),
    ("saw faith in 1412 this am, pain better", "faith"),
    ("joy in bed 9 is refusing the lovenox again", "joy"),
    ("ruby chen in slot 4 says the dressing is wet", "ruby chen"),
    ("can someone check on grace at 14, call light again", "grace"),
    ("whoever has dawn today, her son is at the desk", "dawn"),
    ("who took ray's stethoscope lol", "ray"),
    ("patience from the night crew left the keys", "patience"),
    ("hank the bread guy is here again for his flu shot", "hank"),
    ("she filled it at the walgreens on grand ave", "grand ave"),
    ("lives off cedar st near the school with her aunt", "cedar st"),
    ("the clinic on university ave closed so she came here", "university ave"),
    ("fall at Birchwood Terrace assisted living last night, daughter aware", "Birchwood Terrace"),
    ("this is Dee from Tiny Sprouts daycare calling about the rash", "Tiny Sprouts"),
    ("transfer back to Shady Oaks Nursing Home after the PICC", "Shady Oaks"),
    ("the Willows memory care sent her MAR", "Willows"),
    ("Ostrander pharmacy says the prior auth is stuck", "Ostrander"),
    ("marta's husband sven is asking about parking again", "sven"),
    ("marta's husband sven is asking about parking again", "marta"),
    ("kayden and his twin brody both need the booster", "brody"),
    ("wife faith is here with his meds list", "faith"),
    ("hal's daughter June called back", "hal"),
    ("the nowak family is in the quiet room", "nowak"),
    ("wes from the shelter called, he is bringing him over", "wes"),
    ("Everyone calls him Tank, but the chart says Delbert Voss", "Tank"),
    ("He only answers to Deacon Jim; legal name James Ohanian", "Deacon"),
    ("rusty cole in b pod says he lost his inhaler", "rusty cole"),
    ("Daria Melnyk (Дарія Мельник) needs the Ukrainian interpreter", "Дарія Мельник"),
    ("her son is driving down from Pocatello ID, ETA 4h", "Pocatello"),
    ("lives alone in Black Earth with two cats, no stairs", "Black Earth"),
    ("she is coming from Wisconsin Dells by ambulance", "Wisconsin Dells"),
    ("7 yo after tonsillectomy, dad Sky staying overnight", "Sky"),
    ("Witnesses for the thaw: Ilka Vasilescu and Tomoko Shibata, 14:20", "Ilka Vasilescu"),
    ("Wojcik colonoscopy moved to Friday, prep instructions resent", "Wojcik"),
    ("ortho: Pettigrew hemi done, WBAT", "Pettigrew"),
])
def test_lowercase_person_and_place_slots(text: str, value: str) -> None:
    assert covers(text, value), found(text)


@pytest.mark.parametrize("text", [
    "sats rose in 12 min after the neb",
    "bp rose in 10 min, recheck",
    "the guy in 12 wants ice chips",
    "pt in 14 needs a commode",
    "recheck in 2 wks, sooner if worse",
    "found on the street, ems brought him",
    "fell on the same st twice this winter",
    "who has the night shift today",
    "the old man in the lobby is waiting for transport",
    "Medicare hospice benefit covers the bed",
    "Walgreens pharmacy on the corner is out of it",
    "Local pharmacy says the generic is back",
    "does Medicaid pay for assisted living in this state?",
    "her son will call after work",
    "his wife works nights so mornings are better",
    "sister chromatid exchange was normal",
    "the host family said she can stay",
    "if the childs family wants to avoid radiation, use ultrasound",
    "she calls her Mom every night",
    "he calls them Tylenol, all of them",
    "page ID about the Stenotrophomonas",
    "Berlin ARDS criteria are met",
    "more common in people from the Middle East",
    "Mineral oil enema, then recheck",
    "gave mom Tylenol before she left",
    "Biodefense and Bioterrorism are the module titles",
    "Whipple procedure is tomorrow at 0730",
    "Nissen surgery went fine, no dysphagia",
])
def test_lowercase_times_measures_and_descriptions_stay_clean(text: str) -> None:
    assert not find_phi(text), found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("kiosk would not take her palm for Mr. Ochieng, template PV-1183-7Q; checked in by hand", "PV-1183-7Q"),
    ("the time clock won't read his finger again; template TC-FP-55120 needs re-enrolling", "TC-FP-55120"),
    ("Account for the financial-aid form: 0091 3378 2264, please keep it off the chat", "0091 3378 2264"),
])
def test_codes_named_a_clause_away(text: str, value: str) -> None:
    assert covers(text, value), found(text)


@pytest.mark.parametrize("text", [
    "use the discharge template 2024-B for heart failure",
    "account balance: 1200 dollars outstanding",
])
def test_template_and_account_words_alone_stay_clean(text: str) -> None:
    assert not find_phi(text), found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("I filed a police report, the number is 31-220917.", "31-220917"),
    ("The I-94 number for Mr. Htoo is 8802 1193 557, add it to intake", "8802 1193 557"),
    ("his C-file number is 27 604 118 for the claims office", "27 604 118"),
    ("old service number RA 15 227 906 for the burial flag", "RA 15 227 906"),
    ("Medicaid member ID: MA 6621 0458 2, active next month", "MA 6621 0458 2"),
])
def test_document_numbers_after_whose_they_are(text: str, value: str) -> None:
    assert covers(text, value), found(text)


def test_a_count_after_a_report_is_no_document_number() -> None:
    assert not find_phi("the path report says the number is 120 000 cells per field")
    assert [(s.category) for s in find_phi("crash on I-94 near exit 3")] == ["LOCATION"]


@pytest.mark.parametrize("text", [
    "Zyprexa Zydis works when they won't swallow a tab",
    "switch her to the Humalog KwikPen, same dose",
])
def test_a_drug_brands_form_is_no_name(text: str) -> None:
    assert not find_phi(text), found(text)


def test_a_newborn_after_baby_is_still_found() -> None:
    assert covers("NICU TPN for Baby Kettering had the wrong calcium", "Kettering")


def test_a_plate_after_its_state_code_without_a_space() -> None:
    assert covers("pickup at 0515, his plate is WA BTR4471 if the gate asks", "BTR4471")
    assert not find_phi("the plate is WA and the car is red")


@pytest.mark.parametrize(("text", "value"), [
    ("I had the bladder scan on the ninth and nobody called me back", "ninth"),
    ("last seen well on the evening of the sixteenth, found by a neighbor", "sixteenth"),
    ("can we move the infusion to the twenty-first, please", "twenty-first"),
])
def test_a_day_said_as_a_word(text: str, value: str) -> None:
    assert covers(text, value), found(text)


@pytest.mark.parametrize("text", [
    "on the fifth day of fever the rash appeared",
    "the fourth of five children, all healthy",
    "on the second attempt the line went in",
    "in the ninth decade of life falls are common",
])
def test_an_order_said_as_a_word_is_no_day(text: str) -> None:
    assert not find_phi(text), found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("wade's sats dropped to 86 on the treadmill, back to 94 at rest", "wade"),
    ("joan and frank came in together again, frank did the bike", "joan"),
    ("joan and frank came in together again, frank did the bike", "frank"),
    ("Sure, put Kessler on the cysto list after lunch", "Kessler"),
    ("Agree, taper Rusty off the oxycodone over two weeks", "Rusty"),
    ("the castellano twins are both here, same room please", "castellano"),
    ("ECG strip | pt NG, MEILING | HR 68 SR | tech on call", "NG, MEILING"),
])
def test_people_in_quick_team_talk(text: str, value: str) -> None:
    assert covers(text, value), found(text)


@pytest.mark.parametrize("text", [
    "today's list is long, start early",
    "labs and vitals are fine this morning",
    "put Foley in before the OR",
    "start Lasix on day 2 if the creatinine holds",
    "vitals | pt STABLE, NO DISTRESS | recheck 2h",
    "| BP, HR | q4h overnight",
])
def test_team_talk_without_people_stays_clean(text: str) -> None:
    assert not find_phi(text), found(text)
