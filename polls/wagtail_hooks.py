from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Poll


class PollViewSet(SnippetViewSet):
    model = Poll
    icon = "list-ul"
    list_display = ["question", "locale"]


register_snippet(PollViewSet)
