from django import template
from wagtail.models import Locale

from news.models import NewsIndexPage

register = template.Library()


@register.inclusion_tag("news/tags/feed_links.html", takes_context=True)
def news_feed_links(context) -> dict:
    """Advertise the visitor's language's news feeds in every page's head."""
    index = NewsIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    if index is None:
        return {}
    url = index.get_url(context["request"])
    return {"index": index, "rss": f"{url}rss/", "atom": f"{url}atom/"}
