from django.contrib import messages
from django.urls import path
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import DraftStateMixin, Page, TranslatableMixin
from wagtail_localize.models import Translation

from . import views
from .models import EtranslationJob
from .services import etranslation_failure_message, latest_etranslation
from .terms import (
    is_translation,
    pending_translation_warnings,
    translation_warnings,
    warning_message,
)


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


# The term base (content/terms.csv): a translation that uses a variant the project avoids is
# published all the same; the editor is told, once per variant, which term to use.


def _warn_about_terms(request, warnings) -> None:
    for warning in warnings:
        messages.warning(request, warning_message(warning))


def _translation_being_published(request, instance) -> Translation | None:
    """The wagtail-localize translation the translation editor is publishing, if it is."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not is_translation(instance):
        return None
    return Translation.objects.filter(
        source__object_id=instance.translation_key,
        target_locale_id=instance.locale_id,
        enabled=True,
    ).first()


# order=-2: before localization's hook (-1), which answers the translation editor's publish
# and so ends the chain. The strings are checked as they are about to go live.
@hooks.register("before_edit_page", order=-2)
def terms_on_publishing_from_translation_editor(request, page: Page):
    translation = _translation_being_published(request, page)
    if translation and page.permissions_for_user(request.user).can_publish():
        _warn_about_terms(request, pending_translation_warnings(translation))


@hooks.register("before_publish_page")
def terms_on_publishing_from_page_editor(request, page: Page):
    # The page as it is about to be published (the revision the editor has just saved).
    _warn_about_terms(request, translation_warnings(page))


# After localization's refusal of another language's snippet (same order, registered first).
@hooks.register("before_edit_snippet", order=-1)
def terms_on_publishing_snippet_from_translation_editor(request, instance):
    translation = _translation_being_published(request, instance)
    if translation is None:
        return
    action = "publish" if isinstance(instance, DraftStateMixin) else "change"
    policy = type(instance).snippet_viewset.permission_policy
    if policy.user_has_permission(request.user, action):
        _warn_about_terms(request, pending_translation_warnings(translation))


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def terms_on_saving_snippet(request, instance):
    _warn_about_terms(request, translation_warnings(instance))
