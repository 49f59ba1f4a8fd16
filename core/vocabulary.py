"""Translatable vocabularies that visitors filter listings by: news topics, and the
partnership's sectors and subregions.

One rule for all of them: each value is named in the reader's language (else in the source
language); its slug is the same in every language, so a filter link shared in one language
works in the others; lists sort alphabetically the Polish way ("Łomża" next to "Lublin");
and a value the vocabulary does not have gets one answer everywhere: the listing unfiltered,
a message naming the value, and status 400 (see ``chosen_key``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

# Long enough for any real slug, short enough to keep a junk value out of the message.
ECHOED_VALUE_LENGTH = 60


def collation_key(text: str) -> tuple[str, str]:
    """Sorts Polish, English and Spanish names alphabetically ("Łomża" next to "Lublin")."""
    folded = text.casefold()
    # "ł" has no Unicode decomposition, so it is folded by hand.
    decomposed = unicodedata.normalize("NFKD", folded.replace("ł", "l"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)), folded


class TranslatableVocabulary(TranslatableMixin, models.Model):
    """A value listings are filtered by; editors keep the list, translated like any snippet."""

    name = models.CharField(max_length=100, verbose_name=_("name"))
    slug = models.SlugField(
        max_length=100,
        verbose_name=_("slug"),
        help_text=_("Used in filter links; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    # Filter links must work whatever language a visitor shares them in.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_%(class)s_slug")
        ]

    def __str__(self) -> str:
        return self.name


class Vocabulary:
    """The values of one vocabulary for a page in ``locale``, by translation key.

    Built from every language's objects (one query with ``select_related("locale")``), so a
    slug or a pk from any language finds its value, shown in ``locale`` or else in the
    default locale.
    """

    def __init__(self, objects: Iterable[TranslatableVocabulary], locale: Locale):
        default = Locale.get_default()
        rank = {locale.pk: 0, default.pk: 1}
        self.key_of_pk: dict = {}
        self.key_of_slug: dict = {}
        self.by_key: dict = {}
        preferences: dict = {}
        for obj in objects:
            key = obj.translation_key
            self.key_of_pk[obj.pk] = key
            self.key_of_slug.setdefault(obj.slug, key)
            preference = rank.get(obj.locale_id, 2)
            if key not in preferences or preference < preferences[key]:
                preferences[key] = preference
                self.by_key[key] = obj

    def for_pk(self, pk: int) -> TranslatableVocabulary:
        return self.by_key[self.key_of_pk[pk]]

    def for_key(self, key) -> TranslatableVocabulary | None:
        return self.by_key.get(key)

    def key_for_slug(self, slug: str):
        return self.key_of_slug.get(slug)

    def sorted(self) -> list[TranslatableVocabulary]:
        return sorted(self.by_key.values(), key=lambda obj: collation_key(obj.name))


def chosen_key(
    params: Mapping[str, str],
    name: str,
    vocabulary: Vocabulary,
    message: str,
    errors: list[str],
):
    """The translation key the parameter asks for; None for no filter or an unknown value,
    in which case ``message`` (with ``%(value)s``) is added to ``errors``."""
    value = params.get(name, "").strip()
    if not value:
        return None
    key = vocabulary.key_for_slug(value)
    if key is None:
        errors.append(message % {"value": value[:ECHOED_VALUE_LENGTH]})
    return key
