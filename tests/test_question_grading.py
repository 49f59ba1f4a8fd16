"""Grading of bank questions the way Moodle grades them, refusal of malformed responses, and
rendering of question texts as safe HTML."""

from decimal import Decimal

import pytest
from django.utils import translation

from questionbank.formats import (
    Answer,
    Kind,
    MatchPair,
    NumericAnswer,
    ParsedQuestion,
    TextFormat,
)
from questionbank.grading import (
    ResponseError,
    clean_response,
    grade,
    matching_answer,
    matching_options,
)
from questionbank.rendering import as_html, as_text


def question(kind: Kind, **fields) -> ParsedQuestion:
    return ParsedQuestion(name="Q", kind=kind, text="?", **fields)


def choices(*fractions: str) -> tuple[Answer, ...]:
    return tuple(Answer(text=f"A{i}", fraction=Decimal(f)) for i, f in enumerate(fractions))


def short(*answers: tuple[str, str], case_sensitive: bool = False) -> ParsedQuestion:
    return question(
        Kind.SHORTANSWER,
        answers=tuple(Answer(text=t, fraction=Decimal(f)) for t, f in answers),
        case_sensitive=case_sensitive,
    )


def numerical(*answers: tuple[str | None, str, str]) -> ParsedQuestion:
    return question(
        Kind.NUMERICAL,
        numeric_answers=tuple(
            NumericAnswer(
                value=None if v is None else Decimal(v), tolerance=Decimal(t), fraction=Decimal(f)
            )
            for v, t, f in answers
        ),
    )


def matching(*pairs: tuple[str, str]) -> ParsedQuestion:
    return question(Kind.MATCHING, pairs=tuple(MatchPair(q, a) for q, a in pairs))


def refusal(q: ParsedQuestion, values: tuple[str, ...], *, complete: bool = True) -> str:
    with translation.override("en"), pytest.raises(ResponseError) as raised:
        clean_response(q, values, complete=complete)
    return str(raised.value)


SINGLE = question(Kind.MULTICHOICE_SINGLE, answers=choices("0", "1", "0.5", "-0.5"))
MULTI = question(Kind.MULTICHOICE_MULTI, answers=choices("0.5", "0.5", "-1", "-0.5"))
TRUE = question(Kind.TRUEFALSE, correct_answer=True)
CAPITALS = matching(("Polska", "Warszawa"), ("Hiszpania", "Madryt"), ("", "Lizbona"))


# Multiple choice


def test_single_choice_earns_the_chosen_answers_fraction() -> None:
    assert grade(SINGLE, ("1",)) == 1
    assert grade(SINGLE, ("2",)) == Decimal("0.5")
    assert grade(SINGLE, ("0",)) == 0


def test_single_choice_with_a_negative_answer_earns_zero_not_less() -> None:
    assert grade(SINGLE, ("3",)) == 0


def test_multiple_choice_adds_up_the_chosen_answers() -> None:
    assert grade(MULTI, ("0",)) == Decimal("0.5")
    assert grade(MULTI, ("0", "1")) == 1


def test_multiple_choice_wrong_answers_take_marks_away() -> None:
    assert grade(MULTI, ("0", "1", "3")) == Decimal("0.5")


def test_multiple_choice_never_goes_below_zero() -> None:
    assert grade(MULTI, ("0", "2", "3")) == 0
    assert grade(MULTI, ("0", "1", "2", "3")) == 0


def test_multiple_choice_never_goes_above_one() -> None:
    generous = question(Kind.MULTICHOICE_MULTI, answers=choices("1", "0.5"))
    assert grade(generous, ("0", "1")) == 1


def test_nothing_chosen_earns_zero() -> None:
    assert grade(SINGLE, ()) == 0
    assert grade(MULTI, ()) == 0
    assert grade(TRUE, ()) == 0


def test_single_choice_response_names_the_chosen_answer_for_its_feedback() -> None:
    assert matching_answer(SINGLE, ("2",)) == SINGLE.answers[2]
    assert matching_answer(SINGLE, ()) is None
    assert matching_answer(MULTI, ("0",)) is None


# True/false


def test_true_false_earns_one_only_for_the_right_answer() -> None:
    false = question(Kind.TRUEFALSE, correct_answer=False)
    assert grade(TRUE, ("true",)) == 1
    assert grade(TRUE, ("false",)) == 0
    assert grade(false, ("false",)) == 1
    assert grade(false, ("true",)) == 0


def test_true_false_refuses_anything_but_true_or_false() -> None:
    assert refusal(TRUE, ("yes",)) == "Choose one of the answers shown."
    assert refusal(TRUE, ("true", "false")) == "Choose only one answer."


# Short answer


def test_short_answer_ignores_case_by_default_with_polish_letters() -> None:
    city = short(("Łódź", "1"))
    assert grade(city, ("łódź",)) == 1
    assert grade(city, ("ŁÓDŹ",)) == 1
    assert grade(city, ("Lodz",)) == 0


def test_short_answer_case_sensitive_tells_capitals_apart() -> None:
    city = short(("Łódź", "1"), case_sensitive=True)
    assert grade(city, ("Łódź",)) == 1
    assert grade(city, ("łódź",)) == 0


def test_short_answer_ignores_case_of_spanish_letters() -> None:
    assert grade(short(("Ñandú", "1")), ("ñANDÚ",)) == 1


def test_short_answer_ignores_surrounding_space_and_repeated_inner_space() -> None:
    assert grade(short(("Morskie Oko", "1")), ("  morskie \t  oko ",)) == 1


def test_short_answer_asterisk_matches_any_run_of_characters_anywhere() -> None:
    q = short(("*ward*", "1"))
    assert grade(q, ("Warszawa",)) == 0
    assert grade(q, ("Edward",)) == 1
    assert grade(q, ("towards",)) == 1
    assert grade(short(("kot*", "1")), ("kot",)) == 1
    assert grade(short(("k*t", "1")), ("kompot",)) == 1
    assert grade(short(("k*t", "1")), ("kompoty",)) == 0


def test_short_answer_wildcard_parts_may_not_overlap() -> None:
    assert grade(short(("ab*ba", "1")), ("aba",)) == 0
    assert grade(short(("ab*ba", "1")), ("abba",)) == 1
    assert grade(short(("*a*a*", "1")), ("banan",)) == 1
    assert grade(short(("*a*a*a*", "1")), ("banan",)) == 0


def test_short_answer_many_wildcards_against_a_long_response_earns_zero() -> None:
    assert grade(short(("*a*b*c*d*e*f*g*z", "1")), ("abcdefg" * 5000,)) == 0


def test_short_answer_regex_characters_are_literal() -> None:
    assert grade(short(("C++", "1")), ("C++",)) == 1
    assert grade(short(("C++", "1")), ("CC",)) == 0
    assert grade(short(("a.b", "1")), ("a.b",)) == 1
    assert grade(short(("a.b", "1")), ("axb",)) == 0
    assert grade(short(("(x)?", "1")), ("(x)?",)) == 1


def test_short_answer_escaped_asterisk_is_literal() -> None:
    assert grade(short((r"2\*3", "1")), ("2*3",)) == 1
    assert grade(short((r"2\*3", "1")), ("2x3",)) == 0


def test_short_answer_takes_the_first_matching_answer_in_stored_order() -> None:
    q = short(("Kraków", "1"), ("*ów", "0.5"), ("*", "0.1"))
    assert grade(q, ("kraków",)) == 1
    assert grade(q, ("Tarnów",)) == Decimal("0.5")
    assert grade(q, ("Gdańsk",)) == Decimal("0.1")
    assert matching_answer(q, ("Tarnów",)) == q.answers[1]


def test_short_answer_without_a_match_earns_zero() -> None:
    q = short(("Wisła", "1"))
    assert grade(q, ("Odra",)) == 0
    assert matching_answer(q, ("Odra",)) is None


# Numerical


def test_numerical_exact_value_earns_full_marks() -> None:
    assert grade(numerical(("42", "0", "1")), ("42",)) == 1
    assert grade(numerical(("42", "0", "1")), ("42.0001",)) == 0


def test_numerical_tolerance_edges_count_as_right() -> None:
    q = numerical(("3.14", "0.01", "1"))
    assert grade(q, ("3.13",)) == 1
    assert grade(q, ("3.15",)) == 1
    assert grade(q, ("3.1500001",)) == 0
    assert grade(q, ("3.1299999",)) == 0


def test_numerical_range_is_value_plus_or_minus_tolerance() -> None:
    # GIFT's {#1..5} is stored as 3 +- 2.
    q = numerical(("3", "2", "1"))
    assert [grade(q, (x,)) for x in ("0.9", "1", "4,5", "5", "5.1")] == [0, 1, 1, 1, 0]


def test_numerical_several_accepted_values_give_partial_credit() -> None:
    q = numerical(("2", "0", "1"), ("2", "0.5", "0.5"), ("-2", "0", "0.25"))
    assert grade(q, ("2",)) == 1
    assert grade(q, ("2,3",)) == Decimal("0.5")
    assert grade(q, ("-2",)) == Decimal("0.25")
    assert grade(q, ("7",)) == 0


def test_numerical_asterisk_accepts_any_number() -> None:
    q = numerical(("10", "0", "1"), (None, "0", "0.1"))
    assert grade(q, ("10",)) == 1
    assert grade(q, ("-123456",)) == Decimal("0.1")
    assert matching_answer(q, ("5",)) == q.numeric_answers[1]


def test_numerical_accepts_polish_decimal_comma_and_signs() -> None:
    q = numerical(("-3.5", "0", "1"))
    assert grade(q, ("-3,5",)) == 1
    assert grade(q, (" -3.5 ",)) == 1
    assert grade(numerical(("3.5", "0", "1")), ("+3,5",)) == 1


def test_numerical_accepts_spaces_between_thousands() -> None:
    q = numerical(("1000000.5", "0", "1"))
    assert grade(q, ("1 000 000,5",)) == 1
    assert grade(q, ("1\u2009000\u2009000.5",)) == 1
    assert grade(q, ("1\u00a0000\u00a0000,5",)) == 1


def test_numerical_refuses_what_is_not_a_number() -> None:
    q = numerical(("12", "0", "1"))
    for typed in ("12abc", "12,5,0", "1.000,5", "1 00", "- 12", "twelve", "1e3", "12%"):
        assert refusal(q, (typed,)) == "Enter a number, for example 12.5.", typed


def test_numerical_keeps_the_number_as_typed_but_stripped() -> None:
    q = numerical(("12", "0", "1"))
    assert clean_response(q, ("  1 000,5 ",), complete=True) == ("1 000,5",)


def test_numerical_refusal_reads_well_in_polish() -> None:
    with translation.override("pl"), pytest.raises(ResponseError) as raised:
        clean_response(numerical(("1", "0", "1")), ("12abc",), complete=True)
    assert str(raised.value) == "Wpisz liczbę, na przykład 12,5."


# Matching


def test_matching_options_merge_equal_answer_texts_in_first_seen_order() -> None:
    q = matching(("Kot", "ssak"), ("Wróbel", "ptak"), ("Pies", "ssak"), ("", "ryba"))
    assert matching_options(q) == ("ssak", "ptak", "ryba")


def test_matching_earns_the_share_of_stems_matched_right() -> None:
    assert grade(CAPITALS, ("0", "1")) == 1
    assert grade(CAPITALS, ("0", "0")) == Decimal("0.5")
    assert grade(CAPITALS, ("1", "0")) == 0


def test_matching_the_distractor_earns_nothing() -> None:
    assert grade(CAPITALS, ("2", "1")) == Decimal("0.5")
    assert grade(CAPITALS, ("2", "2")) == 0


def test_matching_duplicate_answer_texts_count_for_every_stem_that_has_them() -> None:
    q = matching(("Kot", "ssak"), ("Wróbel", "ptak"), ("Pies", "ssak"))
    assert grade(q, ("0", "1", "0")) == 1
    assert grade(q, ("0", "0", "0")) == Decimal(2) / Decimal(3)


def test_matching_unchosen_stems_earn_nothing() -> None:
    assert grade(CAPITALS, ("0", "")) == Decimal("0.5")
    assert grade(CAPITALS, ("", "")) == 0


# Essay and description


def test_essay_and_description_are_not_graded_here() -> None:
    assert grade(question(Kind.ESSAY), ("Długi tekst",)) is None
    assert grade(question(Kind.DESCRIPTION), ()) is None


def test_essay_text_is_kept_stripped() -> None:
    assert clean_response(question(Kind.ESSAY), ("  Tekst\n",), complete=True) == ("Tekst",)


# Refusals and complete / partial answers


def test_an_index_out_of_range_is_refused() -> None:
    assert refusal(SINGLE, ("4",)) == "Choose one of the answers shown."
    assert refusal(MULTI, ("-1",)) == "Choose one of the answers shown."
    assert refusal(SINGLE, ("01",)) == "Choose one of the answers shown."
    assert refusal(CAPITALS, ("3", "0")) == "Choose one of the answers shown."


def test_the_same_answer_chosen_twice_is_refused() -> None:
    assert refusal(MULTI, ("1", "1")) == "Each answer can be chosen only once."


def test_two_answers_to_a_single_choice_question_are_refused() -> None:
    assert refusal(SINGLE, ("0", "1")) == "Choose only one answer."


def test_a_matching_response_with_the_wrong_number_of_fields_is_refused() -> None:
    expected = "This answer could not be read. Reload the page and try again."
    assert refusal(CAPITALS, ("0",), complete=False) == expected
    assert refusal(CAPITALS, ("0", "1", "2"), complete=False) == expected


def test_grading_a_malformed_response_is_refused_too() -> None:
    with pytest.raises(ResponseError):
        grade(SINGLE, ("9",))


def test_an_empty_answer_cannot_be_submitted() -> None:
    for q, empty in (
        (SINGLE, ()),
        (MULTI, ()),
        (TRUE, ()),
        (short(("x", "1")), ("  ",)),
        (numerical(("1", "0", "1")), ("",)),
        (question(Kind.ESSAY), ("",)),
        (CAPITALS, ("", "")),
    ):
        assert refusal(q, empty) == "Please answer this question.", q.kind


def test_a_matching_answer_with_an_item_left_out_cannot_be_submitted() -> None:
    assert refusal(CAPITALS, ("0", "")) == "Choose an answer for every item."


def test_empty_and_partial_answers_can_be_saved_for_later() -> None:
    assert clean_response(SINGLE, (), complete=False) == ()
    assert clean_response(MULTI, (), complete=False) == ()
    assert clean_response(short(("x", "1")), (" ",), complete=False) == ("",)
    assert clean_response(CAPITALS, ("0", ""), complete=False) == ("0", "")


def test_a_complete_answer_comes_back_normalised() -> None:
    assert clean_response(MULTI, ("3", "0"), complete=True) == ("0", "3")
    assert clean_response(short(("x", "1")), ("  Łódź ",), complete=True) == ("Łódź",)
    assert clean_response(TRUE, ("false",), complete=True) == ("false",)


# Rendering


def test_html_loses_scripts_and_event_handlers() -> None:
    html = as_html(
        '<p onclick="steal()" style="color:red">Hi<script>alert(1)</script>'
        '<img src="a.png" alt="Mapa" onerror="steal()"></p>',
        TextFormat.HTML,
    )
    assert html == '<p>Hi<img src="a.png" alt="Mapa"></p>'


def test_html_links_are_kept_safe() -> None:
    html = as_html(
        '<a href="https://example.org">ok</a><a href="javascript:alert(1)">bad</a>', "html"
    )
    assert html == (
        '<a href="https://example.org" rel="noopener noreferrer">ok</a>'
        '<a rel="noopener noreferrer">bad</a>'
    )


def test_html_keeps_formatting_tables_and_sub_sup() -> None:
    text = (
        "<p><strong>H<sub>2</sub>O</strong> i x<sup>2</sup></p><table><tr><td>1</td></tr></table>"
    )
    assert as_html(text, "html") == (
        "<p><strong>H<sub>2</sub>O</strong> i x<sup>2</sup></p>"
        "<table><tbody><tr><td>1</td></tr></tbody></table>"
    )


def test_moodle_format_turns_line_breaks_into_br_and_is_sanitised() -> None:
    html = as_html("Pierwsza\nDruga <b>pogrubiona</b><script>x()</script>", "moodle")
    assert html == "Pierwsza<br>\nDruga <b>pogrubiona</b>"


def test_markdown_is_rendered_and_raw_html_in_it_is_escaped() -> None:
    html = as_html("# Tytuł\n\n*ważne* <script>x()</script>", "markdown")
    assert html == "<h1>Tytuł</h1>\n<p><em>ważne</em> &lt;script&gt;x()&lt;/script&gt;</p>\n"


def test_plain_text_is_escaped_with_line_breaks() -> None:
    html = as_html('<b>a & "b"</b>\nc', "plain")
    assert html == "&lt;b&gt;a &amp; &quot;b&quot;&lt;/b&gt;<br>\nc"


def test_as_text_strips_tags_decodes_entities_and_collapses_space() -> None:
    text = as_text(
        "<p>Kraków &amp; Łódź</p>\n<p>H<sub>2</sub>O  <img alt='mapa' src='m.png'></p>", "html"
    )
    assert text == "Kraków & Łódź H2O mapa"


def test_as_text_drops_scripts() -> None:
    assert as_text("Tak<script>alert(1)</script>", "moodle") == "Tak"
