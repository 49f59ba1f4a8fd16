"""No request answers 500: every URL pattern as every role, with hostile arguments, hosts,
query strings, methods and bodies.

Each test sends its requests through Django's test client with
``raise_request_exception=False``, so a server error is a response to count; it collects
every (method, path, role, exception) that answered 500 or more and fails with the list.
The examples are drawn by hypothesis from a seed: fixed in CI (``CI`` is set) so every build
probes the same requests, random elsewhere so each run probes new ones. The seed is printed
in the terminal summary; ``ZMP_FUZZ_SEED=<seed>`` runs the same examples again.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, seed
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.roles import (
    ANONYMOUS,
    ROLES,
    DataSet,
    Route,
    all_routes,
    module_dataset,
    page_urls,
    valid_arguments,
)

SEED = int(
    os.environ.get("ZMP_FUZZ_SEED") or (0 if os.environ.get("CI") else random.getrandbits(32))
)


def examples(count: int):
    """Hypothesis settings for one probe: bounded, no deadline (the admin is slow on 2 cores)."""
    return hypothesis_settings(
        max_examples=count,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )


# --- Hostile values -------------------------------------------------------------------------

HUGE_NUMBERS = [
    "0",
    "2147483648",  # one past a 32-bit integer
    "9223372036854775808",  # one past PostgreSQL's bigint and SQLite's INTEGER
    "99999999999999999999999999999999",
    "1" + "0" * 400,
]
HOSTILE_TEXTS = [
    "..",
    "%2E%2E",
    "%00",
    "a%00b",
    "%FF",  # not UTF-8
    "%C3%28",  # an invalid UTF-8 sequence
    "%ED%A0%80",  # an encoded surrogate
    "%C0%AF",  # an overlong "/"
    "za%C5%BC%C3%B3%C5%82%C4%87",  # zażółć
    "%F0%9F%98%80",  # an emoji
    "%E2%80%AE",  # right-to-left override
    "x" * 4096,
    "-1",
    "1e9",
    "1.5",
    "None",
    "%27%22%3E%3Cscript%3E",
    "%25",
    "%20",
]
int_values = st.one_of(
    st.sampled_from(HUGE_NUMBERS), st.integers(min_value=0, max_value=2**70).map(str)
)
text_values = st.one_of(
    st.sampled_from(HOSTILE_TEXTS),
    st.text(min_size=1, max_size=40).map(lambda text: quote(text, safe="")),
)
uuid_values = st.one_of(
    st.uuids().map(str), st.just("00000000-0000-0000-0000-000000000000"), text_values
)


def hostile_value(converter: str, valid: str) -> st.SearchStrategy[str]:
    """A value the converter accepts but the view may not expect, or a wrong type, or the
    valid value (so the request gets past the first argument to the next)."""
    hostile = {"int": int_values, "uuid": uuid_values}.get(converter, text_values)
    return st.one_of(st.just(valid), hostile, text_values)


# --- Sending and counting -------------------------------------------------------------------


@dataclass
class ServerError:
    method: str
    path: str
    role: str
    error: str

    def __str__(self) -> str:
        return f"{self.method} {self.path[:200]} as {self.role}: {self.error}"


@dataclass
class Tally:
    """Requests made by the whole module, for the terminal summary."""

    requests: int = 0
    server_errors: int = 0


TALLY = Tally()


@dataclass
class Probe:
    """Sends requests as each role and keeps every answer of 500 or more."""

    clients: dict[str, Client]
    requests: int = 0
    errors: list[ServerError] = field(default_factory=list)

    def send(self, role: str, method: str, path: str, *, client: Client | None = None, **extra):
        client = client or self.clients[role]
        response = client.generic(method, path, **extra)
        self.requests += 1
        TALLY.requests += 1
        if response.status_code >= 500:
            error = response.exc_info[1] if response.exc_info else None
            TALLY.server_errors += 1
            self.errors.append(
                ServerError(method, path, role, f"{response.status_code} {error!r}"[:300])
            )
        return response

    def assert_no_server_errors(self, at_least: int) -> None:
        unique = list(dict.fromkeys(str(error) for error in self.errors))
        assert not unique, (
            f"{len(self.errors)} of {self.requests} requests answered 500 or more "
            f"(ZMP_FUZZ_SEED={SEED}):\n" + "\n".join(unique[:40])
        )
        assert self.requests >= at_least


class FuzzSummary:
    """Prints how many requests the fuzz suite made, and with which seed."""

    def pytest_terminal_summary(self, terminalreporter) -> None:
        terminalreporter.write_sep("-", "fuzz")
        terminalreporter.write_line(
            f"{TALLY.requests} requests, {TALLY.server_errors} answered 500 or more "
            f"(ZMP_FUZZ_SEED={SEED})"
        )


# --- The data set and the clients -----------------------------------------------------------


@pytest.fixture(scope="module")
def dataset(request, django_db_setup, django_db_blocker) -> DataSet:
    """One site for the whole module, rolled back at its end; each test rolls back its own."""
    if not request.config.pluginmanager.has_plugin("zmp-fuzz-summary"):
        request.config.pluginmanager.register(FuzzSummary(), "zmp-fuzz-summary")
    with module_dataset(django_db_blocker) as data:
        yield data


@pytest.fixture
def probe(db, dataset) -> Probe:
    clients = {}
    for role in ROLES:
        client = Client(raise_request_exception=False)
        if role != ANONYMOUS:
            client.force_login(dataset.users[role])
        clients[role] = client
    return Probe(clients)


@pytest.fixture(scope="module")
def routes() -> list[Route]:
    return all_routes()


roles = st.sampled_from(ROLES)


# --- Probes ---------------------------------------------------------------------------------


def test_every_url_pattern_with_out_of_range_arguments_answers_without_a_server_error(
    probe, routes
):
    """Each pattern once, its arguments the largest numbers and broken text, in turn per role."""
    for index, route in enumerate(routes):
        values = {}
        for position, (name, converter) in enumerate(route.parameters):
            if converter == "int":
                values[name] = HUGE_NUMBERS[3]
            elif converter == "uuid":
                values[name] = "00000000-0000-0000-0000-000000000000"
            else:
                values[name] = HOSTILE_TEXTS[(index + position) % len(HOSTILE_TEXTS)]
        probe.send(ROLES[index % len(ROLES)], "GET", route.fill(values))
    probe.assert_no_server_errors(at_least=len(routes))


def test_url_patterns_with_hostile_arguments_answer_without_a_server_error(probe, routes, dataset):
    @seed(SEED)
    @examples(400)
    @given(data=st.data())
    def request(data):
        # Half the draws go to the project's own views, which are few among Wagtail's.
        own = [route for route in routes if not route.module.startswith("wagtail.")]
        route = data.draw(st.sampled_from(own) | st.sampled_from(routes), label="route")
        valid = valid_arguments(route, dataset)
        values = {
            name: data.draw(hostile_value(converter, valid[name]), label=name)
            for name, converter in route.parameters
        }
        method = data.draw(st.sampled_from(["GET", "GET", "POST"]), label="method")
        probe.send(data.draw(roles, label="role"), method, route.fill(values))

    request()
    probe.assert_no_server_errors(at_least=400)


def public_and_admin_paths(routes: list[Route], dataset: DataSet) -> list[str]:
    """Every page (and routable subpage) of the data set, and every route with real arguments."""
    paths = list(page_urls(dataset).values())
    paths += [route.fill(valid_arguments(route, dataset)) for route in routes]
    return list(dict.fromkeys(paths))


@pytest.fixture
def paths(routes, dataset) -> list[str]:
    return public_and_admin_paths(routes, dataset)


def test_pages_and_their_subpages_with_hostile_path_segments_answer_without_a_server_error(
    probe, dataset
):
    urls = list(page_urls(dataset).values())

    @seed(SEED)
    @examples(150)
    @given(data=st.data())
    def request(data):
        url = data.draw(st.sampled_from(urls), label="page")
        segment = data.draw(st.one_of(text_values, int_values, uuid_values), label="segment")
        tail = data.draw(st.sampled_from(["/", "/result/", "/ics/", ""]), label="tail")
        method = data.draw(st.sampled_from(["GET", "POST"]), label="method")
        probe.send(data.draw(roles, label="role"), method, f"{url}{segment}{tail}")

    request()
    probe.assert_no_server_errors(at_least=150)


QUERY_KEYS = [
    "page",
    "p",
    "q",
    "query",
    "topic",
    "sector",
    "subregion",
    "language",
    "locale",
    "next",
    "ordering",
    "untranslated",
    "course",
    "id",
    "search",
    "collection_id",
    "tag",
    "multiple",
]
QUERY_VALUES = [
    "-1",
    "0",
    "1e9",
    "99999999999999999999999999",
    "1" + "0" * 400,
    "%FF%FE",
    "%C3%28",
    "%00",
    "",
    "x" * 3000,
    "last",
    "http://evil.example/",
    "//evil.example",
    "%2Fadmin%2F",
]
query_values = st.one_of(st.sampled_from(QUERY_VALUES), text_values)
query_strings = st.lists(
    st.tuples(st.sampled_from(QUERY_KEYS), query_values), min_size=1, max_size=4
).map(lambda pairs: "&".join(f"{key}={value}" for key, value in pairs + pairs[:1]))


def test_hostile_query_strings_answer_without_a_server_error(probe, paths):
    @seed(SEED)
    @examples(250)
    @given(path=st.sampled_from(paths), query=query_strings, role=roles)
    def request(path, query, role):
        probe.send(role, "GET", f"{path}?{query}")

    request()
    probe.assert_no_server_errors(at_least=250)


# Hosts Django refuses (malformed, or not in ALLOWED_HOSTS): each must answer 400.
MALFORMED_HOSTS = [
    "",
    "exa mple.org",
    "evil.example",  # well formed, but not one of the site's hosts
    "testserver:abc",
    "[::1",
    "ex@mple.org",
    "évil.example",
    "testserver/../admin",
    "a" * 300,
    "testserver\x00",
    "testserver, evil.example",
    "testserver:80:80",
]


# Django takes any digits as the port of an allowed host: odd, but answered as usual.
ODD_HOST = "testserver:99999999"


def test_malformed_host_headers_answer_400_not_a_server_error(probe, paths, settings):
    # Production lists its hosts; the test settings' "*" would accept any well-formed one.
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]
    not_refused = []

    @seed(SEED)
    @examples(120)
    @given(
        path=st.sampled_from(paths),
        host=st.sampled_from([*MALFORMED_HOSTS, ODD_HOST]),
        forwarded=st.booleans(),
        role=roles,
    )
    def request(path, host, forwarded, role):
        headers = {"HTTP_X_FORWARDED_HOST": host} if forwarded else {"HTTP_HOST": host}
        response = probe.send(role, "GET", path, **headers)
        if not forwarded and host != ODD_HOST and response.status_code != 400:
            not_refused.append((path, host, response.status_code))

    request()
    probe.assert_no_server_errors(at_least=120)
    assert not not_refused


def test_wrong_methods_answer_without_a_server_error(probe, paths):
    @seed(SEED)
    @examples(200)
    @given(
        path=st.sampled_from(paths),
        method=st.sampled_from(["PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE"]),
        role=roles,
    )
    def request(path, method, role):
        probe.send(role, method, path)

    request()
    probe.assert_no_server_errors(at_least=200)


def test_posts_without_a_csrf_token_are_refused_not_a_server_error(probe, paths, dataset):
    strict = {}
    for role in ROLES:
        strict[role] = Client(enforce_csrf_checks=True, raise_request_exception=False)
        if role != ANONYMOUS:
            strict[role].force_login(dataset.users[role])

    @seed(SEED)
    @examples(150)
    @given(path=st.sampled_from(paths), role=roles)
    def request(path, role):
        probe.send(role, "POST", path, client=strict[role], data="a=1")

    request()
    probe.assert_no_server_errors(at_least=150)


FORM_FIELDS = [
    "poll",
    "choice",
    "next",
    "csrfmiddlewaretoken",
    "username",
    "password",
    "email",
    "name",
    "privacy_consent",
    "file",
    "course",
    "advisors",
    "title",
    "slug",
    "q-1",
    "action-publish",
]
form_bodies = st.lists(st.tuples(st.sampled_from(FORM_FIELDS), query_values), max_size=5).map(
    lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
)
MULTIPART = "multipart/form-data; boundary=zmp"
junk_bodies = st.one_of(
    form_bodies.map(lambda body: ("application/x-www-form-urlencoded", body.encode())),
    st.binary(max_size=200).map(lambda body: ("application/x-www-form-urlencoded", body)),
    st.binary(max_size=200).map(lambda body: (MULTIPART, body)),
    st.just(
        (
            MULTIPART,
            b'--zmp\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nx',
        )
    ),
    st.just(("multipart/form-data", b"no boundary")),
    st.just(("multipart/form-data; boundary=" + "b" * 200, b"--x--")),
    st.binary(max_size=200).map(lambda body: ("application/json", body)),
    st.just(("application/json", b'{"poll": 1e999, "choice": [null]}')),
    st.just(("text/plain; charset=utf-99", b"poll=1")),
    st.just(("application/x-www-form-urlencoded; charset=latin-9", b"poll=%FF")),
    st.just(("application/x-www-form-urlencoded", b"a=" + b"x" * (3 * 1024 * 1024))),
    st.just(("application/x-www-form-urlencoded", b"&".join(b"k%d=v" % n for n in range(1200)))),
)


def test_junk_bodies_and_content_types_answer_without_a_server_error(probe, paths):
    @seed(SEED)
    @examples(250)
    @given(path=st.sampled_from(paths), body=junk_bodies, role=roles)
    def request(path, body, role):
        content_type, data = body
        probe.send(role, "POST", path, data=data, content_type=content_type)

    request()
    probe.assert_no_server_errors(at_least=250)
