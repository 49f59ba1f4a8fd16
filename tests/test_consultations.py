"""The advisors' consultation log: each advisor's own entries, and the staff's totals."""

from __future__ import annotations

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from wagtail.models import Page

from accounts import personal_data
from accounts.erasure import erase
from accounts.models import ErasureRequest
from consultations import services
from consultations.models import ClientType, Consultation, ConsultationSettings
from home.models import HomePage
from tests.factories_consultations import (
    AUGUSTOW_COUNTY,
    BIALYSTOK_CITY,
    BIALYSTOK_CITY_MUNICIPALITY,
    BIALYSTOK_COUNTY,
    CHOROSZCZ,
    log,
    make_blocks,
)
from tests.factories_elearning import make_advisor
from tests.html import soup_of, text_of
from tests.roles import staff_group

LOG = "/pl/consultations/"
ADD = "/pl/consultations/add/"
TOTALS = "/admin/consultations/totals/"


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
def advisor(db):
    return make_advisor("anna")


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


@pytest.fixture
def staff(db):
    user = get_user_model().objects.create_user("staff", email="staff@example.org")
    user.groups.set([staff_group()])
    user.is_staff = True
    user.save()
    return user


@pytest.fixture
def admin_client(staff):
    client = Client()
    client.force_login(staff)
    return client


def entry(blocks, **changes) -> dict:
    data = {
        "date": "2026-11-02",
        "hours": "1.5",
        "topic_key": str(blocks[0].translation_key),
        "client_type": ClientType.EMPLOYER,
        "county_code": BIALYSTOK_COUNTY,
        "municipality_code": CHOROSZCZ,
    }
    return {**data, **changes}


def errors_of(response) -> str:
    soup = response_soup(response)
    summary = soup.find(class_="error-summary")
    return text_of(summary) if summary else ""


def response_soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


# Logging ---------------------------------------------------------------------------------


def test_an_advisor_logs_a_consultation_and_sees_it_with_the_running_total(
    signed_in, advisor, blocks
):
    response = signed_in.post(ADD, entry(blocks))

    assert response.status_code == 302
    log_page = soup_of(signed_in, LOG)
    assert text_of(log_page.find(class_="consultations-total")) == (
        "Twoje konsultacje dotychczas: 1,5 godz."
    )
    row = text_of(log_page.find("tbody"))
    assert "Gospodarowanie odpadami" in row
    assert "Choroszcz" in row
    consultation = Consultation.objects.get()
    assert consultation.advisor == advisor
    assert consultation.hours == Decimal("1.5")


def test_the_form_says_no_client_personal_data_is_kept(signed_in, blocks):
    form_page = soup_of(signed_in, ADD)

    client_fieldset = form_page.find("input", {"name": "client_type"}).find_parent("fieldset")
    help_text = form_page.find(id=client_fieldset["aria-describedby"])
    assert "ani żadnych innych jego danych osobowych" in text_of(help_text)
    assert form_page.find_all("fieldset", class_="consultations-fieldset")
    # Every field has its label.
    for name in ("date", "hours", "topic_key", "county_code", "municipality_code"):
        field = form_page.find(attrs={"name": name})
        assert form_page.find("label", attrs={"for": field["id"]}), name


def test_a_date_in_the_future_is_refused(signed_in, blocks):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = signed_in.post(ADD, entry(blocks, date=tomorrow.isoformat()))

    assert response.status_code == 400
    assert "przyszłości" in errors_of(response)
    date_input = response_soup(response).find("input", {"name": "date"})
    assert "id_date_error" in date_input["aria-describedby"]
    assert not Consultation.objects.exists()


def test_a_municipality_outside_the_county_is_refused(signed_in, blocks):
    response = signed_in.post(
        ADD, entry(blocks, county_code=AUGUSTOW_COUNTY, municipality_code=CHOROSZCZ)
    )

    assert response.status_code == 400
    assert "Choroszcz" in errors_of(response)
    assert not Consultation.objects.exists()


@pytest.mark.parametrize("hours", ["0", "-1", "12.25", "1.1", "abc", "99999"])
def test_hours_outside_a_quarter_hour_between_a_quarter_and_twelve_are_refused(
    signed_in, blocks, hours
):
    response = signed_in.post(ADD, entry(blocks, hours=hours))

    assert response.status_code == 400
    assert errors_of(response)
    assert not Consultation.objects.exists()


@pytest.mark.parametrize("hours", ["0.25", "12", "7.75"])
def test_quarter_hours_from_a_quarter_to_twelve_are_accepted(signed_in, blocks, hours):
    assert signed_in.post(ADD, entry(blocks, hours=hours)).status_code == 302
    assert Consultation.objects.get().hours == Decimal(hours)


def test_an_unknown_topic_or_territory_is_refused_not_a_server_error(signed_in, blocks):
    for change in (
        {"topic_key": "not-a-uuid"},
        {"county_code": "9999"},
        {"municipality_code": "x" * 500},
        {"client_type": "neighbour"},
    ):
        assert signed_in.post(ADD, entry(blocks, **change)).status_code == 400, change
    assert not Consultation.objects.exists()


def test_an_advisor_edits_and_deletes_their_own_entry(signed_in, advisor, blocks):
    consultation = log(advisor, blocks[0], "2")

    edited = signed_in.post(
        f"{LOG}{consultation.pk}/edit/",
        entry(blocks, hours="3", topic_key=str(blocks[1].translation_key)),
    )
    assert edited.status_code == 302
    consultation.refresh_from_db()
    assert consultation.hours == Decimal("3")
    assert consultation.topic_key == blocks[1].translation_key

    confirm = soup_of(signed_in, f"{LOG}{consultation.pk}/delete/")
    assert "Odnawialne źródła energii" in text_of(confirm.find("main"))
    assert signed_in.post(f"{LOG}{consultation.pk}/delete/").status_code == 302
    assert not Consultation.objects.exists()


def test_another_advisors_entry_is_not_found(signed_in, blocks):
    other = log(make_advisor("bartek"), blocks[0], "2")

    assert signed_in.get(f"{LOG}{other.pk}/edit/").status_code == 404
    assert signed_in.post(f"{LOG}{other.pk}/edit/", entry(blocks)).status_code == 404
    assert signed_in.post(f"{LOG}{other.pk}/delete/").status_code == 404
    assert Consultation.objects.get().hours == Decimal("2")
    assert "Gospodarowanie" not in text_of(soup_of(signed_in, LOG).find("main"))


def test_anonymous_visitors_are_sent_to_sign_in(client, blocks):
    response = client.get(LOG)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_someone_who_is_not_an_advisor_has_no_log(admin_client, blocks):
    assert admin_client.get(LOG).status_code == 403
    assert admin_client.post(ADD, entry(blocks)).status_code == 403


def test_my_learning_shows_the_advisors_hours(signed_in, advisor, blocks):
    log(advisor, blocks[0], "2.5")
    log(advisor, blocks[1], "1")

    panel = soup_of(signed_in, "/pl/learning/").find(class_="consultations-panel")

    assert "2 zapisane konsultacje, łącznie 3,5 godz." in text_of(panel)
    assert panel.find("a", href=ADD)


# Totals ----------------------------------------------------------------------------------


@pytest.fixture
def known_log(blocks):
    """Three advisors, 24 hours in all, over two topics, three counties and two months."""
    anna, bartek, celina = make_advisor("anna2"), make_advisor("bartek"), make_advisor("celina")
    anna.first_name, anna.last_name = "Anna", "Łukasik"
    anna.save()
    october, november = datetime.date(2026, 10, 5), datetime.date(2026, 11, 9)
    log(anna, blocks[0], "6", date=october)
    log(anna, blocks[0], "4", date=november, county=BIALYSTOK_COUNTY, municipality=CHOROSZCZ)
    log(bartek, blocks[1], "8", date=november)
    log(
        celina,
        blocks[1],
        "6",
        date=november,
        county=BIALYSTOK_CITY,
        municipality=BIALYSTOK_CITY_MUNICIPALITY,
    )
    return {"anna": anna, "bartek": bartek, "celina": celina}


def test_service_totals_per_advisor_and_in_all(known_log):
    anna, bartek, celina = known_log["anna"], known_log["bartek"], known_log["celina"]

    assert services.total_hours() == Decimal("24")
    assert services.hours_by_advisor() == {
        anna.pk: Decimal("10"),
        bartek.pk: Decimal("8"),
        celina.pk: Decimal("6"),
    }
    assert services.hours_by_advisor([bartek.pk, 999_999]) == {
        bartek.pk: Decimal("8"),
        999_999: Decimal("0"),
    }
    assert services.hours_of(anna) == Decimal("10")


def table_rows(soup, table_id: str) -> list[list[str]]:
    table = soup.find("table", id=table_id)
    return [
        [text_of(cell) for cell in row.find_all(["th", "td"])]
        for row in table.find("tbody").find_all("tr")
    ]


def test_staff_see_the_totals_against_the_target(admin_client, known_log):
    soup = soup_of(admin_client, TOTALS)

    progress = soup.find("progress")
    assert progress["value"] == "4"  # 24 of 600 hours
    label = soup.find(id=progress["aria-labelledby"])
    assert "24 z 600 godz." in text_of(label)
    assert table_rows(soup, "table-advisor") == [
        ["Anna Łukasik", "2", "10"],
        ["bartek", "1", "8"],
        ["celina", "1", "6"],
    ]
    assert table_rows(soup, "table-topic") == [
        ["Gospodarowanie odpadami", "2", "10"],
        ["Odnawialne źródła energii", "2", "14"],
    ]
    counties = table_rows(soup, "table-county")
    assert [row[2] for row in counties] == ["14", "4", "6"]
    assert [row[1:] for row in table_rows(soup, "table-month")] == [["1", "6"], ["3", "18"]]


def test_the_target_is_a_setting_staff_change(admin_client, known_log):
    settings = ConsultationSettings.load()
    settings.target_hours = 48
    settings.save()

    soup = soup_of(admin_client, TOTALS)

    assert soup.find("progress")["value"] == "50"
    assert "24 z 48 godz." in text_of(soup.find(id="consultations-progress-label"))


def test_staff_change_the_target_in_the_settings(admin_client):
    form = admin_client.get("/admin/settings/consultations/consultationsettings/", follow=True)
    assert form.status_code == 200
    assert b'name="target_hours"' in form.content

    saved = admin_client.post(form.redirect_chain[-1][0], {"target_hours": "720"})

    assert saved.status_code == 302
    assert ConsultationSettings.load().target_hours == 720


def test_filters_select_dates_county_and_topic(admin_client, known_log, blocks):
    by_date = soup_of(admin_client, f"{TOTALS}?date_from=2026-11-01&date_to=2026-11-30")
    by_county = soup_of(admin_client, f"{TOTALS}?county_code={AUGUSTOW_COUNTY}")
    by_topic = soup_of(admin_client, f"{TOTALS}?topic_key={blocks[0].translation_key}")

    assert "18 z 600" in text_of(by_date.find(id="consultations-progress-label"))
    assert "14 z 600" in text_of(by_county.find(id="consultations-progress-label"))
    assert "10 z 600" in text_of(by_topic.find(id="consultations-progress-label"))
    assert [row[0] for row in table_rows(by_topic, "table-advisor")] == ["Anna Łukasik"]


def test_each_chart_has_its_table(admin_client, known_log):
    soup = soup_of(admin_client, TOTALS)

    charts = soup.find_all("svg", attrs={"role": "img"})
    assert len(charts) == 4
    for chart in charts:
        title_id, desc_id = chart["aria-labelledby"].split()
        assert chart.find("title", id=title_id) and chart.find("desc", id=desc_id)
        section = chart.find_parent("section")
        assert section.find("table")
        bars = chart.find_all("rect", class_="chart-series-0")
        assert len(bars) == len(section.find("tbody").find_all("tr"))
    advisor_chart = soup.find(
        "svg", attrs={"aria-labelledby": "chart-advisor-title chart-advisor-desc"}
    )
    widths = [
        float(rect["width"]) for rect in advisor_chart.find_all("rect", class_="chart-series-0")
    ]
    assert widths[0] > widths[1] > widths[2] > 0  # 10, 8 and 6 hours


def test_the_totals_export_as_csv(admin_client, known_log):
    response = admin_client.get(TOTALS, {"export": "csv"})

    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Zestawienie", "Pozycja", "Konsultacje", "Godziny"]
    assert rows[1] == ["Razem", "Wszystkie konsultacje", "4", "24"]
    assert ["Godziny według doradców", "Anna Łukasik", "2", "10"] in rows


def test_the_totals_export_as_xlsx(admin_client, known_log):
    response = admin_client.get(TOTALS, {"export": "xlsx"})

    assert response.status_code == 200
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    assert rows[0] == ["Zestawienie", "Pozycja", "Konsultacje", "Godziny"]
    assert ["Cel", "Godziny konsultacji", None, 600] in rows
    counties = [row for row in rows if row[0] == "Godziny według powiatów"]
    assert [row[2:] for row in counties] == [[2, 14], [1, 4], [1, 6]]


def test_advisors_cannot_reach_the_totals(signed_in, known_log):
    response = signed_in.get(TOTALS)

    assert response.status_code in (302, 403)
    assert b"Anna" not in response.content


# Personal data ---------------------------------------------------------------------------


def test_the_advisors_download_lists_their_consultations(advisor, blocks):
    log(advisor, blocks[0], "2")
    log(make_advisor("bartek"), blocks[1], "3")

    records = personal_data.personal_data(advisor)["consultations"]

    assert records == [
        {
            "date": "2026-11-02",
            "hours": 2.0,
            "topic": "Gospodarowanie odpadami",
            "county": records[0]["county"],
            "municipality": records[0]["municipality"],
            "client_type": "person",
            "logged_at": records[0]["logged_at"],
            "updated_at": records[0]["updated_at"],
        }
    ]
    assert records[0]["municipality"].startswith("Augustów")


def test_erasure_keeps_the_hours_and_removes_the_person(advisor, staff, blocks):
    log(advisor, blocks[0], "2")
    log(advisor, blocks[1], "1.25")
    request = ErasureRequest.objects.create(user=advisor)

    erase(request, by=staff)

    assert services.total_hours() == Decimal("3.25")
    assert not Consultation.objects.filter(advisor__isnull=False).exists()
    assert services.hours_by_advisor() == {}
    assert personal_data.personal_data(advisor)["consultations"] == []


# Hostile input ---------------------------------------------------------------------------


def test_hostile_addresses_and_queries_answer_4xx_not_a_server_error(signed_in, advisor, blocks):
    log(advisor, blocks[0], "1")

    assert signed_in.get(f"{LOG}99999999999999999999999/edit/").status_code == 404
    assert signed_in.post(f"{LOG}99999999999999999999999/delete/").status_code == 404
    assert signed_in.get(LOG, {"page": "abc"}).status_code == 404
    assert signed_in.get(LOG, {"page": "999"}).status_code == 404
    assert signed_in.post(ADD, entry(blocks, date="2026-13-45")).status_code == 400
    assert signed_in.post(ADD, entry(blocks, county_code="20\x0001")).status_code == 400


def test_hostile_filters_on_the_totals_are_ignored_not_a_server_error(admin_client, known_log):
    for query in (
        {"date_from": "yesterday", "date_to": "2026-02-31"},
        {"county_code": "'; drop table--"},
        {"export": "xlsx", "topic_key": "not-a-topic"},
    ):
        response = admin_client.get(TOTALS, query)
        assert response.status_code == 200, query
    # A NUL character is refused before any view (cms/admin_guards.py).
    assert admin_client.get(TOTALS, {"topic_key": "\x00"}).status_code == 400


def test_only_advisors_see_the_panel_in_my_learning(admin_client, blocks):
    panel = soup_of(admin_client, "/pl/learning/").find(class_="consultations-panel")

    assert panel is None


def test_the_reports_menu_offers_the_totals_to_staff_only(admin_client, db):
    editor = get_user_model().objects.create_user("redaktor")
    editor.groups.add(Group.objects.get(name="Moderators"))
    editors_client = Client()
    editors_client.force_login(editor)

    assert TOTALS in admin_client.get("/admin/").content.decode()
    assert TOTALS not in editors_client.get("/admin/").content.decode()
