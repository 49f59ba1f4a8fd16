from django import template

from network import profiles

register = template.Library()


@register.inclusion_tag("tags/advisor_profile_panel.html", takes_context=True)
def advisor_profile_panel(context) -> dict:
    """The "Your public profile" panel of "My learning", for advisors only."""
    user = context["request"].user
    if not profiles.is_advisor(user):
        return {"show": False}
    profile = profiles.profile_of(user)
    return {
        "show": True,
        "profile": profile,
        "standing": profiles.standing(user, profile),
    }
