"""Staff tools in the Wagtail admin: progress report, advisor import, enrolment."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import permission_required
from django.core.validators import FileExtensionValidator
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.models import Locale

from elearning.advisors import (
    MAX_BYTES,
    AdvisorImportError,
    create_advisors,
    read_rows,
    validate_upload,
)
from elearning.models import CoursePage
from elearning.progress import enrol
from elearning.reports import advisors, course_report

STAFF_PERMISSION = "elearning.manage_learners"


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


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        validators=[FileExtensionValidator(["csv"]), validate_upload],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "Columns: username, email, first_name, last_name (CSV UTF-8, comma or semicolon; "
            "up to %(limit)s)."
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
def import_advisors(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                rows = read_rows(form.cleaned_data["file"].read())
                users = create_advisors(rows, request)
            except AdvisorImportError as error:
                errors = error.errors
            else:
                messages.success(
                    request,
                    _("%(count)s advisors created; each was emailed a link to set a password.")
                    % {"count": len(users)},
                )
                return redirect("elearning_import_advisors")
        status = 400
    return TemplateResponse(
        request,
        "elearning/admin/import_advisors.html",
        {"form": form, "errors": errors, "header_title": _("Import advisors")},
        status=status,
    )


@permission_required(STAFF_PERMISSION, raise_exception=True)
def enrol_advisors(request):
    form = EnrolForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            course = form.cleaned_data["course"]
            for advisor in form.cleaned_data["advisors"]:
                enrol(advisor, course, by=request.user)
            messages.success(
                request,
                _("%(count)s advisors enrolled in “%(course)s”.")
                % {"count": len(form.cleaned_data["advisors"]), "course": course.title},
            )
            return redirect("elearning_enrol_advisors")
        status = 400
    return TemplateResponse(
        request,
        "elearning/admin/enrol_advisors.html",
        {"form": form, "header_title": _("Enrol advisors")},
        status=status,
    )
