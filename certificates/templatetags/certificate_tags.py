"""The signed-in learner's certificates, for pages of other apps ("My learning")."""

from __future__ import annotations

from django import template

from certificates.issuing import certificate_of
from certificates.models import Certificate

register = template.Library()


@register.simple_tag(takes_context=True)
def held_certificate(context: template.Context, course) -> Certificate | None:
    """The certificate the signed-in learner holds for ``course``, if issued."""
    request = context.get("request")
    return certificate_of(request.user, course) if request is not None else None
