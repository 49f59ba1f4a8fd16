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


class CaseStudyBlock(blocks.StructBlock):
    """A client's situation, what the advisor is asked to do, and a model answer to compare with."""

    title = blocks.CharBlock(label=_("Title"))
    client = blocks.TextBlock(
        label=_("Client"), help_text=_("Who the client is and what they need.")
    )
    task = blocks.TextBlock(label=_("Task"))
    model_answer = blocks.TextBlock(
        label=_("Model answer"), help_text=_("Shown when the learner asks for it.")
    )

    class Meta:
        icon = "user"
        label = _("Case study or exercise")
        template = "blocks/case_study_block.html"


class SelfCheckBlock(blocks.StructBlock):
    """A question to answer for oneself, with the answer behind a button; nothing is recorded."""

    question = blocks.TextBlock(label=_("Question"))
    answer = blocks.TextBlock(label=_("Answer"))

    class Meta:
        icon = "help"
        label = _("Self-check")
        template = "blocks/self_check_block.html"


class LessonSourceBlock(blocks.StructBlock):
    """A source the lesson relies on: an act with its official reference, or a practice guide."""

    title = blocks.CharBlock(label=_("Title"))
    reference = blocks.CharBlock(
        required=False,
        label=_("Reference"),
        help_text=_("Where it is published, e.g. Dz.U. 2013 poz. 21 or OJ L 312, 22.11.2008."),
    )
    url = blocks.URLBlock(
        required=False, label=_("Link"), help_text=_("ISAP, EUR-Lex or the publisher's page.")
    )

    class Meta:
        icon = "link"
        label = _("Source")


class LessonBlocks(ContentBlocks):
    key_term = KeyTermBlock()
    case_study = CaseStudyBlock()
    self_check = SelfCheckBlock()

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
