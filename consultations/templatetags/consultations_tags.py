from decimal import Decimal

from django import template
from django.utils.formats import number_format

from consultations import meetings, services

register = template.Library()


@register.filter
def hours(value: Decimal | None) -> str:
    """Hours as people write them, in the reader's format: 2, 1,5, 0,25 (never 1,50)."""
    if value is None:
        return ""
    return number_format(services.plain_hours(value))


@register.inclusion_tag("consultations/includes/dashboard_panel.html", takes_context=True)
def consultations_panel(context) -> dict:
    """The panel of "My learning" with the advisor's hours and meetings (none for others)."""
    user = context["request"].user
    if not services.is_advisor(user):
        return {"shown": False}
    proposals = meetings.states_of(user)
    return {
        "shown": True,
        "total_hours": services.hours_of(user),
        "count": services.consultations_of(user).count(),
        "awaiting": sum(1 for item in proposals if item.state is meetings.State.AWAITING_REVIEW),
        "proposals": len(proposals),
    }
