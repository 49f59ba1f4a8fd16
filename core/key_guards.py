"""A value that cannot be a key is an invalid choice everywhere, never a 500.

Two places trust a posted value to be a key and send it to the database:

* Django's model choice fields catch a key of the wrong type, but pass a number beyond the
  database's integer range to the query, where SQLite raises OverflowError and PostgreSQL
  refuses the statement. Every form has them, Wagtail's admin forms for each foreign key.
* Wagtail's chooser widgets (pages, snippets, images, documents) look up what a form that
  failed validation shows again, and a tampered value such as text raises ValueError.

Both first ask ``core.forms.is_possible_key``. Installed from ``CoreConfig.ready``; drop each
part when Django or Wagtail checks the value itself.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model
from wagtail.admin.widgets.chooser import BaseChooser

from core.forms import is_possible_key

_django_to_python = forms.ModelChoiceField.to_python
_django_check_values = forms.ModelMultipleChoiceField._check_values
_wagtail_get_instance = BaseChooser.get_instance


def _invalid_choice(field: forms.ModelChoiceField, value: object) -> ValidationError:
    return ValidationError(
        field.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
    )


def to_python(field: forms.ModelChoiceField, value: object) -> Model | None:
    if value not in field.empty_values and not is_possible_key(field.queryset.model, value):
        raise _invalid_choice(field, value)
    return _django_to_python(field, value)


def check_values(field: forms.ModelMultipleChoiceField, value: object):
    for key in value if isinstance(value, list | tuple | set | frozenset) else ():
        if not is_possible_key(field.queryset.model, key):
            raise _invalid_choice(field, key)
    return _django_check_values(field, value)


def get_instance(widget: BaseChooser, value: object) -> Model | None:
    if (
        value is not None
        and not isinstance(value, widget.model_class)
        and not is_possible_key(widget.model_class, value)
    ):
        return None
    return _wagtail_get_instance(widget, value)


def install() -> None:
    forms.ModelChoiceField.to_python = to_python
    forms.ModelMultipleChoiceField._check_values = check_values
    BaseChooser.get_instance = get_instance
