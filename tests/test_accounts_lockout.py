"""Sign-in is locked after repeated failures, on the public site and in the admin; staff unlock."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from wagtail.users.models import UserProfile

from tests.factories_elearning import make_advisor

PUBLIC_LOGIN = "/en/accounts/login/"
ADMIN_LOGIN = "/admin/login/"
LOCKED = "Too many failed attempts to sign in"
UNLOCK_SCREEN = "/admin/locked-sign-ins/"


@pytest.fixture
def advisor(db):
    return make_advisor()


def sign_in(client, url, username, password, address="127.0.0.1", **headers):
    return client.post(
        url, {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def fail(client, url, username, times, address="127.0.0.1"):
    for _attempt in range(times):
        sign_in(client, url, username, "wrong", address)


def is_signed_in(client):
    return "_auth_user_id" in client.session


def test_five_wrong_passwords_lock_the_account_and_the_right_one_is_then_refused(client, advisor):
    for _attempt in range(4):
        response = sign_in(client, PUBLIC_LOGIN, "advisor", "wrong")
        assert response.status_code == 200
        assert "correct username and password" in response.content.decode()

    fifth = sign_in(client, PUBLIC_LOGIN, "advisor", "wrong")
    right = sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo")

    for response in (fifth, right):
        assert response.status_code == 429
        assert response["Retry-After"] == "900"
        page = response.content.decode()
        assert LOCKED in page and "blocked for 15 minutes" in page
        assert 'name="password"' in page  # still the sign-in page, with its reset link
    assert not is_signed_in(client)


def test_the_admin_sign_in_is_locked_the_same_way(client, django_user_model):
    django_user_model.objects.create_superuser("chief", "chief@example.org", "right-one")

    fail(client, ADMIN_LOGIN, "chief", 5)
    response = sign_in(client, ADMIN_LOGIN, "chief", "right-one")

    assert response.status_code == 429
    assert response["Retry-After"] == "900"
    # The admin speaks the site's default language to a visitor not signed in.
    assert "Zbyt wiele nieudanych prób logowania" in response.content.decode()
    assert "wagtailadmin" in response.templates[0].name
    assert not is_signed_in(client)


def test_a_lockout_leaves_other_accounts_and_other_addresses_alone(client, advisor):
    make_advisor("colleague")
    fail(client, PUBLIC_LOGIN, "advisor", 5, address="198.51.100.7")

    assert sign_in(client, PUBLIC_LOGIN, "colleague", "zmp-demo", "198.51.100.7").status_code == 302
    client.logout()
    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo", "203.0.113.9").status_code == 302


def test_many_failures_from_one_address_lock_it_for_every_account(client, advisor, settings):
    settings.ZMP_SIGN_IN_FAILURE_LIMITS = [5, 12]
    for number in range(12):
        sign_in(client, PUBLIC_LOGIN, f"guess{number}", "wrong", "198.51.100.7")

    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo", "198.51.100.7").status_code == 429
    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo", "203.0.113.9").status_code == 302


def test_a_successful_sign_in_forgets_that_accounts_earlier_failures(client, advisor):
    fail(client, PUBLIC_LOGIN, "advisor", 4)
    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo").status_code == 302
    client.logout()

    fail(client, PUBLIC_LOGIN, "advisor", 4)
    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo").status_code == 302


def test_signing_in_to_ones_own_account_does_not_forget_failures_on_another(client, advisor):
    make_advisor("intruder")
    fail(client, PUBLIC_LOGIN, "advisor", 4)
    assert sign_in(client, PUBLIC_LOGIN, "intruder", "zmp-demo").status_code == 302
    client.logout()

    fail(client, PUBLIC_LOGIN, "advisor", 1)

    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo").status_code == 429


def test_behind_the_proxy_the_visitors_address_counts_and_forged_entries_do_not(
    client, advisor, settings
):
    settings.ZMP_TRUSTED_PROXIES = 1
    for number in range(5):
        # The visitor writes anything on the left; our proxy appends the address it saw.
        sign_in(
            client,
            PUBLIC_LOGIN,
            "advisor",
            "wrong",
            "127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}, 198.51.100.7",
        )

    locked = sign_in(
        client, PUBLIC_LOGIN, "advisor", "zmp-demo", HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.7"
    )
    elsewhere = sign_in(
        client, PUBLIC_LOGIN, "advisor", "zmp-demo", HTTP_X_FORWARDED_FOR="203.0.113.9"
    )

    assert locked.status_code == 429
    assert elsewhere.status_code == 302


def test_staff_see_the_lockout_unlock_it_and_the_advisor_signs_in(
    client, advisor, django_user_model
):
    fail(client, PUBLIC_LOGIN, "advisor", 5, address="198.51.100.7")
    staff = django_user_model.objects.create_superuser("chief", "chief@example.org", "x")
    UserProfile.objects.create(user=staff, preferred_language="en")
    client.force_login(staff)

    listing = client.get(UNLOCK_SCREEN).content.decode()
    cells = re.sub(r"\s+", "", listing)
    assert "advisor" in listing and "<td>198.51.100.7</td>" in cells and "<td>5</td>" in cells
    unlock_url = UNLOCK_SCREEN + "unlock/?ip_address=198.51.100.7&username=advisor"
    assert unlock_url.replace("&", "&amp;") in listing
    response = client.post(unlock_url, follow=True)
    client.logout()

    assert "<td>198.51.100.7</td>" not in re.sub(r"\s+", "", response.content.decode())
    assert "Sign-in unlocked for advisor from 198.51.100.7." in response.content.decode()
    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo", "198.51.100.7").status_code == 302


def test_an_editor_without_the_permission_may_not_see_or_unlock(client, advisor, django_user_model):
    fail(client, PUBLIC_LOGIN, "advisor", 5)
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(editor)

    # Wagtail answers a refused admin screen by going back to the dashboard with an error.
    for response in (
        client.get(UNLOCK_SCREEN),
        client.post(UNLOCK_SCREEN + "unlock/?ip_address=127.0.0.1&username=advisor"),
    ):
        assert response.status_code == 302 and response["Location"] == "/admin/"
        assert {message.level_tag for message in get_messages(response.wsgi_request)} == {"error"}
    assert UNLOCK_SCREEN not in client.get("/admin/").content.decode()
    client.logout()
    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo").status_code == 429


def test_a_group_given_the_permission_may_unlock(client, advisor, django_user_model):
    fail(client, PUBLIC_LOGIN, "advisor", 5)
    managers = Group.objects.create(name="User managers")
    managers.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="accounts", codename="unlock_accounts"),
    )
    manager = django_user_model.objects.create_user("manager", password="x")
    manager.groups.add(managers)
    client.force_login(manager)

    assert UNLOCK_SCREEN in client.get("/admin/").content.decode()
    assert client.get(UNLOCK_SCREEN).status_code == 200
    client.post(UNLOCK_SCREEN + "unlock/?ip_address=127.0.0.1&username=advisor")
    client.logout()

    assert sign_in(client, PUBLIC_LOGIN, "advisor", "zmp-demo").status_code == 302
