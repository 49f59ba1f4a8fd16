"""Find admin texts in the wrong language by comparing a rendered screen with the catalogues.

Used by tests/test_admin_language.py (a service without a request, so a script can reuse it):
the visible text of a screen (text nodes, and the aria-label, placeholder and title an
assistive technology or a hover shows) is matched against the English msgids of Wagtail's and
wagtail-localize's catalogues (placeholders such as ``%(count)s`` match any text) and against
their Polish translations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
import wagtail
import wagtail_localize
from django.utils.translation import trans_real

UPSTREAM_PACKAGES = {
    "Wagtail": Path(wagtail.__file__).parent,
    "wagtail-localize": Path(wagtail_localize.__file__).parent,
}
ATTRIBUTES = ("aria-label", "placeholder", "title")
SKIPPED_ELEMENTS = {"script", "style", "template", "textarea"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS:
            self._skipping += 1
        for name, value in attrs:
            if name in ATTRIBUTES and value:
                self.texts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS and self._skipping:
            self._skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.texts.append(data)


def visible_texts(html: str) -> set[str]:
    """Each text node and labelling attribute of ``html``, whitespace collapsed."""
    collector = _TextCollector()
    collector.feed(html)
    texts = {" ".join(text.split()) for text in collector.texts}
    return {text for text in texts if re.search(r"[^\W\d_]{2}", text)}


@dataclass(frozen=True)
class Message:
    """One upstream catalogue entry: where it comes from, and its translation ('' if none)."""

    project: str
    msgid: str
    msgid_plural: str
    msgctxt: str | None
    translation: str
    forms: tuple[str, ...] = field(default=())


def _entries(path: Path) -> dict[tuple[str | None, str], polib.POEntry]:
    if not path.exists():
        return {}
    return {(e.msgctxt, e.msgid): e for e in polib.pofile(str(path)) if not e.obsolete}


@cache
def upstream_messages(language: str) -> tuple[Message, ...]:
    """Every msgid of Wagtail's and wagtail-localize's catalogues, with its ``language``
    translation ('' if missing). The msgids come from the ``en`` catalogues: Transifex leaves
    an untranslated msgid out of the other languages' files altogether. Fuzzy and partly
    translated plurals count as missing, as gettext treats them."""
    messages = []
    for project, root in UPSTREAM_PACKAGES.items():
        for source in sorted(root.glob("**/locale/en/LC_MESSAGES/django.po")):
            target = _entries(source.parents[2] / language / "LC_MESSAGES" / "django.po")
            for key, entry in _entries(source).items():
                found = target.get(key)
                forms: tuple[str, ...] = ()
                text = ""
                if found is not None and "fuzzy" not in found.flags:
                    forms = tuple(found.msgstr_plural[i] for i in sorted(found.msgstr_plural))
                    forms = forms if all(forms) else ()
                    text = forms[0] if forms else found.msgstr
                messages.append(
                    Message(project, entry.msgid, entry.msgid_plural, entry.msgctxt, text, forms)
                )
    return tuple(messages)


def _pattern(text: str) -> re.Pattern[str] | None:
    """A regex for a msgid or msgstr with placeholders (None for plain text)."""
    text = " ".join(text.split())
    if not PLACEHOLDER.search(text):
        return None
    parts = PLACEHOLDER.split(text)
    if not any(re.search(r"[^\W\d_]{2}", part) for part in parts):
        return None  # "%(a)s %(b)s" would match anything
    return re.compile(".+?".join(re.escape(part) for part in parts) + r"\Z")


@dataclass
class Matcher:
    """Which catalogue strings (msgids) a visible text is, exactly or with placeholders."""

    exact: dict[str, set[str]] = field(default_factory=dict)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)

    def add(self, text: str, key: str) -> None:
        if not text:
            return
        pattern = _pattern(text)
        if pattern is None:
            self.exact.setdefault(" ".join(text.split()), set()).add(key)
        else:
            self.patterns.append((pattern, key))

    def match(self, text: str) -> set[str]:
        found = set(self.exact.get(text, ()))
        if not found:
            found = {key for pattern, key in self.patterns if pattern.match(text)}
        return found


@cache
def english_matcher() -> Matcher:
    """Upstream msgids (singular and plural) -> the singular msgid."""
    matcher = Matcher()
    for message in upstream_messages("es"):
        matcher.add(message.msgid, message.msgid)
        matcher.add(message.msgid_plural, message.msgid)
    return matcher


@cache
def polish_matcher() -> Matcher:
    """Polish translations (upstream and the project's) -> their msgid, for the texts that
    are Polish only: a Polish msgstr that is also a Spanish one ("Status") proves nothing."""
    spanish = {m.translation for m in upstream_messages("es")} | {
        value for _key, value in _catalog("es").items()
    }
    matcher = Matcher()
    for message in upstream_messages("pl"):
        for form in message.forms or (message.translation,):
            if form and form not in spanish and form != message.msgid:
                matcher.add(form, message.msgid)
    return matcher


def _catalog(language: str) -> dict:
    return trans_real.translation(language)._catalog


@cache
def _translated_msgids(language: str) -> frozenset[str]:
    """The msgids ``language``'s merged catalogue (project first, then apps) translates,
    contexts stripped ("context\x04msgid") and plurals keyed by their singular."""
    msgids = set()
    for key in _catalog(language).keys():  # noqa: SIM118 - TranslationCatalog has no __iter__
        msgid = key[0] if isinstance(key, tuple) else key
        msgids.add(msgid.rpartition("\x04")[2])
    return frozenset(msgids)


def translated(msgid: str, language: str) -> bool:
    """Whether ``language``'s merged catalogue has a translation of ``msgid``."""
    return msgid in _translated_msgids(language)


@dataclass
class Finding:
    text: str
    msgids: set[str]
    problem: str


def wrong_language(
    html: str, language: str, allowed: frozenset[str] = frozenset()
) -> list[Finding]:
    """The texts of ``html`` that a ``language`` editor should not see: English that the
    catalogues do not translate (or that a template left untranslated), and Polish shown to a
    non-Polish editor."""
    findings = []
    for text in sorted(visible_texts(html)):
        if text in allowed:
            continue
        english = english_matcher().match(text)
        if english and language != "en":
            missing = {m for m in english if not translated(m, language)}
            if missing:
                findings.append(Finding(text, missing, "English, untranslated"))
            elif text in english:
                # The catalogue translates it, yet the screen shows the English; unless the
                # translation is the same word ("Email" in Polish is often "Email").
                same = {m for m in english if _catalog(language).get(m) == m}
                if not same:
                    findings.append(Finding(text, english, "English, translation not used"))
            continue
        if language != "pl":
            polish = polish_matcher().match(text)
            if polish:
                findings.append(Finding(text, polish, "Polish"))
    return findings
