"""Information about the office in easy-to-read text and in Polish Sign Language.

The Act of 19 July 2019 on ensuring accessibility for persons with special needs (ustawa o
zapewnianiu dostępności osobom ze szczególnymi potrzebami), art. 6 point 3(d), asks a public
body's website for information about the scope of its activity as easy-to-read text (tekst
łatwy do czytania, ETR) and as a recording in Polish Sign Language (polski język migowy, PJM).
One page of each kind per language, under the home page; every page links to both from its
header (accessible_info/links.py).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import ContentBlocks
from core.image_alt import ImageTextAlternativesMixin

from .blocks import SignLanguageBlocks


class AccessibleInfoPage(Page):
    """What both pages share: an introduction and a body of the site's content blocks."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    # One per language: the header links to the page of its language.
    max_count_per_parent = 1

    class Meta:
        abstract = True


class EasyReadPage(ImageTextAlternativesMixin, AccessibleInfoPage):
    """The office's activity in easy-to-read text: short sentences, common words, questions
    as headings, lists; with the European easy-to-read logo when the editor has uploaded it."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("easy-to-read logo"),
        help_text=_(
            "The European easy-to-read logo, for a text checked against the European"
            " standards for making information easy to read and understand."
        ),
    )
    logo_alt = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("logo text alternative"),
        help_text=_("What the logo says, e.g. “European easy-to-read logo”."),
    )

    image_text_alternatives = {
        "logo": ("logo_alt", _("Say what the logo shows, for those who cannot see it."))
    }

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Easy-to-read logo")
        ),
    ]

    class Meta:
        verbose_name = _("easy-to-read information")
        verbose_name_plural = _("easy-to-read information pages")


class SignLanguagePage(AccessibleInfoPage):
    """The office's activity in Polish Sign Language: the recording with its captions and
    transcript; until there is one, the page says that it is being prepared."""

    recordings = StreamField(
        SignLanguageBlocks(),
        blank=True,
        verbose_name=_("recordings in Polish Sign Language"),
        help_text=_("Empty: the page says that the recording is being prepared."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("recordings"),
        FieldPanel("body"),
    ]
    search_fields = AccessibleInfoPage.search_fields + [index.SearchField("recordings")]

    class Meta:
        verbose_name = _("sign-language information")
        verbose_name_plural = _("sign-language information pages")
