"""Plain data for questions read from (or written to) Moodle's GIFT and Moodle XML files.

These frozen dataclasses are what the parsers return and the exporters take; the question bank
models will be built from them. They mirror Moodle's own question data (``question/format.php``,
``qformat_default``) closely enough that a file read here means what it means in Moodle:

- fractions are ``Decimal`` grades in -1..1, snapped to Moodle's fixed list of allowed grades
  (``question_bank::fraction_options_full``, matched like ``match_grade_options`` with
  ``matchgrades = 'error'``), so 33.33333 % is ``Decimal("0.3333333")`` and 33 % is refused;
- texts keep their Moodle text format (html / markdown / plain / moodle);
- the answer key (kinds, fractions, tolerances, which answer is right) is separable from the
  texts with ``ParsedQuestion.answer_key()``: translations of one question must share it.

Validation rules that Moodle applies when it saves an imported question (not while parsing the
file) live here too, in ``check_question``, because both formats need the same ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

# The caller's limit for one uploaded file; bigger files are refused whole, unread.
MAX_FILE_BYTES = 2 * 1024 * 1024

# What Moodle's GIFT reader puts where a missing-word answer block stood in the text.
MISSING_WORD_BLANK = "_____"

# PHP's trim() strips only these; Python's str.strip() would also eat NBSP and other Unicode
# spaces that Moodle keeps, so every trim that mirrors Moodle goes through php_trim().
PHP_TRIM_CHARS = " \t\n\r\0\x0b"


def php_trim(text: str) -> str:
    """Trim ``text`` exactly like PHP's ``trim()`` (which Moodle's importers use)."""
    return text.strip(PHP_TRIM_CHARS)


class TextFormat(StrEnum):
    """Moodle's text formats (FORMAT_HTML, FORMAT_MARKDOWN, FORMAT_PLAIN, FORMAT_MOODLE)."""

    HTML = "html"
    MARKDOWN = "markdown"
    PLAIN = "plain"
    MOODLE = "moodle"


class Kind(StrEnum):
    """Question kinds; Moodle's multichoice is split by its ``single`` option."""

    MULTICHOICE_SINGLE = "multichoice_single"
    MULTICHOICE_MULTI = "multichoice_multi"
    TRUEFALSE = "truefalse"
    SHORTANSWER = "shortanswer"
    NUMERICAL = "numerical"
    MATCHING = "matching"
    ESSAY = "essay"
    DESCRIPTION = "description"

    @property
    def is_multichoice(self) -> bool:
        return self in (Kind.MULTICHOICE_SINGLE, Kind.MULTICHOICE_MULTI)


# Moodle's allowed grades (question/engine/bank.php, ensure_fraction_options_initialised):
# p/q for q <= 6, p/10, 1/q for q <= 10, and 1/20 - with their negatives, and 0 and +-1.
_RAW_FRACTIONS = (
    "0.9",
    "0.8333333",
    "0.8",
    "0.75",
    "0.7",
    "0.6666667",
    "0.6",
    "0.5",
    "0.4",
    "0.3333333",
    "0.3",
    "0.25",
    "0.2",
    "0.1666667",
    "0.1428571",
    "0.125",
    "0.1111111",
    "0.1",
    "0.05",
)
ALLOWED_FRACTIONS: tuple[Decimal, ...] = (
    Decimal("1"),
    *(Decimal(f) for f in _RAW_FRACTIONS),
    Decimal("0"),
    *(-Decimal(f) for f in reversed(_RAW_FRACTIONS)),
    Decimal("-1"),
)
# match_grade_options() never compares floats for equality; neither do we.
_GRADE_MATCH_DISTANCE = Decimal("0.00001")


def snap_fraction(raw: Decimal) -> Decimal | None:
    """The allowed Moodle grade ``raw`` stands for, or None when Moodle would refuse it."""
    for allowed in ALLOWED_FRACTIONS:
        if abs(raw - allowed) < _GRADE_MATCH_DISTANCE:
            return allowed
    return None


def percent(fraction: Decimal) -> str:
    """A fraction as the percentage people write (0.5 -> "50", 0.3333333 -> "33.33333")."""
    value = (fraction * 100).normalize()
    text = format(value, "f")
    return "0" if text in ("-0", "0") else text


def invalid_grade_reason(raw_percents: str) -> str:
    allowed = ", ".join(percent(f) for f in ALLOWED_FRACTIONS if f > 0)
    return (
        f"grade {raw_percents} is not one of the grades Moodle allows ({allowed}, 0 and their "
        "negatives); Moodle refuses the question, so write e.g. 33.33333 rather than 33"
    )


_TAG_RE = re.compile(r"<[A-Za-z/!?][^>]*>")
_SPACE_RE = re.compile(r"\s+")


def clean_question_name(name: str) -> str:
    """Moodle's ``clean_question_name``: tags stripped (PARAM_TEXT), trimmed, at most 255."""
    cleaned = php_trim(_TAG_RE.sub("", name))
    return cleaned[:255]


def default_question_name(text: str) -> str:
    """The name Moodle gives a GIFT question without ``::name::``: its text, shortened to 80.

    Moodle uses ``shorten_text($questiontext, 80)``, which cuts at a word boundary and ends
    with "..."; this mirrors that for plain text (HTML entities are not decoded).
    """
    plain = php_trim(_SPACE_RE.sub(" ", _TAG_RE.sub(" ", text)))
    if len(plain) > 80:
        cut = plain[:77]
        if " " in cut:
            cut = cut[: cut.rfind(" ")]
        plain = cut + "..."
    return clean_question_name(plain) or "Question name"


@dataclass(frozen=True)
class Answer:
    """One answer of a multiple-choice or short-answer question."""

    text: str
    fraction: Decimal
    feedback: str = ""
    format: TextFormat = TextFormat.MOODLE
    feedback_format: TextFormat = TextFormat.MOODLE


@dataclass(frozen=True)
class NumericAnswer:
    """One accepted value of a numerical question; ``value`` None is Moodle's ``*`` (any)."""

    value: Decimal | None
    tolerance: Decimal
    fraction: Decimal
    feedback: str = ""
    feedback_format: TextFormat = TextFormat.MOODLE


@dataclass(frozen=True)
class MatchPair:
    """A matching stem and its answer; an empty ``question_text`` makes a distractor."""

    question_text: str
    answer_text: str
    question_format: TextFormat = TextFormat.MOODLE

    @property
    def is_distractor(self) -> bool:
        return self.question_text == ""


@dataclass(frozen=True)
class CombinedFeedback:
    """Moodle XML's feedback for any correct / partially correct / incorrect response."""

    correct: str = ""
    partially_correct: str = ""
    incorrect: str = ""
    correct_format: TextFormat = TextFormat.HTML
    partially_correct_format: TextFormat = TextFormat.HTML
    incorrect_format: TextFormat = TextFormat.HTML
    show_num_correct: bool = False


@dataclass(frozen=True)
class AnswerKey:
    """What grading depends on, without any text: equal across translations of a question."""

    kind: Kind
    fractions: tuple[Decimal, ...] = ()
    numeric: tuple[tuple[Decimal | None, Decimal, Decimal], ...] = ()
    correct_answer: bool | None = None
    case_sensitive: bool = False
    stems: tuple[bool, ...] = ()


@dataclass(frozen=True)
class ParsedQuestion:
    """One question as Moodle would hold it after import.

    ``line`` (GIFT) or ``element`` (XML) say where it came from, for reports; they, and
    whether the name was generated from the text, take no part in equality.
    """

    name: str
    kind: Kind
    text: str
    text_format: TextFormat = TextFormat.MOODLE
    category: tuple[str, ...] = ()
    general_feedback: str = ""
    general_feedback_format: TextFormat = TextFormat.MOODLE
    answers: tuple[Answer, ...] = ()
    numeric_answers: tuple[NumericAnswer, ...] = ()
    pairs: tuple[MatchPair, ...] = ()
    case_sensitive: bool = False
    correct_answer: bool | None = None
    true_feedback: str = ""
    true_feedback_format: TextFormat = TextFormat.MOODLE
    false_feedback: str = ""
    false_feedback_format: TextFormat = TextFormat.MOODLE
    combined_feedback: CombinedFeedback | None = None
    id_number: str | None = None
    line: int | None = field(default=None, compare=False)
    element: str | None = field(default=None, compare=False)
    name_generated: bool = field(default=False, compare=False)

    @property
    def missing_word(self) -> bool:
        """True for a missing-word question: Moodle left "_____" where the answers stood."""
        return MISSING_WORD_BLANK in self.text

    def answer_key(self) -> AnswerKey:
        return AnswerKey(
            kind=self.kind,
            fractions=tuple(a.fraction for a in self.answers),
            numeric=tuple((a.value, a.tolerance, a.fraction) for a in self.numeric_answers),
            correct_answer=self.correct_answer,
            case_sensitive=self.case_sensitive,
            stems=tuple(not p.is_distractor for p in self.pairs),
        )


@dataclass(frozen=True)
class Category:
    """A category switch in the file (``$CATEGORY:`` or ``<question type="category">``).

    ``path`` has Moodle's context token (``$course$``) and its hidden ``top`` removed, the
    way ``create_category_path`` reads it.
    """

    path: tuple[str, ...]
    info: str = ""
    info_format: TextFormat = TextFormat.MOODLE
    id_number: str | None = None
    context: str | None = None
    line: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Problem:
    """Why (part of) a file cannot be imported; ``line`` is 1-based."""

    line: int | None
    reason: str
    question: str | None = None
    element: str | None = None

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line is not None else "file"
        if self.element:
            where += f" ({self.element})"
        if self.question:
            where += f", question {self.question!r}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class ImportResult:
    """Everything read from one file; callers import it only when ``ok`` (all or nothing)."""

    questions: tuple[ParsedQuestion, ...] = ()
    categories: tuple[Category, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


class ExportError(ValueError):
    """A question that the target format cannot express without changing its meaning."""


def split_category_path(path: str) -> tuple[str | None, tuple[str, ...]]:
    """Moodle's ``split_category_path`` plus what ``create_category_path`` strips.

    Names are separated by "/", and "//" is a literal slash. Returns the context token
    (``course`` for ``$course$``) and the names below Moodle's hidden ``top`` category.
    """
    names = [
        clean_question_name(raw.replace("//", "/"))
        for raw in re.split(r"(?<!/)/(?!/)", php_trim(path))
    ]
    context = None
    match = re.fullmatch(r"\$([a-z]+)\$", names[0]) if names else None
    if match:
        context = match.group(1)
        names = names[1:]
    if names and names[0] == "top":
        names = names[1:]
    return context, tuple(n for n in names if n != "")


def assemble_category_path(path: tuple[str, ...], context: str | None = "course") -> str:
    """Moodle's ``assemble_category_path``: the inverse of ``split_category_path``."""
    names = ([f"${context}$"] if context else []) + ["top", *path]
    escaped = []
    for name in names:
        part = name.replace("/", "//")
        if part.startswith("/"):
            part = " " + part
        if part.endswith("/"):
            part += " "
        escaped.append(part)
    return "/".join(escaped)


def check_question(question: ParsedQuestion) -> list[str]:
    """The rules Moodle enforces when it saves an imported question, as reasons it fails.

    Multichoice: ``errfractionsnomax`` (single: one answer must be 100 %) and
    ``errfractionsaddwrong`` (multi: positive grades add up to 100 %); short answer:
    ``fractionsnomax``; matching: a stem needs an answer (``nomatchinganswer``). Numerical
    gets the short-answer rule too, although Moodle enforces it there only in the editing
    form: a numerical question nobody can get full marks on is a mistake, not a choice.
    A matching question with no stem at all is refused because grading it would divide by
    zero (Moodle imports it and fails later).
    """
    reasons: list[str] = []
    kind = question.kind
    if any(answer.text == "" for answer in question.answers):
        reasons.append("an answer is empty")
    if kind.is_multichoice:
        if len(question.answers) < 2:
            reasons.append("a multiple-choice question needs at least 2 answers")
        elif kind is Kind.MULTICHOICE_SINGLE:
            best = max(a.fraction for a in question.answers)
            if best != 1:
                reasons.append(
                    "one answer must be worth 100% so full marks are possible; "
                    f"the best answer here is worth {percent(best)}%"
                )
        else:
            total = sum((a.fraction for a in question.answers if a.fraction > 0), Decimal(0))
            if round(total, 2) != 1:
                reasons.append(
                    "the positive grades of a multiple-answer question must add up to 100%; "
                    f"they add up to {percent(total)}%"
                )
    elif kind in (Kind.SHORTANSWER, Kind.NUMERICAL):
        fractions = [a.fraction for a in question.answers] + [
            a.fraction for a in question.numeric_answers
        ]
        if not fractions:
            reasons.append("the question has no answers")
        elif max(fractions) != 1:
            reasons.append(
                "one answer must be worth 100% so full marks are possible; "
                f"the best answer here is worth {percent(max(fractions))}%"
            )
    elif kind is Kind.MATCHING:
        if len(question.pairs) < 2:
            reasons.append("a matching question needs at least 2 pairs")
        elif all(p.is_distractor for p in question.pairs):
            reasons.append("a matching question needs at least one question to match")
        for pair in question.pairs:
            if pair.question_text and not pair.answer_text:
                reasons.append(f"the matching question {pair.question_text!r} has no answer")
    elif kind is Kind.TRUEFALSE and question.correct_answer is None:
        reasons.append("a true/false question must say which answer is right")
    return reasons
