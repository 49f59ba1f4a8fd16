"""The staff reports: the overview across courses and the learners, on a known data set.

Four advisors in two courses, with chosen dates and outcomes (tests/factories_reports.py):

=========  =======================================  ===================================
advisor    waste management (2 lessons, quiz)        renewable energy (2 lessons, quiz)
=========  =======================================  ===================================
Anna       day 0; 50 % on day 2, 100 % on day 4      day 1, not started
Bartosz    day 0; 75 % on day 10                     —
Celina     day 5; 25 % on day 6 (failed)             —
"=1+2"     day 20, not started                       day 20, one lesson (in progress)
=========  =======================================  ===================================

Waste management: 4 enrolled, 1 not started, 2 passed, 1 failed; average graded score
(100 + 75 + 25) / 3 = 66.67; median days to complete of 4 and 10 = 7.0.
"""

from __future__ import annotations

import csv
import datetime
import io
import uuid
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.users.models import UserProfile

from certificates.models import Certificate
from consultations.models import Consultation
from elearning.models import CoursePage, Enrolment
from home.models import HomePage
from reports.courses import course_overview
from reports.learners import learner_summaries, learners
from reports.progress import default_courses
from tests.factories_elearning import add_course, make_advisor, make_course
from tests.factories_reports import (
    ALL_RIGHT,
    HALF_RIGHT,
    MOSTLY_WRONG,
    ONE_WRONG,
    complete_lessons,
    day,
    enrol_on,
    take_quiz,
)
from tests.html import soup_of, text_of

COURSES_URL = "/admin/learning-reports/courses/"
LEARNERS_URL = "/admin/learning-reports/learners/"


def named(username: str, first: str, last: str):
    user = make_advisor(username)
    user.first_name, user.last_name = first, last
    user.save()
    return user


@pytest.fixture(scope="module")
def module_data(module_home, django_db_blocker) -> dict[str, int]:
    """The data set, built once for the module (rolled back with ``module_home``): the pks of
    its courses and advisors, by name."""
    assert module_home is not None, "module_data needs the module's transaction (module_home)"
    with django_db_blocker.unblock():
        built = build_data(HomePage.objects.get(pk=module_home))
        return {name: thing.pk for name, thing in built.items()}


@pytest.fixture
def data(module_data, home) -> dict:
    # Fresh instances per test: a test that changes one in memory does not leak into the next.
    # ``home`` (unused) is what makes ``module_home`` open the module's transaction.
    return {
        name: (CoursePage if name in COURSES else get_user_model()).objects.get(pk=pk)
        for name, pk in module_data.items()
    }


COURSES = ("waste", "energy")


def build_data(home) -> dict:
    waste = make_course(home, lessons=2)
    energy = add_course(
        waste.get_parent(), lessons=2, title="Odnawialne źródła energii", slug="oze"
    )
    anna = named("anna", "Anna", "Nowak")
    bartosz = named("bartosz", "Bartosz", "Kowalski")
    celina = named("celina", "Celina", "Wiśniewska")
    formula = named("dawid", "=1+2", "Zieliński")

    enrol_on(anna, waste, day(0))
    complete_lessons(anna, waste)
    take_quiz(anna, waste, HALF_RIGHT, submitted_at=day(2))
    take_quiz(anna, waste, ALL_RIGHT, submitted_at=day(4))
    enrol_on(anna, energy, day(1))

    enrol_on(bartosz, waste, day(0))
    complete_lessons(bartosz, waste)
    take_quiz(bartosz, waste, ONE_WRONG, submitted_at=day(10))

    enrol_on(celina, waste, day(5))
    take_quiz(celina, waste, MOSTLY_WRONG, submitted_at=day(6))

    enrol_on(formula, waste, day(20))
    enrol_on(formula, energy, day(20))
    complete_lessons(formula, energy, count=1)
    return {
        "waste": waste,
        "energy": energy,
        "anna": anna,
        "bartosz": bartosz,
        "celina": celina,
        "formula": formula,
    }


@pytest.fixture(scope="module")
def module_staff(module_home, django_db_blocker) -> int:
    """The staff member, created once for the module (rolled back with ``module_home``)."""
    assert module_home is not None, "module_staff needs the module's transaction (module_home)"
    with django_db_blocker.unblock():
        return named_staff("office").pk


@pytest.fixture
def staff(module_staff, home):  # home: see ``data``
    return get_user_model().objects.get(pk=module_staff)


def named_staff(username: str):
    """A member of the e-learning staff who reads the admin in English."""
    user = make_advisor(username)
    user.groups.set([Group.objects.get(name="E-learning staff")])
    user.is_staff = True
    user.save()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


def rows_of(soup) -> dict[str, list[str]]:
    """The listing's rows, by the text of their first cell."""
    table = soup.select_one("#listing-results table.listing:not(.bar-chart__table)")
    rows = {}
    for tr in table.select("tbody tr"):
        cells = [text_of(cell) for cell in tr.find_all(["td", "th"])]
        rows[cells[0]] = cells[1:]
    return rows


# The overview across courses ------------------------------------------------------------


def test_the_overview_counts_each_course_as_the_data_set_says(data):
    waste, energy = course_overview(Enrolment.objects.all(), default_courses())

    assert (waste.title, waste.enrolled, waste.not_started, waste.in_progress) == (
        "Gospodarowanie odpadami",
        4,
        1,
        0,
    )
    assert (waste.passed, waste.failed) == (2, 1)
    assert waste.average_score == Decimal("66.67")
    assert waste.median_days == Decimal("7.0")
    assert (energy.enrolled, energy.not_started, energy.in_progress, energy.passed) == (2, 1, 1, 0)
    assert energy.average_score is None and energy.median_days is None


def test_the_average_takes_the_graded_attempt_so_the_last_one_under_last_attempt_grading(data):
    quiz = data["waste"].quiz()
    quiz.grading_method = "last"
    quiz.save_revision().publish()
    take_quiz(data["anna"], data["waste"], MOSTLY_WRONG, submitted_at=day(12))

    waste = course_overview(Enrolment.objects.all(), default_courses())[0]

    # Anna's last attempt (25 %) now counts, so she failed: 75 and two 25s.
    assert (waste.passed, waste.failed) == (1, 2)
    assert waste.average_score == Decimal("41.67")
    assert waste.median_days == Decimal("10.0")


def test_the_overview_page_shows_the_figures_and_a_chart_with_its_table(staff_client, data):
    soup = soup_of(staff_client, COURSES_URL)

    rows = rows_of(soup)
    assert rows["Gospodarowanie odpadami"] == ["4", "1", "0", "2", "1", "66.67", "7.0"]
    assert rows["Odnawialne źródła energii"] == ["2", "1", "1", "0", "0", "—", "—"]
    chart = soup.select_one("figure.bar-chart")
    svg = chart.select_one("svg[role=img]")
    assert svg.title.get_text() and svg.desc.get_text()
    # Drawn here: nothing to run, nothing fetched from elsewhere.
    assert not svg.find_all(["script", "image", "use", "foreignObject"])
    assert svg["aria-labelledby"] == (f"{svg.title['id']} {svg.desc['id']}")
    table = chart.select_one("table")
    chart_rows = {
        text_of(tr.th): [text_of(td) for td in tr.find_all("td")] for tr in table.select("tbody tr")
    }
    # Not started, in progress, passed, failed, total.
    assert chart_rows["Gospodarowanie odpadami"] == ["1", "0", "2", "1", "4"]
    assert chart_rows["Odnawialne źródła energii"] == ["1", "1", "0", "0", "2"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # Enrolled on the first two days: Anna and Bartosz in waste, Anna in energy.
        (
            "enrolled_at_from=2026-03-02&enrolled_at_to=2026-03-03",
            {"Gospodarowanie odpadami": ["2", "0", "0", "2", "0"], "Odnawialne": ["1", "1"]},
        ),
        (
            "status=passed",
            {"Gospodarowanie odpadami": ["2", "0", "0", "2", "0"], "Odnawialne": ["0", "0"]},
        ),
        ("status=in_progress", {"Gospodarowanie odpadami": ["0"], "Odnawialne": ["1", "0", "1"]}),
    ],
)
def test_the_overview_filters_by_enrolment_date_and_status(staff_client, data, query, expected):
    rows = rows_of(soup_of(staff_client, f"{COURSES_URL}?{query}"))

    for title, figures in expected.items():
        row = next(cells for name, cells in rows.items() if name.startswith(title))
        assert row[: len(figures)] == figures


def test_the_overview_filters_by_course(staff_client, data):
    key = data["energy"].translation_key

    rows = rows_of(soup_of(staff_client, f"{COURSES_URL}?course_key={key}"))

    assert list(rows) == ["Odnawialne źródła energii"]


def test_the_overview_downloads_as_csv_and_xlsx_with_the_same_figures(staff_client, data):
    response = staff_client.get(COURSES_URL + "?export=csv")
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert table[0][:3] == ["Course", "Enrolled", "Not started"]
    assert table[1] == ["Gospodarowanie odpadami", "4", "1", "0", "2", "1", "66.67", "7.0"]

    response = staff_client.get(COURSES_URL + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[1][:6] == ["Gospodarowanie odpadami", 4, 1, 0, 2, 1]
    assert Decimal(str(values[1][6])) == Decimal("66.67")


def test_the_overview_runs_a_fixed_number_of_queries(
    staff_client, data, django_assert_max_num_queries
):
    staff_client.get(COURSES_URL)  # warms the session and the per-worker memos
    with CaptureQueriesContext(connection) as before:
        staff_client.get(COURSES_URL)
    for number in range(6):
        extra = make_advisor(f"extra{number}")
        enrol_on(extra, data["waste"], day(number))
        take_quiz(extra, data["waste"], ONE_WRONG, submitted_at=day(number + 1))

    with django_assert_max_num_queries(len(before)):
        response = staff_client.get(COURSES_URL)

    assert response.status_code == 200


# Learners -----------------------------------------------------------------------------------


def test_the_learner_list_sums_up_each_learner(data):
    Certificate.objects.create(
        user=data["anna"],
        course_key=data["waste"].translation_key,
        course_title="Gospodarowanie odpadami",
        code="AAAA-BBBB-CCCC",
        issued_at=day(4),
        score=100,
    )
    log_consultation(data["anna"], "1.75")
    log_consultation(data["anna"], "2")
    summaries = {
        s.user.username: s
        for s in learner_summaries(list(learners().order_by("username")), default_courses())
    }

    anna = summaries["anna"]
    assert (anna.enrolled, anna.in_progress, anna.passed, anna.certificates) == (2, 0, 1, 1)
    assert anna.consultation_hours == Decimal("3.75")
    assert summaries["dawid"].in_progress == 1
    assert summaries["dawid"].consultation_hours == 0
    assert summaries["celina"].passed == 0


def log_consultation(advisor, hours: str) -> Consultation:
    return Consultation.objects.create(
        advisor=advisor,
        date=datetime.date(2026, 4, 1),
        hours=Decimal(hours),
        topic_key=uuid.uuid4(),
        county_code="2001",
        municipality_code="2001011",
        client_type="person",
    )


def test_the_learner_list_filters_by_enrolment_date(staff_client, data):
    query = "enrolled_at_from=2026-03-07&enrolled_at_to=2026-03-31"

    rows = rows_of(soup_of(staff_client, f"{LEARNERS_URL}?{query}"))

    assert sorted(rows) == ["=1+2 Zieliński", "Celina Wiśniewska"]


def test_staff_search_learners_by_name_or_email(staff_client, data):
    assert list(rows_of(soup_of(staff_client, LEARNERS_URL + "?q=wiśniew"))) == [
        "Celina Wiśniewska"
    ]
    assert list(rows_of(soup_of(staff_client, LEARNERS_URL + "?q=bartosz@example"))) == [
        "Bartosz Kowalski"
    ]


def test_the_learner_list_filters_by_course(staff_client, data):
    key = data["energy"].translation_key

    rows = rows_of(soup_of(staff_client, f"{LEARNERS_URL}?course_key={key}"))

    assert sorted(rows) == ["=1+2 Zieliński", "Anna Nowak"]


def test_the_learner_list_downloads_a_formula_looking_name_as_text(staff_client, data):
    response = staff_client.get(LEARNERS_URL + "?export=csv")
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_username = {row[1]: row for row in table[1:]}

    assert table[0][:3] == ["Learner", "Username", "E-mail"]
    assert by_username["dawid"][0] == "'=1+2 Zieliński"
    assert by_username["anna"][3:7] == ["2", "0", "1", "0"]

    response = staff_client.get(LEARNERS_URL + "?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cell = next(row[0] for row in sheet.iter_rows(min_row=2) if row[1].value == "dawid")
    assert cell.value == "=1+2 Zieliński"
    assert cell.data_type == "s"


def test_the_learner_list_runs_a_fixed_number_of_queries(
    staff_client, data, django_assert_max_num_queries
):
    staff_client.get(LEARNERS_URL)  # warms the session and the per-worker memos
    with CaptureQueriesContext(connection) as before:
        staff_client.get(LEARNERS_URL)
    for number in range(6):
        extra = make_advisor(f"extra{number}")
        enrol_on(extra, data["energy"], day(number))

    with django_assert_max_num_queries(len(before)):
        response = staff_client.get(LEARNERS_URL)

    assert response.status_code == 200


def test_a_learners_page_shows_their_blocks_attempts_certificates_and_hours(staff_client, data):
    anna = data["anna"]
    Certificate.objects.create(
        user=anna,
        course_key=data["waste"].translation_key,
        course_title="Gospodarowanie odpadami",
        code="AAAA-BBBB-CCCC",
        issued_at=day(4),
        score=100,
        revoked_at=day(30),
        revocation_reason="Błąd w danych",
    )
    log_consultation(anna, "2.5")
    log_consultation(data["bartosz"], "4")

    soup = soup_of(staff_client, LEARNERS_URL + "anna/")

    blocks = soup.select(".reports-learner table")[0]
    statuses = {text_of(tr.th): text_of(tr.find_all("td")[-1]) for tr in blocks.select("tbody tr")}
    assert statuses == {
        "Gospodarowanie odpadami": "Passed",
        "Odnawialne źródła energii": "Not started",
    }
    certificate = soup.select(".reports-learner table")[1].select_one("tbody tr")
    assert certificate.a["href"].endswith("/certificates/verify/AAAA-BBBB-CCCC/")
    assert "Revoked: Błąd w danych" in text_of(certificate)
    assert "2.5 consultation hours" in text_of(soup.select_one(".reports-learner"))
    attempts = soup.select_one("#listing-results table.listing").select("tbody tr")
    scores = [text_of(tr.find_all(["td", "th"])[5]) for tr in attempts]
    assert scores == ["50.00", "100.00"]  # Anna's two attempts, nobody else's


def test_a_learners_attempts_download_as_csv(staff_client, data):
    response = staff_client.get(LEARNERS_URL + "anna/?export=csv")
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))

    assert [row[5] for row in table[1:]] == ["50.00", "100.00"]
    assert [row[6] for row in table[1:]] == ["Failed", "Passed"]


def test_an_unknown_learner_is_not_found(staff_client, data):
    assert staff_client.get(LEARNERS_URL + "nobody/").status_code == 404


# Who may see them -------------------------------------------------------------------------

REPORT_URLS = [
    COURSES_URL,
    COURSES_URL + "?export=csv",
    COURSES_URL + "?export=xlsx",
    "/admin/learning-reports/courses/results/",
    LEARNERS_URL,
    LEARNERS_URL + "?export=csv",
    LEARNERS_URL + "?export=xlsx",
    LEARNERS_URL + "anna/",
    LEARNERS_URL + "anna/?export=csv",
    "/admin/learning-reports/questions/",
    "/admin/learning-reports/questions/?export=csv",
    "/admin/learning-reports/questions/?export=xlsx",
]


@pytest.mark.parametrize("url", REPORT_URLS)
def test_an_editor_without_the_permission_gets_the_admins_refusal_not_the_data(client, data, url):
    editor = make_advisor("editor")
    editor.groups.set([Group.objects.get(name="Moderators")])
    editor.is_staff = True
    editor.save()
    client.force_login(editor)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert b"Nowak" not in response.content


@pytest.mark.parametrize("url", REPORT_URLS)
def test_an_advisor_cannot_open_any_report(client, data, url):
    client.force_login(data["anna"])

    response = client.get(url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_staff_find_the_reports_in_the_admins_reports_menu(staff_client, data):
    response = staff_client.get("/admin/")

    content = response.content.decode()
    for url in (COURSES_URL, LEARNERS_URL, "/admin/learning-reports/questions/"):
        assert url in content
