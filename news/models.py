"""News: an index per language with its feeds, articles, and translatable topics."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models
from django.db.models import Prefetch
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.search import index

from core.blocks import ContentBlocks
from core.image_alt import ImageTextAlternativesMixin
from core.page_meta import absolute, organisation, share_image
from core.pagination import paginate
from core.pictures import with_card_pictures
from core.vocabulary import TranslatableVocabulary, Vocabulary, chosen_key

from .feeds import NewsAtomFeed, NewsRssFeed

TOPIC_PARAMETER = "topic"


class NewsTopic(TranslatableVocabulary):
    """A topic articles are filed under; translated once, shown in every language."""

    class Meta(TranslatableVocabulary.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")


def topics_in(locale: Locale) -> Vocabulary:
    """Every topic, named in ``locale`` where translated, else in the default locale."""
    return Vocabulary(NewsTopic.objects.all(), locale)


def localize_topics(links: Iterable[NewsPageTopic], topics: Vocabulary) -> list[NewsTopic]:
    """The topics an article is filed under, each in the language of ``topics``."""
    return [topics.for_key(link.topic.translation_key) or link.topic for link in links]


class NewsPageManager(PageManager):
    def for_listing(self, locale: Locale):
        """Live articles of one language, newest first, with what a listing shows."""
        articles = self.live().filter(locale=locale).order_by("-date", "-pk")
        return with_card_pictures(articles.select_related("locale"), "image")


class NewsPageTopic(Orderable):
    # Topics are shared across translations; each language shows the topic's own name.
    page = ParentalKey("news.NewsPage", on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey(
        NewsTopic, on_delete=models.CASCADE, related_name="+", verbose_name=_("topic")
    )

    panels = [FieldPanel("topic")]


class NewsPage(ImageTextAlternativesMixin, Page):
    date = models.DateField(verbose_name=_("publication date"))
    lead = models.TextField(verbose_name=_("lead"), help_text=_("One or two sentences."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    image_alt = models.CharField(
        max_length=250,
        blank=True,
        verbose_name=_("image alt text"),
        help_text=_("What the image shows, for people who cannot see it."),
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    objects = NewsPageManager()
    image_text_alternatives = {"image": "image_alt"}

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("image_alt"),
        FieldPanel("body"),
        InlinePanel("topics", label=_("Topics")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def structured_data(self, request) -> dict:
        """schema.org: a news article of the site's organisation."""
        image_url, _alt = share_image(self)
        data = {
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.lead,
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "publisher": organisation(request),
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if image_url:
            data["image"] = absolute(request, image_url)
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["topics"] = localize_topics(
            self.topics.select_related("topic"), topics_in(self.locale)
        )
        context["news_index"] = self.get_parent()  # for its address alone
        return context


class NewsIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    articles_per_page = 10

    class Meta:
        verbose_name = _("news index")

    def articles(self):
        return (
            NewsPage.objects.for_listing(self.locale)
            .child_of(self)
            .prefetch_related(
                Prefetch("topics", queryset=NewsPageTopic.objects.select_related("topic"))
            )
        )

    @path("")
    def listing(self, request):
        articles = self.articles()
        topics = topics_in(self.locale)
        errors: list[str] = []
        topic_key = chosen_key(
            request.GET,
            TOPIC_PARAMETER,
            topics,
            # Translators: %(value)s is what the visitor's link asked for.
            _("There is no news topic “%(value)s”. Choose one from the list."),
            errors,
        )
        selected_topic = topics.for_key(topic_key) if topic_key else None
        if selected_topic is not None:
            articles = articles.filter(topics__topic__translation_key=topic_key)

        page_of_articles = paginate(
            articles, self.articles_per_page, request, _("There is no such page of news.")
        )

        for article in page_of_articles:
            article.shown_topics = localize_topics(article.topics.all(), topics)
        response = self.render(
            request,
            context_overrides={
                "articles": page_of_articles,
                "topics": topics.sorted(),
                "topic_errors": errors,
                "selected_topic": selected_topic,
                "filter_query": urlencode({"topic": selected_topic.slug}) + "&"
                if selected_topic
                else "",
            },
        )
        # A shared link with a mistyped topic says so instead of pretending to filter.
        if errors:
            response.status_code = 400
        return response

    @path("rss/", name="rss")
    def rss(self, request):
        return NewsRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom(self, request):
        return NewsAtomFeed(self)(request)
