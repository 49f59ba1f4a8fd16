"""One quiz in every language: the Polish quiz decides the questions, the rules and the key.

A translation of a quiz page keeps its own copy of the settings and the slots, which go stale
when only the Polish page is edited; a translation of a bank question carries its texts, and
always the Polish question's answer key (``questionbank.models``). An attempt in any language
asks the Polish quiz's questions, by its rules, worded in the page's language where translated.
"""

import random
import re
from collections.abc import Iterator
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from elearning.attempt_questions import attempt_questions, new_layout
from elearning.models import Attempt, CourseCataloguePage, QuizPage
from home.models import HomePage
from tests.factories import locale
from tests.factories_elearning import (
    STANDARD_QUESTIONS,
    CatalogueFactory,
    add_course,
    bank_question,
    fixed_slots,
    make_advisor,
    make_course,
    quiz_of,
    single,
    start,
    submit,
    translate_course,
    translate_question,
)

LANGUAGES = ["pl", "en", "es"]
POLISH_ANSWERS = [[a.text for a in q.answers] for q in STANDARD_QUESTIONS]

# The answers that were right before the Polish editor changed the key of question 1 (now
# "Odzysk") and question 3 (now false). Graded by the new key: 0 + 1 + 0 + 1 of 4 = 50 %,
# which passes the new Polish pass mark of 50 % and would fail the translations' stale 70 %.
OLD_KEY_ANSWERS = [["Zapobieganie"], ["Papier", "Szkło"], ["true"], ["Marszałek"]]
NEW_KEY_SCORE = Decimal("50.00")
# Which answers the review marks correct under the new key, in the order shown.
NEW_KEY_MARKS = [
    [False, False, True],
    [True, True, False],
    [False, True],  # true, false
    [True, False],
]


def bank_questions(quiz: QuizPage) -> list:
    return [slot.value["question"] for slot in quiz.slots]


def translate_all(course, code: str) -> QuizPage:
    """The course and every question of its quiz translated, texts marked with ``code``."""
    for question in bank_questions(quiz_of(course)):
        translate_question(
            question,
            code,
            text=f"{question.text} ({code})",
            answers=[f"{a['text']} ({code})" for a in question.content["answers"]],
        )
    return quiz_of(translate_course(course, code))


def change_polish_key(polish: QuizPage) -> None:
    """The Polish editor's edit of two questions' keys and the pass mark; the translated quiz
    pages are not synced."""
    first, _multiple, statement, _last = bank_questions(polish)
    first.key = {**first.key, "fractions": ["0", "0", "1"]}
    first.save()
    statement.key = {**statement.key, "correct_answer": False}
    statement.save()
    polish.pass_mark = 50
    polish.save_revision().publish()


# The catalogues (one per language) that ``module_quizzes`` built, while they exist.
SHARED_CATALOGUES: list[int] = []


@pytest.fixture(scope="module")
def module_quizzes(module_home, django_db_blocker) -> Iterator[dict[str, int]]:
    """The standard quiz in Polish, translated into English and Spanish, then re-keyed in
    Polish: built once for the module (rolled back with ``module_home``); the quiz pages' pks."""
    assert module_home is not None, "module_quizzes needs the module's transaction (module_home)"
    with django_db_blocker.unblock():
        course = make_course(HomePage.objects.get(pk=module_home))
        result = {"pl": quiz_of(course)}
        for code in ("en", "es"):
            result[code] = translate_all(course, code)
        change_polish_key(result["pl"])
        SHARED_CATALOGUES[:] = [quiz.get_parent().get_parent().pk for quiz in result.values()]
    yield {code: quiz.pk for code, quiz in result.items()}
    SHARED_CATALOGUES.clear()


@pytest.fixture
def quizzes(module_quizzes, home) -> dict[str, QuizPage]:
    # Fresh instances per test: a test that changes a quiz in memory does not leak into the next.
    # ``home`` (unused) is what makes ``module_home`` open the module's transaction.
    return {code: QuizPage.objects.get(pk=pk) for code, pk in module_quizzes.items()}


@pytest.fixture
def without_shared_quizzes(home) -> None:
    """The site as ``home`` builds it: the catalogues ``module_quizzes`` added to the module's
    transaction, if an earlier test built them, deleted (within this test's savepoint)."""
    for catalogue in Page.objects.filter(pk__in=SHARED_CATALOGUES):
        catalogue.delete()


@pytest.fixture(scope="module")
def module_advisor(module_home, django_db_blocker) -> int:
    """The advisor, created once for the module (rolled back with ``module_home``)."""
    assert module_home is not None, "module_advisor needs the module's transaction (module_home)"
    with django_db_blocker.unblock():
        return make_advisor().pk


@pytest.fixture
def signed_in(client, module_advisor, home):  # home: see ``quizzes``
    client.force_login(get_user_model().objects.get(pk=module_advisor))
    return client


def form_data(attempt: Attempt, chosen: list[list[str]]) -> dict[str, list[str]]:
    """The form fields for the answers named by their Polish texts (indices are shared)."""
    data = {}
    for question, (texts, polish) in zip(
        attempt_questions(attempt), zip(chosen, POLISH_ANSWERS, strict=True), strict=True
    ):
        if question.question.kind.is_multichoice:
            data[question.field_name] = [str(polish.index(text)) for text in texts]
        else:
            data[question.field_name] = texts
    return data


def take(client, quiz: QuizPage, chosen=OLD_KEY_ANSWERS) -> tuple[Attempt, str]:
    """Start an attempt on ``quiz``'s page, submit ``chosen``, and read the result page."""
    attempt = start(client, quiz)
    response = submit(client, quiz, attempt, form_data(attempt, chosen))
    assert response.status_code == 302, response.content.decode()
    attempt.refresh_from_db()
    return attempt, client.get(response["Location"]).content.decode()


def review_marks(html: str) -> list[list[bool]]:
    """For each reviewed question, whether each answer (in order) is marked correct."""
    review = html.split('id="review-title"', 1)[1].split("</main>", 1)[0]
    return [
        ['class="review-correct"' in answer for answer in re.findall(r"<li>(.*?)</li>", q, re.S)]
        for q in review.split('class="review-question"')[1:]
    ]


def test_the_translated_pages_still_hold_the_old_rules(quizzes):
    """The situation the other tests rely on: the translated pages were not synced."""
    assert [quizzes[code].pass_mark for code in LANGUAGES] == [50, 70, 70]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_same_answers_get_the_polish_keys_grade_in_every_language(signed_in, quizzes, code):
    attempt, _html = take(signed_in, quizzes[code])

    assert attempt.score == NEW_KEY_SCORE
    assert attempt.passed is True  # by the Polish pass mark, 50 %, not the stale 70 %


def test_the_review_marks_the_same_answers_correct_in_every_language(signed_in, quizzes):
    pages = {code: take(signed_in, quizzes[code])[1] for code in LANGUAGES}

    assert {code: review_marks(html) for code, html in pages.items()} == dict.fromkeys(
        LANGUAGES, NEW_KEY_MARKS
    )
    # Each review reads in the page's language, with the Polish key's marks.
    assert "Odzysk (es)" in pages["es"] and "Odzysk (en)" in pages["en"]
    assert "Passed: 50% (pass mark 50%)." in pages["en"]


def test_the_quiz_page_states_the_polish_rules_in_every_language(signed_in, quizzes):
    quizzes["pl"].attempts_allowed = 3
    quizzes["pl"].save_revision().publish()

    html = signed_in.get(quizzes["en"].url).content.decode()

    assert re.search(r"Pass mark</dt><dd>50%</dd>", html)
    assert "0 of 3 used" in html


def test_the_polish_attempt_limit_holds_across_languages(signed_in, quizzes):
    quizzes["pl"].attempts_allowed = 1
    quizzes["pl"].save_revision().publish()
    take(signed_in, quizzes["es"])

    again = signed_in.post(quizzes["en"].url + "start/")

    assert again.status_code == 403
    assert Attempt.objects.count() == 1


def test_the_polish_review_rule_hides_the_review_in_every_language(signed_in, quizzes):
    quizzes["pl"].review = QuizPage.Review.NEVER
    quizzes["pl"].save_revision().publish()

    _attempt, html = take(signed_in, quizzes["es"])  # passed: its stale rule would show it

    assert 'id="review-title"' not in html
    assert "Odzysk (es)" not in html


def seeded() -> random.Random:
    """The same draws every time: a seed for repeatable shuffles, not for secrets."""
    return random.Random(7)  # noqa: S311


def test_answers_are_shuffled_by_the_polish_quizs_setting(quizzes):
    quizzes["pl"].shuffle_answers = True
    quizzes["pl"].save_revision().publish()

    polish = new_layout(quizzes["pl"], seeded())
    spanish = new_layout(quizzes["es"], seeded())

    orders = [item["order"] for item in polish]
    assert orders != [sorted(order) for order in orders]  # this seed does shuffle
    assert [item["order"] for item in spanish] == orders


def test_a_translated_quiz_page_with_other_questions_asks_the_polish_ones(signed_in, quizzes):
    spanish = quizzes["es"]
    spanish.slots = fixed_slots(
        [bank_question(single("Inne pytanie?", [("Tak", True), ("Nie", False)]))]
    )
    spanish.save_revision().publish()

    attempt = start(signed_in, spanish)

    assert [item["question"] for item in attempt.layout] == [
        str(q.translation_key) for q in bank_questions(quizzes["pl"])
    ]


def test_a_translated_question_edited_to_another_key_still_grades_by_the_polish_key(
    signed_in, quizzes
):
    first = bank_questions(quizzes["pl"])[0]
    spanish = first.get_translation(locale("es"))
    spanish.key = {**spanish.key, "fractions": ["1", "0", "0"]}  # "Zapobieganie" again
    spanish.save()

    attempt, html = take(signed_in, quizzes["es"])

    spanish.refresh_from_db()
    assert spanish.key == first.key
    assert attempt.score == NEW_KEY_SCORE
    assert review_marks(html) == NEW_KEY_MARKS


def test_a_question_added_in_polish_shows_in_polish_until_translated(signed_in, quizzes):
    polish = quizzes["pl"]
    added = bank_question(single("Nowe pytanie?", [("Tak", True), ("Nie", False)]))
    polish.slots = fixed_slots([*bank_questions(polish), added])
    polish.save_revision().publish()

    attempt = start(signed_in, quizzes["en"])
    html = signed_in.get(f"{quizzes['en'].url}attempt/{attempt.pk}/").content.decode()

    assert len(attempt.layout) == 5
    assert "Nowe pytanie?" in html and "Tak" in html
    assert "Pierwszy krok hierarchii? (en)" in html and "Odzysk (en)" in html


def test_an_answer_added_in_polish_is_offered_in_every_language(signed_in, quizzes):
    last = bank_questions(quizzes["pl"])[3]
    last.content = {
        **last.content,
        "answers": [*last.content["answers"], {**last.content["answers"][1], "text": "Starosta"}],
    }
    last.key = {**last.key, "fractions": [*last.key["fractions"], "0"]}
    last.save()

    attempt = start(signed_in, quizzes["es"])
    response = signed_in.get(f"{quizzes['es'].url}attempt/{attempt.pk}/")

    assert response.status_code == 200
    assert "Starosta" in response.content.decode()


def test_an_attempt_started_in_polish_reads_in_spanish_on_the_spanish_page(signed_in, quizzes):
    attempt = start(signed_in, quizzes["pl"])
    texts = [a.text for a in STANDARD_QUESTIONS[0].answers]

    first, *_rest = attempt_questions(attempt, locale("es"))

    assert first.question.text == "Pierwszy krok hierarchii? (es)"
    assert [a.text for _value, a in first.choices] == [f"{t} (es)" for t in texts]
    assert [a.fraction for _value, a in first.choices] == [0, 0, 1]  # the Polish key


def test_a_translation_of_a_withdrawn_polish_quiz_cannot_be_taken(signed_in, quizzes):
    quizzes["pl"].unpublish()

    overview = signed_in.get(quizzes["en"].url)
    started = signed_in.post(quizzes["en"].url + "start/")

    assert overview.status_code == 200
    assert "This quiz is being revised" in overview.content.decode()
    assert started.status_code == 409
    assert "This quiz is being revised" in started.content.decode()
    assert not Attempt.objects.exists()


def test_a_quiz_written_only_in_spanish_is_its_own_source(signed_in, home, without_shared_quizzes):
    spanish_home = home.get_translation(locale("es"))
    catalogue = CatalogueFactory(parent=spanish_home, slug="cursos")
    course = add_course(catalogue, slug="curso", pass_mark=60)
    quiz = quiz_of(course)
    assert not CourseCataloguePage.objects.filter(locale=locale("pl")).exists()

    attempt, _html = take(signed_in, quiz, [["Zapobieganie"], ["Papier"], ["false"], ["Wójt"]])

    assert quiz.locale.language_code == "es"
    assert attempt.score == Decimal("37.50")  # 1 + 0.5 + 0 + 0 of 4
    assert attempt.passed is False  # by its own pass mark, 60 %
