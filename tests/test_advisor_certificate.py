"""The "Green-jobs advisor" certificate: issued once a learner holds a valid course certificate
for every block of the training (the catalogue's live courses), verifiable like any other."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from pypdf import PdfReader

from accounts.personal_data import personal_data
from certificates import issuing, revocation
from certificates.models import Certificate
from elearning.models import CoursePage
from home.models import HomePage
from tests.factories_elearning import CatalogueFactory, add_course, make_advisor
from tests.roles import staff_group
from tests.test_certificates import complete_lessons, take_quiz, text_of, verify_url

BLOCKS = [
    "Gospodarka odpadami",
    "Odnawialne źródła energii",
    "Powietrze i klimat",
    "Woda i ścieki",
    "Administracja",
]
ADVISOR_URL = "/{language}/learning/advisor-certificate/"
TITLES = {
    "pl": "Doradca ds. zielonych miejsc pracy",
    "en": "Green-jobs advisor",
    "es": "Asesor de empleos verdes",
}


@pytest.fixture(scope="module")
def module_advisor(module_home, django_db_blocker) -> int:
    """The advisor, created once for the module (rolled back with ``module_home``)."""
    assert module_home is not None, "module_advisor needs the module's transaction (module_home)"
    with django_db_blocker.unblock():
        user = make_advisor("lucja")
        user.first_name, user.last_name = "Łucja", "Żółkiewska"
        user.save()
        return user.pk


@pytest.fixture
def advisor(module_advisor, home):
    # A fresh instance per test: a test that changes it in memory does not leak into the next.
    # ``home`` (unused) is what makes ``module_home`` open the module's transaction.
    return get_user_model().objects.get(pk=module_advisor)


@pytest.fixture
def signed_in(client, advisor):
    client.force_login(advisor)
    return client


def make_blocks(home) -> list[CoursePage]:
    """The training: a catalogue of five courses (the blocks), in ``BLOCKS`` order."""
    catalogue = CatalogueFactory(parent=home)
    return [
        add_course(catalogue, title=title, slug=f"blok-{number}", lessons=1)
        for number, title in enumerate(BLOCKS)
    ]


@pytest.fixture(scope="module")
def module_blocks(module_home, django_db_blocker) -> list[int]:
    """The five blocks, built once for the module (rolled back with ``module_home``)."""
    assert module_home is not None, "module_blocks needs the module's transaction (module_home)"
    with django_db_blocker.unblock():
        return [block.pk for block in make_blocks(HomePage.objects.get(pk=module_home))]


@pytest.fixture
def blocks(module_blocks, home) -> list[CoursePage]:
    # Fresh instances per test (see ``advisor``).
    return [CoursePage.objects.get(pk=pk) for pk in module_blocks]


def pass_block(client, course) -> Certificate:
    complete_lessons(client, course)
    take_quiz(client, course)
    return Certificate.objects.get(course_key=course.translation_key)


def advisor_certificates() -> list[Certificate]:
    return list(Certificate.objects.filter(kind=Certificate.Kind.ADVISOR))


def earn(client, blocks) -> Certificate:
    for course in blocks:
        pass_block(client, course)
    (certificate,) = advisor_certificates()
    return certificate


# Issuing ------------------------------------------------------------------------------------


def test_four_blocks_of_five_give_no_advisor_certificate(signed_in, advisor, blocks):
    for course in blocks[:4]:
        pass_block(signed_in, course)

    response = signed_in.get(ADVISOR_URL.format(language="pl"))

    assert advisor_certificates() == []
    assert issuing.issue_advisor(advisor) is None
    assert response.status_code == 404
    assert "Zaliczono 4 z 5 bloków" in text_of(response)


def test_the_fifth_block_issues_it_once_dated_by_the_latest_course_certificate(
    signed_in, advisor, blocks
):
    course_certificates = [pass_block(signed_in, course) for course in blocks]

    (certificate,) = advisor_certificates()
    assert certificate.user == advisor and certificate.course_key is None
    assert certificate.issued_at == max(c.issued_at for c in course_certificates)
    assert issuing.issue_advisor(advisor) == certificate
    signed_in.get(ADVISOR_URL.format(language="pl"))
    assert len(advisor_certificates()) == 1


def test_the_score_is_the_mean_of_the_course_scores(signed_in, blocks):
    for course, score in zip(blocks[:4], ["80", "90", "75.5", "100"], strict=True):
        certificate = pass_block(signed_in, course)
        Certificate.objects.filter(pk=certificate.pk).update(score=Decimal(score))

    certificate = earn(signed_in, blocks[4:])

    assert certificate.score == Decimal("89.10")  # (80 + 90 + 75.5 + 100 + 100) / 5


def test_the_page_gives_the_same_code_every_time(signed_in, blocks):
    certificate = earn(signed_in, blocks)

    pages = [text_of(signed_in.get(ADVISOR_URL.format(language=lang))) for lang in TITLES]

    assert all(certificate.code in page for page in pages)
    assert len(advisor_certificates()) == 1


def test_a_learner_who_passed_before_it_existed_gets_it_when_opening_it(signed_in, blocks):
    code = earn(signed_in, blocks).code
    Certificate.objects.filter(kind=Certificate.Kind.ADVISOR).delete()

    response = signed_in.get(ADVISOR_URL.format(language="pl"))

    (certificate,) = advisor_certificates()
    assert response.status_code == 200 and certificate.code in text_of(response)
    assert certificate.code != code


def test_a_revoked_course_certificate_keeps_it_from_being_issued(signed_in, advisor, blocks):
    first = pass_block(signed_in, blocks[0])
    revocation.revoke(first, reason="Błąd", by=None)

    for course in blocks[1:]:
        pass_block(signed_in, course)

    assert advisor_certificates() == []
    assert "Zaliczono 4 z 5 bloków" in text_of(signed_in.get("/pl/learning/"))


def test_revoking_a_course_certificate_later_leaves_the_advisor_one_standing(
    signed_in, advisor, blocks
):
    certificate = earn(signed_in, blocks)
    revocation.revoke(
        Certificate.objects.get(course_key=blocks[0].translation_key), reason="Błąd", by=None
    )

    page = text_of(signed_in.get(ADVISOR_URL.format(language="pl")))
    verified = text_of(Client().get(verify_url(certificate.code)))

    assert certificate.code in page
    assert issuing.issue_advisor(advisor) == certificate
    assert "Zaświadczenie jest ważne" in verified


def test_the_rule_follows_the_catalogue_not_a_fixed_number(signed_in, blocks):
    blocks[4].unpublish()

    for course in blocks[:4]:
        pass_block(signed_in, course)

    assert len(advisor_certificates()) == 1


# Pages --------------------------------------------------------------------------------------


def test_anonymous_visitors_are_asked_to_sign_in_and_nothing_is_cached(db):
    for url in ("/pl/learning/advisor-certificate/", "/pl/learning/advisor-certificate/pdf/"):
        response = Client().get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        assert {"private", "no-store"} <= {
            directive.strip() for directive in response["Cache-Control"].split(",")
        }


def test_not_yet_earned_is_a_404_that_says_why(signed_in, blocks):
    pass_block(signed_in, blocks[0])

    page = signed_in.get("/en/learning/advisor-certificate/")
    document = signed_in.get("/en/learning/advisor-certificate/pdf/")

    assert page.status_code == 404 and document.status_code == 404
    assert "1 of 5 blocks passed" in text_of(page)
    assert "every block of the training" in text_of(page)


def test_my_learning_counts_the_blocks_then_links_the_certificate(signed_in, blocks):
    for course in blocks[:3]:
        pass_block(signed_in, course)
    before = signed_in.get("/en/learning/")

    for course in blocks[3:]:
        pass_block(signed_in, course)
    after = signed_in.get("/en/learning/")

    assert "3 of 5 blocks passed" in text_of(before)
    assert "/en/learning/advisor-certificate/" not in before.content.decode()
    assert "blocks passed" not in text_of(after)
    assert 'href="/en/learning/advisor-certificate/"' in after.content.decode()


@pytest.mark.parametrize("language", ["pl", "en", "es"])
def test_anyone_verifies_it_with_the_title_in_their_language(signed_in, blocks, language):
    certificate = earn(signed_in, blocks)

    response = Client().get(verify_url(certificate.code, language))

    page = text_of(response)
    assert response.status_code == 200
    assert TITLES[language] in page and "Łucja Żółkiewska" in page
    assert all(title in page for title in BLOCKS)


def test_the_pdf_names_the_holder_and_the_five_blocks(signed_in, blocks):
    certificate = earn(signed_in, blocks)

    response = signed_in.get("/pl/learning/advisor-certificate/pdf/")

    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    document = PdfReader(io.BytesIO(b"".join(response)))
    assert len(document.pages) == 1
    text = " ".join(document.pages[0].extract_text().split())
    assert "Łucja Żółkiewska" in text and certificate.code in text
    assert TITLES["pl"] in text and "100%" in text
    assert all(title in text for title in BLOCKS)
    assert document.xmp_metadata.dc_title == {"x-default": f"Zaświadczenie: {TITLES['pl']}"}


def test_the_pdf_is_in_the_language_of_the_address(signed_in, blocks):
    earn(signed_in, blocks)

    response = signed_in.get("/es/learning/advisor-certificate/pdf/")

    document = PdfReader(io.BytesIO(b"".join(response)))
    text = " ".join(document.pages[0].extract_text().split())
    assert TITLES["es"] in text
    assert document.trailer["/Root"]["/Lang"] == "es"


def test_a_revoked_advisor_certificate_is_not_downloaded(signed_in, blocks):
    certificate = earn(signed_in, blocks)
    revocation.revoke(certificate, reason="Błąd", by=None)

    assert signed_in.get("/pl/learning/advisor-certificate/pdf/").status_code == 404
    assert "unieważnione" in text_of(signed_in.get("/pl/learning/advisor-certificate/"))


# Staff and personal data --------------------------------------------------------------------


def test_staff_filter_the_listing_by_kind(signed_in, blocks):
    certificate = earn(signed_in, blocks)
    staff = make_advisor("staff")
    staff.groups.set([staff_group()])
    staff.is_staff = True
    staff.save()
    admin = Client()
    admin.force_login(staff)

    advisors = admin.get("/admin/certificates/", {"kind": "advisor"}).content.decode()
    courses = admin.get("/admin/certificates/", {"kind": "course"}).content.decode()

    assert certificate.code in advisors and certificate.code not in courses
    assert advisors.count("<tr") < courses.count("<tr")


def test_the_revoke_screen_says_the_advisor_certificate_is_not_revoked_with_a_course(
    signed_in, blocks
):
    earn(signed_in, blocks)
    course_certificate = Certificate.objects.filter(kind=Certificate.Kind.COURSE).first()
    admin = Client()
    admin.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "x"))

    page = text_of(admin.get(f"/admin/certificates/revoke/{course_certificate.pk}/"))

    assert "nie unieważnia zaświadczenia doradcy ds. zielonych miejsc pracy" in page


def test_the_personal_data_download_includes_it(signed_in, advisor, blocks):
    certificate = earn(signed_in, blocks)

    rows = personal_data(advisor)["certificates"]

    (row,) = [row for row in rows if row["kind"] == "advisor"]
    assert row["code"] == certificate.code and row["score_percent"] == 100.0
    assert len(rows) == 6
    assert personal_data(get_user_model().objects.create_user("other"))["certificates"] == []
