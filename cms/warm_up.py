"""Load in gunicorn's master, before it forks, what every worker would load for itself.

On its first requests each worker imported every URL module and the views they name, compiled
the templates and read the translation catalogues, and held all that on its own (about 5 MB
of a worker's 49 MB after a run of home pages, measured on 2026-12-07); the first rendition
it made loaded Pillow's format plugins and libraries. Loaded once in the master
(``deploy/gunicorn.conf.py``), the workers share it.
Nothing here touches the database or the cache: no connection is opened before the fork.
"""

from __future__ import annotations

import logging
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.template import engines
from django.urls import get_resolver
from django.utils import translation
from PIL import Image

logger = logging.getLogger("zmp.warm_up")


def project_template_names() -> list[str]:
    """The templates of the project's own directory and apps (not Django's or Wagtail's)."""
    roots = [Path(directory) for directory in settings.TEMPLATES[0]["DIRS"]]
    base = Path(settings.BASE_DIR)
    roots += [
        Path(config.path) / "templates"
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(base) and ".venv" not in Path(config.path).parts
    ]
    return sorted(
        {
            str(template.relative_to(root))
            for root in roots
            if root.is_dir()
            for template in root.rglob("*")
            if template.suffix in {".html", ".txt", ".xml"}
        }
    )


def warm_up() -> None:
    # Imports cms.urls, and through it every app's URLs and views.
    url_patterns = get_resolver().url_patterns
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Home")  # reads the language's catalogues
    names = project_template_names()
    for name in names:
        # Compiling also loads the tag libraries each template uses.
        engines["django"].get_template(name)
    # Pillow imports its format plugins, and with them the WebP and AVIF libraries, on the
    # first rendition a worker makes.
    Image.init()
    logger.info(
        "Warmed up before the workers start: %d URL patterns, %d templates",
        len(url_patterns),
        len(names),
    )
