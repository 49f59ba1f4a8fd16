"""What gunicorn's master loads before it forks (cms/warm_up.py), for the workers to share."""

from __future__ import annotations

from django.template import engines

from cms.warm_up import project_template_names, warm_up


def test_warm_up_compiles_every_template_of_the_project_without_touching_the_database():
    """No database marker: pytest-django refuses any query, as the master must open no
    connection its workers would inherit."""
    warm_up()

    names = project_template_names()
    cached = engines["django"].engine.template_loaders[0].get_template_cache
    assert {"base.html", "elearning/lesson_page.html", "news/news_page.html"} <= set(names)
    assert not [name for name in names if name not in cached]
