from django.contrib import messages
from django.urls import path
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import Translation

from . import views
from .models import EtranslationJob
from .services import etranslation_failure_message, latest_etranslation


@hooks.register("register_admin_urls", order=-1)
def register_machine_translate_url():
    # The path of wagtail-localize's machine_translate, listed before it so this view answers
    # (its URL name still reverses here).
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            views.machine_translate,
        )
    ]


def _tell_about_etranslation(request, instance) -> None:
    if request.method != "GET" or not isinstance(instance, TranslatableMixin):
        return
    translation = Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()
    job = translation and latest_etranslation(translation)
    if not job:
        return
    if job.status == EtranslationJob.Status.PENDING:
        messages.info(
            request,
            _("Waiting for eTranslation: %(count)s texts not translated yet.")
            % {"count": len(job.pending)},
        )
    elif job.status == EtranslationJob.Status.FAILED:
        messages.error(request, etranslation_failure_message(job))


# order=-1: before wagtail-localize's hook, which answers with the translation editor.
@hooks.register("before_edit_page", order=-1)
def etranslation_status_on_page(request, page: Page):
    _tell_about_etranslation(request, page)


@hooks.register("before_edit_snippet", order=-1)
def etranslation_status_on_snippet(request, instance):
    _tell_about_etranslation(request, instance)
