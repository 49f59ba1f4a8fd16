"""The test settings on a throwaway SQLite file, so the benchmark never touches real data."""

import tempfile
from pathlib import Path

from cms.settings.test import *  # noqa: F403
from cms.settings.test import WAGTAILSEARCH_BACKENDS

BENCH_DIRECTORY = Path(tempfile.mkdtemp(prefix="zmp-search-bench-"))
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BENCH_DIRECTORY / "bench.sqlite3",
    }
}

# Pages are created without indexing them one by one; the benchmark then builds the index
# in one go with `update_index`, and times it.
WAGTAILSEARCH_BACKENDS = {
    name: {**backend, "AUTO_UPDATE": False} for name, backend in WAGTAILSEARCH_BACKENDS.items()
}
