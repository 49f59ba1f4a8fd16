from django.contrib import messages
from django.db import transaction
from django.urls import include, path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton
from wagtail.models import Page
from wagtail_localize.wagtail_hooks import before_edit_page as localize_before_edit_page

from . import bulk, localize_urls, urls
from .access import refuse_other_languages
from .slugs import give_translated_slug


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


class BulkTranslationMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return bulk.may_bulk_translate(request.user)


@hooks.register("register_admin_menu_item")
def register_bulk_translation_menu_item():
    return BulkTranslationMenuItem(
        _("Bulk translation"),
        reverse("localization:bulk_index"),
        name="bulk-translation",
        icon_name="globe",
        order=551,
    )


def translate_section_button(page, user, view_name=None, next_url=None):
    # A section is a page with subpages; a single page has wagtail-localize's own button.
    if not page.is_root() and page.numchild and bulk.may_bulk_translate(user):
        yield ListingButton(
            _("Translate section"),
            reverse("localization:bulk_section", args=[page.pk]),
            priority=61,
            icon_name="globe",
        )


hooks.register("register_page_header_buttons", translate_section_button)
hooks.register("register_page_listing_more_buttons", translate_section_button)


# Before wagtail-localize's own hooks (its translation editor and restart action answer from
# before_edit_snippet), so that an editor of another language reaches none of them.
@hooks.register("before_edit_snippet", order=-1)
def refuse_editing_other_languages(request, instance):
    refuse_other_languages(request, instance)


@hooks.register("before_delete_snippet", order=-1)
def refuse_deleting_other_languages(request, instances):
    for instance in instances:
        refuse_other_languages(request, instance)


def tell_slug_from_title(request, slug: str) -> None:
    messages.info(
        request,
        gettext(
            "The address of this translation was still the Polish one; it is now "
            "“%(slug)s”, made from the translated title."
        )
        % {"slug": slug},
    )


@hooks.register("before_publish_page")
def publish_with_translated_slug(request, page):
    # The page editor has saved the revision it is about to publish: that revision gets the
    # slug, so that the draft and the live page agree.
    slug = give_translated_slug(page)
    if slug is not None:
        revision = page.latest_revision
        revision.content["slug"] = slug
        revision.save(update_fields=["content"])
        tell_slug_from_title(request, slug)


@hooks.register("before_edit_page", order=-1)
def translation_editor_with_translated_slug(request, page):
    # wagtail-localize's translation editor publishes from its own before_edit_page hook,
    # through save_target(), where the pre_save receiver gives the slug. Its hook is run from
    # here, so that the editor can be told about it; a response ends Wagtail's hook chain.
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    slug_before = page.slug

    def tell_if_renamed() -> None:
        published = Page.objects.filter(pk=page.pk).values_list("slug", flat=True).first()
        if published and published != slug_before:
            tell_slug_from_title(request, published)

    response = localize_before_edit_page(request, page)
    if response is not None:
        # wagtail-localize publishes when the transaction commits; this runs after it.
        transaction.on_commit(tell_if_renamed)
    return response
