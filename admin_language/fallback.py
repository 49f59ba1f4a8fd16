"""A string missing from a language's catalogues falls back to its English msgid.

Django gives every language except English and ``LANGUAGE_CODE`` the ``LANGUAGE_CODE``
catalogue as its gettext fallback (``DjangoTranslation._add_fallback`` in
``django/utils/translation/trans_real.py``). With ``LANGUAGE_CODE = "pl"`` a string that
Wagtail's Spanish catalogue lacks is shown to the Spanish partner in Polish, a language they
may not read; the msgid, English, is what every reader of this site can be expected to follow.
``LANGUAGE_CODE`` itself stays "pl": Wagtail's default locale and the public site depend on it.
"""

from __future__ import annotations

from asgiref.local import Local
from django.utils.translation import trans_real


def _no_fallback(self: trans_real.DjangoTranslation, localedirs: list[str] | None = None) -> None:
    """No fallback catalogue: gettext then answers with the msgid, which is English."""


def use_english_fallback() -> None:
    """Drop the default-language fallback of every catalogue, and any already built with it.

    Django has no setting or hook for the fallback, so the one method that adds it is
    replaced. Catalogues built before this ran (by another app's ``ready``) are cached in
    ``trans_real._translations``; forgetting them makes the next lookup build them anew, the
    way Django's own ``translation_file_changed`` handler does.
    """
    trans_real.DjangoTranslation._add_fallback = _no_fallback
    trans_real._translations = {}
    trans_real._default = None
    trans_real._active = Local()
