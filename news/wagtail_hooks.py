from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsTopic


class NewsTopicViewSet(SnippetViewSet):
    model = NewsTopic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(NewsTopicViewSet)
