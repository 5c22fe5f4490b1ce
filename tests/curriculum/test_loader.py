"""The curriculum loader: the real content validates, and every content rule rejects a broken fixture."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from curriculum.loader import CONTENT_ROOT, ContentError, Track, load_track, load_tracks

EXPECTED_MINUTES = {"foundations": 240, "advanced": 480, "practicum": 960}


# --------------------------------------------------------------------------- real content


def _present() -> list[str]:
    return [t for t in EXPECTED_MINUTES if (CONTENT_ROOT / t / "track.yaml").is_file()]


_LOADED: dict[str, Track] = {}


def _real(track_id: str) -> Track:
    """Load one real track on its own, so an unfinished or broken track fails only its own tests."""
    assert (CONTENT_ROOT / track_id / "track.yaml").is_file(), f"track {track_id} is missing"
    if track_id not in _LOADED:
        _LOADED[track_id] = load_track(CONTENT_ROOT / track_id)
    return _LOADED[track_id]


@pytest.mark.parametrize("track_id", list(EXPECTED_MINUTES))
def test_real_track_minutes_match_hours(track_id: str) -> None:
    track = _real(track_id)
    assert track.minutes == EXPECTED_MINUTES[track_id] == track.hours * 60
    assert track.release_date < track.expiry_date


@pytest.mark.parametrize("track_id", list(EXPECTED_MINUTES))
def test_real_track_shape(track_id: str) -> None:
    track = _real(track_id)
    for mod in track.modules:
        assert mod.track_id == track_id and track.module(mod.id) is mod
        assert len(mod.parts) >= 3 and len(mod.quiz) >= 8
        for item in mod.quiz:
            assert track.item(item.qualified_id) is item
            assert mod.reference(item.reference).url.startswith("https://")
    assert all(item.qualified_id.split("/")[0] in {m.id for m in track.modules} for item in track.assessment_items)
    assert {q.kind for q in track.evaluation} <= {"likert5", "text", "yesno"}


def test_practicum_scenarios_have_rubrics() -> None:
    for mod in _real("practicum").modules:
        assert mod.scenario and len(mod.rubric) >= 3
        assert all(set(c.levels) == set(range(c.points + 1)) for c in mod.rubric)


def test_all_content_loads_together_in_order() -> None:
    """Cross-track rules (module ids unique across tracks) and the delivery order of tracks."""
    tracks = load_tracks()
    assert list(tracks) == _present()
    ids = [m.id for t in tracks.values() for m in t.modules]
    assert len(ids) == len(set(ids))


def test_all_three_tracks_present() -> None:
    """Fails until every track has been written; the per-track tests still run meanwhile."""
    assert _present() == ["foundations", "advanced", "practicum"]


# --------------------------------------------------------------------------- fixture builder


def _item(n: int, answer: str) -> dict[str, Any]:
    return {
        "id": f"q{n}",
        "objective": 1 + n % 2,
        "stem": f"An invented patient, case {n}, is seen in clinic with a question.",
        "lead_in": "Which is the best next step?",
        "options": [
            {"key": k, "text": f"Step {k} for case {n}", "rationale": f"Why step {k} is {'right' if k == answer else 'wrong'}."}
            for k in "ABCD"
        ],
        "answer": answer,
        "reference": "ref-one",
    }


# 18 declared minutes + 8 quiz items at 1.5 min + a few words of lesson text: about 30 minutes
EXERCISE = "\n## Exercise: Try it\n<!-- activity: minutes=18; basis=draft and critique -->\nDo it; reply in the thread.\n"


def _module(n: int, minutes: int) -> dict[str, Any]:
    meta = {
        "id": f"p0{n}-case-{n}",
        "title": f"Case {n}",
        "minutes": minutes,
        "objectives": ["Do the first thing", "Do the second thing"],
        "references": [
            {"id": "ref-one", "citation": "Org One. Guideline One. 2020.", "url": "https://example.org/one"},
            {"id": "ref-two", "citation": "Org Two. Guideline Two. 2021.", "url": "https://example.org/two"},
        ],
        "scenario": True,
        "rubric": [
            {"criterion": f"Criterion {c}", "points": 3, "levels": {"3": "full", "2": "most", "1": "some", "0": "none"}}
            for c in range(3)
        ],
    }
    body = "\n".join(f"## Part {p}\nText of part {p} [ref-one].\n" for p in range(3)) + EXERCISE
    quiz = {"module": meta["id"], "items": [_item(i, "ABCD"[i % 4]) for i in range(1, 9)]}
    return {"stem": f"0{n}-case-{n}", "meta": meta, "body": body, "quiz": quiz}


def _valid() -> dict[str, Any]:
    modules = [_module(1, 30), _module(2, 30)]
    track = {
        "id": "practicum",
        "title": "Fixture track",
        "hours": 1,
        "description": "A tiny track used to test the loader.",
        "audience": "Test clinicians",
        "objectives": ["Pass the tests"],
        "release_date": date(2026, 12, 1),
        "review_date": date(2027, 12, 1),
        "expiry_date": date(2028, 12, 1),
        "pass_mark": 0.75,
        "modules": [m["meta"]["id"] for m in modules],
        "assessment_items": [f"{modules[i % 2]['meta']['id']}/q{i + 1}" for i in range(6)],
        "evaluation": [
            {"id": "relevance", "text": "How relevant?", "kind": "likert5"},
            {"id": "intent", "text": "What will you change?", "kind": "text"},
            {"id": "bias", "text": "Free of commercial bias?", "kind": "yesno"},
        ],
    }
    return {"track": track, "modules": modules}


def _write(root: Path, spec: dict[str, Any]) -> Path:
    track_dir = root / spec["track"]["id"]
    track_dir.mkdir(parents=True)
    (track_dir / "track.yaml").write_text(yaml.safe_dump(spec["track"], sort_keys=False))
    for mod in spec["modules"]:
        front = yaml.safe_dump(mod["meta"], sort_keys=False)
        (track_dir / f"{mod['stem']}.md").write_text(f"---\n{front}---\n{mod['body']}")
        if mod["quiz"] is not None:
            (track_dir / f"{mod['stem']}.quiz.yaml").write_text(yaml.safe_dump(mod["quiz"], sort_keys=False))
    return track_dir


def test_valid_fixture_loads(tmp_path: Path) -> None:
    track = load_track(_write(tmp_path, _valid()))
    assert track.minutes == 60 and len(track.modules) == 2
    mod = track.module("p01-case-1")
    assert [p.title for p in mod.parts] == ["Part 0", "Part 1", "Part 2", "Exercise: Try it"]
    assert [a.kind for a in mod.activities] == ["lesson", "lesson", "lesson", "exercise", "quiz"]
    assert mod.activities[3].minutes == 18 and mod.activities[-1].minutes == 12
    assert mod.parts[3].body == "Do it; reply in the thread." and mod.parts[3].awaits_reply
    assert mod.parts[0].body == "Text of part 0 [ref-one]."
    assert mod.quiz[0].qualified_id == "p01-case-1/q1" and mod.quiz[0].correct.key == "B"
    assert list(mod.rubric[0].levels) == [3, 2, 1, 0]
    assert track.assessment_items[1].qualified_id == "p02-case-2/q2"
    assert list(load_tracks(tmp_path)) == ["practicum"]


# --------------------------------------------------------------------------- one broken fixture per rule

Mutator = Callable[[dict[str, Any]], None]


def _m1(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["modules"][0]


def _q1(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["modules"][0]["quiz"]["items"][0]


def _set(target: Callable[[dict[str, Any]], dict[str, Any]], key: str, value: Any) -> Mutator:
    def mutate(spec: dict[str, Any]) -> None:
        target(spec)[key] = value

    return mutate


def _drop_part(spec: dict[str, Any]) -> None:
    _m1(spec)["body"] = "## Only part\nText.\n\n## Second part\nText.\n"


def _long_part(spec: dict[str, Any]) -> None:
    _m1(spec)["body"] += "## Long part\n" + "x" * 1501 + "\n"


def _dup_module_id(spec: dict[str, Any]) -> None:
    spec["modules"][1]["meta"]["id"] = "p01-case-1"
    spec["modules"][1]["quiz"]["module"] = "p01-case-1"


def _skew_answers(spec: dict[str, Any]) -> None:
    for item in _m1(spec)["quiz"]["items"][:4]:
        item["answer"] = "A"


def _dup_item(spec: dict[str, Any]) -> None:
    _m1(spec)["quiz"]["items"][1]["id"] = "q1"


def _few_items(spec: dict[str, Any]) -> None:
    del _m1(spec)["quiz"]["items"][7]


def _three_options(spec: dict[str, Any]) -> None:
    del _q1(spec)["options"][3]


def _key_order(spec: dict[str, Any]) -> None:
    opts = _q1(spec)["options"]
    opts[2]["key"], opts[3]["key"] = "D", "C"


def _no_rationale(spec: dict[str, Any]) -> None:
    _q1(spec)["options"][2]["rationale"] = " "


def _all_above(spec: dict[str, Any]) -> None:
    _q1(spec)["options"][3]["text"] = "All of the above"


def _bad_url(spec: dict[str, Any]) -> None:
    _m1(spec)["meta"]["references"][1]["url"] = "http://example.org/two"


def _no_citation(spec: dict[str, Any]) -> None:
    del _m1(spec)["meta"]["references"][1]["citation"]


def _one_reference(spec: dict[str, Any]) -> None:
    del _m1(spec)["meta"]["references"][1]


def _one_objective(spec: dict[str, Any]) -> None:
    _m1(spec)["meta"]["objectives"] = ["Only one"]
    for item in _m1(spec)["quiz"]["items"]:
        item["objective"] = 1


def _small_rubric(spec: dict[str, Any]) -> None:
    del _m1(spec)["meta"]["rubric"][2]


def _no_rubric(spec: dict[str, Any]) -> None:
    del _m1(spec)["meta"]["rubric"]


def _rubric_levels(spec: dict[str, Any]) -> None:
    del _m1(spec)["meta"]["rubric"][0]["levels"]["1"]


def _no_quiz(spec: dict[str, Any]) -> None:
    _m1(spec)["quiz"] = None


def _unlisted(spec: dict[str, Any]) -> None:
    spec["track"]["modules"] = spec["track"]["modules"][:1]
    spec["track"]["hours"] = 0.5
    spec["track"]["assessment_items"] = [f"p01-case-1/q{i}" for i in range(1, 7)]


def _bad_assessment(spec: dict[str, Any]) -> None:
    spec["track"]["assessment_items"][0] = "p01-case-1/q99"


def _survey_kind(spec: dict[str, Any]) -> None:
    spec["track"]["evaluation"][0]["kind"] = "stars"


def _no_front_matter(spec: dict[str, Any]) -> None:
    _m1(spec)["meta"] = None


def _unknown_key(spec: dict[str, Any]) -> None:
    _q1(spec)["explanation"] = "misplaced"


def _body(extra: str) -> Mutator:
    def mutate(spec: dict[str, Any]) -> None:
        _m1(spec)["body"] = "\n".join(f"## Part {p}\nText {p}.\n" for p in range(3)) + extra

    return mutate


def _both_long(spec: dict[str, Any]) -> None:
    """Each module 22 + 12 = 34 min for 30 declared (within 15 %), the track 68 for 60 (not within 10 %)."""
    for mod in spec["modules"]:
        mod["body"] = mod["body"].replace("minutes=18", "minutes=22")


def _graded(spec: dict[str, Any]) -> None:
    _m1(spec)["meta"]["exercises"] = [{"id": "ex1", "title": "Critique", "rubric": [
        {"criterion": f"C{c}", "points": 2, "levels": {"2": "all", "1": "some", "0": "none"}} for c in range(3)]}]


BROKEN: list[tuple[str, Mutator, str, str]] = [
    ("estimate-too-low", _body("## Exercise: Short\n<!-- activity: minutes=5; basis=b -->\nDo it.\n"),
     "01-case-1.md", "time estimate is 17 min but minutes is 30"),
    ("track-estimate-off-by-more-than-10pc", _both_long, "track.yaml", "more than 10% from the declared 60 min"),
    ("no-activity-comment", _body("## Exercise: Bare\nDo it.\n"), "01-case-1.md", "must be an activity comment"),
    ("lesson-with-comment", _body("## Plain\n<!-- activity: minutes=18; basis=b -->\nDo it.\n"), "01-case-1.md",
     "a lesson part takes no activity comment"),
    ("unknown-activity-key", _body("## Exercise: X\n<!-- activity: minutes=18; mins=3 -->\nDo it.\n"), "01-case-1.md",
     "allowed keys"),
    ("exercise-too-long", _body("## Exercise: X\n<!-- activity: minutes=50; basis=b -->\nDo it.\n"), "01-case-1.md",
     "an exercise takes 3-45 minutes"),
    ("reflection-too-long", _body("## Reflection: X\n<!-- activity: minutes=18; basis=b -->\nThink?\n"), "01-case-1.md",
     "a reflection takes 3-10 minutes"),
    ("case-shorter-than-its-text", _body("## Case: X\n<!-- activity: minutes=1; basis=b -->\n" + "word " * 250 + "\n"),
     "01-case-1.md", "take 1.4 min to read"),
    ("reading-without-words", _body("## Reading: X\n<!-- activity: minutes=18; basis=b -->\nRead https://example.org/a. Why? How?\n"),
     "01-case-1.md", "needs words="),
    ("reading-without-link", _body("## Reading: X\n<!-- activity: minutes=18; words=3000 -->\nRead it. Why? How?\n"),
     "01-case-1.md", "https:// URL"),
    ("reading-without-questions", _body("## Reading: X\n<!-- activity: minutes=18; words=3000 -->\nRead https://example.org/a.\n"),
     "01-case-1.md", "guiding questions"),
    ("graded-exercise-without-part", _graded, "01-case-1.md", "exercise 'ex1' must be named by exactly one Exercise part"),
    ("part-names-unknown-exercise", _body("## Exercise: X\n<!-- activity: minutes=18; exercise=ex9 -->\nDo it.\n"),
     "01-case-1.md", "names exercise 'ex9'"),
    # (case id, mutation, file that must be named, words that must appear)
    ("minutes-sum", _set(lambda s: s["modules"][0]["meta"], "minutes", 29), "track.yaml", "sum to 59"),
    ("minutes-not-int", _set(lambda s: s["modules"][0]["meta"], "minutes", 30.5), "01-case-1.md", "minutes must be a positive integer"),
    ("minutes-zero", _set(lambda s: s["modules"][0]["meta"], "minutes", 0), "01-case-1.md", "minutes must be a positive integer"),
    ("duplicate-module-id", _dup_module_id, "02-case-2.md", "already used"),
    ("module-prefix", _set(lambda s: s["modules"][0]["meta"], "id", "x01-case-1"), "01-case-1.md", "must start with 'p'"),
    ("one-objective", _one_objective, "01-case-1.md", "objectives has 1 entries, at least 2"),
    ("one-reference", _one_reference, "01-case-1.md", "references has 1 entries, at least 2"),
    ("reference-no-citation", _no_citation, "01-case-1.md", "missing required key 'citation'"),
    ("reference-http-url", _bad_url, "01-case-1.md", "url must be an https:// URL"),
    ("too-few-parts", _drop_part, "01-case-1.md", "2 parts"),
    ("part-too-long", _long_part, "01-case-1.md", "limit is 1500"),
    ("text-before-heading", _set(_m1, "body", "Intro\n## A\nx\n## B\ny\n## C\nz\n"), "01-case-1.md", "before the first '## ' heading"),
    ("inline-citation-dangling", _set(_m1, "body", "## A\nSee [ref-one].\n## B\nSee [ref-gone].\n## C\nz\n"), "01-case-1.md", "cites [ref-gone]"),
    ("no-front-matter", _no_front_matter, "01-case-1.md", "front matter must be a mapping"),
    ("scenario-without-rubric", _no_rubric, "01-case-1.md", "has no rubric"),
    ("rubric-two-criteria", _small_rubric, "01-case-1.md", "rubric has 2 entries, at least 3"),
    ("rubric-missing-level", _rubric_levels, "01-case-1.md", "every score 0-3"),
    ("quiz-missing", _no_quiz, "01-case-1.quiz.yaml", "quiz file not found"),
    ("quiz-module-mismatch", _set(lambda s: s["modules"][0]["quiz"], "module", "p09-other"), "01-case-1.quiz.yaml", "does not match the lesson id"),
    ("quiz-seven-items", _few_items, "01-case-1.quiz.yaml", "items has 7 entries, at least 8"),
    ("duplicate-item-id", _dup_item, "01-case-1.quiz.yaml", "duplicate item id 'q1'"),
    ("three-options", _three_options, "01-case-1.quiz.yaml", "item q1: has 3 options"),
    ("six-options", lambda s: _q1(s)["options"].extend(
        [{"key": "E", "text": "e", "rationale": "r"}, {"key": "F", "text": "f", "rationale": "r"}]
    ), "01-case-1.quiz.yaml", "has 6 options"),
    ("option-keys-out-of-order", _key_order, "01-case-1.quiz.yaml", "expected 'C'"),
    ("answer-not-an-option", _set(_q1, "answer", "E"), "01-case-1.quiz.yaml", "item q1: answer 'E' is not one of the options A-D"),
    ("answer-missing", lambda s: _q1(s).pop("answer"), "01-case-1.quiz.yaml", "item q1: missing required key 'answer'"),
    ("empty-rationale", _no_rationale, "01-case-1.quiz.yaml", "item q1: option C has no rationale"),
    ("all-of-the-above", _all_above, "01-case-1.quiz.yaml", "all/none of the above"),
    ("reference-unresolved", _set(_q1, "reference", "ref-nowhere"), "01-case-1.quiz.yaml", "reference 'ref-nowhere' is not a reference id"),
    ("objective-out-of-range", _set(_q1, "objective", 3), "01-case-1.quiz.yaml", "objective 3 is not between 1 and 2"),
    ("objective-zero", _set(_q1, "objective", 0), "01-case-1.quiz.yaml", "objective 0 is not between 1 and 2"),
    ("answers-skewed", _skew_answers, "01-case-1.quiz.yaml", "answer 'A' is correct in 5 of 8"),
    ("unknown-item-key", _unknown_key, "01-case-1.quiz.yaml", "unknown key 'explanation'"),
    ("module-not-listed", _unlisted, "02-case-2.md", "not listed"),
    ("assessment-unresolved", _bad_assessment, "track.yaml", "'p01-case-1/q99' does not resolve"),
    ("assessment-too-few", lambda s: s["track"]["assessment_items"].pop(), "track.yaml", "5 entries, expected 6-10"),
    ("survey-kind", _survey_kind, "track.yaml", "kind 'stars'"),
    ("track-title-empty", _set(lambda s: s["track"], "title", None), "track.yaml", "title must be a non-empty string"),
    ("pass-mark", _set(lambda s: s["track"], "pass_mark", 75), "track.yaml", "pass_mark"),
    ("dates-out-of-order", _set(lambda s: s["track"], "expiry_date", date(2026, 1, 1)), "track.yaml", "release_date <= review_date"),
]


@pytest.mark.parametrize(("mutate", "filename", "words"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_content_is_rejected(tmp_path: Path, mutate: Mutator, filename: str, words: str) -> None:
    spec = copy.deepcopy(_valid())
    mutate(spec)
    track_dir = _write(tmp_path, spec)
    with pytest.raises(ContentError) as caught:
        load_track(track_dir)
    message = str(caught.value)
    first = message.split(": ", 1)[0]
    assert first.endswith(filename), message
    assert words in message, message


def test_graded_exercise_and_model_answer(tmp_path: Path) -> None:
    spec = _valid()
    _graded(spec)
    _m1(spec)["body"] = _m1(spec)["body"].replace("minutes=18; basis", "minutes=18; exercise=ex1; basis").replace(
        "Do it; reply in the thread.", "Do it; reply in the thread.\n---\nModel answer: the best reply [ref-two].")
    mod = load_track(_write(tmp_path, spec)).module("p01-case-1")
    part = mod.parts[3]
    assert part.exercise == "ex1" and part.model_answer == "Model answer: the best reply [ref-two]."
    assert "Model answer" not in part.body and mod.exercise("ex1").max_points == 6


def test_estimate_breakdown_is_printed(tmp_path: Path) -> None:
    from curriculum import timing

    track = load_track(_write(tmp_path, _valid()))
    assert timing.estimate_minutes(track.modules[0]) == 30
    text = timing.render_breakdown(track)
    assert "exercise   x1     18.0 min  declared: 18 (draft and critique)" in text
    assert "quiz       x1     12.0 min  8 items at 1.5 min" in text and "TOTAL estimate 60 min" in text


def test_inline_citation_rule_ignores_code_and_links(tmp_path: Path) -> None:
    spec = _valid()
    spec["modules"][0]["body"] = ("## A\nType `[MEMBER ID]` and `/draft x [text]`.\n## B\nA [link](https://example.org) [ref-two].\n"
                                  "## C\n[ ] [x] done.\n" + EXERCISE)
    assert load_track(_write(tmp_path, spec)).module("p01-case-1").parts[1].title == "B"


def test_track_id_must_match_directory(tmp_path: Path) -> None:
    track_dir = _write(tmp_path, _valid())
    renamed = track_dir.rename(tmp_path / "advanced")
    with pytest.raises(ContentError, match=r"track\.yaml: id 'practicum' does not match its directory name 'advanced'"):
        load_track(renamed)


def test_module_ids_unique_across_fixture_tracks(tmp_path: Path) -> None:
    _write(tmp_path, _valid())
    other = _valid()
    other["track"]["id"] = "zeta"
    _write(tmp_path, other)
    with pytest.raises(ContentError, match=r"zeta/01-case-1\.md: module id 'p01-case-1' is already used"):
        load_tracks(tmp_path)


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    track_dir = _write(tmp_path, _valid())
    (track_dir / "02-case-2.quiz.yaml").write_text("module: [unclosed\n")
    with pytest.raises(ContentError, match=r"02-case-2\.quiz\.yaml: invalid YAML"):
        load_track(track_dir)


def test_orphan_quiz_is_rejected(tmp_path: Path) -> None:
    track_dir = _write(tmp_path, _valid())
    (track_dir / "03-stray.quiz.yaml").write_text("module: p03-stray\nitems: []\n")
    with pytest.raises(ContentError, match=r"03-stray\.quiz\.yaml: quiz file has no matching lesson"):
        load_track(track_dir)
