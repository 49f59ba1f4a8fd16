"""Load test: ``python -m bench.load`` (``make bench-load``).

Sets up the production stack on this machine (bench/stack.py): a throwaway PostgreSQL
database with the demo content, 100 advisor accounts and an editor, Redis as the cache,
gunicorn with the production settings and ``deploy/gunicorn.conf.py``, and the task worker.
Then 100 simulated advisors, each a thread with its own cookies, sign in, open "My
learning", enrol, read lessons and mark them complete, and take quizzes, while an editor
publishes news every second. A tenth of the quiz forms are sent twice at once, as a double
click would. It prints throughput and per-step latencies, counts every error, then checks
in PostgreSQL that each attempt the advisors submitted is stored exactly once, graded,
with the answers they sent and the score they were shown. The exit status is non-zero if
anything failed. The servers are stopped and the database dropped even on Ctrl-C.

The advisors talk HTTP/1.1 to gunicorn as the reverse proxy would, with
``X-Forwarded-Proto: https``: the site believes it is served over HTTPS, so its secure
cookies, CSRF origin checks and redirects behave as in production.
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import os
import random
import re
import secrets
import statistics
import sys
import threading
import time
import traceback
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from email.message import Message
from functools import cached_property
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urljoin, urlsplit

from bench.stack import POSTGRES_URL, Stack, production_environment, run_benchmark

DATABASE_NAME = os.environ.get("ZMP_BENCH_DATABASE", "zmp_bench_load")
DATABASE_URL = f"{POSTGRES_URL}/{DATABASE_NAME}"
# A Redis database number of the benchmark's own, flushed before and after the run.
REDIS_URL = os.environ.get("ZMP_BENCH_REDIS", "redis://127.0.0.1:6379/5")
HOST = "127.0.0.1"

# What cms/settings/production.py reads; the servers and this process share it.
ENVIRONMENT = production_environment(DATABASE_URL, REDIS_URL)
os.environ.update(ENVIRONMENT)

import django  # noqa: E402

django.setup()

from django.apps import apps  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from wagtail.models import Locale  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402

from elearning.advisors import ADVISORS_GROUP  # noqa: E402
from elearning.models import Attempt, CourseCataloguePage, CoursePage, QuizPage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402

EDITORS_GROUP = "Moderators"  # Wagtail's own group of editors who may publish
LANGUAGE = "pl"
REQUEST_TIMEOUT = 60  # seconds; a request slower than this is an error, not a wait
STEPS = (
    "login page",
    "static file",
    "sign in",
    "dashboard",
    "catalogue",
    "course",
    "enrol",
    "lesson",
    "complete lesson",
    "quiz",
    "start attempt",
    "attempt page",
    "submit answers",
    "result",
    "sign out",
)
ATTEMPT_PATH = re.compile(r"/attempt/(?P<id>[0-9a-f-]{36})/$")
SCORE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")


# Records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Failure:
    who: str
    step: str
    method: str
    path: str
    status: int | None
    detail: str

    def __str__(self) -> str:
        status = self.status if self.status is not None else "—"
        return f"{self.who}: {self.step} ({self.method} {self.path}) → {status}: {self.detail}"


@dataclass
class Submission:
    """An attempt an advisor submitted and the server accepted (answered with the result)."""

    username: str
    attempt_id: str
    answers: dict[str, set[str]]
    shown_score: Decimal | None = None


class Recorder:
    """What every advisor and the editor did, shared between their threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.failures: list[Failure] = []
        self.submissions: list[Submission] = []
        self.double_submissions = 0
        self.iterations = 0
        self.publications: list[float] = []
        self.started = self.finished = 0.0
        self.started_at = timezone.now()

    def timing(self, step: str, milliseconds: float) -> None:
        with self.lock:
            self.latencies[step].append(milliseconds)

    def failure(self, failure: Failure) -> None:
        with self.lock:
            self.failures.append(failure)

    def submitted(self, submission: Submission, *, twice: bool) -> None:
        with self.lock:
            self.submissions.append(submission)
            self.double_submissions += twice

    def iteration_done(self) -> None:
        with self.lock:
            self.iterations += 1

    def published(self, milliseconds: float) -> None:
        with self.lock:
            self.publications.append(milliseconds)


# HTML ------------------------------------------------------------------------------------


VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
VOID_ELEMENTS |= {"source", "track", "wbr"}


@dataclass(frozen=True)
class Link:
    href: str
    rel: str
    # The element's own classes and those of every element around it.
    classes: frozenset[str]


@dataclass
class Form:
    action: str
    method: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    # Radio buttons and checkboxes: name → (type, [values]).
    choices: dict[str, tuple[str, list[str]]] = field(default_factory=dict)


class Document(HTMLParser):
    """The parts of a page an advisor acts on: links, forms, assets and visible text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.links: list[Link] = []
        self.forms: list[Form] = []
        self.assets: list[str] = []
        self.texts: list[tuple[frozenset[str], str]] = []
        self._open: list[tuple[str, frozenset[str]]] = []
        self.feed(text)
        self.close()

    def _classes(self) -> frozenset[str]:
        return self._open[-1][1] if self._open else frozenset()

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        attrs = {name: value or "" for name, value in attributes}
        classes = self._classes() | frozenset(attrs.get("class", "").split())
        if attrs.get("role") == "alert":
            classes |= {"alert"}
        if tag == "a" and "href" in attrs:
            self.links.append(Link(attrs["href"], attrs.get("rel", ""), classes))
        elif tag == "form":
            self.forms.append(Form(attrs.get("action", ""), attrs.get("method", "get").lower()))
        elif tag == "input" and self.forms and attrs.get("name"):
            kind = attrs.get("type", "text").lower()
            if kind in ("radio", "checkbox"):
                self.forms[-1].choices.setdefault(attrs["name"], (kind, []))[1].append(
                    attrs.get("value", "on")
                )
            elif kind not in ("submit", "button", "image", "reset", "file"):
                self.forms[-1].fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "link" and attrs.get("rel") == "stylesheet":
            self.assets.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.assets.append(attrs["src"])
        if tag not in VOID_ELEMENTS:
            self._open.append((tag, classes))

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                return

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.texts.append((self._classes(), data.strip()))

    def hrefs(self, within: str) -> list[str]:
        return [link.href for link in self.links if within in link.classes]

    def form(self, action_ending: str) -> Form | None:
        return next((f for f in self.forms if f.action.endswith(action_ending)), None)

    def text(self, within: str) -> str:
        return " ".join(data for classes, data in self.texts if within in classes)


# HTTP ------------------------------------------------------------------------------------


@dataclass
class Response:
    method: str
    path: str
    status: int
    headers: Message
    text: str

    @cached_property
    def document(self) -> Document:
        return Document(self.text)

    @property
    def location(self) -> str:
        """The redirect's target as a path (Django may answer with a full URL)."""
        target = urlsplit(urljoin(self.path, self.headers.get("Location", "")))
        return target.path + (f"?{target.query}" if target.query else "")

    def summary(self) -> str:
        """What the page tells the user: its alert, else its title."""
        if self.status in (301, 302, 303):
            return f"redirected to {self.location}"
        shown = self.document.text("alert") or self.document.text("notice")
        if not shown:
            title = re.search(r"<title>(.*?)</title>", self.text, re.S)
            shown = title.group(1).strip() if title else self.text[:200]
        return " ".join(shown.split())[:240]


class StepFailed(Exception):
    def __init__(
        self,
        step: str,
        detail: str,
        response: Response | None = None,
        request: tuple[str, str] = ("", ""),
    ):
        super().__init__(detail)
        self.step = step
        self.detail = detail
        self.response = response
        self.method, self.path = (response.method, response.path) if response else request


class Browser:
    """One advisor's browser: its own cookies, the CSRF token of the form it submits, the
    page it came from as Referer, and one connection per request, as through a proxy."""

    def __init__(self, name: str, port: int, recorder: Recorder):
        self.name = name
        self.port = port
        self.origin = f"https://{HOST}:{port}"
        self.recorder = recorder
        self.cookies: dict[str, str] = {}
        self.lock = threading.Lock()

    def get(self, step: str, path: str, expect: tuple[int, ...] = (200,)) -> Response:
        return self.send(step, "GET", path, expect=expect)

    def submit(
        self,
        step: str,
        page: Response,
        form: Form,
        values: list[tuple[str, str]] = (),
        expect: tuple[int, ...] = (302,),
    ) -> Response:
        """Send ``form`` as the browser would: its fields, overridden and added to by
        ``values``, to its action, with the page as Referer."""
        chosen = dict(values)
        data = [(name, chosen.pop(name, value)) for name, value in form.fields]
        data += [(name, value) for name, value in values if name in chosen]
        body = urlencode(data).encode()
        action = urljoin(page.path, form.action or page.path)
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": self.origin,
            "Referer": self.origin + page.path,
        }
        return self.send(step, "POST", action, body, headers, expect)

    def send(
        self,
        step: str,
        method: str,
        path: str,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        expect: tuple[int, ...] = (200,),
    ) -> Response:
        with self.lock:
            cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        headers = {
            "X-Forwarded-Proto": "https",
            "Accept-Language": LANGUAGE,
            "User-Agent": f"zmp-bench-load ({self.name})",
            "Connection": "close",
            **({"Cookie": cookie} if cookie else {}),
            **(headers or {}),
        }
        started = time.perf_counter()
        connection = http.client.HTTPConnection(HOST, self.port, timeout=REQUEST_TIMEOUT)
        try:
            connection.request(method, path, body=body, headers=headers)
            raw = connection.getresponse()
            text = raw.read().decode("utf-8", errors="replace")
        except (OSError, http.client.HTTPException) as error:
            raise StepFailed(step, repr(error), request=(method, path)) from error
        finally:
            connection.close()
        self.recorder.timing(step, (time.perf_counter() - started) * 1000)
        self._keep_cookies(raw.headers.get_all("Set-Cookie") or [])
        response = Response(method, path, raw.status, raw.headers, text)
        if response.status not in expect:
            raise StepFailed(step, f"expected {expect}: {response.summary()}", response)
        return response

    def _keep_cookies(self, headers: list[str]) -> None:
        jar = SimpleCookie()
        for header in headers:
            jar.load(header)
        with self.lock:
            for name, morsel in jar.items():
                if morsel.value == "" or morsel["max-age"] == "0":
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value


# Advisors --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Routes:
    """Where things are on the site, from the app's URL configuration and page tree."""

    login: str
    logout: str
    dashboard: str
    catalogue: str
    course_count: int
    # How many times one advisor can take the course work before the quizzes run out.
    iterations_possible: int | None


@dataclass
class Plan:
    deadline: float
    iterations: int | None
    think: float
    double_submit: float


class Advisor:
    def __init__(
        self,
        number: int,
        username: str,
        password: str,
        routes: Routes,
        plan: Plan,
        browser: Browser,
        recorder: Recorder,
    ):
        self.number = number
        self.username = username
        self.password = password
        self.routes = routes
        self.plan = plan
        self.browser = browser
        self.recorder = recorder
        self.random = random.Random(number)
        self.courses: list[str] | None = None
        self.last_page: Response | None = None

    def run(self) -> None:
        try:
            self.session()
        except Exception as error:  # noqa: BLE001 - a fault of the bench: counted and shown
            self.recorder.failure(Failure(self.username, "bench", "", "", None, repr(error)))
            traceback.print_exc()

    def session(self) -> None:
        try:
            self.sign_in()
        except StepFailed as failed:
            self.fail(failed)
            return
        for iteration in range(self.iterations()):
            if time.monotonic() >= self.plan.deadline:
                break
            try:
                self.study(iteration)
            except StepFailed as failed:
                self.fail(failed)
            else:
                self.recorder.iteration_done()
        try:
            self.sign_out()
        except StepFailed as failed:
            self.fail(failed)

    def iterations(self) -> int:
        limits = [self.plan.iterations, self.routes.iterations_possible]
        return min((limit for limit in limits if limit is not None), default=sys.maxsize)

    def fail(self, failed: StepFailed) -> None:
        self.recorder.failure(
            Failure(
                who=self.username,
                step=failed.step,
                method=failed.method,
                path=failed.path,
                status=failed.response.status if failed.response else None,
                detail=failed.detail,
            )
        )

    def pause(self) -> None:
        """The time a person spends reading before the next click."""
        time.sleep(self.random.uniform(0.5, 1.5) * self.plan.think)

    def view(self, step: str, path: str, *, redirected: bool = False) -> Response:
        """Open a page: after reading the last one, or at once when a redirect leads there."""
        if not redirected:
            self.pause()
        self.last_page = self.browser.get(step, path)
        return self.last_page

    # The scenario ----------------------------------------------------------------------

    def sign_in(self) -> None:
        page = self.view("login page", self.routes.login)
        for asset in dict.fromkeys(page.document.assets):  # an empty browser cache, once
            self.browser.get("static file", asset)
        form = next((f for f in page.document.forms if f.method == "post"), None)
        if form is None:
            raise StepFailed("login page", "no sign-in form", page)
        self.pause()
        signed_in = self.browser.submit(
            "sign in", page, form, [("username", self.username), ("password", self.password)]
        )
        if signed_in.location != self.routes.dashboard:
            raise StepFailed("sign in", f"sent to {signed_in.location}", signed_in)

    def study(self, iteration: int) -> None:
        # Signing in leads to the dashboard; each later round starts there.
        dashboard = self.view("dashboard", self.routes.dashboard, redirected=iteration == 0)
        enrolled = dashboard.document.hrefs(within="course-row")
        index = (self.number + iteration) % self.routes.course_count
        if self.courses is None or self.courses[index] not in enrolled:
            catalogue = self.view("catalogue", self.routes.catalogue)
            self.courses = list(dict.fromkeys(catalogue.document.hrefs(within="card__title")))
            if len(self.courses) != self.routes.course_count:
                raise StepFailed("catalogue", f"{len(self.courses)} courses listed", catalogue)
        course_path = self.courses[index]
        course = self.view("course", course_path)
        lessons = list(dict.fromkeys(course.document.hrefs(within="lesson-list")))
        quiz_path = next(
            (
                link.href
                for link in course.document.links
                if "button" in link.classes and link.href.startswith(course_path)
            ),
            None,
        )
        if not lessons or quiz_path is None:
            raise StepFailed("course", "no lessons or no quiz link", course)

        count = min(len(lessons), self.random.randint(2, 4))
        enrol = course.document.form("enrol/")
        if enrol is not None:
            self.pause()
            first = self.browser.submit("enrol", course, enrol).location
        else:
            first = lessons[self.random.randrange(len(lessons) - count + 1)]
        self.read_lessons(first, count, lessons, redirected=enrol is not None)
        self.take_quiz(quiz_path)

    def read_lessons(self, path: str, count: int, lessons: list[str], redirected: bool) -> None:
        for _ in range(count):
            lesson = self.view("lesson", path, redirected=redirected)
            complete = lesson.document.form("complete/")
            if complete is not None:
                self.pause()
                following = self.browser.submit("complete lesson", lesson, complete).location
                redirected = True
            else:
                following = next((lk.href for lk in lesson.document.links if lk.rel == "next"), "")
                redirected = False
            if following not in lessons:
                return
            path = following

    def take_quiz(self, quiz_path: str) -> None:
        quiz = self.view("quiz", quiz_path)
        start = quiz.document.form("start/")
        if start is None:
            raise StepFailed("quiz", "no form to start an attempt", quiz)
        self.pause()
        started = self.browser.submit("start attempt", quiz, start)
        found = ATTEMPT_PATH.search(started.location)
        if found is None:
            raise StepFailed("start attempt", f"sent to {started.location}", started)
        attempt = self.view("attempt page", started.location, redirected=True)
        form = attempt.document.form(urlsplit(started.location).path)
        if form is None or not form.choices:
            raise StepFailed("attempt page", "no questions to answer", attempt)
        answers = {name: self.choose(kind, values) for name, (kind, values) in form.choices.items()}
        values = [(name, value) for name, chosen in answers.items() for value in chosen]

        self.pause()
        twice = self.random.random() < self.plan.double_submit
        if twice:
            graded = self.submit_twice(attempt, form, values)
        else:
            graded = self.browser.submit("submit answers", attempt, form, values)
        if not graded.location.endswith("/result/"):
            raise StepFailed("submit answers", f"sent to {graded.location}", graded)
        submission = Submission(
            username=self.username,
            attempt_id=found["id"],
            answers={name.removeprefix("q-"): set(chosen) for name, chosen in answers.items()},
        )
        self.recorder.submitted(submission, twice=twice)
        result = self.view("result", graded.location, redirected=True)
        shown = SCORE.search(result.document.text("result"))
        if shown is None:
            raise StepFailed("result", "no score shown", result)
        submission.shown_score = Decimal(shown.group(1).replace(",", "."))

    def choose(self, kind: str, values: list[str]) -> list[str]:
        if kind == "radio":
            return [self.random.choice(values)]
        return self.random.sample(values, self.random.randint(1, len(values)))

    def submit_twice(self, page: Response, form: Form, values: list) -> Response:
        """A double click: the same answers sent twice at once. One is graded (302 to the
        result) and the other refused as already submitted (409); never two grades."""
        with ThreadPoolExecutor(max_workers=2) as pool:
            sending = [
                pool.submit(self.browser.submit, "submit answers", page, form, values, (302, 409))
                for _ in range(2)
            ]
            responses = [future.result() for future in sending]
        statuses = sorted(response.status for response in responses)
        if statuses != [302, 409]:
            raise StepFailed("submit answers", f"sent twice: {statuses}, not [302, 409]")
        return next(response for response in responses if response.status == 302)

    def sign_out(self) -> None:
        page = self.last_page
        if page is None or page.document.form(self.routes.logout) is None:
            page = self.view("dashboard", self.routes.dashboard)  # no round was done
        form = page.document.form(self.routes.logout)
        if form is None:
            raise StepFailed("sign out", "no sign-out form", page)
        self.pause()
        self.browser.submit("sign out", page, form)


# The editor ------------------------------------------------------------------------------


class Editor(threading.Thread):
    """Publishes a news article every ``interval`` seconds: edits an existing one, then adds
    a new one, in turn. Through the ORM with the call the admin's page editor makes
    (``save_revision().publish()``: revision, page log, signals, the index updates queued
    for the task worker), because that editor builds its StreamField form in JavaScript,
    which a script without a browser cannot fill in faithfully."""

    def __init__(self, interval: float, recorder: Recorder):
        super().__init__(name="editor", daemon=True)
        self.interval = interval
        self.recorder = recorder
        self.stopping = threading.Event()

    def run(self) -> None:
        try:
            user = get_user_model().objects.get(username="bench-editor")
            locale = Locale.get_default()
            index = NewsIndexPage.objects.get(locale=locale)
            articles = list(NewsPage.objects.live().filter(locale=locale))
            number = 0
            while not self.stopping.wait(self.interval):
                started = time.perf_counter()
                try:
                    if number % 2 == 0 and articles:
                        self.edit(articles[(number // 2) % len(articles)].pk, number, user)
                    else:
                        self.add(index, number, user)
                except Exception as error:  # noqa: BLE001 - counted and shown, fails the run
                    self.recorder.failure(
                        Failure("editor", "publish", "ORM", "", None, repr(error))
                    )
                    traceback.print_exc()
                else:
                    self.recorder.published((time.perf_counter() - started) * 1000)
                number += 1
        finally:
            connection.close()

    def edit(self, pk: int, number: int, user) -> None:
        article = NewsPage.objects.get(pk=pk)
        article.lead = re.sub(r" \(aktualizacja \d+\)$", "", article.lead)
        article.lead += f" (aktualizacja {number})"
        article.save_revision(user=user, log_action=True).publish(user=user)

    def add(self, index: NewsIndexPage, number: int, user) -> None:
        article = NewsPage(
            title=f"Komunikat nr {number}",
            slug=f"komunikat-{number}",
            date=timezone.localdate(),
            lead="Komunikat opublikowany w trakcie testu obciążeniowego.",
            body=[("paragraph", RichText("<p>Treść komunikatu dla doradców.</p>"))],
            live=False,
        )
        index.add_child(instance=article)
        article.save_revision(user=user, log_action=True).publish(user=user)


# Set-up, verification and report ---------------------------------------------------------


def create_accounts(count: int, password: str) -> list[str]:
    """Advisors and one editor, straight into the database: one password hash for all of
    them, since hashing 100 times would only slow the set-up down."""
    user_model = get_user_model()
    hashed = make_password(password)
    advisors = user_model.objects.bulk_create(
        user_model(
            username=f"advisor-{number:03d}",
            email=f"advisor-{number:03d}@bench.invalid",
            first_name="Doradca",
            last_name=f"{number:03d}",
            password=hashed,
        )
        for number in range(1, count + 1)
    )
    Group.objects.get(name=ADVISORS_GROUP).user_set.add(*advisors)
    editor = user_model.objects.create(username="bench-editor", password=hashed)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return [advisor.username for advisor in advisors]


def routes() -> Routes:
    locale = Locale.get_default()
    with translation.override(LANGUAGE):
        login, logout = reverse("accounts:login"), reverse("accounts:logout")
        dashboard = reverse("elearning:dashboard")
    catalogue = CourseCataloguePage.objects.live().get(locale=locale)
    course_count = CoursePage.objects.live().filter(locale=locale).count()
    allowed = [q.attempts_allowed for q in QuizPage.objects.live().filter(locale=locale)]
    possible = None if not allowed or 0 in allowed else course_count * min(allowed)
    return Routes(login, logout, dashboard, catalogue.url, course_count, possible)


def task_results():
    """django-tasks-db's results, when TASKS sends work to its queue (which ``db_worker``
    runs), else None."""
    uses_queue = any(
        backend.get("BACKEND", "").startswith("django_tasks_db.")
        for backend in getattr(settings, "TASKS", {}).values()
    )
    if not (uses_queue and apps.is_installed("django_tasks_db")):
        return None
    config = next(c for c in apps.get_app_configs() if c.name == "django_tasks_db")
    return config.get_model("DBTaskResult").objects


def check_tasks(since: datetime.datetime, wait: float = 30) -> list[str]:
    """Background tasks queued during the load all ran, and successfully (waiting up to
    ``wait`` seconds for the queue to empty). Tasks the set-up queued are reported too."""
    results = task_results()
    deadline = time.monotonic() + wait
    while results.filter(status__in=["READY", "RUNNING"]).exists():
        if time.monotonic() > deadline:
            break
        time.sleep(1)
    problems = []
    for phase, rows in (
        ("during the load", results.filter(enqueued_at__gte=since)),
        ("queued by the set-up", results.filter(enqueued_at__lt=since)),
    ):
        outcomes = Counter(
            {row["status"]: row["n"] for row in rows.values("status").annotate(n=Count("pk"))}
        )
        counts = ", ".join(f"{n} {status.lower()}" for status, n in sorted(outcomes.items()))
        print(f"Background tasks {phase}: {counts or 'none'}")
        failed = (
            rows.exclude(status="SUCCESSFUL")
            .values("status", "task_path", "exception_class_path")
            .annotate(n=Count("pk"))
        )
        for row in failed:
            line = f"{row['n']} {row['status'].lower()}: {row['task_path']}"
            line += f" ({row['exception_class_path']})" if row["exception_class_path"] else ""
            print(f"  {line}")
            if phase == "during the load":
                problems.append(f"background task {line}")
    return problems


def verify(recorder: Recorder) -> list[str]:
    """Each submission the advisors logged is one row of PostgreSQL, submitted, graded, with
    the answers they sent and the score they saw; no attempt exists that they did not log."""
    problems = []
    logged = Counter(submission.attempt_id for submission in recorder.submissions)
    for attempt_id, times in logged.items():
        if times > 1:
            problems.append(f"attempt {attempt_id} was accepted {times} times")
    rows = {
        str(attempt.pk): attempt
        for attempt in Attempt.objects.filter(pk__in=list(logged)).select_related("user")
    }
    for submission in recorder.submissions:
        attempt = rows.get(submission.attempt_id)
        if attempt is None:
            problems.append(f"{submission.attempt_id} of {submission.username} is not stored")
            continue
        stored = {question: set(answers) for question, answers in (attempt.responses or {}).items()}
        if attempt.user.username != submission.username:
            problems.append(f"{attempt.pk} belongs to {attempt.user}, not {submission.username}")
        if attempt.submitted_at is None or attempt.score is None:
            problems.append(f"{attempt.pk} is not submitted and graded")
        elif submission.shown_score is not None and attempt.score != submission.shown_score:
            problems.append(
                f"{attempt.pk}: {submission.username} was shown {submission.shown_score}%,"
                f" {attempt.score}% is stored"
            )
        if stored != submission.answers:
            problems.append(f"{attempt.pk}: the stored answers are not those sent")
    advisors = Attempt.objects.filter(user__username__startswith="advisor-")
    submitted = advisors.filter(submitted_at__isnull=False).count()
    if submitted != len(rows):
        problems.append(f"{submitted} attempts are submitted, the advisors logged {len(rows)}")
    duplicates = (
        Attempt.objects.values("user", "quiz_key", "number").annotate(n=Count("pk")).filter(n__gt=1)
    )
    problems += [f"attempt number repeated: {row}" for row in duplicates]
    if not recorder.failures and (open_left := advisors.filter(submitted_at__isnull=True).count()):
        problems.append(f"{open_left} attempts were started and never submitted")
    return problems


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def print_table(recorder: Recorder) -> None:
    failures = Counter(failure.step for failure in recorder.failures)
    if not recorder.latencies:
        print("\nNo request was answered.")
        return
    print(f"\n{'step':<18}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'errors':>8}")
    every: list[float] = []
    for step in STEPS:
        values = recorder.latencies.get(step, [])
        every += values
        if values:
            print(
                f"{step:<18}{len(values):>9}{statistics.median(values):>9.0f}"
                f"{percentile(values, 0.95):>9.0f}{max(values):>9.0f}{failures[step]:>8}"
            )
    print(
        f"{'all requests':<18}{len(every):>9}{statistics.median(every):>9.0f}"
        f"{percentile(every, 0.95):>9.0f}{max(every):>9.0f}{len(recorder.failures):>8}"
    )
    if recorder.publications:
        values = recorder.publications
        print(
            f"{'editor: publish':<18}{len(values):>9}{statistics.median(values):>9.0f}"
            f"{percentile(values, 0.95):>9.0f}{max(values):>9.0f}{failures['publish']:>8}"
        )


def run_load(options: argparse.Namespace, usernames: list[str], password: str) -> Recorder:
    recorder = Recorder()
    site = routes()
    plan = Plan(
        deadline=time.monotonic() + options.ramp + options.duration,
        iterations=options.iterations,
        think=options.think,
        double_submit=options.double_submit,
    )
    advisors = [
        Advisor(
            number,
            username,
            password,
            site,
            plan,
            Browser(username, options.port, recorder),
            recorder,
        )
        for number, username in enumerate(usernames)
    ]
    editor = Editor(options.publish_every, recorder)
    threads = [threading.Thread(target=a.run, name=a.username, daemon=True) for a in advisors]
    recorder.started, recorder.started_at = time.monotonic(), timezone.now()
    editor.start()
    for position, thread in enumerate(threads):
        # Advisors arrive over the ramp-up rather than all in the same second.
        time.sleep(
            max(0.0, recorder.started + options.ramp * position / len(threads) - time.monotonic())
        )
        thread.start()
    for thread in threads:
        thread.join()
    recorder.finished = time.monotonic()
    editor.stopping.set()
    editor.join()
    return recorder


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.load", description=__doc__.split("\n")[0]
    )
    add = parser.add_argument
    add("--advisors", type=int, default=100, help="simulated advisors (100)")
    add("--duration", type=float, default=60, help="seconds advisors start new rounds (60)")
    add("--iterations", type=int, help="rounds of course work per advisor (until --duration)")
    add("--ramp", type=float, default=60, help="seconds over which advisors arrive (60)")
    add("--think", type=float, default=1.0, help="mean seconds between two clicks (1)")
    add("--double-submit", type=float, default=0.1, help="share of quizzes sent twice (0.1)")
    add("--publish-every", type=float, default=1.0, help="seconds between publications (1)")
    add("--workers", type=int, default=3, help="gunicorn worker processes (3)")
    add("--threads", type=int, default=4, help="threads per gunicorn worker (4)")
    add("--port", type=int, default=8100, help="gunicorn's port on 127.0.0.1 (8100)")
    add("--keep-db", action="store_true", help=f"keep the database {DATABASE_NAME}")
    return parser.parse_args()


def set_up(stack: Stack, options: argparse.Namespace, password: str) -> list[str]:
    """The database, static files, content and accounts, then the servers; returns the
    advisors' usernames once the site answers."""
    started = time.perf_counter()
    stack.manage("migrate", "--noinput")
    stack.manage("collectstatic", "--noinput")
    stack.manage("load_demo", "--no-users")
    usernames = create_accounts(options.advisors, password)
    tasks = task_results() is not None
    if tasks:
        # Run what loading the content queued (search index, references) now, so the load
        # starts with an empty queue.
        stack.manage("db_worker", "--batch", "--queue-name", "*", "--no-startup-delay")
    connections.close_all()
    print(
        f"Set up (migrate, collectstatic, load_demo, {len(usernames)} advisors) in "
        f"{time.perf_counter() - started:.0f} s"
    )
    stack.start_gunicorn(f"{HOST}:{options.port}", options.workers, options.threads)
    if tasks:
        stack.start_task_worker()
    ready = stack.wait_until_ready(HOST, options.port, f"/{LANGUAGE}/")
    worker = "running" if tasks else "not started (no django-tasks-db backend in TASKS)"
    print(
        f"gunicorn: {options.workers} workers × {options.threads} threads on "
        f"{HOST}:{options.port}, ready in {ready:.1f} s; task worker: {worker}"
    )
    return usernames


def report(recorder: Recorder) -> None:
    elapsed = recorder.finished - recorder.started
    requests = sum(len(values) for values in recorder.latencies.values())
    submissions = len(recorder.submissions)
    print_table(recorder)
    print(
        f"\nThroughput: {requests / elapsed:.1f} requests/s over {elapsed:.0f} s; "
        f"{recorder.iterations} rounds of course work; {submissions} quiz submissions "
        f"({submissions / elapsed * 60:.0f}/min), {recorder.double_submissions} of them "
        "sent twice at once"
    )
    print(f"Errors: {len(recorder.failures)}")
    for failure in recorder.failures[:20]:
        print(f"  {failure}")


def check(recorder: Recorder) -> list[str]:
    problems = verify(recorder)
    if task_results() is not None:
        problems += check_tasks(since=recorder.started_at)
    if problems:
        print(f"Check FAILED ({len(problems)} problems):")
        for problem in problems[:20]:
            print(f"  {problem}")
    else:
        print(
            f"Check passed: each of the {len(recorder.submissions)} submitted attempts is "
            "stored exactly once, submitted and graded, with the answers sent and the score "
            "shown; no repeated (user, quiz, number); none left open."
        )
    return problems


def main() -> int:
    options = arguments()
    password = secrets.token_urlsafe(16)

    def body(stack: Stack) -> int:
        usernames = set_up(stack, options, password)
        print(
            f"Load: {options.advisors} advisors arriving over {options.ramp:.0f} s, new "
            f"rounds for {options.duration:.0f} s, ~{options.think:.1f} s between clicks; "
            f"the editor publishes every {options.publish_every:.1f} s"
        )
        recorder = run_load(options, usernames, password)
        report(recorder)
        problems = check(recorder)
        connections.close_all()
        return 1 if recorder.failures or problems else 0

    return run_benchmark("load", ENVIRONMENT, options.keep_db, body)


if __name__ == "__main__":
    sys.exit(main())
