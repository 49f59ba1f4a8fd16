"""A passed advisor opens their certificate; a visitor types its code and sees it is valid."""

from django.test import Client
from playwright.sync_api import expect

from certificates.models import Certificate
from elearning.models import QuizPage
from tests.browser.steps import sign_in
from tests.factories_elearning import answers, make_advisor, make_course, quiz_of, start, submit


def test_a_passed_advisor_opens_the_certificate_and_a_visitor_verifies_its_code(
    visitor, browser, live_server, site, axe
):
    advisor = make_advisor("lucja")
    advisor.first_name, advisor.last_name = "Łucja", "Żółkiewska"
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
    # The only course is every block: the advisor certificate is issued beside it.
    code = Certificate.objects.get(user=advisor, kind=Certificate.Kind.COURSE).code

    sign_in(visitor, "lucja")
    visitor.get_by_role("link", name="Twoje zaświadczenie").click()
    visitor.wait_for_url(f"**{course.url}certificate/")
    expect(visitor.locator(".certificate__name")).to_have_text("Łucja Żółkiewska")
    expect(visitor.locator(".certificate__code strong")).to_have_text(code)
    axe(visitor)
    with visitor.expect_download() as download:
        visitor.get_by_role("link", name="Pobierz jako PDF").click()
    assert download.value.suggested_filename == f"certificate-{code}-pl.pdf"

    stranger = browser.new_context(base_url=live_server.url, locale="pl-PL").new_page()
    stranger.goto("/pl/certificates/verify/")
    axe(stranger)
    stranger.get_by_label("Kod zaświadczenia").fill(code.replace("-", "").lower())
    stranger.get_by_role("button", name="Sprawdź", exact=True).click()
    stranger.wait_for_url(f"**/pl/certificates/verify/{code}/")
    assert stranger.get_by_role("heading", name="Zaświadczenie jest ważne").is_visible()
    assert stranger.locator(".verification__holder").inner_text() == "Łucja Żółkiewska"
    axe(stranger)
    stranger.goto("/pl/certificates/verify/ABCD-EFGH-JKMN/")
    assert stranger.get_by_role("alert").is_visible()
    axe(stranger)
    stranger.context.close()
