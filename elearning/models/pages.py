"""Courses as Wagtail pages: catalogue → course → lessons and a quiz."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext
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
from elearning.blocks import LessonBlocks, QuizSlotBlocks

from .glossary import GlossaryTerm


def require_post(request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    return None


class CourseCataloguePage(Page):
    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["elearning.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from elearning.progress import progress_for

        context = super().get_context(request, *args, **kwargs)
        courses = list(CoursePage.objects.live().child_of(self).specific())
        context["courses"] = courses
        context["progress"] = progress_for(request.user, courses)
        return context


class CoursePage(ImageTextAlternativesMixin, RoutablePageMixin, Page):
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
        from elearning.progress import progress_for

        lessons = list(self.lessons())
        progress = progress_for(request.user, [self])[self.translation_key]
        return self.render(
            request,
            context_overrides={
                "lessons": lessons,
                "quiz": self.quiz(),
                "progress": progress,
                "completed": progress.completed_keys,
            },
        )

    @path("enrol/", name="enrol")
    def enrol(self, request):
        from elearning.progress import enrol

        if refused := require_post(request):
            return refused
        if not request.user.is_authenticated:
            return redirect_to_login(self.get_url(request))
        enrol(request.user, self)
        messages.success(request, gettext("You are enrolled. Start with the first lesson."))
        first = self.lessons().first()
        return redirect(first.get_url(request) if first else self.get_url(request))

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
        from certificates.views import course_certificate

        return course_certificate(request, self)

    @path("certificate/pdf/", name="certificate_pdf")
    def certificate_pdf(self, request):
        from certificates.views import course_certificate_pdf

        return course_certificate_pdf(request, self)


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


class LessonPage(CoursePartMixin, RoutablePageMixin, Page):
    summary = models.TextField(
        verbose_name=_("summary"),
        help_text=_("Shown in the course's list of lessons and in search results."),
    )
    body = StreamField(LessonBlocks(), verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["elearning.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def search_snippet_text(self, request) -> str:
        """Search results show a lesson's body only to those who may read it."""
        from search.results import stream_text

        if self.visitor_may_read(request):
            return f"{self.summary} {stream_text(self.body)}"
        return self.summary

    @path("")
    def read(self, request):
        from elearning.progress import lesson_context, record_visit

        if not self.visitor_may_read(request):
            return redirect_to_login(request.get_full_path())
        record_visit(request.user, self)
        return self.render(request, context_overrides=lesson_context(request.user, self))

    @path("complete/", name="complete")
    def complete(self, request):
        from elearning.progress import complete_lesson, lesson_context

        if refused := require_post(request):
            return refused
        if not request.user.is_authenticated:
            return redirect_to_login(self.get_url(request))
        complete_lesson(request.user, self)
        following = lesson_context(request.user, self)["next_page"]
        messages.success(request, gettext("Lesson marked as complete."))
        target = following if following is not None else self.course
        return redirect(target.get_url(request))


class QuizPage(CoursePartMixin, RoutablePageMixin, Page):
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
        from elearning import quiz

        if not self.visitor_may_read(request):
            return redirect_to_login(request.get_full_path())
        return self.render(request, context_overrides=quiz.overview_context(request.user, self))

    @path("start/", name="start")
    def start(self, request):
        from elearning import quiz

        return quiz.start_view(request, self)

    @path("attempt/<uuid:attempt_id>/", name="attempt")
    def attempt(self, request, attempt_id):
        from elearning import quiz

        return quiz.attempt_view(request, self, attempt_id)

    @path("attempt/<uuid:attempt_id>/save/", name="save")
    def save_answers(self, request, attempt_id):
        from elearning import quiz

        return quiz.autosave_view(request, self, attempt_id)

    @path("attempt/<uuid:attempt_id>/result/", name="result")
    def result(self, request, attempt_id):
        from elearning import quiz

        return quiz.result_view(request, self, attempt_id)
