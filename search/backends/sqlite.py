"""The lemmatising backend on SQLite's FTS5 full-text index."""

from __future__ import annotations

from operator import itemgetter

from django.db.models import FloatField, Func, TextField
from django.db.models.functions import Cast
from modelsearch.backends.database.sqlite.query import AndNot, MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    IndexEntry,
    ObjectIndexer,
    SQLiteAutocompleteQueryCompiler,
    SQLiteFTSIndexEntry,
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.query import MatchAll, Not
from modelsearch.utils import get_content_type_pk, get_descendants_content_types_pks

from .common import AnalysingIndexerMixin, LemmatisingBackendMixin, analysing_indexers

# A word in a title counts twice as much as one in the body, as Page.title's boost says.
TITLE_WEIGHT = 2.0


class AnalysingObjectIndexer(AnalysingIndexerMixin, ObjectIndexer):
    pass


class LemmatisingSQLiteIndex(SQLiteIndex):
    def add_items(self, model, objs) -> None:
        # SQLiteIndex.add_items of modelsearch 1.3, with the analysing indexer.
        if not model.get_search_fields():
            return
        indexers = analysing_indexers(AnalysingObjectIndexer, objs, self.backend)
        if not indexers:
            return

        content_type_pk = get_content_type_pk(model)
        values = {
            indexer.id: {
                "title": indexer.title,
                "autocomplete": indexer.autocomplete,
                "body": indexer.body,
            }
            for indexer in indexers
        }
        entries = self.entries.filter(content_type_id=content_type_pk)
        existing = set(
            entries.filter(object_id__in=values.keys()).values_list("object_id", flat=True)
        )
        for object_id in existing:
            entries.filter(object_id=object_id).update(**values[object_id])
        self.entries.bulk_create(
            IndexEntry(content_type_id=content_type_pk, object_id=object_id, **fields)
            for object_id, fields in values.items()
            if object_id not in existing
        )
        self._refresh_title_norms()


class WeightedBM25(Func):
    """FTS5's bm25() over the whole match, with a weight per column (lower is better).

    The stock compiler multiplies one bm25() per sub-query, which turns the sign of the
    score and so the order upside down for queries of several words.
    """

    output_field = FloatField()

    def __init__(self, autocomplete: float = 0.0, body: float = 1.0, title: float = TITLE_WEIGHT):
        super().__init__()
        # FTS5 columns, in order: autocomplete, body, title.
        self.weights = (float(autocomplete), float(body), float(title))

    def as_sql(self, compiler, connection, **extra_context):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, {', '.join(map(str, self.weights))})", []


class RankingMixin:
    """Ranks all matches in one query instead of one correlated subquery per match."""

    _ranking = None

    def rank_expression(self) -> WeightedBM25:
        return WeightedBM25()

    def _build_rank_expression(self, vectors, config):
        return self.rank_expression()

    def ranking(self, config) -> list[tuple] | None:
        """(primary key, score) of every match, best first; None where the stock path is used.

        The stock compiler orders the objects by a score subquery correlated with each of
        them, which runs the full-text match once per matching object: seconds for a word
        found on thousands of pages. Here one query ranks every match among the objects the
        queryset allows, and only the requested slice of objects is then fetched.
        """
        if not self.order_by_relevance:
            return None
        if self._ranking is not None:
            return self._ranking
        query = normalize(self.query)
        if isinstance(query, (MatchAll, Not, AndNot)):
            return None

        model = self.queryset.model
        allowed = (
            self.queryset.order_by()
            .annotate(_object_id=Cast("pk", output_field=TextField()))
            .values("_object_id")
        )
        matches = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(
                    self.fields or self.FTS_TABLE_FIELDS,
                    self.build_search_query(query, config=config),
                )
            )
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(model),
                index_entry__object_id__in=allowed,
            )
            .annotate(score=self.rank_expression())
            .values_list("index_entry__object_id", "score")
        )
        best: dict = {}
        for object_id, score in matches:
            pk = model._meta.pk.to_python(object_id)
            best[pk] = min(score, best.get(pk, score))
        # bm25() is lower for better matches; ties go to the newest object, as in the stock
        # compiler (sorting is stable: by primary key first, then by score).
        ranking = sorted(best.items(), key=itemgetter(0), reverse=True)
        ranking.sort(key=itemgetter(1))
        self._ranking = ranking
        return ranking


class LemmatisingSQLiteSearchQueryCompiler(RankingMixin, SQLiteSearchQueryCompiler):
    pass


class LemmatisingSQLiteAutocompleteQueryCompiler(RankingMixin, SQLiteAutocompleteQueryCompiler):
    def rank_expression(self) -> WeightedBM25:
        return WeightedBM25(autocomplete=1.0, body=0.0, title=0.0)


class LemmatisingSQLiteSearchResults(SQLiteSearchResults):
    def _do_search(self):
        compiler = self.query_compiler
        ranking = compiler.ranking(compiler.get_config(self.backend))
        if ranking is None:
            return super()._do_search()
        ranked = ranking[self.start : self.stop]
        objects = {obj.pk: obj for obj in compiler.queryset.filter(pk__in=[pk for pk, _ in ranked])}
        results = []
        for pk, score in ranked:
            if pk in objects:
                if self._score_field:
                    setattr(objects[pk], self._score_field, score)
                results.append(objects[pk])
        return results

    def _do_count(self):
        compiler = self.query_compiler
        ranking = compiler.ranking(compiler.get_config(self.backend))
        if ranking is None:
            return super()._do_count()
        return len(ranking[self.start : self.stop])


class LemmatisingSQLiteSearchBackend(LemmatisingBackendMixin, SQLiteSearchBackend):
    query_compiler_class = LemmatisingSQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = LemmatisingSQLiteAutocompleteQueryCompiler
    results_class = LemmatisingSQLiteSearchResults
    index_class = LemmatisingSQLiteIndex
