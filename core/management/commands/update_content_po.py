"""Rewrite the content tree's PO files from the site as loaded (run after load_demo).

After a change to the Polish Markdown, new segments appear with an empty msgstr for the
translator; translations of sentences that are gone stay in the file as obsolete entries
(``#~``), so nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from wagtail.models import Locale, Page

from core.content import translations
from core.content.tree import TRANSLATED_LANGUAGES


class Command(BaseCommand):
    help = "Regenerate content/**/*.po from the loaded site, keeping every translation."

    def add_arguments(self, parser):
        parser.add_argument(
            "--path",
            default="",
            help="Only the files under this folder or with this prefix, e.g. "
            "pages/strona-glowna/kursy/woda-i-scieki (relative to the content tree).",
        )

    def handle(self, *args, **options) -> None:
        prefix = options["path"].strip("/")
        root = Path(settings.ZMP_CONTENT_DIR)
        default = Locale.get_default()
        written = 0

        def chosen(file: Path) -> bool:
            return file.relative_to(root).as_posix().startswith(prefix)

        for path in sorted((root / "pages").rglob("*.md")):
            if not chosen(path):
                continue
            url_path = "/" + path.relative_to(root / "pages").with_suffix("").as_posix() + "/"
            page = Page.objects.get(locale=default, url_path=url_path)
            written += self.write(path, [(None, page)])
        for path in sorted(root.rglob("*.yaml")):
            if not chosen(path):
                continue
            spec = yaml.safe_load(path.read_text(encoding="utf-8"))
            if not isinstance(spec, dict) or "model" not in spec:
                continue
            model = apps.get_model(spec["model"])
            key_field = spec.get("key")
            objects = []
            for item in spec["objects"]:
                lookup = {key_field: item[key_field]} if key_field else {}
                instance = model.objects.get(locale=default, **lookup)
                objects.append((str(item[key_field]) if key_field else "main", instance))
            written += self.write(path, objects)
        self.stdout.write(f"{written} PO files written.")

    def write(self, path: Path, objects: list) -> int:
        count = 0
        for code in TRANSLATED_LANGUAGES:
            po_path = path.with_name(f"{path.with_suffix('').name}.{code}.po")
            if not po_path.exists() and objects[0][0] is None:
                continue  # a page left untranslated on purpose
            locale = Locale.objects.get(language_code=code)
            po = translations.exported(objects, locale, translations.read(po_path))
            count += translations.write(po, po_path)
        return count
