"""Admin screens of the question bank: import (upload → preview → confirm) and export."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from questionbank.formats import MAX_FILE_BYTES, ExportError
from questionbank.services import (
    ImportRefused,
    export_category,
    from_token,
    guess_format,
    import_questions,
    parse_category_path,
    plan_import,
    preview_token,
    read_file,
)

IMPORT_PERMISSION = "questionbank.import_questions"

FORMAT_CHOICES = [
    ("", gettext_lazy("From the file name (.xml is Moodle XML, anything else GIFT)")),
    ("gift", "GIFT"),
    ("xml", "Moodle XML"),
]


class CategoryPathField(forms.CharField):
    def validate(self, value: str) -> None:
        super().validate(value)
        if not parse_category_path(value):
            raise forms.ValidationError(_("Name a category, e.g. “Course 1/Block 2”."))


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Question file (GIFT or Moodle XML)"))
    category = CategoryPathField(
        label=gettext_lazy("Category"),
        help_text=gettext_lazy(
            "The Polish path, parts separated by “/”, e.g. “Course 1/Block 2”; created if "
            "missing. English and Spanish files name the Polish category too."
        ),
    )
    language = forms.ChoiceField(
        label=gettext_lazy("Language of the file"), choices=settings.LANGUAGES
    )
    file_format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=FORMAT_CHOICES, required=False
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(limit)s bytes; split it.") % {"limit": MAX_FILE_BYTES}
            )
        return upload


class ExportForm(forms.Form):
    category = CategoryPathField(label=gettext_lazy("Category"))
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=settings.LANGUAGES)
    file_format = forms.ChoiceField(
        label=gettext_lazy("Format"), choices=FORMAT_CHOICES[1:], initial="gift"
    )


def _preview(request, data: bytes, file_format: str, category: str, language: str):
    report = plan_import(read_file(data, file_format), category, language)
    context = {
        "header_title": _("Import questions"),
        "report": report,
        "category": category,
        "language": language,
        "token": preview_token(data, file_format, category, language) if report.ok else "",
    }
    return TemplateResponse(request, "questionbank/admin/import_preview.html", context)


@permission_required(IMPORT_PERMISSION, raise_exception=True)
def import_view(request: HttpRequest) -> HttpResponse:
    """Upload → preview and report → confirm; the confirmation re-reads and re-checks the file."""
    if request.method == "POST" and "token" in request.POST:
        try:
            data, file_format, category, language = from_token(request.POST["token"])
        except signing.BadSignature:
            messages.error(request, _("The preview expired or was altered; upload the file again."))
            return redirect("questionbank_import")
        try:
            report = import_questions(read_file(data, file_format), category, language)
        except ImportRefused:
            # The bank changed since the preview: show what would happen now.
            return _preview(request, data, file_format, category, language)
        messages.success(
            request,
            _("%(count)s questions imported into “%(category)s”.")
            % {"count": len(report.planned), "category": category},
        )
        return redirect("questionbank_import")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        file_format = form.cleaned_data["file_format"] or guess_format(upload.name)
        return _preview(
            request,
            upload.read(),
            file_format,
            form.cleaned_data["category"],
            form.cleaned_data["language"],
        )
    context = {"header_title": _("Import questions"), "form": form}
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "questionbank/admin/import.html", context, status=status)


@permission_required(IMPORT_PERMISSION, raise_exception=True)
def export_view(request: HttpRequest) -> HttpResponse:
    """A category in one language as a GIFT or Moodle XML download."""
    form = ExportForm(request.GET or None)
    if request.GET and form.is_valid():
        category = form.cleaned_data["category"]
        language = form.cleaned_data["language"]
        file_format = form.cleaned_data["file_format"]
        try:
            data = export_category(category, language, file_format)
        except ExportError as error:
            messages.error(request, str(error))
        else:
            slug = "-".join(parse_category_path(category)).replace(" ", "_")
            extension = "xml" if file_format == "xml" else "gift.txt"
            response = HttpResponse(
                data,
                content_type="application/xml"
                if file_format == "xml"
                else "text/plain; charset=utf-8",
            )
            response["Content-Disposition"] = content_disposition_header(
                True, f"{slug}-{language}.{extension}"
            )
            return response
    context = {"header_title": _("Export questions"), "form": form}
    return TemplateResponse(request, "questionbank/admin/export.html", context)
