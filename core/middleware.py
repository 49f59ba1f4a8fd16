from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware

# Paths that live outside the language prefixes (see cms/urls.py).
UNPREFIXED = ("/admin/", "/documents/", "/static/", "/media/", "/sitemap.xml")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unprefixed 404s for admin paths.

    Wagtail's catch-all page route inside ``i18n_patterns`` makes every ``/pl/…`` path look
    valid, so a missing admin object would be redirected to ``/pl/admin/…`` instead of
    answering 404 where it is.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
