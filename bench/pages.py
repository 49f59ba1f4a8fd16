"""Page benchmark: ``python -m bench.pages`` (``make bench-pages``).

Sets up the production stack on this machine (bench/stack.py): a throwaway PostgreSQL
database with the demo content plus 1 000 news articles with images across the three
languages, Redis as the cache, two gunicorn instances (production settings,
``deploy/gunicorn.conf.py``, 2 single-threaded workers each), the task worker, and Varnish
with the project's VCL in front of both instances (round-robin, health-checked). nginx
serves a copy of the home page's HTML as a static file: the machine's physical limit.

It then measures with wrk (Debian's package; ``make install-bench-tools``), 8 connections
for 15 s after a warm-up, on the home page, a news article, a course, a lesson signed in
and a search: the app alone (one instance, uncached), through Varnish, and nginx. It prints
req/s, p50 and p99, the SQL queries each page costs, each worker's unique memory (USS), the
ratios cached/static and uncached/static, how long a publication takes to be visible
through the cache in each language, and the failover check: one instance killed during a
load run through Varnish, and the errors readers saw. The servers are stopped and the
database dropped even on Ctrl-C.
"""

from __future__ import annotations

import argparse
import datetime
import io
import os
import re
import secrets
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from bench.stack import (
    POSTGRES_URL,
    ROOT,
    Stack,
    StackError,
    production_environment,
    run_benchmark,
)
from deploy.varnish_backends import backends_vcl

DATABASE_NAME = os.environ.get("ZMP_BENCH_DATABASE", "zmp_bench_pages")
REDIS_URL = os.environ.get("ZMP_BENCH_REDIS", "redis://127.0.0.1:6379/6")
HOST = "127.0.0.1"
APP_PORTS = (8021, 8022)
VARNISH_PORT = 6121
NGINX_PORT = 6122
VCL = ROOT / "deploy" / "varnish" / "default.vcl"

ENVIRONMENT = production_environment(
    f"{POSTGRES_URL}/{DATABASE_NAME}",
    REDIS_URL,
    ZMP_VARNISH_URL=f"http://{HOST}:{VARNISH_PORT}",
    ZMP_TRUSTED_PROXIES="1",
)
os.environ.update(ENVIRONMENT)

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.core.files.images import ImageFile  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from PIL import Image as PillowImage  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from elearning.advisors import ADVISORS_GROUP  # noqa: E402
from elearning.models import CoursePage, LessonPage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402

LANGUAGES = ("pl", "en", "es")
SEARCH = {"pl": "odpady", "en": "waste", "es": "residuos"}


@dataclass(frozen=True)
class Target:
    label: str
    path: str
    signed_in: bool = False


@dataclass(frozen=True)
class WrkResult:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int

    def row(self) -> str:
        return (
            f"{self.requests_per_second:9.0f} {self.p50_ms:9.2f} {self.p99_ms:9.2f} "
            f"{self.errors:7d}"
        )


# --- Data set ---------------------------------------------------------------------------


def picture(number: int) -> ImageFile:
    data = io.BytesIO()
    colour = (30 + number * 40 % 200, 125, 50 + number * 30 % 200)
    PillowImage.new("RGB", (1600, 900), colour).save(data, "JPEG", quality=85)
    return ImageFile(data, name=f"bench-{number}.jpg")


def add_news(count: int) -> None:
    """``count`` articles with images, spread over the three languages' news indexes."""
    images = [
        get_image_model().objects.create(title=f"Zdjęcie {n}", file=picture(n)) for n in range(8)
    ]
    indexes = list(NewsIndexPage.objects.live().filter(locale__language_code__in=LANGUAGES))
    today = datetime.date(2026, 12, 1)
    for number in range(count):
        index = indexes[number % len(indexes)]
        index.add_child(
            instance=NewsPage(
                title=f"Zielone miejsca pracy: wiadomość {number}",
                slug=f"bench-{number}",
                date=today - datetime.timedelta(days=number // len(indexes)),
                lead="Partnerstwo na rzecz rozwoju i promocji zielonych miejsc pracy.",
                image=images[number % len(images)],
                image_alt="Zdjęcie ilustrujące wiadomość",
                locale_id=index.locale_id,
                live=True,
            )
        )
        index.refresh_from_db(fields=["numchild", "path", "depth"])


def advisor_session() -> str:
    """A signed-in advisor's session cookie value."""
    advisor = get_user_model().objects.create_user("bench-advisor", "advisor@bench.invalid")
    advisor.groups.add(Group.objects.get(name=ADVISORS_GROUP))
    client = Client()
    client.force_login(advisor)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def targets() -> list[Target]:
    polish = Locale.objects.get(language_code="pl")
    article = NewsPage.objects.live().filter(locale=polish).exclude(slug__startswith="bench-")
    course = CoursePage.objects.live().filter(locale=polish).order_by("path").first()
    lesson = LessonPage.objects.live().child_of(course).order_by("path").first()
    return [
        Target("home", "/pl/"),
        Target("news article", article.order_by("-date").first().url),
        Target("course", course.url),
        Target("lesson, signed in", lesson.url, signed_in=True),
        Target("search", f"/pl/search/?query={SEARCH['pl']}"),
    ]


def sql_per_page(pages: list[Target], session: str) -> dict[str, int]:
    """Queries each page costs once the per-process and frame caches are warm."""
    # This process read the static files' manifest before collectstatic wrote it.
    manifest = staticfiles_storage.load_manifest()
    staticfiles_storage.hashed_files, staticfiles_storage.manifest_hash = manifest
    counts = {}
    for target in pages:
        client = Client(HTTP_HOST=HOST)
        if target.signed_in:
            client.cookies[settings.SESSION_COOKIE_NAME] = session
        client.get(target.path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(target.path)
            response.content  # noqa: B018 - rendered lazily
        deferred = sum(1 for q in queries.captured_queries if q["sql"].startswith("UPDATE"))
        counts[target.label] = len(queries) - deferred
    return counts


# --- Servers beside the stack -----------------------------------------------------------


def start_varnish(stack: Stack, directory: Path) -> None:
    """The project's VCL in front of both app instances, round-robin, each health-checked."""
    directory.mkdir(parents=True, exist_ok=True)
    addresses = [f"{HOST}:{port}" for port in APP_PORTS]
    (directory / "backends.vcl").write_text(backends_vcl(addresses, written_by="bench/pages.py"))
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    stack.start(
        "varnish",
        [varnishd, "-F", "-j", "none", "-f", str(VCL), "-a", f"{HOST}:{VARNISH_PORT}",
         "-T", f"{HOST}:0", "-n", str(directory / "work"), "-s", "malloc,256m",
         "-p", f"vcl_path={directory}:{VCL.parent}"],
    )  # fmt: skip


def start_nginx(stack: Stack, directory: Path, home_html: bytes) -> None:
    """nginx serving the home page's HTML as a static file, keep-alive, one worker."""
    (directory / "html" / "pl").mkdir(parents=True, exist_ok=True)
    (directory / "html" / "pl" / "index.html").write_bytes(home_html)
    scratch = directory / "scratch"  # nginx's buffers, instead of /var/lib/nginx
    scratch.mkdir(exist_ok=True)
    buffers = "".join(
        f"  {kind}_temp_path {scratch};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config = directory / "nginx.conf"
    config.write_text(
        f"daemon off;\nworker_processes 1;\npid {directory}/nginx.pid;\n"
        f"error_log {directory}/nginx-error.log;\n"
        "events { worker_connections 256; }\n"
        "http {\n  access_log off;\n  keepalive_requests 1000000;\n"
        f"{buffers}"
        f"  server {{\n    listen {HOST}:{NGINX_PORT};\n    root {directory}/html;\n"
        "    default_type text/html;\n    location / { try_files $uri $uri/index.html =404; }\n"
        "  }\n}\n"
    )
    # nginx's workers run as www-data when started by root: they must reach the files.
    directory.chmod(0o755)  # noqa: S103 - a copy of a public page
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    stack.start("nginx", [nginx, "-c", str(config), "-p", str(directory)])


def fetch(port: int, path: str, cookie: str | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(f"http://{HOST}:{port}{path}")
    if cookie:
        request.add_header("Cookie", cookie)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - local
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def wait_for(port: int, path: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if fetch(port, path)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise StackError(f"nothing answers 200 on {HOST}:{port}{path}")


# --- Measurements -----------------------------------------------------------------------


def wrk(
    port: int, path: str, seconds: int, cookie: str | None = None, connections: int = 8
) -> WrkResult:
    wrk_binary = shutil.which("wrk")
    if wrk_binary is None:
        raise StackError("wrk is missing: make install-bench-tools")
    threads = min(2, connections)
    # As every browser does: Varnish keeps pages gzipped and would otherwise unzip each one.
    command = [
        wrk_binary, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency",
        "-H", "Accept-Encoding: gzip",
    ]  # fmt: skip
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(  # noqa: S603 - Debian's wrk, arguments built here
        [*command, f"http://{HOST}:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout

    def latency(percentile: str) -> float:
        value, unit = re.search(
            rf"^\s+{percentile}%\s+([\d.]+)(us|ms|s)\s*$", output, re.M
        ).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = 0
    if found := re.search(r"Non-2xx or 3xx responses: (\d+)", output):
        errors += int(found.group(1))
    if found := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    ):
        errors += sum(int(n) for n in found.groups())
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return WrkResult(rate, latency("50"), latency("99"), errors)


def measure(
    port: int, target: Target, cookie: str, warm_up: int, seconds: int, connections: int = 8
) -> WrkResult:
    cookie_header = cookie if target.signed_in else None
    wrk(port, target.path, warm_up, cookie_header, connections)
    return wrk(port, target.path, seconds, cookie_header, connections)


def median_round(results: list[WrkResult]) -> WrkResult:
    """The round with the median throughput, its errors replaced by all rounds' errors."""
    ordered = sorted(results, key=lambda result: result.requests_per_second)
    middle = ordered[len(ordered) // 2]
    return WrkResult(
        middle.requests_per_second,
        middle.p50_ms,
        middle.p99_ms,
        sum(result.errors for result in results),
    )


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def unique_memory_mb(pid: int) -> float:
    """USS: the memory only this process holds (private pages), from smaps_rollup."""
    text = (Path("/proc") / str(pid) / "smaps_rollup").read_text()
    private = sum(int(n) for n in re.findall(r"^Private_(?:Clean|Dirty):\s+(\d+) kB", text, re.M))
    return private / 1024


def publish_to_visible(cookie_free_port: int) -> dict[str, float]:
    """Seconds from a publication's commit to its new title through Varnish, per language."""
    timings = {}
    for code in LANGUAGES:
        article = (
            NewsPage.objects.live().filter(locale__language_code=code).order_by("-date").first()
        )
        path = article.url
        fetch(cookie_free_port, path)
        if fetch(cookie_free_port, path)[1].get("X-Cache") != "HIT":
            raise StackError(f"{path} is not cached by Varnish")
        title = f"{article.title} ({secrets.token_hex(3)})"
        article.title = title
        article.save_revision().publish()
        published = time.monotonic()
        while time.monotonic() - published < 30:
            if title.encode() in fetch(cookie_free_port, path)[2]:
                break
            time.sleep(0.02)
        timings[code] = time.monotonic() - published
    return timings


def failover(stack: Stack, seconds: int, kill_after: float) -> WrkResult:
    """Load through Varnish on a page it passes to the apps; one instance dies meanwhile."""
    killer = threading.Timer(kill_after, stack.kill, args=("gunicorn-1",))
    killer.start()
    try:
        return wrk(VARNISH_PORT, f"/pl/search/?query={SEARCH['pl']}", seconds)
    finally:
        killer.cancel()


# --- Run --------------------------------------------------------------------------------


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=int, default=1000, help="articles added to the demo")
    parser.add_argument("--seconds", type=int, default=15, help="each measured run")
    parser.add_argument("--warm-up", type=int, default=3, help="before each measured run")
    parser.add_argument("--workers", type=int, default=2, help="per gunicorn instance")
    parser.add_argument(
        "--rounds", type=int, default=3, help="of the uncached runs, pages taken in turn"
    )
    parser.add_argument("--keep-db", action="store_true")
    return parser.parse_args()


def set_up(stack: Stack, options: argparse.Namespace) -> str:
    started = time.perf_counter()
    stack.manage("migrate", "--noinput")
    stack.manage("collectstatic", "--noinput")
    stack.manage("load_demo", "--no-users")
    add_news(options.news)
    session = advisor_session()
    stack.manage("update_index")
    # What loading the content queued (references, purges for a cache not yet running).
    stack.manage("db_worker", "--batch", "--queue-name", "*", "--no-startup-delay")
    connections.close_all()
    print(
        f"Set up (migrate, collectstatic, demo + {options.news} articles with images) in "
        f"{time.perf_counter() - started:.0f} s"
    )
    for number, port in enumerate(APP_PORTS, start=1):
        # Sync workers, as the targets are stated: a keep-alive connection of wrk's would stay
        # with whichever gthread worker accepted it, and the two workers' loads would differ.
        stack.start_gunicorn(
            f"{HOST}:{port}", options.workers, 1, name=f"gunicorn-{number}", worker_class="sync"
        )
    stack.start_task_worker(interval=0.05)
    for port in APP_PORTS:
        stack.wait_until_ready(HOST, port, "/healthz/")
    start_varnish(stack, stack.run_directory / "varnish")
    wait_for(VARNISH_PORT, "/pl/")
    return session


def report(stack: Stack, options: argparse.Namespace, session: str) -> int:
    pages = targets()
    cookie = f"{settings.SESSION_COOKIE_NAME}={session}"
    sql = sql_per_page(pages, session)
    connections.close_all()
    home_html = fetch(APP_PORTS[0], "/pl/")[2]
    start_nginx(stack, stack.run_directory / "nginx", home_html)
    wait_for(NGINX_PORT, "/pl/")

    app, alone, cached = {}, {}, {}
    for target in pages:
        # One connection: how long one request takes when it has the app to itself.
        alone[target.label] = measure(
            APP_PORTS[0], target, cookie, options.warm_up, options.seconds, connections=1
        )
        cached[target.label] = measure(
            VARNISH_PORT, target, cookie, options.warm_up, options.seconds
        )
    # The app's throughput varies by up to 2x from one run to the next on a shared machine:
    # several rounds, each page in turn, and the median round of each page.
    rounds: dict[str, list[WrkResult]] = {target.label: [] for target in pages}
    for _round in range(options.rounds):
        for target in pages:
            rounds[target.label].append(
                measure(APP_PORTS[0], target, cookie, options.warm_up, options.seconds)
            )
    for label, results in rounds.items():
        app[label] = median_round(results)
    static = measure(NGINX_PORT, Target("static", "/pl/"), cookie, options.warm_up, options.seconds)

    master = stack.processes["gunicorn-1"].pid
    uss = [unique_memory_mb(pid) for pid in children(master)]
    visible = publish_to_visible(VARNISH_PORT)
    connections.close_all()
    survived = failover(stack, options.seconds, kill_after=options.seconds / 3)

    columns = f"{'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'errors':>7}"
    header = (
        f"{'page':20} {'SQL':>4} | {'alone ms':>8} | app, 8 conns, median: {columns} "
        f"| through Varnish: {columns}"
    )
    print(f"\n{header}\n{'-' * len(header)}")
    for target in pages:
        label = target.label
        print(
            f"{label:20} {sql[label]:4d} | {alone[label].p50_ms:8.2f} | {'':22}{app[label].row()} "
            f"| {'':17}{cached[label].row()}"
        )
    print(f"{'nginx, static home':20} {'':>4} | {'':>8} | {'':22}{static.row()}")
    print(
        "App rounds, req/s: "
        + "; ".join(
            f"{label} " + ", ".join(f"{r.requests_per_second:.0f}" for r in results)
            for label, results in rounds.items()
        )
    )
    home_app, home_cached = app["home"].requests_per_second, cached["home"].requests_per_second
    print(
        f"\nHome: cached/static {home_cached / static.requests_per_second:.0%}, "
        f"uncached/static {home_app / static.requests_per_second:.2%}"
    )
    print("USS per worker after the runs: " + ", ".join(f"{mb:.0f} MB" for mb in uss))
    print(
        "Publish to visible through the cache: "
        + ", ".join(f"{code} {seconds * 1000:.0f} ms" for code, seconds in visible.items())
    )
    print(
        f"Failover: one of two instances killed {options.seconds / 3:.0f} s into a "
        f"{options.seconds} s run through Varnish: {survived.errors} errors, "
        f"{survived.requests_per_second:.0f} req/s, p99 {survived.p99_ms:.0f} ms"
    )
    errors = sum(result.errors for result in [*app.values(), *cached.values(), static])
    return 1 if errors or survived.errors else 0


def main() -> int:
    options = arguments()

    def body(stack: Stack) -> int:
        session = set_up(stack, options)
        status = report(stack, options, session)
        connections.close_all()
        return status

    return run_benchmark("pages", ENVIRONMENT, options.keep_db, body)


if __name__ == "__main__":
    sys.exit(main())
