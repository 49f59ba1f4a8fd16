"""A translation published with the Polish slug gets one from its translated title."""

from __future__ import annotations

import pytest
from django.contrib.messages import get_messages
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from localization.slugs import translated_slug
from tests.factories import StandardPageFactory, locale, publish_in_page_editor


@pytest.fixture
def polish_page(home):
    page = StandardPageFactory(parent=home, title="Nowe kursy", slug="nowe-kursy")
    page.save_revision().publish()
    return page


def localize(page: Page, code: str) -> Translation:
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale(code)
    )
    translation.save_target(publish=False)
    return translation


def translate_title(translation: Translation, title: str) -> None:
    """What the translator types into the title's box in wagtail-localize's editor."""
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation.target_locale,
        context=segment.context,
        data=title,
    )


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_publishing_a_translation_with_the_polish_slug_takes_one_from_its_title(
    polish_page, django_capture_on_commit_callbacks
):
    translation = localize(polish_page, "es")
    translate_title(translation, "Nuevos cursos de formación")

    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    spanish = polish_page.get_translation(locale("es"))
    assert (spanish.live, spanish.slug) == (True, "nuevos-cursos-de-formacion")
    assert spanish.url_path.endswith("/nuevos-cursos-de-formacion/")


def test_a_translated_slug_is_kept(polish_page):
    translation = localize(polish_page, "es")
    translate_title(translation, "Nuevos cursos")
    segment = StringSegment.objects.get(source=translation.source, context__path="slug")
    StringTranslation.objects.create(
        translation_of=segment.string, locale=locale("es"), context=segment.context, data="cursos"
    )

    translation.save_target(publish=True)

    assert polish_page.get_translation(locale("es")).slug == "cursos"


def test_an_untranslated_title_keeps_the_polish_slug(polish_page):
    translation = localize(polish_page, "es")

    translation.save_target(publish=True)

    assert polish_page.get_translation(locale("es")).slug == "nowe-kursy"


def test_the_slug_from_the_title_is_unique_among_its_siblings(polish_page, home):
    spanish_home = home.get_translation(locale("es"))
    spanish_home.add_child(instance=StandardPageFactory.build(title="Cursos", slug="cursos"))
    spanish = localize(polish_page, "es").get_target_instance()
    spanish.title = "Cursos"

    assert translated_slug(spanish) == "cursos-2"


def test_the_translation_editor_publishes_with_a_slug_from_the_title_and_says_so(
    client, admin_user, polish_page, django_capture_on_commit_callbacks
):
    translation = localize(polish_page, "es")
    translate_title(translation, "Nuevos cursos")
    spanish = translation.get_target_instance()
    client.force_login(admin_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{spanish.pk}/edit/", {"action": "publish"})

    spanish.refresh_from_db()
    assert response.status_code == 302
    assert (spanish.live, spanish.slug) == (True, "nuevos-cursos")
    assert any("nuevos-cursos" in message for message in messages_of(response))


def test_the_page_editor_publishes_with_a_slug_from_the_title_and_says_so(
    client, admin_user, polish_page
):
    spanish = polish_page.copy_for_translation(locale("es"))
    client.force_login(admin_user)
    response = publish_in_page_editor(client, spanish, title="Nuevos cursos", slug="nowe-kursy")

    spanish.refresh_from_db()
    assert response.status_code == 302, response.context["form"].errors
    assert (spanish.live, spanish.slug) == (True, "nuevos-cursos")
    assert spanish.get_latest_revision_as_object().slug == "nuevos-cursos"
    assert any("nuevos-cursos" in message for message in messages_of(response))
