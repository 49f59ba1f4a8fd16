"""python manage.py export_questions --category "Path" --language pl --format gift|xml."""

from django.core.management.base import BaseCommand, CommandError, CommandParser

from questionbank.formats import ExportError
from questionbank.services import FORMATS, export_category


class Command(BaseCommand):
    help = "Write a bank category's questions in one language as GIFT or Moodle XML."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--category", required=True, help="Polish category path, A/B/C")
        parser.add_argument("--language", default="pl", choices=["pl", "en", "es"])
        parser.add_argument("--format", default="gift", choices=FORMATS)
        parser.add_argument("--output", help="file to write (default: standard output)")

    def handle(self, *args, category: str, language: str, output: str | None, **options) -> None:
        try:
            data = export_category(category, language, options["format"])
        except ExportError as error:
            raise CommandError(str(error)) from error
        if output:
            with open(output, "wb") as handle:
                handle.write(data)
        else:
            self.stdout.write(data.decode("utf-8"), ending="")
