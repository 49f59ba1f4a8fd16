"""The partnership's pages: transnational partners, the public-social partnership and its
member directory, the Recommendation, and the specialist trainings."""

from __future__ import annotations

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from core.blocks import ContentBlocks, DocumentBlock
from core.image_alt import ImageTextAlternativesMixin

from .directory import MemberDirectory

# Django registers an app's models from its models module; the snippets live in members.py.
from .members import PartnershipMember, Sector, Subregion  # noqa: F401

LOGO_RENDITION = "max-320x160"


# --- Transnational cooperation ---------------------------------------------------------------


class PartnerIndexPage(Page):
    """Transnational cooperation: what it involved, and the partners abroad as child pages."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partnership.PartnerPage"]

    class Meta:
        verbose_name = _("transnational cooperation page")

    def partners(self):
        image_model = get_image_model()
        return (
            PartnerPage.objects.live()
            .child_of(self)
            .order_by("path")
            .prefetch_related(
                Prefetch("logo", queryset=image_model.objects.prefetch_renditions(LOGO_RENDITION))
            )
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = self.partners()
        return context


class PartnerPage(ImageTextAlternativesMixin, Page):
    """One transnational partner: who they are, where, and what the project learned from them."""

    name = models.CharField(
        max_length=255,
        verbose_name=_("organisation name"),
        help_text=_("The partner's own name, usually left as it is in every language."),
    )
    country = models.CharField(max_length=100, verbose_name=_("country"))
    region = models.CharField(max_length=100, blank=True, verbose_name=_("region"))
    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
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
        verbose_name=_("logo alt text"),
        help_text=_("Usually the organisation's name as the logo writes it."),
    )
    image_text_alternatives = {"logo": "logo_alt"}
    website = models.URLField(blank=True, verbose_name=_("website"))

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("country"),
                FieldPanel("region"),
                FieldPanel("website"),
                FieldPanel("logo"),
                FieldPanel("logo_alt"),
            ],
            heading=_("Partner"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("name"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["partnership.PartnerIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("transnational partner")
        verbose_name_plural = _("transnational partners")

    @property
    def logo_alt_text(self) -> str:
        # A logo without its own alt text is still the partner's name, never an unnamed image.
        return self.logo_alt or self.name


# --- The public-social partnership -----------------------------------------------------------


class PartnershipPage(Page):
    """The public-social partnership, with the directory of its members."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
    directory_intro = models.TextField(
        blank=True,
        verbose_name=_("directory introduction"),
        help_text=_("Shown above the member directory; say how complete the directory is."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("directory_intro"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("directory_intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("public-social partnership page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["directory"] = MemberDirectory.build(self.locale, request.GET)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # A shared link with a mistyped filter says so instead of pretending to filter.
        if response.context_data["directory"].errors:
            response.status_code = 400
        return response


# --- The Recommendation ----------------------------------------------------------------------


class PublicationPage(Page):
    """A publication of the partnership (the Recommendation): summary, audiences, downloads."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    summary = models.TextField(blank=True, verbose_name=_("summary"))
    audiences = StreamField(
        [("audience", blocks.CharBlock(label=_("Audience")))],
        blank=True,
        verbose_name=_("who it is for"),
        help_text=_("One group of readers per item."),
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
    documents = StreamField(
        [("document", DocumentBlock())],
        blank=True,
        verbose_name=_("documents to download"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("summary"),
        FieldPanel("audiences"),
        FieldPanel("documents"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def downloads(self) -> list[dict]:
        """The documents that still exist, with their link text, file type and size."""
        downloads = []
        for block in self.documents:
            document = block.value["document"]
            if document is None:
                continue
            downloads.append(
                {
                    "document": document,
                    "title": block.value["title"] or document.title,
                    "extension": document.file_extension.upper(),
                    # Wagtail measures and stores the size the first time it is asked for it.
                    "size": document.get_file_size(),
                }
            )
        return downloads


# --- Specialist trainings --------------------------------------------------------------------


class TrainingIndexPage(Page):
    """The specialist trainings of the project, listing each training's page."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partnership.TrainingPage"]

    class Meta:
        verbose_name = _("training index")

    def trainings(self):
        return TrainingPage.objects.live().child_of(self).order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["trainings"] = self.trainings()
        return context


class TrainingPage(Page):
    """One specialist training: the occupation it prepares for and the training itself."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    occupation_summary = models.TextField(
        blank=True,
        verbose_name=_("occupation summary"),
        help_text=_("Optional: what people in this occupation do, in a few sentences."),
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("occupation_summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("occupation_summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["partnership.TrainingIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainings")
