from django import template

from core import site_frame
from news.models import NewsIndexPage

register = template.Library()


@register.inclusion_tag("news/tags/feed_links.html", takes_context=True)
def news_feed_links(context) -> dict:
    """Advertise the visitor's language's news feeds in every page's head."""
    return {"feeds": site_frame.feed_links(context["request"], NewsIndexPage)}
