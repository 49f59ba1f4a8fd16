"""What every app's forms share."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Model


def is_possible_key(model: type[Model], value: object) -> bool:
    """Whether ``value`` could be a primary key of ``model`` in this database.

    Django's ModelChoiceField catches a key of the wrong type, but sends a number beyond the
    database's integer range to the query, where SQLite raises OverflowError and PostgreSQL
    refuses the statement: a tampered form must be an invalid choice instead (every model
    choice field and chooser widget asks this: core/key_guards.py). Guards in front of
    Wagtail's admin views (cms/admin_guards.py) ask the same of ids in URLs.
    """
    key = model._meta.pk
    key = getattr(key, "target_field", None) or key  # a child page's key is its Page's id
    try:
        key.run_validators(key.to_python(value))
    except ValidationError:
        return False
    return True
