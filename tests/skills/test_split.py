"""Long drafts split on paragraph boundaries to fit a chat platform's limits."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.skills import SKILLS, split_for_platform


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_short_text_is_one_chunk():
    assert split_for_platform("  one paragraph  ", 100) == ["one paragraph"]
    assert split_for_platform("", 100) == []


def test_splits_between_paragraphs():
    paras = [f"Paragraph {i}. " + "word " * 30 for i in range(10)]
    text = "\n\n".join(p.strip() for p in paras)
    chunks = split_for_platform(text, 400)
    assert len(chunks) > 1
    assert all(len(c) <= 400 for c in chunks)
    for chunk in chunks:
        assert chunk.startswith("Paragraph ")  # never starts mid-paragraph
    assert _squash("".join(chunks)) == _squash(text)


def test_long_paragraph_splits_on_lines_then_sentences_then_words():
    text = "First sentence is here. " * 20 + "\n" + "x" * 250
    chunks = split_for_platform(text, 100)
    assert all(len(c) <= 100 for c in chunks)
    assert chunks[0].startswith("First sentence is here.") and chunks[0].endswith(".")
    assert _squash("".join(chunks)) == _squash(text)


def test_real_document_fits_a_section_block():
    skill = SKILLS["discharge-summary"]
    text = skill.render(skill.sample)
    chunks = split_for_platform(text, 500)
    assert all(len(c) <= 500 for c in chunks)
    assert all(c.startswith(("#", "**", "-", "1.")) for c in chunks)
    assert _squash("".join(chunks)) == _squash(text)


def test_limit_must_be_positive():
    with pytest.raises(ValueError):
        split_for_platform("text", 0)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab .\n"), min_size=0, max_size=600),
    st.integers(min_value=1, max_value=120),
)
def test_chunks_fit_and_keep_every_character(text, limit):
    chunks = split_for_platform(text, limit)
    assert all(0 < len(c) <= limit for c in chunks)
    assert _squash("".join(chunks)) == _squash(text)
