"""What the SQLite and PostgreSQL lemmatising backends share."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.base import EmptySearchResults
from modelsearch.index import SearchField
from modelsearch.query import And, Boost, Not, Or, PlainText, SearchQuery
from modelsearch.utils import AND, OR

from search.analysis import (
    MAX_QUERY_TERMS,
    ParsedQuery,
    Term,
    clean_query,
    index_text,
    parse_query,
    words,
)


def locale_languages() -> dict[int, str]:
    """Language code of each locale, fetched once per indexing batch."""
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def object_language(obj: Any, languages: dict[int, str]) -> str:
    """The language an object is written in: its locale's, else the site's default."""
    return languages.get(getattr(obj, "locale_id", None)) or settings.LANGUAGE_CODE


class AnalysingIndexerMixin:
    """Adds the extra forms of each word to SearchField values (not to autocomplete ones)."""

    language: str | None = None

    def prepare_field(self, obj: Any, field: Any) -> Iterator[tuple]:
        for item in super().prepare_field(obj, field):
            if isinstance(item[0], SearchField):
                item = (*item[:-1], index_text(item[-1], self.language))
            yield item


def analysing_indexers(indexer_class: type, objs: list, backend: Any) -> list:
    languages = locale_languages()
    indexers = []
    for obj in objs:
        indexer = indexer_class(obj, backend)
        indexer.language = object_language(obj, languages)
        indexers.append(indexer)
    return indexers


def term_query(term: Term) -> SearchQuery:
    """Matches any form of one query word."""
    return OR([PlainText(form) for form in sorted(term.forms)])


def build_query(parsed: ParsedQuery, operator: str = "and") -> SearchQuery:
    groups = [term_query(term) for term in parsed.terms]
    return OR(groups) if operator.lower() == "or" else AND(groups)


def expand_query(query: SearchQuery, language: str | None) -> SearchQuery | None:
    """``query`` with each plain-text part matching the forms of its words.

    Phrases, fuzzy queries and match-all are left as they are (phrases match the text as
    written, which the index keeps). None means nothing searchable is left.
    """
    if isinstance(query, PlainText):
        text, _shortened = clean_query(query.query_string)
        parsed = parse_query(text, language)
        return build_query(parsed, query.operator) if parsed else None
    if isinstance(query, (And, Or)):
        parts = [expand_query(part, language) for part in query.subqueries]
        parts = [part for part in parts if part is not None]
        return type(query)(parts) if parts else None
    if isinstance(query, Not):
        inner = expand_query(query.subquery, language)
        return Not(inner) if inner is not None else None
    if isinstance(query, Boost):
        inner = expand_query(query.subquery, language)
        return Boost(inner, query.boost) if inner is not None else None
    return query


class LemmatisingBackendMixin:
    """Analyses queries in the active language before the stock backend runs them."""

    def search(
        self,
        query: str | SearchQuery,
        model_or_queryset: Any,
        fields: list[str] | None = None,
        operator: str | None = None,
        order_by_relevance: bool = True,
    ):
        if isinstance(query, str):
            query = PlainText(query, operator=operator or PlainText.DEFAULT_OPERATOR)
        if query is not None:
            query = expand_query(query, get_language())
            if query is None:
                return EmptySearchResults()
        return super().search(
            query,
            model_or_queryset,
            fields=fields,
            operator=operator,
            order_by_relevance=order_by_relevance,
        )

    def autocomplete(
        self,
        query: str | SearchQuery,
        model_or_queryset: Any,
        fields: list[str] | None = None,
        operator: str | None = None,
        order_by_relevance: bool = True,
    ):
        if isinstance(query, str):
            # Prefix matching on titles needs no lemmas, but must never see query syntax.
            query = " ".join(words(clean_query(query)[0])[:MAX_QUERY_TERMS])
            if not query:
                return EmptySearchResults()
        return super().autocomplete(
            query,
            model_or_queryset,
            fields=fields,
            operator=operator,
            order_by_relevance=order_by_relevance,
        )
