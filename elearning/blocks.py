"""Blocks of lessons (the shared content blocks plus key terms) and of quizzes' slots.

A quiz is a list of slots over the question bank: a fixed question, or "N random questions
from category X". Only the Polish quiz's slots count (``elearning.attempt_questions``), so they are
synchronised, not translated: a translation of the quiz asks the same questions.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import ContentBlocks
from questionbank.services import ready_questions_in


class KeyTermBlock(blocks.StructBlock):
    """A key-term box; the term and its definition come from the trilingual glossary."""

    term = SnippetChooserBlock("elearning.GlossaryTerm", label=_("Glossary term"))

    class Meta:
        icon = "help"
        label = _("Key term")
        template = "blocks/key_term_block.html"


class LessonBlocks(ContentBlocks):
    key_term = KeyTermBlock()

    class Meta:
        label = _("Lesson content")


class FixedQuestionSlot(blocks.StructBlock):
    """One question of the bank, asked in every attempt."""

    question = SnippetChooserBlock("questionbank.Question", label=_("Question"))

    class Meta:
        icon = "help"
        label = _("Question from the bank")


class RandomQuestionsSlot(blocks.StructBlock):
    """A number of questions drawn for each attempt from a category of the bank."""

    category = SnippetChooserBlock("questionbank.QuestionCategory", label=_("Category"))
    count = blocks.IntegerBlock(min_value=1, default=1, label=_("Number of questions"))
    include_subcategories = blocks.BooleanBlock(
        required=False, default=True, label=_("Also draw from its subcategories")
    )

    class Meta:
        icon = "pick"
        label = _("Random questions from a category")

    def clean(self, value):
        value = super().clean(value)
        category = value.get("category")
        if category is not None:
            available = ready_questions_in(category, value.get("include_subcategories", False))
            if value["count"] > available:
                raise blocks.StructBlockValidationError(
                    block_errors={
                        "count": ValidationError(
                            ngettext(
                                "The category has only %(count)s question ready to be asked.",
                                "The category has only %(count)s questions ready to be asked.",
                                available,
                            )
                            % {"count": available}
                        )
                    }
                )
        return value


class QuizSlotBlocks(blocks.StreamBlock):
    question = FixedQuestionSlot()
    random = RandomQuestionsSlot()

    class Meta:
        label = _("Questions")
