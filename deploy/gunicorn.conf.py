"""Gunicorn settings for production: ``gunicorn -c deploy/gunicorn.conf.py``.

Everything that differs between servers comes from the environment:

* ``GUNICORN_BIND`` (``127.0.0.1:8000``): address the reverse proxy forwards to;
* ``GUNICORN_WORKERS`` (2 × cores + 1) and ``GUNICORN_THREADS`` (4): processes, and
  threads in each;
* ``GUNICORN_WORKER_CLASS`` (``gthread``): ``sync`` for single-threaded workers that close
  each connection (the benchmark's "2 sync workers": keep-alive connections would stay
  with whichever worker accepted them);
* ``GUNICORN_TIMEOUT`` (30 s), ``GUNICORN_LOG_LEVEL`` (``info``);
* ``GUNICORN_CONTROL_SOCKET``: where ``gunicornc`` connects, when two instances share a
  user (the default is one path per user).

Django's own settings come from ``DJANGO_SETTINGS_MODULE`` and the variables
``cms/settings/production.py`` reads.
"""

import gc
import os
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The project's modules, from whichever directory gunicorn is started in: gunicorn adds
# ``chdir`` to the path only after it has read this file.
if str(PROJECT_ROOT) not in sys.path:
    sys.path.insert(0, str(PROJECT_ROOT))

from cms.process_memory import unmap_large_blocks_when_freed  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
# Before the app loads: the workers inherit the setting, and give back an image's buffers
# once its rendition is made (cms/process_memory.py).
unmap_large_blocks_when_freed()
# Load the search lemmatiser's dictionaries (about 60 MB) once, in the master before it
# forks, so the workers share them instead of each loading them on its first search.
os.environ.setdefault("ZMP_PRELOAD_LEMMATISER", "1")

# Memory the workers share with the master stays shared: no collection in the master leaves
# holes among the preloaded objects, and before each fork they are frozen out of the
# collector's reach, whose bookkeeping would otherwise copy their pages into every worker
# (the recipe of Python's gc.freeze documentation).
gc.disable()


def when_ready(server):
    # After the app is loaded (preload_app), before the first worker is forked.
    from cms.warm_up import warm_up

    warm_up()


def pre_fork(server, worker):
    gc.freeze()


def post_fork(server, worker):
    gc.enable()


wsgi_app = "cms.wsgi:application"
chdir = str(PROJECT_ROOT)
preload_app = True

bind = [os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")]
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * (os.cpu_count() or 1) + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
# Threads let a worker serve other requests while one waits on PostgreSQL or Redis.
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))

# The application writes one JSON line per request itself; gunicorn's access log would
# repeat it in another format.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
