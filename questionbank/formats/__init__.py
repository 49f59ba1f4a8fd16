"""Reading and writing Moodle's question files: GIFT and Moodle XML, into plain Python data.

``parse_gift`` / ``read_gift`` and ``parse_moodle_xml`` turn a file into an ``ImportResult``
(questions, categories, problems); ``export_gift`` and ``export_moodle_xml`` write questions
back. Nothing here touches the database: callers decide what to store, all or nothing.
"""

from questionbank.formats.gift import export_gift, parse_gift, read_gift
from questionbank.formats.model import (
    MAX_FILE_BYTES,
    Answer,
    AnswerKey,
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
)
from questionbank.formats.moodle_xml import export_moodle_xml, parse_moodle_xml

__all__ = [
    "MAX_FILE_BYTES",
    "Answer",
    "AnswerKey",
    "Category",
    "CombinedFeedback",
    "ExportError",
    "ImportResult",
    "Kind",
    "MatchPair",
    "NumericAnswer",
    "ParsedQuestion",
    "Problem",
    "TextFormat",
    "export_gift",
    "export_moodle_xml",
    "parse_gift",
    "parse_moodle_xml",
    "read_gift",
]
