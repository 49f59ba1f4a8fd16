"""The translation status report in the Wagtail admin: one tab per target language."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from .roles import may_translate_into
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
