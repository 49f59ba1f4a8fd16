"""Changing an account's e-mail address: it changes only once the new address has shown it
receives mail, by following a signed link sent there.

The link carries the account, the new address and the address it replaces, signed with the
site's secret and valid for a few days; it is refused once the account's address has changed
in between (the link is used up) or when another account has taken the new address.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core import signing
from django.utils.translation import gettext as _

SALT = "zmp.accounts.email-change"
LINK_DAYS = 3


class ChangeRefused(Exception):
    """The link cannot change the address; the message says why, for the account holder."""


def change_token(user, new_email: str) -> str:
    return signing.dumps({"user": user.pk, "new": new_email, "old": user.email}, salt=SALT)


def address_taken(new_email: str, user) -> bool:
    return get_user_model().objects.filter(email__iexact=new_email).exclude(pk=user.pk).exists()


def pending_change(token: str):
    """(account, new address) of a valid link; ChangeRefused otherwise."""
    try:
        data = signing.loads(token, salt=SALT, max_age=LINK_DAYS * 24 * 60 * 60)
    except signing.SignatureExpired as expired:
        raise ChangeRefused(
            _("This link has expired. Ask for the change again from your account page.")
        ) from expired
    except signing.BadSignature as bad:
        raise ChangeRefused(
            _("This link is not valid. Copy the whole link from the e-mail.")
        ) from bad
    user = get_user_model().objects.filter(pk=data.get("user"), is_active=True).first()
    if user is None or user.email != data.get("old"):
        raise ChangeRefused(_("This link has already been used or is out of date."))
    if address_taken(data["new"], user):
        raise ChangeRefused(_("Another account already uses this address."))
    return user, data["new"]


def confirm_change(token: str):
    """Sets the new address of a valid link and returns the account."""
    user, new_email = pending_change(token)
    user.email = new_email
    user.save(update_fields=["email"])
    return user
