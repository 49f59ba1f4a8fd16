"""The learner's certificates (routes of the course page; the advisor certificate under "My
learning"), as PDFs and as signed digital credentials, and their public verification, by code
or by credential file."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.template.defaultfilters import floatformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Site

from core.page_meta import absolute
from core.site_frame import site_footer
from elearning.models import CoursePage

from . import credentials, keys, pdf, pdf_store, tasks, verification
from .forms import CredentialUploadForm, VerifyForm
from .issuing import advisor_standing, issue
from .models import Certificate

logger = logging.getLogger("zmp.certificates")


def issuer(request: HttpRequest) -> str:
    """The office, as the footer names it (first line of its address), else the site's name,
    else the office's name as the certificate always gave it."""
    footer = site_footer(request)
    if footer is not None and footer.address_lines:
        return footer.address_lines[0]
    site = Site.find_for_request(request)
    return (site.site_name if site else "") or gettext("Regional Labour Office in Białystok")


def verification_url(request: HttpRequest, certificate: Certificate) -> str:
    """The verification page's address in the active language, with the site's own host."""
    return absolute(request, reverse("certificates:verify", args=[certificate.code]))


def holder_name(user) -> str:
    return user.get_full_name() or user.get_username()


def completed_on(certificate: Certificate) -> str:
    return formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT")


def _own_certificate(request: HttpRequest, course: CoursePage) -> Certificate:
    certificate = issue(request.user, course)
    if certificate is None:
        raise Http404(gettext("The certificate is issued once the course is passed."))
    return certificate


def course_certificate(request: HttpRequest, course: CoursePage) -> HttpResponse:
    """The learner's certificate of ``course``, issued the first time they open it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    certificate = _own_certificate(request, course)
    return course.render(
        request,
        context_overrides={
            "certificate": certificate,
            "holder_name": holder_name(request.user),
            "issuer": issuer(request),
            "verification_url": verification_url(request, certificate),
        },
        template="elearning/course_certificate.html",
    )


def course_certificate_pdf(request: HttpRequest, course: CoursePage) -> HttpResponse:
    """The certificate as a PDF in the course page's language; only while it stands."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    certificate = _own_certificate(request, course)
    return _pdf_response(
        request,
        certificate,
        title=course.title,
        page_url=course.url + course.reverse_subpage("certificate"),
    )


def _pdf_response(
    request: HttpRequest,
    certificate: Certificate,
    *,
    title: str,
    page_url: str,
    blocks: tuple[str, ...] = (),
) -> HttpResponse:
    """``certificate`` as a PDF in the active language, while it stands: the stored one if
    it is current, else rendered by the task worker while a page says it is being prepared.
    Without the fonts, back to its page (``page_url``) to print instead."""
    if certificate.is_revoked:
        raise Http404(gettext("This certificate has been revoked."))
    if missing := pdf.missing_fonts():
        logger.error("Certificate fonts missing: %s", ", ".join(map(str, missing)))
        messages.error(
            request,
            gettext("The PDF cannot be made just now. You can print this page instead."),
        )
        return redirect(page_url)
    document = pdf.CertificateDocument(
        language=get_language(),
        holder_name=holder_name(request.user),
        course_title=title,
        completed_on=completed_on(certificate),
        score=floatformat(certificate.score, "-2"),
        issuer=issuer(request),
        code=certificate.code,
        verification_url=verification_url(request, certificate),
        advisor=certificate.is_advisor,
        blocks=blocks,
    )
    content = pdf_store.stored(certificate, document)
    if content is None and pdf_store.claim_render(certificate, document):
        tasks.render_certificate_pdf.enqueue(certificate.pk, pdf_store.task_arguments(document))
        # Where tasks run at once (tests, `make run`), it is already there.
        content = pdf_store.stored(certificate, document)
    if content is None:
        response = TemplateResponse(
            request,
            "certificates/pdf_preparing.html",
            {"certificate": certificate, "page_url": page_url, "refresh_seconds": 5},
            status=202,
        )
        patch_cache_control(response, private=True, no_store=True)
        return response
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.code}-{document.language}.pdf"'
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@login_required
def advisor_certificate(request: HttpRequest) -> HttpResponse:
    """The learner's green-jobs advisor certificate, issued the first time they open it once
    every block is passed; until then, a 404 that says how many blocks are passed."""
    standing = advisor_standing(request.user)
    certificate = standing.certificate
    if certificate is None:
        return TemplateResponse(
            request, "certificates/advisor_certificate.html", {"standing": standing}, status=404
        )
    return TemplateResponse(
        request,
        "certificates/advisor_certificate.html",
        {
            "standing": standing,
            "certificate": certificate,
            "blocks": verification.block_titles(certificate),
            "holder_name": holder_name(request.user),
            "issuer": issuer(request),
            "verification_url": verification_url(request, certificate),
        },
    )


@login_required
def advisor_certificate_pdf(request: HttpRequest) -> HttpResponse:
    certificate = advisor_standing(request.user).certificate
    if certificate is None:
        raise Http404(gettext("The green-jobs advisor certificate is not earned yet."))
    return _pdf_response(
        request,
        certificate,
        title=certificate.title(),
        page_url=reverse("elearning:advisor_certificate"),
        blocks=tuple(verification.block_titles(certificate)),
    )


# Verification is never stored by a shared cache (never_cache: private, no-store): a
# revocation or an erasure must show at once, a page names a person, and unknown codes
# typed by visitors would only fill the cache. Each check is a single indexed query.


@never_cache
@require_GET
def verify_form(request: HttpRequest) -> HttpResponse:
    """A form to type a code; a typed code leads to its verification page."""
    if "code" not in request.GET:
        return _form(request, VerifyForm())
    form = VerifyForm(request.GET)
    if not form.is_valid():
        return _form(request, form, status=400)
    return redirect("certificates:verify", code=form.cleaned_data["code"])


@never_cache
@require_POST
def verify_credential(request: HttpRequest) -> HttpResponse:
    """An uploaded credential file: its signature checked against the site's keys, then the
    certificate it names verified as its code would be."""
    upload = CredentialUploadForm(request.POST, request.FILES)
    if not upload.is_valid():
        return _form(request, VerifyForm(), upload=upload, status=400)
    checked = upload.cleaned_data["credential"]
    certificate = verification.find(checked.code or "")
    if certificate is None:
        return _form(request, VerifyForm(), status=404, signed_but_unknown=True)
    return TemplateResponse(
        request,
        "certificates/verify.html",
        {
            "form": VerifyForm(),
            "upload": CredentialUploadForm(),
            "verification": verification.verify(certificate),
            "signature_checked": True,
            "issuer": issuer(request),
        },
    )


@never_cache
@require_GET
def verify(request: HttpRequest, code: str) -> HttpResponse:
    form = VerifyForm({"code": code})
    if not form.is_valid():
        return _form(request, form, status=400)
    if form.cleaned_data["code"] != code:
        # Typed by hand in the address: the certificate's own address, as printed.
        return redirect("certificates:verify", code=form.cleaned_data["code"])
    certificate = verification.find(code)
    if certificate is None:
        return _form(request, VerifyForm(initial={"code": code}), status=404, unknown_code=code)
    return TemplateResponse(
        request,
        "certificates/verify.html",
        {
            "form": VerifyForm(),
            "upload": CredentialUploadForm(),
            "verification": verification.verify(certificate),
            "issuer": issuer(request),
        },
    )


def _form(
    request: HttpRequest,
    form: VerifyForm,
    *,
    upload: CredentialUploadForm | None = None,
    status: int = 200,
    unknown_code: str = "",
    signed_but_unknown: bool = False,
) -> TemplateResponse:
    return TemplateResponse(
        request,
        "certificates/verify.html",
        {
            "form": form,
            "upload": upload or CredentialUploadForm(),
            "unknown_code": unknown_code,
            "signed_but_unknown": signed_but_unknown,
        },
        status=status,
    )


# Digital credentials ----------------------------------------------------------------------


def site_url(request: HttpRequest) -> str:
    return absolute(request, "/")


def credential_facts(request: HttpRequest, certificate: Certificate) -> credentials.CredentialFacts:
    """What ``certificate``'s credential states, in the active language."""
    score = floatformat(certificate.score, "-2")
    if certificate.is_advisor:
        blocks = verification.block_titles(certificate)
        achievement = credentials.Achievement(
            id=credentials.ADVISOR_ACHIEVEMENT_ID,
            name=certificate.title(),
            description=gettext(
                "Every block of the green-jobs advisors' training completed, with an average "
                "quiz score of %(score)s%%: %(blocks)s."
            )
            % {"score": score, "blocks": "; ".join(blocks)},
            criteria=gettext(
                "A valid course certificate for every block of the green-jobs advisors' training."
            ),
        )
    else:
        title = verification.course_title(certificate)
        achievement = credentials.Achievement(
            id=credentials.course_achievement_id(certificate.course_key),
            name=title,
            description=gettext(
                "The course “%(course)s” of the green-jobs advisors' training, completed with "
                "a quiz score of %(score)s%%."
            )
            % {"course": title, "score": score},
            criteria=gettext("Every lesson of the course completed and its final quiz passed."),
        )
    return credentials.CredentialFacts(
        verification_url=verification_url(request, certificate),
        issuer_name=issuer(request),
        issuer_url=site_url(request),
        holder_name=holder_name(certificate.user),
        issued_at=certificate.issued_at,
        language=get_language(),
        achievement=achievement,
    )


@login_required
@require_GET
def credential(request: HttpRequest, code: str) -> HttpResponse:
    """The holder's own certificate as a signed Open Badges credential, in the active
    language; only while it stands."""
    certificate = (
        Certificate.objects.select_related("user")
        .filter(user=request.user, code=code, revoked_at__isnull=True)
        .first()
    )
    if certificate is None:
        raise Http404(gettext("You hold no valid certificate with this code."))
    try:
        token = credentials.sign(credentials.credential(credential_facts(request, certificate)))
    except keys.KeyUnavailable:
        logger.exception("Credential signing key unavailable")
        return TemplateResponse(
            request,
            "certificates/credential_unavailable.html",
            {"certificate": certificate},
            status=503,
        )
    response = HttpResponse(token, content_type=credentials.MEDIA_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.code}-{get_language()}.jwt"'
    )
    patch_cache_control(response, private=True, no_store=True)
    return response


@require_GET
def jwks(request: HttpRequest) -> JsonResponse:
    """The site's public keys (JWK Set): anyone may check a credential with them, offline."""
    response = JsonResponse(keys.public_key_set(), content_type="application/jwk-set+json")
    # Public and rarely changing; an hour keeps a new key from waiting long to be seen.
    patch_cache_control(response, public=True, max_age=3600)
    response["Access-Control-Allow-Origin"] = "*"
    return response
