from django import template

from questionbank import rendering

register = template.Library()


@register.filter
def question_html(text: str, text_format: str):
    """A bank question's text (Moodle's html/markdown/plain/moodle formats) as safe HTML."""
    return rendering.as_html(text, text_format)


@register.filter
def question_text(text: str, text_format: str) -> str:
    """The same text without markup, for an option of a select or a label."""
    return rendering.as_text(text, text_format)
