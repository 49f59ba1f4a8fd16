"""The lemmatising backend on PostgreSQL's tsvector full-text search."""

from __future__ import annotations

from django.contrib.postgres.search import SearchRank
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import And, Or
from modelsearch.utils import get_content_type_pk

from .common import AnalysingIndexerMixin, LemmatisingBackendMixin, analysing_indexers

# Our lemmatiser does the linguistics; a language configuration such as 'english' would
# stem Polish and Spanish words again and drop English stop words from them.
DEFAULT_SEARCH_CONFIG = "simple"


class AnalysingObjectIndexer(AnalysingIndexerMixin, ObjectIndexer):
    pass


class LemmatisingPostgresIndex(PostgresIndex):
    def add_items(self, model, objs) -> None:
        # PostgresIndex.add_items of modelsearch 1.3, with the analysing indexer.
        if not model.get_search_fields():
            return
        indexers = analysing_indexers(AnalysingObjectIndexer, objs, self.backend)
        if not indexers:
            return

        content_type_pk = get_content_type_pk(model)
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows = []
        params: list = []
        for indexer in indexers:
            params.extend((content_type_pk, indexer.id))
            vectors = []
            for field_name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(
                    IndexEntry._meta.get_field(field_name), getattr(indexer, field_name)
                )
                sql, value_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(value_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")

        table = IndexEntry._meta.db_table
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {table} (content_type_id, object_id, title, autocomplete, body,
                                     title_norm, title_text, body_text)
                (VALUES {", ".join(rows)})
                ON CONFLICT (content_type_id, object_id)
                DO UPDATE SET title = EXCLUDED.title,
                              title_norm = 1.0,
                              autocomplete = EXCLUDED.autocomplete,
                              body = EXCLUDED.body,
                              title_text = EXCLUDED.title_text,
                              body_text = EXCLUDED.body_text
                """,  # noqa: S608 - only placeholders and compiled expressions are interpolated
                params,
            )
        self._refresh_title_norms()


class LemmatisingPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        # One ts_rank over the whole query (words OR-ed with their forms, AND-ed together)
        # rather than the stock product of one ts_rank per form.
        if isinstance(query, (And, Or)):
            rank = SearchRank(
                vector, self.build_tsquery(query, config=config), weights=self.sql_weights
            )
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)


class LemmatisingPostgresSearchBackend(LemmatisingBackendMixin, PostgresSearchBackend):
    query_compiler_class = LemmatisingPostgresSearchQueryCompiler
    index_class = LemmatisingPostgresIndex

    def __init__(self, params: dict):
        super().__init__(params)
        self.config = params.get("SEARCH_CONFIG") or DEFAULT_SEARCH_CONFIG
