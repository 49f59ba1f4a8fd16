"""Search and reference indexing deferred to the end of a load of the content tree.

Wagtail indexes an object (for search, and for "where is this used") on every save, and a
page loaded with its translations is saved several times over: a revision, its publication,
each translation's synchronisation. Loading the tree indexed 1 434 times for 782 objects,
about a quarter of the load. Inside :func:`indexing_deferred` saves are only noted; each saved
object is indexed once when the block ends, by Wagtail's own tasks, so the indexes end up
as the saves would have left them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.apps import apps
from django.db.models import Model
from django.db.models.signals import post_save
from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task

Saved = tuple[str, str, str]  # app label, model name, primary key: what the tasks take


@contextmanager
def indexing_deferred() -> Iterator[None]:
    """Index what is saved inside the block once, at its end (nothing if it raises).

    Signal receivers are process-wide: meant for a management command or a test, not for a
    web process where other threads save at the same time.
    """
    searched = {m for m in index.get_indexed_models() if getattr(m, "search_auto_update", True)}
    for_search: set[Saved] = set()
    for_references: set[Saved] = set()

    def note(sender: type[Model], instance: Model, raw: bool = False, **kwargs) -> None:
        if raw:
            return
        saved = (instance._meta.app_label, instance._meta.model_name, str(instance.pk))
        if sender in searched:
            for_search.add(saved)
        if sender in ReferenceIndex.tracked_models:
            for_references.add(saved)

    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(note, weak=False, dispatch_uid="zmp-indexing-deferred")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="zmp-indexing-deferred")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
    for saved in _still_there(for_search):
        insert_or_update_object_task.enqueue(*saved)
    for saved in _still_there(for_references):
        update_reference_index_task.enqueue(*saved)


def _still_there(saved: set[Saved]) -> list[Saved]:
    """``saved`` less what was deleted after its save (a replaced inline child, say)."""
    by_model: dict[tuple[str, str], set[str]] = {}
    for app_label, model_name, pk in saved:
        by_model.setdefault((app_label, model_name), set()).add(pk)
    found = []
    for (app_label, model_name), pks in sorted(by_model.items()):
        model = apps.get_model(app_label, model_name)
        existing = model._default_manager.filter(pk__in=pks).values_list("pk", flat=True)
        found += [(app_label, model_name, str(pk)) for pk in sorted(existing)]
    return found
