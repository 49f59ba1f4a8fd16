"""The learner's certificates (routes of the course page; the advisor certificate under "My
learning") and their public verification."""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.defaultfilters import floatformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language, gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail.models import Site

from core.page_meta import absolute
from core.site_frame import site_footer
from elearning.models import CoursePage

from . import pdf, verification
from .forms import VerifyForm
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
    """``certificate`` as a PDF in the active language, while it stands; without the fonts,
    back to its page (``page_url``) to print instead."""
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
    response = HttpResponse(pdf.render(document), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
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
            "verification": verification.verify(certificate),
            "issuer": issuer(request),
        },
    )


def _form(
    request: HttpRequest, form: VerifyForm, *, status: int = 200, unknown_code: str = ""
) -> TemplateResponse:
    return TemplateResponse(
        request,
        "certificates/verify.html",
        {"form": form, "unknown_code": unknown_code},
        status=status,
    )
