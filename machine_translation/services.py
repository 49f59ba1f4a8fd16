"""Machine translation of one wagtail-localize translation, and the review state of pages.

Plain functions over the models: the views turn their results and errors into messages.
"""

import json
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.strings import StringValue

from .models import EtranslationJob, UnreviewedMachineTranslation
from .translators import EtranslationTranslator, MachineTranslationError, machine_service

# (string id, context id) pairs that one source string fills in a translation.
Targets = list[tuple[int, int]]


@dataclass
class Outcome:
    """What a "Machine translate" click did: filled now, sent and waiting, or nothing to do."""

    filled: int = 0
    waiting: int = 0


def untranslated_strings(translation: Translation) -> dict[StringValue, Targets]:
    """The source strings of ``translation`` not translated yet, by a machine or a person."""
    existing = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        locale_id=translation.target_locale_id,
        context_id=OuterRef("context_id"),
    )
    strings: dict[StringValue, Targets] = defaultdict(list)
    segments = (
        translation.source.stringsegment_set.filter(~Exists(existing))
        .select_related("string")
        .order_by("order")
    )
    for segment in segments:
        value = StringSegmentValue(segment.context_id, segment.string.as_value())
        if segment.attrs:
            value.attrs = json.loads(segment.attrs)
        strings[value.string].append((segment.string_id, segment.context_id))
    return strings


def store_translation(
    translation: Translation,
    targets: Targets,
    text: str,
    tool_name: str,
    user=None,
    translation_type: str = StringTranslation.TRANSLATION_TYPE_MACHINE,
) -> int:
    """Fill the targets with ``text``, leaving any a person filled meanwhile; the count filled."""
    created = 0
    for string_id, context_id in targets:
        _translation, was_created = StringTranslation.objects.get_or_create(
            translation_of_id=string_id,
            locale_id=translation.target_locale_id,
            context_id=context_id,
            defaults={
                "data": text,
                "translation_type": translation_type,
                "tool_name": tool_name,
                "last_translated_by": user,
                "has_error": False,
                "field_error": "",
            },
        )
        created += was_created
    return created


def machine_translate(
    translation: Translation,
    user,
    translator: BaseMachineTranslator | None = None,
    callback_base_url: str | None = None,
    strings: dict[StringValue, Targets] | None = None,
) -> Outcome:
    """Translate ``strings`` (by default what is still untranslated); raises
    MachineTranslationError, filling nothing.

    Nothing is published: the segments wait, marked "machine", for a person to confirm.
    """
    translator = translator or machine_service(get_machine_translator())
    if translator is None:
        raise MachineTranslationError(_("No machine translator is configured."))
    if strings is None:
        strings = untranslated_strings(translation)
    if not strings:
        return Outcome()
    if isinstance(translator, EtranslationTranslator):
        return _send_to_etranslation(translation, user, translator, strings, callback_base_url)
    answers = translator.translate(translation.source.locale, translation.target_locale, strings)
    filled = 0
    with transaction.atomic():
        for string, targets in strings.items():
            answer = answers.get(string)
            if answer is None or answer.data is None:
                continue  # the machine had nothing for this one
            filled += store_translation(
                translation, targets, answer.data, translator.display_name, user
            )
    return Outcome(filled=filled)


def callback_urls(job: EtranslationJob, base_url: str) -> tuple[str, str]:
    done = reverse("machine_translation:etranslation_done", args=[job.pk, job.secret])
    error = reverse("machine_translation:etranslation_error", args=[job.pk, job.secret])
    return base_url.rstrip("/") + done, base_url.rstrip("/") + error


def _send_to_etranslation(
    translation: Translation,
    user,
    translator: EtranslationTranslator,
    strings: dict[StringValue, Targets],
    callback_base_url: str | None,
) -> Outcome:
    base_url = callback_base_url or settings.ZMP_ETRANSLATION_CALLBACK_BASE_URL
    if not base_url:
        # eTranslation could never call back: refuse before sending anything.
        raise MachineTranslationError(
            _("eTranslation is not set up: the site's public address for its answers is missing.")
        )
    job = EtranslationJob.objects.create(translation=translation, requested_by=user)
    done_url, error_url = callback_urls(job, base_url)
    pending = {}
    try:
        for index, (string, targets) in enumerate(strings.items()):
            reference = f"{job.pk}-{index}"
            translator.send(
                text=string.data,
                source_locale=translation.source.locale,
                target_locale=translation.target_locale,
                reference=reference,
                done_url=done_url,
                error_url=error_url,
            )
            pending[reference] = targets
    except MachineTranslationError:
        # The editor sees the error at once. Requests already accepted may still call back:
        # without their job, their callbacks find nothing and fill nothing.
        job.delete()
        raise
    job.pending = pending
    job.save(update_fields=["pending"])
    return Outcome(waiting=len(pending))


def receive_etranslation(job: EtranslationJob, reference: str, text: str) -> int:
    """Store one translated text that eTranslation posted back; the segments filled."""
    with transaction.atomic():
        job = EtranslationJob.objects.select_for_update().get(pk=job.pk)
        if job.status != EtranslationJob.Status.PENDING or reference not in job.pending:
            return 0
        targets = [tuple(target) for target in job.pending.pop(reference)]
        filled = store_translation(
            job.translation, targets, text, EtranslationTranslator.display_name, job.requested_by
        )
        if not job.pending:
            job.status = EtranslationJob.Status.DONE
            job.finished_at = timezone.now()
        job.save()
    return filled


def fail_etranslation(job: EtranslationJob, error: str) -> None:
    """eTranslation reported an error (in its own words, or TIMED_OUT): what arrived stays."""
    with transaction.atomic():
        job = EtranslationJob.objects.select_for_update().get(pk=job.pk)
        if job.status != EtranslationJob.Status.PENDING:
            return
        job.status = EtranslationJob.Status.FAILED
        job.error = error
        job.finished_at = timezone.now()
        job.save()


def latest_etranslation(translation: Translation) -> EtranslationJob | None:
    """The newest eTranslation request of this translation, failed if it waited too long."""
    job = EtranslationJob.objects.filter(translation=translation).order_by("-created_at").first()
    if job and job.has_timed_out():
        fail_etranslation(job, EtranslationJob.TIMED_OUT)
        job.refresh_from_db()
    return job


def unreviewed_segment_count(page: Page) -> int:
    """Segments of the page's translation filled by a machine and not confirmed by a person."""
    machine = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=page.locale_id,
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    return (
        StringSegment.objects.filter(
            source__object_id=page.translation_key,
            source__translations__target_locale_id=page.locale_id,
        )
        .filter(Exists(machine))
        .distinct()
        .count()
    )


def record_review_state(page: Page) -> None:
    """Called on publish: remember whether the live text has unreviewed machine segments."""
    count = unreviewed_segment_count(page)
    if count:
        UnreviewedMachineTranslation.objects.update_or_create(
            page_id=page.pk, defaults={"segment_count": count, "published_at": timezone.now()}
        )
    else:
        UnreviewedMachineTranslation.objects.filter(page_id=page.pk).delete()


def etranslation_failure_message(job: EtranslationJob) -> str:
    """The failure for the editor, in the editor's language (the job keeps the service's words)."""
    if job.error == EtranslationJob.TIMED_OUT:
        return _("eTranslation did not answer in time.")
    return _("eTranslation could not translate (error %(error)s).") % {"error": job.error}


def has_unreviewed_machine_translation(page_id: int) -> bool:
    return UnreviewedMachineTranslation.objects.filter(page_id=page_id).exists()
