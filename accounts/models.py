from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _

UNLOCK_PERMISSION = "accounts.unlock_accounts"


class SignInLockout(AccessAttempt):
    """django-axes' record of failed sign-ins, seen from the staff's unlock screen.

    A proxy: no table of its own, but a home for the permission to unlock.
    """

    class Meta:
        proxy = True
        default_permissions = ()
        permissions = [("unlock_accounts", _("Can unlock sign-ins locked after failed attempts"))]
        verbose_name = _("locked sign-in")
        verbose_name_plural = _("locked sign-ins")
