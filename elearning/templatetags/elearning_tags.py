import dataclasses

from django import template

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
