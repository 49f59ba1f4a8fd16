from __future__ import annotations

import os
import random
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing

import pytest
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, connection, connections, transaction
from django.utils import translation
from pytest_django.fixtures import validate_django_db
from xdist.scheduler import LoadGroupScheduling

from home.models import HomePage
from tests.factories import make_site

POSTGRESQL_ONLY_DESELECTED = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    """Under pytest-xdist the controller draws the fuzz seed, so every worker probes with the
    same one (each would otherwise draw its own) and the summary names the seed they used."""
    distributing = getattr(config.option, "numprocesses", None)
    is_controller = not hasattr(config, "workerinput")
    drawn = os.environ.get("ZMP_FUZZ_SEED") or os.environ.get("CI")
    if distributing and is_controller and not drawn:
        os.environ["ZMP_FUZZ_SEED"] = str(random.getrandbits(32))  # workers inherit it


DEMO_TESTS = "tests/demo/"


class DemoTestsTogether(LoadGroupScheduling):
    """xdist's ``loadgroup`` scheduling, with the tests of ``tests/demo`` as one group.

    They share one load of the demo (tests/demo/conftest.py), so one worker takes them all,
    first, while the other gets on with the rest. Chosen here by path rather than by an
    ``xdist_group`` mark: xdist 3.8 carries the mark's group in the node id, which pytest 9.2
    no longer lets it change, so the mark is silently ignored (pytest-dev/pytest-xdist#1386)
    and each worker loaded the demo.
    """

    def _split_scope(self, nodeid: str) -> str:
        if nodeid.startswith(DEMO_TESTS):
            return DEMO_TESTS
        return super()._split_scope(nodeid)


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log) -> LoadGroupScheduling | None:
    if config.getvalue("dist") == "loadgroup":
        return DemoTestsTogether(config, log)
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``postgresql_only`` are deselected, and counted, on any other database.

    Deselected rather than skipped: on SQLite they are not a check that failed to run but
    one that belongs to the PostgreSQL run (CI), which selects them.
    """
    if connection.vendor == "postgresql":
        return
    deselected = [item for item in items if item.get_closest_marker("postgresql_only")]
    if deselected:
        items[:] = [item for item in items if not item.get_closest_marker("postgresql_only")]
        config.hook.pytest_deselected(items=deselected)
    config.stash[POSTGRESQL_ONLY_DESELECTED] = len(deselected)


def pytest_sessionfinish(session: pytest.Session) -> None:
    """An xdist worker hands what the summary counts to the controller, which prints it."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is None:
        return
    workeroutput["postgresql_only_deselected"] = session.config.stash.get(
        POSTGRESQL_ONLY_DESELECTED, 0
    )
    fuzz = sys.modules.get("tests.test_fuzz")
    if fuzz is not None and session.config.pluginmanager.has_plugin("zmp-fuzz-summary"):
        workeroutput["fuzz_tally"] = (fuzz.TALLY.requests, fuzz.TALLY.server_errors)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    """The controller gathers each xdist worker's counts for the terminal summary.

    Every worker collects the whole suite, so each deselected the same tests: one count.
    The fuzz tests may be shared out among workers: their requests add up.
    """
    config, output = node.config, getattr(node, "workeroutput", {})
    config.stash[POSTGRESQL_ONLY_DESELECTED] = max(
        config.stash.get(POSTGRESQL_ONLY_DESELECTED, 0),
        output.get("postgresql_only_deselected", 0),
    )
    if "fuzz_tally" in output:
        from tests import test_fuzz  # the seed: the one the controller gave the workers

        requests, server_errors = output["fuzz_tally"]
        test_fuzz.TALLY.requests += requests
        test_fuzz.TALLY.server_errors += server_errors
        if not config.pluginmanager.has_plugin("zmp-fuzz-summary"):
            config.pluginmanager.register(test_fuzz.FuzzSummary(), "zmp-fuzz-summary")


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    deselected = config.stash.get(POSTGRESQL_ONLY_DESELECTED, 0)
    if deselected:
        terminalreporter.write_line(
            f"{deselected} PostgreSQL-only tests deselected on {connection.vendor}; "
            "CI runs them on PostgreSQL"
        )


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language, whatever the last request activated."""
    translation.activate("pl")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    """Each test starts with nothing cached: the resolved site frame, rate-limit counters…

    Cache entries outlive the test database's rollback, and the next test's pages reuse
    the same ids.
    """
    cache.clear()
    yield
    cache.clear()


# What makes pytest-django run a test as a TransactionTestCase (committing, then flushing).
TRANSACTIONAL_FIXTURES = {"transactional_db", "live_server", "django_db_reset_sequences"}


def database_use(item: pytest.Item) -> str | None:
    """How pytest-django gives ``item`` the database: "rolled back" (``db``: a transaction
    undone after the test), "committed" (``transactional_db``, a live server: flushed
    after), or None (no database)."""
    fixtures = set(getattr(item, "fixturenames", ()))
    marker = item.get_closest_marker("django_db")
    # (transaction, reset_sequences, databases, serialized_rollback, available_apps)
    marked = validate_django_db(marker) if marker else (False, False)
    if fixtures & TRANSACTIONAL_FIXTURES or marked[0] or marked[1]:
        return "committed"
    if marker or "db" in fixtures:
        return "rolled back"
    return None


@pytest.fixture(scope="module")
def module_home(request: pytest.FixtureRequest, django_db_blocker) -> Iterator[int | None]:
    """The home site, built once for a module whose tests start from it.

    Building it (three pages, their revisions, search and reference entries) took a third of
    a second for each of about a thousand tests. In a module where a test asks for ``home``
    and none commits, the site is built before the module's first database test, in a
    transaction rolled back when the module ends; each test runs in its own savepoint inside
    it (``db``), so nothing one test changes is seen by the next, as with ``setUpTestData``.
    Every database test of such a module sees the site, whether it asks for ``home`` or not
    (``db`` below). A module with a test that commits (a live server, parallel requests), or
    with one that has the database only by the ``django_db`` mark, does not share: there
    ``home`` builds the site for each test that asks for it (``None`` here).
    """
    in_module = [item for item in request.session.items if item.module is request.module]
    uses = {database_use(item) for item in in_module}
    asks_for_home = any("home" in getattr(item, "fixturenames", ()) for item in in_module)
    marked_only = any(
        database_use(item) and "db" not in getattr(item, "fixturenames", ()) for item in in_module
    )
    if not asks_for_home or "committed" in uses or marked_only:
        yield None
        return
    request.getfixturevalue("django_db_setup")
    # The database is open only to build and to roll back: between the two, each test gets it
    # from pytest-django (``db``) or not at all.
    module_transaction = transaction.atomic()
    with django_db_blocker.unblock():
        module_transaction.__enter__()
        try:
            cache.clear()  # Wagtail caches site root paths by site id
            home_pk = make_site().pk
        except BaseException as error:
            module_transaction.__exit__(type(error), error, error.__traceback__)
            raise
    yield home_pk
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)
    cache.clear()


@pytest.fixture
def db(module_home: int | None, db) -> None:
    """pytest-django's ``db``, inside the module's shared site where it has one."""


@pytest.fixture
def home(module_home: int | None, db) -> HomePage:
    """The Polish home page at the site root, translated into English and Spanish."""
    if module_home is None:
        return make_site()
    return HomePage.objects.get(pk=module_home)


@pytest.fixture
def parallel_database(transactional_db, tmp_path) -> Iterator[None]:
    """A test database that real parallel connections can share, as in production.

    For tests whose threads each open their own connection (parallel requests). PostgreSQL
    already is one: nothing to do. SQLite's in-memory test database is not: its connections
    share one cache, where a second writer fails at once with "database table is locked"
    instead of waiting. So, for this test, the database is copied into a file and every
    connection uses it: the test's own (its fixtures and assertions) and each thread's, which
    Django opens from ``connections.settings``. The file keeps the project's SQLite options
    (WAL, IMMEDIATE transactions, busy_timeout), so writers queue on the write lock, as the
    site's do. Afterwards the in-memory database is back for the test's teardown (flush) and
    for every later test.

    Transactional (committed data), since the threads cannot see the test's transaction.
    """
    in_memory = connections[DEFAULT_DB_ALIAS]
    if in_memory.vendor != "sqlite" or not in_memory.is_in_memory_db():
        yield
        return

    in_memory_settings = connections.settings[DEFAULT_DB_ALIAS]
    database_file = tmp_path / "parallel.sqlite3"
    in_memory.ensure_connection()
    with closing(sqlite3.connect(database_file)) as copy:
        in_memory.connection.backup(copy)
    # A new dict: the in-memory connection keeps its own settings_dict.
    connections.settings[DEFAULT_DB_ALIAS] = {**in_memory_settings, "NAME": str(database_file)}
    on_file = connections.create_connection(DEFAULT_DB_ALIAS)
    connections[DEFAULT_DB_ALIAS] = on_file  # this thread's; other threads open their own
    try:
        yield
    finally:
        on_file.close()
        connections[DEFAULT_DB_ALIAS] = in_memory
        connections.settings[DEFAULT_DB_ALIAS] = in_memory_settings


@pytest.fixture(scope="session")
def migrated_data(django_db_setup, django_db_blocker) -> str:
    """What the migrations put in the database: root page, site, groups, default locale."""
    with django_db_blocker.unblock():
        return getattr(connection, "_test_serialized_contents", None) or (
            connection.creation.serialize_db_to_string()
        )


@pytest.fixture
def restorable_database(migrated_data):
    """Lets each transactional test start from the migrated data (serialized rollback).

    Playwright's event loop can hand the test a different thread-local connection object
    from the one the test database was created with, so the snapshot is put back on it.
    """
    connection._test_serialized_contents = migrated_data
