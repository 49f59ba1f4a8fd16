from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.csrf import form_tokens
from core.health import health
from core.site_files import favicon, robots_txt, site_map
from core.sitemap import MultilingualSitemap

# The 500 page carries the request id for the visitor to quote, rendered without the database.
handler500 = "core.errors.server_error"

urlpatterns = [
    # Before Wagtail's admin: guards that answer 4xx to input some of its views fail on with 500.
    path("admin/", include("cms.admin_guards")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}),
    path("robots.txt", robots_txt, name="robots_txt"),
    # Browsers that ignore the page's icon link ask for this address.
    path("favicon.ico", favicon),
    # Never cached: a visitor's CSRF token for forms on cached pages (core/csrf.py), and the
    # health check of Varnish's probe.
    path("form-tokens/", form_tokens, name="form_tokens"),
    path("healthz/", health, name="health"),
    path(".well-known/", include("certificates.well_known")),
    # eTranslation's callbacks (the European Commission's service posts translations here).
    path("machine-translation/", include("machine_translation.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language prefix: /pl/…, /en/…, /es/…
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("polls/", include("polls.urls")),
    path("learning/", include("elearning.urls")),
    path("accounts/", include("accounts.urls")),
    path("certificates/", include("certificates.urls")),
    path("network/", include("network.urls")),
    path("consultations/", include("consultations.urls")),
    path("site-map/", site_map, name="site_map"),
    path("", include(wagtail_urls)),
)
