"""An advisor keeps their own account in the browser: their surname, their data."""

import json
from pathlib import Path

from django.test import Client
from playwright.sync_api import expect

from elearning.models import QuizPage
from tests.browser.steps import sign_in
from tests.factories_elearning import answers, make_advisor, make_course, quiz_of, start, submit


def test_an_advisor_adds_their_surname_downloads_their_data_and_the_certificate_has_both(
    visitor, site, axe
):
    advisor = make_advisor("anna")
    advisor.first_name = "Anna"
    advisor.save()
    course = make_course(site)
    # The course is passed already (the quiz in the browser is another test's).
    client = Client()
    client.force_login(advisor)
    for part in course.get_children().specific():
        if not isinstance(part, QuizPage):
            client.post(part.url + "complete/")
    quiz = quiz_of(course)
    attempt = start(client, quiz)
    submit(client, quiz, attempt, answers(attempt, quiz))
    sign_in(visitor, "anna")

    visitor.get_by_role("link", name="Moje konto").click()
    visitor.wait_for_url("**/pl/accounts/account/")
    axe(visitor)
    visitor.get_by_label("Nazwisko").fill("Kowalska")
    visitor.get_by_role("button", name="Zapisz dane").click()
    expect(visitor.get_by_text("Twoje dane zostały zapisane.")).to_be_visible()
    with visitor.expect_download() as download:
        visitor.get_by_role("link", name="Pobierz jako JSON").click()
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    visitor.goto(course.url + "certificate/")

    assert data["account"][0]["last_name"] == "Kowalska"
    assert data["quiz_attempts"][0]["passed"] is True
    assert visitor.locator(".certificate__name").inner_text() == "Anna Kowalska"
