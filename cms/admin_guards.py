"""Guards in front of Wagtail admin views that answer a malformed request with a 500.

Each URL pattern here shadows one of Wagtail's (``cms/urls.py`` lists them before Wagtail's
admin include): it answers 404 or 400 to input the view would send unchecked to the
database or read without checking it was posted, and otherwise calls Wagtail's own view,
resolved in Wagtail's admin URLconf. Each is reachable only by a signed-in editor crafting a
URL or a form; each guard says which Wagtail 7.4 code fails and why, so it can go when Wagtail
checks the input itself. The middleware at the end refuses requests that are never valid.
"""

from __future__ import annotations

from urllib.parse import unquote as unquote_url

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.core.exceptions import BadRequest
from django.db.models import Model
from django.http import Http404, HttpResponseNotAllowed
from django.urls import Resolver404, URLResolver, path
from django.urls.resolvers import RegexPattern
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.admin.auth import require_admin_access
from wagtail.admin.urls import display_custom_404
from wagtail.admin.views.generic.models import DeleteView as WagtailDeleteView
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.utils.urlpatterns import decorate_urlpatterns

from core.forms import is_possible_key

# Wagtail's admin URLconf where cms/urls.py mounts it, without the guards in front of it.
WAGTAIL_ADMIN = URLResolver(RegexPattern(r"^/admin/"), "wagtail.admin.urls")


def wagtail_view(request):
    """Answer with the view Wagtail's admin URLconf gives this request's path."""
    try:
        match = WAGTAIL_ADMIN.resolve(request.path_info)
    except Resolver404 as error:
        raise Http404 from error
    request.resolver_match = match
    return match.func(request, *match.args, **match.kwargs)


def model_or_none(app_label: str, model_name: str) -> type[Model] | None:
    try:
        return apps.get_model(app_label, model_name)
    except (LookupError, ValueError):
        return None


def require_keys(model: type[Model] | None, values: list[str]) -> None:
    """A 400 unless each of ``values`` (ids in the query string) is a key of ``model``."""
    if model is not None and not all(is_possible_key(model, v) for v in values):
        raise BadRequest("An id in the query string is not a key of the model.")


# --- Choosers: ChosenViewMixin and ChosenMultipleViewMixin send the id(s) to the query and
# turn only ObjectDoesNotExist into 404, so "chosen/abc/" raises ValueError.


def chosen(model: type[Model] | None, request, pk: str):
    if model is not None and not is_possible_key(model, unquote(pk)):
        raise Http404
    return wagtail_view(request)


def chosen_multiple(model: type[Model] | None, request):
    require_keys(model, request.GET.getlist("id"))
    return wagtail_view(request)


def snippet_chosen(request, app_label: str, model_name: str, pk: str):
    return chosen(model_or_none(app_label, model_name), request, pk)


def snippets_chosen_multiple(request, app_label: str, model_name: str):
    return chosen_multiple(model_or_none(app_label, model_name), request)


def pages_chosen_multiple(request):
    return chosen_multiple(Page, request)


def image_chosen(request, pk: str):
    return chosen(get_image_model(), request, pk)


def images_chosen_multiple(request):
    return chosen_multiple(get_image_model(), request)


def document_chosen(request, pk: str):
    return chosen(get_document_model(), request, pk)


def documents_chosen_multiple(request):
    return chosen_multiple(get_document_model(), request)


def snippet_create(request, app_label: str, model_name: str):
    """A snippet chooser without creation form fields has no "Create" tab, yet Wagtail routes a
    POST to CreateView.post, which calls is_valid() on the missing form: 405, GET only."""
    if request.method == "POST":
        match = WAGTAIL_ADMIN.resolve(request.path_info)
        view_class = getattr(match.func, "view_class", None)
        if view_class is not None and hasattr(view_class, "get_creation_form_class"):
            view = view_class(**match.func.view_initkwargs)
            view.setup(request, *match.args, **match.kwargs)
            if view.get_creation_form_class() is None:
                return HttpResponseNotAllowed(["GET"])
    return wagtail_view(request)


# --- Editing sessions: ping() sends the object id from the URL to get_object_or_404, which
# turns only DoesNotExist into 404, so "ping/polls/poll/abc/1/" raises ValueError.


def editing_session_ping(request, app_label: str, model_name: str, object_id: str, session_id: int):
    model = model_or_none(app_label, model_name)
    if model is not None and not is_possible_key(model, unquote(object_id)):
        raise Http404
    return wagtail_view(request)


# --- The admin API's find view sends ?id= to the query unchecked (BaseAPIViewSet.find_object).
API_MODELS = {"pages": lambda: Page, "images": get_image_model, "documents": get_document_model}


def api_find(request, endpoint: str):
    model = API_MODELS[endpoint]() if endpoint in API_MODELS else None
    require_keys(model, request.GET.getlist("id"))
    return wagtail_view(request)


# --- Bulk actions send each ?id= to the query unchecked (BulkAction.get_queryset), and the
# page actions get ?childOf= with objects.get(), so a missing parent page raises DoesNotExist.


def bulk_action(request, app_label: str, model_name: str, action: str):
    model = model_or_none(app_label, model_name)
    ids = request.GET.getlist("id")
    require_keys(model, [id for id in ids if id != "all"])  # "all": every object listed
    parent = request.GET.get("childOf")
    if model is not None and "all" in ids and parent is not None:
        # A page id for pages, a collection id for images and documents: integer keys both.
        require_keys(Page, [parent])
        if issubclass(model, Page) and not Page.objects.filter(pk=parent).exists():
            raise Http404
    return wagtail_view(request)


# --- Forms read a field they expect posted.


def external_link(request):
    """The external link chooser's form field reads a missing ``url`` as None and calls
    None.startswith() (URLOrAbsolutePathField.to_python) instead of reporting it required."""
    if request.method == "POST" and "external-link-chooser-url" not in request.POST:
        raise BadRequest("The external link form was posted without its URL field.")
    return wagtail_view(request)


def redirects_import_process(request):
    """The redirects import's second step reads the first step's signed file name and format
    from the post (ConfirmImportManagementForm.clean) with cleaned_data[key]: KeyError."""
    fields = ("import_file_name", "input_format")
    if request.method == "POST" and not all(request.POST.get(f) for f in fields):
        raise BadRequest("The redirects import's second step was posted without the first's.")
    return wagtail_view(request)


def page_copy(request, page_id: int):
    """Wagtail's copy view gets the posted parent page before validating the form, with
    Page.objects.get(id=request.POST["new_parent_page"]): KeyError, ValueError, DoesNotExist."""
    if request.method == "POST":
        parent = request.POST.get("new_parent_page", "")
        if not (is_possible_key(Page, parent) and Page.objects.filter(pk=parent).exists()):
            raise BadRequest("A page copied to a parent page that does not exist.")
    return wagtail_view(request)


def not_found(request):
    """Wagtail's deliberate error (wagtailadmin_error_test) tests error reporting with a 500;
    a production site must not offer one to any editor."""
    raise Http404


def is_site_path(request, target: str) -> bool:
    """A path or a full URL of this site; anything else would be a view name to redirect()
    (a 500 when it names none) or another site.

    wagtail-localize's translation editor posts its own full address (``window.location.href``)
    as ``next``, so full URLs of this host count too.
    """
    return "/" in target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


urlpatterns = decorate_urlpatterns(
    [
        path("failwhale/", not_found),
        path("snippets/choose/<str:app_label>/<str:model_name>/chosen/<str:pk>/", snippet_chosen),
        path(
            "snippets/choose/<str:app_label>/<str:model_name>/chosen-multiple/",
            snippets_chosen_multiple,
        ),
        path("snippets/choose/<str:app_label>/<str:model_name>/create/", snippet_create),
        path("choose-page/chosen-multiple/", pages_chosen_multiple),
        path("images/chooser/chosen/<str:pk>/", image_chosen),
        path("images/chooser/chosen-multiple/", images_chosen_multiple),
        path("documents/chooser/chosen/<str:pk>/", document_chosen),
        path("documents/chooser/chosen-multiple/", documents_chosen_multiple),
        path("api/main/<str:endpoint>/find/", api_find),
        path("bulk/<str:app_label>/<str:model_name>/<str:action>/", bulk_action),
        path("choose-external-link/", external_link),
        path("pages/<int:page_id>/copy/", page_copy),
        path("redirects/import/process/", redirects_import_process),
        path(
            "editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/"
            "<int:session_id>/",
            editing_session_ping,
        ),
    ],
    # As Wagtail's own admin URLs: signed-in editors only, its 404 page.
    lambda view: display_custom_404(require_admin_access(view)),
)


def drop_foreign_next(request) -> None:
    if not is_site_path(request, request.GET.get("next", "/")):
        request.GET = request.GET.copy()
        del request.GET["next"]
    if request.method == "POST" and not is_site_path(request, request.POST.get("next", "/")):
        request.POST = request.POST.copy()
        del request.POST["next"]


class RefuseMalformedRequestsMiddleware:
    """Requests that are never valid answer 4xx before a view fails on them with a 500.

    - A NUL character (%00) in a URL path, or in the admin's query string: 400, the site's
      page. Wagtail's admin sends path segments (the content type named in the URL) and query
      parameters (?locale= of the usage report) to the database unchecked, and PostgreSQL
      refuses a NUL in a query with a DataError. The public views clean their query strings
      themselves: the search answers a query with a NUL (tests/test_search_bad_input.py).
    - A ``next`` (query or form) that is not a path on this site, in the admin: dropped, and
      the editor goes where Wagtail sends them without one. Wagtail's views redirect() to it,
      which reverses a value without "/" or "." as a view name: NoReverseMatch.
    - The DELETE method to a Wagtail admin delete view: 405. Wagtail deletes what its form
      confirms (a POST), checking in form_valid that nothing protects the object and logging
      the deletion; Django's DeletionMixin.delete(), still routed for DELETE, skips both and
      raised ProtectedError for a snippet others refer to.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            raise BadRequest("A NUL character in the URL path.")
        query = unquote_url(request.META.get("QUERY_STRING", ""))
        if request.path_info.startswith("/admin/") and "\x00" in query:
            raise BadRequest("A NUL character in the admin's query string.")
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path_info.startswith("/admin/"):
            # Here, not on the way in: the form is read once the request is fully set up.
            drop_foreign_next(request)
        view_class = getattr(view_func, "view_class", None)
        if (
            request.method == "DELETE"
            and isinstance(view_class, type)
            and issubclass(view_class, WagtailDeleteView)
        ):
            return HttpResponseNotAllowed(["GET", "POST"])
        return None
