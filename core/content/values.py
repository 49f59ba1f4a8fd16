"""Field values as the content tree writes them, turned into what the models store.

In a file, a page is addressed by its Polish path below the site root (``strona-glowna/kursy``)
and a snippet by its key field (a topic's slug, a glossary term's term); rich text is
Markdown; a StreamField is a list of ``{block type: value}`` items, or Markdown for the
content blocks a body uses. Block ids and translation keys come from where the value is in
the tree, so a reload gives every segment the same translation context as before and the
PO files keep matching.
"""

from __future__ import annotations

import datetime
import uuid
from typing import Any

from django import forms
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page
from wagtail.snippets.blocks import SnippetChooserBlock

from . import markdown

NAMESPACE = uuid.UUID("0c6f7a52-5b0e-4b0a-9f0e-2d3c5a7e9b11")
# Page fields that the tree never writes: they follow from where the file is, or are Wagtail's.
PAGE_BOOKKEEPING = {
    "id", "path", "depth", "numchild", "translation_key", "locale", "latest_revision",
    "live", "has_unpublished_changes", "first_published_at", "last_published_at",
    "live_revision", "go_live_at", "expire_at", "expired", "locked", "locked_at", "locked_by",
    "content_type", "owner", "url_path", "draft_title", "latest_revision_created_at",
    "alias_of", "page_ptr", "index_entries", "wagtail_admin_comments", "subscribers",
    "sites_rooted_here", "aliases", "group_permissions", "view_restrictions",
    "workflow_states", "revisions", "_revisions", "workflowpage", "formsubmission",
}  # fmt: skip
# Snippets are keyed by the field their file names; these are keyed without a file.
KNOWN_KEYS = {"questionbank.Question": "name", "questionbank.QuestionCategory": "name"}


def stable_id(*parts: object) -> str:
    """The same UUID for the same place in the tree, on every machine and every load."""
    return str(uuid.uuid5(NAMESPACE, "/".join(str(part) for part in parts)))


class References:
    """Pages by Polish path and snippets by key, in the default locale."""

    def __init__(self, keys: dict[str, str] | None = None) -> None:
        self.keys = {**KNOWN_KEYS, **(keys or {})}
        self.default = Locale.get_default()

    def page(self, path: str) -> Page:
        try:
            return Page.objects.get(locale=self.default, url_path=f"/{path.strip('/')}/")
        except Page.DoesNotExist:
            raise ValueError(f"No page at {path!r} in the content tree") from None

    def snippet(self, model: type[models.Model], key: str) -> models.Model:
        field = self.keys[model._meta.label]
        try:
            return model.objects.get(locale=self.default, **{field: key})
        except model.DoesNotExist:
            raise ValueError(f"No {model._meta.label} with {field} {key!r}") from None


# --- Blocks ------------------------------------------------------------------------------


def block_from_file(block: blocks.Block, value: Any, refs: References, seed: str) -> Any:
    """The raw (JSON) value of ``block`` for ``value`` as a file writes it."""
    if value is None:
        return None
    if isinstance(block, blocks.StreamBlock):
        return stream_from_file(block, value, refs, seed)
    if isinstance(block, blocks.ListBlock):
        return [
            {
                "type": "item",
                "value": block_from_file(block.child_block, item, refs, f"{seed}/{index}"),
                "id": stable_id(seed, index),
            }
            for index, item in enumerate(value)
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: block_from_file(child, value[name], refs, f"{seed}/{name}")
            if name in value
            else missing_value(child)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.RichTextBlock):
        return markdown.to_html(value)
    if isinstance(block, blocks.PageChooserBlock):
        return refs.page(value).pk
    if isinstance(block, SnippetChooserBlock):
        return refs.snippet(block.target_model, value).pk
    return value


def missing_value(block: blocks.Block) -> Any:
    """What a file that leaves a block's field out means: empty text, else the default."""
    if isinstance(block, blocks.FieldBlock) and isinstance(
        block.field, forms.CharField | forms.URLField | forms.EmailField
    ):
        return ""
    if isinstance(block, blocks.RichTextBlock):
        return ""
    return block.get_prep_value(block.get_default())


def stream_from_file(
    stream: blocks.StreamBlock, value: Any, refs: References, seed: str
) -> list[dict]:
    if isinstance(value, str):
        # Markdown gives headings, rich text and quotes as stored; fences as a file's data.
        items = markdown.body_blocks(value)
        native = {"heading", "paragraph", "quote"}
    else:
        items, native = value_pairs(value), set()
    return [
        {
            "type": block_type,
            "value": block_value
            if block_type in native
            else block_from_file(
                stream.child_blocks[block_type], block_value, refs, f"{seed}/{index}"
            ),
            "id": stable_id(seed, index),
        }
        for index, (block_type, block_value) in enumerate(items)
    ]


def value_pairs(items: list[dict]) -> list[tuple[str, Any]]:
    """``[{type: value}, …]`` as ``(type, value)`` pairs."""
    pairs = []
    for item in items:
        ((block_type, block_value),) = item.items()
        pairs.append((block_type, block_value))
    return pairs


# --- Model fields ------------------------------------------------------------------------


def field_from_file(field: models.Field, value: Any, refs: References, seed: str) -> Any:
    """What to assign to ``field`` for ``value`` as a file writes it."""
    if isinstance(field, StreamField):
        return stream_from_file(field.stream_block, value, refs, f"{seed}/{field.name}")
    if isinstance(field, RichTextField):
        return markdown.to_html(value)
    if isinstance(field, models.ForeignKey):
        if value is None:
            return None
        if issubclass(field.related_model, Page):
            return refs.page(value).specific
        return refs.snippet(field.related_model, value)
    if isinstance(field, models.DateField) and isinstance(value, str):
        return datetime.date.fromisoformat(value)
    return value


def written_fields(model: type[models.Model]) -> list[models.Field]:
    """The fields of ``model`` that a content file may set."""
    found = []
    for field in model._meta.get_fields():
        if not getattr(field, "concrete", False) or field.auto_created:
            continue
        if field.name in PAGE_BOOKKEEPING or isinstance(field, ParentalKey):
            continue
        if isinstance(field, models.ForeignKey) and field.related_model.__name__ in (
            "Image", "CustomImage", "Document", "Locale", "Site",
        ):  # fmt: skip
            continue
        if field.many_to_many or field.one_to_many:
            continue
        found.append(field)
    return found


def child_relations(model: type[models.Model]) -> list[Any]:
    """The inline children (form fields, poll choices, page topics) a file lists with it."""
    return [
        relation
        for relation in model._meta.related_objects
        if isinstance(relation.remote_field, ParentalKey)
    ]
