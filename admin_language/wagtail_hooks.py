from wagtail import hooks

from admin_language.eager_labels import relabel_help_menu, relabel_reports_menu


@hooks.register("construct_help_menu")
def translate_help_menu(request, menu_items) -> None:
    relabel_help_menu(menu_items)


@hooks.register("construct_reports_menu")
def translate_reports_menu(request, menu_items) -> None:
    relabel_reports_menu(menu_items)
