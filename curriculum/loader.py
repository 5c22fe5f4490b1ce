"""Load and validate curriculum tracks: lessons in Markdown with YAML front matter, quizzes in YAML.

Content is data written by clinician-educators, and learners act on it, so every rule of the content
format is checked here. A malformed item fails at load time with the file and the problem named
(`<file>: item q4: answer 'E' is not one of the options A-D`), never halfway through a lesson.
Nothing is cached at module level: callers that want a cache keep the returned objects.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

import yaml

from curriculum import timing

CONTENT_ROOT = Path(__file__).resolve().parent / "content"
TRACK_ORDER = ("foundations", "advanced", "practicum")
MODULE_PREFIX = {"foundations": "f", "advanced": "a", "practicum": "p"}

MIN_OBJECTIVES = 2
MIN_REFERENCES = 2
MIN_PARTS = 3
MAX_PART_CHARS = 1500
MIN_ITEMS = 8
OPTION_COUNTS = (4, 5)
MAX_ANSWER_SHARE = 0.40
MIN_RUBRIC_CRITERIA = 3
ASSESSMENT_ITEMS_RANGE = (6, 10)
SURVEY_KINDS = ("likert5", "text", "yesno")

_MODULE_FILE = re.compile(r"^\d{2}-[a-z0-9][a-z0-9-]*\.md$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_ITEM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_HEADING = re.compile(r"(?m)^## (?=\S)")
_CATCH_ALL = re.compile(r"\b(all|none) of the (above|options)\b", re.IGNORECASE)
_INLINE_CITE = re.compile(r"(?<![`\w])\[([a-z0-9][a-z0-9-]*[a-z0-9])\](?!\()")  # [ref-id], not a [link](url)
_CODE_SPAN = re.compile(r"`[^`\n]*`")

_TRACK_KEYS = (
    "id", "title", "hours", "description", "audience", "objectives", "release_date",
    "review_date", "expiry_date", "pass_mark", "modules", "assessment_items", "evaluation",
)
_MODULE_KEYS = ("id", "title", "minutes", "objectives", "references")
_MODULE_OPTIONAL = ("scenario", "rubric", "exercises")
_KIND_PREFIX = {"Case": "case", "Exercise": "exercise", "Reading": "reading", "Reflection": "reflection"}
_KIND_HEADING = re.compile(r"^(Case|Exercise|Reading|Reflection):\s+\S")
_ACTIVITY = re.compile(r"^<!--\s*activity:\s*(.*?)\s*-->$")
_ACTIVITY_KEYS = {"minutes", "basis", "exercise", "words"}
_ANSWER_SPLIT = re.compile(r"(?m)^---[ \t]*$")
_HTTPS_URL = re.compile(r"https://[^\s)>\]]+")
_ITEM_KEYS = ("id", "objective", "stem", "lead_in", "options", "answer", "reference")


class ContentError(ValueError):
    """Curriculum content breaks the content format; the message names the file and the problem."""


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Option:
    key: str
    text: str
    rationale: str


@dataclass(frozen=True)
class QuizItem:
    id: str
    objective: int  # 1-based index into the module's objectives
    stem: str
    lead_in: str
    options: tuple[Option, ...]
    answer: str
    reference: str  # a Reference.id of the owning module
    module_id: str

    @property
    def qualified_id(self) -> str:
        """Track-wide item id, as used in `assessment_items` and in attempt records."""
        return f"{self.module_id}/{self.id}"

    @property
    def correct(self) -> Option:
        return self.option(self.answer)

    def option(self, key: str) -> Option:
        for opt in self.options:
            if opt.key == key:
                return opt
        raise KeyError(f"{self.qualified_id} has no option {key!r}")


@dataclass(frozen=True)
class Reference:
    id: str
    citation: str
    url: str


@dataclass(frozen=True)
class RubricCriterion:
    criterion: str
    points: int
    levels: dict[int, str]  # score -> descriptor, highest score first


@dataclass(frozen=True)
class LessonPart:
    """One chat-sized part of a module. Its kind comes from the heading prefix (see CONTENT_FORMAT.md)."""

    title: str
    body: str  # Markdown without the `## ` heading line, the activity comment and any model answer
    kind: str = "lesson"  # lesson | case | exercise | reading | reflection
    minutes: float = 0.0  # lesson: words at the reading rate; others: declared
    words: int = 0  # words of this part's own text
    basis: str = ""  # why the declared minutes (activity comment)
    exercise: str = ""  # graded exercise id (exercise parts that name one)
    source_words: int = 0  # reading parts: the length of the linked primary source
    model_answer: str = ""  # exercise parts: text after a '---' line, shown once the learner has answered

    @property
    def awaits_reply(self) -> bool:
        """The learner answers this part in the thread before the next one is sent."""
        return self.kind in timing.INTERACTIVE


@dataclass(frozen=True)
class Exercise:
    """A graded exercise: the learner answers in the thread, then self-scores against the rubric."""

    id: str
    title: str
    rubric: tuple["RubricCriterion", ...]

    @property
    def max_points(self) -> int:
        return sum(c.points for c in self.rubric)


@dataclass(frozen=True)
class Activity:
    """What the time model counts: one per part, plus the quiz."""

    kind: str  # lesson | case | exercise | reading | reflection | quiz
    title: str
    minutes: float
    words: int = 0
    basis: str = ""
    part_index: int | None = None  # index into Module.parts; None for the quiz


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    minutes: int
    objectives: tuple[str, ...]
    references: tuple[Reference, ...]
    parts: tuple[LessonPart, ...]
    quiz: tuple[QuizItem, ...]
    scenario: bool
    rubric: tuple[RubricCriterion, ...]
    track_id: str
    path: Path  # the lesson's .md file
    exercises: tuple[Exercise, ...] = ()

    @property
    def activities(self) -> tuple[Activity, ...]:
        """Every part as an activity, then the quiz: the inputs of `curriculum.timing`."""
        acts = [Activity(p.kind, p.title, p.minutes, p.words, p.basis, i) for i, p in enumerate(self.parts)]
        acts.append(Activity("quiz", "Quiz", timing.QUIZ_MINUTES_PER_ITEM * len(self.quiz),
                             basis=f"{len(self.quiz)} items at {timing.QUIZ_MINUTES_PER_ITEM:g} min"))
        return tuple(acts)

    def exercise(self, exercise_id: str) -> Exercise:
        for ex in self.exercises:
            if ex.id == exercise_id:
                return ex
        raise KeyError(f"module {self.id} has no exercise {exercise_id!r}")

    def reference(self, ref_id: str) -> Reference:
        for ref in self.references:
            if ref.id == ref_id:
                return ref
        raise KeyError(f"module {self.id} has no reference {ref_id!r}")

    def item(self, item_id: str) -> QuizItem:
        for item in self.quiz:
            if item.id == item_id:
                return item
        raise KeyError(f"module {self.id} has no quiz item {item_id!r}")


@dataclass(frozen=True)
class SurveyQuestion:
    id: str
    text: str
    kind: str  # likert5 | text | yesno


@dataclass(frozen=True)
class Track:
    id: str
    title: str
    hours: int | float
    description: str
    audience: str
    objectives: tuple[str, ...]
    release_date: date
    review_date: date
    expiry_date: date
    pass_mark: float
    modules: tuple[Module, ...]  # delivery order
    assessment_items: tuple[QuizItem, ...]  # matched pre-/post-test items
    evaluation: tuple[SurveyQuestion, ...]

    @property
    def minutes(self) -> int:
        return sum(m.minutes for m in self.modules)

    def module(self, module_id: str) -> Module:
        for mod in self.modules:
            if mod.id == module_id:
                return mod
        raise KeyError(f"track {self.id} has no module {module_id!r}")

    def item(self, qualified_id: str) -> QuizItem:
        """Look up `<module_id>/<item_id>`."""
        module_id, _, item_id = qualified_id.partition("/")
        return self.module(module_id).item(item_id)


# --------------------------------------------------------------------------- public API


def load_tracks(root: Path | None = None) -> dict[str, Track]:
    """Load every `<root>/<track>/track.yaml`; foundations, advanced, practicum first, others by name."""
    root = Path(root) if root is not None else CONTENT_ROOT
    if not root.is_dir():
        raise ContentError(f"{_show(root)}: content directory not found")
    dirs = [p for p in sorted(root.iterdir()) if (p / "track.yaml").is_file()]
    rank = {name: i for i, name in enumerate(TRACK_ORDER)}
    dirs.sort(key=lambda p: (rank.get(p.name, len(rank)), p.name))
    tracks: dict[str, Track] = {}
    owner: dict[str, Module] = {}
    for d in dirs:
        track = load_track(d)
        for mod in track.modules:
            if mod.id in owner:
                _fail(mod.path, f"module id {mod.id!r} is already used by {_show(owner[mod.id].path)}")
            owner[mod.id] = mod
        tracks[track.id] = track
    return tracks


def load_track(path: Path, *, check_time: bool = True) -> Track:
    """Load one track from its directory (or its track.yaml) and validate all of it.

    `check_time=False` skips only the time-model tolerances, so the breakdown can be printed for
    content that does not meet them yet.
    """
    path = Path(path)
    track_dir = path.parent if path.name == "track.yaml" else path
    track_file = track_dir / "track.yaml"
    if not track_file.is_file():
        _fail(track_file, "file not found")
    data = _mapping(_read_yaml(track_file), track_file, "track.yaml")
    _check_keys(data, _TRACK_KEYS, (), track_file, "")

    track_id = _str(data["id"], track_file, "id")
    if track_id != track_dir.name:
        _fail(track_file, f"id {track_id!r} does not match its directory name {track_dir.name!r}")
    hours = data["hours"]
    if isinstance(hours, bool) or not isinstance(hours, (int, float)) or hours <= 0:
        _fail(track_file, f"hours must be a positive number, got {hours!r}")
    pass_mark = data["pass_mark"]
    if isinstance(pass_mark, bool) or not isinstance(pass_mark, (int, float)) or not 0 < pass_mark <= 1:
        _fail(track_file, f"pass_mark must be a number in (0, 1], got {pass_mark!r}")
    release = _date(data["release_date"], track_file, "release_date")
    review = _date(data["review_date"], track_file, "review_date")
    expiry = _date(data["expiry_date"], track_file, "expiry_date")
    if not release <= review <= expiry or release == expiry:
        _fail(track_file, "dates must satisfy release_date <= review_date <= expiry_date, release before expiry")

    modules = _load_modules(track_dir, track_id, track_file, data["modules"], check_time)
    total = sum(m.minutes for m in modules)
    if total != hours * 60:
        _fail(track_file, f"module minutes sum to {total}, but hours {hours} requires {hours * 60:g}")
    estimate = sum(timing.estimate_exact(m) for m in modules)
    if check_time and not timing.within(estimate, hours * 60, timing.TRACK_TOLERANCE):
        _fail(track_file, f"the time estimate of all modules is {estimate:.0f} min, more than "
                          f"{timing.TRACK_TOLERANCE:.0%} from the declared {hours * 60:g} min "
                          "(`clinibot train estimate` prints the breakdown)")

    return Track(
        id=track_id,
        title=_str(data["title"], track_file, "title"),
        hours=hours,
        description=_str(data["description"], track_file, "description"),
        audience=_str(data["audience"], track_file, "audience"),
        objectives=_str_list(data["objectives"], track_file, "objectives", minimum=1),
        release_date=release,
        review_date=review,
        expiry_date=expiry,
        pass_mark=float(pass_mark),
        modules=modules,
        assessment_items=_assessment(data["assessment_items"], modules, track_file),
        evaluation=_evaluation(data["evaluation"], track_file),
    )


# --------------------------------------------------------------------------- track parts


def _load_modules(track_dir: Path, track_id: str, track_file: Path, listed: Any,
                  check_time: bool = True) -> tuple[Module, ...]:
    order = _str_list(listed, track_file, "modules", minimum=1)
    dupes = sorted(k for k, n in Counter(order).items() if n > 1)
    if dupes:
        _fail(track_file, f"modules lists {dupes[0]!r} more than once")
    lesson_files = sorted(p for p in track_dir.glob("*.md") if _MODULE_FILE.match(p.name))
    for quiz_file in sorted(track_dir.glob("*.quiz.yaml")):
        if not (track_dir / (quiz_file.name[: -len(".quiz.yaml")] + ".md")).is_file():
            _fail(quiz_file, "quiz file has no matching lesson .md file")
    by_id: dict[str, Module] = {}
    for lesson in lesson_files:
        mod = _load_module(lesson, track_id, check_time)
        if mod.id in by_id:
            _fail(lesson, f"module id {mod.id!r} is already used by {_show(by_id[mod.id].path)}")
        if mod.id not in order:
            _fail(lesson, f"module {mod.id!r} is not listed in {_show(track_file)} modules")
        by_id[mod.id] = mod
    for module_id in order:
        if module_id not in by_id:
            _fail(track_file, f"modules lists {module_id!r} but no lesson file has that id")
    return tuple(by_id[m] for m in order)


def _assessment(value: Any, modules: tuple[Module, ...], track_file: Path) -> tuple[QuizItem, ...]:
    refs = _str_list(value, track_file, "assessment_items", minimum=1)
    low, high = ASSESSMENT_ITEMS_RANGE
    if not low <= len(refs) <= high:
        _fail(track_file, f"assessment_items has {len(refs)} entries, expected {low}-{high}")
    items = {item.qualified_id: item for mod in modules for item in mod.quiz}
    seen: set[str] = set()
    out = []
    for ref in refs:
        if ref in seen:
            _fail(track_file, f"assessment_items lists {ref!r} more than once")
        seen.add(ref)
        if ref not in items:
            _fail(track_file, f"assessment_items entry {ref!r} does not resolve to a module quiz item")
        out.append(items[ref])
    return tuple(out)


def _evaluation(value: Any, track_file: Path) -> tuple[SurveyQuestion, ...]:
    rows = _list(value, track_file, "evaluation", minimum=1)
    out: list[SurveyQuestion] = []
    for n, row in enumerate(rows, 1):
        where = f"evaluation question {n}: "
        row = _mapping(row, track_file, where.rstrip(": "))
        _check_keys(row, ("id", "text", "kind"), (), track_file, where)
        qid = _str(row["id"], track_file, where + "id")
        if any(q.id == qid for q in out):
            _fail(track_file, f"{where}duplicate id {qid!r}")
        kind = row["kind"]
        if kind not in SURVEY_KINDS:
            _fail(track_file, f"{where}kind {kind!r} is not one of {', '.join(SURVEY_KINDS)}")
        out.append(SurveyQuestion(id=qid, text=_str(row["text"], track_file, where + "text"), kind=kind))
    return tuple(out)


# --------------------------------------------------------------------------- modules


def _load_module(lesson: Path, track_id: str, check_time: bool = True) -> Module:
    meta, body = _front_matter(lesson)
    _check_keys(meta, _MODULE_KEYS, _MODULE_OPTIONAL, lesson, "")
    module_id = _str(meta["id"], lesson, "id")
    if not _SLUG.match(module_id):
        _fail(lesson, f"id {module_id!r} must be lowercase letters, digits and hyphens")
    prefix = MODULE_PREFIX.get(track_id)
    if prefix and not module_id.startswith(prefix):
        _fail(lesson, f"id {module_id!r} must start with {prefix!r} in track {track_id!r}")
    minutes = meta["minutes"]
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
        _fail(lesson, f"minutes must be a positive integer, got {minutes!r}")
    objectives = _str_list(meta["objectives"], lesson, "objectives", minimum=MIN_OBJECTIVES)
    references = _references(meta["references"], lesson)
    scenario = meta.get("scenario", False)
    if not isinstance(scenario, bool):
        _fail(lesson, f"scenario must be true or false, got {scenario!r}")
    rubric: tuple[RubricCriterion, ...] = ()
    if scenario:
        if "rubric" not in meta:
            _fail(lesson, "scenario module has no rubric")
        rubric = _rubric(meta["rubric"], lesson)
    elif "rubric" in meta:
        _fail(lesson, "rubric given but scenario is not true")
    exercises = _exercises(meta.get("exercises"), lesson)
    parts = _parts(body, lesson)
    _check_inline_citations(parts, {r.id for r in references}, lesson)
    _check_exercises(parts, exercises, lesson)
    quiz_file = lesson.with_name(lesson.name[: -len(".md")] + ".quiz.yaml")
    quiz = _quiz(quiz_file, module_id, len(objectives), {r.id for r in references})
    module = Module(
        id=module_id,
        title=_str(meta["title"], lesson, "title"),
        minutes=minutes,
        objectives=objectives,
        references=references,
        parts=parts,
        quiz=quiz,
        scenario=scenario,
        rubric=rubric,
        track_id=track_id,
        path=lesson,
        exercises=exercises,
    )
    estimate = timing.estimate_exact(module)
    if check_time and not timing.within(estimate, minutes, timing.MODULE_TOLERANCE):
        _fail(lesson, f"the time estimate is {estimate:.0f} min but minutes is {minutes}: more than "
                      f"{timing.MODULE_TOLERANCE:.0%} apart (`clinibot train estimate` prints the breakdown)")
    return module


def _front_matter(lesson: Path) -> tuple[dict[str, Any], str]:
    text = lesson.read_text(encoding="utf-8").replace("\r\n", "\n")
    if not text.startswith("---\n"):
        _fail(lesson, "missing YAML front matter (the file must start with a '---' line)")
    end = re.search(r"(?m)^---[ \t]*$", text[4:])
    if end is None:
        _fail(lesson, "front matter is not closed by a '---' line")
    meta = _mapping(_parse_yaml(text[4 : 4 + end.start()], lesson), lesson, "front matter")
    return meta, text[4 + end.end() :]


def _references(value: Any, lesson: Path) -> tuple[Reference, ...]:
    rows = _list(value, lesson, "references", minimum=MIN_REFERENCES)
    out: list[Reference] = []
    for n, row in enumerate(rows, 1):
        where = f"reference {n}: "
        row = _mapping(row, lesson, where.rstrip(": "))
        _check_keys(row, ("id", "citation", "url"), (), lesson, where)
        ref_id = _str(row["id"], lesson, where + "id")
        if any(r.id == ref_id for r in out):
            _fail(lesson, f"{where}duplicate reference id {ref_id!r}")
        url = _str(row["url"], lesson, f"reference {ref_id}: url")
        if not url.startswith("https://") or len(url) <= len("https://") or any(c.isspace() for c in url):
            _fail(lesson, f"reference {ref_id}: url must be an https:// URL, got {url!r}")
        out.append(Reference(id=ref_id, citation=_str(row["citation"], lesson, f"reference {ref_id}: citation"), url=url))
    return tuple(out)


def _rubric(value: Any, lesson: Path) -> tuple[RubricCriterion, ...]:
    rows = _list(value, lesson, "rubric", minimum=MIN_RUBRIC_CRITERIA)
    out: list[RubricCriterion] = []
    for n, row in enumerate(rows, 1):
        where = f"rubric criterion {n}: "
        row = _mapping(row, lesson, where.rstrip(": "))
        _check_keys(row, ("criterion", "points", "levels"), (), lesson, where)
        points = row["points"]
        if isinstance(points, bool) or not isinstance(points, int) or points <= 0:
            _fail(lesson, f"{where}points must be a positive integer, got {points!r}")
        levels_raw = _mapping(row["levels"], lesson, where + "levels")
        levels: dict[int, str] = {}
        for key, text in levels_raw.items():
            try:
                score = int(str(key))
            except ValueError:
                _fail(lesson, f"{where}level {key!r} is not a whole-number score")
            levels[score] = _str(text, lesson, f"{where}level {key}")
        expected = set(range(points + 1))
        if set(levels) != expected:
            _fail(lesson, f"{where}levels must describe every score 0-{points}, got {sorted(levels)}")
        out.append(
            RubricCriterion(
                criterion=_str(row["criterion"], lesson, where + "criterion"),
                points=points,
                levels={s: levels[s] for s in sorted(levels, reverse=True)},
            )
        )
    return tuple(out)


def _parts(body: str, lesson: Path) -> tuple[LessonPart, ...]:
    chunks = _HEADING.split(body)
    if chunks[0].strip():
        _fail(lesson, "lesson text appears before the first '## ' heading")
    parts: list[LessonPart] = []
    for n, chunk in enumerate(chunks[1:], 1):
        title, _, text = chunk.partition("\n")
        title, text = title.strip(), text.strip()
        if not text:
            _fail(lesson, f"part {n} ({title!r}) has no body")
        if len(text) > MAX_PART_CHARS:
            _fail(lesson, f"part {n} ({title!r}) is {len(text)} characters, the limit is {MAX_PART_CHARS}")
        parts.append(_part(n, title, text, lesson))
    if len(parts) < MIN_PARTS:
        _fail(lesson, f"lesson has {len(parts)} parts ('## ' headings), at least {MIN_PARTS} are required")
    return tuple(parts)


def _part(n: int, title: str, text: str, lesson: Path) -> LessonPart:
    """Classify a part by its heading and apply the time rules of its kind."""
    where = f"part {n} ({title!r}): "
    head = _KIND_HEADING.match(title)
    first, _, rest = text.partition("\n")
    comment = _ACTIVITY.match(first.strip())
    if head is None:
        if comment or first.strip().startswith("<!-- activity"):
            _fail(lesson, f"{where}a lesson part takes no activity comment; start the heading with "
                          "'Case:', 'Exercise:', 'Reading:' or 'Reflection:'")
        words = timing.count_words(text)
        return LessonPart(title=title, body=text, words=words, minutes=timing.reading_minutes(words))
    kind = _KIND_PREFIX[head.group(1)]
    if comment is None:
        _fail(lesson, f"{where}the first line must be an activity comment, e.g. "
                      "'<!-- activity: minutes=10; basis=... -->'")
    attrs: dict[str, str] = {}
    for pair in comment.group(1).split(";"):
        if not pair.strip():
            continue
        key, eq, value = pair.partition("=")
        key = key.strip()
        if not eq or key not in _ACTIVITY_KEYS:
            _fail(lesson, f"{where}activity comment has {pair.strip()!r}; allowed keys: "
                          f"{', '.join(sorted(_ACTIVITY_KEYS))}")
        attrs[key] = value.strip()
    try:
        minutes = float(attrs.get("minutes", ""))
    except ValueError:
        _fail(lesson, f"{where}activity comment needs minutes=<number>")
    if minutes <= 0:
        _fail(lesson, f"{where}minutes must be positive")
    body = rest.strip()
    model_answer = ""
    if kind == "exercise":
        split = _ANSWER_SPLIT.search(body)
        if split:
            body, model_answer = body[: split.start()].strip(), body[split.end():].strip()
    if not body:
        _fail(lesson, f"{where}has no text after its activity comment")
    words = timing.count_words(body + "\n" + model_answer)
    exercise = attrs.get("exercise", "")
    if exercise and kind != "exercise":
        _fail(lesson, f"{where}only an Exercise part can name a graded exercise")
    source_words = 0
    if kind == "case" and minutes < timing.reading_minutes(words):
        _fail(lesson, f"{where}a case declares {minutes:g} min but its {words} words take "
                      f"{timing.reading_minutes(words):.1f} min to read")
    if kind == "exercise":
        low, high = timing.EXERCISE_MINUTES
        if not low <= minutes <= high:
            _fail(lesson, f"{where}an exercise takes {low}-{high} minutes, got {minutes:g}")
    if kind == "reflection":
        low, high = timing.REFLECTION_MINUTES
        if not low <= minutes <= high:
            _fail(lesson, f"{where}a reflection takes {low}-{high} minutes, got {minutes:g}")
    if kind == "reading":
        if not attrs.get("words", "").isdigit() or int(attrs["words"]) <= 0:
            _fail(lesson, f"{where}a reading needs words=<length of the linked source> in its activity comment")
        source_words = int(attrs["words"])
        if not _HTTPS_URL.search(body):
            _fail(lesson, f"{where}a reading links its primary source with an https:// URL")
        if body.count("?") < 2:
            _fail(lesson, f"{where}a reading asks 2-3 guiding questions to answer in the thread")
    return LessonPart(title=title, body=body, kind=kind, minutes=minutes, words=words,
                      basis=attrs.get("basis", ""), exercise=exercise, source_words=source_words,
                      model_answer=model_answer)


def _exercises(value: Any, lesson: Path) -> tuple[Exercise, ...]:
    if value is None:
        return ()
    rows = _list(value, lesson, "exercises", minimum=1)
    out: list[Exercise] = []
    for n, row in enumerate(rows, 1):
        where = f"exercise {n}: "
        row = _mapping(row, lesson, where.rstrip(": "))
        _check_keys(row, ("id", "title", "rubric"), (), lesson, where)
        ex_id = _str(row["id"], lesson, where + "id")
        if not _SLUG.match(ex_id):
            _fail(lesson, f"{where}id {ex_id!r} must be lowercase letters, digits and hyphens")
        if any(e.id == ex_id for e in out):
            _fail(lesson, f"{where}duplicate exercise id {ex_id!r}")
        try:
            rubric = _rubric(row["rubric"], lesson)
        except ContentError as exc:
            _fail(lesson, f"exercise {ex_id}: {str(exc).split(': ', 1)[1]}")
        out.append(Exercise(id=ex_id, title=_str(row["title"], lesson, where + "title"), rubric=rubric))
    return tuple(out)


def _check_exercises(parts: tuple[LessonPart, ...], exercises: tuple[Exercise, ...], lesson: Path) -> None:
    """Every graded exercise has exactly one Exercise part, and every part names a declared one."""
    declared = {e.id for e in exercises}
    used: Counter[str] = Counter()
    for n, part in enumerate(parts, 1):
        if part.exercise:
            if part.exercise not in declared:
                _fail(lesson, f"part {n} ({part.title!r}) names exercise {part.exercise!r}, "
                              "which is not in the front matter exercises")
            used[part.exercise] += 1
    for ex_id in sorted(declared):
        if used[ex_id] != 1:
            _fail(lesson, f"exercise {ex_id!r} must be named by exactly one Exercise part, found {used[ex_id]}")


def _check_inline_citations(parts: tuple[LessonPart, ...], ref_ids: set[str], lesson: Path) -> None:
    """A lesson citing [some-id] that is not in its references is a dangling citation; reject it."""
    for n, part in enumerate(parts, 1):
        for ref_id in _INLINE_CITE.findall(_CODE_SPAN.sub("", part.body + "\n" + part.model_answer)):
            if ref_id not in ref_ids:
                _fail(lesson, f"part {n} ({part.title!r}) cites [{ref_id}], which is not a reference of this module")


def _quiz(quiz_file: Path, module_id: str, n_objectives: int, ref_ids: set[str]) -> tuple[QuizItem, ...]:
    if not quiz_file.is_file():
        _fail(quiz_file, "quiz file not found (every lesson needs <name>.quiz.yaml beside it)")
    data = _mapping(_read_yaml(quiz_file), quiz_file, "quiz file")
    _check_keys(data, ("module", "items"), (), quiz_file, "")
    if data["module"] != module_id:
        _fail(quiz_file, f"module {data['module']!r} does not match the lesson id {module_id!r}")
    rows = _list(data["items"], quiz_file, "items", minimum=MIN_ITEMS)
    items: list[QuizItem] = []
    for n, row in enumerate(rows, 1):
        items.append(_item(row, n, quiz_file, module_id, n_objectives, ref_ids, items))
    counts = Counter(item.answer for item in items)
    letter, count = max(sorted(counts.items()), key=lambda kv: kv[1])
    if count / len(items) > MAX_ANSWER_SHARE:
        _fail(
            quiz_file,
            f"answer {letter!r} is correct in {count} of {len(items)} items; "
            f"no letter may exceed {MAX_ANSWER_SHARE:.0%}",
        )
    return tuple(items)


def _item(
    row: Any, n: int, quiz_file: Path, module_id: str, n_objectives: int, ref_ids: set[str], done: list[QuizItem]
) -> QuizItem:
    row = _mapping(row, quiz_file, f"item {n}")
    raw_id = row.get("id")
    where = f"item {raw_id}: " if isinstance(raw_id, str) and raw_id.strip() else f"item {n}: "
    _check_keys(row, _ITEM_KEYS, (), quiz_file, where)
    item_id = _str(row["id"], quiz_file, where + "id")
    if not _ITEM_ID.match(item_id):
        _fail(quiz_file, f"{where}id must be letters, digits, '-' or '_'")
    if any(i.id == item_id for i in done):
        _fail(quiz_file, f"{where}duplicate item id {item_id!r}")
    objective = row["objective"]
    if isinstance(objective, bool) or not isinstance(objective, int) or not 1 <= objective <= n_objectives:
        _fail(quiz_file, f"{where}objective {objective!r} is not between 1 and {n_objectives}")
    options = _options(row["options"], quiz_file, where)
    keys = [o.key for o in options]
    answer = row["answer"]
    if answer not in keys:
        _fail(quiz_file, f"{where}answer {answer!r} is not one of the options {keys[0]}-{keys[-1]}")
    reference = row["reference"]
    if reference not in ref_ids:
        _fail(quiz_file, f"{where}reference {reference!r} is not a reference id of module {module_id}")
    return QuizItem(
        id=item_id,
        objective=objective,
        stem=_str(row["stem"], quiz_file, where + "stem"),
        lead_in=_str(row["lead_in"], quiz_file, where + "lead_in"),
        options=options,
        answer=answer,
        reference=reference,
        module_id=module_id,
    )


def _options(value: Any, quiz_file: Path, where: str) -> tuple[Option, ...]:
    rows = _list(value, quiz_file, where + "options", minimum=0)
    if len(rows) not in OPTION_COUNTS:
        _fail(quiz_file, f"{where}has {len(rows)} options, expected 4 or 5")
    out: list[Option] = []
    for n, row in enumerate(rows):
        expected = "ABCDE"[n]
        row = _mapping(row, quiz_file, f"{where}option {n + 1}")
        _check_keys(row, ("key", "text", "rationale"), (), quiz_file, f"{where}option {expected}: ")
        if row["key"] != expected:
            _fail(quiz_file, f"{where}option {n + 1} has key {row['key']!r}, expected {expected!r} (keys run A.. in order)")
        text = _str(row["text"], quiz_file, f"{where}option {expected} text")
        if _CATCH_ALL.search(text):
            _fail(quiz_file, f"{where}option {expected} uses 'all/none of the above'")
        if any(o.text.strip().lower() == text.strip().lower() for o in out):
            _fail(quiz_file, f"{where}option {expected} repeats the text of another option")
        rationale = row["rationale"]
        if not isinstance(rationale, str) or not rationale.strip():
            _fail(quiz_file, f"{where}option {expected} has no rationale")
        out.append(Option(key=expected, text=text, rationale=rationale.strip()))
    return tuple(out)


# --------------------------------------------------------------------------- helpers


def _show(path: Path) -> str:
    """Path as a reader finds it: relative to the working directory or the repository root."""
    resolved = Path(path).resolve()
    for base in (Path.cwd(), CONTENT_ROOT.parent.parent):
        try:
            return resolved.relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return resolved.as_posix()


def _fail(path: Path, message: str) -> NoReturn:
    raise ContentError(f"{_show(path)}: {message}")


def _read_yaml(path: Path) -> Any:
    return _parse_yaml(path.read_text(encoding="utf-8"), path)


def _parse_yaml(text: str, path: Path) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        _fail(path, f"invalid YAML: {' '.join(str(exc).split())}")


def _check_keys(data: dict[str, Any], required: tuple[str, ...], optional: tuple[str, ...], path: Path, where: str) -> None:
    missing = [k for k in required if k not in data]
    if missing:
        _fail(path, f"{where}missing required key {missing[0]!r}")
    unknown = sorted(str(k) for k in data if k not in required and k not in optional)
    if unknown:
        _fail(path, f"{where}unknown key {unknown[0]!r} (allowed: {', '.join(required + optional)})")


def _mapping(value: Any, path: Path, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        _fail(path, f"{what} must be a mapping, got {type(value).__name__}")
    return value


def _list(value: Any, path: Path, what: str, minimum: int) -> list[Any]:
    if not isinstance(value, list):
        _fail(path, f"{what} must be a list, got {type(value).__name__}")
    if len(value) < minimum:
        _fail(path, f"{what} has {len(value)} entries, at least {minimum} are required")
    return value


def _str(value: Any, path: Path, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        _fail(path, f"{what} must be a non-empty string")
    return value.strip()


def _str_list(value: Any, path: Path, what: str, minimum: int) -> tuple[str, ...]:
    rows = _list(value, path, what, minimum)
    return tuple(_str(v, path, f"{what}[{i}]") for i, v in enumerate(rows, 1))


def _date(value: Any, path: Path, what: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    _fail(path, f"{what} must be a date (YYYY-MM-DD), got {value!r}")
