"""The site's six roles, one data set with every kind of page, and every URL the site answers.

Shared by the fuzz suite, the permission matrix and the damaged-content tests: the roles are
built the way the demo builds them (core/demo/users.py), the URL list comes from Django's
resolver (so a new view is probed and must get a row in the matrix), and the data set gives
each URL's arguments a value that exists.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, Task, Workflow
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from accounts.models import ErasureRequest
from certificates.models import Certificate
from consultations.models import ClientType, Consultation
from elearning.models import Attempt, GlossaryTerm
from elearning.quiz import new_layout
from localization.roles import SPANISH_TRANSLATORS
from network.models import AdvisorProfile
from privacy.models import PrivacySettings
from questionbank.formats import parse_gift
from questionbank.models import Question, QuestionCategory
from questionbank.services import import_questions
from tests.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    NewsTopicFactory,
    StandardPageFactory,
    add_topic,
    locale,
    make_site,
    translate_page,
)
from tests.factories_elearning import make_course, translate_course
from tests.factories_network import make_directory
from tests.factories_outreach import (
    EpisodeIndexPageFactory,
    EpisodePageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    PromotionPageFactory,
    make_contact_page,
)
from tests.factories_partnership import (
    PartnerIndexPageFactory,
    PartnerPageFactory,
    PartnershipMemberFactory,
    PartnershipPageFactory,
    PublicationPageFactory,
    TrainingIndexPageFactory,
    TrainingPageFactory,
)
from tests.factories_polls import make_poll, make_poll_page
from tests.translation import translate

ANONYMOUS = "anonymous"
ADVISOR = "advisor"
SPANISH_EDITOR = "editor_es"
POLISH_EDITOR = "editor"
STAFF = "staff"
SUPERUSER = "superuser"
ROLES = (ANONYMOUS, ADVISOR, SPANISH_EDITOR, POLISH_EDITOR, STAFF, SUPERUSER)

ADVISORS_GROUP = "Advisors"  # created by elearning's migration 0002
STAFF_GROUP = "E-learning staff"  # created, with its permissions, by elearning's migration 0006


def staff_group() -> Group:
    return Group.objects.get(name=STAFF_GROUP)


def make_roles(spanish_home: Page) -> dict[str, object]:
    """One user per role (None for the anonymous visitor), with the groups the demo gives them."""
    users = get_user_model().objects

    def user(username: str, *groups: Group, **fields):
        account = users.create_user(username, email=f"{username}@example.org", **fields)
        account.groups.add(*groups)
        return account

    return {
        ANONYMOUS: None,
        ADVISOR: user("advisor", Group.objects.get(name=ADVISORS_GROUP)),
        # The Spanish translator: localization's migration makes the group, and gives it the
        # Spanish tree when its home page is created.
        SPANISH_EDITOR: user("editor-es", Group.objects.get(name=SPANISH_TRANSLATORS)),
        POLISH_EDITOR: user("editor", Group.objects.get(name="Moderators")),
        STAFF: user("staff", staff_group(), is_staff=True),
        SUPERUSER: user("admin", is_staff=True, is_superuser=True),
    }


@dataclass
class DataSet:
    """Everything the URLs point at: one of each kind of page, snippet, file and record."""

    home: Page
    pages: dict[str, Page]
    users: dict[str, object]
    objects: dict[str, object] = field(default_factory=dict)

    def page(self, name: str, code: str = "pl") -> Page:
        page = self.pages[name]
        return page if code == "pl" else page.get_translation(locale(code))


def _localize(page: Page, code: str) -> Translation:
    """Translate ``page`` with wagtail-localize, leaving the translation a draft to edit."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale(code)
    )
    translation.save_target(publish=False)
    return translation


def build_dataset(home: Page | None = None) -> DataSet:
    """A three-language site with a page of every type, and the records the admin lists.

    On ``home`` (a site ``make_site`` built) if given, else on a new site.
    """
    home = home or make_site()
    spanish_home = home.get_translation(locale("es"))
    users = make_roles(spanish_home)
    pages: dict[str, Page] = {"home": home}

    image = get_image_model().objects.create(title="Mapa", file=get_test_image_file())
    document = get_document_model().objects.create(
        title="Rekomendacja", file=ContentFile(b"%PDF-1.4 rekomendacja", name="rekomendacja.pdf")
    )
    poll = make_poll()
    about = StandardPageFactory(
        parent=home,
        title="O projekcie",
        slug="o-projekcie",
        body=[
            ("paragraph", "<p>Projekt <b>zielone miejsca pracy</b>.</p>"),
            ("image", {"image": {"image": image, "alt_text": "Mapa", "decorative": False}}),
            ("document", {"document": document, "title": ""}),
        ],
    )
    about.save_revision().publish()
    pages["about"] = about
    translate_page(about, "es", title="Sobre el proyecto", slug="sobre")
    translate_page(about, "en", title="About", slug="about")
    pages["poll_page"] = make_poll_page(home, poll)

    news_index = NewsIndexPageFactory(parent=home)
    topic = NewsTopicFactory()
    article = NewsPageFactory(parent=news_index, slug="wiadomosc")
    add_topic(article, topic)
    translate_page(news_index, "es", slug="noticias")
    translate_page(article, "es", slug="noticia")
    pages.update(news_index=news_index, article=article)

    course = make_course(home, lessons=2)
    translate_course(course, "es")
    pages.update(
        catalogue=course.get_parent().specific,
        course=course,
        lesson=course.lessons().first(),
        quiz=course.quiz(),
    )

    partners = PartnerIndexPageFactory(parent=home)
    pages.update(
        partners=partners,
        partner=PartnerPageFactory(parent=partners, slug="partner"),
        partnership=PartnershipPageFactory(parent=home),
        publication=PublicationPageFactory(
            parent=home, documents=[("document", {"document": document, "title": ""})]
        ),
    )
    member = PartnershipMemberFactory()
    trainings = TrainingIndexPageFactory(parent=home)
    pages.update(trainings=trainings, training=TrainingPageFactory(parent=trainings, slug="kurs"))

    promotion = PromotionPageFactory(parent=home)
    episodes = EpisodeIndexPageFactory(parent=promotion)
    events = EventIndexPageFactory(parent=home)
    pages.update(
        promotion=promotion,
        episodes=episodes,
        episode=EpisodePageFactory(parent=episodes, slug="odcinek"),
        events=events,
        event=EventPageFactory(parent=events, slug="spotkanie"),
    )
    contact = make_contact_page(home)
    pages["contact"] = contact
    submission = FormSubmission.objects.create(page=contact, form_data={"name": "Anna"})

    translation = _localize(pages["training"], "es")
    objects = {
        "image": image,
        "document": document,
        "poll": poll,
        "poll_es": translate(poll, locale("es"), _poll_catalogue(poll)),
        "topic": topic,
        "member": member,
        "sector": member.sector,
        "subregion": member.subregion,
        "glossary_term": GlossaryTerm.objects.create(
            term="Odpad",
            definition="Każda substancja, której posiadacz się pozbywa.",
            course=course,
        ),
        "translation": translation,
        "string_segment": StringSegment.objects.filter(source=translation.source).first(),
        "submission": submission,
        "redirect": Redirect.objects.create(old_path="/stara-strona", redirect_page=about),
        "query": _promoted_query(about),
        "collection": Collection.get_first_root_node().add_child(name="Dokumenty"),
        "workflow": Workflow.objects.first(),
        "task": Task.objects.first(),
        "group": Group.objects.get(name="Moderators"),
        "open_attempt": _attempt(users[ADVISOR], pages["quiz"], number=1, submitted=False),
        "submitted_attempt": _attempt(users[ADVISOR], pages["quiz"], number=2, submitted=True),
        "erasure_request": ErasureRequest.objects.create(user=users[ADVISOR]),
        "certificate": _certificate(course),
    }
    objects["advisor_profile"] = AdvisorProfile.objects.create(
        user=objects["certificate"].user,
        institution="PUP w Augustowie",
        counties=["2001"],
        contact_kind="email",
        contact_value="holder@example.org",
        published=True,
    )
    pages["advisor_directory"] = make_directory(home)
    objects["consultation"] = Consultation.objects.create(
        advisor=users[ADVISOR],
        date=datetime.date(2026, 11, 2),
        hours=Decimal("1.5"),
        topic_key=course.translation_key,
        county_code="2001",
        municipality_code="2001011",
        client_type=ClientType.PERSON,
    )
    return DataSet(home=home, pages=pages, users=users, objects=objects)


def _poll_catalogue(poll) -> dict[str, str]:
    return {
        poll.question: "¿Pregunta?",
        **{c.text: f"Respuesta {c.pk}" for c in poll.choices.all()},
    }


def _promoted_query(page: Page) -> Query:
    query = Query.get("odpady")
    SearchPromotion.objects.create(query=query, page=page, sort_order=0)
    return query


def _certificate(course) -> Certificate:
    """A certificate of a learner outside the six roles: theirs to open, anyone's to verify."""
    holder = get_user_model().objects.create_user(
        "holder", first_name="Łucja", last_name="Żółkiewska"
    )
    return Certificate.objects.create(
        user=holder,
        course_key=course.translation_key,
        course=course,
        course_title=course.title,
        code="7QK2-M9XD-4HRB",
        issued_at=timezone.now(),
        score=90,
    )


def _attempt(user, quiz, *, number: int, submitted: bool) -> Attempt:
    return Attempt.objects.create(
        user=user,
        quiz_key=quiz.translation_key,
        course_key=quiz.course.translation_key,
        number=number,
        layout=new_layout(quiz),
        responses={} if submitted else None,
        score=0 if submitted else None,
        passed=False if submitted else None,
        submitted_at=timezone.now() - datetime.timedelta(minutes=5) if submitted else None,
    )


# --- Every URL the site answers -------------------------------------------------------------

# "<int:page_id>" in a route, and a regex group "(...)" in the few regex routes Wagtail keeps.
ROUTE_PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


@dataclass(frozen=True)
class Route:
    """One URL pattern, with the language its i18n prefix was expanded to (or none)."""

    name: str  # namespaced: "wagtailadmin_pages:edit"
    template: str  # "admin/pages/<int:page_id>/edit/" or a regex for Wagtail's regex routes
    module: str
    is_regex: bool
    language: str = ""

    @property
    def parameters(self) -> list[tuple[str, str]]:
        """(name, converter) of each argument, in order; regex groups are named "group<n>"."""
        if self.is_regex:
            return [(f"group{n}", "regex") for n in range(len(_regex_groups(self.template)))]
        return [
            (m["name"], m["converter"] or "str") for m in ROUTE_PARAMETER.finditer(self.template)
        ]

    @property
    def key(self) -> str:
        """The row name: the URL name, with the route for unnamed or shared names."""
        return self.name or self.template

    def fill(self, values: dict[str, str]) -> str:
        """The path with each argument replaced by ``values[name]`` (already URL-encoded)."""
        if self.is_regex:
            return "/" + _fill_regex(self.template, [values[n] for n, _c in self.parameters])
        return "/" + ROUTE_PARAMETER.sub(lambda m: values[m["name"]], self.template)


def _regex_groups(regex: str) -> list[tuple[int, int]]:
    """Spans of the top-level groups of a simple regex (Wagtail's compare and serve routes)."""
    spans, depth, start, escaped = [], 0, 0, False
    for index, char in enumerate(regex):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            if depth == 0:
                start = index
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                spans.append((start, index + 1))
    return spans


def _fill_regex(regex: str, values: list[str]) -> str:
    parts, last = [], 0
    for (start, end), value in zip(_regex_groups(regex), values, strict=True):
        parts.extend([regex[last:start], value])
        last = end
    parts.append(regex[last:])
    return "".join(parts).replace("^", "").replace("$", "").replace("\\.", ".")


def _walk(patterns, prefix: str, namespace: str, language: str) -> Iterator[Route]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            if isinstance(pattern.pattern, LocalePrefixPattern):
                for code, _name in settings.LANGUAGES:
                    yield from _walk(pattern.url_patterns, f"{prefix}{code}/", namespace, code)
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(
                pattern.url_patterns,
                prefix + _pattern_text(pattern.pattern),
                inner,
                language,
            )
        elif isinstance(pattern, URLPattern):
            # Regex includes above a route (Wagtail's API: "^pages/") have no groups to fill.
            regex = not isinstance(pattern.pattern, RoutePattern)
            yield Route(
                name=f"{namespace}{pattern.name}" if pattern.name else "",
                template=prefix + _pattern_text(pattern.pattern),
                module=getattr(pattern.callback, "__module__", ""),
                is_regex=regex,
                language=language,
            )


def _pattern_text(pattern) -> str:
    text = str(pattern)
    return text.removeprefix("^").removesuffix("$") if isinstance(pattern, RegexPattern) else text


def all_routes() -> list[Route]:
    """Every URL pattern of the project, the language-prefixed ones once per language."""
    return list(_walk(get_resolver().url_patterns, "", "", ""))


# --- Arguments that exist -------------------------------------------------------------------

# Snippet and chooser URLs name their model in the path: "snippets/polls/poll/edit/<pk>/".
SNIPPET_IN_ROUTE = re.compile(r"snippets/(?:choose/)?(?P<app>\w+)/(?P<model>\w+)/")
# Wagtail's admin sections whose "pk" is their own model's.
PK_OWNER = {
    "admin/api/main/^pages/": "page",
    "admin/api/main/pages/": "page",
    "admin/api/main/^documents/": "document",
    "admin/api/main/documents/": "document",
    "admin/api/main/^images/": "image",
    "admin/api/main/images/": "image",
    "admin/documents/chooser/": "document",
    "admin/images/chooser/": "image",
    "admin/collections/": "collection",
    "admin/workflows/tasks/": "task",
    "admin/workflows/": "workflow",
    "admin/locales/": "locale",
    "admin/sites/": "site",
    "admin/users/": "user",
    "admin/groups/": "group",
    "admin/erasure-requests/": "erasure_request",
    "admin/certificates/": "certificate",
    "admin/advisor-profiles/": "advisor_profile",
    "admin/settings/": "privacy_settings",
    # The advisor's own consultation log, in each language.
    "pl/consultations/": "consultation",
    "en/consultations/": "consultation",
    "es/consultations/": "consultation",
}


def page_path(page: Page) -> str:
    """The page's path below its language prefix, as Wagtail's serve route receives it."""
    url = page.get_url()
    return url.split("/", 2)[2] if url else ""


def object_pk(dataset: DataSet, owner: str) -> str:
    objects = dataset.objects
    pks = {
        "page": lambda: dataset.pages["about"].pk,
        "document": lambda: objects["document"].pk,
        "image": lambda: objects["image"].pk,
        "collection": lambda: objects["collection"].pk,
        "task": lambda: objects["task"].pk,
        "workflow": lambda: objects["workflow"].pk,
        "locale": lambda: locale("es").pk,
        "site": lambda: dataset.home.get_site().pk,
        "user": lambda: dataset.users[ADVISOR].pk,
        "group": lambda: objects["group"].pk,
        "erasure_request": lambda: objects["erasure_request"].pk,
        "certificate": lambda: objects["certificate"].pk,
        "advisor_profile": lambda: objects["advisor_profile"].pk,
        "consultation": lambda: objects["consultation"].pk,
        "privacy_settings": lambda: PrivacySettings.load().pk,
    }
    return str(pks[owner]())


def _question_bank_object(model: str) -> Question | QuestionCategory:
    """A Polish question and its category, made on demand inside the test's transaction."""
    question = Question.objects.filter(name="matrix").first()
    if question is None:
        import_questions(parse_gift("::matrix:: Wiatr to energia odnawialna. {T}"), "Blok", "pl")
        question = Question.objects.get(name="matrix")
    return question.category if model == "questioncategory" else question


def _snippet_pk(dataset: DataSet, app: str, model: str) -> str:
    by_model = {
        ("polls", "poll"): "poll",
        ("news", "newstopic"): "topic",
        ("partnership", "partnershipmember"): "member",
        ("partnership", "sector"): "sector",
        ("partnership", "subregion"): "subregion",
        ("elearning", "glossaryterm"): "glossary_term",
    }
    name = by_model.get((app, model))
    if name is not None:
        return str(dataset.objects[name].pk)
    if app == "questionbank":
        return str(_question_bank_object(model).pk)
    # Menus and footers are not part of the data set: their URLs answer 404.
    return "1"


def valid_arguments(route: Route, dataset: DataSet) -> dict[str, str]:
    """A value that exists for each of the route's arguments, so the view does its real work."""
    objects = dataset.objects
    page = str(dataset.pages["about"].pk)
    snippet = SNIPPET_IN_ROUTE.search(route.template)
    named = {
        "page_id": page,
        "parent_page_id": page,
        "page_to_move_id": page,
        "page_pk": page,
        "destination_id": str(dataset.home.pk),
        "content_type_app_name": "home",
        "content_type_model_name": "standardpage",
        "app_label": snippet["app"] if snippet else "polls",
        "app_name": "wagtaildocs",
        "model_name": snippet["model"] if snippet else "poll",
        "action": "delete",
        "action_name": "approve",
        "translation_id": str(objects["translation"].pk),
        "translation_source_id": str(objects["translation"].source_id),
        "string_segment_id": str(objects["string_segment"].pk),
        "revision_id": str(dataset.pages["about"].latest_revision_id),
        "query_id": str(objects["query"].pk),
        "redirect_id": str(objects["redirect"].pk),
        "document_id": str(objects["document"].pk),
        "doc_id": str(objects["document"].pk),
        "image_id": str(objects["image"].pk),
        "collection_id": str(objects["collection"].pk),
        "workflow_pk": str(objects["workflow"].pk),
        "task_id": str(objects["task"].pk),
        "filter_spec": "fill-100x100",
        "data_format": "json",
        "mode": "",
        "object_id": page,
        "uidb64": "MQ",
        "token": "set-password",
        "code": objects["certificate"].code,
    }
    values = {}
    for name, _converter in route.parameters:
        if name == "pk":
            if snippet:
                values[name] = _snippet_pk(dataset, snippet["app"], snippet["model"])
            else:
                owner = next(
                    (o for prefix, o in PK_OWNER.items() if route.template.startswith(prefix)),
                    "page",
                )
                values[name] = object_pk(dataset, owner)
        else:
            # Ids of records the data set does not hold (uploads, sessions, task states).
            values[name] = named.get(name, "1")
    if route.name == "wagtailadmin_pages:revisions_compare":
        values.update(group0=page, group1="earliest", group2="latest")
    elif route.name == "wagtaildocs_serve":
        values.update(group0=str(objects["document"].pk), group1="rekomendacja.pdf")
    elif route.name.startswith("wagtailsettings:"):
        values.update(app_name="privacy", model_name="privacysettings")
    elif route.name == "wagtail_serve":
        values.update(group0=page_path(dataset.page("about", route.language or "pl")))
    return values


def page_urls(dataset: DataSet) -> dict[str, str]:
    """Every page of the data set in every language it has, and the routable pages' subpages.

    Keyed "news_index:es", "quiz:pl/attempt" and so on; the values are site-relative URLs.
    """
    objects = dataset.objects
    urls = {}
    for name, source in dataset.pages.items():
        for page in Page.objects.live().filter(translation_key=source.translation_key):
            code = page.locale.language_code
            urls[f"{name}:{code}"] = page.get_url()
    quiz = dataset.page("quiz")
    subpages = {
        "news_index": {"rss": "rss/", "atom": "atom/"},
        "event": {"ics": "ics/"},
        "course": {
            "enrol": "enrol/",
            "glossary": "glossary/",
            "certificate": "certificate/",
            "certificate_pdf": "certificate/pdf/",
        },
        "lesson": {"complete": "complete/"},
        "quiz": {
            "start": "start/",
            "attempt": quiz.reverse_subpage("attempt", args=[objects["open_attempt"].pk]),
            "result": quiz.reverse_subpage("result", args=[objects["submitted_attempt"].pk]),
        },
    }
    for name, paths in subpages.items():
        for label, subpath in paths.items():
            urls[f"{name}:pl/{label}"] = dataset.page(name).get_url() + subpath
    return urls


@contextmanager
def module_dataset(django_db_blocker) -> Iterator[DataSet]:
    """The data set for a whole test module, in a transaction rolled back at the module's end.

    Each test still runs in its own savepoint (pytest-django's ``db``), so nothing one test
    changes is seen by the next.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        cache.clear()  # Wagtail caches site root paths by site id
        yield build_dataset()
        transaction.set_rollback(True)
    cache.clear()
