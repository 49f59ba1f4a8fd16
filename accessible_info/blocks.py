"""The sign-language video: a recording in Polish Sign Language with captions and a transcript.

The player is Wagtail's embed, rendered by ``templates/wagtailembeds/embed_frontend.html``:
nothing is fetched from the video host until the visitor presses play (core/embeds.py). A
recording in sign language still needs captions for those who do not sign and a transcript
for those who cannot watch (WCAG 1.2.2 and 1.2.3), so the block asks for both.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

TRANSCRIPT_FEATURES = ["bold", "italic", "h3", "ol", "ul", "link"]


class SignLanguageVideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    video = EmbedBlock(
        label=_("Video URL"),
        help_text=_("The address of the recording on the video host, e.g. YouTube."),
    )
    captions_in_video = blocks.BooleanBlock(
        required=False,
        label=_("The hosted video has captions"),
        help_text=_("Tick when the captions can be turned on in the video host's player."),
    )
    captions_file = DocumentChooserBlock(
        required=False,
        label=_("Captions file"),
        help_text=_("The captions as a document (a WebVTT caption track), offered for download."),
    )
    transcript = blocks.RichTextBlock(
        features=TRANSCRIPT_FEATURES,
        label=_("Transcript"),
        help_text=_("Everything the recording says, as text, for those who cannot watch it."),
    )

    class Meta:
        icon = "media"
        label = _("Sign-language video")
        template = "blocks/sign_language_video_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("captions_in_video") and not value.get("captions_file"):
            raise StructBlockValidationError(
                block_errors={
                    "captions_file": ValidationError(
                        _(
                            "A recording needs captions: tick that the hosted video has them,"
                            " or choose a captions file."
                        )
                    )
                }
            )
        return value


class SignLanguageBlocks(blocks.StreamBlock):
    sign_language_video = SignLanguageVideoBlock()

    class Meta:
        label = _("Recordings")
