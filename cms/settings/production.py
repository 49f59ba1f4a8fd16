"""Production: secrets and services only from the environment."""

import os
from urllib.parse import urlsplit

from csp.constants import SELF
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
# Credentials are signed only with the key in ZMP_CREDENTIAL_KEY_FILE (base.py).
ZMP_CREDENTIAL_DEV_KEY = False

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
            # Django's Redis cache, carrying on as an empty cache while Redis is unreachable.
            "BACKEND": "core.cache_backends.TolerantRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
        "renditions": RENDITIONS_CACHE,  # noqa: F405
    }

# Media (images, renditions, documents) in an S3-compatible object store when its bucket is
# named, through django-storages; on the local disk (MEDIA_ROOT) otherwise. Credentials are
# boto3's own variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY). Image addresses are
# plain (unsigned) so that pages cached for hours keep working images: the bucket serves
# its objects to anybody. Documents are streamed by the app, which checks their privacy.
if os.environ.get("ZMP_MEDIA_S3_BUCKET"):
    _endpoint = os.environ.get("ZMP_MEDIA_S3_ENDPOINT_URL") or None  # MinIO, Ceph, OVH…
    _region = os.environ.get("ZMP_MEDIA_S3_REGION") or None
    _domain = os.environ.get("ZMP_MEDIA_S3_PUBLIC_DOMAIN") or None  # a CDN in front
    STORAGES["default"] = {  # noqa: F405
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["ZMP_MEDIA_S3_BUCKET"],
            "endpoint_url": _endpoint,
            "region_name": _region,
            "custom_domain": _domain,
            # Path-style addresses for stores named by an endpoint, which may not serve a
            # host name per bucket; AWS's own (virtual-hosted) ones otherwise.
            "addressing_style": "path" if _endpoint else None,
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }
    WAGTAILDOCS_SERVE_METHOD = "serve_view"
    if _domain:
        _media_origin = f"https://{_domain}"
    elif _endpoint:
        _media_origin = "{0.scheme}://{0.netloc}".format(urlsplit(_endpoint))
    else:
        _media_origin = f"https://{os.environ['ZMP_MEDIA_S3_BUCKET']}.s3.amazonaws.com"
        if _region:
            _media_origin = (
                f"https://{os.environ['ZMP_MEDIA_S3_BUCKET']}.s3.{_region}.amazonaws.com"
            )
    # Pages show the store's images (default-src would allow only the site's own).
    for _directive in ("img-src", "media-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive] = [SELF, _media_origin]  # noqa: F405
    ZMP_ADMIN_CSP_REPLACE["img-src"] = [*ZMP_ADMIN_CSP_REPLACE["img-src"], _media_origin]  # noqa: F405

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
