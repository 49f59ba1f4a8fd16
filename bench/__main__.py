"""Search benchmark: ``python -m bench`` (``make bench``).

Builds a throwaway SQLite site (bench/settings.py) with 10 000 pages in Polish, English and
Spanish, written from the demo content's vocabulary, builds the search index with
``update_index`` and times it, then runs Polish (inflected), English and Spanish searches
many times, both through the search backend and through the whole search page, and prints
the median and 95th percentile latencies.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"

import django  # noqa: E402

django.setup()

import polib  # noqa: E402
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from django.utils.html import escape, strip_tags  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402
from wagtail.search.models import IndexEntry  # noqa: E402

from home.models import HomePage, StandardPage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402

LANGUAGES = ("pl", "en", "es")
QUERIES = {
    "pl": [
        "odpadów",
        "pompy ciepła",
        "doradców zawodowych",
        "szkoleniach",
        "oczyszczalni ścieków",
        "zielonych miejsc pracy",
        "odnawialnych źródeł energii",
        "stażu",
    ],
    "en": ["heat pump", "wastewater treatment", "green jobs", "advisors training", "emissions"],
    "es": [
        "aguas residuales",
        "bombas de calor",
        "empleos verdes",
        "formación de asesores",
        "energías renovables",
    ],
}
NEWS_SHARE = 0.3
CHUNK = 500


# Text ------------------------------------------------------------------------------------


def demo_texts() -> dict[str, list[str]]:
    """Every demo text, per language: the content tree's PO files (Polish as msgids)."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(Path(settings.ZMP_CONTENT_DIR).rglob("*.po")):
        language = path.suffixes[-2].lstrip(".")
        for entry in polib.pofile(str(path)):
            if entry.msgstr and not entry.obsolete:
                found[language].append(strip_tags(entry.msgstr))
                if language == "en":
                    found["pl"].append(strip_tags(entry.msgid))
    return found


class Writer:
    """Sentences from a word-pair (Markov) chain over one language's demo texts."""

    def __init__(self, texts: list[str], rng: random.Random):
        self.rng = rng
        self.following: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        for text in texts:
            words = text.split()
            for index, word in enumerate(words):
                starts_sentence = index == 0 or words[index - 1].endswith((".", "!", "?"))
                if starts_sentence and word[:1].isupper():
                    self.starts.append(word)
                if index + 1 < len(words):
                    self.following[word].append(words[index + 1])

    def sentence(self, longest: int = 28) -> str:
        word = self.rng.choice(self.starts)
        words = [word]
        while len(words) < longest and not word.endswith((".", "!", "?")):
            options = self.following.get(word)
            if not options:
                break
            word = self.rng.choice(options)
            words.append(word)
        text = " ".join(words).rstrip(",;:–—-")
        return text if text.endswith((".", "!", "?")) else f"{text}."

    def title(self) -> str:
        words = self.sentence(longest=7).rstrip(".!?").split()[: self.rng.randint(3, 7)]
        return " ".join(words).rstrip(",;:–—-").strip("„”«»\"'()") or "Strona"

    def paragraphs(self, count: int) -> list[str]:
        return [
            " ".join(self.sentence() for _ in range(self.rng.randint(2, 5))) for _ in range(count)
        ]


# Site ------------------------------------------------------------------------------------


def build_site() -> dict[str, tuple[Page, Page]]:
    """A home page and a news index per language, as in the real site."""
    root = Page.get_first_root_node()
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    home = root.add_child(
        instance=HomePage(title="Zielone miejsca pracy", slug="strona-glowna", intro=".")
    )
    site.root_page = home
    site.save()
    placeholder.delete()
    news = home.add_child(instance=NewsIndexPage(title="Aktualności", slug="aktualnosci"))
    trees = {"pl": (home, news)}
    for language in ("en", "es"):
        locale, _created = Locale.objects.get_or_create(language_code=language)
        translated_home = home.copy_for_translation(locale)
        translated_home.save_revision().publish()
        translated_news = news.copy_for_translation(locale)
        translated_news.save_revision().publish()
        trees[language] = (
            Page.objects.get(pk=translated_home.pk),
            Page.objects.get(pk=translated_news.pk),
        )
    return trees


def create_pages(total: int, rng: random.Random) -> dict[str, int]:
    texts = demo_texts()
    writers = {language: Writer(texts[language], rng) for language in LANGUAGES}
    trees = build_site()
    created = dict.fromkeys(LANGUAGES, 0)
    now = timezone.now()
    number = 0
    while number < total:
        with transaction.atomic():
            for _ in range(min(CHUNK, total - number)):
                language = LANGUAGES[number % len(LANGUAGES)]
                writer = writers[language]
                home, news = trees[language]
                published = now - datetime.timedelta(days=rng.randint(0, 3650))
                body = [
                    ("paragraph", RichText(f"<p>{escape(text)}</p>"))
                    for text in writer.paragraphs(rng.randint(2, 6))
                ]
                common = {
                    "title": writer.title(),
                    "slug": f"page-{number}",
                    "locale_id": home.locale_id,
                    "first_published_at": published,
                    "last_published_at": published,
                    "body": body,
                }
                if rng.random() < NEWS_SHARE:
                    page = NewsPage(date=published.date(), lead=writer.sentence(), **common)
                    news.add_child(instance=page)
                else:
                    page = StandardPage(intro=writer.sentence(), **common)
                    home.add_child(instance=page)
                created[language] += 1
                number += 1
        print(f"\r  {number} / {total} pages", end="", flush=True)
    print()
    return created


# Measurements ------------------------------------------------------------------------------


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):7.1f} ms   p95 {percentile(values, 0.95):7.1f} ms"


def backend_search(language: str, query: str) -> Callable[[], object]:
    locale = Locale.objects.get(language_code=language)

    def run() -> object:
        with translation.override(language):
            results = Page.objects.live().public().filter(locale=locale).specific().search(query)
            return results.count(), list(results[:10])

    return run


def page_search(client: Client, language: str, query: str) -> Callable[[], object]:
    def run() -> object:
        response = client.get(f"/{language}/search/", {"query": query})
        if response.status_code != 200:
            raise RuntimeError(f"{response.status_code} for {query!r}")
        return response

    return run


def rounds(repeat: int) -> Iterator[tuple[str, str]]:
    for _ in range(repeat):
        for language, queries in QUERIES.items():
            for query in queries:
                yield language, query


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="pages to create (10 000)")
    parser.add_argument("--repeat", type=int, default=30, help="runs of each query (30)")
    parser.add_argument("--seed", type=int, default=2013)
    parser.add_argument("--keep", action="store_true", help="keep the database to look into")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    database = settings.DATABASES["default"]["NAME"]

    try:
        print(f"Throwaway database: {database} (SQLite {sqlite3.sqlite_version})")
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        created = create_pages(options.pages, rng)
        languages = ", ".join(f"{language} {count}" for language, count in created.items())
        print(
            f"Created {sum(created.values())} pages ({languages})"
            f" in {time.perf_counter() - started:.1f} s"
        )

        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        build = time.perf_counter() - started
        print(f"Index build (update_index): {build:.1f} s for {IndexEntry.objects.count()} entries")

        client = Client()
        modes = {
            "backend (count + first 10)": lambda language, query: backend_search(language, query),
            "search page (whole request)": lambda language, query: page_search(
                client, language, query
            ),
        }
        found = {
            (language, query): backend_search(language, query)()[0] for language, query in rounds(1)
        }
        for label, make in modes.items():
            runs = {(language, query): make(language, query) for language, query in rounds(1)}
            for run in runs.values():
                run()  # warm-up: dictionaries, caches
            latencies: dict[tuple[str, str], list[float]] = defaultdict(list)
            for key in rounds(options.repeat):
                latencies[key].append(timed(runs[key]))
            print(f"\n{label}, {options.repeat} runs of each query:")
            for (language, query), values in latencies.items():
                pages = f"{found[language, query]} pages"
                print(f"  {language}  {query:<30} {pages:>11}   {summary(values)}")
            for language in LANGUAGES:
                values = [v for (lang, _q), vs in latencies.items() if lang == language for v in vs]
                print(f"  {language}  {'all queries':<30} {'':>11}   {summary(values)}")
            every = [value for values in latencies.values() for value in values]
            print(f"  {'all queries in all languages':<34} {'':>11}   {summary(every)}")
    finally:
        if options.keep:
            print(f"Kept {database}")
        else:
            shutil.rmtree(settings.BENCH_DIRECTORY, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
