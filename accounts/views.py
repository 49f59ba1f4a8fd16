"""Sign in and out, password reset by email, optional self-registration, and their refusals;
the account holder's own page: their name and language, password, data and its erasure."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from elearning.advisors import ADVISORS_GROUP

from . import email_change, lockouts, personal_data, tasks
from .forms import (
    EmailChangeForm,
    PasswordResetForm,
    ProfileForm,
    RegistrationForm,
    SignInForm,
)
from .models import ErasureRequest
from .throttling import RateLimit, per_address, retry_after


def too_many_requests(request: HttpRequest, seconds: int) -> TemplateResponse:
    """HTTP 429 with Retry-After, so people and well-behaved clients know when to come back."""
    response = TemplateResponse(
        request, "accounts/too_many_requests.html", {"minutes": -(-seconds // 60)}, status=429
    )
    response["Retry-After"] = str(seconds)
    return response


def locked_out(
    request: HttpRequest, original_response: HttpResponse, credentials: dict | None
) -> HttpResponse:
    """AXES_LOCKOUT_CALLABLE: the sign-in page the view rendered, as 429 with Retry-After.

    The page is the public or the admin sign-in form, whose error already says that signing in
    is locked (forms.LockoutMessageMixin), so the visitor stays on the page they know.
    """
    original_response.status_code = 429
    original_response["Retry-After"] = str(int(lockouts.cool_off().total_seconds()))
    return original_response


class SignInView(auth_views.LoginView):
    form_class = SignInForm
    redirect_authenticated_user = True


class PasswordResetView(auth_views.PasswordResetView):
    """Answers the same, in the same time, whether or not the address has an account.

    The request only checks the address's format and the rate limits; a background task looks
    for accounts and sends the email, so no difference in work shows in the response.
    """

    form_class = PasswordResetForm
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        email = form.cleaned_data["email"]
        wait = retry_after(
            self.request,
            [
                RateLimit("password_reset_per_ip"),
                RateLimit("password_reset_per_address", key=per_address(email)),
            ],
        )
        if wait is not None:
            return too_many_requests(self.request, wait)
        tasks.send_password_reset.enqueue(
            email,
            domain=self.request.get_host(),
            use_https=self.request.is_secure(),
            language=get_language(),
        )
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form) -> HttpResponse:
        # Whoever reads the account's mailbox may sign in again at once, even if locked out.
        lockouts.unlock(username=self.user.get_username(), ip_address=None)
        return super().form_valid(form)


def register(request: HttpRequest) -> HttpResponse:
    """Open only where ZMP_SELF_REGISTRATION is on; otherwise staff create advisors."""
    if not settings.ZMP_SELF_REGISTRATION:
        raise Http404(_("Accounts are created by the labour office's staff."))
    if request.method == "POST":
        wait = retry_after(request, [RateLimit("registration_per_ip")])
        if wait is not None:
            return too_many_requests(request, wait)
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        user.groups.add(Group.objects.get(name=ADVISORS_GROUP))
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("elearning:dashboard")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "registration/register.html", {"form": form}, status=status)


@login_required
def my_account(request: HttpRequest) -> HttpResponse:
    form = ProfileForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your details are saved."))
        return redirect("accounts:account")
    status = 400 if request.method == "POST" else 200
    return _account_page(request, form, EmailChangeForm(user=request.user), status)


def _account_page(request, form, email_form, status: int) -> TemplateResponse:
    context = {
        "form": form,
        "email_form": email_form,
        "erasure_requested": ErasureRequest.objects.filter(user=request.user).first(),
    }
    return TemplateResponse(request, "accounts/my_account.html", context, status=status)


@login_required
@require_POST
def request_email_change(request: HttpRequest) -> HttpResponse:
    """Sends the link that confirms the new address to that address; nothing changes yet."""
    email_form = EmailChangeForm(request.POST, user=request.user)
    if not email_form.is_valid():
        return _account_page(request, ProfileForm(user=request.user), email_form, 400)
    wait = retry_after(request, [RateLimit("password_reset_per_ip")])
    if wait is not None:
        return too_many_requests(request, wait)
    new_email = email_form.cleaned_data["new_email"]
    token = email_change.change_token(request.user, new_email)
    tasks.send_email_change_link.enqueue(
        new_email,
        link=request.build_absolute_uri(reverse("accounts:confirm_email_change", args=[token])),
        language=get_language(),
    )
    messages.success(
        request,
        _("We have sent a link to %(email)s. Your address changes when you follow it.")
        % {"email": new_email},
    )
    return redirect("accounts:account")


def confirm_email_change(request: HttpRequest, token: str) -> HttpResponse:
    """Shows what the link will do and does it on the button (a mail scanner fetching the
    link changes nothing); a link that cannot change it says why, with 400."""
    try:
        user, new_email = email_change.pending_change(token)
        if request.method == "POST":
            email_change.confirm_change(token)
            messages.success(
                request, _("Your e-mail address is now %(email)s.") % {"email": new_email}
            )
            return redirect("accounts:account" if request.user == user else "accounts:login")
    except email_change.ChangeRefused as refused:
        return TemplateResponse(
            request, "accounts/email_change_confirm.html", {"refused": str(refused)}, status=400
        )
    return TemplateResponse(request, "accounts/email_change_confirm.html", {"new_email": new_email})


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")

    def form_valid(self, form) -> HttpResponse:
        messages.success(self.request, _("Your password is changed."))
        return super().form_valid(form)

    def form_invalid(self, form) -> HttpResponse:
        response = super().form_invalid(form)
        response.status_code = 400
        return response


DATA_FORMATS = {
    "json": (personal_data.as_json, "application/json", "json"),
    "csv": (personal_data.as_csv_zip, "application/zip", "zip"),
}


@login_required
def download_personal_data(request: HttpRequest, data_format: str) -> HttpResponse:
    """Everything the site keeps about the account holder, as JSON or as CSV files."""
    if data_format not in DATA_FORMATS:
        raise Http404(_("The data can be downloaded as JSON or CSV."))
    render, content_type, extension = DATA_FORMATS[data_format]
    response = HttpResponse(
        render(personal_data.personal_data(request.user)), content_type=content_type
    )
    name = f"zielone-miejsca-pracy-{request.user.pk}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_POST
def request_erasure(request: HttpRequest) -> HttpResponse:
    """Records the request; the office's staff confirm it and erase the data."""
    ErasureRequest.objects.get_or_create(user=request.user)
    messages.success(
        request,
        _(
            "Your request to erase your data is recorded. The office's staff will confirm it "
            "and let you know by e-mail."
        ),
    )
    return redirect("accounts:account")
