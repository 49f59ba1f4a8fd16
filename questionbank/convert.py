"""Between the formats' ``ParsedQuestion`` and a bank question's fields.

The texts go to ``content`` (translated), the grading-relevant part to ``key`` (the Polish
question's): joining a translation's texts with its source's key gives the question a learner
sees in that language. Decimals are stored as strings so no fraction is rounded in JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from questionbank.formats import (
    Answer,
    AnswerKey,
    CombinedFeedback,
    Kind,
    MatchPair,
    NumericAnswer,
    ParsedQuestion,
    TextFormat,
)


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _undec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def key_to_json(key: AnswerKey) -> dict[str, Any]:
    return {
        "fractions": [str(f) for f in key.fractions],
        "numeric": [[_dec(v), str(t), str(f)] for v, t, f in key.numeric],
        "correct_answer": key.correct_answer,
        "case_sensitive": key.case_sensitive,
        "stems": list(key.stems),
    }


def key_from_json(kind: str, data: dict[str, Any]) -> AnswerKey:
    return AnswerKey(
        kind=Kind(kind),
        fractions=tuple(Decimal(f) for f in data.get("fractions", [])),
        numeric=tuple((_undec(v), Decimal(t), Decimal(f)) for v, t, f in data.get("numeric", [])),
        correct_answer=data.get("correct_answer"),
        case_sensitive=bool(data.get("case_sensitive", False)),
        stems=tuple(bool(s) for s in data.get("stems", [])),
    )


def fields_from_parsed(question: ParsedQuestion) -> dict[str, Any]:
    """The model fields for ``question``: texts, formats, and its answer key."""
    combined = question.combined_feedback
    content = {
        "general_feedback_format": question.general_feedback_format.value,
        "answers": [
            {
                "text": a.text,
                "feedback": a.feedback,
                "format": a.format.value,
                "feedback_format": a.feedback_format.value,
            }
            for a in question.answers
        ],
        "numeric": [
            {"feedback": a.feedback, "feedback_format": a.feedback_format.value}
            for a in question.numeric_answers
        ],
        "pairs": [
            {
                "question_text": p.question_text,
                "answer_text": p.answer_text,
                "question_format": p.question_format.value,
            }
            for p in question.pairs
        ],
        "true_feedback": question.true_feedback,
        "true_feedback_format": question.true_feedback_format.value,
        "false_feedback": question.false_feedback,
        "false_feedback_format": question.false_feedback_format.value,
        "combined_feedback": None
        if combined is None
        else {
            "correct": combined.correct,
            "partially_correct": combined.partially_correct,
            "incorrect": combined.incorrect,
            "correct_format": combined.correct_format.value,
            "partially_correct_format": combined.partially_correct_format.value,
            "incorrect_format": combined.incorrect_format.value,
            "show_num_correct": combined.show_num_correct,
        },
        "id_number": question.id_number,
    }
    return {
        "name": question.name,
        "kind": question.kind.value,
        "text": question.text,
        "text_format": question.text_format.value,
        "general_feedback": question.general_feedback,
        "content": content,
        "key": key_to_json(question.answer_key()),
    }


def parsed_from_fields(
    *,
    name: str,
    text: str,
    text_format: str,
    general_feedback: str,
    content: dict[str, Any],
    key: AnswerKey,
    category: tuple[str, ...] = (),
) -> ParsedQuestion:
    """A question from its texts and the (source's) key; texts beyond the key are dropped."""
    answers = content.get("answers", [])
    numeric_texts = content.get("numeric", [])
    pairs = content.get("pairs", [])
    combined = content.get("combined_feedback")
    return ParsedQuestion(
        name=name,
        kind=key.kind,
        text=text,
        text_format=TextFormat(text_format),
        category=category,
        general_feedback=general_feedback,
        general_feedback_format=TextFormat(content.get("general_feedback_format", "moodle")),
        answers=tuple(
            Answer(
                text=a["text"],
                fraction=fraction,
                feedback=a["feedback"],
                format=TextFormat(a["format"]),
                feedback_format=TextFormat(a["feedback_format"]),
            )
            for a, fraction in zip(answers, key.fractions, strict=False)
        ),
        numeric_answers=tuple(
            NumericAnswer(
                value=value,
                tolerance=tolerance,
                fraction=fraction,
                feedback=t["feedback"],
                feedback_format=TextFormat(t["feedback_format"]),
            )
            for t, (value, tolerance, fraction) in zip(numeric_texts, key.numeric, strict=False)
        ),
        pairs=tuple(
            MatchPair(
                question_text=p["question_text"] if stem else "",
                answer_text=p["answer_text"],
                question_format=TextFormat(p["question_format"]),
            )
            for p, stem in zip(pairs, key.stems, strict=False)
        ),
        case_sensitive=key.case_sensitive,
        correct_answer=key.correct_answer,
        true_feedback=content.get("true_feedback", ""),
        true_feedback_format=TextFormat(content.get("true_feedback_format", "moodle")),
        false_feedback=content.get("false_feedback", ""),
        false_feedback_format=TextFormat(content.get("false_feedback_format", "moodle")),
        combined_feedback=None
        if combined is None
        else CombinedFeedback(
            correct=combined["correct"],
            partially_correct=combined["partially_correct"],
            incorrect=combined["incorrect"],
            correct_format=TextFormat(combined["correct_format"]),
            partially_correct_format=TextFormat(combined["partially_correct_format"]),
            incorrect_format=TextFormat(combined["incorrect_format"]),
            show_num_correct=combined["show_num_correct"],
        ),
        id_number=content.get("id_number"),
    )
