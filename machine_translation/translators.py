"""The machine translators the site can be configured with (WAGTAILLOCALIZE_MACHINE_TRANSLATOR).

Each one turns every way the service can fail into ``MachineTranslationError`` with a
message for the editor, so the view can show it and fill nothing.
"""

import requests
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from requests.auth import HTTPDigestAuth
from wagtail.models import Locale
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.strings import StringValue


class MachineTranslationError(Exception):
    """The service could not translate; ``str()`` is the message for the editor."""


def _failure(service: str, error: Exception) -> MachineTranslationError:
    if isinstance(error, requests.Timeout):
        reason = _("it did not answer in time")
    elif isinstance(error, requests.ConnectionError):
        reason = _("it cannot be reached")
    elif isinstance(error, requests.HTTPError) and error.response is not None:
        if error.response.status_code in (401, 403):
            reason = _("it refused the site's API key")
        else:
            reason = _("it answered with error %(status)s") % {"status": error.response.status_code}
    else:
        reason = _("its answer could not be read")
    return MachineTranslationError(
        _("%(service)s could not translate: %(reason)s. Nothing was filled in.")
        % {"service": service, "reason": reason}
    )


class CheckedDeepLTranslator(DeepLTranslator):
    """wagtail-localize's DeepL backend, with a configurable URL and errors for the editor."""

    def get_api_endpoint(self) -> str:
        # API_URL: DeepL's Pro or Free endpoint, or a test's fake server.
        return self.options.get("API_URL") or super().get_api_endpoint()

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        try:
            response = requests.post(
                self.get_api_endpoint(),
                self.get_parameters(source_locale, target_locale, strings),
                timeout=int(self.options.get("TIMEOUT", 30)),
                headers=self.get_headers(),
            )
            response.raise_for_status()
            translations = response.json()["translations"]
            return {
                string: StringValue(str(translation["text"]))
                for string, translation in zip(strings, translations, strict=True)
            }
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise _failure(self.display_name, error) from error


class CheckedLibreTranslator(LibreTranslator):
    """wagtail-localize's LibreTranslate backend, with errors for the editor."""

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        try:
            translations = super().translate(source_locale, target_locale, strings)
        except (requests.RequestException, ValueError, KeyError, TypeError) as error:
            raise _failure(self.display_name, error) from error
        if any(not isinstance(value.data, str) for value in translations.values()):
            raise _failure(self.display_name, ValueError("not text"))
        return translations


class EtranslationTranslator(BaseMachineTranslator):
    """The European Commission's eTranslation: asynchronous, answers by callback.

    ``translate`` returns nothing at once; ``send`` posts one text and returns the request
    id, and the text arrives later at the callback (machine_translation/views.py).
    """

    display_name = "eTranslation"
    is_asynchronous = True

    def language_code(self, locale: Locale) -> str:
        return locale.language_code.split("-")[0].upper()

    def can_translate(self, source_locale: Locale, target_locale: Locale) -> bool:
        return self.language_code(source_locale) != self.language_code(target_locale)

    def translate(self, source_locale, target_locale, strings) -> dict:
        return {}

    def send(
        self,
        *,
        text: str,
        source_locale: Locale,
        target_locale: Locale,
        reference: str,
        done_url: str,
        error_url: str,
    ) -> int:
        """Request one translation; the request id eTranslation gives it."""
        body = {
            "priority": 0,
            "externalReference": reference,
            "callerInformation": {
                "application": self.options["APPLICATION"],
                "username": self.options.get("USERNAME") or self.options["APPLICATION"],
            },
            "textToTranslate": text,
            "sourceLanguage": self.language_code(source_locale),
            "targetLanguages": [self.language_code(target_locale)],
            "domain": self.options.get("DOMAIN") or "GEN",
            "requesterCallback": done_url,
            "errorCallback": error_url,
        }
        try:
            response = requests.post(
                self.options["API_URL"],
                json=body,
                auth=HTTPDigestAuth(self.options["APPLICATION"], self.options["PASSWORD"]),
                timeout=int(self.options.get("TIMEOUT", 30)),
            )
            response.raise_for_status()
            # The answer is the request id (a positive number) or an error code (negative).
            request_id = int(response.text.strip())
        except (requests.RequestException, ValueError) as error:
            raise _failure(self.display_name, error) from error
        if request_id < 0:
            raise MachineTranslationError(
                _("eTranslation refused the request (error %(code)s). Nothing was filled in.")
                % {"code": request_id}
            )
        return request_id


class MemoryFirstTranslator(BaseMachineTranslator):
    """The site's translation memory, then the service configured in OPTIONS["THEN"].

    What the site configures as WAGTAILLOCALIZE_MACHINE_TRANSLATOR, so the editor's
    "Machine translate" exists even with no service (THEN is None): it then fills from the
    memory only. The memory itself is machine_translation/memory.py, run by our view.
    """

    def __init__(self, options: dict) -> None:
        super().__init__(options)
        then = options.get("THEN")
        self.service: BaseMachineTranslator | None = (
            import_string(then["CLASS"])(then.get("OPTIONS", {})) if then else None
        )

    @property
    def display_name(self) -> str:
        # Ends the editor's button label "Translate with …".
        if self.service:
            return _("translation memory and %(service)s") % {"service": self.service.display_name}
        return _("translation memory")

    def can_translate(self, source_locale: Locale, target_locale: Locale) -> bool:
        # The memory serves any pair of languages; the service may serve fewer.
        return source_locale.language_code != target_locale.language_code

    def translate(self, source_locale, target_locale, strings) -> dict:
        # Reached only through wagtail-localize's own callers (it knows no translation, so
        # no memory): the service's answer, or nothing.
        if self.service and self.service.can_translate(source_locale, target_locale):
            return self.service.translate(source_locale, target_locale, strings)
        return {}


def machine_service(translator: BaseMachineTranslator | None) -> BaseMachineTranslator | None:
    """The machine service behind the configured translator, if there is one."""
    if isinstance(translator, MemoryFirstTranslator):
        return translator.service
    return translator
