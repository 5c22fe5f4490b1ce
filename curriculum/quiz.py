"""Quiz mechanics: per-attempt shuffles, display letters, scoring and item rendering.

Each attempt stores its own order (items and options), so a retake is reshuffled, a restart shows
exactly the same item, and a thread reply "B" means what the learner saw as B.
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass

from bot.core.events import Button, Reply
from curriculum.loader import QuizItem

LETTERS = "ABCDE"
_ANSWER = re.compile(r"^\s*\(?([A-Ea-e])\)?[.):]?\s*$")


@dataclass(frozen=True)
class Slot:
    item: QuizItem
    options: tuple[str, ...]  # original option keys in display order

    def display_letter(self, original_key: str) -> str:
        return LETTERS[self.options.index(original_key)]

    def original_key(self, letter: str) -> str | None:
        i = LETTERS.find(letter.upper())
        return self.options[i] if 0 <= i < len(self.options) else None


def make_order(items: list[QuizItem], seed: str, *, shuffle: bool = True) -> str:
    rng = random.Random(seed)
    chosen = list(items)
    if shuffle:
        rng.shuffle(chosen)
    order = []
    for item in chosen:
        keys = [o.key for o in item.options]
        if shuffle:
            rng.shuffle(keys)
        order.append({"item": item.qualified_id, "options": keys})
    return json.dumps(order)


def slots(order_json: str, items_by_id: dict[str, QuizItem]) -> list[Slot]:
    return [Slot(items_by_id[o["item"]], tuple(o["options"])) for o in json.loads(order_json)
            if o["item"] in items_by_id]


def parse_letter(text: str) -> str | None:
    """A thread reply such as "B", "b)", "(c)" or "D." -> the letter; anything else -> None."""
    m = _ANSWER.match(text or "")
    return m.group(1).upper() if m else None


def render_item(slot: Slot, number: int, total: int, *, action_id: str, value_prefix: str, title: str,
                thread_ref: str | None) -> Reply:
    item = slot.item
    by_key = {o.key: o for o in item.options}
    lines = [item.stem, "", f"**{item.lead_in}**", ""]
    lines += [f"**{LETTERS[i]}.** {by_key[k].text}" for i, k in enumerate(slot.options)]
    buttons = [Button(LETTERS[i], action_id, f"{value_prefix}:{item.qualified_id}:{k}")
               for i, k in enumerate(slot.options)]
    return Reply(title=f"{title} — question {number} of {total}", text="\n".join(lines), buttons=buttons,
                 context=["Answer with a button or reply in this thread with the letter."],
                 where="thread", thread_ref=thread_ref)


def feedback(slot: Slot, chosen_key: str) -> str:
    item = slot.item
    by_key = {o.key: o for o in item.options}
    right = chosen_key == item.answer
    head = "✅ Correct." if right else f"❌ Not quite — the best answer is **{slot.display_letter(item.answer)}**."
    lines = [head, f"**{slot.display_letter(chosen_key)}.** {by_key[chosen_key].rationale}"]
    if not right:
        lines.append(f"**{slot.display_letter(item.answer)}.** {by_key[item.answer].rationale}")
    return "\n".join(lines)


def scaled(correct: int, total: int) -> float:
    return round(correct / total, 4) if total else 0.0
