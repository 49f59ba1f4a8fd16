"""Demo accounts and the groups that give them their rights."""

from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management.base import CommandError
from wagtail.models import GroupPagePermission, Locale, Page, Site

DEFAULT_PASSWORD = "zmp-demo"  # noqa: S105 - demo only; production refuses demo users
SPANISH_EDITORS_GROUP = "Spanish editors"
PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]


def demo_password() -> str:
    return os.environ.get("DEMO_PASSWORD", DEFAULT_PASSWORD)


def refuse_in_production() -> None:
    if not settings.ZMP_DEMO_USERS_ALLOWED:
        raise CommandError(
            "Demo users are not created under production settings "
            "(ZMP_DEMO_USERS_ALLOWED is False). Run load_demo with --no-users."
        )


def ensure_user(username: str, *, groups: list[Group] = (), **fields) -> tuple[object, bool]:
    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(username=username, defaults=fields)
    if created:
        user.set_password(demo_password())
        user.save()
        user.groups.set(groups)
    return user, created


def spanish_editors_group(spanish_home: Page) -> Group:
    """Editors who may edit, translate and publish only the Spanish tree."""
    group, created = Group.objects.get_or_create(name=SPANISH_EDITORS_GROUP)
    if created:
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.create(
                group=group,
                page=spanish_home,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    return group


def ensure_demo_users() -> list[str]:
    """Create the demo editors; returns a line per account for the command to print."""
    refuse_in_production()
    default_home = Site.objects.get(is_default_site=True).root_page
    spanish_home = default_home.get_translation(Locale.objects.get(language_code="es"))
    editors = Group.objects.get(name="Moderators")  # Wagtail's group that may publish
    ensure_user(
        "admin", is_superuser=True, is_staff=True, email="admin@example.com", first_name="Admin"
    )
    ensure_user("editor", groups=[editors], email="editor@example.com", first_name="Redaktor")
    ensure_user(
        "editor-es",
        groups=[spanish_editors_group(spanish_home)],
        email="editor-es@example.com",
        first_name="Editora",
    )
    advisors = Group.objects.get(name="Advisors")
    ensure_user("advisor", groups=[advisors], email="advisor@example.com", first_name="Anna")
    ensure_user("advisor-es", groups=[advisors], email="advisor-es@example.com", first_name="Lucía")
    return [
        "admin (superuser)",
        "editor (Polish editor)",
        "editor-es (Spanish partner: edits and translates the Spanish tree only)",
        "advisor (advisor learning in Polish), advisor-es (advisor learning in Spanish)",
    ]
