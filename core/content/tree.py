"""Loads the content tree (``content/``) into the site, idempotently.

``content/pages`` mirrors the page tree: ``<name>.md`` is a page (front matter for its
fields, Markdown for its body), ``<name>/`` holds its children, ``<name>.en.po`` and
``<name>.es.po`` its translations, and ``<name>.<kind>.yaml`` (snippets that belong to the
page, such as a course's glossary) or other attached files (a course's GIFT questions) load
after the page and before its children. ``content/snippets/*.yaml`` are snippets: those
marked ``load: after-pages`` (menu, footer) once the pages exist, the rest before them.
``content/settings.yaml`` fills site settings that are still empty.

Loading again changes only what the files changed: an edited sentence makes a new revision
of its page, an edited msgstr a new revision of that translation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import frontmatter
import yaml
from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils.module_loading import import_string
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site, TranslatableMixin

from . import translations
from .indexing import indexing_deferred
from .values import (
    References,
    child_relations,
    field_from_file,
    stable_id,
    written_fields,
)

# Front matter about the file, not the page: its model, its place, whether it is translated.
RESERVED = {"type", "position", "polish_only"}
TRANSLATED_LANGUAGES = ("en", "es")


@dataclass
class Load:
    """What one load of the tree has seen and done."""

    root: Path
    locales: list[Locale]
    refs: References
    attachments: dict[str, Callable[[Page, list[Path], Load], None]]
    changed: list[str] = field(default_factory=list)

    def po_files(self, path: Path) -> dict[Locale, Path]:
        stem = path.with_suffix("")
        return {
            locale: stem.with_name(f"{stem.name}.{locale.language_code}.po")
            for locale in self.locales
        }


def load(root: Path | None = None) -> list[str]:
    """Load the tree at ``root`` (``settings.ZMP_CONTENT_DIR``); the files that changed."""
    with indexing_deferred():
        return _load(Path(root or settings.ZMP_CONTENT_DIR))


def _load(root: Path) -> list[str]:
    locales = [Locale.objects.get_or_create(language_code=code)[0] for code in TRANSLATED_LANGUAGES]
    snippet_files = sorted((root / "snippets").glob("*.yaml"))
    specs = {path: yaml.safe_load(path.read_text(encoding="utf-8")) for path in snippet_files}
    keys = {spec["model"]: spec.get("key") for spec in specs.values()}
    keys.update(_attached_keys(root / "pages"))
    run = Load(
        root=root,
        locales=locales,
        refs=References(keys),
        attachments={
            suffix: import_string(path) for suffix, path in settings.ZMP_CONTENT_ATTACHMENTS.items()
        },
    )
    for path, spec in specs.items():
        if spec.get("load") != "after-pages":
            load_snippets(path, spec, run)
    for page_file in _page_files(root / "pages"):
        load_page(page_file, Page.get_first_root_node(), run)
    for path, spec in specs.items():
        if spec.get("load") == "after-pages":
            load_snippets(path, spec, run)
    load_settings(root / "settings.yaml")
    return run.changed


def _page_files(directory: Path) -> list[Path]:
    """The pages in ``directory`` in their front matter's ``position`` order, then by name."""

    def place(path: Path) -> tuple[int, str]:
        return (frontmatter.load(str(path)).get("position", 0), path.name)

    return sorted(directory.glob("*.md"), key=place)


def _attached_keys(directory: Path) -> dict[str, str]:
    found = {}
    for path in directory.rglob("*.yaml"):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        found[spec["model"]] = spec.get("key")
    return found


# --- Pages -------------------------------------------------------------------------------


def load_page(path: Path, parent: Page, run: Load) -> Page:
    post = frontmatter.load(str(path))
    model = apps.get_model(post["type"])
    relative = path.relative_to(run.root).with_suffix("").as_posix()
    slug = post.get("slug", path.stem)
    existing = parent.get_children().filter(slug=slug).first()
    page = existing.specific if existing is not None else model(slug=slug, locale=parent.locale)
    data = {name: value for name, value in post.metadata.items() if name not in RESERVED}
    if post.content.strip():
        data["body"] = post.content
    changed = assign(page, data, run.refs, seed=relative)
    if existing is None:
        page.translation_key = stable_id("page", relative)
        parent.add_child(instance=page)
        page.save_revision().publish()
        if parent.depth == 1:
            make_site_root(page)
    elif changed:
        page.save_revision().publish()
    if existing is None or changed:
        run.changed.append(relative)
    translate(page, run.po_files(path), None, run, source_changed=changed)
    attached = sorted(path.parent.glob(f"{path.stem}.*"))
    for attached_path in attached:
        if attached_path.suffix == ".yaml":
            spec = yaml.safe_load(attached_path.read_text(encoding="utf-8"))
            load_snippets(attached_path, spec, run)
    for suffix, handler in run.attachments.items():
        files = [p for p in attached if p.suffix == f".{suffix}"]
        if files:
            handler(page, files, run)
    children = path.with_suffix("")
    if children.is_dir():
        page.refresh_from_db()
        for child in _page_files(children):
            load_page(child, page, run)
    return page


def make_site_root(home: Page) -> None:
    """The tree's first page replaces Wagtail's placeholder as the default site's root."""
    site = Site.objects.get(is_default_site=True)
    placeholder = site.root_page
    site.root_page = home
    site.save()
    if placeholder.pk != home.pk and placeholder.specific_class is Page:
        placeholder.delete()


def translate(
    instance: models.Model,
    po_files: dict[Locale, Path],
    key: str | None,
    run: Load,
    *,
    source_changed: bool,
) -> None:
    for locale, po_path in po_files.items():
        po = translations.read(po_path)
        if po is None:
            continue  # left untranslated, as an editor may leave a page
        entries = translations.entries_for(po, key)
        if not entries and key is not None:
            continue
        if translations.translate(instance, locale, entries, source_changed=source_changed):
            run.changed.append(
                po_path.relative_to(run.root).as_posix() + (f" ({key})" if key else "")
            )


# --- Fields ------------------------------------------------------------------------------


def assign(instance: models.Model, data: dict[str, Any], refs: References, seed: str) -> bool:
    """Set ``instance``'s fields (and inline children) from ``data``; whether any changed."""
    model = type(instance)
    fields = {f.name: f for f in written_fields(model)}
    relations = {relation.get_accessor_name(): relation for relation in child_relations(model)}
    changed = False
    for name, value in data.items():
        if name in relations:
            changed |= assign_children(instance, relations[name], value, refs, f"{seed}/{name}")
            continue
        if name not in fields:
            raise ValueError(f"{seed}: {model._meta.label} has no field {name!r}")
        model_field = fields[name]
        new = field_from_file(model_field, value, refs, seed)
        if isinstance(model_field, StreamField):
            old = list(getattr(instance, name).raw_data) if instance.pk else None
            if old != new:
                setattr(instance, name, new)
                changed = True
        elif isinstance(model_field, models.ForeignKey):
            if getattr(instance, model_field.attname) != (new.pk if new is not None else None):
                setattr(instance, name, new)
                changed = True
        elif getattr(instance, name) != new:
            setattr(instance, name, new)
            changed = True
    return changed


def assign_children(
    instance: models.Model, relation: Any, items: list[dict], refs: References, seed: str
) -> bool:
    child_model = relation.related_model
    fields = {f.name: f for f in written_fields(child_model)}
    wanted = [
        {name: field_from_file(fields[name], value, refs, seed) for name, value in item.items()}
        for item in items
    ]
    manager = getattr(instance, relation.get_accessor_name())
    existing = [
        {name: getattr(child, name) for name in wanted_item}
        for child, wanted_item in zip(manager.all(), wanted, strict=False)
    ]
    if instance.pk and len(existing) == len(wanted) == manager.count() and existing == wanted:
        return False
    children = []
    for index, values in enumerate(wanted):
        child = child_model(**values)
        if isinstance(child, TranslatableMixin):
            child.locale = instance.locale
            child.translation_key = stable_id(seed, index)
        if hasattr(child, "sort_order"):
            child.sort_order = index
        children.append(child)
    setattr(instance, relation.get_accessor_name(), children)
    return True


# --- Snippets and settings ---------------------------------------------------------------


def load_snippets(path: Path, spec: dict, run: Load) -> None:
    """The snippets of one YAML file, in Polish, with their translations from its PO files."""
    model = apps.get_model(spec["model"])
    key_field = spec.get("key")
    default = Locale.get_default()
    po_files = run.po_files(path)
    for item in spec["objects"]:
        key = str(item[key_field]) if key_field else "main"
        lookup = {key_field: item[key_field]} if key_field else {}
        instance = model.objects.filter(locale=default, **lookup).first()
        created = instance is None
        if created:
            instance = model(locale=default, translation_key=stable_id(spec["model"], key))
        seed = f"{spec['model']}/{key}"
        plain = {n: v for n, v in item.items() if n not in _relation_names(model)}
        changed = assign(instance, plain, run.refs, seed)
        if created or changed:
            instance.save()
        children = {n: v for n, v in item.items() if n in _relation_names(model)}
        if children and assign(instance, children, run.refs, seed):
            instance.save()
            changed = True
        if created or changed:
            run.changed.append(f"{path.relative_to(run.root).as_posix()} ({key})")
        translate(instance, po_files, key, run, source_changed=changed and not created)


def _relation_names(model: type[models.Model]) -> set[str]:
    return {relation.get_accessor_name() for relation in child_relations(model)}


def load_settings(path: Path) -> None:
    """Site settings the tree knows, where the site has none yet (an editor's value wins)."""
    if not path.exists():
        return
    for label, values in yaml.safe_load(path.read_text(encoding="utf-8")).items():
        if label == "site":
            site = Site.objects.get(is_default_site=True)
            for name, value in values.items():
                if not getattr(site, name):
                    setattr(site, name, value)
            site.save()
            continue
        instance = apps.get_model(label).load()
        empty = {name: value for name, value in values.items() if not getattr(instance, name)}
        for name, value in empty.items():
            setattr(instance, name, value)
        if empty:
            instance.save(update_fields=list(empty))
