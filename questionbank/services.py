"""The question bank's rules, as plain functions over the models (no requests here).

- ``answer_key(question)``: the key grading uses, always the Polish question's.
- ``current_version`` / ``record_use`` / ``version_if_changed``: a used question is frozen as
  a version; editing it afterwards makes a new version, the old one stays for its attempts.
- ``plan_import`` / ``import_questions``: a parsed file into a category, all or nothing.
  Categories are addressed by their Polish path in every language; a question of an English
  or Spanish file becomes the translation of the Polish question with the same name in the
  same category, and only when the answer keys agree.
- ``export_category``: a category's questions in one language, as GIFT or Moodle XML.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, replace
from typing import Any

from django.core import signing
from django.db import IntegrityError, models, transaction
from wagtail.models import Locale, Page, ReferenceIndex

from questionbank.convert import fields_from_parsed, key_from_json, parsed_from_fields
from questionbank.formats import (
    AnswerKey,
    ImportResult,
    Kind,
    ParsedQuestion,
    Problem,
    export_gift,
    export_moodle_xml,
    parse_moodle_xml,
    read_gift,
)
from questionbank.formats.model import split_category_path
from questionbank.models import Question, QuestionCategory, QuestionStatus, QuestionVersion

FORMATS = ("gift", "xml")
PREVIEW_SALT = "questionbank.import-preview"
PREVIEW_MAX_AGE = 60 * 60  # an hour to read the preview and confirm


class ImportRefused(Exception):
    """The file (or its plan) has problems: nothing was imported."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("; ".join(str(p) for p in report.problems))
        self.report = report


# --- the key --------------------------------------------------------------------------------


def answer_key(question: Question) -> AnswerKey:
    """What grading uses for ``question`` in any language: its Polish source's key."""
    source = question.source_question()
    return key_from_json(source.kind, source.key)


def as_parsed(question: Question) -> ParsedQuestion:
    """``question`` as a learner sees it in its language, with the source's key."""
    return parsed_from_fields(
        name=question.name,
        text=question.text,
        text_format=question.text_format,
        general_feedback=question.general_feedback,
        content=question.content,
        key=answer_key(question),
        category=polish_path(question.category),
    )


def polish_path(category: QuestionCategory) -> tuple[str, ...]:
    """The path that names ``category`` in every language: its Polish names."""
    source = category.get_translation_or_none(Locale.get_default()) or category
    return source.path()


# --- versions -------------------------------------------------------------------------------


def snapshot(question: Question) -> dict[str, Any]:
    """The question as shown plus its key, JSON-ready (Decimals as strings)."""
    fields = fields_from_parsed(as_parsed(question))
    return json.loads(json.dumps(fields, sort_keys=True))


def current_version(question: Question) -> QuestionVersion | None:
    """The latest frozen version of ``question``; None while no attempt has used it."""
    return question.versions.order_by("-number").first()


def _new_version(question: Question, data: dict[str, Any], latest: QuestionVersion | None):
    number = latest.number + 1 if latest else 1
    return QuestionVersion.objects.create(question=question, number=number, snapshot=data)


def record_use(question: Question) -> QuestionVersion:
    """The version an attempt shows now: the latest one, or a new one if the question changed.

    Learners starting at the same moment may freeze the same change together: the database
    lets one of them number the version, and the others then read the one it made.
    """
    data = snapshot(question)
    for _try in range(3):
        latest = current_version(question)
        if latest is not None and latest.snapshot == data:
            return latest
        try:
            with transaction.atomic():
                return _new_version(question, data, latest)
        except IntegrityError:
            continue
    raise RuntimeError(f"question {question.pk}: no version could be recorded")


def version_if_changed(question: Question) -> QuestionVersion | None:
    """After an edit: a new version when a used question now differs from its latest one."""
    latest = current_version(question)
    if latest is None:
        return None
    data = snapshot(question)
    if latest.snapshot == data:
        return None
    return _new_version(question, data, latest)


def usage_count(question: Question) -> int:
    """How many quizzes may ask ``question``: as a fixed question, or drawing from its
    category or a category above it. A quiz and its translations count once.

    Read from Wagtail's reference index, which records every chooser in a page's slots.
    """
    source = question.source_question()
    targets: list[models.Model] = [source]
    category: QuestionCategory | None = source.category
    while category is not None:
        targets.append(category)
        category = category.parent
    page_ids: set[int] = set()
    for target in targets:
        for reference in ReferenceIndex.get_references_to(target):
            if reference.base_content_type.model_class() is not None and issubclass(
                reference.base_content_type.model_class(), Page
            ):
                page_ids.add(int(reference.object_id))
    return Page.objects.filter(pk__in=page_ids).values("translation_key").distinct().count()


def category_tree(category: QuestionCategory) -> list[int]:
    """The ids of ``category`` and every category below it."""
    found, frontier = [category.pk], [category.pk]
    while frontier:
        frontier = list(
            QuestionCategory.objects.filter(parent_id__in=frontier).values_list("pk", flat=True)
        )
        found.extend(frontier)
    return found


def ready_questions(category: QuestionCategory, include_subcategories: bool):
    """The Polish questions a quiz may draw from ``category`` (any translation of it)."""
    source = category.get_translation_or_none(Locale.get_default()) or category
    categories = category_tree(source) if include_subcategories else [source.pk]
    return (
        Question.objects.filter(
            category_id__in=categories, status=QuestionStatus.READY, locale=source.locale
        )
        .exclude(kind=Kind.DESCRIPTION.value)
        .order_by("pk")
    )


def ready_questions_in(category: QuestionCategory, include_subcategories: bool) -> int:
    return ready_questions(category, include_subcategories).count()


# --- categories -----------------------------------------------------------------------------


def parse_category_path(path: str) -> tuple[str, ...]:
    """ "A/B" (or Moodle's "$course$/top/A/B") as names; "//" is a literal slash."""
    return split_category_path(path)[1]


def find_category(path: tuple[str, ...], locale: Locale) -> QuestionCategory | None:
    """The category at the Polish ``path``, in ``locale`` (None if any part is missing)."""
    parent = None
    for name in path:
        parent = QuestionCategory.objects.filter(
            parent=parent, name=name, locale=Locale.get_default()
        ).first()
        if parent is None:
            return None
    if parent is None:
        return None
    return parent.get_translation_or_none(locale)


def ensure_category(path: tuple[str, ...], locale: Locale) -> QuestionCategory:
    """The category at the Polish ``path`` in ``locale``, created (with its Polish tree)."""
    default = Locale.get_default()
    parent = None
    for name in path:
        parent, _created = QuestionCategory.objects.get_or_create(
            parent=parent, name=name, locale=default
        )
    if parent is None:
        raise ValueError("a category path needs at least one name")
    return _translated_category(parent, locale)


def _translated_category(category: QuestionCategory, locale: Locale) -> QuestionCategory:
    if category.locale_id == locale.pk:
        return category
    existing = category.get_translation_or_none(locale)
    if existing is not None:
        return existing
    copy = category.copy_for_translation(locale)
    if category.parent is not None:
        copy.parent = _translated_category(category.parent, locale)
    copy.save()
    return copy


# --- import ---------------------------------------------------------------------------------


@dataclass
class PlannedQuestion:
    question: ParsedQuestion
    category: tuple[str, ...]
    action: str  # "create" | "update" | "unchanged" | "translate"


@dataclass
class ImportReport:
    """What an import did (or would do); ``problems`` non-empty means nothing is imported."""

    language: str
    planned: list[PlannedQuestion] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Names of Polish questions in the file's categories that the file (a translation) lacks.
    missing: list[str] = field(default_factory=list)
    # Names whose answer keys disagree with the Polish question's.
    disagreeing: list[str] = field(default_factory=list)
    # Questions whose name repeats an earlier one in the file, each with its line and new name.
    renamed: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.planned)

    def names(self, action: str) -> list[str]:
        return [p.question.name for p in self.planned if p.action == action]


def read_file(data: bytes, file_format: str) -> ImportResult:
    """Parse an uploaded file of ``file_format`` ("gift" or "xml")."""
    return read_gift(data) if file_format == "gift" else parse_moodle_xml(data)


def guess_format(filename: str) -> str:
    return "xml" if filename.lower().endswith(".xml") else "gift"


def plan_import(result: ImportResult, category: str, language: str) -> ImportReport:
    """What importing ``result`` under the Polish path ``category`` in ``language`` would do."""
    report = ImportReport(language=language, problems=list(result.problems))
    base = parse_category_path(category)
    if not base:
        report.problems.append(Problem(None, "the category path is empty"))
        return report
    locale = Locale.objects.get(language_code=language)
    is_source = locale.pk == Locale.get_default().pk
    seen: dict[tuple[tuple[str, ...], str], ParsedQuestion] = {}
    for question in result.questions:
        # The parsers already applied Moodle's save rules (check_question) to each question.
        where = question.line
        path = base + question.category
        if (path, question.name) in seen:
            # Moodle imports every question of a file, even when names repeat (its own samples
            # do); names are unique in our bank, so repeats are numbered in file order, which
            # keeps re-imports and the other languages' files aligned.
            earlier = seen[(path, question.name)]
            question = _numbered(question, path, seen)
            report.renamed.append(
                Problem(
                    where,
                    f"renamed to {question.name!r}: the question on line {earlier.line} has "
                    "the same name",
                    earlier.name,
                )
            )
        seen[(path, question.name)] = question
        source = _existing(path, question.name, Locale.get_default())
        if is_source:
            action = "create" if source is None else "update"
            if source is not None and as_parsed(source) == _with_category(question, path):
                action = "unchanged"
        elif source is None:
            report.problems.append(
                Problem(
                    where,
                    "there is no Polish question with this name in this category; import the "
                    "Polish file first",
                    question.name,
                )
            )
            continue
        elif answer_key(source) != question.answer_key():
            report.disagreeing.append(question.name)
            report.problems.append(
                Problem(
                    where,
                    "the answer key (right answers, grades, tolerances) differs from the Polish "
                    "question's; a translation may change texts only",
                    question.name,
                )
            )
            continue
        else:
            action = "translate"
        report.planned.append(PlannedQuestion(question, path, action))
    if not is_source:
        named = {(p.category, p.question.name) for p in report.planned} | {
            (base + q.category, q.name) for q in result.questions
        }
        for path in {p for p, _name in named}:
            polish = find_category(path, Locale.get_default())
            if polish is None:
                continue
            for name in polish.questions.values_list("name", flat=True):
                if (path, name) not in named:
                    report.missing.append(name)
    return report


def _numbered(
    question: ParsedQuestion,
    path: tuple[str, ...],
    seen: dict[tuple[tuple[str, ...], str], ParsedQuestion],
) -> ParsedQuestion:
    number = 2
    while (path, f"{question.name} ({number})") in seen:
        number += 1
    return replace(question, name=f"{question.name} ({number})")


def _with_category(question: ParsedQuestion, path: tuple[str, ...]) -> ParsedQuestion:
    return replace(question, category=path)


def _existing(path: tuple[str, ...], name: str, locale: Locale) -> Question | None:
    category = find_category(path, locale)
    if category is None:
        return None
    return category.questions.filter(name=name).first()


@transaction.atomic
def import_questions(result: ImportResult, category: str, language: str) -> ImportReport:
    """Import ``result`` all or nothing; raises ImportRefused (nothing stored) on any problem."""
    report = plan_import(result, category, language)
    if not report.ok:
        if not report.planned and not report.problems:
            report.problems.append(Problem(None, "the file contains no questions"))
        raise ImportRefused(report)
    locale = Locale.objects.get(language_code=language)
    default = Locale.get_default()
    for planned in report.planned:
        fields = fields_from_parsed(planned.question)
        if planned.action == "translate":
            source = _existing(planned.category, planned.question.name, default)
            target = source.get_translation_or_none(locale)
            if target is None:
                target = source.copy_for_translation(locale)
            target.category = ensure_category(planned.category, locale)
            for name in ("text", "text_format", "general_feedback", "content"):
                setattr(target, name, fields[name])
            target.save()
        elif planned.action != "unchanged":
            home = ensure_category(planned.category, locale)
            question = home.questions.filter(name=planned.question.name).first()
            question = question or Question(category=home, locale=locale)
            for name, value in fields.items():
                setattr(question, name, value)
            question.save()
    return report


# --- export ---------------------------------------------------------------------------------


def export_category(category: str, language: str, file_format: str) -> bytes:
    """The questions of the Polish path ``category`` (and below) in ``language``."""
    path = parse_category_path(category)
    locale = Locale.objects.get(language_code=language)
    home = find_category(path, locale)
    questions: list[ParsedQuestion] = []
    if home is not None:
        for item in _descendants(home):
            questions.extend(
                _relative(as_parsed(q), len(path)) for q in item.questions.order_by("pk")
            )
    if file_format == "xml":
        return export_moodle_xml(questions)
    return export_gift(questions).encode("utf-8")


def _descendants(category: QuestionCategory) -> list[QuestionCategory]:
    found = [category]
    for child in category.children.order_by("pk"):
        found.extend(_descendants(child))
    return found


def _relative(question: ParsedQuestion, depth: int) -> ParsedQuestion:
    """Category paths below the exported one, so importing under it lands in the same place.

    Paths are the Polish names, which every locale's tree mirrors (see find_category).
    """
    return replace(question, category=question.category[depth:])


# --- the admin preview's token --------------------------------------------------------------


def preview_token(data: bytes, file_format: str, category: str, language: str) -> str:
    """What staff previewed, signed: the confirmation re-reads and re-plans exactly this file."""
    payload = {
        "data": base64.b64encode(data).decode("ascii"),
        "format": file_format,
        "category": category,
        "language": language,
    }
    return signing.dumps(payload, salt=PREVIEW_SALT, compress=True)


def from_token(token: str) -> tuple[bytes, str, str, str]:
    """(file, format, category, language) from a preview token; BadSignature if tampered."""
    payload = signing.loads(token, salt=PREVIEW_SALT, max_age=PREVIEW_MAX_AGE)
    try:
        data = base64.b64decode(payload["data"])
        return data, payload["format"], payload["category"], payload["language"]
    except (KeyError, TypeError, ValueError) as error:
        raise signing.BadSignature(str(error)) from error
