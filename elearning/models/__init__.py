from .attempts import Attempt, QuizOverride
from .glossary import GlossaryTerm
from .pages import CourseCataloguePage, CoursePage, LessonPage, QuizPage
from .progress import Enrolment, LessonCompletion

__all__ = [
    "Attempt",
    "CourseCataloguePage",
    "CoursePage",
    "Enrolment",
    "GlossaryTerm",
    "LessonCompletion",
    "LessonPage",
    "QuizOverride",
    "QuizPage",
]
