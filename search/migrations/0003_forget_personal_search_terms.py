from django.db import migrations

from search.analysis import words
from search.privacy import storable_search_terms


def forget_personal_search_terms(apps, schema_editor):
    """Searches counted before the rule that had e-mail addresses, phone numbers and the like.

    Their counts go (each is a search made once or twice); searches an editor promotes
    results for stay. Searches that differ from the rule's form only in punctuation or case
    are kept as they are.
    """
    Query = apps.get_model("wagtailsearchpromotions", "Query")
    personal = [
        query.pk
        for query in Query.objects.filter(editors_picks__isnull=True).iterator()
        if storable_search_terms(query.query_string).split() != words(query.query_string.lower())
    ]
    for start in range(0, len(personal), 500):
        Query.objects.filter(pk__in=personal[start : start + 500]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("site_search", "0002_hidden_search"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(forget_personal_search_terms, migrations.RunPython.noop)]
