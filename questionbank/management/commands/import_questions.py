"""python manage.py import_questions FILE --category "Path/To Category" [--language pl|en|es]."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from questionbank.services import (
    FORMATS,
    ImportRefused,
    ImportReport,
    guess_format,
    import_questions,
    read_file,
)


class Command(BaseCommand):
    help = "Import a GIFT or Moodle XML file into a bank category, all or nothing."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--category", required=True, help="Polish category path, A/B/C")
        parser.add_argument("--language", default="pl", choices=["pl", "en", "es"])
        parser.add_argument("--format", choices=FORMATS, help="default: from the file name")

    def handle(self, *args, file: Path, category: str, language: str, **options) -> None:
        file_format = options["format"] or guess_format(file.name)
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error}") from error
        try:
            report = import_questions(read_file(data, file_format), category, language)
        except ImportRefused as refused:
            self._print_report(refused.report)
            raise CommandError(
                f"nothing imported: {len(refused.report.problems)} problem(s) in {file}"
            ) from refused
        self._print_report(report)
        self.stdout.write(
            self.style.SUCCESS(
                f"Importing {len(report.planned)} questions from {file}: "
                f"{len(report.names('create'))} new, {len(report.names('update'))} updated, "
                f"{len(report.names('unchanged'))} unchanged, "
                f"{len(report.names('translate'))} translations."
            )
        )

    def _print_report(self, report: ImportReport) -> None:
        for problem in report.problems:
            self.stderr.write(str(problem))
        for renamed in report.renamed:
            self.stdout.write(str(renamed))
        if report.missing:
            self.stdout.write(f"Missing in {report.language}: " + ", ".join(sorted(report.missing)))
        if report.disagreeing:
            self.stdout.write(
                "Answer key differs from the Polish question: "
                + ", ".join(sorted(report.disagreeing))
            )
