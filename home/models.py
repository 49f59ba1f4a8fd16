"""The home page, the general content page and the accessibility statement."""

import datetime
from urllib.parse import urljoin

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import site_frame
from core.blocks import ContentBlocks
from core.page_meta import organisation
from core.routing import OneQueryRoutingMixin
from elearning.models import CourseCataloguePage
from network.models import AdvisorDirectoryPage
from news.models import NewsPage


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

    def latest_news(self):
        """The newest articles in this page's language (queried only when the home page's
        cached cards are rendered afresh)."""
        return NewsPage.objects.for_listing(self.locale)[: self.latest_news_count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["course_catalogue"] = site_frame.section_link(request, CourseCataloguePage)
        context["advisor_directory"] = site_frame.section_link(request, AdvisorDirectoryPage)
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


# The accessibility statement ---------------------------------------------------------------
#
# The document Polish law asks of a public body's website ("deklaracja dostępności"), with the
# structure of "Warunki techniczne publikacji oraz struktura dokumentu elektronicznego
# Deklaracji Dostępności", version 2.0 of 31 July 2024 (Ministerstwo Cyfryzacji), as copied at
# https://www.deklaracja-dostepnosci.info/dd-opis-2 and read by the validator at
# https://www.deklaracja-dostepnosci.info/walidator. The template
# (templates/home/accessibility_statement_page.html) fixes the headings, the prescribed
# sentences and the element ids; editors fill in the facts. The ids, nested as rendered:
#   a11y-deklaracja (the h1)
#   a11y-wstep ⊃ a11y-podmiot, a11y-zakres ⊃ a11y-url
#   a11y-data-publikacja, a11y-data-aktualizacja
#   a11y-status; a11y-ocena (the disproportionate burden assessment, when linked)
#   a11y-data-sporzadzenie; a11y-data-przeglad (from the first review); a11y-audytor (when a
#   third party assessed the site)
#   a11y-kontakt ⊃ a11y-osoba, a11y-email, a11y-telefon
#   a11y-procedura
#   a11y-aplikacje, a11y-architektura (⊃ a11y-architektura-url when linked), a11y-komunikacja
# Required whatever the editor types: all but a11y-ocena, a11y-data-przeglad, a11y-audytor and
# a11y-architektura-url, which the spec asks for only when there is something to show.
STATEMENT_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class ComplianceStatus(models.TextChoices):
    COMPLIANT = "compliant", _("fully compliant")
    PARTIALLY_COMPLIANT = "partially-compliant", _("partially compliant")
    NOT_COMPLIANT = "not-compliant", _("not compliant")


# The sentences of the statement's "Stan dostępności cyfrowej" (the Polish ones as prescribed).
COMPLIANCE_STATEMENTS = {
    ComplianceStatus.COMPLIANT: _(
        "This website is fully compliant with the Act of 4 April 2019 on the digital"
        " accessibility of websites and mobile applications of public bodies."
    ),
    ComplianceStatus.PARTIALLY_COMPLIANT: _(
        "This website is partially compliant with the Act of 4 April 2019 on the digital"
        " accessibility of websites and mobile applications of public bodies due to the"
        " non-compliances or exemptions listed below."
    ),
    ComplianceStatus.NOT_COMPLIANT: _(
        "This website is not compliant with the Act of 4 April 2019 on the digital"
        " accessibility of websites and mobile applications of public bodies due to the"
        " non-compliances or exemptions listed below."
    ),
}


class AssessmentMethod(models.TextChoices):
    SELF_ASSESSMENT = "self-assessment", _("self-assessment by the public body")
    THIRD_PARTY = "third-party", _("assessment by a third party")


def last_review_deadline(today: datetime.date) -> datetime.date:
    """The last 31 March on or before ``today``: statements are reviewed yearly by then."""
    deadline = datetime.date(today.year, 3, 31)
    return deadline if deadline <= today else deadline.replace(year=today.year - 1)


class InaccessibleItemBlock(blocks.StructBlock):
    content = blocks.CharBlock(
        label=_("What is not accessible"), help_text=_("A page, a document, a kind of content.")
    )
    reason = blocks.TextBlock(
        required=False, label=_("Why"), help_text=_("The requirement not met, or the reason.")
    )
    alternative = blocks.TextBlock(
        required=False,
        label=_("Alternative access"),
        help_text=_("How visitors can get the same information another way."),
    )

    class Meta:
        icon = "warning"
        preview_value = {
            "content": "Filmy z 2019 roku",
            "reason": "Nie mają napisów.",
            "alternative": "Na prośbę przesyłamy transkrypcję.",
        }


class InaccessibleContentBlocks(blocks.StreamBlock):
    non_compliance = InaccessibleItemBlock(label=_("Non-compliance with the annex"))
    disproportionate_burden = InaccessibleItemBlock(label=_("Disproportionate burden"))


class ExemptionBlock(blocks.StructBlock):
    content = blocks.CharBlock(label=_("Content"))
    reason = blocks.TextBlock(
        required=False,
        label=_("Exemption"),
        help_text=_(
            "Why the Act does not cover it (for example: published before 23 September 2018)."
        ),
    )

    class Meta:
        icon = "info-circle"
        label = _("Content outside the scope of the Act")
        preview_value = {
            "content": "Dokumenty archiwalne",
            "reason": "Opublikowane przed 23 września 2018 r.",
        }


class ExemptionBlocks(blocks.StreamBlock):
    exemption = ExemptionBlock()


class AccessibilityStatementForm(WagtailAdminPageForm):
    """The status and the assessment method are facts every statement must give."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("compliance_status", "assessment_method"):
            if name in self.fields:
                self.fields[name].required = True


class AccessibilityStatementPage(Page):
    """The accessibility statement ("deklaracja dostępności") the law asks of a public body."""

    # Who and what.
    entity_name = models.CharField(
        max_length=255,
        verbose_name=_("public body"),
        help_text=_("The name of the public body the website belongs to."),
    )
    website_name = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("website name"),
        help_text=_("The link text after “the website”; the website's address when empty."),
    )
    website_url = models.URLField(
        blank=True,
        verbose_name=_("website address"),
        help_text=_("Empty: the address of this site's home page in the page's language."),
    )
    published_date = models.DateField(
        null=True, blank=True, verbose_name=_("website publication date")
    )
    updated_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("date of the last major update"),
        help_text=_("Of the website: a redesign, a new version."),
    )
    # How accessible it is.
    compliance_status = models.CharField(
        max_length=20,
        choices=ComplianceStatus.choices,
        blank=True,
        verbose_name=_("compliance status"),
    )
    status_note = RichTextField(
        blank=True,
        features=STATEMENT_RICH_TEXT_FEATURES,
        verbose_name=_("about the compliance status"),
    )
    inaccessible_content = StreamField(
        InaccessibleContentBlocks(),
        blank=True,
        verbose_name=_("inaccessible content"),
        help_text=_(
            "Each item with its reason: a requirement not met, or a disproportionate burden."
        ),
    )
    burden_assessment_url = models.URLField(
        blank=True,
        verbose_name=_("disproportionate burden assessment"),
        help_text=_("The address of the assessment approved by the head of the body, if any."),
    )
    exemptions = StreamField(
        ExemptionBlocks(),
        blank=True,
        verbose_name=_("content outside the scope of the Act"),
    )
    # How the statement was prepared.
    prepared_date = models.DateField(
        null=True, blank=True, verbose_name=_("statement preparation date")
    )
    last_review_date = models.DateField(
        null=True,
        blank=True,
        verbose_name=_("statement last reviewed"),
        help_text=_("The statement is reviewed and updated every year by 31 March."),
    )
    assessment_method = models.CharField(
        max_length=20,
        choices=AssessmentMethod.choices,
        blank=True,
        verbose_name=_("prepared on the basis of"),
    )
    auditor = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("third party"),
        help_text=_("Who assessed the website, when a third party did."),
    )
    additional_information = RichTextField(
        blank=True,
        features=STATEMENT_RICH_TEXT_FEATURES,
        verbose_name=_("facilities, limitations and other information"),
    )
    keyboard_shortcuts = RichTextField(
        blank=True, features=STATEMENT_RICH_TEXT_FEATURES, verbose_name=_("keyboard shortcuts")
    )
    # Feedback, requests and complaints.
    contact_person = models.CharField(max_length=255, blank=True, verbose_name=_("contact person"))
    contact_email = models.EmailField(blank=True, verbose_name=_("e-mail"))
    contact_phone = models.CharField(max_length=40, blank=True, verbose_name=_("phone"))
    contact_note = RichTextField(
        blank=True, features=STATEMENT_RICH_TEXT_FEATURES, verbose_name=_("about feedback")
    )
    procedure = RichTextField(
        blank=True,
        features=STATEMENT_RICH_TEXT_FEATURES,
        verbose_name=_("requests and complaints procedure"),
    )
    # The office itself.
    mobile_apps = RichTextField(
        blank=True, features=STATEMENT_RICH_TEXT_FEATURES, verbose_name=_("mobile apps")
    )
    architecture = RichTextField(
        blank=True,
        features=STATEMENT_RICH_TEXT_FEATURES,
        verbose_name=_("architectural accessibility"),
        help_text=_("The buildings: entrances, lifts, toilets, parking, assistance dogs."),
    )
    architecture_url = models.URLField(
        blank=True,
        verbose_name=_("architectural accessibility in detail"),
        help_text=_("The address of a fuller description, if any."),
    )
    communication = RichTextField(
        blank=True,
        features=STATEMENT_RICH_TEXT_FEATURES,
        verbose_name=_("communication and information accessibility"),
    )
    sign_language = RichTextField(
        blank=True,
        features=STATEMENT_RICH_TEXT_FEATURES,
        verbose_name=_("Polish Sign Language (PJM)"),
        help_text=_("How to reach an interpreter: on site, online, booking ahead."),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("entity_name"),
                FieldPanel("website_name"),
                FieldPanel("website_url"),
                FieldPanel("published_date"),
                FieldPanel("updated_date"),
            ],
            heading=_("The website"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("compliance_status"),
                FieldPanel("status_note"),
                FieldPanel("inaccessible_content"),
                FieldPanel("burden_assessment_url"),
                FieldPanel("exemptions"),
            ],
            heading=_("Compliance status"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("prepared_date"),
                FieldPanel("last_review_date"),
                FieldPanel("assessment_method"),
                FieldPanel("auditor"),
            ],
            heading=_("Preparation of the statement"),
        ),
        FieldPanel("additional_information"),
        FieldPanel("keyboard_shortcuts"),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_note"),
                FieldPanel("procedure"),
            ],
            heading=_("Feedback and contact information"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mobile_apps"),
                FieldPanel("architecture"),
                FieldPanel("architecture_url"),
                FieldPanel("communication"),
                FieldPanel("sign_language"),
            ],
            heading=_("Other information"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("entity_name"),
        index.SearchField("procedure"),
        index.SearchField("architecture"),
        index.SearchField("communication"),
    ]
    # Dates, choices and addresses are the same in every language (wagtail-localize
    # synchronises URL, e-mail and choice fields by itself); the phone number too.
    override_translatable_fields = [SynchronizedField("contact_phone")]
    base_form_class = AccessibilityStatementForm

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")

    @property
    def compliance_statement(self) -> str:
        """The prescribed sentence for the status, or that none has been stated yet."""
        if self.compliance_status in COMPLIANCE_STATEMENTS:
            return COMPLIANCE_STATEMENTS[self.compliance_status]
        return _("The website's compliance with the Act has not been stated yet.")

    @property
    def lists_inaccessible_content(self) -> bool:
        return bool(
            self.compliance_status
            in (ComplianceStatus.PARTIALLY_COMPLIANT, ComplianceStatus.NOT_COMPLIANT)
            or self.inaccessible_content
            or self.exemptions
            or self.burden_assessment_url
        )

    def inaccessible_items(self, block_type: str) -> list:
        return [
            block.value for block in self.inaccessible_content if block.block_type == block_type
        ]

    @property
    def non_compliances(self) -> list:
        return self.inaccessible_items("non_compliance")

    @property
    def disproportionate_burdens(self) -> list:
        return self.inaccessible_items("disproportionate_burden")

    @property
    def reviewed_on(self) -> datetime.date | None:
        """When the statement was last prepared or reviewed."""
        dates = [d for d in (self.prepared_date, self.last_review_date) if d is not None]
        return max(dates, default=None)

    def is_review_due(self, today: datetime.date) -> bool:
        """Not prepared or reviewed since the last 31 March."""
        reviewed = self.reviewed_on
        return reviewed is None or reviewed < last_review_deadline(today)

    def website_address(self, request) -> str:
        """The address the statement is about: the one given, else the site's home page."""
        if self.website_url:
            return self.website_url
        # The site's own address (as in canonical links), whatever host the request used.
        site = Site.find_for_request(request)
        home = site_frame.home_url(request)
        return urljoin(site.root_url, home) if site else request.build_absolute_uri(home)
