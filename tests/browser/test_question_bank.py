"""E-learning staff fill the question bank from a GIFT file; an advisor takes a timed quiz
drawn from it, reloads it mid-way and loses nothing; every kind of question passes axe."""

import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from playwright.sync_api import expect

from elearning.attempt_questions import attempt_questions
from elearning.models import Attempt
from questionbank.formats import Kind
from questionbank.models import Question, QuestionCategory
from questionbank.services import import_questions, read_file
from tests.browser.steps import log_in, sign_in, tab_to
from tests.factories_elearning import (
    CatalogueFactory,
    CourseFactory,
    QuizFactory,
    answers,
    fixed_slots,
    make_advisor,
)

GIFT = Path(__file__).parents[1] / "fixtures" / "gift" / "odpady.gift"
CATEGORY = "Odpady – bank pytań"
# The file's first five questions are in CATEGORY, the other three in its subcategory.
TOP_LEVEL = [
    "Pojemnik na szkło",
    "Najwyższy szczebel hierarchii",
    "Bioodpady",
    "Skrót rejestru odpadowego",
    "Kaucja za butelkę",
]
QUESTIONS = [*TOP_LEVEL, "Odpady niebezpieczne", "Kolory pojemników", "Zapobieganie w gminie"]
RADIO_KINDS = (Kind.MULTICHOICE_SINGLE, Kind.TRUEFALSE)
TEXT_KINDS = (Kind.SHORTANSWER, Kind.NUMERICAL)


@pytest.fixture
def staff(site):
    user = get_user_model().objects.create_user("kadra", password="zmp-demo")
    user.groups.add(Group.objects.get(name="E-learning staff"))
    return user


@pytest.fixture
def bank(site) -> QuestionCategory:
    """The GIFT file imported as staff import it, without the browser."""
    import_questions(read_file(GIFT.read_bytes(), "gift"), CATEGORY, "pl")
    return QuestionCategory.objects.get(name=CATEGORY, parent=None)


def quiz_with(site, slots, **settings):
    course = CourseFactory(parent=CatalogueFactory(parent=site))
    return QuizFactory(parent=course, slots=slots, **settings)


def start_quiz(page, quiz, axe) -> Attempt:
    make_advisor("advisor")
    sign_in(page, "advisor")
    page.goto(quiz.url)
    axe(page)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/attempt/**")
    return Attempt.objects.get()


def wanted(data: dict, name: str) -> str:
    """The one right value a radio or text field takes in ``answers``' form data."""
    value = data[name]
    return value if isinstance(value, str) else value[0]


def test_staff_preview_a_gift_file_import_it_and_find_its_questions_in_the_bank(
    visitor, staff, axe
):
    log_in(visitor, "kadra")
    visitor.goto(reverse("questionbank_import"))
    axe(visitor)
    visitor.get_by_label("Plik z pytaniami (GIFT lub Moodle XML)").set_input_files(GIFT)
    visitor.get_by_label("Kategoria").fill(CATEGORY)
    visitor.get_by_label("Język pliku").select_option("pl")
    visitor.get_by_role("button", name="Sprawdź plik").click()

    preview = visitor.get_by_role("table", name="Pytania")
    expect(preview.locator("tbody tr")).to_have_count(len(QUESTIONS))
    for name in QUESTIONS:
        expect(preview).to_contain_text(name)
    expect(preview.locator("tbody td:last-child")).to_have_text(["nowe"] * len(QUESTIONS))
    assert not Question.objects.exists(), "nothing is stored before the import is confirmed"
    axe(visitor)

    visitor.get_by_role("button", name="Importuj").click()
    expect(visitor.locator(".messages")).to_contain_text(
        f"Zaimportowano pytania ({len(QUESTIONS)}) do kategorii „{CATEGORY}”."
    )
    # The message fades in: axe judges its colours once it has.
    visitor.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    axe(visitor)

    visitor.goto(reverse("wagtailsnippets_questionbank_question:list"))
    listing = visitor.locator("table.listing")
    for name in QUESTIONS:
        expect(listing).to_contain_text(name)
    expect(listing).to_contain_text(CATEGORY)
    axe(visitor)


def test_a_timed_quiz_keeps_its_questions_answers_and_clock_across_a_reload(
    visitor, site, bank, axe
):
    # Only the category's own five questions: any four of them hold a radio and a text field.
    slot = {"category": bank, "count": 4, "include_subcategories": False}
    quiz = quiz_with(site, [("random", slot)], time_limit=10)
    attempt = start_quiz(visitor, quiz, axe)
    drawn = attempt_questions(attempt)
    assert len(drawn) == 4
    assert {q.question.name for q in drawn} <= set(TOP_LEVEL)
    right = answers(attempt, quiz)

    timer = visitor.locator("#quiz-timer")
    clock = visitor.locator("#quiz-timer-clock")
    started = int(timer.get_attribute("data-seconds-left"))
    assert 590 < started <= 600
    expect(clock).to_have_text(re.compile(r"^(10:00|9:[0-5]\d)$"))
    shown = clock.inner_text()
    expect(clock).not_to_have_text(shown)  # it counts down
    expect(visitor.locator("#quiz-timer-announce")).to_have_attribute("aria-live", "polite")
    expect(visitor.locator("#quiz-timer-announce")).to_contain_text("10")
    axe(visitor)

    # A radio question and a text field, by keyboard alone.
    radio = next(q for q in drawn if q.question.kind in RADIO_KINDS)
    text = next(q for q in drawn if q.question.kind in TEXT_KINDS)
    choice, typed = wanted(right, radio.field_name), wanted(right, text.field_name)
    values = visitor.locator(f"input[name='{radio.field_name}']").evaluate_all(
        "inputs => inputs.map(input => input.value)"
    )
    tab_to(visitor, radio.field_name)
    visitor.keyboard.press("Space")
    for _ in range(values.index(choice)):
        visitor.keyboard.press("ArrowDown")
    tab_to(visitor, text.field_name)
    visitor.keyboard.type(typed)
    with visitor.expect_response(
        lambda r: r.url.endswith("/save/") and typed in (r.request.post_data or "")
    ) as saved:
        visitor.keyboard.press("Tab")
    assert saved.value.ok
    expect(visitor.locator("#quiz-save-status")).to_contain_text("Odpowiedzi zapisano o")
    order = visitor.locator(".question__text").all_inner_texts()

    visitor.wait_for_timeout(1000)  # a second of the ten minutes goes by
    visitor.reload()
    assert visitor.locator(".question__text").all_inner_texts() == order
    expect(visitor.locator(f"input[name='{radio.field_name}'][value='{choice}']")).to_be_checked()
    expect(visitor.locator(f"input[name='{text.field_name}']")).to_have_value(typed)
    left = int(timer.get_attribute("data-seconds-left"))
    assert 0 < left < started, "the reload shows the time left, not a new clock"
    minutes, seconds = clock.inner_text().split(":")
    assert int(minutes) * 60 + int(seconds) < started
    axe(visitor)

    # The other two with the mouse, then submit.
    for question in drawn:
        if question in (radio, text):
            continue
        value = wanted(right, question.field_name)
        if question.question.kind in RADIO_KINDS:
            visitor.locator(f"label[for='{question.field_name}-{value}']").click()
        else:
            visitor.locator(f"input[name='{question.field_name}']").fill(value)
    visitor.get_by_role("button", name="Wyślij odpowiedzi").click()
    visitor.wait_for_url("**/result/")
    expect(visitor.locator(".result--passed")).to_contain_text("Zaliczony: 100%")
    axe(visitor)


def test_every_kind_of_question_on_the_attempt_page_meets_wcag_22_aa(visitor, site, bank, axe):
    one_of_each = {}
    for question in Question.objects.order_by("pk"):
        one_of_each.setdefault(question.kind, question)
    assert len(one_of_each) == 7
    quiz = quiz_with(site, fixed_slots(list(one_of_each.values())))
    start_quiz(visitor, quiz, axe)

    form = visitor.locator("form.quiz-form")
    expect(form.locator("fieldset.question")).to_have_count(7)
    expect(form.locator("input[type=radio]")).to_have_count(4 + 2)  # single choice, true/false
    expect(form.locator("input[type=checkbox]")).to_have_count(4)
    expect(form.locator("select")).to_have_count(4)
    expect(form.locator("input[type=text]")).to_have_count(2)
    expect(form.locator("textarea")).to_have_count(1)
    axe(visitor)

    # Sent unanswered: each question carries its error, and the page still passes.
    visitor.get_by_role("button", name="Wyślij odpowiedzi").click()
    expect(visitor.locator(".error-summary[role=alert]")).to_be_visible()
    expect(form.locator(".question--unanswered")).not_to_have_count(0)
    axe(visitor)
