"""Advisors' accounts, enrolment, lesson progress, the dashboard, and staff tools."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.middleware import SessionMiddleware
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from elearning.models import (
    CourseCataloguePage,
    CoursePage,
    Enrolment,
    GlossaryTerm,
    LessonCompletion,
    LessonPage,
    QuizPage,
)
from elearning.progress import visit_stamps
from home.models import HomePage
from tests.factories_elearning import (
    CourseFactory,
    LessonFactory,
    QuizFactory,
    make_advisor,
    make_course,
    translate_course,
)


@pytest.fixture(scope="module")
def module_course(module_home, django_db_blocker) -> int:
    """The course (three lessons and a quiz) in its catalogue, built once for the module
    (rolled back with module_home)."""
    assert module_home is not None, "a test of this module commits: the course cannot be shared"
    with django_db_blocker.unblock():
        return make_course(HomePage.objects.get(pk=module_home)).pk


@pytest.fixture
def course(module_course, home) -> CoursePage:
    return CoursePage.objects.get(pk=module_course)


@pytest.fixture(autouse=True)
def no_shared_course(request, db) -> None:
    """A test that starts from the home page without asking for ``course`` (it builds its own
    catalogue and courses there, or counts what the site shows) starts, as before, from a
    site without any course: the module's course, if an earlier test built it, is deleted
    with its catalogue (in the test's savepoint). The other tests (accounts, staff tools)
    do not look at courses; deleting it for them too would cost what sharing it saves."""
    if "course" in request.fixturenames or "home" not in request.fixturenames:
        return
    for catalogue in CourseCataloguePage.objects.all():
        catalogue.delete()


@pytest.fixture
def advisor(db):
    return make_advisor()


def lessons_of(course):
    return list(LessonPage.objects.child_of(course).order_by("path"))


def test_anyone_may_read_a_course_description_but_not_its_lessons(client, course):
    lesson = lessons_of(course)[0]

    assert client.get(course.url).status_code == 200
    response = client.get(lesson.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/pl/accounts/login/?next=")


def test_a_course_can_open_its_lessons_to_visitors_without_an_account(client, course):
    course.open_to_read = True
    course.save_revision().publish()

    response = client.get(lessons_of(course)[0].url)

    assert response.status_code == 200
    assert "Treść lekcji o odpadach." in response.content.decode()


def test_advisor_signs_in_on_the_site_and_lands_on_the_dashboard(client, advisor):
    response = client.post(
        "/pl/accounts/login/", {"username": "advisor", "password": "zmp-demo"}, follow=True
    )

    assert response.redirect_chain[-1][0] == "/pl/learning/"
    assert "<h1>Moja nauka</h1>" in response.content.decode()


def test_wrong_password_is_refused_with_a_message(client, advisor):
    response = client.post("/en/accounts/login/", {"username": "advisor", "password": "nope"})

    assert response.status_code == 200
    assert "correct username and password" in response.content.decode()


def test_password_reset_sends_a_working_link(client, advisor):
    client.post("/en/accounts/password-reset/", {"email": advisor.email})

    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/en/accounts/password-reset/\S+/)", mail.outbox[0].body)
    response = client.get(link.group(1), follow=True)
    form_url = response.redirect_chain[-1][0]
    client.post(form_url, {"new_password1": "Zielone-2026!", "new_password2": "Zielone-2026!"})
    advisor.refresh_from_db()
    assert advisor.check_password("Zielone-2026!")


def test_self_registration_is_off_unless_settings_switch_it_on(client, settings, home):
    assert client.get("/pl/accounts/register/").status_code == 404

    settings.ZMP_SELF_REGISTRATION = True
    response = client.post(
        "/pl/accounts/register/",
        {
            "username": "nowy",
            "first_name": "Jan",
            "last_name": "Nowak",
            "email": "jan@example.org",
            "password1": "Zielone-2026!",
            "password2": "Zielone-2026!",
        },
    )

    assert response.status_code == 302
    user = get_user_model().objects.get(username="nowy")
    assert user.groups.filter(name="Advisors").exists()


def test_enrolling_and_completing_lessons_moves_the_progress(client, advisor, course):
    client.force_login(advisor)
    first, second, _third = lessons_of(course)

    assert client.post(course.url + "enrol/").status_code == 302
    client.post(first.url + "complete/")
    client.post(first.url + "complete/")  # twice counts once
    html = client.get(course.url).content.decode()

    assert Enrolment.objects.filter(user=advisor).count() == 1
    assert LessonCompletion.objects.filter(user=advisor).count() == 1
    assert 'aria-valuenow="25"' in html  # 1 of 3 lessons + the quiz = 4 steps
    # The words say what the bar shows: steps, the quiz being one of them.
    assert "Postęp: 25% (1 z 4 kroków)" in html
    assert second.title in client.get(second.url).content.decode()


def test_completing_a_lesson_leads_to_the_next_one(client, advisor, course):
    client.force_login(advisor)
    first, second, third = lessons_of(course)

    assert client.post(first.url + "complete/")["Location"] == second.url
    assert client.post(third.url + "complete/")["Location"] == course.url


def test_lesson_shows_previous_and_next_lessons(client, advisor, course):
    client.force_login(advisor)
    first, second, third = lessons_of(course)

    html = client.get(second.url).content.decode()

    assert f'href="{first.url}" rel="prev"' in html
    assert f'href="{third.url}" rel="next"' in html


def test_a_lesson_published_later_is_the_next_one_at_once(client, advisor, course):
    client.force_login(advisor)
    third = lessons_of(course)[2]
    assert 'rel="next">Dalej: test' in client.get(third.url).content.decode()

    added = LessonFactory(parent=course, title="Lekcja dodana", live=False)
    added.save_revision().publish()

    html = client.get(third.url).content.decode()
    assert f'href="{added.url}" rel="next">Następna lekcja: Lekcja dodana' in html


def test_an_editor_previews_a_new_lesson_in_its_place_in_the_course(rf, advisor, course):
    third = lessons_of(course)[2]
    draft = LessonFactory(parent=course, title="Lekcja w przygotowaniu", live=False)
    request = rf.get(draft.url or "/")
    request.user = advisor
    SessionMiddleware(lambda request: None).process_request(request)
    request._messages = FallbackStorage(request)

    response = draft.serve_preview(request, draft.default_preview_mode)
    response.render()
    html = response.content.decode()

    assert response.status_code == 200
    assert "Lekcja 4 z 4" in html
    assert f'href="{third.url}" rel="prev"' in html
    assert 'rel="next">Dalej: test' in html


def test_lesson_visits_are_written_later_together_and_the_latest_wins(
    client, advisor, course, settings
):
    """Reading a lesson writes nothing to the database: the worker keeps the "last visited"
    stamps and writes them in batches."""
    settings.ZMP_VISIT_STAMP_SECONDS = 3600
    client.force_login(advisor)
    client.post(course.url + "enrol/")
    first, second, _third = lessons_of(course)
    try:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(first.url).status_code == 200
            assert client.get(second.url).status_code == 200
        assert not [q for q in queries.captured_queries if q["sql"].startswith("UPDATE")]
        assert Enrolment.objects.get(user=advisor).last_lesson_key is None
    finally:
        visit_stamps.flush()

    assert Enrolment.objects.get(user=advisor).last_lesson_key == second.translation_key
    html = client.get("/pl/learning/").content.decode()
    assert f'href="{second.url}"' in html


def test_dashboard_shows_status_last_lesson_and_continue(client, advisor, course):
    client.force_login(advisor)
    client.post(course.url + "enrol/")
    second = lessons_of(course)[1]
    client.get(second.url)

    html = client.get("/pl/learning/").content.decode()

    assert course.title in html
    assert second.title in html
    assert f'href="{second.url}"' in html
    assert 'role="progressbar"' in html


def test_progress_follows_the_advisor_into_another_language(client, advisor, course):
    spanish = translate_course(course, "es")
    client.force_login(advisor)
    client.post(course.url + "enrol/")
    client.post(lessons_of(course)[0].url + "complete/")

    spanish_lessons = lessons_of(spanish)
    html = client.get("/es/learning/").content.decode()

    assert spanish.title in html
    assert 'aria-valuenow="25"' in html
    assert "completada" in client.get(spanish.url).content.decode()
    client.post(spanish_lessons[1].url + "complete/")
    assert LessonCompletion.objects.filter(user=advisor).count() == 2


def count_queries(client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_dashboard_and_course_page_queries_do_not_grow(client, advisor, home):
    client.force_login(advisor)
    course = make_course(home, lessons=2)
    client.post(course.url + "enrol/")
    small_dashboard = count_queries(client, "/pl/learning/")
    small_course = count_queries(client, course.url)

    catalogue = course.get_parent()
    for number in range(3):
        extra = CourseFactory(parent=catalogue, slug=f"dodatkowy-{number}")
        for _ in range(4):
            LessonFactory(parent=extra)
        QuizFactory(parent=extra, slots=QuizPage.objects.first().slots.raw_data)
        client.post(extra.url + "enrol/")
    for _ in range(8):
        LessonFactory(parent=course)
    quiz = QuizPage.objects.child_of(course).get()
    for _ in range(3):
        client.post(quiz.url + "start/")

    assert count_queries(client, "/pl/learning/") == small_dashboard
    assert count_queries(client, course.url) == small_course


def staff(django_user_model):
    return django_user_model.objects.create_superuser("staff", "staff@example.org", "x")


def test_staff_import_advisors_from_csv_and_each_gets_a_set_password_email(
    client, django_user_model
):
    client.force_login(staff(django_user_model))
    csv = (
        "username;email;first_name;last_name\n"
        "anowak;a@example.org;Anna;Nowak\njkow;j@example.org;Jan;Kowal\n"
    )

    preview = client.post(
        "/admin/learning/import/", {"file": SimpleUploadedFile("a.csv", csv.encode())}
    )
    response = client.post("/admin/learning/import/", {"preview": preview.context["preview"]})

    assert response.status_code == 302
    created = django_user_model.objects.filter(groups__name="Advisors")
    assert sorted(created.values_list("username", flat=True)) == ["anowak", "jkow"]
    assert not created.get(username="anowak").has_usable_password()
    assert len(mail.outbox) == 2 and "/accounts/password-reset/" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"login,mail\nx,y\n", "Brak kolumn"),
        (
            b"username,email,first_name,last_name\nok,ok@example.org,A,B\nbad,not-an-email,C,D\n",
            "Wiersz 3",
        ),
        (
            b"username,email,first_name,last_name\nstaff,s@example.org,A,B\n",
            "Użytkownik o tej nazwie już istnieje.",
        ),
        (b"\xff\xfe\x00garbage", "UTF-8"),
    ],
)
def test_a_bad_csv_creates_nobody_and_says_why(client, django_user_model, content, message):
    client.force_login(staff(django_user_model))

    response = client.post(
        "/admin/learning/import/", {"file": SimpleUploadedFile("a.csv", content)}
    )

    assert response.status_code == 400
    assert message in response.content.decode()
    assert django_user_model.objects.count() == 1


def test_staff_enrol_advisors_and_follow_their_progress(client, django_user_model, course):
    advisor = make_advisor("anna")
    client.force_login(staff(django_user_model))

    client.post("/admin/learning/enrol/", {"course": course.pk, "advisors": [advisor.pk]})
    LessonCompletion.objects.create(
        user=advisor,
        lesson_key=lessons_of(course)[0].translation_key,
        course_key=course.translation_key,
    )
    report = client.get("/admin/learning/progress/", {"course": course.pk}).content.decode()

    assert Enrolment.objects.get(user=advisor).enrolled_by.username == "staff"
    assert "anna" in report and "1 / 3" in report and "25%" in report


def test_advisors_cannot_open_staff_tools(client, advisor):
    client.force_login(advisor)

    for url in ["/admin/learning/progress/", "/admin/learning/import/", "/admin/learning/enrol/"]:
        assert client.get(url).status_code in (302, 403)


def test_an_empty_dashboard_leads_to_the_courses(client, advisor, course):
    client.force_login(advisor)

    html = client.get("/pl/learning/").content.decode()

    assert "Nie jesteś jeszcze zapisany na żaden kurs." in html
    catalogue = course.get_parent()
    assert f'<a class="button" href="{catalogue.url}">Wybierz kurs</a>' in html


def test_catalogue_cards_show_the_advisors_status_and_progress(client, advisor, course):
    client.force_login(advisor)
    client.post(course.url + "enrol/")
    client.post(lessons_of(course)[0].url + "complete/")

    html = client.get(course.get_parent().url).content.decode()

    card = html.split('class="card"', 1)[1].split("</article>", 1)[0]
    assert "W trakcie" in card
    assert 'role="progressbar"' in card and 'aria-valuenow="25"' in card


def test_a_key_term_links_to_its_courses_glossary(client, advisor, course):
    term = GlossaryTerm.objects.create(
        term="Recykling", definition="Odzysk surowców z odpadów.", course=course
    )
    lesson = LessonFactory(parent=course, body=[("key_term", {"term": term})])
    client.force_login(advisor)

    html = client.get(lesson.url).content.decode()

    assert (
        f'<a href="{course.url}glossary/#term-recykling">'
        f"Słowniczek kursu „{course.title}”</a>" in html
    )
