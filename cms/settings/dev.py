import os

from .base import *  # noqa: F403

DEBUG = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Tasks run inside the request, so `make run` alone sends (prints) every e-mail. To try the
# background worker as production runs it, start the site with ZMP_TASK_WORKER=1 `make run`
# and, beside it, `make worker`.
if os.environ.get("ZMP_TASK_WORKER") != "1":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
