from django import template
from django.conf import settings
from django.utils.translation import get_language

from ..services import has_unreviewed_machine_translation

register = template.Library()


@register.inclusion_tag("machine_translation/notice.html", takes_context=True)
def machine_translation_notice(context) -> dict:
    """The reader's notice on a published page with unreviewed machine segments.

    No query in the source language (it is never machine-translated), one otherwise.
    """
    page = context.get("page")
    show = bool(
        page is not None
        and getattr(page, "pk", None)
        and get_language() != settings.LANGUAGE_CODE
        and not getattr(context.get("request"), "is_preview", False)
        and has_unreviewed_machine_translation(page.pk)
    )
    return {"show": show}
