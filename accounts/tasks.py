"""Background work of the accounts, kept out of the request so every visitor waits the same."""

from __future__ import annotations

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from django_tasks import task

from .email_change import LINK_DAYS
from .forms import PasswordResetForm

RESET_EMAIL_TEMPLATE = "registration/password_reset_email.txt"


@task()
def send_password_reset(email: str, *, domain: str, use_https: bool, language: str) -> None:
    """Email a set-password link to every active account using this address, if any.

    The page said the same whether or not the address exists; finding the accounts and
    sending happens here, in the visitor's language.
    """
    form = PasswordResetForm({"email": email})
    if not form.is_valid():
        raise ValueError("The password reset form accepted an address it now refuses.")
    with translation.override(language):
        form.save(
            domain_override=domain, use_https=use_https, email_template_name=RESET_EMAIL_TEMPLATE
        )


@task()
def send_email_change_link(new_email: str, *, link: str, language: str) -> None:
    """The link that confirms the new address, sent to that address."""
    with translation.override(language):
        send_mail(
            subject=gettext("Confirm your new e-mail address"),
            message=render_to_string(
                "accounts/email_change_email.txt", {"link": link, "days": LINK_DAYS}
            ),
            from_email=None,
            recipient_list=[new_email],
        )
