"""Build the demo site from the project's real content, in Polish, English and Spanish."""

from __future__ import annotations

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Locale

from core.demo.base import Demo, translate_everywhere
from core.demo.site import MENU_ILLUSTRATIONS, MENU_LABELS
from core.demo.users import demo_password, ensure_demo_users, refuse_in_production
from core.models import MainMenu


class Command(BaseCommand):
    help = "Create the demo site (idempotent: running it again changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-users", action="store_true", help="Load the content without demo accounts."
        )

    def handle(self, *args, no_users: bool = False, **options) -> None:
        if not no_users:
            refuse_in_production()  # before anything is written
        with transaction.atomic():
            demo = Demo.start()
            for dotted_path in settings.ZMP_DEMO_LOADERS:
                import_string(dotted_path)(demo)
            self.ensure_menu(demo)
            accounts = [] if no_users else ensure_demo_users()
        if options["verbosity"] == 0:
            return
        self.stdout.write(self.style.SUCCESS("Demo site ready."))
        if accounts:
            self.stdout.write(f"Demo accounts (password: {demo_password()}):")
            for line in accounts:
                self.stdout.write(f"  {line}")

    def ensure_menu(self, demo: Demo) -> None:
        default = Locale.get_default()
        menu = MainMenu.objects.filter(locale=default).first()
        labels = [MENU_LABELS.get(page.slug) for page in demo.menu]
        if menu is None:
            menu = MainMenu.objects.create(
                locale=default,
                items=[
                    (
                        "link",
                        {
                            "page": page,
                            "label": label.pl if label else "",
                            "illustration": MENU_ILLUSTRATIONS.get(page.slug, ""),
                        },
                    )
                    for page, label in zip(demo.menu, labels, strict=True)
                ],
            )
        translate_everywhere(menu, [label for label in labels if label], demo.locales)
