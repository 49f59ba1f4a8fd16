"""Page trees for tests, built with factories rather than the demo content."""

from __future__ import annotations

import datetime

import factory
import wagtail_factories
from django.core.management import call_command
from django.test import TestCase
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import Locale, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import AccessibilityStatementPage, HomePage, StandardPage
from news.models import NewsIndexPage, NewsPage, NewsPageTopic, NewsTopic
from privacy.models import PrivacyNoticePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Zielone miejsca pracy"
    intro = "Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Strona {n}")
    intro = "Wprowadzenie."

    class Meta:
        model = StandardPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Deklaracja dostępności"
    slug = "deklaracja-dostepnosci"
    entity_name = "Wojewódzki Urząd Pracy w Białymstoku"

    class Meta:
        model = AccessibilityStatementPage


class PrivacyNoticePageFactory(wagtail_factories.PageFactory):
    title = "Ochrona danych osobowych"
    slug = "ochrona-danych-osobowych"
    intro = "Zgodnie z art. 13 RODO informujemy, jak przetwarzamy dane osobowe."

    class Meta:
        model = PrivacyNoticePage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktualności"
    slug = "aktualnosci"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Wiadomość {n}")
    lead = "Krótki wstęp."
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))

    class Meta:
        model = NewsPage


class NewsTopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Temat {n}")
    slug = factory.Sequence(lambda n: f"temat-{n}")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = NewsTopic


def add_topic(article: NewsPage, topic: NewsTopic) -> None:
    article.topics.add(NewsPageTopic(topic=topic))
    article.save_revision().publish()


def locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


def translate_page(page: Page, code: str, **changes) -> Page:
    """The editor's way: copy for translation, edit the copy, publish it."""
    translation = page.copy_for_translation(locale(code))
    for field, value in changes.items():
        setattr(translation, field, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation.specific


def make_site() -> HomePage:
    """A Polish home page at the site root, with English and Spanish translations."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="strona-glowna")
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    placeholder.delete()
    translate_page(home, "en", title="Green jobs", slug="home")
    translate_page(home, "es", title="Empleos verdes", slug="inicio")
    return HomePage.objects.get(pk=home.pk)


VIDEO_URL = "https://www.youtube.com/watch?v=zmp-odcinek-1"


def remembered_embed(url: str = VIDEO_URL) -> Embed:
    """The provider's answer as Wagtail keeps it (its embed cache), fetched earlier."""
    return Embed.objects.create(
        hash=get_embed_hash(url),
        url=url,
        type="video",
        html=(
            '<iframe width="480" height="270" title="Zielone miejsca pracy – odcinek 1"'
            ' src="https://www.youtube.com/embed/zmp-odcinek-1?feature=oembed"'
            " allowfullscreen></iframe>"
        ),
        title="Zielone miejsca pracy – odcinek 1",
        provider_name="YouTube",
        width=480,
        height=270,
    )


def video_page(home):
    return StandardPageFactory(
        parent=home,
        title="Film o projekcie",
        body=[
            (
                "video",
                {"video": VIDEO_URL, "title": "Odcinek 1", "transcript": "<p>Lektor mówi.</p>"},
            )
        ],
    )


def run_load_demo(*args: str) -> None:
    """`load_demo` as `manage.py` runs it: wagtail-localize publishes on commit, so the
    callbacks run as they would when the command commits."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo", *args, verbosity=0)


def publish_in_page_editor(client, page: Page, **fields):
    """Post a standard page's editor form with ``fields`` and press Publish, as an editor does."""
    data = nested_form_data(
        {
            **fields,
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data)
