"""Staff list the advisors' profiles in the Wagtail admin and take one down with a reason."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from network.models import AdvisorProfile
from tests.factories_network import make_certified_advisor, make_profile
from tests.html import soup_of, text_of
from tests.roles import staff_group

INDEX = "/admin/advisor-profiles/"


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user("kadra", is_staff=True)
    user.groups.add(staff_group())
    return user


@pytest.fixture
def profile(db):
    return make_profile(make_certified_advisor("gosia", "Małgorzata", "Wróbel"))


def test_staff_list_the_profiles(client, staff, profile):
    client.force_login(staff)
    response = client.get(INDEX)
    assert response.status_code == 200
    assert "Małgorzata Wróbel" in response.content.decode()


def test_staff_take_a_profile_down_and_the_advisor_reads_why(client, staff, profile):
    client.force_login(staff)
    url = f"{INDEX}take-down/{profile.pk}/"
    assert client.post(url, {"reason": ""}).status_code == 400
    response = client.post(url, {"reason": "Nieaktualny numer telefonu."})
    assert response.status_code == 302
    profile.refresh_from_db()
    assert not profile.published and profile.unpublished_by == staff
    assert not AdvisorProfile.objects.public().exists()
    # Already down: nothing left to take down.
    assert client.get(url).status_code == 404
    client.force_login(profile.user)
    page = text_of(soup_of(client, "/en/network/profile/"))
    assert "Status: taken down by the office's staff" in page
    assert "Reason given by the staff: Nieaktualny numer telefonu." in page


def test_advisors_cannot_reach_the_profiles_admin(client, profile):
    client.force_login(profile.user)
    response = client.get(INDEX)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
