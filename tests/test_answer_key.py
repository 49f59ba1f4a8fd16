"""One answer key for a quiz in every language: the Polish quiz decides every grade.

A translation made with wagtail-localize copies the "correct" checkboxes and the quiz's
settings from the Polish page only when it is synced. Between an edit of the Polish quiz and
the next sync the translations still hold the old key; the grade must not depend on that.
"""

import re
from decimal import Decimal

import pytest
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from elearning.grading import Choice, Question, questions_from_stream, worded_as
from elearning.models import Attempt, QuizPage
from tests.factories import locale, translate_page
from tests.factories_elearning import make_advisor, make_course, single

LANGUAGES = ["pl", "en", "es"]

# The answers the quiz had right before the Polish editor changed its key: question 1
# "Zapobieganie", question 2 "Papier" and "Szkło", question 3 "true", question 4 "Marszałek".
OLD_KEY_ANSWERS = {
    "Pierwszy krok hierarchii?": ["Zapobieganie"],
    "Frakcje selektywnej zbiórki?": ["Papier", "Szkło"],
    "System kaucyjny działa od 2025 r.": ["true"],
    "Kto prowadzi BDO?": ["Marszałek"],
}
# Graded by the new Polish key: question 1 is now "Odzysk" (0), question 2 also counts
# "Gruz" (2 of 3 right, 2/3), question 3 is now false (0), question 4 is unchanged (1):
# (0 + 2/3 + 0 + 1) / 4 = 41.67 %, which passes the new Polish pass mark of 40 %.
NEW_KEY_SCORE = Decimal("41.67")
# Which answers the review marks correct under the new key, in the order shown.
NEW_KEY_MARKS = [
    [False, False, True],
    [True, True, True],
    [False, True],  # "true", "false"
    [True, False],
]


def sync(page, code: str, django_capture_on_commit_callbacks, *, texts=None) -> QuizPage:
    """What "Translate" and "Sync translated pages" do in wagtail-localize; ``texts`` are
    the translator's strings (each source string with the language code appended)."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    target = locale(code)
    job, _created = Translation.objects.get_or_create(source=source, target_locale=target)
    if texts:
        for segment in StringSegment.objects.filter(source=source).select_related("string"):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=target,
                context_id=segment.context_id,
                defaults={"data": f"{segment.string.data} ({code})", "translation_type": "manual"},
            )
    with django_capture_on_commit_callbacks(execute=True):
        job.save_target(publish=True)
    return source.get_translated_instance(target).specific


def change_polish_key(quiz: QuizPage) -> None:
    """The Polish editor's edit, published without syncing the translations."""
    stream = quiz.questions.get_prep_value()  # keeps every block's id
    first, multiple, statement, _last = stream
    for answer in first["value"]["answers"]:
        answer["value"]["correct"] = answer["value"]["text"] == "Odzysk"
    for answer in multiple["value"]["answers"]:
        answer["value"]["correct"] = True
    statement["value"]["correct"] = False
    quiz.questions = stream
    quiz.pass_mark = 40
    quiz.save_revision().publish()


@pytest.fixture
def quizzes(home, django_capture_on_commit_callbacks) -> dict[str, QuizPage]:
    """The standard quiz in Polish, translated into English and Spanish, then re-keyed in Polish."""
    course = make_course(home)
    polish = QuizPage.objects.child_of(course).get()
    result = {"pl": polish}
    for code in ("en", "es"):
        translate_page(course.get_parent(), code, slug=f"courses-{code}")
        translate_page(course, code, slug=f"course-{code}")
        result[code] = sync(polish, code, django_capture_on_commit_callbacks, texts=True)
    change_polish_key(polish)
    return {code: QuizPage.objects.get(pk=quiz.pk) for code, quiz in result.items()}


def form_data(quiz: QuizPage, chosen: dict[str, list[str]]) -> dict[str, list[str]]:
    """The form fields for the answers named by their Polish texts (ids are shared)."""
    data = {}
    for question in questions_from_stream(quiz.questions):
        wanted = chosen[question.text]
        data[f"q-{question.id}"] = [
            c.id for c in question.choices if c.text in wanted or c.id in wanted
        ]
    return data


def take(client, quiz: QuizPage, data: dict) -> tuple[Attempt, str]:
    """Start an attempt on ``quiz``'s URL, submit ``data``, and read the result page."""
    assert client.post(quiz.url + "start/").status_code == 302
    attempt = Attempt.objects.get(submitted_at__isnull=True)
    response = client.post(f"{quiz.url}attempt/{attempt.pk}/", data)
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


def test_the_translations_still_hold_the_old_key(quizzes):
    """The situation the other tests rely on: Spanish and English were not synced."""
    for code in ("en", "es"):
        stale = questions_from_stream(quizzes[code].questions)
        assert [c.text for c in stale[0].choices if c.correct] == [f"Zapobieganie ({code})"]
        assert quizzes[code].pass_mark == 70
    polish = questions_from_stream(quizzes["pl"].questions)
    assert [c.text for c in polish[0].choices if c.correct] == ["Odzysk"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_same_answers_get_the_polish_keys_grade_in_every_language(client, quizzes, code):
    client.force_login(make_advisor())

    attempt, _html = take(client, quizzes[code], form_data(quizzes["pl"], OLD_KEY_ANSWERS))

    assert attempt.score == NEW_KEY_SCORE
    assert attempt.passed is True  # by the Polish pass mark, 40 %, not the stale 70 %


def test_the_review_marks_the_same_answers_correct_in_every_language(client, quizzes):
    client.force_login(make_advisor())
    data = form_data(quizzes["pl"], OLD_KEY_ANSWERS)

    pages = {code: take(client, quizzes[code], data)[1] for code in LANGUAGES}

    marks = {code: review_marks(html) for code, html in pages.items()}
    assert marks == dict.fromkeys(LANGUAGES, NEW_KEY_MARKS)
    assert Attempt.objects.filter(score=NEW_KEY_SCORE).count() == 3
    # Each review reads in the visitor's language, with the Polish key's marks.
    assert "Odzysk (es)" in pages["es"] and "Odzysk (en)" in pages["en"]
    assert "Passed: 41.67% (pass mark 40%)." in pages["en"]


def test_the_quiz_page_states_the_polish_rules_in_every_language(client, quizzes):
    quizzes["pl"].attempts_allowed = 3
    quizzes["pl"].save_revision().publish()
    client.force_login(make_advisor())

    html = client.get(quizzes["en"].url).content.decode()

    assert re.search(r"Pass mark</dt><dd>40%</dd>", html)
    assert "0 of 3 used" in html


def test_a_translated_page_marking_other_answers_right_changes_no_grade(client, quizzes):
    """Even a translation edited outside wagtail-localize cannot bring its own key."""
    spanish = quizzes["es"]
    stream = spanish.questions.get_prep_value()
    for block in stream:
        if block["type"] == "true_false":
            block["value"]["correct"] = True
        else:
            for answer in block["value"]["answers"]:
                answer["value"]["correct"] = not answer["value"]["correct"]
    spanish.questions = stream
    spanish.save_revision().publish()
    client.force_login(make_advisor())

    attempt, html = take(client, spanish, form_data(quizzes["pl"], OLD_KEY_ANSWERS))

    assert attempt.score == NEW_KEY_SCORE
    assert review_marks(html) == NEW_KEY_MARKS


def test_translators_cannot_edit_which_answers_are_right(quizzes):
    """wagtail-localize offers the texts for translation, never the checkboxes."""
    source = TranslationSource.objects.get_for_instance(quizzes["pl"])
    segments = [StringSegment, OverridableSegment]
    paths = {
        path
        for model in segments
        for path in model.objects.filter(source=source).values_list("context__path", flat=True)
    }

    assert any(path.endswith(".text") for path in paths)
    assert any(path.endswith(".feedback") for path in paths)
    assert [path for path in paths if path.endswith("correct")] == []


def test_syncing_copies_the_polish_key_into_the_translation(
    quizzes, django_capture_on_commit_callbacks
):
    spanish = sync(quizzes["pl"], "es", django_capture_on_commit_callbacks)

    synced = questions_from_stream(spanish.questions)
    assert [c.text for c in synced[0].choices if c.correct] == ["Odzysk (es)"]
    assert spanish.pass_mark == 40


def test_a_question_added_in_polish_shows_in_polish_until_translated(client, quizzes):
    polish = quizzes["pl"]
    kind, value = single("Nowe pytanie?", [("Tak", True), ("Nie", False)])
    polish.questions.append(
        (kind, polish.questions.stream_block.child_blocks[kind].to_python(value))
    )
    polish.save_revision().publish()
    client.force_login(make_advisor())
    client.post(quizzes["en"].url + "start/")
    attempt = Attempt.objects.get()

    html = client.get(f"{quizzes['en'].url}attempt/{attempt.pk}/").content.decode()

    assert len(attempt.layout) == 5
    assert "Nowe pytanie?" in html and "Odzysk (en)" in html
    assert "not translated into this language yet, so they are shown in Polish" in html


def test_a_translation_of_a_withdrawn_polish_quiz_cannot_be_taken(client, quizzes):
    quizzes["pl"].unpublish()
    client.force_login(make_advisor())

    overview = client.get(quizzes["en"].url)
    start = client.post(quizzes["en"].url + "start/")

    assert overview.status_code == 200
    assert "This quiz is being revised" in overview.content.decode()
    assert start.status_code == 409
    assert "This quiz is being revised" in start.content.decode()
    assert not Attempt.objects.exists()


def test_texts_come_from_the_translation_and_correctness_from_the_key():
    key = [
        Question(
            "q1", "single_choice", "Pytanie", (Choice("a", "Tak", True), Choice("b", "Nie", False))
        ),
        Question(
            "q2", "single_choice", "Nowe", (Choice("c", "Jeden", True), Choice("d", "Dwa", False))
        ),
    ]
    spanish = [
        Question(
            "q1",
            "single_choice",
            "Pregunta",
            (Choice("a", "Sí", False, "¡No!"), Choice("x", "Otra", True)),
        ),
    ]

    worded, untranslated = worded_as(key, spanish)

    assert [(q.id, q.text) for q in worded] == [("q1", "Pregunta"), ("q2", "Nowe")]
    assert [(c.id, c.text, c.correct, c.feedback) for c in worded[0].choices] == [
        ("a", "Sí", True, "¡No!"),
        ("b", "Nie", False, ""),
    ]
    assert untranslated is True
    assert worded_as(key, key) == (key, False)
