"""Quizzes over the question bank, as a learner takes them: drawing, versions, grading, saving."""

from __future__ import annotations

import json
from decimal import Decimal
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from elearning.models import Attempt, QuizPage
from questionbank.formats import Answer, Kind, MatchPair, NumericAnswer, ParsedQuestion
from questionbank.models import Question, QuestionStatus, QuestionVersion
from tests.factories_elearning import (
    answers,
    bank_category,
    bank_question,
    fixed_slots,
    make_advisor,
    make_course,
    multiple,
    quiz_of,
    single,
    start,
    submit,
    translate_course,
    translate_question,
    true_false,
)
from tests.html import text_of


@pytest.fixture
def advisor(db):
    return make_advisor()


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


# --- reading the pages ----------------------------------------------------------------------


def attempt_url(quiz, attempt) -> str:
    return f"{quiz.url}attempt/{attempt.pk}/"


def autosave_url(quiz, attempt) -> str:
    return f"{attempt_url(quiz, attempt)}save/"


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def shown(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return soup(response)


def shown_questions(page: BeautifulSoup) -> list[tuple[str, str]]:
    """(question key, question text) of each question of the attempt page, in order."""
    return [
        (fieldset["id"].removeprefix("question-"), text_of(fieldset.select_one(".question__text")))
        for fieldset in page.select("fieldset.question")
    ]


def result_line(page: BeautifulSoup) -> str:
    return text_of(page.select_one("p.result"))


def notices(page: BeautifulSoup) -> list[tuple[str, str]]:
    """(kind, text) of each message the page shows: success, info, error…"""
    return [
        (
            next(c for c in item["class"] if c.startswith("notice--")).removeprefix("notice--"),
            text_of(item),
        )
        for item in page.select("ul.messages li")
    ]


def checked(page: BeautifulSoup, name: str) -> list[str]:
    return [field["value"] for field in page.select(f'input[name="{name}"][checked]')]


def value_of(page: BeautifulSoup, name: str) -> str:
    return page.select_one(f'[name="{name}"]').get("value", "")


def key_of(question: Question) -> str:
    return str(question.translation_key)


def drawn(attempt: Attempt) -> list[str]:
    return [item["question"] for item in attempt.layout]


def with_slots(home, slots, **settings) -> QuizPage:
    """A course's quiz whose questions are ``slots`` over the bank."""
    quiz = quiz_of(make_course(home, **settings))
    quiz.slots = slots
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def random_slot(category, count: int, *, include_subcategories: bool = True):
    return (
        "random",
        {"category": category, "count": count, "include_subcategories": include_subcategories},
    )


def yes_no(text: str) -> ParsedQuestion:
    return single(text, [("Tak", True), ("Nie", False)])


@pytest.fixture
def pool(db):
    """Category X: five ready questions, a sixth in its subcategory, a draft and a retired one."""
    top = bank_category("Odpady")
    sub = bank_category("Odpady niebezpieczne", parent=top)
    ready = [bank_question(yes_no(f"Pytanie {n}?"), top) for n in range(1, 6)]
    below = bank_question(yes_no("Czy baterie to odpad niebezpieczny?"), sub)
    draft = bank_question(yes_no("Pytanie w szkicu?"), top)
    retired = bank_question(yes_no("Pytanie wycofane?"), top)
    draft.status, retired.status = QuestionStatus.DRAFT, QuestionStatus.RETIRED
    draft.save()
    retired.save()
    return SimpleNamespace(
        category=top,
        ready={key_of(q) for q in [*ready, below]},
        top=ready,
        below=below,
        never={key_of(draft), key_of(retired)},
    )


# --- drawing from the bank ------------------------------------------------------------------


def test_each_attempt_draws_three_distinct_ready_questions(signed_in, home, pool):
    quiz = with_slots(home, [random_slot(pool.category, 3)])

    for _ in range(4):
        attempt = start(signed_in, quiz)
        keys = [key for key, _text in shown_questions(shown(signed_in, attempt_url(quiz, attempt)))]

        assert len(keys) == 3 and len(set(keys)) == 3
        assert set(keys) <= pool.ready
        submit(signed_in, quiz, attempt, answers(attempt, quiz))


def test_a_slot_asking_for_more_than_the_category_holds_draws_every_ready_question(
    signed_in, home, pool
):
    quiz = with_slots(home, [random_slot(pool.category, 10)])

    attempt = start(signed_in, quiz)
    keys = [key for key, _text in shown_questions(shown(signed_in, attempt_url(quiz, attempt)))]

    assert sorted(keys) == sorted(pool.ready)  # the subcategory's too, no draft, no retired
    assert not set(keys) & pool.never


def test_reloading_the_attempt_shows_the_same_questions_in_the_same_order(signed_in, home, pool):
    quiz = with_slots(home, [random_slot(pool.category, 3)], shuffle_questions=True)
    attempt = start(signed_in, quiz)

    first = shown_questions(shown(signed_in, attempt_url(quiz, attempt)))
    second = shown_questions(shown(signed_in, attempt_url(quiz, attempt)))

    assert first == second
    assert [key for key, _text in first] == drawn(attempt)


def test_the_spanish_quiz_shows_the_same_attempt_in_spanish_where_translated(signed_in, home, pool):
    quiz = with_slots(home, [random_slot(pool.category, 3)])
    spanish = quiz_of(translate_course(quiz.get_parent().specific, "es"))
    attempt = start(signed_in, quiz)
    polish = shown_questions(shown(signed_in, attempt_url(quiz, attempt)))
    first, second, third = (
        Question.objects.get(translation_key=key, locale__language_code="pl")
        for key in drawn(attempt)
    )
    translate_question(first, "es", text="¿Primera pregunta?", answers=["Sí", "No"])
    translate_question(second, "es", text="¿Segunda pregunta?", answers=["Sí", "No"])

    page = shown(signed_in, attempt_url(spanish, attempt))

    assert shown_questions(page) == [
        (polish[0][0], "¿Primera pregunta?"),
        (polish[1][0], "¿Segunda pregunta?"),
        polish[2],  # not translated: as the Polish quiz shows it
    ]
    assert third.text == polish[2][1]
    assert "Sí" in text_of(page.select_one(f"#question-{polish[0][0]}"))


def test_a_fixed_question_is_never_drawn_again_by_a_random_slot_over_its_category(
    signed_in, home, pool
):
    fixed = pool.top[0]
    quiz = with_slots(home, [*fixed_slots([fixed]), random_slot(pool.category, 10)])

    attempt = start(signed_in, quiz)
    keys = [key for key, _text in shown_questions(shown(signed_in, attempt_url(quiz, attempt)))]

    assert keys[0] == key_of(fixed)
    assert keys.count(key_of(fixed)) == 1
    assert sorted(keys) == sorted(pool.ready)


def test_a_slot_without_subcategories_never_draws_from_them(signed_in, home, pool):
    quiz = with_slots(home, [random_slot(pool.category, 10, include_subcategories=False)])

    attempt = start(signed_in, quiz)
    keys = [key for key, _text in shown_questions(shown(signed_in, attempt_url(quiz, attempt)))]

    assert sorted(keys) == sorted(key_of(q) for q in pool.top)
    assert key_of(pool.below) not in keys


def test_the_quiz_page_counts_the_questions_an_attempt_asks(signed_in, home, pool):
    quiz = with_slots(home, [random_slot(pool.category, 10)])

    page = shown(signed_in, quiz.url)
    attempt = start(signed_in, quiz)

    assert text_of(page.select_one("dl.facts dd")) == str(len(attempt.layout))  # 6, not 10


# --- versions -------------------------------------------------------------------------------

GLASS = single("Jaki kolor ma pojemnik na szkło?", [("Zielony", True), ("Niebieski", False)])


def test_an_edited_question_leaves_finished_attempts_as_they_were_shown(signed_in, home):
    quiz = quiz_of(make_course(home, questions=[GLASS], review="immediately"))
    attempt = start(signed_in, quiz)
    result_url = submit(signed_in, quiz, attempt, answers(attempt, quiz))["Location"]
    question = Question.objects.get(name=GLASS.name)
    content = dict(question.content)
    content["answers"] = [dict(a) for a in content["answers"]]
    content["answers"][1]["text"] = "Biały"
    question.content = content
    question.key = {**question.key, "fractions": ["0", "1"]}  # now "Biały" is right
    question.save()

    page = shown(signed_in, result_url)
    attempt.refresh_from_db()

    assert attempt.score == 100
    assert result_line(page) == "Zaliczony: 100% (próg zaliczenia 70%)."
    review = text_of(page.select_one("section.review-question"))
    assert "Niebieski" in review and "Biały" not in review
    assert "Zielony (Twoja odpowiedź) — poprawna odpowiedź" in review


def test_a_new_attempt_shows_the_edited_question_as_a_second_version(signed_in, home):
    quiz = quiz_of(make_course(home, questions=[GLASS]))
    first = start(signed_in, quiz)
    submit(signed_in, quiz, first, answers(first, quiz))
    question = Question.objects.get(name=GLASS.name)
    content = dict(question.content)
    content["answers"] = [dict(a) for a in content["answers"]]
    content["answers"][1]["text"] = "Biały"
    question.content = content
    question.key = {**question.key, "fractions": ["0", "1"]}
    question.save()

    second = start(signed_in, quiz)
    page = shown(signed_in, attempt_url(quiz, second))
    response = submit(signed_in, quiz, second, {f"q-{key_of(question)}": "1"})

    assert "Biały" in text_of(page.select_one("fieldset.question"))
    assert "Niebieski" not in text_of(page.select_one("fieldset.question"))
    assert result_line(shown(signed_in, response["Location"])).startswith("Zaliczony: 100%")
    assert QuestionVersion.objects.filter(question=question).count() == 2


# --- grading through the site ---------------------------------------------------------------

SHORT = ParsedQuestion(
    name="Proces",
    kind=Kind.SHORTANSWER,
    text="Jak nazywa się ponowne przetwarzanie odpadów?",
    answers=(Answer("recykling", Decimal(1)), Answer("*odzysk*", Decimal("0.5"))),
)
NUMBER = ParsedQuestion(
    name="Masa",
    kind=Kind.NUMERICAL,
    text="Ile ton odpadów (±0,1) zebrano?",
    numeric_answers=(
        NumericAnswer(Decimal("3.5"), Decimal("0.1"), Decimal(1)),
        NumericAnswer(Decimal("3.5"), Decimal("1"), Decimal("0.5")),
    ),
)
MATCH = ParsedQuestion(
    name="Kolory",
    kind=Kind.MATCHING,
    text="Dopasuj frakcję do koloru pojemnika.",
    pairs=(
        MatchPair("Papier", "niebieski"),
        MatchPair("Szkło", "zielony"),
        MatchPair("Metale i tworzywa", "żółty"),
        MatchPair("", "czarny"),  # a distractor: options are niebieski, zielony, żółty, czarny
    ),
)
SEVERAL = multiple(
    "Co wrzucamy do pojemników na surowce?",
    [("Papier", True), ("Szkło", True), ("Gruz", False)],  # Gruz weighs -1/2
)
TRUE = true_false("Szkło wrzucamy do zielonego pojemnika.", True)


def form(question: ParsedQuestion, key: str, values: list[str]) -> dict:
    if question.kind is Kind.MATCHING:
        return {f"q-{key}-{position}": value for position, value in enumerate(values)}
    return {f"q-{key}": values}


@pytest.mark.parametrize(
    ("question", "values", "expected"),
    [
        (SHORT, ["  RECYKLING "], "Zaliczony: 100% (próg zaliczenia 70%)."),
        (SHORT, ["częściowy ODZYSK surowców"], "Niezaliczony: 50% (próg zaliczenia 70%)."),
        (SHORT, ["spalanie"], "Niezaliczony: 0% (próg zaliczenia 70%)."),
        (NUMBER, ["3,5"], "Zaliczony: 100% (próg zaliczenia 70%)."),
        (NUMBER, ["3,59"], "Zaliczony: 100% (próg zaliczenia 70%)."),
        (NUMBER, ["4,2"], "Niezaliczony: 50% (próg zaliczenia 70%)."),
        (NUMBER, ["7"], "Niezaliczony: 0% (próg zaliczenia 70%)."),
        (MATCH, ["0", "1", "2"], "Zaliczony: 100% (próg zaliczenia 70%)."),
        (MATCH, ["0", "1", "3"], "Niezaliczony: 66,67% (próg zaliczenia 70%)."),
        (MATCH, ["0", "2", "1"], "Niezaliczony: 33,33% (próg zaliczenia 70%)."),
        (SEVERAL, ["0", "1"], "Zaliczony: 100% (próg zaliczenia 70%)."),
        (SEVERAL, ["0", "1", "2"], "Niezaliczony: 50% (próg zaliczenia 70%)."),
        (SEVERAL, ["2"], "Niezaliczony: 0% (próg zaliczenia 70%)."),
        (TRUE, ["true"], "Zaliczony: 100% (próg zaliczenia 70%)."),
        (TRUE, ["false"], "Niezaliczony: 0% (próg zaliczenia 70%)."),
    ],
)
def test_each_kind_of_question_is_graded_as_the_result_page_shows(
    signed_in, home, question, values, expected
):
    quiz = quiz_of(make_course(home, questions=[question]))
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, form(question, drawn(attempt)[0], values))

    assert response.status_code == 302
    assert result_line(shown(signed_in, response["Location"])) == expected


def test_the_score_of_a_mixed_quiz_is_the_mean_of_its_questions(signed_in, home):
    questions = [SHORT, NUMBER, MATCH, SEVERAL, TRUE]
    quiz = quiz_of(make_course(home, questions=questions))
    attempt = start(signed_in, quiz)
    data = {}
    for question, key, values in zip(
        questions,
        drawn(attempt),
        [["Recykling"], ["3,5"], ["0", "1", "3"], ["0", "1", "2"], ["true"]],
        strict=True,
    ):
        data.update(form(question, key, values))

    response = submit(signed_in, quiz, attempt, data)
    attempt.refresh_from_db()

    assert attempt.score == Decimal("83.33")  # (1 + 1 + 2/3 + 1/2 + 1) / 5
    page = shown(signed_in, response["Location"])
    assert result_line(page) == "Zaliczony: 83,33% (próg zaliczenia 70%)."


# --- essays ---------------------------------------------------------------------------------

ESSAY = ParsedQuestion(
    name="Opis", kind=Kind.ESSAY, text="Opisz gospodarkę odpadami w swojej gminie."
)


def test_a_submitted_essay_leaves_the_attempt_awaiting_grading(signed_in, home):
    quiz = quiz_of(make_course(home, questions=[ESSAY, yes_no("Czy segregujesz?")]))
    attempt = start(signed_in, quiz)

    response = submit(signed_in, quiz, attempt, answers(attempt, quiz))
    page = shown(signed_in, response["Location"])
    attempt.refresh_from_db()

    assert attempt.is_submitted and attempt.score is None and attempt.passed is None
    assert result_line(page).startswith("Wysłano. Wśród odpowiedzi jest odpowiedź opisowa")
    assert "%" not in result_line(page)
    assert "Moja odpowiedź opisowa." in text_of(page.select_one(".essay-grade"))


def test_the_quiz_page_does_not_count_an_essay_awaiting_grading_as_passed(signed_in, home):
    quiz = quiz_of(make_course(home, questions=[ESSAY, yes_no("Czy segregujesz?")]))
    attempt = start(signed_in, quiz)
    submit(signed_in, quiz, attempt, answers(attempt, quiz))

    page = shown(signed_in, quiz.url)

    assert "Zaliczony" not in text_of(page.select_one("main") or page)


def test_the_quiz_page_lists_an_attempt_awaiting_grading_without_a_score_or_a_fail(signed_in, home):
    quiz = quiz_of(make_course(home, questions=[ESSAY, yes_no("Czy segregujesz?")]))
    attempt = start(signed_in, quiz)
    submit(signed_in, quiz, attempt, answers(attempt, quiz))

    row = shown(signed_in, quiz.url).select_one("table.table tbody tr")
    _submitted, score, result = (text_of(cell) for cell in row.select("td"))

    assert score != "%"  # no score yet
    assert result != "Niezaliczony"  # staff have not graded it yet


# --- saving as the learner goes -------------------------------------------------------------

MIXED = [yes_no("Czy segregujesz odpady?"), SHORT, TRUE]


def test_saving_some_answers_keeps_them_for_later(signed_in, home):
    quiz = quiz_of(make_course(home, questions=MIXED))
    attempt = start(signed_in, quiz)
    choice, text, _truth = drawn(attempt)

    response = signed_in.post(
        attempt_url(quiz, attempt), {f"q-{choice}": "0", f"q-{text}": "recykl", "action": "save"}
    )

    assert response.status_code == 302 and response["Location"] == attempt_url(quiz, attempt)
    page = shown(signed_in, response["Location"])
    assert notices(page) == [
        ("success", "Twoje odpowiedzi zostały zapisane. Możesz do nich wrócić później.")
    ]
    assert checked(page, f"q-{choice}") == ["0"]
    assert value_of(page, f"q-{text}") == "recykl"
    attempt.refresh_from_db()
    assert not attempt.is_submitted


def test_autosave_keeps_the_answers_and_says_when(signed_in, home):
    quiz = quiz_of(make_course(home, questions=MIXED))
    attempt = start(signed_in, quiz)
    choice, text, truth = drawn(attempt)

    response = signed_in.post(
        autosave_url(quiz, attempt), {f"q-{text}": "odzysk", f"q-{truth}": "false"}
    )

    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["saved_at"] and body["errors"] == {}
    page = shown(signed_in, attempt_url(quiz, attempt))
    assert value_of(page, f"q-{text}") == "odzysk"
    assert checked(page, f"q-{truth}") == ["false"]
    assert checked(page, f"q-{choice}") == []


def test_autosave_refuses_an_answer_out_of_range_and_keeps_the_previous_one(signed_in, home):
    quiz = quiz_of(make_course(home, questions=MIXED))
    attempt = start(signed_in, quiz)
    choice = drawn(attempt)[0]
    signed_in.post(autosave_url(quiz, attempt), {f"q-{choice}": "1"})

    response = signed_in.post(autosave_url(quiz, attempt), {f"q-{choice}": "9"})

    assert response.status_code == 400
    assert json.loads(response.content)["errors"][choice]
    assert checked(shown(signed_in, attempt_url(quiz, attempt)), f"q-{choice}") == ["1"]


def test_autosave_of_another_learners_attempt_finds_nothing(client, home):
    quiz = quiz_of(make_course(home, questions=MIXED))
    client.force_login(make_advisor("owner"))
    attempt = start(client, quiz)
    choice = drawn(attempt)[0]
    client.force_login(make_advisor("other"))

    response = client.post(autosave_url(quiz, attempt), {f"q-{choice}": "1"})

    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.responses == {}


def test_autosave_after_submitting_changes_nothing(signed_in, home):
    quiz = quiz_of(make_course(home, questions=MIXED))
    attempt = start(signed_in, quiz)
    submit(signed_in, quiz, attempt, answers(attempt, quiz))
    attempt.refresh_from_db()
    submitted = attempt.responses

    response = signed_in.post(autosave_url(quiz, attempt), {f"q-{drawn(attempt)[0]}": "1"})

    assert response.status_code == 409
    assert json.loads(response.content)["error"]
    attempt.refresh_from_db()
    assert attempt.responses == submitted and attempt.score == 100


# --- bad input ------------------------------------------------------------------------------


def test_an_unknown_field_is_refused_and_nothing_is_saved(signed_in, home):
    quiz = quiz_of(make_course(home, questions=MIXED))
    attempt = start(signed_in, quiz)
    data = {**answers(attempt, quiz), "q-nie-ma-takiego": "1"}

    response = submit(signed_in, quiz, attempt, data)
    attempt.refresh_from_db()

    assert response.status_code == 400
    assert text_of(soup(response).select_one('[role="alert"]'))
    assert attempt.responses == {} and not attempt.is_submitted


def test_a_word_in_a_number_field_is_marked_at_its_question_and_the_rest_is_kept(signed_in, home):
    quiz = quiz_of(make_course(home, questions=[NUMBER, SHORT, TRUE]))
    attempt = start(signed_in, quiz)
    number, text, truth = drawn(attempt)

    response = submit(
        signed_in,
        quiz,
        attempt,
        {f"q-{number}": "abc", f"q-{text}": "recykling", f"q-{truth}": "true"},
    )

    assert response.status_code == 400
    page = soup(response)
    marked = page.select_one(f"#question-{number} .errorlist")
    assert text_of(marked) == "Wpisz liczbę, na przykład 12,5."
    assert page.select_one(f"#question-{text} .errorlist") is None
    assert value_of(page, f"q-{text}") == "recykling"
    assert checked(page, f"q-{truth}") == ["true"]
    attempt.refresh_from_db()
    assert not attempt.is_submitted
    assert attempt.responses[text] == ["recykling"]
