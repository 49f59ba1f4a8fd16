"""Certificates: issued once when a course is passed, verifiable by anyone with the code, revoked
by staff for a reason, downloadable as a PDF with a QR code of the verification address."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
import zxingcpp
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from PIL import Image
from pypdf import PdfReader

from accounts.erasure import erase
from accounts.models import ErasureRequest
from accounts.personal_data import personal_data
from certificates import codes, issuing
from certificates.models import Certificate
from certificates.permissions import STAFF_GROUP
from core.models import SiteFooter
from elearning.models import LessonCompletion, QuizPage
from tests.factories import locale
from tests.factories_elearning import (
    add_course,
    answers,
    make_advisor,
    make_course,
    quiz_of,
    start,
    submit,
    translate_course,
)
from tests.roles import staff_group
from tests.test_concurrency import all_at_once

CODE = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$")


@pytest.fixture
def advisor(db):
    user = make_advisor("lucja")
    user.first_name, user.last_name = "Łucja", "Żółkiewska"
    user.save()
    return user


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


@pytest.fixture
def course(home):
    course = make_course(home, lessons=2)
    # A second block, never passed here: the advisor certificate for all the blocks stays
    # out of these tests (tests/test_advisor_certificate.py).
    add_course(course.get_parent(), title="Woda i ścieki", slug="woda", lessons=1)
    return course


def complete_lessons(client, course) -> None:
    for part in course.get_children().specific():
        if not isinstance(part, QuizPage):
            client.post(part.url + "complete/")


def take_quiz(client, course, *, right: bool = True) -> None:
    quiz = quiz_of(course)
    attempt = start(client, quiz)
    submit(client, quiz, attempt, answers(attempt, quiz, right=right))


def pass_course(client, course) -> Certificate:
    complete_lessons(client, course)
    take_quiz(client, course)
    return Certificate.objects.get(course_key=course.translation_key)


def verify_url(code: str, language: str = "pl") -> str:
    return f"/{language}/certificates/verify/{code}/"


def text_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


# Issuing ------------------------------------------------------------------------------------


def test_passing_the_course_issues_a_certificate_with_a_grouped_code_score_and_date(
    signed_in, advisor, course
):
    before = timezone.now()
    certificate = pass_course(signed_in, course)

    assert CODE.match(certificate.code)
    assert certificate.user == advisor
    assert certificate.score == 100
    assert before <= certificate.issued_at <= timezone.now()
    assert certificate.course.pk == course.pk and certificate.course_title == course.title


def test_the_certificate_page_gives_the_same_code_every_time(signed_in, course):
    certificate = pass_course(signed_in, course)

    pages = [text_of(signed_in.get(course.url + "certificate/")) for _ in range(2)]

    assert all(certificate.code in page for page in pages)
    assert Certificate.objects.count() == 1


def test_issuing_again_returns_the_certificate_already_issued(signed_in, advisor, course):
    first = pass_course(signed_in, course)

    assert issuing.issue(advisor, course) == first
    assert Certificate.objects.get().code == first.code


def test_a_failed_quiz_gives_no_certificate(signed_in, advisor, course):
    complete_lessons(signed_in, course)
    take_quiz(signed_in, course, right=False)

    assert signed_in.get(course.url + "certificate/").status_code == 404
    assert issuing.issue(advisor, course) is None
    assert not Certificate.objects.exists()


def test_a_passed_quiz_with_lessons_left_waits_and_the_last_lesson_dates_the_certificate(
    signed_in, advisor, course
):
    take_quiz(signed_in, course)
    assert not Certificate.objects.exists()
    assert signed_in.get(course.url + "certificate/").status_code == 404

    complete_lessons(signed_in, course)
    response = signed_in.get(course.url + "certificate/")

    certificate = Certificate.objects.get()
    last_lesson = LessonCompletion.objects.filter(user=advisor).latest("completed_at")
    assert response.status_code == 200 and certificate.code in text_of(response)
    assert certificate.issued_at == last_lesson.completed_at


def test_a_later_failed_attempt_keeps_the_certificate(signed_in, course):
    certificate = pass_course(signed_in, course)
    take_quiz(signed_in, course, right=False)

    assert signed_in.get(course.url + "certificate/").status_code == 200
    assert Certificate.objects.get().code == certificate.code


def test_one_certificate_per_course_whatever_the_language(signed_in, course):
    spanish = translate_course(course, "es")
    certificate = pass_course(signed_in, course)

    page = text_of(signed_in.get(spanish.url + "certificate/"))

    assert certificate.code in page and "Certificado" in page
    assert Certificate.objects.count() == 1


def test_a_code_already_taken_is_drawn_again(signed_in, advisor, course, monkeypatch):
    other = make_advisor("other")
    complete_lessons(signed_in, course)
    take_quiz(signed_in, course)
    taken = Certificate.objects.get()
    taken.user = other
    taken.save()
    drawn = iter([taken.code, "ABCD-EFGH-JKMN"])
    monkeypatch.setattr(issuing, "new_code", lambda: next(drawn))

    assert issuing.issue(advisor, course).code == "ABCD-EFGH-JKMN"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("parallel_database")
def test_opening_the_certificate_many_times_at_once_issues_it_once(signed_in, course):
    pass_course(signed_in, course)
    Certificate.objects.all().delete()  # passed before certificates were issued

    statuses = all_at_once(
        signed_in, lambda client: client.get(course.url + "certificate/").status_code, 10
    )

    assert statuses == [200] * 10
    assert Certificate.objects.count() == 1


def test_codes_are_read_in_any_case_with_or_without_dashes_and_lookalikes():
    assert codes.normalise("abcd efgh jkmn") == "ABCD-EFGH-JKMN"
    assert codes.normalise("ABCDEFGHJKMN") == "ABCD-EFGH-JKMN"
    assert codes.normalise("o1il-0000-0000") == "0111-0000-0000"
    assert codes.normalise("ABCD-EFGH-JKM") is None
    assert codes.normalise("UUUU-UUUU-UUUU") is None
    assert CODE.match(codes.new_code())


# Verification -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "valid", "course_title"),
    [
        ("pl", "Zaświadczenie jest ważne", "Gospodarowanie odpadami"),
        ("en", "This certificate is valid", "Course (en)"),
        # Not translated into Spanish: the course's title in the default language.
        ("es", "Este certificado es válido", "Gospodarowanie odpadami"),
    ],
)
def test_anyone_can_verify_a_certificate_in_each_language(
    signed_in, course, language, valid, course_title
):
    translate_course(course, "en")
    certificate = pass_course(signed_in, course)

    response = Client().get(verify_url(certificate.code, language))

    page = text_of(response)
    assert response.status_code == 200
    assert valid in page and course_title in page
    assert "Łucja Żółkiewska" in page and "100%" in page
    assert "lucja@example.org" not in page and "lucja " not in page


def test_the_issuer_is_the_office_the_footer_names_else_its_usual_name(signed_in, course):
    certificate = pass_course(signed_in, course)
    before = text_of(Client().get(verify_url(certificate.code)))
    SiteFooter.objects.create(
        locale=locale("pl"),
        funding_note="<p>Projekt</p>",
        address="Wojewódzki Urząd Pracy w Białymstoku – Filia\nul. Pogodna 22",
    )

    after = text_of(Client().get(verify_url(certificate.code)))

    assert "Wydane przez Wojewódzki Urząd Pracy w Białymstoku" in before
    assert "Wydane przez Wojewódzki Urząd Pracy w Białymstoku – Filia" in after
    assert "Pogodna" not in after.split("Wydane przez")[1].split("Sprawdź")[0]


def test_verification_is_never_kept_in_a_shared_cache(signed_in, course):
    certificate = pass_course(signed_in, course)

    response = Client().get(verify_url(certificate.code))

    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_code_typed_in_lower_case_without_dashes_leads_to_the_certificate(signed_in, course):
    certificate = pass_course(signed_in, course)
    typed = certificate.code.replace("-", "").lower()
    visitor = Client()

    from_form = visitor.get("/pl/certificates/verify/", {"code": typed})
    from_address = visitor.get(verify_url(typed))

    assert from_form.status_code == 302 and from_form["Location"] == verify_url(certificate.code)
    assert from_address.status_code == 302
    assert from_address["Location"] == verify_url(certificate.code)


def test_the_form_asks_for_a_code(client, db):
    response = client.get("/pl/certificates/verify/")

    assert response.status_code == 200
    assert "Kod zaświadczenia" in text_of(response)


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("pl", "Żadne zaświadczenie nie ma kodu"),
        ("en", "No certificate has the code"),
        ("es", "Ningún certificado tiene el código"),
    ],
)
def test_an_unknown_code_is_not_found_and_said_so(client, db, language, message):
    response = client.get(verify_url("ABCD-EFGH-JKMN", language))

    assert response.status_code == 404
    assert message in text_of(response)


@pytest.mark.parametrize("typed", ["nonsense", "ABCD-EFGH", "x" * 200, "<script>", "ĄĘŁ"])
def test_something_that_is_not_a_code_is_refused_with_a_message(client, db, typed):
    for response in (
        client.get("/pl/certificates/verify/", {"code": typed}),
        client.get(verify_url(typed.replace("/", ""))),
    ):
        assert response.status_code == 400
        assert "To nie jest kod zaświadczenia" in text_of(response)


@pytest.mark.parametrize(
    ("language", "revoked"),
    [
        ("pl", "Zaświadczenie zostało unieważnione"),
        ("en", "This certificate has been revoked"),
        ("es", "Este certificado ha sido revocado"),
    ],
)
def test_a_revoked_certificate_says_so_with_date_and_reason(signed_in, course, language, revoked):
    certificate = pass_course(signed_in, course)
    staff = make_advisor("staff")
    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=timezone.now(), revocation_reason="Błąd w danych", revoked_by=staff
    )

    page = text_of(Client().get(verify_url(certificate.code, language)))

    assert revoked in page and "Błąd w danych" in page
    assert str(timezone.localdate().year) in page


@pytest.mark.parametrize(
    ("language", "erased"),
    [
        ("pl", "dane osobowe posiadacza zostały usunięte na jego prośbę"),
        ("en", "the holder's personal data has been erased at their request"),
        ("es", "los datos personales del titular se han suprimido a petición suya"),
    ],
)
def test_the_holder_erased_is_confirmed_without_a_name(
    signed_in, advisor, course, language, erased
):
    certificate = pass_course(signed_in, course)
    erase(ErasureRequest.objects.create(user=advisor), by=None)

    page = text_of(Client().get(verify_url(certificate.code, language)))

    assert erased in page
    assert "Łucja" not in page and "Żółkiewska" not in page and f"erased-{advisor.pk}" not in page


# Revocation by staff ------------------------------------------------------------------------


@pytest.fixture
def staff(db):
    user = make_advisor("staff")
    user.groups.set([staff_group()])
    user.is_staff = True
    user.save()
    return user


def revoke_url(certificate: Certificate) -> str:
    return f"/admin/certificates/revoke/{certificate.pk}/"


def test_the_staff_group_is_given_the_permissions_to_see_and_revoke(db):
    group = Group.objects.get(name=STAFF_GROUP)  # as every site has it, from the migrations

    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"view_certificate", "revoke_certificate"} <= codenames


def test_staff_list_search_filter_and_export_certificates(signed_in, course, staff):
    certificate = pass_course(signed_in, course)
    admin = Client()
    admin.force_login(staff)

    listing = admin.get("/admin/certificates/", {"q": "Żółkiewska"})
    revoked_only = admin.get("/admin/certificates/", {"status": "revoked"})
    export = admin.get("/admin/certificates/", {"export": "csv"})

    assert listing.status_code == 200 and certificate.code in listing.content.decode()
    assert certificate.code not in revoked_only.content.decode()
    exported = b"".join(export.streaming_content).decode()
    assert certificate.code in exported and "Łucja Żółkiewska" in exported


def test_revoking_needs_the_permission(signed_in, advisor, course, staff):
    certificate = pass_course(signed_in, course)
    staff.groups.clear()
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    admin = Client()
    admin.force_login(staff)

    response = admin.post(revoke_url(certificate), {"reason": "Błąd"})

    assert response.status_code == 302 and "/certificates/" not in response["Location"]
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_revoking_needs_a_reason_then_shows_at_once(signed_in, course, staff):
    certificate = pass_course(signed_in, course)
    admin = Client()
    admin.force_login(staff)

    without_reason = admin.post(revoke_url(certificate), {"reason": "  "})
    with_reason = admin.post(revoke_url(certificate), {"reason": "Zaliczony przez inną osobę"})

    assert without_reason.status_code == 400
    assert with_reason.status_code == 302
    certificate.refresh_from_db()
    assert certificate.is_revoked and certificate.revoked_by == staff
    page = text_of(Client().get(verify_url(certificate.code)))
    assert "Zaświadczenie zostało unieważnione" in page and "Zaliczony przez inną osobę" in page
    assert admin.get(revoke_url(certificate)).status_code == 404
    assert signed_in.get(course.url + "certificate/pdf/").status_code == 404


def test_nobody_adds_or_edits_certificates_in_the_admin(signed_in, course):
    certificate = pass_course(signed_in, course)
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "x"))

    listing = admin.get("/admin/certificates/").content.decode()

    assert "/admin/certificates/new/" not in listing and "/edit/" not in listing
    assert admin.get(f"/admin/certificates/edit/{certificate.pk}/").status_code == 404


# The PDF ------------------------------------------------------------------------------------


def pdf_of(client, course) -> PdfReader:
    response = client.get(course.url + "certificate/pdf/")
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    return PdfReader(io.BytesIO(b"".join(response)))


def test_the_pdf_has_the_name_course_code_score_and_issuer(signed_in, course):
    certificate = pass_course(signed_in, course)

    document = pdf_of(signed_in, course)

    text = " ".join(document.pages[0].extract_text().split())
    assert "Łucja Żółkiewska" in text
    assert course.title in text and certificate.code in text and "100%" in text
    assert "Zaświadczenie o ukończeniu kursu" in text
    # PDF/A keeps the title in its XMP metadata, which viewers show as the window's title.
    xmp = document.xmp_metadata
    assert xmp.dc_title == {"x-default": f"Zaświadczenie o ukończeniu kursu: {course.title}"}
    assert document.trailer["/Root"]["/Lang"] == "pl"


def test_the_pdf_is_in_the_language_of_the_page(signed_in, course):
    english = translate_course(course, "en")
    pass_course(signed_in, course)

    document = pdf_of(signed_in, english)

    text = " ".join(document.pages[0].extract_text().split())
    assert "Certificate of completion" in text and "Course (en)" in text
    assert document.trailer["/Root"]["/Lang"] == "en"


def test_the_pdf_qr_code_is_the_verification_address(signed_in, course):
    certificate = pass_course(signed_in, course)

    document = pdf_of(signed_in, course)

    (image,) = document.pages[0].images
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(image.data)))
    assert [code.text for code in decoded] == [f"http://localhost{verify_url(certificate.code)}"]


def test_the_pdf_is_only_for_those_who_passed(signed_in, advisor, course, client):
    assert signed_in.get(course.url + "certificate/pdf/").status_code == 404
    anonymous = Client().get(course.url + "certificate/pdf/")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]


def test_without_the_font_the_holder_is_told_to_print_the_page(signed_in, course, settings):
    pass_course(signed_in, course)
    settings.ZMP_CERTIFICATE_FONT = "/nonexistent/font.ttf"

    response = signed_in.get(course.url + "certificate/pdf/", follow=True)

    assert response.redirect_chain[0][0].endswith("/certificate/")
    assert "Możesz wydrukować tę stronę" in text_of(response)


# Personal data ------------------------------------------------------------------------------


def test_the_personal_data_download_lists_the_holders_certificates_only(signed_in, advisor, course):
    certificate = pass_course(signed_in, course)
    other = make_advisor("other")
    theirs_issued = Certificate.objects.create(
        user=other,
        course_key=course.translation_key,
        course_title=course.title,
        code="ABCD-EFGH-JKMN",
        issued_at=timezone.now(),
        score=80,
    )

    mine = personal_data(advisor)["certificates"]
    theirs = personal_data(other)["certificates"]

    assert [row["code"] for row in mine] == [certificate.code]
    assert mine[0]["course"] == course.title and mine[0]["score_percent"] == 100.0
    assert [row["code"] for row in theirs] == [theirs_issued.code]


def test_the_completion_date_is_the_passing_submission(signed_in, advisor, course):
    complete_lessons(signed_in, course)
    LessonCompletion.objects.filter(user=advisor).update(
        completed_at=timezone.now() - timedelta(days=3)
    )
    take_quiz(signed_in, course)

    certificate = Certificate.objects.get()
    attempt = advisor.quiz_attempts.get()
    assert certificate.issued_at == attempt.submitted_at
