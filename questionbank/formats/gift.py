"""Moodle's GIFT question format, read and written the way Moodle itself does.

The reader follows ``qformat_gift::readquestion`` in Moodle's ``question/format/gift/format.php``
step by step, and ``qformat_default::readquestions`` / ``readdata`` in ``question/format.php``
for splitting the file (https://docs.moodle.org/en/GIFT_format):

- questions are separated by blank lines; lines are trimmed; ``//`` lines are comments;
  a file with only ``\\r`` line ends (old Mac) is split on ``\\r``;
- escapes ``\\~ \\= \\# \\{ \\} \\: \\\\`` and ``\\n`` are swapped for placeholders before
  anything else and restored at the end (``escapedchar_pre`` / ``escapedchar_post``);
- ``$CATEGORY: path`` switches category; ``::name::`` names a question, else Moodle's
  default name (the text, shortened to 80) is used;
- the answer block runs from the first ``{`` to the first ``}``; text after it makes a
  missing-word question ("before _____ after"); ``####`` starts general feedback;
- the kind is decided exactly as Moodle does: no block = description, empty block = essay,
  ``#`` first = numerical, any ``~`` = multiple choice (single when some answer uses ``=``,
  else multiple answers allowed), ``=`` with ``->`` = matching, ``T``/``TRUE``/``F``/``FALSE``
  = true/false, anything else = short answer;
- weights ``%50%`` / ``%-100%`` use Moodle's pattern ``^%-*([0-9]{1,2})\\.?([0-9]*)%`` and must be
  one of Moodle's allowed grades (``importprocess``), and the per-kind save rules apply
  (``model.check_question``);
- ``[html]`` / ``[markdown]`` / ``[plain]`` / ``[moodle]`` before a text set its format; answers
  and feedback default to the question text's format.

Where Moodle silently imports something other than what the author meant, this reader reports a
problem instead (the caller imports all or nothing):
text before the first ``~``/``=`` of a block, ``=%50%`` in multiple choice (Moodle ignores
the weight), an unclosed ``::name``, a malformed ``%weight%``, a non-numeric numerical answer
(Moodle's ``$ans = '*'`` typo turns it into "any answer"), a second answer block or stray
brace, Cloze syntax, empty answers, and a ``$CATEGORY:`` line not followed by a blank line.

The writer follows ``qformat_gift::writequestion`` (escaping like ``repchar``), except that a
missing-word question keeps its answers where the blank is, and a text starting with ``[``
always gets an explicit format so it reads back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from questionbank.formats.model import (
    MAX_FILE_BYTES,
    MISSING_WORD_BLANK,
    Answer,
    Category,
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
    default_question_name,
    invalid_grade_reason,
    percent,
    php_trim,
    snap_fraction,
    split_category_path,
)

# Moodle uses "&&058;"-style placeholders, which a text could contain by chance; Unicode
# noncharacters can never be part of interchanged text, and a file holding one is refused.
_PLACEHOLDERS = {
    ":": "\ufdd0",
    "#": "\ufdd1",
    "=": "\ufdd2",
    "{": "\ufdd3",
    "}": "\ufdd4",
    "~": "\ufdd5",
    "n": "\ufdd6",
}
_BACKSLASH_PLACEHOLDER = "\ufdd7"
_RESTORE = {placeholder: char for char, placeholder in _PLACEHOLDERS.items()} | {"\ufdd6": "\n"}
_NONCHARACTER_RE = re.compile("[\ufdd0-\ufdef]")

_FORMAT_NAMES = {
    "moodle": TextFormat.MOODLE,
    "html": TextFormat.HTML,
    "plain": TextFormat.PLAIN,
    "markdown": TextFormat.MARKDOWN,
}
_WEIGHT_RE = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_TRUEFALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
# Cloze (embedded answers) syntax: {1:MULTICHOICE:...}, {2:SA:...}, {:NUMERICAL:...}.
_CLOZE_RE = re.compile(r"\{\d*:[A-Z_]+:")
# PHP is_numeric() for the trimmed strings Moodle checks.
_NUMERIC_RE = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


class _QuestionError(Exception):
    """Stops reading one question; the reason becomes a Problem."""


def _escape_pre(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH_PLACEHOLDER)
    for char, placeholder in _PLACEHOLDERS.items():
        text = text.replace("\\" + char, placeholder)
    return text.replace(_BACKSLASH_PLACEHOLDER, "\\")


def _escape_post(text: str) -> str:
    for placeholder, char in _RESTORE.items():
        text = text.replace(placeholder, char)
    return text


def _text_with_format(text: str, default: TextFormat) -> tuple[str, TextFormat]:
    """``parse_text_with_format``: a leading ``[format]`` sets the format and is removed."""
    text_format = default
    if text.startswith("["):
        end = text.find("]")
        named = _FORMAT_NAMES.get(text[1:end]) if end != -1 else None
        if named is not None:
            text_format = named
            text = text[end + 1 :]
    return php_trim(_escape_post(text)), text_format


def _comment(
    answer: str, default: TextFormat
) -> tuple[tuple[str, TextFormat], tuple[str, TextFormat]]:
    """``commentparser``: answer text, then ``#feedback``."""
    bits = answer.split("#", 1)
    text = _text_with_format(php_trim(bits[0]), default)
    feedback = _text_with_format(php_trim(bits[1]), default) if len(bits) > 1 else ("", default)
    return text, feedback


_SEPARATORS = {
    "multiple-choice": ("=", "~"),
    "matching": ("=",),
    "short-answer": ("=",),
}


def _split_answers(answertext: str, separator: str, kind_label: str) -> list[str]:
    """Moodle's explode-then-drop-empty-first; text before the first separator is refused."""
    parts = answertext.split(separator)
    parts[0] = php_trim(parts[0])
    if parts[0] == "":
        return parts[1:]
    raise _QuestionError(
        f"{_escape_post(parts[0])!r} is not a valid {kind_label} answer: each answer must start "
        f"with {' or '.join(repr(c) for c in _SEPARATORS[kind_label])}"
    )


def _weight(answer: str, default: Decimal) -> tuple[Decimal, str]:
    """A ``%weight%`` prefix as an allowed Moodle grade, and the answer without it."""
    if _WEIGHT_RE.match(answer):
        end = answer.index("%", 1)
        raw = answer[1:end]
        try:
            value = Decimal(raw) / 100
        except InvalidOperation as exc:
            raise _QuestionError(f"the weight %{raw}% is not a number") from exc
        snapped = snap_fraction(value)
        if snapped is None:
            raise _QuestionError(invalid_grade_reason(f"{raw}%"))
        return snapped, answer[end + 1 :]
    if answer.startswith("%"):
        raise _QuestionError(
            f"the answer {_escape_post(answer)!r} starts with '%' but has no valid weight "
            "such as %50% or %-100%"
        )
    return default, answer


def _number(text: str, what: str) -> Decimal:
    if not _NUMERIC_RE.match(text):
        raise _QuestionError(f"{what} {text!r} is not a number")
    return Decimal(text)


class _GiftReader:
    def __init__(self) -> None:
        self.questions: list[ParsedQuestion] = []
        self.categories: list[Category] = []
        self.problems: list[Problem] = []
        self.category: tuple[str, ...] = ()

    def read_block(self, lines: list[tuple[int, str]]) -> None:
        first_line = next((n for n, line in lines if not line.startswith("//")), lines[0][0])
        text = php_trim("\n".join(" " if line.startswith("//") else line for _, line in lines))
        if text == "":
            return
        name: str | None = None
        try:
            text = _escape_pre(text)
            if text.startswith("$CATEGORY:"):
                self._read_category(text, first_line)
                return
            if text.startswith("::"):
                text = text[2:]
                finish = text.find("::")
                if finish == -1:
                    raise _QuestionError(
                        "the question name is not closed with '::' (write ::name:: text)"
                    )
                name = clean_question_name(_escape_post(text[:finish]))
                text = php_trim(text[finish + 2 :])
            question = self._read_question(text, name, first_line)
        except _QuestionError as error:
            self.problems.append(Problem(first_line, str(error), question=name))
            return
        reasons = check_question(question)
        for reason in reasons:
            self.problems.append(Problem(first_line, reason, question=question.name))
        if not reasons:
            self.questions.append(question)

    def _read_category(self, text: str, line: int) -> None:
        raw = php_trim(text[len("$CATEGORY:") :])
        if "\n" in raw:
            raise _QuestionError(
                "a $CATEGORY: line must be followed by a blank line; Moodle would take the "
                "next lines as part of the category name and lose the question"
            )
        # Moodle keeps its placeholders in category names; restoring the escaped characters
        # instead is the only sane reading of "\:" in a category.
        context, path = split_category_path(_escape_post(raw))
        self.category = path
        self.categories.append(Category(path=path, context=context, line=line))

    def _read_question(self, text: str, name: str | None, line: int) -> ParsedQuestion:
        if _CLOZE_RE.search(text):
            raise _QuestionError(
                "Cloze (embedded answers, e.g. {1:MULTICHOICE:...}) is not supported; "
                "GIFT has no Cloze syntax and Moodle would import it as something else"
            )
        start, finish = text.find("{"), text.find("}")
        description = start == -1 and finish == -1
        if description:
            answertext, questiontext = "", text
        elif start == -1 or finish == -1:
            missing = "{" if start == -1 else "}"
            raise _QuestionError(
                f"could not find {{...}} around the answers: there is no {missing!r} "
                "(write \\{ or \\} for a literal brace)"
            )
        elif finish < start:
            raise _QuestionError("'}' comes before '{' (write \\} for a literal brace)")
        else:
            answertext = php_trim(text[start + 1 : finish])
            rest = text[finish + 1 :]
            if "{" in answertext or "{" in rest or "}" in rest:
                raise _QuestionError(
                    "unbalanced braces or a second answer block: GIFT allows one {...} per "
                    "question (write \\{ and \\} for literal braces)"
                )
            blank = "" if text.endswith("}") else MISSING_WORD_BLANK
            questiontext = text[:start] + blank + rest

        general_feedback = ""
        separator = answertext.rfind("####")
        if separator != -1:
            general_feedback = answertext[separator + 4 :]
            answertext = php_trim(answertext[:separator])

        qtext, qformat = _text_with_format(questiontext, TextFormat.MOODLE)
        gf_text, gf_format = _text_with_format(general_feedback, qformat)
        generated = name is None
        if name is None:
            name = default_question_name(qtext)
        base = {
            "name": name,
            "text": qtext,
            "text_format": qformat,
            "category": self.category,
            "general_feedback": gf_text,
            "general_feedback_format": gf_format,
            "line": line,
            "name_generated": generated,
        }
        if description:
            return ParsedQuestion(kind=Kind.DESCRIPTION, **base)
        if answertext == "":
            return ParsedQuestion(kind=Kind.ESSAY, **base)
        if answertext.startswith("#"):
            return ParsedQuestion(
                kind=Kind.NUMERICAL, numeric_answers=_numerical(answertext, qformat), **base
            )
        if "~" in answertext:
            kind = Kind.MULTICHOICE_MULTI if "=" not in answertext else Kind.MULTICHOICE_SINGLE
            return ParsedQuestion(kind=kind, answers=_multichoice(answertext, qformat), **base)
        if "=" in answertext and "->" in answertext:
            return ParsedQuestion(kind=Kind.MATCHING, pairs=_matching(answertext, qformat), **base)
        check = answertext
        if answertext.find("#") > 0:
            check = php_trim(answertext[: answertext.find("#")])
        if check in _TRUEFALSE:
            return _truefalse(answertext, qformat, base)
        return ParsedQuestion(
            kind=Kind.SHORTANSWER, answers=_shortanswer(answertext, qformat), **base
        )


def _multichoice(answertext: str, qformat: TextFormat) -> tuple[Answer, ...]:
    parts = _split_answers(answertext.replace("=", "~="), "~", "multiple-choice")
    if len(parts) < 2:
        raise _QuestionError("there are not enough answers: multiple choice needs at least 2")
    answers = []
    for part in parts:
        answer = php_trim(part)
        if answer.startswith("="):
            answer = answer[1:]
            if _WEIGHT_RE.match(php_trim(answer)):
                raise _QuestionError(
                    f"'={_escape_post(php_trim(answer))}': '=' already means 100% and Moodle "
                    "would ignore this weight; write '~%50%answer' for partial credit"
                )
            fraction = Decimal(1)
        else:
            fraction, answer = _weight(answer, Decimal(0))
        (text, text_format), (feedback, feedback_format) = _comment(answer, qformat)
        if text == "":
            raise _QuestionError("an answer is empty")
        answers.append(Answer(text, fraction, feedback, text_format, feedback_format))
    return tuple(answers)


def _matching(answertext: str, qformat: TextFormat) -> tuple[MatchPair, ...]:
    parts = _split_answers(answertext, "=", "matching")
    if len(parts) < 2:
        raise _QuestionError("there are not enough answers: matching needs at least 2 pairs")
    pairs = []
    for part in parts:
        answer = php_trim(part)
        if "->" not in answer:
            raise _QuestionError(
                f"matching answer {_escape_post(answer)!r} is improperly formatted: "
                "write =question -> answer"
            )
        marker = answer.index("->")
        stem, stem_format = _text_with_format(answer[:marker], qformat)
        pairs.append(MatchPair(stem, php_trim(_escape_post(answer[marker + 2 :])), stem_format))
    return tuple(pairs)


def _truefalse(answertext: str, qformat: TextFormat, base: dict) -> ParsedQuestion:
    bits = answertext.split("#", 2)
    answer, _ = _text_with_format(php_trim(bits[0]), qformat)
    wrong = _text_with_format(php_trim(bits[1]), qformat) if len(bits) > 1 else ("", qformat)
    right = _text_with_format(php_trim(bits[2]), qformat) if len(bits) > 2 else ("", qformat)
    correct = _TRUEFALSE[answer]
    true_feedback, false_feedback = (right, wrong) if correct else (wrong, right)
    return ParsedQuestion(
        kind=Kind.TRUEFALSE,
        correct_answer=correct,
        true_feedback=true_feedback[0],
        true_feedback_format=true_feedback[1],
        false_feedback=false_feedback[0],
        false_feedback_format=false_feedback[1],
        **base,
    )


def _shortanswer(answertext: str, qformat: TextFormat) -> tuple[Answer, ...]:
    answers = []
    for part in _split_answers(answertext, "=", "short-answer"):
        fraction, answer = _weight(php_trim(part), Decimal(1))
        (text, _), (feedback, feedback_format) = _comment(answer, qformat)
        if text == "":
            raise _QuestionError("an answer is empty")
        answers.append(Answer(text, fraction, feedback, TextFormat.PLAIN, feedback_format))
    if not answers:
        raise _QuestionError("there are not enough answers: short answer needs at least 1")
    return tuple(answers)


def _numerical(answertext: str, qformat: TextFormat) -> tuple[NumericAnswer, ...]:
    answertext = answertext[1:]
    wrong = ""
    if "~" in answertext:
        position = answertext.index("~")
        answertext, wrong = answertext[:position], answertext[position:]
    parts = answertext.split("=")
    parts[0] = php_trim(parts[0])
    if parts[0] == "":
        parts = parts[1:]
    if not parts:
        raise _QuestionError("no answers found for numerical question")
    answers = []
    for part in parts:
        fraction, answer = _weight(php_trim(part), Decimal(1))
        (text, _), (feedback, feedback_format) = _comment(answer, qformat)
        value: Decimal | None
        if text.find("..") > 0:
            marker = text.index("..")
            low = _number(php_trim(text[:marker]), "the range start")
            high = _number(php_trim(text[marker + 2 :]), "the range end")
            value = (high + low) / 2
            tolerance = high - value
        elif text.find(":") > 0:
            marker = text.index(":")
            tolerance = _number(php_trim(text[marker + 1 :]), "the tolerance")
            raw = php_trim(text[:marker])
            value = None if raw == "*" else _number(raw, "the answer")
        else:
            tolerance = Decimal(0)
            value = None if text == "*" else _number(text, "the answer")
        answers.append(NumericAnswer(value, tolerance, fraction, feedback, feedback_format))
    if wrong:
        _, (feedback, feedback_format) = _comment(wrong, qformat)
        answers.append(NumericAnswer(None, Decimal(0), Decimal(0), feedback, feedback_format))
    return tuple(answers)


def _too_big(size: int, data_prefix_newlines: int) -> Problem:
    return Problem(
        data_prefix_newlines + 1,
        f"the file is {size} bytes, more than the {MAX_FILE_BYTES} bytes allowed "
        "(it passes the limit on this line); split it into smaller files",
    )


def read_gift(data: bytes) -> ImportResult:
    """Read a GIFT file as uploaded: checks its size and that it is UTF-8 text first."""
    if len(data) > MAX_FILE_BYTES:
        return ImportResult(problems=(_too_big(len(data), data[:MAX_FILE_BYTES].count(b"\n")),))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return ImportResult(
            problems=(
                Problem(
                    line,
                    "the file is not UTF-8 text (a binary file, or another encoding); "
                    "Moodle requires GIFT files in UTF-8",
                ),
            )
        )
    return parse_gift(text)


def parse_gift(text: str) -> ImportResult:
    """Read GIFT text into questions, categories and problems, as Moodle's importer would."""
    encoded_size = len(text.encode("utf-8", "surrogatepass"))
    if encoded_size > MAX_FILE_BYTES:
        prefix = text.encode("utf-8", "surrogatepass")[:MAX_FILE_BYTES]
        return ImportResult(problems=(_too_big(encoded_size, prefix.count(b"\n")),))
    text = text.removeprefix("\ufeff")
    for bad, reason in (
        ("\x00", "the file contains NUL bytes: it is a binary file, not GIFT text"),
        (None, "the file contains a Unicode noncharacter (U+FDD0..U+FDEF), never valid in text"),
    ):
        position = text.find(bad) if bad else _first_noncharacter(text)
        if position != -1:
            return ImportResult(problems=(Problem(text.count("\n", 0, position) + 1, reason),))

    # readdata(): a file whose only line ends are \r comes from an old Mac.
    raw_lines = text.split("\r") if "\n" not in text and "\r" in text else text.split("\n")
    reader = _GiftReader()
    block: list[tuple[int, str]] = []
    for number, raw in enumerate(raw_lines, start=1):
        line = php_trim(raw)
        if line == "":
            if block:
                reader.read_block(block)
                block = []
        else:
            block.append((number, line))
    if block:
        reader.read_block(block)
    if not reader.questions and not reader.problems:
        reader.problems.append(Problem(1, "the file contains no questions"))
    return ImportResult(
        questions=tuple(reader.questions),
        categories=tuple(reader.categories),
        problems=tuple(reader.problems),
    )


def _first_noncharacter(text: str) -> int:
    match = _NONCHARACTER_RE.search(text)
    return match.start() if match else -1


# --- export -------------------------------------------------------------------------------

_REPCHAR = {"\\": "\\\\", "#": "\\#", "=": "\\=", "~": "\\~", "{": "\\{", "}": "\\}", ":": "\\:"}
_REPCHAR["\n"] = "\\n"
_FORMAT_LABELS = {value: key for key, value in _FORMAT_NAMES.items()}


def _escape(text: str) -> str:
    """``repchar``: escape GIFT's control characters (Moodle also drops ``\\r``; kept here)."""
    return "".join(_REPCHAR.get(char, char) for char in text)


def _write_text(text: str, text_format: TextFormat, default: TextFormat) -> str:
    """``write_questiontext``, plus an explicit format when the text itself starts with '['."""
    prefix = ""
    if (text != "" and text_format != default) or text.startswith("["):
        prefix = f"[{_FORMAT_LABELS[text_format]}]"
    return prefix + _escape(text)


def _write_weight(fraction: Decimal) -> str:
    return f"%{percent(fraction)}%"


def _write_number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _block(question: ParsedQuestion) -> str:
    qformat = question.text_format
    lines: list[str] = []
    kind = question.kind
    if kind.is_multichoice:
        # Moodle needs a "~" to see multiple choice at all; when every answer is worth 100%,
        # all but the first are written "~%100%" (the "=" keeps it single-answer).
        all_full = all(a.fraction == 1 for a in question.answers)
        for index, answer in enumerate(question.answers):
            text = _write_text(answer.text, answer.format, qformat)
            if (
                answer.fraction == 1
                and kind is Kind.MULTICHOICE_SINGLE
                and not (all_full and index > 0)
            ):
                if _WEIGHT_RE.match(text):
                    raise ExportError(f"answer {answer.text!r} would read back as a weight")
                prefix = "="
            elif answer.fraction == 0 and not text.startswith("%"):
                prefix = "~"
            else:
                prefix = "~" + _write_weight(answer.fraction)
            lines.append(
                prefix + text + _feedback(answer.feedback, answer.feedback_format, qformat)
            )
    elif kind is Kind.SHORTANSWER:
        if question.case_sensitive:
            raise ExportError("GIFT cannot say that a short answer is case sensitive")
        for answer in question.answers:
            for part in (answer.text, answer.feedback):
                if "->" in part:
                    raise ExportError(f"{part!r}: '->' would make Moodle read a matching question")
            text = ("[moodle]" if answer.text.startswith("[") else "") + _escape(answer.text)
            lines.append(
                "="
                + _write_weight(answer.fraction)
                + text
                + _feedback(answer.feedback, answer.feedback_format, qformat)
            )
    elif kind is Kind.NUMERICAL:
        last = len(question.numeric_answers) - 1
        for index, answer in enumerate(question.numeric_answers):
            feedback = _feedback(answer.feedback, answer.feedback_format, qformat)
            if answer.value is None and answer.fraction == 0 and index == last:
                lines.append("~" + (feedback or "#"))
            elif answer.value is None:
                lines.append(f"={_write_weight(answer.fraction)}*{feedback}")
            else:
                lines.append(
                    f"={_write_weight(answer.fraction)}{_write_number(answer.value)}"
                    f":{_write_number(answer.tolerance)}{feedback}"
                )
    elif kind is Kind.MATCHING:
        for pair in question.pairs:
            if "->" in pair.question_text:
                raise ExportError(f"matching question {pair.question_text!r} contains '->'")
            stem = _write_text(pair.question_text, pair.question_format, qformat)
            lines.append(f"={stem} -> {_escape(pair.answer_text)}")
    elif kind is Kind.TRUEFALSE:
        right, wrong = (
            (question.true_feedback, question.true_feedback_format),
            (question.false_feedback, question.false_feedback_format),
        )
        if not question.correct_answer:
            right, wrong = wrong, right
        right_text = _write_text(right[0], right[1], qformat)
        wrong_text = _write_text(wrong[0], wrong[1], qformat)
        answer = "TRUE" if question.correct_answer else "FALSE"
        if wrong_text:
            answer += "#" + wrong_text
        elif right_text:
            answer += "#"
        if right_text:
            answer += "#" + right_text
        lines.append(answer)
    general = _write_text(
        question.general_feedback, question.general_feedback_format, question.text_format
    )
    if general:
        lines.append("####" + general)
    if kind is Kind.TRUEFALSE or not lines:
        return "{" + "".join(lines) + "}"
    opening = "{#\n" if kind is Kind.NUMERICAL else "{\n"
    return opening + "".join(f"\t{line}\n" for line in lines) + "}"


def _feedback(text: str, text_format: TextFormat, default: TextFormat) -> str:
    return "#" + _write_text(text, text_format, default) if text else ""


def export_question_gift(question: ParsedQuestion) -> str:
    """One question in GIFT, without category line (``qformat_gift::writequestion``)."""
    name = f"::{_escape(question.name)}::"
    text = _write_text(question.text, question.text_format, TextFormat.MOODLE)
    if question.kind is Kind.DESCRIPTION:
        return name + text + "\n"
    block = _block(question)
    blank = text.find(MISSING_WORD_BLANK)
    # A blank at the very end cannot be rebuilt in place: Moodle reads a text ending in "}"
    # as "answers after the question", so there the block goes after the blank.
    if blank != -1 and not text.endswith(MISSING_WORD_BLANK):
        text = text[:blank] + block + text[blank + len(MISSING_WORD_BLANK) :]
    else:
        text += block
    return name + text + "\n"


def export_gift(questions: Iterable[ParsedQuestion]) -> str:
    """Questions as a GIFT file, with ``$CATEGORY:`` lines wherever the category changes.

    Raises ExportError for a question GIFT cannot express without changing how it grades.
    """
    chunks: list[str] = []
    category: tuple[str, ...] = ()
    for question in questions:
        if question.category != category:
            category = question.category
            path = assemble_category_path(category)
            if "\n" in path or "\r" in path:
                raise ExportError(f"category {path!r} contains a line break")
            # Moodle writes (and reads) the path unescaped: its reader never restores escapes
            # in a category, so escaping here would put backslashes into Moodle's names.
            chunks.append(f"$CATEGORY: {path}\n")
        label = " ".join(question.name.split())
        chunks.append(f"// {question.kind.value}: {label}\n" + export_question_gift(question))
    return "\n".join(chunks)
