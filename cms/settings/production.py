"""Production: secrets and services only from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",")
CSRF_TRUSTED_ORIGINS = [
    origin for origin in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if origin
]
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")
ZMP_DEMO_USERS_ALLOWED = False

# WhiteNoise serves the collected static files; nothing is fetched from third parties. It
# comes right after SecurityMiddleware, as its documentation asks.
MIDDLEWARE.insert(  # noqa: F405
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
# collectstatic writes here and WhiteNoise serves from here: a directory of the server's,
# outside the checkout (the load benchmark gives each run its own).
STATIC_ROOT = os.environ.get("DJANGO_STATIC_ROOT", STATIC_ROOT)  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies (Varnish, nginx) append the visitor's address to X-Forwarded-For.
ZMP_TRUSTED_PROXIES = int(os.environ.get("ZMP_TRUSTED_PROXIES", "0"))
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True


def env_flag(name: str, default: bool) -> bool:
    """A yes/no environment variable: 1/true/yes/on or 0/false/no/off, else the default."""
    value = os.environ.get(name, "").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    if value:
        raise ImproperlyConfigured(f"{name} must be 1 or 0, not {value!r}.")
    return default


# HTTPS only. Django redirects plain HTTP unless the TLS-terminating proxy already does
# (DJANGO_SECURE_SSL_REDIRECT=0); browsers then keep to HTTPS for a year (HSTS). Preload
# asks browsers to ship the rule built in: only for a domain whose subdomains all have HTTPS.
SECURE_SSL_REDIRECT = env_flag("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", 365 * 24 * 60 * 60))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_flag("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_flag("DJANGO_SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Preloading binds the whole registered domain and every subdomain to HTTPS for good:
    # the office's decision (DJANGO_SECURE_HSTS_PRELOAD=1), not an oversight to warn about.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
# A load balancer's health check may come in over plain HTTP (paths without the leading /).
SECURE_REDIRECT_EXEMPT = [
    path for path in os.environ.get("DJANGO_SECURE_REDIRECT_EXEMPT", "").split(",") if path
]
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True  # noqa: F405

# A trial of the production stack on this machine, over plain HTTP (`make serve-prod`):
# cookies without the Secure flag, no upgrade of requests to HTTPS. Refused for any host
# name but this machine's, so it cannot weaken a public site.
if env_flag("ZMP_LOCAL_PLAIN_HTTP", False):
    if not set(ALLOWED_HOSTS) <= {"127.0.0.1", "localhost", "[::1]"}:
        raise ImproperlyConfigured(
            "ZMP_LOCAL_PLAIN_HTTP=1 is only for DJANGO_ALLOWED_HOSTS=127.0.0.1,localhost."
        )
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
    del CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"]  # noqa: F405

# Varnish in front (deploy/varnish/default.vcl): publishing a page purges it there, from
# the background task worker (core/cache_purge.py). Its address, e.g. http://127.0.0.1:6081.
if os.environ.get("ZMP_VARNISH_URL"):
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "core.cache_purge.VarnishBackend",
            "LOCATION": os.environ["ZMP_VARNISH_URL"],
        }
    }

# One JSON object per line on stdout, for the log collector.
LOGGING["handlers"]["console"]["formatter"] = "json"  # noqa: F405

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
