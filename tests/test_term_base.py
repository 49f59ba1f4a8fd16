"""The term base (content/terms.csv): translations that use a variant the project avoids are
published all the same, and the editor is told which term to use."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command
from wagtail.users.models import UserProfile

from machine_translation.terms import load_terms, term_warnings
from news.models import NewsTopic
from tests.factories import (
    NewsTopicFactory,
    StandardPageFactory,
    locale,
    publish_in_page_editor,
    translate_page,
)
from tests.test_localization_slugs import localize, messages_of, translate_title


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(warning.variant, warning.term) for warning in term_warnings(text, language)]


def test_an_english_variant_is_named_with_the_projects_term():
    text = "The advisers of the Voivodeship Labour Office in Białystok met in Łomża."

    assert found(text, "en") == [
        ("advisers", "advisor"),
        ("Voivodeship Labour Office in Białystok", "Regional Labour Office in Białystok"),
    ]


def test_a_spanish_variant_is_named_with_the_projects_term():
    text = "La red de asesores en empleos verdes del voivodato de Podlaquia."

    assert found(text, "es") == [("asesores en empleos verdes", "asesor de empleos verdes")]


def test_the_projects_own_terms_raise_no_warning():
    for term in load_terms():
        for language in ("en", "es"):
            assert found(term.forms[language], language) == [], term.forms[language]
    text = (
        "The green-jobs advisor of the Regional Labour Office in Białystok, Podlaskie Voivodeship."
    )
    assert found(text, "en") == []


def test_a_variant_inside_another_word_is_not_a_variant():
    assert found("Sub-regional cooperation and the park in Estremadurze.", "en") == []
    assert found("Los asesores en empleos verdesmente… y la Estremadurana.", "es") == []


def test_variants_are_found_whatever_their_case():
    assert found("ADVISERS of the VOIVODESHIP LABOUR OFFICE IN BIAŁYSTOK", "en") == [
        ("advisers", "advisor"),
        ("Voivodeship Labour Office in Białystok", "Regional Labour Office in Białystok"),
    ]
    assert found("Asociación Público-Social", "es") == [
        ("asociación público-social", "partenariado público-social")
    ]


def test_polish_is_the_source_and_is_not_checked():
    assert found("adviser", "pl") == []


@pytest.fixture
def polish_page(home):
    page = StandardPageFactory(parent=home, title="Sieć doradców", slug="siec-doradcow")
    page.save_revision().publish()
    return page


def speaks(user, language: str) -> None:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def test_publishing_from_the_translation_editor_warns_of_each_variant_and_publishes(
    client, admin_user, polish_page, django_capture_on_commit_callbacks
):
    speaks(admin_user, "en")
    translation = localize(polish_page, "en")
    translate_title(translation, "The advisers’ network of the green-jobs advisers")
    english = translation.get_target_instance()
    client.force_login(admin_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})

    english.refresh_from_db()
    assert response.status_code == 302
    assert english.live and english.title.startswith("The advisers’")
    warnings = [m for m in messages_of(response) if "project's term" in m]
    assert warnings == ["“advisers” is not the project's term: use “advisor”."]


def test_publishing_from_the_page_editor_warns_in_the_editors_language(
    client, admin_user, polish_page
):
    speaks(admin_user, "es")
    spanish = polish_page.copy_for_translation(locale("es"))
    client.force_login(admin_user)
    response = publish_in_page_editor(
        client,
        spanish,
        title="Red de asesores en empleos verdes",
        slug="red-de-asesores",
        intro="Con la Oficina de Empleo del Voivodato en Białystok.",
    )

    spanish.refresh_from_db()
    assert response.status_code == 302, response.context["form"].errors
    assert spanish.live
    page = client.get(response["Location"]).content.decode()
    assert (
        "«asesores en empleos verdes» no es el término del proyecto: "
        "use «asesor de empleos verdes»."
    ) in page
    assert (
        "«Oficina de Empleo del Voivodato en Białystok» no es el término del proyecto: "
        "use «Oficina Regional de Empleo de Białystok»."
    ) in page


def test_the_projects_terms_publish_without_a_warning(
    client, admin_user, polish_page, django_capture_on_commit_callbacks
):
    speaks(admin_user, "en")
    translation = localize(polish_page, "en")
    translate_title(translation, "The green-jobs advisors’ network")
    english = translation.get_target_instance()
    client.force_login(admin_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})

    assert response.status_code == 302
    assert not [m for m in messages_of(response) if "project's term" in m]


def test_saving_a_translated_snippet_warns_of_each_variant(client, admin_user, home):
    speaks(admin_user, "en")
    topic = NewsTopicFactory(name="Doradcy", slug="doradcy")
    english = topic.copy_for_translation(locale("en"))
    english.save()
    client.force_login(admin_user)

    response = client.post(
        f"/admin/snippets/news/newstopic/edit/{english.pk}/",
        {"name": "Green jobs advisers", "slug": "doradcy"},
    )

    assert response.status_code == 302
    assert NewsTopic.objects.get(pk=english.pk).name == "Green jobs advisers"
    assert "“advisers” is not the project's term: use “advisor”." in messages_of(response)


def test_check_terms_lists_the_live_translations_with_variants_and_fails(home, capsys):
    translate_page(
        StandardPageFactory(parent=home, title="Staże", slug="staze"),
        "en",
        title="Internships with a green jobs adviser",
        slug="internships",
    )

    with pytest.raises(CommandError) as failure:
        call_command("check_terms")

    assert failure.value.returncode == 1
    report = capsys.readouterr().out
    assert "/en/internships/" in report
    assert "adviser" in report and "advisor" in report


def test_check_terms_passes_when_every_translation_uses_the_projects_terms(home, capsys):
    translate_page(
        StandardPageFactory(parent=home, title="Staże", slug="staze"),
        "en",
        title="Internships with a green-jobs advisor",
        slug="internships",
    )

    call_command("check_terms")

    assert "/en/internships/" not in capsys.readouterr().out
