"""Settings shared by every environment. Environment-specific files import from here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _
from pythonjsonlogger.core import RESERVED_ATTRS
from wagtail.embeds.oembed_providers import youtube

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "insecure-development-key-replaced-in-production"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS: list[str] = ["localhost", "127.0.0.1", "[::1]"]

INSTALLED_APPS = [
    "admin_language",  # first: its ready() drops the Polish fallback before any catalogue is built
    "core",
    "home",
    "news",
    "partnership",
    "outreach",
    "contact",
    "polls",
    "accounts",
    "elearning",
    "certificates",
    "network",
    "consultations",
    "reports",
    "questionbank",
    "privacy",
    "accessible_info",
    "search",
    "localization",
    "machine_translation",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django_guid",
]

MIDDLEWARE = [
    # First: the request id every later part logs, and the one log line of each request.
    "core.request_log.RequestIdMiddleware",  # django-guid's, minus Wagtail's preview renderings
    "core.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "cms.admin_guards.RefuseMalformedRequestsMiddleware",  # NUL in a URL, DELETE to a delete view
    "core.http_headers.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Early, so a database outage met by any later part of the request answers 503.
    "core.middleware.DatabaseUnavailableMiddleware",
    "core.middleware.AfterResponseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.site_frame.FrameGenerationMiddleware",  # one read of the frame generation
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.http_headers.PrivateResponseMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a sign-in refused by django-axes into its lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

# SQLite is the embedded default; production sets DATABASE_URL (PostgreSQL).
# Connections persist for 10 minutes; the health check at the start of each request replaces
# one the server dropped (a PostgreSQL restart) instead of failing the request with it.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Readers never wait for the writer (WAL). A transaction takes the write lock when it
    # begins (IMMEDIATE), so it waits its turn for up to busy_timeout; a DEFERRED one that
    # read first and then wrote failed at once with "database is locked". Without
    # ATOMIC_REQUESTS, pages that only read open no transaction and take no lock.
    DATABASES["default"]["OPTIONS"] = {
        **DATABASES["default"].get("OPTIONS", {}),
        "transaction_mode": "IMMEDIATE",
        "init_command": (
            "PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"
        ),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation. Polish is the source language of all content; it must be
# LANGUAGE_CODE before the first migration, which creates the default Locale.
LANGUAGE_CODE = "pl"
LANGUAGES = [
    ("pl", _("Polish")),
    ("en", _("English")),
    ("es", _("Spanish")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
# Date and number formats of our own where Django's do not suit (British English).
FORMAT_MODULE_PATH = ["cms.formats"]
USE_I18N = True
USE_TZ = True

# A new translation stays a draft until an editor reviews and publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Zielone Miejsca Pracy"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
# The public site's address: `load_demo` gives Wagtail's Site this host name and port, so the
# sitemap, the feeds and the hreflang links give visitors' addresses, not "localhost".
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    # Wagtail's database search (SQLite FTS5 / PostgreSQL), matching the inflected forms of
    # Polish, English and Spanish words (search/backends). Our lemmatiser does the
    # linguistics, so PostgreSQL's text search configuration is the neutral "simple" one.
    "default": {"BACKEND": "search.backends", "SEARCH_CONFIG": "simple"},
}
# vtt: captions (WebVTT) of sign-language recordings (accessible_info).
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "vtt", "xlsx", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Advisors sign in on the public site, in their language; editors use /admin/login/.
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "elearning:dashboard"
LOGOUT_REDIRECT_URL = "/"
# Advisors are created by staff (admin or CSV import); set True to let people sign up.
ZMP_SELF_REGISTRATION = False

# Demo users (`load_demo`) are refused where this is False (production).
ZMP_DEMO_USERS_ALLOWED = True

# Redis is the production cache; without REDIS_URL each process keeps its own.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail notes each image rendition a page shows in this cache (a write per image per
# request): in the worker's own memory, not a round trip to Redis. A rendition's key changes
# with the image's focal point, so a worker never serves another crop from it.
RENDITIONS_CACHE = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "renditions",
    "TIMEOUT": 60 * 60,
    "OPTIONS": {"MAX_ENTRIES": 5_000},
}
CACHES["renditions"] = RENDITIONS_CACHE
# Sessions are kept in the database and read from the cache: a signed-in page costs one
# query less, and a cache outage or restart signs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# The demo site's content as files (core/content/tree.py); attached files of a page other
# than its PO and YAML files are read by these hooks, by their extension.
# ZMP_CONTENT_DIR (environment) points the loader at another copy of the tree, e.g. a reviewer's.
ZMP_CONTENT_DIR = Path(os.environ.get("ZMP_CONTENT_DIR") or BASE_DIR / "content")
ZMP_CONTENT_ATTACHMENTS = {"gift": "elearning.question_files.load_attached"}
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# --- Sign-in protection and rate limits (accounts) ---
# django-axes counts failed sign-ins (public /…/accounts/login/ and Wagtail's /admin/login/)
# and refuses further attempts for a while; its backend must come first.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "accounts.lockouts.SignInLockoutHandler"
# Locked: one account from one address after 5 failures; one address, whatever the accounts
# tried, after 50 (an office's advisors share one public address). One limit per parameter.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
ZMP_SIGN_IN_FAILURE_LIMITS = [5, 50]
AXES_FAILURE_LIMIT = ZMP_SIGN_IN_FAILURE_LIMITS[0]
AXES_COOLOFF_TIME = timedelta(minutes=15)
# A successful sign-in forgets that account's failures from that address.
AXES_RESET_ON_SUCCESS = True
# Attempts while locked do not extend the lock, so Retry-After stays true.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
# Keep no log of successful sign-ins (personal data we have no use for); failures expire.
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_CALLABLE = "accounts.views.locked_out"
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.AdminSignInForm"
# The visitor's address for lockouts and rate limits. Behind Varnish/nginx set
# ZMP_TRUSTED_PROXIES (production: environment variable of that name) to the number of proxies
# that append to X-Forwarded-For; 0 trusts no header and uses REMOTE_ADDR.
ZMP_TRUSTED_PROXIES = 0
AXES_CLIENT_IP_CALLABLE = "accounts.client_ip.client_ip"
RATELIMIT_IP_META_KEY = "accounts.client_ip.client_ip"
# django-ratelimit counts in the "default" cache: Redis in production (shared by every
# process), local memory in development and tests.
RATELIMIT_USE_CACHE = "default"
# Requests allowed per period (django-ratelimit's "count/period"): a mailbox cannot be flooded
# with reset emails, and one address cannot create accounts in bulk.
# Editors reset a forgotten password on the site's own page (/…/accounts/password-reset/),
# which is rate-limited, answers alike for known and unknown addresses and serves accounts
# created without a password; Wagtail's admin reset does none of that.
WAGTAIL_PASSWORD_RESET_ENABLED = False
ZMP_RATE_LIMITS = {
    "password_reset_per_address": "5/h",
    "password_reset_per_ip": "20/h",
    "registration_per_ip": "10/h",
}

# --- Security headers and logging ---
# Content-Security-Policy (django-csp): the public site runs only its own scripts and
# styles, never inline ones; a template that needs an inline script gives it
# nonce="{{ request.csp_nonce }}", and only then does the header carry a nonce. Videos come
# from YouTube alone (the partnership's TV series is there): the one origin other than ours
# a page may show, in a frame. Add a provider to both settings or its videos stay blank.
# Players load from the hosts' privacy-enhanced addresses only (core/embeds.py).
ZMP_VIDEO_FRAME_ORIGINS = ["https://www.youtube-nocookie.com"]
WAGTAILEMBEDS_FINDERS = [{"class": "wagtail.embeds.finders.oembed", "providers": [youtube]}]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "frame-src": ZMP_VIDEO_FRAME_ORIGINS,
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Wagtail's admin writes inline scripts and styles, shows image previews from blob: URLs and
# frames its own page previews (rendered under /admin/): core.http_headers replaces these
# directives there. Its avatars and update check would call third parties: both off.
ZMP_ADMIN_PATH_PREFIX = "/admin/"
ZMP_ADMIN_CSP_REPLACE = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "frame-src": [SELF, *ZMP_VIDEO_FRAME_ORIGINS],
    "frame-ancestors": [SELF],
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Browser features no page of ours uses, refused to any script or frame (an empty list
# allows nobody). Fullscreen and picture-in-picture stay with the browser's defaults: the
# video player asks for them.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "ambient-light-sensor",
        "bluetooth",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "hid",
        "idle-detection",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
# YouTube's player refuses to play without knowing the embedding site, so other sites get
# our origin (never the path); our own pages get the full referrer.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Views about one person, whoever asks: "Cache-Control: private, no-store" even when nobody
# is signed in (core.http_headers; every response to a signed-in user gets it anyway).
ZMP_PERSONAL_URL_NAMESPACES = ["accounts", "elearning"]
ZMP_PERSONAL_PAGE_ROUTES = [
    "elearning.coursepage:certificate",
    "elearning.quizpage:start",
    "elearning.quizpage:attempt",
    "elearning.quizpage:result",
]
# Request ids (django-guid): a valid UUID in X-Request-ID (from the proxy) is kept, anything
# else is replaced; the id goes back in the response, on every log record and on the 500 page.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "UUID_FORMAT": "string",
    "EXPOSE_HEADER": False,
}
# Logging to stdout, where the process manager collects it: plain text here, one JSON object
# per line in production. One line per request (zmp.request), every 500 with its traceback
# (django.request), refused hosts and CSRF failures (django.security), failed e-mails
# (zmp.mail) and background tasks (django_tasks). Every record carries its request id.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {
            "()": "django_guid.log_filters.CorrelationId",
            "correlation_id_field": "request_id",
        },
        "client_error_as_warning": {"()": "core.request_log.ClientErrorAsWarning"},
    },
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": ["levelname", "name", "message"],
            "rename_fields": {"levelname": "level", "name": "logger"},
            "timestamp": "time",
            # The request object Django attaches would print its query string.
            "reserved_attrs": [*RESERVED_ATTRS, "request", "taskName"],
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "filters": ["request_id"],
            "formatter": "text",
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # Everything reaches the root's handler, so there is one place to change the output.
        "django": {"handlers": [], "level": "WARNING"},
        # 4xx answers are in the request line already; 5xx come with their traceback.
        "django.request": {"level": "ERROR"},
        "django.security": {"level": "WARNING"},
        "django.security.DisallowedHost": {"filters": ["client_error_as_warning"]},
        "django_guid": {"level": "WARNING"},
        # Failed tasks; `manage.py db_worker` raises these to INFO (each task run) itself.
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},
        "zmp": {"level": "INFO"},
    },
}

# --- Faults: database, background tasks ---
# Seconds a visitor is asked to wait (503 Retry-After) while the database is unreachable.
ZMP_DATABASE_RETRY_AFTER = 60
# Background tasks (django-tasks) are stored in the database and run by `manage.py db_worker`
# (`make worker`); the contact form's e-mails are sent there, so a mail server that is down
# never fails the form.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Seconds before each new attempt to e-mail a contact message after a failed one; after the
# last, the failure is logged and the message stays in Forms in the admin.
ZMP_CONTACT_MAIL_RETRY_DELAYS = [60, 600, 3600]
# Messages one address may send with the contact form (accounts/throttling.py counts them).
ZMP_RATE_LIMITS["contact"] = "10/h"
# Poll votes that come without the voter cookie (polls/views.py), per address: every first
# vote in a browser, and every vote of one that refuses the cookie or a script that drops it.
# 20 an hour lets a workshop or an office behind one public address vote together (signed-in
# users are never counted), while a script that drops the cookie gets 20 votes an hour from
# an address instead of any number.
ZMP_RATE_LIMITS["poll_votes_without_cookie"] = "20/h"
# Gunicorn (deploy/gunicorn.conf.py) sets ZMP_PRELOAD_LEMMATISER=1: the master loads the
# search lemmatiser's dictionaries before forking, and the workers share them.
ZMP_PRELOAD_LEMMATISER = os.environ.get("ZMP_PRELOAD_LEMMATISER") == "1"
# Search counts are written in batches, at most this many seconds after the search
# (search/tally.py); 0 writes each at once.
ZMP_SEARCH_TALLY_SECONDS = 5
# Lessons' "last visited" stamps, likewise kept by each worker and written in batches
# (elearning/progress.py): "Continue" on My learning may lag a lesson by this long.
ZMP_VISIT_STAMP_SECONDS = 5

# --- Digital credentials (certificates/keys.py) ---
# The P-256 private key that signs Open Badges credentials: a PEM or JWK file, outside the
# checkout. Without one, a site that allows a development key (ZMP_CREDENTIAL_DEV_KEY;
# production does not) makes one and keeps it in its database.
ZMP_CREDENTIAL_KEY_FILE = os.environ.get("ZMP_CREDENTIAL_KEY_FILE", "")
ZMP_CREDENTIAL_DEV_KEY = True

# --- HTTP cache (Varnish, deploy/varnish/default.vcl) ---
# Hidden fields that must differ for each visitor although the page is cached for all of
# them: filled in, with the CSRF token, by /form-tokens/ (core/csrf.py). Name: factory.
ZMP_FRESH_FORM_FIELDS = {"form_key": "contact.delivery.new_form_key"}
# Purges go to each page's own URL only: every translation is a page of its own, with its
# own slug (Wagtail would otherwise purge the path under every language prefix). The purge
# backend itself (WAGTAILFRONTENDCACHE) is configured in production by ZMP_VARNISH_URL.
WAGTAILFRONTENDCACHE_LANGUAGES: list[str] = []

# --- Uploads and imports ---
# Form fields of one request (files not counted): a long lesson's StreamField is well under
# 4 MB. More answers 400 with the site's "Bad request" page.
DATA_UPLOAD_MAX_MEMORY_SIZE = 4 * 1024 * 1024
# Wagtail posts every StreamField block as several fields; 5 000 leaves room for the
# longest lessons and quizzes and still bounds the parsing work of a forged request.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000
# The admin uploads one file per request (Wagtail's multiple upload sends them one by one).
DATA_UPLOAD_MAX_NUMBER_FILES = 10
# Larger files are streamed to a temporary file rather than held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = int(2.5 * 1024 * 1024)
# Wagtail's own checks, with its "file too big" message on the upload form.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Renditions decode the whole image in memory: 40 megapixels is ~160 MB per worker.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# No SVG: an SVG image may carry scripts and is served from the site's own origin.
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Any request whose files together exceed this is refused before they are stored
# (core/uploads.py): the largest document plus the form around it. The web server in front
# should refuse bodies above this too (nginx: client_max_body_size 21m).
ZMP_MAX_UPLOAD_SIZE = WAGTAILDOCS_MAX_UPLOAD_SIZE + 1024 * 1024
FILE_UPLOAD_HANDLERS = [
    "core.uploads.UploadSizeLimitHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# --- Machine translation (machine_translation/) ---
# The translation editor's "Machine translate" fills from the site's translation memory
# first (machine_translation/memory.py), then asks the service ZMP_MACHINE_TRANSLATOR picks:
# deepl, libretranslate or etranslation; empty: the memory only. What a machine or a merely
# similar text fills stays marked "machine" until a person confirms it; nothing is published.
ZMP_MACHINE_TRANSLATOR = os.environ.get("ZMP_MACHINE_TRANSLATOR", "").strip().lower()
ZMP_MACHINE_TRANSLATOR_TIMEOUT = int(os.environ.get("ZMP_MACHINE_TRANSLATOR_TIMEOUT", "30"))
# Where eTranslation posts its answers: the site's public address, reachable from the EC.
ZMP_ETRANSLATION_CALLBACK_BASE_URL = os.environ.get("ZMP_ETRANSLATION_CALLBACK_BASE_URL", "")
# After this long without an answer, the editor is told the request failed.
ZMP_ETRANSLATION_TIMEOUT = int(os.environ.get("ZMP_ETRANSLATION_TIMEOUT", str(30 * 60)))
_MACHINE_TRANSLATORS = {
    "deepl": {
        "CLASS": "machine_translation.translators.CheckedDeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": os.environ.get("ZMP_DEEPL_AUTH_KEY", ""),
            # Empty: DeepL's Free or Pro endpoint, chosen by the key.
            "API_URL": os.environ.get("ZMP_DEEPL_API_URL", ""),
            "TIMEOUT": ZMP_MACHINE_TRANSLATOR_TIMEOUT,
        },
    },
    "libretranslate": {
        "CLASS": "machine_translation.translators.CheckedLibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ.get("ZMP_LIBRETRANSLATE_URL", "").rstrip("/"),
            "API_KEY": os.environ.get("ZMP_LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": ZMP_MACHINE_TRANSLATOR_TIMEOUT,
        },
    },
    "etranslation": {
        "CLASS": "machine_translation.translators.EtranslationTranslator",
        "OPTIONS": {
            "APPLICATION": os.environ.get("ZMP_ETRANSLATION_APPLICATION", ""),
            "PASSWORD": os.environ.get("ZMP_ETRANSLATION_PASSWORD", ""),
            "API_URL": os.environ.get(
                "ZMP_ETRANSLATION_URL",
                "https://webgate.ec.europa.eu/etranslation/si/translate",
            ),
            "TIMEOUT": ZMP_MACHINE_TRANSLATOR_TIMEOUT,
        },
    },
}
if ZMP_MACHINE_TRANSLATOR not in ("", *_MACHINE_TRANSLATORS):
    # A typo would otherwise leave the memory alone silently.
    raise ValueError(
        f"ZMP_MACHINE_TRANSLATOR={ZMP_MACHINE_TRANSLATOR!r}: use one of "
        f"{', '.join(_MACHINE_TRANSLATORS)}, or leave it empty."
    )
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "machine_translation.translators.MemoryFirstTranslator",
    "OPTIONS": {"THEN": _MACHINE_TRANSLATORS.get(ZMP_MACHINE_TRANSLATOR)},
}
