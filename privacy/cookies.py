"""The cookies the public site sets, for the privacy notice: names and lifetimes come from the
settings and the code that set them, so the notice cannot drift from what browsers receive."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from polls.voting import VOTER_COOKIE, VOTER_COOKIE_MAX_AGE
from privacy.retention import Period


@dataclass(frozen=True)
class Cookie:
    name: str
    purpose: Promise
    lifetime: Period | Promise  # a period, or how a browser-session cookie ends

    @property
    def lifetime_text(self) -> str:
        return str(self.lifetime)


def _days(seconds: int | datetime.timedelta) -> Period:
    if isinstance(seconds, datetime.timedelta):
        seconds = int(seconds.total_seconds())
    return Period(seconds // 86400, "days")


def site_cookies() -> list[Cookie]:
    return [
        Cookie(
            settings.CSRF_COOKIE_NAME,
            _("Protects the forms you send (contact, poll, sign-in) from forgery by other sites."),
            _days(settings.CSRF_COOKIE_AGE),
        ),
        Cookie(
            VOTER_COOKIE,
            _(
                "A random number, signed by the site, that remembers you have voted in a poll so"
                " that the vote is counted once; it says nothing about you or your answer."
            ),
            _days(VOTER_COOKIE_MAX_AGE),
        ),
        Cookie(
            # Django's messages (FallbackStorage) go in a cookie while they fit in one.
            CookieStorage.cookie_name,
            _(
                "Carries a one-off notice to the next page you open, such as a thank-you for"
                " your vote."
            ),
            _("until the notice is shown, at most until the browser is closed"),
        ),
        Cookie(
            settings.SESSION_COOKIE_NAME,
            _("Keeps advisors and staff signed in; set only when you sign in."),
            _days(settings.SESSION_COOKIE_AGE),
        ),
    ]
