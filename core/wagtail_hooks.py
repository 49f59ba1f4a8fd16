from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import MainMenu, SiteFooter


class MainMenuViewSet(SnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    list_display = ["__str__", "locale"]


class SiteFooterViewSet(SnippetViewSet):
    model = SiteFooter
    icon = "placeholder"
    list_display = ["__str__", "locale"]


class NavigationGroup(SnippetViewSetGroup):
    menu_label = _("Navigation")
    menu_icon = "site"
    items = (MainMenuViewSet, SiteFooterViewSet)


register_snippet(NavigationGroup)
