"""Promotion of green jobs: the campaign page, the TV series and the advisors' meetings."""

from __future__ import annotations

import datetime

import icalendar
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Case, F, Value, When
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from core.blocks import ContentBlocks
from core.page_meta import organisation
from core.pagination import paginate

TRANSCRIPT_FEATURES = ["bold", "italic", "ol", "ul", "link"]

# The counties (powiaty) of Podlaskie Voivodeship, where the advisors held their meetings.
# Stored as codes so every translation of an event names its county in the reader's language.
COUNTIES = [
    ("augustowski", _("Augustów County")),
    ("bialostocki", _("Białystok County")),
    ("bielski", _("Bielsk County")),
    ("grajewski", _("Grajewo County")),
    ("hajnowski", _("Hajnówka County")),
    ("kolnenski", _("Kolno County")),
    ("lomzynski", _("Łomża County")),
    ("moniecki", _("Mońki County")),
    ("sejnenski", _("Sejny County")),
    ("siemiatycki", _("Siemiatycze County")),
    ("sokolski", _("Sokółka County")),
    ("suwalski", _("Suwałki County")),
    ("wysokomazowiecki", _("Wysokie Mazowieckie County")),
    ("zambrowski", _("Zambrów County")),
    ("bialystok", _("Białystok (city with county rights)")),
    ("lomza", _("Łomża (city with county rights)")),
    ("suwalki", _("Suwałki (city with county rights)")),
]


# Promotion and the TV series ----------------------------------------------------------


class PromotionPage(Page):
    """The information and promotion campaign; the TV series' episodes hang below it."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))
    series_intro = models.TextField(
        blank=True,
        verbose_name=_("TV series introduction"),
        help_text=_("Shown above the list of the TV series' episodes."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("series_intro"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("series_intro"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["outreach.EpisodeIndexPage"]

    class Meta:
        verbose_name = _("promotion page")

    def episode_index(self) -> EpisodeIndexPage | None:
        return EpisodeIndexPage.objects.live().child_of(self).filter(locale=self.locale).first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        episode_index = self.episode_index()
        context["episode_index"] = episode_index
        context["episodes"] = (
            list(episode_index.episodes()[: EpisodeIndexPage.episodes_per_page])
            if episode_index
            else []
        )
        return context


class EpisodeIndexPage(Page):
    """The TV series "Zielone miejsca pracy": its episodes in broadcast order."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["outreach.PromotionPage"]
    subpage_types = ["outreach.EpisodePage"]
    episodes_per_page = 24

    class Meta:
        verbose_name = _("TV series")
        verbose_name_plural = _("TV series")

    def episodes(self):
        return (
            EpisodePage.objects.live()
            .child_of(self)
            .filter(locale=self.locale)
            .order_by("number", "pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = paginate(
            self.episodes(),
            self.episodes_per_page,
            request,
            _("There is no such page of episodes."),
        )
        return context


def number_is_taken(parent: Page | None, number: int | None, page: Page) -> bool:
    """Another episode under ``parent`` already has ``number``."""
    if parent is None or number is None:
        return False
    siblings = EpisodePage.objects.child_of(parent).filter(number=number)
    if page.pk:
        siblings = siblings.exclude(pk=page.pk)
    return siblings.exists()


NUMBER_TAKEN = _("Another episode of this series already has number %(number)s.")


class EpisodePageForm(WagtailAdminPageForm):
    """Checks the episode number against the series before a new episode is in the tree."""

    def clean(self):
        cleaned_data = super().clean()
        number = cleaned_data.get("number")
        if number_is_taken(self.parent_page, number, self.instance):
            self.add_error("number", forms.ValidationError(NUMBER_TAKEN % {"number": number}))
        return cleaned_data


class EpisodePage(Page):
    """One episode of the TV series, with the text alternative its video needs."""

    number = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1)],
        verbose_name=_("episode number"),
        help_text=_("Unique within the series."),
    )
    air_date = models.DateField(null=True, blank=True, verbose_name=_("air date"))
    summary = models.TextField(
        verbose_name=_("summary"), help_text=_("What the episode is about, in a few sentences.")
    )
    video_url = models.URLField(
        blank=True,
        verbose_name=_("video URL"),
        help_text=_("The address of the episode's video, e.g. on YouTube or Vimeo."),
    )
    transcript = RichTextField(
        features=TRANSCRIPT_FEATURES,
        blank=True,
        verbose_name=_("text alternative"),
        help_text=_(
            "A transcript or a description of the video for people who cannot watch it. "
            "Required when the episode has a video."
        ),
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    base_form_class = EpisodePageForm
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("number"), FieldPanel("air_date")]),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("video_url"), FieldPanel("transcript")], heading=_("Video")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("transcript"),
        index.SearchField("body"),
        index.FilterField("number"),
    ]

    parent_page_types = ["outreach.EpisodeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("TV episode")
        verbose_name_plural = _("TV episodes")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.video_url and not self.transcript:
            errors["transcript"] = _("An episode with a video needs its text alternative.")
        # A page being created in the admin is not in the tree yet: its form checks instead.
        if self.path and number_is_taken(self.get_parent(), self.number, self):
            errors["number"] = NUMBER_TAKEN % {"number": self.number}
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        siblings = EpisodePage.objects.live().sibling_of(self, inclusive=False)
        context["previous_episode"] = (
            siblings.filter(number__lt=self.number).order_by("-number").first()
        )
        context["next_episode"] = siblings.filter(number__gt=self.number).order_by("number").first()
        return context


# Information meetings -----------------------------------------------------------------


class EventPageManager(PageManager):
    def for_listing(self, now: datetime.datetime | None = None):
        """Upcoming events soonest first, then past events latest first, in one query.

        An event is upcoming until it ends (or, without an end, until it starts).
        """
        now = now or timezone.now()
        return (
            self.live()
            .annotate(finish=Coalesce("end", "start"))
            .annotate(
                listing_ended=Case(
                    When(finish__lt=now, then=Value(True)),
                    default=Value(False),
                    output_field=models.BooleanField(),
                ),
                upcoming_start=Case(
                    When(finish__gte=now, then=F("start")),
                    default=None,
                    output_field=models.DateTimeField(),
                ),
            )
            .order_by("listing_ended", F("upcoming_start").asc(nulls_last=True), "-start", "pk")
        )


class EventIndexPage(Page):
    """The information meetings advisors hold in municipalities and counties."""

    intro = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["outreach.EventPage"]
    events_per_page = 10

    class Meta:
        verbose_name = _("event index")

    def events(self, now: datetime.datetime | None = None):
        return EventPage.objects.for_listing(now).child_of(self).filter(locale=self.locale)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        events = paginate(
            self.events(), self.events_per_page, request, _("There is no such page of events.")
        )
        context["events"] = events
        context["upcoming_events"] = [event for event in events if not event.listing_ended]
        context["past_events"] = [event for event in events if event.listing_ended]
        return context


class EventPage(RoutablePageMixin, Page):
    """One information meeting, with an iCalendar file for the visitor's calendar."""

    start = models.DateTimeField(verbose_name=_("start"))
    end = models.DateTimeField(null=True, blank=True, verbose_name=_("end"))
    venue = models.CharField(
        max_length=255,
        verbose_name=_("venue"),
        help_text=_("Where the meeting takes place: building, address, room."),
    )
    municipality = models.CharField(max_length=100, verbose_name=_("municipality"))
    county = models.CharField(max_length=20, choices=COUNTIES, verbose_name=_("county"))
    description = models.TextField(
        verbose_name=_("description"),
        help_text=_("What the meeting is about and whom it is for; also sent to calendars."),
    )
    body = StreamField(ContentBlocks(), blank=True, verbose_name=_("body"))

    objects = EventPageManager()

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("municipality"), FieldPanel("county")],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("venue"),
        index.SearchField("municipality"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]

    parent_page_types = ["outreach.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})

    @property
    def has_ended(self) -> bool:
        return (self.end or self.start) < timezone.now()

    @property
    def location(self) -> str:
        return ", ".join(
            part for part in (self.venue, self.municipality, self.get_county_display()) if part
        )

    def structured_data(self, request) -> dict:
        """schema.org: an in-person event organised by the site's organisation."""
        data = {
            "@type": "Event",
            "name": self.title,
            "description": self.description,
            "startDate": self.start.isoformat(),
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {
                "@type": "Place",
                "name": self.venue,
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": self.municipality,
                    "addressRegion": "podlaskie",
                    "addressCountry": "PL",
                },
            },
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "organizer": organisation(request),
            "isAccessibleForFree": True,
        }
        if self.end:
            data["endDate"] = self.end.isoformat()
        return data

    @property
    def ical_uid(self) -> str:
        # Shared by the event's translations: a calendar holding two languages of it
        # treats them as one event, and edits update it instead of adding a copy.
        return f"event-{self.translation_key}@zielone-miejsca-pracy"

    def to_ical(self, request: HttpRequest | None = None) -> bytes:
        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Zielone Miejsca Pracy//Events//PL")
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        event = icalendar.Event()
        event.add("uid", self.ical_uid)
        # Without a METHOD, DTSTAMP is when the event was last revised (RFC 5545, 3.8.7.2).
        revised = self.last_published_at or timezone.now()
        event.add("dtstamp", revised.astimezone(datetime.UTC))
        event.add("last-modified", revised.astimezone(datetime.UTC))
        event.add("dtstart", self.start.astimezone(datetime.UTC))
        if self.end:
            event.add("dtend", self.end.astimezone(datetime.UTC))
        event.add("summary", self.title)
        event.add("location", self.location)
        event.add("description", self.description)
        event.add("url", self.get_full_url(request))
        calendar.add_component(event)
        return calendar.to_ical()

    def ical_filename(self) -> str:
        return f"{slugify(self.slug)[:80] or 'event'}.ics"

    @path("ics/", name="ics")
    def ics(self, request: HttpRequest) -> HttpResponse:
        response = HttpResponse(self.to_ical(request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=self.ical_filename()
        )
        return response
