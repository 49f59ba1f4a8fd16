"""PO files of the content tree, through wagtail-localize's own import and export.

A page's ``<slug>.en.po`` is what the translation editor's "Download PO file" gives and what
its upload takes. A snippet file's PO holds the PO of each of its objects, every msgctxt
prefixed with the object's key and ``::``.

On import a translation is matched to the source by its context, else by its place among
the source's segments (a reviewer inserted a paragraph; the rest keep theirs), else by the
same source text elsewhere in the object. A source sentence that changed has no
translation until a translator gives one: wagtail-localize shows it untranslated and the
translated page keeps the Polish words for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from difflib import SequenceMatcher
from pathlib import Path

import polib
from django.db import models
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    Translation,
    TranslationSource,
)

KEY_SEPARATOR = "::"
PO_METADATA = {
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Transfer-Encoding": "8bit",
}


def read(path: Path) -> polib.POFile | None:
    return polib.pofile(str(path), wrapwidth=0) if path.exists() else None


def entries_for(po: polib.POFile, key: str | None) -> list[polib.POEntry]:
    """The entries of one object: all of a page's file, or those under ``key::``."""
    if key is None:
        return [entry for entry in po if not entry.obsolete]
    prefix = f"{key}{KEY_SEPARATOR}"
    found = []
    for entry in po:
        if entry.obsolete or not (entry.msgctxt or "").startswith(prefix):
            continue
        found.append(
            polib.POEntry(
                msgctxt=entry.msgctxt[len(prefix) :], msgid=entry.msgid, msgstr=entry.msgstr
            )
        )
    return found


def source_segments(source: TranslationSource) -> list[tuple[str, str]]:
    """``(context path, text)`` of every segment of ``source``, in order."""
    return list(
        StringSegment.objects.filter(source=source)
        .order_by("order")
        .values_list("context__path", "string__data")
    )


def matched(entries: list[polib.POEntry], segments: list[tuple[str, str]]) -> polib.POFile:
    """A PO file for the source as it is now, with the translations ``entries`` give it."""
    exact = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in entries if entry.msgstr}
    by_text = {entry.msgid: entry.msgstr for entry in entries if entry.msgstr}
    by_place: dict[int, str] = {}
    matcher = SequenceMatcher(
        None, [entry.msgid for entry in entries], [text for _path, text in segments], autojunk=False
    )
    for start, target, size in matcher.get_matching_blocks():
        for offset in range(size):
            if entries[start + offset].msgstr:
                by_place[target + offset] = entries[start + offset].msgstr
    po = polib.POFile(wrapwidth=0)
    po.metadata = dict(PO_METADATA)
    for index, (path, text) in enumerate(segments):
        msgstr = exact.get((path, text)) or by_place.get(index) or by_text.get(text) or ""
        po.append(polib.POEntry(msgctxt=path, msgid=text, msgstr=msgstr))
    return po


def current(translation: Translation) -> dict[tuple[str, str], str]:
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr
        for entry in translation.export_po()
        if not entry.obsolete and entry.msgstr
    }


def translate(
    instance: models.Model,
    locale: Locale,
    entries: list[polib.POEntry],
    *,
    source_changed: bool,
) -> bool:
    """Bring the ``locale`` translation of ``instance`` up to its PO entries.

    Returns whether anything was saved; an up-to-date translation is left alone, so loading
    the tree twice changes nothing the second time.
    """
    source, created = TranslationSource.get_or_create_from_instance(instance)
    if source_changed and not created:
        source.update_from_db()
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = matched(entries, source_segments(source))
    wanted = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in po if entry.msgstr}
    target = instance.get_translation_or_none(locale)
    if target is not None and not source_changed and wanted.items() <= current(translation).items():
        return False
    translation.import_po(po, translation_type="manual", tool_name="content tree")
    if isinstance(instance, Page):
        # Publishing through wagtail-localize happens on commit, after the loader has added
        # the page's children; its stale revision would reset the page's child count.
        translated, _created = source.create_or_update_translation(
            locale, publish=False, fallback=True, copy_parent_pages=True
        )
        translated.get_latest_revision().publish()
    else:
        source.create_or_update_translation(locale, fallback=True)
    return True


def exported(
    objects: Iterable[tuple[str | None, models.Model]], locale: Locale, old: polib.POFile | None
) -> polib.POFile:
    """The PO file of ``objects`` (key, instance) for ``locale``, as the source stands now.

    Translations come from the database, else from ``old`` (a file not yet loaded); what
    ``old`` translates that the source no longer has is kept as obsolete entries, so a
    translator can still see it.
    """
    po = polib.POFile(wrapwidth=0)
    po.metadata = dict(PO_METADATA)
    used: set[tuple[str, str]] = set()
    for key, instance in objects:
        source = TranslationSource.objects.get_for_instance_or_none(instance)
        if source is None:
            continue
        translation = Translation.objects.filter(source=source, target_locale=locale).first()
        given = current(translation) if translation is not None else {}
        previous = entries_for(old, key) if old is not None else []
        fresh = matched(previous, source_segments(source))
        prefix = f"{key}{KEY_SEPARATOR}" if key is not None else ""
        for entry in fresh:
            msgstr = given.get((entry.msgctxt, entry.msgid)) or entry.msgstr
            po.append(
                polib.POEntry(msgctxt=prefix + entry.msgctxt, msgid=entry.msgid, msgstr=msgstr)
            )
            used.add((prefix + entry.msgctxt, entry.msgid))
    for entry in old or []:
        if entry.msgstr and (entry.msgctxt, entry.msgid) not in used and not entry.obsolete:
            if any(entry.msgid == kept.msgid and entry.msgstr == kept.msgstr for kept in po):
                continue  # moved, not lost
            po.append(
                polib.POEntry(
                    msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=entry.msgstr, obsolete=True
                )
            )
    return po


def write(po: polib.POFile, path: Path) -> bool:
    """Write ``po`` to ``path`` unless it says the same; whether the file changed."""
    text = str(po)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True
