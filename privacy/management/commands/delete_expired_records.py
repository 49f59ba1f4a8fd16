"""Delete personal records kept past their period now, or book the daily run."""

from django.core.management.base import BaseCommand

from privacy.retention import delete_expired
from privacy.tasks import book_next_run


class Command(BaseCommand):
    help = (
        "Delete contact messages, failed sign-in records, sent e-mail records and expired"
        " sessions kept longer than the privacy settings allow."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Instead of deleting now, book the task worker's daily run (if none is booked).",
        )

    def handle(self, *args, schedule: bool = False, **options) -> None:
        if schedule:
            when = book_next_run()
            if when is None:
                self.stderr.write("This task backend cannot run tasks later; nothing booked.")
            elif options["verbosity"]:
                self.stdout.write(f"Next deletion of expired records: {when.isoformat()}")
            return
        deleted = delete_expired()
        if options["verbosity"]:
            for kind, count in deleted.items():
                self.stdout.write(f"{kind}: {count} deleted")
