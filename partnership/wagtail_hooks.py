from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_filters import translated_value_filter

from .members import PartnershipMember, Sector, Subregion


class PartnershipMemberFilterSet(WagtailFilterSet):
    sector = translated_value_filter(_("Sector"), "sector", Sector.objects.all)
    subregion = translated_value_filter(_("Subregion"), "subregion", Subregion.objects.all)

    class Meta:
        model = PartnershipMember
        fields = ["locale"]


class PartnershipMemberViewSet(SnippetViewSet):
    model = PartnershipMember
    icon = "group"
    list_display = ["name", "sector", "subregion", "town", "locale"]
    search_fields = ["name", "town"]
    filterset_class = PartnershipMemberFilterSet


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class SubregionViewSet(SnippetViewSet):
    model = Subregion
    icon = "site"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class PartnershipViewSetGroup(SnippetViewSetGroup):
    """One admin menu entry for the directory: members, and the sectors and subregions
    they are filed under."""

    items = (PartnershipMemberViewSet, SectorViewSet, SubregionViewSet)
    menu_icon = "group"
    menu_label = _("Partnership directory")
    menu_name = "partnership-directory"


register_snippet(PartnershipViewSetGroup)
