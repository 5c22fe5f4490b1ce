"""Reading grade (Flesch-Kincaid, via textstat) of every skill's sample output.

Renders each skill's template from its sample input and prints a table. Patient-facing documents
must read at US grade 8 or below; the script exits 1 if patient-instructions or patient-message
do not. Clinician-facing letters are shown for reference (no limit applies to them).

    python bench/skills_reading_grade.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.skills import SKILLS  # noqa: E402
from bot.skills.readability import reading_grade  # noqa: E402

LIMIT = 8.0
MUST_PASS = ("patient-instructions", "patient-message")


def main() -> int:
    rows = []
    for name, skill in SKILLS.items():
        text = skill.render(skill.sample)
        grade = reading_grade(text)
        audience = "patient" if skill.patient_facing else "clinician"
        if name in MUST_PASS or skill.patient_facing:
            verdict = "ok" if grade <= LIMIT else "TOO HARD"
        else:
            verdict = "(no limit)"
        rows.append((name, skill.template_version, audience, len(text.split()), grade, verdict))

    header = ("skill", "template", "audience", "words", "FK grade", f"<= {LIMIT:g}?")
    widths = [max(len(str(r[i])) if i != 4 else 8 for r in [header, *rows]) for i in range(6)]
    line = "  ".join(f"{{:<{w}}}" for w in widths)
    print(line.format(*header))
    print(line.format(*("-" * w for w in widths)))
    for name, version, audience, words, grade, verdict in rows:
        print(line.format(name, version, audience, words, f"{grade:.1f}", verdict))

    failed = [r[0] for r in rows if (r[0] in MUST_PASS or r[2] == "patient") and r[4] > LIMIT]
    if failed:
        print(f"\nFAIL: above grade {LIMIT:g}: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
