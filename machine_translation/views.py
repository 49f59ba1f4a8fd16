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
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from . import services
from .models import EtranslationJob
from .translators import MachineTranslationError


@require_POST
def machine_translate(request: HttpRequest, translation_id: int) -> HttpResponse:
    """wagtail-localize's view, answering the service's failures with a message, not a 500."""
    translator = get_machine_translator()
    if translator is None:
        raise Http404
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    if not translator.can_translate(translation.source.locale, translation.target_locale):
        raise Http404
    try:
        outcome = services.machine_translate(translation, request.user, translator)
    except MachineTranslationError as error:
        messages.error(request, str(error))
    else:
        if outcome.waiting:
            messages.info(
                request,
                _("Sent to eTranslation. The translations will appear here when it answers."),
            )
        elif outcome.filled:
            messages.success(
                request,
                _(
                    "Translated with %(service)s. Check each segment and confirm it by "
                    "saving it: until then readers are told the page is a machine translation."
                )
                % {"service": translator.display_name},
            )
        else:
            messages.warning(request, _("There is nothing left to translate."))
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")


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
