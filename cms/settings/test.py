import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
# Tasks run at once, inside the request or call that enqueues them.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Each search counted at once, so a test reads its count; tests/test_search_tally.py batches.
ZMP_SEARCH_TALLY_SECONDS = 0
ZMP_VISIT_STAMP_SECONDS = 0

# Lets several suites share one PostgreSQL server without dropping each other's test database.
if os.environ.get("ZMP_TEST_DB_NAME"):
    DATABASES["default"]["TEST"] = {"NAME": os.environ["ZMP_TEST_DB_NAME"]}  # noqa: F405
