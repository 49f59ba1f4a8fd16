"""Staff tools in the Wagtail admin: progress report, advisor import, enrolment."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.core.validators import FileExtensionValidator
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.models import Locale

from elearning import enrolment
from elearning.advisors import (
    MAX_BYTES,
    AdvisorImportError,
    create_advisors,
    preview_token,
    read_file,
    rows_from_token,
    validate_upload,
)
from elearning.models import CoursePage
from elearning.reports import advisors, course_report

STAFF_PERMISSION = "elearning.manage_learners"
SAMPLE_FILE = Path(__file__).parent / "data" / "advisors_sample.csv"


def default_courses():
    return CoursePage.objects.filter(locale=Locale.get_default()).order_by("path")


class CourseChoiceForm(forms.Form):
    course = forms.ModelChoiceField(
        queryset=CoursePage.objects.none(), label=gettext_lazy("Course"), required=True
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = default_courses()


class EnrolForm(CourseChoiceForm):
    advisors = forms.ModelMultipleChoiceField(
        queryset=get_user_model().objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=gettext_lazy("Advisors"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["advisors"].queryset = advisors()


class AdvisorSearchForm(CourseChoiceForm):
    q = forms.CharField(
        label=gettext_lazy("Name, username or e-mail"),
        required=False,
        max_length=100,
        help_text=gettext_lazy("Leave empty to list every advisor."),
    )


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        validators=[FileExtensionValidator(["csv"]), validate_upload],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "Columns: username, email, first_name, last_name. CSV in UTF-8 or Windows-1250 "
            "(Excel's “CSV” on Polish Windows), separated by commas or semicolons; up to "
            "%(limit)s."
        ) % {"limit": filesizeformat(MAX_BYTES)}


@permission_required(STAFF_PERMISSION, raise_exception=True)
def progress_report(request):
    form = CourseChoiceForm(request.GET or None)
    rows = None
    status = 200
    if request.GET:
        if form.is_valid():
            rows = course_report(form.cleaned_data["course"])
        else:
            status = 400
    return TemplateResponse(
        request,
        "elearning/admin/progress_report.html",
        {"form": form, "rows": rows, "header_title": _("Learning progress")},
        status=status,
    )


@permission_required(STAFF_PERMISSION, raise_exception=True)
def import_advisors(request: HttpRequest) -> HttpResponse:
    """Upload → preview of every row → confirmation; nothing is created before it."""
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    context = {"header_title": _("Import advisors")}
    if request.method == "POST" and "preview" in request.POST:
        try:
            users = create_advisors(rows_from_token(request.POST["preview"]), request)
        except AdvisorImportError as error:
            errors = error.errors
            form = ImportForm()
        else:
            messages.success(
                request,
                _("%(count)s advisors created; each was emailed a link to set a password.")
                % {"count": len(users)},
            )
            return redirect("elearning_import_advisors")
    elif request.method == "POST" and form.is_valid():
        try:
            advisor_file = read_file(form.cleaned_data["file"].read())
        except AdvisorImportError as error:
            errors = error.errors
        else:
            context |= {"advisor_file": advisor_file, "preview": preview_token(advisor_file.rows)}
            return TemplateResponse(request, "elearning/admin/import_preview.html", context)
    status = 400 if request.method == "POST" else 200
    context |= {"form": form, "errors": errors}
    return TemplateResponse(request, "elearning/admin/import_advisors.html", context, status=status)


@permission_required(STAFF_PERMISSION, raise_exception=True)
def advisor_import_sample(request: HttpRequest) -> FileResponse:
    """A file staff can fill in: the columns, and two rows showing Polish letters kept."""
    return FileResponse(
        SAMPLE_FILE.open("rb"),
        as_attachment=True,
        filename="advisors-sample.csv",
        content_type="text/csv; charset=utf-8",
    )


@permission_required(STAFF_PERMISSION, raise_exception=True)
def enrol_advisors(request: HttpRequest) -> HttpResponse:
    """Choose a course, find advisors by name or e-mail, tick them; those already enrolled
    are shown as such, and the result tells new enrolments from existing ones."""
    status = 200
    if request.method == "POST":
        form = EnrolForm(request.POST)
        if form.is_valid():
            course = form.cleaned_data["course"]
            outcome = enrolment.enrol_advisors(
                form.cleaned_data["advisors"], course, by=request.user
            )
            if outcome.enrolled:
                messages.success(
                    request,
                    _("%(count)s advisors enrolled in “%(course)s”: %(names)s.")
                    % {
                        "count": len(outcome.enrolled),
                        "course": course.title,
                        "names": ", ".join(map(display_name, outcome.enrolled)),
                    },
                )
            if outcome.already_enrolled:
                messages.warning(
                    request,
                    _("Already enrolled in “%(course)s”, left as they were: %(names)s.")
                    % {
                        "course": course.title,
                        "names": ", ".join(map(display_name, outcome.already_enrolled)),
                    },
                )
            query = request.POST.get("q", "")
            return redirect(f"{request.path}?{urlencode({'course': course.pk, 'q': query[:100]})}")
        status = 400
        search = AdvisorSearchForm(request.POST)
    else:
        search = AdvisorSearchForm(request.GET or None)
        form = None
    context = {"search": search, "form": form, "header_title": _("Enrol advisors")}
    if search.is_bound and search.is_valid():
        course = search.cleaned_data["course"]
        limit = enrolment.SEARCH_LIMIT
        found = list(enrolment.find_advisors(search.cleaned_data["q"])[: limit + 1])
        enrolled = enrolment.enrolled_among(course, found)
        context |= {
            "course": course,
            "candidates": [(advisor, advisor.pk in enrolled) for advisor in found[:limit]],
            "too_many": len(found) > limit,
            "search_limit": limit,
        }
    elif search.is_bound:
        status = 400
    return TemplateResponse(request, "elearning/admin/enrol_advisors.html", context, status=status)


def display_name(user) -> str:
    full_name = user.get_full_name()
    return f"{full_name} ({user.email})" if full_name else user.get_username()
