"""What of wagtail-localize's own admin views each editor may see.

wagtail-localize 1.14 answers its snippet API (``/admin/localize/api/snippets/…``: id,
title and edit link of every snippet of a model, in every language) and its
*Translations* report (every translation of every page and snippet) to anyone who can
open the admin. The Spanish partner, who may edit only the Spanish tree, would read every
poll and the titles of Polish drafts there. These views answer instead, at the same URLs
(see ``wagtail_hooks``): the snippet API to editors who may see that snippet type in
Wagtail's own snippet listing, the report with the translations the editor may work on.
The translation editor, the only user of the API, keeps working for those editors.
"""

from __future__ import annotations

import contextlib

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import BadRequest, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.shortcuts import redirect
from rest_framework.exceptions import ParseError
from rest_framework.permissions import BasePermission
from wagtail.models import Page, TranslatableMixin
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import (
    edit_override,
    edit_string_translation,
    upload_pofile,
)
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.snippets_api import SnippetViewSet
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from core.forms import is_possible_key
from machine_translation.memory import translate_memory_first
from machine_translation.translators import MachineTranslationError, machine_service

from .roles import may_translate_into, permitted_locales, translation_languages

# The permissions that open a snippet type's listing in Wagtail's admin.
SNIPPET_LISTING_ACTIONS = {"add", "change", "delete", "view"}


def can_see_snippets(user, model: type) -> bool:
    """Whether ``user`` sees snippets of ``model`` in Wagtail's snippet listing."""
    return model.snippet_viewset.permission_policy.user_has_any_permission(
        user, SNIPPET_LISTING_ACTIONS
    )


def visible_translations(user, translations: QuerySet[Translation]) -> QuerySet[Translation]:
    """Translations into pages ``user`` may edit, and of snippet types they may see.

    A translator sees the snippet translations into their languages only.
    """
    editable_pages = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    editable_target = editable_pages.filter(
        translation_key=OuterRef("source__object_id"), locale=OuterRef("target_locale")
    )
    snippet_types = [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin) and can_see_snippets(user, model)
    ]
    snippet_content_types = [
        ContentType.objects.get_for_model(model.get_translation_model()) for model in snippet_types
    ]
    page_type = ContentType.objects.get_for_model(Page)
    snippets = Q(source__object__content_type__in=snippet_content_types)
    languages = translation_languages(user)
    if languages is not None:
        # A translator's snippet rights are per model; their translations, per language.
        snippets &= Q(target_locale__language_code__in=languages)
    return translations.filter(
        (Q(source__object__content_type=page_type) & Exists(editable_target)) | snippets
    )


class CanSeeSnippetType(BasePermission):
    def has_permission(self, request, view) -> bool:
        return can_see_snippets(request.user, view.get_model())


class PermittedSnippetViewSet(SnippetViewSet):
    """wagtail-localize's snippet API for editors who may see the snippet type."""

    permission_classes = [CanSeeSnippetType]


class PermittedTranslationsReportView(TranslationsReportView):
    """wagtail-localize's Translations report, limited to what the editor may work on."""

    def get_queryset(self):
        # Ordered so that the report's pages do not shift between requests.
        return visible_translations(self.request.user, super().get_queryset()).order_by("pk")


class OwnLanguagesOnly:
    """For wagtail-localize's *Translate* views: offer only the languages the editor translates.

    wagtail-localize checks one global permission; a translator into Spanish holds it too, so
    the languages offered are narrowed here, and a POST naming another is a form error.
    """

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = permitted_locales(self.request.user, field.queryset)
        return form

    def dispatch(self, request, *args, **kwargs):
        if translation_languages(request.user) == frozenset():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class CheckedSubmitPageTranslationView(OwnLanguagesOnly, SubmitPageTranslationView):
    pass


class CheckedSubmitSnippetTranslationView(OwnLanguagesOnly, SubmitSnippetTranslationView):
    """wagtail-localize's *Translate snippet* view, answering 404 to a pk that is not a key.

    Its get_object sends the pk from the URL to the query unchecked: "…/poll/abc/" raised
    ValueError, a 500, where a missing snippet answers 404.
    """

    def get_object(self):
        model = get_snippet_model_from_url_params(
            self.kwargs["app_label"], self.kwargs["model_name"]
        )
        if not is_possible_key(model, unquote(self.kwargs["pk"])):
            raise Http404
        return super().get_object()


def checked_upload_pofile(request, translation_id: int):
    """wagtail-localize's PO file upload, answering 400 to a post without the file.

    It reads request.FILES["file"] unchecked: such a post raised MultiValueDictKeyError, a 500.
    """
    if request.method == "POST" and "file" not in request.FILES:
        raise BadRequest("A PO file upload posted without its file.")
    return upload_pofile(request, translation_id)


class RequirePostedValue:
    """For wagtail-localize's string and override editing APIs: a PUT must post ``value``.

    Both read request.POST["value"] unchecked: a PUT without it raised MultiValueDictKeyError,
    a 500. Checked after DRF's authentication and permission checks; DRF answers 400.
    """

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if request.method == "PUT" and "value" not in request.POST:
            raise ParseError


class CheckedEditStringTranslation(RequirePostedValue, edit_string_translation.cls):
    pass


class CheckedEditOverride(RequirePostedValue, edit_override.cls):
    pass


class CheckedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's *Sync translated pages*, syncing only the editor's languages.

    wagtail-localize's view syncs (and may publish) every translation of the source: a
    translator into Spanish would publish the English page. Here it syncs the translations
    into the languages the editor translates, and refuses one who translates none of them.
    """

    def own_translations(self):
        translations = self.object.translations.filter(enabled=True)
        languages = translation_languages(self.request.user)
        if languages is None:
            return translations
        return translations.filter(target_locale__language_code__in=languages)

    def dispatch(self, request, *args, **kwargs):
        self.object = self.get_object()
        if not request.user.is_authenticated:
            return super().dispatch(request, *args, **kwargs)
        if translation_languages(request.user) is not None and not self.own_translations():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @transaction.atomic
    def form_valid(self, form):
        # wagtail-localize's form_valid, over own_translations() instead of every translation.
        self.object.update_from_db()
        translations = list(self.own_translations().select_related("source", "target_locale"))
        if form.cleaned_data.get("use_machine_translation"):
            # The memory first, then the service, as the translation editor's button does.
            service = machine_service(get_machine_translator())
            for translation in translations:
                try:
                    translate_memory_first(translation, self.request.user, service)
                except MachineTranslationError as error:
                    messages.error(self.request, str(error))
        for translation in translations:
            with contextlib.suppress(ValidationError):
                if form.cleaned_data["publish_translations"]:
                    translation.save_target(user=self.request.user, publish=True)
                else:
                    translation.source.update_target_view_restrictions(translation.target_locale)
        self.components.save(self.object, sources_and_translations={self.object: translations})
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())


def refuse_other_languages(request, instance) -> None:
    """Raise PermissionDenied when ``instance`` is in a language the editor does not translate.

    Wagtail's snippet permissions are per model: a translator may change polls, and without
    this would change the Polish and English ones too.
    """
    translatable = isinstance(instance, TranslatableMixin) and instance.locale_id is not None
    if translatable and not may_translate_into(request.user, instance.locale):
        raise PermissionDenied
