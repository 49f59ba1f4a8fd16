"""Courses as Wagtail pages: catalogue → course → lessons and a quiz."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar

from django.core.exceptions import ImproperlyConfigured
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import ContentBlocks
from core.illustrations import Illustration, illustration, illustration_choices
from core.image_alt import ImageTextAlternativesMixin
from core.page_meta import organisation
from core.pictures import with_card_pictures
from elearning.blocks import LessonBlocks, LessonSourceBlock, QuizSlotBlocks
from search.results import stream_text

from .glossary import GlossaryTerm


class RequestHandlers:
    """A page whose requests are handled in the views layer, ``elearning.routes``.

    The handlers use services (progress, quizzes, certificates) that import these models, so
    the models cannot import them. ``elearning.routes.register()``, run when the app is ready
    (``ElearningConfig.ready``), gives each page class its handlers by name; the page's routes
    and ``get_context`` call them through ``handler``.
    """

    request_handlers: ClassVar[Mapping[str, Callable[..., Any]]] = MappingProxyType({})

    def handler(self, name: str) -> Callable[..., Any]:
        try:
            return self.request_handlers[name]
        except KeyError:
            raise ImproperlyConfigured(
                f"{type(self).__name__} has no request handler {name!r}: "
                "elearning.routes.register() has not run (see ElearningConfig.ready)."
            ) from None


class CourseCataloguePage(RequestHandlers, Page):
    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["elearning.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")

    def courses(self):
        return with_card_pictures(CoursePage.objects.live().child_of(self), "cover_image")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.handler("context")(request, self))
        return context


class CoursePage(RequestHandlers, ImageTextAlternativesMixin, RoutablePageMixin, Page):
    summary = models.TextField(verbose_name=_("summary"))
    description = StreamField(ContentBlocks(), blank=True, verbose_name=_("description"))
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Learning outcome")))],
        blank=True,
        verbose_name=_("learning outcomes"),
    )
    estimated_minutes = models.PositiveIntegerField(
        default=60, verbose_name=_("estimated time (minutes)")
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
    )
    cover_alt = models.CharField(max_length=250, blank=True, verbose_name=_("cover alt text"))
    image_text_alternatives = {"cover_image": "cover_alt"}
    illustration = models.CharField(
        max_length=60,
        blank=True,
        choices=illustration_choices,
        verbose_name=_("illustration"),
        help_text=_("One of the project's drawings, shown when the course has no cover image."),
    )
    open_to_read = models.BooleanField(
        default=False,
        verbose_name=_("lessons open to read without an account"),
        help_text=_("Quizzes always need an account, to record attempts."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes"),
                FieldPanel("cover_image"),
                FieldPanel("cover_alt"),
                FieldPanel("illustration"),
            ],
            heading=_("Details"),
        ),
        FieldPanel("open_to_read"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
    ]
    parent_page_types = ["elearning.CourseCataloguePage"]
    subpage_types = ["elearning.LessonPage", "elearning.QuizPage"]

    @property
    def drawing(self) -> Illustration | None:
        """The project's drawing chosen for the course, with its text in the active language."""
        return illustration(self.illustration) if self.illustration else None

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def lessons(self):
        return LessonPage.objects.live().child_of(self).order_by("path")

    def structured_data(self, request) -> dict:
        """schema.org: a free online course of the site's organisation."""
        return {
            "@type": "Course",
            "name": self.title,
            "description": self.summary,
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "provider": organisation(request),
            "isAccessibleForFree": True,
            "hasCourseInstance": {
                "@type": "CourseInstance",
                "courseMode": "online",
                "courseWorkload": f"PT{self.estimated_minutes}M",
            }
            if self.estimated_minutes
            else {"@type": "CourseInstance", "courseMode": "online"},
        }

    def quiz(self) -> QuizPage | None:
        return QuizPage.objects.live().child_of(self).order_by("path").first()

    @path("")
    def overview(self, request):
        return self.handler("overview")(request, self)

    @path("enrol/", name="enrol")
    def enrol(self, request):
        return self.handler("enrol")(request, self)

    @path("glossary/", name="glossary")
    def glossary(self, request):
        keys = GlossaryTerm.objects.filter(course__translation_key=self.translation_key)
        terms = GlossaryTerm.objects.filter(
            translation_key__in=keys.values("translation_key"), locale=Locale.get_active()
        )
        return self.render(
            request,
            context_overrides={"terms": terms},
            template="elearning/course_glossary.html",
        )

    @path("certificate/", name="certificate")
    def certificate(self, request):
        return self.handler("certificate")(request, self)

    @path("certificate/pdf/", name="certificate_pdf")
    def certificate_pdf(self, request):
        return self.handler("certificate_pdf")(request, self)


class CoursePartMixin:
    """Lessons and quizzes: parts of a course, readable by whom the course allows."""

    @cached_property
    def course(self) -> CoursePage:
        return self.get_parent().specific

    @classmethod
    def prepare_search_results(cls, parts: list[CoursePartMixin]) -> None:
        """Give a page of search results their courses in one query, not two per part."""
        parent_paths = {part.path[: -Page.steplen] for part in parts}
        courses = CoursePage.objects.filter(path__in=parent_paths)
        by_path = {course.path: course for course in courses}
        for part in parts:
            if (course := by_path.get(part.path[: -Page.steplen])) is not None:
                part.course = course

    def visitor_may_read(self, request) -> bool:
        return request.user.is_authenticated or self.course.open_to_read


class LessonPage(RequestHandlers, CoursePartMixin, RoutablePageMixin, Page):
    # A lesson not reviewed for this long is listed for staff (Reports -> Lessons due for review).
    REVIEW_INTERVAL = datetime.timedelta(days=365)

    summary = models.TextField(
        verbose_name=_("summary"),
        help_text=_("Shown in the course's list of lessons and in search results."),
    )
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective")))],
        blank=True,
        verbose_name=_("objectives"),
        help_text=_("What the learner can do after the lesson, one per item."),
    )
    body = StreamField(LessonBlocks(), verbose_name=_("body"))
    legal_status_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("law as of"),
        help_text=_("The date on which the lesson's legal statements were last checked."),
    )
    sources = StreamField([("source", LessonSourceBlock())], blank=True, verbose_name=_("sources"))
    author = models.CharField(max_length=255, blank=True, verbose_name=_("author"))
    reviewed_on = models.DateField(null=True, blank=True, verbose_name=_("last reviewed"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("objectives"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("sources"),
                FieldPanel("legal_status_date"),
                FieldPanel("author"),
                FieldPanel("reviewed_on"),
            ],
            heading=_("Sources and review"),
        ),
    ]
    # Names and dates are the same in every language; the translator sees neither.
    override_translatable_fields = [
        SynchronizedField("author"),
        SynchronizedField("legal_status_date"),
        SynchronizedField("reviewed_on"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["elearning.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def review_due(self, today: datetime.date) -> bool:
        """Whether the lesson was never reviewed, or not for longer than the interval."""
        return self.reviewed_on is None or today - self.reviewed_on > self.REVIEW_INTERVAL

    def search_snippet_text(self, request) -> str:
        """Search results show a lesson's body only to those who may read it."""
        if self.visitor_may_read(request):
            return f"{self.summary} {stream_text(self.body)}"
        return self.summary

    @path("")
    def read(self, request):
        return self.handler("read")(request, self)

    @path("complete/", name="complete")
    def complete(self, request):
        return self.handler("complete")(request, self)


class QuizPage(RequestHandlers, CoursePartMixin, RoutablePageMixin, Page):
    class GradingMethod(models.TextChoices):
        HIGHEST = "highest", _("Highest attempt")
        LAST = "last", _("Last attempt")

    class Review(models.TextChoices):
        IMMEDIATELY = "immediately", _("Immediately after each attempt")
        AFTER_LAST = "after_last", _("After the last allowed attempt, or once passed")
        NEVER = "never", _("Never")

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    pass_mark = models.PositiveSmallIntegerField(
        default=70,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        verbose_name=_("pass mark (%)"),
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        default=0,
        verbose_name=_("attempts allowed"),
        help_text=_("0 means unlimited."),
    )
    shuffle_questions = models.BooleanField(default=False, verbose_name=_("shuffle questions"))
    shuffle_answers = models.BooleanField(default=True, verbose_name=_("shuffle answers"))
    grading_method = models.CharField(
        max_length=20,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
        verbose_name=_("grading method"),
    )
    review = models.CharField(
        max_length=20,
        choices=Review.choices,
        # Answers shown after every attempt turn the next attempt into copying them out.
        default=Review.AFTER_LAST,
        verbose_name=_("show correct answers and feedback"),
    )
    time_limit = models.PositiveSmallIntegerField(
        default=0,
        verbose_name=_("time limit (minutes)"),
        help_text=_(
            "0 means no limit. Staff can give a learner extra time (E-learning → Quiz overrides)."
        ),
    )
    slots = StreamField(
        QuizSlotBlocks(),
        verbose_name=_("questions"),
        help_text=_(
            "Questions come from the question bank: a fixed question, or a number of questions "
            "drawn at random from a category for each attempt. Each attempt keeps the questions "
            "it drew. The Polish quiz's questions are used in every language."
        ),
    )
    # The Polish quiz's slots apply in every language (elearning.attempt_questions); a translation
    # keeps the same bank questions and shows them in its own language.
    override_translatable_fields = [SynchronizedField("slots")]

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("slots")]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempts_allowed"),
                FieldPanel("time_limit"),
                FieldPanel("grading_method"),
                FieldPanel("shuffle_questions"),
                FieldPanel("shuffle_answers"),
                FieldPanel("review"),
            ],
            heading=_("Quiz settings"),
        )
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["elearning.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def search_snippet_text(self, request) -> str:
        return self.intro

    def visitor_may_read(self, request) -> bool:
        return request.user.is_authenticated

    @path("")
    def overview(self, request):
        return self.handler("overview")(request, self)

    @path("start/", name="start")
    def start(self, request):
        return self.handler("start")(request, self)

    @path("attempt/<uuid:attempt_id>/", name="attempt")
    def attempt(self, request, attempt_id):
        return self.handler("attempt")(request, self, attempt_id)

    @path("attempt/<uuid:attempt_id>/save/", name="save")
    def save_answers(self, request, attempt_id):
        return self.handler("save")(request, self, attempt_id)

    @path("attempt/<uuid:attempt_id>/result/", name="result")
    def result(self, request, attempt_id):
        return self.handler("result")(request, self, attempt_id)
