"""Moodle XML question files, read and written the way Moodle's ``qformat_xml`` does.

Mirrors ``question/format/xml/format.php`` (https://docs.moodle.org/en/Moodle_XML_format):

- ``<quiz>`` holds ``<question type="...">`` elements; ``type="category"`` switches category
  (``<category><text>$course$/top/...``, with ``<info format>`` and ``<idnumber>``);
- every question needs ``<name><text>`` (``xmlimportnoname``); ``<questiontext format>``
  defaults to html, ``<generalfeedback>`` and answer / feedback formats default to the
  question text's format (``import_headers``, ``import_answer``); texts are trimmed;
- formats ``moodle_auto_format`` / ``html`` / ``plain_text`` / ``markdown``; an unknown
  format is read as html, as Moodle does; ``wiki_like`` (long deprecated) is refused;
- multichoice (``<single>``: "false" or empty means several answers), truefalse (answers
  ``true`` / ``false``, right one has fraction 100; old files without those texts are read
  true-then-false like Moodle), shortanswer (``<usecase>``), numerical (``<tolerance>``,
  ``*`` for any answer), matching (``<subquestion>`` with ``<answer>``; empty subquestion text
  is a distractor), essay and description; combined feedback (correct / partially correct /
  incorrect, ``<shownumcorrect/>``) is kept;
- answer fractions must be one of Moodle's allowed grades (``importprocess`` with
  ``matchgrades = 'error'``: the question is reported with its name and the bad grades, and
  nothing is imported), then the per-kind save rules apply (``model.check_question``).

Types Moodle supports but this project does not (cloze, calculated*, drag and drop, random,
numerical units ...) are reported as problems, never skipped silently.

Parsing uses defusedxml with DTDs forbidden, not the standard library alone: Moodle's files
never carry a DTD, and refusing one outright rules out entity expansion (billion laughs) and
external entities (XXE) whatever the expat version underneath.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser, ParseError

from questionbank.formats.model import (
    MAX_FILE_BYTES,
    Answer,
    Category,
    CombinedFeedback,
    ExportError,
    ImportResult,
    Kind,
    MatchPair,
    NumericAnswer,
    ParsedQuestion,
    Problem,
    TextFormat,
    assemble_category_path,
    check_question,
    clean_question_name,
    invalid_grade_reason,
    percent,
    php_trim,
    snap_fraction,
    split_category_path,
)

_FORMATS_IN = {
    "moodle_auto_format": TextFormat.MOODLE,
    "html": TextFormat.HTML,
    "plain_text": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
}
_FORMATS_OUT = {value: key for key, value in _FORMATS_IN.items()}
_SUPPORTED = (
    "multichoice",
    "truefalse",
    "shortanswer",
    "numerical",
    "matching",
    "essay",
    "description",
)
_NUMERIC = set("0123456789+-.eE")


class _QuestionError(Exception):
    """Stops reading one question; the reason becomes a Problem."""


class _LineTreeBuilder(ET.TreeBuilder):
    """Records the line each element starts on, for problem reports."""

    def __init__(self) -> None:
        super().__init__()
        self.parser: DefusedXMLParser | None = None
        self.lines: dict[int, int] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        element = super().start(tag, attrs)
        if self.parser is not None:
            self.lines[id(element)] = self.parser.parser.CurrentLineNumber
        return element


def _child(element: ET.Element, tag: str) -> ET.Element | None:
    return element.find(tag)


def _text_of(element: ET.Element | None) -> str:
    """The trimmed content of ``element``'s ``<text>`` child (Moodle's ``getpath ... 'text'``)."""
    if element is None:
        return ""
    text = element.find("text")
    return php_trim("".join(text.itertext())) if text is not None else ""


def _plain(element: ET.Element, tag: str) -> str | None:
    child = element.find(tag)
    return None if child is None else php_trim("".join(child.itertext()))


def _format(element: ET.Element | None, default: TextFormat) -> TextFormat:
    raw = element.get("format") if element is not None else None
    if raw is None:
        return default
    raw = php_trim(raw)
    if raw == "wiki_like":
        raise _QuestionError("the text format wiki_like is not supported; use markdown or html")
    # trans_format(): anything unrecognised is assumed to be html.
    return _FORMATS_IN.get(raw, TextFormat.HTML)


def _formatted(element: ET.Element | None, default: TextFormat) -> tuple[str, TextFormat]:
    return _text_of(element), _format(element, default)


def _fraction(answer: ET.Element, bad: list[str]) -> Decimal:
    raw = php_trim(answer.get("fraction", "0"))
    try:
        value = Decimal(raw) / 100
    except InvalidOperation:
        bad.append(f"{raw!r}")
        return Decimal(0)
    snapped = snap_fraction(value)
    if snapped is None:
        bad.append(f"{raw}%")
        return Decimal(0)
    return snapped


def _decimal(raw: str, what: str) -> Decimal:
    if not raw or not set(raw) <= _NUMERIC:
        raise _QuestionError(f"{what} {raw!r} is not a number")
    try:
        return Decimal(raw)
    except InvalidOperation as exc:
        raise _QuestionError(f"{what} {raw!r} is not a number") from exc


def _choice(answer: ET.Element, qformat: TextFormat, bad: list[str]) -> Answer:
    text, text_format = _formatted(answer, qformat)
    feedback, feedback_format = _formatted(_child(answer, "feedback"), qformat)
    return Answer(text, _fraction(answer, bad), feedback, text_format, feedback_format)


def _combined(element: ET.Element, qformat: TextFormat) -> CombinedFeedback | None:
    correct = _formatted(_child(element, "correctfeedback"), qformat)
    partial = _formatted(_child(element, "partiallycorrectfeedback"), qformat)
    incorrect = _formatted(_child(element, "incorrectfeedback"), qformat)
    show = element.find("shownumcorrect") is not None
    if not (correct[0] or partial[0] or incorrect[0] or show):
        return None
    return CombinedFeedback(
        correct[0], partial[0], incorrect[0], correct[1], partial[1], incorrect[1], show
    )


class _XmlReader:
    def __init__(self, lines: dict[int, int]) -> None:
        self.lines = lines
        self.questions: list[ParsedQuestion] = []
        self.categories: list[Category] = []
        self.problems: list[Problem] = []
        self.category: tuple[str, ...] = ()

    def read(self, root: ET.Element) -> None:
        for index, element in enumerate(root.findall("question"), start=1):
            qtype = element.get("type", "")
            label = f"question #{index} type={qtype or '?'}"
            line = self.lines.get(id(element))
            name = clean_question_name(_text_of(_child(element, "name"))) or None
            try:
                if qtype == "category":
                    self._category(element, line)
                    continue
                question = self._question(element, qtype, label, line)
            except _QuestionError as error:
                self.problems.append(Problem(line, str(error), question=name, element=label))
                continue
            reasons = check_question(question)
            for reason in reasons:
                self.problems.append(Problem(line, reason, question=question.name, element=label))
            if not reasons:
                self.questions.append(question)

    def _category(self, element: ET.Element, line: int | None) -> None:
        context, path = split_category_path(_text_of(_child(element, "category")))
        info = _child(element, "info")
        self.category = path
        self.categories.append(
            Category(
                path=path,
                info=_text_of(info),
                info_format=_format(info, TextFormat.MOODLE),
                id_number=_plain(element, "idnumber") or None,
                context=context,
                line=line,
            )
        )

    def _question(
        self, element: ET.Element, qtype: str, label: str, line: int | None
    ) -> ParsedQuestion:
        if qtype in ("cloze", "multianswer"):
            raise _QuestionError("Cloze (embedded answers) questions are not supported")
        if qtype not in _SUPPORTED and qtype != "match":
            raise _QuestionError(
                f"question type {qtype!r} is not supported (supported: {', '.join(_SUPPORTED)})"
            )
        name_element = _child(element, "name")
        if name_element is None or name_element.find("text") is None:
            raise _QuestionError("missing question name (<name><text>) in the XML file")
        name = clean_question_name(_text_of(name_element))
        if not name:
            raise _QuestionError("the question name is empty")
        qtext, qformat = _formatted(_child(element, "questiontext"), TextFormat.HTML)
        gf, gf_format = _formatted(_child(element, "generalfeedback"), qformat)
        base = {
            "name": name,
            "text": qtext,
            "text_format": qformat,
            "category": self.category,
            "general_feedback": gf,
            "general_feedback_format": gf_format,
            "id_number": _plain(element, "idnumber") or None,
            "line": line,
            "element": label,
        }
        answers = element.findall("answer")
        bad: list[str] = []
        if qtype == "multichoice":
            single = _plain(element, "single")
            multi = single is not None and (single == "false" or not single)
            question = ParsedQuestion(
                kind=Kind.MULTICHOICE_MULTI if multi else Kind.MULTICHOICE_SINGLE,
                answers=tuple(_choice(a, qformat, bad) for a in answers),
                combined_feedback=_combined(element, qformat),
                **base,
            )
        elif qtype == "truefalse":
            question = self._truefalse(answers, qformat, base)
        elif qtype == "shortanswer":
            usecase = _plain(element, "usecase") or "0"
            question = ParsedQuestion(
                kind=Kind.SHORTANSWER,
                case_sensitive=usecase not in ("0", "false"),
                answers=tuple(
                    Answer(
                        _text_of(a),
                        _fraction(a, bad),
                        _text_of(_child(a, "feedback")),
                        TextFormat.PLAIN,
                        _format(_child(a, "feedback"), qformat),
                    )
                    for a in answers
                ),
                **base,
            )
        elif qtype == "numerical":
            units = element.find("units")
            if units is not None and units.find("unit") is not None:
                raise _QuestionError("numerical questions with units are not supported")
            question = ParsedQuestion(
                kind=Kind.NUMERICAL,
                numeric_answers=tuple(self._numeric(a, qformat, bad) for a in answers),
                **base,
            )
        elif qtype in ("matching", "match"):
            question = ParsedQuestion(
                kind=Kind.MATCHING,
                pairs=tuple(
                    MatchPair(
                        _text_of(sub),
                        _text_of(_child(sub, "answer")),
                        _format(sub, qformat),
                    )
                    for sub in element.findall("subquestion")
                ),
                combined_feedback=_combined(element, qformat),
                **base,
            )
        elif qtype == "essay":
            question = ParsedQuestion(kind=Kind.ESSAY, **base)
        else:
            question = ParsedQuestion(kind=Kind.DESCRIPTION, **base)
        if bad:
            raise _QuestionError(invalid_grade_reason(", ".join(bad)))
        return question

    @staticmethod
    def _numeric(answer: ET.Element, qformat: TextFormat, bad: list[str]) -> NumericAnswer:
        raw = _text_of(answer)
        value = None if raw in ("", "*") else _decimal(raw, "the answer")
        tolerance = _decimal(_plain(answer, "tolerance") or "0", "the tolerance")
        feedback, feedback_format = _formatted(_child(answer, "feedback"), qformat)
        return NumericAnswer(value, tolerance, _fraction(answer, bad), feedback, feedback_format)

    @staticmethod
    def _truefalse(answers: list[ET.Element], qformat: TextFormat, base: dict) -> ParsedQuestion:
        correct: bool | None = None
        feedback = {True: ("", qformat), False: ("", qformat)}
        for position, answer in enumerate(answers):
            text = _text_of(answer)
            # Old files wrote localised texts; Moodle then assumes the order true, false.
            is_true = text == "true" if text in ("true", "false") else position == 0
            fraction = _decimal(php_trim(answer.get("fraction", "0")), "the fraction")
            # Moodle: the "true" answer at 100 means true is right; the "false" one at 100,
            # false. The last answer read wins, as in import_truefalse().
            correct = (fraction == 100) == is_true
            feedback[is_true] = _formatted(_child(answer, "feedback"), qformat)
        return ParsedQuestion(
            kind=Kind.TRUEFALSE,
            correct_answer=correct,
            true_feedback=feedback[True][0],
            true_feedback_format=feedback[True][1],
            false_feedback=feedback[False][0],
            false_feedback_format=feedback[False][1],
            **base,
        )


def parse_moodle_xml(data: bytes) -> ImportResult:
    """Read a Moodle XML file into questions, categories and problems, as Moodle would."""
    if len(data) > MAX_FILE_BYTES:
        line = data[:MAX_FILE_BYTES].count(b"\n") + 1
        return ImportResult(
            problems=(
                Problem(
                    line,
                    f"the file is {len(data)} bytes, more than the {MAX_FILE_BYTES} bytes "
                    "allowed (it passes the limit on this line); split it into smaller files",
                ),
            )
        )
    builder = _LineTreeBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.parser = parser
    try:
        parser.feed(data)
        root = parser.close()
    except ParseError as error:
        line = error.position[0] if getattr(error, "position", None) else 1
        return ImportResult(
            problems=(
                Problem(
                    line,
                    f"the file is not well-formed XML ({error}); is it truncated, damaged "
                    "or not Moodle XML at all?",
                ),
            )
        )
    except DefusedXmlException as error:
        return ImportResult(
            problems=(
                Problem(
                    1,
                    f"the file declares a DTD or entities ({type(error).__name__}); Moodle XML "
                    "files have none, and they are refused for safety",
                ),
            )
        )
    if root.tag != "quiz":
        return ImportResult(
            problems=(
                Problem(
                    builder.lines.get(id(root), 1),
                    f"the root element is <{root.tag}>, not <quiz>: this is not a Moodle XML "
                    "question file",
                ),
            )
        )
    reader = _XmlReader(builder.lines)
    reader.read(root)
    if not reader.questions and not reader.problems:
        reader.problems.append(Problem(builder.lines.get(id(root), 1), "the file has no questions"))
    return ImportResult(
        questions=tuple(reader.questions),
        categories=tuple(reader.categories),
        problems=tuple(reader.problems),
    )


# --- export -------------------------------------------------------------------------------

_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"}
# XML 1.0 cannot carry these at all, not even as character references.
_FORBIDDEN = {chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"} | {"\ufffe", "\uffff"}


def _escape(text: str) -> str:
    """Escape for element content; ``\\r`` as a reference so parsers do not turn it into ``\\n``."""
    if any(char in _FORBIDDEN for char in text):
        raise ExportError(f"{text!r} contains a control character XML cannot hold")
    return "".join(_XML_ESCAPES.get(char, char) for char in text)


def _text_element(tag: str, text: str, text_format: TextFormat | None, indent: str) -> str:
    attribute = f' format="{_FORMATS_OUT[text_format]}"' if text_format is not None else ""
    return f"{indent}<{tag}{attribute}>\n{indent}  <text>{_escape(text)}</text>\n{indent}</{tag}>\n"


def _write_answer(
    text: str,
    fraction: Decimal,
    text_format: TextFormat,
    feedback: str,
    feedback_format: TextFormat,
    extra: str = "",
) -> str:
    return (
        f'    <answer fraction="{percent(fraction)}" format="{_FORMATS_OUT[text_format]}">\n'
        f"      <text>{_escape(text)}</text>\n"
        + _text_element("feedback", feedback, feedback_format, "      ")
        + extra
        + "    </answer>\n"
    )


def _write_combined(combined: CombinedFeedback | None, qformat: TextFormat) -> str:
    combined = combined or CombinedFeedback(
        correct_format=qformat, partially_correct_format=qformat, incorrect_format=qformat
    )
    out = _text_element("correctfeedback", combined.correct, combined.correct_format, "    ")
    out += _text_element(
        "partiallycorrectfeedback",
        combined.partially_correct,
        combined.partially_correct_format,
        "    ",
    )
    out += _text_element("incorrectfeedback", combined.incorrect, combined.incorrect_format, "    ")
    return out + ("    <shownumcorrect/>\n" if combined.show_num_correct else "")


def _write_question(question: ParsedQuestion) -> str:
    kind = question.kind
    qtype = {
        Kind.MULTICHOICE_SINGLE: "multichoice",
        Kind.MULTICHOICE_MULTI: "multichoice",
        Kind.MATCHING: "matching",
    }.get(kind, kind.value)
    out = f'  <question type="{qtype}">\n'
    out += _text_element("name", question.name, None, "    ")
    out += _text_element("questiontext", question.text, question.text_format, "    ")
    out += _text_element(
        "generalfeedback", question.general_feedback, question.general_feedback_format, "    "
    )
    default_grade = "0" if kind is Kind.DESCRIPTION else "1"
    out += f"    <defaultgrade>{default_grade}</defaultgrade>\n"
    out += "    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n"
    out += f"    <idnumber>{_escape(question.id_number or '')}</idnumber>\n"
    if kind.is_multichoice:
        single = "true" if kind is Kind.MULTICHOICE_SINGLE else "false"
        out += f"    <single>{single}</single>\n    <shuffleanswers>true</shuffleanswers>\n"
        out += "    <answernumbering>abc</answernumbering>\n"
        out += _write_combined(question.combined_feedback, question.text_format)
        for a in question.answers:
            out += _write_answer(a.text, a.fraction, a.format, a.feedback, a.feedback_format)
    elif kind is Kind.TRUEFALSE:
        out += _write_answer(
            "true",
            Decimal(1 if question.correct_answer else 0),
            TextFormat.MOODLE,
            question.true_feedback,
            question.true_feedback_format,
        )
        out += _write_answer(
            "false",
            Decimal(0 if question.correct_answer else 1),
            TextFormat.MOODLE,
            question.false_feedback,
            question.false_feedback_format,
        )
    elif kind is Kind.SHORTANSWER:
        out += f"    <usecase>{1 if question.case_sensitive else 0}</usecase>\n"
        for a in question.answers:
            out += _write_answer(a.text, a.fraction, a.format, a.feedback, a.feedback_format)
    elif kind is Kind.NUMERICAL:
        for a in question.numeric_answers:
            value = "*" if a.value is None else format(a.value.normalize(), "f")
            tolerance = f"      <tolerance>{format(a.tolerance.normalize(), 'f')}</tolerance>\n"
            out += _write_answer(
                value, a.fraction, TextFormat.MOODLE, a.feedback, a.feedback_format, tolerance
            )
    elif kind is Kind.MATCHING:
        out += "    <shuffleanswers>true</shuffleanswers>\n"
        out += _write_combined(question.combined_feedback, question.text_format)
        for pair in question.pairs:
            out += (
                f'    <subquestion format="{_FORMATS_OUT[pair.question_format]}">\n'
                f"      <text>{_escape(pair.question_text)}</text>\n"
                f"      <answer>\n        <text>{_escape(pair.answer_text)}</text>\n"
                "      </answer>\n    </subquestion>\n"
            )
    elif kind is Kind.ESSAY:
        out += (
            "    <responseformat>editor</responseformat>\n"
            "    <responserequired>1</responserequired>\n"
            "    <responsefieldlines>15</responsefieldlines>\n"
            "    <attachments>0</attachments>\n"
            "    <attachmentsrequired>0</attachmentsrequired>\n"
        )
    return out + "  </question>\n"


def _write_category(category: Category) -> str:
    path = assemble_category_path(category.path, category.context or "course")
    return (
        '  <question type="category">\n'
        f"    <category>\n      <text>{_escape(path)}</text>\n    </category>\n"
        + _text_element("info", category.info, category.info_format, "    ")
        + f"    <idnumber>{_escape(category.id_number or '')}</idnumber>\n"
        "  </question>\n"
    )


def export_moodle_xml(
    questions: Iterable[ParsedQuestion], categories: Iterable[Category] = ()
) -> bytes:
    """Questions as a Moodle XML file, with a category element wherever the category changes.

    ``categories`` supplies descriptions and idnumbers for the paths (from an earlier import,
    or the bank); a path without one is written with an empty description.
    """
    known = {category.path: category for category in categories}
    out = '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n'
    current: tuple[str, ...] | None = None
    for question in questions:
        if question.category != current:
            current = question.category
            out += _write_category(known.get(current, Category(path=current)))
        out += _write_question(question)
    return (out + "</quiz>\n").encode("utf-8")
