"""Export then import gives the same questions, for every kind, in GIFT and in Moodle XML.

Pure Python, no database. Moodle's own files (tests/fixtures/moodle) are round-tripped too.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from questionbank.formats import (
    Answer,
    Category,
    ExportError,
    Kind,
    MatchPair,
    NumericAnswer,
    ParsedQuestion,
    TextFormat,
    export_gift,
    export_moodle_xml,
    parse_gift,
    parse_moodle_xml,
    read_gift,
)
from questionbank.formats.model import PHP_TRIM_CHARS
from tests.moodle_fixtures import MOODLE_FIXTURES

FIXTURES = MOODLE_FIXTURES

ONE_OF_EACH_KIND = """\
$CATEGORY: $course$/top/Energy/Heat pumps

::single:: [html]<p>Which is <b>renewable</b>?</p> {
    =Solar # yes
    ~%-50%Coal # [plain]no
    ~Gas
    #### [markdown]Sun **and** wind.
}

::multi:: Pick the two right ones {~%50%a ~%50%b ~%-100%c}

::truefalse:: Heat pumps move heat.{T#Wrong.#Right.####General.}

::short:: Unit of power? {=watt#Yes =%50%W =%0%*#No}

::numeric:: COP of a good heat pump? {#
    =%100%4:0.5#Good
    =%50%3..5
    ~#Too far off
}

::matching:: Match {
    =PV -> electricity
    =Collector -> hot water
    = -> biogas
}

::essay:: Explain insulation in a few sentences. {####A model answer.}

::missing:: A heat pump needs {=electricity ~petrol} to run.

::description:: Read the section on heat pumps first.
"""


def gift_source() -> tuple[ParsedQuestion, ...]:
    result = parse_gift(ONE_OF_EACH_KIND)
    assert result.ok, result.problems
    return result.questions


def test_the_source_has_one_question_of_every_kind():
    kinds = [q.kind for q in gift_source()]
    assert set(kinds) == set(Kind)
    assert all(q.category == ("Energy", "Heat pumps") for q in gift_source())


@pytest.mark.parametrize("question", gift_source(), ids=lambda q: q.name)
def test_gift_round_trip_for_every_kind(question):
    again = parse_gift(export_gift([question]))
    assert again.ok, again.problems
    assert again.questions == (question,)


@pytest.mark.parametrize("question", gift_source(), ids=lambda q: q.name)
def test_xml_round_trip_for_every_kind(question):
    again = parse_moodle_xml(export_moodle_xml([question]))
    assert again.ok, again.problems
    assert again.questions == (question,)


@pytest.mark.parametrize("question", gift_source(), ids=lambda q: q.name)
def test_gift_to_xml_to_gift_for_every_kind(question):
    via_xml = parse_moodle_xml(export_moodle_xml([question])).questions
    again = parse_gift(export_gift(via_xml))
    assert again.questions == (question,)


def test_missing_word_stays_in_place():
    missing = next(q for q in gift_source() if q.name == "missing")
    assert missing.text == "A heat pump needs _____ to run."
    assert "needs {\n" in export_gift([missing])


def test_xml_only_fields_survive_an_xml_round_trip():
    question = ParsedQuestion(
        name="case",
        kind=Kind.SHORTANSWER,
        text="<p>Symbol for watt?</p>",
        text_format=TextFormat.HTML,
        general_feedback="W, capital.",
        general_feedback_format=TextFormat.HTML,
        answers=(Answer("W", Decimal(1), "Yes", TextFormat.PLAIN, TextFormat.HTML),),
        case_sensitive=True,
        id_number="sa-1",
        category=("Units",),
    )
    category = Category(
        path=("Units",), info="SI units", info_format=TextFormat.HTML, context="course"
    )
    again = parse_moodle_xml(export_moodle_xml([question], [category]))
    assert again.questions == (question,)
    assert again.categories == (category,)


def test_gift_refuses_what_it_cannot_express():
    question = ParsedQuestion(
        name="case",
        kind=Kind.SHORTANSWER,
        text="Symbol for watt?",
        answers=(Answer("W", Decimal(1), format=TextFormat.PLAIN),),
        case_sensitive=True,
    )
    with pytest.raises(ExportError, match="case sensitive"):
        export_gift([question])


@pytest.mark.parametrize(
    "name",
    [
        "moodle_gift_questions.gift.txt",
        "moodle_gift_questions_in_category.gift.txt",
        "moodle_gift_examples.txt",
    ],
)
def test_moodle_gift_fixtures_round_trip(name):
    path = FIXTURES / name
    original = read_gift(path.read_bytes())
    assert original.ok, original.problems
    assert parse_gift(export_gift(original.questions)).questions == original.questions
    via_xml = parse_moodle_xml(export_moodle_xml(original.questions, original.categories))
    assert via_xml.questions == original.questions
    assert parse_gift(export_gift(via_xml.questions)).questions == original.questions


def test_moodle_xml_fixture_round_trips():
    path = FIXTURES / "moodle_xml_category_with_description.xml"
    original = parse_moodle_xml(path.read_bytes())
    again = parse_moodle_xml(export_moodle_xml(original.questions, original.categories))
    assert again.questions == original.questions
    assert again.categories == original.categories


# --- any text survives --------------------------------------------------------------------

# Moodle trims every text (PHP trim), so only texts without those ends can come back unchanged;
# NUL marks a binary file and U+FDD0..U+FDEF are reserved by the reader.
_CHARACTERS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="\x00" + "".join(chr(c) for c in range(0xFDD0, 0xFDF0)),
)
texts = st.text(_CHARACTERS, min_size=1, max_size=40).filter(lambda t: t.strip(PHP_TRIM_CHARS) == t)
escapes = st.text(st.sampled_from("~=#{}:\\n[]%_-> \t\r\n/$"), min_size=1, max_size=12).filter(
    lambda t: t.strip(PHP_TRIM_CHARS) == t
)
any_text = st.one_of(texts, escapes)


def _choice_question(text, answers, feedback, general) -> ParsedQuestion:
    fractions = [Decimal(1)] + [Decimal(0)] * (len(answers) - 1)
    return ParsedQuestion(
        name="hypothesis",
        kind=Kind.MULTICHOICE_SINGLE,
        text=text,
        general_feedback=general,
        answers=tuple(Answer(a, f, feedback) for a, f in zip(answers, fractions, strict=True)),
    )


@settings(max_examples=200, deadline=None)
@given(
    text=any_text,
    answers=st.lists(any_text, min_size=2, max_size=4),
    feedback=st.one_of(st.just(""), any_text),
    general=st.one_of(st.just(""), any_text),
)
def test_any_text_with_control_characters_survives_gift(text, answers, feedback, general):
    question = _choice_question(text, answers, feedback, general)
    again = parse_gift(export_gift([question]))
    assert again.problems == ()
    assert again.questions == (question,)


_XML_CHARACTERS = st.characters(
    blacklist_categories=("Cs",),
    blacklist_characters="".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r")
    + "\ufffe\uffff",
)
xml_texts = st.text(_XML_CHARACTERS, min_size=1, max_size=40).filter(
    lambda t: t.strip(PHP_TRIM_CHARS) == t
)


@settings(max_examples=200, deadline=None)
@given(
    text=xml_texts,
    answers=st.lists(xml_texts, min_size=2, max_size=4),
    feedback=st.one_of(st.just(""), xml_texts),
)
def test_any_text_xml_can_hold_survives_moodle_xml(text, answers, feedback):
    question = _choice_question(text, answers, feedback, "")
    again = parse_moodle_xml(export_moodle_xml([question]))
    assert again.problems == ()
    assert again.questions == (question,)


def test_xml_export_refuses_characters_xml_cannot_hold():
    question = _choice_question("bell \x07", ["a", "b"], "", "")
    with pytest.raises(ExportError, match="control character"):
        export_moodle_xml([question])


@settings(max_examples=100, deadline=None)
@given(
    value=st.decimals(min_value=-(10**6), max_value=10**6, places=3),
    tolerance=st.decimals(min_value=0, max_value=1000, places=3),
)
def test_numbers_survive_both_formats(value, tolerance):
    question = ParsedQuestion(
        name="n",
        kind=Kind.NUMERICAL,
        text="How much?",
        numeric_answers=(NumericAnswer(value, tolerance, Decimal(1)),),
    )
    assert parse_gift(export_gift([question])).questions == (question,)
    assert parse_moodle_xml(export_moodle_xml([question])).questions == (question,)


def test_matching_round_trips_with_distractors():
    question = ParsedQuestion(
        name="m",
        kind=Kind.MATCHING,
        text="Match",
        pairs=(
            MatchPair("a", "1"),
            MatchPair("[html]b", "x -> y", TextFormat.HTML),
            MatchPair("", "3"),
        ),
    )
    assert parse_gift(export_gift([question])).questions == (question,)
    assert parse_moodle_xml(export_moodle_xml([question])).questions == (question,)


no_arrow = any_text.filter(lambda t: "->" not in t)
names = any_text.filter(lambda t: "<" not in t)


@settings(max_examples=150, deadline=None)
@given(name=names, stem=no_arrow, answer=any_text, feedback=st.one_of(st.just(""), no_arrow))
def test_any_text_survives_gift_in_every_kind(name, stem, answer, feedback):
    # "->" in a short answer or a matching stem would make Moodle read another kind;
    # export_gift refuses those (see test_gift_refuses_what_it_cannot_express).
    questions = [
        ParsedQuestion(
            name=name,
            kind=Kind.TRUEFALSE,
            text=stem,
            correct_answer=False,
            true_feedback=feedback,
            false_feedback=answer,
        ),
        ParsedQuestion(
            name=name,
            kind=Kind.SHORTANSWER,
            text=stem,
            answers=(Answer(stem, Decimal(1), feedback, TextFormat.PLAIN),),
        ),
        ParsedQuestion(
            name=name,
            kind=Kind.MATCHING,
            text=answer,
            pairs=(MatchPair(stem, answer), MatchPair("x", feedback or "y")),
        ),
        ParsedQuestion(name=name, kind=Kind.ESSAY, text=stem, general_feedback=feedback),
        ParsedQuestion(name=name, kind=Kind.DESCRIPTION, text=answer),
    ]
    again = parse_gift(export_gift(questions))
    assert again.problems == ()
    assert again.questions == tuple(questions)


def test_single_choice_with_two_full_marks_answers_stays_multiple_choice():
    question = parse_gift("::two:: Either {=yes =also yes ~no}").questions[0]
    assert [a.fraction for a in question.answers] == [Decimal(1), Decimal(1), Decimal(0)]
    only_full = ParsedQuestion(
        name="full",
        kind=Kind.MULTICHOICE_SINGLE,
        text="Both right",
        answers=(Answer("a", Decimal(1)), Answer("b", Decimal(1))),
    )
    # Written as "=a ~%100%b": without a "~" Moodle would read a short-answer question.
    assert parse_gift(export_gift([only_full])).questions == (only_full,)
