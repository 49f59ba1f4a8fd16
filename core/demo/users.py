"""Demo accounts and the groups that give them their rights."""

from __future__ import annotations

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import CommandError

from localization.roles import ENGLISH_TRANSLATORS, SPANISH_TRANSLATORS

DEFAULT_PASSWORD = "zmp-demo"  # noqa: S105 - demo only; production refuses demo users


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


def spanish_editors_group(spanish_home=None) -> Group:
    """The Spanish translators, made by localization's migration (formerly made here).

    Kept for the tests that still ask for it by this name; ``spanish_home`` is unused: the group
    gets its rights on the Spanish tree when that tree's home page is created.
    """
    return Group.objects.get(name=SPANISH_TRANSLATORS)


def ensure_demo_users() -> list[str]:
    """Create the demo editors; returns a line per account for the command to print."""
    refuse_in_production()
    editors = Group.objects.get(name="Moderators")  # Wagtail's group that may publish
    ensure_user(
        "admin", is_superuser=True, is_staff=True, email="admin@example.com", first_name="Admin"
    )
    ensure_user("editor", groups=[editors], email="editor@example.com", first_name="Redaktor")
    # The translator groups, and their rights on each language's tree, come from
    # localization's migrations and its receiver for new home pages.
    ensure_user(
        "editor-es",
        groups=[spanish_editors_group()],
        email="editor-es@example.com",
        first_name="Editora",
    )
    ensure_user(
        "editor-en",
        groups=[Group.objects.get(name=ENGLISH_TRANSLATORS)],
        email="editor-en@example.com",
        first_name="Editor",
    )
    advisors = Group.objects.get(name="Advisors")
    ensure_user("advisor", groups=[advisors], email="advisor@example.com", first_name="Anna")
    ensure_user("advisor-es", groups=[advisors], email="advisor-es@example.com", first_name="Lucía")
    return [
        "admin (superuser)",
        "editor (Polish editor)",
        "editor-es (Spanish partner: translates into Spanish and edits the Spanish tree only)",
        "editor-en (translates into English and edits the English tree only)",
        "advisor (advisor learning in Polish), advisor-es (advisor learning in Spanish)",
    ]
