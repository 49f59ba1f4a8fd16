"""Site-wide snippets that editors keep: the main menu and the footer, one per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin


class LinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    label = blocks.CharBlock(
        required=False,
        label=_("Label"),
        help_text=_("Leave empty to use the page's title in each language."),
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
    contact = RichTextField(features=["bold", "link"], blank=True, verbose_name=_("contact"))
    links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("links"),
        help_text=_("For example the accessibility statement and the privacy notice."),
    )

    panels = [FieldPanel("funding_note"), FieldPanel("contact"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self) -> str:
        return str(_("Footer ({language})").format(language=self.locale.get_display_name()))
