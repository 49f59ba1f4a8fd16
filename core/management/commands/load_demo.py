"""Build the demo site from the content tree (content/), in Polish, English and Spanish."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from core.content.tree import load
from core.demo.users import demo_password, ensure_demo_users, refuse_in_production


class Command(BaseCommand):
    help = "Create or update the demo site from content/ (running it again changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-users", action="store_true", help="Load the content without demo accounts."
        )

    def handle(self, *args, no_users: bool = False, **options) -> None:
        if not no_users:
            refuse_in_production()  # before anything is written
        with transaction.atomic():
            ensure_site_address(Site.objects.get(is_default_site=True))
            changed = load()
            accounts = [] if no_users else ensure_demo_users()
        if options["verbosity"] == 0:
            return
        for line in changed if options["verbosity"] > 1 else []:
            self.stdout.write(f"  loaded {line}")
        self.stdout.write(self.style.SUCCESS(f"Demo site ready ({len(changed)} files loaded)."))
        if accounts:
            self.stdout.write(f"Demo accounts (password: {demo_password()}):")
            for line in accounts:
                self.stdout.write(f"  {line}")


def ensure_site_address(site: Site) -> None:
    """The Site's host name and port from ``SITE_URL`` (Wagtail's placeholder: localhost:80)."""
    address = urlsplit(settings.SITE_URL)
    port = address.port or (443 if address.scheme == "https" else 80)
    if (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save(update_fields=["hostname", "port"])
