"""What the public verification page says about a certificate, and nothing more.

Anyone holding a code may check it: the course (in the reader's language where it is
translated), the date, the score, whether it still stands, and the holder's name, unless the
holder had their personal data erased (accounts.erasure), in which case the certificate is
still confirmed but names nobody. The advisor certificate gives its title and the blocks
it was earned on (the holder's course certificates) in place of a course.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F

from accounts.models import ErasureRequest
from core.i18n import for_active_locale
from elearning.models import CoursePage

from .codes import normalise
from .models import Certificate


@dataclass(frozen=True)
class Verification:
    certificate: Certificate
    course_title: str
    holder_name: str
    holder_erased: bool
    blocks: list[str]

    @property
    def is_revoked(self) -> bool:
        return self.certificate.is_revoked


def find(typed: str) -> Certificate | None:
    """The certificate with the code ``typed`` (any case, with or without dashes), if any."""
    code = normalise(typed)
    if code is None:
        return None
    return Certificate.objects.select_related("user").filter(code=code).first()


def course_title(certificate: Certificate) -> str:
    """The course's title in the active language, else the default one, else as issued; the
    advisor title for the advisor certificate."""
    if certificate.is_advisor:
        return certificate.title()
    page = for_active_locale(
        CoursePage.objects.live().filter(translation_key=certificate.course_key).only("title")
    )
    return page.title if page is not None else certificate.course_title


def block_titles(certificate: Certificate) -> list[str]:
    """The blocks an advisor certificate was earned on: the holder's course certificates, in
    the catalogue's order, titled in the active language. Empty for a course certificate."""
    if not certificate.is_advisor:
        return []
    courses = Certificate.objects.filter(
        user_id=certificate.user_id, kind=Certificate.Kind.COURSE
    ).order_by(F("course__path").asc(nulls_last=True), "issued_at")
    return [course_title(course) for course in courses]


def holder_erased(certificate: Certificate) -> bool:
    return ErasureRequest.objects.filter(
        user_id=certificate.user_id, erased_at__isnull=False
    ).exists()


def verify(certificate: Certificate) -> Verification:
    erased = holder_erased(certificate)
    return Verification(
        certificate=certificate,
        course_title=course_title(certificate),
        holder_name="" if erased else certificate.user.get_full_name(),
        holder_erased=erased,
        blocks=block_titles(certificate),
    )
