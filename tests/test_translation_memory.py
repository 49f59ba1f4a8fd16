"""The translation memory behind "Machine translate": what people already translated on the
site is reused first (identical texts confirmed, texts at least 85 % similar to review),
and only the rest goes to the machine service, if one is configured."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from tests.factories import StandardPageFactory, locale
from tests.test_machine_translation import (
    NOTICE_ES,
    FakeService,
    confirm_every_segment,
    deepl_api,
    editor_url,
    machine_translate,
    page_text,
    sent_requests,
    spanish,
    spanish_page,
    use_deepl,
)
from tests.test_machine_translation import admin_in_english as admin_in_english  # noqa: F401 - a fixture
from tests.test_machine_translation import editor as editor  # noqa: F401 - a fixture
from tests.test_machine_translation import etranslation as etranslation  # noqa: F401 - a fixture
from tests.test_machine_translation import fake_service as fake_service  # noqa: F401 - a fixture
from tests.test_machine_translation import polish_page as polish_page  # noqa: F401 - a fixture
from tests.test_machine_translation import publish as publish  # noqa: F401 - a fixture
from tests.test_machine_translation import spanish_translation as spanish_translation  # noqa: F401 - a fixture

MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL
MACHINE = StringTranslation.TRANSLATION_TYPE_MACHINE


def memory_first(settings, then: dict | None = None) -> None:
    """The site's configuration: the memory, then ``then`` (a service's config) or nothing."""
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "machine_translation.translators.MemoryFirstTranslator",
        "OPTIONS": {"THEN": then},
    }


def start_spanish_translation(page: Page) -> Translation:
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale("es"))
    translation.save_target(publish=False)
    return translation


def translate_by_hand(client, translation: Translation, texts: dict[str, str]) -> None:
    """A person types these translations into the translation editor's segments."""
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        if segment.string.data in texts:
            response = client.put(
                f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
                urlencode({"value": texts[segment.string.data]}),
                content_type="application/x-www-form-urlencoded",
            )
            assert response.status_code in (200, 201), response.content


def segments(translation: Translation) -> dict[str, tuple[str, str, str]]:
    """This translation's filled segments: source text -> (text, type, tool name)."""
    filled = StringTranslation.objects.filter(
        locale=translation.target_locale, context__object_id=translation.source.object_id
    ).select_related("translation_of")
    return {t.translation_of.data: (t.data, t.translation_type, t.tool_name) for t in filled}


@pytest.fixture
def earlier_page(home):
    """A page translated before, under another section (so it may share the slug)."""
    section = StandardPageFactory(parent=home, title="Aktualności", slug="aktualnosci")
    return StandardPageFactory(
        parent=section, title="Zielone miejsca pracy!", slug="zielone", intro="Praca dla klimatu."
    )


@pytest.fixture
def translated_by_a_person(earlier_page, editor) -> Translation:
    translation = start_spanish_translation(earlier_page)
    translate_by_hand(
        editor,
        translation,
        {
            "Zielone miejsca pracy!": "¡Empleos verdes!",
            "zielone": "verdes",
            "Praca dla klimatu.": "Trabajo por el clima.",
        },
    )
    return translation


# --- The memory alone (no machine service configured) ---


def test_the_editor_offers_the_memory_when_no_service_is_configured(
    settings, spanish_translation, editor
):
    memory_first(settings)

    html = editor.get(editor_url(spanish_translation)).content.decode()

    assert f"/admin/localize/translate/{spanish_translation.pk}/machine_translate/" in html
    assert "translation memory" in html


def test_an_identical_text_a_person_translated_is_copied_and_confirmed(
    settings, translated_by_a_person, spanish_translation, editor
):
    memory_first(settings)

    machine_translate(editor, spanish_translation)

    assert segments(spanish_translation)["Praca dla klimatu."] == (
        "Trabajo por el clima.",
        MANUAL,
        "Translation memory",
    )


def test_a_text_at_least_85_percent_similar_is_filled_for_review(
    settings, translated_by_a_person, spanish_translation, editor
):
    memory_first(settings)

    machine_translate(editor, spanish_translation)

    # "Zielone miejsca pracy" against "Zielone miejsca pracy!": 97 % similar.
    assert segments(spanish_translation)["Zielone miejsca pracy"] == (
        "¡Empleos verdes!",
        MACHINE,
        "Translation memory (97 %)",
    )
    html = editor.get(editor_url(spanish_translation)).content.decode()
    assert "Translated with Translation memory (97 %)" in html


def test_readers_see_the_notice_until_the_similar_text_is_confirmed(
    settings, client, translated_by_a_person, spanish_translation, admin_user, publish
):
    memory_first(settings)
    client.force_login(admin_user)
    machine_translate(client, spanish_translation)
    publish(spanish_translation)
    page = spanish_page(spanish_translation)
    reader = client.__class__()

    assert NOTICE_ES in page_text(reader, page)

    confirm_every_segment(client, spanish_translation)
    publish(spanish_translation)
    assert NOTICE_ES not in page_text(reader, page)


def test_identical_texts_alone_bring_no_notice(
    settings, client, translated_by_a_person, polish_page, admin_user, publish
):
    polish_page.title = "Zielone miejsca pracy!"
    polish_page.save_revision().publish()
    translation = start_spanish_translation(polish_page)
    memory_first(settings)
    client.force_login(admin_user)

    machine_translate(client, translation)
    publish(translation)

    assert {kind for _text, kind, _tool in segments(translation).values()} == {MANUAL}
    assert NOTICE_ES not in page_text(client.__class__(), spanish_page(translation))


def test_a_text_less_than_85_percent_similar_is_not_used(
    settings, home, spanish_translation, editor
):
    # "Zielone miejsca pracy" against "Zielone miejsca pracy w gminie": 82 % similar.
    earlier = StandardPageFactory(parent=home, title="Zielone miejsca pracy w gminie")
    translate_by_hand(
        editor,
        start_spanish_translation(earlier),
        {earlier.title: "Empleos verdes en el municipio"},
    )
    memory_first(settings)

    response = machine_translate(editor, spanish_translation)

    assert "Zielone miejsca pracy" not in segments(spanish_translation)
    assert "The translation memory has nothing for the untranslated segments." in (
        response.content.decode()
    )


def test_a_segment_a_person_filled_is_never_overwritten(
    settings, translated_by_a_person, spanish_translation, editor
):
    translate_by_hand(editor, spanish_translation, {"Praca dla klimatu.": "Empleo y clima."})
    memory_first(settings)

    machine_translate(editor, spanish_translation)

    assert segments(spanish_translation)["Praca dla klimatu."] == ("Empleo y clima.", MANUAL, "")


def test_an_unconfirmed_machine_translation_is_not_copied_as_confirmed(
    settings, fake_service, earlier_page, spanish_translation, editor
):
    use_deepl(settings, fake_service(deepl_api))
    machine_translate(editor, start_spanish_translation(earlier_page))
    memory_first(settings)

    machine_translate(editor, spanish_translation)

    assert all(kind != MANUAL for _text, kind, _tool in segments(spanish_translation).values())
    assert "Praca dla klimatu." not in segments(spanish_translation)


def test_the_message_counts_what_the_memory_filled_and_what_to_review(
    settings, translated_by_a_person, spanish_translation, editor
):
    memory_first(settings)

    response = machine_translate(editor, spanish_translation)

    assert "Segments filled: 3 from the translation memory (1 to review)." in (
        response.content.decode()
    )


def test_with_nothing_left_the_editor_is_told_so(
    settings, translated_by_a_person, spanish_translation, editor
):
    memory_first(settings)
    machine_translate(editor, spanish_translation)

    response = machine_translate(editor, spanish_translation)

    assert "There is nothing left to translate." in response.content.decode()


# --- The memory first, then the machine service for the rest ---


@pytest.fixture
def new_page(home) -> Page:
    """A new page: one text identical, one similar, one new to the memory."""
    return StandardPageFactory(
        parent=home, title="Zielone miejsca pracy", slug="nowa", intro="Praca dla klimatu."
    )


def test_only_what_the_memory_lacks_is_sent_to_deepl(
    settings, fake_service, translated_by_a_person, new_page, editor
):
    translation = start_spanish_translation(new_page)
    service = fake_service(deepl_api)
    use_deepl(settings, service)
    memory_first(settings, settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR)

    response = machine_translate(editor, translation)

    assert [parse_qs(r.body.decode())["text"] for r in service.requests] == [["nowa"]]
    assert segments(translation)["nowa"] == (spanish("nowa"), MACHINE, "DeepL")
    assert segments(translation)["Praca dla klimatu."][:2] == ("Trabajo por el clima.", MANUAL)
    assert "Segments filled: 2 from the translation memory (1 to review), 1 by DeepL." in (
        response.content.decode()
    )


def test_the_editor_names_the_memory_and_the_service(
    settings, fake_service, spanish_translation, editor
):
    use_deepl(settings, fake_service(deepl_api))
    memory_first(settings, settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR)

    html = editor.get(editor_url(spanish_translation)).content.decode()

    assert "translation memory and DeepL" in html


def test_deepl_alone_fills_everything_when_the_memory_is_empty(
    settings, fake_service, spanish_translation, editor
):
    use_deepl(settings, fake_service(deepl_api))
    memory_first(settings, settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR)

    response = machine_translate(editor, spanish_translation)

    assert "Segments filled: 3 by DeepL." in response.content.decode()


def test_a_failing_service_leaves_the_memory_part_unfilled_too(
    settings, fake_service, translated_by_a_person, new_page, editor
):
    translation = start_spanish_translation(new_page)
    use_deepl(settings, fake_service(lambda received: (500, {}, b"Internal error")))
    memory_first(settings, settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR)

    response = machine_translate(editor, translation)

    assert "DeepL could not translate: it answered with error 500" in response.content.decode()
    assert segments(translation) == {}


def test_only_what_the_memory_lacks_is_sent_to_etranslation(
    settings, etranslation: FakeService, translated_by_a_person, new_page, editor
):
    translation = start_spanish_translation(new_page)
    memory_first(settings, settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR)

    response = machine_translate(editor, translation)

    assert [r["textToTranslate"] for r in sent_requests(etranslation)] == ["nowa"]
    html = response.content.decode()
    assert "Segments filled: 2 from the translation memory (1 to review)." in html
    assert "Sent to eTranslation" in html
    assert segments(translation)["Praca dla klimatu."][:2] == ("Trabajo por el clima.", MANUAL)
