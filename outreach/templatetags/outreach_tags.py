"""Template tags of the promotion pages."""

from django import template
from django.template.loader import render_to_string
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException

register = template.Library()


@register.simple_tag
def video_player(url: str) -> str:
    """The provider's player for ``url``, or "" when it cannot be had.

    Fetching the embed needs the provider to answer; when it does not (offline, removed
    video, unknown provider) the page still offers the link and the text alternative.
    """
    if not url:
        return ""
    try:
        embed = embeds.get_embed(url)
    except EmbedException:
        return ""
    # render_to_string's result is already marked safe: the provider's oEmbed HTML.
    return render_to_string("wagtailembeds/embed_frontend.html", {"embed": embed})
