"""Cited answers: extractive offline, and validation of a model's markers."""
from __future__ import annotations

import pytest

from bot.evidence import Hit
from bot.evidence.answer import DISCLAIMER, Answer, compose, validate

HITS = [
    Hit(doc_id="c1", title="Statins for primary prevention", source="Example Org: Statin statement",
        url="https://example.org/statin", published="2022", score=9.0,
        snippet="Statins are recommended for adults aged 40 to 75 years with one or more risk factors.",
        text="Statins are recommended for adults aged 40 to 75 years with one or more risk factors. "
             "The benefit is larger when 10-year risk is higher. Shared decision making is advised."),
    Hit(doc_id="c2", title="Statin adverse effects", source="Example Society: Safety review",
        url="https://example.org/safety", published="2019", score=5.0,
        snippet="Muscle symptoms are commonly reported but rarely caused by the statin.",
        text="Muscle symptoms are commonly reported but rarely caused by the statin. Liver injury is rare."),
]


class FakeLLM:
    """Implements the backend protocol (name + async complete) with a canned reply."""

    def __init__(self, reply: str | Exception, name: str = "fake-model") -> None:
        self.name = name
        self.reply = reply
        self.calls: list[list[dict]] = []

    async def complete(self, messages: list[dict], max_tokens: int = 800) -> str:
        self.calls.append(messages)
        if isinstance(self.reply, Exception):
            raise self.reply
        return self.reply


async def test_offline_extractive_cites_every_sentence() -> None:
    ans = await compose("Which adults should take a statin for primary prevention?", HITS)
    assert ans.mode == "extractive" and ans.dropped == 0
    assert 2 <= len(ans.sentences) <= 4
    assert all(s.cites and all(1 <= n <= 2 for n in s.cites) for s in ans.sentences)
    assert any("40 to 75" in s.text for s in ans.sentences)
    assert [c.n for c in ans.citations] == [1, 2]
    assert ans.citations[0].year == "2022" and ans.citations[0].url == "https://example.org/statin"
    text = ans.to_text()
    assert text.rstrip().endswith(DISCLAIMER + ".")
    assert "[1] Statins for primary prevention. Example Org: Statin statement, 2022. https://example.org/statin" in text


async def test_model_answer_validated() -> None:
    reply = ("Statins are recommended for adults aged 40 to 75 with risk factors [1]. "
             "Muscle pain is often blamed on statins but rarely caused by them. "
             "A large trial proved statins cure everything [7]. "
             "Benefit grows with baseline risk [1][2].")
    llm = FakeLLM(reply)
    ans = await compose("statin primary prevention", HITS, llm)
    assert ans.mode == "fake-model"
    assert ans.dropped == 2
    assert [s.text for s in ans.sentences] == [
        "Statins are recommended for adults aged 40 to 75 with risk factors.",
        "Benefit grows with baseline risk.",
    ]
    assert [s.cites for s in ans.sentences] == [[1], [1, 2]]
    text = ans.to_text()
    assert "(2 sentences without a valid citation removed.)" in text
    assert "[7]" not in text and text.rstrip().endswith(DISCLAIMER + ".")
    prompt = llm.calls[0][1]["content"]
    assert "[1] Statins for primary prevention (Example Org: Statin statement, 2022)" in prompt
    assert "[2] Statin adverse effects" in prompt


async def test_nothing_survives_falls_back_to_extractive() -> None:
    ans = await compose("statin", HITS, FakeLLM("Statins are great. They are always safe [9]."))
    assert ans.mode == "extractive" and ans.dropped == 2
    assert ans.sentences and all(s.cites for s in ans.sentences)
    assert "could not be matched" in ans.to_text()


async def test_model_failure_falls_back() -> None:
    ans = await compose("statin", HITS, FakeLLM(TimeoutError("slow")))
    assert ans.mode == "extractive" and ans.sentences
    assert "failed (TimeoutError)" in ans.to_text()


async def test_no_hits_and_notice() -> None:
    ans = await compose("anything", [], notice="pubmed unavailable (timed out)")
    assert isinstance(ans, Answer) and ans.sentences == [] and ans.citations == []
    text = ans.to_text()
    assert "No matching evidence" in text and "pubmed unavailable" in text
    assert text.endswith(DISCLAIMER + ".")


@pytest.mark.parametrize("text, kept, dropped", [
    ("A is true [1]. B is true. [2]", [("A is true.", [1]), ("B is true.", [2])], 0),
    ("A is true [1, 2].", [("A is true.", [1, 2])], 0),
    ("A is true [1-2].", [("A is true.", [1, 2])], 0),
    ("A [0]. B [3]. C [2].", [("C.", [2])], 2),
    ("- bullet one [1]\n- bullet two", [("bullet one", [1])], 1),
    ("", [], 0),
    ("[1]", [], 0),
])
def test_validate_rules(text: str, kept: list, dropped: int) -> None:
    sents, n = validate(text, 2)
    assert [(s.text, s.cites) for s in sents] == kept
    assert n == dropped
