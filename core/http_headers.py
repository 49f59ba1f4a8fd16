"""Response headers that protect visitors: the Content-Security-Policy of each area of the
site, and the cache rules of responses that carry personal data."""

from collections.abc import Callable

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control, patch_vary_headers


def is_preview_rendering(request: HttpRequest) -> bool:
    """Whether ``request`` is one Wagtail made up to render a page preview in the admin.

    Wagtail passes it through the middleware (and flags it for middleware to see), inside
    the admin request that asked for the preview: that request is the one to identify, log
    and give its headers.
    """
    return getattr(request, "is_dummy", False)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, giving the Wagtail admin its own, looser policy.

    The public site allows no inline script or style. Wagtail's admin still writes inline
    ``<script>`` and ``style=""`` in its templates (date choosers, inline panels, Draftail),
    loads image previews from ``blob:`` URLs and frames its own page previews, so responses
    under the admin's prefix get ``ZMP_ADMIN_CSP_REPLACE`` over the site's policy. A page
    preview is the page rendered inside an admin request, so it gets the admin's policy
    (framed by the editor only), not the page's. A view's ``csp_replace`` still wins.
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        if is_preview_rendering(request):
            return response  # the admin request around it sets the admin's policy
        return super().process_response(request, response)

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(settings.ZMP_ADMIN_PATH_PREFIX):
            parts.replace = {**settings.ZMP_ADMIN_CSP_REPLACE, **(parts.replace or {})}
        return parts


def is_personal_view(request: HttpRequest) -> bool:
    """Whether the view answering ``request`` is about one person, whoever is asking.

    Sign-in, password reset and the advisor's dashboard are named by URL namespace
    (``ZMP_PERSONAL_URL_NAMESPACES``); quiz attempts, results and certificates are routes of
    pages, named ``app_label.model:route`` (``ZMP_PERSONAL_PAGE_ROUTES``).
    """
    match = request.resolver_match
    if match and set(match.namespaces) & set(settings.ZMP_PERSONAL_URL_NAMESPACES):
        return True
    route = getattr(request, "routable_resolver_match", None)
    page = getattr(route.func, "__self__", None) if route else None
    if page is None:
        return False
    return f"{page._meta.label_lower}:{route.url_name}" in settings.ZMP_PERSONAL_PAGE_ROUTES


def carries_session(request: HttpRequest) -> bool:
    """Whether the request comes with a session cookie, as every signed-in user's does.

    The cookie alone decides, with no query: these headers are also set on the answers
    given while the database is down.
    """
    return settings.SESSION_COOKIE_NAME in request.COOKIES


class PrivateResponseMiddleware:
    """``Cache-Control: private, no-store`` on every response with personal data.

    That is every response to a request with a session, so every one to a signed-in user
    (the header says who is signed in, pages show their progress), and every response of a
    personal view, signed in or not (the sign-in form, a quiz attempt's redirect). An answer
    to a request with a session depends on it, hence ``Vary: Cookie``. Anonymous public
    pages stay cacheable by shared caches.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if carries_session(request) or is_personal_view(request):
            patch_cache_control(response, private=True, no_store=True)
        if carries_session(request):
            patch_vary_headers(response, ("Cookie",))
        return response
