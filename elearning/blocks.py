"""Blocks of lessons (the shared content blocks plus key terms) and of quiz questions.

Quiz questions live in a StreamField: wagtail-localize translates their texts and keeps
every block's id, so a question (and each answer) has the same id in every language and
attempts, progress and statistics are shared across translations.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import ContentBlocks


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


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"))
    correct = blocks.BooleanBlock(required=False, label=_("Correct"))
    feedback = blocks.TextBlock(
        required=False,
        label=_("Feedback"),
        help_text=_("Shown with this answer when the review is shown."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer")


class ChoiceQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    answers = blocks.ListBlock(AnswerBlock(), min_num=2, label=_("Answers"))
    general_feedback = blocks.TextBlock(required=False, label=_("General feedback"))

    class Meta:
        icon = "list-ul"


class SingleChoiceQuestionBlock(ChoiceQuestionBlock):
    def clean(self, value):
        value = super().clean(value)
        if sum(1 for answer in value["answers"] if answer["correct"]) != 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "answers": blocks.ListBlockValidationError(
                        non_block_errors=[_("Mark exactly one answer as correct.")]
                    )
                }
            )
        return value

    class Meta:
        label = _("Single choice question")


class MultipleChoiceQuestionBlock(ChoiceQuestionBlock):
    def clean(self, value):
        value = super().clean(value)
        if sum(1 for answer in value["answers"] if answer["correct"]) < 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "answers": blocks.ListBlockValidationError(
                        non_block_errors=[_("Mark at least one answer as correct.")]
                    )
                }
            )
        return value

    class Meta:
        label = _("Multiple choice question")


class TrueFalseQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Statement"))
    correct = blocks.BooleanBlock(required=False, label=_("The statement is true"))
    feedback_true = blocks.TextBlock(required=False, label=_("Feedback for “true”"))
    feedback_false = blocks.TextBlock(required=False, label=_("Feedback for “false”"))
    general_feedback = blocks.TextBlock(required=False, label=_("General feedback"))

    class Meta:
        icon = "tick"
        label = _("True or false question")


class QuestionBlocks(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()

    class Meta:
        label = _("Questions")
