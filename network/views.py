"""The advisor's own profile page: create, edit, preview, publish and unpublish."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods

from core import site_frame

from . import profiles, topics
from .cards import card_of
from .forms import AdvisorProfileForm
from .models import AdvisorDirectoryPage

ACTIONS = {"save", "publish", "unpublish"}


@login_required
@require_http_methods(["GET", "POST"])
def edit_profile(request: HttpRequest) -> HttpResponse:
    if not profiles.is_advisor(request.user):
        raise PermissionDenied
    profile = profiles.profile_of(request.user)
    eligibility = profiles.eligibility(request.user)
    status = 200
    form = AdvisorProfileForm(instance=profile)
    if request.method == "POST":
        action = request.POST.get("action", "save")
        if action not in ACTIONS:
            return _page(request, form, profile, eligibility, status=400)
        if action == "unpublish":
            if profile is not None and profile.published:
                profiles.unpublish(profile)
                messages.success(request, gettext("Your profile is no longer public."))
            return redirect("network:profile")
        form = AdvisorProfileForm(request.POST, instance=profile)
        if not form.is_valid():
            messages.error(request, gettext("Please correct the errors below."))
            return _page(request, form, profile, eligibility, status=400)
        if action == "publish" and not eligibility.eligible:
            messages.error(request, eligibility.reason)
            return _page(request, form, profile, eligibility, status=403)
        saved = form.save(commit=False)
        saved.user = request.user
        saved.save()
        if action == "publish":
            profiles.publish(saved)
            messages.success(request, gettext("Your profile is published in the directory."))
        elif saved.published:
            messages.success(request, gettext("Your changes are saved and public."))
        else:
            messages.success(
                request, gettext("Your profile is saved as a draft: only you can see it.")
            )
        return redirect("network:profile")
    return _page(request, form, profile, eligibility, status=status)


def _page(request, form, profile, eligibility, *, status: int) -> HttpResponse:
    return TemplateResponse(
        request,
        "network/profile_edit.html",
        {
            "form": form,
            "profile": profile,
            "eligibility": eligibility,
            "standing": profiles.standing(request.user, profile),
            "preview": card_of(profile, topics.titles()) if profile is not None else None,
            "directory": site_frame.section_link(request, AdvisorDirectoryPage),
        },
        status=status,
    )
