"""Background work of the accounts, kept out of the request so every visitor waits the same."""

from __future__ import annotations

from django.utils import translation
from django_tasks import task

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
