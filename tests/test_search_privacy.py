"""What is kept of a search identifies nobody, and editors can hide a popular search."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from wagtail.contrib.search_promotions.models import Query

from search.models import HiddenSearch, LanguageQueryHits
from search.privacy import storable_search_terms
from tests.factories_search import language_homes, text_page

POPULAR_ADMIN = "/admin/hidden-searches/popular/"
HIDE = "/admin/hidden-searches/new/"


@pytest.fixture
def homes(home):
    return language_homes(home)


@pytest.fixture
def popular(client, homes):
    """ "pompa ciepła" and "odpady" searched three times in Polish, "heat pumps" in English."""
    text_page(homes["pl"], "Pompa ciepła", body="Pompa ciepła i odpady.")
    text_page(homes["en"], "Heat pumps", body="Heat pumps.")
    for _ in range(3):
        client.get("/pl/search/", {"query": "pompa ciepła"})
        client.get("/pl/search/", {"query": "odpady"})
        client.get("/en/search/", {"query": "heat pumps"})


def popular_list(client, language: str = "pl") -> str:
    return client.get(f"/{language}/search/").content.decode()


def stored_terms() -> list[str]:
    return sorted(Query.objects.values_list("query_string", flat=True))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Jan Kowalski jan.kowalski@gmail.com", "jan kowalski"),
        ("tel. +48 605 123 456 dotacje", "tel dotacje"),
        ("(22) 123 45 67 szkolenia", "szkolenia"),
        ("PESEL 85010112345 zasiłek", "pesel zasiłek"),
        ("NIP 123-456-32-18 firma", "nip firma"),
        ("dowód ABC123456 odnowienie", "dowód odnowienie"),
        ("konto 12 1234 5678 9012 3456 7890 1234 zwrot", "konto zwrot"),
        ("https://kowalski.pl/cv fotowoltaika", "fotowoltaika"),
        ("www.example.com kowalski.pl pompa", "pompa"),
        ("Pompa  CIEPŁA!", "pompa ciepła"),
        ("program 2021-2027", "program 2021 2027"),
    ],
)
def test_stored_terms_are_the_words_without_contact_details_or_numbers_of_a_person(typed, stored):
    assert storable_search_terms(typed, "pl") == stored


@pytest.mark.parametrize(
    "typed",
    ["jan@example.org", "+48 605 123 456", "85010112345", "https://example.com/a?b=c", "i 2024"],
)
def test_a_search_of_nothing_but_personal_data_numbers_or_stopwords_keeps_nothing(typed):
    assert storable_search_terms(typed, "pl") == ""


def test_the_search_terms_report_gets_a_search_without_its_email_and_phone(client, homes):
    text_page(homes["pl"], "Dotacje", body="Dotacje na szkolenia.")

    client.get("/pl/search/", {"query": "Dotacje anna.nowak@example.org 605-123-456"})

    assert stored_terms() == ["dotacje"]


def test_a_search_made_only_of_personal_data_is_not_stored_at_all(client, homes):
    client.get("/pl/search/", {"query": "anna.nowak@example.org +48 605 123 456"})
    client.get("/pl/search/", {"query": "85010112345"})

    assert stored_terms() == []
    assert not LanguageQueryHits.objects.exists()


def test_a_hidden_search_leaves_the_public_list_at_once_and_comes_back_when_shown_again(
    client, admin_user, popular
):
    assert ">pompa ciepła</a>" in popular_list(client)
    client.force_login(admin_user)

    response = client.post(HIDE, {"query_string": "Pompa ciepła", "language_code": ""})

    assert response.status_code == 302
    hidden = HiddenSearch.objects.get()
    assert (hidden.query_string, hidden.language_code) == ("pompa ciepła", "")
    for language in ("pl", "en", "es"):
        assert ">pompa ciepła</a>" not in popular_list(client, language)
    assert ">odpady</a>" in popular_list(client)

    client.post(f"/admin/hidden-searches/delete/{hidden.pk}/")

    assert ">pompa ciepła</a>" in popular_list(client)


def test_a_search_hidden_in_one_language_still_shows_in_the_others(client, admin_user, popular):
    client.force_login(admin_user)

    client.post(HIDE, {"query_string": "heat pumps", "language_code": "pl"})

    assert ">heat pumps</a>" in popular_list(client, "en")


def test_editors_see_each_languages_popular_searches_with_a_button_to_hide_each(
    client, admin_user, popular
):
    client.force_login(admin_user)

    html = client.get(POPULAR_ADMIN).content.decode()

    assert f'href="{HIDE}?query_string=pompa+ciep%C5%82a&amp;language_code=pl"' in html
    assert f'href="{HIDE}?query_string=heat+pumps&amp;language_code=en"' in html
    form = client.get(HIDE, {"query_string": "odpady", "language_code": "pl"}).content.decode()
    assert 'value="odpady"' in form
    assert '<option value="pl" selected>' in form


def test_a_search_made_only_of_an_email_address_cannot_be_hidden_as_it_is_never_listed(
    client, admin_user, home
):
    client.force_login(admin_user)

    response = client.post(HIDE, {"query_string": "jan@example.org", "language_code": ""})

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["query_string"]
    assert not HiddenSearch.objects.exists()


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("redaktorka", password="x")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def test_editors_without_the_permission_cannot_hide_a_search(client, moderator, popular):
    client.force_login(moderator)
    data = {"query_string": "pompa ciepła", "language_code": ""}

    # Wagtail's admin answers a refused background request with 403, a page with a redirect.
    assert (
        client.post(HIDE, data, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    )
    assert client.post(HIDE, data)["Location"] == "/admin/"
    assert client.get(POPULAR_ADMIN)["Location"] == "/admin/"

    assert not HiddenSearch.objects.exists()
    assert ">pompa ciepła</a>" in popular_list(client)


def test_a_group_given_the_permission_may_hide_a_search(client, moderator, popular):
    group = Group.objects.get(name="Moderators")
    group.permissions.add(*Permission.objects.filter(codename__endswith="_hiddensearch"))
    client.force_login(moderator)

    assert client.get(POPULAR_ADMIN).status_code == 200
    client.post(HIDE, {"query_string": "odpady", "language_code": "pl"})

    assert ">odpady</a>" not in popular_list(client)


def test_the_hiding_permissions_come_from_the_migrations(db):
    codenames = set(
        Permission.objects.filter(content_type__app_label="site_search").values_list(
            "codename", flat=True
        )
    )

    assert {"add_hiddensearch", "delete_hiddensearch"} <= codenames


@pytest.mark.parametrize("typed", ["\x00odpady", "x" * 300, "ł" * 256, "<script>", "%s %(x)s"])
def test_odd_input_to_the_hiding_form_is_refused_or_stored_never_a_server_error(
    admin_user, home, typed
):
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)

    shown = client.get(HIDE, {"query_string": typed, "language_code": "xx"})
    sent = client.post(HIDE, {"query_string": typed, "language_code": typed})

    # 400: the site refuses NUL characters in any request before it reaches a view.
    assert shown.status_code in (200, 400)
    assert sent.status_code in (200, 302, 400)
