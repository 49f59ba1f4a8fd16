"""The one set of content blocks every page type's StreamField body is built from."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms.models import register_form_field_override
from wagtail.blocks import StreamValue
from wagtail.blocks.base import BlockField, BlockWidget
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "h3", "h4", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Subsection heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Zielone miejsca pracy", "level": "h2"}

    def get_searchable_content(self, value) -> list[str]:
        # Only the words of the heading: the level's label ("Section heading", in the language
        # active at indexing) would make every page with a heading match "section".
        return self.child_blocks["text"].get_searchable_content(value["text"])


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy.</p>"


class FigureBlock(blocks.StructBlock):
    """An image with alt text chosen for this use (translated with the page) and a caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/figure_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        label=_("Link text"),
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "blocks/document_block.html"


class VideoBlock(blocks.StructBlock):
    """A video embed with the text alternative WCAG asks for (summary or transcript)."""

    video = EmbedBlock(label=_("Video URL"))
    title = blocks.CharBlock(label=_("Title"))
    transcript = blocks.RichTextBlock(
        features=["bold", "italic", "ol", "ul"],
        required=False,
        label=_("Text alternative"),
        help_text=_("A transcript or a description of the video for people who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(required=False, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Obecnym wyzwaniem i szansą lokalnych rynków są zielone miejsca pracy.",
            "attribution": "Wojewódzki Urząd Pracy w Białymstoku",
        }


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    text = blocks.TextBlock(required=False, label=_("Text"))
    page = blocks.PageChooserBlock(label=_("Page"))
    link_label = blocks.CharBlock(label=_("Button text"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Figure"))
    label = blocks.CharBlock(label=_("What it counts"))

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"))

    class Meta:
        icon = "table"
        label = _("Key figures")
        template = "blocks/key_figures_block.html"
        preview_value = {
            "title": "",
            "figures": [
                {"value": "34", "label": "podmioty partnerstwa"},
                {"value": "148", "label": "osób przeszkolonych"},
            ],
        }


class PollBlock(blocks.StructBlock):
    # Its form or its results, as the visitor has voted or not: never kept as shared HTML.
    varies_by_visitor = True

    poll = SnippetChooserBlock("polls.Poll", label=_("Poll"))

    class Meta:
        icon = "list-ul"
        label = _("Poll")
        template = "blocks/poll_block.html"


class ContentBlocks(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = FigureBlock()
    document = DocumentBlock()
    video = VideoBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    poll = PollBlock()

    class Meta:
        label = _("Content")


def varies_by_visitor(stream: StreamValue) -> bool:
    """Does a block of ``stream`` render differently for each visitor (a poll)?

    Such blocks are top-level in every stream (``ContentBlocks``): only those are looked at.
    """
    child_blocks = stream.stream_block.child_blocks
    return any(
        getattr(child_blocks.get(item["type"]), "varies_by_visitor", False)
        for item in stream.raw_data
    )


def page_varies_by_visitor(page: Model) -> bool:
    """Does any of the page's StreamFields hold a block that is each visitor's own?"""
    return any(
        varies_by_visitor(getattr(page, field.attname))
        for field in page._meta.concrete_fields
        if isinstance(field, StreamField)
    )


# --- Posted StreamFields ---------------------------------------------------------------------
# Wagtail reads a posted StreamField with data["<name>-count"], data["<name>-<i>-type"] and
# int(): a crafted post without them raised MultiValueDictKeyError (a KeyError) or ValueError
# in BlockWidget.value_from_datadict, outside the form's validation: a 500. Every admin form's
# StreamField (pages and snippets, whatever blocks it has) uses the field below instead, which
# makes such a post a "This field is required." error on the field and keeps the stored value.


class MalformedStreamData:
    """The value of a StreamField whose posted data is missing or malformed."""


MALFORMED = MalformedStreamData()


class CheckedBlockWidget(BlockWidget):
    def value_from_datadict(self, data, files, name):
        if self.block_def.value_omitted_from_data(data, files, name):
            return MALFORMED
        try:
            return super().value_from_datadict(data, files, name)
        except (KeyError, ValueError):  # a child's keys missing, a count not a number
            return MALFORMED


class CheckedBlockField(BlockField):
    def __init__(self, block=None, **kwargs):
        if block is not None:
            kwargs.setdefault("widget", CheckedBlockWidget(block))
        super().__init__(block=block, **kwargs)

    def bound_data(self, data, initial):
        # The form shown again with the error keeps the stored content.
        return initial if data is MALFORMED else data

    def has_changed(self, initial_value, data_value):
        return data_value is not MALFORMED and super().has_changed(initial_value, data_value)

    def clean(self, value):
        if value is MALFORMED:
            raise ValidationError(forms.Field.default_error_messages["required"], code="required")
        return super().clean(value)


register_form_field_override(StreamField, override={"form_class": CheckedBlockField})
