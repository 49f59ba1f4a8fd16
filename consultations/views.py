"""The advisor's own pages: the consultation log and the meetings they propose."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from core.forms import is_possible_key
from outreach.models import paginate

from . import meetings, services
from .forms import NO_PERSONAL_DATA, ConsultationForm, MeetingForm
from .models import Consultation

PER_PAGE = 25


def advisor_required(view: Callable) -> Callable:
    """Signed in, and an advisor: only advisors keep a log and propose meetings."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not services.is_advisor(request.user):
            raise PermissionDenied(_("Only advisors keep a consultation log."))
        return view(request, *args, **kwargs)

    return wrapper


def _own(request: HttpRequest, pk: int) -> Consultation:
    # A number no key can be is not looked up (the database would refuse it), and another
    # advisor's entry is, for this one, an entry that does not exist.
    if not is_possible_key(Consultation, pk):
        raise Http404
    return get_object_or_404(services.consultations_of(request.user), pk=pk)


@advisor_required
@require_http_methods(["GET", "HEAD"])
def consultation_list(request: HttpRequest) -> HttpResponse:
    consultations = services.consultations_of(request.user)
    page = paginate(consultations, PER_PAGE, request, _("There is no such page of consultations."))
    titles = services.topic_titles()
    rows = [
        {
            "consultation": consultation,
            "topic": titles.get(str(consultation.topic_key), ""),
            "county": services.county_label(consultation.county_code),
            "municipality": services.municipality_label(consultation.municipality_code),
        }
        for consultation in page
    ]
    return TemplateResponse(
        request,
        "consultations/consultation_list.html",
        {"page": page, "rows": rows, "total": services.hours_of(request.user)},
    )


def _form_page(request, form, *, consultation=None, status=200) -> TemplateResponse:
    return TemplateResponse(
        request,
        "consultations/consultation_form.html",
        {
            "form": form,
            "consultation": consultation,
            "has_topics": bool(form.fields["topic_key"].choices[1:]),
            "no_personal_data": NO_PERSONAL_DATA,
        },
        status=status,
    )


@advisor_required
@require_http_methods(["GET", "HEAD", "POST"])
def consultation_add(request: HttpRequest) -> HttpResponse:
    form = ConsultationForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            consultation = form.save(commit=False)
            consultation.advisor = request.user
            consultation.save()
            messages.success(
                request,
                _("The consultation of %(date)s is logged.")
                % {"date": date_format(consultation.date, "SHORT_DATE_FORMAT")},
            )
            return redirect("consultations:list")
        return _form_page(request, form, status=400)
    return _form_page(request, form)


@advisor_required
@require_http_methods(["GET", "HEAD", "POST"])
def consultation_edit(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = _own(request, pk)
    form = ConsultationForm(request.POST or None, instance=consultation)
    if request.method == "POST":
        if form.is_valid():
            form.save()
            messages.success(request, _("The consultation is saved."))
            return redirect("consultations:list")
        return _form_page(request, form, consultation=consultation, status=400)
    return _form_page(request, form, consultation=consultation)


@advisor_required
@require_http_methods(["GET", "HEAD", "POST"])
def consultation_delete(request: HttpRequest, pk: int) -> HttpResponse:
    consultation = _own(request, pk)
    if request.method == "POST":
        consultation.delete()
        messages.success(request, _("The consultation is deleted from your log."))
        return redirect("consultations:list")
    return TemplateResponse(
        request,
        "consultations/consultation_confirm_delete.html",
        {
            "consultation": consultation,
            "topic": services.topic_titles().get(str(consultation.topic_key), ""),
        },
    )


# Information meetings ------------------------------------------------------------------


@advisor_required
@require_http_methods(["GET", "HEAD"])
def meeting_list(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(
        request,
        "consultations/meeting_list.html",
        {"proposals": meetings.states_of(request.user), "refusal": meetings.refusal()},
    )


@advisor_required
@require_http_methods(["GET", "HEAD", "POST"])
def meeting_propose(request: HttpRequest) -> HttpResponse:
    form = MeetingForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            meeting = meetings.Meeting(
                title=data["title"],
                start=data["start"],
                end=data["end"],
                venue=data["venue"],
                county_code=data["county_code"],
                municipality_code=data["municipality_code"],
                topic_key=data["topic_key"],
                topic_title=services.source_title(data["topic_key"]),
                description=data["description"],
            )
            try:
                meetings.propose(request.user, meeting)
            except meetings.ProposalRefused:
                status = 409  # the page says why, below
            else:
                messages.success(request, _proposed_message())
                return redirect("consultations:meetings")
    return TemplateResponse(
        request,
        "consultations/meeting_form.html",
        {"form": form, "refusal": meetings.refusal()},
        status=status,
    )


def _proposed_message() -> str:
    sent = _("Your meeting is proposed. An editor will review it before it is published.")
    default = Locale.get_default()
    if get_language() != default.language_code:
        sent += " " + _(
            "It is written in the site's source language (%(language)s); the editors will"
            " translate it."
        ) % {"language": default.get_display_name()}
    return sent
