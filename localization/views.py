"""The translation status report, and bulk translation, in the Wagtail admin."""

from __future__ import annotations

from django.conf import settings
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params

from . import bulk
from .models import BulkTranslationJob
from .roles import may_translate_into, translation_languages
from .status import DRAFT, LIVE, OUTDATED, UNTRANSLATED, LanguageStatus, translation_status

STATE_LABELS = {
    OUTDATED: _("Out of date"),
    DRAFT: _("Translated, not published"),
    UNTRANSLATED: _("Not translated"),
    LIVE: _("Translated and live"),
}
STATE_HELP = {
    OUTDATED: _(
        "The Polish page was published after the translation last took its content. "
        "Sync the translation, then review and publish it."
    ),
    DRAFT: _("The translation is up to date with the Polish page but visitors cannot see it yet."),
    UNTRANSLATED: _("There is no translation of the Polish page in this language yet."),
    LIVE: _("Visitors see the translation and it is up to date with the Polish page."),
}


def target_locales() -> list[Locale]:
    """The site's languages other than the source one, in the order of settings.LANGUAGES."""
    order = [code for code, _name in settings.LANGUAGES]
    default = Locale.get_default()
    locales = [locale for locale in Locale.objects.all() if locale.pk != default.pk]
    return sorted(
        locales,
        key=lambda locale: (
            order.index(locale.language_code) if locale.language_code in order else len(order)
        ),
    )


def attach_links(status: LanguageStatus, request, *, can_submit: bool, next_url: str) -> None:
    """The links each row offers this user: edit only where they may edit."""
    code = status.locale.language_code
    for entries in status.pages.values():
        for entry in entries:
            links = {"source_view": entry.source.get_url(request)}
            if entry.can_edit_source:
                links["source_edit"] = reverse("wagtailadmin_pages:edit", args=[entry.source.pk])
            if entry.translation is not None:
                if entry.can_edit_translation:
                    links["translation_edit"] = reverse(
                        "wagtailadmin_pages:edit", args=[entry.translation.pk]
                    )
                if entry.translation.live:
                    links["translation_view"] = entry.translation.get_url(request)
            if can_submit and entry.state == OUTDATED and entry.translation_source_id:
                links["sync"] = (
                    reverse(
                        "wagtail_localize:update_translations",
                        args=[entry.translation_source_id],
                    )
                    + "?"
                    + urlencode({"next": next_url})
                )
            if can_submit and entry.state == UNTRANSLATED:
                links["submit"] = (
                    reverse("wagtail_localize:submit_page_translation", args=[entry.source.pk])
                    + "?"
                    + urlencode({"select_locale": code})
                )
            entry.links = links


class TranslationStatusView(WagtailAdminTemplateMixin, TemplateView):
    """Counts and lists of pages per state for one target language (``?language=es``)."""

    template_name = "localization/translation_status.html"
    page_title = _("Translation status")
    header_icon = "globe"

    def render_to_response(self, context, **response_kwargs):
        # An unknown ?language= is the request's fault: say so, with the languages there are.
        if context.get("error"):
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def selected(self, report: list[LanguageStatus]) -> LanguageStatus | None:
        """The language asked for, or the editor's own; None if the one asked for is unknown."""
        code = self.request.GET.get("language")
        if code:
            return next((s for s in report if s.locale.language_code == code), None)
        # Open on the language this editor translates: the first with pages they may edit.
        for status in report:
            if any(
                entry.can_edit_translation for entries in status.pages.values() for entry in entries
            ):
                return status
        return report[0]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = target_locales()
        if not locales:
            context["report"] = []
            return context
        report = translation_status(self.request.user, locales)
        current = self.selected(report)
        if current is None:
            context.update(report=report, error=_("The site is not translated into that language."))
            return context
        here = (
            reverse("localization:status")
            + "?"
            + urlencode({"language": current.locale.language_code})
        )
        # Starting and syncing translations into this language: translators only into theirs.
        can_submit = self.request.user.has_perm(
            "wagtail_localize.submit_translation"
        ) and may_translate_into(self.request.user, current.locale)
        attach_links(current, self.request, can_submit=can_submit, next_url=here)
        context.update(
            report=report,
            current=current,
            sections=[
                {
                    "state": state,
                    "label": STATE_LABELS[state],
                    "help": STATE_HELP[state],
                    "entries": current.pages[state],
                }
                for state in (OUTDATED, DRAFT, UNTRANSLATED, LIVE)
            ],
        )
        return context


# --- Bulk translation -------------------------------------------------------------------------


class BulkTranslationMixin(WagtailAdminTemplateMixin):
    """For the bulk translation screens: only for editors who may start one at all."""

    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not bulk.may_bulk_translate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("localization:bulk_index"), "label": _("Bulk translation")},
            {"url": "", "label": self.get_page_title()},
        ]


class BulkTranslationIndexView(BulkTranslationMixin, TemplateView):
    """The translatable snippet types, with their untranslated counts, and the recent jobs."""

    template_name = "localization/bulk_index.html"
    page_title = _("Bulk translation")

    def get_breadcrumbs_items(self) -> list[dict]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def snippet_rows(self) -> list[dict]:
        user = self.request.user
        locales = list(bulk.offered_locales(user, Locale.get_default()))
        rows = []
        for model in bulk.translatable_snippet_models():
            languages = [
                {
                    "locale": locale,
                    "count": bulk.plan_snippets(model, locale).to_create,
                    "url": reverse(
                        "localization:bulk_snippets",
                        args=[model._meta.app_label, model._meta.model_name],
                    )
                    + "?"
                    + urlencode({"language": locale.language_code}),
                }
                for locale in locales
                if bulk.may_translate_snippets(user, model, locale)
            ]
            if languages:
                rows.append({"name": model._meta.verbose_name_plural, "languages": languages})
        return rows

    def get_context_data(self, **kwargs):
        languages = translation_languages(self.request.user)
        jobs = BulkTranslationJob.objects.select_related(
            "target_locale", "root_page", "content_type", "requested_by"
        )
        if languages is not None:
            jobs = jobs.filter(target_locale__language_code__in=languages)
        return super().get_context_data(
            snippet_rows=self.snippet_rows(), jobs=jobs[:RECENT_JOBS], **kwargs
        )


RECENT_JOBS = 20


class BulkTranslationStartView(BulkTranslationMixin, TemplateView):
    """Choose the language, see how many objects it means, start the job.

    GET without ``language``: the choice; GET with it: the confirmation; POST: the job.
    A language the editor's role does not allow is refused outright, whatever the URL.
    """

    template_name = "localization/bulk_start.html"

    def source_locale(self) -> Locale:
        raise NotImplementedError

    def check(self, locale: Locale) -> str:
        """Raise PermissionDenied if the editor may not; a reason it cannot be done, or ""."""
        raise NotImplementedError

    def plan(self, locale: Locale) -> bulk.Plan:
        raise NotImplementedError

    def start(self, locale: Locale) -> BulkTranslationJob:
        raise NotImplementedError

    def chosen_locale(self, data) -> Locale | None:
        code = data.get("language", "")
        locale = Locale.objects.filter(language_code=code).first() if code else None
        if locale is not None and not may_translate_into(self.request.user, locale):
            raise PermissionDenied
        return locale

    def choices(self) -> list[Locale]:
        locales = bulk.offered_locales(self.request.user, self.source_locale())
        possible = []
        for locale in locales:
            try:
                if not self.check(locale):
                    possible.append(locale)
            except PermissionDenied:
                continue
        return possible

    def get(self, request, *args, **kwargs):
        code = request.GET.get("language")
        locale = self.chosen_locale(request.GET)
        if code and locale is None:
            return self.choose(error=gettext("The site is not translated into that language."))
        if locale is None:
            return self.choose()
        reason = self.check(locale)
        if reason:
            return self.choose(error=reason)
        return self.render_to_response(self.get_context_data(locale=locale, plan=self.plan(locale)))

    def choose(self, error: str = "") -> HttpResponse:
        context = self.get_context_data(choices=self.choices(), error=error)
        return self.render_to_response(context, status=400 if error else 200)

    def post(self, request, *args, **kwargs):
        locale = self.chosen_locale(request.POST)
        if locale is None:
            return self.choose(error=gettext("Choose a language to translate into."))
        reason = self.check(locale)
        if reason:
            return self.choose(error=reason)
        if not self.plan(locale).to_create:
            messages.warning(request, gettext("There is nothing left to translate."))
            return redirect(request.path + "?" + urlencode({"language": locale.language_code}))
        job = self.start(locale)
        messages.success(
            request,
            gettext("Translation into %(language)s has started.")
            % {"language": locale.get_display_name()},
        )
        return redirect("localization:bulk_job", job.pk)


class BulkTranslateSectionView(BulkTranslationStartView):
    page_title = _("Translate section")

    @cached_property
    def root(self) -> Page:
        page = get_object_or_404(Page, pk=self.kwargs["page_id"])
        if page.is_root():
            raise Http404
        return page.specific

    def get_page_subtitle(self) -> str:
        return self.root.get_admin_display_title()

    def source_locale(self) -> Locale:
        return self.root.locale

    def check(self, locale: Locale) -> str:
        if locale.pk == self.root.locale_id:
            return gettext("The section is in that language already.")
        if bulk.target_parent(self.root, locale) is None:
            return gettext(
                "The parent page of this section has no translation in %(language)s: "
                "translate it first."
            ) % {"language": locale.get_display_name()}
        if not bulk.may_translate_section(self.request.user, self.root, locale):
            raise PermissionDenied
        return ""

    def plan(self, locale: Locale) -> bulk.Plan:
        return bulk.plan_section(self.root, locale)

    def start(self, locale: Locale) -> BulkTranslationJob:
        return bulk.start_section_job(self.request.user, self.root, locale)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            scope=BulkTranslationJob.Scope.SECTION, root=self.root, **kwargs
        )


class BulkTranslateSnippetsView(BulkTranslationStartView):
    page_title = _("Translate all untranslated")

    @cached_property
    def model(self) -> type:
        model = get_snippet_model_from_url_params(
            self.kwargs["app_label"], self.kwargs["model_name"]
        )
        if not issubclass(model, TranslatableMixin):
            raise Http404
        return model

    def get_page_subtitle(self) -> str:
        return capfirst(self.model._meta.verbose_name_plural)

    def dispatch(self, request, *args, **kwargs):
        policy = self.model.snippet_viewset.permission_policy
        if not policy.user_has_any_permission(request.user, {"add", "change"}):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def source_locale(self) -> Locale:
        return Locale.get_default()

    def check(self, locale: Locale) -> str:
        if locale.pk == self.source_locale().pk:
            return gettext("The snippets are in that language already.")
        if not bulk.may_translate_snippets(self.request.user, self.model, locale):
            raise PermissionDenied
        return ""

    def plan(self, locale: Locale) -> bulk.Plan:
        return bulk.plan_snippets(self.model, locale)

    def start(self, locale: Locale) -> BulkTranslationJob:
        return bulk.start_snippets_job(self.request.user, self.model, locale)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            scope=BulkTranslationJob.Scope.SNIPPETS,
            model_name=self.model._meta.verbose_name_plural,
            **kwargs,
        )


def result_link(job: BulkTranslationJob, target_id) -> str:
    """The admin edit URL of a translation the job made or found."""
    if target_id is None:
        return ""
    if job.scope == BulkTranslationJob.Scope.SECTION:
        return reverse("wagtailadmin_pages:edit", args=[target_id])
    model = job.content_type.model_class()
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(target_id)])


class BulkTranslationJobView(BulkTranslationMixin, TemplateView):
    """A job's progress and results; the page reloads itself until the job is finished."""

    template_name = "localization/bulk_job.html"
    page_title = _("Bulk translation job")
    refresh_seconds = 3

    @cached_property
    def job(self) -> BulkTranslationJob:
        job = get_object_or_404(
            BulkTranslationJob.objects.select_related("target_locale", "root_page", "content_type"),
            pk=self.kwargs["job_id"],
        )
        # A job is seen by the editors who translate into its language, as its results are.
        if not may_translate_into(self.request.user, job.target_locale):
            raise PermissionDenied
        return job

    def get_page_subtitle(self) -> str:
        return self.job.target_locale.get_display_name()

    def get_context_data(self, **kwargs):
        job = self.job
        entries = []
        for result in job.results:
            reason = bulk.REASONS.get(result.get("reason"), "")
            entries.append(
                {
                    **result,
                    "message": str(reason) % {"detail": result.get("detail", "")} if reason else "",
                    "url": result_link(job, result.get("target_id")),
                }
            )
        return super().get_context_data(
            job=job,
            entries=entries,
            failures=[e for e in entries if e["outcome"] == bulk.FAILED],
            created=[e for e in entries if e["outcome"] == bulk.CREATED],
            skipped=[e for e in entries if e["outcome"] == bulk.SKIPPED],
            is_section=job.scope == BulkTranslationJob.Scope.SECTION,
            refresh_seconds=None if job.is_finished else self.refresh_seconds,
            **kwargs,
        )
