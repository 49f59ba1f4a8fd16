"""Page-weight budgets: ``python -m bench.page_weight`` (``make bench-weight``).

Lighthouse-style budgets, checked with a real browser rather than by a timed test: what a
visitor's browser downloads for a page, not how fast the server makes it. The budgets
(from the issue, checked here on every page measured, not only the home page):

* total transfer under 300 KB;
* CSS under 30 KB;
* no render-blocking third-party resource (a stylesheet or a head script from another
  origin would make the first paint wait on a server the office does not run).

KB are KiB (1 024 bytes), as in Lighthouse's budget.json.

The stack (bench/stack.py) is the production one, lighter than ``bench.pages``: a throwaway
PostgreSQL database with the demo content (``load_demo --no-users``), Redis, one gunicorn
instance with production settings after ``collectstatic``; no Varnish, which passes the
app's bytes through unchanged (its VCL compresses nothing), and no task worker. So transfer
is measured from the app as production serves it: static files by WhiteNoise from
``CompressedManifestStaticFilesStorage``'s precompressed copies (gzip; Brotli only if the
``brotli`` package were installed), HTML as Django renders it (no compression in the app
or Varnish; a TLS proxy that compresses HTML would make it smaller, which the output
notes). ``ZMP_LOCAL_PLAIN_HTTP=1`` drops the policy's ``upgrade-insecure-requests``, which
would otherwise send the browser to https:// on this plain-HTTP server.

Debian's ``/usr/bin/chromium`` (never a downloaded browser), driven by Playwright, loads
each page at 390×844 and 1280×900 with a cold cache (a new browser context per page) and
waits until the network is idle, without scrolling, as Lighthouse does. Pages: the home
page in Polish, English and Spanish, and in Polish a news article, the course catalogue
and a course. Bytes are Chromium's own count of what came over the wire for each response,
headers included (CDP ``Network.loadingFinished.encodedDataLength``; a redirect's from its
``redirectResponse``): after compression, unlike a body's decoded size. Chromium sends its
own ``Accept-Encoding`` (printed; ``gzip, deflate, br, zstd`` even over plain HTTP to
127.0.0.1), so the precompressed copies are what it gets, as it would over HTTPS.

A resource is third-party when its origin (scheme, host, port) differs from the page's. It
is render-blocking when the document has it as a ``<link rel=stylesheet>`` whose media
matches (and not disabled), or a ``<script src>`` in ``<head>`` without ``async``,
``defer`` or ``type=module``, or when Chromium itself marks the request ``Blocking``
(``renderBlockingBehavior``, the browser's own classification): each view checks the other.
Media uploaded in Wagtail is not served by the app with production settings (the object
store or the server's proxy does): the demo has none, and a failed request fails the run.

It prints, per page and viewport, the transfer by kind, the request count, the third-party
render-blocking count and PASS/FAIL for each budget, then the render-blocking and
third-party resources and any failed request. Exit status 1 if a budget fails or a request
failed, 2 if the stack could not be set up. The servers are stopped and the database
dropped even on Ctrl-C. Options: ``--keep-db``, ``--resources`` (every response listed).
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import os
import platform
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from playwright.sync_api import Browser, sync_playwright

from bench.stack import POSTGRES_URL, ROOT, Stack, production_environment, run_benchmark

DATABASE_NAME = os.environ.get("ZMP_BENCH_DATABASE", "zmp_bench_weight")
REDIS_URL = os.environ.get("ZMP_BENCH_REDIS", "redis://127.0.0.1:6379/8")
HOST = "127.0.0.1"
PORT = 8130
CHROMIUM = "/usr/bin/chromium"
# As the browser tests launch it (tests/browser/conftest.py): no background traffic of
# Chromium's own, which would not be the page's anyway.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
VIEWPORTS = {"390×844": (390, 844), "1280×900": (1280, 900)}
KB = 1024
BUDGET_TOTAL_KB = 300
BUDGET_CSS_KB = 30
# CDP resource types, grouped as the table's columns; the rest (fetch, XHR…) is "other".
KINDS = {
    "Document": "html",
    "Stylesheet": "css",
    "Script": "js",
    "Image": "img",
    "Font": "font",
}

ENVIRONMENT = production_environment(
    f"{POSTGRES_URL}/{DATABASE_NAME}", REDIS_URL, ZMP_LOCAL_PLAIN_HTTP="1"
)
os.environ.update(ENVIRONMENT)

import django  # noqa: E402

django.setup()

from django.db import connections  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from elearning.models import CourseCataloguePage, CoursePage  # noqa: E402
from news.models import NewsPage  # noqa: E402

# What the document itself makes render-blocking, read after the load: a stylesheet whose
# media matches, a classic script in <head> that is neither async nor deferred.
RENDER_BLOCKING_JS = """() => {
  const found = [];
  for (const link of document.querySelectorAll('link[rel~="stylesheet" i][href]')) {
    if (link.disabled || (link.media && !matchMedia(link.media).matches)) continue;
    found.push(link.href);
  }
  for (const script of document.head.querySelectorAll("script[src]")) {
    if (script.async || script.defer || script.type === "module") continue;
    found.push(script.src);
  }
  return found;
}"""


@dataclass(frozen=True)
class Target:
    label: str
    path: str


@dataclass
class Resource:
    url: str
    cdp_type: str = "Other"
    status: int = 0
    bytes: int = 0
    encoding: str = ""
    blocking: bool = False  # Chromium's renderBlockingBehavior says "Blocking"
    failed: str = ""

    @property
    def kind(self) -> str:
        return KINDS.get(self.cdp_type, "other")


@dataclass
class Measurement:
    target: Target
    viewport: str
    origin: str
    resources: list[Resource]
    dom_blocking: set[str]
    accept_encoding: str = ""
    totals: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        for resource in self.resources:
            self.totals[resource.kind] += resource.bytes
            self.totals["total"] += resource.bytes

    def third_party(self, resource: Resource) -> bool:
        scheme = urlsplit(resource.url).scheme
        # data: and blob: come with the page, not from anywhere.
        return scheme in ("http", "https") and origin_of(resource.url) != self.origin

    def shown(self, resource: Resource) -> str:
        if self.third_party(resource) or not resource.url.startswith(self.origin):
            return resource.url
        return resource.url.removeprefix(self.origin)

    def render_blocking(self) -> list[Resource]:
        return [r for r in self.resources if r.blocking or r.url in self.dom_blocking]

    def render_blocking_third_party(self) -> list[Resource]:
        return [r for r in self.render_blocking() if self.third_party(r)]

    def budgets(self) -> dict[str, bool]:
        return {
            f"total<{BUDGET_TOTAL_KB}": self.totals["total"] < BUDGET_TOTAL_KB * KB,
            f"CSS<{BUDGET_CSS_KB}": self.totals["css"] < BUDGET_CSS_KB * KB,
            "3rd-party blocking=0": not self.render_blocking_third_party(),
        }


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return f"{parts.scheme}://{parts.hostname}:{port}"


# --- Pages ------------------------------------------------------------------------------


def targets() -> list[Target]:
    """The home page in each language, and one page of each other kind in Polish."""
    polish = Locale.objects.get(language_code="pl")
    article = NewsPage.objects.live().filter(locale=polish).order_by("-date").first()
    catalogue = CourseCataloguePage.objects.live().filter(locale=polish).first()
    course = CoursePage.objects.live().filter(locale=polish).order_by("path").first()
    return [
        Target("home pl", "/pl/"),
        Target("home en", "/en/"),
        Target("home es", "/es/"),
        Target("news article", article.url),
        Target("course catalogue", catalogue.url),
        Target("course", course.url),
    ]


# --- Browser ----------------------------------------------------------------------------


def measure(browser: Browser, target: Target, viewport: str) -> Measurement:
    """One cold load: a new context (empty cache, no cookies), every response's wire bytes."""
    width, height = VIEWPORTS[viewport]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="pl-PL")
    try:
        page = context.new_page()
        page.set_default_timeout(30_000)
        cdp = context.new_cdp_session(page)
        resources: dict[str, Resource] = {}
        headers_sent: dict[str, dict] = {}

        def sent(event: dict) -> None:
            request_id = event["requestId"]
            redirect = event.get("redirectResponse")
            if redirect and request_id in resources:
                # The same id carries on to the redirect's target: keep the hop as its own row.
                hop = resources.pop(request_id)
                hop.status = redirect["status"]
                hop.bytes = int(redirect.get("encodedDataLength", 0))
                resources[f"{request_id}-{len(resources)}"] = hop
            resources[request_id] = Resource(
                url=event["request"]["url"],
                cdp_type=event.get("type", "Other"),
                blocking=event.get("renderBlockingBehavior") == "Blocking",
            )

        def received(event: dict) -> None:
            resource = resources.get(event["requestId"])
            if resource:
                response = event["response"]
                resource.status = response["status"]
                resource.cdp_type = event.get("type", resource.cdp_type)
                lowered = {k.lower(): v for k, v in response.get("headers", {}).items()}
                resource.encoding = lowered.get("content-encoding", "")

        def finished(event: dict) -> None:
            resource = resources.get(event["requestId"])
            if resource:
                resource.bytes = int(event["encodedDataLength"])

        def failed(event: dict) -> None:
            resource = resources.get(event["requestId"])
            if resource:
                resource.failed = event.get("errorText", "failed")

        def extra_info(event: dict) -> None:
            # The headers the network stack added, Accept-Encoding among them.
            headers_sent[event["requestId"]] = event["headers"]

        cdp.on("Network.requestWillBeSent", sent)
        cdp.on("Network.requestWillBeSentExtraInfo", extra_info)
        cdp.on("Network.responseReceived", received)
        cdp.on("Network.loadingFinished", finished)
        cdp.on("Network.loadingFailed", failed)
        cdp.send("Network.enable")

        url = f"http://{HOST}:{PORT}{target.path}"
        response = page.goto(url, wait_until="networkidle")
        if response is None or response.status != 200:
            raise RuntimeError(f"{url} answered {response and response.status}")
        dom_blocking = set(page.evaluate(RENDER_BLOCKING_JS))
        document = next(i for i, r in resources.items() if r.cdp_type == "Document")
        accept = {k.lower(): v for k, v in headers_sent.get(document, {}).items()}
        return Measurement(
            target=target,
            viewport=viewport,
            origin=origin_of(page.url),
            resources=list(resources.values()),
            dom_blocking=dom_blocking,
            accept_encoding=accept.get("accept-encoding", "?"),
        )
    finally:
        context.close()


# --- Report -----------------------------------------------------------------------------


def git_commit() -> str:
    def git(*arguments: str) -> subprocess.CompletedProcess:
        return subprocess.run(  # noqa: S603 - read-only git commands
            ["git", *arguments],  # noqa: S607 - git from PATH, as a developer runs it
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )

    commit = git("rev-parse", "--short", "HEAD").stdout.strip() or "unknown"
    # Uncommitted work in the checkout makes the figures not the commit's alone. No optional
    # locks: status must not take the index lock from someone else's git command.
    dirty = git("--no-optional-locks", "status", "--porcelain", "--untracked-files=no")
    dirty = dirty.stdout.strip()
    return f"{commit}{' (with uncommitted changes)' if dirty else ''}"


def kb(size: int) -> str:
    return f"{size / KB:.1f}"


def print_header(browser_version: str) -> None:
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"Page weight, {now}, commit {git_commit()}")
    print(
        f"Machine: {platform.platform()}, {platform.machine()}, {os.cpu_count()} CPUs; "
        f"Python {platform.python_version()}; Chromium {browser_version}"
    )


def print_table(measurements: list[Measurement]) -> None:
    names = list(measurements[0].budgets())
    header = (
        f"{'page':17} {'viewport':9} {'total':>7} {'HTML':>6} {'CSS':>6} {'JS':>6} {'img':>6} "
        f"{'font':>6} {'other':>6} {'reqs':>4} {'3p-RB':>5} | " + " ".join(f"{n:>9}" for n in names)
    )
    print(f"\nTransfer in KB (1 KB = 1 024 bytes, headers included)\n{header}\n{'-' * len(header)}")
    for m in measurements:
        verdicts = " ".join(
            f"{'PASS' if ok else 'FAIL':>{len(n)}}" for n, ok in m.budgets().items()
        )
        print(
            f"{m.target.label:17} {m.viewport:9} {kb(m.totals['total']):>7} "
            f"{kb(m.totals['html']):>6} {kb(m.totals['css']):>6} {kb(m.totals['js']):>6} "
            f"{kb(m.totals['img']):>6} {kb(m.totals['font']):>6} {kb(m.totals['other']):>6} "
            f"{len(m.resources):4d} {len(m.render_blocking_third_party()):5d} | {verdicts}"
        )


def print_details(measurements: list[Measurement], every_resource: bool) -> None:
    print(f"\nChromium's Accept-Encoding: {measurements[0].accept_encoding}")
    encodings = sorted(
        {(r.kind, r.encoding or "none") for m in measurements for r in m.resources if r.bytes}
    )
    print("Content-Encoding by kind: " + ", ".join(f"{k} {e}" for k, e in encodings))
    # Own resources by path (their origin is this run's port), others by whole address.
    blocking = sorted(
        {(m.shown(r), m.third_party(r)) for m in measurements for r in m.render_blocking()}
    )
    print(
        "Render-blocking resources: "
        + (", ".join(f"{u} ({'third party' if t else 'own'})" for u, t in blocking) or "none")
    )
    third = sorted({r.url for m in measurements for r in m.resources if m.third_party(r)})
    print(f"Third-party resources: {', '.join(third) or 'none'}")
    broken = sorted(
        {f"{r.url} ({r.failed or r.status})" for m in measurements for r in m.resources
         if r.failed or r.status >= 400}
    )  # fmt: skip
    print(f"Failed requests: {', '.join(broken) or 'none'}")
    if every_resource:
        for m in measurements:
            print(f"\n{m.target.label} {m.target.path} at {m.viewport}:")
            for r in m.resources:
                print(
                    f"  {kb(r.bytes):>7} KB  {r.status:3d} {r.cdp_type:10} "
                    f"{r.encoding or '-':5} {r.url}"
                )


def html_if_compressed(targets_measured: list[Target]) -> str:
    """What the HTML would weigh gzipped by a proxy (level 6, nginx's usual), for the note."""
    sizes = []
    for target in targets_measured:
        request = urllib.request.Request(f"http://{HOST}:{PORT}{target.path}")
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - local
            body = response.read()
        sizes.append(
            f"{target.label} {kb(len(body))} → {kb(len(gzip.compress(body, compresslevel=6)))}"
        )
    return "; ".join(sizes)


# --- Run --------------------------------------------------------------------------------


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep-db", action="store_true", help="keep the database afterwards")
    parser.add_argument("--resources", action="store_true", help="list every response")
    return parser.parse_args()


def set_up(stack: Stack) -> None:
    started = time.perf_counter()
    stack.manage("migrate", "--noinput")
    stack.manage("collectstatic", "--noinput")
    stack.manage("load_demo", "--no-users")
    # Two threads each: a browser fetches a page's resources a few at a time.
    stack.start_gunicorn(f"{HOST}:{PORT}", workers=2, threads=2)
    stack.wait_until_ready(HOST, PORT, "/healthz/")
    print(
        f"Set up (migrate, collectstatic, demo, gunicorn) in {time.perf_counter() - started:.0f} s"
    )


def run(stack: Stack, options: argparse.Namespace) -> int:
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: `make install-test` installs it.", file=sys.stderr)
        return 2
    set_up(stack)
    pages = targets()
    # The ORM is done with: Playwright's event loop is about to run in this thread.
    connections.close_all()
    measurements = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            print_header(browser.version)
            for target in pages:
                for viewport in VIEWPORTS:
                    measurements.append(measure(browser, target, viewport))
        finally:
            browser.close()
    print_table(measurements)
    print_details(measurements, options.resources)
    print(
        "HTML is sent uncompressed (the app and Varnish's VCL do not compress it); gzipped "
        f"at level 6, KB: {html_if_compressed(pages)}"
    )
    failed_budget = any(not ok for m in measurements for ok in m.budgets().values())
    failed_request = any(r.failed or r.status >= 400 for m in measurements for r in m.resources)
    print(f"\nBudgets: {'FAIL' if failed_budget else 'PASS'}")
    return 1 if failed_budget or failed_request else 0


def main() -> int:
    options = arguments()
    return run_benchmark("weight", ENVIRONMENT, options.keep_db, lambda stack: run(stack, options))


if __name__ == "__main__":
    sys.exit(main())
