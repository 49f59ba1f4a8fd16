"""E-learning → Essays to grade, and E-learning → Quiz overrides, in the Wagtail admin.

Only staff with ``elearning.manage_learners`` (and superusers) get in; anyone else gets the
admin's permission denied. Grading goes through ``elearning.essays``.

Points are typed as a number from 0 to 1 in steps of 0.05 rather than picked from a few
values: staff can give the partial credit a marking scheme asks for (0.6 for three of five
points), and the browser's number field and the server refuse the same values.
"""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, QuerySet, Subquery
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.models import Locale

from elearning import essays
from elearning.admin_views import STAFF_PERMISSION
from elearning.attempt_questions import AttemptQuestion, attempt_questions
from elearning.models import Attempt, CoursePage, QuizOverride, QuizPage
from elearning.reports import advisors
from questionbank.rendering import as_html

MAX_COMMENT = 5000


def learner_name(user) -> str:
    full_name = user.get_full_name()
    return f"{full_name} ({user.get_username()})" if full_name else user.get_username()


# --- Essays to grade ------------------------------------------------------------------------


def _titled(queryset: QuerySet[Attempt]) -> QuerySet[Attempt]:
    """Attempts with their quiz's and course's Polish titles, in the same query."""
    default = Locale.get_default()
    quiz = QuizPage.objects.filter(translation_key=OuterRef("quiz_key"), locale=default)
    course = CoursePage.objects.filter(translation_key=OuterRef("course_key"), locale=default)
    return queryset.annotate(
        quiz_title=Subquery(quiz.values("title")[:1]),
        course_title=Subquery(course.values("title")[:1]),
    )


class ValueColumn(Column):
    def __init__(self, name: str, text, **kwargs) -> None:
        super().__init__(name, **kwargs)
        self.text = text

    def get_value(self, instance) -> str:
        return self.text(instance)


class EssayListView(IndexView):
    model = Attempt
    page_title = gettext_lazy("Essays to grade")
    header_icon = "edit"
    index_url_name = "elearning_essays"
    index_results_url_name = "elearning_essays_results"
    default_ordering = "submitted_at"
    paginate_by = 50
    columns = [
        TitleColumn(
            "learner",
            label=gettext_lazy("Learner"),
            accessor=lambda attempt: learner_name(attempt.user),
            get_url=lambda attempt: reverse("elearning_essay_grade", args=[attempt.pk]),
        ),
        ValueColumn(
            "quiz",
            lambda a: f"{a.course_title or '—'}: {a.quiz_title or '—'}",
            label=gettext_lazy("Course and quiz"),
        ),
        Column("number", label=gettext_lazy("Attempt")),
        DateColumn("submitted_at", label=gettext_lazy("Submitted"), sort_key="submitted_at"),
        ValueColumn(
            "waiting",
            lambda a: str(len(essays.ungraded_keys(a))),
            label=gettext_lazy("Essays waiting"),
        ),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(STAFF_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self) -> QuerySet[Attempt]:
        return _titled(essays.awaiting())


class EssayGradeForm(forms.Form):
    points = forms.DecimalField(
        label=gettext_lazy("Points (0 to 1)"),
        min_value=essays.MIN_POINTS,
        max_value=essays.MAX_POINTS,
        max_digits=3,
        decimal_places=2,
        step_size=Decimal("0.05"),
        widget=forms.NumberInput(attrs={"step": "0.05", "min": "0", "max": "1"}),
        help_text=gettext_lazy("1 is full marks; use steps of 0.05 for partial credit."),
    )
    comment = forms.CharField(
        label=gettext_lazy("Comment for the learner"),
        required=False,
        max_length=MAX_COMMENT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


def _essay_form(question: AttemptQuestion, data=None) -> EssayGradeForm:
    grade = question.manual_grade
    initial = {"points": grade.get("fraction"), "comment": grade.get("comment", "")}
    # A prefix per essay: each essay's fields have their own ids on the page.
    return EssayGradeForm(data, prefix=f"essay-{question.number}", initial=initial)


@permission_required(STAFF_PERMISSION, raise_exception=True)
def grade_attempt(request: HttpRequest, attempt_id) -> HttpResponse:
    """Every essay of one submitted attempt: the question, the answer, and a form for each."""
    attempt = get_object_or_404(
        Attempt.objects.select_related("user"), pk=attempt_id, submitted_at__isnull=False
    )
    questions = [q for q in attempt_questions(attempt) if q.is_graded_by_staff]
    forms_by_key = {q.key: _essay_form(q) for q in questions}
    status = 200
    error = None
    if request.method == "POST":
        key = request.POST.get("question", "")
        question = next((q for q in questions if q.key == key), None)
        if question is None:
            error = _("This attempt has no such essay question.")
        else:
            form = _essay_form(question, request.POST)
            forms_by_key[key] = form
            if form.is_valid():
                try:
                    graded = essays.grade_essay(
                        attempt,
                        key,
                        form.cleaned_data["points"],
                        form.cleaned_data["comment"],
                        by=request.user,
                    )
                except ValueError as refused:
                    error = str(refused)
                else:
                    return _graded(request, graded, question)
            else:
                error = _("The grade was not saved: see the essay marked below.")
        status = 400
    context = {
        "attempt": attempt,
        "learner": learner_name(attempt.user),
        "quiz": essays.source_quiz_of(attempt),
        "essays": [
            {"item": q, "text": as_html(q.question.text, q.question.text_format), "form": f}
            for q in questions
            for f in [forms_by_key[q.key]]
        ],
        "error": error,
        "header_title": _("Grade essays"),
    }
    return TemplateResponse(request, "elearning/admin/essay_grade.html", context, status=status)


def _graded(request: HttpRequest, attempt: Attempt, question: AttemptQuestion) -> HttpResponse:
    learner = learner_name(attempt.user)
    if attempt.score is None:
        messages.success(
            request,
            _("Essay %(number)s of %(learner)s graded; this attempt has more essays to grade.")
            % {"number": question.number, "learner": learner},
        )
        return redirect("elearning_essay_grade", attempt.pk)
    if attempt.passed:
        text = _("All essays of %(learner)s graded: %(score)s%%, passed.")
    else:
        text = _("All essays of %(learner)s graded: %(score)s%%, not passed.")
    score = number_format(attempt.score.normalize())
    messages.success(request, text % {"learner": learner, "score": score})
    return redirect("elearning_essays")


# --- Quiz overrides -------------------------------------------------------------------------


def quiz_label(quiz: QuizPage) -> str:
    """A quiz named with its course: every course's quiz may be called "Test"."""
    return f"{quiz.get_parent().title}: {quiz.title}"


class QuizChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, quiz: QuizPage) -> str:
        return quiz_label(quiz)


class LearnerChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user) -> str:
        return learner_name(user)


class QuizOverrideForm(forms.ModelForm):
    """The learner among the advisors; the quiz among the Polish quizzes, which decide the
    rules in every language (``elearning.attempt_questions.source_quiz``)."""

    class Meta:
        model = QuizOverride
        fields = ["user", "quiz", "extra_minutes", "extra_attempts", "reason"]
        field_classes = {"user": LearnerChoiceField, "quiz": QuizChoiceField}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["user"].queryset = advisors()
        self.fields["quiz"].queryset = QuizPage.objects.filter(
            locale=Locale.get_default()
        ).order_by("path")
        self.fields["quiz"].help_text = _(
            "The quiz in Polish: the override applies to all its translations."
        )
