"""Advisor accounts: sign in and out, password reset by email, optional self-registration."""

from django import forms
from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import Group
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

ADVISORS_GROUP = "Advisors"


class RegistrationForm(UserCreationForm):
    email = forms.EmailField(label=_("Email address"))
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    class Meta(UserCreationForm.Meta):
        fields = ("username", "first_name", "last_name", "email")


def register(request: HttpRequest) -> HttpResponse:
    """Open only where ZMP_SELF_REGISTRATION is on; otherwise staff create advisors."""
    if not settings.ZMP_SELF_REGISTRATION:
        raise Http404(_("Accounts are created by the labour office's staff."))
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        user.groups.add(Group.objects.get(name=ADVISORS_GROUP))
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("elearning:dashboard")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "registration/register.html", {"form": form}, status=status)
