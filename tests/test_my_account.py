"""An advisor's own account page: their name as certificates print it, their language, their
password, the download of everything the site keeps about them, and a request to erase it."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail as django_mail
from django.test import Client

from accounts.models import ErasureRequest, Profile
from elearning.models import QuizPage
from elearning.reports import course_report
from polls.models import Vote
from tests.factories_elearning import answers, make_advisor, make_course, quiz_of, start, submit
from tests.factories_polls import make_poll


@pytest.fixture
def advisor(db):
    return make_advisor("anna")


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


def pass_course(client, course) -> None:
    for part in course.get_children().specific():
        if not isinstance(part, QuizPage):
            client.post(part.url + "complete/")
    quiz = quiz_of(course)
    attempt = start(client, quiz)
    submit(client, quiz, attempt, answers(attempt, quiz))


def test_visitors_are_asked_to_sign_in(client, db):
    for url in ("/pl/accounts/account/", "/pl/accounts/account/data/json/"):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_surname_given_on_the_account_page_is_printed_on_the_certificate(
    signed_in, advisor, home
):
    course = make_course(home)
    pass_course(signed_in, course)
    advisor.first_name = "Anna"
    advisor.save()
    before = BeautifulSoup(signed_in.get(course.url + "certificate/").content, "html.parser")

    response = signed_in.post(
        "/pl/accounts/account/",
        {"first_name": "Anna", "last_name": "Kowalska", "language": "es"},
        follow=True,
    )

    assert "Twoje dane zostały zapisane." in response.content.decode()
    after = BeautifulSoup(signed_in.get(course.url + "certificate/").content, "html.parser")
    assert before.select_one(".certificate__name").get_text(strip=True) == "Anna"
    assert after.select_one(".certificate__name").get_text(strip=True) == "Anna Kowalska"
    assert Profile.objects.get(user=advisor).language == "es"


def test_a_name_left_empty_is_refused_with_a_message_and_nothing_changes(signed_in, advisor):
    response = signed_in.post(
        "/pl/accounts/account/", {"first_name": " ", "last_name": "Nowak", "language": "pl"}
    )

    assert response.status_code == 400
    assert "To pole jest wymagane." in response.content.decode()
    advisor.refresh_from_db()
    assert advisor.last_name == ""


def test_the_password_is_changed_with_the_old_one_and_a_wrong_one_is_refused(
    client, signed_in, advisor
):
    wrong = signed_in.post(
        "/pl/accounts/account/password/",
        {
            "old_password": "nie-to",
            "new_password1": "Zielona-2026!",
            "new_password2": "Zielona-2026!",
        },
    )
    right = signed_in.post(
        "/pl/accounts/account/password/",
        {
            "old_password": "zmp-demo",
            "new_password1": "Zielona-2026!",
            "new_password2": "Zielona-2026!",
        },
        follow=True,
    )

    assert wrong.status_code == 400
    assert "Podane stare hasło jest niepoprawne." in wrong.content.decode()
    assert "Hasło zostało zmienione." in right.content.decode()
    advisor.refresh_from_db()
    assert advisor.check_password("Zielona-2026!")


def test_the_download_holds_every_kind_of_record_and_nothing_of_anyone_else(
    client, signed_in, advisor, home
):
    course = make_course(home)
    pass_course(signed_in, course)
    other = make_advisor("bogdan")
    client.force_login(other)
    pass_course(client, course)
    client.force_login(advisor)
    poll = make_poll()
    first, second = poll.choices.all()[:2]
    Vote.objects.create(
        poll_key=poll.translation_key, choice_key=first.translation_key, user=advisor
    )
    Vote.objects.create(
        poll_key=poll.translation_key, choice_key=second.translation_key, user=other
    )

    data = json.loads(signed_in.get("/pl/accounts/account/data/json/").content)

    assert data["account"][0]["username"] == "anna"
    assert [row["course"] for row in data["enrolments"]] == [course.title]
    lessons = [p.title for p in course.get_children() if not isinstance(p.specific, QuizPage)]
    assert sorted(row["lesson"] for row in data["completed_lessons"]) == sorted(lessons)
    (attempt,) = data["quiz_attempts"]
    assert attempt["score_percent"] == 100.0 and attempt["passed"] is True
    chosen = json.loads(attempt["answers"])
    assert "Pierwszy krok hierarchii?" in chosen and chosen["Pierwszy krok hierarchii?"]
    assert [(row["poll"], row["answer"]) for row in data["poll_votes"]] == [
        (poll.question, first.text)
    ]
    assert "bogdan" not in json.dumps(data)


def test_the_csv_download_gives_one_spreadsheet_per_kind_of_record(signed_in, advisor, home):
    pass_course(signed_in, make_course(home))
    response = signed_in.get("/pl/accounts/account/data/csv/")

    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    files = zipfile.ZipFile(io.BytesIO(response.content))
    assert set(files.namelist()) == {
        "account.csv",
        "enrolments.csv",
        "completed_lessons.csv",
        "quiz_attempts.csv",
        "poll_votes.csv",
        "certificates.csv",
        "advisor_profile.csv",
        "consultations.csv",
        "meeting_proposals.csv",
    }
    rows = list(csv.DictReader(io.StringIO(files.read("account.csv").decode("utf-8-sig"))))
    assert rows[0]["username"] == "anna"
    assert signed_in.get("/pl/accounts/account/data/xml/").status_code == 404


def test_asking_for_erasure_is_recorded_once_and_the_page_says_so(signed_in, advisor):
    for _twice in range(2):
        response = signed_in.post("/pl/accounts/account/erasure/", follow=True)

    assert ErasureRequest.objects.filter(user=advisor).count() == 1
    html = response.content.decode()
    assert "Twoja prośba o usunięcie danych została zapisana." in html
    assert "Poprosiłeś" not in html  # the page speaks to anyone, whatever their gender
    assert signed_in.get("/pl/accounts/account/erasure/").status_code == 405


@pytest.fixture
def account_manager(db):
    """A member of a group that manages users: the migration gives it the erase permission."""
    group = Group.objects.create(name="Kadry")
    group.permissions.add(
        Permission.objects.get(codename="change_user"),
        Permission.objects.get(codename="access_admin"),
    )
    # Groups that exist when the migration runs get the permission from it; this one is new.
    group.permissions.add(Permission.objects.get(codename="erase_personal_data"))
    user = get_user_model().objects.create_user("kadry", "kadry@example.org", "x", is_staff=True)
    user.groups.add(group)
    return user


def test_staff_erase_the_data_of_whoever_asked_and_the_reports_still_add_up(
    client, signed_in, advisor, home, account_manager
):
    course = make_course(home)
    pass_course(signed_in, course)
    advisor.first_name, advisor.last_name, advisor.email = "Anna", "Kowalska", "anna@example.org"
    advisor.save()
    signed_in.post("/pl/accounts/account/erasure/")
    before = [(row.progress.status, row.progress.quiz.score) for row in course_report(course)]
    client.force_login(account_manager)

    listing = client.get("/admin/erasure-requests/").content.decode()
    request = ErasureRequest.objects.get(user=advisor)
    confirm = client.get(f"/admin/erasure-requests/{request.pk}/erase/")
    done = client.post(f"/admin/erasure-requests/{request.pk}/erase/", follow=True)

    assert "anna" in listing and "Anna Kowalska" in listing and "anna@example.org" in listing
    assert confirm.status_code == 200
    assert "Dane osobowe konta anna zostały usunięte." in done.content.decode()
    advisor.refresh_from_db()
    assert advisor.username == f"erased-{advisor.pk}"
    assert (advisor.first_name, advisor.last_name, advisor.email) == ("", "", "")
    assert not advisor.is_active and not advisor.has_usable_password()
    after = [(row.progress.status, row.progress.quiz.score) for row in course_report(course)]
    assert after == before
    assert "anna" not in client.get("/admin/erasure-requests/").content.decode()
    assert client.post(f"/admin/erasure-requests/{request.pk}/erase/").status_code == 404
    # The erased account cannot sign in again.
    signing_in = Client().post("/pl/accounts/login/", {"username": "anna", "password": "zmp-demo"})
    assert signing_in.status_code != 302


def test_staff_without_the_permission_may_not_see_or_erase(client, signed_in, advisor, db):
    signed_in.post("/pl/accounts/account/erasure/")
    editor = get_user_model().objects.create_user("redaktor", "r@example.org", "x", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    request = ErasureRequest.objects.get(user=advisor)

    # Wagtail's admin answers a refused page by going back to its dashboard.
    for response in (
        client.get("/admin/erasure-requests/"),
        client.post(f"/admin/erasure-requests/{request.pk}/erase/"),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    advisor.refresh_from_db()
    assert advisor.username == "anna"


def confirmation_link(mail) -> str:
    return re.search(r"http://testserver(/\S+)", mail.body).group(1)


def test_a_new_email_address_counts_only_once_its_link_is_followed(client, signed_in, advisor):
    sent = signed_in.post(
        "/pl/accounts/account/email/", {"new_email": "anna.kowalska@example.org"}, follow=True
    )
    advisor.refresh_from_db()
    (mail,) = django_mail.outbox
    link = confirmation_link(mail)

    assert "Wysłaliśmy link na adres anna.kowalska@example.org." in sent.content.decode()
    assert mail.to == ["anna.kowalska@example.org"]
    assert advisor.email == "anna@example.org"  # nothing changes before the link
    # Opening the link (as a mail scanner would) shows what it will do, and changes nothing.
    shown = Client().get(link)
    assert "anna.kowalska@example.org" in shown.content.decode()
    advisor.refresh_from_db()
    assert advisor.email == "anna@example.org"
    done = signed_in.post(link, follow=True)
    advisor.refresh_from_db()
    assert advisor.email == "anna.kowalska@example.org"
    assert "Twój adres e-mail to teraz anna.kowalska@example.org." in done.content.decode()
    # The link is used up.
    again = signed_in.post(link)
    assert again.status_code == 400
    assert "Ten link został już użyty lub jest nieaktualny." in again.content.decode()


def test_a_damaged_link_and_a_taken_address_are_refused_with_a_reason(signed_in, advisor):
    make_advisor("bogdan")  # bogdan@example.org
    taken = signed_in.post("/pl/accounts/account/email/", {"new_email": "BOGDAN@example.org"})
    signed_in.post("/pl/accounts/account/email/", {"new_email": "nowy@example.org"})
    link = confirmation_link(django_mail.outbox[-1])
    damaged = signed_in.get(link[:-3] + "xyz/")

    assert taken.status_code == 400
    assert "Inne konto używa już tego adresu." in taken.content.decode()
    assert damaged.status_code == 400
    assert "Ten link jest nieprawidłowy." in damaged.content.decode()
    advisor.refresh_from_db()
    assert advisor.email == "anna@example.org"
