"""An advisor with all five blocks passed takes the certificate, publishes a profile and logs
consultations; a visitor finds the advisor in the directory for their county and checks the
certificate's code."""

from django.test import Client
from playwright.sync_api import expect

from certificates.models import Certificate
from elearning.models import QuizPage
from tests.browser.steps import sign_in
from tests.factories_elearning import (
    CatalogueFactory,
    add_course,
    answers,
    make_advisor,
    quiz_of,
    start,
    submit,
)
from tests.factories_network import make_directory

BLOCKS = [
    "Gospodarowanie odpadami",
    "Odnawialne źródła energii",
    "Powietrze i klimat",
    "Woda i ścieki",
    "Szkolenie administracyjne",
]
AUGUSTOW_COUNTY, AUGUSTOW_TOWN = "2001", "2001011"
SUWALKI_COUNTY = "2012"


def pass_every_block(site, advisor) -> None:
    """The advisor passes the five blocks (the quizzes in the browser are another test's)."""
    catalogue = CatalogueFactory(parent=site)
    client = Client()
    client.force_login(advisor)
    for number, title in enumerate(BLOCKS):
        course = add_course(catalogue, title=title, slug=f"blok-{number}", lessons=1)
        for part in course.get_children().specific():
            if not isinstance(part, QuizPage):
                client.post(part.url + "complete/")
        quiz = quiz_of(course)
        attempt = start(client, quiz)
        submit(client, quiz, attempt, answers(attempt, quiz))


def test_a_certified_advisor_is_found_by_county_and_the_certificate_checks_out(
    visitor, browser, live_server, site, axe
):
    advisor = make_advisor("lucja")
    advisor.first_name, advisor.last_name = "Łucja", "Żółkiewska"
    advisor.save()
    pass_every_block(site, advisor)
    directory = make_directory(site)

    # The advisor certificate, from "My learning", with its PDF.
    sign_in(visitor, "lucja")
    visitor.get_by_role(
        "link", name="Zobacz zaświadczenie doradcy ds. zielonych miejsc pracy"
    ).click()
    visitor.wait_for_url("**/pl/learning/advisor-certificate/")
    code = Certificate.objects.get(user=advisor, kind=Certificate.Kind.ADVISOR).code
    expect(visitor.locator("main")).to_contain_text(code)
    axe(visitor)
    with visitor.expect_download() as download:
        visitor.get_by_role("link", name="Pobierz jako PDF").click()
    assert download.value.suggested_filename.endswith(".pdf")

    # The public profile: Augustów County, the first block, an e-mail address; published.
    visitor.goto("/pl/network/profile/")
    visitor.get_by_label("instytucja", exact=False).first.fill("PUP w Augustowie")
    visitor.locator(f"input[name=counties][value='{AUGUSTOW_COUNTY}']").check()
    visitor.locator("input[name=topics]").first.check()
    visitor.locator("input[name=contact_kind][value=email]").check()
    visitor.locator("input[name=contact_value]").fill("lucja@pup-augustow.pl")
    axe(visitor)
    visitor.get_by_role("button", name="Zapisz i opublikuj").click()
    # The page comes back at the same address: wait for its message, not for the URL.
    expect(visitor.locator(".messages")).to_contain_text("Twój profil został opublikowany")
    expect(visitor.get_by_role("button", name="Zapisz i opublikuj")).to_have_count(0)

    # Two consultations in the log, and their total.
    for hours in ("1.5", "2"):
        visitor.goto("/pl/consultations/add/")
        visitor.locator("input[name=date]").fill("2026-12-01")
        visitor.locator("input[name=hours]").fill(hours)
        visitor.locator("select[name=topic_key]").select_option(index=1)
        visitor.locator("input[name=client_type][value=person]").check()
        visitor.locator("select[name=county_code]").select_option(AUGUSTOW_COUNTY)
        visitor.locator("select[name=municipality_code]").select_option(AUGUSTOW_TOWN)
        visitor.locator("main form button[type=submit]").first.click()
        visitor.wait_for_url("**/pl/consultations/")
    assert "3,5" in visitor.locator("main").inner_text()
    axe(visitor)

    # A visitor in Augustów County finds her; in Suwałki County, nobody.
    stranger = browser.new_context(base_url=live_server.url, locale="pl-PL").new_page()
    stranger.goto(directory.url)
    stranger.get_by_label("Powiat").select_option(AUGUSTOW_COUNTY)
    stranger.get_by_role("button", name="Pokaż doradców").click()
    stranger.wait_for_url(f"**{directory.url}?*county={AUGUSTOW_COUNTY}*")
    expect(stranger.locator("#directory")).to_contain_text("Łucja Żółkiewska")
    expect(stranger.locator("#directory")).to_contain_text("lucja@pup-augustow.pl")
    axe(stranger)
    stranger.get_by_label("Powiat").select_option(SUWALKI_COUNTY)
    stranger.get_by_role("button", name="Pokaż doradców").click()
    stranger.wait_for_url(f"**{directory.url}?*county={SUWALKI_COUNTY}*")
    expect(stranger.locator("#directory")).not_to_contain_text("Łucja Żółkiewska")

    # … and checks the code the advisor gives her.
    stranger.goto("/pl/certificates/verify/")
    stranger.get_by_label("Kod zaświadczenia").fill(code)
    stranger.get_by_role("button", name="Sprawdź", exact=True).click()
    stranger.wait_for_url(f"**/pl/certificates/verify/{code}/")
    assert stranger.get_by_role("heading", name="Zaświadczenie jest ważne").is_visible()
    axe(stranger)
    stranger.context.close()
