"""The advisor import refuses, row by row, what the admin's user form would refuse."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.users.models import UserProfile

from elearning.advisors import MAX_BYTES

IMPORT_URL = "/admin/learning/import/"
HEADER = "username,email,first_name,last_name\n"
INVALID_USERNAME = "This value may contain only letters, numbers and @/./+/-/_ characters."


def staff_in(language: str, django_user_model):
    user = django_user_model.objects.create_superuser("staff", "staff@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def staff(client, django_user_model):
    user = staff_in("en", django_user_model)
    client.force_login(user)
    return user


def upload(client, content: str | bytes, name: str = "advisors.csv"):
    """Upload the file and, when staff are shown the preview, confirm it."""
    data = content.encode() if isinstance(content, str) else content
    response = client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, data, "text/csv")})
    if response.status_code == 200:
        return client.post(IMPORT_URL, {"preview": response.context["preview"]})
    return response


def problems(response) -> list[str]:
    """The problems the import page lists, as staff read them."""
    alert = BeautifulSoup(response.content, "html.parser").find(role="alert")
    return [item.get_text(" ", strip=True) for item in alert.find_all("li")] if alert else []


def field_errors(response) -> str:
    form = BeautifulSoup(response.content, "html.parser").find("form")
    return form.get_text(" ", strip=True).replace("\xa0", " ")


def test_usernames_with_markup_or_paths_are_refused_row_by_row(client, staff, django_user_model):
    response = upload(
        client,
        HEADER + "<svg onload=alert(1)>,a@example.org,Anna,Nowak\n"
        "white space/../x,b@example.org,Jan,Kowal\n",
    )

    assert response.status_code == 400
    assert problems(response) == [
        f"Row 2, column username: {INVALID_USERNAME}",
        f"Row 3, column username: {INVALID_USERNAME}",
    ]
    assert list(django_user_model.objects.values_list("username", flat=True)) == ["staff"]


@pytest.mark.parametrize("column", ["username", "first_name", "last_name"])
def test_a_200_character_value_is_a_row_error_not_a_database_error(
    client, staff, django_user_model, column
):
    row = {"username": "anowak", "email": "a@example.org", "first_name": "A", "last_name": "N"}
    row[column] = "x" * 200

    response = upload(client, HEADER + ",".join(row.values()) + "\n")

    assert response.status_code == 400
    assert problems(response) == [
        f"Row 2, column {column}: Ensure this value has at most 150 characters (it has 200)."
    ]
    assert django_user_model.objects.count() == 1


def test_an_e_mail_address_longer_than_the_database_allows_is_a_row_error(client, staff):
    response = upload(client, HEADER + f"anowak,{'a' * 64}@{'b' * 200}.org,Anna,Nowak\n")

    assert response.status_code == 400
    assert problems(response)[0].startswith("Row 2, column email: ")


@pytest.mark.parametrize("email", ["not-an-email", "a@", "a b@example.org", ""])
def test_invalid_or_missing_e_mail_addresses_are_row_errors(client, staff, email):
    response = upload(client, HEADER + f"anowak,{email},Anna,Nowak\n")

    assert response.status_code == 400
    expected = "This field is required." if not email else "Enter a valid email address."
    assert problems(response) == [f"Row 2, column email: {expected}"]


def test_names_are_required_as_in_the_admin(client, staff):
    response = upload(client, HEADER + "anowak,a@example.org,,\n")

    assert problems(response) == [
        "Row 2, column first_name: This field is required.",
        "Row 2, column last_name: This field is required.",
    ]


def test_the_same_username_or_e_mail_twice_in_the_file_is_refused(client, staff):
    response = upload(
        client,
        HEADER + "anowak,a@example.org,Anna,Nowak\n"
        "jkowal,j@example.org,Jan,Kowal\n"
        "anowak,other@example.org,Anna,Nowak\n"
        "ewa,A@Example.org,Ewa,Nowak\n",
    )

    assert problems(response) == [
        "Row 4, column username: The same value is already in row 2.",
        "Row 5, column email: The same value is already in row 2.",
    ]


def test_usernames_and_e_mail_addresses_of_existing_accounts_are_refused(
    client, staff, django_user_model
):
    django_user_model.objects.create_user("anowak", "anna@example.org")

    response = upload(
        client,
        HEADER + "anowak,new@example.org,Anna,Nowak\nnew,ANNA@example.org,Anna,Nowak\n",
    )

    assert problems(response) == [
        "Row 2, column username: A user with that username already exists.",
        "Row 3, column email: An account with this e-mail address already exists.",
    ]
    assert django_user_model.objects.count() == 2


def test_one_bad_row_among_good_ones_creates_nobody_and_sends_nothing(
    client, staff, django_user_model, mailoutbox
):
    response = upload(
        client,
        HEADER + "anowak,a@example.org,Anna,Nowak\njkowal,j@example.org,Jan,Kowal\n"
        "bad name,b@example.org,Ewa,Nowak\n",
    )

    assert response.status_code == 400
    assert problems(response) == [f"Row 4, column username: {INVALID_USERNAME}"]
    assert django_user_model.objects.count() == 1
    assert mailoutbox == []


def test_valid_names_in_any_alphabet_are_imported_and_empty_rows_skipped(
    client, staff, django_user_model
):
    response = upload(
        client,
        "username;email;first_name;last_name\n"
        "łukasz.ż;lukasz@example.org;Łukasz;Żółć\nlucía;lucia@example.org;Lucía;Núñez\n;;;\n",
    )

    assert response.status_code == 302
    advisors = Group.objects.get(name="Advisors").user_set.order_by("username")
    assert [(user.username, user.last_name) for user in advisors] == [
        ("lucía", "Núñez"),
        ("łukasz.ż", "Żółć"),
    ]


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(client, staff):
    content = HEADER + "x" * MAX_BYTES

    response = upload(client, content)

    assert response.status_code == 400
    assert "The file is larger than 1.0 MB. Split it into smaller files." in field_errors(response)


def test_a_file_that_is_not_csv_is_refused_with_a_clear_message(client, staff):
    response = upload(client, b"PK\x03\x04 spreadsheet", name="advisors.xlsx")

    assert response.status_code == 400
    assert "File extension “xlsx” is not allowed" in field_errors(response)


def test_a_binary_file_named_csv_is_refused_as_not_text(client, staff):
    response = upload(client, HEADER.encode() + b"\x00\x01\x02\x03")

    assert response.status_code == 400
    assert problems(response) == ["The file is not a CSV text file. Save it as CSV UTF-8."]


def test_bytes_that_are_neither_utf_8_nor_windows_1250_are_refused_by_name(client, staff):
    # 0x81 and 0x98 have no character in Windows-1250 and cannot start UTF-8.
    response = upload(client, HEADER.encode() + b"anowak,a@example.org,Anna,Now\x81\x98k\n")

    assert response.status_code == 400
    assert problems(response) == [
        "The file is neither UTF-8 nor Windows-1250 text. Save it as CSV UTF-8."
    ]


def test_a_field_too_long_for_csv_is_a_row_error_not_a_server_error(client, staff):
    response = upload(client, HEADER + f'anowak,a@example.org,"{"x" * 200_000}",N\n')

    assert response.status_code == 400
    assert problems(response) == ["Row 2 cannot be read as CSV. Check its quotes."]


def test_problems_are_listed_in_the_admins_language(client, django_user_model):
    client.force_login(staff_in("es", django_user_model))

    response = upload(client, HEADER + "bad name,a@example.org,Anna,Nowak\n")

    assert response.status_code == 400
    assert (
        "Este valor debe contener sólo letras, números y los caracteres @/./+/-/_."
        in (problems(response)[0])
    )


def test_a_mail_server_that_is_down_loses_no_advisor_and_shows_no_error_page(
    client, staff, django_user_model, settings, caplog
):
    # A real SMTP connection to a local port where nothing listens.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    response = upload(client, HEADER + "anowak,anna@example.org,Anna,Nowak\n")

    assert response.status_code in (200, 302)
    assert django_user_model.objects.filter(username="anowak", is_active=True).exists()
    assert "Password reset email to user" in caplog.text
    assert "anna@example.org" not in caplog.text
