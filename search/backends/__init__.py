"""Wagtail's database search backend, taught Polish, English and Spanish inflection.

Configure it in WAGTAILSEARCH_BACKENDS as ``"BACKEND": "search.backends"``. Like Wagtail's
own ``wagtail.search.backends.database``, this module picks the implementation for the
default database: SQLite (FTS5) and PostgreSQL (tsvector) get the lemmatising subclasses;
any other database gets Wagtail's stock backend, which matches words only as written.

Both subclasses change two things and nothing else:

* indexing — every SearchField value is stored as its text followed by the extra forms
  of its words (lemmas, forms without diacritics; see ``search.analysis``), in the language
  of the object's locale;
* querying — a plain-text query becomes, per word, "any of the word's forms", the words
  combined with AND (or OR when asked), in the active language.

Everything else (signals keeping the index current, ``update_index``, filtering, ranking,
autocomplete on titles) is Wagtail's.
"""

from __future__ import annotations

from django.db import connection
from modelsearch.backends import database


def SearchBackend(params: dict):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "postgresql":
        from .postgres import LemmatisingPostgresSearchBackend

        return LemmatisingPostgresSearchBackend(params)
    stock = database.SearchBackend(params)
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        # Wagtail falls back to its unindexed backend where SQLite lacks FTS5; so do we.
        if isinstance(stock, SQLiteSearchBackend):
            from .sqlite import LemmatisingSQLiteSearchBackend

            return LemmatisingSQLiteSearchBackend(params)
    return stock
