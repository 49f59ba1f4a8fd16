"""Where the easy-to-read and the sign-language information are, for every page's header.

Each is the live page of its kind in the active language, else the default language's
(``core.i18n.for_active_locale``), resolved once per language and kept with the rest of the
page frame until the next publication (``core.site_frame.frame_part``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.utils.translation import gettext, pgettext

from core import site_frame
from core.i18n import for_active_locale

from .models import AccessibleInfoPage, EasyReadPage, SignLanguagePage

EASY_READ = "easy-read"
SIGN_LANGUAGE = "sign-language"
PAGE_MODELS: dict[str, type[AccessibleInfoPage]] = {
    EASY_READ: EasyReadPage,
    SIGN_LANGUAGE: SignLanguagePage,
}


@dataclass(frozen=True)
class AccessibleInfoLink:
    kind: str
    label: str
    # What a desktop's header shows, to fit beside the languages and the account links.
    abbreviation: str
    url: str
    page_id: int
    # The page's language: another than the visitor's when it has no translation yet.
    language_code: str


def _label(kind: str) -> str:
    # The names Polish public sites give these links, so visitors recognise them.
    if kind == EASY_READ:
        return gettext("Easy-to-read text")
    return gettext("Polish Sign Language")


def _abbreviation(kind: str) -> str:
    if kind == EASY_READ:
        return pgettext("abbreviation of easy-to-read text", "ETR")
    return pgettext("abbreviation of Polish Sign Language", "PJM")


def accessible_info_links(request: HttpRequest) -> tuple[AccessibleInfoLink, ...]:
    """The links to the pages that exist, easy-to-read first."""

    def build() -> tuple[AccessibleInfoLink, ...]:
        links = []
        for kind, model in PAGE_MODELS.items():
            page = for_active_locale(model.objects.live().public().select_related("locale"))
            if page is not None:
                links.append(
                    AccessibleInfoLink(
                        kind=kind,
                        label=_label(kind),
                        abbreviation=_abbreviation(kind),
                        url=page.get_url(request),
                        page_id=page.pk,
                        language_code=page.locale.language_code,
                    )
                )
        return tuple(links)

    return site_frame.frame_part("accessible-info", request, build)


def accessible_info_link(request: HttpRequest, kind: str) -> AccessibleInfoLink | None:
    return next((link for link in accessible_info_links(request) if link.kind == kind), None)
