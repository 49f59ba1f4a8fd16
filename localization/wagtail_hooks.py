from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import localize_urls, urls


@hooks.register("register_admin_urls", order=-1)
def register_permitted_localize_urls():
    # The same paths as wagtail-localize's views, listed before them (order=-1) so these
    # answer; wagtail-localize's URL names still reverse to these paths.
    return [path("localize/", include(localize_urls))]


@hooks.register("register_admin_urls")
def register_translation_status_url():
    # Wagtail wraps these in its admin-access check: only editors with access_admin get in.
    return [path("translation-status/", include(urls, namespace="localization"))]


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return MenuItem(
        _("Translation status"),
        reverse("localization:status"),
        name="translation-status",
        icon_name="globe",
        order=550,
    )
