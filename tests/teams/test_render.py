"""Reply -> Adaptive Card rendering and activity text cleaning (pure functions)."""
import json

from microsoft_agents.activity import Activity

from bot.adapters.teams import (CARD_BUDGET, chunks, clean_text, render_cards, render_form,
                                split_conversation, to_card_markdown)
from bot.core.events import Button, FileOut, Form, FormField, Reply


def test_markdown_lines_lists_links_and_citations():
    md = to_card_markdown("*Skills* — pick one:\n• `referral` — a letter\n• `appeal` — a letter\n"
                          "See <https://example.org/a|the guide>.\nSources:\n"
                          "[1] Screening for colorectal cancer. USPSTF, 2021. https://example.org/crc\n[2] Untitled note")
    assert "\n\n- `referral` — a letter\n- `appeal` — a letter\n\n" in md
    assert "[the guide](https://example.org/a)" in md
    assert "- **[1]** [Screening for colorectal cancer. USPSTF, 2021.](https://example.org/crc)" in md
    assert md.endswith("- **[2]** Untitled note")


def test_long_replies_split_into_cards_under_the_size_limit_with_buttons_last():
    para = ("Lorem ipsum dolor sit amet, ünïcödé text. " * 40 + "\n\n")
    reply = Reply(title="Long", text=para * 150, buttons=[Button("Approve", "draft.approve", "1", "primary")],
                  context=["small print"])
    cards = render_cards(reply)
    assert len(cards) >= 3
    for card in cards:
        assert len(json.dumps(card, ensure_ascii=False).encode()) < 80_000
        assert all(len(b.get("text", "")) <= 15_000 for b in card["body"])
    assert "actions" not in cards[0] and cards[-1]["actions"][0]["verb"] == "draft.approve"
    assert cards[-1]["body"][-1]["text"] == "small print" and cards[1]["body"][0]["text"].endswith("(continued)")
    text = "".join(b["text"] for c in cards for b in c["body"][1:]
                   if b.get("text") and "continued" not in b["text"])
    assert text.count("Lorem ipsum") >= 40 * 150 - 1
    assert CARD_BUDGET < 80_000


def test_many_buttons_become_action_sets():
    reply = Reply(text="Pick", buttons=[Button(str(i), "train.survey", f"1:q:{i}") for i in range(1, 9)])
    [card] = render_cards(reply)
    sets = [b for b in card["body"] if b["type"] == "ActionSet"]
    assert "actions" not in card and sum(len(s["actions"]) for s in sets) == 8


def test_form_card_inputs_and_submit():
    form = Form(callback_id="evidence.note_submit", title="Apply to practice", private_metadata='{"cycle": "c1"}',
                fields=[FormField("reflection", "How does it apply?", choices=("changed", "confirmed"), initial="confirmed"),
                        FormField("note", "Note", required=False, multiline=True, hint="no identifiers")])
    card = render_form(form)
    choice, hint_free = card["body"][1], card["body"][2]
    assert choice["type"] == "Input.ChoiceSet" and choice["value"] == "confirmed" and choice["isRequired"]
    assert hint_free["type"] == "Input.Text" and hint_free["isMultiline"] and not hint_free["isRequired"]
    [submit] = card["actions"]
    assert submit["type"] == "Action.Execute" and submit["verb"] == "evidence.note_submit"
    assert submit["data"] == {"_form": "evidence.note_submit", "_meta": '{"cycle": "c1"}'}


def test_text_files_are_inlined_and_others_explained():
    [card] = render_cards(Reply(text="Export", file=FileOut("cme.csv", b"a,b\n1,2\n", mimetype="text/csv")))
    assert any(b.get("fontType") == "Monospace" and "a,b" in b["text"] for b in card["body"])
    [card] = render_cards(Reply(text="Export", file=FileOut("c.pdf", b"%PDF-1.7", mimetype="application/pdf")))
    assert "cannot be attached" in json.dumps(card)


def test_mention_and_html_are_removed():
    act = Activity.model_validate({
        "type": "message", "text": "<at>clinibot</at> /evidence statin &amp; <b>CKD</b><br>stage 3",
        "recipient": {"id": "28:bot", "name": "clinibot"},
        "entities": [{"type": "mention", "text": "<at>clinibot</at>",
                      "mentioned": {"id": "28:bot", "name": "clinibot"}}]})
    assert clean_text(act) == "/evidence statin & CKD\nstage 3"


def test_thread_ids_and_chunking():
    assert split_conversation("19:abc@thread.tacv2;messageid=1711") == ("19:abc@thread.tacv2", "1711")
    assert split_conversation("a:1xyz") == ("a:1xyz", None)
    parts = chunks("x" * 100 + "\n\n" + "y" * 100, limit=120)
    assert parts == ["x" * 100, "y" * 100]


def test_typed_commands_and_plain_messages():
    from bot.adapters.teams import parse_command

    commands = {"draft": None, "evidence": None, "clinibot": None}
    assert parse_command("draft referral\npatient: 62-year-old woman", commands) == \
        ("draft", "referral\npatient: 62-year-old woman")
    assert parse_command("/Evidence statin CKD", commands) == ("evidence", "statin CKD")
    assert parse_command("help", commands) == ("clinibot", "help") == parse_command("", commands)
    assert parse_command("clinibot help", commands) == ("clinibot", "help")
    assert parse_command("/nosuch thing", commands) == ("nosuch", "thing")  # answered with usage + help
    assert parse_command("B", commands) is None and parse_command("b)", commands) is None
