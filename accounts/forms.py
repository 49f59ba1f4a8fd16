"""The sign-in, password-reset and registration forms of the public site and the admin."""

from __future__ import annotations

import logging
import smtplib
import unicodedata
from collections.abc import Iterator
from math import ceil

from django import forms
from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.template import loader
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from . import email_change
from .lockouts import cool_off
from .models import Profile

logger = logging.getLogger("zmp.accounts")


def lockout_error() -> ValidationError:
    minutes = ceil(cool_off().total_seconds() / 60)
    return ValidationError(
        ngettext(
            "Too many failed attempts to sign in. For your security, signing in is blocked "
            "for %(minutes)s minute. Try again later or ask the labour office's staff to "
            "unlock your account.",
            "Too many failed attempts to sign in. For your security, signing in is blocked "
            "for %(minutes)s minutes. Try again later or ask the labour office's staff to "
            "unlock your account.",
            minutes,
        ),
        code="locked_out",
        params={"minutes": minutes},
    )


class LockoutMessageMixin:
    """Says that sign-in is locked instead of "wrong password" when django-axes refused it."""

    def get_invalid_login_error(self) -> ValidationError:
        # AxesStandaloneBackend, or the failure that reached the limit, flags the request.
        if getattr(self.request, "axes_locked_out", False):
            return lockout_error()
        return super().get_invalid_login_error()


class SignInForm(LockoutMessageMixin, auth_forms.AuthenticationForm):
    """The advisors' sign-in on the public site."""


class AdminSignInForm(LockoutMessageMixin, WagtailLoginForm):
    """Wagtail's admin sign-in (WAGTAILADMIN_USER_LOGIN_FORM)."""


def same_address(typed: str, stored: str) -> bool:
    """Django's own comparison: look-alike Unicode addresses must not match each other."""
    return (
        unicodedata.normalize("NFKC", typed).casefold()
        == unicodedata.normalize("NFKC", stored).casefold()
    )


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Also reaches active accounts that have no password yet, such as imported advisors.

    Django skips accounts with an unusable password; ours are created that way by the CSV
    import and by staff, and "forgot password" is how their owners set one.
    """

    def get_users(self, email: str) -> Iterator:
        user_model = get_user_model()
        email_field = user_model.get_email_field_name()
        users = user_model._default_manager.filter(
            **{f"{email_field}__iexact": email, "is_active": True}
        )
        return (user for user in users if same_address(email, getattr(user, email_field)))

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict,
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        """Django's, except that a failed send is logged by user id and fails the task.

        Django logs and swallows it, so the background task would report success. The log names
        the account, never the address.
        """
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        message = EmailMultiAlternatives(
            subject, loader.render_to_string(email_template_name, context), from_email, [to_email]
        )
        if html_email_template_name:
            message.attach_alternative(
                loader.render_to_string(html_email_template_name, context), "text/html"
            )
        try:
            message.send()
        except (smtplib.SMTPException, OSError) as error:
            logger.error(
                "Password reset email to user %s not sent: %s",
                context["user"].pk,
                type(error).__name__,
            )
            raise


class RegistrationForm(auth_forms.UserCreationForm):
    email = forms.EmailField(label=_("Email address"))
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    class Meta(auth_forms.UserCreationForm.Meta):
        fields = ("username", "first_name", "last_name", "email")


class ProfileForm(forms.Form):
    """The account holder's name as certificates print it, and their language."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Surname"), max_length=150, required=False)
    language = forms.ChoiceField(
        label=_("Language of communication"),
        choices=settings.LANGUAGES,
        help_text=_("The language of the e-mails the office sends you."),
    )

    def __init__(self, *args, user, **kwargs) -> None:
        self.user = user
        profile = Profile.objects.filter(user=user).first()
        kwargs.setdefault(
            "initial",
            {
                "first_name": user.first_name,
                "last_name": user.last_name,
                "language": profile.language if profile else settings.LANGUAGE_CODE,
            },
        )
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        self.user.first_name = self.cleaned_data["first_name"].strip()
        self.user.last_name = self.cleaned_data["last_name"].strip()
        self.user.save(update_fields=["first_name", "last_name"])
        Profile.objects.update_or_create(
            user=self.user, defaults={"language": self.cleaned_data["language"]}
        )


class EmailChangeForm(forms.Form):
    new_email = forms.EmailField(label=_("New e-mail address"), max_length=254)

    def __init__(self, *args, user, **kwargs) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_new_email(self) -> str:
        new_email = self.cleaned_data["new_email"].strip()
        if new_email.lower() == (self.user.email or "").lower():
            raise ValidationError(_("This is already your address."))
        if email_change.address_taken(new_email, self.user):
            raise ValidationError(_("Another account already uses this address."))
        return new_email
