from django.contrib.auth.models import Permission
from wagtail import hooks

from .admin_views import ErasureRequestViewSet, LockoutViewSet


@hooks.register("register_admin_viewset")
def register_lockout_viewset() -> LockoutViewSet:
    return LockoutViewSet()


@hooks.register("register_permissions")
def register_unlock_permission():
    # Listed under Settings → Groups → "Other permissions".
    return Permission.objects.filter(content_type__app_label="accounts", codename="unlock_accounts")


@hooks.register("register_admin_viewset")
def register_erasure_viewset() -> ErasureRequestViewSet:
    return ErasureRequestViewSet()


@hooks.register("register_permissions")
def register_erase_permission():
    return Permission.objects.filter(
        content_type__app_label="accounts", codename="erase_personal_data"
    )
