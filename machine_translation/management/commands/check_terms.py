"""Lists the live translations that use a variant the term base avoids: ``manage.py check_terms``.

Every live English and Spanish page and every English and Spanish snippet (live, for those with
drafts) is checked against ``content/terms.csv``; exits 1 when any uses one, for CI.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext, ngettext
from wagtail.models import Page

from machine_translation.terms import live_content_warnings, warning_message


def describe(instance) -> str:
    language = instance.locale.language_code
    if isinstance(instance, Page):
        return f"[{language}] {instance.get_url() or instance.url_path} ({instance.title})"
    return f"[{language}] {instance._meta.verbose_name} “{instance}” (#{instance.pk})"


class Command(BaseCommand):
    help = "List the live English and Spanish pages and snippets that avoid the term base."

    def handle(self, *args, **options) -> None:
        found = live_content_warnings()
        for instance, warnings in found:
            self.stdout.write(describe(instance))
            for warning in warnings:
                self.stdout.write(f"  {warning.where}: {warning_message(warning)}")
        if found:
            raise CommandError(
                ngettext(
                    "%(count)d translation uses terms the project does not use.",
                    "%(count)d translations use terms the project does not use.",
                    len(found),
                )
                % {"count": len(found)},
                returncode=1,
            )
        self.stdout.write(
            self.style.SUCCESS(gettext("Every live translation uses the project's terms."))
        )
