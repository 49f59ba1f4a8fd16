from django import template

from privacy.cookies import Cookie, site_cookies
from privacy.models import PrivacySettings
from privacy.retention import notice_rows

register = template.Library()


@register.simple_tag
def retention_rows(privacy: PrivacySettings) -> list[tuple[str, str]]:
    return notice_rows(privacy)


@register.simple_tag
def cookies() -> list[Cookie]:
    return site_cookies()
