from django import template

register = template.Library()


@register.simple_tag
def progress_of(progress: dict, course):
    """The progress entry of ``course`` (progress is keyed by translation key)."""
    return progress.get(course.translation_key)


@register.filter
def is_in(value, collection) -> bool:
    return value in collection
