"""Each request the fuzz suite found answering 500, answered as it should be now."""

from __future__ import annotations

import pytest
from django.test import Client

from tests.factories_elearning import make_advisor, make_course
from tests.factories_polls import make_poll

OUT_OF_RANGE = "99999999999999999999999"  # beyond any database integer


@pytest.fixture
def staff(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.mark.parametrize("host", ["", "exa mple.org", "evil.example", "testserver:abc"])
def test_a_malformed_or_foreign_host_header_gets_the_bad_request_page(home, settings, host):
    settings.ALLOWED_HOSTS = ["testserver"]

    response = Client(raise_request_exception=False).get("/en/", HTTP_HOST=host)

    assert response.status_code == 400
    assert "<h1>Bad request</h1>" in response.content.decode()
    # The page answers a request with no address of ours: it offers no alternates of it.
    assert '<link rel="alternate"' not in response.content.decode()


def test_pages_on_an_allowed_host_still_carry_their_hreflang_alternates(client, home):
    response = client.get("/pl/")

    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/"' in (
        response.content.decode()
    )


def test_a_progress_report_for_a_course_id_beyond_the_database_range_is_a_bad_request(staff, home):
    make_course(home)

    response = staff.get("/admin/learning/progress/", {"course": OUT_OF_RANGE})

    assert response.status_code == 400
    assert response.context["form"].has_error("course", "invalid_choice")


@pytest.mark.parametrize("field", ["course", "advisors"])
def test_enrolling_with_an_id_beyond_the_database_range_is_a_bad_request(staff, home, field):
    course = make_course(home)
    advisor = make_advisor()
    data = {"course": course.pk, "advisors": [advisor.pk], field: OUT_OF_RANGE}

    response = staff.post("/admin/learning/enrol/", data)

    assert response.status_code == 400
    assert response.context["form"].has_error(field, "invalid_choice")


@pytest.mark.parametrize("poll_id", ["abc", "%FF", OUT_OF_RANGE])
def test_results_of_a_poll_that_cannot_exist_are_not_found(admin_user, home, poll_id):
    make_poll()
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)

    response = client.get(f"/admin/snippets/polls/poll/votes/{poll_id}/")

    assert response.status_code == 404
