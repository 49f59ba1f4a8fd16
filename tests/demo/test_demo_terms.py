"""The demo's English and Spanish content uses the project's terms (``content/terms.csv``)."""

from collections import defaultdict

from wagtail.models import Page

from machine_translation.terms import live_content_warnings


def describe(instance) -> str:
    if isinstance(instance, Page):
        return instance.url_path
    return f"{instance._meta.label} #{instance.pk} {instance}"


def test_the_demo_translations_use_the_term_base(demo):
    used = defaultdict(list)
    for instance, warnings in live_content_warnings():
        for warning in warnings:
            used[(instance.locale.language_code, warning.variant)].append(describe(instance))

    assert dict(used) == {}
