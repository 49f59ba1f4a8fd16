"""The question bank: Moodle's files through import_questions, translations sharing one key,
versions, export round trips."""

from __future__ import annotations

from decimal import Decimal
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from questionbank.formats import Kind, parse_gift
from questionbank.models import Question, QuestionCategory, QuestionVersion
from questionbank.services import (
    ImportRefused,
    answer_key,
    as_parsed,
    current_version,
    export_category,
    import_questions,
    read_file,
    record_use,
    usage_count,
)
from tests.factories import locale
from tests.factories_elearning import (
    bank_category,
    bank_question,
    make_course,
    quiz_of,
    single,
    translate_course,
    true_false,
)
from tests.moodle_fixtures import MOODLE_FIXTURES

pytestmark = pytest.mark.django_db

FIXTURES = MOODLE_FIXTURES

PL = """::capital:: Stolica Polski to {=Warszawa#Tak. ~Kraków#Nie.}

::wind:: Turbiny wiatrowe produkują prąd. {T#Dobrze.#Źle.}

::pick:: Wybierz odnawialne: {~%50%wiatr ~%50%słońce ~%-100%węgiel}
"""
EN = """::capital:: The capital of Poland is {=Warsaw#Yes. ~Cracow#No.}

::wind:: Wind turbines make electricity. {T#Right.#Wrong.}

::pick:: Pick the renewables: {~%50%wind ~%50%sun ~%-100%coal}
"""
ES = """::capital:: La capital de Polonia es {=Varsovia#Sí. ~Cracovia#No.}

::wind:: Las turbinas eólicas producen electricidad. {T#Bien.#Mal.}
"""


@pytest.fixture(autouse=True)
def locales():
    return locale("pl"), locale("en"), locale("es")


def run_import(path: Path, category: str = "Moodle", *extra: str) -> str:
    out = StringIO()
    call_command("import_questions", str(path), "--category", category, *extra, stdout=out)
    return out.getvalue()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def question(name: str, code: str = "pl") -> Question:
    return Question.objects.get(name=name, locale__language_code=code)


def test_moodles_questions_gift_imports_its_nine_questions_with_answers_weights_and_feedback():
    output = run_import(FIXTURES / "moodle_gift_questions.gift.txt")
    assert "Importing 9 questions" in output  # Moodle's count, in Moodle's words
    # The sample repeats the name "2-08 TSL" ({T}, then {TRUE}): Moodle keeps both, so do we.
    assert "renamed to '2-08 TSL (2)'" in output
    assert Question.objects.count() == 9
    assert question("Q8").kind == Kind.ESSAY
    matching = as_parsed(question("Moodle activities"))
    assert [p.answer_text for p in matching.pairs] == [
        "Forum",
        "Choice",
        "Database",
        "Wiki",
        "Chat",
    ]
    assert matching.pairs[-1].is_distractor
    single = as_parsed(question("Q2"))
    assert [(a.text, a.fraction, a.feedback) for a in single.answers] == [
        ("yellow", Decimal(1), "right; good!"),
        ("red", Decimal(0), "wrong, it's yellow"),
        ("blue", Decimal(0), "wrong, it's yellow"),
    ]
    multi = as_parsed(question("colours"))
    assert multi.kind is Kind.MULTICHOICE_MULTI
    assert [a.fraction for a in multi.answers] == [
        Decimal("0.5"),
        Decimal("-1"),
        Decimal("0.5"),
        Decimal("-1"),
    ]
    numerical = as_parsed(question("Q5"))
    assert numerical.numeric_answers[0].value == 3
    assert numerical.numeric_answers[0].tolerance == 2
    assert numerical.numeric_answers[1].feedback == "Completely wrong"
    short = as_parsed(question("Shortanswer"))
    assert [(a.text, a.fraction) for a in short.answers] == [
        ("Frog", Decimal(1)),
        ("Cat", Decimal("0.5")),
        ("*", Decimal(0)),
    ]
    truefalse = as_parsed(question("Q1"))
    assert truefalse.correct_answer is False
    assert truefalse.general_feedback.startswith("This is, of course")
    assert truefalse.true_feedback == "42 is the Ultimate Answer."
    assert as_parsed(question("2-08 TSL")).correct_answer is True


def test_category_lines_put_questions_in_a_subcategory_of_the_chosen_one():
    run_import(FIXTURES / "moodle_gift_questions_in_category.gift.txt", "Kurs/Blok 1")
    greeting = question("Greeting")
    assert greeting.category.path() == ("Kurs", "Blok 1", "Default for New Features")
    assert [a.fraction for a in as_parsed(greeting).answers] == [0, 1, 0, 0]
    assert Question.objects.count() == 4


def test_moodles_gift_examples_import():
    result = read_file((FIXTURES / "moodle_gift_examples.txt").read_bytes(), "gift")
    run_import(FIXTURES / "moodle_gift_examples.txt")
    assert Question.objects.count() == len(result.questions)


def test_moodle_xml_category_with_description_imports_its_true_false_question():
    run_import(FIXTURES / "moodle_xml_category_with_description.xml")
    (only,) = Question.objects.all()
    assert only.kind == Kind.TRUEFALSE


def test_the_invalid_grades_xml_imports_nothing_and_fails():
    with pytest.raises(CommandError, match="nothing imported"):
        run_import(FIXTURES / "moodle_xml_error_invalid_grades.xml")
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()


def test_a_file_with_one_bad_question_imports_nothing_and_names_the_line(tmp_path, capsys):
    path = write(tmp_path, "bad.gift", PL + "\n::broken:: Zła {=a ~b\n")
    with pytest.raises(CommandError):
        call_command("import_questions", str(path), "--category", "X")
    assert "line 7" in capsys.readouterr().err
    assert not Question.objects.exists()


def test_reimport_updates_questions_by_name_instead_of_duplicating(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    changed = PL.replace("Stolica Polski to", "Stolicą Polski jest")
    output = run_import(write(tmp_path, "pl2.gift", changed))
    assert "1 updated" in output and "2 unchanged" in output
    assert Question.objects.count() == 3
    assert question("capital").text.startswith("Stolicą")


def test_three_aligned_files_make_one_question_with_two_translations_sharing_the_key(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    run_import(write(tmp_path, "en.gift", EN), "Moodle", "--language", "en")
    output = run_import(write(tmp_path, "es.gift", ES), "Moodle", "--language", "es")
    assert "Missing in es: pick" in output
    polish, english, spanish = (
        question("capital"),
        question("capital", "en"),
        question("capital", "es"),
    )
    assert english.translation_key == polish.translation_key == spanish.translation_key
    assert english.category.locale.language_code == "en"
    assert [a.text for a in as_parsed(english).answers] == ["Warsaw", "Cracow"]
    assert answer_key(english) == answer_key(polish) == answer_key(spanish)
    assert Question.objects.filter(translation_key=polish.translation_key).count() == 3


def test_a_translation_whose_key_disagrees_is_reported_and_nothing_of_it_imported(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    wrong = EN.replace("{=Warsaw#Yes. ~Cracow#No.}", "{~Warsaw#Yes. =Cracow#No.}")
    with pytest.raises(CommandError):
        run_import(write(tmp_path, "en.gift", wrong), "Moodle", "--language", "en")
    assert not Question.objects.filter(locale__language_code="en").exists()
    with pytest.raises(ImportRefused) as refused:
        import_questions(parse_gift(wrong), "Moodle", "en")
    assert refused.value.report.disagreeing == ["capital"]


def test_a_translation_cannot_change_the_key(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    run_import(write(tmp_path, "en.gift", EN), "Moodle", "--language", "en")
    english = question("pick", "en")
    english.key = {**english.key, "fractions": ["1", "0", "0"]}
    english.kind = Kind.MULTICHOICE_SINGLE.value
    english.save()
    english.refresh_from_db()
    assert english.key == question("pick").key
    assert english.kind == Kind.MULTICHOICE_MULTI


def test_changing_the_polish_key_updates_every_translation(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    run_import(write(tmp_path, "en.gift", EN), "Moodle", "--language", "en")
    polish = question("capital")
    polish.key = {**polish.key, "fractions": ["0", "1"]}
    polish.save()
    assert question("capital", "en").key["fractions"] == ["0", "1"]


def test_an_unused_question_has_no_version_and_editing_it_makes_none(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    polish = question("capital")
    assert current_version(polish) is None
    polish.text = "Inny tekst"
    polish.save()
    assert not QuestionVersion.objects.exists()


def test_editing_a_used_question_creates_a_new_version_and_keeps_the_old(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    polish = question("capital")
    first = record_use(polish)
    assert first.number == 1 and record_use(polish) == first
    polish.text = "Stolicą Polski jest"
    polish.save()
    second = current_version(polish)
    assert second.number == 2
    assert second.snapshot["text"] == "Stolicą Polski jest"
    first.refresh_from_db()
    assert first.snapshot["text"] == "Stolica Polski to"
    assert record_use(polish) == second


def test_saving_a_used_question_unchanged_makes_no_new_version(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    polish = question("capital")
    record_use(polish)
    polish.save()
    assert polish.versions.count() == 1


ALL_KINDS = """$CATEGORY: $course$/top/Sub

::single:: Jeden {=a#dobrze ~b#źle}

::multi:: Wiele {~%50%a ~%50%b ~%-100%c}

::tf:: Prawda {F#nie#tak####ogólna}

::short:: Krótka {=kot#miau ~%50%Kot* ~%0%*}

::num:: Liczba {#3.5:0.5 =%50%1..10#blisko}

::match:: Dopasuj {=a -> 1 =b -> 2 = -> 3}

::essay:: Esej {}

::desc:: Tylko opis

::missing:: Wiatr to {=odnawialne ~kopalne} źródło.
"""


@pytest.mark.parametrize("file_format", ["gift", "xml"])
def test_export_then_import_gives_the_same_questions_for_every_kind(tmp_path, file_format):
    run_import(write(tmp_path, "all.gift", ALL_KINDS), "Eksport")
    before = {q.name: as_parsed(q) for q in Question.objects.all()}
    assert len(before) == 9
    exported = tmp_path / f"out.{file_format}"
    call_command(
        "export_questions",
        "--category",
        "Eksport",
        "--format",
        file_format,
        "--output",
        str(exported),
    )
    Question.objects.all().delete()
    run_import(exported, "Eksport", "--format", file_format)
    after = {q.name: as_parsed(q) for q in Question.objects.all()}
    assert after == before


def test_export_in_english_writes_the_english_texts_with_the_polish_key(tmp_path):
    run_import(write(tmp_path, "pl.gift", PL))
    run_import(write(tmp_path, "en.gift", EN), "Moodle", "--language", "en")
    exported = export_category("Moodle", "en", "gift").decode()
    assert "Warsaw" in exported and "Warszawa" not in exported
    assert (
        parse_gift(exported).questions[2].answer_key() == as_parsed(question("pick")).answer_key()
    )


def test_usage_counts_quizzes_asking_a_question_or_drawing_from_its_category(home):
    parent = bank_category("Odpady")
    child = bank_category("BDO", parent=parent)
    asked = bank_question(
        single("Kto prowadzi BDO?", [("Marszałek", True), ("Wójt", False)]), child
    )
    drawn = bank_question(true_false("BDO to baza danych.", True), child)
    unused = bank_question(true_false("Inne pytanie.", True))
    course = make_course(home)
    quiz = quiz_of(course)
    quiz.slots = [
        ("question", {"question": asked}),
        ("random", {"category": parent, "count": 1, "include_subcategories": True}),
    ]
    quiz.save_revision().publish()
    translate_course(course, "es")  # the Spanish quiz is the same quiz: counted once

    assert usage_count(asked) == 1
    assert usage_count(drawn) == 1
    assert usage_count(unused) == 0
