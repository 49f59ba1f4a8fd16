"""Site-wide snippets that editors keep, one per language: the main menu, the footer and the
office's identity (logo and funding marks)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from core.illustrations import illustration_choices
from core.image_alt import ImageTextAlternativesMixin


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        required=False,
        label=_("Label"),
        help_text=_("Leave empty to use the page's title in each language."),
    )
    illustration = blocks.ChoiceBlock(
        choices=illustration_choices,
        required=False,
        label=_("Illustration"),
        help_text=_(
            "Main menu: items with an illustration are listed, with it, as the site's sections "
            "on the home page."
        ),
    )

    class Meta:
        icon = "link"
        label = _("Link")


class MainMenu(TranslatableMixin, models.Model):
    """The header navigation. Links follow the visitor to the page in their language."""

    items = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("links"),
    )

    panels = [FieldPanel("items")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")
        verbose_name_plural = _("main menus")

    def __str__(self) -> str:
        return str(_("Main menu ({language})").format(language=self.locale.get_display_name()))


class SiteFooter(TranslatableMixin, models.Model):
    funding_note = RichTextField(
        features=["bold", "italic", "link"],
        verbose_name=_("funding note"),
        help_text=_("The note on the project's funding that every page must carry."),
    )
    address = models.TextField(
        blank=True,
        verbose_name=_("postal address"),
        help_text=_("The office's name and address, one line each."),
    )
    contact = RichTextField(features=["bold", "link"], blank=True, verbose_name=_("contact"))
    links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("links"),
        help_text=_("For example the accessibility statement and the privacy notice."),
    )

    panels = [
        FieldPanel("address"),
        FieldPanel("contact"),
        FieldPanel("links"),
        FieldPanel("funding_note"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self) -> str:
        return str(_("Footer ({language})").format(language=self.locale.get_display_name()))


class SiteIdentity(ImageTextAlternativesMixin, TranslatableMixin, models.Model):
    """The office's logo in the header and the funding marks above the footer.

    Until an editor uploads them the header shows the site's name as text and the footer
    the funding note alone. Per language, as the marks' wording is (EU logos come in each
    language)."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    logo_alt = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("logo text alternative"),
        help_text=_("What the logo says, usually the office's name."),
    )
    funding_marks = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("funding marks"),
        help_text=_("One image with the programme's and the funds' marks side by side."),
    )
    funding_marks_alt = models.CharField(
        max_length=500,
        blank=True,
        verbose_name=_("funding marks text alternative"),
        help_text=_("The marks' names in order, e.g. the programme, the fund, the EU."),
    )

    panels = [
        FieldPanel("logo"),
        FieldPanel("logo_alt"),
        FieldPanel("funding_marks"),
        FieldPanel("funding_marks_alt"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("identity")
        verbose_name_plural = _("identities")

    def __str__(self) -> str:
        return str(_("Identity ({language})").format(language=self.locale.get_display_name()))

    image_text_alternatives = {
        "logo": ("logo_alt", _("Say what the logo shows, for those who cannot see it.")),
        "funding_marks": (
            "funding_marks_alt",
            _("Name the marks, for those who cannot see them."),
        ),
    }
