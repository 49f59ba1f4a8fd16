"""Reading Moodle's GIFT and Moodle XML files the way Moodle does (questionbank.formats).

The fixtures are Moodle's own files, verbatim, kept as test data with their attribution and
licence (GPL-3.0-or-later) in tests/fixtures/moodle/README.md, never in the project's code.
No database: the library is plain Python.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from questionbank.formats import (
    MAX_FILE_BYTES,
    Kind,
    MatchPair,
    NumericAnswer,
    TextFormat,
    parse_gift,
    parse_moodle_xml,
    read_gift,
)
from tests.moodle_fixtures import moodle_fixture

fixture = moodle_fixture


def by_name(result, name):
    matches = [q for q in result.questions if q.name == name]
    assert len(matches) == 1, [q.name for q in result.questions]
    return matches[0]


@pytest.fixture(scope="module")
def moodle_questions():
    result = read_gift(fixture("moodle_gift_questions.gift.txt"))
    assert result.ok, result.problems
    return result


@pytest.fixture(scope="module")
def in_category():
    result = read_gift(fixture("moodle_gift_questions_in_category.gift.txt"))
    assert result.ok, result.problems
    return result


@pytest.fixture(scope="module")
def examples():
    result = read_gift(fixture("moodle_gift_examples.txt"))
    assert result.ok, result.problems
    return result


# --- Moodle's questions.gift.txt -----------------------------------------------------------


def test_moodle_gift_fixture_imports_nine_questions_as_moodle_counts(moodle_questions):
    # Moodle's behat test expects "Importing 9 questions from file".
    assert [q.kind for q in moodle_questions.questions] == [
        Kind.ESSAY,
        Kind.MATCHING,
        Kind.MULTICHOICE_SINGLE,
        Kind.MULTICHOICE_MULTI,
        Kind.NUMERICAL,
        Kind.SHORTANSWER,
        Kind.TRUEFALSE,
        Kind.TRUEFALSE,
        Kind.TRUEFALSE,
    ]
    assert moodle_questions.categories == ()


def test_essay_is_an_empty_answer_block(moodle_questions):
    essay = by_name(moodle_questions, "Q8")
    assert essay.kind is Kind.ESSAY
    assert essay.text == "How are you?"
    assert essay.line == 2


def test_matching_keeps_per_item_formats_and_the_distractor(moodle_questions):
    match = by_name(moodle_questions, "Moodle activities")
    assert match.text == "Match the <b>activity</b> to the description."
    assert match.text_format is TextFormat.HTML
    assert match.pairs == (
        MatchPair("An activity supporting asynchronous discussions.", "Forum", TextFormat.HTML),
        MatchPair(
            "A teacher asks a question and specifies a choice of multiple responses.",
            "Choice",
            TextFormat.MOODLE,
        ),
        MatchPair(
            "A bank of record entries which participants can add to.", "Database", TextFormat.PLAIN
        ),
        MatchPair(
            "A collection of web pages that anyone can add to or edit.",
            "Wiki",
            TextFormat.MARKDOWN,
        ),
        MatchPair("", "Chat", TextFormat.HTML),
    )
    assert match.pairs[-1].is_distractor


def test_single_choice_has_per_answer_feedback_and_formats(moodle_questions):
    question = by_name(moodle_questions, "Q2")
    assert question.kind is Kind.MULTICHOICE_SINGLE
    assert question.text == "What's between orange and green in the spectrum?"
    assert [(a.text, a.fraction, a.feedback) for a in question.answers] == [
        ("yellow", Decimal(1), "right; good!"),
        ("red", Decimal(0), "wrong, it's yellow"),
        ("blue", Decimal(0), "wrong, it's yellow"),
    ]
    assert question.answers[1].feedback_format is TextFormat.HTML
    assert question.answers[2].format is TextFormat.PLAIN


def test_no_equals_answer_allows_multiple_answers_with_negative_weights(moodle_questions):
    question = by_name(moodle_questions, "colours")
    assert question.kind is Kind.MULTICHOICE_MULTI
    assert [(a.text, a.fraction) for a in question.answers] == [
        ("yellow", Decimal("0.5")),
        ("red", Decimal(-1)),
        ("off-beige", Decimal("0.5")),
        ("blue", Decimal(-1)),
    ]


def test_numerical_tolerance_and_wrong_answer_feedback(moodle_questions):
    question = by_name(moodle_questions, "Q5")
    assert question.numeric_answers == (
        NumericAnswer(Decimal(3), Decimal(2), Decimal(1)),
        NumericAnswer(None, Decimal(0), Decimal(0), "Completely wrong"),
    )
    # Text after the closing brace makes it a missing-word question, as in Moodle.
    assert question.text == 'What is a number from 1 to 5? _____";'
    assert question.missing_word


def test_short_answer_weights_and_wildcard(moodle_questions):
    question = by_name(moodle_questions, "Shortanswer")
    assert question.kind is Kind.SHORTANSWER
    assert not question.case_sensitive
    assert [(a.text, a.fraction, a.feedback) for a in question.answers] == [
        ("Frog", Decimal(1), "Good!"),
        ("Cat", Decimal("0.5"), "What is it with Moodlers and cats?"),
        ("*", Decimal(0), "Completely wrong"),
    ]


def test_true_false_feedback_and_general_feedback(moodle_questions):
    question = by_name(moodle_questions, "Q1")
    assert question.correct_answer is False
    # "#wrong#right": choosing "true" is wrong here.
    assert question.true_feedback == "42 is the Ultimate Answer."
    assert question.false_feedback == "You gave the right answer."
    assert question.general_feedback == (
        "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    )


def test_t_and_true_both_mean_true(moodle_questions):
    tsl = [q for q in moodle_questions.questions if q.name == "2-08 TSL"]
    assert [q.correct_answer for q in tsl] == [True, True]
    assert tsl[0] == tsl[1]


# --- Moodle's questions_in_category.gift.txt ----------------------------------------------


def test_category_file_has_four_questions_in_one_category(in_category):
    assert len(in_category.questions) == 4
    (category,) = in_category.categories
    assert category.path == ("Default for New Features",)
    assert category.context == "course"
    assert category.line == 2
    assert {q.category for q in in_category.questions} == {("Default for New Features",)}


def test_escaped_equals_and_colons_inside_html(in_category):
    question = by_name(in_category, "Greeting")
    assert question.text_format is TextFormat.HTML
    assert question.text.startswith(
        '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a>'
    )
    assert [a.text for a in question.answers if a.fraction == 1] == ["French"]


def test_tab_indented_matching_and_explicit_full_weight(in_category):
    assert len(by_name(in_category, "Moodle activities").pairs) == 5
    user = by_name(in_category, "Moodle user")
    assert [(a.text, a.fraction) for a in user.answers] == [("Moodler", Decimal(1))]
    assert by_name(in_category, "Moodle acronym").correct_answer is True


# --- Moodle's examples.txt ----------------------------------------------------------------


def test_every_example_block_is_a_question(examples):
    assert len(examples.questions) == 43


def test_missing_word_gets_a_blank(examples):
    question = next(q for q in examples.questions if q.name == "Grant's Tomb")
    assert question.text == "Grant is _____ in Grant's tomb."
    assert question.kind is Kind.MULTICHOICE_SINGLE


def test_range_becomes_midpoint_and_half_width(examples):
    ranges = [q for q in examples.questions if q.kind is Kind.NUMERICAL and "pi" in q.text]
    assert {q.numeric_answers for q in ranges} == {
        (NumericAnswer(Decimal("3.1415"), Decimal("0.0005"), Decimal(1)),)
    }


def test_several_numeric_answers_with_partial_credit(examples):
    question = by_name(examples, "Numerical example")
    assert [(a.value, a.tolerance, a.fraction) for a in question.numeric_answers] == [
        (Decimal(1822), Decimal(0), Decimal(1)),
        (Decimal(1822), Decimal(2), Decimal("0.5")),
    ]
    assert question.numeric_answers[1].feedback == (
        "He was born in 1822.\nYou get 50% credit for being close."
    )


def test_weights_25_50_75(examples):
    choice, short = [q for q in examples.questions if q.name == "Jesus' hometown"]
    assert [a.fraction for a in choice.answers] == [
        Decimal(0),
        Decimal("0.25"),
        Decimal("0.5"),
        Decimal(1),
    ]
    assert [a.fraction for a in short.answers] == [Decimal(1), Decimal("0.75"), Decimal("0.25")]


def test_negative_weights_in_multiple_answers(examples):
    questions = [q for q in examples.questions if q.kind is Kind.MULTICHOICE_MULTI]
    assert [[a.fraction for a in q.answers] for q in questions] == [
        [Decimal(0), Decimal("0.5"), Decimal("0.5"), Decimal(0)],
        [Decimal("-0.5"), Decimal("0.5"), Decimal("0.5"), Decimal("-0.5")],
    ]


def test_control_characters_are_escaped(examples):
    question = by_name(examples, "GIFT Control Characters")
    assert [a.text for a in question.answers] == ["~", "=", "#", "{", "}", "\\"]
    assert question.answers[-1].fraction == 1
    equals = by_name(examples, "Which answer equals 5?")
    assert [a.text for a in equals.answers] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]


def test_markdown_format(examples):
    question = next(q for q in examples.questions if q.text_format is TextFormat.MARKDOWN)
    assert question.text == "Who's buried in **Grant's tomb**?"
    assert question.answers[0].feedback_format is TextFormat.MARKDOWN


def test_unnamed_questions_are_named_from_their_text(examples):
    question = examples.questions[0]
    assert question.name == "Who's buried in Grant's tomb?"
    assert question.name_generated


# --- Moodle XML ---------------------------------------------------------------------------


def test_xml_category_with_description_and_idnumber():
    result = parse_moodle_xml(fixture("moodle_xml_category_with_description.xml"))
    assert result.ok, result.problems
    (category,) = result.categories
    assert category.path == ("Alpha",)
    assert category.info == "This is Alpha category for test"
    assert category.info_format is TextFormat.MOODLE
    assert category.id_number == "alpha-idnumber"
    (question,) = result.questions
    assert question.name == "Alpha Question"
    assert question.kind is Kind.TRUEFALSE
    assert question.text == "<p>Testing Alpha Question</p>"
    assert question.text_format is TextFormat.HTML
    assert question.correct_answer is True
    assert question.category == ("Alpha",)


def test_xml_invalid_grade_is_reported_with_name_and_fraction_and_nothing_imported():
    result = parse_moodle_xml(fixture("moodle_xml_error_invalid_grades.xml"))
    assert not result.ok
    assert result.questions == ()
    (problem,) = result.problems
    # Moodle: "The grades (0.33) do not match grade options - question '...' skipped."
    assert problem.question == "Question with invalid grades : x > 1 & x < 2"
    assert "33%" in problem.reason
    assert problem.line == 4


def test_xml_keeps_combined_feedback_and_multiple_answers():
    data = fixture("moodle_xml_error_invalid_grades.xml").replace(
        b'fraction="33"', b'fraction="33.33333"'
    )
    result = parse_moodle_xml(data)
    assert result.ok, result.problems
    (question,) = result.questions
    assert question.kind is Kind.MULTICHOICE_MULTI
    assert [a.fraction for a in question.answers] == [
        Decimal("-0.5"),
        Decimal("0.3333333"),
        Decimal("0.3333333"),
        Decimal("-0.5"),
        Decimal("0.3333333"),
    ]
    assert question.combined_feedback.correct == "Your answer is correct."
    assert question.combined_feedback.show_num_correct


XML_TYPES = b"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="shortanswer">
    <name><text>capital</text></name>
    <questiontext format="plain_text"><text>Capital of Poland?</text></questiontext>
    <usecase>1</usecase>
    <answer fraction="100"><text>Warszawa</text><feedback><text>Yes</text></feedback></answer>
    <answer fraction="50"><text>Warsaw</text></answer>
  </question>
  <question type="numerical">
    <name><text>pi</text></name>
    <questiontext format="html"><text>Pi?</text></questiontext>
    <answer fraction="100"><text>3.14</text><tolerance>0.01</tolerance></answer>
    <answer fraction="0"><text>*</text><feedback><text>No</text></feedback></answer>
  </question>
  <question type="matching">
    <name><text>pairs</text></name>
    <questiontext format="html"><text>Match</text></questiontext>
    <subquestion format="html"><text>a</text><answer><text>1</text></answer></subquestion>
    <subquestion format="html"><text>b</text><answer><text>2</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>3</text></answer></subquestion>
  </question>
  <question type="essay">
    <name><text>essay</text></name>
    <questiontext format="markdown"><text>Write</text></questiontext>
    <generalfeedback format="html"><text>Think</text></generalfeedback>
  </question>
  <question type="description">
    <name><text>intro</text></name>
    <questiontext format="html"><text>Read this</text></questiontext>
  </question>
</quiz>
"""


def test_xml_reads_every_supported_type():
    result = parse_moodle_xml(XML_TYPES)
    assert result.ok, result.problems
    short, numerical, matching, essay, description = result.questions
    assert short.case_sensitive
    assert short.text_format is TextFormat.PLAIN
    assert [(a.text, a.fraction, a.feedback) for a in short.answers] == [
        ("Warszawa", Decimal(1), "Yes"),
        ("Warsaw", Decimal("0.5"), ""),
    ]
    assert numerical.numeric_answers == (
        NumericAnswer(Decimal("3.14"), Decimal("0.01"), Decimal(1), "", TextFormat.HTML),
        NumericAnswer(None, Decimal(0), Decimal(0), "No", TextFormat.HTML),
    )
    assert [p.is_distractor for p in matching.pairs] == [False, False, True]
    assert essay.general_feedback == "Think"
    assert essay.general_feedback_format is TextFormat.HTML
    assert description.kind is Kind.DESCRIPTION
    assert short.line == 3


# --- bad files ----------------------------------------------------------------------------


GOOD = "::ok:: Fine? {T}\n\n"


def single_problem(result):
    assert not result.ok
    assert len(result.problems) == 1, result.problems
    return result.problems[0]


def test_unbalanced_braces_are_reported_with_their_line():
    result = parse_gift(GOOD + "// a comment\n::broken:: Pick {=a ~b\n")
    problem = single_problem(result)
    assert problem.line == 4
    assert problem.question == "broken"
    assert "could not find {...}" in problem.reason


def test_a_second_answer_block_is_reported():
    problem = single_problem(parse_gift("::two:: a {=x ~y} b {=z ~w}\n"))
    assert problem.line == 1
    assert "second answer block" in problem.reason


def test_cloze_in_gift_is_unsupported():
    problem = single_problem(parse_gift(GOOD + "::cloze:: Capital: {1:MULTICHOICE:=Paris~Rome}\n"))
    assert problem.line == 3
    assert "Cloze" in problem.reason


def test_cloze_and_calculated_in_xml_are_unsupported():
    data = b"""<quiz>
<question type="cloze"><name><text>c</text></name></question>
<question type="calculated"><name><text>k</text></name></question>
</quiz>"""
    result = parse_moodle_xml(data)
    assert [(p.line, p.question) for p in result.problems] == [(2, "c"), (3, "k")]
    assert "Cloze" in result.problems[0].reason
    assert "'calculated' is not supported" in result.problems[1].reason


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        ("{TRU}", "'TRU' is not a valid short-answer answer"),
        ("{yes ~no =maybe}", "'yes' is not a valid multiple-choice answer"),
        ("{~%33%a ~%67%b}", "grade 33% is not one of the grades Moodle allows"),
        ("{~%150%a ~b}", "grade 150% is not one of the grades"),
        ("{~%50%a ~%25%b ~c}", "add up to 75%"),
        ("{=%50%a ~b}", "'=' already means 100%"),
        ("{~%abc%a =b}", "has no valid weight"),
        ("{#twelve}", "'twelve' is not a number"),
        ("{=a -> b}", "matching needs at least 2 pairs"),
        ("{=%50%half}", "the best answer here is worth 50%"),
    ],
)
def test_unknown_or_invalid_answer_syntax_is_a_problem(answers, reason):
    problem = single_problem(parse_gift(GOOD + f"::q:: Question {answers}\n"))
    assert problem.line == 3
    assert reason in problem.reason


@pytest.mark.parametrize("text", ["", "\n\n", "// only a comment\n"])
def test_an_empty_file_is_a_problem(text):
    problem = single_problem(parse_gift(text))
    assert problem.line == 1
    assert "no questions" in problem.reason


def test_a_binary_file_is_a_problem():
    problem = single_problem(read_gift(b"::a:: x {T}\n\n\x89PNG\x00\x01\xff\xfe"))
    assert problem.line == 3
    assert "binary" in problem.reason
    problem = single_problem(read_gift(b"abc\n\x00\x01"))
    assert problem.line == 2
    problem = single_problem(parse_moodle_xml(b"\x89PNG\r\n\x1a\n\x00\x00"))
    assert problem.line == 1
    assert "not well-formed XML" in problem.reason


def test_an_oversized_file_is_refused_whole():
    data = (GOOD * (MAX_FILE_BYTES // len(GOOD) + 1)).encode()
    problem = single_problem(read_gift(data))
    assert "more than the 2097152 bytes" in problem.reason
    assert problem.line > 1
    assert read_gift(data).questions == ()
    xml = b"<quiz>" + b" " * MAX_FILE_BYTES + b"</quiz>"
    assert "more than the" in single_problem(parse_moodle_xml(xml)).reason


def test_a_truncated_xml_file_is_reported_with_its_line():
    data = fixture("moodle_xml_category_with_description.xml")
    truncated = data[: data.index(b'<answer fraction="0"')]
    problem = single_problem(parse_moodle_xml(truncated))
    assert "truncated" in problem.reason
    assert problem.line == truncated.count(b"\n") + 1


def test_xml_entities_and_dtds_are_refused():
    laughs = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
<quiz><question type="essay"><name><text>&lol2;</text></name></question></quiz>"""
    assert "DTD" in single_problem(parse_moodle_xml(laughs)).reason
    xxe = b"""<!DOCTYPE quiz [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz>&x;</quiz>"""
    assert single_problem(parse_moodle_xml(xxe)).line == 1


def test_a_file_that_is_not_moodle_xml_is_refused():
    problem = single_problem(parse_moodle_xml(b"<html><body/></html>"))
    assert "not <quiz>" in problem.reason


def test_a_category_line_must_stand_alone():
    problem = single_problem(parse_gift("$CATEGORY: a/b\n::q:: x {T}\n"))
    assert "blank line" in problem.reason


def test_good_questions_are_still_listed_when_another_fails():
    result = parse_gift(GOOD + "::bad:: x {TRU}\n")
    assert not result.ok
    assert [q.name for q in result.questions] == ["ok"]


# --- details ------------------------------------------------------------------------------


def test_escaped_newline_and_backslash():
    result = parse_gift(r"::a\:b:: Line one\nline two \\ and \{braces\} {=yes ~no}")
    (question,) = result.questions
    assert question.name == "a:b"
    assert question.text == "Line one\nline two \\ and {braces}"


def test_old_mac_line_ends():
    result = parse_gift("::a:: x {T}\r\r::b:: y {F}\r")
    assert [q.name for q in result.questions] == ["a", "b"]


def test_translations_share_an_answer_key():
    english = parse_gift("::q:: Capital of Poland? {=Warsaw ~Cracow ~%-50%Berlin}").questions[0]
    polish = parse_gift("::q:: Stolica Polski? {=Warszawa ~Kraków ~%-50%Berlin}").questions[0]
    assert english.answer_key() == polish.answer_key()
    changed = parse_gift("::q:: Stolica Polski? {~Warszawa =Kraków ~%-50%Berlin}").questions[0]
    assert english.answer_key() != changed.answer_key()


def test_xml_empty_answer_is_a_problem():
    data = b"""<quiz><question type="multichoice"><name><text>e</text></name>
<questiontext><text>Q</text></questiontext>
<answer fraction="100"><text>a</text></answer><answer fraction="0"><text></text></answer>
</question></quiz>"""
    problem = single_problem(parse_moodle_xml(data))
    assert (problem.line, problem.question, problem.reason) == (1, "e", "an answer is empty")
