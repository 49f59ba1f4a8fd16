"""The Spanish partner edits and translates the Spanish tree, and nothing else."""

import pytest
from django.contrib.auth.models import Group

from core.demo.users import spanish_editors_group
from tests.factories import StandardPageFactory, locale, translate_page


@pytest.fixture
def spanish_editor(django_user_model, home):
    user = django_user_model.objects.create_user("editor-es", password="x")
    user.groups.add(spanish_editors_group(home.get_translation(locale("es"))))
    return user


@pytest.fixture
def about(home):
    page = StandardPageFactory(parent=home, title="O projekcie", slug="o-projekcie")
    translate_page(page, "es", title="Sobre el proyecto", slug="sobre")
    return page


def test_spanish_editor_can_edit_and_publish_a_spanish_page(client, spanish_editor, about):
    spanish = about.get_translation(locale("es"))
    client.force_login(spanish_editor)

    response = client.get(f"/admin/pages/{spanish.pk}/edit/")

    assert response.status_code == 200
    perms = spanish.permissions_for_user(spanish_editor)
    assert perms.can_edit() and perms.can_publish()


def test_spanish_editor_cannot_edit_the_polish_or_english_tree(client, spanish_editor, about):
    client.force_login(spanish_editor)
    english = translate_page(about, "en", title="About", slug="about")

    for page in (about, english):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code in (302, 403)
        assert not page.permissions_for_user(spanish_editor).can_edit()


def test_polish_editor_group_can_edit_every_language(django_user_model, about):
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Moderators"))

    assert about.permissions_for_user(editor).can_publish()
    assert about.get_translation(locale("es")).permissions_for_user(editor).can_edit()
