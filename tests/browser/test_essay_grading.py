"""An advisor's essay waits for staff; E-learning staff grade it in the admin; the advisor
reloads the result and finds the points, the comment, the score and the certificate."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from elearning.attempt_questions import attempt_questions
from elearning.models import Attempt
from questionbank.formats import Kind, ParsedQuestion, TextFormat
from tests.browser.steps import log_in, sign_in, tab_to
from tests.factories_elearning import answers, make_advisor, make_course, quiz_of, single

ESSAY_TEXT = "Opisz hierarchię postępowania z odpadami."
ANSWER = "Najpierw zapobieganie, potem ponowne użycie i recykling."
COMMENT = "Dobrze, ale zabrakło odzysku."


@pytest.fixture
def staff(site):
    user = get_user_model().objects.create_user("kadra", password="zmp-demo")
    user.groups.add(Group.objects.get(name="E-learning staff"))
    return user


@pytest.fixture
def quiz(site):
    # No lessons: passing the quiz passes the course, so a pass earns the certificate.
    course = make_course(
        site,
        lessons=0,
        questions=[
            single("Pierwszy krok hierarchii?", [("Zapobieganie", True), ("Składowanie", False)]),
            ParsedQuestion(
                name="Hierarchia – esej",
                kind=Kind.ESSAY,
                text=ESSAY_TEXT,
                text_format=TextFormat.MARKDOWN,
            ),
        ],
    )
    return quiz_of(course)


def test_staff_grade_an_essay_and_the_advisor_sees_points_comment_score_and_certificate(
    visitor, browser, live_server, staff, quiz, axe
):
    make_advisor("advisor")
    sign_in(visitor, "advisor")
    visitor.goto(quiz.url)
    visitor.locator("main form button[type=submit]").click()
    visitor.wait_for_url("**/attempt/**")
    attempt = Attempt.objects.get()
    choice, essay = attempt_questions(attempt)
    assert essay.question.kind is Kind.ESSAY
    expect(visitor.locator(f"#{essay.field_name}")).to_have_accessible_description(
        "Tę odpowiedź oceni pracownik; wynik zobaczysz po jej ocenieniu."
    )
    axe(visitor)

    right = answers(attempt, quiz)[choice.field_name][0]
    visitor.locator(f"label[for='{choice.field_name}-{right}']").click()
    visitor.get_by_label("Twoja odpowiedź").fill(ANSWER)
    visitor.get_by_role("button", name="Wyślij odpowiedzi").click()
    visitor.wait_for_url("**/result/")
    result_url = visitor.url
    expect(visitor.locator("main .result[role=status]")).to_have_text(
        "Wysłano. Wśród odpowiedzi jest odpowiedź opisowa, którą oceni pracownik; "
        "wynik pojawi się tutaj po jej ocenieniu."
    )
    essays = visitor.get_by_role("region", name="Twoje odpowiedzi opisowe")
    expect(essays.locator(".essay-grade__answer")).to_have_text(ANSWER)
    expect(essays).to_contain_text("Czeka na ocenę.")
    expect(visitor.locator(".result--passed, .result--failed")).to_have_count(0)
    axe(visitor)

    grader = browser.new_context(base_url=live_server.url, locale="pl-PL").new_page()
    grader.set_default_timeout(15_000)
    log_in(grader, "kadra")
    grader.get_by_role("button", name="E-learning").click()
    grader.get_by_role("link", name="Odpowiedzi opisowe do oceny").click()
    grader.wait_for_url("**/admin/learning/essays/")
    listing = grader.locator("table.listing")
    expect(listing.locator("tbody tr")).to_have_count(1)
    expect(listing).to_contain_text("Gospodarowanie odpadami: Test")
    listing.get_by_role("link", name="advisor").click()
    grader.wait_for_url(f"**/admin/learning/essays/{attempt.pk}/")
    expect(grader.get_by_role("heading", name="Ocena odpowiedzi opisowych")).to_be_visible()
    expect(grader.locator("dl")).to_contain_text("Jeszcze nie: odpowiedź opisowa czeka na ocenę.")
    question = grader.get_by_role("region", name=f"Pytanie {essay.number}")
    expect(question.locator(".essay-question")).to_have_text(ESSAY_TEXT)
    expect(question.locator("blockquote")).to_have_text(ANSWER)
    axe(grader)

    # The points and the comment by keyboard alone.
    prefix = f"essay-{essay.number}"
    tab_to(grader, f"{prefix}-points")
    expect(question.get_by_label("Punkty (od 0 do 1)")).to_be_focused()
    grader.keyboard.type("0.5")
    grader.keyboard.press("Tab")
    expect(question.get_by_label("Komentarz dla uczestnika")).to_be_focused()
    grader.keyboard.type(COMMENT)
    grader.keyboard.press("Tab")
    expect(question.get_by_role("button", name="Zapisz ocenę")).to_be_focused()
    grader.keyboard.press("Enter")
    grader.wait_for_url("**/admin/learning/essays/")
    expect(grader.locator(".messages")).to_contain_text(
        "Oceniono wszystkie odpowiedzi opisowe uczestnika advisor: 75%, zaliczone."
    )
    expect(grader.locator("table.listing tbody tr")).to_have_count(0)
    grader.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    axe(grader)
    grader.context.close()

    visitor.goto(result_url)
    expect(visitor.locator(".result--passed")).to_have_text("Zaliczony: 75% (próg zaliczenia 70%).")
    # Passed, the quiz shows its review: the essay is graded there, with the answer.
    review = visitor.get_by_role("region", name="Przegląd odpowiedzi")
    graded = review.get_by_role("region", name=f"Pytanie {essay.number}")
    expect(graded.locator(".essay-grade__answer")).to_have_text(ANSWER)
    expect(graded).to_contain_text("Punkty: 0,5 z 1")
    expect(graded.locator(".feedback")).to_have_text(f"Komentarz oceniającego: {COMMENT}")
    expect(visitor.locator("main")).not_to_contain_text("Czeka na ocenę.")
    expect(visitor.get_by_role("heading", level=2, name="Gratulacje")).to_have_text(
        "Gratulacje: kurs „Gospodarowanie odpadami” zaliczony."
    )
    expect(visitor.get_by_role("link", name="Twoje zaświadczenie")).to_be_visible()
    axe(visitor)
