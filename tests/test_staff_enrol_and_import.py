"""Staff enrol advisors found by name or e-mail and import them from Excel's own CSV files."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.users.models import UserProfile

from elearning.models import Enrolment, LessonCompletion, LessonPage
from tests.factories_elearning import make_advisor, make_course
from tests.html import text_of
from tests.roles import staff_group

ENROL_URL = "/admin/learning/enrol/"
IMPORT_URL = "/admin/learning/import/"
SAMPLE_URL = "/admin/learning/import/sample.csv"


@pytest.fixture
def staff(client, django_user_model):
    user = django_user_model.objects.create_user("kadry", email="kadry@example.org")
    user.groups.add(staff_group())
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(user)
    return user


@pytest.fixture
def course(home):
    return make_course(home)


def advisor(username: str, first: str, last: str, email: str):
    user = make_advisor(username)
    user.first_name, user.last_name, user.email = first, last, email
    user.save()
    return user


def page_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def read(response) -> str:
    return text_of(page_of(response))


def listed(response) -> list[str]:
    """The advisors the search lists, as staff read each line."""
    return [
        " ".join(text_of(item).split()) for item in page_of(response).select(".enrol-candidates li")
    ]


def messages_of(client) -> list[str]:
    return [str(message) for message in client.get(ENROL_URL).context["messages"]]


# Enrolment -----------------------------------------------------------------------------


# SQLite folds the case of ASCII letters only; PostgreSQL, in production, of every letter.
def test_staff_find_advisors_by_part_of_a_name_or_e_mail_in_any_letter_case(client, staff, course):
    advisor("anowak", "Anna", "Nowak", "anna@gmina-sokolka.pl")
    advisor("jkowal", "Jan", "Kowalski", "jan@pup-lomza.pl")
    advisor("zzolc", "Zofia", "Żółć", "zofia@pup-lomza.pl")

    by_name = client.get(ENROL_URL, {"course": course.pk, "q": "NOWAK"})
    by_email = client.get(ENROL_URL, {"course": course.pk, "q": "pup-lomza"})
    by_two_words = client.get(ENROL_URL, {"course": course.pk, "q": "zofia Żółć"})

    assert listed(by_name) == ["Anna Nowak · anna@gmina-sokolka.pl"]
    assert listed(by_email) == [
        "Jan Kowalski · jan@pup-lomza.pl",
        "Zofia Żółć · zofia@pup-lomza.pl",
    ]
    assert listed(by_two_words) == ["Zofia Żółć · zofia@pup-lomza.pl"]


def test_advisors_already_in_the_course_are_marked_and_cannot_be_ticked(client, staff, course):
    anna = advisor("anowak", "Anna", "Nowak", "anna@example.org")
    advisor("jkowal", "Jan", "Kowalski", "jan@example.org")
    Enrolment.objects.create(user=anna, course_key=course.translation_key)

    page = client.get(ENROL_URL, {"course": course.pk, "q": ""})

    assert listed(page) == [
        "Jan Kowalski · jan@example.org",
        "Anna Nowak · anna@example.org — already enrolled",
    ] or listed(page) == [
        "Anna Nowak · anna@example.org — already enrolled",
        "Jan Kowalski · jan@example.org",
    ]
    ticks = page_of(page).select(".enrol-candidates input[type=checkbox]")
    assert [tick["value"] for tick in ticks] == [str(anna.pk + 1)]


def test_enrolling_says_who_is_new_and_who_was_enrolled_already_and_keeps_progress(
    client, staff, course
):
    anna = advisor("anowak", "Anna", "Nowak", "anna@example.org")
    jan = advisor("jkowal", "Jan", "Kowalski", "jan@example.org")
    lesson = LessonPage.objects.child_of(course).first()
    Enrolment.objects.create(user=anna, course_key=course.translation_key)
    LessonCompletion.objects.create(
        user=anna, lesson_key=lesson.translation_key, course_key=course.translation_key
    )

    response = client.post(
        ENROL_URL, {"course": course.pk, "q": "example", "advisors": [anna.pk, jan.pk]}
    )

    assert response.status_code == 302
    assert response["Location"].endswith(f"?course={course.pk}&q=example")
    shown = [
        str(message).strip() for message in client.get(response["Location"]).context["messages"]
    ]
    assert shown == [
        f"1 advisors enrolled in “{course.title}”: Jan Kowalski (jan@example.org).",
        f"Already enrolled in “{course.title}”, left as they were: Anna Nowak (anna@example.org).",
    ]
    assert Enrolment.objects.get(user=jan).enrolled_by == staff
    assert Enrolment.objects.filter(user=anna).count() == 1
    assert LessonCompletion.objects.filter(user=anna).count() == 1


def test_a_long_list_asks_for_more_of_the_name(client, staff, course):
    for number in range(51):
        advisor(f"doradca{number}", "Doradca", f"Nr {number:02}", f"d{number}@example.org")

    page = client.get(ENROL_URL, {"course": course.pk, "q": "doradca"})

    assert len(listed(page)) == 50
    assert "More than 50 advisors match. Only the first 50 are listed" in read(page)


def test_enrolling_nobody_is_a_clear_bad_request(client, staff, course):
    response = client.post(ENROL_URL, {"course": course.pk, "q": ""})

    assert response.status_code == 400
    assert "Nobody was enrolled" in read(response)
    assert Enrolment.objects.count() == 0


def test_a_search_without_a_course_is_a_bad_request_not_an_error(client, staff, home):
    response = client.get(ENROL_URL, {"course": "", "q": "anna"})

    assert response.status_code == 400
    assert "Course: This field is required." in read(response)


# Import --------------------------------------------------------------------------------

HEADER = "username;email;first_name;last_name\r\n"


def post_file(client, data: bytes, name: str = "doradcy.csv"):
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, data, "text/csv")})


def preview_rows(response) -> list[list[str]]:
    return [
        [text_of(cell) for cell in row.find_all("td")]
        for row in page_of(response).select("table.listing tbody tr")
    ]


def test_excels_windows_1250_semicolon_csv_is_previewed_then_imported_with_polish_letters(
    client, staff, django_user_model
):
    data = (HEADER + "łukasz.ż;lukasz@example.org;Łukasz;Żółć\r\n").encode("cp1250")

    preview = post_file(client, data)

    assert preview.status_code == 200
    assert "The file was read as Windows-1250 text." in read(preview)
    assert "Columns are separated by semicolons." in read(preview)
    assert preview_rows(preview) == [["2", "łukasz.ż", "lukasz@example.org", "Łukasz", "Żółć"]]
    assert not django_user_model.objects.filter(username="łukasz.ż").exists()

    done = client.post(IMPORT_URL, {"preview": preview.context["preview"]})

    assert done.status_code == 302
    created = django_user_model.objects.get(username="łukasz.ż")
    assert (created.first_name, created.last_name) == ("Łukasz", "Żółć")
    assert created.groups.filter(name="Advisors").exists()


def test_utf_8_with_commas_is_named_as_such_in_the_preview(client, staff):
    preview = post_file(
        client, b"username,email,first_name,last_name\nlucia,l@example.org,Luc\xc3\xada,N\n"
    )

    assert "The file was read as UTF-8 text." in read(preview)
    assert "Columns are separated by commas." in read(preview)
    assert preview_rows(preview) == [["2", "lucia", "l@example.org", "Lucía", "N"]]


def test_an_altered_preview_imports_nothing(client, staff, django_user_model):
    preview = post_file(client, (HEADER + "anowak;a@example.org;Anna;Nowak\r\n").encode())
    token = preview.context["preview"]

    response = client.post(IMPORT_URL, {"preview": token.replace("a", "b", 1) + "x"})

    assert response.status_code == 400
    assert "This preview has expired or is not valid. Upload the file again." in read(response)
    assert not django_user_model.objects.filter(username="anowak").exists()


def test_an_account_created_after_the_preview_stops_the_whole_import(
    client, staff, django_user_model
):
    preview = post_file(
        client,
        (HEADER + "anowak;a@example.org;Anna;Nowak\r\njkowal;j@example.org;Jan;Kowal\r\n").encode(),
    )
    django_user_model.objects.create_user("someone", email="J@example.org")

    response = client.post(IMPORT_URL, {"preview": preview.context["preview"]})

    assert response.status_code == 400
    assert "Row 3, column email: An account with this e-mail address already exists." in read(
        response
    )


def test_the_sample_file_downloads_and_imports_as_it_is(client, staff, django_user_model):
    sample = client.get(SAMPLE_URL)
    content = b"".join(sample.streaming_content)

    assert sample.status_code == 200
    assert 'filename="advisors-sample.csv"' in sample["Content-Disposition"]
    assert content.decode("utf-8-sig").splitlines()[0] == "username;email;first_name;last_name"
    preview = post_file(client, content)
    assert len(preview_rows(preview)) == 2
    client.post(IMPORT_URL, {"preview": preview.context["preview"]})
    assert django_user_model.objects.filter(groups__name="Advisors").count() == 2


def test_the_import_page_offers_the_sample_and_names_the_encodings(client, staff):
    page = client.get(IMPORT_URL)

    link = page_of(page).find("a", href=SAMPLE_URL)
    assert text_of(link) == "Download a sample file"
    assert "CSV in UTF-8 or Windows-1250" in read(page)


def test_advisors_and_anonymous_visitors_cannot_download_the_sample(db, home):
    visitor = Client()
    advisor_client = Client()
    advisor_client.force_login(make_advisor("anna"))

    assert visitor.get(SAMPLE_URL).status_code == 302
    assert advisor_client.get(SAMPLE_URL).status_code in (302, 403)
