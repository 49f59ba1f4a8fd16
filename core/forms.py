"""Form fields every app's forms share."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model


def is_possible_key(model: type[Model], value: object) -> bool:
    """Whether ``value`` could be a primary key of ``model`` in this database.

    Django's ModelChoiceField catches a key of the wrong type, but sends a number beyond the
    database's integer range to the query, where SQLite raises OverflowError and PostgreSQL
    refuses the statement: a tampered form must be an invalid choice instead. Guards in front
    of Wagtail's admin views (cms/admin_guards.py) ask the same of ids in URLs.
    """
    key = model._meta.pk
    key = getattr(key, "target_field", None) or key  # a child page's key is its Page's id
    try:
        key.run_validators(key.to_python(value))
    except ValidationError:
        return False
    return True


class RecordChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField for which a key no record can have is just not one of the choices."""

    def to_python(self, value):
        if value not in self.empty_values and not is_possible_key(self.queryset.model, value):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(value)


class RecordMultipleChoiceField(forms.ModelMultipleChoiceField):
    """The same for a list of records: one impossible key makes the choice invalid."""

    def _check_values(self, value):
        for key in value if isinstance(value, list | tuple | set | frozenset) else ():
            if not is_possible_key(self.queryset.model, key):
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": key},
                )
        return super()._check_values(value)
