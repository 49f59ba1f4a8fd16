"""Where each Polish page stands in each target language.

Every live page of the source language (Polish, the default locale) falls in exactly one
state per target language:

* ``untranslated`` – there is no page with its translation key in the target language;
* ``outdated`` – a translation exists, but the Polish page was published after the
  translation last took its content: after ``TranslationSource.last_updated_at`` (the last
  time wagtail-localize extracted the source, i.e. the translation was created or synced),
  or, for translations made without wagtail-localize, after the translation's latest
  revision. Publishing the Polish page without syncing leaves its translations outdated
  until an editor syncs them, whether they are live or drafts;
* ``draft`` – an up-to-date translation that is not live;
* ``live`` – an up-to-date, live translation.

The whole report costs a fixed number of queries, however many pages and languages there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import Translation

LIVE = "live"
DRAFT = "draft"
OUTDATED = "outdated"
UNTRANSLATED = "untranslated"
STATES = (OUTDATED, DRAFT, UNTRANSLATED, LIVE)

PAGE_FIELDS = (
    "id",
    "title",
    "path",
    "depth",
    "url_path",
    "live",
    "has_unpublished_changes",
    "last_published_at",
    "latest_revision_created_at",
    "translation_key",
    "locale",
)


@dataclass
class PageStatus:
    source: Page
    translation: Page | None
    state: str
    source_changed_at: datetime | None = None
    synced_at: datetime | None = None
    translation_source_id: int | None = None
    can_edit_source: bool = False
    can_edit_translation: bool = False
    # URLs the report offers this user for the page, filled in by the view.
    links: dict[str, str] = field(default_factory=dict)


@dataclass
class LanguageStatus:
    locale: Locale
    pages: dict[str, list[PageStatus]] = field(default_factory=lambda: {s: [] for s in STATES})

    def count(self, state: str) -> int:
        return len(self.pages[state])

    @property
    def counts(self) -> dict[str, int]:
        return {state: self.count(state) for state in STATES}

    @property
    def waiting(self) -> int:
        """Pages waiting for work in this language: to translate, sync or publish.

        Untranslated pages wait too: the tab said "(0 waiting)" beside untranslated pages.
        """
        return self.count(OUTDATED) + self.count(DRAFT) + self.count(UNTRANSLATED)

    @property
    def editable_waiting(self) -> int:
        return sum(
            1 for state in (OUTDATED, DRAFT) for s in self.pages[state] if s.can_edit_translation
        )


def source_pages(source_locale: Locale) -> QuerySet[Page]:
    return (
        Page.objects.live()
        .filter(locale=source_locale, depth__gt=1)
        .select_related("locale")
        .only(*PAGE_FIELDS)
        .order_by("path")
    )


def sync_times(source_locale: Locale, target_locales: list[Locale]) -> dict:
    """When wagtail-localize last gave each translation its source content.

    Keyed by (target locale id, translation key). Translations an editor stopped syncing
    (``enabled=False``) are left out: they are judged by their own revisions.
    """
    rows = Translation.objects.filter(
        source__locale=source_locale,
        source__object__content_type=ContentType.objects.get_for_model(Page),
        target_locale__in=target_locales,
        enabled=True,
    ).values_list("target_locale_id", "source__object_id", "source__last_updated_at", "source_id")
    return {
        (locale_id, key): (updated_at, source_id) for locale_id, key, updated_at, source_id in rows
    }


def editable_page_ids(user, locales: list[Locale]) -> set[int]:
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return set(editable.filter(locale__in=locales).values_list("pk", flat=True))


def classify(
    source: Page, translation: Page | None, synced: tuple[datetime, int] | None
) -> PageStatus:
    if translation is None:
        return PageStatus(source, None, UNTRANSLATED)
    changed_at = source.last_published_at
    synced_at, source_id = synced if synced else (translation.latest_revision_created_at, None)
    outdated = bool(changed_at and synced_at and changed_at > synced_at)
    state = OUTDATED if outdated else (LIVE if translation.live else DRAFT)
    return PageStatus(
        source,
        translation,
        state,
        source_changed_at=changed_at,
        synced_at=synced_at,
        translation_source_id=source_id,
    )


def translation_status(user, target_locales: list[Locale]) -> list[LanguageStatus]:
    """The state of every live Polish page in each of ``target_locales``, for ``user``."""
    source_locale = Locale.get_default()
    sources = list(source_pages(source_locale))
    translations = (
        Page.objects.filter(locale__in=target_locales, depth__gt=1)
        .select_related("locale")
        .only(*PAGE_FIELDS)
    )
    by_language = {(page.locale_id, page.translation_key): page for page in translations}
    synced = sync_times(source_locale, target_locales)
    editable = editable_page_ids(user, [source_locale, *target_locales])

    report = []
    for locale in target_locales:
        status = LanguageStatus(locale)
        for source in sources:
            key = (locale.pk, source.translation_key)
            entry = classify(source, by_language.get(key), synced.get(key))
            entry.can_edit_source = source.pk in editable
            entry.can_edit_translation = (
                entry.translation is not None and entry.translation.pk in editable
            )
            status.pages[entry.state].append(entry)
        report.append(status)
    return report
