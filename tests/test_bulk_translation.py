"""Bulk translation: a section of pages, or every untranslated snippet of a type, into one
language at once, as drafts made in the background, with the job's progress on its page."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page
from wagtail_localize.models import Translation

from localization.models import BulkTranslationJob
from localization.roles import SPANISH_TRANSLATORS
from news.models import NewsTopic
from tests.factories import NewsTopicFactory, StandardPageFactory, locale, translate_page
from tests.factories_outreach import (
    EpisodeIndexPageFactory,
    EpisodePageFactory,
    PromotionPageFactory,
)

IN_THE_WORKER = override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})


def section_url(page: Page) -> str:
    return reverse("localization:bulk_section", args=[page.pk])


TOPICS_URL = reverse("localization:bulk_snippets", args=["news", "newstopic"])


@pytest.fixture
def section(home):
    """A Polish section: "Energia" with two subpages, all live."""
    root = StandardPageFactory(parent=home, title="Energia", slug="energia")
    StandardPageFactory(parent=root, title="Wiatr", slug="wiatr")
    StandardPageFactory(parent=root, title="Słońce", slug="slonce")
    return root


@pytest.fixture
def spanish_editor(django_user_model, home):
    user = django_user_model.objects.create_user("editor-es", password="x")
    user.groups.add(Group.objects.get(name=SPANISH_TRANSLATORS))
    return user


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def spanish(page: Page) -> Page | None:
    return Page.objects.filter(translation_key=page.translation_key, locale=locale("es")).first()


def section_pages(root: Page) -> list[Page]:
    return list(Page.objects.descendant_of(root, inclusive=True).order_by("path"))


def job_html(client, job: BulkTranslationJob) -> BeautifulSoup:
    response = client.get(reverse("localization:bulk_job", args=[job.pk]))
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def status_text(html: BeautifulSoup) -> str:
    return html.select_one("#job-progress").get_text(" ", strip=True)


def refused(response) -> bool:
    """Wagtail's admin answer to PermissionDenied: back to the dashboard, with a message."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_a_section_of_three_pages_becomes_three_spanish_drafts_linked_to_their_sources(
    admin_client, section
):
    response = admin_client.post(section_url(section), {"language": "es"})

    job = BulkTranslationJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("localization:bulk_job", args=[job.pk])
    assert (job.status, job.total, job.done) == ("done", 3, 3)
    for page in section_pages(section):
        translation = spanish(page)
        assert translation is not None and not translation.live
        assert Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=locale("es")
        ).exists()
    # The tree is the Polish one: the subpages hang under the Spanish "Energia".
    assert spanish(section_pages(section)[1]).get_parent().pk == spanish(section).pk


def test_the_job_page_links_each_new_draft_to_its_editor(admin_client, section):
    admin_client.post(section_url(section), {"language": "es"})
    job = BulkTranslationJob.objects.get()

    html = job_html(admin_client, job)

    links = {a["href"] for a in html.select("#created-title ~ ul a")}
    expected = {
        reverse("wagtailadmin_pages:edit", args=[spanish(p).pk]) for p in section_pages(section)
    }
    assert links == expected
    assert status_text(html).endswith("3 z 3 stron")
    assert not html.select('meta[http-equiv="refresh"]')  # finished: no more reloading


def test_a_running_job_shows_its_progress_and_reloads_itself(admin_client, admin_user, section):
    job = BulkTranslationJob.objects.create(
        requested_by=admin_user,
        target_locale=locale("es"),
        scope=BulkTranslationJob.Scope.SECTION,
        root_page=section,
        status=BulkTranslationJob.Status.RUNNING,
        total=40,
        done=12,
    )

    html = job_html(admin_client, job)

    assert status_text(html).endswith("12 z 40 stron")
    assert html.select_one("progress")["value"] == "12"
    assert html.select_one("progress")["max"] == "40"
    assert html.select('meta[http-equiv="refresh"]')


def test_the_confirmation_counts_the_pages_and_those_already_translated(admin_client, section):
    translate_page(section, "es", title="Energía", slug="energia")

    response = admin_client.get(section_url(section), {"language": "es"})

    plan = response.context["plan"]
    assert (plan.total, plan.to_create, plan.already_translated) == (3, 2, 1)
    assert BeautifulSoup(response.content, "html.parser").select("form[method=post] button")


def test_an_already_translated_page_is_left_as_it_is(admin_client, section):
    energia = translate_page(section, "es", title="Energía", slug="energia")

    admin_client.post(section_url(section), {"language": "es"})

    job = BulkTranslationJob.objects.get()
    assert [r["outcome"] for r in job.results] == ["skipped", "created", "created"]
    energia.refresh_from_db()
    assert (energia.title, energia.live) == ("Energía", True)
    assert Page.objects.filter(translation_key=section.translation_key).count() == 2  # pl, es
    # The new drafts are made under the translation that was there.
    assert all(spanish(p).get_parent().pk == energia.pk for p in section_pages(section)[1:])
    skipped = job_html(admin_client, job).select_one("#skipped-title ~ ul a")
    assert skipped["href"] == reverse("wagtailadmin_pages:edit", args=[energia.pk])


def test_all_untranslated_snippets_of_a_type_are_translated(admin_client, home):
    wind, sun = NewsTopicFactory(name="Wiatr"), NewsTopicFactory(name="Słońce")
    done = NewsTopicFactory(name="Woda")
    NewsTopic.objects.create(
        name="Agua", slug=done.slug, locale=locale("es"), translation_key=done.translation_key
    )

    admin_client.post(TOPICS_URL, {"language": "es"})

    job = BulkTranslationJob.objects.get()
    assert (job.status, job.total, job.done) == ("done", 2, 2)
    spanish_topics = NewsTopic.objects.filter(locale=locale("es"))
    assert {t.translation_key for t in spanish_topics} == {
        wind.translation_key,
        sun.translation_key,
        done.translation_key,
    }
    assert status_text(job_html(admin_client, job)).endswith("2 z 2 elementów")


def test_a_failing_snippet_is_listed_with_its_reason_while_the_others_succeed(admin_client, home):
    clash = NewsTopicFactory(name="Klimat", slug="klimat")
    fine = NewsTopicFactory(name="Wiatr")
    # A Spanish topic made on its own, with the slug the translation must keep.
    NewsTopic.objects.create(name="Clima", slug="klimat", locale=locale("es"))

    admin_client.post(TOPICS_URL, {"language": "es"})

    job = BulkTranslationJob.objects.get()
    assert (job.status, job.done) == ("done", 2)
    assert fine.get_translation_or_none(locale("es")) is not None
    assert clash.get_translation_or_none(locale("es")) is None
    (failure,) = job_html(admin_client, job).select("#failed-title ~ ul li")
    assert failure.strong.text == "Klimat"
    assert "Slug" in failure.text or "slug" in failure.text


def test_a_failing_page_is_listed_with_its_reason_while_the_others_succeed(admin_client, home):
    promotion = PromotionPageFactory(parent=home)
    series = EpisodeIndexPageFactory(parent=promotion)
    first = EpisodePageFactory(parent=series, title="Odcinek 1", slug="odcinek-1", number=1)
    second = EpisodePageFactory(parent=series, title="Odcinek 2", slug="odcinek-2", number=2)
    translate_page(promotion, "es", slug="promocion")
    spanish_series = translate_page(series, "es", slug="programa")
    # An episode the Spanish series has of its own, with the number of the second one.
    EpisodePageFactory(parent=spanish_series, title="Episodio extra", slug="extra", number=2)

    admin_client.post(section_url(series), {"language": "es"})

    job = BulkTranslationJob.objects.get()
    assert (job.status, job.done) == ("done", 3)
    assert spanish(first) is not None and spanish(second) is None
    (failure,) = job_html(admin_client, job).select("#failed-title ~ ul li")
    assert failure.strong.text == "Odcinek 2"
    assert "numer 2" in failure.text  # the episode's own validation message, in Polish


def test_a_spanish_translator_can_translate_a_section_into_spanish(client, spanish_editor, section):
    client.force_login(spanish_editor)

    choice = client.get(section_url(section))
    response = client.post(section_url(section), {"language": "es"})

    assert [c.language_code for c in choice.context["choices"]] == ["es"]
    assert response.status_code == 302
    assert all(spanish(page) is not None for page in section_pages(section))


def test_a_spanish_translator_can_never_start_an_english_job(client, spanish_editor, section):
    NewsTopicFactory(name="Wiatr")
    client.force_login(spanish_editor)

    answers = [
        client.get(section_url(section), {"language": "en"}),
        client.post(section_url(section), {"language": "en"}),
        client.get(TOPICS_URL, {"language": "en"}),
        client.post(TOPICS_URL, {"language": "en"}),
        client.post(section_url(section), {"language": "pl"}),
    ]

    assert all(refused(answer) for answer in answers)
    assert not BulkTranslationJob.objects.exists()
    assert not Page.objects.filter(locale=locale("en"), title="Energia").exists()


def test_a_spanish_translator_cannot_open_an_english_job(
    client, admin_client, spanish_editor, section
):
    admin_client.post(section_url(section), {"language": "en"})
    job = BulkTranslationJob.objects.get()
    client.force_login(spanish_editor)

    assert refused(client.get(reverse("localization:bulk_job", args=[job.pk])))


def test_an_editor_without_the_right_to_translate_is_refused(client, django_user_model, section):
    user = django_user_model.objects.create_user("reader", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    answers = [
        client.get(reverse("localization:bulk_index")),
        client.get(section_url(section)),
        client.post(section_url(section), {"language": "es"}),
        client.post(TOPICS_URL, {"language": "es"}),
    ]

    assert all(refused(answer) for answer in answers)
    assert not BulkTranslationJob.objects.exists()


def test_the_section_action_is_in_the_page_menu_and_the_snippet_types_are_listed(
    admin_client, section
):
    NewsTopicFactory(name="Wiatr")
    explorer = admin_client.get(reverse("wagtailadmin_explore", args=[section.pk]))
    index = admin_client.get(reverse("localization:bulk_index"))

    assert section_url(section) in explorer.content.decode()
    assert f'href="{TOPICS_URL}?language=es"' in index.content.decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@IN_THE_WORKER
def test_the_job_runs_in_the_background_worker(client, admin_user, section):
    client.force_login(admin_user)

    client.post(section_url(section), {"language": "es"})

    job = BulkTranslationJob.objects.get()
    assert job.status == "pending" and spanish(section) is None
    assert DBTaskResult.objects.get().status == TaskResultStatus.READY
    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)
    job.refresh_from_db()
    assert (job.status, job.done) == ("done", 3)
    assert all(spanish(page) is not None for page in section_pages(section))
