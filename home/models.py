"""The home page and the general content page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import site_frame
from core.blocks import ContentBlocks
from core.page_meta import organisation
from core.routing import OneQueryRoutingMixin


class HomePage(OneQueryRoutingMixin, Page):
    """The partnership's front page: its aim, key figures, latest news and the courses."""

    intro = models.TextField(verbose_name=_("introduction"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
    courses_intro = models.TextField(
        blank=True,
        verbose_name=_("courses introduction"),
        help_text=_("A line inviting advisors to the e-learning courses."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("courses_intro"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    latest_news_count = 3

    class Meta:
        verbose_name = _("home page")

    def structured_data(self, request) -> dict:
        """schema.org: the site, published by its organisation."""
        return {
            "@type": "WebSite",
            "name": self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "publisher": organisation(request),
        }

    def get_context(self, request, *args, **kwargs):
        from elearning.models import CourseCataloguePage
        from news.models import NewsPage

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = NewsPage.objects.for_listing(self.locale)[: self.latest_news_count]
        context["course_catalogue"] = site_frame.section_link(request, CourseCataloguePage)
        return context


class StandardPage(Page):
    """A general content page: about the project, accessibility statement, privacy notice…"""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
