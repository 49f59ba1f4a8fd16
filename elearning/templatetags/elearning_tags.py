import dataclasses
from decimal import ROUND_HALF_UP, Decimal

from django import template
from django.utils import formats

from core import site_frame

register = template.Library()


@register.simple_tag
def progress_of(progress: dict, course):
    """The progress entry of ``course`` (progress is keyed by translation key)."""
    return progress.get(course.translation_key)


@register.filter
def is_in(value, collection) -> bool:
    return value in collection


@register.simple_tag(takes_context=True)
def course_glossary_link(context, term) -> site_frame.FrameLink | None:
    """The link to the glossary of the term's course, in the active language.

    Resolved once per course and language with the site frame, not once per key term.
    """
    if term.course_id is None:
        return None
    request = context["request"]

    def build() -> site_frame.FrameLink | None:
        course = term.course.localized
        if not course.live:
            return None
        link = site_frame.link_to(course, request)
        return dataclasses.replace(link, url=f"{link.url}glossary/")

    return site_frame.frame_part(f"glossary-link:{term.course_id}", request, build)


@register.filter
def entry(mapping: dict, key):
    """``mapping[key]``, or None; templates cannot index a dict by a variable."""
    return mapping.get(key) if mapping else None


@register.filter
def duration_clock(seconds: int) -> str:
    """Seconds as the countdown shows them: "1:05:09" or "4:07"."""
    hours, rest = divmod(max(0, int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@register.filter
def points(fraction) -> str:
    """A question's points out of 1, as the review prints them ("0.5", "1")."""
    if fraction is None:
        return "—"
    shown = Decimal(fraction).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    return formats.number_format(shown)


@register.filter
def option_text(question, value: str) -> str:
    """The text of a matching question's option ``value`` ("" for none)."""
    return dict(question.options).get(value, "")
