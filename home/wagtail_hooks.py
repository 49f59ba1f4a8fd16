"""The admin's reminder that the accessibility statement is due its yearly review."""

from __future__ import annotations

from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from home.models import AccessibilityStatementPage, last_review_deadline


class StatementReviewPanel(Component):
    """Live statements not prepared or reviewed since the last 31 March: Polish law asks a
    public body to review its statement every year by then."""

    name = "accessibility_statement_review"
    order = 50

    def __init__(self, request, statements: list[AccessibilityStatementPage], deadline) -> None:
        self.request = request
        self.statements = statements
        self.deadline = deadline

    def render_html(self, parent_context=None) -> str:
        finder = AdminURLFinder(self.request.user)
        items = format_html_join(
            "",
            '<li><a href="{}">{}</a>: {}</li>',
            (
                (
                    finder.get_edit_url(statement) or statement.url,
                    statement.title,
                    _("last reviewed on %(date)s") % {"date": statement.reviewed_on.isoformat()}
                    if statement.reviewed_on
                    else _("never reviewed"),
                )
                for statement in self.statements
            ),
        )
        return format_html(
            '<section class="w-panel panel-accessibility-statement" aria-labelledby="{id}-heading">'
            '<div class="w-panel__header"><h2 class="w-panel__heading" id="{id}-heading">{heading}'
            '</h2></div><div class="w-panel__content"><p class="help-block help-warning">{text}</p>'
            "<ul>{items}</ul></div></section>",
            id=self.name,
            heading=_("The accessibility statement is due its yearly review"),
            text=_(
                "Polish law asks for the accessibility statement to be reviewed and updated every"
                " year by 31 March. Not reviewed by %(date)s: check it, then record the date of"
                " the review."
            )
            % {"date": self.deadline.isoformat()},
            items=items,
        )


@hooks.register("construct_homepage_panels")
def add_statement_review_reminder(request, panels: list) -> None:
    today = timezone.localdate()
    statements = [
        statement
        for statement in AccessibilityStatementPage.objects.live().filter(
            locale=Locale.get_default()
        )
        if statement.is_review_due(today)
    ]
    if statements:
        panels.append(StatementReviewPanel(request, statements, last_review_deadline(today)))
