from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import PollResultsView, VotesColumn
from .models import Poll, Vote


class PollViewSet(SnippetViewSet):
    model = Poll
    icon = "list-ul"

    @property
    def list_display(self) -> list:
        return [
            "question",
            "locale",
            "is_open",
            VotesColumn(
                "vote_count",
                label=_("Votes"),
                sort_key="vote_count",
                url_name=self.get_url_name("votes"),
            ),
        ]

    def get_queryset(self, request):
        # One query for the whole listing: each row's votes, counted across its translations.
        votes = (
            Vote.objects.filter(poll_key=OuterRef("translation_key"))
            .order_by()
            .values("poll_key")
            .annotate(n=Count("id"))
            .values("n")
        )
        return Poll.objects.annotate(
            vote_count=Coalesce(Subquery(votes, output_field=IntegerField()), 0)
        )

    @property
    def results_view(self):
        return self.construct_view(
            PollResultsView,
            index_url_name=self.get_url_name("list"),
            edit_url_name=self.get_url_name("edit"),
        )

    def get_urlpatterns(self) -> list:
        return [
            *super().get_urlpatterns(),
            path("votes/<int:pk>/", self.results_view, name="votes"),
        ]


register_snippet(PollViewSet)
