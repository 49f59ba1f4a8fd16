"""The editor's "Machine translate" button, and eTranslation's callbacks."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from . import memory, services
from .models import EtranslationJob
from .translators import MachineTranslationError, machine_service


@require_POST
def machine_translate(request: HttpRequest, translation_id: int) -> HttpResponse:
    """wagtail-localize's view: the translation memory first, then the configured service,
    answering the service's failures with a message, not a 500."""
    translator = get_machine_translator()
    if translator is None:
        raise Http404
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    if not translator.can_translate(translation.source.locale, translation.target_locale):
        raise Http404
    service = machine_service(translator)
    try:
        outcome = memory.translate_memory_first(translation, request.user, service)
    except MachineTranslationError as error:
        messages.error(request, str(error))
    else:
        _tell_outcome(request, outcome, service)
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")


def _tell_outcome(
    request: HttpRequest, outcome: memory.MemoryFirstOutcome, service: BaseMachineTranslator | None
) -> None:
    parts = []
    if outcome.memory.exact or outcome.memory.fuzzy:
        parts.append(
            _("%(count)s from the translation memory (%(review)s to review)")
            % {
                "count": outcome.memory.exact + outcome.memory.fuzzy,
                "review": outcome.memory.fuzzy,
            }
        )
    if outcome.machine.filled:
        parts.append(
            _("%(count)s by %(service)s")
            % {"count": outcome.machine.filled, "service": service.display_name}
        )
    if parts:
        text = _("Segments filled: %(parts)s.") % {"parts": ", ".join(parts)}
        if outcome.memory.fuzzy or outcome.machine.filled:
            text += " " + _(
                "Check each segment filled by a machine or from a similar text and confirm it "
                "by saving it: until then readers are told the page is a machine translation."
            )
        messages.success(request, text)
    if outcome.machine.waiting:
        messages.info(
            request,
            _("Sent to eTranslation. The translations will appear here when it answers."),
        )
    elif not parts:
        if not outcome.untranslated:
            messages.warning(request, _("There is nothing left to translate."))
        elif service:
            messages.warning(
                request,
                _("Neither the translation memory nor %(service)s had anything to fill in.")
                % {"service": service.display_name},
            )
        else:
            messages.warning(
                request, _("The translation memory has nothing for the untranslated segments.")
            )


def _job(job_id: int, secret: str) -> EtranslationJob:
    job = get_object_or_404(EtranslationJob, pk=job_id)
    # Compared in constant time: the secret is the callback's only credential.
    if not constant_time_compare(job.secret, secret):
        raise Http404
    return job


# eTranslation posts a form from its own servers: no cookie, no CSRF token; the secret in
# the URL authenticates it instead.
@csrf_exempt
@require_POST
def etranslation_done(request: HttpRequest, job_id: int, secret: str) -> HttpResponse:
    job = _job(job_id, secret)
    reference = request.POST.get("external-reference", "")
    text = request.POST.get("translated-text")
    if not reference or text is None:
        return HttpResponseBadRequest("external-reference and translated-text are required")
    services.receive_etranslation(job, reference, text)
    return HttpResponse("OK", content_type="text/plain")


@csrf_exempt
@require_POST
def etranslation_error(request: HttpRequest, job_id: int, secret: str) -> HttpResponse:
    job = _job(job_id, secret)
    code = request.POST.get("error-code", "")
    detail = request.POST.get("error-message", "")[:500]
    services.fail_etranslation(job, f"{code}: {detail}")
    return HttpResponse("OK", content_type="text/plain")
