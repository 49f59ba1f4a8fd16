"""Site search, one page per language: results only from the visitor's language."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from core import site_frame
from core.middleware import after_response
from core.pagination import PAGE_PARAMETER, page_number, paginate

from .analysis import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_TERMS,
    MIN_SUGGEST_LENGTH,
    clean_query,
    parse_query,
    words,
)
from .queries import popular_searches, promotions_for, record_search
from .results import ResultSource, TermMatcher, present, result_source

RESULTS_PER_PAGE = 10
# Far more matches than any search of this site's pages has; a bound on what is remembered.
MAX_HITS = 1_000
MAX_SUGGESTIONS = 8
# More pages than any search here will have; larger numbers are refused before counting.
TEMPLATE = "search/search.html"


def backend_for(language: str) -> str:
    """The name of the search backend for one language's pages.

    "default", unless WAGTAILSEARCH_BACKENDS has an entry named after the language: an
    Elasticsearch/OpenSearch index per language, each with its own analyzer (see the README).
    """
    return language if language in settings.WAGTAILSEARCH_BACKENDS else "default"


def _notices(text_shortened: bool, terms_shortened: bool) -> list[str]:
    notices = []
    if text_shortened:
        notices.append(
            _("Your search was too long: only its first %(count)s characters were used.")
            % {"count": MAX_QUERY_LENGTH}
        )
    if terms_shortened:
        notices.append(
            _("Only the first %(count)s words of your search were used.")
            % {"count": MAX_QUERY_TERMS}
        )
    return notices


def search(request: HttpRequest) -> HttpResponse:
    text, text_shortened = clean_query(request.GET.get("query", ""))
    locale = Locale.get_active()
    language = locale.language_code
    query = parse_query(text, language)
    context = {
        "search_query": text,
        "notices": _notices(text_shortened, query.shortened),
        "query_string": urlencode({"query": text}),
        "filter_query": urlencode({"query": text}) + "&",
    }
    if not query:
        # Nothing to look for: tips and what others searched for, not a list of every page.
        context["unsearchable"] = bool(text)
        context["popular_searches"] = popular_searches(language)
        return TemplateResponse(request, TEMPLATE, context)

    number = page_number(request.GET.get(PAGE_PARAMETER))
    if number is None:
        return _no_such_page(request, context)

    # Promoted pages are left out of the results on every page, so pagination is stable;
    # they are shown above the first page.
    promotions = promotions_for(text, locale)
    promoted_ids = {promotion.page_id for promotion in promotions if promotion.page_id}
    hits = found_pages(request, text, len(query.terms), language)
    found_all_words = hits.found_all_words
    try:
        results = paginate(
            [pk for pk in hits.page_ids if pk not in promoted_ids],
            RESULTS_PER_PAGE,
            request,
            _("There is no such page of results."),
        )
    except Http404:
        return _no_such_page(request, context)
    paginator = results.paginator

    if PAGE_PARAMETER not in request.GET:
        # Counted once per search, not again for each further page of its results; after
        # the response, so the visitor never waits for (or sees a failure of) the count.
        found = found_all_words and bool(paginator.count or promotions)
        after_response(partial(record_search, text, language, found))
    # The words of every result's text are matched against the query once for the page.
    matcher = TermMatcher(query, language)
    context.update(
        {
            "results": results,
            "result_items": [
                present(source, query, language, matcher)
                for source in result_sources(results.object_list, request)
            ],
            "promotions": promotions if number == 1 else [],
            "result_count": paginator.count + len(promotions),
            "found_all_words": found_all_words,
        }
    )
    return TemplateResponse(request, TEMPLATE, context)


@dataclass(frozen=True)
class Hits:
    page_ids: tuple[int, ...]
    found_all_words: bool


def found_pages(request: HttpRequest, text: str, term_count: int, language: str) -> Hits:
    """The live, public pages of the language that match ``text``, best first.

    Pages that have every word; if none has, those that have some (and ``found_all_words``
    is False). Remembered per language and search with the site frame (``frame_part``):
    the same search, asked again by anybody before the next publication, costs no full-text
    query. At most ``MAX_HITS`` pages.
    """
    pages = Page.objects.live().public().filter(locale=Locale.get_active())
    backend = backend_for(language)

    def search_index() -> Hits:
        found = pages.search(text, operator="and", backend=backend)[:MAX_HITS]
        if term_count > 1 and not found:
            # No page has every word: offer the pages that have some of them, and say so.
            found = pages.search(text, operator="or", backend=backend)[:MAX_HITS]
            return Hits(tuple(page.pk for page in found), found_all_words=False)
        return Hits(tuple(page.pk for page in found), found_all_words=True)

    digest = hashlib.sha256(text.encode()).hexdigest()[:32]  # any text, a safe cache key
    return site_frame.frame_part(f"search-hits:{backend}:{digest}", request, search_index)


def result_sources(page_ids: Iterable[int], request: HttpRequest) -> list[ResultSource]:
    """What each result shows, remembered per page with the site frame (``frame_part``).

    A result's title, address, type and text change only when a page is published; the
    text also with whether the visitor is signed in (see ``search.results``). Results not
    yet remembered are read in one query per page type, all of them at the first miss; a
    page deleted since the search found it is left out.
    """
    ids = list(page_ids)
    signed_in = int(request.user.is_authenticated)
    specific: dict[int, Page] = {}

    def build(page_id: int) -> ResultSource | None:
        if not specific:
            loaded = Page.objects.filter(pk__in=ids).specific()
            specific.update((page.pk, page) for page in prepared(loaded))
        page = specific.get(page_id)
        return result_source(page, request) if page is not None else None

    sources = [
        site_frame.frame_part(
            f"search-result:{page_id}:{signed_in}", request, partial(build, page_id)
        )
        for page_id in ids
    ]
    return [source for source in sources if source is not None]


def prepared(results: Iterable[Page]) -> list[Page]:
    """The results, each page type given what its snippet needs in one query for all.

    A page type that needs more than its own row for its result (a lesson: its course)
    says so with a ``prepare_search_results(pages)`` class method.
    """
    pages = list(results)
    by_type: dict[type, list[Page]] = defaultdict(list)
    for page in pages:
        by_type[type(page)].append(page)
    for page_type, of_type in by_type.items():
        prepare = getattr(page_type, "prepare_search_results", None)
        if prepare is not None:
            prepare(of_type)
    return pages


def _no_such_page(request: HttpRequest, context: dict) -> HttpResponse:
    context["no_such_page"] = True
    return TemplateResponse(request, TEMPLATE, context, status=404)


def suggest(request: HttpRequest) -> JsonResponse:
    """Titles of pages in the visitor's language that start like what is being typed."""
    text, _shortened = clean_query(request.GET.get("q", ""))
    typed = words(text)[:MAX_QUERY_TERMS]
    suggestions = []
    if len(text) >= MIN_SUGGEST_LENGTH and typed:
        locale = Locale.get_active()
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=locale)
            .autocomplete(" ".join(typed), backend=backend_for(locale.language_code))
        )[:MAX_SUGGESTIONS]
        for page in pages:
            url = page.get_url(request)
            if url:
                suggestions.append({"title": page.title, "url": url})
    return JsonResponse({"query": text, "suggestions": suggestions})
