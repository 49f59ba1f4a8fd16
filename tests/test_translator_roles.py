"""The translator roles: a Spanish translator does the whole job in Spanish, and nothing else."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupPagePermission, Page
from wagtail_localize.models import Translation, TranslationSource

from core.models import MainMenu, SiteFooter
from home.models import HomePage, StandardPage
from localization.roles import ENGLISH_TRANSLATORS, SPANISH_TRANSLATORS
from tests.factories import NewsTopicFactory, StandardPageFactory, locale, translate_page
from tests.factories_polls import make_poll

SPANISH_COLLECTION = "Translations – Spanish"


@pytest.fixture
def translator(django_user_model, home):
    user = django_user_model.objects.create_user("editor-es", password="x")
    user.groups.add(Group.objects.get(name=SPANISH_TRANSLATORS))
    return user


@pytest.fixture
def signed_in(client, translator):
    client.force_login(translator)
    return client


@pytest.fixture(scope="module")
def module_polish_page(module_home, django_db_blocker) -> int:
    """The Polish page to translate, built once for the module (rolled back with module_home)."""
    assert module_home is not None, "a test of this module commits: the page cannot be shared"
    with django_db_blocker.unblock():
        home = HomePage.objects.get(pk=module_home)
        page = StandardPageFactory(parent=home, title="Nowe kursy", slug="nowe-kursy")
        page.save_revision().publish()
        return page.pk


@pytest.fixture
def polish_page(module_polish_page, home) -> StandardPage:
    return StandardPage.objects.get(pk=module_polish_page)


@pytest.fixture
def snippets(home):
    """One Polish snippet of each kind the translator translates."""
    return {
        "poll": make_poll(),
        "menu": MainMenu.objects.create(),
        "footer": SiteFooter.objects.create(funding_note="<p>Projekt współfinansowany.</p>"),
        "topic": NewsTopicFactory(),
    }


def home_collection() -> Collection:
    return Collection.get_first_root_node()


def png() -> SimpleUploadedFile:
    return SimpleUploadedFile("mapa.png", get_test_image_file().file.getvalue(), "image/png")


def submit_url(page: Page) -> str:
    return f"/admin/localize/submit/page/{page.pk}/"


def snippet_submit_url(snippet) -> str:
    meta = snippet._meta
    return f"/admin/localize/submit/snippet/{meta.app_label}/{meta.model_name}/{snippet.pk}/"


def localize(instance, code: str, *, publish: bool) -> Translation:
    """Translate a page or snippet with wagtail-localize, as its *Translate* action does."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale(code)
    )
    translation.save_target(publish=publish)
    return translation


# --- The groups, made by migrations ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "collection"),
    [
        (SPANISH_TRANSLATORS, "Translations – Spanish"),
        (ENGLISH_TRANSLATORS, "Translations – English"),
    ],
)
def test_each_translator_group_may_add_choose_and_change_files_in_its_own_collection(
    db, name, collection
):
    group = Group.objects.get(name=name)

    granted = {
        (p.collection.name, p.permission.codename) for p in group.collection_permissions.all()
    }

    assert granted == {
        (collection, f"{action}_{kind}")
        for action in ("add", "choose", "change")
        for kind in ("image", "document")
    }


def test_spanish_translators_get_the_spanish_tree_when_its_home_page_is_created(home):
    group = Group.objects.get(name=SPANISH_TRANSLATORS)

    pages = {p.page_id for p in GroupPagePermission.objects.filter(group=group)}

    assert pages == {home.get_translation(locale("es")).pk}


def test_a_spanish_translator_edits_spanish_pages_and_not_english_ones(signed_in, polish_page):
    spanish = translate_page(polish_page, "es", title="Nuevos cursos")
    english = translate_page(polish_page, "en", title="New courses")

    assert signed_in.get(f"/admin/pages/{spanish.pk}/edit/").status_code == 200
    assert signed_in.get(f"/admin/pages/{english.pk}/edit/").status_code == 302
    assert signed_in.get(f"/admin/pages/{polish_page.pk}/edit/").status_code == 302


# --- Starting a translation of a page -------------------------------------------------------


def test_page_submit_offers_only_spanish(signed_in, polish_page):
    response = signed_in.get(submit_url(polish_page))

    offered = list(response.context["form"].fields["locales"].queryset)
    assert offered == [locale("es")]


def test_spanish_translator_starts_the_spanish_translation_of_a_page(signed_in, polish_page):
    response = signed_in.post(submit_url(polish_page), {"locales": [locale("es").pk]})

    spanish = polish_page.get_translation(locale("es"))
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{spanish.pk}/edit/"


def test_spanish_translator_cannot_start_an_english_translation_of_a_page(signed_in, polish_page):
    response = signed_in.post(submit_url(polish_page), {"locales": [locale("en").pk]})

    assert response.status_code == 200
    assert response.context["form"].errors["locales"]
    assert polish_page.get_translation_or_none(locale("en")) is None


def test_spanish_translator_cannot_add_english_to_a_spanish_submission(signed_in, polish_page):
    response = signed_in.post(
        submit_url(polish_page), {"locales": [locale("es").pk, locale("en").pk]}
    )

    assert response.status_code == 200
    assert polish_page.get_translation_or_none(locale("en")) is None
    assert polish_page.get_translation_or_none(locale("es")) is None


# --- Snippets -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["poll", "menu", "footer", "topic"])
def test_spanish_translator_translates_a_snippet_into_spanish(signed_in, snippets, kind):
    snippet = snippets[kind]

    response = signed_in.post(snippet_submit_url(snippet), {"locales": [locale("es").pk]})

    spanish = snippet.get_translation(locale("es"))
    assert response.status_code == 302
    assert signed_in.get(response["Location"]).status_code == 200
    assert spanish.locale == locale("es")


@pytest.mark.parametrize("kind", ["poll", "menu", "footer", "topic"])
def test_spanish_translator_cannot_translate_a_snippet_into_english(signed_in, snippets, kind):
    snippet = snippets[kind]

    response = signed_in.post(snippet_submit_url(snippet), {"locales": [locale("en").pk]})

    assert response.status_code == 200
    assert response.context["form"].errors["locales"]
    assert snippet.get_translation_or_none(locale("en")) is None


def test_spanish_translator_edits_the_spanish_poll_and_not_the_english_one(signed_in, snippets):
    poll = snippets["poll"]
    # Polls have no drafts: wagtail-localize saves their translations as they are.
    english = localize(poll, "en", publish=True).get_target_instance()
    spanish = localize(poll, "es", publish=True).get_target_instance()
    english_url = f"/admin/snippets/polls/poll/edit/{english.pk}/"

    refused = signed_in.get(english_url)
    restart = signed_in.post(english_url, {"localize-restart-translation": "Restart"})

    # Wagtail answers a refusal in its admin with a redirect to the dashboard and a message.
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert (restart.status_code, restart["Location"]) == (302, "/admin/")
    assert signed_in.get(f"/admin/snippets/polls/poll/edit/{spanish.pk}/").status_code == 200


def test_spanish_translator_cannot_edit_the_polish_menu(signed_in, snippets):
    menu = snippets["menu"]

    response = signed_in.get(f"/admin/snippets/core/mainmenu/edit/{menu.pk}/")

    assert (response.status_code, response["Location"]) == (302, "/admin/")


# --- Syncing, the translation editor, converting ----------------------------------------------


def test_sync_updates_and_publishes_only_the_spanish_translation(signed_in, polish_page):
    spanish = localize(polish_page, "es", publish=True).get_target_instance()
    english = localize(polish_page, "en", publish=True).get_target_instance()
    polish_page.title = "Nowe kursy 2027"
    polish_page.save_revision().publish()
    source = TranslationSource.objects.get_for_instance(polish_page)

    response = signed_in.post(
        f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
    )

    assert response.status_code == 302
    spanish.refresh_from_db()
    english.refresh_from_db()
    assert spanish.title == "Nowe kursy 2027"
    assert english.title == "Nowe kursy"


def test_spanish_translator_may_not_sync_a_page_translated_only_into_english(
    signed_in, polish_page
):
    localize(polish_page, "en", publish=False)
    source = TranslationSource.objects.get_for_instance(polish_page)

    opened = signed_in.get(f"/admin/localize/update/{source.pk}/")
    posted = signed_in.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})

    # Wagtail answers a refusal in its admin with a redirect to the dashboard and a message.
    assert (opened.status_code, opened["Location"]) == (302, "/admin/")
    assert (posted.status_code, posted["Location"]) == (302, "/admin/")
    assert not polish_page.get_translation(locale("en")).live


def test_spanish_translator_cannot_open_the_english_translation_editor(signed_in, polish_page):
    english = localize(polish_page, "en", publish=False).get_target_instance()
    spanish = localize(polish_page, "es", publish=False).get_target_instance()

    english_editor = signed_in.get(f"/admin/pages/{english.pk}/edit/")
    spanish_editor = signed_in.get(f"/admin/pages/{spanish.pk}/edit/")

    assert english_editor.status_code == 302
    assert spanish_editor.status_code == 200
    assert b'class="js-translation-editor"' in spanish_editor.content


def test_spanish_translator_cannot_restart_or_convert_the_english_translation(
    signed_in, polish_page
):
    english = localize(polish_page, "en", publish=False).get_target_instance()

    restart = signed_in.post(
        f"/admin/pages/{english.pk}/edit/", {"localize-restart-translation": "Restart"}
    )
    convert = signed_in.post(f"/admin/localize/page/{english.pk}/convert_to_alias/")

    assert (restart.status_code, restart["Location"]) == (302, "/admin/")
    assert (convert.status_code, convert["Location"]) == (302, "/admin/")
    english.refresh_from_db()
    assert english.alias_of_id is None
    assert Translation.objects.get(target_locale=locale("en")).enabled


# --- Files ----------------------------------------------------------------------------------


def test_the_image_chooser_shows_the_spanish_collection_only(signed_in, home):
    images = get_image_model().objects
    images.create(title="Mapa regionu", file=get_test_image_file(), collection=home_collection())
    images.create(
        title="Mapa de Extremadura",
        file=get_test_image_file(),
        collection=Collection.objects.get(name=SPANISH_COLLECTION),
    )

    html = signed_in.get("/admin/images/chooser/").json()["html"]

    assert "Mapa de Extremadura" in html
    assert "Mapa regionu" not in html


def test_an_upload_naming_another_collection_lands_in_the_spanish_one(signed_in, home):
    root = Collection.get_first_root_node()

    response = signed_in.post(
        "/admin/images/add/", {"title": "Mapa", "file": png(), "collection": root.pk}
    )

    assert response.status_code == 302
    assert list(get_image_model().objects.values_list("collection__name", flat=True)) == [
        SPANISH_COLLECTION
    ]
