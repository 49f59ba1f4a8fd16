"""Bulk translation: a section of pages, or every untranslated snippet of a type, at once.

An editor asks for it in the admin (``localization.views``); the work is a
``BulkTranslationJob`` run by the background task ``run_bulk_translation``, which records one
result per object so that the job page shows the progress.

Each object without a translation in the target language gets one the way wagtail-localize's
own *Translate* makes it: its ``TranslationSource`` (brought up to date with the object), a
``Translation`` into the language and ``save_target()``, holding the source text until a
translator replaces it. Pages are saved as drafts, never published; the site's snippet types
have no draft state, so their translations exist as soon as they are made (as with
wagtail-localize's *Translate* button). When a machine translator is configured, it fills the
strings first; its failure is noted on the object, which is still created.

Objects already translated into the language are skipped and listed with a link: the job
makes what is missing and never touches a translator's work. Bringing those up to date is
the *Sync translated pages* action, per page, which shows what changed.

Errors are per object: the object is listed as failed with its reason and the job goes on.
A page whose parent could not be translated is not copied under another parent: it fails too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail.users.models import UserProfile
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation, TranslationSource

from machine_translation.memory import translate_memory_first
from machine_translation.translators import MachineTranslationError, machine_service

from .models import BulkTranslationJob
from .roles import may_translate_into, permitted_locales, translation_languages

logger = logging.getLogger("zmp.localization")

CREATED = "created"
SKIPPED = "skipped"
FAILED = "failed"

# Reasons the job gives in its own words; shown translated on the job page.
ALREADY_TRANSLATED = "already_translated"
PARENT_FAILED = "parent_failed"
NO_PARENT = "no_parent"
ERROR = "error"
MACHINE_FAILED = "machine_failed"
REASONS = {
    ALREADY_TRANSLATED: _("Already translated; left as it is."),
    PARENT_FAILED: _("Its parent page could not be translated."),
    NO_PARENT: _("Its parent page has no translation in this language."),
    ERROR: _("Could not be translated: %(detail)s"),
    MACHINE_FAILED: _("Created; machine translation failed: %(detail)s"),
}


# --- Who may ask for what -------------------------------------------------------------------


def may_bulk_translate(user) -> bool:
    """Whether ``user`` may start bulk translations at all: wagtail-localize's permission to
    submit translations, and at least one language their role lets them translate into."""
    return user.has_perm("wagtail_localize.submit_translation") and (
        translation_languages(user) != frozenset()
    )


def offered_locales(user, source_locale: Locale) -> QuerySet[Locale]:
    """The languages ``user`` may translate objects of ``source_locale`` into."""
    return permitted_locales(user, Locale.objects.exclude(pk=source_locale.pk)).order_by(
        "language_code"
    )


def target_parent(root: Page, locale: Locale) -> Page | None:
    """Where the translation of section ``root`` goes in ``locale``; None if nowhere yet."""
    parent = root.get_parent()
    if parent.is_root():
        return parent
    return parent.get_translation_or_none(locale)


def may_translate_section(user, root: Page, locale: Locale) -> bool:
    """Whether ``user`` may translate the section under ``root`` into ``locale``.

    Their role must allow the language and they must be able to add pages where the
    section's translation goes: a translator, on their language's tree only.
    """
    if not (may_bulk_translate(user) and may_translate_into(user, locale)):
        return False
    parent = target_parent(root, locale)
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


def translatable_snippet_models() -> list[type]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def may_translate_snippets(user, model: type, locale: Locale) -> bool:
    """Whether ``user`` may translate snippets of ``model`` into ``locale``: their role
    allows the language and they may add or change that snippet type."""
    policy = model.snippet_viewset.permission_policy
    return (
        may_bulk_translate(user)
        and may_translate_into(user, locale)
        and policy.user_has_any_permission(user, {"add", "change"})
    )


# --- What a job covers ----------------------------------------------------------------------


def section_pages(root: Page) -> QuerySet[Page]:
    """``root`` and its descendants in tree order, parents first; aliases are not content."""
    return (
        Page.objects.descendant_of(root, inclusive=True)
        .filter(alias_of__isnull=True)
        .order_by("path")
    )


def untranslated_snippets(model: type, locale: Locale) -> QuerySet:
    """Snippets of ``model`` in the default language with no translation into ``locale``."""
    translated = model.objects.filter(locale=locale).values("translation_key")
    return (
        model.objects.filter(locale=Locale.get_default())
        .exclude(translation_key__in=translated)
        .order_by("pk")
    )


def translated_keys(pages: QuerySet[Page], locale: Locale) -> set:
    return set(
        Page.objects.filter(
            locale=locale,
            alias_of__isnull=True,
            translation_key__in=pages.values("translation_key"),
        ).values_list("translation_key", flat=True)
    )


@dataclass
class Plan:
    """What a job would do, for the confirmation: objects in scope, and those to create."""

    total: int
    to_create: int

    @property
    def already_translated(self) -> int:
        return self.total - self.to_create


def plan_section(root: Page, locale: Locale) -> Plan:
    pages = section_pages(root)
    total = pages.count()
    return Plan(total=total, to_create=total - len(translated_keys(pages, locale)))


def plan_snippets(model: type, locale: Locale) -> Plan:
    count = untranslated_snippets(model, locale).count()
    return Plan(total=count, to_create=count)


# --- Starting and running a job -------------------------------------------------------------


@transaction.atomic
def start_section_job(user, root: Page, locale: Locale) -> BulkTranslationJob:
    job = BulkTranslationJob.objects.create(
        requested_by=user,
        target_locale=locale,
        scope=BulkTranslationJob.Scope.SECTION,
        root_page=root,
        total=section_pages(root).count(),
    )
    # In the job's transaction: with the database backend, both are stored or neither.
    run_bulk_translation.enqueue(job.pk)
    return job


@transaction.atomic
def start_snippets_job(user, model: type, locale: Locale) -> BulkTranslationJob:
    job = BulkTranslationJob.objects.create(
        requested_by=user,
        target_locale=locale,
        scope=BulkTranslationJob.Scope.SNIPPETS,
        content_type=ContentType.objects.get_for_model(model),
        total=untranslated_snippets(model, locale).count(),
    )
    run_bulk_translation.enqueue(job.pk)
    return job


@task()
def run_bulk_translation(job_id: int) -> None:
    """Work through the job's objects; each one's outcome is saved as soon as it is known."""
    job = BulkTranslationJob.objects.select_related("requested_by", "target_locale").get(pk=job_id)
    if job.is_finished:
        return  # an earlier run finished it (tasks run at least once)
    # Reasons from Django and wagtail-localize are worded in the requester's admin language.
    language = settings.LANGUAGE_CODE
    if job.requested_by is not None:
        language = UserProfile.get_for_user(job.requested_by).get_preferred_language()
    with translation.override(language):
        try:
            _run(job)
        except Exception as error:
            job.status = BulkTranslationJob.Status.FAILED
            job.error = str(error)
            job.finished_at = timezone.now()
            job.save(update_fields=["status", "error", "finished_at"])
            logger.exception("Bulk translation job %s stopped", job.pk)
            raise


def _run(job: BulkTranslationJob) -> None:
    objects = _objects(job)
    job.status = BulkTranslationJob.Status.RUNNING
    job.total, job.done, job.results = len(objects), 0, []
    job.save(update_fields=["status", "total", "done", "results"])
    failed_keys: set = set()
    for obj in objects:
        if isinstance(obj, Page):
            result = translate_page(obj, job.target_locale, job.requested_by, failed_keys)
        else:
            result = translate_snippet(obj, job.target_locale, job.requested_by)
        if result["outcome"] == FAILED:
            failed_keys.add(obj.translation_key)
        job.results.append(result)
        job.done += 1
        job.save(update_fields=["results", "done"])
    job.status = BulkTranslationJob.Status.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at"])


def _objects(job: BulkTranslationJob) -> list:
    if job.scope == BulkTranslationJob.Scope.SECTION:
        if job.root_page is None:
            raise ValueError("The section was deleted before the job ran.")
        return [page.specific for page in section_pages(job.root_page)]
    model = job.content_type.model_class()
    return list(untranslated_snippets(model, job.target_locale))


def _result(obj, outcome: str, reason: str = "", detail: str = "", target_id=None) -> dict:
    return {
        "label": str(obj)[:200],
        "outcome": outcome,
        "reason": reason,
        "detail": detail,
        "target_id": target_id,
    }


def _error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error) or type(error).__name__


def translate_page(page: Page, locale: Locale, user, failed_keys: set) -> dict:
    """Make ``page``'s draft translation into ``locale``, unless it has one already."""
    existing = Page.objects.filter(
        translation_key=page.translation_key, locale=locale, alias_of__isnull=True
    ).first()
    if existing is not None:
        return _result(page, SKIPPED, ALREADY_TRANSLATED, target_id=existing.pk)
    parent = page.get_parent()
    if not parent.is_root() and not parent.has_translation(locale):
        # save_target() would copy the missing parents: refused, so that nothing appears
        # outside the section.
        reason = PARENT_FAILED if parent.translation_key in failed_keys else NO_PARENT
        return _result(page, FAILED, reason)
    return _make_translation(page, locale, user, publish=False)


def translate_snippet(snippet, locale: Locale, user) -> dict:
    # A snippet type without draft state cannot hold a draft (CannotSaveDraftError).
    return _make_translation(
        snippet, locale, user, publish=not isinstance(snippet, DraftStateMixin)
    )


def _make_translation(instance, locale: Locale, user, *, publish: bool) -> dict:
    mode = getattr(
        instance,
        "localize_default_translation_mode",
        getattr(settings, "WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE", "synced"),
    )
    machine_error = ""
    try:
        with transaction.atomic():
            source, _created = TranslationSource.update_or_create_from_instance(instance)
            record, _created = Translation.objects.update_or_create(
                source=source, target_locale=locale, defaults={"enabled": mode == "synced"}
            )
            machine_error = machine_fill(record, user)
            record.save_target(user=user, publish=publish)
    except Exception as error:  # one object's failure is recorded, not fatal
        logger.warning("Bulk translation of %r into %s failed: %s", instance, locale, error)
        return _result(instance, FAILED, ERROR, detail=_error_text(error))
    target = instance.get_translation(locale)
    if machine_error:
        return _result(instance, CREATED, MACHINE_FAILED, machine_error, target_id=target.pk)
    return _result(instance, CREATED, target_id=target.pk)


def machine_fill(record: Translation, user) -> str:
    """Fill ``record``'s strings from the translation memory, then the configured machine
    service, as the translation editor's button does; the service's error, or ""."""
    try:
        translate_memory_first(record, user, machine_service(get_machine_translator()))
    except MachineTranslationError as error:
        return str(error)
    return ""
