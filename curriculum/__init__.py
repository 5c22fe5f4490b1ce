"""Training tracks for clinicians: lessons and quizzes kept as data under `content/`.

The loader validates that data strictly so a broken lesson fails at load time, not in front of a learner.
"""

from curriculum.loader import (
    Activity,
    ContentError,
    Exercise,
    LessonPart,
    Module,
    Option,
    QuizItem,
    Reference,
    RubricCriterion,
    SurveyQuestion,
    Track,
    load_track,
    load_tracks,
)

__all__ = [
    "Activity",
    "ContentError",
    "Exercise",
    "LessonPart",
    "Module",
    "Option",
    "QuizItem",
    "Reference",
    "RubricCriterion",
    "SurveyQuestion",
    "Track",
    "load_track",
    "load_tracks",
]
