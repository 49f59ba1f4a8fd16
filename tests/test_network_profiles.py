"""The advisor's public profile: who may publish it, the form's checks, the "My learning"
panel, and the holder's data (download and erasure)."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Page

from accounts.erasure import erase
from accounts.models import ErasureRequest
from accounts.personal_data import personal_data
from home.models import HomePage
from network.models import AdvisorProfile
from tests.factories_elearning import make_advisor
from tests.factories_network import make_blocks, make_certified_advisor, make_profile
from tests.html import text_of
from tests.roles import staff_group

URL = "/{language}/network/profile/"


@pytest.fixture(scope="module")
def module_blocks(module_home, django_db_blocker) -> list[int]:
    """The training blocks, built once for the module (rolled back with module_home)."""
    assert module_home is not None, "module-scoped data needs module_home: no test may commit"
    with django_db_blocker.unblock():
        return [block.pk for block in make_blocks(HomePage.objects.get(pk=module_home))]


@pytest.fixture
def blocks(module_blocks, home):
    # Fresh instances for each test; asking for ``home`` keeps the module's site shared.
    return [Page.objects.get(pk=pk).specific for pk in module_blocks]


@pytest.fixture
def certified(db):
    return make_certified_advisor("ala", "Alicja", "Łukaszewicz")


def form_data(blocks, **changes) -> dict:
    return {
        "display_name": "",
        "institution": "PUP w Augustowie",
        "counties": ["2001"],
        "municipalities": ["2009042"],
        "topics": [str(blocks[0].translation_key)],
        "contact_kind": "phone",
        "contact_value": "+48 87 123 45 67",
        "bio": "",
        "action": "publish",
        **changes,
    }


def test_a_certified_advisor_publishes_a_profile(client, blocks, certified):
    client.force_login(certified)
    response = client.post(URL.format(language="en"), form_data(blocks))
    assert response.status_code == 302
    profile = AdvisorProfile.objects.get(user=certified)
    assert profile.published and profile.counties == ["2001"]
    assert profile.municipalities == ["2009042"]
    assert list(AdvisorProfile.objects.public()) == [profile]
    page = client.get(URL.format(language="en"))
    assert "Your profile is published in the directory." in page.content.decode()
    assert "Status: published in the directory" in text_of(
        BeautifulSoup(page.content, "html.parser")
    )


def test_an_advisor_without_the_certificate_saves_a_draft_but_cannot_publish(client, blocks):
    advisor = make_advisor("bartek")
    advisor.first_name, advisor.last_name = "Bartosz", "Żak"
    advisor.save()
    client.force_login(advisor)
    page = client.get(URL.format(language="pl")).content.decode()
    assert 'value="publish"' not in page and 'value="save"' in page
    refused = client.post(URL.format(language="en"), form_data(blocks))
    assert refused.status_code == 403
    assert "once you hold the green-jobs advisor certificate" in refused.content.decode()
    assert not AdvisorProfile.objects.filter(user=advisor).exists()
    saved = client.post(URL.format(language="en"), form_data(blocks, action="save"))
    assert saved.status_code == 302
    assert not AdvisorProfile.objects.get(user=advisor).published
    assert not AdvisorProfile.objects.public().exists()


def test_a_revoked_certificate_refuses_publishing_and_hides_a_published_profile(client, blocks):
    holder = make_certified_advisor("celina", "Celina", "Ćwik")
    profile = make_profile(holder, topics=[str(blocks[0].translation_key)])
    assert list(AdvisorProfile.objects.public()) == [profile]
    holder.certificates.update(revoked_at="2026-01-01T10:00:00Z")
    assert not AdvisorProfile.objects.public().exists()
    client.force_login(holder)
    refused = client.post(URL.format(language="en"), form_data(blocks))
    assert refused.status_code == 403
    assert "was revoked" in refused.content.decode()


def test_an_advisor_without_a_surname_is_sent_to_their_account(client, blocks):
    holder = make_certified_advisor("dorota", "Dorota", "")
    client.force_login(holder)
    response = client.post(URL.format(language="en"), form_data(blocks))
    assert response.status_code == 403
    assert "Add your first name and surname" in response.content.decode()
    assert 'href="/en/accounts/account/"' in response.content.decode()


def test_a_deactivated_account_disappears_from_the_public(blocks):
    holder = make_certified_advisor("edyta", "Edyta", "Świątek")
    make_profile(holder)
    holder.is_active = False
    holder.save()
    assert not AdvisorProfile.objects.public().exists()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"counties": [], "municipalities": []}, "counties", "at least one county"),
        ({"counties": ["9999"]}, "counties", "Select a valid choice"),
        ({"municipalities": ["2001"]}, "municipalities", "Select a valid choice"),
        ({"topics": []}, "topics", "Choose at least one topic"),
        ({"topics": ["not-a-block"]}, "topics", "Select a valid choice"),
        ({"contact_kind": "email", "contact_value": "ala@"}, "contact_value", "e-mail"),
        ({"contact_kind": "phone", "contact_value": "12 34"}, "contact_value", "9 to 15 digits"),
        ({"contact_kind": "phone", "contact_value": "call me"}, "contact_value", "9 to 15"),
        (
            {"contact_kind": "website", "contact_value": "javascript:alert(1)"},
            "contact_value",
            "https://",
        ),
        ({"contact_kind": "fax", "contact_value": "1"}, "contact_kind", "Select a valid choice"),
        ({"institution": "  "}, "institution", "This field is required"),
        ({"bio": "x" * 601}, "bio", "at most 600"),
    ],
)
def test_the_form_refuses_bad_input_with_a_message(
    client, blocks, certified, changes, field, message
):
    client.force_login(certified)
    response = client.post(URL.format(language="en"), form_data(blocks, **changes))
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert not AdvisorProfile.objects.exists()


def test_an_unknown_action_is_a_bad_request(client, blocks, certified):
    client.force_login(certified)
    response = client.post(URL.format(language="en"), form_data(blocks, action="delete"))
    assert response.status_code == 400


def test_the_advisor_unpublishes_and_the_preview_shows_the_card(client, blocks, certified):
    make_profile(certified, counties=["2012"], topics=[str(blocks[1].translation_key)])
    client.force_login(certified)
    page = client.get(URL.format(language="es")).content.decode()
    assert "distrito de Suwałki" in page and "Energías renovables" in page
    response = client.post(URL.format(language="en"), {"action": "unpublish"})
    assert response.status_code == 302
    assert not AdvisorProfile.objects.get(user=certified).published


@pytest.mark.parametrize("who", ["anonymous", "editor", "staff"])
def test_only_advisors_reach_the_profile_page(client, db, who):
    if who == "anonymous":
        response = client.get(URL.format(language="pl"))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        return
    user = get_user_model().objects.create_user(who, is_staff=who == "staff")
    if who == "staff":
        user.groups.add(staff_group())
    client.force_login(user)
    assert client.get(URL.format(language="pl")).status_code == 403


def test_my_learning_shows_the_profile_panel_with_its_status(client, blocks, certified):
    client.force_login(certified)
    page = client.get("/en/learning/").content.decode()
    assert "Your public profile" in page and "no profile yet" in page
    make_profile(certified, published=False)
    page = client.get("/en/learning/").content.decode()
    assert "draft, not public" in page and 'href="/en/network/profile/"' in page
    AdvisorProfile.objects.update(published=True)
    assert "published in the directory" in client.get("/en/learning/").content.decode()


def test_my_learning_tells_an_uncertified_advisor_they_are_not_eligible_yet(client, db):
    advisor = make_advisor("filip")
    client.force_login(advisor)
    assert "not eligible yet" in client.get("/en/learning/").content.decode()


def test_the_profile_is_in_the_holders_data_download(certified):
    make_profile(certified, institution="PUP w Sejnach")
    records = personal_data(certified)["advisor_profile"]
    assert records[0]["institution"] == "PUP w Sejnach"


def test_erasure_deletes_the_profile(certified):
    make_profile(certified)
    staff = get_user_model().objects.create_user("staff")
    erase(ErasureRequest.objects.create(user=certified), by=staff)
    assert not AdvisorProfile.objects.exists()
