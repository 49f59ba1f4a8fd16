"""The poll block's view of a poll: in the page's language, with the visitor's vote."""

from __future__ import annotations

from django import template

from polls.models import Poll
from polls.voting import PollState, poll_state

register = template.Library()


@register.simple_tag(takes_context=True)
def poll_for_visitor(context, poll: Poll | None) -> PollState | None:
    """The poll in the active language (falling back to the source), or None if it is gone."""
    if poll is None:
        return None
    return poll_state(poll, context.get("request"))
